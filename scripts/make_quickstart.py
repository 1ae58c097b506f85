"""Write demo_notebooks/quickstart.ipynb (kept as a script so the notebook stays reviewable)."""

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

md, code = new_markdown_cell, new_code_cell

cells = [
    md(
        "# matsci-jupyter quick start\n\n"
        "A materials-science language model inside the notebook — **the model proposes, tools "
        "verify**. Everything below runs offline with **no model loaded**: the deterministic engines "
        "answer, and every result shows how it was checked."
    ),
    code("%load_ext matsci_jupyter"),
    code("%matsci help"),
    code("%matsci model status"),
    md(
        "## Numbers with units and checks\nA plain `%%matsci` cell goes to the engine that "
        "recognises the request. Numeric questions are solved with named relations (sympy + pint), "
        "converted to the unit asked for, and checked."
    ),
    code("%%matsci\nWhat is the wavelength of a photon with an energy of 1.12 eV, in nm?"),
    code(
        "%%matsci\nX-rays of wavelength 0.1542 nm are diffracted by the (111) planes of FCC copper "
        "with a lattice parameter of 3.615 Angstrom. What is the first-order Bragg angle in degrees?"
    ),
    md(
        "An answer from anywhere else — a model, a colleague, a textbook — can be checked step by "
        "step. Here the arithmetic of the last step is wrong:"
    ),
    code(
        "%%matsci check-answer\n"
        "A semiconductor has a band gap of 1.43 eV. What is the maximum wavelength it absorbs, in nm?\n"
        "---\n"
        "λ = h c / E = (6.626e-34 J s × 2.998e8 m/s) / (1.43 × 1.602e-19 J) = 9.67e-7 m = 967 nm"
    ),
    md(
        "When no relation fits, or the question is ambiguous, there is **no number** and the reason "
        "is given: a wrong answer is worse than none."
    ),
    code("%%matsci answer\nHow strong is this steel?"),
    md(
        "## Structures: see them, and know when they are wrong\n`%matsci show` takes a pymatgen "
        "`Structure`/`Molecule`, ASE `Atoms`, a file path or CIF text. The summary and the checks "
        "(close atoms, density, charge balance, declared vs detected symmetry) come with the view."
    ),
    code(
        "from pymatgen.core import Lattice, Structure\n"
        "nacl = Structure.from_spacegroup('Fm-3m', Lattice.cubic(5.64), ['Na', 'Cl'], "
        "[[0, 0, 0], [0.5, 0.5, 0.5]])\n"
        "nacl.to(filename='NaCl.cif')"
    ),
    code("%matsci show nacl --supercell 2 2 2"),
    code(
        "bad = nacl.copy()\nbad.append('Na', [0.02, 0.0, 0.0])   # an atom 0.11 Å from another\n"
        "%matsci check bad"
    ),
    md(
        "## Code that ran before you see it\n"
        "Ask for pymatgen/ASE code in plain words. The recipe library writes it, the sandbox runs it "
        "on a copy of your files (time and memory limits, no network, no writes outside a scratch "
        "folder), and only then is it placed in a new cell below (in JupyterLab) with what it printed."
    ),
    code(
        "%%matsci\nread NaCl.cif, make a 2x2x1 supercell, remove one Na and report the new formula "
        "and density"
    ),
    md(
        "## Bring your own model\n"
        "`%matsci model load PATH` loads any Hugging Face causal LM in 4-bit NF4 (bitsandbytes), on "
        "CUDA when present, else CPU, and caches a pre-quantized copy for fast later loads; "
        "`%matsci model connect URL` shares one served by `matsci-jupyter serve` or vLLM. No weights "
        "can be downloaded here, so this builds a tiny random-weight Llama locally just to show the "
        "real loading path (its text is gibberish)."
    ),
    code(
        "import tempfile\n"
        "from matsci_jupyter.model.tiny import build_llama\n"
        "tiny = build_llama(tempfile.mkdtemp(prefix='tiny-llama-'))"
    ),
    code("%matsci model load {tiny} --no-cache"),
    code(
        "import matsci_jupyter\n"
        "model = matsci_jupyter.current_model()\n"
        "model.embed(['LiFePO4', 'silicon']).shape"
    ),
    code("%matsci model unload"),
]
nb = new_notebook(
    cells=cells,
    metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
    },
)
out = Path(__file__).resolve().parents[1] / "demo_notebooks" / "quickstart.ipynb"
nbformat.write(nb, out)
print(out)
