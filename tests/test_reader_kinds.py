"""Kinds of page the generic reader met on trafilatura's evaluation set, in small HTML
shaped like the real pages (the set's pages are third-party and not copied here)."""

from __future__ import annotations

import diplowire


def _article(html: str, plugins: diplowire.Plugins) -> diplowire.Article:
    return diplowire.parse(html, plugins=plugins)


def test_soft_hyphens_do_not_split_words(plugins: diplowire.Plugins) -> None:
    # A French science site hyphenates every long word with U+00AD for the browser.
    lead = (
        "En réac\u00adtion à la can\u00addi\u00adda\u00adture du conseiller recherche, "
        "plus de 2500 cher\u00adcheurs annoncent faire acte de can\u00addi\u00adda\u00adture."
    )
    rest = (
        "L’i\u00adni\u00adtia\u00adtive se veut une réap\u00adpro\u00adpria\u00adtion par les "
        "acteurs de la recherche de l’é\u00adva\u00adlua\u00adtion de leur tra\u00advail."
    )
    article = _article(
        f"<html><body><article><p>{lead}</p><p>{rest}</p></article></body></html>", plugins
    )
    assert "\u00ad" not in article.text
    assert "En réaction à la candidature du conseiller recherche" in article.text
    assert "l’évaluation de leur travail." in article.text


def test_ruby_readings_are_not_read_into_the_sentence(plugins: diplowire.Plugins) -> None:
    # NHK's easy-Japanese news sets the reading of each kanji word above it in <rt>.
    def ruby(word: str, reading: str) -> str:
        return f"<ruby>{word}<rp>(</rp><rt>{reading}</rt><rp>)</rp></ruby>"

    first = (
        f"子どもへの{ruby('虐待', 'ぎゃくたい')}をなくすための{ruby('法律', 'ほうりつ')}ができて、"
        f"{ruby('親', 'おや')}が子どもを{ruby('教育', 'きょういく')}するために、たたいたり"
        f"{ruby('蹴', 'け')}ったりする{ruby('体罰', 'たいばつ')}を{ruby('禁止', 'きんし')}することに"
        "なりました。"
    )
    second = (
        f"{ruby('法律', 'ほうりつ')}では{ruby('虐待', 'ぎゃくたい')}をした{ruby('親', 'おや')}に"
        f"{ruby('専門家', 'せんもんか')}が子どもの{ruby('育', 'そだ')}て{ruby('方', 'かた')}を"
        "教えたり、子どもを守る仕事をする人を増やしたりします。"
    )
    html = (
        f'<html><body><div id="js-article-body"><p>{first}</p><p>{second}</p></div></body></html>'
    )
    article = _article(html, plugins)
    assert "子どもへの虐待をなくすための法律ができて、親が子どもを教育するために" in article.text
    assert "法律では虐待をした親に専門家が子どもの育て方を" in article.text
    assert "ぎゃくたい" not in article.text
