"""Independent labelled call set Z (eval/independent/tune_z.jsonl; first named heldout_z.jsonl, held out
until its blind figures were recorded, then renamed as round 26 of rule work began) — now a TUNING set.

Z: readings writer Z had to choose (writer Y's policy, the header of build_y.py — X's policy with Y's readings — is
   adopted unchanged; these only settle what it leaves open or what Z's calls bring up):
Z: mocking the customer's age (您这年纪还一个人出远门), region (你们外地人就是不会用), job (您种地的懂什么品质), looks,
   money (没钱就别办卡) or intelligence (这么简单都不会？), calling the customer 韭菜 / 土包子 / 老古董, and sarcasm
   about the customer's choices (您可真会挑) are insult; an insult-only call is not also forbidden, and the customer
   hurt by it with no apology adds apology.
Z: a curt order with no attack on the person (别废话，快说 / 你听我说完行不行 / 喂，你听清楚了没有 mid-call) is forbidden;
   blaming the customer for the fault and refusing to act (那是你自己没关好柜门，我们不管) is shirking.
Z: trade and everyday words are innocent: 笨重 / 死角 of a suitcase or a carousel, 笨鸡蛋 / 土鸡 / 黑猪肉, 杀价, 傻瓜式 of
   an app, 韭菜 quoted from the news or sold as a vegetable, 死机 / 黑屏 of a phone, 老人机, 废纸 / 裁废 in a print
   shop, 困人 of an elevator, 蠢 / 笨 the customer says of himself; they become insult only when aimed at the customer.
Z: 不清楚 of a third party's timing (the listed company's resumption, the elevator maker's parts) given with where to
   look or a call-back is not forbidden; a bare 不清楚 / 不知道 that ends the matter is.
Z: 保证明天中午之前一定送到 / 一分钟都不会晚 (baggage), 保证每年百分之十五 / 稳赚不赔 (brokerage), 保证三个月内脱单
   (marriage agency), 保证提三十分 (tutoring), 保证个个都甜 (fruit) are overpromise; 一般 / 尽量 / 争取 / 以实际为准 /
   没办法保证 are hedges and not.
Z: a fee asked about and answered with amount and moment (per 立方 price and billing day, commission per trade) is not
   tariff; 不多的 / 到时候系统算 / 开了户就知道了 / 先体验后面再说 is.
Z: a call the agent closes with a proper blessing after the customer's last word is not hangup; hangup is only the
   clean transcript ending on the customer's unanswered question or 喂？喂？.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import opencc

SEED = 20261225
OUT = Path(__file__).resolve().parent / "tune_z.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask",
            "apology", "shirking", "overpromise", "colleague", "complaint",
            "silence", "talk_over", "speech_rate", "short_call", "hangup")
TIMING = ("silence", "talk_over", "speech_rate", "short_call")
NOISY_SHARE = 0.25

GREETS = ["您好，{co}，我是{ag}，请问有什么可以帮您？",
          "{tod}，欢迎致电{co}，{id}号为您服务，请问您有什么需要？",
          "{tod}，这里是{co}客户服务中心，我是{ag}，请问有什么可以帮到您？",
          "您好，{co}客服{ag}很高兴为您服务，请问您要咨询什么业务？",
          "{tod}，感谢您致电{co}，我是工号{id}的{ag}，请问怎么帮您？"]
TODS = ["您好", "早上好", "下午好", "晚上好", "您好"]
CLOSES = ["好的，谢谢您的来电，祝您{w}，再见！",
          "不用客气，后续有需要随时打给我们，祝您{w}。",
          "感谢您的耐心等待和理解，{id}号{ag}祝您{w}，再见。",
          "那今天就先这样，谢谢您，祝您{w}，拜拜。",
          "感谢您选择{co}，祝您{w}，再见。",
          "稍后处理结果会短信通知您，谢谢来电，祝您{w}。"]
WISHES = ["生活愉快", "一切顺利", "身体健康", "万事顺心", "周末愉快", "出行顺利", "工作顺利", "开开心心"]
AGENTS = ["小苗", "小窦", "小柏", "小虞", "小阚", "小蔺", "小滕", "小芮", "小韶", "小晏", "小郁", "小詹"]

# writer Z's own homophone list
HOMOPHONES = [("行李", "行里"), ("航班", "航般"), ("燃气", "燃器"), ("表具", "表据"), ("股票", "股漂"),
              ("开户", "开护"), ("佣金", "用金"), ("快递柜", "快递贵"), ("取件码", "取件马"), ("电梯", "电题"),
              ("维保", "维宝"), ("会员卡", "会元卡"), ("打印", "打应"), ("名片", "明片"), ("红娘", "洪娘"),
              ("相亲", "香亲"), ("家教", "家交"), ("辅导", "辅到"), ("酒店", "酒点"), ("入住", "入主"),
              ("屏幕", "平幕"), ("维修", "维休"), ("客服", "可服"), ("请问", "请闻"), ("谢谢", "谢些"),
              ("祝您", "注您"), ("投诉", "投素"), ("保证", "宝证"), ("抱歉", "包歉"), ("麻烦", "麻番"),
              ("地址", "地志"), ("订单", "定单"), ("退款", "退宽"), ("水果", "水过"), ("快递", "快地"),
              ("账户", "帐户"), ("赔偿", "陪偿"), ("师傅", "师附"), ("洗车", "洗扯"), ("预约", "预越"),
              ("不好意思", "不好意识"), ("登记", "登级"), ("确认", "确忍"), ("愉快", "于快")]
CN_DIG = {"零": 0, "〇": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
UNITS = "元|块钱|块|天|小时|分钟|个月|月|号|年|岁|斤|公斤|公里|张|份|楼|层|周|台|件|个工作日|次|位|万|折|方|箱|寸|克|点"
PUNCT = set("，。？！、；：,.?!;:…“”‘’（）()—-~ ")
HOLD_WORDS = ("稍等", "稍候")


def nchars(text: str) -> int:
    return sum(1 for ch in text if ch not in PUNCT and not ch.isspace())


def cn2num(s: str) -> int | None:
    total, section, num, seen = 0, 0, 0, False
    for ch in s:
        if ch in CN_DIG:
            if seen:
                return None
            num, seen = CN_DIG[ch], True
        elif ch in "十百千":
            section += (num if seen else 1) * {"十": 10, "百": 100, "千": 1000}[ch]
            num, seen = 0, False
        elif ch == "万":
            total += (section + num) * 10000
            section, num, seen = 0, 0, False
        else:
            return None
    return total + section + num


NUM_RE = re.compile(r"([零〇一二两三四五六七八九十百千万]+)(?=(" + UNITS + "))")
DIGRUN_RE = re.compile(r"[零〇一幺二三四五六七八九]{3,}")


def numerals(text: str) -> str:
    text = DIGRUN_RE.sub(lambda m: "".join(str(CN_DIG[c]) for c in m.group(0)), text)

    def rep(m):
        s = m.group(1)
        if s in ("一", "两") and m.group(2) in ("点", "次", "位", "个月", "份", "件"):
            return s  # 一点 / 一次 / 两位 stay words
        v = cn2num(s)
        return s if v is None else str(v)
    return NUM_RE.sub(rep, text)


CONVERTERS = {k: opencc.OpenCC(k) for k in ("s2t", "s2tw", "s2hk")}


def noisy_text(text: str, rng: random.Random, conv: str | None) -> str:
    for a, b in HOMOPHONES:
        if a in text:
            parts = text.split(a)
            text = parts[0] + "".join((b if rng.random() < 0.5 else a) + p for p in parts[1:])
    text = "".join(("你" if ch == "您" and rng.random() < 0.25 else ch) for ch in text)
    text = numerals(text)
    if rng.random() < 0.4:
        text = re.sub(r"^(嗯，|呃，|那个，)", "", text)
    r = rng.random()
    if r < 0.45:
        text = "".join(ch for ch in text if ch not in "，。？！、；：")
    elif r < 0.7:
        text = re.sub(r"[，。？！、；：]+", " ", text).strip()
    if conv:
        t = CONVERTERS[conv].convert(text)
        text = "".join(o if (o != n and rng.random() < 1 / 6) else n for o, n in zip(text, t)) \
            if len(t) == len(text) else t
    return text


# ---------------------------------------------------------------- parsing
def parse(data: str):
    calls, ind, co = [], None, None
    for raw in data.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            ind, co = [x.strip() for x in line[1:].split("|")]
        elif line.startswith("@"):
            key, dirn, labels, flags, note = [x.strip() for x in line[1:].split("|", 4)]
            calls.append(dict(key=key, industry=ind, company=co, direction=dirn,
                              labels=[] if labels == "-" else labels.split(),
                              flags=[] if flags == "-" else flags.split(), note=note, turns=[]))
        elif line.startswith(".."):
            calls[-1]["turns"].append((line[2:].strip(), ""))
        else:
            tag, text = line.split(":", 1)
            calls[-1]["turns"].append((tag.strip(), text.strip()))
    return calls


def fill(text: str, call: dict, rng: random.Random) -> str:
    ag = AGENTS[rng.randrange(len(AGENTS))]
    aid = str(rng.randrange(1001, 9899))
    if "{G}" in text:
        text = text.replace("{G}", rng.choice(GREETS))
    if "{B}" in text:
        text = text.replace("{B}", rng.choice(CLOSES))
    return text.format(co=call["company"], ag=call.setdefault("ag", ag), id=call.setdefault("aid", aid),
                       tod=rng.choice(TODS), w=rng.choice(WISHES))


def timed(call: dict, rng: random.Random, stretch: float = 1.0, rate_scale: float = 1.0):
    segs, t = [], 0.4 + rng.random() * 0.4
    flags = call["flags"]
    if "late" in flags:
        t = 3.0 + rng.random() * 0.9
    pending = None
    for tag, text in call["turns"]:
        if tag in ("hold", "gap"):
            pending = tag
            continue
        spk = "agent" if tag.startswith("A") else "customer"
        if spk == "agent":
            rate = (8.2 + rng.random() * 0.9) if "fast" in flags else (1.5 + rng.random() * 0.3) if "slow" in flags \
                else max(3.2, (3.8 + rng.random() * 1.2) * rate_scale)
        else:
            rate = max(3.2, (3.8 + rng.random() * 1.4) * rate_scale)
        dur = max(0.5, nchars(text) / rate)
        if not segs:
            start = t
        elif pending == "hold":
            start = segs[-1]["end"] + 10.3 + rng.random() * 1.7
        elif pending == "gap":
            start = segs[-1]["end"] + 12.5 + rng.random() * 4.0
        elif tag == "A!":
            start = segs[-1]["end"] - (1.5 + rng.random() * 0.6)
        elif tag == "C!":
            start = segs[-1]["end"] - (1.1 + rng.random() * 0.6)
        elif tag == "A~":
            start = segs[-1]["end"] - (0.1 + rng.random() * 0.15)
        else:
            start = segs[-1]["end"] + min(3.8, (0.4 + rng.random() * 1.0) * stretch)
        pending = None
        segs.append(dict(speaker=spk, start=round(start, 2), end=round(start + dur, 2), text=text))
    return segs


def timing_labels(segs, duration, text_key="text"):
    found = set()
    if duration < 20:
        found.add("short_call")
    order = sorted(segs, key=lambda s: s["start"])
    end_so_far, prev = order[0]["end"], order[0]
    for s in order[1:]:
        gap = s["start"] - end_so_far
        if gap >= 10 and not any(w in prev[text_key] for w in HOLD_WORDS):
            found.add("silence")
        if s["speaker"] == "agent" and prev["speaker"] == "customer" and prev["end"] - s["start"] >= 1.0:
            found.add("talk_over")
        end_so_far = max(end_so_far, s["end"])
        prev = s
    rates = [nchars(s[text_key]) / (s["end"] - s["start"]) for s in segs
             if s["speaker"] == "agent" and nchars(s[text_key]) >= 6]
    if rates:
        mean = sum(rates) / len(rates)
        if mean >= 7.5 or mean <= 2.0:
            found.add("speech_rate")
    return found, rates, order


def check_timing(call, segs, duration):
    """Asserts the writer's gap between positives and negatives; returns the timing facts."""
    found, rates, order = timing_labels(segs, duration)
    facts = dict(duration=duration, gaps=[], holds=[], overlaps=[], rates=rates)
    for a, b in zip(order, order[1:]):
        g = b["start"] - a["end"]
        if g > 0:
            (facts["holds"] if g >= 10 and any(w in a["text"] for w in HOLD_WORDS) else facts["gaps"]).append(g)
        else:
            facts["overlaps"].append((-g, b["speaker"]))
    lab = set(call["labels"])
    for fam in TIMING:
        assert (fam in found) == (fam in lab), (call["key"], fam, found, lab, duration)
    if "short_call" not in lab:
        assert duration >= 30, (call["key"], duration)
    if "silence" not in lab:
        assert all(g <= 4.0 for g in facts["gaps"]), (call["key"], facts["gaps"])
    if "talk_over" not in lab:
        assert all(o <= 0.25 or sp == "customer" for o, sp in facts["overlaps"]), (call["key"], facts["overlaps"])
    if "speech_rate" not in lab:
        assert all(3.0 <= r <= 6.3 for r in rates), (call["key"], rates)
    return facts


def hangup_read(segs) -> bool:
    last = segs[-1]
    return last["speaker"] == "customer" and (last["text"].rstrip().endswith(("？", "?")) or "喂？喂" in last["text"])


DATA1 = """
# airline baggage claims | 云翎航空
@ ab-01 | in | insult apology | - | 您这年纪还一个人出远门，行李丢了也不奇怪
A: {G}
C: 我昨天坐的航班，托运的行李箱到现在都没找到，我很着急。
A: 您这年纪还一个人出远门，行李丢了也不奇怪，老人家记性差，说不定是您自己没托运。
C: 你怎么这么说话？我七十岁了也是乘客，我明明托运了。
A: 行吧，把行李牌号码报一下，我登记。
C: 幺五二六八三。
A: 登记好了，找到会打您电话。{B}
@ ab-02 | in | - | hn | customer reports another airport's staff said 你自己笨; agent apologises and logs feedback
A: {G}
C: 我要反映一下，你们转机那边的地勤说我"你自己笨，怪谁"，我听了特别难受。
A: 非常抱歉让您有这样的经历，这句话确实不应该出现在服务中，我把时间、地点和您的原话都记下来，会转给地面服务部核实。
C: 嗯，我也不是要投诉谁，就是希望他们改改。
A: 明白，感谢您的反馈，处理结果三个工作日内短信告诉您。{B}
@ ab-03 | in | overpromise | - | 我保证明天中午之前一定给您送到家
A: {G}
C: 我的箱子没跟上航班，里面有明天开会要穿的西装。
A: 您别急，我保证明天中午之前一定给您送到家，一分钟都不会晚。
C: 真的能保证吗？
A: 放心，百分之百没问题。请问您贵姓，送到哪个地址？
C: 姓管，送到滨江路十八号。
A: 好的管先生，已经登记。{B}
@ ab-04 | in | - | hn | hedged promise: 一般 / 尽量 / 以实际为准
A: {G}
C: 我的行李箱没到，大概什么时候能送来？
A: 真是抱歉给您添麻烦了。这类情况一般下一班航班就能带过来，我们会尽量在明天送到，具体时间以配送员联系您为准。
C: 好，那我等电话。
A: 请问您怎么称呼，留个联系电话可以吗？
C: 姓言，电话一三九零零一二三四五六。
A: 好的言女士，已经登记好了。{B}
@ ab-05 | in | shirking apology | - | 箱子摔坏了那是机场地勤的事，您找机场去
A: {G}
C: 我的行李箱轮子被摔掉了一个，拉杆也弯了，你们得负责吧？
A: 箱子摔坏了那是机场地勤的事，跟我们航空公司没关系，您找机场去。
C: 我是买的你们的票，托运也是你们收的，怎么又让我找机场？
A: 规定就是这样，我这边处理不了。{B}
@ ab-06 | in | forbidden | - | 不知道，您的箱子在哪我怎么知道
A: {G}
C: 你好，我的箱子显示已经到了，可是转盘上没有，现在在哪？
A: 不知道，您的箱子在哪我怎么知道。
C: 那你帮我查一下啊。
A: 行，行李牌号报一下。
C: 幺三七七五零。
A: 查到了，在行李查询柜台，您过去领就可以。{B}
@ ab-07 | in | talk_over | - | agent cuts in twice while the customer describes the bag
A: {G}
C: 我的行李箱是深蓝色的，二十八寸，上面挂了一个红色的小熊挂件，把手那里还缠了一圈黄胶带。
A!: 行行行，颜色知道了，行李牌号多少？
C: 幺二九三八六，我刚才说到那个胶带是为了好认，因为同款的箱子特别多，我怕别人拿错。
A!: 明白明白，这个已经记了。
C: 好的，那什么时候能有消息？
A: 找到以后二十四小时内联系您。{B}
@ ab-08 | in | - | hn | innocent 死 / 笨: 笨重 of a case, 死角 of a carousel
A: {G}
C: 我那个箱子特别笨重，是不是掉到转盘的死角里去了？
A: 有可能的，转盘拐角确实有个死角，我已经请地勤去看一下。请问您贵姓？
C: 姓司。
A: 司先生，查到会第一时间回电，您不清楚航班号也没关系，我用您的身份证就能查到。
C: 那太好了，谢谢。
A: 不客气。{B}
@ ab-09 | in | complaint apology | - | 我要投诉; agent only repeats the rule
A: {G}
C: 我的包第三天了还没找到，每次打过来都说在查，我要投诉你们！
A: 您投诉也没用，流程就是这样，得等系统匹配。
C: 等等等，里面有药我天天要吃的！
A: 匹配上了会通知您。{B}
@ ab-10 | in | silence | - | unannounced 14 s gap while the customer waits
A: {G}
C: 我想查一下行李赔偿的进度，申请单号是二零二六一二零三。
.. gap
C: 喂，还在吗？
A: 在，查到了，赔偿款已经审核通过，五个工作日内到账。
C: 好的，谢谢。
A: 不客气。{B}
@ ab-11 | in | - | hn | announced hold and proper transfer to the claims desk
A: {G}
C: 我的箱子里东西被偷了，想申请理赔。
A: 很抱歉遇到这种事情，理赔需要专门的同事受理，请您稍等，我帮您转到理赔专席。
.. hold
A: 您好，我是理赔专席小戚，刚才同事已经把情况转给我了，请问丢失的物品大概有哪些？
C: 一台相机和两瓶香水。
A: 好的，我帮您登记，稍后会把理赔材料清单发到您手机上。{B}
@ ab-12 | in | closing hangup | - | gone on 那我要不要去机场等？
A: {G}
C: 我的行李说今天送，到现在还没到，我晚上还要用里面的东西，能不能帮我问问配送员到哪了？
A: 系统显示在路上了，配送员的电话我这边看不到。
C: 我都等了一整天了，说好上午送的，现在天都黑了。
A: 今天送的件比较多。
C: 那我要不要去机场等？
@ ab-13 | in | name_ask | - | 你叫什么？身份证号报一下
A: {G}
C: 我想查一下我的行李。
A: 你叫什么？身份证号报一下。
C: 叫程一鸣，身份证号我不太想在电话里说。
A: 那就报行李牌号。
C: 幺四五五零二。
A: 查到了，已经装上下午的航班。{B}

# gas utility | 润城燃气
@ gu-01 | in | tariff | - | 开通费到时候看吧，都差不多
A: {G}
C: 我新房子要开通燃气，开通要多少钱？以后每个月怎么收？
A: 开通费到时候看吧，都差不多，先给您约师傅上门。
C: 到底多少钱啊，我想先知道。
A: 师傅去了会跟您说的。请问您贵姓？
C: 姓乔。
A: 乔女士，明天上午师傅上门。{B}
@ gu-02 | in | - | hn | fee stated with amount and moment
A: {G}
C: 燃气开户要收费吗？
A: 开户本身不收费，点火安装费是一百二十元，师傅上门点火时支付；用气按每立方三块零五收，每两个月抄表后的第二天出账单。
C: 明白了，那帮我约一下。
A: 好的，请问您怎么称呼？
C: 姓蔡。
A: 蔡先生，已经帮您约到周四下午。{B}
@ gu-03 | in | insult apology | - | 你们外地人就是不会用
A: {G}
C: 我家的燃气灶打不着火，我按了好几次了。
A: 你们外地人就是不会用，按下去要停三秒，这么简单都不会？
C: 外地人怎么了？你说话注意一点。
A: 我说的是事实，你再试试吧。
C: 行了行了。
A: {B}
@ gu-04 | in | - | hn | customer insults the company; agent apologises
A: {G}
C: 你们这破公司，燃气费一涨再涨，简直是抢钱！
A: 非常抱歉让您不满意，今年的调价是物价局核准的，居民第一档每立方三块零五，从一月一日起执行，我可以把调价文件发到您手机上。
C: 发吧，我看看。
A: 好的，已经发送了，感谢您的理解。{B}
@ gu-05 | in | overpromise | - | 保证用十年都不会漏
A: {G}
C: 你们推销的那个燃气报警器和新软管，真的有用吗？
A: 肯定有用，装了我们的软管，保证用十年都不会漏，绝对安全。
C: 那多少钱？
A: 软管八十元，报警器二百六十元，安装时付款。请问您贵姓？
C: 姓温。
A: 温先生，明天安排师傅过去。{B}
@ gu-06 | in | forbidden | - | 喂，你听清楚了没有 mid-call
A: {G}
C: 我的燃气表显示欠费，可是我上周刚交了钱。
A: 交了钱也要等系统同步，要两天。
C: 可是现在已经没气了，我没法做饭。
A: 喂，你听清楚了没有？我说了要两天。
C: 那我这两天怎么办？
A: 我给您申请临时开通，一小时内恢复。{B}
@ gu-07 | in | filler | - | 那个那个 / 就是说 / 然后呢 throughout
A: {G}
C: 我想问一下燃气安检是什么时候？
A: 那个那个，就是说，安检的话，然后呢，是每年一次，那个那个，会提前三天贴通知。
C: 那这次是哪天？
A: 就是说，然后呢，您这个小区，那个那个，是下周二。
C: 好的，知道了。
A: {B}
@ gu-08 | in | - | hn | 不清楚 said by the customer, reassured
A: {G}
C: 我不清楚自己家的燃气户号是多少，能查吗？
A: 您不清楚也没关系，报一下地址我就能帮您查到。
C: 阳光花园九栋二单元七零三。
A: 查到了，户号是八八零三二七一六，我发短信给您，方便以后缴费。
C: 好的谢谢。
A: {B}
@ gu-09 | in | complaint | - | 我要打12345, apology given
A: {G}
C: 抢修师傅说好两点到，现在五点了还没来，我要打12345投诉你们！
A: 非常抱歉让您久等了，我马上联系师傅核实，并且帮您加急处理，二十分钟内给您回电。
C: 你们最好快点。
A: 一定，再次向您道歉。{B}
@ gu-10 | in | speech_rate | fast | fast agent reading the safety notice
A: 您好润城燃气我是小滕请问有什么可以帮您的？
C: 我想问下家里闻到一点燃气味怎么办？
A: 请您马上关闭燃气总阀打开门窗通风不要开关电器不要使用明火人员撤离到室外后再拨打抢修电话我们二十分钟内到达！
C: 好的，我这就去关。
A: 好的您先处理抢修师傅马上出发请保持电话畅通师傅到了会先检查管道和阀门确认安全以后再恢复供气。
C: 那要收费吗？
A: 燃气泄漏抢修是免费的不收任何费用请您放心如果需要更换配件师傅会先报价您同意了才换。
C: 好的好的。
A: 好的那请您注意安全谢谢来电祝您平安再见。
@ gu-11 | in | shirking apology | - | 热水器坏了找厂家，别找我们
A: {G}
C: 我家燃气热水器老是熄火，是不是你们的气压有问题？
A: 热水器坏了找厂家去，别什么都找我们。
C: 我都还没说完，你怎么知道是热水器的问题？
A: 反正气压没问题，就这样。{B}
@ gu-12 | in | - | hn | 喂 said by the customer on a bad line; proper greeting
A: {G}
C: 喂？喂？能听到吗？我这边信号不好。
A: 能听到的，您请讲。
C: 我想改一下缴费的银行卡。
A: 好的，您可以在润城燃气公众号里修改，我也可以帮您发一个链接，请问需要吗？
C: 发一个吧。
A: 已经发送，请查收。{B}
@ gu-13 | in | greeting | - | opens 喂，燃气，啥事？
A: 喂，燃气，啥事？
C: 我想约一下下个月的安检时间。
A: 好的，您可以选周一到周五任意一天，请问您贵姓？
C: 姓毛，约周三吧。
A: 毛先生，已经约好周三上午。{B}

# stock brokerage app | 盈川证券
@ sb-01 | in | insult apology | - | 您这种就是标准的韭菜
A: {G}
C: 我买的那只股票又跌了百分之十，你们的APP推荐的，到底能不能信？
A: 您这种追涨杀跌的，就是标准的韭菜，割您不割谁？
C: 你什么意思？我亏了钱还要被你笑话？
A: 我就是实话实说。还有别的事吗？
C: 没了。
A: {B}
@ sb-02 | in | - | hn | innocent 韭菜 quoted from a news headline, 杀跌 as market term; agent hedges
A: {G}
C: 我看新闻说散户都是韭菜，我这种新手是不是不适合买股票？
A: 那只是媒体的说法，您不用太在意。新手可以先了解自己的风险承受能力，我们APP里有风险测评，也有基金定投这样相对平稳的方式，不过任何投资都有风险，没办法保证收益。
C: 好的，我先做个测评。
A: 好的，有问题随时联系我们。{B}
@ sb-03 | in | overpromise | - | 保证每年至少百分之十五的收益
A: {G}
C: 你们APP首页那个智能投顾，收益怎么样？
A: 跟着我们的智能投顾，保证每年至少百分之十五的收益，稳赚不赔。
C: 这么高？不会亏吗？
A: 不会的，绝对不会亏。请问您怎么称呼？
C: 姓巫。
A: 巫先生，我把开通链接发给您。{B}
@ sb-04 | in | tariff | - | 佣金很低的，别担心
A: {G}
C: 我想在你们APP开户，交易佣金怎么收？
A: 佣金很低的，别担心，大家都在用。
C: 很低是多少？有没有最低五块？
A: 反正比别家便宜，开了户就知道了。
C: 那好吧。
A: {B}
@ sb-05 | in | - | hn | commission stated, when it is charged
A: {G}
C: 开户以后交易佣金是多少？
A: 股票交易佣金是万分之二点五，单笔最低五元，每笔成交时从资金账户里扣，另外还有印花税和过户费，按国家规定收取。
C: 好的，清楚了。
A: 请问还有其他问题吗？
C: 没有了。
A: {B}
@ sb-06 | in | colleague | - | 那个新来的客户经理就是个半桶水
A: {G}
C: 上次你们客户经理跟我说融资融券随时能开，现在又说不行。
A: 哦，那个新来的客户经理就是个半桶水，啥也不懂乱说的，您别听他的。
C: 那到底什么条件？
A: 资产满五十万，交易满半年。{B}
@ sb-07 | in | forbidden | - | 不清楚，您自己去看公告吧
A: {G}
C: 我持有的那只股票今天停牌了，什么时候复牌？
A: 不清楚，您自己去看公告吧。
C: 我就是看不懂公告才打电话的。
A: 公告里写了，您再看看。{B}
@ sb-08 | in | - | hn | 不清楚 of the listed company's own timing, with where to see it and a call-back
A: {G}
C: 我的股票停牌了，什么时候能复牌？
A: 复牌时间是上市公司自己决定的，目前公司还没有公告，我们这边暂时也不清楚具体日期。您可以在APP的公告栏关注，一有公告我们也会推送给您，明天下午我再给您回个电话。
C: 好，谢谢你。
A: 不客气，请问您贵姓？
C: 姓聂。
A: 聂先生，我记下了。{B}
@ sb-09 | in | short_call | short | wrong number, quick and polite
A: 您好，盈川证券，请问有什么可以帮您？
C: 不好意思，打错了。
A: 没关系，祝您生活愉快，再见。
@ sb-10 | in | name_ask closing | - | 你姓啥？ and ends 行，挂了
A: {G}
C: 我想预约一下线下开户。
A: 你姓啥？
C: 姓甘。
A: 周六上午九点到十二点，带身份证和银行卡到营业部。
C: 好的。
A: 行，挂了。
@ sb-11 | in | complaint apology | - | 我要向证监会反映
A: {G}
C: 你们APP今天上午卡了半小时，我卖不出去，亏了好几千，我要向证监会反映！
A: 系统卡顿是行情太火爆，大家都一样。
C: 大家都一样就不用负责了？
A: 您要反映就去反映吧。{B}
@ sb-12 | in | - | hn | customer calls himself 傻; agent reassures, no insult
A: {G}
C: 我是不是特别傻，买了就跌，卖了就涨。
A: 您千万别这么说，很多投资者都有过这种感受，市场短期波动谁都很难判断。您可以考虑分批买入，降低一些择时风险，不过这个也只是参考。
C: 嗯，谢谢你安慰我。
A: 不客气。{B}
@ sb-13 | in | filler | - | 就是说 / 对吧对吧 / 你懂吧
A: {G}
C: 我想开个创业板权限。
A: 就是说，创业板的话，对吧对吧，要两年交易经验，你懂吧，然后呢，资产十万。
C: 我够了，怎么开？
A: 就是说，对吧，APP里，你懂吧，点权限开通，然后呢，做个测评就行。
C: 好的。
A: {B}

# farm produce e-commerce | 田丰鲜果
@ fp-01 | in | insult apology | - | 种地的懂什么品质
A: {G}
C: 我自己家也种橘子的，你们发来的橘子明显是次品，个头小还有烂的。
A: 您种地的懂什么品质？我们这是精品果，您不会吃就别乱说。
C: 你这什么态度？看不起种地的？
A: 我就事论事。要退就在APP上申请。
C: ……
A: {B}
@ fp-02 | in | - | hn | innocent 土鸡 / 笨鸡蛋 / 猪肉; agent polite
A: {G}
C: 你们的笨鸡蛋和土鸡是真的散养的吗？还有那个黑猪肉。
A: 是的，笨鸡蛋就是农家散养鸡下的蛋，土鸡在山上放养一年以上，黑猪肉来自合作的养殖场，都有检疫证明，页面上可以看到。
C: 好的，那我下个单。
A: 好的，请问您怎么称呼？我帮您核对一下收货地址。
C: 姓覃，地址是翠湖小区五号楼。
A: 覃女士，地址确认无误。{B}
@ fp-03 | in | apology | - | rotten mangoes, no apology
A: {G}
C: 我收到的芒果一半都烂了，全是黑斑，我很生气。
A: 拍照上传一下，审核通过给您补发。
C: 我买来是送人的，现在都没法送了。
A: 那您拍照吧，审核要一到两天。
C: 真是的。
A: {B}
@ fp-04 | in | - | hn | apology and compensation for rotten fruit
A: {G}
C: 我收到的猕猴桃压坏了好几个，挺失望的。
A: 实在不好意思，运输中没保护好，给您添麻烦了。您拍个照片上传，我直接给您办理退款，坏了几个退几个，另外再送您一张十元优惠券。
C: 好，那还行。
A: 谢谢您的理解。{B}
@ fp-05 | in | overpromise | - | 保证个个都甜，不甜全额退
A: {G}
C: 你们这个赣南脐橙甜不甜啊？上次买别家的都是酸的。
A: 我们的橙子保证个个都甜，一个酸的都没有，随便挑。
C: 真的？
A: 我拿人格担保。{B}
@ fp-06 | in | shirking apology | - | 坏了找快递，别找我们
A: {G}
C: 你们的荔枝发来全是化掉的水，一箱都没法吃。
A: 那是快递路上耽误了，您找快递公司去，我们发出去的时候是好的。
C: 我是在你们店买的，凭什么让我找快递？
A: 我们只管发货。{B}
@ fp-07 | in | tariff | - | 运费到时候系统算
A: {G}
C: 我想订每月配送的蔬菜套餐，运费怎么收？
A: 运费到时候系统算，不多的。
C: 不多是多少啊？每次都收吗？
A: 反正不贵，您先订。{B}
@ fp-08 | in | - | hn | monthly box priced with delivery fee and first charge date
A: {G}
C: 每月蔬菜套餐怎么收费？
A: 套餐每月一百九十九元，包含四次配送，运费每次八元，首月在下单当天扣款，之后每月同一天自动扣款，随时可以在APP里取消。
C: 清楚了，我订一个。
A: 好的，请问您贵姓？
C: 姓祁。
A: 祁先生，已为您开通。{B}
@ fp-09 | in | hangup closing | - | hung up on 喂？喂？
A: {G}
C: 我买的苹果到现在还没发货，下单五天了，页面上写的是四十八小时内发货。
A: 最近订单多，慢慢等吧。
C: 我是买来给我爸过生日用的，后天就要用，能不能帮我催一下仓库？
A: 催也没用，仓库按顺序发。
C: 那到底哪天发？喂？喂？
@ fp-10 | in | talk_over apology | - | agent cuts in twice, customer upset, no apology
A: {G}
C: 我买的那箱草莓，打开以后下面一层全是压烂的，上面还放着几个好的，感觉像是故意这么装的。
A!: 不可能故意的，我们都是机器装箱。
C: 我不是说你们故意，我是说这样装箱很容易坏，你们能不能下次在中间放个隔板之类的。
A!: 这个我们管不了，包装是仓库定的。
C: 那这箱怎么处理？
A: 拍照申请退款就行。{B}
@ fp-11 | in | greeting | late | late answer, customer calls 喂 first
C: 喂？喂？有人吗？
A: 嗯，在的，说吧。
C: 我想问一下有没有新鲜的山竹。
A: 有的，今天刚到一批，五斤装一百零八元，包邮。请问您贵姓？
C: 姓钱，我要两箱。
A: 钱女士，已经帮您下单了。{B}
@ fp-12 | in | - | hn | innocent 杀价 / 傻瓜式 of an app
A: {G}
C: 你们果园直播能不能杀价啊？还有那个下单页面傻瓜式一点就好了，我妈不会用。
A: 直播间价格是统一的，不能议价，不过每周三有会员日八八折。下单页面的建议我记下来了，谢谢您的反馈，您母亲也可以直接打我们电话下单。
C: 那挺好。
A: {B}
"""

DATA2 = """
# printing shop | 墨点快印
@ pr-01 | in | insult apology | - | 这么简单的排版都不会，您是怎么毕业的
A: {G}
C: 我发过去的毕业论文，打印出来页码全乱了，能帮我重新排一下吗？
A: 这么简单的排版都不会，您是怎么毕业的？页码自己在文档里设好再发。
C: 我就是不太会才问你们的，你没必要这么说吧。
A: 那您加十块钱，我们给您排。
C: 行吧。
A: {B}
@ pr-02 | in | - | hn | innocent 废纸 / 裁废 / 傻瓜式; polite
A: {G}
C: 我上次印的名片裁废了好多，边上都是白边，那些废纸你们会算钱吗？
A: 不好意思给您添麻烦了，裁废的部分是我们的问题，不会算您的钱，我们重新给您印一盒。我们的在线下单也是傻瓜式的，上传文件就能自动预览裁切线，下次可以先看一眼。
C: 好的，那什么时候能好？
A: 明天下午五点前可以取，请问您贵姓？
C: 姓麦。
A: 麦先生，已经安排了。{B}
@ pr-03 | in | tariff | - | 加急费到时候再说
A: {G}
C: 我有二百份宣传册明天早上要用，能加急吗？加急怎么收费？
A: 能加急的，加急费到时候再说，先给您做。
C: 我想先知道大概多少钱。
A: 做完了一起算，不会太贵。{B}
@ pr-04 | in | - | hn | fee with amount and moment
A: {G}
C: 二百份宣传册加急要多少钱？
A: 二百份彩印宣传册是三百二十元，加急费另收六十元，一共三百八十元，取件的时候付款就可以。
C: 好的，那明早八点能取吗？
A: 可以的，请问您怎么称呼？
C: 姓龚。
A: 龚女士，明早八点在门店等您。{B}
@ pr-05 | in | colleague | - | 晚班那个师傅手脚笨
A: {G}
C: 我昨晚来取的海报，颜色跟我的设计稿差太多了。
A: 很抱歉，昨晚是晚班那个师傅印的，他手脚笨，脑子也不灵光，经常出这种错。
C: 那现在能重印吗？
A: 可以，今天给您重新印，不收费。{B}
@ pr-06 | in | forbidden | - | 不明白你在说什么
A: {G}
C: 我想要那种摸起来有点凹凸的纸印请柬，就是像布纹那样的。
A: 不明白你在说什么。
C: 就是那种有纹理的纸啊。
A: 哦，您说的是艺术纸，有好几种，可以来店里看样。{B}
@ pr-07 | in | speech_rate | slow | drawling agent
A: 您好，墨点快印，我是小阚，请问有什么可以帮您？
C: 我想问一下你们周末营业吗？我要印个横幅。
A: 周末……营业的，早上……九点……到晚上……六点。
C: 那横幅要多久能做好？
A: 一般……两个……小时……就好了。
C: 好的，谢谢。
A: 不客气……祝您……生活愉快……再见。
@ pr-08 | in | short_call | short | customer only asks opening hours
A: 您好，墨点快印，请问有什么可以帮您？
C: 你们几点关门？
A: 晚上九点，祝您生活愉快。
@ pr-09 | in | shirking apology | - | 文件是您自己发错的，我们不管
A: {G}
C: 我要的是A三的海报，你们给我印成A四了，我明天活动就要用。
A: 文件是您自己发过来的，尺寸您自己没写清楚，我们不管。
C: 我明明写了A三的啊，聊天记录都在。
A: 那您找接单的客服去，我这边只管印。{B}
@ pr-10 | in | - | hn | customer says 你这话什么意思 in confusion; agent explains, apologises
A: {G}
C: 你刚才说我的文件分辨率不够，你这话什么意思？是不能印吗？
A: 不好意思，刚才没说清楚。能印的，只是放大以后图片会有点模糊，如果您有原图，效果会更好。
C: 哦，我找找原图。
A: 好的，找到以后发到我们邮箱就可以。{B}
@ pr-11 | in | closing | - | ends with 知道了
A: {G}
C: 我想印五百张名片，用铜版纸的，大概几天能好？
A: 五百张铜版纸名片六十元，两天就能好，付款后开始做。
C: 好，我下午过去付款。
A: 知道了。

# marriage agency | 良缘汇婚恋
@ ma-01 | in | insult apology | - | 您这条件还挑人家
A: {G}
C: 你们上次介绍的那位先生，我觉得不太合适，能不能再换一个？
A: 您都四十多了，长得也一般，还挑什么？有人愿意见您就不错了。
C: 你怎么能这样说话？我交了钱的。
A: 我说的都是实话，您好好想想。
C: 太过分了。
A: {B}
@ ma-02 | in | overpromise | - | 保证三个月内脱单
A: {G}
C: 我想了解一下你们的婚恋服务，真的能找到对象吗？
A: 您放心，办我们的钻石会员，保证三个月内脱单，找不到全额退款，我们成功率百分之百。
C: 这么厉害？多少钱？
A: 钻石会员一年一万九千八，签合同时付款。请问您贵姓？
C: 姓宗。
A: 宗先生，我给您约个时间来门店。{B}
@ ma-03 | in | - | hn | hedge: 没办法保证结果
A: {G}
C: 你们能保证我找到对象吗？
A: 婚恋这件事涉及两个人的感受，我们没办法保证结果，能做的是根据您的要求认真筛选、安排见面，并且全程有红娘跟进。会员费一年六千八，签约当天支付，中途可以按比例退费。
C: 那我考虑一下。
A: 好的，您考虑好了随时联系我们。{B}
@ ma-04 | in | complaint apology | - | 我要去消协投诉
A: {G}
C: 你们说每个月至少安排两次见面，我交钱三个月了才见了一个人，我要去消协投诉！
A: 最近会员多，排不过来，您再等等。
C: 再等等，再等等，我的钱不是钱吗？
A: 您去消协也是一样的结果。{B}
@ ma-05 | in | - | hn | reported insult from a date, quoted while registering feedback
A: {G}
C: 我想反映一下，你们介绍的那个男的，见面的时候说我"又老又丑还挑"，我特别生气。
A: 非常抱歉让您遇到这样的事，这种言语完全不能接受，我把他说的原话记下来了，会核实后暂停他的会员资格，也会安排红娘给您回电。
C: 好，谢谢你。
A: 应该的，再次向您道歉。{B}
@ ma-06 | in | name_ask | - | 你叫什么名字？多大了？
A: {G}
C: 我想登记一下，看看有没有合适的。
A: 你叫什么名字？多大了？干什么的？
C: 叫邹静，三十二岁，做会计。
A: 好，我给您录进系统，明天红娘联系您。{B}
@ ma-07 | in | talk_over | - | agent cuts in twice on the customer's requirements
A: {G}
C: 我对另一半的要求其实不高，就是希望他人品好，有稳定工作，最好不抽烟，个子一米七五以上，年龄跟我差不多。
A!: 一米七五以上的很难找的，您降低点要求吧。
C: 我还没说完，我是说最好，不是一定要，主要还是人品，脾气要好，能聊得来，对家人孝顺。
A!: 行，我知道了，都记下了。
C: 那什么时候能安排？
A: 下周给您回电话。{B}
@ ma-08 | in | - | hn | innocent 老 / 土 words: 老乡 / 老家 / 土家族; polite name ask
A: {G}
C: 我想找个老乡，最好老家也是湘西的，我是土家族的。
A: 好的，您的要求我记下了，我们湘西籍的会员还不少，请问您怎么称呼？
C: 姓向。
A: 向女士，红娘明天会联系您安排。{B}
@ ma-09 | in | greeting | - | opens 嗯，良缘，说吧
A: 嗯，良缘，说吧。
C: 我想问问你们门店在哪。
A: 在人民路八十八号三楼，周一到周日都营业，请问您贵姓？
C: 姓伍。
A: 伍女士，欢迎您过来。{B}
@ ma-10 | in | colleague | - | 那个红娘嘴碎，就会瞎牵线
A: {G}
C: 上次那个红娘给我介绍的人完全不是我说的类型。
A: 哎，她那个人嘴碎，就会瞎牵线，业绩都是凑的，我们这边好多人都看不惯她。
C: 那能换个红娘吗？
A: 可以，我给您换一位。{B}
@ ma-11 | in | - | hn | complaint already settled, 我不是要投诉
A: {G}
C: 上个月我投诉过红娘的事，你们已经给我换人了，这次我不是要投诉，就是想问下一次见面什么时候。
A: 好的，感谢您的理解。新红娘已经给您安排在本周六下午三点，在门店二楼。
C: 好的，我会准时去。
A: {B}
@ ma-12 | in | hangup closing | - | gone on 那我交的钱怎么办？
A: {G}
C: 我想退会，你们这半年一个合适的都没有介绍，合同里写了可以按比例退费的。
A: 退会要找门店店长，我这边处理不了。
C: 店长电话一直打不通，我都打了一个礼拜了，你们到底有没有人管？
A: 那我也没办法。
C: 那我交的钱怎么办？

# car wash membership | 净驰洗车
@ cw-01 | in | insult apology | - | 没钱就别办卡
A: {G}
C: 你们的年卡有点贵，我能不能办个月卡先试试？
A: 没钱就别办卡了，开个破车还天天想着洗。
C: 我开什么车关你什么事？
A: 我们只办年卡，就这样。
C: 你们就这服务？
A: {B}
@ cw-02 | in | tariff | - | 先免费体验，后面再说
A: {G}
C: 你们那个会员免费洗一个月，一个月以后怎么收钱？
A: 先免费体验嘛，后面再说，到时候会提醒您的。
C: 我是想知道到时候多少钱，会不会自动扣？
A: 您先用着，不满意再说。{B}
@ cw-03 | in | - | hn | trial with price and first charge date
A: {G}
C: 会员免费体验一个月以后怎么收？
A: 体验期到下个月十五号结束，从十六号开始按每月九十九元自动扣费，扣费前三天短信提醒，您在体验期内取消就不会扣任何钱。
C: 好的，明白。
A: 请问还有其他需要吗？
C: 没有了。
A: {B}
@ cw-04 | in | filler | - | 那啥 / 咋说呢 / 反正就是
A: {G}
C: 你们的精洗和普洗有什么区别？
A: 那啥，咋说呢，精洗就是，反正就是，那啥，内饰也给你弄，咋说呢，普洗就是外面冲冲。
C: 价格呢？
A: 那啥，精洗八十，反正就是，普洗三十，咋说呢，办卡更便宜。
C: 好的。
A: {B}
@ cw-05 | in | silence apology | - | unannounced gap, customer annoyed, no apology
A: {G}
C: 我的会员卡昨天洗车被扣了两次次数，帮我查一下。
.. gap
C: 喂？人呢？我等半天了。
A: 在的，查到了，确实多扣了一次，给您退回去了。
C: 你们这系统也太乱了。
A: 已经退回了。{B}
@ cw-06 | in | - | hn | innocent 死角 / 老车 / 脏; polite
A: {G}
C: 我这车是十几年的老车了，车门缝那些死角特别脏，你们能洗干净吗？
A: 可以的，精洗项目会专门清理门缝、轮毂这些死角，老车我们也会注意漆面，用中性清洗剂。请问您想约什么时间？
C: 周六上午吧，我姓项。
A: 项先生，周六上午十点给您留位。{B}
@ cw-07 | in | shirking apology | - | 划痕是您自己本来就有的
A: {G}
C: 我在你们店洗完车，发现车门多了一道划痕。
A: 划痕是您车本来就有的吧，我们洗车不会划的，您找保险去。
C: 我洗之前根本没有，你们店里有监控可以看。
A: 监控我们不给外人看。{B}
@ cw-08 | in | forbidden | - | 别废话，车牌号多少
A: {G}
C: 我想问问我这个会员卡能不能给我老婆的车也用，因为她的车平时也是我在开，然后……
A: 别废话，车牌号多少？
C: 浙A幺二三四五。
A: 可以绑定两辆车，已经帮您加上了。{B}
@ cw-09 | in | short_call | short | hours asked, polite
A: 您好，净驰洗车，请问有什么可以帮您？
C: 今天营业吗？
A: 营业的，到晚上八点，祝您用车愉快。
@ cw-10 | in | - | hn | proper transfer with announced hold to the store
A: {G}
C: 我想问一下城东店今天能不能做镀晶，我想下午过去。
A: 好的，门店排期需要跟店里确认，请您稍等，我帮您转接城东店。
.. hold
A: 您好，我是城东店店长老贺，客服已经跟我说了，今天下午三点以后有空位。
C: 那我三点半过去。
A: 好的，镀晶三个小时左右，到店付款。{B}
@ cw-11 | in | colleague | - | 那几个洗车工就是混日子的
A: {G}
C: 我的车洗完以后车窗上还全是水印。
A: 抱歉，那几个洗车工就是混日子的，干活偷懒，没一个靠谱的。
C: 那能重新洗吗？
A: 您开回来，免费重洗。{B}
@ cw-12 | in | speech_rate | fast | fast agent
A: 您好净驰洗车我是小芮请问有什么可以帮您？
C: 我想问问办年卡有什么优惠？
A: 年卡一千二百八十元不限次数普洗每月两次免费精洗还送一次打蜡一次内饰消毒现在办卡再送两百元储值金有效期一年！
C: 能分期吗？
A: 可以的支持信用卡三期免息办卡时在门店刷卡就可以年卡从开卡当天开始计算到期前一个月会短信提醒您续费。
C: 好的。
A: 好的那欢迎您到店办理谢谢来电祝您用车愉快再见。

# tutoring marketplace | 学伴家教
@ tu-01 | in | insult apology | - | 孩子这么笨，随您吧
A: {G}
C: 我家孩子数学一直不好，想找个家教补一补。
A: 这么简单的题都做不出来，孩子这么笨，随您吧？
C: 你说什么？你怎么能这么说孩子和家长？
A: 开个玩笑嘛。您要找几年级的老师？
C: 初二。
A: 行，我给您推几个老师。{B}
@ tu-02 | in | overpromise | - | 保证提三十分
A: {G}
C: 我孩子物理只考了五十分，你们的老师能帮上忙吗？
A: 没问题，跟我们的金牌老师学一个学期，保证提三十分，提不了全额退款。
C: 真的能保证？
A: 我们从来没失手过。请问孩子叫什么名字？您贵姓？
C: 孩子叫樊星，我姓樊。
A: 樊先生，我给您安排试听课。{B}
@ tu-03 | in | - | hn | hedge: 一般 / 因人而异
A: {G}
C: 上你们的课能提多少分？
A: 提分情况因人而异，一般认真上完一个学期的学生，大多数会有明显进步，但我们不能保证具体分数。可以先上一节免费试听课，觉得合适再报名，正式课每小时一百五十元，按月预付。
C: 好，那先试听。
A: 好的，请问您怎么称呼？
C: 姓卢。
A: 卢女士，试听安排在周日上午。{B}
@ tu-04 | in | shirking apology | - | 老师没来是老师的事
A: {G}
C: 约好今天下午两点上课，老师到现在都没来，电话也不接，孩子等了一下午。
A: 老师没来是老师个人的事，平台只是撮合，您自己联系老师吧。
C: 我就是联系不上才找你们，钱是付给平台的！
A: 那我也联系不上。{B}
@ tu-05 | in | complaint | - | 找你们领导, apology given
A: {G}
C: 你们老师上课一直在玩手机，我要找你们领导！
A: 非常抱歉，这确实是老师的严重失职，我马上登记并请主管在半小时内给您回电，这节课的费用全额退给您。
C: 好，我等电话。
A: 好的，再次向您道歉。{B}
@ tu-06 | in | - | hn | 不知道 about the customer, reassured; innocent 笨鸟先飞 said by the customer
A: {G}
C: 我也不知道孩子该补哪一科，老师说他是笨鸟先飞型的，要早点准备。
A: 您不知道也没关系，我们可以先安排一次免费的学情测评，老师会根据结果给您建议。
C: 那挺好。
A: 请问您怎么称呼？
C: 姓詹。
A: 詹女士，测评约在周六上午。{B}
@ tu-07 | in | forbidden | - | 那你想清楚再打来吧
A: {G}
C: 我还没想好是找一对一还是小班课，你能给我讲讲区别吗？
A: 那你想清楚再打来吧，我这边还有别的电话。
C: 我就是想不清楚才问你的啊。
A: 一对一贵一点，小班便宜。{B}
@ tu-08 | in | filler | - | 这个这个 / 怎么说呢 / 其实吧
A: {G}
C: 你们的老师都是什么学历？
A: 这个这个，怎么说呢，其实吧，我们的老师，这个这个，基本都是，怎么说呢，本科以上。
C: 有没有师范专业的？
A: 其实吧，这个这个，有的，怎么说呢，大概一半。
C: 好。
A: {B}
@ tu-09 | in | greeting | - | opens with no company
A: 您好，请问有什么事？
C: 我想给孩子找个英语家教。
A: 好的，请问孩子几年级？您怎么称呼？
C: 三年级，我姓霍。
A: 霍先生，我给您推荐三位老师的资料。{B}
@ tu-10 | in | silence | - | unannounced gap while agent searches
A: {G}
C: 我想查下周二的课有没有被取消，孩子叫陆子墨。
.. gap
A: 查到了，周二的课正常上，下午四点。
C: 好的，谢谢。
A: 不客气。{B}
@ tu-11 | out | - | hn | outbound: company, name and purpose
A: 您好，请问是邵女士吗？我是学伴家教的小晏，您上周预约的试听课，想跟您确认一下时间，现在方便吗？
C: 方便，你说。
A: 试听课安排在本周六上午十点，数学老师姓林，会上门到您家，请问地址还是锦绣路十二号吗？
C: 对的。
A: 好的，那就不打扰您了。{B}
@ tu-12 | in | talk_over apology | - | cuts in twice on a worried parent
A: {G}
C: 我家孩子最近上课一直说听不懂，老师讲得太快了，回家作业也不会做，我很担心他跟不上。
A!: 那是孩子基础差，老师讲得不快。
C: 可是之前那个老师讲，他都能听懂的，我觉得还是老师的方法问题，能不能跟老师沟通一下，讲慢一点。
A!: 行行，我跟老师说。
C: 那什么时候有结果？
A: 明天。{B}
"""

DATA3 = """
# hotel chain | 栖云酒店
@ ho-01 | in | insult apology | - | 住不起就别住
A: {G}
C: 我想问一下你们的行政房能不能便宜点，我住三晚。
A: 住不起就别住行政房，旁边有快捷酒店，一晚一百多。
C: 我只是问问能不能打折，你用得着这样说吗？
A: 不打折，就这个价。
C: 算了。
A: {B}
@ ho-02 | in | - | hn | innocent 死 / 蠢 words: 蠢蠢欲动 / 死心塌地 said by customer; 神经 in 神经衰弱
A: {G}
C: 我有点神经衰弱，睡觉特别轻，能不能给我安排个安静的房间？我是你们的老会员了，死心塌地住了五年。
A: 非常感谢您一直以来的支持，我给您备注高楼层、远离电梯的房间，再给您准备一副耳塞。请问您贵姓？
C: 姓霍。
A: 霍先生，已经备注好了。{B}
@ ho-03 | in | complaint apology | - | 我要在网上曝光你们
A: {G}
C: 我订的大床房，到了只剩双床房，前台还说爱住不住，我要在网上曝光你们！
A: 房间满了很正常，双床房也能睡。
C: 你们这种态度，我一定要曝光！
A: 随便您。{B}
@ ho-04 | in | - | hn | reported 爱住不住 from the front desk, apology and compensation
A: {G}
C: 我想反映一下，你们南山店的前台跟我说"爱住不住"，我觉得很不礼貌。
A: 非常抱歉给您带来不好的体验，这种说法确实不应该，我把店名、时间和原话都登记了，会转给门店经理处理，另外给您账户补偿两百积分。
C: 好，希望你们改进。
A: 一定会的，感谢您的反馈。{B}
@ ho-05 | in | tariff | - | 早餐就一点点钱
A: {G}
C: 我订的房间不含早，加早餐怎么收费？是入住时付还是退房时付？
A: 就一点点钱，到时候前台会跟您说的。
C: 一点点是多少？
A: 不贵，您放心。{B}
@ ho-06 | in | - | hn | breakfast price and when paid
A: {G}
C: 加早餐多少钱？
A: 早餐每位六十八元，可以入住时在前台加购，费用和房费一起在退房时结算。
C: 好的，那我到时候加两份。
A: 好的，我先给您备注上，请问您怎么称呼？
C: 姓钟。
A: 钟女士，已经备注了。{B}
@ ho-07 | in | colleague | - | 前台那个小姑娘就是个花瓶
A: {G}
C: 我昨天办入住的时候，前台把我的房卡做错了，让我白跑了两趟。
A: 真不好意思，前台那个小姑娘就是个花瓶，什么都干不好，我们都受够她了。
C: 那今天还会不会再出错？
A: 我已经重新给您做好了，放在前台。{B}
@ ho-08 | in | name_ask | - | 你姓什么？ on a booking
A: {G}
C: 我想订下周五的一间大床房。
A: 你姓什么？
C: 姓毕。
A: 下周五大床房四百二十元一晚，到店付款，已经帮您订好了。{B}
@ ho-09 | in | hangup closing | - | gone on 能帮我开发票吗？
A: {G}
C: 我上周在你们酒店住的，退房的时候忘了开发票，现在还能补开吗？
A: 可以补开，在酒店公众号里提交。
C: 我找了半天没找到那个入口，公众号里的菜单太多了，你能不能直接帮我提交一下？
A: 入口就在菜单里。
C: 能帮我开发票吗？
@ ho-10 | in | speech_rate | slow | drawl
A: 您好，栖云酒店，我是小虞，请问有什么可以帮您？
C: 你们酒店有停车场吗？
A: 有的……地下……一层……和……二层……都是……停车场……住店……免费。
C: 好的，谢谢。
A: 不客气……祝您……入住……愉快……再见。
@ ho-11 | in | - | hn | announced hold, proper transfer to the banquet team
A: {G}
C: 我想在你们酒店办一场婚宴，大概二十桌，想了解一下。
A: 好的，婚宴由宴会销售部负责，请您稍等，我帮您转接宴会经理。
.. hold
A: 您好，我是宴会销售部的经理小葛，二十桌的话我们三楼宴会厅正合适，我加您微信把菜单和报价发给您好吗？
C: 好的，就是这个手机号。
A: 好的，稍后加您。{B}
@ ho-12 | in | closing | - | ends 嗯，行，拜拜
A: {G}
C: 我想把明天的入住延后到后天，可以吗？
A: 可以的，已经帮您改到后天入住，房价不变，请问您贵姓？
C: 姓沈。谢谢啊。
A: 嗯，行，拜拜。
@ ho-13 | in | short_call | short | quick polite check-in time question
A: 您好，栖云酒店，请问有什么可以帮您？
C: 几点能入住？
A: 下午两点以后，祝您入住愉快。

# mobile repair kiosk | 快修宝手机维修
@ mr-01 | in | insult apology | - | 土包子 / 老古董
A: {G}
C: 我这个手机用了六年了，最近老是自己关机，能修吗？
A: 都什么年代了还用这种老古董，您真是土包子，换个新的吧。
C: 我用着顺手，你凭什么说我土包子？
A: 说着玩的。修的话一百五。
C: 我不修了。
A: {B}
@ mr-02 | in | - | hn | innocent 死机 / 黑屏 / 老人机 / 烧坏
A: {G}
C: 我妈的老人机老是死机，有时候还黑屏，是不是主板烧坏了？
A: 有可能是电池老化，也可能是主板问题，需要师傅检测一下，检测免费，换电池五十元，换主板一百八十元，修好后付款。请问您怎么称呼？
C: 姓葛。
A: 葛先生，您明天拿到商场一楼的维修点就可以。{B}
@ mr-03 | in | overpromise | - | 换了我们的屏，保证一辈子不碎
A: {G}
C: 我手机屏幕碎了，换你们的屏质量怎么样？
A: 我们的屏是最好的，换了保证一辈子都不会碎，摔都摔不坏。
C: 这么厉害？多少钱？
A: 四百五，当场换当场付。请问您贵姓？
C: 姓尤。
A: 尤先生，下午过来就行。{B}
@ mr-04 | in | - | hn | hedge: 保修三个月, 人为损坏不保
A: {G}
C: 换的屏幕能用多久？
A: 正常使用的话一般能用很久，我们提供三个月保修，保修期内非人为损坏免费换，摔碎进水这种人为损坏就不在保修范围了。屏幕四百五十元，换好验机后付款。
C: 好的，清楚了。
A: {B}
@ mr-05 | in | forbidden | - | 你这话什么意思 from the agent
A: {G}
C: 我上周在你们这换的电池，现在掉电还是很快，是不是给我换的二手电池？
A: 你这话什么意思？我们会卖二手的？
C: 我只是问问，掉电确实快。
A: 拿过来检测一下吧，电池在保修期内。{B}
@ mr-06 | in | shirking apology | - | 进水是您自己的事
A: {G}
C: 我在你们这修完手机第二天就开不了机了，是不是没修好？
A: 那肯定是您自己弄进水了，跟我们修的没关系，您找手机厂家吧。
C: 我根本没碰过水！你们修完就坏，怎么是我的问题？
A: 我们这边不负责。{B}
@ mr-07 | in | filler | - | 啊 / 呀 tics
A: {G}
C: 我的手机摄像头模糊，能修吗？
A: 啊，能修的呀，啊，就是换个镜片呀，啊，八十块钱呀。
C: 要多久？
A: 啊，半小时呀，啊，当场就好呀。
C: 好的。
A: {B}
@ mr-08 | in | colleague | - | 那个维修师傅手艺烂得很
A: {G}
C: 我上个月在你们北门店修的手机，现在按键又不灵了。
A: 北门店那个师傅手艺烂得很，修什么坏什么，您下次别去他那了。
C: 那这个怎么办？
A: 来我们南门店，免费返修。{B}
@ mr-09 | in | talk_over | - | cuts in twice
A: {G}
C: 我的手机充电很慢，充一晚上才到百分之六十，充电线和充电头我都换过了，还是一样，我怀疑是充电口有问题。
A!: 充电口松了，换一个就好。
C: 可是我看充电口没有松啊，插上去挺紧的，会不会是电池或者主板的问题，我想先检测一下再决定。
A!: 行，那先检测。
C: 检测要钱吗？
A: 检测免费。{B}
@ mr-10 | in | - | hn | customer insults the phone brand and himself; agent polite
A: {G}
C: 这个破手机就是垃圾，我也是蠢，买了这么个东西，现在又摔了。
A: 您别这么说，摔坏的情况很常见。我们可以先帮您检测一下，看看是屏幕还是内部的问题，检测是免费的。
C: 好吧，那我下午过去。
A: 好的，请问您怎么称呼？
C: 姓闫。
A: 闫先生，下午见。{B}
@ mr-11 | in | silence | - | unannounced gap
A: {G}
C: 我的维修单号是八八二零一五，想问问修好了没有。
.. gap
C: 喂？
A: 修好了，您今天下午就可以来取，验机后付款。
C: 好的。
A: {B}
@ mr-12 | in | greeting | - | opens 喂，修手机的
A: 喂，修手机的。
C: 你们能换iPhone的电池吗？
A: 能换的，原装品质电池二百八十元，半小时换好，当场付款。请问您贵姓？
C: 姓芦。
A: 芦女士，欢迎过来。{B}

# courier lockers | 邻速智能柜
@ cl-01 | in | insult apology | - | 年轻人连个柜子都打不开
A: {G}
C: 我输了取件码，柜门就是不开，已经试了三次了。
A: 您这年轻人连个柜子都打不开？眼睛是摆设吗？取件码看清楚再输。
C: 我看得很清楚，就是打不开！
A: 那您再输一次。
C: 开了。
A: {B}
@ cl-02 | in | shirking apology | - | 那是你自己没关好柜门，我们不管
A: {G}
C: 我的快递被人拿走了，柜门开着，东西没了。
A: 那是你自己上次没关好柜门，我们不管，您找快递员吧。
C: 我根本还没来取过！取件码还在我手机上！
A: 我这边查不到别的。{B}
@ cl-03 | in | - | hn | customer says 柜子太笨了, and 不知道 about the courier company with a call-back
A: {G}
C: 这个柜子太笨了，屏幕点半天没反应，我也不知道快递员放在哪一格了。
A: 不好意思给您添麻烦了，您报一下手机尾号，我帮您查格口并远程开门。
C: 尾号幺三五七。
A: 查到了，在十二号格，已经远程为您打开了。{B}
@ cl-04 | in | tariff | - | 超时费不多，到时候扫码就知道
A: {G}
C: 我出差了，快递在柜子里放了三天，超时要收钱吗？收多少？
A: 超时费不多的，到时候扫码就知道了。
C: 我想知道现在已经多少了。
A: 取的时候会显示的。{B}
@ cl-05 | in | - | hn | overdue fee named with when it starts
A: {G}
C: 快递放柜子里超时要收费吗？
A: 包裹入柜后十八个小时内免费，超过以后每十二小时收一元，三元封顶，取件时扫码支付。您这个包裹已经超时一天，目前是两元。
C: 好的，那我今晚去拿。
A: {B}
@ cl-06 | in | forbidden | - | 不知道，快递员放哪了我哪知道
A: {G}
C: 我收到短信说快递入柜了，可是我去了那个柜子找不到。
A: 不知道，快递员放哪了我哪知道。
C: 短信上写的就是你们的柜子。
A: 那您把短信上的柜号念一下。
C: 幺零二四号。
A: 在小区东门那台，不是西门。{B}
@ cl-07 | in | speech_rate | fast | fast agent
A: 您好邻速智能柜我是小郁请问有什么可以帮您？
C: 我的取件码过期了，怎么办？
A: 取件码过期不影响取件您打开邻速小程序在我的包裹里点重新获取系统会给您发新的取件码有效期二十四小时！
C: 我找不到那个小程序。
A: 您在微信里搜索邻速智能柜第一个就是登录后用收件手机号验证一下就能看到所有包裹点进去就可以重新获取取件码。
C: 好的，找到了。
A: 好的那您按提示操作就可以有问题随时打给我们谢谢来电祝您生活愉快再见。
@ cl-08 | in | complaint | - | 我要打12315, with apology
A: {G}
C: 你们的柜子第三次把我的包裹弄丢了，这次是一千多块的耳机，我要打12315！
A: 真的非常抱歉，连续出现这种情况是我们的责任，我现在就提交丢件理赔，按申报价值赔偿，今天之内专员会联系您。
C: 最好是这样。
A: 再次向您道歉。{B}
@ cl-09 | in | hangup closing | - | gone on 喂？喂？
A: {G}
C: 柜门卡住了，我的包裹在里面拿不出来，已经推了好几次。
A: 您用力拉一下就行。
C: 我拉了，把手都快拉断了，还是打不开，能不能远程帮我开一下？
A: 远程开不了。
C: 那怎么办？喂？喂？
@ cl-10 | in | name_ask | - | 你叫啥？
A: {G}
C: 我想申请在我们小区加装一台快递柜。
A: 你叫啥？哪个小区？
C: 我叫罗晨，住在紫荆苑。
A: 登记了，会有业务经理联系物业。{B}
@ cl-11 | in | short_call | short | polite quick answer
A: 您好，邻速智能柜，请问有什么可以帮您？
C: 柜子能寄件吗？
A: 能的，扫码就能寄，祝您生活愉快。
@ cl-12 | in | - | hn | closing in another wording; 你这话什么意思 from the customer
A: {G}
C: 快递员说我的包裹"放驿站了，柜子满了"，你这话什么意思，是不在柜子里了吗？
A: 是的，柜子满了的时候快递员会放到旁边的驿站，您凭取件码到驿站就能取，驿站在三号楼底商。
C: 好的，明白了。
A: 感谢您的耐心，如果还有问题欢迎随时来电，祝您生活愉快，再见。

# elevator maintenance | 恒升电梯维保
@ el-01 | in | insult apology | - | 您可真会挑时候
A: {G}
C: 我们小区的电梯又坏了，我家老人要去医院，你们快派人来。
A: 您可真会挑时候，每次都赶在下班打来，您家老人是金子做的啊？
C: 你怎么说话的？老人生病了你还挖苦？
A: 行了行了，派人。
C: 快点！
A: {B}
@ el-02 | in | - | hn | 困人 / 死机 of the control board; urgent, polite
A: {G}
C: 我们楼的电梯困人了！里面有两个人，显示屏好像死机了。
A: 请您别着急，我们马上派救援人员，十五分钟内到达。请告诉被困的人不要扒门，按电梯里的警铃保持联系。请问您的小区和楼栋是？
C: 海棠苑六号楼。
A: 好的，已经派单，师傅正在出发。{B}
@ el-03 | in | overpromise | - | 修好后保证三年不坏
A: {G}
C: 你们的电梯这个月已经坏了三次了，到底能不能修好？
A: 这次换了新的主板，修好后保证三年都不会坏，您放一百个心。
C: 你说的啊。
A: 我们说到做到。{B}
@ el-04 | in | - | hn | 不清楚 of the maker's part arrival, with call-back
A: {G}
C: 电梯停了两天了，什么时候能修好？
A: 非常抱歉给您和邻居带来不便。需要更换的门机配件在厂家那边，具体到货时间厂家还没回复，我这边暂时也不清楚，明天中午之前我一定给您回电通报进度。请问您贵姓？
C: 姓邓。
A: 邓先生，我记下了。{B}
@ el-05 | in | forbidden shirking apology | - | 找物业去，别找我们
A: {G}
C: 电梯里的灯坏了一个礼拜了，晚上坐特别吓人。
A: 灯的事找物业去，我们只管电梯运行，别什么都找我们。
C: 物业说是你们维保的范围，你们推来推去有意思吗？
A: 那我不清楚他们怎么说的。{B}
@ el-06 | in | colleague | - | 那个维保师傅就是个二愣子
A: {G}
C: 你们的维保师傅上次来修完，门关起来还是哐哐响。
A: 那个师傅就是个二愣子，干活糊里糊涂的，我们都拿他没办法。
C: 那能不能换个师傅？
A: 可以，下次派别人。{B}
@ el-07 | in | silence | - | unannounced gap
A: {G}
C: 我是物业的，想查下上个月的维保记录。
.. gap
A: 记录我发您邮箱了。
C: 好，邮箱是物业那个公共邮箱吧？
A: 对的。{B}
@ el-08 | in | - | hn | the agent apologises for a hold, a correct greeting in a rare wording
A: {G}
C: 我想预约一下年检前的检查。
A: 好的，请您稍候，我查一下师傅的排班。
.. hold
A: 让您久等了，下周三上午有空，可以吗？
C: 可以。
A: 好的，请问您怎么称呼？
C: 姓阮。
A: 阮先生，已经约好了。{B}
@ el-09 | in | closing | - | ends 行，就这样
A: {G}
C: 我想问一下你们的维保合同什么时候到期。
A: 查了一下，是明年三月三十一号到期，到期前一个月会有业务员联系续签。
C: 好的，知道了。
A: 行，就这样。
@ el-10 | in | greeting | - | opens 喂，电梯，哪个小区？
A: 喂，电梯，哪个小区？
C: 丽景湾，八号楼电梯有异响。
A: 好的，已经派师傅过去，一个小时内到。请问您贵姓？
C: 姓苏。
A: 苏女士，师傅到了会先联系您。{B}
@ el-11 | in | forbidden complaint apology | - | 你听我说完行不行, customer escalates
A: {G}
C: 电梯昨天又困人了，我邻居被关了四十分钟，你们的人到底怎么回事……
A: 你听我说完行不行？我们的人是按流程走的。
C: 困了四十分钟还按流程？我要找你们领导！
A: 领导现在不在。{B}
@ el-12 | in | talk_over filler | - | cuts in twice and 那个那个
A: {G}
C: 我们小区的电梯按钮经常按了没反应，要按好几下才亮，老年人用起来特别不方便，能不能换一下。
A!: 那个那个，就是说，那个按钮，那个那个，要换的话得报物业。
C: 物业说他们已经报给你们了，让你们出方案，我就是想问一下方案什么时候能出来，大家都等着呢。
A!: 那个那个，就是说，下周吧，那个那个，就是说，我去问问。
C: 那好吧。
A: {B}
@ el-13 | in | short_call | short | brief polite
A: 您好，恒升电梯，请问有什么可以帮您？
C: 你们有夜班抢修吗？
A: 有的，全天二十四小时，祝您平安。
@ el-14 | in | hangup closing | - | gone on 那你们什么时候来？
A: {G}
C: 我们楼的电梯从早上到现在一直停在十八层不动，按了也没反应，楼里好多老人下不了楼。
A: 已经有人报过了，在排队。
C: 排队要排多久？早上八点就报了，现在都中午了，老人家还要去医院复查。
A: 今天单子多。
C: 那你们什么时候来？
@ mr-13 | in | name_ask silence | - | 你姓什么？ then unannounced gap
A: {G}
C: 我想预约明天上午换个电池。
A: 你姓什么？
C: 姓柯。
.. gap
C: 喂，还在吗？
A: 在，明天上午十点给您约好了，换电池一百二十元，换好付款。
C: 好的。
A: {B}
"""


def build():
    calls = parse(DATA1) + parse(DATA2) + parse(DATA3)
    keys = [c["key"] for c in calls]
    assert len(keys) == len(set(keys)), "duplicate keys"
    order_rng = random.Random(SEED)
    order_rng.shuffle(calls)
    out, facts_all, bad = [], [], []
    for i, c in enumerate(calls, 1):
        rng = random.Random(f"{SEED}:{c['key']}")
        c["turns"] = [(tag, fill(text, c, rng)) for tag, text in c["turns"]]
        for lab in c["labels"]:
            assert lab in FAMILIES, (c["key"], lab)
        if "hn" in c["flags"]:
            assert not c["labels"], c["key"]
        stretch, scale = 1.0, 1.0
        while True:
            trng = random.Random(f"{SEED}:t:{c['key']}")
            segs = timed(c, trng, stretch, scale)
            duration = round(segs[-1]["end"] + 0.3 + trng.random() * 0.4, 2)
            if "short" in c["flags"] or duration >= 30 or (stretch >= 3.8 and scale <= 0.7):
                break
            stretch, scale = min(3.8, stretch * 1.25), max(0.7, scale * 0.95)
        try:
            facts = check_timing(c, segs, duration)
        except AssertionError as e:
            print("FAIL", e); bad.append(c["key"]); continue
        assert hangup_read(segs) == ("hangup" in c["labels"]), (c["key"], "hangup")
        if "hangup" in c["labels"]:
            assert "closing" in c["labels"], c["key"]
        c.update(segs=segs, duration=duration, cid=f"Z-{i:03d}")
        facts_all.append((c, facts))
    assert not bad, bad
    # noisy calls: a quarter, chosen by the seeded rng among calls whose timing labels survive the noise
    nrng = random.Random(f"{SEED}:noise")
    pool = [c for c in calls if "nonoise" not in c["flags"]]
    nrng.shuffle(pool)
    want, noisy = round(len(calls) * NOISY_SHARE), 0
    for c in pool:
        if noisy >= want:
            break
        rng = random.Random(f"{SEED}:n:{c['key']}")
        conv = rng.choice(list(CONVERTERS)) if rng.random() < 0.5 else None
        nsegs = [dict(s, text=noisy_text(s["text"], rng, conv)) for s in c["segs"]]
        found, rates, _ = timing_labels(nsegs, c["duration"])
        lab = set(c["labels"]) & set(TIMING)
        ok = found == lab and ("speech_rate" in lab or all(3.0 <= r <= 6.3 for r in rates))
        if not ok:
            continue
        c["segs"], c["noise"], c["conv"] = nsegs, True, conv
        noisy += 1
    assert noisy == want, noisy
    with OUT.open("w", encoding="utf-8") as f:
        for c in sorted(calls, key=lambda c: c["cid"]):
            rec = {"call_id": c["cid"], "labels": sorted(c["labels"], key=FAMILIES.index), "note": c["note"],
                   "noise": bool(c.get("noise")), "duration": c["duration"],
                   "metadata": {"writer": "Z", "industry": c["industry"], "company": c["company"],
                                "direction": "outbound" if c["direction"] == "out" else "inbound",
                                "hard_negative": "hn" in c["flags"], "language": "zh", "sample_rate": 8000,
                                "key": c["key"], **({"script": c["conv"]} if c.get("conv") else {})},
                   "segments": c["segs"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    report(calls, facts_all)


def report(calls, facts_all):
    from collections import Counter
    cnt = Counter(l for c in calls for l in c["labels"])
    print(len(calls), "calls;", ", ".join(f"{k} {v}" for k, v in cnt.most_common()))
    print("hard negatives", sum("hn" in c["flags"] for c in calls), "; label-free", sum(not c["labels"] for c in calls),
          "; noisy", sum(bool(c.get("noise")) for c in calls), "(hn", sum(bool(c.get("noise")) and "hn" in c["flags"] for c in calls),
          ", traditional", sum(bool(c.get("conv")) for c in calls), ")")
    sp = [f["duration"] for c, f in facts_all if "short_call" in c["labels"]]
    lo = [f["duration"] for c, f in facts_all if "short_call" not in c["labels"]]
    print("short", min(sp, default=0), max(sp, default=0), "others >=", min(lo))
    sil = [g for c, f in facts_all for g in f["gaps"] if g >= 10]
    ho = [g for c, f in facts_all for g in f["holds"]]
    og = [g for c, f in facts_all for g in f["gaps"] if g < 10]
    print("gaps unannounced", round(min(sil), 2), round(max(sil), 2), "holds", round(min(ho), 2), round(max(ho), 2),
          "other gaps <=", round(max(og), 2))
    to = [o for c, f in facts_all if "talk_over" in c["labels"] for o, s in f["overlaps"] if s == "agent"]
    oo = [o for c, f in facts_all if "talk_over" not in c["labels"] for o, s in f["overlaps"] if s == "agent"]
    print("talk-over", round(min(to), 2), round(max(to), 2), "agent overlap in others <=", round(max(oo, default=0), 2))
    fr = [sum(f["rates"]) / len(f["rates"]) for c, f in facts_all if "speech_rate" in c["labels"]]
    nr = [r for c, f in facts_all if "speech_rate" not in c["labels"] for r in f["rates"]]
    print("rate positives", sorted(round(x, 2) for x in fr), "others", round(min(nr), 2), round(max(nr), 2))


if __name__ == "__main__":
    build()
    sys.exit(0)
