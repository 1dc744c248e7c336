#!/usr/bin/env python3
"""Measures the language server as an editor sees it, over stdio, and prints Markdown tables.

    python3 scripts/bench_server.py --server .build/release/report-lsp [--soak 10000] FILE...

- start-up: process start → initialize response;
- diagnostics latency: for the largest file, single-character incremental didChange edits
  (alternately inserting and deleting one character), time from sending each edit to the
  publishDiagnostics of that version (settings {"debounceMs": 0});
- hover and codeAction response times at the positions of the findings (and at random places);
- memory: peak RSS (VmHWM) with every file open and edited, and RSS growth over a soak of
  single-character edits.

Only the standard library is used. The client answers the requests a server may send
(workspace/configuration, client/registerCapability, window/workDoneProgress/create).
"""
import argparse
import json
import math
import os
import queue
import random
import subprocess
import sys
import threading
import time


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(p / 100 * len(ordered))))
    return ordered[rank - 1]


def utf16_length(text):
    return len(text.encode("utf-16-le")) // 2


class Client:
    """A minimal LSP client: one writer (the caller), one reader thread, messages in a queue."""

    SETTINGS = {"debounceMs": 0}

    def __init__(self, command):
        self.started = time.perf_counter()
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.messages = queue.Queue()
        self.next_id = 0
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            if length is None:
                continue
            body = stream.read(length)
            self.messages.put((time.perf_counter(), json.loads(body)))

    def send(self, message):
        body = json.dumps(message, ensure_ascii=False).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return self.next_id

    def wait(self, predicate, timeout=10.0):
        """Returns (arrival time, message) of the first message satisfying `predicate`."""
        deadline = time.perf_counter() + timeout
        while True:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError("no matching message")
            item = self.messages.get(timeout=remaining)
            if item is None:
                raise EOFError("server exited")
            arrival, message = item
            if "method" in message and "id" in message:
                self._answer(message)
                continue
            if predicate(message):
                return arrival, message

    def response(self, request_id, timeout=10.0):
        return self.wait(lambda m: m.get("id") == request_id and "method" not in m, timeout)

    def _answer(self, message):
        method = message["method"]
        if method == "workspace/configuration":
            items = message.get("params", {}).get("items", [])
            result = [self.SETTINGS for _ in items]
        else:
            result = None
        self.send({"jsonrpc": "2.0", "id": message["id"], "result": result})

    def rss_kb(self):
        """(current RSS, peak RSS) in KB, from /proc."""
        values = {}
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                name, _, rest = line.partition(":")
                if name in ("VmRSS", "VmHWM"):
                    values[name] = int(rest.split()[0])
        return values.get("VmRSS", 0), values.get("VmHWM", 0)

    def close(self):
        try:
            request_id = self.request("shutdown", None)
            self.response(request_id, timeout=5)
            self.notify("exit", None)
            self.process.wait(timeout=5)
        except Exception:
            self.process.kill()
            self.process.wait()


class OpenDocument:
    """The client's copy of a document, edited one character at a time."""

    def __init__(self, client, path, text):
        self.client = client
        self.uri = "file://" + os.path.abspath(path)
        self.lines = text.split("\n")
        self.version = 1
        self.inserted = None  # (line, character index) of the character we inserted last
        self.random = random.Random(path)
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": self.uri, "languageId": "markdown", "version": self.version, "text": text}})

    def edit(self):
        """Sends one single-character edit: insert a character, or delete the one inserted before."""
        self.version += 1
        if self.inserted is None:
            candidates = [i for i, line in enumerate(self.lines) if len(line) > 4]
            line = self.random.choice(candidates) if candidates else 0
            index = self.random.randint(0, len(self.lines[line]))
            character = utf16_length(self.lines[line][:index])
            position = {"line": line, "character": character}
            change = {"range": {"start": position, "end": position}, "text": "的"}
            self.lines[line] = self.lines[line][:index] + "的" + self.lines[line][index:]
            self.inserted = (line, index)
        else:
            line, index = self.inserted
            character = utf16_length(self.lines[line][:index])
            change = {"range": {"start": {"line": line, "character": character},
                                "end": {"line": line, "character": character + 1}}, "text": ""}
            self.lines[line] = self.lines[line][:index] + self.lines[line][index + 1:]
            self.inserted = None
        self.client.notify("textDocument/didChange", {
            "textDocument": {"uri": self.uri, "version": self.version}, "contentChanges": [change]})
        return self.version

    def wait_for_diagnostics(self, version, timeout=10.0):
        """Arrival time and diagnostics of the publish for `version` (or, when the server does not
        send versions, the next publish for this document)."""
        def matches(message):
            if message.get("method") != "textDocument/publishDiagnostics":
                return False
            params = message.get("params", {})
            if params.get("uri") != self.uri:
                return False
            published = params.get("version")
            return published is None or published >= version
        arrival, message = self.client.wait(matches, timeout)
        return arrival, message["params"].get("diagnostics", [])


def row(name, values, target=None):
    p50, p99 = percentile(values, 50), percentile(values, 99)
    return f"| {name} | {len(values)} | {p50:.2f} | {percentile(values, 95):.2f} | {p99:.2f} | {max(values):.2f} | {target or ''} |"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True, help="path of report-lsp")
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--soak", type=int, default=10000)
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()

    texts = {}
    for path in args.files:
        with open(path, encoding="utf-8") as handle:
            texts[path] = handle.read()
    largest = max(texts, key=lambda p: len(texts[p].encode("utf-8")))

    print("## Server over stdio\n")
    print(f"- client: scripts/bench_server.py (Python {sys.version.split()[0]}), settings {json.dumps(Client.SETTINGS)}")
    print(f"- edits: single-character incremental didChange on {os.path.basename(largest)}, each waited for\n")

    # Start-up: five fresh processes; the last one stays for the rest.
    startups = []
    for _ in range(5):
        client = Client([args.server, "serve"])
        request_id = client.request("initialize", {
            "processId": os.getpid(), "rootUri": None, "capabilities": {
                "general": {"positionEncodings": ["utf-16"]},
                "textDocument": {"publishDiagnostics": {"versionSupport": True, "relatedInformation": True},
                                 "hover": {"contentFormat": ["markdown", "plaintext"]},
                                 "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix"]}}}},
                "workspace": {"configuration": True}},
            "initializationOptions": Client.SETTINGS})
        arrival, _ = client.response(request_id)
        startups.append((arrival - client.started) * 1000)
        client.notify("initialized", {})
        if len(startups) < 5:
            client.close()

    print("| measure | n | p50 ms | p95 ms | p99 ms | max ms | target |")
    print("|---|---:|---:|---:|---:|---:|---|")
    print(row("start → initialize response", startups, "≤ 50 ms"))

    document = OpenDocument(client, largest, texts[largest])
    _, diagnostics = document.wait_for_diagnostics(1, timeout=30)

    latencies = []
    for _ in range(args.edits):
        version = document.edit()
        sent = time.perf_counter()
        arrival, diagnostics = document.wait_for_diagnostics(version)
        latencies.append((arrival - sent) * 1000)
    print(row("didChange → publishDiagnostics", latencies, "p50 ≤ 10, p99 ≤ 30"))

    # Requests at the findings (where users hover and ask for fixes) and at random places.
    rng = random.Random(7)
    lines = document.lines
    positions = [d["range"]["start"] for d in diagnostics]
    while len(positions) < args.requests:
        line = rng.randrange(len(lines))
        positions.append({"line": line, "character": rng.randint(0, utf16_length(lines[line]))})
    hovers, actions = [], []
    for index in range(args.requests):
        position = positions[index % len(positions)]
        sent = time.perf_counter()
        arrival, _ = client.response(client.request("textDocument/hover", {
            "textDocument": {"uri": document.uri}, "position": position}))
        hovers.append((arrival - sent) * 1000)
        at = [d for d in diagnostics if d["range"]["start"] == position]
        sent = time.perf_counter()
        arrival, _ = client.response(client.request("textDocument/codeAction", {
            "textDocument": {"uri": document.uri}, "range": {"start": position, "end": position},
            "context": {"diagnostics": at}}))
        actions.append((arrival - sent) * 1000)
    print(row("hover", hovers, "p99 ≤ 10 ms"))
    print(row("codeAction", actions, "p99 ≤ 10 ms"))

    # Memory: every file open and edited.
    documents = [document]
    for path in texts:
        if path != largest:
            # Opened one at a time: the client keeps no backlog of other documents' messages.
            documents.append(OpenDocument(client, path, texts[path]))
            documents[-1].wait_for_diagnostics(1, timeout=30)
    for _ in range(20):
        for other in documents:
            other.wait_for_diagnostics(other.edit())
    rss, peak = client.rss_kb()
    print()
    print("| memory | MB | target |")
    print("|---|---:|---|")
    print(f"| peak RSS, {len(documents)} reports open and edited | {peak / 1024:.1f} | ≤ 40 MB |")

    if args.soak:
        before, _ = client.rss_kb()
        started = time.perf_counter()
        for _ in range(args.soak):
            document.wait_for_diagnostics(document.edit())
        elapsed = time.perf_counter() - started
        after, peak = client.rss_kb()
        print(f"| RSS before soak | {before / 1024:.1f} | |")
        print(f"| RSS after {args.soak} edits ({elapsed:.0f} s) | {after / 1024:.1f} | growth ≤ 5 MB: "
              f"{(after - before) / 1024:+.1f} MB |")
        print(f"| peak RSS after soak | {peak / 1024:.1f} | |")
    client.close()


if __name__ == "__main__":
    main()
