"""LSP 3.17 pull diagnostics and workspace/configuration, with a real client against the built binary."""

import asyncio

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from conftest import FIXTURES, server_binary

URI = (FIXTURES / "report.txt").as_uri()
TEXT = (FIXTURES / "report.txt").read_text(encoding="utf-8")


def accept_registrations(client: LanguageClient):
    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register_capability(params: types.RegistrationParams):
        pass


def open_report(client: LanguageClient):
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri=URI, language_id="plaintext", version=1, text=TEXT))
    )


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[server_binary()]))
async def pulling_client(lsp_client: LanguageClient):
    # A client that pulls diagnostics and can be asked to pull again, as VS Code does since LSP 3.17.
    accept_registrations(lsp_client)
    capabilities = client_capabilities("visual-studio-code")
    capabilities.text_document.diagnostic = types.DiagnosticClientCapabilities(dynamic_registration=False)
    capabilities.workspace.diagnostics = types.DiagnosticWorkspaceClientCapabilities(refresh_support=True)
    result = await lsp_client.initialize_session(
        types.InitializeParams(capabilities=capabilities, initialization_options={"debounceMs": 20})
    )
    assert result.capabilities.diagnostic_provider is not None
    assert result.capabilities.diagnostic_provider.inter_file_dependencies is False
    yield
    await lsp_client.shutdown_session()


async def test_diagnostics_are_pulled_with_result_ids(pulling_client: LanguageClient):
    open_report(pulling_client)
    document = types.TextDocumentIdentifier(uri=URI)
    report = await pulling_client.text_document_diagnostic_async(types.DocumentDiagnosticParams(text_document=document))
    assert report.kind == "full"
    assert [d.code for d in report.items if d.code == "N104"] == ["N104"]
    assert report.result_id
    again = await pulling_client.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=document, previous_result_id=report.result_id)
    )
    assert again.kind == "unchanged" and again.result_id == report.result_id
    # Nothing is pushed to a pulling client.
    assert URI not in pulling_client.diagnostics


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[server_binary()]))
async def configured_client(lsp_client: LanguageClient):
    # The settings live in the editor's configuration store, read by workspace/configuration.
    accept_registrations(lsp_client)
    lsp_client.set_configuration({"debounceMs": 20, "disabledRules": ["N104"]}, section="reportLSP")
    await lsp_client.initialize_session(types.InitializeParams(capabilities=client_capabilities("neovim")))
    yield
    await lsp_client.shutdown_session()


async def test_settings_come_from_workspace_configuration(configured_client: LanguageClient):
    # Without the configured settings the report has an N104 finding; with them, none is published (the
    # first analysis may run before the answer arrives, so wait for one without it).
    open_report(configured_client)

    async def without_n104():
        while True:
            params = await configured_client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
            if params.uri == URI and not [d for d in params.diagnostics if d.code == "N104"]:
                return

    await asyncio.wait_for(without_n104(), 10)
