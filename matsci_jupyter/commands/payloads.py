"""Engine results as JSON payloads, and text made safe to store and send.

Every result object of the suite has ``as_dict()`` (JSON data with a ``"kind"``)
and ``_repr_mimebundle_`` (at least text/plain and text/html). A payload carries
both: ``data`` validated by the model of its kind (:mod:`.results`) for a
surface's own rendering, and ``bundle`` for anything it does not know.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from .results import typed_data

log = logging.getLogger(__name__)

# Control characters other than tab, newline and carriage return; they carry no
# meaning in a chat and break some renderers.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_BUNDLE_BYTES = 4_000_000
TEXT_MIMES = ("text/plain", "text/markdown", "text/html", "text/latex", "image/svg+xml")


def clean_text(text: str) -> str:
    """``text`` without control characters and lone surrogates (which cannot be written as UTF-8)."""
    text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates become '?'
    return _CONTROL.sub("", text)


def json_safe(value: Any, _depth: int = 0) -> Any:
    """A copy of ``value`` that ``JSON.parse`` accepts: NaN/inf become None, unknown objects str."""
    if _depth > 40:
        return str(value)
    if value is None or isinstance(value, (bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, Mapping):
        return {str(k): json_safe(v, _depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [json_safe(v, _depth + 1) for v in value]
    item = getattr(value, "item", None)  # numpy scalars
    if callable(item):
        try:
            return json_safe(item(), _depth + 1)
        except (TypeError, ValueError):
            pass
    tolist = getattr(value, "tolist", None)  # numpy arrays
    if callable(tolist):
        try:
            return json_safe(tolist(), _depth + 1)
        except (TypeError, ValueError):
            pass
    return clean_text(str(value))


def mimebundle(obj: Any) -> dict[str, Any]:
    """The display data of ``obj`` as IPython would show it, without IPython."""
    bundle: dict[str, Any] = {}
    method = getattr(obj, "_repr_mimebundle_", None)
    if callable(method):
        try:
            out = method(include=None, exclude=None)
        except TypeError:
            out = method()
        if isinstance(out, tuple):
            out = out[0]
        if isinstance(out, Mapping):
            bundle.update(out)
    for mime, name in (
        ("text/html", "_repr_html_"),
        ("text/markdown", "_repr_markdown_"),
        ("image/svg+xml", "_repr_svg_"),
        ("image/png", "_repr_png_"),
    ):
        if mime not in bundle and callable(getattr(obj, name, None)):
            rendered = getattr(obj, name)()
            if isinstance(rendered, tuple):
                rendered = rendered[0]
            if rendered is not None:
                bundle[mime] = rendered
    bundle.setdefault("text/plain", str(obj))
    return _fit_bundle(json_safe(bundle))


def _fit_bundle(bundle: dict[str, Any]) -> dict[str, Any]:
    """Drop the largest entries (never text/plain) until the bundle fits MAX_BUNDLE_BYTES."""
    sizes = {k: len(json.dumps(v)) for k, v in bundle.items()}
    dropped = []
    while sum(sizes.values()) > MAX_BUNDLE_BYTES and len(sizes) > 1:
        biggest = max((k for k in sizes if k != "text/plain"), key=sizes.__getitem__)
        dropped.append(biggest)
        del sizes[biggest], bundle[biggest]
    if dropped:
        bundle["text/plain"] = (
            str(bundle.get("text/plain", ""))[: MAX_BUNDLE_BYTES // 2]
            + f"\n[{', '.join(dropped)} left out: too large for the chat]"
        )
    return bundle


def result_data(obj: Any) -> dict[str, Any]:
    """The typed ``data`` of a result object: its ``as_dict()`` checked against its kind's model."""
    from ..engines.base import ModelText, Notice

    if isinstance(obj, Notice):
        data: dict[str, Any] = {
            "kind": "notice",
            "title": obj.title,
            "message": obj.message,
            "hints": list(obj.hints),
            "level": obj.level,
        }
    elif isinstance(obj, ModelText):
        data = {"kind": "model_text", "text": obj.text, "model": obj.model, "verified": False}
    elif type(obj).__name__ == "ModelStatus":
        data = {**obj.as_dict(), "kind": "model_state", "state": "ready" if obj.loaded else "none"}
    else:
        data = {}
        as_dict = getattr(obj, "as_dict", None)
        if callable(as_dict):
            raw = as_dict()
            data = dict(raw) if isinstance(raw, Mapping) else {"value": raw}
        data.setdefault("kind", type(obj).__name__.lower())
    safe = json_safe(data)
    try:
        return typed_data(safe).model_dump(mode="json")
    except ValidationError as exc:  # an engine broke the contract: keep its data, say so in the log
        log.error("matsci: %s result does not match its payload model: %s", data["kind"], exc)
        return dict(safe)


def to_payload(obj: Any, *, engine: str | None = None) -> dict[str, Any]:
    """``{"kind", "engine", "data", "bundle", "text"}`` (a :class:`~.results.ResultPayload`)."""
    data = result_data(obj)
    bundle = mimebundle(obj)
    if isinstance(data.get("figure"), Mapping):
        # the panel draws the figure from its plotly JSON; the HTML form (which may embed
        # plotly.js itself) would only double the message
        bundle = {k: v for k, v in bundle.items() if k == "text/plain"}
    return {
        "kind": str(data["kind"]),
        "engine": engine,
        "data": data,
        "bundle": bundle,
        "text": str(bundle.get("text/plain", "")),
    }


def notice_payload(
    title: str,
    message: str,
    hints: list[str] | None = None,
    level: str = "info",
    *,
    engine: str | None = None,
) -> dict[str, Any]:
    """A payload for a notice written by the server itself."""
    from ..engines.base import Notice

    return to_payload(Notice(title, message, list(hints or []), level=level), engine=engine)
