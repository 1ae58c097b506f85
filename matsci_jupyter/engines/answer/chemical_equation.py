"""Chemical equations a response writes, checked for balance: atoms of every element and charge.

A response that writes '2 KMnO4 + 16 KI + 3 H2O → 2 MnO2 + 8 K2SO4 + 8 I2 + 6 KOH' (sulfur on one
side only) or 'K2CrO4 + 4 HCl + H2O2 → 2 KCl + CrO2Cl2 + 3 H2O' (6 O on the left, 5 on the right)
and computes its stoichiometry from it has a provably wrong step. Only equations the response
presents as balanced are held to it: it says so ('the balanced equation is …', 'the overall
balanced reaction:' within two lines before), or it is the net equation that cancelling or
adding half-reactions gives ('cancelling the electrons:', 'this simplifies to', 'the net ionic
equation'), since atoms and charge are conserved in any sum of balanced half-reactions, unless the
response itself calls it not yet balanced; a skeleton or a half-reaction being balanced step by
step ('add H2O to balance O') is not. Every species must be read completely (element
symbols from the periodic table, groups in parentheses, hydrates 'CuSO4·5H2O', charges written with
'^' as in 'MnO4^-' or 'Fe^(3+)', electrons 'e^-', states '(aq)' dropped); an equation with anything
else in it (an unknown 'X', words, a charge written without '^' such as 'Fe3+') is not checked.
"""

from __future__ import annotations

import re
from collections import Counter
from fractions import Fraction

from .checks import Check
from .step_check import clip
from .text import SUBSCRIPT_DIGITS

_SYMBOLS = (
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se "
    "Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy "
    "Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf "
    "Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og D"
)
_ELEMENTS = frozenset(_SYMBOLS.split())
_ARROW = re.compile(
    r"\s*(?:→|⟶|⇌|⇒|⟹|->|(?:long)?(?:right)?arrow|(?:right)?leftharpoons|rightleftarrows)\s*"
)
_CHARGE = re.compile(r"\^\s*[({]?\s*(\d*)\s*([+\-−])\s*[)}]?")
_STATE = re.compile(r"\((?:aq|s|l|g|aq\.|ppt|solid|liquid|gas)\)", re.I)
_COEFFICIENT = re.compile(r"^\s*(\(\d+\)\s*/\s*\(\d+\)|\d+\s*/\s*\d+|\d+(?:\.\d+)?)\s*")
_ELECTRON = re.compile(r"^e(?:\{q1?m\})?$")
_BALANCED_SAID = re.compile(
    r"\bbalanced\s+(?:(?:chemical|redox|overall|net|ionic|net\s+ionic|molecular|complete|full|"
    r"half[- ])\s*)*(?:equation|reaction)s?\b|\b(?:equation|reaction)\s+is\s+(?:now\s+)?balanced\b|"
    r"\(\s*balanced\s*\)",
    re.I,
)

_COMBINED_SAID = re.compile(  # the net equation from cancelling or adding half-reactions
    r"\bcancel|\bsimplif(?:y|ies|ied|ying)\b|\boverall\s+(?:equation|reaction)|"
    r"\bnet\s+(?:ionic\s+)?(?:equation|reaction)|\badding\s+(?:the|both|these)\s+(?:two\s+)?half",
    re.I,
)
_NOT_YET = re.compile(
    r"\bnot\s+(?:yet\s+)?balanced|\bunbalanced|\bbalance\s+(?:it|this|the)\b", re.I
)


class _Unreadable(ValueError):
    """A species or side that is not plainly a chemical formula."""


def _formula_atoms(formula: str) -> Counter:
    """Atoms in 'K2SO4', '(NH4)2SO4', 'CuSO4·5H2O'; raises _Unreadable for anything else."""
    total: Counter = Counter()
    for part in re.split(r"[·•*]", formula):
        m = re.match(r"^(\d+)(?=[A-Z(])", part)
        mult = int(m.group(1)) if m else 1
        body = part[m.end() :] if m else part
        atoms = _group(body)
        for el, n in atoms.items():
            total[el] += n * mult
    if not total:
        raise _Unreadable(formula)
    return total


def _group(text: str) -> Counter:
    stack: list[Counter] = [Counter()]
    pos = 0
    while pos < len(text):
        m = re.match(r"([A-Z][a-z]?)(\d*)|([(\[])|([)\]])(\d*)", text[pos:])
        if not m:
            raise _Unreadable(text)
        if m.group(1):
            if m.group(1) not in _ELEMENTS:
                raise _Unreadable(m.group(1))
            stack[-1][m.group(1)] += int(m.group(2) or 1)
        elif m.group(3):
            stack.append(Counter())
        else:
            if len(stack) < 2:
                raise _Unreadable(text)
            inner = stack.pop()
            for el, n in inner.items():
                stack[-1][el] += n * int(m.group(5) or 1)
        pos += m.end()
    if len(stack) != 1:
        raise _Unreadable(text)
    return stack[0]


def _species(chunk: str) -> tuple[Fraction, Counter, int]:
    """(coefficient, atoms, charge) of one species written in an equation."""
    text = _STATE.sub("", chunk).strip().rstrip(".,;:").strip()
    coefficient = Fraction(1)
    m = _COEFFICIENT.match(text)
    if m and not re.match(r"\d+(?:\.\d+)?\s*$", text):
        coefficient = Fraction(m.group(1).replace("(", "").replace(")", "").replace(" ", ""))
        text = text[m.end() :]
    text = re.sub(r"\s+", "", text).replace("_", "")
    text = re.sub(r"\((\d+)\)", r"\1", text)  # 'KMnO(4)' from 'KMnO_(4)'
    charge = 0
    q = re.search(r"\{q(\d*)([pm])\}$", text)
    if q:
        charge = (int(q.group(1)) if q.group(1) else 1) * (1 if q.group(2) == "p" else -1)
        text = text[: q.start()]
    if _ELECTRON.match(text) or text == "e":
        return coefficient, Counter(), -1 if not q else charge
    if "{" in text or re.search(r"\d[+-]$|[+-]$", text):
        raise _Unreadable(chunk)  # 'Fe3+': a charge without '^' is ambiguous
    return coefficient, _formula_atoms(text), charge


def _side_chunks(text: str, leading: bool) -> list[str]:
    """One side's species as written, charges marked ('{q2p}'): the words before the first species
    dropped from a left side ('The balanced equation is 2KMnO4'), a trailing remark from a right
    side ('… + 6 KOH (balanced)')."""
    marked = _CHARGE.sub(
        lambda m: "{q" + m.group(1) + ("m" if m.group(2) in "-−" else "p") + "}", text
    )
    chunks = marked.split("+")
    if leading:
        words = chunks[0].split()
        for start in range(len(words)):
            try:
                _species(" ".join(words[start:]))
            except (_Unreadable, ValueError, ZeroDivisionError):
                continue
            chunks[0] = " ".join(words[start:])
            break
    else:
        chunks[-1] = re.sub(r"\s+(?:\([^)]*[a-z]{3,}[^)]*\)|[a-z]{3,}\b.*)$", "", chunks[-1])
    return chunks


def _side(text: str, leading: bool) -> tuple[Counter, int, bool]:
    """Atoms, charge, and whether any charge or electron is written, for one side."""
    chunks = _side_chunks(text, leading)
    atoms: Counter = Counter()
    charge = 0
    charged = False
    for chunk in chunks:
        if not chunk.strip():
            raise _Unreadable(text)
        coefficient, found, q = _species(chunk)
        charged = charged or q != 0
        for el, n in found.items():
            atoms[el] += coefficient * n
        charge += coefficient * q
    return atoms, charge, charged


def equation_balance(line: str) -> str | None:
    """Why the chemical equation in ``line`` is not balanced ('O: 6 on the left, 5 on the
    right'), '' when it is balanced, None when the line holds no equation read completely."""
    text = line.translate(SUBSCRIPT_DIGITS)
    parts = _ARROW.split(text)
    if len(parts) != 2:
        return None
    try:
        left, lq, lc = _side(parts[0], leading=True)
        right, rq, rc = _side(parts[1], leading=False)
    except (_Unreadable, ValueError, ZeroDivisionError):
        return None
    if not left or not right:
        return None
    problems = [
        f"{el}: {_show(left[el])} on the left, {_show(right[el])} on the right"
        for el in sorted(set(left) | set(right))
        if left[el] != right[el]
    ]
    if (lc or rc) and lq != rq:
        problems.append(f"charge: {_show(lq)} on the left, {_show(rq)} on the right")
    return "; ".join(problems)


def balanced_species(line: str) -> list[tuple[Fraction, str, int]] | None:
    """(coefficient, formula key, charge) of every species of the equation in ``line`` when it is read
    completely and balances (atoms and charge); None otherwise. Reactants' coefficients are negative,
    so two species' ratio of moles is the ratio of their coefficients' magnitudes. The formula key is
    the formula with spaces and '_' dropped ('H_2 O' → 'H2O'); electrons are 'e'."""
    if equation_balance(line) != "":
        return None
    text = line.translate(SUBSCRIPT_DIGITS)
    left, right = _ARROW.split(text)
    out: list[tuple[Fraction, str, int]] = []
    for sign, side, leading in ((-1, left, True), (1, right, False)):
        for chunk in _side_chunks(side, leading):
            try:
                coefficient, _atoms, charge = _species(chunk)
            except (_Unreadable, ValueError, ZeroDivisionError):
                return None
            body = _COEFFICIENT.sub("", _STATE.sub("", chunk).strip(), count=1)
            key = re.sub(r"\{q\d*[pm]\}|[\s_]", "", body).rstrip(".,;:")
            key = re.sub(r"\((\d+)\)", r"\1", key)
            out.append((sign * coefficient, "e" if not _atoms else key, charge))
    return out


def _show(x: Fraction | int) -> str:
    return str(x) if Fraction(x).denominator != 1 else str(int(x))


def balance_check(lines: list[str]) -> Check | None:
    """A failed check for the first chemical equation the response presents as balanced that is
    not; a passed, non-blocking check when every such equation balances; None when there is none."""
    balanced = 0
    for i, line in enumerate(lines):
        if not _ARROW.search(line.translate(SUBSCRIPT_DIGITS)):
            continue
        before = " ".join(lines[max(0, i - 2) : i + 1])
        if not _BALANCED_SAID.search(before) and (
            not _COMBINED_SAID.search(before) or _NOT_YET.search(" ".join(lines[i : i + 2]))
        ):
            continue  # a skeleton or a half-reaction being balanced step by step
        problem = equation_balance(line)
        if problem is None:
            continue
        if problem:
            return Check(
                "chemical equation",
                False,
                f"the equation '{clip(line.strip(), 80)}' is not balanced ({problem})",
            )
        balanced += 1
    if not balanced:
        return None
    return Check(
        "chemical equation", True, f"{balanced} chemical equation(s) balance", blocking=False
    )
