"""Shared set-up for the end-to-end tests: the binary under test and a raw JSON-RPC pipe client."""

import json
import os
import pathlib
import select
import subprocess
import time

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"


def server_binary() -> str:
    """The report-lsp binary: $REPORT_LSP_BINARY, else the debug build in .build."""
    path = os.environ.get("REPORT_LSP_BINARY") or str(ROOT / ".build" / "debug" / "report-lsp")
    if not os.access(path, os.X_OK):
        pytest.exit(f"report-lsp binary not found at {path}; run `swift build` first", returncode=2)
    return path


def frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class RawServer:
    """The server in a subprocess, driven byte by byte: for what a well-behaved client cannot send."""

    def __init__(self):
        self.process = subprocess.Popen(
            [server_binary()], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        self.buffer = b""

    def write(self, data: bytes):
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def send(self, message) -> None:
        self.write(frame(json.dumps(message).encode()))

    def request(self, id, method, params=None):
        message = {"jsonrpc": "2.0", "id": id, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)

    def notify(self, method, params=None):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)

    def _fill(self, deadline: float) -> bool:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        ready, _, _ = select.select([self.process.stdout], [], [], remaining)
        if not ready:
            return False
        chunk = os.read(self.process.stdout.fileno(), 65536)
        if not chunk:
            return False
        self.buffer += chunk
        return True

    def read(self, timeout: float = 10.0):
        """The next message; stdout must hold nothing but framed JSON."""
        deadline = time.monotonic() + timeout
        while b"\r\n\r\n" not in self.buffer:
            assert self._fill(deadline), f"no message within {timeout}s; have {self.buffer[:200]!r}"
        header, _, rest = self.buffer.partition(b"\r\n\r\n")
        assert header.startswith(b"Content-Length: "), f"stdout is not framed JSON-RPC: {self.buffer[:200]!r}"
        length = int(header.split(b":")[1])
        while len(rest) < length:
            assert self._fill(deadline), "truncated message on stdout"
            rest = self.buffer.partition(b"\r\n\r\n")[2]
        self.buffer = rest[length:]
        return json.loads(rest[:length])

    def read_response(self, id, timeout: float = 10.0):
        while True:
            message = self.read(timeout)
            if "method" not in message and message.get("id") == id:
                return message

    def initialize(self):
        self.request(0, "initialize", {"processId": None, "capabilities": {}})
        assert "result" in self.read_response(0)
        self.notify("initialized", {})

    def wait(self, timeout: float = 10.0) -> int:
        return self.process.wait(timeout)

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            try:
                stream.close()
            except OSError:
                pass


@pytest.fixture
def raw_server():
    server = RawServer()
    yield server
    server.close()
