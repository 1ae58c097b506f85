"""The panel's TypeScript unit tests (vitest) and the packaging of the prebuilt extension."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXT = ROOT / "labextension"
BUILT = ROOT / "matsci_jupyter" / "labextension"

needs_node = pytest.mark.skipif(
    shutil.which("node") is None or shutil.which("npm") is None,
    reason="node/npm are not installed: the TypeScript tests need them",
)


@needs_node
def test_typescript_unit_tests_pass(tmp_path):
    if not (EXT / "node_modules" / ".bin" / "vitest").exists():
        subprocess.run(
            ["bash", str(ROOT / "scripts" / "build-labextension.sh"), "--deps-only"],
            check=True,
            cwd=ROOT,
            timeout=900,
        )
    report = tmp_path / "vitest.json"
    proc = subprocess.run(
        [
            "npx",
            "--no-install",
            "vitest",
            "run",
            "--reporter=default",
            "--reporter=json",
            f"--outputFile={report}",
        ],
        cwd=EXT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "CI": "1", "NO_COLOR": "1"},
    )
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-3000:]
    result = json.loads(report.read_text())
    assert result["numFailedTests"] == 0
    assert result["numPassedTests"] >= 30  # the suite ran, not an empty collection


def test_built_extension_is_a_prebuilt_jupyterlab_extension():
    if not (BUILT / "package.json").is_file():
        pytest.skip("the extension is not built yet: bash scripts/build-labextension.sh")
    meta = json.loads((BUILT / "package.json").read_text())
    assert meta["name"] == "matsci-jupyter"
    build = meta["jupyterlab"]["_build"]
    assert (BUILT / build["load"]).is_file()
    # JupyterLab core packages are shared with the host, not bundled
    size = sum(p.stat().st_size for p in (BUILT / "static").glob("*.js"))
    assert size < 500_000


def test_python_package_points_jupyter_at_the_extensions():
    import matsci_jupyter

    assert matsci_jupyter._jupyter_labextension_paths() == [
        {"src": "labextension", "dest": "matsci-jupyter"}
    ]
    points = matsci_jupyter._jupyter_server_extension_points()
    from matsci_jupyter.server.jupyter import MatsciExtension

    assert points == [{"module": "matsci_jupyter.server.jupyter", "app": MatsciExtension}]
    config = json.loads(
        (ROOT / "jupyter-config" / "server-config" / "matsci_jupyter.json").read_text()
    )
    assert config == {"ServerApp": {"jpserver_extensions": {"matsci_jupyter": True}}}


def test_importing_the_server_package_stays_cheap():
    code = (
        "import sys, matsci_jupyter.server\n"
        "print(','.join(m for m in ('jupyter_server', 'tornado', 'torch', 'pymatgen') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@pytest.mark.slow
def test_the_wheel_ships_the_prebuilt_extension_and_enables_the_server_extension(tmp_path):
    if not (BUILT / "static" / "style.js").is_file():
        pytest.skip("the extension is not built yet: bash scripts/build-labextension.sh")
    pytest.importorskip("hatch_jupyter_builder")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        timeout=300,
        env={
            **os.environ,
            "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
        },
    )
    wheel = next(tmp_path.glob("matsci_jupyter-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    data = next(n.split("/", 1)[0] for n in names if ".data/" in n)
    assert f"{data}/data/share/jupyter/labextensions/matsci-jupyter/package.json" in names
    assert f"{data}/data/share/jupyter/labextensions/matsci-jupyter/static/style.js" in names
    assert f"{data}/data/etc/jupyter/jupyter_server_config.d/matsci_jupyter.json" in names
    assert "matsci_jupyter/server/jupyter.py" in names


def test_jupyterlab_core_dependencies_are_compatible_ranges():
    """Exact pins (4.6.4) make `jupyter labextension list` mark the extension with a red X
    under any other JupyterLab patch release; `^` ranges are what JupyterLab checks against."""
    deps = json.loads((EXT / "package.json").read_text())["dependencies"]
    pinned = {k: v for k, v in deps.items() if k.startswith("@jupyterlab/") and v[:1] != "^"}
    assert pinned == {}


def test_jupyter_labextension_list_shows_the_extension_ok(tmp_path):
    if not (BUILT / "package.json").is_file():
        pytest.skip("the extension is not built yet: bash scripts/build-labextension.sh")
    jupyter = Path(sys.executable).with_name("jupyter")
    if not jupyter.exists():
        pytest.skip("jupyter is not installed beside this Python")
    (tmp_path / "labextensions").mkdir()
    (tmp_path / "labextensions" / "matsci-jupyter").symlink_to(BUILT, target_is_directory=True)
    env = {**os.environ, "JUPYTER_PATH": str(tmp_path), "NO_COLOR": "1"}
    done = subprocess.run(
        [str(jupyter), "labextension", "list"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    text = done.stdout + done.stderr
    ours = [ln for ln in text.splitlines() if ln.strip().startswith("matsci-jupyter ")]
    assert ours, text
    plain = ours[0].replace("\x1b[32m", "").replace("\x1b[31m", "").replace("\x1b[0m", "")
    assert plain.split()[-1] == "OK", plain
