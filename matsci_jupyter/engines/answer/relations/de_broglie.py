"""de Broglie wavelengths of electrons, protons, neutrons and bodies of given mass (non-relativistic).

Source: Serway & Jewett, *Physics for Scientists and Engineers* (de Broglie wavelength).
"""

from __future__ import annotations

from ._base import Relation, Symbol

GROUP = "photons"  # with the other wave–particle relations

DB_LAMBDA = Symbol(
    "lam_db",
    "nm",
    "de Broglie wavelength",
    keywords=("de broglie wavelength", "wavelength", "λ"),
    aliases=("λ",),
    plausible=(1e-9, 1e9),
)
SPEED = Symbol(
    "v_p",
    "m/s",
    "speed",
    keywords=("speed", "velocity", "moving at", "travelling at", "traveling at", "v"),
    aliases=("v",),
    plausible=(1e-9, 2.99e8),
)
KINETIC = Symbol(
    "E_k",
    "eV",
    "kinetic energy",
    keywords=("kinetic energy", "energy"),
    aliases=("E_k", "K", "KE"),
    plausible=(1e-12, 1e6),
)


# the formulas are non-relativistic: kinetic energies and speeds where the error stays under ~1.5 %
_NONRELATIVISTIC_EV = {"m_e": 3e4, "m_p": 5e7, "m_n": 5e7}


def _de_broglie(particle: str, mass: str) -> tuple[Relation, Relation]:
    speed = SPEED.with_(plausible=(1e-9, 3.0e7))
    kinetic = KINETIC.with_(plausible=(1e-9, _NONRELATIVISTIC_EV[mass]))
    common = {
        "keywords": ("de broglie", "wavelength", particle),
        "requires": (("de broglie",), (particle,)),
        "excludes": ("relativistic",),
    }
    by_speed = Relation(
        f"de_broglie_{particle}_speed",
        GROUP,
        f"de Broglie wavelength of a{'n' if particle[0] in 'aeiou' else ''} {particle} from its speed",
        f"lam_db = h/({mass}*v_p)",
        (DB_LAMBDA, speed),
        description=f"λ = h/(m v), m the {particle} mass (non-relativistic).",
        **common,
    )
    by_energy = Relation(
        f"de_broglie_{particle}_energy",
        GROUP,
        f"de Broglie wavelength of a{'n' if particle[0] in 'aeiou' else ''} {particle} from its kinetic energy",
        f"lam_db = h/sqrt(2*{mass}*E_k)",
        (DB_LAMBDA, kinetic),
        description=f"λ = h/√(2 m E_k), m the {particle} mass (non-relativistic).",
        **common,
    )
    return by_speed, by_energy


OBJECT_MASS = Symbol(
    "m_obj",
    "kg",
    "mass of the moving body",
    keywords=("mass", "of mass", "weighing", "kg", "g"),
    aliases=("m",),
    plausible=(1e-33, 1e6),
    named=True,
)
de_broglie_mass = Relation(
    "de_broglie_mass_speed",
    GROUP,
    "de Broglie wavelength of a body of given mass and speed",
    "lam_db = h/(m_obj*v_p)",
    (DB_LAMBDA.with_(plausible=(1e-40, 1e9)), OBJECT_MASS, SPEED.with_(plausible=(1e-9, 3.0e7))),
    description="λ = h/(mv) (non-relativistic).",
    keywords=("de broglie", "wavelength", "mass"),
    requires=(("de broglie",), ("mass",)),
    excludes=("relativistic",),
    unknowns=("lam_db",),
)

RELATIONS = (
    de_broglie_mass,
    *_de_broglie("electron", "m_e"),
    *_de_broglie("proton", "m_p"),
    *_de_broglie("neutron", "m_n"),
)
