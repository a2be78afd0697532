"""The Whisper engine: one faster-whisper model, its options, and the device it runs on.

GPU when there is one (float16, batched), else CPU (int8); both overridable. The model is
expensive to load (seconds, hundreds of MB), so callers keep one engine per process: see
:func:`get_engine`.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from callqa.models import ModelNotFound, resolve
from callqa.models.whisper import INSTALL_HINT

# Words Whisper should expect on a customer-service line (fed as a hotwords prompt). Never
# greeting or closing formulas: a prompt can leak into the transcript of a quiet stretch and
# would then credit the agent with a blessing never said.
DEFAULT_HOTWORDS = "客服 工号 话费 流量 套餐 营业厅 资费"


@dataclass(frozen=True)
class AsrOptions:
    """Everything that decides what the engine hears; part of a run's provenance."""
    model: str = "base"
    device: str = "auto"            # auto | cpu | cuda
    compute_type: str = "auto"      # auto | int8 | float16 | int8_float16 | float32 ...
    language: str = "zh"
    beam_size: int = 5
    vad_filter: bool = True
    vad_min_silence_ms: int = 500
    # Silero's default 0.5 drops much of a band-limited (300-3400 Hz) μ-law customer channel;
    # 0.25 keeps it, and the hallucination filter handles what little noise gets through.
    vad_threshold: float = 0.25
    split_pause_s: float = 0.8      # split Whisper segments at word gaps this long (turn timing)
    condition_on_previous_text: bool = False
    hotwords: str | None = DEFAULT_HOTWORDS
    batch_size: int = 8             # used on GPU only (BatchedInferencePipeline)
    cpu_threads: int = 0            # 0: CTranslate2 default (all cores)


@dataclass
class RawSegment:
    start: float
    end: float
    text: str
    avg_logprob: float
    no_speech_prob: float
    compression_ratio: float
    words: list[tuple[float, float, str]] = field(default_factory=list)


def cuda_device_count() -> int:
    try:
        import ctranslate2
        return int(ctranslate2.get_cuda_device_count())
    except Exception:  # no CUDA runtime at all
        return 0


def choose_device(requested: str = "auto", cuda_devices: int | None = None) -> str:
    """``auto`` picks cuda when CTranslate2 sees a GPU, else cpu; explicit values are kept."""
    if requested not in ("auto", "cpu", "cuda"):
        raise ValueError(f"device must be auto, cpu or cuda, not '{requested}'")
    if requested != "auto":
        return requested
    count = cuda_device_count() if cuda_devices is None else cuda_devices
    return "cuda" if count > 0 else "cpu"


def choose_compute_type(device: str, requested: str = "auto") -> str:
    """float16 on GPU (tensor cores), int8 on CPU (about 2-4x faster than float32 there)."""
    if requested != "auto":
        return requested
    return "float16" if device == "cuda" else "int8"


class WhisperEngine:
    """A loaded faster-whisper model plus the options every transcription uses."""

    def __init__(self, options: AsrOptions = AsrOptions()):
        from faster_whisper import BatchedInferencePipeline, WhisperModel

        self.options = options
        self.model_info = resolve(options.model)
        self.device = choose_device(options.device)
        self.compute_type = choose_compute_type(self.device, options.compute_type)
        try:
            self.model = WhisperModel(
                self.model_info.source, device=self.device, compute_type=self.compute_type,
                cpu_threads=options.cpu_threads,
            )
        except Exception as exc:
            where = "local directory" if self.model_info.is_local else "fetched by name from a model hub"
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ModelNotFound(f"could not load Whisper model '{options.model}' ({where}) on {self.device}/"
                                f"{self.compute_type}: {reason}. To fix: {INSTALL_HINT}") from exc
        # Batched decoding pays off on a GPU; on CPU the sequential path is as fast and
        # honours condition_on_previous_text exactly.
        self.batched = BatchedInferencePipeline(self.model) if self.device == "cuda" else None
        self._lock = threading.Lock()  # one decode at a time per model on CPU

    @property
    def label(self) -> str:
        return self.model_info.label

    def transcription_kwargs(self) -> dict:
        o = self.options
        return dict(language=o.language, beam_size=o.beam_size, vad_filter=o.vad_filter,
                    vad_parameters={"min_silence_duration_ms": o.vad_min_silence_ms,
                                    "threshold": o.vad_threshold},
                    condition_on_previous_text=o.condition_on_previous_text,
                    hotwords=o.hotwords or None, word_timestamps=True)

    def transcribe(self, samples: np.ndarray) -> list[RawSegment]:
        """Transcribes one 16 kHz mono signal."""
        kwargs = self.transcription_kwargs()
        with self._lock:
            if self.batched is not None:
                segments, _ = self.batched.transcribe(samples, batch_size=self.options.batch_size, **kwargs)
            else:
                segments, _ = self.model.transcribe(samples, **kwargs)
            return [RawSegment(s.start, s.end, s.text, s.avg_logprob, s.no_speech_prob, s.compression_ratio,
                               [(w.start, w.end, w.word) for w in (s.words or [])])
                    for s in segments]


@lru_cache(maxsize=2)
def get_engine(options: AsrOptions = AsrOptions()) -> WhisperEngine:
    """The per-process engine for these options: loaded on first use, then reused."""
    return WhisperEngine(options)
