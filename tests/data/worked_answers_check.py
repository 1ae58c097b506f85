"""Worked exam answers in a GPT-4 chat style, labelled right or wrong: build and validate.

``tests/data/worked_answers_dev.jsonl`` answers questions of the blind exam set A
(``answer_exam_dev.json``); ``worked_answers_heldout.jsonl`` answers set B
(``answer_exam_heldout.json``). They were written by hand, without reading the answer engine, to
measure ``check_answer`` (benchmarks/answer_exam_checker.py): about half are fully correct, half
carry one realistic error of a labelled class.

One JSON object a line:

* ``set``: "dev" or "heldout"; ``question_id``: the exam item's id; ``question``: its text, copied
  from the exam set (``--fill`` re-copies it);
* ``response``: the worked answer (markdown, TeX, Unicode, loose units);
* ``correct``: true when the response's final answer is within the item's tolerance of the key and
  no step is wrong; ``error_class``: null when correct, else one of ``ERROR_CLASSES``;
* ``final_value`` / ``final_unit``: the response's final answer as written (a pint unit string);
* ``note``: for a wrong response, one line saying where it goes wrong (and the right value).

Validation (``python tests/data/worked_answers_check.py``, exit status 1 on a problem): every
record's question exists, is not a must-refuse item and its text matches the set; a correct record's
final value lies within the key's tolerance and a wrong one's outside it (after converting the unit
with pint); the final value is written among the last lines of the response; labels are consistent.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = {
    "dev": (HERE / "answer_exam_dev.json", HERE / "worked_answers_dev.jsonl"),
    "heldout": (HERE / "answer_exam_heldout.json", HERE / "worked_answers_heldout.jsonl"),
}
ERROR_CLASSES = {
    "wrong_formula": "wrong formula or relation (BCC vs FCC count, radius vs diameter, √3 vs √2)",
    "missing_factor": "a factor dropped (2, ½, π, N_A, the area)",
    "unit_conversion": "a unit-conversion slip (nm↔m, mm⁻²↔m⁻², °C used as K, s↔h)",
    "arithmetic_slip": "an arithmetic slip in one step, carried forward",
    "given_miscopied": "a given value copied wrongly from the question",
    "final_miscopied": "a correct computation, then a wrongly rounded or mis-copied final answer",
    "wrong_constant": "a wrong physical constant (R in cal, μ₀, RT/F with log₁₀)",
    "sign_error": "a sign error",
    "wrong_quantity": "a different quantity answered than the one asked (θ for 2θ, mean for amplitude)",
    "percent_fraction": "a fraction reported as a percentage",
}
FIELDS = (
    "set",
    "question_id",
    "question",
    "response",
    "correct",
    "error_class",
    "final_value",
    "final_unit",
    "note",
)
_KEY_UNITS = {"dimensionless": ""}


def load_exam(name: str) -> dict[str, dict]:
    """The exam set's items by id."""
    exam_path, _ = SETS[name]
    return {item["id"]: item for item in json.loads(exam_path.read_text("utf-8"))["items"]}


def load_records(name: str) -> list[dict]:
    _, path = SETS[name]
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _quantity(value: float, unit: str):
    registry = _registry()
    return registry.Quantity(value, _KEY_UNITS.get(unit, unit))


_REGISTRY = None


def _registry():
    global _REGISTRY
    if _REGISTRY is None:
        import pint

        _REGISTRY = pint.UnitRegistry()
    return _REGISTRY


def within_tolerance(item: dict, value: float, unit: str) -> bool | None:
    """Whether ``value unit`` matches the item's key within its tolerance (None: units differ)."""
    import pint

    try:
        converted = _quantity(value, unit).to(_KEY_UNITS.get(item["unit"], item["unit"])).magnitude
    except pint.DimensionalityError:
        return None
    key = item["value"]
    tol = item["tolerance"]
    if tol["kind"] == "rel":
        return abs(converted - key) <= tol["rel"] * abs(key)
    return abs(converted - key) <= tol["abs"] + 1e-12 * max(1.0, abs(key))


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_NUMBER = re.compile(
    r"(?<![\w.])[-−]?\d{1,3}(?:[ ,\u202f]\d{3})+(?:\.\d+)?(?![\d])"  # 15 404 / 15,404
    r"|(?<![\w.])[-−]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?"
)
_POWER = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:×|\\times|x)\s*10\s*(?:\^\s*\{?\s*\(?([-−+]?\s*\d+)\)?\s*\}?|([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+))"
)


def numbers_in(text: str) -> list[float]:
    """Every number written in ``text``: plain, with thousands separators, or as a × 10^b."""
    found = []
    for m in _POWER.finditer(text):
        exponent = m.group(2) or m.group(3).translate(_SUPERSCRIPTS)
        exponent = exponent.replace("−", "-").replace(" ", "")
        found.append(float(m.group(1)) * 10 ** int(exponent))
    rest = _POWER.sub(" ", text)
    for m in _NUMBER.finditer(rest):
        token = re.sub(r"[ ,\u202f]", "", m.group(0)).replace("−", "-")
        try:
            found.append(float(token))
        except ValueError:
            continue
    return found


def final_value_written(record: dict) -> bool:
    """The recorded final value appears (to its written precision) in the response's last lines."""
    tail = "\n".join(record["response"].strip().splitlines()[-4:])
    target = float(record["final_value"])
    return any(
        math.isclose(abs(number), abs(target), rel_tol=1e-3, abs_tol=1e-12)
        for number in numbers_in(tail)
    )


def validate(name: str) -> list[str]:
    """Problems with the set's worked answers (empty when every label holds)."""
    exam = load_exam(name)
    problems = []
    seen = set()
    for n, record in enumerate(load_records(name), 1):
        where = f"{SETS[name][1].name} line {n} ({record.get('question_id')})"
        if tuple(record) != FIELDS:
            problems.append(f"{where}: fields {tuple(record)} != {FIELDS}")
            continue
        item = exam.get(record["question_id"])
        if record["set"] != name:
            problems.append(f"{where}: set {record['set']!r} != {name!r}")
        if item is None:
            problems.append(f"{where}: no such question in {SETS[name][0].name}")
            continue
        if item["refuse"] is not None or item["value"] is None:
            problems.append(f"{where}: a must-refuse item has no key to label against")
            continue
        if record["question_id"] in seen:
            problems.append(f"{where}: second response to the same question")
        seen.add(record["question_id"])
        if record["question"] != item["question"]:
            problems.append(f"{where}: question text differs from the set (run --fill)")
        if not record["response"].strip():
            problems.append(f"{where}: empty response")
        ok = within_tolerance(item, record["final_value"], record["final_unit"])
        if ok is None and record["correct"]:
            problems.append(
                f"{where}: unit {record['final_unit']!r} cannot express {item['unit']!r}"
            )
        elif record["correct"] and not ok:
            problems.append(
                f"{where}: labelled correct but {record['final_value']} {record['final_unit']} "
                f"is outside the tolerance of {item['value']:.6g} {item['unit']}"
            )
        elif not record["correct"] and ok:  # None: a wrong answer in another dimension
            problems.append(
                f"{where}: labelled wrong but {record['final_value']} {record['final_unit']} "
                f"is within the tolerance of {item['value']:.6g} {item['unit']}"
            )
        if record["correct"] and (record["error_class"] is not None or record["note"]):
            problems.append(f"{where}: a correct response has an error class or note")
        if not record["correct"]:
            if record["error_class"] not in ERROR_CLASSES:
                problems.append(f"{where}: error class {record['error_class']!r} is not known")
            if not record["note"]:
                problems.append(f"{where}: a wrong response needs a note")
        if not final_value_written(record):
            problems.append(
                f"{where}: final value {record['final_value']} not found in the last lines"
            )
    return problems


def fill_questions(name: str) -> int:
    """Re-copy every record's question text from the exam set; returns how many changed."""
    exam = load_exam(name)
    records = load_records(name)
    changed = 0
    for record in records:
        text = exam[record["question_id"]]["question"]
        changed += record["question"] != text
        record["question"] = text
    _, path = SETS[name]
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return changed


def summary(name: str) -> str:
    records = load_records(name)
    correct = sum(r["correct"] for r in records)
    by_class: dict[str, int] = {}
    for r in records:
        if not r["correct"]:
            by_class[r["error_class"]] = by_class.get(r["error_class"], 0) + 1
    lines = [f"{name}: {len(records)} responses, {correct} correct, {len(records) - correct} wrong"]
    lines += [f"  {cls}: {by_class.get(cls, 0)}" for cls in ERROR_CLASSES]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=(*SETS, "all"), default="all")
    parser.add_argument("--fill", action="store_true", help="re-copy question texts from the sets")
    args = parser.parse_args(argv)
    names = list(SETS) if args.set == "all" else [args.set]
    status = 0
    for name in names:
        if args.fill:
            print(f"{name}: {fill_questions(name)} question texts updated")
        problems = validate(name)
        print(summary(name))
        for problem in problems:
            print("  PROBLEM", problem)
        status |= bool(problems)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
