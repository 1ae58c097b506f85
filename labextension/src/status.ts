/**
 * The model status line: no model / loading / name, device, 4-bit.
 */
import type { IModelState } from './types';

export interface IStatusLine {
  text: string;
  title: string;
  state: IModelState['state'];
}

export function describeModel(model: IModelState | null): IStatusLine {
  if (!model) {
    return { text: 'Connecting to the server…', title: '', state: 'none' };
  }
  switch (model.state) {
    case 'loading': {
      const what = model.loading?.action === 'connect' ? 'Connecting to' : 'Loading';
      const secs = model.loading ? ` (${Math.round(model.loading.seconds)} s)` : '';
      return {
        text: `${what} ${shortName(model.loading?.target ?? 'model')}…${secs}`,
        title: model.loading?.target ?? '',
        state: 'loading'
      };
    }
    case 'ready': {
      const parts = [shortName(model.name ?? 'model'), model.device ?? ''];
      parts.push(model.four_bit ? '4-bit' : (model.quantization ?? ''));
      return {
        text: parts.filter(Boolean).join(' · '),
        title: [model.name, model.source, model.quantization, ...(model.notes ?? [])].filter(Boolean).join('\n'),
        state: 'ready'
      };
    }
    case 'error':
      return {
        text: 'No model (last attempt failed)',
        title: model.error ?? '',
        state: 'error'
      };
    default:
      return {
        text: 'No model · offline engines',
        title: model.configured_url
          ? `will connect to ${model.configured_url} on first use`
          : 'Load a model or connect to a model server to chat freely',
        state: 'none'
      };
  }
}

function shortName(target: string): string {
  const parts = target.split('/').filter(Boolean);
  return parts.length ? parts[parts.length - 1] : target;
}

/** What the code sandbox guarantees, as the panel says it (README "Code sandbox"). */
export const SANDBOX_GUARANTEES =
  'Verified code ran in an OS sandbox (bubblewrap): no network, no other programs, read-only ' +
  'system, only copies of files from your working folder, time and memory limits. It then runs ' +
  'in YOUR kernel with your permissions when you insert and run it: verification says the code ' +
  'did what was asked in the sandbox, not that it is harmless outside it.';

/** A short note for the status line, and its tooltip, about how code runs are confined. */
export function describeSandbox(sandbox: { isolated: boolean; label: string } | undefined | null): {
  text: string;
  title: string;
} {
  if (!sandbox) {
    return { text: '', title: '' };
  }
  if (sandbox.isolated) {
    return { text: '', title: `Code sandbox: ${sandbox.label}\n${SANDBOX_GUARANTEES}` };
  }
  return {
    text: 'code checked, not isolated',
    title:
      `Code sandbox: ${sandbox.label}. Generated code is screened and run in a separate process, ` +
      'but without OS isolation (install bubblewrap to get it). Read code before running it.'
  };
}
