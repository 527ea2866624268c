"""How much prose each element of a page holds, measured in one walk of its tree.

The generic reader weighs many elements against each other (the candidate containers,
the blocks of one class that make a story, the page's best block of paragraphs). An
XPath per element asks for every text node under it and then walks each node's
ancestors to the root, so the work grew with the candidates times the depth; one walk
from the root, which skips a link, a script or the page chrome at its top, measures
every element at once.
"""

from __future__ import annotations

from dataclasses import dataclass

import lxml.etree
import lxml.html

__all__ = [
    "BLOCK_TAGS",
    "CODE",
    "INLINE",
    "LISTS",
    "NOT_PROSE",
    "Prose",
    "class_words",
    "measure",
    "shows_the_page",
]

BLOCK_TAGS = frozenset({"p", "blockquote", "h2", "h3", "h4", "li", "pre"})
"""Elements whose text becomes a body paragraph."""

NOT_PROSE = frozenset({"script", "style", "noscript", "a", "nav", "footer", "aside", "head"})
"""Elements whose text is not prose: code, links and page chrome."""

INLINE = frozenset("a abbr b cite em font i q small span strong sub sup u".split())
"""Elements inside a paragraph that do not make one."""

LISTS = frozenset({"li", "ul", "ol", "dd", "dt", "option"})
"""Where text is a ticker or a list of links, however long, not an article's paragraphs."""

_EVENTS = ("start", "end", "comment")  # the HTML parser reads a processing instruction as a comment


@dataclass(frozen=True, slots=True)
class Prose:
    """The prose of one tree: characters per element, and per holder of paragraphs.

    :param sizes: Characters of prose under each element (text outside
        :data:`NOT_PROSE`, each text node stripped); an element that holds none is absent.
    :param holders: Characters of prose each element holds as the parent of its
        paragraphs: a text node counts for the block it is in (past inline elements),
        and a paragraph, or a ``<div>`` set as one, counts for the element holding it.
        Text in lists counts for nobody.
    :param named: The elements outside :data:`NOT_PROSE` by ``("class", word)``,
        ``("id", value)`` and ``("itemprop", value)``, in document order: the page's
        own names for its blocks, looked up instead of a selector's scan of every element.
    :param position: Each named element's place in document order.
    """

    sizes: dict[lxml.html.HtmlElement, int]
    holders: dict[lxml.html.HtmlElement, int]
    named: dict[tuple[str, str], list[lxml.html.HtmlElement]]
    position: dict[lxml.html.HtmlElement, int]

    def size(self, element: lxml.html.HtmlElement) -> int:
        """Characters of prose under ``element`` (0 for an element of another tree)."""
        return self.sizes.get(element, 0)

    def with_name(self, attribute: str, value: str) -> list[lxml.html.HtmlElement]:
        """Elements holding prose whose ``id`` or ``itemprop`` is ``value``, or whose
        ``class`` has the word ``value``, in document order."""
        return [e for e in self.named.get((attribute, value), ()) if e in self.sizes]


CODE = frozenset({"script", "style", "noscript", "a", "head"})
"""The part of :data:`NOT_PROSE` that is never prose, page chrome or not."""


def measure(root: lxml.html.HtmlElement, skip: frozenset[str] = NOT_PROSE) -> Prose:
    """The :class:`Prose` of the tree under ``root``, its ancestors not looked at, the
    text under ``skip`` not counted.

    The walk keeps its own stack: pages nest deeper than Python's recursion allows.
    """
    sizes: dict[lxml.html.HtmlElement, int] = {}
    holders: dict[lxml.html.HtmlElement, int] = {}
    path: list[lxml.html.HtmlElement] = []  # the open elements, root first
    tags: list[str] = []  # their tags (lxml builds a new string at every ``.tag``)
    counts: list[int] = [0]  # prose of each open element so far; [0] is above the root
    has_blocks: dict[lxml.html.HtmlElement, bool] = {}
    named: dict[tuple[str, str], list[lxml.html.HtmlElement]] = {}
    position: dict[lxml.html.HtmlElement, int] = {}

    def hold(text: str) -> int:
        """Count a text node whose parent is the last open element for its holder."""
        size = len(text.strip())
        index = len(tags) - 1
        while index >= 0 and tags[index] in INLINE:
            index -= 1
        if index < 0 or tags[index] in LISTS:
            return size
        tag = tags[index]
        if tag in BLOCK_TAGS or (tag == "div" and not _blocks(path[index], has_blocks)):
            if index == 0:
                return size
            index -= 1
        owner = path[index]
        holders[owner] = holders.get(owner, 0) + size
        return size

    walk = lxml.etree.iterwalk(root, events=_EVENTS)
    for event, element in walk:
        if event == "start":
            tag = element.tag
            path.append(element)
            tags.append(tag)
            if tag in skip and not (tag == "noscript" and shows_the_page(element)):
                walk.skip_subtree()
                counts.append(-1)  # nothing inside counts, nor does it count for others
                continue
            classes, ident, prop = element.get("class"), element.get("id"), element.get("itemprop")
            if classes or ident or prop:
                # Once a word: themes repeat one ("article__body article__body").
                for word in dict.fromkeys(class_words(classes)) if classes else ():
                    named.setdefault(("class", word), []).append(element)
                if ident:
                    named.setdefault(("id", ident), []).append(element)
                if prop:
                    named.setdefault(("itemprop", prop), []).append(element)
                position[element] = len(position)
            text = element.text
            counts.append(hold(text) if text and not text.isspace() else 0)
            continue
        if event == "end":
            path.pop()
            tags.pop()
            size = counts.pop()
            if size > 0:
                sizes[element] = size
                counts[-1] += size
        tail = element.tail  # a comment's tail, or an element's after it has ended
        if tail and element is not root and not tail.isspace():
            counts[-1] += hold(tail)
    return Prose(sizes, holders, named, position)


NOSCRIPT_PAGE_MIN_CHARS = 200
"""Text a ``<noscript>`` must hold, in blocks, to be the page itself: a notice
("Please enable JavaScript to view the comments") or a tracking pixel is shorter."""

_PAGE_BLOCKS = ("p", "div", "article", "section", "main", "table", "h1", "h2", "h3")


def shows_the_page(noscript: lxml.html.HtmlElement) -> bool:
    """A ``<noscript>`` that is the page shown without scripts: sites that draw
    themselves by script put the whole page, the story too, inside one."""
    if next(noscript.iter(*_PAGE_BLOCKS), None) is None:
        return False
    return len(noscript.text_content().strip()) >= NOSCRIPT_PAGE_MIN_CHARS


_XML_SPACE = str.maketrans("\t\n\r", "   ")
"""What separates the words of a class for CSS: XML whitespace, not a no-break space."""


def class_words(value: str) -> list[str]:
    """The words of a ``class`` attribute, as CSS splits them.

    >>> class_words("story\tbody\xa0wide ")
    ['story', 'body\xa0wide']
    """
    if value.isprintable():  # no whitespace but the space: split as Python does, in C
        return value.split()
    return [word for word in value.translate(_XML_SPACE).split(" ") if word]


def _blocks(element: lxml.html.HtmlElement, known: dict[lxml.html.HtmlElement, bool]) -> bool:
    """Whether ``element`` has a child other than an inline element (or text)."""
    found = known.get(element)
    if found is None:
        found = known[element] = any(
            isinstance(child.tag, str) and child.tag not in INLINE for child in element
        )
    return found
