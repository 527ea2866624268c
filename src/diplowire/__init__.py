"""diplowire: diplomatic news from wire services and newspapers, as typed records.

>>> import diplowire
>>> article = diplowire.parse("SEOUL, Nov. 15 (Yonhap) -- South Korea and Japan held talks.")
>>> article.wire, article.dateline_place
(['Yonhap'], 'Seoul')
"""

from __future__ import annotations

import logging

from diplowire._version import __version__
from diplowire.errors import (
    BinaryInputError,
    BlockedAddressError,
    DecodingError,
    DiplowireError,
    EmptyInputError,
    EngineError,
    EngineNotInstalledError,
    FetchError,
    GoldError,
    HTTPStatusError,
    InputError,
    InputTooLargeError,
    ManifestError,
    ModelError,
    OutsideInputError,
    ParseError,
    PeopleModelNotInstalledError,
    PluginError,
    PluginLoadError,
    QueryError,
    SourceNotFoundError,
    StoreError,
    TimeLimitError,
    TransientFetchError,
    UnknownOutletError,
    UnknownPeopleModelError,
)
from diplowire.evaluation import evaluate
from diplowire.hookimpl import hookimpl
from diplowire.merge import merge, merge_json
from diplowire.models import (
    Agreement,
    AgreementEvent,
    Article,
    Dossier,
    Evidence,
    Failure,
    Meeting,
    Person,
    Records,
    RenewalRule,
    Statement,
)
from diplowire.options import Options
from diplowire.pipeline import extract, iter_records, parse
from diplowire.plugins.adapter import Draft, Layout, OutletAdapter
from diplowire.plugins.detection import Detection
from diplowire.plugins.manager import Plugins, get_plugins
from diplowire.reading.document import Document
from diplowire.reading.manifest import Manifest
from diplowire.timeline import TimelineEntry, timeline

__all__ = [
    "Agreement",
    "AgreementEvent",
    "Article",
    "BinaryInputError",
    "BlockedAddressError",
    "DecodingError",
    "Detection",
    "DiplowireError",
    "Document",
    "Dossier",
    "Draft",
    "EmptyInputError",
    "EngineError",
    "EngineNotInstalledError",
    "Evidence",
    "Failure",
    "FetchError",
    "GoldError",
    "HTTPStatusError",
    "InputError",
    "InputTooLargeError",
    "Layout",
    "Manifest",
    "ManifestError",
    "Meeting",
    "ModelError",
    "Options",
    "OutletAdapter",
    "OutsideInputError",
    "ParseError",
    "PeopleModelNotInstalledError",
    "Person",
    "PluginError",
    "PluginLoadError",
    "Plugins",
    "QueryError",
    "Records",
    "RenewalRule",
    "SourceNotFoundError",
    "Statement",
    "StoreError",
    "TimeLimitError",
    "TimelineEntry",
    "TransientFetchError",
    "UnknownOutletError",
    "UnknownPeopleModelError",
    "__version__",
    "evaluate",
    "extract",
    "get_plugins",
    "hookimpl",
    "iter_records",
    "merge",
    "merge_json",
    "parse",
    "timeline",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
