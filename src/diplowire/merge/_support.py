"""Helpers the in-memory and the streamed merge share."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")


def in_key_order(by_key: dict[str, T]) -> list[T]:
    """The values in the order of their keys; the dict is emptied, so they are not held twice."""
    ordered = [by_key[key] for key in sorted(by_key)]
    by_key.clear()
    return ordered


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    # A merge allocates millions of short-lived, acyclic objects (refcounting frees
    # them); the cycle collector would rescan the growing heap again and again for
    # nothing, close to half the time of a large merge.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
