"""Benchmark of the code engine (issues 5, 10): outcomes and latency of recipe answers + verification.

    PYTHONPATH=. python benchmarks/codegen.py [--repeats 3] [--cold-sample 15] [--out out/codegen.json]

For each request of ``tests/data/code_requests.json`` (own development set),
``tests/data/code_requests_heldout.json`` (own, held out), ``tests/data/edit_probes.jsonl`` (own
structure-edit probes, scored like AtomWorldBench), AtomWorldBench's development side
(../shared/data/external/atomworldbench, external) and ``tests/data/code_requests_docs.json``
(external: written from pymatgen/ASE documentation examples) it times ``generate_code`` with the
recipe engine (planning + sandbox verification + intent check) and sorts each answer into
correct, refused (a question or refusal, no code), not verified (code shown as not matching or
failing) and **verified but wrong** (verified, yet the expectations fail: the number that must
be 0). See benchmarks/codegen_external.py for how the external sets are scored. It also measures
what a sandbox run costs to start: a bare interpreter, a cold sandbox run (fresh interpreter) and a
warm one (fork of the pre-imported sandbox), and re-times a sample of requests on the cold path.
Runs in a scratch folder with the example crystals (plus LiFePO4.cif from ../shared/data when present).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "cif"


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _p90(values: list[float]) -> float:
    return sorted(values)[int(0.9 * (len(values) - 1))] if values else float("nan")


def time_startup(repeats: int = 7) -> dict[str, float]:
    """Seconds to start: python itself, a cold sandbox run, a warm one, with and without pymatgen."""
    from matsci_jupyter.sandbox import pool, run_code

    out: dict[str, float] = {}
    bare = []
    for _ in range(repeats):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        bare.append(time.perf_counter() - t)
    out["python -c pass"] = _median(bare)
    for mode in ("cold", "warm"):
        os.environ["MATSCI_SANDBOX_WARM"] = "1" if mode == "warm" else "0"
        if mode == "warm":
            run_code("pass")  # start the warm sandbox once
        for label, code in (
            ("empty snippet", "pass"),
            ("import pymatgen.core", "from pymatgen.core import Structure"),
        ):
            times = []
            for _ in range(repeats):
                t = time.perf_counter()
                result = run_code(code, timeout_s=120)
                times.append(time.perf_counter() - t)
                assert result.ok and result.warm == (mode == "warm"), result.error
            out[f"{mode} sandbox, {label}"] = _median(times)
    os.environ["MATSCI_SANDBOX_WARM"] = "1"
    pool.shutdown()
    t = time.perf_counter()
    run_code("pass")
    out["first warm run (starts the warm sandbox)"] = time.perf_counter() - t
    return out


def run_set(name: str, folder: Path, repeats: int) -> dict:
    from matsci_jupyter.engines.code import generate_code
    from matsci_jupyter.engines.code.examples import namespace_from_spec
    from matsci_jupyter.engines.code.expect import failures

    requests = json.loads((ROOT / "tests" / "data" / name).read_text(encoding="utf-8"))["requests"]
    rows = []
    for spec in requests:
        if any(not (folder / f).is_file() for f in spec.get("shared", [])):
            rows.append({"id": spec["id"], "skipped": True})
            continue
        namespace = namespace_from_spec(spec.get("namespace", {}), folder)
        latencies, sandbox = [], []
        ok, why, outcome = False, "", "refused"
        for _ in range(repeats):
            t = time.perf_counter()
            result = generate_code(
                spec["request"], namespace=namespace, model=None, engine="recipes", cwd=folder
            )
            latencies.append(time.perf_counter() - t)
            v = result.verification
            if v is None:
                why = result.clarification or result.refusal or "no code"
                ok, outcome = False, "refused"
            else:
                sandbox.append(v.seconds)
                problems = failures(v, spec["expect"])
                ok, why = not problems and result.verified, "; ".join(problems)
                if not result.verified:
                    outcome = "not_verified"
                    why = "; ".join(result.mismatches) or v.status()
                else:
                    outcome = "correct" if not problems else "verified_but_wrong"
        rows.append(
            {
                "id": spec["id"],
                "ok": ok,
                "outcome": outcome,
                "why": why,
                "latency_s": _median(latencies),
                "latencies_s": latencies,
                "sandbox_s": _median(sandbox),
                "recipes": result.recipes,
            }
        )
    done = [r for r in rows if not r.get("skipped")]
    all_latencies = [x for r in done for x in r["latencies_s"]]
    return {
        "set": name,
        "n": len(done),
        "skipped": len(rows) - len(done),
        "succeeded": sum(r["ok"] for r in done),
        "correct": sum(r["outcome"] == "correct" for r in done),
        "refused": sum(r["outcome"] == "refused" for r in done),
        "not_verified": sum(r["outcome"] == "not_verified" for r in done),
        "verified_but_wrong": sum(r["outcome"] == "verified_but_wrong" for r in done),
        "success_rate": sum(r["ok"] for r in done) / max(1, len(done)),
        "median_latency_s": _median(all_latencies),
        "p90_latency_s": _p90(all_latencies),
        "median_sandbox_s": _median([r["sandbox_s"] for r in done]),
        "rows": rows,
    }


def cold_sample(folder: Path, n: int) -> dict:
    """Latency of the first ``n`` development requests on the cold path (fresh interpreter each)."""
    from matsci_jupyter.engines.code import generate_code
    from matsci_jupyter.engines.code.examples import namespace_from_spec

    requests = json.loads((ROOT / "tests" / "data" / "code_requests.json").read_text())["requests"]
    os.environ["MATSCI_SANDBOX_WARM"] = "0"
    latencies = []
    try:
        for spec in [r for r in requests if not r.get("shared")][:n]:
            ns = namespace_from_spec(spec.get("namespace", {}), folder)
            t = time.perf_counter()
            generate_code(spec["request"], namespace=ns, model=None, engine="recipes", cwd=folder)
            latencies.append(time.perf_counter() - t)
    finally:
        os.environ["MATSCI_SANDBOX_WARM"] = "1"
    return {
        "n": len(latencies),
        "median_latency_s": _median(latencies),
        "p90_latency_s": _p90(latencies),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--repeats", type=int, default=3, help="timings per request (median kept)")
    p.add_argument(
        "--cold-sample",
        type=int,
        default=15,
        help="requests re-timed with the warm sandbox disabled",
    )
    p.add_argument("--out", type=Path, default=ROOT / "out" / "codegen.json")
    args = p.parse_args(argv)

    from matsci_jupyter.engines.code.examples import write_example_files

    folder = Path(tempfile.mkdtemp(prefix="codegen-bench-"))
    try:
        write_example_files(folder)
        if (SHARED / "LiFePO4.cif").is_file():
            shutil.copy(SHARED / "LiFePO4.cif", folder / "LiFePO4.cif")
        os.chdir(folder)
        from codegen_external import run_atomworldbench, run_docs, run_edit_probes

        external = [r for r in (run_atomworldbench(), run_docs(folder)) if r is not None]
        report = {
            "startup_s": time_startup(),
            "sets": [
                run_set("code_requests.json", folder, args.repeats),
                run_set("code_requests_heldout.json", folder, args.repeats),
                *[r for r in (run_edit_probes(),) if r is not None],  # tests/data/edit_probes.jsonl
            ],
            "external": external,
            "cold_sample": cold_sample(folder, args.cold_sample),
            "date": time.strftime("%Y-%m-%d"),
            "python": sys.version.split()[0],
        }
    finally:
        os.chdir(ROOT)
        shutil.rmtree(folder, ignore_errors=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1), encoding="utf-8")

    print(
        "| set | kind | requests | correct | refused | not verified | verified but wrong | "
        "median latency | p90 latency |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for kind, sets in (("own", report["sets"]), ("external", report["external"])):
        for s in sets:
            print(
                f"| {s['set']} | {kind} | {s['n']} | {s['correct']} ({s['correct'] / max(1, s['n']):.0%}) | "
                f"{s['refused']} | {s['not_verified']} | {s['verified_but_wrong']} | "
                f"{s['median_latency_s']:.3f} s | {s['p90_latency_s']:.3f} s |"
            )
    cold = report["cold_sample"]
    print(
        f"\ncold sandbox (warm pool disabled), {cold['n']} requests: median "
        f"{cold['median_latency_s']:.3f} s, p90 {cold['p90_latency_s']:.3f} s"
    )
    print("\n| start-up | median |\n|---|---|")
    for label, seconds in report["startup_s"].items():
        print(f"| {label} | {seconds:.3f} s |")
    for s in [*report["sets"], *report["external"]]:
        for r in s["rows"]:
            if not r.get("skipped") and r["outcome"] != "correct":
                print(f"{r['outcome'].upper()} {s['set']} {r['id']}: {r['why'][:240]}")
    print(f"\nwritten {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
