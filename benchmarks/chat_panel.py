"""Chat panel benchmarks (issue 7).

1. Time to first streamed token with the tiny test model loaded in the Jupyter server
   (4-bit NF4, CPU): measured at the HTTP level (POST matsci/chat -> first `token` event)
   and in the browser (click Send -> first answer text in the panel's DOM).
2. The panel's added JupyterLab load time: page load until `jupyterapp.restored` and the
   notebook is shown, with the extension (server + labextension) vs without.

    PYTHONPATH=. .venv/bin/python benchmarks/chat_panel.py [--repeats 10] [--loads 6]

Needs the built extension (bash scripts/build-labextension.sh) and /usr/bin/chromium.
Prints JSON and a Markdown table for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the JupyterLab launcher the e2e tests use

from lab_e2e_support import CHROMIUM, CHROMIUM_ARGS, LabServer  # noqa: E402

QUESTION = "Explain grain boundary strengthening in steel."
NOTEBOOK = {
    "cells": [
        {
            "cell_type": "code",
            "execution_count": None,
            "id": "a",
            "metadata": {},
            "outputs": [],
            "source": "x = 1",
        }
    ],
    "metadata": {
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
    },
    "nbformat": 4,
    "nbformat_minor": 5,
}


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def first_token_http(lab: LabServer, message: str) -> tuple[float, float, int]:
    """Seconds from sending the request to the first `token` event and to the end; token events."""
    body = json.dumps({"message": message, "notebook": "bench.ipynb"})
    conn = http.client.HTTPConnection("127.0.0.1", lab.port, timeout=300)
    t0 = time.perf_counter()
    conn.request(
        "POST",
        "/matsci/chat",
        body=body,
        headers={"Authorization": f"token {lab.token}", "Content-Type": "application/json"},
    )
    resp = conn.getresponse()
    first = None
    buf = b""
    while True:
        chunk = resp.read1(65536)
        if not chunk:
            break
        buf += chunk
        if first is None and b"event: token" in buf:
            first = time.perf_counter() - t0
    total = time.perf_counter() - t0
    conn.close()
    if first is None:
        raise RuntimeError(f"no token streamed: {buf[-500:]!r}")
    if b'"status": "complete"' not in buf:
        raise RuntimeError(f"the answer did not complete: {buf[-500:]!r}")
    return first, total, buf.count(b"event: token")


def first_token_browser(page, n_before: int) -> float:
    page.fill(".jp-matsci-input", QUESTION)
    t0 = page.evaluate("performance.now()")
    page.click(".jp-matsci-send")
    page.wait_for_function(
        f"document.querySelectorAll('.jp-matsci-assistant')[{n_before}]"
        "?.querySelector('.jp-matsci-content')?.textContent.length > 0",
        polling="raf",
        timeout=120_000,
    )
    t1 = page.evaluate("performance.now()")
    page.wait_for_function(
        f"document.querySelectorAll('.jp-matsci-assistant')[{n_before}]?.dataset.status !== undefined",
        timeout=300_000,
    )
    return (t1 - t0) / 1000


def lab_load_seconds(browser, lab: LabServer) -> float:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    t0 = time.perf_counter()
    page.goto(f"{lab.url}/lab/tree/bench.ipynb?reset&token={lab.token}")
    page.wait_for_function("window.jupyterapp !== undefined", timeout=120_000)
    page.evaluate("window.jupyterapp.restored")
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=120_000)
    elapsed = time.perf_counter() - t0
    context.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--loads", type=int, default=6)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    from matsci_jupyter.model.tiny import build_llama

    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        model_dir = build_llama(tmp_path / "tiny-llama")
        root = tmp_path / "root"
        root.mkdir()
        (root / "bench.ipynb").write_text(json.dumps(NOTEBOOK))
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

            # -- 1. time to first token -------------------------------------------------
            with LabServer(root, free_port(), fake_engines=False) as lab:
                t0 = time.perf_counter()
                state = lab.api("matsci/model/load", "POST", {"name_or_path": str(model_dir)})
                results["model_load_s"] = round(time.perf_counter() - t0, 2)
                results["model"] = {
                    k: state[k] for k in ("name", "device", "quantization", "four_bit")
                }
                first_token_http(lab, "warm up")
                http_first, http_total, n_tokens = zip(
                    *(first_token_http(lab, QUESTION) for _ in range(args.repeats)), strict=False
                )
                results["ttft_http_s"] = _summary(http_first)
                results["answer_total_http_s"] = _summary(http_total)
                results["token_events_per_answer"] = _summary(n_tokens)
                print(json.dumps(results), file=sys.stderr, flush=True)
                context = browser.new_context(viewport={"width": 1400, "height": 900})
                page = context.new_page()
                page.goto(f"{lab.url}/lab/tree/bench.ipynb?reset&token={lab.token}")
                page.wait_for_selector(".jp-matsci-panel", state="attached", timeout=120_000)
                if not page.locator(".jp-matsci-panel").is_visible():
                    page.click('li[data-id="matsci-chat"]')
                page.wait_for_function(
                    "document.querySelector('.jp-matsci-context')?.textContent.includes('kept in')",
                    timeout=60_000,
                )
                browser_first = []
                for _ in range(args.repeats):
                    n = page.locator(".jp-matsci-assistant").count()
                    browser_first.append(first_token_browser(page, n))
                results["ttft_browser_s"] = _summary(browser_first)
                context.close()

            # -- 2. added load time ------------------------------------------------------
            loads: dict[str, list[float]] = {"with": [], "without": []}
            labs = {
                "with": LabServer(root, free_port(), fake_engines=False).start(),
                "without": LabServer(
                    root, free_port(), fake_engines=False, with_extension=False
                ).start(),
            }
            try:
                for variant in labs:  # warm caches of both
                    lab_load_seconds(browser, labs[variant])
                for _ in range(args.loads):
                    for variant in ("with", "without"):
                        loads[variant].append(lab_load_seconds(browser, labs[variant]))
            finally:
                for lab in labs.values():
                    lab.stop()
            results["lab_load_with_s"] = _summary(loads["with"])
            results["lab_load_without_s"] = _summary(loads["without"])
            diffs = [w - o for w, o in zip(loads["with"], loads["without"], strict=False)]
            results["lab_load_added_s"] = _summary(diffs)
            browser.close()
    print(json.dumps(results, indent=1))
    print()
    print("| measurement | median | min–max | n |")
    print("|---|---|---|---|")
    for key, label in [
        ("ttft_http_s", "first token, HTTP (POST matsci/chat → first token event)"),
        ("ttft_browser_s", "first token, browser (click Send → text in the panel)"),
        ("answer_total_http_s", "whole answer, HTTP"),
        ("lab_load_with_s", "JupyterLab load with the extension"),
        ("lab_load_without_s", "JupyterLab load without it"),
        ("lab_load_added_s", "added by the extension (paired difference)"),
    ]:
        s = results[key]
        print(f"| {label} | {s['median']:.3f} s | {s['min']:.3f}–{s['max']:.3f} s | {s['n']} |")


def _summary(values) -> dict[str, float]:
    values = list(values)
    return {
        "median": round(statistics.median(values), 4),
        "min": round(min(values), 4),
        "max": round(max(values), 4),
        "n": len(values),
    }


if __name__ == "__main__":
    main()
