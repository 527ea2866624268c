"""The Korea Herald (koreaherald.com) as a diplowire outlet adapter.

The Korea Herald is Seoul's English-language daily. Its staff stories close with a
byline line, "By Lee Ji-won (jwlee@heraldcorp.com)"; the Yonhap and AFP copy it runs
closes with the agency in parentheses on a line of its own, "(Yonhap)", which
diplowire's shared credit-line rule reads into ``Article.wire``.

Its pages came in two layouts: ``view.php?ud=...`` pages until 2023 (``h1.view_tit``,
body in ``div#articleText`` / ``div.view_con_t``) and ``/article/...`` pages since
(``h1.news_title`` inside ``div.news_content``, body in ``div.article-text``).
"""

from __future__ import annotations

from diplowire import Layout, OutletAdapter

__version__ = "0.1.0"

# "By Lee Ji-won (jwlee@heraldcorp.com)", "By Kim A and Park B (a@heraldcorp.com)".
# Drop patterns match at the start of a paragraph, case-insensitively, and only on
# paragraphs of up to 200 characters, so a sentence that begins with "By" survives.
_BYLINE = r"by\s+[^()]{2,80}?(?:\s*\(\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\))+\s*$"


class KoreaHerald(OutletAdapter):
    """The Korea Herald: its own pages, and plain-text copies of them."""

    name = "koreaherald"
    hosts = ("koreaherald.com",)
    site_names = ("The Korea Herald", "Korea Herald")

    # Plain-text copies have no URL or metadata; these lines only the Herald prints.
    text_signatures = (
        r"\s[-–|]\s*(?:The )?Korea Herald\s*$",  # a title saved with its site suffix
        r"^By [^()]{2,80}\([\w.+-]+@heraldcorp\.com\)$",  # a staff byline
    )

    # Furniture inside the article body, on top of diplowire's shared patterns
    # (which already drop "Advertisement", share rows, bare e-mail addresses, ©...).
    drop = (
        _BYLINE,
        r"font size\b",
        r"(?:the )?korea herald\s*$",
    )
    # A short paragraph matching one of these ends the body.
    stop = (
        r"editor[’']?s picks?\s*$",
        r"more (?:articles|news) (?:by|from) this (?:reporter|writer)\b",
    )

    # Tried newest first; the first layout whose body selector matches is used.
    # Note that a comma-separated selector matches in *document* order, not in the
    # order written: the page's logo is an ``<h1>`` too, so the title selectors name
    # the headline's class, and pages without it fall back to og:title.
    layouts = (
        Layout(
            name="2023",
            body="div.news_content div.article-text",
            title="h1.news_title",
            authors=".news_journalist_area .name",
            remove=".news_btn_wrap, .news_journalist_area, .khadv_bg, .news_tag",
        ),
        Layout(
            name="2012",
            body="div#articleText, div.view_con_t",
            title="h1.view_tit",
            authors=".view_tit_byline_l a",
            remove=".view_tit_icon, .view_con_btn, .khadv_bg, #thumimage",
        ),
    )


adapter = KoreaHerald()
"""The plugin object the ``diplowire`` entry point names."""
