"""diplowire.reading.fetch against a real local HTTP server (and a raw socket server for resets).

Every test talks to loopback only. The pytest-httpserver instance used here is threaded,
so that a deliberately slow handler cannot hold up the next request; slow handlers wait
on an event that each test releases on teardown, so nothing keeps sleeping afterwards.
"""

from __future__ import annotations

import email.utils
import json
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import diplowire
from conftest import FIXTURES, shared_or_skip
from diplowire.errors import (
    BlockedAddressError,
    DiplowireError,
    FetchError,
    HTTPStatusError,
    TransientFetchError,
)
from diplowire.reading import fetch as fetch_module
from diplowire.reading.fetch import DEFAULT_USER_AGENT, FetchedPage, FetchOptions, fetch, fetch_many

OPTS = FetchOptions(
    allow_private=True,
    wait_initial=0.01,
    wait_max=0.05,
    timeout=1.0,
    retry_after_max=0.2,
    attempts=3,
)
"""Local-server options: tiny backoff, short timeout, small Retry-After cap."""


@pytest.fixture(scope="module")
def make_httpserver() -> Iterator[HTTPServer]:
    """Replaces the plugin's server with a threaded one, for this module only."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


class SlowHandlers:
    """Handlers that stall until released (or until *delay* passes)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.in_flight = 0
        self.lock = threading.Lock()

    def handler(self, delay: float = 2.5) -> Callable[[Request], Response]:
        def respond(_request: Request) -> Response:
            with self.lock:
                self.in_flight += 1
            try:
                self.release.wait(delay)
                return Response("late", content_type="text/plain")
            finally:
                with self.lock:
                    self.in_flight -= 1

        return respond

    def finish(self, timeout: float = 2.0) -> None:
        """Release every stalled handler and wait until they have all answered."""
        self.release.set()
        deadline = time.monotonic() + timeout
        while self.in_flight and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.02)  # let the server append the last request to its log


@pytest.fixture
def slow() -> Iterator[SlowHandlers]:
    handlers = SlowHandlers()
    yield handlers
    handlers.finish()


class RawServer:
    """A bare TCP server: each connection in turn is reset, or answered with raw bytes."""

    def __init__(self, answers: list[bytes | None]) -> None:
        self.answers = list(answers)
        self.connections = 0
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.05)
        self.port = self.sock.getsockname()[1]
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(1.0)
                data = b""
                try:
                    while b"\r\n\r\n" not in data:
                        chunk = conn.recv(4096)
                        if not chunk:
                            break
                        data += chunk
                except OSError:
                    pass
                answer = (
                    self.answers[self.connections] if self.connections < len(self.answers) else None
                )
                self.connections += 1
                if answer is None:
                    # SO_LINGER with a zero timeout: close() sends RST, an abrupt reset.
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                else:
                    conn.sendall(answer)

    def close(self) -> None:
        self.stopping.set()
        self.thread.join(timeout=1.0)
        self.sock.close()


@pytest.fixture
def raw_server() -> Iterator[Callable[[list[bytes | None]], RawServer]]:
    servers: list[RawServer] = []

    def start(answers: list[bytes | None]) -> RawServer:
        server = RawServer(answers)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


def unused_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def fake_getaddrinfo(table: dict[str, list[str]]) -> Callable[..., list[tuple[Any, ...]]]:
    """A getaddrinfo answering from *table* (host -> addresses), without any DNS."""

    def getaddrinfo(host: str, port: int, *args: Any, **kwargs: Any) -> list[tuple[Any, ...]]:
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        infos: list[tuple[Any, ...]] = []
        for address in table[host]:
            if ":" in address:
                infos.append((socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, port, 0, 0)))
            else:
                infos.append((socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port)))
        return infos

    return getaddrinfo


# -- success -------------------------------------------------------------------------------


def test_ok_page_with_headers_and_dates(httpserver: HTTPServer) -> None:
    body = b"<html><body><p>Seoul talks</p></body></html>"
    httpserver.expect_request("/article").respond_with_data(
        body,
        content_type="text/html; charset=UTF-8",
        # 08:00 in Tokyo is the previous day in UTC.
        headers={"Last-Modified": "Fri, 15 Nov 2024 08:00:00 +0900", "X-Custom": "Yes"},
    )
    url = httpserver.url_for("/article")

    page = fetch(url, options=OPTS)

    assert isinstance(page, FetchedPage)
    assert page.url == url
    assert page.final_url == url
    assert page.status == 200
    assert page.content == body
    assert page.attempts == 1
    assert page.headers["x-custom"] == "Yes"
    assert page.headers["content-type"] == "text/html; charset=UTF-8"
    assert all(name == name.lower() for name in page.headers)
    assert page.published_hint == "2024-11-14"
    assert page.charset == "utf-8"
    fetched_at = datetime.fromisoformat(page.fetched_at)
    assert fetched_at.utcoffset() == timedelta(0)
    assert abs(datetime.now(UTC) - fetched_at) < timedelta(minutes=1)
    # The server stamps Date itself: the day of the answer (a midnight may fall between).
    fetched_day = fetched_at.date()
    assert page.http_date in {
        fetched_day.isoformat(),
        (fetched_day - timedelta(days=1)).isoformat(),
    }
    assert len(httpserver.log) == 1


def test_date_header_is_read_as_a_utc_day(
    raw_server: Callable[[list[bytes | None]], RawServer],
) -> None:
    answer = (
        b"HTTP/1.1 200 OK\r\n"
        b"Date: Sat, 16 Nov 2024 01:30:00 +0900\r\n"
        b"Last-Modified: Fri, 15 Nov 2024 09:30:00 GMT\r\n"
        b"Content-Type: text/html;charset=Shift_JIS\r\n"
        b"Content-Length: 4\r\n"
        b"Connection: close\r\n\r\n"
        b"\x93\xfa\x96\x7b"
    )
    server = raw_server([answer])

    page = fetch(server.url, options=OPTS)

    assert page.http_date == "2024-11-15"
    assert page.published_hint == "2024-11-15"
    assert page.charset == "shift_jis"
    assert page.content == b"\x93\xfa\x96\x7b"
    assert page.attempts == 1


def test_missing_or_bad_date_headers_give_none(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/plain").respond_with_data(
        b"text", content_type="text/plain", headers={"Last-Modified": "yesterday-ish"}
    )
    page = fetch(httpserver.url_for("/plain"), options=OPTS)
    assert page.published_hint is None
    assert page.charset is None
    assert page.http_date is not None  # the server stamps its own Date


def test_user_agent_is_sent_on_every_request(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request("/ua").respond_with_data("busy", status=503)
    httpserver.expect_ordered_request("/ua").respond_with_data("ok")
    with httpx.Client(headers={"User-Agent": "something-else"}) as client:
        page = fetch(httpserver.url_for("/ua"), options=OPTS, client=client)
        assert not client.is_closed  # a client passed in is not closed
    assert page.attempts == 2
    agents = [request.headers["User-Agent"] for request, _ in httpserver.log]
    assert agents == [DEFAULT_USER_AGENT, DEFAULT_USER_AGENT]
    assert DEFAULT_USER_AGENT.startswith("diplowire/")


def test_wrong_charset_header_leaves_bytes_untouched(httpserver: HTTPServer) -> None:
    shift_jis = "日韓首脳会談、ソウルで開催".encode("shift_jis")
    latin_1 = "Réunion à Genève".encode("latin-1")
    httpserver.expect_request("/sjis").respond_with_data(
        shift_jis, content_type="text/html; charset=utf-8"
    )
    httpserver.expect_request("/latin").respond_with_data(
        latin_1, content_type='text/html; charset="UTF-8"'
    )

    sjis_page = fetch(httpserver.url_for("/sjis"), options=OPTS)
    latin_page = fetch(httpserver.url_for("/latin"), options=OPTS)

    assert sjis_page.content == shift_jis
    assert sjis_page.charset == "utf-8"
    assert latin_page.content == latin_1
    assert latin_page.charset == "utf-8"


def test_redirects_are_followed(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/old").respond_with_data(
        "", status=301, headers={"Location": "/mid"}
    )
    httpserver.expect_request("/mid").respond_with_data(
        "", status=302, headers={"Location": httpserver.url_for("/new")}
    )
    httpserver.expect_request("/new").respond_with_data("here")

    page = fetch(httpserver.url_for("/old"), options=OPTS)

    assert page.url == httpserver.url_for("/old")
    assert page.final_url == httpserver.url_for("/new")
    assert page.content == b"here"
    assert page.attempts == 1
    assert [request.path for request, _ in httpserver.log] == ["/old", "/mid", "/new"]


# -- transient failures and retries -------------------------------------------------------


def test_slow_then_fast_is_retried(httpserver: HTTPServer, slow: SlowHandlers) -> None:
    options = replace(OPTS, timeout=0.3)
    httpserver.expect_ordered_request("/slow").respond_with_handler(slow.handler())
    httpserver.expect_ordered_request("/slow").respond_with_data("fast")

    started = time.monotonic()
    page = fetch(httpserver.url_for("/slow"), options=options)
    elapsed = time.monotonic() - started

    assert page.content == b"fast"
    assert page.attempts == 2
    assert elapsed < 1.5


def test_always_slow_gives_up_after_all_attempts(
    httpserver: HTTPServer, slow: SlowHandlers
) -> None:
    options = replace(OPTS, timeout=0.3)
    httpserver.expect_request("/stuck").respond_with_handler(slow.handler())

    with pytest.raises(TransientFetchError) as caught:
        fetch(httpserver.url_for("/stuck"), options=options)

    error = caught.value
    assert error.attempts == options.attempts == 3
    assert error.status is None
    assert error.source == httpserver.url_for("/stuck")
    assert error.stage == "fetch"
    assert isinstance(error.__cause__, httpx.TimeoutException)
    slow.finish()
    assert len(httpserver.log) == 3


def test_connection_reset_gives_up(
    raw_server: Callable[[list[bytes | None]], RawServer],
) -> None:
    server = raw_server([None, None, None, None])

    with pytest.raises(TransientFetchError) as caught:
        fetch(server.url, options=OPTS)

    assert caught.value.attempts == OPTS.attempts
    assert isinstance(caught.value.__cause__, httpx.TransportError)
    assert server.connections == OPTS.attempts


def test_connection_reset_then_ok(raw_server: Callable[[list[bytes | None]], RawServer]) -> None:
    ok = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
    server = raw_server([None, ok])

    page = fetch(server.url, options=OPTS)

    assert page.content == b"ok"
    assert page.attempts == 2
    assert server.connections == 2


def test_nothing_listening_gives_up() -> None:
    with pytest.raises(TransientFetchError) as caught:
        fetch(f"http://127.0.0.1:{unused_port()}/", options=OPTS)
    assert caught.value.attempts == OPTS.attempts
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


def test_503_then_200(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request("/flaky").respond_with_data("down", status=503)
    httpserver.expect_ordered_request("/flaky").respond_with_data("up")

    page = fetch(httpserver.url_for("/flaky"), options=OPTS)

    assert page.content == b"up"
    assert page.status == 200
    assert page.attempts == 2
    assert len(httpserver.log) == 2


def test_5xx_always_gives_up_with_status(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/broken").respond_with_data("oops", status=502)

    with pytest.raises(TransientFetchError) as caught:
        fetch(httpserver.url_for("/broken"), options=OPTS)

    assert caught.value.status == 502
    assert caught.value.attempts == 3
    assert len(httpserver.log) == 3


def test_429_retry_after_seconds_is_honoured(httpserver: HTTPServer) -> None:
    options = replace(OPTS, retry_after_max=5.0)
    httpserver.expect_ordered_request("/limited").respond_with_data(
        "slow down", status=429, headers={"Retry-After": "1"}
    )
    httpserver.expect_ordered_request("/limited").respond_with_data("welcome")

    started = time.monotonic()
    page = fetch(httpserver.url_for("/limited"), options=options)
    elapsed = time.monotonic() - started

    assert page.content == b"welcome"
    assert page.attempts == 2
    assert 0.95 <= elapsed < 2.5


def test_retry_after_is_capped(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request("/later").respond_with_data(
        "maintenance", status=503, headers={"Retry-After": "3600"}
    )
    httpserver.expect_ordered_request("/later").respond_with_data("back")

    started = time.monotonic()
    page = fetch(httpserver.url_for("/later"), options=replace(OPTS, retry_after_max=0.1))
    elapsed = time.monotonic() - started

    assert page.attempts == 2
    assert 0.09 <= elapsed < 1.0


def test_429_always_gives_up(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/quota").respond_with_data(
        "no", status=429, headers={"Retry-After": "0"}
    )
    with pytest.raises(TransientFetchError) as caught:
        fetch(httpserver.url_for("/quota"), options=OPTS)
    assert caught.value.status == 429
    assert caught.value.attempts == 3
    assert len(httpserver.log) == 3


def test_retry_after_parsing() -> None:
    parse = fetch_module._retry_after
    assert parse("7") == 7.0
    assert parse(" 0 ") == 0.0
    assert parse(None) is None
    assert parse("soon") is None
    future = email.utils.format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    assert 28.0 <= (parse(future) or 0.0) <= 30.0
    assert parse("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0


# -- permanent failures -------------------------------------------------------------------


@pytest.mark.parametrize("status", [404, 410, 403])
def test_permanent_status_is_not_retried(httpserver: HTTPServer, status: int) -> None:
    httpserver.expect_request("/missing").respond_with_data("nope", status=status)

    with pytest.raises(HTTPStatusError) as caught:
        fetch(httpserver.url_for("/missing"), options=OPTS)

    error = caught.value
    assert error.status == status
    assert error.attempts == 1
    assert error.source == httpserver.url_for("/missing")
    assert error.stage == "fetch"
    assert isinstance(error, FetchError)
    assert isinstance(error, DiplowireError)
    assert len(httpserver.log) == 1


def test_redirect_loop_is_refused(httpserver: HTTPServer) -> None:
    options = replace(OPTS, max_redirects=3)
    httpserver.expect_request("/loop").respond_with_data(
        "", status=302, headers={"Location": "/loop"}
    )

    with pytest.raises(FetchError) as caught:
        fetch(httpserver.url_for("/loop"), options=options)

    assert type(caught.value) is FetchError
    assert "redirects" in str(caught.value)
    assert caught.value.attempts == 1
    assert len(httpserver.log) == options.max_redirects + 1


@pytest.mark.parametrize(
    "location", ["ftp://example.org/pub/file.txt", "file:///etc/passwd", "javascript:alert(1)"]
)
def test_redirect_to_another_scheme_is_refused(httpserver: HTTPServer, location: str) -> None:
    httpserver.expect_request("/jump").respond_with_data(
        "", status=302, headers={"Location": location}
    )

    with pytest.raises(FetchError) as caught:
        fetch(httpserver.url_for("/jump"), options=OPTS)

    assert type(caught.value) is FetchError
    assert caught.value.attempts == 1
    assert len(httpserver.log) == 1


def test_redirect_without_location_is_refused(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/nowhere").respond_with_data("", status=302)
    with pytest.raises(FetchError, match="without Location"):
        fetch(httpserver.url_for("/nowhere"), options=OPTS)
    assert len(httpserver.log) == 1


@pytest.mark.parametrize(
    "url", ["ftp://example.org/file", "file:///etc/passwd", "mailto:desk@example.org", "news", ""]
)
def test_non_http_urls_are_refused(url: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(url, options=OPTS)
    assert type(caught.value) is FetchError
    assert caught.value.attempts == 0
    assert caught.value.source == url


def test_oversized_body_with_content_length(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/big").respond_with_data(b"x" * 5000)
    with pytest.raises(FetchError, match="exceeds") as caught:
        fetch(httpserver.url_for("/big"), options=replace(OPTS, max_bytes=1000))
    assert type(caught.value) is FetchError
    assert caught.value.attempts == 1
    assert len(httpserver.log) == 1


def test_oversized_streamed_body_stops_reading(httpserver: HTTPServer) -> None:
    chunk = b"y" * 65536
    total = 800  # about 50 MiB if it were all read
    sent = 0

    def endless(_request: Request) -> Response:
        def body() -> Iterator[bytes]:
            nonlocal sent
            for _ in range(total):
                sent += 1
                yield chunk

        return Response(body(), content_type="text/html")  # no Content-Length

    httpserver.expect_request("/stream").respond_with_handler(endless)

    started = time.monotonic()
    with pytest.raises(FetchError, match="exceeds"):
        fetch(httpserver.url_for("/stream"), options=replace(OPTS, max_bytes=100_000))

    assert time.monotonic() - started < 2.0
    assert sent < total


def test_body_at_the_limit_is_accepted(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/exact").respond_with_data(b"z" * 1000)
    page = fetch(httpserver.url_for("/exact"), options=replace(OPTS, max_bytes=1000))
    assert len(page.content) == 1000


# -- SSRF guard ---------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_ssrf_guard_blocks_loopback(httpserver: HTTPServer, host: str) -> None:
    httpserver.expect_request("/").respond_with_data("secret")
    url = f"http://{host}:{httpserver.port}/"

    with pytest.raises(BlockedAddressError) as caught:
        fetch(url, options=replace(OPTS, allow_private=False))

    assert caught.value.source == url
    assert caught.value.attempts == 1
    assert httpserver.log == []


@pytest.mark.parametrize(
    "addresses",
    [
        ["10.1.2.3"],
        ["93.184.216.34", "192.168.0.10"],  # any private address is enough
        ["169.254.169.254"],  # cloud metadata, link-local
        ["0.0.0.0"],
        ["224.0.0.1"],
        ["240.0.0.1"],
        ["100.64.0.1"],  # shared address space (carrier NAT)
        ["::1"],
        ["fe80::1"],
        ["fd00::1"],
        ["::ffff:10.0.0.1"],
        ["2606:4700::1111", "::"],
    ],
)
def test_ssrf_guard_refuses_any_non_public_address(
    monkeypatch: pytest.MonkeyPatch, addresses: list[str]
) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo({"news.example": addresses}))
    with pytest.raises(BlockedAddressError):
        fetch_module._guard(httpx.URL("https://news.example/a"), "https://news.example/a")


def test_ssrf_guard_lets_public_addresses_through(monkeypatch: pytest.MonkeyPatch) -> None:
    table = {"news.example": ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"]}
    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo(table))
    fetch_module._guard(httpx.URL("https://news.example/a"), "https://news.example/a")


def test_unresolvable_host_is_a_permanent_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo({}))
    with pytest.raises(FetchError, match="cannot resolve") as caught:
        fetch("https://no-such-host.example/", options=replace(OPTS, allow_private=False))
    assert type(caught.value) is FetchError
    assert caught.value.attempts == 1


def test_ssrf_guard_checks_every_redirect_hop(monkeypatch: pytest.MonkeyPatch) -> None:
    """A public page redirecting to an internal host is refused before the second hop."""
    table = {"news.example": ["93.184.216.34"], "intranet.example": ["10.0.0.5"]}
    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo(table))
    seen: list[tuple[str, str]] = []

    def transport(request: httpx.Request) -> httpx.Response:
        # Sent to the address the guard checked, with the name as Host.
        seen.append((request.headers["host"], str(request.url)))
        if request.headers["host"] == "news.example":
            return httpx.Response(302, headers={"Location": "http://intranet.example/admin"})
        return httpx.Response(200, content=b"internal")

    with (
        httpx.Client(transport=httpx.MockTransport(transport)) as client,
        pytest.raises(BlockedAddressError, match=r"intranet\.example"),
    ):
        fetch(
            "https://news.example/story",
            options=replace(OPTS, allow_private=False),
            client=client,
        )

    assert seen == [("news.example", "https://93.184.216.34/story")]


# -- many --------------------------------------------------------------------------------


def test_fetch_many_yields_pages_and_failures_in_order(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/one").respond_with_data("first")
    httpserver.expect_request("/gone").respond_with_data("", status=410)
    httpserver.expect_request("/two").respond_with_data("second")
    urls = [
        httpserver.url_for("/one"),
        httpserver.url_for("/gone"),
        "ftp://example.org/x",
        f"http://127.0.0.1:{unused_port()}/",
        httpserver.url_for("/two"),
    ]

    results = list(fetch_many(urls, options=OPTS))

    assert len(results) == len(urls)
    first, gone, ftp, refused, second = results
    assert isinstance(first, FetchedPage)
    assert first.content == b"first"
    assert isinstance(gone, HTTPStatusError)
    assert gone.status == 410
    assert type(ftp) is FetchError
    assert isinstance(refused, TransientFetchError)
    assert refused.attempts == OPTS.attempts
    assert isinstance(second, FetchedPage)
    assert second.content == b"second"
    assert [
        result.source if isinstance(result, FetchError) else result.url for result in results
    ] == urls


# -- options -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad", [{"attempts": 0}, {"timeout": 0}, {"max_bytes": -1}, {"wait_max": -0.5}]
)
def test_options_are_checked(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        FetchOptions(**bad)


def test_default_options() -> None:
    options = FetchOptions()
    assert options.allow_private is False
    assert options.attempts == 4
    assert options.max_bytes == 20 * 1024 * 1024
    assert options.user_agent == DEFAULT_USER_AGENT


def test_cli_fetch_writes_pages_and_a_manifest(httpserver: HTTPServer, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from diplowire.cli import main

    page = (
        b"<html><head><title>Talks | Example</title></head><body><article>"
        b"<p>TOKYO (Kyodo) -- Japan and India held talks on Monday.</p></article></body></html>"
    )
    httpserver.expect_request("/a").respond_with_data(
        page, content_type="text/html", headers={"Last-Modified": "Mon, 01 Jul 2024 10:00:00 GMT"}
    )
    httpserver.expect_request("/gone").respond_with_data(b"", status=410)
    out = tmp_path / "pages"
    result = CliRunner().invoke(
        main,
        [
            "fetch",
            httpserver.url_for("/a"),
            httpserver.url_for("/gone"),
            "-o",
            str(out),
            "--allow-private",
            "--attempts",
            "1",
        ],
    )
    assert result.exit_code == 1  # one URL failed
    assert "HTTPStatusError" in result.stderr
    (row,) = json.loads((out / "manifest.json").read_text())
    assert row["url"] == httpserver.url_for("/a")
    # The page has no date of its own: the header stands in, and says so.
    assert (row["published"], row["published_from"]) == ("2024-07-01", "last-modified")
    dossier = diplowire.extract(out, manifest=out / "manifest.json")
    (article,) = dossier.articles
    assert (article.wire, article.published) == (["Kyodo"], "2024-07-01")
    assert article.published_from == "last-modified"
    assert article.outlet is None  # a loopback address names no publisher


def test_cli_fetch_keeps_the_pages_own_date_and_canonical_url(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    """A saved 2019 Yonhap page served today: Last-Modified must not date it, nor the
    loopback address name its outlet (issue 21)."""
    from click.testing import CliRunner

    from diplowire.cli import main

    saved = shared_or_skip(FIXTURES / "yonhap" / "AEN20190820002300325.html")
    today = email.utils.format_datetime(datetime.now(UTC), usegmt=True)
    httpserver.expect_request("/yonhap.html").respond_with_data(
        saved.read_bytes(), content_type="text/html", headers={"Last-Modified": today}
    )
    out = tmp_path / "pages"
    fetched_url = httpserver.url_for("/yonhap.html")
    result = CliRunner().invoke(main, ["fetch", fetched_url, "-o", str(out), "--allow-private"])
    assert result.exit_code == 0, result.output
    (row,) = json.loads((out / "manifest.json").read_text())
    assert row["url"] == "https://en.yna.co.kr/view/AEN20190820002300325"
    assert row["fetched_url"] == fetched_url
    assert (row["published"], row["published_from"]) == ("2019-08-20", "page")
    for manifest in (out / "manifest.json", None):
        (article,) = diplowire.extract(out, manifest=manifest).articles
        assert (article.outlet, article.published) == ("yonhap", "2019-08-20")
        assert article.published_from == "metadata"


def test_a_last_modified_hint_in_a_manifest_yields_to_the_page(tmp_path: Path) -> None:
    saved = shared_or_skip(FIXTURES / "yonhap" / "AEN20190820002300325.html")
    (tmp_path / "page.html").write_bytes(saved.read_bytes())
    rows = [{"path": "page.html", "published": "2026-12-01", "published_from": "last-modified"}]
    (tmp_path / "hint.json").write_text(json.dumps(rows))
    (article,) = diplowire.extract(tmp_path, manifest=tmp_path / "hint.json").articles
    assert (article.published, article.published_from) == ("2019-08-20", "metadata")
    # A date the user writes is still the authority.
    del rows[0]["published_from"]
    (tmp_path / "given.json").write_text(json.dumps(rows))
    (article,) = diplowire.extract(tmp_path, manifest=tmp_path / "given.json").articles
    assert (article.published, article.published_from) == ("2026-12-01", "manifest")
