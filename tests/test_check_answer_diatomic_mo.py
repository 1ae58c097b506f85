"""Counting dia- and paramagnetic diatomic species by molecular-orbital filling."""

from matsci_jupyter.engines.answer.check_answer import check_response
from matsci_jupyter.engines.answer.diatomic_mo import magnetic_count_check, unpaired_electrons

QUESTION = (
    "Consider the species $\\mathrm{N}_{2}^{+}$, $\\mathrm{O}_{2}$, $\\mathrm{C}_{2}$, "
    "$\\mathrm{Ne}_{2}$, $\\mathrm{CO}$ and $\\mathrm{F}_{2}^{+}$. How many of them are paramagnetic?"
)


def test_unpaired_counts():
    assert unpaired_electrons("O2", 0) == 2
    assert unpaired_electrons("B2", 0) == 2  # s-p mixing puts π below σ2p
    assert unpaired_electrons("C2", 0) == 0
    assert unpaired_electrons("O2", -2) == 0
    assert unpaired_electrons("NO", 0) == 1
    assert unpaired_electrons("He2", 0) is None  # bond order 0
    assert unpaired_electrons("N2O", 0) is None


def test_count_outside_the_range_is_flagged():
    # paramagnetic: N2+, O2, F2+ ; Ne2 open -> 3 or 4
    answer = check_response(QUESTION, "N2+, O2 and F2+ have unpaired electrons. Final answer: 2")
    assert answer.verdict == "flagged"
    assert "MO filling" in answer.reason


def test_count_inside_the_range_is_not_flagged():
    for said in ("3", "4"):
        answer = check_response(QUESTION, f"Counting the unpaired electrons. Final answer: {said}")
        assert "MO filling" not in (answer.reason or "")


def test_list_with_an_unread_item_is_left_alone():
    from matsci_jupyter.engines.answer.text import normalize

    q = normalize("Among an H atom, O2, N2 and F2, how many species are diamagnetic?")
    assert magnetic_count_check(q, 0.0) is None
