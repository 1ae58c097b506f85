"""An expansion gap that heating closes: g = α L₀ (T_close − T_laid), the gap in mm from the two
temperatures, or the closing temperature from the gap. No α, no 'close/touch', or a gap that opens on
cooling: refused."""

import pytest

from matsci_jupyter.engines.answer.solver import solve


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        # 11e-6 /°C × 18 000 mm × (35 − (−5)) °C
        (
            "Pipe sections 18 m long (α = 11 × 10^-6 °C^-1) are joined at −5 °C. What gap must be left so "
            "that neighbouring sections just touch at 35 °C? Give it in mm.",
            "mm",
            11e-6 * 18000 * 40,
        ),
        # the closing temperature: 0 °C + 6.0 mm / (16e-6 /K × 15 000 mm)
        (
            "Copper bus bars 15 m long (coefficient of linear expansion 16 × 10^-6 K^-1) are mounted at 0 °C "
            "with a gap of 6.0 mm between ends. At what temperature do the gaps just close, in °C?",
            "degC",
            6.0 / (16e-6 * 15000),
        ),
    ],
)
def test_expansion_gap(question: str, unit: str, want: float) -> None:
    r = solve(question)
    assert r.quantity is not None, r.reason
    assert r.quantity.to(unit).magnitude == pytest.approx(want, rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        # no expansion coefficient
        "Pipe sections 18 m long are joined at −5 °C. What gap must be left so that they just touch at 35 °C, in mm?",
        # a gap that opens on cooling is not the gap heating closes
        "Pipe sections 18 m long (α = 11 × 10^-6 °C^-1) are joined at 35 °C with no gap. What gap opens "
        "between them at −5 °C, in mm?",
    ],
)
def test_expansion_gap_refusals(question: str) -> None:
    r = solve(question)
    assert r.quantity is None
    assert r.reason
