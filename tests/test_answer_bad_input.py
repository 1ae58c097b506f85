"""Bad input gets a clear 'cannot answer' with the reason; nothing raises out of answer/check_answer."""

from __future__ import annotations

import random

import pytest

from matsci_jupyter import answer, check_answer

GAAS = "A semiconductor has a band gap of 1.43 eV. What is the maximum wavelength of light (in μm) that it absorbs?"


@pytest.mark.parametrize(
    "question, reason_part",
    [
        ("What is the lattice parameter of copper?", "no numbers"),
        ("", "empty"),
        ("   \n  ", "empty"),
        (
            "A bar 50 mm long is heated by 30 kg. What is the change in length (in mm) if α = 12e-6 /°C?",
            "",
        ),
        ("What is the wavelength (in nm) of a photon of energy 1e40 eV?", "absurd magnitude"),
        (
            "Compute the vacancy fraction at -50 K for a vacancy formation energy of 1 eV.",
            "absurd magnitude",
        ),
        ("$$\\frac{\\alpha}{\\beta} \\unknowncommand{3}{$$", ""),
        ("(a) Calculate the energy in eV of a 500 nm photon. (b) Express it in J.", "parts"),
        (
            "Find the wavelength in nm and the frequency in Hz of a 2 eV photon.",
            "several quantities",
        ),
    ],
)
def test_cannot_answer_with_a_reason(question, reason_part):
    a = answer(question)
    assert a.quantity is None
    assert a.reason and reason_part in a.reason


def test_ten_thousand_characters_are_refused_quickly():
    a = answer("What is the wavelength of a 2 eV photon? " * 250)
    assert a.quantity is None and "10,250 characters" in a.reason and a.bad_input
    b = check_answer(GAAS, "λ = 1 μm. " * 1000)
    assert b.quantity is None and "characters" in b.reason


@pytest.mark.parametrize("value", [None, 42, 3.5, ["a list"], {"q": 1}, b"bytes"])
def test_non_text_input(value):
    assert answer(value).quantity is None
    assert check_answer(value, "1 nm").quantity is None
    assert check_answer(GAAS, value).quantity is None


def test_check_answer_with_empty_or_numberless_response():
    assert "empty" in check_answer(GAAS, "").reason
    a = check_answer(GAAS, "I do not know.")
    assert a.quantity is None and not a.check("final value").passed


def test_random_junk_never_raises():
    rng = random.Random(4)
    alphabet = "0123456789 eE^×x*/-+.,()[]{}$\\_=≈°µμÅ%abcdefghijklmnopqrstuvwxyzKmnsJVAΩ\n"
    for _ in range(150):
        junk = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 120)))
        a = answer(junk)
        assert a.quantity is None or a.ok
        b = check_answer(GAAS, junk)
        assert hasattr(b, "checks")
