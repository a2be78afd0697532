"""Independent labelled call set N (eval/independent/tune_n.jsonl; first named heldout_n.jsonl, held out
until its blind figures were recorded, then renamed as round 14 of rule work began) — now a TUNING set.

Written by writer N on 2026-12-06 from DOMAIN.md, the seed articles in shared/seeds/,
eval/independent/README.md, the first 100 lines of build_m.py (label policy and data format), one
line of heldout_m.jsonl (format only) and the LabelledCall dataclass and load_labelled function of
eval/evaluate.py (format only).  No rule code, rulebook, tests, docs or other sets were read, and the
rule engine was never run on this file (only eval.evaluate.load_labelled, to check that it loads).
Run:
    .venv/bin/python eval/independent/build_n.py

Deterministic: the dialogues are hand-written data below (writer N's own; no other writer's
dialogues were copied); random.Random seeded from SEED (SEED=20261213) is used only for segment
timing, the order of the calls, the choice of the noisy calls, the rotation among correct
greeting/blessing wordings ({G} / {B} in the data) and the ASR-style noise.  Each call's timing and
noise come from their own generators seeded from SEED and the block index.  The noisy text is built
from the clean text by homophone swaps (writer N's own list), Chinese numerals before a unit turned
into digits, punctuation dropped or turned into spaces, then Traditional script from OpenCC (s2tw)
with about one changed character in ten left simplified.  Twenty industries none of the earlier
writers (A-M) used: a tattoo studio, a paid self-study room, a golf driving range, a genealogy
(family-tree book) compiler, a honey farm's mail order, farm-machinery repair, roof and bathroom
waterproofing, made-to-measure curtains, a go-kart track, wheelchair and rehab-equipment rental,
fire-safety inspection for shops, picture framing and scroll mounting, self-storage units, a hot-spring
resort, new-home inspection (验房), a notary office's booking line, smart-toilet after-sales, a scuba
diving school, a hospital escort service (陪诊) and antique-furniture restoration.  All company names
are invented.

Data format (writer N's own): a block starts "@ industry-key | in/out | labels | flags | note", then
one turn a line: "a:" agent, "c:" customer, "a!:" the agent starts 1.65-2.15 s before the customer's
turn ends (talk-over), "a~:" the agent starts 0.1-0.3 s before it ends (backchannel overlap,
negative), "c!:" the customer starts 0.9-1.6 s before the agent's turn ends (negative), "= hold" an
announced hold (9.5-13 s) after the agent's turn, which must announce it, "= gap" an unannounced
gap (13-17 s).  Flags: hn (hard negative, no labels), fast / slow (agent speech rate), late (the
customer has to speak first, 1.8-3.0 s into the call), badline (the customer's 喂 on a bad line
0.2-0.6 s into the call, answered at once by the full greeting), short (tight timing, a short call).
{G} is a correct inbound greeting, {B} a correct blessing, both drawn in rotation; {co} the company.

LABEL POLICY — writer M's policy (writer L's text plus M's "M:" readings), adopted unchanged; its text
is copied below.  "N:" marks readings of cases the text does not settle, each chosen to follow
DOMAIN.md.  Labels describe what was SAID: in a `"noise": true` call the text is what Whisper-base
would plausibly write for 8 kHz phone audio, but the labels are those of the clean speech.

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
             counted) >= 7.5 chars/s (positives 8.4-9.2) or <= 2.0 (drawl, positives 1.55-1.70);
             negatives keep every agent turn of >= 6 characters within 3.0-6.3.
short_call : the call lasts under 20 s (positives <= 18 s); all other calls last >= 30 s.
hangup     : read from the transcript: it ends on the customer's unanswered question or 「喂？」.

M: an insulted customer who protests in words (你怎么说话呢 / 太过分了) and hears no apology adds
   `apology` (plainly unhappy in words); every insult call in this set has such a protest.
M: a reproach about a service paid for is displeasure, not an insistent question: it owes an apology.
M: 「您考虑好了随时联系我」 said kindly at the end of an outbound follow-up is an invitation, not the
   dismissive 「那你想好了再打来吧」 (negative); a variant cutting the customer off is forbidden.
M: a customer's 喂 0.2-0.6 s into the call on a bad line, answered at once by the full greeting, is
   negative (`badline`); 「喂？有人吗？」 after 1.8-3.0 s of nothing is a late greeting (`late`).
M: a fee question left unanswered when the agent drops the call would owe the tariff disclosure; the
   set's hang-ups therefore end on questions that ask for no fee, so `hangup` never drags in `tariff`.
M: a party booking for a registered member still owes the polite name ask (a new booking).

N: a price stated with no moment of charging (「月租三百五」 and nothing on when it is taken) is
   `tariff` (the policy asks for BOTH); a fee the agent states with amount and moment before the
   customer asks is negative.
N: a brush-off that closes an insult and ends the call (「爱修不修吧」, then nothing) makes the call
   `insult` + `closing` (no blessing), never `forbidden`.
N: a customer who names a staff member's rudeness while giving feedback and is apologised to is not
   `complaint` unless 投诉/escalation words are said; the agent reading the words back is negative.
N: 「您再好好想想，想好了随时打给我们」 after the customer asked to think it over is kind (negative);
   「你自己都没想好打什么电话，想好了再打」 is the forbidden variant.
N: a bare 「行，您忙吧。」 or 「谢谢配合，再见。」 as the agent's last words is `closing` (no blessing).
N: an outbound call whose opening names the company and the agent but not why they call, and goes
   straight to a question, is `greeting`.
N: 「不知道您明天上午方便吗」 and 「您不清楚具体尺寸也没关系」 are negative (polite question, reassurance);
   「这我真不知道，你问别人去吧」 about the order asked is `forbidden` (and `shirking` when the matter
   is in scope and nothing is done).
N: a hold the agent announces with 「我帮您问一下」/「我帮您看看」 counts as announced (查/问/看 a record).
N: the customer addressed as 高老板 / 许老板 / 谢经理 is an honorific, not an escalation (`complaint` is the
   customer's words only); a promise within the company's own control (经理今天五点前一定回电, 今天下班前
   原路退回, 三点之前一定到，到不了我再给您打电话) is not `overpromise`.
N: renewing an existing rental or card is a change to an existing contract, not a new order; the set's
   inbound renewals still have the name asked or volunteered, the outbound ones call a known customer.
N: a company-side fault (a crooked rail, a no-show escort, a room's broken air-conditioning, a
   finish left patchy) owes `apology` even when the customer stays calm; a customer's own loss (a
   lost access card) does not.
N: an opening 「喂，…」 is `greeting`, not `forbidden` (喂 is forbidden when called at the customer
   mid-call, 「喂，听着没？」).
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import opencc

SEED = 20261213
OUT = Path(__file__).with_name("tune_n.jsonl")
TARGET_CALLS = 150

INDUSTRY = {
    "tattoo": ("tattoo studio", "墨痕纹身"),
    "study": ("paid self-study room", "静屿自习室"),
    "golf": ("golf driving range", "绿茵湾高尔夫"),
    "genea": ("genealogy book compiler", "承源族谱"),
    "honey": ("honey farm mail order", "百花岭蜂业"),
    "farm": ("farm-machinery repair", "丰犁农机"),
    "proof": ("waterproofing repair", "固邦防水"),
    "curtain": ("made-to-measure curtains", "锦帘坊"),
    "kart": ("go-kart track", "疾风卡丁车"),
    "rehab": ("wheelchair and rehab-equipment rental", "康途租赁"),
    "fire": ("fire-safety inspection", "安盾消防"),
    "frame": ("picture framing and mounting", "墨韵装裱"),
    "storage": ("self-storage units", "方舟迷你仓"),
    "spring": ("hot-spring resort", "云泉温泉"),
    "inspect": ("new-home inspection", "明鉴验房"),
    "notary": ("notary office booking line", "正衡公证处"),
    "toilet": ("smart-toilet after-sales", "洁澜卫浴"),
    "dive": ("scuba diving school", "蓝鲸潜水"),
    "escort": ("hospital escort service", "暖心陪诊"),
    "furn": ("antique-furniture restoration", "古木堂"),
}

FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask", "apology",
            "shirking", "overpromise", "colleague", "complaint", "silence", "talk_over",
            "speech_rate", "short_call", "hangup")
TIMING = ("silence", "talk_over", "speech_rate", "short_call", "hangup")

GREETINGS = [
    "您好，{co}，请问有什么可以帮您？",
    "您好，这里是{co}，请问您想咨询点什么？",
    "您好，{co}客服，工号{id}为您服务，请问有什么能帮到您？",
    "您好呀，{co}这边，您有什么需要尽管说，我来帮您处理。",
    "您好，{co}服务热线，很高兴为您服务，请问您需要办理什么业务？",
    "您好，欢迎致电{co}，我是客服小{nm}，请问今天有什么需要帮忙的？",
    "您好，{co}，请问您遇到什么情况了，我帮您看看。",
    "您好，{co}客户服务中心，请问我能为您做些什么？",
]
BLESSINGS = [
    "祝您生活愉快，再见。",
    "祝您一切顺利，再见。",
    "祝您天天开心，再见。",
    "祝您身体健康，万事如意，再见。",
    "祝您周末愉快，再见。",
    "祝您工作顺利，再见。",
    "祝您和家人平平安安，再见。",
    "祝您心想事成，再见。",
]
NAMES = "陈林周吴郑孙赵钱黄何罗梁宋唐许韩冯邓曹彭"

PUNCT = set("，。？！、：；“”‘’（）…—,.?!:;\"'()《》~·「」 ")
HOLD_WORDS = ("稍等", "查", "核实", "等一下", "问一下", "看看", "稍候")


def nchars(text: str) -> int:
    return sum(1 for ch in text if ch not in PUNCT and not ch.isspace())




# --------------------------------------------------------------------------------------- parsing
def parse_block(block: str) -> dict:
    lines = [ln.strip() for ln in block.strip().splitlines() if ln.strip()]
    head = lines[0]
    assert head.startswith("@"), head
    key, direction, labels, flags, note = [x.strip() for x in head[1:].split("|", 4)]
    assert key in INDUSTRY, key
    assert direction in ("in", "out"), head
    labs = sorted({x.strip() for x in labels.split(",") if x.strip()})
    for lab in labs:
        assert lab in FAMILIES, (lab, head)
    fl = {x.strip() for x in flags.split(",") if x.strip()}
    assert fl <= {"hn", "fast", "slow", "late", "badline", "short"}, fl
    turns = []
    for ln in lines[1:]:
        if ln.startswith("="):
            kind = ln[1:].strip()
            assert kind in ("hold", "gap"), ln
            turns.append((kind, ""))
            continue
        tag, text = ln.split(":", 1)
        assert tag in ("a", "c", "a!", "a~", "c!"), ln
        turns.append((tag, text.strip()))
    if "hn" in fl:
        assert not labs, head
    return {"key": key, "direction": direction, "labels": labs, "flags": fl, "note": note,
            "turns": turns}


class Rotor:
    """Rotation among correct wordings, in an order drawn once from the seeded generator."""

    def __init__(self, items: list[str], rng: random.Random):
        self.items = list(items)
        rng.shuffle(self.items)
        self.i = 0

    def next(self) -> str:
        item = self.items[self.i % len(self.items)]
        self.i += 1
        return item


def fill(text: str, co: str, grot: Rotor, brot: Rotor, rng: random.Random) -> str:
    if "{G}" in text:
        g = grot.next().format(co="{co}", id=str(rng.randint(1001, 8999)), nm=rng.choice(NAMES))
        text = text.replace("{G}", g)
    if "{B}" in text:
        text = text.replace("{B}", brot.next())
    return text.replace("{co}", co)


# ---------------------------------------------------------------------------------------- timing
def agent_rate(text: str, flags: set, rng: random.Random) -> float:
    n = nchars(text)
    if "fast" in flags:
        return rng.uniform(8.5, 9.2) if n >= 6 else rng.uniform(5.0, 6.0)
    if "slow" in flags:
        return rng.uniform(1.56, 1.69) if n >= 6 else rng.uniform(1.8, 2.6)
    return rng.uniform(4.5, 5.6) if n >= 6 else rng.uniform(3.0, 4.5)


def build_segments(turns: list[tuple[str, str]], flags: set, rng: random.Random, gap_scale: float):
    segs = []
    cur = 0.0            # the latest end so far
    pending = None       # "hold" / "gap" before the next turn
    first = True
    for tag, text in turns:
        if tag in ("hold", "gap"):
            pending = tag
            continue
        speaker = "agent" if tag.startswith("a") else "customer"
        n = nchars(text)
        if speaker == "agent":
            rate = agent_rate(text, flags, rng)
        else:
            rate = rng.uniform(3.6, 5.4)
        dur = max(0.5, n / rate)
        if first:
            if "late" in flags:
                assert speaker == "customer"
                start = rng.uniform(1.8, 3.0)
            elif "badline" in flags:
                assert speaker == "customer"
                start = rng.uniform(0.2, 0.6)
            else:
                start = rng.uniform(0.3, 0.8)
            first = False
        elif tag == "a!":
            prev = segs[-1]
            assert prev["speaker"] == "customer"
            ov = rng.uniform(1.65, 2.15)
            assert prev["end"] - prev["start"] > ov + 0.8, ("customer turn too short for a talk-over", text)
            start = prev["end"] - ov
        elif tag == "a~":
            prev = segs[-1]
            assert prev["speaker"] == "customer"
            start = prev["end"] - rng.uniform(0.1, 0.3)
        elif tag == "c!":
            prev = segs[-1]
            assert prev["speaker"] == "agent"
            ov = rng.uniform(0.9, 1.6)
            assert prev["end"] - prev["start"] > ov + 0.8, ("agent turn too short to be talked over", text)
            start = prev["end"] - ov
        elif pending == "hold":
            start = cur + rng.uniform(9.5, 13.0)
        elif pending == "gap":
            start = cur + rng.uniform(13.2, 16.9)
        elif "short" in flags:
            start = cur + rng.uniform(0.15, 0.4)
        else:
            start = cur + min(3.5, rng.uniform(0.3, 1.4) * gap_scale)
        pending = None
        end = start + dur
        segs.append({"speaker": speaker, "start": round(start, 2), "end": round(end, 2), "text": text,
                     "_tag": tag})
        cur = max(cur, round(end, 2))
    assert pending is None
    duration = round(cur + rng.uniform(0.2, 0.7), 1)
    return segs, duration


def timing_labels(segs: list[dict], duration: float, texts: list[str] | None = None) -> tuple[set, dict]:
    """The timing families as computed from the segments (texts: the noisy text, if any)."""
    texts = texts or [s["text"] for s in segs]
    out, info = set(), {"gaps": [], "overlaps": [], "rates": []}
    if duration < 20:
        out.add("short_call")
    cur = 0.0
    for i, s in enumerate(segs):
        gap = s["start"] - cur
        if i > 0 and gap >= 10:
            prev = segs[i - 1]
            announced = prev["speaker"] == "agent" and any(w in prev["text"] for w in HOLD_WORDS) and gap <= 14
            info["gaps"].append((round(gap, 2), announced))
            if not announced:
                out.add("silence")
        elif i > 0:
            prev = segs[i - 1]
            announced = prev["speaker"] == "agent" and any(w in prev["text"] for w in HOLD_WORDS)
            info["gaps"].append((round(gap, 2), True if (announced and gap > 4) else None))
        if i > 0 and s["speaker"] == "agent" and segs[i - 1]["speaker"] == "customer":
            ov = segs[i - 1]["end"] - s["start"]
            if ov > 0:
                info["overlaps"].append(round(ov, 2))
            if ov >= 1.0:
                out.add("talk_over")
        cur = max(cur, s["end"])
    rates = []
    for s, t in zip(segs, texts):
        if s["speaker"] == "agent" and nchars(s["text"]) >= 6:
            rates.append(nchars(t) / (s["end"] - s["start"]))
    info["rates"] = rates
    if rates:
        mean = sum(rates) / len(rates)
        if mean >= 7.5 or mean <= 2.0:
            out.add("speech_rate")
    last = segs[-1]
    if last["speaker"] == "customer" and re.search(r"(？|\?|喂)\s*$", last["text"]):
        out.add("hangup")
    return out, info


def check_timing(cid: str, labs: set, segs: list[dict], duration: float, texts=None) -> None:
    got, info = timing_labels(segs, duration, texts)
    want = {x for x in labs if x in TIMING}
    assert got == want, (cid, "timing", sorted(got), sorted(want), info)
    if "short_call" in labs:
        assert duration <= 18.0, (cid, duration)
    else:
        assert duration >= 30.0, (cid, duration)
    for gap, announced in info["gaps"]:
        if announced is None:
            assert gap <= 4.0, (cid, "gap", gap)
    if "talk_over" in labs:
        assert sum(1 for o in info["overlaps"] if o >= 1.6) >= 2, (cid, info["overlaps"])
    else:
        assert all(o <= 0.3 for o in info["overlaps"]), (cid, info["overlaps"])
    if "speech_rate" not in labs:
        assert all(3.0 <= r <= 6.3 for r in info["rates"]), (cid, [round(r, 2) for r in info["rates"]])
    if "hangup" in labs:
        assert "closing" in labs, cid


# ----------------------------------------------------------------------------------------- noise
HOMOPHONES = [
    ("稍等", "烧等"), ("确认", "确任"), ("预约", "预越"), ("师傅", "师父"), ("已经", "以经"),
    ("抱歉", "报歉"), ("退款", "退宽"), ("投诉", "头诉"), ("纹身", "文身"), ("蜂蜜", "蜂密"),
    ("轮椅", "轮以"), ("消防", "消房"), ("装裱", "装表"), ("验房", "验放"), ("公证", "公正"),
    ("马桶", "马通"), ("潜水", "浅水"), ("陪诊", "陪真"), ("窗帘", "窗联"), ("族谱", "族普"),
    ("防水", "房水"), ("卡丁车", "卡丁彻"), ("高尔夫", "高二夫"), ("温泉", "文泉"), ("自习室", "自习是"),
    ("仓库", "仓酷"), ("您好", "你好"), ("帮您", "帮你"), ("麻烦", "马烦"),
    ("地址", "地只"), ("联系", "连系"), ("尺寸", "尺存"), ("发票", "发飘"), ("合同", "和同"),
    ("维修", "为修"), ("上门", "尚门"), ("工作日", "工作而"), ("费用", "费永"), ("一下", "以下"),
    ("这边", "这编"), ("没关系", "没关西"), ("放心", "方心"), ("登记", "等级"), ("修复", "修付"),
]
CN_DIG = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
UNITS = "元|块|号|天|分钟|小时|个月|年|次|岁|米|公分|楼|层|周|位|张|杆|斤|瓶|平|折|点半"


def cn2int(s: str) -> int | None:
    if "万" in s:
        return None
    total, num = 0, None
    for ch in s:
        if ch in CN_DIG:
            num = CN_DIG[ch]
        elif ch in CN_UNIT:
            total += (1 if num is None else num) * CN_UNIT[ch]
            num = None
        else:
            return None
    if num is not None:
        total += num
    return total


def to_digits(text: str, rng: random.Random) -> str:
    def rep(m):
        val = cn2int(m.group(1))
        if val is None or rng.random() < 0.25:
            return m.group(0)
        return f"{val}{m.group(2)}"
    return re.sub(r"([零一二两三四五六七八九十百千]+)(" + UNITS + ")", rep, text)


_S2TW = opencc.OpenCC("s2tw")


def noisy_text(text: str, rng: random.Random) -> str:
    for a, b in HOMOPHONES:
        if a in text and rng.random() < 0.55:
            text = text.replace(a, b, 1)
    text = to_digits(text, rng)
    mode = rng.random()
    if mode < 0.45:
        text = re.sub(r"[，。？！、：；…“”]", "", text)
    elif mode < 0.8:
        text = re.sub(r"[，。、：；…“”]", " ", text).replace("？", " ").replace("！", " ").strip()
        text = re.sub(r" +", " ", text)
    else:
        text = re.sub(r"[。！]", "，", text).rstrip("，")
    trad = _S2TW.convert(text)
    out = []
    for s_ch, t_ch in zip(text, trad) if len(trad) == len(text) else zip(trad, trad):
        out.append(s_ch if (s_ch != t_ch and rng.random() < 0.1) else t_ch)
    return "".join(out)


# ------------------------------------------------------------------------------------------ build
def main() -> None:
    blocks = [parse_block(b) for b in BLOCKS]
    rng = random.Random(SEED)
    grot = Rotor(GREETINGS, rng)
    brot = Rotor(BLESSINGS, rng)
    order = list(range(len(blocks)))
    rng.shuffle(order)
    n_noisy = round(len(blocks) * 0.25)
    noisy_idx = set(rng.sample(range(len(blocks)), n_noisy))
    records, errors = [], []
    for pos, bi in enumerate(order):
        b = blocks[bi]
        cid = f"N-{pos + 1:03d}"
        crng = random.Random(SEED * 1000 + bi)
        industry, co = INDUSTRY[b["key"]]
        turns = [(tag, fill(text, co, grot, brot, crng)) for tag, text in b["turns"]]
        labs = set(b["labels"])
        segs, duration = None, None
        for scale in (1.0, 1.3, 1.6, 2.0, 2.5, 3.0):
            trng = random.Random(SEED * 7919 + bi)
            segs, duration = build_segments(turns, b["flags"], trng, scale)
            if "short" in b["flags"] or "short_call" in labs or duration >= 30.5:
                break
        try:
            check_timing(cid, labs, segs, duration)
        except AssertionError as e:
            errors.append(f"block {bi} ({b['key']}, {b['labels']}, {b['note'][:40]}): {e}")
            continue
        noise = bi in noisy_idx
        if noise:
            nrng = random.Random(SEED * 104729 + bi)
            texts = [noisy_text(s["text"], nrng) for s in segs]
            try:
                check_timing(cid + "(noisy)", labs, segs, duration, texts)
            except AssertionError as e:
                errors.append(f"block {bi} noisy ({b['key']}, {b['labels']}, {b['note'][:40]}): {e}")
                continue
            for s, t in zip(segs, texts):
                s["text"] = t
        for s in segs:
            s.pop("_tag")
        records.append({
            "call_id": cid, "labels": sorted(labs), "note": b["note"], "noise": noise,
            "duration": duration,
            "metadata": {"writer": "N", "industry": industry, "company": co,
                         "direction": "outbound" if b["direction"] == "out" else "inbound",
                         "hard_negative": "hn" in b["flags"], "language": "zh", "sample_rate": 8000},
            "segments": segs,
        })
    if errors:
        print("\n".join(errors))
        raise SystemExit(f"{len(errors)} block(s) fail the timing checks")
    records.sort(key=lambda r: r["call_id"])
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    fam = Counter(lab for r in records for lab in r["labels"])
    print(f"{len(records)} calls -> {OUT}")
    for f in FAMILIES:
        print(f"  {f:12s} {fam.get(f, 0)}")
    print("  hard negatives", sum(r["metadata"]["hard_negative"] for r in records),
          " unlabelled", sum(not r["labels"] for r in records),
          " noisy", sum(r["noise"] for r in records),
          " noisy hn", sum(r["noise"] and r["metadata"]["hard_negative"] for r in records),
          " outbound", sum(r["metadata"]["direction"] == "outbound" for r in records),
          " multi-label", sum(len(r["labels"]) >= 2 for r in records))
    fast = sum(1 for b in blocks if "fast" in b["flags"])
    slow = sum(1 for b in blocks if "slow" in b["flags"])
    print(f"  speech_rate fast {fast} slow {slow}; industries {len({b['key'] for b in blocks})}")
    if "--final" in sys.argv:
        assert len(records) == TARGET_CALLS, len(records)


BLOCKS: list[str] = []

# ----------------------------------------------------------------------------------------- data
# (the hand-written dialogues are appended below in BLOCKS += [...] chunks)

BLOCKS += [
"""@ tattoo | in | insult,apology,closing | | age and looks mocked, the customer told to take it or leave it; agent never blesses
a: {G}
c: 你好，我想在胳膊上纹个图案，把以前做手术留下的疤盖住，能做吗？
a: 疤多大？多长时间了？
c: 大概十厘米，有五六年了，我今年五十二了，不知道年纪大了还能不能纹。
a: 能纹是能纹，不过说实话，您这岁数皮都松了，纹上去过两年就走形，花那冤枉钱图啥呢。
c: 你这叫什么话？我花钱纹身碍着你了？
a: 我就实话实说，您爱纹不纹吧，反正我们这儿排期也满了。
c: 行，我换一家。
""",
"""@ study | in | insult,apology | | means and ambition mocked (连这点钱都舍不得，还考什么研); fee stated with amount and moment
a: {G}
c: 我想问一下，你们自习室月卡多少钱？我在准备考研。
a: 月卡四百八一个月，办卡当天付，从第一天入座开始算三十天。
c: 有点贵啊，能不能便宜点，学生没什么钱。
a: 四百八都嫌贵？连这点钱都舍不得，还考什么研，我看您也悬，回家自己刷题得了。
c: 你怎么能这么说话？我就问问价格而已。
a: 价格就这个价格，学生证打九折，四百三十二，办卡当天付，想办的话现在就能给您登记。
c: 算了，我再看看别家。
a: 好，{B}
""",
"""@ golf | in | insult,apology | | skill and coordination mocked (挥杆跟抡锄头似的); name volunteered; fee stated
a: {G}
c: 我上周在你们那儿上了体验课，想问问教练说我挥杆有什么问题，能不能再约一节。
a: 您是哪天来的？
c: 周六上午，我姓郑。
a: 郑先生，我看到记录了。说句不好听的，您那挥杆跟抡锄头似的，就您这协调性，练一年也就这样，还是别浪费钱了。
c: 你这什么态度？我是来学球的，又不是来挨骂的。
a: 我这是替您省钱。真想约的话，周三晚上七点还有位置，课时费一节两百，上课前在前台付。
c: 那就周三吧。
a: 行，周三晚上七点给您约上了，{B}
""",
"""@ genea | in | insult,apology,closing | | contempt for the customer's farming forebears; ends on 就这样
a: {G}
c: 我想给我们家修个族谱，从我爷爷那辈往上，大概能查到清朝，你们能做吗？
a: 您家以前是做什么的？
c: 祖上好像都是种地的，没出过什么人物。
a: 那就没什么好修的了，几代都是刨地的有啥可写的，印出来也没人看，您省省吧。
c: 你这人说话太难听了，种地的就不配有族谱？
a: 我又没说错，您要非修也行，回头自己来店里看样本吧，就这样。
""",
"""@ honey | in | insult,apology | | the customer's palate mocked (您这舌头是不是不太灵); test fee with amount and moment
a: {G}
c: 我上个月在你们那儿买的槐花蜜，吃着怎么没什么花香，甜得发齁，是不是掺了糖浆？
a: 我们家的蜜都是自己蜂场摇的，有检测报告的。您这舌头是不是不太灵光，真蜜假蜜都尝不出来？
c: 你说谁舌头不灵？有你这么跟顾客说话的吗？
a: 口感每个人不一样。您要不放心，可以把蜜寄回来，我们送去第三方检测。
c: 检测要钱吗？
a: 检测费一百五，查出来有问题我们出，没问题的话从您的退货款里扣，报告出来那天结算。
c: 那行吧，我寄回去。
a: 好的，寄回地址我稍后短信发您，{B}
""",
"""@ farm | in | insult,apology | | regional; comprehension questioned (你是听不懂人话还是咋的); cleaning fee with amount and moment
a: {G}
c: 师傅，我那台拖拉机修好拉回来，开了两天又打不着火了，咋回事嘛？
a: 你加的啥油？
c: 就加的油啊，跟以前一样。
a: 说了八百遍了要加零号柴油，你是听不懂人话还是咋的？加错了油还好意思打电话来问。
c: 你咋这样说话呢？我六十多岁的人了，你这么吼我？
a: 那你拉过来吧，油路得重新洗，洗一次一百二，修完取车的时候付。
c: 好，明天一早拉过去。
a: 行，明天早上八点以后都有人在，{B}
""",
"""@ proof | in | insult,apology,closing | | the customer's home called a pigsty, ends on 挂了
a: {G}
c: 你们上个月给我家卫生间做的防水，现在楼下邻居说天花板又渗水了。
a: 您家卫生间是不是天天拿水管冲地？
c: 也就正常洗澡拖地啊。
a: 正常？我们师傅上门的时候都说了，您家卫生间脏得跟猪圈似的，地漏都堵了，渗水怪谁，自己家住成那样还好意思找我们。
c: 你说话客气点！我家脏不脏关你什么事？
a: 客气不了，要返修就登记排期，下个月十号左右师傅过去，挂了。
""",
"""@ curtain | in | insult,apology | | eyesight mocked over a wrong measurement; remeasure fee with amount and moment; polite name ask
a: {G}
c: 你们送来的窗帘短了一大截，离地有二十公分，这怎么挂啊？
a: 尺寸是您自己量了报给我们的吧？单子上写的二米四。
c: 对，我量的就是二米四啊。
a: 二米六量成二米四，您这眼神还是先配副眼镜去吧，量个窗户都量不明白。
c: 你什么意思？嘲笑我是吧？
a: 我们可以上门重新量，量一次五十，重新做一幅三百六，都是下单的时候付。您看要不要约？
c: 约吧，周六上午。
a: 请问您贵姓？我登记一下。
c: 姓宋。
a: 宋女士，周六上午九点到十一点师傅上门，{B}
""",
"""@ tattoo | in | | hn | an artist's rude words reported and read back while registering feedback, 我不是要投诉; apology given
a: {G}
c: 我前天在你们那儿做了个小纹身，想跟你们反映一下，那个纹身师说话挺难听的。
a: 非常抱歉让您有不好的体验，您方便说说他是怎么说的吗？
c: 他说我皮肤这么松，纹了也是白纹，我听着挺不舒服的。我不是要投诉，就是想让你们知道。
a: 明白，我跟您核对一下：纹身师说您“皮肤这么松，纹了也是白纹”，是这句吧？
c: 对，就是这句。
a: 这话确实不应该说，真的很抱歉。我已经记下来反馈给店长，会对他做服务培训，您那个纹身恢复得还好吗？
c: 恢复得还行，就是有点痒。
a: 有点痒是正常的，别抓，按时涂修复膏就好，感谢您的反馈，祝您早日恢复，生活愉快，再见。
""",
"""@ study | in | | hn | the customer's 不知道 and reassurance 您不清楚座位号也没关系; seat renewal with amount and moment; polite ask
a: {G}
c: 你好，我想续一下我的固定座，但我不知道我的座位号是多少了。
a: 您不清楚座位号也没关系，我按手机号帮您查，请问您怎么称呼？
c: 我姓许，手机尾号三三八一。
a: 许同学，查到了，您是二楼靠窗的二十六号座。续一个月是五百二，今天续的话今天付款，从您现在这张卡到期的下个月三号开始算。
c: 好的，那我续一个月。
a: 已经给您续上了，付款链接发到您手机上了，{B}
""",
"""@ honey | in | | hn | crystallised honey: the customer calls the company 骗子 and is reassured and apologised to
a: {G}
c: 我买的油菜花蜜全变成白色的一坨一坨的了，你们是不是骗子，卖的假蜜啊？
a: 让您担心了，真不好意思。油菜花蜜结晶是很正常的，因为它葡萄糖含量高，天冷就容易结晶，恰恰说明没掺糖浆。
c: 真的假的？我还以为坏了。
a: 是真的，您可以把瓶子放到四十度左右的温水里泡一泡，慢慢就化开了，不影响吃。
c: 哦，那行，我试试。
a: 好的，有什么问题随时打给我们，{B}
""",
"""@ rehab | in | | hn | 滚轮 and 死 in innocent words; a company-side fault apologised for and handled
a: {G}
c: 你们租给我的轮椅，后面那个小滚轮转起来咯噔咯噔响，有时候还卡死不动。
a: 实在抱歉给您添麻烦了，可能是防倾轮的轴承进了灰，我们给您免费上门换一个。
c: 什么时候能来？我妈天天要用。
a: 明天上午师傅带一台备用轮椅过去，先换给老人用，旧的拿回来修，不收任何费用。
c: 好的，那麻烦你们了。
a: 不麻烦，这是我们应该做的，祝阿姨早日康复，再见。
""",
"""@ escort | in | | hn | 神经内科 in an innocent sentence; polite 不知道您…吗; new booking with polite name ask; fee with amount and moment
a: {G}
c: 我想给我爸约个陪诊，他下周要去市一院神经内科复查，我上班走不开。
a: 好的，请问您怎么称呼？
c: 我姓唐。
a: 唐先生，半天陪诊是一百六十元，陪诊结束当天在小程序上付款。不知道老人家周二上午方便吗？
c: 周二上午可以。
a: 好的，周二早上七点半陪诊师到您家楼下接老人，{B}
""",
"""@ toilet | in | | hn | 死机 of the smart seat; an announced hold of about 10 s; the fault apologised for
a: {G}
c: 我家的智能马桶盖好像死机了，按哪个键都没反应。
a: 不好意思给您添麻烦了，您先拔掉电源，等三十秒再插上试试。
c: 拔了，插上还是不行。
a: 那我帮您查一下这台的保修记录，请您稍等。
= hold
a: 久等了，您这台还在保修期内，明天下午师傅上门检修，不收费。
c: 好，明天下午我在家。
a: 好的，师傅出发前会先给您打电话，{B}
""",
"""@ fire | out | | hn | an outbound opening with company, role and purpose; fee stated; 感谢您的配合 + blessing
a: 您好，我是安盾消防的检测员小钱，打电话是想跟您约一下您店里今年的消防设施年检时间。
c: 哦，又到一年了啊，什么时候？
a: 下周一到周三都可以，年检费三百八，检测完当场出报告的时候付。不知道您哪天方便？
c: 周二下午吧。
a: 好的，请问怎么称呼您？
c: 我姓高。
a: 高老板，周二下午两点，检测员会带证件上门，感谢您的配合，祝您生意兴隆，再见。
""",
"""@ storage | in | | hn,badline | the customer's 喂 on a bad line answered at once by the full greeting; renewal with amount and moment
c: 喂？
a: {G}
c: 我在你们那儿租了个小仓位，下个月到期，想续租半年。
a: 好的，请问您的仓位号是多少？
c: B区一百零八号，我姓邵。
a: 邵先生，查到了，二平米的小仓，续半年是一千零八十元，今天续今天付，从下个月十五号接着算。
c: 行，续吧。
a: 已经给您续好了，电子合同发到您手机上了，{B}
""",
"""@ notary | in | | hn | hedged answer and an honest limit (我们不能打包票) on how long review takes
a: {G}
c: 我想办一个出国用的学历公证，多久能拿到？我下个月中旬就要走了。
a: 一般材料齐全的话，大概五到七个工作日能出证，不过如果需要核实学历，时间会长一点，这个我们不能给您打包票。
c: 那我最好早点来？
a: 对，建议您这周就带身份证和毕业证原件过来，公证费是三百二，受理的时候交。
c: 好，我明天上午过去。
a: 好的，明天上午八点半开始受理，{B}
""",
"""@ dive | in | | hn | a proper transfer to the teaching office, with a blessing
a: {G}
c: 我报了你们的开放水域课，想改一下下个月的上课时间。
a: 好的，请问您报的是哪一期，报名时登记的手机号是多少？
c: 是十一月十五号开课那一期，手机号尾号六六二零。
a: 查到了，您是十一月十五号那一期的学员，改期要重新排泳池和教练。
c: 对，我那几天要出差，想往后挪一个礼拜。
a: 课程调期是教务老师负责排的，我现在帮您转接教务，请您稍等，祝您学习顺利，再见。
""",
"""@ kart | in | | hn | the customer's 你这话什么意思 out of confusion; the customer talks over the agent; a backchannel overlap
a: {G}
c: 我想周末带我儿子去玩卡丁车，他十一岁了。
a: 十一岁的话可以开儿童车，成人车要满十六岁，而且身高要一米五以上才能上。
c: 你这话什么意思，是说他只能开那种小车吗？
a~: 嗯。
a: 不好意思，我没说清楚，是这样的，十六岁以下只能开儿童车，儿童车速度慢一些，更安全，赛道是一样的。
c!: 哦哦明白了。
a: 儿童车十分钟一场，一场八十元，到场买票的时候付。
c: 好，那我们周六去。
a: 好的，周六早上九点开门，{B}
""",
"""@ spring | in | | hn | the customer calls the pool 破温泉, the agent apologises and compensates
a: {G}
c: 我昨天去你们那儿泡，那破温泉水都是温吞吞的，一点都不热，白跑一趟。
a: 真的非常抱歉，昨天下午露天区的加热管检修，水温确实偏低，给您的体验打了折扣。
c: 那你们也不提前说一声。
a: 是我们通知不到位，实在对不起。我给您账户里补一张单人门票，三个月内有效，您下次来直接用就行，不用再付钱。
c: 那还行。
a: 再次向您道歉，感谢您的理解，祝您泡得舒心，生活愉快，再见。
""",
"""@ frame | in | | hn | 猪鬃刷 and 死 in innocent craft words; the quote with amount and moment; polite name ask
a: {G}
c: 我有一幅绢本的老画想托裱一下，就是有点发黄，边上还有一块死褶。
a: 绢本比较娇气，托裱的时候得用猪鬃刷一点点排，死褶要先喷水压平，师傅手艺没问题的。
c: 大概要多少钱，多久能好？
a: 四尺的画托裱加装框是四百六，半个月能好，取画的时候付款。请问您怎么称呼？
c: 我姓韩。
a: 韩先生，您方便的时候把画送过来就行，{B}
""",
"""@ furn | in | | hn | the customer's 不清楚 and reassurance 您不清楚也没关系; free appraisal stated as free
a: {G}
c: 我家有个老柜子，是我奶奶留下来的，腿有点松了，我也不清楚是什么木头的，能修吗？
a: 您不清楚是什么木头也没关系，我们师傅上门一看就能认出来，上门看是免费的，不收任何费用。
c: 那修的话大概要多少钱？
a: 腿松了重新加固，一条腿一百，四条腿四百，师傅看了要是还有别的问题另外报价，您同意了才开工，费用完工验收以后付。请问您怎么称呼？
c: 我姓何。
a: 何女士，您看这周四下午师傅过去方便吗？
c: 可以。
a: 好的，周四下午给您安排上了，{B}
""",
"""@ spring | in | greeting | | opens with 喂，说吧; the rest correct
a: 喂，说吧。
c: 你好，我想问一下你们温泉周一开不开门？
a: 周一正常营业的，早上九点到晚上十一点。
c: 好的，那儿童票怎么算？
a: 一米二以下的小朋友免票，一米二到一米四半价，六十八元，在入口买票的时候付。
c: 明白了，谢谢。
a: 不客气，{B}
""",
"""@ storage | in | greeting | | 嗯，方舟迷你仓。 with no offer of help
a: 嗯，方舟迷你仓。
c: 你好，我想问问你们那儿周末能去取东西吗？
a: 可以的，我们二十四小时都能进，刷门禁卡就行。
c: 门禁卡丢了怎么办？
a: 您带身份证到前台补一张，补卡是二十元，补的时候付。
c: 好的，谢谢啊。
a: 不客气，{B}
""",
"""@ rehab | in | greeting | late | the customer has to call 喂？有人吗？ first; the rest correct
c: 喂？有人吗？
a: {G}
c: 我想给我妈租一个助行器，她刚做完髋关节手术。
a: 好的，助行器月租八十元，押金三百，押金和第一个月租金在送货上门的时候付，还回来押金当天退。
c: 可以，明天能送吗？
a: 明天下午能送到。请问您怎么称呼？
c: 姓冯。
a: 冯女士，明天下午给您送过去，祝阿姨早日康复，再见。
""",
"""@ inspect | out | greeting | | an outbound 您好，我是小吴 with no company
a: 您好，我是小吴，跟您确认一下明天上午验房的时间。
c: 哦，是验房公司的吧？明天上午十点可以吗？
a: 对，明鉴验房的。十点可以，验房师会带空鼓锤和水平仪，大概两个小时。
c: 要不要我准备什么东西？
a: 您带上购房合同和交房时的验收单就行，验完当天出电子报告。
c: 好的，钥匙我带着。
a: 好的，到时候小区门口见，{B}
""",
"""@ frame | in | closing | | ends on 行，您忙吧。 with no blessing
a: {G}
c: 我上周送过去裱的那幅字，好了没有？
a: 您贵姓？我查一下。
c: 姓孙。
a: 孙先生，您那幅字已经裱好了，现在在店里，随时可以来取，取的时候把尾款两百付了就行。
c: 好，我周末过去拿。
a: 行，您忙吧。
""",
"""@ honey | in | closing | | thanks only (感谢您的来电，再见) at the end
a: {G}
c: 我想问一下，你们的枣花蜜和荆条蜜有什么区别？
a: 枣花蜜颜色深一点，味道浓，有点焦香；荆条蜜颜色浅，清甜，不容易结晶。
c: 哪个适合泡水喝？
a: 泡水的话荆条蜜口感更清爽一些，很多老顾客都是拿它泡柠檬水。
c: 好的，我去你们网店看看。
a: 好的，感谢您的来电，再见。
""",
"""@ kart | in | closing | | ends on 那先这样，拜拜
a: {G}
c: 你们那儿能包场吗？公司团建，大概二十个人。
a: 可以包场，工作日包场一小时三千二，周末三千八，预订的时候先付一千定金，尾款当天结。
c: 包场的话车是随便开吗？有没有次数限制？
a: 一小时里面不限圈数，车有十二台，大家轮着开，我们安排两个安全员在场。
c: 好，我回去跟领导商量一下再定。
a: 好的，那先这样，拜拜。
""",
"""@ toilet | in | forbidden | | the agent's own 我也不清楚 about the error code asked; then a visit arranged, apology given
a: {G}
c: 我家马桶盖屏幕上一直显示E五，也冲不了水，这是什么问题？
a: E五啊，这个代码啥意思我也不清楚。
c: 你们是售后，你都不清楚那谁清楚？
a: 不好意思给您添麻烦了，这样吧，我给您派个师傅明天上门看看，保修期内不收费。
c: 行吧，明天什么时候？
a: 明天下午两点到五点之间，{B}
""",
"""@ notary | in | forbidden | | 你这话啥意思？ at the customer; the agent later apologises
a: {G}
c: 我的材料上周就交了，到现在还没出证，你们是不是故意拖着不给办？
a: 你这话啥意思？我们拖你干嘛？
c: 那怎么这么久？
a: 不好意思，我刚才语气急了。我帮您查一下，请您稍等。
= hold
a: 查到了，您的材料里户口本复印件缺了一页，工作人员已经发短信通知您补交了，补交后三个工作日左右出证。
c: 哦，我没注意看短信。
a: 没关系，您明天带户口本原件过来补一下就行，{B}
""",
"""@ golf | in | forbidden,closing | | 那你自己想好了再打过来吧 cutting the customer off; fees stated with amount and moment
a: {G}
c: 我在犹豫是办十次卡还是月卡，你们这两个有什么区别？
a: 十次卡九百，月卡一千二，都是办卡当天付清，十次卡半年内用完，月卡一个月内不限次。
c: 我一周大概去两次，你觉得哪个划算？
a: 那你自己想好了再打过来吧，我这边还有别的电话。
c: 啊？好吧。
""",
"""@ storage | in | tariff | | after three free months the price is glossed (到时候会有人联系您，不会太贵)
a: {G}
c: 我看你们在搞活动，新客户前三个月免费，是真的吗？
a: 是真的，现在签一年的合同，前三个月不收租金。请问您怎么称呼？
c: 我姓邓，那三个月以后一个月多少钱？
a: 邓先生，这个到时候会有人跟您联系，价格会根据仓位大小来，反正不会太贵的。
c: 那行，我先签吧。
a: 好的，合同我发到您手机上，{B}
""",
"""@ spring | in | tariff | | an annual card sold with its price glossed (就一点点钱，来了前台跟您说)
a: {G}
c: 我想订周六两个人的门票。
a: 好的，周六双人票三百九十八，现在在线付款就行。请问您怎么称呼？
c: 姓罗。
a: 罗女士，另外我们现在办年卡送私汤体验，年卡就一点点钱，来了前台跟您说，特别划算。
c: 哦，那我到时候看看。
a: 好的，周六的门票给您订好了，{B}
""",
"""@ rehab | in | tariff | | N: a price with no moment of charging (月租一百八 and nothing on when it is taken)
a: {G}
c: 我想租一个电动轮椅，月租多少钱？
a: 电动轮椅月租一百八。
c: 好，那我先租一个月，什么时候能送到？
a: 后天上午能送到。请问您怎么称呼？
c: 姓曹，送到幸福里小区三栋。
a: 好的曹先生，后天上午给您送到幸福里三栋，{B}
""",
"""@ tattoo | in | overpromise | | 一点都不疼……绝对不会感染; a new booking with polite name ask and fee with amount and moment
a: {G}
c: 我想纹个小字母在手腕上，第一次纹，有点怕疼。
a: 您放心，我们家纹身一点都不疼，纹完当天就能洗澡游泳，绝对不会感染。
c: 那价格呢？
a: 手腕小图一次三百，纹之前先付一百定金，纹完付尾款。请问您怎么称呼？
c: 我姓梁。
a: 梁小姐，周五下午三点给您约上了，{B}
""",
"""@ proof | in | overpromise | | 保您二十年不漏，漏了我把脑袋给您 (exaggeration); fee stated
a: {G}
c: 我家阳台一下雨就往屋里渗水，你们能做吗？
a: 能做，做完我们的防水，保您二十年一滴都不漏，漏了我把脑袋给您。
c: 那么厉害？多少钱啊？
a: 阳台按平米算，一平米八十，师傅量完报总价，做完验收了再付款。请问您贵姓？
c: 姓彭。
a: 彭先生，明天上午师傅过去量，{B}
""",
"""@ escort | in | overpromise | | 专家号包在我身上，肯定挂得上; booking with polite name ask and fee with amount and moment
a: {G}
c: 我想约个陪诊，顺便想问问能不能帮忙挂到省人民医院心内科的专家号？
a: 专家号包在我身上，明天肯定给您挂得上，一百个放心。请问您怎么称呼？
c: 姓林。
a: 林女士，陪诊半天一百六，挂号费按医院收费，陪诊结束当天一起在小程序上付。
c: 好，那麻烦你们了。
a: 不客气，{B}
""",
"""@ furn | in | filler | | tics 那个/就是说/然后 over four turns
a: {G}
c: 我家一把老椅子，扶手断了，能修吗？
a: 那个，能修的，就是说，要看断口那个，那个齐不齐。
c: 断口挺齐的。
a: 那个，齐的话就是说好办，然后我们，然后就是用榫卯给它接上。
c: 要多久？
a: 那个，大概就是说一个礼拜，然后，然后费用是三百，修好取的时候付。
c: 行，那我送过去，我姓曹。
a: 好的曹先生，那个，您带上断下来的那截，{B}
""",
"""@ golf | in | filler | | tics 其实吧/怎么说呢/对吧 over three turns
a: {G}
c: 我是新手，想问问你们练习场有没有适合初学的课程？
a: 其实吧，怎么说呢，我们有个入门班，对吧，就是专门给新手的，其实吧很简单。
c: 入门班上几次？
a: 怎么说呢，一共八节课，对吧，其实吧一周两次，一个月就上完了，对吧。
c: 多少钱？
a: 其实吧，入门班两千四，对吧，报名的时候一次付清。请问您怎么称呼？
c: 姓吴。
a: 吴先生，您周六可以过来试一节，{B}
""",
"""@ dive | in | name_ask | | 你叫啥名字？身份证号报一下 (impolite ask) for a new enrolment
a: {G}
c: 我想报名你们的潜水入门课，下个月的。
a: 行，你叫啥名字？身份证号报一下。
c: 我叫黄晓东，身份证号我稍后发给你们吧。
a: 可以，入门课三千六，报名时先交一千定金，开课第一天交齐。
c: 好的。
a: 黄先生，定金链接发您手机上了，{B}
""",
"""@ curtain | in | name_ask | | a new made-to-measure order taken with no name ask at all
a: {G}
c: 我想给客厅做一套遮光窗帘，宽三米二，高二米七。
a: 好的，遮光布一米一百二，三米二宽按两倍褶算，加上轨道一共一千零五十元，下单的时候付一半，装完付另一半。
c: 可以，颜色就要浅灰的。
a: 好的，浅灰色，送货地址是？
c: 新华路锦绣花园五栋二单元六零二。
a: 好的，十天左右做好给您上门安装，{B}
""",
"""@ honey | in | shirking,apology | | a broken jar sent to the courier (你找快递去，我们管不了); the customer unhappy, no apology
a: {G}
c: 我刚收到你们寄的蜂蜜，打开箱子瓶子碎了一个，蜜流得到处都是。
a: 瓶子碎了那是快递摔的，你找快递去，我们这边管不了。
c: 东西是你们发的，这也太不负责了吧？
a: 我们发出去的时候都是好的，你跟快递要赔偿就行。
c: 那行吧。
a: 嗯，{B}
""",
"""@ farm | in | shirking | | an engine fault under the shop's repair warranty pushed to the maker (你自己找厂家去)
a: {G}
c: 你们上个月给我换的那个发动机配件，现在又漏机油了，是不是配件有问题？
a: 不好意思，配件是厂家生产的，质量问题你自己找厂家去，厂家电话在配件盒子上。
c: 可配件是你们给我换的呀，保修不是你们管吗？
a: 我们就是换的，配件本身的事归厂家管。
c: 那你们总该过来看看吧？我真是服了。
a: 厂家那边说了算，{B}
""",
"""@ kart | in | colleague | | the safety marshals disparaged (就是混日子的); the agent apologises
a: {G}
c: 我上周去你们那儿玩，有个车一直熄火，叫了半天才有人来管。
a: 实在不好意思。我们那几个安全员就是混日子的，一个个站那玩手机，叫他们跟没听见一样。
c: 那你们得管管啊。
a: 是是，给您送两张体验券，下次来直接用，不收费。
c: 行吧。
a: 再次抱歉，{B}
""",
"""@ frame | in | colleague | | the previous agent called new and clueless (新来的，啥也不懂)
a: {G}
c: 我上次打电话问，你们有个人说装框要一个月，这么久？
a: 不好意思，上次接电话的是新来的小姑娘，啥也不懂，她的话您别信。普通装框一周就能好。
c: 哦，那价格呢？
a: 一米以内的框一百八，取的时候付。
c: 好的，那我这周送过去。
a: 好的，请问您贵姓？
c: 姓叶。
a: 叶女士，{B}
""",
"""@ spring | in | complaint | | 我要打12345投诉你们; the agent apologises and registers it
a: {G}
c: 我在你们那儿丢了一块手表，锁柜里丢的，找了三天都没给我个说法，我要打12345投诉你们。
a: 非常抱歉给您造成这么大的困扰，这件事确实是我们处理得太慢了。
c: 你们就一直拖。
a: 我现在就把您的情况升级给值班经理，今天下午五点前一定由经理给您回电话，给您一个处理方案。
c: 行，我等着。
a: 再次向您道歉，感谢您的耐心，{B}
""",
"""@ inspect | in | complaint | | 让你们经理跟我说; an apology given
a: {G}
c: 你们的验房师说我家没问题，结果我住进去一个月墙就开裂了，我要找你们经理。
a: 非常抱歉，出现这种情况是我们的失误，我马上帮您登记，请经理今天跟您联系。
c: 还验什么房，白花钱。
a: 真的很抱歉，我们会安排验房师免费上门复查，开裂的问题会出书面报告，必要的话协助您找开发商维修。
c: 那你让你们经理今天必须给我打过来。
a: 好的，今天下午经理给您回电，{B}
""",
"""@ study | in | silence | | an unannounced gap of 13-17 s after the customer's question
a: {G}
c: 我想问一下，你们自习室有没有带独立台灯和插座的座位？
= gap
a: 有的，靠墙那一排都有独立台灯和插座。
c: 那个座位是不是要贵一点？
a: 对，靠墙座月卡五百二，普通座四百八，都是办卡当天付。
c: 好的，我下午过去看看。
a: 好的，{B}
""",
"""@ genea | in | silence | | an unannounced gap of 13-17 s after the customer's question
a: {G}
c: 你们修族谱一般要多长时间？
a: 要看您家族的支系多不多，资料全的话三个月左右。
c: 那你们要我提供什么资料？
= gap
a: 家里老人的名字、出生年份，还有以前的老谱、墓碑照片这些，越全越好。
c: 好的，我回去整理一下。
a: 好的，整理好了随时联系我们，{B}
""",
"""@ fire | in | talk_over | | the agent starts about 2 s before the customer finishes, twice
a: {G}
c: 我开了个小饭馆，消防那边说要我们找第三方做个检测出报告，你们能做吗？
a!: 能做能做，饭馆的话主要查灭火器、烟感和应急灯。
c: 那大概要多少钱，多久能出报告，我下个礼拜就要交上去？
a!: 一百平以内的店检测费三百八，检测完当场出报告，当场付款。
c: 那就明天吧。
a: 好，请问您怎么称呼？
c: 我姓许。
a: 许老板，明天上午十点检测员上门，{B}
""",
"""@ toilet | in | talk_over | | the agent cuts in twice while the customer describes the fault
a: {G}
c: 我家马桶冲完水以后，那个喷嘴一直在往外滴水，滴了一晚上，地上全是水。
a!: 不好意思给您添麻烦了，您先把马桶后面的进水阀关掉。
c: 关掉了，那是不是喷嘴坏了，要不要换个新的，保修期还有半年呢？
a!: 应该是喷嘴的密封圈老化了，保修期内免费换，明天上午师傅上门。
c: 好的。
a: 好的，师傅出发前会先给您打电话，{B}
""",
"""@ storage | in | speech_rate | fast | every agent turn at 8.5-9.2 chars/s
a: {G}
c: 你好，我想了解一下你们的仓位有哪些大小？
a: 我们有一平米二平米四平米和八平米四种规格都是恒温恒湿的二十四小时监控。
c: 四平米的能放下一个一居室的东西吗？
a: 一居室的家具家电基本都能放下要是有大衣柜的话建议您选八平米的。
c: 好的，我周末去看看。
a: 好的您周末过来前台会带您看仓位祝您生活愉快再见。
""",
"""@ furn | in | speech_rate | slow | every agent turn at 1.56-1.69 chars/s (drawl)
a: 您好，古木堂，请问有什么可以帮您？
c: 我想问一下，你们修红木家具上漆吗？
a: 上漆的，我们用的是传统大漆。
c: 那一张八仙桌大概要多久？
a: 一般要二十天左右，要阴干。
c: 好的，我考虑一下。
a: 好的，祝您生活愉快，再见。
""",
"""@ kart | in | short_call | short | a short call: opening hours only
a: 您好，疾风卡丁车，请问有什么可以帮您？
c: 今晚几点关门？
a: 晚上十点关门。祝您玩得开心，再见。
c: 好，谢谢。
""",
"""@ notary | in | short_call | short | a short call: the address only
a: 您好，正衡公证处，请问有什么可以帮您？
c: 你们地址在哪？
a: 人民路八十八号二楼。祝您办事顺利，再见。
c: 好的。
""",
"""@ curtain | in | hangup,closing,apology | | a crooked rail (company-side fault, no apology); the agent drops the call on the customer's unanswered question about the fitter
a: {G}
c: 我家窗帘昨天装的，今天发现轨道有点歪，能不能让师傅再来一趟？
a: 歪多少？
c: 左边比右边低了差不多一公分，拉起来有点卡。
a: 一公分问题不大。
c: 那到底能不能来调一下？
""",
"""@ dive | in | hangup,closing,apology | | a cancelled trip left unexplained; the agent drops the call on 喂？
a: {G}
c: 你们这周末的出海潜水怎么突然取消了？我假都请好了。
a: 天气原因。
c: 天气预报明明是晴天啊，你们提前一天才通知，我机票都订了。
a: 海上有风浪，船出不去。
c: 那我机票都订了，你们就给一句天气原因？
a: 反正取消了。
c: 喂？喂？
""",
]

BLOCKS += [
"""@ kart | in | insult,apology | | age and heart held against the customer (这岁数还来凑热闹); price stated with amount and moment
a: {G}
c: 我想问问你们卡丁车有没有年龄上限？我今年六十三了，想跟孙子一起玩。
a: 上限倒是没有，不过您这岁数还来凑什么热闹，别到时候心脏病犯了在赛道上，还得赖我们。
c: 你怎么说话的？我身体好着呢，用不着你咒我。
a: 我这是提醒您。要来的话成人车一场十分钟一百元，到场买票的时候付，签个健康声明就行。
c: 哼，那我周末带孙子过去。
a: 行，周末早上九点开门，{B}
""",
"""@ rehab | in | insult,apology | | the customer's wits mocked over the wheelchair brake (脑子里装的是啥)
a: {G}
c: 你们这个轮椅怎么老是往前溜，刹不住啊？
a: 刹车在两边轮子上面，往下一扳就锁住了，说明书第一页就写着。
c: 我扳了，还是有点溜。
a: 那是您没扳到底。这么简单的东西都弄不好，您脑子里装的是啥啊。
c: 你这是什么态度？我七十多了，看不清楚不行吗？
a: 那您让家里年轻人帮着扳一下，扳到底听到咔哒一声就行了。
c: 好吧，我试试。
a: 嗯，祝您生活愉快，再见。
""",
"""@ fire | out | insult,apology | | an outbound call turning to contempt for the customer's shop (小破店，早晚得关门)
a: 您好，我是安盾消防的检测员小郑，打电话跟您约一下您店里的消防年检。
c: 上个月不是刚来过吗？怎么又要查？
a: 上个月是初查，您店里的灭火器过期了没换，这次是复查。
c: 我这两天忙，能不能下个月再说？
a: 就你们那种小破店，查不查都一样，早晚得关门，我还懒得跑呢。
c: 你这人怎么说话呢？太过分了吧！
a: 复查是免费的，您定个时间，这周五之前必须查完。
c: 那就周五下午。
a: 行，周五下午两点，{B}
""",
"""@ frame | in | insult,apology | | sarcasm about the customer's taste (就这种地摊货也值得装裱？您这眼光可真够独特的)
a: {G}
c: 我在夜市买了一幅山水画，挺喜欢的，想拿去你们那儿装个框。
a: 夜市买的？多少钱买的？
c: 八十块。
a: 就这种地摊货也值得装裱？装框比画还贵，您这眼光可真够独特的。
c: 我喜欢就行了，你管我多少钱买的？你怎么这么说话？
a: 要装也行，普通木框一百二，取画的时候付。请问您怎么称呼？
c: 姓赵。
a: 赵女士，您有空把画送过来，{B}
""",
"""@ storage | in | insult,apology,closing | | the customer's things called 破烂; the agent closes with a brush-off (随便您吧)
a: {G}
c: 我家里有一些旧家具和书，想存一段时间，你们最小的仓位多大？
a: 一平米的。您都是些什么东西？
c: 一个旧沙发，两个书柜，还有十几箱书，都是老的。
a: 您那堆破烂还租什么仓，租金一年都够买新的了，直接当废品卖了得了。
c: 你这说的什么话？那是我父亲留下来的东西！
a: 我就是给您算笔账，租不租随便您吧。
""",
"""@ spring | in | insult,apology | | sarcasm (您还真把自己当贵宾了……做梦呢); the price difference stated with amount and moment
a: {G}
c: 我买的是普通门票，能不能让我进一下贵宾区的私汤池？就看一眼。
a: 哟，您还真把自己当贵宾了？买个普通票就想享受贵宾待遇，做梦呢。
c: 我就是问问，你至于这么阴阳怪气吗？
a: 想进也行，补差价一百八，进去之前在前台补。
c: 知道了。
a: 嗯，{B}
""",
"""@ notary | in | insult,apology | | wits attacked (您是真糊涂还是装糊涂？) after materials brought wrong twice
a: {G}
c: 我今天去办委托公证，又被退回来了，说户口本不对，这已经是第二次了。
a: 上次不是跟您说了要带原件吗？材料都能带错两回，您是真糊涂还是装糊涂？
c: 你这是骂人呢？我上次就是按你们说的带的！
a: 上次说的是户口本原件，您带的是复印件。下次带原件来，当天就能受理。
c: 那我明天再去。
a: 好，明天上午八点半开始受理，{B}
""",
"""@ toilet | in | insult,apology,closing | | skill mocked and a brush-off ends the call (您这动手能力也是没谁了，爱装不装吧)
a: {G}
c: 我买的马桶盖自己装，装了一上午都装不上，卡扣对不上。
a: 卡扣对不上就是方向反了，说明书上有图。
c: 我照着图装的，还是不行，你们能不能派人来装？
a: 马桶盖都装不上，您这动手能力也是没谁了，爱装不装吧，派人得等下周。
c: 你什么态度啊？我买你们东西还得受这个气？
a: 嗯。
""",
"""@ genea | in | hangup,closing | | the agent stops answering; the call ends on the customer's question about the proofs
a: {G}
c: 我上个月交的族谱资料，你们说这个月给初稿，现在到哪一步了？
a: 还在排版。
c: 排版排完是先给我看样稿吗？
a: 嗯。
c: 那样稿是寄纸质的还是发电子版的？
""",
"""@ rehab | in | hangup,closing,apology | | a late delivery, the customer unhappy and unanswered; ends on 喂？
a: {G}
c: 说好今天上午送轮椅过来，现在都下午三点了还没到，老人在家等着出门呢。
a: 司机在路上。
c: 在路上在路上，上午就说在路上，到底几点能到？
a: 快了。
c: 你能不能给个准话？喂？
""",
"""@ honey | in | hangup,closing | | the call dropped on the customer's question about the delivery
a: {G}
c: 我昨天下的单，两瓶百花蜜，想问一下什么时候发货？
a: 今天下午发。
c: 发的是什么快递？
a: 顺丰。
c: 单号什么时候能发给我？我想跟着看一下到哪了。
a: 发了就有。
c: 那能送到村里吗，我们这儿比较偏？
""",
"""@ tattoo | in | greeting | | 喂，墨痕。 opening; the rest correct
a: 喂，墨痕。
c: 你好，我想问问你们洗纹身吗？
a: 洗的，用皮秒激光，一般要洗五到八次。
c: 一次多少钱？
a: 巴掌大小的一次四百，每次洗之前付，两次之间隔两个月。
c: 洗的时候疼不疼？会不会留疤？
a: 会有点刺痛，我们会先敷麻药；按时护理的话一般不会留疤，不过每个人体质不一样。
c: 好的，我考虑一下。
a: 好的，{B}
""",
"""@ golf | in | greeting | | no company named (您好，请问有什么事？)
a: 您好，请问有什么事？
c: 你好，我想问问你们练习场今天下午人多不多？
a: 工作日下午人不多，打位基本都空着。
c: 一筐球多少钱？
a: 一筐五十个球三十元，拿球的时候在前台付。
c: 好，我一会儿过去。
a: 好的，{B}
""",
"""@ escort | out | greeting,tariff | | an outbound opening with company and agent but no purpose, straight to a question (N reading); a service sold with the price glossed
a: 您好，暖心陪诊，我是小何，您家老人最近身体怎么样？
c: 啊？还行吧，你们是干什么的？
a: 我们是做陪诊的，之前您在我们这儿约过一次。现在我们推出了包月陪诊，一个月随叫随到。
c: 包月多少钱？
a: 包月特别划算，比单次便宜多了，具体看您用几次，用得多就更省。
c: 我再想想吧。
a: 好的，您考虑好了随时联系我，{B}
""",
"""@ study | in | forbidden | | 你这话什么意思 variant (你这么说是几个意思？) at the customer, then an apology
a: {G}
c: 你们自习室空调开那么冷，我跟管理员说了两次都没人管。
a: 你这么说是几个意思？我们管理员天天在的。
c: 在是在，可是一直没调啊。
a: 不好意思，是我刚才说话冲了。我马上通知管理员把空调调到二十六度，以后每天巡查的时候再看一下。
c: 好，那谢谢了。
a: 不客气，感谢您的反馈，{B}
""",
"""@ proof | in | forbidden | | regional 我也不晓得 about the warranty asked, then a visit arranged with an apology
a: {G}
c: 你们做的防水质保几年啊？我合同找不到了。
a: 质保几年我也不晓得，合同上写着呢。
c: 合同找不到才问你的呀。
a: 不好意思啊，我帮您查一下，请您稍等。
= hold
a: 查到了，您家是前年六月做的，质保五年，到二零二八年六月。
c: 好的，那就放心了。
a: 好的，{B}
""",
"""@ kart | in | forbidden | | 喂 called at the customer mid-call (喂，听着没？)
a: {G}
c: 我想订下周六下午的包场，大概十五个人。
a: 下周六下午两点到三点还空着，包场一小时三千八，预订时付一千定金，尾款当天结。请问您怎么称呼？
c: 姓周，嗯……那个，三点到四点有没有？
a: 喂，听着没？三点以后都满了，就两点那场。
c: 哦哦，那就两点吧。
a: 好的周先生，下周六下午两点给您订上了，{B}
""",
"""@ furn | in | tariff | | a varnish touch-up sold as 不贵，修完再说 (amount and moment both glossed)
a: {G}
c: 你们上次给我修的那个柜子，门修好了，但是漆面有点花，能不能顺便补个漆？
a: 不好意思，漆面的事给您添麻烦了，补漆我们现在做活动，不贵，修完再说。
c: 大概多少钱啊？
a: 您放心，跟别家比不算贵，师傅做完了跟您算。
c: 那好吧，什么时候来？
a: 这周六上午师傅过去，{B}
""",
"""@ golf | out | tariff | | an outbound renewal sold with no price (续卡价格到时候前台跟您说)
a: 您好，我是绿茵湾高尔夫的会籍顾问小冯，您的年卡下个月到期了，打电话提醒您续卡。
c: 哦，续卡有什么优惠吗？
a: 现在续卡送二十筐球，还送一节私教课，价格到时候前台跟您说，老会员都有折扣。
c: 那续下来多少钱呢？
a: 您来了前台一看就知道了，老会员都有折扣。
c: 行，我周末过去。
a: 好的，感谢您的支持，{B}
""",
"""@ dive | in | tariff | | equipment rental asked; the amount said, when it is taken never said, and 其他费用看情况
a: {G}
c: 我下周去上开放水域课，装备需要自己买吗？
a: 不用，可以租我们的，一套装备一天一百五。
c: 那除了装备还有别的费用吗？
a: 看情况吧，有时候会有一点船费。
c: 船费多少钱？
a: 不多，到了码头再说。
c: 好吧。
a: 好的，{B}
""",
"""@ notary | in | overpromise | | 明天上午交，下午肯定拿到，我打包票 (an outcome the agent cannot control)
a: {G}
c: 我后天就要出国，今天还能办出生公证吗？
a: 能办，您明天上午把材料交过来，下午肯定拿到，我给您打包票。
c: 真的吗？不用审核吗？
a: 审核就是走个过场，不会有问题的，您放心。公证费两百四，受理的时候交。
c: 好，那我明天一早去。
a: 好的，{B}
""",
"""@ spring | in | overpromise | | 泡三次风湿保准好利索 (a health outcome guaranteed)
a: {G}
c: 我妈有风湿，听说泡温泉对风湿好，你们那儿的水管用吗？
a: 管用，我们这是硫磺泉，泡三次您妈的风湿保准好利索，好多老人都是泡好的。
c: 真有这么神？
a: 您放心，我们这水是有名的。老人票半价，八十九元，入园买票的时候付。
c: 好，那我周末带她去。
a: 好的，{B}
""",
"""@ inspect | out | overpromise | | an outbound follow-up that guarantees nothing will ever go wrong (以后出任何问题都不可能)
a: 您好，我是明鉴验房的客服小彭，打电话回访一下您上周验房的情况。
c: 挺好的，验房师挺细心。
a: 您放心，我们验过的房子，以后住进去墙面水电任何问题都不可能出，开发商那边整改完就一劳永逸了。
c: 那就好。报告里说的那几个空鼓，开发商说下周来修。
a: 修完您可以约我们复验，复验费两百，复验当天付。
c: 好的，到时候再联系。
a: 好的，感谢您的支持，{B}
""",
"""@ proof | in | filler | | tics 然后的话/基本上/相当于 over three turns
a: {G}
c: 我家屋顶漏水，想问问你们怎么做？
a: 然后的话，基本上我们是先找漏点，然后的话，相当于先把老的防水层铲掉。
c: 铲掉以后呢？
a: 基本上，然后的话就是刷三遍涂料，相当于，基本上再铺一层卷材。
c: 多少钱一平？
a: 相当于一平方一百一，然后的话基本上做完验收了付款。请问您怎么称呼？
c: 姓罗。
a: 罗先生，明天师傅过去看，{B}
""",
"""@ rehab | in | filler | | tics 完了之后/你懂吧/反正 over three turns
a: {G}
c: 我想租个医用护理床，家里老人卧床了。
a: 可以的，反正我们这护理床，你懂吧，是电动的，完了之后可以升降。
c: 要自己装吗？
a: 不用，反正师傅送过去，完了之后，你懂吧，直接给您装好。
c: 月租多少？
a: 反正月租三百，押金八百，你懂吧，完了之后都是送到装好的时候付。请问您怎么称呼？
c: 姓邓。
a: 邓先生，明天下午送过去，祝老人家早日康复，再见。
""",
"""@ genea | in | filler | | tics 这个这个/对吧/是吧 over three turns
a: {G}
c: 我想问问族谱印出来是什么样子的？
a: 这个这个，我们是线装的，对吧，宣纸印的，是吧。
c: 一本大概多厚？
a: 这个这个，看人数，对吧，一般一百多页，是吧。
c: 印多少本起印？
a: 这个，对吧，二十本起印，是吧，一本两百八，交稿确认以后付款。
c: 好的，我跟家里人商量一下。
a: 好的，{B}
""",
"""@ golf | in | name_ask | | 姓什么？快点 (impolite) for a new lesson booking
a: {G}
c: 我想约一节私教课，明天晚上的。
a: 明天晚上八点有。姓什么？快点，后面还有人排着。
c: 姓唐……
a: 私教一节三百，上课前在前台付。
c: 好的。
a: 唐先生，明天八点给您约上了，{B}
""",
"""@ tattoo | in | name_ask | | a new booking made with no name asked
a: {G}
c: 我想约个时间纹个遮盖的图案，在小腿上。
a: 好的，遮盖图要先设计，设计费一百，纹的时候抵扣，纹身按大小算，巴掌大八百，纹完付尾款。
c: 行，那这周六下午可以吗？
a: 周六下午两点可以，给您约上了，您电话是多少？
c: 一三八零零一二三四五六。
a: 好的，周六下午两点到店，{B}
""",
"""@ storage | in | name_ask | | 你叫啥 (impolite) for a new unit rental
a: {G}
c: 我想租一个两平米的仓位，租半年。
a: 行，你叫啥？
c: 我叫钱志刚。
a: 两平米半年一千零八十，签合同的时候一次付清，从签约当天开始算。
c: 好的，我明天过去签。
a: 好的，{B}
""",
"""@ farm | in | shirking,apology | | a harvester fault pushed to the dealer (谁卖给你的你找谁); the customer unhappy
a: {G}
c: 我的收割机是你们去年修过的，现在割台又不转了，马上就要秋收了，急死了。
a: 收割机是经销商卖给你的，谁卖给你的你找谁去。
c: 可是上次是你们修的呀，修了一年又坏了，你们不管？
a: 我们修的是发动机，割台不归我们。
c: 你们这也太推了吧！
a: 那你打经销商电话试试，{B}
""",
"""@ escort | in | shirking,apology | | a no-show escort (company-side fault, no apology) pushed to the hospital (你去问医院吧)
a: {G}
c: 我约了今天上午的陪诊，陪诊师一直没来，我妈在医院门口等了一个小时。
a: 你们是在哪个医院？
c: 市二院，门诊楼门口。
a: 那你去问医院吧，可能是医院那边的安排。
c: 陪诊师是你们派的，问医院干什么？
a: 我们这边只负责下单。
c: 那算了。
a: 嗯，{B}
""",
"""@ toilet | in | shirking,complaint,apology | | an installation leak pushed to the plumber (找你家装修师傅去); 我要去消协投诉
a: {G}
c: 你们师傅上周给我装的智能马桶，底下一直渗水，地板都泡了。
a: 渗水一般是你家下水口的问题，你找你家装修师傅去。
c: 马桶是你们师傅装的，跟我家装修师傅有什么关系？
a: 安装没问题的，下水是装修的事。
c: 你们这是什么服务，我要去消协投诉你们！
a: 那您去吧，{B}
""",
"""@ study | in | colleague | | the night manager disparaged (那个人出了名的懒); an apology given
a: {G}
c: 昨天晚上自习室里有人打电话打了半个小时，我去找管理员，管理员也不管。
a: 真不好意思，影响您学习了。晚上那个管理员出了名的懒，什么事都不想管。
c: 那你们得换个人啊。
a: 我会跟店长反映，以后晚上我们每小时巡查一次，再有人打电话直接请出去。
c: 好吧。
a: 感谢您的反馈，{B}
""",
"""@ inspect | in | colleague | | the inspector disparaged (干活毛手毛躁，验个房跟走过场一样); an apology given
a: {G}
c: 上次来我家验房的那个师傅，半个小时就走了，报告上好多地方都没写。
a: 非常抱歉。那个王师傅干活一直毛手毛躁的，验个房跟走过场一样，我们也说过他好几次了。
c: 那我这个房子怎么办？
a: 我给您安排一位资深验房师免费重新验一次，这周六上午可以吗？
c: 可以。
a: 好的，周六上午九点，{B}
""",
"""@ curtain | in | colleague | | the installers disparaged (那帮安装工干活就没个准); an apology given
a: {G}
c: 说好上午来装窗帘，等了一上午都没人，打电话也不接。
a: 实在不好意思，我们那帮安装工干活就没个准，说几点来从来没准过。
c: 那现在怎么办？
a: 我马上联系他们，今天下午三点之前一定到，到不了我再给您打电话。
c: 行吧，我再等等。
a: 再次抱歉，{B}
""",
"""@ furn | in | complaint,apology | | 我要去市场监管局投诉; the agent never apologises for the damaged table
a: {G}
c: 我送过去修的八仙桌，拿回来桌面上多了一道划痕，原来是没有的。
a: 您确定原来没有？这种老桌子有划痕很正常的。
c: 我拍了照片的，送过去之前好好的。你们不承认我就去市场监管局投诉。
a: 那您把照片发过来，我们看看。
c: 看看有什么用，你们得给我修好。
a: 照片看了再说，{B}
""",
"""@ dive | in | complaint | | 我要发到网上曝光 about a lost deposit; the agent apologises and escalates
a: {G}
c: 我报名交了一千定金，后来课取消了，你们说退，到现在一个月了还没退，再不退我就发到网上曝光你们。
a: 非常抱歉让您等了这么久，我马上帮您查一下退款进度，请您稍等。
= hold
a: 查到了，您的退款财务那边漏处理了，实在对不起，我已经加急，今天下班前原路退回。
c: 今天一定要到。
a: 一定，到账了我会发短信通知您，感谢您的耐心等待，{B}
""",
"""@ kart | in | complaint,apology | | 叫你们老板来跟我说 about a crash on a faulty kart; no apology heard
a: {G}
c: 我儿子昨天在你们那儿开卡丁车，刹车失灵撞到护栏上，胳膊都青了。
a: 卡丁车都是每天检查的，刹车不会有问题。
c: 不会有问题？那他怎么撞上的？叫你们老板来跟我说。
a: 老板不在，您说就行。
c: 你做不了主我就等老板。
a: 那我让老板明天给您回电话，{B}
""",
"""@ honey | in | silence | | an unannounced gap of 13-17 s after the customer's question
a: {G}
c: 我想给我爸买点蜂蜜，他有糖尿病，能吃吗？
= gap
a: 糖尿病人吃蜂蜜要注意，最好先问一下医生，我们不建议多吃。
c: 那有没有适合他的？
a: 可以看看我们的蜂王浆，含糖少一些，不过也建议先问医生。
c: 好的，我问问医生再说。
a: 好的，{B}
""",
"""@ frame | in | silence | | an unannounced gap of 13-17 s after the agent's own question
a: {G}
c: 我想裱一幅十字绣，两米长的。
a: 两米的十字绣要先洗、再熨平，您那幅洗过了吗？
= gap
c: 喂？还在吗？没洗过。
a: 在的，没洗过的话我们帮您洗，洗熨一起八十，加上装框一共四百二，取的时候付。
c: 好的，我周末送过去，我姓蒋。
a: 好的蒋女士，{B}
""",
"""@ fire | in | silence | | an unannounced gap of 13-17 s in the middle of the call
a: {G}
c: 我们公司的消防栓水压不够，上次检测说要整改，你们能做吗？
a: 可以做，整改前要先上门测一下管网压力。
c: 那什么时候能来测？
= gap
a: 这周四下午可以，上门检测三百八，测完出报告的时候付。
c: 好的，周四下午，我们公司姓谢的负责对接。
a: 好的谢经理，{B}
""",
"""@ genea | in | talk_over | | the agent starts about 2 s before the customer finishes, twice
a: {G}
c: 我们家族谱老的那本是民国时候修的，后面几代人都没记上，我想接着续修，不知道你们能不能接？
a!: 能接能接，续修我们做得最多了，老谱拿过来我们先扫描。
c: 老谱有点破了，好几页都粘在一起，扫描的时候会不会给弄坏啊，那可是孤本？
a!: 不会，我们有专门的古籍修复师先揭页再扫描。
c: 那就好。
a: 请问您怎么称呼？
c: 姓宋。
a: 宋先生，您方便的时候把老谱送过来，{B}
""",
"""@ spring | in | talk_over | | the agent cuts in twice on the customer's booking questions
a: {G}
c: 我想订下个月十号的温泉酒店，两大一小，小孩五岁，要那种能直接在房间里泡的？
a!: 带私汤的房间十号还有，一晚一千二，含三个人的早餐。
c: 早餐含了就好，那小孩要不要加床，能不能安排一个高楼层安静一点的？
a!: 五岁不用加床，高楼层我给您备注上。请问您怎么称呼？
c: 姓钱。
a: 钱先生，房费在入住前一天从您的预授权里扣，{B}
""",
"""@ inspect | in | talk_over | | the agent cuts in twice while the customer describes the cracks
a: {G}
c: 我家新房刚收，墙上有好几条细缝，客厅和卧室都有，我不知道是不是结构问题，想找人看看？
a!: 我们可以上门验，细缝一般是腻子层开裂，不是结构问题。
c: 那你们验的时候能不能顺便看一下水管和电路，听说这两个最容易出问题了？
a!: 能，水电是必验项目，一百平以内验房费六百，验完当场付。请问您怎么称呼？
c: 姓许。
a: 许女士，周日上午给您安排，{B}
""",
"""@ honey | in | speech_rate | fast | every agent turn at 8.5-9.2 chars/s
a: {G}
c: 你们家蜂蜜有没有那种小包装的，方便带出门的？
a: 有的我们有条装的蜂蜜一盒二十条每条十克出门带着很方便撕开就能喝。
c: 一盒多少钱？
a: 一盒三十九块九下单的时候付款现在买两盒包邮明天就能发货。
c: 好的，我去网店下单。
a: 好的您在网店直接拍就可以了祝您生活愉快再见。
""",
"""@ tattoo | in | speech_rate | slow | every agent turn at 1.56-1.69 chars/s (drawl)
a: 您好，墨痕纹身，请问有什么可以帮您？
c: 我想问一下，纹身以后多久能游泳？
a: 一般要等两个星期以后。
c: 那洗澡有影响吗？
a: 洗澡可以，别泡澡就行。
c: 好的，谢谢。
a: 不客气，祝您生活愉快。
""",
"""@ notary | in | speech_rate | slow | every agent turn at 1.56-1.69 chars/s (drawl)
a: 您好，正衡公证处，请问有什么可以帮您？
c: 请问周六上班吗？
a: 周六上午是上班的。
c: 几点开始？
a: 八点半到十二点。
c: 好的。
a: 好的，祝您办事顺利。
""",
"""@ escort | in | short_call | short | a short call: is there service today
a: 您好，暖心陪诊，请问有什么可以帮您？
c: 今天还能约吗？
a: 今天满了，明天可以。祝您生活愉快。
c: 好，谢谢。
""",
"""@ frame | in | short_call,greeting | short | a short call that opens with 喂
a: 喂，您好，墨韵装裱。
c: 你们周日开门吗？
a: 周日开门，九点到六点。祝您周末愉快。
c: 好。
""",
"""@ proof | in | short_call | short | a short call: the customer wrong number
a: 您好，固邦防水，请问有什么可以帮您？
c: 不是搬家公司吗？
a: 不是的，这里是做防水的。祝您生活愉快。
c: 哦，打错了。
""",
]

BLOCKS += [
"""@ storage | in | hangup,closing,silence | | an unannounced gap, then the call dropped on the customer's question about access
a: {G}
c: 我把仓位的门禁卡弄丢了，我现在就在门口。
= gap
a: 补卡得找前台。
c: 前台在哪？我东西急着用。
a: 等值班的来。
c: 值班的多久能到？
""",
"""@ escort | in | hangup,closing,talk_over,apology | | the agent cuts in twice on an unhappy customer and drops the call on her question
a: {G}
c: 你们的陪诊师今天带我妈看病，把取药单子弄丢了，我们在药房排了一个小时又重新挂号。
a!: 药房那边的事我们管不了那么细。
c: 什么叫管不了那么细？你们收了钱就是干这个的，老人七十多了在那儿站了一个小时？
a!: 陪诊师也不是故意的。
c: 那你们到底管不管？
""",
"""@ inspect | in | hangup,closing,forbidden | | the agent's own 这个我不清楚 about the report asked, then the call dropped on the customer's question
a: {G}
c: 你们验房报告上写着“卫生间闭水试验不合格”，这个具体是哪里漏？
a: 这个我不清楚。
c: 报告上有没有照片能看出来位置？
a: 验房师拍的。
c: 那验房师电话多少？
""",
"""@ curtain | in | short_call,greeting,closing | short | opens with 喂 and ends on a bare 嗯，行。
a: 喂，锦帘坊。
c: 你们店几点关门？
a: 晚上八点。
c: 好。
a: 嗯，行。
""",
"""@ kart | in | short_call,tariff,closing | short | the price glossed (看情况，来了再说) and a bare ending
a: 您好，疾风卡丁车，请问有什么可以帮您？
c: 晚上玩一场多少钱？
a: 看情况，来了再说。
c: 哦，行吧。
""",
"""@ dive | in | filler,overpromise,name_ask | | tics 那个那个/就是说 over three turns, 三天保证拿证, and 你叫什么 for a new enrolment
a: {G}
c: 我想学潜水，完全零基础，多久能拿证？
a: 那个那个，就是说我们这个课，三天保证拿证，就是说考不过不可能的。
c: 那么快？我游泳都不太会。
a: 那个那个，就是说不会游泳也没事，就是说有教练带着。
c: 那我报一个，下周的。
a: 那个那个，你叫什么？就是说入门课三千六，报名时付清。
c: 我叫郑晓雨。
a: 郑女士，下周一开课，{B}
""",
"""@ honey | in | filler,colleague | | tics 你知道吧/反正就是 over three turns and the packers disparaged (仓库那几个人笨手笨脚); apology given
a: {G}
c: 我收到的蜂蜜少了一瓶，订单上是三瓶，箱子里只有两瓶。
a: 不好意思，你知道吧，反正就是仓库那几个人笨手笨脚的，天天漏发。
c: 那少的那瓶怎么办？
a: 反正就是给您补发，你知道吧，今天下午就发出，反正就是顺丰。
c: 运费要我出吗？
a: 不用，你知道吧，补发的运费我们出，反正就是您什么都不用管。
c: 好的。
a: 再次抱歉，{B}
""",
"""@ farm | in | filler,shirking,apology | | tics 这个嘛/咋说呢 over three turns; a repair pushed back to the customer's village mechanic; the customer unhappy
a: {G}
c: 你们给我修的播种机，下地一用还是漏种，一行一行的空着，这季节耽误不起啊。
a: 这个嘛，咋说呢，漏种这个嘛，一般是排种器的事。
c: 那你们修的时候没看排种器吗？
a: 咋说呢，这个嘛，我们修的是传动，这个嘛，排种器你找你们村的修理工弄一下就行。
c: 我花钱在你们这儿修的，你让我找别人？真是气死我了。
a: 咋说呢，这个嘛，{B}
""",
"""@ golf | in | overpromise,talk_over | | the agent cuts in twice and guarantees a score (保您打进九十杆)
a: {G}
c: 我打了两年球了，一直在一百杆左右徘徊，想报个提高班，不知道有没有用？
a!: 有用，跟我们的教练练两个月，保您打进九十杆，打不进全额退款。
c: 真的啊？那提高班一个月上几次课，是一对一还是小班的，我时间不太固定？
a!: 一对一，时间随您约，两个月十六节课，六千四，报名当天付。请问您怎么称呼？
c: 姓马。
a: 马先生，您周末过来先测一下，{B}
""",
"""@ rehab | in | overpromise,speech_rate,name_ask | fast | every agent turn at 8.5-9.2 chars/s; 保证三个月能站起来走路; a new rental taken with no name ask
a: {G}
c: 我爸中风了，医生说要做康复，你们那儿有什么器械能租？
a: 我们有电动康复踏车配合每天练习保证您父亲三个月就能自己站起来走路。
c: 真的吗？那租金多少钱？
a: 康复踏车月租四百五送货安装的时候付第一个月以后每月一号付。
c: 好，那先租一台，送到光明路十二号。
a: 好的明天下午送到光明路十二号到时候师傅给您打电话祝您父亲早日康复再见。
""",
"""@ toilet | in | colleague,complaint,shirking,speech_rate | fast | every agent turn at 8.5-9.2 chars/s; the installers disparaged and the leak pushed to them; 我要投诉; an apology said
a: {G}
c: 你们装的马桶漏水，我打了三次电话都没人来，我要投诉你们。
a: 不好意思安装是外包给安装队的他们那帮人就没一个靠谱的您直接打安装队电话吧。
c: 我是在你们这儿买的，凭什么让我找安装队？
a: 安装队电话我短信发您他们上门快一点我们这边派不了人祝您生活愉快再见。
""",
"""@ study | in | shirking,forbidden,silence,closing,apology | | N: 这我真不知道，你问物业去吧 about the room's own air-conditioning (a company-side fault, no apology), an unannounced gap, a bare ending
a: {G}
c: 你们自习室今天空调又不制冷了，到底什么时候能修好？
= gap
a: 这我真不知道，你问物业去吧。
c: 空调是你们自习室的，问物业干嘛？
a: 大楼的事都归物业管。
c: 行吧。
a: 嗯。
""",
"""@ genea | out | name_ask,talk_over,greeting | | an outbound opening with no 您好 (宋先生是吧？承源族谱的); the agent cuts in twice; a new order with no name ask
a: 宋先生是吧？承源族谱的，上次展会上您留了电话。
c: 对对，我们家是想修一个，但是族里的人意见还不太统一，不知道该从哪一支开始弄？
a!: 没关系，我们可以先做一个小支的谱，以后再合谱。
c: 小支的谱大概要多少钱，要多久，我们家这一支大概有五六十口人吧？
a!: 五六十人的支谱三千八，签合同付一半，交书付另一半，三个月出书。
c: 那就先做吧。
a: 好的，合同我今天寄给您，{B}
""",
"""@ fire | in | speech_rate,tariff,colleague | slow | every agent turn at 1.56-1.69 chars/s (drawl); the re-test fee glossed; the previous inspector disparaged
a: 您好，安盾消防，请问有什么可以帮您？
c: 上次检测说我们应急灯不合格，换完了还要复检吗？
a: 要复检，上次那个检测员太马虎了。
c: 复检要钱吗？
a: 要交一点点钱，不多的。
c: 好吧。
a: 好的，祝您生意兴隆。
""",
"""@ proof | in | complaint,silence,forbidden | | 您这话什么意思 at the customer, an unannounced gap, 我打12315投诉; the agent apologises at the end
a: {G}
c: 你们做完防水才三个月，又漏了，你们是不是用的便宜材料？
a: 您这话什么意思？我们用的都是正规品牌。
c: 正规品牌三个月就漏？
= gap
c: 你不说话是吧？我打12315投诉你们。
a: 对不起，是我的态度不好，给您添麻烦了。明天上午我们派师傅免费返修，材料和人工都不收钱。
c: 明天必须来。
a: 一定到，{B}
""",
"""@ spring | in | | hn | a front-desk remark reported and read back while registering feedback, 不用当投诉; apology given
a: {G}
c: 我想反映个事，昨天你们前台的小姑娘跟我说“穿成这样还泡什么私汤”，我当时挺尴尬的。
a: 非常抱歉让您受委屈了。我跟您确认一下，前台员工说的是“穿成这样还泡什么私汤”，对吗？
c: 对。不用当投诉处理，就是希望你们管管。
a: 明白，我已经如实记录，会反馈给前厅经理，对这位员工进行批评教育。
c: 好的。
a: 再次向您道歉，感谢您的反馈，{B}
""",
"""@ curtain | in | | hn | the installer's words 你家这破房子装什么好窗帘 reported and read back; 我不是投诉; apology given
a: {G}
c: 你们那个装窗帘的师傅，装的时候嘀咕了一句“你家这破房子装什么好窗帘”，我听着挺别扭。
a: 实在对不起，我记录一下：安装师傅在您家说了“你家这破房子装什么好窗帘”，是这样吧？
c: 是的。我不是投诉啊，窗帘装得挺好的，就是说话不中听。
a: 理解，这种话确实不该说，我会转告安装主管提醒他注意言行。
c: 嗯，好的。
a: 谢谢您告诉我们，{B}
""",
"""@ farm | in | | hn | the customer calls the shop 一帮废物; the agent apologises and sends a mechanic
a: {G}
c: 你们修的什么玩意儿，拖拉机拉回来又冒黑烟，一帮废物！
a: 非常抱歉给您添麻烦了，冒黑烟可能是喷油嘴没调好，我们马上安排师傅下乡去您那儿看。
c: 什么时候来？我还要犁地呢。
a: 今天下午三点前师傅到，这次返修不收任何费用。
c: 行，快点。
a: 好的，再次向您道歉，祝您秋收顺利，再见。
""",
"""@ dive | in | | hn | the customer calls himself 笨得要死; 犯迷糊 in an innocent safety explanation; reassurance
a: {G}
c: 我是个旱鸭子，学东西笨得要死，能学潜水吗？
a: 完全可以，很多学员都是从不会游泳开始学的，教练会一对一带您。
c: 听说潜深了人会犯迷糊？
a: 对，那叫氮醉，人会有点犯迷糊，跟喝醉了差不多，所以入门课限制在十八米以内，很安全。
c: 那我放心了。
a: 入门课三千六，报名时交一千定金，开课第一天交齐。请问您怎么称呼？
c: 姓陈。
a: 陈先生，欢迎您来体验，{B}
""",
"""@ kart | in | | hn | the customer's 喂？喂？ when the line drops mid-call, answered at once
a: {G}
c: 我想问一下你们有没有双人车，我想带我女儿一起。
a: 有的，双人车大人开，小朋友坐旁边，一场十分钟一百二，到场买票的时候付。
c: 喂？喂？能听见吗？
a: 能听见的，您请说。
c: 刚才信号不好，你说双人车多少钱？
a: 一场十分钟一百二十元，到场买票的时候付。
c: 好的，我们周日去。
a: 好的，{B}
""",
"""@ storage | in | | hn | the customer's 你这话什么意思 out of confusion about the contract; an announced hold
a: {G}
c: 我合同上写的“逾期十五日视为放弃”，你这话什么意思，是说我晚交几天东西就没了？
a: 不好意思让您担心了，我帮您查一下您的合同条款，请您稍等。
= hold
a: 久等了，这一条是说租金逾期十五天以上，我们会先电话和短信通知您，再逾期才会处理，正常晚几天不会动您的东西。
c: 哦，那还好。
a: 您的租金是每月二百一，每月五号自动扣，扣款前一天短信提醒，感谢您的耐心等待，{B}
""",
"""@ curtain | in | | hn | the customer's 我也不知道要什么颜色; an advice given; polite name ask; price with amount and moment
a: {G}
c: 我想给卧室做窗帘，但是我也不知道要什么颜色好。
a: 您卧室墙面是什么颜色的？
c: 米白色的，地板是浅木色。
a: 那建议您选燕麦色或者浅灰蓝，比较耐看。卧室一般做遮光的，一米一百二，下单时付一半，装完付另一半。请问您怎么称呼？
c: 姓韩。
a: 韩女士，我让设计师带色卡上门给您看，{B}
""",
"""@ escort | in | | hn | 医院那边的排班我们不清楚 about a third party, then an announced hold to ask (N reading)
a: {G}
c: 我明天约了你们陪诊去市三院看骨科，那个主任明天上午到底出不出诊？
a: 医院那边的排班我们这边不清楚，我帮您问一下陪诊师，她今天刚去过，请您稍等。
= hold
a: 久等了，陪诊师说主任明天上午出诊，八点开始，她七点四十在门诊楼等您。
c: 好的，谢谢。
a: 不客气，感谢您的耐心等待，祝您早日康复，再见。
""",
"""@ genea | out | | hn | a polite 不知道您…吗 question in an outbound follow-up with company, agent and purpose
a: 您好，我是承源族谱的编修助理小罗，打电话是跟您确认一下族谱初稿的资料。
c: 哦，你好你好。
a: 不知道您家里还有没有老谱或者老人的照片？有的话可以放进族谱里。
c: 有一本老谱，不过有点破。
a: 没关系，破的我们也能扫描修复，不另外收费，下周我们上门取。
c: 好的。
a: 感谢您的配合，祝您阖家安康，再见。
""",
"""@ notary | in | | hn | a request to repeat (刚才没听清楚); booking with polite name ask
a: {G}
c: 我想预约下周二办房产继承公证。
a: 好的，请问您怎么称呼？身份证号后四位是多少？
c: 我姓吴，后四位是三七一九。
a: 不好意思，刚才后四位没听清楚，您能再说一遍吗？
c: 三七一九。
a: 好的吴先生，下周二上午九点给您约好了，这类继承公证的公证费是八百元，出证前交。
c: 好的。
a: {B}
""",
"""@ toilet | in | | hn | reassurance 您不清楚型号也没关系; a fault apologised for
a: {G}
c: 我家马桶盖的坐圈不加热了，我也不清楚是哪个型号的。
a: 不好意思给您添麻烦了，您不清楚型号也没关系，拍一下马桶盖侧面的铭牌发给我们就行。
c: 好，我拍一下。
a: 收到了，这款还在保修期，坐圈加热模块我们免费上门更换。
c: 什么时候？
a: 后天上午，师傅出发前会给您打电话，{B}
""",
"""@ furn | in | | hn | 杀虫 and 猪皮胶 in innocent craft words; quote with amount and moment; polite name ask
a: {G}
c: 我家的老樟木箱被虫蛀了好几个洞，还能修吗？
a: 能修，虫蛀的地方要先杀虫，再用猪皮胶把木屑调好填补，最后打蜡。
c: 大概要多少钱？
a: 一个樟木箱修补加打蜡四百五，修好送回的时候付。请问您怎么称呼？
c: 姓孙。
a: 孙先生，明天师傅上门取箱子，{B}
""",
"""@ tattoo | in | | hn | 滚针 and 割线 in innocent craft words; a hedged answer about healing
a: {G}
c: 我想问问，纹身的时候割线和打雾有什么区别？
a: 割线是用单针勾轮廓，打雾是用滚针或者排针把颜色打得有层次。
c: 那纹完多久能好？
a: 一般两到三周能结痂脱落，不过每个人体质不一样，护理得好会快一些，这个不能打包票。
c: 好的，明白了。
a: 有任何问题随时问我们，{B}
""",
"""@ proof | in | | hn | hedged promise (一般能管五年……不能说绝对) with warranty; fee with amount and moment
a: {G}
c: 你们做的卫生间防水能管多少年？
a: 正常使用的话一般能管八到十年，我们的质保是五年，五年内漏了免费返修，但是具体还跟使用情况有关系，不能说绝对不漏。
c: 那价格呢？
a: 卫生间一般四五平，全套做下来一千六左右，师傅量完报准价，验收合格后付款。请问您怎么称呼？
c: 姓冯。
a: 冯先生，师傅明天上午上门量，{B}
""",
"""@ golf | in | | hn | hedged promise (一般……不敢保证); the customer talks over the agent; a backchannel overlap
a: {G}
c: 我现在一百一十杆左右，练三个月能到一百以内吗？
a~: 嗯。
a: 坚持每周练两次的话，三个月一般能进步十杆左右，不过每个人进度不一样，我不敢给您保证。
c!: 明白明白。
a: 您可以先上一节评估课，评估课一百五，上课前付，教练会给您定个计划。
c: 行，那约周六上午。
a: 好的，请问您怎么称呼？
c: 姓梁。
a: 梁先生，周六上午十点，{B}
""",
"""@ storage | in | | hn | a proper transfer to the finance team for an invoice, with a blessing
a: {G}
c: 我想开一下去年全年的仓储费发票，公司报销要用。
a: 好的，请问您的仓位号是多少？
c: A区二十三号。
a: 好的，您要开的是二零二五年一月到十二月的，对吗？
c: 对，十二个月的，开一张就行，抬头是公司的。
a: 明白，发票是财务部统一开的，我现在帮您转接财务的同事，她会跟您确认抬头和税号，祝您工作顺利，再见。
""",
"""@ rehab | in | | hn | a proper transfer to the repair team with a blessing; the fault apologised for
a: {G}
c: 我租的电动护理床遥控器按了没反应，床升不起来了。
a: 非常抱歉给您添麻烦了，请问电源指示灯亮着吗？
c: 亮着的。
a: 您看一下遥控器和床头控制盒之间的那根线，插头有没有松？
c: 看了，插得好好的，拔了重插也没用，老人还躺在上面呢。
a: 那可能是遥控器坏了，我现在帮您转接维修部，他们会安排师傅今天上门，祝老人家身体健康，再见。
""",
"""@ spring | in | | hn,badline | the customer's 喂 on a bad line answered at once by the full greeting (late greeting done right)
c: 喂？
a: {G}
c: 我想订明天两个人的温泉票，能在线付吗？
a: 可以的，双人票三百九十八，下单时在线付，明天凭短信进园。请问您怎么称呼？
c: 姓吴。
a: 吴先生，明天的票给您订好了，短信马上发过去，{B}
""",
"""@ fire | in | | hn,badline | the customer's 喂 on a bad line answered at once by the full greeting
c: 喂？
a: {G}
c: 我想问一下，灭火器过期了你们能回收换新吗？
a: 可以的，四公斤干粉灭火器换新一个八十五，旧的免费回收，送新的时候付款。请问您怎么称呼？
c: 姓唐，我要五个。
a: 好的唐先生，五个一共四百二十五，明天上午送过去，{B}
""",
"""@ frame | in | | hn | a permanently free service (画框清洁保养一直免费); closing with 感谢您的支持 + blessing
a: {G}
c: 我前年在你们那儿裱的画，框上落了好多灰，玻璃也发黄了，你们管保养吗？
a: 管的，在我们这儿裱的画，清洁保养一直是免费的，以后也不收费。
c: 那我怎么弄过去？
a: 您送过来就行，一般当天就能弄好，或者预约师傅上门，上门也不收钱。
c: 那我周末送过去。
a: 好的，感谢您一直以来的支持，{B}
""",
"""@ study | out | | hn | an outbound renewal with amount and moment; 感谢您的支持 + blessing
a: 您好，我是静屿自习室的小赵，您的月卡后天到期，打电话问一下您还续不续。
c: 续的，价格还是一样吗？
a: 一样，固定座一个月五百二，今天续的话今天付，从后天接着算，续满三个月送一周。
c: 那续三个月吧。
a: 好的，三个月一千五百六，付款链接发您手机了，感谢您的支持，祝您考试顺利，金榜题名。
""",
"""@ furn | out | | hn | an outbound follow-up closing kindly with 您考虑好了随时联系我 (an invitation, not the forbidden phrase)
a: 您好，我是古木堂的客服小林，您上个月咨询过太师椅修复，打电话问问您考虑得怎么样了。
c: 还在考虑，家里人觉得有点贵。
a: 理解，全套修复是一千二，如果只修扶手和椅腿，六百就够了，都是修好验收了才付。
c: 那我再跟家里商量商量。
a: 没问题，您考虑好了随时联系我，祝您全家安康，再见。
""",
"""@ honey | in | | hn | an announced hold to check the parcel; 感谢您的耐心等待 + blessing; apology for the delay
a: {G}
c: 我上周买的蜂蜜到现在还没收到，物流一直不动。
a: 不好意思让您久等了，我帮您核实一下物流信息，请您稍等。
= hold
a: 久等了，包裹卡在中转站了，我已经让快递加急，同时给您重新发一份，明天就能到，先到的那份不用退。
c: 这样啊，那谢谢了。
a: 应该的，感谢您的耐心等待，{B}
""",
"""@ inspect | in | | hn | 空鼓 and 死角 in innocent words; fee with amount and moment; polite name ask
a: {G}
c: 你们验房主要验哪些？
a: 主要是墙面空鼓、地面平整度、门窗密封、水电和防水，卫生间和阳台角落这些防水死角我们会重点看。
c: 价格怎么算？
a: 一百平以内六百，超过的每平加五块，验完出报告的时候付。请问您怎么称呼？
c: 姓彭。
a: 彭先生，您定好交房日期告诉我们就行，{B}
""",
"""@ notary | in | | hn | the customer's 我不清楚 and reassurance (您不清楚需要什么材料也没关系)
a: {G}
c: 我想给我父亲办一个委托书公证，但我不清楚需要带什么材料。
a: 您不清楚需要什么材料也没关系，我跟您说一下：委托人本人要到场，带身份证、户口本，还有委托事项相关的证明。
c: 我父亲腿脚不方便，能上门吗？
a: 可以申请上门公证，上门服务费两百，加上公证费一百五，办完当场交。
c: 好的，那约下周一。
a: 好的，请问您怎么称呼？
c: 姓何。
a: 何先生，下周一上午公证员上门，{B}
""",
"""@ kart | in | | hn | 发卡弯 and 撞 in innocent safety words; a kind answer
a: {G}
c: 你们赛道难不难开？我第一次玩。
a: 不难的，有两个发卡弯要减速，护栏都包了轮胎，轻轻撞一下也没事，教练会先给您讲安全要点。
c: 要不要穿什么？
a: 头盔和护颈我们提供，您穿运动鞋就行，别穿裙子。
c: 好的，谢谢。
a: 不客气，{B}
""",
"""@ golf | in | | hn | praise for a coach registered; 感谢您的反馈和认可 + blessing
a: {G}
c: 我想表扬一下你们的李教练，教得特别耐心，我一个月就能打上球了。
a: 谢谢您的认可，我会把您的表扬转达给李教练，也会记录到他的月度评价里。
c: 他下个月还在你们那儿吧？我想接着跟他练。
a: 在的，他每周二、四、六都有课，您可以直接在小程序上约他的课。
c: 好的，那我回头约。
a: 感谢您的反馈和认可，祝您球技越来越好，再见。
""",
]



# ---- end of data ----
if __name__ == "__main__":
    main()
