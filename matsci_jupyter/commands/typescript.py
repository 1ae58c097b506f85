"""TypeScript types from the payload models' JSON Schema (for the labextension).

``python -m matsci_jupyter.commands.typescript labextension/src/generated/payloads.ts``
writes one ``export interface`` per model of :mod:`.results`; the build runs it before
``tsc`` and ``tests/test_payload_types.py`` fails when the committed file is stale.
Handles the JSON Schema pydantic writes: objects, arrays, ``anyOf``, ``const``/``enum``,
``$ref`` and ``additionalProperties``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HEADER = (
    "/* Generated from the pydantic models in matsci_jupyter/commands/results.py by\n"
    " * `python -m matsci_jupyter.commands.typescript` (scripts/build-labextension.sh runs it).\n"
    " * Do not edit: change the models and regenerate; tests/test_payload_types.py checks it. */\n"
)
_SCALARS = {"string": "string", "number": "number", "integer": "number", "boolean": "boolean"}


def ts_type(schema: dict[str, Any]) -> str:
    """The TypeScript type of one JSON Schema node."""
    if "$ref" in schema:
        return "I" + str(schema["$ref"]).rsplit("/", 1)[-1]
    if "const" in schema:
        return json.dumps(schema["const"])
    if "enum" in schema:
        return " | ".join(json.dumps(v) for v in schema["enum"])
    if "anyOf" in schema:
        parts = [ts_type(s) for s in schema["anyOf"]]
        return " | ".join(dict.fromkeys(parts))
    kind = schema.get("type")
    if isinstance(kind, list):
        return " | ".join(ts_type({**schema, "type": k}) for k in kind)
    if kind in _SCALARS:
        return _SCALARS[kind]
    if kind == "null":
        return "null"
    if kind == "array":
        items = schema.get("items")
        inner = ts_type(items) if isinstance(items, dict) else "unknown"
        return f"Array<{inner}>"
    if kind == "object":
        if "properties" in schema:
            return "{ " + " ".join(_members(schema)) + " }"
        extra = schema.get("additionalProperties")
        value = ts_type(extra) if isinstance(extra, dict) else "unknown"
        return f"Record<string, {value}>"
    return "unknown"


def _members(schema: dict[str, Any]) -> list[str]:
    # payloads are ``model_dump()`` output: every declared field is present (defaults filled in)
    lines = [f"{name}: {ts_type(prop)};" for name, prop in schema.get("properties", {}).items()]
    if schema.get("additionalProperties") is not False:
        lines.append("[extra: string]: unknown;")
    return lines


def interface(name: str, schema: dict[str, Any]) -> str:
    doc = " ".join(str(schema.get("description", "")).split())
    head = f"/** {doc} */\n" if doc else ""
    body = "\n".join(f"  {line}" for line in _members(schema))
    return f"{head}export interface I{name} {{\n{body}\n}}\n"


def generate() -> str:
    """The whole ``payloads.ts`` text."""
    from .results import DATA_MODELS, payload_json_schema

    defs = payload_json_schema()["$defs"]
    parts = [HEADER]
    parts += [interface(name, defs[name]) for name in sorted(defs)]
    data_names = sorted(m.__name__ for m in DATA_MODELS.values())
    parts.append(
        "/** Any typed result data, told apart by `kind`. */\n"
        f"export type ResultData = {' | '.join('I' + n for n in data_names)};\n"
    )
    kinds = ", ".join(f"{json.dumps(k)}: I{m.__name__}" for k, m in sorted(DATA_MODELS.items()))
    parts.append(
        f"/** The data model of each result kind. */\nexport interface ResultDataByKind {{ {kinds} }}\n"
    )
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = generate()
    if not args:
        sys.stdout.write(text)
        return 0
    out = Path(args[0])
    out.parent.mkdir(parents=True, exist_ok=True)
    if not out.exists() or out.read_text(encoding="utf-8") != text:
        out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
