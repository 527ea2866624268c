"""Shared HTML work for every adapter: body paragraphs, captions, titles and dates."""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TypeGuard

import cssselect
import lxml.html

from diplowire.extraction import lexicon
from diplowire.models.types import iso_day
from diplowire.reading import prose as proselib
from diplowire.reading import text as textlib
from diplowire.reading import wires
from diplowire.reading.document import Document, select
from diplowire.reading.prose import BLOCK_TAGS, class_words

logger = logging.getLogger(__name__)

NOISE = (
    "script, style, noscript, template, iframe, button, select, input, svg, object, embed, "
    "[hidden], [aria-hidden=true], rt, rp"
)
"""Elements removed from an article container before its text is read. A ``<ruby>``
annotation (``<rt>``: the reading set above a Japanese or Chinese word, with its
fallback ``<rp>`` brackets) is no part of the sentence: kept, it doubles each word."""

FURNITURE = (
    "form, nav, footer, aside, ins, "
    "[class*=share], [class*=social], [class*=related], [class*=advert], [class*=newsletter], "
    "[id*=taboola], [class*=taboola], [class*=outbrain], [class*=recommend], "
    "[class*=breadcrumb], [class*=byline], [class*=comment], "
    "[class*=author], [class*=Author], [class*=autor], [class*=Autor], "
    "[class*=callout], [class*=factbox], [class*=inline-textbox], [class*=inlineTextbox]"
)
"""Page furniture, removed from an article container unless it holds most of the story:
themes put such names on the story's own wrapper (``entry themeform share``,
``has-recommendations``), and a page-wide ``<form>`` or an unclosed ``<nav>`` holds
everything after it. An author's box (``author-bio``, ``m-author``, German ``Autor``)
and a box set into the story (a call-out, a fact box, an inline text box pointing to
another story) are no part of its text."""

GATES = "[class*=subscribe], [class*=paywall], [class*=premium], [class*=metered]"
"""Subscription prompts, removed unless they hold the article: sites wrap the part of
the story behind the paywall in such a class as often as they mark the prompt so."""

GATE_MAX_PROSE = 400
"""A gate holding more paragraph text than this is the hidden part of the story."""

LINK_BLOCK_MAX_CHARS = 120
"""Blocks up to this long that are mostly link text are navigation, not body."""

CAPTIONS = "figcaption, .caption, .wp-caption-text, [class*=caption], [class*=legend]"
"""Elements whose text is a photo caption."""

CONTAINER_CANDIDATES = (
    "[itemprop=articleBody]",
    "article .article-body, article .story-body, article .entry-content",
    ".article-body, .article__body, .articleBody, .story-body, .story-content",
    ".entry-content, .post-content, .article-content, .article-text, #article-body",
    "article",
    "main",
)
"""Where a generic article container is looked for, most specific first."""

Name = tuple[tuple[str, str], str | None]
"""A selector alternative the page's names answer: ``(attribute, value)`` and the tag of
an ancestor it must have, if any (``article .story-body``)."""


@cache
def _names(selector: str) -> tuple[Name, ...] | None:
    """The alternatives of ``selector`` as names, or None when one of them is not a
    class, an id or an ``itemprop`` value, alone or inside a tag."""
    try:
        alternatives = cssselect.parse(selector)
    except cssselect.SelectorError:
        return None
    names: list[Name] = []
    for alternative in alternatives:
        tree, within = alternative.parsed_tree, None
        if isinstance(tree, cssselect.parser.CombinedSelector):
            outer = tree.selector
            if tree.combinator != " " or not _is_tag(outer) or outer.element is None:
                return None
            tree, within = tree.subselector, outer.element.lower()
        name = _name(tree)
        if name is None or alternative.pseudo_element is not None:
            return None
        names.append((name, within))
    return tuple(names)


def _is_tag(tree: object) -> TypeGuard[cssselect.parser.Element]:
    return isinstance(tree, cssselect.parser.Element) and tree.namespace is None


def _name(tree: object) -> tuple[str, str] | None:
    if isinstance(tree, cssselect.parser.Class | cssselect.parser.Hash):
        if not _is_tag(tree.selector) or tree.selector.element is not None:
            return None
        if isinstance(tree, cssselect.parser.Class):
            return ("class", tree.class_name)
        return ("id", tree.id)
    if isinstance(tree, cssselect.parser.Attrib):
        value = getattr(tree.value, "value", tree.value)
        if (
            _is_tag(tree.selector)
            and tree.selector.element is None
            and tree.namespace is None
            and tree.attrib in ("id", "itemprop")
            and tree.operator == "="
            and isinstance(value, str)
        ):
            return (tree.attrib, value)
    return None


def _with_prose(document: Document, selector: str) -> list[lxml.html.HtmlElement]:
    """The elements holding prose that ``selector`` matches, in document order.

    A selector of classes and ids is answered from the names the prose walk collected
    (each alternative otherwise costs a scan of every element); any other by lxml.
    """
    prose = document.prose
    names = _names(selector)
    if names is None:
        return [element for element in document.select(selector) if prose.size(element)]
    found: dict[lxml.html.HtmlElement, None] = {}
    for (attribute, value), within in names:
        for element in prose.with_name(attribute, value):
            if within is None or next(element.iterancestors(within), None) is not None:
                found[element] = None
    return sorted(found, key=prose.position.__getitem__)


# Meta names that give the publication time, the first that reads as a day winning:
# Open Graph and schema.org, Dublin Core, names sites make up, analytics vendors' tags.
_PUBLISHED_META = (
    "article:published_time", "og:published_time", "datepublished",
    "dc.date.issued", "dc.date", "dcterms.created",
    "pubdate", "publishdate", "publish-date", "publish_date", "date",
    "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime", "article.published",
)  # fmt: skip
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:•·]\s+")
_LETTERS = re.compile(r"[^a-z0-9]")


@dataclass(slots=True)
class Body:
    """Paragraphs and captions read from an article container."""

    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)


def text_of(element: lxml.html.HtmlElement) -> str:
    """The clean text of an element, whitespace collapsed."""
    return textlib.clean(str(element.text_content()))


def read_body(
    container: lxml.html.HtmlElement,
    *,
    remove: str = "",
    captions: str = CAPTIONS,
) -> Body:
    """Read paragraphs and captions from an article container.

    Captions are collected first so removing figures does not lose them; then noise
    (scripts, ads, share and related blocks, plus the adapter's ``remove`` selectors)
    is dropped and the text of block elements becomes the paragraphs. A container
    with no block elements is split on ``<br>`` runs instead.
    """
    # Work on a copy: the document's tree is shared with other plugins. A deep copy is
    # lxml's own C copy, several times cheaper than writing and parsing the markup.
    container = copy.deepcopy(container)
    container.tail = None
    body = Body()
    for element in select(captions, container):
        caption = text_of(element)
        if caption and caption not in body.captions:
            body.captions.append(caption)
        element.drop_tree()
    for figure in container.iter("figure"):
        figure.drop_tree()
    noise = f"{NOISE}, {remove}" if remove else NOISE
    for element in select(noise, container):
        if element.getparent() is not None and not _page_fallback(element):
            element.drop_tree()
    prose: proselib.Prose | None = None
    for element in select(FURNITURE, container):
        if element.getparent() is None or _is_live_commentary(element):
            continue
        # The raw text length bounds the prose: most furniture is dropped on it alone.
        if len(element.text_content()) > GATE_MAX_PROSE:
            # Measured once: a block dropped since holds none of the later ones.
            prose = prose or proselib.measure(container)
            if 2 * prose.size(element) > prose.size(container):
                continue
        element.drop_tree()
    for element in select(GATES, container):
        if element.getparent() is not None and _paragraph_size(element) <= GATE_MAX_PROSE:
            element.drop_tree()
    body.paragraphs = _paragraphs(container)
    return body


PARAGRAPH_BREAKS = frozenset(
    "address article br dd details div dl dt h1 h5 h6 header hr main ol section summary"
    " table td th tr ul".split()
)
"""Elements that end the paragraph of loose text before them (text outside any block)."""


def _paragraphs(container: lxml.html.HtmlElement) -> list[str]:
    """The container's paragraphs in reading order.

    A block element (:data:`BLOCK_TAGS`) is one paragraph, the outermost only, so a
    ``<p>`` inside a ``<blockquote>`` is not read twice. Text outside any block (body
    copy set in ``<div>`` elements, or runs between ``<br>`` tags) is read too, one
    paragraph per run between :data:`PARAGRAPH_BREAKS`; a row of a data table is one
    line of its cells. The walk keeps its own stack: pages nest deeper than Python's
    recursion allows.
    """
    paragraphs: list[str] = []
    parts: list[str] = []
    linked = 0  # characters of loose text inside links, for the link-list test
    in_link = 0
    verse = _Verse(paragraphs)

    def flush(at_line_break: bool = False) -> None:
        nonlocal linked
        if parts:
            paragraph = textlib.clean("".join(parts))
            if paragraph and not _mostly_linked(paragraph, linked):
                verse.add(paragraph, _is_prose(paragraph), at_line_break)
            parts.clear()
        linked = 0

    def add(text: str) -> None:
        nonlocal linked
        parts.append(text)
        if in_link:
            linked += len(text.strip())

    stack: list[lxml.html.HtmlElement | tuple[lxml.html.HtmlElement]] = [container]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple):  # leaving an element: its tail follows it
            (element,) = item
            if element.tag in PARAGRAPH_BREAKS:
                flush()
            elif element.tag == "a":
                in_link -= 1
            if element.tail and element is not container:
                add(element.tail)
            continue
        tag = item.tag
        if not isinstance(tag, str):  # a comment or processing instruction
            if item.tail:
                add(item.tail)
            continue
        if tag in BLOCK_TAGS:
            flush()
            verse.close()
            paragraph = text_of(item)
            # A heading or paragraph inside a link is a card pointing to another story.
            if paragraph and not in_link and not _is_link_list(item, paragraph):
                paragraphs.append(paragraph)
            if item.tail:
                add(item.tail)
            continue
        if tag == "tr" and _is_data_row(item):
            flush()
            verse.close()
            row = " ".join(filter(None, (text_of(cell) for cell in item)))
            if row and not _is_link_list(item, row):
                paragraphs.append(row)
            if item.tail:
                add(item.tail)
            continue
        if tag in PARAGRAPH_BREAKS:
            flush(at_line_break=tag == "br")
        elif tag == "a":
            in_link += 1
        if item.text:
            add(item.text)
        stack.append((item,))
        stack.extend(reversed(item))
    flush()
    verse.close()
    return paragraphs


VERSE_MIN_LINES = 6
"""Lines set apart by ``<br>`` alone, one after another, that make a poem or a song's
lyrics: an address or a byline set so has fewer."""


_LABEL = re.compile(r"\w[\w .]{0,24}:(\s|$)")


class _Verse:
    """Loose lines, each ended by a ``<br>``, held until it is known whether they are
    verse: a poem or lyrics are short lines that each fail the prose test
    (:func:`_is_prose`), all of which are the text; elsewhere such lines are labels."""

    def __init__(self, paragraphs: list[str]) -> None:
        self.paragraphs = paragraphs
        self.lines: list[tuple[str, bool]] = []

    def add(self, line: str, prose: bool, at_line_break: bool) -> None:
        if at_line_break or self.lines:
            self.lines.append((line, prose))
            if not at_line_break:
                self.close()  # the last line of the run
        elif prose:
            self.paragraphs.append(line)

    def close(self) -> None:
        labels = sum(1 for line, _ in self.lines if _LABEL.match(line))
        # A run of "name: value" lines is a record of fields (contact details, a page's
        # debugging dump), not verse.
        verse = len(self.lines) >= VERSE_MIN_LINES and 3 * labels <= len(self.lines)
        self.paragraphs.extend(line for line, prose in self.lines if verse or prose)
        self.lines.clear()


def _page_fallback(element: lxml.html.HtmlElement) -> bool:
    """A ``<noscript>`` holding the page itself (:func:`proselib.shows_the_page`): its
    markup is read as the rest of the container is, its own scripts and pixels dropped."""
    return element.tag == "noscript" and proselib.shows_the_page(element)


def nearby_captions(container: lxml.html.HtmlElement) -> list[str]:
    """Captions of figures beside the body (a lead photo just above it), not inside it."""
    parent = container.getparent()
    if parent is None:
        return []
    captions: list[str] = []
    for sibling in parent.iterchildren():
        if sibling is container or not isinstance(sibling.tag, str):
            continue
        for element in select("figcaption", sibling):
            caption = text_of(element)
            if caption and caption not in captions:
                captions.append(caption)
    return captions


def _is_link_list(element: lxml.html.HtmlElement, paragraph: str) -> bool:
    """A short block that is all link text: menus, "Mail the editor", tag lists."""
    if len(paragraph) > LINK_BLOCK_MAX_CHARS:
        return False
    linked = sum(len(textlib.clean(a.text_content())) for a in element.iter("a"))
    return _mostly_linked(paragraph, linked)


LOOSE_MIN_CHARS = 50
"""Loose text shorter than this is body only if it reads as a sentence."""

_SENTENCE_END = re.compile(r"[.!?:;\"”’)]$")


def _is_prose(paragraph: str) -> bool:
    """Loose text that reads as body copy, not a label, a date or a heading of a sidebar
    ("MORE STORIES LIKE THIS ONE", "November 20, 2019 13:42"), which pages set outside
    any block far more often than they set a paragraph so."""
    if len(paragraph) >= LOOSE_MIN_CHARS or wires.is_credit_line(paragraph):
        return True  # a closing "(Yonhap)" credits the copy, and is read for that
    return len(paragraph.split()) >= 4 and _SENTENCE_END.search(paragraph) is not None


def _mostly_linked(paragraph: str, linked: int) -> bool:
    return len(paragraph) <= LINK_BLOCK_MAX_CHARS and linked >= 0.8 * len(paragraph)


def find_container(
    document: Document, selectors: Sequence[str] = ()
) -> lxml.html.HtmlElement | None:
    """The element holding the article body.

    The adapter's ``selectors`` are tried first, then common containers; among the
    candidates the one with the most prose wins. Without any, the element holding the
    most prose in the page is taken (a readability-style guess). A story set in several
    blocks of one class (a chunk between each pair of ads) comes back as one element
    holding copies of them all, in reading order.
    """
    for selector in selectors:
        found = document.select_one(selector)
        if found is not None:
            return found
    found = _guess_container(document)
    if document.tree is None:
        return found
    if found is None:
        return _inside_chrome(document.tree)
    return _with_parts(found, document.prose)


def _inside_chrome(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The block of most prose when the page has none outside its chrome: an unclosed
    ``<nav>`` or ``<aside>`` holds everything after it, the story too."""
    prose = proselib.measure(tree, skip=proselib.CODE)
    for holder, _ in sorted(prose.holders.items(), key=lambda item: item[1], reverse=True):
        if not _in_comments(holder) and not _in_overlay(holder, prose):
            return _gathered(holder, prose)
    return None


PART_MIN_PROSE = 150
"""A block of the story's class with less prose than this is not a part of it."""


def _with_parts(container: lxml.html.HtmlElement, prose: proselib.Prose) -> lxml.html.HtmlElement:
    name = container.get("class")
    words = class_words(name) if name else []
    if not words:
        return container
    parts = [
        element
        for element in prose.with_name("class", words[0])
        if element.tag == container.tag
        and element.get("class") == name
        and prose.size(element) >= PART_MIN_PROSE
    ]
    # Outermost only: a part inside another is read with it.
    inside = {child for part in parts for child in part.iterdescendants(container.tag)}
    parts = [part for part in parts if part not in inside]
    if len(parts) < 2 or any(_in_comments(part) for part in parts):
        return container
    whole = lxml.html.Element("div")
    for part in parts:
        piece = copy.deepcopy(part)
        piece.tail = None
        whole.append(piece)
    return whole


CANDIDATE_TRUSTED = 1000
"""Prose a common container (``article``, ``.entry-content``; not ``itemprop=articleBody``,
which the page declares) needs to be taken without
a look at the rest of the page: a small one is as often a teaser in a slider or a
comment form as a short story, and a block with more prose elsewhere is the story."""


def _caption_prose(element: lxml.html.HtmlElement, prose: proselib.Prose) -> int:
    """The prose of the captions in ``element``, which its body will not keep: a block of
    pictures and their captions (an image track, a gallery) is no story, however long."""
    captions = select(CAPTIONS, element)
    inner = {child for caption in captions for child in caption.iterdescendants()}
    return sum(prose.size(caption) for caption in captions if caption not in inner)


def _guess_container(document: Document) -> lxml.html.HtmlElement | None:
    best: lxml.html.HtmlElement | None = None
    best_size = 0
    for tier, selector in enumerate(CONTAINER_CANDIDATES):
        for element in _with_prose(document, selector):
            if _is_comment(element) or _in_overlay(element, document.prose):
                continue
            size = document.prose.size(element)
            if size > best_size:
                size -= _caption_prose(element, document.prose)
            if size > best_size:
                best, best_size = element, size
        if best is not None and best_size >= 200:
            # The page's own schema.org mark is taken at its word, however short.
            if tier == 0 or best_size >= CANDIDATE_TRUSTED:
                return best
            break
    if document.tree is None:
        return None
    # The readability-style guess: the element holding the most paragraphs of prose.
    scores = document.prose.holders
    for parent, size in sorted(scores.items(), key=lambda item: item[1], reverse=True):
        if size <= best_size:
            break
        if not _in_comments(parent) and not _in_overlay(parent, document.prose):
            return _gathered(parent, document.prose)
    return best


GATHER_LEVELS = 3
"""How far above the block of most prose the rest of a story split over blocks is looked for."""

GATHER_GAIN = 1.5
"""Prose an ancestor must hold, against the block's, to be read instead of it."""

GATHER_PART = 0.3
"""A block of prose in that ancestor is a part of the story when it holds this share of
the first block's prose."""

GATHER_PARTS = 3
"""Parts, the first block among them, an ancestor must hold to be read (a recipe's steps,
the sections of a page set in blocks of their own): one more block alone is as often the
author's box or a press release's boilerplate."""


def _held(element: lxml.html.HtmlElement, holders: dict[lxml.html.HtmlElement, int]) -> list[int]:
    """The prose of each holder of paragraphs under ``element``, comment threads and
    overlays (:func:`_is_overlay`) left out."""
    sizes: list[int] = []
    stack = [element]
    while stack:
        item = stack.pop()
        if not isinstance(item.tag, str):
            continue
        if item is not element and (_is_comment(item) or _is_overlay(item)):
            continue
        size = holders.get(item)
        if size:
            sizes.append(size)
        stack.extend(item)
    return sizes


def _gathered(holder: lxml.html.HtmlElement, prose: proselib.Prose) -> lxml.html.HtmlElement:
    """The block of most prose, or the ancestor holding it with the other parts of the
    story (:data:`GATHER_PARTS`): a page that sets each step or section in a block of its
    own lost all but the largest."""
    best = holder
    own = prose.holders[holder]
    total = own
    for ancestor in list(holder.iterancestors())[:GATHER_LEVELS]:
        if ancestor.tag in ("body", "html"):
            break
        sizes = _held(ancestor, prose.holders)
        parts = sum(1 for size in sizes if size >= GATHER_PART * own)
        if sum(sizes) >= GATHER_GAIN * total and parts >= GATHER_PARTS:
            best, total = ancestor, sum(sizes)
    return best


_COMMENT_NAMES = re.compile(r"comment|disqus|respond|reply", re.IGNORECASE)


def _is_comment(element: lxml.html.HtmlElement) -> bool:
    """A reader comment or a comment thread, however much text it holds."""
    names = f"{element.get('class', '')} {element.get('id', '')}"
    return bool(_COMMENT_NAMES.search(names)) and not _is_live_commentary(element)


def _is_live_commentary(element: lxml.html.HtmlElement) -> bool:
    """An entry of a live commentary (``live-match-comment``), or the block holding
    them: the story told as it happens, which a site names for comments."""
    live = _live_names()
    for name in (*class_words(element.get("class", "")), element.get("id", "")):
        if {part.lower() for part in _NAME_PARTS.split(name) if part} & live:
            return True
    return False


@cache
def _live_names() -> frozenset[str]:
    return frozenset(lexicon.words("boilerplate", "live_names"))


OVERLAY_WORDS = frozenset(
    "cookie cookies consent gdpr modal popup flyout sidebar slider carousel newsletter"
    " login".split()
)
"""Parts of a class word or id naming a block laid over or beside the page (a cookie
notice, a login dialog, a contact flyout, a sidebar widget, a teaser slider): one holds
a paragraph or two of prose, often more than a short story, and never the story."""

LAYOUT_WORDS = frozenset(
    "wrap wrapper container inner content main layout template page site body article post"
    " entry story has with no col column columns position postition left right parent relative"
    " enabled".split()
)
"""Parts that make a name the layout around such a block (``content-sidebar-wrap``,
``has-sidebar``, ``vw-sidebar-position-right``, ``article modal-enabled``): it holds
the story beside the block."""

_NAME_PARTS = re.compile(r"[-_]+|(?<=[a-z])(?=[A-Z])")


def _is_overlay(element: lxml.html.HtmlElement) -> bool:
    overlay = False
    for name in (*class_words(element.get("class", "")), element.get("id", "")):
        parts = {part.lower() for part in _NAME_PARTS.split(name) if part}
        if parts & LAYOUT_WORDS:
            return False
        overlay = overlay or bool(parts & OVERLAY_WORDS)
    return overlay


def _in_overlay(element: lxml.html.HtmlElement, prose: proselib.Prose) -> bool:
    """Inside a cookie notice, a dialog, a flyout or a sidebar (:data:`OVERLAY_WORDS`).

    A block so named that holds the page's ``<main>`` or ``<article>``, or most of its
    prose, is the layout around one, whatever its name says."""
    page = prose.size(element.getroottree().getroot())
    for ancestor in (element, *element.iterancestors()):
        if ancestor.tag in ("body", "html"):
            return False
        if (
            _is_overlay(ancestor)
            and 2 * prose.size(ancestor) < page
            and next(ancestor.iter("main", "article"), None) is None
        ):
            return True
    return False


def _is_data_row(row: lxml.html.HtmlElement) -> bool:
    """A row of a table of data, read as one line; a row of a layout table holds blocks."""
    return not any(
        isinstance(element.tag, str) and element.tag in _LAYOUT_INSIDE for element in row.iter()
    )


_LAYOUT_INSIDE = frozenset({"table", "div", "p", "ul", "ol", "section", "article", "br"})


def _paragraph_size(element: lxml.html.HtmlElement) -> int:
    return sum(len(paragraph.text_content().strip()) for paragraph in element.iter("p"))


def _in_comments(element: lxml.html.HtmlElement) -> bool:
    """Inside a comment thread: one long reader comment can outweigh a short article."""
    for ancestor in (element, *element.iterancestors()):
        if ancestor.tag in ("body", "html"):
            return False  # a page's class names ("comments-open") say nothing of a block
        if _is_comment(ancestor):
            return True
    return False


def strip_site_suffix(
    title: str, *, site_names: Sequence[str] = (), patterns: Sequence[re.Pattern[str]] = ()
) -> str:
    """Remove a site name appended to a headline ("... | The Japan Times").

    >>> strip_site_suffix("Talks stall | The Japan Times", site_names=["japantimes"])
    'Talks stall'
    >>> strip_site_suffix("Japan - South Korea talks stall", site_names=["gulftoday"])
    'Japan - South Korea talks stall'
    >>> strip_site_suffix("Envoys meet | Example News")
    'Envoys meet'
    """
    for pattern in patterns:
        title = pattern.sub("", title).strip()
    keys = {_LETTERS.sub("", name.lower()) for name in site_names if name}
    parts = _TITLE_SEPARATORS.split(title)
    while len(parts) > 1:
        tail = _LETTERS.sub("", parts[-1].lower())
        if tail and any(key and (key in tail or tail in key) for key in keys):
            title = title[: title.rfind(parts[-1])].rstrip(" |-–—:•·")
            parts = parts[:-1]
        else:
            break
    # After a bar, a short tail is a site name even when unknown ("| Example News"); a
    # dash is too common inside headlines to say the same.
    pipe = title.rsplit(" | ", 1)
    if len(pipe) == 2 and len(pipe[1].split()) <= 5 and len(pipe[0].split()) >= 2:
        title = pipe[0]
    return title.strip()


def title_from_metadata(document: Document, site_names: Sequence[str]) -> str | None:
    """A headline from og:title, twitter:title, JSON-LD, ``<h1>`` or ``<title>``."""
    candidates: list[str | None] = [
        document.meta.get("og:title"),
        document.meta.get("twitter:title"),
    ]
    candidates.extend(
        str(obj["headline"]) for obj in document.json_ld if isinstance(obj.get("headline"), str)
    )
    for tag in ("h1", "title"):
        found = document.elements(tag)
        candidates.append(text_of(found[0]) if found else None)
    for candidate in candidates:
        if candidate and candidate.strip():
            return strip_site_suffix(textlib.clean(candidate), site_names=site_names) or None
    return None


def published_from_metadata(document: Document, *, deep: bool = True) -> str | None:
    """The publication day from meta tags, JSON-LD or ``<time>``; htmldate if ``deep``.

    The date is taken as printed (the publisher's local day), not converted to UTC,
    because the article's "on Tuesday" refers to that local day.
    """
    meta = document.meta
    values: list[str] = [meta[key] for key in _PUBLISHED_META if key in meta]
    values.extend(str(obj["datePublished"]) for obj in document.json_ld if obj.get("datePublished"))
    for element in document.elements("time"):
        if element.get("datetime") is not None:
            values.append(element.get("datetime", ""))
    for value in values:
        day = iso_day(value)
        if day:
            return day
    if deep and document.tree is not None:
        return _htmldate(document)
    return None


def _htmldate(document: Document) -> str | None:
    try:
        from htmldate import find_date

        found = find_date(document.tree, original_date=True, extensive_search=False)
    except Exception:  # htmldate is a best-effort fallback; its failure costs only the date
        logger.debug("htmldate failed on %s", document.source, exc_info=True)
        return None
    return found if isinstance(found, str) and iso_day(found) else None
