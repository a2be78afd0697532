"""Independent labelled call set F (eval/independent/tune_f.jsonl; first named heldout_f.jsonl), built only from
DOMAIN.md, the seed articles (QA standard: seeds/001 lines 80-200), eval/independent/README.md
and the first 60 lines of build_e.py (writer F, 2026-12-05).  Run:
    .venv/bin/python eval/independent/build_f.py

Deterministic: random.Random(SEED) for timing and noise; the dialogues are hand-written.

LABEL POLICY — a family is in `labels` iff the call violates it; every other family should stay
quiet.  Labels describe what was SAID: in a `"noise": true` call the text is what Whisper-base
would plausibly write for 8 kHz phone audio (Traditional characters mixed in, homophone swaps
such as 客服→克服 话费→话废 营业厅→营业听 您好→你好, dropped particles/punctuation, numbers
turned into digits), but the labels are those of the clean speech.

greeting   : the agent speaks first, at once, with 您好 (or 早上好/下午好) + company/line name +
             an offer of help (请问有什么可以帮您 / 很高兴为您服务 / 请问您需要办理什么…).
             Positive: opens with 「喂」; opens with other words (嗯/说吧/哪位/等一下) and greets
             only later; greets only after the customer had to call out first; company name
             missing; offer of help missing.  Outbound calls (metadata direction=outbound) need
             您好 + company + self-identification instead of the offer of help.
             NOT positive: the customer saying 喂; a bad line handled with 「您好，请问现在能听
             清吗」 after a correct opening.
closing    : the agent's last turn(s) must carry thanks (感谢来电/谢谢您的耐心/多谢支持…) or a
             blessing (祝您生活愉快/出行顺利/早日康复…), normally with a farewell.  Positive when
             the call ends with neither (「行，就这样」「嗯，拜拜」, the agent just stops, or the
             agent drops the call).  Every `hangup` call is also `closing`.
forbidden  : 服务禁语 other than insults — the agent's own 不知道/不清楚/不明白 as a refusal about
             the matter asked; 「你这话什么意思」 and variants (你啥意思/你到底什么意思);
             「那你想好了再打来」 and variants; shouting 「喂」 at the customer mid-call
             (「喂！喂！你听我说」).  NOT positive: 不知道/不清楚 about the customer or a third
             party or as reassurance (「您不清楚没关系」「如有不明白的地方欢迎来电」「刚才没听清
             楚，麻烦您再说一遍」), the customer's own words, quoting.  An insult-only call is
             not also `forbidden`.
insult     : the agent insults, mocks, attacks or sends the customer away (神经病, 有病, 脑子有
             问题, 耳朵聋, 是猪吗, 滚, 没钱别…, 老年人就别用…, 爱去哪去哪).  NOT positive: quoted or
             reported insults while registering a complaint, the customer's insults, polite words
             sharing characters (神经内科, 手机死机, 滚筒洗衣机, 傻瓜式操作, 病历).
filler     : 口头禅 — the agent's habitual tics (呃/啊/那个/这个/就是说/然后呢 used as fillers):
             positive with >= 6 tic uses over >= 3 agent turns.  Demonstratives (这个套餐),
             backchannel 嗯/好的, one or two sentence-final 啊/哈 are negative.
tariff     : when fees come up (customer asks, or the agent sells/opens/renews a paid service)
             the agent must state BOTH the amount AND when charging starts (or when it is taken).
             Positive when either is missing or glossed (「现在是免费期」「费用很低」「以账单为
             准」「到时候短信通知」).  A service that is permanently free, said so, is negative.
name_ask   : an impolite name ask (「你姓什么」「叫什么名字报一下」「姓啥」「患者名字？」) is
             positive; an order/booking call (new order, installation, maintenance, doctor's
             appointment, ticket) with no polite ask (「请问您贵姓」「怎么称呼您」) is positive.
             Identity checks in service calls asked politely (「麻烦您提供一下机主姓名」) and
             calls with no order and no ask are negative.
apology    : something went wrong on the company side, or the customer is plainly unhappy, and
             the agent never apologises (抱歉/对不起/不好意思/给您添麻烦了/深表歉意).
shirking   : 推诿 — the agent pushes an in-scope matter away (不归我们管, 你自己找快递/商家,
             去营业厅问吧, 你问医生去) without handling, transferring or registering it.  A proper
             transfer, a ticket/callback with an explanation, or giving the right number for a
             truly out-of-scope matter are negative.
overpromise: 乱承诺/夸张 — guarantees the agent cannot make (百分之百能批, 保证明天一定到, 永远
             不涨价, 绝对不会再坏, 肯定全额赔).  Hedged statements (一般3到5个工作日, 我没法保证
             但会加急, 以审核结果为准) are negative.
colleague  : the agent disparages colleagues, other departments, installers, sales or pre-sales
             staff (瞎说, 啥都不懂, 那帮人就是懒, 就会忽悠).  Neutral acknowledgement
             (可能同事没解释清楚) and registering a complaint about a colleague are negative.
complaint  : the customer EXPLICITLY states an intent to complain or escalate: 投诉 (incl. calling
             to lodge one), 12315, 12345 市民热线, 工信部, 消协, 金融监管/银保监, 媒体/微博曝光, 找你们领导/经理,
             要求升级.  Strong dissatisfaction without such an intent is NOT complaint (it drives
             `apology` instead).  「我不是要投诉」, a past complaint mentioned as settled, and the
             agent naming the complaint line unprompted are negative.
hangup     : the agent ends the call on the customer: the transcript ends on the customer's
             unanswered question/request or 「喂？喂？」 after the agent's last words.  Calls that
             end on the customer's goodbye, or after the agent's proper closing, are negative.

TIMING THRESHOLDS (ours; DOMAIN.md gives none).  Segment times are generated; the timing labels
are recomputed from the segments by timing_labels() and must equal the hand labels:
short_call : call duration < 20 s.  Every other call lasts >= 30 s.
silence    : a gap with nobody speaking >= 10 s that the agent did not announce.  Holds announced
             by the agent (请您稍等/稍候/我帮您查一下/别挂机) of <= 15 s are negative.  Other
             negatives have no gap > 4 s.  Positives: 12-25 s.
talk_over  : the agent starts speaking >= 1.0 s before the customer's current segment ends;
             positives have >= 2 such starts of 1.4-3 s.  Negatives: the agent overlaps the
             customer by <= 0.3 s; the customer talking over the agent is negative.
speech_rate: agent turns of >= 6 characters (punctuation and spaces removed): positive when the
             mean rate is >= 7.5 chars/s (too fast) or <= 2.0 chars/s (drawl / too slow).
             Positives use 8.0-9.5 or 1.4-1.8; negatives keep every such agent turn in 3.0-6.3.
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 20261205
OUT = Path(__file__).with_name("tune_f.jsonl")

PUNCT = re.compile(r"[\s，。！？、；：,.!?;:…—\-“”\"'（）()《》~～]")

HOLD_WORDS = ("稍等", "稍候", "查一下", "查询一下", "看一下", "别挂机", "不要挂机", "请您等")


def nchars(text: str) -> int:
    return len(PUNCT.sub("", text))


# ---------------------------------------------------------------- noise (Whisper-base on 8 kHz)
TRAD = dict(zip(
    "们这个问请说话时间费务为发过还没东车单号帮谢气电银钱办让对开关给么吗应该题经设认识记边现实会后从处长门头买卖点样种网线续联险赔医约诉乐见语确楼区机优惠账户卡员户营厅饭递师修级误达签航",
    "們這個問請說話時間費務為發過還沒東車單號幫謝氣電銀錢辦讓對開關給麼嗎應該題經設認識記邊現實會後從處長門頭買賣點樣種網線續聯險賠醫約訴樂見語確樓區機優惠賬戶卡員戶營廳飯遞師修級誤達簽航",
))
HOMOPHONES = [
    ("客服", "克服"), ("话费", "话废"), ("营业厅", "营业听"), ("您好", "你好"), ("稍等", "烧等"),
    ("帮您", "帮你"), ("查询", "查寻"), ("账单", "帐单"), ("退款", "推款"), ("套餐", "套参"),
    ("宽带", "宽代"), ("投诉", "头诉"), ("工号", "公号"), ("女士", "女式"), ("一下", "以下"),
    ("登记", "等级"), ("维修", "为修"), ("燃气", "然气"), ("理赔", "理陪"), ("改签", "改千"),
    ("订单", "定单"), ("地址", "地质"), ("已经", "以经"), ("再见", "在见"), ("生活愉快", "生活娱快"),
    ("预约", "预月"), ("快递", "快地"), ("信用卡", "信用咖"), ("流量", "流两"), ("师傅", "师父"),
    ("神经病", "神经并"), ("不清楚", "不清处"), ("外卖", "外麦"), ("保单", "保但"), ("航班", "航般"),
    ("手续费", "手续废"), ("分期", "分其"), ("挂号", "挂好"), ("经理", "经里"), ("意思", "意似"),
]
CN_DIG = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
NUM_RE = re.compile(r"[零一二两三四五六七八九十百千]+(?=[元块号天个点分月年期位])")


def cn2int(s: str) -> int | None:
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIG:
            cur = CN_DIG[ch]
        elif ch in CN_UNIT:
            total += (cur or 1) * CN_UNIT[ch]
            cur = 0
        else:
            return None
    return total + cur


def noisify(text: str, rng: random.Random, trad: bool) -> str:
    for a, b in HOMOPHONES:
        if a in text and rng.random() < 0.6:
            text = text.replace(a, b)
    if rng.random() < 0.7:
        def _num(m):
            v = cn2int(m.group(0))
            return str(v) if v is not None and len(m.group(0)) > 1 else m.group(0)
        text = NUM_RE.sub(_num, text)
    if trad:
        text = "".join(TRAD.get(ch, ch) if rng.random() < 0.65 else ch for ch in text)
    out = []
    for ch in text:
        if ch in "的了吗呢吧啊" and rng.random() < 0.15:
            continue
        out.append(ch)
    text = "".join(out)
    r = rng.random()
    if r < 0.4:
        text = re.sub(r"[，。！？、；：,.!?]", " ", text).strip()
        text = re.sub(r"\s+", " ", text)
    elif r < 0.7:
        text = re.sub(r"[，。！？、；：]", "，", text).rstrip("，")
    return text


# ---------------------------------------------------------------- call spec and timing engine
CALLS: list[dict] = []


def call(industry: str, company: str, labels: list[str], note: str, script: str, *,
         hard: bool = False, direction: str = "inbound", agent_rate: tuple | None = None,
         noise: bool | None = None) -> None:
    turns = []
    for line in script.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        spk, rest = line.split(":", 1)
        opts = {}
        if " @" in rest:
            rest, optstr = rest.split(" @", 1)
            for kv in optstr.split():
                k, v = kv.lstrip("@").split("=")
                opts[k] = float(v)
        turns.append(({"A": "agent", "C": "customer"}[spk.strip()], rest.strip(), opts))
    CALLS.append(dict(industry=industry, company=company, labels=sorted(labels), note=note,
                      turns=turns, hard=hard, direction=direction, agent_rate=agent_rate,
                      noise=noise))


def render(idx: int, spec: dict, noise: bool, rng: random.Random) -> dict:
    base = rng.uniform(3.9, 5.0)
    trad = rng.random() < 0.6
    segs = []
    t = None
    max_end = 0.0
    pending_gap = None
    for spk, text, o in spec["turns"]:
        if t is None:
            start = o.get("start", rng.uniform(0.4, 1.2))
        elif "over" in o:
            start = segs[-1]["end"] - o["over"]
        else:
            gap = o.get("gap", pending_gap if pending_gap is not None else rng.uniform(0.5, 1.4))
            start = max_end + gap
        pending_gap = o.get("hold")
        if "rate" in o:
            rate = o["rate"]
        elif spk == "agent" and spec["agent_rate"]:
            rate = rng.uniform(*spec["agent_rate"])
        elif spk == "agent":
            rate = min(5.9, max(3.4, base + rng.uniform(-0.4, 0.4)))
        else:
            rate = rng.uniform(3.6, 5.4)
        dur = max(0.6, nchars(text) / rate)
        end = start + dur
        out_text = noisify(text, rng, trad) if noise else text
        segs.append({"speaker": spk, "start": round(start, 2), "end": round(end, 2), "text": out_text,
                     "_clean": text})
        t = end
        max_end = max(max_end, end)
    duration = round(max_end + rng.uniform(0.3, 0.9), 2)
    return {"segs": segs, "duration": duration}


def timing_labels(segs: list[dict], duration: float) -> tuple[set, list[str]]:
    """Recompute the timing families from the segments; also return negative-margin problems."""
    got, problems = set(), []
    if duration < 20:
        got.add("short_call")
    elif duration < 30:
        problems.append(f"duration {duration} in the 20-30 s gap")
    # silence
    max_end = None
    last_agent_text = ""
    for s in segs:
        if max_end is not None:
            gap = s["start"] - max_end
            announced = any(w in last_agent_text for w in HOLD_WORDS) and last_spk == "agent"
            if gap >= 10 and not (announced and gap <= 15):
                got.add("silence")
            elif gap > 4 and not announced:
                problems.append(f"unannounced gap {gap:.1f}")
            elif gap > 15:
                problems.append(f"announced hold {gap:.1f} > 15")
        max_end = s["end"] if max_end is None else max(max_end, s["end"])
        last_spk = s["speaker"]
        if s["speaker"] == "agent":
            last_agent_text = s["_clean"]
    # talk-over: agent starts before an earlier customer segment ends
    over = 0.0
    for i, s in enumerate(segs):
        if s["speaker"] != "agent":
            continue
        for p in segs[:i]:
            if p["speaker"] == "customer" and p["start"] <= s["start"] < p["end"]:
                over = max(over, p["end"] - s["start"])
    if over >= 1.0:
        got.add("talk_over")
    elif over > 0.3:
        problems.append(f"agent overlap {over:.2f}")
    # speech rate
    rates = [nchars(s["_clean"]) / (s["end"] - s["start"]) for s in segs
             if s["speaker"] == "agent" and nchars(s["_clean"]) >= 6]
    if rates:
        mean = sum(rates) / len(rates)
        if mean >= 7.5 or mean <= 2.0:
            got.add("speech_rate")
        elif min(rates) < 3.0 or max(rates) > 6.3:
            problems.append(f"agent rate out of the negative band {min(rates):.1f}-{max(rates):.1f}")
    return got, problems


TIMING = {"short_call", "silence", "talk_over", "speech_rate"}


# ================================================================ greeting positives
call("telecom", "星河移动", ["greeting"], "opens with 喂 before the company name; rest clean", """
A: 喂，你好，星河移动，请问有什么可以帮您？
C: 你好，我想问一下我这个月流量还剩多少，感觉用得特别快。
A: 好的，请您提供一下机主姓名和手机号后四位，我帮您核实一下。
C: 我叫孙丽，尾号是四七二零。
A: 好的孙女士，请您稍等，我帮您查一下。 @hold=8
A: 感谢您的耐心等待。您本月套餐内的通用流量是三十个G，目前已经使用了二十六点四个G，还剩三点六个G。
C: 哦，那也没剩多少了，我这才月中啊。
A: 是的，我看您最近几天每天用量都在两个G左右，主要是视频类应用。建议您在有无线网络的时候连接无线网络使用。
C: 行，我知道了，那我省着点用。
A: 好的，如果您还有其他问题，欢迎随时来电。感谢您的来电，祝您生活愉快，再见。
C: 好，再见。
""")

call("bank", "锦程银行信用卡中心", ["greeting"], "greeting lacks the company name; rest clean", """
A: 您好，请问有什么可以帮您？
C: 你好，我下周要出国，想把信用卡额度临时提高一点。
A: 好的，为了保障您的账户安全，麻烦您报一下持卡人姓名和身份证后六位。
C: 周建国，后六位是三一零五一四。
A: 核实通过，谢谢周先生。请问您大概需要临时提高到多少呢？
C: 现在是两万，能不能提到五万？
A: 我帮您提交一下申请，请您稍等。 @hold=7
A: 感谢您的等待，系统审批通过了，临时额度已经调整到四万五千元，有效期到下个月十五号，到期后自动恢复原额度。
C: 四万五也行，够用了。
A: 好的，出国期间如果卡片有异常，可以拨打卡片背面的境外服务电话。还有什么可以帮您吗？
C: 没有了，谢谢。
A: 不客气，谢谢您的来电，祝您旅途愉快，再见。
""")

call("ecommerce", "聚橙网", ["greeting"], "agent's first words are to a colleague; greets only afterwards", """
A: 嗯……等会儿啊，这个单子我先放这边，你帮我拿一下。
A: 好了，您好，聚橙网售后服务中心，请问有什么可以帮您？
C: 你好，我上周买的一个电饭煲，收到以后发现内胆有个凹坑，想退货。
A: 非常抱歉给您带来不好的购物体验。请问您的订单号是多少呢？
C: 订单号是二零二六一一二八零零四五。
A: 好的，我看到了，这个订单还在七天无理由退货期内。我现在帮您申请退货，快递员明天会上门取件，您不需要支付运费。
C: 那钱什么时候退？
A: 仓库签收验货以后，一般一到三个工作日原路退回到您的支付账户。
C: 好的，那我明天在家等着。
A: 好的，感谢您的反馈和配合，祝您生活愉快，再见。
C: 再见。
""")

call("utilities", "滨江燃气", ["greeting"], "late greeting: customer had to call 喂 into a silent line first; booking with polite name ask", """
C: 喂？喂？有人吗？ @start=4.6
A: 哦，您好，滨江燃气服务热线，请问有什么可以帮您？
C: 我想预约一下入户安检，物业说这个月要做。
A: 好的，请问您怎么称呼？
C: 我姓钟。
A: 钟先生您好，请问您家的详细地址是？
C: 滨江花园六栋二单元一零二。
A: 好的，这个月我们的安检员在您小区的时间是十八号到二十号，请问您哪天方便？
C: 十九号上午吧。
A: 好的，已经帮您预约了十九号上午九点到十二点，安检员上门前会提前电话联系您。入户安检不收取任何费用，如果有人上门收费请您核实。
C: 好的，明白了。
A: 感谢您对燃气安全工作的支持，祝您生活愉快，再见。
""")

call("food_delivery", "味到家", ["greeting"], "opens with 说吧什么事 — no 您好, no company; rest handled with an apology", """
A: 说吧，什么事？
C: 呃，你好，我点的外卖少了一杯奶茶，就是刚送到的那单。
A: 您好，请您提供一下订单尾号。
C: 尾号是八八六一。
A: 我看到了，这一单确实有两杯奶茶，商家只出了一杯，非常抱歉给您添麻烦了。
C: 那怎么处理？
A: 少送的这杯奶茶十六元，我这边直接给您退款，两小时内原路退回，另外给您发一张五元的无门槛红包作为补偿。
C: 行吧，那就这样。
A: 好的，再次向您致歉，感谢您的理解，祝您用餐愉快，再见。
C: 拜拜。
""")

call("airline", "云翔航空", ["greeting"], "opening has company but no offer of help", """
A: 您好，云翔航空。
C: 你好，我想问一下明天早上七点半飞成都的那趟航班，现在能选座位吗？
A: 可以的，请您提供一下乘机人姓名和证件号码。
C: 黄敏，身份证号是五一零一零四一九九零零三一二二八二七。
A: 好的黄女士，我看到了您的行程，目前还有靠窗和靠过道的座位，请问您想选哪种？
C: 靠窗吧，尽量靠前一点。
A: 好的，帮您选了十二排A座，靠窗，离前舱门比较近。
C: 好的好的。
A: 座位已经确认，您可以在起飞前两小时到柜台或者自助机办理值机。感谢您选择云翔航空，祝您旅途愉快，再见。
C: 谢谢，再见。
""")

call("insurance", "安泰人寿", ["greeting"], "opens 喂，安泰人寿，您说 — 喂 opening; rest clean", """
A: 喂，安泰人寿，您说。
C: 你好，我想改一下保单上的联系电话。
A: 好的，请问您是投保人本人吗？麻烦您提供一下投保人姓名和保单号。
C: 是我本人，刘海燕，保单号是AT二零一九零八三三六。
A: 好的刘女士，已经核实。请问新的联系电话是多少？
C: 一三九零五七一二二六八。
A: 跟您核对一下，一三九零五七一二二六八，对吗？
C: 对的。
A: 已经帮您修改完成，稍后会有一条确认短信发到新号码上。请问还有其他可以帮您的吗？
C: 没有了。
A: 好的，感谢您的来电，祝您身体健康，再见。
""")

call("hospital", "仁和医院预约中心", ["greeting"], "opens with 喂您好; booking otherwise correct with polite name ask", """
A: 喂，您好，仁和医院预约中心，请问您要挂哪个科室？
C: 你好，我想挂一个皮肤科的号，最好是这周六的。
A: 好的，请问患者怎么称呼？
C: 我姓蒋，蒋晓东。
A: 蒋先生您好，这周六上午皮肤科还有两个普通号，下午有一个专家号，请问您要哪个？
C: 上午的普通号吧。
A: 好的，帮您预约了周六上午九点二十的皮肤科普通号，请您提前十五分钟到门诊二楼取号。
C: 好的，要带什么吗？
A: 带上您的身份证或者医保卡就可以了。
C: 好，谢谢你啊。
A: 不客气，祝您早日康复，再见。
""", noise=True)

call("car_service", "驰安汽车", ["greeting", "closing"], "opens with 哪位？; ends with a bare 那就这样", """
A: 哪位？
C: 你好，是驰安汽车吗？我的车上周在你们那做的保养，现在仪表盘上保养提示灯还亮着。
A: 哦，您好，这里是驰安汽车售后。应该是师傅忘了给您归零了，不好意思。
C: 那我还得开过去一趟？
A: 不用，您按住仪表盘左边那个旋钮，同时打开点火开关，保持十秒钟左右就能归零。
C: 我试试啊……好了，灯灭了。
A: 好的，那就没问题了。
C: 行，那我就不过去了。
A: 嗯，那就这样。
""")

# ================================================================ closing positives
call("bank", "东岳农商银行", ["closing"], "agent ends with 挂了啊 — no thanks or blessing", """
A: 您好，东岳农商银行客服中心，请问有什么可以帮您？
C: 你好，我想问一下你们的定期存款，三年的利率现在是多少？
A: 您好，我行目前三年期整存整取的年利率是百分之二点一，起存金额五十元。
C: 那大额存单呢？
A: 大额存单二十万起存，三年期的年利率是百分之二点三五，需要到网点或者手机银行购买。
C: 手机银行上就能买是吧？
A: 是的，登录手机银行，在首页点存款，再选大额存单就能看到了。
C: 好的，我回头看看。
A: 嗯，好，那挂了啊。
""")

call("telecom", "畅达宽带", ["closing"], "agent closes with 就这么着吧", """
A: 您好，畅达宽带客服，工号二三一，很高兴为您服务。
C: 你好，我家宽带的路由器指示灯一直在闪红灯，上不了网。
A: 请问您尝试过重启光猫和路由器吗？
C: 还没有。
A: 麻烦您先把光猫和路由器的电源都拔掉，等三十秒再插上，然后看一下指示灯。
C: 好，我去弄一下……现在变绿了，网也有了。
A: 好的，那应该是设备长时间运行出现了缓存问题，以后出现类似情况可以先重启试一下。
C: 行，好的。
A: 行，就这么着吧。
C: 嗯，再见。
""")

call("ecommerce", "拾光家居旗舰店", ["closing"], "order call with polite name ask but the agent ends with bare 拜拜", """
A: 您好，拾光家居旗舰店，请问您需要订购什么产品？
C: 你好，我想订你们那款一米八的实木床，胡桃色的。
A: 好的，这款目前有现货。请问您怎么称呼？
C: 我姓邹。
A: 邹先生您好，请问收货地址和联系电话是？
C: 杭州市西湖区文三路一百二十八号，电话一五八六七七二三三零九。
A: 跟您核对一下，邹先生，杭州市西湖区文三路一百二十八号，电话一五八六七七二三三零九，商品是一米八胡桃色实木床一张，对吗？
C: 对的。
A: 好的，订单已经生成，预计五到七天送达，送货前物流会电话联系您，安装师傅同步上门。
C: 好的，知道了。
A: 好的，那就这样，拜拜。
""")

call("utilities", "城南供水", ["closing"], "last agent turn is a bare 嗯", """
A: 您好，城南供水服务热线，请问有什么可以帮您？
C: 你好，我们小区今天停水了，什么时候能来水？
A: 非常抱歉给您带来不便，请问您是哪个小区？
C: 城南新村。
A: 城南新村今天上午在进行主管道维修，计划下午四点前恢复供水，恢复初期水质可能有点浑浊，请您放几分钟再用。
C: 四点啊，行吧，那我等等。
A: 嗯。
C: 那就这样，谢谢。
A: 嗯。
""")

call("travel", "途悦旅行", ["closing"], "agent ends 没别的事我挂了", """
A: 您好，途悦旅行客服中心，请问有什么可以帮您？
C: 你好，我报了你们下个月去云南的跟团游，想问一下集合时间定了没有。
A: 请问您的订单号或者报名手机号是多少？
C: 手机号一三七一八九零四五五六。
A: 好的，我看到了，您报的是十二号出发的大理丽江六日游，集合时间是十二号早上七点，在机场三号航站楼出发大厅十二号门。
C: 需要带什么吗？
A: 身份证原件一定要带，那边早晚温差大，建议带件外套。出发前一天导游会在群里再通知一遍。
C: 好的，知道了。
A: 好了，没别的事我挂了。
""")

call("insurance", "恒佑财险", ["closing"], "agent's last words are only 好嘞再见 — no thanks or blessing", """
A: 您好，恒佑财险客服中心，请问有什么可以帮您？
C: 你好，我的车险快到期了，想问问续保能不能在电话里办。
A: 可以的，请问您的车牌号是多少？
C: 浙A八K三二一。
A: 好的，车主是陈立新先生吗？
C: 对，是我。
A: 陈先生，您的保单下个月三号到期，续保方案跟去年一样的话，保费是三千四百二十元，在您确认续保后当场支付，新保单从下个月三号零点开始生效。
C: 跟去年差不多，那就续吧。
A: 好的，我把支付链接发到您手机上，您点开支付就可以了。
C: 收到了，我现在付……好了。
A: 好嘞，再见。
""")

call("food_delivery", "速食达外卖", ["closing"], "agent ends with 行了行了拜拜", """
A: 您好，速食达客服，请问有什么可以帮您？
C: 你好，我刚下的单想改一下备注，忘了写不要香菜。
A: 好的，请问订单尾号是多少？
C: 二三零七。
A: 我看到了，商家还没出餐，我这边帮您联系商家，备注不要香菜。
C: 好的，麻烦了。
A: 已经通知到商家了，商家回复收到。
C: 好，那就行，谢谢啊。
A: 行了行了，拜拜。
""", noise=True)

call("hospital", "第三人民医院", ["closing"], "agent ends with a bare 好的 after the customer thanks", """
A: 您好，第三人民医院咨询台，请问有什么可以帮您？
C: 你好，我想问一下体检报告一般多久能出来？
A: 常规体检报告一般是体检后五个工作日出，如果有病理项目的话大概需要七到十个工作日。
C: 那出来以后在哪里拿？
A: 您可以在医院公众号上查看电子版，纸质版可以到门诊一楼体检中心领取，也可以选择邮寄。
C: 邮寄要钱吗？
A: 邮寄是免费的，不收任何费用，您在公众号上填一下地址就可以。
C: 那挺好，谢谢。
A: 好的。
""", hard=True)

# ================================================================ forbidden positives
call("ecommerce", "优品汇商城", ["forbidden"], "agent's own 我也不知道 as a refusal about the refund date", """
A: 您好，优品汇商城客服中心，请问有什么可以帮您？
C: 你好，我上周退了一件衣服，退款到现在还没收到，想问问什么时候能到。
A: 请问您的订单号是？
C: 二六一一零三七七九。
A: 我看到了，仓库已经签收了，退款状态显示处理中。
C: 那大概什么时候能到账？
A: 这个什么时候到账我也不知道，系统上没显示具体时间。
C: 那我就一直等着？
A: 我给您备注一下加急处理，财务那边处理完会有短信通知您。
C: 好吧，那我等短信。
A: 好的，感谢您的耐心，祝您生活愉快，再见。
""")

call("telecom", "天联通信", ["forbidden", "apology"], "agent retorts 你这话什么意思 to an unhappy customer and never apologises", """
A: 您好，天联通信客服，工号五五八，很高兴为您服务。
C: 我家这边信号一直很差，打电话老断，都反映好几次了，你们是不是根本不管？
A: 你这话什么意思？我们每次都有记录的。
C: 记录有什么用，一直没人来处理啊。
A: 您的问题已经在处理中了，基站那边正在排查。
C: 排查多久了？上个月就说排查。
A: 我这边再给您催一下，让网络部门三个工作日内联系您。
C: 行吧，再等三天。
A: 好的，感谢您的来电，再见。
""")

call("bank", "华信银行信用卡中心", ["forbidden"], "那你想好了再打过来吧 to a hesitating customer; installment fee stated fully", """
A: 您好，华信银行信用卡中心，工号三零二一为您服务，请问有什么可以帮您？
C: 你好，我这个月账单有一万二，想问问分期怎么弄。
A: 您可以办理账单分期，可以分三期、六期或者十二期。手续费按每期百分之零点六收取，一万二分十二期的话每期手续费是七十二元，从第一期分期账单开始随每期账单收取。
C: 七十二一期啊，那我再算算，分六期是不是少一点？
A: 分六期每期手续费一样是七十二，只是期数少，总手续费四百三十二元。
C: 嗯……我还是有点拿不准，要不要分呢……
A: 那你想好了再打过来吧，我这边还有其他客户在排队。
C: 哦，那好吧。
A: 感谢您的来电，祝您生活愉快，再见。
""")

call("utilities", "明远供电", ["forbidden"], "agent shouts 喂！喂！你听我说 mid-call; apology given for the outage", """
A: 您好，明远供电服务热线，请问有什么可以帮您？
C: 我们这片儿从中午就停电了，到现在都没来，冰箱里的东西都要坏了，你们到底什么时候来电？
A: 非常抱歉给您带来不便，请问您的具体地址是？
C: 和平路五十六号，我跟你说，我们这个月已经停了两次了，上次也是说马上来，结果等到晚上……
A: 喂！喂！你听我说！ @gap=0.4
C: 你说。
A: 和平路那一片是线路故障，抢修人员已经在现场了，预计晚上七点前恢复供电。
C: 七点，那还有三个小时。
A: 是的，我这边也给您登记了，如果七点还没恢复，您可以再来电，我们会优先跟进。
C: 好吧。
A: 再次抱歉，感谢您的理解，再见。
""")

call("airline", "云翔航空", ["forbidden"], "不清楚 about the partner airline's baggage rule, then a proper transfer", """
A: 您好，云翔航空客服中心，工号八八一二，请问有什么可以帮您？
C: 你好，我订的是你们和外航联运的机票，第二段是外航执飞，想问问托运行李额度是多少。
A: 这个不清楚，我们这边查不到外航的规定。
C: 票是在你们这买的啊，你们都不清楚我问谁？
A: 抱歉让您着急了，我帮您转接到国际业务组，他们可以查询联运航段的行李规定，感谢您的耐心，请您稍等，不要挂机。
C: 好。
""")

call("insurance", "安泰人寿", ["forbidden"], "agent: 您说的这个我不明白，你到底要办啥 to a muddled caller", """
A: 您好，安泰人寿客服热线，请问有什么可以帮您？
C: 你好，就是我妈之前住院，那个单子，然后她那个保险是我给她买的，但是卡是我爸的……
A: 您说的这个我不明白，你到底要办啥？
C: 就是……报销，理赔。
A: 理赔是吧。被保险人是您母亲吗？
C: 对，是我妈。
A: 好的，理赔款只能打到被保险人本人或者法定继承人的账户，不能打到您父亲的卡上。您需要准备住院发票原件、出院小结和您母亲的银行卡。
C: 哦，那我用我妈的卡。
A: 对的，材料可以在我们公众号上传，也可以邮寄。
C: 好，我知道了。
A: 感谢您的来电，祝您母亲早日康复，再见。
""")

call("hospital", "仁和医院预约中心", ["forbidden"], "variant of 你这话什么意思: 你到底什么意思; polite name ask present", """
A: 您好，仁和医院预约中心，请问有什么可以帮您？
C: 你好，我约了明天的号，但是明天可能去不了，那个能不能……就是换一下还是怎么弄……
A: 你到底什么意思？要改约还是退号？
C: 改约吧，改到下周。
A: 请问您怎么称呼，预约的是哪个科？
C: 我姓彭，约的是消化内科。
A: 彭女士，下周二上午消化内科还有号，帮您改到下周二上午十点，原来明天的号已经取消了。
C: 好的，谢谢。
A: 不客气，祝您早日康复，再见。
""")

call("food_delivery", "速食达外卖", ["forbidden", "apology"], "骑手在哪我们也不知道 as a refusal; order an hour late and no apology", """
A: 您好，速食达客服，请问有什么可以帮您？
C: 我这个外卖都一个小时了还没到，骑手电话也打不通，到底在哪啊？
A: 请问订单尾号是多少？
C: 四四一九。
A: 不知道，骑手在哪我们也不知道，系统上定位没有更新。
C: 那你们平台是干什么的？我饿着肚子等了一个小时了。
A: 我这边给您申请超时赔付，三元的红包会发到您的账户，再帮您催一下站点。
C: 三块钱……算了，你赶紧催吧。
A: 好的，已经催了，感谢您的来电，再见。
""", noise=True)

call("car_service", "路无忧道路救援", ["forbidden"], "想好了再来电话吧 variant to a customer unsure whether to book", """
A: 您好，路无忧道路救援，工号零六七，请问有什么可以帮您？
C: 你好，我的车胎好像有点慢撒气，也不是完全没气，我不知道要不要叫你们过来……
A: 请问您现在车停在安全的地方吗？
C: 停在小区里，没事，就是我不知道是先去补胎还是让你们来换备胎……
A: 想好了再来电话吧，这个又不着急。
C: 哦……行吧。
A: 嗯，感谢您的来电，再见。
""")

call("ecommerce", "聚橙网", ["forbidden"], "补货时间我不清楚 refusal, with an arrival-reminder offered", """
A: 您好，聚橙网客服中心，很高兴为您服务，请问有什么可以帮您？
C: 你好，你们那款降噪耳机白色的一直缺货，什么时候能补货啊？
A: 补货时间我不清楚。
C: 那我要等多久啊？
A: 您可以在商品页面点一下到货提醒，有货了系统会第一时间通知您。
C: 好吧，我点一下。
A: 好的，感谢您的支持，祝您生活愉快，再见。
C: 再见。
""")

# ================================================================ insult positives
call("telecom", "星河移动", ["insult", "apology"], "听不懂人话 at a customer who asked again; customer protests, no apology", """
A: 您好，星河移动，工号一九零七，请问有什么可以帮您？
C: 你好，我想把套餐改成便宜一点的，刚才你们那个短信我没看懂。
A: 您可以改成三十九元的基础套餐，下个月一号生效，月费三十九元从下个月开始按月收取。
C: 那我现在这个套餐的流量还能用到月底吗？
A: 能，刚才不是说了下个月生效吗。
C: 那下个月流量是多少？
A: 十个G。你是不是听不懂人话啊？都说两遍了。
C: 你怎么说话呢？我问一下都不行吗？
A: 那您还改不改？
C: 改，给我改了。
A: 已经改好了，感谢您的来电，再见。
""")

call("bank", "华信银行信用卡中心", ["insult", "apology", "complaint"], "神经病 at a repeat caller; customer threatens to complain", """
A: 您好，华信银行信用卡中心，请问有什么可以帮您？
C: 又是我，我还是想问提额的事，我上次申请的那个有结果了吗？
A: 你怎么又打来了？神经病吧，天天打来问额度。
C: 你骂谁呢？你叫什么？工号多少？我要投诉你！
A: 我的工号是三三八。您的申请还在审核中。
C: 好，三三八是吧，我记住了。
A: 还有别的事吗？
C: 没有了！
A: 感谢来电，再见。
""")

call("ecommerce", "优品汇商城", ["insult", "apology"], "mocking 没钱就别买这么贵的; customer objects, no apology", """
A: 您好，优品汇商城售后服务中心，请问有什么可以帮您？
C: 你好，我想退一下上周买的那个包，有点超预算了。
A: 请问订单号是多少？
C: 二六一一一九零零八七。
A: 这个包两千八，你这已经是第三次买了退了。没钱就别买这么贵的嘛，退来退去的。
C: 你这什么态度？我在七天内退货有什么问题？
A: 退是可以退的，我给您申请了，快递员明天上门取件。
C: 行。
A: 感谢您的来电，再见。
""")

call("telecom", "畅达宽带", ["insult"], "sarcastic 脑子是不是不太好使 while the customer laughs along (not unhappy)", """
A: 您好，畅达宽带客服，很高兴为您服务。
C: 你好，我又把宽带账号密码忘了，这个月第三次了，哈哈。
A: 您可真行，密码都能忘三次，脑子是不是不太好使啊，哈哈。
C: 哈哈是啊，年纪大了，记不住。
A: 请您提供一下身份证后四位。
C: 零六一三。
A: 核实通过，新的初始密码已经用短信发到您手机上了，您登录以后可以改成好记的。
C: 好的，收到了。
A: 好的，感谢您的来电，祝您生活愉快，再见。
C: 再见。
""")

call("car_service", "驰安汽车", ["insult", "apology"], "agent sends the customer away: 你爱找谁找谁去，别烦我", """
A: 您好，驰安汽车客服中心，请问有什么可以帮您？
C: 你好，我上个月在你们店换的刹车片，现在一踩刹车就吱吱响。
A: 新刹车片有一段磨合期，响是正常的。
C: 都一个月了还磨合？你们是不是装的有问题？我要求重新检查。
A: 跟你说了是正常的，你爱找谁找谁去，别烦我。
C: 你什么态度啊！
A: 那您明天开过来，我们看一下。
C: 行，我明天上午过去。
A: 好，感谢来电，再见。
""")

call("hospital", "第三人民医院", ["insult", "apology"], "你有病吧 at a customer asking the same question again", """
A: 您好，第三人民医院预约挂号中心，请问有什么可以帮您？
C: 你好，我刚才打过电话，想再确认一下，周四的骨科是几楼来着？
A: 门诊楼三楼。
C: 三楼是吧，那取号也是在三楼吗？
A: 取号在一楼。你有病吧，这都第几遍了。
C: 你怎么骂人呢？我就是怕记错再问一下。
A: 一楼取号，三楼看诊，还有别的吗？
C: 没了。
A: 感谢来电，祝您早日康复，再见。
""", noise=True)

call("utilities", "滨江燃气", ["insult", "apology"], "猪脑子 about reading the meter; customer hurt, no apology", """
A: 您好，滨江燃气服务热线，工号四一二，请问有什么可以帮您？
C: 你好，你们让我自己报燃气表读数，我看那个表上好几排数字，不知道报哪个。
A: 报黑色框里那排整数就行。
C: 黑框里是零零三二七，后面红框里还有两位，要不要报？
A: 红色的不用报，你是猪脑子吗，抄个表都看不懂。
C: 你这人怎么这样说话？我第一次弄不懂问问不行吗？
A: 报三百二十七就行了。
C: 好吧。
A: 嗯，感谢来电，再见。
""")

call("insurance", "恒佑财险", ["insult", "apology"], "mocking 就你这点保额还想赔多少，做梦呢", """
A: 您好，恒佑财险理赔服务热线，请问有什么可以帮您？
C: 你好，我家里上周水管爆了，把楼下也淹了，我买了你们的家财险，想问能赔多少。
A: 请问您的保单号是？
C: HY二零二五零六一八八三。
A: 您这个是基础款家财险，室内财产保额五万，第三者责任保额两万。
C: 楼下那家装修刚弄好，说损失得有八九万，这能赔吗？
A: 就你这点保额还想赔多少，做梦呢。
C: 你怎么说话的？我交了保费的。
A: 最多按保额赔，您先准备现场照片和维修报价，我给您报案。报案号已经发到您手机上了。
C: 好。
A: 感谢来电，再见。
""")

# ================================================================ filler positives
call("bank", "华信银行", ["filler"], "heavy 呃/这个/那个/就是说 tics across many turns", """
A: 您好，华信银行客服中心，工号二二七，请问有什么可以帮您？
C: 你好，我想问一下我的借记卡怎么被锁了，取不了钱。
A: 呃，这个，您先别着急啊，呃，就是说，那个，您是不是密码输错了几次？
C: 好像是，今天输错了三次。
A: 呃，那个，对，就是输错三次的话，呃，这个卡就是说会被，那个，临时锁定。
C: 那怎么解锁？
A: 呃，这个，就是说，第二天零点以后，那个，它会自动解锁，然后呢，呃，您要是着急用的话，那个，也可以带身份证去网点。
C: 好的，那我明天再试。
A: 呃，好的，那个，感谢您的来电，祝您生活愉快，再见。
C: 再见。
""")

call("telecom", "天联通信", ["filler"], "然后呢/那个/就是 as tics while explaining roaming", """
A: 您好，天联通信客服，很高兴为您服务。
C: 你好，我下周去香港，手机要怎么弄才能用？
A: 嗯，那个，就是您需要开通国际漫游，然后呢，那个，您这个号码是已经开通了的。
C: 那到了香港直接就能用吗？
A: 对，就是，然后呢您到了以后，那个，手机会自动搜到当地网络，然后呢，就是说您打开数据漫游就行。
C: 上网费用怎么算？
A: 那个，港澳的流量是二十八元一天不限量，然后呢，就是从您在当地第一次使用流量那天开始按天收取，那个，不用不收费。
C: 好的，明白了。
A: 好的，感谢您的来电，祝您旅途愉快，再见。
""")

call("ecommerce", "拾光家居旗舰店", ["filler"], "啊/呀 used as fillers mid-sentence in most turns", """
A: 您好，拾光家居售后服务，请问有什么可以帮您？
C: 你好，我买的沙发到了，但是有一个扶手是松的。
A: 啊，这样啊，非常抱歉啊，那个，您能不能啊，拍个照片发给我们看一下呀？
C: 可以，我在哪发？
A: 啊，就是您在订单页面呀，点那个啊，申请售后，然后呀把照片传上去。
C: 好的，我现在传……传好了。
A: 啊，看到了，这个啊，就是连接螺丝没拧紧，我们啊，安排师傅明天上门给您呀，免费加固。
C: 好的，那明天几点？
A: 啊，师傅上门前一小时会给您打电话，感谢您的配合，祝您生活愉快，再见。
""")

call("utilities", "城南供水", ["filler"], "这个这个/那个那个 repeated tics while explaining a change of account holder", """
A: 您好，城南供水服务热线，请问有什么可以帮您？
C: 你好，我刚买了个二手房，想把水费户名改成我的名字，要怎么办？
A: 这个这个，您需要准备，那个那个，房产证和您的身份证，这个这个，还有原户主的身份证复印件。
C: 原户主的复印件我得找他要是吧？
A: 那个，对的，这个这个，如果拿不到，那个那个，也可以带上购房合同和过户的不动产登记证明。
C: 那去哪里办？
A: 这个这个，您可以去任何一个营业网点，那个那个，也可以在我们公众号上传照片线上办理。
C: 线上办多久能好？
A: 那个，一般三个工作日审核完，这个这个，会短信通知您。
C: 好的，谢谢。
A: 不客气，感谢您的来电，祝您生活愉快，再见。
""")

call("airline", "云翔航空", ["filler"], "呃/就是说 tics throughout a refund explanation", """
A: 您好，云翔航空客服中心，工号六六零，请问有什么可以帮您？
C: 你好，我想退一张下周的机票，请问能退多少？
A: 呃，就是说，您这个，呃，是特价舱，就是说退票的话，呃，要收取票面价的百分之三十作为手续费。
C: 票价是八百，那就扣二百四？
A: 呃，对的，就是说，扣两百四十元，呃，就是退给您五百六十元，呃，在您申请退票时直接从退款里扣除。
C: 钱多久能到？
A: 呃，一般就是说，七个工作日内，呃，原路退回。
C: 好的，那你帮我退吧。
A: 呃，好的，已经提交了，就是说，感谢您的来电，祝您生活愉快，再见。
""")

call("food_delivery", "味到家", ["filler"], "northern-style 那啥/就是那个 tics", """
A: 您好，味到家客服中心，请问有什么可以帮您？
C: 你好，我想问问你们那个会员卡怎么取消自动续费。
A: 那啥，就是那个，您打开我们的App，那啥，点右下角我的。
C: 点了。
A: 就是那个，然后有个会员中心，那啥，进去以后，就是那个，最下面有个管理自动续费。
C: 找到了。
A: 那啥，您点关闭就行，就是那个，关了以后当前这个月会员还能正常用到期。
C: 好的，关了，谢谢。
A: 不客气，那啥，感谢您的来电，祝您生活愉快，再见。
""")

call("car_service", "驰安汽车", ["filler"], "嗯嗯/然后 tics while booking a service, polite name ask present", """
A: 您好，驰安汽车售后服务中心，请问有什么可以帮您？
C: 你好，我想预约一下周末做个保养。
A: 嗯嗯，然后，请问先生您贵姓？
C: 姓郝。
A: 嗯嗯，然后郝先生，然后您的车牌号是多少？
C: 京N二F七六三。
A: 嗯嗯，然后周六上午九点和下午两点都有工位，然后您看哪个方便？
C: 上午九点吧。
A: 嗯嗯，然后给您约好了周六上午九点，然后您的手机号是一三八一一二零九九五七对吧？
C: 对。
A: 嗯嗯，然后到店请找前台登记，感谢您的来电，祝您用车愉快，再见。
""")

call("hospital", "仁和医院预约中心", ["filler"], "啊/呃/这个 tics; noise", """
A: 您好，仁和医院预约中心，请问有什么可以帮您？
C: 你好，我想问一下做胃镜要不要提前预约。
A: 啊，这个，要的，呃，胃镜是需要这个，先开单，然后再预约的。
C: 那我要先挂号看医生？
A: 呃，对，这个，您先挂消化内科，啊，医生开了检查单以后，呃，这个，在检查预约窗口约时间。
C: 做之前要注意什么？
A: 啊，这个，检查前一天晚上八点以后，呃，不能吃东西，这个，也不要喝水。
C: 好的，知道了。
A: 好的，感谢您的来电，祝您身体健康，再见。
""", noise=True)


# ================================================================ tariff positives
call("telecom", "星河移动", ["tariff"], "video membership glossed as 现在是免费的; future fee left to 短信提醒", """
A: 您好，星河移动，工号二零八八，请问有什么可以帮您？
C: 你好，我昨天收到短信说给我开了一个视频会员，我想问问这个要不要钱？
A: 您好，这是我们的合约赠送活动，现在办理是免费的，您先用着，不喜欢随时可以退订。
C: 那以后呢？以后要不要收钱？
A: 以后的话，到时候会有短信提醒您的，您放心。
C: 哦，那我先用着吧。
A: 好的，如需退订可以发送TD到一零零八六。感谢您的来电，祝您生活愉快，再见。
C: 再见。
""")

call("telecom", "天联通信", ["tariff"], "data pack sold with a monthly price but no start of charging", """
A: 您好，天联通信客服，工号三一七，很高兴为您服务。
C: 你好，我流量老不够用，有没有什么划算的流量包？
A: 有的，我们有一款月包，每月十五元，有二十个G的通用流量，性价比很高。
C: 二十个G挺多的，那给我开一个吧。
A: 好的，跟您确认一下，为您开通每月十五元二十G的流量月包，确认办理吗？
C: 确认。
A: 好的，已经开通成功，马上就可以使用了。
C: 好的，谢谢。
A: 不客气，感谢您的来电，祝您生活愉快，再见。
""")

call("bank", "锦程银行信用卡中心", ["tariff"], "installment fee glossed: 手续费很低的，具体以账单为准", """
A: 您好，锦程银行信用卡中心，工号五二零，请问有什么可以帮您？
C: 你好，我上个月买了个笔记本电脑，九千多，想分期还。
A: 好的，可以为您办理单笔消费分期，可以选三、六、十二期。
C: 分期要手续费吗？多少？
A: 手续费很低的，具体以账单为准，现在办理还有优惠。
C: 那就分十二期吧。
A: 好的，已经为您办理了十二期分期，下期账单就能看到。
C: 行。
A: 感谢您的来电，祝您生活愉快，再见。
""")

call("bank", "东岳农商银行", ["tariff"], "annual fee: first year free, later 看情况 — amount never stated", """
A: 您好，东岳农商银行信用卡中心，请问有什么可以帮您？
C: 你好，我刚收到你们的白金卡，想问一下这个卡有没有年费。
A: 您好，这张卡首年免年费的。
C: 那第二年呢？要收多少？
A: 第二年看情况，您一年刷够一定次数就可以免掉，一般客户都不用交的。
C: 刷多少次？
A: 刷满十二次就行。
C: 好，那我激活吧。
A: 好的，请您按语音提示输入卡号后六位和有效期，激活后就能使用了，感谢您的来电，再见。
""")

call("insurance", "安泰人寿", ["tariff"], "add-on accident cover: 一个月几块钱，下个月开始扣 — amount vague", """
A: 您好，安泰人寿客服热线，工号一一五，请问有什么可以帮您？
C: 你好，我之前买了你们的重疾险，想问问有没有意外险可以加。
A: 有的，您可以附加一份综合意外险，保额五十万，保障范围包括意外身故、伤残和意外医疗。
C: 那保费多少钱？
A: 保费不高的，一个月就几块钱，下个月开始跟主险一起扣。
C: 几块钱是几块？
A: 跟您的年龄有关系，反正很便宜，您放心。
C: 那行吧，先加上。
A: 好的，已经帮您添加了，感谢您的信任，祝您身体健康，再见。
""")

call("car_service", "驰安汽车", ["tariff"], "extended warranty: first year free, later 费用到时候再说", """
A: 您好，驰安汽车客服中心，请问有什么可以帮您？
C: 你好，我提车的时候销售说送了一个延保，我想问下这个延保以后要不要交钱？
A: 您好，延保第一年是免费赠送的。
C: 那第二年以后呢？
A: 之后续不续您自己决定，费用到时候再说，会有专人联系您。
C: 那第二年不续会怎样？
A: 不续的话就是正常的原厂质保，也不影响。
C: 哦，好的。
A: 感谢您的来电，祝您用车愉快，再见。
""")

call("food_delivery", "速食达外卖", ["tariff"], "membership 首月一元, the renewal price left as 之后也很便宜", """
A: 您好，速食达客服，请问有什么可以帮您？
C: 你好，你们那个超级会员，首月一块钱，是自动续费的吗？
A: 是的，首月一元，到期后会自动续费。
C: 续费的话多少钱一个月？
A: 之后也很便宜的，每个月能领好几张红包，完全能省回来。
C: 那我开一个试试。
A: 好的，您在App会员页面点开通就可以了。感谢您的来电，祝您用餐愉快，再见。
""")

call("utilities", "滨江燃气", ["tariff"], "stove maintenance plan: 每年一百二十元 but no start of charging", """
A: 您好，滨江燃气服务热线，请问有什么可以帮您？
C: 你好，上次安检的师傅说你们有个燃气灶保养的服务，是怎么收费的？
A: 您好，燃气灶年度保养服务每年一百二十元，一年上门两次，包括清洗灶头和检查软管。
C: 那怎么交钱？
A: 这个您不用操心，办好以后师傅上门的时候会跟您说。
C: 那先给我办上吧。
A: 好的，请问您的燃气户号是？
C: 三三零二一五七八。
A: 好的，已经办好了，感谢您对我们工作的支持，祝您生活愉快，再见。
""")

call("telecom", "畅达宽带", ["tariff"], "speed upgrade: 加不了几个钱，从下个月开始收 — amount missing; noise", """
A: 您好，畅达宽带客服中心，很高兴为您服务。
C: 你好，我家现在是三百兆的宽带，想问问升级到一千兆要加多少钱？
A: 升级到千兆加不了几个钱的，从下个月开始收。
C: 到底加多少？
A: 跟您现在的套餐合在一起算，差不了多少，很划算的。
C: 那先升吧。
A: 好的，已经为您提交了提速申请，今天晚上十二点前生效，感谢您的来电，祝您生活愉快，再见。
""", noise=True)

# ================================================================ name_ask positives
call("ecommerce", "优品汇商城", ["name_ask"], "order call: 你姓什么？", """
A: 您好，优品汇商城订购热线，请问您需要订购什么产品？
C: 你好，我想买你们电视购物里那个空气炸锅，五升的。
A: 好的，这款现在活动价二百九十九元，送一套烤盘。你姓什么？
C: 姓吴。
A: 吴先生，收货地址是？
C: 合肥市蜀山区长江西路六八八号。
A: 电话是多少？
C: 一八九五五一二四七六零。
A: 跟您核对一下，吴先生，合肥市蜀山区长江西路六八八号，电话一八九五五一二四七六零，五升空气炸锅一台，货到付款二百九十九元，对吗？
C: 对。
A: 好的，预计三天内送达，客服电话是四零零八八六二二五五，我的工号是七三二，祝您生活愉快，再见。
""")

call("hospital", "第三人民医院", ["name_ask"], "booking: 患者名字？ 身份证号？ — no polite ask", """
A: 您好，第三人民医院预约挂号中心，请问有什么可以帮您？
C: 你好，我想给我爸挂一个心内科的专家号。
A: 患者名字？
C: 石国良。
A: 身份证号？
C: 四一零一零二一九五八零六一七零零三一。
A: 心内科张主任下周一上午还有号，要吗？
C: 要，就约这个。
A: 好，约好了，下周一上午八点半，提前半小时到门诊三楼报到。
C: 好的，谢谢。
A: 不客气，祝您父亲早日康复，再见。
""")

call("car_service", "驰安汽车", ["name_ask"], "maintenance booking with plate and phone only — the customer is never asked how to be addressed", """
A: 您好，驰安汽车售后服务中心，请问有什么可以帮您？
C: 你好，我想约个时间换一下机油。
A: 好的，请问您的车牌号是多少？
C: 苏E六M八八二。
A: 请问您明天下午方便吗？两点和四点都有工位。
C: 四点吧。
A: 好的，您的联系电话是？
C: 一五二五零零八一三四六。
A: 好的，已经为您预约了明天下午四点，到店后请找前台出示车牌。
C: 好的。
A: 感谢您的来电，祝您用车愉快，再见。
""")

call("telecom", "畅达宽带", ["name_ask"], "installation booking with address and phone only, no polite name ask", """
A: 您好，畅达宽带新装热线，请问有什么可以帮您？
C: 你好，我想装个宽带，刚搬的新家。
A: 好的，请问您的安装地址是？
C: 东城区幸福里小区九号楼一单元五零二。
A: 这个地址可以安装。我们现在新装五百兆的宽带是每月八十九元，从安装完成的当月开始按月收取，安装费和光猫都是免费的。
C: 行，就装这个。
A: 好的，请问联系电话是？
C: 一三六零一一七四四八五。
A: 好的，已经为您预约了后天上午装机，装维师傅会提前电话联系您。
C: 好的，谢谢。
A: 感谢您的来电，祝您生活愉快，再见。
""")

call("airline", "云翔航空", ["name_ask"], "ticket booking: 乘机人叫什么名字，报一下", """
A: 您好，云翔航空订票中心，工号四二七，请问有什么可以帮您？
C: 你好，我想订一张后天北京飞广州的机票，上午的。
A: 后天上午有八点和十点半两个航班，经济舱价格都是九百八十元含税。
C: 十点半的吧。
A: 乘机人叫什么名字，报一下。
C: 于凤霞。
A: 证件号？
C: 二三零一零三一九八五零九二一零零四四。
A: 好的，跟您核对一下，于凤霞，后天十点半北京飞广州，经济舱九百八十元，支付链接已经发到您手机，请在三十分钟内付款。
C: 好的。
A: 感谢您选择云翔航空，祝您旅途愉快，再见。
""")

call("food_delivery", "味到家", ["name_ask"], "catering order: northern 姓啥？", """
A: 您好，味到家团餐热线，请问有什么可以帮您？
C: 你好，我们公司周五中午要订三十份工作餐。
A: 好的，我们团餐套餐有三十五元和四十五元两种，都是两荤一素加汤。
C: 四十五的吧。
A: 行，姓啥？
C: 姓钱。
A: 钱先生，送到哪？
C: 高新区软件园二号楼八层。
A: 好的，跟您核对一下，钱先生，周五中午十一点半送到高新区软件园二号楼八层，四十五元套餐三十份，电话就是您现在这个号码吗？
C: 对。
A: 好的，已经下单，感谢您的订购，祝您用餐愉快，再见。
""")

call("telecom", "天联通信", ["name_ask"], "SIM delivery order: 你叫什么名字", """
A: 您好，天联通信客服，很高兴为您服务，请问有什么可以帮您？
C: 你好，我想办一张副卡，给我爱人用。
A: 可以的，副卡每月十元功能费，从副卡激活当月开始收取，共享您主卡的流量和通话。
C: 好，那怎么办？
A: 我们可以把卡寄给您。你叫什么名字？
C: 我叫甘志强，机主就是我。
A: 收货地址呢？
C: 南宁市青秀区民族大道一零三号。
A: 好的，甘先生，卡三天内寄到南宁市青秀区民族大道一零三号，收到后按说明激活。
C: 行。
A: 感谢您的来电，祝您生活愉快，再见。
""")

call("hospital", "仁和医院预约中心", ["name_ask"], "booking: 叫啥名？; noise", """
A: 您好，仁和医院预约中心，请问您要预约哪个科室？
C: 你好，我想约个眼科的号，看一下干眼症，眼睛老是发干发涩，看电脑久了就难受。
A: 叫啥名？
C: 我叫温倩。
A: 身份证号报一下。
C: 三二零五零二一九九三零四一八零零二六。
A: 眼科明天下午有号，下午两点行不行？
C: 行。
A: 约好了，明天下午两点，门诊四楼眼科，请您提前二十分钟到自助机取号。
C: 需要带以前的检查单吗？
A: 有的话可以带上，给医生参考。
C: 好的，谢谢。
A: 不客气，祝您早日康复，再见。
""", noise=True)

# ================================================================ apology positives
call("ecommerce", "聚橙网", ["apology"], "parcel five days late, customer annoyed, agent only explains", """
A: 您好，聚橙网客服中心，请问有什么可以帮您？
C: 我买的东西说三天到，现在都第八天了还没到，你们怎么回事啊？
A: 请问订单号是多少？
C: 二六一一二五零三三一。
A: 我看到了，您这个包裹在中转站滞留了，因为最近那边下大雪，很多线路都停了。
C: 下雪也不能停五天吧，我急着用的。
A: 现在已经恢复发运了，预计后天能送到。
C: 后天……行吧，再等两天。
A: 我这边也给您备注了优先派送，感谢您的耐心，祝您生活愉快，再见。
""")

call("bank", "华信银行信用卡中心", ["apology"], "bank mailed the new card to the wrong address; no apology", """
A: 您好，华信银行信用卡中心，工号三一零，请问有什么可以帮您？
C: 你好，我的新卡一直没收到，我查了快递，说是寄到我三年前的老地址去了。我明明改过地址的！
A: 请您提供一下持卡人姓名和身份证后六位。
C: 龙晓峰，二二零零三八。
A: 龙先生，我看到系统里您的账单地址改了，但是卡片邮寄地址还是旧的，两个地址是分开的。
C: 那我怎么知道是分开的？你们又没说。
A: 我现在帮您把旧卡冻结，重新制卡寄到新地址，七到十个工作日能收到。
C: 又要等十天。
A: 是的，新卡寄出后会有短信提醒，感谢您的来电，祝您生活愉快，再见。
""")

call("airline", "云翔航空", ["apology"], "flight cancelled; agent rebooks without any apology", """
A: 您好，云翔航空客服中心，请问有什么可以帮您？
C: 我刚收到短信说我明天的航班取消了，我明天上午还有个重要的会，这怎么办？
A: 请您提供一下乘机人姓名。
C: 汪晨。
A: 汪先生，您原来是明天上午九点的航班，因为飞机调配取消了。可以给您改到今天晚上九点或者明天下午两点。
C: 下午两点肯定赶不上了，那只能今天晚上走了，我还得重新订酒店。
A: 好的，已经帮您改到今晚九点，改签不收费。
C: 酒店的钱谁出？
A: 航班取消可以申请不超过三百元的住宿补偿，凭发票在我们官网申请。
C: 行吧。
A: 感谢您的来电，祝您旅途愉快，再见。
""")

call("utilities", "滨江燃气", ["apology"], "technician missed the appointment; no apology", """
A: 您好，滨江燃气服务热线，请问有什么可以帮您？
C: 你们约好今天上午来给我开通燃气，我请了半天假在家等，到现在十二点了一个人都没来！
A: 请问您的户号或者地址是？
C: 锦绣园十二栋三零一。
A: 我看一下，派单显示师傅今天上午临时去处理一个漏气抢修了，改到下午了。
C: 改到下午也没人通知我啊，我下午要上班的。
A: 那我帮您改到周六上午，周六可以吗？
C: 那只能周六了。
A: 好的，已经帮您改好了，周六上午九点到十二点之间上门。感谢您的来电，再见。
""")

call("hospital", "第三人民医院", ["apology"], "booking lost by the system; patient turned away; no apology", """
A: 您好，第三人民医院预约挂号中心，请问有什么可以帮您？
C: 我昨天在你们这约了今天的号，我到了医院，窗口说没有我的预约记录，让我重新挂，现在专家号都没了！
A: 请问您的姓名和手机号是？
C: 祁红，一三九零零八八二一七六。
A: 我查到了，昨天下午系统升级，有一部分预约没有同步过去。
C: 那我白跑一趟？我请了一天假。
A: 我现在帮您登记一个加号，明天上午同一个专家，您直接到诊室门口报名字就行。
C: 那只能这样了。
A: 感谢您的来电，祝您早日康复，再见。
""")

call("food_delivery", "味到家", ["apology"], "wrong dish delivered; refund without apology", """
A: 您好，味到家客服中心，请问有什么可以帮您？
C: 我点的是麻辣香锅，给我送来一份酸菜鱼，我不吃鱼的，你们怎么搞的？
A: 请问订单尾号是多少？
C: 零五五三。
A: 我看到了，应该是商家打包贴错单了。
C: 那现在怎么办，我午休就一个小时。
A: 这单我给您全额退款，四十二元两小时内原路退回，您可以重新下单。
C: 重新下单又要等四十分钟……
A: 退款已经提交了，感谢您的来电，再见。
""")

call("insurance", "恒佑财险", ["apology"], "claim delayed 40 days; agent only explains the process", """
A: 您好，恒佑财险理赔服务热线，请问有什么可以帮您？
C: 我的车险理赔四十天了还没到账，打了三次电话都说在审核，你们到底要审核多久？
A: 请问您的报案号是？
C: 报案号是零九二六七三一。
A: 我看到了，您的案件因为涉及第三方车辆，需要等对方的定损结果，现在已经审核完了，在支付环节。
C: 支付环节又要多久？
A: 一般三到五个工作日到账。
C: 上次也说快了，我已经不信了。
A: 这次已经到最后一步了，到账会有短信通知您。感谢您的来电，再见。
""")

call("car_service", "驰安汽车", ["apology"], "car returned with a new scratch; agent only offers repair", """
A: 您好，驰安汽车客服中心，请问有什么可以帮您？
C: 我昨天在你们那做完保养，回家才发现后保险杠上多了一道划痕，之前绝对没有的！
A: 请问您的车牌号是？
C: 鲁B七七K五零。
A: 我看一下接车时候拍的照片……确实接车的时候后保险杠没有划痕。
C: 那就是你们弄的，怎么处理？
A: 您方便的时候把车开过来，我们免费给您做补漆处理，大概半天时间。
C: 我还得再请半天假，真是的。
A: 您看周六行吗？周六也可以做。
C: 那就周六吧。
A: 好的，给您登记了周六上午，感谢您的来电，再见。
""")

call("telecom", "星河移动", ["apology"], "line suspended although the bill was paid; noise", """
A: 您好，星河移动客服，请问有什么可以帮您？
C: 我的手机突然停机了，我明明前天就交了话费，怎么还停机？
A: 请您提供一下机主姓名和身份证后四位。
C: 鲍文静，三三二一。
A: 我看到了，您前天交的一百元是交到了另一个号码上，尾号七九二八。
C: 不可能，我是在你们App上交的，页面上就是我的号码。
A: 我再看一下……系统显示充值时关联了您的副号，这个是系统默认的问题。我现在帮您把这一百元转到主号上，并且马上复机。
C: 我今天一上午都没法接电话，客户都找不到我。
A: 已经复机了，您重启一下手机就可以了，感谢您的来电，再见。
""", noise=True)

call("travel", "途悦旅行", ["apology"], "hotel booking not found at check-in; agent fixes it coolly", """
A: 您好，途悦旅行客服中心，请问有什么可以帮您？
C: 我现在在酒店前台，前台说没有我的预订，可是我在你们那付过钱了！这么晚了我带着孩子站在这里！
A: 请问您的订单号是多少？
C: TY八八二零一三五。
A: 我看到了，订单是确认状态，可能是酒店那边没有录入。我现在给酒店打电话确认，请您稍等。 @hold=12
A: 已经跟酒店确认了，是他们前台漏录了，现在可以给您办理入住，房型不变。
C: 好吧，总算能进去了。
A: 好的，感谢您的耐心等待，祝您入住愉快，再见。
""")

# ================================================================ shirking positives
call("ecommerce", "优品汇商城", ["shirking"], "platform agent: 这是商家的问题，你自己跟商家联系 for a self-operated order", """
A: 您好，优品汇商城客服中心，请问有什么可以帮您？
C: 你好，我在你们自营店买的榨汁机，用了两次就不转了，想换货。
A: 这是商家的问题，你自己跟商家联系吧。
C: 可是这个是你们自营的啊，页面上写着优品汇自营。
A: 那您在订单页面自己点售后申请，按提示操作就行，我这边处理不了。
C: 哦，那我自己弄吧。
A: 好的，感谢您的来电，祝您生活愉快，再见。
""")

call("telecom", "天联通信", ["shirking"], "balance query pushed to 去营业厅查吧", """
A: 您好，天联通信客服，工号六零三，很高兴为您服务。
C: 你好，我想查一下我这个月到现在话费用了多少。
A: 这个你去营业厅查吧，营业厅可以打详单。
C: 我不要详单，就问用了多少，你电话里看不到吗？
A: 我们这边不方便查，你去营业厅问吧。
C: 营业厅离我家挺远的，而且我白天要上班。
A: 那你周末去，周末也开门。
C: 哦……那好吧。
A: 嗯，感谢您的来电，再见。
""")

call("ecommerce", "拾光家居旗舰店", ["shirking", "apology"], "lost parcel: 快递丢了你找快递公司，跟我们没关系", """
A: 您好，拾光家居旗舰店售后，请问有什么可以帮您？
C: 你好，我买的台灯物流显示签收了，但我根本没收到，问了驿站也说没有。
A: 快递丢了你找快递公司吧，跟我们没关系，我们已经发货了。
C: 我是在你们店买的，你们不应该帮我去查吗？
A: 快递单号你有，你直接打快递电话就行。
C: 你们这服务太差了。
A: 还有其他事吗？
C: 没了。
A: 嗯，感谢来电，再见。
""")

call("hospital", "仁和医院预约中心", ["shirking"], "cancellation pushed to 你去App上自己弄，我们这不管", """
A: 您好，仁和医院预约中心，请问有什么可以帮您？
C: 你好，我想取消后天上午的一个预约，我临时出差去不了。
A: 取消你去App上自己弄，我们这不管取消。
C: 我App登不上去，一直提示错误，所以才打电话的。
A: 那你卸载了重装一下试试。
C: 要是重装了还是登不上呢？我后天真的去不了，怕算我爽约。
A: 那就再试试，反正取消要在App上弄。
C: 好吧，我试试。
A: 感谢您的来电，祝您身体健康，再见。
""")

call("insurance", "安泰人寿", ["shirking"], "理赔的事找你的代理人去，别找我们", """
A: 您好，安泰人寿客服热线，请问有什么可以帮您？
C: 你好，我想问一下我爸住院的费用能不能理赔，需要什么材料。
A: 理赔的事找你的代理人去，别找我们，谁卖给你的你找谁。
C: 那个代理人已经离职了，联系不上。
A: 那你去我们公司柜面问吧。
C: 好吧。
A: 感谢您的来电，祝您家人早日康复，再见。
""")

call("utilities", "滨江燃气", ["shirking", "apology"], "meter-side leak pushed to 物业: 不归我们管", """
A: 您好，滨江燃气服务热线，请问有什么可以帮您？
C: 你好，我闻到燃气表那里有点味道，好像表和管子的接口那漏气，我有点害怕。
A: 表后管道的事找物业，不归我们管。
C: 是表上面那个接口，不是表后面，我都看了。
A: 反正你先找物业看一下。
C: 这都漏气了还让我先找物业？出事了怎么办？
A: 你先关掉总阀，开窗通风。
C: ……行。
A: 感谢来电，再见。
""")

call("bank", "东岳农商银行", ["shirking"], "lost-card report pushed to the branch", """
A: 您好，东岳农商银行客服中心，请问有什么可以帮您？
C: 你好，我的银行卡丢了，想先挂失一下。
A: 这个是分行的事，你去开户行问吧。
C: 现在晚上九点了，网点都关门了，电话里不能先临时挂失吗？
A: 你明天一早去网点办吧。
C: 那今晚被人盗刷了怎么办？
A: 一般不会的，您明天去就行。
C: 好吧。
A: 感谢您的来电，再见。
""")

call("car_service", "路无忧道路救援", ["shirking"], "national-coverage member told 你自己找当地的拖车吧; noise", """
A: 您好，路无忧道路救援，请问有什么可以帮您？
C: 你好，我的车在高速服务区打不着火了，我是你们的全国救援会员，卡号是LW零三三八二。
A: 您在哪个服务区？
C: 沪昆高速的玉山服务区。
A: 这个位置太远了，你自己找当地的拖车吧。
C: 你们不是全国救援吗？会员卡上写的。
A: 那边我们没有合作的，你自己叫吧，发票留着。
C: 好吧，那我自己找。
A: 感谢您的来电，祝您一路平安，再见。
""", noise=True)


# ================================================================ overpromise positives
call("bank", "锦程银行", ["overpromise"], "loan: 百分之百能批下来", """
A: 您好，锦程银行个人贷款中心，工号九零二，请问有什么可以帮您？
C: 你好，我想申请你们的装修贷，三十万，我在私企上班，月收入一万二左右，能批吗？
A: 您这个条件百分之百能批下来，您放心，三十万没问题。
C: 真的？我征信上还有一笔车贷没还完。
A: 没关系的，有车贷不影响，肯定能批。您在手机银行提交申请就行，利率是年化百分之三点八，按月还款，放款后次月开始还第一期。
C: 那我今天就提交。
A: 好的，感谢您的来电，祝您生活愉快，再见。
""")

call("ecommerce", "优品汇商城", ["overpromise"], "delivery: 明天上午肯定到，我保证 for a parcel still in transit", """
A: 您好，优品汇商城客服中心，请问有什么可以帮您？
C: 你好，我买的生日蛋糕模具明天下午就要用，物流还显示在外省，能赶上吗？
A: 您放心，明天上午肯定到，我保证。
C: 可是现在还在河南啊，我在广州。
A: 我们都是航空件，一定能到的，您就放心吧。
C: 那要是明天上午没到怎么办？
A: 不会没到的，我保证明天中午之前肯定送到您手上。
C: 那好，我等着。
A: 好的，感谢您的来电，祝您生活愉快，再见。
""")

call("telecom", "天联通信", ["overpromise"], "plan: 以后永远不会涨价 (fee itself disclosed properly)", """
A: 您好，天联通信客服，工号二四四，很高兴为您服务。
C: 你好，我想换个套餐，听说你们有个五十九的？
A: 是的，五十九元套餐包含三十个G流量和三百分钟通话，从下个月一号开始按每月五十九元收取。
C: 这个价格会不会过两年就涨了？
A: 不会的，这个套餐以后永远不会涨价，您用一辈子都是这个价。
C: 那挺好，给我换吧。
A: 好的，已经为您预约下月一号变更，感谢您的来电，祝您生活愉快，再见。
""")

call("telecom", "畅达宽带", ["overpromise"], "repair: 修好以后绝对不会再断网了; apology given", """
A: 您好，畅达宽带客服中心，请问有什么可以帮您？
C: 我家宽带这个星期断了三次了，每次都要等半天才好，烦死了。
A: 非常抱歉给您带来这么多麻烦。我看到您所在的楼道交换机有故障记录，今天下午师傅会去更换设备。
C: 换了就好了吗？
A: 换完以后绝对不会再断网了，我跟您保证。
C: 那就好，再断我可真不用了。
A: 理解您的心情，感谢您的耐心，祝您生活愉快，再见。
""")

call("insurance", "恒佑财险", ["overpromise"], "claim: 肯定全额赔，一分不少 before any assessment", """
A: 您好，恒佑财险理赔服务热线，请问有什么可以帮您？
C: 你好，我的车在停车场被人刮了，对方跑了，找不到人，这个能赔吗？
A: 您买了车损险的话是可以赔的，请问您的车牌号？
C: 粤B三Q九一七。
A: 您的车损险保额是十八万，您放心，这个肯定全额赔，一分不少。
C: 修车的钱全能报？
A: 对，修多少赔多少。您先拍好现场照片，我现在给您报案，报案号会发到您手机。
C: 好的，谢谢。
A: 不客气，感谢您的来电，祝您一路平安，再见。
""")

call("hospital", "仁和医院预约中心", ["overpromise"], "专家看了保证能好; noise", """
A: 您好，仁和医院预约中心，请问有什么可以帮您？
C: 你好，我腰椎间盘突出好几年了，想挂个专家号，听说你们李主任挺好的。
A: 对，李主任是我们的骨科专家，您找他看，保证能好，好多人看一次就不疼了。
C: 真的啊？那太好了。请问怎么约？
A: 请问您怎么称呼？
C: 我姓方。
A: 方女士，李主任下周三下午有号，帮您约在下周三下午两点。
C: 好的。
A: 感谢您的来电，祝您早日康复，再见。
""", noise=True)

# ================================================================ colleague positives
call("telecom", "星河移动", ["colleague"], "之前那个客服是新来的，啥都不懂，瞎跟您说的; apology given", """
A: 您好，星河移动客服，工号一五八，请问有什么可以帮您？
C: 上次我打电话，你们客服说我这个套餐可以免费换成五G的，结果这个月扣了我三十块钱。
A: 非常抱歉，我看了一下记录，之前那个客服是新来的，啥都不懂，瞎跟您说的。
C: 那这三十块钱怎么办？
A: 我帮您申请退回这三十元，三个工作日内退到您的话费账户，套餐也帮您改回原来的。
C: 行，那就这样吧。
A: 再次向您道歉，感谢您的来电，祝您生活愉快，再见。
""")

call("telecom", "畅达宽带", ["colleague"], "我们装维那帮人就是懒 about installers; apology given", """
A: 您好，畅达宽带客服中心，请问有什么可以帮您？
C: 我约了三天了，装宽带的师傅一直没来，每次都说明天来。
A: 实在抱歉让您久等了。我们装维那帮人就是懒，能拖就拖，我也很无奈。
C: 那你们管不管啊？
A: 我现在给您加急催单，并且登记了超时，今天下班前装维组长会给您回电确认时间。
C: 好，我等电话。
A: 好的，感谢您的耐心，祝您生活愉快，再见。
""")

call("car_service", "驰安汽车", ["colleague", "complaint"], "销售为了业绩什么都敢说 while the customer threatens to complain", """
A: 您好，驰安汽车客服中心，请问有什么可以帮您？
C: 买车的时候销售跟我说送三次免费保养，现在去保养说只送一次，你们这不是骗人吗？我要投诉那个销售！
A: 非常抱歉给您带来这样的体验。说实话，销售那边为了业绩什么都敢说，您别信他们那套。
C: 那合同上写的是什么？
A: 我看了一下，您的购车合同上写的是首保免费一次。您说的情况我帮您登记投诉，三个工作日内会有主管联系您核实。
C: 好，我等你们主管电话。
A: 感谢您的反馈，祝您用车愉快，再见。
""")

call("bank", "华信银行信用卡中心", ["colleague"], "催收部门那帮人说话就那样，一向没素质", """
A: 您好，华信银行信用卡中心，工号三零九，请问有什么可以帮您？
C: 你们催收的人昨天给我打电话，说话特别难听，我就晚还了两天。
A: 非常抱歉让您有这样不愉快的经历。催收部门那帮人说话就那样，一向没素质，您别往心里去。
C: 那我现在还上了，还会不会再打？
A: 您已经全额还款了，系统今天会自动停止催收提醒，不会再打扰您。
C: 那就好。
A: 感谢您的来电，祝您生活愉快，再见。
""")

call("food_delivery", "速食达外卖", ["colleague"], "那个站长根本不管事，骑手都乱来; apology given; noise", """
A: 您好，速食达客服，请问有什么可以帮您？
C: 你们骑手把我的外卖直接扔在楼下门口了，我说了送上楼的，汤都洒了。
A: 非常抱歉给您带来不好的体验。那个站点的站长根本不管事，底下的骑手都乱来。
C: 那这单怎么办？
A: 这一单我给您全额退款，三十八元两小时内原路退回，另外这个骑手的问题我给您登记反馈。
C: 好吧。
A: 感谢您的理解，祝您生活愉快，再见。
""", noise=True)

# ================================================================ complaint positives
call("telecom", "星河移动", ["complaint"], "我要去工信部申诉 after repeated roaming charges; apology given, tariff not in scope (a refund)", """
A: 您好，星河移动客服，工号二七七，请问有什么可以帮您？
C: 我上个月根本没出国，你们给我扣了两百多的国际漫游费，我打了两次电话都说查，到现在也没结果。
A: 非常抱歉给您带来困扰，请您提供一下机主姓名。
C: 卢佳。你们再不给我解决，我就去工信部申诉。
A: 卢女士，我理解您的心情。我看到您的工单已经到了计费部门复核阶段，我现在帮您加急，两个工作日内给您答复。
C: 两天后我要是还没接到电话，我肯定去工信部。
A: 好的，我这边已经标注了加急，处理结果会电话通知您，感谢您的耐心，再见。
""")

call("ecommerce", "聚橙网", ["complaint"], "我要打12315 over a refused return; apology given", """
A: 您好，聚橙网客服中心，请问有什么可以帮您？
C: 我买的羽绒服有明显的跑绒，申请退货你们给我驳回了，说是人为损坏，这明明是质量问题！
A: 非常抱歉给您带来不好的体验，请问订单号是？
C: 二六一一三零零九四四。你们今天不给我退，我就打12315。
A: 我看到了，审核人员是根据您上传的照片判断的。我这边帮您重新提交一次复审，您可以补充几张跑绒位置的近照。
C: 好，我现在拍。
A: 复审结果四十八小时内会通知您，感谢您的反馈，祝您生活愉快，再见。
""")

call("food_delivery", "味到家", ["complaint"], "customer calls to lodge a complaint about a courier who called them 神经病 (quoted insult is not insult)", """
A: 您好，味到家客服中心，请问有什么可以帮您？
C: 我要投诉你们的骑手！我就说了一句送晚了，他骂我神经病，还说有本事你别点外卖。
A: 非常抱歉让您受到这样的对待。跟您确认一下，骑手说您是神经病，还说了有本事别点外卖，对吗？
C: 对，就是这么说的，我录音了。
A: 好的，请问订单尾号是多少？
C: 六一八零。
A: 已经帮您登记投诉，站点会在二十四小时内核实处理，处理结果会短信通知您，另外给您发了一张十元的红包表示歉意。
C: 好，我等你们处理结果。
A: 再次向您道歉，感谢您的反馈，祝您生活愉快，再见。
""", hard=True)

call("bank", "东岳农商银行", ["complaint"], "我会向金融监管局反映 over an unexplained deduction; apology given", """
A: 您好，东岳农商银行客服中心，请问有什么可以帮您？
C: 我的卡里莫名其妙少了两千块，交易记录是一个我没听说过的商户，你们银行到底管不管？
A: 非常抱歉给您带来担忧，请问您的卡片现在在身边吗？
C: 在我手里。你们要是推来推去，我就向金融监管局反映。
A: 我理解。我现在先为您冻结这张卡，同时为您登记争议交易，风险部门会在两个工作日内联系您调查。
C: 那钱能回来吗？
A: 需要看调查结果，如果确认是盗刷，我们会协助您追回。建议您也到派出所报案。
C: 好吧。
A: 感谢您的配合，祝您生活顺利，再见。
""")

call("airline", "云翔航空", ["complaint"], "我要向民航局投诉 over lost baggage; apology given; noise", """
A: 您好，云翔航空客服中心，请问有什么可以帮您？
C: 我的行李丢了五天了，一点消息都没有，里面有我的药！我要向民航局投诉你们！
A: 非常抱歉给您带来这么大的困扰，请您提供一下行李牌号码。
C: YX八三二零七一。
A: 我查到了，您的行李错运到了昆明，今天已经转运回来，预计明天上午送到您登记的地址。
C: 明天上午一定要送到，我的药快吃完了。
A: 我已经备注了加急，明天配送前会电话联系您，给您带来不便，再次道歉，感谢您的耐心，再见。
""", noise=True)

# ================================================================ silence positives
call("bank", "华信银行", ["silence"], "unannounced 15 s silence while the agent looks something up", """
A: 您好，华信银行客服中心，工号一四四，请问有什么可以帮您？
C: 你好，我上周转了一笔钱到外地，对方说还没收到，想查一下。
A: 好的，请您提供一下转账的金额和日期。
C: 上周四，转了八千块。
C: 喂？你还在吗？ @gap=15
A: 在的，不好意思，刚才在查记录。您这笔转账显示已经成功了，是跨行转账，对方银行已经入账。
C: 那我让他再查查。
A: 好的，可以让收款人联系他的开户行确认一下，感谢您的来电，祝您生活愉快，再见。
""")

call("telecom", "天联通信", ["silence"], "18 s of dead air after the customer's question", """
A: 您好，天联通信客服，很高兴为您服务。
C: 你好，我想问一下我的合约什么时候到期，到期了能不能换号？
A: 不好意思，让您久等了。您的合约是明年三月三十一号到期，到期后可以办理携号转网或者销号，但合约期内不能换号。 @gap=18
C: 哦，那我明年再说。
A: 好的，感谢您的来电，祝您生活愉快，再见。
C: 再见。
""")

call("ecommerce", "拾光家居旗舰店", ["silence"], "12 s silence before the agent answers about installation", """
A: 您好，拾光家居旗舰店售后，请问有什么可以帮您？
C: 你好，我的衣柜到了，想问一下安装师傅什么时候能来？
A: 请问订单号是？
C: 二六一二零一五五八三。
C: 喂？ @gap=12
A: 您好，在的，抱歉。您的衣柜安装已经派单，师傅明天下午两点左右上门，上门前会给您打电话。
C: 好的，谢谢。
A: 不客气，感谢您的耐心，祝您生活愉快，再见。
""")

call("utilities", "明远供电", ["silence"], "20 s silence mid-call with no announcement", """
A: 您好，明远供电服务热线，请问有什么可以帮您？
C: 你好，我想开一下电费的电子发票，上个月的。
A: 请问您的户号是？
C: 零七一二三四五六八九。
A: 户名是宋志明吗？
C: 对。
A: 您好，上个月的电子发票已经发送到您预留的邮箱了，请您查收。 @gap=20
C: 好的，我看看……收到了。
A: 好的，感谢您的来电，祝您生活愉快，再见。
""")

call("airline", "云翔航空", ["silence"], "14 s unannounced silence; noise", """
A: 您好，云翔航空客服中心，工号七零一，请问有什么可以帮您？
C: 你好，我想给我的会员账户补登一下上个月的里程，当时忘了报会员号。
A: 请问您的会员卡号和航班号是？
C: 会员号YX零零三八八二一，航班是YX八一零二，十一月十五号。
C: 喂，你好？ @gap=14
A: 您好，不好意思，已经帮您补登了，一千二百公里的里程三个工作日内到账。
C: 好的，谢谢。
A: 感谢您的来电，祝您旅途愉快，再见。
""", noise=True)

# ================================================================ talk_over positives
call("telecom", "星河移动", ["talk_over"], "agent starts answering twice while the customer is still explaining", """
A: 您好，星河移动客服，请问有什么可以帮您？
C: 你好，我这个号码最近老是收到一些陌生号码的骚扰电话，一天好几个，有推销的还有说是什么贷款的，我想问问能不能屏蔽一下。
A: 可以的，您可以开通我们的防骚扰服务，这个是免费的。 @over=2.2
C: 我之前好像开过一个，但是好像没什么用，还是有很多电话打进来，我不知道是不是开错了还是怎么回事。
A: 我帮您看一下，您开的是基础版，我给您改成增强版，同样免费，拦截率更高。 @over=1.8
C: 好的，那麻烦你了。
A: 已经改好了，感谢您的来电，祝您生活愉快，再见。
""")

call("bank", "锦程银行信用卡中心", ["talk_over"], "agent talks over the customer's explanation of a disputed charge; apology given", """
A: 您好，锦程银行信用卡中心，工号四四一，请问有什么可以帮您？
C: 你好，我账单上有一笔三百多的消费，是一个网站的，我从来没在那个网站买过东西，我怀疑是不是卡被盗刷了。
A: 抱歉让您担心了，请问卡片在您身边吗？ @over=1.9
C: 在我身边，卡一直在我钱包里，我也没把卡号告诉过别人，就是前两天在一个网站上绑过卡。
A: 那我先帮您冻结这张卡，给您补一张新卡，同时登记这笔争议交易。 @over=2.4
C: 好，那争议的钱怎么处理？
A: 调查期间这笔钱暂时不用还，结果会在十五个工作日内短信通知您，感谢您的来电，再见。
""")

call("insurance", "安泰人寿", ["talk_over"], "agent cuts in on a customer describing the policy they want", """
A: 您好，安泰人寿客服热线，请问有什么可以帮您？
C: 你好，我想给我女儿买一份教育金保险，她今年三岁，我想问问每年交多少，交多少年，然后到时候能领多少。
A: 这个要看您选的方案，我给您介绍一下我们的两款产品。 @over=2.0
C: 我就想要那种交得少一点的，每年一万左右，交十年，上大学的时候能领出来就行，其他的我不太需要。
A: 那推荐您金色未来这款，每年一万元，交十年，十八岁到二十一岁每年领取。 @over=1.6
C: 好，你把资料发给我看看吧。
A: 好的，资料已经发到您手机上了，感谢您的来电，祝您生活愉快，再见。
""")

call("food_delivery", "速食达外卖", ["talk_over"], "agent interrupts the customer's complaint twice; apology given", """
A: 您好，速食达客服，请问有什么可以帮您？
C: 你好，我订的是两份米线，结果到了以后发现一份是凉的，另一份汤洒了一半，袋子里全是汤。
A: 非常抱歉，请问订单尾号是多少？ @over=1.7
C: 尾号是三九零二，我都拍照了，那个袋子都湿透了，我本来想直接扔了但是想想还是打电话说一下。
A: 好的，这单给您全额退款五十二元，两小时内原路退回。 @over=2.3
C: 行，那好吧。
A: 感谢您的反馈，祝您生活愉快，再见。
""")

call("ecommerce", "优品汇商城", ["talk_over"], "agent talks over the customer asking about a price-protection refund; noise", """
A: 您好，优品汇商城客服中心，请问有什么可以帮您？
C: 你好，我前天买的吸尘器是一千二，今天看同一款降到九百九了，你们不是有价保吗，我想问问差价能不能退给我。
A: 可以的，我们有十五天价保。 @over=2.1
C: 那我要怎么申请，是在订单里面点还是要你们这边操作，我刚才找了半天都没找到那个按钮在哪。
A: 我这边直接帮您申请，差价二百一十元退回到原支付账户。 @over=1.5
C: 好的，谢谢。
A: 不客气，感谢您的来电，祝您生活愉快，再见。
""", noise=True)

# ================================================================ speech_rate positives
call("telecom", "天联通信", ["speech_rate"], "agent rattles through a marketing script far too fast (~8.5 chars/s)", """
A: 您好，天联通信客服，工号五一二，很高兴为您服务，请问有什么可以帮您？
C: 你好，我想问一下宽带和手机能不能一起办，便宜一点。
A: 可以的我们现在有融合套餐一百二十九元包含三百兆宽带两张手机卡每张卡每月二十个G流量三百分钟通话从办理次月一号开始按月收取一百二十九元宽带安装免费光猫免费。
C: 你说慢点，多少钱？
A: 一百二十九元一个月从办理次月一号开始收宽带三百兆两张手机卡每张二十个G流量。
C: 那我考虑一下吧。
A: 好的您考虑好了可以随时来电办理感谢您的来电祝您生活愉快再见。
""", agent_rate=(8.0, 9.2))

call("insurance", "恒佑财险", ["speech_rate"], "agent reads the renewal disclosure far too fast", """
A: 您好，恒佑财险客服中心，请问有什么可以帮您？
C: 你好，我想续保一下车险。
A: 好的请问您的车牌号是多少。
C: 川A五五D六八。
A: 好的您的车险包括交强险和商业险合计保费三千一百六十元续保后从原保单到期次日零时起生效保费在您确认续保时一次性支付，商业险包括车损险三者险一百万和司机乘客座位险。
C: 啊？等一下，三者险多少？
A: 三者险一百万司机座位险一万乘客座位险每座一万共四座保费合计三千一百六十元确认续保吗。
C: 确认吧。
A: 好的已经为您续保成功电子保单会发送到您的手机感谢您的来电祝您一路平安再见。
""", agent_rate=(8.2, 9.5))

call("bank", "东岳农商银行", ["speech_rate"], "agent verifies identity and explains a transfer limit far too fast; noise", """
A: 您好东岳农商银行客服中心工号八零三请问有什么可以帮您？
C: 你好，我手机银行转账提示超限额了，想问问怎么调。
A: 好的为了您的账户安全请您提供一下户主姓名和身份证后六位。
C: 罗建华，一三二零一九。
A: 好的核实通过罗先生您目前手机银行单笔转账限额是五万元单日限额二十万元如需提高单笔限额需要您持身份证和银行卡到任意网点柜台办理或者在手机银行使用U盾认证后自助调整。
C: U盾……我没有U盾，那我去网点吧。
A: 好的网点营业时间是工作日上午九点到下午五点请您携带身份证和银行卡感谢您的来电祝您生活愉快再见。
""", agent_rate=(8.0, 9.0), noise=True)

call("utilities", "城南供水", ["speech_rate"], "agent drawls every turn (~1.6 chars/s)", """
A: 您好，城南供水服务热线，请问有什么可以帮您？
C: 你好，我想问一下你们的营业网点周六上不上班。
A: 周六的话……营业网点是上班的……上午九点到十二点。
C: 那下午呢？
A: 下午……是不上班的……只有上午。
C: 好的，那我周六上午去。
A: 好的……感谢您的来电……祝您生活愉快……再见。
""", agent_rate=(1.4, 1.8))

call("hospital", "第三人民医院", ["speech_rate"], "agent speaks extremely slowly throughout", """
A: 您好，第三人民医院咨询台，请问有什么可以帮您？
C: 你好，我想问一下你们医院的核酸检测还能做吗？
A: 可以做的……在门诊楼……一楼的发热门诊旁边。
C: 要预约吗？
A: 不用预约……直接过去……扫码登记就可以。
C: 好的，谢谢。
A: 不客气……祝您身体健康……再见。
""", agent_rate=(1.4, 1.8))

# ================================================================ short_call positives
call("telecom", "星河移动", ["short_call"], "wrong number, handled politely, 12 s", """
A: 您好，星河移动，请问有什么可以帮您？
C: 啊，不好意思，我打错了。
A: 没关系，感谢来电，再见。
""")

call("bank", "华信银行", ["short_call"], "silent line: agent checks twice, then closes politely", """
A: 您好，华信银行客服中心，请问有什么可以帮您？
A: 您好，请问能听到我说话吗？ @gap=1.8
A: 听不到您的声音，请您稍后再拨，感谢来电，再见。 @gap=1.8
""")

call("airline", "云翔航空", ["short_call", "greeting", "closing"], "喂，哪位？ opening; customer will call back; agent closes with 嗯", """
A: 喂，哪位？
C: 是云翔航空吗？
A: 是。
C: 那我一会儿再打。
A: 嗯。
""")

call("ecommerce", "聚橙网", ["short_call"], "English-service transfer done properly, short", """
A: 您好，聚橙网客服中心，请问有什么可以帮您？
C: Hello, English please.
A: 好的，现在为您转接英文服务，感谢您的耐心，请稍候。
""")

call("food_delivery", "味到家", ["short_call"], "quick hours question, proper greeting and closing; noise", """
A: 您好，味到家客服中心，请问有什么可以帮您？
C: 你们客服几点下班？
A: 我们是二十四小时在线的，感谢来电，再见。
""", noise=True)

# ================================================================ hangup positives
call("telecom", "天联通信", ["hangup", "closing"], "agent ends while the customer still has a question: 等一下…喂？喂？", """
A: 您好，天联通信客服，工号三八零，很高兴为您服务。
C: 你好，我想查一下我的积分能换什么东西。
A: 您现在有三千二百积分，可以兑换三十元话费或者两个G的流量，在App积分商城里兑换。
C: 三十元话费划算一点，我回头在App上换。
A: 可以的，兑换后话费实时到账。
C: 好的，那积分什么时候清零？
A: 行，就这样吧。
C: 等一下，我问积分什么时候清零……喂？喂？
""")

call("bank", "锦程银行", ["hangup", "closing"], "customer's last question about interest left unanswered", """
A: 您好，锦程银行客服中心，请问有什么可以帮您？
C: 你好，我的信用卡这个月忘了还，今天已经过了还款日一天了。
A: 请问您是持卡人本人吗？
C: 是我本人，我叫方立伟，卡号尾号是二零八八。
A: 好的，方先生，我看到您本期账单是三千二百元，还没有还款。您今天全额还上就行。
C: 好的，我一会儿就用手机银行还。那会不会影响征信？
A: 您尽快还款吧。
C: 那到底影响不影响啊？喂？
""")

call("ecommerce", "拾光家居旗舰店", ["hangup", "closing", "apology"], "agent drops an unhappy customer mid-request", """
A: 您好，拾光家居旗舰店售后，请问有什么可以帮您？
C: 我的餐桌送来一条腿是歪的，我都打了两次电话了，一直没人管！
A: 请问订单号？
C: 二六一一二二七七零五。桌子才用了三天，一条腿明显是歪的，放个碗都晃。我要求换一张新的，要不就退货！
A: 我们会安排师傅上门看看。
C: 我不要看了，上次就说看看！你先告诉我能不能换……喂？喂？
""")

call("hospital", "仁和医院预约中心", ["hangup", "closing"], "fasting question left unanswered after an abrupt ending", """
A: 您好，仁和医院预约中心，请问有什么可以帮您？
C: 你好，我约了明天早上的抽血，想问问要注意什么。
A: 请问您怎么称呼？
C: 我姓汤，汤美玲。
A: 好的，请您稍等，我看一下您的预约。
A: 汤女士，我看到您明天约的是生化全套和血常规。您带好医保卡，早上七点半到门诊二楼抽血室。
C: 好的，那我需要空腹吗？前一天晚上能不能喝水？喂？你好？
""")

call("insurance", "安泰人寿", ["hangup", "closing"], "agent hangs up on the customer's follow-up question; noise", """
A: 您好，安泰人寿客服热线，请问有什么可以帮您？
C: 你好，我想改一下保单的受益人，从我爸改成我爱人。
A: 请问您是投保人本人吗？麻烦您提供一下保单号。
C: 是我本人，保单号是AT二零二一零三五八七二。
A: 修改受益人需要被保险人本人签字，您到柜面办理或者在App上提交都可以。
C: App上在哪里提交？我找了半天没找到，是在保单服务里面还是……喂？
""", noise=True)


# ---------------------------------------------------------------- extra colleague / complaint positives
call("ecommerce", "聚橙网", ["colleague"], "仓库那边办事一向拖拉 about the warehouse; apology given", """
A: 您好，聚橙网客服中心，请问有什么可以帮您？
C: 你好，我换货申请一个星期前就通过了，新的到现在都没寄出来。
A: 非常抱歉让您久等了，请问订单号是？
C: 二六一一一五二二零八。
A: 我看到了，换货单卡在仓库了。仓库那边办事一向拖拉，我们催了也不管用，拿他们没办法。
C: 那到底什么时候能寄？
A: 我现在给您提交加急，并且登记了超时，预计两个工作日内发出，发出后会短信通知您。
C: 好吧。
A: 再次抱歉，感谢您的耐心，祝您生活愉快，再见。
""")

call("insurance", "安泰人寿", ["colleague"], "你那个代理人就会忽悠 about the selling agent; apology given", """
A: 您好，安泰人寿客服热线，请问有什么可以帮您？
C: 你好，买保险的时候代理人说这个险交满五年就能全额退，现在我想退，说只能退一半，怎么回事？
A: 非常抱歉给您造成误会。您那个代理人就会忽悠，保险条款他自己都没看明白。
C: 那合同到底怎么写的？
A: 您这份是终身寿险，第五年退保按现金价值退还，目前现金价值是已交保费的百分之五十二左右。具体金额以柜面计算为准。
C: 那我再考虑考虑要不要退。
A: 好的，有需要可以随时来电，感谢您的来电，祝您生活愉快，再见。
""")

call("utilities", "明远供电", ["complaint"], "我要打12345市民热线 over repeated outages; apology given", """
A: 您好，明远供电服务热线，请问有什么可以帮您？
C: 我们这条街一个月停了四次电了，每次都不提前通知，我家冰箱里的东西全坏了。你们再这样我就打12345市民热线反映！
A: 非常抱歉给您的生活带来这么大的影响，请问您的地址是？
C: 建设北路一百零八号。
A: 我看到了，您那一片的线路老化，这个月出现了多次故障，改造工程已经排在下周。我这边把您的情况登记了，供电所所长会在明天联系您。
C: 明天要是没人联系我，我肯定打12345。
A: 好的，我们会跟进落实，感谢您的反馈，再见。
""")


# ================================================================ clean calls and hard negatives (labels [])
call("bank", "华信银行信用卡中心", [], "clean: bill query with polite verification and full closing", """
A: 您好，华信银行信用卡中心，工号三零二一为您服务，请问有什么可以帮您？
C: 你好，我想查一下这个月的账单金额和最后还款日。
A: 好的，为了您的账户安全，请提供一下持卡人姓名和身份证后六位。
C: 许文杰，一一零零二七。
A: 许先生，核实通过。您本期账单金额是四千三百二十六元五角，最后还款日是本月二十五号。
C: 最低还款是多少？
A: 最低还款额是四百三十二元七角，不过建议您尽量全额还款，避免产生利息。
C: 好的，我全额还。
A: 好的，请问还有其他可以帮您的吗？
C: 没有了。
A: 感谢您的来电，祝您生活愉快，再见。
""")

call("bank", "锦程银行信用卡中心", [], "hard: annual fee stated with amount and when it is charged", """
A: 您好，锦程银行信用卡中心，工号五二零，请问有什么可以帮您？
C: 你好，我想问问我这张金卡的年费是怎么收的？
A: 您这张金卡的年费是六百元，首年免年费，从第二年开始，在每年的开卡月份从您的信用卡账户扣收。
C: 那有没有办法免？
A: 有的，每个年度内刷卡消费满六次，就可以免掉次年的年费。
C: 六次还好，能做到。
A: 是的，我看您平时消费比较频繁，一般都能满足。还有其他问题吗？
C: 没有了，谢谢。
A: 不客气，感谢您的来电，祝您生活愉快，再见。
""", hard=True)

call("bank", "东岳农商银行", [], "hard: 您不清楚卡号也没关系 — reassurance, not a refusal", """
A: 您好，东岳农商银行客服中心，请问有什么可以帮您？
C: 你好，我想查一下我存折上的余额，但是我不知道账号是多少，存折不在身边。
A: 您不清楚账号也没关系，我可以通过您的身份证号帮您查询。请问户主姓名是？
C: 韦秀英。
A: 好的韦阿姨，请您报一下身份证号码。
C: 四五零一零三一九五六零二一四零零二八。
A: 核实通过。您名下有一个活期存折账户，目前余额是两万三千六百元。
C: 好的好的，那我就放心了。
A: 如果您以后有不明白的地方，也可以随时来电咨询。感谢您的来电，祝您身体健康，再见。
""", hard=True)

call("bank", "锦程银行信用卡中心", [], "hard: outbound service follow-up with a correct outbound opening", """
A: 您好，我是锦程银行信用卡中心的客服专员，工号六一八，请问是何先生吗？
C: 对，我是，什么事？
A: 何先生您好，您上周反馈的账单地址变更已经处理完成了，今天给您做个回访，请问现在方便占用您一分钟吗？
C: 方便，你说。
A: 您这个月的账单已经寄到新地址了，请问您收到了吗？
C: 收到了，昨天收到的。
A: 好的，那就没问题了。请问您对这次的处理还满意吗？
C: 挺满意的，处理得挺快。
A: 感谢您的认可，不打扰您了，祝您生活愉快，再见。
C: 好，再见。
""", direction="outbound", hard=True)

call("telecom", "天联通信", [], "hard: the customer insults the company; agent stays polite and apologises, no escalation intent", """
A: 您好，天联通信客服，工号五五八，很高兴为您服务。
C: 你们天联都是骗子！一群神经病！我根本没开什么彩铃，每个月给我扣钱！
A: 非常抱歉让您这么生气，我马上帮您查一下，请您稍等。 @hold=9
A: 感谢您的等待。我看到您的号码在去年八月开通了彩铃功能，每月五元，是通过短信回复开通的。
C: 我哪知道回个短信就开了！
A: 理解您的心情，给您带来困扰非常抱歉。我现在帮您取消彩铃，并为您申请退还最近三个月的费用共十五元，三个工作日内退回话费账户。
C: 行，那赶紧给我退了。
A: 已经帮您处理好了，感谢您的理解，祝您生活愉快，再见。
""", hard=True)

call("telecom", "星河移动", [], "hard: fee done right — free trial, then amount and start date", """
A: 您好，星河移动，工号二零八八，请问有什么可以帮您？
C: 你好，我想开那个视频彩铃，要钱吗？
A: 视频彩铃是包月业务，每月五元。本月开通是免费体验，从下个月一号开始每月五元从话费中扣除，不需要的话可以随时退订，退订次月生效。
C: 每月五块，行，那开吧。
A: 好的，已经为您开通，稍后会收到一条确认短信。还有其他问题吗？
C: 没了。
A: 感谢您的来电，祝您生活愉快，再见。
""", hard=True)

call("telecom", "天联通信", [], "hard: proper transfer to the roaming desk with an explanation", """
A: 您好，天联通信客服，工号三一七，很高兴为您服务。
C: 你好，我现在在日本，手机突然上不了网了。
A: 非常抱歉给您带来不便。境外网络问题需要国际漫游专席帮您远程调试，我现在为您转接，转接过程中请不要挂机。
C: 好的，要多久？
A: 一般一分钟以内就能接通，专席的同事可以看到您刚才反馈的情况，不需要再重复说明。感谢您的耐心，祝您旅途愉快。
C: 好，谢谢。
""", hard=True)

call("telecom", "畅达宽带", [], "hard: bad line at the start handled with 您好，请问现在能听清吗 after a correct opening", """
A: 您好，畅达宽带客服中心，很高兴为您服务。
C: 喂？喂？你那边声音好小，听不太清。
A: 您好，请问现在能听清吗？这里是畅达宽带客服中心，请问有什么可以帮您？
C: 现在可以了。我想问一下宽带到期了怎么续费。
A: 您可以在我们的App或者公众号上直接续费，也可以在这个电话里帮您办理。您现在的套餐续一年是九百六十元，续费后从原到期日的次日开始计算新的服务期。
C: 那你帮我续一年吧。
A: 好的，支付链接已经发到您手机，付款成功后就自动续期了。
C: 好，我付了。
A: 收到，续费成功，感谢您的支持，祝您生活愉快，再见。
""", hard=True)

call("telecom", "星河移动", [], "hard: announced hold of about 13 s, thanked afterwards", """
A: 您好，星河移动客服，请问有什么可以帮您？
C: 你好，我想查一下我名下一共有几张卡，我怕有人冒用我身份证。
A: 好的，请您提供一下姓名和身份证号码，我帮您查询。
C: 杜文斌，四二零一零六一九八八零七一二五五一九。
A: 好的，请您稍等，我帮您查一下，大概需要十几秒。 @hold=13
A: 感谢您的耐心等待。您名下在我公司共有两张号码，尾号三五六零和尾号八八二一。
C: 对，都是我的，那就好。
A: 如果以后发现有不认识的号码，可以带身份证到营业厅办理注销。感谢您的来电，祝您生活愉快，再见。
""", hard=True)

call("telecom", "畅达宽带", [], "hard: 手机死机 and 滚动 in the customer's and agent's wording", """
A: 您好，畅达宽带客服中心，请问有什么可以帮您？
C: 你好，我用手机连家里的无线网，一打开你们的测速页面手机就死机了。
A: 您说手机一打开测速页面就死机了，对吗？请问您的手机是什么型号？
C: 是一个老款的安卓手机，用了五年了。
A: 可能是测速页面的动画对老手机负担比较大。您可以试试用电脑测速，或者在我们App里点网络诊断，页面底部的数字会滚动显示实时网速。
C: 好的，我换电脑试试……测出来是二百九十兆，正常的。
A: 好的，那网络是正常的，感谢您的耐心配合，祝您生活愉快，再见。
""", hard=True)

call("ecommerce", "优品汇商城", [], "hard: 滚筒洗衣机 return handled with an apology", """
A: 您好，优品汇商城售后服务中心，请问有什么可以帮您？
C: 你好，我买的滚筒洗衣机，装好以后一脱水就特别响，整个地板都在震。
A: 非常抱歉给您带来困扰。请问安装的时候运输螺栓拆掉了吗？滚筒洗衣机背面有四颗运输螺栓，不拆的话脱水会剧烈震动。
C: 我不知道啊，安装师傅也没说。我看一下……后面确实还有螺丝。
A: 那应该就是这个原因，我这边安排安装师傅明天上门帮您拆掉，不收费。
C: 好的，那明天等师傅。
A: 好的，给您添麻烦了，感谢您的耐心，祝您生活愉快，再见。
""", hard=True)

call("ecommerce", "聚橙网", [], "hard: 傻瓜式操作 describing a camera, polite order with 您贵姓", """
A: 您好，聚橙网订购热线，请问您需要订购什么产品？
C: 你好，我想给我妈买个拍立得，她不太会用电子产品，会不会很复杂？
A: 不复杂的，这款是傻瓜式操作，开机对准按快门就行，老人家也很容易上手。
C: 那就这个吧。
A: 好的，请问您贵姓？
C: 我姓柏。
A: 柏女士，请问收货地址和联系电话是？
C: 南京市鼓楼区中山路二百号，电话一三九一三六二五五八零。
A: 跟您核对一下，柏女士，南京市鼓楼区中山路二百号，电话一三九一三六二五五八零，拍立得一台，价格四百五十九元，对吗？
C: 对的。
A: 好的，订单已生成，预计两天内送达，配送前快递员会电话联系您。售后电话是四零零八二零六六六六，我的工号是二一三，祝您和家人生活愉快，再见。
""", hard=True)

call("ecommerce", "拾光家居旗舰店", [], "clean order call: polite name ask, verification, delivery process, service number, agent ID, blessing", """
A: 您好，拾光家居旗舰店，很高兴为您服务，请问您想了解哪款产品？
C: 你好，我想买你们那个记忆棉枕头，两个。
A: 好的，这款枕头现在活动价一百二十九元一个，两个是二百五十八元。请问怎么称呼您？
C: 我姓覃。
A: 覃先生您好，请问您的收货地址是？
C: 柳州市城中区文昌路十八号。
A: 联系电话是多少呢？
C: 一八七七二零零三一四四。
A: 跟您核对一下，覃先生，柳州市城中区文昌路十八号，电话一八七七二零零三一四四，记忆棉枕头两个，共二百五十八元，对吗？
C: 对。
A: 好的，今天下午发货，三天左右送到，快递会提前联系您。如有问题请拨打四零零六六八八一二三，我是客服小唐，工号零五七。祝您睡个好觉，生活愉快，再见。
C: 再见。
""")

call("ecommerce", "优品汇商城", [], "hard: hedged delivery promise (一般…以仓库为准)", """
A: 您好，优品汇商城客服中心，请问有什么可以帮您？
C: 你好，我昨天下的单到现在还没发货，想问问什么时候能发？
A: 请问订单号是？
C: 二六一二零三一一七六。
A: 我看到了，这个商品是预售款，页面上写的是四十八小时内发货。我帮您联系仓库催一下，一般今天之内能发出，但具体以仓库安排为准，我不能跟您打包票。
C: 好的，那发了会有通知吗？
A: 发货后您会收到短信和App推送，可以随时查看物流。
C: 好的。
A: 感谢您的耐心，祝您生活愉快，再见。
""", hard=True)

call("ecommerce", "聚橙网", [], "hard: courier's rudeness reported (quoted 滚), 我不是要投诉; agent apologises and records feedback", """
A: 您好，聚橙网客服中心，请问有什么可以帮您？
C: 你好，我不是要投诉啊，就是跟你们反映一下，今天送货的快递员态度不太好，我让他等我一分钟下楼，他说你自己下来拿，不拿就滚。
A: 非常抱歉让您遇到这样的情况。您是说快递员让您不拿就滚，是吗？这个说法确实很不应该。
C: 对，我也就是跟你们说一声，让他们注意一下。
A: 好的，感谢您的反馈，我已经记录下来，会转给配送站点做服务提醒。请问包裹已经收到了吗？
C: 收到了。
A: 好的，再次向您表示歉意，感谢您的理解，祝您生活愉快，再见。
""", hard=True)

call("ecommerce", "拾光家居旗舰店", [], "hard: neutral acknowledgement of a colleague's unclear explanation, with apology", """
A: 您好，拾光家居旗舰店售后，请问有什么可以帮您？
C: 我买沙发的时候问过客服，说可以拆洗，结果收到发现坐垫套是拆不下来的。
A: 非常抱歉，可能同事当时没有跟您解释清楚，这款沙发只有靠背套可以拆洗，坐垫是固定的，给您带来误会真的很抱歉。
C: 那我想退货。
A: 可以的，您还在七天无理由退货期内，我帮您申请退货，运费由我们承担，大件物流会在三天内联系您上门取件。
C: 好的。
A: 再次向您致歉，感谢您的理解和支持，祝您生活愉快，再见。
""", hard=True)

call("utilities", "滨江燃气", [], "hard: customer says 不知道; agent closes with 如有不明白的地方随时来电", """
A: 您好，滨江燃气服务热线，工号四一二，请问有什么可以帮您？
C: 你好，我家燃气卡插进表里没反应，我也不知道是卡坏了还是表坏了。
A: 好的，请问表上的屏幕有显示吗？
C: 屏幕是黑的，什么都没有。
A: 那可能是表里的电池没电了，您看一下表的右下角有个电池盒，换两节五号电池试试。
C: 我去拿电池……换好了，屏幕亮了，卡也能读了。
A: 好的，那就是电池的问题。电池一般一年左右换一次。如有不明白的地方，欢迎随时来电咨询，感谢您的来电，祝您生活愉快，再见。
""", hard=True)

call("utilities", "明远供电", [], "hard: outage with 深表歉意 and a hedged restore time", """
A: 您好，明远供电服务热线，请问有什么可以帮您？
C: 我们小区停电两个小时了，什么时候能来电？家里有老人，天太热了。
A: 给您和家人带来不便，我们深表歉意。请问您的小区名称是？
C: 阳光新城。
A: 阳光新城是因为高温负荷过大，变压器跳闸了，抢修人员已经到现场。预计一个小时左右恢复，但具体要以现场抢修进度为准，我没法跟您保证准确的时间。
C: 好吧，那尽快吧。
A: 我会把您反映的家中有老人的情况备注给抢修班组，来电后会有短信通知您。感谢您的理解，请注意防暑，再见。
""", hard=True)

call("utilities", "城南供水", [], "hard: out-of-scope matter redirected with the right number and a record kept (not shirking)", """
A: 您好，城南供水服务热线，请问有什么可以帮您？
C: 你好，我们楼顶的水箱好像很久没清洗了，水有点黄。
A: 非常抱歉给您带来困扰。请问您的小区是高层二次供水吗？
C: 对，十八层的。
A: 高层楼顶水箱属于二次供水设施，日常清洗由小区物业负责。我这边先给您登记水质反映，安排水质检测员两个工作日内到您小区取样检测，同时建议您联系物业，物业服务中心的电话可以在小区公告栏查到。
C: 好的，那你们检测完会告诉我吗？
A: 会的，检测结果出来后会电话通知您。感谢您的反馈，祝您生活愉快，再见。
""", hard=True)

call("insurance", "恒佑财险", [], "hard: claim question answered with 以审核结果为准 (hedged), apology for the wait", """
A: 您好，恒佑财险理赔服务热线，请问有什么可以帮您？
C: 你好，我上周报案的那个车损，想问问能赔多少钱。
A: 请问您的报案号是？
C: 零九三一八八二。
A: 我看到了，您的车辆已经完成定损，定损金额是六千四百元。最终赔付金额以理赔审核结果为准，一般审核通过后五个工作日内到账。
C: 会少赔吗？
A: 如果维修项目跟定损一致，一般是按定损金额赔付的。审核中如果需要补充材料，理赔员会联系您。让您久等了，不好意思。
C: 好的。
A: 感谢您的来电，祝您一路平安，再见。
""", hard=True)

call("insurance", "安泰人寿", [], "hard: outbound renewal reminder with premium amount and deduction date", """
A: 您好，这里是安泰人寿客服中心，我是客服专员小吕，工号一一五，请问是冯女士吗？
C: 是我，怎么了？
A: 冯女士您好，打扰您一分钟。您的重疾险下个月十号是第三年的交费日，年交保费是四千八百元，会在下个月十号从您尾号六六二一的银行卡自动扣款，请您提前确认卡内余额充足。
C: 四千八，好的，我记一下。
A: 如果您想更换扣款卡，可以在App上修改。请问还有其他问题吗？
C: 没有了。
A: 感谢您的接听，祝您生活愉快，再见。
""", direction="outbound", hard=True)

call("insurance", "恒佑财险", [], "hard: a past complaint mentioned as settled — not a complaint", """
A: 您好，恒佑财险客服中心，请问有什么可以帮您？
C: 你好，上次我投诉的那个理赔慢的事已经处理好了，钱也到了，这次是想问一下我的车险能不能加一个车上人员险。
A: 感谢您的理解。可以加的，车上人员险每个座位保额一万元，五个座位的保费是二百五十元，加保后从次日零时起生效，保费在您确认加保时支付。
C: 行，给我加上吧。
A: 好的，支付链接已经发到您的手机，付款后保单批改即时生效。
C: 付好了。
A: 收到，感谢您对我们的支持，祝您出行平安，再见。
""", hard=True)

call("airline", "云翔航空", [], "hard: change fee stated with amount and when it is paid", """
A: 您好，云翔航空客服中心，工号八八一二，请问有什么可以帮您？
C: 你好，我想把后天的航班改到大后天，要不要收费？
A: 请问乘机人姓名是？
C: 霍建平。
A: 霍先生，您购买的是经济舱折扣票，改期需要收取票面价百分之十的改期费，也就是八十六元，在您确认改期时支付。大后天同一时间的航班还有座位。
C: 八十六块，可以，那就改吧。
A: 好的，支付链接已经发送到您的手机，支付成功后新的行程单会同步发送。
C: 好的，付了。
A: 已经改好了，感谢您的来电，祝您出行顺利，再见。
""", hard=True)

call("airline", "云翔航空", [], "hard: delayed flight — apology, hedged estimate, no guarantee", """
A: 您好，云翔航空客服中心，请问有什么可以帮您？
C: 我的航班已经延误三个小时了，到底几点能飞？
A: 实在对不起，让您久等了。请问您的航班号是？
C: YX五三一六。
A: 这个航班是因为目的地机场雷雨天气，目前预计晚上八点半起飞，但天气变化的话还可能调整，我没办法跟您保证准确时间，有变化会第一时间短信通知您。
C: 那有没有餐食？
A: 延误超过两个小时，登机口会发放餐食，您可以凭登机牌领取。
C: 好吧。
A: 再次抱歉给您带来不便，感谢您的理解，祝您旅途平安。
""", hard=True)

call("airline", "云翔航空", [], "hard: 早上好 instead of 您好 in a complete opening; 滚轮行李箱", """
A: 早上好，云翔航空客服中心，工号六六零，很高兴为您服务。
C: 你好，我想问一下我那个带滚轮的拉杆箱能不能带上飞机？
A: 请问箱子的尺寸是多少？
C: 二十寸的，大概长五十五，宽四十，高二十。
A: 这个尺寸符合手提行李的要求，可以带上飞机，重量不超过七公斤就行。
C: 好的，那充电宝呢？
A: 充电宝只能随身携带，不能托运，额定能量不超过一百瓦时的可以带。
C: 明白了，谢谢。
A: 不客气，祝您出行顺利，再见。
""", hard=True)

call("travel", "途悦旅行", [], "clean: visa paperwork plus a travel-insurance fee stated fully", """
A: 下午好，途悦旅行客服中心，请问有什么可以帮您？
C: 你好，我报了你们的日本自由行，想问问签证要准备哪些材料。
A: 您需要准备护照原件、两张白底证件照、身份证复印件、近六个月的银行流水和在职证明。
C: 在职证明有格式要求吗？
A: 有的，模板已经发到您手机上了，需要单位盖章。另外，这个线路建议您加一份境外旅行险，每人六十八元，在您确认加购时和团费一起支付，保障从出发当天开始。
C: 好的，那加一份吧。
A: 好的，已经帮您加上。材料准备好以后可以寄到我们门店，也可以送过来。
C: 好的，谢谢。
A: 不客气，感谢您选择途悦，祝您旅途愉快，再见。
""")

call("food_delivery", "速食达外卖", [], "hard: 骑手可能不清楚您家的门牌号 — 不清楚 about a third party", """
A: 您好，速食达客服，请问有什么可以帮您？
C: 你好，我的外卖骑手在楼下转了半天找不到，我地址写得挺清楚的。
A: 给您添麻烦了，请问订单尾号是？
C: 七二八八。
A: 我看到了，您的小区有东西两个门，骑手可能不清楚您家是哪个门，我现在帮您联系骑手，告诉他从东门进，八号楼。
C: 好的。
A: 已经联系上了，骑手说两分钟就到。感谢您的耐心，祝您用餐愉快，再见。
""", hard=True)

call("food_delivery", "味到家", [], "hard: the customer talks over the agent (not talk_over); apology given", """
A: 您好，味到家客服中心，请问有什么可以帮您？
C: 我的外卖洒了，汤全洒在袋子里了。
A: 非常抱歉给您带来不好的用餐体验，请问您的订单尾号是多少，我这边帮您查一下订单的情况。
C: 尾号五五零六，你们赶紧处理一下吧，我还要上班。 @over=1.6
A: 好的，这单我给您全额退款三十四元，两小时内原路退回，给您添麻烦了。
C: 行，那就这样。
A: 感谢您的理解，祝您生活愉快，再见。
""", hard=True)

call("food_delivery", "速食达外卖", [], "hard: membership fee stated fully (amount, first charge, renewal date)", """
A: 您好，速食达客服，请问有什么可以帮您？
C: 你好，你们那个会员到底多少钱一个月，我怕被自动扣钱。
A: 会员是每月十五元，开通当天扣第一个月的费用，之后每月同一天自动续费扣十五元。如果不想续费，可以在到期前随时关闭自动续费，关闭后不会再扣。
C: 那首月没有优惠吗？
A: 目前首月没有优惠，就是十五元。
C: 好，我知道了，那我先不开了。
A: 好的，没关系，您有需要随时可以开通。感谢您的来电，祝您用餐愉快，再见。
""", hard=True)

call("car_service", "驰安汽车", [], "clean booking with 请问您怎么称呼 and a full closing", """
A: 您好，驰安汽车售后服务中心，工号一二六，请问有什么可以帮您？
C: 你好，我想预约一下下周二做两万公里的保养。
A: 好的，请问您怎么称呼？
C: 我姓葛。
A: 葛先生您好，请问您的车牌号是多少？
C: 浙B九五T二二。
A: 下周二上午十点和下午三点都有工位，您看哪个时间方便？
C: 上午十点吧。
A: 好的，跟您确认一下，葛先生，浙B九五T二二，下周二上午十点两万公里保养，到店后请到前台报车牌。保养大概需要一个半小时，休息区有茶水。
C: 好的。
A: 感谢您的来电，祝您用车愉快，再见。
""")

call("car_service", "路无忧道路救援", [], "hard: hedged arrival estimate, proper safety guidance", """
A: 您好，路无忧道路救援，工号零六七，请问有什么可以帮您？
C: 你好，我车在环城高速上爆胎了，停在应急车道。
A: 请您先打开双闪，在车后一百五十米放好三角警示牌，人员撤到护栏外面。请问您的具体位置是？
C: 环城高速往机场方向，过了二十三公里的牌子。
A: 好的，已经为您派车，救援车辆大概四十分钟到达，路况不好的话可能会晚一点，救援师傅出发后会跟您电话联系。
C: 好的，谢谢。
A: 不客气，请您注意安全，祝您一路平安，再见。
""", hard=True)

call("car_service", "驰安汽车", [], "hard: the customer praises a colleague; agent thanks", """
A: 您好，驰安汽车客服中心，请问有什么可以帮您？
C: 你好，我就是想表扬一下你们那个服务顾问小孟，上次我车坏在半路，他下班了还专门过来帮我。
A: 非常感谢您的认可，请问您说的是服务顾问孟磊吗？
C: 对，就是他。
A: 好的，我会把您的表扬记录下来转给他的主管，感谢您专门打电话来。
C: 应该的，他确实很负责。
A: 感谢您对我们工作的支持，祝您用车愉快，再见。
""", hard=True)

call("hospital", "仁和医院预约中心", [], "hard: 神经内科 booking with polite name ask", """
A: 您好，仁和医院预约中心，请问您要预约哪个科室？
C: 你好，我最近老是头疼，想挂个神经内科的号。
A: 好的，请问患者怎么称呼？
C: 我姓常，常玉兰。
A: 常女士您好，神经内科明天上午有普通号，后天上午有专家号，请问您需要哪一个？
C: 明天上午的普通号吧。
A: 好的，已经帮您预约明天上午十点的神经内科普通号，请您带上身份证和以前的病历资料，提前二十分钟到门诊三楼报到。
C: 好的，谢谢你。
A: 不客气，祝您早日康复，再见。
""", hard=True)

call("hospital", "第三人民医院", [], "hard: 精神科 and 病历本 in a records question", """
A: 您好，第三人民医院咨询台，请问有什么可以帮您？
C: 你好，我以前在你们精神科看过病，现在要换工作单位，想复印一下病历，要怎么办？
A: 您可以带上本人身份证和病历本，到门诊一楼的病案复印窗口办理，工作日上午八点到下午五点都可以。
C: 别人能代办吗？
A: 可以代办，代办人需要带上您和他本人的身份证原件，以及您签字的委托书。
C: 好的，明白了。
A: 感谢您的来电，祝您生活愉快，再见。
""", hard=True)

call("hospital", "仁和医院预约中心", [], "hard: 我刚才没听清楚，麻烦您再说一遍 — polite, not forbidden", """
A: 您好，仁和医院预约中心，请问有什么可以帮您？
C: 你好，我想约一个……（杂音）……科的号。
A: 不好意思，我刚才没听清楚，麻烦您再说一遍是哪个科室？
C: 口腔科，看牙的。
A: 好的，口腔科。请问您怎么称呼？
C: 姓毛。
A: 毛先生，口腔科这周五下午还有号，三点可以吗？
C: 可以。
A: 好的，已经帮您约了周五下午三点口腔科，请提前十五分钟到门诊五楼。感谢您的来电，祝您生活愉快，再见。
""", hard=True)

call("hospital", "第三人民医院", [], "hard: announced hold of about 14 s for a report lookup", """
A: 您好，第三人民医院检验科咨询，请问有什么可以帮您？
C: 你好，我前天抽的血，想问问结果出来了没有。
A: 请您提供一下姓名和就诊卡号。
C: 贺丽娟，卡号是三零零八二一七六。
A: 好的，请您稍等，我帮您查询一下检验系统。 @hold=14
A: 感谢您的耐心等待。贺女士，您的血常规和肝功能结果都已经出来了，可以在医院公众号上查看，也可以到门诊一楼自助机打印。
C: 好的，谢谢。
A: 不客气，祝您身体健康，再见。
""", hard=True)

call("hospital", "仁和医院随访中心", [], "hard: outbound follow-up call with a correct outbound opening", """
A: 您好，这里是仁和医院随访中心，我是护士小林，请问是曹建华先生吗？
C: 是我。
A: 曹先生您好，您上周在我们骨科做了膝关节手术，今天给您做个术后随访，请问现在方便吗？
C: 方便的。
A: 请问您伤口现在还疼吗？有没有红肿或者发热？
C: 不怎么疼了，也没有红肿。
A: 那恢复得不错。记得按医生的要求每天做康复训练，下周四上午来门诊复查拆线。
C: 好的，记住了。
A: 好的，感谢您的配合，祝您早日康复，再见。
""", direction="outbound", hard=True)

call("bank", "华信银行", [], "hard: one sentence-final 啊 and demonstrative 这个/那个 only — not filler", """
A: 您好，华信银行客服中心，工号二二七，请问有什么可以帮您？
C: 你好，我想问一下你们那个大额存单还有额度吗？
A: 您好，这个月的三年期大额存单目前还有额度，年利率百分之二点三五，二十万起存。
C: 那个在哪里买？
A: 您可以在手机银行首页点存款，再点大额存单，就能看到这个产品了。也可以到任意网点办理。
C: 好的，那我下午去网点。
A: 好啊，网点下午五点关门，您带好身份证和银行卡。还有其他可以帮您的吗？
C: 没有了。
A: 感谢您的来电，祝您生活愉快，再见。
""", hard=True)

call("telecom", "天联通信", [], "hard: 我不是要投诉 + a fee explained with amount and start", """
A: 您好，天联通信客服，工号六零三，很高兴为您服务。
C: 你好，我不是要投诉啊，就是想问问我话费里为什么每个月多了六块钱。
A: 好的，请您提供一下机主姓名和身份证后四位，我帮您查询。
C: 邱立，零九二七。
A: 邱先生，这六元是来电显示功能费，您是在今年三月开通的，每月六元，从开通的次月起开始收取。
C: 哦，那是我自己开的，我忘了，没事了。
A: 好的，如果不需要可以帮您取消，取消后下个月起不再收取。
C: 不用了，留着吧。
A: 好的，感谢您的来电，祝您生活愉快，再见。
""", hard=True)

call("bank", "锦程银行信用卡中心", [], "hard: agent backchannel overlaps the customer by about 0.2 s only", """
A: 您好，锦程银行信用卡中心，工号四四一，请问有什么可以帮您？
C: 你好，我想把信用卡的自动还款账户换成另一张储蓄卡。
A: 好的，请问新的储蓄卡也是我行的吗？ @over=0.2
C: 是的，是你们行的卡，尾号是三八零五。
A: 好的，请您提供一下持卡人姓名和身份证后六位。 @over=0.2
C: 岳晓明，二一零零四三。
A: 核实通过。已经为您把自动还款账户变更为尾号三八零五的储蓄卡，从下一期账单开始生效。
C: 好的。
A: 感谢您的来电，祝您生活愉快，再见。
""", hard=True)

call("ecommerce", "聚橙网", [], "hard: other-wording closing (辛苦您了 + 周末愉快) and apology in 给您添麻烦了", """
A: 您好，聚橙网客服中心，请问有什么可以帮您？
C: 你好，我买的书少了一本，一共三本只收到了两本。
A: 给您添麻烦了，请问订单号是多少？
C: 二六一二零四八八三二。
A: 我看到了，您这三本书是分两个仓库发的，第三本在另一个包裹里，今天下午会送到。
C: 哦，原来是分开发的，那我等等。
A: 是的，页面上有提示但不太显眼，给您造成困扰了。辛苦您了，祝您周末愉快。
C: 好的，拜拜。
""", hard=True)

call("insurance", "恒佑财险", [], "hard: the CUSTOMER says 你这话什么意思; agent apologises and clarifies", """
A: 您好，恒佑财险理赔服务热线，请问有什么可以帮您？
C: 你好，我家的车被冰雹砸了，想问能不能赔。
A: 请问您投保了车损险吗？
C: 投了。
A: 那冰雹属于自然灾害，是在车损险保障范围内的，不过需要先确认一下您的车辆损失是否在免赔额以上。
C: 你这话什么意思？是说可能不赔吗？
A: 抱歉是我没有表达清楚。意思是只要损失是冰雹造成的就可以赔，您的保单没有约定免赔额，所以会按定损金额赔付。我现在帮您报案，查勘员今天会联系您。
C: 哦，那好。
A: 感谢您的来电，祝您生活愉快，再见。
""", hard=True)

call("telecom", "星河移动", [], "hard: the customer says 喂 mid-call because of a weak signal; agent replies politely", """
A: 您好，星河移动客服，请问有什么可以帮您？
C: 你好，我想问一下国内流量包能不能在……喂？喂？你听得到吗？
A: 您好，可以听到的，您刚才问国内流量包能不能在哪里使用呢？
C: 能不能在香港用？
A: 国内流量包不能在香港使用，香港属于境外漫游，需要单独开通港澳流量包，二十八元一天，在您当天首次使用流量时开始计费。
C: 好的，那我到了再开。
A: 好的，开通可以发短信或者在App上操作。感谢您的来电，祝您旅途愉快，再见。
""", hard=True)

call("utilities", "滨江燃气", [], "hard: free permanent service said so; 不清楚 in the customer's mouth", """
A: 您好，滨江燃气服务热线，请问有什么可以帮您？
C: 你好，我不清楚我家燃气表要不要定期换，物业说有人上门换表要收钱。
A: 您好，居民燃气表到了使用年限由我们公司免费更换，不收取任何费用。如果有人上门以换表的名义收费，请您不要支付，并拨打我们的热线核实。
C: 那我家的表什么时候到期？
A: 请问您的户号是？
C: 三三零二一五七八。
A: 您家的表是二零一九年安装的，使用年限十年，到二零二九年才需要更换。
C: 好的，谢谢你提醒。
A: 不客气，感谢您对燃气安全的关注，祝您生活愉快，再见。
""", hard=True)

call("airline", "云翔航空", [], "clean: meal booking with 您怎么称呼 not needed (service call, no order)", """
A: 您好，云翔航空客服中心，工号七零一，请问有什么可以帮您？
C: 你好，我下周坐你们的飞机，我吃素，能不能订素食餐？
A: 可以的，请您提供一下乘机人姓名和航班号。
C: 向芳，航班是YX六二零八。
A: 向女士，已经为您预订了素食餐，特殊餐食是免费的，不收取费用。需要在航班起飞前二十四小时预订，您现在订的时间是符合要求的。
C: 好的，太好了。
A: 登机后乘务员会优先为您提供。感谢您的来电，祝您旅途愉快，再见。
""")

call("food_delivery", "味到家", [], "clean: delivery time query with reassurance", """
A: 您好，味到家客服中心，请问有什么可以帮您？
C: 你好，我中午订的蛋糕是下午三点送，我想确认一下能准时到吗？
A: 请问订单尾号是多少？
C: 四一三二。
A: 我看到了，蛋糕已经在制作中，预计两点半出餐，骑手接单后大概二十分钟送到，一般可以在三点前送到。
C: 是生日蛋糕，千万别晚了。
A: 明白的，我这边已经给您备注了准时送达，骑手出发后您可以在App上实时查看位置。
C: 好的，谢谢。
A: 不客气，提前祝生日快乐，感谢您的来电，再见。
""")

call("insurance", "安泰人寿", [], "clean: address change with polite verification", """
A: 您好，安泰人寿客服热线，工号一一五，请问有什么可以帮您？
C: 你好，我搬家了，想改一下保单上的通讯地址。
A: 好的，麻烦您提供一下投保人姓名和身份证后四位。
C: 严海涛，五五一二。
A: 严先生，核实通过，请问新的通讯地址是？
C: 成都市武侯区天府大道北段一千号。
A: 跟您核对一下，成都市武侯区天府大道北段一千号，对吗？
C: 对的。
A: 已经修改完成，以后的保单通知都会寄到新地址。感谢您的来电，祝您乔迁愉快，再见。
""")

call("telecom", "畅达宽带", [], "clean: moving broadband with hedged scheduling", """
A: 您好，畅达宽带客服中心，很高兴为您服务。
C: 你好，我下个月要搬家，宽带能不能移机？
A: 可以的，请问新地址是？
C: 还在市区，南湖路五十二号。
A: 我查了一下，新地址在我们的覆盖范围内，可以移机，移机不收取费用。您确定搬家时间后提前三天来电预约，装维师傅一般两到三天内上门，具体时间师傅会提前跟您约。
C: 好的，那我定了时间再打过来。
A: 好的，感谢您的来电，祝您搬家顺利，再见。
""")


# ================================================================ build
def main() -> int:
    rng = random.Random(SEED)
    n = len(CALLS)
    want_noise = round(0.25 * n)
    explicit = sum(1 for c in CALLS if c["noise"])
    free = [i for i, c in enumerate(CALLS) if c["noise"] is None]
    extra = set(rng.sample(free, max(0, want_noise - explicit)))
    rows, errors = [], []
    counts: dict[str, int] = {}
    for i, spec in enumerate(CALLS):
        cid = f"F-{i + 1:03d}"
        noise = bool(spec["noise"]) or i in extra
        crng = random.Random(SEED * 1000 + i)
        r = render(i, spec, noise, crng)
        segs, duration = r["segs"], r["duration"]
        got, problems = timing_labels(segs, duration)
        want = TIMING & set(spec["labels"])
        if got != want:
            errors.append(f"{cid}: timing labels {sorted(got)} != hand {sorted(want)}")
        errors += [f"{cid}: {p}" for p in problems]
        if "hangup" in spec["labels"]:
            if segs[-1]["speaker"] != "customer" or "closing" not in spec["labels"]:
                errors.append(f"{cid}: hangup call must end on the customer and carry closing")
        elif segs[-1]["speaker"] == "customer" and not any(
                w in segs[-1]["_clean"] for w in ("再见", "拜拜", "谢谢", "好的", "好。", "付了", "行", "好，", "English")):
            errors.append(f"{cid}: ends on the customer without a goodbye: {segs[-1]['_clean']}")
        for lab in spec["labels"]:
            counts[lab] = counts.get(lab, 0) + 1
        rows.append({
            "call_id": cid,
            "labels": spec["labels"],
            "note": spec["note"],
            "noise": noise,
            "duration": duration,
            "metadata": {"writer": "F", "industry": spec["industry"], "company": spec["company"],
                         "direction": spec["direction"], "hard_negative": spec["hard"],
                         "language": "zh", "sample_rate": 8000},
            "segments": [{k: s[k] for k in ("speaker", "start", "end", "text")} for s in segs],
        })
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    clean = sum(1 for r in rows if not r["labels"])
    hard = sum(1 for c in CALLS if c["hard"])
    print(f"{len(rows)} calls -> {OUT.name}; clean {clean}; hard-negative-flagged {hard}; "
          f"noise {sum(r['noise'] for r in rows)}")
    for k in sorted(counts):
        print(f"  {k:12s} {counts[k]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
