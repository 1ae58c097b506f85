"""Engines: the deterministic tools (and model-assisted paths) behind every surface.

Each engine is a subpackage (``answer``, ``code``, ``structure``, ``heads``). One
that can take free-text requests from a plain ``%%matsci`` cell exposes
``ROUTE`` (an :class:`~matsci_jupyter.engines.base.EngineRoute`) in its
``route`` module; :mod:`.router` discovers them.
"""
