"""What a benchmark table names about the run: the processor and the packages' versions."""

from __future__ import annotations

import importlib.metadata
import platform
from pathlib import Path


def cpu() -> str:
    """The processor the figures were measured on, as the system names it."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def version(package: str) -> str:
    """The installed version of ``package``, or "not installed"."""
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"
