"""The cycles a part can still take at one stress level after cycling at others (Palmgren–Miner rule).

The linear cumulative-damage rule (Palmgren–Miner; Callister & Rethwisch, *Materials Science and
Engineering*, ch. 8 design problems; Dowling, *Mechanical Behavior of Materials*, §9.6): n cycles at a
level whose fatigue life is N use the fraction n/N of the part's life, and failure is predicted when the
fractions add up to one. After blocks nᵢ at levels with lives Nᵢ, the cycles still available at a level
with life N are N (1 − Σ nᵢ/Nᵢ) (a count, no unit).

Answered only when every one of these holds (precision first):

* the question names the rule (Miner, Palmgren, cumulative or linear damage) and asks how many more
  (additional, further, remaining) cycles the part can take;
* every cycle count it writes reads either as a fatigue life ('its fatigue life is 80 000 cycles',
  'fatigue lives of 1 × 10⁵, 4 × 10⁵ and 2.5 × 10⁵ cycles') or as cycles already applied ('has seen
  2 × 10⁴ cycles', 'first sees 20 000 cycles'), never as both or neither;
* each count is tied to its level: by a stress written right after it ('… cycles at 180 MPa'), by a
  list of stresses as long as the list of lives ('lives of A, B and C cycles at stress amplitudes of
  X, Y and Z MPa'), or, with no stress written at all, by the sentence (one applied block and the life
  in its sentence; one other life, in another sentence, is the level asked about);
* the ask names the level (its stress, or none when no stress is written), each level has one life,
  and no other value (a frequency, a time) is given;
* the damage already done is below one (otherwise the part has failed, and the question is refused).
"""

from __future__ import annotations

import re

from .answer import Answer
from .checks import Check
from .quantities import Given, Reading, Requested, format_number

_NAMES_RULE = re.compile(
    r"\bminer\b|\bminer'?s\b|\bpalmgren\b|\b(?:cumulative|linear|accumulated)\s+(?:fatigue\s+)?damage\b",
    re.I,
)
_ASKS_MORE = re.compile(
    r"\bhow\s+many\s+(?:more|additional|further|extra|remaining)\s+(?:load\s+|stress\s+)?cycles\b|"
    r"\bhow\s+many\s+(?:load\s+|stress\s+)?cycles\b[^.?!]{0,60}?\b(?:remain|left|still|more)\b|"
    r"\b(?:remaining|residual)\s+(?:fatigue\s+)?life\b[^.?!]{0,40}?\bcycles\b",
    re.I,
)
# the count names a fatigue life (cycles to failure at that level)
_LIFE = re.compile(
    r"\blives\b|\blife\b|\bfails?\s+(?:after|at|in)\b|\bto\s+failure\b|\bendurance\b", re.I
)
# the count names cycles already applied
_APPLIED = re.compile(
    r"\b(?:sees?|seen|saw|subjected|experience[sd]?|undergone|underwent|applied|run|ran|"
    r"accumulated|received|carried|completed|operated|cycled|loaded|spent|had)\b",
    re.I,
)
_CYCLES_AFTER = re.compile(r"^\s*(?:load\s+|stress\s+)?cycles?\b", re.I)
_SEPARATOR = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$", re.I)
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|while|then|and\s+then|plus)?\s*", re.I)
_CLAUSE_END = re.compile(r"[.;?!](?!\d)")


def _is_stress(g: Given) -> bool:
    if g.quantity is None or g.unit is None:
        return False
    try:
        g.quantity.to("MPa")
    except Exception:
        return False
    return True


def _is_count(g: Given) -> bool:
    return g.kind == "number" and g.number is not None and g.number > 0 and not g.label


def _runs(text: str, givens: list[Given], kind) -> list[list[Given]]:
    """Maximal lists of consecutive givens of one kind joined only by ',', 'and'."""
    runs: list[list[Given]] = []
    for g in givens:
        if not kind(g):
            continue
        if runs and _SEPARATOR.match(text[runs[-1][-1].end : g.start]):
            prev = runs[-1][-1]
            if givens.index(prev) + 1 == givens.index(g):
                runs[-1].append(g)
                continue
        runs.append([g])
    return runs


def _window(text: str, givens: list[Given], first: Given) -> str:
    """The words before a list, back to the previous value or the start of its clause."""
    i = givens.index(first)
    start = givens[i - 1].end if i > 0 else 0
    window = text[start : first.start]
    ends = list(_CLAUSE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


def _sentence(text: str, pos: int) -> int:
    return len(_CLAUSE_END.findall(text[:pos]))


def try_miner_rule(question: str, reading: Reading, requested: Requested | None) -> Answer | None:
    """Cycles still available at one level by the Palmgren–Miner rule; None when not that question."""
    text = reading.text
    if not _NAMES_RULE.search(text) or not _ASKS_MORE.search(reading.ask_clause or ""):
        return None
    if requested is not None and str(requested.unit.units) not in ("dimensionless", "cycle"):
        return None
    givens = sorted((g for g in reading.givens if g.kind != "delta_t"), key=lambda g: g.start)
    from .irrelevant import counts_as_given

    givens = [g for g in givens if counts_as_given(g, text)]
    if any(not (_is_count(g) or _is_stress(g)) for g in givens):
        return None  # a frequency, a time, a unit-carrying count: another question
    ask_at = (
        text.lower().rfind((reading.ask_clause or "").strip().lower()[:20])
        if reading.ask_clause
        else -1
    )
    if ask_at < 0:
        return None
    asked_stresses = [g for g in givens if _is_stress(g) and g.start >= ask_at]
    data = [g for g in givens if g.start < ask_at]
    counts = _runs(text, data, _is_count)
    stresses = _runs(text, data, _is_stress)
    if not counts:
        return None
    lives: list[tuple[float, float | None, Given]] = []  # (N, stress or None, given)
    applied: list[tuple[float, float | None, Given]] = []
    tied: set[int] = set()  # the stresses written as some count's level
    previous: tuple[bool, bool] | None = None
    for run in counts:
        if not _CYCLES_AFTER.match(text[run[-1].end :]):
            return None
        window = _window(text, data, run[0])
        is_life, is_applied = bool(_LIFE.search(window)), bool(_APPLIED.search(window))
        if not is_life and not is_applied and _JOINED.fullmatch(window) and previous is not None:
            # '… seen 2 × 10⁴ cycles at 180 MPa and 5 × 10⁴ cycles at 140 MPa': the list goes on
            is_life, is_applied = previous
        if is_life == is_applied:
            return None
        previous = (is_life, is_applied)
        # the stresses the list is at: '… cycles at 180 MPa', '… cycles at stress amplitudes of X, Y, Z'
        level_run = next(
            (
                s
                for s in stresses
                if s[0].start > run[-1].end
                and re.fullmatch(
                    r"\s*(?:load\s+|stress\s+)?cycles?\s+(?:at|under)\s+(?:(?:a|the|stress|"
                    r"stresses|amplitudes?|alternating|levels?|of|respective(?:ly)?|"
                    r"respective\s+)\s*)*",
                    text[run[-1].end : s[0].start],
                    re.I,
                )
            ),
            None,
        )
        if level_run is not None and len(level_run) != len(run):
            return None
        if level_run is None and len(run) == 1:
            # 'At 300 MPa its life is 2 × 10⁵ cycles', '… at 250 MPa, where its life is 10⁶ cycles':
            # the stress written last before the count in its sentence
            i = data.index(run[0])
            before = data[i - 1] if i > 0 else None
            if (
                before is not None
                and _is_stress(before)
                and _sentence(text, before.start) == _sentence(text, run[0].start)
            ):
                level_run = [before]
        if level_run is None and asked_stresses:
            return None
        for k, g in enumerate(run):
            level = None
            if level_run is not None:
                level = float(level_run[k].quantity.to("MPa").magnitude)
                tied.add(id(level_run[k]))
            (lives if is_life else applied).append((float(g.number or 0), level, g))
    if not applied or not lives:
        return None
    if any(id(s) not in tied for run in stresses for s in run):
        return None  # a stress before the ask that is no count's level
    if asked_stresses:
        levels = {round(float(s.quantity.to("MPa").magnitude), 9) for s in asked_stresses}
        if len(levels) != 1 or any(level is None for _n, level, _g in (*lives, *applied)):
            return None
        asked = levels.pop()
        life_at: dict[float, float] = {}
        for n_life, level, _g in lives:
            assert level is not None
            key = round(level, 9)
            if key in life_at and life_at[key] != n_life:
                return None
            life_at[key] = n_life
        if asked not in life_at or any(round(lv or 0, 9) not in life_at for _n, lv, _g in applied):
            return None
        blocks = [(n, life_at[round(lv or 0, 9)]) for n, lv, _g in applied]
        n_asked = life_at[asked]
        asked_text = f"{format_number(asked)} MPa"
    else:
        # no stress written: one applied block with the life in its sentence, one other life asked
        if len(applied) != 1 or len(lives) != 2 or any(lv is not None for _n, lv, _g in lives):
            return None
        block_sentence = _sentence(text, applied[0][2].start)
        same = [lf for lf in lives if _sentence(text, lf[2].start) == block_sentence]
        other = [lf for lf in lives if _sentence(text, lf[2].start) != block_sentence]
        if len(same) != 1 or len(other) != 1:
            return None
        blocks = [(applied[0][0], same[0][0])]
        n_asked = other[0][0]
        asked_text = "the other level"
    damage = sum(n / life for n, life in blocks)
    from .solver import refuse

    unit = requested.text if requested else None
    if damage >= 1:
        return refuse(
            question,
            f"by the Palmgren–Miner rule the cycles already applied use Σ n/N = {format_number(damage)} "
            "of the life: the part is predicted to have failed, so no further cycles are given",
            unit=unit,
        )
    remaining = n_asked * (1 - damage)
    from ...units import get_registry

    quantity = get_registry().Quantity(remaining, "dimensionless")
    used = " + ".join(f"{format_number(n)}/{format_number(life)}" for n, life in blocks)
    return Answer(
        question=question,
        quantity=quantity,
        unit_requested=unit,
        checks=[
            Check("dimension", True, "a number of cycles: a count"),
            Check("givens", True, "every cycle count used, each as a life or as cycles applied"),
            Check("constants", True, "no physical constants needed"),
        ],
        steps=[
            "Relation: Palmgren–Miner rule, failure when Σ nᵢ/Nᵢ = 1",
            f"damage already done: {used} = {format_number(damage)}",
            f"life at {asked_text}: N = {format_number(n_asked)} cycles",
            f"cycles remaining: N (1 − Σ n/N) = {format_number(n_asked)} × "
            f"(1 − {format_number(damage)}) = {format_number(remaining)} cycles",
        ],
        source="solver",
        relation="palmgren_miner_remaining_cycles",
        target="further cycles at one level (Palmgren–Miner): the increase over the cycles already used",
    )
