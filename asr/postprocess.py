"""Cleaning what Whisper returns before any rule sees it.

Whisper hallucinates on silence and noise: subtitle credits learnt from its training data
(「字幕由Amara.org社区提供」), one phrase repeated until the window ends, or text over audio it
judged to be no speech. Such a segment would put words in an agent's mouth, so it is dropped.
Whisper base also writes Mandarin mostly in Traditional script; OpenCC converts it to
Simplified so every rule sees one script.
"""
from __future__ import annotations

import re

from callqa.rules.normalize import to_simplified

# Thresholds from Whisper's own decoding heuristics (openai/whisper transcribe.py).
NO_SPEECH_PROB = 0.6
LOW_LOGPROB = -1.0
COMPRESSION_RATIO = 2.4
# A unit of 1-8 characters repeated this many times in a row, making up most of the segment,
# is a decoding loop; 「喂喂喂喂你好听得到吗」 or 「好的好的好的好的」 is a person.
REPEAT_TIMES = 6
REPEAT_SHARE = 0.7
_REPEAT = re.compile(r"(.{1,8}?)\1{%d,}" % (REPEAT_TIMES - 1), re.S)
# Credits and calls-to-action Whisper learnt from subtitled video (compared on Simplified,
# punctuation-free text).
BOILERPLATE = (
    "字幕由amara.org社区提供", "amara.org", "字幕志愿者", "中文字幕", "字幕制作", "字幕提供",
    "请不吝点赞订阅转发打赏支持明镜与点点栏目", "点赞订阅转发", "订阅我的频道", "感谢观看", "谢谢观看",
    "优优独播剧场", "yoyotelevisionseriesexclusive", "by索兰娅", "本字幕", "字幕组",
)
_PUNCT = re.compile(r"[\s\W_]+", re.U)
_BOILERPLATE_BARE = tuple(_PUNCT.sub("", b) for b in BOILERPLATE)


def bare_text(text: str) -> str:
    """What was said, to compare: Simplified script, lower case, no punctuation or spaces."""
    return _PUNCT.sub("", to_simplified(text)).lower()


def hallucination_reason(text: str, avg_logprob: float, no_speech_prob: float,
                         compression_ratio: float) -> str | None:
    """Why a segment is not trusted as speech, or None when it is kept."""
    bare = bare_text(text)
    if not bare:
        return "empty text"
    if no_speech_prob > NO_SPEECH_PROB and avg_logprob < LOW_LOGPROB:
        return f"no speech (no_speech_prob {no_speech_prob:.2f}, avg_logprob {avg_logprob:.2f})"
    if compression_ratio > COMPRESSION_RATIO:
        return f"runaway repetition (compression ratio {compression_ratio:.1f})"
    loop = _REPEAT.search(bare)
    if loop and len(bare) >= 8 and loop.end() - loop.start() >= REPEAT_SHARE * len(bare):
        return "runaway repetition"
    if any(b in bare for b in _BOILERPLATE_BARE):
        return "subtitle boilerplate"
    return None


_CJK = "\u3400-\u9fff\uf900-\ufaff"
_CJK_GAP = re.compile(f"(?<=[{_CJK}])\\s+(?=[{_CJK}])")


_SENTENCE_END = ("。", "？", "?", "！", "!")


def split_on_pauses(start: float, end: float, text: str, words: list[tuple[float, float, str]],
                    pause: float, at_sentences: bool = False) -> list[tuple[float, float, str]]:
    """Splits one Whisper segment where its words pause for ``pause`` seconds or more (and,
    with ``at_sentences``, after every sentence-final mark).

    Whisper happily writes two of an agent's turns, 15 s apart, as one segment; evidence
    times and turn-based rules need the turns. On a mono recording both parties share one
    segment, so sentences are the finest unit a role can be given to. Without word timings
    the segment is kept whole.
    """
    if not words:
        return [(start, end, text)]
    parts, current = [], [words[0]]
    for w in words[1:]:
        if w[0] - current[-1][1] >= pause or (at_sentences and current[-1][2].rstrip().endswith(_SENTENCE_END)):
            parts.append(current)
            current = []
        current.append(w)
    parts.append(current)
    return [(p[0][0], p[-1][1], "".join(w[2] for w in p)) for p in parts]


def strip_prompt_leak(text: str, hotwords: str | None, words: list | None = None):
    """Removes a trailing run of two or more hotwords: the prompt echoed, not speech.

    Returns (text, words) with the echo cut from both (the words, when given, are what the
    turn splitter rebuilds the text from)."""
    words = list(words or [])
    if not hotwords:
        return text, words
    vocab = set(hotwords.split())
    tokens = text.split()
    n = 0
    while n < len(tokens) and tokens[len(tokens) - 1 - n].strip("，。,.?？!！") in vocab:
        n += 1
    if n < 2:
        return text, words
    echoed = "".join(tokens[len(tokens) - n:])
    while words and echoed and echoed.endswith(words[-1][2].strip()) and words[-1][2].strip():
        echoed = echoed[: len(echoed) - len(words[-1][2].strip())]
        words.pop()
    return " ".join(tokens[: len(tokens) - n]), words


def clean_text(text: str) -> str:
    """Simplified script; spaces between Chinese characters removed.

    Whisper sometimes spaces out every character (「您好 新 全 通信」) and sometimes uses a space
    as a pause between phrases (「我那行 我先开着吧」): the first is joined, the second becomes 「,」.
    """
    text = to_simplified(text.strip())
    tokens = text.split()
    if len(tokens) < 2:
        return text
    single_chars = sum(len(t) == 1 for t in tokens) / len(tokens)
    return _CJK_GAP.sub("" if single_chars >= 0.4 else ",", text)
