"""Loading the data files (lexicons) that drive parsing and extraction.

Lexicons are TOML files in ``diplowire/data``; they are read once per process.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """Return the parsed lexicon ``diplowire/data/<name>.toml``.

    >>> "agency" in load("wires")
    True
    """
    text = resources.files("diplowire.data").joinpath(f"{name}.toml").read_text("utf-8")
    return tomllib.loads(text)
