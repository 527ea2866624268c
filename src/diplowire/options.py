"""Options that tune reading and parsing, gathered in one object."""

from __future__ import annotations

from dataclasses import dataclass, field

from diplowire.reading.fetch import FetchOptions

DOCUMENT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".shtml")
"""File suffixes read when a directory is given as input."""


@dataclass(frozen=True, slots=True)
class Options:
    """How diplowire reads documents.

    :param max_bytes: Inputs larger than this are refused with
        :class:`~diplowire.errors.InputTooLargeError` (default 20 MiB; real article
        pages are well under 2 MiB).
    :param suffixes: File suffixes taken from directories.
    :param fetch: How URLs are downloaded (timeouts, retries, the SSRF guard).
    :param timeout: Seconds one document may take to be read, parsed and extracted
        (default 60, as ``diplowire ingest``); a document that overruns becomes a
        failure (stage ``timeout``) and the rest go on. None for no limit.
        :func:`~diplowire.batch.ingest.ingest` replaces it with its own ``timeout``.
    :param follow_outside: Read symbolic links in a folder given as input that lead
        outside it, and manifest paths outside the manifest's folder. Off by default:
        such a file is a failure (:class:`~diplowire.errors.OutsideInputError`), so a
        link to ``/etc/passwd`` dropped into a corpus is not read into the output.
    :param model: The model of people and roles the rules extractor consults:
        ``"rules"`` (the default) for the rules alone, or a name a plugin offers through
        :func:`~diplowire.plugins.hookspecs.diplowire_people_model`, such as ``"spacy"``
        (``pip install 'diplowire[spacy]'``).
    """

    max_bytes: int = 20 * 1024 * 1024
    suffixes: tuple[str, ...] = DOCUMENT_SUFFIXES
    fetch: FetchOptions = field(default_factory=FetchOptions)
    timeout: float | None = 60.0
    follow_outside: bool = False
    model: str = "rules"
