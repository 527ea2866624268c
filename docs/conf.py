"""Sphinx configuration for diplowire's documentation.

Build with ``python -m sphinx -W --keep-going -b html docs docs/_build/html`` after
``pip install -e ".[docs]"``; run the examples with ``-b doctest``. The build needs no
network: there is no intersphinx.
"""

from __future__ import annotations

from pathlib import Path

import diplowire

ROOT = Path(__file__).resolve().parent.parent

project = "diplowire"
author = "diplowire developers"
copyright = "diplowire developers"  # noqa: A001 (Sphinx's name for it)
release = diplowire.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]

exclude_patterns = ["_build"]
nitpicky = False

# -- autodoc: docstrings use reST :param: fields, so no napoleon -------------------------

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {
    "show-inheritance": True,
}
autodoc_preserve_defaults = True

# -- doctest: docstrings' examples run in one namespace per page ----------------------------

doctest_global_setup = f"""
from pathlib import Path
import diplowire
from diplowire import *
from diplowire.models import *
SEEDS = Path({str(ROOT / "seeds")!r})
"""

# -- HTML ---------------------------------------------------------------------------------

html_theme = "furo"
html_title = f"diplowire {release}"
