"""Parsing HTML with lxml, bounded before it starts and unbounded where pages need it.

libxml2 costs time quadratic in the attributes of one element (100,000 took minutes,
in one call no time limit can interrupt), so markup with an element of more than
:data:`MAX_ATTRIBUTES` is refused by a linear scan before lxml sees it. Its own limits
lose real text instead: a text node over 10 MB (a large JSON-LD block) ends the
document, so the parser runs with ``huge_tree``; nesting deeper than its depth limit
ends it too, so such markup is parsed again with its layout tags taken out, which
keeps every paragraph.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator

import lxml.etree
import lxml.html

from diplowire.errors import ParseError

__all__ = [
    "MAX_ATTRIBUTES",
    "check_attributes",
    "document_fromstring",
    "fragment_fromstring",
    "fromstring",
]

MAX_ATTRIBUTES = 1000
"""Attributes one element may have (real pages have tens); lxml takes 2 ms for 1,000,
1.3 s for 20,000 and minutes for 100,000."""

# An element of MAX_ATTRIBUTES attributes is at least twice as many characters long
# (`` a`` each), so only tags that long are counted: the scan stays linear.
_LONG_TAG = re.compile(rf"<[A-Za-z][^<>]{{{2 * MAX_ATTRIBUTES},}}")
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
_ATTRIBUTE = re.compile(r"[^\s=/]+(?:\s*=\s*[^\s\"'=]*)?")
# Tags that carry the page's text and metadata; every other tag is layout.
_KEPT = r"(?:p|h[1-6]|br|title|meta|link|script|style|head|body|html)"
_LAYOUT_TAG = re.compile(rf"</?(?!{_KEPT}\b)[A-Za-z][^<>]*>", re.IGNORECASE)
_DEPTH_ERROR = "Excessive depth"

_local = threading.local()  # an lxml parser must not be shared between threads


# Every element is an HtmlElement, looked up in C: lxml.html's own lookup calls Python
# for each element a walk touches (to give forms and inputs classes nobody here uses).
_LOOKUP = lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


def _parser(encoding: str | None = None) -> lxml.html.HTMLParser:
    name = f"parser_{encoding}"
    parser: lxml.html.HTMLParser | None = getattr(_local, name, None)
    if parser is None:
        parser = lxml.html.HTMLParser(huge_tree=True, encoding=encoding)
        parser.set_element_class_lookup(_LOOKUP)
        setattr(_local, name, parser)
    return parser


def _parse(markup: str) -> tuple[lxml.html.HtmlElement, lxml.html.HTMLParser]:
    # libxml2 reads UTF-8 bytes as they are; a str it is handed in UCS-4 and converts.
    try:
        data = markup.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: only the str can carry it
        parser = _parser()
        return lxml.html.document_fromstring(markup, parser=parser), parser
    parser = _parser("utf-8")
    return lxml.html.document_fromstring(data, parser=parser), parser


def check_attributes(markup: str, source: str | None = None) -> None:
    """Refuse markup with an element of more than :data:`MAX_ATTRIBUTES` attributes."""
    for match in _long_tags(markup):
        names = _ATTRIBUTE.findall(_QUOTED.sub("v", match))
        if len(names) - 1 > MAX_ATTRIBUTES:  # the first is the tag's name
            raise ParseError(
                f"an element has {len(names) - 1:,} attributes, over the limit of "
                f"{MAX_ATTRIBUTES:,}; not parsed",
                source=source,
                stage="parse",
            )


def _long_tags(markup: str) -> Iterator[str]:
    """What :data:`_LONG_TAG` finds, looked for only between a ``>`` and the next that are
    far enough apart: splitting at each ``>`` runs in C, the pattern steps through every
    character of every tag."""
    for chunk in markup.split(">"):
        if len(chunk) > 2 * MAX_ATTRIBUTES:
            yield from _LONG_TAG.findall(chunk)


def document_fromstring(markup: str, source: str | None = None) -> lxml.html.HtmlElement:
    """The page's tree (see the module's docstring for the limits)."""
    check_attributes(markup, source)
    tree, parser = _parse(markup)
    if any(_DEPTH_ERROR in entry.message for entry in parser.error_log):
        tree, parser = _parse(_LAYOUT_TAG.sub(" ", markup))
    return tree


def fromstring(markup: str | bytes) -> lxml.html.HtmlElement:
    """An element from markup lxml wrote itself (a copy of part of a tree)."""
    return lxml.html.fromstring(markup, parser=_parser())


def fragment_fromstring(markup: str, create_parent: str) -> lxml.html.HtmlElement:
    """A fragment of markup lxml wrote itself, under a new ``create_parent`` element."""
    return lxml.html.fragment_fromstring(markup, create_parent=create_parent, parser=_parser())
