"""Independent labelled call set G (eval/independent/tune_g.jsonl; held out until it became a
tuning set on 2026-12-06, round 8).

Written by writer G on 2026-12-06 from DOMAIN.md, the seed articles (QA standard: seeds/001
lines 80-200), eval/independent/README.md, the first 90 lines of build_f.py and one line of
tune_f.jsonl (format only).  No rule code, rulebook, tests or other sets were read, and the rule
engine was never run on this file (only eval.evaluate.load_labelled, to check that it loads).
Run:
    .venv/bin/python eval/independent/build_g.py

Deterministic: the dialogues are hand-written data below; random.Random(SEED) (SEED=20261206)
is used only for segment timing jitter, the choice of rotating greeting/closing wordings and the
ASR-style noise.

LABEL POLICY — a family is in `labels` iff the call violates it.  Labels describe what was SAID:
in a `"noise": true` call the text is what Whisper-base would plausibly write for 8 kHz phone
audio (Traditional characters mixed in, homophone swaps such as 客服→克服 话费→话废 营业厅→营业听
您好→你好 神经病→神经变, punctuation dropped or turned into spaces, numbers written as digits),
but the labels are those of the clean speech.

greeting   : the agent speaks first, promptly, with 您好 (or 早上好/上午好/下午好/晚上好) + the
             company or line name + an offer of help (请问有什么可以帮您 / 很高兴为您服务 / 请问您
             需要办理什么 / 请问有什么需要).  Outbound calls (metadata direction=outbound): 您好 +
             company + who is calling instead of the offer of help.  Positive: opens with 「喂」
             (incl. 「喂，你好」); opens with something else (说/哪位/嗯你讲/等会儿) and never or only
             later greets; company missing; offer of help missing; greeting given only after the
             customer had to speak first.  NOT positive: the customer saying 喂; 「您好，能听到吗」
             after a correct greeting on a bad line.
closing    : DOMAIN.md: a complete closing ends with a 祝福语.  The agent's final turn(s) must
             carry a blessing (祝您…/…愉快/…顺利/一路平安/早日康复/平平安安…).  Positive when the
             agent ends with thanks only (「感谢来电，再见」), with a bare 再见/拜拜/挂了啊, just stops,
             or drops the call.  Every `hangup` call is also `closing`.  Service number, agent ID
             and delivery process are "where relevant" and not labelled.
forbidden  : 服务禁语 other than insults — the agent's own 不知道/不清楚/不明白 (and regional
             不晓得/搞不清/哪知道) as a refusal about the matter asked; 「你这话什么意思」 and
             variants (你啥意思/你到底想说啥); 「那你想好了再打来吧」 and variants (考虑清楚了再来电/
             想明白了再联系); the agent calling 「喂」 at the customer mid-call (「喂？喂！你听我说」).
             NOT positive: 不知道/不清楚/不明白 about the customer, a third party or as reassurance
             (「您不清楚也没关系」「如果有不明白的地方随时问」「他也不知道」「刚才没听清楚」),
             the customer's own words, quotes.  An insult-only call is not also `forbidden`.
insult     : the agent insults, mocks, attacks or sends the customer away: sarcasm about the
             customer's intelligence, hearing or sanity (「您这理解能力我也是服了」「耳朵不好使
             吧」「脑子进水了」「神经病」「有毛病吧」), contempt (「租不起就别租」「连这都不会还
             玩什么」), sending away (「爱找谁找谁去」「别烦我」).  NOT positive: insults quoted or
             reported by the agent while registering a complaint or feedback, the customer's
             insults, innocent words sharing characters (神经内科, 精神科, 手机死机, 老毛病 of a
             machine, 笨重, 滚筒, 傻瓜相机, 病假).
filler     : 口头禅 — the agent's habitual tics (呃/啊 as hesitation, 那个/这个 as fillers, 就是说,
             然后呢, 那啥, 咋说呢, 对吧对吧): positive with >= 6 tic uses over >= 3 agent turns.
             Demonstratives (这个订单, 那个柜子), backchannel 嗯/好的 and one or two sentence-final
             啊/哈/呀 are negative.
tariff     : when a fee comes up (the customer asks, or the agent sells/opens/renews/auto-renews a
             paid service) the agent must state BOTH the amount AND when charging starts or is
             taken.  Positive when either is missing or glossed (「先免费用着」「费用很少的」「以
             后台为准」「到时候会通知」).  Permanently free services said so, and fees stated with
             amount and start, are negative.  Refunds of a wrong charge are not a tariff matter.
name_ask   : an impolite name ask (「你姓什么」「叫啥」「名字报一下」「你谁啊」) is positive; an
             order/booking call (hotel booking, car rental, repair visit, course enrolment) in which
             the agent never asks the name politely (「请问您贵姓」「怎么称呼您」) is positive.
             Polite identity checks (「麻烦您提供一下开户人姓名」) and calls with no order and no
             ask are negative.
apology    : something went wrong on the company side or the customer is plainly unhappy, and the
             agent never apologises (抱歉/对不起/不好意思/给您添麻烦了/深表歉意/实在过意不去).
shirking   : 推诿 — the agent pushes an in-scope matter away (不归我们管, 你自己找卖家/快递员/物业
             公司, 去门店问, 系统问题我也没办法) without handling, registering or transferring it.
             A proper transfer, a ticket with a callback promise, or the right number for a truly
             out-of-scope matter with an explanation are negative.
overpromise: 乱承诺/夸张 — guarantees the agent cannot make (稳赚不赔, 百分之百, 保证/肯定/绝对
             + outcome not under the agent's control, 不满意全额退 without such a policy, 我个人
             担保).  Hedged statements (一般/预计/以审核为准/我没法保证但会加急/历史业绩不代表
             未来) are negative.
colleague  : the agent disparages colleagues, other departments, technicians, sales staff or the
             pre-sales script (瞎忽悠, 不懂装懂, 那帮人就是混日子, 新来的啥也不会).  Neutral
             acknowledgement (可能同事没解释清楚) and registering a complaint about a colleague are
             negative.
complaint  : the customer EXPLICITLY states an intent to complain or escalate: 投诉 (incl.
             calling to lodge one), 12315, 消协, 监管/证监会, 媒体/网上曝光, 找你们领导/经理,
             要求升级处理.  Strong dissatisfaction without such an intent is not `complaint` (it
             drives `apology`).  「我不是要投诉」「就是反馈一下」, a past complaint mentioned as
             settled, and the agent naming the supervision line unprompted are negative.
hangup     : the agent ends the call on the customer: the transcript ends on the customer's
             unanswered question/request or 「喂？喂？」 after the agent's last words.  Calls that
             end on the customer's goodbye or after the agent's proper closing are negative.

TIMING THRESHOLDS (DOMAIN.md gives none; kept from the prior writers).  Segment times are
generated; timing_labels() recomputes these four families from the segments and they must equal
the hand labels, with a gap between positives and negatives:
short_call : call duration < 20 s (positives <= 18 s).  Every other call lasts >= 30 s.
silence    : a gap with nobody speaking >= 10 s that the agent did not announce (positives 12-20
             s).  Holds announced in the agent's previous turn (稍等/稍候/查一下/核实一下/别挂机/
             请您等) of <= 15 s are negative (they are 9-14 s).  Other gaps <= 4 s.
talk_over  : the agent starts >= 1.0 s before the customer's current segment ends; positives have
             2 such starts of 1.5-2.4 s.  Negatives: the agent overlaps by <= 0.3 s; the customer
             talking over the agent is negative.
speech_rate: the agent's mean rate over turns of >= 6 characters (punctuation/spaces removed) is
             >= 7.5 chars/s (too fast) or <= 2.0 chars/s (drawl).  Positives: every agent turn at
             8.0-9.5 or 1.4-1.8; negatives keep every such agent turn within 3.0-6.3.
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 20261206
OUT = Path(__file__).resolve().parent / "tune_g.jsonl"

FAMILIES = ["greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask",
            "apology", "shirking", "overpromise", "colleague", "complaint", "silence",
            "talk_over", "speech_rate", "short_call", "hangup"]
TEXT_MIN10 = ["greeting", "closing", "forbidden", "insult", "apology", "shirking", "complaint",
              "tariff"]
TIMING = {"silence", "talk_over", "speech_rate", "short_call"}
HOLD_WORDS = ["稍等", "稍候", "查一下", "核实一下", "别挂机", "请您等", "查询一下", "不要挂机"]

# ---------------------------------------------------------------- numbers ------------
DIG = "零一二三四五六七八九"


def zh_int(n: int) -> str:
    if n == 0:
        return "零"
    if n >= 10000:
        hi, lo = divmod(n, 10000)
        s = zh_int(hi) + "万"
        if lo:
            s += ("零" if lo < 1000 else "") + zh_int(lo)
        return s
    units = [(1000, "千"), (100, "百"), (10, "十")]
    out, zero = "", False
    started = False
    for u, name in units:
        d, n = divmod(n, u)
        if d:
            if zero and started:
                out += "零"
            if d == 1 and u == 10 and not started:
                out += "十"
            elif d == 2 and u >= 100 and not started:
                out += "两" + name
            else:
                out += DIG[d] + name
            started, zero = True, False
        elif started:
            zero = True
    if n:
        if zero and started:
            out += "零"
        out += DIG[n]
    return out


def render_numbers(text: str, digits: bool) -> str:
    def rep(m):
        tok = m.group(1)
        if tok.startswith("#"):
            s = tok[1:]
            return s if digits else "".join(DIG[int(c)] if c.isdigit() else c for c in s)
        if digits:
            return tok
        if "." in tok:
            a, b = tok.split(".")
            return zh_int(int(a)) + "点" + "".join(DIG[int(c)] for c in b)
        return zh_int(int(tok))
    return re.sub(r"\{([#0-9.]+)\}", rep, text)


# ---------------------------------------------------------------- ASR-style noise ----
HOMO = [("客服", "克服"), ("话费", "话废"), ("营业厅", "营业听"), ("您好", "你好"),
        ("神经病", "神经变"), ("工号", "公号"), ("已经", "以经"), ("不好意思", "不好意识"),
        ("师傅", "师父"), ("账号", "帐号"), ("充值", "冲值"), ("密码", "秘码"),
        ("物业", "物页"), ("快递员", "快递原"), ("理财", "里财"), ("退订", "退定"),
        ("预约", "预月"), ("驿站", "一站"), ("租车", "组车"), ("稍等", "烧等"),
        ("取件码", "取件吗"), ("那个", "那各"), ("有毛病", "有毛并"),
        ("您", "你")]
TRAD = dict(zip("这个说们请问时话没还费间办单对务号后么会为给过电买帮钱应经开关让边里运递订"
                "题问员专业线网发现实费点东车机处理联系节记录让长门无据钟达险证预约让药",
                "這個說們請問時話沒還費間辦單對務號後麼會為給過電買幫錢應經開關讓邊裡運遞訂"
                "題問員專業線網發現實費點東車機處理聯繫節記錄讓長門無據鐘達險證預約讓藥"))
PUNCT = "，。？！、；：,.?!"


def asr_noise(text: str, rng: random.Random, p_trad: float, punct_mode: int) -> str:
    for a, b in HOMO:
        if a in text and rng.random() < (0.75 if a != "您" else 0.35):
            text = text.replace(a, b)
    text = "".join(TRAD[c] if c in TRAD and rng.random() < p_trad else c for c in text)
    if punct_mode == 0:
        text = "".join(c for c in text if c not in PUNCT)
    elif punct_mode == 1:
        text = re.sub(f"[{PUNCT}]+", " ", text).strip()
    else:
        text = "".join(c for c in text if c not in PUNCT or rng.random() < 0.4)
    return text


# ---------------------------------------------------------------- wording pools ------
GREET = [
    "您好，{co}，请问有什么可以帮您？",
    "您好，这里是{co}客服中心，很高兴为您服务。",
    "您好，欢迎致电{co}，我是客服小{nm}，请问您需要办理什么业务？",
    "下午好，{co}，请问有什么能帮到您的？",
    "您好，{co}服务热线，工号{#wid}为您服务，请问有什么需要？",
    "上午好，感谢您致电{co}，请问有什么可以为您效劳？",
    "您好，{co}，我是{nm}，请问有什么可以帮到您？",
    "晚上好，{co}客服，请问您遇到什么问题了？",
]
OUT_GREET = [
    "您好，我是{co}的客服专员小{nm}，工号{#wid}，请问您是{cust}吗？",
    "您好，这边是{co}，我是回访专员{nm}，请问是{cust}吧？",
    "您好，打扰您一下，我是{co}的工作人员小{nm}，请问是{cust}本人吗？",
]
BLESS = {
    "courier": "祝您生活愉快", "education": "祝孩子学习进步", "property": "祝您居家愉快",
    "government": "祝您生活顺心", "securities": "祝您投资顺利", "cable_tv": "祝您观看愉快",
    "car_rental": "祝您一路平安", "appliance_repair": "祝您生活愉快", "pharmacy": "祝您早日康复",
    "hotel": "祝您入住愉快", "mobile_game": "祝您游戏愉快", "secondhand": "祝您交易顺利",
    "parcel_locker": "祝您生活愉快",
}
CLOSE = [
    "好的，感谢您的来电，{bl}，再见！",
    "不客气，后续有问题随时联系我们，{bl}，再见。",
    "好嘞，那就不耽误您时间了，{bl}，再见。",
    "感谢您的耐心，我是{#wid}号客服，{bl}，再见。",
    "好的，稍后会有一条满意度短信，麻烦您帮忙评价一下，{bl}，再见！",
    "没事儿，应该的。{bl}，再见。",
    "好的，感谢您对我们工作的支持，{bl}，再见。",
    "行，那先这样，有需要再打这个热线就行，{bl}，再见啊。",
    "好的，请问还有别的需要吗？没有的话，{bl}，再见。",
]
NAMES = ["林", "周", "陈", "唐", "许", "韩", "宋", "马", "方", "罗", "谢", "袁"]

# ---------------------------------------------------------------- call data ----------
CALLS: list[dict] = []


def C(labels, note, ind, co, turns, *, out=False, hn=False, noise=None, rate=None,
      cust="王先生"):
    """labels: space-separated families; turns: lines 'A: text' / 'C[gap=12]: text'."""
    CALLS.append(dict(labels=sorted(labels.split()), note=note, industry=ind, company=co,
                      turns=turns, direction="outbound" if out else "inbound", hn=hn,
                      noise=noise, rate=rate, cust=cust))

# ======================= courier / logistics: 迅邦速运 =======================
K = ("courier", "迅邦速运")
C("greeting", "agent opens with 喂 and 有啥事 instead of the standard greeting; rest clean", *K, """
A: 喂，迅邦速运，有啥事？
C: 你好，我想查一下我的快递到哪了，单号是{#7731209458}。
A: 好的，请您稍等，我看一下。
A: 您这个件昨天晚上已经到了本市的中转场，今天上午会分到您那边的网点，预计下午派送。
C: 下午几点能到啊？我下午要出门。
A: 一般是两点到六点之间，派送前快递员会先给您打电话，您也可以让他放到楼下的驿站。
C: 那就放驿站吧，省得我等。
A: 好的，我给您备注放驿站代收，到了会有短信提醒。
C: 行，谢谢啊。
A: @close
""")
C("shirking apology", "lost parcel pushed back to the courier (你自己找派送员), no apology", *K, """
A: @greet
C: 你好，我有个件显示三天前就签收了，可我根本没收到，单号{#7731554020}。
A: 显示签收了那就是送到了，您家里人没拿吗？
C: 我一个人住，门口、驿站我都找过了，都没有。
A: 那这个你得自己去找派送的快递员问，是他签的收，我们客服这边管不了他放哪儿了。
C: 我哪有他电话？你们不是快递公司吗？
A: 短信里应该有派件员电话，你翻翻。我这边是真没办法。
C: 我东西丢了你们就一句没办法？那里面是给我妈买的药。
A: 那你先找快递员，找不到再说吧。
C: 行吧，我自己去找。
A: 好的，祝您生活愉快，再见。
""")
C("apology closing complaint insult", "agent mocks the customer's hearing (耳朵是摆设), customer says 投诉, no apology, thanks-only closing", *K, """
A: @greet
C: 你好，你们快递员每次都不送上楼，直接扔在一楼大厅，我都说过好几次了。
A: 我们这边是送货上门，但是有些小区不让进，快递员只能放门口。
C: 我们小区能进啊，保安都认识他，他就是懒。
A: 我刚不是说了吗，有些小区不让进。您这耳朵是摆设吗？同一句话要我说几遍？
C: 你什么态度？我就是要反映问题，你还说我耳朵？我要投诉你，你工号多少？
A: 工号{#5802}，您随便。投诉的事我给您转过去。
C: 你记着，我一定投诉。
A: 登记好了，感谢来电，再见。
""")
C("", "customer reports the courier said 你是不是有病; agent quotes it while recording feedback, apologises", *K, """
A: @greet
C: 你好，我想反映个事，今天给我送件的快递员态度特别差。
A: 非常抱歉给您带来不好的体验，您方便说一下具体情况吗？
C: 我就问了一句能不能等我两分钟下楼，他就说"你是不是有病，我一天送两百个件"。
A: 好的，您是说快递员对您说了"你是不是有病"这样的话，是吗？这种说法确实不应该，我如实给您记录下来。
C: 对，我不是要投诉他，就是希望你们管管，说话客气点。
A: 明白，我这边提交给网点负责人，让他们对这位快递员做沟通和培训，处理结果三个工作日内短信告知您。
C: 好的，谢谢。
A: 也谢谢您的反馈，再次向您道歉。祝您生活愉快，再见。
""", hn=True)
C("overpromise", "agent guarantees delivery by noon tomorrow and offers personal compensation", *K, """
A: @greet
C: 你好，我寄了一份合同到上海，明天中午之前必须送到，能保证吗？
A: 我看一下，您这个是特快件，现在已经在路上了。
C: 对，客户明天中午开会要用，晚了就麻烦了。
A: 您就放一百个心，明天中午十二点前百分之百送到，晚一分钟我个人赔您钱。
C: 真的啊？那我就放心了。
A: 没问题的，我们这条线从来没晚过。
C: 好，那谢谢你了。
A: @close
""")
C("talk_over", "agent cuts into the customer's long turns twice; apology given for the delay", *K, """
A: @greet
C: 你好，我有个件从广州发过来的，已经五天了还显示在中转场，一直没动过，我打了好几次电话都说在处理，到底是怎么回事？
A[over=1.9]: 这个我知道，中转场这两天爆仓了，实在不好意思。
C: 爆仓也不能五天都不动吧，我里面是孩子开学要用的东西，下周一就开学了，你们能不能想想办法先给我送过来？
A[over=2.1]: 我给您加急，今天就给中转场发催件单。
C: 那大概什么时候能到？
A: 加急以后预计两到三天，具体以物流更新为准，给您添麻烦了。
C: 行吧，那你帮我催一下。
A: 好的，已经催了。@close
""")
C("", "announced 12 s hold; 不知道/不清楚 said by the customer and as reassurance", *K, """
A: @greet
C: 你好，我要寄个东西给我表哥，但我也不知道他现在的电话，只有地址。
A: 没关系，您不清楚电话的话，可以先填地址，收件人电话那一栏可以填您自己的，快递员到了会联系您。
C: 哦这样啊，那我今天下单，几点能来取？
A: 我帮您查一下附近网点今天的上门时间，请您稍等。
A[gap=12]: 感谢您耐心等待，您那边今天下午三点到五点有取件的时段，我帮您约到这个时间可以吗？
C: 可以可以。
A: 好的，请问寄件人怎么称呼？
C: 我姓蒋。
A: 好的蒋女士，已经约好了，取件员到之前会给您打电话。如果还有哪里不明白，随时打我们热线。
C: 好，谢谢。
A: @close
""", hn=True)
C("tariff", "insured-value fee asked; agent says it is 很低 and the system calculates it — no amount", *K, """
A: @greet
C: 你好，我要寄一台笔记本电脑，想保价，保价怎么收费？
A: 保价费用很低的，您下单的时候系统会自动算出来，不用担心。
C: 大概多少呢？我电脑值八千块。
A: 这个很便宜的，跟运费一起付就行，您填上保价金额就可以了。
C: 哦，那好吧，那运费大概多少？
A: 运费是首重{23}元，续重每公斤{8}元，下单的时候付。
C: 好的，知道了。
A: @close
""")
C("forbidden hangup closing", "agent refuses with 我真不知道; call ends on the customer's unanswered question", *K, """
A: @greet
C: 你好，我的件显示派送中，已经显示了一整天了，到底什么时候能送？
A: 不好意思让您久等了，我看一下，系统上就显示派送中。
C: 那快递员现在在哪？能不能问一下他今天还送不送？
A: 这个我真不知道，他们在外面跑，我们也联系不上。
C: 你们都联系不上谁联系得上？那我今天到底还能不能收到？
""")
C("colleague", "agent disparages the courier (新来的，啥也不懂，瞎写); apology given", *K, """
A: @greet
C: 你好，我的件显示已签收，签收人写的是本人，可我今天一整天都在公司。
A: 非常抱歉，我看一下，签收记录是中午十二点，签收人写的本人。
C: 那不是我签的啊。
A: 那个派件员是上个月新来的，啥也不懂，签收都瞎写，我们这儿都拿他没办法。
C: 那我的件现在在哪？
A: 我刚联系了网点，件在他车上还没送，下午四点前给您送到公司，您看可以吗？
C: 行，送到前台就好。
A: 好的，已经备注，再次向您道歉。@close
""")
C("speech_rate", "agent reads the whole return procedure far too fast", *K, """
A: @greet
C: 你好，我想问一下退货件怎么寄，商家让我自己寄回去。
A: 好的您可以在我们小程序点寄快递填写商家给的退货地址选择上门取件时间快递员上门后当面验货打包然后您付运费或者选到付都可以。
C: 啊？你说慢一点，我没记住。
A: 好的就是小程序寄快递填地址约时间快递员上门打包付款就可以了退货单号记得发给商家。
C: 哦哦，那运费多少？
A: 同城首重{12}元省内{15}元下单时显示下单时付款。
C: 好的，我试试吧。
A: @close
""", rate="fast")
C("", "outbound delivery appointment: correct outbound greeting; customer says 喂？能听到吗 at the start", *K, """
A: @greet
C: 喂？喂？能听到吗？信号不太好。
A: 能听到的，王先生，您有一个大件家具明天要派送，想跟您约一下时间。
C: 哦对，是个书柜，明天我上午在家。
A: 好的，那给您约明天上午九点到十二点，师傅到之前半小时会给您打电话，需要搬上楼的话是免费的。
C: 好，我住六楼，没电梯，没问题吧？
A: 没问题的，大件都是两位师傅一起送，会帮您搬上去。
C: 那太好了。
A: @close
""", out=True, hn=True)

# ======================= parcel lockers: 邻格智能柜 =======================
K = ("parcel_locker", "邻格智能柜")
C("tariff", "overdue storage fee glossed (收一点保管费，看柜子提示)", *K, """
A: @greet
C: 你好，我出差了，快递在你们柜子里放了两天了，取的时候要不要钱？
A: 超时了的话会收一点保管费，不多的，具体看柜子上的提示吧。
C: 一点是多少啊？从什么时候开始算的？
A: 这个您取的时候扫码就能看到，都是系统算的，很少的。
C: 那好吧，我周末回去取。
A: 好的，取件码在您手机短信里。@close
""")
C("", "overdue fee stated correctly: amount, free period and when charging starts", *K, """
A: @greet
C: 你好，我的快递在你们柜子里，我这两天没空取，要收钱吗？
A: 是这样的，快递入柜后前十八个小时免费保管，超过十八小时以后每十二小时收一元，三元封顶，从超时那一刻开始计费，取件时扫码支付。
C: 哦，最多三块是吧？
A: 对的，最多三元。您也可以在小程序里点延长保管，可以免费延长一次十二个小时。
C: 那挺好，我延一下。
A: 好的，操作完页面会显示新的到期时间。@close
""", hn=True)
C("forbidden apology", "agent: 我也不清楚 about the stuck door and 你这话到底啥意思; customer upset, no apology", *K, """
A: @greet
C: 你们柜子怎么回事啊，我输了取件码，屏幕显示开门成功，可柜门根本没开！
A: 显示成功那就是开了，您再看看是不是别的格口开了。
C: 我都看了，没有一个开的，我在这站了十分钟了。
A: 柜门为啥打不开我也不清楚，可能是卡住了吧。
C: 你们的柜子你们不清楚？那我的东西还要不要了？
A: 你这话到底啥意思？我又没说不给你开。
C: 我意思就是你们赶紧给我开门！
A: 我这边远程再开一次，你看看。
C: 开了开了，终于开了。
A: 开了就行，祝您生活愉快，再见。
""")
C("silence", "agent goes quiet for about 15 s without announcing anything", *K, """
A: @greet
C: 你好，我手机丢了，取件码的短信看不到了，还能取件吗？
A: 可以的，请问您的快递单号或者收件手机号是多少？
C: 手机号是{#13907214468}。
A: 嗯。
C[gap=15]: 喂？还在吗？
A: 在的，您这个号码下有一个件在三号柜，我把取件码重新发到您绑定的邮箱，您看可以吗？
C: 可以，邮箱就是注册那个。
A: 好的，已经发过去了，您查收一下。
C: 收到了，谢谢。
A: @close
""")
C("shirking apology", "agent sends a locker fault to the property company (柜子是物业放的，找物业)", *K, """
A: @greet
C: 你好，我们小区的快递柜屏幕碎了，点不动，取不了件。
A: 这个柜子是放在你们小区的，你们小区的东西有问题您找物业去吧。
C: 柜子不是你们公司的吗？物业说让我找你们。
A: 物业跟我们签了合同的，场地是他们的，坏了他们会报修的，您跟物业说一声就行。
C: 那我的快递怎么办？
A: 等修好了再取吧，我们这边也没别的办法。
C: 行吧。
A: @close
""")
C("", "screen 死机 (innocent); agent restarts it remotely after an announced 11 s hold", *K, """
A: @greet
C: 你好，我们楼下那个快递柜屏幕死机了，一直卡在广告页面。
A: 不好意思给您添麻烦了，请问是哪个小区的柜子？柜子侧面有个编号。
C: 锦绣花园三号楼，编号是{#2108}。
A: 好的，我这边远程给它重启一下，大概需要十几秒，请您稍等，不要挂机。
A[gap=11]: 感谢您的等待，已经重启好了，您看一下屏幕现在能点了吗？
C: 能了能了，好了。
A: 好的，如果再出现死机，您随时打我们电话，我们会派人上门检修。
C: 好的，谢谢。
A: @close
""", hn=True)
C("greeting closing", "greeting has no company name or offer of help; bare 拜拜 at the end", *K, """
A: 您好，您说。
C: 你好，我想问一下寄件能不能用你们的柜子，要怎么操作？
A: 可以的，在柜子屏幕上点寄件，选快递公司，填好收件信息，付款以后会弹开一个空格口，把包裹放进去关门就行。
C: 那快递公司什么时候来取？
A: 一般当天傍晚会有快递员来收，收走以后您手机会收到运单号。
C: 好的，明白了。
A: 嗯，那就这样，拜拜。
""")
C("insult hangup closing apology", "agent: 是不是老眼昏花了; call ends on the customer's 喂？喂？", *K, """
A: @greet
C: 你好，我在柜子上找半天没找到取件的地方，按哪儿都没反应。
A: 屏幕正中间那么大一个"取件"按钮，您看不见？
C: 我看到的是一堆广告，没有什么按钮。
A: 您是不是老眼昏花了？那么大的字都看不到，我也没办法。
C: 你怎么说话呢？我问你怎么取件你就这个态度？喂？喂？
""")
C("short_call", "very short call: customer dialled the wrong number; correct greeting and closing", *K, """
A: 您好，邻格智能柜，请问有什么可以帮您？
C: 哦不好意思，打错了。
A: 没关系，祝您生活愉快，再见。
""")
C("", "customer insults the locker (神经病一样); agent apologises and resolves", *K, """
A: @greet
C: 你们这破柜子什么玩意儿，跟神经病一样，老是把我的件吞进去不吐出来！
A: 非常抱歉给您添堵了，请问现在是哪个格口打不开？
C: 二十二号，我都扫了三次了。
A: 好的，我这边看到这个格口的锁有异常，现在远程给您强制开一下。
C: 开了。你们这柜子得修修了。
A: 是的，我已经提交了维修工单，明天会有师傅上门检修，再次向您表示歉意。
C: 行，知道了。
A: @close
""", hn=True)
C("filler", "agent's speech is full of 呃/那个/就是说/然后呢 tics", *K, """
A: @greet
C: 你好，我想问一下你们的柜子能不能存东西，不是快递，就是我自己的东西。
A: 呃，这个，就是说，我们那个柜子呢，呃，是可以寄存的。
C: 怎么操作？
A: 然后呢，您就是说在屏幕上，呃，点那个寄存，然后呢选格口大小。
C: 要钱吗？
A: 呃，那个，小格口是每次一元，中格口两元，就是说，存的时候就付款，二十四小时内取出。
C: 好的，明白了。
A: 嗯，那个，@close
""")
C("overpromise complaint", "customer threatens 消协 complaint; agent promises it will absolutely never happen again; apology given", *K, """
A: @greet
C: 我这个月第三次了，快递员不问我就把件塞柜子里，还是超大件格口，我取的时候还要付钱。
A: 非常抱歉，这确实是我们的问题，给您造成不便了。
C: 道歉有什么用，再有下次我就去消协投诉你们。
A: 您放心，我保证以后绝对不会再出现这种情况了，一次都不会有。
C: 你能保证？快递员又不是你。
A: 我能保证的，您就相信我。这次的超时费我给您退回去。
C: 退了就行。
A: 好的，已经退回了，再次向您道歉。@close
""")

# ======================= education / training: 启航优学 =======================
K = ("education", "启航优学")
C("tariff", "auto-renewal sold as 先免费体验，之后自动续费会提醒 — no amount, no date", *K, """
A: @greet
C: 你好，我给孩子报了你们的英语体验课，想问一下体验完了要交钱吗？
A: 体验课是免费的，您先让孩子上着，觉得好再说。
C: 可是我看绑定了支付宝，是不是会自动扣钱？
A: 体验结束以后会自动转成正式课，到时候系统会提醒您的，您不用操心。
C: 正式课多少钱？哪天扣？
A: 价格看您选的课包，都不贵的，到时候会有通知。
C: 那行吧，我再看看。
A: @close
""")
C("", "fees stated correctly: amount, first debit date, cancellation", *K, """
A: @greet
C: 你好，我孩子在上你们的体验课，体验完了怎么收费？
A: 体验课七天是免费的。如果体验结束后继续上正式课，费用是每月三百九十九元，会在体验结束后的第八天，也就是下周三，从您绑定的支付宝扣第一个月。
C: 那我要是不想续呢？
A: 在下周三之前，您在"我的-订阅管理"里关掉自动续费就不会扣款，关掉以后体验课还能上完。
C: 好的，清楚了。
A: 如果有不明白的地方，您随时来电问我们就行。@close
""", hn=True)
C("name_ask", "enrolment call: agent asks 你姓什么 and 孩子叫啥", *K, """
A: @greet
C: 你好，我想给我家孩子报个周末的数学班，五年级的。
A: 可以，五年级周末班有周六上午和周日下午两个时段。
C: 那就周六上午吧。
A: 行，你姓什么？孩子叫啥？
C: 我姓刘，孩子叫刘子涵。
A: 好的刘女士，课程是十二节课，一共一千九百二十元，今天报名今天付款，付款后给您发上课链接。
C: 好，那我现在付。
A: 好的，付款链接已经发到您手机了。@close
""")
C("insult apology", "agent sneers 这么简单都弄不明白，难怪孩子成绩上不去", *K, """
A: @greet
C: 你好，我孩子的账号一直登不上去，提示密码错误，我都改了两次了还是不行。
A: 您用的是家长端还是学生端？
C: 我也分不清，就是你们发的那个链接下的。
A: 家长端和学生端是两个入口，短信里写得清清楚楚。
C: 我就是看不太懂才打电话问的，孩子马上就上课了。
A: 这么简单都弄不明白，难怪孩子成绩上不去。您点学生端，用孩子的手机号登录。
C: 你说话注意点，跟孩子成绩有什么关系。
A: 登上了吗？
C: 登上了。
A: 那好，祝孩子学习进步，再见。
""")
C("overpromise", "agent promises the sprint class will raise the exam score by fifty points, else a full refund; fee stated correctly", *K, """
A: @greet
C: 你好，我想了解一下你们的中考冲刺班。
A: 冲刺班是四十次课，小班教学，一个班不超过八个人。费用是四千八百元，报名当天一次性付清。
C: 效果怎么样啊？孩子现在数学才七十多分。
A: 您放心，报了我们的冲刺班，保证中考提高五十分，提不了我们全额退款。
C: 真能提五十分？
A: 肯定能，我们的学生没有一个不提分的。
C: 那我考虑考虑。
A: 好的，想报名随时联系我。@close
""")
C("colleague", "agent says the previous advisor was 瞎忽悠 to close the sale; apology given", *K, """
A: @greet
C: 你好，当初报名的时候顾问说你们一对一老师都是重点中学的在职老师，可孩子现在的老师是个大学生。
A: 非常抱歉让您有这样的落差。
C: 那顾问说的到底算不算数？
A: 那个顾问为了签单什么都敢说，就是瞎忽悠，他说的那些您别当真。
C: 那我报名就是冲着这个报的呀。
A: 我理解，我这边给您申请更换老师，会优先安排有教学经验的老师，两天内给您回复。
C: 好，那你尽快。
A: 好的，给您添麻烦了。@close
""")
C("complaint apology shirking", "refund pushed to 财务 (我们管不了); parent threatens the education bureau; no apology", *K, """
A: @greet
C: 我上个月就申请了退费，到现在钱还没退回来，你们怎么回事？
A: 退费是财务那边管的，我们客服这边管不了，您找财务吧。
C: 我上哪找你们财务？我只有你们这个电话。
A: 那就等着吧，财务处理需要时间的。
C: 已经一个月了！再不退我就去教育局投诉你们。
A: 您要投诉也是您的权利，我这边也没办法。
C: 好，那我就去投诉。
A: 嗯，祝您生活愉快，再见。
""")
C("", "不明白/不知道 as reassurance and about the child (third party)", *K, """
A: @greet
C: 你好，孩子说他不知道作业在哪交，老师布置的作业他找不到。
A: 好的，作业是在学生端首页的"我的作业"里，点进去拍照上传就可以了。
C: 他说他找了，没有那个按钮。
A: 可能是版本比较旧，麻烦您帮他把应用更新一下，更新后就会出现。
C: 哦，我去看看。
A: 好的，以后孩子上课有不明白的地方，也可以直接在班级群里问老师，老师都会回复的。
C: 好的，谢谢你。
A: @close
""", hn=True)
C("filler", "casual northern agent with 那啥/咋说呢/就是那种/对吧对吧 tics", *K, """
A: @greet
C: 你好，我想问问你们那个编程课适合几岁的孩子？
A: 那啥，咋说呢，就是那种图形化编程，对吧，八岁以上都行。
C: 我家孩子九岁，没基础。
A: 那啥，没基础也没事儿，就是那种从零开始的，对吧对吧，很多孩子都是零基础。
C: 一周上几次？
A: 咋说呢，就是那种一周两次，每次一个小时，那啥，周末也有班。
C: 好的，我跟孩子商量一下。
A: @close
""")
C("greeting", "agent picks up with 嗯，你讲 and no company or greeting", *K, """
A: 嗯，你讲。
C: 你好，是启航优学吗？我想改一下孩子的上课时间。
A: 是的。请问孩子现在是哪个时段上课？
C: 周三晚上七点的，想改到周四。
A: 好的，我帮您查一下周四的班级，请您稍等。
A[gap=11]: 让您久等了，周四晚上七点的班还有位置，我给您调过去，从下周开始生效。
C: 好的，谢谢。
A: @close
""")
C("speech_rate", "agent drawls every turn far too slowly", *K, """
A: @greet
C: 你好，我想问一下孩子的课能不能请假？
A: 可以的，提前一天申请就行。
C: 在哪里申请？
A: 在家长端点课程表，选那节课请假。
C: 请假了还能补吗？
A: 能补，系统会安排补课。
C: 好的，知道了。
A: 好的，祝孩子学习进步，再见。
""", rate="slow")
C("", "proper transfer to the academic desk with explanation", *K, """
A: @greet
C: 你好，我想问一下孩子这学期的期中测评报告什么时候出来。
A: 测评报告是由教务老师统一出的，我这边看不到具体的进度。我帮您转接到教务专线，他们能直接查到孩子的报告，您看可以吗？
C: 可以。
A: 好的，正在为您转接，请稍等，如果转接中断，您也可以直接拨打教务专线，号码我会短信发给您。
C: 好的。
A: 感谢您的耐心，祝孩子学习进步，再见。
""", hn=True)

# ======================= property management: 锦和物业 =======================
K = ("property", "锦和物业")
C("shirking apology", "leak from upstairs pushed back to the resident (邻居之间的事，自己去找); no apology", *K, """
A: @greet
C: 你好，我是七栋一单元502的，楼上漏水漏到我家天花板了，墙皮都掉了。
A: 楼上漏水是你们邻居之间的事，你自己去找楼上协商一下吧。
C: 我敲门了，楼上没人，电话我也没有。你们物业不管吗？
A: 我们物业只管公共区域，户内的事我们管不了的。
C: 那水一直在滴，我家地板都泡了。
A: 那你再去敲敲门，或者等他们回来。
C: 唉，行吧。
A: @close
""")
C("insult complaint apology closing", "agent: 脑子进水了吧; resident demands the manager; agent signs off with 挂了", *K, """
A: @greet
C: 你好，我家门口的路灯坏了一个星期了，一直没人修。
A: 您家物业费交了吗？我这显示您欠了两个季度。
C: 物业费跟路灯有什么关系？路灯是公共设施。
A: 物业费不交还想让我们修东西，你脑子进水了吧？
C: 你怎么说话呢！叫你们经理来接电话，我要找你们领导。
A: 经理不在。路灯我给你报上去了，挂了。
""")
C("", "resident calls the property staff 神经病; agent stays polite, apologises and registers the feedback", *K, """
A: @greet
C: 你们物业就是一群神经病，大半夜的在楼下修剪草坪，吵得人睡不着！
A: 实在抱歉打扰到您休息了，请问是几点钟的事情？
C: 晚上十点多，割草机响了一个小时。
A: 明白了，晚上施工确实不应该，我这边马上记录下来反馈给绿化部门，以后夜间不会再安排作业。
C: 你们最好说到做到。
A: 好的，再次向您道歉，处理结果明天给您回电话。@close
""", hn=True, noise=True)
C("tariff", "parking fee: amount given but start of charging deferred (到时候财务会通知)", *K, """
A: @greet
C: 你好，我想在小区地库租个车位，怎么收费？
A: 地库车位月租是三百元一个月。
C: 那从哪天开始算钱？我下周才提车。
A: 这个到时候财务会通知您的，您先把车牌登记了。请问您贵姓？
C: 姓葛。
C: 那我现在登记，是不是现在就开始收了？
A: 您先登记，收费的事财务会跟您联系。
C: 好吧。
A: @close
""")
C("", "heavy sofa (笨重) needs the goods lift; announced 13 s hold", *K, """
A: @greet
C: 你好，我明天要搬家，有个沙发特别笨重，能用货梯吗？
A: 可以的，请问您怎么称呼，是哪栋哪户？我帮您查一下明天货梯的预约情况，请您稍等。
C: 我姓沈，五栋六零一。
A[gap=13]: 感谢您的耐心等待，明天上午九点到十一点货梯还空着，我给您约这个时段可以吗？
C: 可以，谢谢。
A: 另外搬家需要在物业前台登记一下，押金两百元，搬完检查电梯没问题当天退还。
C: 好的，明天一早过去登记。
A: @close
""", hn=True)
C("forbidden", "agent: 你想好了到底装不装再打来吧, and 喂！喂！你听我说 at the resident", *K, """
A: @greet
C: 你好，我想问一下我家阳台能不能装个防盗窗，需要什么手续？
A: 可以装，但是要在物业报备，样式要统一。
C: 统一是什么样式？我之前看别人家有白色的有黑色的。
A: 必须是灰色隐形网。
C: 那我还在考虑，要不要装我还得跟家里商量，那别的颜色……
A: 喂！喂！你听我说，只能装灰色的。你想好了到底装不装再打来吧。
C: 那好吧，我商量完了再说。
A: @close
""")
C("talk_over apology", "agent keeps cutting the resident off; resident upset, no apology", *K, """
A: @greet
C: 你好，我们单元门的门禁坏了好几天了，外面的人随便进，我家里有老人孩子，晚上都不敢睡踏实，你们能不能赶紧派人来修一下？
A[over=1.8]: 门禁我们已经报修了，配件还没到。
C: 报修都报了三天了，配件要等到什么时候？你们就不能先找个保安在门口看着吗？不然出了事谁负责？
A[over=2.2]: 保安人手不够，安排不过来。
C: 你们总是没办法，那我们交物业费干什么的？
A: 配件到了就修。
C: 行吧，那你们快点。
A: @close
""")
C("silence closing", "13 s unannounced gap before the agent answers; closing thanks only", *K, """
A: @greet
C: 你好，我想问一下这个月的水费怎么比上个月多了一倍？
A: 您是哪一户？
C: 三栋二单元1201。
A: 嗯，好。
C[gap=13]: 你好？有人吗？
A: 在。您这个月用水二十八吨，上个月十四吨，是按表读数算的，没有错。
C: 那可能是马桶漏水了，我回去看看。
A: 行，您检查一下，有问题再报修。感谢您的来电，再见。
""")
C("colleague", "agent says the security captain just 混日子 and reporting to him is useless", *K, """
A: @greet
C: 你好，我们楼下老有外卖电动车乱停，堵着消防通道，我跟保安说了好几次了。
A: 不好意思，让您反映了好几次。您跟哪个保安说的？
C: 就是那个队长，姓赵的。
A: 哦，他呀，那人就是混日子的，您跟他说了也白说。
C: 那怎么办呢？
A: 我这边直接给您登记一个工单，让秩序部经理处理，三天内给您回复。
C: 好，谢谢。
A: @close
""")
C("", "outbound fee reminder with amount and due date; resident's own 我不清楚", *K, """
A: @greet
C: 是我，什么事？
A: 提醒您一下，您家第三季度的物业费还没有缴，金额是一千零八十元，缴费截止日是本月三十号。
C: 我不清楚欠了多少，我以为我老婆交了。
A: 没关系，我这边看到是三个月的，每月三百六十元。您可以在小程序上直接缴，也可以来前台。
C: 好，我晚上在小程序上交。
A: 好的，谢谢您的支持。@close
""", out=True, hn=True, cust="陈先生")
C("hangup closing apology", "lift out of order; call ends on the resident's unanswered question", *K, """
A: @greet
C: 你好，我们三号楼的电梯又停了，我妈八十多了，上不了楼。
A: 电梯在维保，维保公司的人在修，今天上午十点报的故障，维保人员已经到现场检查了。
C: 上周才修过，怎么又坏了？什么时候能修好？
A: 这次是主板的问题，配件要从厂家调，维保公司说最快也得明天下午。
C: 那我妈今天晚上怎么办？你们能不能派人帮忙扶一下老人上楼？
""")
C("overpromise", "agent stakes his job that water will be back before midnight; apology given", *K, """
A: @greet
C: 你好，我们小区怎么又停水了，也没提前通知。
A: 非常抱歉，是主管道突然爆了，抢修队已经在修了。
C: 什么时候能来水？孩子晚上要洗澡。
A: 您放心，今晚十二点之前肯定来水，我拿我这份工作给您担保。
C: 你说的啊，到时候不来我再打。
A: 绝对没问题。给您添麻烦了。@close
""")

# ======================= government service hotline: 江州市民服务热线 =======================
K = ("government", "江州市民服务热线")
C("", "social-insurance transfer consultation; announced 12 s hold; closing with blessing", *K, """
A: @greet
C: 你好，我从外省调过来工作，想问一下社保怎么转过来。
A: 好的，请问您原来的参保地是哪个省？
C: 湖南长沙。
A: 好的，我帮您查询一下跨省转移的办理流程，请您稍等。
A[gap=12]: 感谢您的等待。您可以在国家社会保险公共服务平台上直接申请转移，也可以到我市任一社保服务窗口办理，带上身份证就行，一般四十五个工作日内转完。
C: 网上办要本人操作吗？
A: 是的，需要本人刷脸认证。
C: 好的，明白了，谢谢。
A: @close
""", hn=True)
C("forbidden shirking", "agent: 这个政策我不太清楚，你自己上网查 — refusal and push-away", *K, """
A: @greet
C: 你好，我想问一下今年新出的购房补贴，外地户口的能不能申请？
A: 购房补贴啊，这个政策我不太清楚。
C: 你们不是政务热线吗？这个不归你们解答？
A: 政策太多了，你自己上网查一下吧，住建局网站上都有。
C: 我查过了，有几条没太看懂。
A: 那你再仔细看看。
C: 好的，那我再看看。
A: @close
""")
C("greeting closing", "agent opens 喂，热线，说吧 and ends 好，就这样", *K, """
A: 喂，热线，说吧。
C: 你好，我想问一下居住证到期了怎么续签？
A: 居住证到期前三十天内，带身份证、原居住证和租房合同到居住地的社区服务中心续签，材料齐全的话当场就能办好。
C: 租房合同要备案吗？我的合同是跟房东私下签的。
A: 要的，备案了的才行，没备案的话先带着合同和房东的房产证复印件去街道备案，备案当天就能拿到证明。
C: 好的，明白了。
A: 嗯，好，就这样。
""")
C("", "citizen reports a broken streetlight and says 我不是投诉; ticket registered with callback time", *K, """
A: @greet
C: 你好，我想反映一下，我们小区门口那条路的路灯坏了一个多月了，我不是投诉啊，就是晚上太黑了，怕老人摔跤。
A: 感谢您的反映，请问具体是哪条路、哪个位置？
C: 东湖路和青年路交叉口往北大概一百米。
A: 好的，我已经登记了，工单会派给城管部门，五个工作日内会有工作人员给您回电告知处理结果。
C: 好，谢谢你们。
A: 也谢谢您的反映。@close
""", hn=True)
C("insult apology", "agent sneers 这问题问得，您小学毕业了吗", *K, """
A: @greet
C: 你好，我想问一下办护照是去公安局还是去出入境那里？
A: 出入境管理大厅。
C: 那出入境是不是就在公安局里面？我分不清这两个。
A: 这问题问得，您小学毕业了吗？出入境就是公安的一个部门，大厅在人民路八十号。
C: 我就是不清楚才问你，你怎么这么说话？
A: 地址我已经告诉您了，带身份证去就行。
C: 行吧。
A: @close
""")
C("short_call", "short call: service hall hours answered in a few seconds", *K, """
A: 您好，市民热线，请问有什么可以帮您？
C: 政务大厅周六上班吗？
A: 上班的，九点到五点。祝您生活顺心，再见。
""")
C("hangup closing", "agent stops after the answer; call ends on the citizen's question about documents", *K, """
A: @greet
C: 你好，我想给我爸办老年证，他七十岁了。
A: 老年证在户籍所在的社区服务中心办理，六十周岁以上就可以办，办好以后坐公交、逛公园都有优惠。
C: 需要本人去吗？他腿脚不方便，平时出门都要坐轮椅。
A: 可以家属代办，代办人带上自己的身份证和老人的身份证、户口本就行。
C: 那代办的话要带什么材料？
""")
C("", "不知道 about the landlord (third party); out-of-scope matter redirected with the right number and a reason", *K, """
A: @greet
C: 你好，我租的房子，房东说他不知道怎么帮我办公积金提取的租房证明，要怎么弄？
A: 没关系，房东不知道也不要紧。公积金提取是公积金管理中心负责的，它们有专门的窗口和热线，我这边把号码发给您：一二三二九。
C: 那我打一二三二九就行了？
A: 对的，一般租房提取只需要您本人的身份证和租房合同，房东不用出面，具体以公积金中心的答复为准。
C: 好的，谢谢。
A: @close
""", hn=True)
C("speech_rate", "agent rattles off the application steps far too fast", *K, """
A: @greet
C: 你好，我想问一下新生儿落户要怎么办？
A: 新生儿落户带出生医学证明父母双方身份证户口本结婚证到户籍所在地派出所户籍窗口办理出生一个月内办理不收费。
C: 啊？能不能慢点说？我没记住，要带哪几样东西？孩子出生证明我有。
A: 出生证明父母身份证户口本结婚证四样就可以了您记一下派出所上班时间是工作日九点到五点。
C: 好的，我记下了。
A: @close
""", rate="fast")
C("colleague", "agent disparages the street office staff (一个比一个懒，拖拖拉拉)", *K, """
A: @greet
C: 你好，我上个月在街道办交了低保申请材料，到现在一点消息都没有。
A: 实在抱歉让您久等了，您是在哪个街道交的？
C: 城南街道。
A: 城南街道那些人办事就是拖拖拉拉，一个比一个懒，我们这边也经常催不动。
C: 那我该怎么办？
A: 我这边给您登记催办，工单会直接派到民政局，七个工作日内给您答复。
C: 好，谢谢你。
A: @close
""")

# ======================= securities / funds: 鼎泰证券 =======================
K = ("securities", "鼎泰证券")
C("overpromise", "agent calls a fund 稳赚不赔 and guarantees eight per cent a year", *K, """
A: @greet
C: 你好，我手里有二十万闲钱，想买点理财，你们有什么推荐？
A: 我们最近有一只债券增强型基金卖得特别好。
C: 风险大吗？我年纪大了，亏不起。
A: 您放心，这只基金稳赚不赔，一年八个点跑不了的。
C: 真的吗？那我考虑一下。
A: 名额有限，您早点定。
C: 好，我跟我儿子商量一下。
A: @close
""")
C("", "hedged advice (历史业绩不代表未来) and fund fees stated with rates and when they are charged", *K, """
A: @greet
C: 你好，我想买你们那只稳健型基金，费用怎么收？
A: 这只基金的申购费率是百分之零点八，在您申购时一次性扣除；管理费每年百分之零点八，按日从基金资产里计提，不另外扣您的钱；持有满一年赎回不收赎回费。
C: 那收益能有多少？
A: 过去三年的年化收益在百分之三到四之间，但历史业绩不代表未来表现，基金有风险，收益不能保证，您要根据自己的情况考虑。
C: 好，我明白。
A: 如果对风险等级还有不明白的地方，我可以再给您讲一下。
C: 不用了，清楚了。
A: @close
""", hn=True)
C("tariff", "commission asked; agent says 很低，以系统为准 — no rate, no timing", *K, """
A: @greet
C: 你好，我想开个股票账户，开户要钱吗？交易佣金多少？
A: 开户是免费的，手机上就能开。
C: 那佣金呢？
A: 佣金很低的，现在都差不多，具体以系统显示为准。
C: 我就想知道是万几？
A: 这个开完户您在交易软件里能看到的，放心，肯定是行业里低的。
C: 那好吧。
A: @close
""")
C("complaint apology", "app outage loss; customer says he will complain to the securities regulator; agent never apologises", *K, """
A: @greet
C: 你们的交易软件今天上午崩了一个多小时，我想卖卖不出去，亏了两万多！
A: 上午确实有部分用户登录异常，技术部门已经修复了。
C: 修复了有什么用，我的损失谁来管？
A: 系统异常属于不可抗力，交易损失我们这边没法赔。
C: 什么不可抗力，这是你们的系统！我要去证监会投诉你们。
A: 您可以通过正规渠道反映，我这边也会把您的情况记录下来。
C: 你记吧。
A: 好的，已经记录，祝您投资顺利，再见。
""")
C("insult forbidden apology", "agent: 您这水平就别炒了 and 你这话什么意思", *K, """
A: @greet
C: 我上个月听你们投顾推荐买的股票，现在跌了百分之三十，你们到底靠不靠谱？
A: 投资有风险，亏了也很正常。
C: 你们推荐的时候说得天花乱坠，现在就一句有风险？
A: 您这水平，说实话就别炒股了，买点存款得了。
C: 你说谁水平不行？你们就是坑人！
A: 你这话什么意思？谁坑你了？
C: 算了，跟你说不清楚。
A: @close
""")
C("name_ask", "account-opening appointment: 你叫什么名字，报一下", *K, """
A: @greet
C: 你好，我想预约明天去营业部开户，我用不惯手机。
A: 可以，明天上午还是下午？
C: 上午十点吧。
A: 行，你叫什么名字？报一下。
C: 何志强。
A: 好的，已经给您约好明天上午十点，到时候带上身份证和一张银行卡，营业部在建设路十二号。
C: 好的，谢谢。
A: @close
""")
C("", "customer mentions a past complaint as settled; agent apologises for the earlier trouble", *K, """
A: @greet
C: 你好，我上个月投诉过一次转账延迟的事，已经处理好了啊，这次就是想问问银证转账的时间。
A: 好的，上次给您添麻烦了，实在抱歉。银证转账是交易日九点到十六点可以操作，资金实时到账。
C: 周末能转吗？
A: 周末和节假日不能转，转入转出都要在交易日。
C: 明白了，谢谢。
A: @close
""", hn=True)
C("talk_over", "agent cuts in twice before the investor finishes", *K, """
A: @greet
C: 你好，我想问一下，我的账户里有一笔钱显示冻结，我没有买任何东西，也没有挂单，不知道为什么会被冻结，能帮我看一下吗？
A[over=1.7]: 您是不是申购了新股？
C: 新股？我好像是点过一个申购，但我以为那只是看看，没想到会冻结资金，那这钱什么时候能回来？
A[over=2.0]: 没中签的话后天就解冻了。
C: 哦，那就好。
A: 中签的话会有短信通知您。@close
""")
C("silence", "agent falls silent for 16 s with no hold announced", *K, """
A: @greet
C: 你好，我想改一下账户绑定的手机号。
A: 好的，请问您的资金账号是多少？
C: {#880021347}。
A: 好。
C[gap=16]: 喂？你好？
A: 您好，在的，修改手机号需要您在交易软件的"我的-个人资料"里操作，要刷脸验证。
C: 好的，我试试。
A: @close
""")
C("filler", "agent's answer riddled with 呃/那个/就是说/然后呢", *K, """
A: @greet
C: 你好，我想问一下可转债怎么买？
A: 呃，那个，可转债就是说，跟股票差不多，呃，在交易软件里买。
C: 需要开什么权限吗？
A: 然后呢，呃，需要开通那个可转债的交易权限，就是说，要做个风险测评。
C: 在哪里开通？
A: 呃，那个，在业务办理里面，然后呢，按提示操作就行。
C: 好的。
A: @close
""")

# ======================= cable TV: 华视有线 =======================
K = ("cable_tv", "华视有线")
C("tariff", "sports package: 先送一个月，之后自动续，按月扣 — no amount", *K, """
A: @greet
C: 你好，我想看欧洲杯，要开什么套餐？
A: 您可以开我们的体育包，现在办理先送您一个月。
C: 送完以后呢？
A: 送完自动续订，按月扣费，很划算的。
C: 一个月扣多少？
A: 跟一顿饭钱差不多，不贵，我先给您开上吧。请问您贵姓？
C: 姓常。
C: 那……行吧。
A: 好的，已经开通了。@close
""")
C("", "free HD upgrade stated as permanently free", *K, """
A: @greet
C: 你好，我收到短信说可以免费升级高清机顶盒，是真的吗？以后会不会收钱？
A: 是真的，这次是全市统一的免费升级，机顶盒和上门安装都不收任何费用，以后也不会因为升级收费，您原来的套餐费用不变。
C: 那怎么预约？
A: 我帮您登记，请问您怎么称呼？
C: 姓吴。
A: 好的吴女士，三个工作日内师傅会联系您上门。@close
""", hn=True)
C("shirking apology", "no signal for two days; agent tells the customer to go to the 营业厅; no apology", *K, """
A: @greet
C: 你好，我家电视两天没信号了，一直显示无信号。
A: 您重启过机顶盒吗？
C: 重启了好几次，线也都检查了。
A: 信号问题您去营业厅问吧，他们那能处理。
C: 我打电话不就是要你们处理吗？营业厅那么远。
A: 我们这边只负责咨询，报修您得去营业厅。
C: 真麻烦。
A: @close
""", noise=True)
C("overpromise", "agent promises the technician will arrive at exactly 2 pm, 一分钟都不会差", *K, """
A: @greet
C: 你好，我预约了今天下午装宽带电视，师傅几点来？
A: 您放心，师傅今天下午两点准到，一分钟都不会差。
C: 这么准吗？我两点半要出门。
A: 绝对准时，我们的师傅从来不迟到。
C: 那好，我等着。
A: @close
""")
C("greeting", "agent says only 您好，华视有线 — no offer of help; rest clean", *K, """
A: 您好，华视有线。
C: 你好，我想把我家的电视套餐换成便宜点的。
A: 好的，请问您的用户编号或者户主姓名？
C: 户主叫郑丽华。
A: 好的，您现在是一百二十八元的全家套餐，可以换成六十八元的基础套餐，下个月一号起按新套餐收费。
C: 那就换吧。
A: 好的，已经给您办理，下月一号生效。@close
""")
C("hangup closing apology", "repeated bill error; the call ends on the customer's unanswered question", *K, """
A: @greet
C: 你好，我上个月已经把套餐停了，这个月怎么还扣了我九十八块？
A: 我查一下，系统显示您的停机申请是上个月二十号提交的，但是这个月五号才生效的，所以多扣了一个月。
C: 我上个月二十号就打电话停了，你们拖了半个月，这钱是不是该退给我？
A: 这个要走流程。
C: 什么流程？多久能退？
""")
C("", "机顶盒的老毛病 (innocent 毛病); announced 12 s hold; resolved", *K, """
A: @greet
C: 你好，我家机顶盒又卡住了，这是它的老毛病了，隔几天就卡一次。
A: 给您添麻烦了，我帮您查一下机顶盒的运行记录，请您稍等。
A[gap=12]: 感谢您的耐心等待，您这台机顶盒用了六年了，固件比较旧，可以免费给您换一台新的。
C: 免费换？不收钱？
A: 对的，老机顶盒更换是免费的，不收任何费用。师傅明天上门，您看上午还是下午方便？
C: 下午吧。
A: 好的，已经约好明天下午。@close
""", hn=True)
C("colleague", "agent: 装机师傅那帮人手艺太糙 — disparages the installers", *K, """
A: @greet
C: 你好，上周你们师傅来装的线，现在墙上的线卡全掉了，线耷拉下来。
A: 真不好意思，让您费心了。
C: 装的时候我就觉得他挺马虎的。
A: 装机师傅那帮人手艺太糙了，活儿干得稀烂，我们也没辙。
C: 那现在怎么办？
A: 我给您安排返修，明天会有另外的师傅上门重新固定。
C: 好吧。
A: @close
""")
C("short_call", "short call: customer only wanted the self-service number", *K, """
A: 您好，华视有线，请问有什么可以帮您？
C: 查余额的自助号码是多少？
A: 按一号键即可。祝您观看愉快，再见。
""")
C("closing", "correct call but the agent closes with thanks only, no blessing", *K, """
A: @greet
C: 你好，我想问一下回看功能能看几天的节目？
A: 回看功能可以看过去七天的节目，在节目单里选中往期的节目按确认键就能看。
C: 所有频道都可以吗？
A: 大部分频道都可以，少数付费频道不支持回看。
C: 好的，明白了。
A: 好的，感谢您的来电，再见。
""")

# ======================= car rental: 驰程租车 =======================
K = ("car_rental", "驰程租车")
C("name_ask", "car booking completed without ever asking the customer's name", *K, """
A: @greet
C: 你好，我想订一辆车，下周五到周日，在高铁站取。
A: 好的，您想要什么车型？
C: 五座的SUV就行，能放三个行李箱。
A: 有的，途观或者同级别车型，三天一共七百二十元，下单时在线支付。
C: 可以，就订这个吧。
A: 好的，已经用您来电的手机号下单了，取车时带驾驶证和身份证。
C: 好的。
A: @close
""")
C("insult apology", "agent sneers 租不起就别租豪车", *K, """
A: @greet
C: 你好，我想问一下那辆奔驰E级的日租金怎么这么贵，能不能便宜点？
A: 价格是统一的，没法便宜。
C: 一天一千二也太贵了，别家才八百。
A: 嫌贵您可以租别的，租不起就别租豪车嘛，何必打电话来砍价。
C: 你这是什么话？我就是问问！
A: 我就是实话实说，您要别的车型我可以给您推荐。
C: 不用了。
A: @close
""")
C("tariff", "full insurance add-on: 一天加一点钱，还车时一起算 — no amount", *K, """
A: @greet
C: 你好，我订的车想加个全险，要加多少钱？
A: 全险就是一天加一点钱，还车的时候跟租金一起算。
C: 一点是多少？
A: 不多的，看车型，还车时系统自动结算。
C: 我得知道多少钱才能决定啊。
A: 您放心，很划算的，很多客户都加。
C: 那先不加了。
A: @close
""")
C("", "deposit and service fee stated with amounts and when charged; polite name ask", *K, """
A: @greet
C: 你好，我第一次租车，想问一下押金和其他费用怎么收？
A: 好的，请问您怎么称呼？
C: 我姓罗。
A: 罗先生您好。租车押金是三千元，取车时在您的信用卡上冻结，还车后没有违章的话三十天内解冻；另外基础保障服务费每天四十元，和租金一起在下单时支付。
C: 违章押金也包含在里面吗？
A: 对，三千元里包含违章押金，没有别的押金了。
C: 好的，明白了。
A: @close
""", hn=True)
C("overpromise", "agent: 保证不会有任何问题，出了问题我们全包", *K, """
A: @greet
C: 你好，我要租车自驾去西藏，你们的车能跑高原吗？
A: 我们的车都是新车，您放心开。
C: 高原上万一出问题怎么办？
A: 保证不会有任何问题，真出了问题我们全包，拖车修车住宿都算我们的。
C: 住宿也包？那挺好。
A: 对，您就放心去玩。
C: 好，那我订一辆。请问是需要什么证件？
A: 带身份证和驾驶证就行。请问怎么称呼您？
C: 姓冯。
A: 好的冯先生，已经给您订好了。@close
""")
C("forbidden apology", "agent: 哪个门店能还我哪知道, and 你考虑清楚了再来电吧", *K, """
A: @greet
C: 你好，我在机场店取的车，能不能在火车站还？
A: 异地还车要看门店。
C: 火车站那边有你们的门店吗？能还吗？
A: 哪个门店能还我哪知道，您自己在App上看。
C: App上写得不清楚，我才打电话的。到底还不还得了？
A: 你考虑清楚了在哪还车再来电吧。
C: ……好吧。
A: @close
""")
C("talk_over apology", "agent cuts in twice on a customer with a flat tyre; no apology", *K, """
A: @greet
C: 你好，我租的车在高速上爆胎了，现在停在应急车道上，我一个人带着孩子，也不会换胎，你们能不能赶紧派人过来？
A[over=1.6]: 您先把双闪打开，人到护栏外面去。
C: 已经打开了，我们在护栏外面了，可是这里风特别大，孩子一直在哭，你们的救援大概多久能到？
A[over=2.0]: 救援车四十分钟左右到。
C: 四十分钟？这么久？
A: 现在是最近的一辆，已经出发了。@close
""")
C("speech_rate", "agent speaks in a slow drawl on every turn", *K, """
A: @greet
C: 你好，我想续租两天。
A: 好的，请问您的订单号？
C: 尾号是三六九。
A: 可以续租，两天四百元。
C: 好，什么时候付？
A: 现在就在App上付款。
C: 好的。
A: 好的，祝您一路平安，再见。
""", rate="slow")
C("", "customer says 喂 and calls the car 破车; one-key start described as 傻瓜式; agent apologises and helps", *K, """
A: @greet
C: 喂？喂？你们这什么破车，我怎么都打不着火！
A: 非常抱歉给您添麻烦了，请问您是踩着刹车按的启动键吗？
C: 要踩刹车？
A: 是的，这款车是傻瓜式的一键启动，踩住刹车，按一下启动键就可以了。
C: 哦……着了着了。
A: 好的，路上有任何问题随时打我们电话。@close
""", hn=True)
C("shirking hangup closing apology", "traffic fine during rental pushed to 交警 (跟我们没关系); call ends on the customer's question", *K, """
A: @greet
C: 你好，我收到短信说我租车期间有一个违章，要从押金里扣钱，怎么回事？
A: 违章的事您找交警去，跟我们没关系。
C: 可是短信是你们发的，说要扣我押金啊，我租车的时候合同上也写了违章由你们代为处理。
A: 我们只是通知您，违章处理不归我们管。
C: 那违章是在你们车上的，押金到底扣不扣？扣多少？
""")
C("greeting closing", "customer has to speak first (喂？你好？) before the agent greets; bare 好的拜拜", *K, """
C: 喂？你好？
A: 您好，驰程租车，请问有什么可以帮您？
C: 我想问一下，我明天要还车，还车的时候油要加满吗？不加满会怎么样？
A: 是的，取车时是满油，还车的时候也需要把油加满再还回门店，没有加满的话会按实际油量补油费，每升按加油站价格加十元服务费。
C: 好的，知道了。那还车要提前预约吗？
A: 不用预约，营业时间内直接开到门店就行，门店早上八点到晚上九点营业。
C: 好的，知道了。
A: 好的，拜拜。
""")
C("complaint", "customer threatens 12315 over a double charge; agent apologises and refunds", *K, """
A: @greet
C: 你们扣了我两次租金，一次七百二，我问了三次都说在查，再不退我就打12315了。
A: 非常抱歉，这是我们系统重复扣款，给您添了很大麻烦。我现在马上给您走退款。
C: 多久能到账？
A: 退款已经提交了，原路退回，一般一到三个工作日到账，到账后会短信通知您。
C: 这次别再拖了。
A: 明白，我会跟进到您收到为止，再次向您道歉。@close
""")

# ======================= appliance repair: 安家电器维修 =======================
K = ("appliance_repair", "安家电器维修")
C("name_ask", "repair visit booked with 你姓啥", *K, """
A: @greet
C: 你好，我家冰箱不制冷了，想约个师傅上门看看。
A: 行，地址在哪？
C: 阳光小区八栋三零二。
A: 你姓啥？
C: 姓杜。
A: 好的杜女士，明天上午师傅上门，上门检测费三十元，维修的话检测费就不收了，师傅检测后收取。
C: 好的。
A: @close
""")
C("", "滚筒洗衣机 (innocent 滚); polite name ask; visit fee stated with amount and when paid", *K, """
A: @greet
C: 你好，我家滚筒洗衣机脱水的时候响得特别厉害。
A: 好的，给您安排师傅上门检查。请问您怎么称呼？
C: 姓苏。
A: 苏女士您好，上门检测费是三十元，在师傅检测完成后收取，如果您决定维修，检测费就不收了，维修费用师傅会先报价，您同意后再修。
C: 好的，那什么时候能来？
A: 明天下午两点到四点，师傅出发前会给您打电话。
C: 可以。
A: @close
""", hn=True)
C("overpromise", "agent: 修完保证十年不坏", *K, """
A: @greet
C: 你好，我家空调外机噪音很大，修一次要多少钱？值不值得修？
A: 一般是风扇电机的问题，换电机大概两百八十元，师傅上门检测后报价，确认了再收费。
C: 修了以后会不会很快又坏？
A: 不会的，我们用的是原厂电机，修完保证十年不坏。
C: 十年？那挺好。
A: 对，您放心修。
C: 那就约明天吧。
A: 好的，请问您贵姓？
C: 姓钱。
A: 好的钱先生，已经约好明天上午。@close
""")
C("insult hangup closing apology", "agent: 自己弄坏了还有脸打电话; ends on the customer's 喂？喂？", *K, """
A: @greet
C: 你好，我家的热水器还在保修期，现在不出热水了，你们给修吗？
A: 您是不是自己拆过？
C: 我就是打开盖子看了一下，什么都没动。
A: 打开盖子就不保修了，保修卡上写得清清楚楚，私自拆机不在保修范围内。自己把机器弄坏了还有脸打电话来要免费修？
C: 你说谁没脸？你什么态度？喂？喂？
""")
C("colleague", "agent calls the previous technician 二把刀; apology given", *K, """
A: @greet
C: 你好，上周你们师傅来修的洗碗机，修完第二天又漏水了。
A: 实在抱歉，又让您跑一趟电话。我看一下上次的维修记录。
C: 是个姓孙的师傅。
A: 哦，孙师傅啊，他就是个二把刀，修东西从来修不利索。
C: 那这次能不能换个师傅？
A: 可以的，我给您安排组长亲自上门，返修不收任何费用，明天上午到。
C: 好的。
A: @close
""")
C("silence apology", "technician late; 14 s unannounced silence from the agent; no apology", *K, """
A: @greet
C: 我约了今天上午九点修洗衣机，现在都十一点了师傅还没来！
A: 您的手机号是多少？
C: {#13655081972}。
A: 嗯。
C[gap=14]: 喂？你在查吗？
A: 师傅前面那单还没修完，下午一点左右到。
C: 我请了半天假在家等，你们这样让人怎么办？
A: 师傅也是按顺序上门的。
C: 行吧，一点一定要到。
A: @close
""")
C("tariff", "visit fee asked; agent: 不多，师傅到了跟您说 — no amount", *K, """
A: @greet
C: 你好，我家油烟机不转了，上门修要多少钱？
A: 看具体什么问题，师傅上门看了才知道。
C: 那上门费多少？就算不修，上门也要收钱吧？
A: 上门费不多的，师傅到了会跟您说。
C: 我就想先知道个大概。
A: 很便宜，您放心，先给您约上吧。
C: 好吧，那约明天。
A: 好的，请问怎么称呼您？
C: 姓黄。
A: 好的黄先生，明天上午师傅联系您。@close
""")
C("filler greeting", "agent opens with 呃，那个，安家 and no offer of help; tic-heavy throughout", *K, """
A: 呃，那个，安家维修。
C: 你好，我想问一下微波炉能修吗？
A: 呃，能修的，那个，就是说，您是什么问题？
C: 转盘不转，也不加热。
A: 呃，那个可能是，就是说，磁控管坏了，然后呢，得师傅上门看。
C: 那约个时间吧，我姓邱。
A: 那个，好的邱先生，呃，明天下午可以吗？上门检测费三十元，师傅检测完收取。
C: 可以。
A: @close
""")
C("", "customer doesn't know the model (不清楚); agent reassures and checks after an announced 9 s hold", *K, """
A: @greet
C: 你好，我家空调遥控器丢了，想买个新的，可是型号我也不清楚。
A: 没关系，型号不清楚的话，您看一下空调室内机侧面的铭牌，上面有型号。
C: 我看看……写的是KFR三十五GW。
A: 好的，我帮您查一下这个型号有没有原装遥控器，请您稍等。
A[gap=11]: 让您久等了，有原装遥控器，四十五元包邮，下单后两天内发货，货到付款也可以。
C: 那就货到付款吧，寄到我登记的地址。
A: 好的，请问您怎么称呼？
C: 姓贺。
A: 好的贺女士，已经给您下单了。@close
""", hn=True)
C("short_call", "short call: customer only confirms the visit time", *K, """
A: 您好，安家维修，请问有什么可以帮您？
C: 师傅今天还来吗？
A: 来的，下午三点到。祝您生活愉快，再见。
""")
C("shirking apology complaint", "warranty repair pushed to the shop where it was bought; customer says 投诉; no apology", *K, """
A: @greet
C: 我家电视买了半年就黑屏了，还在保修期，你们给修吗？
A: 保修期内的事您找您买的商场去，我们这边只管付费维修。
C: 商场说让我找你们厂家售后，你们又让我找商场？
A: 商场怎么说我不管，我们的规定就是这样。
C: 你们就这样踢皮球？我要投诉你们。
A: 您投诉也一样，我们规定就是这样。
C: 好，你等着。
A: @close
""")

# ======================= pharmacy: 康宁大药房 =======================
K = ("pharmacy", "康宁大药房")
C("", "神经内科 prescription question; hold announced; no violations", *K, """
A: @greet
C: 你好，我妈在医院神经内科开了个处方，上面的药你们店里有吗？
A: 好的，请问是什么药？
C: 甲钴胺片和维生素B1。
A: 我帮您查一下附近门店的库存，请您稍等。
A[gap=11]: 感谢您的等待，您家附近的人民路店两种药都有，处方药需要带处方原件到店购买。
C: 好的，那我下午去。
A: 好的，人民路店营业到晚上十点。@close
""", hn=True)
C("overpromise", "agent: 吃三天保证好，不好你来找我", *K, """
A: @greet
C: 你好，我孩子咳嗽一个星期了，你们那个止咳糖浆管用吗？
A: 管用，我们卖得最好的就是这个。
C: 孩子五岁，能吃吗？
A: 能吃，按说明书减量就行。吃三天保证好，不好你来找我。
C: 真的吗？那我买一瓶。
A: 好的，请问您贵姓？
C: 姓柳。
A: 柳女士，我给您下单，送到您登记的地址，配送费六元，下单时支付。
C: 好。
A: @close
""")
C("forbidden", "drug interaction question refused with 我不知道，说明书上写着呢", *K, """
A: @greet
C: 你好，我在吃降压药，想问一下你们的感冒药能不能一起吃？
A: 哪种感冒药？
C: 就是你们店里卖的那个复方感冒灵。
A: 能不能一起吃我不知道，说明书上写着呢，您自己看看。
C: 说明书那么小的字我看不清。
A: 那您找人帮您看看。
C: 好吧。
A: @close
""")
C("insult apology", "agent: 这点常识都没有，您是怎么活这么大的", *K, """
A: @greet
C: 你好，我想问一下布洛芬是饭前吃还是饭后吃？
A: 饭后吃。
C: 那能不能空腹吃啊？我早上不想吃饭。
A: 刚说了饭后，空腹伤胃。这点常识都没有，您是怎么活这么大的？
C: 你怎么这么说话，我就是问问。
A: 那您就饭后吃吧。
C: 知道了。
A: @close
""")
C("tariff", "membership sold: 首年免费，之后自动续费 — no amount", *K, """
A: @greet
C: 你好，我想问问你们的会员卡有什么好处？
A: 会员买药九五折，还有免费测血压血糖。现在办会员第一年免费。
C: 第二年呢？要收费吗？
A: 第二年会自动续费，很便宜的，到时候短信提醒您。
C: 多少钱啊？
A: 跟一盒药差不多，我先帮您办上吧，请问怎么称呼您？
C: 姓齐。那好吧。
A: @close
""")
C("", "delivery fee stated right (amount, threshold, when paid)", *K, """
A: @greet
C: 你好，你们能送药上门吗？运费多少？
A: 可以的，订单满五十九元免配送费，不满五十九元收六元配送费，在下单的时候一起支付，一般一小时内送到。
C: 处方药也能送吗？
A: 处方药需要先上传处方照片，药师审核通过后才能配送。
C: 好的，明白了。
A: @close
""", hn=True)
C("speech_rate", "agent rushes the dosage instructions far too fast", *K, """
A: @greet
C: 你好，我买了阿莫西林，想问一下怎么吃？
A: 成人一次两粒一天三次饭后温水送服疗程一般七天不要自己停药对青霉素过敏的话不能吃。
C: 你慢点说，一次几粒？
A: 一次两粒一天三次饭后吃吃够七天如果出现皮疹马上停药就医。
C: 哦，好的，那饭后多久吃比较好？
A: 饭后半小时左右吃就可以了另外服药期间不要喝酒。
C: 好的，我记住了，谢谢你。
A: @close
""", rate="fast")
C("name_ask", "prescription order: 你叫什么，身份证号报一下", *K, """
A: @greet
C: 你好，我想订一盒胰岛素，处方已经上传了。
A: 好的，我看到了。你叫什么？身份证号报一下。
C: 我叫彭秀兰，身份证后四位是零三二八。
A: 好的，处方审核通过了，一盒一百零八元，下单时付款，今天下午送到。
C: 好的。
A: @close
""")
C("", "out of stock; customer's 我不明白; agent apologises and transfers to the pharmacist line", *K, """
A: @greet
C: 你好，我上周买的那个眼药水怎么下架了？我不明白为什么突然没了。
A: 非常抱歉，这款眼药水厂家暂时停产了，给您带来不便了。
C: 那有替代的吗？
A: 替代用药需要药师根据您的情况推荐，我帮您转接到我们的执业药师，请您稍等。
C: 好的。
A: 正在为您转接，祝您早日康复。
""", hn=True)
C("complaint apology", "wrong medicine delivered; customer asks for the store manager; agent never apologises", *K, """
A: @greet
C: 你们给我送错药了！我订的是降糖药，送来的是降压药，我差点就吃了！
A: 您把订单号发一下。
C: 订单号是{#5307712}，你们到底怎么配的药？
A: 可能是配药的时候拿错了，我给您重新送。
C: 这种事能拿错？出了事谁负责？叫你们店长跟我说！
A: 店长现在不在，我给您登记，重新配送一个小时内到。
C: 你们等着。
A: @close
""")
C("greeting", "agent opens with 哪位？; greets only after the customer speaks", *K, """
A: 哪位？
C: 你好，是康宁大药房吗？
A: 哦，您好，这里是康宁大药房，请问有什么可以帮您？
C: 我想问一下你们晚上几点关门，我下班比较晚，一般九点多才到家，想顺路去买点药。
A: 人民路店是二十四小时营业的，其他门店一般是早上八点开门、晚上十点关门，节假日也照常营业。
C: 好的，谢谢。
A: @close
""")

# ======================= hotel booking: 悦途酒店预订 =======================
K = ("hotel", "悦途酒店预订")
C("name_ask tariff", "booking with 你姓什么; cancellation charge glossed (看情况，可能扣一点)", *K, """
A: @greet
C: 你好，我想订下周六晚上的大床房，一间。
A: 有的，大床房四百二十八元一晚，含双早。你姓什么？
C: 姓邵。
A: 好的，已经给您订上了。
C: 如果到时候去不了，取消要扣钱吗？
A: 看情况，可能会扣一点，到时候再说。
C: 扣多少？什么时候之前取消不扣？
A: 这个不好说，您尽量别取消就行。
C: 那好吧。
A: @close
""")
C("greeting forbidden", "opens 喂，预订部; breakfast question refused with 我不清楚", *K, """
A: 喂，预订部。
C: 你好，我订了你们西湖店明天的房间，想问一下含不含早餐？
A: 订单上没写的话我不清楚。
C: 你帮我查一下嘛，我是在你们App上订的，订单号是{#60219374}，入住人是我。
A: 查到了，您订的是无早房型，需要加早餐的话每位六十八元，入住时在前台付。
C: 好的，那我到了再加。
A: @close
""")
C("overpromise", "agent guarantees a free sea-view upgrade (保证，肯定有)", *K, """
A: @greet
C: 你好，我下个月结婚纪念日，订了你们三亚店的标准间，能不能帮忙升级一下？
A: 恭喜您！您放心，我保证给您免费升级到海景房，肯定有。
C: 真的吗？那太好了。
A: 对，到时候您直接跟前台说是我答应的就行，百分之百没问题。
C: 好，谢谢你啊。
A: @close
""")
C("silence filler", "agent with 呃/那个/就是说 tics; 13 s unannounced silence", *K, """
A: @greet
C: 你好，我订的房间能不能改成明天入住？
A: 呃，那个，改日期的话，就是说，要看明天有没有房。
C: 那你看一下呢。
A: 呃，好，那个，您的订单号是？
C: {#60233815}。
A: 嗯。
C[gap=13]: 喂？还在吗？
A: 呃，在的，就是说，明天有房，然后呢，差价是五十元，入住时在前台补。
C: 好，那就改吧。
A: 那个，好的，已经改了。@close
""")
C("short_call", "short call: caller only wanted the hotel's address confirmed", *K, """
A: 您好，悦途酒店预订，请问有什么可以帮您？
C: 你们南京店在新街口吧？
A: 是的，在新街口。祝您入住愉快，再见。
""")
C("talk_over complaint", "guest demands the manager; agent interrupts twice but apologises", *K, """
A: @greet
C: 我现在就在你们酒店前台，我提前一个月订的房，到了说没房了，让我去别的酒店，我带着老人孩子折腾了一天了，你们这是什么服务？
A[over=1.8]: 非常抱歉，是酒店超售了。
C: 超售是你们的问题，凭什么让我们去别的地方？今天必须给我一个说法，我要找你们经理，不行我就去网上曝光你们！
A[over=2.1]: 实在对不起，我马上给您联系经理。
C: 你快点。
A: 经理五分钟内给您回电，同时我们给您安排同级别以上的酒店，差价和车费都由我们承担，再次向您道歉。@close
""")
C("insult apology", "agent: 您是第一次住酒店吗？这都不懂", *K, """
A: @greet
C: 你好，我想问一下退房是几点？能不能晚一点退？
A: 十二点退房。
C: 那我下午两点退行不行？飞机是晚上的。
A: 您是第一次住酒店吗？十二点退房这都不懂？晚退要加钱的。
C: 我就问一下，你至于这么说话吗？
A: 延迟到下午两点加收半天房费，两百一十四元，退房时结算。
C: 行了，我知道了。
A: @close
""")
C("", "cancellation policy stated with amount and deadline; closing 祝您旅途愉快", *K, """
A: @greet
C: 你好，我订的房间如果取消的话要收费吗？
A: 您订的是可取消房型，入住日前一天下午六点之前取消是免费的；超过这个时间取消，会收取首晚房费的百分之五十，也就是二百一十四元，从您预付的房费里扣。
C: 明白了，那我先留着。
A: 好的。您还有其他需要吗？
C: 没有了。
A: 感谢您选择悦途，祝您旅途愉快，期待您的光临，再见。
""", hn=True)
C("", "hedged upgrade (看当天房态，不能保证); agent quotes a noisy neighbour's 有病 while registering feedback", *K, """
A: @greet
C: 你好，我昨晚住你们店，隔壁房间吵到半夜，我敲门让他小声点，他还骂我"有病"。
A: 非常抱歉让您没休息好。您是说隔壁的客人骂您"有病"，对吧？这个我给您如实记录，反馈给酒店值班经理。
C: 对。今晚还要住一晚，能不能给我换个安静点的房间，最好是高楼层的？
A: 我已经给您备注换房和高楼层优先，但具体要看今天的房态，我没法保证一定能安排到，前台会尽量满足。
C: 好，那麻烦了。
A: 不客气，再次向您道歉。祝您今晚睡个好觉，再见。
""", hn=True, noise=True)
C("", "customer talks over the agent (negative) and says 你这话什么意思; agent answers patiently", *K, """
A: @greet
C: 你好，我订了明天的房，App上显示待确认，是什么情况？
A: 您好，待确认是因为酒店还在核对房态，一般半小时内会确认。
C[over=1.5]: 你这话什么意思？是不是没房了？
A: 不是的，请您放心，是正常的确认流程。我帮您催一下酒店，请您稍等。
A[gap=11]: 让您久等了，酒店已经确认了，您刷新一下订单就能看到。
C: 好的，看到了。
A: 好的，祝您入住愉快，一路平安，再见。
""", hn=True)
C("", "backchannel overlap of 0.2 s; sick leave (病假) mentioned innocently; proper transfer to the hotel", *K, """
A: @greet
C: 你好，我在你们杭州店住，同事请病假了，我们团队少一个人，多出来一间房能不能退掉？
A[over=0.2]: 嗯，明白。
A: 入住后退房需要酒店前台直接处理，我帮您转接到杭州店前台，他们可以马上给您办理，请稍等。
C: 好的。
A: 正在为您转接，如果没有接通，前台电话我已经短信发给您了。祝您工作顺利，再见。
""", hn=True)
C("", "plain clean booking: polite name ask, price and payment time, blessing", *K, """
A: @greet
C: 你好，我想订这周五的双床房，两晚。
A: 好的，请问您怎么称呼？
C: 姓叶。
A: 叶先生您好，双床房周五和周六两晚，每晚三百八十八元，一共七百七十六元，入住时在前台支付，可以免费保留到晚上六点。
C: 好的，就订这个。
A: 已经给您订好了，确认短信稍后发到您手机上。
C: 谢谢。
A: @close
""")
C("", "correct closing in a different wording: 欢迎下次入住，祝您出差顺利", *K, """
A: @greet
C: 你好，我想开一张住宿发票，公司报销用的。
A: 好的，请您提供一下公司抬头和税号。
C: 抬头是明远科技有限公司，税号我稍后发到你们邮箱可以吗？
A: 可以的，邮箱地址我短信发给您，收到后二十四小时内开具电子发票发回您的邮箱。
C: 好的，谢谢。
A: 不客气，欢迎您下次入住，祝您出差顺利，再见！
""", hn=True)
C("", "pets policy: 不知道 said by the customer, agent clear; outbound confirmation call", *K, """
A: @greet
C: 是我，怎么了？
A: 您订了我们成都店明天的房间，跟您确认一下入住时间，另外您备注了带宠物，想跟您说明一下政策。
C: 对，我带一只小狗，我也不知道你们让不让带。
A: 成都店是可以带宠物的，十公斤以下的小型犬，每晚加收一百元清洁费，入住时在前台支付。
C: 好，我大概晚上八点到。
A: 好的，已经备注。@close
""", out=True, hn=True, cust="叶女士")
C("", "plain clean: Wi-Fi question, neutral, blessing", *K, """
A: @greet
C: 你好，你们酒店的无线网密码是多少？我忘了问前台。
A: 您好，请问是哪家门店？
C: 武汉光谷店，我住在八楼，手机和电脑都连不上。
A: 光谷店的无线网名称是YueTu，密码是房间号加八个八，登录后有问题可以打前台电话。
C: 好的，连上了，谢谢。
A: @close
""")

# ======================= mobile game support: 幻域手游 =======================
K = ("mobile_game", "幻域手游")
C("insult apology", "agent mocks the player: 菜就多练，别来客服哭", *K, """
A: @greet
C: 你好，我觉得你们这个新副本有问题，怪的伤害太高了，我打了二十次都过不去。
A: 副本数值是测试过的，很多人都过了。
C: 可是我装备都满了，还是一下就被秒。
A: 菜就多练，别来客服哭，我们也不能为您一个人改数值。
C: 你怎么说话的？我就是反馈问题！
A: 反馈我记下了。
C: 算了。
A: @close
""")
C("tariff", "monthly card auto-renewal: 到期自动续，到时候扣 — no amount", *K, """
A: @greet
C: 你好，我买了月卡，到期了会自动续费吗？
A: 会的，到期自动续，到时候直接扣。
C: 扣多少钱？从哪个账户扣？
A: 跟您第一次买的差不多，具体以扣款为准。
C: 我第一次是活动价，六块钱，续费也是六块吗？
A: 这个以系统为准，您留意一下就行。
C: 哦。
A: @close
""")
C("shirking complaint apology", "recharge not credited pushed to the app store; player threatens 12315; no apology", *K, """
A: @greet
C: 我充了六百四十八元，钱扣了，钻石没到账！
A: 您是在哪里充的？
C: 苹果手机，游戏里直接充的。
A: 那您去找苹果的应用商店，钱是他们扣的，跟我们没关系。
C: 我买的是你们游戏的钻石，你们不管？
A: 扣款不归我们管。
C: 你们要是不处理，我就打12315投诉。
A: 您随意。@close
""")
C("forbidden hangup closing apology", "agent: 你到底想说啥; the call ends on the player's unanswered question", *K, """
A: @greet
C: 你好，我的号被封了，说我用外挂，可我没用过，就是前几天换了个新手机登录。
A: 系统检测到异常就会封。
C: 我没用外挂，换手机也算异常？那我怎么申诉啊，你们能不能……
A: 你到底想说啥？封了就是封了。
C: 我想问申诉的入口在哪？多久能有结果？
""")
C("filler", "agent's answer riddled with 呃/那个/就是说/然后呢/对吧", *K, """
A: @greet
C: 你好，我想问一下新版本什么时候上线？
A: 呃，那个，新版本就是说，预计下周四，呃，对吧，停服维护以后上线。
C: 维护几个小时？
A: 呃，那个，一般就是说六个小时，然后呢，会发补偿邮件。
C: 补偿什么？
A: 呃，那个，就是说，钻石和体力，然后呢，具体看公告。
C: 好的。
A: @close
""")
C("speech_rate", "agent reads the account-recovery steps far too fast", *K, """
A: @greet
C: 你好，我的账号密码忘了，绑定的手机号也换了，怎么找回？
A: 您在登录页点忘记密码选择人工申诉填写注册时间首次充值金额常用登录地区上传身份证照片提交后三个工作日内审核。
C: 太快了，你说慢点，要填哪些？我注册时间早就忘了，大概是三年前。
A: 注册时间首充金额常用地区身份证照片这四项审核结果会发到您新的手机号上。
C: 好，我去试试。
A: @close
""", rate="fast")
C("colleague", "agent disparages the game designers (策划那帮人不清醒，乱改数值)", *K, """
A: @greet
C: 你好，这次更新把我练了半年的角色削弱了，我充了好几千呢。
A: 不好意思，这次平衡性调整影响了不少玩家。
C: 你们改之前就不考虑一下玩家吗？
A: 说实话，策划那帮人天天拍脑袋乱改数值，我们客服也跟着挨骂。
C: 那能补偿吗？
A: 我把您的意见登记上去，补偿方案以官方公告为准，一般一周内会出。
C: 好吧。
A: @close
""")
C("short_call", "short call: server status answered in a few seconds", *K, """
A: 您好，幻域手游客服，请问有什么可以帮您？
C: 现在是不是在维护？
A: 是的，下午三点开服。祝您游戏愉快，再见。
""")
C("", "a player reported another player's 脑残 insult; agent quotes it while filing the report", *K, """
A: @greet
C: 你好，我想举报一个玩家，他在世界频道骂我"脑残"，还骂我全家。
A: 非常抱歉让您有这样的遭遇。您是说对方在世界频道骂您"脑残"，还有辱骂家人的话，对吗？请问对方的角色名是什么？
C: 叫"夜行者七七"。
A: 好的，我已经提交举报，附上了聊天记录，核实后会按规定处罚，处理结果会通过游戏邮件通知您。
C: 好，谢谢。
A: 也谢谢您维护游戏环境。@close
""", hn=True, noise=True)
C("", "game terms sharing characters with insults (角色死了/复活/死亡次数) and 不知道密码也没关系", *K, """
A: @greet
C: 你好，我的角色死了以后复活按钮一直是灰的，点不了。
A: 给您添麻烦了，角色死亡后需要等待十秒才能复活，如果十秒后还是灰色，可能是网络延迟，您切换一下网络试试。
C: 好了，能点了。对了，我另一个小号的密码不知道了。
A: 不知道密码也没关系，登录页面点"忘记密码"，用绑定的手机号接收验证码就能重置。
C: 好的，谢谢。
A: @close
""", hn=True)
C("", "refund policy stated with amount and timing; hedged unban (我没办法保证)", *K, """
A: @greet
C: 你好，我未成年的孩子偷偷用我手机充了三百元，能退吗？
A: 给您添麻烦了。未成年人充值可以申请退款，需要您提供孩子的身份证明和充值记录，审核通过后三百元会原路退回，一般在七个工作日内到账。
C: 一定能退吗？
A: 我没办法保证一定通过，要以审核结果为准，但您的情况符合申请条件，我会帮您标注加急。
C: 好的，谢谢你。
A: @close
""", hn=True)
C("", "customer rudely says 你们策划是猪吗; agent apologises and registers feedback; proper transfer", *K, """
A: @greet
C: 你们策划是猪吗？这个活动奖励也太抠了！
A: 非常抱歉这次活动让您不满意，您的意见我会如实反馈给运营团队。
C: 还有，我的活动奖励到现在都没发。
A: 奖励补发需要账号专员查后台记录，我帮您转接到账号专员，请您稍等，他们会直接帮您补发。
C: 行。
A: 正在为您转接，祝您游戏愉快。
""", hn=True)
C("", "customer says 喂 on a bad line after a correct greeting; agent: 刚才没听清楚，麻烦您再说一遍", *K, """
A: @greet
C: 喂？喂？听得到吗？
A: 您好，能听到的，刚才没听清楚，麻烦您再说一遍。
C: 我说我想换绑手机号。
A: 好的，在游戏设置里点账号安全，选择换绑手机，需要原手机号接收验证码。
C: 原来的手机号停用了怎么办？
A: 那可以选择人工换绑，提交身份证照片，一般两个工作日审核完成。
C: 好的，明白了。
A: @close
""", hn=True)
C("", "plain clean: event dates question", *K, """
A: @greet
C: 你好，春节活动什么时候开始？
A: 春节活动从一月二十八日零点开始，到二月十日结束，活动期间每天登录都能领奖励。
C: 要充值才能参加吗？
A: 不需要，登录奖励和活动副本都是免费参加的，不收任何费用。
C: 好的，谢谢。
A: @close
""")

# ======================= second-hand marketplace: 易转二手 =======================
K = ("secondhand", "易转二手")
C("shirking forbidden apology", "buyer never paid; agent: 你自己找买家，他去哪了我哪知道", *K, """
A: @greet
C: 你好，我在你们平台卖了一台相机，买家说付款了，我已经发货了，可我一直没收到钱。
A: 那你自己找买家问吧，交易是你们两个人的事。
C: 平台上他已经不回消息了。
A: 他去哪了我哪知道，我们又管不了买家。
C: 那我相机不是白送了？
A: 你可以再联系联系他。
C: 唉。
A: @close
""")
C("insult complaint apology", "agent blames the scammed seller (你这种人就该被骗); seller says 投诉; no apology", *K, """
A: @greet
C: 你好，我被骗了，有个买家让我加他微信，说平台上付不了款，然后我就被骗了两千块。
A: 平台上写得明明白白不要私下交易，您没看到吗？
C: 我当时没注意……
A: 你这种人就是活该被骗，提醒了多少遍都不听。
C: 你怎么能这么说话？我要投诉你！你们平台就这么对待受害者？
A: 私下交易平台不负责，您去报警吧。
C: 好，我先报警，再投诉你。
A: @close
""")
C("filler talk_over", "agent full of 那个/就是说/呃 tics and twice cuts the seller off", *K, """
A: @greet
C: 你好，我的商品一直审核不通过，我卖的就是一个旧的电饭煲，也没有什么违规的东西，你们到底为什么不让我发？
A[over=1.7]: 呃，那个，就是说，您的图片可能有问题。
C: 图片有什么问题？我都是自己拍的，清清楚楚，也没有水印，也没有联系方式，你们审核的人是不是看错了？
A[over=1.9]: 那个，呃，就是说，背景里有个二维码。
C: 哦，那是墙上贴的。
A: 呃，那个，不好意思，您重新拍一张，然后呢，再提交就行。@close
""")
C("greeting name_ask", "outbound verification call opens 喂，你是在我们平台卖手机的吧 and asks 你叫啥", *K, """
A: 喂，你是在我们平台卖手机的吧？
C: 对，你哪位？
A: 易转二手的。你叫啥？
C: 我叫蔡明。
A: 蔡先生，您发布的那台手机因为价格比较高，按平台规定需要做一下验机，我跟您约一下时间。验机是免费的，验完合格会给您的商品加"已验"标识。
C: 那明天上午吧。
A: 好的，明天上午十点验机员上门。@close
""", out=True)
C("forbidden apology", "agent: 你想明白了要不要退再联系我们吧 and 我也不明白你要干嘛", *K, """
A: @greet
C: 我买了一件二手外套，收到发现有个洞，卖家描述里没说，我想退，但是又有点想留着自己补补……
A: 到底退不退？
C: 我也在犹豫，退了运费谁出？补的话卖家能不能便宜点？
A: 我也不明白你要干嘛。你想明白了要不要退再联系我们吧。
C: 你这态度……行吧。
A: @close
""")
C("silence shirking apology", "17 s unannounced silence; the agent then says 物流的事找快递公司", *K, """
A: @greet
C: 你好，我买的东西卖家说发了，可物流信息三天没更新了。
A: 订单号是多少？
C: {#202611287734}。
A: 嗯。
C[gap=17]: 喂？你好？
A: 看到了，物流的事您找快递公司吧，我们平台只管交易。
C: 可是是你们平台下的单啊，我怎么找快递？
A: 物流单号上有快递公司电话，您自己打。
C: 好吧。
A: @close
""")
C("overpromise colleague", "agent calls the authenticators 眼神不行 and guarantees 百分之百正品", *K, """
A: @greet
C: 你好，我在你们平台买了个包，说经过鉴定是正品，可我拿去专柜，人家说是假的。
A: 非常抱歉，您先别着急。
C: 你们不是有鉴定师吗？
A: 我们那几个鉴定师眼神不行，经常看走眼，这事我也没办法替他们说话。
C: 那我怎么办？
A: 您重新下单一个，这次我亲自盯着，保证百分之百是正品，再出问题我个人赔您双倍。
C: 先把这个给我退了再说。
A: 好的，退货退款已经给您提交了，全额退回。@close
""")
C("speech_rate closing", "agent drawls every turn; ends with thanks only", *K, """
A: @greet
C: 你好，怎么修改收货地址？
A: 在订单详情里点修改地址。
C: 已经发货了还能改吗？
A: 发货以后就改不了了。
C: 好吧，知道了。
A: 好的，谢谢您的来电，再见。
""", rate="slow")
C("short_call", "short call: one quick question answered", *K, """
A: 您好，易转二手，请问有什么可以帮您？
C: 卖东西要交钱吗？
A: 不收任何费用。祝您交易顺利，再见。
""")
C("greeting hangup closing apology", "agent opens 喂，说 ; the call ends on the customer's 喂？喂？", *K, """
A: 喂，说。
C: 你好，我上个月在你们平台卖了一台二手冰箱，交了五百块保证金，我想问一下，我的保证金什么时候能退？
A: 交易完成七天后自动退。
C: 我的交易上个月就完成了，还没退，能帮我查一下吗？
A: 查不了，我这边看不到保证金的退款记录。
C: 为什么查不了？你们客服都查不了谁能查？我的钱就这么一直压在你们那里吗？喂？喂？
""")
C("", "platform fee stated with rate and when it is deducted; hedged dispute outcome", *K, """
A: @greet
C: 你好，我想在你们平台卖一台旧电脑，平台收多少手续费？
A: 平台服务费是成交价的百分之一，在交易成功、买家确认收货的时候从货款里扣除，不会另外向您收钱。
C: 要是买家收到说有问题要退货呢？
A: 如果有纠纷，平台会介入核实双方的证据，最终结果以核实为准，我没办法提前保证哪一方胜诉，但会公正处理。
C: 好，明白了。
A: @close
""", hn=True)
C("", "agent quotes a seller's 神经病 reported by the buyer while registering the report", *K, """
A: @greet
C: 你好，我想反映一个卖家，我就问了一句能不能便宜点，他就骂我"神经病，买不起别问"。
A: 非常抱歉让您遇到这样的事。您是说卖家回复您"神经病，买不起别问"，对吗？我这边已经记录，会对该卖家进行警告处理。
C: 对。我不是要投诉你们平台，就是觉得这种人该管管。
A: 理解的，感谢您的反馈，处理结果会通过消息通知您。@close
""", hn=True, noise=True)
C("", "customer (not agent) says 你这话什么意思 and 喂; agent apologises for the confusion", *K, """
A: @greet
C: 喂，你们客服说我的账号有风险要冻结，你这话什么意思？
A: 非常抱歉让您担心了，冻结只是暂时限制提现，是因为系统检测到您的账号在异地登录。
C: 我出差了，当然是异地。
A: 明白了，我这边给您做一下身份核实，请您提供一下注册手机号。
C: {#13812365409}。
A: 好的，核实通过，已经给您解除限制了，给您添麻烦了。@close
""", hn=True)
C("", "plain clean: how to leave a review", *K, """
A: @greet
C: 你好，交易完成了，想给卖家评价，在哪里评？
A: 在"我买到的"里面找到这个订单，点"去评价"就可以了，交易完成后十五天内都能评价。
C: 好的，找到了。
A: 好的，还有别的需要帮忙的吗？
C: 没有了，谢谢。
A: @close
""")
C("", "hedged delivery estimate (预计，以物流为准); agent reassures 不清楚的地方随时问", *K, """
A: @greet
C: 你好，我买的书卖家今天发货了，大概几天能到？
A: 您的订单是从北京发往广州的，一般预计三到四天能到，具体以物流更新为准。
C: 好的，如果到时候没收到呢？
A: 超过七天没收到，您可以在订单里申请平台介入，有任何不清楚的地方随时联系我们。
C: 好的，谢谢。
A: @close
""", hn=True)

# ======================= additional calls =======================
C("silence tariff", "locker rental sold with 先免费用; 14 s unannounced silence", "parcel_locker", "邻格智能柜", """
A: @greet
C: 你好，我想给我的小店租一个你们的柜子格口，长期放货用，怎么收费？
A: 长期租用格口有包月服务，现在办的话先免费用。
C: 免费用多久？之后多少钱一个月？
A: 嗯。
C[gap=14]: 喂？你好？
A: 在的，免费用一段时间，之后的价格要看格口大小，到时候会通知您。
C: 那我还是先不办了，等你们有准确价格再说。
A: 好的。@close
""")
C("talk_over greeting", "agent opens without the company name and cuts the customer off twice", "cable_tv", "华视有线", """
A: 您好，请问有什么可以帮您？
C: 你好，我家的机顶盒遥控器按什么键都没反应，电池我刚换过新的，机顶盒的灯也是亮的，就是调不了台，我妈等着看电视剧呢。
A[over=1.8]: 您试一下对着机顶盒按住设置键五秒。
C: 按住设置键五秒是吧，我试试……好像还是不行，灯闪了一下就没反应了，是不是遥控器坏了？要不要换一个新的？
A[over=2.0]: 那就是遥控器坏了，可以免费换。
C: 怎么换？
A: 我给您登记，明天快递寄出，不收任何费用，两三天能到。@close
""")
C("", "agent asks the customer to describe again (我不太清楚您说的是哪一扇门) — clarification, not refusal", "property", "锦和物业", """
A: @greet
C: 你好，我们那个门老是关不上，风一吹就开，晚上响个不停。
A: 不好意思，我不太清楚您说的是哪一扇门，是单元门、楼道的防火门还是地库的门？麻烦您再描述一下。
C: 是楼道里的防火门，三栋二单元十二楼的。
A: 好的，应该是闭门器松了，我给您报修，维修师傅今天下午五点前上门处理，维修是免费的。
C: 好，谢谢。
A: 感谢您的反馈，祝您居家愉快，再见。
""", hn=True)
C("", "announced 14 s hold; closing 祝您投资顺利、生活愉快 in the agent's own words", "securities", "鼎泰证券", """
A: @greet
C: 你好，我想查一下我上个月的分红到账了没有。
A: 好的，麻烦您提供一下资金账号和开户人姓名，我帮您核实一下。
C: 账号{#880057761}，开户人叫邹雨晴。
A: 好的邹女士，我帮您查询一下分红记录，请您稍等，不要挂机。
A[gap=14]: 感谢您耐心等待，您持有的那只基金上月十八日分红，每份零点零二元，共三百一十二元，已经在二十日到账了。
C: 好的，我看到了，谢谢。
A: 不客气，还有其他需要帮忙的吗？
C: 没有了。
A: 那就不打扰您了，祝您投资顺利、生活愉快，再见。
""", hn=True)


# ---------------------------------------------------------------- build --------------
LINE = re.compile(r"^([AC])(?:\[(\w+)=([0-9.]+)\])?:\s*(.*)$")


def count_chars(text: str) -> int:
    return len(re.sub(rf"[\s{PUNCT}…—“”‘’（）()《》\-]", "", text))


def expand(call, i, rng):
    co, ind = call["company"], call["industry"]
    nm = NAMES[i % len(NAMES)]
    wid = str(1000 + (i * 337) % 9000)
    bl = BLESS[ind]
    lines = []
    for raw in call["turns"].strip().splitlines():
        raw = raw.strip()
        if not raw:
            continue
        m = LINE.match(raw)
        assert m, (i, raw)
        spk, key, val, text = m.groups()
        if "@greet" in text:
            pool = OUT_GREET if call["direction"] == "outbound" else GREET
            text = text.replace("@greet", pool[rng.randrange(len(pool))])
        if "@close" in text:
            text = text.replace("@close", CLOSE[rng.randrange(len(CLOSE))])
        text = (text.replace("{co}", co).replace("{nm}", nm).replace("{bl}", bl)
                .replace("{cust}", call["cust"]).replace("{#wid}", "{#" + wid + "}"))
        lines.append(("agent" if spk == "A" else "customer", key, float(val) if val else None,
                      text))
    return lines


def gen_segments(call, lines, rng, noisy):
    if noisy:
        p_trad = rng.uniform(0.2, 0.8)
        pmode = rng.randrange(3)
    segs = []
    t = rng.uniform(0.4, 1.3)
    prev = None
    for spk, key, val, text in lines:
        clean = render_numbers(text, digits=False)
        shown = asr_noise(render_numbers(text, digits=True), rng, p_trad, pmode) if noisy else clean
        n = count_chars(shown)
        if spk == "agent" and call["rate"] == "fast":
            r = rng.uniform(8.1, 9.4)
        elif spk == "agent" and call["rate"] == "slow":
            r = rng.uniform(1.45, 1.75)
        else:
            r = rng.uniform(3.4, 5.6)
        dur = max(n, 1) / r
        if prev is None:
            start = t
        elif key == "gap":
            start = prev["end"] + val
        elif key == "over":
            start = prev["end"] - val
            assert start > prev["start"] + 0.5, (call["note"], text)
        else:
            start = prev["end"] + rng.uniform(0.35, 1.5)
        seg = {"speaker": spk, "start": round(start, 2), "end": round(start + dur, 2),
               "text": shown, "_clean": clean}
        segs.append(seg)
        prev = seg
    duration = round(max(s["end"] for s in segs) + rng.uniform(0.3, 1.1), 2)
    return segs, duration, [render_numbers(l[3], digits=False) for l in lines]


def timing_labels(segs, duration, stats):
    labels = set()
    if duration < 20:
        labels.add("short_call")
    # silence
    max_end = 0.0
    last_agent_text = ""
    for s in sorted(segs, key=lambda s: s["start"]):
        gap = s["start"] - max_end
        if max_end > 0 and gap >= 10:
            announced = any(w in last_agent_text for w in HOLD_WORDS) and gap <= 15
            stats["gaps"].append((gap, announced))
            if not announced:
                labels.add("silence")
        elif max_end > 0:
            stats["small_gaps"].append(gap)
        if s["end"] > max_end:
            max_end = s["end"]
            if s["speaker"] == "agent":
                last_agent_text = s["_clean"]  # what was said, not what ASR wrote
    # talk_over
    overs = []
    for a in segs:
        if a["speaker"] != "agent":
            continue
        for c in segs:
            if c["speaker"] == "customer" and c["start"] < a["start"] < c["end"]:
                overs.append(c["end"] - a["start"])
    if any(o >= 1.0 for o in overs):
        labels.add("talk_over")
    stats["overs"].append(max(overs) if overs else 0.0)
    # speech rate
    rates = []
    for s in segs:
        n = count_chars(s["text"])
        if s["speaker"] == "agent" and n >= 6:
            rates.append(n / (s["end"] - s["start"]))
    if rates:
        mean = sum(rates) / len(rates)
        if mean >= 7.5 or mean <= 2.0:
            labels.add("speech_rate")
        stats["rates"].append((min(rates), max(rates), mean))
    return labels


def main() -> int:
    rng = random.Random(SEED)
    n = len(CALLS)
    forced = {i for i, c in enumerate(CALLS) if c["noise"] is True}
    free = [i for i, c in enumerate(CALLS) if c["noise"] is None]
    want = round(0.25 * n) - len(forced)
    noisy_set = forced | set(rng.sample(free, max(0, want)))
    out, per_family = [], Counter()
    errors = []
    for i, call in enumerate(CALLS):
        cid = f"G-{i + 1:03d}"
        try:
            one_call(i, call, cid, rng, noisy_set, out, per_family)
        except AssertionError as e:
            errors.append(f"{cid}: {e}")
    for e in errors:
        print("ERROR", e)
    assert not errors, len(errors)
    nclean = sum(1 for o in out if not o["labels"])
    nhn = sum(1 for o in out if o["metadata"]["hard_negative"])
    for f in FAMILIES:
        need = 10 if f in TEXT_MIN10 else 6
        assert per_family[f] >= need, (f, per_family[f])
    assert n >= 150, n
    assert 0.26 <= nclean / n <= 0.34, (nclean, n)
    assert nhn >= 40, nhn
    multi = sum(1 for o in out if len(o["labels"]) >= 2)
    with OUT.open("w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"{n} calls -> {OUT}")
    print(f"clean {nclean}, hard negatives {nhn}, noisy {len(noisy_set)}, 2+ labels {multi}")
    for f in FAMILIES:
        print(f"  {f:12s} {per_family[f]}")
    return 0


def one_call(i, call, cid, rng, noisy_set, out, per_family):
    if True:
        for f in call["labels"]:
            assert f in FAMILIES, (cid, f)
        lines = expand(call, i, rng)
        noisy = i in noisy_set
        stats = {"gaps": [], "small_gaps": [], "overs": [], "rates": []}
        segs, duration, clean_texts = gen_segments(call, lines, rng, noisy)
        tl = timing_labels(segs, duration, stats)
        hand = set(call["labels"]) & TIMING
        assert tl == hand, (cid, call["note"], sorted(tl), sorted(hand), stats)
        labs = set(call["labels"])
        # margins between positives and negatives
        if "short_call" in labs:
            assert duration <= 18, (cid, duration)
        else:
            assert duration >= 30, (cid, duration, call["note"])
        assert duration <= 300, (cid, duration)
        for gap, announced in stats["gaps"]:
            if "silence" in labs and not announced:
                assert 12 <= gap <= 20.5, (cid, gap)
            elif announced:
                assert 8.9 <= gap <= 14.5, (cid, gap)
        assert all(g <= 4 for g in stats["small_gaps"]), (cid, max(stats["small_gaps"]))
        if "talk_over" in labs:
            assert stats["overs"][0] >= 1.4, cid
        else:
            assert stats["overs"][0] <= 0.3, (cid, stats["overs"])
        if stats["rates"]:
            lo, hi, mean = stats["rates"][0]
            if "speech_rate" in labs:
                assert (lo >= 7.9) or (hi <= 1.85), (cid, stats["rates"])
            else:
                assert 3.0 <= lo and hi <= 6.3, (cid, stats["rates"])
        # hangup read from the (clean) transcript
        last_spk, last_clean = lines[-1][0], clean_texts[-1]
        ends_open = last_spk == "customer" and (last_clean.rstrip().endswith(("？", "?"))
                                                or "喂" in last_clean)
        assert ends_open == ("hangup" in labs), (cid, call["note"], last_clean)
        if "hangup" in labs:
            assert "closing" in labs, cid
        per_family.update(labs)
        for s in segs:
            del s["_clean"]
        out.append({
            "call_id": cid, "labels": sorted(labs), "note": call["note"], "noise": noisy,
            "duration": duration,
            "metadata": {"writer": "G", "industry": call["industry"], "company": call["company"],
                         "direction": call["direction"], "hard_negative": bool(call["hn"]),
                         "language": "zh", "sample_rate": 8000},
            "segments": segs,
        })


if __name__ == "__main__":
    sys.exit(main())
