"""The payload contract: engines' real results validate against their models, and the
labextension's TypeScript types are the ones generated from those models (not stale)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from matsci_jupyter.commands import results
from matsci_jupyter.commands.payloads import to_payload
from matsci_jupyter.commands.typescript import generate

GENERATED = (
    Path(__file__).resolve().parents[1] / "labextension" / "src" / "generated" / "payloads.ts"
)


def test_typescript_types_are_generated_from_the_current_models():
    assert GENERATED.read_text(encoding="utf-8") == generate(), (
        "labextension/src/generated/payloads.ts is stale: run "
        "`python -m matsci_jupyter.commands.typescript labextension/src/generated/payloads.ts`"
    )


def test_every_result_kind_has_a_typescript_interface():
    text = generate()
    for model in results.DATA_MODELS.values():
        assert f"export interface I{model.__name__} {{" in text
    assert "export interface IResultPayload {" in text
    assert not re.search(r"[:<|]\s*any\b", text)  # unknown, never any


@pytest.mark.parametrize(
    "make",
    [
        lambda: __import__("matsci_jupyter").answer(
            "What is the wavelength of a 2.0 eV photon, in nm?"
        ),
        lambda: __import__("matsci_jupyter").answer("What is the lattice parameter of copper?"),
        lambda: __import__("matsci_jupyter").check_answer(
            "What is the wavelength (in nm) of a 2.5 eV photon?", "λ = 1240/2.5 = 496 nm"
        ),
    ],
    ids=["answer", "refusal", "checked-answer"],
)
def test_real_engine_results_validate_against_their_models(make):
    payload = to_payload(make())
    model = results.DATA_MODELS[payload["kind"]]
    model.model_validate(payload["data"])  # raises when an engine broke the contract
    results.ResultPayload.model_validate(payload)


def test_a_structure_report_and_a_notice_validate(tmp_path):
    from matsci_jupyter import check_structure
    from matsci_jupyter.engines.router import nothing_can_answer

    bad = tmp_path / "broken.cif"
    bad.write_text("data_x\n_cell_length_a 3\n")
    for obj in (check_structure(str(bad)), nothing_can_answer(None)):
        payload = to_payload(obj)
        results.DATA_MODELS[payload["kind"]].model_validate(payload["data"])
