"""Clauses: the stretch of a sentence a cue word governs, for local patterns."""

from __future__ import annotations

import re

_CONNECTORS = (
    "since|after|before|when|while|if|although|though|because|whereas|which|who|whose|"
    "where|but|unlike|unless"
)
# Read in the text behind one space standing for its start: a pattern that opens with
# a character class is skipped from candidate to candidate by the engine, where
# "(?:^|[\s,;])" is tried at every position. The lookahead rules out most words.
_CONNECTOR = re.compile(
    rf"[\s,;](?=(?i:[{''.join(sorted({word[0] for word in _CONNECTORS.split('|')}))}]))"
    rf"(?i:{_CONNECTORS})\s"
)
_CLAUSE_END = re.compile(
    r"[;:]|,\s+(?:and\s+(?:they|he|she|it|the\s+two|both|then)|but|while|which|who|where|as|"
    r"after|before|when|since)\s|\s(?:since|because|although|unless|that|saying|adding|noting)\s"
    r"|\sand\s+(?:agreed|decided|pledged|vowed|said|announced|signed|released|adopted)\b"
    # ", and President Yoon Suk Yeol signed off": a new subject, a new clause.
    r"|,\s+and\s+(?:(?:[A-Z][\w.'’-]*|then|the)\s+){1,6}(?:signed|said|approved|announced|told|"
    r"added|agreed|called|urged|expressed|met|held|visited|later)\b"
)


_PARENTHETICAL = re.compile(
    r",\s+(?:who|whose|which|where)\b[^,;]{1,120},(?=\s+(?:in|on|at|for|to|with|during|and)\s)"
)


def clause_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: from the last subordinating word before it
    ("since his predecessor, Park Jin, held talks") to where the next clause begins.

    A relative clause set off by commas (", who took office in 2018,") is skipped over:
    the main clause goes on after it.

    >>> text = "Kono met Jeong, who took office in 2018, in Bangkok on Sunday, and they agreed."
    >>> begin, end = clause_of(text, 5, 8)
    >>> text[begin:end]
    'Kono met Jeong, who took office in 2018, in Bangkok on Sunday'
    """
    begin = 0
    for match in _CONNECTOR.finditer(" " + text[:start]):
        begin = match.end() - 1
    at = end
    while True:
        end_match = _CLAUSE_END.search(text, at)
        if end_match is None:
            return begin, len(text)
        parenthetical = _PARENTHETICAL.match(text, end_match.start())
        if parenthetical is None:
            return begin, end_match.start()
        at = parenthetical.end()
