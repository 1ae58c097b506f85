"""Issue 12, S7 and the slow walks: what the input copier and the file finder may touch, and how fast."""

from __future__ import annotations

import os
import time

import pytest

from matsci_jupyter.engines.code.slots import find_files, find_formulas
from matsci_jupyter.engines.code.verify import find_inputs, outside_paths


@pytest.fixture
def folder(tmp_path):
    work = tmp_path / "work"
    (work / "data").mkdir(parents=True)
    (work / "data" / "a.cif").write_text("data_a\n")
    (work / "b.csv").write_text("x\n1\n")
    (tmp_path / "secret.txt").write_text("secret")
    (work / "link.txt").symlink_to(tmp_path / "secret.txt")
    return work


@pytest.mark.parametrize(
    "literal",
    [
        "/etc/shadow",
        "/etc/passwd",
        "/proc/self/environ",
        "~/.bashrc",
        "../secret.txt",
        "data/../../secret.txt",
        "../../../root/.*",
        "../*",
        "/etc/*",
        "~/*",
        "link.txt",  # a symbolic link out of the folder
    ],
)
def test_s7_nothing_outside_the_working_folder_is_copied(folder, literal):
    inputs, rewrites = find_inputs(f"x = open({literal!r}).read()\n", folder)
    assert inputs == {} and rewrites == {}


def test_files_inside_the_folder_are_still_copied(folder):
    code = "a = open('data/a.cif').read()\nb = open('b.csv').read()\nc = glob('data/*.cif')\n"
    inputs, _ = find_inputs(code, folder)
    assert sorted(inputs) == ["b.csv", "data/a.cif"]
    for name, source in inputs.items():
        assert source == str((folder / name).resolve())


def test_outside_paths_are_reported_not_copied(folder):
    code = "x = open('/etc/passwd').read()\ny = open('b.csv').read()\n"
    assert outside_paths(code, folder) == ["/etc/passwd"]


def test_a_relative_glob_that_climbs_out_does_not_walk_the_disk(folder):
    code = "files = glob.glob('../../../*/*/*/*/*/*/*')\n"
    started = time.perf_counter()
    inputs, _ = find_inputs(code, folder)
    assert inputs == {}
    assert time.perf_counter() - started < 1.0


def test_a_deep_glob_inside_the_folder_is_bounded(folder):
    for i in range(300):
        (folder / "data" / f"f{i}.txt").write_text("x")
    inputs, _ = find_inputs("files = glob('data/*.txt')\n", folder)
    assert len(inputs) == 200


@pytest.mark.parametrize(
    "text",
    ["a." * 5000, "x/" * 5000, "/" * 10000, ('"a' * 5000), ("x" * 200 + ".cif ") * 48],
)
def test_file_finder_is_not_quadratic(text):
    started = time.perf_counter()
    find_files(text)
    find_formulas(text)
    assert time.perf_counter() - started < 2.0  # 10 KB took 40 s before


def test_file_finder_still_finds_paths():
    found = find_files("read 'data/LiFePO4.cif' and POSCAR_1, write out.vasp", cwd=os.getcwd())
    assert [f.text for f in found] == ["data/LiFePO4.cif", "POSCAR_1", "out.vasp"]
    assert found[2].role == "output"
