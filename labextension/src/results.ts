/**
 * Reading engine results: checks, values and units, whatever the exact field
 * names an engine uses (engines are built separately; the panel is lenient).
 */

export interface ICheck {
  name: string;
  passed: boolean | null; // null: not run / informational
  message: string;
}

const PASS = new Set(['pass', 'passed', 'ok', 'true', 'yes', 'success']);
const FAIL = new Set(['fail', 'failed', 'error', 'false', 'no', 'wrong']);

function verdict(value: unknown): boolean | null {
  if (typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'string') {
    const v = value.toLowerCase();
    if (PASS.has(v)) {
      return true;
    }
    if (FAIL.has(v)) {
      return false;
    }
  }
  return null;
}

function checkFrom(name: string, raw: unknown): ICheck {
  if (raw !== null && typeof raw === 'object') {
    const c = raw as Record<string, unknown>;
    const passed = verdict(c.passed ?? c.ok ?? c.pass ?? c.status ?? c.result);
    const message = c.message ?? c.detail ?? c.details ?? c.reason ?? '';
    return {
      name: String(c.name ?? c.check ?? c.title ?? c.code ?? name),
      passed,
      message: String(message ?? '')
    };
  }
  return { name, passed: verdict(raw), message: typeof raw === 'string' && verdict(raw) === null ? raw : '' };
}

/** Checks as a list, from a list of objects, a list of strings or a name -> verdict map. */
export function normalizeChecks(raw: unknown): ICheck[] {
  if (Array.isArray(raw)) {
    return raw.map((item, i) =>
      typeof item === 'string' ? { name: item, passed: null, message: '' } : checkFrom(`check ${i + 1}`, item)
    );
  }
  if (raw !== null && typeof raw === 'object') {
    return Object.entries(raw as Record<string, unknown>).map(([name, value]) => checkFrom(name, value));
  }
  return [];
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

/** The value and unit of an Answer's ``as_dict()``; nulls when there is no confident value. */
export function answerValue(data: Record<string, any>): { value: string | null; unit: string | null } {
  let value: unknown = data.value ?? data.magnitude;
  let unit: unknown = data.unit ?? data.units;
  const q = data.quantity;
  if (value === undefined && q !== null && typeof q === 'object') {
    value = q.magnitude ?? q.value;
    unit = unit ?? q.units_short ?? q.unit ?? q.units;
  } else if (value === undefined && typeof q === 'string') {
    const match = /^\s*([-+0-9.eE]+)\s*(.*)$/.exec(q);
    if (match) {
      value = Number(match[1]);
      unit = unit ?? match[2];
    }
  }
  let text: string | null = null;
  if (typeof value === 'number') {
    text = formatNumber(value);
  } else if (typeof value === 'string' && value.trim()) {
    text = value;
  }
  const unitText = typeof unit === 'string' && unit.trim() ? unit.trim() : null;
  return { value: text, unit: text === null ? null : (unitText ?? (data.unit_requested || null)) };
}

/** The calculation steps as lines of text. */
export function stepLines(raw: unknown): string[] {
  if (!Array.isArray(raw)) {
    return typeof raw === 'string' && raw ? [raw] : [];
  }
  return raw
    .map(step => {
      if (typeof step === 'string') {
        return step;
      }
      if (step && typeof step === 'object') {
        const s = step as Record<string, unknown>;
        return String(s.text ?? s.expression ?? s.description ?? s.step ?? JSON.stringify(s));
      }
      return String(step);
    })
    .filter(Boolean);
}

/** Problems of a structure check report: ``[{code, message, severity}]`` or strings. */
export function problemLines(raw: unknown): { code: string; message: string; severity: string }[] {
  if (!Array.isArray(raw)) {
    return [];
  }
  return raw.map(p =>
    p && typeof p === 'object'
      ? {
          code: String((p as any).code ?? ''),
          message: String((p as any).message ?? JSON.stringify(p)),
          severity: String((p as any).severity ?? 'error')
        }
      : { code: '', message: String(p), severity: 'error' }
  );
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
