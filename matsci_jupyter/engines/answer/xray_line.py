"""A length written right after the name of an X-ray line is that line's wavelength.

Diffraction questions name the radiation and give its wavelength without a symbol: '(Cu Kα1,
1.5406 Å)', 'Cu Ka radiation, 0.15406 nm', 'Mo-Kα (0.7107 Å)'. Standing apart from the sentence with
the diffraction angle, a bare length there could be read as any length of the problem (a lattice
parameter, a spacing), so such a question was refused as ambiguous. :func:`with_line_wavelength`
writes 'λ = ' before the length (in Å, nm or pm) that follows the line's name with at most a comma,
a parenthesis or the word 'radiation' between them. The line is an anode element (Cu, Mo, Co, Cr,
Fe, Ag, W) followed by Kα or Kβ, written with α, β or the ASCII 'a'/'b', optionally with 1 or 2.
A length already named ('λ = 1.54 Å') or further away is left as written.
"""

from __future__ import annotations

import re

_LINE_LENGTH = re.compile(
    r"(?P<line>\b(?:Cu|Mo|Co|Cr|Fe|Ag|W)[\s\-]*K[\s_]*(?:α|β|a|b|alpha|beta)\s*[12]?)"
    r"(?P<sep>\s*(?:,|\(|:)?\s*(?:radiation\b\s*(?:,|\(|of|with)?\s*)?)"
    r"(?P<value>\d+(?:\.\d+)?\s*(?:Å|nm|pm|angstroms?)(?![\w/]))"
)


def with_line_wavelength(question: str) -> str:
    """``question`` with 'λ = ' written before a length that follows an X-ray line's name."""
    return _LINE_LENGTH.sub(
        lambda m: f"{m.group('line')}{m.group('sep')}λ = {m.group('value')}", question
    )
