"""The result of the checks: problems (code, message, severity, sites, CIF lines) + summary."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from . import cifscan
from .summary import summary_html, summary_text
from .symmetry import SpaceGroupInfo

SEVERITIES = ("error", "warning", "info")
MAX_LISTED = 6  # pairs or sites named in one message


@dataclass(frozen=True)
class StructureProblem:
    """One finding: a ``code`` for programs, a ``message`` for people, where it is."""

    code: str
    message: str
    severity: str = "error"  # error | warning | info
    sites: tuple[int, ...] = ()  # 0-based site indices in the parsed structure
    cif_lines: tuple[int, ...] = ()  # 1-based lines of the CIF text

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "severity": self.severity,
            "sites": list(self.sites),
            "cif_lines": list(self.cif_lines),
        }

    def __str__(self) -> str:
        return f"{self.severity} [{self.code}] {self.message}"


@dataclass
class StructureReport:
    """What :func:`check_structure` found. ``ok`` is True when no problem is an error."""

    source: str
    problems: list[StructureProblem] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    structure: Any = field(default=None, repr=False)  # the parsed pymatgen object, or None
    space_group: SpaceGroupInfo | None = None

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def errors(self) -> list[StructureProblem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[StructureProblem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def codes(self) -> list[str]:
        return [p.code for p in self.problems]

    def problem(self, code: str) -> StructureProblem | None:
        """The first problem with ``code``, or None."""
        return next((p for p in self.problems if p.code == code), None)

    @property
    def headline(self) -> str:
        """One line: 'LiFePO4: OK' / 'x.cif: 2 errors, 1 warning'."""
        name = self.summary.get("formula") or self.source
        counts = [(len(self.errors), "error"), (len(self.warnings), "warning")]
        parts = [f"{n} {word}{'s' if n != 1 else ''}" for n, word in counts if n]
        if not parts:
            return f"{name}: OK" + (" (notes below)" if self.problems else "")
        return f"{name}: " + ", ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": "structure_report",
            "source": self.source,
            "ok": self.ok,
            "headline": self.headline,
            "summary": self.summary,
            "problems": [p.as_dict() for p in self.problems],
        }

    def __str__(self) -> str:
        lines = [f"{self.headline}   [{self.source}]"]
        text = summary_text(self.summary)
        if text:
            lines += ["  " + row for row in text.splitlines()]
        lines += [f"  - {p}" for p in self.problems]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return str(self)

    def problems_html(self) -> str:
        if not self.problems:
            return "<div style='color:var(--jp-success-color1, #1a7f37)'>No problems found.</div>"
        colours = {
            "error": "var(--jp-error-color1, #cf222e)",
            "warning": "var(--jp-warn-color1, #9a6700)",
            "info": "var(--jp-ui-font-color2, #57606a)",
        }
        items = []
        for p in self.problems:
            where = []
            if p.sites:
                shown = ", ".join(str(s) for s in p.sites[:MAX_LISTED])
                more = "…" if len(p.sites) > MAX_LISTED else ""
                where.append(f"sites {shown}{more}")
            if p.cif_lines:
                where.append(cifscan.at_lines(p.cif_lines).strip(" ()"))
            detail = (
                f" <span style='color:var(--jp-ui-font-color2, #57606a)'>({html.escape('; '.join(where))})</span>"
                if where
                else ""
            )
            items.append(
                f"<li><b style='color:{colours[p.severity]}'>{p.severity}</b> "
                f"<code>{html.escape(p.code)}</code> {html.escape(p.message)}"
                f"{detail}</li>"
            )
        return f"<ul style='margin:2px 0;padding-left:18px'>{''.join(items)}</ul>"

    def _repr_html_(self) -> str:
        colour = (
            "var(--jp-success-color1, #1a7f37)" if self.ok else "var(--jp-error-color1, #cf222e)"
        )
        return (
            f"<div class='matsci-structure-report' style='border-left:4px solid {colour};"
            f"padding:4px 10px'><b>{html.escape(self.headline)}</b> "
            f"<span style='color:var(--jp-ui-font-color2, #57606a)'>{html.escape(self.source)}</span>"
            f"{summary_html(self.summary)}{self.problems_html()}</div>"
        )

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return {"text/plain": str(self), "text/html": self._repr_html_()}
