"""check_answer on real model responses (JEEBench, TheoremQA): errors flagged, false alarms, not checked.

SciBench's textbook worked solutions (all correct, written by people) are a third source that can
only show false alarms.

Each stored response has a ``correct`` label from its source's own scoring rule. For every
response the checker gives one verdict:

* **flagged**: a check failed that proves the response wrong (a blocking failed check);
* **not checked**: no final value could be read, so nothing was confirmed or refuted (a
  program-of-thought answer is run in the sandbox; one that runs and returns a number that nothing
  in the question fixes is not checked);
* otherwise nothing was found wrong.

Reported per source: wrong / correct responses, wrong ones flagged, correct ones flagged (false
alarms), not checked, median latency. The questions are split into a **dev** half (looked at while
building the checker) and a **held-out** half (measured only at the end) by a fixed hash of the
question id, so that a question and all its responses fall on the same side.

Run: ``PYTHONPATH=. python benchmarks/answer_external_checker.py [--data ../shared/data/external]
[--half dev|held-out|all] [--markdown] [--show flagged-correct|missed|all]``.
"""

# No `from __future__ import annotations`: benchmarks/answer_external.py loads this file without
# registering it in sys.modules, and dataclasses need the module to resolve string annotations.

import argparse
import hashlib
import json
import statistics
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "external"
SPLIT_SALT = "checker-split-v1:"


def half_of(question_id: str) -> str:
    """'dev' or 'held-out', fixed by a hash of the question id (about half each)."""
    digest = hashlib.sha256((SPLIT_SALT + question_id).encode("utf-8")).hexdigest()
    return "dev" if int(digest, 16) % 2 == 0 else "held-out"


@dataclass
class Item:
    """One stored model response with its question and correctness label."""

    source: str
    qid: str
    model: str
    question: str
    response: str
    correct: bool


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def load_items(data: Path) -> Iterator[Item]:
    """JEEBench responses and TheoremQA GPT-4 outputs, each with its question's text."""
    jee = data / "jeebench"
    if (jee / "jeebench_responses.jsonl").exists():
        questions = {q["id"]: q for q in _jsonl(jee / "jeebench_questions.jsonl")}
        for r in _jsonl(jee / "jeebench_responses.jsonl"):
            q = questions.get(r["id"])
            if q is None:
                continue
            yield Item(
                "jeebench",
                r["id"],
                r["model"],
                q["question"],
                r["response_text"],
                bool(r["correct"]),
            )
    sci = data / "scibench" / "scibench.jsonl"
    if (
        sci.exists()
    ):  # textbook worked solutions: correct prose written by people, a false-alarm probe
        for r in _jsonl(sci):
            if r.get("solution"):
                yield Item(
                    "scibench-solutions",
                    r["id"],
                    "textbook",
                    r["problem_text"],
                    r["solution"],
                    True,
                )
    tqa = data / "theoremqa"
    if (tqa / "theoremqa_gpt4_outputs.jsonl").exists():
        questions = {q["id"]: q for q in _jsonl(tqa / "theoremqa_physics.jsonl")}
        for r in _jsonl(tqa / "theoremqa_gpt4_outputs.jsonl"):
            q = questions.get(r["id"])
            if q is None:
                continue
            yield Item(
                "theoremqa", r["id"], r["model"], q["question"], r["rationale"], bool(r["correct"])
            )


def verdict_of(answer) -> str:
    """'flagged', 'not checked' or 'consistent' for a check_answer result."""
    verdict = getattr(answer, "verdict", None)
    if verdict:
        return verdict
    if any(not c.passed and c.blocking for c in answer.checks):
        return "flagged"
    return "not checked" if answer.quantity is None else "consistent"


@dataclass
class Tally:
    """Counts for one (source, half) group."""

    wrong: int = 0
    correct: int = 0
    flagged: int = 0
    false_alarms: int = 0
    not_checked_wrong: int = 0
    not_checked_correct: int = 0
    times: list[float] = field(default_factory=list)

    def add(self, item: Item, verdict: str, seconds: float) -> None:
        self.times.append(seconds)
        if item.correct:
            self.correct += 1
            self.false_alarms += verdict == "flagged"
            self.not_checked_correct += verdict == "not checked"
        else:
            self.wrong += 1
            self.flagged += verdict == "flagged"
            self.not_checked_wrong += verdict == "not checked"

    def merge(self, other: "Tally") -> None:
        for name in (
            "wrong",
            "correct",
            "flagged",
            "false_alarms",
            "not_checked_wrong",
            "not_checked_correct",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.times += other.times

    def row(self, label: str) -> str:
        med = statistics.median(self.times) * 1000 if self.times else float("nan")
        flag = f"{self.flagged} ({self.flagged / self.wrong:.0%})" if self.wrong else "–"
        fa = (
            f"{self.false_alarms} ({self.false_alarms / self.correct:.0%})" if self.correct else "–"
        )
        return (
            f"| {label} | {self.wrong} | {flag} | {self.correct} | {fa} | "
            f"{self.not_checked_wrong} / {self.not_checked_correct} | {med:.0f} ms |"
        )


HEADER = (
    "| source · half | wrong responses | wrong flagged | correct responses | false alarms | "
    "not checked (wrong / correct) | median latency |\n|---|---|---|---|---|---|---|"
)


def first_failed_check(answer) -> str:
    """The name of the first blocking check that failed ('arithmetic', 'substitution', …)."""
    for c in getattr(answer, "checks", []):
        if not c.passed and c.blocking:
            return c.name
    return "–"


def run(
    data: Path, halves: set[str], show: str | None = None, by_check: dict | None = None
) -> dict[tuple[str, str], Tally]:
    """Check every response of the chosen halves; print the ones ``show`` asks for. ``by_check``,
    when given, counts flagged responses by the check that flagged them: {(name, correct): n}."""
    from matsci_jupyter import check_answer

    tallies: dict[tuple[str, str], Tally] = {}
    for item in load_items(data):
        half = half_of(item.qid)
        if half not in halves:
            continue
        t = time.perf_counter()
        answer = check_answer(item.question, item.response)
        elapsed = time.perf_counter() - t
        verdict = verdict_of(answer)
        tallies.setdefault((item.source, half), Tally()).add(item, verdict, elapsed)
        if by_check is not None and verdict == "flagged":
            key = (first_failed_check(answer), item.correct)
            by_check[key] = by_check.get(key, 0) + 1
        wanted = {
            "flagged-correct": item.correct and verdict == "flagged",
            "missed": not item.correct and verdict != "flagged",
            "flagged": not item.correct and verdict == "flagged",
            "all": True,
        }
        if show and wanted.get(show):
            print(f"===== {item.qid} {item.model} correct={item.correct} verdict={verdict}")
            print(answer)
    return tallies


def results(data: Path = DEFAULT_DATA, halves: tuple[str, ...] = ("dev", "held-out")) -> dict:
    """Plain counts per (source, half) for other benchmarks (e.g. benchmarks/answer_external.py):
    {"jeebench · dev": {"wrong": …, "flagged": …, "correct": …, "false_alarms": …,
    "not_checked_wrong": …, "not_checked_correct": …, "median_s": …}, …}."""
    out = {}
    for (source, half), t in run(data, set(halves)).items():
        out[f"{source} · {half}"] = {
            "wrong": t.wrong,
            "flagged": t.flagged,
            "correct": t.correct,
            "false_alarms": t.false_alarms,
            "not_checked_wrong": t.not_checked_wrong,
            "not_checked_correct": t.not_checked_correct,
            "median_s": statistics.median(t.times) if t.times else None,
        }
    return out


def markdown(tallies: dict[tuple[str, str], Tally]) -> str:
    rows = [HEADER]
    for half in ("dev", "held-out"):
        total = Tally()
        present = False
        for source in ("jeebench", "theoremqa", "scibench-solutions"):
            tally = tallies.get((source, half))
            if tally is None:
                continue
            present = True
            rows.append(tally.row(f"{source} · {half}"))
            total.merge(tally)
        if present:
            rows.append(total.row(f"**all · {half}**"))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--half", choices=("dev", "held-out", "all"), default="dev")
    parser.add_argument("--show", choices=("flagged-correct", "missed", "flagged", "all"))
    parser.add_argument(
        "--by-check",
        action="store_true",
        help="also count flagged responses by the check that flagged them",
    )
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no data at {args.data}; pass --data", file=sys.stderr)
        return 2
    halves = {"dev", "held-out"} if args.half == "all" else {args.half}
    by_check: dict | None = {} if args.by_check else None
    tallies = run(args.data, halves, args.show, by_check)
    print(markdown(tallies))
    if by_check:
        print("\n| first failed check | wrong responses flagged | correct responses flagged |")
        print("|---|---|---|")
        for name in sorted({n for n, _c in by_check}, key=lambda n: -by_check.get((n, False), 0)):
            print(
                f"| {name} | {by_check.get((name, False), 0)} | {by_check.get((name, True), 0)} |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
