"""A time limit for one piece of work, in whichever thread runs it.

Batch ingest gives every document a time limit. In a process's main thread (the
workers of ``diplowire ingest``) the limit is ``SIGALRM``, which also interrupts a
blocking system call. Signals reach only the main thread, and a Dask worker runs its
tasks in a thread pool, so elsewhere one watchdog thread per process raises the
expiry in the late thread with ``PyThreadState_SetAsyncExc``.

Both ways deliver the expiry between two bytecodes, never inside one long call into C
(a regular expression, lxml): such a call finishes first, and the expiry is raised as
soon as it returns. The watchdog cannot interrupt a blocking call either (``sleep``, a
read from a silent socket); :func:`run_or_abandon` bounds the wait for those by
leaving the work to finish in a thread nobody waits for.

>>> from diplowire.batch.deadline import time_limit
>>> with time_limit(5.0):
...     1 + 1
2
"""

from __future__ import annotations

import ctypes
import heapq
import itertools
import signal
import threading
import time
from collections.abc import Callable
from types import FrameType, TracebackType
from typing import TypeVar

__all__ = ["Expired", "run_or_abandon", "time_limit"]

T = TypeVar("T")


class Expired(BaseException):
    """The time limit ran out.

    Not an :class:`Exception`, so that the isolation of plugins (which catches their
    exceptions to record them and go on) cannot swallow it.
    """


def _raise_expired(signum: int, frame: FrameType | None) -> None:
    raise Expired


class _Watchdog:
    """One thread that raises :class:`Expired` in threads whose deadline passed."""

    def __init__(self) -> None:
        # Worker threads take the plain lock (a C ``__enter__``): an expiry raised in
        # them right after it is taken still releases it. Only the watchdog waits.
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._heap: list[tuple[float, int, int]] = []  # (when, token, thread id)
        self._armed: dict[int, int] = {}  # token -> thread id
        self._fired: dict[int, int] = {}  # thread id -> token whose expiry was sent
        self._tokens = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, seconds: float) -> int:
        with self._lock:
            token = next(self._tokens)
            ident = threading.get_ident()
            self._armed[token] = ident
            heapq.heappush(self._heap, (time.monotonic() + seconds, token, ident))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="diplowire-deadline", daemon=True
                )
                self._thread.start()
            self._cond.notify()
            return token

    def disarm(self, token: int) -> bool:
        """Cancel; True when the expiry was already sent to the calling thread."""
        with self._lock:
            self._armed.pop(token, None)
            ident = threading.get_ident()
            if self._fired.get(ident) != token:
                return False
            del self._fired[ident]
            # Sent but perhaps not raised yet: withdraw it, or it would hit whatever
            # this thread runs next.
            _set_async_exc(ident, None)
            return True

    def _run(self) -> None:
        with self._cond:
            while True:
                while self._heap and self._heap[0][1] not in self._armed:
                    heapq.heappop(self._heap)  # disarmed in time
                if not self._heap:
                    self._cond.wait()
                    continue
                when, token, ident = self._heap[0]
                left = when - time.monotonic()
                if left > 0:
                    self._cond.wait(left)
                    continue
                heapq.heappop(self._heap)
                del self._armed[token]
                self._fired[ident] = token
                _set_async_exc(ident, Expired)


def _set_async_exc(ident: int, exc: type[BaseException] | None) -> None:
    # NULL (None) withdraws a pending exception; a py_object sets one.
    value = ctypes.py_object(exc) if exc is not None else None
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), value)


_WATCHDOG = _Watchdog()


class time_limit:  # lower case: it reads like a function, ``with time_limit(60):``
    """Raise :class:`Expired` in the calling thread when the block runs over ``seconds``.

    ``None`` sets no limit. In the main thread an alarm set before (an outer limit, a
    test runner's) is put back on exit, less the time the block took; when it is due
    first, the block is stopped at its time and the alarm rings as soon as it ends.
    """

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self._token: int | None = None
        self._previous: signal.Handlers | object = None
        self._outer: tuple[float, float] | None = None  # (seconds left, when armed)

    def __enter__(self) -> time_limit:
        if self.seconds is None:
            return self
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGALRM, _raise_expired)
            left, _ = signal.setitimer(signal.ITIMER_REAL, self.seconds)
            if left > 0:
                self._outer = (left, time.monotonic())
                signal.setitimer(signal.ITIMER_REAL, min(left, self.seconds))
        else:
            self._token = _WATCHDOG.arm(self.seconds)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self.seconds is None:
            return
        if self._token is None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)  # type: ignore[arg-type]
            if self._outer is not None:
                left, armed = self._outer
                # Never 0, which would cancel it: an alarm already due rings at once.
                signal.setitimer(signal.ITIMER_REAL, max(left - (time.monotonic() - armed), 1e-6))
            return
        while True:
            try:
                _WATCHDOG.disarm(self._token)
                return
            except Expired:
                # Sent while the work was finishing: the work is done, keep its result;
                # the watchdog sends one expiry per deadline, so the retry ends.
                continue


def run_or_abandon(work: Callable[[], T], seconds: float) -> T:
    """``work()`` in a thread of its own; :class:`Expired` when it has not returned in time.

    For a thread that cannot be interrupted in a blocking call (a Dask worker's): the
    caller goes on, and the late thread is left to finish its call, after which any
    :func:`time_limit` inside it ends it at its next bytecode. Its result is dropped.
    """
    results: list[T] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            results.append(work())
        except BaseException as exc:  # handed to the caller, who decides
            errors.append(exc)

    thread = threading.Thread(target=run, name="diplowire-work", daemon=True)
    thread.start()
    thread.join(seconds)
    if errors:
        raise errors[0]
    if not results:
        raise Expired
    return results[0]
