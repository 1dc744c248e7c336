"""A real LSP client (pytest-lsp) drives the built binary through an editing session."""

import asyncio

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from conftest import FIXTURES, server_binary

URI = (FIXTURES / "report.txt").as_uri()
TEXT = (FIXTURES / "report.txt").read_text(encoding="utf-8")


def apply_edits(text: str, edits, encoding: str) -> str:
    """Applies LSP text edits with positions in the negotiated encoding, as an editor does."""
    lines = text.split("\n")
    codec, width = {"utf-8": ("utf-8", 1), "utf-16": ("utf-16-le", 2), "utf-32": ("utf-32-le", 4)}[encoding]

    def offset(position) -> int:
        before = sum(len(line) + 1 for line in lines[: position.line])
        line = lines[position.line].encode(codec)[: position.character * width].decode(codec)
        return before + len(line)

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end) :]
    return text


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[server_binary()]),
    params=["visual-studio-code", "neovim"],
)
async def client(lsp_client: LanguageClient, request):
    # As an editor does: accept dynamic registrations (the server watches .reportlsp-waivers.json when the
    # client says it can watch files, as VS Code does).
    lsp_client.registrations = []

    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register_capability(params: types.RegistrationParams):
        lsp_client.registrations.extend(params.registrations)

    result = await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities(request.param), initialization_options={"debounceMs": 20}
        )
    )
    # VS Code offers no encodings (so UTF-16); Neovim offers UTF-8 first.
    lsp_client.position_encoding = result.capabilities.position_encoding
    yield
    await lsp_client.shutdown_session()


async def wait_for_diagnostics(client: LanguageClient, version: int, uri: str = URI):
    while True:
        params = await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if params.uri == uri and params.version == version:
            return params.diagnostics


async def test_fix_removes_the_diagnostic(client: LanguageClient):
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri=URI, language_id="plaintext", version=1, text=TEXT))
    )
    diagnostics = await wait_for_diagnostics(client, 1)
    finding = next(d for d in diagnostics if d.code == "N104")
    assert finding.range.start.line == 4

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=URI),
            range=finding.range,
            context=types.CodeActionContext(diagnostics=[finding]),
        )
    )
    # lsprotocol reads any action with a `command` (our "忽略此处…") as a bare Command, which has no kind;
    # editors tell them apart by the type of `command`.
    waivers = [a for a in actions if isinstance(a, types.Command)]
    assert [w.title for w in waivers] == ["忽略此处…（N104 发文字号年份括号不规范）"]
    actions = [a for a in actions if isinstance(a, types.CodeAction)]
    quick_fix = next(a for a in actions if a.kind == types.CodeActionKind.QuickFix and a.is_preferred)
    assert quick_fix.title == "改为〔2021〕"
    if client.capabilities.workspace.workspace_edit.document_changes:
        [change] = quick_fix.edit.document_changes
        assert change.text_document.version == 1
        edits = change.edits
    else:
        edits = quick_fix.edit.changes[URI]
    fixed = apply_edits(TEXT, edits, client.position_encoding)
    assert "根据绥财绩〔2021〕6号文件" in fixed
    assert any(a.kind == types.CodeActionKind.SourceFixAll for a in actions)

    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
            content_changes=[types.TextDocumentContentChangePartial(range=e.range, text=e.new_text) for e in edits],
        )
    )
    after = await wait_for_diagnostics(client, 2)
    assert not [d for d in after if d.code == "N104"]


async def test_hover_symbols_and_folding(client: LanguageClient):
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri=URI, language_id="plaintext", version=1, text=TEXT))
    )
    diagnostics = await wait_for_diagnostics(client, 1)
    finding = next(d for d in diagnostics if d.code == "N104")
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=URI), position=finding.range.start)
    )
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert "N104" in hover.contents.value

    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=URI))
    )
    assert [s.name for s in symbols] == ["一、基本情况", "二、评价结论"]
    assert [c.name for c in symbols[0].children] == ["（一）部门概况", "（二）预算情况"]

    folds = await client.text_document_folding_range_async(
        types.FoldingRangeParams(text_document=types.TextDocumentIdentifier(uri=URI))
    )
    assert [(f.start_line, f.end_line) for f in folds] == [(2, 7), (3, 4), (6, 7), (8, 9)]


RATIO_URI = (FIXTURES / "ratio.txt").as_uri()
RATIO_TEXT = (FIXTURES / "ratio.txt").read_text(encoding="utf-8")


def column(line: str, index: int, encoding: str) -> int:
    """The LSP character of the `index`-th code point of `line` in the negotiated encoding."""
    codec, width = {"utf-8": ("utf-8", 1), "utf-16": ("utf-16-le", 2), "utf-32": ("utf-32-le", 4)}[encoding]
    return len(line[:index].encode(codec)) // width


async def test_hover_and_inlay_hints_on_a_stated_ratio(client: LanguageClient):
    refreshed = asyncio.Event()

    @client.feature(types.WORKSPACE_INLAY_HINT_REFRESH)
    def inlay_hint_refresh(params):
        refreshed.set()

    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=RATIO_URI, language_id="plaintext", version=1, text=RATIO_TEXT)
        )
    )
    diagnostics = await wait_for_diagnostics(client, 1, RATIO_URI)
    finding = next(d for d in diagnostics if d.code == "A101")
    line = RATIO_TEXT.split("\n")[2]
    figure = line.index("8.6%")
    encoding = client.position_encoding
    assert finding.range.start == types.Position(2, column(line, figure, encoding))

    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=RATIO_URI), position=finding.range.start)
    )
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert hover.contents.value.startswith("**节约比**：节约比 = 节约额 ÷ (决算数 + 节约额)")
    assert "按本文数据：1.59÷(14.41+1.59) = 9.94%，文中为 8.6%，不符" in hover.contents.value
    assert hover.range == types.Range(finding.range.start, types.Position(2, column(line, figure + 4, encoding)))

    whole = types.Range(types.Position(0, 0), types.Position(3, 0))
    params = types.InlayHintParams(text_document=types.TextDocumentIdentifier(uri=RATIO_URI), range=whole)
    assert not await client.text_document_inlay_hint_async(params)

    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"reportLSP": {"debounceMs": 20, "inlayHints": True}})
    )
    inlay_capabilities = client.capabilities.workspace.inlay_hint
    if inlay_capabilities and inlay_capabilities.refresh_support:
        await asyncio.wait_for(refreshed.wait(), 10)
    hints = await client.text_document_inlay_hint_async(params)
    # The 16万元 budget is 2020's and the report is on 2023: the fact layer does not take it as this
    # year's budget, so the ratio is recomputed from the saving and the actual spending alone.
    assert [h.label for h in hints] == ["≈9.94%"]
    assert [h.position for h in hints] == [types.Position(2, column(line, figure + 4, encoding))]
    assert hints[0].tooltip == "按本文数据：1.59÷(14.41+1.59) = 9.94%，文中为 8.6%，不符"
