"""Download news pages over HTTP(S), carefully.

:func:`fetch` downloads one URL and returns a :class:`FetchedPage` holding the body's
bytes untouched (decoding them is the job of :mod:`diplowire.reading.decoding`);
:func:`fetch_many` downloads many over one connection pool and yields each failure
instead of raising it.

Safety
    Only ``http`` and ``https`` URLs are fetched. Redirects are followed here, one hop
    at a time, so every hop is checked: its scheme must stay ``http(s)``, its host must
    pass the SSRF guard, and more than :attr:`FetchOptions.max_redirects` hops (a
    redirect loop, say) is a :class:`~diplowire.errors.FetchError`. The SSRF guard
    resolves each host and refuses it with
    :class:`~diplowire.errors.BlockedAddressError` if *any* of its addresses is private,
    loopback, link-local, multicast, reserved, unspecified or otherwise not globally
    routable, unless :attr:`FetchOptions.allow_private` is set. The connection goes to
    the addresses the guard checked, in the resolver's order, never to a second answer
    (a DNS server that answers a public address to the guard and a private one a moment
    later, "DNS rebinding", reaches nothing): the request is sent to the address, with
    the name in its ``Host`` header and as the TLS server name (SNI, and the name the
    certificate is checked against). A request through a proxy from the environment
    (``HTTPS_PROXY``, ``ALL_PROXY``) is not pinned: the proxy resolves the name. A
    client given to :func:`fetch` with a proxy of its own should come with
    :attr:`FetchOptions.allow_private`, for the request would name the address. Bodies
    are streamed and abandoned as soon as they exceed :attr:`FetchOptions.max_bytes`
    (after content decoding, so a compressed bomb is caught too); a ``Content-Length``
    above the cap is refused before reading. A whole fetch, every try included, ends at
    :attr:`FetchOptions.deadline`, so a server that sends a byte a second cannot hold
    it.

Retry policy
    A download is tried up to :attr:`FetchOptions.attempts` times in all (redirects
    included: each try starts again from the URL asked for). Retried are

    * timeouts (:class:`httpx.TimeoutException`) and transport failures
      (:class:`httpx.TransportError`: refused or reset connections, a server that hangs
      up mid-answer), except the two that no retry can cure
      (:class:`httpx.UnsupportedProtocol`, :class:`httpx.LocalProtocolError`);
    * a DNS lookup that failed temporarily (``EAI_AGAIN``);
    * HTTP ``429 Too Many Requests`` and every ``5xx`` answer.

    Between tries, :mod:`stamina` waits an exponentially growing, jittered backoff that
    starts near :attr:`FetchOptions.wait_initial` and never exceeds
    :attr:`FetchOptions.wait_max`. When a ``429`` or ``503`` answer carries
    ``Retry-After`` (seconds or an HTTP date), that wait is used instead, capped at
    :attr:`FetchOptions.retry_after_max`. Permanent errors are never retried: ``404``,
    ``410`` and every other ``4xx`` raise :class:`~diplowire.errors.HTTPStatusError` at
    once, and so do refused URLs, blocked addresses, redirect problems and oversized
    bodies. When the tries run out, :class:`~diplowire.errors.TransientFetchError` is
    raised from the last failure.

Every :class:`~diplowire.errors.FetchError` raised here carries ``source`` (the URL
asked for), ``stage="fetch"``, ``status`` (the HTTP status behind it, or ``None``) and
``attempts`` (how many tries were made; ``0`` when the URL was refused before any).
"""

from __future__ import annotations

import email.message
import email.utils
import ipaddress
import socket
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

import httpx
import stamina

from diplowire._version import __version__
from diplowire.batch.deadline import Expired, time_limit
from diplowire.errors import (
    BlockedAddressError,
    FetchError,
    HTTPStatusError,
    TransientFetchError,
)

__all__ = ["DEFAULT_USER_AGENT", "FetchOptions", "FetchedPage", "fetch", "fetch_many"]

DEFAULT_USER_AGENT = f"diplowire/{__version__} (+https://github.com/diplowire/diplowire)"
"""The ``User-Agent`` sent with every request unless :class:`FetchOptions` says otherwise."""

_SCHEMES = frozenset({"http", "https"})
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_RETRY_AFTER_STATUSES = frozenset({429, 503})
_STAGE = "fetch"

_E = TypeVar("_E", bound=FetchError)


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How :func:`fetch` and :func:`fetch_many` download.

    :param timeout: Seconds allowed to connect, and to wait for each read.
    :param max_bytes: Bodies larger than this (after content decoding) are refused with
        :class:`~diplowire.errors.FetchError`; reading stops as soon as the cap is passed.
    :param max_redirects: Redirect hops followed before giving up.
    :param attempts: Total tries for transient failures (1 means no retry).
    :param wait_initial: First backoff between tries, in seconds (plus up to 1 s of
        jitter, never more than *wait_max* in all).
    :param wait_max: Longest backoff between tries, in seconds.
    :param retry_after_max: A ``Retry-After`` wait is honoured up to this many seconds.
    :param allow_private: Turn the SSRF guard off, so that private and loopback
        addresses may be fetched (local test servers, intranets).
    :param user_agent: The ``User-Agent`` header sent with every request.
    :param deadline: Seconds one whole fetch may take, every try, redirect and wait
        included, however slowly the server trickles bytes (``timeout`` bounds each
        read only); past it, :class:`~diplowire.errors.TransientFetchError`. None for
        no deadline.
    :raises ValueError: If a number is out of range.
    """

    timeout: float = 20.0
    max_bytes: int = 20 * 1024 * 1024
    max_redirects: int = 5
    attempts: int = 4
    wait_initial: float = 0.5
    wait_max: float = 30.0
    retry_after_max: float = 60.0
    allow_private: bool = False
    user_agent: str = DEFAULT_USER_AGENT
    deadline: float | None = 120.0

    def __post_init__(self) -> None:
        if not self.timeout > 0:
            raise ValueError(f"timeout must be positive, not {self.timeout!r}")
        if self.deadline is not None and not self.deadline > 0:
            raise ValueError(f"deadline must be positive, not {self.deadline!r}")
        if self.attempts < 1:
            raise ValueError(f"attempts must be at least 1, not {self.attempts!r}")
        for name in ("max_bytes", "max_redirects", "wait_initial", "wait_max", "retry_after_max"):
            value = getattr(self, name)
            if value < 0:
                raise ValueError(f"{name} must not be negative, not {value!r}")


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A downloaded page: the body's bytes exactly as received, with where and when.

    :param url: The URL asked for.
    :param final_url: The URL the body came from, after redirects.
    :param status: The HTTP status of the final answer (a ``2xx``).
    :param headers: The final answer's headers, names in lower case (repeated headers
        joined with ``", "``).
    :param content: The body, content-decoded (gzip, deflate) but otherwise untouched.
    :param attempts: How many tries it took (1 when the first succeeded).
    :param fetched_at: When the download finished, an ISO 8601 timestamp in UTC.
    """

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    content: bytes
    attempts: int
    fetched_at: str

    @property
    def http_date(self) -> str | None:
        """The ISO day (``YYYY-MM-DD``, UTC) of the ``Date`` header: when the server answered."""
        return _iso_day(self.headers.get("date"))

    @property
    def published_hint(self) -> str | None:
        """The ISO day (UTC) of the ``Last-Modified`` header.

        Only a hint of the publication date: servers also stamp edits, re-renders and
        cache refreshes.
        """
        return _iso_day(self.headers.get("last-modified"))

    @property
    def charset(self) -> str | None:
        """The ``charset`` parameter of ``Content-Type``, lower-cased, as the server claimed.

        Servers are often wrong; the bytes in :attr:`content` are left as they came.
        """
        content_type = self.headers.get("content-type")
        if not content_type:
            return None
        message = email.message.Message()
        message["content-type"] = content_type
        charset = message.get_content_charset()
        if charset is None:
            return None
        return charset.strip() or None


def fetch(
    url: str,
    *,
    options: FetchOptions | None = None,
    client: httpx.Client | None = None,
) -> FetchedPage:
    """Download *url*, retrying transient failures (see the module docs for the policy).

    :param url: An ``http`` or ``https`` URL.
    :param options: How to download; :class:`FetchOptions` defaults when ``None``.
    :param client: An :class:`httpx.Client` to reuse (it is not closed). Redirects are
        followed here whatever the client says, and the timeout and ``User-Agent`` of
        *options* are sent with each request.
    :returns: The page, with its bytes untouched.
    :raises BlockedAddressError: The host (of the URL or of a redirect) resolves to a
        private, loopback, link-local or otherwise non-public address.
    :raises HTTPStatusError: A permanent error status (``404``, ``410``, other ``4xx``).
    :raises TransientFetchError: The tries ran out on timeouts, connection errors,
        ``429`` or ``5xx`` answers.
    :raises FetchError: Any other refusal: not an http(s) URL, too many redirects, a
        redirect to another scheme, a body over the size cap.
    """
    opts = options if options is not None else FetchOptions()
    start = _checked_url(url, url)
    try:
        with time_limit(opts.deadline):
            if client is not None:
                return _fetch_with_retries(url, start, opts, client)
            with _new_client(opts) as own_client:
                return _fetch_with_retries(url, start, opts, own_client)
    except Expired:
        if opts.deadline is None:
            raise  # a limit of the caller's own
        raise _error(
            TransientFetchError,
            f"no complete answer within the deadline of {opts.deadline:g} s",
            url,
        ) from None


def fetch_many(
    urls: Iterable[str],
    *,
    options: FetchOptions | None = None,
) -> Iterator[FetchedPage | FetchError]:
    """Download each of *urls* in turn over one client, yielding pages and failures.

    A URL that cannot be downloaded yields its :class:`~diplowire.errors.FetchError`
    (never raised), so one bad URL does not stop a batch. Results come in the order of
    *urls*.

    :param urls: ``http`` or ``https`` URLs.
    :param options: How to download; :class:`FetchOptions` defaults when ``None``.
    """
    opts = options if options is not None else FetchOptions()
    with _new_client(opts) as client:
        for url in urls:
            try:
                page = fetch(url, options=opts, client=client)
            except FetchError as exc:
                yield exc
            else:
                yield page


# -- internals -------------------------------------------------------------------------


class _Retryable(Exception):
    """A failure worth another try: a 429 or 5xx answer, a temporary DNS failure."""

    def __init__(
        self, message: str, *, status: int | None = None, retry_after: float | None = None
    ):
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


def _error(
    cls: type[_E], message: str, url: str, *, status: int | None = None, attempts: int = 0
) -> _E:
    """Make a fetch error carrying its context (``status`` and ``attempts`` too)."""
    exc = cls(message, source=url, stage=_STAGE)
    vars(exc).update(status=status, attempts=attempts)
    return exc


def _new_client(options: FetchOptions) -> httpx.Client:
    return httpx.Client(
        headers={"User-Agent": options.user_agent},
        timeout=httpx.Timeout(options.timeout),
        follow_redirects=False,
    )


def _checked_url(candidate: str | httpx.URL, source: str) -> httpx.URL:
    """Parse *candidate*, refusing what is not an absolute http(s) URL with a host."""
    try:
        parsed = candidate if isinstance(candidate, httpx.URL) else httpx.URL(candidate)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise _error(FetchError, f"not a valid URL: {candidate!r}", source) from exc
    if parsed.scheme not in _SCHEMES:
        raise _error(FetchError, f"only http and https URLs are fetched, not {candidate}", source)
    if not parsed.raw_host:
        raise _error(FetchError, f"URL has no host: {candidate}", source)
    return parsed


def _is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address):
        # An IPv4 address inside (mapped, or 6to4's 2002::/16) is where it leads;
        # site-local fec0::/10 is deprecated but still routed inside some networks.
        wrapped = address.ipv4_mapped or address.sixtofour
        if wrapped is not None:
            return _is_public(wrapped)
        if address.is_site_local:
            return False
    return not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or not address.is_global
    )


def _guard(target: httpx.URL, source: str) -> list[str]:
    """The SSRF guard: refuse *target* if any address of its host is not public.

    :returns: The host's addresses, checked, for the connection to use.
    """
    host = target.raw_host.decode("ascii")
    port = target.port or (443 if target.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        if exc.errno == socket.EAI_AGAIN:
            raise _Retryable(f"temporary failure resolving {host}: {exc}") from exc
        raise _error(FetchError, f"cannot resolve {host}: {exc}", source) from exc
    except (UnicodeError, OSError) as exc:
        raise _error(FetchError, f"cannot resolve {host}: {exc}", source) from exc
    if not infos:
        raise _error(FetchError, f"{host} resolves to no address", source)
    checked: list[str] = []
    for family, _type, _proto, _name, sockaddr in infos:
        if family not in (socket.AF_INET, socket.AF_INET6):
            continue
        text = str(sockaddr[0]).split("%", 1)[0]  # drop an IPv6 scope (fe80::1%eth0)
        try:
            address = ipaddress.ip_address(text)
        except ValueError:
            raise _error(BlockedAddressError, f"{host} resolves to {text!r}", source) from None
        if not _is_public(address):
            raise _error(
                BlockedAddressError,
                f"{host} resolves to the non-public address {address}; refused "
                "(--allow-private, or FetchOptions(allow_private=True), fetches it)",
                source,
            )
        if str(address) not in checked:
            checked.append(str(address))
    if not checked:
        raise _error(FetchError, f"{host} resolves to no IP address", source)
    return checked


def _proxied(client: httpx.Client, target: httpx.URL) -> bool:
    """True when *client* may send *target* through a proxy of the environment.

    The proxy resolves the name itself, and httpx's proxy tunnel checks TLS against the
    URL's host, so such a request is not pinned to an address. (``NO_PROXY`` is not
    read: a host it exempts is not pinned either.)
    """
    if not client.trust_env:
        return False
    proxies = urllib.request.getproxies_environment()
    return bool(proxies.get(target.scheme) or proxies.get("all"))


@contextmanager
def _get(
    client: httpx.Client, target: httpx.URL, addresses: list[str] | None, options: FetchOptions
) -> Iterator[httpx.Response]:
    """GET *target*, streamed; with *addresses* (the guard's), connected to one of them.

    The name stays in the ``Host`` header and in TLS (httpx's ``sni_hostname``), so
    the server and its certificate are checked as for the name. The addresses are
    tried in turn while a connection cannot be made (an IPv6 address without a route).
    """
    headers = {"User-Agent": options.user_agent}
    timeout = httpx.Timeout(options.timeout)
    if addresses is None:
        with client.stream(
            "GET", target, headers=headers, timeout=timeout, follow_redirects=False
        ) as response:
            yield response
        return
    headers["Host"] = target.netloc.decode("ascii")
    sni = {"sni_hostname": target.raw_host.decode("ascii")}
    unreachable: httpx.TransportError | None = None
    for address in addresses:
        request = client.build_request(
            "GET", target.copy_with(host=address), headers=headers, timeout=timeout, extensions=sni
        )
        try:
            response = client.send(request, stream=True, follow_redirects=False)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            unreachable = exc
            continue
        try:
            yield response
        finally:
            response.close()
        return
    assert unreachable is not None  # the guard returns at least one address
    raise unreachable


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delay-seconds or an HTTP date)."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    when = _http_date(value)
    return None if when is None else max(0.0, (when - datetime.now(UTC)).total_seconds())


def _iso_day(value: str | None) -> str | None:
    """The ISO day (UTC) of an HTTP date, or ``None`` if absent or unreadable."""
    when = _http_date(value) if value else None
    return None if when is None else when.astimezone(UTC).date().isoformat()


def _http_date(value: str) -> datetime | None:
    """An HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT"), read as UTC when it has no zone."""
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _retry_hook(options: FetchOptions) -> Callable[[Exception], bool | float]:
    """The stamina backoff hook: whether to retry, or how long to wait (``Retry-After``)."""

    def hook(exc: Exception) -> bool | float:
        if isinstance(exc, _Retryable):
            if exc.retry_after is not None:
                return min(exc.retry_after, options.retry_after_max)
            return True
        return _is_transient(exc)

    return hook


def _is_transient(exc: BaseException) -> bool:
    return isinstance(exc, httpx.TransportError) and not isinstance(
        exc, httpx.UnsupportedProtocol | httpx.LocalProtocolError
    )


def _fetch_with_retries(
    url: str, start: httpx.URL, options: FetchOptions, client: httpx.Client
) -> FetchedPage:
    attempts = 0
    try:
        for attempt in stamina.retry_context(
            on=_retry_hook(options),
            attempts=options.attempts,
            timeout=None,
            wait_initial=options.wait_initial,
            wait_max=options.wait_max,
        ):
            with attempt:
                attempts = attempt.num
                return _fetch_once(url, start, options, client, attempts)
    except FetchError as exc:
        vars(exc).update(attempts=attempts)
        raise
    except _Retryable as exc:
        raise _error(
            TransientFetchError,
            f"gave up after {attempts} attempt(s): {exc}",
            url,
            status=exc.status,
            attempts=attempts,
        ) from exc
    except httpx.HTTPError as exc:
        kind = TransientFetchError if _is_transient(exc) else FetchError
        reason = str(exc) or type(exc).__name__
        message = (
            f"gave up after {attempts} attempt(s): {type(exc).__name__}: {reason}"
            if kind is TransientFetchError
            else f"download failed: {type(exc).__name__}: {reason}"
        )
        raise _error(kind, message, url, attempts=attempts) from exc
    except httpx.InvalidURL as exc:
        raise _error(FetchError, f"not a valid URL: {exc}", url, attempts=attempts) from exc
    raise AssertionError("unreachable: stamina neither returned nor raised")


def _fetch_once(
    url: str, start: httpx.URL, options: FetchOptions, client: httpx.Client, attempts: int
) -> FetchedPage:
    """One try: follow redirects hop by hop, checking each, and read the final body."""
    current = start
    redirects = 0
    while True:
        addresses = None if options.allow_private else _guard(current, url)
        if addresses is not None and _proxied(client, current):
            addresses = None  # the proxy connects, by the name: nothing to pin here
        with _get(client, current, addresses, options) as response:
            status = response.status_code
            if status in _REDIRECT_STATUSES:
                location = response.headers.get("location")
                if not location:
                    raise _error(
                        FetchError, f"redirect {status} without Location", url, status=status
                    )
                redirects += 1
                if redirects > options.max_redirects:
                    raise _error(
                        FetchError,
                        f"more than {options.max_redirects} redirects (last to {location})",
                        url,
                        status=status,
                    )
                try:
                    target = current.join(location)
                except httpx.InvalidURL as exc:
                    raise _error(
                        FetchError, f"redirect to an invalid URL: {location!r}", url, status=status
                    ) from exc
                current = _checked_url(target, url)
                continue
            _check_status(response, url)
            content = _read_body(response, options.max_bytes, url)
            return FetchedPage(
                url=url,
                final_url=str(current),  # the name asked for, not the address connected to
                status=status,
                headers=dict(response.headers.items()),
                content=content,
                attempts=attempts,
                fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
            )


def _check_status(response: httpx.Response, url: str) -> None:
    """Raise for any answer that is not a success: retryable or permanent."""
    status = response.status_code
    if status == 429 or status >= 500:
        retry_after = (
            _retry_after(response.headers.get("retry-after"))
            if status in _RETRY_AFTER_STATUSES
            else None
        )
        raise _Retryable(
            f"HTTP {status} from {response.url}", status=status, retry_after=retry_after
        )
    if status >= 300:
        raise _error(HTTPStatusError, f"HTTP {status} from {response.url}", url, status=status)


def _read_body(response: httpx.Response, max_bytes: int, url: str) -> bytes:
    """Stream the body, stopping as soon as it grows past *max_bytes*."""
    declared = response.headers.get("content-length")
    if declared is not None and declared.strip().isdigit() and int(declared) > max_bytes:
        raise _error(
            FetchError,
            f"body of {int(declared)} bytes exceeds the limit of {max_bytes}",
            url,
            status=response.status_code,
        )
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise _error(
                FetchError,
                f"body exceeds the limit of {max_bytes} bytes",
                url,
                status=response.status_code,
            )
        chunks.append(chunk)
    return b"".join(chunks)
