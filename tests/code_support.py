"""Shared helpers of the code-engine tests: example files, request sets, scripted models."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from matsci_jupyter.model.base import GenerationOptions, ModelBackend, ModelStatus

DATA = Path(__file__).parent / "data"


def load_requests(name: str) -> list[dict[str, Any]]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))["requests"]


def example_folder(root: Path, shared: Path | None) -> Path:
    """Example crystals (and LiFePO4.cif from the shared data when present) in ``root``."""
    from matsci_jupyter.engines.code.examples import write_example_files

    write_example_files(root)
    if shared is not None and (shared / "cif" / "LiFePO4.cif").is_file():
        shutil.copy(shared / "cif" / "LiFePO4.cif", root / "LiFePO4.cif")
    return root


SHARED_FILES = ("LiFePO4.cif",)  # copied from ../shared/data when it is present


def shared_files_named(spec: dict[str, Any]) -> list[str]:
    """Files of ../shared a request needs: those it declares and those its text names."""
    named = [n for n in SHARED_FILES if n in spec.get("request", "")]
    return list(dict.fromkeys([*spec.get("shared", []), *named]))


class ScriptedModel(ModelBackend):
    """A model that answers with canned outputs, one per call, and records every prompt."""

    kind = "scripted"

    def __init__(self, outputs: list[str], name: str = "scripted") -> None:
        super().__init__(name)
        self.outputs = list(outputs)
        self.prompts: list[list[dict[str, str]]] = []

    def _generate(self, messages: list[dict[str, str]], opts: GenerationOptions) -> str:
        self.prompts.append(messages)
        if not self.outputs:
            raise AssertionError("the scripted model was asked more often than scripted")
        return self.outputs.pop(0)

    def status(self) -> ModelStatus:
        return ModelStatus(backend="scripted", name=self.name)

    def prompt_text(self, call: int) -> str:
        return "\n".join(m["content"] for m in self.prompts[call])


def answer(code: str, prose: str = "This code does what was asked.") -> str:
    """A model answer: a fenced python block and a sentence."""
    return f"```python\n{code.strip()}\n```\n{prose}"
