"""Independent labelled call set E (eval/independent/tune_e.jsonl; first heldout_e.jsonl), built only from
DOMAIN.md and the seed articles (writer E, 2026-12-05).  Run:
    .venv/bin/python eval/independent/build_e.py

LABEL POLICY: a family is listed in `labels` iff the call contains a violation of it per the
QA standard (seeds/001 lines 80-200, DOMAIN.md); every family not listed should stay quiet.
The transcript text of a `"noise": true` call is what Whisper-base would plausibly write for
8 kHz audio; the labels describe what was SAID (a misheard 神经病→神经变 is still an insult).

greeting   : the agent's first utterance must be the opening: 您好 + company/line name + an offer
             of help (请问有什么可以帮您 / 很高兴为您服务 …, 工号 optional).  Positive when the agent
             opens with 「喂」 (also 「喂，您好…」), opens with other words (喂/嗯/哪位) and greets only
             after the customer spoke, or the opening lacks the company name or the offer of help.
closing    : the agent's final turn(s) must carry a courteous closing: thanks (感谢您的来电/耐心
             等待/支持/配合/反馈…) or a blessing (祝您生活愉快/一切顺利/周末愉快…), with a farewell.
             Positive when the call ends without either (「好，再见」「行就这样」「嗯」 alone, or the
             agent simply stops).
forbidden  : 服务禁语 by the agent that are not insults: 「不清楚/不明白/不知道」 as the agent's own
             refusal about the matter asked (「这个我不清楚」「我也不知道」), 「那你想好了再打来」 and
             variants, 「你这话什么意思」 and variants, addressing the customer with 「喂」 mid-call
             (「喂，你听我说」).  NOT positive: 不知道/不清楚/不明白 about the customer or a third
             party or as reassurance (「您不清楚也没关系」「如有不明白的地方」「刚才没听清」), quoting,
             customer speech.  A call with insults only is not also `forbidden`.
insult     : the agent insults, attacks, mocks or tells the customer to go away (神经病, 有病,
             脑子进水, 聋, 听不懂人话, 傻, 没钱别办, 滚, 去死, 哪凉快哪待着…).  Quoting or reporting
             an insult while handling a complaint, the customer's own insults, and polite sentences
             sharing characters (手机死机, 滚动, 病历, 傻瓜式操作) are negative.
filler     : 口头禅 — habitual verbal tics of the agent (啊/呀/呃/这个/那个/就是/然后 as fillers):
             positive with >= 6 tic uses spread over >= 3 agent turns.  Demonstrative 这个/那个
             (「这个套餐」) and one or two sentence-final 啊/呀 are negative.
tariff     : when fees come up (the customer asks, or the agent sells/opens a paid service) the
             agent must state both the amount and when charging starts.  Positive when either is
             missing or glossed (「现在是免费期」「费用不高」「到时候以短信为准」).  No fee talk: negative;
             a one-off goods price in an order call is not a tariff matter (charged on purchase).
name_ask   : impolite name ask anywhere (「你姓什么」「你叫啥」「名字报一下」) is positive; an
             order-taking call (new order, delivery or installation booking with name/phone/address)
             with no polite ask (「请问您贵姓」「怎么称呼您」) is positive.  Service calls that verify
             the account holder politely, or calls with no order and no ask, are negative.
apology    : something went wrong on the company side or the customer is plainly unhappy and the
             agent never apologises (抱歉/对不起/不好意思/给您添麻烦了).  Positive only then.
shirking   : 推诿 — the agent pushes an in-scope matter away (「不归我们管」「你自己找快递」「去营业厅
             问吧」) without handling, transferring or registering it.  A transfer or ticket with an
             explanation is negative.
colleague  : the agent attacks or disparages colleagues, other departments or pre-sales staff
             (「那个销售就是瞎说」「装维那帮人懒」).  Neutral acknowledgement (「可能同事没解释清楚」) and
             registering a complaint about a colleague are negative.
complaint  : the customer states an intent to complain or escalate (投诉, 12315, 工信部, 消协, 金融
             监管, 曝光, 找你们领导).  「我不是要投诉」 and the agent mentioning channels unprompted are
             negative.
overpromise: 夸张/乱承诺 — the agent guarantees what cannot be guaranteed or exaggerates (「百分之百
             批」「保证明天一定到」「永远不涨价」「绝对不会再断网」).  Hedged promises (「一般三到五个
             工作日」「我没法保证，但会加急」) are negative.
hangup     : the agent hangs up before the customer: the transcript ends on the customer's
             unanswered question/request (or 「喂？喂？」) with no agent reply.  Calls ending on the
             customer's goodbye are negative.
TIMING THRESHOLDS (ours; DOMAIN.md gives none).  Times are generated, and these labels are
computed from the segments and checked against the hand labels (see timing_labels()):
short_call : call length (last segment end) < 20 s.  Every negative call is >= 30 s.
silence    : a gap with nobody speaking >= 10 s that the agent did not announce (a hold announced
             with 稍等/稍候/帮您查 of <= 15 s is negative).  Negatives have no unannounced gap > 4 s.
talk_over  : the agent starts speaking >= 1.0 s before the customer's current segment ends
             (at least once).  Negatives have agent overlaps <= 0.3 s only; the customer talking
             over the agent is negative.
speech_rate: the agent's mean rate over turns of >= 6 characters is >= 7.5 chars/s (too fast) or
             < 2.0 chars/s (drawl).  Negatives keep the agent mean within 3.0-6.2 chars/s and no
             agent turn above 6.5 chars/s (characters exclude punctuation and spaces).
"""
import hashlib
import json
import random
import re
from pathlib import Path

FAMILIES = ["greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask",
            "apology", "shirking", "colleague", "complaint", "overpromise", "hangup",
            "short_call", "silence", "talk_over", "speech_rate"]
TIMING = {"short_call", "silence", "talk_over", "speech_rate"}

CALLS = []


def C(cid, team, labels, note, script, noise=False, arate=None, first=None):
    CALLS.append(dict(cid=cid, team=team, labels=labels.split(), note=note, script=script,
                      noise=noise, arate=arate, first=first))


PUNCT = re.compile(r"[\s，。！？、；：“”‘’（）《》…,.!?;:\"'()\-—~～]")


def nchars(t):
    return len(PUNCT.sub("", t))


HOMO = [("客服", "克服"), ("话费", "话废"), ("营业厅", "营业听"), ("神经病", "神经变"),
        ("你姓什么", "你信什么"), ("套餐", "套参"), ("流量", "流亮"), ("工号", "公号"),
        ("投诉", "投素"), ("退款", "退宽"), ("宽带", "宽待"), ("账单", "帐单"),
        ("稍等", "少等"), ("不知道", "不知到"), ("信用卡", "信用咖"), ("积分", "基分"),
        ("快递", "快弟"), ("您好", "你好"), ("分期", "分七"), ("扣费", "扣费"),
        ("滞纳金", "直纳金"), ("光猫", "光毛"), ("物流", "无流"), ("订单", "定单"),
        ("办理", "半理"), ("生活愉快", "生活宇快"), ("请问", "请文"), ("营业员", "营业圆"),
        ("有病", "有并"), ("再见", "在见"), ("确认", "却认"), ("手续费", "手续飞")]
_S = ("这个么们说话时间务费办为还没问题请帮号电网给对发过会来后开关单钱银见谢让认设记录经听现车东买卖货订样应该处"
      "边进实报动户业专长门马尽级带满")
_T = ("這個麼們說話時間務費辦為還沒問題請幫號電網給對發過會來後開關單錢銀見謝讓認設記錄經聽現車東買賣貨訂樣應該處"
      "邊進實報動戶業專長門馬盡級帶滿")
assert len(_S) == len(_T)
S2T = dict(zip(_S, _T))


def noisify(text, rng):
    for a, b in HOMO:
        if a in text and rng.random() < 0.75:
            text = text.replace(a, b)
    if rng.random() < 0.3:
        text = "".join(S2T.get(ch, ch) for ch in text)
    r = rng.random()
    if r < 0.55:
        text = PUNCT.sub("", text)
    elif r < 0.85:
        text = re.sub(r"[，。！？、；：,.!?]", " ", text).strip()
        text = re.sub(r"\s+", " ", text)
    return text


TURN = re.compile(r"^([AC])(\{[^}]*\})?[:：]\s*(.*)$")


def build_segments(call, rng):
    ar = call["arate"]
    a_base = rng.uniform(3.9, 5.3)
    c_base = rng.uniform(3.6, 5.6)
    t = call["first"] if call["first"] is not None else rng.uniform(0.4, 2.2)
    segs = []
    prev = None
    for raw in call["script"].strip().splitlines():
        raw = raw.strip()
        if not raw:
            continue
        m = TURN.match(raw)
        if not m:
            raise ValueError(f"{call['cid']}: bad line {raw!r}")
        spk = "agent" if m.group(1) == "A" else "customer"
        opts = {}
        if m.group(2):
            for kv in m.group(2)[1:-1].split(","):
                k, v = kv.split("=")
                opts[k.strip()] = float(v)
        text = m.group(3)
        if "r" in opts:
            rate = opts["r"]
        elif spk == "agent" and ar:
            rate = rng.uniform(*ar)
        else:
            base = a_base if spk == "agent" else c_base
            rate = min(6.0, max(3.0, base + rng.uniform(-0.5, 0.5)))
        dur = max(0.7, nchars(text) / rate)
        if prev is None:
            start = t
        elif "o" in opts:
            start = prev["end"] - opts["o"]
        elif "g" in opts:
            start = prev["end"] + opts["g"]
        else:
            start = prev["end"] + rng.uniform(0.3, 1.3)
        seg = dict(speaker=spk, start=round(start, 2), end=round(start + dur, 2), text=text)
        segs.append(seg)
        prev = seg
    return segs


HOLD = re.compile(r"稍等|稍候|帮您查|给您查|查询一下|请您等|查一下")


def timing_labels(segs):
    out = set()
    dur = max(s["end"] for s in segs)
    if dur < 20:
        out.add("short_call")
    elif dur < 30:
        out.add("?short_call")
    # silence: gaps in the union of activity
    srt = sorted(segs, key=lambda s: s["start"])
    cover = srt[0]["end"]
    last_spk = srt[0]
    for s in srt[1:]:
        gap = s["start"] - cover
        if gap > 0:
            announced = last_spk["speaker"] == "agent" and HOLD.search(last_spk["text"])
            if announced and gap <= 15:
                pass
            elif gap >= 10:
                out.add("silence")
            elif gap > 4:
                out.add("?silence")
        if s["end"] >= cover:
            cover = s["end"]
            last_spk = s
    # talk over: agent starting inside a customer segment
    for i, s in enumerate(segs):
        if s["speaker"] != "agent":
            continue
        for c in segs[:i]:
            if c["speaker"] == "customer" and c["start"] < s["start"] < c["end"]:
                ov = c["end"] - s["start"]
                if ov >= 1.0:
                    out.add("talk_over")
                elif ov > 0.3:
                    out.add("?talk_over")
    rates = [nchars(s["text"]) / (s["end"] - s["start"]) for s in segs
             if s["speaker"] == "agent" and nchars(s["text"]) >= 6]
    if rates:
        mean = sum(rates) / len(rates)
        if mean >= 7.5 or mean < 2.0:
            out.add("speech_rate")
        elif not (3.0 <= mean <= 6.2) or max(rates) > 6.5:
            out.add("?speech_rate")
    return out, dur

# ---------------------------------------------------------------- batch 1
C("e-001", "宽带组", "", "Clean: full greeting, fault ticket with apology, closing with thanks+blessing.", """
A: 您好，华讯通信客服中心，工号2517，请问有什么可以帮您？
C: 你好，我家宽带从昨天晚上开始就一直连不上，灯是红的。
A: 非常抱歉给您带来不便。请问是光猫上那个LOS灯亮红灯吗？
C: 对，就是那个，一闪一闪的红灯。
A: 好的，我这边先帮您查一下您所在小区有没有线路故障，请您稍等。
A{g=9}: 感谢您的耐心等待。查到您那片区今天上午有光缆施工，可能影响到您了，我给您登记一个故障单，装维师傅会在二十四小时内联系您。
C: 行吧，那师傅会先打电话吧？
A: 会的，会先打您预留的这个手机号，跟您约上门时间。
C: 好，那就这样。
A: 好的，再次抱歉耽误您使用了，感谢您的来电，祝您生活愉快，再见！
C: 拜拜。
""")

C("e-002", "信用卡组", "", "Clean bank call; tariff correctly disclosed (amount 0.6%/期 and charged from the first bill after instalment).", """
A: 您好，沧海银行信用卡中心，我是客服小周，请问有什么可以帮您？
C: 喂你好，我想问一下我这个月账单能不能分期？
A: 可以的。为了核实身份，请您提供一下持卡人姓名和身份证后四位。
C: 刘建国，后四位是零三一七。
A: 好的刘先生，核实通过了。您本期账单是八千四百二十元，可以分三期、六期或者十二期。
C: 那分期要收手续费吧？多少钱？
A: 是的，分十二期的话每期手续费率是百分之零点六，每期大概是五十块五毛二，从您下个月的账单开始按月收取，一共收十二期。
C: 哦，那还行，那就十二期吧。
A: 好的，已经帮您办好了，下期账单日是十二月十八号，到时候您在账单上就能看到分期本金和手续费了。
C: 好的好的，谢谢啊。
A: 不客气，感谢您对沧海银行的支持，祝您生活愉快，再见。
""")

C("e-003", "订购组", "", "Clean e-commerce order: polite name ask (您贵姓), verifies name/phone/address, delivery process, service number, blessing.", """
A: 您好，优品汇购物，请问您需要订购什么产品？
C: 我在电视上看到你们那个破壁机，想订一台。
A: 好的，您说的是这款静音破壁机对吧，现在活动价是三百九十九元，包邮。请问您贵姓？
C: 我姓陈。
A: 陈女士您好，请问收货地址和联系电话是？
C: 杭州市西湖区文三路一百二十号，电话一三九零五七一二二八六。
A: 跟您核对一下：陈女士，电话一三九零五七一二二八六，地址杭州市西湖区文三路一百二十号，对吗？
C: 对的。
A: 好的，订单已经下好了，是货到付款，三到五天顺丰送到，快递员会提前给您打电话。有问题可以拨打我们的客服电话四零零八八六六一二三，我的工号是三零八。
C: 好的。
A: 感谢您的订购，祝您生活愉快，再见！
""")

C("e-004", "投诉组", "complaint", "Hard negative for insult/colleague: agent REPORTS the insult the customer says a previous agent used, apologises, registers complaint. Customer wants to complain -> complaint.", """
A: 您好，华讯通信客服，工号1893，很高兴为您服务。
C: 我要投诉！我昨天打你们电话，那个客服直接骂我神经病，什么态度啊！
A: 您先别生气，非常抱歉让您有这样的经历。您是说昨天那位客服说您“神经病”，是吗？
C: 对！原话就是这么说的，我录音了都。
A: 如果属实，这是严重的服务违规，我这边马上给您登记投诉，核实后会对当事客服严肃处理，并在四十八小时内给您回电。
C: 你们必须给我个说法。
A: 一定会的。请问您昨天大概几点打进来的？
C: 下午三点多吧。
A: 好的，我都记下了，投诉单号是T二零二六一二零五零零四七。再次向您表示歉意，感谢您的反馈，祝您生活愉快。
C: 行，等你们电话。
""")

C("e-005", "宽带组", "greeting closing", "Agent opens with 「喂」 then the greeting; ends with just 好，再见 (no thanks, no blessing).", """
A: 喂，您好，华讯通信，请问有什么可以帮您？
C: 我想改一下宽带的预约时间，原来约的是明天上午。
A: 请提供一下宽带账号或者装机地址。
C: 宝山区友谊路三百号二单元五零二。
A: 查到了，明天上午九点到十二点。您想改到什么时候？
C: 后天下午吧，我明天要上班。
A: 可以，已经帮您改到后天下午一点到五点，师傅上门前会电话联系您。
C: 好的。
A: 好，再见。
""")

C("e-006", "营业组", "", "Hard negative for forbidden: 不清楚/不知道 about the customer and as reassurance (您不清楚也没关系, 如有不明白的地方).", """
A: 您好，联信移动客服，请问有什么可以帮您？
C: 你好，我妈的手机号每个月扣好多钱，我也不知道她办了什么业务。
A: 您不清楚也没关系，我帮您一项一项查。请问您是机主本人吗？或者您母亲在身边吗？
C: 她在旁边，我开免提了。
A: 好的阿姨您好，请您报一下身份证号码后六位。
C: 二一零零三七。
A: 谢谢您。查到名下有一个视频会员，每月十五元，是十月十号开通的，还有一个来电提醒三元一个月。
C: 她说她没办过这个视频会员。
A: 好的，我马上帮您退订视频会员，从下个月起就不再扣了；本月已扣的十五元我给您提交退费申请，三到五个工作日退回话费账户。如有不明白的地方，您随时打过来。
C: 好的谢谢你啊姑娘。
A: 不客气，感谢您的来电，祝您和阿姨生活愉快，再见。
""")

C("e-007", "售后组", "forbidden apology", "Agent's own refusal to know (这个我也不知道), customer unhappy about a late parcel and never gets an apology.", """
A: 您好，云购商城售后客服，请问有什么可以帮您？
C: 我买的东西一个礼拜了还没到，物流信息三天没更新了，怎么回事？
A: 请提供一下订单号。
C: 尾号是六六八二。
A: 看到了，显示在郑州转运中心。
C: 那为什么三天不动？到底什么时候能到？
A: 这个我也不知道，物流那边的事。
C: 你们卖东西的都不知道谁知道？我等着用呢！
A: 我给您催一下吧，有消息会短信通知您。
C: 那你快点。
A: 好的，感谢您的来电，祝您生活愉快，再见。
""")

C("e-008", "信用卡组", "insult apology", "Agent questions the customer's hearing and intelligence (耳朵…听不见, 这都听不懂).", """
A: 您好，鼎丰银行信用卡中心，请问有什么可以帮您？
C: 我想问一下最低还款是怎么算的。
A: 最低还款额是账单金额的百分之十，还最低的话剩下的部分要计利息。
C: 那我是还百分之十就行了吗？不算逾期吧？
A: 我刚才不是说了吗，百分之十。
C: 那利息怎么算的呢？
A: 你耳朵是不是不好使啊？我说了剩下的部分计息，这都听不懂，真是服了。
C: 你什么态度？
A: 还有别的问题吗？没有就这样，感谢来电，祝您生活愉快。
""")

C("e-009", "订购组", "name_ask", "Order call with impolite name ask 「你姓什么」 (order flow item 4).", """
A: 您好，鲜果到家订购热线，请问您需要订购什么产品？
C: 我要订两箱那个赣南脐橙。
A: 好的，两箱十斤装的一共一百三十八元。你姓什么？
C: 姓黄。
A: 地址和电话说一下。
C: 南昌市青山湖区北京东路八十八号，电话一三六零七九一五五四三。
A: 跟您核对：黄先生，一三六零七九一五五四三，南昌市青山湖区北京东路八十八号，两箱脐橙。没问题的话明后天发顺丰，大概两到三天到。
C: 行。
A: 好的，有问题可以打我们客服电话四零零六七八九零零一，感谢您的订购，祝您生活愉快。
""")

C("e-010", "资费组", "tariff", "Customer asks fee; agent glosses 「现在是免费期」 without amount or start date.", """
A: 您好，联信移动客服，工号6620，请问有什么可以帮您？
C: 我手机上收到短信说给我开了个什么云盘，这个要钱吗？
A: 您说的是云空间业务对吧，这个现在是免费期，您放心用。
C: 那免费期过了呢？到时候收多少？
A: 到时候会有短信提醒您的，费用也不高。
C: 哦那行吧。
A: 还有其他可以帮您的吗？
C: 没了。
A: 好的，感谢您的来电，祝您生活愉快，再见。
""")

C("e-011", "售后组", "", "Clean: customer apologises for calling late; agent thanks; not a fee call (refund amount is not a charge).", """
A: 您好，云购商城售后客服，很高兴为您服务，请问有什么可以帮您？
C: 你好，我前天申请了退货，快递员已经取走了，想问下退款什么时候到。
A: 好的，请提供一下订单号或者下单手机号。
C: 手机号是一五八二一三四七七九零。
A: 查到了，您的退货仓库今天上午已经签收，退款会在一到三个工作日内原路退回您的支付宝。
C: 那就好，我还以为丢了呢。
A: 您放心，到账以后系统会给您发短信通知。还有其他可以帮您的吗？
C: 没有了，谢谢。
A: 感谢您的耐心，祝您购物愉快，再见！
""")

C("e-012", "宽带组", "shirking", "Agent pushes an in-scope billing question to the 营业厅 without helping.", """
A: 您好，华讯通信客服，请问有什么可以帮您？
C: 我宽带到期了，想问问续费有没有优惠。
A: 续费的优惠我们这边看不到，您去营业厅问吧。
C: 哦，你们这边查不了是吧？
A: 对，这个得去营业厅，我们这边管不了。
C: 那我最近的营业厅在哪？
A: 您在地图上搜一下就有了。还有别的事吗？
C: 没了。
A: 好的，感谢来电，祝您生活愉快。
""")

C("e-013", "信用卡组", "", "Hard negative for insult: polite sentences sharing characters (病历, 死机, 滚动). Customer ill -> deferral; agent empathetic.", """
A: 您好，沧海银行信用卡中心，请问有什么可以帮您？
C: 你好，我上个月住院了，信用卡忘了还，现在逾期了怎么办？
A: 先祝您早日康复。如果是因病住院导致的逾期，您可以申请办理延期还款说明，需要提供住院病历和出院小结。
C: 我手机银行打开一直卡，死机好几次，传不上去。
A: 不好意思给您添麻烦了。您可以把页面往下滚动到“材料上传”，如果还是不行，也可以拍照发到我们的官方邮箱。
C: 好的，那逾期会影响征信吗？
A: 您提交材料审核通过后，我们会按因病逾期处理，一般不会上报不良记录，具体以审核结果为准。
C: 那太好了，谢谢。
A: 不客气，感谢您的配合，祝您身体健康，再见。
""")

C("e-014", "宽带组", "greeting", "Late greeting: agent's first words 「嗯，哪位？」, greets only after the customer spoke.", """
A: 嗯，哪位？
C: 你好，我是来报修宽带的。
A: 哦您好，这里是华讯通信客服，请问有什么可以帮您？
C: 我家网特别慢，晚上看视频一直转圈。
A: 请提供一下宽带账号。
C: 零二一八八六七三四五。
A: 好的，我看到您的端口是正常的，我先帮您远程重启一下光猫，请您稍等。
A{g=8}: 已经重启好了，麻烦您现在测一下网速。
C: 嗯，现在快多了。
A: 好的，如果之后再变慢可以随时联系我们。感谢您的耐心等待，祝您生活愉快，再见。
""")

C("e-015", "商城客服组", "overpromise", "Agent guarantees next-day delivery and 'absolutely no quality problems' (乱承诺).", """
A: 您好，优品汇商城客服，请问有什么可以帮您？
C: 我想买你们那个扫地机器人，明天能到吗？我后天要出差。
A: 能到，您今天下单我保证明天一定给您送到。
C: 真的吗？我在新疆乌鲁木齐。
A: 没问题，百分之百明天到，而且这款机器绝对不会出任何质量问题，用十年都不会坏。
C: 那行，我现在就下单。
A: 好的，感谢您的支持，祝您生活愉快，再见。
""")

C("e-016", "营业组", "", "Clean; 这个 used as demonstrative (这个套餐), one sentence-final 啊-free; tariff disclosed: 58元/月 from next month 1st.", """
A: 您好，联信移动客服，工号4408，请问有什么可以帮您？
C: 我现在这个套餐流量老是不够用，有没有流量多一点的？
A: 我看您现在是三十八元的套餐，每月二十G。这个套餐您可以升级到五十八元的畅享套餐，每月六十G，通话二百分钟。
C: 五十八一个月是吧，什么时候开始算？
A: 对，五十八元每月，您今天办理的话，新套餐从下个月一号开始生效并按五十八元收取，本月还是按原来的三十八元。
C: 那行，帮我办了吧。
A: 好的，已经帮您预约变更，稍后您会收到确认短信。
C: 好嘞。
A: 感谢您的支持，祝您生活愉快，再见。
""")

C("e-017", "售后组", "colleague", "Agent disparages the pre-sales colleague (售前那个就是瞎说), violates 不得诋毁售前人员话术 / attacking colleagues.", """
A: 您好，优品汇售后服务中心，请问有什么可以帮您？
C: 我买的时候售前说这个空调包安装包拆旧机，现在师傅说拆旧机要另外收钱。
A: 真不好意思。售前那个小姑娘新来的，就是瞎说，她懂什么呀，拆旧机从来都是要收费的。
C: 那你们自己人说的话不算数？
A: 抱歉，拆旧确实是另收的，五十元一台，安装当天师傅现场收。
C: 那好吧。
A: 感谢您的理解，祝您生活愉快，再见。
""")

C("e-018", "信用卡组", "hangup closing", "Customer's last question goes unanswered: the agent hung up on her.", """
A: 您好，鼎丰银行信用卡中心，请问有什么可以帮您？
C: 我的卡被锁了，刷不了。
A: 请提供一下持卡人姓名和卡号后四位。
C: 张丽，后四位八八零二。
A: 您的卡因为密码连续输错三次被锁定了，需要您带身份证去网点重置密码。
C: 不能在手机银行上弄吗？我这边离网点很远的，那个……
A: 网点办。
C: 喂？那手机银行到底能不能重置啊？喂？
""")

C("e-019", "宽带组", "short_call", "Complete but very short call (<20 s). Everything else fine.", """
A: 您好，华讯通信，请问有什么可以帮您？
C: 我打错了不好意思。
A: 没关系，感谢来电，祝您生活愉快。
""", first=0.5)

C("e-020", "营业组", "silence", "Unannounced 14 s silence after the customer's question (agent never says 稍等).", """
A: 您好，联信移动客服，请问有什么可以帮您？
C: 我想查一下我这个月话费怎么扣了一百多。
A: 请您提供一下机主姓名。
C: 王海涛。
C{g=1}: 这个月到底扣了些什么啊？
A{g=14}: 您好，查到了，本月有一笔国际漫游费八十六元，是您十一月二十号在香港产生的。
C: 哦对，我去香港了，那没事了。
A: 好的，还有其他需要帮助的吗？
C: 没了谢谢。
A: 感谢您的来电，祝您生活愉快，再见。
""")

C("e-021", "投诉组", "talk_over apology complaint", "Agent repeatedly cuts in while the (angry) customer is still talking; never apologises; customer threatens 工信部 complaint.", """
A: 您好，华讯通信客服，请问有什么可以帮您？
C: 我跟你说，我上个月已经把那个流量包退掉了，结果这个月又扣了我二十块钱，我打了三次电话了都没人给我解决，你们到底怎么搞的
A{o=2.2}: 您说的这个情况我这边看一下。
C: 你先听我说完，我上次那个客服说好给我退的，结果钱到现在也没退回来，我已经准备去工信部投诉你们了
A{o=1.8}: 您先别急，我查到了，退订是这个月五号才生效的。
C: 五号生效？我明明是上个月二十几号办的
A{o=1.5}: 系统显示就是五号。
C: 那二十块钱怎么办？
A: 我给您提交一个退费工单，三个工作日内处理。
C: 行，再不处理我真去投诉了。
A: 好的，感谢您的来电，祝您生活愉快，再见。
""")

C("e-022", "资费组", "speech_rate", "Agent reads the whole offer at about 9 chars/s (too fast to follow); tariff itself complete.", """
A{r=8.6}: 您好，联信移动客服，工号3310，请问有什么可以帮您？
C: 我看到你们有个什么宽带加手机的融合套餐，想了解一下。
A{r=9.2}: 好的这个融合套餐是每月一百二十九元包含三百兆宽带两张副卡每月一百G流量和一千分钟通话您今天办理的话从下个月一号开始按一百二十九元收取。
C: 啊？你说慢一点，多少兆？
A{r=8.8}: 三百兆宽带每月一百二十九元从下个月一号开始收费另外还送一个智能机顶盒宽带需要预约装机师傅上门。
C: 哦，那我再想想吧。
A{r=9.0}: 好的没问题您考虑好了可以随时来电或者在我们的官方营业厅小程序上办理感谢您的来电祝您生活愉快再见。
""")

C("e-023", "订购组", "filler", "Heavy verbal tics by the agent (呃/那个/就是/啊 as fillers across many turns).", """
A: 您好，鲜果到家订购热线，请问您需要订购什么产品？
C: 你们的车厘子现在多少钱？
A: 呃，那个，车厘子现在就是，呃，三斤装的是一百六十八啊。
C: 是J级的吗？
A: 对对，就是那个，呃，JJ级的，就是个头比较大的那种啊。
C: 那我要一盒，怎么送？
A: 呃，那个，就是，我们是顺丰冷链，呃，大概就是一两天到啊。请问您贵姓？
C: 姓吴，电话一三七一二二三四五六七，地址就是上次那个，东莞南城鸿福路九号。
A: 好的吴女士，那个，跟您核对一下，一三七一二二三四五六七，东莞南城鸿福路九号，一盒三斤装车厘子，对吧？
C: 对。
A: 好的，感谢您的订购，祝您生活愉快，再见。
""")

C("e-024", "投诉组", "", "Hard negative for complaint: customer explicitly 「我不是要投诉」; mild dissatisfaction gets an apology; agent thanks for the feedback.", """
A: 您好，云购商城客服，很高兴为您服务。
C: 你好，我不是要投诉啊，就是想反馈一下，你们快递员送货的时候没打电话直接放驿站了。
A: 不好意思给您带来不便了，感谢您的反馈。请问您的订单号是？
C: 尾号三九一五。
A: 好的，我已经记录下来，会反馈给配送站点，提醒快递员以后送货前先电话联系您。
C: 好的，也没什么大事，就是跟你们说一声。
A: 非常感谢您的理解和支持，祝您生活愉快，再见！
""")

C("e-025", "信用卡组", "forbidden", "Agent brush-off 「那你想好了再打来吧」 and 「你这话什么意思」.", """
A: 您好，鼎丰银行信用卡中心，请问有什么可以帮您？
C: 我想提高一下额度，不过也不一定，看看你们能给多少。
A: 您是要申请临时额度还是固定额度？
C: 都行吧，哪个划算？你们会不会查我征信啊？
A: 你这话什么意思？申请额度就是要评估的。
C: 我就是问问，那临时的能给多少？
A: 你到底要不要调？那你想好了再打来吧。
C: ……行吧。
A: 好，感谢您的来电，祝您生活愉快。
""")

# ---------------------------------------------------------------- batch 2
C("e-026", "宽带组", "", "Clean, noisy ASR. Move-house broadband transfer; fee disclosed (移机费100元, charged on the next bill).", """
A: 您好，华讯通信客服，工号5102，请问有什么可以帮您？
C: 你好我下个月搬家，宽带能不能一起移过去？
A: 可以的，请问新地址是哪里？
C: 闵行区莘庄镇莘松路二十八弄。
A: 好的，我查了一下新地址有我们的光纤覆盖。移机需要收取一百元的移机费，会计入您办理当月的账单，在下个月账单里一起扣。
C: 一百啊，行吧。那什么时候能装？
A: 我给您预约，师傅会在三个工作日内联系您上门。请问您怎么称呼？
C: 姓孙。
A: 孙先生，联系电话还是尾号二二八零这个吗？
C: 对。
A: 好的，已经帮您提交了。感谢您的来电，祝您乔迁愉快，再见。
""", noise=True)

C("e-027", "营业组", "insult complaint apology", "Noisy. Agent calls the customer 神经病 (ASR: 神经变).", """
A: 您好，联信移动客服，请问有什么可以帮您？
C: 我要把我的号码注销，但是我不想去营业厅。
A: 注销必须本人带身份证到营业厅办理。
C: 凭什么啊，你们办的时候打个电话就办了，注销就要跑一趟？
A: 规定就是这样。
C: 什么破规定，你们就是故意为难人。
A: 神经病吧你，规定又不是我定的，冲我嚷什么。
C: 你怎么骂人呢？
A: 还有别的事吗？没事我挂了。
C: 我要投诉你！
A: 随便你，感谢来电，祝您生活愉快。
""", noise=True)

C("e-028", "订购组", "name_ask", "Noisy. Order call: 「你姓什么」 (ASR: 你信什么), otherwise fine.", """
A: 您好，优品汇购物，请问您需要订购什么产品？
C: 我想订那个按摩椅，电视上打广告那个。
A: 好的，这款按摩椅活动价两千九百八，送货上门，免费安装。你姓什么？
C: 我姓马。
A: 马先生，送货地址是？
C: 石家庄长安区中山东路五十六号。
A: 电话是？
C: 一五九三一一二八八零六。
A: 核对一下，马先生，一五九三一一二八八零六，石家庄长安区中山东路五十六号，按摩椅一台，货到付款，三到七天送到，送货前师傅会打电话。客服电话四零零八八六六一二三。
C: 好。
A: 感谢您的订购，祝您生活愉快，再见。
""", noise=True)

C("e-029", "资费组", "tariff", "Agent sells a paid add-on and gives the amount but not when charging starts ('到时候以短信为准').", """
A: 您好，联信移动客服，请问有什么可以帮您？
C: 我出国要用流量，有没有什么国际流量包？
A: 有的，您去哪个国家？
C: 日本，去一个礼拜。
A: 日本可以办一个七天的日韩流量包，一共五十八元，七天内不限流量。
C: 那我今天办，是今天就开始扣钱还是到了日本才扣？
A: 这个到时候以系统短信为准。
C: 啊？那行吧，先给我办上。
A: 好的，已经帮您办理了，感谢您的来电，祝您旅途愉快，再见。
""")

C("e-030", "售后组", "shirking apology", "Agent tells customer to sort out a damaged parcel with the courier himself (你自己找快递); customer unhappy, no apology.", """
A: 您好，云购商城售后，请问有什么可以帮您？
C: 我收到的花瓶碎了，箱子都压扁了。
A: 那是快递压坏的，你自己找快递公司吧。
C: 我是在你们这买的啊，快递又不是我找的。
A: 运输损坏是快递的责任，我们这边处理不了。
C: 你们这服务真够可以的。
A: 您可以拨打快递的客服电话。感谢您的来电，祝您生活愉快，再见。
""")

C("e-031", "投诉组", "", "Hard negative for colleague + insult: agent neutrally admits the earlier explanation was unclear; apologises; no complaint intent stated.", """
A: 您好，华讯通信客服，工号3377，请问有什么可以帮您？
C: 上次你们一个客服跟我说改套餐不用违约金，结果我这个月被扣了一百块。
A: 非常抱歉。可能之前同事没有给您解释清楚，合约期内降档确实会产生违约金，这个是我们工作没做到位。
C: 那钱能退吗？
A: 我帮您提交一个申诉，因为当时的告知不完整，按规定可以申请退还，三到五个工作日给您答复。
C: 好吧，那我等着。
A: 再次向您致歉，感谢您的理解，祝您生活愉快，再见。
""")

C("e-032", "信用卡组", "overpromise tariff", "Agent promises a credit-limit increase will '百分之百批下来' and 'never' have fees.", """
A: 您好，鼎丰银行信用卡中心，请问有什么可以帮您？
C: 我想办一张你们的白金卡，我现在是普卡。
A: 好的，您在我们这用卡记录很好，我帮您提交升级申请，百分之百能批下来，额度起码五万。
C: 真的吗？年费多少啊？
A: 这张卡首年免年费，以后刷满六笔就免次年年费，永远都不会收您年费的。
C: 好，那你帮我申请吧。
A: 已经帮您提交了，感谢您的支持，祝您生活愉快，再见。
""")

C("e-033", "营业组", "closing", "Partial closing: agent's last words 「行，就这样吧」.", """
A: 您好，联信移动客服，请问有什么可以帮您？
C: 我想查一下我的积分能换什么东西。
A: 请问您是机主本人吗？
C: 是的。
A: 您目前有三千二百积分，可以兑换二十元话费，或者兑换一个月的视频会员。
C: 那我换二十块话费吧。
A: 已经帮您兑换成功了，话费二十四小时内到账，到账后会有短信提示。
C: 好的，那剩下的积分会过期吗？
A: 剩下的一千二百积分有效期到明年年底，您可以继续累积。
C: 好的。
A: 行，就这样吧。
""")

C("e-034", "宽带组", "", "Clean with an announced 13 s hold (稍等) and 感谢您的耐心等待 — not silence.", """
A: 您好，华讯通信客服，工号2209，请问有什么可以帮您？
C: 你好，我想看看我的宽带合约什么时候到期。
A: 好的，请问您的宽带账号或者机主身份证后四位？
C: 身份证后四位是五五二X。
A: 好的，我帮您查询一下，请您稍等。
A{g=13}: 感谢您的耐心等待，您的宽带合约是到明年三月三十一号到期，到期前一个月会有短信提醒您续约。
C: 好的，知道了。
A: 请问还有其他可以帮您的吗？
C: 没有了。
A: 感谢您的来电，祝您生活愉快，再见！
""")

C("e-035", "售后组", "hangup closing apology", "Customer still asking about a broken appliance when the agent hangs up; no apology, no closing.", """
A: 您好，优品汇售后服务，请问有什么可以帮您？
C: 我上周买的洗衣机，今天洗到一半就停了，显示E3。
A: E3是排水故障，您检查一下排水管有没有堵。
C: 我看过了，没堵啊，这才用了一个礼拜就坏了，太让人生气了。
A: 那就报修吧，会有师傅联系你。
C: 什么时候联系？能不能直接给我换一台新的？
""")

C("e-036", "信用卡组", "", "Hard negative: 不知道 is the CUSTOMER's (忘了密码); agent asks 您是不知道密码了吗 — about the customer.", """
A: 您好，沧海银行信用卡中心，请问有什么可以帮您？
C: 我刚激活了新卡，但是交易密码我也不知道设的啥了。
A: 您是不知道密码了是吗？没关系，可以在手机银行上重置。
C: 怎么弄啊？
A: 打开手机银行，点“信用卡”，再点“密码管理”，验证身份证和短信验证码就可以重新设置了。
C: 我找一下……哦找到了。
A: 好的，您按提示操作就可以，如果还有不明白的地方，可以随时联系我们。
C: 好，谢谢。
A: 不客气，感谢您的来电，祝您生活愉快。
""")

C("e-037", "订购组", "name_ask", "Order-taking call with no name ask at all (goes straight to address/phone).", """
A: 您好，青禾生鲜订购热线，请问您需要订购什么产品？
C: 你们那个五常大米还有吗？
A: 有的，十斤装的一百零八元，两袋以上包邮。
C: 那我要两袋。
A: 好的，送货地址和电话说一下。
C: 天津河西区友谊路三十二号，一三八二零二二六六三一。
A: 核对一下，一三八二零二二六六三一，天津河西区友谊路三十二号，五常大米两袋，一共二百一十六元，京东物流两天左右到。
C: 好。
A: 有问题可以拨打我们的客服电话四零零一二三五五八八，感谢您的订购，祝您生活愉快，再见。
""")

C("e-038", "营业组", "greeting", "Opening lacks the company name and offer of help (just 「喂你好」 style), noisy ASR.", """
A: 喂，你好。
C: 你好，我想问下我的号码是不是停机了，打不出去。
A: 您是机主吗？
C: 是的，我叫李文。
A: 李先生您好，查到您的账户欠费十二元三角，已经停机了，交上费用半小时左右就能恢复。
C: 哦，我忘了交了，那我现在在微信上交。
A: 好的，交完以后如果半小时还没恢复可以再打过来。感谢您的来电，祝您生活愉快。
C: 好。
""", noise=True)

C("e-039", "投诉组", "complaint apology", "Customer threatens 12315 over a refund; agent only restates the process, never apologises.", """
A: 您好，云购商城客服，请问有什么可以帮您？
C: 我退货退了半个月了，钱还没退，你们是不是想骗钱？
A: 请提供一下订单号。
C: 二零二六一一一八三三四五。
A: 查到了，您的退货商品还在质检，质检完成后才会退款。
C: 半个月都没检完？今天不给我退我就打12315投诉你们。
A: 质检一般是七个工作日，我这边给您催一下。
C: 我等到明天，明天不退我就去投诉。
A: 好的，感谢您的来电，祝您生活愉快，再见。
""")

C("e-040", "宽带组", "talk_over", "Agent cuts the customer off twice (overlap 1.5–2 s); otherwise polite.", """
A: 您好，华讯通信客服，请问有什么可以帮您？
C: 你好，我想问一下我家那个电视机顶盒，就是开机以后一直显示正在加载，然后过一会儿就跳出来一个错误码
A{o=1.6}: 您看一下错误码是多少？
C: 是一零三零吧，我看一下啊，对一零三零，我之前也遇到过一次，后来自己好了
A{o=2.0}: 好的，一零三零是网络认证失败，您把机顶盒电源拔掉，等三十秒再插上。
C: 好，我试一下。
C{g=3}: 好了好了，能看了。
A: 好的，感谢您的配合，祝您生活愉快，再见。
""")

C("e-041", "资费组", "", "Clean tariff: free trial with exact end date and amount (前三个月免费，第四个月起每月10元，从3月1日开始收).", """
A: 您好，联信移动客服，工号7016，很高兴为您服务。
C: 我收到短信说可以免费领一个彩铃，这个以后收费吗？
A: 会收费的，跟您说清楚：前三个月免费，免费期到明年二月二十八号结束，从三月一号开始每月收取十元，在话费里扣。
C: 那到时候我不想要了怎么办？
A: 您在二月二十八号之前发短信“TDCL”到一零零八六就能退订，不会产生费用。
C: 好，那先给我开了吧。
A: 好的，已经开通了。感谢您的支持，祝您生活愉快，再见。
""")

C("e-042", "信用卡组", "short_call hangup closing", "Very short call: agent cuts it off before the customer's question is answered.", """
A: 您好，沧海银行信用卡中心，请问有什么可以帮您？
C: 我想问一下年费……
A: 年费是每年三百元，在开卡周年月的账单里收取。
C: 那能不能帮我免掉？
""", first=0.4)

C("e-043", "售后组", "", "Hard negative for insult: 傻瓜式操作 used about a product; customer laughs. Clean.", """
A: 您好，优品汇售后服务中心，请问有什么可以帮您？
C: 你好，我刚买了你们的智能门锁，不太会设置指纹，我年纪大了。
A: 没关系，这款门锁是傻瓜式操作，很简单的，我一步步教您。您先按一下背面的设置键。
C: 按了，它说请输入管理员密码。
A: 您输入初始密码一二三四五六，再按井号。
C: 好了，它让我按手指。
A: 对，您把手指放上去，听到“滴”一声抬起来，重复四次。
C: 哎成了成了，这个真不难。
A: 设置成功了。感谢您的耐心配合，祝您生活愉快，再见。
""")

C("e-044", "营业组", "filler forbidden", "Agent overuses 啊/这个/那个 fillers and refuses with 我不清楚.", """
A: 您好，联信移动客服，请问有什么可以帮您？
C: 我想把主卡的流量共享给我儿子的副卡。
A: 啊，这个，共享的话啊，那个，要看您的套餐啊。
C: 我是一百二十八的套餐。
A: 这个，那个，一百二十八的啊，那个应该是可以的吧。
C: 那副卡能用多少？
A: 这个我不清楚，啊，那个，应该是都能用吧。
C: 好吧。
A: 好的，感谢您的来电，祝您生活愉快。
""")

C("e-045", "宽带组", "colleague", "Agent runs down the installation team (装维那帮人就是懒).", """
A: 您好，华讯通信客服，请问有什么可以帮您？
C: 说好今天上午来装宽带，等到现在都没人来。
A: 非常抱歉，我帮您看一下工单……工单已经派下去了。装维那帮人就是懒，天天拖，我也拿他们没办法。
C: 那今天还来不来？
A: 我给您催一下，让师傅一小时内给您回电。
C: 好吧。
A: 给您添麻烦了，感谢您的耐心，祝您生活愉快，再见。
""")

C("e-046", "资费组", "speech_rate", "Drawling agent (~1.6 chars/s, 拖音).", """
A{r=1.6}: 您好，联信移动客服，请问有什么可以帮您？
C: 我想问一下怎么查剩余流量。
A{r=1.7}: 您可以发送短信CXLL到一零零八六查询。
C: 好的，还有别的办法吗？
A{r=1.5}: 也可以在联信营业厅APP首页直接看。
C: 好的谢谢。
A{r=1.6}: 感谢您的来电，祝您生活愉快，再见。
""")

C("e-047", "投诉组", "", "Hard negative for forbidden: 「刚才没听清楚」 and 「不明白的地方」; agent asks to repeat politely; 不清楚 said about a third party (快递员也不清楚).", """
A: 您好，云购商城客服，请问有什么可以帮您？
C: 我那个……信号不好……订单显示已签收但是我没收到。
A: 不好意思，刚才没听清楚，麻烦您再说一遍订单的情况好吗？
C: 订单显示签收了，但我没收到，我问了快递员，他也不清楚放哪了。
A: 给您添麻烦了，非常抱歉。我这边马上联系配送站核实，两小时内给您回电，如果确实丢失，我们给您重新补发。
C: 好的，麻烦你了。
A: 应该的。如果有不明白的地方您随时来电，感谢您的理解，祝您生活愉快，再见。
""")

C("e-048", "订购组", "overpromise", "Agent exaggerates product effect (吃了保证血压降下来) — 夸张、乱承诺.", """
A: 您好，康宁优选订购热线，请问您需要订购什么产品？
C: 我看到你们那个深海鱼油，我爸血压高，吃这个有用吗？
A: 特别有用，吃一个疗程保证血压降下来，以后药都不用吃了。
C: 这么神？
A: 真的，好多客户都反馈的，绝对有效。请问您贵姓？
C: 姓林。
A: 林先生，一个疗程三瓶四百九十八元，地址电话说一下，我给您安排发货。
C: 我再考虑一下吧。
A: 好的，感谢您的来电，祝您和家人身体健康，再见。
""")

C("e-049", "营业组", "", "Clean noisy call; 话费 -> 话废 homophone; customer is asked politely for name.", """
A: 您好，联信移动客服，工号1128，请问有什么可以帮您？
C: 你好，我想帮我爸交话费，他的号码是一三五零一二三八八七六。
A: 好的，请问您怎么称呼？
C: 我姓郑。
A: 郑先生，这个号码目前余额是五元二角，您可以通过我们的官方APP或者微信公众号直接充值。
C: 充一百是不是有优惠？
A: 本月在APP充一百元会赠送五元话费券，充值当天到账。
C: 好，我这就去充。
A: 好的，感谢您的来电，祝您和家人生活愉快，再见。
""", noise=True)

C("e-050", "信用卡组", "silence", "Customer asks; 12 s of unannounced dead air before the agent answers, plus a second 11 s gap.", """
A: 您好，鼎丰银行信用卡中心，请问有什么可以帮您？
C: 我想问一下我上个月那笔分期还剩几期？
A{g=12}: 您好，请提供一下卡号后四位。
C: 七七一九。
A{g=11}: 您那笔分期一共十二期，已经还了五期，还剩七期。
C: 能提前还清吗？
A: 可以的，提前还款需要支付剩余本金，已经收取的手续费不退。
C: 好的，谢谢。
A: 感谢您的来电，祝您生活愉快，再见。
""")

# ---------------------------------------------------------------- batch 3
C("e-051", "宽带组", "", "Clean noisy call (营业厅 -> 营业听). Agent books a visit, no fee talk.", """
A: 您好，华讯通信客服，工号3650，请问有什么可以帮您？
C: 你好，我家光猫的灯全灭了，插头也插着的。
A: 给您添麻烦了。请问光猫的电源适配器上有没有亮灯？
C: 适配器也不亮。
A: 那可能是电源适配器坏了，您可以带着旧适配器去就近的营业厅免费更换，也可以我给您约师傅上门换，您看哪种方便？
C: 上门吧，我腿脚不方便。
A: 好的，我给您约明天上午，师傅出发前会电话联系您。
C: 行，谢谢啊。
A: 不客气，感谢您的耐心，祝您生活愉快，再见。
""", noise=True)

C("e-052", "营业组", "insult", "Agent questions the customer's sanity/intelligence: 「你脑子没问题吧」 and mocks him.", """
A: 您好，联信移动客服，请问有什么可以帮您？
C: 我想把我的号码过户给我女儿，能在电话里办吗？
A: 过户需要双方带身份证去营业厅。
C: 那我女儿在外地，我给你报她身份证号行不行？
A: 你脑子没问题吧？过户怎么可能报个号码就办了。
C: 我这不是问问吗？
A: 这种问题也问，真是的。双方本人到场，没别的办法。
C: 好吧。
A: 感谢来电，祝您生活愉快，再见。
""")

C("e-053", "信用卡组", "", "Hard negative for greeting: customer says 喂 first; agent's first words are the full greeting.", """
C: 喂？喂？
A: 您好，沧海银行信用卡中心，我是客服小林，请问有什么可以帮您？
C: 哦通了，我想问下我那个积分什么时候过期。
A: 请您提供一下持卡人姓名和卡号后四位。
C: 何晓梅，三零五六。
A: 何女士您好，您目前有一万两千积分，其中三千积分会在今年十二月三十一日到期，其余的明年底到期。
C: 那我赶紧换掉。
A: 好的，您可以在积分商城兑换，有不明白的地方可以随时来电。感谢您的来电，祝您生活愉快，再见。
""")

C("e-054", "售后组", "shirking", "Agent refuses an in-scope invoice request: 「发票的事不归我们管」.", """
A: 您好，优品汇售后客服，请问有什么可以帮您？
C: 我上个月买的电脑，现在需要开个发票报销。
A: 发票的事不归我们管，你找商家。
C: 我就是在你们自营店买的啊。
A: 那你自己在订单页面申请，我这边弄不了。
C: 我找了，没有那个按钮。
A: 那我也没办法。感谢您的来电，祝您生活愉快。
""")

C("e-055", "订购组", "", "Clean order call, noisy. 怎么称呼您; recap; delivery; service number; 工号.", """
A: 您好，青禾生鲜订购热线，工号二一七，请问您需要订购什么产品？
C: 你好，我想订点大闸蟹，送人的。
A: 好的，我们有公蟹四两、母蟹三两的礼盒，八只装三百八十八元。请问怎么称呼您？
C: 我姓谢。
A: 谢先生，请问送货地址和收货人电话？
C: 送到苏州工业园区星湖街三百二十八号，收货人周敏，电话一八九一二六六七零零一。
A: 跟您核对：收货人周敏，一八九一二六六七零零一，苏州工业园区星湖街三百二十八号，八只装礼盒一份。冷链次日达，签收前快递会电话联系。客服电话四零零一二三五五八八。
C: 没问题。
A: 感谢您的订购，祝您生活愉快，再见！
""", noise=True)

C("e-056", "资费组", "tariff overpromise", "Agent glosses the fee (费用很低，基本不花钱) and promises the price never rises.", """
A: 您好，联信移动客服，请问有什么可以帮您？
C: 你们给我推荐的那个家庭亲情网，要收费吗？
A: 费用很低的，基本上不花什么钱，而且这个价格以后永远都不会涨。
C: 很低是多少？
A: 就一点点，跟您话费一起扣，您完全不用担心。
C: 那……行吧，先开了。
A: 好的，已经给您开通了，感谢您的支持，祝您生活愉快，再见。
""")

C("e-057", "投诉组", "complaint", "Customer wants to escalate to 领导 and mentions 曝光; agent apologises and registers properly.", """
A: 您好，华讯通信客服，工号4015，请问有什么可以帮您？
C: 我这个宽带一个月断了五次了，你们修了三次都没修好，让你们领导来跟我说话。
A: 非常抱歉，反复断网确实严重影响您使用，给您添麻烦了。我这边先帮您升级成投诉工单，由班组长在今天下班前给您回电。
C: 再修不好我就发网上曝光你们。
A: 理解您的心情。我同时给您申请了线路整改，装维主管明天上门排查，并且这个月的宽带费用会按断网天数给您减免。
C: 行，我等电话。
A: 好的，再次抱歉，感谢您的耐心，祝您生活愉快，再见。
""")

C("e-058", "信用卡组", "greeting closing", "Opening missing offer of help; call ends with agent's 「嗯」 only.", """
A: 鼎丰银行。
C: 你好，我想挂失信用卡，卡丢了。
A: 请提供一下持卡人姓名和身份证号。
C: 赵磊，身份证是三七零二零二一九八八零五一二三三一五。
A: 已经帮您办理了临时挂失，新卡会在七个工作日内寄到您的账单地址。
C: 好的，那旧卡里的钱不会被刷吧？
A: 挂失之后就刷不了了，挂失前的盗刷可以申请调查。
C: 好的，我知道了，谢谢。
A: 嗯。
""")

C("e-059", "营业组", "", "Hard negative: polite sentences that share characters with insults (听障人士, 耳机, 滚动通知, 别着急不会让您白跑). Clean.", """
A: 您好，联信移动客服，请问有什么可以帮您？
C: 你好，我想给我爷爷办个老人卡，他耳朵不太好，有听障优惠吗？
A: 有的，我们有针对听障人士的关爱套餐，每月十八元，含短信三百条和视频通话时长，从办理次月开始按月收取。
C: 要去营业厅办吗？
A: 需要本人带身份证去营业厅，您可以先在APP上预约，到了直接办，不会让您白跑一趟。
C: 那太好了。
A: APP首页的滚动通知里就有预约入口。您别着急，有不明白的地方随时打给我们。
C: 好的谢谢。
A: 感谢您的来电，祝您和爷爷生活愉快，再见。
""")

C("e-060", "宽带组", "insult apology", "Agent tells the customer to go away: 「哪凉快哪待着去」.", """
A: 您好，华讯通信客服，请问有什么可以帮您？
C: 你们这网速是骗人的吧，说好的一千兆，测出来才一百多。
A: 您是用无线测的吧？无线达不到的。
C: 我就用无线啊，谁家还插网线？你们这就是虚假宣传。
A: 不懂就别乱说，嫌慢你哪凉快哪待着去。
C: 你这什么服务态度？
A: 嗯，还有事吗？
C: 算了。
A: 感谢来电，祝您生活愉快。
""")

C("e-061", "售后组", "", "Hard negative for hangup: customer says goodbye last after a proper closing.", """
A: 您好，云购商城售后客服，请问有什么可以帮您？
C: 你好，我想换个颜色，买的黑色想换成白色。
A: 好的，请问商品拆封了吗？
C: 没拆，还在盒子里。
A: 未拆封的商品七天内可以免费换货，我已经帮您提交了换货申请，明天会有快递员上门取件，白色款会在取件后发出。
C: 好的，那就麻烦你了。
A: 不客气，感谢您的支持，祝您生活愉快，再见。
C: 好，再见。
""")

C("e-062", "营业组", "forbidden", "Agent addresses the customer with 「喂」 mid-call and ends with 不知道 refusal.", """
A: 您好，联信移动客服，请问有什么可以帮您？
C: 我那个……就是……我想……
A: 喂，你说重点，到底什么事？
C: 我想问我号码能不能选个靓号换。
A: 换号要去营业厅，靓号有没有我不知道。
C: 那换号要多少钱你总知道吧？
A: 换号本身不收费，靓号的话要看号码，有的有最低消费。
C: 那好吧。
A: 感谢您的来电，祝您生活愉快。
""")

C("e-063", "资费组", "talk_over speech_rate", "Fast agent (~8.5 chars/s) who also talks over the customer.", """
A{r=8.5}: 您好联信移动客服请问有什么可以帮您？
C: 你好我想退订一个业务，每个月扣我五块钱，叫什么
A{o=1.4,r=8.8}: 您稍等我看一下是不是视频彩铃的五元包月包。
C: 对对对就是那个我从来没用过
A{o=1.2,r=9.0}: 好的已经帮您退订了下个月开始就不会再扣费了本月的五元已经扣了就不退了。
C: 可是我从来没用过啊，能不能把这个月的也退了？这个业务我根本不记得什么时候开通的
A{o=1.3,r=8.9}: 系统显示是您今年八月份通过短信回复开通的如果您确认没有使用我可以帮您提交一个退费申请三到五个工作日处理。
C: 那你帮我提交吧。
A{r=9.1}: 好的已经提交了处理结果会短信通知您。
C: 好吧。
A{r=8.6}: 感谢您的来电祝您生活愉快再见。
""")

C("e-064", "投诉组", "", "Hard negative for insult/forbidden: agent reads back what the customer reported (他说您‘听不懂人话’) to log the complaint; apology and closing fine.", """
A: 您好，鼎丰银行信用卡中心，请问有什么可以帮您？
C: 昨天你们催收的人打电话给我，说我听不懂人话，我要投诉他。
A: 非常抱歉给您带来这么不好的体验。跟您确认一下，对方在电话里说您“听不懂人话”，是昨天下午吗？
C: 对，下午四点多。
A: 好的，这种言语是绝对不允许的，我已经给您登记了投诉，会调取录音核实，三个工作日内给您回复处理结果。
C: 好。
A: 再次向您道歉，感谢您的反馈，祝您生活愉快，再见。
""")

C("e-065", "订购组", "name_ask closing", "Agent says 「名字报一下」 (impolite) and closes with only 「行，拜拜」.", """
A: 您好，康宁优选订购热线，请问您需要订购什么产品？
C: 我要订你们那个蛋白粉，两罐。
A: 两罐三百六十元，名字报一下。
C: 冯秀英。
A: 电话地址。
C: 一三五五二零一八七四四，合肥蜀山区长江西路五百号。
A: 一三五五二零一八七四四，合肥蜀山区长江西路五百号，冯秀英，两罐蛋白粉，货到付款，三天左右到。
C: 好的。
A: 行，拜拜。
""")

C("e-066", "宽带组", "silence", "Noisy. 15 s unannounced silence after the customer asks about relocation; agent later answers.", """
A: 您好，华讯通信客服，请问有什么可以帮您？
C: 我想问一下宽带能不能暂停一个月，我要出国。
A{g=15}: 可以申请停机保号，每月五元，从停机当月开始收取。
C: 那我恢复的时候要打电话吗？
A: 需要的，您回来打客服电话或者在APP上点恢复就可以。
C: 好的。
A: 感谢您的来电，祝您旅途愉快，再见。
""", noise=True)

C("e-067", "信用卡组", "", "Hard negative for overpromise: agent explicitly avoids guaranteeing (我没法百分之百保证，但会加急).", """
A: 您好，沧海银行信用卡中心，工号8821，请问有什么可以帮您？
C: 我的卡被盗刷了两千块，你们能保证把钱退给我吗？
A: 非常抱歉发生这种事。我这边先帮您冻结卡片，然后提交盗刷调查。结果我没法向您百分之百保证，但会按加急处理，一般十五个工作日内给您答复。
C: 那调查期间这两千要还吗？
A: 调查期间这笔款项暂不计息，也不会影响您的征信。
C: 好吧，那麻烦你们快一点。
A: 一定。感谢您的配合，祝您生活愉快，再见。
""")

C("e-068", "售后组", "colleague apology", "Agent blames the warehouse colleagues (仓库那边的人经常发错，脑子不灵光) and never apologises to the unhappy customer.", """
A: 您好，优品汇售后客服，请问有什么可以帮您？
C: 我买的四十三码的鞋，寄来的是三十九码的，这也能发错？
A: 仓库那边的人经常发错，脑子不灵光，我们也很头疼。
C: 那我怎么办？我明天就要穿。
A: 我给您换货，快递明天上门取件，新的鞋后天发出。
C: 后天才发？那我明天穿什么？
A: 最快也只能后天发，换货流程要等仓库收到旧鞋登记。
C: 真耽误事。
A: 感谢您的来电，祝您生活愉快，再见。
""")

C("e-069", "营业组", "", "Clean call, varied closing (感谢您的耐心等待 + 祝您周末愉快 + 再见) after an announced 12 s hold.", """
A: 您好，联信移动客服，工号5566，很高兴为您服务，请问有什么可以帮您？
C: 我想看看我的合约手机还有几个月到期。
A: 好的，请问您是机主本人吗？
C: 是的，我叫贺伟。
A: 贺先生，我帮您查一下，请稍候。
A{g=12}: 感谢您的耐心等待，您的合约是二十四个月，到明年五月三十一号到期，还剩六个月。
C: 好，那到期前有优惠吗？
A: 到期前一个月会有续约优惠短信推送给您，届时可以根据需要选择。
C: 好的。
A: 感谢您的耐心等待，祝您周末愉快，再见！
""")

C("e-070", "资费组", "", "Hard negative for tariff: fee question fully answered in bank context (跨行取现手续费每笔两元，交易当时扣除).", """
A: 您好，鼎丰银行客服中心，请问有什么可以帮您？
C: 我用你们的借记卡在别的银行取钱要手续费吗？
A: 同城跨行ATM取现每笔手续费是两元，在取款的时候当场从卡里扣除；每月前三笔免收。
C: 那异地呢？
A: 异地跨行每笔是取款金额的百分之零点五，最低两元，也是取款时当场扣。
C: 明白了，谢谢。
A: 感谢您的来电，祝您生活愉快，再见。
""")

C("e-071", "宽带组", "forbidden greeting", "Noisy. Agent opens with 「喂？」, later 「你这话什么意思」.", """
A: 喂？
C: 喂，你好，是华讯宽带吗？
A: 对，您好，请问有什么可以帮您？
C: 我交了一年的宽带费，怎么还给我发欠费短信？
A: 你这话什么意思？系统发的短信又不是我发的。
C: 我就是问问啊。
A: 我查一下，您的年费是上个月二十号交的，短信是系统延迟，现在没有欠费。
C: 哦那就好。
A: 感谢您的来电，祝您生活愉快，再见。
""", noise=True)

C("e-072", "订购组", "overpromise", "Agent promises '全网最低价，买贵了十倍赔偿' and 'guaranteed no side effects'.", """
A: 您好，康宁优选订购热线，请问您需要订购什么产品？
C: 你们的护眼仪多少钱？
A: 现在活动价五百九十九元，全网最低价，您在别家看到更便宜的我们十倍赔您差价。
C: 小孩能用吗？
A: 能用，保证没有任何副作用，用一个月近视度数肯定下降。
C: 那我再看看吧。
A: 好的，感谢您的来电，祝您生活愉快，再见。
""")

C("e-073", "信用卡组", "filler", "Agent's filler tics 就是说/然后/呃 across many turns.", """
A: 您好，沧海银行信用卡中心，请问有什么可以帮您？
C: 我想问一下怎么绑定微信支付。
A: 呃，就是说，您打开微信，然后呃，就是点那个我，然后就是支付。
C: 然后呢？
A: 然后就是说，点那个银行卡，呃，然后添加，就是说输卡号。
C: 好，我试一下。
A: 呃，就是说，然后要短信验证码，呃，就是那个发到您预留手机上。
C: 好了，绑上了。
A: 好的，感谢您的来电，祝您生活愉快，再见。
""")

C("e-074", "售后组", "short_call", "Short (<20 s) but courteous call — flagged by length only.", """
A: 您好，云购商城客服，请问有什么可以帮您？
C: 你们客服几点下班？
A: 我们是二十四小时在线的，感谢来电，再见。
""", first=0.6)

C("e-075", "营业组", "", "Clean noisy call with customer's question about a third party who 不知道 (他也不知道); agent helps.", """
A: 您好，联信移动客服，请问有什么可以帮您？
C: 我给我老公的号码充了一百块，他说他也不知道到没到账。
A: 给您查一下，请问您老公的号码是？
C: 一三九一七七二零三八八。
A: 查到了，今天上午十点十二分到账一百元，目前余额一百二十三元。
C: 哦到了就好。
A: 到账后会有短信提醒，可能被拦截了，您让他看一下垃圾短信。感谢您的来电，祝您生活愉快，再见。
C: 好的再见。
""", noise=True)

# ---------------------------------------------------------------- batch 4
C("e-076", "营业组", "insult apology", "Noisy. Agent: 「你是不是傻」 and 「没钱就别用5G」 (mocking).", """
A: 您好，联信移动客服，请问有什么可以帮您？
C: 我这个五G套餐太贵了，一百九十九，能不能降到五十多的？
A: 可以降，但是五十多的套餐流量只有十个G。
C: 十个G够用吧？我主要就是看看新闻。
A: 你是不是傻，十个G刷两天视频就没了。没钱就别用五G嘛。
C: 你怎么说话的？
A: 实话实说而已。要降的话下个月生效，五十九元一个月，从下个月一号开始收。
C: 降吧。
A: 好了，感谢来电，祝您生活愉快。
""", noise=True)

C("e-077", "信用卡组", "", "Clean noisy call (分期 -> 分七). Tariff fully disclosed.", """
A: 您好，沧海银行信用卡中心，工号6203，请问有什么可以帮您？
C: 你好，我刚买了一个手机六千块，能不能转分期？
A: 可以的，这笔消费可以分三期、六期、十二期。请问您想分几期？
C: 六期手续费多少？
A: 六期的每期手续费率是百分之零点七，每期手续费四十二元，从下一期账单开始，每期账单收一次，一共六期。
C: 好，就分六期。
A: 已经帮您办好了，下期账单就会显示第一期的本金和手续费。感谢您的来电，祝您生活愉快，再见。
C: 谢谢再见。
""", noise=True)

C("e-078", "售后组", "shirking", "Noisy. Agent refuses to handle a warranty question: 「这个你问厂家去，我们不负责」.", """
A: 您好，云购商城售后，请问有什么可以帮您？
C: 我买的电视才半年，屏幕上出了一条竖线，能保修吗？
A: 这个你问厂家去，我们不负责保修的事。
C: 我是在你们平台买的，你们不能帮我联系一下吗？
A: 我们没有厂家的电话，你去说明书上找。
C: 那我要是找厂家，厂家不管怎么办？
A: 厂家不管的话你再打过来，我们现在也只能这么说。
C: 那好吧。
A: 感谢您的来电，祝您生活愉快，再见。
""", noise=True)

C("e-079", "宽带组", "", "Hard negative for shirking: proper transfer with explanation (转接到家庭业务专席).", """
A: 您好，华讯通信客服，工号2281，请问有什么可以帮您？
C: 你好，我想问一下我家的监控摄像头业务能不能加一个。
A: 看家摄像头属于家庭智能业务，由家庭业务专席负责开通，他们可以直接给您办理和预约安装。我现在帮您转接过去，请您稍等，不要挂机。
C: 好的。
A: 已经为您接通专席，您的需求我也备注好了，他们不用再重复询问。感谢您的耐心等待，祝您生活愉快。
C: 好，谢谢。
""")

C("e-080", "订购组", "", "Clean order call with 「请问您贵姓」, recap, upsell after consent, delivery, number, blessing.", """
A: 您好，优品汇购物，请问您需要订购什么产品？
C: 我想订一套你们那个不粘锅。
A: 好的，三件套现在是二百九十九元。请问您贵姓？
C: 姓宋。
A: 宋女士，请问收货地址和电话？
C: 成都武侯区人民南路四段十二号，电话一八六八零零九九一二三。
A: 好的。另外买锅的客户很多会加一个配套的硅胶铲，加购只要十九元，您需要吗？
C: 行，加一个吧。
A: 给您核对：宋女士，一八六八零零九九一二三，成都武侯区人民南路四段十二号，不粘锅三件套一套加硅胶铲一个，共三百一十八元，货到付款，三天左右送到，快递会提前联系您。客服电话四零零八八六六一二三，我的工号是五一二。
C: 好的。
A: 感谢您的订购，祝您生活愉快，再见！
""")

C("e-081", "资费组", "tariff", "Noisy. Customer asks price of a 会员; agent says 'first month free' but not amount afterwards or when charging starts.", """
A: 您好，联信移动客服，请问有什么可以帮您？
C: 我手机上那个音乐会员是怎么回事？收钱吗？
A: 这个是首月免费体验的，您先用着。
C: 那第二个月呢？多少钱？
A: 您先体验嘛，不喜欢随时可以退订的。
C: 那我要是不想用了，怎么退订？
A: 退订的话您在APP里的“已订业务”里点退订就可以。
C: 哦，那好吧。
A: 具体价格到时候会有短信告诉您的。感谢您的来电，祝您生活愉快。
""", noise=True)

C("e-082", "营业组", "hangup closing", "Noisy. Customer asks a follow-up; the agent is gone (customer: 喂？喂？).", """
A: 您好，联信移动客服，请问有什么可以帮您？
C: 我想补办一张手机卡，原来的丢了。
A: 补卡需要本人带身份证到营业厅办理，工本费免费。
C: 那我的号码要先挂失吗？
A: 我已经给您办了挂失。
C: 好，那补卡的时候要带什么东西？除了身份证还要别的吗？
C{g=3}: 喂？喂？
""", noise=True)

C("e-083", "信用卡组", "talk_over", "Agent keeps cutting in on a customer explaining a disputed charge.", """
A: 您好，鼎丰银行信用卡中心，请问有什么可以帮您？
C: 我账单上有一笔八百多的消费，我完全没印象，是一个叫什么科技公司的，我想问问是不是被盗刷了，我这卡一直在我身上
A{o=1.8}: 您先提供一下卡号后四位。
C: 四四九零，然后我还想问这个能不能先不还，等你们查清楚了我再
A{o=1.6}: 调查期间这笔可以暂不还款。
C: 那要多久
A{o=1.1}: 一般十五个工作日，我已经给您登记了争议交易。
C: 好。
A: 感谢您的配合，祝您生活愉快，再见。
""")

C("e-084", "售后组", "", "Hard negative for insult/colleague: customer insults (你们都是骗子), agent stays polite and apologises. Customer does not mention 投诉.", """
A: 您好，优品汇售后服务中心，请问有什么可以帮您？
C: 你们都是骗子！说好的七天无理由，我退个货推三阻四的。
A: 非常抱歉让您有这样的感受。您别着急，请您说一下订单的情况，我来帮您处理。
C: 订单尾号五二零八，一件羽绒服，吊牌都还在。
A: 查到了，之前的退货申请因为照片不清楚被驳回了，给您添麻烦了。我现在直接给您重新通过，快递明天上门取件。
C: 这还差不多。
A: 感谢您的理解，祝您生活愉快，再见。
""")

C("e-085", "营业组", "speech_rate", "Agent rattles off the number-porting rules at ~9 chars/s throughout.", """
A{r=8.7}: 您好联信移动客服工号二二零一请问有什么可以帮您？
C: 我想把号码转到别的运营商，要怎么弄？
A{r=9.3}: 携号转网您需要先编辑短信SQXZ空格姓名空格身份证号发送到一零零八六查询是否符合条件符合的话会收到授权码。
C: 什么？你再说一遍，发什么？
A{r=9.0}: SQXZ空格姓名空格身份证号码发到一零零八六然后拿着授权码到新运营商营业厅办理就可以了。
C: 那授权码有效期多久？
A{r=9.0}: 授权码有效期是四天您要在四天之内到新运营商那边办理否则要重新申请。
C: 哦哦好的。
A{r=8.8}: 感谢您的来电祝您生活愉快再见。
""")

C("e-086", "宽带组", "", "Clean noisy call: greeting variant (您好，很高兴为您服务，这里是…), closing 感谢您的支持 + 再见.", """
A: 您好，很高兴为您服务，这里是华讯通信宽带客服，请问有什么需要帮助的？
C: 你好，我想把宽带密码改一下。
A: 好的，为了您的账户安全，请您报一下宽带账号和机主身份证后四位。
C: 账号零二一六六五五七七八九，后四位一一零八。
A: 核实通过了。新密码会以短信形式发送到您的机主手机上，您收到后用新密码重新拨号就可以了。
C: 收到了，好的。
A: 感谢您的支持，祝您生活愉快，再见。
""", noise=True)

C("e-087", "投诉组", "complaint", "Noisy. Customer says he will complain to 工信部; agent apologises and escalates properly.", """
A: 您好，联信移动客服，工号3090，请问有什么可以帮您？
C: 你们没经过我同意给我开了三个增值业务，我要去工信部投诉你们。
A: 非常抱歉给您造成困扰。我马上帮您查一下，请稍等。
A{g=7}: 查到了，这三个业务是十月份开通的，我现在全部帮您退订，已扣的四十五元全额退回您的话费账户，三个工作日内到账。
C: 以后不能再这样了。
A: 您的意见我已经记录并反馈，同时给您的号码加了业务办理二次确认保护。再次致歉，感谢您的反馈，祝您生活愉快，再见。
""", noise=True)

C("e-088", "订购组", "greeting name_ask", "Order line opened with 「喂，说吧」; customer's name asked with 「你叫啥」.", """
A: 喂，说吧。
C: 你好，是订购羊奶粉的吗？
A: 对，您好，优品汇订购热线，请问要订什么？
C: 我要两罐那个中老年羊奶粉。
A: 两罐二百五十八元。你叫啥？
C: 我姓汪，汪建华。
A: 电话地址说一下。
C: 一三九七五五三二一一零，长沙岳麓区麓山南路九十二号。
A: 核对一下，汪建华，一三九七五五三二一一零，长沙岳麓区麓山南路九十二号，两罐羊奶粉，三天内送到，客服电话四零零八八六六一二三。
C: 好的。
A: 感谢您的订购，祝您身体健康，再见。
""")

C("e-089", "信用卡组", "", "Hard negative for forbidden: agent says 这个我确认清楚以后再回复您 (commits to find out) — not a refusal.", """
A: 您好，沧海银行信用卡中心，请问有什么可以帮您？
C: 我想问你们的联名卡在机场贵宾厅能用几次？
A: 您持有的是航空联名金卡，每年可以免费使用贵宾厅两次。不过明年的权益规则有调整，这个我确认清楚以后再回复您，今天下午五点前给您回电可以吗？
C: 可以啊。
A: 好的，回电号码就是您现在这个尾号三八八一的手机对吗？
C: 对。
A: 好的，感谢您的耐心，祝您生活愉快，再见。
""")

C("e-090", "售后组", "filler", "Noisy. Agent's tics 啊/呀/那个 in nearly every turn.", """
A: 您好，云购商城售后，请问有什么可以帮您？
C: 我想问问我的换货到哪了。
A: 啊，那个，您订单号是多少呀？
C: 尾号七七三二。
A: 啊，那个，我看一下啊，那个，已经发出来了呀。
C: 什么时候能到？
A: 那个，啊，应该就，那个，后天吧，啊。
C: 那到了会给我打电话吗？我白天上班不在家。
A: 会的，快递员送之前会联系您，您也可以让他放快递柜。
C: 好的。
A: 啊，好的呀，感谢您的来电，祝您生活愉快，再见。
""", noise=True)

C("e-091", "资费组", "", "Hard negative for tariff: agent sells a paid add-on and states both amount and start (每月二十元，从下个月一号开始).", """
A: 您好，联信移动客服，请问有什么可以帮您？
C: 我视频会员到期了，你们有没有送会员的套餐？
A: 有的，您可以加一个视频权益包，每月二十元，包含主流视频平台的会员任选一个。今天办理的话，本月免费使用，从下个月一号开始每月收取二十元。
C: 要绑定多久？
A: 不绑定合约，您随时可以退订，退订后次月生效。
C: 好，给我加一个。
A: 好的，已经帮您办理了，感谢您的支持，祝您生活愉快，再见。
""")

C("e-092", "宽带组", "silence hangup closing", "Agent goes silent for 18 s mid-call (no apology needed: customer calm), then the customer's question is left unanswered at the end.", """
A: 您好，华讯通信客服，请问有什么可以帮您？
C: 我家宽带这两天老是掉线，十分钟掉一次，你们能不能派人来看看？
A{g=18}: 账号多少？
C: 零二一五五八三六六一二。
A: 好的，我给您登记报修了。
C: 那师傅大概什么时候能来？今天能来吗？
""")

C("e-093", "营业组", "colleague", "Agent disparages a store colleague (营业厅那个营业员就是忽悠你的).", """
A: 您好，联信移动客服，工号7788，请问有什么可以帮您？
C: 营业厅的人跟我说办这个合约机送一百G流量，怎么我查了只有五十G？
A: 不好意思，合约确实是五十G。营业厅那个营业员就是忽悠你的，他们为了冲业绩什么都说。
C: 那怎么办？
A: 我帮您反馈一下，能不能补偿看上级审批，两个工作日内给您回电。
C: 好吧。
A: 感谢您的理解，祝您生活愉快，再见。
""")

C("e-094", "信用卡组", "short_call", "Noisy, short (<20 s) wrong-department call politely handled.", """
A: 您好，沧海银行信用卡中心，请问有什么可以帮您？
C: 我问一下房贷，打错了吧？
A: 房贷请拨九五五八八转三，感谢您的来电，再见。
""", noise=True, first=0.5)

C("e-095", "订购组", "overpromise", "Agent promises 「保证您下午三点前一定送到」 (a guarantee the shop cannot keep).", """
A: 您好，青禾生鲜订购热线，请问您需要订购什么产品？
C: 我想订一个生日蛋糕，今天下午能送到吗？
A: 能，保证您下午三点前一定送到，晚一分钟我们全额退款。
C: 好，我要一个八寸的水果蛋糕。请问多少钱？
A: 一百九十八元。请问您怎么称呼？
C: 姓邵，送到福州鼓楼区五四路一百号，电话一三八五零一一二二三三。
A: 邵女士，一三八五零一一二二三三，鼓楼区五四路一百号，八寸水果蛋糕，下午三点前送到，配送员出发前会电话联系。
C: 好的。
A: 感谢您的订购，祝您生日快乐，再见。
""")

C("e-096", "售后组", "", "Clean noisy call; agent handles a worried customer with apology; closing 感谢您的配合.", """
A: 您好，优品汇售后服务中心，工号4421，请问有什么可以帮您？
C: 我买的空气净化器一开就有焦糊味，是不是质量有问题？
A: 非常抱歉让您担心了。为了安全，请您先断电停止使用。我这边给您登记上门检测，师傅二十四小时内联系您，如果确认是质量问题直接给您换新。
C: 好的，那检测要收钱吗？
A: 保修期内上门检测免费，不收取任何费用。
C: 好的。
A: 感谢您的配合，祝您生活愉快，再见。
""", noise=True)

C("e-097", "营业组", "forbidden", "Agent: 「你想清楚再打过来吧」 (variant of 那你想好了再打来吧) and 「我也不明白你要干嘛」.", """
A: 您好，联信移动客服，请问有什么可以帮您？
C: 我想换个套餐，但又怕违约，又想流量多一点，又不想多花钱。
A: 您现在是合约期，换套餐只能往高的换。
C: 那我到底换不换好呢？
A: 我也不明白你要干嘛，你想清楚再打过来吧。
C: 那我……那我先不换了，违约金是多少？
A: 您这个合约提前降档要交一百元违约金，在办理变更当月的话费里扣。
C: 好吧。
A: 感谢您的来电，祝您生活愉快，再见。
""")

C("e-098", "投诉组", "", "Hard negative for closing: closing wording varies (谢谢您的耐心，有问题随时联系，祝您一切顺利，再见).", """
A: 您好，云购商城客服，请问有什么可以帮您？
C: 我的优惠券过期了，能不能帮我延一下？我就差一天。
A: 理解您的心情，很遗憾这张优惠券已经失效了，系统上没办法延期。我给您申请一张同面额的补偿券，有效期七天。
C: 那也行。
A: 已经发到您的账户了，您在“我的优惠券”里能看到。
C: 看到了。
A: 谢谢您的耐心，有问题随时联系我们，祝您一切顺利，再见。
""")

C("e-099", "宽带组", "insult", "Agent mocks and tells the customer to go away: 「你是文盲吗」「别在这烦我」.", """
A: 您好，华讯通信客服，请问有什么可以帮您？
C: 你们的路由器说明书我看不懂，WPS是什么意思？
A: 说明书上写得清清楚楚，你是文盲吗？
C: 我就是不懂才问你啊。
A: 按一下那个按钮就行了，别在这烦我。
C: 按了以后手机上要怎么弄？
A: 手机上找到你家的无线名字，点一下就连上了。
C: ……好。
A: 感谢来电，祝您生活愉快。
""")

C("e-100", "信用卡组", "", "Clean call; customer 不明白 (她没明白账单日); agent explains patiently. 不明白 in customer speech.", """
A: 您好，鼎丰银行信用卡中心，请问有什么可以帮您？
C: 我一直不明白账单日和还款日有什么区别。
A: 没关系，我给您举个例子：账单日是每月五号，就是把上个月六号到这个月五号的消费汇总出账；还款日是二十五号，在这天之前还上就不算逾期。
C: 哦，那我五号以后刷的就算到下个月了？
A: 对的，您理解得很准确。
C: 明白了，谢谢你讲得这么清楚。
A: 不客气，感谢您的来电，祝您生活愉快，再见。
""")

# ---------------------------------------------------------------- batch 5
C("e-101", "营业组", "", "Clean noisy call: 营业厅 hours; agent name variant greeting with 工号 at end.", """
A: 您好，联信移动客服，请问有什么可以帮您？我的工号是九零二七。
C: 你好，我想问下南京路那个营业厅周末开不开门？
A: 南京路营业厅周六周日都营业，时间是上午九点到晚上六点。
C: 那我去换个卡需要预约吗？
A: 不需要预约，不过周末人比较多，建议您先在APP上取号，到店直接办理。
C: 好的，谢谢。
A: 不客气，感谢您的来电，祝您周末愉快，再见。
""", noise=True)

C("e-102", "信用卡组", "hangup closing apology", "Customer complains about a double charge and is cut off mid-question.", """
A: 您好，沧海银行信用卡中心，请问有什么可以帮您？
C: 我在商场刷了一次卡，结果扣了我两次钱，一千二扣了两遍，气死我了。
A: 请提供卡号后四位。
C: 六零一三。
A: 好的，我查一下您今天的交易记录。
C: 就是下午两点多在万达刷的。
A: 看到了，有一笔是预授权，会自动撤销的。
C: 什么时候撤销？要是不撤销我岂不是亏了一千二？
""")

C("e-103", "订购组", "", "Clean noisy order call (你姓什么 NOT said: 怎么称呼您). Delivery + number + blessing.", """
A: 您好，康宁优选订购热线，工号六一五，请问您需要订购什么产品？
C: 我要订一个血压计，给我妈用。
A: 好的，这款上臂式电子血压计一百六十九元，语音播报，老人用很方便。请问怎么称呼您？
C: 我姓钱。
A: 钱先生，收货人和地址电话是？
C: 收货人还是我，地址南京鼓楼区中央路二百号，电话一五二五一八八三三零零。
A: 核对一下：钱先生，一五二五一八八三三零零，南京鼓楼区中央路二百号，血压计一台，邮政快递三到四天送到，有问题打四零零六七八九零零一。
C: 好。
A: 感谢您的订购，祝您和家人身体健康，再见。
""", noise=True)

C("e-104", "宽带组", "talk_over apology", "Agent talks over an upset customer three times and never apologises.", """
A: 您好，华讯通信客服，请问有什么可以帮您？
C: 我家宽带今天早上师傅来装的，装完以后电视就没信号了，然后我打了两次电话都说等等等，我都等了一下午了
A{o=2.0}: 您的账号是多少？
C: 零二一七七三八一二九零，我跟你说这个师傅走的时候根本没测试过电视就
A{o=1.7}: 好的我看到了，是机顶盒没有激活。
C: 那你们
A{o=1.2}: 我这边远程给您激活一下，您重启机顶盒。
C: 行吧，我试试。
C{g=2}: 好了，有了。
A: 好的，感谢您的配合，祝您生活愉快，再见。
""")

C("e-105", "资费组", "tariff", "Noisy. Agent opens a paid 'free for now' service without amount/start: 「现在是免费期，后面再说」.", """
A: 您好，联信移动客服，请问有什么可以帮您？
C: 我想开一个来电显示，要钱吗？
A: 来电显示现在是免费期，您先用着，后面的到时候再说。
C: 后面要收多少？
A: 后面您看短信就行，费用不高的。
C: 那我什么时候开始收费啊？
A: 这个不用担心，系统会通知的。
C: 行吧那先开。
A: 已经开通了，感谢您的来电，祝您生活愉快，再见。
""", noise=True)

C("e-106", "售后组", "shirking complaint", "Agent keeps bouncing the customer (找物流, 找商家); customer says she will complain to 消协. Agent does apologise.", """
A: 您好，云购商城售后客服，请问有什么可以帮您？
C: 我买的冰箱送来的时候门是凹进去的，快递员说让我找你们。
A: 不好意思。这个是运输问题，您还是找物流公司吧。
C: 物流让我找你们，你们让我找物流？
A: 那您找一下卖家吧，第三方店铺的售后我们管不了。
C: 你们再这样推来推去，我就去消协投诉。
A: 那是您的权利。感谢您的来电，祝您生活愉快，再见。
""")

C("e-107", "营业组", "", "Hard negative for insult: 神经 appears in a polite context (别太紧张/神经紧绷 not used) — here: 您别担心，这个不是病毒短信; 死 in 手机卡死. Clean.", """
A: 您好，联信移动客服，请问有什么可以帮您？
C: 我刚收到一条短信说我中奖了，让我点链接，我点了一下手机就卡死了，是不是中病毒了？
A: 您先别担心。这类中奖短信都是诈骗短信，我们不会通过短信通知中奖。请您不要在链接里输入任何密码或者验证码。
C: 我没输，就点开了。
A: 那问题不大，建议您把手机重启一下，再用手机自带的安全软件扫描一遍。我也帮您把这个发送号码上报拦截了。
C: 好的，谢谢提醒。
A: 感谢您的反馈，祝您生活愉快，再见。
""")

C("e-108", "信用卡组", "silence", "Noisy. 16 s unannounced silence after the customer gives her details.", """
A: 您好，鼎丰银行信用卡中心，请问有什么可以帮您？
C: 我想开通一下境外消费功能，下周去泰国。
A: 请您提供持卡人姓名和身份证后四位。
C: 邹静，后四位零零八六。
A{g=16}: 好的，已经给您开通了境外交易，额度和境内共享。
C: 境外刷卡有手续费吗？
A: 境外消费免收货币转换费，取现按取现金额的百分之一收取，取现时当场计入账单。
C: 好的。
A: 感谢您的来电，祝您旅途愉快，再见。
""", noise=True)

C("e-109", "订购组", "closing", "Order call complete except closing: agent ends with 「好了，没事了吧，挂了啊」.", """
A: 您好，优品汇购物，请问您需要订购什么产品？
C: 我要订一箱你们那个纯牛奶。
A: 好的，一箱二十四盒七十九元。请问您贵姓？
C: 姓韦。
A: 韦女士，地址电话是？
C: 南宁青秀区民族大道一百号，电话一三三七七一二八八九九。
A: 核对一下，韦女士，一三三七七一二八八九九，南宁青秀区民族大道一百号，一箱牛奶，两天内送到。
C: 好。
A: 好了，没事了吧，挂了啊。
C: 嗯好。
""")

C("e-110", "宽带组", "", "Clean: long fault call, with empathetic apology and a correct closing including 工号 reminder.", """
A: 您好，华讯通信客服中心，请问有什么可以帮您？
C: 你好，我家网络晚上老是很卡，打游戏延迟特别高。
A: 很抱歉影响您使用了。请问您是用网线连接还是无线？
C: 无线，路由器在客厅，我在卧室。
A: 可能是无线信号穿墙衰减了。建议您把路由器的五G频段打开，或者加一个无线中继。我先帮您检测一下线路，请稍等。
A{g=6}: 线路检测是正常的，上下行速率都达标。
C: 那就是路由器的问题了？
A: 大概率是无线覆盖的问题，如果您需要，可以预约工程师上门帮您调试，上门调试免费。
C: 那约一下吧，周六上午。
A: 好的，已经为您预约周六上午九点到十二点。我的工号是三四一二，感谢您的耐心，祝您生活愉快，再见。
""")

C("e-111", "营业组", "insult", "Noisy. Agent: 「你有病吧」 after the customer asks the same thing again.", """
A: 您好，联信移动客服，请问有什么可以帮您？
C: 我想问我的副卡怎么取消？
A: 副卡取消需要主卡机主带身份证到营业厅办理。
C: 我就是主卡机主，我能不能电话里取消？
A: 刚说了营业厅，你有病吧，一个问题问两遍。
C: 我腿不好，出门不方便，能不能让别人代办？
A: 代办要带机主身份证原件和代办人身份证，还有委托书。
C: 我就问问，凶什么。
A: 还有事吗？
C: 没了。
A: 感谢来电，祝您生活愉快，再见。
""", noise=True)

C("e-112", "资费组", "speech_rate talk_over", "Noisy. Fast agent (~9 chars/s) who interrupts the customer's question.", """
A{r=8.9}: 您好联信移动客服请问有什么可以帮您？
C: 你好我想问问我这个号码每个月最低消费是多少，然后还有我那个
A{o=1.5,r=9.2}: 您的套餐月费是三十八元没有额外的最低消费每月一号扣取。
C: 那我那个宽带是不是也是这个号码上扣的，还有就是
A{o=1.3,r=9.0}: 对的宽带是融合在这个号码上的每月一起扣费。
C: 那我想把宽带单独拆出来付可以吗？
A{r=9.0}: 融合套餐不能单独拆开付费如果要拆需要先解除融合改成单独的宽带套餐价格会比现在高。
C: 那算了吧，不拆了，你再说一下每个月几号扣钱？
A{r=9.2}: 每月一号扣取套餐费如果余额不足会短信提醒您。
C: 好吧。
A{r=9.1}: 感谢您的来电祝您生活愉快再见。
""", noise=True)

C("e-113", "售后组", "", "Hard negative for complaint: agent mentions complaint channel unprompted in closing; customer calm.", """
A: 您好，优品汇售后客服，请问有什么可以帮您？
C: 我想问一下保修卡丢了还能保修吗？
A: 可以的，我们是凭订单保修的，保修卡丢了没关系，您报一下订单号就行。
C: 订单号我找一下，尾号四一九九。
A: 查到了，您的吸尘器保修到明年七月，期间有问题直接联系我们。对我们服务有任何意见建议，也可以拨打服务监督电话。
C: 好的，知道了。
A: 感谢您的来电，祝您生活愉快，再见。
""")

C("e-114", "信用卡组", "colleague", "Agent rubbishes the collections team (催收那帮人素质就那样).", """
A: 您好，沧海银行信用卡中心，请问有什么可以帮您？
C: 你们催收的人一天给我打了十几个电话，我都已经还了。
A: 非常抱歉打扰您。催收那帮人素质就那样，不看系统就乱打，我们也经常说他们。
C: 那能不能别让他们再打了？
A: 我看到您的款项今天上午已经入账了，我马上给您提交停止催收，今天内就不会再有电话了。
C: 好。
A: 感谢您的理解，祝您生活愉快，再见。
""")

C("e-115", "宽带组", "greeting", "Noisy. Agent opens 「喂，华讯」 then asks what's up after the customer speaks.", """
A: 喂，华讯。
C: 你好，我想问一下宽带升级到五百兆要多少钱。
A: 您好，请问有什么可以帮您？哦您是问升级。五百兆每月比您现在多二十元，从升级后的下一个月一号开始按新资费收。
C: 好，那帮我升级吧。
A: 好的，已经提交了，二十四小时内生效。
C: 好的。
A: 感谢您的支持，祝您生活愉快，再见。
""", noise=True)

C("e-116", "订购组", "filler name_ask", "Filler tics throughout; and 「你姓什么」.", """
A: 您好，鲜果到家订购热线，请问您需要订购什么产品？
C: 我想订些猕猴桃。
A: 呃，那个，猕猴桃啊，那个，有绿心的和红心的呀。
C: 红心的吧。
A: 呃，那个，红心的，就是五斤装八十八元啊。你姓什么？
C: 姓田。
A: 那个，田先生，呃，那个地址电话说一下呀。
C: 西安雁塔区小寨东路六号，一八七九二三三四四五五。
A: 好的，那个，一八七九二三三四四五五，西安雁塔区小寨东路六号，五斤红心猕猴桃，两天到。
C: 好。
A: 感谢您的订购，祝您生活愉快，再见。
""")

C("e-117", "投诉组", "complaint", "Customer asks to complain about a store; agent apologises and registers; complete closing.", """
A: 您好，联信移动客服，工号5109，请问有什么可以帮您？
C: 我要投诉你们人民路营业厅，我排了两个小时队，结果说系统坏了让我明天再来。
A: 非常抱歉让您白等了这么久，给您添麻烦了。我这边马上给您登记投诉，同时帮您预约明天的优先办理号，您到店出示短信就可以直接办理。
C: 这还差不多。
A: 投诉处理结果会在两个工作日内回电告知您。再次向您致歉，感谢您的反馈，祝您生活愉快，再见。
""")

C("e-118", "营业组", "", "Hard negative for forbidden: 喂 only in the customer's speech; agent uses 您/请 throughout.", """
A: 您好，联信移动客服，请问有什么可以帮您？
C: 喂，你好，喂，听得到吗？
A: 您好，能听到，请讲。
C: 我想办一个宽带，你们那有什么优惠？
A: 现在新装宽带三百兆每月六十九元，签约一年送光猫和路由器，装机当月免费，从次月一号开始按六十九元收取。
C: 装机要等多久？
A: 一般提交后三个工作日内师傅会上门安装。
C: 那我考虑一下。
A: 好的，您考虑好了随时联系我们，感谢您的来电，祝您生活愉快，再见。
""")

C("e-119", "信用卡组", "short_call", "Short call (<20 s): customer only wanted the hotline of another department.", """
A: 您好，鼎丰银行信用卡中心，请问有什么可以帮您？
C: 借记卡挂失打哪个电话？
A: 请拨九五五三三转二，感谢您的来电，再见。
""", first=0.7)

C("e-120", "售后组", "overpromise", "Noisy. Agent promises a refund 「今天之内一定到账，我保证」 although it takes 1–3 days.", """
A: 您好，云购商城售后客服，请问有什么可以帮您？
C: 我的退款申请通过了，钱什么时候能到？我急用。
A: 您放心，今天之内一定到账，我保证。
C: 真的吗？上次等了三天。
A: 这次绝对没问题，肯定今天到。
C: 是退到我的银行卡还是支付宝？
A: 原路退回，您用什么付的就退到哪里。
C: 好，那我等着。
A: 感谢您的来电，祝您生活愉快，再见。
""", noise=True)

C("e-121", "宽带组", "", "Clean; customer unhappy with a late technician -> agent apologises; 'thanks for understanding' closing variant.", """
A: 您好，华讯通信客服，工号1506，请问有什么可以帮您？
C: 约好两点上门的师傅到现在还没来，都三点半了。
A: 实在抱歉让您久等了。我马上联系师傅，请您稍等。
A{g=11}: 感谢您的耐心等待，师傅前一单延误了，现在已经在路上，预计二十分钟到，他会先给您打电话。
C: 行，那我再等等。
A: 给您添麻烦了，感谢您的理解，祝您生活愉快，再见。
""")

C("e-122", "营业组", "shirking", "Noisy. 「这个你得自己去问银行，跟我们没关系」 about an auto-pay failure that is in scope.", """
A: 您好，联信移动客服，请问有什么可以帮您？
C: 我绑了银行卡自动交话费，这个月怎么没扣，还欠费停机了？
A: 这个你得自己去问银行，跟我们没关系。
C: 你们那边能不能看一下是不是签约失效了？
A: 我们这边看不了，你问银行吧。
C: 那好吧。
A: 感谢您的来电，祝您生活愉快，再见。
""", noise=True)

C("e-123", "资费组", "", "Clean noisy call, tariff stated for an instalment-free promotion (零手续费) with the first charge date.", """
A: 您好，联信移动客服，请问有什么可以帮您？
C: 你们那个零元购手机，到底要不要花钱？
A: 零元购是您承诺每月最低消费九十九元，连续二十四个月，手机不用另外付钱。最低消费从您办理的下一个月一号开始计算，每月九十九元。
C: 那提前不用了呢？
A: 提前解约需要补足剩余月份的差额，具体金额按剩余月数计算，办理前营业员会跟您书面确认。
C: 明白了。
A: 感谢您的来电，祝您生活愉快，再见。
""", noise=True)

C("e-124", "投诉组", "", "Hard negative: customer quotes 「你这话什么意思」 that an earlier agent said; current agent apologises, registers; customer doesn't say 投诉 (agent offers feedback).", """
A: 您好，云购商城客服，很高兴为您服务。
C: 我刚才打过一次，问退款，那个客服说“你这话什么意思”，语气很冲。
A: 非常抱歉，给您带来不好的体验。这样的说法是不规范的，我会把情况反馈给质检。您退款的问题我来帮您处理，订单号是多少？
C: 尾号八二六一。
A: 退款已经在处理中，今天晚上十二点前原路退回。
C: 好吧。
A: 再次抱歉，感谢您的反馈，祝您生活愉快，再见。
""")

C("e-125", "信用卡组", "forbidden apology", "Noisy. Agent's own refusals (这个不清楚/不知道) to a worried customer; no apology.", """
A: 您好，沧海银行信用卡中心，请问有什么可以帮您？
C: 我的卡昨天晚上被扣了三笔境外的钱，我人在国内啊，很着急。
A: 境外交易这个我不清楚。
C: 那是不是被盗刷了？你们能查吗？
A: 是不是盗刷我也不知道，我给您登记一下吧。
C: 你们怎么什么都不知道？
A: 已经登记了，会有专人联系您。感谢您的来电，祝您生活愉快，再见。
""", noise=True)

C("e-126", "售后组", "", "Clean: multi-issue call, agent thanks customer for the feedback (致谢语).", """
A: 您好，优品汇售后服务中心，请问有什么可以帮您？
C: 你好，你们的APP上商品详情页的图片跟实物颜色差得有点多，我给你们提个建议。
A: 非常感谢您的建议，我详细记录一下，请问是哪个商品？
C: 就是那个米白色的沙发，图片看着是白的，实物偏黄。
A: 好的，我已经提交给商品运营部门，会尽快核对图片。请问您对收到的沙发本身满意吗？需要换货吗？
C: 沙发挺好的，不用换，就是提醒你们一下。
A: 谢谢您的反馈，祝您生活愉快，再见！
""")

C("e-127", "宽带组", "hangup closing", "Noisy. Agent leaves while the customer asks about the installation address (unanswered last question).", """
A: 您好，华讯通信客服，请问有什么可以帮您？
C: 我想新装一个宽带，我家在浦东新区锦绣路。
A: 锦绣路有覆盖，三百兆每月六十九元，从装机次月开始收。
C: 好，那我办。装机要带什么材料？
A: 身份证。
C: 户口本要不要？我是租的房子。
A: 不用，带身份证和租房合同就行。
C: 那师傅什么时候来？能不能周末装？
""", noise=True)

C("e-128", "订购组", "", "Clean order with polite name ask 「请问先生您贵姓」 and verification; noise.", """
A: 您好，鲜果到家订购热线，工号三三七，请问您需要订购什么产品？
C: 我要订两箱砂糖橘。
A: 好的，两箱一共九十八元，包邮。请问先生您贵姓？
C: 免贵姓岳。
A: 岳先生，收货地址和电话？
C: 重庆渝北区金开大道八十号，一三九八三二二七七六六。
A: 跟您核对：岳先生，一三九八三二二七七六六，重庆渝北区金开大道八十号，砂糖橘两箱，顺丰两天到，到前会电话联系。客服电话四零零六七八九零零一。
C: 对。
A: 感谢您的订购，祝您生活愉快，再见。
""", noise=True)

C("e-129", "营业组", "", "Hard negative for speech_rate: customer speaks fast (~6 c/s), agent normal; customer-side overlap (customer talks over agent) is not talk_over.", """
A: 您好，联信移动客服，请问有什么可以帮您？
C{r=6.0}: 我就想问一下我这个号码能不能开通国际长途我下个月要去美国出差两个礼拜。
A: 可以的，国际长途和国际漫游需要一起开通，我帮您办理，请问您是机主本人吗？
C{o=1.2}: 是的是的本人，身份证后四位是三三二一。
A: 好的，已经为您开通了，美国漫游通话每分钟零点九九元，流量可以办日包，每天二十五元，按使用当天扣费。
C: 好的好的谢谢。
A: 感谢您的来电，祝您出差顺利，再见。
""")

C("e-130", "信用卡组", "", "Clean: agent apologises for the system glitch; closing 感谢您的配合 + 祝您生活愉快.", """
A: 您好，沧海银行信用卡中心，工号3120，请问有什么可以帮您？
C: 我刚才在APP上还款，钱扣了但是显示还款失败。
A: 很抱歉给您带来困扰。请您提供一下卡号后四位。
C: 一二七七。
A: 查到了，还款已经成功入账，APP显示有延迟，半小时后刷新就能看到，不会影响您的信用记录。
C: 那就好。
A: 感谢您的配合，祝您生活愉快，再见。
""")


# ---------------------------------------------------------------- build
def main():
    assert len(S2T) > 50
    out = Path(__file__).with_name("tune_e.jsonl")
    seen = set()
    rows = []
    errors = []
    for i, call in enumerate(CALLS):
        cid = call["cid"]
        assert cid not in seen, cid
        seen.add(cid)
        for lab in call["labels"]:
            assert lab in FAMILIES, (cid, lab)
        seed = int(hashlib.sha256(cid.encode()).hexdigest()[:8], 16)
        rng = random.Random(seed)
        segs = build_segments(call, rng)
        timing, dur = timing_labels(segs)
        amb = {t for t in timing if t.startswith("?")}
        hand_t = set(call["labels"]) & TIMING
        if amb or hand_t != timing:
            errors.append((cid, "hand", hand_t, "computed", timing, round(dur, 1)))
        # hang-up structure check
        last = segs[-1]
        if "hangup" in call["labels"]:
            assert last["speaker"] == "customer", cid
        elif last["speaker"] == "customer":
            assert re.search(r"再见|拜拜|谢谢|好的|好。|^好$|行|嗯|算了|等你们电话|好吧", last["text"]), (cid, last["text"])
        if call["noise"]:
            for s in segs:
                s["text"] = noisify(s["text"], rng)
        day = 1 + i % 7
        minute = 8 * 60 + 30 + (i * 37) % (10 * 60)
        started = f"2026-12-0{day}T{minute // 60:02d}:{minute % 60:02d}:00+08:00"
        prefix = {"宽带组": "HX", "营业组": "LX", "资费组": "LX", "信用卡组": "CH", "售后组": "YP",
                  "订购组": "DG", "投诉组": "TS", "商城客服组": "YG"}.get(call["team"], "QT")
        agent = f"{prefix}{1000 + seed % 9000}"
        rows.append(dict(call_id=cid,
                         segments=segs, labels=sorted(set(call["labels"]), key=FAMILIES.index),
                         note=call["note"], noise=call["noise"],
                         metadata=dict(agent_id=agent, team=call["team"], started_at=started)))
    for e in errors:
        print("TIMING MISMATCH", *e)
    assert not errors
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = len(rows)
    from collections import Counter
    cnt = Counter(l for r in rows for l in r["labels"])
    print(f"{n} calls -> {out}")
    print("clean:", sum(1 for r in rows if not r["labels"]), "noise:", sum(r["noise"] for r in rows))
    for fam in FAMILIES:
        print(f"  {fam:12s} {cnt[fam]}")


if __name__ == "__main__":
    main()
