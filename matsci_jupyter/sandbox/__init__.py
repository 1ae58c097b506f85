"""Check and run untrusted Python (model-written or recipe code) away from the user's kernel.

:func:`screen` reads the code (ast) and rejects what it must never do
(subprocesses, network, deleting or writing files outside its scratch folder,
dynamic code execution); :func:`run_code` then executes it in a separate process
inside an OS jail (:mod:`.jail`: bubblewrap, no network, read-only system, own
pid namespace, unprivileged uid) with seccomp and Landlock inside it
(:mod:`.confine`), time and memory limits and an audit hook, and returns its
output and selected values as JSON through a pipe the caller owns. Where no jail
can start, results say "checked, not isolated" (:func:`isolation_status`).
"""

from .runner import RunResult, run_code
from .screen import ScreenReport, screen


def isolation_status() -> dict[str, object]:
    """How sandbox runs are confined on this machine: ``isolated`` and a ``label`` to show."""
    from . import jail

    try:
        iso = jail.isolation()
    except jail.JailUnavailable as exc:
        return {"isolated": False, "label": f"no sandbox runs: {exc}"}
    return {"isolated": iso.jailed, "label": iso.label}


__all__ = ["RunResult", "ScreenReport", "isolation_status", "run_code", "screen"]
