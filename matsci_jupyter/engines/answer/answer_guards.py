"""Answers whose number depends on a convention the question does not fix: refused with the reason.

* Signed quantities a relation gives as a magnitude. A restrained bar heated by ΔT carries
  σ = −EαΔT (compressive); a bar under tension shrinks in diameter, Δd = −νεd₀. Keys write −120 MPa or
  '120 MPa (compressive)', −2.5 × 10⁻³ mm or 'a decrease of 2.5 × 10⁻³ mm'. Unless the question asks
  for the magnitude or names the direction itself ('the compressive stress', 'the reduction in
  diameter'), the number may disagree with the key in sign.
* The ASTM count N = 2^(n−1) is per square inch of a micrograph at 100×, an image area. Asked per
  mm² (or any area unit but the square inch) it could mean the image or the specimen (10⁴ times more):
  two readings, so no number.
"""

from __future__ import annotations

import re
from typing import Any

from .light_inside import light_inside_medium
from .signed_ask import stated_sign

# relation name -> words in the question that settle the sign (or ask for the magnitude)
_SIGN_SETTLED = {
    "thermal_stress": re.compile(
        r"\b(?:magnitude|absolute|compressive|tensile|compression|tension|how\s+large)\b", re.I
    ),
    "diameter_change_under_load": re.compile(
        r"\b(?:magnitude|absolute|reduction|reduced?|decrease[sd]?|contraction|contracts?|shrinks?|"
        r"increase[sd]?|expan(?:sion|ds?))\b",
        re.I,
    ),
    # ΔG_v = G_solid − G_liquid is negative below T_m; the relation gives the driving force |ΔG_v|
    "solidification_driving_force_volume": re.compile(
        r"\b(?:driving|magnitude|absolute|how\s+large)\b", re.I
    ),
    "solidification_driving_force_molar": re.compile(
        r"\b(?:driving|magnitude|absolute|how\s+large)\b", re.I
    ),
}
_SIGN_WHAT = {
    "thermal_stress": "the stress (compressive is negative)",
    "diameter_change_under_load": "the change in diameter (a decrease is negative)",
    "solidification_driving_force_volume": "the free-energy change on freezing (negative below T_m)",
    "solidification_driving_force_molar": "the free-energy change on freezing (negative below T_m)",
}


_CRITICAL_ANGLE = frozenset(
    ("critical_angle_into_air", "critical_angle_to_air", "critical_angle_two_media")
)
# light that comes from air (or vacuum) into the medium
# text within one sentence: a decimal point between digits does not end it ('n = 2.42')
_SAME_SENTENCE = r"(?:[^.?;]|\.(?=\d))"
_FROM_AIR = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:air|vacuum)\s+(?:in)?to\b"
    r"|\bent(?:er|ers|ering|ered)\b" + _SAME_SENTENCE + r"*\bfrom\s+(?:the\s+)?(?:air|vacuum)\b",
    re.I,
)
# 'from water (n = 1.33) into glass (n = 1.50)': both indices written along the path
_PATH_INDICES = re.compile(
    r"\bfrom\b"
    + _SAME_SENTENCE
    + r"*?\bn(?:_?\w)?\s*=\s*(\d+(?:\.\d+)?)"
    + _SAME_SENTENCE
    + r"*?\b(?:in)?to\b"
    + _SAME_SENTENCE
    + r"*?\bn(?:_?\w)?\s*=\s*(\d+(?:\.\d+)?)",
    re.I,
)


# light that goes out of the medium into air: Snell's law read from air would swap the two angles
_INTO_AIR = re.compile(r"\b(?:in)?to\s+(?:the\s+)?(?:surrounding\s+)?(?:air|vacuum)\b", re.I)


def out_into_air(text: str) -> bool:
    """'Light passes from glass into air', 'leaves into the air': the light ends in air."""
    return bool(_INTO_AIR.search(text))


# 'water (n = 1.33)', 'a cladding of index 1.46', 'glass has n = 1.50', 'n_water = 1.33': a medium
# named with its refractive index
_NAMED_INDEX = (
    re.compile(
        r"\b(?P<name>[a-z]+)\s*\(\s*(?:n|refractive\s+index|index)\s*=\s*(?P<n>\d+(?:\.\d+)?)", re.I
    ),
    re.compile(
        r"\b(?P<name>[a-z]+)\s+(?:of|with|has|having)\s+(?:an?\s+)?(?:refractive\s+)?"
        r"(?:index(?:\s+of\s+refraction)?|n)\s*(?:of|=)?\s*(?P<n>\d+(?:\.\d+)?)",
        re.I,
    ),
    re.compile(r"\bn_(?P<name>[a-z]+)\s*=\s*(?P<n>\d+(?:\.\d+)?)", re.I),
    re.compile(r"\b(?P<name>[a-z]{3,})\s+n\s*=\s*(?P<n>\d+(?:\.\d+)?)", re.I),
)
# where the light is: 'light travelling in the water', 'a ray inside the cladding', 'from the water
# into the glass'
_LIGHT_IN = re.compile(
    r"\b(?:light|ray|beam|wave)\s+(?:\w+\s+){0,2}?(?:in|inside|within|through)\s+(?:the\s+)?"
    r"(?P<name>[a-z]+)\b",
    re.I,
)
_FROM_INTO = re.compile(
    r"\bfrom\s+(?:the\s+)?(?P<a>[a-z]+)\s+(?:in)?to\s+(?:the\s+)?(?P<b>[a-z]+)\b", re.I
)
_NOT_MEDIUM = frozenset(("air", "vacuum", "the", "a", "an", "its", "index", "medium", "which"))


def _stated_indices(text: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for pattern in _NAMED_INDEX:
        for m in pattern.finditer(text):
            name = m.group("name").lower()
            if name not in _NOT_MEDIUM:
                out.setdefault(name, float(m.group("n")))
    return out


def into_denser_medium(text: str) -> bool:
    """The question sends the light from the optically thinner medium into the denser one (from air
    into glass, from water (n = 1.33) into glass (n = 1.50), light travelling in the water that meets
    a diamond (n = 2.42)): there is no total internal reflection on that path, so no critical angle to
    give."""
    if _FROM_AIR.search(text):
        return True
    m = _PATH_INDICES.search(text)
    if m is not None and float(m.group(1)) < float(m.group(2)):
        return True
    indices = _stated_indices(text)
    if len(indices) < 2:
        return False
    for path in _FROM_INTO.finditer(text):
        a, b = path.group("a").lower(), path.group("b").lower()
        if a in indices and b in indices and indices[a] < indices[b]:
            return True
    for where in _LIGHT_IN.finditer(text):
        name = where.group("name").lower()
        if name in indices and indices[name] < max(indices.values()):
            return True
    return False


# vacuum or air named as what lies between a capacitor's plates
_EMPTY_GAP = re.compile(
    r"\b(?:vacuum|air)\s+(?:between|separating|in\s+the\s+gap|gap|filling)\b"
    r"|\b(?:vacuum|air)[\s-](?:filled|spaced|gap)\b|\b(?:separated|spaced)\s+by\s+[^.;?]{0,30}?\bof\s+"
    r"(?:vacuum|air)\b|\bby\s+(?:a\s+)?(?:vacuum|air)\b|\bin\s+(?:a\s+)?vacuum\b",
    re.I,
)
_DIELECTRIC_GIVEN = re.compile(
    r"(?:ε_?r|epsilon_?r|κ|\bk)\s*=\s*\d|\b(?:dielectric\s+constant|relative\s+permittivity)\b",
    re.I,
)
# the ask is about the capacitor once the dielectric is in: 'the new capacitance', 'after inserting'
_WITH_DIELECTRIC_ASKED = re.compile(r"\bnew\s+capacitance\b|\bafter\b|\bonce\b", re.I)


def two_gap_states(text: str) -> bool:
    """'Plates … with vacuum between them; a dielectric of ε_r = 6.0 is inserted later': the
    question describes the empty and the filled capacitor, and C = ε_rε₀A/d is only the filled one's
    capacitance."""
    return bool(
        _EMPTY_GAP.search(text)
        and _DIELECTRIC_GIVEN.search(text)
        and not _WITH_DIELECTRIC_ASKED.search(text)
    )


# a body the question leaves free to change length: no expansion is prevented, so no thermal stress
_FREE_TO_EXPAND = re.compile(
    r"(?<!\bnot\s)(?<!n't\s)(?<!\bnever\s)\bfree\s+to\s+(?:expand|contract|move|elongate|lengthen|"
    r"shrink)\b|\b(?:unrestrained|unconstrained|unclamped)\b|\bnot\s+(?:restrained|constrained|"
    r"clamped|held)\b"
    # a body resting loose ('rests free on rollers', 'freely supported', 'with free ends')
    r"|\b(?:rests?|resting|lies|lying|sits?|sitting|hangs?|hanging)\s+(?:free(?:ly)?|loose(?:ly)?)\b"
    r"|\bon\s+rollers\b|\bfreely\s+(?:supported|suspended)\b|\b(?:both\s+)?ends?\s+(?:are\s+|left\s+)?free\b",
    re.I,
)


def free_to_expand(text: str) -> bool:
    """'A rod lying free to expand', 'an unconstrained bar': thermal expansion is not prevented."""
    return bool(_FREE_TO_EXPAND.search(text))


# a material the stem calls ductile ('a highly ductile copper plate'); not 'non-ductile', 'not
# ductile', nor the ductile-to-brittle transition, and not when the stem calls it brittle as well
_DUCTILE = re.compile(
    r"(?<!non-)(?<!non)(?<!\bnot\s)(?<!\bless\s)\bductile\b(?!\s*(?:[-–—]|\s)\s*(?:to\s*[-–—]?\s*)?brittle)",
    re.I,
)
_BRITTLE = re.compile(r"\bbrittle\b", re.I)


def ductile_solid(text: str) -> bool:
    """The question calls the cracked material ductile and nowhere brittle."""
    return bool(_DUCTILE.search(text)) and not _BRITTLE.search(text)


# a metal or an alloy named as the material ('an annealed copper plate', 'a steel bar'); not a
# compound of it ('zinc oxide', 'iron carbide', 'copper sulphate') nor a ceramic named from it
# ('alumina', 'zirconia' are other words)
_METAL_MATERIAL = re.compile(
    r"\b(?:copper|alumin(?:i)?um|iron|steel|brass|bronze|nickel|titanium|magnesium|zinc|"
    r"silver|gold|tin|tungsten|molybdenum|cobalt|chromium|platinum|tantalum|niobium|"
    r"metal|metallic|alloy)\b"
    r"(?!\s*(?:\(\s*I+V?\s*\)\s*)?(?:oxides?|carbides?|nitrides?|sulph\w*|sulf\w*|chlorides?|"
    r"silicides?|borides?|titanates?|ions?)\b)",
    re.I,
)


def metal_solid(text: str) -> bool:
    """The question names a metal or an alloy as its material and nowhere calls it brittle."""
    return bool(_METAL_MATERIAL.search(text)) and not _BRITTLE.search(text)


# an absorption edge or a photoemission threshold is the longest wavelength (the lowest frequency or
# energy) that acts; any shorter wavelength acts too, so a 'shortest wavelength' has no value there
_EDGE_CONTEXT = re.compile(
    r"\b(?:band\s*gap|energy\s+gap|gap|excite[sd]?|absorb(?:s|ed)?|absorption|transparent|"
    r"work\s+function|threshold|ejects?)\b",
    re.I,
)
_WRONG_END = re.compile(
    r"\b(?:shortest|smallest|minimum|lowest)\s+(?:\w+\s+)?wavelength|"
    r"\b(?:highest|largest|maximum|greatest)\s+(?:\w+\s+)?(?:frequency|photon\s+energy)",
    re.I,
)


def wrong_end_of_threshold(text: str) -> bool:
    """'The shortest wavelength that can excite an electron across the gap': the gap fixes the
    longest such wavelength (and the lowest frequency), not the shortest (the highest)."""
    return bool(_EDGE_CONTEXT.search(text) and _WRONG_END.search(text))


def convention_refusal(relation_name: str, unknown: str, text: str, requested: Any) -> str | None:
    """The refusal reason when the answer's number rests on an unstated convention, else None.

    ``relation_name`` and ``unknown`` (a symbol name) name the output; ``text`` is the question;
    ``requested`` the :class:`.quantities.Requested` unit (or None)."""
    if relation_name.split("+")[0] in _CRITICAL_ANGLE and into_denser_medium(text):
        return (
            "the light goes from the lower-index medium into the higher-index one, where it is not "
            "totally reflected; a critical angle exists only for light inside the denser medium"
        )
    if relation_name.split("+")[0] in (
        "photon_energy_wavelength",
        "photon_energy_frequency",
    ) and wrong_end_of_threshold(text):
        return (
            "an energy gap or threshold fixes the longest wavelength (lowest frequency) that acts; "
            "every shorter wavelength acts as well, so the shortest one asked has no value"
        )
    if relation_name.split("+")[0] == "snell_refraction_from_air" and (
        out_into_air(text) or light_inside_medium(text)
    ):
        return (
            "the light goes from the medium into air, and the relation reads the incidence in air "
            "and the refraction in the medium; the two angles would be swapped"
        )
    if relation_name.split("+")[0] == "parallel_plate_capacitance" and two_gap_states(text):
        return (
            "the question puts vacuum (or air) between the plates and also gives a dielectric's "
            "permittivity: two states of the capacitor, and it does not ask for the one with the "
            "dielectric in place (ask for the new capacitance, or drop one of them)"
        )
    if relation_name.split("+")[0].startswith("griffith"):
        what = (
            "the question calls the material ductile"
            if ductile_solid(text)
            else "the cracked material is a metal"
            if metal_solid(text)
            else None
        )
        if what is not None:
            return (
                f"{what}, and Griffith's relation with the surface energy alone holds for brittle "
                "solids (glasses, ceramics); in a ductile solid or a metal the plastic work at the "
                "crack tip far exceeds the surface energy, so the relation's stress is not its "
                "fracture stress"
            )
    if relation_name.split("+")[0] in (
        "thermal_stress",
        "thermal_stress_signed",
    ) and free_to_expand(text):
        return (
            "the question leaves the body free to expand or contract, and the relation gives the "
            "stress when the expansion is prevented; a free body carries no thermal stress"
        )
    for name in relation_name.split("+")[:1]:
        words = _SIGN_SETTLED.get(name)
        convention = stated_sign(text) if words is not None else None
        if convention is not None:
            return (
                f"the question fixes a sign ('{convention}'), so it asks for the signed "
                f"value, and the relation gives the magnitude of {_SIGN_WHAT[name]}; I will not "
                "guess the sign"
            )
        if words is not None and not words.search(text):
            return (
                f"the relation gives the magnitude of {_SIGN_WHAT[name]}, and the question does not "
                "say whether the signed value or the magnitude is wanted; ask for 'the magnitude' or "
                "name the direction"
            )
    if (
        relation_name.split("+")[0].startswith("photon_energy")
        and unknown == "E_ph"
        and _MOLES_OF_PHOTONS.search(text)
        and not _per_amount(requested)
    ):
        return (
            "the question names an amount of photons in moles, and E = hν is the energy of one "
            "photon; the energy of that amount is not this number (ask per mole, e.g. in kJ/mol)"
        )
    if relation_name.split("+")[0] == "atoms_in_mass" and unknown == "N_atoms":
        why = _atoms_of_a_compound(text)
        if why:
            return why
    if relation_name.startswith("oxide_dissociation"):
        why = _oxide_reaction_reversed(text)
        if why:
            return why
    if (
        relation_name.split("+")[0] == "astm_grain_size"
        and unknown == "G_astm"
        and not _MAGNIFICATION_STATED.search(text)
    ):
        return (
            "the ASTM number counts grains per square inch of a micrograph at 100×, and the "
            "question does not say at what magnification its count was made; the count "
            "scales as the magnification squared, so say the magnification"
        )
    if relation_name.startswith("astm_grain_size") and unknown == "N_g" and requested is not None:
        from ...units import get_registry

        try:
            per_square_inch = get_registry().Quantity(1, requested.unit.units).to("1/inch**2")
        except Exception:
            per_square_inch = None
        if per_square_inch is None or abs(float(per_square_inch.magnitude) - 1) > 1e-9:
            return (
                "the ASTM count is per square inch of a micrograph at 100×; per "
                f"{requested.text} it could be the image area or the specimen area (10⁴ times "
                "more at 100×), two readings; ask per square inch"
            )
    return None


# a magnification stated: '100×', '100 x', '100X', 'hundred times', 'magnification', '100 diameters'
_MAGNIFICATION_STATED = re.compile(
    r"\d\s*(?:[x×X]\b|×|times\b|diameters\b)|\bmagnif|\bhundred\s+times\b|\bunmagnified\b",
    re.I,
)


_MOLES_OF_PHOTONS = re.compile(
    r"\beinsteins?\b|\b(?:(?:milli|micro|nano)?moles?|(?:m|µ|μ|n)?mol)\s+of\s+(?:[\w.\-]+\s+){0,6}?"
    r"photons?\b",
    re.I,
)


def _per_amount(requested: Any) -> bool:
    """The asked unit is per amount of substance ('kJ/mol'): the molar energy is asked."""
    if requested is None:
        return False
    try:
        return "[substance]" in dict(requested.unit.units.dimensionality)
    except AttributeError:
        return False


_MOLECULAR_WORDS = re.compile(
    r"\b(?:water|molecul\w*|compound|gas|gases|salt|ice|glucose|sucrose|ammonia|methane|ethanol|"
    r"(?:ox|diox|chlor|fluor|brom|iod|sulf|sulph|nitr|carb|hydr)ides?)\b",
    re.I,
)


def _atoms_of_a_compound(text: str) -> str | None:
    """N = m N_A/M counts formula units: atoms only for an element. A compound or a molecular
    substance ('1.00 g of water', 'CO2', 'nitrogen gas') has several atoms per formula unit."""
    from .substances import find_substances

    many = [
        s
        for s in find_substances(text)
        if s.formula == "?" or sum(_atom_counts(s.formula)) > 1 or s.is_polymer
    ]
    if many or _MOLECULAR_WORDS.search(text):
        return (
            "m N_A/M counts formula units (molecules); the substance named is a compound or a "
            "molecule with several atoms each, so the number of atoms is not that count"
        )
    return None


def _atom_counts(formula: str) -> list[int]:
    return [int(n) if n else 1 for _, n in re.findall(r"([A-Z][a-z]?)(\d*)", formula)] or [2]


# a written reaction: its arrow (or '=' between species), and O₂ after it
_ARROW = re.compile(
    r"→|⟶|->|⇌|⇄|\\rightarrow|\\longrightarrow|\\rightleftharpoons|(?<=[)\w])\s*=\s*(?=\d?\s*[A-Z])"
)
_O2 = re.compile(r"\bO\s*(?:_\s*\{?\s*2\s*\}?|₂|2)(?!\d)|\\mathrm\{\s*O\s*_\s*\{?2\}?\s*\}")
_DECOMPOSITION_DATA = re.compile(
    r"\b(?:for|of)\s+(?:the\s+)?(?:\w+\s+)?(?:decomposition|dissociation)\b(?!\s+pressure)", re.I
)


_O2_NAME = (
    r"(?:O\s*(?:_\s*\{?\s*2\s*\}?|₂|2)(?!\d)|\\mathrm\{\s*O\s*_\s*\{?2\}?\s*\}|oxygen|dioxygen)"
)
_PER_O2 = re.compile(r"\bper\s+mol(?:e)?\s+(?:of\s+)?\$?\s*" + _O2_NAME, re.I)
_PER_OTHER_MOLE = re.compile(
    r"\bper\s+mol(?:e)?\s+(?:of\s+)?(?!of\b)(?!\$?\s*" + _O2_NAME + r")[$\\A-Za-z]", re.I
)
_FORMATION = re.compile(
    r"\bof\s+formation\b|\bformation\s+(?:energy|enthalpy)|Δ\s*[GH]_?\{?f", re.I
)


def _oxide_reaction_reversed(text: str) -> str | None:
    """Why ΔG° = RT ln p_O₂ (the oxidation x M + O₂ → M_xO₂) may not hold: the reaction is written as
    the oxide's decomposition (O₂ a product), whose ΔG° is −RT ln p_O₂; None when it reads as oxidation."""
    for line in re.split(r"(?<=[.;])\s+", text):
        arrow = _ARROW.search(line)
        if arrow and _O2.search(line[arrow.end() :]) and not _O2.search(line[: arrow.start()]):
            return (
                "the reaction is written as the oxide's decomposition (O₂ a product); ΔG° = RT ln p_O₂ "
                "holds for the oxidation with one O₂ consumed, so the sign of the data is in doubt; "
                "write the oxidation reaction"
            )
    if _PER_OTHER_MOLE.search(text) or (_FORMATION.search(text) and not _PER_O2.search(text)):
        return (
            "the Gibbs energy or enthalpy is per mole of the oxide or of the metal (or of formation, "
            "per mole of compound), not per mole of O₂ consumed; say per mole of O₂"
        )
    if _DECOMPOSITION_DATA.search(text):
        return (
            "the data are for the oxide's decomposition or dissociation; ΔG° = RT ln p_O₂ holds for the "
            "oxidation with one O₂ consumed, so the sign is in doubt; give the oxidation's data"
        )
    return None


# the asking clause names the direction of a change: 'by how much does it contract', 'how much heat
# is released', 'how much does the length increase'
_DECREASE = re.compile(
    r"\b(?:contract(?:s|ed|ion)?|shrinks?|shrinkage|shrank|shorten(?:s|ed)?|decrease[sd]?|reduc(?:e|es|ed|tion)|"
    r"drops?|falls?|lose[s]?|loss|lost|released?|given\s+off|gives\s+off|liberated|removed|extracted)\b",
    re.I,
)
_INCREASE = re.compile(
    r"\b(?:expand(?:s|ed)?|expansion|lengthen(?:s|ed)?|elongat(?:e|es|ed|ion)|increase[sd]?|rises?|"
    r"grows?|growth|absorbed|gain(?:s|ed)?)\b",
    re.I,
)


def asked_direction(ask_clause: str) -> str | None:
    """'decrease' or 'increase' when the asking clause names one direction of a change (None: neither,
    or both)."""
    down, up = bool(_DECREASE.search(ask_clause)), bool(_INCREASE.search(ask_clause))
    if down == up:
        return None
    return "decrease" if down else "increase"


# the asking clause names the way a heat flows: 'how much heat is released', 'given off as it cools',
# 'how much heat does it absorb'
_HEAT_OUT = re.compile(
    r"\b(?:releas(?:e|es|ed)|give[sn]?\s+off|gave\s+off|giving\s+off|liberat(?:e|es|ed)|evolved|"
    r"lost|los(?:e|es)|removed?|extract(?:s|ed)?|rejected|transfer(?:s|red)?\s+to\s+(?:the|its)\s+"
    r"surroundings|flows?\s+out|leaves?)\b",
    re.I,
)
_HEAT_IN = re.compile(
    r"\b(?:absorb(?:s|ed)?|gain(?:s|ed)?|suppl(?:y|ies|ied)|taken\s+(?:in|up)|takes\s+(?:in|up)|"
    r"needed|required|must\s+be\s+(?:added|supplied))\b",
    re.I,
)


def asked_heat_direction(ask_clause: str) -> str | None:
    """'out' or 'in' when the asking clause names one way a heat flows (None: neither, or both)."""
    out, into = bool(_HEAT_OUT.search(ask_clause)), bool(_HEAT_IN.search(ask_clause))
    if out == into:
        return None
    return "out" if out else "in"
