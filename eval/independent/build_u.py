"""Independent labelled call set U (draft)."""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

import opencc

SEED = 20261220
OUT = Path(__file__).resolve().parent / "heldout_u.jsonl"
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
        for stretch in (1.0, 1.3, 1.6, 2.0, 2.4, 2.8):
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

@ pet1 | in | - | - | books a cat's flight; polite name ask, fee amount and moment stated
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

@ book6 | out | - | - | outbound: box received, payout and moment
A: 您好，这里是书循环回收平台，我是客服{ag}，您寄的那箱书我们已经收到了，跟您确认一下回收款，您现在方便吗？
C: 方便，多少钱？
A: 一共二十三本，回收价六十七元，今天之内打到您的账户里。
C: 好的，收到了我看一下。
A: 好的，有问题随时打我们电话。{B}

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

@ drone1 | in | - | - | booking with polite ask, price and moment
A: {G}
C: 我家有八十亩小麦，想打一遍药，你们飞机能来吗？
A: 可以的，请问您怎么称呼，地块在哪个村？
C: 我姓牛，牛家庄东头。
A: 牛大哥，一亩八元，八十亩一共六百四十元，作业完当场结算，药您自己备还是我们配？
C: 我自己备。
A: 好的，安排后天早上六点作业，早上风小。{B}

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

@ bad1 | in | - | - | booking with polite ask, price and moment
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

@ team1 | in | - | - | quote with polite ask, deposit and balance moments
A: {G}
C: 我们部门三十个人想搞个一天的团建，你们有什么方案？
A: 有户外拓展和室内剧本两类，请问您怎么称呼？
C: 我姓沈。
A: 沈经理，三十人的户外一日方案是每人二百八十元，含午餐和大巴，签合同时付百分之三十定金，活动结束后付尾款。
C: 好，发个方案给我。
A: 好的，稍后发到您邮箱，{B}

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
"""


if __name__ == "__main__":
    build()
