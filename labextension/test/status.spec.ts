import { describe, expect, it } from 'vitest';

import { describeModel, describeSandbox } from '../src/status';
import type { IModelState } from '../src/types';

const base: IModelState = {
  state: 'none',
  backend: 'none',
  name: null,
  device: null,
  quantization: null,
  four_bit: false,
  source: null,
  memory_bytes: null,
  loading: null,
  error: null,
  configured_url: null,
  suggested_model: null,
  notes: []
};

describe('describeModel', () => {
  it('says when there is no model', () => {
    expect(describeModel(base).text).toBe('No model · offline engines');
    expect(describeModel({ ...base, configured_url: 'http://h:8000/v1' }).title).toContain('http://h:8000/v1');
  });

  it('shows loading with the target and time', () => {
    const line = describeModel({
      ...base,
      state: 'loading',
      loading: { target: '/models/llamat-2-chat', action: 'load', seconds: 12.4 }
    });
    expect(line.text).toBe('Loading llamat-2-chat… (12 s)');
    expect(line.state).toBe('loading');
  });

  it('shows name, device and 4-bit when ready', () => {
    const line = describeModel({
      ...base,
      state: 'ready',
      name: 'tiny-llama',
      device: 'cpu',
      quantization: '4-bit NF4 (double quant)',
      four_bit: true
    });
    expect(line.text).toBe('tiny-llama · cpu · 4-bit');
    const local = describeModel({ ...base, state: 'ready', name: '/models/tiny-llama/', device: 'cpu', four_bit: true });
    expect(local.text).toBe('tiny-llama · cpu · 4-bit');
    expect(local.title).toContain('/models/tiny-llama/');
    const remote = describeModel({ ...base, state: 'ready', name: 'm', device: 'remote server', quantization: 'as served' });
    expect(remote.text).toBe('m · remote server · as served');
  });

  it('keeps the error for the tooltip', () => {
    const line = describeModel({ ...base, state: 'error', error: 'cannot reach http://x' });
    expect(line.state).toBe('error');
    expect(line.title).toBe('cannot reach http://x');
  });
});

describe('describeSandbox', () => {
  it('says "checked, not isolated" when the server has no OS sandbox', () => {
    const note = describeSandbox({ isolated: false, label: 'checked, not isolated (bubblewrap (bwrap) is not installed)' });
    expect(note.text).toBe('code checked, not isolated');
    expect(note.title).toContain('bwrap');
  });

  it('adds nothing to the line but explains the guarantee when isolated', () => {
    const note = describeSandbox({ isolated: true, label: 'isolated (bubblewrap)' });
    expect(note.text).toBe('');
    expect(note.title).toContain('not that it is harmless');
    expect(describeSandbox(undefined)).toEqual({ text: '', title: '' });
  });
});
