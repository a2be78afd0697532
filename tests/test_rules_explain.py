"""explain_call (``callqa rules explain``) and the examples report (``callqa rules test``)."""
import json
from pathlib import Path

import yaml

from callqa.rules import (DEFAULT_RULEBOOK, ExampleReport, RuleTrace, Transcript, Utterance, check_examples,
                          explain_call, iter_examples, load_rulebook, score_call)

REPO = Path(__file__).resolve().parents[1]
BOOK = load_rulebook()


def _demo(call_id):
    d = json.loads((REPO / "demo" / "reference" / f"{call_id}.json").read_text(encoding="utf-8"))
    return Transcript(call_id, [Utterance(s["speaker"], s["start"], s["end"], s["text"]) for s in d["segments"]])


def test_explain_covers_every_active_rule_and_agrees_with_the_scorecard():
    for call_id in ("demo_001", "demo_002", "demo_003", "demo_004"):
        t = _demo(call_id)
        traces = explain_call(t, BOOK)
        card = score_call(t, BOOK)
        assert [tr.code for tr in traces] == [r.code for r in BOOK.active]
        assert all(isinstance(tr, RuleTrace) and tr.reason and "\n" not in tr.reason for tr in traces)
        assert {tr.code for tr in traces if tr.fired} == {f.rule_id for f in card.findings}
        assert sum(tr.points for tr in traces) == sum(f.points for f in card.findings)


def test_explain_reasons_say_what_was_looked_for():
    by = {tr.code: tr for tr in explain_call(_demo("demo_001"), BOOK)}
    assert not any(tr.fired for tr in by.values())
    assert by["QA101"].reason == "greeting parts found: 问候 ✓ 自报家门 ✓ 提供帮助 ✓ within first 2 agent turns"
    assert by["QA151"].reason.startswith("「要收费」 at 20.3s") and "amount ✓ start ✓" in by["QA151"].reason
    by = {tr.code: tr for tr in explain_call(_demo("demo_003"), BOOK)}
    assert by["QA131"].fired and by["QA131"].fatal and "神经病" in by["QA131"].reason
    assert by["QA151"].reason == "no fee question by the customer (2 billing dispute turn(s) are not fee questions)"
    assert by["QA171"].fired and "你们怎么回事" in by["QA171"].reason
    assert by["QA175"].fired and by["QA175"].points == 0 and "info, 0 points" in by["QA175"].reason
    assert by["QA182"].reason.startswith("0 interruption(s)")


def test_check_examples_on_a_rulebook_file(tmp_path):
    report = check_examples(DEFAULT_RULEBOOK)
    assert isinstance(report, ExampleReport) and report.ok and report.failures == []
    assert len(report) == len(iter_examples(DEFAULT_RULEBOOK)) == len(iter_examples(BOOK))
    assert report.lines()[-1].endswith(f"{len(report)} passed, 0 failed")
    book = yaml.safe_load(DEFAULT_RULEBOOK.read_text(encoding="utf-8"))
    shirk = next(r for r in book["rules"] if r["code"] == "QA172")
    shirk["examples"]["pass"].append([["agent", "这不归我们管"]])
    path = tmp_path / "book.yaml"
    path.write_text(yaml.safe_dump(book, allow_unicode=True), encoding="utf-8")
    bad = check_examples(path)
    wrong = f"QA172-pass-{len(shirk['examples']['pass']) - 1}"
    assert not bad.ok and [r.example.id for r in bad.failures] == [wrong]
    assert bad.lines()[0].startswith(f"FAIL {wrong}: expected not to fire, got 坐席推诿客户")
    assert "1 failed" in bad.summary() and str(path) in bad.summary()
