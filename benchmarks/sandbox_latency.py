"""Per-run latency of the code sandbox: jailed vs not, warm vs cold (seconds, medians).

    PYTHONPATH=$PWD nice -n 10 python benchmarks/sandbox_latency.py [--runs 15]

Each configuration runs the same two snippets: a trivial one and one that builds a
pymatgen Structure. The first run of each configuration (start-up of the warm
process) is reported separately and left out of the median.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

SNIPPETS = {
    "trivial": "x = 1 + 1\n",
    "pymatgen": "from pymatgen.core import Lattice, Structure\n"
    "s = Structure(Lattice.cubic(5.64), ['Na', 'Cl'], [[0, 0, 0], [0.5, 0.5, 0.5]])\n"
    "d = s.density\n",
}


def measure(jail: str, warm: str, runs: int) -> dict[str, tuple[float, float, bool]]:
    from matsci_jupyter.sandbox import pool, run_code

    os.environ["MATSCI_SANDBOX_JAIL"], os.environ["MATSCI_SANDBOX_WARM"] = jail, warm
    pool.shutdown()
    out = {}
    for name, code in SNIPPETS.items():
        times, first, isolated = [], None, False
        for i in range(runs + 1):
            t0 = time.perf_counter()
            result = run_code(code, capture=(), timeout_s=60)
            elapsed = time.perf_counter() - t0
            assert result.ok, result.error
            isolated = result.isolated
            if i == 0:
                first = elapsed
            else:
                times.append(elapsed)
        out[name] = (first, statistics.median(times), isolated)
    pool.shutdown()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    print("| jail | warm | snippet | isolated | first run s | median s |")
    print("|---|---|---|---|---|---|")
    for jail in ("require", "off"):
        for warm in ("1", "0"):
            for name, (first, median, isolated) in measure(jail, warm, args.runs).items():
                print(f"| {jail} | {warm} | {name} | {isolated} | {first:.3f} | {median:.3f} |")


if __name__ == "__main__":
    main()
