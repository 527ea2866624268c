"""Fetching from hostile servers and addresses [probe rows 19, 22, 23, 38].

The servers listen on loopback only and stop when the test ends.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplowire import fetch as fetch_module
from diplowire.cli import main
from diplowire.errors import BlockedAddressError, TransientFetchError
from diplowire.fetch import FetchOptions, fetch

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
