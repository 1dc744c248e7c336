// Runs src/extension.ts against stand-ins for `vscode` and `vscode-languageclient/node` whose LanguageClient
// behaves like version 9's: stop() throws on a client that never got running. Needs only Node and the
// TypeScript compiler (Debian: node-typescript), not the npm registry.
// Usage: node --test editors/vscode/test/
'use strict';
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const test = require('node:test');

function loadTypeScript() {
  for (const candidate of ['typescript', '/usr/share/nodejs/typescript', '/usr/lib/node_modules/typescript']) {
    try {
      return require(candidate);
    } catch {}
  }
  return undefined;
}
const ts = loadTypeScript();

/** A fresh copy of the extension wired to stand-ins; `settings` is what getConfiguration('reportLSP') reads. */
function loadExtension(settings) {
  const events = { messages: [], clients: [], configurationListeners: [], commands: {} };
  class LanguageClient {
    constructor(id, name, serverOptions) {
      this.command = serverOptions.run.command;
      this.state = 'initial';
      events.clients.push(this);
    }
    async start() {
      this.state = 'starting';
      if (!fs.existsSync(this.command) && this.command !== 'report-lsp-that-works') {
        this.state = 'startFailed';
        throw new Error(`spawn ${this.command} ENOENT`);
      }
      this.state = 'running';
    }
    async stop() {
      if (this.state !== 'running') {
        throw new Error(`Client is not running and can't be stopped. It's current state is: ${this.state}`);
      }
      this.state = 'stopped';
    }
    needsStop() {
      return this.state === 'starting' || this.state === 'running';
    }
    isRunning() {
      return this.state === 'running';
    }
    async sendNotification(method) {
      events.notifications = (events.notifications || 0) + 1;
    }
  }
  const vscode = {
    workspace: {
      getConfiguration: () => ({ get: (key) => settings[key] }),
      onDidChangeConfiguration: (listener) => {
        events.configurationListeners.push(listener);
        return { dispose() {} };
      },
      workspaceFolders: undefined,
      textDocuments: [],
    },
    window: {
      showErrorMessage: async (message) => {
        events.messages.push(message);
        return undefined;
      },
    },
    commands: {
      registerCommand: (name, callback) => {
        events.commands[name] = callback;
        return { dispose() {} };
      },
      executeCommand: async () => undefined,
    },
    ViewColumn: { Beside: -2 },
  };
  const source = fs.readFileSync(path.join(__dirname, '..', 'src', 'extension.ts'), 'utf8');
  const { outputText, diagnostics } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, strict: true },
    reportDiagnostics: true,
  });
  assert.deepStrictEqual(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), []);
  const module = { exports: {} };
  const stubs = { vscode, 'vscode-languageclient/node': { LanguageClient, TransportKind: { stdio: 0 } }, path };
  new Function('require', 'module', 'exports', outputText)((name) => stubs[name], module, module.exports);
  return { extension: module.exports, events };
}

function changeSettings(events, keys) {
  const event = { affectsConfiguration: (section) => keys.some((key) => key === section || key.startsWith(section + '.')) };
  return Promise.all(events.configurationListeners.map((listener) => listener(event)));
}

test('a failed start names the setting, and restart recovers without throwing', { skip: !ts && 'no TypeScript compiler' }, async () => {
  const settings = { serverPath: '/nonexistent/report-lsp' };
  const { extension, events } = loadExtension(settings);
  await extension.activate({ subscriptions: [] });
  assert.strictEqual(events.messages.length, 1);
  assert.match(events.messages[0], /reportLSP\.serverPath/);
  assert.match(events.messages[0], /无法启动语言服务器“\/nonexistent\/report-lsp”/);
  // Restart with the same bad path: no exception from stopping the failed client, one more message.
  await events.commands['reportLSP.restartServer']();
  assert.strictEqual(events.messages.length, 2);
  // Fixing the path starts a working client, even though no client was running.
  settings.serverPath = 'report-lsp-that-works';
  await changeSettings(events, ['reportLSP', 'reportLSP.serverPath']);
  const running = events.clients.filter((client) => client.state === 'running');
  assert.strictEqual(running.length, 1);
  assert.strictEqual(running[0].command, 'report-lsp-that-works');
  // A later restart stops the running client and starts another; deactivate stops that one.
  await events.commands['reportLSP.restartServer']();
  assert.strictEqual(running[0].state, 'stopped');
  await extension.deactivate();
  assert.ok(events.clients.every((client) => client.state !== 'running'));
});

test('other settings reach a running server only', { skip: !ts && 'no TypeScript compiler' }, async () => {
  const settings = { serverPath: '/nonexistent/report-lsp' };
  const { extension, events } = loadExtension(settings);
  await extension.activate({ subscriptions: [] });
  await changeSettings(events, ['reportLSP', 'reportLSP.disabledRules']);
  assert.strictEqual(events.notifications, undefined);
  settings.serverPath = 'report-lsp-that-works';
  await changeSettings(events, ['reportLSP', 'reportLSP.serverPath']);
  await changeSettings(events, ['reportLSP', 'reportLSP.disabledRules']);
  assert.strictEqual(events.notifications, 1);
});

test('package.json names the repository and the license file exists', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
  assert.strictEqual(manifest.license, 'MIT');
  assert.ok(manifest.repository && manifest.repository.url, 'repository.url');
  // vsce looks for the license beside package.json: a copy of the repository's.
  const root = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'LICENSE'), 'utf8');
  assert.strictEqual(fs.readFileSync(path.join(__dirname, '..', 'LICENSE'), 'utf8'), root);
  assert.match(root, /^MIT License/);
});
