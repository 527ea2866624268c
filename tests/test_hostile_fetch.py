"""Fetching from hostile servers and addresses [probe rows 19, 22, 23, 38].

The servers listen on loopback only and stop when the test ends.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import trustme
from click.testing import CliRunner

from diplowire.cli import main
from diplowire.errors import BlockedAddressError, TransientFetchError
from diplowire.reading import fetch as fetch_module
from diplowire.reading.fetch import FetchOptions, fetch

HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 60\r\n\r\n"


@pytest.fixture
def trickle() -> Iterator[Callable[[bytes], str]]:
    """A server that sends the given bytes one every 0.2 s (60 of them: 12 s)."""
    stop = threading.Event()
    servers: list[socket.socket] = []

    def serve(payload: bytes) -> str:
        server = socket.create_server(("127.0.0.1", 0))
        server.settimeout(0.2)
        servers.append(server)

        def run() -> None:
            while not stop.is_set():
                try:
                    client, _ = server.accept()
                except TimeoutError:
                    continue
                with client:
                    client.recv(65536)
                    for byte in payload:
                        if stop.wait(0.2):
                            return
                        try:
                            client.sendall(bytes([byte]))
                        except OSError:
                            break

        threading.Thread(target=run, daemon=True).start()
        return f"http://127.0.0.1:{server.getsockname()[1]}/"

    yield serve
    stop.set()
    for server in servers:
        server.close()


SLOW = FetchOptions(allow_private=True, timeout=1.0, deadline=2.0, attempts=2, wait_initial=0.01)


@pytest.mark.parametrize(
    "payload", [HEAD + b"a" * 60, HEAD[:40] + b" " * 60], ids=["slow-body", "slow-headers"]
)
def test_a_trickling_server_cannot_hold_a_fetch(
    trickle: Callable[[bytes], str], payload: bytes
) -> None:
    url = trickle(payload)
    started = time.monotonic()
    with pytest.raises(TransientFetchError, match="deadline of 2 s"):
        fetch(url, options=SLOW)
    assert time.monotonic() - started < 5  # one read every 0.2 s never hit the 1 s timeout


def test_the_deadline_holds_in_a_thread_too(trickle: Callable[[bytes], str]) -> None:
    url = trickle(HEAD + b"a" * 60)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            fetch(url, options=SLOW)
        except TransientFetchError as exc:
            errors.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    started = time.monotonic()
    thread.start()
    thread.join(10)
    assert not thread.is_alive() and errors and time.monotonic() - started < 5


@pytest.mark.parametrize(
    "address", ["2002:7f00:1::1", "2002:a00:1::1", "2002:c0a8:101::1", "fec0::1", "fec0:1::5"]
)
def test_6to4_and_site_local_addresses_are_not_public(
    monkeypatch: pytest.MonkeyPatch, address: str
) -> None:
    def resolve(host: str, port: int, **_: object) -> list[tuple[object, ...]]:
        return [(socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, port, 0, 0))]

    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", resolve)
    with pytest.raises(BlockedAddressError):
        fetch("http://news.example.com/a", options=FetchOptions(attempts=1))
    # 6to4 of a public IPv4 address is as public as that address.
    assert fetch_module._is_public(ipaddress.ip_address("2002:808:808::1"))


@pytest.mark.parametrize("damage", ["{not json", '{"path": "x.html"}', "[1, 2]", "\xff\xfe"])
def test_a_corrupt_manifest_in_the_fetch_directory_is_a_clean_error(
    tmp_path: Path, damage: str
) -> None:
    manifest = tmp_path / "manifest.json"
    manifest.write_bytes(damage.encode("latin-1"))
    result = CliRunner().invoke(main, ["fetch", "http://127.0.0.1:9/", "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    assert "diplowire: error:" in result.stderr and "manifest" in result.stderr
    assert "Traceback" not in result.output
    assert manifest.read_bytes() == damage.encode("latin-1")  # left as it was


@pytest.fixture
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy from the environment: the tests below say when there is one."""
    for name in ("http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


@pytest.fixture
def two_servers(no_proxy: None) -> Iterator[int]:
    """Servers on 127.0.0.1 and 127.0.0.2 at one port, each saying which it is and the
    Host it was asked for; "127.0.0.1" plays a public site, "127.0.0.2" the intranet."""
    stop = threading.Event()
    for _ in range(5):  # the port free on .1 may be taken on .2
        first = socket.create_server(("127.0.0.1", 0))
        port: int = first.getsockname()[1]
        try:
            second = socket.create_server(("127.0.0.2", port))
        except OSError:
            first.close()
            continue
        break
    else:
        pytest.skip("no free port on both 127.0.0.1 and 127.0.0.2")

    def run(server: socket.socket, name: bytes) -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                client, _ = server.accept()
            except TimeoutError:
                continue
            with client:
                asked = client.recv(65536)
                host = next(
                    (
                        line[5:].strip()
                        for line in asked.split(b"\r\n")
                        if line[:5].lower() == b"host:"
                    ),
                    b"",
                )
                body = b" ".join([name, b"for", host, b"by", asked.split(b"\r\n", 1)[0]])
                client.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n"
                    + b"Content-Length: %d\r\n\r\n" % len(body)
                    + body
                )

    threads = [
        threading.Thread(target=run, args=(server, name), daemon=True)
        for server, name in ((first, b"public"), (second, b"intranet"))
    ]
    for thread in threads:
        thread.start()
    yield port
    stop.set()
    for thread in threads:
        thread.join(5)  # before the sockets close under accept()
    first.close()
    second.close()


def test_the_connection_goes_to_the_address_the_guard_checked(
    monkeypatch: pytest.MonkeyPatch, two_servers: int
) -> None:
    answers = iter(["127.0.0.1"])  # the first answer; every later one rebinds

    def resolve(host: str, port: int, *_: object, **__: object) -> list[tuple[object, ...]]:
        address = next(answers, "127.0.0.2") if host == "rebind.example" else host
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    def is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
        return str(address) == "127.0.0.1"  # the stand-in for a public address

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    monkeypatch.setattr(fetch_module, "_is_public", is_public)
    url = f"http://rebind.example:{two_servers}/page"
    page = fetch(url, options=FetchOptions(attempts=1))
    assert page.content == f"public for rebind.example:{two_servers} by GET /page HTTP/1.1".encode()
    assert page.final_url == url
    # Unpinned (the guard off), the socket resolves again and reaches the intranet.
    page = fetch(url, options=FetchOptions(attempts=1, allow_private=True))
    assert page.content.startswith(b"intranet")


def test_https_to_the_checked_address_keeps_the_name_for_tls(
    monkeypatch: pytest.MonkeyPatch, no_proxy: None
) -> None:
    authority = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("rebind.example").configure_cert(server_context)
    names: list[str | None] = []
    server_context.sni_callback = lambda _sock, name, _context: names.append(name)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(10)
    port: int = listener.getsockname()[1]

    def serve() -> None:
        try:
            client, _ = listener.accept()
            with server_context.wrap_socket(client, server_side=True) as tls:
                tls.recv(65536)
                tls.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\nConnection: close\r\n\r\npublic"
                )
        except OSError:
            pass  # the test's assertions say what went wrong

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    answers = iter(["127.0.0.1"])

    def resolve(host: str, port: int, *_: object, **__: object) -> list[tuple[object, ...]]:
        address = next(answers, "127.0.0.2") if host == "rebind.example" else host
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    monkeypatch.setattr(fetch_module, "_is_public", lambda a: str(a) == "127.0.0.1")
    client_context = ssl.create_default_context()
    authority.configure_trust(client_context)
    try:
        with httpx.Client(verify=client_context) as client:
            page = fetch(
                f"https://rebind.example:{port}/", options=FetchOptions(attempts=1), client=client
            )
    finally:
        thread.join(10)
        listener.close()
    # The certificate was checked against the name, which was sent as SNI.
    assert (page.content, names) == (b"public", ["rebind.example"])


def test_through_a_proxy_of_the_environment_the_name_is_sent(
    monkeypatch: pytest.MonkeyPatch, two_servers: int
) -> None:
    """The proxy resolves the name; the request names it (TLS through it checks the name)."""

    def resolve(host: str, port: int, *_: object, **__: object) -> list[tuple[object, ...]]:
        address = "127.0.0.1" if host == "news.example" else host
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    monkeypatch.setattr(fetch_module, "_is_public", lambda a: str(a) == "127.0.0.1")
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.2:{two_servers}")  # the "intranet" one
    page = fetch("http://news.example/story", options=FetchOptions(attempts=1))
    assert page.content == b"intranet for news.example by GET http://news.example/story HTTP/1.1"
