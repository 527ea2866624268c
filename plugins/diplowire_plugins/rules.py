"""The built-in rule-based extractor, a plugin on the ``diplowire_extract`` hook.

Disable it (``DIPLOWIRE_DISABLED_PLUGINS=rules``) to run only your own extractors.
"""

from __future__ import annotations

from diplowire import Article, Records, hookimpl
from diplowire.extraction import extract


class RuleExtractor:
    """Meetings, statements and agreements found by lexicon-driven rules."""

    name = "rules"

    @hookimpl
    def diplowire_extract(self, article: Article) -> Records:
        """Extract records from one article."""
        return extract(article)


extractor = RuleExtractor()
