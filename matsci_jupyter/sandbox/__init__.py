"""Check and run untrusted Python (model-written or recipe code) away from the user's kernel.

Two layers: :func:`screen` reads the code (ast) and rejects what it must never do
(subprocesses, network, deleting or writing files outside its scratch folder,
dynamic code execution); :func:`run_code` then executes it in a separate
process with time and memory limits, an audit hook that enforces the same
rules at run time, and returns its output and selected values as JSON.
"""

from .runner import RunResult, run_code
from .screen import ScreenReport, screen

__all__ = ["RunResult", "ScreenReport", "run_code", "screen"]
