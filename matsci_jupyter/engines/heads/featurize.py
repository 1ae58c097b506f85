"""Inputs → compositions → feature vectors.

Inputs may be formula strings (``"Fe2O3"``), pymatgen ``Composition`` /
``Structure`` objects, ASE ``Atoms``, CIF text, or ``{element: amount}`` dicts;
each becomes its element composition. Features come from matminer (Magpie
element statistics, stoichiometry, valence-orbital fractions, ionic character,
element fractions) and from guessed oxidation states (``oxidation``); no element
table is kept here.

Feature vectors are cached per formula, in memory and (optionally) on disk.
"""

from __future__ import annotations

import hashlib
import math
import os
import tempfile
import threading
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ...errors import MatsciError

FEATURIZER_NAME = "matminer-composition"
FEATURIZER_RECIPE = 4
"""Bump when the list or order of features changes: saved heads check it."""


class InputError(MatsciError):
    """Some inputs are not formulas, structures or CIF text."""

    def __init__(self, problems: Sequence[tuple[Any, Any, str]], total: int) -> None:
        self.problems = list(problems)
        shown = "; ".join(
            f"row {row}: {_short(value)} ({why})" for row, value, why in self.problems[:8]
        )
        more = f"; and {len(self.problems) - 8} more" if len(self.problems) > 8 else ""
        super().__init__(
            f"{len(self.problems)} of {total} inputs are not chemical formulas, structures or CIF "
            f"text: {shown}{more}. Fix or drop those rows (formulas look like 'Fe2O3', 'LiFePO4')."
        )


MISSING_MARKERS = frozenset({"nan", "none", "null", "n/a", "na", "missing", "?", "-"})
"""Texts spreadsheets and pandas write for an empty cell; never read as formulas ('NaN' would
otherwise be Na + N)."""


def _short(value: Any, n: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= n else text[: n - 1] + "…"


# -- inputs ------------------------------------------------------------------
def is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _looks_like_cif(text: str) -> bool:
    return "_cell_length_a" in text or text.lstrip().lower().startswith("data_")


def to_composition(value: Any) -> Any:
    """The element composition of one input; raises ``ValueError`` saying why not."""
    from pymatgen.core import Composition

    if isinstance(value, Composition):
        comp = value
    elif hasattr(value, "composition") and not isinstance(value, (str, bytes, dict)):
        comp = value.composition  # pymatgen Structure / Molecule
    elif hasattr(value, "get_chemical_formula"):  # ASE Atoms
        comp = Composition(value.get_chemical_formula())
    elif isinstance(value, dict):
        try:
            comp = Composition(value)
        except Exception as exc:
            raise ValueError(f"not an element → amount mapping: {exc}") from None
    elif isinstance(value, str):
        text = value.strip()
        if _looks_like_cif(text):
            comp = _cif_composition(text)
        else:
            if len(text) > 200:
                raise ValueError("too long for a formula")
            if text.lower() in MISSING_MARKERS:
                raise ValueError(
                    f"{text!r} marks a missing value, not a formula (write Na1N1 for "
                    "sodium + nitrogen)"
                    if text.lower() == "nan"
                    else f"{text!r} marks a missing value, not a formula"
                )
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    comp = Composition(text)
            except Exception:
                raise ValueError("not a chemical formula") from None
    else:
        raise ValueError(f"a {type(value).__name__} is not a formula, structure or CIF text")
    if not getattr(comp, "valid", True):
        raise ValueError("contains symbols that are not elements")
    comp = comp.element_composition
    if comp.num_atoms <= 0:
        raise ValueError("empty composition")
    return comp


def _cif_composition(text: str) -> Any:
    from pymatgen.io.cif import CifParser

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            structures = CifParser.from_str(text).parse_structures(primitive=False)
    except Exception as exc:
        raise ValueError(f"CIF text that pymatgen cannot read ({type(exc).__name__})") from None
    if not structures:
        raise ValueError("CIF text without atom sites")
    return structures[0].composition


def composition_key(comp: Any) -> str:
    """Normalized composition: element fractions to 6 decimals, elements sorted.

    ``Cu1.8S1`` and ``Cu9S5`` (or ``TeSe`` and ``Te0.5Se0.5``) get the same key: the
    key to match when keeping a test composition out of training.
    """
    frac = comp.element_composition.fractional_composition
    return " ".join(
        f"{el.symbol}{amt:.6f}" for el, amt in sorted(frac.items(), key=lambda kv: kv[0].symbol)
    )


@dataclass
class ParsedInputs:
    """Compositions of the usable inputs; ``rows`` are positions in the original sequence."""

    compositions: list[Any]
    rows: list[int]
    missing: list[int]
    problems: list[tuple[Any, Any, str]]

    @property
    def keys(self) -> list[str]:
        """Normalized composition keys (computed on each access: store the result)."""
        return [composition_key(c) for c in self.compositions]

    @property
    def formulas(self) -> list[str]:
        return [c.formula for c in self.compositions]


def parse_inputs(values: Iterable[Any], labels: Sequence[Any] | None = None) -> ParsedInputs:
    """Parse every input; collect (row label, value, reason) for those that fail."""
    values = list(values)
    labels = list(labels) if labels is not None else list(range(len(values)))
    comps, rows, missing, problems = [], [], [], []
    memo: dict[str, Any] = {}
    for i, value in enumerate(values):
        if is_missing(value):
            missing.append(i)
            continue
        try:
            if isinstance(value, str):
                comp = memo.get(value)
                if comp is None:
                    comp = memo[value] = to_composition(value)
            else:
                comp = to_composition(value)
        except ValueError as exc:
            problems.append((labels[i], value, str(exc)))
            continue
        comps.append(comp)
        rows.append(i)
    return ParsedInputs(comps, rows, missing, problems)


# -- features ----------------------------------------------------------------
def _matminer_version() -> str:
    from importlib.metadata import version

    return version("matminer")


class _Selected:
    """Some of a featurizer's outputs, by label (AtomicOrbitals mixes numbers with symbols)."""

    def __init__(self, featurizer: Any, labels: list[str]) -> None:
        self.featurizer = featurizer
        self.keep = [featurizer.feature_labels().index(label) for label in labels]
        self.labels = labels

    def feature_labels(self) -> list[str]:
        return list(self.labels)

    def featurize(self, comp: Any) -> list[Any]:
        values = self.featurizer.featurize(comp)
        return [values[i] for i in self.keep]


class _FewElements:
    """A featurizer whose cost grows with the element pairs, only up to ``max_elements``
    elements (NaN beyond: Miedema takes 0.25 s for one 12-element steel, 10 ms for a binary)."""

    def __init__(self, featurizer: Any, max_elements: int) -> None:
        self.featurizer = featurizer
        self.max_elements = max_elements

    def feature_labels(self) -> list[str]:
        return list(self.featurizer.feature_labels())

    def featurize(self, comp: Any) -> list[Any]:
        if len(comp.elements) > self.max_elements:
            return [np.nan] * len(self.feature_labels())
        return list(self.featurizer.featurize(comp))


MIEDEMA_MAX_ELEMENTS = 8
"""Miedema enthalpies are computed for compositions of up to this many elements."""


def _featurizers() -> list[tuple[str, Any]]:
    from matminer.featurizers.composition import (
        AtomicOrbitals,
        BandCenter,
        ElementFraction,
        ElementProperty,
        IonProperty,
        Miedema,
        Stoichiometry,
        TMetalFraction,
        ValenceOrbital,
        YangSolidSolution,
    )

    from .oxidation import OxidationStateFeatures

    return [
        ("magpie", ElementProperty.from_preset("magpie", impute_nan=False)),
        ("stoichiometry", Stoichiometry()),
        ("valence", ValenceOrbital()),
        ("ion", IonProperty(fast=True)),
        ("fraction", ElementFraction()),
        # recipe 2: descriptors of alloys and glass formers (atomic-size mismatch δ and Yang's
        # Ω; Miedema's formation enthalpies, eV/atom) and of the electronic structure (band
        # centre, HOMO/LUMO energies of the atomic orbitals as matminer gives them,
        # transition-metal fraction). About 10 ms more per binary or ternary (Miedema).
        # Recipe 3: no Miedema beyond MIEDEMA_MAX_ELEMENTS elements.
        ("yang", YangSolidSolution()),
        ("miedema", _FewElements(Miedema(), MIEDEMA_MAX_ELEMENTS)),
        ("tmetal", TMetalFraction()),
        ("bandcenter", BandCenter()),
        ("orbitals", _Selected(AtomicOrbitals(), ["HOMO_energy", "LUMO_energy", "gap_AO"])),
        # recipe 4: charge balance, d/f-electron counts and mixed valence from the most
        # probable oxidation states (metal / insulator cues; about 1.5 ms per composition)
        ("oxidation", OxidationStateFeatures()),
    ]


class CompositionFeaturizer:
    """matminer composition features: Magpie (132) + Stoichiometry (6) + ValenceOrbital (8)
    + IonProperty (3) + ElementFraction (103) + YangSolidSolution (2) + Miedema (3)
    + TMetalFraction (1) + BandCenter (1) + AtomicOrbitals energies (3)
    + oxidation-state features (18, ``oxidation.FEATURE_LABELS``).

    ``transform(compositions)`` returns a float32 array, NaN where a feature is
    undefined for a composition. Vectors are cached per formula.
    """

    name = FEATURIZER_NAME
    recipe = FEATURIZER_RECIPE

    def __init__(self, cache_dir: str | os.PathLike[str] | None = "auto") -> None:
        self._parts: list[tuple[str, Any]] | None = None
        self._labels: list[str] | None = None
        self._memory: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()
        self._cache_dir = cache_dir  # "auto": <matsci cache folder>/heads, resolved at each use
        self._disk_loaded: set[Path] = set()
        self._dirty = False

    # identity
    @property
    def version(self) -> str:
        return f"recipe {self.recipe}, matminer {_matminer_version()}"

    def describe(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "recipe": self.recipe,
            "matminer": _matminer_version(),
            "n_features": len(self.labels),
        }

    @property
    def parts(self) -> list[tuple[str, Any]]:
        if self._parts is None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self._parts = _featurizers()
        return self._parts

    @property
    def labels(self) -> list[str]:
        if self._labels is None:
            self._labels = [
                f"{name}: {label}" for name, f in self.parts for label in f.feature_labels()
            ]
        return self._labels

    # cache
    def _disk_path(self) -> Path | None:
        if self._cache_dir is None:
            return None
        if self._cache_dir == "auto":
            from ...config import default_cache_dir

            folder = default_cache_dir() / "heads"
        else:
            folder = Path(self._cache_dir)
        tag = hashlib.sha1(f"{self.name}-{self.recipe}-{_matminer_version()}".encode()).hexdigest()[
            :12
        ]
        return folder / f"composition-features-{tag}.npz"

    def _load_disk(self) -> None:
        path = self._disk_path()
        if path is None or path in self._disk_loaded:
            return
        self._disk_loaded.add(path)
        if not path.is_file():
            return
        try:
            with np.load(path, allow_pickle=False) as stored:
                formulas, matrix = stored["formulas"].tolist(), stored["features"]
            if matrix.shape == (len(formulas), len(self.labels)):
                self._memory.update(zip(formulas, matrix, strict=False))
        except Exception:  # a broken cache is rebuilt, never fatal
            return

    def save_cache(self) -> None:
        """Write the in-memory cache to disk (atomically) when a cache folder is set."""
        path = self._disk_path()
        if path is None or not self._dirty:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".features-", suffix=".npz")
        try:
            formulas = list(self._memory)
            with os.fdopen(fd, "wb") as fh:
                np.savez(
                    fh,
                    formulas=np.asarray(formulas, dtype=str),
                    features=np.stack([self._memory[f] for f in formulas]),
                )
            os.replace(tmp, path)
            self._dirty = False
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)

    # work
    def _one(self, comp: Any) -> np.ndarray:
        row: list[float] = []
        for _, featurizer in self.parts:
            n = len(featurizer.feature_labels())
            try:
                values = featurizer.featurize(comp)
            except Exception:
                values = [np.nan] * n
            row.extend(
                float(v)
                if isinstance(v, (int, float, np.floating, np.integer)) and v is not None
                else np.nan
                for v in values
            )
        return np.asarray(row, dtype=np.float32)

    def transform(
        self, compositions: Sequence[Any], progress: Callable[[int, int], None] | None = None
    ) -> np.ndarray:
        """``(len(compositions), n_features)`` float32 features; NaN where undefined."""
        with self._lock:
            self._load_disk()
            formulas = [c.formula for c in compositions]
            todo = {
                f: c for f, c in zip(formulas, compositions, strict=True) if f not in self._memory
            }
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                for i, (formula, comp) in enumerate(todo.items()):
                    self._memory[formula] = self._one(comp)
                    if progress is not None and (i % 50 == 0 or i == len(todo) - 1):
                        progress(i + 1, len(todo))
            if todo:
                self._dirty = True
            out = np.empty((len(formulas), len(self.labels)), dtype=np.float32)
            for i, f in enumerate(formulas):
                out[i] = self._memory[f]
        if todo:
            self.save_cache()
        return out


_DEFAULT: CompositionFeaturizer | None = None


def default_featurizer() -> CompositionFeaturizer:
    """One shared featurizer per process, cached on disk under the matsci cache folder."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = CompositionFeaturizer()
    return _DEFAULT
