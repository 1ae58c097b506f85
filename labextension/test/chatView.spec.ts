import { beforeEach, describe, expect, it, vi } from 'vitest';

import {
  AssistantView,
  UNVERIFIED_RUN_QUESTION,
  assistantMessage,
  codeBadge,
  codeBlock,
  renderPayload,
  userMessage,
  type IViewDeps
} from '../src/chatView';
import type { IPayload } from '../src/types';

function makeDeps(): IViewDeps & { reports: Array<[string, string | undefined]> } {
  const reports: Array<[string, string | undefined]> = [];
  return {
    reports,
    renderMarkdown: async (host, markdown) => {
      const p = document.createElement('p');
      p.textContent = markdown;
      host.appendChild(p);
    },
    renderBundle: async (host, bundle) => {
      if (!bundle['text/html']) {
        return false;
      }
      const div = document.createElement('div');
      div.className = 'bundle';
      div.textContent = String(bundle['text/html']);
      host.appendChild(div);
      return true;
    },
    actions: {
      insertBelow: vi.fn(),
      replace: vi.fn(),
      run: vi.fn(),
      copy: vi.fn()
    },
    report: (message, level) => reports.push([message, level])
  };
}

const click = (node: Element) => (node as HTMLButtonElement).click();
const flush = () => new Promise(resolve => setTimeout(resolve, 0));

describe('code blocks', () => {
  let deps: ReturnType<typeof makeDeps>;
  beforeEach(() => {
    deps = makeDeps();
  });

  it('have Insert below, Replace, Copy and Run buttons that act on the code', async () => {
    const node = codeBlock('x = 1', 'python', true, deps, true);
    const labels = [...node.querySelectorAll('button')].map(b => b.textContent);
    expect(labels).toEqual(['Insert below', 'Replace', 'Copy', 'Run']);
    click(node.querySelector('.jp-matsci-code-insertbelow')!);
    click(node.querySelector('.jp-matsci-code-replace')!);
    click(node.querySelector('.jp-matsci-code-copy')!);
    click(node.querySelector('.jp-matsci-code-run')!);
    await flush();
    expect(deps.actions.insertBelow).toHaveBeenCalledWith('x = 1');
    expect(deps.actions.replace).toHaveBeenCalledWith('x = 1');
    expect(deps.actions.copy).toHaveBeenCalledWith('x = 1');
    expect(deps.actions.run).toHaveBeenCalledWith('x = 1');
    expect(deps.reports.map(r => r[0])).toContain('Inserted below the active cell');
  });

  it('say what went wrong when the action fails', async () => {
    deps.actions.run = () => {
      throw new Error('The notebook’s kernel has died');
    };
    const node = codeBlock('x = 1', 'python', true, deps, true);
    click(node.querySelector('.jp-matsci-code-run')!);
    await flush();
    expect(deps.reports).toContainEqual(['The notebook’s kernel has died', 'error']);
  });

  it('ask before running code no tool verified, and do not run it when the user declines', async () => {
    const asked: string[] = [];
    deps.confirm = async (_title, body) => {
      asked.push(body);
      return false;
    };
    const node = codeBlock('import os; os.system("id")', 'python', true, deps);
    expect(node.querySelector('.jp-matsci-code-run')!.textContent).toBe('Run…');
    click(node.querySelector('.jp-matsci-code-run')!);
    await flush();
    expect(asked).toEqual([UNVERIFIED_RUN_QUESTION]);
    expect(deps.actions.run).not.toHaveBeenCalled();
    expect(deps.reports.map(r => r[0])).toContain('Not run: the code was not verified');
  });

  it('run unverified code only after the user confirms', async () => {
    deps.confirm = async () => true;
    const node = codeBlock('x = 2', 'python', true, deps);
    click(node.querySelector('.jp-matsci-code-run')!);
    await flush();
    expect(deps.actions.run).toHaveBeenCalledWith('x = 2');
  });

  it('never run unverified code when there is no way to ask', async () => {
    const node = codeBlock('x = 3', 'python', true, deps);
    click(node.querySelector('.jp-matsci-code-run')!);
    await flush();
    expect(deps.actions.run).not.toHaveBeenCalled();
  });

  it('label results checked without OS isolation honestly', () => {
    expect(codeBadge({ verified: true, verification: { isolated: false } }).text).toContain('not isolated');
    expect(codeBadge({ verified: true, verification: { isolated: true } }).text).toContain('ran in a sandbox');
    expect(codeBadge({ verified: false }).passed).toBe(false);
  });

  it('stay disabled while the block is still streaming', () => {
    const node = codeBlock('x =', 'python', false, deps);
    expect([...node.querySelectorAll('button')].every(b => b.disabled)).toBe(true);
  });
});

describe('results', () => {
  it('show an answer with its value, unit and check marks', async () => {
    const payload: IPayload = {
      kind: 'answer',
      engine: 'answer',
      text: '619.9 nm',
      bundle: {},
      data: {
        kind: 'answer',
        value: 619.92,
        unit: 'nm',
        checks: [
          { name: 'dimension is a length', passed: true },
          { name: 'all givens used', passed: false, message: 'T never used' }
        ],
        steps: ['λ = h c / E'],
        source: 'solver'
      }
    };
    const node = await renderPayload(payload, makeDeps());
    expect(node.querySelector('.jp-matsci-answer-value')!.textContent).toBe('619.9');
    expect(node.querySelector('.jp-matsci-answer-unit')!.textContent).toBe('nm');
    const checks = [...node.querySelectorAll('.jp-matsci-check')];
    expect(checks.map(c => c.className)).toEqual([
      'jp-matsci-check jp-mod-passed',
      'jp-matsci-check jp-mod-failed'
    ]);
    expect(checks[1].textContent).toContain('T never used');
    expect(node.querySelector('.jp-matsci-steps')!.textContent).toContain('λ = h c / E');
  });

  it('show a code result with its verification and the code buttons', async () => {
    const deps = makeDeps();
    const node = await renderPayload(
      {
        kind: 'code',
        engine: 'code',
        text: '',
        bundle: {},
        data: { kind: 'code', code: 'print(1)', explanation: 'prints one', verified: true, verification: { stdout: '1' } }
      },
      deps
    );
    expect(node.querySelector('.jp-matsci-badge')!.className).toContain('jp-mod-passed');
    expect(node.querySelector('code')!.textContent).toBe('print(1)');
    click(node.querySelector('.jp-matsci-code-insertbelow')!);
    await flush();
    expect(deps.actions.insertBelow).toHaveBeenCalledWith('print(1)');
  });

  it('say plainly when code was not verified', async () => {
    const node = await renderPayload(
      { kind: 'code', engine: 'code', text: '', bundle: {}, data: { kind: 'code', code: 'x', verified: false } },
      makeDeps()
    );
    expect(node.querySelector('.jp-matsci-badge')!.textContent).toContain('not verified');
  });

  it('render unknown kinds through their bundle, or as text', async () => {
    const withHtml = await renderPayload(
      { kind: 'structure', engine: 's', text: 'Cu4', bundle: { 'text/html': '<b>Cu4</b>' }, data: { kind: 'structure', problems: [{ code: 'close', message: 'too close' }] } },
      makeDeps()
    );
    expect(withHtml.querySelector('.bundle')).not.toBeNull();
    expect(withHtml.querySelector('.jp-matsci-problems')!.textContent).toContain('close: too close');
    const plain = await renderPayload({ kind: 'mystery', engine: null, text: 'just text', bundle: {}, data: {} }, makeDeps());
    expect(plain.querySelector('.jp-matsci-plain')!.textContent).toBe('just text');
  });

  it('show notices with their hints', async () => {
    const node = await renderPayload(
      {
        kind: 'notice',
        engine: null,
        text: '',
        bundle: {},
        data: { kind: 'notice', title: 'Nothing can answer this yet', message: 'no model', hints: ['load one'], level: 'info' }
      },
      makeDeps()
    );
    expect(node.querySelector('.jp-matsci-notice-title')!.textContent).toBe('Nothing can answer this yet');
    expect(node.querySelector('.jp-matsci-notice-hints')!.textContent).toBe('load one');
  });
});

describe('AssistantView', () => {
  it('renders streamed tokens and enables code buttons when done', async () => {
    const view = new AssistantView(makeDeps(), 'a1');
    document.body.appendChild(view.node);
    view.setRoute('model', 'model');
    for (const piece of ['Try:\n', '```python\n', 'x = 1\n']) {
      view.appendToken(piece);
    }
    await new Promise(resolve => setTimeout(resolve, 80));
    await view.settled();
    expect(view.node.querySelector('.jp-matsci-meta')!.textContent).toContain('not verified');
    expect((view.node.querySelector('.jp-matsci-code-run') as HTMLButtonElement).disabled).toBe(true);
    await view.finish({ status: 'complete', verified: false });
    expect(view.node.classList.contains('jp-mod-streaming')).toBe(false);
    // the fence never closed, but the answer is over: the code is usable
    expect((view.node.querySelector('.jp-matsci-code-run') as HTMLButtonElement).disabled).toBe(false);
    expect(view.node.querySelector('code')!.textContent).toBe('x = 1');
  });

  it('keeps partial text and shows the error when the turn fails', async () => {
    const view = new AssistantView(makeDeps());
    view.appendToken('Half an ');
    view.setError('the model server went away mid-answer');
    await view.finish({ status: 'error', content: 'Half an ' });
    expect(view.node.textContent).toContain('Half an');
    expect(view.node.querySelector('.jp-matsci-error')!.textContent).toBe('the model server went away mid-answer');
    expect(view.node.dataset.status).toBe('error');
  });

  it('rebuilds a stored message from the history', async () => {
    const view = await assistantMessage(
      {
        id: 'x',
        role: 'assistant',
        content: '',
        engine: 'answer',
        status: 'complete',
        results: [{ kind: 'answer', engine: 'answer', text: '', bundle: {}, data: { value: 3.615, unit: 'Å' } }]
      },
      makeDeps()
    );
    await view.settled();
    expect(view.node.querySelector('.jp-matsci-answer-unit')!.textContent).toBe('Å');
    expect(view.node.querySelector('.jp-matsci-meta')!.textContent).toBe('engine: answer');
  });

  it('shows user messages with their attachments', () => {
    const node = userMessage({
      id: 'u',
      role: 'user',
      content: 'why?',
      attachments: [{ kind: 'error', label: 'cell [3]: KeyError', content: 'KeyError: x' }]
    });
    expect(node.querySelector('.jp-matsci-chip')!.textContent).toBe('error: cell [3]: KeyError');
  });
});

describe('the engines as merged', () => {
  it('shows an Answer as the answer engine sends it (quantity, short unit, ok, checks)', async () => {
    const node = await renderPayload(
      {
        kind: 'answer',
        engine: 'answer',
        text: '',
        bundle: {},
        data: {
          kind: 'answer',
          ok: false,
          quantity: { magnitude: 619.92, units: 'nanometer', units_short: 'nm', text: '619.9 nm' },
          checks: [
            { name: 'dimension', passed: true, message: 'result is a length, as asked', blocking: true },
            { name: 'givens used', passed: false, message: 'T was not used', blocking: false }
          ],
          recomputed: { magnitude: 620.1, units: 'nm' },
          notes: ['photon energy relation'],
          steps: ['λ = h·c/E']
        }
      },
      makeDeps()
    );
    expect(node.querySelector('.jp-matsci-answer-value')!.textContent).toBe('619.9');
    expect(node.querySelector('.jp-matsci-answer-unit')!.textContent).toBe('nm');
    expect(node.querySelector('.jp-matsci-badge')!.textContent).toContain('not confirmed');
    expect(node.querySelector('.jp-matsci-recomputed')!.textContent).toContain('620.1 nm');
    expect(node.querySelectorAll('.jp-matsci-check.jp-mod-failed')).toHaveLength(1);
  });

  it('draws a structure view from its plotly figure, with summary and problems', async () => {
    const deps = makeDeps();
    const bundles: Array<Record<string, any>> = [];
    deps.renderBundle = async (host, bundle) => {
      bundles.push(bundle);
      host.appendChild(document.createElement('canvas'));
      return true;
    };
    const node = await renderPayload(
      {
        kind: 'structure_view',
        engine: 'structure',
        text: 'Cu',
        bundle: { 'text/plain': 'Cu' },
        data: {
          kind: 'structure_view',
          title: 'Cu',
          figure: { data: [{ type: 'scatter3d' }], layout: {} },
          summary: {
            formula: 'Cu',
            space_group: { symbol: 'Fm-3m', number: 225 },
            lattice: { a: 3.615, b: 3.615, c: 3.615, alpha: 90, beta: 90, gamma: 90 },
            volume_A3: 47.24,
            density_g_cm3: 8.93,
            n_sites: 4,
            periodic: true
          },
          report: { headline: 'Cu: 1 warning', ok: true, problems: [{ code: 'density', message: 'unusual', severity: 'warning' }] }
        }
      },
      deps
    );
    expect(Object.keys(bundles[0])).toEqual(['application/vnd.plotly.v1+json']);
    expect(node.querySelector('canvas')).not.toBeNull();
    const rows = [...node.querySelectorAll('.jp-matsci-summary tr')].map(r => r.textContent);
    expect(rows).toContain('space groupFm-3m (No. 225)');
    expect(rows).toContain('a, b, c3.615, 3.615, 3.615 Å');
    expect(node.querySelector('.jp-matsci-problems')!.textContent).toContain('density: unusual');
  });

  it('shows a check report with its problems', async () => {
    const node = await renderPayload(
      {
        kind: 'structure_report',
        engine: 'structure',
        text: '',
        bundle: {},
        data: {
          kind: 'structure_report',
          ok: false,
          headline: 'bad.cif: 1 error',
          summary: {},
          problems: [{ code: 'close_atoms', message: 'Li1 and O2 are 0.4 Å apart', severity: 'error' }]
        }
      },
      makeDeps()
    );
    expect(node.querySelector('.jp-matsci-structure-title')!.textContent).toBe('bad.cif: 1 error');
    expect(node.querySelector('.jp-matsci-check.jp-mod-failed')!.textContent).toContain('close_atoms');
  });
});
