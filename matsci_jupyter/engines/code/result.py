"""``CodeResult``: the code, its explanation and what happened when it was verified."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from .verify import Verification

MAX_SHOWN_OUTPUT = 3000


@dataclass
class CodeResult:
    """What :func:`~matsci_jupyter.generate_code` returns.

    ``code`` is empty when the request was refused, needs a clarification, or the
    only candidate was rejected by the safety screen. ``verified`` is True only
    when the code ran to the end in the sandbox, its results were plausible and
    they match the request (the intent check, ``mismatches`` empty).
    ``source`` is "recipes" (the offline recipe library), "model" or "none".
    """

    request: str
    code: str = ""
    explanation: str = ""
    verified: bool = False
    verification: Verification | None = None
    source: str = "none"
    clarification: str | None = None
    refusal: str | None = None
    recipes: list[str] = field(default_factory=list)
    model: str | None = None
    attempts: list[dict[str, Any]] = field(default_factory=list)  # repair rounds of the model path
    inserted: bool = False  # placed in a new notebook cell by %%matsci code
    mismatches: list[str] = field(default_factory=list)  # how the run differs from the request
    already_inserted: bool = False  # a re-run: the same code is in the cell inserted before
    ran_in_kernel: bool | None = None  # --run: whether it ran in the user's kernel
    kernel_error: str | None = None  # --run: the error it raised there

    @property
    def status(self) -> str:
        """verified | failed | refused | clarification."""
        if self.refusal:
            return "refused"
        if self.clarification:
            return "clarification"
        return "verified" if self.verified else "failed"

    def headline(self) -> str:
        if self.refusal:
            return "Not generated: " + self.refusal
        if self.clarification:
            return "Question: " + self.clarification
        if self.verified:
            return (
                "Verified code"
                + (
                    " (recipe library)"
                    if self.source == "recipes"
                    else f" (written by {self.model or 'the model'})"
                )
                + _isolation_note(self.verification)
            )
        if self.mismatches:
            return "Ran, but does not match your request: " + "; ".join(self.mismatches)
        return "Code NOT verified" + (
            f" (written by {self.model or 'the model'})" if self.source == "model" else ""
        )

    # ------------------------------------------------------------------ plain forms
    def __str__(self) -> str:
        lines = [self.headline()]
        if self.explanation:
            lines.append(self.explanation)
        v = self.verification
        if v is not None:
            lines.append("Verification: " + v.status())
            lines += [f"  produced {s}" for s in v.summaries()]
            lines += [f"  wrote {name} ({_file_line(info)})" for name, info in v.files.items()]
            lines += [f"  warning: {w}" for w in v.warnings]
            if v.stdout.strip():
                lines.append("Output:\n" + _indent(_clip(v.stdout)))
        if self.kernel_note():
            lines.append(self.kernel_note())
        if self.code:
            lines.append("Code:\n" + _indent(self.code.rstrip()))
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"<CodeResult {self.status} source={self.source!r} recipes={self.recipes}>"

    def as_markdown(self) -> str:
        """An explanation in Markdown (``-f markdown``): what the code does and how it was checked."""
        parts = [f"**{self.headline()}**"]
        if self.explanation:
            parts.append(self.explanation)
        if self.code:
            parts.append(f"```python\n{self.code.rstrip()}\n```")
        v = self.verification
        if v is not None:
            parts.append(f"*Verification:* {v.status()}")
            if v.stdout.strip():
                parts.append(f"```text\n{_clip(v.stdout)}\n```")
        return "\n\n".join(parts)

    def as_dict(self) -> dict[str, Any]:
        """JSON-serialisable form (structures as pymatgen/ASE dicts) with ``kind = "code"``."""
        return {
            "kind": "code",
            "request": self.request,
            "status": self.status,
            "code": self.code,
            "explanation": self.explanation,
            "verified": self.verified,
            "source": self.source,
            "clarification": self.clarification,
            "refusal": self.refusal,
            "recipes": list(self.recipes),
            "model": self.model,
            "verification": self.verification.as_dict() if self.verification else None,
            "attempts": list(self.attempts),
            "inserted": self.inserted,
            "already_inserted": self.already_inserted,
            "ran_in_kernel": self.ran_in_kernel,
            "kernel_error": self.kernel_error,
            "mismatches": list(self.mismatches),
        }

    def kernel_note(self) -> str:
        """What happened in the notebook: inserted, already there, ran in the kernel or not."""
        parts = []
        if self.inserted:
            parts.append("The code is in a new cell below this one.")
        elif self.already_inserted:
            parts.append(
                "The same code is already in the cell inserted below by the previous run; "
                "it was not inserted again."
            )
        elif self.code and not self.verified:
            parts.append(
                "The code was not inserted because it is not verified (add --force to insert it)."
            )
        if self.ran_in_kernel:
            parts.append(
                f"It ran in your kernel and failed: {self.kernel_error}"
                if self.kernel_error
                else "It ran in your kernel; its variables are there now."
            )
        elif self.inserted or self.already_inserted:
            parts.append("Nothing has run in your kernel.")
        return " ".join(parts)

    # ------------------------------------------------------------------ rich display
    def _repr_html_(self) -> str:
        colour = {
            "verified": "#1a7f37",
            "failed": "#cf222e",
            "refused": "#cf222e",
            "clarification": "#1f6feb",
        }[self.status]
        out = [
            f"<div class='matsci-code-result' style='border-left:4px solid {colour};"
            f"padding:4px 10px'>",
            f"<b style='color:{colour}'>{html.escape(self.headline())}</b>",
        ]
        if self.explanation:
            out.append(f"<p>{html.escape(self.explanation)}</p>")
        v = self.verification
        if v is not None:
            out.append(f"<p><i>Verification:</i> {html.escape(v.status())}</p>")
            if v.structures:
                rows = "".join(
                    f"<tr><td><code>{html.escape(s['name'])}</code></td>"
                    f"<td>{html.escape(str(s['summary'].get('formula', '?')))}</td>"
                    f"<td>{s['summary'].get('n_sites', '?')}</td>"
                    f"<td>{_fmt(s['summary'].get('density'))}</td></tr>"
                    for s in v.structures
                )
                out.append(
                    "<table><tr><th>structure</th><th>formula</th><th>sites</th>"
                    f"<th>density (g/cm³)</th></tr>{rows}</table>"
                )
            for name, info in v.files.items():
                out.append(
                    f"<div>wrote <code>{html.escape(name)}</code> "
                    f"({html.escape(_file_line(info))})</div>"
                )
            for w in v.warnings:
                out.append(f"<div style='color:#b08800'>warning: {html.escape(w)}</div>")
            if v.stdout.strip():
                out.append(
                    f"<details open><summary>output</summary><pre>"
                    f"{html.escape(_clip(v.stdout))}</pre></details>"
                )
            if v.error and v.ran:
                out.append(
                    f"<details><summary>error</summary><pre>"
                    f"{html.escape(v.traceback or v.error)}</pre></details>"
                )
        if self.kernel_note():
            out.append(f"<div>{html.escape(self.kernel_note())}</div>")
        if self.code:
            out.append(
                f"<details><summary>code</summary><pre>{html.escape(self.code)}</pre></details>"
            )
        if self.attempts and len(self.attempts) > 1:
            out.append(
                f"<div>{len(self.attempts)} attempts (repair rounds: "
                f"{len(self.attempts) - 1})</div>"
            )
        out.append("</div>")
        return "".join(out)

    def _repr_markdown_(self) -> str:
        return self.as_markdown()

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return {"text/plain": str(self), "text/html": self._repr_html_()}

    def structures(self) -> dict[str, Any]:
        """Structures the verified code produced, rebuilt as pymatgen/ASE objects."""
        return self.verification.decoded_structures() if self.verification else {}


def _clip(text: str) -> str:
    text = text.rstrip()
    if len(text) <= MAX_SHOWN_OUTPUT:
        return text
    return text[: MAX_SHOWN_OUTPUT // 2] + "\n…\n" + text[-MAX_SHOWN_OUTPUT // 2 :]


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())


def _fmt(x: Any) -> str:
    return f"{x:.3f}" if isinstance(x, (int, float)) else "–"


def _file_line(info: dict[str, Any]) -> str:
    size = f"{info.get('size', 0)} bytes"
    if info.get("parses"):
        return f"{size}, parses: {info.get('formula')} with {info.get('n_sites')} sites"
    if info.get("parses") is False:
        return f"{size}, does NOT parse"
    return size


def _isolation_note(v: Any) -> str:
    """ " [checked, not isolated]" when the run had no OS sandbox (issue 12); else nothing."""
    if v is None or getattr(v, "isolated", True) or not getattr(v, "ran", False):
        return ""
    return " [checked, not isolated]"
