/**
 * Cells that `%%matsci code` inserts: the kernel writes the code with a marker first line
 * (see matsci_jupyter/engines/code/notebook.py); here the front end records, in the new
 * cell's metadata, which request cell it was generated for, and removes the cell an
 * earlier run of the same request cell inserted. Re-running a request therefore replaces
 * its code cell instead of adding another copy.
 */
import type { INotebookTracker } from '@jupyterlab/notebook';

export const GENERATED_MARKER = '# matsci code: generated for the request cell above';
export const METADATA_KEY = 'matsci';

/** The little of a notebook cell this module needs (a shared-model cell satisfies it). */
export interface IGeneratedCellLike {
  readonly id: string;
  getSource(): string;
  getMetadata(key: string): unknown;
  setMetadata(key: string, value: unknown): void;
}

export interface IGeneratedNotebookLike {
  readonly cells: readonly IGeneratedCellLike[];
  deleteCell(index: number): void;
}

const REQUEST_CELL = /^\s*%%matsci\b/;

function generatedBy(cell: IGeneratedCellLike): string | null {
  const meta = cell.getMetadata(METADATA_KEY) as { generated_by?: unknown } | undefined;
  return meta && typeof meta.generated_by === 'string' ? meta.generated_by : null;
}

/**
 * Adopt the cell at `index` when it is code `%%matsci` just inserted below its request cell:
 * mark it with the request cell's id and delete the cells generated for that request before.
 * Returns the indices (in the notebook before deletion) that were removed.
 */
export function adoptGeneratedCell(notebook: IGeneratedNotebookLike, index: number): number[] {
  const cell = notebook.cells[index];
  if (!cell || index === 0 || !cell.getSource().startsWith(GENERATED_MARKER)) {
    return [];
  }
  const request = notebook.cells[index - 1];
  if (!REQUEST_CELL.test(request.getSource())) {
    return [];
  }
  cell.setMetadata(METADATA_KEY, { generated_by: request.id });
  const stale: number[] = [];
  notebook.cells.forEach((other, k) => {
    if (k !== index && generatedBy(other) === request.id) {
      stale.push(k);
    }
  });
  for (const k of [...stale].reverse()) {
    notebook.deleteCell(k);
  }
  return stale;
}

/** Watch every notebook for cells inserted by `%%matsci` and adopt them. */
export function trackGeneratedCells(tracker: INotebookTracker): void {
  tracker.widgetAdded.connect((_, panel) => {
    const model = panel.content.model;
    if (!model) {
      return;
    }
    model.cells.changed.connect((_cells, change) => {
      if (change.type !== 'add') {
        return;
      }
      const index = change.newIndex;
      // after the insertion has settled: deleting cells inside the signal would reorder it
      setTimeout(() => {
        const shared = model.sharedModel;
        adoptGeneratedCell(
          {
            cells: shared.cells,
            deleteCell: (k: number) => shared.deleteCell(k)
          },
          index
        );
      }, 0);
    });
  });
}
