"""Settings of the chat panel's server side, as traitlets (``c.MatsciChat.*``)."""

from __future__ import annotations

from traitlets import Int, Unicode

from .. import config as cfg


# config.ModelSettings is built on first use (no traitlets at import): mypy cannot see the class
class MatsciChat(cfg.ModelSettings):  # type: ignore[misc,valid-type]
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
        config=True
    )
    max_attachment_chars = Int(
        20_000, help="Longest attachment (cell, error, variable summary), in characters."
    ).tag(config=True)
    max_body_bytes = Int(1_000_000, help="Largest request body accepted, in bytes.").tag(
        config=True
    )
    context_messages = Int(
        8, help="Previous messages of the chat the model sees with a new question."
    ).tag(config=True)
    max_new_tokens = Int(512, help="Longest model answer, in tokens.").tag(config=True)
