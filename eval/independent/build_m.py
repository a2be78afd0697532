"""Independent labelled call set M (eval/independent/tune_m.jsonl; first named heldout_m.jsonl, held out
until its blind figures were recorded, then renamed as round 13 of rule work began) — now a TUNING set.

Written by writer M on 2026-12-06 from DOMAIN.md, the seed articles in shared/seeds/,
eval/independent/README.md, the first 100 lines of build_l.py (label policy and data format), one
line of heldout_l.jsonl (format only) and the LabelledCall dataclass and load_labelled function of
eval/evaluate.py (format only).  No rule code, rulebook, tests, docs or other sets were read, and the
rule engine was never run on this file (only eval.evaluate.load_labelled, to check that it loads).
Run:
    .venv/bin/python eval/independent/build_m.py

Deterministic: the dialogues are hand-written data below; random.Random seeded from SEED
(SEED=20261212) is used only for segment timing, the order of the calls, the choice of the noisy
calls, the rotation among correct greeting/blessing wordings ({G} / {B} in the data) and the
ASR-style noise.  Each call's timing and noise come from their own generators seeded from SEED and
the block index.  The noisy text is built from the clean text by homophone swaps, Chinese numerals
turned into digits, punctuation dropped or turned into spaces, then Traditional script from OpenCC
(s2tw) with about one changed character in ten left simplified.  Twenty industries none of the
earlier writers (A-L) used: a postpartum confinement centre, home cleaning, copier leasing, a
matchmaking agency, a study-abroad agency, a pottery studio, a tuina/massage clinic, a pawnshop,
newspaper and magazine subscriptions, festival gift boxes, drone after-sales, e-bike battery swap,
floor-heating installation, a designated-driver service, power-bank rental, a sailing school, a visa
agency, custom wigs, fresh-milk delivery, bookkeeping/tax agency.  All company names are invented.

Data format (writer M's own): "#### industry | company | direction | labels | flags | note", then
one turn a line: "A:" agent, "C:" customer, "A>:" the agent starts 1.65-2.15 s before the customer's
turn ends, "A~:" the agent starts 0.1-0.3 s before it ends (backchannel overlap, negative), "C>:" the
customer starts 0.9-1.6 s before the agent's turn ends (negative), "~hold" an announced hold (9-14 s)
after the agent's turn, "~sil" an unannounced gap (13-17 s).  Flags: hn (hard negative), fast / slow
(agent speech rate), late (the customer has to speak first, 1.8-3.0 s into the call), badline (the
customer's 喂 on a bad line 0.2-0.6 s into the call, answered at once by the full greeting), short
(tight timing for a short call).  {G} is a correct inbound greeting, {B} a correct blessing, both
drawn in rotation.

LABEL POLICY — writer L's policy (K's, J's, I's, H's, G's) adopted unchanged; its text is copied
below.  "M:" marks readings of cases the text does not settle, each chosen to follow DOMAIN.md.
Labels describe what was SAID: in a `"noise": true` call the text is what Whisper-base would
plausibly write for 8 kHz phone audio, but the labels are those of the clean speech.

greeting   : the agent speaks first, promptly, with 您好 (or 早上好/下午好/晚上好/您好呀) + the company
             or line name + an offer of help in any wording.  Outbound: 您好 + company + who is
             calling and why.  Positive: opens with 「喂」 (incl. 「喂，您好」); opens with something
             else and never or only later greets; company missing; offer of help missing; greeting
             only after the customer had to speak first.  A customer's 喂 on a bad line answered at
             once by the full greeting is negative.
closing    : a complete closing ends with a 祝福语 in the agent's final turn(s).  Positive: thanks
             only, bare 再见/拜拜/就这样/挂了, the agent just stops or drops the call.  Every `hangup`
             call is also `closing`.  A proper transfer in this set always carries a blessing.
forbidden  : 服务禁语 other than insults: the agent's own 不知道/不清楚/不明白 (and regional or casual
             forms) as a refusal about the matter asked; 「你这话什么意思」 and variants; 「那你想好了再
             打来吧」 and variants; 「喂」 called at the customer mid-call.  NOT positive: these words
             about the customer, a third party, as reassurance, as a polite 不知道您…吗 question, or a
             request to repeat; the customer's own words; quotes in a complaint record.  An
             insult-only call is not also `forbidden`.
insult     : the agent insults, mocks, attacks or sends the customer away.  NOT positive: insults
             reported and read back while registering feedback, the customer's insults, innocent
             words sharing characters.  A brush-off aimed at the customer counts with the insult it
             closes, never as `forbidden` on its own.
filler     : 口头禅 — habitual tics used as empty fillers: positive with >= 6 tic uses over >= 3 agent
             turns.  Demonstratives, backchannel and one or two sentence-final particles are negative.
tariff     : when a fee comes up (the customer asks, or the agent sells/opens/renews a paid service,
             or a free period ends) the agent must state BOTH the amount AND when charging starts or
             is taken.  Positive when either is missing or glossed.
name_ask   : an impolite name ask is positive; a call in which a NEW order, booking, rental,
             enrolment or application is made and the agent never asks the name politely is
             positive; querying or changing an existing order is not; a name the customer volunteers
             before being asked owes no ask.
apology    : something went wrong on the company side or the customer is plainly unhappy in words,
             and the agent never apologises.  An insistent question alone is not displeasure; a
             company-side fault owes an apology even from a calm customer.
shirking   : 推诿 — an in-scope matter pushed away without handling, registering or transferring it.
overpromise: 乱承诺/夸张 — guarantees of outcomes the agent cannot control.  Hedged statements and
             honest limits are negative.
colleague  : the agent disparages colleagues, other departments, technicians or staff.
complaint  : the customer explicitly states an intent to complain or escalate (投诉, 12315, 消协,
             12345, 市场监管, 曝光/发网上, 找领导/经理/负责人/老板).  「我不是要投诉」 is negative.
silence    : an unannounced gap >= 10 s with nobody speaking (positives 13-17 s).  Holds announced
             in the agent's turn just before (稍等/查/核实/等一下), 9-14 s, are negative; other gaps
             <= 4 s.
talk_over  : the agent starts >= 1.0 s before the customer's segment ends (positives 1.65-2.15 s,
             twice a call); negatives overlap <= 0.3 s; the customer talking over the agent is
             negative.
speech_rate: the agent's mean rate over turns of >= 6 characters (punctuation and spaces not
             counted) >= 7.5 chars/s (positives 8.4-9.1) or <= 2.0 (drawl, positives 1.55-1.68);
             negatives keep every agent turn of >= 6 characters within 3.0-6.3.
short_call : the call lasts under 20 s (positives <= 18 s); all other calls last >= 30 s.
hangup     : read from the transcript: it ends on the customer's unanswered question or 「喂？」.

M: an insulted customer who protests in words (你怎么说话呢 / 太过分了) and hears no apology adds
   `apology` (plainly unhappy in words); every insult call in this set has such a protest.
M: a reproach about a service paid for (可我是交了钱让你们全程跟进的啊) is displeasure, not an
   insistent question: it owes an apology.
M: 「您考虑好了随时联系我」 said kindly at the end of an outbound follow-up is an invitation, not the
   dismissive 「那你想好了再打来吧」 (negative); 「等你想清楚学哪个班了再来电吧」 cutting the customer off
   is the forbidden variant.
M: a customer's 喂 0.2-0.6 s into the call on a bad line, answered at once by the full greeting, is
   negative (`badline`); 「喂？有人吗？」 after 1.8-3.0 s of nothing is a late greeting (`late`).
M: a fee question left unanswered when the agent drops the call would owe the tariff disclosure; the set's
   hang-ups therefore end on questions that ask for no fee, so `hangup` never drags in `tariff`.
M: a party booking for a registered member still owes the polite name ask (a new booking); the set's
   such calls ask it.
Timing families are recomputed from the generated segments by this builder and asserted against
the hand labels on the clean text, and the speech-rate and hang-up reading on the noisy text too.
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 20261212
HERE = Path(__file__).resolve().parent
OUT = HERE / "tune_m.jsonl"
N_NOISY = 38

GREETINGS = [
    "您好，欢迎致电{co}，请问有什么能帮到您的？",
    "您好，{co}客服中心，工号{num}为您服务，请问您需要办理什么？",
    "您好，这里是{co}，我是客服小{sur}，请问您想咨询点什么？",
    "您好呀，{co}这边，请问今天有什么需要帮忙的吗？",
    "您好，{co}服务热线，请问您遇到什么问题了，我来帮您看看。",
    "下午好，{co}客服，请问有什么可以为您效劳的？",
    "您好，感谢致电{co}，请问我能为您做点什么？",
    "您好，{co}，很高兴接到您的电话，请问有什么可以帮您？",
]
SURNAMES = "林黎方罗章孟秦姜常钟严顾"
BLESSINGS = [
    "祝您生活愉快，再见！",
    "祝您一切顺利，再见。",
    "祝您身体健康，再见。",
    "祝您工作顺利，再见。",
    "祝您万事如意，再见！",
    "祝您和家人平平安安，再见。",
    "祝您心情愉快，再见。",
    "祝您每天都开开心心，再见。",
]
HOLD_WORDS = ("稍等", "查", "核实", "等一下", "稍候")
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask",
            "apology", "shirking", "overpromise", "colleague", "complaint",
            "silence", "talk_over", "speech_rate", "short_call", "hangup")
TIMING = ("silence", "talk_over", "speech_rate", "short_call", "hangup")


# ----------------------------------------------------------------------------------------------
# parsing
# ----------------------------------------------------------------------------------------------

def parse(data: str) -> list[dict]:
    blocks, cur = [], None
    for raw in data.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("####"):
            parts = [p.strip() for p in line[4:].split("|")]
            assert len(parts) == 6, line
            ind, co, direction, labels, flags, note = parts
            assert direction in ("in", "out"), line
            cur = {"industry": ind, "company": co, "direction": "inbound" if direction == "in" else "outbound",
                   "labels": [] if labels == "-" else [x.strip() for x in labels.split(",")],
                   "flags": set() if flags == "-" else {x.strip() for x in flags.split(",")},
                   "note": note, "turns": []}
            for lab in cur["labels"]:
                assert lab in FAMILIES, (lab, line)
            blocks.append(cur)
            continue
        assert cur is not None, line
        if line in ("~hold", "~sil"):
            assert cur["turns"] and cur["turns"][-1][0] in ("A", "A>", "A~"), (line, cur["note"])
            cur["turns"][-1] = cur["turns"][-1][:2] + (line[1:],)
            continue
        m = re.match(r"^(A>|A~|C>|A|C):\s*(.+)$", line)
        assert m, line
        cur["turns"].append((m.group(1), m.group(2), None))
    return blocks


def nchars(text: str) -> int:
    return len(re.sub(r"[\W_]", "", text))


# ----------------------------------------------------------------------------------------------
# timing
# ----------------------------------------------------------------------------------------------

def build_segments(block: dict, texts: list[str], rng: random.Random) -> tuple[list[dict], float]:
    flags = block["flags"]
    short = "short" in flags
    segs = []
    frontier = 0.0
    prev_after = None
    for i, ((mark, _, after), text) in enumerate(zip(block["turns"], texts)):
        speaker = "agent" if mark.startswith("A") else "customer"
        n = nchars(text)
        if speaker == "agent":
            if "fast" in flags:
                rate = rng.uniform(8.4, 9.1)
            elif "slow" in flags:
                rate = rng.uniform(1.55, 1.68)
            else:
                rate = rng.uniform(4.4, 5.6)
        else:
            rate = rng.uniform(3.8, 5.2)
        dur = max(n / rate, 0.45)
        if i == 0:
            if "late" in flags:
                assert speaker == "customer"
                start = rng.uniform(1.8, 3.0)
            elif "badline" in flags:
                assert speaker == "customer"
                start = rng.uniform(0.2, 0.6)
            else:
                assert speaker == "agent", block["note"]
                start = rng.uniform(0.2, 0.5) if short else rng.uniform(0.3, 0.9)
        else:
            prev = segs[-1]
            if mark == "A>":
                assert prev["speaker"] == "customer" and prev["end"] - prev["start"] > 2.8, block["note"]
                start = prev["end"] - rng.uniform(1.65, 2.15)
            elif mark == "A~":
                assert prev["speaker"] == "customer", block["note"]
                start = prev["end"] - rng.uniform(0.1, 0.3)
            elif mark == "C>":
                assert prev["speaker"] == "agent" and prev["end"] - prev["start"] > 2.2, block["note"]
                start = prev["end"] - rng.uniform(0.9, 1.6)
            elif prev_after == "hold":
                start = frontier + rng.uniform(9.0, 14.0)
            elif prev_after == "sil":
                start = frontier + rng.uniform(13.0, 17.0)
            elif i == 1 and "badline" in flags:
                start = frontier + rng.uniform(0.2, 0.5)
            else:
                start = frontier + (rng.uniform(0.3, 0.8) if short else rng.uniform(0.5, 1.8))
        end = start + dur
        segs.append({"speaker": speaker, "start": round(start, 2), "end": round(end, 2), "text": text})
        frontier = max(frontier, round(end, 2))
        prev_after = after
    duration = round(frontier + rng.uniform(0.4, 1.2) if not short else frontier + rng.uniform(0.3, 0.6), 2)
    return segs, duration


def timing_labels(block: dict, segs: list[dict], duration: float, check_ranges: bool = True) -> set[str]:
    """Reads the timing families back from the generated segments (writer M's thresholds)."""
    out = set()
    notes = block["note"]
    if duration < 20:
        assert duration <= 18, (notes, duration)
        out.add("short_call")
    else:
        assert duration >= 30, (notes, duration)
    frontier = segs[0]["end"]
    for i in range(1, len(segs)):
        s = segs[i]
        gap = s["start"] - frontier
        after = block["turns"][i - 1][2]
        if after == "hold":
            assert 8.99 <= gap <= 14.01, (notes, gap)
            assert segs[i - 1]["speaker"] == "agent"
            assert any(w in block["turns"][i - 1][1] for w in HOLD_WORDS), notes
        elif gap >= 10:
            assert after == "sil" and 12.99 <= gap <= 17.01, (notes, gap)
            out.add("silence")
        else:
            assert gap <= 4.0, (notes, gap)
        prev = segs[i - 1]
        if s["speaker"] == "agent" and prev["speaker"] == "customer":
            over = prev["end"] - s["start"]
            if over >= 1.0:
                out.add("talk_over")
            else:
                assert over <= 0.31, (notes, over)
        frontier = max(frontier, s["end"])
    rates = [nchars(s["text"]) / (s["end"] - s["start"]) for s in segs
             if s["speaker"] == "agent" and nchars(s["text"]) >= 6]
    mean = sum(rates) / len(rates)
    if mean >= 7.5 or mean <= 2.0:
        out.add("speech_rate")
    elif check_ranges:
        assert all(3.0 <= r <= 6.3 for r in rates), (notes, [round(r, 2) for r in rates])
    last = segs[-1]
    if last["speaker"] == "customer" and (re.search(r"[？?]\s*$", last["text"]) or "喂" in last["text"]):
        out.add("hangup")
    return out


# ----------------------------------------------------------------------------------------------
# ASR-style noise (Whisper base on 8 kHz audio)
# ----------------------------------------------------------------------------------------------

HOMOPHONES = [
    ("您好", "你好"), ("稍等", "烧等"), ("抱歉", "报歉"), ("投诉", "投素"), ("保证", "保正"),
    ("师傅", "师父"), ("预约", "预阅"), ("已经", "以经"), ("再见", "在见"), ("押金", "压金"),
    ("退款", "退宽"), ("工号", "公号"), ("贵姓", "桂姓"), ("称呼", "称乎"), ("客服", "课服"),
    ("咨询", "资讯"), ("订单", "定单"), ("联系", "连系"), ("需要", "须要"), ("时候", "时后"),
    ("处理", "处里"), ("确认", "却认"), ("麻烦", "马烦"), ("的话", "的化"), ("月子", "越子"),
    ("代驾", "代价"), ("充电宝", "充电包"), ("签证", "签正"), ("假发", "价发"), ("典当", "点当"),
    ("帆船", "番船"), ("推拿", "推那"), ("陶艺", "陶一"), ("礼盒", "礼和"), ("无人机", "无人鸡"),
    ("换电", "换点"), ("保洁", "保姐"), ("复印机", "复印鸡"), ("鲜奶", "鲜乃"), ("地暖", "地难"),
    ("在的", "再的"), ("祝您", "住您"), ("生活愉快", "生活有快"), ("一下", "一夏"), ("做账", "作帐"),
]
CN_DIG = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}


def cn_to_int(s: str) -> int | None:
    if "万" in s:
        hi, _, lo = s.partition("万")
        h = cn_to_int(hi) if hi else 1
        low = cn_to_int(lo) if lo else 0
        if h is None or low is None:
            return None
        if lo and len(lo) == 1 and lo in CN_DIG:          # 三万八 = 38000
            low = CN_DIG[lo] * 1000
        return h * 10000 + low
    total, num = 0, 0
    last_unit = None
    for ch in s:
        if ch in CN_DIG:
            num = CN_DIG[ch]
        elif ch in CN_UNIT:
            total += (num or 1) * CN_UNIT[ch]
            last_unit = CN_UNIT[ch]
            num = 0
        else:
            return None
    if num and last_unit and last_unit >= 100 and s[-1] in CN_DIG and s[-2] in CN_UNIT:
        return total + num * last_unit // 10                # 三百八 = 380
    return total + num


def digits(text: str, rng: random.Random) -> str:
    def rep(m: re.Match) -> str:
        s = m.group(0)
        if len(s) < 2:
            return s
        if any(u in s for u in "十百千万"):
            v = cn_to_int(s)
            return str(v) if v is not None and rng.random() < 0.85 else s
        if len(s) >= 3 and "两" not in s:                  # read-out numbers: 一三零八
            return "".join(str(CN_DIG[c]) for c in s)
        return s
    return re.sub(r"[零一二两三四五六七八九十百千万]+(?=[块元个号点分月年期次天小斤平张位人节周岁多，。、的]|$)", rep, text)


def punct(text: str, style: int) -> str:
    if style == 0:      # punctuation dropped, clause breaks as spaces
        t = re.sub(r"[，。？！、；：,.?!;:]+", " ", text)
    elif style == 1:    # everything run together
        t = re.sub(r"[，。？！、；：“”「」,.?!;:\"]+", "", text)
    else:               # commas kept as ASCII commas, ends dropped
        t = re.sub(r"[，、；]", ",", text)
        t = re.sub(r"[。？！：]", " ", t)
    t = re.sub(r"[“”「」]", "", t)
    return re.sub(r"\s+", " ", t).strip()


_CC = None


def traditional(text: str, rng: random.Random) -> str:
    global _CC
    if _CC is None:
        import opencc
        _CC = opencc.OpenCC("s2tw")
    tw = _CC.convert(text)
    if len(tw) != len(text):
        return tw
    out = []
    for a, b in zip(text, tw):
        out.append(a if a != b and rng.random() < 0.1 else b)
    return "".join(out)


def noisy(text: str, rng: random.Random, style: int, keep_digits: bool) -> str:
    t = text
    for a, b in HOMOPHONES:
        if a in t and rng.random() < 0.35:
            t = t.replace(a, b, 1)
    if not keep_digits:
        t = digits(t, rng)
    t = punct(t, style)
    return traditional(t, rng)


# ----------------------------------------------------------------------------------------------
# build
# ----------------------------------------------------------------------------------------------

def fill(text: str, co: str, greet_i: list[int], bless_i: list[int], rot: random.Random) -> str:
    while "{G}" in text:
        g = GREETINGS[greet_i[0] % len(GREETINGS)]
        greet_i[0] += 1
        g = g.format(co=co, num=str(rot.randint(1001, 1999)), sur=rot.choice(SURNAMES))
        text = text.replace("{G}", g, 1)
    while "{B}" in text:
        text = text.replace("{B}", BLESSINGS[bless_i[0] % len(BLESSINGS)], 1)
        bless_i[0] += 1
    return text.replace("{co}", co)


def main() -> int:
    blocks = parse(DATA)
    rot = random.Random(SEED)
    greet_i, bless_i = [rot.randrange(len(GREETINGS))], [rot.randrange(len(BLESSINGS))]
    calls, failures = [], []
    for bi, b in enumerate(blocks):
        texts = [fill(t, b["company"], greet_i, bless_i, rot) for _, t, _ in b["turns"]]
        rng = random.Random(SEED * 1000 + bi)
        try:
            segs, duration = build_segments(b, texts, rng)
            got = timing_labels(b, segs, duration)
            want = {x for x in b["labels"] if x in TIMING}
            assert got == want, (b["note"], sorted(got), sorted(want))
        except AssertionError as e:
            failures.append(f"block {bi}: {e}")
            continue
        if "hangup" in b["labels"]:
            assert "closing" in b["labels"], b["note"]
        if "hn" in b["flags"]:
            assert not b["labels"], b["note"]
        if "speech_rate" in b["labels"]:
            assert b["flags"] & {"fast", "slow"}, b["note"]
        if "greeting" not in b["labels"] and b["direction"] == "inbound" and not b["flags"] & {"badline"}:
            first = texts[0]
            assert first.startswith(("您好", "下午好", "早上好", "晚上好")), (b["note"], first)
        calls.append({"block": bi, "b": b, "segs": segs, "duration": duration})
    if failures:
        print("\n".join(failures), file=sys.stderr)
        return 1
    order = random.Random(SEED + 1)
    order.shuffle(calls)
    noisy_ids = set(random.Random(SEED + 2).sample(range(len(calls)), N_NOISY))
    lines = []
    for k, c in enumerate(calls):
        b, segs = c["b"], c["segs"]
        is_noisy = k in noisy_ids
        if is_noisy:
            nrng = random.Random(SEED * 7 + c["block"])
            style = nrng.randrange(3)
            keep = "speech_rate" in b["labels"]
            segs = [dict(s, text=noisy(s["text"], nrng, style, keep)) for s in segs]
            got = timing_labels(b, segs, c["duration"], check_ranges=False)
            want = {x for x in b["labels"] if x in TIMING}
            # the hang-up question mark may be lost in the noisy text; the labels stay the clean speech's
            assert got - {"hangup"} == want - {"hangup"}, (b["note"], sorted(got), sorted(want))
        meta = {"writer": "M", "industry": b["industry"], "company": b["company"], "direction": b["direction"],
                "hard_negative": "hn" in b["flags"], "language": "zh", "sample_rate": 8000}
        lines.append({"call_id": f"M-{k + 1:03d}", "labels": sorted(b["labels"]), "note": b["note"],
                      "noise": is_noisy, "duration": c["duration"], "metadata": meta, "segments": segs})
    with OUT.open("w", encoding="utf-8") as f:
        for r in lines:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {fam: sum(fam in r["labels"] for r in lines) for fam in FAMILIES}
    print(f"{len(lines)} calls -> {OUT}", file=sys.stderr)
    print(" ".join(f"{k}={v}" for k, v in counts.items()), file=sys.stderr)
    print(f"hard negatives {sum(r['metadata']['hard_negative'] for r in lines)}, "
          f"no labels {sum(not r['labels'] for r in lines)}, noisy {sum(r['noise'] for r in lines)}, "
          f"outbound {sum(r['metadata']['direction'] == 'outbound' for r in lines)}, "
          f"industries {len({r['metadata']['industry'] for r in lines})}", file=sys.stderr)
    return 0


# ----------------------------------------------------------------------------------------------
# hand-written dialogues
# ----------------------------------------------------------------------------------------------

DATA = r"""
#### postpartum confinement centre | 馨月月子会所 | in | - | hn | 笨鸡蛋/猪脚姜 in the meal plan; suite price with deposit and balance at check-in; polite name ask for a visit booking
A: {G}
C: 你好，我预产期在下个月，想问问你们的月子餐都吃些什么，我婆婆非让我多吃笨鸡蛋。
A: 我们的月子餐一天六顿，鸡蛋用的是农家散养的土鸡蛋，也就是老人家说的笨鸡蛋；第二周开始会加猪脚姜和鲫鱼豆腐汤。
C: 那二十八天的套房要多少钱，什么时候交？
A: 二十八天的标准套房是三万八千八，签约的时候先交一万定金，入住当天把尾款结清，其他没有额外收费。
C: 行，那我先约个时间过去看看。
A: 好的，请问您怎么称呼？
C: 我姓冉。
A: 冉女士，给您约在这周六上午十点参观，到时候前台会接待您。感谢您的来电，祝您顺利生产，母子平安，再见。

#### postpartum confinement centre | 馨月月子会所 | in | insult,apology,closing | - | age and body mocked (还想回到小姑娘的身材啊？做梦比较快), brush-off 您爱信不信; customer protests, no apology; ends 嗯，那就这样
A: {G}
C: 你好，我想问问你们有没有产后修复的项目，我生完二胎，肚子一直收不回去。
A: 有的，腹直肌修复一个疗程是十二次。
C: 那做完能恢复到生孩子之前那样吗？
A: 您都快四十了还生了俩，底子本来就那样，还想回到小姑娘的身材啊？做梦比较快。
C: 你怎么说话呢？我是来咨询的，不是来听你挖苦的。
A: 我就实话实说，您爱信不信。
C: 行，我不问了。
A: 嗯，那就这样。

#### postpartum confinement centre | 馨月月子会所 | out | - | hn | outbound follow-up with company, role and purpose; 不知道您…吗 polite question; honest limit 我不能跟您打包票; 您考虑好了随时联系我 as a kind invitation
A: 您好，我是馨月月子会所的客户顾问小蒋，您上周来我们这边参观过，今天给您打电话是想回访一下，不知道您现在方便说两句吗？
C: 方便，你说吧。
A: 谢谢您。您参观的时候，对哪方面比较在意呢？
C: 主要是护理师够不够专业，我怕宝宝万一黄疸，她们处理不好。
A: 我们的护理师都持母婴护理证，黄疸每天测两次；不过宝宝恢复得快慢跟个体有关，这个我不能跟您打包票，有异常我们会第一时间请儿科医生会诊。
C: 你这么说我反而放心一点。
A: 谢谢您的信任，您考虑好了随时联系我，祝您孕期顺顺利利，再见。

#### postpartum confinement centre | 馨月月子会所 | in | overpromise,tariff | - | guarantees a figure slimmer than before pregnancy and a baby never ill; price asked twice, glossed (跟别家差不多，来了再说)
A: {G}
C: 你好，我朋友推荐的，说你们家的产后恢复做得特别好。
A: 是的姐，住我们这儿您就放心吧，我保证您出月子比怀孕前还瘦，宝宝在我们这儿也保证一天病都不会生。
C: 真的假的？那费用大概是多少？
A: 费用您别担心，跟别家差不多，具体等您来了再说。
C: 我就是想先知道个大概。
A: 真不贵，您先过来看看环境，来了让顾问跟您细谈。
C: 那好吧，我周末过去看看。
A: 好的，请问您贵姓？
C: 姓柏。
A: 柏女士，周六上午给您留一个参观名额，{B}

#### postpartum confinement centre | 馨月月子会所 | in | shirking,apology | - | a lost bracelet pushed to the outsourced cleaning company (跟我们会所没关系，您自己跟他们联系); customer unhappy (真是服了你们了), no apology
A: {G}
C: 我是上周刚从你们那退房的，我妈落了个金镯子在房间抽屉里，打电话问前台说没看到，这都三天了，我急得不行。
A: 房间打扫是外包的保洁公司负责的，丢东西这种事您直接找保洁公司吧，跟我们会所没关系。
C: 我住的是你们的房间，怎么就跟你们没关系了？
A: 规定就是这样，保洁公司的电话我短信发给您，您自己跟他们联系。
C: 真是服了你们了。
A: 号码已经发过去了，感谢您的来电，{B}

#### postpartum confinement centre | 馨月月子会所 | in | colleague | - | the maternity nurse called 毛毛躁躁…干活根本不上心; apology and a new nurse
A: {G}
C: 你好，我现在住在你们三楼，昨天晚上护理师给宝宝洗澡，水有点烫，宝宝哭得厉害，我心疼得不行。
A: 真的非常抱歉，让宝宝受罪了。是哪位护理师呢？
C: 好像姓刘，个子小小的。
A: 哦，小刘啊，她这个人一直毛毛躁躁的，干活根本不上心，我们好几个同事都嫌弃她。
C: 那你们得管管啊。
A: 我马上登记，今天就给您换一位护理师，护士长十分钟内到您房间看看宝宝。感谢您的反馈，祝宝宝健健康康，再见。

#### postpartum confinement centre | 馨月月子会所 | in | greeting | late | the customer has to call 喂？喂？有人吗 first; lactation visit booked with fee and moment and a polite name ask
C: 喂？喂？有人吗？
A: 在的，您好，馨月月子会所，请问有什么可以帮您？
C: 我想约一下下周的上门催乳，宝宝刚满月，奶一直不太够。
A: 可以的，上门催乳一次三百六，老师服务结束后您扫码付款就行。请问您怎么称呼？
C: 我姓幸，幸福的幸。
A: 幸女士，给您约在下周二下午两点，老师出发前会先给您打电话确认地址，{B}

#### home cleaning | 洁邻家政 | in | - | hn | the cleaner's words 跟猪窝一样，住的人懒得要死 reported (不是要投诉) and read back; apology
A: {G}
C: 我跟你们反映个事儿啊，不是要投诉，就是想让你们知道。今天来的阿姨打扫的时候跟别人打电话，说我家“跟猪窝一样，住的人懒得要死”，我在卧室都听见了。
A: 实在抱歉，让您听到这样的话。我跟您核对一下，阿姨的原话是“跟猪窝一样，住的人懒得要死”，对吗？
C: 对，就这么说的。
A: 好的，我原样记下来了，会交给督导跟阿姨谈话，下次给您换一位阿姨。感谢您的反馈，{B}

#### home cleaning | 洁邻家政 | in | forbidden | - | the agent's own 这个我不清楚 about whether outside windows are included, then 你这话什么意思 at the customer; later apologises and checks
A: {G}
C: 你好，我约了明天的全屋保洁，想问一下外面的窗户也擦吗？
A: 外面的窗户擦不擦，这个我不清楚。
C: 可你们套餐介绍上写的是全屋啊，总不能只擦一半吧。
A: 你这话什么意思？
C: 我就是问问，写的是全屋，窗户算不算。
A: 不好意思，我刚才说话冲了。我帮您看了一下套餐细则，外窗在安全的情况下可以擦，高层外侧不擦，明天阿姨到了会跟您确认。感谢您的理解，{B}

#### home cleaning | 洁邻家政 | in | name_ask | - | new booking with the impolite 你叫啥名？报一下; fee with amount and moment
A: {G}
C: 我想约一个开荒保洁，新房子，一百二十平左右，刚装修完。
A: 开荒保洁按面积算，每平米八块，一百二十平就是九百六，阿姨做完您验收了再付款。
C: 行，那就约这周六吧，早上能来吗？
A: 你叫啥名？报一下。
C: 巫建平。
A: 电话就是您现在打的这个吧？周六早上八点半两位阿姨上门，{B}

#### home cleaning | 洁邻家政 | in | talk_over | - | the agent cuts into the customer's explanation twice
A: {G}
C: 我上个月买了你们的保洁次卡，十次的，现在用了三次，我想问问能不能转给我妈用，她住在城西那边的老小区，
A>: 可以转，您在小程序里点转赠就行。
C: 不是，我是想问城西那边有没有你们的阿姨，因为她那个小区比较偏，之前找别家家政都说不去，
A>: 城西是全覆盖的，您放心。
C: 哦，那就好，那转过去以后还是剩七次对吧？
A: 对，还是七次，有效期跟着原卡走。感谢您的耐心，{B}

#### home cleaning | 洁邻家政 | in | - | hn | 您不清楚是哪位阿姨也没关系 as reassurance; the property office's rules 我们也不太清楚 (a third party); key box
A: {G}
C: 我明天一早出差，约了阿姨来打扫，但我不知道她几点到，钥匙该放哪儿？
A: 阿姨明天早上九点到。您不清楚是哪位阿姨也没关系，她出发前会把工牌照片发到您手机上。钥匙可以放在门口的密码箱里，把密码发给我们就行。
C: 那小区门卫让不让她进啊？
A: 门卫放不放行是物业定的，他们的规定我们也不太清楚，不过阿姨到了会先打您电话，您远程跟门卫说一声就可以。
C: 好，谢谢。
A: 不客气，感谢您的配合，祝您出差顺利，再见。

#### home cleaning | 洁邻家政 | in | complaint | - | 我就打12315投诉你们 over a broken vase; apology and compensation with amount and moment
A: {G}
C: 你们阿姨昨天把我家一个花瓶打碎了，一句话没说就走了，我今天才发现。这事你们要是不给个说法，我就打12315投诉你们。
A: 非常抱歉，给您造成损失了。阿姨打碎东西没有告知您，是我们的问题。麻烦您拍一下碎片的照片发到服务号，我这边登记赔付。
C: 那个花瓶我八百多买的。
A: 明白，按服务协议损坏物品照价赔偿，审核通过后三个工作日内退到您付款的账户。给您添麻烦了，{B}

#### home cleaning | 洁邻家政 | in | - | hn | announced hold (帮您查一下) of 9-14 s, then 感谢您耐心等待 and a blessing; rescheduling an existing order
A: {G}
C: 你好，我约的今天下午三点的保洁，能不能改到五点？临时有点事。
A: 可以的，您稍等，我帮您查一下五点有没有空闲的阿姨。
~hold
A: 感谢您耐心等待，五点有一位阿姨可以过去，已经帮您改好了，原来的订单不用动。
C: 好的，麻烦了。
A: 不麻烦，祝您生活愉快，再见。

#### home cleaning | 洁邻家政 | in | - | hn,badline | the customer's 喂 on a bad line answered at once by the full greeting; booking with polite name ask; fee stated
C: 喂？
A: {G}
C: 哦你好，刚才信号不太好。我想约个清洗油烟机的，家里油烟机好几年没洗了。
A: 油烟机深度清洗一台一百五十元，阿姨清洗完您检查满意了再付款。请问您怎么称呼？
C: 我姓甘。
A: 甘先生，给您约在明天上午十点，可以吗？
C: 可以。
A: 好的，已经约好了，感谢您的来电，{B}

#### copier leasing | 印捷办公设备 | in | tariff,silence,closing | - | overage fee asked, glossed (很便宜…按合同约定来；到时候财务跟您对); a 13-17 s unannounced gap; closing with thanks only
A: {G}
C: 我们公司租了你们一台彩色复印机，月租里包三千张，那超出来的部分怎么收钱？
A: 超出的部分很便宜的，具体按合同约定来，您不用担心。
~sil
C: 喂，还在吗？我就是想知道超一张多少钱，什么时候扣。
A: 在的。反正不会多收您的，月底系统会统计，到时候财务跟您对。
C: 好吧。
A: 感谢您的支持，再见。

#### copier leasing | 印捷办公设备 | in | - | hn | 卡死 and 死机 of the copier; announced hold; apology for the fault; free visit
A: {G}
C: 你好，我们那台复印机一直卡纸，今天干脆卡死了，屏幕也死机不动了。
A: 给您添麻烦了，实在抱歉。您稍等，我帮您查一下这台机器的报修记录。
~hold
A: 感谢您耐心等待，这台机器上个月换过搓纸轮，还在保修期内，工程师今天下午四点前上门，上门和维修都不收费。
C: 好的，那我等他。
A: 好的，再次抱歉给您添麻烦了，祝您工作顺利，再见。

#### copier leasing | 印捷办公设备 | in | colleague | - | the technician called 半吊子，修啥坏啥; apology given
A: {G}
C: 你们上周派来修复印机的师傅，修完第二天又坏了，还是一样的毛病，我们这周的标书都是跑出去打印的。
A: 非常抱歉，又耽误您用了。上周去的是小邓吧？他就是个半吊子，修啥坏啥，我们这边都知道。
C: 那你们还派他来？
A: 这次我给您安排老师傅，明天上午九点到，这次还是不收费。感谢您的耐心，{B}

#### copier leasing | 印捷办公设备 | in | hangup,closing | - | the call ends on the customer's unanswered question about how to apply for an exchange
A: {G}
C: 我们那台复印机的租期下个月到，要是续租的话价格变不变？
A: 续租价格不变，还是每月四百五，每个月五号自动从账户扣。
C: 那旧机器能不能换一台新一点的？现在这台噪音特别大。
A: 换机要另外申请。
C: 怎么申请啊？要去哪儿填？

#### copier leasing | 印捷办公设备 | out | overpromise,filler | - | outbound sales call: 保证五年一次都不坏，坏了我自己掏钱; tics 呃/那个/就是说 over four turns; fee with moment
A: 您好，我是印捷办公设备的销售顾问小霍，看到贵公司在我们官网上留言想租复印机，所以给您回个电话，您现在方便吗？
C: 方便，我们想租一台黑白的，主要是怕老出毛病耽误事。
A: 呃，您放心，那个，我们这款机器，就是说，保证五年一次都不坏，坏了我自己掏钱给您换新的。
C: 这么厉害？那月租多少？
A: 那个，黑白机月租两百八，呃，每月一号从对公账户扣，就是说，含两千张，超出每张五分，跟月租一起扣。
C: 行，那就签吧。
A: 好的，那个，请问您贵姓？
C: 免贵姓滕。
A: 滕先生，合同今天下午发您邮箱，{B}

#### copier leasing | 印捷办公设备 | in | filler | - | 呃/这个/就是说/那个/然后呢 over four agent turns; a week's event rental with fee and moment; polite name ask
A: {G}
C: 我想问下你们打印机能不能短租一个礼拜，我们办展会用。
A: 呃，这个，短租的话，就是说，我们一般是，那个，按月起租的。
C: 一个礼拜都不行吗？
A: 那个，然后呢，就是说，展会的话，呃，可以走活动租赁，这个，一周是六百块，设备送到当天付款。
C: 那可以，我下周一要。
A: 呃，好的，那个，请问您怎么称呼？
C: 我姓覃。
A: 覃先生，就是说，周一上午给您送到，感谢您的来电，{B}

#### copier leasing | 印捷办公设备 | in | - | hn | proper transfer to the billing department, announced, with a blessing
A: {G}
C: 你好，我们公司上个月的复印机租金发票，抬头开错了，少了“有限公司”四个字，想重开一张。
A: 明白，抬头少了“有限公司”。发票是财务部统一开的，我现在帮您转接财务部的同事，她核对后给您重开，转接需要几秒钟，请您不要挂机。祝您工作顺利。
C: 好的，谢谢你。

#### matchmaking agency | 良缘婚恋 | in | insult,apology,talk_over,closing | - | a divorced customer told 有人要就不错了, brush-off 听不听在您; the agent cuts in twice; she protests, no apology; ends 行，那就这样吧
A: {G}
C: 你好，我想问一下，我今年四十二，离过婚，带个女儿，在你们这儿能找到合适的吗？我要求也不高，就是希望对方人品好一点，
A>: 四十二还带个孩子啊，说实话，您这条件就别挑了，有人要就不错了。
C: 你这人怎么这么说话？我是花钱来咨询的，你们不就是干这个的吗，怎么还没听我说完就，
A>: 我说的是市场行情，听不听在您。
C: 太过分了。
A: 行，那就这样吧。

#### matchmaking agency | 良缘婚恋 | in | overpromise | - | 钻石会员: 半年之内肯定让您把婚结了，您看上的人就没有追不到的; fee with amount and moment; polite name ask
A: {G}
C: 我想了解一下你们的会员，我三十五了，家里催得紧。
A: 那您选我们的钻石会员就对了，我跟您保证，半年之内肯定让您把婚结了，您看上的人就没有追不到的。
C: 这么有把握？钻石会员多少钱？
A: 钻石会员一年两万九千八，签约当天付清，包含二十四次一对一约见。
C: 我考虑一下，先去门店看看。
A: 好的，请问您怎么称呼？
C: 我姓阮。
A: 阮先生，我给您约明天下午三点到门店，红娘当面给您介绍，{B}

#### matchmaking agency | 良缘婚恋 | in | tariff,name_ask | - | first three meetings free, then 看情况再收一点点 (amount and moment glossed twice); a file opened with no name ask
A: {G}
C: 我想在你们这儿登记一下找对象，怎么收费的？
A: 现在新会员前三次约见都是免费的，后面的话看情况再收一点点。
C: 收多少？什么时候收？
A: 不多不多，等您见完三次觉得好再说。手机号就是您现在打的这个吧？
C: 对。
A: 好，那我直接给您建档了，红娘明天联系您。感谢您的信任，{B}

#### matchmaking agency | 良缘婚恋 | in | - | hn | the customer calls matchmakers 骗子 and says 我也不知道该不该信; agent apologises for the worry and answers with facts
A: {G}
C: 我就直说了啊，你们这些婚介是不是都是骗子？我朋友在别家交了两万，一个靠谱的都没见着。
A: 不好意思让您有这样的顾虑，朋友的遭遇我们也很遗憾。我们所有会员都要实名和学历认证，合同里写明了约见次数，达不到可以按比例退费。
C: 我也不知道该不该信。
A: 理解，您可以先来门店看看合同原件，不用当场签。
C: 那行吧，我考虑一下。
A: 好的，感谢您的耐心，祝您早日遇到对的人，再见。

#### matchmaking agency | 良缘婚恋 | out | greeting | - | outbound opening 您好，我是小俞 with no company; company given only when asked; party fee with moment; polite name ask
A: 您好，我是小俞，上次您问的那个周末单身派对，名额还剩三个，您还想报名吗？
C: 你哪里啊？
A: 不好意思，我是良缘婚恋的红娘小俞，您上个月在我们这儿登记过资料。
C: 哦哦，想起来了。派对要钱吗？
A: 派对每人一百二十八元，报名时线上支付，包含场地和晚餐。
C: 行，给我报一个。
A: 好的，为了核对一下，请问您怎么称呼？
C: 我姓皮。
A: 皮先生，已经给您报上了，周六下午六点开始，{B}

#### matchmaking agency | 良缘婚恋 | in | short_call,closing | short | a customer asks for a matchmaker who is off today; the agent ends on a curt 嗯。
A: 您好，良缘婚恋，请问有什么可以帮您？
C: 我找孔老师。
A: 孔老师今天休息。
C: 哦，那我明天再打。
A: 嗯。

#### matchmaking agency | 良缘婚恋 | in | - | hn | the customer's 喂？喂？ mid-call on a bad line and 你这话什么意思 out of confusion; hedged 成不成要看缘分
A: {G}
C: 你好，我是你们的会员，想问问这个月的约见怎么还没安排。
A: 我帮您看一下，这个月红娘给您推荐了两位，对方都还在确认时间。
C: 喂？喂？刚才断了一下，你说对方还在什么？
A: 对方还在确认时间，一有结果红娘马上通知您。
C: 你这话什么意思？是人家没看上我吗？
A: 您别误会，不是这个意思，只是对方这周出差。每月两次约见我们能保证安排上，成不成还是要看缘分，这个我们不能替您打包票。
C: 好吧，那我等通知。
A: 感谢您的耐心，祝您早日遇到合适的人，再见。

#### study-abroad agency | 远帆留学 | in | insult,apology | - | the customer's English and schooling questioned (先把初中英语补补吧); she protests, no apology
A: {G}
C: 你好，我想咨询一下去英国读研，我雅思考了两次，都是五分。
A: 五分？那您这英语水平出国能听懂老师说话吗？我劝您还是先把初中英语补补吧。
C: 你这话说得也太难听了吧？我是来问怎么申请的。
A: 难听也是实话，这个分数哪个学校都不会要您。
C: 我真是白打这个电话了。
A: 那您考到六分半再来找我们，{B}

#### study-abroad agency | 远帆留学 | out | overpromise | - | outbound follow-up: 保证您今年秋天就入学，要是拒签了我跟您姓; fee with amount and moment
A: 您好，我是远帆留学的规划老师小时，您上周在我们公众号预约了免费评估，今天打电话跟您聊一下评估结果，您现在方便吗？
C: 方便方便，我就想知道我这个条件能不能去澳洲。
A: 您这个条件完全没问题，交给我们办，保证您今年秋天就入学，要是拒签了我跟您姓。
C: 那服务费多少钱啊？
A: 澳洲硕士申请服务费一万八，签约的时候付一半，拿到录取通知书再付另一半。
C: 好的，我跟家里商量一下。
A: 好的，您的评估报告我发到您邮箱了，{B}

#### study-abroad agency | 远帆留学 | in | - | hn | hedged (录取是学校决定的，我们没法给您打包票); fees with amount and moment; polite name ask at the signing booking
A: {G}
C: 你好，我女儿绩点三点六，想申请香港的学校，你们觉得稳吗？
A: 按往年的情况，这个绩点申请港校的成功率是比较高的，不过最终录取是学校决定的，我们没法给您打包票，只能帮您把材料做到最好。
C: 嗯，这样说我觉得比较实在。你们服务费怎么收？
A: 港校申请服务费两万二，签合同时付一万，拿到录取后付剩下的一万二，如果一所都没录取，退一万。
C: 好，那我们约个时间签合同吧。
A: 好的，请问您怎么称呼？
C: 我姓蔺。
A: 蔺女士，给您约在周四下午两点，在我们国贸的办公室，感谢您的信任，祝您女儿申请顺利，再见。

#### study-abroad agency | 远帆留学 | in | shirking,apology,closing | - | application status pushed to the school (这个您自己发邮件问学校去吧); the customer's reproach (可我是交了钱让你们全程跟进的啊) gets no apology; ends 行，就这样
A: {G}
C: 你好，我是你们的签约学生，我的申请材料上周说递交了，可学校系统里一直看不到，想问一下是怎么回事。
A: 材料递上去以后就是学校那边审了，这个您自己发邮件问学校去吧。
C: 可我是交了钱让你们全程跟进的啊。
A: 学校的系统我们也看不到，您问学校最快。
C: 好吧。
A: 行，就这样。

#### study-abroad agency | 远帆留学 | in | complaint | - | a deadline got wrong, 我要找你们经理; apology and escalation
A: {G}
C: 你们顾问把我申请的截止日期记错了，说是一月底，结果学校十二月十五号就截止了，我现在一所都没递上。我要找你们经理，这事必须有人负责。
A: 非常抱歉，这是我们顾问的失误，给您造成这么大的影响，真的很对不起。我现在就把情况升级给部门经理，他今天下午五点前给您回电话。
C: 五点前一定要给我回。
A: 一定，我已经登记好了，工单号是一三零八。再次向您道歉，{B}

#### study-abroad agency | 远帆留学 | in | - | hn | another agency's words (你这种成绩就别做梦了) reported by the customer; 您现在不清楚…也没关系 as reassurance; free assessment booked with polite name ask
A: {G}
C: 你好，我之前在别的中介问过，那边的老师说“你这种成绩就别做梦了”，我挺受打击的，想问问你们怎么看。
A: 听到这样的话确实挺难受的。每个人的情况不一样，您现在不清楚自己适合哪些学校也没关系，我们可以先做一个免费评估。
C: 评估真的不要钱吗？
A: 评估是免费的，不签约也不收任何费用。请问您怎么称呼？
C: 我姓敖。
A: 敖同学，我给您约明天上午十点线上评估，链接会发到您手机上，祝您申请顺利，再见。

#### pottery studio | 泥语陶艺 | in | - | hn | 傻傻分不清 (素烧/釉烧) and 废品 (cracked pieces remade free); booking with polite name ask; fee with moment
A: {G}
C: 你好，我想给孩子报个周末的陶艺体验课，他七岁。
A: 好的。体验课是两个小时，拉坯加上釉，很多家长都傻傻分不清素烧和釉烧，您不用管，老师会全程带着孩子做。
C: 那要是烧裂了怎么办？
A: 烧裂了的算废品，我们免费给孩子重做一次。体验课一位一百六十八元，上课当天到店付款。
C: 行，那约这周六上午。
A: 好的，请问您怎么称呼？
C: 我姓詹。
A: 詹女士，周六上午十点，给您和孩子留好位置了，祝你们玩得开心，再见。

#### pottery studio | 泥语陶艺 | in | name_ask | - | new booking with the impolite 叫什么？全名。; fee with moment
A: {G}
C: 你好，我想约两个人的双人拉坯课，这周日下午，我跟我女朋友，我们俩都没碰过泥巴。
A: 双人课三百二，到店上课前付款。叫什么？全名。
C: 呃……褚思远。
A: 周日下午两点，褚思远，两位，约好了。
C: 要自己带围裙吗？
A: 不用，店里有围裙和袖套，{B}

#### pottery studio | 泥语陶艺 | in | speech_rate | fast | the agent rattles through the courses at 8.4-9.1 chars/s; fees with moment; polite name ask
A: {G}
C: 你好，我想了解一下你们的成人课程，我是完全零基础的，平时下班比较晚，大概七点以后才有空，不知道有没有适合我的。
A: 有的有的，我们晚上七点半到九点半有零基础班，一共八节课，一千二百八，报名的时候一次付清，另外还有单次体验课一百六十八，上完觉得合适再报正式班，体验费可以抵学费。
C: 那我先上个体验课吧，就这周三晚上，可以吗？我大概七点二十能到。
A: 周三晚上七点半可以的，请问您怎么称呼，我给您登记一下，到时候报名字就行，体验费到店上课前付。
C: 我姓段，段落的段。
A: 段先生，周三晚上七点半给您约好了，到时候店里见，祝您玩得开心，再见。

#### pottery studio | 泥语陶艺 | in | greeting | - | opens 嗯，泥语，说。; the rest is correct
A: 嗯，泥语，说。
C: 你好，我上周在你们那做的杯子，说两周后能取，我想问问能不能寄到家里。
A: 可以寄的，同城快递十二元，寄出前在小程序上付就行，您把地址发到我们的公众号上。
C: 大概什么时候能寄出？
A: 您付款后第二天寄出，一般两天到。
C: 好，那你们打包结实一点。
A: 放心，我们会用气泡膜包三层。感谢您的来电，{B}

#### pottery studio | 泥语陶艺 | in | apology,hangup,closing | - | the kiln cracked the customer's vase (烧窑本来就有风险，裂了很正常); she is disappointed; the call ends on her unanswered question
A: {G}
C: 我上个月在你们那儿做了一个花瓶，准备送我妈当生日礼物的，今天去取，结果裂了一条大缝，我特别失望。
A: 烧窑本来就有风险，裂了很正常，店里墙上都贴着呢，成品率不是百分之百。
C: 那我两百多块钱就白花了？你们就一点责任都没有吗？

#### pottery studio | 泥语陶艺 | in | - | hn | the customer talks over the agent (C>) and a 0.1-0.3 s backchannel overlap (A~); team booking with polite name ask; fee with moment
A: {G}
C: 你好，我们公司想搞个团建，十五个人左右，想在你们那做陶艺。
A: 好的，十五人的团建可以包场，包场是下午两点到五点，每位一百五十元，
C>: 能不能便宜点？我们人多。
A: 十五人以上每位一百三十元，活动结束后统一付款，可以开发票。
C: 那行，就下周五下午。我先跟领导说一下，领导同意了就定下来。
A~: 好的。
A: 请问您怎么称呼？我先帮您预留场地。
C: 我姓蒲，蒲公英的蒲。
A: 蒲女士，下周五下午给您预留了，感谢您的支持，祝你们团建愉快，再见。

#### tuina clinic | 仁和堂推拿 | in | - | hn | 坐骨神经, a polite question about 颈椎病, 去死皮 in the foot-care menu; booking with polite name ask; fee with moment
A: {G}
C: 你好，我老公腰疼得厉害，医生说是坐骨神经受压迫，想去你们那儿做推拿。
A: 好的，坐骨神经痛我们有专门的理疗方案。冒昧问一下，他以前有没有颈椎病或者腰椎间盘突出？
C: 有点腰突，不严重。
A: 明白。腰部理疗一次一百九十八元，做完当次结账；另外足疗套餐里带去死皮，需要的话可以一起做。
C: 先做腰的吧，明天下午。
A: 好的，请问先生怎么称呼？
C: 他姓蓝。
A: 蓝先生明天下午三点，给您约好了，祝您先生早日康复，再见。

#### tuina clinic | 仁和堂推拿 | in | insult,apology,closing | - | 您这腰是自己作出来的…神仙来了也按不好, brush-off 爱来不来; the customer protests; 就这态度
A: {G}
C: 我在你们那儿做了三次推拿了，一次一百九十八，六百都花出去了，腰还是疼，到底有没有用啊？
A: 您这腰是自己作出来的，天天跷二郎腿、坐一整天不动，神仙来了也按不好。爱来不来。
C: 你什么态度！我花钱是来治病的，不是来听你教训的。
A: 就这态度。

#### tuina clinic | 仁和堂推拿 | in | forbidden,short_call | short | 医保能不能刷: 这个我不知道 as a refusal; a short call closed with a blessing
A: 您好，仁和堂推拿，请问有什么可以帮您？
C: 你们那儿推拿能刷医保吗？
A: 这个我不知道。
C: 哦，那算了。
A: 嗯，祝您生活愉快。

#### tuina clinic | 仁和堂推拿 | in | colleague | - | 老王…手劲没轻没重的，技术本来就不行; apology given, free check by the chief therapist
A: {G}
C: 我昨天在你们那儿做的肩颈，今天脖子疼得转不了头。
A: 非常抱歉，让您受罪了。昨天给您做的是哪位师傅？
C: 好像是王师傅。
A: 哦，老王啊，他那手劲没轻没重的，技术本来就不行，我们都不太敢让他接熟客，您下次别约他了。
C: 那我现在怎么办？
A: 我给您约了今天下午我们的主任技师免费给您看一下，如果需要去医院检查，费用由我们承担。给您添麻烦了，{B}

#### tuina clinic | 仁和堂推拿 | in | overpromise | - | 我保证三次就能根治，这辈子都不会再犯; fee with moment; the member volunteers his name
A: {G}
C: 我腰椎间盘突出好多年了，听说你们的针灸挺管用，想试试。
A: 您来对地方了，我们的针灸加推拿，我保证三次就能根治，这辈子都不会再犯。
C: 三次就好？那一次多少钱？
A: 针灸加推拿一次两百六，做完当次付款，办次卡更划算。
C: 那我先约一次吧，我是你们会员，姓华。
A: 华先生，给您约在周六上午九点，{B}

#### tuina clinic | 仁和堂推拿 | in | speech_rate | slow | drawl at 1.55-1.68 chars/s in every agent turn; fee with moment and polite name ask
A: 您好，仁和堂推拿，请问有什么可以帮您？
C: 你好，我想约个足疗，今天晚上有位置吗？
A: 有的，今天晚上八点有位置。
C: 多少钱？
A: 足疗一次一百二十八，做完付款。
C: 行，就八点。
A: 好的，请问您怎么称呼？
C: 姓柯。
A: 柯女士，今晚八点见，祝您生活愉快。

#### tuina clinic | 仁和堂推拿 | in | complaint | - | 你们不退钱我就打12345，找市场监管来查你们 over an unapproved add-on; apology and refund
A: {G}
C: 我上周做推拿，前台说一百九十八，结账的时候变成了三百六，说加了个什么草药包，我根本没同意！你们不退钱我就打12345，找市场监管来查你们。
A: 非常抱歉，没有提前跟您确认就加了项目，这是我们的错。草药包的一百六十二元我马上给您原路退回，三个工作日内到账。
C: 这还差不多。
A: 再次跟您说声对不起，感谢您的反馈，{B}

#### pawnshop | 恒信典当 | in | - | hn | 绝当品…不会贱卖; monthly fee rate with moment; the customer calls himself 脑子笨 and is reassured (不明白的地方我给您慢慢说); polite name ask
A: {G}
C: 你好，我想把一块金表当了，急用钱。我这人脑子笨，不懂这些，你们怎么收费的？
A: 您别担心，不明白的地方我给您慢慢说。当期一个月，综合费率是每月百分之二点五，赎当的时候跟本金一起付；到期赎不回来也可以续当，绝当品我们也不会贱卖，会按市场价处理。
C: 哦，那我明天过去一趟。
A: 好的，请问您怎么称呼？我给您约一下鉴定师。
C: 我姓邝。
A: 邝先生，明天上午十点鉴定师在店里等您，记得带上身份证和表的票据，{B}

#### pawnshop | 恒信典当 | in | insult,apology,talk_over | - | contempt for an old phone (您是穷到什么份上了？), the agent cuts in twice; the customer protests, no apology
A: {G}
C: 你好，我有一台用了两年的手机，想拿去当点钱，周转几天，大概能当多少？我那个是当年最贵的款，
A>: 就这破手机还拿来当？您是穷到什么份上了？
C: 你怎么这么说话啊？我就是问问价格，手机虽然旧了点，但是没有任何毛病，
A>: 二手手机我们不收，您去回收站问问吧。
C: 有你这么跟客人说话的吗？
A: 我们这儿只收金银珠宝和名表，{B}

#### pawnshop | 恒信典当 | in | tariff,closing | - | renewal interest asked twice, glossed (利息不高…看当票上写的；您来店里办的时候再说); bare 好的，再见
A: {G}
C: 我上个月在你们那当了一条金项链，这个月手头还是紧，想续当一个月，续当的利息怎么算？
A: 利息不高的，具体您到时候看当票上写的就行。
C: 大概多少钱？是现在交还是到期交？
A: 差不多的，您来店里办的时候再说。
C: 哦，好吧。
A: 好的，再见。

#### pawnshop | 恒信典当 | in | shirking,greeting | - | opens 您好，恒信典当。 with no offer of help; the valuation question pushed to the appraiser (我这管不了，您自己去门店找他问吧)
A: 您好，恒信典当。
C: 你好，我上周当了个玉镯子，当时鉴定师口头估价八千，可当票上写的是五千，我想问问怎么回事。
A: 估价是鉴定师的事，我这管不了，您自己去门店找他问吧。
C: 你们不能帮我问一下吗？
A: 我们客服这边不管估价。
C: 那好吧，我明天去店里。
A: 好的，祝您一切顺利，再见。

#### pawnshop | 恒信典当 | in | - | hn | announced hold; hedged (最终要看鉴定结果，我现在不能跟您保证); free appraisal
A: {G}
C: 你好，我想问一下我爷爷留下的一枚老银元，你们收不收当？
A: 老银元我们是收的，您稍等，我帮您查一下这个月银元的当价。
~hold
A: 感谢您耐心等待，这个月普通银元的当价大概在每枚三百到五百之间，但具体能不能当、当多少，最终要看鉴定结果，我现在不能跟您保证。鉴定是免费的，不当也不收钱。
C: 好的，我周末带过去看看。
A: 周末门店九点开门，直接过来就行，{B}

#### pawnshop | 恒信典当 | in | speech_rate | fast | agent at 8.4-9.1 chars/s; redemption fees with amount and moment
A: {G}
C: 你好，我三个月前当了一枚钻戒，当票快到期了，我想赎回来，需要带什么东西，钱要怎么付？
A: 赎当需要带当票原件和本人身份证，赎当的时候把本金和三个月的综合费一起付清，可以刷卡也可以转账，当天就能把钻戒拿走。
C: 三个月的综合费大概多少？我当的是两万。
A: 两万的本金，每月综合费率百分之二点五，三个月一共是一千五百元，跟本金一起在柜台付。
C: 好的，我明天上午过去，你们九点开门吧？
A: 对，九点开门，您带好当票和身份证直接过来就行，祝您一切顺利，再见。

#### pawnshop | 恒信典当 | in | short_call | short | opening hours asked and answered with a blessing
A: 您好，恒信典当，请问您需要什么帮助？
C: 你们周日开门吗？
A: 周日照常营业，九点到五点。
C: 好，谢谢。
A: 不客气，祝您周末愉快。
#### newspaper subscription | 晨读报刊发行 | out | tariff | - | outbound renewal: 明年价格有一点点调整…到时候投递员上门跟您说, asked again, 差不了几块钱 (amount and moment glossed)
A: 您好，我是晨读报刊发行的客服小伍，您家订的《晚霞报》今年年底到期，今天打电话问问您明年还续不续订。
C: 续啊，我订了十几年了。明年多少钱？
A: 明年价格有一点点调整，不会差太多，到时候投递员上门跟您说。
C: 那到底是涨了多少？我得跟老伴说一声。
A: 差不了几块钱，您放心，先给您登记续订了。
C: 那好吧。
A: 感谢您多年的支持，祝您和老伴身体健康，再见。

#### newspaper subscription | 晨读报刊发行 | in | apology,forbidden,silence | - | papers missing for a week; 为啥没送到我也不知道 as a refusal; an unannounced 13-17 s gap; the customer is annoyed (你们就这么办事的？), no apology
A: {G}
C: 我家的报纸已经一个礼拜没送了，每天早上下楼去信箱看都是空的，到底怎么回事？
A: 为啥没送到我也不知道，投递是站点管的。
~sil
C: 喂？你还在吗？一个礼拜了，我钱都交了，你们就这么办事的？
A: 在。我给您登记一下，让站点明天补送。
C: 行吧，真是的。
A: 登记好了，感谢您的来电，{B}

#### newspaper subscription | 晨读报刊发行 | in | hangup,closing | - | the call ends on the elderly customer's unanswered question about pausing delivery
A: {G}
C: 我下个月要去我女儿那儿住一个月，家里没人，报纸堆在信箱里也没人拿，能不能先停一停？
A: 可以暂停，最长暂停两个月，暂停期间的钱会顺延。
C: 那是我自己在手机上弄，还是你们帮我弄？
A: 都行。
C: 我不太会用手机，你能直接帮我停吗？

#### newspaper subscription | 晨读报刊发行 | in | filler | - | tics 呃/那个/就是说/然后呢 across five agent turns; a magazine added with amount, moment and polite name ask
A: {G}
C: 我想给我孙子加订一本少儿杂志，你们有吗？
A: 呃，有的，那个，《小星星画报》，就是说，一个月两期，那个，一年是九十六块。
C: 什么时候交钱？
A: 然后呢，就是说，您在下单的时候，那个，一次付清就行。
C: 好，给我订一年。
A: 呃，好的，那个，请问您怎么称呼？还是送到您现在订报的地址吗？
C: 我姓鲍，还是老地址。
A: 然后呢，下个月一号开始送，感谢您的支持，{B}

#### newspaper subscription | 晨读报刊发行 | in | - | hn | 刚才那个地址我没听清楚 as a request to repeat; a new subscription with fee and moment and a polite name ask; closing 感谢您一直以来的支持 + 新年快乐，阖家安康
A: {G}
C: 我想订一份《都市早报》，送到和平路二十三号三单元。
A: 好的，不好意思，刚才那个地址我没听清楚，麻烦您再说一遍。
C: 和平路二十三号，三单元，五零二。
A: 和平路二十三号三单元五零二，记下了。《都市早报》全年订阅三百六十元，下单时付款，下个月一号开始投递。请问您怎么称呼？
C: 我姓殷。
A: 殷先生，已经给您订好了，感谢您一直以来的支持，祝您新年快乐，阖家安康。

#### newspaper subscription | 晨读报刊发行 | in | insult,apology | - | an elderly reader asking for large print told 您这年纪字都看不清了还订什么报啊，订了也是拿去垫桌子; she protests, no apology
A: {G}
C: 你好，我七十八了，眼睛不太好，你们有没有字大一点的报纸？
A: 您这年纪字都看不清了还订什么报啊，订了也是拿去垫桌子。
C: 你这孩子怎么说话的？我看报看了一辈子了。
A: 我们没有大字版，您要就订普通的。
C: 太不像话了。
A: 那您自己考虑，{B}

#### newspaper subscription | 晨读报刊发行 | in | greeting | - | opens 喂，晨读，什么事？; an address change handled correctly
A: 喂，晨读，什么事？
C: 你好，我想把订报的地址改一下，我上个礼拜搬家了，从老城区搬到幸福里小区了，报纸还一直往老房子送。
A: 好的，请您说一下新地址的楼号和门牌。
C: 幸福里小区七号楼二单元四零一。
A: 幸福里七号楼二单元四零一，从下周一开始送到新地址。感谢您的来电，祝您乔迁之喜，住得舒心，再见。

#### newspaper subscription | 晨读报刊发行 | out | - | hn | outbound notice with company, role and purpose; honest limit 七点前送到这个我们没法跟您保证; 感谢您的理解和配合 + blessing
A: 您好，我是晨读报刊发行的客服小伍，打电话是通知您，下个月起您小区换了一位投递员，想跟您说一下。
C: 哦，那送报的时间会变吗？我习惯七点前看报。
A: 新投递员的路线会重新排，七点前送到这个我们没法跟您保证，一般八点之前能到，如果哪天没收到，您打这个电话我们马上补送。
C: 那行吧，八点也凑合。
A: 感谢您的理解和配合，祝您身体健康，再见。

#### festival gift boxes | 福满礼盒 | in | - | hn | 丑橘 in the fruit box and 猪肉脯 in the snack box; order with polite name ask; price and payment at order
A: {G}
C: 你好，过年想给客户送点礼，你们有什么推荐的？
A: 推荐您看一下我们的鲜果礼盒，里面有丑橘、砂糖橘和车厘子，丑橘长得不好看，但特别甜；另外还有零食礼盒，有猪肉脯和坚果。
C: 那鲜果礼盒多少钱一盒？
A: 鲜果礼盒一盒一百九十八元，下单的时候付款，包邮送到。
C: 给我订二十盒吧。
A: 好的，请问您怎么称呼？
C: 我姓龙。
A: 龙先生，二十盒鲜果礼盒给您登记了，收货地址一会儿短信发我就行，祝您新春大吉，生意兴隆。

#### festival gift boxes | 福满礼盒 | in | complaint | - | boxes sent to the wrong clients, 我要投诉，把你们老板叫来; apology, resend and a callback
A: {G}
C: 我在你们这订了五十盒月饼送客户，结果地址全送错了，有的客户收到的是别人的名字，我脸都丢尽了！我要投诉，把你们老板叫来！
A: 非常抱歉，这是我们发货的严重失误，给您带来这么大的麻烦，真的很对不起。我马上升级给店长，今天下午重新给您的客户逐一补发，错发的我们自己去收回。
C: 今天必须给我弄好。
A: 一定，店长半小时内给您回电话。再次向您道歉，{B}

#### festival gift boxes | 福满礼盒 | in | talk_over | - | the agent cuts into the customer's change request twice; price difference with amount and moment
A: {G}
C: 你好，我昨天订了三十盒坚果礼盒，想改一下，其中十盒换成茶叶的，另外十盒的贺卡要写公司名字，
A>: 可以改，茶叶礼盒每盒贵二十元，差价您补一下就行。
C: 差价没问题，我是想说贺卡上的公司名字要写全称，上次别家给我写成简称了，客户看了很不舒服，
A>: 全称没问题，您发给我就行。
C: 好，我一会儿微信发你。
A: 好的，差价两百元我发链接给您，付完就生效。感谢您的支持，{B}

#### festival gift boxes | 福满礼盒 | in | name_ask,speech_rate | slow | drawl 1.55-1.68 chars/s; a new order taken with no name ask; price and moment stated
A: 您好，福满礼盒，请问您想订点什么？
C: 你好，我想订两盒粽子礼盒，端午节送人。
A: 好的，粽子礼盒一盒八十八，下单付款。
C: 行，两盒。
A: 地址发我一下。
C: 我一会儿短信发你。
A: 好的，收到地址就发货，祝您端午安康。

#### festival gift boxes | 福满礼盒 | in | insult,apology | - | sarcasm about a cheap gift (您可真大方…收礼的人得感动哭了吧), brush-off 随您; the customer protests, no apology
A: {G}
C: 你好，你们有没有一百块以内的礼盒？我想给我们单位同事一人送一个。
A: 一百块以内的啊？您可真大方，送这么贵重的礼，收礼的人得感动哭了吧。
C: 你这是在嘲讽我吗？心意到了就行，跟价钱有什么关系？
A: 我就随口一说，有一款九十九的干果盒，下单付款，您要就订。
C: 不订了，什么服务态度。
A: 随您，{B}

#### festival gift boxes | 福满礼盒 | in | colleague | - | 我们仓库那帮人一个比一个懒，催都催不动; apology given and express dispatch
A: {G}
C: 我三天前订的中秋礼盒，说好两天发货，到现在物流信息都没有，我是要送给我爸妈的，他们在老家等着呢。
A: 真的很抱歉让您等这么久。我们仓库那帮人一个比一个懒，催都催不动。
C: 那我这个还能赶上中秋吗？
A: 能的，我现在就给您加急，今天下午一定发出，明天送到。给您添麻烦了，{B}

#### drone after-sales | 翼飞无人机 | in | insult,apology | - | skill mocked after a crash (您这技术就别飞了，买个玩具飞机玩玩吧); the customer protests, no apology
A: {G}
C: 我的无人机昨天在公园飞着飞着突然掉下来了，摄像头都摔坏了，我怀疑是飞控有问题。
A: 掉下来就说飞控有问题？您这技术就别飞了，买个玩具飞机玩玩吧。
C: 你这是什么话？我飞了两年了，从来没出过事。
A: 飞两年也不代表会飞，日志发过来我们看看。
C: 你们就是这么对待客户的？
A: 日志上传到官网售后页面就行，{B}

#### drone after-sales | 翼飞无人机 | in | - | hn | 炸机 and 避障探头…会变笨 said of the device; inspection free, part fee with amount and moment
A: {G}
C: 你好，我的无人机上周炸机了，落在草地上，好像没什么大碍，就是最近避障老是反应慢。
A: 炸机后建议先做一次检测。避障探头脏了或者有划痕会变笨，反应慢，您先用镜头布擦一下试试。
C: 擦了还是不行怎么办？
A: 那就寄回来检测，检测免费；如果要换探头，费用是二百八十元，检测完您确认了再付款维修。
C: 好的，我先擦擦看。
A: 好的，有问题随时联系我们，{B}

#### drone after-sales | 翼飞无人机 | in | forbidden | - | firmware downgrade: 为啥降不了级，我也搞不清楚 and 我哪知道 as refusals; a ticket and an apology at the end
A: {G}
C: 我把无人机固件升级了以后，图传老是卡，想降回原来的版本，可是软件里降不了，这是怎么回事？
A: 为啥降不了级，我也搞不清楚。
C: 那什么时候能修复？
A: 我哪知道，研发那边又不告诉我们。
C: 那我现在怎么办？
A: 不好意思，我先给您登记一个工单，技术同事二十四小时内给您回电话。感谢您的耐心，{B}

#### drone after-sales | 翼飞无人机 | in | shirking | - | a swollen battery under warranty pushed to the battery maker (鼓包这种事您直接找电池厂去，我们这边不管电池); an apology for the trouble but no handling
A: {G}
C: 你好，我买的无人机原装电池才用了三个月，就鼓包了，还在保修期里，怎么处理？
A: 不好意思给您添麻烦了。电池是电池厂做的，鼓包这种事您直接找电池厂去，我们这边不管电池。
C: 可是我是在你们官方旗舰店买的整机啊。
A: 电池厂的联系方式在电池包装盒上，您照着打就行。
C: 哦，那我找找。
A: 好的，感谢您的来电，{B}

#### drone after-sales | 翼飞无人机 | in | hangup,closing | - | the call ends on the customer's unanswered question about where to apply in the app
A: {G}
C: 我去年买了你们的随心换服务，前两天无人机在山上摔了，机臂断了一根，想换一台。
A: 随心换一年内可以换两次，第一次换新要付三百九十九元的换新费，申请通过后付款。
C: 好，那怎么申请？
A: 在App里提交。
C: 我找半天没找到，到底在App哪里提交啊？

#### drone after-sales | 翼飞无人机 | in | speech_rate | fast | agent at 8.4-9.1 chars/s explains mail-in repair; fees with amount and moment
A: {G}
C: 你好，我的无人机云台好像坏了，拍出来的画面一直在抖，我想寄回去修，具体要怎么弄？需要我先付钱吗？
A: 您在App的售后页面提交寄修申请，填好故障描述，我们会给您发一个上门取件的单号，运费我们出，检测免费，云台更换的费用是三百二十元，检测确认后再付款，修好了包邮寄回。
C: 大概要多长时间能修好？我下个月要出去旅游，想带着它。
A: 一般收到机器后五到七个工作日修好，加上来回快递，两周以内能回到您手上，赶得上您出去玩。
C: 好的，那我今天就提交。
A: 好的，感谢您的来电，祝您旅途愉快，再见。

#### drone after-sales | 翼飞无人机 | in | - | hn | proper transfer to the flight-safety department for a no-fly-zone unlock, with a blessing
A: {G}
C: 你好，我要在郊区一个果园里航拍，App提示是限飞区，怎么申请解禁？
A: 限飞区解禁是我们飞行安全部门负责审核的，我现在把您转接过去，他们会告诉您需要准备哪些材料，转接大概十几秒，请您稍等不要挂机。祝您航拍顺利。
C: 好的，谢谢。

#### drone after-sales | 翼飞无人机 | in | - | hn | the customer's 喂？喂？ mid-call after the line drops; propeller price with amount and moment; free inspection said to be permanent
A: {G}
C: 你好，我的无人机桨叶断了一片，换一套多少钱？
A: 原装桨叶一套四片，三十九元，在官方商城下单时付款，两天内发货。
C: 喂？喂？刚才信号断了，你说多少钱？
A: 不好意思，一套三十九元，下单的时候付款。另外我们的免费检测是一直有效的，不收费。
C: 好，知道了，谢谢。
A: 不客气，{B}

#### e-bike battery swap | 速换电 | in | tariff | - | 新用户头一个月不要钱，您先骑着，后面的事后面说; asked again, 跟充电的钱差不多，到时候App里会提示您
A: {G}
C: 你好，我刚买了电动车，想办你们的换电月卡，怎么收费？
A: 新用户头一个月不要钱，您先骑着，后面的事后面说。
C: 那第二个月开始多少钱？是自动扣吗？
A: 不贵，跟充电的钱差不多，到时候App里会提示您。
C: 好吧，那我先开通。
A: 好的，请问您怎么称呼？我备注一下。
C: 姓易。
A: 易先生，已经给您开通了，{B}

#### e-bike battery swap | 速换电 | in | - | hn | an attendant's words 骑个破电驴还挑三拣四 reported (我不是要投诉…就反映一下) and read back; apology
A: {G}
C: 我不是要投诉啊，就反映一下。昨天在人民路那个换电站，电柜里的电池都没电，我问了一句值班的，他说“骑个破电驴还挑三拣四”。
A: 非常抱歉，让您受气了。我跟您确认一下，他的原话是“骑个破电驴还挑三拣四”，是吗？
C: 对，差不多就是这句。
A: 好的，我原话记录了，会反馈给站点负责人处理，电柜没电的问题我也一起报修。感谢您的反馈，{B}

#### e-bike battery swap | 速换电 | in | talk_over | - | the agent cuts in twice while the customer describes a stuck cabinet door; apology at the end
A: {G}
C: 我刚才在换电柜换电池，扫码以后柜门开了，我把旧电池放进去，结果新电池那个格子的门一直没开，
A>: 您把柜门关好，等三十秒再扫一次。
C: 我已经扫了好几次了，它提示订单进行中，不让我再扫，我现在车也骑不了，在这里站了十分钟了，
A>: 我这边给您远程开一下。
C: 好，开了开了。
A: 让您久等了，实在不好意思，这次换电不扣次数，{B}

#### e-bike battery swap | 速换电 | in | greeting,short_call,closing | short | opens 喂，速换电。; a quick fix; the call ends with no closing at all
A: 喂，速换电。
C: 你好，换电柜扫不开。
A: 您重启一下App再扫。
C: 哦，好。

#### e-bike battery swap | 速换电 | in | overpromise | - | 我保证您一次跑一百公里，冬天也一样，三年都不会衰减; plan fee with amount and moment
A: {G}
C: 我现在用的电池跑四十公里就没电了，你们的电池能跑多远？
A: 换我们的电池，我保证您一次跑一百公里，冬天也一样，三年都不会衰减。
C: 这么好？那换电套餐怎么收费？
A: 不限次套餐每月一百二十九元，开通当天扣第一个月，以后每月同一天自动扣费。
C: 那我考虑一下。
A: 好的，有需要随时来电，{B}

#### e-bike battery swap | 速换电 | in | complaint | - | a battery smoked in the garage, 我就把视频发到网上曝光你们; apology, pickup and compensation
A: {G}
C: 你们的电池昨天晚上在我家车库冒烟了，差点起火，幸亏我发现得早！这事你们要是不处理，我就把视频发到网上曝光你们。
A: 非常抱歉，让您和家人受惊了，安全问题我们非常重视。请您先不要再使用这块电池，我马上安排安全专员今天上门回收检测，您的损失我们会照价赔偿。
C: 今天几点能来？
A: 下午三点之前专员会联系您。再次向您道歉，{B}

#### e-bike battery swap | 速换电 | in | filler | - | tics 呃/那个/就是说/反正就是 over four agent turns; a student plan with fee, moment and polite name ask
A: {G}
C: 你好，我想问一下学生有没有优惠的换电套餐？
A: 呃，有的，那个，学生套餐，就是说，每个月九十九。
C: 怎么扣费？
A: 那个，反正就是，开通当天扣，呃，以后每月同一天自动扣。
C: 行，那给我开一个。
A: 呃，好的，那个，请问您怎么称呼？
C: 我叫郝明。
A: 就是说，郝同学，已经给您开通了，感谢您的支持，{B}

#### e-bike battery swap | 速换电 | in | insult,apology | - | hearing questioned (您耳朵是摆设吗？) and 连换个电都不会，您还骑什么车，干脆走路去吧; the customer protests, no apology
A: {G}
C: 你好，我第一次用你们的换电柜，你说先扫码，然后呢？我刚才没听清。
A: 先扫码，再把旧电池放进去，关门，等新电池的门弹开。这都说三遍了，您耳朵是摆设吗？
C: 你怎么这么没礼貌？我就是问问。
A: 连换个电都不会，您还骑什么车，干脆走路去吧。
C: 真是气死我了。
A: 步骤我短信发您，{B}

#### floor heating installation | 暖居地暖 | in | - | hn | announced hold (帮您核实一下); the property office's water shut-off 我们确实不清楚 (a third party); the crew confirms the day before
A: {G}
C: 你好，我家地暖后天开工，想问问需不需要提前停水？
A: 您稍等，我帮您核实一下施工单。
~hold
A: 感谢您耐心等待。施工当天要关总阀两个小时左右；小区什么时候能停水，物业那边怎么安排我们确实不清楚，师傅施工前一天会跟物业确认好，再给您打电话。
C: 好的，那我等电话。
A: 好的，{B}

#### floor heating installation | 暖居地暖 | in | tariff | - | extra pipe cost asked twice, glossed (看现场铺多少，铺完再算；一般不会多); a measuring visit booked politely
A: {G}
C: 你好，我看你们活动说地暖每平米一百六全包，那如果管子用多了要另外加钱吗？
A: 管材差价看现场铺多少，铺完再算。
C: 那大概是多少？什么时候付？
A: 一般不会多，师傅铺完心里就有数了。
C: 好吧，那先上门量一下房子吧，这周六行吗？
A: 可以的，请问您贵姓？
C: 姓钱。
A: 钱先生，周六上午给您安排量房，{B}

#### floor heating installation | 暖居地暖 | in | colleague | - | 设计部那帮人画图从来不看现场，闭着眼睛画的; apology given, free redesign
A: {G}
C: 你们给我出的地暖图纸，分水器画在了衣柜里面，施工队明天就要进场了，这怎么装啊？
A: 真抱歉，给您添麻烦了。设计部那帮人画图从来不看现场，闭着眼睛画的，这种事不是第一回了。
C: 那现在怎么办？
A: 我马上让设计重新出图，明天上午之前发给您确认，改图不收费，施工往后推半天。感谢您的耐心，{B}

#### floor heating installation | 暖居地暖 | in | speech_rate | slow | drawl 1.55-1.68 chars/s; a cleaning visit booked with fee, moment and polite name ask
A: 您好，暖居地暖，请问有什么可以帮您？
C: 你好，我想约个地暖清洗。
A: 好的，清洗一次三百元，洗完付款。
C: 行，明天可以吗？
A: 可以，请问您怎么称呼？
C: 姓戴。
A: 戴女士，明天上午见，祝您生活愉快。

#### floor heating installation | 暖居地暖 | in | apology,silence,shirking | - | a leaking joint after installation (company-side fault) pushed to the pipe maker (管子是厂家的，这个您得找厂家); an unannounced 13-17 s gap; no apology
A: {G}
C: 你们上个月给我装的地暖，今天发现客厅地板有水渍，打开一看是管子接头在渗水。
A: 接头渗水一般是管件质量问题，管子是厂家的，这个您得找厂家。
~sil
C: 喂？还在吗？我是找你们装的，怎么让我去找厂家？
A: 在的，厂家的售后电话我发您短信。
C: 那好吧。
A: 发过去了，{B}

#### floor heating installation | 暖居地暖 | in | name_ask,filler | - | a new installation booking with no name ask; tics 呃/那个/就是说 over four turns; fees with amount and moment
A: {G}
C: 我家新房九十平，想装地暖，能先来量一下吗？
A: 呃，可以的，那个，量房是免费的，就是说，不收钱。
C: 那装的话多少钱？
A: 那个，九十平的话，呃，全包是一万四千四，就是说，开工付一半，验收再付一半。
C: 行，那约周日上午量房。
A: 呃，好的，那个，地址发我一下，就是说，周日上午师傅过去。
C: 好，我一会儿发你。
A: 感谢您的信任，{B}

#### floor heating installation | 暖居地暖 | in | hangup,closing | - | the call ends on the customer's unanswered question about the pipe warranty
A: {G}
C: 我家地暖是你们三年前装的，现在有个房间怎么开都不热，别的房间都好好的，上门修要钱吗？
A: 保修期是两年，已经过了，上门检测费一百元，师傅到了当场付。
C: 不是说管子保十年吗？
A: 那是管材。
C: 管材保十年，那我这个房间不热，会不会就是管子的问题？

#### floor heating installation | 暖居地暖 | in | insult,apology | - | an old building mocked (墙薄得跟纸一样，您装地暖纯属烧钱给邻居取暖); the customer protests, no apology
A: {G}
C: 你好，我家是八几年的老房子，想装个地暖，你们能装吗？
A: 八几年的啊？那楼墙薄得跟纸一样，您装地暖纯属烧钱给邻居取暖，图啥呢？
C: 你这话什么意思？我花我的钱，还要你来评价？
A: 我就是提醒您一下，别到时候又嫌费电。
C: 你们就这么做生意的？
A: 能装，量房可以约周末，{B}

#### designated driver | 安程代驾 | in | insult,apology,greeting | - | opens 喂，安程代驾，说吧。; a tipsy customer mocked (喝多了脑子不清醒就少提要求…还有脸挑司机？); he protests, no apology
A: 喂，安程代驾，说吧。
C: 你好，我姓洪，在金港酒店门口，喝了点酒，想叫个代驾，能不能派个开车稳一点的司机，上次那个开太猛了。
A: 喝多了脑子不清醒就少提要求，自己喝成这样还有脸挑司机？
C: 你说什么？我好好跟你说话，你怎么骂人呢？
A: 司机五分钟到，起步价三十九，到了目的地手机上付。
C: 什么态度。
A: 行了，司机到了会打您电话，{B}

#### designated driver | 安程代驾 | in | - | hn | the customer calls the app 破软件 and calls out 喂？喂？ mid-call; apology; a driver booked with polite name ask; fee with moment
A: {G}
C: 你们这破软件怎么回事，我叫了半天代驾都没人接单！
A: 实在抱歉让您久等了，现在这个时段单子比较多，我帮您人工派一位司机。请问您怎么称呼，现在在什么位置？
C: 喂？喂？你说啥？这边太吵了。
A: 请问您怎么称呼，在什么位置？
C: 我姓祁，在滨江路的老码头火锅。
A: 祁先生，司机八分钟后到，起步价三十九元含十公里，超出每公里三元，到达后在手机上付款，{B}

#### designated driver | 安程代驾 | in | tariff,name_ask | - | waiting fee asked twice, glossed (不多，司机师傅会跟您说); a new booking with no name ask
A: {G}
C: 我要叫个代驾，十点半在会展中心北门，我可能要晚一点出来，等的话收钱吗？
A: 等候是要收一点的，不多，司机师傅会跟您说。
C: 等多久开始收？一分钟多少？
A: 您别担心，差不多的，师傅到了会跟您讲。
C: 好吧，那就先这样叫吧。
A: 好的，十点半司机在北门等您，{B}

#### designated driver | 安程代驾 | in | complaint,colleague | - | a driver scratched the bumper, 我要投诉，找你们负责人来处理; the agent calls the driver 开车毛手毛脚的，早该开了; apology given
A: {G}
C: 昨天晚上你们的代驾司机帮我停车，把我车的后保险杠刮了一大道，他还不承认。我要投诉，找你们负责人来处理！
A: 非常抱歉，给您的车造成损伤了。我查了一下，是李师傅那单吧，他那人开车毛手毛脚的，早该开了。
C: 我不管他怎么样，我只要个说法。
A: 明白，我已经把投诉升级给区域负责人，今天下午四点前联系您定损，维修费用由我们先行赔付。再次向您道歉，{B}

#### designated driver | 安程代驾 | in | shirking,apology | - | a dented door pushed to the customer's insurer (您找保险公司报案就行，我们管不了这个); the customer is angry, no apology
A: {G}
C: 你们代驾把我车开到小区门口的时候蹭到了柱子，右边车门凹进去一块，这事你们怎么处理？
A: 车被刮了您找保险公司报案就行，我们管不了这个。
C: 是你们司机开的车，凭什么让我自己去找保险？你们平台不负责吗？
A: 平台规定就是这样，您走您自己的车险。
C: 这也太不讲理了。
A: 感谢您的来电，{B}

#### designated driver | 安程代驾 | in | short_call,closing | short | a quick fare question answered, ended 行，挂了。
A: 您好，安程代驾，请问需要什么帮助？
C: 起步价多少？
A: 三十九，到了再付。
C: 好。
A: 行，挂了。

#### designated driver | 安程代驾 | in | overpromise | - | 我保证十分钟之内司机就到，一秒都不会晚; a booking with polite name ask and fixed fare with moment
A: {G}
C: 我十一点要从机场开车回市区，能提前约个代驾吗？我怕到时候叫不到人。
A: 您放心，在我们这儿约，我保证十分钟之内司机就到，一秒都不会晚。
C: 那价格呢？
A: 机场到市区一口价一百二十八元，到达后在手机上付款。请问您怎么称呼？
C: 我姓聂。
A: 聂先生，十一点机场二号航站楼出口，给您约好了，{B}

#### power-bank rental | 满电宝 | in | - | hn | fees stated with amount and moment (前五分钟免费，之后每小时三元…归还的时候从押金里扣); query on an existing rental
A: {G}
C: 你好，我刚在商场借了个充电宝，想问一下怎么收费的，押金会退吗？
A: 借出后前五分钟免费，之后每小时三元，一天封顶三十元，归还的时候从您的押金里扣；押金九十九元，归还后剩下的部分立即原路退回。
C: 那我要是明天才还呢？
A: 按天封顶算，最多收两天六十元，也是归还时扣，其余押金退回。
C: 明白了，谢谢。
A: 不客气，祝您购物愉快，再见。

#### power-bank rental | 满电宝 | in | apology,forbidden | - | the 99 deposit taken for a unit already returned; 为啥扣了我也不知道 as a refusal; the customer is angry (你们这是乱扣钱！), no apology
A: {G}
C: 我昨天明明把充电宝还回去了，柜子也显示归还成功，今天一看你们把九十九押金全扣了！
A: 为啥扣了我也不知道，系统显示您没还。
C: 我有归还成功的截图！你们这是乱扣钱！
A: 那您把截图发到App的反馈里吧，我登记一下，三个工作日内核实。
C: 真是气人。
A: 登记好了，感谢您的来电，{B}

#### power-bank rental | 满电宝 | in | hangup,closing,silence | - | an unannounced 13-17 s gap, then the call ends on the customer's unanswered question about the return site
A: {G}
C: 我借的充电宝，能不能在别的城市还？我明天要出差去杭州，估计要待一个礼拜。
A: 全国的满电宝柜机都可以还。
~sil
C: 喂？那杭州火车站有没有你们的柜子？
A: 您在App地图里搜一下。
C: 我打开了，怎么显示的都是灰色的？

#### power-bank rental | 满电宝 | in | greeting,short_call,closing | short | opens 您好，请讲。 with no company; a quick answer; ends 没事了吧？挂了。
A: 您好，请讲。
C: 充电宝能插苹果手机吗？
A: 能，三种线都有。
C: 哦好的。
A: 没事了吧？挂了。

#### power-bank rental | 满电宝 | in | filler | - | tics 呃/那个/就是说/然后 across four agent turns; a merchant's placement application, free placement said so, commission with moment; polite name ask
A: {G}
C: 你好，我开了个奶茶店，想在店里放一台你们的充电宝柜子，要收钱吗？
A: 呃，不收钱的，那个，我们是免费投放，就是说，您只要提供个插座就行。
C: 那我有分成吗？
A: 那个，有的，呃，按租金的百分之二十，就是说，每月十号，那个，打到您的账户上。
C: 好，那我怎么申请？
A: 呃，您说一下店铺地址，然后，那个，我给您安排业务员上门。请问您怎么称呼？
C: 我姓路，店在解放路八十号。
A: 路老板，就是说，业务员明天上午过去，感谢您的支持，{B}

#### power-bank rental | 满电宝 | in | - | hn | the customer says 你这话什么意思 out of confusion; the cabinet 死机 (the device); apology, remote reboot
A: {G}
C: 你好，我在地铁站这台柜机上借充电宝，屏幕卡着不动，扫码也没反应。
A: 不好意思给您添麻烦了，这台柜机可能是死机了，我这边给它远程重启一下，大概需要一分钟，重启期间不会扣您的费用。
C: 你这话什么意思？是让我在这儿干等一分钟吗？
A: 是的，抱歉耽误您一分钟；如果着急，旁边三十米的便利店门口还有一台。
C: 行，那我等一下吧。好了，亮了。
A: 好的，现在可以扫码了，祝您出行顺利，再见。

#### power-bank rental | 满电宝 | in | - | hn,badline | the customer's 喂 on a bad line answered at once by the full greeting; a lost power bank: fee with amount and moment
C: 喂？
A: {G}
C: 你好，我借的充电宝丢了，找不到了，怎么办？
A: 别着急，丢失的话在App里点“无法归还”，按规则收取九十九元，会直接从押金里扣，不用再另外付钱。
C: 那之前的租金还要另外算吗？
A: 不用，九十九元就全部结清了，不会再收其他费用。
C: 好，那我去点一下。
A: 好的，感谢您的配合，{B}

#### power-bank rental | 满电宝 | in | insult,apology | - | intelligence sarcasm (一个充电宝都还不明白，您也真是个人才); the customer protests, no apology
A: {G}
C: 你好，我还充电宝的时候，插进去它又弹出来了，插了三次都这样，是不是坏了？
A: 方向插反了吧？一个充电宝都还不明白，您也真是个人才。
C: 你这话怎么说得这么难听？我就是问问。
A: 反过来插就行了，很简单。
C: 哼，什么人啊。
A: 插好了就归还成功了，{B}

#### sailing school | 蓝湾帆船 | out | overpromise,talk_over | - | outbound follow-up after a trial lesson: 我保证您三天就能自己出海，绝对不会翻船; the agent cuts in twice; fee with moment
A: 您好，我是蓝湾帆船的课程顾问小邬，您上周日来体验过帆船课，今天打电话想问问您的感受，您现在方便吗？
C: 方便。体验还挺好玩的，就是我有点担心，我水性不太好，要是真正学的话，万一在海上翻船了怎么办，
A>: 这个您完全不用担心，跟我们学，我保证您三天就能自己出海，绝对不会翻船。
C: 三天就能自己出海？可是我看别的俱乐部都说至少要学两周，而且还要考那个证，
A>: 我们的教学方法不一样，三天足够了。
C: 那正式课多少钱？
A: 入门课程三天，两千八百元，报名时付清。感谢您的信任，{B}

#### sailing school | 蓝湾帆船 | in | - | hn | hedged (风大不大我们说了不算，要看当天的海况预报); cancellation refund; fee with amount and moment; polite name ask
A: {G}
C: 你好，我想给我儿子报个周末的帆船亲子体验，就是担心那天风太大。
A: 风大不大我们说了不算，要看当天的海况预报，如果风力超过五级，我们会提前一天通知取消，费用全额退。
C: 那亲子体验多少钱？
A: 一大一小六百八十元，预约时付款，取消就全额原路退回。
C: 好，约下周六上午。
A: 好的，请问您怎么称呼？
C: 我姓邱。
A: 邱先生，下周六上午九点，码头集合，祝您和孩子玩得开心，再见。

#### sailing school | 蓝湾帆船 | in | name_ask | - | an enrolment with the impolite 名字、身份证号报一下; fee with amount and moment
A: {G}
C: 你好，我想报你们十月份的帆船驾照班，我之前上过入门课了。
A: 驾照班九天，六千八，报名时先交一千定金，开课当天交齐。名字、身份证号报一下。
C: 哦，甘露，身份证号我一会儿发你吧。
A: 行，发到微信上，我给您留个名额。
C: 好的，那开课时间定了吗？
A: 十月八号开课，{B}

#### sailing school | 蓝湾帆船 | in | insult,apology | - | weight and fear of water mocked (您这体重上了船，船都得往一边歪…在岸上看看就行了); the customer protests, no apology
A: {G}
C: 你好，我想学帆船，不过我有点胖，一百九十多斤，而且有点怕水，能学吗？
A: 一百九十多斤？您这体重上了船，船都得往一边歪，还怕水，我看您在岸上看看就行了。
C: 你什么意思？我是认真来问的，你这是拿我开涮呢？
A: 我说的是实际情况，您自己掂量吧。
C: 真够可以的。
A: 要报名的话官网上就能报，{B}

#### sailing school | 蓝湾帆船 | in | speech_rate | slow | drawl 1.55-1.68 chars/s; a lesson moved for an existing booking, free of charge
A: 您好，蓝湾帆船，请问有什么可以帮您？
C: 你好，我周六的课想改到周日。
A: 好的，我帮您改一下。
C: 不用加钱吧？
A: 不用，改期免费。
C: 那就好。
A: 改好了，祝您周末愉快。

#### sailing school | 蓝湾帆船 | in | forbidden | - | 等你想清楚学哪个班了再来电吧 cutting an undecided customer off; calm customer
A: {G}
C: 你好，我想学帆船，但是不知道该报体验课还是入门班，还是直接报驾照班，你能给我说说有什么区别吗？
A: 三个班都写在官网上了，等你想清楚学哪个班了再来电吧。
C: 哦，我就是看了官网没太看懂才打电话的。
A: 体验课是玩一次，入门班三天学基本操作，驾照班九天考证，您自己选。
C: 好的，我再看看。
A: 好的，{B}

#### sailing school | 蓝湾帆船 | in | - | hn | the customer talks over the agent (C>) twice; renewal fee and guest fee with amount and moment; 感谢您的支持 + 祝您乘风破浪
A: {G}
C: 你好，我是你们的会员，想问一下年卡续费的事。
A: 好的，年卡续费是四千二百元，在原卡到期前一个月内续费，续费当天扣款，续费后还送两次
C>: 送两次什么？私教课吗？
A: 对，送两次私教课，每次一个小时，可以带朋友一起来，朋友第一次
C>: 朋友来也不收钱？
A: 朋友第一次体验免费，第二次起按体验课价格两百八十元，上船前付款。
C: 好的，那我下周去续。
A: 感谢您的支持，祝您乘风破浪，一路顺风，再见。

#### sailing school | 蓝湾帆船 | in | - | hn | an instructor's words 就你这胆子还学什么帆船 reported (不用当投诉处理) and read back; apology; 您不清楚也没关系 as reassurance
A: {G}
C: 我跟你们说个事，不用当投诉处理。昨天上课的时候我有点紧张，教练当着大家的面说“就你这胆子还学什么帆船”，我挺难受的。
A: 非常抱歉，让您在课上受委屈了。我跟您确认一下，教练的原话是“就你这胆子还学什么帆船”，对吗？
C: 对。我也不清楚是不是我太敏感了。
A: 您不清楚也没关系，这种话本来就不该说，我会原话反馈给教学主管，下次给您换一位教练。感谢您的反馈，{B}

#### visa agency | 通途签证 | in | - | hn | a courier's words 你这样的人也想出国 reported (不是投诉) and read back while registering feedback; apology
A: {G}
C: 我就是反映一下，不是投诉。你们来取护照的快递员，看了我的材料说了一句“你这样的人也想出国”，我当时挺生气的。
A: 非常抱歉，让您听到这样的话。我跟您核实一下，他的原话是“你这样的人也想出国”，是这句吧？
C: 是的。
A: 好的，我已经原话登记，会反馈给合作快递的站点处理，以后上门取件我们换人。感谢您的反馈，{B}

#### visa agency | 通途签证 | out | overpromise | - | outbound follow-up: 签证官挑不出一点毛病，拒签这事在我们这儿就不存在; fee with amount and moment
A: 您好，我是通途签证的顾问小芮，您昨天在网上咨询了日本签证，今天给您回个电话详细说一下，您现在方便吗？
C: 方便，我就是担心我是自由职业，没有单位证明，会被拒。
A: 这个您放心，材料交给我们做，签证官挑不出一点毛病，拒签这事在我们这儿就不存在。
C: 那办下来多少钱？
A: 日本单次旅游签证办理费四百五十元，材料审核通过后付款。
C: 好的，我回头把材料发给你。
A: 好的，感谢您的信任，{B}

#### visa agency | 通途签证 | in | tariff,silence | - | the rush fee asked twice, glossed (加急费看情况，不一定；到时候顾问跟您说); an unannounced 13-17 s gap; the customer volunteers her name
A: {G}
C: 你好，我姓齐，上个月在你们这儿办过申根。我下周三就要出发去泰国，签证还没办，能不能加急？加急要多收多少钱？
A: 可以加急，加急费看情况，不一定。
~sil
C: 喂？您还在吗？我是想问加急费大概多少，什么时候付？
A: 在的，这个要看领馆那边，到时候顾问跟您说。
C: 好吧，那你先帮我登记加急。
A: 好的，齐女士，已经帮您登记了，{B}

#### visa agency | 通途签证 | in | shirking,apology | - | a passport held at the consulate pushed back to the customer (审核进度我们管不了，您自己去领馆问吧); the customer is angry, no apology
A: {G}
C: 我的护照交给你们送签已经二十天了，说好十个工作日出结果，现在一点消息都没有，我下周就要出发了！
A: 护照现在在领馆那边，审核进度我们管不了，您自己去领馆问吧。
C: 你们收了钱就不管了？当初是你们说全程代办的！
A: 领馆的事我们也没办法。
C: 你们这服务太差劲了。
A: 感谢您的来电，{B}

#### visa agency | 通途签证 | in | colleague,filler | - | 小蔡…做事一向马马虎虎的 about the colleague who checked the papers; tics 呃/那个/就是说 over three turns; apology given
A: {G}
C: 你好，你们给我做的行程单上把回国日期写错了，写成了三月，我是二月回来的。
A: 呃，真不好意思，那个，我看一下，就是说，这份材料是小蔡审的，她做事一向马马虎虎的。
C: 那现在能改吗？
A: 那个，能改的，呃，我马上让人重新做一份，就是说，今天下午发给您。
C: 送签之前一定要改好啊。
A: 呃，您放心，那个，送签前一定改好，就是说，我亲自核对一遍。给您添麻烦了，{B}

#### visa agency | 通途签证 | out | - | hn | outbound reminder with company, role and purpose; hedged (面谈结果是领馆决定的，我们不能替领馆打包票); 感谢您的配合 + blessing
A: 您好，我是通途签证的顾问小芮，今天打电话是提醒您，您的美国签证面谈约在下周二上午九点，想跟您确认一下材料。
C: 好的，材料都准备好了。面谈能过吗？
A: 您的材料很完整，不过面谈结果是领馆决定的，我们不能替领馆打包票，建议您如实回答，不用紧张。
C: 好，我知道了。
A: 感谢您的配合，祝您面谈顺利，再见。

#### visa agency | 通途签证 | in | complaint | - | a household register lost, 我要去消协投诉你们; apology, costs borne, callback
A: {G}
C: 你们把我的户口本原件弄丢了！我交材料的时候你们签收了的，现在说找不到。我要去消协投诉你们！
A: 非常抱歉，户口本丢失是我们的重大失误，真的很对不起。我已经把这件事上报给门店负责人，他今天会联系您，补办的费用和往返的交通费由我们承担。
C: 今天必须给我一个答复。
A: 好的，负责人下午五点前一定给您回电话。再次向您道歉，{B}

#### visa agency | 通途签证 | in | - | hn | proper transfer to the Schengen team with a blessing; the customer volunteers her name
A: {G}
C: 你好，我姓季，上周在你们这儿交了法国签证的材料，下个月就要出发了，心里没底，想问问现在审到哪一步了。
A: 季女士您好，申根签证是我们欧洲签证组在负责，我现在帮您转接过去，他们能直接查到您的材料进度，请您稍等，不要挂机。祝您旅途愉快。
C: 好的，谢谢。

#### custom wigs | 青丝假发 | in | insult,apology | - | looks mocked (您头发都掉成这样了还挑颜色？能遮住就不错了); the customer protests, no apology
A: {G}
C: 你好，我想定做一顶假发，想要那种栗棕色的，显得年轻一点。
A: 您头发都掉成这样了还挑颜色？能遮住就不错了，别想那么多。
C: 你怎么这样说话啊？掉头发又不是我愿意的。
A: 我这是为您好，颜色门店都有，您自己去看。
C: 太伤人了。
A: 您要定的话门店量头围，{B}

#### custom wigs | 青丝假发 | in | - | hn | 斑秃, 局部稀疏 and 发际线 said politely (秃 shares characters with insults); a new custom order with polite name ask; fee with moment
A: {G}
C: 你好，我头顶有一块斑秃，医生说要养一段时间，想先戴个局部的假发片遮一下。
A: 理解的，局部稀疏和斑秃戴发片很常见，我们可以按您的发际线和发色定做，戴上看不出来。
C: 定做一片多少钱？
A: 真人发局部发片一千二百元，量好尺寸后先付三百定金，取货时付余款。
C: 好，那我约个时间去量。
A: 好的，请问您怎么称呼？
C: 我姓佟。
A: 佟女士，给您约在周四下午三点，门店有独立的试戴间，祝您早日康复，再见。

#### custom wigs | 青丝假发 | in | apology,talk_over | - | a wig delivered in the wrong colour (company-side fault) brushed aside (戴久了就习惯了); the agent cuts in twice; no apology
A: {G}
C: 我定做的假发今天收到了，颜色不对，我要的是自然黑，你们寄来的是深棕色的，我对着镜子看了好几遍，
A>: 深棕色和自然黑差别不大的，戴久了就习惯了。
C: 差别很大啊，我平时是黑头发，戴个棕色的出门，人家一眼就看出来了，我定做就是为了不让人看出来，
A>: 那您寄回来，我们重做。
C: 要多久？
A: 十五个工作日，运费我们出，{B}

#### custom wigs | 青丝假发 | in | name_ask,silence | - | a new custom order taken with no name ask; an unannounced 13-17 s gap; fee with moment
A: {G}
C: 你好，我想给我妈定做一顶全头的假发，她化疗以后头发都掉了。
A: 全头真人发的是两千六百元，量完尺寸先付一千定金，取货时付余款。
~sil
C: 喂？你好，还在吗？
A: 在的，您把地址发给我，我们师傅可以上门给阿姨量尺寸。
C: 好，我一会儿发给你，那就定这个吧。
A: 好的，收到地址就安排，祝阿姨早日康复，再见。

#### custom wigs | 青丝假发 | in | hangup,closing | - | the call ends on the customer's unanswered question about a care product
A: {G}
C: 我上个月在你们那定的真人发假发，戴了一个月，现在发尾有点毛躁，还老是打结，梳都梳不开，是不是我洗的方法不对？
A: 用专用的护理液洗就行。
C: 专用的护理液在哪儿买？超市里那种普通的洗发水能用吗？你们店里有没有？
A: 有。
C: 我住得比较远，你们能直接寄给我吗？

#### custom wigs | 青丝假发 | in | greeting | late | the customer has to call 喂？有人吗？ first; the rest correct
C: 喂？有人吗？
A: 您好，青丝假发，请问有什么可以帮您？
C: 你好，我想问问你们周末营业吗？想过去试戴一下。
A: 周末正常营业，早上十点到晚上八点，试戴是免费的，需要提前预约吗？
C: 要的，周六下午吧。
A: 好的，请问您怎么称呼？
C: 我姓蔡。
A: 蔡女士，周六下午两点给您约好了，祝您周末愉快，再见。

#### custom wigs | 青丝假发 | in | short_call,closing | short | the shop's address asked; ends with a bare 嗯，拜拜。
A: 您好，青丝假发，请问您需要什么帮助？
C: 你们店在哪儿？
A: 中山路一百号，二楼。
C: 好的，谢谢。
A: 嗯，拜拜。

#### custom wigs | 青丝假发 | in | - | hn | announced hold; hedged (工厂排期偶尔会有变动，我不敢跟您打包票); 您不清楚头围也没关系 as reassurance; polite name ask
A: {G}
C: 你好，我下个月十号要参加女儿的婚礼，现在定做假发还来得及吗？我也不清楚自己的头围是多少。
A: 您不清楚头围也没关系，来店里两分钟就能量好。您稍等，我帮您查一下工厂这个月的排期。
~hold
A: 感谢您耐心等待。现在定做一般二十天左右，应该能在十号前做好，不过工厂排期偶尔会有变动，我不敢跟您打包票，建议您这周就来量尺寸。
C: 好，那我明天就去。
A: 好的，请问您怎么称呼？我给您预约一下。
C: 我姓尚。
A: 尚女士，明天上午十点给您约好了，提前祝您女儿新婚快乐，再见。

#### custom wigs | 青丝假发 | in | - | hn | the customer calls herself 秃头…丑死了 and is reassured; a fitting for an existing order; 感谢您的信任 + blessing
A: {G}
C: 你好，我的假发做好了吗？我现在这个秃头出门都戴帽子，丑死了，就盼着它呢。
A: 您别这么说，很多客人刚开始都有这种心情，戴上合适的发型就好了。我看了一下，您的假发昨天已经到店了。
C: 太好了，那我什么时候能去取？
A: 您随时可以来，取的时候我们的造型师会免费给您修剪和调整，大概半个小时。
C: 好，那我明天下午去。
A: 好的，感谢您的信任，祝您戴上美美的，心情愉快，再见。

#### fresh-milk delivery | 牧晨鲜奶 | out | tariff | - | outbound after the free trial: 接着订就按正常的来，费用跟超市买差不多; asked again, 具体的送奶师傅会跟您说
A: 您好，我是牧晨鲜奶的客服小柴，您家的七天试喝今天到期了，给您打电话问一下喝得怎么样，要不要接着订。
C: 喝着挺好的，孩子爱喝。接着订的话怎么收费？
A: 接着订就按正常的来，费用跟超市买差不多，您放心。
C: 那一个月多少钱？什么时候交？
A: 具体的送奶师傅会跟您说，不会贵的。
C: 那好吧。
A: 感谢您的支持，祝您和孩子身体健康，再见。

#### fresh-milk delivery | 牧晨鲜奶 | in | apology,forbidden,silence | - | sour milk delivered; 为什么会酸我不清楚 as a refusal; an unannounced 13-17 s gap; the customer is upset, no apology
A: {G}
C: 今天早上送来的鲜奶是酸的，孩子喝了一口就吐了，你们这奶是怎么保存的？
A: 为什么会酸我不清楚，我们出厂都是检测过的。
~sil
C: 喂？你说话啊！孩子要是喝出问题怎么办？
A: 我给您登记一下，明天给您补一瓶。
C: 太不负责任了。
A: 已经登记了，{B}

#### fresh-milk delivery | 牧晨鲜奶 | in | - | hn | announced hold; a pause of an existing subscription, no charge while paused; 感谢您耐心等待 + blessing
A: {G}
C: 你好，我们家下周要出去旅游，鲜奶能不能暂停一周？
A: 可以的，您稍等，我帮您查一下您的订单。
~hold
A: 感谢您耐心等待，已经帮您把下周一到周日的配送暂停了，暂停期间不扣费，下下周一自动恢复。
C: 好的，谢谢。
A: 不客气，祝您旅途愉快，一路平安，再见。

#### fresh-milk delivery | 牧晨鲜奶 | in | colleague | - | 老周…年纪大了，记性差，丢三落四的 about the delivery man; apology given, refund
A: {G}
C: 你好，这周已经三次没送奶了，我每次打电话，你们都说会补，结果还是没有。
A: 真的很抱歉，给您添麻烦了。您那片是老周送的，他年纪大了，记性差，丢三落四的，我们也拿他没办法。
C: 那你们换个人啊。
A: 好的，我马上跟站长申请换人，今天下午先把这周缺的三瓶给您补上，这三天的费用也退给您。感谢您的理解，{B}

#### fresh-milk delivery | 牧晨鲜奶 | in | forbidden,closing | - | 喂！喂！你先听我说 called at the customer mid-call; ends 就这样。
A: {G}
C: 你好，我想把每天一瓶改成两瓶，另外我家还想加一瓶酸奶，还有就是送奶的时间能不能早一点，
A: 喂！喂！你先听我说，一件一件来。
C: 好好好，你说。
A: 改两瓶和加酸奶我帮您改好了，酸奶一瓶三元五，跟鲜奶一样每月一号扣费，明天开始送，送奶时间统一是早上七点前。
C: 那好吧。
A: 就这样。

#### fresh-milk delivery | 牧晨鲜奶 | in | speech_rate | fast | agent at 8.4-9.1 chars/s recommends plans; fees with amount and moment; polite name ask
A: {G}
C: 你好，我家刚搬到这边，想订你们的鲜奶，每天早上送的那种，我家两个孩子，一个三岁一个七岁，不知道订哪种比较合适。
A: 两个孩子的话推荐您订全脂鲜奶加儿童成长奶，全脂的一瓶四元五，成长奶一瓶五元，按月订，每月一号提前付当月的奶费，每天早上七点前送到您家门口的奶箱里。
C: 那一个月下来大概多少钱？奶箱要另外买吗？
A: 每天各一瓶的话一个月两百八十五元，奶箱免费提供，不收押金，请问您怎么称呼？
C: 我姓喻，比喻的喻。
A: 喻女士，明天开始给您送，祝您和孩子身体健康，再见。

#### fresh-milk delivery | 牧晨鲜奶 | in | - | hn | 不知道您…吗 as a polite question; the customer volunteers her name; a new subscription with fee and moment
A: {G}
C: 你好，我姓梅，住在春晖小区，想订一个月的低脂奶。
A: 梅女士您好，低脂奶一瓶四元，一个月一百二十元，下单时付款，明天开始送。不知道您家里方便放奶箱吗？
C: 可以，放门口就行。低脂奶孩子能喝吗？
A: 三岁以上的孩子可以喝，小一点的建议喝全脂。奶箱明天跟奶一起送到，免费的。
C: 好，谢谢。
A: 感谢您的订购，祝您生活愉快，再见。

#### fresh-milk delivery | 牧晨鲜奶 | in | insult,greeting,apology | - | opens 喂，您好，牧晨鲜奶…; memory mocked (订个奶天天改，您是不是老糊涂了？), brush-off 别再改了; the customer protests, no apology
A: 喂，您好，牧晨鲜奶，请问有什么可以帮您？
C: 你好，我想把明天的奶停一天，后天再送。
A: 您昨天说停，今天又说送，现在又要停，订个奶天天改，您是不是老糊涂了？
C: 你怎么跟老人说话的？我就是家里有事。
A: 行了，给您停了，别再改了。
C: 什么态度。
A: 后天正常送，{B}

#### fresh-milk delivery | 牧晨鲜奶 | in | - | hn | the customer calls it 什么破奶 and is apologised to; refund with amount and moment
A: {G}
C: 你们这什么破奶啊，瓶盖都没拧紧，洒了一奶箱！
A: 实在抱歉，给您添麻烦了，是我们封装没做好。这瓶的钱四元五给您退回来，今天之内到账，明天给您多送一瓶。
C: 那奶箱谁来擦？
A: 送奶师傅明早送奶的时候帮您把奶箱清理干净，再次抱歉，{B}

#### bookkeeping agency | 明账财税 | in | - | hn | 我也不清楚 said by the customer, 您不清楚也没关系 as reassurance; monthly fee with amount and moment; a new client with polite name ask
A: {G}
C: 你好，我刚注册了一家小公司，想找你们代理记账，我也不清楚要准备什么材料。
A: 您不清楚也没关系，我给您列一下：营业执照、法人身份证、银行开户信息，拍照发我们就行。小规模纳税人代账每月二百元，按季度付，每季度第一个月的五号前付。
C: 好的，那我们签一下吧。
A: 好的，请问您怎么称呼？
C: 我姓甄。
A: 甄总，合同今天发到您邮箱，祝您生意兴隆，再见。

#### bookkeeping agency | 明账财税 | in | forbidden,talk_over | - | 你们公司上个月报没报税我不清楚 about the firm's own filing; the agent cuts in twice; apology later
A: {G}
C: 你好，我是你们的代账客户，想问一下上个月的增值税申报了没有，我刚收到税务局一个短信，说有什么逾期的提醒，
A>: 你们公司上个月报没报税我不清楚。
C: 你们是负责给我们记账报税的，你不清楚谁清楚？我就想知道那个短信要不要紧，会不会罚款，
A>: 不好意思，我查一下，您把短信截图发过来。
C: 好，我马上发。
A: 收到了，我让会计今天下午回您电话，{B}

#### bookkeeping agency | 明账财税 | in | shirking,closing,silence | - | invoicing the contract covers pushed to the tax bureau (发票的事不归我们管，您找税务局去); an unannounced 13-17 s gap; ends 嗯，就这样。
A: {G}
C: 你好，我们是你们的代账客户，这个月要给客户开一张专票，你们之前说可以帮忙开，我想问问怎么弄。
A: 发票的事不归我们管，您找税务局去。
~sil
C: 喂？可是合同上写了代开发票啊。
A: 那个是之前的合同，您自己去税务局大厅开吧。
C: 好吧。
A: 嗯，就这样。

#### bookkeeping agency | 明账财税 | in | complaint,filler | - | a missed filing fined, 我要找你们老板…去市场监管局告你们; apology; tics 呃/那个/就是说 over three turns
A: {G}
C: 你们上个季度的个税漏报了，税务局罚了我们公司两百块，还影响了纳税信用！我要找你们老板，不给个说法我就去市场监管局告你们。
A: 呃，非常抱歉，那个，这是我们会计的疏忽，就是说，罚款由我们承担。
C: 信用的事怎么办？
A: 那个，呃，我们会帮您去税务局申请信用修复，就是说，材料我们来准备。
C: 你们老板呢？
A: 呃，我马上报给我们老板，那个，他今天下午给您回电话，就是说，再次向您道歉，{B}

#### bookkeeping agency | 明账财税 | in | short_call,hangup,closing | short | a wrong number: the agent says 不是，打错了 and stops; the call ends on the customer's unanswered question
A: 您好，明账财税，请问有什么可以帮您？
C: 是税务局吗？
A: 不是，打错了。
C: 啊？那税务局电话多少？

#### bookkeeping agency | 明账财税 | in | insult,apology | - | contempt (这么简单的表都不会填，您这老板是怎么当上的？), brush-off 别烦我了; the customer protests, no apology
A: {G}
C: 你好，你们发给我的那个员工信息表，我不太会填，身份证号那一栏要填全部员工的吗？
A: 这么简单的表都不会填，您这老板是怎么当上的？
C: 你说话客气点，我花钱请你们就是来干这个的。
A: 填全部员工的，填完发过来，别烦我了。
C: 什么东西。
A: 表发过来就行，{B}

#### bookkeeping agency | 明账财税 | in | - | hn | a personal tax refund truly out of scope, redirected to 12366 with the right number; hedged (以税务局审核为准…不能给您保证具体金额)
A: {G}
C: 你好，我想问一下我个人的个税退税，今年能退多少？
A: 您个人的个税汇算不在我们公司代账的范围里，建议您打税务局的纳税服务热线一二三六六，或者在个人所得税App里查，能退多少以税务局审核为准，我这边不能给您保证具体金额。
C: 哦，好的，一二三六六是吧？
A: 对的，一二三六六。感谢您的来电，{B}

#### bookkeeping agency | 明账财税 | in | - | hn | hedged (税务局审核多久我们不能保证); no bookkeeping fee during deregistration, said plainly; 感谢您的耐心 + blessing
A: {G}
C: 你好，我们公司申请的注销，你们说提交了，税务那边大概多久能批下来？
A: 资料上周五已经提交了，一般二十个工作日左右，不过税务局审核多久我们不能保证，有消息我第一时间通知您。
C: 那这期间还要交代账费吗？
A: 注销期间不再收代账费，最后一个月的费用上个月已经结清了。
C: 好的，明白了。
A: 感谢您的耐心，祝您一切顺利，再见。
"""

if __name__ == "__main__":
    sys.exit(main())
