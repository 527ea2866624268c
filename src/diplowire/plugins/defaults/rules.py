"""The built-in rule-based extractor, a plugin on the ``diplowire_extract`` hook.

Disable it (``DIPLOWIRE_DISABLED_PLUGINS=rules``) to run only your own extractors.
"""

from __future__ import annotations

import hashlib
import os
from contextlib import suppress
from functools import cache
from importlib import resources
from pathlib import Path

from diplowire._version import __version__
from diplowire.extraction import extract
from diplowire.extraction.lexicon import ENVIRONMENT
from diplowire.extraction.readings import PeopleModel
from diplowire.hookimpl import hookimpl
from diplowire.models import Article, Records

RULE_PACKAGES = ("diplowire.extraction", "diplowire.models")
"""Packages whose code is the rules (the patterns, and how names become keys)."""


class RuleExtractor:
    """Meetings, statements and agreements found by lexicon-driven rules."""

    name = "rules"

    @property
    def version(self) -> str:
        """The diplowire version and a fingerprint of the rules and lexicons in use.

        A store re-extracts the articles that an older version read
        (``diplowire ingest --refresh``): a changed lexicon, a user's lexicon directory
        (``DIPLOWIRE_LEXICONS``) or changed rule code changes the fingerprint, even
        within one release.
        """
        return f"{__version__}+rules.{fingerprint(os.environ.get(ENVIRONMENT, ''))}"

    @hookimpl
    def diplowire_extract(self, article: Article, model: PeopleModel | None) -> Records:
        """Extract records from one article, consulting ``model`` when one is chosen."""
        return extract(article, model)


def fingerprint(lexicon_dirs: str) -> str:
    """12 hex digits of a hash of the rule code, the bundled lexicons and the user's."""
    return _fingerprint(lexicon_dirs, _stamps(lexicon_dirs))


def _stamps(lexicon_dirs: str) -> tuple[tuple[str, int, int], ...]:
    """The user's lexicon files as they are now, so that an edit is a new fingerprint."""
    found = []
    for directory in filter(None, lexicon_dirs.split(os.pathsep)):
        for path in sorted(Path(directory).glob("*.toml")):
            with suppress(OSError):
                status = path.stat()
                found.append((str(path), status.st_mtime_ns, status.st_size))
    return tuple(found)


@cache
def _fingerprint(lexicon_dirs: str, stamps: tuple[tuple[str, int, int], ...]) -> str:
    digest = hashlib.sha256()
    files: list[tuple[str, bytes]] = []
    for package in RULE_PACKAGES:
        folder = resources.files(package)
        files += [(f"{package}/{f.name}", f.read_bytes()) for f in folder.iterdir()
                  if f.name.endswith(".py")]  # fmt: skip
    data = resources.files("diplowire.data")
    lexicons = sorted(f.name for f in data.iterdir() if f.name.endswith(".toml"))
    files += [(f"data/{name}", data.joinpath(name).read_bytes()) for name in lexicons]
    for directory in filter(None, lexicon_dirs.split(os.pathsep)):
        for name in lexicons:
            path = Path(directory) / name
            if path.is_file():
                try:
                    files.append((str(path), path.read_bytes()))
                except OSError:  # the lexicon loader reports it; here it is just different
                    files.append((str(path), b"unreadable"))
    for name, content in sorted(files):
        digest.update(name.encode() + b"\0" + hashlib.sha256(content).digest())
    return digest.hexdigest()[:12]


extractor = RuleExtractor()
