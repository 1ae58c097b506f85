"""Benchmark the numeric solver on questions nobody here wrote (../shared/data/external).

Per source: answered, correct, wrong (goal: at most 2% of answered), refused and the median latency,
each graded with the source's own tolerance rule:

* SciBench: the problem text, with the record's unit appended as "Give the answer in <unit>." (the
  books state the unit beside the answer box, not in the problem); correct when within 5% relative
  (SciBench's ``math.isclose(pred, answer, rel_tol=0.05)``). The unit may carry a power of ten
  (``$10^{-3}$ mol``): the answer is compared in that scaled unit.
* JEEBench (numeric and integer questions): the question verbatim; correct when |answer - gold| <= 0.01
  (the repository's rule).
* TheoremQA (physics, numeric): the question verbatim; a float is correct within 4% relative, an integer
  when the rounded answer equals it (``predict_accuracy.py``).

The own set (tests/data/answer_questions.json, written here) is reported separately. When engineer
checker's ``benchmarks/answer_external_checker.py`` exists, its ``main`` is called too, so one command
reports both halves.

    python benchmarks/answer_external.py [--data ../shared/data/external] [--json out.json] [--list]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import platform
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "external"


def _jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def scibench_items(data: Path) -> Iterator[dict]:
    for r in _jsonl(data / "scibench" / "scibench.jsonl"):
        unit = (r.get("unit") or "").strip()
        text = r["problem_text"].strip()
        if unit:
            text = f"{text} Give the answer in {unit}."
        yield {
            "id": r["id"],
            "question": text,
            "gold": r["answer_number"],
            "unit": unit,
            "rule": "rel5",
        }


def jeebench_items(data: Path) -> Iterator[dict]:
    for r in _jsonl(data / "jeebench" / "jeebench_questions.jsonl"):
        yield {
            "id": r["id"],
            "question": r["question"],
            "gold": r["gold"],
            "unit": "",
            "rule": "abs0.01",
        }


def theoremqa_items(data: Path) -> Iterator[dict]:
    for r in _jsonl(data / "theoremqa" / "theoremqa_physics.jsonl"):
        rule = "int" if r.get("answer_type") == "integer" else "rel4"
        yield {
            "id": r["id"],
            "question": r["question"],
            "gold": float(r["answer"]),
            "unit": "",
            "rule": rule,
        }


SOURCES: dict[str, Callable[[Path], Iterator[dict]]] = {
    "scibench": scibench_items,
    "jeebench": jeebench_items,
    "theoremqa": theoremqa_items,
}


def answer_value(item: dict, answer: Any) -> float | None:
    """The answer's number in the unit the gold value is written in (None: refused/inexpressible)."""
    if answer.quantity is None:
        return None
    q = answer.quantity
    if item["unit"]:
        from matsci_jupyter.engines.answer.unit_text import requested_scale

        scale = requested_scale(item["unit"])
        mag = float(q.magnitude)
        return mag / scale if scale else mag
    return float(q.magnitude)


def grade(item: dict, value: float | None) -> str:
    if value is None:
        return "refused"
    gold = float(item["gold"])
    rule = item["rule"]
    if rule == "rel5":
        ok = math.isclose(value, gold, rel_tol=0.05)
    elif rule == "rel4":
        ok = math.isclose(value, gold, rel_tol=0.04)
    elif rule == "int":
        ok = round(value) == round(gold)
    else:
        ok = abs(value - gold) <= 0.01
    return "correct" if ok else "wrong"


def run_source(items: list[dict], solve: Callable[[str], Any]) -> dict:
    times, rows = [], []
    counts = {"correct": 0, "wrong": 0, "refused": 0}
    for item in items:
        t = time.perf_counter()
        a = solve(item["question"])
        times.append(time.perf_counter() - t)
        try:
            value = answer_value(item, a)
        except Exception:
            value = float("nan")  # answered in a unit that cannot be compared: counts as wrong
        outcome = grade(item, value) if value is None or not math.isnan(value) else "wrong"
        counts[outcome] += 1
        rows.append(
            {
                "id": item["id"],
                "outcome": outcome,
                "value": value,
                "gold": item["gold"],
                "relation": a.relation,
                "reason": a.reason,
            }
        )
    answered = counts["correct"] + counts["wrong"]
    return {
        "questions": len(items),
        "answered": answered,
        **counts,
        "wrong_share": counts["wrong"] / answered if answered else 0.0,
        "median_s": statistics.median(times) if times else 0.0,
        "max_s": max(times) if times else 0.0,
        "rows": rows,
    }


def own_set() -> dict:
    """The own question set (tests/data/answer_questions.json), graded within each item's rtol."""
    from matsci_jupyter import answer

    qs = json.loads((ROOT / "tests" / "data" / "answer_questions.json").read_text("utf-8"))
    counts = {"correct": 0, "wrong": 0, "refused": 0}
    times = []
    for q in qs:
        t = time.perf_counter()
        a = answer(q["question"])
        times.append(time.perf_counter() - t)
        exp = q["answer"]
        if a.quantity is None:
            counts["refused"] += 1
            continue
        if exp is None:
            counts["wrong"] += 1
            continue
        unit = {"°C": "degC", None: "dimensionless"}.get(exp["unit"], exp["unit"])
        try:
            got = float(a.quantity.to(unit).magnitude)
            ok = math.isclose(got, exp["value"], rel_tol=q["rtol"])
        except Exception:
            ok = False
        counts["correct" if ok else "wrong"] += 1
    answered = counts["correct"] + counts["wrong"]
    return {
        "questions": len(qs),
        "answered": answered,
        **counts,
        "wrong_share": counts["wrong"] / answered if answered else 0.0,
        "median_s": statistics.median(times),
    }


def markdown(results: dict[str, dict], own: dict | None) -> str:
    lines = [
        "| source | questions | answered | correct | wrong | wrong / answered | refused | median latency |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, r in results.items():
        lines.append(
            f"| {name} | {r['questions']} | {r['answered']} | {r['correct']} | {r['wrong']} | "
            f"{r['wrong_share']:.1%} | {r['refused']} | {r['median_s'] * 1000:.0f} ms |"
        )
    if own is not None:
        lines.append(
            f"| own set (tests/data/answer_questions.json) | {own['questions']} | {own['answered']} | "
            f"{own['correct']} | {own['wrong']} | {own['wrong_share']:.1%} | {own['refused']} | "
            f"{own['median_s'] * 1000:.0f} ms |"
        )
    return "\n".join(lines)


def _checker_main() -> Callable[..., Any] | None:
    path = ROOT / "benchmarks" / "answer_external_checker.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("answer_external_checker", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, "main", None)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", type=Path, default=DEFAULT_DATA)
    p.add_argument("--json", type=Path, default=None)
    p.add_argument("--list", action="store_true", help="print every answered item")
    p.add_argument("--sources", nargs="*", default=list(SOURCES))
    p.add_argument("--no-own", action="store_true")
    p.add_argument("--no-checker", action="store_true")
    args = p.parse_args(argv)
    if not args.data.exists():
        print(f"no external data at {args.data}; pass --data", file=sys.stderr)
        return 2
    from matsci_jupyter.engines.answer.solver import solve

    solve("What is the wavelength (in nm) of a photon with an energy of 2.5 eV?")  # warm imports
    results = {}
    for name in args.sources:
        results[name] = run_source(list(SOURCES[name](args.data)), solve)
        if args.list:
            for row in results[name]["rows"]:
                if row["outcome"] != "refused":
                    print(
                        f"{row['outcome']:8s} {row['id']} got {row['value']} gold {row['gold']} "
                        f"({row['relation']})",
                        file=sys.stderr,
                    )
    own = None if args.no_own else own_set()
    print("### Solver\n")
    print(markdown(results, own))
    print(f"\n(python {platform.python_version()}, {platform.machine()})", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps({"solver": results, "own": own}, indent=1), "utf-8")
    checker = None if args.no_checker else _checker_main()
    if checker is not None:
        print("\n### Checker\n")
        checker(["--data", str(args.data)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
