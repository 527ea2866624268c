"""The built-in rule-based extractor, a plugin on the ``diplowire_extract`` hook.

Disable it (``DIPLOWIRE_DISABLED_PLUGINS=rules``) to run only your own extractors.
"""

from __future__ import annotations

from diplowire.extraction import extract
from diplowire.hookimpl import hookimpl
from diplowire.models import Article, Records


class RuleExtractor:
    """Meetings, statements and agreements found by lexicon-driven rules."""

    name = "rules"

    @hookimpl
    def diplowire_extract(self, article: Article) -> Records:
        """Extract records from one article."""
        return extract(article)


extractor = RuleExtractor()
