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


PARK_STORY = [
    "Sono almeno 9 le femmine di orso marsicano che si sono riprodotte nel 2019 nel Parco "
    "e 16 i cuccioli contati, i valori massimi osservati in quattordici anni.",
    "Il risultato è molto positivo in virtù del fatto che questo è il quarto anno "
    "consecutivo in cui si osservano da 10 a 16 nuovi nati nella popolazione.",
    "In questo contesto è chiaro che il futuro dell'orso sta in buona parte nella "
    "sopravvivenza delle femmine adulte e nella loro espansione in nuove aree.",
]


def test_a_page_inside_noscript_is_read(plugins: diplowire.Plugins) -> None:
    # A park's site draws itself by script and puts the whole page, story and all, in
    # one <noscript>: nothing outside it holds prose.
    story = "".join(f"<p>{line}</p>" for line in PARK_STORY)
    html = (
        "<html><body><script>draw()</script><noscript><div id='page'><div class='menu'>"
        "<a href='/'>Home</a></div><div class='dettaglio'><h1>Orso marsicano</h1>"
        f"{story}</div></div></noscript></body></html>"
    )
    article = _article(html, plugins)
    assert article.paragraphs == PARK_STORY


def test_a_noscript_notice_is_not_read(plugins: diplowire.Plugins) -> None:
    story = "".join(f"<p>{line}</p>" for line in PARK_STORY)
    notice = "<noscript><p>Please enable JavaScript to view the comments.</p></noscript>"
    html = f"<html><body><article>{story}{notice}</article></body></html>"
    article = _article(html, plugins)
    assert article.paragraphs == PARK_STORY


MATCH_ENTRIES = [
    "C'est terminé au Moustoir ! Lorient a tenu bon face à Lyon et décroche le nul.",
    "Sur un long une-deux entre Wissa et Hamel, le premier marque mais l'arbitre-assistant "
    "signale un hors-jeu du second. La VAR est consultée.",
    "Le coup de pied de coin ne donne rien. Les Lyonnais repartent en contre.",
    "Les deux équipes se cherchent en ce début de match, sans occasion franche.",
]


def test_a_live_commentary_named_for_comments_is_the_story(plugins: diplowire.Plugins) -> None:
    # A sports site's minute-by-minute report: each entry is a "live-match-comment".
    entries = "".join(
        f'<div class="live-match-comment slider-ele right"><div class="live-match-comment-time">'
        f'<span>{90 - 20 * n}\'</span></div><div class="live-match-comment-body">{entry}</div></div>'
        for n, entry in enumerate(MATCH_ENTRIES)
    )
    html = (
        "<html><body><div class='score'><p>Lorient 1 - 1 Lyon</p></div>"
        f"<div class='live-match-comments clearfix'>{entries}</div>"
        "<div class='comments'><p>Quel match nul, franchement, on s'est ennuyés du début à la"
        " fin de cette rencontre.</p></div></body></html>"
    )
    article = _article(html, plugins)
    for entry in MATCH_ENTRIES:
        assert entry in article.text
    assert "on s'est ennuyés" not in article.text


def test_a_reader_comment_thread_is_still_left_out(plugins: diplowire.Plugins) -> None:
    story = "".join(f"<p>{line}</p>" for line in PARK_STORY)
    comment = (
        "Bellissima notizia, speriamo che anche il prossimo anno i cuccioli siano così tanti "
        "e che nessuno li disturbi più con le automobili sulle strade del parco."
    )
    html = (
        f"<html><body><article>{story}<div class='comment-list'><div class='comment-body'>"
        f"<p>{comment}</p></div></div></article></body></html>"
    )
    article = _article(html, plugins)
    assert comment not in article.text


def test_a_metered_paywall_count_and_a_caption_line_are_no_body(
    plugins: diplowire.Plugins,
) -> None:
    # A Montreal daily sets its free-article count above the story; a Czech radio's
    # French site sets a photo's caption as the first paragraph.
    story = "".join(f"<p>{line}</p>" for line in MATCH_ENTRIES)
    for furniture in (
        "Vous avez lu 1 des 4 articles gratuits ce mois-ci.",
        "Roman Prymula, photo: Archives du Gouvernement tchèque",
    ):
        html = f"<html><body><article><p>{furniture}</p>{story}</article></body></html>"
        article = _article(html, plugins)
        assert furniture not in article.text
        assert article.paragraphs[0] == MATCH_ENTRIES[0]


LYRICS = [
    "爱 逝去的爱 讨不回来",
    "Ai shi qu de ai tao bu hui lai",
    "我还有话想对你说",
    "Wo hai you hua xiang dui ni shuo",
    "舍不得说 来不及说",
    "She bu de shuo lai bu ji shuo",
    "[Chorus]",
    "就放心去吧",
    "Jiu fang xin qu ba",
    "Repeat Chorus",
]


def test_verse_set_line_by_line_is_read(plugins: diplowire.Plugins) -> None:
    # A lyrics blog sets each line of a song apart by <br>, stanzas by two: each line
    # alone is too short to read as prose.
    lines = "<br />".join(LYRICS[:6]) + "<br /><br />" + "<br />".join(LYRICS[6:])
    html = (
        "<html><body><div class='post hentry'><h3 class='post-title'>Zhi Neng Xiang Nian Ni</h3>"
        f"<div class='post-body entry-content'><iframe src='v'></iframe><br />{lines}<br /><br />"
        "</div><div class='post-footer'>Posted by K A</div></div></body></html>"
    )
    article = _article(html, plugins)
    assert article.paragraphs == LYRICS


def test_a_few_short_lines_or_a_list_of_fields_are_not_verse(plugins: diplowire.Plugins) -> None:
    story = "".join(f"<p>{line}</p>" for line in PARK_STORY)
    address = "Parco Nazionale<br />Viale Santa Lucia<br />Pescasseroli<br />Tel. 0863/91131"
    fields = "<br />".join(f"F{n} name: {n}" for n in range(8))
    html = (
        f"<html><body><article>{story}<div class='box'>{address}</div>"
        f"<div class='dump'>{fields}<br /></div></article></body></html>"
    )
    article = _article(html, plugins)
    assert article.paragraphs == PARK_STORY
