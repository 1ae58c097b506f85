/**
 * The chat's DOM: messages, code blocks with their buttons, engine results.
 * No JupyterLab imports: rendering of markdown and mime bundles and the notebook
 * actions come in through ``IViewDeps`` (so this is unit-tested under jsdom).
 */
import { splitMarkdown } from './markdown';
import { answerValue, normalizeChecks, problemLines, stepLines, summaryRows } from './results';
import type { IAttachment, IChatMessage, IPayload } from './types';

export interface ICodeActions {
  insertBelow(code: string): Promise<void> | void;
  replace(code: string): Promise<void> | void;
  run(code: string): Promise<void> | void;
  copy(code: string): Promise<void> | void;
}

export interface IViewDeps {
  renderMarkdown(host: HTMLElement, markdown: string): Promise<void>;
  /** Render a mime bundle; false when nothing could render it. */
  renderBundle(host: HTMLElement, bundle: Record<string, any>): Promise<boolean>;
  actions: ICodeActions;
  report(message: string, level?: 'info' | 'error'): void;
  /** Ask the user before running code no tool verified; resolves true to go ahead. */
  confirm?(title: string, body: string): Promise<boolean>;
}

/** What Run asks before it runs code that no tool verified (issue 12). */
export const UNVERIFIED_RUN_QUESTION =
  'No tool verified this code. It will run in your notebook kernel with your permissions ' +
  '(files, network, environment). Run it anyway?';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

const CODE_BUTTONS: Array<{ key: keyof ICodeActions; label: string; title: string; done: string }> = [
  {
    key: 'insertBelow',
    label: 'Insert below',
    title: 'Insert as a new cell below the active cell',
    done: 'Inserted below the active cell'
  },
  { key: 'replace', label: 'Replace', title: 'Replace the active cell with this code', done: 'Replaced the active cell' },
  { key: 'copy', label: 'Copy', title: 'Copy to the clipboard', done: 'Copied' },
  { key: 'run', label: 'Run', title: 'Insert below the active cell and run it', done: 'Inserted and running' }
];

/**
 * A code block with Insert below / Replace / Copy / Run; buttons wait until the block is complete.
 * Run executes in the user's kernel, so for code that no tool verified (``verified`` false: every
 * fenced block of model prose, every failed or unverified result) it first asks the user.
 */
export function codeBlock(
  code: string,
  language: string,
  closed: boolean,
  deps: IViewDeps,
  verified = false
): HTMLElement {
  const box = el('div', 'jp-matsci-code');
  const bar = el('div', 'jp-matsci-code-toolbar');
  bar.appendChild(el('span', 'jp-matsci-code-lang', language || 'code'));
  for (const button of CODE_BUTTONS) {
    const gated = button.key === 'run' && !verified;
    const b = el(
      'button',
      `jp-matsci-button jp-matsci-code-${button.key.toLowerCase()}`,
      gated ? `${button.label}…` : button.label
    );
    b.title = gated ? `${button.title} (not verified: asks first)` : button.title;
    b.type = 'button';
    b.disabled = !closed;
    b.addEventListener('click', async () => {
      try {
        if (gated && !(await confirmRun(deps))) {
          deps.report('Not run: the code was not verified');
          return;
        }
        await deps.actions[button.key](code);
        deps.report(button.done);
      } catch (err) {
        deps.report(errorMessage(err), 'error');
      }
    });
    bar.appendChild(b);
  }
  box.appendChild(bar);
  const pre = el('pre', 'jp-matsci-code-body');
  pre.appendChild(el('code', language ? `language-${language}` : '', code));
  box.appendChild(pre);
  return box;
}

async function confirmRun(deps: IViewDeps): Promise<boolean> {
  if (deps.confirm) {
    return deps.confirm('Run unverified code?', UNVERIFIED_RUN_QUESTION);
  }
  return typeof window !== 'undefined' && typeof window.confirm === 'function'
    ? window.confirm(UNVERIFIED_RUN_QUESTION)
    : false;
}

/** The badge of a code result: verified in the OS sandbox, checked without one, or not verified. */
export function codeBadge(data: Record<string, any>): { text: string; passed: boolean } {
  if (data.verified !== true) {
    return { text: '✗ not verified: read before running', passed: false };
  }
  const v = data.verification;
  if (v && typeof v === 'object' && v.isolated === false) {
    return { text: '✓ checked before reaching you (not isolated: no OS sandbox here)', passed: true };
  }
  return { text: '✓ ran in a sandbox before reaching you', passed: true };
}

/** Markdown prose through the markdown renderer, fenced code as code blocks. */
export async function renderText(host: HTMLElement, text: string, deps: IViewDeps): Promise<void> {
  for (const segment of splitMarkdown(text)) {
    if (segment.type === 'code') {
      host.appendChild(codeBlock(segment.code, segment.language, segment.closed, deps));
    } else {
      const part = el('div', 'jp-matsci-markdown');
      host.appendChild(part);
      await deps.renderMarkdown(part, segment.text);
    }
  }
}

function checksList(raw: unknown): HTMLElement | null {
  const checks = normalizeChecks(raw);
  if (!checks.length) {
    return null;
  }
  const list = el('ul', 'jp-matsci-checks');
  for (const check of checks) {
    const state = check.passed === true ? 'passed' : check.passed === false ? 'failed' : 'info';
    const item = el('li', `jp-matsci-check jp-mod-${state}`);
    item.appendChild(el('span', 'jp-matsci-check-mark', state === 'passed' ? '✓' : state === 'failed' ? '✗' : '•'));
    item.appendChild(el('span', 'jp-matsci-check-name', check.name));
    if (check.message) {
      item.appendChild(el('span', 'jp-matsci-check-message', ` — ${check.message}`));
    }
    list.appendChild(item);
  }
  return list;
}

function details(summary: string, lines: string[], className: string): HTMLElement {
  const box = el('details', className);
  box.appendChild(el('summary', '', summary));
  const list = el('ol');
  lines.forEach(line => list.appendChild(el('li', '', line)));
  box.appendChild(list);
  return box;
}

function renderAnswer(payload: IPayload): HTMLElement {
  const data = payload.data;
  const box = el('div', 'jp-matsci-result jp-matsci-answer');
  const { value, unit } = answerValue(data);
  if (value !== null) {
    const head = el('div', 'jp-matsci-answer-headline');
    head.appendChild(el('span', 'jp-matsci-answer-value', value));
    if (unit) {
      head.appendChild(document.createTextNode(' '));
      head.appendChild(el('span', 'jp-matsci-answer-unit', unit));
    }
    box.appendChild(head);
  } else {
    const why = data.reason ?? data.message ?? data.explanation ?? 'no confident answer';
    box.appendChild(el('div', 'jp-matsci-answer-none', `No answer: ${why}`));
  }
  if (value !== null && data.ok === false) {
    box.appendChild(el('div', 'jp-matsci-badge jp-mod-failed', 'not confirmed: see the failed checks'));
  }
  const checks = checksList(data.checks);
  if (checks) {
    box.appendChild(checks);
  }
  const recomputed = data.recomputed;
  if (recomputed && typeof recomputed === 'object' && typeof recomputed.magnitude === 'number') {
    const again = answerValue({ quantity: recomputed });
    box.appendChild(el('div', 'jp-matsci-recomputed', `recomputed from the steps: ${again.value} ${again.unit ?? ''}`.trim()));
  }
  if (Array.isArray(data.notes)) {
    data.notes.forEach((n: unknown) => box.appendChild(el('div', 'jp-matsci-source', `note: ${String(n)}`)));
  }
  const steps = stepLines(data.steps);
  if (steps.length) {
    box.appendChild(details('Calculation', steps, 'jp-matsci-steps'));
  }
  if (data.source) {
    box.appendChild(el('div', 'jp-matsci-source', `source: ${data.source}`));
  }
  return box;
}

function renderCodeResult(payload: IPayload, deps: IViewDeps): HTMLElement {
  const data = payload.data;
  const box = el('div', 'jp-matsci-result jp-matsci-coderesult');
  const verified = data.verified === true;
  const badge = codeBadge(data);
  box.appendChild(el('div', `jp-matsci-badge ${badge.passed ? 'jp-mod-passed' : 'jp-mod-failed'}`, badge.text));
  if (data.clarification) {
    box.appendChild(el('div', 'jp-matsci-clarification', String(data.clarification)));
  }
  if (data.explanation) {
    box.appendChild(el('div', 'jp-matsci-explanation', String(data.explanation)));
  }
  if (typeof data.code === 'string' && data.code) {
    box.appendChild(codeBlock(data.code, 'python', true, deps, verified));
  }
  const v = data.verification;
  if (v && typeof v === 'object') {
    const lines: string[] = [];
    if (v.stdout) {
      lines.push(`output: ${String(v.stdout).trim()}`);
    }
    if (v.error) {
      lines.push(`error: ${String(v.error).trim()}`);
    }
    if (lines.length) {
      box.appendChild(details('Verification', lines, 'jp-matsci-verification'));
    }
  }
  const checks = checksList(data.checks);
  if (checks) {
    box.appendChild(checks);
  }
  return box;
}

function renderNotice(payload: IPayload): HTMLElement {
  const data = payload.data;
  const box = el('div', `jp-matsci-notice jp-mod-${data.level ?? 'info'}`);
  const title = el('div', 'jp-matsci-notice-title', String(data.title ?? 'Note'));
  box.appendChild(title);
  box.appendChild(el('div', 'jp-matsci-notice-message', String(data.message ?? payload.text)));
  const hints = Array.isArray(data.hints) ? data.hints : [];
  if (hints.length) {
    const list = el('ul', 'jp-matsci-notice-hints');
    hints.forEach((h: unknown) => list.appendChild(el('li', '', String(h))));
    box.appendChild(list);
  }
  return box;
}

async function renderBundleOrText(host: HTMLElement, payload: IPayload, deps: IViewDeps): Promise<void> {
  const ok = payload.bundle && (await deps.renderBundle(host, payload.bundle));
  if (!ok) {
    host.appendChild(el('pre', 'jp-matsci-plain', payload.text));
  }
  if (payload.bundle_truncated) {
    host.appendChild(el('div', 'jp-matsci-source', 'the full view was too large to keep in the history'));
  }
}

/** An engine result, by kind; anything unknown through its mime bundle. */
export async function renderPayload(payload: IPayload, deps: IViewDeps): Promise<HTMLElement> {
  switch (payload.kind) {
    case 'answer':
      return renderAnswer(payload);
    case 'code':
      return renderCodeResult(payload, deps);
    case 'notice':
      return renderNotice(payload);
    case 'help': {
      const box = el('div', 'jp-matsci-result jp-matsci-help');
      await renderText(box, String(payload.data.markdown ?? payload.text), deps);
      return box;
    }
    case 'structure_view':
    case 'structure_report':
      return renderStructure(payload, deps);
    default: {
      const box = el('div', `jp-matsci-result jp-matsci-kind-${cssName(payload.kind)}`);
      await renderBundleOrText(box, payload, deps);
      const problems = problemLines(payload.data.problems);
      if (problems.length) {
        const list = el('ul', 'jp-matsci-problems');
        problems.forEach(p => list.appendChild(problemItem(p)));
        box.appendChild(list);
      }
      const checks = checksList(payload.data.checks);
      if (checks) {
        box.appendChild(checks);
      }
      return box;
    }
  }
}

function problemItem(p: { code: string; message: string; severity: string }): HTMLElement {
  const state = p.severity === 'error' ? 'failed' : 'info';
  return el('li', `jp-matsci-check jp-mod-${state}`, `${state === 'failed' ? '✗' : '•'} ${p.code ? p.code + ': ' : ''}${p.message}`);
}

function summaryTable(summary: unknown): HTMLElement | null {
  const rows = summaryRows(summary);
  if (!rows.length) {
    return null;
  }
  const table = el('table', 'jp-matsci-summary');
  for (const [label, value] of rows) {
    const tr = el('tr');
    tr.append(el('th', '', label), el('td', '', value));
    table.appendChild(tr);
  }
  return table;
}

/** A structure view (3D figure from its plotly JSON, summary, checks) or a check report. */
async function renderStructure(payload: IPayload, deps: IViewDeps): Promise<HTMLElement> {
  const data = payload.data;
  const box = el('div', `jp-matsci-result jp-matsci-structure jp-matsci-kind-${cssName(payload.kind)}`);
  const report = payload.kind === 'structure_report' ? data : (data.report ?? {});
  const title = data.title ?? report.headline;
  if (title) {
    box.appendChild(el('div', 'jp-matsci-structure-title', String(title)));
  }
  if (data.figure) {
    const figure = el('div', 'jp-matsci-figure');
    box.appendChild(figure);
    const drawn = await deps.renderBundle(figure, { 'application/vnd.plotly.v1+json': data.figure });
    if (drawn) {
      followContainerWidth(figure);
    } else {
      figure.appendChild(el('div', 'jp-matsci-source', 'the 3D view needs the plotly extension (jupyterlab-plotly)'));
    }
  } else if (data.render_error) {
    box.appendChild(el('div', 'jp-matsci-error', `no 3D view: ${data.render_error}`));
  } else if (payload.kind === 'structure_view' && payload.bundle) {
    await renderBundleOrText(box, payload, deps);
  }
  const table = summaryTable(data.summary ?? report.summary);
  if (table) {
    box.appendChild(table);
  }
  if (payload.kind === 'structure_view' && report.headline) {
    box.appendChild(el('div', 'jp-matsci-structure-headline', String(report.headline)));
  }
  const problems = problemLines(report.problems);
  if (problems.length) {
    const list = el('ul', 'jp-matsci-problems');
    problems.forEach(p => list.appendChild(problemItem(p)));
    box.appendChild(list);
  } else if (report.ok === true) {
    box.appendChild(el('div', 'jp-matsci-badge jp-mod-passed', '✓ no problems found'));
  }
  if (Array.isArray(data.notes)) {
    data.notes.forEach((n: unknown) => box.appendChild(el('div', 'jp-matsci-source', `note: ${String(n)}`)));
  }
  return box;
}

/**
 * plotly sizes a figure when it is drawn, which in the sidebar is before the panel lays it out
 * (a 700 px figure clipped to a sliver). The structure figure's config has `responsive`, so it
 * follows window resizes: forward the container's width changes as one.
 */
function followContainerWidth(node: HTMLElement): void {
  if (typeof ResizeObserver === 'undefined') {
    return;
  }
  let width = 0;
  const observer = new ResizeObserver(() => {
    if (!node.isConnected) {
      observer.disconnect();
      return;
    }
    if (node.clientWidth && node.clientWidth !== width) {
      width = node.clientWidth;
      window.dispatchEvent(new Event('resize'));
    }
  });
  observer.observe(node);
}

function cssName(kind: string): string {
  return kind.replace(/[^a-z0-9_-]/gi, '-');
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) {
    return err.message;
  }
  return String(err);
}

function attachmentChips(attachments: IAttachment[] | undefined): HTMLElement | null {
  if (!attachments?.length) {
    return null;
  }
  const row = el('div', 'jp-matsci-chips');
  for (const a of attachments) {
    const chip = el('span', `jp-matsci-chip jp-mod-${a.kind}`, a.label ? `${a.kind}: ${a.label}` : a.kind);
    chip.title = a.content.slice(0, 2000);
    row.appendChild(chip);
  }
  return row;
}

/** A user's message: its text and attachment chips. */
export function userMessage(message: IChatMessage): HTMLElement {
  const node = el('div', 'jp-matsci-message jp-matsci-user');
  node.dataset.id = message.id;
  node.appendChild(el('div', 'jp-matsci-text', message.content));
  const chips = attachmentChips(message.attachments);
  if (chips) {
    node.appendChild(chips);
  }
  return node;
}

const ROUTE_LABELS: Record<string, string> = {
  model: 'language model (not verified by a tool)',
  none: 'no engine',
  help: 'help'
};

/** An assistant message that fills in as events arrive. */
export class AssistantView {
  readonly node: HTMLElement;
  private _content = '';
  private _contentHost: HTMLElement;
  private _resultsHost: HTMLElement;
  private _meta: HTMLElement;
  private _status: HTMLElement;
  private _renderTimer: ReturnType<typeof setTimeout> | null = null;
  private _rendering: Promise<void> = Promise.resolve();
  private _closed = false;

  constructor(
    private _deps: IViewDeps,
    id = ''
  ) {
    this.node = el('div', 'jp-matsci-message jp-matsci-assistant jp-mod-streaming');
    this.node.dataset.id = id;
    this._meta = el('div', 'jp-matsci-meta');
    this._contentHost = el('div', 'jp-matsci-content');
    this._resultsHost = el('div', 'jp-matsci-results');
    this._status = el('div', 'jp-matsci-status', '…');
    this.node.append(this._meta, this._contentHost, this._resultsHost, this._status);
  }

  get content(): string {
    return this._content;
  }

  /** Wait for pending renders (tests and the e2e rely on a settled DOM). */
  settled(): Promise<void> {
    return this._rendering;
  }

  setId(id: string): void {
    this.node.dataset.id = id;
  }

  setRoute(engine: string, via: string): void {
    const label = ROUTE_LABELS[engine] ?? (via === 'command' ? `/${engine}` : `engine: ${engine}`);
    this._meta.textContent = label;
    this.node.dataset.engine = engine;
  }

  setContent(text: string): void {
    this._content = text;
    this._scheduleRender();
  }

  appendToken(text: string): void {
    this._content += text;
    this._scheduleRender();
  }

  setProgress(message: string): void {
    this._status.textContent = message;
  }

  addResult(payload: IPayload): void {
    this._rendering = this._rendering.then(async () => {
      try {
        this._resultsHost.appendChild(await renderPayload(payload, this._deps));
      } catch (err) {
        this._resultsHost.appendChild(el('pre', 'jp-matsci-plain', payload.text || errorMessage(err)));
      }
    });
  }

  /** A host element for output rendered from the kernel (e.g. ``/show``). */
  outputHost(): HTMLElement {
    const host = el('div', 'jp-matsci-result jp-matsci-kernel-output');
    this._resultsHost.appendChild(host);
    return host;
  }

  setError(message: string): void {
    this.node.classList.add('jp-mod-error');
    let box = this.node.querySelector('.jp-matsci-error');
    if (!box) {
      box = el('div', 'jp-matsci-error');
      this.node.insertBefore(box, this._status);
    }
    box.textContent = message;
  }

  /** The turn is over: final render with every code block's buttons enabled. */
  finish(message?: Partial<IChatMessage>): Promise<void> {
    this._closed = true;
    if (message?.content !== undefined && message.content !== this._content) {
      this._content = message.content;
    }
    if (message?.error) {
      this.setError(message.error);
    }
    const status = message?.status ?? 'complete';
    this.node.classList.remove('jp-mod-streaming');
    this.node.dataset.status = status;
    this._status.textContent =
      status === 'cancelled' ? 'stopped' : status === 'error' ? '' : message?.verified === false ? 'not verified by any tool' : '';
    if (this._renderTimer !== null) {
      clearTimeout(this._renderTimer);
      this._renderTimer = null;
    }
    return this._render();
  }

  private _scheduleRender(): void {
    if (this._renderTimer !== null) {
      return;
    }
    this._renderTimer = setTimeout(() => {
      this._renderTimer = null;
      void this._render();
    }, 50);
  }

  private _render(): Promise<void> {
    this._rendering = this._rendering.then(async () => {
      const fresh = el('div', 'jp-matsci-content');
      const text = this._closed ? closeOpenFence(this._content) : this._content;
      await renderText(fresh, text, this._deps);
      this._contentHost.replaceWith(fresh);
      this._contentHost = fresh;
    });
    return this._rendering;
  }
}

/** A finished answer whose last code fence never closed still gets usable buttons. */
function closeOpenFence(text: string): string {
  const segments = splitMarkdown(text);
  const last = segments[segments.length - 1];
  return last && last.type === 'code' && !last.closed ? `${text.endsWith('\n') ? text : text + '\n'}\`\`\`` : text;
}

/** A stored assistant message, rendered at once (history). */
export async function assistantMessage(message: IChatMessage, deps: IViewDeps): Promise<AssistantView> {
  const view = new AssistantView(deps, message.id);
  if (message.engine) {
    view.setRoute(message.engine, message.engine === 'model' ? 'model' : 'router');
  }
  for (const payload of [...(message.notices ?? []), ...(message.results ?? [])]) {
    view.addResult(payload);
  }
  await view.finish(message);
  return view;
}
