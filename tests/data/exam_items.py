"""The registry behind tests/data/build_answer_exam.py: one decorated function per exam question.

Each question is a function whose docstring is the question text (as an exam paper would print
it) and whose body computes the key from the givens with explicit formulas, plain ``math``,
``scipy.special`` and ``scipy.constants`` (CODATA 2018). The builder stores the body (without the
docstring) as the item's ``computation``, so every key can be re-derived by reading it.

Questions that must be refused return ``None`` and carry ``refuse=`` with the reason.
"""

from __future__ import annotations

import ast
import inspect
import math
import textwrap
from collections.abc import Callable
from dataclasses import asdict, dataclass
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

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


REGISTRY: dict[str, list[ExamItem]] = {"dev": [], "heldout": []}


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
    refuse: str | None = None,
) -> Callable[[Callable[[], Any]], Callable[[], Any]]:
    """Register the decorated function as one exam question of ``set_name`` ("dev"/"heldout").

    ``decimals``: the question asks the answer rounded to that many decimals (the key is rounded,
    the tolerance is half a unit of the last place); ``abs_tol``: an absolute tolerance (integer
    answers); otherwise 2 % relative.
    """
    if topic not in TOPICS:
        raise ValueError(f"unknown topic {topic!r}")

    def register(fn: Callable[[], Any]) -> Callable[[], Any]:
        question = inspect.cleandoc(fn.__doc__ or "")
        value = fn()
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
            else:
                tolerance = {"kind": "rel", "rel": 0.02}
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
            )
        )
        return fn

    return register
