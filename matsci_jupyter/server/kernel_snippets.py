"""Code the panel runs in the notebook's kernel: a short summary of one variable.

Only the summary leaves the kernel (type, shape, formula, a few characters of
repr), never the variable's contents. The summary function is written here as
ordinary Python (so it is tested like any code) and sent as its source.
"""

from __future__ import annotations

import inspect
import keyword
import re

from ..errors import UsageError

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
MAX_SUMMARY_CHARS = 2000


def summarize(name, namespace):
    """A short text describing ``namespace[name]``: type, size and what a scientist needs to know."""
    limit = 2000

    def cut(text, n=300):
        text = str(text)
        return text if len(text) <= n else text[: n - 1] + "…"

    if name not in namespace:
        return f"{name}: not defined in the kernel"
    obj = namespace[name]
    kind = type(obj)
    tname = f"{kind.__module__}.{kind.__qualname__}".removeprefix("builtins.")
    lines = [f"{name}: {tname}"]
    try:
        if hasattr(obj, "lattice") and hasattr(obj, "composition") and hasattr(obj, "sites"):
            lat = obj.lattice
            lines.append(
                f"formula {obj.composition.reduced_formula} ({obj.composition.formula}), "
                f"{len(obj)} sites"
            )
            lines.append(
                "lattice a, b, c = "
                + ", ".join(f"{x:.4f}" for x in lat.abc)
                + " Å; alpha, beta, gamma = "
                + ", ".join(f"{x:.2f}" for x in lat.angles)
                + "°"
            )
            lines.append(f"volume {obj.volume:.3f} Å^3, density {float(obj.density):.4f} g/cm^3")
        elif hasattr(obj, "get_chemical_formula") and hasattr(obj, "cell"):
            lengths = obj.cell.lengths()
            lines.append(
                f"formula {obj.get_chemical_formula()}, {len(obj)} atoms, "
                f"pbc {list(map(bool, obj.pbc))}"
            )
            lines.append("cell lengths " + ", ".join(f"{x:.4f}" for x in lengths) + " Å")
        elif hasattr(obj, "columns") and hasattr(obj, "dtypes") and hasattr(obj, "shape"):
            lines.append(f"shape {obj.shape[0]} rows × {obj.shape[1]} columns")
            cols = [f"{c} ({t})" for c, t in list(obj.dtypes.items())[:30]]
            lines.append("columns: " + ", ".join(cols) + (" …" if obj.shape[1] > 30 else ""))
            lines.append("first rows:\n" + cut(obj.head(3).to_string(max_cols=12), 800))
        elif hasattr(obj, "magnitude") and hasattr(obj, "units"):
            lines.append(f"quantity {cut(obj, 200)}")
        elif hasattr(obj, "shape") and hasattr(obj, "dtype"):
            lines.append(f"array shape {tuple(obj.shape)}, dtype {obj.dtype}")
            size = getattr(obj, "size", 0)
            if 0 < size <= 10_000_000 and obj.dtype.kind in "iuf":
                lines.append(f"min {obj.min():.6g}, max {obj.max():.6g}")
        elif isinstance(obj, str):
            lines.append(f"{len(obj)} characters: {cut(repr(obj))}")
        elif isinstance(obj, (list, tuple, set, frozenset, dict)):
            lines.append(f"{len(obj)} items: {cut(repr(obj))}")
        elif callable(obj):
            doc = (getattr(obj, "__doc__", "") or "").strip().splitlines()
            lines.append("callable" + (f": {cut(doc[0], 200)}" if doc else ""))
        else:
            lines.append(cut(repr(obj)))
    except Exception as exc:  # a summary must never break the user's kernel
        lines.append(f"(could not summarise: {type(exc).__name__}: {cut(exc, 200)})")
    text = "\n".join(lines)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def variable_summary_code(name: str) -> str:
    """Python for the kernel that prints the summary of variable ``name`` and leaves nothing behind."""
    if not _IDENTIFIER.match(name or "") or keyword.iskeyword(name):
        raise UsageError(f"{name[:80]!r} is not a Python variable name")
    source = inspect.getsource(summarize).replace("def summarize(", "def _matsci_summarize(", 1)
    return (
        f"{source}\ntry:\n    print(_matsci_summarize({name!r}, globals()))\n"
        "finally:\n    del _matsci_summarize\n"
    )
