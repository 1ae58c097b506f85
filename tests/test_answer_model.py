"""The model path with a scripted fake model: right, wrong dimension, crashing, looping programs."""

from __future__ import annotations

import pytest

from matsci_jupyter import answer
from matsci_jupyter.engines.answer.model_path import answer_with_model, extract_code
from matsci_jupyter.model.base import ModelBackend, ModelStatus

QUESTION = "The Debye temperature of copper is 343 K. What is the maximum phonon energy in meV?"
HEADER = (
    "from matsci_jupyter.units import get_registry\nureg = get_registry()\nQ_ = ureg.Quantity\n"
)
PROGRAMS = {
    "right": HEADER + "T = Q_(343, 'K')\nresult = (ureg.boltzmann_constant * T).to('meV')\n",
    "wrong_dimension": HEADER + "result = Q_(343, 'K')\n",
    "crash": HEADER + "result = Q_(343, 'K') / 0\n",
    "loop": "while True:\n    pass\nresult = 1\n",
    "typed_constant": HEADER + "result = (Q_(8.167e-5, 'eV/K') * Q_(343, 'K')).to('meV')\n",
    "not_a_quantity": "result = 29.6\n",
}


class ScriptedModel(ModelBackend):
    """Replies with canned text; records the prompts it was given."""

    kind = "scripted"

    def __init__(self, reply: str) -> None:
        super().__init__("scripted")
        self.reply = reply
        self.prompts: list = []

    def _generate(self, messages, opts):
        self.prompts.append(messages)
        return self.reply

    def status(self) -> ModelStatus:
        return ModelStatus(backend="scripted", name="scripted")


def _fenced(code: str) -> str:
    return f"Here is the program:\n```python\n{code}```\n"


def test_right_program_gives_a_checked_answer_in_the_requested_unit():
    model = ScriptedModel(_fenced(PROGRAMS["right"]))
    a = answer_with_model(QUESTION, model, timeout_s=20)
    assert a.ok and a.source == "model"
    assert f"{a.quantity.units:~}" == "meV"
    assert a.quantity.magnitude == pytest.approx(29.557, rel=1e-3)
    assert all(c.passed for c in a.checks)
    system = model.prompts[0][0]["content"]
    assert "result" in system and "pint" in system


def test_wrong_dimension_is_rejected():
    a = answer_with_model(
        QUESTION, ScriptedModel(_fenced(PROGRAMS["wrong_dimension"])), timeout_s=20
    )
    assert a.quantity is None
    assert "wrong dimension" in a.reason and "temperature" in a.reason


def test_crashing_program_is_reported_with_its_error():
    a = answer_with_model(QUESTION, ScriptedModel(_fenced(PROGRAMS["crash"])), timeout_s=20)
    assert a.quantity is None and "ZeroDivisionError" in a.reason


def test_looping_program_is_stopped_by_the_time_limit():
    a = answer_with_model(QUESTION, ScriptedModel(_fenced(PROGRAMS["loop"])), timeout_s=2)
    assert a.quantity is None and "did not finish within 2 s" in a.reason


def test_hand_typed_wrong_constant_is_caught():
    a = answer_with_model(
        QUESTION, ScriptedModel(_fenced(PROGRAMS["typed_constant"])), timeout_s=20
    )
    assert a.quantity is None
    assert not a.check("constants").passed


def test_plain_number_result_is_not_accepted():
    a = answer_with_model(
        QUESTION, ScriptedModel(_fenced(PROGRAMS["not_a_quantity"])), timeout_s=20
    )
    assert a.quantity is None and "not a pint Quantity" in a.reason


def test_sandbox_refuses_forbidden_code():
    code = "import subprocess\nresult = subprocess.run(['ls'])\n"
    a = answer_with_model(QUESTION, ScriptedModel(_fenced(code)), timeout_s=20)
    assert a.quantity is None and "refused" in a.reason


def test_reply_without_a_program():
    a = answer_with_model(QUESTION, ScriptedModel("I think it is about 30 meV."), timeout_s=20)
    assert a.quantity is None and "did not reply with a Python program" in a.reason
    assert extract_code("no code here") is None


def test_answer_uses_the_model_only_when_the_solver_cannot():
    solved = ScriptedModel(_fenced(PROGRAMS["wrong_dimension"]))
    a = answer("What is the wavelength (in nm) of a photon with an energy of 2.5 eV?", model=solved)
    assert a.source == "solver" and a.ok and solved.prompts == []
    unsolved = ScriptedModel(_fenced(PROGRAMS["right"]))
    b = answer(QUESTION, model=unsolved)
    assert b.source == "model" and b.ok and len(unsolved.prompts) == 1


def test_bad_input_never_reaches_the_model():
    model = ScriptedModel(_fenced(PROGRAMS["right"]))
    assert answer("", model=model).quantity is None
    assert answer("What is the lattice parameter of copper?", model=model).quantity is None
    assert model.prompts == []


class _Ctx:
    """The part of MagicContext the answer engine uses: a model on demand, counted."""

    def __init__(self, model):
        self._model = model
        self.asked = 0

    def model(self):
        self.asked += 1
        return self._model


def test_in_a_notebook_the_model_is_only_loaded_when_the_solver_cannot_answer():
    from matsci_jupyter.engines.answer import answer_in_context

    ctx = _Ctx(ScriptedModel(_fenced(PROGRAMS["right"])))
    a = answer_in_context(
        "What is the wavelength (in nm) of a photon with an energy of 2.5 eV?", ctx
    )
    assert a.source == "solver" and ctx.asked == 0
    b = answer_in_context(QUESTION, ctx)
    assert b.source == "model" and b.ok and ctx.asked == 1
    c = answer_in_context(QUESTION, ctx, use_model=False)
    assert c.source == "solver" and c.quantity is None and ctx.asked == 1
