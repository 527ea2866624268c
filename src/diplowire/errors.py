"""Every error diplowire raises on purpose.

Catch :class:`DiplowireError` to catch them all::

    DiplowireError
    ├── InputError                 the input cannot be read as a document
    │   ├── EmptyInputError        nothing but whitespace
    │   ├── BinaryInputError       bytes that are not text (images, archives, PDFs)
    │   ├── DecodingError          text in an encoding that cannot be identified
    │   ├── InputTooLargeError     larger than the configured limit
    │   ├── SourceNotFoundError    a path that does not exist  (also a FileNotFoundError)
    │   ├── OutsideInputError      a link or manifest path leading outside the folder given
    │   └── FetchError             a URL that could not be downloaded
    │       ├── BlockedAddressError    a private, loopback or link-local address (SSRF guard)
    │       ├── HTTPStatusError        a permanent HTTP error (404, 410, other 4xx)
    │       └── TransientFetchError    retries exhausted on timeouts, resets, 429 or 5xx
    ├── ManifestError              a manifest that cannot be read or has bad rows
    ├── GoldError                  a gold annotation that cannot be read or breaks the format
    ├── StoreError                 the embedded store cannot be opened or written
    ├── EngineError                a distributed engine could not run the batch
    │   └── EngineNotInstalledError    its optional packages are missing (also an ImportError)
    ├── ParseError                 no adapter produced an article (e.g. HTML with no text)
    ├── TimeLimitError             a document overran its time limit (also a TimeoutError)
    ├── PluginError                a plugin raised, or returned something it must not
    │   └── PluginLoadError        a plugin could not be imported or registered
    ├── UnknownOutletError         an outlet name that no loaded plugin handles (also a LookupError)
    ├── UnknownPeopleModelError    a ``--model`` that no loaded plugin offers (also a LookupError)
    ├── PeopleModelNotInstalledError   a model's packages or pipeline are missing (an ImportError)
    ├── QueryError                 a query's country, date, agreement or person is not understood
    └── ModelError                 data that does not fit the record models

Each error carries its context as attributes (``source``, ``outlet``, ``plugin``,
``stage``) so a batch can record the failure instead of stopping.
Foreign exceptions (lxml, pydantic, OS errors) are translated at the boundary with
``raise ... from exc``, so the original is kept as ``__cause__``.
"""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "BlockedAddressError",
    "DecodingError",
    "DiplowireError",
    "EmptyInputError",
    "EngineError",
    "EngineNotInstalledError",
    "FetchError",
    "GoldError",
    "HTTPStatusError",
    "InputError",
    "InputTooLargeError",
    "ManifestError",
    "ModelError",
    "OutsideInputError",
    "ParseError",
    "PeopleModelNotInstalledError",
    "PluginError",
    "PluginLoadError",
    "QueryError",
    "SourceNotFoundError",
    "StoreError",
    "TimeLimitError",
    "TransientFetchError",
    "UnknownOutletError",
    "UnknownPeopleModelError",
]


class DiplowireError(Exception):
    """Base class of every error diplowire raises on purpose."""

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        stage: str | None = None,
        outlet: str | None = None,
        plugin: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.stage = stage
        self.outlet = outlet
        self.plugin = plugin

    def __str__(self) -> str:
        context = [
            f"{key}={value}"
            for key, value in (
                ("source", self.source),
                ("stage", self.stage),
                ("outlet", self.outlet),
                ("plugin", self.plugin),
            )
            if value
        ]
        return f"{self.message} ({', '.join(context)})" if context else self.message


class InputError(DiplowireError):
    """The input cannot be read as a news document."""


class EmptyInputError(InputError):
    """The input holds nothing but whitespace."""


class BinaryInputError(InputError):
    """The input is binary data, not text or HTML."""


class DecodingError(InputError):
    """The input's bytes are in no encoding that can be identified."""


class InputTooLargeError(InputError):
    """The input is larger than the configured size limit."""


class SourceNotFoundError(InputError, FileNotFoundError):
    """A path given as input does not exist."""


class OutsideInputError(InputError):
    """A symbolic link or manifest path leads outside the folder given; not followed."""


class FetchError(InputError):
    """A URL could not be downloaded."""

    status: int | None = None
    """The HTTP status behind the failure, if there was one."""
    attempts: int = 0
    """How many tries were made (0 when the URL was refused before any)."""


class BlockedAddressError(FetchError):
    """The URL resolves to a private, loopback or link-local address, which is refused."""


class HTTPStatusError(FetchError):
    """The server answered with a permanent error status (404, 410, other 4xx)."""


class TransientFetchError(FetchError):
    """Retries ran out on timeouts, connection errors, 429 or 5xx answers."""


class StoreError(DiplowireError):
    """The embedded store cannot be opened, migrated or written."""


class EngineError(DiplowireError):
    """A distributed engine (Dask) could not run a batch: no scheduler, or the run failed.

    A bad document never raises this: it is a failure row like everywhere else.
    """


class EngineNotInstalledError(EngineError, ImportError):
    """The packages of an optional engine are not installed; the message names the extra."""


class ManifestError(DiplowireError):
    """A manifest file cannot be read, or one of its rows is malformed."""


class GoldError(DiplowireError):
    """A gold annotation file cannot be read, or a field breaks the gold format.

    ``source`` names the file and ``field`` the dotted path of the bad field
    (``meetings.0.kind``), so an annotator knows exactly what to fix.
    """

    def __init__(
        self, message: str, *, source: str | None = None, field: str | None = None
    ) -> None:
        super().__init__(message, source=source, stage="gold")
        self.field = field


class ParseError(DiplowireError):
    """No outlet adapter could turn the document into an article."""


class TimeLimitError(DiplowireError, TimeoutError):
    """A document took longer to read, parse and extract than its time limit allows."""


class PluginError(DiplowireError):
    """A plugin raised, or returned a value of the wrong type."""


class PluginLoadError(PluginError):
    """A plugin could not be imported or registered."""


class UnknownOutletError(DiplowireError, LookupError):
    """An outlet was named that no loaded plugin handles."""


class UnknownPeopleModelError(DiplowireError, LookupError):
    """A model of people and roles was asked for (``--model``) that no loaded plugin offers."""


class PeopleModelNotInstalledError(DiplowireError, ImportError):
    """A model's packages or pretrained pipeline are not installed; the message names
    the command that installs them."""


class QueryError(DiplowireError, ValueError):
    """A query names a country, date, agreement or person the store cannot answer for.

    :param candidates: What the store does know that comes closest, for the message.
    """

    def __init__(self, message: str, *, candidates: list[str] | None = None) -> None:
        self.candidates = candidates or []
        if self.candidates:
            message = f"{message}; did you mean: {', '.join(self.candidates)}?"
        super().__init__(message, stage="query")


class ModelError(DiplowireError):
    """Data does not fit the record models."""
