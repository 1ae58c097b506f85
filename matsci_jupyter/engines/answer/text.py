"""Normalise exam text: LaTeX, Unicode symbols and superscripts into one plain form.

Everything else in the answer engine reads the normalised text, so positions
(the context of each number) refer to it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .compound_quantities import join_compound_quantities
from .siunitx import expand_siunitx
from .vulgar_fractions import barred_indices, vulgar_fractions

MAX_QUESTION_CHARS = 4000
"""Longer input is refused: exam questions are a few hundred characters."""

_GREEK = {
    "alpha": "α",
    "beta": "β",
    "gamma": "γ",
    "delta": "δ",
    "Delta": "Δ",
    "epsilon": "ε",
    "varepsilon": "ε",
    "theta": "θ",
    "vartheta": "θ",
    "lambda": "λ",
    "mu": "μ",
    "nu": "ν",
    "rho": "ρ",
    "sigma": "σ",
    "tau": "τ",
    "phi": "φ",
    "varphi": "φ",
    "omega": "ω",
    "Omega": "Ω",
    "pi": "π",
    "eta": "η",
    "kappa": "κ",
    "chi": "χ",
    "psi": "ψ",
    "xi": "ξ",
    "Gamma": "Γ",
    "Sigma": "Σ",
    "Phi": "Φ",
    "Lambda": "Λ",
    "Theta": "Θ",
}
_LATEX_SYMBOLS = {
    "langle": "<",  # a family of directions, '\\langle 110 \\rangle'
    "rangle": ">",
    "times": "×",
    "cdot": "·",
    "approx": "≈",
    "sim": "~",
    "AA": "Å",
    "angstrom": "Å",
    "degree": "°",
    "textdegree": "°",
    "circ": "°",
    "pm": "±",
    "le": "≤",
    "ge": "≥",
    "leq": "≤",
    "geq": "≥",
    "infty": "∞",
    "rightarrow": "→",
    "to": "→",
    "percent": "%",
    "micro": "μ",
    "ohm": "Ω",
    "sqrt": "√",
}
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
SUBSCRIPT_DIGITS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
"""Unicode subscript digits as plain digits ('H₂O' → 'H2O', 'd₀' → 'd0')."""
_UNICODE = {
    "\u2212": "-",
    "\u2013": "-",
    "\u2014": " - ",
    "\u2010": "-",
    "\u2011": "-",
    "\u00b5": "μ",
    "\u212b": "Å",
    "\u2126": "Ω",
    "\u212a": "K",
    "\u2103": "°C",
    "\u2109": "°F",
    "\u00ba": "°",
    "\u02da": "°",
    "\u2218": "°",
    "\u22c5": "·",
    "\u2022": "·",
    "\u2219": "·",
    "\u2715": "×",
    "\u2716": "×",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u200b": "",
    "\ufeff": "",
    "\u2248": "≈",
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2032": "'",
}
_BRACED = r"\{([^{}]*)\}"


def _bracketed_power(m: re.Match[str]) -> str:
    """'^{…}' as '^x' (one character or a whole number) or '^(…)'."""
    inner = m.group(1).strip()
    return "^" + (inner if len(inner) <= 1 or re.fullmatch(r"-?\d+", inner) else f"({inner})")


def _joined_subscript(m: re.Match[str]) -> str:
    """'_{…}' as '_…' with its spaces dropped."""
    return "_" + m.group(1).strip().replace(" ", "")


def _latex(text: str) -> str:
    # '\left.' / '\right.' are TeX's empty delimiters: the dot goes with them
    t = re.sub(r"\\(?:left|right)\s*\.", " ", text.replace("$", " "))
    # a family of planes in escaped braces ('$\\{111\\}$', '\\left\\{1 1 0\\right\\}'): literal braces, kept
    # past the stripping of TeX's grouping braces below
    t = re.sub(
        r"\\(?:left)?\\?\{\s*((?:[-−]?\d\s*,?\s*){3})\\(?:right)?\\?\}",
        lambda m: "\x01" + m.group(1).strip() + "\x02",
        t,
    )
    t = t.replace("\\left", "").replace("\\right", "")
    t = re.sub(r"\\[()\[\]]", " ", t)
    # spacing commands ('10\quad nm', '\hspace{2pt}') are spaces, not words
    t = re.sub(
        r"\\(?:hspace|hskip)\s*\{[^{}]*\}|\\(?:q?quad|enspace|thinspace|medspace|thickspace|space)\b",
        " ",
        t,
    )
    # a Greek letter right before another command ('\mu\mathrm{m}'): its letter, before the braces empty
    t = re.sub(
        r"\\(" + "|".join(sorted(_GREEK, key=len, reverse=True)) + r")(?![A-Za-z])\s?",
        lambda m: _GREEK[m.group(1)],
        t,
    )
    for _ in range(4):  # innermost-first, a few levels deep
        # subscripts inside a braced formula ('\mathrm{Al_{2}O_{3}}') first, so the braces empty
        t = re.sub(r"_\s*\{\s*([A-Za-z0-9]{1,4})\s*\}", r"_\1", t)
        # exponents inside a braced unit ('g/cm^{3}', 'MPa\,m^{1/2}') first, so the unit's braces empty
        t = re.sub(r"\^\s*\{\s*([-−]?\s*\d+)\s*\}", lambda m: "^" + m.group(1).replace(" ", ""), t)
        t = re.sub(
            r"\^\s*\{\s*(-?\d+\s*/\s*\d+)\s*\}",
            lambda m: "^(" + m.group(1).replace(" ", "") + ")",
            t,
        )
        # any other exponent whose braces hold no braces ('e^{-(100)/(h_0)}', 'x^{a b}'), but not
        # a lone mark ('^{\circ}', '^{\prime}'): its bracketed form now, so that a fraction or root
        # around it can be read this round
        t = re.sub(
            r"\^\s*\{(?!\s*\\[A-Za-z]+\s*\})(?![^{}]*\\circ)([^{}]*[^{}\s][^{}]*)\}",
            _bracketed_power,
            t,
        )
        # a subscript whose braces hold no braces and no command ('n_{N_2 O_5}'): joined now too
        t = re.sub(r"_\s*\{([^{}\\]*[^{}\\\s][^{}\\]*)\}", _joined_subscript, t)
        # a logarithm of a fraction ('\ln\frac{a}{b}', '\log_{10}\frac{a}{b}') takes the whole
        # fraction as its argument: log(a/b), not log(a)/b
        t = re.sub(
            r"(\\(?:ln|log(?:_10)?))\s*\\[dt]?frac\s*" + _BRACED + r"\s*" + _BRACED,
            r"\1((\2)/(\3))",
            t,
        )
        t = re.sub(r"\\[dt]?frac\s*" + _BRACED + r"\s*" + _BRACED, r"(\1)/(\2)", t)
        t = re.sub(r"\\sqrt\s*" + _BRACED, r"√(\1)", t)
        t = re.sub(
            r"\\(?:text|mathrm|mathit|textrm|rm|operatorname|mathbf|boldsymbol|mbox|unit|si)\s*"
            + _BRACED,
            r"\1",
            t,
        )
        t = re.sub(r"\\(?:bar|overline)\s*" + _BRACED, r"-\1", t)
        t = re.sub(r"\\mathring\s*\{\s*A\s*\}", "Å", t)
    t = re.sub(r"\^\s*\{?\s*\\circ\s*\}?", "°", t)
    t = re.sub(r"\\([,;:! ])", " ", t)
    t = t.replace("\\%", "%")

    def command(m: re.Match[str]) -> str:
        word = m.group(1)
        if word in _GREEK:
            return _GREEK[word]
        if word in _LATEX_SYMBOLS:
            return _LATEX_SYMBOLS[word]
        return word

    t = re.sub(r"\\([A-Za-z]+)\s?", command, t)
    t = re.sub(
        r"<\s*((?:[-−]?\d\s*,?\s*){2}[-−]?\d)\s*>", r"<\1>", t
    )  # '\\langle 110 \\rangle' → '<110>'
    t = re.sub(r"\^\s*\{([^{}]*)\}", _bracketed_power, t)
    t = re.sub(r"_\s*\{([^{}]*)\}", _joined_subscript, t)
    t = t.replace("{", "").replace("}", "").replace("\\", " ")
    return t.replace("\x01", "{").replace("\x02", "}")


PRECISION_NOTE = re.compile(
    r"\([^()]*\b(?:correct|rounded|decimal|approx|signif|sig\.?\s*fig|s\.\s?f\b|d\.\s?p\b)[^()]*\)",
    re.I,
)
"""A note on the precision after a value: '(rounded)', '(to 3 s.f.)', '(2 d.p.)',
'(3 significant figures)'; no part of the value."""


# markdown emphasis and code spans around a label or value in a chat message ('**K** = 630 MPa',
# '`n = 0.21`', '*a* = 0.36 nm', '__T__ = 300 K'); an exponent written '10**-3' or a product 'a*b'
# (a word character before the marks) is no emphasis
_MD_STRONG = re.compile(
    r"(?<![\w)*])(\*\*|__)(?=[^\s*_\d+\-−(])(?P<in>[^*_\n]{1,60}?)(?<=[^\s*_])\1(?![\w*])"
)
_MD_EM = re.compile(r"(?<![\w)*])\*(?=[^\s*\d+\-−(])(?P<in>[^*\n]{1,40}?)(?<=[^\s*])\*(?![\w*(])")
_MD_CODE = re.compile(r"`(?P<in>[^`\n]{1,80})`")


def strip_markdown_emphasis(text: str) -> str:
    """``text`` with markdown bold, italics and code spans reduced to their content
    ('**K** = 630 MPa' → 'K = 630 MPa', '`n = 0.21`' → 'n = 0.21')."""
    if "*" not in text and "_" not in text and "`" not in text:
        return text
    for pattern in (_MD_CODE, _MD_STRONG, _MD_EM):
        text = pattern.sub(lambda m: m.group("in"), text)
    return text


def normalize(text: str) -> str:
    """One-line plain text: LaTeX commands, Unicode variants and superscripts made uniform.

    ``$3\\times10^{5}$ g/mol`` → ``3×10^5 g/mol``; ``10⁻¹⁹`` → ``10^-19``; ``µm`` → ``μm``.
    """
    t = strip_markdown_emphasis(str(text))
    # a line that ends in a word or unit and a next line that starts a sentence ('- carburizing time: 8 h'
    # then 'At what depth ...'): the line break ends the sentence, so no unit runs on into the next word
    t = re.sub(r"(?<=[A-Za-zμµÅ°%])[ \t]*(?:\r?\n)+[ \t]*(?=[A-Z][a-z])", ". ", t)
    t = vulgar_fractions(
        barred_indices(t)
    )  # '[1̄11]' → '[-111]'; 'MPa·m½' a power, '1½ in.' a value
    for a, b in _UNICODE.items():
        t = t.replace(a, b)
    t = re.sub(r"[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+", lambda m: "^" + m.group(0).translate(_SUPERSCRIPTS), t)
    t = re.sub(
        r"[\u00b2\u00b3\u00b9]",
        lambda m: "^" + {"\u00b2": "2", "\u00b3": "3", "\u00b9": "1"}[m.group(0)],
        t,
    )
    if "\\" in t or "$" in t:
        t = _latex(expand_siunitx(t))
    # '~' (or TeX '\\sim') standing before a number after a space ('V ~ 0.54', 'is ~3 nm') is
    # 'about', a relation; elsewhere ('5~\\text{kg}') it is TeX's unbreakable space
    t = re.sub(r"\b(is|was|are|were|of|at|be|by|to|gives?)\s+~\s*(?=[-−+]?\.?\d)", r"\1 about ", t)
    t = re.sub(r"(?:(?<=\s)|^)~\s*(?=[-−+]?\.?\d)", "≈ ", t)
    t = t.replace("~", " ")
    t = re.sub(
        r"\^\s*\(\s*([-+−]?\s*\d+(?:\.\d+)?)\s*\)", lambda m: "^" + m.group(1).replace(" ", ""), t
    )
    t = re.sub(r"°\s+([CFK])\b", r"°\1", t)
    t = _bohr_magnetons(t)
    # the common logarithm however its base is written ('log₁₀', TeX 'log_{10}'): 'log_10'
    t = re.sub(r"(?<![A-Za-z])log\s*(?:₁₀|_\s*[({]\s*10\s*[)}])", "log_10", t)
    t = _FORMULA_WITH_SUBSCRIPTS.sub(_join_subscripts, t)
    # 'grains per square inch at 100×': a magnification, said in the words the relations know
    t = re.sub(
        r"\b(at|under)\s+(\d[\d,]*)\s*[×xX](?![\w^])(?!\s*\d)(?!\s*magnif)",
        r"\1 a magnification of \2×",
        t,
    )
    # '0.50 in. in diameter', '10 in. × 15 in.': the abbreviated inch after a number, whose full stop
    # would otherwise end a sentence; a stop that does end one ('… 0.16 in. Taking …') stays
    t = re.sub(r"(?<=\d)\s?in\.(?=\s*$|\s+[A-Z])", " inch.", t)
    t = re.sub(r"(?<=\d)\s?in\.(?=\s+[a-z×(]|[,;)])", " inch", t)
    t = re.sub(r"(?<=[A-Za-zμÅ)])\s+\^", "^", t)  # 'g/cm$^3$' leaves 'g/cm ^3' once the $ are gone
    t = re.sub(r"\s+", " ", t)
    return join_compound_quantities(t.strip())  # '2 h 15 min': the sum, 135 min


# 'μB', 'μ_B', 'mu_B', 'μ_{B}' written as a unit (after a number, or asked 'in μB'): Bohr magnetons,
# never the microbyte pint would read; 'μ_B = 9.27e-24 J/T' (the constant itself) stays as written
_BOHR = re.compile(r"(?<![A-Za-z])(?:μ|mu)\s*_?\s*\(?B\)?(?![A-Za-z\d])(?!\s*[=≈])")


def _bohr_magnetons(t: str) -> str:
    return _BOHR.sub(" Bohr magnetons", t)


# '\mathrm{Al_2O_3}' leaves 'Al_2O_3': a formula of two or more elements written with TeX subscripts
_FORMULA_WITH_SUBSCRIPTS = re.compile(r"(?<![\w])(?:[A-Z][a-z]?(?:_?\d+)?){2,}(?![\w])")


def _join_subscripts(m: re.Match[str]) -> str:
    written = m.group(0)
    if "_" not in written or len(re.findall(r"[A-Z]", written)) < 2:
        return written  # 'D_0', 'T_1': a symbol with an index, not a formula
    return written.replace("_", "")


def keytext(text: str) -> str:
    """Lower-case text for keyword matching: hyphens as spaces, US spellings, single spaces."""
    t = text.lower().replace("-", " ").replace("_", " ")
    for a, b in (
        ("centred", "centered"),
        ("aluminium", "aluminum"),
        ("metre", "meter"),
        ("caesium", "cesium"),
        ("sulphur", "sulfur"),
        ("fibre", "fiber"),
        ("polymerisation", "polymerization"),
        ("crystallis", "crystalliz"),
        ("vaporis", "vaporiz"),
        ("vapour", "vapor"),
        ("ionis", "ioniz"),
        ("oxidis", "oxidiz"),
        ("magnetis", "magnetiz"),
        ("polaris", "polariz"),
        ("behaviour", "behavior"),
    ):
        t = t.replace(a, b)
    t = re.sub(r"\b(alpha|beta|gamma)\b", lambda m: _PHASE_LETTERS[m.group(1)], t)
    return " " + re.sub(r"\s+", " ", t).strip() + " "


# 'alpha phase' and 'α phase' name the same phase ('delta' is left alone: 'δ' is also a change)
_PHASE_LETTERS = {"alpha": "α", "beta": "β", "gamma": "γ"}


def has_phrase(haystack_key: str, phrase: str) -> bool:
    """Whether ``phrase`` occurs in text already passed through :func:`keytext`.

    It must start at a word boundary; a last word of four or more letters may
    take an inflection ("vacanc" matches "vacancies", "plane" matches "planes",
    but "length" does not match "lengthen").
    """
    literal, pattern = _phrase_pattern(phrase)
    if not literal or literal not in haystack_key:  # cheap necessary condition
        return False
    return pattern is None or pattern.search(haystack_key) is not None


@lru_cache(maxsize=16384)
def _phrase_pattern(phrase: str) -> tuple[str, re.Pattern[str] | None]:
    """(literal, None) for symbol-like phrases matched as plain text; otherwise the compiled pattern.

    Compiled once per phrase: the relation library has thousands of phrases, more than ``re``'s own
    cache holds.
    """
    p = keytext(phrase).strip()
    if not p or not p[0].isalnum() or not p[-1].isalnum():  # symbols like "λ", "2θ", "d_hkl"
        return p, None
    last = p.split()[-1]
    end = _INFLECTIONS if len(last) >= 4 and last.isalpha() else r"(?![\w])"
    return p, re.compile(r"(?<![\w])" + re.escape(p) + end)


# endings a keyword may take: "vacanc" → vacancies/vacancy, "plane" → planes, "heat" → heated
_INFLECTIONS = r"(?:s|es|ies|y|e|ed|d|ing|ation|ations|ion|ions|al|ic|ity|ivity|er|ers)?(?![\w])"
