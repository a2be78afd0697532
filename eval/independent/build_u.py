"""Independent labelled call set U (eval/independent/tune_u.jsonl; first named heldout_u.jsonl, held out
until its blind figures were recorded, then renamed as round 21 of rule work began) — now a TUNING set.

Written by writer U on 2026-12-20 from DOMAIN.md, the seed articles in shared/seeds/, eval/independent/README.md,
the first 120 lines of build_t.py (label policy and data format), one line of tune_t.jsonl (format only) and the
LabelledCall dataclass / load_labelled function of eval/evaluate.py (format only).  No rule code, rulebook, tests,
docs or other sets were read, and the rule engine was never run on this file (only load_labelled, to check it loads).
Run:
    .venv/bin/python eval/independent/build_u.py

Deterministic (SEED=20261220).  The dialogues are hand-written data in DATA below (writer U's own).  random.Random
is used only for segment timing, the order of the calls, the choice of the 38 noisy calls, the rotation among correct
greeting / blessing wordings ({G} / {B} / {T}) and the ASR-style noise; each call's generators are seeded from SEED
and the call's key.

Format: "# industry | company | short name"; "@ key | in|out | labels or - | flags or - | note"; turns "A:" agent,
"C:" customer, "A!:" the agent cuts in 1.6-2.0 s before the customer's turn ends; ".. hold" an announced hold of
10.6-11.6 s (the turn before says 稍等); ".. gap" an unannounced gap of 13.8-15.2 s.  Flags: hn (hard negative, no
labels), fast / slow (agent rate 8.6-9.0 / 1.6-1.7 chars/s), short (under 18 s), late (nobody speaks for 3.0-3.8 s,
the customer calls out first), badline (the customer's 喂 0.2-0.5 s in, answered at once by the full greeting).
Non-short calls are stretched (wider gaps, slower normal speech within 3.2-5.3 chars/s) until they last >= 30 s.

LABEL POLICY: writer T's policy (the first 120 lines of build_t.py, S's policy with T's "T:" readings), adopted
unchanged.  Timing families are recomputed from the generated segments and asserted against the hand labels (on the
clean text and again on the noisy text; hangup is read from the clean transcript).

U: readings writer U had to choose (none changes T's policy):
U: a brush-off that ends an insult call (爱订不订 / 随便。 / 要卖就卖，不卖拉倒，挂了 / 爱坐不坐，我挂了) is insult + closing.
U: 你脑壳有包 (Sichuan), 瓜娃子 (Sichuan), 痴线 (Cantonese) are dialect insults; 没文化真可怕, 初中都没毕业吧,
   嫌贵就别买…买不起的人, 你们这种小公司没见过世面, 你家孩子是纸做的吗 are insults (schooling / means / mockery).
U: an insult followed, after the customer's protest, by 不好意思/对不起，是我说话不妥 carries insult only.
U: 你先想清楚要不要卖再打过来吧 is the 想好了再打来 variant: forbidden; 我不明白你到底要什么课 is forbidden.
U: a customer who calls herself 猪脑子 / her dog 笨狗 / his Mandarin 烂得要死 is no insult; 打井的都是骗子 about another
   firm met with sympathy owes no apology.
U: a studio/bus/schedule change imposed by the company that the customer protests, then a hangup: hangup + closing + apology.
U: 喂，您好，<company>，<offer> opening is greeting (喂 opening); 嗯，光屿。 / 您好，灶上鲜。 / 您好，请讲。 are greeting.
U: 感谢您的来电。 alone, 好嘞，拜拜。, 就这样吧。, 行了，挂了。, 没事了吧？没事我挂了。 are closing.
U: a fee stated with amount but the moment left to 系统会算 / 到时候看 is tariff; 首次评估不收任何费用 is no tariff matter.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

import opencc

SEED = 20261220
OUT = Path(__file__).resolve().parent / "tune_u.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask",
            "apology", "shirking", "overpromise", "colleague", "complaint",
            "silence", "talk_over", "speech_rate", "short_call", "hangup")
N_NOISY = 38

OPENERS = ["您好，{co}，{offer}", "您好，欢迎致电{co}，我是{ag}，{offer}",
           "{tod}，{co}客服{ag}，工号{id}，很高兴为您服务，{offer}", "您好，这里是{co}，我是{ag}，{offer}",
           "您好，感谢致电{co}，{offer}", "您好呀，{co}{ag}为您服务，{offer}",
           "{tod}，{co}，我是客服{ag}，{offer}"]
OFFERS = ["请问有什么可以帮您？", "请问您需要办理什么？", "请问今天想咨询点什么？", "有什么需要您尽管说。",
          "请问有什么能帮到您的？", "请问您遇到什么情况了？我帮您看看。", "请问您想了解哪方面？",
          "请问有什么我能为您做的？"]
TODS = ["您好", "早上好", "下午好", "晚上好"]
WISHES = ["生活愉快", "一切顺利", "工作顺利", "周末愉快", "身体健康", "万事如意", "心情愉快", "全家幸福",
          "天天开心", "平安顺遂"]
BYES = ["再见。", "再见！", "拜拜。"]
AGENTS = ["小林", "小葛", "小蒋", "小邱", "小严", "小罗", "小秦", "小范", "小温", "小霍"]

HOMOPHONES = [("帮您", "帮你"), ("时候", "时后"), ("现在", "现再"), ("已经", "以经"), ("登记", "登计"),
              ("一下", "一吓"), ("师傅", "师父"), ("需要", "须要"), ("确认", "确人"), ("安排", "按排"),
              ("订单", "定单"), ("再见", "在见"), ("抱歉", "报歉"), ("地址", "地止"), ("电话", "电化"),
              ("其他", "其它"), ("预约", "预越"), ("账户", "帐户"), ("教练", "教连"), ("报名", "报明"),
              ("费用", "费永"), ("稍等", "稍登"), ("核实", "合实"), ("不好意思", "不好以思")]
CN_DIG = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
UNITS = "元|块|天|小时|分钟|号|台|斤|亩|米|公里|岁|次|年|周|张|套|节|个人|人|本|点|月|场|期"
PUNCT = "，。？！、；：,.?!;:…“”‘’（）() "


def cn2num(s: str) -> int | None:
    total, sec, num = 0, 0, 0
    for ch in s:
        if ch in CN_DIG:
            num = CN_DIG[ch]
        elif ch in CN_UNIT:
            sec += (num or 1) * CN_UNIT[ch]
            num = 0
        elif ch == "万":
            total += (sec + num) * 10000
            sec, num = 0, 0
        else:
            return None
    return total + sec + num


def nchars(text: str) -> int:
    return sum(1 for ch in text if ch not in PUNCT and not ch.isspace())


def parse(data: str):
    calls, sec = [], None
    for raw in data.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("# "):
            ind, co, short = [x.strip() for x in line[2:].split("|")]
            sec = (ind, co, short)
        elif line.startswith("@ "):
            key, direc, labels, flags, note = [x.strip() for x in line[2:].split("|", 4)]
            calls.append({"key": key, "dir": direc, "labels": [] if labels == "-" else labels.split(","),
                          "flags": set() if flags == "-" else set(flags.split(",")), "note": note,
                          "sec": sec, "turns": []})
        elif line.startswith(".."):
            calls[-1]["turns"].append((line[2:].strip(), None))
        else:
            tag, text = line.split(":", 1)
            calls[-1]["turns"].append((tag.strip(), text.strip()))
    return calls


def fill(text: str, call: dict, rng: random.Random) -> str:
    ind, co, short = call["sec"]
    ag = call["ag"]
    def g(_m=None):
        return rng.choice(OPENERS).format(co=co, ag=ag, id=call["id"], offer=rng.choice(OFFERS), tod=rng.choice(TODS))
    def b(_m=None):
        return f"祝您{rng.choice(WISHES)}，{rng.choice(BYES)}"
    def t(_m=None):
        return f"{rng.choice(['感谢您的来电', '谢谢您的来电', '感谢您的耐心', '谢谢您的反馈'])}，{b()}"
    text = text.replace("{G}", g()).replace("{T}", t()).replace("{B}", b())
    return text.replace("{co}", co).replace("{short}", short).replace("{ag}", ag).replace("{id}", call["id"])


def timeline(call: dict, rng: random.Random, stretch: float):
    flags = call["flags"]
    segs, pending, prev = [], None, None
    t0 = rng.uniform(3.0, 3.8) if "late" in flags else (rng.uniform(0.2, 0.5) if "badline" in flags else rng.uniform(0.3, 0.8))
    for tag, text in call["turns"]:
        if text is None:
            pending = ("hold", rng.uniform(10.6, 11.6)) if tag == "hold" else ("gap", rng.uniform(13.8, 15.2))
            continue
        spk = "agent" if tag.startswith("A") else "customer"
        n = nchars(text)
        if spk == "agent":
            rate = (rng.uniform(8.6, 9.0) if "fast" in flags else rng.uniform(1.6, 1.7) if "slow" in flags
                    else rng.uniform(3.7, 5.3) * max(0.86, stretch ** -0.5))
        else:
            rate = rng.uniform(3.6, 5.0) * max(0.8, stretch ** -0.3)
        dur = max(0.6, n / rate)
        if prev is None:
            start = t0
        elif pending:
            start = prev["end"] + pending[1]
        elif tag.endswith("!"):
            assert prev["speaker"] != spk, call["key"]
            start = prev["end"] - rng.uniform(1.6, 2.0) if spk == "agent" else prev["end"] - rng.uniform(0.9, 1.4)
            assert start > prev["start"] + 0.4, call["key"]
        elif tag.endswith(","):
            start = prev["end"] - rng.uniform(0.12, 0.25)
        else:
            start = prev["end"] + rng.uniform(0.3, 1.1) * stretch
        seg = {"speaker": spk, "start": round(start, 2), "end": round(start + dur, 2), "text": text,
               "_gap": pending[0] if pending else None}
        segs.append(seg)
        prev, pending = seg, None
    dur = round(segs[-1]["end"] + rng.uniform(0.3, 0.8), 2)
    return segs, dur


def timing_labels(segs: list[dict], dur: float, lo: float = 3.0, hi: float = 6.3) -> tuple[set, dict]:
    out, info = set(), {}
    if dur < 20:
        out.add("short_call")
    gaps = []
    for a, b in zip(segs, segs[1:]):
        gap = b["start"] - a["end"]
        gaps.append(gap)
        if gap >= 10 and b["_gap"] == "gap":
            out.add("silence")
        if b["_gap"] is None:
            assert gap <= 4.0, gap
        if b["_gap"] == "hold":
            assert gap <= 12.0
    overs = [a["end"] - b["start"] for a, b in zip(segs, segs[1:])
             if a["speaker"] == "customer" and b["speaker"] == "agent" and a["end"] - b["start"] >= 1.0]
    if overs:
        out.add("talk_over")
    rates = [nchars(s["text"]) / (s["end"] - s["start"]) for s in segs
             if s["speaker"] == "agent" and nchars(s["text"]) >= 6]
    mean = sum(rates) / len(rates) if rates else 4.0
    if mean >= 7.5 or mean <= 2.0:
        out.add("speech_rate")
    else:
        assert all(lo <= r <= hi for r in rates), rates
    last = segs[-1]
    if last["speaker"] == "customer" and last["text"].rstrip().endswith(("？", "?")):
        out.add("hangup")
    info.update(gaps=gaps, overs=overs, mean=mean)
    return out, info


def digits(text: str, rng: random.Random) -> str:
    def rep(m):
        v = cn2num(m.group(1))
        if v is None or rng.random() > 0.85:
            return m.group(0)
        return f"{v}{m.group(2)}"
    text = re.sub(rf"([零一二两三四五六七八九十百千万]+)({UNITS})", rep, text)
    return re.sub(r"[零一二三四五六七八九]{3,}", lambda m: "".join(str(CN_DIG[c]) for c in m.group(0)), text)


S2TW = opencc.OpenCC("s2tw")
S2T = opencc.OpenCC("s2t")


def noisy(text: str, rng: random.Random) -> str:
    for a, b in HOMOPHONES:
        if a in text and rng.random() < 0.5:
            text = text.replace(a, b)
    text = digits(text, rng)
    mode = rng.random()
    if mode < 0.45:
        text = re.sub(r"[，。？！、；：…]", "", text)
    elif mode < 0.8:
        text = re.sub(r"[，。？！、；：…]+", " ", text).strip()
    conv = (S2T if rng.random() < 0.2 else S2TW).convert(text)
    return "".join(c if c == o or rng.random() > 0.1 else o for c, o in zip(conv, text)) if len(conv) == len(text) else conv


def build():
    calls = parse(DATA)
    keys = [c["key"] for c in calls]
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]
    rng = random.Random(SEED)
    order = list(range(len(calls)))
    rng.shuffle(order)
    noisy_keys = set(rng.sample(keys, min(N_NOISY, len(keys))))
    rows, short_fail = [], []
    for num, idx in enumerate(order, 1):
        call = calls[idx]
        crng = random.Random(f"{SEED}:{call['key']}")
        call["ag"] = crng.choice(AGENTS)
        call["id"] = str(crng.randint(1001, 9899))
        filled = [(tag, fill(text, call, crng) if text else None) for tag, text in call["turns"]]
        call = dict(call, turns=filled)
        for bad in ("labels",):
            assert all(l in FAMILIES for l in call[bad]), call["key"]
        for stretch in (1.0, 1.3, 1.6, 2.0, 2.4, 2.8, 3.2, 3.6):
            trng = random.Random(f"{SEED}:{call['key']}:t:{stretch}")
            segs, dur = timeline(call, trng, stretch)
            if "short" in call["flags"] or dur >= 30.5:
                break
        labels = set(call["labels"])
        try:
            got, info = timing_labels(segs, dur)
        except AssertionError as e:
            raise AssertionError(call['key'], dur, e)
        timing = {"silence", "talk_over", "speech_rate", "short_call", "hangup"}
        assert got == labels & timing, (call["key"], got, labels, dur)
        if "short" in call["flags"]:
            assert dur < 18, (call["key"], dur)
        elif dur < 30.0:
            short_fail.append((call["key"], dur))
            continue
        if "talk_over" in labels:
            assert len(info["overs"]) == 2, call["key"]
        if "hangup" in labels:
            assert "closing" in labels, call["key"]
        if "hn" in call["flags"]:
            assert not labels, call["key"]
        is_noisy = call["key"] in noisy_keys
        nrng = random.Random(f"{SEED}:{call['key']}:noise")
        out_segs = []
        for s in segs:
            text = noisy(s["text"], nrng) if is_noisy else s["text"]
            out_segs.append({"speaker": s["speaker"], "start": s["start"], "end": s["end"], "text": text})
        if is_noisy:
            ns = [dict(s, text=o["text"]) for s, o in zip(segs, out_segs)]
            got2, _ = timing_labels(ns, dur, 2.4, 7.0)
            assert got2 - {"hangup"} == got - {"hangup"}, (call["key"], got2, got)  # hangup is read from the clean text
        ind, co, short = call["sec"]
        rows.append({"call_id": f"U-{num:03d}", "labels": sorted(labels, key=FAMILIES.index), "note": call["note"],
                     "noise": is_noisy, "duration": dur,
                     "metadata": {"writer": "U", "industry": ind, "company": co,
                                  "direction": "outbound" if call["dir"] == "out" else "inbound",
                                  "hard_negative": "hn" in call["flags"], "language": "zh", "sample_rate": 8000,
                                  "key": call["key"]},
                     "segments": out_segs})
    assert not short_fail, short_fail
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {fam: sum(fam in r["labels"] for r in rows) for fam in FAMILIES}
    print(len(rows), "calls;", counts)
    print("hard negatives", sum(r["metadata"]["hard_negative"] for r in rows), "noisy", sum(r["noise"] for r in rows),
          "outbound", sum(r["metadata"]["direction"] == "outbound" for r in rows),
          "unlabelled", sum(not r["labels"] for r in rows))
    print("sha256", hashlib.sha256(OUT.read_bytes()).hexdigest())



DATA = """
# pet relocation (宠物托运) | 安途宠运 | 安途

@ pet1 | in | - | hn | books a cat's flight; polite name ask, fee amount and moment stated
A: {G}
C: 我下个月要搬去成都，想把家里的猫一起托运过去，怎么弄？
A: 可以的，我们有航空托运和专车两种方式，请问您怎么称呼？
C: 我姓郑。
A: 郑女士，猫咪多大了，疫苗都打过了吗？
C: 三岁，疫苗都打了，本子也有。
A: 好的，航空托运是八百八十元，下单时付清，出发前一天师傅上门接猫，航空箱我们提供。
C: 行，那就定下个月十二号吧。
A: 好的，已经给您登记了，明天会有专员联系您确认细节。{T}

@ pet2 | in | tariff | - | quarantine certificate fee: neither amount nor moment
A: {G}
C: 你们那个检疫证明要不要另外收钱？
A: 检疫证明我们代办，您不用操心，到时候会一起算的。
C: 一起算是多少？什么时候付？
A: 费用不会很高的，具体到时候专员会跟您说，您放心好了。
C: 那好吧。
A: 请问您还有别的问题吗？
C: 没了。
A: {B}

@ pet3 | in | insult,apology | - | dog lost in transit a day; agent belittles the mongrel, never apologises
A: {G}
C: 我的狗丢了一天你们才告诉我，运输途中怎么能把狗弄丢呢？我真的很生气！
A: 狗已经找到了，在中转站，明天送到。
C: 你们这服务也太差了吧，我担心得一晚上没睡。
A: 一条土狗至于吗，又不是什么名贵品种，您紧张个啥。
C: 你怎么说话的？它是我家人！
A: 明天上午十点送到您家，{B}

@ pet4 | in | - | hn | the customer calls her own dog 笨狗; agent apologises for the worry
A: {G}
C: 我家那条笨狗昨天在航空箱里叫了一路，是不是吓坏了？
A: 抱歉让您担心了，第一次坐飞机的狗狗大多会紧张，落地后师傅看过，精神挺好的。
C: 那就好，它就是胆小，又笨。
A: 它一点都不笨，到了新环境适应两天就好了，您这几天留意一下它的饮水。
C: 好的，谢谢你。
A: {T}

@ pet5 | out | - | - | outbound pickup confirmation with company, who and why
A: 您好，我是安途宠运的调度{ag}，跟您确认一下明天上门接猫的时间，请问现在方便说话吗？
C: 方便，你说。
A: 明天上午九点到十点之间，师傅会带航空箱上门，请您提前四小时别给猫喂食。
C: 好，九点我在家。
A: 好的，师傅出发前会先给您打电话。{B}

@ pet6 | in | shirking | - | apologises, then sends the customer to the airline
A: {G}
C: 我家狗到了以后耳朵上有个伤口，是不是运输的时候弄的？
A: 很抱歉狗狗受伤了，不过飞机上是航空公司负责的，这个您得去找航空公司，跟我们没关系。
C: 可是我是找你们下的单。
A: 我们只负责接送，飞机上的事我们管不了，您打航空公司电话问吧。
C: 那好吧。
A: {B}

@ pet7 | in | - | hn | announced hold to check crate stock; fee with moment
A: {G}
C: 我家是只金毛，三十五斤，你们有那么大的航空箱吗？
A: 请您稍等，我查一下库存。
.. hold
A: 感谢您的耐心等待，有的，特大号航空箱还剩两个，租用费五十元，下单时一起付。
C: 好的，那我先下单，要填什么？
A: 麻烦您留一下您的姓名和电话，我这边帮您登记。
C: 刘波，电话我发你们公众号吧。
A: 好的刘先生，{B}

@ pet8 | in | short_call | short | Sunday hours, otherwise complete
A: {G}
C: 你们周日上班吗？
A: 周日正常上班，祝您生活愉快。
C: 好的。

# used-book buyback (二手书回收) | 书循环 | 书循环

@ book1 | in | greeting | - | opens 喂，书循环，说。
A: 喂，书循环，说。
C: 我有一箱旧教材想卖，你们收吗？
A: 收的，您在小程序上扫书背后的条形码就能看到回收价，然后约快递上门，运费我们出。
C: 哦，那挺方便，扫不出来的呢？
A: 扫不出来的说明暂时不收，您可以留着或者捐给社区图书角。
C: 行，我试试。
A: {T}

@ book2 | in | forbidden | - | bare 我也不知道 / 不清楚 about the company's own pricing
A: {G}
C: 为什么同一本书上个月给三块，这个月只给八毛？
A: 价格是系统定的，我也不知道。
C: 那总有个原因吧？
A: 这个我真不清楚，系统就是这么显示的。
C: 好吧，我再想想。
A: {B}

@ book3 | in | - | hn | 不知道 is the customer's; agent reassures 您不知道也没关系
A: {G}
C: 我想卖书，但是我不知道我这些书是第几版，会影响价格吗？
A: 您不知道也没关系，系统扫码会自动识别版本，不用您自己查。
C: 那太好了，我还担心要一本本翻。
A: 不用的，扫完了价格直接显示，您觉得合适再下单就行。
C: 好嘞，谢谢。
A: {T}

@ book4 | in | tariff | - | deduction for annotated books, amount never stated
A: {G}
C: 你们验书说有两本有笔记，要扣钱，扣多少？
A: 有笔记的书是要收一点处理费的，会从回收款里扣。
C: 一点是多少？
A: 不多的，系统会自动算，您到时候看账单就知道了。
C: 行吧。
A: 请问还有其他问题吗？
C: 没有了。
A: {B}

@ book5 | in | colleague | - | apologises but runs down the sorting staff
A: {G}
C: 我寄过去的书少算了三本，能帮我查查吗？
A: 非常抱歉，我看了一下，是分拣那边漏扫了，那几个分拣员干活一向毛手毛脚的，说多少次都没用。
C: 那现在怎么处理？
A: 我给您补录三本，回收款今天下午到账。
C: 好的，谢谢。
A: {T}

@ book7 | in | - | hn | 二百五十元 and 垃圾分类 innocent; polite name ask for the pickup
A: {G}
C: 我有一套百科全书，原价很贵的，你们给多少？
A: 我帮您查了一下，这一套回收价是二百五十元，品相好的话还能加一点。
C: 那破掉的那几本呢？
A: 破损严重的我们不收，您可以按垃圾分类投到可回收物里。
C: 好，明白了，怎么约上门？
A: 请问您怎么称呼？我帮您约明天的快递。
C: 姓马。
A: 马先生，已经约好明天下午取件，{B}

@ book8 | in | hangup,closing,apology | - | payout a week late; agent drops the customer's question
A: {G}
C: 我卖书的钱一直没到账，都一个星期了，你们这效率也太慢了。
A: 您报一下订单号后四位。
C: 七七零九，上周一就签收了，页面上一直写着结算中。
A: 您的订单在结算中，再等等。
C: 要等到什么时候？能不能给我个准话？

# yoga studio (瑜伽馆) | 静岚瑜伽 | 静岚

@ yoga1 | in | insult,apology | - | body-shaming; customer protests, no apology
A: {G}
C: 我想报个初级班，我比较胖，能跟得上吗？
A: 您这体重，先去减减肥再来吧，不然垫子都给压坏了。
C: 你这人怎么这样说话！
A: 开玩笑的，初级班周二周四晚上，一个月六百元，报名当天交。
C: 算了，不报了。
A: 好吧，{B}

@ yoga2 | in | - | hn | 病史 and 神经放松 innocent; fee with moment, polite name ask
A: {G}
C: 我腰不太好，能上瑜伽课吗？
A: 请问您有腰椎方面的病史吗？如果有，我们建议先上一对一的理疗瑜伽。
C: 有点腰肌劳损。
A: 那理疗课比较合适，以拉伸和神经放松为主，一节课一百八十元，上课前付。请问怎么称呼您？
C: 我姓胡。
A: 胡女士，我帮您约周六上午十点的体验课，{B}

@ yoga3 | in | overpromise | - | guarantees 15 jin off in a month
A: {G}
C: 我想减肥，你们的课有用吗？
A: 肯定有用，您跟着我们练一个月，保证瘦十五斤，瘦不下来我倒立给您看。
C: 真的假的？
A: 绝对的，我们学员个个都瘦了。月卡六百元，今天交今天就能上。请问您贵姓？
C: 姓宋，我考虑一下吧。
A: 好的宋女士，{B}

@ yoga4 | in | apology | - | class cancelled without notice; customer angry; no apology
A: {G}
C: 我今天早上七点去上课，结果门都没开，也没人通知我，白跑一趟，太气人了。
A: 今天早课老师请假了，群里发过通知的。
C: 我根本没看到群消息，你们就不能打个电话吗？
A: 以后有调整会短信通知您，这节课帮您顺延到下周。
C: 行吧。
A: {B}

@ yoga5 | in | filler | - | 嗯/这个/那个/就是说/啊 across four turns
A: {G}
C: 你们有孕妇瑜伽吗？
A: 嗯，这个，有的啊，就是那个，周三下午。
C: 几点呢？
A: 那个，两点半啊，嗯，就是说，要带那个产检报告。
C: 多少钱一节？
A: 这个，一节一百五十元啊，上课前交。请问您怎么称呼？
C: 姓杜。
A: 杜女士，{B}

@ yoga6 | in | talk_over | - | agent cuts in twice on long questions
A: {G}
C: 我想问一下你们那个年卡，如果中途怀孕了能不能暂停？
A!: 可以暂停，最长停半年。
C: 那暂停要不要交什么手续费，或者要提供什么证明材料之类的？
A!: 不用手续费，带医院证明到前台办就行。
C: 哦，那好。
A: 您还有其他问题吗？
C: 没有了，谢谢。
A: {B}

@ yoga7 | in | - | hn | customer calls another studio's coach 神经病; sympathy, waived assessment
A: {G}
C: 我之前在别家练，那个教练就是个神经病，逼着我下腰，我腰都伤了。
A: 听您这么说真的很心疼，练瑜伽不应该勉强的，我们这边老师都会先评估身体情况。
C: 那你们评估收费吗？
A: 首次评估不收任何费用。请问您怎么称呼？我帮您约时间。
C: 姓韩。
A: 韩女士，约您周五下午三点，{B}

@ yoga8 | in | speech_rate | fast | agent gabbles the price list
A: {G}
C: 你们年卡多少钱？
A: 年卡三千六百元办卡当天付清包含所有团课私教另算每周一到周日早七点到晚九点都能来上课。
C: 能说慢点吗？
A: 年卡三千六百元当天付清团课都能上私教另外收费按节算一节三百元上课前付。
C: 哦好的，我过去看看吧。
A: 好的欢迎您来参观到前台报您的手机号就可以祝您生活愉快再见。

# crop-spraying drone service (植保飞防) | 禾翼飞防 | 禾翼

@ drone2 | in | overpromise | - | 一滴都飘不出去 / 百分之百没事
A: {G}
C: 我地边上就是人家的菜地，你们打药会不会飘过去？
A: 绝对不会，我们的飞机一滴都飘不出去，出了问题我全赔，百分之百没事。
C: 那就好，价钱呢？
A: 一亩八元，作业完当场结清。请问您怎么称呼？
C: 姓田。
A: 田大哥，{B}

@ drone3 | in | - | hn | hedged answer about rain (一般 / 尽量 / 可能)
A: {G}
C: 你们打完药下雨了怎么办？会不会白打？
A: 打完两小时内下大雨的话，药效可能会受影响，我们一般会看天气预报再安排，尽量避开雨天，确实被冲掉了可以按半价补喷一次。
C: 那还行。
A: 您要预约的话，请问怎么称呼您？
C: 姓郭，我过两天再约。
A: 好的郭大哥，{B}

@ drone4 | in | complaint,apology | - | drift killed cotton; customer threatens 农业局 / 12345; no apology
A: {G}
C: 你们的飞手把药打到我家棉花地里了，苗全蔫了，我要去农业局投诉你们！
A: 您先说一下地块的位置，我们去核实。
C: 核实什么核实，苗都蔫了，你们今天不给说法我就打12345。
A: 我们下午派人过去看，核实后按损失赔偿。
C: 那我等着。
A: {B}

@ drone5 | in | colleague | - | apologises, mocks the new pilot
A: {G}
C: 上次那个飞手打得不均匀，有一块没打到。
A: 非常抱歉，那个飞手是新来的，技术菜得很，我们都不敢让他单飞，这次给您免费补打那一块。
C: 行，那啥时候来？
A: 明天上午，换个老飞手过去。{B}

@ drone6 | in | silence | - | 我看一下排班 then a long unannounced gap
A: {G}
C: 我想问下玉米地打除草剂，你们什么时候有空档？
A: 我看一下排班。
.. gap
C: 喂？还在吗？
A: 不好意思，让您久等了，下周三上午有空，请问您怎么称呼？
C: 姓彭。
A: 彭大哥，给您排下周三上午，一亩八元，作业完结算。{B}

@ drone7 | in | greeting | late | nobody answers; the customer has to call out first
C: 喂？有人吗？
A: 在的，您好，禾翼飞防，请问有什么可以帮您？
C: 我想问问你们打一亩地多少钱。
A: 一亩八元，作业完当场结算，药可以自己备。
C: 好，我再跟家里商量商量。
A: 好的，{B}

# tennis coaching (网球培训) | 青柠网球 | 青柠

@ ten1 | in | insult | - | mocks a 62-year-old learner; apologises after the protest
A: {G}
C: 我今年六十二了，想学网球，你们收老年学员吗？
A: 六十多了还学网球？别到时候球没接着，把老腰给闪了，哈哈。
C: 你这话说得可不好听。
A: 不好意思，是我说话不妥。周末有成人班，一节两百元，上课前付，请问您贵姓？
C: 姓陆。
A: 陆先生，{B}

@ ten2 | in | name_ask | - | 你叫啥？ when enrolling a child
A: {G}
C: 我想给我儿子报个暑假班。
A: 行，你叫啥？孩子几岁？
C: 我叫王丽，孩子九岁。
A: 九岁可以报少儿班，一期八节课一千二百元，开课前交。
C: 好的，报上吧。
A: 好的，已经登记，{B}

@ ten3 | in | - | hn | 球滚出场外 innocent; the customer's 喂 on a bad line; polite ask
A: {G}
C: 我发球老是出界，球滚出场外，教练能纠正吗？
A: 可以的，发球是我们私教课的重点内容，一般三四节课会有明显改善。
C: 喂？喂？信号不好，你刚说几节？
A: 三到四节课，您能听清吗？
C: 听清了，怎么报名？
A: 请问您怎么称呼？我帮您约体验课。
C: 姓贾。
A: 贾先生，体验课周六下午两点，一节一百元，上课前付。{B}

@ ten4 | in | hangup,closing,apology | - | class moved by the studio; agent drops the customer
A: {G}
C: 我报的周六班，为什么突然通知改到周日了？
A: 您是哪个班的？
C: 成人初级班，周六下午三点那个，我都上了四节了。
A: 场地调整，周日一样的。
C: 可我周日要上班，你们说改就改，能不能换到别的时间？

@ ten5 | out | greeting | - | outbound caller gives no company
A: 您好，我是小周，想跟您说一下我们暑期网球课的优惠。
C: 你哪里的？
A: 青柠网球的，暑期班现在报名打八折，原价一千五百元，折后一千二百元，报名时付。
C: 我家孩子已经在别的地方学了，不需要，谢谢。
A: 好的，那不打扰您了，以后有需要可以关注我们的公众号，{B}

@ ten6 | in | - | hn | customer's 什么破教练; full apology
A: {G}
C: 你们什么破教练，上课迟到二十分钟，有没有点时间观念！
A: 真的非常抱歉，这是我们的问题，我马上给您补上二十分钟，并且反馈给教练主管。
C: 下次再这样我就不来了。
A: 理解您的心情，再次向您道歉，我们会盯着改进。{B}

@ ten7 | in | forbidden,apology | - | 你这话到底什么意思; explicit displeasure unanswered
A: {G}
C: 你们说包教包会，我学了十节课还是不会反手，这算包会吗？
A: 你这话到底什么意思？反手本来就难。
C: 我的意思是你们宣传有问题，我很不满意。
A: 那您可以再加几节课，一节两百元，上课前付。
C: 算了。
A: {B}

@ ten8 | in | short_call | short | court tonight, otherwise complete
A: {G}
C: 今晚有空场地吗？
A: 今晚满了，明晚有，祝您愉快。
C: 行。

# badminton court booking (羽毛球馆订场) | 羽动场馆 | 羽动

@ bad1 | in | - | hn | booking with polite ask, price and moment
A: {G}
C: 我想订周六下午两个场，打两个小时。
A: 好的，请问您贵姓，方便留个电话吗？
C: 姓许，电话一三八零零零零一二三四。
A: 许先生，周六下午两点到四点两个场，每场每小时六十元，一共二百四十元，到场前线上付款。
C: 好的。
A: 已经给您订好了，{B}

@ bad2 | in | name_ask | - | books a court without asking who
A: {G}
C: 明天晚上七点还有场吗？
A: 有，三号场，一小时六十元，到场前付。
C: 那帮我订一个小时。
A: 好的，给您订上了，明晚七点三号场，到时候直接去前台。{B}

@ bad3 | in | tariff | - | free first month: 收费的事到时候再聊
A: {G}
C: 你们那个会员卡说首月免费，以后怎么收？
A: 免费期内随便打，收费的事到时候再聊，不着急。
C: 那到时候会自动扣钱吗？
A: 到时候系统会提醒您的。
C: 好吧。
A: {B}

@ bad4 | in | - | hn | same question, amount and moment stated
A: {G}
C: 首月免费的会员卡，第二个月开始怎么收？
A: 首月免费，从第二个月同一天开始每月自动扣九十九元，您可以在首月内随时取消，不会扣费。
C: 取消在哪里操作？
A: 在小程序我的会员里，点取消续费就行。
C: 好的明白了。
A: {T}

@ bad5 | in | shirking | - | apologises, then sends the customer to the coach and the front desk
A: {G}
C: 我在你们场馆租的拍子断线了，能换吗？
A: 不好意思给您添麻烦了，不过租拍的事您找场地上的教练吧，我们客服不管这个。
C: 教练说让我打客服。
A: 那我也没办法，您再去问问前台。
C: 行吧。
A: {B}

@ bad6 | in | complaint | - | 我要投诉你们前台; full apology and follow-up
A: {G}
C: 我订的场被别人占了，前台还说是我记错了，我要投诉你们前台。
A: 非常抱歉给您带来这么不好的体验，我马上记录您的投诉，核实后给您退全款，今天内回复您处理结果。
C: 好，我等电话。
A: 再次向您道歉，{B}

@ bad7 | in | - | hn | proper announced transfer; colleague introduces herself and closes
A: {G}
C: 我们公司想包场搞比赛，找谁谈？
A: 包场是我们团体业务部负责，我帮您转接团体业务的同事，请稍等。
.. hold
A: 您好，我是羽动团体业务部的小钱，您是想办比赛对吗？请问怎么称呼您？
C: 对，我姓孔，五十个人左右。
A: 孔经理，五十人的比赛建议包六个场半天，具体方案我加您微信发给您。
C: 好的。
A: {B}

@ bad8 | in | silence | - | 我帮您查一下 then an unannounced gap
A: {G}
C: 我上周办的次卡，还剩几次？
A: 我帮您查一下，手机号报一下。
C: 一三九一二三四五六七八。
.. gap
A: 让您久等了，您的次卡还剩七次，有效期到年底。
C: 好的谢谢。
A: {B}

# corporate team-building (企业团建) | 聚力拓展 | 聚力

@ team2 | in | insult,closing,apology | - | 小公司没见过世面 / 爱订不订 / 随便。
A: {G}
C: 二百八一个人太贵了，能不能便宜点？
A: 二百八还贵？你们这种小公司就是没见过世面，抠抠搜搜的。
C: 你什么态度！
A: 价格就这样，爱订不订。
C: 那我不订了！
A: 随便。

@ team3 | in | overpromise | - | 打包票 no rain, cohesion doubled
A: {G}
C: 下周六要是下雨怎么办？
A: 不会下雨的，我跟您打包票，那天肯定大晴天，活动效果保证让你们团队凝聚力翻倍。
C: 真的？
A: 真的，您放心订。请问您贵姓？
C: 姓曹。
A: 曹经理，{B}

@ team4 | in | - | hn | same question, honest rain plan
A: {G}
C: 下周六要是下雨怎么办？
A: 天气我们没法保证，如果下雨，可以改到室内场地，项目换成室内版本，费用不变，也可以免费改期一次。
C: 那挺好。
A: 请问怎么称呼您？我把雨天预案一起发给您。
C: 姓江。
A: 江经理，{B}

@ team5 | in | apology | - | bus 40 minutes late, boss unhappy; agent excuses, no apology
A: {G}
C: 今天早上你们的大巴晚到了四十分钟，我们三十个人在公司楼下干等，领导很不满意。
A: 早上堵车，司机也没办法。
C: 那你们至少要提前通知一下吧。
A: 下次会让司机提前发消息。活动其他环节还满意吗？
C: 其他还行。
A: 好的，{B}

@ team6 | in | filler | - | tics across three answers
A: {G}
C: 你们那个真人CS项目要多久？
A: 嗯，那个，一般是，就是说，两个小时左右啊。
C: 需要自己带衣服吗？
A: 这个，那个，不用，我们有那个迷彩服啊。
C: 那危险吗？
A: 嗯，这个，不危险的，就是，有护具啊。
C: 好的。
A: {B}

@ team7 | out | - | - | outbound follow-up on a proposal
A: 您好，我是聚力拓展的策划{ag}，上周给您发了团建方案，想问问您看得怎么样了，现在方便吗？
C: 看了，还在等领导批。
A: 好的，不着急，有问题随时找我，方案里的价格本月内都有效。
C: 行。
A: {B}

@ team8 | in | - | hn | 不太清楚 about the farm-stay venue + a call-back promised
A: {G}
C: 我们预订的那个农家乐能不能带宠物？
A: 农家乐那边的规定我不太清楚，我现在打电话问一下他们，十分钟内给您回电。
C: 好的。
A: 请问回这个号码可以吗？
C: 可以。
A: 好的，{B}
# short-video account agency (短视频代运营) | 星芒传媒 | 星芒

@ vid1 | in | insult,apology | - | 没文化真可怕; customer protests, no apology
A: {G}
C: 你们帮我运营了两个月，粉丝才涨了三百，什么叫完播率？我看不懂你们的报表。
A: 完播率都看不懂？没文化真可怕，我们报表写得够清楚了。
C: 你这是什么话，我花钱请你们的！
A: 报表第二页有解释，您自己看吧，下个月的方案周五发您。
C: 哼。
A: {B}

@ vid2 | in | tariff | - | ad-boost budget: 看效果再说
A: {G}
C: 你们说要给视频投流，投流的钱是另外算吗？多少？
A: 投流是另外的，看效果，效果好就多投点，效果不好就少投点。
C: 那到底每个月大概多少，什么时候扣？
A: 这个不好说，到时候运营会跟您沟通的。
C: 行吧。
A: 请问还有别的需要吗？
C: 没有了。
A: {B}

@ vid3 | in | colleague | - | blames the previous account manager
A: {G}
C: 我的账号换了运营以后，一个星期都没更新了。
A: 实在抱歉，之前那个运营就是混日子的，做的东西一塌糊涂，我们正在给您重新梳理内容。
C: 那什么时候能恢复更新？
A: 明天开始恢复，每周三条，每条发之前先给您看。
C: 好吧。
A: {T}

@ vid4 | in | - | hn | 不清楚 about the platform's review + what the agent will do
A: {G}
C: 我那条视频被平台限流了，是什么原因？
A: 平台那边的具体审核原因我们也不太清楚，我现在帮您提交申诉，同时让运营排查一下画面里有没有违规元素，明天中午前给您答复。
C: 好的，麻烦了。
A: 不麻烦，应该的。请问回复打这个号码可以吗？
C: 可以。
A: 好的，{B}

@ vid5 | in | talk_over | - | agent cuts in twice
A: {G}
C: 我想问一下你们的代运营套餐，是只负责拍视频，还是连直播也一起做？
A!: 直播也做，有单独的直播套餐。
C: 那直播套餐里面主播是你们出，还是要我们自己店里的人来播？
A!: 都可以，我们出主播的话每场另算，具体价目表发您微信。
C: 行，发过来吧。
A: 好的，请问怎么称呼您？
C: 姓叶。
A: 叶老板，{B}

@ vid6 | out | - | hn | outbound monthly report
A: 您好，这里是星芒传媒，我是您账号的运营{ag}，给您打电话汇报一下上个月的数据，您现在方便吗？
C: 方便，你说吧。
A: 上个月一共发了十二条，涨粉一千四百多，有一条播放量过了十万，详细报表已经发到您邮箱了。
C: 不错不错。
A: 这个月我们打算多做一些探店内容，方案明天发您确认。{B}

@ vid7 | in | - | hn | correct closing in own words
A: {G}
C: 我想把店里的账号交给你们做，合同怎么签？
A: 可以的，请问您怎么称呼？
C: 姓吕，开火锅店的。
A: 吕老板，基础套餐每月三千元，签合同当天付首月，之后每月一号付，合同我们可以上门签。
C: 好，那明天下午来吧。
A: 好的，明天下午两点我们的顾问上门，有任何问题随时联系我，祝您生意兴隆，账号早日大火，再见！

# phone trade-in (二手手机回收) | 回机宝 | 回机宝

@ phone1 | in | overpromise | - | guarantees the top quote whatever the condition
A: {G}
C: 我的手机屏幕有道划痕，估价能给到多少？
A: 您放心，不管什么成色，我保证按最高价给您，一分都不会少，验机都不用验。
C: 真的吗？
A: 百分之百，您直接寄过来。请问您贵姓？
C: 姓潘。
A: 潘先生，{B}

@ phone2 | in | insult,closing,apology | - | Sichuan 瓜娃子 and a brush-off
A: {G}
C: 你们验机说我的手机是翻新机，压了我三百块，我买的时候明明是新的！
A: 是不是翻新机你自己都分不清，瓜娃子哦。
C: 你骂谁呢？
A: 要卖就卖，不卖拉倒，挂了。

@ phone3 | in | - | hn | 死机 / 碎屏 / 傻瓜式 innocent
A: {G}
C: 我这个手机老死机，屏幕也碎了一角，你们还收吗？
A: 收的，死机和碎屏会影响估价，但是可以回收，我们的估价流程是傻瓜式的，您在小程序里选一下成色就能看到价格。
C: 大概能给多少？
A: 这个型号碎屏的话一般在三百到四百元之间，验机后当天打款。请问怎么称呼您？
C: 姓马。
A: 马先生，{B}

@ phone4 | in | forbidden | - | 你先想清楚要不要卖再打过来吧
A: {G}
C: 我还在犹豫是卖给你们还是拿去以旧换新。
A: 那你先想清楚要不要卖再打过来吧，我这边还有别的电话。
C: 我就是想问问你们哪个划算。
A: 回收价小程序上有，您自己对比一下。
C: 好吧。
A: {B}

@ phone5 | in | hangup,closing | - | agent drops the customer's question about data wiping
A: {G}
C: 我寄过去的手机里的照片你们会帮我清掉吗？
A: 会的，验机后会恢复出厂设置。
C: 恢复出厂设置就能彻底删干净吗？我那里面有很多私人照片。
A: 一般没问题的。
C: 一般是什么意思？有没有数据擦除的证明？

@ phone6 | in | speech_rate | slow | agent drawls every answer
A: 您好，回机宝，请问有什么可以帮您？
C: 我想问一下旧手机寄过去多久能收到钱。
A: 验机通过以后当天就打款到您账户。
C: 那验机要多久？
A: 收到手机以后一个工作日内验完。
C: 好的，谢谢。
A: 不客气，祝您生活愉快，再见。

@ phone7 | in | - | hn | customer: 你们是骗子吧; agent apologises and explains
A: {G}
C: 你们估价一千二，验机就给八百，你们是骗子吧？
A: 非常抱歉让您有这样的感受，我看了验机报告，是电池健康度低于百分之八十，按规则要扣款。如果您不接受，我们免费把手机寄回给您。
C: 那你们寄回来吧。
A: 好的，今天就安排寄回，运费我们出，再次抱歉。{B}

@ phone8 | in | name_ask | - | 你姓啥 when booking a pickup
A: {G}
C: 我想约个上门回收，家里有三台旧手机。
A: 行，你姓啥？地址报一下。
C: 姓柏，幸福小区六栋。
A: 明天上午师傅上门，当场验机当场付款。{B}

# window-grille installation (防盗窗安装) | 安居铁艺 | 安居

@ grill1 | in | greeting | - | 您好，请讲 — no company, no offer
A: 您好，请讲。
C: 我想装个隐形防盗网，你们是安居吧？
A: 对，隐形防盗网一平米一百二十元，安装完验收后付款。
C: 我家窗户大概八平米。
A: 那就是九百六十元左右，师傅上门量完尺寸再确定，请问您怎么称呼？
C: 姓万。
A: 万女士，{B}

@ grill2 | in | shirking | - | rust: 找厂家去
A: {G}
C: 你们去年给我装的防盗窗已经生锈了，能来看看吗？
A: 不好意思，生锈是材料的问题，您得去找材料厂家，我们只管安装。
C: 我又不认识厂家，当时是找你们买的啊。
A: 厂家电话我发您，您自己联系吧。
C: 好吧。
A: {B}

@ grill3 | in | - | hn | hedged delivery estimate
A: {G}
C: 我订的防盗窗什么时候能装？
A: 目前排单比较多，一般下单后七到十天能安排，我尽量帮您往前排，确定日期后师傅会提前一天给您打电话。
C: 行，尽量快点。
A: 好的，已经备注加急，{B}

@ grill4 | in | complaint,apology | - | 找你们领导; agent never apologises
A: {G}
C: 你们师傅装窗的时候把我家墙砸了个洞，拍拍屁股就走了，叫你们领导来接电话！
A: 领导不在，您先把照片发过来。
C: 我已经发了三次了，没人理我，我要打12315。
A: 那我再帮您催一下售后。
C: 今天必须给我答复。
A: {B}

@ grill5 | in | filler | - | tics across three turns
A: {G}
C: 你们的防盗窗能开逃生口吗？
A: 嗯，能的啊，那个，就是说，加一个逃生窗。
C: 要加钱吗？
A: 这个，那个，加一百五十元啊，安装完付。
C: 钥匙谁保管？
A: 嗯，就是，那个，钥匙给您，我们不留。
C: 好的。
A: {B}

@ grill6 | in | short_call | short | asks hours, otherwise complete
A: {G}
C: 你们晚上能上门吗？
A: 最晚六点，祝您生活愉快。
C: 好。

@ grill7 | in | - | hn | announced hold while checking the order
A: {G}
C: 我上周交了定金，想确认一下安装日期。
A: 好的，请您稍等，我查一下订单。
.. hold
A: 谢谢您的等待，安装日期是本周六上午，尾款八百元在验收后付。
C: 好的，周六上午家里有人。
A: 好的，师傅出发前会给您打电话，{B}

@ grill8 | in | silence | - | long unannounced gap mid-call
A: {G}
C: 我想给阳台装防盗窗，阳台是弧形的，能做吗？
A: 弧形也能做，我看看这种的报价。
.. gap
C: 喂？你好？
A: 抱歉让您久等了，弧形阳台一平米一百五十元，安装验收后付款，请问怎么称呼您？
C: 姓孟。
A: 孟先生，我帮您约师傅上门量尺寸，{B}

# septic-tank pumping (化粪池清理) | 洁通环卫 | 洁通

@ sep1 | in | insult | - | mocks the customer's village; apologises after the protest
A: {G}
C: 我们村有个化粪池满了，你们车能进得来吗？
A: 你们那穷山沟路都不通吧，车开进去都怕陷了。
C: 你怎么说话呢，我们村的路早就修好了。
A: 抱歉抱歉，是我说错话了，吸污车三米宽，路够宽就能进，一车三百元，抽完付。请问您怎么称呼？
C: 姓庞。
A: 庞大哥，{B}

@ sep2 | in | closing | - | ends on a bare 就这样吧
A: {G}
C: 我家化粪池一年没抽了，要不要抽？
A: 一般一年抽一次比较好，满了容易返味。
C: 那约个周末吧。
A: 好的，请问您贵姓？
C: 姓卢，城西卢家湾。
A: 卢先生，周六上午给您安排，一车三百元，抽完付款。
C: 好。
A: 就这样吧。

@ sep3 | in | apology | - | truck spilled on the road; customer unhappy; no apology
A: {G}
C: 你们的吸污车昨天在我家门口漏了一地，臭了一晚上，邻居都来找我了，太丢人了。
A: 那是管子接口松了，师傅已经修了。
C: 修了有什么用，门口那一片谁来清？
A: 我让师傅今天下午过去冲洗一下。
C: 行吧。
A: {B}

@ sep4 | in | - | hn | 粪 / 臭 innocent; the customer's 喂 mid-call; polite ask
A: {G}
C: 我家粪池有点臭，是不是满了？
A: 有异味一般是快满了或者通气管堵了，师傅上门看一下就知道。
C: 喂？喂？你说什么管？
A: 通气管，就是屋顶上那根细管子。请问您怎么称呼？我帮您约师傅。
C: 姓白。
A: 白阿姨，上门检查免费，需要抽的话一车三百元，抽完付。{B}

@ sep5 | in | tariff | - | distance surcharge without amount
A: {G}
C: 我在山上，离城里三十多公里，要加钱吗？
A: 远的话是要加点路费的。
C: 加多少？
A: 看具体路况，师傅到了跟您说，不会太多的。
C: 那先这样吧。
A: 好的，{B}

@ sep6 | in | colleague | - | sneers at the driver
A: {G}
C: 约好九点来的，现在十点半了车还没到。
A: 真是对不起，那个司机脑子不好使，老是走错路，我们也拿他没办法，我马上打给他。
C: 快点吧。
A: 他说二十分钟到，再次跟您说声抱歉。{B}

@ sep7 | out | - | hn | outbound yearly reminder
A: 您好，我是洁通环卫的客服{ag}，去年这个时候给您家抽过化粪池，提醒您今年该抽了，您现在方便说话吗？
C: 哦对，是该抽了。
A: 本周五和周六都有空，一车三百元，抽完付款，您看哪天方便？
C: 周六吧。
A: 好的，周六上午给您排上，{B}

@ sep8 | in | talk_over | - | agent cuts in twice
A: {G}
C: 我们小区有个公共化粪池好像堵了，物业让我们自己找人，你们接小区的活吗？
A!: 接的，小区的按方量算。
C: 按方量算的话大概是多少钱一方，要不要提前交定金或者签什么合同？
A!: 一方四十元，不用定金，完工后物业验收付款。
C: 好，我跟物业说。
A: 好的，请问您怎么称呼？
C: 姓鲍。
A: 鲍先生，{B}

# broadcasting and public-speaking training (播音主持培训) | 金话筒口才 | 金话筒

@ mic1 | in | insult,apology | - | mocks the customer's accent
A: {G}
C: 我想学主持，我普通话带点湖南口音，能学吗？
A: 就您这口音还想当主持人？先把前后鼻音分清楚再说吧。
C: 我就是来学的，你这样说太伤人了。
A: 成人班每周两次，一期三千元，开课前交。
C: 我再考虑吧。
A: {B}

@ mic2 | in | forbidden | - | 我不明白你要什么
A: {G}
C: 我想要那种能帮我在年会上讲话不紧张的课。
A: 我不明白你到底要什么课。
C: 就是上台讲话的那种。
A: 那就报口才班吧，一期两千元，开课前交。请问您怎么称呼？
C: 姓汪。
A: 汪先生，{B}

@ mic3 | in | overpromise | - | guarantees admission to a media university
A: {G}
C: 我女儿想考传媒大学的播音专业，你们的艺考班管用吗？
A: 您放心，报我们的班保证考上，考不上全额退款，我们从来没失手过。
C: 这么厉害？
A: 对，全年班两万八千元，报名时付。请问怎么称呼您？
C: 姓欧。
A: 欧女士，{B}

@ mic4 | in | - | hn | the customer calls his own Mandarin 烂得要死; correct closing
A: {G}
C: 我普通话烂得要死，开会发言都不敢，还有救吗？
A: 当然有，很多学员刚来的时候也一样，练上两个月进步会很明显。
C: 那课怎么收费？
A: 成人口才班一期八节课一千六百元，报名当天付，第一节课不满意可以全额退。请问您贵姓？
C: 姓齐。
A: 齐先生，期待在课堂上见到您，祝您早日在台上侃侃而谈，再见！

@ mic5 | in | greeting | - | 喂，您好 opening with company and offer
A: 喂，您好，金话筒口才，请问有什么可以帮您？
C: 你们有少儿主持班吗？
A: 有的，五到十二岁都可以，周六上午上课，一期一千八百元，开课前交。请问您怎么称呼？
C: 姓苗，孩子七岁。
A: 苗女士，我帮您约一节试听课，{B}

@ mic6 | in | speech_rate | fast | agent rushes the course list
A: {G}
C: 你们都有什么课？
A: 我们有少儿主持成人口才艺考播音三类少儿每周六上午成人每周二四晚上艺考是全年班。
C: 价格呢？
A: 少儿一期一千八成人一期一千六艺考全年两万八都是开课前交请问您怎么称呼。
C: 姓桂。
A: 桂女士我把课表发您微信有问题随时问我祝您生活愉快再见。

@ mic7 | in | closing | - | thanks only at the end
A: {G}
C: 我想问一下试听课要钱吗？
A: 试听课免费，一次四十分钟，周六上午或者周三晚上都可以。
C: 那周三晚上吧，我姓鲁。
A: 鲁女士，给您约周三晚上七点，请提前十分钟到。
C: 好的。
A: 感谢您的来电。

@ mic8 | in | - | hn | polite 不知道您…吗; correct greeting in another wording
A: 晚上好，金话筒口才，我是课程顾问{ag}，请问您想了解哪类课程？
C: 我想给我爸报个朗诵班，他退休了。
A: 好的，不知道叔叔平时有没有朗诵的基础呢？
C: 没有，就是喜欢。
A: 那我们的老年朗诵班很合适，每周三下午，一期一千二百元，开课前交。请问您怎么称呼？
C: 姓甄。
A: 甄先生，祝叔叔学得开心，也祝您全家幸福，再见。

# adult degree upgrade agency (学历提升) | 启明学历 | 启明

@ deg1 | in | overpromise | - | 包过 / 不用考试也能拿证
A: {G}
C: 我想提升个本科学历，我基础很差，能考过吗？
A: 报我们的班百分之百包过，考试都不用您操心，我们有内部渠道，两年半准拿证。
C: 有内部渠道？
A: 对，这个您放心。请问您贵姓？
C: 姓危。
A: 危先生，{B}

@ deg2 | in | tariff | - | 费用到时候再说
A: {G}
C: 你们报名费多少？后面还要交什么钱吗？
A: 报名费就五百，后面的教材费、考务费到时候看情况。
C: 那后面大概多少，什么时候交？
A: 每个人不一样，到时候班主任会通知您的。
C: 好吧。
A: 还有别的问题吗？
C: 没了。
A: {B}

@ deg3 | in | complaint | - | 找你们领导; agent apologises and escalates
A: {G}
C: 我交了钱三个月了，学习账号一直没开通，我要找你们领导投诉！
A: 非常抱歉耽误您这么久，这是我们的失误，我马上把您的投诉提交给主管，今天下午五点前给您开通并回电。
C: 好，五点前没开通我就去教育局。
A: 理解，我会亲自盯着这件事，再次向您道歉。{B}

@ deg4 | in | - | hn | honest pass-rate answer
A: {G}
C: 你们能保证我考过吗？
A: 这个我们不能保证，考试还是要靠您自己，我们提供网课和辅导，往年坚持学习的学员通过率比较高，具体看个人投入。
C: 那还算实在。
A: 请问您怎么称呼？我把课程表发您。
C: 姓滕。
A: 滕先生，{B}

@ deg5 | in | shirking | - | sends the customer to the university
A: {G}
C: 我的毕业证书上名字印错了一个字，你们能帮我改吗？
A: 不好意思，证书是学校发的，您直接找学校去吧，我们管不了。
C: 可是当初是你们帮我报的名啊。
A: 那也是学校的事，您打学校教务处电话。
C: 好吧。
A: {B}

@ deg6 | in | insult,apology | - | 初中都没毕业吧; protest ignored
A: {G}
C: 什么是专升本？我看不太懂你们的介绍。
A: 这都不懂？您初中都没毕业吧，专升本就是专科升本科。
C: 你这是看不起人吗？我是来咨询的！
A: 专升本学制两年半，学费八千元，报名时交。
C: 不用了。
A: {B}

@ deg7 | in | - | hn | 不知道您…吗 polite; outbound with company, who and why
A: 您好，我是启明学历的老师{ag}，您上周在网站上留了咨询，给您回个电话，不知道您现在方便吗？
C: 方便，我想了解一下自考。
A: 自考一般两年左右，需要考十二到十五门，我们的辅导班全程三千六百元，报名时交。
C: 好的，我再想想。
A: 好的，资料我发您短信，{B}

@ deg8 | in | short_call | short | asks the address, otherwise complete
A: {G}
C: 你们在哪个区？
A: 在东湖区，祝您顺利。
C: 好。

# pet cremation (宠物殡葬) | 念宠纪念馆 | 念宠

@ crem1 | in | apology | - | ashes delayed; customer upset; no apology
A: {G}
C: 说好三天拿骨灰，今天都第五天了，我天天等着，心里很难受。
A: 最近单子多，炉子排不过来。
C: 你们当初可不是这么说的。
A: 明天下午可以来取了。
C: 好吧。
A: {B}

@ crem2 | in | - | hn | 去世 / 走了 / 死 innocent; condolence blessing
A: {G}
C: 我家狗今天早上走了，我想给它办个火化。
A: 请您节哀，狗狗走得安详也是它的福气。请问您怎么称呼？
C: 姓房，它十四岁了，是老死的。
A: 房女士，单独火化八百八十元，火化结束取骨灰时付，我们可以上门接它。
C: 下午来吧。
A: 好的，下午两点上门，请您保重身体，节哀顺变，再见。

@ crem3 | in | colleague | - | blames the night-shift colleague
A: {G}
C: 我昨晚打电话没人接，狗在家放了一晚上。
A: 实在对不起，晚班那个同事整天偷懒睡觉，电话都不接，太不像话了。今天一早就给您安排。
C: 几点？
A: 九点前上门。{B}

@ crem4 | in | closing | - | ends on 拜拜 with nothing more
A: {G}
C: 你们骨灰盒有几种？
A: 有木质、陶瓷和水晶三种，木质的一百元，陶瓷的一百八十元，水晶的三百元，取骨灰时一起付。
C: 那我要陶瓷的，我姓沙，明天去取。
A: 好的沙女士，明天下午都可以。
C: 行。
A: 拜拜。

@ crem5 | in | name_ask | - | books a cremation with no polite ask
A: {G}
C: 我的猫刚走了，能今天火化吗？
A: 可以，今天下午有空位，单独火化六百元，取骨灰时付。
C: 那就今天下午吧，我自己送过去。
A: 好的，给您排三点，直接到前台报手机号就行。{B}

@ crem6 | in | silence | - | unannounced gap while checking a slot
A: {G}
C: 明天上午能做纪念仪式吗？
A: 我看一下明天的安排。
.. gap
A: 让您久等了，明天上午十点可以，仪式费二百元，仪式当天付。请问您怎么称呼？
C: 姓聂。
A: 聂先生，给您排上了，{B}

@ crem7 | out | - | hn | outbound after-care call; correct greeting and blessing
A: 您好，这里是念宠纪念馆，我是{ag}，上周您的猫咪在我们这里火化，打电话回访一下，请问现在方便吗？
C: 嗯，方便。
A: 骨灰盒带回去后有没有什么问题？另外我们有免费的纪念相册，需要的话可以寄给您。
C: 挺好的，相册可以寄一下。
A: 好的，三天内寄出，请您多保重，祝您一切安好，再见。
# prepared-meal mail order (预制菜) | 灶上鲜 | 灶上鲜

@ meal1 | in | insult,apology | - | 嫌贵就别买; protest ignored
A: {G}
C: 你们这个红烧肉一份要六十八，比超市贵多了，能打折吗？
A: 嫌贵就别买呗，买不起的人我们也不指望。
C: 你怎么能这么跟顾客说话！
A: 价格是统一的，满一百九十九包邮。
C: 我不买了。
A: {B}

@ meal2 | in | hangup,closing,apology | - | spoiled delivery; agent drops the refund question
A: {G}
C: 我收到的酸菜鱼冰袋全化了，鱼都有味了，这让人怎么吃，太恶心了。
A: 您拍个照片发到订单里。
C: 照片已经发了，两天了也没人处理，你们到底退不退钱？

@ meal3 | in | greeting,tariff | - | 您好，灶上鲜。 no offer; delivery surcharge never stated
A: 您好，灶上鲜。
C: 我想订几份年夜饭套餐，偏远地区送不送？
A: 送的，偏远地区要加一点运费。
C: 加多少？什么时候付？
A: 看地址，系统会算的，您下单时就看到了。
C: 行吧，我先下单，我姓焦。
A: 焦女士，{B}

@ meal4 | in | - | hn | customer's 猪脑子 is about herself; 猪蹄 innocent
A: {G}
C: 我真是猪脑子，红烧猪蹄订成了两份，能改成一份吗？
A: 没关系的，订单还没发货，我现在帮您改成一份，多付的六十八元原路退回，三个工作日内到账。
C: 太好了，谢谢你。
A: 不客气，{T}

@ meal5 | in | closing,filler | - | tics and a bare 好嘞拜拜
A: {G}
C: 你们的菜怎么加热？
A: 嗯，那个，就是，隔水蒸啊，十五分钟。
C: 微波炉可以吗？
A: 这个，那个，可以的啊，三分钟。
C: 能放多久？
A: 嗯，就是说，冷冻能放那个六个月啊。
C: 好的。
A: 好嘞，拜拜。

@ meal6 | in | - | hn | correct closing in its own words; fee and moment stated
A: {G}
C: 我想订十份佛跳墙送给客户，能开发票吗？
A: 可以的，请问您怎么称呼？
C: 姓霍。
A: 霍先生，十份一共一千九百八十元，下单时付，发票在发货后三天内开到您邮箱。
C: 好的。
A: 感谢您对灶上鲜的信任，祝您和客户新春大吉，生意兴隆，再见！

@ meal7 | in | talk_over,shirking | - | cuts in twice and sends the customer to the courier
A: {G}
C: 我的快递显示已签收，可是我根本没收到，家里也没人签过字，这是怎么回事？
A!: 签收了就是快递的事，您找快递去。
C: 可是我是在你们这里买的，快递是你们选的，你们不能帮我问问吗？
A!: 我们管不了快递，您打快递电话吧。
C: 好吧。
A: {B}

# projector after-sales (投影仪售后) | 光屿投影 | 光屿

@ proj1 | in | insult,closing,apology | - | 神经病 and a hang-up line
A: {G}
C: 你们的投影仪用了一个月就有坏点了，我要换新的。
A: 坏点是正常现象，不换。
C: 你们这什么质量，我要换新！
A: 神经病吧你，跟你说了不换，挂了。

@ proj2 | in | hangup,closing,tariff | - | repair fee glossed, then the customer's question dropped
A: {G}
C: 我的投影仪过保了，开机以后一直是黑屏，只有声音没有画面，修一下要多少钱？
A: 您的机器是哪一年买的？
C: 前年双十一买的，一年保修，刚过了三个多月。
A: 过保的要收点维修费，具体要看坏哪了。
C: 那你们先检测，检测要钱吗，什么时候能修好？

@ proj3 | in | - | hn | 死机 / 滚动条 / 傻瓜式 innocent
A: {G}
C: 我的投影仪老是死机，屏幕上的滚动条卡着不动。
A: 给您添麻烦了，您先长按电源键十秒强制重启，然后在设置里点一键修复，这个是傻瓜式的，跟着提示走就行。
C: 好了，现在动了。
A: 如果还会死机，随时打电话，我们免费上门检测。{B}

@ proj4 | in | greeting,filler | - | 嗯，光屿。 then tics
A: 嗯，光屿。
C: 我想问下投影仪怎么连手机？
A: 嗯，这个，就是，打开那个投屏啊。
C: 在哪里打开？
A: 那个，设置里啊，嗯，无线投屏。
C: 好，找到了。
A: 这个，那个，还有问题吗？
C: 没有了。
A: {B}

@ proj5 | in | speech_rate | fast | agent rushes the reset steps
A: {G}
C: 我的投影仪遥控器没反应了。
A: 您先换一下电池如果还不行就把遥控器对着投影仪同时按住返回键和主页键五秒重新配对。
C: 等一下，按哪两个键？
A: 返回键和主页键同时按住五秒听到滴一声就配对好了如果还不行我们免费给您寄一个新的。
C: 好了，能用了。
A: 好的那就好有问题随时打我们电话祝您观影愉快再见。

@ proj6 | in | complaint,apology | - | 12315 threat; no apology
A: {G}
C: 我寄修的投影仪你们修了一个月还没寄回来，再不寄回来我就打12315投诉你们。
A: 维修周期就是这样，配件在路上。
C: 一个月了还在路上？我要投诉！
A: 配件到了就修，修好就寄。
C: 你们看着办吧。
A: {B}

@ proj7 | in | - | hn | announced hold, proper transfer to a technician who closes
A: {G}
C: 我的投影仪画面有一半是蓝的。
A: 这个需要技术同事帮您判断，我帮您转接过去，请您稍等。
.. hold
A: 您好，我是光屿技术支持小傅，画面一半发蓝可能是排线松了，请问您怎么称呼？
C: 姓温。
A: 温先生，机器还在保修期内，我给您安排免费寄修，快递明天上门取件。{B}

# well drilling (打井) | 泉源打井 | 泉源

@ well1 | in | insult | - | 脑子进水; apologises after the protest
A: {G}
C: 我想在院子里打口井，打二十米够不够？
A: 二十米？你脑子进水了吧，我们这边地下水都在六十米以下。
C: 我不懂才问你的，你这么说话不合适吧。
A: 对不起，是我态度不好。我们这边一般打六十到八十米，一米一百二十元，完工出水后付款。请问您贵姓？
C: 姓祁。
A: 祁大哥，{B}

@ well2 | in | hangup,closing,overpromise | - | promises sweet water for sure, then drops the question
A: {G}
C: 我家那片打出来的水会不会是苦的？
A: 不会的，我跟您保证，我们打出来的水肯定是甜水，一百个放心。
C: 那要是真打出苦水来，钱还要照付吗？

@ well3 | in | - | hn | honest water-quality answer; 不知道您…吗 polite
A: {G}
C: 打出来的水能直接喝吗？
A: 水质要打出来以后检测才知道，我们可以帮您送检，检测费一百五十元，出报告时付。不知道您家里有没有装净水器呢？
C: 还没有。
A: 检测报告出来后我们可以给您建议。请问您怎么称呼？
C: 姓鞠。
A: 鞠大哥，{B}

@ well4 | in | forbidden,apology | - | 不清楚 about the company's own rig; customer unhappy
A: {G}
C: 你们的钻机说好前天来，到今天都没来，我庄稼都等着浇水，急死了。
A: 钻机什么时候来我不清楚。
C: 你们自己的钻机你都不清楚？
A: 您等通知吧。
C: 唉。
A: {B}

@ well5 | in | silence,overpromise | - | 保证一天打完 then an unannounced gap
A: {G}
C: 八十米的井要打几天？
A: 一天，保证一天就打完，绝对不会拖。
C: 那下周哪天能来？
A: 我查查排期。
.. gap
A: 让您久等了，下周二可以，请问您怎么称呼？
C: 姓栾。
A: 栾大哥，{B}

@ well6 | out | greeting | - | outbound with no company named
A: 您好，我是小韦，上次您问的打井的事，现在有空档了。
C: 哪个打井的？
A: 泉源打井，您上个月打过电话，下周三钻机有空，一米一百二十元，出水后付款。
C: 哦，下周三可以，我姓俞。
A: 好的俞大哥，{B}

@ well7 | in | - | hn | customer's own 打井的都是骗子 about others; agent sympathetic
A: {G}
C: 去年找了个打井队，收了钱打了三十米就跑了，打井的都是骗子。
A: 听您这么说真的很气人，这种事确实让人寒心。我们是正规公司，签合同，出水后才收钱。请问您怎么称呼？
C: 姓姬。
A: 姬大哥，我先安排师傅免费上门看看地形，{B}

# sunroom building (阳光房) | 晴光阳光房 | 晴光

@ sun1 | in | insult,apology | - | Sichuan 脑壳有包; protest ignored
A: {G}
C: 我想在楼顶搭阳光房，不报批可以吗？
A: 不报批？你脑壳有包哦，城管来了直接给你拆了。
C: 我就问问，你凶什么。
A: 报批要物业同意，我们可以帮您准备材料。
C: 算了。
A: {B}

@ sun2 | in | name_ask,closing | - | 你叫什么名字 then 行了，挂了
A: {G}
C: 我想约个上门量尺寸。
A: 你叫什么名字？住哪儿？
C: 我叫储明，住在江景花园。
A: 周四上午去量，量尺免费。
C: 好的。
A: 行了，挂了。

@ sun3 | in | - | hn | hedged leak answer with a warranty
A: {G}
C: 阳光房会不会漏水？
A: 安装规范的话一般不会漏水，不过胶条老化以后可能会渗水，我们提供五年质保，质保期内漏水免费上门处理。
C: 五年以后呢？
A: 五年以后上门维修收一百元上门费，材料另算，维修前会先报价给您确认。
C: 好的。
A: {T}

@ sun4 | in | colleague | - | calls the designer 猪队友
A: {G}
C: 设计图上的门开错方向了。
A: 真是抱歉，那个设计师就是个猪队友，天天出错，我让他今天改好发您。
C: 今天能改好吗？
A: 下午五点前发您。{B}

@ sun5 | in | speech_rate | slow | agent drawls the explanation
A: {G}
C: 阳光房用什么玻璃？
A: 我们用的是双层中空钢化玻璃。
C: 隔热吗？
A: 隔热效果不错，夏天可以加遮阳帘。
C: 好的，我考虑一下。
A: 好的，有问题随时来电，祝您生活愉快，再见。

@ sun6 | in | complaint | - | 我要找你们老板; full apology
A: {G}
C: 你们装完阳光房一个月就开裂了，我要找你们老板。
A: 实在对不起，这是我们的安装问题，我马上上报老板，明天派技术主管上门，免费更换那块玻璃。
C: 明天几点？
A: 上午十点前到，再次向您道歉。{B}

@ sun7 | in | closing | - | 没事了吧？没事我挂了
A: {G}
C: 你们的样板间在哪里能看？
A: 在城南建材市场二楼，周一到周日都开门，您到了报我们店名就行。
C: 好，我周末过去。
A: 没事了吧？没事我挂了。

# school shuttle bus (校车接送) | 童行校车 | 童行

@ bus1 | in | insult,closing | - | 爱坐不坐 / 我挂了
A: {G}
C: 你们校车能不能在我们小区门口停一下？多走一站孩子太远了。
A: 就为这一站还打电话？你家孩子是纸做的吗？
C: 那算了。
A: 爱坐不坐，我挂了。

@ bus2 | in | hangup,closing,apology | - | bus left the child behind; the question dropped
A: {G}
C: 今天早上校车没等我家孩子就开走了，孩子在路边哭，你们怎么回事？
A: 司机是按点发车的。
C: 我们就晚了一分钟，司机明明看见了，你们能不能叫司机以后等一下？

@ bus3 | in | name_ask,speech_rate | slow | drawls and never asks politely when enrolling
A: {G}
C: 我想给孩子报名坐校车。
A: 孩子在哪个学校，住哪个小区？
C: 实验小学，住在南湖小区。
A: 南湖有站点，一学期一千八百元，开学前交。
C: 好的，给我报上。
A: 已经登记，祝您生活愉快，再见。

@ bus4 | in | - | hn | announced hold; 不清楚 about the school + action
A: {G}
C: 下周学校放假，校车还开吗？
A: 学校放假安排我们还不太清楚，请您稍等，我问一下调度。
.. hold
A: 谢谢您的等待，调度确认放假期间校车停运，费用按天退回，下个月一号退到您账户。
C: 好的明白。
A: {B}

@ bus5 | in | talk_over,forbidden | - | cuts in twice and 不知道 about the own route
A: {G}
C: 你们校车的路线是不是改了？今天孩子到校晚了十几分钟，老师都打电话来问了。
A!: 改没改我不知道，司机自己定的。
C: 你们公司自己的校车路线，你们客服都不知道吗？我想知道以后还会不会晚。
A!: 那您问司机吧。
C: 好吧。
A: {B}

@ bus6 | in | - | hn | the customer's 喂 as the call opens on a bad line, answered at once
C: 喂？
A: 您好，童行校车，请问有什么可以帮您？
C: 我想问一下校车上有没有跟车老师。
A: 每辆车都有一位跟车老师，负责孩子上下车和点名，上车后会在家长群里报平安。
C: 那太好了。
A: {T}

@ bus7 | out | - | hn | outbound with company, who and why; correct blessing
A: 您好，我是童行校车的调度{ag}，下周起南湖站的接车时间提前到七点十分，跟您说一声，现在方便吗？
C: 方便，七点十分是吧。
A: 对，七点十分，麻烦您提前两分钟到站，给您添麻烦了。
C: 没事，知道了。
A: 谢谢您的配合，祝孩子学习进步，祝您生活愉快，再见。

# custom staircases (楼梯定制) | 木阶楼梯 | 木阶

@ stair1 | in | insult,apology | - | Cantonese 痴线; protest ignored
A: {G}
C: 我想要那种没有扶手的悬空楼梯，家里有老人也没关系吧？
A: 有老人还要无扶手？你痴线咩，摔倒了算谁的。
C: 我问一下而已，你这样骂人？
A: 有老人建议加扶手，扶手一米三百元，安装后付。
C: 不要了。
A: {B}

@ stair2 | in | hangup,closing,forbidden | - | 不明白 then the customer's question left hanging
A: {G}
C: 你们的楼梯踏步是实木的还是复合的？我家是地暖，怕木头受热以后开裂。
A: 我不明白你问这个干嘛。
C: 我刚说了，家里是地暖，我担心的是开裂和变形的问题。
A: 反正我们的楼梯都是这么做的。
C: 我想知道实木的会不会变形，有没有什么保证？

@ stair3 | in | greeting,talk_over | - | 哎，木阶，啥事 and two cut-ins
A: 哎，木阶，啥事？
C: 我家是复式，想把原来的水泥楼梯包一下木头，你们能做吗？
A!: 能做，包木一步三百元。
C: 一共十六步，大概多少钱，要不要先交定金，什么时候交尾款？
A!: 四千八百元，签合同交一半，装完交一半。请问您怎么称呼？
C: 姓冉。
A: 冉先生，{B}

@ stair4 | in | - | hn | 滚 / 死角 / 傻 innocent words in the measurement talk
A: {G}
C: 我家楼梯下面有个死角，能做成储物柜吗？
A: 可以的，楼梯下方的死角做成抽拉柜最实用，抽屉下面装滚轮，拉起来不费劲。
C: 那要多少钱？
A: 储物柜一平米八百元，安装验收后付。请问您怎么称呼？我约设计师上门量尺。
C: 姓邰。
A: 邰女士，{B}

@ stair5 | in | short_call | short | asks the showroom hours
A: {G}
C: 展厅周日开吗？
A: 开的，九点到六点，祝您愉快。
C: 好。

@ stair6 | in | short_call | short | asks if they do metal stairs
A: {G}
C: 你们做钢结构楼梯吗？
A: 做的，祝您生活愉快。
C: 好的。

@ stair7 | in | - | hn | correct closing in another wording
A: {G}
C: 我的楼梯装完了，想问一下日常怎么保养。
A: 平时用干抹布擦就行，不要用太湿的拖把，每半年打一次蜡，第一次打蜡我们免费上门。
C: 好的，谢谢你。
A: 不客气，祝您新家住得舒心，生活美满，再见！

@ proj8 | in | apology | - | wrong model shipped; customer annoyed; no apology
A: {G}
C: 我买的是白色的投影仪，你们给我发了个黑色的，我本来是送人的，现在很麻烦。
A: 您申请一下换货，我们收到黑色的再给您发白色的。
C: 那要等多久，生日就在后天了。
A: 收到退货后两天内发出。
C: 行吧。
A: {B}

@ sun8 | in | - | hn | the customer's 你这话什么意思 and 喂 at the agent; agent calm
A: {G}
C: 你们网上写的是三千八一平，怎么报价变成四千五了？你这话什么意思？
A: 不好意思让您误会了，三千八是基础款的价格，您选的是加厚的中空玻璃，每平米多七百元，报价单上有明细，签合同时付百分之三十定金。
C: 喂，那我要是换回基础款呢？
A: 换回基础款就是三千八，我马上给您改一版报价。
C: 好的。
A: {B}
"""


if __name__ == "__main__":
    build()
