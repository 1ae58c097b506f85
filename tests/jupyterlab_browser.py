"""Drive a real JupyterLab in Debian's headless Chromium (Playwright's Python API).

Reusable by any browser test::

    from jupyterlab_browser import chromium, jupyterlab, lab_page  # noqa: F401 (fixtures)

    @pytest.mark.browser
    @pytest.mark.slow
    def test_something(jupyterlab, lab_page):
        jupyterlab.write_notebook("t.ipynb", ["%load_ext matsci_jupyter", "1 + 1"])
        lab = lab_page(jupyterlab)
        lab.open("t.ipynb")
        lab.run_all()
        lab.wait_for_idle()

``jupyterlab`` starts ``jupyter lab`` on a free loopback port with a random token in a fresh
temporary root folder, with its own config/runtime/settings folders (no restored layout,
no "Build Recommended" dialog), ``--allow-root`` and ``window.jupyterapp`` exposed.
Browsers use ``/usr/bin/chromium`` with fixed arguments; ``playwright install`` is never
needed. Without chromium or playwright the tests are skipped with the reason.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PROJECT_ROOT = Path(__file__).resolve().parents[1]


# ---------------------------------------------------------------- server
@dataclass
class JupyterLabServer:
    """A running ``jupyter lab``: its base URL, token, root folder and log."""

    url: str  # http://127.0.0.1:PORT/
    token: str
    root_dir: Path
    log_path: Path
    process: subprocess.Popen = field(repr=False)

    def lab_url(self, path: str | None = None) -> str:
        """The Lab page (optionally opening ``path``) with a fresh layout (``?reset``)."""
        tree = f"lab/tree/{path}" if path else "lab"
        return f"{self.url}{tree}?reset&token={self.token}"

    def api(self, path: str, method: str = "GET", body: Any = None) -> Any:
        """Call the server's REST API (``api/...``); returns decoded JSON (or None)."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"{self.url}{path}",
            data=data,
            method=method,
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            raw = response.read()
        return json.loads(raw) if raw else None

    def write_notebook(self, name: str, cells: Sequence[str]) -> Path:
        """A notebook of code cells in the root folder (python3 kernel)."""
        import nbformat

        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_code_cell(source) for source in cells]
        nb.metadata["kernelspec"] = {
            "name": "python3",
            "display_name": "Python 3",
            "language": "python",
        }
        path = self.root_dir / name
        nbformat.write(nb, path)
        return path

    def log_tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


def start_jupyterlab(
    workdir: Path, port: int, *, env: dict[str, str] | None = None, timeout: float = 90.0
) -> JupyterLabServer:
    """Start JupyterLab serving ``workdir/root``; its config, runtime and settings live in
    ``workdir`` too. Raises RuntimeError (with the log tail) if it does not come up."""
    root = workdir / "root"
    config = workdir / "config"
    for folder in (
        root,
        config / "labconfig",
        workdir / "runtime",
        workdir / "settings",
        workdir / "workspaces",
        workdir / "ipython",
    ):
        folder.mkdir(parents=True, exist_ok=True)
    # no "Build Recommended" dialog for installed packages that ship unbuilt extensions
    (config / "labconfig" / "page_config.json").write_text(
        json.dumps({"buildCheck": False, "buildAvailable": False})
    )
    # no "Would you like to get notified about official Jupyter news?" toast
    notification = workdir / "settings" / "@jupyterlab" / "apputils-extension"
    notification.mkdir(parents=True, exist_ok=True)
    (notification / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false"})
    )
    token = secrets.token_hex(16)
    environment = {**os.environ, **(env or {})}
    # the front end of this checkout (scripts/build-labextension.sh), not whatever build the
    # environment's share/jupyter links to: JUPYTER_PATH comes first in the search
    built = PROJECT_ROOT / "matsci_jupyter" / "labextension"
    if (built / "package.json").is_file():
        labextensions = workdir / "jupyter-path" / "labextensions"
        labextensions.mkdir(parents=True, exist_ok=True)
        link = labextensions / "matsci-jupyter"
        if not link.exists():
            link.symlink_to(built, target_is_directory=True)
        environment["JUPYTER_PATH"] = os.pathsep.join(
            filter(None, [str(workdir / "jupyter-path"), environment.get("JUPYTER_PATH", "")])
        )
    environment.update(
        {
            "JUPYTER_CONFIG_DIR": str(config),
            "JUPYTER_RUNTIME_DIR": str(workdir / "runtime"),
            "IPYTHONDIR": str(workdir / "ipython"),
            # kernels import this checkout of the package
            "PYTHONPATH": os.pathsep.join(
                filter(None, [str(PROJECT_ROOT), environment.get("PYTHONPATH", "")])
            ),
        }
    )
    log_path = workdir / "jupyterlab.log"
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--allow-root",
        "--ip=127.0.0.1",
        f"--port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        "--LabApp.expose_app_in_browser=True",
        f"--LabApp.user_settings_dir={workdir / 'settings'}",
        f"--LabApp.workspaces_dir={workdir / 'workspaces'}",
        "--LabApp.news_url=",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    log = log_path.open("w")
    process = subprocess.Popen(
        command, cwd=root, env=environment, stdout=log, stderr=subprocess.STDOUT
    )
    log.close()
    server = JupyterLabServer(f"http://127.0.0.1:{port}/", token, root, log_path, process)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"jupyter lab exited with {process.returncode}:\n{server.log_tail()}"
            )
        try:
            server.api("api/status")
            return server
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    server.stop()
    raise RuntimeError(f"jupyter lab did not answer within {timeout:.0f} s:\n{server.log_tail()}")


# ---------------------------------------------------------------- browser
def skip_or_fail(reason: str) -> None:
    """Skip on a developer's machine; fail under CI, where set-up installs the browser stack."""
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the browser tests: {reason}")
    pytest.skip(reason)


def browser_unavailable() -> str | None:
    """Why a browser test cannot run here, or None."""
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is not installed (apt-get install -y chromium chromium-driver)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed"
    return None


class LabPage:
    """A Playwright page on JupyterLab, driven through ``window.jupyterapp`` commands."""

    def __init__(self, page: Any, server: JupyterLabServer) -> None:
        self.page = page
        self.server = server
        self.console: list[str] = []
        page.on("console", lambda message: self.console.append(message.text))

    def open(self, path: str, timeout: float = 60.0) -> None:
        """Open a notebook and wait until its kernel is idle."""
        self.page.goto(self.server.lab_url(path))
        self.page.wait_for_function(
            "() => window.jupyterapp && window.jupyterapp.started", timeout=timeout * 1000
        )
        self.page.locator(".jp-Notebook").first.wait_for(timeout=timeout * 1000)
        self.wait_for_idle(timeout)

    def command(self, name: str, args: dict[str, Any] | None = None) -> Any:
        """Run a JupyterLab command (``notebook:run-all-cells``, ``docmanager:save``, ...)."""
        return self.page.evaluate(
            "([n, a]) => window.jupyterapp.commands.execute(n, a)", [name, args or {}]
        )

    def wait_for_idle(self, timeout: float = 60.0) -> None:
        """Until the current notebook's kernel exists and is idle."""
        self.page.wait_for_function(
            """() => {
                const w = window.jupyterapp.shell.currentWidget;
                const k = w && w.sessionContext && w.sessionContext.session
                          && w.sessionContext.session.kernel;
                return !!k && k.status === 'idle';
            }""",
            timeout=timeout * 1000,
        )

    def run_all(self, timeout: float = 120.0) -> None:
        """Run every cell and wait until all have an execution count and the kernel is idle."""
        self.command("notebook:run-all-cells")
        self.page.wait_for_function(
            """() => {
                const w = window.jupyterapp.shell.currentWidget;
                if (!w || !w.content) return false;
                const cells = w.content.widgets.filter(c => c.model.type === 'code');
                return cells.every(c => c.model.executionCount !== null)
                    && w.sessionContext.session.kernel.status === 'idle';
            }""",
            timeout=timeout * 1000,
        )

    def save(self) -> None:
        self.command("docmanager:save")
        self.page.wait_for_function(
            "() => !window.jupyterapp.shell.currentWidget.context.model.dirty", timeout=30_000
        )

    def output_text(self) -> str:
        """The text of every output area, joined."""
        return "\n".join(self.page.locator(".jp-OutputArea").all_inner_texts())


@pytest.fixture
def jupyterlab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[JupyterLabServer]:
    """A JupyterLab server for one test (skipped when the browser stack is missing)."""
    reason = browser_unavailable()
    if reason:
        skip_or_fail(reason)
    from conftest import free_port

    server = start_jupyterlab(tmp_path_factory.mktemp("jupyterlab"), free_port())
    yield server
    server.stop()


@pytest.fixture
def chromium() -> Iterator[Any]:
    """A headless Debian Chromium (Playwright ``Browser``), closed after the test."""
    reason = browser_unavailable()
    if reason:
        skip_or_fail(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def lab_page(chromium: Any) -> Callable[..., LabPage]:
    """``lab_page(server, width=1400, height=900) -> LabPage``: a new Chromium page on Lab."""

    def make(server: JupyterLabServer, width: int = 1400, height: int = 900) -> LabPage:
        return LabPage(chromium.new_page(viewport={"width": width, "height": height}), server)

    return make
