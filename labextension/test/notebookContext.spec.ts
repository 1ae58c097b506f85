import { describe, expect, it } from 'vitest';

import { cellAttachment, isVariableName, lastError, stripAnsi, truncateMiddle } from '../src/notebookContext';

const errorCell = (count: number | null, ename: string) => ({
  cell_type: 'code',
  execution_count: count,
  outputs: [
    { output_type: 'stream' },
    {
      output_type: 'error',
      ename,
      evalue: 'boom',
      traceback: ['\u001b[0;31m---------\u001b[0m', `\u001b[0;31m${ename}\u001b[0m: boom`]
    }
  ]
});

describe('lastError', () => {
  it('takes the most recently executed failing cell, without ANSI colours', () => {
    const cells = [
      errorCell(7, 'KeyError'),
      { cell_type: 'markdown' },
      errorCell(3, 'ValueError'),
      { cell_type: 'code', execution_count: 9, outputs: [] }
    ];
    const found = lastError(cells)!;
    expect(found.kind).toBe('error');
    expect(found.label).toBe('cell [7]: KeyError');
    expect(found.content).toContain('KeyError: boom');
    expect(found.content).not.toContain('\u001b');
  });

  it('returns null when nothing failed and survives cells without counts', () => {
    expect(lastError([{ cell_type: 'code', outputs: [] }])).toBeNull();
    expect(lastError([errorCell(null, 'OSError')])!.label).toBe('cell 1: OSError');
  });

  it('cuts very long tracebacks in the middle', () => {
    const long = { ...errorCell(1, 'RecursionError') };
    long.outputs[1].traceback = Array.from({ length: 5000 }, (_, i) => `frame ${i}`);
    const found = lastError([long], 1000)!;
    expect(found.content.length).toBeLessThan(1100);
    expect(found.content).toContain('characters left out');
    expect(found.content).toContain('frame 4999');
  });
});

describe('helpers', () => {
  it('recognises Python variable names', () => {
    expect(isVariableName('structure_1')).toBe(true);
    expect(isVariableName('1x')).toBe(false);
    expect(isVariableName('import os')).toBe(false);
    expect(isVariableName('lambda')).toBe(false);
  });

  it('strips ANSI and truncates', () => {
    expect(stripAnsi('\u001b[1;32mok\u001b[0m')).toBe('ok');
    expect(truncateMiddle('abc', 10)).toBe('abc');
    const cell = cellAttachment('code', 'x'.repeat(10_000), 2, 500);
    expect(cell.label).toBe('code cell 3');
    expect(cell.content.length).toBeLessThan(600);
  });
});
