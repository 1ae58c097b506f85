"""The facts shown beside a structure: formula, space group, lattice, volume, density, sites.

``structure_summary`` returns a plain JSON-ready dict; lengths in Å, angles in
degrees, volume in Å³, density in g/cm³.
"""

from __future__ import annotations

import html
import math
from typing import Any

from .symmetry import SpaceGroupInfo


def _finite(x: float) -> float | None:
    x = float(x)
    return x if math.isfinite(x) else None


def structure_summary(structure: Any, space_group: SpaceGroupInfo | None = None) -> dict[str, Any]:
    """Formula, space group, lattice (Å, degrees), volume (Å³), density (g/cm³), site count."""
    periodic = hasattr(structure, "lattice")
    comp = structure.composition
    summary: dict[str, Any] = {
        "formula": comp.reduced_formula if len(structure) else "",
        "full_formula": comp.formula if len(structure) else "",
        "n_sites": len(structure),
        "periodic": periodic,
        "ordered": bool(structure.is_ordered),
        "space_group": (
            {"symbol": space_group.symbol, "number": space_group.number} if space_group else None
        ),
        "lattice": None,
        "volume_A3": None,
        "density_g_cm3": None,
    }
    if periodic:
        lat = structure.lattice
        a, b, c = (_finite(x) for x in lat.abc)
        alpha, beta, gamma = (_finite(x) for x in lat.angles)
        summary["lattice"] = {"a": a, "b": b, "c": c, "alpha": alpha, "beta": beta, "gamma": gamma}
        volume = _finite(lat.volume)
        summary["volume_A3"] = volume
        if volume and volume > 1e-6 and len(structure):
            try:
                summary["density_g_cm3"] = _finite(structure.density)  # pymatgen: g/cm^3
            except (ValueError, TypeError, AttributeError):  # e.g. unknown elements: no mass
                summary["density_g_cm3"] = None
    else:
        summary["charge"] = getattr(structure, "charge", 0)
    return summary


def summary_rows(summary: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, text) rows for display."""
    if not summary:
        return []
    rows = [("formula", summary["formula"] or "(no atoms)")]
    if summary["full_formula"] and summary["full_formula"].replace(" ", "") != summary["formula"]:
        rows.append(("cell contents", summary["full_formula"]))
    sg = summary.get("space_group")
    if summary["periodic"]:
        rows.append(
            ("space group", f"{sg['symbol']} (No. {sg['number']})" if sg else "not determined")
        )
        lat = summary["lattice"] or {}
        if lat:
            rows.append(("a, b, c", ", ".join(_num(lat[k], 4) for k in "abc") + " Å"))
            angles = ", ".join(_num(lat[k], 3) for k in ("alpha", "beta", "gamma"))
            rows.append(("α, β, γ", angles + "°"))
        rows.append(("volume", f"{_num(summary['volume_A3'], 3)} Å³"))
        rows.append(
            (
                "density",
                f"{_num(summary['density_g_cm3'], 3)} g/cm³"
                if summary["density_g_cm3"] is not None
                else "n/a",
            )
        )
    else:
        rows.append(("kind", "molecule (no cell)"))
    sites = f"{summary['n_sites']}"
    if not summary["ordered"]:
        sites += " (partial occupancy)"
    rows.append(("sites", sites))
    return rows


def _num(x: float | None, digits: int) -> str:
    return "n/a" if x is None else f"{x:.{digits}f}"


def summary_text(summary: dict[str, Any]) -> str:
    rows = summary_rows(summary)
    if not rows:
        return ""
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)


def summary_html(summary: dict[str, Any]) -> str:
    body = "".join(
        f"<tr><th style='text-align:left;padding:1px 8px 1px 0;font-weight:600'>"
        f"{html.escape(k)}</th><td style='text-align:left;padding:1px 0'>"
        f"{html.escape(v)}</td></tr>"
        for k, v in summary_rows(summary)
    )
    return (
        f"<table class='matsci-structure-summary' style='border-collapse:collapse'>{body}</table>"
    )
