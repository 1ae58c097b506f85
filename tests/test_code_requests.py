"""The natural-language request sets: every request is answered by the recipe engine with
verified code whose results meet the request's checkable expectations.

``code_requests.json`` is the set the engine was developed against; ``code_requests_heldout.json``
was written afterwards and measured once before any change (BENCHMARKS.md gives both rates).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from code_support import example_folder, load_requests

from matsci_jupyter.engines.code import generate_code
from matsci_jupyter.engines.code.examples import namespace_from_spec
from matsci_jupyter.engines.code.expect import failures

CASES = [("main", r) for r in load_requests("code_requests.json")] + [
    ("heldout", r) for r in load_requests("code_requests_heldout.json")
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory, request) -> Path:
    from conftest import SHARED_DATA

    shared = SHARED_DATA if SHARED_DATA.is_dir() else None
    return example_folder(tmp_path_factory.mktemp("code-requests"), shared)


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[f"{s}-{r['id']}" for s, r in CASES])
def test_request(case, folder, monkeypatch):
    _, spec = case
    from code_support import shared_files_named

    for name in shared_files_named(spec):
        if not (folder / name).is_file():
            pytest.skip(f"{name} comes from ../shared/data, which is not present")
    monkeypatch.chdir(folder)
    namespace = namespace_from_spec(spec.get("namespace", {}), folder)
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    result = generate_code(spec["request"], namespace=namespace, model=None, engine="recipes")
    assert result.source == "recipes"
    assert result.verification is not None, result.clarification or result.refusal
    assert failures(result.verification, spec["expect"]) == [], result.code
    assert result.verified and result.code and result.explanation
    # verification works on copies: the user's folder is left exactly as it was
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before


def test_request_sets_are_large_and_distinct():
    from matsci_jupyter.engines.code.recipes import RECIPES

    main = load_requests("code_requests.json")
    held = load_requests("code_requests_heldout.json")
    assert len(main) >= 60 and len(held) >= 30
    texts = [r["request"].lower() for r in main + held]
    assert len(set(texts)) == len(texts)
    examples = {e.lower() for r in RECIPES.values() for e in (*r.examples, r.description)}
    assert not examples & set(texts)  # worded differently from the recipe library
    assert all(r["expect"] for r in main + held)
