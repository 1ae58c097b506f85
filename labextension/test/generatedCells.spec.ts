import { describe, expect, it } from 'vitest';

import {
  GENERATED_MARKER,
  METADATA_KEY,
  adoptGeneratedCell,
  type IGeneratedCellLike
} from '../src/generatedCells';

function cell(id: string, source: string, meta: Record<string, unknown> = {}): IGeneratedCellLike {
  return {
    id,
    getSource: () => source,
    getMetadata: (key: string) => meta[key],
    setMetadata: (key: string, value: unknown) => {
      meta[key] = value;
    }
  };
}

function notebook(cells: IGeneratedCellLike[]) {
  return { cells, deleteCell: (k: number) => void cells.splice(k, 1) };
}

describe('adoptGeneratedCell', () => {
  it('marks a new generated cell with its request cell and removes the earlier copy', () => {
    const request = cell('req', '%%matsci code\nread NaCl.cif');
    const first = cell('c1', `${GENERATED_MARKER} (abc)\nprint(1)`, {
      [METADATA_KEY]: { generated_by: 'req' }
    });
    const fresh = cell('c2', `${GENERATED_MARKER} (abc)\nprint(2)`);
    const other = cell('x', 'print("mine")');
    // JupyterLab inserts the new cell right below the request cell, above the old copy
    const nb = notebook([request, fresh, first, other]);
    expect(adoptGeneratedCell(nb, 1)).toEqual([2]);
    expect(nb.cells.map(c => c.id)).toEqual(['req', 'c2', 'x']);
    expect(fresh.getMetadata(METADATA_KEY)).toEqual({ generated_by: 'req' });
  });

  it('leaves cells alone that no %%matsci request inserted', () => {
    const nb = notebook([cell('a', 'x = 1'), cell('b', `${GENERATED_MARKER}\nprint(1)`)]);
    expect(adoptGeneratedCell(nb, 1)).toEqual([]);
    expect(nb.cells).toHaveLength(2);
    const plain = notebook([cell('r', '%%matsci code\nq'), cell('u', 'print("user code")')]);
    expect(adoptGeneratedCell(plain, 1)).toEqual([]);
    expect(plain.cells[1].getMetadata(METADATA_KEY)).toBeUndefined();
  });

  it('never removes cells generated for another request', () => {
    const nb = notebook([
      cell('r1', '%%matsci code\nA'),
      cell('n1', `${GENERATED_MARKER}\nnew`),
      cell('r2', '%%matsci code\nB'),
      cell('o2', `${GENERATED_MARKER}\nold`, { [METADATA_KEY]: { generated_by: 'r2' } })
    ]);
    expect(adoptGeneratedCell(nb, 1)).toEqual([]);
    expect(nb.cells).toHaveLength(4);
  });
});
