"""Values written as a fraction of two integers: 'Poisson's ratio 1/3', 'γ = 5/3', 'a 1/2 in. bar'.

The number reader takes digits one run at a time, so '1/3' was two givens, 1 and 3: a Poisson's ratio of
1 (refused as absurd) and a loose 3 (refused as unused). This rewrites such a fraction as its decimal
value *before* the givens are read, where it stands as a value:

* after '=', '≈', ':' or a word ('ratio 1/3', 'is 5/3', 'diameter 3/4 in.'),
* followed by the end of the clause, a unit (also hyphenated: 'a 3/4-inch rod') or another lowercase
  word, but not by 'of'
  ('1/3 of its yield strength' is a share of another quantity, read by the share readers) and not by a
  capital letter or a bracket (a reaction's coefficient '4/3 Al(s)', a Burgers vector '1/2 a[110]'),
* and not a composition split whose parts add to 100 ('70/30 brass', '60/40 solder').

Fractions inside brackets ('(1/2, 1/4, 0)' site coordinates, '(1/6) a² ν' prefactors) stay as written unless the
bracket names the value first ('(Poisson's ratio 1/4)', '(ν = 1/3)'); exponents
('m^(1/2)', 'd^-1/2'), subscripts ('t_{1/2}') and labels before an '=' ('t 1/2 = 5 h') stay as
written. TeX '\\frac{5}{3}' reaches here as '(5)/(3)' (see ``text.normalize``) and is read the same way.
"""

from __future__ import annotations

import re

# numerator and denominator: small integers (a value, not a date or a page range)
_FRACTION = re.compile(
    r"(?<![^\s=≈:])"
    r"(?:(?P<n>\d{1,2})\s*/\s*(?P<d>\d{1,3})|\(\s*(?P<pn>\d{1,2})\s*\)\s*/\s*\(\s*(?P<pd>\d{1,3})\s*\))"
    r"(?![\d.,]\d|\s*[/^(\[<{=]|[\w°']|\s*[a-z]\s*[\[<(])"
)
# what may follow a value fraction: the end of a clause, a lowercase word other than 'of', or a unit
# joined by a hyphen ('a 3/4-inch rod')
_FOLLOW_OK = re.compile(r"\s*(?:$|[.,;:)!?]|\s*(?!of\b)[a-zμ%°]|-(?=[a-z]))")
# a bracketed aside that names the value before it: '(Poisson's ratio 1/4)', '(ν = 1/3)'
_LABELLED = re.compile(
    r"(?:\b(?!(?:the|and|for|with|from|into|than|its|this|that)\b)[a-z]{3,}|=|≈)\s*$"
)
# the fraction is inside an open bracket: a coordinate triple, a prefactor or an index
_OPENERS = {"(": ")", "[": "]", "{": "}", "<": ">"}


def _inside_brackets(text: str, pos: int) -> bool:
    depth: dict[str, int] = {o: 0 for o in _OPENERS}
    closers = {c: o for o, c in _OPENERS.items()}
    for ch in text[:pos]:
        if ch in _OPENERS:
            depth[ch] += 1
        elif ch in closers and depth[closers[ch]] > 0:
            depth[closers[ch]] -= 1
    return any(depth.values())


def stands_as_value(text: str, start: int, end: int, *, share: bool = False) -> bool:
    """Whether the fraction written at ``text[start:end]`` stands as a value by its place: not inside
    a bracket (unless the bracket names it), not after a caret, subscript, minus or slash, and followed
    by the end of a clause, a unit or a word (with ``share``, also by 'of': '¼ of the length')."""
    if _inside_brackets(text, start) and not _LABELLED.search(text, 0, start):
        return False
    if not _FOLLOW_OK.match(text, end) and not (share and re.match(r"\s+of\b", text[end:])):
        return False
    return not text[:start].rstrip().endswith(("^", "_", "**", "-", "−", "/"))


def written_fractions(text: str) -> str:
    """``text`` with each integer fraction that stands as a value written as its decimal value
    ('ν = 1/3' → 'ν = 0.333333'; 'a 1/2 in. rod' → 'a 0.5 in. rod'); other slashes untouched."""

    def replace(m: re.Match[str]) -> str:
        n = m.group("n") or m.group("pn")
        d = m.group("d") or m.group("pd")
        if int(d) == 0 or int(n) + int(d) == 100:
            return m.group(0)
        if not stands_as_value(text, m.start(), m.end()):
            return m.group(0)
        return f"{int(n) / int(d):.6g}"

    return _FRACTION.sub(replace, text)
