import { describe, expect, it } from 'vitest';

import { answerValue, formatNumber, normalizeChecks, problemLines, stepLines, summaryRows } from '../src/results';

describe('normalizeChecks', () => {
  it('reads lists of objects with the usual field names', () => {
    expect(
      normalizeChecks([
        { name: 'dimension', passed: true, message: '[length]' },
        { check: 'unit', ok: false, detail: 'eV is not a length' },
        { title: 'constants', status: 'PASS' },
        { code: 'skipped', status: 'skipped' }
      ])
    ).toEqual([
      { name: 'dimension', passed: true, message: '[length]' },
      { name: 'unit', passed: false, message: 'eV is not a length' },
      { name: 'constants', passed: true, message: '' },
      { name: 'skipped', passed: null, message: '' }
    ]);
  });

  it('reads maps and strings, and ignores junk', () => {
    expect(normalizeChecks({ dimension: true, arithmetic: { passed: false, message: 'off by 10x' } })).toEqual([
      { name: 'dimension', passed: true, message: '' },
      { name: 'arithmetic', passed: false, message: 'off by 10x' }
    ]);
    expect(normalizeChecks(['looked at'])).toEqual([{ name: 'looked at', passed: null, message: '' }]);
    expect(normalizeChecks(null)).toEqual([]);
    expect(normalizeChecks(7)).toEqual([]);
  });
});

describe('answerValue', () => {
  it('reads value and unit in several shapes', () => {
    expect(answerValue({ value: 619.92, unit: 'nm' })).toEqual({ value: '619.9', unit: 'nm' });
    expect(answerValue({ quantity: { magnitude: 1.5e-19, units: 'J' } })).toEqual({ value: '1.5 × 10^-19', unit: 'J' });
    expect(answerValue({ quantity: '3.615 Å' })).toEqual({ value: '3.615', unit: 'Å' });
    expect(answerValue({ value: 2, unit_requested: 'MPa' })).toEqual({ value: '2', unit: 'MPa' });
  });

  it('gives no value when the engine had no confident answer', () => {
    expect(answerValue({ value: null, unit: 'nm', reason: 'ambiguous' })).toEqual({ value: null, unit: null });
  });

  it('formats numbers to four significant digits', () => {
    expect(formatNumber(8.6e-7)).toBe('8.6 × 10^-7');
    expect(formatNumber(1450)).toBe('1450');
    expect(formatNumber(0.1234567)).toBe('0.1235');
    expect(formatNumber(0)).toBe('0');
  });
});

describe('steps and problems', () => {
  it('turns steps and problems into lines', () => {
    expect(stepLines(['E = h c / λ', { expression: 'λ = 620 nm' }])).toEqual(['E = h c / λ', 'λ = 620 nm']);
    expect(stepLines('single')).toEqual(['single']);
    expect(problemLines([{ code: 'close_atoms', message: 'Li1–O2 0.8 Å', severity: 'warning' }, 'odd'])).toEqual([
      { code: 'close_atoms', message: 'Li1–O2 0.8 Å', severity: 'warning' },
      { code: '', message: 'odd', severity: 'error' }
    ]);
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
