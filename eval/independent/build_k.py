"""Independent labelled call set K (eval/independent/heldout_k.jsonl) — HELD OUT.

Written by writer K on 2026-12-06 from DOMAIN.md, the seed articles, eval/independent/README.md,
the first 90 lines of build_j.py and one line of heldout_j.jsonl (format only).  No rule code,
rulebook, tests, docs or other sets were read, and the rule engine was never run on this file
(only eval.evaluate.load_labelled, to check that it loads).  Run:
    .venv/bin/python eval/independent/build_k.py

Deterministic: the dialogues are hand-written data below; random.Random(SEED) (SEED=20261210) is
used only for segment timing, the order of the calls, the choice of the noisy calls, the rotation
among correct greeting/closing wordings ({G}/{B} in the data) and the ASR-style noise.  Each call's
timing comes from its own generator seeded from SEED and the block index.  The Traditional script of
the noisy calls comes from OpenCC (s2tw), then about one character in ten is left simplified.
Eighteen industries none of the earlier writers used: a public library, museum tickets, laundry/dry
cleaning, a locksmith, pest control, an online tea shop, baby products, sports equipment rental,
outdoor advertising, a seed/nursery grower, a textbook publisher, recycling pickup, ferry tickets, a
ski resort, karaoke booking, a blood donation hotline (appointments, certificates, reimbursement —
administrative only), prepaid card top-up, a wedding banquet hall.  All company names are invented.

Data format: "#### industry | company | direction | labels | flags | note", then one turn a line:
"A:" agent, "C:" customer, "A>:" the agent starts 1.65-2.15 s before the customer's turn ends,
"A~:" the agent starts 0.1-0.3 s before it ends (backchannel overlap, negative), "C>:" the customer
starts 0.9-1.6 s before the agent's turn ends (negative), "~hold" an announced hold (9-14 s) after
the agent's turn, "~sil" an unannounced gap (13-17 s).  Flags: hn (hard negative), fast / slow
(agent speech rate).

LABEL POLICY — a family is in `labels` iff the call violates it.  It is writer J's policy (I's, H's,
G's) except where marked "K:".  Labels describe what was SAID: in a `"noise": true` call the text is
what Whisper-base would plausibly write for 8 kHz phone audio (mostly Traditional script, homophone
swaps, punctuation dropped or turned into spaces, numbers as digits), but the labels are those of
the clean speech.

greeting   : the agent speaks first, promptly, with 您好 (or 早上好/下午好/晚上好/您好呀) + the company
             or line name + an offer of help in any wording.  Outbound: 您好 + company + who is
             calling and why.  Positive: opens with 「喂」 (incl. 「喂，您好」); opens with something
             else (嗯 / 哎 / 说 / 哪里 / 干嘛) and never or only later greets; company missing; offer of
             help missing; greeting only after the customer had to speak first.  A customer's 喂 on
             a bad line answered at once by the full greeting is negative.
closing    : a complete closing ends with a 祝福语 in the agent's final turn(s).  Positive: thanks
             only, bare 再见/拜拜/就这样/挂了, the agent just stops or drops the call.  Every `hangup`
             call is also `closing`.  A proper transfer in this set always carries a blessing.
forbidden  : 服务禁语 other than insults: the agent's own 不知道/不清楚/不明白 (and regional or casual
             forms: 不晓得/搞不清/闹不明白/鬼知道/没谱) as a refusal about the matter asked;
             「你这话什么意思」 and variants; 「那你想好了再打来吧」 and variants; 「喂」 called at the
             customer mid-call.  NOT positive: these words about the customer, a third party, as
             reassurance, as a polite 不知道您…吗 question, or a request to repeat; the customer's own
             words; quotes in a complaint record.  An insult-only call is not also `forbidden`.
insult     : the agent insults, mocks, attacks or sends the customer away (questioning hearing,
             intelligence, taste, body, money, skill, manners, age; sarcasm; 爱办不办/别烦我).  NOT
             positive: insults reported and read back while registering feedback, the customer's
             insults, innocent words sharing characters (锁死, 蟑螂死了, 神经系统, 二百五十克, 废品,
             垃圾回收, 病毒性感冒, 傻瓜机, 滚轮).
filler     : 口头禅 — habitual tics (呃/啊 as hesitation, 那个/这个, 就是说, 然后呢, 那啥, 完了, 对吧对吧,
             怎么说呢, 这块儿, 其实吧, 反正就是, K: 你懂吧 / 咋讲呢 / 基本上 used as empty fillers):
             positive with >= 6 tic uses over >= 3 agent turns.  Demonstratives, backchannel and one
             or two sentence-final particles are negative.
tariff     : when a fee comes up (the customer asks, or the agent sells/opens/renews a paid service,
             or a free period ends) the agent must state BOTH the amount AND when charging starts or
             is taken.  Positive when either is missing or glossed.  Permanently free services said
             so, and fees stated with amount and moment, are negative.
name_ask   : an impolite name ask (「你叫啥」「名字报一下」「姓啥」) is positive; a call in which a NEW
             order, booking, rental, enrolment or application is made and the agent never asks the
             name politely is positive; querying or changing an existing order is not; a name the
             customer volunteers before being asked owes no ask.
apology    : something went wrong on the company side or the customer is plainly unhappy in words,
             and the agent never apologises (抱歉/对不起/不好意思/给您添麻烦了/让您久等了).  An
             insistent question alone is not displeasure; a company-side fault owes an apology even
             from a calm customer.
shirking   : 推诿 — an in-scope matter pushed away (不归我们管 / 你自己去找师傅/网点/出版社/船公司)
             without handling, registering or transferring it.  A proper transfer, a ticket with a
             callback promise, or the right number for a truly out-of-scope matter are negative.
overpromise: 乱承诺/夸张 — guarantees of outcomes the agent cannot control.  Hedged statements and
             promises within the agent's own control (「我保证下班前把单子派出去」) are negative.
colleague  : the agent disparages colleagues, other departments, technicians, instructors or the
             sales staff.  Neutral acknowledgement and registering a complaint are negative.
complaint  : the customer explicitly states an intent to complain or escalate (投诉, 12315, 消协,
             12345, 市场监管, 曝光/发网上, 找领导/经理/负责人).  Strong dissatisfaction alone is not
             `complaint`; 「我不是要投诉」 and a settled past complaint are negative.
silence    : an unannounced gap >= 10 s with nobody speaking (positives 13-17 s).  Holds announced
             in the agent's turn just before (稍等/查/核实/等一下), 9-14 s, are negative; other gaps
             <= 4 s.
talk_over  : the agent starts >= 1.0 s before the customer's segment ends (positives 1.65-2.15 s,
             twice a call); negatives overlap <= 0.3 s; the customer talking over the agent is
             negative.
speech_rate: the agent's mean rate over turns of >= 6 characters (punctuation and spaces not
             counted) >= 7.5 chars/s (positives 8.3-9.2) or <= 2.0 (drawl, positives 1.52-1.70);
             negatives keep every agent turn of >= 6 characters within 3.0-6.3.
short_call : the call lasts under 20 s (positives <= 18 s); all other calls last >= 30 s.
hangup     : read from the transcript: it ends on the customer's unanswered question or 「喂？」.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import opencc

SEED = 20261210
OUT = Path(__file__).with_name("heldout_k.jsonl")
FAMILIES = ["greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask", "apology",
            "shirking", "overpromise", "colleague", "complaint", "silence", "talk_over",
            "speech_rate", "short_call", "hangup"]
TIMING = {"silence", "talk_over", "speech_rate", "short_call", "hangup"}
PUNCT = set("，。？！、；：,.?!;: “”\"'（）()…—～~《》「」")
HOLD_WORDS = ("稍等", "查", "核实", "等一下", "稍候")

GREETINGS = [
    "您好，这里是{co}，请问您想办点什么？",
    "您好，{co}客服中心，很高兴为您服务，您遇到什么问题了？",
    "您好，欢迎致电{co}，我是客服小{n}，您请说，我来帮您看看。",
    "下午好，{co}，工号{id}，请问今天想咨询点什么？",
    "您好，感谢来电，{co}这边，请问我能为您做点什么？",
    "早上好，{co}热线，请问有什么需要我协助的？",
    "您好呀，{co}，您有什么事情尽管说，我帮您处理。",
    "您好，{co}服务台，{id}号为您服务，请问您要咨询哪方面？",
]
BLESSINGS = [
    "不客气，感谢您的来电，祝您生活愉快，再见！",
    "好的，那就不打扰您了，祝您一切顺利，再见。",
    "还有其他问题随时打这个号码，祝您周末愉快！",
    "感谢您的耐心，祝您和家人身体健康，再见。",
    "那先这样，祝您今天心情愉快，拜拜。",
    "有需要随时联系我们，祝您万事顺心，再见。",
    "谢谢您的支持，祝您天天开心，再见！",
]
NAMES = "林周陈许罗唐宋韩冯邓"

HOMOPHONES = [("在", "再"), ("已经", "以經"), ("做", "作"), ("账", "帳"), ("订", "定"), ("那里", "哪裡"),
              ("的话", "得話"), ("帮您", "幫你"), ("您", "你"), ("登记", "登計"), ("其实", "其時"),
              ("预约", "預月"), ("需要", "須要"), ("工号", "公號"), ("稍等", "燒等"), ("确认", "確人"),
              ("反映", "反應"), ("即", "既"), ("像", "向"), ("座位", "坐位")]
CN_DIG = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
UNITS = "元块天号月年张位次件斤点岁"


def nchars(text: str) -> int:
    return sum(1 for ch in text if ch not in PUNCT and not ch.isspace())


def cn_number(s: str):
    """Parse a Chinese numeral made of digits and 十/百/千 (None if not well formed)."""
    if all(ch in CN_DIG for ch in s):
        return "".join(str(CN_DIG[ch]) for ch in s)
    m = re.fullmatch(r"(?:([一二两三四五六七八九])千)?(?:([一二两三四五六七八九])百)?(零)?(?:([一二三四五六七八九])?(十))?([一二三四五六七八九])?", s)
    if not m or not s:
        return None
    q, b, _, t, ten, u = m.groups()
    val = 0
    if q:
        val += CN_DIG[q] * 1000
    if b:
        val += CN_DIG[b] * 100
    if ten:
        val += (CN_DIG[t] if t else 1) * 10
    if u:
        if (b or q) and not ten and not m.group(3):
            val += CN_DIG[u] * (10 if b and not q else 100 if q and not b else 10)  # 一百二 = 120
        else:
            val += CN_DIG[u]
    return str(val) if val else None


def digits(text: str) -> str:
    def rep(m):
        s = m.group(1)
        unit = m.group(2) or ""
        if len(s) == 1 and not unit:
            return m.group(0)
        if len(s) == 2 and all(ch in CN_DIG for ch in s) and not unit:
            return m.group(0)
        v = cn_number(s)
        return (v + unit) if v else m.group(0)
    return re.sub(r"([零〇一二两三四五六七八九十百千]+)([" + UNITS + "])?", rep, text)


_CC = opencc.OpenCC("s2tw")


def asr_noise(text: str, rng: random.Random) -> str:
    for a, b in HOMOPHONES:
        if a in text and rng.random() < 0.35:
            text = text.replace(a, b, 1)
    text = digits(text)
    trad = _CC.convert(text)
    if len(trad) == len(text):
        trad = "".join(t if rng.random() < 0.9 else s for s, t in zip(text, trad))
    out = []
    for ch in trad:
        if ch in "，。？！、；：":
            r = rng.random()
            out.append(" " if r < 0.6 else "" if r < 0.9 else ch)
        else:
            out.append(ch)
    return re.sub(r"\s+", " ", "".join(out)).strip()


def parse(data: str):
    calls = []
    for block in data.strip().split("####")[1:]:
        lines = [ln.strip() for ln in block.strip().splitlines() if ln.strip()]
        head = [x.strip() for x in lines[0].split("|")]
        industry, company, direction, labels, flags, note = head
        labels = [x for x in labels.split(",") if x.strip()]
        labels = [x.strip() for x in labels]
        for lab in labels:
            assert lab in FAMILIES, (company, lab)
        turns = []
        for ln in lines[1:]:
            if ln in ("~hold", "~sil"):
                turns.append((ln, ""))
                continue
            tag, text = ln.split(":", 1)
            turns.append((tag, text.strip()))
        calls.append(dict(industry=industry, company=company, direction=direction, labels=labels,
                          flags=flags.split(), note=note, turns=turns))
    return calls


def realise(call, idx, master):
    """Fill {G}/{B}, time the turns; returns segments (clean text)."""
    rng = random.Random(SEED * 1000 + idx)
    flags = call["flags"]
    co = call["company"]
    segs = []
    t = rng.uniform(0.4, 1.4)
    pending = None
    for tag, text in call["turns"]:
        if tag in ("~hold", "~sil"):
            assert segs and segs[-1]["speaker"] == "agent", (co, tag)
            has = any(w in segs[-1]["text"] for w in HOLD_WORDS)
            assert has == (tag == "~hold"), (co, tag, segs[-1]["text"])
            pending = rng.uniform(9.0, 14.0) if tag == "~hold" else rng.uniform(13.0, 17.0)
            continue
        text = text.replace("{G}", master["greet"](co)).replace("{B}", master["bless"]())
        speaker = "agent" if tag.startswith("A") else "customer"
        n = nchars(text)
        if speaker == "agent":
            rate = (rng.uniform(8.3, 9.2) if "fast" in flags else
                    rng.uniform(1.52, 1.70) if "slow" in flags else rng.uniform(3.9, 5.4))
        else:
            rate = rng.uniform(3.4, 5.2)
        dur = max(n / rate, 0.6)
        if not segs:
            start = t
        else:
            prev = segs[-1]
            if pending is not None:
                start = prev["end"] + pending
                pending = None
            elif tag == "A>":
                assert prev["speaker"] == "customer" and prev["end"] - prev["start"] > 2.6, (co, text)
                start = prev["end"] - rng.uniform(1.65, 2.15)
            elif tag == "A~":
                assert prev["speaker"] == "customer", (co, text)
                start = prev["end"] - rng.uniform(0.1, 0.3)
            elif tag == "C>":
                assert prev["speaker"] == "agent" and prev["end"] - prev["start"] > 2.0, (co, text)
                start = prev["end"] - rng.uniform(0.9, 1.6)
            else:
                start = prev["end"] + (rng.uniform(0.5, 1.7) if speaker == "agent" else rng.uniform(0.4, 1.5))
        segs.append({"speaker": speaker, "start": round(start, 2), "end": round(start + dur, 2),
                     "text": text})
    duration = round(segs[-1]["end"] + rng.uniform(0.3, 1.0), 2)
    return segs, duration


def timing_labels(segs, duration):
    found = set()
    if duration < 20:
        found.add("short_call")
    max_end = segs[0]["end"]
    for i in range(1, len(segs)):
        gap = segs[i]["start"] - max_end
        if gap >= 10:
            prev = segs[i - 1]
            announced = prev["speaker"] == "agent" and any(w in prev["text"] for w in HOLD_WORDS)
            if not announced:
                found.add("silence")
            else:
                assert gap <= 15
        else:
            assert gap <= 4.0 or gap >= 9.0, (segs[i]["text"], gap)
        max_end = max(max_end, segs[i]["end"])
        if (segs[i]["speaker"] == "agent" and segs[i - 1]["speaker"] == "customer"
                and segs[i]["start"] <= segs[i - 1]["end"] - 1.0):
            found.add("talk_over")
    rates = [nchars(s["text"]) / (s["end"] - s["start"]) for s in segs
             if s["speaker"] == "agent" and nchars(s["text"]) >= 6]
    if rates:
        mean = sum(rates) / len(rates)
        if mean >= 7.5 or mean <= 2.0:
            found.add("speech_rate")
    last = segs[-1]
    if last["speaker"] == "customer" and (last["text"].rstrip().endswith(("？", "?")) or "喂" in last["text"][-4:]):
        found.add("hangup")
    return found, rates


def main():
    master_rng = random.Random(SEED)
    calls = parse(DATA)
    gi = [0]
    bi = [0]

    def greet(co):
        g = GREETINGS[gi[0] % len(GREETINGS)]
        gi[0] += 1
        return g.format(co=co, n=NAMES[gi[0] % len(NAMES)], id=str(1000 + (gi[0] * 37) % 900))

    def bless():
        b = BLESSINGS[bi[0] % len(BLESSINGS)]
        bi[0] += 1
        return b

    master = {"greet": greet, "bless": bless}
    built = []
    for idx, call in enumerate(calls):
        segs, duration = realise(call, idx, master)
        found, rates = timing_labels(segs, duration)
        hand = set(call["labels"])
        assert hand & TIMING == found, (call["company"], call["note"], sorted(hand & TIMING), sorted(found))
        if "short_call" in hand:
            assert duration <= 18, (call["company"], duration)
        else:
            assert duration >= 30, (call["company"], call["note"], duration)
        if "hangup" in hand:
            assert "closing" in hand, call["note"]
        if "speech_rate" not in hand:
            assert all(3.0 <= r <= 6.3 for r in rates), (call["company"], rates)
        if "talk_over" in hand:
            assert sum(1 for tag, _ in call["turns"] if tag == "A>") >= 2
        hn = "hn" in call["flags"]
        assert not (hn and hand), call["note"]
        built.append((call, segs, duration))
    order = list(range(len(built)))
    master_rng.shuffle(order)
    noisy = set(master_rng.sample(range(len(built)), round(len(built) * 0.25)))
    rows = []
    for k, bidx in enumerate(order):
        call, segs, duration = built[bidx]
        noise = k in noisy
        if noise:
            nrng = random.Random(SEED + 7919 * (bidx + 1))
            segs = [dict(s, text=asr_noise(s["text"], nrng)) for s in segs]
            found, rates = timing_labels(segs, duration) if False else (None, None)
            rates = [nchars(s["text"]) / (s["end"] - s["start"]) for s in segs
                     if s["speaker"] == "agent" and nchars(s["text"]) >= 6]
            if "speech_rate" not in call["labels"]:
                assert all(3.0 <= r <= 6.3 for r in rates), (call["company"], rates)
        labels = [f for f in FAMILIES if f in call["labels"]]
        rows.append({
            "call_id": f"K-{k + 1:03d}", "labels": labels, "note": call["note"], "noise": noise,
            "duration": duration,
            "metadata": {"writer": "K", "industry": call["industry"], "company": call["company"],
                         "direction": call["direction"], "hard_negative": "hn" in call["flags"],
                         "language": "zh", "sample_rate": 8000},
            "segments": segs,
        })
    counts = {f: sum(1 for r in rows if f in r["labels"]) for f in FAMILIES}
    hns = sum(1 for r in rows if r["metadata"]["hard_negative"])
    multi = sum(1 for r in rows if 2 <= len(r["labels"]) <= 4)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "calls;", "noisy", sum(r["noise"] for r in rows), "; hard negatives", hns,
          "; unlabelled", sum(1 for r in rows if not r["labels"]), "; 2-4 labels", multi,
          "; >4 labels", sum(1 for r in rows if len(r["labels"]) > 4))
    print(counts)
    fast = sum(1 for c, _, _ in built if "fast" in c["flags"])
    slow = sum(1 for c, _, _ in built if "slow" in c["flags"])
    print("fast", fast, "slow", slow)
    durs = sorted(d for _, _, d in built)
    print("durations min/median/max", durs[0], durs[len(durs) // 2], durs[-1])


DATA = ""
