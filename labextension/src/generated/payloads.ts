/* Generated from the pydantic models in matsci_jupyter/commands/results.py by
 * `python -m matsci_jupyter.commands.typescript` (scripts/build-labextension.sh runs it).
 * Do not edit: change the models and regenerate; tests/test_payload_types.py checks it. */

/** A numeric answer (``source`` "solver"/"model") or a checked answer (``source`` "response"). ``quantity`` is None when there is no confident answer; ``reason`` then says why. */
export interface IAnswerData {
  kind: "answer";
  question: string;
  ok: boolean;
  quantity: IQuantityData | null;
  unit_requested: string | null;
  source: string | null;
  reason: string | null;
  relation: string | null;
  target: string | null;
  steps: Array<string>;
  checks: Array<ICheckData>;
  notes: Array<string>;
  recomputed: Record<string, unknown> | null;
  bad_input: boolean;
  [extra: string]: unknown;
}

/** One named pass/fail check of an answer. */
export interface ICheckData {
  name: string;
  passed: boolean;
  message: string;
  blocking: boolean;
  [extra: string]: unknown;
}

/** Code for a request; ``verified`` is True only when a sandbox run showed it did what was asked. ``status``: verified | failed | refused | clarification. The code is never run in the caller's process. */
export interface ICodeData {
  kind: "code";
  request: string;
  status: string;
  code: string;
  explanation: string;
  verified: boolean;
  source: string | null;
  clarification: string | null;
  refusal: string | null;
  recipes: Array<string>;
  model: string | null;
  verification: Record<string, unknown> | null;
  attempts: Array<unknown>;
  inserted: boolean | null;
  [extra: string]: unknown;
}

/** A report on trained property heads (tasks, learners, validation metrics). */
export interface IHeadsData {
  kind: "heads";
  name: string | null;
  path: string | null;
  input_column: string | null;
  tasks: Array<Record<string, unknown>>;
  learners: Array<string>;
  metrics: Record<string, unknown>;
  [extra: string]: unknown;
}

/** Predictions of property heads: one row per input, one column per task (task units). */
export interface IHeadsPredictionsData {
  kind: "heads-predictions";
  heads: string;
  tasks: Array<Record<string, unknown>>;
  columns: Array<string>;
  rows: Array<Record<string, unknown>>;
  [extra: string]: unknown;
}

/** A help page in Markdown. */
export interface IHelpData {
  kind: "help";
  title: string;
  markdown: string;
  [extra: string]: unknown;
}

/** A load or connect in progress: what, and for how long (seconds). */
export interface ILoadingData {
  target: string;
  action: "load" | "connect";
  seconds: number;
  [extra: string]: unknown;
}

/** The model as a status line shows it (``state``: none | loading | ready | error). */
export interface IModelStateData {
  kind: "model_state";
  state: "none" | "loading" | "ready" | "error";
  backend: string;
  name: string | null;
  device: string | null;
  quantization: string | null;
  four_bit: boolean;
  source: string | null;
  memory_bytes: number | null;
  loading: ILoadingData | null;
  error: string | null;
  configured_url: string | null;
  suggested_model: string | null;
  notes: Array<string>;
  [extra: string]: unknown;
}

/** Free text from the language model that no tool verified (``verified`` is always False). */
export interface IModelTextData {
  kind: "model_text";
  text: string;
  model: string;
  verified: false;
  [extra: string]: unknown;
}

/** Something the user should know instead of a result (no model, bad input, nothing matched). */
export interface INoticeData {
  kind: "notice";
  title: string;
  message: string;
  hints: Array<string>;
  level: "info" | "warning" | "error";
  [extra: string]: unknown;
}

/** A number with its unit (``units`` is pint's long name, ``units_short`` its symbol). */
export interface IQuantityData {
  magnitude: number;
  units: string;
  units_short: string;
  text: string;
  [extra: string]: unknown;
}

/** One result as every surface sends it: typed ``data``, a display ``bundle``, plain ``text``. */
export interface IResultPayload {
  kind: string;
  engine: string | null;
  data: Record<string, unknown>;
  bundle: Record<string, unknown>;
  text: string;
}

/** One problem found in a structure (``severity`` error | warning | info). */
export interface IStructureProblemData {
  code: string;
  message: string;
  severity: string;
  sites: Array<number>;
  cif_lines: Array<number>;
  [extra: string]: unknown;
}

/** What ``check_structure`` found; ``ok`` is True when no problem is an error. */
export interface IStructureReportData {
  kind: "structure_report";
  source: string;
  ok: boolean;
  headline: string;
  summary: Record<string, unknown>;
  problems: Array<IStructureProblemData>;
  [extra: string]: unknown;
}

/** A structure drawn in 3D: its report, summary and plotly figure (None when not drawn). */
export interface IStructureViewData {
  kind: "structure_view";
  source: string;
  title: string;
  summary: Record<string, unknown>;
  report: IStructureReportData | null;
  figure: Record<string, unknown> | null;
  render_error: string | null;
  notes: Array<string>;
  options: Record<string, unknown>;
  [extra: string]: unknown;
}

/** Any typed result data, told apart by `kind`. */
export type ResultData = IAnswerData | ICodeData | IHeadsData | IHeadsPredictionsData | IHelpData | IModelStateData | IModelTextData | INoticeData | IStructureReportData | IStructureViewData;

/** The data model of each result kind. */
export interface ResultDataByKind { "answer": IAnswerData, "code": ICodeData, "heads": IHeadsData, "heads-predictions": IHeadsPredictionsData, "help": IHelpData, "model_state": IModelStateData, "model_text": IModelTextData, "notice": INoticeData, "structure_report": IStructureReportData, "structure_view": IStructureViewData }
