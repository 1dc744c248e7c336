// ReportLSP for VS Code: starts `report-lsp serve` over stdio for plain-text and Markdown reports.
import * as path from 'path';
import * as vscode from 'vscode';
import {
  ExecuteCommandSignature,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The flat settings object the server reads (the same keys as `.reportlsp.json`). */
function serverSettings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('reportLSP');
  const keys = [
    'gazetteerPath', 'disabledRules', 'enabledRules', 'severity', 'gradeScale', 'extraConfusables', 'extraTerms',
    'sectionTemplate', 'requiredSections', 'inlayHints', 'debounceMs', 'ruleDocsURL', 'maxFindingsPerRule',
    'maxFindings',
  ];
  const settings: Record<string, unknown> = {};
  for (const key of keys) {
    const value = config.get(key);
    if (value !== undefined && value !== null) settings[key] = value;
  }
  // A relative gazetteer path is relative to the first workspace folder, not to the server's directory.
  const gazetteer = settings.gazetteerPath;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (typeof gazetteer === 'string' && gazetteer !== '' && !path.isAbsolute(gazetteer) && folder) {
    settings.gazetteerPath = path.join(folder, gazetteer);
  }
  return settings;
}

/**
 * The server's "忽略此处…" code action runs `reportLSP.waive`. The language client registers every command
 * the server lists in `executeCommandProvider` (waive, recordWaiver, lintWorkspace) as a VS Code command, so
 * this middleware intercepts waive: it asks for the reason, then lets the server record the waiver in
 * .reportlsp-waivers.json through a workspace edit, and saves that file.
 */
async function executeCommand(command: string, args: unknown[], next: ExecuteCommandSignature): Promise<unknown> {
  if (command === 'reportLSP.showChecklist') return showChecklist(args, next);
  if (command !== 'reportLSP.waive') return next(command, args);
  const reason = await vscode.window.showInputBox({
    title: '忽略此处',
    prompt: '理由（记录在报告旁的 .reportlsp-waivers.json，不写进报告）',
    placeHolder: '例如：引用上级文件原标题，保持原样',
    validateInput: (text) => (text.trim() === '' ? '请写明理由' : undefined),
  });
  if (reason === undefined) return undefined;
  const waiver = (args[0] ?? {}) as Record<string, unknown>;
  const result = (await next('reportLSP.recordWaiver', [{ ...waiver, reason: reason.trim() }])) as
    | { waiverFile?: string }
    | undefined;
  // The edit leaves the side file dirty when it was open; save it so the command line sees the waiver too.
  const document = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === result?.waiverFile);
  if (document?.isDirty) await document.save();
  return result;
}

/** The checklist code lens: the server answers with Markdown, shown beside the report. */
async function showChecklist(args: unknown[], next: ExecuteCommandSignature): Promise<unknown> {
  const markdown = await next('reportLSP.showChecklist', args);
  if (typeof markdown === 'string') {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }
  return markdown;
}

/** The configured executable: `reportLSP.serverPath`, or `report-lsp` on PATH. */
function serverCommand(): string {
  return vscode.workspace.getConfiguration('reportLSP').get<string>('serverPath') || 'report-lsp';
}

function makeClient(command: string): LanguageClient {
  const serverOptions: ServerOptions = {
    run: { command, args: ['serve'], transport: TransportKind.stdio },
    debug: { command, args: ['serve'], transport: TransportKind.stdio },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    initializationOptions: serverSettings(),
    outputChannelName: 'ReportLSP',
    middleware: { executeCommand },
  };
  return new LanguageClient('reportLSP', 'ReportLSP', serverOptions, clientOptions);
}

/**
 * Starts a client for the configured executable. A start that fails (the executable is missing or is not
 * report-lsp) leaves no client behind and says, in Chinese, which setting to fix; the restart command and a
 * change of `reportLSP.serverPath` then start afresh.
 */
async function start(): Promise<void> {
  const command = serverCommand();
  const next = makeClient(command);
  client = next;
  try {
    await next.start();
  } catch (error) {
    if (client === next) client = undefined;
    await stopQuietly(next);
    const reason = error instanceof Error ? error.message : String(error);
    const choice = await vscode.window.showErrorMessage(
      `ReportLSP 无法启动语言服务器“${command}”：${reason}。请安装 report-lsp（见仓库 README 的 scripts/install），` +
        '或在设置 reportLSP.serverPath 中填写它的完整路径，然后运行“ReportLSP: 重启语言服务器”。',
      '打开设置',
    );
    if (choice === '打开设置') {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'reportLSP.serverPath');
    }
  }
}

/**
 * Stops a client whatever state it is in. vscode-languageclient's `stop()` throws on a client that never
 * got running ("Client is not running and can't be stopped. It's current state is: startFailed"), which is
 * exactly the client a restart after a failed start finds; such a client is only forgotten.
 */
async function stopQuietly(old: LanguageClient | undefined): Promise<void> {
  if (!old || !old.needsStop()) return;
  try {
    await old.stop();
  } catch {
    // Already stopped or never started: nothing left to stop.
  }
}

async function restart(): Promise<void> {
  const old = client;
  client = undefined;
  await stopQuietly(old);
  await start();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand('reportLSP.restartServer', restart),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('reportLSP')) return;
      // A new path starts the server even when the previous start failed (then there is no client).
      if (event.affectsConfiguration('reportLSP.serverPath')) {
        await restart();
      } else if (client?.isRunning()) {
        await client.sendNotification('workspace/didChangeConfiguration', { settings: serverSettings() });
      }
    }),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  const old = client;
  client = undefined;
  await stopQuietly(old);
}
