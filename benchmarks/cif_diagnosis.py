"""CIF traps: are they caught (recall), and are clean files left alone (false alarms)?

    PYTHONPATH=. .venv/bin/python benchmarks/cif_diagnosis.py

Data: the external AtomWorldBench CIFs (../shared/data/external/atomworldbench, input and
expected structures written by pymatgen from Materials Project entries) and, reported
separately, the project's own ../shared/data/cif folder (real files, some malformed on
purpose).

1. Clean files: every error and every warning the new checks raise on the external CIFs
   (``misspelled_tag``, ``unknown_tag``, ``implausible_volume``, ``bad_cell_parameter``,
   ``decimal_comma``, ``cif_syntax``, ``symmetry_defaulted_p1`` as error) is a false alarm.
2. Traps written into each external CIF, one at a time; each must give an error (or, for a
   misspelled optional tag, a warning) with the right code and the right line:
   a misspelled cell tag, a decimal comma in a coordinate, a negative cell length, the
   symmetry operations removed and the symbol replaced by one pymatgen cannot apply (the
   asymmetric unit read as P1), and a 1,000-operation x 1,000-site expansion.
   "missed" counts a trap with no such finding; "wrong line" a finding on another line.
"""

from __future__ import annotations

import json
import re
import time
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXTERNAL = ROOT.parent / "shared" / "data" / "external" / "atomworldbench"
OWN = ROOT.parent / "shared" / "data" / "cif"
NEW_CODES = {
    "symmetry_operations_lost",
    "misspelled_tag",
    "unknown_tag",
    "implausible_volume",
    "bad_cell_parameter",
    "decimal_comma",
    "cif_syntax",
    "missing_cell_parameter",
    "expansion_too_large",
}


def external_cifs() -> dict[str, str]:
    cifs = {}
    for line in (EXTERNAL / "atomworldbench_tasks.jsonl").read_text().splitlines():
        task = json.loads(line)
        cifs[f"{task['id']}:input"] = task["input_cif"]
        cifs[f"{task['id']}:expected"] = task["expected_cif"]
    unique: dict[str, str] = {}
    for name, text in cifs.items():
        if text not in unique.values():
            unique[name] = text
    return unique


def line_of(text: str, pattern: str) -> int | None:
    for number, row in enumerate(text.splitlines(), 1):
        if re.search(pattern, row):
            return number
    return None


def traps(text: str) -> dict[str, tuple[str, str, int | None]]:
    """trap -> (CIF text, expected code, expected line)."""
    out = {}
    typo = re.sub(r"_cell_length_b\b", "_cell_lenght_b", text, count=1)
    out["misspelled cell tag"] = (typo, "missing_cell_parameter", line_of(typo, r"_cell_lenght_b"))
    row = line_of(text, r"^\s*\S+\s+\S+\s+\S+\s+0?\.\d+\s+0?\.\d+\s+0?\.\d+")
    if row is not None:
        rows = text.splitlines()
        rows[row - 1] = re.sub(r"(\s)(0?)\.(\d)", r"\1\2,\3", rows[row - 1], count=1)
        out["decimal comma"] = ("\n".join(rows) + "\n", "decimal_comma", row)
    neg = re.sub(r"(_cell_length_c\s+)", r"\1-", text, count=1)
    out["negative cell length"] = (neg, "bad_cell_parameter", line_of(neg, r"_cell_length_c"))
    return out


def asymmetric_trap(structure) -> tuple[str, str, int]:
    """The symmetrized CIF without its operations, under a symbol pymatgen cannot apply."""
    from pymatgen.io.cif import CifWriter

    text = str(CifWriter(structure, symprec=0.1))
    number_line = line_of(text, r"_symmetry_Int_Tables_number")
    rows = text.splitlines()
    out, skip = [], False
    for k, row in enumerate(rows, 1):
        if row.strip() == "loop_" and k < len(rows) and "_symmetry_equiv_pos" in rows[k]:
            skip = True
            continue
        if skip:
            if row.strip().startswith("loop_"):
                skip = False
            else:
                continue
        if k == number_line:
            continue
        if row.startswith("_symmetry_space_group_name_H-M"):
            row = "_symmetry_space_group_name_H-M   'X 1 2/c 1 :q9'"
        out.append(row)
    trap = "\n".join(out) + "\n"
    return trap, "symmetry_defaulted_p1", line_of(trap, r"_symmetry_space_group_name_H-M")


def huge_trap() -> str:
    ops = "\n".join(f"'x+{k}/1000, y, z'" for k in range(1000))
    sites = "\n".join(f"C{k} C {k / 1e6:.7f} {(k % 97) / 97:.4f} 0.5" for k in range(1000))
    return (
        "data_huge\n_cell_length_a 1500\n_cell_length_b 30\n_cell_length_c 30\n"
        "_cell_angle_alpha 90\n_cell_angle_beta 90\n_cell_angle_gamma 90\n"
        f"loop_\n_symmetry_equiv_pos_as_xyz\n{ops}\nloop_\n_atom_site_label\n"
        f"_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n"
        f"{sites}\n"
    )


def false_alarms(cifs: dict[str, str]) -> tuple[Counter, int]:
    from matsci_jupyter.engines.structure import check_structure

    alarms: Counter = Counter()
    for text in cifs.values():
        report = check_structure(text)
        for p in report.problems:
            if p.code in NEW_CODES or (p.code == "symmetry_defaulted_p1" and p.severity == "error"):
                alarms[(p.code, p.severity)] += 1
    return alarms, len(cifs)


def main() -> None:
    warnings.simplefilter("ignore")
    from matsci_jupyter.engines.structure import check_structure

    external = external_cifs()
    print(f"external: {len(external)} distinct AtomWorldBench CIFs")
    alarms, n = false_alarms(external)
    print(
        f"false alarms on clean external CIFs: {sum(alarms.values())} in {n} files {dict(alarms)}"
    )
    if OWN.is_dir():
        own = {p.name: p.read_text(errors="replace") for p in sorted(OWN.glob("*.cif"))}
        for name, text in own.items():
            codes = [
                f"{p.severity}:{p.code}"
                for p in check_structure(text).problems
                if p.code in NEW_CODES or p.code == "symmetry_defaulted_p1"
            ]
            print(f"  own {name}: {codes}")
    results: Counter = Counter()
    for text in external.values():
        cases = traps(text)
        report = check_structure(text)
        if report.structure is not None and hasattr(report.structure, "lattice"):
            cases["asymmetric unit, unusable symbol"] = asymmetric_trap(report.structure)
        for trap, (bad, code, line) in cases.items():
            found = check_structure(bad).problem(code)
            if found is None:
                results[(trap, "missed")] += 1
            elif line is not None and line not in found.cif_lines:
                results[(trap, "wrong line")] += 1
            elif found.severity != "error":
                results[(trap, "not an error")] += 1
            else:
                results[(trap, "caught")] += 1
    start = time.perf_counter()
    huge = check_structure(huge_trap())
    seconds = time.perf_counter() - start
    print("| trap | caught | missed | wrong line | not an error |")
    print("|---|---|---|---|---|")
    for trap in sorted({t for t, _ in results}):
        row = [results[(trap, k)] for k in ("caught", "missed", "wrong line", "not an error")]
        print(f"| {trap} | " + " | ".join(str(x) for x in row) + " |")
    print(
        f"| 1,000 ops x 1,000 sites ({len(huge_trap()) / 1024:.0f} KB) | "
        f"{int(huge.errors[0].code == 'expansion_too_large')} | - | - | - | refused in {seconds:.3f} s"
    )


if __name__ == "__main__":
    main()
