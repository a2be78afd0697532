"""Redaction of personal data (issue 10): every recogniser's examples, numbers read over
several turns, the CallResult the writer stores, the caller hash, settings files and audio."""
import json
import re
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from callqa.pipelines.inputs.recordings import CallJob
from callqa.pipelines.privacy import (PrivacyConfigError, PrivacyKeyError, hash_caller, load_privacy_config,
                                      mask_audio, redact_call, redact_result, redact_rows, redact_text)
from callqa.pipelines.privacy.config import parse_privacy_config
from callqa.pipelines.privacy.digits import DIGIT_VALUES
from callqa.pipelines.privacy.recognisers import id_check_char, is_bank_card, is_id_card
from callqa.pipelines.record import CallResult, score_segments, to_rows
from callqa.rules import load_rulebook

CONFIG = load_privacy_config()
LABELLED = Path(__file__).resolve().parents[1] / "eval" / "pii" / "calls.jsonl"
_MARK = re.compile("«(.*?)»")


def _call(example) -> tuple[list[dict], list[set[int]]]:
    """An example (one text, or [speaker, text] items) → segments and, per segment, the
    positions that must be masked (written «like this»)."""
    items = [["customer", example]] if isinstance(example, str) else example
    segments, marked = [], []
    for i, (speaker, text) in enumerate(items):
        plain, positions, pos = "", set(), 0
        for m in _MARK.finditer(text):
            plain += text[pos:m.start()]
            positions.update(range(len(plain), len(plain) + len(m.group(1))))
            plain += m.group(1)
            pos = m.end()
        plain += text[pos:]
        segments.append({"speaker": speaker, "start": 3.0 * i, "end": 3.0 * i + 2.7, "text": plain})
        marked.append(positions)
    return segments, marked


def _examples():
    for kind, rec in CONFIG.recognisers.items():
        for n, ex in enumerate(rec.examples.mask):
            yield pytest.param(kind, ex, True, id=f"{kind}-mask-{n}")
        for n, ex in enumerate(rec.examples.keep):
            yield pytest.param(kind, ex, False, id=f"{kind}-keep-{n}")


def test_every_recogniser_has_examples_both_ways():
    for kind, rec in CONFIG.recognisers.items():
        assert rec.examples.mask and rec.examples.keep, kind


@pytest.mark.parametrize("kind,example,masks", list(_examples()))
def test_recogniser_example(kind, example, masks):
    segments, marked = _call(example)
    call = redact_call(segments, config=CONFIG)
    covered = [set() for _ in segments]
    for span in call.spans:
        covered[span.seg].update(range(span.start, span.end))
    for seg, want, got in zip(segments, marked, covered):
        missed = "".join(seg["text"][p] for p in sorted(want - got))
        assert not missed, f"{seg['text']!r}: left visible {missed!r}"
        extra = "".join(seg["text"][p] for p in sorted(got - want) if seg["text"][p].strip("，,。 "))
        assert not extra, f"{seg['text']!r}: masked ordinary text {extra!r}"
    if masks:
        assert any(s.kind == kind for s in call.spans), [s.kind for s in call.spans]


def test_phone_pattern_never_leaves_part_of_an_id_number():
    first17 = "11010519900307123"
    id_number = first17 + id_check_char(first17)
    assert is_id_card(id_number)
    text = redact_text(f"身份证号码是{id_number}", CONFIG)
    assert not re.search(r"\d{3}", text), text
    assert text == "身份证号码是[身份证号]"


def test_number_split_across_turns_with_the_other_side_between():
    segments = [
        {"speaker": "agent", "start": 0.0, "end": 2.0, "text": "麻烦您报一下身份证号。"},
        {"speaker": "customer", "start": 2.5, "end": 4.0, "text": "一一零一零五"},
        {"speaker": "agent", "start": 4.2, "end": 4.5, "text": "嗯,您说。"},
        {"speaker": "customer", "start": 4.8, "end": 6.5, "text": "然后是一九四九一二三一"},
        {"speaker": "agent", "start": 6.6, "end": 6.9, "text": "好的"},
        {"speaker": "customer", "start": 7.0, "end": 8.0, "text": "零零二叉"},
        {"speaker": "agent", "start": 8.5, "end": 10.0, "text": "最后四位是零零二叉对吧?这个月话费五十八元。"},
    ]
    call = redact_call(segments, config=CONFIG)
    texts = [s["text"] for s in call.segments]
    assert texts[1] == "[身份证号]" and texts[3] == "然后是[身份证号]" and texts[5] == "[身份证号]"
    assert texts[6] == "最后四位是[身份证号]对吧?这个月话费五十八元。"
    assert [i.kind for i in call.items if len(i.parts) == 3] == ["id_card"]


def test_groups_of_another_speaker_or_far_apart_do_not_join():
    segments = [{"speaker": "customer", "start": 0.0, "end": 2.0, "text": "一三九一二三四"},
                {"speaker": "agent", "start": 2.0, "end": 3.0, "text": "五六七八"}]
    assert not redact_call(segments, config=CONFIG).spans
    segments[1]["speaker"] = "customer"
    assert redact_call(segments, config=CONFIG).segments[1]["text"] == "[手机号]"
    segments[1].update(start=200.0, end=202.0)
    assert not redact_call(segments, config=CONFIG).spans


def test_ordinary_numbers_survive_next_to_a_phone_number():
    text = "我的工号是1023,您的手机13912345678已办好5G畅享套餐,每月128元,2026年11月21日生效,订单号2026112100001234567"
    assert redact_text(text, CONFIG) == ("我的工号是1023,您的手机[手机号]已办好5G畅享套餐,每月128元,"
                                         "2026年11月21日生效,订单号2026112100001234567")


def test_partial_mask_style_keeps_first_three_and_last_four():
    config = CONFIG.model_copy(update={"mask_style": "partial"})
    assert redact_text("电话13912345678", config) == "电话139****5678"
    assert redact_text("电话一三九 一二三四 五六七八", config) == "电话一三九 **** 五六七八"
    assert redact_text("身份证11010519491231002X", config) == "身份证[身份证号]"
    segments = [{"speaker": "customer", "start": 0.0, "end": 3.0, "text": "手机13912345678"},
                {"speaker": "agent", "start": 3.0, "end": 5.0, "text": "中间是1234吗"}]
    assert [s["text"] for s in redact_call(segments, config=config).segments] == ["手机139****5678", "中间是****吗"]


def _result(segments, caller="+86 139-1234-5678", metadata=None) -> CallResult:
    job = CallJob("c1", "/store/13912345678.wav", "2026-11-21/13912345678.wav", "2026-11-21", agent_id="A1",
                  team="T", caller=caller, metadata=metadata or {})
    card = score_segments("c1", segments, None, load_rulebook())
    return CallResult(job.to_dict(), "ok", source="transcript", segments=segments, scorecard=card)


def _rows_text(result, run_id="r1") -> str:
    return json.dumps(to_rows(result, run_id), ensure_ascii=False, default=str)


SEGMENTS = [
    {"speaker": "agent", "start": 0.0, "end": 2.0, "text": "你好"},
    {"speaker": "customer", "start": 2.0, "end": 6.0, "text": "我叫张伟,我手机是一三九一二三四五六七八,你们乱扣费我要投诉"},
    {"speaker": "agent", "start": 6.0, "end": 9.0, "text": "张先生,一三九一二三四五六七八是吧,这个我也不清楚。"},
]


def test_redact_result_masks_every_written_field(monkeypatch):
    monkeypatch.setenv("CALLQA_PRIVACY_KEY", "test-secret")
    result = _result(SEGMENTS, metadata={"customer_phone": "13912345678", "note": "回拨13912345678"})
    raw = _rows_text(result)
    assert "一三九一二三四五六七八" in raw and "张伟" in raw and result.scorecard.findings
    redacted = redact_result(result, CONFIG)
    rows = _rows_text(redacted)
    for secret in ("一三九一二三四五六七八", "13912345678", "张伟", "1234"):
        assert secret not in rows
    call = to_rows(redacted, "r1")["calls"][0]
    assert call["caller"] == hash_caller("13912345678", "test-secret")
    assert call["path"] == "2026-11-21/[手机号].wav"
    assert json.loads(call["metadata"]) == {"customer_phone": "[个人信息]", "note": "回拨[手机号]"}
    assert any("[手机号]" in f["text"] or "[姓名]" in f["text"] for f in to_rows(redacted, "r1")["findings"])
    assert result.segments[1]["text"] == SEGMENTS[1]["text"]       # the original is left as it was


def test_metadata_fields_named_personal_are_masked_whole_and_others_redacted():
    meta = {"customerPhone": "13912345678", "queue": "宽带", "company": "星辰通信", "id_card": "x",
            "客户姓名": "张伟", "notes": ["回拨13912345678", {"地址": "人民路1号"}], "priority": 3, "vip": True}
    out = redact_call([], metadata=meta, config=CONFIG).metadata
    assert out == {"customerPhone": "[个人信息]", "queue": "宽带", "company": "星辰通信", "id_card": "[个人信息]",
                   "客户姓名": "[个人信息]", "notes": ["回拨[手机号]", {"地址": "[个人信息]"}], "priority": 3,
                   "vip": True}


def test_rows_written_before_redaction_are_redacted_alike(monkeypatch):
    """``callqa redact`` over an old output directory: the rows as written, redacted, equal the
    rows of the redacted call (a second pass changes nothing)."""
    monkeypatch.setenv("CALLQA_PRIVACY_KEY", "test-secret")
    result = _result(SEGMENTS, metadata={"customer_phone": "13912345678", "note": "回拨13912345678"})
    old = to_rows(result, "r1")
    new = to_rows(redact_result(result, CONFIG), "r1")
    for rows in (redact_rows(old, CONFIG), redact_rows(redact_rows(old, CONFIG), CONFIG)):
        for dataset in ("calls", "segments", "findings"):
            strip = lambda r: {k: v for k, v in r.items() if k != "processed_at"}
            assert [strip(r) for r in rows[dataset]] == [strip(r) for r in new[dataset]], dataset


def test_caller_hash_is_keyed_and_normalised():
    h = hash_caller("+86 139-1234-5678", "k1")
    assert h == hash_caller("13912345678", "k1") != hash_caller("13912345678", "k2")
    assert re.fullmatch(r"[0-9a-f]{64}", h)


def test_missing_key_is_a_clear_error_and_a_key_file_works(monkeypatch, tmp_path):
    monkeypatch.delenv("CALLQA_PRIVACY_KEY", raising=False)
    monkeypatch.delenv("CALLQA_PRIVACY_KEY_FILE", raising=False)
    with pytest.raises(PrivacyKeyError, match="CALLQA_PRIVACY_KEY"):
        redact_result(_result(SEGMENTS), CONFIG)
    key = tmp_path / "key"
    key.write_text("file-secret\n")
    monkeypatch.setenv("CALLQA_PRIVACY_KEY_FILE", str(key))
    out = redact_result(_result(SEGMENTS), CONFIG)
    assert out.job["caller"] == hash_caller("13912345678", "file-secret")
    masked = redact_result(_result(SEGMENTS), CONFIG.model_copy(
        update={"caller": CONFIG.caller.model_copy(update={"mode": "mask", "keep_last4": True})}))
    assert masked.job["caller"] == "[手机号]" and masked.job["metadata"]["caller_last4"] == "5678"


def test_settings_file_overrides_and_errors(tmp_path):
    own = tmp_path / "privacy.yaml"
    own.write_text("mask_style: partial\nrecognisers: {name: {enabled: false}}\n", encoding="utf-8")
    config = load_privacy_config(own)
    assert config.mask_style == "partial" and not config.active("name") and config.active("mobile")
    section = tmp_path / "book.yaml"
    section.write_text("privacy:\n  digits: {keep_context: []}\n", encoding="utf-8")
    assert load_privacy_config(section).digits.keep_context == []
    assert redact_text("订单号13912345678", load_privacy_config(section)) == "订单号[手机号]"
    assert redact_text("订单号13912345678", CONFIG) == "订单号13912345678"
    bad = tmp_path / "bad.yaml"
    bad.write_text("mask_styel: label\n", encoding="utf-8")
    with pytest.raises(PrivacyConfigError, match=r"bad.yaml: privacy field 'mask_styel': unknown field"):
        load_privacy_config(bad)
    with pytest.raises(PrivacyConfigError, match="mask_style"):
        parse_privacy_config({"mask_style": "stars", "recognisers": {}}, "x.yaml")


def test_mask_audio_silences_and_beeps_spans_with_margin():
    sr = 8000
    signal = np.ones((sr * 3, 2), dtype=np.float32)
    quiet = mask_audio(signal, sr, [(1.0, 1.5)], margin=0.1)
    assert np.all(quiet[int(0.9 * sr) + 1:int(1.6 * sr) - 1] == 0)
    assert np.all(quiet[:int(0.9 * sr) - 1] == 1) and np.all(quiet[int(1.6 * sr) + 1:] == 1)
    assert np.all(signal == 1)                                   # the input is left as it was
    pcm = (np.ones(sr * 2) * 1000).astype(np.int16)
    beep = mask_audio(pcm, sr, [(0.5, 1.0)], margin=0.0, mode="beep")
    part = beep[int(0.5 * sr):int(1.0 * sr)]
    assert part.std() > 1000 and np.all(beep[:int(0.5 * sr)] == 1000)
    call = redact_call(SEGMENTS, config=CONFIG)
    spans = [s for s in call.spans if s.kind == "mobile"]
    assert spans and all(2.0 <= s.t_start < s.t_end <= 9.0 for s in spans)
    clip = mask_audio(np.ones(sr * 10, dtype=np.float32), sr, spans, margin=0.2)
    for span in spans:
        assert np.all(clip[int((span.t_start - 0.1) * sr):int((span.t_end + 0.1) * sr)] == 0)
    assert clip[int(0.5 * sr)] == 1                              # 你好 (0–2 s) is kept
    with pytest.raises(ValueError, match="mode"):
        mask_audio(signal, sr, [], mode="bleep")


def test_redaction_switched_off_and_failed_calls():
    off = CONFIG.model_copy(update={"enabled": False})
    assert redact_text("电话13912345678", off) == "电话13912345678"
    failed = CallResult({**_result(SEGMENTS).job, "caller": None}, "failed", error="2026-11-21/13912345678.wav: 无法解码")
    out = redact_result(failed, CONFIG)
    assert out.error == "2026-11-21/[手机号].wav: 无法解码" and out.scorecard is None and out.segments == []


def _digits_only(text: str) -> str:
    return "".join(DIGIT_VALUES.get(ch, ch) for ch in text if ch not in " -—,，、")


@pytest.mark.skipif(not LABELLED.exists(), reason="eval/pii/calls.jsonl not present")
def test_no_labelled_personal_item_is_written(monkeypatch):
    """Every call of the labelled set through the rules and redact_result: no personal item,
    in any written form, is left in the rows the writer would store."""
    monkeypatch.setenv("CALLQA_PRIVACY_KEY", "test-secret")
    leaks = []
    for line in LABELLED.read_text(encoding="utf-8").splitlines():
        call = json.loads(line)
        segments = [dict(s) for s in call["segments"]]
        redacted = redact_result(_result(segments, caller=None), CONFIG)
        rows = to_rows(redacted, "r1")
        # processed_at is the run's clock, not the call's content: its digits would make a
        # personal item's digits "appear" at some times of day (the test was flaky)
        written = "\n".join(str(v) for part in rows.values() for row in part for v in row.values()
                             if not isinstance(v, datetime))
        flat = _digits_only(written)
        for item in call["pii"]:
            for part in item["parts"]:
                text = part["text"]
                in_segment = text in rows["segments"][part["seg"]]["text"]
                anywhere = len(text) >= 2 and text in written       # one character (X) is checked in its segment
                digits = _digits_only(text)
                if in_segment or anywhere or (sum(c.isdigit() for c in digits) >= 3 and digits in flat):
                    leaks.append((call["call_id"], item["kind"], text))
    assert not leaks, leaks[:20]


_RUN_TEXTS = ["我的手机是一三九 一二三四 五六七八", "2026-11-21/13912345678.wav", "3.5元", ".123", "123.", "一2三x",
              "一x", "x", "138.1234.5678", "A1023", "5G", "身份证一一零一零五一九九零零三零七一二三叉", "１２３ ４５６",
              "五十八", "3个月", "一，二三", "一.", ".一二三四五六七八", "", "没有数字", "幺三九两两洞拐"]


def test_call_runs_are_each_texts_digit_runs():
    """The whole-call pass finds exactly what one pass per text finds, at each text's edges too."""
    from callqa.pipelines.privacy.digits import call_runs, digit_runs

    assert call_runs(_RUN_TEXTS) == [digit_runs(t, i) for i, t in enumerate(_RUN_TEXTS)]
    for a in _RUN_TEXTS:
        for b in _RUN_TEXTS:
            assert call_runs([a, b]) == [digit_runs(a, 0), digit_runs(b, 1)]


@pytest.mark.parametrize("text, masked", [
    ("客户说号码是一三九一二三四五六七八", "一三九一二三四五六七八"),       # Chinese numerals
    ("手机１３９１２３４５６７８", "１３９１２３４５６７８"),                   # fullwidth
    ("我叫张伟，住在朝阳区建国路88号3号楼2单元501", "张伟"),                # name and address cues
])
def test_free_text_with_a_number_or_a_cue_is_still_redacted(text, masked):
    assert masked not in redact_text(text, CONFIG)


def test_free_text_without_digits_or_cues_skips_the_recognisers(monkeypatch):
    """Evidence with under 3 digits and no finder cue never reaches the recognisers; a number
    reaches the number recognisers, a cue the text finders."""
    from callqa.pipelines.privacy import redact

    calls = []
    for name in ("_number_items", "_text_items"):
        real = getattr(redact, name)
        monkeypatch.setattr(redact, name, lambda *a, _real=real, _name=name: calls.append(_name) or _real(*a))
    assert redact_text("这个我也不清楚，您稍等一下", CONFIG) == "这个我也不清楚，您稍等一下"
    assert calls == []
    redact_text("请问您怎么称呼？我姓王", CONFIG)
    assert calls == ["_text_items"]
    calls.clear()
    assert "一三九" not in redact_text("好的，一三九一二三四五六七八", CONFIG)
    assert calls == ["_number_items"]
