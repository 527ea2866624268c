"""Worker processes that end with the process that started them.

A worker of :func:`diplowire.batch.ingest.ingest` waits for jobs from its parent. When the
parent is killed (``SIGKILL``, or ``SIGTERM``, whose default action skips every
cleanup) nobody tells the workers, and they would wait for ever as orphans. On Linux
the kernel sends each worker ``SIGKILL`` when its parent dies (``PR_SET_PDEATHSIG``);
elsewhere a thread of the worker looks for a new parent once a second. A worker holds
nothing that needs saving: the parent alone writes the store.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_POLL_SECONDS = 1.0


def exit_with_parent(parent: int) -> None:
    """Make this process end when the process ``parent`` is gone.

    Meant as the ``initializer`` of a process pool, called in each worker with the
    pool owner's pid. The worker's own parent may be a fork server rather than the
    owner; that server ends with the owner, and the worker with the server. A parent
    that died before the call is noticed at once.
    """
    started_by = os.getppid()
    if not (sys.platform.startswith("linux") and _ask_the_kernel()):
        threading.Thread(
            target=_watch, args=(parent, started_by), name="parent-watch", daemon=True
        ).start()
    if _gone(parent):
        os._exit(1)


def _ask_the_kernel() -> bool:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        return int(libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)) == 0
    except (OSError, AttributeError):  # no libc, or no prctl in it
        return False


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0 only asks whether the process exists
    except ProcessLookupError:
        return True
    except PermissionError:  # it exists, and belongs to someone else
        return False
    return False


def _watch(parent: int, started_by: int) -> None:
    # Adopted by init or a subreaper when the direct parent dies; a dead owner that
    # nobody has reaped yet still answers signal 0, hence both tests.
    while os.getppid() == started_by and not _gone(parent):
        time.sleep(_POLL_SECONDS)
    os._exit(1)
