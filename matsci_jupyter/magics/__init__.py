"""IPython surface: ``%load_ext matsci_jupyter`` registers ``%%matsci`` and ``%matsci``."""

from __future__ import annotations

from typing import Any


def load_ipython_extension(ipython: Any) -> None:
    from .core import MatsciMagics

    ipython.register_magics(MatsciMagics(shell=ipython, parent=ipython))


def unload_ipython_extension(ipython: Any) -> None:
    magics = ipython.magics_manager.registry.pop("MatsciMagics", None)
    if magics is not None:
        for kind in ("line", "cell"):
            ipython.magics_manager.magics[kind].pop("matsci", None)
