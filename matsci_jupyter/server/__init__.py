"""The chat panel's server side: a jupyter_server extension on the same engines as the magic.

Importing this package is cheap and does not import jupyter_server; the extension
itself lives in :mod:`matsci_jupyter.server.jupyter` (loaded by jupyter_server).

Pieces, one job each:

- :mod:`.settings`: ``MatsciChat`` traitlets (``c.MatsciChat.*`` in jupyter_server_config)
- :mod:`.schemas`: pydantic request bodies
- :mod:`.history`: chat history persisted per notebook
- :mod:`.models`: model status / load / unload / connect, one model per server process
- :mod:`.engines`: guarded access to the engines, and what they see of the panel
- :mod:`.payloads`: engine results as JSON for the browser
- :mod:`.chat`: one chat turn, from message to streamed events
- :mod:`.handlers`: the HTTP handlers
- :mod:`.kernel_snippets`: code the panel runs in the notebook's kernel (variable summaries)
"""
