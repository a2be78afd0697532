"""Timing and voice metrics: silence, talk_over, speech_rate, short_call, hangup — from voice
activity when the transcript has it, else from the utterances' timings."""
import json
from pathlib import Path

import pytest
import yaml

from callqa.rules import Transcript, Utterance, load_rulebook, parse_rulebook, score_call
from callqa.rules.context import CallContext, merge_intervals

REPO = Path(__file__).resolve().parents[1]
BOOK = load_rulebook()


def found(items, check, book=BOOK, **kw):
    t = Transcript.from_items(items)
    for k, v in kw.items():
        setattr(t, k, v)
    return [f for f in score_call(t, book).findings if f.check == check]


def test_activity_field_and_fallback_to_utterances():
    t = Transcript("c", [Utterance("agent", 0, 5, "您好")])
    assert t.activity is None
    assert CallContext(t).intervals == {"agent": [(0, 5)]}
    t.activity = [Utterance("agent", 0.4, 1.5, ""), Utterance("agent", 1.4, 2.0, ""), Utterance("customer", 3, 4, "")]
    ctx = CallContext(t)
    assert ctx.intervals == {"agent": [(0.4, 2.0)], "customer": [(3, 4)]} and ctx.agent_speech_seconds == pytest.approx(1.6)
    assert ctx.gaps == [(2.0, 3)]
    assert merge_intervals([(5, 6), (0, 1), (1, 2)]) == [(0, 2), (5, 6)]
    ex = Transcript.from_items([["agent", 0, 2, "好"], ["vad:customer", 3, 4, ""]])
    assert [u.speaker for u in ex.utterances] == ["agent"] and ex.activity == [Utterance("customer", 3, 4, "")]


# --- silence --------------------------------------------------------------------------

def test_silence_unannounced_gap_fires_with_evidence():
    [f] = found([["agent", 0, 3, "您好"], ["customer", 3.5, 6, "查话费"], ["agent", 6.5, 8, "好的"],
                 ["agent", 25, 28, "是五十元"]], "silence")
    assert (f.rule_id, f.start, f.end, f.text) == ("QA181", 8, 25, "好的")
    assert f.explanation == "通话静默17.0秒(第8.0–25.0秒),超过10秒"


def test_silence_announced_hold_is_excluded_up_to_the_hold_limit():
    hold = [["agent", 0, 3, "您好"], ["agent", 4, 6, "请您稍等，我帮您查询一下"]]
    assert found(hold + [["agent", 50, 52, "感谢您的耐心等待"]], "silence") == []
    [f] = found(hold + [["agent", 80, 82, "感谢您的耐心等待"]], "silence")
    assert f.matched == "静默>60秒" and "已告知等待" in f.explanation and f.text == "请您稍等，我帮您查询一下"


def test_silence_uses_voice_activity_not_segment_boundaries():
    items = [["agent", 0, 3, "好的"], ["agent", 20, 22, "您好"]]
    assert found(items, "silence")                                                   # utterances: 17 s gap
    vad = [Utterance("agent", 0, 3, ""), Utterance("customer", 4, 19, ""), Utterance("agent", 20, 22, "")]
    assert found(items, "silence", activity=vad) == []                               # VAD: the customer spoke


# --- talk_over ------------------------------------------------------------------------

OVER = [["customer", 0, 8, "我上个月办的那个流量包到现在都没生效"], ["agent", 3, 6, "您先听我说"],
        ["customer", 15, 24, "我就想知道什么时候能好"], ["agent", 18, 21, "我跟您说了"]]


def test_talk_over_counts_interruptions_after_grace():
    [f] = found(OVER, "talk_over")
    assert (f.rule_id, f.start, f.end, f.text) == ("QA182", 3, 18, "您先听我说")
    assert "2次" in f.explanation and "3.0、18.0" in f.explanation
    once = OVER[:2] + [["customer", 15, 24, "我就想知道"], ["agent", 23.5, 26, "好的我来说"]]   # customer ends 0.5 s later
    [f] = found(once, "talk_over")                 # one interruption is enough (2026.12.23: min_count 1)
    assert (f.start, f.end) == (3, 3) and "1次" in f.explanation
    early = [OVER[0], ["agent", 7.5, 10, "您先听我说"]] + once[2:]      # each turn taken 0.5 s early: within grace
    assert found(early, "talk_over") == []


def test_talk_over_needs_both_speakers_and_ignores_backchannels():
    assert found([[("unknown" if s == "agent" or s == "customer" else s), a, b, t] for s, a, b, t in OVER], "talk_over") == []
    backchannel = [OVER[0], ["agent", 3, 3.6, "嗯"], OVER[2], ["agent", 18, 18.5, "对"]]
    assert found(backchannel, "talk_over") == []
    vad = [Utterance("customer", 0, 8, ""), Utterance("agent", 3, 6, ""), Utterance("customer", 15, 24, ""),
           Utterance("agent", 18, 21, "")]
    items = [["customer", 0, 9, OVER[0][3]], ["agent", 9, 12, "您先听我说"], ["customer", 15, 24, OVER[2][3]],
             ["agent", 25, 27, "我跟您说了"]]
    assert found(items, "talk_over") == [] and len(found(items, "talk_over", activity=vad)) == 1


# --- speech_rate ----------------------------------------------------------------------

FAST = "这个流量包每月三十元从下个月一号开始收费首月免费包含二十个G的国内流量"


def test_speech_rate_fast_slow_and_not_judged_when_short():
    fast = [["agent", i * 8, i * 8 + 8, FAST * 2] for i in range(4)]                 # ~ 500/min
    [f] = found(fast, "speech_rate")
    assert f.rule_id == "QA183" and "过快" in f.explanation and f.matched.endswith("字/分钟")
    slow = [["agent", i * 20, i * 20 + 20, "您好请问"] for i in range(3)]
    [f] = found(slow, "speech_rate")
    assert "过慢" in f.explanation and "12" in f.explanation                         # 12 chars/min
    brisk = [["agent", i * 8, i * 8 + 11, FAST * 2] for i in range(2)]             # ~ 380/min over 22 s
    assert found(brisk, "speech_rate") == []                                        # 22 s < 30 s: not judged


def test_speech_rate_extreme_rate_judged_from_a_short_sample():
    """Past clear_max_cpm (450/min) the agent is too fast from clear_min_seconds (10 s) on."""
    [f] = found([["agent", 0, 8, FAST * 2], ["customer", 8.5, 10, "好的"], ["agent", 10.5, 14.5, FAST]],
                "speech_rate")                                                      # ~ 525/min, 12 s
    assert "过快" in f.explanation
    assert found([["agent", 0, 8, FAST * 2]], "speech_rate") == []                  # 8 s: a sentence or two
    assert found([["agent", 0, 14, FAST * 3]], "speech_rate") == []                 # ~ 450/min: not past it


def test_speech_rate_uses_voice_activity_seconds():
    turns = [["agent", i * 20, i * 20 + 20, FAST * 3] for i in range(4)]             # ~ 300/min from segments
    assert found(turns, "speech_rate") == []
    vad = [Utterance("agent", i * 20 + 2, i * 20 + 12, "") for i in range(4)]       # 40 s of real speech
    [f] = found(turns, "speech_rate", activity=vad)
    assert "过快" in f.explanation                                                   # ~ 600/min


# --- short_call and hangup -----------------------------------------------------------

def test_short_call():
    [f] = found([["agent", 0, 2, "您好"], ["customer", 2.5, 4, "喂"], ["agent", 4.5, 6, "听不到"]], "short_call")
    assert (f.rule_id, f.severity, f.points, f.start, f.end) == ("QA184", "C", 1, 0, 6)
    t = Transcript("c", [Utterance("agent", 0, 2, "您好"), Utterance("customer", 2.5, 4, "喂")], duration=30)
    assert [f for f in score_call(t, BOOK).findings if f.check == "short_call"] == []
    assert found([["agent", 0, 2, "您好"]], "short_call") == [] and found([["customer", 0, 2, "喂"]], "short_call") == []


def _with_agent_last_word():
    data = yaml.safe_load(BOOK.path.read_text(encoding="utf-8"))
    for r in data["rules"]:
        if r["code"] == "QA185":
            r["params"]["agent_last_word"] = True
    return parse_rulebook(data, "agent_last_word")


def test_hangup_agent_last_word_without_closing():
    """The agent's curt last word is a missing closing, not a hang-up (nothing shows the
    customer still waiting); ``agent_last_word: true`` counts it as one."""
    curt = [["customer", "我还没想好"], ["agent", "那你想好了再打来吧"], ["customer", "好吧"], ["agent", "行，就这样"]]
    assert found(curt, "hangup") == []
    assert {f.rule_id for f in found(curt, "closing")} >= {"QA111"}           # QA111's business
    book = _with_agent_last_word()
    [f] = found(curt, "hangup", book)
    assert f.rule_id == "QA185" and f.text == "好吧 / 行，就这样" and "行，就这样" in f.explanation
    assert found([["customer", "没有了"], ["agent", "感谢您的来电，再见"]], "hangup", book) == []
    assert found([["agent", "好的，就这样"], ["customer", "行"]], "hangup", book) == []     # the customer had the last word
    assert found([["agent", "再见"], ["customer", "再见"], ["agent", "嗯"]], "hangup", book) == []


def test_hangup_customer_left_waiting():
    """The customer has the last word and it is an open question, a cut-off sentence, or a
    「喂？」 into a line gone quiet mid-conversation: the agent left first."""
    [f] = found([["agent", "那就报修吧，会有师傅联系你"], ["customer", "什么时候联系？能不能直接换一台？"]], "hangup")
    assert f.rule_id == "QA185" and "无人回应" in f.explanation and f.text.endswith("能不能直接换一台？")
    # trailing call-outs are dropped: the question before them is what was left open
    assert found([["agent", "已经挂失了"], ["customer", "补卡要带什么"], ["customer", "喂？喂？"]], "hangup")
    assert found([["agent", "再见"], ["customer", "哎，等一下，我那个——"]], "hangup")      # cut off
    assert found([["customer", "宽带断了"], ["agent", "我看一下"], ["customer", "喂？还在吗？"]], "hangup")
    # the customer is done: their own goodbye, thanks, or a question let go
    assert found([["agent", "感谢您的来电"], ["customer", "好的，谢谢，再见"]], "hangup") == []
    assert found([["agent", "感谢您的来电"], ["customer", "是吗？那好吧"]], "hangup") == []
    assert found([["agent", "感谢您的来电"], ["customer", "好，号码我记下了"]], "hangup") == []   # 号码 ≠ 吗
    # 「喂？」 to the opening alone (a line that never connected), or after the agent's closing
    assert found([["agent", "您好，客服中心，请问有什么可以帮您"], ["customer", "喂？喂？"]], "hangup") == []
    assert found([["agent", "您好，请问有什么可以帮您"], ["customer", "喂？"], ["agent", "您好，能听到吗"],
                  ["customer", "喂？喂？"]], "hangup") == []
    assert found([["customer", "好"], ["agent", "感谢您的来电，再见"], ["customer", "喂？"]], "hangup") == []


# --- demos and custom metrics ---------------------------------------------------------

def _demo(call_id):
    d = json.loads((REPO / "demo" / "reference" / f"{call_id}.json").read_text(encoding="utf-8"))
    return Transcript(call_id, [Utterance(s["speaker"], s["start"], s["end"], s["text"]) for s in d["segments"]])


def test_demo_calls_timing_findings():
    timing = {"silence", "talk_over", "speech_rate", "short_call", "hangup"}
    got = {c: {f.rule_id for f in score_call(_demo(c), BOOK).findings if f.check in timing}
           for c in ("demo_001", "demo_002", "demo_003", "demo_004")}
    # demo_002 ends on the agent's curt 「行就这样。」: a missing closing (QA111), not a hang-up
    assert got == {"demo_001": set(), "demo_002": set(), "demo_003": set(), "demo_004": set()}


def test_timing_metrics_in_custom_rules():
    book = parse_rulebook({"name": "t", "version": "1", "rules": [
        {"code": "QA901", "name": "x", "check": "custom", "summary": "s", "dimension": "服务态度", "severity": "C",
         "points": 1, "params": {"fire_if": {"any": [{"metric": "talk_overs", "above": 0},
                                                     {"metric": "longest_silence", "above": 15}]}}}]})
    assert [f.rule_id for f in score_call(Transcript.from_items(OVER), book).findings] == ["QA901"]
    calm = [["agent", 0, 2, "您好"], ["customer", 3, 5, "你好"]]
    assert score_call(Transcript.from_items(calm), book).findings == []
