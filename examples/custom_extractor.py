"""Add your own extractor beside the built-in rules: a plugin on ``diplowire_extract``.

This one reports every summit an article mentions by name ("the G20 summit") as a
multilateral meeting. Registered in code here; a package would declare it under
``[project.entry-points.diplowire]`` instead.

    python examples/custom_extractor.py
"""

from __future__ import annotations

import re

import diplowire
from diplowire.models import Article, Evidence, Meeting, Records

SUMMIT = re.compile(r"\b(?:the\s+)?((?:[A-Z][\w-]*\s+){1,4}[Ss]ummit)\b")


class Summits:
    """Meetings named "... summit"."""

    name = "summits"

    @diplowire.hookimpl
    def diplowire_extract(self, article: Article) -> Records:
        found = []
        for index, paragraph in enumerate(article.paragraphs):
            for match in SUMMIT.finditer(paragraph):
                found.append(
                    Meeting(
                        id=f"{article.id}-summit-{index}-{match.start()}",
                        forum=match.group(1),
                        format="multilateral",
                        sources=[Evidence(article=article.id, paragraph=index, text=paragraph)],
                    )
                )
        return Records(meetings=found)


plugins = diplowire.Plugins.create(plugins=[Summits()])
text = (
    "Leaders meet\n\nNEW DELHI (AP) -- Prime Minister Narendra Modi welcomed leaders to the "
    "G20 Summit on Saturday, a day after he held talks with U.S. President Joe Biden."
)
dossier = diplowire.extract(text, plugins=plugins, merge=False)
for meeting in dossier.meetings:
    who = ", ".join(p.name for p in meeting.participants) or "-"
    print(f"{meeting.forum or 'talks'}: {who}")
