"""Decoding, resampling, channel split and every unusable-recording case."""
import numpy as np
import pytest
import soundfile as sf

from callqa.asr.audio import TARGET_RATE, AudioError, load_audio, split_roles
from tests.conftest import FIXTURES, tone


def _peak_hz(x: np.ndarray, rate: int) -> float:
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    return float(np.fft.rfftfreq(len(x), 1 / rate)[spec.argmax()])


def test_8k_stereo_is_resampled_to_16k_without_changing_pitch(make_audio):
    path = make_audio("call.flac", np.stack([tone(440, 2, 8000), tone(1000, 2, 8000)], 1), 8000)
    audio = load_audio(path)
    assert audio.source_rate == 8000 and audio.n_channels == 2
    assert audio.duration == pytest.approx(2.0)
    left, right = audio.channels
    assert len(left) == 2 * TARGET_RATE and left.dtype == np.float32
    assert _peak_hz(left, TARGET_RATE) == pytest.approx(440, abs=2)
    assert _peak_hz(right, TARGET_RATE) == pytest.approx(1000, abs=2)


@pytest.mark.parametrize("rate", [8000, 11025, 22050, 44100, 48000])
def test_any_sample_rate_becomes_16k(make_audio, rate):
    audio = load_audio(make_audio(f"r{rate}.wav", tone(300, 1, rate)[:, None], rate))
    assert len(audio.channels[0]) == pytest.approx(TARGET_RATE, abs=2)


@pytest.mark.parametrize("fmt,kw", [("wav", {"subtype": "ULAW"}), ("ogg", {"format": "OGG", "subtype": "VORBIS"}),
                                    ("mp3", {"format": "MP3"}), ("flac", {})])
def test_telephony_and_compressed_formats_decode(make_audio, fmt, kw):
    path = make_audio(f"call.{fmt}", np.stack([tone(440, 1, 8000), tone(880, 1, 8000)], 1), 8000, **kw)
    audio = load_audio(path)
    assert audio.n_channels == 2
    assert _peak_hz(audio.channels[0], TARGET_RATE) == pytest.approx(440, abs=5)


def test_stereo_split_default_left_is_agent(make_audio):
    audio = load_audio(make_audio("c.wav", np.stack([tone(440, 1, 8000), tone(880, 1, 8000)], 1)))
    signals = split_roles(audio)
    assert [(s.channel, s.speaker) for s in signals] == [("left", "agent"), ("right", "customer")]
    assert _peak_hz(signals[0].samples, TARGET_RATE) == pytest.approx(440, abs=2)


def test_stereo_split_right_is_agent_when_mapped(make_audio):
    audio = load_audio(make_audio("c.wav", np.stack([tone(440, 1, 8000), tone(880, 1, 8000)], 1)))
    signals = split_roles(audio, "right")
    assert [(s.channel, s.speaker) for s in signals] == [("left", "customer"), ("right", "agent")]


def test_mono_file_and_mono_mapping_give_one_unknown_signal(make_audio):
    mono = load_audio(make_audio("m.wav", tone(440, 1, 8000)[:, None]))
    assert [(s.channel, s.speaker) for s in split_roles(mono)] == [("mono", "unknown")]
    stereo = load_audio(make_audio("s.wav", np.stack([tone(440, 1, 8000)] * 2, 1)))
    assert [(s.channel, s.speaker) for s in split_roles(stereo, "mono")] == [("mono", "unknown")]


def test_unknown_channel_mapping_is_refused(make_audio):
    audio = load_audio(make_audio("s.wav", np.stack([tone(440, 1, 8000)] * 2, 1)))
    with pytest.raises(AudioError, match="agent_channel"):
        split_roles(audio, "centre")


@pytest.mark.parametrize("kind", ["empty", "zero_length", "truncated", "not_audio", "unsupported",
                                  "silence", "three_channels"])
def test_bad_input_names_file_and_reason(bad_files, kind):
    path, reason = bad_files[kind]
    with pytest.raises(AudioError) as info:
        load_audio(path)
    assert str(path) in str(info.value)
    assert reason in info.value.reason
    assert info.value.status == ("empty" if kind == "silence" else "failed")


def test_missing_file(tmp_path):
    with pytest.raises(AudioError, match="file not found"):
        load_audio(tmp_path / "nope.wav")


def test_truncated_wav_is_refused_not_read_short(make_audio, tmp_path):
    """libsndfile reads a cut-off WAV as a shorter call; the header's data size catches it."""
    good = make_audio("full.wav", np.stack([tone(440, 2, 8000), tone(880, 2, 8000)], 1), 8000, subtype="PCM_16")
    data = good.read_bytes()
    cut = tmp_path / "cut.wav"
    cut.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(AudioError) as info:
        load_audio(cut)
    assert str(cut) in str(info.value) and "truncated" in info.value.reason
    assert load_audio(good).duration == pytest.approx(2.0)        # a complete file still reads


def test_dual_mono_stereo_is_one_unknown_signal(make_audio):
    """The same mix on both channels says nothing of roles: one signal, roles from the words."""
    mix = tone(440, 1, 8000) + 0.5 * tone(700, 1, 8000)
    dual = load_audio(make_audio("dual.flac", np.stack([mix, mix], 1) * 0.5, 8000))
    assert [(s.channel, s.speaker) for s in split_roles(dual)] == [("mono", "unknown")]
    two = load_audio(make_audio("two.flac", np.stack([tone(440, 1, 8000), tone(700, 1, 8000)], 1) * 0.5, 8000))
    assert [s.speaker for s in split_roles(two)] == ["agent", "customer"]


@pytest.mark.parametrize("name,kw", [("pcm.wav", {"subtype": "PCM_16"}), ("ulaw.wav", {"subtype": "ULAW"}),
                                     ("call.flac", {}), ("call.ogg", {}), ("call.mp3", {})])
def test_truncated_files_of_every_format_fail_never_read_short(make_audio, tmp_path, name, kw):
    """A copy cut at two thirds must not become a shorter call (whose closing would be missing)."""
    t = np.arange(6 * 8000) / 8000
    data = np.stack([0.3 * np.sin(2 * np.pi * 440 * t), 0.3 * np.sin(2 * np.pi * 660 * t)], 1).astype(np.float32)
    good = make_audio(name, data, 8000, **kw)
    assert load_audio(good).duration == pytest.approx(6.0, abs=0.05)      # the complete file reads whole
    cut = tmp_path / f"cut_{name}"
    raw = good.read_bytes()
    cut.write_bytes(raw[: len(raw) * 2 // 3])
    with pytest.raises(AudioError) as info:
        load_audio(cut)
    assert str(cut) in str(info.value) and "truncated" in info.value.reason and info.value.status == "failed"


@pytest.mark.parametrize("name,content,reason", [
    ("notes.mp3", "这不是录音 / not a recording\n" * 5, "not an audio file: it holds text"),
    ("garbage.ogg", bytes(range(128, 256)) * 8, "not an audio file: it starts with bytes 80 81"),
])
def test_a_file_that_is_not_audio_says_so(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    with pytest.raises(AudioError) as info:
        load_audio(path)
    assert str(path) in str(info.value) and reason in info.value.reason


def test_streamed_decoding_matches_whole_file_resampling(make_audio):
    """Block-by-block soxr gives the same 16 kHz signal as resampling the file in one go."""
    import soxr
    rng = np.random.default_rng(1)
    x = (0.1 * rng.standard_normal(8000 * 20)).astype(np.float32)        # 20 s: several blocks
    audio = load_audio(make_audio("n.flac", x, 8000, subtype="PCM_24"))
    whole = soxr.resample(sf.read(audio.path, dtype="float32")[0], 8000, 16000, quality="HQ")
    assert len(audio.channels[0]) == len(whole)
    assert np.max(np.abs(audio.channels[0] - whole)) < 1e-4


LONG_CALL_SCRIPT = """
import resource, sys
import numpy as np, soundfile as sf
from callqa.asr import AsrOptions, prepare_call
path, seconds, speech = sys.argv[1], int(sys.argv[2]), sys.argv[3]
call, rate = sf.read(speech, dtype="float32")          # a short real two-party call, tiled
minute = np.resize(call, (rate * 60, 2))
with sf.SoundFile(path, "w", rate, 2, subtype="PCM_16") as f:
    for m in range(seconds // 60):                      # written a minute at a time
        f.write(minute)
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
p = prepare_call(path, AsrOptions())
assert p.error is None, p.error
print(base, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, p.audio.duration, len(p.chunks))
"""


@pytest.mark.slow
def test_an_hour_long_call_is_prepared_in_bounded_memory(tmp_path):
    """Decode + resample + Silero on a generated one-hour stereo call in a fresh process: the
    peak stays near the 16 kHz channels themselves (2 × 230 MB), not the several GB a
    whole-file decode with context-padded VAD copies would reach."""
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-c", LONG_CALL_SCRIPT, str(tmp_path / "hour.wav"), "3600",
                          str(FIXTURES / "short_stereo_8k.wav")],
                         capture_output=True, text=True, check=True).stdout.split()
    base, peak, duration, chunks = float(out[0]), float(out[1]), float(out[2]), int(out[3])
    assert duration == pytest.approx(3600.0)
    assert chunks > 50                      # real speech all along: chunks of both channels
    assert peak - base < 900, f"peak RSS {peak:.0f} MB (imports {base:.0f} MB)"  # measured: 770
