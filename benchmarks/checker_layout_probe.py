"""Layout mutation probe for check_answer: do CORRECT responses stay unflagged in other layouts?

Takes the correct hand-written worked answers (``"correct": true``) of
tests/data/worked_answers_heldout5b.jsonl, worked_answers_heldout6.jsonl and
worked_answers_heldout6b.jsonl and rewrites each mechanically in layouts real chat models
produce, keeping every number and the meaning. Each mutation below is a pure text rewrite:

- ``break_after_op``    an equation line broken after a ``×``/``+``/``/`` operator
- ``break_before_eq``   a chain ``a = b = c`` broken before its later ``=`` signs
- ``break_every_eq``    every later ``=`` of a line moved to a new indented line, prose too
- ``comma_thousands``   four-to-six-digit integers written ``1,460`` / ``226,000``
- ``x_times``           ``× 10`` written with the letter: ``3.6 x 10⁻²³``
- ``e_notation``        ``3.609 × 10⁻²³`` written ``3.609e-23``
- ``final_display``     '**Final Answer:** …' as a heading over a ``$$ … $$`` block
- ``unit_powers``       'J/mol', 'g/cm³' after a unit written 'J mol⁻¹', 'g cm⁻³'
- ``display_tex``       equation bullets turned into ``\\[ ... \\]`` display blocks
- ``aligned``           ``a = b = c`` chains turned into ``\\begin{aligned} a &= b \\\\ &= c \\end{aligned}``
- ``inline_paren``      equation bullets wrapped in ``\\( ... \\)``
- ``numbered``          ``### Step k: title`` headings turned into ``k) title`` / ``Step k — title``
- ``ascii_ops``         ``×``→``*``, ``−``→``-``, ``·``→``*``, superscript digits → ``^n``
- ``thin_space``        numbers of five or more digits grouped as ``12\\,345`` / ``12 345`` (U+2009)
- ``tex_units``         a unit after a number written as ``\\,\\mathrm{unit}`` or ``\\text{ unit}``
- ``approx``            ``≈`` written as ``~``, and ``is about`` spelt out
- ``trailing_remark``   a remark appended after the final value ('(to 3 s.f.), which is …')
- ``trailing_sentence`` a closing sentence after the final answer line
- ``precision_note``    ' (3 s.f.)' after the final value
- ``trailing_which``    ', which is a reasonable magnitude …' run on after the final value
- ``break_in_paren``    an equation line broken right after an opening bracket
- ``combined``          display_tex, numbered, ascii_ops and tex_units together
- ``bold_box``          the final answer line repeated in bold and in ``\\boxed{}``
- ``no_bold``           every ``**`` emphasis dropped
- ``givens_table``      a markdown table of the question's givens put before the answer

A mutation that does not change a response is not counted. Every mutated correct response
that gets verdict "flagged" is a false alarm; the probe prints flagged/total per layout and,
with ``--show``, the flagged items with the failed check.

    PYTHONPATH=. python benchmarks/checker_layout_probe.py [--only LAYOUT] [--show]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SETS = ("heldout5b", "heldout6", "heldout6b")

_SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_SUP_RUN = re.compile(r"[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_EQ_LINE = re.compile(r"^(\s*(?:[-*]|\d+[.)])\s+)(.*=.*\d.*)$")
_NUMBER = re.compile(r"(?<![\d.,])(\d{5,})(?=(?:\.\d+)?(?![\d,]))")
_UNIT_AFTER = re.compile(
    r"(\d) (nm|Å|K|eV|J|kJ/mol|g/cm³|MPa|GPa|cm³|mol|atoms/nm²|°C|s|m|kg|Pa|V|%)(?=[\s.,;)*]|$)"
)


def _lines(text: str, fn: Callable[[str], str]) -> str:
    return "\n".join(fn(line) for line in text.split("\n"))


def break_after_op(text: str) -> str:
    def one(line: str) -> str:
        if line.count("=") < 1 or len(line) < 50:
            return line
        at = line.find("=")
        m = re.search(r" ([×+/]) ", line[at:])
        if not m:
            return line
        cut = at + m.end()
        return line[:cut].rstrip() + "\n    " + line[cut:]

    return _lines(text, one)


def _one_chain(line: str) -> bool:
    """A line that is one equation chain (no second clause after a comma or 'and')."""
    return line.count(" = ") >= 2 and ", " not in line and " and " not in line


def break_before_eq(text: str) -> str:
    def one(line: str) -> str:
        if not _one_chain(line):
            return line
        first = line.find(" = ")
        head, tail = line[: first + 3], line[first + 3 :]
        return head + tail.replace(" = ", "\n    = ")

    return _lines(text, one)


def break_every_eq(text: str) -> str:
    """Every later '=' of a line starts a new indented line, prose clauses included."""

    def one(line: str) -> str:
        if line.count(" = ") < 2:
            return line
        first = line.find(" = ")
        return line[: first + 3] + line[first + 3 :].replace(" = ", "\n    = ")

    return _lines(text, one)


def comma_thousands(text: str) -> str:
    return re.sub(
        r"(?<![\d.,])(\d{1,3})(\d{3})(?=(?:\.\d+)?(?![\d,]))(?!\s*°)",
        lambda m: f"{m.group(1)},{m.group(2)}" if len(m.group(0)) >= 4 else m.group(0),
        text,
    )


def x_times(text: str) -> str:
    return re.sub(r"\s*×\s*10", " x 10", text)


def e_notation(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        return f"{m.group(1)}e{m.group(2).translate(_SUP)}"

    return re.sub(r"(\d(?:\.\d+)?)\s*×\s*10([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)", one, text)


def final_display(text: str) -> str:
    """'**Final Answer:** R ≈ 0.143 nm' as a heading and a TeX display block under it."""

    def tex(body: str) -> str:
        out = body.replace("≈", "\\approx").replace("×", "\\times")
        return _SUP_RUN.sub(lambda m: "^{" + m.group(0).translate(_SUP) + "}", out)

    return re.sub(
        r"^\*\*Final Answer:?\*\*:?\s*(.+)$",
        lambda m: f"## Final Answer\n\n$$\n{tex(_strip_bold(m.group(1)))}\n$$",
        text,
        flags=re.M,
    )


_NEG_POWER = {"mol": "mol⁻¹", "cm³": "cm⁻³", "m³": "m⁻³", "m²": "m⁻²", "nm²": "nm⁻²"}
_NEG_POWER |= {"s": "s⁻¹", "K": "K⁻¹", "m": "m⁻¹"}


def unit_powers(text: str) -> str:
    """'J/mol', 'g/cm³' written 'J mol⁻¹', 'g cm⁻³' (a unit after a unit only)."""
    return re.sub(
        r"(?<=[A-Za-z])/(mol|cm³|m³|m²|nm²|s|K|m)(?![\w³²])",
        lambda m: " " + _NEG_POWER[m.group(1)],
        text,
    )


def _strip_bold(s: str) -> str:
    return s.replace("**", "")


def display_tex(text: str) -> str:
    def one(line: str) -> str:
        m = _EQ_LINE.match(line)
        if not m:
            return line
        return f"{m.group(1)}\n\\[\n{_strip_bold(m.group(2))}\n\\]"

    return _lines(text, one)


def aligned(text: str) -> str:
    def one(line: str) -> str:
        m = _EQ_LINE.match(line)
        if not m or not _one_chain(m.group(2)):
            return line
        parts = _strip_bold(m.group(2)).split(" = ")
        rows = [f"{parts[0]} &= {parts[1]}"] + [f"&= {p}" for p in parts[2:]]
        body = " \\\\\n".join(rows)
        return f"$$\n\\begin{{aligned}}\n{body}\n\\end{{aligned}}\n$$"

    return _lines(text, one)


def inline_paren(text: str) -> str:
    def one(line: str) -> str:
        m = _EQ_LINE.match(line)
        if not m:
            return line
        return f"{m.group(1)}\\({_strip_bold(m.group(2))}\\)"

    return _lines(text, one)


def numbered(text: str) -> str:
    def one(line: str) -> str:
        m = re.match(r"^#+\s*Step\s+(\d+)\s*[:.]\s*(.*)$", line)
        if not m:
            return line
        k = int(m.group(1))
        return f"{k}) {m.group(2)}" if k % 2 else f"Step {k} — {m.group(2)}"

    return _lines(text, one)


def ascii_ops(text: str) -> str:
    out = text.replace("×", "*").replace("−", "-").replace("·", "*")
    return _SUP_RUN.sub(lambda m: "^" + m.group(0).translate(_SUP), out)


def thin_space(text: str) -> str:
    flip = [0]

    def group(m: re.Match[str]) -> str:
        digits = m.group(1)
        flip[0] += 1
        sep = "\\," if flip[0] % 2 else "\u2009"
        head = len(digits) % 3 or 3
        chunks = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
        return sep.join(chunks)

    return _NUMBER.sub(group, text)


def tex_units(text: str) -> str:
    flip = [0]

    def unit(m: re.Match[str]) -> str:
        flip[0] += 1
        if flip[0] % 2:
            return f"{m.group(1)}\\,\\mathrm{{{m.group(2)}}}"
        return f"{m.group(1)}\\text{{ {m.group(2)}}}"

    return _UNIT_AFTER.sub(unit, text)


def approx(text: str) -> str:
    out = text.replace("≈", "~")
    return re.sub(r"\bis (\*\*)?(\d)", r"is about \1\2", out, count=1)


def _final_line(text: str) -> str:
    lines = [ln for ln in text.strip().split("\n") if ln.strip()]
    return lines[-1] if lines else ""


def trailing_remark(text: str) -> str:
    body = text.rstrip()
    if body.endswith("."):
        body = body[:-1]
    return body + " (to 3 s.f.), which is reasonable."


def precision_note(text: str) -> str:
    return text.rstrip().rstrip(".") + " (3 s.f.)"


def trailing_which(text: str) -> str:
    body = text.rstrip()
    if body.endswith("."):
        body = body[:-1]
    return body + ", which is a reasonable magnitude for this kind of material."


def break_in_paren(text: str) -> str:
    def one(line: str) -> str:
        at = line.find("= ")
        k = line.find("(", at) if at >= 0 else -1
        if k < 0 or len(line) < 40:
            return line
        return line[: k + 1] + "\n      " + line[k + 1 :]

    return _lines(text, one)


def combined(text: str) -> str:
    return tex_units(ascii_ops(numbered(display_tex(text))))


def trailing_sentence(text: str) -> str:
    return text.rstrip() + "\n\nThis is a reasonable magnitude for this kind of material."


def _plain_value(value: float) -> str:
    if "e" in f"{value:.4g}":
        mant, exp = f"{value:.4g}".split("e")
        return f"{mant} × 10^{int(exp)}"
    return f"{value:.4g}"


def bold_box(text: str, rec: dict) -> str:
    if rec.get("final_value") is None:
        return text
    value = _plain_value(float(rec["final_value"]))
    unit = rec.get("final_unit") or ""
    tex = value.replace("×", "\\times").replace("^", "^{") + ("}" if "^" in value else "")
    return (
        text.rstrip()
        + f"\n\n**Final answer: {value} {unit}**\n\n$$\\boxed{{{tex}\\ \\text{{{unit}}}}}$$"
    )


def no_bold(text: str) -> str:
    return _strip_bold(text)


def givens_table(text: str, question: str) -> str:
    rows = []
    for m in re.finditer(
        r"(\d[\d.]*(?:\s*×\s*10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)?)\s*([A-Za-zÅ°µ][\w/·⁻¹²³°]*)", question
    ):
        rows.append(f"| {m.group(2)} | {m.group(1)} |")
        if len(rows) >= 4:
            break
    if not rows:
        return text
    table = "| Given | Value |\n|---|---|\n" + "\n".join(rows)
    return table + "\n\n" + text


MUTATIONS: dict[str, Callable[[str, dict], str]] = {
    "break_after_op": lambda t, r: break_after_op(t),
    "break_before_eq": lambda t, r: break_before_eq(t),
    "break_every_eq": lambda t, r: break_every_eq(t),
    "comma_thousands": lambda t, r: comma_thousands(t),
    "x_times": lambda t, r: x_times(t),
    "e_notation": lambda t, r: e_notation(t),
    "final_display": lambda t, r: final_display(t),
    "unit_powers": lambda t, r: unit_powers(t),
    "display_tex": lambda t, r: display_tex(t),
    "aligned": lambda t, r: aligned(t),
    "inline_paren": lambda t, r: inline_paren(t),
    "numbered": lambda t, r: numbered(t),
    "ascii_ops": lambda t, r: ascii_ops(t),
    "thin_space": lambda t, r: thin_space(t),
    "tex_units": lambda t, r: tex_units(t),
    "approx": lambda t, r: approx(t),
    "trailing_remark": lambda t, r: trailing_remark(t),
    "trailing_sentence": lambda t, r: trailing_sentence(t),
    "trailing_which": lambda t, r: trailing_which(t),
    "precision_note": lambda t, r: precision_note(t),
    "break_in_paren": lambda t, r: break_in_paren(t),
    "combined": lambda t, r: combined(t),
    "bold_box": bold_box,
    "no_bold": lambda t, r: no_bold(t),
    "givens_table": lambda t, r: givens_table(t, r["question"]),
}


def _verdict_of():
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from answer_external_checker import verdict_of

    return verdict_of


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=sorted(MUTATIONS))
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()

    from matsci_jupyter import check_answer

    verdict_of = _verdict_of()
    items = []
    for name in SETS:
        for line in (DATA / f"worked_answers_{name}.jsonl").read_text().splitlines():
            rec = json.loads(line)
            if rec.get("correct"):
                items.append(rec)
    names = [args.only] if args.only else list(MUTATIONS)
    base_flagged = {
        rec["question_id"] + str(i)
        for i, rec in enumerate(items)
        if verdict_of(check_answer(rec["question"], rec["response"])) == "flagged"
    }
    print(f"{len(items)} correct responses; flagged as written: {len(base_flagged)}")
    grand = [0, 0]
    for name in names:
        flagged = total = 0
        for i, rec in enumerate(items):
            if rec["question_id"] + str(i) in base_flagged:
                continue
            mutated = MUTATIONS[name](rec["response"], rec)
            if mutated == rec["response"]:
                continue
            total += 1
            ans = check_answer(rec["question"], mutated)
            if verdict_of(ans) == "flagged":
                flagged += 1
                if args.show:
                    failed = [c for c in ans.checks if not c.passed and c.blocking]
                    print(f"  [{name}] {rec['set']} {rec['question_id']}:")
                    for c in failed[:2]:
                        print(f"      {getattr(c, 'name', '')}: {getattr(c, 'detail', c)}"[:300])
        grand[0] += flagged
        grand[1] += total
        print(f"{name:16s} flagged {flagged}/{total}")
    print(f"{'all':16s} flagged {grand[0]}/{grand[1]}")


if __name__ == "__main__":
    main()
