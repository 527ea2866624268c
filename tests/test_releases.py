"""A government's release of its meeting is dated by its page (issue 17)."""

from __future__ import annotations

import pytest

import diplowire
from conftest import DATA
from diplowire.extraction.releases import is_official_release
from diplowire.models import Article

KREMLIN = (
    "Telephone conversation with Federal Chancellor of Germany Olaf Scholz\n\n"
    "Vladimir Putin had a telephone conversation with Federal Chancellor of the Federal "
    "Republic of Germany Olaf Scholz at the German side's initiative."
)


@pytest.mark.parametrize(
    ("url", "official"),
    [
        ("http://en.kremlin.ru/events/president/news/67913", True),
        ("https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/x/", True),
        ("https://www.mfa.gov.tr/sayin-bakanimizin-norvec-ziyareti.en.mfa", True),
        ("https://japan.kantei.go.jp/101_kishida/diary/x.html", True),
        ("https://www.wired-gov.net/wg/news.nsf/articles/x", False),
        ("https://www.hindustantimes.com/india-news/x.html", False),
        ("http://[::1/broken", False),
    ],
)
def test_a_government_s_own_site_is_told_by_its_host(url: str, official: bool) -> None:
    assert is_official_release(Article(id="x", url=url)) is official


def test_a_release_s_meeting_takes_the_release_s_day() -> None:
    # Real readout (the Kremlin, 2022-03-04): no day in the text; the page is the report.
    url = "http://en.kremlin.ru/events/president/news/67913"
    (meeting,) = diplowire.extract(KREMLIN, url=url, published="2022-03-04", merge=False).meetings
    assert meeting.date == "2022-03-04"


def test_a_newspaper_s_undated_meeting_keeps_no_date() -> None:
    url = "https://www.hindustantimes.com/world-news/putin-scholz-call.html"
    (meeting,) = diplowire.extract(KREMLIN, url=url, published="2022-03-04", merge=False).meetings
    assert meeting.date is None


def test_the_president_of_a_presidency_s_readout_is_its_own() -> None:
    # Real readout (the Ukrainian presidency, 2022-06-15): "the President said" is
    # Zelenskyy, though Biden, "President of the United States", was named last.
    stem = "presidentgovua-2022-06-15-zelenskyy-phone-conversation-with-biden"
    text = (DATA / "real" / "articles" / f"{stem}.txt").read_text(encoding="utf-8")
    url = "https://www.president.gov.ua/en/news/volodimir-zelenskij-proviv-telefonnu-rozmovu"
    statements = diplowire.extract(text, url=url, published="2022-06-15", merge=False).statements
    we = [s for s in statements if s.text.startswith("We also appreciate")]
    assert [s.speaker.name for s in we if s.speaker] == ["Volodymyr Zelenskyy"]
