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


def _slow_layers(model, seconds):
    """Hooks making every decoder layer of the tiny model take ``seconds`` (a long prompt)."""
    import time

    import torch

    stacks = [m for m in model.model.modules() if isinstance(m, torch.nn.ModuleList)]
    return [
        layer.register_forward_hook(lambda *a: time.sleep(seconds))
        for layer in max(stacks, key=len)
    ]


def test_cancel_during_the_prompt_pass_stops_within_one_layer(tiny_model):
    """The first token comes only after the whole prompt went through the model: a stop
    must not wait for it (tens of seconds for a code prompt on a 2-core CPU)."""
    import threading
    import time

    hooks = _slow_layers(tiny_model, 1.0)  # 2 layers: one forward pass takes >= 2 s
    cancel = threading.Event()
    try:
        threading.Timer(0.3, cancel.set).start()
        t0 = time.perf_counter()
        pieces = list(tiny_model.stream("Bragg law", cancel=cancel, max_new_tokens=40))
        seconds = time.perf_counter() - t0
    finally:
        for hook in hooks:
            hook.remove()
    assert pieces == [] and seconds < 1.8  # stopped before the second layer, not after both
    assert not [t for t in threading.enumerate() if t.name == "matsci-generate"]
    assert isinstance(tiny_model.generate("ok", max_new_tokens=2), str)  # hooks gone, lock free


def test_a_real_interrupt_during_the_prompt_pass_is_clean(tiny_model, capsys):
    """SIGINT (what the kernel's ■ sends) while the model reads the prompt: KeyboardInterrupt
    reaches the caller promptly, the generation thread is gone, the display says so."""
    import os
    import signal
    import threading
    import time

    hooks = _slow_layers(tiny_model, 1.0)
    sink = RecordingSink()
    timer = threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT))
    try:
        t0 = time.perf_counter()
        timer.start()
        with live_output(sink), pytest.raises(KeyboardInterrupt):
            generate_live(tiny_model, "Bragg law", max_new_tokens=40)
        seconds = time.perf_counter() - t0
    finally:
        timer.cancel()
        for hook in hooks:
            hook.remove()
    assert seconds < 1.8
    assert sink.of("end") and "stopped by interrupt after 0 tokens" in sink.of("end")[0]
    assert not [t for t in threading.enumerate() if t.name == "matsci-generate"]
    assert "Traceback" not in capsys.readouterr().err  # no thread's traceback printed
