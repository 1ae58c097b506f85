"""The library of named materials-science relations, grouped by topic.

Each topic module declares its relations once (symbols with dimensions, a sympy
equation, a description, keywords) and lists them in ``RELATIONS``. Add a
relation by adding it to a topic module's ``RELATIONS``; :func:`all_relations`
collects them and rejects duplicate names.
"""

from __future__ import annotations

from functools import lru_cache

from ._base import Relation, Symbol, chain, rename_symbols

TOPIC_MODULES = (
    "photons",
    "crystals",
    "polymers",
    "diffusion",
    "mechanics",
    "thermal",
    "electrical",
    "electrochemistry",
    "defects_phases",
    "crystal_sites",
    "plasticity",
    "syllabus",
    "fatigue_cycle",
    "hall_petch",
    "avrami_fits",
    "diffusion_depths",
    "fiber_composites",
    "ceramics",
    "design_stress",
    "tensile_test",
    "cross_sections",
    "magnetization",
    "semiconductors",
    "doped_semiconductors",
    "conduction_metals",
    "optics_kinetics_d",
    "defect_densities",
    "regular_solutions",
    "galvanic_cells",
    "de_broglie",
    "cubic_cell_volume",
    "gas_solubility",
    "vacancy_temperatures",
    "casting_flow",
    "materials_basics",
    "creep_laws",
    "griffith_fracture",
    "crack_tip_internal",
    "transformation_heat",
    "heat_conduction",
    "metallurgy",
    "exam",
    "gases",
    "magnetic",
    "failure",
    "thermodynamics",
    "kinetics",
    "phases",
    "phase_amounts",
    "corrosion",
    "polymer_chains",
    "polymer_physics",
    "composites",
    # solver11c: short exam ratios and one-step quantities
    "exam_ratios",
    # physics8: introductory-physics relations by syllabus topic
    "intro_physics",
    # solver-cover: refraction between two media and from air
    "refraction",
    # covi: photons in a pulse, a coil core's magnetization from its flux density
    "pulses_and_cores",
    # covk: the time a relaxing stress takes to reach a stated value
    "relaxation_times",
    # covk: grain growth to a stated diameter; thermal stress in a restrained aligned-fibre composite
    "grain_growth_times",
    "composite_thermal_stress",
    # covk: the time a heater of stated power takes to heat a body
    "heater_time",
    # covm2: the Debye heat capacity far below θ_D with no T³ law named
    "debye_deep_cold",
    # covm2: the mean spacing of dislocations from their density
    "dislocation_spacing",
    # covy: corrosion penetration rate from a mass loss per area per time
    "corrosion_mass_rate",
    # covy: rupture life at another temperature from one Larson–Miller parameter
    "larson_miller_shift",
    # covy: activation energy from log10 D (or ln k) at two temperatures
    "arrhenius_logs",
    # covy: the Paris-law fatigue life for the exponent m = 2 (a logarithm)
    "paris_square",
    # covx: the percentage fall in density of a heated solid from its linear coefficient
    "thermal_density",
    # covlm: parabolic oxidation W² = K₁t + K₂ through two measured points
    "parabolic_offset",
    # losta: the mass of α in an α + β alloy of stated total mass (lever rule)
    "lever_masses",
    # losta: a volume change from the linear expansion coefficient (ΔV = 3α_l V₀ ΔT)
    "volume_from_linear",
    # lead30: cubic cell edges of rock-salt and CsCl crystals from ionic radii; P in a stated field
    "ionic_lattice",
    "dielectric_field",
    # cov28: a rectangular hysteresis loop's loss; Considère's tensile strength from K and n
    "loop_necking_anode",
    # ask31: a rectangular hysteresis loop's loss, 4H_cB_r per cycle per volume (× V × f)
    "rectangular_loop",
    # cov31: rock-salt / CsCl density from two ionic radii, the named compound's formula weight looked up
    "ionic_density_lookup",
    # ask32: the tensile stress that starts slip in a single crystal, σ_y = τ_crss/(cos φ cos λ)
    "schmid_yield",
)

__all__ = [
    "Relation",
    "Symbol",
    "all_relations",
    "by_name",
    "chain",
    "groups",
    "register_planned",
    "rename_symbols",
]


@lru_cache(maxsize=1)
def all_relations() -> tuple[Relation, ...]:
    """Every declared relation, in topic order."""
    import importlib

    seen: dict[str, Relation] = {}
    for topic in TOPIC_MODULES:
        module = importlib.import_module(f"{__name__}.{topic}")
        for rel in module.RELATIONS:
            if rel.name in seen:
                raise ValueError(f"two relations are named {rel.name!r}")
            seen[rel.name] = rel
    return tuple(seen.values())


_PLANNED: dict[str, Relation] = {}


def register_planned(relation: Relation) -> Relation:
    """Make a chain planned for one question (:mod:`..planner`) findable by :func:`by_name`."""
    return _PLANNED.setdefault(relation.name, relation)


def by_name(name: str) -> Relation:
    for rel in all_relations():
        if rel.name == name:
            return rel
    if name in _PLANNED:
        return _PLANNED[name]
    raise KeyError(f"no relation named {name!r}")


def groups() -> dict[str, list[str]]:
    """Group name -> relation names."""
    out: dict[str, list[str]] = {}
    for rel in all_relations():
        out.setdefault(rel.group, []).append(rel.name)
    return out
