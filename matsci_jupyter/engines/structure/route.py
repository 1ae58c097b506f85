"""Route plain ``%%matsci`` requests such as "show LiFePO4.cif" or "check s" to this engine.

Claims a request only when it names something this engine can open: a structure file
(by its extension or because it exists), a notebook variable holding a structure, or
when the cell itself is CIF text. "show the band gap of Si" is left to other engines.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ...structure_formats import is_structure_file
from ..base import EngineRoute

_SHOW = re.compile(r"^\s*(show|view|display|visuali[sz]e|draw|render|plot|open|look at)\b", re.I)
_CHECK = re.compile(r"^\s*(check|validate|verify|inspect)\b", re.I)
_FILLER = {
    "me",
    "the",
    "a",
    "structure",
    "crystal",
    "of",
    "in",
    "from",
    "file",
    "cif",
    "this",
    "my",
    "molecule",
    "and",
    "it",
    "please",
    "for",
    "errors",
    "problems",
}


def _is_structure(value: Any) -> bool:
    mod, name = type(value).__module__ or "", type(value).__name__
    return (
        mod.startswith("pymatgen") and name in ("Structure", "IStructure", "Molecule", "IMolecule")
    ) or (mod.startswith("ase") and name == "Atoms")


def _target(text: str, ctx: Any) -> tuple[str | None, float]:
    """(what the request names, how sure we are) from the first line of ``text``."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    words = [w.strip("\"'`,.;:?!()") for w in first.split()[1:]]
    namespace = ctx.namespace if ctx is not None else {}
    for word in words:
        if not word or word.lower() in _FILLER:
            continue
        candidate = word
        if candidate in namespace and _is_structure(namespace[candidate]):
            return candidate, 0.9
        path = Path(candidate).expanduser()
        if is_structure_file(path, viewable=True):
            return candidate, 0.9 if path.is_file() else 0.7
    return None, 0.0


def score(text: str, ctx: Any) -> float:
    from .inputs import looks_like_cif

    if looks_like_cif(text):
        return 0.95
    if not (_SHOW.match(text) or _CHECK.match(text)):
        return 0.0
    return _target(text, ctx)[1]


def handle(text: str, ctx: Any) -> Any:
    from . import check_structure, view
    from .inputs import looks_like_cif

    if looks_like_cif(text):
        return view(text)
    target, _ = _target(text, ctx)
    obj = ctx.namespace.get(target, target) if ctx is not None else target
    if _CHECK.match(text):
        return check_structure(obj)
    return view(obj)


ROUTE = EngineRoute(
    name="structure",
    description="show or check a crystal structure or molecule (a file, a variable, CIF text)",
    score=score,
    handle=handle,
    priority=10,
)
