"""Unpaired electrons of first- and second-period diatomic species from molecular-orbital filling.

A question that lists species ('H₂, He₂⁺, B₂, O₂⁻ …') and asks how many are diamagnetic (no
unpaired electron) or paramagnetic has one answer fixed by filling the molecular orbitals with the
species' electrons (the atomic numbers' sum less the charge), Hund's rule in the two degenerate
π orbitals:

* up to N₂ (B, C, N; s–p mixing): σ1s σ*1s σ2s σ*2s π2p σ2p π*2p σ*2p;
* from O₂ on: σ1s σ*1s σ2s σ*2s σ2p π2p π*2p σ*2p.

A heteronuclear diatomic (NO, CO, CN⁻) is read with both orders and kept only when they agree. A
species of bond order 0 (He₂, Be₂, Ne₂) is said not to exist, so whether it counts is open, as is
any species that is not a diatomic of the first two periods: a count is then only bounded. The final
answer (a plain number of species, no unit) is wrong only when it lies outside those bounds.
"""

from __future__ import annotations

import re

from .checks import Check
from .vsepr import listed_species

_Z = {"H": 1, "He": 2, "Li": 3, "Be": 4, "B": 5, "C": 6, "N": 7, "O": 8, "F": 9, "Ne": 10}
# (electrons held, bonding?, degenerate pair?) in filling order
_MIXED = (
    (2, True, False), (2, False, False), (2, True, False), (2, False, False),
    (4, True, True), (2, True, False), (4, False, True), (2, False, False),
)  # fmt: skip
_PLAIN = (
    (2, True, False), (2, False, False), (2, True, False), (2, False, False),
    (2, True, False), (4, True, True), (4, False, True), (2, False, False),
)  # fmt: skip
_ASKED = re.compile(
    r"(?:number\s+of|how\s+many)\s+(?:the\s+)?(?:given\s+)?(?:species|molecules|ions)?[^.?]*?"
    r"\b(diamagnetic|paramagnetic)\b",
    re.I,
)


def _fill(electrons: int, order: tuple[tuple[int, bool, bool], ...]) -> tuple[int, float] | None:
    """(unpaired electrons, bond order) for ``electrons`` in ``order``; None past σ*2p."""
    unpaired, bonding, antibonding = 0, 0, 0
    left = electrons
    for size, is_bonding, paired_set in order:
        k = min(left, size)
        left -= k
        unpaired += (k if k <= 2 else size - k) if paired_set else k % 2
        if is_bonding:
            bonding += k
        else:
            antibonding += k
    if left:
        return None
    return unpaired, (bonding - antibonding) / 2


def unpaired_electrons(body: str, charge: int) -> int | None:
    """Unpaired electrons of a diatomic 'O2', 'NO', 'CN' with ``charge``; None when not fixed."""
    atoms = re.fullmatch(r"([A-Z][a-z]?)(2?)([A-Z][a-z]?)?", body)
    if atoms is None:
        return None
    first, two, second = atoms.groups()
    if bool(two) == bool(second):  # 'O2' or 'NO', not 'O' or 'N2O'
        return None
    pair = (first, first) if two else (first, second)
    if any(el not in _Z for el in pair):
        return None
    electrons = _Z[pair[0]] + _Z[pair[1]] - charge
    if electrons <= 0:
        return None
    mixed, plain = _fill(electrons, _MIXED), _fill(electrons, _PLAIN)
    homonuclear = mixed if _Z[pair[0]] <= 7 else plain
    chosen = homonuclear if pair[0] == pair[1] else (mixed if mixed == plain else None)
    if chosen is None or chosen[1] <= 0:  # bond order 0: said not to exist
        return None
    return chosen[0]


def magnetic_count_check(question: str, final_value: float | None) -> Check | None:
    """The response's count of dia- or paramagnetic species against MO filling; None otherwise."""
    asked = _ASKED.search(question)
    if asked is None or final_value is None:
        return None
    species = listed_species(question)
    if len(species) < 2:
        return None
    want_para = asked.group(1).lower() == "paramagnetic"
    yes: list[str] = []
    open_: list[str] = []
    for body, charge in species:
        name = body + (
            f"^{abs(charge) if abs(charge) > 1 else ''}{'+' if charge > 0 else '−'}"
            if charge
            else ""
        )
        n = unpaired_electrons(body, charge)
        if n is None:
            open_.append(name)
        elif (n > 0) == want_para:
            yes.append(name)
    if not yes and not open_:
        return None
    low, high = len(yes), len(yes) + len(open_)
    kind = asked.group(1).lower()
    if low <= final_value <= high and float(final_value).is_integer():
        if low == high:
            return Check("MO filling", True, f"{low} {kind} species: {', '.join(yes)}")
        return None
    unsure = (
        f"; open (bond order 0 or not a first-row diatomic): {', '.join(open_)}" if open_ else ""
    )
    allowed = f"{low}" if low == high else f"between {low} and {high}"
    return Check(
        "MO filling",
        False,
        f"filling the molecular orbitals, the {kind} species are {', '.join(yes) or 'none'}"
        f"{unsure}; the count is {allowed}, not {final_value:g}",
    )
