"""Valence-shell counting of lone pairs and hybridisation over a listed set of species."""

from matsci_jupyter.engines.answer.check_answer import check_response
from matsci_jupyter.engines.answer.vsepr import centre, listed_species, vsepr_count_check

SUM_Q = (
    "Add up the lone pairs of electrons on the central atom of each of these species: "
    "$\\mathrm{ClF}_{3}$, $\\left[\\mathrm{ICl}_{4}\\right]^{-}$, $\\mathrm{NH}_{3}$ and $\\mathrm{XeO}_{3}$. "
    "What is the sum of the number of lone pairs on each central atom?"
)
COUNT_Q = (
    "Consider $\\mathrm{PCl}_{5}$, $\\mathrm{SO}_{3}$, $\\left[\\mathrm{NH}_{4}\\right]^{+}$, "
    "$\\mathrm{XeO}_{4}$, $\\mathrm{BF}_{3}$ and $\\mathrm{Ni}(\\mathrm{CO})_{4}$. What is the number "
    "of species having $s p^{3}$ hybridised central atom?"
)


def test_centre_counts():
    assert centre("ClF3", 0).lone_pairs == 2 and centre("ClF3", 0).hybrid == "sp3d"
    assert centre("ICl4", -1).lone_pairs == 2 and centre("ICl4", -1).hybrid == "sp3d2"
    assert centre("SOCl2", 0).hybrid == "sp3"
    assert centre("I3", -1).lone_pairs == 3
    assert centre("PtCl4", -2).hybrid == "dsp2"
    assert centre("NO2", 0).lone_pairs is None  # odd electron: not fixed
    assert centre("H2SO4", 0).lone_pairs is None  # H on O: not fixed


def test_species_read_from_tex():
    from matsci_jupyter.engines.answer.text import normalize

    assert ("ICl4", -1) in listed_species(normalize(SUM_Q))


def test_wrong_sum_flagged_and_right_sum_passes():
    # ClF3 2, [ICl4]- 2, NH3 1, XeO3 1 -> 6
    wrong = check_response(SUM_Q, "ClF3 has 2, ICl4- has 3, NH3 has 1, XeO3 has 0. Final answer: 6")
    assert wrong.verdict != "flagged"  # the total happens to be right: not flagged
    flagged = check_response(SUM_Q, "Counting: 2 + 2 + 1 + 2 = 7. Final answer: 7")
    assert flagged.verdict == "flagged"
    assert "valence count" in flagged.reason


def test_count_with_unknown_species_is_a_range():
    from matsci_jupyter.engines.answer.text import normalize

    q = normalize(COUNT_Q)  # sp3: NH4+, XeO4, Ni(CO)4 -> 3
    assert vsepr_count_check(q, 3.0).passed
    assert not vsepr_count_check(q, 4.0).passed
    looser = q.replace("Ni(CO)_4", "Fe(CO)_5")  # a metal the rules do not settle: 2 or 3
    assert vsepr_count_check(looser, 3.0) is None
    assert not vsepr_count_check(looser, 1.0).passed


def test_other_questions_untouched():
    assert vsepr_count_check("What is the pH of 0.1 M HCl?", 1.0) is None


def test_shape_count():
    from matsci_jupyter.engines.answer.text import normalize

    q = normalize(
        "For $\\mathrm{XeF}_{4}$, $\\mathrm{SF}_{4}$, $\\left[\\mathrm{ICl}_{4}\\right]^{-}$ and "
        "$\\mathrm{CCl}_{4}$, what is the number of species having square planar geometry?"
    )
    assert centre("SF4", 0).shape == "see-saw"
    assert vsepr_count_check(q, 2.0).passed  # XeF4 and [ICl4]-
    assert not vsepr_count_check(q, 3.0).passed
