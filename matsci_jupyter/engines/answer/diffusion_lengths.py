"""Diffusion lengths x ~ √(Dt): how far atoms go in a time, the time to reach a depth, how a depth
grows with time at one temperature, and how much shorter a treatment is at a hotter temperature for the
same depth (Callister & Rethwisch ch. 5; Shewmon, *Diffusion in Solids*, ch. 1).

Readings (D in m²/s, t in s, x in m):

* **a length from D and t**: x = √(Dt), written so, or with none written where the question says
  'characteristic' or asks for an *estimate* ('estimate', 'roughly', 'approximately': the usual
  order-of-magnitude convention). Any other wording ('how far do atoms diffuse in one hour?') is
  refused: the conventions differ by up to √6. A written 2√(Dt), √(2Dt) or √(6Dt) ('take the
  diffusion distance as 2√(Dt)') is the question's own form, not a convention to guess: x = c√(Dt)
  with that c (two different forms are refused). A form that divides a length ('x/(2√(Dt))', an
  erf argument) is left to the library. A temperature written beside D is left to the
  library's set-aside reading (is it D's condition, the asked state, one reached by heating?); another
  temperature named in words ('then annealed at a higher temperature') is refused.
* **a time from x and D**: t = x²/D, with x = √(Dt) written (or 'characteristic'). D may be
  written as 'log10 D = −12.4 (D in m²/s)'.
* **one temperature, two times**: x ∝ √t whatever c, so x₂ = x₁ √(t₂/t₁) ('how deep after twice as long')
  and t₂ = t₁ (x₂/x₁)² ('how long to double the depth'). No D, no concentration, no second temperature,
  no temperature change in words; a temperature written only before the ask and said to be the same.
* **the same depth at two temperatures**: the time scales as 1/D, so t₁/t₂ = D₂/D₁ =
  exp[(Q/R)(1/T₁ − 1/T₂)] ('how many times shorter at 1000 °C than at 900 °C'); the direction asked
  must agree with the temperatures.

Anything else (another value written, several D or times) is left to the relation library.
"""

from __future__ import annotations

import math
import re

from .answer import Answer
from .quantities import Given, extract, format_number
from .stated_form_common import answer, fits, magnitude, of_dimension, one_requested, refusal

R_GAS = 8.314462618  # J/(mol K)
EV = 1.602176634e-19
K_B = 1.380649e-23

_DIFFUSION = re.compile(
    r"\bdiffus|\bcarburi[sz]|\bnitrid|\bcase\s+depth|\bdecarburi[sz]|\bdopant|\bdrive[\s-]*in\b|"
    r"\bpenetrat",
    re.I,
)
# 'x = 2√(Dt)', 'x ≈ sqrt(2Dt)', '√(6 D t)'
_FORMULA = re.compile(
    r"(?P<k>\d+(?:\.\d+)?)?\s*(?:√|sqrt)\s*\(\s*(?P<m>\d+(?:\.\d+)?)?\s*[·*]?\s*D\s*[·*]?\s*t\s*\)",
    re.I,
)
# a formula that is a divisor ('x/(2√(Dt))', 'x / 2 sqrt(Dt)'): an erf argument, not a length
_DIVIDES = re.compile(r"/\s*\(?\s*$")
# 'not 2√(Dt)', 'rather than √(6Dt)', 'instead of …': a form named to be set aside
_NOT_FORM = re.compile(
    r"\b(?:not|rather\s+than|instead\s+of|never|without|unlike)\b[^.?!;]{0,12}$|n't\b[^.?!;]{0,12}$",
    re.I,
)
_PREFACTOR = re.compile(
    r"\b[Pp]re[\s-]*exponential|\bD\s*_?\s*\{?[0₀]\b|\bD₀|\b[Aa]ctivation\b|"
    r"\b[Ff]requency\s+factor"
)
_CHARACTERISTIC = re.compile(r"\bcharacteristic\b", re.I)
_ESTIMATE = re.compile(
    r"\bestimate|\broughly\b|\bapproximate(?:ly)?\b|\border[\s-]+of[\s-]+magnitude\b|\babout\s+how\b",
    re.I,
)
# 'in one hour', 'after a one-hour anneal', 'for a day': a time written in words
_SPELLED_TIME = re.compile(
    r"\b(?:in|for|after|during|over|within)\s+(?:one|an|a)\s+(?P<u>second|minute|hour|day|week)\b|"
    r"\b(?:one|a)[\s-]+(?P<v>second|minute|hour|day|week)[\s-]+(?:anneal|treatment|heat[\s-]+treatment|"
    r"hold|soak|run|diffusion)\b",
    re.I,
)
_SECONDS = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0, "week": 604800.0}
_LENGTH_ASK = re.compile(
    r"\bhow\s+(?:far|deep)\b|\b(?:diffusion|penetration|characteristic)\s+(?:distance|length|depth)\b|"
    r"\b(?:what|which)\s+(?:case\s+)?depth\b|\bdistance\b|\bdepth\b|\bpenetration\b",
    re.I,
)
_TIME_ASK = re.compile(
    r"\bhow\s+long\b|\btime\b|\bduration\b|\bhow\s+many\s+(?:seconds|minutes|hours|days)\b", re.I
)
_LOG_D = re.compile(r"\blog\s*(?:_?\s*10|₁₀)?\s*\(?\s*D\s*\)?\s*=\s*(?P<v>-?\d+(?:\.\d+)?)", re.I)
_LOG_D_UNIT = re.compile(r"\bD\s+in\s+(?P<u>m\^?2\s*/\s*s|m²\s*/\s*s|cm\^?2\s*/\s*s|cm²\s*/\s*s)")
_CONCENTRATION = re.compile(r"wt\s*%|at\s*%|\bconcentration\b|\bcomposition\b|%", re.I)
# 'two and a half times as long', '2.5 times longer', 'twice as long', 'three times the time'
_WORD_FACTORS = {
    "twice": 2.0,
    "double": 2.0,
    "doubled": 2.0,
    "triple": 3.0,
    "tripled": 3.0,
    "three times": 3.0,
    "four times": 4.0,
    "two and a half times": 2.5,
    "one and a half times": 1.5,
    "five times": 5.0,
    "ten times": 10.0,
    "half": 0.5,
}
_TIME_FACTOR = re.compile(
    r"\b(?P<f>\d+(?:\.\d+)?\s*times|twice|two\s+and\s+a\s+half\s+times|one\s+and\s+a\s+half\s+times|"
    r"three\s+times|four\s+times|five\s+times|ten\s+times)\s+as\s+long\b|"
    r"\b(?:lasts?|run|runs|continued|extended|treated)\s+(?P<g>\d+(?:\.\d+)?\s*times|twice|"
    r"two\s+and\s+a\s+half\s+times|three\s+times|four\s+times)\s+(?:as\s+long|longer)\b",
    re.I,
)
_DEPTH_FACTOR = re.compile(
    r"\b(?:depth|case|layer|penetration|distance)\b[^.?!]{0,30}?\b(?P<f>double|doubled|triple|tripled)\b|"
    r"\b(?P<g>double|triple|twice|three\s+times)\s+(?:the\s+)?(?:case\s+)?(?:depth|case|distance|"
    r"penetration)\b|\b(?P<h>twice|three\s+times)\s+as\s+deep\b",
    re.I,
)
_SAME_DEPTH = re.compile(
    r"\bsame\s+(?:case\s+)?(?:depth|case|penetration|diffusion\s+(?:distance|depth)|distance)\b",
    re.I,
)
_TEMPERATURE_WORDS = re.compile(
    r"\b(?:another|other|different|higher|lower|new|second|hotter|colder|warmer|cooler)\s+"
    r"(?:treatment\s+|diffusion\s+|anneal(?:ing)?\s+)?temperature|"
    r"\btemperature\s+(?:is\s+|were\s+|was\s+)?(?:also\s+)?(?:raised|increased|lowered|reduced|"
    r"changed|rises|falls|goes|changes|dropped)|\bhotter\b|\bcooler\b|\bwarmer\b|\bcolder\b",
    re.I,
)
_HEATED = re.compile(r"\bheated\b|\bcooled\b|\bquench", re.I)
_SAME_T = re.compile(r"\bsame\s+temperature\b|\b(?:at|for)\s+(?:this|that)\s+temperature\b", re.I)
_SHORTER = re.compile(r"\bshorter\b|\bless\s+time\b|\bfaster\b|\bquicker\b|\breduc", re.I)
_LONGER = re.compile(r"\blonger\b|\bmore\s+time\b|\bslower\b", re.I)
_TIMES_ASK = re.compile(
    r"\bhow\s+many\s+times\b|\bby\s+what\s+factor\b|\bwhat\s+factor\b|\bratio\b", re.I
)


def _factor(word: str) -> float:
    word = re.sub(r"\s+", " ", word.strip().lower())
    m = re.match(r"(\d+(?:\.\d+)?)\s*times", word)
    if m:
        return float(m.group(1))
    return _WORD_FACTORS[word]


def _formula(text: str) -> tuple[float | None, list[tuple[int, int]], str | None]:
    """(c, spans of the written formulas, why refused) from the x = c√(Dt) the text writes."""
    found = list(_FORMULA.finditer(text))
    if not found:
        return None, [], None
    cs = {round(float(m.group("k") or 1) * math.sqrt(float(m.group("m") or 1)), 9) for m in found}
    spans = [(m.start(), m.end()) for m in found]
    if len(cs) > 1:
        return None, spans, "the question writes two different diffusion-length formulas"
    return cs.pop(), spans, None


def _inside(g: Given, spans: list[tuple[int, int]]) -> bool:
    return any(a <= g.start < b for a, b in spans)


def _temperatures(givens: list[Given]) -> list[Given]:
    return [g for g in givens if g.kind == "quantity" and of_dimension(g, "K")]


def _kelvin(g: Given) -> float:
    return float(g.quantity.to("K").magnitude)


def try_diffusion_length(question: str) -> Answer | None:
    """A √(Dt) diffusion length, time, depth scaling or same-depth time ratio; None otherwise."""
    if not isinstance(question, str) or not _DIFFUSION.search(question):
        return None
    reading = extract(question)
    text = reading.text
    ask = reading.ask_clause or ""
    usable, requested = one_requested(reading)
    if not usable or reading.parts > 1:
        return None
    if any(_DIVIDES.search(text[: m.start()]) for m in _FORMULA.finditer(text)):
        return None  # 'x/(2√(Dt))': an erf argument, not a length the question defines
    c, spans, why = _formula(text)
    if any(_NOT_FORM.search(text[max(0, a - 30) : a]) for a, _ in spans):
        why = "the question writes a diffusion-length form only to set it aside ('not 2√(Dt)')"
    givens = [g for g in reading.givens if g.kind != "delta_t" and not _inside(g, spans)]
    log_d = _LOG_D.search(text)
    if log_d:
        givens = [g for g in givens if not (log_d.start() <= g.start < log_d.end() + 2)]
    ds = [g for g in givens if of_dimension(g, "m^2/s")]
    times = [g for g in givens if of_dimension(g, "s") and not of_dimension(g, "K")]
    lengths = [g for g in givens if of_dimension(g, "m")]
    temps = _temperatures(givens)
    energies = [g for g in givens if of_dimension(g, "J/mol") or of_dimension(g, "eV")]
    other = [g for g in givens if g not in ds + times + lengths + temps + energies]
    if other:
        return None
    if ds and (_PREFACTOR.search(text) or any(_PREFACTOR.fullmatch(g.label or "") for g in ds)):
        return None  # D₀ is not D: an Arrhenius question
    if _CONCENTRATION.search(text):
        return None  # concentrations: Fick's erf solution, left to the library
    d_value: float | None = None
    d_text = ""
    if log_d and not ds:
        unit = _LOG_D_UNIT.search(text)
        if unit is None:
            return None
        scale = 1.0 if unit.group("u").startswith("m") else 1e-4
        d_value = 10 ** float(log_d.group("v")) * scale
        d_text = f"D = 10^{log_d.group('v')} {unit.group('u')} = {format_number(d_value)} m²/s"
    elif len(ds) == 1 and not log_d:
        d_value = magnitude(ds[0], "m^2/s")
        d_text = f"D = {ds[0].describe()}"
    elif ds:
        return None

    # the same depth at two temperatures: a time ratio from Q
    if d_value is None and len(temps) == 2 and len(energies) == 1 and not lengths and not times:
        return _same_depth_ratio(question, text, ask, requested, temps, energies[0])
    if energies:
        return None
    if len(temps) > 1:
        return None
    if d_value is None:
        return _one_temperature_scaling(question, text, ask, requested, times, lengths, temps)
    if temps or _HEATED.search(text):
        # whether a written temperature is the condition of D or another state (the asked one, one
        # reached by heating) is the library's set-aside reading: not decided here
        return None
    if why:
        return refusal(question, why, requested)
    # the ask clause, and every sentence that asks ('… diffuse in 1 hour? An estimate is sufficient.')
    sentences = re.split(r"(?<=[.?!])\s+(?=[A-Z])", text)
    ask = " ".join([ask, *(x for x in sentences if x.rstrip().endswith("?"))])
    length_asked = bool(_LENGTH_ASK.search(ask)) and fits(requested, "m")
    time_asked = bool(_TIME_ASK.search(ask)) and fits(requested, "s")
    if length_asked == time_asked:
        return None
    if _TEMPERATURE_WORDS.search(text):
        return refusal(
            question,
            "the question names another temperature in words (higher, lower, raised …) than the "
            "one the diffusion coefficient is given for, and D at that temperature is not given",
            requested,
        )
    convention = ""
    if c is not None:
        convention = f"x = {format_number(c)}√(Dt), as the question writes"
    elif _CHARACTERISTIC.search(text):
        c, convention = 1.0, "the characteristic diffusion length x = √(Dt)"
    elif length_asked and _ESTIMATE.search(text):
        c, convention = 1.0, "an estimate of the diffusion distance: x ≈ √(Dt)"
    if length_asked:
        spelled = list(_SPELLED_TIME.finditer(text)) if not times else []
        if len(spelled) == 1:
            m = spelled[0]
            word = (m.group("u") or m.group("v")).lower()
            t = _SECONDS[word]
            t_text = f"t = one {word} = {format_number(t)} s"
        elif len(times) == 1 and not spelled:
            t = magnitude(times[0], "s") or 0.0
            t_text = f"t = {times[0].describe()} = {format_number(t)} s"
        else:
            return None
        if lengths:
            return None
        if c is None:
            return refusal(
                question,
                "the question does not say which diffusion length it means: x = √(Dt), 2√(Dt), "
                "√(2Dt) and √(6Dt) are all in use and differ by up to a factor 2.4",
                requested,
            )
        x = c * math.sqrt(d_value * t)
        return answer(
            question,
            x,
            "m",
            requested,
            steps=[
                d_text,
                t_text,
                convention,
                f"x = {format_number(c)} × √({format_number(d_value)} × {format_number(t)}) = "
                f"{format_number(x)} m",
            ],
            relation="diffusion_distance_c_sqrt_dt",
            target="a diffusion length x = c√(Dt)",
            note="D and the time (a temperature written is the condition of D)",
        )
    if len(lengths) != 1 or times:
        return None
    if c is None:
        return refusal(
            question,
            "the question does not say which diffusion length it means (x = √(Dt), 2√(Dt), √(2Dt), "
            "√(6Dt)), and the time differs by up to a factor 6 between them",
            requested,
        )
    x = magnitude(lengths[0], "m") or 0.0
    t = (x / c) ** 2 / d_value
    return answer(
        question,
        t,
        "s",
        requested,
        steps=[
            d_text,
            f"x = {lengths[0].describe()}",
            convention,
            f"t = (x/{format_number(c)})² / D = {format_number(t)} s",
        ],
        relation="diffusion_time_sqrt_dt",
        target="the time for a diffusion length x = c√(Dt)",
        note="D and the depth",
    )


def _one_temperature_scaling(
    question: str,
    text: str,
    ask: str,
    requested,
    times: list[Given],
    lengths: list[Given],
    temps: list[Given],
) -> Answer | None:
    """x ∝ √t at one temperature: a depth after a new time, or the time for a new depth.

    Taken only where the temperature is the same by the question's words: no temperature written
    and no change of temperature in words, or one temperature written before the asking sentence
    and 'the same temperature' / 'this temperature' said."""
    if _TEMPERATURE_WORDS.search(text) or _HEATED.search(text):
        return None
    if temps:
        at = text.lower().rfind(ask.strip().lower()[:20]) if ask.strip() else -1
        if len(temps) != 1 or at < 0 or temps[0].start >= at or not _SAME_T.search(text):
            return None
    length_asked = bool(
        re.search(
            r"\bhow\s+deep\b|\bwhat\s+(?:will\s+)?(?:be\s+)?(?:the\s+)?(?:new\s+)?(?:case\s+)?depth\b",
            ask,
            re.I,
        )
    )
    time_asked = bool(re.search(r"\bhow\s+long\b|\b(?:what|the)\s+time\b", ask, re.I))
    if length_asked == time_asked:
        return None
    if re.search(r"\b(?:longer|more|additional|further|extra|deeper|increase)\b", ask, re.I):
        return None  # an increase, not the total: left to the library
    if length_asked and fits(requested, "m") and len(lengths) == 1:
        x1 = magnitude(lengths[0], "m") or 0.0
        m = _TIME_FACTOR.search(text)
        if len(times) == 1 and m:
            k = _factor(m.group("f") or m.group("g"))
        elif len(times) == 2 and not m:
            k = (magnitude(times[1], "s") or 0.0) / (magnitude(times[0], "s") or 1.0)
        else:
            return None
        x2 = x1 * math.sqrt(k)
        return answer(
            question,
            x2,
            "m",
            requested,
            steps=[
                "at one temperature x ∝ √t (x = c√(Dt) for any c)",
                f"x₂ = x₁ √(t₂/t₁) = {lengths[0].describe()} × √{format_number(k)} = {format_number(x2)} m",
            ],
            relation="diffusion_depth_sqrt_time",
            target="the depth after the new time (x ∝ √t)",
            note="the depth and the two times (or their ratio)",
        )
    if time_asked and fits(requested, "s") and len(times) == 1:
        t1 = magnitude(times[0], "s") or 0.0
        m = _DEPTH_FACTOR.search(text)
        if len(lengths) == 1 and m:
            word = (m.group("f") or m.group("g") or m.group("h")).lower()
            k = 2.0 if word in ("double", "doubled", "twice") else 3.0
        elif len(lengths) == 2 and not m:
            k = (magnitude(lengths[1], "m") or 0.0) / (magnitude(lengths[0], "m") or 1.0)
        elif not lengths and m:
            word = (m.group("f") or m.group("g") or m.group("h")).lower()
            k = 2.0 if word in ("double", "doubled", "twice") else 3.0
        else:
            return None
        t2 = t1 * k**2
        return answer(
            question,
            t2,
            "s",
            requested,
            steps=[
                "at one temperature x ∝ √t, so t ∝ x²",
                f"t₂ = t₁ (x₂/x₁)² = {times[0].describe()} × {format_number(k)}² = {format_number(t2)} s",
            ],
            relation="diffusion_time_for_depth",
            target="the total time to reach the new depth (t ∝ x²)",
            note="the first time and the two depths (or their ratio)",
        )
    return None


def _same_depth_ratio(
    question: str, text: str, ask: str, requested, temps: list[Given], energy: Given
) -> Answer | None:
    """t₁/t₂ = D₂/D₁ for the same depth at two temperatures (Arrhenius D)."""
    if not _SAME_DEPTH.search(text) or not _TIMES_ASK.search(ask):
        return None
    if not fits(requested, "dimensionless"):
        return None
    shorter, longer = bool(_SHORTER.search(ask)), bool(_LONGER.search(ask))
    if shorter == longer:
        return None
    t1, t2 = _kelvin(temps[0]), _kelvin(temps[1])
    if magnitude(energy, "J/mol") is not None:
        q_over_r = (magnitude(energy, "J/mol") or 0.0) / R_GAS
    else:
        q_over_r = (magnitude(energy, "eV") or 0.0) * EV / K_B
    d_ratio = math.exp(q_over_r * (1 / t1 - 1 / t2))  # D(T₂)/D(T₁) = t₁/t₂
    factor = d_ratio if shorter else 1 / d_ratio
    if factor < 1:
        return refusal(
            question,
            "the direction asked does not agree with the temperatures: at the second temperature "
            f"the treatment is {'longer' if shorter else 'shorter'}, not {'shorter' if shorter else 'longer'}",
            requested,
        )
    return answer(
        question,
        factor,
        "dimensionless",
        requested,
        steps=[
            "same depth: x = c√(Dt) fixed, so t ∝ 1/D",
            f"T₁ = {temps[0].describe()} = {t1:.2f} K, T₂ = {temps[1].describe()} = {t2:.2f} K",
            f"D₂/D₁ = exp[(Q/R)(1/T₁ − 1/T₂)] = {format_number(d_ratio)}",
            f"the time changes by a factor {format_number(factor)}",
        ],
        relation="diffusion_same_depth_time_ratio",
        target="how many times shorter (or longer) the treatment is for the same depth",
        note="the two temperatures and the activation energy",
    )
