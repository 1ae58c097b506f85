/**
 * The panel's hands in the active notebook: insert, replace and run code, read
 * the selected cell and the last error, and ask the kernel for a variable summary.
 */
import { Clipboard } from '@jupyterlab/apputils';
import type * as nbformat from '@jupyterlab/nbformat';
import { NotebookActions, type INotebookTracker, type NotebookPanel } from '@jupyterlab/notebook';
import { OutputAreaModel, SimplifiedOutputArea } from '@jupyterlab/outputarea';
import type { Kernel, KernelMessage } from '@jupyterlab/services';
import { Widget } from '@lumino/widgets';

import type { ICodeActions } from './chatView';
import { cellAttachment, lastError, type ICellLike } from './notebookContext';
import type { IAttachment } from './types';

const KERNEL_TIMEOUT_MS = 20_000;

export class NotebookBridge implements ICodeActions {
  constructor(private _tracker: INotebookTracker) {}

  /** The notebook the panel works with: the one last active in the main area. */
  get panel(): NotebookPanel | null {
    return this._tracker.currentWidget;
  }

  get path(): string | null {
    return this.panel?.context.path ?? null;
  }

  private _require(): NotebookPanel {
    const panel = this.panel;
    if (!panel || panel.isDisposed) {
      throw new Error('Open a notebook first: code goes into the active notebook');
    }
    return panel;
  }

  insertBelow(code: string): void {
    const notebook = this._require().content;
    NotebookActions.insertBelow(notebook);
    if (notebook.activeCell?.model.type !== 'code') {
      NotebookActions.changeCellType(notebook, 'code');
    }
    notebook.activeCell!.model.sharedModel.setSource(code);
  }

  replace(code: string): void {
    const notebook = this._require().content;
    if (!notebook.activeCell) {
      this.insertBelow(code);
      return;
    }
    if (notebook.activeCell.model.type !== 'code') {
      NotebookActions.changeCellType(notebook, 'code');
    }
    notebook.activeCell!.model.sharedModel.setSource(code);
  }

  run(code: string): void {
    const panel = this._require();
    this.insertBelow(code);
    const problem = this.kernelProblem();
    if (problem) {
      throw new Error(`${problem} The code was inserted below; run it once the kernel is back.`);
    }
    // not awaited: a long computation must not hold the panel; its output goes to the cell
    void NotebookActions.run(panel.content, panel.sessionContext).catch(() => undefined);
  }

  copy(code: string): void {
    Clipboard.copyToSystem(code);
  }

  /** Why the kernel cannot run code now, or null when it can. */
  kernelProblem(): string | null {
    const panel = this.panel;
    if (!panel) {
      return 'No notebook is open.';
    }
    const kernel = panel.sessionContext.session?.kernel;
    if (!kernel) {
      return 'The notebook has no kernel running (Kernel ▸ Change Kernel…).';
    }
    if (kernel.status === 'dead') {
      return 'The notebook’s kernel has died (Kernel ▸ Restart Kernel…).';
    }
    if (kernel.status === 'autorestarting' || kernel.status === 'restarting' || kernel.status === 'starting') {
      return 'The notebook’s kernel is restarting; try again in a moment.';
    }
    if (kernel.connectionStatus !== 'connected') {
      return `The kernel is ${kernel.connectionStatus}; try again in a moment.`;
    }
    return null;
  }

  selectedCell(): IAttachment | null {
    const notebook = this.panel?.content;
    const cell = notebook?.activeCell;
    if (!notebook || !cell) {
      return null;
    }
    return cellAttachment(cell.model.type, cell.model.sharedModel.getSource(), notebook.activeCellIndex);
  }

  lastError(): IAttachment | null {
    const model = this.panel?.content.model;
    if (!model) {
      return null;
    }
    const cells: ICellLike[] = [];
    for (let i = 0; i < model.cells.length; i++) {
      cells.push(model.cells.get(i).toJSON() as unknown as ICellLike);
    }
    return lastError(cells);
  }

  private _kernel(): Kernel.IKernelConnection {
    const problem = this.kernelProblem();
    if (problem) {
      throw new Error(problem);
    }
    return this.panel!.sessionContext.session!.kernel!;
  }

  /** Run ``code`` quietly (no history) and return what it printed. */
  async printed(code: string): Promise<string> {
    const kernel = this._kernel();
    const future = kernel.requestExecute({ code, silent: false, store_history: false, stop_on_error: false });
    let out = '';
    let error = '';
    future.onIOPub = (msg: KernelMessage.IIOPubMessage) => {
      if (msg.header.msg_type === 'stream') {
        out += (msg as KernelMessage.IStreamMsg).content.text;
      } else if (msg.header.msg_type === 'error') {
        const content = (msg as KernelMessage.IErrorMsg).content;
        error = `${content.ename}: ${content.evalue}`;
      }
    };
    await withTimeout(future.done, KERNEL_TIMEOUT_MS, 'the kernel did not answer in 20 s (is it busy?)');
    if (error) {
      throw new Error(`the kernel raised ${error}`);
    }
    return out.trim();
  }

  /**
   * Run ``code`` in the kernel and show its outputs (figures, widgets) in ``host``,
   * rendered by the notebook's own renderers (so widgets work). Returns a function
   * that shows the same outputs again elsewhere (a wider tab).
   */
  async showOutputs(code: string, host: HTMLElement): Promise<() => Widget> {
    const panel = this._require();
    const kernel = this._kernel();
    const rendermime = panel.content.rendermime;
    const model = new OutputAreaModel({ trusted: true });
    const area = new SimplifiedOutputArea({ model, rendermime });
    Widget.attach(area, host);
    const future = kernel.requestExecute({ code, silent: false, store_history: false, stop_on_error: false });
    area.future = future;
    await withTimeout(future.done, 120_000, 'the kernel did not finish in 2 minutes');
    // figures size themselves on window resizes; the sidebar is narrower than a cell
    setTimeout(() => window.dispatchEvent(new Event('resize')), 100);
    return () =>
      new SimplifiedOutputArea({
        model: new OutputAreaModel({ values: model.toJSON().map(liveFigure), trusted: true }),
        rendermime
      });
  }
}

/** jupyterlab-plotly caches a PNG of a figure at its first size; drop it so the copy draws live. */
function liveFigure(output: nbformat.IOutput): nbformat.IOutput {
  const data = (output as nbformat.IDisplayData).data;
  if (data && data['application/vnd.plotly.v1+json'] && data['image/png']) {
    const { ['image/png']: _png, ...rest } = data;
    return { ...output, data: rest } as nbformat.IOutput;
  }
  return output;
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
