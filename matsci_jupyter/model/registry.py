"""Known materials-science language models, their short names and prompt formats.

Any other causal LM works too: it is loaded by path or Hugging Face id and
prompted with its tokenizer's chat template.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KnownModel:
    """A registry entry. ``hub_id`` is None where weights are not on the model hub."""

    key: str
    hub_id: str | None
    prompt_format: str
    description: str
    parameters: str


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
