"""The document: one input, decoded and parsed once, shared by every plugin.

Adapters never re-read or re-parse the input: they ask the :class:`Document` for its
text, its lxml tree, its meta tags or JSON-LD, each computed on first use and cached.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import KW_ONLY, dataclass, field
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
from lxml.cssselect import CSSSelector

from diplowire.errors import ParseError
from diplowire.reading import markup as markup_parser
from diplowire.reading import prose as proselib
from diplowire.reading import selectors
from diplowire.reading import text as textlib

if TYPE_CHECKING:
    import bs4

    from diplowire.reading.fetch import FetchedPage

logger = logging.getLogger(__name__)

_HTML_START = re.compile(
    r"^\s*(?:<!doctype\s+html|<html|<head|<body|<\?xml|<!--|"
    r"<(?:p|div|article|section|meta|title|link|script|main|header|span|h1)\b)",
    re.IGNORECASE,
)
_HTML_TAGS = re.compile(r"</(?:p|div|body|html|article)>|<br\s*/?>", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def looks_like_html(text: str) -> bool:
    """Tell markup from plain text by its first tag.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("TOKYO (Kyodo) -- Japan said <b>nothing</b>.")
    False
    """
    if _HTML_START.match(text):
        return True
    return len(_HTML_TAGS.findall(text[:65536])) >= 3


HEAD_TAGS = ("meta", "link", "script", "title", "h1", "time")
"""Tags whose elements every HTML page is asked for: metadata, headline and dates."""

EDGE_BLOCKS = 6
"""How many blocks at each end of a plain-text document :attr:`Document.edges` holds."""


def content_id(text: str) -> str:
    """A stable 16-hex-digit id of a document's content."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


@cache
def css(selector: str) -> CSSSelector:
    """A compiled CSS selector, cached so adapters can name selectors as data."""
    return CSSSelector(selector)


def select(selector: str, element: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Elements under (and including) ``element`` that match a CSS selector.

    A list of tags, classes and attribute tests is matched in one pass
    (:mod:`diplowire.reading.selectors`); any other selector by lxml.
    """
    matcher = selectors.simple(selector)
    if matcher is not None:
        return selectors.select(matcher, element)
    return cast("list[lxml.html.HtmlElement]", css(selector)(element))


def host_of(url: str | None) -> str | None:
    """The lower-case host of a URL, without ``www.``.

    >>> host_of("https://www.japantimes.co.jp/news/2019/")
    'japantimes.co.jp'
    """
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


@dataclass(eq=False, repr=False)
class Document:
    """One input document, read once."""

    text: str
    """The decoded text of the input, plain text or HTML."""
    _: KW_ONLY
    source: str | None = None
    """The input as given (a path or URL), or None for raw text."""
    url: str | None = None
    """The page's URL when the caller or a manifest knows it."""
    published: str | None = None
    """A publication date the caller or a manifest gives."""
    outlet: str | None = None
    """The publisher the caller or a manifest names."""
    given_by: str = "argument"
    """Who gave ``url``, ``published`` and ``outlet``: ``"argument"`` or ``"manifest"``
    (recorded in ``Article.published_from``)."""
    fetched: FetchedPage | None = field(default=None, init=False)
    """The download, when the document came from a URL (headers, final URL, dates)."""
    published_hint: str | None = field(default=None, init=False)
    """A date that stands only when the page carries none of its own (``Last-Modified``)."""
    is_html: bool = field(init=False)
    """Whether the text is HTML."""

    def __post_init__(self) -> None:
        self.is_html = looks_like_html(self.text)

    def __repr__(self) -> str:
        kind = "html" if self.is_html else "text"
        return f"<Document {self.id} {kind} source={self.source!r}>"

    @cached_property
    def id(self) -> str:
        """Content hash of the text; the id of the article made from it."""
        return content_id(self.text)

    # -- plain text -------------------------------------------------------------------

    @cached_property
    def blocks(self) -> list[str]:
        """Paragraphs of a plain-text document (see ``diplowire.reading.text.blocks``)."""
        return textlib.blocks(self.text)

    @cached_property
    def edges(self) -> tuple[list[str], str]:
        """The first and last few :attr:`blocks`, where site chrome and wire credits
        sit, and the same joined by newlines: read by every adapter's detection."""
        blocks = self.blocks
        if len(blocks) > 2 * EDGE_BLOCKS:
            blocks = blocks[:EDGE_BLOCKS] + blocks[-EDGE_BLOCKS:]
        return blocks, "\n".join(blocks)

    # -- HTML -------------------------------------------------------------------------

    @cached_property
    def tree(self) -> lxml.html.HtmlElement | None:
        """The parsed lxml tree of an HTML document; None for plain text."""
        if not self.is_html:
            return None
        markup = _XML_DECLARATION.sub("", self.text, count=1)
        try:
            return markup_parser.document_fromstring(markup, self.source)
        except (lxml.etree.ParserError, ValueError) as exc:
            raise ParseError(
                f"the HTML cannot be parsed: {exc}", source=self.source, stage="parse"
            ) from exc

    @cached_property
    def prose(self) -> proselib.Prose:
        """How much prose each element of :attr:`tree` holds (nothing for plain text)."""
        tree = self.tree
        return proselib.Prose({}, {}, {}, {}) if tree is None else proselib.measure(tree)

    def select(self, selector: str) -> list[lxml.html.HtmlElement]:
        """Elements matching a CSS selector ([] for plain text)."""
        tree = self.tree
        return [] if tree is None else select(selector, tree)

    def select_one(self, selector: str) -> lxml.html.HtmlElement | None:
        """The first element matching a CSS selector, or None."""
        found = self.select(selector)
        return found[0] if found else None

    def soup(self, selector: str | None = None) -> bs4.Tag | None:
        """A BeautifulSoup of the element matching ``selector`` (the whole page if None).

        This is the adapter author's convenience API: the soup is built only of the
        element asked for, from the tree already parsed, so it stays cheap.
        """
        from bs4 import BeautifulSoup, Tag

        tree = self.tree
        if tree is None:
            return None
        element = tree if selector is None else self.select_one(selector)
        if element is None:
            return None
        markup = lxml.html.tostring(element, encoding="unicode")
        soup = BeautifulSoup(markup, "lxml")
        if selector is None:
            return soup
        found = soup.find(element.tag)
        return found if isinstance(found, Tag) else soup

    @cached_property
    def _head_elements(self) -> dict[str, list[lxml.html.HtmlElement]]:
        by_tag: dict[str, list[lxml.html.HtmlElement]] = {tag: [] for tag in HEAD_TAGS}
        if self.tree is not None:
            for element in self.tree.iter(*HEAD_TAGS):
                by_tag[element.tag].append(element)
        return by_tag

    def elements(self, tag: str) -> list[lxml.html.HtmlElement]:
        """The page's elements of a tag of :data:`HEAD_TAGS`, in document order, found
        for all of those tags in one pass (a selector scans the tree for each)."""
        return self._head_elements[tag]

    @cached_property
    def meta(self) -> dict[str, str]:
        """Meta tags by lower-case ``name``, ``property`` or ``itemprop``; first one wins."""
        found: dict[str, str] = {}
        for element in self.elements("meta"):
            key = element.get("property") or element.get("name") or element.get("itemprop")
            content = element.get("content")
            if key and content and key.lower() not in found:
                found[key.lower()] = content.strip()
        return found

    @cached_property
    def json_ld(self) -> list[dict[str, Any]]:
        """JSON-LD objects of the page, ``@graph`` flattened; malformed blocks skipped."""
        objects: list[dict[str, Any]] = []
        for script in self.elements("script"):
            if script.get("type") != "application/ld+json":
                continue
            try:
                data = json.loads(script.text or "")
            except (ValueError, RecursionError):  # nested deeper than the parser recurses
                logger.debug("skipping malformed JSON-LD in %s", self.source)
                continue
            stack = data if isinstance(data, list) else [data]
            while stack:
                item = stack.pop(0)
                if isinstance(item, dict):
                    objects.append(item)
                    graph = item.get("@graph")
                    if isinstance(graph, list):
                        stack.extend(graph)
        return objects

    @cached_property
    def canonical_url(self) -> str | None:
        """The page's own idea of its URL: canonical link, then og:url."""
        link = next((e for e in self.elements("link") if e.get("rel") == "canonical"), None)
        href = link.get("href") if link is not None else None
        url = href or self.meta.get("og:url")
        if url and url.startswith("//"):
            url = "https:" + url
        return url if url and url.startswith(("http://", "https://")) else None

    @cached_property
    def effective_url(self) -> str | None:
        """The URL the caller gave, else the page's canonical URL."""
        return self.url or self.canonical_url

    @cached_property
    def host(self) -> str | None:
        """Host of :attr:`effective_url`, without ``www.``."""
        return host_of(self.effective_url)

    @cached_property
    def language(self) -> str | None:
        """ISO 639-1 language from ``<html lang>`` or ``og:locale``, when the page says."""
        tree = self.tree
        lang = tree.get("lang") if tree is not None else None
        lang = lang or self.meta.get("og:locale") or self.meta.get("language")
        if not lang:
            return None
        code = re.split(r"[-_]", lang.strip().lower())[0]
        return code if re.fullmatch(r"[a-z]{2}", code) else None
