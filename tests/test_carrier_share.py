"""The share of an intrinsic semiconductor's conductivity one carrier carries (carrier_share)."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.solver import solve


@pytest.mark.parametrize(
    ("question", "key", "unit"),
    [
        (
            "In intrinsic InSb the electron and hole mobilities are 7.7 and 0.07 m²/(V·s). "
            "What fraction of the conductivity is carried by electrons?",
            7.7 / 7.77,
            "",
        ),
        (
            "An intrinsic Ge crystal: hole mobility 0.19 m^2/(V s), electron mobility 0.38 m^2/(V s). "
            "What fraction of the total conductivity is due to holes?",
            0.19 / 0.57,
            "",
        ),
        (
            "For intrinsic silicon take μ_e = 1350 cm²/V·s and μ_h = 480 cm²/V·s. "
            "What percentage of the conductivity is contributed by the electrons?",
            100 * 1350 / 1830,
            "percent",
        ),
    ],
)
def test_intrinsic_share(question: str, key: float, unit: str) -> None:
    answer = solve(question)
    assert answer.ok, answer.reason
    assert float(answer.quantity.to(unit or "dimensionless").magnitude) == pytest.approx(
        key, rel=1e-4
    )


@pytest.mark.parametrize(
    "question",
    [
        # doped: n ≠ p
        "A p-type silicon wafer has electron and hole mobilities of 0.14 and 0.05 m²/(V·s). "
        "What fraction of the conductivity is carried by holes?",
        # concentrations given: they are used, not assumed equal
        "In intrinsic silicon n = 1.0e16 m^-3, the electron mobility is 0.14 m²/V·s and the hole "
        "mobility is 0.05 m²/V·s. What fraction of the conductivity is carried by holes?",
        # mobilities in two units
        "In intrinsic silicon the electron mobility is 1400 cm²/V·s and the hole mobility is "
        "0.05 m²/V·s. What fraction of the conductivity is carried by holes?",
    ],
)
def test_share_not_read(question: str) -> None:
    assert not solve(question).ok
