"""Shared HTML work for every adapter: body paragraphs, captions, titles and dates."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import lxml.html

from diplowire import markup
from diplowire import text as textlib
from diplowire.document import Document, select
from diplowire.models.types import iso_day

logger = logging.getLogger(__name__)

BLOCK_TAGS = frozenset({"p", "blockquote", "h2", "h3", "h4", "li", "pre"})
"""Elements whose text becomes a body paragraph."""

NOISE = (
    "script, style, noscript, template, iframe, form, button, select, input, svg, nav, "
    "footer, aside, ins, object, embed, [hidden], [aria-hidden=true], "
    "[class*=share], [class*=social], [class*=related], [class*=advert], [class*=newsletter], "
    "[id*=taboola], [class*=taboola], [class*=outbrain], [class*=recommend], "
    "[class*=subscribe], [class*=paywall], [class*=breadcrumb], [class*=byline], "
    "[class*=comment]"
)
"""Elements removed from an article container before its text is read."""

LINK_BLOCK_MAX_CHARS = 120
"""Blocks up to this long that are mostly link text are navigation, not body."""

CAPTIONS = "figcaption, .caption, .wp-caption-text, [class*=caption]"
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

_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
    "sailthru.date",
    "parsely-pub-date",
    "cxenseparse:recs:publishtime",
    "article.published",
)
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
    # Work on a copy: the document's tree is shared with other plugins.
    container = markup.fromstring(lxml.html.tostring(container))
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
        if element.getparent() is not None:
            element.drop_tree()
    blocks = [el for el in container.iter() if isinstance(el.tag, str) and el.tag in BLOCK_TAGS]
    # Outermost blocks only, so a <p> inside a <blockquote> is not read twice.
    block_set = set(blocks)
    inner = _inside(container, block_set)
    for element in blocks:
        if element in inner:
            continue
        paragraph = text_of(element)
        if paragraph and not _is_link_list(element, paragraph):
            body.paragraphs.append(paragraph)
    if not body.paragraphs:
        raw = lxml.html.tostring(container, encoding="unicode", method="html")
        for chunk in re.split(r"(?:<br\s*/?>\s*){1,}", raw):
            paragraph = text_of(markup.fragment_fromstring(chunk, create_parent="div"))
            if paragraph:
                body.paragraphs.append(paragraph)
    return body


def _inside(
    container: lxml.html.HtmlElement, blocks: set[lxml.html.HtmlElement]
) -> set[lxml.html.HtmlElement]:
    """Elements of the container with a block among their ancestors, in one pass (a
    walk up from every block costs the square of the depth)."""
    inside: set[lxml.html.HtmlElement] = set()
    for element in container.iter():
        parent = element.getparent()
        if element is not container and (parent in blocks or parent in inside):
            inside.add(element)
    return inside


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
    return linked >= 0.8 * len(paragraph)


def find_container(
    document: Document, selectors: Sequence[str] = ()
) -> lxml.html.HtmlElement | None:
    """The element holding the article body.

    The adapter's ``selectors`` are tried first, then common containers; among the
    candidates the one with the most paragraph text wins. Without any, the parent of
    the most paragraph text in the page is taken (a readability-style guess).
    """
    for selector in selectors:
        found = document.select_one(selector)
        if found is not None:
            return found
    best: lxml.html.HtmlElement | None = None
    best_size = 0
    for selector in CONTAINER_CANDIDATES:
        for element in document.select(selector):
            size = _paragraph_text_size(element)
            if size > best_size:
                best, best_size = element, size
        if best is not None and best_size >= 200:
            return best
    tree = document.tree
    if tree is None:
        return None
    scores: dict[lxml.html.HtmlElement, int] = {}
    for paragraph in tree.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + len(paragraph.text_content().strip())
    if scores:
        parent, size = max(scores.items(), key=lambda item: item[1])
        if size > best_size:
            return parent
    return best


def _paragraph_text_size(element: lxml.html.HtmlElement) -> int:
    return sum(len(p.text_content().strip()) for p in element.iter("p"))


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
    h1 = document.select_one("h1")
    candidates.append(text_of(h1) if h1 is not None else None)
    title_element = document.select_one("title")
    candidates.append(text_of(title_element) if title_element is not None else None)
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
    for element in document.select("time[datetime]"):
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
