"""The single-character fractions ½ ¼ ¾ ⅓ ⅔ read by where they stand: an exponent or a value.

Written directly after a unit symbol, a letter, a closing bracket or a caret ('MPa·m½', 'ksi·in^½',
'(a/ρ)^½', 't½') the character is a power, written '^(1/2)' (the stress-intensity unit MPa·m^½ and its
kin). Standing as a number it is a value:

* a mixed number, the fraction right after a whole number ('1½ in.', '2 ¾ h') → '1.5 in.', '2.75 h';
* after a space, the start, '=', ':', '≈', '×', '(' or ',' and followed by the end of a clause, a unit
  or a word ('a Poisson's ratio of ½', 'ν = ⅓', 'a ¾-inch rod') → the plain fraction '1/2', '1/3',
  '3/4', which the value reader (``fraction_values``) turns into a decimal;
* a share of another quantity ('¼ of the initial length') → its decimal, '0.25 of', as a spelled
  'one quarter of' is read.

Where ``fraction_values`` would read no value (site coordinates '(½, ¼, 0)', a term of a sum
'4 × ¼ + 1'), the character keeps its old spelling.

A fraction glued to a following letter ('½Gb²', '½mv²') is a prefactor: '½' keeps its old spelling
'^(1/2)' there and the others stay as written, so the readers of such prefactors see what they saw
before. Dimensionless throughout.

Also here, the other single-character mark on a digit: a Miller index written with an overbar
('[1̄11]', '(11̄0)', a digit then U+0304 or U+0305) is the negative index, '[-111]', '(1-10)', inside
the brackets of an index group only.
"""

from __future__ import annotations

import re

from .fraction_values import stands_as_value

_VALUES = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅓": (1, 3), "⅔": (2, 3)}
_CHARS = "".join(_VALUES)

# a whole number, then at most one space, then the fraction: a mixed number ('1½', '2 ¾')
_MIXED = re.compile(rf"(?<![\d.,^_/])(?P<whole>\d{{1,3}}) ?(?P<f>[{_CHARS}])(?![\w^])")
# a fraction written straight after a unit symbol, a letter, a bracket or a caret: a power
_POWER = re.compile(rf"(?:(?<=[A-Za-zμÅΩ°)\].])|\^\s*)(?P<f>[{_CHARS}])")
# a fraction standing on its own: after a space or the start or a sign of relation or a list, and not
# glued to a following letter or digit
_VALUE = re.compile(rf"(?:(?<=[\s=:≈×(,])|^)(?P<f>[{_CHARS}])(?![\w])")


# an index group in brackets holding at least one overbarred digit
_BARRED_GROUP = re.compile(
    r"[\[(<{](?=[^\])>}]*\d[\u0304\u0305])[\d\u0304\u0305\s,\-−]{2,20}[\])>}]"
)


def barred_indices(text: str) -> str:
    """``text`` with overbarred Miller indices written with a minus sign ('[1̄11]' → '[-111]')."""
    if "\u0304" not in text and "\u0305" not in text:
        return text
    return _BARRED_GROUP.sub(lambda m: re.sub(r"(\d)[\u0304\u0305]", r"-\1", m.group(0)), text)


def _plain(ch: str) -> str:
    n, d = _VALUES[ch]
    return f"{n}/{d}"


def _standing(m: re.Match[str]) -> str:
    """A fraction standing on its own: the plain fraction where it is a value, the decimal where it is
    a share ('¼ of the length' → '0.25 of the length', as 'one quarter of' is read), else as before."""
    ch = m.group("f")
    if stands_as_value(m.string, m.start(), m.end()):
        return _plain(ch)
    if stands_as_value(m.string, m.start(), m.end(), share=True):
        n, d = _VALUES[ch]
        return f"{n / d:.6g}"
    return ch


def vulgar_fractions(text: str) -> str:
    """``text`` with each single-character fraction written as a power ('m½' → 'm^(1/2)'), a mixed
    number's decimal ('1½ in.' → '1.5 in.') or a plain fraction ('ratio of ½' → 'ratio of 1/2')."""
    if not any(ch in text for ch in _VALUES):
        return text

    def mixed(m: re.Match[str]) -> str:
        n, d = _VALUES[m.group("f")]
        return f"{int(m.group('whole')) + n / d:.6g}"

    text = _MIXED.sub(mixed, text)
    text = _POWER.sub(lambda m: f"^({_plain(m.group('f'))})", text)
    text = _VALUE.sub(_standing, text)
    return text.replace("½", "^(1/2)")  # a prefactor glued to a name ('½Gb²'): as before
