"""Steady heat conduction through a plate, wall or pane (Fourier's law, Callister & Rethwisch ch. 19,
eq. 19.5): the heat flux q = k ΔT / Δx (W/m²), the heat flow rate Q̇ = q A (W), and the heat that
passes in a time, Q = Q̇ t (J).

Read: one thermal conductivity k (W m⁻¹ K⁻¹ or Btu h⁻¹ ft⁻¹ °F⁻¹), one thickness (a length written
with 'thick'/'thickness', or 'a 9-in. wall'), the temperature difference across it (two face
temperatures, or one difference: 'held 50 °F apart', 'a difference of 30 K'), and where asked an
area (m², or 'a m × b m') and a time. Any other value written (a density, a specific heat) leaves
the question to the library, whose set-aside reading decides whether it may go unused.

Air, fluid or ambient temperatures (film coefficients), layered or insulated walls and radiation are
left alone. Refused: a rate or an amount of heat asked with no area (a flux does not give it); one face
temperature with no difference (the flux is not determined). Anything else (another value, several
conductivities, layered walls) is left to the relation library.
"""

from __future__ import annotations

import re

from .answer import Answer
from .quantities import Given, extract, format_number
from .stated_form_common import answer, fits, magnitude, of_dimension, one_requested, refusal

_BODY = re.compile(r"\b(?:plate|wall|slab|pane|window|sheet|panel|board|brick|disc|disk)\b", re.I)
_CONDUCTION = re.compile(
    r"\bconduct|\bheat\s+(?:flux|flow|loss|transfer)|\bthermal\s+conductivity|"
    r"\bheat\b[^.?!]{0,40}\bthrough\b",
    re.I,
)
_FLUID_SIDE = re.compile(
    r"\bair\b|\bconvect|\bfilm\s+coefficient|\bheat[\s-]+transfer\s+coefficient|\bsurroundings\b|"
    r"\bambient\b|\bwater\s+(?:at|temperature)|\bgas\s+(?:at|temperature)|\bradiat|\blayers?\b|"
    r"\binsulat|\bcomposite\s+wall",
    re.I,
)
_THICK_AFTER = re.compile(r"^\s*(?:-\s*)?thick\b", re.I)
_THICK_BEFORE = re.compile(r"\bthickness\s*(?:of|is|=|:)?\s*(?:\w+\s*=\s*)?$", re.I)
# 'a 9-in. firebrick wall', 'a 2-inch plate'
_INCH_BODY = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?)\s*-\s*(?:in\.|inch)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:wall|plate|slab|pane|sheet|panel|board)\b",
    re.I,
)
_DIFF_AFTER = re.compile(r"^\s*(?:apart|hotter|warmer|colder|cooler)\b", re.I)
_DIFF_BEFORE = re.compile(
    r"\b(?:difference|differ|drop|gradient\s+of|across\s+it\s+of)\b[^.?!]{0,20}$|"
    r"\b(?:by|of)\s*$",
    re.I,
)
_TIMES_SIGN = re.compile(r"^\s*(?:×|x|by)\s*$", re.I)
_FLUX_ASK = re.compile(r"\bheat\s+flux\b|\bflux\b", re.I)
_RATE_ASK = re.compile(
    r"\brate\b|\bheat\s+(?:loss|flow|transfer|current)\b|\bpower\b|\bhow\s+much\s+heat\b|"
    r"\bheat\s+(?:is\s+)?(?:lost|conducted|transferred|passes|flows)\b",
    re.I,
)


def _temperature_difference(text: str, temps: list[Given], deltas: list[Given]) -> float | None:
    """ΔT in K from the two face temperatures or the one difference written; None otherwise."""
    if len(deltas) == 1 and len(temps) == 2:
        return abs(float(deltas[0].quantity.to("delta_degC").magnitude))
    if len(temps) != 1 or deltas:
        return None
    g = temps[0]
    if "delta" in str(g.quantity.units):  # written as a difference (Δ°C, Δ°F)
        return abs(float(g.quantity.to("delta_degC").magnitude))
    # a lone kelvin (or °C) value is a face temperature unless the words make it a difference
    if _DIFF_AFTER.match(text[g.end :]) or _DIFF_BEFORE.search(
        text[max(0, g.start - 40) : g.start]
    ):
        # '50 °F apart': the written number of degrees of that scale, in kelvin
        units = g.quantity.units
        new = g.quantity._REGISTRY.Quantity
        scale = float(new(1.0, units).to("K").magnitude) - float(new(0.0, units).to("K").magnitude)
        return abs(float(g.quantity.magnitude)) * scale
    return None


def try_plate_conduction(question: str) -> Answer | None:
    """Heat flux, heat flow rate or heat in a time through a plate; None when not that question."""
    if not isinstance(question, str) or not _BODY.search(question):
        return None
    if not _CONDUCTION.search(question) or _FLUID_SIDE.search(question):
        return None  # air or fluid temperatures need film coefficients: not the faces
    reading = extract(question)
    text = reading.text
    usable, requested = one_requested(reading)
    if not usable or reading.parts > 1:
        return None
    ask = reading.ask_clause or ""
    givens = reading.givens
    ks = [g for g in givens if of_dimension(g, "W/(m*K)")]
    if len(ks) != 1:
        return None
    deltas = [g for g in givens if g.kind == "delta_t"]
    plain = [g for g in givens if g.kind != "delta_t" and g not in ks]
    temps = [g for g in plain if of_dimension(g, "K")]
    areas = [g for g in plain if of_dimension(g, "m^2")]
    lengths = [g for g in plain if of_dimension(g, "m")]
    times = [g for g in plain if of_dimension(g, "s")]
    # a density or specific heat written beside a steady flux is not set aside here: which givens a
    # question may leave unused is the library's set-aside reading (and the referee's), not this one's
    inch = _INCH_BODY.search(text)
    inch_numbers = [
        g for g in plain if inch is not None and g.kind == "number" and g.start == inch.start("n")
    ]
    rest = [g for g in plain if g not in temps + areas + lengths + times + inch_numbers]
    if rest:
        return None
    # the thickness, and the sides of an area written 'a m × b m'
    thick = [
        g
        for g in lengths
        if _THICK_AFTER.match(text[g.end :])
        or _THICK_BEFORE.search(text[max(0, g.start - 30) : g.start])
    ]
    sides = [g for g in lengths if g not in thick]
    if inch is not None:
        if thick or inch_numbers == []:
            return None
        dx = float(inch.group("n")) * 0.0254
        dx_text = f"Δx = {inch.group('n')} in = {format_number(dx)} m"
    elif len(thick) == 1:
        dx = magnitude(thick[0], "m") or 0.0
        dx_text = f"Δx = {thick[0].describe()}"
    else:
        return None
    area: float | None = None
    area_text = ""
    if len(areas) == 1 and not sides:
        area = magnitude(areas[0], "m^2")
        area_text = f"A = {areas[0].describe()}"
    elif len(sides) == 2 and not areas:
        a, b = sides
        between = text[a.end : b.start]
        if not (
            _TIMES_SIGN.match(between)
            or (a.text.rstrip().endswith(("×", "x")) and not between.strip())
        ):
            return None
        area = (magnitude(a, "m") or 0.0) * (magnitude(b, "m") or 0.0)
        area_text = f"A = {a.describe()} × {b.describe()} = {format_number(area)} m²"
    elif sides or areas:
        return None
    if len(times) > 1:
        return None
    # what is asked
    if requested is not None:
        asks_flux, asks_rate = fits(requested, "W/m^2"), fits(requested, "W")
    else:
        asks_flux = bool(_FLUX_ASK.search(ask)) and not _RATE_ASK.search(ask)
        asks_rate = bool(_RATE_ASK.search(ask)) and not _FLUX_ASK.search(ask) and not times
    if asks_flux:
        kind = "flux"
    elif asks_rate:
        kind = "rate"
    elif requested is not None and fits(requested, "J") and len(times) == 1:
        kind = "heat"
    else:
        return None
    if kind != "heat" and times:
        return None
    d_t = _temperature_difference(text, temps, deltas)
    if d_t is None:
        if len(temps) == 1 and not deltas:
            return refusal(
                question,
                "only one face temperature is given: without the other face's temperature (or the "
                "difference across the plate) the heat flux is not determined",
                requested,
            )
        return None
    k = magnitude(ks[0], "W/(m*K)") or 0.0
    q = k * d_t / dx
    steps = [
        f"k = {ks[0].describe()} = {format_number(k)} W m⁻¹ K⁻¹",
        dx_text,
        f"ΔT = {format_number(d_t)} K",
        f"q = k ΔT / Δx = {format_number(q)} W/m²",
    ]
    if kind == "flux":
        return answer(
            question,
            q,
            "W/m^2",
            requested,
            steps=steps,
            relation="plate_conduction_flux",
            target="the steady heat flux through the plate (Fourier's law)",
            note="k, the thickness and the temperature difference",
        )
    if area is None:
        return refusal(
            question,
            "the heat flow rate (or the heat in a time) needs the plate's area, which is not given; "
            "only the heat flux q = kΔT/Δx follows",
            requested,
        )
    rate = q * area
    steps += [area_text, f"Q̇ = q A = {format_number(rate)} W"]
    if kind == "rate":
        return answer(
            question,
            rate,
            "W",
            requested,
            steps=steps,
            relation="plate_conduction_rate",
            target="the steady heat flow rate through the plate",
            note="k, the thickness, the area and the temperature difference",
        )
    seconds = magnitude(times[0], "s") or 0.0
    heat = rate * seconds
    steps.append(
        f"Q = Q̇ t = {format_number(rate)} W × {format_number(seconds)} s = {format_number(heat)} J"
    )
    return answer(
        question,
        heat,
        "J",
        requested,
        steps=steps,
        relation="plate_conduction_heat",
        target="the heat conducted through the plate in the time given",
        note="k, the thickness, the area, the temperature difference and the time",
    )
