"""Hallucination filtering and script normalisation of Whisper output."""
import pytest

from callqa.asr.postprocess import clean_text, hallucination_reason


@pytest.mark.parametrize("text,lp,ns,cr,why", [
    ("字幕由Amara.org社區提供", -0.3, 0.1, 1.2, "boilerplate"),
    ("請不吝點贊 訂閱 轉發 打賞支持明鏡與點點欄目", -0.3, 0.1, 1.2, "boilerplate"),
    ("謝謝觀看", -0.4, 0.2, 1.0, "boilerplate"),
    ("好的好的好的好的好的好的好的", -0.2, 0.1, 1.5, "repetition"),
    ("嗯", -1.5, 0.9, 1.0, "no speech"),
    ("您好请问有什么可以帮您", -0.2, 0.1, 3.1, "repetition"),
    ("。。。", -0.2, 0.1, 1.0, "empty"),
])
def test_hallucinations_are_dropped(text, lp, ns, cr, why):
    assert why in hallucination_reason(text, lp, ns, cr)


@pytest.mark.parametrize("text", ["您好,星辰通信,请问有什么可以帮您?", "好的好的", "这个流量包每月三十元",
                                  "嗯", "喂喂喂喂你好听得到吗", "好的好的好的好的"])
def test_real_speech_is_kept(text):
    assert hallucination_reason(text, -0.3, 0.3, 1.3) is None


def test_traditional_becomes_simplified():
    assert clean_text(" 您好，請問有什麼可以幫您？話費營業廳 ") == "您好，请问有什么可以帮您？话费营业厅"


def test_spaced_out_characters_are_joined_and_phrase_gaps_become_commas():
    assert clean_text("您好 新 全 通信 工号 1023 位 您 服务") == "您好新全通信工号 1023 位您服务"
    assert clean_text("我那行 我先开着吧 堆没问题") == "我那行,我先开着吧,堆没问题"
    assert clean_text("Hello world") == "Hello world"


def test_segments_split_at_long_word_gaps():
    from callqa.asr.postprocess import split_on_pauses
    words = [(0.7, 0.9, "您"), (0.9, 1.1, "好"), (8.8, 9.0, "好的"), (9.1, 9.3, " 请问")]
    assert split_on_pauses(0.7, 9.3, "您好好的 请问", words, 0.8) == [(0.7, 1.1, "您好"), (8.8, 9.3, "好的 请问")]
    assert split_on_pauses(0.0, 2.0, "嗯", [], 0.8) == [(0.0, 2.0, "嗯")]


def test_echoed_hotword_prompt_is_stripped_but_real_words_kept():
    from callqa.asr.postprocess import strip_prompt_leak
    hot = "客服 工号 话费"
    assert strip_prompt_leak("请就这样 客服 工号 工号", hot)[0] == "请就这样"
    assert strip_prompt_leak("我想查 话费", hot)[0] == "我想查 话费"   # one hotword is speech
    assert strip_prompt_leak("我想查话费", None)[0] == "我想查话费"
    words = [(0.0, 0.3, "您好"), (0.3, 0.6, "请问"), (5.0, 5.2, " 客服"), (5.2, 5.4, " 工号"), (5.4, 5.6, " 话费")]
    text, kept = strip_prompt_leak("您好请问 客服 工号 话费", hot, words)
    assert text == "您好请问" and kept == words[:2]     # the turn splitter rebuilds from the words


def test_mono_segments_split_at_sentence_ends():
    from callqa.asr.postprocess import split_on_pauses
    words = [(0.5, 0.7, "您好"), (0.7, 1.0, "请问?"), (1.3, 1.5, "我想"), (1.5, 1.8, "查话费。")]
    assert [p[2] for p in split_on_pauses(0.5, 1.8, "", words, 0.8, at_sentences=True)] == ["您好请问?", "我想查话费。"]
    assert len(split_on_pauses(0.5, 1.8, "", words, 0.8)) == 1


@pytest.mark.parametrize("text,agent", [
    ("您好星辰通信请问有什么可以帮您", True), ("感谢您的来电祝您生活愉快", True), ("工号1023为您服务", True),
    ("你们客服是不是有神经病", False), ("你工号多少我要投诉你", False), ("我想查一下话费", False),
])
def test_mono_roles_only_from_agent_formulas(text, agent):
    """On a mono call a customer saying 客服/工号 must not become the agent."""
    from callqa.asr.segments import Segment
    from callqa.asr.transcribe import infer_mono_roles
    seg = Segment("c", "mono", "unknown", 0.0, 1.0, text)
    infer_mono_roles([seg])
    assert (seg.speaker == "agent") == agent
