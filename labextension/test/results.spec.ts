import { describe, expect, it } from 'vitest';

import { answerValue, formatNumber, normalizeChecks, problemLines, summaryRows } from '../src/results';
import type { IAnswerData } from '../src/generated/payloads';

function answer(fields: Partial<IAnswerData>): IAnswerData {
  return {
    kind: 'answer', question: '', ok: true, quantity: null, unit_requested: null, source: null, reason: null,
    relation: null, target: null, steps: [], checks: [], notes: [], recomputed: null, bad_input: false, ...fields
  };
}

describe('normalizeChecks', () => {
  it('lists the checks of the payload model in order', () => {
    expect(
      normalizeChecks([
        { name: 'dimension', passed: true, message: '[length]', blocking: true },
        { name: 'unit', passed: false, message: 'eV is not a length', blocking: true }
      ])
    ).toEqual([
      { name: 'dimension', passed: true, message: '[length]' },
      { name: 'unit', passed: false, message: 'eV is not a length' }
    ]);
    expect(normalizeChecks(undefined)).toEqual([]);
  });
});

describe('answerValue', () => {
  it('reads the quantity: magnitude and short unit', () => {
    const q = { magnitude: 619.92, units: 'nanometer', units_short: 'nm', text: '619.9 nm' };
    expect(answerValue(answer({ quantity: q }))).toEqual({ value: '619.9', unit: 'nm' });
    const joule = { magnitude: 1.5e-19, units: 'J', units_short: '', text: '' };
    expect(answerValue(answer({ quantity: joule }))).toEqual({ value: '1.5 × 10^-19', unit: 'J' });
  });

  it('gives no value when the engine had no confident answer', () => {
    expect(answerValue(answer({ quantity: null, reason: 'ambiguous' }))).toEqual({ value: null, unit: null });
  });

  it('formats numbers to four significant digits', () => {
    expect(formatNumber(8.6e-7)).toBe('8.6 × 10^-7');
    expect(formatNumber(1450)).toBe('1450');
    expect(formatNumber(0.1234567)).toBe('0.1235');
    expect(formatNumber(0)).toBe('0');
  });
});

describe('problems', () => {
  it('are the problems of the report', () => {
    const p = { code: 'close_atoms', message: 'Li1–O2 0.8 Å', severity: 'warning', sites: [], cif_lines: [] };
    expect(problemLines([p])).toEqual([p]);
    expect(problemLines(undefined)).toEqual([]);
  });
});

describe('summaryRows', () => {
  it('reads the structure summary in Å, degrees, g/cm³', () => {
    expect(
      summaryRows({ formula: 'NaCl', periodic: true, space_group: null, lattice: null, volume_A3: 179.4, density_g_cm3: 2.165, n_sites: 8 })
    ).toEqual([
      ['formula', 'NaCl'],
      ['space group', 'not determined'],
      ['volume', '179.4 Å³'],
      ['density', '2.165 g/cm³'],
      ['sites', '8']
    ]);
    expect(summaryRows(null)).toEqual([]);
  });
});
