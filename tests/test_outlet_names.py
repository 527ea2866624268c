"""Naming the outlet of a page no adapter declares, from real URLs of the corpus."""

from __future__ import annotations

import pytest

from diplowire.plugins.outlets import outlet_for_url


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        # A common word as the registered label: its country's suffix joins it.
        ("https://news.az/news/chinas-xi-arrives-in-astana-for-sco-summit", "newsaz"),
        ("https://news.am/eng/news/604315.html", "newsam"),
        (
            "https://www.gov.uk/government/news/pm-call-with-president-biden-25-october-2022",
            "govuk",
        ),
        ("https://old.gov.uz/en/news/view/31613", "govuz"),
        (
            "https://report.az/en/other-countries/xi-jinping-and-putin-hold-phone-conversation",
            "reportaz",
        ),
        # A number or a region's name as the label: it needs its suffix too (24.kg,
        # Africa.com).
        ("https://24.kg/english/323340_Zhogorku_Kenesh_approves_agreements/", "24kg"),
        ("https://www.africa.com/egypt-president-el-sisi-speaks-with-us-president/", "africacom"),
        # ".news" as the suffix: a word of the publisher's name; ".tv" stands for the medium.
        (
            "https://centralasia.news/8669-japarov-meets-with-russian-presidents.html",
            "centralasianews",
        ),
        (
            "https://www.stl.news/secretary-blinkens-call-with-pakistani-foreign-minister/530063/",
            "stlnews",
        ),
        (
            "https://www.samaa.tv/news/2018/12/pm-khan-all-set-to-make-maiden-visit-to-turkey",
            "samaa",
        ),
        # "www" as the label: the site is the suffix's own.
        ("http://english.www.gov.cn/premier/news/202008/21/content.html", "govcn"),
        # A blogging platform: the blog names the publisher.
        ("http://panafricannews.blogspot.com/2023/03/erdogan-tells-putin.html", "panafricannews"),
        ("https://1010wins.radio.com/articles/trump-iran-deal-pullout", "1010wins"),
        # Publishers the outlets lexicon names by host.
        ("http://en.people.cn/n3/2022/0226/c90000-9963191.html", "peoplesdaily"),
        ("https://sputnikglobe.com/20240630/chinas-xi-to-visit-kazakhstan.html", "sputnik"),
        # The registered label otherwise.
        ("https://www.koreaherald.com/view.php?ud=20241002050708", "koreaherald"),
        ("https://www.malaymail.com/news/malaysia/2023/10/29/pm-anwar/99999", "malaymail"),
    ],
)
def test_an_outlet_is_named_from_its_host(url: str, outlet: str) -> None:
    assert outlet_for_url(url, {}) == outlet


def test_a_declared_host_wins_over_the_naming_rules() -> None:
    assert (
        outlet_for_url("https://news.az/news/x", {"news.az": "newsaz-adapter"}) == "newsaz-adapter"
    )
