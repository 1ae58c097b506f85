"""A scientist's name before the idea it names is not a unit.

pint knows some surnames as units: 'Fermi' (femtometre), 'Debye' (the dipole unit, 3.34e-30 C·m) and
'Curie' (3.7e10 Bq). In exam prose the same words mostly name a concept: the Fermi level, Fermi energy,
Fermi–Dirac statistics, the Debye temperature, the Curie point. After a number, or in an 'in ...' unit
request, the name is read as a unit only when no such concept noun follows it: '5 fermi' and '1.2 Fermi'
stay lengths (fm), while '2 Fermi surface sheets' gives the bare count 2 and 'in Fermi energy units'
names no unit.
"""

from __future__ import annotations

import re

# the surnames pint reads as units that also name concepts in a physics text (plurals allowed)
_EPONYM_UNITS = frozenset({"fermi", "debye", "curie"})

# the concept nouns such a name qualifies; a dash joining a second name ('Fermi–Dirac') counts too
_CONCEPT_AFTER = re.compile(
    r"\s*(?:[-‐‑–—]\s*[A-Z][a-z]+"
    r"|(?:levels?|energ(?:y|ies)|functions?|distributions?|statistics|temperatures?|"
    r"velocit(?:y|ies)|speeds?|surfaces?|spheres?|wave\s*(?:vectors?|numbers?|lengths?)|"
    r"wavevectors?|wavenumbers?|wavelengths?|gas(?:es)?|frequenc(?:y|ies)|momentum|momenta|"
    r"points?|laws?|constants?|models?|sea|integrals?|pressure|"
    r"Dirac)\b)",
    re.I,
)


def names_a_concept(cand: str, following: str) -> bool:
    """True when the unit word ``cand`` is a name qualifying the noun that ``following`` starts with.

    ``names_a_concept("Fermi", " level")`` and ``("Fermi", "–Dirac")`` are True; ``("Fermi", ".")``,
    ``("fm", " energy")`` and ``("Kelvin", " temperature rise")`` are False (only the listed surnames).
    """
    word = cand.strip().rstrip(".,;:")
    if not re.fullmatch(r"[A-Za-z]+", word):
        return False
    base = word.lower()
    if base not in _EPONYM_UNITS and base[:-1] not in _EPONYM_UNITS:
        return False
    return bool(_CONCEPT_AFTER.match(following))
