"""check_answer on the exam sets' own reference solutions: a false-alarm probe.

Every answerable item of an exam set (tests/data/answer_exam_*.json) is a question with its key.
Sets C to G (heldout2 to heldout6) also carry a short worked ``solution`` written with the key
('… = 10.22 g/cm³. Answer: 10.22 g/cm**3.'); sets A and B (dev, heldout) do not, so there the
probe's text is the key alone ('Answer: 8.895 g/cm**3', four significant figures). Each text is
correct by construction, so every **flagged** verdict is a false alarm. Items the set says must be
refused (no key) are skipped.

Reported: items checked, flagged (false alarms), not checked, consistent; ``--show`` prints each
flagged item with the check's reason.

    PYTHONPATH=. python benchmarks/exam_solutions_checker.py \
        --set dev|heldout|heldout2|...|heldout25 [--show]

The texts are reference solutions, not model responses: running any set is allowed (it probes
false alarms only and tunes nothing about catching errors).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SETS = (
    "dev",
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
    "heldout20",
    "heldout21",
    "heldout22",
    "heldout23",
    "heldout24",
    "heldout25",
)


def _verdict_of():
    """``verdict_of`` from benchmarks/answer_external_checker.py (benchmarks/ is not a package)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        from answer_external_checker import verdict_of
    finally:
        sys.path.pop(0)
    return verdict_of


def solution_text(item: dict) -> str | None:
    """The item's worked solution, else 'Answer: <key> <unit>'; None for a must-refuse item."""
    if item.get("value") is None:
        return None
    if item.get("solution"):
        return str(item["solution"])
    unit = item.get("unit") or ""
    return f"Answer: {item['value']:.4g} {unit}".rstrip()


def run(name: str, show: bool = False) -> Counter[str]:
    """Verdict counts over the set's answerable items; print the flagged ones when ``show``."""
    from matsci_jupyter import check_answer

    verdict_of = _verdict_of()
    items = json.loads((DATA / f"answer_exam_{name}.json").read_text("utf-8"))["items"]
    counts: Counter[str] = Counter()
    for item in items:
        text = solution_text(item)
        if text is None:
            continue
        answer = check_answer(item["question"], text)
        verdict = verdict_of(answer)
        counts[verdict] += 1
        counts["key only" if not item.get("solution") else "worked solution"] += 1
        if show and verdict == "flagged":
            print(f"===== {item['id']}\n{item['question']}\n--- solution\n{text}\n--- check")
            print(answer)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=SETS, default="dev")
    parser.add_argument("--show", action="store_true", help="print every flagged solution")
    args = parser.parse_args(argv)
    c = run(args.set, args.show)
    total = c["flagged"] + c["not checked"] + c["consistent"]
    print(
        f"reference solutions · {args.set}: {total} checked ({c['worked solution']} worked, "
        f"{c['key only']} key only); flagged (false alarms) {c['flagged']}, "
        f"not checked {c['not checked']}, consistent {c['consistent']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
