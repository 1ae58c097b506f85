"""Introductory-physics relations, by syllabus topic: optics (Malus, critical and Brewster angles, thin
lens), circular motion, projectiles on level ground, simple harmonic motion, standing waves, waves on a
string, Coulomb's law, resistor power, Compton scattering, hydrogen transitions (Bohr/Rydberg),
radioactive decay, kinetic theory, Newtonian gravitation and circular orbits, and moments of inertia of
standard bodies with rotational kinetic energy.

Every symbol name here is this module's own, so the planner never joins one of these quantities with a
materials relation's quantity of the same letter. Each relation is kept to the case its standard
textbook statement covers; its ``requires``/``excludes`` keep it off questions about other cases (an
object not in air, a launch above the ground, a diverging lens), which are refused instead.

Sources: Halliday, Resnick & Walker, *Fundamentals of Physics* (chapters on optics, circular motion,
projectile motion, oscillations, waves, Coulomb's law, circuits, gravitation, rotation, kinetic theory,
quantum and nuclear physics); Young & Freedman, *University Physics* (the same topics).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .photons import MECHANICAL_WAVES

GROUP = "intro_physics"


def _angle(name: str, label: str, keywords: tuple[str, ...], *, top: float = 90.0) -> Symbol:
    return Symbol(
        name,
        "degree",
        label,
        keywords=keywords,
        aliases=("θ", "theta"),
        kind="angle",
        valid=(0, top),
        plausible=(0.001, top),
    )


# ================================================================== optics
# Malus' law: polarized light through an ideal polarizer at angle θ to its polarization
I_INCIDENT = Symbol(
    "I_pol0",
    "W/m^2",
    "intensity of the polarized light reaching the polarizer",
    keywords=(
        "incident intensity",
        "initial intensity",
        "light of intensity",
        "intensity",
        "i_0",
        "incident",
        "initial",
    ),
    aliases=("I_0", "I0"),
    plausible=(1e-12, 1e15),
    named=True,
)
I_TRANSMITTED = Symbol(
    "I_pol",
    "W/m^2",
    "transmitted intensity",
    keywords=(
        "transmitted intensity",
        "intensity transmitted",
        "emerging",
        "transmitted",
        "passes",
    ),
    aliases=("I",),
    plausible=(0, 1e15),
    named=True,
)
POL_ANGLE = _angle(
    "th_pol",
    "angle between the polarization direction and the polarizer axis",
    ("angle", "transmission axis", "polarization direction", "axis", "at"),
)
_MALUS_REQUIRES = (("polarized", "polarizer", "polarizing filter", "analyzer", "malus"),)
_MALUS_EXCLUDES = (
    "unpolarized",
    "two polarizers",
    "three polarizers",
    "second polarizer",
    "third polarizer",
    "second filter",
    "series of",
    "reflected",
)
malus_intensity = Relation(
    "malus_law_intensity",
    GROUP,
    "Malus' law (intensity through a polarizer)",
    "I_pol = I_pol0*cos(th_pol)**2",
    (I_TRANSMITTED, I_INCIDENT, POL_ANGLE),
    description="I = I₀ cos²θ for polarized light through an ideal polarizer (Malus' law).",
    keywords=("polarizer", "polarized", "malus", "intensity"),
    requires=(*_MALUS_REQUIRES, ("intensity",)),
    excludes=_MALUS_EXCLUDES,
    ordered=(("I_pol0", "I_pol"),),
)
POL_FRACTION = Symbol(
    "f_pol",
    "dimensionless",
    "fraction of the intensity transmitted",
    keywords=("fraction", "percentage", "percent", "ratio", "fraction of the intensity"),
    kind="fraction",
    plausible=(0, 1),
)
malus_fraction = Relation(
    "malus_law_fraction",
    GROUP,
    "Malus' law (transmitted fraction)",
    "f_pol = cos(th_pol)**2",
    (POL_FRACTION, POL_ANGLE),
    description="I/I₀ = cos²θ for polarized light through an ideal polarizer (Malus' law).",
    keywords=("polarizer", "polarized", "malus", "fraction"),
    requires=(*_MALUS_REQUIRES, ("fraction", "percent", "ratio", "i/i_0", "i/i0")),
    excludes=_MALUS_EXCLUDES,
)

REF_INDEX = Symbol(
    "n_refr",
    "dimensionless",
    "index of refraction",
    keywords=("index of refraction", "refractive index", "n"),
    aliases=("n",),
    kind="number",
    plausible=(1.0001, 5),
)
_OTHER_MEDIUM = (
    "immersed",
    "submerged",
    "surrounded by",
    "coated",
    "interface between",
    "into water",
    "in water",
    "into glass",
    "oil",
)
CRIT_ANGLE = _angle("th_crit", "critical angle", ("critical angle", "θ_c", "angle"))
critical_angle = Relation(
    "critical_angle_to_air",
    GROUP,
    "Critical angle for total internal reflection (medium to air)",
    "sin(th_crit) = 1/n_refr",
    (CRIT_ANGLE, REF_INDEX),
    description="sin θ_c = n_air/n = 1/n at a boundary of the medium with air (Snell's law at 90°).",
    keywords=("critical angle", "total internal reflection"),
    requires=(("critical angle", "total internal reflection"), ("air", "vacuum")),
    excludes=_OTHER_MEDIUM,
)
BREWSTER = _angle("th_brew", "Brewster angle", ("brewster angle", "polarizing angle", "angle"))
brewster_angle = Relation(
    "brewster_angle_from_air",
    GROUP,
    "Brewster's angle (light in air striking a medium)",
    "tan(th_brew) = n_refr",
    (BREWSTER, REF_INDEX),
    description="tan θ_B = n₂/n₁ = n for light in air meeting a medium of index n (Brewster's law).",
    keywords=("brewster", "polarizing angle"),
    requires=(("brewster", "polarizing angle"),),
    excludes=(
        *_OTHER_MEDIUM,
        "underwater",
        "under water",
        "inside",
        "within the",
        "traveling in",
        "travelling in",
        "in glass",
    ),
)

OBJ_DIST = Symbol(
    "d_obj",
    "cm",
    "object distance",
    keywords=(
        "object distance",
        "object is placed",
        "object is",
        "object",
        "in front of",
        "from the lens",
        "from a",
        "placed",
        "stands",
    ),
    aliases=("d_o", "s", "p", "u"),
    plausible=(1e-3, 1e9),
    named=True,
)
IMG_DIST = Symbol(
    "d_img",
    "cm",
    "image distance",
    keywords=("image distance", "image is formed", "image forms", "image", "screen"),
    aliases=("d_i", "s'", "q", "v"),
    plausible=(1e-3, 1e9),
    named=True,
)
FOCAL = Symbol(
    "f_foc",
    "cm",
    "focal length",
    keywords=("focal length", "focal distance", "f"),
    aliases=("f",),
    plausible=(1e-3, 1e9),
    named=True,
)
thin_lens = Relation(
    "thin_lens_real_image",
    GROUP,
    "Thin-lens / mirror equation (real object, real image)",
    "1/f_foc = 1/d_obj + 1/d_img",
    (FOCAL, OBJ_DIST, IMG_DIST),
    description="1/f = 1/d_o + 1/d_i for a converging lens or concave mirror forming a real image "
    "(all three distances positive).",
    keywords=("lens", "mirror", "focal length", "image"),
    requires=(
        ("converging lens", "convex lens", "concave mirror", "thin lens", "lens equation"),
        ("focal length",),
        (
            "real image",
            "on a screen",
            "screen",
            "image distance",
            "where is the image",
            "image formed",
        ),
    ),
    excludes=(
        "diverging",
        "concave lens",
        "convex mirror",
        "virtual",
        "negative",
        "second lens",
        "two lenses",
        "combination",
        "microscope",
        "telescope",
        "eyepiece",
        "magnif",
        "height",
        "tall",
        "glasses",
        "near point",
        "far point",
    ),
    unknowns=("d_img", "d_obj", "f_foc"),
)

# ================================================================== circular motion
CIRC_SPEED = Symbol(
    "v_circ",
    "m/s",
    "speed",
    keywords=("speed", "velocity", "moving at", "traveling at", "travelling at", "v"),
    aliases=("v",),
    plausible=(1e-9, 3e8),
)
CIRC_RADIUS = Symbol(
    "r_circ",
    "m",
    "radius of the circle",
    keywords=("radius", "radius of", "circle of radius", "curve of radius", "r"),
    aliases=("r", "R"),
    plausible=(1e-12, 1e13),
)
CIRC_PERIOD = Symbol(
    "T_circ",
    "s",
    "period of one revolution",
    keywords=(
        "period",
        "revolution",
        "complete circle",
        "one revolution",
        "each revolution",
        "every",
    ),
    aliases=("T",),
    plausible=(1e-12, 1e12),
)
CENTRIPETAL_ACC = Symbol(
    "a_cent",
    "m/s^2",
    "centripetal acceleration",
    keywords=("centripetal acceleration", "radial acceleration", "acceleration", "a_c"),
    aliases=("a_c", "a"),
    plausible=(1e-12, 1e20),
)
_CIRCLE = (("centripetal", "circle", "circular", "curve of radius", "revolution"),)
_CIRCLE_EXCLUDES = (
    "vertical circle",
    "loop",
    "banked",
    "tangential acceleration",
    "speeding up",
    "slowing down",
    "angular acceleration",
    "total acceleration",
    "elliptical",
)
centripetal_speed = Relation(
    "centripetal_acceleration_speed",
    GROUP,
    "Centripetal acceleration from speed and radius",
    "a_cent = v_circ**2/r_circ",
    (CENTRIPETAL_ACC, CIRC_SPEED, CIRC_RADIUS),
    description="a = v²/r in uniform circular motion.",
    keywords=("centripetal", "circular", "circle", "acceleration"),
    requires=_CIRCLE,
    excludes=_CIRCLE_EXCLUDES,
)
centripetal_period = Relation(
    "centripetal_acceleration_period",
    GROUP,
    "Centripetal acceleration from the period and radius",
    "a_cent = 4*pi**2*r_circ/T_circ**2",
    (CENTRIPETAL_ACC, CIRC_RADIUS, CIRC_PERIOD),
    description="a = 4π²r/T² in uniform circular motion with period T.",
    keywords=("centripetal", "circular", "circle", "acceleration", "period"),
    requires=_CIRCLE,
    excludes=_CIRCLE_EXCLUDES,
)

# ================================================================== projectiles on level ground
LAUNCH_SPEED = Symbol(
    "v_launch",
    "m/s",
    "launch speed",
    keywords=(
        "initial speed",
        "launch speed",
        "speed",
        "velocity",
        "muzzle speed",
        "initial velocity",
        "at",
    ),
    aliases=("v_0", "v0", "v_i"),
    plausible=(1e-6, 1e5),
)
LAUNCH_ANGLE = _angle(
    "th_launch",
    "launch angle above the horizontal",
    ("above the horizontal", "angle", "launch angle", "elevation", "with the horizontal"),
)
RANGE = Symbol(
    "R_proj",
    "m",
    "horizontal range",
    keywords=("range", "horizontal range", "horizontal distance", "how far"),
    plausible=(1e-9, 1e9),
)
MAX_HEIGHT = Symbol(
    "H_proj",
    "m",
    "maximum height",
    keywords=("maximum height", "max height", "highest point", "how high", "peak height"),
    plausible=(1e-9, 1e9),
)
FLIGHT_TIME = Symbol(
    "t_flight",
    "s",
    "time of flight",
    keywords=("time of flight", "flight time", "in the air", "total time", "how long"),
    plausible=(1e-9, 1e6),
)
_PROJECTILE = (
    "projectile",
    "launched",
    "thrown",
    "fired",
    "kicked",
    "hit",
    "shot",
    "tossed",
    "throws",
)
_LEVEL_EXCLUDES = (
    "above the ground",
    "above ground",
    "cliff",
    "building",
    "roof",
    "table",
    "window",
    "tower",
    "platform",
    "hill",
    "incline",
    "slope",
    "below the horizontal",
    "vertical",
    "vertically",
    "horizontally",
    "wall",
    "moon",
    "mars",
    "drag",
    "wind",
    "height of",
    "lands on",
)
projectile_range = Relation(
    "projectile_range_level",
    GROUP,
    "Range of a projectile on level ground",
    "R_proj = v_launch**2*sin(2*th_launch)/g_n",
    (RANGE, LAUNCH_SPEED, LAUNCH_ANGLE),
    description="R = v₀² sin 2θ / g, launched and landing at the same height, no air resistance.",
    keywords=("projectile", "range", "horizontal"),
    requires=(_PROJECTILE, ("range", "horizontal distance", "how far")),
    excludes=_LEVEL_EXCLUDES,
    unknowns=("R_proj", "v_launch"),
)
projectile_height = Relation(
    "projectile_max_height",
    GROUP,
    "Maximum height of a projectile",
    "H_proj = v_launch**2*sin(th_launch)**2/(2*g_n)",
    (MAX_HEIGHT, LAUNCH_SPEED, LAUNCH_ANGLE),
    description="H = v₀² sin²θ / (2g) above the launch point, no air resistance.",
    keywords=("projectile", "maximum height", "highest point"),
    requires=(_PROJECTILE, ("maximum height", "max height", "highest point", "how high")),
    excludes=_LEVEL_EXCLUDES,
    unknowns=("H_proj", "v_launch"),
)
projectile_time = Relation(
    "projectile_flight_time_level",
    GROUP,
    "Time of flight of a projectile on level ground",
    "t_flight = 2*v_launch*sin(th_launch)/g_n",
    (FLIGHT_TIME, LAUNCH_SPEED, LAUNCH_ANGLE),
    description="T = 2v₀ sinθ / g, launched and landing at the same height, no air resistance.",
    keywords=("projectile", "time of flight", "in the air"),
    requires=(_PROJECTILE, ("time of flight", "flight time", "in the air")),
    excludes=_LEVEL_EXCLUDES,
    unknowns=("t_flight", "v_launch"),
)

# ================================================================== simple harmonic motion
OSC_MASS = Symbol(
    "m_osc",
    "kg",
    "oscillating mass",
    keywords=("mass", "block", "object", "body", "kg", "g"),
    aliases=("m",),
    plausible=(1e-30, 1e6),
)
SPRING_K = Symbol(
    "k_spring",
    "N/m",
    "spring constant",
    keywords=("spring constant", "force constant", "stiffness", "k"),
    aliases=("k",),
    plausible=(1e-9, 1e12),
)
OSC_PERIOD = Symbol(
    "T_osc",
    "s",
    "period of oscillation",
    keywords=(
        "period",
        "period of oscillation",
        "time for one oscillation",
        "each oscillation",
        "t",
    ),
    aliases=("T",),
    plausible=(1e-15, 1e6),
)
OSC_FREQ = Symbol(
    "f_osc",
    "Hz",
    "frequency of oscillation",
    keywords=("frequency", "oscillation frequency", "vibrates at", "oscillates at", "f"),
    aliases=("f", "ν"),
    plausible=(1e-9, 1e18),
)
_SPRING_EXCLUDES = (
    "two springs",
    "series",
    "parallel",
    "damped",
    "damping",
    "pendulum",
    "incline",
    "inclined",
    "angular frequency",
)
spring_period = Relation(
    "mass_spring_period",
    GROUP,
    "Period of a mass on a spring",
    "T_osc = 2*pi*sqrt(m_osc/k_spring)",
    (OSC_PERIOD, OSC_MASS, SPRING_K),
    description="T = 2π√(m/k) (ideal massless spring).",
    keywords=("spring", "period", "oscillat"),
    requires=(("spring",), ("period", "how long")),
    excludes=(*_SPRING_EXCLUDES, "frequency"),
)
spring_frequency = Relation(
    "mass_spring_frequency",
    GROUP,
    "Frequency of a mass on a spring",
    "f_osc = sqrt(k_spring/m_osc)/(2*pi)",
    (OSC_FREQ, OSC_MASS, SPRING_K),
    description="f = (1/2π)√(k/m) (ideal massless spring).",
    keywords=("spring", "frequency", "oscillat"),
    requires=(("spring",), ("frequency",)),
    excludes=(*_SPRING_EXCLUDES, "period"),
)
PEND_LENGTH = Symbol(
    "L_pend",
    "m",
    "length of the pendulum",
    keywords=("length", "long", "string", "l"),
    aliases=("L", "l"),
    plausible=(1e-6, 1e6),
)
_PENDULUM_EXCLUDES = (
    "physical pendulum",
    "compound pendulum",
    "conical",
    "torsion",
    "rod",
    "moon",
    "mars",
    "planet",
    "elevator",
    "accelerating",
    "free fall acceleration",
    "spring",
    "large amplitude",
)
pendulum_period = Relation(
    "simple_pendulum_period",
    GROUP,
    "Period of a simple pendulum (small swings, Earth's surface)",
    "T_osc = 2*pi*sqrt(L_pend/g_n)",
    (OSC_PERIOD, PEND_LENGTH),
    description="T = 2π√(L/g) for small swings, g = 9.81 m/s².",
    keywords=("pendulum", "period"),
    requires=(("pendulum",), ("period",)),
    excludes=(*_PENDULUM_EXCLUDES, "frequency"),
)
pendulum_frequency = Relation(
    "simple_pendulum_frequency",
    GROUP,
    "Frequency of a simple pendulum (small swings, Earth's surface)",
    "f_osc = sqrt(g_n/L_pend)/(2*pi)",
    (OSC_FREQ, PEND_LENGTH),
    description="f = (1/2π)√(g/L) for small swings, g = 9.81 m/s².",
    keywords=("pendulum", "frequency"),
    requires=(("pendulum",), ("frequency",)),
    excludes=(*_PENDULUM_EXCLUDES, "period", "angular frequency"),
)
ANG_FREQ = Symbol(
    "omega_osc",
    "rad/s",
    "angular frequency",
    keywords=("angular frequency", "ω", "omega"),
    aliases=("ω", "omega"),
    plausible=(1e-9, 1e20),
)
angular_frequency = Relation(
    "angular_frequency_from_frequency",
    GROUP,
    "Angular frequency of an oscillation",
    "omega_osc = 2*pi*f_osc",
    (ANG_FREQ, OSC_FREQ),
    description="ω = 2πf.",
    keywords=("angular frequency", "oscillat"),
    requires=(("angular frequency",), ("oscillat", "vibrat", "frequency")),
    excludes=("spring", "pendulum", "rotat", "rpm", "rev"),
)

# ================================================================== waves
STRING_TENSION = Symbol(
    "F_tens",
    "N",
    "tension",
    keywords=("tension", "under a tension", "stretched with", "tension of", "f_t"),
    aliases=("F_T", "T"),
    plausible=(1e-9, 1e9),
)
LINEAR_DENSITY = Symbol(
    "mu_lin",
    "kg/m",
    "linear mass density",
    keywords=("linear density", "linear mass density", "mass per unit length", "μ", "mu"),
    aliases=("μ", "mu"),
    plausible=(1e-12, 1e6),
)
STRING_WAVE_SPEED = Symbol(
    "v_str",
    "m/s",
    "wave speed on the string",
    keywords=("wave speed", "speed of the wave", "speed of waves", "speed", "velocity", "v"),
    aliases=("v",),
    plausible=(1e-6, 1e6),
)
_STRING = (("string", "wire", "rope", "cord", "cable"),)
string_wave_speed = Relation(
    "string_wave_speed",
    GROUP,
    "Speed of a transverse wave on a stretched string",
    "v_str = sqrt(F_tens/mu_lin)",
    (STRING_WAVE_SPEED, STRING_TENSION, LINEAR_DENSITY),
    description="v = √(F/μ), F the tension and μ the mass per unit length.",
    keywords=("string", "tension", "wave"),
    requires=(*_STRING, ("wave", "pulse")),
    excludes=("hanging", "its own weight", "vertical"),
)
HARMONIC = Symbol(
    "n_harm",
    "dimensionless",
    "harmonic number",
    keywords=("harmonic", "mode", "n"),
    aliases=("n",),
    kind="number",
    plausible=(1, 1000),
)
STRING_LENGTH = Symbol(
    "L_str",
    "m",
    "length of the string",
    keywords=("length", "long", "string of length", "l"),
    aliases=("L",),
    plausible=(1e-6, 1e6),
)
STANDING_FREQ = Symbol(
    "f_stand",
    "Hz",
    "frequency of the standing wave",
    keywords=("frequency", "fundamental frequency", "fundamental", "f"),
    aliases=("f", "f_1", "f1"),
    plausible=(1e-6, 1e12),
)
fundamental_string = Relation(
    "string_fundamental_frequency",
    GROUP,
    "Fundamental frequency of a string fixed at both ends",
    "f_stand = sqrt(F_tens/mu_lin)/(2*L_str)",
    (STANDING_FREQ, STRING_TENSION, LINEAR_DENSITY, STRING_LENGTH),
    description="f₁ = v/(2L) = (1/2L)√(F/μ) for a string fixed at both ends.",
    keywords=("string", "fundamental", "tension"),
    requires=(*_STRING, ("fundamental", "first harmonic", "lowest frequency")),
    excludes=("overtone", "second harmonic", "third harmonic", "one end free", "pipe", "tube"),
)
SOUND_SPEED = Symbol(
    "v_snd",
    "m/s",
    "speed of sound",
    keywords=("speed of sound", "sound speed", "sound travels at", "speed"),
    aliases=("v",),
    plausible=(1, 1e5),
)
PIPE_LENGTH = STRING_LENGTH.with_(
    name="L_pipe", label="length of the pipe", keywords=("length", "long", "pipe of length", "l")
)
_PIPE_EXCLUDES = ("overtone", "second harmonic", "third harmonic", "string", "end correction")
open_pipe = Relation(
    "open_pipe_fundamental",
    GROUP,
    "Fundamental frequency of a pipe open at both ends",
    "f_stand = v_snd/(2*L_pipe)",
    (STANDING_FREQ, SOUND_SPEED, PIPE_LENGTH),
    description="f₁ = v/(2L) for a pipe open at both ends.",
    keywords=("pipe", "tube", "fundamental", "open"),
    requires=(
        ("open pipe", "open at both ends", "open tube", "both ends open", "open organ pipe"),
        ("fundamental", "first harmonic", "lowest frequency", "lowest resonant"),
    ),
    excludes=(*_PIPE_EXCLUDES, "closed", "stopped"),
)
closed_pipe = Relation(
    "closed_pipe_fundamental",
    GROUP,
    "Fundamental frequency of a pipe closed at one end",
    "f_stand = v_snd/(4*L_pipe)",
    (STANDING_FREQ, SOUND_SPEED, PIPE_LENGTH),
    description="f₁ = v/(4L) for a pipe closed at one end (stopped pipe).",
    keywords=("pipe", "tube", "fundamental", "closed"),
    requires=(
        (
            "closed at one end",
            "stopped pipe",
            "closed pipe",
            "one end closed",
            "stopped organ pipe",
        ),
        ("fundamental", "first harmonic", "lowest frequency", "lowest resonant"),
    ),
    excludes=(*_PIPE_EXCLUDES, "open at both ends", "both ends open", "closed at both ends"),
)

MECH_SPEED = Symbol(
    "v_wave",
    "m/s",
    "wave speed",
    keywords=(
        "wave speed",
        "speed of the wave",
        "speed of sound",
        "speed",
        "travels at",
        "velocity",
        "v",
    ),
    aliases=("v",),
    plausible=(1e-6, 1e5),
)
MECH_FREQ = Symbol(
    "f_wave",
    "Hz",
    "frequency",
    keywords=("frequency", "f", "hz"),
    aliases=("f",),
    plausible=(1e-6, 1e12),
)
MECH_LAMBDA = Symbol(
    "lam_wave",
    "m",
    "wavelength",
    keywords=("wavelength", "λ"),
    aliases=("λ",),
    plausible=(1e-12, 1e8),
)
mechanical_wave = Relation(
    "mechanical_wave_speed",
    GROUP,
    "Speed, frequency and wavelength of a mechanical wave",
    "v_wave = f_wave*lam_wave",
    (MECH_SPEED, MECH_FREQ, MECH_LAMBDA),
    description="v = fλ for a sound wave, a wave on a string or a water wave.",
    keywords=("wave", "sound", "wavelength", "frequency"),
    requires=(MECHANICAL_WAVES, ("wavelength",), ("frequency", "hz")),
    excludes=(
        "light",
        "photon",
        "electromagnetic",
        "radio",
        "x ray",
        "laser",
        "microwave",
        "electron",
        "doppler",
        "moving",
        "approach",
        "harmonic",
        "overtone",
        "fundamental",
        "beat",
        "medium",
        "enters",
        "into water",
        "tension",
    ),
)

# ================================================================== electrostatics and circuits
CHARGE_1 = Symbol(
    "q_c1",
    "C",
    "first charge",
    keywords=("charge", "q_1", "q1", "charges of"),
    aliases=("q_1", "q1", "q"),
    plausible=(-1e6, 1e6),
    signed=True,
)
CHARGE_2 = CHARGE_1.with_(name="q_c2", label="second charge", aliases=("q_2", "q2", "Q"))
CHARGE_DIST = Symbol(
    "r_q",
    "m",
    "separation of the charges",
    keywords=("apart", "separated by", "distance", "separation", "from a", "from the", "away", "r"),
    aliases=("r", "d"),
    plausible=(1e-18, 1e12),
)
COULOMB_FORCE = Symbol(
    "F_coul",
    "N",
    "electrostatic force",
    keywords=("force", "electrostatic force", "electric force", "coulomb force", "f"),
    aliases=("F",),
    plausible=(1e-40, 1e30),
)
coulomb = Relation(
    "coulomb_law_two_charges",
    GROUP,
    "Coulomb's law (two point charges in vacuum)",
    "F_coul = Abs(q_c1*q_c2)/(4*pi*eps_0*r_q**2)",
    (COULOMB_FORCE, CHARGE_1, CHARGE_2, CHARGE_DIST),
    description="F = q₁q₂/(4πε₀r²), the magnitude of the force between two point charges in vacuum/air.",
    keywords=("charge", "force", "coulomb"),
    requires=(("charge", "coulomb"), ("force",)),
    excludes=(
        "third charge",
        "three charges",
        "four charges",
        "midway",
        "dielectric",
        "water",
        "medium",
        "net force",
        "field",
        "conducting",
        "touch",
        "contact",
        "radius",
        "shell",
        "rod",
        "plate",
        "charged ring",
    ),
    unknowns=("F_coul", "r_q"),
)
POINT_CHARGE = CHARGE_1.with_(name="q_pt", label="point charge", aliases=("q", "Q"))
FIELD_E = Symbol(
    "E_pt",
    "N/C",
    "electric field",
    keywords=("electric field", "field strength", "field"),
    aliases=("E",),
    plausible=(1e-30, 1e25),
)
point_field = Relation(
    "point_charge_field",
    GROUP,
    "Electric field of a point charge",
    "E_pt = Abs(q_pt)/(4*pi*eps_0*r_q**2)",
    (FIELD_E, POINT_CHARGE, CHARGE_DIST),
    description="E = q/(4πε₀r²) at distance r from a point charge in vacuum/air.",
    keywords=("electric field", "point charge"),
    requires=(("electric field",), ("point charge", "a charge of", "charge of")),
    excludes=(
        "two charges",
        "charges",
        "dielectric",
        "water",
        "sphere",
        "shell",
        "rod",
        "plate",
        "dipole",
        "line of charge",
        "ring",
        "force",
    ),
)

R_RES = Symbol(
    "R_res",
    "ohm",
    "resistance",
    keywords=("resistance", "resistor", "ω", "ohm", "r"),
    aliases=("R",),
    plausible=(1e-9, 1e15),
)
I_RES = Symbol(
    "I_res",
    "A",
    "current",
    keywords=("current", "carries", "i"),
    aliases=("I",),
    plausible=(1e-15, 1e6),
)
V_RES = Symbol(
    "V_res",
    "V",
    "voltage across the resistor",
    keywords=("voltage", "potential difference", "across", "battery", "v"),
    aliases=("V", "ΔV"),
    plausible=(1e-12, 1e9),
)
P_RES = Symbol(
    "P_res",
    "W",
    "power dissipated",
    keywords=("power", "dissipated", "rate of heat", "rate at which", "p"),
    aliases=("P",),
    plausible=(1e-18, 1e12),
)
_RESISTOR_REQ = (("resistor", "resistance"), ("power", "dissipat"))
_RESISTOR_EXCLUDES = (
    "series",
    "parallel",
    "internal resistance",
    "emf",
    "capacitor",
    "inductor",
    "ac ",
    "rms",
    "efficiency",
    "motor",
)
resistor_power_current = Relation(
    "resistor_power_current",
    GROUP,
    "Power dissipated in a resistor (from the current)",
    "P_res = I_res**2*R_res",
    (P_RES, I_RES, R_RES),
    description="P = I²R (Joule heating).",
    keywords=("resistor", "power", "current"),
    requires=_RESISTOR_REQ,
    excludes=_RESISTOR_EXCLUDES,
)
resistor_power_voltage = Relation(
    "resistor_power_voltage",
    GROUP,
    "Power dissipated in a resistor (from the voltage)",
    "P_res = V_res**2/R_res",
    (P_RES, V_RES, R_RES),
    description="P = V²/R (Joule heating).",
    keywords=("resistor", "power", "voltage"),
    requires=_RESISTOR_REQ,
    excludes=_RESISTOR_EXCLUDES,
)

# ================================================================== modern physics
SCATTER_ANGLE = _angle(
    "th_scat",
    "scattering angle",
    ("scattering angle", "scattered at", "angle", "through"),
    top=180.0,
)
COMPTON_SHIFT = Symbol(
    "dlam_C",
    "pm",
    "Compton shift in wavelength",
    keywords=(
        "compton shift",
        "change in wavelength",
        "shift in wavelength",
        "wavelength shift",
        "Δλ",
    ),
    aliases=("Δλ",),
    plausible=(0, 10),
)
compton_shift = Relation(
    "compton_shift",
    GROUP,
    "Compton shift (photon scattered by a free electron)",
    "dlam_C = h/(m_e*c)*(1 - cos(th_scat))",
    (COMPTON_SHIFT, SCATTER_ANGLE),
    description="Δλ = (h/m_e c)(1 − cos θ) for a photon scattered through θ by a free electron at rest.",
    keywords=("compton", "scatter", "shift"),
    requires=(
        ("compton", "scattered", "scattering"),
        ("change in wavelength", "shift", "Δλ", "increase in wavelength"),
    ),
    excludes=("proton", "neutron", "nucleus", "energy", "momentum", "recoil"),
    unknowns=("dlam_C", "th_scat"),
)
N_UPPER = Symbol(
    "n_hi",
    "dimensionless",
    "upper level",
    keywords=("from", "upper", "initial", "n_i", "n"),
    aliases=("n", "n_i", "n_2", "n2"),
    kind="number",
    plausible=(2, 1000),
)
N_LOWER = Symbol(
    "n_lo",
    "dimensionless",
    "lower level",
    keywords=("to", "lower", "final", "n_f", "n"),
    aliases=("n", "n_f", "n_1", "n1"),
    kind="number",
    plausible=(1, 999),
)
H_LINE = Symbol(
    "lam_H",
    "nm",
    "wavelength of the hydrogen line",
    keywords=("wavelength", "λ"),
    aliases=("λ",),
    plausible=(1, 1e9),
)
_HYDROGEN_EXCLUDES = (
    "helium",
    "he+",
    "lithium",
    "li2+",
    "ion",
    "positronium",
    "muon",
    "muonic",
    "hydrogen like",
    "z =",
    "reduced mass",
    "deuterium",
    "series limit",
    "shortest",
    "longest",
)
hydrogen_line = Relation(
    "hydrogen_transition_wavelength",
    GROUP,
    "Wavelength of a hydrogen transition (Rydberg formula)",
    "h*c/lam_H = E_Ry*(1/n_lo**2 - 1/n_hi**2)",
    (H_LINE, N_UPPER, N_LOWER),
    fixed=(("E_Ry", "13.598 eV", "hydrogen's Rydberg energy, 13.6 eV (reduced-mass value)"),),
    description="1/λ = R_H (1/n_f² − 1/n_i²) for hydrogen (Bohr model, R_H = 1.0968 × 10⁷ m⁻¹).",
    keywords=("hydrogen", "transition", "wavelength"),
    requires=(
        ("hydrogen",),
        ("transition", "jumps", "drops", "falls", "goes from", "emitted", "absorbed", "from n"),
        ("wavelength",),
    ),
    excludes=_HYDROGEN_EXCLUDES,
    ordered=(("n_hi", "n_lo"),),
    unknowns=("lam_H",),
)
H_PHOTON_E = Symbol(
    "E_H",
    "eV",
    "energy of the emitted or absorbed photon",
    keywords=("energy", "photon energy", "energy of the photon"),
    aliases=("E",),
    plausible=(1e-9, 14),
)
hydrogen_energy = Relation(
    "hydrogen_transition_energy",
    GROUP,
    "Photon energy of a hydrogen transition (Bohr model)",
    "E_H = E_Ry*(1/n_lo**2 - 1/n_hi**2)",
    (H_PHOTON_E, N_UPPER, N_LOWER),
    fixed=(("E_Ry", "13.598 eV", "hydrogen's Rydberg energy, 13.6 eV (reduced-mass value)"),),
    description="E = 13.6 eV (1/n_f² − 1/n_i²) for hydrogen (Bohr model).",
    keywords=("hydrogen", "transition", "photon", "energy"),
    requires=(
        ("hydrogen",),
        ("transition", "jumps", "drops", "falls", "goes from", "emitted", "absorbed", "from n"),
        ("photon", "energy"),
    ),
    excludes=(*_HYDROGEN_EXCLUDES, "wavelength", "frequency", "kinetic"),
    ordered=(("n_hi", "n_lo"),),
    unknowns=("E_H",),
)

HALF_LIFE = Symbol(
    "t_half_dec",
    "s",
    "half-life",
    keywords=("half life", "half-life", "t_1/2", "t1/2"),
    aliases=("t_1/2", "t1/2", "T_1/2", "T1/2"),
    plausible=(1e-25, 1e28),
    named=True,
)
DECAY_TIME = Symbol(
    "t_dec",
    "s",
    "elapsed time",
    keywords=("after", "time", "elapsed", "later", "how long", "t"),
    aliases=("t",),
    plausible=(1e-25, 1e28),
    named=True,
)
REMAINING = Symbol(
    "f_remain",
    "dimensionless",
    "fraction remaining",
    keywords=("fraction", "remain", "remaining", "left", "undecayed", "percentage", "percent"),
    kind="fraction",
    plausible=(0, 1),
)
_DECAY_REQ = (
    ("half life", "half-life", "t_1/2", "t1/2"),
    ("radioactive", "decay", "isotope", "nuclide", "nuclei", "sample"),
)
_DECAY_EXCLUDES = (
    "second order",
    "zero order",
    "second-order",
    "zero-order",
    "daughter",
    "parent",
    "two isotopes",
    "two different isotopes",
    "produced",
    "formed",
    "activity",
    "mass",
    "mg",
    "grams",
    "counts",
    "decays per",
    "bq",
    "ci",
    "curie",
    "initially contains",
    "ratio",
)
decay_fraction = Relation(
    "radioactive_fraction_remaining",
    GROUP,
    "Fraction of radioactive nuclei remaining after a time",
    "f_remain = exp(-log(2)*t_dec/t_half_dec)",
    (REMAINING, DECAY_TIME, HALF_LIFE),
    description="N/N₀ = e^(−λt) = 2^(−t/t½) (exponential decay, λ = ln2/t½).",
    keywords=("half life", "decay", "remain", "fraction"),
    requires=(*_DECAY_REQ, ("fraction", "remain", "percent", "left", "undecayed")),
    excludes=(*_DECAY_EXCLUDES, "decayed", "has decayed", "have decayed"),
    unknowns=("f_remain", "t_dec"),
)
DECAY_CONST = Symbol(
    "lam_dec",
    "1/s",
    "decay constant",
    keywords=("decay constant", "disintegration constant", "λ"),
    aliases=("λ",),
    plausible=(1e-30, 1e30),
)
decay_constant = Relation(
    "decay_constant_half_life",
    GROUP,
    "Decay constant and half-life",
    "lam_dec = log(2)/t_half_dec",
    (DECAY_CONST, HALF_LIFE),
    description="λ = ln 2 / t½ (exponential decay).",
    keywords=("decay constant", "half life"),
    requires=(("decay constant", "disintegration constant"), ("half life", "half-life", "t_1/2")),
    excludes=("second order", "zero order", "activity", "mass", "nuclei", "atoms"),
)

# ================================================================== kinetic theory
GAS_T = Symbol(
    "T_gas",
    "K",
    "temperature",
    keywords=("temperature", "at", "t"),
    aliases=("T",),
    kind="temperature",
    plausible=(0.001, 1e9),
)
GAS_M = Symbol(
    "M_gas",
    "g/mol",
    "molar mass",
    keywords=("molar mass", "molecular weight", "molecular mass", "atomic mass", "atomic weight"),
    aliases=("M",),
    plausible=(1.0, 1e4),
    lookup="molar_mass",
)
RMS = Symbol(
    "v_rms",
    "m/s",
    "root-mean-square speed",
    keywords=("rms speed", "root mean square speed", "root-mean-square speed", "v_rms", "rms"),
    aliases=("v_rms",),
    plausible=(1e-3, 1e7),
)
_GAS_EXCLUDES = (
    "escape",
    "effusion",
    "diffusion",
    "mixture",
    "ratio",
    "collision",
    "mean free path",
)
rms_speed = Relation(
    "rms_speed_kinetic_theory",
    GROUP,
    "Root-mean-square speed of gas molecules",
    "v_rms = sqrt(3*R*T_gas/M_gas)",
    (RMS, GAS_T, GAS_M),
    description="v_rms = √(3RT/M) (kinetic theory of an ideal gas).",
    keywords=("rms", "root mean square", "gas", "molecules"),
    requires=(("rms speed", "root mean square", "root-mean-square", "v_rms", "rms velocity"),),
    excludes=_GAS_EXCLUDES,
)
MEAN_SPEED = Symbol(
    "v_mean",
    "m/s",
    "mean speed",
    keywords=("mean speed", "average speed", "mean molecular speed", "v_mean", "⟨v⟩"),
    plausible=(1e-3, 1e7),
)
mean_speed = Relation(
    "mean_speed_kinetic_theory",
    GROUP,
    "Mean (average) speed of gas molecules (Maxwell distribution)",
    "v_mean = sqrt(8*R*T_gas/(pi*M_gas))",
    (MEAN_SPEED, GAS_T, GAS_M),
    description="⟨v⟩ = √(8RT/πM) (Maxwell–Boltzmann distribution).",
    keywords=("mean speed", "average speed", "gas", "molecules"),
    requires=(
        ("mean speed", "average speed", "mean molecular speed"),
        ("gas", "molecule", "atoms"),
    ),
    excludes=(*_GAS_EXCLUDES, "rms", "root mean square", "most probable", "car", "trip"),
)
MP_SPEED = Symbol(
    "v_mp",
    "m/s",
    "most probable speed",
    keywords=("most probable speed", "v_mp"),
    plausible=(1e-3, 1e7),
)
mp_speed = Relation(
    "most_probable_speed_kinetic_theory",
    GROUP,
    "Most probable speed of gas molecules (Maxwell distribution)",
    "v_mp = sqrt(2*R*T_gas/M_gas)",
    (MP_SPEED, GAS_T, GAS_M),
    description="v_p = √(2RT/M) (Maxwell–Boltzmann distribution).",
    keywords=("most probable speed", "gas", "molecules"),
    requires=(("most probable speed",),),
    excludes=(*_GAS_EXCLUDES, "rms", "root mean square", "mean speed", "average speed"),
)
KE_MOLECULE = Symbol(
    "E_trans",
    "J",
    "mean translational kinetic energy per molecule",
    keywords=(
        "translational kinetic energy",
        "average kinetic energy",
        "mean kinetic energy",
        "kinetic energy",
    ),
    plausible=(1e-30, 1e-10),
)
ke_molecule = Relation(
    "mean_translational_ke_molecule",
    GROUP,
    "Mean translational kinetic energy of a gas molecule",
    "E_trans = 3*k_B*T_gas/2",
    (KE_MOLECULE, GAS_T),
    description="⟨K⟩ = (3/2)k_BT per molecule (equipartition, three translational degrees of freedom).",
    keywords=("kinetic energy", "molecule", "gas"),
    requires=(
        (
            "translational kinetic energy",
            "average kinetic energy",
            "mean kinetic energy",
            "average translational",
        ),
        ("molecule", "atom", "particle"),
    ),
    excludes=(
        "mole ",
        "moles",
        "a mole",
        "per mole",
        "one mole",
        "mol",
        "total",
        "rotational",
        "vibrational",
        "internal energy",
    ),
    unknowns=("E_trans",),
)

# ================================================================== gravitation and orbits
MASS_A = Symbol(
    "m_grav1",
    "kg",
    "first mass",
    keywords=("mass", "masses", "kg", "weighs"),
    aliases=("m_1", "m1", "M"),
    plausible=(1e-30, 1e45),
)
MASS_B = MASS_A.with_(name="m_grav2", label="second mass", aliases=("m_2", "m2", "m"))
GRAV_DIST = Symbol(
    "r_grav",
    "m",
    "distance between the centres",
    keywords=("distance", "apart", "separated by", "mean distance", "separation", "r"),
    aliases=("r", "d"),
    plausible=(1e-12, 1e25),
)
GRAV_FORCE = Symbol(
    "F_grav",
    "N",
    "gravitational force",
    keywords=("gravitational force", "force of gravity", "gravitational attraction", "force"),
    aliases=("F",),
    plausible=(1e-50, 1e40),
)
newton_gravity = Relation(
    "newton_gravitation_two_masses",
    GROUP,
    "Newton's law of gravitation (two bodies)",
    "F_grav = G_N*m_grav1*m_grav2/r_grav**2",
    (GRAV_FORCE, MASS_A, MASS_B, GRAV_DIST),
    description="F = G m₁ m₂ / r² between two point or spherical masses.",
    keywords=("gravitational", "gravity", "force", "mass"),
    requires=(
        (
            "gravitational force",
            "force of gravity",
            "gravitational attraction",
            "gravitational pull",
        ),
    ),
    excludes=(
        "third",
        "three",
        "midway",
        "net force",
        "radius",
        "surface",
        "altitude",
        "above",
        "height",
    ),
    unknowns=("F_grav", "r_grav"),
)
CENTRAL_MASS = Symbol(
    "M_cent",
    "kg",
    "mass of the central body",
    keywords=("mass", "mass of the sun", "mass of the earth", "solar mass", "kg"),
    aliases=("M",),
    plausible=(1e10, 1e45),
)
ORBIT_RADIUS = Symbol(
    "r_orb",
    "m",
    "orbital radius",
    keywords=(
        "orbital radius",
        "radius of the orbit",
        "orbit of radius",
        "semi major axis",
        "mean distance",
        "radius",
    ),
    aliases=("r", "a"),
    plausible=(1, 1e25),
)
ORBIT_PERIOD = Symbol(
    "T_orb",
    "s",
    "orbital period",
    keywords=("orbital period", "period", "period of the orbit", "one orbit", "year", "t"),
    aliases=("T",),
    plausible=(1e-3, 1e20),
)
_ORBIT_EXCLUDES = (
    "altitude",
    "above the surface",
    "above the earth",
    "above earth",
    "height",
    "eccentricity",
    "two stars",
    "binary",
    "both orbit",
    "center of mass",
    "satellite of mass",
    "another",
    "second",
)
kepler_third = Relation(
    "kepler_third_law_circular",
    GROUP,
    "Kepler's third law (body orbiting a much heavier one)",
    "T_orb**2 = 4*pi**2*r_orb**3/(G_N*M_cent)",
    (ORBIT_PERIOD, ORBIT_RADIUS, CENTRAL_MASS),
    description="T² = 4π² a³/(G M) for a body of negligible mass orbiting mass M.",
    keywords=("orbit", "period", "kepler", "radius"),
    requires=(
        ("orbit", "kepler", "revolves", "circles"),
        ("period", "radius", "mass", "semi major axis"),
    ),
    excludes=_ORBIT_EXCLUDES,
)
ORBIT_SPEED = Symbol(
    "v_orb",
    "m/s",
    "orbital speed",
    keywords=("orbital speed", "speed", "velocity", "v"),
    aliases=("v",),
    plausible=(1e-6, 3e8),
)
orbital_speed = Relation(
    "circular_orbit_speed",
    GROUP,
    "Speed in a circular orbit",
    "v_orb = sqrt(G_N*M_cent/r_orb)",
    (ORBIT_SPEED, CENTRAL_MASS, ORBIT_RADIUS),
    description="v = √(GM/r) for a circular orbit of radius r about mass M.",
    keywords=("orbit", "speed", "circular"),
    requires=(("orbit",), ("speed", "velocity")),
    excludes=(*_ORBIT_EXCLUDES, "escape", "period"),
)

# ================================================================== rotation
BODY_MASS = Symbol(
    "M_body",
    "kg",
    "mass of the body",
    keywords=("mass", "kg", "weighs", "of mass", "m"),
    aliases=("M", "m"),
    plausible=(1e-30, 1e40),
)
BODY_RADIUS = Symbol(
    "R_body",
    "m",
    "radius of the body",
    keywords=("radius", "r"),
    aliases=("R", "r"),
    plausible=(1e-15, 1e12),
)
BODY_LENGTH = Symbol(
    "L_body",
    "m",
    "length of the rod",
    keywords=("length", "long", "l"),
    aliases=("L",),
    plausible=(1e-15, 1e12),
)
INERTIA = Symbol(
    "I_rot",
    "kg*m^2",
    "moment of inertia",
    keywords=("moment of inertia", "rotational inertia", "i"),
    aliases=("I",),
    plausible=(1e-60, 1e60),
)
_OTHER_AXIS = (
    "parallel axis",
    "tangent",
    "edge",
    "rim",
    "through a point",
    "off center",
    "hollow",
    "shell",
    "thin walled",
    "ring",
    "hoop",
    "hole",
    "attached",
    "plus",
    "combined",
    "system",
)
_INERTIA_REQ = ("moment of inertia", "rotational inertia")


def _inertia(
    name: str, title: str, body: tuple[str, ...], expr: str, size: Symbol, **extra
) -> Relation:
    return Relation(
        name,
        GROUP,
        title,
        f"I_rot = {expr}",
        (INERTIA, BODY_MASS, size),
        description=f"I = {expr.replace('_body', '').replace('*', '')} (standard body, axis through its centre).",
        keywords=("moment of inertia", *body),
        requires=(_INERTIA_REQ, body, *extra.pop("requires", ())),
        excludes=(*_OTHER_AXIS, *extra.pop("excludes", ())),
        unknowns=("I_rot",),
    )


inertia_solid_sphere = _inertia(
    "inertia_solid_sphere",
    "Moment of inertia of a solid sphere about a diameter",
    ("solid sphere", "uniform sphere", "solid ball"),
    "2*M_body*R_body**2/5",
    BODY_RADIUS,
    excludes=("cylinder", "disk", "disc", "rod"),
)
inertia_disk = _inertia(
    "inertia_solid_disk",
    "Moment of inertia of a uniform disk or solid cylinder about its axis",
    ("uniform disk", "solid disk", "uniform disc", "solid disc", "solid cylinder"),
    "M_body*R_body**2/2",
    BODY_RADIUS,
    excludes=("sphere", "rod", "diameter axis", "about a diameter"),
)
inertia_rod_centre = _inertia(
    "inertia_rod_center",
    "Moment of inertia of a thin rod about its centre",
    ("thin rod", "uniform rod", "slender rod", "meter stick"),
    "M_body*L_body**2/12",
    BODY_LENGTH,
    requires=(("center", "centre", "midpoint", "middle"),),
    excludes=("end", "sphere", "disk", "disc", "cylinder"),
)
inertia_rod_end = Relation(
    "inertia_rod_end",
    GROUP,
    "Moment of inertia of a thin rod about one end",
    "I_rot = M_body*L_body**2/3",
    (INERTIA, BODY_MASS, BODY_LENGTH),
    description="I = ML²/3 (thin uniform rod, axis perpendicular through one end).",
    keywords=("moment of inertia", "rod", "end"),
    requires=(
        _INERTIA_REQ,
        ("thin rod", "uniform rod", "slender rod", "meter stick"),
        ("one end", "its end", "an end"),
    ),
    excludes=(
        "center",
        "centre",
        "midpoint",
        "middle",
        "sphere",
        "disk",
        "disc",
        "attached",
        "plus",
        "system",
    ),
    unknowns=("I_rot",),
)
OMEGA = Symbol(
    "omega_rot",
    "rad/s",
    "angular speed",
    keywords=("angular speed", "angular velocity", "rotates at", "spins at", "ω", "omega"),
    aliases=("ω", "omega"),
    plausible=(1e-12, 1e12),
)
ROT_KE = Symbol(
    "K_rot",
    "J",
    "rotational kinetic energy",
    keywords=(
        "rotational kinetic energy",
        "kinetic energy of rotation",
        "rotational energy",
        "kinetic energy",
    ),
    aliases=("K", "K_rot", "KE"),
    plausible=(1e-60, 1e50),
)
rotational_ke = Relation(
    "rotational_kinetic_energy",
    GROUP,
    "Rotational kinetic energy",
    "K_rot = I_rot*omega_rot**2/2",
    (ROT_KE, INERTIA, OMEGA),
    description="K = ½Iω².",
    keywords=("rotational kinetic energy", "moment of inertia", "angular"),
    requires=(("rotational kinetic energy", "kinetic energy of rotation", "rotational energy"),),
    excludes=("rolling", "rolls", "translational", "total kinetic energy", "incline"),
)

RELATIONS = (
    malus_intensity,
    malus_fraction,
    critical_angle,
    brewster_angle,
    thin_lens,
    centripetal_speed,
    centripetal_period,
    projectile_range,
    projectile_height,
    projectile_time,
    spring_period,
    spring_frequency,
    pendulum_period,
    pendulum_frequency,
    angular_frequency,
    string_wave_speed,
    mechanical_wave,
    fundamental_string,
    open_pipe,
    closed_pipe,
    coulomb,
    point_field,
    resistor_power_current,
    resistor_power_voltage,
    compton_shift,
    hydrogen_line,
    hydrogen_energy,
    decay_fraction,
    decay_constant,
    rms_speed,
    mean_speed,
    mp_speed,
    ke_molecule,
    newton_gravity,
    kepler_third,
    orbital_speed,
    inertia_solid_sphere,
    inertia_disk,
    inertia_rod_centre,
    inertia_rod_end,
    rotational_ke,
)
