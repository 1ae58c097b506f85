"""What the worked-answer builders (build_worked_answers_heldout*.py) share: the record format,
the constants the responses use, and the ways responses write numbers.

A builder makes ``SET = WorkedSet("heldoutN")``, calls ``SET.add(...)`` once per response and
``SET.write()`` when run as a script. Constants are the rounded values a chat model writes
(R in J/(mol·K), k in eV/K and J/K, F in C/mol, μ_B in J/T, σ in W/(m²·K⁴), hc in eV·nm).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

NA = 6.022e23
K_EV = 8.617e-5
K_J = 1.381e-23
R = 8.314
F = 96485
E_CH = 1.602e-19
MU_B = 9.274e-24
MU_0 = 4 * math.pi * 1e-7
EPS_0 = 8.854e-12
SIGMA = 5.67e-8
HC_EV_NM = 1239.84
H_PL = 6.626e-34
C_0 = 2.998e8


class WorkedSet:
    """The responses to one exam set (``answer_exam_<name>.json``, or ``exam_name``'s when a
    second set of responses answers the same exam), written to ``worked_answers_<name>.jsonl``
    in the exam's question order."""

    def __init__(
        self, name: str, exam_name: str | None = None, styles: tuple[str, ...] = ()
    ) -> None:
        self.name = name
        self.styles = styles  # the writing styles a builder imitates (counted, not written)
        self.style_count: Counter[str] = Counter()
        exam_file = HERE / f"answer_exam_{exam_name or name}.json"
        exam = json.loads(exam_file.read_text("utf-8"))["items"]
        self.exam = {i["id"]: i for i in exam}
        self.out = HERE / f"worked_answers_{name}.jsonl"
        self.records: list[dict] = []

    def add(
        self,
        qid: str,
        response: str,
        final: float,
        unit: str,
        error: str | None = None,
        note: str | None = None,
    ) -> None:
        """One record; ``note`` names the step where a wrong response first goes wrong."""
        self.records.append(
            {
                "set": self.name,
                "question_id": qid,
                "question": self.exam[qid]["question"],
                "response": response.strip(),
                "correct": error is None,
                "error_class": error,
                "final_value": float(f"{final:.6g}") if isinstance(final, float) else final,
                "final_unit": unit,
                "note": note,
            }
        )

    def add_styled(
        self,
        qid: str,
        style: str,
        response: str,
        final: float,
        unit: str,
        error: str | None = None,
        note: str | None = None,
    ) -> None:
        """One record, with the writing style it imitates (one of ``styles``)."""
        assert style in self.styles, style
        self.style_count[style] += 1
        self.add(qid, response, final, unit, error, note)

    def style_summary(self) -> str:
        """How many responses each style wrote ('markdown: 6, tex: 6, …')."""
        return ", ".join(f"{style}: {self.style_count[style]}" for style in self.styles)

    def write(self) -> None:
        """Write the records (in the exam's order) as JSON lines."""
        order = list(self.exam)
        self.records.sort(key=lambda r: order.index(r["question_id"]))
        self.out.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in self.records),
            encoding="utf-8",
        )
        print(f"{len(self.records)} responses written to {self.out.name}")


def g(x: float, n: int = 4) -> str:
    """``x`` to ``n`` significant figures, plain notation."""
    if x == 0:
        return "0"
    digits = n - 1 - math.floor(math.log10(abs(x)))
    value = round(x, digits)
    if digits <= 0:
        return f"{value:.0f}"
    return f"{value:.{digits}f}"


def sp(x: float, n: int = 4) -> str:
    """``x`` to ``n`` significant figures with spaced thousands (``15 404``)."""
    return f"{float(g(x, n)):,.{max(0, len(g(x, n).partition('.')[2]))}f}".replace(",", " ")


def _mant_exp(x: float, n: int) -> tuple[str, int]:
    e = math.floor(math.log10(abs(x)))
    m = round(x / 10**e, n - 1)
    if abs(m) >= 10:
        m /= 10
        e += 1
    return f"{m:.{n - 1}f}", e


def tex(x: float, n: int = 3) -> str:
    """``a \\times 10^{b}`` for TeX."""
    m, e = _mant_exp(x, n)
    return f"{m} \\times 10^{{{e}}}"


_SUP = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def uni(x: float, n: int = 3) -> str:
    """``a × 10ᵇ`` in Unicode."""
    m, e = _mant_exp(x, n)
    return f"{m} × 10{str(e).translate(_SUP)}"


def val(x: float, n: int = 3) -> float:
    """The value ``x`` rounded to ``n`` significant figures, as a response writes it."""
    m, e = _mant_exp(x, n)
    return float(m) * 10**e


def fl(x: float, n: int = 3) -> float:
    """``x`` rounded to ``n`` significant figures (plain notation)."""
    return float(g(x, n))


def sci(x: float, n: int = 3) -> float:
    """``x`` rounded to ``n`` significant figures (any magnitude)."""
    return float(f"{x:.{n - 1}e}")
