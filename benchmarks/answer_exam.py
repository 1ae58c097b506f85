"""Grade the public ``answer`` command on the blind exam sets (issue 11).

The sets (tests/data/answer_exam_dev.json = set A, answer_exam_heldout.json = set B,
answer_exam_heldout2.json = set C) were written without reading the answer engine; see
tests/data/build_answer_exam.py. Each question goes through
the command table's ``answer`` command (the one the magics, the server and the MCP tools use),
offline (``use_model=False``). Outcomes:

- correct: a value whose unit converts (pint) to the key's unit and lies within the item's
  tolerance (2 % relative, half a unit of the asked last place, or absolute); on an item with
  two standard readings (set C's ``readings``), a value within tolerance of any reading;
- wrong: a value outside the tolerance, a unit of another dimension, or any value on an item that
  must be refused;
- refused: no value (the engine's reason is kept for ``--list``).

    python benchmarks/answer_exam.py --set dev|heldout|heldout2|...|heldout25 \
        [--list] [--json out.json]

Prints answered / correct / wrong / refused per topic and overall, and the median latency.
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
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SETS = {
    "dev": ROOT / "tests" / "data" / "answer_exam_dev.json",
    "heldout": ROOT / "tests" / "data" / "answer_exam_heldout.json",
    "heldout2": ROOT / "tests" / "data" / "answer_exam_heldout2.json",
    "heldout3": ROOT / "tests" / "data" / "answer_exam_heldout3.json",
    "heldout4": ROOT / "tests" / "data" / "answer_exam_heldout4.json",
    "heldout5": ROOT / "tests" / "data" / "answer_exam_heldout5.json",
    "heldout6": ROOT / "tests" / "data" / "answer_exam_heldout6.json",
    "heldout7": ROOT / "tests" / "data" / "answer_exam_heldout7.json",
    "heldout8": ROOT / "tests" / "data" / "answer_exam_heldout8.json",
    "heldout9": ROOT / "tests" / "data" / "answer_exam_heldout9.json",
    "heldout10": ROOT / "tests" / "data" / "answer_exam_heldout10.json",
    "heldout11": ROOT / "tests" / "data" / "answer_exam_heldout11.json",
    "heldout12": ROOT / "tests" / "data" / "answer_exam_heldout12.json",
    "heldout13": ROOT / "tests" / "data" / "answer_exam_heldout13.json",
    "heldout14": ROOT / "tests" / "data" / "answer_exam_heldout14.json",
    "heldout15": ROOT / "tests" / "data" / "answer_exam_heldout15.json",
    "heldout16": ROOT / "tests" / "data" / "answer_exam_heldout16.json",
    "heldout17": ROOT / "tests" / "data" / "answer_exam_heldout17.json",
    "heldout18": ROOT / "tests" / "data" / "answer_exam_heldout18.json",
    "heldout19": ROOT / "tests" / "data" / "answer_exam_heldout19.json",
    "heldout20": ROOT / "tests" / "data" / "answer_exam_heldout20.json",
    "heldout21": ROOT / "tests" / "data" / "answer_exam_heldout21.json",
    "heldout22": ROOT / "tests" / "data" / "answer_exam_heldout22.json",
    "heldout23": ROOT / "tests" / "data" / "answer_exam_heldout23.json",
    "heldout24": ROOT / "tests" / "data" / "answer_exam_heldout24.json",
    "heldout25": ROOT / "tests" / "data" / "answer_exam_heldout25.json",
}

# Units that name what is counted: a number in them answers a "how many" question (pint would
# turn "cycle" into 2π and refuse "bohr_magneton" as dimensionless).
COUNT_UNITS = {"cycle", "cycles", "count", "bohr_magneton", "Bohr_magneton", "μ_B", "µ_B"}


def _ask(question: str) -> dict[str, Any]:
    """The typed payload data of the public ``answer`` command (offline)."""
    from matsci_jupyter.commands import ToolContext, get

    command = get("answer")
    return command.payload({"question": question, "use_model": False}, ToolContext())["data"]


def grade(item: dict[str, Any], data: dict[str, Any], ureg: Any) -> tuple[str, str]:
    """``(outcome, detail)``: outcome is correct / wrong / refused."""
    quantity = data.get("quantity")
    if not quantity:
        return "refused", str(data.get("reason") or "no value")
    got_text = f"{quantity['magnitude']:.6g} {quantity['units']}"
    if item["refuse"] is not None:
        return "wrong", f"answered {got_text}; must refuse: {item['refuse']}"
    try:
        if item["unit"] == "dimensionless" and quantity["units"].strip() in COUNT_UNITS:
            got = float(quantity["magnitude"])  # "6300 cycles", "2.2 Bohr magnetons": a count
        else:
            got = float(
                ureg.Quantity(quantity["magnitude"], quantity["units"]).to(item["unit"]).magnitude
            )
    except Exception as exc:  # another dimension or an unreadable unit: not the asked quantity
        return "wrong", f"{got_text} does not convert to {item['unit']} ({type(exc).__name__})"
    tol = item["tolerance"]
    readings = item.get("readings") or [{"reading": "", "value": item["value"]}]
    for reading in readings:  # an ambiguous item: any standard reading's key counts
        key = reading["value"]
        ok = (
            math.isclose(got, key, rel_tol=tol["rel"], abs_tol=0.0)
            if tol["kind"] == "rel"
            else abs(got - key) <= tol["abs"] + 1e-12 * max(1.0, abs(key))
        )
        if ok:
            which = f", reading {reading['reading']!r}" if reading["reading"] else ""
            return "correct", f"{got:.6g} {item['unit']} (key {key:.6g}{which})"
    keys = " or ".join(f"{r['value']:.6g}" for r in readings)
    return "wrong", f"{got:.6g} {item['unit']} (key {keys})"


def run(set_name: str) -> dict[str, Any]:
    import pint

    items = json.loads(SETS[set_name].read_text(encoding="utf-8"))["items"]
    ureg = pint.UnitRegistry()
    _ask("What is the wavelength of a photon of energy 2.0 eV, in nm?")  # imports, first solve
    rows, latencies = [], []
    for item in items:
        t0 = time.perf_counter()
        try:
            data = _ask(item["question"])
        except Exception as exc:  # an engine crash is a bug, not a refusal: count it apart
            data, crashed = {}, f"{type(exc).__name__}: {exc}"
        else:
            crashed = ""
        latencies.append(time.perf_counter() - t0)
        outcome, detail = ("crashed", crashed) if crashed else grade(item, data, ureg)
        rows.append(
            {
                "id": item["id"],
                "topic": item["topic"],
                "outcome": outcome,
                "detail": detail,
                "must_refuse": item["refuse"] is not None,
            }
        )
    return {
        "set": set_name,
        "rows": rows,
        "median_latency_s": statistics.median(latencies),
        "max_latency_s": max(latencies),
    }


def table(result: dict[str, Any]) -> str:
    per: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in result["rows"]:
        for key in (row["topic"], "ALL"):
            c = per[key]
            c["items"] += 1
            c[row["outcome"]] += 1
            c["answered"] += row["outcome"] in ("correct", "wrong")
            c["must_refuse"] += row["must_refuse"]
            c["must_refuse_refused"] += row["must_refuse"] and row["outcome"] == "refused"
    head = (
        "| topic | items | answered | correct | wrong | refused | must-refuse refused | "
        "wrong % of answered |\n|---|---|---|---|---|---|---|---|"
    )
    lines = [head]
    for topic in [*sorted(k for k in per if k != "ALL"), "ALL"]:
        c = per[topic]
        pct = f"{100 * c['wrong'] / c['answered']:.1f}" if c["answered"] else "–"
        crash = f" (+{c['crashed']} crashed)" if c["crashed"] else ""
        lines.append(
            f"| {topic} | {c['items']} | {c['answered']} | {c['correct']} | {c['wrong']} | "
            f"{c['refused']}{crash} | {c['must_refuse_refused']}/{c['must_refuse']} | {pct} |"
        )
    allc = per["ALL"]
    lines.append(
        f"\nset {result['set']}: {allc['correct']}/{allc['items']} correct "
        f"({100 * allc['correct'] / allc['items']:.1f} %), {allc['wrong']} wrong; median latency "
        f"{result['median_latency_s']:.3f} s (max {result['max_latency_s']:.2f} s); "
        f"{platform.machine()}, Python {platform.python_version()}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="dev")
    parser.add_argument("--list", action="store_true", help="print each item's outcome")
    parser.add_argument("--json", type=Path, help="write the per-item results here")
    args = parser.parse_args(argv)
    if not SETS[args.set].exists():
        print(f"{SETS[args.set]} is missing: run tests/data/build_answer_exam.py", file=sys.stderr)
        return 2
    result = run(args.set)
    if args.list:
        for row in result["rows"]:
            print(f"{row['outcome']:8s} {row['id']:24s} {row['detail']}")
        print()
    print(table(result))
    if args.json:
        args.json.write_text(
            json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
