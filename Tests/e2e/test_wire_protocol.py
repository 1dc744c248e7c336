"""What a well-behaved client never sends, over a real pipe: the server answers per spec and keeps serving."""

import json
import time

from conftest import frame


def test_requests_before_initialize_and_errors(raw_server):
    raw_server.request(1, "textDocument/hover", {})
    assert raw_server.read_response(1)["error"]["code"] == -32002
    raw_server.initialize()

    raw_server.write(frame(b"{not json"))
    assert raw_server.read() == {"jsonrpc": "2.0", "id": None, "error": {"code": -32700, "message": "JSON 解析失败"}}
    raw_server.write(frame(b'[{"jsonrpc":"2.0","id":2,"method":"shutdown"}]'))
    assert raw_server.read()["error"]["code"] == -32600
    raw_server.request({"weird": "id"}, "shutdown")
    response = raw_server.read()
    assert response["id"] is None and response["error"]["code"] == -32600
    raw_server.request(3, "textDocument/definition", {})
    assert raw_server.read_response(3)["error"]["code"] == -32601
    raw_server.request(4.5, "textDocument/hover", {"textDocument": {}})
    assert raw_server.read_response(4.5)["error"]["code"] == -32602

    # Garbage, a header without a length, and a length that is too short.
    raw_server.write(bytes(range(256)) * 100 + b"\r\n\r\n")
    raw_server.write(b"Content-Type: text/plain\r\n\r\n{}")
    raw_server.write(b"Content-Length: 3\r\n\r\n" + json.dumps({"jsonrpc": "2.0", "id": 5, "method": "shutdown"}).encode())
    assert raw_server.read()["error"]["code"] == -32700

    raw_server.request("still-here", "textDocument/foldingRange", {"textDocument": {"uri": "file:///none"}})
    assert raw_server.read_response("still-here")["result"] == []
    raw_server.request(6, "shutdown")
    assert raw_server.read_response(6) == {"jsonrpc": "2.0", "id": 6, "result": None}
    raw_server.request(7, "textDocument/hover", {})
    assert raw_server.read_response(7)["error"]["code"] == -32600
    raw_server.notify("exit")
    assert raw_server.wait() == 0


def test_a_too_long_length_on_the_last_message_does_not_hang_the_client(raw_server):
    raw_server.initialize()
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "shutdown"}).encode()
    start = time.monotonic()
    raw_server.write(b"Content-Length: %d\r\n\r\n" % (len(body) + 100) + body)
    assert raw_server.read_response(1, timeout=5)["result"] is None
    assert time.monotonic() - start < 3


def test_exit_without_shutdown_is_code_1(raw_server):
    raw_server.initialize()
    raw_server.notify("exit")
    assert raw_server.wait() == 1


def test_stdin_closed_mid_message_ends_the_server(raw_server):
    raw_server.initialize()
    raw_server.write(b'Content-Length: 500\r\n\r\n{"jsonrpc":"2.0","id":9,')
    raw_server.process.stdin.close()
    assert raw_server.wait(timeout=5) == 1
    assert raw_server.process.stdout.read() == b""


def test_a_ten_megabyte_document_is_served(raw_server):
    raw_server.request(0, "initialize", {"capabilities": {}, "initializationOptions": {"debounceMs": 0}})
    raw_server.read_response(0)
    uri = "file:///huge.txt"
    text = "根据甲财绩[2021]6号文件" + "绩" * (10 * 1024 * 1024 // 3)
    raw_server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "version": 1, "text": text}})
    raw_server.request(1, "textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 6}})
    assert "N104" in raw_server.read_response(1, timeout=120)["result"]["contents"]["value"]


def test_a_header_without_its_line_end_does_not_swallow_the_next_message(raw_server):
    raw_server.initialize()
    raw_server.write(b'Content-Length: 7{"a":1}')
    raw_server.request(1, "shutdown")
    assert raw_server.read_response(1, timeout=5) == {"jsonrpc": "2.0", "id": 1, "result": None}
