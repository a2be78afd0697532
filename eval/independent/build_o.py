"""Independent labelled call set O (eval/independent/tune_o.jsonl; first named heldout_o.jsonl, held out
until its blind figures were recorded, then renamed as round 15 of rule work began) — now a TUNING set.

Written by writer O on 2026-12-06 from DOMAIN.md, the seed articles in shared/seeds/,
eval/independent/README.md, the first 110 lines of build_n.py (label policy and data format), one
line of heldout_n.jsonl (format only) and the LabelledCall dataclass / load_labelled function of
eval/evaluate.py (format only); by a slip of a shell command also lines 111-114 of build_n.py (three
more "N:" readings, all summarised in the README's paragraph on set N).  No rule code, rulebook, tests, docs or other sets were read, and the
rule engine was never run on this file (only eval.evaluate.load_labelled, to check that it loads).
Run:
    .venv/bin/python eval/independent/build_o.py

Deterministic (SEED=20261214).  The dialogues are hand-written data in the DATA string
below (writer O's own; nothing copied from another writer).  random.Random is used only for segment
timing, the order of the calls, the choice of the noisy calls, the rotation among correct
greeting / blessing wordings ({G} / {B}) and the ASR-style noise; every call's timing and noise come
from their own generators seeded from SEED and the block's position in DATA.

Noise ("noise": true, about a quarter of the calls): the clean text is turned into what Whisper base
plausibly writes for 8 kHz phone audio — writer O's own homophone list (applied to about 60 % of the
occurrences), Chinese numerals before a unit or as a digit string turned into Arabic digits,
punctuation dropped or turned into spaces per segment, then Traditional script (OpenCC s2tw, a few
segments s2t) with about one converted character in twelve left simplified.  Labels are those of the
clean speech.

Twenty industries none of writers A-N used: piano tuning, a horse-riding club, a pick-your-own
orchard, a trademark-registration agency, website building and hosting, a seal-engraving shop, a
murder-mystery (剧本杀) game store, a paragliding base, an archery range, a trampoline park, a law
firm's consultation line, DNA test kits, a hair-transplant clinic, a health check-up centre, tile
grout sealing (美缝), formaldehyde removal (除醛), corporate catering (团餐), a recording studio,
trophy and medal making, a dog-training school.  All company names are invented.

Data format (writer O's own): a block starts "## industry | in/out | labels | flags | note"; then
one turn a line: "A:" agent, "C:" customer, "A>:" the agent cuts in 1.65-2.10 s before the
customer's turn ends (talk-over), "A,:" the agent starts 0.10-0.25 s before it ends (backchannel,
negative), "C>:" the customer starts 0.9-1.5 s before the agent's turn ends (negative), "~hold" an
announced hold of 9.8-12.5 s after the agent's turn (which must announce it), "~gap" an unannounced
gap of 13.2-16.0 s.  Flags: hn (hard negative, no labels), fast / slow (agent speech rate), late
(the customer has to speak first, 1.9-2.8 s into the call), badline (the customer's 喂 0.2-0.5 s into
the call, answered at once by the full greeting), short (a call under 18 s).  {G} a correct inbound
greeting and {B} a correct blessing (both rotated), {co} the company, {ag} the agent (小X).

LABEL POLICY — writer N's policy (writer L's text plus the "M:" and "N:" readings), adopted
unchanged.  Labels describe what was SAID.  In short:

greeting   : agent first, promptly, 您好 (早上好/下午好/您好呀) + company + an offer of help; outbound:
             您好 + company + who + why.  Positive: 喂 opening, company or offer missing, greeting only
             after the customer had to speak first.  A bad-line 喂 answered at once is negative.
closing    : ends with a 祝福语 in the agent's final turn(s); thanks only, bare 再见/就这样/挂了, a
             brush-off, or the agent dropping the call is positive.  Every hangup is also closing.
forbidden  : the agent's own 不知道/不清楚/不明白 as a refusal about the matter asked; 你这话什么意思
             and variants; 那你想好了再打来吧 and variants; 喂 called at the customer mid-call.  Not
             about the customer / a third party / reassurance / a polite 不知道您…吗 / a request to
             repeat; not the customer's words; not an insult-only call.
insult     : the agent insults, mocks, attacks or sends the customer away; reported insults, the
             customer's insults and innocent words sharing characters are negative.  A brush-off
             that closes an insult counts with it (insult + closing), never as forbidden.
filler     : >= 6 tic uses over >= 3 agent turns.
tariff     : when a fee comes up the agent states BOTH the amount and when it is charged.
name_ask   : an impolite ask, or a new order/booking/enrolment with no polite name ask.
apology    : a company-side fault, or a customer plainly unhappy in words (an insulted customer's
             protest included), and no apology.
shirking / overpromise / colleague / complaint (explicit 投诉/12315/12345/消协/市场监管/曝光/找领导...)
             as in writer N's text.
Timing, recomputed from the generated segments and asserted against the hand labels (clean and
noisy text): short_call < 20 s (positives <= 18 s; all others >= 30 s); silence an unannounced gap
>= 10 s (positives 13.2-16.0 s; announced holds 9.8-12.5 s negative; other gaps <= 4 s);
talk_over the agent starting >= 1.0 s before the customer's segment ends (positives twice a call;
negatives <= 0.3 s); speech_rate the agent's mean rate over turns of >= 6 characters >= 7.5 or
<= 2.0 chars/s (positives 8.5-9.1 / 1.58-1.68; negatives keep every such turn within 3.0-6.3);
hangup read from the transcript: it ends on the customer's unanswered question or 喂？.

O: an insult excused at once as a joke (开个玩笑嘛 / 随口一说) is still `insult`.
O: an agent who parks the customer's question with 这个我也不清楚，到时候再说 about a fee is both
   `forbidden` (refusal in the forbidden words) and `tariff` (amount or moment missing).
O: 「您先把自己训明白了再说吧」-type advice aimed at the customer's competence is `insult`, not
   `shirking` (nothing in scope is pushed to another party).
O: a blessing said before a brush-off that then ends the call does not save the closing; a blessing in
   the agent's last turn after shirking does (closing negative, shirking positive).
O: the customer naming his own boss as 老板 / 领导 (跟领导汇报) or the agent as 经理 is no escalation
   (`complaint` negative).
O: a free re-test or a re-do booked for an existing job is not a new order (no name ask owed).
O: every call whose agent disparages a colleague while the customer is unhappy also carries an
   apology by the agent, so `colleague` never drags in `apology` unless labelled.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import opencc

SEED = 20261214
OUT = Path(__file__).resolve().parent / "tune_o.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask",
            "apology", "shirking", "overpromise", "colleague", "complaint",
            "silence", "talk_over", "speech_rate", "short_call", "hangup")
TIMING = ("silence", "talk_over", "speech_rate", "short_call", "hangup")

GREETINGS = [
    "您好，{co}，请问有什么可以帮您？",
    "您好，这里是{co}，请问您想了解点什么？",
    "您好，欢迎致电{co}，我是{ag}，您有什么需要我来帮您。",
    "您好，{co}客服中心，请问今天有什么能为您效劳的？",
    "您好呀，{co}，请问您遇到什么问题了，我帮您处理。",
    "下午好，{co}，我是{ag}，请问有什么可以为您做的？",
    "您好，{co}，很高兴接听您的电话，请问需要什么帮助？",
    "早上好，{co}热线，请问您有什么事需要办理？",
]
BLESSINGS = [
    "祝您生活愉快，再见。", "祝您一切顺利，再见。", "祝您万事如意，再见。", "祝您天天开心，再见。",
    "祝您工作顺利，再见。", "祝您身体健康，再见。", "祝您心情愉快，再见。", "祝您周末愉快，再见。",
]
HOLD_WORDS = ("稍等", "查", "核实", "等一下", "问一下", "看一下")
APOLOGY_WORDS = ("抱歉", "对不起", "不好意思")

# writer O's own homophone list (what Whisper base tends to write on 8 kHz phone audio)
HOMOPHONES = [
    ("您好", "你好"), ("什么", "甚么"), ("可以", "可已"), ("预约", "预越"), ("师傅", "师父"),
    ("确实", "确是"), ("已经", "以经"), ("时候", "时后"), ("现在", "现再"), ("麻烦", "马烦"),
    ("登记", "登计"), ("处理", "处里"), ("反馈", "返馈"), ("抱歉", "报歉"), ("投诉", "投述"),
    ("教练", "教炼"), ("录音棚", "录音朋"), ("律师", "律室"), ("体检", "体减"), ("甲醛", "甲荃"),
    ("美缝", "美凤"), ("奖杯", "奖背"), ("训犬", "训圈"), ("滑翔伞", "滑翔散"), ("剧本杀", "剧本沙"),
    ("采摘", "菜摘"), ("商标", "商镖"), ("建站", "建战"), ("刻章", "客章"), ("调律", "调率"),
    ("蹦床", "崩床"), ("射箭", "设箭"), ("基因", "基音"), ("植发", "值发"), ("团餐", "团参"),
    ("马术", "马素"), ("稍等", "烧等"), ("称呼", "称乎"), ("那个", "那各"), ("一下", "一夏"),
    ("费用", "废用"), ("安排", "按排"), ("报告", "报道"), ("地址", "地指"), ("支持", "知识"),
]
CN_DIG = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10000}
UNITS_AFTER = "元块点号天个次年月斤米分小岁份人磅楼单周位节对张盒间平件"
PUNCT = "，。？！、；：“”‘’（）《》…—,.?!;:"


def n_chars(text: str) -> int:
    return sum(1 for ch in text if ch.isalnum())


def cn2num(s: str) -> str:
    if not any(ch in CN_UNIT for ch in s):
        return "".join(str(CN_DIG[ch]) for ch in s)
    total, section, num, last_unit = 0, 0, 0, 1
    for ch in s:
        if ch in CN_DIG:
            num = CN_DIG[ch]
        else:
            u = CN_UNIT[ch]
            if u == 10000:
                section = (section + num) * u
                total += section
                section, num = 0, 0
            else:
                section += (num or 1) * u
                num = 0
            last_unit = u
    if num and last_unit >= 100 and s[-1] in CN_DIG and s[-2] in CN_UNIT:
        num *= last_unit // 10           # 三百五 = 350, 一千二 = 1200
    return str(total + section + num)


NUM_RE = re.compile(r"[零一二两三四五六七八九十百千万]{1,8}(?=[" + UNITS_AFTER + "])")


def digits(text: str, rng: random.Random) -> str:
    def sub(m: re.Match) -> str:
        s = m.group(0)
        if s == "一" or s in ("两", "二") and rng.random() < 0.5:
            return s                     # 一个, 一点, 一次 stay in characters
        if s.startswith("万") or s.endswith("万") and len(s) == 1:
            return s
        try:
            return cn2num(s)
        except (KeyError, IndexError):
            return s
    return NUM_RE.sub(sub, text)


_S2TW = opencc.OpenCC("s2tw")
_S2T = opencc.OpenCC("s2t")


def noisy(text: str, rng: random.Random) -> str:
    for a, b in HOMOPHONES:
        if a in text:
            parts = text.split(a)
            out = parts[0]
            for p in parts[1:]:
                out += (b if rng.random() < 0.6 else a) + p
            text = out
    text = digits(text, rng)
    r = rng.random()
    if r < 0.45:
        text = "".join(ch for ch in text if ch not in PUNCT)
    elif r < 0.8:
        text = re.sub("[" + re.escape(PUNCT) + "]+", " ", text).strip()
    conv = (_S2TW if rng.random() < 0.85 else _S2T).convert(text)
    out = []
    for a, b in zip(text, conv):
        out.append(a if a != b and rng.random() < 1 / 12 else b)
    return "".join(out).strip() or conv


# ---------------------------------------------------------------- parsing

def parse(data: str) -> list[dict]:
    blocks, cur = [], None
    for raw in data.splitlines():
        line = raw.strip()
        if not line or line.startswith("#!"):
            continue
        if line.startswith("## "):
            key, direction, labels, flags, note = [x.strip() for x in line[3:].split("|", 4)]
            cur = {"industry": key, "direction": {"in": "inbound", "out": "outbound"}[direction],
                   "labels": sorted(x.strip() for x in labels.split(",") if x.strip()),
                   "flags": {x.strip() for x in flags.split(",") if x.strip()},
                   "note": note, "turns": []}
            blocks.append(cur)
            continue
        if line in ("~hold", "~gap"):
            cur["turns"].append((line[1:], ""))
            continue
        tag, text = line.split(":", 1)
        assert tag in ("A", "C", "A>", "A,", "C>"), line
        cur["turns"].append((tag, text.strip()))
    return blocks


# ---------------------------------------------------------------- timing

def timed(block: dict, rng: random.Random) -> list[dict]:
    flags = block["flags"]
    fast, slow, short = "fast" in flags, "slow" in flags, "short" in flags
    raw = []                       # (kind, speaker, text, base_duration, gap_or_overlap)
    for tag, text in block["turns"]:
        if tag in ("hold", "gap"):
            raw.append((tag, None, "", 0.0, rng.uniform(9.8, 12.5) if tag == "hold" else rng.uniform(13.2, 16.0)))
            continue
        spk = "agent" if tag.startswith("A") else "customer"
        c = max(1, n_chars(text))
        if spk == "agent":
            rate = rng.uniform(8.5, 9.1) if fast else rng.uniform(1.58, 1.68) if slow else \
                rng.uniform(5.2, 5.8) if short else rng.uniform(4.5, 5.6)
        else:
            rate = rng.uniform(4.4, 5.4) if short else rng.uniform(3.8, 5.2)
        dur = max(0.6, c / rate)
        if tag == "A>":
            rel = -rng.uniform(1.65, 2.10)
        elif tag == "A,":
            rel = -rng.uniform(0.10, 0.25)
        elif tag == "C>":
            rel = -rng.uniform(0.9, 1.5)
        else:
            rel = rng.uniform(0.25, 0.5) if short else rng.uniform(0.35, 1.1)
        raw.append((tag, spk, text, dur, rel))
    first = rng.uniform(1.9, 2.8) if "late" in flags else rng.uniform(0.2, 0.5) if "badline" in flags \
        else rng.uniform(0.3, 0.6)
    tail = rng.uniform(0.2, 0.5) if short else rng.uniform(0.3, 0.8)

    def build(stretch: float) -> tuple[list[dict], float]:
        segs, t, pending = [], first, 0.0
        for i, (tag, spk, text, dur, rel) in enumerate(raw):
            if tag in ("hold", "gap"):
                pending = rel
                continue
            st = 1.0 if (fast and spk == "agent") or slow and spk == "agent" else stretch
            d = dur * st
            if not segs:
                start = first
            elif pending:
                start = segs[-1]["end"] + pending
                pending = 0.0
            elif rel < 0:
                start = segs[-1]["end"] + rel
            else:
                start = segs[-1]["end"] + rel * (stretch if not short else 1.0)
            segs.append({"speaker": spk, "start": round(start, 2), "end": round(start + d, 2), "text": text})
        return segs, round(segs[-1]["end"] + tail, 2)

    stretch = 1.0
    segs, duration = build(stretch)
    while not short and duration < 31.0:
        stretch *= 1.04
        segs, duration = build(stretch)
    # A segment that another overlaps must stay the later-ending one's predecessor in time order
    return segs, duration, stretch


def announced(text: str) -> bool:
    return any(w in text for w in HOLD_WORDS)


def timing_labels(segs: list[dict], duration: float, texts: list[str]) -> tuple[set[str], dict]:
    out, info = set(), {}
    if duration < 20:
        out.add("short_call")
    # gaps
    max_end, prev, gaps = 0.0, None, []
    for s in segs:
        if prev is not None and s["start"] - max_end > 0:
            gaps.append((s["start"] - max_end, prev))
        if s["end"] >= max_end:
            max_end, prev = s["end"], s
    unann = [g for g, p in gaps if not (g < 13.0 and p["speaker"] == "agent" and announced(p["text"]))]
    info["max_unannounced_gap"] = max(unann, default=0.0)
    info["max_gap"] = max((g for g, _ in gaps), default=0.0)
    if info["max_unannounced_gap"] >= 10:
        out.add("silence")
    # overlaps of the agent onto the customer
    ov = 0.0
    for a in segs:
        if a["speaker"] != "agent":
            continue
        for c in segs:
            if c["speaker"] == "customer" and c["start"] < a["start"] < c["end"]:
                ov = max(ov, c["end"] - a["start"])
    info["max_agent_overlap"] = ov
    if ov >= 1.0:
        out.add("talk_over")
    # speech rate
    rates = []
    for s, t in zip(segs, texts):
        if s["speaker"] == "agent" and n_chars(t) >= 6:
            rates.append(n_chars(t) / (s["end"] - s["start"]))
    info["rates"] = rates
    mean = sum(rates) / len(rates) if rates else 5.0
    info["mean_rate"] = mean
    if mean >= 7.5 or mean <= 2.0:
        out.add("speech_rate")
    last = segs[-1]
    if last["speaker"] == "customer" and (last["text"].rstrip().endswith("？") or "喂？" in last["text"]):
        out.add("hangup")
    return out, info


# ---------------------------------------------------------------- build

def main() -> None:
    blocks = parse(DATA)
    master = random.Random(SEED)
    g_order = GREETINGS[:]
    b_order = BLESSINGS[:]
    master.shuffle(g_order)
    master.shuffle(b_order)
    gi = bi = 0
    calls = []
    for idx, b in enumerate(blocks):
        ind = INDUSTRIES[b["industry"]]
        turns = []
        for tag, text in b["turns"]:
            if "{G}" in text:
                text = text.replace("{G}", g_order[gi % len(g_order)])
                gi += 1
            if "{B}" in text:
                text = text.replace("{B}", b_order[bi % len(b_order)])
                bi += 1
            text = text.replace("{co}", ind["company"]).replace("{ag}", ind["agent"])
            turns.append((tag, text))
        b["turns"] = turns
        calls.append(b)

    noisy_rng = random.Random(SEED * 7 + 1)
    hn_idx = [i for i, b in enumerate(calls) if "hn" in b["flags"]]
    pos_idx = [i for i, b in enumerate(calls) if "hn" not in b["flags"]]
    n_noisy = round(len(calls) * 0.253)
    n_hn = round(n_noisy * 12 / 38)
    noisy_set = set(noisy_rng.sample(hn_idx, n_hn)) | set(noisy_rng.sample(pos_idx, n_noisy - n_hn))

    records = []
    for idx, b in enumerate(calls):
        rng = random.Random(f"{SEED}-timing-{idx}")
        segs, duration, stretch = timed(b, rng)
        clean_texts = [s["text"] for s in segs]
        labels = set(b["labels"])
        assert labels <= set(FAMILIES), (idx, labels)
        assert ("hn" in b["flags"]) == (not labels), (idx, b["note"])
        got, info = timing_labels(segs, duration, clean_texts)
        want = labels & set(TIMING)
        assert got == want, (idx, b["note"], got, want, info)
        if "speech_rate" not in labels:
            assert all(3.0 <= r <= 6.3 for r in info["rates"]), (idx, info["rates"], stretch)
        if "short_call" in labels:
            assert duration <= 18.0, (idx, duration)
        else:
            assert duration >= 30.0, (idx, duration)
        if "silence" not in labels:
            # announced holds only; other gaps small
            for s_prev, s in zip(segs, segs[1:]):
                g = s["start"] - s_prev["end"]
                if g > 4.0:
                    assert s_prev["speaker"] == "agent" and announced(s_prev["text"]) and g <= 12.6, (idx, g)
        if "talk_over" not in labels:
            assert info["max_agent_overlap"] <= 0.3, (idx, info["max_agent_overlap"])
        # consistency of hand labels with the writer's own habits
        agent_texts = [s["text"] for s in segs if s["speaker"] == "agent"]
        last_agent = agent_texts[-1]
        if "closing" in labels:
            assert "祝" not in last_agent or "insult" in labels, (idx, last_agent)
        else:
            assert "祝" in last_agent, (idx, last_agent)
        if "hangup" in labels:
            assert "closing" in labels
        if "apology" in labels:
            assert not any(w in t for t in agent_texts for w in APOLOGY_WORDS), (idx, b["note"])
        if "insult" in labels:
            assert "apology" in labels and "forbidden" not in labels, idx
        if "greeting" not in labels:
            first = segs[0]
            if "badline" in b["flags"]:
                first = segs[1]
            assert first["speaker"] == "agent", idx
            assert first["text"].startswith(("您好", "早上好", "下午好", "晚上好")), (idx, first["text"])
            ind = INDUSTRIES[b["industry"]]
            assert ind["company"] in first["text"] or ind["short"] in first["text"], (idx, first["text"])
        noise = idx in noisy_set
        if noise:
            nrng = random.Random(f"{SEED}-noise-{idx}")
            for s in segs:
                s["text"] = noisy(s["text"], nrng)
            got2, info2 = timing_labels(segs, duration, [s["text"] for s in segs])
            # hang-up is read from the clean transcript (punctuation may be gone in the noisy one)
            got2 = (got2 - {"hangup"}) | (got & {"hangup"})
            assert got2 == want, (idx, got2, want)
            if "speech_rate" not in labels:
                assert all(3.0 <= r <= 6.3 for r in info2["rates"]), (idx, info2["rates"])
        ind = INDUSTRIES[b["industry"]]
        records.append({
            "labels": sorted(labels), "note": b["note"], "noise": noise, "duration": duration,
            "metadata": {"writer": "O", "industry": ind["name"], "company": ind["company"],
                         "direction": b["direction"], "hard_negative": "hn" in b["flags"],
                         "language": "zh", "sample_rate": 8000},
            "segments": segs,
        })

    order = list(range(len(records)))
    random.Random(SEED + 99).shuffle(order)
    with OUT.open("w", encoding="utf-8") as f:
        for n, i in enumerate(order, 1):
            r = records[i]
            rec = {"call_id": f"O-{n:03d}", **r}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    counts = {fam: sum(fam in r["labels"] for r in records) for fam in FAMILIES}
    print(f"{len(records)} calls -> {OUT}")
    print("positives:", ", ".join(f"{k} {v}" for k, v in counts.items()))
    sr = [r for r in records if "speech_rate" in r["labels"]]
    print("speech_rate fast/slow:", sum("fast" in calls[i]["flags"] for i in range(len(calls)) if "speech_rate" in calls[i]["labels"]),
          sum("slow" in calls[i]["flags"] for i in range(len(calls)) if "speech_rate" in calls[i]["labels"]), len(sr))
    print("hard negatives:", sum(r["metadata"]["hard_negative"] for r in records),
          "noisy:", sum(r["noise"] for r in records),
          "noisy hn:", sum(r["noise"] and r["metadata"]["hard_negative"] for r in records),
          "outbound:", sum(r["metadata"]["direction"] == "outbound" for r in records),
          "multi-label:", sum(len(r["labels"]) >= 2 for r in records))
    print("industries:", len({r["metadata"]["industry"] for r in records}))


INDUSTRIES = {
    "piano": {"name": "piano tuning", "company": "琴音阁钢琴调律", "short": "琴音阁", "agent": "小唐"},
    "horse": {"name": "horse-riding club", "company": "骏驰马术俱乐部", "short": "骏驰马术", "agent": "小蒙"},
    "orchard": {"name": "pick-your-own orchard", "company": "果香山采摘园", "short": "果香山", "agent": "小麦"},
    "trademark": {"name": "trademark registration agency", "company": "标信知识产权", "short": "标信", "agent": "小严"},
    "website": {"name": "website building and hosting", "company": "云筑建站", "short": "云筑", "agent": "小冯"},
    "seal": {"name": "seal engraving shop", "company": "鼎印刻章", "short": "鼎印", "agent": "小邹"},
    "jubensha": {"name": "murder-mystery game store", "company": "迷雾剧场", "short": "迷雾", "agent": "小柯"},
    "paraglide": {"name": "paragliding base", "company": "云翼滑翔伞基地", "short": "云翼", "agent": "小岳"},
    "archery": {"name": "archery range", "company": "鸣镝射箭馆", "short": "鸣镝", "agent": "小司"},
    "trampoline": {"name": "trampoline park", "company": "跳跳星蹦床乐园", "short": "跳跳星", "agent": "小甜"},
    "lawfirm": {"name": "law firm consultation line", "company": "正衡律师事务所", "short": "正衡", "agent": "小俞"},
    "dna": {"name": "DNA test kits", "company": "源码基因", "short": "源码", "agent": "小宁"},
    "hairtx": {"name": "hair-transplant clinic", "company": "青丝植发", "short": "青丝", "agent": "小蒋"},
    "checkup": {"name": "health check-up centre", "company": "康程体检中心", "short": "康程", "agent": "小罗"},
    "grout": {"name": "tile grout sealing", "company": "匠缝美缝", "short": "匠缝", "agent": "小莫"},
    "formald": {"name": "formaldehyde removal", "company": "净呼吸除醛", "short": "净呼吸", "agent": "小詹"},
    "catering": {"name": "corporate catering", "company": "食安团餐", "short": "食安", "agent": "小侯"},
    "studio": {"name": "recording studio", "company": "声浪录音棚", "short": "声浪", "agent": "小贝"},
    "trophy": {"name": "trophy and medal making", "company": "荣耀奖杯定制", "short": "荣耀奖杯", "agent": "小葛"},
    "dogtrain": {"name": "dog-training school", "company": "汪星训犬学校", "short": "汪星", "agent": "小齐"},
}

DATA1 = """
## piano | in | | hn | booking a home tuning: name asked politely (怎么称呼), fee with amount and moment, extra strings priced before
A: {G}
C: 你好，我家那台钢琴好几年没调了，弹起来有几个键发闷，想约个师傅上门看看。
A: 好的，没问题，请问您怎么称呼？
C: 我姓梁。
A: 梁女士您好，上门调律一次三百元，师傅调完当场收费；如果要换琴弦，每根另收三十元，换之前师傅会先跟您确认。
C: 行，那这周六上午可以吗？
A: 周六上午十点给您排上了，师傅出发前会先打您电话。麻烦说一下详细地址。
C: 滨江路十八号三单元六零二。
A: 滨江路十八号三单元六零二，梁女士，联系电话就是您现在这个号码对吧？
C: 对的，就这个。
A: 好的，感谢您的支持，{B}

## piano | in | insult,apology,closing | | a customer whose freshly tuned piano went flat again is told it is a 老破琴 and her ears can't tell good from bad; brush-off 爱调不调 ends the call
A: {G}
C: 你们上礼拜刚来调的琴，这才几天，中音区又跑了，弹起来难听死了。
A: 您那琴都二十多年的老破琴了，调不调都一个样，再说您那耳朵也听不出个好赖来吧。
C: 你怎么这么说话？我花钱请你们调的！
A: 我说的是实话啊，真想听好的您就换台新琴。
C: 你这什么服务态度！
A: 爱调不调，反正就这样了。

## piano | in | overpromise,filler | | tics (那个/就是/然后呢/怎么讲) in every agent turn; promises the tuning holds three years and no string ever breaks
A: {G}
C: 我想问一下，你们调一次琴能管多久？我家孩子天天练。
A: 那个，就是，我们调律师傅都是那个十几年经验的，然后呢，调完了您放心用。
C: 那大概多久要再调一次？
A: 怎么讲呢，就是一般人家一年调一次，然后呢，我们调完保证三年都不会跑音，一根弦都不会断，这个绝对的。
C: 三年都不跑？孩子天天弹也不跑？
A: 那个，对，就是，怎么讲，我们的手艺您就放一百个心，然后呢，有空您就约一个。
C: 那行，我回头跟家里商量一下再约。
A: 好的，欢迎您随时来电，{B}

## piano | out | | hn | outbound yearly reminder: 您好 + company + who + why; the customer defers and is invited kindly to call back; fee with amount and moment
A: 您好，我是琴音阁钢琴调律的客服小唐，去年十月给您家调过琴，今天打电话是提醒您一年一次的调律时间到了。
C: 哦，是你们啊。最近孩子在考级，家里挺忙的，过段时间再说吧。
A: 没问题，考级前后琴的状态挺重要的，您看考完了再调也可以，到时候还是三百元一次，师傅调完当场付就行。
C: 行，那我考完再联系你们。
A: 好的，您考虑好了随时联系我们，预祝孩子考级顺利，也祝您全家安康，再见。
C: 好，再见。

## piano | in | colleague | | a repeat visit for a bad tuning: the agent apologises but calls the last tuner a clumsy apprentice (手笨得很…毛毛躁躁); the customer gave his name first
A: {G}
C: 你好，我姓钟，上礼拜你们派人来调过琴，调完有两个键按下去弹不回来。
A: 钟先生，真不好意思，上次去的小刘是个学徒，手笨得很，干啥都毛毛躁躁的，活儿就没干利索过。
C: 那现在怎么办？
A: 我给您安排我们的老师傅再上门一趟，免费处理，您看明天下午三点方便吗？
C: 明天下午可以，地址还是上次那个。
A: 好的，明天下午三点，老师傅会提前打电话。给您添麻烦了，{B}

## piano | in | talk_over | | the agent cuts into the customer's question twice; otherwise correct advice on tuning after a house move
A: {G}
C: 我想问一下啊，我们下个月要搬家，钢琴是搬之前调还是搬过去以后再调比较好，我听说搬完音会变。
A>: 搬完再调，搬运一震音准肯定会变，所以先搬家，放个一两周让琴适应一下环境再调最好。
C: 哦，那搬过去以后要等多久才能调，我们新房子朝南，太阳晒得厉害，会不会对琴有影响呢。
A>: 有影响的，钢琴别放在阳光直射的地方，也别靠着暖气片，放好以后等十天半个月，再约我们上门调就行。
C: 明白了，那到时候再找你们。
A: 好的，感谢您的来电，{B}

## horse | in | greeting,tariff | | opens 喂 with the club's name and no offer of help; the trial lesson's fee glossed (不贵，来了教练跟您说)
A: 喂，骏驰马术，您说。
C: 你好，我想问问你们那个体验课多少钱？
A: 体验课啊，不贵的，来了教练跟您说。
C: 大概什么价位总得说一下吧？什么时候交钱？
A: 反正不贵，一般人都能接受，到了现场再说就行。
C: 那我先不约了，回头再问。
A: 好的，欢迎您有空来看看，{B}

## horse | in | insult,apology,closing,talk_over | | the agent cuts in twice and mocks the customer's weight (马见了都得绕着走), excuses it as a joke, ends with 行了行了，就这样吧
A: {G}
C: 你好，我想咨询一下成人骑马课，我体重有点大，大概一百九十斤，不知道你们的马能不能驮得动。
A>: 一百九十斤啊？您这体格，马见了都得绕着走，我看您还是先减减肥再来吧。
C: 你这人说话怎么这样，我好好问你问题，你这是在笑话我吗，我还是第一次碰到这种客服。
A>: 哎，开个玩笑嘛，您别当真，我们这儿的马确实有体重限制的。
C: 开玩笑也不能这么开啊！
A: 行了行了，就这样吧。

## horse | in | overpromise,silence | | an unannounced gap of 13-16 s after the customer's question, then a promise that ten lessons guarantee independent riding and no fall ever
A: {G}
C: 你好，我女儿十岁，想学骑马，一般要学多久才能自己骑？
~gap
C: 喂？还在吗？
A: 在的在的。来我们这儿学十节课，保证她能自己独立跑马，绝对不会摔下来，我们的马都特别温顺。
C: 十节课就能跑？一次都不会摔？
A: 对，我跟您保证，我们这儿从来没人摔过，以后也不会有。
C: 那我考虑一下。
A: 好的，有需要随时打给我们，祝小朋友学得开心，再见。

## horse | in | | hn | the customer's own 我也不知道自己适合哪种课 met with reassurance (您不清楚也没关系); trial fee with amount and moment; booking with 您贵姓
A: {G}
C: 我想学骑马，但是我也不知道自己适合哪种课，完全零基础。
A: 您不清楚也没关系，零基础的话建议先上一节体验课，教练看看您的情况再给您推荐课程。
C: 体验课多少钱？
A: 体验课一节两百八十元，四十分钟，到场上课前在前台付就可以，包含头盔和护具。
C: 行，那我约这周日下午。
A: 好的，请问您贵姓？
C: 姓苗。
A: 苗先生，周日下午两点给您约好了，请提前二十分钟到场换装。感谢您的支持，{B}

## horse | in | short_call | short | a quick question on closing time, answered with a blessing: under 18 s
A: {G}
C: 你们晚上几点关门？
A: 晚上六点闭场，祝您生活愉快。
C: 好，谢谢。

## horse | in | complaint | | the customer's child was shouted at by a coach and he says 我要投诉这个教练; the agent apologises and registers it
A: {G}
C: 我儿子昨天在你们那儿上课，教练冲他大吼大叫，孩子回来哭了一晚上，我要投诉这个教练。
A: 非常抱歉让孩子受委屈了，请问孩子叫什么名字，上的是几点的课？
C: 周盼盼，昨天下午四点那节。
A: 好的，我已经登记下来，会请主管今天之内调查，并在明天中午前给您回电说明处理结果。
C: 行，我等你们电话。
A: 再次向您和孩子道歉，感谢您的反馈，{B}

## horse | in | | hn | an announced hold (我帮您查一下，请稍等) of about 11 s; closing with 感谢您的耐心等待 + blessing
A: {G}
C: 我上个月买的十次课卡，想查一下还剩几次，手机号是一三八零五七一二六六九。
A: 好的，我帮您查一下，请稍等。
~hold
A: 让您久等了，您的课卡还剩六次，有效期到明年三月底。
C: 好的，知道了，谢谢。
A: 不客气，感谢您的耐心等待，祝您骑行愉快，再见。

## orchard | out | greeting | | outbound opening 喂，是陈先生吗 with no 您好 and no company; the rest is polite and closes with a blessing
A: 喂，是陈先生吗？我们这边草莓熟了，想问您周末要不要带孩子过来摘草莓。
C: 你哪位啊？哪里的草莓？
A: 不好意思，我是果香山采摘园的小麦，您去年秋天来我们园里摘过苹果，留过电话。
C: 哦哦，想起来了。这个周末没空，下次吧。
A: 好的，那不打扰您了，草莓季一直到四月份，您有空随时过来，祝您周末愉快，再见。

## orchard | out | | hn | outbound opening with company, name and purpose; picking price with amount and moment (出园称重付款); no booking made
A: 您好，我是果香山采摘园的小麦，您上个月来我们这儿摘过樱桃，今天打电话是想告诉您草莓季开始了。
C: 哦，草莓怎么收费？
A: 入园是免费的，摘的草莓按斤称，四十元一斤，出园的时候称重付款。
C: 行，那我周末带孩子去。要提前约吗？
A: 不用预约，直接来就行，周末人多，建议上午早点来。
C: 好的。
A: 好的，感谢您的支持，祝您和孩子玩得开心，再见。

## orchard | in | hangup,closing | | the agent gives the route curtly and drops the call on the customer's question about which gate the car park is at
A: {G}
C: 你好，我想问一下从市区开车过去怎么走，导航搜果香山搜出来两个地方。
A: 搜北门那个，沿着环山路一直开到头就是。
C: 环山路开到头，是右边还是左边？
A: 右边。
C: 好，那停车场在哪个门口？

## orchard | in | shirking,apology | | half a box of mail-order peaches arrived rotten; the agent pushes it to the courier and never apologises (blessing at the end)
A: {G}
C: 我在你们网店买的一箱水蜜桃，今天收到，一半都烂了，流得满箱子都是汤。
A: 那是快递压坏的，您去找快递吧，这跟我们园里没关系。
C: 可是货是你们发的啊，我又不认识快递，你们总得管吧？
A: 快递的事我们管不了，您在快递那边申请理赔就行。
C: 这也太糟心了，花了一百多块钱买一箱烂桃。
A: 您联系快递处理吧，祝您生活愉快。

## orchard | in | | hn | a ticket checker's insult (穷酸还来摘什么果子) reported and read back while the feedback is registered; 我不是要投诉; apology given
A: {G}
C: 我昨天去你们园里，门口那个收票的大姐，看我们穿得普通，嘀咕说穷酸还来摘什么果子，我听着特别不舒服。
A: 非常抱歉给您带来这么不好的体验。我跟您确认一下，您反映的是检票员说了“穷酸还来摘什么果子”，是昨天上午在南门对吧？
C: 对，南门。我不是要投诉，就是希望你们管管员工。
A: 明白，我已经记录下来，会反馈给园区负责人对这位员工进行批评教育。
C: 好，谢谢。
A: 感谢您的反馈，也再次跟您说声抱歉，祝您生活愉快，再见。

## orchard | in | forbidden,silence | | an unannounced gap of 13-16 s, then 樱桃还有没有我也不清楚，你自己来看看吧 about the matter asked
A: {G}
C: 你好，我想问问你们园里樱桃还有没有，这周末过去还能摘到吗？
~gap
C: 你好？
A: 樱桃还有没有我也不清楚，你自己来看看吧。
C: 哦，那行吧。
A: 周末过来就知道了，祝您玩得开心，再见。

## orchard | in | speech_rate | fast | the agent rattles off crops, prices and the restaurant booking at 8.5-9 characters a second; content correct, name asked politely
A: {G}
C: 你好，我想带老人孩子去你们那儿玩一天，能介绍一下都有什么可以摘的吗？
A: 好的，我们现在有草莓、蓝莓和小番茄三个大棚，草莓四十元一斤，蓝莓六十元一斤，小番茄二十元一斤，入园免费，摘完出园时统一称重付款，园里还有农家乐可以吃饭，老人孩子都很适合。
C: 农家乐要提前订吗？我们大概八个人。
A: 八个人的话建议提前一天订个包间，包间不收费，按点菜结账，吃完买单就行，您要订的话我这边可以直接帮您登记，请问您怎么称呼？
C: 我姓汤，订这周六中午。
A: 好的汤先生，周六中午八位的包间给您订好了，到了报您的姓和手机尾号就行，停车场在北门免费停，感谢您的支持，祝您一家玩得开心，再见。

## trademark | in | tariff,forbidden | | a class filing priced (一千二) but when it is paid is parked with 这个我也不清楚，到时候再说嘛
A: {G}
C: 你好，我想注册一个商标，做服装的，费用怎么算？
A: 一个类别一千二，包括官费。
C: 那这钱是什么时候交？先交还是下来了再交？
A: 这个我也不清楚，到时候再说嘛，反正先把资料准备好。
C: 哦，那我先准备资料吧。
A: 好的，准备好了联系我们，{B}

## trademark | in | overpromise,talk_over | | the agent cuts in twice and promises registration 百分之百, a double refund and 内部渠道
A: {G}
C: 我想注册的商标叫山野集，做土特产的，我在网上查了一下好像有个差不多的，不知道还能不能注册下来。
A>: 能，交给我们百分之百能注册下来，差不多的那个不碍事，驳回了我把代理费双倍退给您。
C: 真的假的？商标局审查那么严，你们怎么能保证一定下来，我之前问过别家，他们都说有风险。
A>: 别家是没本事，我们有内部渠道，保证下证，这个您一点都不用担心。
C: 那我再考虑考虑。
A: 好的，欢迎随时来电，{B}

## trademark | out | | hn | outbound renewal reminder: company, adviser, purpose; fee with amount and moment (签合同时支付); 老板 is the customer's own boss
A: 您好，这里是标信知识产权，我是顾问小严，您公司的青麦商标明年三月到期，今天来电提醒您提前办理续展。
C: 哦，要续啊？续展要多少钱？
A: 续展代理费加官费一共两千二百元，您确认委托、签合同的时候支付，之后不再收别的费用。
C: 行，我得跟我们老板商量一下，这个我做不了主。
A: 没问题，您和老板商量好了随时联系我，我的电话就是这个号码。
C: 好的。
A: 感谢您的配合，祝您和公司生意兴隆，再见。

## trademark | in | forbidden,closing | | a hesitant question answered with 您这是什么意思啊？我听不懂你想干嘛; ends with 行，就这样
A: {G}
C: 我想问一下，就是我的商标如果被别人抢注了，我在别的类别上还能不能用，这个怎么弄？
A: 您这是什么意思啊？我听不懂你想干嘛。
C: 就是，有人在别的类别注册了跟我一样的名字，我这边还能继续用吗？
A: 那得看具体情况，您把两个注册号发过来我们看一下。
C: 好，我晚点发给你们。
A: 行，就这样。

## trademark | in | name_ask | | a new filing order taken with 你叫什么名字？身份证号发我 and no polite ask; fee with amount and moment
A: {G}
C: 你好，我想委托你们注册一个商标，价格我之前问过了，一千二一个类别是吧。
A: 对，一个类别一千二，签合同时付全款。你叫什么名字？身份证号发我。
C: 我叫宋立，身份证我等会儿拍照发你。
A: 行，再把商标图样和营业执照一起发过来，我这边今天就给您准备合同。
C: 好的，麻烦了。
A: 不客气，合同准备好了我第一时间联系您，{B}

## trademark | in | colleague | | a filing delayed three months; the agent apologises but runs down the former adviser (不负责任…整天混日子)
A: {G}
C: 我三个月前在你们这儿委托注册商标，到现在还说没提交，怎么回事啊？
A: 真是抱歉，之前对接您的那个顾问就是个不负责任的，整天混日子，材料压在他手里一直没动，早就被开了。
C: 那我的材料现在在谁手里？
A: 现在转到我这边了，我今天下午就给您提交，提交之后把受理通知书发到您邮箱。
C: 好吧，这次别再拖了。
A: 一定不会了，给您添麻烦了，{B}

## trademark | in | | hn | how long the trademark office takes is outside the agency's control (我们确实没办法确定，一般九到十二个月); 不知道您方便…吗 as a polite question
A: {G}
C: 我的商标上个月提交了，大概什么时候能下来？
A: 商标局那边具体哪天出审查结果我们确实没办法确定，一般是九到十二个月左右，有进展我们会第一时间通知您。
C: 这么久啊，那中间要我做什么吗？
A: 如果审查员要求补正材料，我们会联系您。不知道您方便留一个邮箱吗？通知书可以直接发给您。
C: 可以，邮箱是我名字拼音加一二三。
A: 好的，记下了。感谢您的耐心，{B}

## trademark | in | greeting | late | nobody answers for about two seconds; the customer has to call 喂？有人吗？ before the agent greets
C: 喂？有人吗？
A: 哦，您好，标信知识产权，请问有什么可以帮您？
C: 我想查一下商标注册进度，申请号我有。
A: 好的，请您报一下申请号。
C: 四六八八二零一三。
A: 查到了，目前在实质审查阶段，还没有驳回通知，请您耐心等待，有消息我们会短信通知您。
C: 好，谢谢。
A: 不客气，{B}

## trademark | in | short_call | short | asks whether the office opens on Saturday; answered with a blessing inside 18 s
A: {G}
C: 你们周六上班吗？
A: 周六上午九点到十二点有人值班，祝您周末愉快。
C: 好嘞，谢谢。

## website | in | hangup,apology,closing | | the customer's company site has been down half a day; the agent says only 在修了 and drops the call on the customer's question
A: {G}
C: 我们公司的网站从早上到现在一直打不开，客户都在问，到底怎么回事？
A: 服务器在维护，技术在修了。
C: 半天了还没修好，我们生意都受影响了，你们太不靠谱了。
A: 在修了在修了。
C: 那到底什么时候能恢复？

## website | in | forbidden,talk_over | | the agent cuts in twice; 服务器为什么挂了我不知道 as the answer about the matter asked (an apology is said)
A: {G}
C: 你好，我们的网站昨天晚上挂了两个小时，我想知道是什么原因，以后会不会再出现这种情况。
A>: 不好意思啊，服务器为什么挂了我不知道，反正现在已经好了，您刷新看看。
C: 我知道现在好了，我是问原因，我们要跟领导汇报的，你总得给我个说法吧，不然我没法交代。
A>: 原因我这边真不知道，技术也没跟我们说，您就说是临时故障好了。
C: 那行吧。
A: 好的，有问题再联系，{B}

## website | out | | hn | outbound renewal reminder with company, name and purpose; fee with amount and moment; the customer's own 这个我不清楚
A: 您好，我是云筑建站的客服小冯，您公司的域名下个月十五号到期，今天来电提醒您续费。
C: 域名？这个我不清楚，网站一直是我们IT小王在管。
A: 没关系，麻烦您转告他一下就好。续费是一年八十九元，在后台点续费的时候扣款，到期前续上就不影响使用。
C: 好的，我跟他说。
A: 好的，感谢您的配合，祝您工作顺利，再见。

## website | in | insult,apology,closing | | asked a third time how to upload pictures, the agent asks whether she is really unable or doing it on purpose and tells her not to run a site; brush-off ends the call
A: {G}
C: 不好意思啊，又是我，那个商品图片还是传不上去，你能再教我一遍吗？
A: 这都教您第三遍了，您是真学不会还是故意的？我看您这水平还是别自己弄网站了。
C: 你什么态度啊？我不会才问你的！
A: 我态度挺好了，换别人早不理您了。
C: 你这人真是，太过分了。
A: 您自己慢慢琢磨吧。

## website | in | tariff,filler | | tics (其实/就是说/然后/对吧) in every agent turn; a template site sold as 免费期 with no amount or start of charging
A: {G}
C: 我想做个简单的企业官网，你们这个怎么收费？
A: 其实吧，就是说我们模板建站现在是免费的，然后您先用着，对吧，挺方便的。
C: 免费？以后要收费吗？收多少？
A: 就是说，现在是免费期嘛，然后后面的事后面再说，对吧，其实用的人都觉得挺值。
C: 那什么时候开始收，一年多少钱，你得跟我说清楚啊。
A: 其实您不用担心，就是说到时候会提醒您的，然后您先注册一个试试。
C: 那我再看看吧。
A: 好的，有需要随时联系，{B}

## website | in | | hn | an announced hold (我帮您查一下后台登录日志，您稍等) of about 11 s; apology for the lock-out; closing 感谢您的耐心等待 + blessing
A: {G}
C: 我们网站后台今天登不上去，一直提示密码错误，但密码没改过。
A: 给您添麻烦了，非常抱歉，我帮您查一下后台登录日志，您稍等。
~hold
A: 让您久等了，查到是今天上午连续输错五次被系统锁定了，我已经帮您解锁，您再试一下。
C: 哦，好了，能登了。
A: 好的，建议您开一下短信验证，更安全。感谢您的耐心等待，祝您工作顺利，再见。

## seal | in | name_ask,closing | | a company seal set ordered; only the company's name and papers are asked, never the customer's name; ends with 好，拜拜
A: {G}
C: 我们新公司要刻一套章，公章、财务章、法人章都要。
A: 一套三枚是三百六十元，取章的时候付款。把营业执照和法人身份证拍照发过来就行。
C: 好，发到哪里？
A: 加一下我们的微信，就是这个手机号，公司名称和地址也写一下，明天下午就能取。
C: 行，我现在发。
A: 好，拜拜。

## seal | in | | hn | a private seal ordered: 请问先生怎么称呼, fee with amount and moment (取章的时候付款)
A: {G}
C: 你好，我想刻一个私章，牛角的，刻我自己的名字。
A: 好的，请问先生怎么称呼？
C: 我姓贺，贺新年的贺，名字叫贺子川。
A: 贺先生，牛角私章是一百二十元一枚，取章的时候付款，篆书和隶书两种字体您选哪种？
C: 篆书吧。
A: 好的，篆书，后天上午可以来取。感谢您的支持，{B}

## seal | in | short_call | short | a wrong number, closed kindly with a blessing inside 18 s
A: {G}
C: 啊，不好意思，我打错了。
A: 没关系，祝您生活愉快。

## seal | in | complaint | | a wrong character on a company seal; the customer will complain to 市场监管局; the agent apologises and re-engraves free
A: {G}
C: 你们给我刻的公章，公司名字里有个字刻错了，锦绣的锦刻成了绵，我们合同都盖了好几份了！我要去市场监管局投诉你们。
A: 非常抱歉，这是我们的失误。我马上安排免费重刻，今天下午就能做好，给您送上门。
C: 那已经盖了的合同怎么办？
A: 我们可以出一份书面说明，盖我们店的章，证明是刻章错误，给您造成的损失我们也会跟您协商处理。
C: 行，你们先把章弄好。
A: 好的，再次跟您道歉，{B}

## seal | in | shirking,apology | | a seal missing from the filing system is pushed to the police station; no apology to the annoyed customer
A: {G}
C: 我在你们这儿刻的章，去银行开户说系统里查不到备案，让我回来找你们。
A: 备案是公安系统的事，跟我们没关系，您去派出所问吧。
C: 章是你们刻的，备案也是你们说包办的，怎么又让我跑派出所？我都跑了两趟了。
A: 系统的事我们也没办法，您去派出所问就行了。
C: 真是烦死了。
A: 您去问问吧，祝您顺利。

## seal | in | | hn | innocent words sharing characters with insults (一块死白，死角，滚得不匀); apology for the fault
A: {G}
C: 我在你们这儿刻的公章，盖出来左下角总有一块死白，印不上去，怎么回事啊？
A: 不好意思给您添麻烦了，一般是印面有个死角没刻透，或者印油滚得不匀，您拿过来我们免费帮您修一下。
C: 要多久？
A: 当场就能修好，十分钟左右。
C: 好，我明天上午过去。
A: 好的，明天上午等您过来，祝您工作顺利，再见。

## seal | in | insult,apology | | the customer's choice of a cartoon font mocked (您这审美我也是服了，土得掉渣…丢人); she protests; no apology; blessing at the end
A: {G}
C: 我想刻一个私章，字体想要那种圆圆的卡通字，可爱一点的，有吗？
A: 卡通字？您这审美我也是服了，土得掉渣，跟乡镇小卖部的招牌似的，刻出来盖在哪儿都丢人。
C: 你怎么说话呢？我喜欢什么字体关你什么事！
A: 我就给您提个建议嘛，卡通字也有，一百元一枚，取章时付。
C: 算了，我不在你们这儿刻了。
A: 好的，那祝您生活愉快，再见。

## jubensha | in | insult,apology | | beginners asking for a mystery script are told they couldn't spot the killer standing in front of them; shrugged off as 随口一说
A: {G}
C: 你好，我们几个都是新手，第一次玩剧本杀，有没有推荐的推理本？
A: 新手？就您这问法，玩推理本怕是凶手站您面前都认不出来，玩玩欢乐本得了，省得浪费脑子。
C: 你说谁认不出来？你这话怎么这么难听！
A: 我就随口一说，您别较真啊。欢乐本有好几个，周末都有场。
C: 行吧，我们再看看。
A: 好，{B}

## jubensha | in | name_ask,talk_over | | a Saturday table booked with 你姓什么？ and the agent cutting in twice; fee with amount and moment
A: {G}
C: 我想订这周六晚上的场，六个人，想玩那个古风的本，叫什么名字来着我一下子想不起来了。
A>: 长安雪是吧？周六晚上七点还有一场，六个人正好。你姓什么？
C: 姓彭，那个本大概要玩多长时间，我们有两个朋友十点多要赶末班车回去，怕来不及。
A>: 四个半小时左右，十点多结束不了，要不您跟朋友商量一下。
C: 那我们就七点开始吧，大不了打车回去。
A: 行，给您订上了，每人一百二十八元，到店开本前付，{B}

## jubensha | in | | hn | the customer jokes that the host acted like a 神经病 (praise); booking with 请问您怎么称呼 and fee with amount and moment
A: {G}
C: 哈哈，上次你们那个主持人演得跟神经病一样，太吓人了，我朋友都吓哭了，我们还想再来一次。
A: 哈哈谢谢您的认可，我们的主持人都很投入。这次想玩什么类型的？
C: 还要恐怖的，周五晚上八点，五个人。
A: 好的，周五晚上八点有夜半钟声，正好五人本，每人一百三十八元，到店开本前付就可以。请问您怎么称呼？
C: 我姓祁。
A: 祁女士，给您订好了，请提前十分钟到店。感谢您的支持，{B}

## jubensha | in | | hn | innocent words in a script blurb (开场就有人死了，找凶手和杀人动机); an inquiry only, no booking
A: {G}
C: 我想问问雪夜这个本恐怖吗？我女朋友胆子小。
A: 雪夜是情感推理本，开场就有人死了，但是整体不吓人，主要是找凶手和杀人动机，没有惊吓环节。
C: 那还行。大概几个人玩？
A: 六人本，男女各三，玩下来大概五个小时。
C: 好，我们商量一下再订。
A: 好的，商量好了随时联系我们，{B}

## jubensha | in | greeting,closing | | opens 喂，迷雾，约本？ (no 您好, no offer of help); closes with thanks only
A: 喂，迷雾，约本？
C: 啊对，我想问一下你们明天下午有没有空房间。
A: 明天下午两点和三点半都有空房，您几个人？
C: 七个人。
A: 七个人的话三点半那个大房间合适，您要定吗？
C: 我先问问朋友，确定了再打过来。
A: 好的，感谢您的来电，再见。

## jubensha | in | short_call | short | a customer calls the wrong kind of shop; a kind answer with a blessing inside 18 s
A: {G}
C: 这是那个密室逃脱吗？
A: 不是的，我们是剧本杀店，祝您玩得开心。
C: 哦，好。

## jubensha | in | | hn,badline | the customer's 喂 on a bad line 0.2-0.5 s in, answered at once by the full greeting; booking with 您贵姓 and fee with amount and moment
C: 喂？
A: {G}
C: 你好，我想订后天晚上的红楼残梦，四个人。
A: 好的，后天晚上七点有场，四人本每人一百一十八元，到店开本前付款。请问您贵姓？
C: 姓庄。
A: 庄先生，后天晚上七点四位，给您订好了。感谢您的支持，{B}
"""

DATA2 = """
## paraglide | in | overpromise | | tandem flights sold as 百分之百安全…以后也不可能出事 and 保证您平平安安落地，一点风险都没有
A: {G}
C: 你好，我想体验一下双人滑翔伞，但是有点担心安全问题，你们这个安全吗？
A: 您放一百个心，跟我们教练飞，百分之百安全，我们基地从来没出过事，以后也不可能出事。
C: 那万一遇到大风呢？
A: 有我们教练在，什么风都不怕，保证您平平安安落地，一点风险都没有。
C: 好吧，我再了解了解。
A: 好的，欢迎随时咨询，{B}

## paraglide | in | tariff,name_ask | | a tandem flight booked with 你叫啥名？; when it is paid and the fee for a weather-cancelled day glossed (到时候看情况…到了基地再说)
A: {G}
C: 我想约下周六的双人带飞，一个人。
A: 行，双人带飞九百八十元。你叫啥名？
C: 我叫陶然。那钱是现在交还是去了再交？要是那天天气不好飞不了怎么算？
A: 飞不了的话，那个到时候看情况吧，钱的事您到了基地再说。
C: 那到底收不收钱啊？
A: 看情况，一般不会让您白跑的，先给您约上了，{B}

## paraglide | in | | hn | honest limits (能不能飞要看当天的风速…我们不敢给您保证); fee with amount, moment and refund; booking with 请问您怎么称呼
A: {G}
C: 我想约个周日的双人滑翔伞，能保证飞吗？
A: 能不能飞要看当天的风速和风向，这个我们不敢给您保证，天气不合适的话会给您全额退款或者免费改期。
C: 那费用呢？
A: 双人带飞九百八十元，预约时先付两百元定金，飞完再付剩下的七百八十元，飞不了定金全退。
C: 行，那就约周日上午。
A: 好的，请问您怎么称呼？
C: 我姓冉。
A: 冉先生，周日上午九点给您约好了，前一天晚上我们会根据天气预报给您发确认短信。感谢您的信任，{B}

## paraglide | in | apology,complaint | | a flight cancelled after a two-hour drive; the customer will go to 消协; the agent rebooks and registers but never apologises
A: {G}
C: 我今天开了两个小时车到你们基地，到了才说风大不能飞，你们早干嘛去了？白跑一趟！
A: 风是中午突然变大的，天气原因我们也没办法。
C: 那你们就不能提前打个电话吗？油钱过路费谁给我出？我要去消协投诉你们。
A: 天气的事我们控制不了，可以给您改到下周六，定金保留。
C: 改期是改期，我今天的损失谁管？
A: 您的情况我记下来了，会报给基地负责人，明天给您回复，祝您一路平安。

## paraglide | in | speech_rate | slow | the agent drawls every turn at about 1.6 characters a second; content correct
A: {G}
C: 你好，我想问问你们滑翔伞考飞行执照要多久？
A: 考执照的话，一般要二十天左右。
C: 二十天都要住在基地吗？
A: 基地有宿舍，可以住，也可以每天来。
C: 好的，那我再想想，谢谢。
A: 好的，祝您生活愉快，再见。

## paraglide | in | hangup,closing,talk_over | | the agent cuts in twice and drops the call on the customer's question whether a friend may come up the hill
A: {G}
C: 我约了明天上午九点的带飞，想确认一下集合地点，是在山脚下的停车场还是直接上山顶起飞场。
A>: 山脚停车场，八点半到，有车接您上山，别迟到。
C: 好的，那我需要带什么东西吗，比如运动鞋或者外套，山顶会不会很冷，我怕穿少了。
A>: 穿运动鞋，带件外套就行。
C: 那我朋友能跟着上山看吗？

## paraglide | in | | hn | the customer's own 我也不知道自己恐不恐高 met with reassurance (您不清楚也没事); no booking made
A: {G}
C: 我挺想试试滑翔伞的，但是我也不知道自己恐不恐高，有点犹豫。
A: 您不清楚也没事，很多客人第一次来也不确定。起飞前教练会先带您在坡上跑几趟，感觉不舒服随时可以不飞，不会收费。
C: 那飞上去以后害怕了怎么办？
A: 教练就在您身后，您说想下去，他会马上找地方降落。
C: 好，我回去想想。
A: 好的，想好了随时联系我们，{B}

## paraglide | in | | hn | 不清楚 about a third party (气象站…他们现在也还不清楚风向); a proper transfer to the duty coach with a blessing
A: {G}
C: 我约了明天下午的单人练习，明天风怎么样，能飞吗？
A: 气象站下午四点才发明天的预报，他们现在也还不清楚风向，预报出来以后教练会给您发消息。
C: 那我想问问教练练习的动作要点，能直接跟教练说吗？
A: 可以的，我帮您转接值班的孙教练，转接需要几秒钟，请不要挂机，祝您明天飞得顺利。

## archery | in | forbidden,filler | | tics (那啥/反正/这个这个/完了) in every agent turn; group price stated, the plan brushed off with 那你想好了再打过来吧
A: {G}
C: 我们公司想团建，二十来个人去射箭，团体怎么收费？
A: 那啥，二十人以上反正是打八折，这个这个，就是每人六十四元一小时，完了打完在前台统一结账。
C: 那能不能安排教练带，还有场地能不能挂我们自己的横幅？
A: 那啥，你们到底要几个教练，横幅多大，反正啥都没定，那你想好了再打过来吧。
C: 我就想先了解一下能不能做。
A: 这个这个，完了看你们具体方案，那啥，反正定好了再说，祝您工作顺利。

## archery | in | | hn | an announced hold (我帮您看一下明天下午的靶位，您稍等) of about 11 s; booking with 请问您贵姓; fee with amount and moment
A: {G}
C: 我想约明天下午的射箭，两个人，有位置吗？
A: 我帮您看一下明天下午的靶位，您稍等。
~hold
A: 让您久等了，明天下午三点到四点还有两个靶位。请问您贵姓？
C: 姓钱。
A: 钱先生，每人八十元一小时，到馆后在前台付款，含弓箭和护具。给您约好了三点。
C: 好的。
A: 感谢您的支持，祝您百发百中，玩得开心，再见。

## archery | in | insult,apology,closing | | a customer who couldn't draw a 20-pound bow is told primary-school kids are stronger and he would only embarrass himself; 反正您爱来不来 ends the call
A: {G}
C: 我上次去你们那儿，二十磅的弓我都拉不开，有没有更轻一点的弓，我想带我老婆一起去玩。
A: 二十磅都拉不开？您这手劲儿还不如我们这儿的小学生，来了也是丢人现眼。
C: 你这说的什么话！我是来消费的，你就这么跟顾客说话？
A: 我说的是实话，十五磅的也有，反正您爱来不来。

## archery | in | silence | | the agent goes quiet for 13-16 s after the question, then answers; otherwise correct, fee with amount and moment
A: {G}
C: 你好，你们射箭馆有没有小孩能上的课？我儿子八岁。
~gap
A: 有的，八岁可以上少儿射箭课，每周六上午一节，一次一百元，上课前在前台交。
C: 那要自己带弓吗？
A: 不用，馆里都配好了，有专门的儿童弓。
C: 好的，我周末带他去看看。
A: 好的，欢迎您和孩子过来，{B}

## archery | in | colleague | | an overcharge; the agent apologises but says the front-desk girl is not bright (脑子不太灵光，老给人算错账)
A: {G}
C: 我昨天在你们馆里射箭，一个小时收了我一百六，不是八十吗？
A: 实在抱歉，前台那个小姑娘脑子不太灵光，老给人算错账，我们都说她好几回了。
C: 那多收的钱怎么办？
A: 多收的八十元今天原路退回您的微信，大概两个小时到账。
C: 好吧。
A: 给您添麻烦了，{B}

## archery | in | | hn | the line drops mid-call and the customer says 喂？喂？能听到吗？; the agent answers at once and repeats
A: {G}
C: 我想问一下你们晚上几点关门，我下班过去可能七点多了。
A: 我们晚上九点半关门，七点多过来完全来得及。
C: 喂？喂？能听到吗？刚才信号不好。
A: 能听到的，我们九点半关门，您七点多过来没问题。
C: 好的，那我下班直接过去。
A: 好的，欢迎您，{B}

## trampoline | in | insult,apology,closing | | a parent asking about weight limits is told her fat child would crush the trampolines (别来祸害我们设备了); 没事我挂了啊 ends the call
A: {G}
C: 你好，我家孩子十一岁，有点胖，一百二十斤，能在你们那儿玩蹦床吗？
A: 一百二十斤？这么胖的孩子蹦两下床都得被压坏，您还是别来祸害我们设备了。
C: 你怎么说话的！孩子胖怎么了？
A: 我就是提醒您嘛，我们有体重限制的。
C: 什么体重限制，你就是看不起人！
A: 没事我挂了啊。

## trampoline | in | | hn | honest limits (我们不能保证百分之百不受伤) with the safety measures; fee with amount and moment; no booking
A: {G}
C: 你们蹦床安全吗？我家孩子才五岁，怕摔着。
A: 蹦床运动本身有一定风险，我们不能保证百分之百不受伤，但是五岁的孩子在幼儿专区玩，每个区都有安全员全程看护，也需要家长陪同。
C: 那门票多少钱？
A: 儿童一小时八十八元，家长陪同免费，入场前在前台购票。
C: 好，我周末带她去。
A: 好的，欢迎您，祝您和宝贝玩得开心，再见。

## trampoline | in | | hn | grip socks and a party package priced with amount and moment; a birthday booking with 请问怎么称呼您
A: {G}
C: 我想给孩子在你们那儿办个生日会，十个小朋友，防滑袜要另外买吗？
A: 防滑袜十元一双，入场前在前台买，以后来可以一直用。生日会套餐是一千二百八十元，十个小朋友玩两个小时，含蛋糕布置，预约时付三百元定金，当天结尾款。请问怎么称呼您？
C: 我姓韦。那就订下个月八号下午。
A: 韦女士，下个月八号下午两点的生日会给您订好了，定金链接稍后发到您手机上。感谢您的支持，祝宝贝生日快乐，再见。

## trampoline | in | complaint | | a child sprained an ankle and the parent will call 12345; the agent apologises and registers
A: {G}
C: 我儿子昨天在你们那儿蹦床，脚崴了，当时旁边根本没有安全员，我要打12345反映你们。
A: 非常抱歉，孩子现在怎么样？我先跟您登记一下情况，昨天是几点在哪个区域？
C: 下午三点左右，在大蹦床区。孩子现在脚肿得走不了路。
A: 真的很抱歉，我们会马上调监控核实，医药费我们先承担，今天下午安排负责人跟您联系。
C: 行，你们尽快。
A: 好的，祝孩子早日康复，再见。

## trampoline | in | short_call | short | whether adults may jump too, answered with a blessing inside 18 s
A: {G}
C: 大人也能蹦吗？
A: 可以的，大人也能玩，祝您玩得开心。
C: 好嘞。

## trampoline | in | greeting,silence | | opens 您好，请问有什么事？ with no company; later an unannounced gap of 13-16 s
A: 您好，请问有什么事？
C: 你好，是跳跳星蹦床吗？我想问一下你们周一开不开门。
A: 对，周一正常营业，上午十点到晚上九点。
C: 那周一有没有什么优惠活动？
~gap
A: 周一到周四下午两点前入场，门票打八折。
C: 好的，谢谢。
A: 不客气，祝您生活愉快，再见。

## trampoline | in | | hn | the customer talks over the agent (C>) and the agent's backchannel overlaps by 0.1-0.25 s; annual card priced with amount and moment
A: {G}
C: 你好，我想问问你们那个年卡怎么办，是不是每天都能去？
A: 年卡是每天都可以来，每次限玩两个小时，年卡一千九百八十元，办卡的时候一次性付清。
C>: 那节假日也能用吗？
A: 节假日也能用，不额外收费。
C: 那挺好，我考虑考虑，主要是孩子喜欢。
A,: 好的。
C: 那我周末过去办。
A: 好的，欢迎您，{B}

## trampoline | in | | hn | the customer calls it 破蹦床 and is unhappy; the agent apologises and makes good; no explicit complaint intent
A: {G}
C: 你们那个破蹦床弹簧都露出来了，刮破了我儿子的裤子，这也太不安全了吧。
A: 非常抱歉，孩子有没有受伤？是哪个区域的蹦床？
C: 人没事，就是裤子破了，在最里面那个大蹦床区。
A: 好的，我马上通知场馆把那张蹦床停用检修，裤子的损失我们照价赔偿，稍后工作人员加您微信处理。
C: 行吧，你们赶紧修修。
A: 好的，谢谢您提醒我们，祝孩子玩得开心，再见。

## lawfirm | in | forbidden,shirking | | on the consultation line: 这种情况怎么判我不知道，你自己去法院问吧, then 您到法院立案窗口一问就清楚了
A: {G}
C: 我想咨询一下，我借给朋友五万块钱，有微信聊天记录但是没打借条，现在他不还，能不能起诉要回来？
A: 这种情况怎么判我不知道，你自己去法院问吧。
C: 哦，那我要是去法院，是直接去立案吗？要准备什么材料？
A: 这个您到法院立案窗口一问就清楚了，我们这儿说了也不算，祝您顺利。

## lawfirm | in | | hn | 不清楚 as reassurance (您不清楚合同编号也没关系) and the court's pace as a third party's; a consultation booked with 请问您贵姓 and fee with amount and moment
A: {G}
C: 我有个合同纠纷想约律师面谈，不过合同编号我也不记得了。
A: 您不清楚合同编号也没关系，面谈的时候带上合同原件就行。请问您贵姓？
C: 姓苏。我之前已经判赢了一个案子，对方一直不给钱，法院那边什么时候能执行到位？
A: 苏先生，法院的执行进度要看法院那边的安排，律师面谈的时候可以帮您看看怎么申请强制执行。面谈费是一小时五百元，面谈结束后付。
C: 好，那就约周三下午。
A: 周三下午三点，给您约好了宋律师。感谢您的信任，{B}

## lawfirm | in | tariff,silence | | an unannounced gap of 13-16 s; the lawyer's fee left to 具体看情况…见了律师再说; the booking asks the name politely
A: {G}
C: 我想请律师打一个离婚官司，律师费大概怎么收？
~gap
C: 喂，你好？
A: 在的。律师费按案子收，具体看情况。
C: 大概多少？什么时候交？
A: 这个见了律师再说，每个案子不一样。
C: 好吧，那我先约个时间。
A: 可以，请问您怎么称呼？
C: 我姓岑。
A: 岑女士，明天上午十点给您约好了，{B}

## lawfirm | in | overpromise | | 这官司您稳赢…没有输过的…保证给您全额拿回来
A: {G}
C: 我被公司辞退了，没给补偿，想打劳动仲裁，你们觉得有希望吗？
A: 您这种情况，这官司您稳赢，我们律所接的劳动案子就没有输过的，补偿金一分都少不了。
C: 这么肯定？公司那边也请了律师的。
A: 请谁都没用，交给我们，保证给您全额拿回来。
C: 那我先考虑一下，回头再约。
A: 好的，欢迎随时联系，{B}

## lawfirm | in | name_ask | | a consultation booked with 你叫啥？; fee with amount and moment
A: {G}
C: 我想约个律师咨询一下房屋买卖合同的问题，这周四下午可以吗？
A: 周四下午两点有空。你叫啥？
C: 我叫武建国。
A: 行，面谈费一小时五百元，咨询结束后付，带上合同和付款凭证。
C: 好的。
A: 给您约好了，{B}

## lawfirm | in | | hn | the customer's boss's words (你就是个废物，猪都比你聪明) read back as evidence while the matter is taken; 老板 is the customer's own boss; name asked politely
A: {G}
C: 我想问一下，我们老板当着全部门的面骂我，说你就是个废物，猪都比你聪明，这算不算侮辱？
A: 您是说老板当众说您“你就是个废物，猪都比你聪明”，对吧？当众辱骂可能涉及名誉侵权，当时有录音或者同事作证吗？
C: 有同事听到，我手机也录了一段。
A: 好的，录音要保存好。我帮您约一位劳动和名誉纠纷方向的律师，请问您怎么称呼？
C: 我姓管。
A: 管女士，面谈费一小时五百元，面谈结束后付，给您约在明天下午三点。感谢您的信任，{B}

## lawfirm | in | apology,hangup,closing | | the lawyer missed the appointment; the customer who took leave is unhappy; another day offered without an apology and the call dropped on the customer's question
A: {G}
C: 我约了今天上午十点见韩律师，我请了假过来，在你们前台等了一个小时了，人呢？
A: 韩律师临时有个庭，来不了了，改个时间吧。
C: 你们怎么不提前通知？我假都请了，太不靠谱了。
A: 那您看明天下午行不行。
C: 明天我上班啊！那周末韩律师在不在？

## lawfirm | in | insult,apology | | the customer who lent money without an IOU is asked whether his brain has a problem (脑子是不是有点问题); he protests; no apology
A: {G}
C: 我借给我表哥十万块钱，什么都没写，现在他不认账了，我该怎么办？
A: 十万块钱借条都不打，您这脑子是不是有点问题啊？现在来找律师，早干嘛去了。
C: 你怎么说话的？我是来咨询的，不是来挨骂的！
A: 我说的是实话嘛。您有转账记录吗？有的话还能试试。
C: 有银行转账记录。
A: 那带上转账记录和聊天记录过来面谈，祝您顺利。

## lawfirm | in | | hn | the customer says 你这话什么意思 out of confusion; the agent explains patiently
A: {G}
C: 我想问一下我这个案子过了诉讼时效没有，借款是四年前的。
A: 一般借款纠纷的诉讼时效是三年，从约定的还款日起算，中间如果您催过款，时效会重新计算。
C: 你这话什么意思？就是说我还有可能告得赢？
A: 是的，如果这三年里您有微信或者短信催过款，时效就中断了，重新算三年，所以还有机会。
C: 哦，那我回去找找聊天记录。
A: 好的，找到了可以约律师帮您看看，{B}

## dna | out | | hn | outbound reminder with company, name and purpose; the customer's own 我也不知道怎么采样; patient explanation
A: 您好，我是源码基因的客服小宁，您上个月购买的检测盒还没有寄回样本，今天来电提醒一下，也看看您有没有什么问题。
C: 哦，对，我一直没弄，我也不知道怎么采样。
A: 没关系，很简单的：早上起来不吃不喝，用盒子里的棉签在口腔两侧各刮三十下，放进管子里拧紧就行，寄回是免费的，快递员上门取。
C: 好的，那我明天早上弄。
A: 好的，感谢您的配合，祝您生活愉快，再见。

## dna | out | greeting | | outbound opening 您好，我是小宁 with no company, straight to a question
A: 您好，我是小宁，您的检测盒收到了吗？
C: 什么检测盒？你哪里的？
A: 就是您在网上买的基因检测盒，源码基因的。
C: 哦，收到了，还没用。
A: 好的，采样说明在盒子里，有问题随时打我们的客服电话，祝您生活愉快，再见。

## dna | in | overpromise,filler | | tics (那个/就是说/反正/对吧) in every agent turn; promises the test tells a child's musical gift with 准确率百分之百
A: {G}
C: 我想给孩子做个天赋基因检测，这个准吗？
A: 那个，就是说，我们这个检测反正是很准的，对吧，现在很多家长都做。
C: 能测出什么？
A: 就是说，那个，测一下就能知道您孩子将来有没有音乐天赋、运动天赋，反正准确率百分之百，对吧。
C: 百分之百？
A: 对，那个，反正测出来有天赋的，您就往那个方向培养，保证错不了。
C: 我再考虑一下吧。
A: 好的，有需要随时联系，{B}

## dna | in | shirking,apology,hangup,closing | | a report a month late is pushed to the lab (您问实验室去吧); no apology; the call is dropped on the customer's question about the lab's number
A: {G}
C: 我的样本寄回去一个多月了，说好二十个工作日出报告，到现在都没出，怎么回事？
A: 报告是实验室出的，我们客服管不了，您问实验室去吧。
C: 我在你们这儿买的，你们让我找实验室？我等了这么久，太失望了。
A: 实验室排队的事我们也没办法。
C: 那实验室电话多少？

## dna | in | insult,apology | | a customer asking whether an ancestry result is right is asked whether he ever went to school (读过书没有啊); he protests; no apology
A: {G}
C: 我的祖源报告上说我有百分之八的北方游牧民族血统，这个准吗？我们家祖祖辈辈都是南方的。
A: 这有啥好纠结的，基因混合很正常，看您这问题问的，读过书没有啊？
C: 你什么意思？我问个问题你就说我没读过书？
A: 我是说这是常识嘛。报告是按数据库比对出来的，有一定参考价值。
C: 你这态度真让人不舒服。
A: 报告有说明文档，您自己看看吧，祝您生活愉快。

## dna | in | tariff,forbidden | | the upgrade's price and charge moment sent to the app; 喂！你听我说完行不行？ called at the customer mid-call
A: {G}
C: 我买的是祖源版，想加测健康版，要补多少钱？
A: 加测健康版要补差价，具体多少您到APP里看，什么时候扣也在里面写着。
C: 我就是APP里没找到才打电话的，你直接告诉我不行吗？
A: 喂！你听我说完行不行？APP首页有个升级入口，点进去就能看到了。
C: 好吧，我再找找。
A: 找不到再打过来，{B}

## dna | in | speech_rate | fast | the agent rushes through sampling rules and shipping at 8.5-9 characters a second; content correct
A: {G}
C: 你好，我刚收到检测盒，想问问采样有什么要注意的？
A: 好的，采样前三十分钟不要吃东西、喝水、抽烟和嚼口香糖，用盒子里的棉签在两边口腔内侧各刮三十下，然后把棉签头折断放进采样管，拧紧盖子，摇匀几下就可以了。
C: 那寄回去怎么寄？
A: 盒子里有一张预付的回寄单，您在小程序里点预约取件，快递员会上门来取，不用您付运费，样本到实验室以后大概二十个工作日出报告，出了会短信通知您。
C: 好的，明白了。
A: 好的，有问题随时联系我们，感谢您的支持，祝您生活愉快，再见。

## dna | in | short_call | short | where to enter the return tracking number, answered with a blessing inside 18 s
A: {G}
C: 样本寄出了，单号填哪？
A: 在小程序订单里填，祝您生活愉快。
C: 好，谢谢。

## hairtx | out | | hn | outbound post-op follow-up with company, role and purpose; shedding explained with honest limits (我们不敢打包票说多久)
A: 您好，我是青丝植发的回访专员小蒋，您上个月在我们这儿做了植发手术，今天打电话回访一下您的恢复情况。
C: 最近掉得有点厉害，是不是没种上啊？
A: 术后一到三个月会有一个脱落期，是正常现象。每个人恢复速度不一样，我们不敢打包票说多久，一般六个月左右会慢慢长出来。
C: 那我需要做什么吗？
A: 按时用医生开的药，别熬夜，三个月的时候回来复查一次，复查免费。
C: 好的，知道了。
A: 感谢您的配合，祝您早日恢复，再见。

## hairtx | in | insult,apology,closing | | a customer hesitating over the price is told his crown is bald as a light bulb and he can stay bald; ends 嗯，挂了
A: {G}
C: 我想问问植发大概多少钱，我头顶这块有点稀，但是听说挺贵的，有点犹豫。
A: 一个毛囊单位八元，手术当天付款。您这头顶都秃成灯泡了还叫有点稀？舍不得花钱那就继续秃着吧。
C: 你怎么说话的？我问个价你就这么损人？
A: 我这是说实话，早种早好。
C: 你们就这么做生意的？
A: 嗯，挂了。

## hairtx | in | overpromise | | 存活率百分之百，一根都不会掉，管您一辈子浓密…掉一根赔一根
A: {G}
C: 植发种上去能活多少？会不会过几年又掉了？
A: 我们的技术，种上去存活率百分之百，一根都不会掉，管您一辈子浓密。
C: 一辈子都不掉？别的医院都说有个存活率的。
A: 别的医院是别的医院，我们这儿保证，掉一根赔一根。
C: 好，我了解一下。
A: 欢迎您来面诊，{B}

## hairtx | in | tariff,forbidden | | the price glossed (一个单位很便宜的，来面诊再说) and 什么意思啊您这话？ thrown at the customer
A: {G}
C: 植发是按什么收费的？一千个单位大概多少钱，什么时候付？
A: 按单位算，一个单位很便宜的，来面诊再说。
C: 很便宜是多便宜？我总得有个数吧。
A: 什么意思啊您这话？我刚不是说了面诊再说吗？
C: 行吧，那我再考虑考虑。
A: 好的，欢迎来面诊，{B}

## hairtx | in | name_ask | | a consultation booked with only the phone number taken, never the name (面诊 free)
A: {G}
C: 我想预约一个面诊，看看发际线能不能种。
A: 可以的，面诊是免费的，您这周哪天方便？
C: 周六上午吧。
A: 周六上午十点给您约上了，手机号就是您现在打来的这个吧？
C: 对。
A: 好的，到了前台报手机号就行，感谢您的来电，{B}

## hairtx | in | colleague | | conflicting advice; the agent apologises but calls the doctor's assistant an intern who knows nothing (啥也不懂，嘴上没个把门的)
A: {G}
C: 你们那个医生助理跟我说术后第二天就能洗头，我看网上说要一周，到底听谁的？
A: 不好意思让您困扰了，那个助理是实习的，啥也不懂，嘴上没个把门的，您别听她的。
C: 那到底什么时候能洗？
A: 一般术后第三天可以用我们给的洗发水轻轻冲洗，一周以后正常洗，具体以主刀医生的医嘱为准。
C: 好的，知道了。
A: 给您添麻烦了，{B}

## hairtx | in | speech_rate | slow | the agent drawls every turn at about 1.6 characters a second; content correct
A: {G}
C: 植发手术要做几个小时啊？
A: 一般四到六个小时。
C: 会疼吗？
A: 打了麻药，基本不疼。
C: 好，谢谢。
A: 不客气，祝您一切顺利，再见。

## checkup | in | | hn | results left to the doctor (需要医生给您解读); report reading booked; 不知道您这周哪天方便 as a polite question
A: {G}
C: 你好，我叫龚丽，上周在你们那儿体检，报告出来了吗？有没有什么问题？
A: 报告前天已经出来了。具体的结果需要医生给您解读，不知道您这周哪天方便来一趟？
C: 周四下午吧。
A: 好的，周四下午三点给您约了报告解读，免费的，带上身份证就行。
C: 好。
A: 感谢您的配合，祝您身体健康，再见。

## checkup | in | | hn | a question for a doctor answered by a proper transfer to the reporting doctor, with a blessing
A: {G}
C: 我体检报告上写着甲状腺结节三级，这个严重吗？要不要马上去医院？我这两天担心得睡不着觉。
A: 理解您的担心。您的问题需要医生结合报告来判断，我这边帮您转接到报告解读的陈医生，她会详细给您解释。
C: 好的，麻烦你了。
A: 转接可能需要几秒钟，请您不要挂机，祝您身体健康。

## checkup | in | shirking,apology,filler | | tics (然后的话/基本上/完了) in every agent turn; questions about a paid report pushed to a hospital; the customer's reproach is never apologised for
A: {G}
C: 我体检报告里有好几项箭头，想问问是什么意思，要不要紧？
A: 然后的话，基本上报告里的问题，完了您去医院问吧，我们这边基本上只管体检。
C: 我花了一千多做的体检，你们连解释都不管？
A: 然后的话，完了我们这边没有医生坐班，基本上您去医院挂个号就行。
C: 这叫什么服务啊。
A: 基本上都是这样的，然后的话您去医院看看，祝您身体健康。

## checkup | in | | hn | an announced hold (我核实一下下周二的名额，请稍等) of about 11 s; booking with 请问您怎么称呼 and fee with amount and moment
A: {G}
C: 我想给我爸妈预约一个老年体检套餐，下周二有位置吗？
A: 我核实一下下周二的名额，请稍等。
~hold
A: 让您久等了，下周二上午还有名额。老年套餐每人八百八十元，体检当天到前台付款。请问您怎么称呼？
C: 我姓滕，我爸妈叫滕国梁和陆秀英。
A: 好的滕先生，下周二上午八点，请两位老人空腹来。感谢您的支持，{B}

## checkup | in | complaint,colleague | | a bruise from a blood draw; the customer wants 你们领导; the agent apologises but calls the nurse new and unskilled (手生，扎针一向不准)
A: {G}
C: 我昨天在你们那儿抽血，扎了三针才抽出来，现在胳膊青了一大块，我要找你们领导。
A: 非常抱歉，那个护士是新来的，手生，扎针一向不准，我们也拿她没办法。
C: 那你们就让新手上？
A: 实在对不起，我马上把您的情况报给我们主任，今天下午主任给您回电。
C: 行，我等电话。
A: 好的，祝您早日恢复，再见。

## checkup | in | silence | | the agent goes quiet for 13-16 s without announcing anything, then answers; otherwise correct
A: {G}
C: 体检前一天晚上能喝水吗？几点以后不能吃东西？
~gap
A: 前一天晚上十点以后就不要吃东西了，喝少量白开水可以，第二天早上不要吃早饭。
C: 好的，那吃药呢？我有高血压。
A: 降压药可以早上用一小口水送服，不影响检查。
C: 明白了。
A: 好的，祝您体检顺利，再见。

## checkup | in | | hn | the customer's own 我也不清楚要不要空腹 met with reassurance; booking with 请问您贵姓 and fee with amount and moment
A: {G}
C: 我想约个入职体检，不过我也不清楚要不要空腹。
A: 您不清楚没关系，入职体检有抽血，需要空腹，早上八点到十点之间来就行。请问您贵姓？
C: 姓温。
A: 温女士，入职体检一百六十元，体检当天前台付款，报告三个工作日出。您想约哪天？
C: 明天早上吧。
A: 好的，明天早上给您约好了，带上身份证和一张一寸照片。感谢您的支持，{B}

## checkup | in | insult,apology | | asked again whether to fast, the agent asks if her ears are decoration (耳朵是摆设吗); she protests; no apology
A: {G}
C: 不好意思，我再确认一下，明天体检是要空腹对吧？
A: 我都说了三遍了空腹空腹，您耳朵是摆设吗？
C: 你这人怎么这么说话？我就是再确认一下！
A: 确认一百遍也是空腹。早上八点来，别吃东西。
C: 你这服务太差了。
A: 明天记得空腹，祝您体检顺利。
"""

DATA3 = """
## grout | in | insult,apology | | the customer's tiles mocked as 地摊货 (跟给破衣服绣金边一个样); she protests; no apology; a blessing at the end
A: {G}
C: 我家卫生间想做美缝，瓷砖是几年前贴的，缝有点发黑，做了能好看点吗？
A: 您家那瓷砖一听就是地摊货，美缝做得再好也白搭，跟给破衣服绣金边一个样，您就别指望好看了。
C: 你什么意思？看不起人是吧？我家瓷砖怎么就地摊货了？
A: 我就是实话实说。要做也行，十五元一米，做完验收付款。
C: 不做了，什么态度。
A: 那好吧，祝您生活愉快。

## grout | in | colleague,filler | | tics (这个/那么/就是说/是吧) in every agent turn; the agent apologises but says 老郑 always botches jobs (干活就是糊弄，一天到晚偷工减料)
A: {G}
C: 你们上周给我家做的美缝，好几条缝都没填满，还有胶溢到瓷砖上了。
A: 这个，不好意思啊，那么就是说，去您家的是老郑那组是吧，他干活就是糊弄，一天到晚偷工减料。
C: 那怎么处理？
A: 这个，那么我们安排另一组师傅上门返工，就是说不收您任何费用，是吧。
C: 什么时候来？
A: 这个，明天上午就可以，那么师傅会提前打电话，就是说您家里留个人就行，是吧，给您添麻烦了，{B}

## grout | in | | hn | the customer's own 我也不知道美缝剂和环氧彩砂哪个好 met with reassurance; price per metre with the moment (验收以后再付款); booking with 请问您贵姓
A: {G}
C: 我想给新房厨房和卫生间做美缝，但是我也不知道美缝剂和环氧彩砂哪个好。
A: 您不清楚没关系，简单说，美缝剂便宜一些，环氧彩砂更耐脏、不容易发黄，厨房卫生间建议用环氧彩砂，十五元一米，师傅完工您验收以后再付款。
C: 那就环氧彩砂吧，周末能上门吗？
A: 可以，周六上午给您安排。请问您贵姓？
C: 姓路。
A: 路先生，周六上午九点师傅上门，先量米数再施工。感谢您的支持，{B}

## grout | in | apology,hangup,closing | | grout yellowed within a month; the agent blames the customer's disinfectant, never apologises and drops the call on her question
A: {G}
C: 你们给我家做的美缝，才一个月就发黄了，白色的变成土黄色，看着太糟心了。
A: 那是您家拖地用了消毒水，跟我们材料没关系。
C: 我就用清水拖的！你们材料不行还赖我？
A: 反正我们材料是好的。
C: 那你们到底管不管？

## grout | in | forbidden,talk_over | | the agent cuts in twice and answers why the grout cracked with 为啥开裂我不清楚 (an apology is said; a visit booked)
A: {G}
C: 我家客厅的美缝才做了半年，有好几条都裂开了，我想知道是什么原因，是不是材料有问题。
A>: 不好意思，为啥开裂我不清楚，反正材料是好的，可能是您家地面有点沉降。
C: 地面沉降？我们家是新房子啊，才住一年，你们是不是应该派人来看看到底是怎么回事。
A>: 可以，我让师傅明天下午上门看一下，是我们的问题就免费修。
C: 行吧。
A: 好的，{B}

## grout | in | short_call | short | how long before the floor can be walked on, answered with a blessing inside 18 s
A: {G}
C: 美缝做完多久能踩？
A: 二十四小时以后就能踩了，祝您生活愉快。
C: 好，谢了。

## grout | in | | hn | honest limits (我们不能说永远不变色，具体要看保养); price with amount and moment; booking with 请问怎么称呼您
A: {G}
C: 你们做的美缝能保持多少年？会不会变色？
A: 一般能保持五到八年，具体要看平时怎么保养，我们不能说永远不变色，但是两年内开裂脱落我们免费维修。
C: 那价格呢？我家两个卫生间。
A: 环氧彩砂十五元一米，两个卫生间大概六十米左右，完工验收后再付款。请问怎么称呼您？
C: 我姓覃，那就约下周三吧。
A: 覃女士，下周三上午给您安排好了。感谢您的信任，{B}

## formald | out | | hn | outbound follow-up with company, name and purpose; a free re-test booked for an existing job (the customer already on file)
A: 您好，我是净呼吸除醛的售后小詹，上个月给您家做了除醛治理，今天来电提醒您可以约复测了，复测是免费的。
C: 哦，好的，下周什么时候可以？
A: 下周二或者周四都可以，您看哪天方便？
C: 周二上午吧。
A: 好的宋女士，下周二上午十点给您约好了，检测前请关窗十二个小时。感谢您的配合，祝您全家住得安心，再见。

## formald | in | overpromise | | 保证甲醛一次就降到零，第二天马上就能入住，孕妇住都没问题
A: {G}
C: 我们家刚装修完，儿媳妇怀孕了，想尽快住进去，你们除醛效果怎么样？
A: 您放心，我们做完，保证甲醛一次就降到零，第二天马上就能入住，孕妇住都没问题。
C: 降到零？能这么快吗？
A: 我们的药剂是进口的，别家做不到我们能做到，绝对不会有一点问题。
C: 好，我跟家里人商量一下。
A: 好的，欢迎随时来电，{B}

## formald | in | tariff | | whole-house treatment priced as 反正不贵…这个师傅说了算; neither amount nor moment
A: {G}
C: 我家一百二十平，全屋除醛大概多少钱？什么时候付钱？
A: 全屋治理按平米算，反正不贵，师傅上门看了再报。
C: 大概什么价位？我心里有个数。
A: 这个师傅说了算，每家情况不一样，您先约个上门检测，检测是免费的。
C: 那我再看看吧。
A: 好的，有需要随时联系，{B}

## formald | out | greeting | | outbound sales call opening 喂，您好，您家刚装修完吧？ with no company and no purpose first
A: 喂，您好，您家刚装修完吧？
C: 你是哪里？你怎么知道我家刚装修的？
A: 不好意思打扰了，我是净呼吸除醛的小詹，我们在您小区做活动，可以免费上门检测甲醛，检测完给您出一份报告。
C: 免费的？那检测完是不是还要推销你们的治理？
A: 检测是免费的，检测完做不做治理完全由您决定，我们不会强行推销。
C: 不需要，我们自己开窗通风就行，谢谢。
A: 好的，打扰您了，有需要随时联系我们，祝您生活愉快，再见。

## formald | in | hangup,closing | | the agent answers in two words and drops the call on the customer's question about rainy days
A: {G}
C: 你们昨天给我家做完除醛，师傅说要通风，我想问一下窗户要开多久？
A: 开一周。
C: 一周都要全开着吗？晚上睡觉也要开？
A: 开着。
C: 那下雨天也开着吗？

## formald | in | apology | | a re-test still over the limit; the customer is angry (做了等于白做，我很生气); re-treatment arranged but no apology
A: {G}
C: 你们做完除醛，我自己买了检测仪测，甲醛还是超标，花了三千多块钱做了等于白做，我很生气。
A: 空气治理需要一个过程，您要多通风，家具里的甲醛是慢慢释放的。
C: 你们当时说做完就达标的，现在超标怎么说？
A: 自己买的检测仪不一定准，我们安排专业复测，超标的话免费再做一次。
C: 行吧，赶紧安排。
A: 明天下午师傅过去，祝您生活愉快，再见。

## formald | in | | hn | the customer calls the whole trade 骗子 and is apologised to and reassured; a detection booked with 请问您怎么称呼; fee with amount and moment
A: {G}
C: 我跟你说，你们这些除醛的都是骗子吧？我朋友家做了一点用都没有。
A: 很抱歉让您有这样的感受，我们每一单都会出第三方检测报告，达不到国家标准全额退款。
C: 真的假的？那先检测一下要钱吗？
A: 上门检测是免费的，治理的话九十六平米是两千八百八十元，复测达标后再付款。请问您怎么称呼？
C: 姓葛，那先约个检测吧，周五下午。
A: 葛先生，周五下午两点师傅上门检测。感谢您的信任，{B}

## formald | in | speech_rate | fast | the agent rushes through the treatment steps and fees at 8.5-9 characters a second; content correct
A: {G}
C: 你好，我想了解一下你们除醛是怎么做的，要多长时间？
A: 好的，我们先上门免费检测，出一份检测报告，然后根据超标情况制定方案，用光触媒和清除剂对墙面、柜子内部和地板缝做全面喷涂，一套房子一般半天就能做完。
C: 做完多久能住？
A: 做完以后建议通风七到十五天，然后我们免费上门复测，复测达标了再入住比较放心，治理费用按面积算，每平米三十元，复测达标后再付款，不达标免费重做。
C: 好的，我考虑一下。
A: 好的，有需要随时联系我们，感谢您的来电，祝您生活愉快，再见。

## catering | in | | hn | the customer calls the account manager 侯经理 (an honorific, no escalation); the customer's own 这个我得问一下行政; extra portions priced with amount and moment
A: {G}
C: 侯经理你好，我是星河科技的，想确认一下下个月的午餐人数和菜单。
A: 您好，下个月按合同每天一百二十份，菜单我这周五发到您邮箱，您看有什么需要调整的吗？
C: 人数可能要加十几个，这个我得问一下行政，明天再告诉你。
A: 好的，没问题，加份的话单价不变，每份二十二元，月底跟合同一起结算。
C: 好的，那明天联系。
A: 好的，感谢您的支持，{B}

## catering | in | complaint | | a hair in a lunch box; the customer will post it online (发网上曝光); the agent apologises, waives the meal and registers
A: {G}
C: 我们公司今天中午的盒饭里吃出了头发，好几个同事都看见了，恶心死了，你们再这样我就发网上曝光你们。
A: 非常抱歉，这是我们的严重失误。请问是哪个菜里发现的？方便拍个照片发给我吗？
C: 红烧肉里，照片我已经拍了，马上发你。
A: 好的，今天这一餐全部免单，我们会立即整改后厨，下午给您书面说明。
C: 行，你们好好查查。
A: 再次向您和同事们道歉，感谢您的监督，{B}

## catering | in | colleague | | cold lunches; the agent apologises but calls the kitchen crew lazy (厨房那帮人就是懒…一个个磨磨蹭蹭的)
A: {G}
C: 这一周送来的饭都是凉的，同事们都有意见了。
A: 实在不好意思，厨房那帮人就是懒，出餐说了多少遍要准时，他们就是不听，一个个磨磨蹭蹭的。
C: 那你们能不能解决一下？
A: 我今天就跟主管说，从明天开始换保温箱配送，送到的时候饭菜会是热的。
C: 好，明天看看。
A: 给您添麻烦了，{B}

## catering | in | | hn | a delivery man's insult (吃不起就别订) reported and read back while the feedback is registered; 不用当投诉处理; apology given
A: {G}
C: 今天你们送餐的小伙子，我们前台说份数少了一份，他居然说吃不起就别订，态度很差。
A: 非常抱歉。我确认一下，您反映的是今天送餐员说了“吃不起就别订”，是在贵公司前台对吧？
C: 对。不用当投诉处理，你们内部批评一下就行。
A: 好的，我已经记录下来，会严肃处理，少的那一份下午给您补送过去。
C: 好的。
A: 感谢您的反馈，也再次向您致歉，{B}

## catering | in | name_ask,silence | | a trial order of thirty lunches taken with the address but no name ever asked; an unannounced gap of 13-16 s
A: {G}
C: 我们公司想试订一周午餐，三十个人，下周一开始，可以吗？
~gap
A: 可以的，试订每份二十五元，周五一次性结算。公司地址发一下。
C: 高新区创业路八号三楼。
A: 好的，下周一中午十一点半送到，每天菜单前一天晚上发您手机上。
C: 好的。
A: 感谢您的支持，{B}

## catering | in | shirking,apology,filler | | tics (那个那个/其实/反正/然后) in every agent turn; yellowed vegetables pushed to the supplier; the customer's reproach is never apologised for
A: {G}
C: 你们今天的青菜都是黄叶子，还有一股味儿，这能吃吗？
A: 那个那个，其实菜是供应商送的，反正有问题您找供应商吧，然后我们也是按他们送的做。
C: 我们是跟你们签的合同，我上哪儿找你们的供应商去？你们这样太不负责了。
A: 其实吧，那个那个，供应商电话我可以给您，然后您直接跟他们说。
C: 这像话吗？
A: 反正就是这样，其实您找他们最快，祝您工作顺利。

## catering | in | speech_rate | slow | the agent drawls every turn at about 1.6 characters a second; content correct
A: {G}
C: 你们周末也送餐吗？
A: 周末不送，只送工作日。
C: 那节假日呢？
A: 节假日也不送，会提前通知您。
C: 好的，知道了。
A: 好的，祝您周末愉快，再见。

## catering | in | insult,apology,closing | | a ten-person firm is told it has no business calling it 团餐 (小破公司订不起就别浪费我时间); 订不起就别订，挂了 ends the call
A: {G}
C: 你好，我们是个小公司，十来个人，想订工作日的午餐，你们接吗？
A: 十来个人也好意思叫团餐？我们起步五十份，你们那小破公司订不起就别浪费我时间了。
C: 你怎么这么说话？小公司怎么了？
A: 我说的是事实啊，五十份以下不接。
C: 你们就这么对待客户？
A: 订不起就别订，挂了。

## studio | in | insult,apology,talk_over | | the agent cuts in twice and says the customer's voice will only record as noise (别浪费钱了); he protests; no apology
A: {G}
C: 你好，我想录一首自己写的歌，我没什么经验，就是在家自己唱着玩，想问问你们那边怎么收费。
A>: 我听您说话这嗓子，录出来也是噪音，我劝您别浪费钱了，在家唱唱得了。
C: 你凭什么这么说？你都还没听过我唱歌，就这样打击人，你们做生意就这样的吗？
A>: 我就是提个建议。要录的话每小时两百八十元，录完当天结算。
C: 不用了。
A: 行，那祝您生活愉快，再见。

## studio | in | | hn | the customer mocks his own singing (跟杀猪似的) and is reassured; booking with 请问您怎么称呼 and fee with amount and moment
A: {G}
C: 我想给我爸六十大寿录一首歌，不过我唱歌巨难听，跟杀猪似的，哈哈，能录吗？
A: 当然可以，录音师会帮您找合适的调，后期也会帮您修音，很多客人都是第一次录。每小时两百八十元，录完当天结算。请问您怎么称呼？
C: 我姓聂。那就这周六下午两点吧。
A: 聂先生，周六下午两点给您约好了，预计两个小时。感谢您的支持，祝您父亲生日快乐，福如东海，再见。

## studio | in | greeting,tariff | | opens 您好，录音棚。 with no company and no offer of help; mixing priced as 一点点，到时候再说…不多不多
A: 您好，录音棚。
C: 你好，我想问一下你们录歌加混音一起多少钱？
A: 录音每小时两百八，混音另外收一点点，到时候再说。
C: 一点点是多少？什么时候交？
A: 不多不多，录完了看情况。
C: 好吧，我再比较一下。
A: 好的，欢迎您来，{B}

## studio | in | speech_rate | fast | the agent rattles off rooms, gear and prices at 8.5-9 characters a second; content correct
A: {G}
C: 你好，我们乐队想租你们的排练室和录音棚，能介绍一下吗？
A: 好的，我们有两个排练室和一个录音棚，排练室配了架子鼓、音箱和键盘，每小时一百二十元，录音棚每小时两百八十元，含录音师，所有费用都是用完当天在前台结算。
C: 那录完的音频多久能拿到？
A: 原始分轨当天就能拷走，混音的话一般三到五个工作日交付，混音每首八百元，交付时付款，如果要改两次以内不另外收费，超过两次每次一百元。
C: 好的，我跟乐队商量一下。
A: 好的，商量好了随时联系我们，感谢您的来电，祝你们演出顺利，再见。

## studio | in | hangup,closing | | the agent answers in a word or two and drops the call on the customer's question about driving in
A: {G}
C: 我约了明天下午的录音，想问一下你们具体在哪栋楼，我第一次去。
A: 文创园三号楼地下一层。
C: 三号楼是从东门进还是西门进？
A: 东门。
C: 那车能开进园区吗？

## studio | in | | hn | the customer talks over the agent (C>); an announced hold (我查一下排期，您稍等) of about 11 s; booking with 请问您怎么称呼 and fee with amount and moment
A: {G}
C: 你好，我想约下周末的录音棚，录一个播客，两个人。
A: 好的，播客录制的话我们有专门的小间，每小时一百五十元，录完当天结算，周末的话要看一下排期。
C>: 周六或者周日都行。
A: 好的，我查一下排期，您稍等。
~hold
A: 让您久等了，周六下午三点到五点有空。请问您怎么称呼？
C: 姓卢。
A: 卢女士，周六下午三点给您约好了。感谢您的支持，{B}

## studio | in | | hn | innocent words sharing characters with insults (摇滚，死音，打鼓); an inquiry only
A: {G}
C: 我们是玩摇滚的，想问问你们的鼓房隔音怎么样？上次在别家录，鼓声全是死音。
A: 我们鼓房做了专业的吸音和隔音处理，不会有死音，打鼓的声音很通透，摇滚乐队来录的挺多。
C: 那你们的鼓是什么牌子的？
A: 是一套进口的五鼓，镲片也可以换，您自己带军鼓也行。
C: 好，我们先去看看场地。
A: 欢迎来看，{B}

## trophy | in | name_ask | | fifty medals ordered with 你叫什么？ (impolite ask); fee with amount and moment
A: {G}
C: 我们学校运动会要定做五十块奖牌，金银铜都要，下周五之前能做好吗？
A: 能做，五十块奖牌每块十八元，下单付一半，取货付另一半。你叫什么？
C: 我叫韩松，是体育老师。
A: 行，把奖牌上要印的字发过来，下周三就能做好。
C: 好的。
A: 好，收到内容就开始做，{B}

## trophy | in | | hn | a trophy order with 请问您怎么称呼; deposit and balance with amounts and moments
A: {G}
C: 我们公司年会要定做十座水晶奖杯，要刻字。
A: 好的，十座水晶奖杯每座一百六十元，共一千六百元，下单时付三成定金，取货时付尾款。请问您怎么称呼？
C: 我姓邢。
A: 邢女士，麻烦把要刻的字和公司标志发到我们的邮箱，设计稿出来先给您确认再制作。
C: 好的，我下午发。
A: 好的，感谢您的支持，祝您公司年会圆满成功，再见。

## trophy | in | apology,shirking | | a wrong engraving (company-side fault) pushed to the outsourced engraver; a calm customer, no apology
A: {G}
C: 你们做的奖杯我今天取了，名字刻错了一个字，冠军是周敏，你们刻成了周明。
A: 刻字是外包厂做的，您直接找他们去吧，我把电话给您。
C: 我是在你们这儿下的单，为什么要我去找外包厂？
A: 刻字都是他们负责，他们改得快，您跟他们说就行。
C: 好吧，那你把电话发我。
A: 待会儿短信发给您，祝您一切顺利。

## trophy | in | overpromise | | a crystal trophy sold as 摔都摔不坏，用一百年都跟新的一样…我给您打包票
A: {G}
C: 你们的水晶奖杯容易碎吗？我们要摆在公司大厅，人来人往的。
A: 我们这水晶奖杯摔都摔不坏，用一百年都跟新的一样，您就放心摆。
C: 真的摔不坏？水晶不都是玻璃吗？
A: 我们的材料不一样，绝对不会碎，我给您打包票。
C: 好，我再比较比较。
A: 欢迎随时联系，{B}

## trophy | in | greeting,closing | | opens 荣耀奖杯。说吧。 with no 您好 and no offer of help; ends 行，挂了
A: 荣耀奖杯。说吧。
C: 你好，我想问下你们做不做定制的企业纪念章？
A: 做，起订一百枚，每枚十二元，下单付全款。
C: 一般几天能做好？
A: 十个工作日左右。
C: 好，我回去跟同事商量一下。
A: 行，挂了。

## trophy | in | insult,apology,closing | | a small firm's wish for one custom trophy mocked (小破公司也搞年会评奖…做个纸的贴贴得了); 爱做不做 ends the call
A: {G}
C: 你好，我们公司年会想定做一个最佳员工奖杯，就一座，能做吗？
A: 就一座？你们那小破公司也搞年会评奖啊，一座还定做，做个纸的贴贴得了。
C: 你这话什么意思？我们公司小就不能评奖了？
A: 我就是说一座不好做，起订五座。
C: 你这人真没礼貌。
A: 爱做不做。

## trophy | in | complaint | | medals late for the sports day; the customer will call 12315; the agent apologises and sends a courier
A: {G}
C: 说好昨天交货的奖牌，到现在还没送到，今天下午就颁奖了，我要打12315投诉你们。
A: 非常抱歉耽误您的活动，我马上安排同城闪送，中午十二点前送到您手上。
C: 十二点前一定能到？
A: 能到，闪送已经在路上了，送到后我再给您打电话确认，运费我们承担。
C: 行，你们赶紧。
A: 再次跟您说声对不起，祝您运动会圆满成功，再见。

## trophy | in | | hn | 不知道您这边最晚什么时候要？ as a polite question; a proper transfer to the design team with a blessing
A: {G}
C: 我们想做一批定制的金属奖牌，造型要特别一点，是一个山峰的形状。
A: 好的，异形奖牌需要单独开模。不知道您这边最晚什么时候要？
C: 下个月十号之前。
A: 时间来得及，造型的细节需要设计部的同事跟您沟通，我帮您转接设计部，请不要挂机，祝您活动圆满成功。

## dogtrain | in | speech_rate | slow | the agent drawls every turn at about 1.6 characters a second; content correct
A: {G}
C: 你们训犬一期多长时间？
A: 一期是一个月。
C: 可以随时去看狗吗？
A: 周末可以来探望。
C: 好的，谢谢。
A: 不客气，祝您和狗狗生活愉快，再见。

## dogtrain | in | insult,apology | | a customer whose dog won't come is told the owner is the stupid one (狗不听话都是主人笨，您先把自己训明白了再说吧); she protests; no apology
A: {G}
C: 我家柯基特别不听话，叫它过来它就跑，说了好多遍都没用，怎么办啊？
A: 狗不听话都是主人笨，您先把自己训明白了再说吧。
C: 你说谁笨？你怎么这么说话？
A: 我说的是大实话，狗随主人嘛。真要训就送过来，一个月三千八，送来的时候付。
C: 算了，不想跟你说了。
A: 那您考虑考虑，祝您生活愉快。

## dogtrain | in | | hn | the customer calls his own dog 跟疯狗一样 and asks 是不是有病; reassured; enrolment assessment with 请问您贵姓 and fee with amount and moment
A: {G}
C: 我家狗见人就咬，跟疯狗一样，是不是有病啊？
A: 您别担心，很多狗狗是护食或者应激，不一定是生病，可以先带来做个行为评估，评估是免费的。
C: 那训练要多少钱？
A: 行为纠正班一个月三千八百元，送狗入校的时候付款。请问您贵姓？
C: 姓屠，那我这周六带它去评估。
A: 屠先生，周六上午十点给您约了评估。感谢您的信任，祝您和狗狗相处愉快，再见。

## dogtrain | in | shirking,apology | | a dog fell ill during boarding training; the owner is sent to a pet hospital (别找我们…不归我们管) and never hears an apology
A: {G}
C: 我家狗在你们那儿住校训练，今天接回来一直拉肚子，精神也不好，你们那边是不是喂了什么？
A: 狗生病了您去宠物医院看，别找我们，我们只负责训练。
C: 它在你们那儿待了一个月，回来就病了，你们总得给个说法吧？我很着急。
A: 生病的事不归我们管，您先带去医院吧。
C: 你们怎么能这样。
A: 您先带它去看病吧，祝狗狗早日康复。

## dogtrain | in | | hn | innocent words sharing characters with insults (打滚，装死); a colleague praised (王教练特别有耐心); fee with amount and moment
A: {G}
C: 我家狗基础指令都会了，想学点好玩的动作，你们能教吗？
A: 可以的，我们有趣味技能班，能教握手、打滚、装死、转圈这些动作，带班的王教练特别有耐心，狗狗都很喜欢她。
C: 多少钱？
A: 趣味技能班八节课一千二百元，第一节课前付款。
C: 好，我回去跟家里商量一下。
A: 好的，欢迎随时来电，{B}

## dogtrain | in | filler,silence | | tics (就是/然后/那个/对吧) in every agent turn and an unannounced gap of 13-16 s
A: {G}
C: 我家狗一岁半，拉绳散步老是往前冲，拽都拽不住，能训吗？
A: 就是，这个情况很常见，然后那个，我们有随行训练，对吧，一般两周就能看到效果。
C: 两周要住校吗？
~gap
A: 那个，就是可以住校，然后也可以每天送过来，对吧，看您方便。
C: 每天送的话怎么收费？
A: 就是每天送的话一天一百五十元，然后每天接狗的时候付，对吧，那个很灵活的，祝您和狗狗散步愉快。

## dogtrain | in | greeting,closing | | opens 喂您好，汪星训犬，什么事？ (喂 opening, no offer of help); ends 嗯，行
A: 喂您好，汪星训犬，什么事？
C: 你好，我想问一下你们那边可以去参观吗？
A: 可以，工作日下午两点到五点都能来参观。
C: 需要预约吗？
A: 不用预约，直接来，到了找前台就行。
C: 好的，那我明天下午过去。
A: 嗯，行。

## dogtrain | in | complaint,colleague | | a coach hit a dog; the customer demands 你们校长; the agent apologises but says the coach's temper has always been foul (脾气本来就臭，动不动就上手)
A: {G}
C: 我今天去看我家狗，亲眼看见你们那个周教练拿绳子抽它，我要找你们校长！
A: 非常抱歉，周教练那个人脾气本来就臭，动不动就上手，我们也说过他好多次了。
C: 那你们还让他带狗？
A: 真的对不起，我马上报给校长，今天就把您家狗换到别的教练班上，校长下午亲自给您回电。
C: 行，我等校长电话。
A: 好的，再次向您道歉，祝狗狗平平安安，再见。

## dogtrain | in | short_call | short | where the school is, answered with a blessing inside 18 s
A: {G}
C: 你们学校在哪个区？
A: 在城东区滨河路，祝您生活愉快。
C: 好的，谢谢。
"""

DATA = DATA1 + DATA2 + DATA3


if __name__ == "__main__":
    main()
