"""The typed payload contract: every result kind as a pydantic model.

A result travels as a :class:`ResultPayload` (``kind``, ``engine``, ``data``,
``bundle``, ``text``); ``data`` is one of the ``*Data`` models below, picked by
``kind``. The same models give the MCP tools their output schemas and the
labextension its TypeScript types (``scripts/generate_ts_types.py`` writes
``labextension/src/generated/payloads.ts`` from :func:`payload_json_schema`).

Declared fields are the contract; engines may add more (``extra="allow"``), and
those extra keys are passed on but nobody may rely on them. Units: magnitudes
are in the unit named beside them (``units``), sizes in bytes, times in seconds.
This module imports only pydantic: the kernel side and the server side both use it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Level = Literal["info", "warning", "error"]


class _Data(BaseModel):
    model_config = ConfigDict(extra="allow")


class QuantityData(_Data):
    """A number with its unit (``units`` is pint's long name, ``units_short`` its symbol)."""

    magnitude: float
    units: str
    units_short: str = ""
    text: str = ""


class CheckData(_Data):
    """One named pass/fail check of an answer."""

    name: str
    passed: bool
    message: str = ""
    blocking: bool = True


class AnswerData(_Data):
    """A numeric answer (``source`` "solver"/"model") or a checked answer (``source`` "response").

    ``quantity`` is None when there is no confident answer; ``reason`` then says why.
    """

    kind: Literal["answer"] = "answer"
    question: str = ""
    ok: bool = False
    quantity: QuantityData | None = None
    unit_requested: str | None = None
    source: str | None = None
    reason: str | None = None
    relation: str | None = None
    target: str | None = None
    steps: list[str] = Field(default_factory=list)
    checks: list[CheckData] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    recomputed: dict[str, Any] | None = None
    bad_input: bool = False


class CodeData(_Data):
    """Code for a request; ``verified`` is True only when a sandbox run showed it did what was asked.

    ``status``: verified | failed | refused | clarification. The code is never run in the
    caller's process.
    """

    kind: Literal["code"] = "code"
    request: str = ""
    status: str = ""
    code: str = ""
    explanation: str = ""
    verified: bool = False
    source: str | None = None
    clarification: str | None = None
    refusal: str | None = None
    recipes: list[str] = Field(default_factory=list)
    model: str | None = None
    verification: dict[str, Any] | None = None
    attempts: list[Any] = Field(default_factory=list)
    inserted: bool | None = None


class StructureProblemData(_Data):
    """One problem found in a structure (``severity`` error | warning | info)."""

    code: str
    message: str
    severity: str
    sites: list[int] = Field(default_factory=list)
    cif_lines: list[int] = Field(default_factory=list)


class StructureReportData(_Data):
    """What ``check_structure`` found; ``ok`` is True when no problem is an error."""

    kind: Literal["structure_report"] = "structure_report"
    source: str = ""
    ok: bool = False
    headline: str = ""
    summary: dict[str, Any] = Field(default_factory=dict)
    problems: list[StructureProblemData] = Field(default_factory=list)


class StructureViewData(_Data):
    """A structure drawn in 3D: its report, summary and plotly figure (None when not drawn)."""

    kind: Literal["structure_view"] = "structure_view"
    source: str = ""
    title: str = ""
    summary: dict[str, Any] = Field(default_factory=dict)
    report: StructureReportData | None = None
    figure: dict[str, Any] | None = None
    render_error: str | None = None
    notes: list[str] = Field(default_factory=list)
    options: dict[str, Any] = Field(default_factory=dict)


class HeadsPredictionsData(_Data):
    """Predictions of property heads: one row per input, one column per task (task units)."""

    kind: Literal["heads-predictions"] = "heads-predictions"
    heads: str = ""
    tasks: list[dict[str, Any]] = Field(default_factory=list)
    columns: list[str] = Field(default_factory=list)
    rows: list[dict[str, Any]] = Field(default_factory=list)


class HeadsData(_Data):
    """A report on trained property heads (tasks, learners, validation metrics)."""

    kind: Literal["heads"] = "heads"
    name: str | None = None
    path: str | None = None
    input_column: str | None = None
    tasks: list[dict[str, Any]] = Field(default_factory=list)
    learners: list[str] = Field(default_factory=list)
    metrics: dict[str, Any] = Field(default_factory=dict)


class NoticeData(_Data):
    """Something the user should know instead of a result (no model, bad input, nothing matched)."""

    kind: Literal["notice"] = "notice"
    title: str
    message: str
    hints: list[str] = Field(default_factory=list)
    level: Level = "info"


class ModelTextData(_Data):
    """Free text from the language model that no tool verified (``verified`` is always False)."""

    kind: Literal["model_text"] = "model_text"
    text: str
    model: str
    verified: Literal[False] = False


class HelpData(_Data):
    """A help page in Markdown."""

    kind: Literal["help"] = "help"
    title: str = ""
    markdown: str = ""


class LoadingData(_Data):
    """A load or connect in progress: what, and for how long (seconds)."""

    target: str
    action: Literal["load", "connect"]
    seconds: float


class ModelStateData(_Data):
    """The model as a status line shows it (``state``: none | loading | ready | error)."""

    kind: Literal["model_state"] = "model_state"
    state: Literal["none", "loading", "ready", "error"] = "none"
    backend: str = "none"
    name: str | None = None
    device: str | None = None
    quantization: str | None = None
    four_bit: bool = False
    source: str | None = None
    memory_bytes: int | None = None
    loading: LoadingData | None = None
    error: str | None = None
    configured_url: str | None = None
    suggested_model: str | None = None
    notes: list[str] = Field(default_factory=list)


class OtherData(_Data):
    """A result kind outside the contract: read ``ResultPayload.text``/``bundle`` instead."""

    kind: str


DATA_MODELS: dict[str, type[_Data]] = {
    "answer": AnswerData,
    "code": CodeData,
    "structure_report": StructureReportData,
    "structure_view": StructureViewData,
    "heads-predictions": HeadsPredictionsData,
    "heads": HeadsData,
    "notice": NoticeData,
    "model_text": ModelTextData,
    "help": HelpData,
    "model_state": ModelStateData,
}

ResultData = (
    AnswerData
    | CodeData
    | StructureReportData
    | StructureViewData
    | HeadsPredictionsData
    | HeadsData
    | NoticeData
    | ModelTextData
    | HelpData
    | ModelStateData
)


class ResultPayload(BaseModel):
    """One result as every surface sends it: typed ``data``, a display ``bundle``, plain ``text``."""

    model_config = ConfigDict(extra="forbid")

    kind: str
    engine: str | None = None
    data: dict[str, Any]
    bundle: dict[str, Any] = Field(default_factory=dict)
    text: str = ""


def typed_data(data: dict[str, Any]) -> _Data:
    """``data`` validated by the model of its ``kind`` (:class:`OtherData` for unknown kinds)."""
    model = DATA_MODELS.get(str(data.get("kind", "")), OtherData)
    return model.model_validate(data)


def payload_json_schema() -> dict[str, Any]:
    """One JSON Schema with every payload model under ``$defs`` (the TypeScript types' source)."""
    from pydantic.json_schema import models_json_schema

    models: list[type[BaseModel]] = [ResultPayload, *DATA_MODELS.values()]
    _, schema = models_json_schema(
        [(m, "serialization") for m in models], ref_template="#/$defs/{model}"
    )
    return schema
