"""Composition features from guessed oxidation states (metal / insulator cues).

For each composition the most probable charge-balanced assignment of integer
oxidation states to its atoms is found, first with each element's ICSD states
(pymatgen's ``icsd_oxidation_states``, else its common states), then with all
its known states. "Most probable" scores each atom's state by how often the
ICSD shows that element in that state (pymatgen's occurrence counts), so the
answer matches pymatgen's ``Composition.oxi_state_guesses`` ranking in spirit;
the search here is a dynamic programme over achievable total charges, fast for
formulas with tens of atoms per element and for non-integer formulas scaled to
integers, where pymatgen's enumeration of every combination is not.

From that assignment come the chemistry cues of a metal or an insulator:

- whether a charge-balanced assignment exists at all (common / all states),
  the per-atom geometric-mean probability of the best one, and, when none
  exists with ICSD states, how many electrons per atom must be left unassigned
  (positive: more electrons than the anions can take, as in intermetallics and
  suboxides such as Zr6O; negative: too few);
- d-electron counts of transition-metal atoms in their assigned state
  (d0 / d10 / partially filled d shell) and f-electron counts of the lanthanides
  and actinides;
- mixed valence (one element in two states, as Fe in Fe3O4);
- whether the formula needed scaling to integers (non-stoichiometric phases, alloys).

Every feature is NaN where it is undefined (no assignment, no transition metal).
- valence electrons per atom of the most electronegative p-block element (the
  Zintl / 8 − N count: 8 for octet semiconductors such as Mg2Sn, more when
  electrons are left over).

The same count taken from the assigned states, and the anion–cation
electronegativity difference, were measured too and did not help (matbench
expt_is_metal, inner cross-validation of the training folds).
"""

from __future__ import annotations

import math
from functools import cache, lru_cache
from typing import Any

import numpy as np

MAX_SCALE = 20
"""Non-integer formulas are scaled by the smallest factor up to this one that makes every
amount an integer (within ``INTEGER_TOLERANCE``); beyond, the features are NaN."""
INTEGER_TOLERANCE = 0.02
EXACT_TOLERANCE = 1e-3
"""Scaled amounts within ``EXACT_TOLERANCE`` of integers are preferred to those within
``INTEGER_TOLERANCE`` (Cu0.46Zr0.54 is Cu23Zr27, not Cu6Zr7)."""
MAX_FRACTION_ATOMS = 100
"""Atom fractions are tried as formulas of up to this many atoms (see ``integer_amounts``)."""
MAX_ATOMS = 400
"""Formulas with more atoms than this after reduction and scaling get NaN features (the
search grows with atoms × states)."""
UNSEEN_STATE_PROBABILITY = 1e-3
"""Probability given to a state the ICSD occurrence table does not list for an element."""

FEATURE_LABELS = [
    "balanced (ICSD states)",
    "balanced (all states)",
    "site probability of best assignment",
    "unassigned electrons per atom (ICSD states)",
    "non-integer formula",
    "min oxidation state",
    "max oxidation state",
    "cation fraction",
    "anion fraction",
    "mixed-valence atom fraction",
    "mean d electrons of transition metals",
    "min d electrons of transition metals",
    "max d electrons of transition metals",
    "partially filled d fraction of transition metals",
    "d0 fraction of transition metals",
    "d10 fraction of transition metals",
    "partially filled d atom fraction",
    "partially filled f atom fraction",
    "valence electrons per anion (Zintl count)",
]


@lru_cache(maxsize=1)
def _state_probabilities() -> dict[tuple[str, int], float]:
    """P(state | element) from pymatgen's ICSD occurrence counts."""
    import warnings

    from pymatgen.core import Composition

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        Composition("NaCl").oxi_state_guesses()  # loads Composition.oxi_prob
    counts: dict[tuple[str, int], float] = {}
    totals: dict[str, float] = {}
    for species, count in (Composition.oxi_prob or {}).items():
        state = species.oxi_state
        if state is None or state != int(state):
            continue
        key = (species.symbol, int(state))
        counts[key] = counts.get(key, 0.0) + float(count)
        totals[species.symbol] = totals.get(species.symbol, 0.0) + float(count)
    return {key: c / totals[key[0]] for key, c in counts.items() if totals[key[0]] > 0}


@cache
def _element_facts(symbol: str) -> dict[str, Any]:
    from pymatgen.core import Element

    el = Element(symbol)
    icsd = tuple(el.icsd_oxidation_states or el.common_oxidation_states or ())
    every = tuple(sorted(set(el.oxidation_states) | set(icsd)))
    probs = _state_probabilities()
    return {
        "icsd": icsd or (0,),
        "all": every or (0,),
        "logp": {s: math.log(probs.get((symbol, s), UNSEEN_STATE_PROBABILITY)) for s in every},
        "Z": el.Z,
        "X": float(el.X) if el.X == el.X else math.nan,
        "valence": _zintl_valence(el, icsd),
        "group": el.group,
        "transition": bool(el.is_transition_metal) and el.group is not None and 3 <= el.group <= 12,
        "lanthanide": 57 <= el.Z <= 71,
        "actinide": 89 <= el.Z <= 103,
    }


def _zintl_valence(el: Any, icsd: tuple[int, ...]) -> int:
    """Valence electrons an atom brings to the Zintl count: the group number for groups 1, 2
    and 11-17 (s + p electrons), the lowest positive ICSD state for other metals."""
    group = el.group
    if group in (1, 2):
        return group
    if group is not None and 11 <= group <= 17:
        return group - 10
    positive = [s for s in icsd if s > 0]
    return min(positive) if positive else 0


def zintl_count(amounts: dict[str, float]) -> float:
    """Valence electrons per atom of the most electronegative p-block element (groups
    14-17), all atoms' valence electrons counted: 8 for an octet (8 − N) compound such as
    Mg2Sn or Li3Bi, less with anion–anion bonds (CaSi2: 5), more when electrons are left
    over (metallic). NaN without a p-block element or for one element; ``oxidation_features``
    leaves it NaN for compositions without an integer formula (dilute solutions such as a
    steel's 0.1 % C, where electrons per C atom would mean nothing)."""
    anions = [el for el in amounts if _element_facts(el)["group"] in (14, 15, 16, 17)]
    anions = [
        el for el in anions if el != "H" and _element_facts(el)["X"] == _element_facts(el)["X"]
    ]
    if not anions or len(amounts) < 2:
        return math.nan
    anion = max(anions, key=lambda el: _element_facts(el)["X"])
    electrons = sum(amt * _element_facts(el)["valence"] for el, amt in amounts.items())
    return electrons / amounts[anion]


def integer_amounts(amounts: dict[str, float]) -> tuple[dict[str, int], bool] | None:
    """Smallest integer formula of ``amounts`` (reduced by the gcd), and whether the
    amounts as written were not integers; None when none is found.

    First the amounts as written are scaled by 1..``MAX_SCALE`` (In1.1Cu0.9Se2.1 →
    In11Cu9Se21); then the atom fractions by 2..``MAX_FRACTION_ATOMS`` (Cu0.46Zr0.54 →
    Cu23Zr27, the same formula as Cu46Zr54), so equal compositions written differently
    get the same integer formula.
    """
    candidates = [{el: amt * f for el, amt in amounts.items()} for f in range(1, MAX_SCALE + 1)]
    total = sum(amounts.values())
    candidates += [
        {el: amt / total * m for el, amt in amounts.items()}
        for m in range(2, MAX_FRACTION_ATOMS + 1)
    ]
    written_integers = all(abs(a - round(a)) <= 1e-9 for a in amounts.values())
    for tolerance in (EXACT_TOLERANCE, INTEGER_TOLERANCE):  # an exact reading wins
        for scaled in candidates:
            if all(abs(v - round(v)) <= tolerance for v in scaled.values()):
                ints = {el: round(v) for el, v in scaled.items()}
                if any(v <= 0 for v in ints.values()):
                    continue
                g = 0
                for v in ints.values():
                    g = math.gcd(g, v)
                return {el: v // g for el, v in ints.items()}, not written_integers
    return None


def _element_totals(n: int, logp: dict[int, float], states: tuple[int, ...]) -> dict[int, tuple]:
    """For ``n`` atoms of one element: total charge → (best summed log-probability, counts of
    each state). Dynamic programme over atoms, states in ascending order (multisets)."""
    # (total charge, atoms placed) → (best score, atoms per state)
    best: dict[tuple[int, int], tuple[float, tuple[int, ...]]] = {(0, 0): (0.0, (0,) * len(states))}
    for i, s in enumerate(states):  # how many atoms take state s (multiset, state by state)
        last = i == len(states) - 1
        nxt: dict[tuple[int, int], tuple[float, tuple[int, ...]]] = {}
        for (total, used), (score, counts) in best.items():
            for k in range(n - used, n - used + 1) if last else range(n - used + 1):
                key = (total + k * s, used + k)
                sc = score + k * logp[s]
                if key not in nxt or sc > nxt[key][0]:
                    c = list(counts)
                    c[i] = k
                    nxt[key] = (sc, tuple(c))
        best = nxt
    return {t: v for (t, used), v in best.items() if used == n}


def best_assignment(amounts: dict[str, int], which: str) -> tuple[float, dict] | None:
    """The most probable charge-balanced assignment: (summed log-probability,
    {element: {state: atoms}}), or None when no assignment balances."""
    per_element = []
    for el, n in amounts.items():
        facts = _element_facts(el)
        states = tuple(sorted(facts[which]))
        per_element.append((el, states, _element_totals(n, facts["logp"], states)))
    # combine elements: total charge → (score, choice per element)
    combined: dict[int, tuple[float, tuple[int, ...]]] = {0: (0.0, ())}
    for _, _, totals in per_element:
        nxt: dict[int, tuple[float, tuple[int, ...]]] = {}
        for t0, (s0, picks) in combined.items():
            for t1, (s1, _) in totals.items():
                t, s = t0 + t1, s0 + s1
                if t not in nxt or s > nxt[t][0]:
                    nxt[t] = (s, (*picks, t1))
        combined = nxt
    if 0 not in combined:
        return None
    score, picks = combined[0]
    out = {}
    for (el, states, totals), t in zip(per_element, picks, strict=True):
        counts = totals[t][1]
        out[el] = {s: k for s, k in zip(states, counts, strict=True) if k}
    return score, out


def _unassigned(amounts: dict[str, int]) -> float:
    """Electrons per atom no ICSD-state assignment can place: the distance of 0 from the
    range of achievable total charges, signed (+: the lowest total is still positive,
    electrons to spare; −: the highest is still negative, electrons missing)."""
    lo = hi = 0
    for el, n in amounts.items():
        states = _element_facts(el)["icsd"]
        lo += n * min(states)
        hi += n * max(states)
    atoms = sum(amounts.values())
    if lo > 0:
        return lo / atoms
    if hi < 0:
        return hi / atoms
    return 0.0


def _d_electrons(facts: dict[str, Any], state: int) -> float:
    return float(min(max(facts["group"] - state, 0), 10))


def _f_electrons(facts: dict[str, Any], state: int) -> float:
    core = 54 if facts["lanthanide"] else 86
    return float(min(max(facts["Z"] - core - state, 0), 14))


def oxidation_features(comp: Any) -> list[float]:
    """The ``FEATURE_LABELS`` values of one composition (NaN where undefined).

    ``comp``: a pymatgen ``Composition`` or anything ``featurize.to_composition`` reads
    (a formula string, a structure, an ``{element: amount}`` mapping); a value that is
    not a composition raises ``ValueError`` saying why.
    """
    if not hasattr(comp, "element_composition"):
        from .featurize import to_composition

        try:
            comp = to_composition(comp)
        except ValueError as exc:
            raise ValueError(f"{comp!r}: {exc}") from None
    nan = math.nan
    out = [nan] * len(FEATURE_LABELS)
    amounts = {el.symbol: float(amt) for el, amt in comp.element_composition.items() if amt > 0}
    if not amounts:
        raise ValueError("empty composition")
    scaled = integer_amounts(amounts)
    if scaled is None:  # a solution (steel), not a compound: no electron counting
        out[4] = 1.0
        return out
    out[18] = zintl_count(amounts)
    ints, non_integer = scaled
    atoms = sum(ints.values())
    out[4] = float(non_integer)
    if atoms > MAX_ATOMS:
        return out
    out[3] = _unassigned(ints)
    if len(ints) == 1:  # an element: every atom neutral
        out[0] = out[1] = 1.0
        return out
    icsd = best_assignment(ints, "icsd")
    every = icsd if icsd is not None else best_assignment(ints, "all")
    out[0] = float(icsd is not None)
    out[1] = float(every is not None)
    if every is None:
        return out
    score, assignment = every
    out[2] = math.exp(score / atoms)
    states = [(el, s, k) for el, by_state in assignment.items() for s, k in by_state.items()]
    out[5] = float(min(s for _, s, _ in states))
    out[6] = float(max(s for _, s, _ in states))
    cations = sum(k for _, s, k in states if s > 0)
    anions = sum(k for _, s, k in states if s < 0)
    out[7], out[8] = cations / atoms, anions / atoms
    out[9] = sum(ints[el] for el, by_state in assignment.items() if len(by_state) > 1) / atoms
    d_counts = []  # (d electrons, atoms)
    partial_f = 0
    for el, s, k in states:
        facts = _element_facts(el)
        if facts["transition"]:
            d_counts.append((_d_electrons(facts, s), k))
        elif facts["lanthanide"] or facts["actinide"]:
            f = _f_electrons(facts, s)
            partial_f += k if 0 < f < 14 else 0
    if d_counts:
        tm = sum(k for _, k in d_counts)
        partial = sum(k for d, k in d_counts if 0 < d < 10)
        out[10] = sum(d * k for d, k in d_counts) / tm
        out[11] = min(d for d, _ in d_counts)
        out[12] = max(d for d, _ in d_counts)
        out[13] = partial / tm
        out[14] = sum(k for d, k in d_counts if d == 0) / tm
        out[15] = sum(k for d, k in d_counts if d == 10) / tm
        out[16] = partial / atoms
    else:
        out[16] = 0.0
    out[17] = partial_f / atoms
    return out


class OxidationStateFeatures:
    """matminer-style featurizer (``feature_labels`` / ``featurize``) of ``oxidation_features``."""

    def feature_labels(self) -> list[str]:
        return list(FEATURE_LABELS)

    def featurize(self, comp: Any) -> list[float]:
        return oxidation_features(comp)


def features(compositions: list[Any]) -> tuple[np.ndarray, list[str]]:
    """``(len(compositions), n)`` float32 matrix and labels (for development scripts)."""
    rows = [oxidation_features(c) for c in compositions]
    return np.asarray(rows, dtype=np.float32).reshape(len(rows), len(FEATURE_LABELS)), list(
        FEATURE_LABELS
    )
