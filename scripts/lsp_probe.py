#!/usr/bin/env python3
"""Exits 0 when `BINARY serve` answers an LSP initialize request with capabilities, 1 otherwise.

Usage: lsp_probe.py BINARY
"""
import json
import subprocess
import sys


def main(binary):
    request = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                          "params": {"processId": None, "rootUri": None, "capabilities": {}}}).encode()
    exit_message = json.dumps({"jsonrpc": "2.0", "method": "exit"}).encode()
    payload = b"".join(b"Content-Length: %d\r\n\r\n%s" % (len(m), m) for m in (request, exit_message))
    try:
        result = subprocess.run([binary, "serve"], input=payload, capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired) as error:
        print(f"lsp_probe: {error}", file=sys.stderr)
        return 1
    header, _, body = result.stdout.partition(b"\r\n\r\n")
    try:
        return 0 if "capabilities" in json.loads(body[: int(header.split(b":")[1])])["result"] else 1
    except (ValueError, IndexError, KeyError, TypeError):
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
