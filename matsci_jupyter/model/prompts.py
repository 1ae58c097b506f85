"""Prompt formats: turn chat messages into the text a causal LM was trained on.

A model's tokenizer chat template wins when it has one; otherwise the format named
in the registry (or ``plain``) is used.
"""

from __future__ import annotations

from collections.abc import Callable

DEFAULT_SYSTEM = (
    "You are a careful materials-science assistant. State units for every number "
    "and say when you are unsure."
)


def _chatml(messages: list[dict[str, str]]) -> str:
    parts = [f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in messages]
    return "".join(parts) + "<|im_start|>assistant\n"


def _alpaca(messages: list[dict[str, str]]) -> str:
    system = " ".join(m["content"] for m in messages if m["role"] == "system") or (
        "Below is an instruction that describes a task. "
        "Write a response that appropriately completes the request."
    )
    turns = []
    for m in messages:
        if m["role"] == "user":
            turns.append(f"### Instruction:\n{m['content']}\n\n")
        elif m["role"] == "assistant":
            turns.append(f"### Response:\n{m['content']}\n\n")
    return f"{system}\n\n" + "".join(turns) + "### Response:\n"


def _llama2(messages: list[dict[str, str]]) -> str:
    system = "\n".join(m["content"] for m in messages if m["role"] == "system")
    out, first = "", True
    for m in messages:
        if m["role"] == "user":
            content = m["content"]
            if first and system:
                content = f"<<SYS>>\n{system}\n<</SYS>>\n\n{content}"
            out += f"[INST] {content} [/INST]"
            first = False
        elif m["role"] == "assistant":
            out += f" {m['content']} "
    return out


def _plain(messages: list[dict[str, str]]) -> str:
    names = {"system": "System", "user": "User", "assistant": "Assistant"}
    body = "".join(f"{names[m['role']]}: {m['content']}\n" for m in messages)
    return body + "Assistant:"


FORMATS: dict[str, Callable[[list[dict[str, str]]], str]] = {
    "chatml": _chatml,
    "alpaca": _alpaca,
    "llama2": _llama2,
    "plain": _plain,
}

STOP_STRINGS: dict[str, list[str]] = {
    "chatml": ["<|im_end|>"],
    "alpaca": ["### Instruction:"],
    "llama2": ["[INST]"],
    "plain": ["\nUser:"],
}


def render(messages: list[dict[str, str]], fmt: str) -> str:
    """Render ``messages`` in the named format (see :data:`FORMATS`)."""
    try:
        return FORMATS[fmt](messages)
    except KeyError:
        raise ValueError(f"unknown prompt format {fmt!r}; known: {', '.join(FORMATS)}") from None
