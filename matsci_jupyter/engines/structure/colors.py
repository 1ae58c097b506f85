"""Element colours (VESTA and Jmol schemes, from pymatgen's table) and ball radii (Å)."""

from __future__ import annotations

from functools import lru_cache

SCHEMES = ("VESTA", "Jmol")
UNKNOWN_COLOR = "#ff1493"  # unknown elements stand out
_FALLBACK_COLOR = "#b0b0b0"


def normalize_scheme(name: str) -> str:
    """'vesta' -> 'VESTA'; raises ValueError for a scheme we do not have."""
    for scheme in SCHEMES:
        if str(name).lower() == scheme.lower():
            return scheme
    raise ValueError(f"unknown colour scheme {name!r}; choose one of {', '.join(SCHEMES)}")


@lru_cache(maxsize=len(SCHEMES))
def color_table(scheme: str = "VESTA") -> dict[str, str]:
    """Element symbol -> '#rrggbb' from pymatgen/vis/ElementColorSchemes.yaml."""
    from importlib.resources import files

    from monty.serialization import loadfn

    table = loadfn(str(files("pymatgen.vis") / "ElementColorSchemes.yaml"))
    rgb = table[normalize_scheme(scheme)]
    return {el: "#{:02x}{:02x}{:02x}".format(*(int(c) for c in v)) for el, v in rgb.items()}


def element_color(symbol: str, scheme: str = "VESTA", *, known: bool = True) -> str:
    if not known:
        return UNKNOWN_COLOR
    return color_table(scheme).get(symbol, _FALLBACK_COLOR)


@lru_cache(maxsize=256)
def ball_radius(symbol: str) -> float:
    """Radius (Å) of an atom's ball: 0.4 x the empirical atomic radius, within 0.25-0.8 Å."""
    from pymatgen.core import Element

    try:
        radius = Element(symbol).atomic_radius
    except ValueError:
        return 0.6
    if radius is None:
        return 0.6
    return min(0.8, max(0.25, 0.4 * float(radius)))
