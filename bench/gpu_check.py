"""GPU check (run by bench/gpu_check.sh on a CUDA machine): raw faster-whisper batched against
callqa's ASR path, Whisper base, several batch sizes; real-time factor and GPU utilisation.

The demo calls are repeated ``--repeat`` times so each variant runs long enough (seconds) for
the utilisation samples to mean something. Audio is decoded with callqa's decoder outside the
clock for the raw variant (PyAV's ``decode_audio`` breaks with av 19, see gpu_stage.sh); the
callqa variants decode inside it, with the prefetch thread, as the nightly flow does.
Prints a table and writes it, with every sample, as JSON to ``--out``.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class GpuSampler:
    """GPU utilisation (%) and memory (MiB) every ``period`` s, from NVML or nvidia-smi."""

    def __init__(self, period: float = 0.1):
        self.period, self.samples, self._stop = period, [], threading.Event()
        try:
            import pynvml
            pynvml.nvmlInit()
            handle = pynvml.nvmlDeviceGetHandleByIndex(0)

            def read():
                u = pynvml.nvmlDeviceGetUtilizationRates(handle)
                return float(u.gpu), pynvml.nvmlDeviceGetMemoryInfo(handle).used / 2**20
            self.read, self.source = read, "nvml"
        except Exception:
            def read():
                out = subprocess.run(["nvidia-smi", "--query-gpu=utilization.gpu,memory.used",
                                      "--format=csv,noheader,nounits", "-i", "0"],
                                     capture_output=True, text=True, timeout=5).stdout.split(",")
                return float(out[0]), float(out[1])
            self.read, self.source = read, "nvidia-smi"
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while not self._stop.is_set():
            try:
                self.samples.append((time.perf_counter(), *self.read()))
            except Exception:
                pass
            time.sleep(self.period)

    def window(self, t0: float, t1: float) -> dict:
        inside = [(u, m) for t, u, m in self.samples if t0 <= t <= t1]
        if not inside:
            return {"util_mean": None, "util_max": None, "mem_max_mib": None, "n": 0}
        utils = [u for u, _ in inside]
        return {"util_mean": round(statistics.mean(utils), 1), "util_max": max(utils),
                "mem_max_mib": round(max(m for _, m in inside)), "n": len(inside)}

    def stop(self):
        self._stop.set()
        self.thread.join(timeout=2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--audio", type=Path, default=ROOT / "demo" / "store")
    ap.add_argument("--repeat", type=int, default=8)
    ap.add_argument("--batch-sizes", default="8,16,32")
    ap.add_argument("--out", type=Path, default=Path("gpu_check.json"))
    ap.add_argument("--device", default="cuda", help="cpu: a smoke test of this script without a GPU")
    args = ap.parse_args()

    import ctranslate2
    from faster_whisper import BatchedInferencePipeline

    from callqa.asr import AsrOptions, WhisperEngine, load_audio, prefetch_calls, transcribe_prepared
    files = sorted(p for p in args.audio.rglob("*") if p.suffix.lower() in (".wav", ".flac", ".ogg", ".mp3"))
    calls = files * args.repeat
    decoded = {p: load_audio(p) for p in files}
    audio_s = sum(decoded[p].duration for p in calls)
    print(f"ctranslate2 {ctranslate2.__version__}, CUDA devices {ctranslate2.get_cuda_device_count()}; "
          f"{len(files)} calls × {args.repeat} = {audio_s:.0f} s of audio", flush=True)
    sampler = GpuSampler()
    rows = []
    engines: dict[int, WhisperEngine] = {}

    def measure(name: str, batch: int, fn) -> None:
        fn(calls[:len(files)])                                  # warm-up: one pass over the demo calls
        t0 = time.perf_counter()
        n = fn(calls)
        t1 = time.perf_counter()
        row = {"variant": name, "batch_size": batch, "wall_s": round(t1 - t0, 2), "audio_s": round(audio_s, 1),
               "x_real_time": round(audio_s / (t1 - t0), 1), "segments": n, **sampler.window(t0, t1)}
        rows.append(row)
        print(json.dumps(row), flush=True)

    for batch in [int(b) for b in args.batch_sizes.split(",")]:
        options = AsrOptions(device=args.device, batch_size=batch)
        engine = engines.setdefault(0, WhisperEngine(options))
        engine.options = options
        raw = BatchedInferencePipeline(engine.model)
        kwargs = dict(language="zh", beam_size=options.beam_size, hotwords=options.hotwords, batch_size=batch,
                      vad_filter=True, vad_parameters={"min_silence_duration_ms": options.vad_min_silence_ms,
                                                       "threshold": options.vad_threshold})

        def raw_fw(paths, kwargs=kwargs, raw=raw):
            n = 0
            for p in paths:
                for samples in decoded[p].channels:
                    segments, _ = raw.transcribe(samples, **kwargs)
                    n += sum(1 for _ in segments)
            return n

        def ours(paths, engine=engine):
            return sum(len(transcribe_prepared(prepared, engine).segments)
                       for _, prepared in prefetch_calls(paths, engine.options))

        measure("raw faster-whisper batched (its VAD, no word timestamps)", batch, raw_fw)
        measure("callqa asr path (accurate: word timestamps)", batch, ours)
        engine.options = AsrOptions(device=args.device, batch_size=batch, beam_size=1, word_timestamps=False,
                                    profile="fast")
        measure("callqa asr path (fast: greedy, no word timestamps)", batch, ours)
    sampler.stop()
    print(f"\n{'variant':<58}{'batch':>6}{'x real time':>12}{'GPU util %':>11}{'GPU MiB':>9}")
    for r in rows:
        print(f"{r['variant']:<58}{r['batch_size']:>6}{r['x_real_time']:>12}{r['util_mean'] or '-':>11}"
              f"{r['mem_max_mib'] or '-':>9}")
    args.out.write_text(json.dumps({"sampler": sampler.source, "rows": rows}, indent=1))


if __name__ == "__main__":
    main()
