"""Decoding, resampling, channel split and every unusable-recording case."""
import numpy as np
import pytest

from callqa.asr.audio import TARGET_RATE, AudioError, load_audio, split_roles
from tests.conftest import tone


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
