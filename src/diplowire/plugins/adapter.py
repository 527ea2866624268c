"""The base class of outlet adapters: an outlet described as data, parsed by shared steps.

An adapter is a pluggy plugin. Subclass :class:`OutletAdapter`, describe the outlet
(hosts, names, signatures, boilerplate, page layouts) in class attributes, register an
instance through the ``diplowire`` entry-point group, and the hooks are implemented
for you. Override a step (``read_text``, ``read_html``, ``finish``, ``detect``) only
when data is not enough.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import ClassVar

from diplowire.extraction.prefilter import Gated, gated
from diplowire.hookimpl import hookimpl
from diplowire.models import Article
from diplowire.plugins.detection import CHROME, HOST, METADATA, WIRE_COPY, Detection
from diplowire.reading import dateline as datelines
from diplowire.reading import html as htmllib
from diplowire.reading import text as textlib
from diplowire.reading import wires
from diplowire.reading.document import Document

logger = logging.getLogger(__name__)

_TITLE_END = re.compile(r"[.!?;,:]$|[.!?][\"”’']$")


@dataclass(frozen=True, slots=True)
class Layout:
    """One page layout of an outlet, as CSS selectors (outlets change markup over time).

    :param name: A short label for the layout, e.g. ``"2023"`` (the year the markup
        appeared) or ``"classic"``, unique among the adapter's layouts: articles read
        by it record it as :attr:`~diplowire.models.Article.layout`.
    :param body: Selector of the element holding the article's paragraphs. A
        comma-separated list matches in document order, not by preference: write one
        Layout per alternative.
    :param title: Selector of the headline element (the same caution applies).
    :param credit: Selector of the element crediting agencies ("JIJI", "KYODO").
    :param authors: Selector of byline elements.
    :param remove: Extra selectors of furniture inside the body to drop.
    :param captions: Selector of photo captions inside the body.
    :param outside_captions: Selector of captions elsewhere on the page (a lead photo
        above the body, a gallery below it).
    :param caption_attribute: Read outside captions from this attribute instead of
        the element's text (galleries often keep them in ``data-*`` attributes).
    """

    name: str
    body: str
    title: str | None = None
    credit: str | None = None
    authors: str | None = None
    remove: str = ""
    captions: str = htmllib.CAPTIONS
    outside_captions: str | None = None
    caption_attribute: str | None = None


@dataclass(slots=True)
class Draft:
    """An article being assembled by an adapter's steps: each step fills what it reads,
    and the last makes the :class:`~diplowire.models.Article` of it."""

    # The page's parts, top to bottom.
    title: str | None = None
    dateline: str | None = None
    """The dateline as printed ("TOKYO (Kyodo) --")."""
    dateline_place: str | None = None
    authors: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    """The story's clean paragraphs, in order."""
    captions: list[str] = field(default_factory=list)
    """Photo captions, kept apart from the story."""
    # Who the copy is from.
    wire: list[str] = field(default_factory=list)
    """The agencies whose copy the story is (the credit, the dateline, the host)."""
    photo_wire: list[str] = field(default_factory=list)
    """The agencies the captions credit: the story's wire only when nothing else names one."""
    # What the page says of itself.
    published: str | None = None
    """The publication date the page gives (ISO)."""
    language: str | None = None
    url: str | None = None
    layout: str | None = None
    """The name of the :class:`Layout` the page was read by; None when none matched."""


def _compile(patterns: tuple[str, ...], flags: int = 0) -> Gated | None:
    if not patterns:
        return None
    # Detection tries every adapter's markers on every document: the prefilter lets
    # most documents skip a marker such as "... - Gulf Today" with a substring test.
    return gated(re.compile("|".join(f"(?:{p})" for p in patterns), flags))


class OutletAdapter:
    """Describe an outlet in class attributes; the hooks are implemented from them.

    >>> class KoreaHerald(OutletAdapter):
    ...     name = "koreaherald"
    ...     hosts = ("koreaherald.com",)
    ...     site_names = ("The Korea Herald",)
    >>> KoreaHerald().diplowire_outlet_hosts()
    {'koreaherald.com': 'koreaherald'}
    """

    name: ClassVar[str] = ""
    """Plugin name; also the outlet name unless :attr:`outlet` says otherwise."""
    outlet: ClassVar[str | None] = None
    """The publisher this adapter's pages belong to (defaults to :attr:`name`)."""
    hosts: ClassVar[tuple[str, ...]] = ()
    """Web hosts the outlet owns; subdomains included."""
    agency: ClassVar[str | None] = None
    """The news agency this outlet is, whose copy its own pages carry (Kyodo, Yonhap)."""
    site_names: ClassVar[tuple[str, ...]] = ()
    """Names the site gives itself (og:site_name, title suffixes)."""
    text_signatures: ClassVar[tuple[str, ...]] = ()
    """Regexes for page furniture only this outlet prints, matched per paragraph of
    the first and last paragraphs of a text document."""
    wire_markers: ClassVar[tuple[str, ...]] = ()
    """Regexes that mark copy of :attr:`agency` wherever it is printed."""
    stop: ClassVar[tuple[str, ...]] = ()
    """Regexes of paragraphs that end the body (added to the shared ones)."""
    drop: ClassVar[tuple[str, ...]] = ()
    """Regexes of paragraphs to drop (added to the shared ones)."""
    layouts: ClassVar[tuple[Layout, ...]] = ()
    """Known page layouts, newest first."""
    container_selectors: ClassVar[tuple[str, ...]] = ()
    """Extra selectors to try for the body when no layout matches."""

    _signature_re: ClassVar[Gated | None] = None
    _wire_re: ClassVar[Gated | None] = None
    _stop_re: ClassVar[re.Pattern[str] | None] = None
    _drop_re: ClassVar[re.Pattern[str] | None] = None

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        # Compile each outlet's patterns once, when its class is defined.
        cls._signature_re = _compile(cls.text_signatures, re.IGNORECASE)
        cls._wire_re = _compile(cls.wire_markers)
        cls._stop_re = textlib.stop_pattern(cls.stop)
        cls._drop_re = textlib.drop_pattern(cls.drop)
        _check_layout_names(cls)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"

    @property
    def outlet_name(self) -> str:
        """The publisher name this adapter gives its pages."""
        return self.outlet or self.name

    # -- hooks ------------------------------------------------------------------------

    @hookimpl
    def diplowire_outlet_hosts(self) -> dict[str, str]:
        """Declare :attr:`hosts` as the outlet's."""
        return dict.fromkeys(self.hosts, self.outlet_name)

    @hookimpl
    def diplowire_register_adapters(self, register: Callable[[str], None]) -> None:
        """Register :attr:`name` as the adapter this plugin parses as."""
        register(self.name)

    @hookimpl
    def diplowire_detect(self, document: Document) -> Detection | None:
        """Claim documents by host, metadata, text signatures or wire markers."""
        return self.detect(document)

    @hookimpl
    def diplowire_parse(self, document: Document, adapter: str) -> Article | None:
        """Parse the document when this adapter was chosen."""
        if adapter != self.name:
            return None
        return self.parse(document)

    # -- detection --------------------------------------------------------------------

    def owns_host(self, host: str | None) -> bool:
        """True when ``host`` is one of :attr:`hosts` or a subdomain of one."""
        if not host:
            return False
        return host in self.hosts or host.endswith(_subdomains(self.hosts))

    def detect(self, document: Document) -> Detection | None:
        """Score the document; see :mod:`diplowire.plugins.detection` for the scale."""
        if self.owns_host(document.host):
            return Detection(self.name, HOST, self.outlet_name, f"host {document.host}")
        if document.is_html:
            site = document.meta.get("og:site_name", "")
            if site and site.strip().casefold() in {n.casefold() for n in self.site_names}:
                return Detection(self.name, METADATA, self.outlet_name, f"og:site_name {site!r}")
            return None
        probe, joined = document.edges
        # One literal test over the probed blocks together rules most adapters out.
        if self._signature_re is not None and self._signature_re.may_match(joined):
            for paragraph in probe:
                if self._signature_re.search(paragraph):
                    return Detection(
                        self.name, CHROME, self.outlet_name, f"text {paragraph[:60]!r}"
                    )
        if self._wire_re is not None and self._wire_re.may_match(joined):
            for paragraph in probe:
                if self._wire_re.search(paragraph):
                    return Detection(self.name, WIRE_COPY, None, f"wire copy {paragraph[:60]!r}")
        return None

    # -- parsing ----------------------------------------------------------------------

    def parse(self, document: Document) -> Article:
        """Read the document into an article (HTML or plain text)."""
        draft = self.read_html(document) if document.is_html else self.read_text(document)
        self.finish(document, draft)
        return Article(
            id=document.id,
            title=draft.title,
            url=draft.url,
            published=draft.published,
            published_from="metadata" if draft.published else None,
            dateline=draft.dateline,
            dateline_place=draft.dateline_place,
            wire=draft.wire,
            authors=draft.authors,
            language=draft.language,
            paragraphs=draft.paragraphs,
            captions=draft.captions,
            adapter=self.name,
            layout=draft.layout,
        )

    def read_text(self, document: Document) -> Draft:
        """Title, captions and body of a plain-text document."""
        draft = Draft(wire=_footer_credits(document.blocks))
        paragraphs = textlib.remove_boilerplate(
            document.blocks, stop=self._stop_re, drop=self._drop_re
        )
        kept: list[str] = []
        for paragraph in paragraphs:
            if wires.is_photo_credit(paragraph):
                continue  # "Photo : YONHAP News": the picture's agency, not the story's
            if _credits_only(paragraph):
                draft.wire = wires.merge(draft.wire, wires.agencies_in(paragraph))
            else:
                kept.append(paragraph)
        if len(kept) > 1 and _is_title(kept[0]):
            draft.title = self.clean_title(kept.pop(0))
            if kept and self.clean_title(kept[0]) == draft.title:
                kept.pop(0)  # some sites print the headline twice (page title, then h1)
        for index, paragraph in enumerate(kept):
            credit = textlib.caption_credit(paragraph)
            if index == len(kept) - 1 and textlib.closes_story(paragraph):
                credit = []  # the story's own closing credit, split off in finish()
            if credit and not datelines.parse(paragraph):
                draft.captions.append(paragraph)
                draft.photo_wire = wires.merge(draft.photo_wire, credit)
            else:
                draft.paragraphs.append(paragraph)
        return draft

    def read_html(self, document: Document) -> Draft:
        """Title, captions, credits, date and body of an HTML page."""
        draft = Draft(
            published=htmllib.published_from_metadata(document),
            language=document.language,
            url=document.canonical_url,
        )
        layout = next(
            (lay for lay in self.layouts if document.select_one(lay.body) is not None), None
        )
        if layout is not None:
            draft.layout = layout.name
            container = document.select_one(layout.body)
            if layout.title:
                element = document.select_one(layout.title)
                if element is not None:
                    draft.title = self.clean_title(htmllib.text_of(element)) or None
            if layout.credit:
                for element in document.select(layout.credit):
                    draft.wire = wires.merge(
                        draft.wire, wires.agencies_in(htmllib.text_of(element))
                    )
            if layout.authors:
                draft.authors = [htmllib.text_of(e) for e in document.select(layout.authors)]
            if layout.outside_captions:
                draft.captions = self._outside_captions(document, layout)
            remove, captions = layout.remove, layout.captions
        else:
            container = htmllib.find_container(document, self.container_selectors)
            remove, captions = "", htmllib.CAPTIONS
        if draft.title is None:
            draft.title = htmllib.title_from_metadata(document, self._site_keys(document))
            if draft.title:
                draft.title = self.clean_title(draft.title)
        if container is not None:
            body = htmllib.read_body(container, remove=remove, captions=captions)
            draft.captions = wires.merge(
                draft.captions, htmllib.nearby_captions(container), body.captions
            )
            draft.wire = wires.merge(draft.wire, _footer_credits(body.paragraphs))
            paragraphs = textlib.remove_boilerplate(
                body.paragraphs, stop=self._stop_re, drop=self._drop_re, boxes=True
            )
            for paragraph in paragraphs:
                if wires.is_photo_credit(paragraph):
                    continue  # "Image Source : PTI": the picture's agency, not the story's
                if _credits_only(paragraph):
                    draft.wire = wires.merge(draft.wire, wires.agencies_in(paragraph))
                elif paragraph != draft.title:
                    draft.paragraphs.append(paragraph)
            for caption in draft.captions:
                draft.photo_wire = wires.merge(draft.photo_wire, textlib.caption_credit(caption))
        return draft

    @staticmethod
    def _outside_captions(document: Document, layout: Layout) -> list[str]:
        captions: list[str] = []
        for element in document.select(layout.outside_captions or ""):
            raw = element.get(layout.caption_attribute) if layout.caption_attribute else None
            caption = textlib.clean(raw) if raw else htmllib.text_of(element)
            if caption and caption not in captions:
                captions.append(caption)
        return captions

    def finish(self, document: Document, draft: Draft) -> None:
        """Steps every document goes through: the dateline, credit bylines and closing
        credits, and the agency whose own site the page is on."""
        self._read_dateline(draft)
        if draft.dateline_place and _names_the_site(draft.dateline_place, document.host):
            draft.dateline_place = None  # "SHAFAQNA- The 41st meeting ...": the site's tag
        if draft.paragraphs:
            last, credited = wires.strip_trailing_credit(draft.paragraphs[-1])
            if credited:
                draft.wire = wires.merge(draft.wire, credited)
                draft.paragraphs[-1] = last
        for paragraph in draft.paragraphs:
            draft.wire = wires.merge(draft.wire, wires.sourced_agencies(paragraph))
        if self.agency and self.owns_host(document.host):
            draft.wire = wires.merge(draft.wire, [self.agency])
        draft.wire = wires.merge(draft.wire, wires.agencies_of_host(document.host))
        if not draft.wire:
            # Photo credits name the agency of the copy only when nothing else does:
            # a Jiji story is often illustrated with Kyodo or AP photos.
            draft.wire = draft.photo_wire

    @staticmethod
    def _read_dateline(draft: Draft) -> None:
        """The dateline of the lead, and the credit bylines ("PTI | New Delhi |") above it.

        Pages print a timestamp, a byline or a kicker above the lead, so the first few
        paragraphs are read; a paragraph that is only a dateline or a byline is dropped.
        """
        index = 0
        while index < min(len(draft.paragraphs), DATELINE_REACH):
            paragraph = draft.paragraphs[index]
            byline = datelines.parse_byline(paragraph)
            if byline is not None:
                agencies, place = byline
                draft.wire = wires.merge(draft.wire, agencies)
                draft.dateline_place = draft.dateline_place or place
                del draft.paragraphs[index]
                continue
            found = datelines.parse(paragraph)
            if found is not None:
                draft.dateline = found.text
                draft.dateline_place = found.place
                draft.wire = wires.merge(draft.wire, found.agencies)
                if found.rest:
                    draft.paragraphs[index] = found.rest
                else:
                    del draft.paragraphs[index]
                return
            index += 1

    def clean_title(self, title: str) -> str:
        """Strip the outlet's site name from a headline."""
        return htmllib.strip_site_suffix(textlib.clean(title), site_names=self.site_names)

    def _site_keys(self, document: Document) -> tuple[str, ...]:
        site = document.meta.get("og:site_name")
        host_label = (document.host or "").split(".")[0]
        return (*self.site_names, *(n for n in (site, host_label) if n))


def _names_the_site(place: str, host: str | None) -> bool:
    """True when a dateline's "place" is the site's own name, which some outlets print
    where a dateline stands ("SHAFAQNA-", "QCOSTARICA –")."""
    if not host:
        return False
    word = re.sub(r"[^a-z0-9]", "", place.casefold())
    labels = [re.sub(r"[^a-z0-9]", "", label) for label in host.casefold().split(".")]
    return bool(word) and word in labels


def _check_layout_names(cls: type[OutletAdapter]) -> None:
    # An article names the layout that read it: two layouts of one name would make
    # "which markup was this page?" unanswerable.
    names = [layout.name for layout in cls.layouts]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated or "" in names:
        raise TypeError(
            f"{cls.__name__}: every layout needs a name of its own "
            f"(repeated: {', '.join(repeated) or 'none'}; empty: {'' in names})"
        )


def _footer_credits(paragraphs: Iterable[str]) -> list[str]:
    # Read before the boilerplate step drops the notice: "© Kyodo News" and "(Reporting
    # by Reuters; Editing by ...)" credit their agencies.
    return wires.merge(*(wires.copyright_credit(p) + wires.labelled_credit(p) for p in paragraphs))


DATELINE_REACH = 6
"""How many paragraphs from the top a dateline or credit byline is looked for in."""


@cache
def _subdomains(hosts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple("." + host for host in hosts)


def _is_title(paragraph: str) -> bool:
    return (
        len(paragraph) <= 200
        and len(paragraph.split()) <= 30
        and not _TITLE_END.search(paragraph)
        and not _marked_dateline(paragraph)
    )


def _marked_dateline(paragraph: str) -> bool:
    # "Tokyo: PM Ishiba, President Lee Pledge ..." is a headline; "TOKYO (Kyodo) --" is not.
    found = datelines.parse(paragraph)
    return found is not None and found.marked


_PHOTO_SUBJECT = re.compile(
    r"^(?!by\b)(?P<subject>[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3}) \((?P<credit>[^()]+)\)$",
    re.IGNORECASE,
)
"""A name or two and a parenthesised credit, with no "By": how a photo's caption names
who is pictured ("Blinken (AP)", "Xi Jinping (Xinhua)")."""


def _credits_only(paragraph: str) -> bool:
    """A credit line, not a dateline or a byline that names a place beside its agency
    ("New Delhi, Mar 2 (PTI)", "Reuters, Beijing,"), which stays for the dateline to be
    read (:meth:`_read_dateline`)."""
    if not wires.is_credit_line(paragraph) or datelines.parse(paragraph) is not None:
        return False
    pictured = _PHOTO_SUBJECT.match(paragraph)
    if pictured and not wires.agencies_in(pictured.group("subject")):
        return False  # "Blinken (AP)": a photo's subject and its credit, a caption
    byline = datelines.parse_byline(paragraph)
    return byline is None or byline[1] is None
