"""Benchmark the numeric-answer engine on its two data sets.

Solver: coverage (answered / answerable) and accuracy (correct / answered) per relation group on
tests/data/answer_questions.json, refusals on the questions that must be refused, and the latency per
question (first pass, which includes solving each relation symbolically once, and warm passes).
check_answer: planted errors flagged and correct answers left unflagged on tests/data/worked_answers.json.

    python benchmarks/answer_solver.py [--repeats 3] [--json out.json]

Prints a markdown section for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


def _grade(item: dict, answer) -> str:
    expected = item["answer"]
    if answer.quantity is None:
        return "refused"
    if expected is None:
        return "wrong"
    unit = {"°C": "degC", None: "dimensionless"}.get(expected["unit"], expected["unit"])
    try:
        got = float(answer.quantity.to(unit).magnitude)
    except Exception:
        return "wrong"
    return "correct" if math.isclose(got, expected["value"], rel_tol=item["rtol"]) else "wrong"


def bench_solver(repeats: int) -> dict:
    from matsci_jupyter import answer

    questions = json.loads((DATA / "answer_questions.json").read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    answer("What is the wavelength (in nm) of a photon with an energy of 2.5 eV?")
    import_and_first = time.perf_counter() - t0
    first_pass, warm = [], defaultdict(list)
    outcome = {}
    for rep in range(repeats):
        for q in questions:
            t = time.perf_counter()
            a = answer(q["question"])
            dt = time.perf_counter() - t
            if rep == 0:
                first_pass.append(dt)
                outcome[q["id"]] = _grade(q, a)
            else:
                warm[q["id"]].append(dt)
                if _grade(q, a) != outcome[q["id"]]:
                    raise SystemExit(f"{q['id']}: result changed between repeats")
    groups: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for q in questions:
        g = groups[q["group"]]
        g["total"] += 1
        g[outcome[q["id"]]] += 1
        g["answerable"] += q["answer"] is not None
    warm_medians = [statistics.median(v) for v in warm.values()] if warm else first_pass
    must = [q["id"] for q in questions if q["answer"] is None]
    return {
        "groups": {k: dict(v) for k, v in groups.items()},
        "import_and_first_s": import_and_first,
        "must_refuse": len(must),
        "must_refuse_refused": sum(outcome[i] == "refused" for i in must),
        "first_pass_median_s": statistics.median(first_pass),
        "first_pass_total_s": sum(first_pass),
        "warm_median_s": statistics.median(warm_medians),
        "warm_max_s": max(warm_medians),
        "questions": len(questions),
    }


def bench_check(repeats: int) -> dict:
    from matsci_jupyter import check_answer

    worked = json.loads((DATA / "worked_answers.json").read_text(encoding="utf-8"))
    flagged = unflagged = planted = correct = 0
    times = []
    for w in worked:
        per = []
        for _ in range(max(1, repeats)):
            t = time.perf_counter()
            a = check_answer(w["question"], w["response"])
            per.append(time.perf_counter() - t)
        times.append(statistics.median(per))
        failed = {c.name for c in a.checks if not c.passed}
        if w["planted"]:
            planted += 1
            flagged += bool(failed & set(w["expect_flags"]))
        else:
            correct += 1
            unflagged += not failed
    return {
        "planted": planted,
        "flagged": flagged,
        "correct": correct,
        "unflagged": unflagged,
        "median_s": statistics.median(times),
    }


def markdown(solver: dict, check: dict, repeats: int) -> str:
    rows = [
        "| group | answerable | answered | correct | wrong | coverage | accuracy |",
        "|---|---|---|---|---|---|---|",
    ]
    tot = defaultdict(int)
    for name, g in sorted(solver["groups"].items()):
        answered = g.get("correct", 0) + g.get("wrong", 0)
        if name == "refuse":
            continue
        for k in ("answerable", "correct", "wrong"):
            tot[k] += g.get(k, 0)
        tot["answered"] += answered
        cov = answered / g["answerable"] if g["answerable"] else float("nan")
        acc = g.get("correct", 0) / answered if answered else float("nan")
        rows.append(
            f"| {name} | {g['answerable']} | {answered} | {g.get('correct', 0)} | {g.get('wrong', 0)} | "
            f"{cov:.0%} | {acc:.0%} |"
        )
    rows.append(
        f"| **all** | **{tot['answerable']}** | **{tot['answered']}** | **{tot['correct']}** | "
        f"**{tot['wrong']}** | **{tot['answered'] / tot['answerable']:.1%}** | "
        f"**{tot['correct'] / max(1, tot['answered']):.0%}** |"
    )
    lines = rows
    lines.append("")
    lines.append(
        f"Questions that must be refused (no numbers, θ-or-2θ ambiguity, absurd magnitudes, missing data, "
        f"several parts, stray LaTeX, contradictory units, unnamed ratio): "
        f"{solver['must_refuse_refused']}/{solver['must_refuse']} refused."
    )
    lines += [
        "",
        f"Latency per question ({solver['questions']} questions, {repeats} passes): median "
        f"{solver['warm_median_s'] * 1000:.0f} ms warm (max {solver['warm_max_s'] * 1000:.0f} ms); first pass, which "
        f"solves each relation symbolically once, median {solver['first_pass_median_s'] * 1000:.0f} ms and "
        f"{solver['first_pass_total_s']:.1f} s for the whole set; importing sympy/pint and the first question "
        f"{solver['import_and_first_s']:.1f} s.",
        "",
        f"check_answer on {check['planted'] + check['correct']} worked answers: planted errors flagged by the "
        f"expected check {check['flagged']}/{check['planted']}; correct answers with no failed check "
        f"{check['unflagged']}/{check['correct']}; median {check['median_s'] * 1000:.0f} ms per answer (it also "
        "runs the solver for an independent solution).",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--json", type=Path, default=None)
    args = p.parse_args(argv)
    solver = bench_solver(args.repeats)
    check = bench_check(args.repeats)
    print(markdown(solver, check, args.repeats))
    print(f"\n(python {platform.python_version()}, {platform.machine()})", file=sys.stderr)
    if args.json:
        args.json.write_text(
            json.dumps({"solver": solver, "check": check}, indent=1), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
