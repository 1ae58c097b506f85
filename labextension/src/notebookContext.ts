/**
 * What the panel takes from the active notebook: the selected cell, the last
 * error, a variable name. Pure functions over cell JSON, so they are tested
 * without JupyterLab.
 */
import type { IAttachment } from './types';

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** ``text`` shortened to ``max`` characters, keeping its start and end. */
export function truncateMiddle(text: string, max: number): string {
  if (text.length <= max) {
    return text;
  }
  const keep = Math.max(0, max - 25);
  const head = Math.ceil(keep * 0.6);
  const tail = keep - head;
  return `${text.slice(0, head)}\n… [${text.length - keep} characters left out] …\n${text.slice(text.length - tail)}`;
}

export function isVariableName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !PYTHON_KEYWORDS.has(name);
}

const PYTHON_KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except ' +
    'finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'
  ).split(' ')
);

/** A cell's outputs, as in nbformat JSON. */
export interface ICellLike {
  cell_type: string;
  execution_count?: number | null;
  outputs?: Array<{
    output_type: string;
    ename?: string;
    evalue?: string;
    traceback?: string[];
  }>;
}

/**
 * The error of the most recently executed cell that failed, as an attachment;
 * null when no cell shows an error.
 */
export function lastError(cells: ICellLike[], maxChars = 6000): IAttachment | null {
  let best: { count: number; index: number; cell: ICellLike } | null = null;
  cells.forEach((cell, index) => {
    if (cell.cell_type !== 'code' || !cell.outputs?.some(o => o.output_type === 'error')) {
      return;
    }
    const count = cell.execution_count ?? -1;
    if (!best || count > best.count || (count === best.count && index > best.index)) {
      best = { count, index, cell };
    }
  });
  if (!best) {
    return null;
  }
  const found = best as { count: number; index: number; cell: ICellLike };
  const error = found.cell.outputs!.filter(o => o.output_type === 'error').pop()!;
  const traceback = stripAnsi((error.traceback ?? []).join('\n'));
  const head = `${error.ename ?? 'Error'}: ${stripAnsi(error.evalue ?? '')}`;
  const content = truncateMiddle(traceback.includes(head) ? traceback : `${head}\n${traceback}`, maxChars);
  const where = found.count > 0 ? `cell [${found.count}]` : `cell ${found.index + 1}`;
  return { kind: 'error', label: `${where}: ${error.ename ?? 'Error'}`, content: content.trim() };
}

/** The selected cell as an attachment. */
export function cellAttachment(
  cellType: string,
  source: string,
  index: number,
  maxChars = 6000
): IAttachment {
  return {
    kind: 'cell',
    label: `${cellType} cell ${index + 1}`,
    content: truncateMiddle(source, maxChars)
  };
}
