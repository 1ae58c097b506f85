"""check_answer on hand-written worked answers to the blind exam sets: errors flagged, false alarms.

The responses (tests/data/worked_answers_dev.jsonl for exam set A, worked_answers_heldout.jsonl
for set B; see tests/data/worked_answers_check.py) imitate GPT-4 answering exam questions in chat:
markdown steps, TeX, loose units, intermediate rounding. They were written without reading the
answer engine. About half are correct; each wrong one carries one labelled error class.

Every response gets one verdict from ``check_answer(question, response)`` (the same
``verdict_of`` as benchmarks/answer_external_checker.py): **flagged** (a blocking failed check),
**not checked** (no final value read) or **consistent**. Reported per error class: wrong
responses, flagged, not checked; for correct responses: false alarms and not checked; the
median latency.

    PYTHONPATH=. python benchmarks/answer_exam_checker.py \
        --set dev|heldout|heldout2|heldout3|heldout4|heldout5|heldout5b|heldout6|heldout6b|heldout6c|\
              heldout2b|heldout7|heldout8|heldout9|heldout10|heldout11|heldout12|heldout13|heldout14|\
              heldout15|heldout16|heldout17|heldout18|heldout19|heldout20|heldout21|heldout22|\
              heldout23|heldout24 \
        [--show missed|flagged-correct|flagged]

The held-out files are run once, by the lead, at the end. worked_answers_heldout2.jsonl answers
questions of exam set C (answer_exam_heldout2.json), written the same blind way (session 5);
worked_answers_heldout3.jsonl answers exam set D (answer_exam_heldout3.json), session 6;
worked_answers_heldout4.jsonl answers exam set E (answer_exam_heldout4.json), session 6;
worked_answers_heldout5.jsonl answers exam set F (answer_exam_heldout5.json), session 7;
worked_answers_heldout5b.jsonl answers 40 other questions of set F, written later the same way;
worked_answers_heldout6.jsonl answers 20 questions of exam set G (answer_exam_heldout6.json);
worked_answers_heldout6b.jsonl answers 20 other questions of set G, written later the same way;
worked_answers_heldout6c.jsonl answers 20 further questions of set G, answered in neither, the same way.
worked_answers_heldout2b.jsonl answers 20 questions of set C that worked_answers_heldout2.jsonl
does not answer, written blind the same way.
worked_answers_heldout7.jsonl answers 20 questions of exam set H (answer_exam_heldout7.json),
written blind the same way.
worked_answers_heldout8.jsonl answers 20 questions of exam set I (answer_exam_heldout8.json),
written blind the same way.
worked_answers_heldout9.jsonl answers 20 questions of exam set J (answer_exam_heldout9.json),
written blind the same way.
worked_answers_heldout10.jsonl answers 20 questions of exam set K (answer_exam_heldout10.json),
written blind the same way.
worked_answers_heldout11.jsonl answers 20 questions of exam set L (answer_exam_heldout11.json),
written blind the same way.
worked_answers_heldout12.jsonl answers 20 questions of exam set M (answer_exam_heldout12.json),
written blind the same way.
worked_answers_heldout13.jsonl answers 20 questions of exam set N (answer_exam_heldout13.json),
written blind the same way.
worked_answers_heldout14.jsonl answers 20 questions of exam set O (answer_exam_heldout14.json),
written blind the same way.
worked_answers_heldout15.jsonl answers 20 questions of exam set P (answer_exam_heldout15.json),
written blind the same way.
worked_answers_heldout16.jsonl answers 20 questions of exam set Q (answer_exam_heldout16.json),
written blind the same way.
worked_answers_heldout17.jsonl answers 20 questions of exam set R (answer_exam_heldout17.json),
written blind the same way.
worked_answers_heldout18.jsonl answers 20 questions of exam set S (answer_exam_heldout18.json),
written blind the same way.
worked_answers_heldout19.jsonl answers 20 questions of exam set T (answer_exam_heldout19.json),
written blind the same way.
worked_answers_heldout20.jsonl answers 20 questions of exam set U (answer_exam_heldout20.json),
written blind the same way.
worked_answers_heldout21.jsonl answers 20 questions of exam set V (answer_exam_heldout21.json),
written blind the same way.
worked_answers_heldout22.jsonl answers 20 questions of exam set W (answer_exam_heldout22.json),
written blind the same way.
worked_answers_heldout23.jsonl answers 20 questions of exam set X (answer_exam_heldout23.json),
written blind the same way.
worked_answers_heldout24.jsonl answers 20 questions of exam set Y (answer_exam_heldout24.json),
written blind the same way.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
FILES = {
    "dev": DATA / "worked_answers_dev.jsonl",
    "heldout": DATA / "worked_answers_heldout.jsonl",
    "heldout2": DATA / "worked_answers_heldout2.jsonl",
    "heldout3": DATA / "worked_answers_heldout3.jsonl",
    "heldout4": DATA / "worked_answers_heldout4.jsonl",
    "heldout5": DATA / "worked_answers_heldout5.jsonl",
    "heldout5b": DATA / "worked_answers_heldout5b.jsonl",
    "heldout6": DATA / "worked_answers_heldout6.jsonl",
    "heldout6b": DATA / "worked_answers_heldout6b.jsonl",
    "heldout6c": DATA / "worked_answers_heldout6c.jsonl",
    "heldout2b": DATA / "worked_answers_heldout2b.jsonl",
    "heldout7": DATA / "worked_answers_heldout7.jsonl",
    "heldout8": DATA / "worked_answers_heldout8.jsonl",
    "heldout9": DATA / "worked_answers_heldout9.jsonl",
    "heldout10": DATA / "worked_answers_heldout10.jsonl",
    "heldout11": DATA / "worked_answers_heldout11.jsonl",
    "heldout12": DATA / "worked_answers_heldout12.jsonl",
    "heldout13": DATA / "worked_answers_heldout13.jsonl",
    "heldout14": DATA / "worked_answers_heldout14.jsonl",
    "heldout15": DATA / "worked_answers_heldout15.jsonl",
    "heldout16": DATA / "worked_answers_heldout16.jsonl",
    "heldout17": DATA / "worked_answers_heldout17.jsonl",
    "heldout18": DATA / "worked_answers_heldout18.jsonl",
    "heldout19": DATA / "worked_answers_heldout19.jsonl",
    "heldout20": DATA / "worked_answers_heldout20.jsonl",
    "heldout21": DATA / "worked_answers_heldout21.jsonl",
    "heldout22": DATA / "worked_answers_heldout22.jsonl",
    "heldout23": DATA / "worked_answers_heldout23.jsonl",
    "heldout24": DATA / "worked_answers_heldout24.jsonl",
}
CORRECT = "(correct)"


def _verdict_of():
    """``verdict_of`` from benchmarks/answer_external_checker.py (benchmarks/ is not a package)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        from answer_external_checker import verdict_of
    finally:
        sys.path.pop(0)
    return verdict_of


def load(name: str) -> list[dict]:
    path = FILES[name]
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


@dataclass
class Row:
    """Counts for one error class (or for the correct responses)."""

    total: int = 0
    flagged: int = 0
    not_checked: int = 0
    times: list[float] = field(default_factory=list)

    def add(self, verdict: str, seconds: float) -> None:
        self.total += 1
        self.flagged += verdict == "flagged"
        self.not_checked += verdict == "not checked"
        self.times.append(seconds)

    def merge(self, other: Row) -> None:
        self.total += other.total
        self.flagged += other.flagged
        self.not_checked += other.not_checked
        self.times += other.times


def _pct(part: int, whole: int) -> str:
    return f"{part} ({part / whole:.0%})" if whole else "–"


def run(name: str, show: str | None = None) -> dict[str, Row]:
    """Check every response of the file; print those ``show`` asks for. Rows by error class."""
    from matsci_jupyter import check_answer

    verdict_of = _verdict_of()
    rows: dict[str, Row] = {}
    for record in load(name):
        started = time.perf_counter()
        answer = check_answer(record["question"], record["response"])
        elapsed = time.perf_counter() - started
        verdict = verdict_of(answer)
        label = CORRECT if record["correct"] else record["error_class"]
        rows.setdefault(label, Row()).add(verdict, elapsed)
        wanted = {
            "missed": not record["correct"] and verdict != "flagged",
            "flagged-correct": record["correct"] and verdict == "flagged",
            "flagged": not record["correct"] and verdict == "flagged",
        }
        if show and wanted.get(show):
            print(f"===== {record['question_id']} correct={record['correct']} verdict={verdict}")
            if not record["correct"]:
                print(f"label: {record['error_class']}: {record['note']}")
            print(answer)
    return rows


def table(name: str, rows: dict[str, Row]) -> str:
    lines = [
        f"worked answers · {name}",
        "",
        "| responses | n | flagged | not checked | median latency |",
        "|---|---|---|---|---|",
    ]
    wrong = Row()
    for label in sorted(k for k in rows if k != CORRECT):
        row = rows[label]
        wrong.merge(row)
        lines.append(_line(f"wrong · {label}", row))
    lines.append(_line("**all wrong** (flagged = caught)", wrong))
    correct = rows.get(CORRECT, Row())
    lines.append(_line("**all correct** (flagged = false alarm)", correct))
    return "\n".join(lines)


def _line(label: str, row: Row) -> str:
    med = statistics.median(row.times) * 1000 if row.times else float("nan")
    return (
        f"| {label} | {row.total} | {_pct(row.flagged, row.total)} | "
        f"{_pct(row.not_checked, row.total)} | {med:.0f} ms |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=tuple(FILES), default="dev")
    parser.add_argument("--show", choices=("missed", "flagged-correct", "flagged"))
    args = parser.parse_args(argv)
    print(table(args.set, run(args.set, args.show)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
