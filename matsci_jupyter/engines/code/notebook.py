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


def deliver(result: CodeResult, ctx: Any, *, run: bool = False, fmt: str = "code") -> Any:
    """Insert, show and optionally run ``result`` in the kernel behind ``ctx``."""
    from IPython.display import display

    shell = getattr(ctx, "shell", None)
    if fmt == "markdown":
        return MarkdownExplanation(result)
    inserted = False
    if result.code and result.verified and shell is not None:
        shell.set_next_input(result.code, replace=False)
        inserted = True
    result.inserted = inserted
    display(result)
    for view in structure_views(result):
        display(view)
    if run:
        if not inserted:
            print(
                "matsci: not run in the kernel: "
                + ("the code did not pass verification" if result.code else "there is no code")
            )
        else:
            shell.run_cell(result.code, store_history=False)
    return None
