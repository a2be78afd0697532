"""The Whisper engine: one faster-whisper model, its options, and the device it runs on.

GPU when there is one (float16), else CPU (int8); both overridable. Decoding is batched on
both: the speech chunks of a call's channels (:mod:`.chunks`) go through faster-whisper's
``BatchedInferencePipeline`` together, with our own voice activity intervals as the clips, so
Silero runs once per channel. The model is expensive to load (seconds, hundreds of MB), so
callers keep one engine per process: see :func:`get_engine`.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .chunks import RATE, Chunk
from .postprocess import bare_text
from .unheard import drop_words_in, heard_again, unheard_pieces

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
    # Chunks (up to 30 s of speech each) decoded together; on CPU and GPU.
    batch_size: int = 8
    cpu_threads: int = 0            # 0: CTranslate2 default (all cores)
    # Word timings split Whisper segments into turns at pauses (evidence times, turn rules).
    word_timestamps: bool = True
    vad_pad_ms: int = 400           # speech kept either side of an interval for Whisper (faster-whisper's default)
    # A call taking longer than time_budget × its duration + TIME_BUDGET_GRACE_S fails with the
    # reason instead of stalling the night; 0 turns the budget off.
    time_budget: float = 2.0
    profile: str = "accurate"       # the named profile these options started from (provenance)

    def __post_init__(self):
        if self.condition_on_previous_text:
            raise ValueError("condition_on_previous_text is not supported: chunks are decoded in batches, "
                             "each without the previous chunk's text")
        if self.batch_size < 1 or self.beam_size < 1:
            raise ValueError("batch_size and beam_size must be at least 1")


TIME_BUDGET_GRACE_S = 60.0
# Named option sets (`callqa run --profile`): measured trade-offs, see README "ASR speed and accuracy".
PROFILES: dict[str, dict] = {
    "accurate": {},
    "fast": {"beam_size": 1, "word_timestamps": False},
}


def profile_options(name: str = "accurate", **overrides) -> AsrOptions:
    """The options of profile ``name`` with ``overrides`` (None values ignored) applied."""
    if name not in PROFILES:
        raise ValueError(f"unknown ASR profile '{name}' (known: {', '.join(PROFILES)})")
    given = {k: v for k, v in overrides.items() if v is not None}
    return AsrOptions(**{**PROFILES[name], **given, "profile": name})


class BudgetExceeded(TimeoutError):
    """Transcription of one call ran past its time budget."""


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


def one_blas_thread():
    """A context that holds BLAS (numpy's OpenBLAS) to one thread while Whisper runs.

    faster-whisper computes the mel features with a numpy matmul; a multi-threaded OpenBLAS
    sums it in another order, and the last bits that change are enough to change a word
    (measured: 「我的花费」 heard as 「我的花肥」 in a process with two BLAS threads, 「花费」 in a
    Dask worker, which starts with one). Pinned, a call is heard the same in a thread of the
    main process, in a local worker and on a cluster: rescoring and re-runs compare like with
    like. The matmul is small; one thread costs nothing measurable."""
    from threadpoolctl import ThreadpoolController

    controller = ThreadpoolController()
    return lambda: controller.limit(limits=1, user_api="blas")


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
        self.batched = BatchedInferencePipeline(self.model)
        self._lock = threading.Lock()  # one decode at a time per model
        self._blas = one_blas_thread()

    @property
    def label(self) -> str:
        return self.model_info.label

    def transcription_kwargs(self) -> dict:
        """faster-whisper's own sequential ``transcribe()`` arguments for these options (its VAD
        filter included): the plain reference the benchmark compares against."""
        o = self.options
        return dict(language=o.language, beam_size=o.beam_size, vad_filter=o.vad_filter,
                    vad_parameters={"min_silence_duration_ms": o.vad_min_silence_ms,
                                    "threshold": o.vad_threshold},
                    condition_on_previous_text=o.condition_on_previous_text,
                    hotwords=o.hotwords or None, word_timestamps=o.word_timestamps)

    def transcribe(self, samples: np.ndarray) -> list[RawSegment]:
        """Transcribes one 16 kHz mono signal (voice activity found here; callers that already
        have it use :meth:`transcribe_chunks`)."""
        from .transcribe import signal_chunks
        from .vad import speech_probabilities

        probs = speech_probabilities(samples) if self.options.vad_filter else None
        return self.transcribe_chunks([samples], signal_chunks(0, samples, probs, self.options))[0]

    def decode_kwargs(self, prompt: bool = True) -> dict:
        """Batched decoding arguments. No timestamp tokens: each chunk is decoded in one pass,
        and with timestamps Whisper often ends a chunk early, after a timestamp, dropping its
        last turn (the closing 「感谢您的来电…」 on 8 of 18 evaluation calls)."""
        o = self.options
        return dict(language=o.language, beam_size=o.beam_size, hotwords=(o.hotwords or None) if prompt else None,
                    word_timestamps=o.word_timestamps, without_timestamps=True,
                    condition_on_previous_text=False)

    def transcribe_chunks(self, signals: list[np.ndarray], chunks: list[Chunk],
                          deadline: float | None = None) -> list[list[RawSegment]]:
        """Decodes the chunks of several signals in shared batches → segments per signal, in
        each signal's own time.

        Chunks are decoded a group of ``4 × batch_size`` at a time, so memory stays bounded on
        an hour-long call. With word timings, the pieces of a chunk that its pass left unheard
        (:mod:`.unheard`: Whisper ended the chunk early or looped) are decoded again, each on
        its own, in batches of the same size gathered across groups; what that second pass
        hears replaces the first pass's words in those pieces when :func:`.unheard.heard_again`
        trusts it. ``deadline`` (``time.monotonic()`` value) is checked before every batch of
        either pass: past it, :class:`BudgetExceeded`."""
        out: list[list[RawSegment]] = [[] for _ in signals]
        group = 4 * self.options.batch_size
        waiting: list[tuple[Chunk, list[RawSegment], list[int]]] = []     # first pass done, pieces to redo

        def check(what: str) -> None:
            if deadline is not None and time.monotonic() > deadline:
                raise BudgetExceeded(f"{what} when the time budget ran out")

        for g in range(0, len(chunks), group):
            check(f"{g} of {len(chunks)} speech chunks decoded")
            for chunk, segments in self._decode(signals, chunks[g:g + group]):
                unheard = unheard_pieces(chunk, segments) if self.options.word_timestamps else []
                if unheard:
                    waiting.append((chunk, segments, unheard))
                else:
                    out[chunk.signal] += segments
            if waiting and (sum(len(u) for _, _, u in waiting) >= group or g + group >= len(chunks)):
                check(f"all {len(chunks)} speech chunks decoded once, pieces left unheard not yet again")
                for chunk, segments in self._decode_again(signals, waiting):
                    out[chunk.signal] += segments
                waiting = []
        for segs in out:
            segs.sort(key=lambda r: (r.start, r.end))
        return out

    def _decode_again(self, signals: list[np.ndarray], waiting) -> list[tuple[Chunk, list[RawSegment]]]:
        """The second pass: each unheard piece of the ``waiting`` chunks decoded on its own,
        without the hotwords prompt; per chunk, its first-pass segments with the words of the
        pieces heard again dropped, plus the second pass's trusted segments."""
        pieces = [(k, i) for k, (_, _, unheard) in enumerate(waiting) for i in unheard]
        redo = [Chunk(waiting[k][0].signal, [waiting[k][0].pieces[i]]) for k, i in pieces]
        again = self._decode(signals, redo, prompt=False) if redo else []
        found: list[dict[int, list[RawSegment]]] = [{} for _ in waiting]
        first = [bare_text("".join(s.text for s in segments)) for _, segments, _ in waiting]
        for (k, i), (_, segments) in zip(pieces, again):
            kept = [s for s in segments if heard_again(s, first[k])]
            if kept:
                found[k][i] = kept
        result = []
        for (chunk, segments, _), heard in zip(waiting, found):
            kept = (drop_words_in(s, chunk, set(heard)) for s in segments)
            result.append((chunk, [s for s in kept if s is not None] + [s for ss in heard.values() for s in ss]))
        return result

    def _decode(self, signals: list[np.ndarray], part: list[Chunk],
                prompt: bool = True) -> list[tuple[Chunk, list[RawSegment]]]:
        """One batched pass over ``part``: each chunk with its segments in its signal's time.

        The chunks are laid out one per whole second in a scratch array handed to the batched
        pipeline with one clip per chunk."""
        offsets, at = [], 0
        for c in part:
            offsets.append(at)
            at += -(-c.n_samples // RATE) * RATE        # next whole second
        scratch = np.zeros(at, np.float32)
        for c, o in zip(part, offsets):
            scratch[o:o + c.n_samples] = c.samples(signals[c.signal])
        clips = [{"start": o / RATE, "end": (o + c.n_samples) / RATE} for c, o in zip(part, offsets)]
        by_seek = {o // RATE * 100: (i, o / RATE) for i, o in enumerate(offsets)}
        with self._lock, self._blas():
            segments, _ = self.batched.transcribe(scratch, clip_timestamps=clips,
                                                  batch_size=self.options.batch_size, **self.decode_kwargs(prompt))
            segments = list(segments)
        result: list[tuple[Chunk, list[RawSegment]]] = [(c, []) for c in part]
        for s in segments:
            i, offset = by_seek[s.seek]
            chunk = part[i]
            words = []
            for w in s.words or []:
                a, b = chunk.word_span(w.start - offset, w.end - offset)
                words.append((round(a, 3), round(b, 3), w.word))
            result[i][1].append(RawSegment(
                round(chunk.source_time(s.start - offset), 3), round(chunk.source_time(s.end - offset, True), 3),
                s.text, s.avg_logprob, s.no_speech_prob, s.compression_ratio, words))
        return result


@lru_cache(maxsize=2)
def _engine(options: AsrOptions) -> WhisperEngine:
    return WhisperEngine(options)


_engine_lock = threading.Lock()


def get_engine(options: AsrOptions = AsrOptions()) -> WhisperEngine:
    """The per-process engine for these options: loaded on first use, then reused. Thread-safe:
    a caller arriving while another thread loads it waits for that engine instead of loading a
    second copy (the nightly run loads it in the background while it reads the rulebook)."""
    with _engine_lock:
        return _engine(options)


get_engine.cache_clear = _engine.cache_clear   # type: ignore[attr-defined]
