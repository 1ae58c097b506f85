"""Introductory-physics relations, by syllabus topic: optics (Malus, critical and Brewster angles, thin
lens), circular motion, projectiles on level ground, simple harmonic motion, standing waves, waves on a
string, Coulomb's law, resistor power, Compton scattering, hydrogen transitions (Bohr/Rydberg),
radioactive decay, kinetic theory, Newtonian gravitation and circular orbits, and moments of inertia of
standard bodies with rotational kinetic energy, and a body's translational kinetic energy ½mv².

Every symbol name here is this module's own, so the planner never joins one of these quantities with a
materials relation's quantity of the same letter. Each relation is kept to the case its standard
textbook statement covers; its ``requires``/``excludes`` keep it off questions about other cases (an
object not in air, a launch above the ground, a diverging lens), which are refused instead.

Sources: Halliday, Resnick & Walker, *Fundamentals of Physics* (chapters on optics, circular motion,
projectile motion, oscillations, waves, Coulomb's law, circuits, gravitation, rotation, kinetic theory,
quantum and nuclear physics); Young & Freedman, *University Physics* (the same topics).
"""

from __future__ import annotations

from dataclasses import replace

from ._base import Relation, Symbol
from .common import DELTA_T
from .photons import MECHANICAL_WAVES, NOT_THE_FASTEST

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
    requires=(*_MALUS_REQUIRES, ("fraction", "percent", "percentage", "ratio", "i/i_0", "i/i0")),
    excludes=_MALUS_EXCLUDES,
)

_UNPOL_EXCLUDES = (
    # 'the original intensity', or a question that defines I₀ as the polarized light's intensity: the
    # fraction may be meant of the light after the first polarizer (a factor of 2 apart), so not answered
    "original",
    "i_0",
    "i0",
    "malus",
    "vertical",
    "horizontal",
    "x axis",
    "y axis",
    "fourth",
    "four polarizers",
    "reflected",
    "partially polarized",
)
unpolarized_two = Relation(
    "unpolarized_through_two_polarizers",
    GROUP,
    "Unpolarized light through two ideal polarizers",
    "f_pol = cos(th_pol)**2/2",
    (POL_FRACTION, POL_ANGLE),
    description="I/I₀ = ½cos²θ: the first polarizer passes half of unpolarized light, the second cos²θ of "
    "that (θ between their axes).",
    keywords=("unpolarized", "polarizer", "fraction"),
    requires=(
        ("unpolarized",),
        ("two polarizers", "second polarizer", "two polarizing", "pair of polarizers", "analyzer"),
        ("fraction", "percent", "percentage", "ratio"),
    ),
    excludes=(*_UNPOL_EXCLUDES, "third", "three"),
)
TH_FIRST = _angle(
    "th_p1", "angle of the second polarizer to the first", ("to the first", "angle", "at")
)
TH_SECOND = _angle(
    "th_p2", "angle of the third polarizer to the second", ("to the second", "angle", "at")
)
unpolarized_three = Relation(
    "unpolarized_through_three_polarizers",
    GROUP,
    "Unpolarized light through three ideal polarizers",
    "f_pol = cos(th_p1)**2*cos(th_p2)**2/2",
    (POL_FRACTION, TH_FIRST, TH_SECOND),
    description="I/I₀ = ½cos²θ₁cos²θ₂, θ₁ between the first and second axes, θ₂ between the second and "
    "third (Malus' law at each polarizer).",
    keywords=("unpolarized", "polarizer", "third"),
    requires=(
        ("unpolarized",),
        ("third polarizer", "three polarizers", "third", "another"),
        ("to the first", "relative to the first", "with the first", "from the first"),
        ("to the second", "relative to the second", "with the second", "from the second"),
        ("fraction", "percent", "percentage", "ratio"),
    ),
    excludes=_UNPOL_EXCLUDES,
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
        # a distance between the object and the image (or screen) is d_o + d_i, not d_i; it gives a
        # quadratic with two lens positions ('an image 45 cm from the object', 'object and screen
        # 45 cm apart')
        "from the object",
        "between the object",
        "object and the screen",
        "object and screen",
        "object and the image",
        "object and image",
        "apart",
    ),
    # only the image distance: a real image needs d_o > f and d_i > f (an object inside the focal length
    # gives a virtual image, which this relation does not cover)
    ordered=(("d_obj", "f_foc"), ("d_img", "f_foc")),
    unknowns=("d_img",),
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
# a time for part of a turn ('half way round in 4.0 s', 'a quarter of the circle in 1.0 s') is not the
# period: the relation is kept off it
_PART_TURN = (
    "half way",
    "halfway",
    "half a",
    "half of",
    "half the",
    "quarter",
    "third of",
    "a third",
    "way round",
    "way around",
    "fraction of",
    "part of",
    "semicircle",
    "semi-circle",
    "arc",
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
    excludes=(*_CIRCLE_EXCLUDES, *_PART_TURN),
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
    "tension in the string",
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
    "speed of the mechanical wave",
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
    "charge of the first particle",
    keywords=("charge", "q_1", "q1", "charges of"),
    aliases=("q_1", "q1", "q"),
    plausible=(1e-25, 1e6),
)
CHARGE_2 = CHARGE_1.with_(
    name="q_c2", label="charge of the second particle", aliases=("q_2", "q2", "Q")
)
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
_COULOMB_EQUATION = "F_coul = q_c1*q_c2/(4*pi*eps_0*r_q**2)"
_OTHER_FORCES = (
    "gravitational force",
    "gravitational attraction",
    "force of gravity",
    "magnetic force",
    "nuclear force",
)
coulomb = Relation(
    "coulomb_law_two_charges",
    GROUP,
    "Coulomb's law (two point charges in vacuum)",
    _COULOMB_EQUATION,
    (COULOMB_FORCE, CHARGE_1, CHARGE_2, CHARGE_DIST),
    description="F = q₁q₂/(4πε₀r²) between two positive point charges in vacuum/air.",
    keywords=("charge", "force", "coulomb"),
    requires=(("charge", "coulomb"), ("force",)),
    excludes=(
        # a force named as another interaction is not the electrostatic one
        *_OTHER_FORCES,
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
# a negative charge: the signed force (attraction written negative) and its magnitude differ, so
# Coulomb's law takes signed charges only where the question asks for the magnitude or the strength
coulomb_magnitude = Relation(
    "coulomb_law_force_magnitude",
    GROUP,
    "Coulomb's law (magnitude of the force between two point charges of any sign)",
    "F_coul = Abs(q_s1*q_s2)/(4*pi*eps_0*r_q**2)",
    (
        COULOMB_FORCE,
        CHARGE_1.with_(name="q_s1", plausible=(-1e6, 1e6), signed=True),
        CHARGE_2.with_(name="q_s2", plausible=(-1e6, 1e6), signed=True),
        CHARGE_DIST,
    ),
    description="|F| = |q₁q₂|/(4πε₀r²) between two point charges in vacuum/air.",
    keywords=coulomb.keywords,
    requires=(*coulomb.requires, ("magnitude", "how strong", "strength")),
    excludes=coulomb.excludes,
    unknowns=("F_coul", "r_q"),
)
POINT_CHARGE = CHARGE_1.with_(name="q_pt", label="value of the point charge", aliases=("q", "Q"))
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
    "E_pt = q_pt/(4*pi*eps_0*r_q**2)",
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

# two equal charges: the force gives the charge on each
EQUAL_CHARGE = CHARGE_1.with_(
    name="q_eq", label="charge on each", aliases=("q",), signed=False, plausible=(1e-25, 1e6)
)
coulomb_equal = Relation(
    "coulomb_law_equal_charges",
    GROUP,
    "Coulomb's law for two equal charges",
    "F_coul = q_eq**2/(4*pi*eps_0*r_q**2)",
    (COULOMB_FORCE, EQUAL_CHARGE, CHARGE_DIST),
    description="F = q²/(4πε₀r²) between two equal point charges in vacuum/air.",
    keywords=("identical", "equal charges", "force", "charge"),
    requires=(
        (
            "identical",
            "equal charges",
            "same charge",
            "equal charge",
            "equally charged",
            "equal point charges",
            "same magnitude",
            "equal magnitude",
        ),
        ("force",),
        ("charge",),
    ),
    excludes=(
        *_OTHER_FORCES,
        "third",
        "three",
        "midway",
        "dielectric",
        "water",
        "medium",
        "net force",
        "touch",
        "contact",
        "connected",
        "wire",
        "string",
        "thread",
        "hang",
        "angle",
        "mass",
    ),
    unknowns=("q_eq", "F_coul", "r_q"),
)
FLUX_E = Symbol(
    "Phi_E",
    "N*m^2/C",
    "electric flux",
    keywords=("electric flux", "net flux", "flux", "φ", "Φ"),
    aliases=("Φ", "Φ_E", "phi"),
    plausible=(1e-30, 1e30),
)
ENCLOSED = CHARGE_1.with_(
    name="q_enc",
    label="enclosed charge",
    keywords=("charge enclosed", "enclosed charge", "net charge", "charge", "q_enc"),
    aliases=("q", "Q", "q_enc"),
    signed=False,
    plausible=(1e-30, 1e6),
)
gauss_flux = Relation(
    "gauss_law_closed_surface",
    GROUP,
    "Gauss's law (net flux through a closed surface)",
    "Phi_E = q_enc/eps_0",
    (FLUX_E, ENCLOSED),
    description="Φ = q_enc/ε₀ through any closed surface (Gauss's law), vacuum/air.",
    keywords=("flux", "gauss", "enclosed", "closed surface"),
    requires=(
        ("flux",),
        (
            "closed surface",
            "closed",
            "cube",
            "cubical",
            "surrounding",
            "gaussian",
            "gauss",
            "enclosed",
            "spherical surface",
            "encloses",
            "inside",
        ),
    ),
    # Gauss's law gives the net flux through the whole closed surface around the charge: a face or
    # a few faces of a cube, a charge outside the surface or at its corner, and a charge spread over
    # a body the surface cuts through get other fluxes, so the relation is kept off them
    excludes=(
        "face",
        "one side",
        "outside",
        "corner",
        "vertex",
        "uniformly charged",
        "charge density",
        "concentric",
        "hemisphere",
        "half",
        "flat",
        "plane",
        "disk",
        "square",
        "rectangular",
        "uniform field",
        "uniform electric field",
        "magnetic",
        "dielectric",
        "two charges",
        "charges",
    ),
)
LINE_DENSITY_Q = Symbol(
    "lam_q",
    "C/m",
    "linear charge density",
    keywords=("linear charge density", "charge per unit length", "linear density", "λ"),
    aliases=("λ",),
    plausible=(1e-25, 1e3),
)
LINE_FIELD = FIELD_E.with_(name="E_line", label="electric field of the line charge")
line_field = Relation(
    "infinite_line_charge_field",
    GROUP,
    "Electric field of a long straight line of charge",
    "E_line = lam_q/(2*pi*eps_0*r_q)",
    (LINE_FIELD, LINE_DENSITY_Q, CHARGE_DIST),
    description="E = λ/(2πε₀r) at distance r from a very long uniform line of charge (Gauss's law).",
    keywords=("line of charge", "line charge", "linear charge density"),
    requires=(
        (
            "infinite line",
            "long line",
            "line of charge",
            "line charge",
            "long straight",
            "very long",
            "infinitely long",
        ),
        ("field", "linear charge density", "charge density"),
    ),
    excludes=(
        "finite",
        "end",
        "rod",
        "ring",
        "arc",
        "sheet",
        "plane",
        "cylinder",
        "shell",
        "dielectric",
        "from x",
    ),
)
DIPOLE_P = Symbol(
    "p_dip",
    "C*m",
    "dipole moment of the charge pair",
    keywords=("dipole moment", "electric dipole moment", "p"),
    aliases=("p",),
    plausible=(1e-40, 1),
)
DIPOLE_SEP = CHARGE_DIST.with_(name="d_dip", label="separation of the dipole's charges")
DIPOLE_Q = CHARGE_1.with_(
    name="q_dip", label="magnitude of each charge", signed=False, plausible=(1e-25, 1e6)
)
dipole_moment = Relation(
    "electric_dipole_moment",
    GROUP,
    "Electric dipole moment of two opposite charges",
    "p_dip = q_dip*d_dip",
    (DIPOLE_P, DIPOLE_Q, DIPOLE_SEP),
    description="p = qd for charges ±q a distance d apart.",
    keywords=("dipole", "dipole moment"),
    requires=(("dipole",), ("dipole moment",)),
    excludes=(
        "torque",
        "potential energy",
        "work",
        "field of",
        "on the axis",
        "perpendicular bisector",
    ),
)
E_FIELD_UNIFORM = FIELD_E.with_(
    name="E_unif",
    label="electric field",
    keywords=("electric field", "field of magnitude", "field strength", "field", "e"),
)
ACC_CHARGE = Symbol(
    "a_q",
    "m/s^2",
    "acceleration of the charge",
    keywords=("acceleration", "accelerate", "a"),
    aliases=("a",),
    plausible=(1e-9, 1e30),
)
_FIELD_ACC_EXCLUDES = (
    "magnetic",
    "gravitational force",
    "alpha",
    "ion",
    "oil drop",
    "deuteron",
)
electron_field_acc = Relation(
    "electron_acceleration_in_field",
    GROUP,
    "Acceleration of an electron in a uniform electric field",
    "a_q = e*E_unif/m_e",
    (ACC_CHARGE, E_FIELD_UNIFORM),
    description="a = eE/m_e (Newton's second law with F = eE; gravity neglected).",
    keywords=("electron", "electric field", "acceleration"),
    requires=(("electron",), ("electric field",), ("acceleration", "accelerat")),
    excludes=(*_FIELD_ACC_EXCLUDES, "proton", "positron", "neutron", "nucleus"),
    unknowns=("a_q", "E_unif"),
)
proton_field_acc = Relation(
    "proton_acceleration_in_field",
    GROUP,
    "Acceleration of a proton in a uniform electric field",
    "a_q = e*E_unif/m_p",
    (ACC_CHARGE, E_FIELD_UNIFORM),
    description="a = eE/m_p (Newton's second law with F = eE; gravity neglected).",
    keywords=("proton", "electric field", "acceleration"),
    requires=(("proton",), ("electric field",), ("acceleration", "accelerat")),
    excludes=(*_FIELD_ACC_EXCLUDES, "electron", "neutron", "nucleus", "nuclei"),
    unknowns=("a_q", "E_unif"),
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
    "power dissipated in the resistor",
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

CAP = Symbol(
    "C_capa",
    "F",
    "capacitance",
    keywords=("capacitance", "capacitor of", "μf", "c"),
    aliases=("C",),
    plausible=(1e-18, 1e4),
)
CAP_V = Symbol(
    "V_capa",
    "V",
    "voltage across the capacitor",
    keywords=("voltage", "potential difference", "charged to", "across", "battery", "v"),
    aliases=("V", "ΔV"),
    plausible=(1e-9, 1e7),
)
CAP_U = Symbol(
    "U_capa",
    "J",
    "energy stored in the capacitor",
    keywords=("energy stored", "stored energy", "energy", "u"),
    aliases=("U",),
    plausible=(1e-30, 1e12),
)
CAP_Q = Symbol(
    "Q_capa",
    "C",
    "charge on the capacitor",
    keywords=("charge on", "charge stored", "stored charge", "q"),
    aliases=("Q", "q"),
    plausible=(1e-25, 1e6),
)
_CAPACITOR_EXCLUDES = (
    "series",
    "parallel",
    "dielectric is inserted",
    "inserted",
    "removed",
    "disconnected",
    "two capacitors",
    "three capacitors",
    "resistor",
    "inductor",
    "discharg",
    "time constant",
    "plates are pulled",
    "separation is",
)
capacitor_energy = Relation(
    "capacitor_energy_voltage",
    GROUP,
    "Energy stored in a charged capacitor",
    "U_capa = C_capa*V_capa**2/2",
    (CAP_U, CAP, CAP_V),
    description="U = ½CV².",
    keywords=("capacitor", "energy stored", "energy"),
    requires=(("capacitor",), ("energy",)),
    excludes=_CAPACITOR_EXCLUDES,
)
capacitor_charge = Relation(
    "capacitor_charge_voltage",
    GROUP,
    "Charge on a capacitor",
    "Q_capa = C_capa*V_capa",
    (CAP_Q, CAP, CAP_V),
    description="Q = CV.",
    keywords=("capacitor", "charge"),
    requires=(("capacitor",), ("charge",)),
    excludes=(*_CAPACITOR_EXCLUDES, "energy"),
)
WIRE_I = Symbol(
    "I_wire",
    "A",
    "current in the wire",
    keywords=("current", "carries", "carrying", "i"),
    aliases=("I",),
    plausible=(1e-12, 1e7),
)
WIRE_R = Symbol(
    "r_wire",
    "m",
    "distance from the wire",
    keywords=("distance", "from the wire", "from a", "away", "from it", "r"),
    aliases=("r", "d"),
    plausible=(1e-9, 1e6),
)
WIRE_B = Symbol(
    "B_wire",
    "T",
    "magnetic field of the wire",
    keywords=("magnetic field", "field", "flux density", "b"),
    aliases=("B",),
    plausible=(1e-20, 1e3),
)
wire_field = Relation(
    "long_straight_wire_field",
    GROUP,
    "Magnetic field of a long straight wire",
    "B_wire = mu_0*I_wire/(2*pi*r_wire)",
    (WIRE_B, WIRE_I, WIRE_R),
    description="B = μ₀I/(2πr) at distance r from a long straight current (Ampère's law), in vacuum/air.",
    keywords=("wire", "magnetic field", "current"),
    requires=(
        ("long straight wire", "long wire", "straight wire", "long straight"),
        ("magnetic field",),
    ),
    excludes=(
        "two wires",
        "second wire",
        "parallel wires",
        "loop",
        "coil",
        "solenoid",
        "inside the wire",
        "within the wire",
        "radius of the wire",
        "earth's field",
        "net",
        "force",
    ),
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
    "quantum number of the upper level",
    keywords=("from", "upper", "initial", "n_i", "n"),
    aliases=("n", "n_i", "n_2", "n2"),
    kind="number",
    plausible=(2, 1000),
)
N_LOWER = Symbol(
    "n_lo",
    "dimensionless",
    "quantum number of the lower level",
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
    "E_Hline",
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
    "E_Hline = E_Ry*(1/n_lo**2 - 1/n_hi**2)",
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
    unknowns=("E_Hline",),
)

N_LEVEL = Symbol(
    "n_lev",
    "dimensionless",
    "level of the electron",
    keywords=("level", "state", "orbit", "n", "from n", "in the n"),
    aliases=("n",),
    kind="number",
    plausible=(1, 1000),
)
IONIZE_E = Symbol(
    "E_ion",
    "eV",
    "energy to ionize",
    keywords=("ionization energy", "energy", "energy needed", "energy required", "binding energy"),
    aliases=("E",),
    plausible=(1e-9, 14),
)
hydrogen_ionization = Relation(
    "hydrogen_ionization_from_level",
    GROUP,
    "Energy to ionize hydrogen from level n (Bohr model)",
    "E_ion = E_Ry/n_lev**2",
    (IONIZE_E, N_LEVEL),
    fixed=(("E_Ry", "13.598 eV", "hydrogen's Rydberg energy, 13.6 eV (reduced-mass value)"),),
    description="E = 13.6 eV / n² frees the electron of a hydrogen atom in level n (Bohr model).",
    keywords=("hydrogen", "ionize", "ionization"),
    requires=(("hydrogen",), ("ionize", "ionization", "remove the electron", "free the electron")),
    excludes=(
        *_HYDROGEN_EXCLUDES,
        "wavelength",
        "frequency",
        "kinetic",
        "photon of",
        "to n",
        "from n = 1 to",
    ),
    unknowns=("E_ion",),
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
    "time since the decay began",
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
    requires=(*_DECAY_REQ, ("fraction", "remain", "percent", "percentage", "left", "undecayed")),
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

ACTIVITY = Symbol(
    "A_act",
    "Bq",
    "activity of the sample",
    keywords=("activity", "decay rate", "decays per second", "disintegrations per second"),
    aliases=("A",),
    plausible=(1e-20, 1e30),
)
N_NUCLEI = Symbol(
    "N_radio",
    "dimensionless",
    "number of radioactive nuclei",
    keywords=("nuclei", "atoms", "radioactive nuclei", "number of nuclei", "contains", "n"),
    aliases=("N",),
    kind="number",
    plausible=(1, 1e40),
)
activity = Relation(
    "activity_from_nuclei_half_life",
    GROUP,
    "Activity of a radioactive sample",
    "A_act = log(2)*N_radio/t_half_dec",
    (ACTIVITY, N_NUCLEI, HALF_LIFE),
    description="A = λN = (ln 2/t½) N.",
    keywords=("activity", "half life", "nuclei"),
    requires=(
        ("activity", "decay rate", "decays per second", "disintegrations per second"),
        ("half life", "half-life", "t_1/2"),
    ),
    excludes=(
        "mass",
        "grams",
        "mg",
        "kg",
        "after",
        "later",
        "initial",
        "remain",
        "mol",
        "second order",
    ),
    unknowns=("A_act", "N_radio"),
)

STOP_V = Symbol(
    "V_stop",
    "V",
    "stopping potential",
    keywords=("stopping potential", "stopping voltage", "v_0", "v_s"),
    aliases=("V_0", "V_s", "V_stop"),
    plausible=(0, 1e5),
)
PE_LAMBDA = Symbol(
    "lam_pe",
    "nm",
    "wavelength of the light",
    keywords=("wavelength", "light of", "λ"),
    aliases=("λ",),
    plausible=(1e-3, 1e7),
)
PE_WORK = Symbol(
    "phi_pe",
    "eV",
    "work function",
    keywords=("work function", "φ", "phi"),
    aliases=("φ", "W", "phi", "W_0"),
    plausible=(0.1, 20),
)
stopping_potential = Relation(
    "photoelectric_stopping_potential",
    GROUP,
    "Photoelectric effect: stopping potential",
    "e*V_stop = h*c/lam_pe - phi_pe",
    (STOP_V, PE_LAMBDA, PE_WORK),
    description="eV₀ = hc/λ − φ (Einstein's photoelectric equation).",
    keywords=("stopping potential", "work function", "photoelectric"),
    requires=(("stopping potential", "stopping voltage"), ("work function",)),
    excludes=("frequency", "threshold", "intensity"),
    unknowns=("V_stop", "phi_pe", "lam_pe"),
)
PE_FREQ = Symbol(
    "nu_pe",
    "Hz",
    "frequency of the light",
    keywords=("frequency", "ν", "light of frequency"),
    aliases=("ν", "f", "nu"),
    plausible=(1e10, 1e22),
)
PE_KMAX = Symbol(
    "K_pe",
    "eV",
    "maximum kinetic energy of the photoelectrons",
    keywords=("maximum kinetic energy", "kinetic energy", "k_max"),
    aliases=("K_max", "KE_max"),
    plausible=(0, 1e5),
)
photoelectric_frequency = Relation(
    "photoelectric_max_ke_frequency",
    GROUP,
    "Photoelectric effect from the light's frequency",
    "K_pe = h*nu_pe - phi_pe",
    (PE_KMAX, PE_FREQ, PE_WORK),
    description="K_max = hν − φ (Einstein's photoelectric equation).",
    keywords=("work function", "frequency", "kinetic energy"),
    requires=(("work function",), ("kinetic energy",), ("frequency",)),
    excludes=("wavelength", "threshold", "intensity", "stopping", *NOT_THE_FASTEST),
    unknowns=("K_pe",),
)

# ================================================================== special relativity
REL_SPEED = Symbol(
    "v_rel",
    "m/s",
    "speed",
    keywords=("speed", "velocity", "moving at", "travels at", "reach", "v"),
    aliases=("v",),
    plausible=(1e-6, 2.99792457e8),
)
GAMMA_L = Symbol(
    "gamma_L",
    "dimensionless",
    "Lorentz factor",
    keywords=("lorentz factor", "gamma factor", "relativistic factor", "γ"),
    aliases=("γ",),
    kind="number",
    plausible=(1, 1e12),
)
lorentz_factor = Relation(
    "lorentz_factor_from_speed",
    GROUP,
    "Lorentz factor of a moving body",
    "gamma_L = 1/sqrt(1 - v_rel**2/c**2)",
    (GAMMA_L, REL_SPEED),
    description="γ = 1/√(1 − v²/c²).",
    keywords=("lorentz factor", "gamma", "relativistic"),
    requires=(("lorentz factor", "gamma factor", "relativistic factor"),),
    unknowns=("gamma_L",),
)
ACC_VOLTAGE = Symbol(
    "V_rel",
    "V",
    "accelerating potential difference",
    keywords=(
        "potential difference",
        "accelerated through",
        "voltage",
        "volts",
        "potential of",
        "v",
    ),
    aliases=("V", "ΔV"),
    plausible=(1e-6, 1e10),
)
_RELATIVISTIC = ("relativistic", "relativistically", "relativity", "special relativity")
_FROM_REST = (
    "initial speed",
    "initially moving",
    "initial kinetic energy",
    "already",
    "proton",
    "positron",
    "ion",
    "alpha",
    "magnetic",
    "de broglie",
    "wavelength",
    "x ray",
    "photon",
)
electron_accelerated_rel = Relation(
    "electron_accelerated_relativistic",
    GROUP,
    "Speed of an electron accelerated from rest through a potential difference (relativistic)",
    "e*V_rel = (1/sqrt(1 - v_rel**2/c**2) - 1)*m_e*c**2",
    (ACC_VOLTAGE, REL_SPEED),
    description="eV = (γ − 1)m_ec²: the work eV becomes the electron's relativistic kinetic energy.",
    keywords=("electron", "accelerated", "potential difference", "relativistic"),
    requires=(("electron",), ("accelerated", "accelerate"), _RELATIVISTIC),
    excludes=_FROM_REST,
)
electron_accelerated_low = Relation(
    "electron_accelerated_low_voltage",
    GROUP,
    "Speed of an electron accelerated from rest through a small potential difference",
    "e*V_low = (1/sqrt(1 - v_low**2/c**2) - 1)*m_e*c**2",
    (
        ACC_VOLTAGE.with_(name="V_low", plausible=(1e-6, 2000.0)),
        REL_SPEED.with_(name="v_low", plausible=(1e-3, 2.6e7)),
    ),
    description="eV = (γ − 1)m_ec²; below 2 kV this and ½m_ev² = eV agree within 0.3 %, so the question "
    "need not say which is meant (above it, it must).",
    keywords=("electron", "accelerated", "potential difference"),
    requires=(("electron",), ("accelerated", "accelerate"), ("from rest", "speed", "velocity")),
    excludes=(*_FROM_REST, *_RELATIVISTIC, "classical", "non relativistic", "nonrelativistic"),
)
PHOTON_P = Symbol(
    "p_phot",
    "kg*m/s",
    "photon momentum",
    keywords=("momentum", "photon momentum", "p"),
    aliases=("p",),
    plausible=(1e-40, 1e-10),
)
PHOTON_LAMBDA = PE_LAMBDA.with_(
    name="lam_phot", label="wavelength of the photon", plausible=(1e-6, 1e12)
)
photon_momentum = Relation(
    "photon_momentum_wavelength",
    GROUP,
    "Momentum of a photon",
    "p_phot = h/lam_phot",
    (PHOTON_P, PHOTON_LAMBDA),
    description="p = h/λ for a photon.",
    keywords=("photon", "momentum", "wavelength"),
    requires=(("photon", "light", "x ray", "gamma ray", "laser"), ("momentum",)),
    excludes=(
        "electron",
        "proton",
        "neutron",
        "de broglie",
        "particle",
        "force",
        "pressure",
        "absorbed",
        "reflected",
    ),
)
REST_MASS = Symbol(
    "m_rest",
    "kg",
    "rest mass of the body",
    keywords=("mass", "rest mass", "kg", "g"),
    aliases=("m", "m_0"),
    plausible=(1e-40, 1e40),
)
REST_E = Symbol(
    "E_rest",
    "J",
    "rest energy",
    keywords=("rest energy", "rest mass energy", "mass energy", "energy equivalent", "e_0"),
    aliases=("E_0",),
    plausible=(1e-30, 1e60),
)
rest_energy = Relation(
    "rest_energy_mass",
    GROUP,
    "Rest energy of a mass (E = mc²)",
    "E_rest = m_rest*c**2",
    (REST_E, REST_MASS),
    description="E₀ = mc² (Einstein).",
    keywords=("rest energy", "mass energy", "mc"),
    requires=(
        (
            "rest energy",
            "rest mass energy",
            "mass energy",
            "energy equivalent",
            "mc^2",
            "mc2",
            "mc²",
        ),
    ),
    excludes=(
        "kinetic",
        "total energy",
        "moving",
        "speed",
        "velocity",
        "momentum",
        "defect",
        "fission",
        "fusion",
        "reaction",
    ),
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
    "mean speed of the molecules",
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

# ================================================================== power of a force
FORCE_P = Symbol(
    "F_push",
    "N",
    "force",
    keywords=("force", "thrust", "pulls with", "pushes with", "exerts", "drag", "f"),
    aliases=("F",),
    plausible=(1e-12, 1e12),
)
SPEED_P = Symbol(
    "v_push",
    "m/s",
    "speed",
    keywords=(
        "speed",
        "velocity",
        "flying at",
        "moving at",
        "traveling at",
        "travelling at",
        "constant",
        "at",
    ),
    aliases=("v",),
    plausible=(1e-9, 3e8),
)
POWER_P = Symbol(
    "P_mech",
    "W",
    "power",
    keywords=("power", "horsepower", "rate of doing work", "rate at which", "develop", "p"),
    aliases=("P",),
    plausible=(1e-12, 1e15),
)
force_power = Relation(
    "power_force_speed",
    GROUP,
    "Power delivered by a force along the motion",
    "P_mech = F_push*v_push",
    (POWER_P, FORCE_P, SPEED_P),
    description="P = F·v for a force along the velocity.",
    keywords=("power", "force", "speed", "thrust"),
    requires=(
        ("power", "horsepower", "rate of doing work"),
        ("force", "thrust", "drag"),
    ),
    excludes=(
        "angle",
        "efficiency",
        "friction",
        "incline",
        "slope",
        "accelerat",
        "lift",
        "raise",
        "mass",
        "kg",
        "weight",
        "electric",
        "current",
        "voltage",
        "fluid",
        "pump",
    ),
)

# ================================================================== molar heat capacities of ideal gases
GAS_MOLES = Symbol(
    "n_gas",
    "mol",
    "amount of gas",
    keywords=("moles", "mol", "mole", "amount", "gas", "sample", "n"),
    aliases=("n",),
    plausible=(1e-15, 1e9),
)
GAS_DT = DELTA_T.with_(
    name="dT_gas",
    signed=False,
    plausible=(1e-6, 1e4),
    keywords=(*DELTA_T.keywords, "temperature by", "warmed by", "by"),
)
GAS_HEAT = Symbol(
    "Q_gas",
    "J",
    "heat added to the gas",
    keywords=(
        "heat",
        "heat added",
        "heat required",
        "heat supplied",
        "heat absorbed",
        "energy",
        "q",
    ),
    aliases=("Q",),
    plausible=(1e-12, 1e15),
)
_HEATING_EXCLUDES = (
    "cool",
    "removed",
    "released",
    "lost",
    "given off",
    "rejected",
    "adiabatic",
    "isothermal",
    "work",
    "internal energy",
    "entropy",
    "cycle",
    "real gas",
    "van der waals",
    "vibrational",
    "polyatomic",
    "triatomic",
    "mixture",
)


def _gas_heat(name: str, title: str, atoms: str, process: tuple[str, ...], halves: int) -> Relation:
    return Relation(
        name,
        GROUP,
        title,
        f"Q_gas = n_gas*{halves}*R*dT_gas/2",
        (GAS_HEAT, GAS_MOLES, GAS_DT),
        description=f"Q = n C ΔT with C = {halves}R/2 (ideal {atoms} gas, equipartition, "
        f"{'constant volume' if 'constant volume' in process else 'constant pressure'}).",
        keywords=(atoms, "heat", *process),
        requires=((atoms,), process, ("heat",)),
        excludes=_HEATING_EXCLUDES,
    )


_CONST_V = ("constant volume", "isochoric", "fixed volume", "rigid container", "sealed rigid")
_CONST_P = ("constant pressure", "isobaric")
heat_mono_v = _gas_heat(
    "heat_monatomic_const_volume",
    "Heat to warm a monatomic ideal gas at constant volume",
    "monatomic",
    _CONST_V,
    3,
)
heat_mono_p = _gas_heat(
    "heat_monatomic_const_pressure",
    "Heat to warm a monatomic ideal gas at constant pressure",
    "monatomic",
    _CONST_P,
    5,
)
heat_di_v = _gas_heat(
    "heat_diatomic_const_volume",
    "Heat to warm a diatomic ideal gas at constant volume",
    "diatomic",
    _CONST_V,
    5,
)
heat_di_p = _gas_heat(
    "heat_diatomic_const_pressure",
    "Heat to warm a diatomic ideal gas at constant pressure",
    "diatomic",
    _CONST_P,
    7,
)

# ================================================================== gravitation and orbits
MASS_A = Symbol(
    "m_grav1",
    "kg",
    "mass of the first body",
    keywords=("mass", "masses", "kg", "weighs"),
    aliases=("m_1", "m1", "M"),
    plausible=(1e-30, 1e45),
)
MASS_B = MASS_A.with_(name="m_grav2", label="mass of the second body", aliases=("m_2", "m2", "m"))
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

PLANET_MASS = CENTRAL_MASS.with_(
    name="M_pl",
    label="mass of the planet or star",
    keywords=("mass", "kg", "mass of the planet", "mass of the moon", "mass of the star"),
)
PLANET_RADIUS = Symbol(
    "R_pl",
    "m",
    "radius of the planet or star",
    keywords=("radius", "radius of", "r"),
    aliases=("R", "r"),
    plausible=(1, 1e13),
)
ESCAPE = Symbol(
    "v_esc",
    "m/s",
    "escape speed",
    keywords=("escape speed", "escape velocity", "v_esc"),
    aliases=("v_esc",),
    plausible=(1e-6, 3e8),
)
_SURFACE_EXCLUDES = (
    "altitude",
    "above",
    "height",
    "orbit",
    "rotation",
    "rotating",
    "spin",
    "atmosphere",
    "depth",
    "below",
    "inside",
    "density",
    "diameter",
)
escape_speed = Relation(
    "escape_speed_from_surface",
    GROUP,
    "Escape speed from the surface of a spherical body",
    "v_esc = sqrt(2*G_N*M_pl/R_pl)",
    (ESCAPE, PLANET_MASS, PLANET_RADIUS),
    description="v_esc = √(2GM/R) from the surface of a spherical body of mass M, radius R (no air drag, "
    "no rotation).",
    keywords=("escape speed", "escape velocity", "surface"),
    requires=(("escape speed", "escape velocity"),),
    excludes=_SURFACE_EXCLUDES,
)
SURFACE_G = Symbol(
    "g_surf",
    "m/s^2",
    "gravitational acceleration at the surface",
    keywords=(
        "acceleration due to gravity",
        "gravitational acceleration",
        "free fall acceleration",
        "surface gravity",
        "g",
    ),
    aliases=("g",),
    plausible=(1e-9, 1e15),
)
surface_gravity = Relation(
    "surface_gravity",
    GROUP,
    "Gravitational acceleration at the surface of a spherical body",
    "g_surf = G_N*M_pl/R_pl**2",
    (SURFACE_G, PLANET_MASS, PLANET_RADIUS),
    description="g = GM/R² at the surface of a spherical body (no rotation).",
    keywords=("acceleration due to gravity", "surface", "gravitational acceleration"),
    requires=(
        (
            "acceleration due to gravity",
            "gravitational acceleration",
            "free fall acceleration",
            "surface gravity",
        ),
        ("surface",),
    ),
    excludes=(*_SURFACE_EXCLUDES, "weight", "pendulum"),
    unknowns=("g_surf",),
)
SCHWARZSCHILD = Symbol(
    "R_schw",
    "m",
    "Schwarzschild radius",
    keywords=("schwarzschild radius", "radius of the event horizon", "event horizon", "radius"),
    aliases=("R_s",),
    plausible=(1e-60, 1e16),
)
schwarzschild = Relation(
    "schwarzschild_radius",
    GROUP,
    "Schwarzschild radius (event horizon of a non-rotating black hole)",
    "R_schw = 2*G_N*M_pl/c**2",
    (SCHWARZSCHILD, PLANET_MASS.with_(plausible=(1e-30, 1e45))),
    description="R_s = 2GM/c².",
    keywords=("black hole", "event horizon", "schwarzschild"),
    requires=(("schwarzschild", "event horizon"),),
    excludes=("rotating", "charged", "kerr"),
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

BODY_MASS = Symbol(
    "m_moving",
    "kg",
    "mass of the moving body",
    keywords=("mass", "of mass"),
    aliases=("m",),
    plausible=(1e-31, 1e8),  # an electron (9.1e-31 kg) to a loaded truck
    named=True,
)
BODY_SPEED = Symbol(
    "v_body",
    "m/s",
    "speed of the body",
    keywords=("speed", "velocity", "moving at", "travelling at", "traveling at", "moves at"),
    aliases=("v",),
    plausible=(1e-6, 3.0e7),  # ≤ 0.1 c: ½mv² is then within 0.8 % of the relativistic value
)
TRANS_KE = Symbol(
    "K_tr",
    "J",
    "kinetic energy",
    keywords=("kinetic energy", "translational kinetic energy"),
    aliases=("K", "KE", "E_k"),
    plausible=(1e-40, 1e20),
)
translational_ke = Relation(
    "translational_kinetic_energy",
    GROUP,
    "Kinetic energy of a body of given mass and speed",
    "K_tr = m_moving*v_body**2/2",
    (TRANS_KE, BODY_MASS, BODY_SPEED),
    description="K = ½mv² (non-relativistic; the speed is held to 0.1 c at most).",
    keywords=("kinetic energy", "mass", "speed"),
    requires=(("kinetic energy",), ("mass",)),
    excludes=(
        "rotational",
        "rotation",
        "rolling",
        "rolls",
        "relativistic",
        "average",
        "mean",
        "per mole",
        "molar",
        "lost",
        "change",
        "after",
        "collision",
    ),
)

# Common words that no other module uses as a quantity's name. A one-word keyword of five letters or
# more (and a multi-word one) joins the library-wide vocabulary of quantity names that
# matching._library_nouns/_library_names read before a value: 'a resistor of 40 Ω' would then name a
# quantity Ohm's law does not call 'resistor', and its resistance would lose the value. Here such words
# are written with an article or an 'of' (function words keep a phrase out of that vocabulary), which
# still binds 'a resistor of 40 Ω', 'the intensity is', 'light of intensity 800 W/m²'.
_OWN_COMMON_WORDS = frozenset(
    (
        "accelerate",
        "acceleration",
        "across",
        "activity",
        "battery",
        "charge",
        "develop",
        "dissipated",
        "elapsed",
        "elevation",
        "emerging",
        "every",
        "exerts",
        "fundamental",
        "horsepower",
        "image",
        "incident",
        "intensity",
        "later",
        "level",
        "masses",
        "nuclei",
        "object",
        "orbit",
        "passes",
        "percent",
        "placed",
        "reach",
        "remain",
        "remaining",
        "resistor",
        "revolution",
        "screen",
        "stands",
        "state",
        "string",
        "tension",
        "thrust",
        "undecayed",
        "upper",
        "volts",
        "mean distance",
        "net charge",
        "heat added",
        "heat supplied",
        "total time",
        "energy needed",
        "binding energy",
        "initial speed",
        "initial velocity",
        "point charge",
        "mean speed",
        "average speed",
        "power dissipated in the resistor",
        "elapsed time",
        "decay rate",
        "quantum number of the upper level",
        "quantum number of the lower level",
        "mass of the first body",
        "second mass",
        "charge of the first particle",
        "second charge",
        "net flux",
        "one orbit",
        "solar mass",
        "wave speed",
        "sound speed",
        "each revolution",
        "one revolution",
        "complete circle",
        "highest point",
        "total time",
        "peak height",
        "energy stored",
        "stored energy",
        "charge stored",
        "stored charge",
        "rest mass",
        "mass energy",
        "energy equivalent",
        "momentum",
        "carrying",
        "oscillation frequency",
        "ionization energy",
        "dipole moment",
        "electric dipole moment",
        "incident intensity",
        "initial intensity",
        "transmitted intensity",
        "intensity transmitted",
    )
)


def _quiet(relation: Relation) -> Relation:
    """``relation`` with its symbols' common words written as phrases outside the shared vocabulary."""

    def phrases(k: str) -> tuple[str, ...]:
        if k not in _OWN_COMMON_WORDS:
            return (k,)
        return (f"the {k}", f"a {k}", f"an {k}", f"{k} of", f"of {k}", f"{k} is")

    return replace(
        relation,
        symbols=tuple(
            sym.with_(keywords=tuple(dict.fromkeys(p for k in sym.keywords for p in phrases(k))))
            for sym in relation.symbols
        ),
    )


RELATIONS = tuple(
    _quiet(r)
    for r in (
        malus_intensity,
        malus_fraction,
        unpolarized_two,
        unpolarized_three,
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
        coulomb_magnitude,
        coulomb_equal,
        gauss_flux,
        line_field,
        dipole_moment,
        electron_field_acc,
        proton_field_acc,
        capacitor_energy,
        capacitor_charge,
        wire_field,
        resistor_power_current,
        resistor_power_voltage,
        compton_shift,
        hydrogen_line,
        hydrogen_energy,
        hydrogen_ionization,
        decay_fraction,
        decay_constant,
        activity,
        lorentz_factor,
        photon_momentum,
        rest_energy,
        electron_accelerated_rel,
        electron_accelerated_low,
        stopping_potential,
        photoelectric_frequency,
        rms_speed,
        mean_speed,
        mp_speed,
        ke_molecule,
        force_power,
        heat_mono_v,
        heat_mono_p,
        heat_di_v,
        heat_di_p,
        newton_gravity,
        kepler_third,
        orbital_speed,
        escape_speed,
        surface_gravity,
        schwarzschild,
        inertia_solid_sphere,
        inertia_disk,
        inertia_rod_centre,
        inertia_rod_end,
        rotational_ke,
        translational_ke,
    )
)
