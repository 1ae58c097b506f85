/**
 * The "MatSci" sidebar panel: model status line, chat, attachments, composer.
 */
import { Dialog, InputDialog, showDialog } from '@jupyterlab/apputils';
import type { INotebookTracker } from '@jupyterlab/notebook';
import { MimeModel, type IRenderMimeRegistry } from '@jupyterlab/rendermime';
import { Widget } from '@lumino/widgets';

import { APIError, requestAPI, streamChat } from './api';
import { AssistantView, assistantMessage, el, errorMessage, userMessage, type IViewDeps } from './chatView';
import { NotebookBridge } from './notebookBridge';
import { isVariableName } from './notebookContext';
import { completeCommand, insertCommand } from './slash';
import { describeModel, describeSandbox } from './status';
import type { ChatEvent, IAttachment, IChatMessage, IHistory, IModelState, IStatus } from './types';

const POLL_IDLE_MS = 30_000;
const POLL_LOADING_MS = 1_500;

export interface IChatPanelOptions {
  tracker: INotebookTracker;
  rendermime: IRenderMimeRegistry;
  /** Show a widget in the main area (used for "Open in a tab"). */
  openInMain?: (widget: Widget, title: string) => void;
}

export class ChatPanel extends Widget {
  readonly bridge: NotebookBridge;
  private _rendermime: IRenderMimeRegistry;
  private _status: IStatus | null = null;
  private _attachments: IAttachment[] = [];
  private _abort: AbortController | null = null;
  private _shownNotebook: string | null | undefined = undefined;
  private _pollTimer: ReturnType<typeof setTimeout> | null = null;
  private _bannerTimer: ReturnType<typeof setTimeout> | null = null;
  private _historyLoad: Promise<void> = Promise.resolve();
  private _deps: IViewDeps;
  private _openInMain: ((widget: Widget, title: string) => void) | null;

  // elements
  private _statusLine = el('span', 'jp-matsci-model-status');
  private _loadButton = el('button', 'jp-matsci-button jp-matsci-load', 'Load…');
  private _connectButton = el('button', 'jp-matsci-button jp-matsci-connect', 'Connect…');
  private _unloadButton = el('button', 'jp-matsci-button jp-matsci-unload', 'Unload');
  private _context = el('div', 'jp-matsci-context');
  private _messages = el('div', 'jp-matsci-messages');
  private _banner = el('div', 'jp-matsci-banner');
  private _chips = el('div', 'jp-matsci-attachments');
  private _completions = el('ul', 'jp-matsci-completions');
  private _input = el('textarea', 'jp-matsci-input');
  private _send = el('button', 'jp-matsci-button jp-mod-accept jp-matsci-send', 'Send');
  private _stop = el('button', 'jp-matsci-button jp-matsci-stop', 'Stop');

  constructor(options: IChatPanelOptions) {
    super();
    this.id = 'matsci-chat';
    this.addClass('jp-matsci-panel');
    this.title.caption = 'MatSci chat';
    this.bridge = new NotebookBridge(options.tracker);
    this._rendermime = options.rendermime;
    this._openInMain = options.openInMain ?? null;
    this._deps = {
      renderMarkdown: (host, markdown) => this._renderMarkdown(host, markdown),
      renderBundle: (host, bundle) => this._renderBundle(host, bundle),
      actions: this.bridge,
      report: (message, level) => this.report(message, level),
      confirm: async (title, body) => {
        const result = await showDialog({
          title,
          body,
          buttons: [Dialog.cancelButton(), Dialog.warnButton({ label: 'Run anyway' })]
        });
        return result.button.accept;
      }
    };
    this._build();
    options.tracker.currentChanged.connect(() => this._notebookChanged());
    void this.refreshStatus();
    this._notebookChanged();
  }

  // -- layout ----------------------------------------------------------------
  private _build(): void {
    const header = el('div', 'jp-matsci-header');
    header.appendChild(el('span', 'jp-matsci-title', 'MatSci'));
    header.appendChild(this._statusLine);
    const actions = el('span', 'jp-matsci-model-actions');
    this._loadButton.title = 'Load a model into the Jupyter server (4-bit NF4)';
    this._connectButton.title = 'Use a model server (matsci-jupyter serve, vLLM, …) shared with the kernels';
    this._unloadButton.title = 'Free the model';
    actions.append(this._loadButton, this._connectButton, this._unloadButton);
    header.appendChild(actions);
    this._loadButton.onclick = () => void this._loadModel();
    this._connectButton.onclick = () => void this._connectModel();
    this._unloadButton.onclick = () => void this._modelAction('unload', {});

    const attachBar = el('div', 'jp-matsci-attach-buttons');
    attachBar.appendChild(el('span', 'jp-matsci-attach-label', 'Attach:'));
    const attach = (label: string, title: string, fn: () => void | Promise<void>) => {
      const b = el('button', 'jp-matsci-button jp-matsci-attach', label);
      b.title = title;
      b.onclick = () => void fn();
      attachBar.appendChild(b);
    };
    attach('Cell', 'Attach the selected cell', () => this.attachSelectedCell());
    attach('Last error', 'Attach the last error in the notebook', () => this.attachLastError());
    attach('Variable…', 'Attach a short summary of a kernel variable', () => this._askVariable());
    const clear = el('button', 'jp-matsci-button jp-matsci-clear', 'New chat');
    clear.title = 'Start a new chat for this notebook (the old one is kept in a file)';
    clear.onclick = () => void this._clearHistory();
    attachBar.appendChild(clear);

    this._input.placeholder = 'Ask about materials, or /help  (Enter sends, Shift+Enter: new line)';
    this._input.rows = 3;
    this._input.addEventListener('keydown', event => this._onKey(event));
    this._input.addEventListener('input', () => this._updateCompletions());
    this._send.onclick = () => void this.ask(this._input.value);
    this._stop.onclick = () => this.stop();
    this._stop.disabled = true;

    const composer = el('div', 'jp-matsci-composer');
    const row = el('div', 'jp-matsci-composer-row');
    row.append(this._input, this._send, this._stop);
    composer.append(attachBar, this._chips, this._completions, row);
    this.node.append(header, this._context, this._messages, this._banner, composer);
  }

  // -- status ---------------------------------------------------------------
  async refreshStatus(): Promise<void> {
    if (this._pollTimer !== null) {
      clearTimeout(this._pollTimer);
      this._pollTimer = null;
    }
    let model: IModelState | null = null;
    try {
      if (!this._status) {
        this._status = await requestAPI<IStatus>('status');
        model = this._status.model;
      } else {
        model = await requestAPI<IModelState>('model');
        this._status.model = model;
      }
    } catch (err) {
      this._showStatus(null, `MatSci server extension unavailable: ${errorMessage(err)}`);
    }
    if (model) {
      this._showStatus(model);
    }
    if (!this.isDisposed) {
      this._pollTimer = setTimeout(
        () => void this.refreshStatus(),
        model?.state === 'loading' ? POLL_LOADING_MS : POLL_IDLE_MS
      );
    }
  }

  private _showStatus(model: IModelState | null, override?: string): void {
    const line = describeModel(model);
    const sandbox = describeSandbox(this._status?.sandbox);
    this._statusLine.textContent = override ?? [line.text, sandbox.text].filter(Boolean).join(' · ');
    this._statusLine.title = override ?? [line.title, sandbox.title].filter(Boolean).join('\n\n');
    this._statusLine.dataset.state = override ? 'error' : line.state;
    const busy = model?.state === 'loading';
    this._loadButton.disabled = busy;
    this._connectButton.disabled = busy;
    this._unloadButton.disabled = busy || model?.state !== 'ready';
  }

  private async _loadModel(): Promise<void> {
    const suggested = this._status?.model.suggested_model ?? '';
    const result = await InputDialog.getText({
      title: 'Load a model into the Jupyter server (4-bit NF4)',
      label: 'Local folder, known model name or cached Hugging Face id',
      text: suggested,
      placeholder: '/path/to/model'
    });
    if (result.button.accept && result.value?.trim()) {
      await this._modelAction('load', { name_or_path: result.value.trim() });
    }
  }

  private async _connectModel(): Promise<void> {
    const result = await InputDialog.getText({
      title: 'Connect to a model server (shared with the kernels)',
      label: 'OpenAI-compatible base URL, e.g. started with `matsci-jupyter serve`',
      text: this._status?.model.configured_url ?? 'http://127.0.0.1:8000/v1'
    });
    if (result.button.accept && result.value?.trim()) {
      await this._modelAction('connect', { url: result.value.trim() });
    }
  }

  private async _modelAction(action: 'load' | 'connect' | 'unload', body: object): Promise<void> {
    const pending = requestAPI<IModelState>(`model/${action}`, {
      method: 'POST',
      body: JSON.stringify(body)
    });
    if (action !== 'unload') {
      setTimeout(() => void this.refreshStatus(), 300); // shows "loading…" while it runs
    }
    try {
      const state = await pending;
      if (this._status) {
        this._status.model = state;
      }
      this._showStatus(state);
      this.report(action === 'unload' ? 'Model unloaded' : `Model ready: ${describeModel(state).text}`);
    } catch (err) {
      this.report(errorMessage(err), 'error');
      void this.refreshStatus();
    }
  }

  // -- notebook and history ------------------------------------------------------
  private _notebookChanged(): void {
    const path = this.bridge.path;
    if (path === this._shownNotebook) {
      return;
    }
    this._shownNotebook = path;
    this._attachments = [];
    this._renderChips();
    const panel = this.bridge.panel;
    panel?.context.pathChanged.connect(this._onPathChanged, this);
    panel?.sessionContext.statusChanged.connect(this._onKernelStatus, this);
    this._historyLoad = this.loadHistory();
  }

  private _onKernelStatus(sender: unknown, status: string): void {
    if (sender !== this.bridge.panel?.sessionContext) {
      return; // a notebook in the background
    }
    if (status === 'autorestarting') {
      this.report('The notebook’s kernel died and is restarting: its variables are gone. The chat is unaffected.', 'error');
    } else if (status === 'dead') {
      this.report('The notebook’s kernel died (Kernel ▸ Restart Kernel…). The chat still works.', 'error');
    }
  }

  private _onPathChanged(): void {
    this._shownNotebook = undefined;
    this._notebookChanged();
  }

  /** Show the chat kept for the active notebook. */
  async loadHistory(): Promise<void> {
    const path = this._shownNotebook ?? null;
    this._messages.replaceChildren();
    this._context.textContent = path ? `Notebook: ${path}` : 'No notebook open: a general chat';
    try {
      const query = path ? `?notebook=${encodeURIComponent(path)}` : '';
      const history = await requestAPI<IHistory>(`history${query}`);
      if (path !== (this._shownNotebook ?? null)) {
        return; // the user moved on meanwhile
      }
      this._context.textContent = `${path ? `Notebook: ${path}` : 'General chat'} · kept in ${history.location}`;
      this._context.title = history.location;
      for (const message of history.messages) {
        await this._appendStored(message);
      }
      history.notices.forEach(n => this.report(n, 'info'));
      this._scrollToEnd();
    } catch (err) {
      this.report(`Could not load the chat history: ${errorMessage(err)}`, 'error');
    }
  }

  /** Resolves when the history of the current notebook is shown (tests, other extensions). */
  get historyLoaded(): Promise<void> {
    return this._historyLoad;
  }

  private async _appendStored(message: IChatMessage): Promise<void> {
    if (message.role === 'user') {
      this._messages.appendChild(userMessage(message));
    } else {
      const view = await assistantMessage(message, this._deps);
      this._messages.appendChild(view.node);
    }
  }

  private async _clearHistory(): Promise<void> {
    const path = this._shownNotebook ?? null;
    try {
      const query = path ? `?notebook=${encodeURIComponent(path)}` : '';
      const reply = await requestAPI<{ cleared: boolean; kept_as: string | null }>(`history${query}`, {
        method: 'DELETE'
      });
      this._messages.replaceChildren();
      this.report(reply.kept_as ? `New chat; the old one is kept as ${reply.kept_as}` : 'New chat');
    } catch (err) {
      this.report(errorMessage(err), 'error');
    }
  }

  // -- attachments ------------------------------------------------------------------
  attachSelectedCell(): void {
    const cell = this.bridge.selectedCell();
    if (!cell) {
      this.report('Select a cell in a notebook first', 'error');
      return;
    }
    this._addAttachment(cell);
  }

  attachLastError(): void {
    const error = this.bridge.lastError();
    if (!error) {
      this.report('No cell of this notebook shows an error', 'info');
      return;
    }
    this._addAttachment(error);
  }

  async attachVariable(name: string): Promise<void> {
    name = name.trim();
    if (!isVariableName(name)) {
      this.report(`${JSON.stringify(name)} is not a Python variable name`, 'error');
      return;
    }
    try {
      const { code } = await requestAPI<{ code: string }>(`kernel/summary-code?name=${encodeURIComponent(name)}`);
      const summary = await this.bridge.printed(code);
      this._addAttachment({ kind: 'variable', label: name, content: summary || `${name}: (no summary)` });
    } catch (err) {
      this.report(`Cannot attach ${name}: ${errorMessage(err)}`, 'error');
    }
  }

  private async _askVariable(): Promise<void> {
    const result = await InputDialog.getText({
      title: 'Attach a kernel variable (a short summary only)',
      label: 'Variable name',
      placeholder: 'structure'
    });
    if (result.button.accept && result.value) {
      await this.attachVariable(result.value);
    }
  }

  private _addAttachment(a: IAttachment): void {
    const limit = this._status?.limits.max_attachment_chars ?? 20_000;
    if (a.content.length > limit) {
      a = { ...a, content: a.content.slice(0, limit - 40) + '\n… [cut to fit the limit]' };
    }
    this._attachments = [...this._attachments.filter(x => x.kind !== a.kind || x.label !== a.label), a].slice(-5);
    this._renderChips();
  }

  private _renderChips(): void {
    this._chips.replaceChildren();
    this._attachments.forEach((a, i) => {
      const chip = el('span', `jp-matsci-chip jp-mod-${a.kind}`, `${a.kind}: ${a.label} `);
      chip.title = a.content.slice(0, 2000);
      const remove = el('button', 'jp-matsci-chip-remove', '×');
      remove.title = 'Remove';
      remove.onclick = () => {
        this._attachments.splice(i, 1);
        this._renderChips();
      };
      chip.appendChild(remove);
      this._chips.appendChild(chip);
    });
  }

  // -- composer ----------------------------------------------------------------------
  private _onKey(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      void this.ask(this._input.value);
    } else if (event.key === 'Tab') {
      const first = completeCommand(this._input.value, this._status?.commands ?? [])[0];
      if (first) {
        event.preventDefault();
        this._input.value = insertCommand(first);
        this._updateCompletions();
      }
    } else if (event.key === 'Escape') {
      this._completions.replaceChildren();
    }
  }

  private _updateCompletions(): void {
    this._completions.replaceChildren();
    for (const command of completeCommand(this._input.value, this._status?.commands ?? [])) {
      const item = el('li', 'jp-matsci-completion');
      item.appendChild(el('code', '', command.usage));
      item.appendChild(el('span', '', ` ${command.help}`));
      item.onclick = () => {
        this._input.value = insertCommand(command);
        this._input.focus();
        this._updateCompletions();
      };
      this._completions.appendChild(item);
    }
  }

  stop(): void {
    this._abort?.abort();
  }

  /** Send ``text`` with the current attachments; resolves when the answer is complete. */
  async ask(text: string): Promise<void> {
    if (!text.trim() || this._abort) {
      return;
    }
    await this._historyLoad;
    const limit = this._status?.limits.max_message_chars ?? 20_000;
    if (text.length > limit) {
      this.report(
        `The message has ${text.length} characters; the limit is ${limit}. Attach long code or data as a cell or variable instead.`,
        'error'
      );
      return; // the draft stays in the box
    }
    const notebook = this.bridge.path;
    const attachments = this._attachments;
    const clientId = randomId();
    const userNode = userMessage({ id: clientId, role: 'user', content: text, attachments });
    userNode.classList.add('jp-mod-pending');
    const view = new AssistantView(this._deps);
    this._messages.append(userNode, view.node);
    this._scrollToEnd();
    this._input.value = '';
    this._completions.replaceChildren();
    this._attachments = [];
    this._renderChips();
    const abort = new AbortController();
    this._setBusy(abort);

    let finished = false;
    const onEvent = (event: ChatEvent) => {
      switch (event.event) {
        case 'start':
          userNode.classList.remove('jp-mod-pending');
          userNode.dataset.id = event.data.user.id;
          view.setId(event.data.assistant_id);
          break;
        case 'route':
          view.setRoute(event.data.engine, event.data.via);
          break;
        case 'token':
          view.appendToken(event.data.text);
          this._scrollToEnd();
          break;
        case 'result':
        case 'notice':
          view.addResult(event.data.payload);
          break;
        case 'progress':
          view.setProgress(event.data.message);
          break;
        case 'kernel':
          void this._kernelAction(event.data.code, view, `MatSci: ${event.data.variable}`);
          break;
        case 'error':
          view.setError(event.data.message);
          break;
        case 'done':
          finished = true;
          void view.finish(event.data.message);
          break;
      }
    };
    try {
      await streamChat(
        { message: text, notebook, attachments, client_id: clientId },
        onEvent,
        abort.signal
      );
      if (!finished) {
        const stopped = abort.signal.aborted;
        view.setError(
          stopped
            ? 'Stopped. What arrived is shown; the server keeps the answer in the history.'
            : 'The connection ended before the answer was complete; reload the chat to see what the server kept.'
        );
        await view.finish({ status: stopped ? 'cancelled' : 'error' });
      }
    } catch (err) {
      const refused = err instanceof APIError && err.status >= 400 && err.status < 500;
      if (refused && userNode.classList.contains('jp-mod-pending')) {
        // nothing was stored: give the draft back
        userNode.classList.add('jp-mod-refused');
        this._input.value = text;
        this._attachments = attachments;
        this._renderChips();
      }
      view.setError(refused ? `Not sent: ${errorMessage(err)}` : errorMessage(err));
      await view.finish({ status: 'error' });
    } finally {
      this._setBusy(null);
      await view.settled();
      this._scrollToEnd();
    }
  }

  private async _kernelAction(code: string, view: AssistantView, title: string): Promise<void> {
    const host = view.outputHost();
    try {
      const again = await this.bridge.showOutputs(code, host);
      if (this._openInMain) {
        const open = el('button', 'jp-matsci-button jp-matsci-open-tab', 'Open in a tab');
        open.title = 'Show it wider, in the main area';
        open.onclick = () => this._openInMain!(again(), title);
        host.insertBefore(open, host.firstChild);
      }
    } catch (err) {
      host.appendChild(el('div', 'jp-matsci-error', `Could not show it: ${errorMessage(err)}`));
    }
  }

  private _setBusy(abort: AbortController | null): void {
    this._abort = abort;
    this._send.disabled = abort !== null;
    this._stop.disabled = abort === null;
    this.node.classList.toggle('jp-mod-busy', abort !== null);
  }

  // -- rendering deps ------------------------------------------------------------------
  private async _renderMarkdown(host: HTMLElement, markdown: string): Promise<void> {
    const renderer = this._rendermime.createRenderer('text/markdown');
    await renderer.renderModel(new MimeModel({ data: { 'text/markdown': markdown }, trusted: false }));
    host.appendChild(renderer.node);
  }

  private async _renderBundle(host: HTMLElement, bundle: Record<string, any>): Promise<boolean> {
    const mime = this._rendermime.preferredMimeType(bundle, 'ensure');
    if (!mime) {
      return false;
    }
    const renderer = this._rendermime.createRenderer(mime);
    host.appendChild(renderer.node);
    await renderer.renderModel(new MimeModel({ data: bundle, trusted: false }));
    return true;
  }

  /** A short message under the chat (errors stay longer). */
  report(message: string, level: 'info' | 'error' = 'info'): void {
    this._banner.textContent = message;
    this._banner.dataset.level = level;
    if (this._bannerTimer !== null) {
      clearTimeout(this._bannerTimer);
    }
    this._bannerTimer = setTimeout(() => {
      this._banner.textContent = '';
    }, level === 'error' ? 12_000 : 4_000);
  }

  private _scrollToEnd(): void {
    this._messages.scrollTop = this._messages.scrollHeight;
  }

  dispose(): void {
    if (this._pollTimer !== null) {
      clearTimeout(this._pollTimer);
    }
    this._abort?.abort();
    super.dispose();
  }
}

function randomId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}
