"""Photons: energy, wavelength and frequency (E = hc/λ, E = hν, c = λν)."""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import WAVELENGTH

PHOTON_ENERGY = Symbol(
    "E_ph", "eV", "photon energy",
    keywords=("photon energy", "energy of a photon", "energy of the photon", "energy", "band gap",
              "bandgap", "energy gap", "gap", "e_g", "eg", "gap energy", "excitation energy",
              "energy of each photon", "photons of energy", "transition energy"),
    aliases=("E", "E_g", "Eg", "E_gap", "E_ph", "hν", "hv"), plausible=(1e-12, 1e12))
FREQUENCY = Symbol(
    "nu", "Hz", "frequency",
    keywords=("frequency", "ν", "nu", "frequency of"),
    aliases=("ν", "nu", "f"), plausible=(1e-3, 1e30))

GROUP = "photons"
KEYWORDS = ("photon", "light", "radiation", "wavelength", "band gap", "bandgap", "x ray", "absorb",
            "emit", "emission", "optical", "laser", "excite", "led", "spectrum", "ultraviolet", "infrared")

photon_energy_wavelength = Relation(
    "photon_energy_wavelength", GROUP, "Photon energy and wavelength", "E_ph = h*c/lam",
    (PHOTON_ENERGY, WAVELENGTH),
    description="E = hc/λ: a photon's energy from its wavelength, or the wavelength that matches "
                "an energy (a band gap's absorption edge).",
    keywords=KEYWORDS)
photon_energy_frequency = Relation(
    "photon_energy_frequency", GROUP, "Photon energy and frequency", "E_ph = h*nu",
    (PHOTON_ENERGY, FREQUENCY), description="E = hν (Planck).", keywords=KEYWORDS + ("frequency",))
wave_speed = Relation(
    "light_wavelength_frequency", GROUP, "Wavelength and frequency of light", "c = lam*nu",
    (WAVELENGTH, FREQUENCY), description="c = λν for light in vacuum.", keywords=KEYWORDS + ("frequency",))

RELATIONS = (photon_energy_wavelength, photon_energy_frequency, wave_speed)
