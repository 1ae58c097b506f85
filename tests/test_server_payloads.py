"""Engine results as JSON for the panel: as_dict, mime bundles, and what JSON cannot hold."""

from __future__ import annotations

import json
import math

import numpy as np

from matsci_jupyter.engines.base import ModelText, Notice
from matsci_jupyter.server.payloads import clean_text, json_safe, mimebundle, to_payload


class View:
    """Shaped like the structure engine's StructureView."""

    def as_dict(self):
        return {
            "kind": "structure_view",
            "figure": {"data": [{"type": "scatter3d"}]},
            "summary": {"formula": "Cu", "density_g_cm3": float("nan")},
        }

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/html": "<script>/* 3 MB of plotly.js */</script>", "text/plain": "Cu"}


def test_a_view_with_a_figure_sends_the_figure_not_its_html():
    payload = to_payload(View(), engine="structure")
    assert payload["kind"] == "structure_view"
    assert payload["bundle"] == {"text/plain": "Cu"}
    assert payload["data"]["figure"]["data"][0]["type"] == "scatter3d"
    assert payload["data"]["summary"]["density_g_cm3"] is None  # NaN is not JSON
    json.loads(json.dumps(payload, allow_nan=False))


def test_notices_and_model_text_get_their_own_kinds():
    notice = to_payload(Notice("No model", "load one", ["connect"], level="warning"))
    assert notice["kind"] == "notice" and notice["data"]["hints"] == ["connect"]
    assert "text/html" in notice["bundle"]
    text = to_payload(ModelText("some prose", "tiny"))
    assert text["data"] == {
        "kind": "model_text",
        "text": "some prose",
        "model": "tiny",
        "verified": False,
    }


def test_objects_without_as_dict_still_render():
    class Plain:
        def _repr_html_(self):
            return "<b>x</b>"

        def __str__(self):
            return "x"

    payload = to_payload(Plain())
    assert payload["kind"] == "plain" and payload["bundle"] == {
        "text/html": "<b>x</b>",
        "text/plain": "x",
    }


def test_json_safe_handles_numpy_infinity_and_unknown_objects():
    value = json_safe(
        {"a": np.float32(1.5), "b": np.arange(3), "c": math.inf, 1: {1, 2}, "d": object}
    )
    assert value["a"] == 1.5 and value["b"] == [0, 1, 2] and value["c"] is None
    assert sorted(value["1"]) == [1, 2] and value["d"].startswith("<class")


def test_huge_bundles_are_cut_to_fit_and_say_so():
    class Huge:
        def _repr_mimebundle_(self, include=None, exclude=None):
            return {"text/plain": "big", "image/png": "A" * 5_000_000}

    bundle = mimebundle(Huge())
    assert "image/png" not in bundle and "left out" in bundle["text/plain"]


def test_clean_text_drops_control_characters_and_lone_surrogates():
    assert clean_text("a\x00b\x1bc\td\ne\ud800f") == "abc\td\ne?f"
