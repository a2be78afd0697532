"""Hallucination filtering and script normalisation of Whisper output."""
import pytest

from callqa.asr.postprocess import clean_text, hallucination_reason


@pytest.mark.parametrize("text,lp,ns,cr,why", [
    ("字幕由Amara.org社區提供", -0.3, 0.1, 1.2, "boilerplate"),
    ("請不吝點贊 訂閱 轉發 打賞支持明鏡與點點欄目", -0.3, 0.1, 1.2, "boilerplate"),
    ("謝謝觀看", -0.4, 0.2, 1.0, "boilerplate"),
    ("好的好的好的好的好的好的", -0.2, 0.1, 1.5, "repetition"),
    ("嗯", -1.5, 0.9, 1.0, "no speech"),
    ("您好请问有什么可以帮您", -0.2, 0.1, 3.1, "repetition"),
    ("。。。", -0.2, 0.1, 1.0, "empty"),
])
def test_hallucinations_are_dropped(text, lp, ns, cr, why):
    assert why in hallucination_reason(text, lp, ns, cr)


@pytest.mark.parametrize("text", ["您好,星辰通信,请问有什么可以帮您?", "好的好的", "这个流量包每月三十元",
                                  "嗯"])
def test_real_speech_is_kept(text):
    assert hallucination_reason(text, -0.3, 0.3, 1.3) is None


def test_traditional_becomes_simplified():
    assert clean_text(" 您好，請問有什麼可以幫您？話費營業廳 ") == "您好，请问有什么可以帮您？话费营业厅"
