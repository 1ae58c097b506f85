"""Photons: energy, wavelength and frequency (E = hc/λ, E = hν, c = λν)."""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import WAVELENGTH

PHOTON_ENERGY = Symbol(
    "E_ph",
    "eV",
    "photon energy",
    keywords=(
        "photon energy",
        "energy of a photon",
        "energy of the photon",
        "energy",
        "band gap",
        "bandgap",
        "energy gap",
        "gap",
        "e_g",
        "eg",
        "gap energy",
        "excitation energy",
        "energy of each photon",
        "photons of energy",
        "transition energy",
    ),
    aliases=("E", "E_g", "Eg", "E_gap", "E_ph", "hν", "hv"),
    plausible=(1e-12, 1e12),
)
FREQUENCY = Symbol(
    "nu",
    "Hz",
    "frequency",
    keywords=("frequency", "ν", "nu", "frequency of"),
    aliases=("ν", "nu", "f"),
    plausible=(1e-3, 1e30),
)

GROUP = "photons"
# words of sound and of waves on strings, in pipes and on water: their speed is not c
MECHANICAL_WAVES = (
    "sound",
    "acoustic",
    "ultrasound",
    "ultrasonic",
    "string",
    "pipe",
    "organ",
    "rope",
    "guitar",
    "violin",
    "piano",
    "tuning fork",
    "loudspeaker",
    "speaker",
    "sonar",
    "echo",
    "water wave",
    "ocean wave",
    "seismic",
    "earthquake",
)
# the sound words alone, for the photon-energy relations (which the planner may chain into c = λν)
SOUND_WORDS = ("sound", "acoustic", "ultrasound", "ultrasonic", "sonar", "tuning fork", "seismic")
# several photons taken up in one event ('two-photon absorption', 'two photons are needed for each
# promotion'): the energy of the event is a multiple of one photon's, which E = hc/λ does not give
MULTIPHOTON = (
    "two photons",
    "two-photon",
    "2 photons",
    "three photons",
    "three-photon",
    "multiphoton",
    "multi-photon",
    "photons are needed",
    "photons are required",
    # a harmonic generated from the light has a multiple of its frequency
    "harmonic",
)
# words that tie a wavelength and a frequency to light (c = λν holds for it, not for a pendulum's
# length, a matter wave or a wave on a string)
LIGHT_WORDS = (
    "photon",
    "light",
    "radiation",
    "band gap",
    "bandgap",
    "x ray",
    "x rays",
    "x-ray",
    "uv",
    "gamma",
    "absorb",
    "emit",
    "emission",
    "optical",
    "laser",
    "led",
    "spectrum",
    "spectral",
    "ultraviolet",
    "infrared",
    "visible",
    "electromagnetic",
    "microwave",
    "radio",
    "lamp",
    "colour",
    "color",
)
KEYWORDS = (
    "photon",
    "light",
    "radiation",
    "wavelength",
    "band gap",
    "bandgap",
    "x ray",
    "absorb",
    "emit",
    "emission",
    "optical",
    "laser",
    "excite",
    "led",
    "spectrum",
    "ultraviolet",
    "infrared",
)

photon_energy_wavelength = Relation(
    "photon_energy_wavelength",
    GROUP,
    "Photon energy and wavelength",
    "E_ph = h*c/lam",
    (PHOTON_ENERGY, WAVELENGTH),
    description="E = hc/λ: a photon's energy from its wavelength, or the wavelength that matches "
    "an energy (a band gap's absorption edge).",
    keywords=KEYWORDS,
    # a wavelength tied to light: an electron's or a neutron's (de Broglie) wavelength is not hc/E
    requires=(LIGHT_WORDS,),
    excludes=(*SOUND_WORDS, *MULTIPHOTON, "de broglie"),
)
photon_energy_frequency = Relation(
    "photon_energy_frequency",
    GROUP,
    "Photon energy and frequency",
    "E_ph = h*nu",
    (PHOTON_ENERGY, FREQUENCY),
    description="E = hν (Planck).",
    keywords=(*KEYWORDS, "frequency"),
    requires=(LIGHT_WORDS,),
    excludes=(*SOUND_WORDS, *MULTIPHOTON, "de broglie"),
)
wave_speed = Relation(
    "light_wavelength_frequency",
    GROUP,
    "Wavelength and frequency of light",
    "c = lam*nu",
    (WAVELENGTH, FREQUENCY),
    description="c = λν for light in vacuum.",
    keywords=(*KEYWORDS, "frequency"),
    requires=(LIGHT_WORDS,),
    # a mechanical wave (sound, a string, a pipe) and a matter wave have their own speeds, not c
    excludes=(*MECHANICAL_WAVES, "de broglie", "harmonic"),
)

TUBE_VOLTAGE = Symbol(
    "V_acc",
    "kV",
    "accelerating voltage",
    keywords=(
        "accelerating voltage",
        "tube voltage",
        "operates at",
        "accelerated through",
        "potential of",
        "voltage",
        "kv",
    ),
    aliases=("V",),
    plausible=(1e-6, 1e4),
)
MIN_WAVELENGTH = WAVELENGTH.with_(
    name="lam_min",
    label="minimum wavelength",
    keywords=(
        "minimum wavelength",
        "shortest wavelength",
        "cutoff wavelength",
        "wavelength",
        "λ_min",
        "λmin",
    ),
)
duane_hunt = Relation(
    "duane_hunt",
    GROUP,
    "Shortest X-ray wavelength from a tube (Duane–Hunt)",
    "lam_min = h*c/(e*V_acc)",
    (MIN_WAVELENGTH, TUBE_VOLTAGE),
    description="λ_min = hc/(eV): an electron accelerated through V gives at most one photon of energy eV.",
    keywords=("x ray", "tube", "bremsstrahlung"),
    requires=(
        ("x ray tube", "tube", "bremsstrahlung", "accelerat"),
        ("minimum wavelength", "shortest wavelength", "cutoff", "λ_min", "short wavelength limit"),
    ),
)

WORK_FUNCTION = Symbol(
    "phi_w",
    "eV",
    "work function",
    keywords=("work function", "φ", "phi"),
    aliases=("φ", "W", "phi"),
    plausible=(0.1, 20),
)
MAX_KINETIC = Symbol(
    "K_max",
    "eV",
    "maximum kinetic energy of the photoelectrons",
    keywords=(
        "maximum kinetic energy",
        "kinetic energy",
        "photoelectron",
        "emitted electrons",
        "ejected electrons",
        "stopping potential energy",
    ),
    aliases=("K_max", "KE_max"),
    plausible=(0, 1e5),
)
# the equation gives the fastest photoelectrons' energy; the slowest leave with next to none and an
# average needs the energy distribution, so an asked minimum or mean keeps the relation off
NOT_THE_FASTEST = (
    "minimum kinetic",
    "minimum energy",
    "minimum speed",
    "slowest",
    "least kinetic",
    "least energetic",
    "average kinetic",
    "mean kinetic",
    "average speed",
    "mean speed",
)
photoelectric = Relation(
    "photoelectric_max_kinetic_energy",
    GROUP,
    "Photoelectric effect: maximum kinetic energy of the photoelectrons",
    "K_max = h*c/lam - phi_w",
    (MAX_KINETIC, WAVELENGTH, WORK_FUNCTION),
    description="K_max = hc/λ − φ (Einstein's photoelectric equation); no emission if hc/λ < φ.",
    keywords=("work function", "photoelectric", "kinetic energy", "emitted"),
    requires=(("work function",), ("kinetic energy",)),
    excludes=NOT_THE_FASTEST,
    # the equation read either way: the fastest electrons' energy, or the metal's work function
    # from the light and the fastest electrons (the incident wavelength is the given one)
    unknowns=("K_max", "phi_w"),
)

RELATIONS = (
    photon_energy_wavelength,
    photon_energy_frequency,
    wave_speed,
    duane_hunt,
    photoelectric,
)
