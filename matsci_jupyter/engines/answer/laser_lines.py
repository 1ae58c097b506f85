"""Photons of a laser line: the photon energy (J or eV), frequency (Hz) or wavelength (nm) of a
named laser transition, and the number of photons in one pulse (pulse energy in J) or per second
(beam power in W), E_photon = h c / λ.

The wavelength is the one written (a length, 100 nm to 20 µm); with none written, the standard line
of a named laser (vacuum wavelengths rounded as usually quoted): He–Ne 632.8 nm (its red line; another
colour or an infrared line is refused), ruby 694.3 nm, Nd:YAG 1064 nm (a doubled/tripled line is
refused), CO₂ 10.6 µm, argon-ion 488.0 nm (blue) or 514.5 nm (green) only with the colour named,
KrF 248 nm, ArF 193 nm, XeCl 308 nm, XeF 351 nm.

Precision first: the question must say 'laser'; a photon count per pulse may leave unused only the
pulse length and the repetition rate, a count per second needs a beam power (a peak power is refused),
and any other value leaves the question to the relation library. A photon ask about a laser whose
line is neither written nor named is refused (an unnamed diode or new material has no textbook line).
"""

from __future__ import annotations

import re

from .answer import Answer
from .quantities import extract, format_number
from .stated_form_common import answer, fits, magnitude, of_dimension, one_requested, refusal

_LASER = re.compile(r"\blasers?\b", re.I)
# (pattern, wavelength in nm or None when the colour must be named, refused-variant pattern)
_LINES: list[tuple[str, re.Pattern[str], float | None, re.Pattern[str] | None]] = [
    (
        "He–Ne",
        re.compile(r"\bhe\s*[-–/]?\s*ne\b|\bhelium[\s–-]*neon\b", re.I),
        632.8,
        re.compile(
            r"\b(?:green|yellow|orange|infra[\s-]?red|ir)\b|\b(?:543|594|612|1152|1523|3391)\b",
            re.I,
        ),
    ),
    ("ruby", re.compile(r"\bruby\b", re.I), 694.3, None),
    (
        "Nd:YAG",
        re.compile(r"\bnd\s*:\s*yag\b|\bneodymium[\s-]+(?:doped\s+)?yag\b", re.I),
        1064.0,
        re.compile(r"doubl|harmonic|tripl|quadrupl|\bgreen\b|\b(?:532|355|266)\b", re.I),
    ),
    ("CO₂", re.compile(r"\bco2\b|\bco₂\b|\bcarbon[\s-]+dioxide\b", re.I), 10600.0, None),
    ("KrF", re.compile(r"\bkrf\b", re.I), 248.0, None),
    ("ArF", re.compile(r"\barf\b", re.I), 193.0, None),
    ("XeCl", re.compile(r"\bxecl\b", re.I), 308.0, None),
    ("XeF", re.compile(r"\bxef\b", re.I), 351.0, None),
]
_ARGON = re.compile(r"\bargon(?:[\s-]+ion)?\b|\bar\+|\bar[\s-]+ion\b", re.I)
_ARGON_BLUE = re.compile(r"\bblue\b|\b488\b", re.I)
_ARGON_GREEN = re.compile(r"\bgreen\b|\b514\.5\b", re.I)

_NONLINEAR = re.compile(
    r"harmonic|\bdoubl|\btripl|\bquadrupl|\bsum[\s-]+frequency|\bdifference[\s-]+frequency|"
    r"\bparametric\b|\braman\b|\bshifted\b|\bconverted\b",
    re.I,
)
_PHOTONS = re.compile(r"\bphotons?\b", re.I)
_PER_PULSE = re.compile(
    r"\b(?:per|in|within)\s+(?:one|a|each|a\s+single|every|the)?\s*(?:single\s+)?pulse\b|"
    r"\b(?:each|single|one|every)\s+pulse\b|\bpulse\s+contains?\b",
    re.I,
)
_PER_SECOND = re.compile(
    r"\b(?:per|each|every|a)\s+second\b|\bphotons?\s*/\s*s\b|\bphoton\s+(?:emission\s+)?"
    r"(?:rate|flux)\b|\bper\s+s\b",
    re.I,
)
_ENERGY_ASK = re.compile(
    r"\bphoton\s+energy\b|\benergy\s+(?:of\s+(?:a|one|each|the|its)\s+)?(?:single\s+)?photons?\b|"
    r"\benergy\s+per\s+photon\b|\benergy\s+(?:carried\s+)?by\s+(?:a|one|each)\s+photon\b",
    re.I,
)
_FREQ_ASK = re.compile(r"\bfrequency\b", re.I)
_WAVE_ASK = re.compile(r"\bwavelength\b", re.I)
_PEAK = re.compile(r"\bpeak\b", re.I)
_RATE_WORDS = re.compile(
    r"^\s*(?:pulses?\s+(?:per|each|every|a)\s+second|pulses?\s*/\s*s\b|hz\b|per\s+second)", re.I
)


def _named_line(text: str) -> tuple[str, float | None, str | None]:
    """(laser, λ in nm, why refused) for the one laser named; ('', None, None) when none is."""
    found = [(name, nm, bad) for name, pat, nm, bad in _LINES if pat.search(text)]
    if _ARGON.search(text):
        blue, green = bool(_ARGON_BLUE.search(text)), bool(_ARGON_GREEN.search(text))
        if blue == green:
            return (
                "argon-ion",
                None,
                "an argon-ion laser has several strong lines (488 nm, 514.5 nm)",
            )
        found.append(("argon-ion", 488.0 if blue else 514.5, None))
    if len(found) > 1:
        return "", None, "more than one laser is named"
    if not found:
        return "", None, None
    name, nm, bad = found[0]
    if isinstance(bad, re.Pattern) and bad.search(text):
        return name, None, f"the {name} line meant is not its standard line"
    return name, nm, None


def try_laser_line(question: str) -> Answer | None:
    """A photon energy, frequency, wavelength or photon count of a laser line; None otherwise."""
    if not isinstance(question, str) or not _LASER.search(question):
        return None
    if _NONLINEAR.search(question):
        return None  # a harmonic or shifted line is not the laser's own
    reading = extract(question)
    text = reading.text
    ask = reading.ask_clause or text
    usable, requested = one_requested(reading)
    if not usable:
        return None
    kind = None
    if _PHOTONS.search(ask) and re.search(r"\bhow\s+many\b|\bnumber\s+of\b", ask, re.I):
        if _PER_PULSE.search(ask) and not _PER_SECOND.search(ask):
            kind = "pulse"
        elif _PER_SECOND.search(ask) and not _PER_PULSE.search(ask):
            kind = "second"
    elif _ENERGY_ASK.search(ask):
        kind = "energy"
    elif (
        _FREQ_ASK.search(ask)
        and not _WAVE_ASK.search(ask)
        and not re.search(r"\bpulse|\brepetition", ask, re.I)
    ):
        kind = "frequency"
    elif _WAVE_ASK.search(ask) and not _FREQ_ASK.search(ask):
        kind = "wavelength"
    if kind is None:
        return None
    unit = {
        "pulse": "dimensionless",
        "second": "1/s",
        "energy": "eV",
        "frequency": "Hz",
        "wavelength": "nm",
    }[kind]
    if not fits(requested, unit):
        return None
    givens = [g for g in reading.givens if g.kind != "delta_t"]
    lengths = [g for g in givens if of_dimension(g, "m")]
    waves = [g for g in lengths if 1e-7 <= (magnitude(g, "m") or 0) <= 2e-5]
    energies = [g for g in givens if of_dimension(g, "J")]
    powers = [g for g in givens if of_dimension(g, "W")]
    times = [g for g in givens if of_dimension(g, "s")]
    rates = [
        g
        for g in givens
        if (g.kind == "number" and _RATE_WORDS.match(text[g.end :]))
        or (of_dimension(g, "Hz") and not of_dimension(g, "W"))
    ]
    used: list = []
    if kind == "pulse":
        if len(energies) != 1:
            return None
        used = [*energies, *times, *[r for r in rates if r not in times]]
    elif kind == "second":
        if len(powers) != 1 or _PEAK.search(text):
            return None
        used = list(powers)
    if kind == "wavelength" and waves:
        return None  # the wavelength is written: nothing to look up
    if len(waves) > 1 or len(lengths) != len(waves):
        return None
    rest = [g for g in givens if g not in used and g not in waves]
    if rest:
        return None  # a value this reading does not use: another question
    laser, nm, why = _named_line(text)
    if waves:
        lam = magnitude(waves[0], "m") or 0.0
        source = f"λ = {waves[0].describe()} (given)"
    elif nm is not None:
        lam = nm * 1e-9
        source = f"λ = {format_number(nm)} nm, the standard {laser} laser line"
    else:
        reason = why or (
            "the laser's wavelength (or photon energy) is neither given nor that of a named laser "
            "with one standard line, so the photon energy cannot be found"
        )
        return refusal(question, reason, requested)
    from .constants import value

    h = float(value("h").to("J*s").magnitude)
    c = float(value("c").to("m/s").magnitude)
    ev = float(value("e").to("C").magnitude)  # J per eV
    e_ph = h * c / lam
    steps = [
        source,
        f"E_photon = h c / λ = {format_number(e_ph)} J = {format_number(e_ph / ev)} eV",
    ]
    note = "the wavelength and the one energy or power the count needs"
    if kind == "energy":
        return answer(
            question,
            e_ph / ev,
            "eV",
            requested,
            steps=steps,
            relation="laser_photon_energy",
            target="the photon energy of the laser line",
            note=note,
        )
    if kind == "frequency":
        nu = c / lam
        steps.append(f"ν = c / λ = {format_number(nu)} Hz")
        return answer(
            question,
            nu,
            "Hz",
            requested,
            steps=steps,
            relation="laser_photon_frequency",
            target="the frequency of the laser line",
            note=note,
        )
    if kind == "wavelength":
        return answer(
            question,
            lam * 1e9,
            "nm",
            requested,
            steps=steps[:1],
            relation="laser_line_wavelength",
            target="the wavelength of the named laser line",
            note="no values: the named laser's standard line",
        )
    if kind == "pulse":
        e_pulse = magnitude(energies[0], "J") or 0.0
        n = e_pulse / e_ph
        steps.append(
            f"photons per pulse = E_pulse / E_photon = {format_number(e_pulse)} J / "
            f"{format_number(e_ph)} J = {format_number(n)}"
        )
        if len(used) > 1:
            steps.append("the pulse length and repetition rate do not change the count per pulse")
        return answer(
            question,
            n,
            "dimensionless",
            requested,
            steps=steps,
            relation="laser_photons_per_pulse",
            target="the number of photons in one pulse",
            note=note,
        )
    power = magnitude(powers[0], "W") or 0.0
    rate = power / e_ph
    steps.append(
        f"photons per second = P / E_photon = {format_number(power)} W / {format_number(e_ph)} J "
        f"= {format_number(rate)} s⁻¹"
    )
    return answer(
        question,
        rate,
        "1/s",
        requested,
        steps=steps,
        relation="laser_photons_per_second",
        target="the number of photons emitted per second",
        note=note,
    )
