"""Put a :class:`CodeResult` into the notebook: new cell below, result display, structure views.

``shell.set_next_input(code, replace=False)`` produces the ``set_next_input``
payload that JupyterLab and Notebook turn into a new cell below the magic's cell
(in terminal IPython it pre-fills the next prompt). Only verified code is
inserted, and it runs in the kernel only with ``run=True``.
"""

from __future__ import annotations

from typing import Any

from .result import CodeResult


class MarkdownExplanation:
    """``-f markdown``: the explanation (with the code as a block) instead of a new code cell."""

    def __init__(self, result: CodeResult) -> None:
        self.result = result

    def _repr_markdown_(self) -> str:
        return self.result.as_markdown()

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return {
            "text/plain": self.result.as_markdown(),
            "text/markdown": self.result.as_markdown(),
            "text/html": self.result._repr_html_(),
        }

    def as_dict(self) -> dict[str, Any]:
        return {**self.result.as_dict(), "format": "markdown"}


def structure_views(result: CodeResult) -> list[Any]:
    """Viewer widgets for the produced structures when the structure engine exists, else []."""
    structures = result.structures()
    if not structures:
        return []
    try:
        from ..structure import view
    except ImportError:
        return []  # the result already lists formula, sites and density as text
    views = []
    for structure in structures.values():
        try:
            views.append(view(structure))
        except Exception:  # a viewer problem must not hide the verified code
            continue
    return views


MARKER = "# matsci code: generated for the request cell above"

# request cell -> code inserted for it, per shell: a re-run does not add a second copy
_INSERTED: dict[tuple[int, str], str] = {}


def request_key(result: CodeResult, shell: Any) -> str:
    """The request cell: JupyterLab's cell id when the front end sends it, else the request."""
    header = getattr(shell, "parent_header", None) or {}
    cell_id = (header.get("metadata") or {}).get("cellId") if isinstance(header, dict) else None
    if cell_id:
        return f"cell:{cell_id}"
    import hashlib

    return "request:" + hashlib.sha256(result.request.encode("utf-8")).hexdigest()[:16]


def marked(code: str, key: str) -> str:
    """The code with its first line naming the request cell it was generated for."""
    return f"{MARKER} ({key.split(':', 1)[1][:16]})\n{code}"


def deliver(
    result: CodeResult, ctx: Any, *, run: bool = False, fmt: str = "code", force: bool = False
) -> Any:
    """Insert, show and optionally run ``result`` in the kernel behind ``ctx``.

    Only verified code is inserted or run, unless ``force`` (the user's explicit choice).
    Re-running the same request cell does not insert the same code a second time; ``--run``
    reports whether the code ran in the kernel and how it ended.
    """
    from IPython.display import display

    shell = getattr(ctx, "shell", None)
    if fmt == "markdown":
        return MarkdownExplanation(result)
    allowed = bool(result.code) and (result.verified or force) and shell is not None
    inserted = False
    if allowed:
        key = (id(shell), request_key(result, shell))
        if _INSERTED.get(key) == result.code:
            result.already_inserted = True
        else:
            shell.set_next_input(marked(result.code, key[1]), replace=False)
            _INSERTED[key] = result.code
            inserted = True
    result.inserted = inserted
    if run:
        if not allowed:
            result.ran_in_kernel = False
            why = (
                "there is no code"
                if not result.code
                else "the code did not pass verification (add --force to run it anyway)"
            )
            print("matsci: not run in the kernel: " + why)
        else:
            outcome = shell.run_cell(result.code, store_history=False)
            result.ran_in_kernel = True
            error = getattr(outcome, "error_in_exec", None) or getattr(
                outcome, "error_before_exec", None
            )
            result.kernel_error = f"{type(error).__name__}: {error}" if error else None
    display(result)
    for view in structure_views(result):
        display(view)
    return None
