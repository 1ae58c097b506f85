"""Live model text: streamed piece by piece to a sink, stopped early, interrupted cleanly."""

from __future__ import annotations

import pytest

from matsci_jupyter.model.live import RecordingSink, generate_live, live_output, looping


def test_pieces_reach_the_sink_as_they_are_written(tiny_model):
    sink = RecordingSink()
    with live_output(sink):
        gen = generate_live(tiny_model, "Lattice of LiFePO4", label="t", max_new_tokens=12)
    updates = sink.of("update")
    assert len(updates) == gen.pieces >= 2
    assert updates[-1] == gen.text == tiny_model.generate("Lattice of LiFePO4", max_new_tokens=12)
    assert sink.of("begin") == ["t"] and "tokens" in sink.of("end")[0]


def test_stop_when_ends_generation_early(tiny_model):
    calls = []

    def stop_after_three(text):
        calls.append(text)
        return len(calls) >= 3

    gen = generate_live(tiny_model, "Bragg law", max_new_tokens=60, stop_when=stop_after_three)
    assert gen.complete and gen.pieces == 3


def test_interrupt_stops_the_model_and_releases_it(tiny_model):
    class InterruptingSink(RecordingSink):
        def update(self, text, tokens, seconds):
            super().update(text, tokens, seconds)
            if tokens == 2:
                raise KeyboardInterrupt

    sink = InterruptingSink()
    with live_output(sink), pytest.raises(KeyboardInterrupt):
        generate_live(tiny_model, "Bragg law", max_new_tokens=60)
    assert "stopped by interrupt after 2 tokens" in sink.of("end")[0]
    # the generation thread was cancelled and the lock released: the model answers again
    assert isinstance(tiny_model.generate("ok", max_new_tokens=2), str)


def test_no_sink_outside_a_kernel(tiny_model, capsys):
    gen = generate_live(tiny_model, "Density", max_new_tokens=4)
    assert gen.text and capsys.readouterr().out == ""


def test_looping_detects_a_repeated_line():
    assert looping('x = 1\nprint("a")\nprint("a")\nprint("a")\nprint("a")\npr')
    assert not looping('print("a")\nprint("b")\nprint("a")\nprint("a")\n')
    assert not looping("\n\n\n\n\n")
    block = "def f(s):\n    x = len(s)\n    print(x)\n    return x\n\n"
    assert looping("import numpy as np\n\n" + block * 3 + "def f(")
    assert not looping("import numpy as np\n\n" + block * 2 + "def f(")
