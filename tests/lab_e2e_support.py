"""Test-only helpers for the chat panel: stand-in engine routes, a scripted streaming model,
and a JupyterLab + Playwright launcher.

The stand-in engines exist because the real ones (answer, code) are built on other
branches; they answer a small fixed set of requests, computed with pint, and are
named ``fake_*`` so nothing mistakes them for the real engines. Once the engines are
merged the e2e test switches to them (see ``USE_FAKE_ENGINES``).
"""

from __future__ import annotations

import contextlib
import html
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jupyterlab_browser import CHROMIUM, CHROMIUM_ARGS

from matsci_jupyter.engines.base import EngineRoute
from matsci_jupyter.model.base import GenerationOptions, ModelBackend, ModelStatus

ROOT = Path(__file__).resolve().parents[1]
__all__ = ["CHROMIUM", "CHROMIUM_ARGS", "ROOT", "LabServer"]


# -- stand-in engine results ---------------------------------------------------
class FakeAnswer:
    """Shaped like the answer engine's Answer (the AnswerData contract): quantity, checks, steps."""

    def __init__(
        self, question: str, value: float, unit: str, checks: list[dict[str, Any]], steps: list[str]
    ) -> None:
        self.question, self.value, self.unit, self.checks, self.steps = (
            question,
            value,
            unit,
            checks,
            steps,
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": "answer",
            "question": self.question,
            "ok": all(c["passed"] for c in self.checks),
            "quantity": {
                "magnitude": self.value,
                "units": self.unit,
                "units_short": self.unit,
                "text": f"{self.value:.4g} {self.unit}",
            },
            "checks": self.checks,
            "steps": self.steps,
            "source": "fake-solver",
        }

    def __str__(self) -> str:
        marks = "; ".join(f"{'✓' if c['passed'] else '✗'} {c['name']}" for c in self.checks)
        return f"{self.value:.4g} {self.unit} ({marks})"

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return {"text/plain": str(self), "text/html": f"<b>{html.escape(str(self))}</b>"}


class FakeCode:
    """Shaped like the code engine's CodeResult."""

    def __init__(self, code: str, explanation: str) -> None:
        self.code, self.explanation, self.verified = code, explanation, True

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": "code",
            "code": self.code,
            "explanation": self.explanation,
            "verified": True,
            "source": "fake-recipes",
            "verification": {"ran": True, "stdout": "Cu8\n", "error": None},
        }

    def __str__(self) -> str:
        return f"{self.explanation}\n\n{self.code}"

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return {"text/plain": str(self), "text/html": f"<pre>{html.escape(self.code)}</pre>"}


SUPERCELL_CODE = (
    "from ase.build import bulk\n\n"
    "atoms = bulk('Cu', 'fcc', a=3.615) * (2, 2, 2)\n"
    "print(atoms.get_chemical_formula())"
)


def photon_wavelength(question: str, ctx: Any = None) -> FakeAnswer:
    """λ = h c / E, computed with the package's pint registry."""
    from matsci_jupyter.units import get_registry

    ureg = get_registry()
    match = re.search(r"([\d.]+)\s*eV", question)
    energy = ureg.Quantity(float(match.group(1)) if match else 2.0, "eV")
    wavelength = (ureg.planck_constant * ureg.speed_of_light / energy).to("nm")
    checks = [
        {
            "name": "dimension is a length",
            "passed": wavelength.check("[length]"),
            "message": "[length]",
        },
        {"name": "converted to the unit asked (nm)", "passed": True, "message": "nm"},
        {"name": "given energy used", "passed": True, "message": f"E = {energy:~P}"},
    ]
    return FakeAnswer(
        question, float(wavelength.magnitude), "nm", checks, [f"λ = h c / E = {wavelength:.4~P}"]
    )


def _score_answer(text: str, ctx: Any) -> float:
    return 0.9 if re.search(r"wavelength", text, re.I) and "eV" in text else 0.0


def _score_code(text: str, ctx: Any) -> float:
    return 0.9 if re.search(r"supercell", text, re.I) else 0.0


FAKE_ROUTES = (
    EngineRoute(
        "fake_answer",
        "stand-in numeric engine (tests only)",
        _score_answer,
        photon_wavelength,
        priority=1,
    ),
    EngineRoute(
        "fake_code",
        "stand-in code engine (tests only)",
        _score_code,
        lambda text, ctx: FakeCode(SUPERCELL_CODE, "Builds fcc Cu and repeats it 2×2×2."),
        priority=0,
    ),
)


def install_fake_routes() -> None:
    """Make the router see the stand-in engines (for a server process started by a test)."""
    from matsci_jupyter.engines import router

    real = router.discover_routes
    router.discover_routes = lambda: (*FAKE_ROUTES, *real())  # type: ignore[assignment]


# -- a scripted streaming model --------------------------------------------------
class ScriptedModel(ModelBackend):
    """Streams canned pieces with a delay; can fail after ``fail_after`` pieces."""

    kind = "scripted"

    def __init__(
        self,
        pieces: list[str],
        *,
        delay: float = 0.0,
        fail_after: int | None = None,
        sets_cancel_when_done: bool = False,
    ) -> None:
        super().__init__("scripted-llm")
        self.pieces, self.delay, self.fail_after = pieces, delay, fail_after
        # like LocalModel, which sets the flag it was given to stop its generate() thread
        self.sets_cancel_when_done = sets_cancel_when_done
        self.streamed = 0
        self.cancelled = threading.Event()
        self.finished = threading.Event()

    def _generate(self, messages: list[dict[str, str]], opts: GenerationOptions) -> str:
        return "".join(self.pieces)

    def _stream(
        self, messages: list[dict[str, str]], opts: GenerationOptions, cancel: threading.Event
    ) -> Iterator[str]:
        from matsci_jupyter.errors import ModelError

        self.last_messages = messages
        try:
            for i, piece in enumerate(self.pieces):
                if cancel.is_set():
                    self.cancelled.set()
                    return
                if self.fail_after is not None and i == self.fail_after:
                    raise ModelError("the model server went away mid-answer")
                time.sleep(self.delay)
                self.streamed += 1
                yield piece
        finally:
            if cancel.is_set():
                self.cancelled.set()
            if self.sets_cancel_when_done:
                cancel.set()
            self.finished.set()

    def status(self) -> ModelStatus:
        return ModelStatus(
            backend=self.kind, name=self.name, device="cpu", quantization="4-bit NF4 (double quant)"
        )


# -- JupyterLab in a subprocess -----------------------------------------------------
class LabServer:
    """JupyterLab on a loopback port with a token, the matsci extension enabled."""

    def __init__(
        self,
        root: Path,
        port: int,
        *,
        token: str = "matsci-e2e-token",
        fake_engines: bool = True,
        with_extension: bool = True,
        labextension_dir: Path | None = None,
        log_path: Path | None = None,
    ) -> None:
        self.root, self.port, self.token = root, port, token
        self.fake_engines, self.with_extension = fake_engines, with_extension
        self.labextension_dir = labextension_dir or ROOT / "matsci_jupyter" / "labextension"
        self.log_path = log_path or root.parent / f"lab-{port}.log"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _environment(self) -> dict[str, str]:
        home = self.root.parent / f"home-{self.port}"
        jpath = home / "jupyter-path"
        labext = jpath / "labextensions"
        labext.mkdir(parents=True, exist_ok=True)
        link = labext / "matsci-jupyter"
        if self.with_extension and not link.exists():
            link.symlink_to(self.labextension_dir, target_is_directory=True)
        settings = home / "lab-settings"
        settings.mkdir(parents=True, exist_ok=True)
        # no "build recommended" dialog for packages that ship unbuilt extensions
        # and no "get notified about Jupyter news?" toast over the page
        config_dir = home / "config"
        (config_dir / "labconfig").mkdir(parents=True, exist_ok=True)
        (config_dir / "labconfig" / "page_config.json").write_text(
            json.dumps(
                {
                    "buildCheck": False,
                    "buildAvailable": False,
                    "disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True},
                }
            )
        )
        server_config = config_dir / "jupyter_server_config.py"
        lines = ["c = get_config()  # noqa: F821"]
        if self.fake_engines:
            lines += [
                f"import sys; sys.path.insert(0, {str(ROOT / 'tests')!r})",
                "import lab_e2e_support; lab_e2e_support.install_fake_routes()",
            ]
        server_config.write_text("\n".join(lines) + "\n")
        env = dict(os.environ)
        env.update(
            {
                "HOME": str(home),
                "JUPYTER_PATH": str(jpath),
                "JUPYTER_CONFIG_DIR": str(config_dir),
                "JUPYTER_DATA_DIR": str(home / "data"),
                "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
                "PYTHONPATH": os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(
                    os.pathsep
                ),
                "JUPYTERLAB_SETTINGS_DIR": str(settings),
                "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"),
            }
        )
        return env

    def start(self, timeout: float = 90.0) -> LabServer:
        ext = "True" if self.with_extension else "False"
        cmd = [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            "--ip=127.0.0.1",
            f"--port={self.port}",
            "--port-retries=0",
            f"--IdentityProvider.token={self.token}",
            f"--ServerApp.root_dir={self.root}",
            "--LabApp.expose_app_in_browser=True",
            f"--ServerApp.jpserver_extensions={{'matsci_jupyter': {ext}}}",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            cmd.append("--allow-root")
        self.log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            cmd,
            cwd=self.root,
            env=self._environment(),
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"JupyterLab exited early:\n{self.log_text()[-3000:]}")
            with (
                contextlib.suppress(OSError),
                urllib.request.urlopen(f"{self.url}/api/status?token={self.token}", timeout=2),
            ):
                return self
            time.sleep(0.25)
        raise RuntimeError(f"JupyterLab did not start in {timeout} s:\n{self.log_text()[-3000:]}")

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def api(self, path: str, method: str = "GET", body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(
            f"{self.url}/{path}",
            data=data,
            method=method,
            headers={"Authorization": f"token {self.token}"},
        )
        with urllib.request.urlopen(req, timeout=30) as resp:
            return json.loads(resp.read() or b"null")

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=5)
        self.log.close()
        self.proc = None

    def __enter__(self) -> LabServer:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()


def _die_with_parent() -> None:
    """Linux: the server gets SIGTERM if the test process dies without stopping it."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
