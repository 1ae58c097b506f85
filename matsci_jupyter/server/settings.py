"""Settings of the chat panel's server side, as traitlets (``c.MatsciChat.*``)."""

from __future__ import annotations

from traitlets import CaselessStrEnum, Int, Unicode, default
from traitlets.config import Configurable

from .. import config as cfg


class MatsciChat(Configurable):
    """Settings for the MatSci chat panel. Set them in ``jupyter_server_config.py``
    (``c.MatsciChat.history_dir = "..."``) or on the command line
    (``jupyter lab --MatsciChat.max_message_chars=5000``)."""

    history_dir = Unicode(
        "",
        help="Folder for chat histories. Empty (the default): a hidden file next to each "
             "notebook (.NAME.ipynb.matsci-chat.json), falling back to "
             "JUPYTER_DATA_DIR/matsci-jupyter/chats when that folder is not writable.",
    ).tag(config=True)
    history_limit = Int(
        2000, help="Messages kept in a history file; older ones move to an archive file beside it."
    ).tag(config=True)
    max_message_chars = Int(20_000, help="Longest chat message accepted, in characters.").tag(
        config=True)
    max_attachment_chars = Int(
        20_000, help="Longest attachment (cell, error, variable summary), in characters."
    ).tag(config=True)
    max_body_bytes = Int(1_000_000, help="Largest request body accepted, in bytes.").tag(config=True)
    context_messages = Int(
        8, help="Previous messages of the chat the model sees with a new question."
    ).tag(config=True)
    max_new_tokens = Int(512, help="Longest model answer, in tokens.").tag(config=True)

    model_url = Unicode(
        help="OpenAI-compatible server the panel connects to on first use, to share one model "
             "with the kernels (`matsci-jupyter serve`). Env: MATSCI_MODEL_URL."
    ).tag(config=True)
    api_key = Unicode(help="API key for model_url. Env: MATSCI_API_KEY.").tag(config=True)
    model = Unicode(
        help="Model offered by the panel's Load action (loaded in the server process only when "
             "asked). Env: MATSCI_MODEL."
    ).tag(config=True)
    quantization = CaselessStrEnum(
        ["nf4", "fp4", "bf16", "fp32"], help="How the Load action loads a local model."
    ).tag(config=True)

    @default("model_url")
    def _default_model_url(self) -> str:
        return cfg.env(cfg.ENV_MODEL_URL)

    @default("api_key")
    def _default_api_key(self) -> str:
        return cfg.env(cfg.ENV_API_KEY)

    @default("model")
    def _default_model(self) -> str:
        return cfg.env(cfg.ENV_MODEL)

    @default("quantization")
    def _default_quantization(self) -> str:
        return cfg.env(cfg.ENV_QUANTIZATION, "nf4").lower() or "nf4"
