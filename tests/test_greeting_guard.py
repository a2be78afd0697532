"""QA101's guard (rules/guard.py, GreetingParams.guard, callqa.models.greeting): a parts-missing
finding the greeting model judges complete is held as a 0-point note of another check, never a
deduction; a missing model leaves the rule unguarded with a warning; the recorded rulebook
identity names the model, so a night rescores when it changes. A toy model trained here on
made-up openings stands in for the built one (the built one is checked where present)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import yaml
from typer.testing import CliRunner

from callqa.models import greeting as gmodel
from callqa.rules import RulebookError, load_rulebook, score_call
from callqa.rules.examples import check_examples
from callqa.rules.guard import unguarded
from callqa.rules.rulebook import parse_rulebook
from callqa.rules.transcript import Transcript
from eval import greeting_model as gm

COMPLETE = ["您好，星光通信客服中心，请问有什么可以帮您？", "您好，这里是蓝海物流，工号一零八，请问有什么需要？",
            "下午好，欢迎致电青木家政，我是小周，请问有什么可以帮到您？", "您好，云帆保险，很高兴为您服务，请问您需要什么帮助？",
            "早上好，禾田花店，我是小林，请问想了解点什么？", "您好，橙子宽带客服，请问有什么能帮您？"]
INCOMPLETE = ["喂，你说", "哎，说吧，什么事？", "喂，星光通信。", "在呢，您说。", "嗯？", "你好，说吧"]
HELD = "您好，星光通信客服中心，请问有什么可以帮您？"      # complete; the toy rule's lists miss its offer


@pytest.fixture
def toy_models(tmp_path, monkeypatch):
    """CALLQA_MODELS_DIR with a toy greeting model trained on the openings above."""
    calls = [gm.Opening(f"toy-{k:03d}", "X", k >= len(COMPLETE), False, False, [t], "", "", 0.5)
             for k, t in enumerate(COMPLETE + INCOMPLETE)]
    gm.freeze(calls, "t2+struct", 0.5, path=tmp_path / "models" / gmodel.FILE_NAME)
    monkeypatch.setenv("CALLQA_MODELS_DIR", str(tmp_path / "models"))
    return tmp_path / "models"


def _book(guard: dict | None = None, note: dict | None = None, version: str = "t1") -> dict:
    qa101 = {"code": "QA101", "name": "greeting-incomplete", "check": "greeting", "summary": "开头语不完整",
             "dimension": "服务用语", "severity": "B", "points": 5,
             "params": {"require": {"问候": ["您好", "你好", "下午好", "早上好"], "提供帮助": ["有什么需要"]}}}
    if guard is not None:
        qa101["params"]["guard"] = guard
    rules = [qa101]
    note = {"code": "QA105", "name": "greeting-held", "check": "greeting_held", "kind": "held",
            "summary": "暂缓", "dimension": "服务用语", "severity": "C", "points": 0,
            "explanation": "开头语规则判缺少{missing},模型判断完整 (p={p}),不扣分,待复核", **(note or {})}
    rules.append(note)
    return {"name": "toy", "version": version, "rules": rules}


GUARD = {"model": "greeting", "threshold": 0.5, "note": "QA105"}


def _score(book, text):
    return score_call(Transcript.from_items([["agent", text]]), book)


def test_guard_holds_a_finding_the_model_judges_complete(toy_models):
    book = parse_rulebook(_book(GUARD))
    card = _score(book, HELD)
    assert [f.rule_id for f in card.findings] == ["QA105"]
    held = card.findings[0]
    assert held.points == 0 and held.check == "greeting_held" and card.score == 100
    p = gmodel.load().score_segments([{"speaker": "agent", "start": 0.0, "end": 3.0, "text": HELD}])
    assert p < 0.5
    assert held.explanation == f"开头语规则判缺少提供帮助,模型判断完整 (p={p:.2f}),不扣分,待复核"
    # an opening the model also judges incomplete stays a deduction; the model never adds a finding
    card = _score(book, "喂，你说")
    assert [f.rule_id for f in card.findings] == ["QA101"] and card.score == 95
    assert _score(book, "您好，星光通信，请问有什么需要？").findings == []


def test_missing_model_runs_unguarded_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("CALLQA_MODELS_DIR", str(tmp_path / "nothing"))
    book = parse_rulebook(_book(GUARD))
    assert [f.rule_id for f in _score(book, HELD).findings] == ["QA101"]
    assert book.identity == "t1"
    (line,) = unguarded(book)
    assert "QA101" in line and "greeting" in line and "unguarded" in line


def test_identity_names_the_guard_model(toy_models):
    book = parse_rulebook(_book(GUARD))
    sha = gmodel.load().sha
    assert len(sha) == 12 and book.identity == f"t1+greeting:{sha}"
    assert parse_rulebook(_book()).identity == "t1"          # no guard: the version alone
    assert book.held_from == {"QA105": "QA101"}


def test_a_changed_guard_model_is_rescored_by_the_night(toy_models, tmp_path):
    from callqa.pipelines.inputs.recordings import CallJob, audio_sha256
    from callqa.pipelines.record import CallResult, apply_rules
    from callqa.pipelines.runs import nightly as night
    from callqa.pipelines.sink.writer import write_results

    book = parse_rulebook(_book(GUARD))
    out = str(tmp_path / "out")
    jobs = []
    for cid in ("plain", "same", "other"):
        path = tmp_path / "store" / f"{cid}.wav"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"RIFF-audio")
        jobs.append(CallJob(cid, str(path), f"{cid}.wav", "2026-11-21").to_dict())
    recorded = apply_rules(CallResult(jobs[1], "ok", segments=[{"speaker": "agent", "start": 0.0, "end": 3.0,
                                                               "text": HELD}]), book)
    assert recorded.rulebook_version == book.identity and "+greeting:" in recorded.rulebook_version
    for job, version in zip(jobs, ("t1", book.identity, "t1+greeting:000000000000")):
        write_results(out, [CallResult(job, "ok", asr_model="m1", rulebook_version=version,
                                       audio_sha256=audio_sha256(job["path"]))], "earlier")
    plan = night.plan_night(jobs, out, "m1", book.identity)
    assert plan.skipped == {"same": "unchanged"}
    assert [j["call_id"] for j in plan.todo] == ["plain", "other"]   # scored unguarded / by another model


@pytest.mark.parametrize("note, message", [
    ({"code": "QA106"}, "no rule 'QA105'"),
    ({"points": 2}, "deducts"),
    ({"check": "greeting", "kind": None}, "this rule's check"),
])
def test_the_note_rule_must_exist_deduct_nothing_and_be_another_check(note, message):
    data = _book(GUARD, note)
    if note.get("kind", "") is None:
        del data["rules"][1]["kind"]
        data["rules"][1]["params"] = {}
    with pytest.raises(RulebookError, match=message):
        parse_rulebook(data)


def test_guard_needs_require():
    data = _book()
    data["rules"][0]["params"] = {"openers": {"patterns": ["^喂"]}, "guard": GUARD}
    with pytest.raises(RulebookError, match="guard"):
        parse_rulebook(data)


def test_examples_needing_a_missing_model_are_skipped_not_failed(tmp_path, monkeypatch):
    data = _book(GUARD)
    data["rules"][0]["examples"] = {"fire": [[["agent", "喂，你说"]]], "pass": [[["agent", HELD]]]}
    data["rules"][1]["examples"] = {"fire": [[["agent", HELD]]]}
    path = tmp_path / "book.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("CALLQA_MODELS_DIR", str(tmp_path / "nothing"))
    report = check_examples(load_rulebook(path))
    assert report.ok and sum(bool(r.skipped) for r in report) == 2
    from callqa.pipelines.display.cli import app
    result = CliRunner().invoke(app, ["rules", "test", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.count("warning:") == 1 and "2 skipped" in result.output


def test_the_default_rulebook_holds_a_correct_opening_its_lists_miss():
    if gmodel.load() is None:
        pytest.skip("greeting model not built (make setup)")
    book = load_rulebook()
    assert book.identity.startswith(book.version + "+greeting:")
    card = _score(book, "您好，晨光家政，我是客服小周，您有什么想了解的吗？")
    assert [(f.rule_id, f.check, f.points) for f in card.findings] == [("QA105", "greeting_held", 0.0)]
    assert "缺少提供帮助" in card.findings[0].explanation and "模型判断完整 (p=0.0" in card.findings[0].explanation
    assert [f.rule_id for f in _score(book, "喂，你说").findings if f.check == "greeting"] == ["QA101", "QA102"]


def test_runtime_scores_the_opening_as_the_trainer_does():
    """One logic: the guard's score of a labelled call (from the rule context's turns) equals the
    trainer's (its Opening, its features, its batched predict)."""
    from callqa.pipelines.record import to_transcript
    from callqa.rules.context import CallContext
    from eval.evaluate import load_labelled
    from eval.insult_model import predict

    model = gmodel.load()
    if model is None:
        pytest.skip("greeting model not built (make setup)")
    calls, _ = load_labelled(Path(__file__).resolve().parents[1] / "eval" / "labelled.jsonl")
    cfg = model.meta["settings"]
    rows, mine = [], []
    for c in calls[:80]:
        turns, before, between, delay = gm.opening(c.segments)
        rows.append(gm.opening_features(turns, before, between, delay, cfg))
        ctx = CallContext(to_transcript(c.call_id, c.segments, c.duration))
        mine.append(model.score_turns((t.speaker, t.raw, t.start) for t in ctx.turns))
    assert np.allclose(predict(model.weights, model.bias, rows), mine, rtol=0, atol=1e-12)
