"""Shared fixtures: synthetic signals and broken files are made here, never committed."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

# Prefect reads its settings at import: a throw-away home and quiet logs for the whole session
# (removed at exit: each home holds a ~7 MB database, and CI machines run the tests again and again).
if "PREFECT_API_URL" not in os.environ and "PREFECT_HOME" not in os.environ:
    os.environ["PREFECT_HOME"] = _home = tempfile.mkdtemp(prefix="callqa-prefect-")
    atexit.register(shutil.rmtree, _home, ignore_errors=True)
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
# Callers are stored as keyed hashes: a test key (subprocesses inherit it).
os.environ.setdefault("CALLQA_PRIVACY_KEY", "callqa-tests-not-a-secret")
# A busy CI machine can take longer than the default 20 s to start the temporary server.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]


def tone(freq: float, seconds: float, rate: int, amp: float = 0.3) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (amp * np.sin(2 * np.pi * freq * t)).astype(np.float32)


@pytest.fixture
def make_audio(tmp_path):
    """Writes a file under tmp_path: make_audio(name, array[frames, ch], rate, **sf_kwargs)."""
    def _make(name: str, data: np.ndarray, rate: int = 8000, **kw) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        sf.write(path, data, rate, **kw)
        return path
    return _make


@pytest.fixture
def bad_files(tmp_path, make_audio) -> dict[str, tuple[Path, str]]:
    """Every kind of unusable recording, with the words its error must contain."""
    d = tmp_path / "bad"
    d.mkdir()
    files = {}
    (d / "empty.wav").write_bytes(b"")
    files["empty"] = (d / "empty.wav", "empty file")
    zero = make_audio("bad/zero_length.wav", np.zeros((0, 2), np.float32), 8000, subtype="PCM_16")
    files["zero_length"] = (zero, "zero-length")
    good = make_audio("bad/good.flac", np.stack([tone(440, 2, 8000), tone(660, 2, 8000)], 1), 8000)
    data = good.read_bytes()
    (d / "truncated.flac").write_bytes(data[: len(data) // 3])
    good.unlink()
    files["truncated"] = (d / "truncated.flac", "truncated")
    (d / "not_audio.wav").write_text("this is a text file, not a recording\n" * 20)
    files["not_audio"] = (d / "not_audio.wav", "not an audio file: it holds text")
    (d / "call.m4a").write_bytes(os.urandom(2048))
    files["unsupported"] = (d / "call.m4a", "unsupported format")
    silence = make_audio("bad/silence.wav", np.zeros((8000 * 3, 2), np.float32), 8000, subtype="PCM_16")
    files["silence"] = (silence, "silence")
    three = make_audio("bad/three_channels.wav", np.stack([tone(440, 1, 8000)] * 3, 1), 8000, subtype="PCM_16")
    files["three_channels"] = (three, "3 channels")
    return files


def embedded_model_installed() -> bool:
    from callqa.models.whisper import embedded_path
    return (embedded_path() / "model.bin").is_file()


needs_model = pytest.mark.skipif(not embedded_model_installed(),
                                 reason="embedded Whisper model not installed (run `make setup`)")



@pytest.fixture(autouse=True)
def _privacy_env_per_test(monkeypatch):
    """``--privacy`` and ``--keep-raw`` set process-wide variables (what one CLI run's writers
    read); in-process CLI tests would leak them into later tests, so each test starts without."""
    monkeypatch.delenv("CALLQA_PRIVACY", raising=False)
    monkeypatch.delenv("CALLQA_KEEP_RAW", raising=False)
