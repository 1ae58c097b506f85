"""Build the blind exam sets A–H: answer_exam_dev.json, _heldout.json, ... _heldout7.json.

Numeric materials-science exam questions across 15 topics of an introductory materials science
and metallurgy course, written without reading the answer engine. Each question is a function in
``exam_items_dev.py`` / ``exam_items_heldout.py`` / ``exam_items_heldout2.py`` (set C: 120
questions over the 14 topics of a qualifying exam, keys computed with pint, each with a worked
solution and, for ambiguous questions, the key of every standard reading; set D,
``exam_items_heldout3.py``, set E, ``exam_items_heldout4.py``, set F, ``exam_items_heldout5.py``, set G, ``exam_items_heldout6.py``, and set H, ``exam_items_heldout7a.py`` + ``exam_items_heldout7b.py``, likewise): the docstring is the question, the body the
independent computation of the key (plain ``math``, ``scipy``, CODATA 2018 constants), the
decorator the unit, the textbook source of the relation and the tolerance. Items whose ``value`` is
None must be refused; ``refuse`` says why.

Run: ``python tests/data/build_answer_exam.py [--set NAME ...]`` (rewrites the JSON files; all by default).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import exam_items  # noqa: E402
import exam_items_dev  # noqa: E402, F401  (registers set A)

try:
    import exam_items_heldout
except ModuleNotFoundError:  # set B is written after set A
    exam_items_heldout = None

try:
    import exam_items_heldout2
except ModuleNotFoundError:  # set C is written after set B
    exam_items_heldout2 = None

try:
    import exam_items_heldout3
except ModuleNotFoundError:  # set D is written after set C
    exam_items_heldout3 = None

try:
    import exam_items_heldout4
except ModuleNotFoundError:  # set E is written after set D
    exam_items_heldout4 = None

try:
    import exam_items_heldout5
except ModuleNotFoundError:  # set F is written after set E
    exam_items_heldout5 = None

try:
    import exam_items_heldout6
except ModuleNotFoundError:  # set G is written after set F
    exam_items_heldout6 = None

try:  # set H: two writers, seven topics each
    import exam_items_heldout7a
except ModuleNotFoundError:  # set H is written after set G
    exam_items_heldout7a = None
try:
    import exam_items_heldout7b
except ModuleNotFoundError:
    exam_items_heldout7b = None
try:  # set I: two writers, seven topics each
    import exam_items_heldout8a
except ModuleNotFoundError:  # set I is written after set H
    exam_items_heldout8a = None
try:
    import exam_items_heldout8b
except ModuleNotFoundError:
    exam_items_heldout8b = None
try:  # set J: two writers, seven topics each
    import exam_items_heldout9a
except ModuleNotFoundError:  # set J is written after set I
    exam_items_heldout9a = None
try:
    import exam_items_heldout9b
except ModuleNotFoundError:
    exam_items_heldout9b = None
try:  # set K: two writers, seven topics each
    import exam_items_heldout10a
except ModuleNotFoundError:  # set K is written after set J
    exam_items_heldout10a = None
try:
    import exam_items_heldout10b
except ModuleNotFoundError:
    exam_items_heldout10b = None
try:  # set L: two writers, seven topics each
    import exam_items_heldout11a
except ModuleNotFoundError:  # set L is written after set K
    exam_items_heldout11a = None
try:
    import exam_items_heldout11b
except ModuleNotFoundError:
    exam_items_heldout11b = None
try:  # set M: two writers, seven topics each
    import exam_items_heldout12a
except ModuleNotFoundError:  # set M is written after set L
    exam_items_heldout12a = None
try:
    import exam_items_heldout12b
except ModuleNotFoundError:
    exam_items_heldout12b = None
try:  # set N: two writers, seven topics each
    import exam_items_heldout13a
except ModuleNotFoundError:  # set N is written after set M
    exam_items_heldout13a = None
try:
    import exam_items_heldout13b
except ModuleNotFoundError:
    exam_items_heldout13b = None
try:  # set O: two writers, seven topics each
    import exam_items_heldout14a
except ModuleNotFoundError:  # set O is written after set N
    exam_items_heldout14a = None
try:
    import exam_items_heldout14b
except ModuleNotFoundError:
    exam_items_heldout14b = None
try:  # set P: two writers, seven topics each
    import exam_items_heldout15a
except ModuleNotFoundError:  # set P is written after set O
    exam_items_heldout15a = None
try:
    import exam_items_heldout15b
except ModuleNotFoundError:
    exam_items_heldout15b = None
try:  # set Q: two writers, seven topics each
    import exam_items_heldout16a
except ModuleNotFoundError:  # set Q is written after set P
    exam_items_heldout16a = None
try:
    import exam_items_heldout16b
except ModuleNotFoundError:
    exam_items_heldout16b = None
try:  # set R: two writers, seven topics each
    import exam_items_heldout17a
except ModuleNotFoundError:  # set R is written after set Q
    exam_items_heldout17a = None
try:
    import exam_items_heldout17b
except ModuleNotFoundError:
    exam_items_heldout17b = None
try:  # set S: two writers, seven topics each
    import exam_items_heldout18a
except ModuleNotFoundError:  # set S is written after set R
    exam_items_heldout18a = None
try:
    import exam_items_heldout18b
except ModuleNotFoundError:
    exam_items_heldout18b = None
try:  # set T: two writers, seven topics each
    import exam_items_heldout19a
except ModuleNotFoundError:  # set T is written after set S
    exam_items_heldout19a = None
try:
    import exam_items_heldout19b
except ModuleNotFoundError:
    exam_items_heldout19b = None
try:  # set U: two writers, seven topics each
    import exam_items_heldout20a
except ModuleNotFoundError:  # set U is written after set T
    exam_items_heldout20a = None
try:
    import exam_items_heldout20b
except ModuleNotFoundError:
    exam_items_heldout20b = None
try:  # set V: two writers, seven topics each
    import exam_items_heldout21a
except ModuleNotFoundError:  # set V is written after set U
    exam_items_heldout21a = None
try:
    import exam_items_heldout21b
except ModuleNotFoundError:
    exam_items_heldout21b = None
try:  # set W: two writers, seven topics each
    import exam_items_heldout22a
except ModuleNotFoundError:  # set W is written after set V
    exam_items_heldout22a = None
try:
    import exam_items_heldout22b
except ModuleNotFoundError:
    exam_items_heldout22b = None
try:  # set X: two writers, seven topics each
    import exam_items_heldout23a
except ModuleNotFoundError:  # set X is written after set W
    exam_items_heldout23a = None
try:
    import exam_items_heldout23b
except ModuleNotFoundError:
    exam_items_heldout23b = None
try:  # set Y: two writers, seven topics each
    import exam_items_heldout24a
except ModuleNotFoundError:  # set Y is written after set X
    exam_items_heldout24a = None
try:
    import exam_items_heldout24b
except ModuleNotFoundError:
    exam_items_heldout24b = None
try:  # set Z: two writers, eight and seven of the 15 topics
    import exam_items_heldout25a
except ModuleNotFoundError:  # set Z is written after set Y
    exam_items_heldout25a = None
try:
    import exam_items_heldout25b
except ModuleNotFoundError:
    exam_items_heldout25b = None

OUTPUTS = {
    "dev": HERE / "answer_exam_dev.json",
    "heldout": HERE / "answer_exam_heldout.json",
    "heldout2": HERE / "answer_exam_heldout2.json",
    "heldout3": HERE / "answer_exam_heldout3.json",
    "heldout4": HERE / "answer_exam_heldout4.json",
    "heldout5": HERE / "answer_exam_heldout5.json",
    "heldout6": HERE / "answer_exam_heldout6.json",
    "heldout7": HERE / "answer_exam_heldout7.json",
    "heldout8": HERE / "answer_exam_heldout8.json",
    "heldout9": HERE / "answer_exam_heldout9.json",
    "heldout10": HERE / "answer_exam_heldout10.json",
    "heldout11": HERE / "answer_exam_heldout11.json",
    "heldout12": HERE / "answer_exam_heldout12.json",
    "heldout13": HERE / "answer_exam_heldout13.json",
    "heldout14": HERE / "answer_exam_heldout14.json",
    "heldout15": HERE / "answer_exam_heldout15.json",
    "heldout16": HERE / "answer_exam_heldout16.json",
    "heldout17": HERE / "answer_exam_heldout17.json",
    "heldout18": HERE / "answer_exam_heldout18.json",
    "heldout19": HERE / "answer_exam_heldout19.json",
    "heldout20": HERE / "answer_exam_heldout20.json",
    "heldout21": HERE / "answer_exam_heldout21.json",
    "heldout22": HERE / "answer_exam_heldout22.json",
    "heldout23": HERE / "answer_exam_heldout23.json",
    "heldout24": HERE / "answer_exam_heldout24.json",
    "heldout25": HERE / "answer_exam_heldout25.json",
}


def _check(items: list[exam_items.ExamItem]) -> None:
    """Unique ids, pint-readable units, a reason on every must-refuse item."""
    import pint

    ureg = pint.UnitRegistry()
    seen: set[str] = set()
    for it in items:
        if it.id in seen:
            raise ValueError(f"duplicate id {it.id}")
        seen.add(it.id)
        if it.refuse is None:
            ureg.Quantity(1.0, it.unit)  # raises on an unreadable unit
        elif not it.refuse.strip():
            raise ValueError(f"{it.id}: a must-refuse item needs its reason")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", choices=sorted(OUTPUTS), help="default: all")
    chosen = parser.parse_args(argv).set or list(OUTPUTS)
    for name, path in OUTPUTS.items():
        if name not in chosen:
            continue
        items = exam_items.REGISTRY[name]
        if not items:
            continue
        _check(items)
        payload = {
            "description": (
                "Blind numeric materials-science exam questions (issue 11), written without "
                "reading the answer engine. value/unit: the key; tolerance: rel (2 %), round "
                "(half a unit of the asked last place) or abs; refuse: the reason an item must be "
                "refused (value null). computation: the independent calculation of the key."
                + (
                    " solution: the worked solution; forms: how the question is written; "
                    "readings: for a question with two standard readings, the key of each "
                    "(an answer matching any reading is correct)."
                    if name in exam_items.WORKED_SETS
                    else ""
                )
            ),
            "set": name,
            "items": [it.as_dict() for it in items],
        }
        path.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        counts = Counter(it.topic for it in items)
        refused = sum(it.refuse is not None for it in items)
        print(f"{path.name}: {len(items)} items ({refused} must be refused); {dict(counts)}")


if __name__ == "__main__":
    main()
