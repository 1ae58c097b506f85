"""One pint UnitRegistry per process, created on first use (creation takes ~0.1 s).

Adds what materials texts write and pint lacks: 'Angstrom' as an alias of
'angstrom' (pint knows 'Å' and 'angstrom' but not the capitalised word).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def get_registry() -> Any:
    import pint

    ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    ureg.define("@alias angstrom = Angstrom = Ang")
    ureg.formatter.default_format = "~P"
    pint.set_application_registry(ureg)
    return ureg


def __getattr__(name: str) -> Any:
    if name == "ureg":
        return get_registry()
    if name == "Q_":
        return get_registry().Quantity
    raise AttributeError(name)
