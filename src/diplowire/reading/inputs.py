"""Turning what a caller passes (paths, directories, text, bytes) into documents."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from diplowire.errors import (
    EmptyInputError,
    InputError,
    InputTooLargeError,
    OutsideInputError,
    SourceNotFoundError,
)
from diplowire.models import Failure
from diplowire.options import Options
from diplowire.reading.decoding import decode
from diplowire.reading.document import Document
from diplowire.reading.fetch import fetch
from diplowire.reading.manifest import Manifest

Source = str | bytes | os.PathLike[str]
"""An input: a path, a directory, a URL, a str of text or HTML, or bytes."""

_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
_PATH_LIKE = re.compile(r"^[^\x00-\x1f<>]{1,4096}$")


def label_of(path: str | os.PathLike[str]) -> str:
    """A path as text that prints, stores and serialises: undecodable bytes as ``\\xff``.

    File names are bytes; one that is not valid UTF-8 reaches Python with surrogate
    escapes, which JSON and SQLite refuse. The label is for people and records; the
    file is still opened by its real name.
    """
    return os.fspath(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def is_url(value: object) -> bool:
    """True for a str that is an http(s) URL and nothing else."""
    return isinstance(value, str) and bool(_URL.match(value.strip()))


def as_path(source: Source) -> Path | None:
    """The path a source names, or None when it is text or bytes.

    A str counts as a path when it is one line that exists on disk, or that looks
    like a file name (has a document suffix or a path separator and no spaces);
    anything else is document text.
    """
    if isinstance(source, bytes):
        return None
    if isinstance(source, os.PathLike):
        return Path(source)
    if not isinstance(source, str):
        return None  # no source at all: reading it records the failure
    if not _PATH_LIKE.match(source) or is_url(source):
        return None
    path = Path(source)
    try:
        if path.exists():
            return path
    except (OSError, ValueError):  # NUL bytes, names too long: text, not a path
        return None
    looks_like_file = path.suffix.lower() in {".txt", ".html", ".htm", ".json", ".csv"} or (
        os.sep in source and " " not in source
    )
    return path if looks_like_file and " " not in source.strip() else None


@dataclass(frozen=True, slots=True)
class Refused:
    """A document found but not read, and why: the error reading it would have raised.

    :func:`expand` yields one for a folder it cannot list and for a link leading out of
    the folder given, so the caller records a failure instead of losing the file.
    """

    error: InputError

    def failure(self) -> Failure:
        """The refusal as a failure record."""
        return Failure(
            source=self.error.source,
            stage=self.error.stage or "read",
            error=type(self.error).__name__,
            message=self.error.message,
        )


def expand(source: Source | Refused, options: Options) -> Iterator[Source | Refused]:
    """A directory's document files (recursively, sorted); any other source as it is.

    Sub-folders that cannot be listed, and symbolic links leading outside the directory
    (unless ``options.follow_outside``), come as :class:`Refused`. Links to folders are
    not followed.
    """
    path = as_path(source) if not isinstance(source, Refused) else None
    if path is None or not path.is_dir():
        yield source
        return
    tree = os.path.realpath(path)
    unlisted: list[OSError] = []
    for root, dirs, files in os.walk(path, onerror=unlisted.append):
        yield from _drain(unlisted)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in options.suffixes:
                yield _inside(Path(root) / name, tree, options)
    yield from _drain(unlisted)  # the last folder listed, or the top one


def _drain(unlisted: list[OSError]) -> Iterator[Refused]:
    for exc in unlisted:
        message = exc.strerror or str(exc)
        where = label_of(exc.filename) if exc.filename is not None else None
        yield Refused(InputError(f"cannot read the folder: {message}", source=where, stage="read"))
    unlisted.clear()


def _inside(path: Path, tree: str, options: Options) -> Path | Refused:
    """The file, or its refusal when it is a link out of the folder ``tree``."""
    if options.follow_outside or not path.is_symlink():
        return path
    target = os.path.realpath(path)
    if os.path.commonpath([tree, target]) == tree:
        return path
    return Refused(
        OutsideInputError(
            f"a symbolic link to {label_of(target)}, outside the folder given; not followed "
            "(allow with follow_outside, --follow-outside)",
            source=label_of(path),
            stage="read",
        )
    )


def manifest_inputs(manifest: Manifest, options: Options) -> Iterable[Source | Refused]:
    """The documents a manifest lists: its paths and URLs, in order.

    A path outside the manifest's folder (links resolved) is :class:`Refused` unless
    ``options.follow_outside``: a manifest handed over with a corpus must not read
    ``/etc/passwd`` or ``../../secret``.
    """
    for entry in manifest:
        if entry.path is None:
            yield entry.url or ""
        elif options.follow_outside or manifest.holds(entry.path):
            yield entry.path
        else:
            yield Refused(
                OutsideInputError(
                    "the path is outside the manifest's folder; not read "
                    "(allow with follow_outside, --follow-outside)",
                    source=label_of(entry.path),
                    stage="read",
                )
            )


def read(
    source: Source,
    *,
    options: Options,
    url: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    given_by: str = "argument",
) -> Document:
    """Read one source into a :class:`Document`."""
    path = as_path(source)
    if path is not None:
        label = label_of(source if isinstance(source, str) else path)
        data = _read_file(path, label, options)
        return Document(
            decode(data, source=label),
            source=label,
            url=url,
            published=published,
            outlet=outlet,
            given_by=given_by,
        )
    if is_url(source):
        page = fetch(str(source).strip(), options=options.fetch)
        document = Document(
            decode(page.content, source=page.url),
            source=page.url,
            url=url or page.final_url,
            published=published,
            outlet=outlet,
            given_by=given_by,
        )
        document.fetched = page
        return document
    if isinstance(source, bytes):
        _check_size(len(source), None, options)
        return Document(
            decode(source), url=url, published=published, outlet=outlet, given_by=given_by
        )
    if not isinstance(source, str):
        raise InputError(f"cannot read a {type(source).__name__} as a document", stage="read")
    _check_size(len(source.encode("utf-8", "surrogatepass")), None, options)
    if not source.strip():
        raise EmptyInputError("the document is empty", stage="read")
    return Document(source, url=url, published=published, outlet=outlet, given_by=given_by)


def _read_file(path: Path, label: str, options: Options) -> bytes:
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise InputError("a directory is not a document", source=label, stage="read")
        if not stat.S_ISREG(mode):
            # Opening a FIFO blocks until a writer comes; a device may never end.
            raise InputError(
                f"not a regular file but a {_kind(mode)}; not opened", source=label, stage="read"
            )
        _check_size(path.stat().st_size, label, options)
        with path.open("rb") as handle:
            data = handle.read(options.max_bytes + 1)
    except FileNotFoundError as exc:
        raise SourceNotFoundError("no such file", source=label, stage="read") from exc
    except IsADirectoryError as exc:
        raise InputError("a directory is not a document", source=label, stage="read") from exc
    except (OSError, ValueError) as exc:
        message = getattr(exc, "strerror", None) or str(exc)
        raise InputError(f"cannot read the file: {message}", source=label, stage="read") from exc
    _check_size(len(data), label, options)  # the file may have grown since stat()
    return data


def _kind(mode: int) -> str:
    for test, kind in (
        (stat.S_ISFIFO, "FIFO"),
        (stat.S_ISSOCK, "socket"),
        (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"),
    ):
        if test(mode):
            return kind
    return "special file"


def _check_size(size: int, label: str | None, options: Options) -> None:
    if size > options.max_bytes:
        raise InputTooLargeError(
            f"the document is {size:,} bytes, over the limit of {options.max_bytes:,}",
            source=label,
            stage="read",
        )
