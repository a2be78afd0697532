"""Independent labelled call set K (eval/independent/tune_k.jsonl; first named heldout_k.jsonl) — a tuning set since round 11.

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
OUT = Path(__file__).with_name("tune_k.jsonl")
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
UNITS = "元块天号月年张位次件斤岁"


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
        if len(s) == 1 and (unit not in "元块号张岁斤" or not unit or s == "一"):
            return m.group(0)
        if len(s) == 2 and all(ch in CN_DIG for ch in s):
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
    errors = []
    for idx, call in enumerate(calls):
        try:
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
        except AssertionError as exc:
            errors.append(exc)
            continue
        built.append((call, segs, duration))
    for e in errors:
        print('ERR', e)
    assert not errors
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
DATA += r"""
#### public library | 青檀区图书馆 | inbound |  | hn | customer unsure of the title; 不清楚全名也没关系 as reassurance; announced hold; polite name ask; free service said so
A: {G}
C: 我想预约一本书，但是书名我记不太清了，好像叫什么阿什么泰的。
A: 不清楚全名也没关系，您说说作者或者大概内容，我帮您搜一下。
C: 写新疆的，一个女作家写的散文。
A: 那应该是李娟的《我的阿勒泰》，您稍等，我查一下馆藏。
~hold
A: 让您久等了，《我的阿勒泰》本馆还有两本在架，可以帮您预约保留三天，请问您怎么称呼？
C: 我姓孙，借书证尾号六六二一。
A: 好的孙女士，已经帮您预约好了，三天内凭借书证到二楼借阅台取就行，预约和借阅都是免费的。
C: 好的，谢谢。
A: {B}
#### public library | 青檀区图书馆 | inbound | greeting,forbidden,apology |  | opens 哎，青檀图书馆 (no offer of help); 我不太清楚 about the children's floor hours; customer reproaches, no apology
A: 哎，青檀图书馆。
C: 你好，我想问一下你们少儿阅览区周末开不开放？
A: 少儿区归少儿部管，他们周末开不开我不太清楚。
C: 你们都是一个图书馆的，你不清楚谁清楚啊？
A: 我这边系统里也没写，要不您周末直接过来看看。
C: 行吧，跑空了算我的。
A: 好的，祝您周末愉快，再见。
#### museum tickets | 澜山博物馆 | inbound | tariff |  | special exhibition fee glossed: 收一点费用，不贵 / 一顿早饭的钱, no amount, no moment
A: {G}
C: 我想问一下，你们那个青铜器特展是免费的吗？我看官网说常设展免费。
A: 常设展是免费的，预约就行。青铜特展要另外收一点费用，不贵的，到现场看一下就知道了。
C: 大概多少钱啊？我带两个孩子。
A: 差不多就一顿早饭的钱，孩子还有优惠，您放心来。
C: 那行吧，我到时候再看。
A: {B}
#### museum tickets | 澜山博物馆 | inbound |  | hn | special exhibition fee with amount and moment of payment; permanent exhibition always free; refund rule
A: {G}
C: 请问青铜特展怎么收费，什么时候付钱？
A: 特展成人票六十元一张，学生凭学生证半价三十元，一米二以下儿童免票；在小程序预约时就直接支付，入馆不再收费。常设展一直是免费的，只需要预约。
C: 那要是临时去不了，能退吗？
A: 参观日前一天晚上六点前可以免费退，之后就不能退了。
C: 明白了，谢谢。
A: 不客气，祝您和孩子看展愉快，再见！
#### laundry / dry cleaning | 净衣坊洗护 | inbound | closing,apology,shirking |  | wool coat shrank after dry cleaning; agent sends her to the seller / the maker; ends 行，就这样吧
A: {G}
C: 我上周在你们店干洗了一件羊毛大衣，拿回来缩了一大圈，袖子都短了，这怎么办？
A: 羊毛的缩水一般是面料本身的问题，您得去找卖衣服的商家问问。
C: 送去之前好好的，你们洗完就缩了，怎么能怪商家？
A: 我们是按洗标洗的，洗标要是标错了那就是厂家的事，您找他们去。
C: 太离谱了，我花了两千多买的衣服。
A: 行，就这样吧。
#### laundry / dry cleaning | 净衣坊洗护 | inbound |  | hn | the customer insults the shop (破店); agent apologises, free re-wash with a time, blessing
A: {G}
C: 你们这破店洗的什么东西，衬衫领子上的油渍一点都没掉，还收我二十五块！
A: 真的非常抱歉，给您添麻烦了。您方便报一下取衣单号吗？我马上登记返洗。
C: 单号是一五零七二。
A: 好的，已经登记了，这件给您免费返洗，明天下午五点前洗好，洗好会短信通知您，如果还洗不掉，这单的洗衣费全额退给您。
C: 那行，这次别再这样了。
A: 一定注意，再次跟您说声抱歉，祝您生活愉快，再见。
#### locksmith | 安途开锁 | inbound | tariff,name_ask,overpromise |  | 名字报一下; 二十分钟保证到，三分钟肯定打开，什么锁都难不倒; fee left to the locksmith on site
A: {G}
C: 我被锁在门外了，钥匙在屋里，你们能派人来吗？我在幸福里小区七栋。
A: 能，名字报一下，还有电话。
C: 我叫马俊，电话一三九零一二二四五八七。
A: 好，师傅二十分钟保证到，到了三分钟肯定给您打开，什么锁都难不倒我们。
C: 开一次多少钱啊？
A: 看锁芯级别，师傅到了看了再跟您说，放心不会乱收。
C: 那好吧，你们快点。
A: 好的，祝您一切顺利，师傅马上出发。
#### locksmith | 安途开锁 | inbound |  | hn | 锁死了/卡死 innocent; inspection and lock-core fees with amounts and when paid; hedged arrival time; polite name ask
A: {G}
C: 我家防盗门的锁好像坏了，钥匙插进去拧不动，锁死了。
A: 明白，锁芯卡死的情况比较常见。请问您怎么称呼，地址是哪里？
C: 我姓钱，在东湖路十八号三单元。
A: 钱先生，上门检查费五十元，如果需要换锁芯，C级锁芯二百八十元含安装，都是师傅修好、您确认以后再付。师傅现在离您大概六公里，一般四十分钟左右到，路上堵的话可能晚一点，师傅出发前会先给您打电话。
C: 好的，那麻烦你们了。
A: 不麻烦，单子已经派给师傅了，祝您生活愉快，再见。
#### pest control | 驱宁虫控 | inbound |  | hn | 死蟑螂 / 神经系统 innocent; free follow-up within a month said so
A: {G}
C: 你们上次来家里打了蟑螂药，这两天厨房里到处是死蟑螂，正常吗？
A: 正常的，这款药作用于蟑螂的神经系统，它们吃了以后会爬出来，一般三到五天就少了，您戴手套扫掉就行。
C: 那药对猫有没有影响？
A: 我们用的是胶饵，点在缝隙里，猫一般够不着；不过为了稳妥，这几天还是别让它进厨房。
C: 好，那要是一周后还有呢？
A: 一个月内复查是免费的，您到时候打这个电话预约就行。
C: 行，谢谢啊。
A: 不客气，祝您家里清清爽爽，再见。
#### pest control | 驱宁虫控 | inbound | insult,apology |  | 家里乱成那样，老鼠不来才怪; customer objects, no apology; fee stated right; polite name ask
A: {G}
C: 我家阁楼上老是有老鼠跑，晚上吵得睡不着，你们能不能上门处理？
A: 能，先问一下，您家阁楼是不是堆了很多杂物？
C: 是有一些旧纸箱什么的。
A: 那就难怪了，家里乱成那样，老鼠不来才怪，先自己收拾干净再说吧。
C: 你怎么说话的？我打电话是找你们灭鼠的，不是听你教训的。
A: 要上门就预约，我们周三有空，四百八一次，师傅做完当场付。您怎么称呼？
C: 姓高，周三就周三吧。
A: 好的高先生，给您约好周三上午了，祝您生活愉快。
#### online tea shop | 云雾茶铺 | inbound |  | hn | 二百五十克 innocent; price and dispatch after payment; hedged taste; polite name ask
A: {G}
C: 我想买点明前龙井送人，你们那个礼盒装是多少克的？
A: 礼盒装是二百五十克，分成两个小罐，现在是三百九十八元一盒，下单付款后四十八小时内从杭州发出。
C: 口感怎么样？会不会买回去不好喝？
A: 口感每个人喜好不一样，我们今年的明前是清香型的，比较鲜爽；如果您喜欢浓一点的，可以看看雨前。不好说一定合每个人口味，不过收到后没拆封七天内可以退。
C: 那我要两盒礼盒的。
A: 好的，请问您怎么称呼，收件地址和电话发我一下？
C: 姓白，地址我在下单页面填吧。
A: 好的白先生，我这边帮您备注送礼，不放价格单。祝您送礼顺心，再见！
#### online tea shop | 云雾茶铺 | inbound | closing,overpromise |  | 天天喝保证三个月血脂降下来，比吃药还管用; ends 拜拜 with no blessing
A: {G}
C: 我父亲血脂有点高，听说普洱能降血脂，你们哪款比较好？
A: 那您选我们的十年陈熟普，天天喝，保证三个月血脂降下来，比吃药还管用。
C: 真的假的？那么神？
A: 真的，好多老客户都反馈了，您买两饼够喝三个月。
C: 那我先买一饼试试吧，多少钱？
A: 一饼三百二，下单付款就从仓库发。请问您怎么称呼？
C: 姓罗。
A: 好的，罗先生，您在店铺里拍就行，拜拜。
#### baby products | 贝芽母婴 | inbound | apology |  | warehouse shipped the wrong diaper size (company fault); handled well but never apologised
A: {G}
C: 我买的纸尿裤下单是L码，寄来的是M码，孩子穿不了。
A: 您把订单号报一下，我看看。
C: 订单尾号三七九二。
A: 看到了，确实是仓库发错了。您把那包没拆的寄回来，运费我们出，您填退货单的时候选商家原因就行。
C: 那要多久能收到？孩子这两天急着用。
A: 我这边先给您加急，今天就把L码发出去，不用等退回，一般两天能到。
C: 好吧。
A: {B}
#### baby products | 贝芽母婴 | inbound | forbidden,apology |  | 商量好了再打过来吧 (variant of 想好了再打来); customer feels brushed off, no apology
A: {G}
C: 我在看你们的婴儿推车，轻便款和高景观款，哪个适合新生儿？
A: 两个都可以躺，轻便款五点八公斤，高景观款九公斤，看您需求。
C: 我们家住五楼没电梯，但是又想要坐得高一点的，我也拿不定主意，遮阳棚哪个大？
A: 遮阳棚差不多。您这样我也没法帮您定，要不您跟家里人商量好了再打过来吧。
C: 我就是想让你帮我参考一下才打的电话，这就打发我了？
A: 参数页面上都写了，您可以对比一下。
C: 行吧。
A: 好的，祝您生活愉快，再见。
#### sports equipment rental | 趣动装备租赁 | inbound | closing,talk_over |  | agent cuts in twice while the customer is still asking; ends with thanks only
A: {G}
C: 我们周六想租两套露营装备，帐篷睡袋防潮垫都要，另外想问一下有没有炉头和气罐可以一起租的？
A>: 有有有，都有，两套是吧，帐篷要三人的还是四人的？
C: 四人的吧，我们两家人，小孩也一起去，另外还想问一下，帐篷是那种自动弹开的还是要自己搭的？
A>: 自动的，一分钟就撑开，周六几点来取？
C: 上午九点吧。
A: 行，请问您怎么称呼？押金每套五百，取装备时付，租金一套一天一百二，还装备时结。
C: 我姓方。
A: 好，方先生，周六九点等您。感谢来电。
#### sports equipment rental | 趣动装备租赁 | inbound |  | hn | the customer talks over the agent; 0.2 s backchannel overlap; announced hold; fees with moment
A: {G}
C: 我想问问你们那个公路自行车能不能按小时租。
A: 可以的，按小时是每小时二十五元，满四小时按日租八十元封顶，还车时结算。
C>: 押金要多少？要不要身份证？
A: 押金三百元，押身份证原件或者用信用分免押，都是取车时办理。
C: 那我明天上午十点想租两辆，还有吗？
A: 我帮您查一下明天的库存，您稍等。
~hold
A: 感谢您的等待，明天上午还有三辆五十四码的，请问您怎么称呼？
C: 我姓齐，我朋友个子高，五十四码应该可以吧。
A~: 嗯，可以的。齐先生，两辆给您留到明天上午十点半，押金和租金都到店再付，祝您骑行愉快！
#### outdoor advertising | 远帆户外传媒 | inbound | overpromise,colleague,apology |  | the salesman is 新来的，嘴上没个把门的; 保证下个月到店客流翻一倍; customer 很不舒服, no apology
A: {G}
C: 我上个月跟你们销售谈了高速路边那块广告牌，他说的报价跟合同上的不一样，差了八千块。
A: 哦，小赵啊，他是新来的，嘴上没个把门的，说的话您别当真，以合同为准。
C: 他当时说得清清楚楚，一年四万二，合同写五万。
A: 五万是今年的刊例价，合同上写的是签约付一半，上刊前付清。而且投我们这块牌子，保证您下个月到店客流翻一倍，这钱花得值。
C: 我不管翻不翻倍，我要的是当初说好的价格，这样我很不舒服。
A: 我帮您跟销售主管反映一下，明天下午五点前给您回电话。
C: 好吧。
A: 好的，祝您生意兴隆，再见。
#### outdoor advertising | 远帆户外传媒 | outbound |  | hn | outbound opening with company, name and purpose; LED 滚动屏 innocent; fee with amount and moment; hedged effect
A: 您好，我是远帆户外传媒的客户经理小潘，您上周在我们官网留了咨询，想了解商场门口的LED滚动屏广告，现在方便跟您聊两分钟吗？
C: 方便，你说。
A: 好的，滚动屏是十五秒一条，每小时轮播四次，一个月的价格是六千八百元，签合同时付全款，上刊当天开始计算投放期。
C: 效果怎么样？能带来多少客人？
A: 效果跟您的内容和行业关系很大，我没法给您保证具体多少客人，不过我们可以提供每天的播放记录和商场的人流数据供您参考。
C: 嗯，那你把方案发我微信吧。
A: 好的，请问您怎么称呼？
C: 姓温。
A: 温总，方案半小时内发您，有问题随时找我，祝您生意红火，再见！
#### seed / nursery | 春垄种苗 | inbound | filler,overpromise |  | 呃/那个/就是说 throughout; 保证您种下去百分之百活，一棵都死不了
A: {G}
C: 我想买两百棵番茄苗，种在大棚里，你们的苗好不好活？
A: 呃，那个，我们的苗啊，就是说，都是穴盘育的，根系很好。
C: 那运过去会不会蔫？
A: 那个，不会的，呃，我们是那个，带土坨发的，就是说，保证您种下去百分之百活，一棵都死不了。
C: 多少钱一棵？什么时候付？
A: 呃，八毛一棵，就是说，两百棵一百六，下单的时候付，那个，运费另算十五块，也是下单一起付。
C: 好，我姓杜，地址一会发你。
A: 好的杜先生，祝您今年大丰收，再见。
#### seed / nursery | 春垄种苗 | inbound |  | hn | proper transfer to the agronomy line with the case noted and a blessing
A: {G}
C: 你好，我去年在你们这买的桃树苗，今年结的果子有虫眼，想问问怎么打药。
A: 果树病虫害是我们技术员负责的，他们更专业，我帮您转接到农技服务专线，请您稍等，不要挂机。
C: 好的。
A: 转接前我先把您的情况备注上：去年购买的桃树苗，果实有虫眼，咨询用药。祝您果园丰收，马上为您转接。
#### textbook publisher | 启明教育出版社 | inbound | apology,shirking |  | missing pages in workbooks sent to 印刷厂 (the school contracted with the publisher); teacher unhappy
A: {G}
C: 我是实验二小的教务老师，我们订的三年级数学练习册，有三十多本缺了第四十到四十八页。
A: 缺页那是印刷厂的问题，我们出版社只管内容，您直接联系印刷厂吧。
C: 我们是跟你们签的征订合同，印刷厂是谁我们都不知道。
A: 封底下面有印刷厂的名字和电话，您打那个就行。
C: 学生下周就要用，你们这样推来推去的太耽误事了。
A: 那您先跟印厂说，他们处理得快，祝您工作顺利。
#### textbook publisher | 启明教育出版社 | inbound |  | hn | 我不是要投诉; the distributor's rude words reported and read back while registering; apology; callback promised
A: {G}
C: 我不是要投诉啊，就是想反映一下，你们负责我们片区的发行员态度不太好。
A: 好的，您请说，我记录一下。
C: 我问他能不能多给点折扣，他说“你们学校就订这么点，还好意思要折扣”。
A: 实在不好意思，让您受委屈了。我记一下：片区发行员在沟通折扣时说了“你们学校就订这么点，还好意思要折扣”。请问您怎么称呼，方便留个电话吗？
C: 我姓左，电话一八六零七七三二一零五。
A: 左老师，已经登记好了，发行部主管三个工作日内给您回电，折扣的事也会一并答复您。感谢您的反馈，祝您工作顺利！
#### recycling pickup | 青绿回收 | inbound |  | hn | 废旧/垃圾分类 innocent; pickup always free; prices and payment moment; polite name ask
A: {G}
C: 我家有一堆旧纸箱和废旧家电，你们能上门收吗？要钱吗？
A: 可以的，上门回收是一直免费的，不收任何费用；纸箱按每公斤六毛给您结算，旧家电按型号估价，师傅称重后当场微信转给您。
C: 那些不能回收的垃圾你们带不带走？
A: 不可回收的生活垃圾我们没法带走，需要您按小区的垃圾分类投放，这个要跟您说清楚。
C: 好，那明天下午能来吗？
A: 可以，请问您怎么称呼，地址是哪里？
C: 姓葛，翠湖苑六栋一零二。
A: 葛女士，明天下午两点到四点之间师傅上门，出发前会先打电话。祝您生活愉快，再见！
#### recycling pickup | 青绿回收 | inbound | closing,insult,apology,complaint |  | two missed pickups; 就您那几个破瓶子…值当我们跑一趟吗; customer will complain; ends 您投吧
A: {G}
C: 我约了两次上门回收都没人来，今天又白等了一下午，怎么回事？
A: 您约的是啥？
C: 一袋塑料瓶，还有一些旧书。
A: 就您那几个破瓶子，还不够师傅的油钱，值当我们跑一趟吗？
C: 你这是什么态度？我要投诉你，把你工号告诉我。
A: 工号二零八，您投吧。
#### ferry tickets | 海澄轮渡 | inbound |  | hn | the customer's 喂 on a bad line answered at once by the full greeting; fares and refunds stated
C: 喂？喂？听得到吗？
A: 您好，这里是海澄轮渡客服，能听到您，请问有什么可以帮您？
C: 我想问一下明天去东屿岛的船，早上几点有？
A: 明天早上有三班，七点十分、九点和十点半，票价成人四十五元，网上购票时支付。
C: 天气预报说有大风，会不会停航啊？
A: 如果风力超过七级会停航，停航的话会短信通知，票款原路全额退回。
C: 好的，明白了。
A: 感谢您的来电，祝您旅途平安，再见！
#### ferry tickets | 海澄轮渡 | inbound | closing,forbidden,apology,hangup |  | sailing cancelled; 什么时候补开我哪晓得; curt 自动退; customer's question left hanging
A: {G}
C: 今天下午四点那班船怎么取消了？我票都买了，什么时候能补开？
A: 取消是调度那边定的，什么时候补开我哪晓得，等公告吧。
C: 公告在哪看？我今晚必须赶回去上班的。
A: 公众号上。
C: 那我这票怎么办，能不能退？
A: 自动退。
C: 退到哪里？多久能到账？喂？
#### ski resort | 雪岭滑雪场 | inbound | tariff,overpromise |  | 跟着学一天保证您能从中级道平行转弯滑下来; coaching fee 到了再定 / 来了就知道
A: {G}
C: 我完全没滑过，想请个教练，一天能学会吗？
A: 能，我们的教练都是持证的，跟着学一天保证您能从中级道上平行转弯滑下来。
C: 那教练怎么收费啊？
A: 教练费看级别，到了雪场服务台再定，都差不多。
C: 大概多少呢？
A: 您来了就知道了，很划算的。那先这样，祝您滑雪愉快！
#### ski resort | 雪岭滑雪场 | inbound |  | hn | lift tickets and rentals with amounts and when paid; no guarantee on snow; polite name ask
A: {G}
C: 我们一家三口周末想去，雪票怎么买，有套餐吗？
A: 有的，周末日场雪票成人二百八十元，一米四以下儿童一百五十元，含雪板雪鞋雪杖；在公众号预订时付款，头盔和雪服另租，每件三十元，到雪具大厅领取时付。
C: 那雪况怎么样，这周末能开几条道？
A: 目前开了五条道，周末开几条要看这几天的降温和造雪情况，我没法打包票，周五晚上公众号会发雪道公告。
C: 好，那我先订两张成人一张儿童。
A: 好的，请问您怎么称呼，留一个手机号？
C: 姓邵，一三七一一二八九六四零。
A: 邵先生，订单链接已经发到您手机，付款后凭短信取票。祝您和家人滑雪愉快，注意安全！
#### karaoke booking | 星麦KTV | inbound | greeting,name_ask |  | opens 喂，星麦，订房？; 你叫啥; fees stated right; closing with a blessing
A: 喂，星麦，订房？
C: 对，今晚八点，十个人左右。
A: 大包，你叫啥，手机号多少？
C: 我姓任，一五九八八二零三三一七。
A: 行，大包晚上八点到凌晨一点，包段三百八，到店开房时付，超过十二个人要加收酒水低消。
C: 低消是多少？
A: 超一个人加五十，也是开房时一起付。
C: 好的。
A: 好嘞，祝您今晚玩得开心！
#### karaoke booking | 星麦KTV | inbound | apology,silence |  | agent goes quiet 13-17 s without announcing; double charge on the member card (company fault); no apology
A: {G}
C: 我上周六在你们那唱歌，会员卡里被多扣了二百块，麻烦查一下。
A: 您的会员卡号是多少？
C: 卡号八八零六四二一。
A: 嗯，好。
~sil
C: 喂，还在吗？怎么半天没动静？
A: 在。看到了，周六那单是重复扣款，系统会在三个工作日内退回卡里。
C: 下次注意点，等了半天，扣了钱还要我自己发现。
A: 好的，已经给您备注了，祝您生活愉快，再见。
#### blood donation hotline | 暖流献血服务中心 | inbound |  | hn | 病毒性感冒 innocent; 不知道您现在症状都好了吗 as a polite question; donation free; polite name ask
A: {G}
C: 我想周六去献血，但是上周刚感冒了，还能去吗？
A: 感冒的话需要痊愈一周以后才可以献血，如果是病毒性感冒，最好痊愈两周后再来。不知道您现在症状都好了吗？
C: 好了，前天就不发烧了。
A: 那建议您下周六再来会更稳妥。献血是无偿的，不收任何费用，献完当场发献血证。需要帮您预约下周六上午吗？
C: 好的，帮我约一个吧。
A: 好的，请问您怎么称呼，身份证后四位是多少？
C: 姓蒋，后四位三零一二。
A: 蒋先生，已经约好下周六上午九点半，人民广场献血屋，记得吃早饭、带身份证。感谢您的爱心，祝您身体健康！
#### blood donation hotline | 暖流献血服务中心 | inbound | closing,forbidden,apology,shirking |  | 用血报销这块我也搞不清; sends the donor back to the hospital; 真的很无语; ends 拜拜
A: {G}
C: 我母亲住院用了血，我之前献过血，听说可以报销用血费用，怎么办理？
A: 用血报销这块我也搞不清，您去医院输血科问吧。
C: 医院说要到你们血站办，你们又让我去医院，到底找谁？
A: 医院说的不一定对，反正我们这没法办，您再去问问医院吧。
C: 我都跑两趟了，真的很无语。
A: 那您再去问问，拜拜。
#### prepaid card top-up | 易充卡 | inbound | tariff |  | card management fee glossed: 现在是免费期 / 后面有通知
A: {G}
C: 我想办一批你们的预付卡给员工发福利，卡有没有管理费啊？
A: 现在办卡是免费期，您放心办，不收钱。
C: 免费期到什么时候？之后收多少？
A: 后面会有通知的，您先办着，到时候会提醒您的。
C: 那好吧，我先办二十张。怎么下单？
A: 您在企业端提交名单就行，我们给您寄卡。请问您怎么称呼？
C: 姓冯。
A: 冯经理，感谢您的支持，祝您生意兴隆，再见！
#### prepaid card top-up | 易充卡 | inbound |  | hn | dormancy fee stated with amount and start; announced hold; 让您久等了
A: {G}
C: 我手上有一张你们的易充卡，好久没用了，听说会扣管理费？
A: 是的，我跟您说清楚：卡从激活起十二个月内不收管理费，从第十三个月起，每月一号从卡内余额扣两元，余额扣完就不再扣了。请问您卡号后四位是多少？
C: 后四位四四八零。
A: 好的，您稍等，我查一下。
~hold
A: 让您久等了，您的卡去年三月激活，从今年三月开始每月扣两元，目前已扣十六元，余额还有三百二十四元。
C: 哦，那我赶紧用掉吧。
A: 好的，在合作商户和线上商城都能用。感谢来电，祝您生活愉快，再见！
#### wedding banquet hall | 喜满楼宴会厅 | inbound | name_ask,overpromise |  | banquet hall locked with no name asked; 保证全程零失误，宾客没有一个会挑毛病
A: {G}
C: 我们想订十月二号的婚宴，大概二十五桌，那天还有厅吗？
A: 有的，二号还剩金殿厅，能放三十桌，正好。
C: 我们比较担心菜和流程，之前朋友办婚礼出了不少岔子。
A: 您放心，在我们喜满楼办，保证全程零失误，宾客没有一个会挑毛病的。
C: 桌价多少？定金什么时候交？
A: 桌价三千六百八一桌，签约时交两万定金，婚礼前一周结清尾款。您把手机号给我，我现在给您锁厅。
C: 一三八零五五一二九九零。
A: 好的，厅给您锁好了，三天内来签约。祝您新婚快乐，百年好合！
#### wedding banquet hall | 喜满楼宴会厅 | inbound |  | hn | a settled past complaint mentioned; early set-up free, evening set-up fee with amount and moment
A: {G}
C: 你好，我上个月投诉过你们试菜时上菜慢的事，后来经理已经给我们处理好了。今天是想问一下婚礼当天能不能提前进场布置。
A: 谢谢您的理解。婚礼当天可以提前三小时进场布置，不收费；如果需要前一天晚上布置，场地费是一千五百元，布置当天在前台付。
C: 提前三小时够了。背景板我们自己找人做可以吗？
A: 可以的，需要您的布置公司提前一周把尺寸图发给宴会经理确认，我把宴会经理的电话发到您手机上。
C: 好，谢谢。
A: 不客气，祝您新婚快乐，婚礼圆满顺利！
"""

DATA += r"""
#### public library | 青檀区图书馆 | inbound | greeting,closing,short_call,hangup |  | opens 嗯，图书馆。; one-word answer; the customer's next question left hanging
A: 嗯，图书馆。
C: 今天开门吗？
A: 开。
C: 那开到几点？
#### ferry tickets | 海澄轮渡 | inbound | short_call |  | a quick timetable question answered, full greeting and blessing
A: 您好，海澄轮渡，请问需要什么帮助？
C: 明早第一班船几点？
A: 七点十分。
C: 好，谢谢。
A: 祝您出行顺利，再见。
#### karaoke booking | 星麦KTV | inbound | closing,short_call |  | wrong number; agent says 您打错了 and stops
A: 您好，星麦KTV，请问要订房吗？
C: 啊？不是快递站吗？
A: 您打错了。
#### recycling pickup | 青绿回收 | inbound | short_call |  | cancels a pickup in a few seconds; blessing
A: 您好，青绿回收，有什么可以帮您？
C: 我约的回收取消一下，单号七七一二。
A: 好的，已经取消，祝您愉快。
#### prepaid card top-up | 易充卡 | inbound | greeting,closing,short_call |  | opens 易充卡，说。; 挂失 pushed to the app; ends 拜拜
A: 易充卡，说。
C: 我卡丢了，怎么挂失？
A: App上自己弄，拜拜。
#### laundry / dry cleaning | 净衣坊洗护 | inbound | closing,short_call |  | order status in a few seconds; ends 再见 with no blessing
A: 您好，净衣坊，请问有什么可以帮您？
C: 单号二三零一，洗好了吗？
A: 洗好了，明天来拿，再见。
#### museum tickets | 澜山博物馆 | inbound | short_call |  | Monday closing answered; blessing
A: 您好，澜山博物馆，有什么可以帮您？
C: 周一开馆吗？
A: 周一闭馆，祝您参观愉快。
C: 好嘞。
#### prepaid card top-up | 易充卡 | inbound | speech_rate | fast | agent races through the top-up and refund rules; fee stated with amount and moment
A: 您好，易充卡客服中心，很高兴为您服务，请问您需要办理什么业务？
C: 我想给卡里充五百，线上怎么充？
A: 您打开易充卡App首页点充值输入卡号后四位选择金额五百元确认支付就行了实时到账不收手续费。
C: 那信用卡充值呢？
A: 信用卡充值每笔收百分之一手续费五百元就是五元在您确认支付的时候一起扣除充值成功后不能退回卡里余额。
C: 那卡里的钱有有效期吗？我怕用不完。
A: 卡内余额三年有效到期前一个月会短信提醒您可以在App里申请延期一次延期不收任何费用。
C: 好的，明白了。
A: 感谢您的来电祝您生活愉快再见。
#### ski resort | 雪岭滑雪场 | inbound | speech_rate | fast | rapid-fire explanation of night skiing and locker fees
A: {G}
C: 你们晚上能滑吗？夜场几点到几点？
A: 夜场是晚上六点到十点雪票一百六十元含雪具在公众号预订时支付现场买是一百八十元。
C: 有储物柜吗？
A: 有的储物柜小号二十元大号三十元在雪具大厅扫码使用时付费用完自动解锁。
C: 我是新手，夜场有没有人教？
A: 夜场有初级团课七点和八点各一节每节二百元报名时在服务台付款一节课一个半小时。
C: 好，那我晚上去。
A: 好的祝您夜场滑雪愉快注意保暖再见。
#### ferry tickets | 海澄轮渡 | inbound | speech_rate,apology | fast | ticket changed to a later boat by the company; agent gabbles the rebooking and never apologises
A: {G}
C: 我收到短信说我下午两点的船改到四点了，这是怎么回事？我还得赶晚上的火车。
A: 因为两点那班船临时检修所以统一改到四点您的船票自动改签不用重新买如果不坐可以全额退款。
C: 那我赶不上火车怎么办？你们这样太耽误人了。
A: 那您可以在小程序里申请全额退款一般一到三个工作日原路退回您也可以改坐明早七点十分的船。
C: 行吧，我退了。
A: 好的退款已经提交祝您一路顺风再见。
#### textbook publisher | 启明教育出版社 | inbound | speech_rate | fast | a parent asks about ordering a teacher's edition; agent rattles it all off
A: {G}
C: 我想给孩子买一本五年级英语的教师用书，你们卖给个人吗？
A: 可以的个人在我们官方网店就能买教师用书每本四十二元下单时付款三天内发货包邮。
C: 配套的音频在哪里下？
A: 音频扫描封底二维码注册账号就能免费下载不需要额外付费有问题可以随时打这个电话。
C: 要是发错版本了能换吗？
A: 收到后七天内没有写画的都可以换来回运费我们出您在订单页面点申请换货就可以了。
C: 好的，谢谢你。
A: 不客气祝孩子学习进步再见。
#### blood donation hotline | 暖流献血服务中心 | inbound | speech_rate | slow | agent drawls every sentence; certificate lookup handled well
A: 您好……暖流献血……服务中心……请问……有什么……可以帮您？
C: 我的献血证丢了，能补办吗？
A: 可以的……您带上……身份证……到任意……献血屋……就能补办……不收费……
C: 当天就能拿到吗？
A: 当天……就能……拿到……纸质证……电子证……在公众号里……也能查……
C: 好的，谢谢。
A: 不客气……祝您……身体健康……再见……
#### public library | 青檀区图书馆 | inbound | speech_rate | slow | agent drags out each phrase while explaining the overdue rule
A: 您好……这里是……青檀区……图书馆……请问……您需要……什么帮助？
C: 我借的书过期了三天，会罚钱吗？
A: 我们馆……逾期……是不罚款的……只是……逾期期间……不能……再借新书……
C: 那我明天去还就行了吧？
A: 对的……您明天……还到……一楼……自助还书机……就可以了……
C: 好的。
A: 感谢……您的来电……祝您……阅读愉快……再见……
#### baby products | 贝芽母婴 | inbound | closing,speech_rate | slow | drawled answers about a bottle warmer; ends on a bare 嗯，好
A: 您好……贝芽母婴……请问……您想……了解……什么？
C: 你们那个温奶器能不能热辅食？
A: 可以的……它有……三个档位……第三档……就是……热辅食的……
C: 那我下单了啊。
A: 嗯……好……
#### locksmith | 安途开锁 | inbound | silence,apology |  | agent silent 13-17 s without a word while the customer is locked out in the cold; no apology for the wait
A: {G}
C: 我一个小时前叫的开锁师傅还没到，外面零下好几度，我孩子冻得直哭。
A: 您手机号报一下。
C: 一三六零一九二八八四三。
A: 嗯。
~sil
C: 人呢？说话啊！
A: 师傅在路上了，还有十分钟。
C: 一个小时前也说十分钟，你们到底靠不靠谱？
A: 这次是真的快到了，祝您生活愉快。
#### online tea shop | 云雾茶铺 | inbound | silence |  | unannounced 13-17 s gap while the agent looks up a parcel; otherwise polite
A: {G}
C: 我前天买的白茶，物流一直没更新，能帮我看看吗？
A: 好的，麻烦报一下订单号。
C: 订单号五五二零九一。
A: 嗯，五五二零九一。
~sil
A: 不好意思，让您久等了。物流显示包裹在杭州中转站，今天下午会更新，明天能到。
C: 好的，谢谢。
A: {B}
#### outdoor advertising | 远帆户外传媒 | inbound | silence,tariff |  | long unannounced pause; the renewal price left as 续签会有调整，到时候再说
A: {G}
C: 我们公交站台那个灯箱广告下个月到期，想续签一年，价格有变化吗？
A: 您是哪个站台的？
C: 市体育馆站，东侧那块。
A: 好。
~sil
A: 这块续签的话价格会有一点调整，具体到时候合同上会写，跟去年差不太多。
C: 差不多是多少？我们要报预算的。
A: 到签合同的时候再说吧，肯定合理。祝您工作顺利，再见。
#### seed / nursery | 春垄种苗 | inbound | silence,closing |  | quiet gap while checking stock without a word; ends 行，那就这样
A: {G}
C: 你们的草莓苗还有吗？红颜品种的，我要五百棵。
A: 红颜的……
~sil
A: 还有，五百棵可以发。
C: 那多少钱，什么时候能发？
A: 一块二一棵，五百棵六百元，下单付款后第二天发货。
C: 行，我晚上下单。
A: 行，那就这样。
#### wedding banquet hall | 喜满楼宴会厅 | inbound | silence,apology |  | menu change not recorded (company fault); long silent gap; no apology
A: {G}
C: 我们上周说好把红烧鱼换成清蒸石斑，今天看菜单还是红烧鱼，这怎么回事？
A: 您的婚期是哪天？
C: 下个月十八号，姓谭。
A: 嗯，谭女士。
~sil
A: 这边确实没改过来，我现在给您改成清蒸石斑，差价每桌八十元，结尾款时一起付。
C: 说好的事还要我来盯，真的很闹心。
A: 已经改好了，祝您婚礼顺利。
#### sports equipment rental | 趣动装备租赁 | inbound | silence |  | unannounced gap after a deposit question; refund then explained properly
A: {G}
C: 我上周还的滑雪板，押金到现在还没退，能看一下吗？
A: 您留的手机号是多少？
C: 一五零一二三四六六七八。
A: 好。
~sil
A: 不好意思让您久等了，押金五百元昨天已经原路退回，银行一般一到三个工作日到账。
C: 哦，那我再等等。
A: {B}
#### pest control | 驱宁虫控 | inbound | talk_over,apology |  | agent cuts in twice while the customer describes termites; customer annoyed, no apology
A: {G}
C: 我家木地板底下好像有白蚁，踩上去空空的，墙角还有一些像泥巴一样的小通道，我怕整个地板都被吃空了。
A>: 对对，那就是白蚁，得赶紧处理，地址在哪？
C: 在城南花园十二栋，我想先问一下，你们是用药还是用那种诱杀的，家里有老人和小孩，怕有味道。
A>: 用诱杀包，没味道，明天上午行吗？
C: 你能不能让我把话说完？我还想问价格呢，老是打断我。
A: 诱杀包一套一千二，装好当天付，三个月内复查免费。请问您怎么称呼？
C: 姓曹。明天上午吧。
A: 好的曹先生，祝您生活愉快。
#### laundry / dry cleaning | 净衣坊洗护 | inbound | talk_over |  | agent jumps in twice before the customer finishes; otherwise a clean pickup booking
A: {G}
C: 我想约一下上门取件，有两床羽绒被和三件大衣，羽绒被是那种特别厚的加大号的，不知道你们能不能洗。
A>: 能洗能洗，羽绒被一床八十，大衣一件四十五，什么时候上门？
C: 明天下午吧，不过我想问一下，大衣里有一件是真皮领子的，皮领子那部分你们是单独处理还是一起洗？
A>: 皮领单独护理，加三十，取件时小哥开单，洗好送回时付。
C: 好的。
A: 请问您怎么称呼，地址是？
C: 姓陆，金桂园三栋。
A: 好的陆女士，明天下午两点到五点上门，祝您生活愉快。
#### ski resort | 雪岭滑雪场 | inbound | talk_over,colleague |  | agent talks over the customer twice; calls the instructor 混日子的
A: {G}
C: 我上周在你们那上了两个小时的私教课，教练一直在看手机，也没怎么纠正我的动作，我觉得这钱花得很冤。
A>: 您说的是哪个教练？是不是那个姓吕的？
C: 对，吕教练，我还想问一下，这种情况能不能退一部分课时费，或者再补一节课给我？
A>: 他啊，就是混日子的，教谁都那样，我给您补一节，换个靠谱的。
C: 那行，补课要怎么约？
A: 我把您的补课登记上，明天教学部给您打电话约时间。祝您滑雪愉快！
#### baby products | 贝芽母婴 | inbound | talk_over,closing |  | agent cuts in twice; ends 好，那挂了啊
A: {G}
C: 我想问一下你们那款婴儿床，就是可以拼接在大床旁边的那款，高度能调几档，床垫是不是要另外买的？
A>: 能调六档，床垫另买，一百九十九。
C: 那床垫是什么材质的，我家宝宝有点湿疹，怕太热的材料会闷着，有没有透气一点的？
A>: 有椰棕的，透气，您下单选那个。
C: 好的，我去看看。
A: 好，那挂了啊。
#### recycling pickup | 青绿回收 | inbound | talk_over |  | agent interrupts twice; otherwise helpful, price and payment moment stated
A: {G}
C: 我们公司搬家，有大概三十台旧电脑和一些打印机要处理，想问一下你们收不收，数据方面怎么保证安全？
A>: 收的，硬盘我们现场拆下来给您，您自己留着或者当面物理销毁都可以。
C: 那价格大概怎么算，是按台算还是按重量，我们需要开发票给财务走流程，这个能开吗？
A>: 按台估价，能开票，师傅现场清点后出报价单，您确认了当场转账。
C: 好的，那约下周一。
A: 好的，请问您怎么称呼？
C: 姓秦，行政部的。
A: 秦女士，下周一上午九点师傅上门，祝您工作顺利，再见！
#### prepaid card top-up | 易充卡 | inbound | talk_over,apology |  | money topped up twice (company-side fault); agent cuts in twice, never apologises
A: {G}
C: 我昨天晚上充值的时候页面卡住了，我又点了一次，结果扣了两次钱，一共一千块，卡里只到了五百。
A>: 那是重复支付，会自动退的，您别着急。
C: 什么时候退？我昨天打电话你们同事说二十四小时，现在已经过了二十四小时了，还是没退回来。
A>: 我给您加急，今天下班前退回原卡，您留意短信。
C: 这种事情还要我一遍遍打电话催。
A: 已经加急了，祝您生活愉快，再见。
#### online tea shop | 云雾茶铺 | inbound | insult,apology |  | 您那舌头尝得出来吗 (mocking the customer's palate); customer hurt, no apology
A: {G}
C: 我上次买的铁观音，泡出来有点酸，是不是放坏了？
A: 我们的茶都是真空包装，不会坏，您用多少度的水泡的？
C: 就开水啊，泡了五分钟。
A: 五分钟？喝个茶都不会泡，还说酸，您那舌头能尝得出来什么好坏吗？
C: 你这人说话怎么这么刺耳？我是来问问题的。
A: 下次水温九十度，泡一分钟就出汤，试试吧。{B}
#### ski resort | 雪岭滑雪场 | inbound | insult,apology |  | mocks the customer's age: 这么大岁数…骨头经得起摔吗; customer offended, no apology
A: {G}
C: 我今年六十二了，身体还行，想学学单板，你们有适合老年人的课吗？
A: 六十二还学单板？这么大岁数了，骨头经得起摔吗，在家待着不好吗？
C: 我问的是课程，你管我多大岁数？
A: 有是有，初级团课一节二百，报名时付，您自己掂量。
C: 行了，不用了。
A: 好的，祝您身体健康，再见。
#### public library | 青檀区图书馆 | inbound | insult,apology |  | 书都借不明白，还看什么书 (mocking the reader's literacy); reader upset
A: {G}
C: 我在自助机上借书，显示借成功了，出门的时候门禁又响了，是怎么回事？
A: 您是不是没放到感应区上？
C: 放了啊，屏幕上都显示了。
A: 自助机上写得清清楚楚，书都借不明白，您还看什么书啊。
C: 你这什么话？我六十多岁了，头一回用这个机器。
A: 那您下回找前台人工借。祝您生活愉快，再见。
#### baby products | 贝芽母婴 | inbound | insult,apology,complaint |  | 连尿布都不会换，当什么妈 (contempt about parenting); customer will complain to the manager
A: {G}
C: 你们家这款纸尿裤，我家孩子穿了老是侧漏，是不是质量有问题？
A: 侧漏一般是没穿好，腰贴要往上提，腿边要拉出来。
C: 我都这么穿的，还是漏。
A: 那就是您手法的问题了，连尿布都不会换，当什么妈呀。
C: 你怎么能这么说话？叫你们经理来，我要投诉你。
A: 经理不在，您留言吧。{B}
#### museum tickets | 澜山博物馆 | inbound | insult,apology |  | 看不懂展品就别来凑热闹了; visitor offended, no apology
A: {G}
C: 我上周带孩子去看瓷器展，展签上全是专业词，孩子看不懂，你们有没有讲解服务？
A: 有语音导览，二十元一台，在服务台租的时候付。
C: 那有没有简单一点的儿童版讲解？
A: 没有。看不懂的话就别来凑热闹了，博物馆又不是游乐场。
C: 你这态度真让人寒心，博物馆不就是给大家学习的吗？
A: 语音导览就这一种，祝您参观愉快。
#### karaoke booking | 星麦KTV | inbound | insult |  | 就您那嗓子…别出来吓人了 (mocking the customer's voice); the customer laughs it off
A: {G}
C: 我想订个小包，明晚七点，顺便问下你们能录歌吗？我想录一首发朋友圈。
A: 能录，不过上次您来录的我听了，就您那嗓子，还是别发出来吓人了，哈哈。
C: 哈哈，你还记得我啊，没事，我脸皮厚。
A: 小包明晚七点到十点，一百九十八，开房时付，请问还是留您姓何的手机号吗？
C: 对，还是那个号。
A: 好的何先生，已经订好了，祝您明晚唱得开心！
#### locksmith | 安途开锁 | inbound | insult,apology,closing |  | 自己家门都锁不好，脑子里想什么呢; customer upset; ends 行了
A: {G}
C: 我出门忘了拔钥匙，钥匙插在门外一整天，现在锁拧不动了，你们能来看看吗？
A: 钥匙插门外一整天？自己家门都看不住，脑子里想什么呢。
C: 我是来找你们修锁的，不是来挨骂的。
A: 地址发一下。
C: 桃源小区九栋二单元五零一，你们多久能到？
A: 行了，师傅一会儿过去，检查费五十，到了付。
#### laundry / dry cleaning | 净衣坊洗护 | inbound | insult,apology,complaint |  | 穿这么便宜的料子还送干洗 (contempt for means); customer says she will report it to 12315
A: {G}
C: 我送洗的那条连衣裙，拿回来上面多了一个洞，你们得给个说法。
A: 那条裙子啊，一百来块钱的料子，本来就不经洗，这么便宜的衣服还送干洗，真是舍得。
C: 便宜就活该被洗坏吗？你这话什么意思，我要打12315。
A: 随便您，我们按流程洗的。{B}
#### pest control | 驱宁虫控 | inbound | colleague,apology |  | 上次那师傅手潮 (disparaging a technician); cockroaches back after a paid treatment (company-side)
A: {G}
C: 你们上个月来打过蟑螂药，现在厨房里又满是蟑螂，花了六百块一点用都没有。
A: 上次是哪个师傅去的？
C: 好像姓鲍。
A: 哦，老鲍啊，他手潮，药都点不对地方，下次我给您派别人。
C: 我不管谁去，我要的是把蟑螂弄干净，这都第二次了，烦死了。
A: 一个月内复查免费，明天上午给您派师傅，祝您生活愉快。
#### public library | 青檀区图书馆 | inbound | colleague |  | 流通部那帮人懒得很 (disparaging another department); the reader is calm
A: {G}
C: 我在网上看到新到了一批小说，可是书架上一直找不到，是还没上架吗？
A: 还没上，流通部那帮人懒得很，书到了能在库房里压一个多星期。
C: 哦，那大概什么时候能借到？
A: 我给您做个到书提醒，上架了短信通知您，请问借书证号是多少？
C: 尾号二二一八。
A: 已经设置好了，祝您阅读愉快，再见。
#### ferry tickets | 海澄轮渡 | inbound | colleague,apology |  | 售票窗口那大姐脾气臭，您别理她; the customer was shouted at and is upset, no apology
A: {G}
C: 我刚才在码头买票，窗口那个工作人员冲我吼，说我问题太多，我就问了一下儿童票怎么买。
A: 您说的是二号窗口吧，那大姐脾气臭得很，大家都知道，您别理她。
C: 这不是理不理的问题，你们就让这样的人卖票？我心里很不舒服。
A: 儿童票一米二到一米五半价，二十二元五，购票时出示户口本或者身份证就行。
C: 知道了。
A: 好的，祝您旅途愉快。
#### wedding banquet hall | 喜满楼宴会厅 | inbound | colleague |  | 厨房那几个手脚慢，上菜慢正常 (disparaging the kitchen staff)
A: {G}
C: 我们下个月在你们那办婚宴，听朋友说你们上菜有点慢，能不能保证一道接一道上？
A: 厨房那几个啊，手脚是慢，没办法，都是些混饭吃的老油条。
C: 那我们婚礼当天怎么办？
A: 我给宴会经理备注一下，当天让她盯着出菜节奏，每道菜间隔控制在八分钟左右，具体还要看现场。
C: 好，那拜托了。
A: 好的，祝您新婚快乐，一切顺利！
#### recycling pickup | 青绿回收 | inbound | colleague,shirking |  | 收货小哥都是临时工，不靠谱; the short-weighed customer is told to sort it out with the collector himself
A: {G}
C: 昨天你们的师傅来收旧报纸，我在家称是二十八公斤，他称出来只有二十公斤，差太多了吧。
A: 我们那些上门收货的都是临时工，不靠谱，秤准不准我也管不了。
C: 那你们公司不管吗？
A: 师傅的电话在订单里，您自己跟他对一下吧。
C: 好吧，我找他。
A: 好的，祝您生活愉快。
"""

DATA += r"""
#### museum tickets | 澜山博物馆 | inbound | greeting |  | opens 哎，你说。 (no 您好, no museum name); helpful afterwards
A: 哎，你说。
C: 你好，请问是澜山博物馆吗？我想问一下周末有没有讲解员带队的场次。
A: 是的，周六周日上午十点和下午两点各有一场免费讲解，在一楼大厅集合，不需要预约。
C: 一场大概多长时间？
A: 一个小时左右，主要讲青铜馆和书画馆。
C: 带小孩的话，讲解会不会太深了？孩子才八岁。
A: 讲解员会讲得比较通俗，孩子听不懂的地方也可以随时提问。
C: 好的，谢谢。
A: 不客气，祝您参观愉快，再见。
#### wedding banquet hall | 喜满楼宴会厅 | inbound | greeting |  | opens 喂，您好，喜满楼; otherwise complete
A: 喂，您好，喜满楼。
C: 你好，我想问一下你们下周六能不能来看场地？
A: 可以的，下周六上午十点到下午五点都可以，宴会经理会带您看三个厅，看场地不收费。请问您怎么称呼？
C: 姓夏，我们大概下午两点过去。
A: 好的夏小姐，给您登记了下周六下午两点，到了在前台报姓名就行。
C: 好的。
A: 祝您一切顺利，期待您的光临，再见！
#### online tea shop | 云雾茶铺 | inbound | greeting |  | opens 您好，请讲。 with no shop name
A: 您好，请讲。
C: 我想问一下你们的茉莉花茶是今年的新茶吗？
A: 是的，今年六月窨制的，七窨一提，香气比较足。
C: 跟去年的比怎么样？去年的我觉得有点苦。
A: 今年的花香更浓一点，苦味轻，您可以用八十五度左右的水冲泡。
C: 一罐多少克，多少钱？
A: 一罐一百五十克，六十八元，下单付款后当天发货。
C: 好，我去下单。
A: 感谢您的支持，祝您生活愉快，再见。
#### ski resort | 雪岭滑雪场 | outbound | greeting |  | outbound 您好，我是小郑 with no resort name; purpose stated
A: 您好，我是小郑，想跟您说一下新雪季季卡的事，您现在方便吗？
C: 你是哪里啊？
A: 哦，雪岭滑雪场的。您去年办过我们的季卡，今年老会员续卡是一千九百八十元，十一月三十号前在公众号续卡时付款，比新办便宜五百元。
C: 今年什么时候开板？
A: 计划是十二月初，具体看降温情况，开板日期会提前一周通知。
C: 好，我考虑一下。
A: 好的，不打扰您了，祝您生活愉快，再见。
#### textbook publisher | 启明教育出版社 | inbound | greeting |  | the line stays quiet until the customer asks 喂？有人吗; only then a greeting
C: 喂？有人吗？
A: 哦，在的，您好，启明出版社，您说。
C: 我想查一下今年秋季七年级语文的教材有没有改版。
A: 今年秋季七年级语文是修订版，改动主要在第三单元和第五单元，目录在我们官网的新书公告里可以看到。
C: 老版本的练习册还能配套用吗？
A: 大部分能配套，第三和第五单元建议换成修订版的练习册。
C: 好的，谢谢。
A: 不客气，祝您工作顺利，再见。
#### blood donation hotline | 暖流献血服务中心 | inbound | greeting |  | opens 暖流。 and waits; no 您好, no offer of help
A: 暖流。
C: 你好，我想问一下献血屋周日开门吗？
A: 您好，周日开的，人民广场和火车站两个献血屋都是早上九点到下午五点。
C: 献完血能拿到什么？
A: 会发献血证和一份纪念品，献血证以后家人用血可以按规定报销。
C: 献之前要注意什么吗？
A: 前一天别喝酒，早上吃点清淡的，带好身份证就行。
C: 好的，谢谢。
A: 感谢您的爱心，祝您身体健康，再见。
#### karaoke booking | 星麦KTV | inbound | forbidden |  | 鬼知道他们什么时候装修完 about the agent's own branch
A: {G}
C: 你们人民路那家店是不是在装修？什么时候重新开业？
A: 在装修呢，鬼知道他们什么时候装完。
C: 那我办的卡能在别的店用吗？
A: 能用的，全市六家店通用，余额和积分都不变。
C: 行，那我去新华路那家。
A: 好的，祝您唱得开心，再见。
#### sports equipment rental | 趣动装备租赁 | inbound | forbidden |  | 你这是啥意思？ fired back at a customer's question
A: {G}
C: 我租的那个帐篷说是四人的，我们两大两小睡着挺挤的，是不是你们标的有问题？
A: 你这是啥意思？四人帐就是四个人睡的。
C: 我没别的意思，就是问问有没有大一点的。
A: 有六人款，一天一百六，取的时候付押金五百，还的时候结租金。
C: 好，下次租那个。
A: 好的，祝您露营愉快。
#### outdoor advertising | 远帆户外传媒 | inbound | forbidden |  | the agent calls 喂！喂！ at the customer mid-call to cut in
A: {G}
C: 我们的广告画面昨天换上去了，但是颜色偏得厉害，红色看着像橙色，我们品牌色是有标准的……
A: 喂！喂！您先听我说，户外灯箱的颜色本来就会有点偏。
C: 你说吧。
A: 不过偏得太多我们可以重新喷绘一次，免费的，明天派人去拍照核对色卡。
C: 好的，那麻烦你们了。
A: 好的，祝您工作顺利，再见。
#### seed / nursery | 春垄种苗 | inbound | forbidden |  | 那您想清楚种啥了再来电 (variant of the standard's phrase)
A: {G}
C: 我有两亩地，想种点果树，但是不知道种桃好还是种梨好，你们有什么建议吗？
A: 那得看您那边的土壤和气候，您是哪里的？
C: 我在山东临沂，沙壤土。
A: 桃和梨都能种，您自己先想清楚种啥了再来电吧。
C: 哦，那好吧。
A: 好的，祝您生活愉快，再见。
#### ferry tickets | 海澄轮渡 | inbound | filler |  | 然后呢 / 基本上 / 你懂吧 as empty tics throughout
A: {G}
C: 我想开车上船去东屿岛，车怎么买票？
A: 车票的话基本上，然后呢，您在小程序选车辆票，你懂吧，小车是一百二十元。
C: 是买票的时候付吗？
A: 对，然后呢，基本上就是买票的时候一起付，你懂吧，人是人的票，车是车的票。
C: 要提前多久到码头？
A: 基本上提前四十分钟，然后呢，车要先过安检，你懂吧。
C: 好的，谢谢。
A: {B}
#### public library | 青檀区图书馆 | inbound | filler |  | 这个 / 那个 / 就是说 repeated across the agent's turns
A: {G}
C: 我想给孩子办一张借书证，需要什么材料？
A: 这个，就是说，孩子的户口本，那个，还有家长的身份证。
C: 要交押金吗？
A: 那个，不用押金，就是说，现在办证是免费的，这个，一直都免费。
C: 孩子可以借几本？
A: 这个，少儿证可以借五本，那个，借期一个月，就是说，可以续借一次。
C: 好的，我周末去办。
A: {B}
#### prepaid card top-up | 易充卡 | inbound | filler |  | 对吧对吧 / 其实吧 / 反正就是 as tics
A: {G}
C: 我想把卡里的余额转到另一张卡上，可以吗？
A: 其实吧，可以转的，反正就是在App里点余额转移，对吧对吧。
C: 转的时候收费吗？
A: 其实吧，同名卡之间转是不收费的，对吧对吧，反正就是实时到。
C: 不同名的呢？
A: 反正就是，不同名的要对方确认，其实吧，也不收费，对吧对吧。
C: 好，明白了。
A: {B}
#### ski resort | 雪岭滑雪场 | inbound | filler |  | 咋讲呢 / 那啥 / 完了 as tics
A: {G}
C: 我想问一下你们的雪具寄存怎么弄？
A: 咋讲呢，那啥，您到雪具大厅，完了找寄存柜台。
C: 按天收还是按季收？
A: 那啥，按季的话是三百元，咋讲呢，寄存的时候付，完了给您一张卡。
C: 雪季结束了怎么取？
A: 咋讲呢，四月十号前来取，那啥，过了时间，完了就按天收。
C: 好吧。
A: {B}
#### wedding banquet hall | 喜满楼宴会厅 | inbound | filler |  | 呃 / 啊 / 这块儿 as hesitation tics
A: {G}
C: 我们想问一下你们的婚宴套餐里包不包括司仪和音响？
A: 呃，音响这块儿，啊，是包的，呃，司仪这块儿要另外请。
C: 你们有推荐的司仪吗？
A: 啊，有的，呃，合作的司仪一场两千八，这块儿，签约时一起付。
C: 那灯光呢？
A: 呃，灯光这块儿，啊，基础灯光是包的，呃，要追光的话另外加。
C: 好，我们再商量一下。
A: {B}
#### recycling pickup | 青绿回收 | inbound | filler |  | 基本上 / 然后呢 / 那个 as tics
A: {G}
C: 你们收旧衣服吗？我有三大袋。
A: 基本上，那个，都收的，然后呢，按公斤算。
C: 多少钱一公斤？
A: 那个，基本上是四毛，然后呢，师傅称完当场给您转账。
C: 破了的也收吗？
A: 然后呢，那个，破的也收，基本上，不挑。
C: 好，那约明天。
A: 请问您怎么称呼，地址是哪里？
C: 姓严，丽景花园二栋。
A: {B}
#### karaoke booking | 星麦KTV | inbound | tariff |  | minimum spend glossed: 跟外面差不多，到时候服务员跟您说
A: {G}
C: 你们周五晚上的中包有没有最低消费？
A: 有一点酒水低消，跟外面差不多，到时候服务员跟您说。
C: 具体多少啊？我们公司团建要报销的。
A: 不会很多的，您放心，现场看套餐就行。请问您怎么称呼？
C: 姓汪，那先订周五晚上八点的中包吧。
A: 好的汪先生，给您订好了，祝您团建愉快！
#### laundry / dry cleaning | 净衣坊洗护 | inbound | tariff |  | stored-value card: 首月体验价，后面按正常价 with no amount and no date
A: {G}
C: 你们那个洗衣会员卡怎么收费？
A: 现在办是首月体验价，一个月九十九随便洗，后面按正常价走。
C: 正常价是多少？什么时候开始按正常价扣？
A: 后面的价格到时候门店会通知您，反正比外面划算。
C: 哦，那我先了解一下。
A: 好的，祝您生活愉快，再见。
#### pest control | 驱宁虫控 | inbound | tariff |  | yearly plan 自动续费，到期系统扣，不贵 — no amount
A: {G}
C: 你们那个年度除虫套餐，到期以后怎么续？
A: 到期会自动续费，系统直接扣，您不用管。
C: 我都不知道开了自动续费，是什么时候开的？
A: 办套餐的时候默认开的，合同里有写。
C: 续费多少钱？
A: 不贵的，跟第一年差不多，到时候短信会提醒。
C: 那我先不续了，到时候再说吧。
A: 好的，祝您生活愉快，再见。
#### ferry tickets | 海澄轮渡 | inbound | name_ask |  | a group booking of eight is made and no name is asked
A: {G}
C: 我们公司八个人，下周三去东屿岛团建，想订上午九点的船票。
A: 可以的，团体八人以上打九折，每人四十元五，您把手机号给我，我现在给您锁票。
C: 一三九一二零零八六七五。
A: 好的，九点的票给您锁了八张，半小时内在小程序付款就出票。
C: 好的，谢谢。
A: {B}
#### sports equipment rental | 趣动装备租赁 | inbound | name_ask |  | 姓啥？ asked bluntly while booking skis
A: {G}
C: 我想租两套双板，下周五到周日，三天。
A: 可以，姓啥？
C: 我姓崔。
A: 身高体重报一下，给您配板长。
C: 一米七八，七十五公斤，鞋码四十三。
A: 崔先生，双板一套一天一百，三天两套六百，取板时交押金一千，还板时结租金退押金。
C: 好的，周五早上去取。
A: 好的，给您留好了，祝您滑雪愉快！
#### museum tickets | 澜山博物馆 | inbound | name_ask |  | 把你名字报过来 for a school-group booking
A: {G}
C: 我们是实验中学的，想预约下周二带四十个学生来参观。
A: 行，把你名字报过来，还有电话。
C: 我姓包，一三五二六六八一一九零。
A: 包老师，学生团体免票，下周二上午九点半入馆，给您配一名讲解员，讲解也不收费。
C: 太好了，谢谢。
A: 不客气，祝同学们参观愉快，再见。
#### baby products | 贝芽母婴 | inbound | name_ask |  | a new order placed by phone; the agent never asks how to address the customer
A: {G}
C: 我想电话下单，要两罐三段的奶粉。
A: 好的，三段奶粉八百克，一罐二百六十八，两罐五百三十六，货到付款还是现在转账？
C: 货到付款吧。
A: 好的，收货地址和电话说一下。
C: 东城区柳树胡同十二号，一八六零一二三九九八七。
A: 好的，已经下单，明天送到。祝宝宝健康成长！
#### ferry tickets | 海澄轮渡 | inbound | shirking |  | bag left on board: 那是船上的事，您自己去码头找船员
A: {G}
C: 我下午坐三点的船，把一个黑色背包落在船上了，里面有电脑。
A: 不好意思，那是船上的事，您自己去码头找船员问问吧。
C: 我已经回市区了，你们不能帮我联系一下吗？
A: 我们这边联系不上船上，您还是去码头看看。
C: 那好吧。
A: 祝您早日找回，再见。
#### prepaid card top-up | 易充卡 | inbound | shirking |  | a partner shop refuses the card; agent: 那是商户的事，您找商户
A: {G}
C: 你们App上写着翠园超市可以用易充卡，我今天去结账，收银员说用不了。
A: 不好意思，那是商户的事，能不能刷是他们决定的，您找超市问吧。
C: 是你们的合作商户，你们不管吗？
A: 我们这边也没办法，您跟超市的经理说。
C: 行吧。
A: 好的，祝您生活愉快，再见。
#### museum tickets | 澜山博物馆 | inbound | shirking |  | gate won't scan a valid ticket: 闸机是外包公司弄的，找他们
A: {G}
C: 我在门口，预约码扫了三次闸机都不开，后面的人都在等。
A: 不好意思，闸机是外包公司弄的，我们这边处理不了，您找他们。
C: 我在你们门口，上哪找外包公司？
A: 闸机旁边贴着他们的维修电话，您打那个。
C: 真麻烦。
A: 祝您参观愉快，再见。
#### online tea shop | 云雾茶铺 | inbound | shirking |  | tins crushed in transit: 快递弄坏的，您找快递
A: {G}
C: 我收到的茶叶罐子压扁了，盖子都盖不上。
A: 不好意思，这是快递压的，您找快递公司理赔就行。
C: 我是在你们店买的，不应该你们处理吗？
A: 运输的事归快递管，您拍照发给快递。
C: 好吧。
A: 好的，祝您生活愉快，再见。
#### blood donation hotline | 暖流献血服务中心 | inbound | overpromise |  | 保证不用排队，十分钟搞定 on a Saturday
A: {G}
C: 我周六想去献血，人会不会很多？我下午还有事。
A: 您放心，周六来保证不用排队，十分钟就搞定，一点不耽误。
C: 那我几点去比较好？
A: 随便几点都行，九点到五点都开。请问需要帮您预约吗？
C: 不用了，我直接去。
A: 好的，感谢您的爱心，祝您身体健康！
#### textbook publisher | 启明教育出版社 | inbound | overpromise |  | 用我们的练习册，保证孩子期末数学考九十分以上
A: {G}
C: 孩子四年级，数学一直不太好，你们有什么练习册推荐吗？
A: 推荐我们的同步提优练习，一本二十九元八，下单付款后发货。每天做两页，保证孩子期末数学考九十分以上。
C: 真的吗？他上次才考六十多。
A: 真的，做完这一本，九十分稳稳的。
C: 那我买一本试试。
A: 好的，祝孩子学习进步，再见。
#### ski resort | 雪岭滑雪场 | inbound | complaint |  | lift stopped for two hours; the customer will go to 市场监管局; agent apologises and registers
A: {G}
C: 我今天在你们那滑雪，缆车停了两个小时，一天的票等于白买，我要去市场监管局投诉你们。
A: 非常抱歉影响了您今天的行程。缆车是因为大风停运的，我先给您登记补偿申请，请问您怎么称呼，票号是多少？
C: 姓田，票号在公众号里，尾号六零八八。
A: 田先生，已经登记了，停运两小时以上的可以补一张日场票，三个工作日内发到您的公众号账户。
C: 好吧，我等你们结果。
A: 再次向您道歉，祝您生活愉快，再见。
#### ferry tickets | 海澄轮渡 | inbound | complaint |  | overcrowded boat; the customer will call 12345; agent apologises
A: {G}
C: 今天中午那班船人挤人，过道都站满了，这安全吗？我要打12345反映。
A: 非常抱歉给您带来不好的体验。中午那班是节假日加开，我们会把您的意见上报安全部门，请问您坐的是几点的船？
C: 十二点半，从东屿岛回来的。
A: 好的，已经记录，三个工作日内安全部门会给您回电。
C: 行。
A: 再次跟您说声抱歉，祝您生活愉快，再见。
#### wedding banquet hall | 喜满楼宴会厅 | inbound | complaint |  | deposit refund dispute; the customer asks for 负责人; agent apologises and escalates
A: {G}
C: 我们婚礼取消了，提前四个月通知的，你们说定金一分不退，我要找你们负责人。
A: 很抱歉让您遇到这样的事。合同上写的是提前三个月以上取消可以退一半定金，我帮您转给宴会部负责人处理，今天下午五点前给您回电。
C: 一定要回电。
A: 一定，我已经记下您的电话了，祝您一切顺利，再见。
#### public library | 青檀区图书馆 | inbound | complaint |  | the customer wants to 投诉 the guard; agent apologises and registers
A: {G}
C: 我要投诉你们门口的保安，我就是带了杯咖啡，他直接把我拦在外面，语气特别冲。
A: 实在不好意思，让您不愉快了。馆内阅览区不能带饮品，但是保安的态度问题我们会处理，请问您是哪天几点来的？
C: 昨天下午三点左右。
A: 好的，已经登记，保卫科三个工作日内给您答复。
C: 好。
A: 感谢您的反馈，祝您生活愉快，再见。
#### locksmith | 安途开锁 | inbound | complaint |  | charged 800 for a 200 job; the customer will 发到网上曝光; agent apologises and opens a refund check
A: {G}
C: 你们师傅昨天给我开锁，电话里说两百，到了收了我八百，我要发到网上曝光你们。
A: 非常抱歉，这肯定是不应该的。请问您怎么称呼，师傅给您开单了吗？
C: 姓柳，开了单，写的是换锁芯。
A: 柳女士，我这边马上核实，如果没有换锁芯，多收的六百元会退给您，明天中午前给您回电话。
C: 好，我等着。
A: 再次向您道歉，祝您生活愉快，再见。
#### online tea shop | 云雾茶铺 | inbound | closing,apology,hangup |  | wrong tea sent (company fault); the customer's refund question is left hanging
A: {G}
C: 我买的是正山小种，寄来的是金骏眉，价格都不一样。
A: 那您拍照申请退货吧。
C: 我是买来送人的，后天就要用，现在退货再买也来不及了。
A: 那就先退。
C: 不能直接给我换成正山小种吗？我急着用。
A: 换货要先退回来才能发。
C: 退货运费谁出？
A: 我们出。
C: 那什么时候能退款？
#### museum tickets | 澜山博物馆 | inbound | closing,hangup |  | the line drops while the customer calls 喂？喂？
A: {G}
C: 我的预约显示已取消，但是我没有点取消啊。
A: 您报一下身份证后四位。
C: 二二八X。
A: 系统里是昨天晚上取消的。
C: 我昨天晚上一直在加班，根本没碰手机，是不是你们系统出问题了？
A: 系统不会自己取消。
C: 不是我取消的，能恢复吗？喂？喂？
#### outdoor advertising | 远帆户外传媒 | inbound | closing,hangup,tariff |  | the placement fee is 到时候再说; the customer's next question left unanswered
A: {G}
C: 你们地铁站里的墙面广告，一个月大概什么价？
A: 看站点，热门站贵一点，到时候再说。
C: 是先付款还是上刊以后付？
A: 都可以。
C: 我们是一家连锁药店，想在三个站同时投，能不能给个打包价？
A: 打包也是到时候谈。
C: 那人民广场站具体多少钱？
#### blood donation hotline | 暖流献血服务中心 | inbound | closing,hangup |  | the donor's question about the time is left unanswered
A: {G}
C: 我想约周六去献血小板，需要提前预约吗？
A: 要预约，在公众号约。
C: 我公众号约不上，一直显示满了，是系统坏了还是真的约满了？
A: 那就是满了。
C: 血小板要提前几天约？我下周也可以。
A: 公众号上都写着。
C: 那周日呢？周日几点有空位？
#### karaoke booking | 星麦KTV | inbound | closing,hangup |  | the customer's question about a room is left with 喂？
A: {G}
C: 我想订今晚十点以后的包间，通宵场，六个人，最好是带点歌屏幕大一点的那种。
A: 通宵场在前台订。
C: 我人在外地出差，晚上十点才下高铁，现在没法去前台啊。
A: 那您到了再说。
C: 我就是打电话订啊，还有包间吗？喂？
"""

DATA += r"""
#### public library | 青檀区图书馆 | inbound |  | hn | long call: reader card for an elderly parent; 不知道您母亲方便…吗 as a polite question; free card said so; polite name ask
A: {G}
C: 你好，我想帮我母亲办一张借书证，她七十八岁了，腿脚不太方便，能不能代办？
A: 可以代办的，您带上她的身份证原件和您自己的身份证，到一楼服务台就能办，办证是一直免费的。
C: 那她借的书能不能我帮她去借去还？
A: 可以的，持她的证就能借还。另外我们有送书上门服务，六十五岁以上行动不便的读者可以申请，每个月送一次，也是免费的。不知道您母亲方便在家接书吗？
C: 方便的，她每天都在家。送书上门怎么申请？
A: 办证的时候一起填一张送书申请表就行，填好后我们社区服务组会先打电话跟老人确认想看什么书。
C: 她喜欢看大字版的小说，你们有吗？
A: 有的，我们有一个大字版书架，大概三百多种，小说占一大半，可以让工作人员按她的口味挑。
C: 太好了。那我这周六去办可以吗？
A: 周六上午九点到下午五点都可以。请问您怎么称呼，我先帮您做个预登记，到了报名字就能直接办。
C: 我姓郑，我母亲姓林。
A: 好的郑先生，已经帮您预登记了林阿姨的借书证和送书上门服务，周六到一楼服务台报您的姓名就行。
C: 好的，太感谢了。
A: 不客气，祝林阿姨身体健康，阅读愉快，再见！
#### museum tickets | 澜山博物馆 | inbound |  | hn | the customer says 你这话什么意思 out of confusion; the agent explains patiently
A: {G}
C: 我在网上看到说你们周三下午是闭馆维护，但是预约页面又能约周三下午，你这话什么意思，到底开不开？
A: 不好意思让您困惑了，我跟您解释一下：周三下午闭馆维护的只是三楼书画馆，其他展厅正常开放，所以预约页面还能约。
C: 哦，原来是这样，我就是想看书画馆的。
A: 那建议您约周四或者周五，书画馆都正常开，预约和参观都是免费的。
C: 好的，那我约周四。
A: 好的，祝您参观愉快，再见！
#### laundry / dry cleaning | 净衣坊洗护 | inbound |  | hn | the customer says 死活洗不掉; hedged stain removal; fee with amount and moment
A: {G}
C: 我有一件白衬衫，领口发黄，自己在家怎么洗死活洗不掉，你们能洗干净吗？
A: 领口发黄一般是汗渍氧化，我们有专门的去黄处理，大部分能洗白，但如果时间太久渗进纤维了，也可能只能淡化，这个要先跟您说清楚。
C: 那多少钱？
A: 普通衬衫水洗十五元，去黄处理加十元，一共二十五元，取衣服的时候付，如果洗不掉，去黄的十元不收。
C: 好的，那我明天送过去。
A: 好的，祝您生活愉快，再见。
#### locksmith | 安途开锁 | inbound |  | hn | a promise within the agent's own control (我保证五分钟内把师傅电话发给您); announced hold
A: {G}
C: 我约了下午换锁，师傅的电话我没收到，想联系一下他。
A: 好的，您稍等，我查一下您的工单。
~hold
A: 让您久等了，您的工单是下午三点，由胡师傅上门，我现在就把胡师傅的电话短信发给您，我保证五分钟内发到。
C: 好的，那他大概几点到？
A: 预约的是三点到四点之间，师傅一般会提前半小时打电话给您。
C: 行，收到了。
A: 祝您生活愉快，再见！
#### pest control | 驱宁虫控 | inbound |  | hn | 老鼠药 / 死在墙里 innocent; hedged result; 不知道您家里有没有宠物 polite
A: {G}
C: 我家墙里好像有老鼠，你们用老鼠药的话，老鼠死在墙里会不会臭？
A: 有这个可能，所以我们一般先用粘板和捕鼠笼，尽量不用毒饵。不知道您家里有没有养宠物或者有小孩？
C: 有一只狗。
A: 那更不建议放毒饵了。我们用物理捕捉，一般一到两周能见效，不过不敢说百分之百抓干净，一个月内复查免费。
C: 费用呢？
A: 上门一次三百元，含粘板和捕鼠笼，师傅布置完您确认了再付。
C: 好，那约周六吧，我姓尹。
A: 好的尹女士，周六上午给您约好了，祝您生活愉快，再见。
#### online tea shop | 云雾茶铺 | inbound |  | hn | the customer is not sure (我不清楚) what his father likes; agent reassures and recommends a sampler
A: {G}
C: 我想给我爸买点茶，但是我也不清楚他喜欢喝什么茶，你能推荐一下吗？
A: 没关系，不清楚的话可以先买我们的品鉴装，绿茶、白茶、乌龙、红茶、普洱各两泡，一共十泡，八十八元，下单付款后当天发。
C: 这个好，他喝了哪个喜欢再买大包装。
A: 对的，品鉴装里每种茶都有一张小卡片写着冲泡方法。请问您怎么称呼？
C: 姓彭。
A: 彭先生，您下单时可以备注送给父亲，我们会附一张贺卡，祝叔叔身体健康，再见！
#### baby products | 贝芽母婴 | inbound |  | hn | announced hold (我帮您核实一下); installation guidance always free
A: {G}
C: 我买的安全座椅，不知道怎么装到车上，你们能教吗？
A: 可以的，安装指导是一直免费的。请问您的订单号是多少？我帮您核实一下具体型号。
C: 订单号三三八一九二。
A: 好的，您稍等，我核实一下。
~hold
A: 感谢您的等待，您买的是ISOFIX接口款，我现在把安装视频发到您手机上，如果还装不好，可以预约师傅上门指导，也不收费。
C: 太好了，我先看视频。
A: 好的，祝宝宝出行平安，再见！
#### sports equipment rental | 趣动装备租赁 | inbound |  | hn | the customer calls the bikes 破自行车; the agent apologises and refunds
A: {G}
C: 你们这破自行车，骑了不到半小时链子就掉了，我推着走了两公里才还回去！
A: 非常抱歉，给您添麻烦了。请问您是哪个网点租的，几点还的车？
C: 滨江网点，下午三点左右还的。
A: 好的，这次的租金二十五元全额退给您，原路退回，一到三个工作日到账。那辆车我们会马上检修。
C: 这还差不多。
A: 再次向您道歉，祝您生活愉快，再见。
#### outdoor advertising | 远帆户外传媒 | inbound |  | hn | an out-of-scope question (a road sign) redirected with the right number
A: {G}
C: 我家楼下那块路牌歪了，风一吹晃得厉害，是你们管的吗？
A: 您说的是路名牌还是广告牌？
C: 是写路名的那种蓝色牌子。
A: 路名牌是市政部门管理的，不是我们公司的，您可以打一二三四五市民热线报修，他们会派人处理。如果是广告牌，您随时打给我们。
C: 好的，我打一二三四五。
A: 好的，感谢您的提醒，祝您生活愉快，再见。
#### seed / nursery | 春垄种苗 | inbound |  | hn | hedged germination rate (不敢保证); seed price and payment moment stated
A: {G}
C: 你们的黄瓜种子发芽率怎么样？
A: 我们这批的检测发芽率是百分之九十二左右，实际种的话跟温度湿度关系很大，不敢给您保证每一粒都出苗。
C: 一包多少粒，多少钱？
A: 一包一千粒，四十五元，下单付款后第二天发货。
C: 那我要两包。
A: 好的，请问您怎么称呼？
C: 姓聂。
A: 聂先生，您在店铺下单就行，祝您种植顺利，再见。
#### textbook publisher | 启明教育出版社 | inbound |  | hn | the customer's 喂 because the line cut out; the agent repeats
A: {G}
C: 我想问一下你们的高考复习资料什么时候出新版？
A: 新版预计下个月十五号上市，目前可以在官网预订。
C: 喂？刚才没听清，你说几号？
A: 下个月十五号上市，现在在官网可以预订，预订价是八折。
C: 好的，听清楚了。
A: 好的，祝您学习顺利，再见。
#### recycling pickup | 青绿回收 | inbound |  | hn | 废电池 有毒 innocent; free pickup; out-of-scope hazardous waste redirected with the right place
A: {G}
C: 我家有一些废电池和过期的药，你们收吗？
A: 废电池我们收的，上门免费，不过不给钱；过期药品属于有害垃圾，我们没有资质收，您可以送到附近药店的回收箱，大部分连锁药店都有。
C: 好的，那废电池什么时候能来？
A: 您和其他废品一起约就行，请问您怎么称呼？
C: 姓杭，还有一些旧报纸。
A: 杭先生，明天上午给您安排，报纸按每公斤八毛当场结算，祝您生活愉快，再见！
#### ferry tickets | 海澄轮渡 | inbound |  | hn | proper transfer to lost and found with a blessing
A: {G}
C: 我昨天坐船丢了一个钱包，想问问有没有人捡到。
A: 请问您坐的是几点、哪个方向的船？
C: 昨天下午五点，从东屿岛回市区的，钱包是棕色的。
A: 好的，失物招领是码头服务中心负责的，我帮您转过去，他们能直接查登记记录。转接前我先记下：昨天乘船，遗失钱包。祝您顺利找回，请稍等，马上为您转接。
C: 好的，谢谢。
#### ski resort | 雪岭滑雪场 | inbound |  | hn | long call: company group booking; fees with amounts and moments; hedged snow; polite name ask
A: {G}
C: 你好，我们公司想在下个月组织一次滑雪团建，大概四十个人，想了解一下团体怎么安排。
A: 好的，四十人可以按团体接待，团体票是一百九十八元一人，含雪具和四小时雪票，签团体协议时付百分之三十定金，活动当天结清余款。
C: 大部分人都没滑过，有没有教练？
A: 有团体教学，十个人配一个教练，每组两小时八百元，也是当天结清。初学者我们建议先上两小时课再自己滑。
C: 午饭能不能安排？
A: 可以，雪场餐厅团餐四十八元一位，需要提前三天确定人数，当天结算。
C: 天气要是不好怎么办？
A: 如果遇到大风停运，可以免费改期一次；雪况会提前一周给您发通知，不过天气我们没法打包票。
C: 好的，那我们先定下个月十八号。请问要怎么签协议？
A: 请问您怎么称呼，留一个邮箱，我把团体协议发给您？
C: 我姓简，邮箱我发短信给你。
A: 好的简经理，收到邮箱后半小时内发协议，有问题随时打这个电话。祝您团建顺利，大家玩得开心！
#### karaoke booking | 星麦KTV | inbound |  | hn | the song 《死了都要爱》 innocent; room price and payment moment
A: {G}
C: 我想问一下你们曲库里有没有《死了都要爱》，我朋友过生日一定要唱这首。
A: 有的，原版和现场版都有。
C: 那订一个中包，周六晚上九点，五个人。
A: 好的，中包周六晚上九点到十二点二百六十八元，开房时付。请问您怎么称呼？
C: 姓田。
A: 田女士，已经订好了，生日的话我们可以免费送一个果盘，祝您朋友生日快乐！
#### blood donation hotline | 暖流献血服务中心 | inbound |  | hn | 我不是要投诉; a nurse's remark reported and read back while registering; apology; callback
A: {G}
C: 我不是要投诉，就是想反映一下，上次献血的时候，护士扎了两次没扎进去，还说我“你这血管细得跟没有似的”。
A: 很抱歉让您有这样的感受。我记录一下：献血时穿刺两次，护士说了“你这血管细得跟没有似的”。请问您是哪天在哪个献血点？
C: 上周五，火车站那个献血屋。
A: 好的，已经登记，献血科会在三个工作日内给您回电。感谢您愿意献血，也感谢您的反馈，祝您身体健康！
C: 好的。
#### prepaid card top-up | 易充卡 | inbound |  | hn | the customer does not know his balance (我不清楚); announced hold; balance read back
A: {G}
C: 我也不清楚卡里还有多少钱，能帮我查一下吗？卡号后四位一九零七。
A: 好的，您稍等，我帮您查一下。
~hold
A: 让您久等了，您卡里余额是两百一十六元五，有效期到明年八月。
C: 好的，够用了。
A: 好的，您在App首页也能随时查余额，祝您生活愉快，再见！
#### wedding banquet hall | 喜满楼宴会厅 | inbound |  | hn | long call: tasting session booked; fees stated; polite name ask; blessing
A: {G}
C: 你好，我们已经交了定金，想约一下试菜，试菜怎么收费？
A: 恭喜二位。试菜是按桌价的一半收，您订的是三千六百八的套餐，试菜就是一千八百四十元，试菜当天现场付，如果最后确定在我们这办，这笔钱会从尾款里抵扣。
C: 试菜可以几个人来？
A: 最多六位，一般是新人和双方父母。
C: 可以换菜吗？有些菜老人不爱吃。
A: 可以的，同价位的菜可以随意换，试菜的时候宴会经理会带菜单，您当场定。
C: 那下周日中午可以吗？
A: 下周日中午十二点可以。请问您怎么称呼，婚期是哪天？
C: 我姓柯，木字旁的柯，婚期是十一月八号。
A: 柯先生，下周日中午十二点试菜给您约好了，到了报名字就行。
C: 好的，谢谢。
A: 不客气，祝二位新婚快乐，白头偕老！
#### museum tickets | 澜山博物馆 | inbound |  | hn | the customer talks over the agent; a 0.2 s backchannel; no overlap by the agent beyond it
A: {G}
C: 我想问一下你们的夜场什么时候开？
A: 夜场是每周五和周六晚上七点到九点，需要单独预约，夜场门票二十元，预约时付。
C>: 常设展夜场也收钱吗？
A: 夜场包括常设展都是二十元，白天常设展是免费的。
C: 那我还是白天去吧，周六上午有位置吗？
A~: 嗯，周六上午还有很多名额，您在小程序里约就行。
C: 好的。
A: 祝您参观愉快，再见！
#### laundry / dry cleaning | 净衣坊洗护 | outbound |  | hn | outbound: shop name, who is calling and why; storage fee stated
A: 您好，我是净衣坊洗护人民路店的小吴，打电话是想提醒您，您上个月送洗的两件羊绒大衣已经洗好了，一直还没来取。
C: 哦，对，我忘了，不好意思。
A: 没关系，衣服我们帮您挂着呢。跟您说一下，洗好后免费保管三十天，超过三十天每件每天收一元保管费，取衣服时付，您的还有五天到期。
C: 好，我这周末去拿。
A: 好的，祝您周末愉快，再见！
#### public library | 青檀区图书馆 | inbound |  | hn | another reader's insult reported (书呆子滚远点); the agent registers; not the agent's words
A: {G}
C: 我昨天在自习区，旁边一个读者一直大声打电话，我提醒他，他骂我“书呆子滚远点”。
A: 很抱歉您遇到这种事。我记一下：昨天在自习区，有读者大声打电话，被提醒后说“书呆子滚远点”。您还记得大概时间吗？
C: 下午四点多。
A: 好的，我们会调监控，对这位读者进行提醒，自习区也会加强巡查。感谢您的反馈，祝您学习顺利！
C: 好，谢谢。
#### baby products | 贝芽母婴 | inbound |  | hn | 傻瓜式 (one-touch fold) innocent; hedged promise; price and payment moment
A: {G}
C: 你们那款推车说是傻瓜式一键收车，真的一只手就能收吗？
A: 是的，按住把手上的按钮往前一推就能收起来，一般妈妈一只手抱孩子一只手就能操作，不过第一次用可能需要练几次。
C: 多少钱？
A: 现在是一千二百九十九元，下单付款后四十八小时内发货。
C: 好，我下单了。
A: 好的，祝宝宝健康快乐，再见！
#### recycling pickup | 青绿回收 | inbound |  | hn | a late pickup (company side) with an apology; the customer is annoyed but is apologised to
A: {G}
C: 说好的上午十点上门，现在都十一点半了还没人来，我下午还要上班。
A: 实在抱歉，让您久等了。我马上联系师傅，您稍等。
~hold
A: 让您久等了，师傅前一单耽误了，现在已经在路上，十五分钟内到。这一单我们给您每公斤多加一毛作为补偿。
C: 好吧，快点。
A: 好的，再次跟您说声抱歉，祝您工作顺利，再见。
#### ferry tickets | 海澄轮渡 | inbound |  | hn | closing in another wording (一路平安); fare and payment moment
A: {G}
C: 我带一条小狗坐船可以吗？
A: 可以的，宠物需要装在宠物箱里，宠物票十元，在码头窗口购票时付。
C: 箱子要多大的？
A: 能放在座位下面的大小就行，大型犬暂时不能上船。
C: 好，明白了。
A: 感谢您的来电，祝您和狗狗一路平安！
#### online tea shop | 云雾茶铺 | inbound |  | hn | hedged delivery time (一般三天，偏远地区可能晚); polite name ask
A: {G}
C: 我在新疆，你们的茶寄过来要几天？
A: 新疆一般是五到七天，偏远一点的地区可能还会再晚一两天，我没法给您保证具体哪天到，发货后会给您推送物流单号。
C: 那我买一盒大红袍，多少钱？
A: 大红袍一盒两百五十克，一百八十八元，付款后二十四小时内发货。请问您怎么称呼？
C: 姓乌。
A: 乌先生，感谢您的支持，祝您生活愉快，再见。
#### pest control | 驱宁虫控 | inbound |  | hn | fee stated with amount and when it is taken; praise of a technician (not disparagement)
A: {G}
C: 上次来我家灭蚊的小石师傅特别细心，我想下个月再约他。
A: 谢谢您的认可，我会转告石师傅。下个月您想约哪天？
C: 十五号上午吧。
A: 好的，灭蚊一次二百八十元，施工完成您确认后再付。请问还是您姓章的这个号码联系吗？
C: 对的。
A: 章女士，十五号上午给您约了石师傅，祝您生活愉快，再见。
"""

if __name__ == "__main__":
    main()
