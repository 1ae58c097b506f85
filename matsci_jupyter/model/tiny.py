"""Build small Llama-architecture checkpoints locally (random weights, trained tokenizer).

No weights can be downloaded here, so tests, demos and benchmarks exercise the
real loading code on checkpoints made by this module. Sizes default to ones the
AVX512-BF16 CPU kernel accepts (out % 32 == 0, in % 64 == 0).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

CORPUS = [
    "The band gap of silicon is 1.12 eV at 300 K.",
    "LiFePO4 crystallizes in the olivine structure, space group Pnma (62).",
    "Read the CIF with pymatgen: Structure.from_file('LiFePO4.cif').",
    "The lattice parameter of fcc copper is 3.615 angstrom.",
    "Bragg's law: n lambda = 2 d sin(theta).",
    "Yield strength of the steel was 1450 MPa after tempering at 500 C.",
    "Perovskite CsPbI3 has a cubic alpha phase above 583 K.",
    "from ase.build import bulk; atoms = bulk('Cu', 'fcc', a=3.615)",
    "Density is mass per unit volume, in g/cm^3.",
    "The Hall-Petch relation links grain size to yield stress.",
    "Use SpacegroupAnalyzer(structure).get_space_group_symbol() for the symmetry.",
    "Elastic modulus E = stress / strain, in GPa.",
]

CHAT_TEMPLATE = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def build_tokenizer(folder: Path, *, vocab_size: int = 512) -> Any:
    """Train a byte-level BPE tokenizer on a tiny materials corpus and save it to ``folder``."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    specials = ["<unk>", "<s>", "</s>", "<pad>", "<|im_start|>", "<|im_end|>"]
    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=specials,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(CORPUS * 4, trainer=trainer)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        unk_token="<unk>",
        bos_token="<s>",
        eos_token="</s>",
        pad_token="<pad>",
        additional_special_tokens=["<|im_start|>", "<|im_end|>"],
    )
    fast.chat_template = CHAT_TEMPLATE
    fast.save_pretrained(folder)
    return fast


def build_llama(
    folder: str | Path,
    *,
    hidden_size: int = 64,
    intermediate_size: int = 128,
    num_hidden_layers: int = 2,
    num_attention_heads: int = 4,
    num_key_value_heads: int = 2,
    vocab_size: int = 512,
    max_position_embeddings: int = 256,
    dtype: str = "float32",
    seed: int = 0,
    chat_template: bool = True,
) -> Path:
    """Save a random-weight Llama checkpoint (config, safetensors, tokenizer) to ``folder``.

    With the defaults it is ~0.2M parameters; ``hidden_size=1536, intermediate_size=4096,
    num_hidden_layers=18, num_attention_heads=16, num_key_value_heads=16, vocab_size=32000``
    gives a ~607M model for benchmarks (the tokenizer covers only the first 512 ids).
    """
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    tokenizer = build_tokenizer(folder, vocab_size=min(vocab_size, 512))
    if not chat_template:
        cfg_file = folder / "tokenizer_config.json"
        import json

        cfg = json.loads(cfg_file.read_text())
        cfg.pop("chat_template", None)
        cfg_file.write_text(json.dumps(cfg))
        (folder / "chat_template.jinja").unlink(missing_ok=True)
    config = LlamaConfig(
        hidden_size=hidden_size,
        intermediate_size=intermediate_size,
        num_hidden_layers=num_hidden_layers,
        num_attention_heads=num_attention_heads,
        num_key_value_heads=num_key_value_heads,
        vocab_size=max(vocab_size, len(tokenizer)),  # benchmarks ask for a real-size vocabulary
        max_position_embeddings=max_position_embeddings,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        tie_word_embeddings=False,
    )
    torch.manual_seed(seed)
    model = LlamaForCausalLM(config).to(getattr(torch, dtype))
    model.save_pretrained(folder)
    return folder
