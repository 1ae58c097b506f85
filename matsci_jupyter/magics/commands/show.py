"""``%matsci show X``: draw a structure in 3D with its summary and checks.

X is a variable holding a pymatgen Structure/Molecule, an ASE Atoms, a path or CIF
text; or a file path; or (``%%matsci show``) CIF text in the cell body.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

from ...errors import UsageError
from . import MagicCommand

_STRUCTURE_SUFFIXES = (".cif", ".mcif", ".vasp", ".poscar", ".xyz", ".extxyz")
_NAME = re.compile(r"[A-Za-z_]\w*(\.[A-Za-z_]\w*)*")


def resolve_target(target: str | None, ctx: Any) -> Any:
    """The object ``target`` names: a variable (dotted attributes allowed), else a path;
    with no target, the cell body (CIF text)."""
    if not target:
        if ctx.cell is not None and ctx.cell.strip():
            return ctx.cell
        raise UsageError(
            "name a structure: a variable, a file path, or put CIF text in the "
            "cell body (%%matsci show)"
        )
    namespace = getattr(ctx.shell, "user_ns", {}) if ctx.shell is not None else {}
    if _NAME.fullmatch(target):
        head, *attrs = target.split(".")
        if head in namespace:
            obj = namespace[head]
            for attr in attrs:
                if not hasattr(obj, attr):
                    break
                obj = getattr(obj, attr)
            else:
                return obj
    path = Path(target).expanduser()
    if (
        path.exists()
        or path.suffix.lower() in _STRUCTURE_SUFFIXES
        or "/" in target
        or path.name.upper().startswith(("POSCAR", "CONTCAR"))
    ):
        return target
    raise UsageError(
        f"{target!r} is neither a variable in this notebook nor a file (cwd: {Path.cwd()})"
    )


class ShowCommand(MagicCommand):
    name = "show"
    help = "draw a structure in 3D with its summary and checks (variable, file or CIF text)"
    usage_examples = (
        "%matsci show structure",
        "%matsci show LiFePO4.cif --supercell 2 2 1 --polyhedra",
        "%matsci show atoms --bonds 2.4 --colors jmol",
        "%%matsci show          (CIF text in the cell body)",
    )
    uses_cell = True

    def configure(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("target", nargs="?", help="variable name or file path")
        parser.add_argument(
            "--supercell", nargs="+", type=int, metavar="N", help="repeats: N or NA NB NC"
        )
        parser.add_argument(
            "--bonds", default=None, help="crystalnn (default), covalent, none, or a cutoff in Å"
        )
        parser.add_argument(
            "--polyhedra",
            nargs="*",
            metavar="EL",
            default=None,
            help="coordination polyhedra (around cations, or around EL ...)",
        )
        parser.add_argument(
            "--colors",
            "--colours",
            dest="color_scheme",
            default=None,
            type=str.lower,
            choices=["vesta", "jmol"],
            help="colour scheme",
        )
        parser.add_argument(
            "--no-images", action="store_true", help="do not repeat atoms on the cell boundary"
        )
        parser.add_argument("--no-cell", action="store_true", help="hide cell edges and axes")
        parser.add_argument(
            "--no-controls", action="store_true", help="static view without widgets"
        )
        parser.add_argument(
            "--symprec", type=float, default=None, help="symmetry tolerance in Å (default 0.1)"
        )
        parser.add_argument(
            "--max-mb",
            type=float,
            default=None,
            help="largest structure file to read, in MB (default 25)",
        )

    def run(self, args: argparse.Namespace, ctx: Any) -> Any:
        from ...engines.structure import view

        return view(resolve_target(args.target, ctx), **view_options(args))


def view_options(args: argparse.Namespace) -> dict[str, Any]:
    """``view`` keyword arguments from the parsed flags."""
    options: dict[str, Any] = {}
    if args.supercell:
        if len(args.supercell) not in (1, 3):
            raise UsageError("--supercell takes one number or three (NA NB NC)")
        options["supercell"] = (
            args.supercell[0] if len(args.supercell) == 1 else tuple(args.supercell)
        )
    if args.bonds is not None:
        try:
            options["bonds"] = float(args.bonds)
        except ValueError:
            options["bonds"] = args.bonds
    if args.polyhedra is not None:
        options["polyhedra"] = tuple(args.polyhedra) if args.polyhedra else True
    if args.color_scheme:
        options["color_scheme"] = args.color_scheme
    if args.no_images:
        options["image_atoms"] = False
    if args.no_cell:
        options["cell"] = False
    if args.no_controls:
        options["controls"] = False
    if args.symprec is not None:
        options["symprec"] = args.symprec
    if args.max_mb is not None:
        options["max_bytes"] = max_bytes(args.max_mb)
    return options


def max_bytes(megabytes: float) -> int:
    if not megabytes > 0:
        raise UsageError("--max-mb must be a positive number of megabytes")
    return int(megabytes * 2**20)
