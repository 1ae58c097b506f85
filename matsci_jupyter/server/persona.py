"""The suite in jupyter-ai 3.x: a "MatSci" persona answering with our engines and model.

Needs jupyter-ai 3 (``jupyter_ai_persona_manager``); registered with the entry point

    [project.entry-points."jupyter_ai.personas"]
    matsci = "matsci_jupyter.server.persona:MatsciPersona"

A message to ``@MatSci`` goes through the same chat turn as the sidebar panel
(slash commands, the engine router, then the model, labelled as unverified);
results are written as Markdown. jupyter-ai keeps the conversation in its own
``.chat`` file, so nothing is written to the panel's history.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from jupyter_ai_persona_manager.base_persona import BasePersona, PersonaDefaults

from .chat import SYSTEM_PROMPT
from .markdown_chat import answer_markdown

AVATAR = Path(__file__).parent / "static" / "matsci.svg"
_MENTION = re.compile(r"@\S+")


class MatsciPersona(BasePersona):
    """Materials-science answers checked by tools: numbers with units, verified code."""

    @property
    def defaults(self) -> PersonaDefaults:
        return PersonaDefaults(
            name="MatSci",
            description="Materials-science assistant: unit-checked numeric answers, pymatgen/ASE "
            "code verified in a sandbox, structure checks. Slash commands: /answer, "
            "/code, /check, /show, /finetune, /help.",
            avatar_path=str(AVATAR),
            system_prompt=SYSTEM_PROMPT,
            slash_commands=set(),
        )

    async def process_message(self, message: Any) -> None:
        text = _MENTION.sub("", message.body or "").strip()
        if not text:
            self.send_message("Ask me a materials question, or `/help`.")
            return
        await self.stream_message(answer_markdown(text, Path(self.get_chat_dir())))
