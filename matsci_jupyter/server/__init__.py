"""The chat panel's server side: a jupyter_server extension on the same engines as the magic.

Importing this package is cheap and does not import jupyter_server; the extension
itself lives in :mod:`matsci_jupyter.server.jupyter` (loaded by jupyter_server).

Pieces, one job each:

- :mod:`.settings`: ``MatsciChat`` traitlets (``c.MatsciChat.*`` in jupyter_server_config)
- :mod:`.schemas`: pydantic request bodies
- :mod:`.history`: chat history persisted per notebook
- :mod:`.models`: model status / load / unload / connect, one model per server process
- :mod:`.engines`: guarded access to the engines, and the panel's ``EngineContext``
- :mod:`.payloads`: engine results as JSON (re-exported from :mod:`matsci_jupyter.commands`)
- :mod:`.chat`: one chat turn, from message to streamed events; slash commands run the
  command table (:mod:`matsci_jupyter.commands`)
- :mod:`.file_refs`: ``@file`` in a message attaches a file of the notebook's folder
- :mod:`.markdown_chat`, :mod:`.persona`: the same turn as Markdown, for jupyter-ai 3
- :mod:`.handlers`: the HTTP handlers
- :mod:`.jupyter`: the ``ExtensionApp`` (its stop hook shuts the shared state down)
- :mod:`.kernel_snippets`: code the panel runs in the notebook's kernel (variable summaries)
"""
