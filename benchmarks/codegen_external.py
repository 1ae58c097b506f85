"""External sets for benchmarks/codegen.py: AtomWorldBench (dev side) and docs-derived requests.

AtomWorldBench (../shared/data/external/atomworldbench, see its SOURCE.md): each task's
input CIF is written as ``input.cif`` into an empty folder and the instruction is the
request, word for word. A task is *correct* when the code is verified and its final
structure equals ``expected_cif`` as a structure: same lattice (1e-3 Å), same species in
the same order, fractional coordinates equal modulo lattice translations (Cartesian
mismatch below 0.01 Å). The expected CIF is read with ASE, which keeps the file's site order
(pymatgen's CIF reader sorts sites by electronegativity). *Correct* means a site-by-site match
in that order; a result that matches only as a set of (species, position) pairs in another
order is counted as *verified but wrong* too, and its row says so. *Verified but wrong*: verified, and not equal.

Docs-derived set (tests/data/code_requests_docs.json): requests written in our own words
from pymatgen/ASE documentation examples; each records its source URL and the result the
documentation states, checked with the expectations of engines/code/expect.py. Items that read
a file name it in ``inputs``; it is copied from tests/data/docs_inputs into the working folder.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AWB = ROOT.parent / "shared" / "data" / "external" / "atomworldbench" / "atomworldbench_tasks.jsonl"
DOCS = ROOT / "tests" / "data" / "code_requests_docs.json"
DOCS_INPUTS = ROOT / "tests" / "data" / "docs_inputs"


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _p90(values: list[float]) -> float:
    return sorted(values)[int(0.9 * (len(values) - 1))] if values else float("nan")


def read_in_file_order(cif_text: str):
    """The CIF as a pymatgen Structure with its sites in the order the file lists them.

    pymatgen's own CIF reader sorts the sites by electronegativity; ASE's keeps the file's
    order, which is what "atom order" means in AtomWorldBench.
    """
    import io
    import warnings

    from ase.io import read
    from pymatgen.io.ase import AseAtomsAdaptor

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return AseAtomsAdaptor.get_structure(read(io.StringIO(cif_text), format="cif"))


def same_structure(got, expected, *, tol_a: float = 0.01) -> str | None:
    """None when ``got`` equals ``expected`` site by site (see module doc), else why not."""
    import numpy as np

    if len(got) != len(expected):
        return f"{len(got)} sites, expected {len(expected)}"
    if not (
        np.allclose(got.lattice.abc, expected.lattice.abc, atol=1e-3)
        and np.allclose(got.lattice.angles, expected.lattice.angles, atol=1e-2)
    ):
        return "different lattice"  # CIF keeps lengths and angles, not the orientation
    for k, (a, b) in enumerate(zip(got, expected, strict=True)):
        if a.species != b.species:
            return f"site {k}: {a.species_string}, expected {b.species_string}"
        d = a.frac_coords - b.frac_coords
        d -= np.round(d)
        if np.linalg.norm(expected.lattice.get_cartesian_coords(d)) > tol_a:
            return f"site {k} ({b.species_string}) is misplaced"
    return None


def same_sites(got, expected, *, tol_a: float = 0.01) -> str | None:
    """Like :func:`same_structure`, but the sites may come in any order (a one-to-one match)."""
    import numpy as np

    if len(got) != len(expected):
        return f"{len(got)} sites, expected {len(expected)}"
    if not (
        np.allclose(got.lattice.abc, expected.lattice.abc, atol=1e-3)
        and np.allclose(got.lattice.angles, expected.lattice.angles, atol=1e-2)
    ):
        return "different lattice"
    free = list(range(len(expected)))
    for k, a in enumerate(got):
        for j in free:
            b = expected[j]
            d = a.frac_coords - b.frac_coords
            d -= np.round(d)
            if (
                a.species == b.species
                and np.linalg.norm(expected.lattice.get_cartesian_coords(d)) <= tol_a
            ):
                free.remove(j)
                break
        else:
            return f"site {k} ({a.species_string}) matches no expected site"
    return None


def summarize(name: str, rows: list[dict]) -> dict:
    latencies = [r["latency_s"] for r in rows]
    return {
        "set": name,
        "n": len(rows),
        "correct": sum(r["outcome"] == "correct" for r in rows),
        "refused": sum(r["outcome"] == "refused" for r in rows),
        "verified_but_wrong": sum(r["outcome"] == "verified_but_wrong" for r in rows),
        "not_verified": sum(r["outcome"] == "not_verified" for r in rows),
        "median_latency_s": _median(latencies),
        "p90_latency_s": _p90(latencies),
        "rows": rows,
    }


def run_atomworldbench(path: Path = AWB) -> dict | None:
    """Score the development side of AtomWorldBench; None when the data is absent."""
    if not path.is_file():
        return None
    from matsci_jupyter.engines.code import generate_code
    from matsci_jupyter.engines.code.intent_check import main_structure

    rows = []
    strict = False
    for line in path.read_text(encoding="utf-8").splitlines():
        task = json.loads(line)
        with tempfile.TemporaryDirectory(prefix="awb-") as tmp:
            Path(tmp, "input.cif").write_text(task["input_cif"], encoding="utf-8")
            t = time.perf_counter()
            result = generate_code(task["instruction"], model=None, engine="recipes", cwd=tmp)
            latency = time.perf_counter() - t
        expected = read_in_file_order(task["expected_cif"])
        why = ""
        if result.verified:
            main = main_structure(result.verification, result.code)
            if main is None:
                why, strict = "no structure", False
            else:
                why = same_structure(main[1], expected) or ""
                strict = not why
                if why and same_sites(main[1], expected) is None:
                    why = "the same sites, in another order: " + why
            outcome = "verified_but_wrong" if why else "correct"
        elif result.code:
            outcome, why = (
                "not_verified",
                "; ".join(result.mismatches) or result.verification.status(),
            )
        else:
            outcome, why = "refused", result.clarification or result.refusal or ""
        rows.append(
            {
                "id": task["id"],
                "outcome": outcome,
                "same_site_order": outcome == "correct" and strict,
                "why": why[:300],
                "latency_s": latency,
            }
        )
    return summarize("AtomWorldBench dev", rows)


def run_docs(folder: Path, path: Path = DOCS) -> dict | None:
    """Score the docs-derived requests; None when the file is absent."""
    if not path.is_file():
        return None
    import shutil

    from matsci_jupyter.engines.code import generate_code
    from matsci_jupyter.engines.code.expect import check

    rows = []
    for spec in json.loads(path.read_text(encoding="utf-8"))["requests"]:
        for name in spec.get("inputs", []):  # the documentation's structures (build_docs_inputs.py)
            shutil.copy(DOCS_INPUTS / name, Path(folder) / name)
        t = time.perf_counter()
        result = generate_code(spec["request"], model=None, engine="recipes", cwd=folder)
        latency = time.perf_counter() - t
        if result.verified:
            problems = [w for e in spec["expect"] if (w := check(result.verification, e))]
            outcome = "verified_but_wrong" if problems else "correct"
            why = "; ".join(problems)
        elif result.code:
            outcome = "not_verified"
            why = "; ".join(result.mismatches) or result.verification.status()
        else:
            outcome, why = "refused", result.clarification or result.refusal or ""
        rows.append({"id": spec["id"], "outcome": outcome, "why": why[:300], "latency_s": latency})
    return summarize("docs-derived", rows)


if __name__ == "__main__":
    import sys

    report = run_atomworldbench()
    if report:
        for r in report["rows"]:
            print(r["outcome"], f"{r['latency_s']:.2f}s", r["id"].split("/")[2], r["why"][:200])
        print({k: v for k, v in report.items() if k != "rows"})
    sys.exit(0)
