"""Send a free-text ``%%matsci`` request to the engine that claims it."""

from __future__ import annotations

import importlib
import logging
import pkgutil
import warnings
from functools import lru_cache
from typing import Any

from .base import EngineRoute, ModelText, Notice

log = logging.getLogger(__name__)
CLAIM_THRESHOLD = 0.5
FREE_TEXT_TOKENS = 384
"""Cap on a free-text model answer (tokens); small CPU models are slow and drift when long."""
FREE_TEXT_REPETITION_PENALTY = 1.15
"""Greedy decoding of small models loops on itself; a mild penalty keeps prose readable."""


@lru_cache
def discover_routes() -> tuple[EngineRoute, ...]:
    """Every engine's ``ROUTE``; an engine that fails to import is a warning, not fatal."""
    import matsci_jupyter.engines as pkg

    routes = []
    for info in pkgutil.iter_modules(pkg.__path__):
        if not info.ispkg:
            continue
        try:
            module = importlib.import_module(f"{pkg.__name__}.{info.name}.route")
        except ModuleNotFoundError as exc:
            if exc.name == f"{pkg.__name__}.{info.name}.route":
                continue
            warnings.warn(f"matsci engine {info.name!r} is unavailable: {exc}", stacklevel=2)
            continue
        except Exception as exc:  # a broken engine must not break the magic
            warnings.warn(f"matsci engine {info.name!r} failed to load: {exc}", stacklevel=2)
            continue
        route = getattr(module, "ROUTE", None)
        if isinstance(route, EngineRoute):
            routes.append(route)
    return tuple(sorted(routes, key=lambda r: -r.priority))


def choose(text: str, ctx: Any) -> tuple[EngineRoute | None, list[tuple[str, float]]]:
    """The engine with the highest score at or above the threshold, and all scores."""
    scored = [(r, float(r.score(text, ctx))) for r in discover_routes()]
    scored.sort(key=lambda rs: (-rs[1], -rs[0].priority))
    table = [(r.name, s) for r, s in scored]
    if scored and scored[0][1] >= CLAIM_THRESHOLD:
        return scored[0][0], table
    return None, table


def route(text: str, ctx: Any) -> Any:
    """Answer ``text`` with the best engine, the model (labelled unverified), or say what is missing."""
    text = text.strip()
    if not text:
        return Notice(
            "Empty request",
            "write a request in the cell below %%matsci",
            ["%matsci help lists the subcommands"],
            level="warning",
        )
    engine, _ = choose(text, ctx)
    if engine is not None:
        return engine.handle(text, ctx)
    model = ctx.model()
    if model.kind != "none":
        from ..model.live import generate_live

        # streamed into the cell as it is written; the final text is shown by ModelText
        gen = generate_live(
            model,
            text,
            label="free text",
            keep_text=False,
            max_new_tokens=FREE_TEXT_TOKENS,
            repetition_penalty=FREE_TEXT_REPETITION_PENALTY,
        )
        return ModelText(gen.text, model.name)
    from ..model.null import HOW_TO_GET_A_MODEL

    return Notice(
        "Nothing can answer this yet",
        "this request is outside the offline engines (no offline engine covers it: they write "
        f"materials code and answer numeric questions) and no language model is loaded: "
        f"{HOW_TO_GET_A_MODEL}",
    )
