"""Standard formulas of introductory physics, physical chemistry and materials science, as responses
write them: the table :mod:`.formula_check` compares a written formula with.

Each :class:`StandardFormula` is one quantity (or a small family, such as the three molecular
speeds) with the symbols responses use for its variables (regular expressions on the normalised
text, longest alternative first) and every standard **case** of it: monatomic, diatomic and
polyatomic gases; ring, disc, sphere, rod; open and closed pipes; radius and diameter forms. A case
is a reading only when the question allows it (``when``: used only if some case's ``when`` matches
the question at all; ``requires``: always; ``unless`` rules it out); a body or gas named on the line
(``names``) picks its
own cases. A case may restate a relation of :mod:`.relations` (``relation=``, the equation is then
read from there, in that relation's own symbol names), so nothing is declared twice.

Sources (each formula's ``source`` names its textbook):
HRW — Halliday, Resnick & Walker, *Fundamentals of Physics* (10th ed.);
Atkins — Atkins & de Paula, *Physical Chemistry* (11th ed.);
Callister — Callister & Rethwisch, *Materials Science and Engineering: An Introduction* (10th ed.);
Serway & Jewett — *Physics for Scientists and Engineers* (10th ed.), for Stokes', Jurin's,
Poiseuille's and Wien's laws.

92 quantities with 387 cases: mechanics (constant acceleration, circular motion, moments of
inertia, rolling, rotational energy and angular momentum, springs, SHM, projectiles, Stokes,
Poiseuille, gravitation and Kepler's third law, escape and orbital speeds, Young's modulus,
capillarity), waves and optics (strings, pipes, sound level, Bragg, double slit, gratings and single
slits, Rayleigh's criterion, Snell, critical and Brewster angles, Malus, thin lens, magnification), modern physics
(de Broglie, photoelectric, Compton, Wien, Bohr, Rydberg, particle in a box, Lorentz factor, time
dilation, length contraction, relativistic energy and momentum), electricity and magnetism
(combinations, stored energy, time constants, LC frequency, power, reactance, impedance of series
and parallel circuits, transformers, Coulomb, magnetic force, cyclotron radius, fields of wires,
loops and solenoids), thermodynamics and kinetic
theory (internal energy and heat of ideal gases by gas type, heat capacities, adiabatic and
isothermal processes, entropy changes, conduction, molecular speeds, Carnot, Stefan–Boltzmann,
expansion), physical chemistry (decay, Nernst, Arrhenius, Clausius–Clapeyron, Gibbs, K_p–K_c,
colligative properties, Ostwald's dilution law) and materials science (cubic lattice parameters, theoretical density,
resilience, vacancies, Schottky defects, Hall–Petch, Griffith, fracture toughness, true
stress–strain, resistivity, critical nucleus, grain growth, ASTM grain size, flexural strength,
equal-concentration depths in diffusion, the phase rule, the lever rule). Doppler shifts are left
out on purpose: their sign conventions leave nothing that could be proved wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Var:
    """A variable: its canonical name (a sympy identifier) and how responses write it. ``written``
    may capture ``(?P<i>…)`` (an index shared by the variables of one ``pair``: T_1 with V_1) and
    ``(?P<hint>…)`` (a subscript that names a case: I_ring)."""

    name: str
    written: str
    pair: str | None = None


@dataclass(frozen=True)
class Case:
    """One standard form of the quantity."""

    label: str
    equation: str = ""  # 'lhs = rhs' in canonical names (sqrt, exp, log = ln, sin, cos, pi)
    relation: str | None = None  # or: the equation of this relation in relations/
    names: str | None = None  # a hint naming this case ('ring', 'diatomic')
    when: str | None = None  # the question must mention this for the case to be a reading
    unless: str | None = None  # a question mentioning this rules the case out
    requires: str | None = None  # a reading only when the question says this (always checked)
    rtol: float = 0.0  # extra tolerance for a rounded constant (0.0592 V at 25 °C)

    def text(self) -> str:
        return self.equation or _relation_equation(self.relation or "")


@dataclass(frozen=True)
class StandardFormula:
    """A quantity's standard formula with all its cases."""

    name: str
    quantity: str  # in words
    lhs: tuple[str, ...]  # canonical names that may stand on the left
    variables: tuple[Var, ...]
    cases: tuple[Case, ...]
    context: str  # the question must match this (lower-cased)
    source: str
    excludes: str | None = None
    unit: str | None = None  # the quantity's dimension, to read a stated value against
    monomial: bool = False  # only a single-term right side is read (no sum of contributions)
    units_dropped: tuple[str, ...] = ()  # unit words a response writes after a constant
    prepare: tuple[tuple[str, str], ...] = ()  # (pattern, replacement) before reading


@cache
def _relation_equation(name: str) -> str:
    from .relations import all_relations

    for r in all_relations():
        if r.name == name:
            return r.full_equation_text()
    raise KeyError(name)


def _v(name: str, written: str, pair: str | None = None) -> Var:
    return Var(name, written, pair)


# ------------------------------------------------------------------ shared written forms
MASS = r"[mM]"
RADIUS = r"[Rr]"
GRAV = r"g"
TEMP = r"T"
GAS_R = r"R"
BOLTZ = r"k_B|k"
ANGLE = r"θ_0|θ|α|φ"
MONO = r"mono.?atomic|\bhelium\b|\bargon\b|\bneon\b"
DIA = r"\bdiatomic|\boxygen\b|\bnitrogen\b|hydrogen gas|\bo_?2\b|\bn_?2\b|\bh_?2\b|\bair\b"
POLY = r"poly.?atomic|tri.?atomic|carbon dioxide|\bco_?2\b|methane|ammonia|steam|water vapou?r"
HALF = (
    (r"(?<![A-Za-z])[tT]\s*_\s*\(1\)\s*/\s*\(2\)", "t_half"),
    (r"(?<![A-Za-z])[tT]\s*_\s*\(1/2\)", "t_half"),
    (r"(?<![A-Za-z])[tT]\s*_?\s*\^\s*\(1/2\)", "t_half"),
    (r"(?<![A-Za-z])[tT]\s*_?\s*(?:1/2|½)", "t_half"),
)

_DARK = r"dark|minim|destructive"
_ESCAPE = r"escape"
_ORBITAL = r"orbit|circular|satellite"
_FLIGHT = r"flight|total|\blands?\b|landing|return|back|ground|whole|entire|in the air"
_TO_TOP = r"maximum height|max(?:imum)? height|highest point|\btop\b|peak|apex|to rise|ascen"

U_FORMS = (
    ("U = c·nRT", "U = c*n*R*T"),
    ("ΔU = c·nRΔT", "dU = c*n*R*dT"),
    ("U = c·NkT", "U = c*N*k*T"),
    ("ΔU = c·NkΔT", "dU = c*N*k*dT"),
)

# a question that names one process only (the other's cases are then no reading)
ONLY_PRESSURE = r"(?s)^(?!.*(?:constant volume|isochoric|rigid)).*(?:constant pressure|isobaric)"
ONLY_VOLUME = r"(?s)^(?!.*(?:constant pressure|isobaric)).*(?:constant volume|isochoric|rigid)"

_BODY_EXCLUDES = (
    r"tangent|parallel.axis|lamina|\bplate\b|square|rectangular|triang|\bcone\b|cavity|removed|\bcut\b"
    r"|pivot|hinge"
)

FORMULAS: tuple[StandardFormula, ...] = (
    # ------------------------------------------------------------- mechanics
    StandardFormula(
        "moment_of_inertia",
        "moment of inertia",
        ("I",),
        (
            _v("I", r"I(?:_(?P<hint>[A-Za-z]+|cm|CM|0|1|2))?"),
            _v("m", MASS),
            _v("R", r"[Rr]|a"),
            _v("L", r"[Ll]"),
        ),
        (
            Case(
                "ring or hoop about its axis", "I = m*R**2", names=r"ring|hoop", when=r"\bring|hoop"
            ),
            Case(
                "ring about a diameter",
                "I = m*R**2/2",
                names=r"ring|hoop",
                when=r"\bring|hoop",
                unless=r"\broll",
            ),
            Case("disc about its axis", "I = m*R**2/2", names=r"dis[ck]", when=r"\bdis[ck]"),
            Case(
                "disc about a diameter",
                "I = m*R**2/4",
                names=r"dis[ck]",
                when=r"\bdis[ck]",
                unless=r"\broll",
            ),
            Case("solid cylinder about its axis", "I = m*R**2/2", names=r"cyl", when=r"cylinder"),
            Case(
                "thin-walled cylinder about its axis",
                "I = m*R**2",
                names=r"hollow|pipe|tube|shell",
                when=r"hollow|pipe\b|tube\b|thin.walled|cylindrical shell",
            ),
            Case(
                "solid sphere about a diameter",
                "I = 2*m*R**2/5",
                names=r"sphere|ball|sph",
                when=r"sphere|\bball",
            ),
            Case(
                "spherical shell about a diameter",
                "I = 2*m*R**2/3",
                names=r"shell|hollow",
                when=r"hollow|shell|thin.walled",
            ),
            Case(
                "thin rod about its centre",
                "I = m*L**2/12",
                names=r"rod|stick|bar",
                when=r"\brod\b|\bstick\b|\bbar\b|meter scale|metre scale|ruler",
            ),
            Case(
                "thin rod about one end",
                "I = m*L**2/3",
                names=r"rod|stick|bar",
                when=r"\brod\b|\bstick\b|\bbar\b|meter scale|metre scale|ruler",
            ),
            Case("point mass at distance R", "I = m*R**2"),
        ),
        r"moment of inertia|rotat|\broll|angular|\bspin|torque|flywheel|pulley",
        "HRW ch. 10, table 10-2",
        excludes=_BODY_EXCLUDES,
        unit="kg*m**2",
        monomial=True,
    ),
    StandardFormula(
        "rolling_acceleration",
        "acceleration of a body rolling down an incline",
        ("a",),
        (
            _v("a", r"a(?:_(?P<hint>[A-Za-z]+|cm|1|2))?"),
            _v("g", GRAV),
            _v("theta", ANGLE),
            _v("I", r"I(?:_cm|_CM)?"),
            _v("m", MASS),
            _v("R", RADIUS),
        ),
        (
            Case("ring or hoop", "a = g*sin(theta)/2", names=r"ring|hoop", when=r"\bring|hoop"),
            Case(
                "disc or solid cylinder",
                "a = 2*g*sin(theta)/3",
                names=r"dis[ck]|cyl",
                when=r"\bdis[ck]|cylinder",
            ),
            Case(
                "thin-walled cylinder",
                "a = g*sin(theta)/2",
                names=r"hollow|pipe|tube",
                when=r"hollow|pipe\b|tube\b|thin.walled",
            ),
            Case(
                "solid sphere", "a = 5*g*sin(theta)/7", names=r"sphere|ball", when=r"sphere|\bball"
            ),
            Case(
                "spherical shell",
                "a = 3*g*sin(theta)/5",
                names=r"shell|hollow",
                when=r"hollow|shell",
            ),
            Case(
                "sliding without friction, or the component of g along the incline",
                "a = g*sin(theta)",
            ),
            Case("any body (I about its centre)", "a = g*sin(theta)/(1 + I/(m*R**2))"),
        ),
        r"\broll",
        "HRW ch. 11, eq. 11-10",
        excludes=r"string|thread|pulley|spool|yo-?yo|rope",
    ),
    StandardFormula(
        "rolling_speed",
        "speed of a body that has rolled down a height h",
        ("v",),
        (
            _v("v", r"v(?:_(?P<hint>[A-Za-z]+|cm|1|2|f))?"),
            _v("g", GRAV),
            _v("h", r"h|H"),
            _v("I", r"I(?:_cm|_CM)?"),
            _v("m", MASS),
            _v("R", RADIUS),
        ),
        (
            Case("ring or hoop", "v = sqrt(g*h)", names=r"ring|hoop", when=r"\bring|hoop"),
            Case(
                "disc or solid cylinder",
                "v = sqrt(4*g*h/3)",
                names=r"dis[ck]|cyl",
                when=r"\bdis[ck]|cylinder",
            ),
            Case(
                "thin-walled cylinder",
                "v = sqrt(g*h)",
                names=r"hollow|pipe|tube",
                when=r"hollow|pipe\b|tube\b|thin.walled",
            ),
            Case("solid sphere", "v = sqrt(10*g*h/7)", names=r"sphere|ball", when=r"sphere|\bball"),
            Case(
                "spherical shell", "v = sqrt(6*g*h/5)", names=r"shell|hollow", when=r"hollow|shell"
            ),
            Case("sliding without friction, or falling through h", "v = sqrt(2*g*h)"),
            Case("any body (I about its centre)", "v = sqrt(2*g*h/(1 + I/(m*R**2)))"),
        ),
        r"\broll",
        "HRW ch. 11, eqs. 11-5 and 11-10",
        excludes=r"string|thread|pulley|spool|yo-?yo|rope|spring",
    ),
    StandardFormula(
        "shm_period",
        "period or frequency of a simple pendulum or a mass on a spring",
        ("T", "omega", "f"),
        (
            _v("T", r"T(?:_0)?"),
            _v("omega", r"ω(?:_0|_n)?"),
            _v("f", r"f(?:_0|_n)?|ν(?:_0)?"),
            _v("L", r"[Lℓl]"),
            _v("g", GRAV),
            _v("m", MASS),
            _v("k", r"k(?:_eq|_eff)?"),
        ),
        (
            Case("simple pendulum", "T = 2*pi*sqrt(L/g)"),
            Case("mass on a spring", "T = 2*pi*sqrt(m/k)"),
            Case("simple pendulum (angular frequency)", "omega = sqrt(g/L)"),
            Case("mass on a spring (angular frequency)", "omega = sqrt(k/m)"),
            Case("simple pendulum (frequency)", "f = sqrt(g/L)/(2*pi)"),
            Case("mass on a spring (frequency)", "f = sqrt(k/m)/(2*pi)"),
        ),
        r"pendulum|spring|oscillat|simple harmonic|\bshm\b",
        "HRW ch. 15, eqs. 15-13 and 15-28",
        excludes=(
            r"\brod\b|physical pendulum|compound|u.tube|liquid|lift|elevator|accelerat|conical|torsion|float"
            r"|\bstick\b|\bdis[ck]\b|\bring\b|cylinder|\bbar\b|ruler|scale|damp|springs|two spring|series"
            r"|parallel|large (angle|amplitude)"
        ),
    ),
    StandardFormula(
        "projectile_range",
        "horizontal range of a projectile on level ground",
        ("R",),
        (
            _v("R", r"R_max|R|Range|x_max"),
            _v("u", r"v_0|u_0|v_i|u|v"),
            _v("theta", r"θ_0|θ|α"),
            _v("g", GRAV),
        ),
        (
            Case("launch at angle θ", "R = u**2*sin(2*theta)/g"),
            Case("maximum range (45°)", "R = u**2/g"),
        ),
        r"projectile|projected|thrown|launched|fired|kicked",
        "HRW ch. 4, eq. 4-26",
        excludes=(
            r"inclin|slope|hill|cliff|tower|building|roof|table|wind|air resistance|drag|height of"
            r"|above the ground|platform"
        ),
        unit="m",
    ),
    StandardFormula(
        "projectile_height",
        "maximum height of a projectile",
        ("H",),
        (
            _v("H", r"H_max|h_max|H|h"),
            _v("u", r"v_0|u_0|v_i|u|v"),
            _v("theta", r"θ_0|θ|α"),
            _v("g", GRAV),
        ),
        (
            Case("launch at angle θ", "H = u**2*sin(theta)**2/(2*g)"),
            Case("vertical launch", "H = u**2/(2*g)"),
        ),
        r"projectile|projected|thrown|launched|fired|kicked",
        "HRW ch. 4, sample problem 4.04",
        excludes=r"inclin|slope|hill|cliff|tower|building|roof|table|wind|air resistance|drag|platform|bounce|rebound",
        unit="m",
    ),
    StandardFormula(
        "projectile_time",
        "time of flight of a projectile",
        ("T",),
        (
            _v("T", r"T_flight|t_flight|T_f|t_f|T|t_total|t"),
            _v("u", r"v_0|u_0|v_i|u|v"),
            _v("theta", r"θ_0|θ|α"),
            _v("g", GRAV),
        ),
        (
            Case("time of flight", "T = 2*u*sin(theta)/g", names=_FLIGHT),
            Case("time to the highest point", "T = u*sin(theta)/g", names=_TO_TOP),
            Case("vertical launch, flight", "T = 2*u/g", names=_FLIGHT),
            Case("vertical launch, to the top", "T = u/g", names=_TO_TOP),
        ),
        r"projectile|projected|thrown|launched|fired|kicked",
        "HRW ch. 4, eqs. 4-22 and 4-23",
        excludes=r"inclin|slope|hill|cliff|tower|building|roof|table|wind|air resistance|drag|platform",
        unit="s",
    ),
    StandardFormula(
        "stokes_terminal_velocity",
        "terminal velocity of a sphere in a viscous fluid (Stokes)",
        ("v_t",),
        (
            _v("v_t", r"v_terminal|v_term|v_t|v_T|V_t|u_t|v"),
            _v("r_p", r"[rRa]"),
            _v("d", r"[dD]"),
            _v("rho_p", r"ρ_[A-Za-z0-9]+|ρ|σ(?:_[A-Za-z]+)?|d_[A-Za-z]+"),
            _v("rho_liq", r"ρ_[A-Za-z0-9]+|ρ|σ(?:_[A-Za-z]+)?|d_[A-Za-z]+"),
            _v("g_n", GRAV),
            _v("mu_v", r"η|μ"),
        ),
        (
            Case("sphere of radius r", relation="stokes_terminal_velocity"),
            Case("sphere of diameter d", "v_t = d**2*(rho_p - rho_liq)*g_n/(18*mu_v)"),
            Case("sphere of radius r, buoyancy neglected", "v_t = 2*r_p**2*rho_p*g_n/(9*mu_v)"),
            Case("sphere of diameter d, buoyancy neglected", "v_t = d**2*rho_p*g_n/(18*mu_v)"),
        ),
        r"terminal|stokes|viscous|viscosity",
        "HRW ch. 6 (drag) and Serway & Jewett ch. 14; Stokes' law",
        unit="m/s",
    ),
    StandardFormula(
        "stokes_drag",
        "viscous drag on a sphere (Stokes)",
        ("F",),
        (
            _v("F", r"F_drag|F_d|F_v|F_viscous|F"),
            _v("eta", r"η|μ"),
            _v("r", r"[rRa]"),
            _v("d", r"[dD]"),
            _v("v", r"v_t|v_T|v|u"),
        ),
        (
            Case("sphere of radius r", "F = 6*pi*eta*r*v"),
            Case("sphere of diameter d", "F = 3*pi*eta*d*v"),
        ),
        r"stokes|viscous|viscosity",
        "Stokes' law (HRW ch. 6)",
        unit="N",
    ),
    StandardFormula(
        "escape_orbital_speed",
        "escape or orbital speed",
        ("v_esc", "v_orb"),
        (
            _v("v_esc", r"v_escape|v_esc|v_e|v"),
            _v("v_orb", r"v_orbital|v_orb|v_o|v"),
            _v("G", r"G"),
            _v("M", r"M(?:_E|_e|_earth|_p|_s)?"),
            _v("r", r"R(?:_E|_e|_earth|_p)?|r"),
            _v("g", GRAV),
        ),
        (
            Case("escape speed", "v_esc = sqrt(2*G*M/r)", names=_ESCAPE),
            Case("escape speed from g", "v_esc = sqrt(2*g*r)", names=_ESCAPE),
            Case("circular orbital speed", "v_orb = sqrt(G*M/r)", names=_ORBITAL),
            Case("circular orbital speed from g", "v_orb = sqrt(g*r)", names=_ORBITAL),
        ),
        r"escape|orbit|satellite",
        "HRW ch. 13, eqs. 13-28 and 13-37",
        unit="m/s",
    ),
    # ------------------------------------------------------------- waves, optics, modern physics
    StandardFormula(
        "string_waves",
        "wave speed or frequency of a stretched string",
        ("v", "f"),
        (
            _v("v", r"v"),
            _v("f", r"f(?:_1|_0|_n)?|ν(?:_1|_0|_n)?"),
            _v("T", r"T|F_T|F"),
            _v("mu", r"μ"),
            _v("L", r"[Ll]"),
            _v("n", r"n|p"),
        ),
        (
            Case("wave speed", "v = sqrt(T/mu)"),
            Case("fundamental", "f = sqrt(T/mu)/(2*L)"),
            Case("n-th harmonic", "f = n*sqrt(T/mu)/(2*L)"),
        ),
        r"string|wire|sonometer|cord",
        "HRW ch. 16, eqs. 16-26 and 16-66",
        excludes=r"pipe|tube|air column",
    ),
    StandardFormula(
        "pipe_frequency",
        "resonant frequency of an air column",
        ("f",),
        (
            _v("f", r"f(?:_(?P<hint>[A-Za-z]+|1|0|n|3|5))?|ν(?:_[A-Za-z0-9]+)?"),
            _v("v", r"v|c"),
            _v("L", r"[Ll]"),
            _v("n", r"n"),
        ),
        (
            Case("open at both ends, fundamental", "f = v/(2*L)", names=r"open", when=r"open"),
            Case("open at both ends, n-th harmonic", "f = n*v/(2*L)", names=r"open", when=r"open"),
            Case(
                "closed at one end, fundamental",
                "f = v/(4*L)",
                names=r"closed|stopped",
                when=r"closed|stopped|one end",
            ),
            Case(
                "closed at one end, n-th (odd) harmonic",
                "f = n*v/(4*L)",
                names=r"closed|stopped",
                when=r"closed|stopped|one end",
            ),
        ),
        r"pipe|\btube\b|organ|air column",
        "HRW ch. 17, eqs. 17-39 and 17-41",
        excludes=r"end correction|kundt|\brod\b|clamped|string|wire",
    ),
    StandardFormula(
        "bragg",
        "Bragg's law",
        ("lam", "d", "theta"),
        (
            _v("n_order", r"n"),
            _v("lam", r"λ"),
            _v("d", r"d_hkl|d(?:_[0-9]+)?"),
            _v("theta", r"θ(?:_[A-Za-z0-9]+)?"),
        ),
        (
            Case("order n", relation="bragg"),
            Case("first order", "lam = 2*d*sin(theta)"),
        ),
        r"bragg|x.ray|diffract",
        "Callister ch. 3, eq. 3.20 (relation 'bragg')",
        excludes=r"grating|slit|davisson|germer|electron diffraction|surface",
    ),
    StandardFormula(
        "interplanar_cubic",
        "interplanar spacing of a cubic lattice",
        ("d",),
        (
            _v("d", r"d_hkl|d(?:_[0-9]+)?"),
            _v("a", r"a(?:_0)?"),
            _v("h_i", r"h"),
            _v("k_i", r"k"),
            _v("l_i", r"l"),
        ),
        (Case("cubic lattice", relation="interplanar_spacing_cubic"),),
        r"cubic|\bfcc\b|\bbcc\b|interplanar",
        "Callister ch. 3, eq. 3.21 (relation 'interplanar_spacing_cubic')",
        excludes=r"hexagonal|\bhcp\b|tetragonal|orthorhombic",
    ),
    StandardFormula(
        "de_broglie",
        "de Broglie wavelength",
        ("lam_db",),
        (
            _v("lam_db", r"λ(?:_[A-Za-z]+)?"),
            _v("h", r"h"),
            _v("m_obj", r"m(?:_e|_p|_n|_α)?"),
            _v("v_p", r"v"),
            _v("p", r"p"),
            _v("K", r"K\.E\.|KE|E_k|E_K|K|E"),
            _v("q", r"q|e"),
            _v("V", r"V"),
            _v("k_B", BOLTZ),
            _v("T", TEMP),
        ),
        (
            Case("from mass and speed", relation="de_broglie_mass_speed"),
            Case("from momentum", "lam_db = h/p"),
            Case("from kinetic energy", "lam_db = h/sqrt(2*m_obj*K)"),
            Case("charge accelerated through V", "lam_db = h/sqrt(2*m_obj*q*V)"),
            Case("thermal (rms speed)", "lam_db = h/sqrt(3*m_obj*k_B*T)"),
        ),
        r"de.?broglie|matter wave",
        "HRW ch. 38, eq. 38-17 (relation 'de_broglie_mass_speed')",
    ),
    StandardFormula(
        "photon_photoelectric",
        "photon energy and the photoelectric equation",
        ("E_ph", "K_max", "V_0", "lam_thr", "nu_0"),
        (
            _v("E_ph", r"E_photon|E_ph|E_p|E_γ|E"),
            _v("K_max", r"K_max|KE_max|K\.E\._max|E_k|E_max|T_max|K"),
            _v("V_0", r"V_0|V_s|V_stop"),
            _v("lam_thr", r"λ_0|λ_th|λ_t|λ_c"),
            _v("nu_0", r"ν_0|f_0|ν_th"),
            _v("h", r"h"),
            _v("c", r"c"),
            _v("lam", r"λ"),
            _v("nu", r"ν|f"),
            _v("phi_w", r"φ_0|φ|ϕ|Φ|W_0|W"),
            _v("e", r"e"),
        ),
        (
            Case("photon energy from wavelength", relation="photon_energy_wavelength"),
            Case("photon energy from frequency", "E_ph = h*nu"),
            Case(
                "photoelectric equation (wavelength)", relation="photoelectric_max_kinetic_energy"
            ),
            Case("photoelectric equation (frequency)", "K_max = h*nu - phi_w"),
            Case("stopping potential (frequency)", "e*V_0 = h*nu - phi_w"),
            Case("stopping potential (wavelength)", "e*V_0 = h*c/lam - phi_w"),
            Case("threshold wavelength", "lam_thr = h*c/phi_w"),
            Case("threshold frequency", "nu_0 = phi_w/h"),
        ),
        r"photon|photoelectric|work function|light of|radiation",
        "HRW ch. 38, eqs. 38-2 and 38-5",
        excludes=r"de.?broglie|compton|relativ",
    ),
    StandardFormula(
        "bohr_hydrogen",
        "energy or radius of a Bohr orbit",
        ("E_n", "r_n"),
        (
            _v("E_n", r"E_n|E"),
            _v("E_1", r"E_1"),
            _v("r_n", r"r_n|r"),
            _v("a_0", r"a_0|r_1"),
            _v("n", r"n"),
            _v("Z", r"Z"),
        ),
        (
            Case("hydrogen, in eV", "E_n = -13.6/n**2", rtol=0.01),
            Case("hydrogen-like ion, in eV", "E_n = -13.6*Z**2/n**2", rtol=0.01),
            Case("hydrogen, in J", "E_n = -2.18*10**(-18)/n**2", rtol=0.01),
            Case("hydrogen-like ion, in J", "E_n = -2.18*10**(-18)*Z**2/n**2", rtol=0.01),
            Case("from the ground-state energy", "E_n = E_1/n**2"),
            Case("hydrogen-like, from the ground state", "E_n = E_1*Z**2/n**2"),
            Case("orbit radius", "r_n = a_0*n**2"),
            Case("orbit radius, hydrogen-like", "r_n = a_0*n**2/Z"),
            Case("orbit radius in Å", "r_n = 0.529*n**2", rtol=0.01),
            Case("orbit radius in Å, hydrogen-like", "r_n = 0.529*n**2/Z", rtol=0.01),
        ),
        r"hydrogen|bohr|he\+|li\^?2\+|hydrogen.like",
        "HRW ch. 39, eqs. 39-33 and 39-34",
        monomial=True,
        units_dropped=("eV", "J", "Å", "nm"),
    ),
    StandardFormula(
        "rydberg",
        "Rydberg formula",
        ("lam",),
        (
            _v("lam", r"λ"),
            _v("R_H", r"R_H|R_∞|R"),
            _v("n_1", r"n_[A-Za-z0-9]+"),
            _v("n_2", r"n_[A-Za-z0-9]+"),
            _v("Z", r"Z"),
        ),
        (
            Case("hydrogen", "1/lam = R_H*(1/n_1**2 - 1/n_2**2)"),
            Case("hydrogen-like ion", "1/lam = R_H*Z**2*(1/n_1**2 - 1/n_2**2)"),
        ),
        r"hydrogen|bohr|rydberg|balmer|lyman|paschen|spectral line",
        "HRW ch. 39, eq. 39-36",
    ),
    StandardFormula(
        "malus",
        "intensity through a polariser (Malus)",
        ("I",),
        (_v("I", r"I(?:_[A-Za-z0-9]+)?"), _v("I_0", r"I_0|I_o"), _v("theta", r"θ|φ|α")),
        (
            Case("polarised light at angle θ", "I = I_0*cos(theta)**2"),
            Case("unpolarised light", "I = I_0/2"),
        ),
        r"polari[sz]",
        "HRW ch. 33, eqs. 33-36 and 33-38",
    ),
    StandardFormula(
        "double_slit",
        "fringe width or fringe position in Young's double-slit experiment",
        ("beta", "y"),
        (
            _v("beta", r"β|w"),
            _v("y", r"y_n|y_m|y|x_n|x"),
            _v("lam", r"λ"),
            _v("D", r"D|L"),
            _v("d", r"d"),
            _v("n", r"n|m"),
        ),
        (
            Case("fringe width", "beta = lam*D/d"),
            Case("n-th bright fringe", "y = n*lam*D/d", names=r"bright|maxim|constructive"),
            Case("n-th dark fringe", "y = (2*n - 1)*lam*D/(2*d)", names=_DARK),
            Case("n-th dark fringe (from zero)", "y = (2*n + 1)*lam*D/(2*d)", names=_DARK),
        ),
        r"double.slit|young'?s? (double|experiment|slit)|fringe",
        "HRW ch. 35, eqs. 35-14 and 35-16",
        excludes=r"single.slit|grating|thin film|wedge|newton'?s rings|glass (plate|slab)|immersed|medium",
    ),
    StandardFormula(
        "youngs_modulus",
        "Young's modulus from a stretched wire",
        ("Y", "dL"),
        (
            _v("Y", r"Y|E"),
            _v("F", r"F|W|T"),
            _v("L", r"L_0|L|l_0|l"),
            _v("A", r"A"),
            _v("dL", r"Δ\s?L|Δ\s?l"),
            _v("r", r"r"),
        ),
        (
            Case("stress over strain", "Y = F*L/(A*dL)"),
            Case("wire of radius r", "Y = F*L/(pi*r**2*dL)"),
        ),
        r"young'?s modulus|elongat|stretch|extension",
        "HRW ch. 12, eq. 12-23",
        excludes=r"thermal|temperature|heated|cooled|series|two wires|composite|combination",
    ),
    StandardFormula(
        "capillary_rise",
        "capillary rise",
        ("h",),
        (
            _v("h", r"h"),
            _v("T", r"T|S|σ|γ"),
            _v("theta", r"θ|α"),
            _v("rho", r"ρ|d"),
            _v("g", GRAV),
            _v("r", r"r|R"),
        ),
        (
            Case("Jurin's law", "h = 2*T*cos(theta)/(rho*g*r)"),
            Case("Jurin's law, zero contact angle", "h = 2*T/(rho*g*r)"),
        ),
        r"capillar",
        "Serway & Jewett ch. 14; Jurin's law",
        excludes=r"between (two )?(parallel )?plates|inclined|tilted|conical|ascending|lift|elevator|accelerat",
    ),
    StandardFormula(
        "excess_pressure",
        "excess pressure inside a drop or bubble",
        ("dP",),
        (
            _v("dP", r"Δ\s?P|Δ\s?p|P_excess|P_ex|ΔP_\w+"),
            _v("T", r"T|S|σ|γ"),
            _v("r", r"r|R"),
        ),
        (
            Case(
                "drop or air bubble in a liquid (one surface)",
                "dP = 2*T/r",
                when=r"\bdrop|air bubble|bubble (in|inside|formed in)|cavity",
            ),
            Case("soap bubble (two surfaces)", "dP = 4*T/r", when=r"soap"),
        ),
        r"surface tension",
        "HRW ch. 14 problems; Laplace pressure of a spherical surface",
        excludes=r"cylind|between|plates|capillar",
    ),
    StandardFormula(
        "thin_lens",
        "thin-lens or mirror equation",
        ("f",),
        (_v("f", r"f|F"), _v("u", r"d_o|s_o|u|o|p"), _v("v", r"d_i|s_i|v|i|q")),
        (
            Case("real-is-positive (or mirror) convention", "1/f = 1/u + 1/v"),
            Case("Cartesian convention", "1/f = 1/v - 1/u"),
        ),
        r"\blens|mirror|focal",
        "HRW ch. 34, eq. 34-4",
    ),
    StandardFormula(
        "magnification",
        "lateral magnification of a thin lens or a mirror",
        ("m",),
        (
            _v("m", r"m(?:_(?:lat|L|lens|mirror))?|M"),
            _v("u", r"d_o|s_o|u|o|p"),
            _v("v", r"d_i|s_i|v|i|q"),
            _v("f", r"f|F"),
            _v("h_o", r"h_o|h_1|h|y_o|y_1|y|O"),
            _v("h_i", r"h_i|h_2|h'|y_i|y_2|y'|I"),
        ),
        (  # magnitudes are compared: m = v/u and m = -v/u are one case
            Case("from the distances", "m = v/u"),
            Case("from the heights", "m = h_i/h_o"),
            Case("from f and the object distance", "m = f/(f - u)"),
            Case("from f and the object distance (signed u)", "m = f/(f + u)"),
            Case("from f and the image distance", "m = (v - f)/f"),
            Case("from f and the image distance (signed v)", "m = (v + f)/f"),
            Case("areal magnification", "m = v**2/u**2", requires=r"\barea|areal|intensity"),
        ),
        r"\blens|mirror|magnif",
        "HRW ch. 34, eqs. 34-5 and 34-6",
        excludes=r"microscope|telescope|angular magnif|magnifying (glass|power)|eyepiece|combination",
        monomial=True,
    ),
    # ------------------------------------------------------------- electricity and magnetism
    StandardFormula(
        "capacitor_combination",
        "equivalent capacitance",
        ("C_eq",),
        (
            _v("C_eq", r"C_(?P<hint>eq|total|net|tot|series|parallel|s|p|T|AB)|C"),
            _v("C_1", r"C_1|C_A"),
            _v("C_2", r"C_2|C_B"),
            _v("C_3", r"C_3|C_C"),
        ),
        (
            Case("two in series", "1/C_eq = 1/C_1 + 1/C_2", names=r"series|^s$", when=r"series"),
            Case(
                "three in series",
                "1/C_eq = 1/C_1 + 1/C_2 + 1/C_3",
                names=r"series|^s$",
                when=r"series",
            ),
            Case("two in parallel", "C_eq = C_1 + C_2", names=r"parallel|^p$", when=r"parallel"),
            Case(
                "three in parallel",
                "C_eq = C_1 + C_2 + C_3",
                names=r"parallel|^p$",
                when=r"parallel",
            ),
        ),
        r"capacit",
        "HRW ch. 25, eqs. 25-19 and 25-20",
        excludes=(
            r"dielectric (slab|partially)|partially filled|bridge|network|switch"
            r"|across (each other|it|them|the)"
        ),
    ),
    StandardFormula(
        "resistor_combination",
        "equivalent resistance",
        ("R_eq",),
        (
            _v("R_eq", r"R_(?P<hint>eq|total|net|tot|series|parallel|s|p|T|AB)|R"),
            _v("R_1", r"R_1|R_A"),
            _v("R_2", r"R_2|R_B"),
            _v("R_3", r"R_3|R_C"),
        ),
        (
            Case("two in series", "R_eq = R_1 + R_2", names=r"series|^s$", when=r"series"),
            Case("three in series", "R_eq = R_1 + R_2 + R_3", names=r"series|^s$", when=r"series"),
            Case(
                "two in parallel", "1/R_eq = 1/R_1 + 1/R_2", names=r"parallel|^p$", when=r"parallel"
            ),
            Case(
                "three in parallel",
                "1/R_eq = 1/R_1 + 1/R_2 + 1/R_3",
                names=r"parallel|^p$",
                when=r"parallel",
            ),
        ),
        r"resist",
        "HRW ch. 27, eqs. 27-7 and 27-24",
        excludes=(
            r"bridge|wheatstone|internal resistance|galvanometer|shunt|ammeter|voltmeter|potentiometer"
            r"|network|switch|across (each other|it|them|the)"
        ),
    ),
    StandardFormula(
        "parallel_plate_capacitance",
        "capacitance of a parallel-plate capacitor",
        ("C_cap",),
        (
            _v("C_cap", r"C(?:_0)?"),
            _v("eps_r", r"ε_r|κ|K|k"),
            _v("eps_0", r"ε_0|ϵ_0|ε₀|ε_o"),
            _v("eps", r"ε"),
            _v("A_pl", r"A"),
            _v("l_gap", r"d|l|L"),
        ),
        (
            Case("with a dielectric", relation="parallel_plate_capacitance"),
            Case("vacuum", "C_cap = eps_0*A_pl/l_gap"),
            Case("permittivity of the dielectric", "C_cap = eps*A_pl/l_gap"),
        ),
        r"parallel.plate|plates? of area|plate area|capacitor",
        "HRW ch. 25, eqs. 25-9 and 25-29; Callister ch. 18, eq. 18.30 (relation 'parallel_plate_capacitance')",
        excludes=r"partially|slab of thickness|spherical|cylindrical|series|parallel combination",
        unit="F",
    ),
    StandardFormula(
        "capacitor_energy",
        "energy stored in a capacitor",
        ("U",),
        (
            _v("U", r"U_C|U_c|E_C|U|E"),
            _v("C", r"C_eq|C_total|C_net|C_T|C"),
            _v("V", r"ΔV|V_0|V"),
            _v("Q", r"Q_0|Q|q"),
        ),
        (
            Case("from C and V", "U = C*V**2/2"),
            Case("from Q and C", "U = Q**2/(2*C)"),
            Case("from Q and V", "U = Q*V/2"),
        ),
        r"capacit",
        "HRW ch. 25, eqs. 25-21 and 25-22",
        unit="J",
        monomial=True,
    ),
    StandardFormula(
        "inductor_energy",
        "energy stored in an inductor",
        ("U",),
        (_v("U", r"U_L|U_B|E_L|U|E"), _v("L", r"L"), _v("I", r"I_0|I|i")),
        (Case("from L and I", "U = L*I**2/2"),),
        r"inductor|inductance|solenoid|\bcoil",
        "HRW ch. 30, eq. 30-49",
        unit="J",
        monomial=True,
    ),
    StandardFormula(
        "time_constant",
        "time constant of an RC or RL circuit",
        ("tau",),
        (
            _v("tau", r"τ(?:_[A-Za-z]+)?"),
            _v("R", r"R_eq|R_total|R"),
            _v("C", r"C_eq|C"),
            _v("L", r"L_eq|L"),
        ),
        (Case("RC circuit", "tau = R*C"), Case("RL circuit", "tau = L/R")),
        r"time constant|capacitor|inductor|\brc\b|\brl\b|charg",
        "HRW ch. 27, eq. 27-36, and ch. 30, eq. 30-42",
        unit="s",
    ),
    StandardFormula(
        "electric_power",
        "power dissipated in a resistor",
        ("P",),
        (_v("P", r"P"), _v("V", r"V"), _v("I", r"I"), _v("R", r"R")),
        (Case("V·I", "P = V*I"), Case("I²R", "P = I**2*R"), Case("V²/R", "P = V**2/R")),
        r"power|dissipat|watt",
        "HRW ch. 26, eqs. 26-26 to 26-28",
        excludes=r"\bac\b|alternating|power factor|impedance|capacitor|inductor|rms|lamp|bulb",
        unit="W",
    ),
    StandardFormula(
        "ac_reactance",
        "reactance or resonance of an AC circuit",
        ("X_C", "X_L", "omega_0", "f_0"),
        (
            _v("X_C", r"X_C|X_c"),
            _v("X_L", r"X_L|X_l"),
            _v("omega_0", r"ω_0|ω_r"),
            _v("f_0", r"f_0|f_r|ν_0"),
            _v("omega", r"ω"),
            _v("f", r"f|ν"),
            _v("C", r"C"),
            _v("L", r"L"),
        ),
        (
            Case("capacitive reactance", "X_C = 1/(omega*C)"),
            Case("capacitive reactance (f)", "X_C = 1/(2*pi*f*C)"),
            Case("inductive reactance", "X_L = omega*L"),
            Case("inductive reactance (f)", "X_L = 2*pi*f*L"),
            Case("resonance (angular)", "omega_0 = 1/sqrt(L*C)"),
            Case("resonance", "f_0 = 1/(2*pi*sqrt(L*C))"),
        ),
        r"reactance|impedance|\bac\b|alternating|resonan|\blcr\b|\brlc\b|\bhz\b",
        "HRW ch. 31, eqs. 31-4, 31-39 and 31-49",
    ),
    StandardFormula(
        "ac_impedance",
        "impedance of a series (or parallel) AC circuit",
        ("Z",),
        (
            _v("Z", r"Z(?:_(?:eq|total|net|RC|RL|LCR|RLC))?"),
            _v("R", r"R"),
            _v("X_C", r"X_C|X_c"),
            _v("X_L", r"X_L|X_l"),
            _v("omega", r"ω"),
            _v("f", r"f|ν"),
            _v("C", r"C"),
            _v("L", r"L"),
            _v("V", r"V(?:_(?:rms|0|s))?"),
            _v("I", r"I(?:_(?:rms|0))?"),
        ),
        (
            Case("from voltage and current", "Z = V/I"),
            Case("series RC", "Z = sqrt(R**2 + X_C**2)", unless=r"\binductor|\bcoil|inductance"),
            Case("series RC (ω)", "Z = sqrt(R**2 + 1/(omega*C)**2)", unless=r"\binductor|\bcoil"),
            Case("series RC (f)", "Z = sqrt(R**2 + 1/(2*pi*f*C)**2)", unless=r"\binductor|\bcoil"),
            Case("series RL", "Z = sqrt(R**2 + X_L**2)", unless=r"capacit"),
            Case("series RL (ω)", "Z = sqrt(R**2 + (omega*L)**2)", unless=r"capacit"),
            Case("series RL (f)", "Z = sqrt(R**2 + (2*pi*f*L)**2)", unless=r"capacit"),
            Case("series RLC", "Z = sqrt(R**2 + (X_L - X_C)**2)"),
            Case("series RLC (ω)", "Z = sqrt(R**2 + (omega*L - 1/(omega*C))**2)"),
            Case("series RLC (f)", "Z = sqrt(R**2 + (2*pi*f*L - 1/(2*pi*f*C))**2)"),
            Case("parallel RC", "Z = R*X_C/sqrt(R**2 + X_C**2)", requires=r"parallel"),
            Case("parallel RL", "Z = R*X_L/sqrt(R**2 + X_L**2)", requires=r"parallel"),
        ),
        r"impedance|\bac\b|alternating|\blcr\b|\brlc\b|reactance"
        r"|(?s:\bhz\b.*(?:capacit|inductor|\bcoil|resistor|\blamp|\bbulb)|(?:capacit|inductor|\bcoil|resistor"
        r"|\blamp|\bbulb).*\bhz\b)",
        "HRW ch. 31, eqs. 31-61 and 31-65",
        excludes=r"mutual|transformer|transmission|three.phase|bridge",
    ),
    StandardFormula(
        "coulomb",
        "Coulomb force between two point charges",
        ("F",),
        (
            _v("F", r"F(?:_(?:e|E|c|C|12|21|elec|es))?"),
            _v("k", r"k_e|k"),
            _v("eps_0", r"ε_0|ϵ_0|ε_o"),
            _v("q_1", r"q_1|Q_1|q_A|Q_A"),
            _v("q_2", r"q_2|Q_2|q_B|Q_B"),
            _v("q", r"q|Q"),
            _v("r", r"r|d"),
        ),
        (
            Case("with k", "F = k*q_1*q_2/r**2"),
            Case("with ε0", "F = q_1*q_2/(4*pi*eps_0*r**2)"),
            Case("equal charges, with k", "F = k*q**2/r**2"),
            Case("equal charges, with ε0", "F = q**2/(4*pi*eps_0*r**2)"),
        ),
        r"point charge|charges? of|coulomb",
        "HRW ch. 21, eq. 21-4",
        excludes=r"dielectric|medium|sphere|shell|dipole|line charge|ring|disc|rod",
        unit="N",
        monomial=True,
    ),
    StandardFormula(
        "cyclotron_radius",
        "radius of a charged particle's circle in a magnetic field",
        ("r",),
        (
            _v("r", r"r(?:_[A-Za-z]+)?|R"),
            _v("m", r"m"),
            _v("v", r"v"),
            _v("p", r"p"),
            _v("q", r"q|e"),
            _v("B", r"B"),
            _v("K", r"K|E_k|KE"),
            _v("V", r"V"),
        ),
        (
            Case("from speed", "r = m*v/(q*B)"),
            Case("from momentum", "r = p/(q*B)"),
            Case("from kinetic energy", "r = sqrt(2*m*K)/(q*B)"),
            Case("accelerated through V", "r = sqrt(2*m*V/q)/B"),
        ),
        r"magnetic field",
        "HRW ch. 28, eq. 28-16",
        excludes=r"helix|helical|pitch|angle to the field|electric and magnetic",
        unit="m",
    ),
    StandardFormula(
        "magnetic_susceptibility",
        "magnetic susceptibility",
        ("chi_m",),
        (
            _v("chi_m", r"χ_m|χ"),
            _v("mu_r", r"μ_r"),
            _v("mu_0", r"μ_0|μ₀|μ_o"),
            _v("B", r"B"),
            _v("H", r"H"),
        ),
        (
            Case("from the relative permeability", "chi_m = mu_r - 1"),
            Case("from B and H", "chi_m = B/(mu_0*H) - 1"),
        ),
        r"suscept|χ_?m",
        "Callister ch. 20, eqs. 20.2–20.7 (B = μ_0(H + M), M = χ_m H, so χ_m = μ_r − 1)",
        excludes=r"diamagnet|paramagnet|curie|weiss|per mole|molar|mass susceptibility",
        unit="",
    ),
    StandardFormula(
        "magnetic_field_sources",
        "magnetic field of a long wire, a loop or a solenoid",
        ("B",),
        (
            _v("B", r"B(?:_[A-Za-z0-9]+)?"),
            _v("mu_0", r"μ_0|μ_o"),
            _v("I", r"I|i"),
            _v("r", r"r|d|a"),
            _v("R", r"R"),
            _v("n", r"n"),
            _v("N", r"N"),
            _v("L", r"L|l"),
        ),
        (
            Case("long straight wire", "B = mu_0*I/(2*pi*r)", when=r"wire|conductor"),
            Case(
                "centre of a loop", "B = mu_0*I/(2*R)", when=r"loop|\bring\b|circular coil|\bcoil"
            ),
            Case(
                "centre of a loop (radius r)",
                "B = mu_0*I/(2*r)",
                when=r"loop|\bring\b|circular coil|\bcoil",
            ),
            Case(
                "centre of a flat coil",
                "B = mu_0*N*I/(2*R)",
                when=r"loop|\bring\b|circular coil|\bcoil",
            ),
            Case(
                "centre of a flat coil (radius r)",
                "B = mu_0*N*I/(2*r)",
                when=r"loop|\bring\b|circular coil|\bcoil",
            ),
            Case("solenoid (turns per length)", "B = mu_0*n*I", when=r"solenoid|toroid"),
            Case("solenoid", "B = mu_0*N*I/L", when=r"solenoid|toroid"),
        ),
        r"magnetic field",
        "HRW ch. 29, eqs. 29-4, 29-10 and 29-23",
        excludes=(
            r"\barc\b|semicircle|semi|finite|segment|square|axis of|on the axis|end of"
            r"|distance from the (centre|center) of the (loop|coil)|inside the wire|hollow|bent"
        ),
        unit="T",
        monomial=True,
    ),
    # ------------------------------------------------------------- thermodynamics and kinetic theory
    StandardFormula(
        "ideal_gas_internal_energy",
        "internal energy of an ideal gas",
        ("U", "dU"),
        (
            _v("U", r"U(?:_(?P<hint>[A-Za-z]+))?|E_int|U_int"),
            _v("dU", r"Δ\s?U(?:_(?P<hint>[A-Za-z]+))?|Δ\s?E_int"),
            _v("n", r"n|μ|ν"),
            _v("R", GAS_R),
            _v("T", TEMP),
            _v("dT", r"Δ\s?T"),
            _v("N", r"N"),
            _v("k", BOLTZ),
        ),
        tuple(
            Case(f"{kind} ({label})", eq.replace("c", factor), names=names, when=when)
            for kind, factor, names, when in (
                ("monatomic", "3/2", r"mono", MONO),
                ("diatomic, rigid", "5/2", r"\bdi|dia", DIA),
                ("diatomic, vibrating", "7/2", r"\bdi|dia", DIA),
                ("polyatomic, rigid", "3", r"poly|tri", POLY),
            )
            for label, eq in U_FORMS
        )
        + tuple(
            Case(f"{part} part ({label})", eq.replace("c", factor), names=names, requires=requires)
            for part, factor, names, requires in (
                ("translational", "3/2", r"trans|\btr\b|kin", r"translational"),
                ("rotational (linear molecule)", "1", r"rot", r"rotational"),
                ("rotational (non-linear molecule)", "3/2", r"rot", r"rotational"),
            )
            for label, eq in U_FORMS
        ),
        r"monatomic|monoatomic|diatomic|polyatomic|ideal gas",
        "HRW ch. 19, eqs. 19-38 and 19-45",
        excludes=r"mixture|mixed|and (one|two|three|\d) moles? of|van der waals|real gas",
        unit="J",
        monomial=True,
    ),
    StandardFormula(
        "ideal_gas_heat",
        "heat taken up by an ideal gas at constant volume or constant pressure",
        ("Q",),
        (
            _v("Q", r"Q_(?P<hint>[A-Za-z]+)|Q|q"),
            _v("n", r"n"),
            _v("R", GAS_R),
            _v("dT", r"Δ\s?T"),
        ),
        tuple(
            Case(
                f"{kind}, {process}",
                f"Q = {factor}*n*R*dT",
                names=f"{names}|{pnames}",
                when=when,
                unless=other,
            )
            for kind, f_v, names, when in (
                ("monatomic", 3, r"mono", MONO),
                ("diatomic, rigid", 5, r"\bdi|dia", DIA),
                ("diatomic, vibrating", 7, r"\bdi|dia", DIA),
                ("polyatomic, rigid", 6, r"poly|tri", POLY),
            )
            for process, factor, pnames, other in (
                ("constant volume", f"{f_v}/2", r"^v$|const.*vol|isochoric", ONLY_PRESSURE),
                ("constant pressure", f"{f_v + 2}/2", r"^p$|const.*press|isobaric", ONLY_VOLUME),
            )
        ),
        r"monatomic|monoatomic|diatomic|polyatomic",
        "HRW ch. 19, eqs. 19-39 and 19-46",
        excludes=r"mixture|mixed|and (one|two|three|\d) moles? of|adiabatic|isotherm|polytropic|free expansion",
        unit="J",
        monomial=True,
    ),
    StandardFormula(
        "molar_heat_capacity",
        "molar heat capacity or heat-capacity ratio of an ideal gas",
        ("C_v", "C_p", "gamma"),
        (
            _v("C_v", r"C_v,m|C_V,m|C_v|C_V|Cv|c_v"),
            _v("C_p", r"C_p,m|C_P,m|C_p|C_P|Cp|c_p"),
            _v("gamma", r"γ"),
            _v("R", GAS_R),
            _v("dof", r"f"),
        ),
        (
            *(
                Case(f"{kind}", eq, names=names, when=when)
                for kind, names, when, eqs in (
                    ("monatomic", r"mono", MONO, ("C_v = 3*R/2", "C_p = 5*R/2", "gamma = 5/3")),
                    (
                        "diatomic, rigid",
                        r"\bdi|dia",
                        DIA,
                        ("C_v = 5*R/2", "C_p = 7*R/2", "gamma = 7/5"),
                    ),
                    (
                        "diatomic, vibrating",
                        r"\bdi|dia",
                        DIA,
                        ("C_v = 7*R/2", "C_p = 9*R/2", "gamma = 9/7"),
                    ),
                    (
                        "polyatomic, rigid",
                        r"poly|tri",
                        POLY,
                        ("C_v = 3*R", "C_p = 4*R", "gamma = 4/3"),
                    ),
                )
                for eq in eqs
            ),
            Case("Mayer's relation", "C_p = C_v + R"),
            Case(
                "translational part of C_v",
                "C_v = 3*R/2",
                names=r"trans",
                requires=r"translational",
            ),
            Case("definition of γ", "gamma = C_p/C_v"),
            Case("C_v from γ", "C_v = R/(gamma - 1)"),
            Case("C_p from γ", "C_p = gamma*R/(gamma - 1)"),
            Case("C_v from f degrees of freedom (equipartition)", "C_v = dof*R/2"),
            Case("C_p from f degrees of freedom", "C_p = (dof + 2)*R/2"),
            Case("γ from f degrees of freedom", "gamma = 1 + 2/dof"),
        ),
        r"monatomic|monoatomic|diatomic|polyatomic|ideal gas",
        "HRW ch. 19, table 19-3, eq. 19-46 and §19-9",
        excludes=r"mixture|mixed|and (one|two|three|\d) moles? of|van der waals|real gas|polytropic",
    ),
    StandardFormula(
        "adiabatic_process",
        "reversible adiabatic process of an ideal gas",
        ("T_1", "T_2", "P_1", "P_2", "V_1", "V_2", "W"),
        (
            _v("T_1", r"T_(?P<i>[A-Za-z0-9]+)", "1"),
            _v("T_2", r"T_(?P<i>[A-Za-z0-9]+)", "2"),
            _v("P_1", r"[Pp]_(?P<i>[A-Za-z0-9]+)", "1"),
            _v("P_2", r"[Pp]_(?P<i>[A-Za-z0-9]+)", "2"),
            _v("V_1", r"V_(?P<i>[A-Za-z0-9]+)", "1"),
            _v("V_2", r"V_(?P<i>[A-Za-z0-9]+)", "2"),
            _v("W", r"W(?:_(?:ad|adiabatic|by|on))?|w"),
            _v("gamma", r"γ"),
            _v("n", r"n"),
            _v("R", GAS_R),
        ),
        (
            Case("T V^(γ-1) constant", "T_2 = T_1*(V_1/V_2)**(gamma - 1)"),
            Case("P V^γ constant", "P_2 = P_1*(V_1/V_2)**gamma"),
            Case("T^γ P^(1-γ) constant", "T_2 = T_1*(P_2/P_1)**((gamma - 1)/gamma)"),
            Case("work from P and V", "W = (P_1*V_1 - P_2*V_2)/(gamma - 1)"),
            Case("work from temperatures", "W = n*R*(T_1 - T_2)/(gamma - 1)"),
        ),
        r"adiabatic",
        "HRW ch. 19, eqs. 19-53 and 19-54; Atkins §2D",
        excludes=r"irreversible|free expansion|against (a )?constant|polytropic|throttl",
    ),
    StandardFormula(
        "isothermal_work",
        "work in a reversible isothermal process of an ideal gas",
        ("W",),
        (
            _v("W", r"W(?:_(?:iso|by|on|rev))?|w"),
            _v("n", r"n"),
            _v("R", GAS_R),
            _v("T", TEMP),
            _v("V_1", r"V_(?P<i>[A-Za-z0-9]+)", "1"),
            _v("V_2", r"V_(?P<i>[A-Za-z0-9]+)", "2"),
            _v("P_1", r"[Pp]_(?P<i>[A-Za-z0-9]+)", "1"),
            _v("P_2", r"[Pp]_(?P<i>[A-Za-z0-9]+)", "2"),
        ),
        (
            Case("from volumes", "W = n*R*T*log(V_2/V_1)"),
            Case("from pressures", "W = n*R*T*log(P_1/P_2)"),
        ),
        r"isotherm",
        "HRW ch. 19, eq. 19-14; Atkins §2A",
        excludes=r"irreversible|against (a )?constant|free expansion",
        unit="J",
    ),
    StandardFormula(
        "molecular_speeds",
        "molecular speed of an ideal gas (rms, mean or most probable)",
        ("v",),
        (
            _v(
                "v", r"(?:v|c|u)_(?P<hint>rms|RMS|avg|av|ave|mean|mp|p|prob)|v_r\.m\.s\.?|v|c|u|⟨v⟩"
            ),
            _v("R", GAS_R),
            _v("T", TEMP),
            _v("M", r"M_m|M"),
            _v("k", BOLTZ),
            _v("m", r"m"),
            _v("P", r"P|p"),
            _v("rho", r"ρ"),
        ),
        tuple(
            Case(f"{kind} speed", f"v = sqrt({c}*{num}/{den})", names=names)
            for kind, c, names in (
                ("root-mean-square", "3", r"rms|root"),
                ("mean", "8/pi", r"avg|av|ave|mean"),
                ("most probable", "2", r"mp|prob|^p$"),
            )
            for num, den in (("R*T", "M"), ("k*T", "m"), ("P", "rho"))
        )
        + tuple(
            Case(
                f"speed of sound, {label}",
                f"v = sqrt({c}*{num}/{den})",
                names=r"sound|\bs\b",
                requires=r"sound",
            )
            for label, c in (
                ("isothermal (Newton)", "1"),
                ("adiabatic, monatomic", "5/3"),
                ("adiabatic, diatomic", "7/5"),
            )
            for num, den in (("R*T", "M"), ("k*T", "m"), ("P", "rho"))
        ),
        r"rms|root.mean|mean speed|average speed|most probable|molecular speed"
        r"|speed of (the )?(gas )?molecules|kinetic theory",
        "HRW ch. 19, eqs. 19-22, 19-31 and 19-35",
        unit="m/s",
    ),
    StandardFormula(
        "ideal_gas_law",
        "ideal-gas law",
        ("P", "V", "n", "T"),
        (
            _v("P", r"P|p"),
            _v("V", r"V"),
            _v("n", r"n"),
            _v("R", GAS_R),
            _v("T", TEMP),
            _v("N", r"N"),
            _v("k", BOLTZ),
        ),
        (Case("molar form", "P*V = n*R*T"), Case("molecular form", "P*V = N*k*T")),
        r"ideal gas|\bgas\b",
        "HRW ch. 19, eqs. 19-5 and 19-9",
        excludes=r"van der waals|real gas|compressibility",
    ),
    StandardFormula(
        "radioactive_decay",
        "radioactive (first-order) decay",
        ("N", "lam", "t_half", "A", "tau"),
        (
            _v("N", r"N\(t\)|N_t|N"),
            _v("N_0", r"N_0|N_o|N_i"),
            _v("A", r"A\(t\)|A_t|A"),
            _v("A_0", r"A_0|A_o"),
            _v("lam", r"λ|k"),
            _v("t_half", r"t_half|T_half|t_h"),
            _v("tau", r"τ"),
            _v("t", r"t"),
        ),
        (
            Case("exponential law", "N = N_0*exp(-lam*t)"),
            Case("half-life law", "N = N_0*2**(-t/t_half)"),
            Case("activity, exponential law", "A = A_0*exp(-lam*t)"),
            Case("activity, half-life law", "A = A_0*2**(-t/t_half)"),
            Case("activity", "A = lam*N"),
            Case("decay constant from half-life", "lam = log(2)/t_half"),
            Case("mean life", "tau = 1/lam"),
            Case("mean life from half-life", "tau = t_half/log(2)"),
        ),
        r"half.life|radioactiv|\bdecay|disintegrat|first.order",
        "HRW ch. 42, eqs. 42-14 to 42-20; Atkins §17B",
        prepare=HALF,
    ),
    StandardFormula(
        "nernst",
        "Nernst equation and the standard cell potential",
        ("E", "E0", "dG0", "dG"),
        (
            _v("E", r"E_(?:cell|red|ox|el|electrode)|E"),
            _v("E0", r"E0_(?:cell|red|ox|el)|E0|E_0|E_cell0"),
            _v("dG0", r"ΔG0|Δ\s?G_0"),
            _v("dG", r"Δ\s?G"),
            _v("R", GAS_R),
            _v("T", TEMP),
            _v("n", r"n|z"),
            _v("F", r"F"),
            _v("Q", r"Q_r|Q_c|Q"),
            _v("K", r"K_eq|K_c|K"),
        ),
        (
            Case("Nernst equation", "E = E0 - R*T/(n*F)*log(Q)"),
            Case("Nernst equation at 25 °C", "E = E0 - 0.05916/n*log(Q)/log(10)", rtol=0.025),
            Case("Nernst equation at 25 °C (ln)", "E = E0 - 0.02569/n*log(Q)", rtol=0.025),
            Case("standard potential and K", "E0 = R*T/(n*F)*log(K)"),
            Case("standard potential and K at 25 °C", "E0 = 0.05916/n*log(K)/log(10)", rtol=0.025),
            Case("Gibbs energy and cell potential", "dG = n*F*E"),
            Case("standard Gibbs energy and potential", "dG0 = n*F*E0"),
            Case("standard Gibbs energy and K", "dG0 = R*T*log(K)"),
        ),
        r"nernst|cell potential|electrode potential|\bemf\b|e\.m\.f|galvanic|electrochemical cell|reduction potential",
        "Atkins §6C–6D; Callister ch. 17, eq. 17.19",
    ),
    StandardFormula(
        "arrhenius",
        "Arrhenius equation",
        ("k_rate", "D"),
        (
            _v("k_rate", r"k(?:_rate|_r)?"),
            _v("D", r"D"),
            _v("A_pre", r"A"),
            _v("D0", r"D_0|D_o"),
            _v("Q", r"E_a|E_A|Ea|Q_d|Q|E"),
            _v("R", GAS_R),
            _v("k_B", r"k_B"),
            _v("T", TEMP),
        ),
        (
            Case("rate constant", relation="arrhenius_rate"),
            Case("diffusion coefficient", relation="arrhenius_diffusion"),
            Case("diffusion coefficient, per atom", "D = D0*exp(-Q/(k_B*T))"),
            Case("rate constant, per molecule", "k_rate = A_pre*exp(-Q/(k_B*T))"),
        ),
        r"activation energy|arrhenius|diffusion coefficient|diffusivity|pre.?exponential",
        "Atkins §17D; Callister ch. 5, eq. 5.8 (relations 'arrhenius_rate', 'arrhenius_diffusion')",
    ),
    StandardFormula(
        "arrhenius_two_temperatures",
        "Arrhenius equation at two temperatures",
        ("k_1", "k_2", "E_a"),
        (
            _v("k_1", r"[kDKr]_(?P<i>[A-Za-z0-9]+)", "1"),  # r: a reaction rate
            _v("k_2", r"[kDKr]_(?P<i>[A-Za-z0-9]+)", "2"),
            _v("T_1", r"T_(?P<i>[A-Za-z0-9]+)", "1"),
            _v("T_2", r"T_(?P<i>[A-Za-z0-9]+)", "2"),
            _v("E_a", r"E_a|E_A|Ea|Q_d|Q|E"),
            _v("R", GAS_R),
        ),
        (
            Case(
                "ratio of rate constants or diffusivities", "k_2/k_1 = exp(-E_a/R*(1/T_2 - 1/T_1))"
            ),
        ),
        r"activation energy|arrhenius|diffusion coefficient|diffusivity",
        "Atkins §17D; Callister ch. 5, eq. 5.9a",
    ),
    StandardFormula(
        "clausius_clapeyron",
        "Clausius–Clapeyron equation",
        ("P_1", "P_2", "dH"),
        (
            _v("P_1", r"[Pp]_(?P<i>[A-Za-z0-9]+)", "1"),
            _v("P_2", r"[Pp]_(?P<i>[A-Za-z0-9]+)", "2"),
            _v("T_1", r"T_(?P<i>[A-Za-z0-9]+)", "1"),
            _v("T_2", r"T_(?P<i>[A-Za-z0-9]+)", "2"),
            _v("dH", r"Δ\s?H_vap|Δ\s?H_v|Δ\s?H_sub|Δ\s?H|L"),
            _v("R", GAS_R),
        ),
        (Case("vapour pressure at two temperatures", "P_2/P_1 = exp(-dH/R*(1/T_2 - 1/T_1))"),),
        r"vapou?r pressure|clausius|boiling point|enthalpy of vapo",
        "Atkins §4B, eq. 4B.10",
    ),
    StandardFormula(
        "gibbs_energy",
        "Gibbs energy change",
        ("dG",),
        (
            _v("dG", r"Δ\s?G0|Δ\s?G"),
            _v("dH", r"Δ\s?H0|Δ\s?H"),
            _v("dS", r"Δ\s?S0|Δ\s?S"),
            _v("T", TEMP),
        ),
        (Case("ΔG = ΔH − TΔS", "dG = dH - T*dS"),),
        r"gibbs|spontan|free energy",
        "Atkins §3D, eq. 3D.4",
    ),
    StandardFormula(
        "kp_kc",
        "relation between K_p and K_c",
        ("K_p", "K_c"),
        (
            _v("K_p", r"K_p|K_P|Kp"),
            _v("K_c", r"K_c|K_C|Kc"),
            _v("R", GAS_R),
            _v("T", TEMP),
            _v("dn", r"Δ\s?n(?:_g|_gas)?"),
        ),
        (Case("K_p = K_c (RT)^Δn", "K_p = K_c*(R*T)**dn"),),
        r"k_?p|k_?c|equilibrium constant",
        "Atkins §6A",
    ),
    StandardFormula(
        "ostwald_dilution",
        "degree of dissociation of a weak electrolyte and Ostwald's dilution law",
        ("alpha", "K_a", "Lam_m"),
        (
            _v("alpha", r"α"),
            _v("K_a", r"K_a|K_b"),
            _v(
                "Lam_0",
                r"Λ_m\^\(?(?:0|∘|o|∞)\)?|Λ_m°|Λ_m,0|Λ\^\(?(?:0|∘|o|∞)\)?_m|Λ°_m|Λ_m\^∞|Λ_0|Λ\^\(?(?:0|∘|∞)\)?|Λ°"
                r"|λ_m\^\(?(?:0|∘|∞)\)?|λ_0|λ\^\(?(?:0|∘|∞)\)?|λ°",
            ),
            _v("Lam_m", r"Λ_m|Λ_c|Λ|λ_m|λ"),
            _v("c", r"c|C"),
        ),
        (
            Case("degree of dissociation from conductivities", "alpha = Lam_m/Lam_0"),
            Case("Ostwald's dilution law", "K_a = c*alpha**2/(1 - alpha)"),
            Case("Ostwald's law for α ≪ 1", "K_a = c*alpha**2"),
            Case("Ostwald's law from conductivities", "K_a = c*Lam_m**2/(Lam_0*(Lam_0 - Lam_m))"),
            Case("Ostwald's law from conductivities, α ≪ 1", "K_a = c*Lam_m**2/Lam_0**2"),
        ),
        r"ostwald|molar conductivit|limiting (molar )?conductivit|weak (acid|base|electrolyte|monobasic"
        r"|monoprotic)|acetic acid|ioni[sz]ation constant|acid dissociation constant",
        "Atkins §5F and topic 16 (conductivity of weak electrolytes)",
        excludes=(
            r"ionic strength|activit|debye|polyprotic|diprotic|dibasic|tribasic|hydrolysis|buffer"
            r"|common ion|\bsalt of|mixture|\bph\b|\bgas|partial pressure|\bk_?p\b|dimer|n_?2o_?4|pcl_?5"
        ),
    ),
    StandardFormula(
        "colligative",
        "freezing-point depression or boiling-point elevation",
        ("dT",),
        (
            _v("dT", r"Δ\s?T_(?:f|b|fp|bp)|Δ\s?T"),
            _v("K", r"K_(?:f|b)|k_(?:f|b)|K"),
            _v("m", r"m|b|m_B"),
            _v("i", r"i"),
        ),
        (Case("non-electrolyte", "dT = K*m"), Case("with van 't Hoff factor", "dT = i*K*m")),
        r"freezing|boiling|colligative|molal",
        "Atkins §5B, eqs. 5B.11 and 5B.12",
        excludes=r"vapou?r pressure",
        monomial=True,
    ),
    StandardFormula(
        "carnot",
        "Carnot efficiency or coefficient of performance",
        ("eta", "K"),
        (
            _v("eta", r"η(?:_[A-Za-z]+)?|e"),
            _v("K", r"COP|K|β"),
            _v("T_c", r"T_(?:cold|sink|low|c|C|L|1|2)"),
            _v("T_h", r"T_(?:hot|source|high|h|H|1|2)"),
        ),
        (
            Case("Carnot efficiency", "eta = 1 - T_c/T_h"),
            Case("Carnot refrigerator", "K = T_c/(T_h - T_c)"),
            Case("Carnot heat pump", "K = T_h/(T_h - T_c)"),
        ),
        r"carnot|heat engine|refrigerat|heat pump|coefficient of performance",
        "HRW ch. 20, eqs. 20-13 and 20-15",
    ),
    StandardFormula(
        "stefan_boltzmann",
        "power radiated by a hot body (Stefan–Boltzmann)",
        ("P",),
        (_v("P", r"P|H|E"), _v("e", r"e|ε"), _v("sigma", r"σ"), _v("A", r"A"), _v("T", TEMP)),
        (Case("black body", "P = sigma*A*T**4"), Case("grey body", "P = e*sigma*A*T**4")),
        r"stefan|black.?body|radiat",
        "HRW ch. 18, eq. 18-38",
        monomial=True,
    ),
    StandardFormula(
        "thermal_expansion",
        "thermal expansion",
        ("dL", "dV", "beta"),
        (
            _v("dL", r"Δ\s?L|Δ\s?l"),
            _v("L", r"L_0|L|l_0|l"),
            _v("dV", r"Δ\s?V"),
            _v("V", r"V_0|V"),
            _v("alpha", r"α"),
            _v("beta", r"β|γ"),
            _v("dT", r"Δ\s?T"),
        ),
        (
            Case("linear", "dL = alpha*L*dT"),
            Case("volume", "dV = beta*V*dT"),
            Case("volume, from α", "dV = 3*alpha*V*dT"),
            Case("volume coefficient", "beta = 3*alpha"),
        ),
        r"expansion|expand",
        "HRW ch. 18, eqs. 18-9 to 18-11",
        monomial=True,
    ),
    # ------------------------------------------------------------- materials science
    StandardFormula(
        "modulus_of_resilience",
        "modulus of resilience",
        ("U_r",),
        (
            _v("U_r", r"U_r|U_R|Ur|u_r|U"),
            _v("sigma_y", r"σ_(?:ys|y|Y|yield|e)"),
            _v("E_mod", r"E|Y"),
            _v("eps_y", r"ε_(?:y|Y|e|ys)"),
        ),
        (
            Case("linear elastic region", relation="modulus_of_resilience"),
            Case("from yield stress and strain", "U_r = sigma_y*eps_y/2"),
        ),
        r"resilien",
        "Callister ch. 6, eq. 6.14 (relation 'modulus_of_resilience')",
        unit="J/m**3",
    ),
    StandardFormula(
        "vacancy_concentration",
        "equilibrium number of vacancies",
        ("N_v",),
        (
            _v("N_v", r"N_v|n_v|N_V|n_V"),
            _v("N_s", r"N_s|N_0|N"),
            _v("Q_v", r"Q_v|E_v|Δ\s?H_v|H_v|Q|E_f"),
            _v("k_B", BOLTZ),
            _v("R", GAS_R),
            _v("T", TEMP),
        ),
        (
            Case("per atom", relation="vacancy_concentration"),
            Case("per mole", "N_v = N_s*exp(-Q_v/(R*T))"),
        ),
        r"vacanc",
        "Callister ch. 4, eq. 4.1 (relation 'vacancy_concentration')",
        excludes=r"schottky|frenkel|pair",
    ),
    StandardFormula(
        "schottky_defects",
        "equilibrium number of Schottky defects",
        ("N_sch",),
        (
            _v("N_sch", r"N_sch|n_sch|N_s|n_s|N_S|n_S|N_p|n_p"),
            _v("N_lat", r"N_0|N"),
            _v("Q_sch", r"Q_sch|Q_s|Q_S|E_s|E_S|Δ\s?H_s|Q_p|E_p|Q|E"),
            _v("k_B", BOLTZ),
            _v("T", TEMP),
        ),
        (
            Case("energy per Schottky pair", relation="schottky_defects"),
            Case(
                "energy per vacancy",
                "N_sch = N_lat*exp(-Q_sch/(k_B*T))",
                requires=(
                    r"per (cation |anion )?vacancy|each vacancy|(cation|anion) vacancy (formation )?energy"
                    r"|energy (of|for|to) (forming|formation of|form) (a|one) (cation |anion )?vacancy"
                ),
            ),
        ),
        r"schottky",
        "Callister ch. 12, eq. 12.3 (relation 'schottky_defects')",
        excludes=r"frenkel",
    ),
    StandardFormula(
        "hall_petch",
        "Hall–Petch relation",
        ("sigma_y",),
        (
            _v("sigma_y", r"σ_(?:ys|y|Y)"),
            _v("sigma_0", r"σ_(?:0|o|i)"),
            _v("k_y", r"k_(?:y|Y|HP)|k"),
            _v("d_g", r"d|D"),
        ),
        (Case("yield strength and grain diameter", relation="hall_petch"),),
        r"hall.petch|grain (size|diameter)",
        "Callister ch. 7, eq. 7.7 (relation 'hall_petch')",
    ),
    StandardFormula(
        "griffith",
        "Griffith fracture stress",
        ("sigma_c",),
        (
            _v("sigma_c", r"σ_(?:c|C|f|F)"),
            _v("E_mod", r"E"),
            _v("gamma_se", r"γ_s|γ"),
            _v("a_gr", r"a|c"),
        ),
        (Case("Griffith criterion", relation="griffith_fracture_stress"),),
        r"griffith|surface energy",
        "Callister ch. 8, eq. 8.3 (relation 'griffith_fracture_stress')",
        excludes=r"plastic|plane strain",
    ),
    StandardFormula(
        "fracture_toughness",
        "fracture toughness",
        ("K_Ic", "sigma"),
        (
            _v("K_Ic", r"K_(?:Ic|IC|1c|1C|I|c|C)|K"),
            _v("Y_g", r"Y|f|β"),
            _v("sigma", r"σ(?:_(?:c|f|a|applied))?"),
            _v("a_c", r"a_c|a|c"),
        ),
        (
            Case("with geometry factor", relation="fracture_toughness"),
            Case("geometry factor 1", "K_Ic = sigma*sqrt(pi*a_c)"),
            Case("with geometry factor, full crack length", "K_Ic = Y_g*sigma*sqrt(pi*a_c/2)"),
            Case("geometry factor 1, full crack length", "K_Ic = sigma*sqrt(pi*a_c/2)"),
        ),
        r"fracture toughness|\bk_?ic\b|stress intensity",
        "Callister ch. 8, eq. 8.5 (relation 'fracture_toughness')",
    ),
    StandardFormula(
        "true_stress_strain",
        "true stress or true strain from engineering values",
        ("sigma_T", "eps_T"),
        (
            _v("sigma_T", r"σ_(?:true|T|t)"),
            _v("sigma", r"σ(?:_(?:eng|E|e))?"),
            _v("eps_T", r"ε_(?:true|T|t)"),
            _v("eps", r"ε(?:_(?:eng|E|e))?"),
        ),
        (
            Case("true stress", "sigma_T = sigma*(1 + eps)"),
            Case("true strain", "eps_T = log(1 + eps)"),
        ),
        r"true stress|true strain",
        "Callister ch. 6, eqs. 6.18a and 6.18b",
        excludes=r"necking|after necking",
    ),
    StandardFormula(
        "true_strain_dimensions",
        "true strain from lengths, areas or diameters",
        ("eps_T",),
        (
            _v("eps_T", r"ε_(?:true|T|t)|ε"),
            _v("l_0", r"l_0|L_0|l_i|L_i"),
            _v("l", r"l_f|L_f|l|L"),
            _v("A_0", r"A_0|A_i"),
            _v("A", r"A_f|A"),
            _v("d_0", r"d_0|d_i|D_0|D_i"),
            _v("d", r"d_f|D_f|d|D"),
        ),
        (
            Case("from lengths", "eps_T = log(l/l_0)"),
            Case("from areas", "eps_T = log(A_0/A)"),
            Case("from diameters", "eps_T = 2*log(d_0/d)"),
        ),
        r"true strain",
        "Callister ch. 6, eq. 6.16 (constant volume: A_0 l_0 = A l, A ∝ d²)",
        excludes=r"engineering strain of|engineering strain is",
    ),
    StandardFormula(
        "schmid_law",
        "resolved shear stress (Schmid's law)",
        ("tau", "sigma"),
        (
            _v("tau", r"τ_(?:R|r|CRSS|crss|c|C)|τ"),
            _v("sigma", r"σ_(?:y|Y)|σ"),
            _v("phi", r"φ|ϕ"),
            _v("lam", r"λ"),
        ),
        (Case("cos φ cos λ", "tau = sigma*cos(phi)*cos(lam)"),),
        r"resolved shear|schmid|\bcrss\b",
        "Callister ch. 7, eq. 7.2",
    ),
    StandardFormula(
        "wire_resistance",
        "resistance, resistivity and conductivity",
        ("R", "rho", "sigma"),
        (
            _v("R", r"R"),
            _v("rho", r"ρ"),
            _v("sigma", r"σ"),
            _v("L", r"[Ll]"),
            _v("A", r"A"),
            _v("n", r"n"),
            _v("e", r"e|q"),
            _v("mu", r"μ(?:_e|_n)?"),
        ),
        (
            Case("resistance of a conductor", "R = rho*L/A"),
            Case("conductivity", "sigma = 1/rho"),
            Case("resistance from conductivity", "R = L/(sigma*A)"),
            Case("conductivity from carriers", "sigma = n*e*mu"),
        ),
        r"resistiv|conductiv|resistance of",
        "Callister ch. 18, eqs. 18.2–18.4 and 18.8",
        excludes=r"intrinsic|holes|semicond",
    ),
    StandardFormula(
        "intrinsic_conductivity",
        "conductivity of an intrinsic semiconductor against temperature",
        ("sigma",),
        (
            _v("sigma", r"σ"),
            _v("sigma_0", r"σ_0|σ_o|σ₀"),
            _v("E_g", r"E_g|E_\{g\}|E_G"),
            _v("k", r"k_B|k"),
            _v("T", r"T"),
        ),
        # electrons and holes are each excited across half the gap: n = p ∝ exp(−E_g/2kT)
        # the carriers' T^(3/2) (mobility constant) or its cancellation by a T^(-3/2) mobility
        (
            Case("intrinsic carriers", "sigma = sigma_0*exp(-E_g/(2*k*T))"),
            Case("intrinsic carriers, T^(3/2) kept", "sigma = sigma_0*T**(3/2)*exp(-E_g/(2*k*T))"),
            Case(
                "intrinsic carriers, T^(-3/2) kept", "sigma = sigma_0*T**(-3/2)*exp(-E_g/(2*k*T))"
            ),
        ),
        r"intrinsic",
        "Callister ch. 18, eq. 18.36",
        excludes=r"extrinsic|dop(?:ed|ant|ing)|donor|acceptor|n-type|p-type|impurit",
    ),
    StandardFormula(
        "jump_frequency",
        "diffusion coefficient from the jump frequency and distance (random walk)",
        ("D", "Gamma"),
        (
            _v("D", r"D"),
            _v("Gamma", r"Γ"),
            _v("lam", r"λ"),
        ),
        # the geometric factor is the question's own: only a question that states D = Γλ²/6 fixes it
        (
            Case(
                "cubic random walk, as the question states",
                "D = Gamma*lam**2/6",
                requires=r"1\s*/\s*6\s*\)?\s*(?:\*|·|×)?\s*[Γγ]\s*λ|[Γγ]\s*λ\s*(?:²|\^\s*2)\s*/\s*6",
            ),
        ),
        r"jump",
        "Shewmon, Diffusion in Solids, ch. 2 (D = Γλ²/6 for a cubic lattice)",
    ),
    # ------------------------------------------------------------- session 6: more of the syllabus
    StandardFormula(
        "uniform_acceleration",
        "motion with constant acceleration",
        ("v", "s", "t"),
        (
            _v("v", r"v_f|v_2|v"),
            _v("v_0", r"v_0|v₀|v_i|v_1|v_o|u"),
            _v("a", r"a|g"),
            _v("s", r"Δx|Δy|s|d|x|h|y"),
            _v("t", r"t"),
        ),
        (
            Case("velocity after a time", "v = v_0 + a*t"),
            Case("velocity after a time, decelerating", "v = v_0 - a*t"),
            Case("velocity over a distance", "v**2 = v_0**2 + 2*a*s"),
            Case("velocity over a distance, decelerating", "v**2 = v_0**2 - 2*a*s"),
            Case("distance in a time", "s = v_0*t + a*t**2/2"),
            Case("distance in a time, decelerating", "s = v_0*t - a*t**2/2"),
            Case("distance from the mean velocity", "s = (v_0 + v)*t/2"),
            Case("distance from the final velocity", "s = v*t - a*t**2/2"),
            Case("from rest: velocity after a time", "v = a*t"),
            Case("from rest: velocity over a distance", "v**2 = 2*a*s"),
            Case("from rest: distance in a time", "s = a*t**2/2"),
        ),
        r"accelerat|decelerat|free.?fall|\bfalls?\b|dropped|from rest|brak|thrown (?:straight )?(?:up|down)",
        "HRW ch. 2, eqs. 2-11, 2-15, 2-16, 2-17 and 2-18",
        excludes=r"angular|rotat|circular|incline|projectile|relativ|spring|pulley|friction",
    ),
    StandardFormula(
        "relativity_kinematics",
        "Lorentz factor, time dilation and length contraction",
        ("gamma", "t", "L"),
        (
            _v("gamma", r"γ"),
            _v("t", r"Δt|t"),
            _v("t_0", r"Δt_0|Δt₀|Δt_p|Δτ|t_0|t₀|τ_0|τ"),
            _v("L", r"L|l|Δx"),
            _v("L_0", r"L_0|L₀|L_p|l_0"),
            _v("v", r"v|u"),
            _v("c", r"c"),
        ),
        (
            Case("Lorentz factor", "gamma = 1/sqrt(1 - v**2/c**2)"),
            Case("time dilation", "t = t_0/sqrt(1 - v**2/c**2)"),
            Case("time dilation with γ", "t = gamma*t_0"),
            Case("length contraction", "L = L_0*sqrt(1 - v**2/c**2)"),
            Case("length contraction with γ", "L = L_0/gamma"),
        ),
        r"relativ|lorentz|time dilation|length contraction|proper (?:time|length)|spaceship|muon",
        "HRW ch. 37, eqs. 37-7, 37-8 and 37-13",
    ),
    StandardFormula(
        "particle_in_box",
        "energy levels of a particle in a one-dimensional infinite well",
        ("E",),
        (
            _v("E", r"E_n|E_(?P<i>\d)|E"),
            _v("n", r"n"),
            _v("h", r"h"),
            _v("hbar", r"ħ|ℏ"),
            _v("m", r"m_e|m"),
            _v("L", r"L|a"),
        ),
        (
            Case("infinite well, with h", "E = n**2*h**2/(8*m*L**2)"),
            Case("infinite well, with ħ", "E = n**2*pi**2*hbar**2/(2*m*L**2)"),
            Case("ground level, with h", "E = h**2/(8*m*L**2)"),
            Case("ground level, with ħ", "E = pi**2*hbar**2/(2*m*L**2)"),
        ),
        r"\bbox\b|infinite (?:square |potential )?well|potential well",
        "HRW ch. 39, eq. 39-4",
        units_dropped=("eV", "J"),
    ),
    StandardFormula(
        "diffraction_grating",
        "maxima of a diffraction grating, minima of a single slit, Rayleigh's criterion",
        ("lam", "theta", "d"),
        (
            _v("lam", r"λ"),
            _v("theta", r"θ_m|θ_n|θ_R|θ"),
            _v("d", r"d|a|D"),
            _v("m", r"m|n"),
        ),
        (
            Case("grating maxima or single-slit minima", "d*sin(theta) = m*lam"),
            Case("first order", "d*sin(theta) = lam"),
            Case("Rayleigh's criterion", "sin(theta) = 1.22*lam/d"),
            Case("Rayleigh's criterion, small angle", "theta = 1.22*lam/d"),
        ),
        r"grating|single.slit|slit of width|rayleigh|resolv",
        "HRW ch. 36, eqs. 36-3, 36-14 and 36-25",
        excludes=r"bragg|crystal|x.?ray|double.slit|thin film|two slits",
    ),
    StandardFormula(
        "entropy_change",
        "entropy change of an ideal gas, a heated body or a reversible transfer",
        ("dS",),
        (
            _v("dS", r"Δ\s?S(?:_[A-Za-z]+)?"),
            _v("n", r"n"),
            _v("R", GAS_R),
            _v("C_v", r"C_v|C_V|c_v"),
            _v("C_p", r"C_p|C_P|c_p"),
            _v("m", r"m"),
            _v("c", r"c"),
            _v("V_1", r"V_(?P<i>[A-Za-z0-9]+)", "1"),
            _v("V_2", r"V_(?P<i>[A-Za-z0-9]+)", "2"),
            _v("T_1", r"T_(?P<i>[A-Za-z0-9]+)", "1"),
            _v("T_2", r"T_(?P<i>[A-Za-z0-9]+)", "2"),
            _v("Q", r"Q"),
            _v("T", TEMP),
        ),
        (
            Case("isothermal ideal gas", "dS = n*R*log(V_2/V_1)"),
            Case("ideal gas heated at constant volume", "dS = n*C_v*log(T_2/T_1)"),
            Case("ideal gas heated at constant pressure", "dS = n*C_p*log(T_2/T_1)"),
            Case("ideal gas, any path", "dS = n*C_v*log(T_2/T_1) + n*R*log(V_2/V_1)"),
            Case("body of constant specific heat", "dS = m*c*log(T_2/T_1)"),
            Case("reversible heat at one temperature", "dS = Q/T"),
        ),
        r"entropy",
        "HRW ch. 20, eqs. 20-2 and 20-4",
    ),
    StandardFormula(
        "lc_oscillation",
        "angular or ordinary frequency of an LC circuit",
        ("omega", "f"),
        (
            _v("omega", r"ω_0|ω₀|ω"),
            _v("f", r"f_0|f₀|f_r|f"),
            _v("L", r"L"),
            _v("C", r"C"),
        ),
        (
            Case("angular frequency", "omega = 1/sqrt(L*C)"),
            Case("frequency", "f = 1/(2*pi*sqrt(L*C))"),
        ),
        r"\blc\b|\blcr?\b|\brlc\b|inductor|inductance|resonan",
        "HRW ch. 31, eq. 31-4",
    ),
    StandardFormula(
        "rotation",
        "rotational kinetic energy and angular momentum of a rigid body",
        ("K", "L_ang"),
        (
            _v("K", r"K_rot|KE_rot|E_rot|K_r|K"),
            _v("L_ang", r"L"),
            _v("I", r"I"),
            _v("omega", r"ω"),
        ),
        (
            Case("rotational kinetic energy", "K = I*omega**2/2"),
            Case("angular momentum", "L_ang = I*omega"),
        ),
        r"rotat|spin|flywheel|turntable|angular (?:speed|velocity|momentum)",
        "HRW ch. 10, eq. 10-34; ch. 11, eq. 11-31",
        monomial=True,
    ),
    StandardFormula(
        "gravitation",
        "Newton's law of gravitation, gravitational potential energy, surface gravity",
        ("F", "U", "g", "T"),
        (
            _v("F", r"F_g|F_G|F"),
            _v("T", r"T"),
            _v("U", r"U_g|U"),
            _v("g", r"g"),
            _v("G", r"G"),
            _v("M", r"M(?:_E|_e|_earth|_p|_s)?|m_1|m_E"),
            _v("m", r"m_2|m_s|m"),
            _v("r", r"R(?:_E|_e|_earth|_p)?|r|d"),
        ),
        (
            Case("gravitational force", "F = G*M*m/r**2"),
            Case("gravitational potential energy", "U = G*M*m/r"),
            Case("gravity at a distance r", "g = G*M/r**2"),
            Case("Kepler's third law", "T**2 = 4*pi**2*r**3/(G*M)"),
        ),
        r"gravitation|satellite|planet|\bmoon\b|mass of (?:the )?earth|earth'?s mass",
        "HRW ch. 13, eqs. 13-1, 13-11, 13-21 and 13-34",
        monomial=True,
    ),
    # ------------------------------------------------------------- materials science (Callister)
    StandardFormula(
        "critical_nucleus",
        "critical radius and activation free energy of homogeneous nucleation",
        ("r_c", "dG_c"),
        (
            _v("r_c", r"r_c|r_crit|r_c|r"),
            _v("dG_c", r"Δ\s?G_c|Δ\s?G_crit"),
            _v("gamma", r"γ|σ"),
            _v("dG_v", r"Δ\s?G_v|Δ\s?G_V"),
            _v("T_m", r"T_m"),
            _v("dH_f", r"Δ\s?H_f|Δ\s?H_m|Δ\s?H_fus|Δ\s?H"),
            _v("dT", r"Δ\s?T"),
        ),
        (
            Case("critical radius", "r_c = -2*gamma/dG_v"),
            Case("activation free energy", "dG_c = 16*pi*gamma**3/(3*dG_v**2)"),
            Case("critical radius from the undercooling", "r_c = -2*gamma*T_m/(dH_f*dT)"),
            Case(
                "activation free energy from the undercooling",
                "dG_c = 16*pi*gamma**3*T_m**2/(3*dH_f**2*dT**2)",
            ),
        ),
        r"nucleat|critical (?:radius|nucleus)|embryo",
        "Callister ch. 10, eqs. 10.3, 10.4, 10.6 and 10.7",
        prepare=(
            (r"(?<![A-Za-z])r\s*\^?\s*\*", "r_c"),
            (r"(?<![A-Za-z])r\s*_\s*\*", "r_c"),
            (r"Δ\s?G\s*\^?\s*\*", "ΔG_c"),
            (r"Δ\s?G\s*_\s*\*", "ΔG_c"),
        ),
    ),
    StandardFormula(
        "grain_growth",
        "grain growth with time",
        ("K", "d"),
        (
            _v("d", r"d"),
            _v("d_0", r"d_0|d₀|d_o|d_i"),
            _v("K", r"K|k"),
            _v("t", r"t"),
            _v("n", r"n"),
        ),
        (
            Case("grain growth, exponent n", "d**n - d_0**n = K*t"),
            Case("parabolic grain growth", "d**2 - d_0**2 = K*t"),
        ),
        r"grain growth|grain (?:size|diameter)s? (?:increase|grow)",
        "Callister ch. 7, eq. 7.9",
    ),
    StandardFormula(
        "astm_grain_size",
        "ASTM grain size number and grains per square inch at a magnification",
        ("N", "N_M", "n"),
        (
            _v("N", r"N_100|N_\(100\)|N"),
            _v("N_M", r"N_M"),
            _v("n", r"n|G"),
            _v("M", r"M"),
        ),
        (
            Case("grains per square inch at 100×", "N = 2**(n - 1)"),
            Case("grains per square inch at magnification M", "N_M = 2**(n - 1)*(100/M)**2"),
            Case("count at 100× from the count at M", "N = N_M*(M/100)**2"),
        ),
        r"astm|grain.size number",
        "Callister ch. 4, eqs. 4.16 and 4.17",
    ),
    StandardFormula(
        "flexural_strength",
        "flexural strength in three-point bending",
        ("sigma",),
        (
            _v("sigma", r"σ_fs|σ_f|σ"),
            _v("F", r"F_f|F"),
            _v("L", r"L"),
            _v("b", r"b"),
            _v("d", r"d|h"),
            _v("R", r"R|r"),
        ),
        (
            Case("rectangular cross section", "sigma = 3*F*L/(2*b*d**2)"),
            Case("circular cross section", "sigma = F*L/(pi*R**3)"),
            Case("circular cross section, diameter", "sigma = 8*F*L/(pi*d**3)"),
        ),
        r"flexur|three.point|3.point|bend (?:test|strength)",
        "Callister ch. 12, eqs. 12.7a and 12.7b",
    ),
    StandardFormula(
        "diffusion_same_concentration",
        "times and depths that reach the same concentration (x²/Dt constant)",
        ("t_1", "t_2", "x_1", "x_2"),
        (
            _v("t_1", r"t_(?P<i>[A-Za-z0-9]+)", "1"),
            _v("t_2", r"t_(?P<i>[A-Za-z0-9]+)", "2"),
            _v("x_1", r"x_(?P<i>[A-Za-z0-9]+)", "1"),
            _v("x_2", r"x_(?P<i>[A-Za-z0-9]+)", "2"),
            _v("D_1", r"D_(?P<i>[A-Za-z0-9]+)", "1"),
            _v("D_2", r"D_(?P<i>[A-Za-z0-9]+)", "2"),
            _v("D", r"D"),
        ),
        (
            Case("one diffusivity", "x_1**2/t_1 = x_2**2/t_2"),
            Case("one diffusivity, D written", "x_1**2/(D*t_1) = x_2**2/(D*t_2)"),
            Case("two diffusivities", "x_1**2/(D_1*t_1) = x_2**2/(D_2*t_2)"),
            Case("one depth, two diffusivities", "D_1*t_1 = D_2*t_2"),
        ),
        r"diffus|carburi",
        "Callister ch. 5, eq. 5.6b",
    ),
    StandardFormula(
        "gibbs_phase_rule",
        "Gibbs phase rule",
        ("F",),
        (_v("F", r"F|f"), _v("C", r"C|c"), _v("P", r"P|p")),
        (
            Case(
                "temperature and pressure free",
                "F = C - P + 2",
                unless=r"constant pressure|pressure (?:is )?(?:held )?(?:constant|fixed)|fixed pressure|isobaric",
            ),
            Case("pressure fixed", "F = C - P + 1"),
        ),
        r"phase rule|degrees? of freedom",
        "Callister ch. 9, eq. 9.16",
    ),
    StandardFormula(
        "lever_rule",
        "mass fraction of a phase by the lever rule",
        ("W_1", "W_2"),
        (
            _v("W_1", r"W_(?P<i>[A-Za-zα-ω0-9]+)", "1"),
            _v("W_2", r"W_(?P<i>[A-Za-zα-ω0-9]+)", "2"),
            _v("C_1", r"C_(?P<i>[A-Za-zα-ω0-9]+)", "1"),
            _v("C_2", r"C_(?P<i>[A-Za-zα-ω0-9]+)", "2"),
            _v("C_0", r"C_0|C₀|C_o"),
        ),
        (
            Case("fraction of phase 1", "W_1 = (C_2 - C_0)/(C_2 - C_1)"),
            Case("fraction of phase 2", "W_2 = (C_0 - C_1)/(C_2 - C_1)"),
        ),
        r"lever rule|fraction|phases? present|mass of (?:the )?(?:α|β|γ|liquid|each phase)|tie.line|two.phase"
        r"|pro-?eutectoid",
        "Callister ch. 9, eqs. 9.1b and 9.2b",
        # W_α' (a proeutectoid constituent) is the fraction of that phase at the eutectoid tie line,
        # whose arms are those of W_α: the prime marks the constituent, not another formula
        prepare=((r"(W_\{?[A-Za-zα-ω0-9]+\}?)\s*(?:'|′|\^\s*\{?\s*(?:'|′|\\prime)\s*\}?)", r"\1"),),
    ),
    StandardFormula(
        "snell",
        "refraction at an interface: Snell's law, the critical angle, Brewster's angle",
        ("theta_1", "theta_2", "n_1", "n_2", "theta_c"),
        (
            _v("theta_1", r"θ_(?P<i>[A-Za-z0-9]+)", "1"),
            _v("theta_2", r"θ_(?P<i>[A-Za-z0-9]+)", "2"),
            _v("n_1", r"n_(?P<i>[A-Za-z0-9]+)", "1"),
            _v("n_2", r"n_(?P<i>[A-Za-z0-9]+)", "2"),
            _v("theta_c", r"θ_c|θ_C|θ_crit|θ_B|θ_p|θ_P"),
        ),
        (
            Case("Snell's law", "n_1*sin(theta_1) = n_2*sin(theta_2)"),
            Case("critical angle", "sin(theta_c) = n_2/n_1", names=r"critical|total internal"),
            Case("Brewster's angle", "tan(theta_c) = n_2/n_1", names=r"brewster|polari[sz]"),
        ),
        r"refract|snell|critical angle|total internal reflection|brewster",
        "HRW ch. 33, eqs. 33-40, 33-45 and 33-49",
    ),
    StandardFormula(
        "relativistic_energy",
        "relativistic energy, kinetic energy and momentum",
        ("E", "K", "p"),
        (
            _v("E", r"E_total|E_tot|E"),
            _v("K", r"K_rel|KE|K"),
            _v("p", r"p"),
            _v("gamma", r"γ"),
            _v("m", r"m_0|m"),
            _v("c", r"c"),
            _v("v", r"v|u"),
        ),
        (
            Case("total energy", "E = gamma*m*c**2"),
            Case("total energy from the speed", "E = m*c**2/sqrt(1 - v**2/c**2)"),
            Case("kinetic energy", "K = (gamma - 1)*m*c**2"),
            Case("kinetic energy from the speed", "K = m*c**2*(1/sqrt(1 - v**2/c**2) - 1)"),
            Case("momentum", "p = gamma*m*v"),
            Case("momentum from the speed", "p = m*v/sqrt(1 - v**2/c**2)"),
            Case("energy and momentum", "E**2 = p**2*c**2 + m**2*c**4"),
            Case("rest energy", "E = m*c**2"),
        ),
        r"relativ|lorentz|rest (?:mass|energy)|0\.\d+\s*c\b|speed of light",
        "HRW ch. 37, eqs. 37-42, 37-45, 37-52 and 37-55",
        excludes=r"photon|compton|de broglie",
    ),
    StandardFormula(
        "compton",
        "Compton shift",
        ("dlam",),
        (
            _v("dlam", r"Δ\s?λ"),
            _v("h", r"h"),
            _v("m", r"m_e|m"),
            _v("c", r"c"),
            _v("theta", r"θ|φ"),
        ),
        (Case("Compton shift", "dlam = h/(m*c)*(1 - cos(theta))"),),
        r"compton",
        "HRW ch. 38, eq. 38-11",
    ),
    StandardFormula(
        "wien",
        "Wien's displacement law",
        ("lam",),
        (_v("lam", r"λ_max|λ_m|λ_peak|λ_p"), _v("T", TEMP), _v("b", r"b")),
        (Case("Wien's law", "lam*T = b"),),
        r"wien|black.?body|peak wavelength|wavelength of (?:maximum|peak)",
        "Serway & Jewett ch. 40, eq. 40.2",
    ),
    StandardFormula(
        "spring",
        "spring force and elastic potential energy",
        ("U", "F"),
        (
            _v("U", r"U_s|U_el|U|PE|E_p|E"),
            _v("F", r"F_s|F"),
            _v("k", r"k"),
            _v("x", r"Δx|x|A|d"),
        ),
        (
            Case("elastic potential energy", "U = k*x**2/2"),
            Case("Hooke's law", "F = k*x"),
        ),
        r"spring",
        "HRW ch. 7, eq. 7-20; ch. 8, eq. 8-11",
        monomial=True,
    ),
    StandardFormula(
        "circular_motion",
        "centripetal acceleration and force",
        ("a", "F", "v"),
        (
            _v("a", r"a_c|a_r|a"),
            _v("F", r"F_c|F_net|F"),
            _v("m", r"m"),
            _v("v", r"v"),
            _v("r", r"r|R"),
            _v("omega", r"ω"),
        ),
        (
            Case("centripetal acceleration", "a = v**2/r"),
            Case("centripetal acceleration from ω", "a = omega**2*r"),
            Case("centripetal force", "F = m*v**2/r"),
            Case("centripetal force from ω", "F = m*omega**2*r"),
            Case("speed from ω", "v = omega*r"),
        ),
        r"circular|centripetal|circle|\bturn\b|curve|banked|loop|whirl|revolv",
        "HRW ch. 4, eq. 4-34; ch. 6, eq. 6-18; ch. 10, eq. 10-18",
        monomial=True,
    ),
    StandardFormula(
        "magnetic_force",
        "magnetic force on a moving charge or a current",
        ("F",),
        (
            _v("F", r"F_B|F_m|F"),
            _v("q", r"q|e"),
            _v("v", r"v"),
            _v("B", r"B"),
            _v("I", r"I|i"),
            _v("L", r"L|l|ℓ"),
            _v("theta", r"θ|φ|α"),
        ),
        (
            Case("on a moving charge", "F = q*v*B"),
            Case("on a moving charge at an angle", "F = q*v*B*sin(theta)"),
            Case("on a moving charge, angle to the normal", "F = q*v*B*cos(theta)"),
            Case("on a current", "F = B*I*L"),
            Case("on a current at an angle", "F = B*I*L*sin(theta)"),
            Case("on a current, angle to the normal", "F = B*I*L*cos(theta)"),
        ),
        r"magnetic field|magnetic force|tesla|lorentz force",
        "HRW ch. 28, eqs. 28-3 and 28-26",
        monomial=True,
    ),
    StandardFormula(
        "transformer",
        "ideal transformer",
        ("V_1", "V_2", "I_1", "I_2"),
        (
            _v("V_1", r"V_(?P<i>[A-Za-z0-9]+)", "1"),
            _v("V_2", r"V_(?P<i>[A-Za-z0-9]+)", "2"),
            _v("I_1", r"I_(?P<i>[A-Za-z0-9]+)", "1"),
            _v("I_2", r"I_(?P<i>[A-Za-z0-9]+)", "2"),
            _v("N_1", r"N_(?P<i>[A-Za-z0-9]+)", "1"),
            _v("N_2", r"N_(?P<i>[A-Za-z0-9]+)", "2"),
        ),
        (
            Case("voltages and turns", "V_2/V_1 = N_2/N_1"),
            Case("currents and turns", "I_2/I_1 = N_1/N_2"),
            Case("power", "V_1*I_1 = V_2*I_2"),
        ),
        r"transformer",
        "HRW ch. 31, eqs. 31-79 and 31-80",
    ),
    StandardFormula(
        "sound_level",
        "sound intensity level in decibels",
        ("beta",),
        (_v("beta", r"β|L_I|SIL|L"), _v("I", r"I"), _v("I_0", r"I_0|I₀|I_ref")),
        (Case("intensity level", "beta = 10*log(I/I_0)/log(10)"),),
        r"decibel|\bdb\b|sound level|intensity level",
        "HRW ch. 17, eq. 17-29",
    ),
    StandardFormula(
        "heat_conduction",
        "rate of heat conduction through a slab",
        ("P", "Q"),
        (
            _v("P", r"P_cond|P|H|Φ"),
            _v("Q", r"Q"),
            _v("t", r"t"),
            _v("k", r"k|κ"),
            _v("A", r"A"),
            _v("dT", r"Δ\s?T"),
            _v("L", r"L|d|Δx"),
        ),
        (
            Case("conduction rate", "P = k*A*dT/L"),
            Case("heat conducted in a time", "Q = k*A*dT*t/L"),
        ),
        r"conduct",
        "HRW ch. 18, eq. 18-32",
        excludes=r"electric|electrical|resist",
    ),
    StandardFormula(
        "poiseuille",
        "volume flow rate of viscous flow in a pipe (Poiseuille)",
        ("Q",),
        (
            _v("Q", r"Q|Q_V"),
            _v("r", r"r|R|a"),
            _v("d", r"d|D"),
            _v("dP", r"Δ\s?P|Δ\s?p"),
            _v("eta", r"η|μ"),
            _v("L", r"L|l"),
        ),
        (
            Case("radius form", "Q = pi*r**4*dP/(8*eta*L)"),
            Case("diameter form", "Q = pi*d**4*dP/(128*eta*L)"),
        ),
        r"poiseuille|viscous flow|laminar flow",
        "Serway & Jewett ch. 14 (Poiseuille's law)",
    ),
    StandardFormula(
        "cubic_lattice_parameter",
        "lattice parameter of a cubic metal from its atomic radius",
        ("a",),
        (_v("a", r"a"), _v("R", RADIUS)),
        (
            Case("simple cubic", "a = 2*R", when=r"simple cubic|\bsc\b"),
            Case("BCC", "a = 4*R/sqrt(3)", when=r"\bbcc\b|body.cent(?:er|re)d"),
            Case("FCC", "a = 2*sqrt(2)*R", when=r"\bfcc\b|face.cent(?:er|re)d"),
            Case("HCP (basal edge)", "a = 2*R", when=r"\bhcp\b|hexagonal"),
            Case("diamond cubic", "a = 8*R/sqrt(3)", when=r"diamond"),
        ),
        r"lattice (?:parameter|constant)|unit cell|atomic radius",
        "Callister ch. 3, eqs. 3.1 and 3.4",
    ),
    StandardFormula(
        "theoretical_density",
        "theoretical density of a crystal",
        ("rho",),
        (
            _v("rho", r"ρ"),
            _v("n", r"n"),
            _v("A", r"A|M"),
            _v("V_C", r"V_C|V_c|V"),
            _v("a", r"a"),
            _v("N_A", r"N_A|N_AV|N_Av"),
        ),
        (
            Case("from the cell volume", "rho = n*A/(V_C*N_A)"),
            Case("cubic cell", "rho = n*A/(a**3*N_A)"),
        ),
        r"density",
        "Callister ch. 3, eq. 3.8",
    ),
)
