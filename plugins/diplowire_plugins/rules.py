"""The rules extractor, kept importable here: it now lives in
:mod:`diplowire.plugins.defaults.rules` and loads as a default plugin."""

from __future__ import annotations

from diplowire.plugins.defaults.rules import RuleExtractor, extractor

__all__ = ["RuleExtractor", "extractor"]
