/**
 * Reading engine results through the payload contract (src/generated/payloads.ts, generated
 * from the pydantic models in matsci_jupyter/commands/results.py): no field-name guessing.
 */
import type { IAnswerData, ICheckData, IQuantityData, IStructureProblemData } from './generated/payloads';

export interface ICheck {
  name: string;
  passed: boolean;
  message: string;
}

/** The checks of an answer or a code result, in order. */
export function normalizeChecks(checks: ICheckData[] | null | undefined): ICheck[] {
  return (checks ?? []).map(c => ({ name: c.name, passed: c.passed, message: c.message }));
}

/** ``4 significant digits``, scientific notation for very large or small magnitudes. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) {
    return String(value);
  }
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e6 || abs < 1e-3)) {
    const [mantissa, exponent] = value.toExponential(3).split('e');
    return `${trimZeros(mantissa)} × 10^${Number(exponent)}`;
  }
  return trimZeros(value.toPrecision(4));
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** A quantity as display text: four significant digits and its unit symbol. */
export function quantityText(q: IQuantityData): { value: string; unit: string | null } {
  const unit = (q.units_short || q.units || '').trim();
  return { value: formatNumber(q.magnitude), unit: unit || null };
}

/** The value and unit of an answer; nulls when there is no confident value. */
export function answerValue(data: IAnswerData): { value: string | null; unit: string | null } {
  return data.quantity ? quantityText(data.quantity) : { value: null, unit: null };
}

/** Problems of a structure check report, as the report lists them. */
export function problemLines(problems: IStructureProblemData[] | null | undefined): IStructureProblemData[] {
  return problems ?? [];
}

/** Rows of a structure summary (formula, space group, lattice in Å and degrees, volume, density). */
export function summaryRows(summary: unknown): Array<[string, string]> {
  if (!summary || typeof summary !== 'object') {
    return [];
  }
  const s = summary as Record<string, any>;
  const rows: Array<[string, string]> = [];
  const num = (v: unknown, digits: number) => (typeof v === 'number' ? trimZeros(v.toFixed(digits)) : '?');
  if (s.formula !== undefined) {
    rows.push(['formula', String(s.formula || '(no atoms)')]);
  }
  if (s.space_group && typeof s.space_group === 'object') {
    rows.push(['space group', `${s.space_group.symbol} (No. ${s.space_group.number})`]);
  } else if (s.periodic) {
    rows.push(['space group', 'not determined']);
  }
  const lat = s.lattice;
  if (lat && typeof lat === 'object') {
    rows.push(['a, b, c', `${num(lat.a, 4)}, ${num(lat.b, 4)}, ${num(lat.c, 4)} Å`]);
    rows.push(['α, β, γ', `${num(lat.alpha, 2)}, ${num(lat.beta, 2)}, ${num(lat.gamma, 2)}°`]);
  }
  if (typeof s.volume_A3 === 'number') {
    rows.push(['volume', `${num(s.volume_A3, 3)} Å³`]);
  }
  if (typeof s.density_g_cm3 === 'number') {
    rows.push(['density', `${num(s.density_g_cm3, 4)} g/cm³`]);
  }
  if (typeof s.n_sites === 'number') {
    rows.push(['sites', String(s.n_sites)]);
  }
  return rows;
}
