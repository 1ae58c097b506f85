"""Write demo_notebooks/quickstart.ipynb (kept as a script so the notebook stays reviewable)."""

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

cells = [
    new_markdown_cell(
        "# matsci-jupyter quick start\n\n"
        "A materials-science language model inside the notebook — **the model proposes, tools "
        "verify**. Everything below runs offline with no model: the deterministic engines answer."),
    new_code_cell("%load_ext matsci_jupyter"),
    new_code_cell("%matsci help"),
    new_markdown_cell("## Which model is in use?\nNone yet: the offline engines do the work."),
    new_code_cell("%matsci model status"),
    new_markdown_cell("## Ask in plain words\nA `%%matsci` cell goes to the engine that recognises "
                      "the request. With no engine and no model it says what is missing instead of "
                      "inventing an answer."),
    new_code_cell("%%matsci\nWhat is the wavelength of a photon with an energy of 1.12 eV, in nm?"),
    new_markdown_cell(
        "## Bring your own model\n"
        "`%matsci model load PATH` loads any Hugging Face causal LM in 4-bit NF4 (bitsandbytes), "
        "on CUDA when present, else CPU, and caches a pre-quantized copy for fast later loads. "
        "No weights can be downloaded here, so this builds a tiny random-weight Llama locally "
        "just to show the real loading path (its text is gibberish)."),
    new_code_cell(
        "import tempfile\n"
        "from matsci_jupyter.model.tiny import build_llama\n"
        "tiny = build_llama(tempfile.mkdtemp(prefix='tiny-llama-'))"),
    new_code_cell("%matsci model load {tiny} --no-cache"),
    new_code_cell("%matsci model status"),
    new_code_cell("import matsci_jupyter\n"
                  "model = matsci_jupyter.current_model()\n"
                  "model.embed(['LiFePO4', 'silicon']).shape"),
    new_code_cell("%matsci model unload"),
]
nb = new_notebook(cells=cells, metadata={
    "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
    "language_info": {"name": "python"}})
out = Path(__file__).resolve().parents[1] / "demo_notebooks" / "quickstart.ipynb"
nbformat.write(nb, out)
print(out)
