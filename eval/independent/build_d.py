"""Independent labelled call set D (eval/independent/tune_d.jsonl, first heldout_d.jsonl), built only from DOMAIN.md and the seeds.

LABEL POLICY (a family is listed in `labels` iff the call contains a violation of it;
every family not listed must stay quiet).  Thresholds for the timing families are ours:
DOMAIN.md gives no numbers, so positives and negatives are kept far apart.

greeting  : the agent's FIRST utterance must be the opening formula: 您好 + company/service
            name + an offer of help (请问有什么可以帮您/需要什么帮助/很高兴为您服务, wording may vary,
            工号 optional).  Positive if it opens with 「喂」, lacks the company name or lacks the
            offer of help, or the formula only comes after the agent has already done other talk.
            A customer saying 喂 first is not a violation.
closing   : the agent's last turns must contain a courteous closing: thanks (感谢您的来电/反馈/
            支持/耐心等待/配合…) and/or a blessing (祝您生活愉快/周末愉快/一切顺利…) plus a farewell.
            Order calls also recap delivery / service number.  Positive if the call ends with no
            such closing (「行就这样」「嗯好」「拜拜」 alone).
forbidden : 服务禁语 said BY THE AGENT TO THE CUSTOMER (not insults): 「不清楚」「不明白」「不知道」 used as
            a refusal/brush-off about the matter asked, 「那你想好了再打来吧」 (and variants), 「你这话
            什么意思」 (variants), addressing the customer as 「喂」 mid-call.  NOT positive: 不知道/不清楚
            said about the customer or a third party or as reassurance (「您不知道也没关系」, 「如有不
            明白」, 「刚才没听清楚」), the agent quoting a phrase while handling a complaint, customer speech.
insult    : agent insults / attacks / mocks the customer (神经病, 有病, 脑子进水, 听不懂人话, 耳朵
            聋了, 没钱别用, sarcasm about intelligence…).  Agent quoting the word while apologising,
            or the customer insulting, is NOT positive.  Insult-only calls are not also `forbidden`.
filler    : habitual verbal tics by the agent (啊/呀/这个/那个/就是说/呃 used as fillers) — positive
            only with heavy overuse (>=6 tic uses across >=3 agent turns).  Demonstrative 这个/那个
            (「这个套餐」) and an occasional sentence-final 啊 are negative.
tariff    : when fees come up (customer asks or agent sells a paid service) the agent must state
            BOTH the amount and when charging starts.  Positive if either is missing or glossed over
            (「现在是免费期」「费用不高」「以系统为准」).  Calls where no fee is discussed are negative.
name_ask  : in order-taking calls (agent takes an order/installation booking and collects
            contact details) the agent must politely ask how to address the customer
            (「请问您贵姓」「怎么称呼您」) and use it.  Positive if the ask is impolite (「你姓什么」「叫什么
            名字」「名字报一下」) in any call, or missing in an order-taking call.  Pure inquiry calls
            without an order and without an ask are negative.
apology   : when something went wrong on the company side or the customer is clearly unhappy,
            the agent must apologise (抱歉/对不起/不好意思/给您添麻烦了…).  Positive if no apology
            at all in such a call.
shirking  : 推诿 — agent refuses to handle what is in scope and pushes the customer elsewhere or
            back onto the customer (「不归我们管」「你自己找快递」「去营业厅问」) without help.  A
            proper transfer / registration with explanation is negative.
overpromise: promises beyond authority or untrue (「保证明天一定到」「肯定全额退还再补偿」
            「以后绝对不会再扣费」 「我给您免了」).  Hedged commitments (申请/一般/以…为准) negative.
colleague : agent blames or disparages colleagues / other departments / previous agent / 售前.
            Neutral references (转接售后, 同事会联系您) or the customer criticising staff are negative.
complaint : customer asks to complain/投诉 (or clearly lodges one) and the agent refuses,
            discourages, or does not register/escalate it.  Registered with a follow-up = negative.
silence   : any gap with nobody speaking >= 20 s inside the call.  Negatives keep every gap
            <= 10 s (a notified short hold of ~8 s is negative).
talk_over : the agent starts speaking while the customer is still talking, overlapping >= 1 s
            (cutting them off).  Negatives have no agent-over-customer overlap at all; the
            customer interrupting the agent is negative.
speech_rate: agent speaks too fast: agent characters / agent speaking seconds >= 8 over the call.
            Negatives stay <= 6 chars/s.
short_call: whole call (first segment start to last segment end) < 30 s.  Negatives >= 40 s.
hangup    : the agent ends the call before the customer: the recording ends on the customer
            still asking / unfinished, or the agent cuts the customer off (「我挂了啊」).  Ending
            after the customer's goodbye or 'nothing else' (even if the agent speaks last) is negative.
noise     : true for calls rendered as Whisper-base hears 8 kHz audio (homophones, some
            Traditional characters, no punctuation, digits).  Labels describe what was SAID.
"""
import json, random, re, os

random.seed(20261205)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tune_d.jsonl")   # frozen before the rules saw it; held out until 2026-12-05, then a tuning set

CALLS = []

def call(labels, note, turns, noise=False, ar=None, cr=None, team=None, agent=None, gp=(0.6, 1.6)):
    CALLS.append(dict(labels=labels, note=note, turns=turns, noise=noise, ar=ar, cr=cr,
                      team=team, agent=agent, gp=gp))

PUNCT = "，。？！、,.?!：:；;“”\"'「」…— "

def nchar(s):
    return len([c for c in s if c not in PUNCT])

def timeline(turns, ar, cr, gp):
    segs = []
    t = round(random.uniform(0.3, 1.2), 1)
    for tu in turns:
        if isinstance(tu, tuple) and tu[0] == "gap":
            t += tu[1]
            continue
        spk, text = tu.split(":", 1)
        over = spk.endswith(">")
        spk = spk.rstrip(">")
        speaker = "agent" if spk == "A" else "customer"
        rate = ar if speaker == "agent" else cr
        dur = max(0.7, nchar(text) / rate + random.uniform(0.05, 0.35))
        if over and segs:
            prev = segs[-1]
            ov = min(random.uniform(1.3, 2.2), (prev["end"] - prev["start"]) - 0.4)
            start = prev["end"] - ov
        else:
            start = t
        end = start + dur
        segs.append({"speaker": speaker, "start": round(start, 1), "end": round(end, 1), "text": text})
        t = max(t, end) + random.uniform(*gp)
        if over:
            t = end + random.uniform(*gp)
    return segs

# ---------------- noise (Whisper-base on 8 kHz) ----------------
HOMO = [("客服", "克服"), ("话费", "话废"), ("营业厅", "营业听"), ("神经病", "神经变"), ("宽带", "宽待"),
        ("套餐", "套参"), ("流量", "流亮"), ("工号", "工好"), ("退款", "退宽"), ("快递", "快地"),
        ("抱歉", "报歉"), ("投诉", "投素"), ("师傅", "师父"), ("账单", "帐单"), ("优惠", "有会")]
TRAD = dict(zip("这么们时间话费务说请问为个会对没还过电单号帮钱开关给后来气办费诉达选让应该现实听见经车东发钟",
                "這麼們時間話費務說請問為個會對沒還過電單號幫錢開關給後來氣辦費訴達選讓應該現實聽見經車東發鐘"))
CN = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

def cn2num(s):
    total, cur = 0, 0
    for ch in s:
        if ch in CN:
            cur = CN[ch]
        elif ch == "十":
            total += (cur or 1) * 10; cur = 0
        elif ch == "百":
            total += cur * 100; cur = 0
        elif ch == "千":
            total += cur * 1000; cur = 0
    return total + cur

def digits(text):
    def rep(m):
        return str(cn2num(m.group(1))) + m.group(2)
    text = re.sub(r"[零一二三四五六七八九]{4,}", lambda m: "".join(str(CN[ch]) for ch in m.group(0)), text)
    text = re.sub(r"([零一二两三四五六七八九十百千]{2,})(块|元|天|号|个|分|月|G|兆|小时|点|年|次|期|毛)", rep, text)
    return re.sub(r"([一二三四五六七八九十])(月|号|元|块)", rep, text)

def noisify(segs):
    for s in segs:
        x = s["text"]
        for a, b in HOMO:
            if random.random() < 0.85:
                x = x.replace(a, b)
        x = digits(x)
        if random.random() < 0.45:
            x = "".join(TRAD.get(c, c) for c in x)
        x = re.sub(r"[，。、,.！!；;：:“”\"「」…—]", " " if random.random() < 0.4 else "", x)
        x = re.sub(r"[？?]", "" if random.random() < 0.6 else "?", x)
        s["text"] = re.sub(r"\s+", " ", x).strip()
    return segs

ERR = []

def main():
    rows = []
    for i, c in enumerate(CALLS, 1):
        lab = set(c["labels"])
        ar = c["ar"] or (round(random.uniform(9.0, 10.5), 2) if "speech_rate" in lab else round(random.uniform(3.8, 5.4), 2))
        cr = c["cr"] or round(random.uniform(3.8, 5.6), 2)
        segs = timeline(c["turns"], ar, cr, c["gp"])
        # ---- consistency checks for the timing families ----
        n = len(segs)
        assert 8 <= n <= 40, (i, n)
        dur = segs[-1]["end"] - segs[0]["start"]
        gaps = [segs[k + 1]["start"] - max(s["end"] for s in segs[:k + 1]) for k in range(n - 1)]
        mg = max(gaps)
        ovl = [segs[k] for k in range(1, n) if segs[k]["speaker"] == "agent" and segs[k - 1]["speaker"] == "customer"
               and segs[k]["start"] < segs[k - 1]["end"] - 0.05]
        ach = sum(nchar(s["text"]) for s in segs if s["speaker"] == "agent")
        asec = sum(s["end"] - s["start"] for s in segs if s["speaker"] == "agent")
        rate = ach / asec
        chk = [("silence", ("silence" in lab) == (mg >= 20) and ("silence" in lab or mg <= 10), mg),
               ("talk_over", ("talk_over" in lab) == bool(ovl), len(ovl)),
               ("speech_rate", ("speech_rate" in lab) == (rate >= 8) and ("speech_rate" in lab or rate <= 6), rate),
               ("short_call", ("short_call" in lab) == (dur < 30) and ("short_call" in lab or dur >= 40), dur)]
        for fam, ok, val in chk:
            if not ok:
                ERR.append((i, fam, round(val, 1), c["note"][:40]))
        if c["noise"]:
            segs = noisify(segs)
        day = 1 + (i * 7) % 28
        hh = 8 + (i * 5) % 12
        mm = (i * 13) % 60
        rows.append({
            "call_id": "id_%03d" % i,
            "segments": segs,
            "metadata": {"agent_id": c["agent"] or "A%02d" % (1 + (i * 7) % 18),
                         "team": c["team"] or "T%d" % (1 + (i * 3) % 4),
                         "started_at": "2026-11-%02dT%02d:%02d:00+08:00" % (day, hh, mm)},
            "labels": sorted(lab),
            "note": c["note"],
            "noise": bool(c["noise"]),
        })
    if ERR:
        for e in ERR: print('CHECK FAILED', e)
        raise SystemExit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "calls to", OUT)

# =====================================================================================
#                                   CALLS
# =====================================================================================
# ------------------------------- CLEAN CALLS ---------------------------------------
call([], "clean: fee question answered with amount AND start date (tariff negative incl. 免费 wording)", [
 "A:您好，星河通信客服中心，工号三一二七，很高兴为您服务，请问有什么可以帮您？",
 "C:你好，我上个月开了一个视频会员，说是免费的，我想问问后面要不要钱。",
 "A:好的，请问您是本机号码办理的吗？我帮您查询一下。",
 "C:对，就是这个号。",
 "A:查到了，您办理的是视频会员月包，前三个月免费，从明年一月一号起每月收费十五元，直接从话费里扣。",
 "C:哦，那一月一号就开始扣十五块是吧。",
 "A:是的，如果您不需要，可以在十二月三十一号之前退订，退订后不会产生任何费用。",
 "C:那我先用着吧，到时候再说。",
 "A:好的，到期前三天我们也会给您发短信提醒。请问还有其他可以帮您的吗？",
 "C:没有了，谢谢啊。",
 "A:不客气，感谢您的来电，祝您生活愉快，再见！",
 "C:再见。"])

call([], "clean order call: polite 您贵姓, verifies name/phone/address, delivery+service number+工号+blessing", [
 "A:您好，优家电器，请问有什么可以帮助您？",
 "C:你好，我想买你们那个两升的电热水壶，网上看到的那款。",
 "A:好的，是那款双层防烫的款式对吧，现在活动价八十九元，货到付款。请问您贵姓？",
 "C:我姓林。",
 "A:林女士您好，这款壶身是双层的，外壁不烫手，还有防干烧，家里有老人小孩用着比较放心。",
 "C:嗯，那就要一个白色的。",
 "A:好的，跟您核对一下：收货人林女士，电话一三八零零一二三四五六，地址是杭州市西湖区文三路八十八号三单元五零二，对吗？",
 "C:对的。",
 "A:订单已经提交，我们会在四十八小时内发货，顺丰配送，发货后会有短信通知。如有问题可以拨打我们的客服热线四零零八二零一二三四，我的工号是二零五六。",
 "C:好的好的。",
 "A:感谢您的订购，祝您生活愉快，再见！",
 "C:拜拜。"])

call([], "clean complaint: agent QUOTES the technician's insult '神经病' while apologising and registers the complaint (insult/forbidden/complaint hard negative)", [
 "A:您好，云帆宽带客服，请问有什么可以帮您？",
 "C:我要投诉！你们那个上门的师傅太不像话了，我就问了他两句，他说我神经病！",
 "A:非常抱歉给您带来这么不好的体验。您是说上门的维修师傅对您说了“神经病”这样的话，是吗？",
 "C:对！就今天上午十点多来的那个。",
 "A:这种行为是绝对不允许的，我代表公司向您郑重道歉。请问您的宽带账号是登记在这个手机号下吗？",
 "C:是的。",
 "A:好的，我已经帮您登记了服务投诉，投诉单号是二零二六一一二零零八八，处理专员会在二十四小时内给您回电，核实后会对师傅严肃处理。",
 "C:那网还没修好怎么办？",
 "A:维修这边我同时帮您加急派单，会安排另一位师傅在明天上午联系您上门，您看可以吗？",
 "C:行吧，那就这样。",
 "A:再次向您表示歉意，也感谢您的反馈，祝您生活愉快，再见。",
 "C:再见。"])

call([], "clean: CUSTOMER is rude (骗子, 脑子有病) — agent stays polite, apologises, explains; customer insults are not agent insults", [
 "A:您好，华信银行信用卡中心，请问有什么可以帮您？",
 "C:你们是不是骗子啊？我没刷卡凭什么扣我年费三百块！你们脑子有病吧！",
 "A:先生您先别着急，给您带来困扰非常抱歉，我马上帮您核实这笔年费。请问怎么称呼您？",
 "C:姓赵。",
 "A:赵先生，查到您这张卡是金卡，年费三百元，规则是一年内刷卡满六次可以免次年年费，您去年只刷了两次，所以今年十一月十五号按规则收取了。",
 "C:办卡的时候也没人跟我说啊！",
 "A:理解您的心情，这边可以帮您申请一次年费减免，审核结果会在五个工作日内短信通知您，您看可以吗？",
 "C:那你赶紧给我申请。",
 "A:好的，已经帮您提交了申请。另外今年只要刷满六次，明年年费就可以免掉。",
 "C:知道了。",
 "A:感谢您的耐心，祝您生活愉快，再见。",
 "C:嗯。"])

call([], "clean: '您不知道也没关系' and '如有不明白' are reassurance, not 禁语", [
 "A:您好，安心保险客服，工号八八一二，请问有什么可以帮您？",
 "C:你好，我想查一下我的车险什么时候到期，保单号我不知道放哪了。",
 "A:您不知道保单号也没关系，我用您的身份证号或者车牌号也可以查询。请问车牌号是多少？",
 "C:浙A八二K六六。",
 "A:好的，查到了，您的交强险和商业险都是明年三月八号到期。",
 "C:那续保的话要去哪里办？",
 "A:到期前三十天我们会短信通知您，您可以直接在公众号上续保，也可以回电由我们帮您办理。",
 "C:哦，那行，我等通知。",
 "A:好的，如有不明白的地方，欢迎您随时致电我们。还有别的问题吗？",
 "C:没了。",
 "A:感谢您的来电，祝您出行平安，再见！",
 "C:再见。"])

call([], "clean: agent says '刚才信号不好我没听清楚' (hard negative for 不清楚) and customer says 不知道", [
 "A:您好，顺达快递客服中心，请问有什么可以帮您？",
 "C:你好，我有个快递显示签收了但是我没收到。",
 "A:不好意思，刚才信号不太好，我没听清楚，您是说快递显示签收但您没收到，对吗？",
 "C:对，昨天下午显示的签收。",
 "A:给您添麻烦了，请您提供一下运单号。",
 "C:SF，哦不对，是SD七七八八九九零零一二。",
 "A:好的，查到是放在小区的丰巢柜了，取件码应该发到您手机上了，您看一下有没有收到短信？",
 "C:我不知道啊，我找找……哦有，是放柜子里了。",
 "A:好的，那您凭取件码取件就可以了，柜子会免费保存十八小时。",
 "C:好嘞，谢谢。",
 "A:不客气，感谢您的来电，祝您生活愉快。",
 "C:拜拜。"])

call([], "clean: proper transfer to 售后专席 with explanation (shirking hard negative)", [
 "A:您好，乐购商城客服，请问有什么可以帮您？",
 "C:我买的冰箱压缩机一直响，想找人来修。",
 "A:给您带来不便非常抱歉。大家电的上门维修是由售后专席安排师傅的，我现在帮您把订单信息一起转过去，您不用再重复说明，可以吗？",
 "C:要等多久啊？",
 "A:一般一分钟内就能接通，如果专席忙，我这边也可以先帮您登记维修单，师傅会在二十四小时内联系您。",
 "C:那你先帮我登记吧，省得等。",
 "A:好的，已经登记，维修单号是WX二零一一九。请问联系电话还是下单的这个号码吗？",
 "C:是的。",
 "A:好的，师傅上门前会先给您打电话。还有其他需要帮助的吗？",
 "C:没了。",
 "A:感谢您的配合，祝您生活愉快，再见。",
 "C:再见。"])

call([], "clean: hedged commitment '没法保证具体哪天，会加急催促' (overpromise hard negative)", [
 "A:您好，顺达快递，很高兴为您服务，请问有什么可以帮您？",
 "C:我的件三天了还在中转站，你能保证明天送到吗？我等着用。",
 "A:非常抱歉让您久等了。我这边没法向您保证具体哪天送达，但我可以马上帮您发起催件，并备注加急。",
 "C:那一般多久？",
 "A:一般催件之后二十四到四十八小时内会有更新，具体以物流信息为准，有进展会短信通知您。",
 "C:行吧，那你帮我催一下。",
 "A:好的，已经提交催件，催件编号CJ五五六一。如果四十八小时后还没有更新，您可以再联系我们，我们会升级处理。",
 "C:好。",
 "A:感谢您的理解和耐心等待，祝您生活愉快，再见。",
 "C:再见。"])

call([], "clean: CUSTOMER interrupts the agent (customer-over-agent overlap is not agent talk_over)", [
 "A:您好，星河通信，请问有什么可以帮您？",
 "C:我这个月流量怎么超了这么多？",
 "A:您好，我帮您查一下。您本月套餐内有三十G通用流量，截止昨天已经使用了三十四G，超出的四G是按每G三元计费，",
 "C>:三块一个G？这么贵啊！",
 "A:是的，超出部分是按套餐规则每G三元，本月会一起在下月一号的账单里扣。如果您经常超，我可以给您介绍一个流量加油包。",
 "C:多少钱？",
 "A:十元十G，当月有效，办理后立即生效，费用在当月话费里一次性扣除，不会自动续订。",
 "C:那给我办一个吧。",
 "A:好的，已经为您办理成功，稍后会收到短信确认。还有其他问题吗？",
 "C:没了。",
 "A:感谢您的支持，祝您生活愉快，再见！",
 "C:再见。"])

call([], "clean: short notified hold (~8 s) after '请您稍等' — silence hard negative", [
 "A:您好，华信银行客服，请问有什么可以帮您？",
 "C:我想问一下我的房贷这个月扣了没有。",
 "A:好的，请问怎么称呼您？",
 "C:我姓孙。",
 "A:孙女士，麻烦您稍等，我帮您查询一下还款记录。",
 ("gap", 8.0),
 "A:感谢您的耐心等待，查到您本月的房贷四千二百元已经在十一月二十号正常扣款成功了。",
 "C:哦那就好，我还以为没扣。",
 "A:是的，扣款成功后一般会有短信提醒，可能您没注意到。",
 "C:好的，我知道了。",
 "A:还有其他需要帮您的吗？",
 "C:没有了。",
 "A:感谢您的来电，祝您生活愉快，再见。"])

call([], "clean: demonstrative 这个/那个 only a couple of times (filler hard negative)", [
 "A:您好，绿源净水客服，请问有什么可以帮您？",
 "C:你好，我家净水器滤芯灯亮了，是不是要换了？",
 "A:是的，红灯亮表示这个滤芯到了更换周期。请问您的机器型号是多少？",
 "C:我看看，是LY-五零零。",
 "A:好的，这款机器的PP棉滤芯建议六个月换一次，更换价格是六十八元，如果您需要，可以预约师傅上门免费安装。",
 "C:上门不收费吧？",
 "A:上门安装不收费，只收滤芯费用六十八元，师傅装好后当场付款就可以。",
 "C:那帮我约周六吧。",
 "A:好的，请问怎么称呼您？",
 "C:姓周。",
 "A:周先生，已经帮您预约了本周六上午，地址还是之前登记的那个地址对吗？",
 "C:对。",
 "A:好的，师傅上门前会提前联系您。感谢您的来电，祝您周末愉快，再见。",
 "C:好，再见。"])

call([], "clean: customer complains about a colleague; agent apologises without disparaging anyone (colleague hard negative)", [
 "A:您好，乐购商城客服中心，请问有什么可以帮您？",
 "C:我昨天打过来，那个客服说给我退款，结果到现在也没退！你们客服都是乱说的吧！",
 "A:非常抱歉让您多跑了一趟。我来帮您查一下昨天的处理记录。",
 "C:你查吧。",
 "A:查到了，昨天同事已经帮您提交了退款申请，目前在财务审核中，退款金额一百五十九元，预计三个工作日内原路退回到您的支付宝。",
 "C:那她怎么没说要三天？",
 "A:可能当时没有跟您说明清楚到账时间，给您造成误会了，实在抱歉。退款到账后会有短信通知。",
 "C:好吧，那我再等等。",
 "A:好的，如果三个工作日后还没到账，您可以再联系我们，我们会帮您加急处理。",
 "C:行。",
 "A:感谢您的理解，祝您生活愉快，再见！",
 "C:再见。"])

call([], "clean: agent quotes the previous agent's 禁语 '不清楚' while apologising (forbidden hard negative)", [
 "A:您好，星河通信客服，工号一零九三，请问有什么可以帮您？",
 "C:我上周问你们为什么多扣我二十块钱，你们客服就一句“不清楚”，我今天还是要问清楚。",
 "A:非常抱歉，上次您咨询时得到“不清楚”这样的答复，确实是我们服务不到位。我现在帮您仔细查一下。",
 "C:你查吧。",
 "A:查到了，这二十元是您十月十二号订购的一个游戏会员，每月二十元，从十一月一号开始收费。",
 "C:我没订过什么游戏会员！",
 "A:理解您的心情。订购记录显示是短信回复确认办理的，如果不是您本人意愿，我可以帮您退订，并提交退费申请，审核通过后二十元会返还到您的话费账户。",
 "C:赶紧给我退了。",
 "A:已经帮您退订成功，退费申请也提交了，结果会在三个工作日内短信通知您。",
 "C:好。",
 "A:再次抱歉给您带来不便，感谢您的反馈，祝您生活愉快。",
 "C:嗯再见。"])

call([], "clean noisy: simple balance query", [
 "A:您好，星河通信客服中心，请问有什么可以帮您？",
 "C:你好，我想查一下话费还剩多少。",
 "A:好的，请问是查询本机号码吗？",
 "C:对，就这个号码。",
 "A:您的话费余额是三十六元五毛，本月套餐月租五十八元已经在一号扣过了。",
 "C:那够用到月底吧？",
 "A:按您平时的使用情况是够的，如果余额低于十元，系统会发短信提醒您充值。",
 "C:好的，谢谢。",
 "A:不客气，请问还有其他可以帮您的吗？",
 "C:没有了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:拜拜。"], noise=True)

call([], "clean: customer says goodbye first, agent speaks last with 再见 (hangup hard negative)", [
 "A:您好，顺达快递客服，请问有什么可以帮您？",
 "C:我想寄个东西到北京，大概多少钱？",
 "A:请问物品大概多重？从哪里寄出呢？",
 "C:上海寄，两公斤左右的衣服。",
 "A:上海寄北京，两公斤标准快递是首重十二元，续重每公斤五元，一共十七元，下单时付款，一般两天送达。",
 "C:能上门取件吗？",
 "A:可以的，您在我们的小程序上下单预约，快递员会在两小时内上门，上门取件不额外收费。",
 "C:好的，那我去小程序下单。",
 "A:好的，有问题随时联系我们。",
 "C:好嘞，再见啊。",
 "A:感谢您的来电，祝您生活愉快，再见。"])

call([], "clean: 'if you are unsure of your package you can text' — conditional 不清楚 about the customer; greeting variant with 欢迎致电", [
 "A:您好，欢迎致电云帆宽带，我是客服小陈，请问有什么可以帮您？",
 "C:我想把宽带提速到五百兆，要加多少钱？",
 "A:好的。您现在是二百兆套餐，每月九十九元，升级到五百兆是每月一百二十九元，也就是每月多三十元，升级后从下个账期，也就是十二月一号起按新价格收费。",
 "C:那我现在是啥套餐我都记不住。",
 "A:没关系，如果您以后不清楚自己的套餐，也可以发送短信“TC”到我们的服务号查询。",
 "C:好，那给我升吧。",
 "A:好的，请问宽带账号是登记在本机号码下吗？",
 "C:是的。",
 "A:已经为您提交提速，今晚十二点前生效，重启一下光猫就可以了。",
 "C:好的。",
 "A:感谢您对云帆宽带的支持，祝您生活愉快，再见！",
 "C:再见。"])

call([], "clean: '您这话的意思是想退货对吧' — clarifying, not '你这话什么意思'", [
 "A:您好，乐购商城，请问有什么可以帮您？",
 "C:这鞋子穿着挤脚，跟图上说的也不一样，你们这个怎么弄？",
 "A:不好意思给您带来不便了。您这话的意思是想退货，还是换大一码呢？",
 "C:退了吧，不想要了。",
 "A:好的，这双鞋支持七天无理由退货，您签收是十一月十八号，还在期限内。我帮您提交退货申请，快递员会上门取件，运费由我们承担。",
 "C:钱多久退回来？",
 "A:仓库收到货检查无误后，一到三个工作日原路退回，金额是二百三十九元。",
 "C:好。",
 "A:退货申请已经提交，取件时间会短信通知您。还有别的问题吗？",
 "C:没了。",
 "A:感谢您的反馈，祝您生活愉快，再见！",
 "C:再见。"])

call([], "clean: polite 'consider it and contact us any time' after full answer (not 那你想好了再打来吧)", [
 "A:您好，安心保险客服，工号六六零二，请问有什么可以帮您？",
 "C:我想给我爸买个医疗险，他六十五了还能买吗？",
 "A:可以的，我们的银发医疗险投保年龄是五十到七十五周岁。请问怎么称呼您？",
 "C:我姓何。",
 "A:何先生，这款保险六十五岁的年保费是一千八百六十元，投保成功后次日生效，保费在投保时一次性支付，第二年到期前会提醒续保。",
 "C:我得跟我爸商量一下。",
 "A:好的，您可以和家人商量一下，考虑好了随时联系我们，我也可以把产品条款发到您手机上方便您看。",
 "C:行，你发过来吧。",
 "A:好的，已经发送到您的手机，请注意查收。",
 "C:收到了。",
 "A:感谢您的来电，祝您和家人身体健康，再见。",
 "C:再见。"])

call([], "clean: customer says 喂 first (line delay), agent greets properly", [
 "C:喂？喂？",
 "A:您好，优家电器客服中心，请问有什么可以帮您？",
 "C:哦通了，我想问一下空调保修几年。",
 "A:好的，请问是什么时候购买的空调呢？",
 "C:去年六月买的。",
 "A:我们的空调整机保修三年，压缩机保修十年，您现在还在整机保修期内。",
 "C:那现在不制冷了能免费修吗？",
 "A:非人为损坏是可以免费维修的。给您带来不便很抱歉，我帮您登记报修，请问怎么称呼您？",
 "C:姓吴。",
 "A:吴先生，已经为您登记，维修师傅会在今天内联系您预约上门时间。",
 "C:好的。",
 "A:感谢您的耐心，祝您生活愉快，再见。",
 "C:再见。"])

call([], "clean: closing variant '感谢您的耐心等待…还有什么需要' and apology for delay; overtime explanation", [
 "A:您好，顺达快递客服中心，请问有什么可以帮助您？",
 "C:我的快递写着派送中，都一整天了还没来。",
 "A:非常抱歉让您久等了，请您提供一下单号。",
 "C:SD三三四四五五六六七七。",
 "A:请您稍等，我帮您联系一下派送网点。",
 ("gap", 7.5),
 "A:感谢您的耐心等待。网点反馈今天件量比较大，快递员预计晚上七点前送到，到之前会给您打电话。",
 "C:那行吧，七点以前我都在家。",
 "A:好的，如果七点后还没送到，您可以再来电，我们会直接给您升级处理。",
 "C:好。",
 "A:再次抱歉给您带来不便，感谢您的理解，祝您生活愉快。",
 "C:嗯，拜拜。"])

call([], "clean noisy: credit card installment with amount and start date (tariff negative)", [
 "A:您好，华信银行信用卡中心，请问有什么可以帮您？",
 "C:你好，我这个月账单六千块想分期，手续费怎么算？",
 "A:好的，请问怎么称呼您？",
 "C:姓冯。",
 "A:冯先生，账单分十二期的话，每期手续费率是百分之零点六，每期手续费三十六元，从下个月，也就是十二月的账单开始收取，连同本金一起还。",
 "C:那一共多少手续费？",
 "A:十二期一共是四百三十二元。",
 "C:有点贵啊，那分六期呢？",
 "A:分六期每期手续费率百分之零点七，每期四十二元，一共二百五十二元，同样从十二月账单开始收。",
 "C:那就六期吧。",
 "A:好的，已经为您办理六期分期。还有其他需要吗？",
 "C:没了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"], noise=True)
call([], "clean: broadband repair booking, greeting variant '您好，云帆宽带，工号…为您服务'", [
 "A:您好，云帆宽带，工号四四一九为您服务，请问有什么可以帮您？",
 "C:我家网从早上开始就连不上，灯一直闪红的。",
 "A:给您带来不便非常抱歉。请问光猫上是哪个灯在闪红灯呢？",
 "C:写着LOS的那个。",
 "A:LOS灯闪红一般是光纤线路有问题，需要师傅上门检修。请问怎么称呼您？",
 "C:我姓郑。",
 "A:郑女士，已经帮您登记了故障单，师傅会在四小时内联系您，上门维修不收费。",
 "C:今天能修好吗？我在家办公。",
 "A:我会在工单上备注您在家办公需要加急，具体上门时间师傅会跟您确认。",
 "C:好，麻烦了。",
 "A:不客气，感谢您的配合，祝您生活愉快，再见。",
 "C:再见。"])

call([], "clean noisy: 营业厅 hours question, agent gives address and hours", [
 "A:您好，星河通信客服中心，请问有什么可以帮您？",
 "C:我想去营业厅补办个卡，离我最近的是哪个？",
 "A:请问您现在在哪个区呢？",
 "C:在滨江区，江南大道附近。",
 "A:离您最近的是江南大道一百二十号的星河通信营业厅，营业时间是早上九点到晚上六点，补卡需要带上本人身份证原件。",
 "C:补卡要钱吗？",
 "A:补卡收取工本费十元，在营业厅办理时当场支付。",
 "C:好的，知道了。",
 "A:请问还有其他可以帮您的吗？",
 "C:没有了，谢谢。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"], noise=True)

call([], "clean: customer uses '神经病' about a spam caller; agent doesn't insult", [
 "A:您好，星河通信，请问有什么可以帮您？",
 "C:我天天接到骚扰电话，一个神经病一样的人天天打，你们能不能帮我拦截？",
 "A:给您带来困扰真的很抱歉。我们有免费的来电拦截服务，开通后可以把指定号码和疑似骚扰电话拦截掉。",
 "C:免费的？以后不会收钱吧？",
 "A:这个拦截服务是永久免费的，零元，不会产生任何费用，以后如有调整也会提前一个月短信通知您并征得您同意。",
 "C:那给我开了吧，顺便把那个号码拉黑。",
 "A:好的，请您告诉我需要拦截的号码。",
 "C:一七七零五五五八八二一。",
 "A:已经帮您开通拦截，并把这个号码加入黑名单，立即生效。",
 "C:太好了。",
 "A:感谢您的来电，祝您生活愉快，再见！",
 "C:再见。"])

call([], "clean: account closing with retention attempt, no overpromise; blessing variant 祝您一切顺利", [
 "A:您好，华信银行客服中心，请问有什么可以帮助您？",
 "C:我想把你们的信用卡注销了，用不上。",
 "A:好的，请问怎么称呼您？",
 "C:姓钱。",
 "A:钱女士，方便问一下是什么原因不想用了吗？",
 "C:就是不怎么刷，怕忘了年费。",
 "A:理解。您这张卡其实是终身免年费的，不会收取年费。当然如果您还是决定注销，我这边可以帮您办理。",
 "C:哦免年费啊，那先留着吧。",
 "A:好的，那就先为您保留。您也可以在手机银行里打开还款提醒和消费提醒，这样就不怕忘记了，以后有需要随时联系我们。",
 "C:好的。",
 "A:感谢您的支持，祝您一切顺利，再见。",
 "C:再见。"])

call([], "clean: agent asks customer to repeat because of noise ('没听明白您说的地址，麻烦再说一遍')", [
 "A:您好，优家电器客服中心，请问有什么可以帮您？",
 "C:我想改一下收货地址，我买的洗衣机还没发货。",
 "A:好的，请提供一下订单号。",
 "C:YJ二零二六一一一八零零三。",
 "A:查到了，订单还没有发货，可以修改。请问新的地址是？",
 "C:南京市鼓楼区中山路……那边车太吵了……中山路二十一号。",
 "A:抱歉，您那边有点吵，我没听明白门牌号，麻烦您再说一遍好吗？",
 "C:二十一号，三楼。",
 "A:好的，跟您核对一下，新地址是南京市鼓楼区中山路二十一号三楼，对吗？",
 "C:对。",
 "A:已经为您修改成功。感谢您的配合，祝您生活愉快，再见。",
 "C:谢谢，再见。"])

call([], "clean: fast-ish but normal agent rate; plan change with fee amount and effective date", [
 "A:您好，星河通信客服中心，请问有什么可以帮您？",
 "C:我想把套餐换成便宜一点的，现在一百二十八太贵了。",
 "A:好的，请问您平时每个月大概用多少流量和通话呢？",
 "C:流量十几个G吧，电话很少打。",
 "A:那我推荐您五十八元的套餐，包含二十G流量和一百分钟通话，够您日常使用。",
 "C:什么时候能换？",
 "A:套餐变更是下月生效，从十二月一号开始按五十八元每月收取，本月还是按一百二十八元收取。",
 "C:行，那就换吧。",
 "A:好的，已经为您办理，稍后会收到确认短信。",
 "C:好。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:拜拜。"])

call([], "clean: agent explains '我们不清楚快递员的具体位置' is NOT said; instead checks; customer says '我也不清楚' (customer-side 不清楚)", [
 "A:您好，顺达快递客服，请问有什么可以帮您？",
 "C:我朋友给我寄了个东西，单号我也不清楚，能查吗？",
 "A:可以的，您可以提供一下收件人手机号，我用手机号帮您查。",
 "C:就是我这个手机号。",
 "A:好的，查到一个寄给您的包裹，从广州发出，目前在杭州转运中心，预计明天送达。",
 "C:哦好的，是明天对吧。",
 "A:是的，派送前快递员会给您打电话，如果您明天不在家，也可以在小程序里选择放到驿站或者改约时间。",
 "C:好的好的。",
 "A:请问还有其他可以帮您的吗？",
 "C:没了，谢谢。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call([], "clean noisy: refund status check with apology and timeline", [
 "A:您好，乐购商城客服，请问有什么可以帮您？",
 "C:我退款申请了五天了还没到账。",
 "A:非常抱歉让您久等了，请问订单号是多少？",
 "C:LG八八六六二二。",
 "A:查到了，您的退款三百二十元已经在昨天审核通过，银行到账一般需要一到三个工作日。",
 "C:那就是最晚周五能到？",
 "A:是的，最晚周五会到账，到账后会有短信通知。",
 "C:行，那我等着。",
 "A:好的，如果周五还没收到，您可以再联系我们，我们会帮您联系银行查询具体的到账情况。",
 "C:好。",
 "A:感谢您的耐心等待，祝您生活愉快，再见！",
 "C:再见。"], noise=True)

call([], "clean: insurance claim guidance, agent says '您如果不明白哪个材料可以再问我'", [
 "A:您好，安心保险客服中心，请问有什么可以帮您？",
 "C:我上周住院了，想报销，要准备什么？",
 "A:首先祝您早日康复。请问怎么称呼您？",
 "C:姓韩。",
 "A:韩女士，理赔需要准备出院小结、费用明细清单、发票原件和您的身份证、银行卡照片，在我们的公众号上传就可以。",
 "C:费用清单是医院给的吗？",
 "A:是的，在医院出院结算窗口可以打印。您如果不明白哪个材料怎么准备，可以随时再问我。",
 "C:好，那多久能赔下来？",
 "A:材料齐全的话，一般十个工作日内审核完成，赔款会打到您上传的银行卡里。",
 "C:好的，谢谢你。",
 "A:不客气，感谢您的来电，祝您身体健康，再见。",
 "C:再见。"])

call([], "clean: agent with occasional sentence-final 啊 (natural), not habitual", [
 "A:您好，绿源净水客服中心，请问有什么可以帮您？",
 "C:我家净水器漏水了，底下全是水。",
 "A:哎呀，给您添麻烦了。请您先把进水阀关掉，就是机器下面那个蓝色的小阀门。",
 "C:关了关了。",
 "A:好的。请问机器是什么时候安装的呢？",
 "C:今年三月。",
 "A:还在一年保修期内，维修是免费的。请问怎么称呼您？",
 "C:姓田。",
 "A:田先生，已经给您加急派单，师傅两小时内联系您，您注意接听电话啊。",
 "C:好。",
 "A:感谢您的配合，祝您生活愉快，再见。",
 "C:再见。"])

call([], "clean: customer says '你们是不是听不懂人话' — customer rude; agent apologises and fixes", [
 "A:您好，乐购商城客服，请问有什么可以帮您？",
 "C:我都说了三遍了要换货不是退货！你们是不是听不懂人话？",
 "A:非常抱歉，是我们没有处理好。我确认一下，您是要把四十码的运动鞋换成四十一码，对吗？",
 "C:对！就是换码！",
 "A:好的，已经帮您改成换货申请，快递员明天上门取件，新的四十一码会在收到旧鞋后发出，不收任何运费。",
 "C:这还差不多。",
 "A:再次向您道歉，给您添麻烦了。还有其他需要帮助的吗？",
 "C:没了。",
 "A:感谢您的耐心，祝您生活愉快，再见。",
 "C:再见。"])

call([], "clean: agent offers to register complaint proactively; customer declines", [
 "A:您好，星河通信客服中心，请问有什么可以帮您？",
 "C:你们营业厅的人态度太差了，我去办个卡等了一个小时。",
 "A:非常抱歉让您等了这么久，给您带来不好的体验。需要我帮您把这个情况登记反馈给营业厅的管理部门吗？",
 "C:算了不用了，我就想问卡办好了没有。",
 "A:好的，请问是办的什么业务呢？",
 "C:新办的一张副卡。",
 "A:查到副卡已经激活成功，今天就可以正常使用了，副卡每月功能费十元，从十二月一号开始收。",
 "C:好。",
 "A:您的意见我们也会记录下来改进服务。感谢您的反馈，祝您生活愉快。",
 "C:嗯，再见。"])

call([], "clean: order with upsell after consent; name asked as '怎么称呼您'", [
 "A:您好，优家电器，请问您需要订购什么产品？",
 "C:我想买你们那个空气炸锅。",
 "A:好的，五升的款式现在活动价一百九十九元。请问怎么称呼您？",
 "C:叫我小刘就行，刘女士。",
 "A:好的刘女士。这款炸锅不用油也能做出炸鸡翅，清洗也方便，内胆是不粘涂层。",
 "C:行，就要这个。",
 "A:好的。另外现在加二十九元可以换购一套专用烘焙纸和硅胶垫，您需要吗？",
 "C:那也要吧。",
 "A:好的，一共二百二十八元，货到付款。收货信息跟您核对一下：刘女士，手机一三九一二三四五六七八，地址是成都市武侯区天府大道一百号，对吗？",
 "C:对的。",
 "A:订单已提交，三天内顺丰送达，客服热线四零零八二零一二三四，我的工号是一七二三。感谢您的订购，祝您生活愉快！",
 "C:谢谢，再见。"])

call([], "clean noisy: agent reports customer's earlier words '你说我神经病' said by a delivery man; apology + complaint registered", [
 "A:您好，顺达快递客服中心，请问有什么可以帮您？",
 "C:你们快递员太过分了，我让他送上楼，他骂我神经病，还把东西扔门口就走了！",
 "A:非常抱歉发生这样的事情。快递员说您神经病，这种行为是严重违反我们服务规范的，我先向您道歉。",
 "C:我要投诉他！",
 "A:好的，马上为您登记投诉，请提供一下运单号。",
 "C:SD九九八八七七六六五五。",
 "A:已经登记，投诉编号TS二零八一，网点负责人会在二十四小时内联系您处理，处理结果会短信告知您。",
 "C:东西有没有坏我还没看。",
 "A:如果物品有损坏，您拍照后回复投诉短信，我们会一并按理赔流程处理。",
 "C:好吧。",
 "A:再次向您道歉，感谢您的反馈，祝您生活愉快，再见。",
 "C:再见。"], noise=True)

call([], "clean: long-ish technical troubleshooting, all gaps short, polite", [
 "A:您好，云帆宽带客服中心，请问有什么可以帮您？",
 "C:我电视盒子老是卡，看一会就转圈。",
 "A:给您带来不好的体验很抱歉。请问您是用无线连接还是网线连接的盒子呢？",
 "C:无线的吧，没插线。",
 "A:好的，无线信号受距离和墙体影响比较大。请问盒子离路由器远吗？",
 "C:隔了两个房间。",
 "A:建议您先把盒子重启一下，再把路由器的五G频段打开试试，我一步步指导您操作。",
 "C:好，你说。",
 "A:请您在盒子的设置里找到网络，选择无线，然后连接名字后面带五G的那个网络。",
 "C:连上了。",
 "A:好的，您现在播放一个节目试试看还卡不卡。",
 "C:嗯……好像好多了。",
 "A:好的，如果之后还卡，可以考虑用网线连接，或者加一个无线中继器。",
 "C:行，先这样吧。",
 "A:感谢您的配合，祝您观看愉快，再见。",
 "C:再见。"])
# ------------------------------- GREETING ------------------------------------------
call(["greeting"], "greeting: opens with 喂 and no company name / offer of help ('喂，您好，请讲')", [
 "A:喂，您好，请讲。",
 "C:你好，我想问一下你们的净水器滤芯多久换一次。",
 "A:请问您家是哪个型号的机器呢？",
 "C:LY-三零零。",
 "A:这款的PP棉滤芯建议六个月更换，活性炭滤芯十二个月，RO膜二十四个月。",
 "C:那我装了八个月了，是不是PP棉该换了？",
 "A:是的，建议您尽快更换，PP棉滤芯的价格是六十八元，可以预约师傅上门安装，上门不收费，滤芯钱装好后当场付。",
 "C:好，我先看看吧，回头再约。",
 "A:好的，需要的时候随时联系我们绿源净水客服。",
 "C:好的。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["greeting"], "greeting: '您好，请讲' — no company name, no offer of help", [
 "A:您好，请讲。",
 "C:我的信用卡被冻结了，刷不了。",
 "A:给您带来不便很抱歉，请问怎么称呼您？",
 "C:姓许。",
 "A:许先生，我帮您查一下。您的卡是因为昨晚在境外网站有一笔异常交易，系统为了保护资金安全临时冻结了。",
 "C:那笔是我自己买的。",
 "A:好的，我跟您核实一下，是昨晚十一点在一个购物网站消费的二百一十美元，对吗？",
 "C:对，就是那笔。",
 "A:好的，已经为您解除冻结，现在可以正常使用了。",
 "C:好，谢谢。",
 "A:感谢您的配合，祝您生活愉快，再见。",
 "C:再见。"])

call(["greeting"], "greeting: late — agent first mutters about the system, formula only after customer's second 喂", [
 "A:等一下，我这边系统还没刷出来。",
 "C:喂？有人吗？",
 "A:您好，星河通信客服中心，请问有什么可以帮您？",
 "C:我想开个国际漫游，下周去日本。",
 "A:好的，请问您是本机号码开通吗？",
 "C:对。",
 "A:已经为您开通国际漫游功能，开通本身不收费。日本的流量包是每天二十五元，在您到达日本、第一次使用流量时开始计费。",
 "C:打电话呢？",
 "A:在日本接听和拨打都是每分钟零点九九元，通话时开始计费，按分钟收取。",
 "C:好的，知道了。",
 "A:感谢您的来电，祝您旅途愉快，再见。",
 "C:拜拜。"])

call(["greeting"], "greeting: '您好，优家电器。' — no offer of help, customer has to start", [
 "A:您好，优家电器。",
 "C:呃……你好，我买的电饭煲煮饭有糊味。",
 "A:给您添麻烦了，请问是新买的吗？",
 "C:上周刚买的。",
 "A:新机第一次使用有轻微气味是正常的，但如果是糊味，可能是内胆没有放平。您可以检查一下内胆底部和加热盘之间有没有异物。",
 "C:我看看……好像有一粒米粘在下面。",
 "A:对，清理掉再试一下应该就好了。如果还是有糊味，可以联系我们免费换新。",
 "C:好的我试试。",
 "A:请问还有其他需要帮助的吗？",
 "C:没有了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["greeting"], "greeting noisy: opens with 喂 before the company formula (ASR keeps the 喂)", [
 "A:喂，星河通信客服，请问有什么可以帮您？",
 "C:你好，我的话费怎么这个月多扣了五块钱？",
 "A:不好意思让您疑惑了，我帮您查一下。您本月有一笔五元的来电显示功能费。",
 "C:这是什么时候开的？",
 "A:来电显示是您入网时就有的功能，每月五元，之前是优惠期免收，优惠期到十月三十一号结束，从十一月一号开始每月收五元。",
 "C:哦，那能关掉吗？",
 "A:可以的，关掉之后来电时就不显示号码了，您确定要关闭吗？",
 "C:那算了，留着吧。",
 "A:好的，请问还有其他问题吗？",
 "C:没了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"], noise=True)

call(["greeting"], "greeting: '你好，有什么事？' — 你 not 您, no company name", [
 "A:你好，有什么事？",
 "C:我想预约一下空调清洗。",
 "A:好的，请问您的空调是挂机还是柜机呢？",
 "C:两台挂机。",
 "A:挂机清洗每台八十元，两台一共一百六十元，师傅上门清洗完当场付款。",
 "C:周末可以吗？",
 "A:可以的，请问怎么称呼您？",
 "C:姓马。",
 "A:马女士，帮您预约了本周日下午两点到四点，地址还是您购买时登记的地址吗？",
 "C:是的。",
 "A:好的，师傅上门前会提前联系您。感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["greeting", "closing"], "greeting+closing: '嗯，说吧' opening and ends with '行了，就这样' (no thanks/blessing)", [
 "A:嗯，您说。",
 "C:我想问一下我的快递到哪里了，单号SD一二三四五六七八。",
 "A:稍等。查到了，在您所在城市的分拣中心，今天下午派送。",
 "C:下午几点啊？",
 "A:一般是下午两点到六点之间，快递员送之前会打电话。",
 "C:那我要是不在家呢？",
 "A:可以让快递员放驿站，或者您在小程序里改约明天派送。",
 "C:那就放驿站吧。",
 "A:好，我给您备注放驿站了。",
 "C:行。",
 "A:行了，就这样。",
 "C:哦，好。"])

# ------------------------------- CLOSING -------------------------------------------
call(["closing"], "closing: agent ends with '嗯嗯，好' — no thanks, no blessing", [
 "A:您好，云帆宽带客服中心，请问有什么可以帮您？",
 "C:我想问问宽带到期了怎么续费。",
 "A:您可以在我们的公众号或者营业厅续费。请问您是哪个套餐？",
 "C:就是二百兆那个，一年的。",
 "A:二百兆包年续费是九百六十元，续费后从您现在的到期日十二月十号起顺延一年。",
 "C:那我在公众号上交就行是吧？",
 "A:是的，点击“我的宽带”里面的续费就可以，支付完成立即生效。",
 "C:好的，我知道了。",
 "A:嗯嗯，好。",
 "C:嗯。"])

call(["closing"], "closing: only '拜拜' — no courteous closing", [
 "A:您好，乐购商城客服，请问有什么可以帮您？",
 "C:我想问下你们双十二有没有满减活动。",
 "A:有的，双十二当天全场满三百减四十，部分家电品类满一千减一百五十。",
 "C:那优惠券怎么领？",
 "A:十二号零点在首页领券中心领取，每个账号限领一次，下单的时候自动抵扣。",
 "C:家电的那个也是首页领吗？",
 "A:家电的在家电频道页面单独领取，冰箱、洗衣机、空调这些大家电都可以用，和全场的满减券可以叠加使用。",
 "C:好，知道了。",
 "A:拜拜。",
 "C:拜拜。"])

call(["closing"], "closing: order taken but no delivery recap, service number or blessing — ends '好了，订好了'", [
 "A:您好，优家电器，请问您需要订购什么产品？",
 "C:我要一台你们的除湿机，二十升那个。",
 "A:好的，二十升的现在售价一千二百九十九元，货到付款。请问您贵姓？",
 "C:姓曹。",
 "A:曹先生，这款除湿机每天能除湿二十升，适合八十平米左右的房间，还有衣物干燥模式。",
 "C:行，就它了。",
 "A:跟您核对一下收货信息：曹先生，电话一三六一一二二三三四四，地址是广州市天河区体育西路五十五号，对吗？",
 "C:对。",
 "A:好了，订好了。",
 "C:哦好，那就等着收货了，拜拜。"])

call(["closing"], "closing: '没别的事了吧？那就这样' — no thanks/blessing, customer says 嗯 last", [
 "A:您好，华信银行客服中心，请问有什么可以帮您？",
 "C:我想改一下信用卡的还款日。",
 "A:好的，请问怎么称呼您？",
 "C:姓潘。",
 "A:潘女士，您现在的还款日是每月八号，可以改成每月的五号、十五号或者二十五号。",
 "C:改成十五号吧，我发工资是十号。",
 "A:好的，已经为您修改为每月十五号，从下个账单周期开始生效，本期账单还是按原来的八号还款，您注意别逾期了。",
 "C:好的。",
 "A:没别的事了吧？那就这样。",
 "C:嗯。"])

call(["closing"], "closing noisy: agent ends '好的，再见' without thanks/blessing", [
 "A:您好，顺达快递客服中心，请问有什么可以帮您？",
 "C:我想寄个冷冻的海鲜到成都，你们能寄吗？",
 "A:可以的，需要走冷链快递，生鲜需要用泡沫箱加冰袋包装。",
 "C:多少钱？",
 "A:杭州到成都冷链首重三十元，续重每公斤十元，您下单时支付，一般次日达。",
 "C:那五公斤就是七十块？",
 "A:是的，七十元。寄的时候建议泡沫箱里多放几个冰袋，箱子外面用胶带封严实，快递员上门时也会帮您检查包装。",
 "C:好，我明天寄。",
 "A:好的，再见。",
 "C:再见。"], noise=True)

call(["closing"], "closing: agent answers and then just says '行，就这样，挂了' after customer's thanks (closing missing; customer already done so no hangup)", [
 "A:您好，安心保险客服中心，请问有什么可以帮您？",
 "C:我的车险保单想要个电子版，怎么弄？",
 "A:请问保单是登记在这个手机号下吗？",
 "C:是的。",
 "A:好的，我这边把电子保单发到您的手机短信，点开链接就可以下载。",
 "C:邮箱能发吗？",
 "A:也可以，请告诉我您的邮箱地址。",
 "C:zhang一二三@一六三点com。",
 "A:已经发送到您的邮箱了，请查收。",
 "C:收到了，谢谢啊。",
 "A:嗯，没事，就这样。",
 "C:好。"])

# ------------------------------- FORBIDDEN -----------------------------------------
call(["forbidden"], "forbidden: agent brushes off with '这个我也不清楚' about the delay reason (apology given, so apology quiet)", [
 "A:您好，顺达快递客服中心，请问有什么可以帮您？",
 "C:我的件怎么在中转站停了两天不动了？",
 "A:不好意思让您久等了，请提供一下单号。",
 "C:SD五五六六七七八八九九。",
 "A:查到了，是在武汉转运中心。",
 "C:为什么停这么久？",
 "A:这个我也不清楚，系统上就显示在中转。",
 "C:那什么时候能到？",
 "A:我帮您催一下件，催件后一般二十四小时内会有更新，有进展会短信通知您。",
 "C:好吧。",
 "A:感谢您的耐心，祝您生活愉快，再见。",
 "C:再见。"])

call(["forbidden"], "forbidden: '你这话什么意思？' when customer questions the bill", [
 "A:您好，星河通信客服，请问有什么可以帮您？",
 "C:我这个月账单一百多，我平时就几十块，你们是不是乱扣？",
 "A:你这话什么意思？我们系统都是自动计费的。",
 "C:我就是问问怎么多出来这么多。",
 "A:不好意思，刚才语气不好。我帮您查一下明细，您本月超出套餐的通话有二百分钟，按每分钟零点一九元收取，是三十八元，另外还有流量超出二十元。",
 "C:哦，那是我这个月打电话多了。",
 "A:是的，以后如果通话多，可以考虑加一个通话包，每月十元一百分钟，从办理次月一号开始收取。",
 "C:好，我考虑一下。",
 "A:好的，请问还有其他问题吗？",
 "C:没了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["forbidden"], "forbidden: '那你想好了再打来吧' to an undecided customer", [
 "A:您好，云帆宽带客服中心，请问有什么可以帮您？",
 "C:我想装宽带，但是不知道要一百兆还是三百兆的。",
 "A:一百兆每月六十九元，三百兆每月九十九元，都是装机次月一号开始收费，装机费免收。",
 "C:我家就两个人，平时看看视频，三百兆会不会浪费？",
 "A:这个要看您自己。",
 "C:我也拿不准，要不你给我建议一下？",
 "A:那你想好了再打来吧。",
 "C:哦，那好吧，我再想想。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["forbidden"], "forbidden: agent addresses the customer with '喂！喂！' to cut in (no overlap in timing)", [
 "A:您好，乐购商城客服，请问有什么可以帮您？",
 "C:我买的衣服少发了一件，订单里两件只收到一件，你们这样很离谱，我都等了一个礼拜了，",
 "C:而且我问了商家好几次都不回我，我真的很生气。",
 "A:喂，喂，您先听我说。",
 "C:你说。",
 "A:非常抱歉给您带来不好的体验。我这边查到另一件是分开发货的，今天刚刚从仓库发出，运单号已经发到您手机上了。",
 "C:那怎么不早说？",
 "A:确实是商家没有及时通知您，我们会提醒商家改进，预计两天内送到。",
 "C:好吧。",
 "A:感谢您的理解，祝您生活愉快，再见。",
 "C:再见。"])

call(["forbidden"], "forbidden: '不知道，我们这边查不到' as a flat refusal on a routine question", [
 "A:您好，华信银行客服中心，请问有什么可以帮您？",
 "C:我想问问你们网点周六上不上班，城西那个。",
 "A:不知道，我们这边查不到网点排班。",
 "C:那我怎么知道啊？",
 "A:您可以在手机银行里的“网点查询”看营业时间。",
 "C:我找找……哦，写着周六九点到下午四点。",
 "A:对，以手机银行显示的为准。",
 "C:好吧。",
 "A:请问还有其他可以帮您的吗？",
 "C:没了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["forbidden"], "forbidden: '我不明白你到底要办什么' to a confused elderly customer", [
 "A:您好，星河通信客服中心，请问有什么可以帮您？",
 "C:姑娘啊，我那个手机，就是那个，孩子给我弄的那个，现在不响了。",
 "A:我不明白你到底要办什么。",
 "C:就是别人打电话给我，我听不到响。",
 "A:好的阿姨，可能是手机调成静音了。您看一下手机侧面有没有一个小按键，往上拨一下。",
 "C:我拨了……哎，有声音了。",
 "A:好的，那就可以了，以后来电就能听到铃声了。",
 "C:好好好，谢谢你啊姑娘。",
 "A:不客气阿姨，感谢您的来电，祝您身体健康，再见。",
 "C:再见再见。"])

call(["forbidden"], "forbidden noisy: '这我哪知道啊' about a product spec", [
 "A:您好，优家电器客服中心，请问有什么可以帮您？",
 "C:你们那个扫地机器人能不能爬门槛，我家门槛有两厘米。",
 "A:这我哪知道啊。",
 "C:你们说明书上没写吗？",
 "A:说明书上写的越障高度是两厘米，刚好在极限上，有时候可能会卡住，如果门槛边上有斜坡的话会好一些。",
 "C:那我再考虑考虑。",
 "A:好的，您也可以考虑越障两点五厘米的升级款，价格是一千九百九十九元。",
 "C:好，我看看。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"], noise=True)
# ------------------------------- INSULT --------------------------------------------
call(["insult"], "insult: '你是不是神经病啊' when customer asks again; agent later apologises (apology quiet)", [
 "A:您好，星河通信客服中心，请问有什么可以帮您？",
 "C:我想问下我这个套餐的流量是不是每个月清零？",
 "A:是的，套餐内流量当月有效，月底清零，不能结转。",
 "C:那我上个月没用完的也没了？",
 "A:对，没了。",
 "C:那我这个月的是不是月底也清零？",
 "A:你是不是神经病啊，刚说完又问一遍。",
 "C:你怎么说话的？",
 "A:不好意思，是我态度不好，向您道歉。这个月的流量也是月底清零，建议您月底前用掉。",
 "C:哼，行吧。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["insult", "apology"], "insult: '你脑子进水了吧' about forgotten password; customer upset, no apology anywhere", [
 "A:您好，华信银行客服中心，请问有什么可以帮您？",
 "C:我手机银行密码输错三次被锁了。",
 "A:请问怎么称呼您？",
 "C:姓邓。",
 "A:邓先生，您这个月已经是第三次锁密码了吧？",
 "C:是啊，我老记不住。",
 "A:你脑子进水了吧，一个密码都记不住。",
 "C:你什么态度啊！",
 "A:我给您发个重置链接，您按提示验证身份证和银行卡就能重置。",
 "C:赶紧发。",
 "A:已经发送了。感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["insult"], "insult: '听不懂人话是吧' — questioning intelligence; apology present later", [
 "A:您好，乐购商城客服，请问有什么可以帮您？",
 "C:我要退货，怎么操作啊？",
 "A:在订单详情页点申请售后，选择退货退款，填写原因提交就行。",
 "C:申请售后在哪里？我没找到。",
 "A:就在订单详情最下面。",
 "C:我还是没看到啊，你再说一下。",
 "A:听不懂人话是吧？我都说了在最下面。",
 "C:你这人怎么这样？",
 "A:抱歉抱歉，是我着急了。您打开订单，往下滑到底，右下角有个灰色的“申请售后”按钮。",
 "C:哦，看到了。",
 "A:好的，提交之后快递员会上门取件。感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["insult"], "insult: '你耳朵是不是有问题' to an elderly customer who asks to repeat; apologises after", [
 "A:您好，星河通信客服中心，请问有什么可以帮您？",
 "C:我想交话费，怎么交？",
 "A:您可以在支付宝或者微信里搜索星河通信充值，也可以去营业厅交。",
 "C:你说什么？在哪里交？",
 "A:支付宝，或者微信，或者营业厅。",
 "C:什么宝？",
 "A:你耳朵是不是有问题啊？支付宝！",
 "C:你这小姑娘怎么这么凶。",
 "A:对不起阿姨，是我不对。您要是不会用手机，就让家里人帮您充，或者去附近营业厅交现金也行。",
 "C:那我去营业厅吧。",
 "A:好的，感谢您的来电，祝您身体健康，再见。",
 "C:再见。"])

call(["insult"], "insult: '没钱就别用这么贵的套餐' — mocking the customer's finances; apology given", [
 "A:您好，星河通信客服，请问有什么可以帮您？",
 "C:我这个一百九十九的套餐太贵了，每个月交不起，能不能便宜点？",
 "A:没钱就别用这么贵的套餐啊，当初谁让你办的。",
 "C:你这话太难听了吧！",
 "A:不好意思，我说话不妥，向您道歉。您可以改成九十九元的套餐，包含四十G流量和三百分钟通话。",
 "C:什么时候能改？",
 "A:改套餐次月生效，从十二月一号起每月按九十九元收取。",
 "C:那就改吧。",
 "A:已经为您办理，稍后会收到短信。",
 "C:嗯。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["insult", "apology"], "insult noisy: '你有病吧' to a late-night caller; customer annoyed; no apology at all (ASR may render 有病 fine, 神经病→神经变)", [
 "A:您好，云帆宽带客服中心，请问有什么可以帮您？",
 "C:我家宽带断了，你们能不能现在派人来修？",
 "A:现在是晚上十一点，师傅都下班了。",
 "C:我明天一早要开视频会议，很急啊，你们就不能想想办法？",
 "A:你有病吧，大半夜让师傅上门，神经病。",
 "C:你怎么骂人呢！",
 "A:我给你登记了，明天早上八点第一个派单。",
 "C:那你记清楚，八点以前一定要联系我。",
 "A:行，已经备注了。感谢您的来电，祝您生活愉快，再见。",
 "C:哼。"], noise=True)

call(["insult", "complaint"], "insult+complaint: sarcasm about intelligence, then refuses complaint ('你投诉也没用')", [
 "A:您好，优家电器客服，请问有什么可以帮您？",
 "C:你们那个微波炉怎么设定时间啊？说明书看不懂。",
 "A:您可真聪明啊，就两个按钮都不会用。",
 "C:你什么意思？你这什么态度？我要投诉你！",
 "A:你投诉也没用，我们这边不受理对坐席的投诉。",
 "C:你工号多少？",
 "A:工号在开头的语音里报过了。您先按“时间”键，再转旋钮设置分钟，最后按“开始”就可以。",
 "C:……",
 "A:不好意思，刚才说话冲了。还有别的问题吗？",
 "C:没有了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

# ------------------------------- FILLER --------------------------------------------
call(["filler"], "filler: heavy 这个/那个/啊/就是说 tics across most agent turns", [
 "A:您好，星河通信客服中心，请问有什么可以帮您？",
 "C:我想问下我的积分怎么兑换。",
 "A:呃，这个，这个积分啊，就是说您可以在，那个，我们的APP里面兑换。",
 "C:在APP哪里？",
 "A:就是那个，呃，首页啊，有个那个积分商城，这个点进去就可以。",
 "C:能换话费吗？",
 "A:可以的啊，这个一千积分呢就是说可以换十元话费，呃，那个即时到账的。",
 "C:好的，我试试。",
 "A:嗯，这个还有什么问题吗？",
 "C:没了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["filler"], "filler: repeated '呀' '啊' '这个这个' while explaining a return", [
 "A:您好，乐购商城客服，请问有什么可以帮您？",
 "C:我买的台灯灯不亮，想换一个。",
 "A:给您带来不便很抱歉呀。这个这个，您是哪天收到的呀？",
 "C:前天。",
 "A:啊，那还在七天内呀，这个可以换的呀。",
 "C:怎么换？",
 "A:就是说，您在那个订单里啊，点这个申请换货，呃，然后这个快递会上门取呀。",
 "C:运费谁出？",
 "A:这个啊，质量问题的话运费是我们出的呀，您不用担心啊。",
 "C:好。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["filler"], "filler: '然后那个' and '呃' every sentence during insurance explanation", [
 "A:您好，安心保险客服中心，请问有什么可以帮您？",
 "C:我想问问意外险怎么理赔。",
 "A:呃，那个，意外险理赔的话呢，呃，就是说您需要先报案。",
 "C:打电话报案吗？",
 "A:对对，呃，那个，打这个电话就行，然后那个，呃，我们会给您一个报案号。",
 "C:然后呢？",
 "A:然后那个，呃，您就是说把那个，医院的材料啊，拍照上传就可以了。",
 "C:好的。",
 "A:呃，那个，还有别的问题吗？",
 "C:没有了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["filler"], "filler noisy: tics survive ASR ('这个这个' / '那个那个')", [
 "A:您好，顺达快递客服中心，请问有什么可以帮您？",
 "C:我想改一下派送时间。",
 "A:好的，这个这个，请提供一下单号啊。",
 "C:SD二二三三四四五五六六。",
 "A:嗯，这个，查到了啊，这个那个，是今天派送的。",
 "C:我今天不在家，改成明天吧。",
 "A:好的，那个那个，就是说我给您改成明天啊，这个快递员会提前打电话。",
 "C:好的。",
 "A:呃，这个还有其他问题吗？",
 "C:没了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"], noise=True)

call(["filler"], "filler: habitual '对吧' '就是' '嗯哼' '啊' in sales pitch", [
 "A:您好，绿源净水，请问有什么可以帮您？",
 "C:我想了解一下你们的净水器。",
 "A:好的啊，就是，我们家这个，嗯，主推的就是那个RO反渗透的啊，对吧。",
 "C:多少钱？",
 "A:就是，那个，两千六百九十九啊，嗯，包安装的啊，对吧。",
 "C:滤芯贵不贵？",
 "A:就是，那个滤芯啊，一年是三百二十元啊，嗯，第一年是送的，从第二年换滤芯的时候才收啊。",
 "C:我考虑一下吧。",
 "A:好的，就是有需要随时联系我们。",
 "C:好。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["filler"], "filler: '这个' '啊' tics plus drawn-out '呃——' in a card activation call", [
 "A:您好，华信银行信用卡中心，请问有什么可以帮您？",
 "C:我想激活新卡。",
 "A:好的啊，这个，请问怎么称呼您？",
 "C:姓贺。",
 "A:贺先生啊，这个，呃，麻烦您提供一下这个卡片背面的后三位。",
 "C:三八七。",
 "A:好的啊，这个，呃——稍等啊，这个已经激活成功了啊。",
 "C:好的，谢谢。",
 "A:呃，这个，还有其他问题吗？",
 "C:没有了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])
# ------------------------------- TARIFF --------------------------------------------
call(["tariff"], "tariff: customer asks if the member service costs money; agent glosses '现在是免费期，您放心用' (no amount, no start)", [
 "A:您好，星河通信客服中心，请问有什么可以帮您？",
 "C:你好，我手机上多了一个什么音乐会员，这个要钱吗？",
 "A:我帮您查一下。是的，您上周开通了一个音乐会员。",
 "C:那要不要收费啊？",
 "A:现在是免费期，您放心用就行。",
 "C:那以后呢？",
 "A:以后有变化会通知您的，现在不用管它。",
 "C:哦，好吧。",
 "A:请问还有其他可以帮您的吗？",
 "C:没有了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["tariff"], "tariff: amount given (十五元/月) but start of charging dodged", [
 "A:您好，云帆宽带客服，请问有什么可以帮您？",
 "C:你们上门装宽带的时候送了我一个IPTV，说先试用，这个收费多少？",
 "A:IPTV是每月十五元。",
 "C:那什么时候开始收？我现在已经在扣了吗？",
 "A:到时候系统会自动扣的，您正常看就行。",
 "C:我是问具体哪天开始扣。",
 "A:系统会自动处理的，您不用担心。",
 "C:……好吧。",
 "A:请问还有其他问题吗？",
 "C:没了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["tariff"], "tariff: start date given but amount glossed '费用不高，几块钱'", [
 "A:您好，星河通信客服中心，请问有什么可以帮您？",
 "C:我想开那个来电提醒，就是关机的时候别人打电话能收到短信的。",
 "A:好的，可以为您开通来电提醒业务。",
 "C:要钱吗？",
 "A:这个从下个月一号开始收费，费用不高，几块钱。",
 "C:几块钱是几块？",
 "A:很便宜的，您开了就知道了，基本感觉不到。",
 "C:那行吧，开吧。",
 "A:好的，已经为您开通成功。",
 "C:好。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["tariff"], "tariff: '具体扣多少以系统为准' on a paid installment — neither amount nor start", [
 "A:您好，华信银行信用卡中心，请问有什么可以帮您？",
 "C:我想把这笔八千的消费分十二期，手续费多少？",
 "A:请问怎么称呼您？",
 "C:姓邱。",
 "A:邱女士，可以为您办理分期，手续费是按期收的。",
 "C:每期多少？从什么时候开始算？",
 "A:具体扣多少以系统为准，账单上都会显示的。",
 "C:那你大概说一下啊。",
 "A:反正不高，很多客户都办的。您确认办理吗？",
 "C:那先办吧。",
 "A:好的，已经为您办理成功。感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["tariff"], "tariff noisy: 话费 question about a 'free trial' data pack; agent only says free now", [
 "A:您好，星河通信客服中心，请问有什么可以帮您？",
 "C:我收到短信说给我开了一个二十G的流量包，这个话费里要扣钱吗？",
 "A:这个流量包是送您体验的，现在是免费的。",
 "C:体验完了呢？会不会自动扣？",
 "A:体验期内都是免费的，您先用着。",
 "C:体验期多久？",
 "A:一般是三个月吧，到时候再看。",
 "C:那我怕忘了退。",
 "A:没事的，您先用。请问还有其他问题吗？",
 "C:没了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"], noise=True)

call(["tariff"], "tariff: agent upsells a paid 'VIP 服务' without stating price or start when customer asks '收费吗'", [
 "A:您好，优家电器客服中心，请问有什么可以帮您？",
 "C:我买的洗碗机想约个安装。",
 "A:好的，请问怎么称呼您？",
 "C:姓谢。",
 "A:谢女士，已经帮您预约明天上午安装。另外给您推荐我们的延保VIP服务，整机延长保修三年。",
 "C:这个收费吗？",
 "A:前面不收，后面会有一点点费用，很划算的，我先帮您开上。",
 "C:那……行吧。",
 "A:好的，已经为您开通，安装师傅明天上午会联系您。",
 "C:好。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["tariff"], "tariff: 'free for now' phrasing plus vague '以后可能会收' — no amount/start (hard: uses words 元/月 in unrelated turn)", [
 "A:您好，云帆宽带客服中心，请问有什么可以帮您？",
 "C:你们送的那个云盘空间，以后要收钱吗？",
 "A:云盘目前是免费期，以后可能会收一点，看公司政策。",
 "C:那收多少？什么时候开始？",
 "A:目前还没有通知，现在免费期您就放心用。",
 "C:好吧。那我宽带月租还是一百元一个月吧？",
 "A:是的，宽带月租还是每月一百元不变。",
 "C:好的。",
 "A:请问还有其他可以帮您的吗？",
 "C:没了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

# ------------------------------- NAME_ASK ------------------------------------------
call(["name_ask"], "name_ask: '你姓什么？' in an order call (otherwise complete order flow)", [
 "A:您好，优家电器，请问您需要订购什么产品？",
 "C:我要买一台挂烫机。",
 "A:好的，我们的立式挂烫机现在活动价二百九十九元，货到付款。你姓什么？",
 "C:姓杨。",
 "A:杨女士，这款挂烫机一分钟出蒸汽，衬衫西装都能烫。",
 "C:行，要一台。",
 "A:跟您核对一下：杨女士，电话一五八零零九九八八七七，地址是西安市雁塔区小寨路九号，对吗？",
 "C:对的。",
 "A:订单已提交，两天内发货，客服热线四零零八二零一二三四，我的工号是三三零八。",
 "C:好。",
 "A:感谢您的订购，祝您生活愉快，再见。",
 "C:再见。"])

call(["name_ask"], "name_ask: '叫什么名字？' during installation booking", [
 "A:您好，云帆宽带客服中心，请问有什么可以帮您？",
 "C:我想新装一个宽带。",
 "A:好的，您家里是哪个小区？",
 "C:阳光花园。",
 "A:阳光花园已经覆盖光纤，可以办理。三百兆每月九十九元，装机后次月一号开始收费。叫什么名字？",
 "C:我叫江涛。",
 "A:江先生，电话就是您现在这个号码吗？地址是阳光花园几栋几号？",
 "C:对，七栋一单元六零一。",
 "A:好的，已为您预约，安装师傅会在四十八小时内联系您上门。",
 "C:好。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["name_ask"], "name_ask: '名字报一下' — curt, no 您贵姓/怎么称呼", [
 "A:您好，绿源净水客服中心，请问有什么可以帮您？",
 "C:我要订一台你们的台式净饮机。",
 "A:好的，台式净饮机一千二百九十九元，送货上门时付款，免费安装。名字报一下。",
 "C:宋文。",
 "A:宋先生，电话和地址呢？",
 "C:电话一三七一二三四零零零零，地址是长沙市岳麓区麓山南路二号。",
 "A:好的，核对一下：宋先生，一三七一二三四零零零零，长沙市岳麓区麓山南路二号，没错吧？",
 "C:没错。",
 "A:订单已提交，三天内送货上门，客服热线四零零六六六八八八八。",
 "C:好的。",
 "A:感谢您的订购，祝您生活愉快，再见。",
 "C:再见。"])

call(["name_ask"], "name_ask: order taken, address/phone collected, customer never asked how to be addressed", [
 "A:您好，优家电器客服中心，请问您需要订购什么产品？",
 "C:你们那个电动牙刷还有货吗？",
 "A:有的，声波电动牙刷现在一百四十九元，送两个刷头，货到付款。",
 "C:那给我来一个。",
 "A:好的，请告诉我收货电话和地址。",
 "C:一八六零零一一二二三三，上海市浦东新区世纪大道一百号。",
 "A:跟您核对一下，电话一八六零零一一二二三三，地址上海市浦东新区世纪大道一百号，对吗？",
 "C:对。",
 "A:订单已提交，明天发货，有问题可以拨打客服热线四零零八二零一二三四，我的工号是二二一五。",
 "C:好的。",
 "A:感谢您的订购，祝您生活愉快，再见。",
 "C:拜拜。"])

call(["name_ask"], "name_ask: repair booking, agent uses '你叫啥' then '那谁'", [
 "A:您好，优家电器售后服务中心，请问有什么可以帮您？",
 "C:我家热水器不出热水了，想约人来修。",
 "A:给您带来不便很抱歉。你叫啥？",
 "C:姓罗。",
 "A:好，电话是这个号吧？地址在哪？",
 "C:对，地址是武汉市江汉区解放大道三百号。",
 "A:已经帮您登记，师傅今天下午会联系您，维修单号WX三三八。",
 "C:上门收费吗？",
 "A:在保修期内上门和维修都免费，不在保修期的话上门费三十元，配件另算，师傅上门检查后先报价，您同意了才收。",
 "C:好的。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["name_ask"], "name_ask noisy: '你姓啥' in order call", [
 "A:您好，乐购商城客服中心，请问您需要订购什么？",
 "C:我想电话下单买两箱牛奶。",
 "A:好的，纯牛奶二百五十毫升二十四盒一箱，六十九元一箱，两箱一百三十八元，货到付款。你姓啥？",
 "C:姓蒋。",
 "A:蒋先生，收货地址和电话说一下。",
 "C:电话一三五零零零零一二三四，地址苏州工业园区星湖街八号。",
 "A:核对一下：蒋先生，一三五零零零零一二三四，苏州工业园区星湖街八号，对吗？",
 "C:对的。",
 "A:订单已提交，明天送达，客服热线四零零八二零一二三四。",
 "C:好。",
 "A:感谢您的订购，祝您生活愉快，再见。",
 "C:再见。"], noise=True)
# ------------------------------- APOLOGY -------------------------------------------
call(["apology"], "apology: parcel five days late, customer angry; agent only recites status, never apologises", [
 "A:您好，顺达快递客服中心，请问有什么可以帮您？",
 "C:我的快递五天了还没到！说好的次日达呢？你们怎么回事？",
 "A:请提供一下单号。",
 "C:SD六六七七八八九九零零，我都打了三次电话了。",
 "A:查到了，是在济南转运中心，因为天气原因航班延误，改成了陆运。",
 "C:那到底什么时候能到？我东西急用！",
 "A:预计后天送达，我这边帮您加急备注。",
 "C:次日达的运费我可是多付了钱的。",
 "A:时效延误的话可以申请退还时效差价八元，我帮您提交申请，三个工作日内退回原支付账户。",
 "C:行吧。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["apology"], "apology: wrong colour shipped (company error); agent processes exchange with no apology", [
 "A:您好，乐购商城客服，请问有什么可以帮您？",
 "C:我买的是黑色的外套，你们给我发了个白的，这让我怎么穿？",
 "A:请问订单号是多少？",
 "C:LG二二四四六六八八。",
 "A:查到了，确实是仓库发错了颜色。",
 "C:那怎么办？我周末就要穿的。",
 "A:可以给您换货，快递员明天上门取白色的，黑色的今天就先发出。",
 "C:运费呢？",
 "A:运费我们承担，不用您出。",
 "C:那还行。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["apology"], "apology: double charge on the bill, customer upset; agent refunds without any 抱歉/不好意思", [
 "A:您好，云帆宽带客服中心，请问有什么可以帮您？",
 "C:你们这个月扣了我两次宽带费！一百块扣了两回！",
 "A:请问宽带账号是绑定在这个手机号吗？",
 "C:是的，你们怎么搞的？",
 "A:查到了，十一月五号系统重复扣款了一次。",
 "C:那钱呢？",
 "A:重复扣的一百元我现在帮您提交退款，三个工作日内原路退回。",
 "C:下次别再这样了。",
 "A:好的，已经提交了。请问还有其他问题吗？",
 "C:没了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["apology"], "apology: technician missed the appointment, customer waited all day; agent re-books without apologising", [
 "A:您好，优家电器售后中心，请问有什么可以帮您？",
 "C:你们约好昨天下午来修洗衣机，我请了半天假在家等，结果根本没人来！",
 "A:请问维修单号是多少？",
 "C:WX五五六七。",
 "A:查到了，师傅昨天临时有其他单子，没有过去。",
 "C:那也应该打个电话说一声啊！",
 "A:我这边给您重新约，今天下午三点到五点可以吗？",
 "C:我今天上班，只能晚上。",
 "A:那约今天晚上六点到八点，我备注让师傅提前半小时给您打电话。",
 "C:这次别再放鸽子了。",
 "A:好的，已经备注了。感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["apology"], "apology noisy: broadband down two days, customer angry; agent never apologises", [
 "A:您好，云帆宽带客服中心，请问有什么可以帮您？",
 "C:我家宽带断了两天了，报修了也没人管，你们到底修不修？",
 "A:请问宽带账号是登记在这个号码下吗？",
 "C:对，前天就报了！",
 "A:查到了，是您小区的光缆被施工挖断了，正在抢修。",
 "C:要修到什么时候？我在家上网课的孩子都上不了课。",
 "A:预计今天晚上八点前恢复，恢复后会短信通知您。",
 "C:这两天的费用怎么算？",
 "A:中断期间的费用会按天减免，两天减免六元六角，在下个月账单里体现。",
 "C:好吧。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"], noise=True)

# ------------------------------- SHIRKING ------------------------------------------
call(["shirking"], "shirking: platform agent pushes quality problem to the seller ('这个不归我们管，你去找商家')", [
 "A:您好，乐购商城客服中心，请问有什么可以帮您？",
 "C:我在你们平台买的电热毯，用了三天就不热了。",
 "A:不好意思给您带来不便。这个是第三方商家卖的，不归我们管，你去找商家吧。",
 "C:我找了，商家不回消息啊。",
 "A:那您就再等等商家回复。",
 "C:你们平台不能帮我处理吗？",
 "A:我们这边处理不了，只能商家处理。",
 "C:那算了。",
 "A:好的，请问还有其他问题吗？",
 "C:没了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["shirking"], "shirking: sends customer to the 营业厅 for something doable on the phone (suspend a lost SIM)", [
 "A:您好，星河通信客服中心，请问有什么可以帮您？",
 "C:我手机丢了，想把卡先停了，怕别人乱用。",
 "A:抱歉听到这个情况。停机的话您去营业厅办吧，带上身份证。",
 "C:营业厅现在都关门了，电话里不能办吗？",
 "A:电话里办比较麻烦，您明天去营业厅办吧。",
 "C:那今晚要是被人盗刷了怎么办？",
 "A:您明天一早去营业厅，很快的。",
 "C:……行吧。",
 "A:请问还有其他问题吗？",
 "C:没有了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["shirking"], "shirking: lost parcel — '你找发件人去，跟我们没关系'", [
 "A:您好，顺达快递客服中心，请问有什么可以帮您？",
 "C:我的快递显示签收了，但我根本没收到，你们弄丢了吧？",
 "A:很抱歉给您添麻烦。这个件是发件人下的单，您找发件人去处理吧，跟我们没关系。",
 "C:快递是你们送的啊，怎么跟你们没关系？",
 "A:理赔只能寄件人申请，您让他联系我们。",
 "C:那你们至少帮我查查送哪去了吧？",
 "A:签收记录就是显示签收了，我们这边也看不到别的。",
 "C:算了算了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["shirking"], "shirking: '系统问题我们也没办法，你过几天再看' without raising a ticket", [
 "A:您好，华信银行客服中心，请问有什么可以帮您？",
 "C:我手机银行转账一直提示失败，钱是不是扣了？",
 "A:不好意思给您带来不便。请问怎么称呼您？",
 "C:姓付。",
 "A:付先生，这个是系统问题，我们也没办法，你过几天再看看吧。",
 "C:那我那笔五千块到底扣没扣？",
 "A:这个要等系统恢复才能看到，过几天你自己再查一下。",
 "C:就这样？",
 "A:嗯，现在只能这样。请问还有别的问题吗？",
 "C:没了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["shirking", "forbidden"], "shirking+forbidden: payment taken but order failed — '这个你得问银行，我也不知道'", [
 "A:您好，乐购商城客服中心，请问有什么可以帮您？",
 "C:我付款了，钱扣了，但是订单显示未支付。",
 "A:不好意思，请问订单号是多少？",
 "C:LG九九零零一一二二。",
 "A:订单确实显示未支付。钱扣了的话，这个你得问银行，我也不知道钱去哪了。",
 "C:我是在你们平台付的钱啊！",
 "A:我们这边看不到，你问银行吧。",
 "C:真是服了。",
 "A:请问还有其他问题吗？",
 "C:没了！",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["shirking"], "shirking noisy: installation question bounced to '你自己找安装师傅'", [
 "A:您好，优家电器客服中心，请问有什么可以帮您？",
 "C:你们的师傅给我装的油烟机，装歪了，还有点漏烟。",
 "A:不好意思给您带来不便。安装师傅是第三方服务商的，你自己找安装师傅吧，他电话在安装单上。",
 "C:我打了，他不接。",
 "A:那你多打几次。",
 "C:你们不能帮我派个人来重新装吗？",
 "A:我们这边不管安装的事。",
 "C:行吧。",
 "A:请问还有其他需要吗？",
 "C:没了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"], noise=True)
# ------------------------------- OVERPROMISE ---------------------------------------
call(["overpromise"], "overpromise: '我保证明天上午一定送到' — delivery time outside agent's control (apology present)", [
 "A:您好，顺达快递客服中心，请问有什么可以帮您？",
 "C:我寄给客户的合同三天了还没到，明天上午必须到，不然要出大事。",
 "A:非常抱歉让您着急了，请提供一下单号。",
 "C:SD一一二二三三四四五五。",
 "A:查到了，现在在对方城市的网点。您放心，我保证明天上午一定送到，十二点前肯定签收。",
 "C:你确定？出了问题谁负责？",
 "A:肯定没问题，我给您打包票。",
 "C:那好，我就信你一次。",
 "A:好的，我这边给您备注了加急。请问还有其他问题吗？",
 "C:没了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["overpromise"], "overpromise: agent promises full refund PLUS 200元 compensation on his own authority", [
 "A:您好，优家电器客服中心，请问有什么可以帮您？",
 "C:你们的电暖器用了一周就冒烟了，吓死我了！",
 "A:非常抱歉，让您受惊了！请问人没事吧？",
 "C:人没事，但是插座都烧黑了。",
 "A:您放心，这个肯定给您全额退款，我再额外补偿您两百块，插座的钱也我们出。",
 "C:真的？那什么时候给？",
 "A:明天就能到账，我这边直接给您办了。",
 "C:好，那我等着。",
 "A:好的，请您保留好产品和烧黑的插座，拍照发给我们。",
 "C:好的。",
 "A:感谢您的反馈，祝您生活愉快，再见。",
 "C:再见。"])

call(["overpromise", "silence"], "overpromise+silence: 25 s unannounced dead air while looking up, then '以后绝对不会再扣您一分钱'", [
 "A:您好，星河通信客服中心，请问有什么可以帮您？",
 "C:我没订过的一个彩铃业务，每个月扣我五块钱，扣了半年了。",
 "A:不好意思给您带来困扰，我查一下。",
 ("gap", 25.0),
 "C:喂？还在吗？",
 "A:在的。查到了，是一个彩铃包月，每月五元，从五月开始扣的，已经帮您退订了。",
 "C:那以前扣的钱呢？以后还会不会又给我开上？",
 "A:以前的三十元帮您申请退还。您放心，以后绝对不会再扣您一分钱了，我给您保证。",
 "C:那就好。",
 "A:请问还有其他问题吗？",
 "C:没了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["overpromise", "speech_rate"], "overpromise+speech_rate: agent rattles fast and promises '理赔百分之百能批，三天到账'", [
 "A:您好，安心保险客服中心，请问有什么可以帮您？",
 "C:我出了个小车祸，追尾了别人，想问问理赔能不能批。",
 "A:您好您先别着急请问人员都没有受伤吧有没有报交警。",
 "C:人没事，交警来过了，判我全责。",
 "A:好的您这个情况完全在保险范围内理赔百分之百能批下来三天之内钱肯定到账您放心。",
 "C:这么快？那要准备什么？",
 "A:您准备好事故认定书驾驶证行驶证维修发票拍照上传到公众号就可以了。",
 "C:好的，我去弄。那对方的车修理费也是你们出吧？他说要去四S店修，可能挺贵的。",
 "A:对方车辆的损失在您的三者险保额内都是我们赔付您放心四S店也可以我们会派查勘员去定损。",
 "C:查勘员什么时候来？我今天下午都在修理厂这边等着。",
 "A:查勘员一小时内会联系您您保持电话畅通就可以了。",
 "C:好的，我知道了。",
 "A:好的请问还有其他问题吗。",
 "C:没了，谢谢。",
 "A:感谢您的来电祝您出行平安再见。",
 "C:再见。"])

call(["overpromise", "speech_rate"], "overpromise+speech_rate noisy: fast agent promises '今天晚上之前一定修好'", [
 "A:您好，云帆宽带客服中心，请问有什么可以帮您？",
 "C:我家宽带又断了，这周第二次了。",
 "A:非常抱歉给您带来不便请问宽带账号是这个手机号码吗。",
 "C:对的。",
 "A:好的查到您小区有线路故障我给您加急处理今天晚上之前一定修好您放心绝对不会影响您晚上用网。",
 "C:真的吗？上次也说很快。",
 "A:这次肯定没问题我跟您保证今晚八点之前百分之百恢复。",
 "C:好吧，那要是今晚还修不好呢？我明天一早还要在家开会，孩子晚上也要上网课的。",
 "A:不会修不好的您放心我已经给您备注了最高优先级维修师傅会直接去您小区的机房处理。",
 "C:那这两次断网的钱你们怎么算？我这个月都断了好几天了，月租可是一分没少交。",
 "A:断网期间的月租会按天给您减免每天三元三角在十二月一号出的账单里直接抵扣您不用另外申请。",
 "C:好吧。",
 "A:请问还有其他问题吗。",
 "C:没了。",
 "A:感谢您的来电祝您生活愉快再见。",
 "C:再见。"], noise=True)

# ------------------------------- COLLEAGUE -----------------------------------------
call(["colleague"], "colleague: '那是前台新来的乱说的，她根本不懂业务' (apology present)", [
 "A:您好，星河通信客服中心，请问有什么可以帮您？",
 "C:我在营业厅办的套餐，那个小姑娘说每月只要三十八，怎么扣了五十八？",
 "A:不好意思给您带来困扰，我查一下。您办的套餐月租是五十八元，从十一月一号开始收取。",
 "C:可营业厅的人明明说三十八！",
 "A:那是营业厅新来的乱说的，她根本不懂业务，您别信她的。",
 "C:那我不是被骗了？",
 "A:三十八元是另一个套餐，流量少一半。您要是想改，我可以帮您改成三十八元的，下个月一号生效。",
 "C:算了，就五十八吧，流量多点。",
 "A:好的，请问还有其他问题吗？",
 "C:没了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["colleague"], "colleague noisy: disparages 售前 sales talk ('销售为了业绩什么都敢说') and the previous agent", [
 "A:您好，优家电器客服中心，请问有什么可以帮您？",
 "C:买的时候你们销售说这个空调一晚上只要一度电，我用了根本不止。",
 "A:不好意思让您失望了。销售为了业绩什么都敢说，您别当真。",
 "C:那我昨天打电话，你们客服说会给我回电，也没回。",
 "A:那个同事本来就不靠谱，经常忘事。我现在帮您看一下。",
 "C:你们到底能不能给个说法？",
 "A:这款空调一级能效，一晚上八小时大概三到四度电，跟使用温度有关，建议您设在二十六度。",
 "C:哦，那是我开太低了。",
 "A:是的，调高一点会省电很多。请问还有其他问题吗？",
 "C:没了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"], noise=True)

call(["colleague", "talk_over"], "colleague+talk_over: agent cuts in over the customer twice and blames 售后部门 '那帮人就是拖'", [
 "A:您好，乐购商城客服中心，请问有什么可以帮您？",
 "C:我申请退款都十天了，售后一直说在处理在处理，我每天打电话问，每次都让我再等等，",
 "A>:不好意思，售后部门那帮人就是拖，我也没办法催得动他们。",
 "C:那你们到底谁能管？我就想知道钱什么时候能退给我，我已经等了整整十天了，",
 "A>:我理解，我理解，我现在帮您看一下。",
 "C:你看吧。",
 "A:查到了，退款已经审核通过，预计两个工作日内到账，金额四百九十九元。",
 "C:好吧，那我再等两天。",
 "A:好的，请问还有其他问题吗？",
 "C:没了。",
 "A:感谢您的耐心，祝您生活愉快，再见。",
 "C:再见。"])

call(["colleague", "silence"], "colleague+silence: 22 s dead air, then blames 技术部 '效率太低'", [
 "A:您好，云帆宽带客服中心，请问有什么可以帮您？",
 "C:我上周报的网速慢，说技术部门会联系我，到现在也没人联系。",
 "A:不好意思，让您久等了，我看一下工单。",
 ("gap", 22.0),
 "C:喂？",
 "A:在的。工单还在技术部那里，他们部门效率太低了，一张单子能压一个礼拜。",
 "C:那怎么办？",
 "A:我帮您加急催一下，今天内会有工程师给您打电话。",
 "C:好吧。",
 "A:请问还有其他问题吗？",
 "C:没了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["colleague", "complaint"], "colleague+complaint: blames the courier station staff and talks the customer out of a complaint ('投诉也没用，他们就那样'); damage claim offered", [
 "A:您好，顺达快递客服中心，请问有什么可以帮您？",
 "C:你们快递员把我的包裹扔在楼下，下雨全湿了，我要投诉！",
 "A:非常抱歉，让您的包裹受损了。物品损坏的话我可以帮您提交理赔，需要您拍照上传。",
 "C:理赔我要，但是那个快递员我也要投诉！",
 "A:投诉也没用，他们网点那帮人就那样，说了多少次都不改，还不如省点事。",
 "C:你们就这么处理？",
 "A:理赔我已经给您提交了，理赔单号LP六六二，三个工作日内会有专员联系您。",
 "C:那投诉呢？",
 "A:投诉就算了吧，真没用。请问还有其他问题吗？",
 "C:没有了！",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:哼。"])

# ------------------------------- COMPLAINT -----------------------------------------
call(["complaint"], "complaint noisy: customer demands to 投诉; agent says '这个不能投诉，是正常规定' and does not register (apology present)", [
 "A:您好，星河通信客服中心，请问有什么可以帮您？",
 "C:我销户你们非要我本人去营业厅，我在外地回不去，我要投诉！",
 "A:非常抱歉给您带来不便。销户需要本人到营业厅办理，这是规定。",
 "C:我就是要投诉这个规定，太不合理了！",
 "A:这个不能投诉的，是正常规定，投了也不会受理。",
 "C:那我每个月的月租怎么办？",
 "A:您可以先办理停机保号，每月五元，从停机次月起收取，等回来再去营业厅销户。",
 "C:行吧。",
 "A:请问还有其他问题吗？",
 "C:没了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"], noise=True)

call(["complaint", "hangup", "closing"], "complaint+hangup+closing: customer asks for complaint, agent says '要投诉你自己去网上投' and the call ends while the customer is still talking", [
 "A:您好，乐购商城客服，请问有什么可以帮您？",
 "C:我买的手机屏幕有划痕，你们说不能退，我要投诉你们！",
 "A:不好意思。请问订单号是多少？",
 "C:LG七七三三一一，上周五签收的。",
 "A:查到了，售后记录显示您申请退货被驳回了，原因是屏幕划痕属于人为损坏，不在退货范围内。",
 "C:我收到就有划痕！开箱的时候我还拍了视频！",
 "A:驳回结果是审核那边定的，我这边改不了。",
 "C:那我要投诉，给我登记！",
 "A:要投诉你自己去网上投，我这边登记不了。",
 "C:你们客服就是干这个的，凭什么不给我登记？你叫什么，你工号——",
 ])

call(["complaint", "talk_over"], "complaint+talk_over: agent talks over the customer and dismisses the complaint ('你投诉我也没用'); apology present", [
 "A:您好，华信银行信用卡中心，请问有什么可以帮您？",
 "C:你们催收的人天天打电话到我单位，还跟我同事说我欠钱不还，我要投诉你们的催收，",
 "A>:不好意思先生，催收是按流程进行的，您逾期了我们就会联系。",
 "C:逾期我认，但是打到我单位去说这些就是不对，我要投诉，你给我登记一下，",
 "A>:这个您投诉我也没用，登记了也不会有结果的。",
 "C:那你们银行就不管了？",
 "A:您尽快把欠款还上就不会再打了，最低还款额是一千二百元。",
 "C:……行了行了。",
 "A:请问还有其他问题吗？",
 "C:没了。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])
# ------------------------------- SILENCE / TALK_OVER / SPEECH_RATE ------------------
call(["silence"], "silence noisy: agent says '我看一下' then 24 s of dead air, customer has to prompt", [
 "A:您好，华信银行信用卡中心，请问有什么可以帮您？",
 "C:我上个月还款了，怎么还显示我逾期？",
 "A:不好意思给您带来困扰，请问怎么称呼您？",
 "C:姓黎。",
 "A:黎先生，我看一下。",
 ("gap", 24.0),
 "C:喂？你好？还在吗？",
 "A:在的。查到了，您是二十号还的款，还款日是十八号，晚了两天，所以记了一次逾期。",
 "C:就晚两天也算逾期？",
 "A:是的，不过三天内的延迟还款可以申请宽限，我帮您提交申请，不会上报征信，审核结果五个工作日内短信通知您。",
 "C:那好，谢谢。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"], noise=True)

call(["silence", "talk_over"], "silence+talk_over: 21 s dead air without notice, later agent talks over the customer's explanation", [
 "A:您好，优家电器客服中心，请问有什么可以帮您？",
 "C:我的冰箱冷藏室不冷了，冷冻室还是好的。",
 "A:不好意思给您添麻烦了，请问冰箱是什么型号？",
 "C:BCD-四五零。",
 ("gap", 21.0),
 "C:喂？有人吗？",
 "A:在的。这款冰箱冷藏不冷，一般是风道结霜堵住了。",
 "C:那我要怎么弄，是不是要把东西全拿出来，然后断电放几个小时，我上次听别人说，",
 "A>:对，您先断电六个小时化霜，再通电试试。",
 "C:好，那如果还不行呢？",
 "A:如果还不冷，您再联系我们，我给您安排师傅上门，保修期内免费。",
 "C:好的。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"])

call(["talk_over"], "talk_over noisy: agent repeatedly cuts in before the customer finishes (customer's turns clipped)", [
 "A:您好，星河通信客服中心，请问有什么可以帮您？",
 "C:我想问一下，我家里老人用的那个号码，我想给他换一个适合老年人的套餐，他平时就是打打电话，",
 "A>:好的，我们有一个十八元的亲情套餐，包含三百分钟通话。",
 "C:嗯，那流量有没有？他偶尔也用微信跟我们视频，不过用得不多，主要是在家里连无线，",
 "A>:有的，包含三G流量，够用了。",
 "C:那这个什么时候能换？",
 "A:办理后次月一号生效，从次月起每月收十八元。",
 "C:好，那给他换吧，号码是一三九零零零零五五六六。",
 "A:好的，已经为您提交，需要机主本人回复短信确认。",
 "C:好的，我让他回。",
 "A:感谢您的来电，祝您生活愉快，再见。",
 "C:再见。"], noise=True)

call(["speech_rate", "talk_over"], "speech_rate+talk_over: very fast agent who also cuts into the customer", [
 "A:您好乐购商城客服中心请问有什么可以帮您。",
 "C:我想问下我的订单怎么还没发货，都下单四天了，页面上一直显示待发货，",
 "A>:不好意思让您久等了您把订单号告诉我我马上帮您查。",
 "C:LG三三五五七七九九。",
 "A:好的查到了您这个商品是预售款页面上写了七天内发货现在还在发货期内。",
 "C:我没看到预售啊，那能不能快点，我下周要出差的，想出差前拿到，",
 "A>:我这边帮您备注催促仓库优先发货一般两三天就能发出来发货后有短信通知您。",
 "C:好吧，那要是出差前还是没收到，我能不能先取消订单？取消的话钱是不是原路退回？",
 "A:可以的未发货前您随时可以在订单页面申请取消款项会在一到三个工作日内原路退回到您的支付账户。",
 "C:好吧。",
 "A:请问还有其他问题吗。",
 "C:没了。",
 "A:感谢您的来电祝您生活愉快再见。",
 "C:再见。"])

call(["speech_rate"], "speech_rate noisy: agent reads the full fee disclosure at high speed (amount+start stated, so tariff quiet)", [
 "A:您好星河通信客服中心请问有什么可以帮您。",
 "C:我想办一个宽带融合套餐，多少钱？",
 "A:我们的融合套餐每月一百二十九元包含三百兆宽带四十G流量五百分钟通话办理后次月一号开始按月收取当月按天折算。",
 "C:啊？你说慢点，多少钱一个月？",
 "A:每月一百二十九元次月一号开始收取当月按天折算宽带安装免费光猫免费提供。",
 "C:哦，那合约期多久？",
 "A:合约期是一年提前解约需要支付剩余月份百分之二十的违约金一年到期后自动按原价续约。",
 "C:嗯……好的，我考虑一下。",
 "A:好的请问还有其他问题吗。",
 "C:没了。",
 "A:感谢您的来电祝您生活愉快再见。",
 "C:再见。"], noise=True)

# ------------------------------- SHORT_CALL ----------------------------------------
call(["short_call"], "short_call: complete formulas but whole call < 30 s (balance query)", [
 "A:您好，星河通信，请问有什么可以帮您？",
 "C:查一下话费余额。",
 "A:好的，您的余额是四十二元。",
 "C:好，就这个。",
 "A:还有其他问题吗？",
 "C:没了，谢谢。",
 "A:感谢来电，祝您生活愉快，再见。",
 "C:再见。"], ar=5.6, cr=5.5, gp=(0.2, 0.5))

call(["short_call", "closing"], "short_call+closing: quick opening-hours answer, agent ends with '好' only", [
 "A:您好，华信银行，请问有什么可以帮您？",
 "C:你们今天几点下班？",
 "A:网点下午五点。",
 "C:周末开吗？",
 "A:周六开，周日不开。",
 "C:好的。",
 "A:好。",
 "C:拜拜。"], ar=5.6, cr=5.5, gp=(0.2, 0.5))

call(["short_call", "hangup", "closing"], "short_call+hangup+closing: agent gives one line and the call ends while the customer is still asking", [
 "A:您好，顺达快递，请问有什么可以帮您？",
 "C:我的件到哪了？",
 "A:单号多少？",
 "C:SD八八九九一一。",
 "A:明天到。",
 "C:明天几点？还有我想改个地址——",
 "C:喂？",
 "C:喂喂？"], ar=5.6, cr=5.5, gp=(0.2, 0.5))

call(["short_call", "speech_rate"], "short_call+speech_rate: rushed agent finishes a query in under 30 s", [
 "A:您好优家电器客服中心请问有什么可以帮您。",
 "C:你们那个空调保修几年？",
 "A:整机三年压缩机十年凭发票或者购买记录就可以享受保修服务。",
 "C:哦，好。",
 "A:还有其他问题吗。",
 "C:没了。",
 "A:感谢您的来电祝您生活愉快再见。",
 "C:再见。"], cr=5.5, gp=(0.2, 0.5))

call(["short_call"], "short_call noisy: very brief tracking check with proper formulas", [
 "A:您好，顺达快递客服，请问有什么可以帮您？",
 "C:查个快递，SD二二一一。",
 "A:已经签收了，放在驿站。",
 "C:哦好的。",
 "A:还有其他问题吗？",
 "C:没了。",
 "A:感谢您的来电，再见。",
 "C:拜拜。"], noise=True, ar=5.6, cr=5.5, gp=(0.2, 0.5))

call(["short_call", "greeting"], "short_call+greeting: opens '喂，说' and wraps up within 30 s", [
 "A:喂，说。",
 "C:我想问一下你们客服电话几点下班。",
 "A:人工客服晚上九点。",
 "C:好的，知道了。",
 "A:还有别的吗？",
 "C:没了。",
 "A:感谢来电，祝您愉快，再见。",
 "C:再见。"], ar=5.6, cr=5.5, gp=(0.2, 0.5))

# ------------------------------- HANGUP --------------------------------------------
call(["hangup"], "hangup: agent says a full closing and disconnects while the customer is starting a new question", [
 "A:您好，星河通信客服中心，请问有什么可以帮您？",
 "C:我想把我的流量包退订了，下个月不要了。",
 "A:好的，请问是哪个流量包呢？",
 "C:就是那个十块钱十个G的，我开了三个月了，最近换了无限流量的套餐，用不上了。",
 "A:查到了，您开通的是十元十G的月包。已经帮您退订，本月剩下的流量还可以正常使用到月底，下个月一号起就不再收取这十元了，退订成功的短信稍后会发到您的手机上。",
 "C:好的，那我还想问一下——",
 "A:好的，感谢您的来电，祝您生活愉快，再见。",
 "C:哎，等一下，我那个积分能不能——",
 ])

call(["hangup"], "hangup noisy: agent closes and drops while the customer is asking about the refund", [
 "A:您好，乐购商城客服中心，请问有什么可以帮您？",
 "C:我退货的快递员已经取走了，退款什么时候到？",
 "A:请问订单号是多少？",
 "C:LG六六一一二二。",
 "A:查到了，快递员昨天下午已经取件，目前在运输途中，预计后天到达我们的退货仓库，仓库签收并检查后一到三个工作日退款到账。",
 "C:那要是仓库一直不签收呢？",
 "A:好的，感谢您的来电，祝您生活愉快，再见。",
 "C:哎不是，我还没说完，那个退款到底——",
 ], noise=True)

call(["hangup", "silence", "closing"], "hangup+silence+closing: after a question the agent goes silent 26 s and the line ends with the customer calling out", [
 "A:您好，云帆宽带客服中心，请问有什么可以帮您？",
 "C:我想问一下，我家宽带能不能移机到新家？",
 "A:可以的，请问新家地址是哪里？",
 "C:城东的绿地小区。",
 "A:绿地小区是我们的覆盖范围，移机费是一百元，在师傅上门移机完成后收取。",
 "C:那要提前多久预约？我下个月十号搬家。",
 ("gap", 26.0),
 "C:喂？你好？",
 "C:喂？还在吗？怎么不说话了——"])

# extra calls rendered as noisy ASR output (labels unchanged: they describe what was said)
for _k in (5, 16, 24, 39, 57, 63, 65, 75, 77, 84, 90):
    CALLS[_k - 1]["noise"] = True
    CALLS[_k - 1]["note"] += " [noisy ASR rendering]"

if __name__ == "__main__":
    main()
