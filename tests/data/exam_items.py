"""The registry behind tests/data/build_answer_exam.py: one decorated function per exam question.

Each question is a function whose docstring is the question text (as an exam paper would print
it) and whose body computes the key from the givens with explicit formulas, plain ``math``,
``scipy.special`` and ``scipy.constants`` (CODATA 2018). The builder stores the body (without the
docstring) as the item's ``computation``, so every key can be re-derived by reading it.

Questions that must be refused return ``None`` and carry ``refuse=`` with the reason.

Sets ``heldout2`` to ``heldout7`` (``exam_items_heldout2.py``, ..._heldout7a.py, _heldout7b.py) add
three fields: ``solution`` (the worked solution in words, ending with the key), ``forms`` (how the
text is written: TeX, Unicode, distractor givens, multi-step, ...) and ``readings`` (for a question with two standard readings, the key of each; an
answer matching any reading is correct). Its bodies may return pint quantities (converted to the
item's unit, so a dimension slip raises) or, for an ambiguous item, a dict reading -> value.
"""

from __future__ import annotations

import ast
import inspect
import math
import textwrap
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from scipy import constants as C

# CODATA 2018 constants (scipy.constants), SI units
R = C.R  # J/(mol K)
K_B = C.k  # J/K
K_B_EV = C.k / C.e  # eV/K
N_A = C.N_A  # 1/mol
E_CHARGE = C.e  # C
FARADAY = C.physical_constants["Faraday constant"][0]  # C/mol
H_PLANCK = C.h  # J s
C_LIGHT = C.c  # m/s
MU_0 = C.mu_0  # T m/A
MU_B = C.physical_constants["Bohr magneton"][0]  # J/T = A m^2
EPS_0 = C.epsilon_0  # F/m
YEAR_S = 365.25 * 24 * 3600  # s (Julian year, pint's "year")

TOPICS = (
    "crystallography_xrd",
    "imperfections",
    "diffusion",
    "mechanical_properties",
    "dislocations_strengthening",
    "failure",
    "phase_diagrams",
    "transformations_kinetics",
    "thermodynamics",
    "electrical_semiconductors",
    "magnetic",
    "optical_thermal",
    "polymers",
    "ceramics_composites",
    "corrosion",
)

# Set heldout2 follows the 14 topics of a qualifying exam in materials science and metallurgy.
HELDOUT2_TOPICS = (
    "crystallography_xrd",
    "point_defects",
    "diffusion",
    "mechanical_failure",
    "phase_diagrams",
    "transformations",
    "electrical_semiconductors",
    "magnetic",
    "optical",
    "thermal",
    "polymers",
    "ceramics",
    "composites",
    "corrosion",
)

# Set heldout3: the 14 topics of the qualifying exam as grouped for set D (mechanical properties with
# failure; ceramics with composites; thermodynamics on its own).
HELDOUT3_TOPICS = (
    "crystallography_xrd",
    "defects",
    "diffusion",
    "mechanical_failure",
    "phase_diagrams",
    "transformations_kinetics",
    "thermodynamics",
    "electrical_semiconductors",
    "magnetic",
    "optical",
    "thermal",
    "polymers",
    "ceramics_composites",
    "corrosion",
)

# Set heldout4 (set E) uses set D's 14 topics (ASTM grain size under defects, heat transfer under
# thermal), so the two sets' per-topic figures can be compared.
HELDOUT4_TOPICS = HELDOUT3_TOPICS

# Set heldout5 (set F) keeps the same 14 topics, so its per-topic figures compare with D and E.
HELDOUT5_TOPICS = HELDOUT3_TOPICS

# Set heldout6 (set G): the 14 topics as its brief grouped them (mechanical properties apart from
# failure; thermodynamics with the kinetics of transformations).
HELDOUT6_TOPICS = (
    "crystallography_xrd",
    "defects",
    "diffusion",
    "mechanical_properties",
    "failure",
    "phase_diagrams",
    "transformations_kinetics",
    "electrical_semiconductors",
    "magnetic",
    "optical",
    "thermal",
    "polymers",
    "ceramics_composites",
    "corrosion",
)

# Sets whose items carry a worked solution, forms and readings (pint-computed keys).
# Set heldout7 (set H) keeps set G's 14 topics; two writers each wrote seven of them.
HELDOUT7_TOPICS = HELDOUT6_TOPICS

# Set heldout8 (set I) keeps the same 14 topics; two writers each wrote seven of them.
HELDOUT8_TOPICS = HELDOUT6_TOPICS

# Set heldout9 (set J) keeps the same 14 topics; two writers each wrote seven of them.
HELDOUT9_TOPICS = HELDOUT6_TOPICS

# Set heldout10 (set K) keeps the same 14 topics; two writers each wrote seven of them.
HELDOUT10_TOPICS = HELDOUT6_TOPICS

# Set heldout11 (set L) keeps the same 14 topics; two writers each wrote seven of them.
HELDOUT11_TOPICS = HELDOUT6_TOPICS

# Set heldout12 (set M) keeps the same 14 topics; two writers each wrote seven of them.
HELDOUT12_TOPICS = HELDOUT6_TOPICS

# Set heldout13 (set N) keeps the same 14 topics; two writers each wrote seven of them.
HELDOUT13_TOPICS = HELDOUT6_TOPICS

# Set heldout14 (set O) keeps the same 14 topics; two writers each wrote seven of them.
HELDOUT14_TOPICS = HELDOUT6_TOPICS

# Set heldout15 (set P) keeps the same 14 topics; two writers each wrote seven of them.
HELDOUT15_TOPICS = HELDOUT6_TOPICS

# Set heldout16 (set Q) keeps the same 14 topics; two writers each wrote seven of them.
HELDOUT16_TOPICS = HELDOUT6_TOPICS

# Set heldout17 (set R) keeps the same 14 topics; two writers each wrote seven of them.
HELDOUT17_TOPICS = HELDOUT6_TOPICS

# Set heldout18 (set S) keeps the same 14 topics; two writers each wrote seven of them.
HELDOUT18_TOPICS = HELDOUT6_TOPICS

# Set heldout19 (set T) keeps the same 14 topics; two writers each wrote seven of them.
HELDOUT19_TOPICS = HELDOUT6_TOPICS

# Set heldout20 (set U) keeps the same 14 topics; two writers each wrote seven of them.
HELDOUT20_TOPICS = HELDOUT6_TOPICS

# Set heldout21 (set V) keeps the same 14 topics; two writers each wrote seven of them.
HELDOUT21_TOPICS = HELDOUT6_TOPICS

# Set heldout22 (set W) keeps the same 14 topics; two writers each wrote seven of them.
HELDOUT22_TOPICS = HELDOUT6_TOPICS

# Set heldout23 (set X) keeps the same 14 topics; two writers each wrote seven of them.
HELDOUT23_TOPICS = HELDOUT6_TOPICS

# Set heldout24 (set Y) keeps the same 14 topics; two writers each wrote seven of them.
HELDOUT24_TOPICS = HELDOUT6_TOPICS

# Set heldout25 (set Z) covers all 15 course topics (TOPICS): one writer eight, the other seven.
HELDOUT25_TOPICS = TOPICS

WORKED_SETS = (
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


@lru_cache(maxsize=1)
def ureg() -> Any:
    """The one pint registry the item bodies compute with (pint is imported only when asked)."""
    import pint

    return pint.UnitRegistry()


@dataclass
class ExamItem:
    """One question: the key is ``value`` in ``unit`` (pint-readable); None when it must be refused."""

    id: str
    set: str
    topic: str
    question: str
    value: float | None
    unit: str | None
    tolerance: dict[str, Any] | None
    source: str
    computation: str
    refuse: str | None = None
    solution: str | None = None
    forms: list[str] | None = None
    readings: list[dict[str, Any]] | None = None

    def as_dict(self) -> dict[str, Any]:
        """The JSON record; the worked-set-only fields are left out where they are None."""
        record = asdict(self)
        for key in ("solution", "forms", "readings"):
            if record[key] is None:
                del record[key]
        return record


REGISTRY: dict[str, list[ExamItem]] = {
    "dev": [],
    "heldout": [],
    "heldout2": [],
    "heldout3": [],
    "heldout4": [],
    "heldout5": [],
    "heldout6": [],
    "heldout7": [],
    "heldout8": [],
    "heldout9": [],
    "heldout10": [],
    "heldout11": [],
    "heldout12": [],
    "heldout13": [],
    "heldout14": [],
    "heldout15": [],
    "heldout16": [],
    "heldout17": [],
    "heldout18": [],
    "heldout19": [],
    "heldout20": [],
    "heldout21": [],
    "heldout22": [],
    "heldout23": [],
    "heldout24": [],
    "heldout25": [],
}


def _to_unit(value: Any, unit: str | None) -> Any:
    """A pint quantity as a float in ``unit`` (raises on another dimension); other values as given."""
    if hasattr(value, "to") and hasattr(value, "magnitude"):
        return float(value.to(unit or "dimensionless").magnitude)
    return value


def _body_without_docstring(fn: Callable[[], Any]) -> str:
    tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
    func = tree.body[0]
    assert isinstance(func, ast.FunctionDef)
    body = func.body[1:] if isinstance(func.body[0], ast.Expr) else func.body
    return "\n".join(ast.unparse(node) for node in body)


def item(
    set_name: str,
    topic: str,
    unit: str | None,
    source: str,
    *,
    decimals: int | None = None,
    abs_tol: float | None = None,
    rel_tol: float | None = None,
    refuse: str | None = None,
    solution: str | None = None,
    forms: tuple[str, ...] = (),
) -> Callable[[Callable[[], Any]], Callable[[], Any]]:
    """Register the decorated function as one exam question of ``set_name`` ("dev", "heldout", ...).

    ``decimals``: the question asks the answer rounded to that many decimals (the key is rounded,
    the tolerance is half a unit of the last place); ``abs_tol``: an absolute tolerance (integer
    answers); ``rel_tol``: a relative tolerance wider than the default where the textbook's
    rounding of the givens demands it; otherwise 2 % relative. ``solution``/``forms``: the worked
    sets (heldout2 to heldout25) only (required there).
    """
    worked_set = set_name in WORKED_SETS
    topics = {
        "heldout2": HELDOUT2_TOPICS,
        "heldout3": HELDOUT3_TOPICS,
        "heldout4": HELDOUT4_TOPICS,
        "heldout5": HELDOUT5_TOPICS,
        "heldout6": HELDOUT6_TOPICS,
        "heldout7": HELDOUT7_TOPICS,
        "heldout8": HELDOUT8_TOPICS,
        "heldout9": HELDOUT9_TOPICS,
        "heldout10": HELDOUT10_TOPICS,
        "heldout11": HELDOUT11_TOPICS,
        "heldout12": HELDOUT12_TOPICS,
        "heldout13": HELDOUT13_TOPICS,
        "heldout14": HELDOUT14_TOPICS,
        "heldout15": HELDOUT15_TOPICS,
        "heldout16": HELDOUT16_TOPICS,
        "heldout17": HELDOUT17_TOPICS,
        "heldout18": HELDOUT18_TOPICS,
        "heldout19": HELDOUT19_TOPICS,
        "heldout20": HELDOUT20_TOPICS,
        "heldout21": HELDOUT21_TOPICS,
        "heldout22": HELDOUT22_TOPICS,
        "heldout23": HELDOUT23_TOPICS,
        "heldout24": HELDOUT24_TOPICS,
        "heldout25": HELDOUT25_TOPICS,
    }.get(set_name, TOPICS)
    if topic not in topics:
        raise ValueError(f"unknown topic {topic!r}")
    if worked_set and not (solution and solution.strip()):
        raise ValueError(f"a {set_name} item needs its worked solution")

    def register(fn: Callable[[], Any]) -> Callable[[], Any]:
        question = inspect.cleandoc(fn.__doc__ or "")
        value = fn()
        readings: list[dict[str, Any]] | None = [] if worked_set else None
        if isinstance(value, dict):  # two standard readings: the first is the primary key
            if len(value) < 2:
                raise ValueError(f"{fn.__name__}: an ambiguous item names at least two readings")
            readings = [
                {"reading": name, "value": _to_unit(v, unit), "unit": unit}
                for name, v in value.items()
            ]
            value = readings[0]["value"]
        value = _to_unit(value, unit)
        tolerance: dict[str, Any] | None
        if refuse is not None:
            if value is not None:
                raise ValueError(f"{fn.__name__}: a must-refuse item returns None")
            tolerance = None
        else:
            value = float(value)
            if not math.isfinite(value):
                raise ValueError(f"{fn.__name__}: key {value} is not finite")
            if decimals is not None:
                value = round(value, decimals)
                tolerance = {"kind": "round", "decimals": decimals, "abs": 0.5 * 10.0**-decimals}
            elif abs_tol is not None:
                tolerance = {"kind": "abs", "abs": abs_tol}
            elif rel_tol is not None:
                if not 0.0 < rel_tol < 1.0:
                    raise ValueError(f"{fn.__name__}: rel_tol {rel_tol} is not in (0, 1)")
                tolerance = {"kind": "rel", "rel": rel_tol}
            else:
                tolerance = {"kind": "rel", "rel": 0.02}
        if readings:
            for reading in readings:
                reading["value"] = float(reading["value"])
                if decimals is not None:
                    reading["value"] = round(reading["value"], decimals)
        worked = None
        if worked_set:
            key = "must be refused" if value is None else f"{value:.4g} {unit}"
            if readings:
                key = "; ".join(f"{r['reading']}: {r['value']:.4g} {unit}" for r in readings)
            worked = f"{inspect.cleandoc(solution or '')} Answer: {key}."
        REGISTRY[set_name].append(
            ExamItem(
                id=fn.__name__,
                set=set_name,
                topic=topic,
                question=question,
                value=value,
                unit=unit,
                tolerance=tolerance,
                source=source,
                computation=_body_without_docstring(fn),
                refuse=refuse,
                solution=worked,
                forms=list(forms) if worked_set else None,
                readings=readings,
            )
        )
        return fn

    return register
