# -*- coding: utf-8 -*-
"""Builder for /work/indep/calls_b.jsonl  (independent test-data writer B).

Written from /work/shared/DOMAIN.md and the QA standard in seeds/001 only.

LABEL POLICY (writer B's decisions on borderline cases)
------------------------------------------------------
greeting  : complete = 问候 (您好/你好/早上好...) + company or self-introduction + an offer of help
            (请问有什么可以帮您/帮到您/请问您需要办理什么业务 ...).  Opening with 喂, missing company,
            missing offer, or agent's first words a filler/喂/嗯 with the full greeting only after the
            customer spoke -> greeting.  Opening 喂 is labelled greeting only (not forbidden).
closing   : judged only when the customer took part in the call.  Complete = within the agent's last
            two turns there is thanks in any form (感谢您的来电/耐心等待/支持/配合, 谢谢您) AND a blessing
            (祝您...).  再见 alone, thanks without blessing, or nothing -> closing.  Order calls in clean
            data also give delivery / 工号 / service number.  A silent line (customer never speaks) is not
            judged.  Every hangup positive is also a closing positive.
hangup    : agent has the last word after the customer and neither of the agent's last two turns
            closes (thanks/blessing) or says goodbye.  Customer last word -> never hangup.
forbidden : agent's own 我不知道/不清楚/不明白, 喂 addressing the customer mid-call, 那你想好了再打来吧,
            你这话什么意思, and impatient/dismissive phrasing (我都说了多少遍了, 你问我我问谁, 爱买不买,
            你到底想怎么样).  NOT: customer's or a third party's not knowing, reassurance (您不知道也没关系),
            conditional (如果您不清楚...可以...), not hearing clearly (没听清楚), quoting to apologise.
            Pushing the problem to someone else is shirking, not forbidden.
insult    : agent attacks/mocks the customer (神经病, 有病吧, 耳朵聋了, 脑子, sarcasm about the customer).
            NOT: agent quoting an insult reported by the customer, customer insulting agent, negation
            (我绝对没有说您不懂的意思).  Insult is not additionally labelled forbidden.
filler    : counted tics 啊/呀/这个/那个/就是/然后 in agent speech; label iff >=3 AND >4 per minute of
            agent speech.  Non-filler calls are checked by this script to stay below that.
tariff    : customer asks about a fee; agent must give amount AND start of charging.  免费期 glossing,
            amount-only, or start-only -> tariff.  No customer question -> no tariff even if agent
            mentions 免费.
name_ask  : agent asks 你姓什么/你叫什么名字/你叫啥.  Customer asking the agent's name is not.
apology   : customer dissatisfied / something went wrong and none of the agent's next two turns has
            抱歉/对不起/不好意思/歉意.  Customer insulting the agent still needs an apology (we always give one
            in negatives).
shirking  : agent pushes the problem away (不归我们管, 你自己去找...) and there is NO transfer, ticket
            or concrete referral (phone number, transfer, 工单) anywhere in the call.
overpromise: 保证/绝对/肯定/一定/百分之百 about outcomes that cannot be guaranteed.  我不能保证, 尽力,
            customer quoting an earlier promise, 保证金 (a deposit) are not.
colleague : agent disparages colleagues/other departments/installers/couriers.  Neutral mention or
            apologising for a colleague's mistake without attacking is not.
complaint : customer states intent to complain/escalate (投诉, 12315, 找领导, 银保监会, 市长热线, 消协).
            我不是要投诉, agent mentioning the complaint channel, third party's wish are not.
silence   : any gap with nobody speaking > 10 s; if the agent's previous turn announced a hold
            (稍等/请稍候) the gap may last up to 60 s.
talk_over : >=2 agent turns starting >=1 s into a customer turn and >1 s before its end, agent turn
            >=1 s long.  One interruption, short backchannels, end-of-turn overlaps -> not.
speech_rate: agent chars/minute over agent speech time (>=30 s of agent speech required) outside
            120-330.  Positives are ~90-100 or ~400+; negatives stay within 150-310 counted with and
            without punctuation.
short_call: total duration < 10 s with both parties speaking.  Silent line is not.  Short-call
            positives still carry a compact complete closing (感谢来电，祝您愉快) so they test one family.
tariff (one-off fees such as shipping): amount + when it is paid (下单时/取件时支付) is enough.
noise     : ~28 % of calls pass through noisy() (homophones 客服→克服, 话费→话废, 神经病→神经变, 你姓什么→
            你信什么..., partly Traditional characters, dropped/odd punctuation, some digits as arabic
            numerals, an occasional dropped 的/了/吧).  Timings are computed from the clean text; labels are
            what the speaker meant.  The consistency checker (check()) runs on the clean text and asserts
            silence / talk_over / speech_rate / filler / short_call labels against the generated timings.
"""
import json
import random
import re

OUT = "/work/indep/calls_b.jsonl"
import os
DEBUG = bool(os.environ.get("DEBUG"))
FAMILIES = ["greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask", "apology",
            "shirking", "overpromise", "colleague", "complaint", "silence", "talk_over",
            "speech_rate", "short_call", "hangup"]
PUNCT = set("，。？！、；：,.?!;:…“”\"'（）() 「」~～")
TICS = ["啊", "呀", "这个", "那个", "就是", "然后"]

TEAMS = {
    "telecom": "telecom_care", "broadband": "broadband_support", "bank": "bank_cards",
    "ecom": "ecommerce_aftersales", "logi": "logistics_service", "util": "utilities_hotline",
    "ins": "insurance_service",
}

CALLS = []


def add(kind, turns, labels, note, noise=False, arate=None, crate=None, t0=None, agent=None):
    CALLS.append(dict(kind=kind, turns=turns, labels=labels, note=note, noise=noise,
                      arate=arate, crate=crate, t0=t0, agent=agent))


def nchars(text):
    return sum(1 for ch in text if ch not in PUNCT)


def npunct(text):
    return sum(1 for ch in text if ch in PUNCT and ch != " ")


def timed(turns, rng, arate, crate, t0):
    """turns: list of 'A:text' / 'C:text' or (that, opts).
    opts: gap=x   start x s after the latest end so far
          ov=x    start x s after the START of the previous segment (overlap)
          dur=x   force duration
          rate=x  per-char seconds for this turn"""
    segs = []
    t = t0
    latest_end = t0
    for item in turns:
        if isinstance(item, tuple):
            s, opts = item
        else:
            s, opts = item, {}
        spk = "agent" if s[0] == "A" else "customer"
        text = s[2:]
        rate = opts.get("rate", arate if spk == "agent" else crate)
        dur = opts.get("dur", nchars(text) * rate + npunct(text) * 0.08)
        if not segs:
            start = t0
        elif "ov" in opts:
            start = segs[-1]["start"] + opts["ov"]
        elif "gap" in opts:
            start = latest_end + opts["gap"]
        else:
            start = latest_end + rng.uniform(0.3, 0.95)
        end = start + max(dur, 0.35)
        segs.append({"speaker": spk, "start": round(start, 2), "end": round(end, 2), "text": text})
        latest_end = max(latest_end, end)
    segs.sort(key=lambda x: x["start"])
    return segs


# ---------------------------------------------------------------- ASR noise
T2S = dict(zip("们这说请问为么话务费个来时过还没对后电单号帮谢应给账处理网络师开关业听让从见务满发区证",
               "們這說請問為麼話務費個來時過還沒對後電單號幫謝應給賬處理網絡師開關業聽讓從見務滿發區證"))
HOMO = [("客服", "克服"), ("话费", "话废"), ("营业厅", "营业听"), ("工号", "公号"), ("神经病", "神经变"),
        ("你姓什么", "你信什么"), ("宽带", "宽待"), ("退款", "推款"), ("快递", "快的"), ("账单", "帐单"),
        ("稍等", "少等"), ("流量", "流涼"), ("投诉", "头诉"), ("理赔", "里赔")]
DIG = dict(zip("零一二三四五六七八九", "0123456789"))


def noisy(text, rng):
    for a, b in HOMO:
        if a in text and rng.random() < 0.8:
            text = text.replace(a, b)
    # long runs of chinese digits (phone numbers, 工号, order numbers) -> arabic sometimes
    def dig(m):
        return "".join(DIG[c] for c in m.group(0)) if rng.random() < 0.6 else m.group(0)
    text = re.sub("[零一二三四五六七八九]{3,}", dig, text)
    # drop one short function word sometimes
    if rng.random() < 0.3:
        for w in ("的", "了", "吧", "一下"):
            if w in text[3:]:
                i = text.index(w, 3)
                text = text[:i] + text[i + len(w):]
                break
    out = []
    for ch in text:
        if ch in "，。？！、；：":
            r = rng.random()
            if r < 0.45:
                continue
            elif r < 0.7:
                out.append(" ")
            elif r < 0.85:
                out.append(",")
            else:
                out.append(ch)
        elif ch in T2S and rng.random() < 0.45:
            out.append(T2S[ch])
        else:
            out.append(ch)
    return "".join(out).strip()


# ---------------------------------------------------------------- checks
def metrics(segs):
    ag = [s for s in segs if s["speaker"] == "agent"]
    a_time = sum(s["end"] - s["start"] for s in ag)
    a_chars = sum(nchars(s["text"]) for s in ag)
    a_chars_p = sum(len(s["text"]) for s in ag)
    # gaps
    ordered = sorted(segs, key=lambda s: s["start"])
    gaps = []
    latest = ordered[0]["end"]
    prev_agent_text = ""
    for s in ordered[1:]:
        g = s["start"] - latest
        if g > 0:
            gaps.append((g, prev_agent_text))
        latest = max(latest, s["end"])
        if s["speaker"] == "agent":
            prev_agent_text = s["text"]
    # recompute hold announcement: last agent segment before gap
    gaps2 = []
    latest = ordered[0]["end"]
    last_agent = ordered[0]["text"] if ordered[0]["speaker"] == "agent" else ""
    for s in ordered[1:]:
        g = s["start"] - latest
        if g > 0:
            gaps2.append((g, last_agent))
        latest = max(latest, s["end"])
        if s["speaker"] == "agent":
            last_agent = s["text"]
    # talk over
    tov = 0
    for a in ag:
        if a["end"] - a["start"] < 1.0:
            continue
        for c in segs:
            if c["speaker"] != "customer":
                continue
            if c["start"] + 1.0 <= a["start"] < c["end"] - 1.0:
                tov += 1
                break
    tics = sum(s["text"].count(t) for s in ag for t in TICS)
    dur = max(s["end"] for s in segs)
    return dict(a_time=a_time, cpm=a_chars / a_time * 60 if a_time else 0,
                cpm_p=a_chars_p / a_time * 60 if a_time else 0, gaps=gaps2, tov=tov, tics=tics,
                tic_rate=tics / (a_time / 60) if a_time else 0, dur=dur,
                both=len({s["speaker"] for s in segs}) == 2)


def check(c, segs):
    m = metrics(segs)
    L = set(c["labels"])
    probs = []
    sil = any(g > 60 or (g > 10 and not re.search("稍等|稍候", t)) for g, t in m["gaps"])
    if sil != ("silence" in L):
        probs.append("silence mismatch %s" % [(round(g, 1), t[:8]) for g, t in m["gaps"] if g > 5])
    if (m["tov"] >= 2) != ("talk_over" in L):
        probs.append("talk_over mismatch tov=%d" % m["tov"])
    fast_slow = m["a_time"] >= 30 and not (120 <= m["cpm"] <= 330 and 120 <= m["cpm_p"] <= 330)
    if fast_slow != ("speech_rate" in L):
        probs.append("speech_rate mismatch cpm=%.0f/%.0f t=%.0f" % (m["cpm"], m["cpm_p"], m["a_time"]))
    if "speech_rate" not in L and m["a_time"] >= 30 and not (150 <= m["cpm"] <= 310 and 150 <= m["cpm_p"] <= 310):
        probs.append("speech_rate borderline negative cpm=%.0f/%.0f" % (m["cpm"], m["cpm_p"]))
    if "speech_rate" in L and (125 <= m["cpm"] <= 360):
        probs.append("speech_rate borderline positive cpm=%.0f/%.0f" % (m["cpm"], m["cpm_p"]))
    fil = m["tics"] >= 3 and m["tic_rate"] > 4
    if fil != ("filler" in L):
        probs.append("filler mismatch tics=%d rate=%.1f" % (m["tics"], m["tic_rate"]))
    sc = m["dur"] < 10 and m["both"]
    if sc != ("short_call" in L):
        probs.append("short_call mismatch dur=%.1f" % m["dur"])
    if "short_call" not in L and m["both"] and m["dur"] < 30 and "speech_rate" not in L:
        pass
    return probs, m


def main():
    rng = random.Random(20261204)
    agents = ["B30%02d" % i for i in range(1, 19)]
    lines = []
    all_probs = 0
    for i, c in enumerate(CALLS, 1):
        arate = c["arate"] or rng.uniform(0.23, 0.265)
        crate = c["crate"] or rng.uniform(0.22, 0.28)
        t0 = c["t0"] if c["t0"] is not None else rng.uniform(0.4, 1.6)
        segs = timed(c["turns"], rng, arate, crate, t0)
        probs, m = check(c, segs)
        for l in c["labels"]:
            assert l in FAMILIES, l
        if DEBUG:
            print("ib_%03d dur=%.1f a_time=%.1f cpm=%.0f/%.0f tov=%d tics=%d/%.1f maxgap=%.1f" % (i, m["dur"], m["a_time"], m["cpm"], m["cpm_p"], m["tov"], m["tics"], m["tic_rate"], max([g for g, _ in m["gaps"]] or [0])), c["labels"])
        if probs:
            all_probs += 1
            print("ib_%03d" % i, probs, c["note"][:40])
        if c["noise"]:
            for s in segs:
                s["text"] = noisy(s["text"], rng)
        obj = {"call_id": "ib_%03d" % i, "agent_id": c["agent"] or agents[(i * 7) % len(agents)],
               "team": TEAMS[c["kind"]], "segments": segs, "labels": sorted(set(c["labels"]), key=FAMILIES.index),
               "note": c["note"], "noise": c["noise"]}
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", len(lines), "calls;", all_probs, "with problems")


# ====================================================================== CALLS
# ---------------------------------------------------------------- clean calls

add("telecom", [
    "A:您好，星河移动，请问有什么可以帮您？",
    "C:你好，我想问一下我这个月话费怎么这么多。",
    "A:好的，请问您是机主本人吗？麻烦您报一下机主姓名和身份证后四位。",
    "C:是本人，我叫周建华，后四位是三五二一。",
    "A:周先生您好，已经核实。您本月除了五十八元的套餐费，还有一笔二十元的流量超出费用，是十五号产生的。",
    "C:哦，那天我在外地开热点了，可能用多了。",
    "A:是的。如果您经常出差，可以加一个每月十元十G的流量包，办理后下个月一号生效并开始收费，您需要的话我现在帮您办理。",
    "C:不用了，我下个月注意一点就行。",
    "A:好的，请问还有其他可以帮您的吗？",
    "C:没有了，谢谢。",
    "A:不客气，感谢您的来电，祝您生活愉快，再见！",
], [], "clean telecom bill query; agent explains charges and states fee+start of the add-on (tariff hard negative)")

add("broadband", [
    "A:您好，畅通宽带客服中心，工号一零二七为您服务，请问有什么可以帮您？",
    "C:我家宽带是一百兆的，听说可以提速到五百兆，这个要收费吗？",
    "A:是的，提速包前三个月免费，从第四个月也就是八月一号开始，每月收费二十元，跟宽带费一起扣，扣费前三天会有短信提醒，您可以随时退订。",
    "C:八月一号开始每个月二十是吧，那行，帮我开了吧。",
    "A:好的，跟您核对一下，宽带账号是您手机号一三九零五七二八八六一，办理五百兆提速包，对吗？",
    "C:对的。",
    "A:已经为您提交，两小时内生效，重启一下光猫就可以了。",
    "C:好嘞，谢谢啊。",
    "A:不客气，感谢您对畅通宽带的支持，祝您生活愉快，再见。",
    "C:再见。",
], [], "tariff hard negative: 免费 is mentioned but amount and start date are stated clearly; clean")

add("bank", [
    "A:您好，恒信银行信用卡中心，请问有什么可以帮您？",
    "C:你好，我昨天晚上收到一条短信，说我卡在外地消费了两千多，可我人在家里啊，我有点慌。",
    "A:不好意思让您担心了，先生您别着急，我马上帮您核实。请问您怎么称呼？",
    "C:我姓马。",
    "A:马先生，请您报一下卡号后四位和预留手机号。",
    "C:后四位八八二零，手机号一五八二二三四六七一九。",
    "A:好的，请您稍等，我帮您查一下交易记录。",
    ("A:感谢您的耐心等待。马先生，这笔是酒店预授权，是您上周入住时冻结的押金，今天已经解冻了，不是实际扣款。", {"gap": 42}),
    "C:哦，原来是押金，那就放心了。",
    "A:是的，为了您的用卡安全，这类短信以后您也可以通过手机银行的账单明细核对。请问还有其他需要帮助的吗？",
    "C:没有了。",
    "A:好的，感谢您的来电，祝您生活愉快，再见。",
], [], "silence hard negative: announced hold (请您稍等) of ~42 s < 60 s; polite name ask 您怎么称呼; clean")

add("ecom", [
    "A:您好，优选商城售后服务，很高兴为您服务，请问有什么可以帮到您？",
    ("C:我上周买了一个电饭煲，用了两次就不加热了，我想问问是退货还是换货，还有就是运费谁出，因为我这个不是我的问题。", {}),
    ("A:嗯。", {"ov": 2.0, "dur": 0.4}),
    ("A:对。", {"ov": 3.4, "dur": 0.4}),
    ("A:非常抱歉给您添麻烦了，质量问题的话退换都可以，来回运费都由我们承担。", {"gap": -0.5}),
    "C:那我想换一个新的。",
    "A:好的，我这边已经为您提交换货申请，快递员明天上门取件，新的电饭煲会在收到旧件后两天内发出。",
    "C:行，谢谢。",
    "A:不客气，感谢您的反馈，我的工号是三二八，售后电话是四零零八八六一二三四，祝您生活愉快，再见！",
], [], "talk_over hard negative: two short 嗯/对 backchannels (<1 s) during the customer's turn and an end-of-turn overlap starting in the last second; clean")

add("broadband", [
    "A:您好，光速宽带，我是客服小刘，请问有什么可以帮您？",
    "C:我妈家的宽带要改密码，我也不知道怎么弄，路由器是你们装的。",
    "A:您不知道也没关系，我一步一步教您。请您先看一下路由器背面，有一个管理地址。",
    "C:看到了，一九二点一六八点一点一。",
    "A:对的，您用手机连上无线网，在浏览器里输入这个地址，登录密码也在背面标签上。",
    "C:好，进去了。",
    "A:点无线设置，在密码那一栏改成您想要的新密码，然后点保存。",
    "C:改好了，现在要重新连是吧？",
    "A:是的，用新密码重新连接就可以了。如有不明白的地方随时打电话问我们。",
    "C:好的，连上了，谢谢你啊。",
    "A:不客气，感谢您的来电，祝您生活愉快，再见。",
], [], "forbidden hard negative: customer says 我也不知道; agent reassures 您不知道也没关系 and 如有不明白的地方随时问; clean")

add("util", [
    "A:您好，清源水务客服热线，请问有什么可以帮您？",
    "C:你好，我家这个月水费，那个，怎么要两百多……",
    "A:不好意思，刚才信号不太好，我这边没听清楚，您能再说一遍吗？",
    "C:我说我家这个月水费要两百多，平时才六七十。",
    "A:好的，麻烦您报一下户号。",
    "C:户号是三零一七七八二。",
    "A:我看到您家本月用水四十二吨，比上月多了三十吨，可能存在漏水的情况，建议您关掉所有水龙头看一下水表还转不转。",
    "C:哦，那我回去看看。",
    "A:好的，如果确认漏水，可以拨打我们的报修电话，会有师傅上门检查。感谢您的来电，祝您生活愉快！",
    "C:好，谢谢，再见。",
], [], "forbidden hard negative: agent says 没听清楚 (didn't hear), not 不清楚; clean")

add("logi", [
    "A:您好，顺达快递客服中心，请问有什么可以帮您？",
    "C:你们那个送货的真是太过分了，我就问了一句能不能送上楼，他骂我神经病！",
    "A:非常抱歉给您带来这么不愉快的经历。您是说派送员骂您“神经病”，是吗？",
    "C:对，就是这么说的，我要投诉他！",
    "A:明白，真的很抱歉。我这边马上为您登记投诉工单，麻烦您提供一下运单号。",
    "C:运单号是七七零三二五六八九一二。",
    "A:已经登记好了，站点负责人会在二十四小时内联系您处理，处理结果也会短信告知您。",
    "C:行吧。",
    "A:再次向您致歉，感谢您的反馈，祝您生活愉快，再见。",
], ["complaint"], "insult hard negative: agent quotes the reported insult 神经病 to confirm the complaint; customer states 我要投诉 -> complaint only")

add("telecom", [
    "A:您好，联信电信，工号五五八，请问有什么可以帮您？",
    "C:你们是不是脑子都有问题啊，我说了三遍要停机保号，怎么还在扣钱，你们客服都是神经病吧！",
    "A:非常抱歉让您这么生气，给您带来困扰了。我来帮您看一下停机保号的办理记录。",
    "C:快点查。",
    "A:我看到您上次的申请因为有欠费没有成功，系统没通知到您，这是我们的问题，实在抱歉。欠费是十二元，缴清后我马上帮您办理。",
    "C:那你现在给我办。",
    "A:好的，已经为您提交，缴费后自动生效，停机保号每月五元，从下个月一号开始收取。",
    "C:行吧。",
    "A:感谢您的理解，祝您生活愉快，再见。",
], [], "insult hard negative: the CUSTOMER insults the agent (神经病); agent apologises and states the 5元/下月一号 fee; clean")

add("logi", [
    "A:您好，捷运物流，请问有什么可以帮您？",
    "C:我有个件明天下午要用，你能保证明天一定到吗？",
    "A:这个我不能保证，因为现在在中转，受天气影响可能会有延误，但我可以帮您备注加急，一般明天到后天会送到。",
    "C:那好吧，你帮我备注一下。",
    "A:好的，已经备注加急，运单号尾号三五七六，派送前快递员会电话联系您。",
    "C:好。",
    "A:感谢您的耐心，祝您生活愉快，再见。",
    "C:再见。",
], [], "overpromise hard negative: 我不能保证 + realistic estimate; clean")

add("broadband", [
    "A:您好，畅通宽带，请问有什么可以帮您？",
    "C:我家又断网了！上次你们客服说保证绝对不会再出问题，结果才一个礼拜又断了。",
    "A:非常抱歉又给您带来不便。麻烦您报一下宽带账号，我先帮您检测一下线路。",
    "C:账号是零二一六六八三九七二一。",
    "A:检测到您家光猫信号偏弱，需要师傅上门处理。我已经为您提交报修工单，师傅会在今天下午六点前联系您预约时间。",
    "C:好吧，希望这次能修好。",
    "A:我们会尽力帮您彻底解决。感谢您的耐心，祝您生活愉快。",
    "C:嗯，再见。",
], [], "overpromise hard negative: the CUSTOMER quotes an earlier promise 保证绝对不会再出问题; agent only says 尽力; apology given; clean")

add("bank", [
    "A:您好，华兴银行客服，请问有什么可以帮您？",
    "C:我想问下我的卡怎么扣了十块钱，我不是要投诉啊，就是想问问。",
    "A:不好意思让您担心了，我帮您查一下。请问您贵姓？",
    "C:姓李。",
    "A:李女士，这笔十元是短信通知服务费，每季度收取一次，是您开卡时开通的，本季度在三号扣的。如果不需要可以帮您取消。",
    "C:那帮我取消吧。",
    "A:好的，已经为您取消，下季度起不再收取。请问还有其他可以帮您的吗？",
    "C:没了。",
    "A:好的，感谢您的来电，祝您工作顺利，再见！",
], [], "complaint hard negative: 我不是要投诉; polite 您贵姓; fee amount and cycle given; clean")

add("ins", [
    "A:您好，安泰保险客服中心，请问有什么可以帮您？",
    "C:我上个月车险理赔的钱到账了，但是比定损少了三百，想问问怎么回事。",
    "A:好的，给您带来困扰不好意思，麻烦您提供一下保单号。",
    "C:保单号是八八一二零三四五六。",
    "A:我看到这三百元是免赔额，按合同条款由您自行承担。如果您对处理结果不满意，也可以拨打我们的投诉热线九五五零零，会有专人复核。",
    "C:哦，是免赔额，那我明白了。",
    "A:好的，感谢您的来电，祝您出行平安，再见。",
    "C:再见。",
], [], "complaint hard negative: AGENT mentions the complaint line; customer shows no intent; clean")

add("bank", [
    "A:您好，恒信银行，很高兴为您服务，请问有什么可以帮您？",
    "C:我想问我的房贷提前还款怎么办理。",
    "A:提前还款业务不在我们借记卡客服这边处理，我帮您转接到个人贷款中心，请您稍等，不要挂机。",
    "C:好。",
    ("A:您好，已经为您接通，贷款中心的同事会为您详细介绍。感谢您的耐心等待，祝您生活愉快。", {"gap": 18}),
    "C:好的谢谢。",
], [], "shirking hard negative: 不在我们这边处理 but with transfer; announced hold of 18 s; clean")

add("logi", [
    "A:您好，顺达快递客服，请问有什么可以帮您？",
    "C:我收到的东西是错的，我买的是蓝色的，给我发了个红色的。",
    "A:非常抱歉给您带来麻烦。发错货需要由发货商家处理，我这边先帮您登记一个工单，同时把商家的售后电话通过短信发到您手机上，您也可以在购物平台直接申请换货。",
    "C:行，那你发给我。",
    "A:好的，已经发送。工单号是三七二零一，如果商家两天内没有联系您，您随时打我们电话。",
    "C:好，谢谢。",
    "A:感谢您的来电，祝您生活愉快，再见。",
], [], "shirking hard negative: needs the merchant but agent files a ticket and sends the merchant's number; apology; clean")

add("telecom", [
    "A:您好，星河移动，我是客服小周，请问有什么可以帮您？",
    "C:你们上个客服什么都不懂，我问个国际漫游她跟我说半天也没说明白。",
    "A:非常抱歉之前没有给您解释清楚，我来帮您重新说明一下。您是要去哪个国家？",
    "C:去日本，待一个礼拜。",
    "A:日本可以办理日套餐，每天二十五元，不限流量，按实际使用天数收取，从您在当地第一次联网的当天开始计费。",
    "C:一天二十五，用一天算一天是吧？",
    "A:对的，没有使用的日子不收费。我帮您开通国际漫游功能，出国前重启手机就可以。",
    "C:好的，这回清楚了。",
    "A:感谢您的来电，祝您旅途愉快，再见。",
], [], "colleague hard negative: CUSTOMER blames previous agent; agent apologises without disparaging; tariff stated with amount and start; clean")

add("util", [
    "A:您好，城南供电服务热线，请问有什么可以帮您？",
    "C:我家小区停电了，什么时候来电？",
    "A:给您带来不便非常抱歉。请问您是哪个小区？",
    "C:翠湖花园。",
    "A:好的，我看到翠湖花园今天有计划检修，我同事小李上午已经在系统里发布了通知，预计下午三点恢复供电，抢修班组的同事正在现场。",
    "C:三点是吧，那还行。",
    "A:是的，如果三点以后还没有恢复，您可以再拨打我们的电话。感谢您的理解，祝您生活愉快。",
    "C:好，再见。",
], [], "colleague hard negative: neutral/positive mention of colleagues; no promise words; clean")

add("util", [
    "A:您好，清源水务，请问有什么可以帮您？",
    "C:我想问一下过户要带什么材料。",
    "A:过户需要带房产证原件、新户主身份证，还有原户主最后一期的缴费凭证。",
    "C:原户主的身份证要不要？",
    ("A:不需要原户主的身份证，原户主的签字确认书需要。", {"gap": 9.2}),
    "C:好的，我记下来了。",
    "A:好的，您可以到任意一个营业厅办理。感谢您的来电，祝您生活愉快，再见。",
], [], "silence hard negative: a ~9 s unannounced gap (< 10 s); clean")

add("ins", [
    "A:您好，平和人寿客服中心，请问有什么可以帮您？",
    "C:我想查一下我的保单现金价值。",
    "A:好的，为了核实身份，请问您怎么称呼？",
    "C:我姓陈，陈立伟。",
    "A:陈先生，麻烦您报一下身份证后六位。",
    "C:零三二五一八。",
    "A:好的，请您稍候，我帮您查询。",
    ("A:陈先生，感谢您的耐心等待。您的保单目前现金价值是一万两千四百元，年度报告也已经发到您预留的邮箱了。", {"gap": 55}),
    "C:好，谢谢。",
    "A:不客气，感谢您的来电，祝您身体健康，再见。",
], [], "silence hard negative: announced hold (请您稍候) of 55 s, under the 60 s limit; polite 您怎么称呼; clean")

add("ecom", [
    "A:您好，乐购网客服，请问有什么可以帮您？",
    ("C:我想问一下，我买的那个空气净化器，说是七天无理由，但是我已经拆了包装用了一天了，闻着有股味道不太喜欢，这种情况还能退吗？", {}),
    ("A:可以的，拆封试用不影响七天无理由。", {"ov": 4.0}),
    "C:那运费呢？",
    "A:七天无理由退货的运费需要您承担，一般是十二元左右，寄件时支付，不过您这单有运费险，可以赔付十二元。",
    "C:行，那我申请一下。",
    "A:好的，您在订单页点申请退货就可以了。感谢您的来电，祝您生活愉快。",
    "C:好的，再见。",
], [], "talk_over hard negative: only ONE interruption (agent cuts in once mid-turn); clean otherwise")

add("telecom", [
    "A:您好，联信电信，请问有什么可以帮您？",
    ("C:你好我想问一下就是我那个副卡能不能转到我老婆名下因为她现在单独用嘛然后我想……", {}),
    ("C:……就是看看需要什么手续。", {"gap": 0.4}),
    ("A:您好，副卡过户需要您和您爱人两个人带身份证到营业厅办理，过户以后就是独立的号码了。", {}),
    ("C:要两个人都去啊？", {}),
    ("A:是的，原机主和新机主都需要到场，或者原机主写一份授权委托书。", {"ov": 0.6}),
    "C:好的知道了。",
    "A:感谢您的来电，祝您生活愉快，再见。",
], [], "talk_over hard negative: customer turn split in two ASR segments; agent starts 0.6 s into a short question (before the 1 s mark and inside its last second) = turn-taking, not interruption; clean")

add("ecom", [
    "A:您好，优选商城，请问有什么可以帮您？",
    "C:我在你们这下单买了个手机壳，想问一下能不能改地址？",
    "A:可以的，订单还没有发货。请问新地址是哪里？",
    "C:改成杭州市西湖区文三路一百号。",
    "A:好的，已经修改为杭州市西湖区文三路一百号，收件人和电话不变，预计明天发货。",
    "C:好的谢谢。",
    "A:不客气，感谢您的来电，祝您购物愉快，再见。",
    "C:拜拜。",
], [], "clean e-commerce address change; brisk agent but within normal pace", False, 0.2)

add("bank", [
    "A:您好，华兴银行客户服务中心，请问有什么可以帮您？",
    "C:哎，姑娘，我年纪大了，这个手机银行转账我不会弄，你慢点教我。",
    ("A:好的阿姨，您别着急，我慢慢跟您说。您先打开手机上华兴银行的软件。", {"rate": 0.4}),
    "C:打开了。",
    ("A:您看到首页上面有一个转账的按钮，您点一下。", {"rate": 0.4}),
    "C:点了，出来一个框。",
    ("A:对，您在框里填对方的名字和卡号，再填金额，最后点确认，输入您的密码就好了。", {"rate": 0.4}),
    "C:哦，好，转好了，钱过去了。",
    ("A:好的，阿姨您真棒。感谢您的来电，祝您身体健康，生活愉快。", {"rate": 0.4}),
    "C:谢谢你啊姑娘，再见。",
], [], "speech_rate hard negative: agent deliberately slow for an elderly customer (~150 cpm, still inside 120-330); clean")

add("telecom", [
    "A:您好，星河移动，请问有什么可以帮您？",
    "C:我要查个余额。",
    "A:好的，您的话费余额是三十六元五角，套餐内流量还剩八G。请问还有什么可以帮您？",
    "C:没了。",
    "A:感谢您的来电，祝您生活愉快，再见！",
], [], "speech_rate hard negative: agent speaks fast (~400 cpm) but only ~15 s of agent speech, below the 30 s needed to judge; clean", False, 0.15)

add("util", [
    "A:早上好，欢迎致电暖阳燃气，我是客服代表小陈，请问有什么可以帮您？",
    "C:我家燃气灶打不着火了。",
    "A:给您带来不便很抱歉。请问您家燃气表上的余量还有吗？",
    "C:我看看……显示还有三十多方。",
    "A:那可能是灶具电池没电了，您换两节一号电池试一下。",
    "C:我试试……哎，着了着了。",
    "A:好的，那就是电池的问题。感谢您的配合，祝您生活愉快，再见。",
    "C:谢谢，再见。",
], [], "greeting hard negative: variant opening 早上好…客服代表小陈…请问有什么可以帮您; clean")

add("ecom", [
    "A:您好，乐购网客服中心，请问有什么可以帮您？",
    "C:你好，你叫什么名字？你工号多少？我上次打电话没记住。",
    "A:我是客服小林，工号是二三零八。请问您贵姓？",
    "C:我姓王。",
    "A:王女士，请问有什么可以帮您的？",
    "C:我的积分快过期了，能不能延期？",
    "A:积分有效期是系统统一设置的，没办法延期，但您可以在积分商城兑换话费或者优惠券，我教您操作。",
    "C:那好，我自己去看看。",
    "A:好的，感谢您的支持，祝您生活愉快，再见。",
], [], "name_ask hard negative: the CUSTOMER asks 你叫什么名字; agent asks 您贵姓; clean")

add("telecom", [
    "A:您好，联信电信，请问有什么可以帮您？",
    "C:我想换一个套餐，现在这个流量不够用。",
    "A:好的，请问您怎么称呼？",
    "C:我姓赵。",
    "A:赵先生，您现在是五十九元套餐，有二十G流量。我们有一个七十九元的套餐，有四十G流量，还送一百分钟通话，下个月一号生效，从下个月起每月收七十九元。",
    "C:七十九，下个月开始是吧，可以。",
    "A:好的，我跟您确认一下，把您的套餐变更为七十九元套餐，下月一号生效，对吗？",
    "C:对。",
    "A:已经办好了，稍后会有短信通知。我的工号是三三一零，感谢您的来电，祝您生活愉快。",
    "C:好，再见。",
], [], "clean order-style call: polite name ask, verification, tariff amount+start, 工号 + blessing")

add("broadband", [
    "A:您好，光速宽带客服热线，请问有什么可以帮您？",
    "C:我想问一下我的网为什么晚上特别慢。",
    "A:抱歉给您带来不好的体验。晚上是用网高峰，我先帮您检测一下，请问您家是多少兆的宽带？",
    "C:两百兆。",
    "A:检测到您的线路正常，可能是路由器离房间太远。您可以试一下把路由器放在客厅中间，或者加一个无线中继器。我们也有上门优化服务，是免费的。",
    "C:上门还要钱吗？",
    "A:上门优化不收任何费用，零元，只有您需要另外购买中继器的时候才收设备费，一个是九十九元，在师傅上门安装当天收取。",
    "C:那先上门看看吧。",
    "A:好的，我已经为您登记，师傅明天会联系您。然后您有其他问题也可以随时找我们。感谢您的来电，祝您生活愉快。",
    "C:好嘞，再见。",
], [], "filler hard negative: one 然后 in a normal call (below 3); tariff answered with amount and when charged; clean")

add("ins", [
    "A:您好，安泰保险，很高兴为您服务，请问有什么可以帮到您？",
    "C:你好，我想了解一下你们的意外险。",
    "A:好的，我们的综合意外险每年保费一百二十元，保额三十万，含意外医疗两万。",
    "C:这个保证金是什么意思？我看宣传页上写着。",
    "A:您说的应该是租车险里的免押金服务，保证金就是押金的意思，意外险是不需要交保证金的。",
    "C:哦，那我就要这个意外险。",
    "A:好的，跟您核对一下，投保人是您本人，保费一百二十元，明天零点生效，今天会扣款，对吗？",
    "C:对。",
    "A:已经为您投保成功，电子保单会发到您的手机。我的工号是九零七，感谢您的支持，祝您生活愉快。",
], [], "overpromise hard negative: the word 保证金 (deposit) is not a promise; clean order call with amount and start of charge")

add("bank", [
    "A:您好，恒信银行，请问有什么可以帮您？",
    "C:你刚才是说我不懂理财吗？",
    "A:我绝对没有说您不懂的意思，可能是我刚才表达得不够清楚，给您造成误会了，真的很抱歉。我重新给您说一下这款理财的风险。",
    "C:嗯，你说吧。",
    "A:这款产品是中低风险，业绩比较基准是年化百分之三，但不保本，历史业绩不代表未来收益。如果您对条款不清楚，可以在手机银行里查看产品说明书。",
    "C:好，我再看看。",
    "A:好的，感谢您的来电，祝您生活愉快，再见。",
], [], "insult/forbidden hard negatives: negation 我绝对没有说您不懂的意思; conditional 如果您对条款不清楚; not-a-guarantee; apology given; clean")

add("logi", [
    "A:您好，捷运物流客服中心，请问有什么可以帮您？",
    "C:我想寄一个大件，一张床垫，你们能上门取吗？",
    "A:可以的，请问取件地址是哪里？",
    "C:北京朝阳区望京街道九号院。",
    "A:好的，已经为您预约明天上午取件。按重量估算运费大约一百五十元，取件时称重确认后当场支付。",
    "C:好的。",
    "A:请问还有其他需要帮助的吗？",
    "C:没有了。",
    "A:感谢您的来电，祝您生活愉快。",
    "C:好。",
    "A:好的，再见。",
], [], "hangup/closing hard negative: closing (thanks+blessing) in the agent's second-last turn, agent's final word is 再见 after the customer; clean")

add("telecom", [
    "A:您好，星河移动，请问有什么可以帮您？",
    "C:打错了，不好意思。",
    "A:没关系，感谢您的来电，祝您生活愉快，再见！",
    "C:再见。",
], [], "short_call hard negative: wrong-number call that lasts just over 10 s; greeting and closing complete", False, 0.255, 0.27, 1.0)

add("util", [
    "A:您好，城南供电，请问有什么可以帮您？",
    ("A:您好？这边听不到您的声音，请您稍后再拨，再见。", {"gap": 1.5}),
], [], "short_call/hangup/closing hard negative: silent line, customer never speaks; under 10 s but not a short call", False, 0.2, None, 0.5)

# ---------------------------------------------------------------- apology
add("logi", [
    "A:您好，顺达快递客服中心，请问有什么可以帮您？",
    "C:我的快递一个星期了还没到，你们到底怎么回事？说好三天到的！",
    "A:您把运单号报一下。",
    "C:七七零一二三九八六五四。",
    "A:查到了，包裹在武汉中转站滞留了，预计明天派送。",
    "C:明天？我都等了一个星期了，里面是给孩子买的药。",
    "A:明天会派送的，派送前快递员会给您打电话。",
    "C:行吧。",
    "A:感谢您的来电，祝您生活愉快，再见。",
], ["apology"], "apology: customer clearly unhappy twice (一个星期了还没到, 等了一个星期), agent never apologises")

add("telecom", [
    "A:您好，联信电信，请问有什么可以帮您？",
    "C:你们怎么乱扣我话费？我根本没有订过什么彩铃业务，一个月扣我十块！",
    "A:请您提供一下手机号码。",
    "C:一三六一一零二五八七三。",
    "A:我看到这个彩铃业务是三月五号通过短信订购的。",
    "C:我从来没回过什么短信！你们这就是乱扣！",
    "A:我现在帮您退订，退订后下个月起不再收费，本月已经扣的十元会在三个工作日内退回您的话费账户。",
    "C:那还差不多。",
    ("A:请您稍等，我帮您提交一下退费申请。", {}),
    ("A:已经提交好了，感谢您的耐心等待，祝您生活愉快。", {"gap": 12}),
    "C:嗯。",
], ["apology"], "apology: customer angry about unwanted charge twice, agent fixes it but never apologises; announced 12 s hold is fine")

add("broadband", [
    "A:您好，光速宽带客服，工号六六三，请问有什么可以帮您？",
    "C:我家网断了两天了，报修了师傅一直不来，我在家上班的，太耽误事了。",
    "A:报修单号多少？",
    "C:我哪记得单号，你用我手机号查，一五九零零七二三六一八。",
    "A:查到了，工单已经派给师傅了，师傅今天下午会上门。",
    ("C:上次也是这么说的，结果人也没来电话也没有，你们这服务也太差了。", {}),
    ("A:我这边再给师傅发一个催单，您保持电话畅通。", {}),
    "C:好吧，再不来我就不用你们家了。",
    "A:好的，感谢您的来电，祝您生活愉快，再见。",
], ["apology"], "apology: network down two days, repeated dissatisfaction (服务也太差了); agent only processes, no 抱歉/不好意思")

add("bank", [
    "A:您好，华兴银行信用卡中心，请问有什么可以帮您？",
    "C:我的卡被锁了，刚才在超市结账付不了款，后面排了一队人，太丢人了。",
    "A:密码连续输错三次卡片会自动锁定。",
    "C:我没输错啊，我就输了一次！",
    "A:系统显示今天上午有两次错误记录。您可以在手机银行上做身份验证自助解锁，或者带身份证去任意网点解锁。",
    "C:那我手机上弄吧。",
    "A:好的，我把操作步骤短信发给您。感谢您的来电，祝您生活愉快。",
    "C:好。",
], ["apology"], "apology: something went wrong for the customer (card locked, embarrassed), agent explains and refers to self-service but never apologises", True)

add("ecom", [
    "A:您好，乐购网售后服务，请问有什么可以帮您？",
    "C:我收到的毛衣上面有个洞，还有线头，你们这质量也太差了吧。",
    "A:您拍个照片，在订单页面申请售后，上传照片就可以。",
    "C:我就是不会弄才打电话的，我都气死了。",
    "A:那我这边帮您直接登记退货，快递员明天上门取件，收到货后退款原路返回，一般三到五个工作日到账。",
    "C:行吧。",
    "A:请问还有其他需要帮助的吗？",
    "C:没了。",
    "A:感谢您的反馈，祝您生活愉快，再见。",
], ["apology"], "apology: defective item and customer 气死了; agent resolves but never apologises")

add("util", [
    "A:您好，暖阳燃气客服中心，请问有什么可以帮您？",
    "C:我上个月燃气费怎么比平时多了一倍，你们是不是抄错表了？",
    "A:请您提供一下户号。",
    "C:户号是六二零零三一五。",
    "A:抄表读数显示上月用气五十六方，天冷了用得多也是正常的。",
    "C:我家上个月根本没人住，出去旅游了半个月，怎么可能用这么多！你们肯定搞错了。",
    "A:那我帮您申请上门复核抄表，工作人员三个工作日内联系您。",
    "C:这都什么事啊。",
    "A:复核后如果确实有误，多收的费用会退到您的燃气账户。感谢您的来电，祝您生活愉快。",
], ["apology"], "apology: customer disputes the bill and is clearly unhappy (这都什么事啊); agent never apologises; a ticket is raised so no shirking")

# ---------------------------------------------------------------- shirking
add("ecom", [
    "A:您好，优选商城客服，请问有什么可以帮您？",
    "C:我买的花瓶收到的时候已经碎了，外面箱子都压扁了。",
    "A:不好意思，这个是快递运输过程中压坏的，快递损坏那不归我们管，您自己去找快递公司吧。",
    "C:东西是在你们这里买的，我去找快递？我哪知道找谁？",
    "A:抱歉，运输的问题我们这边确实处理不了，只能您跟快递那边说。",
    "C:那好吧。",
    "A:感谢您的来电，祝您生活愉快。",
], ["shirking"], "shirking: 不归我们管/您自己去找快递公司, no ticket, number or transfer anywhere; apology words present")

add("telecom", [
    "A:您好，星河移动，请问有什么可以帮您？",
    "C:我话费里每个月有一笔八块钱的游戏点播费，我从来不玩游戏，怎么回事？",
    "A:给您带来困扰很抱歉。这是第三方公司的业务，跟我们没关系，您找他们去吧。",
    "C:我找谁啊？我连他们是谁都不知道。",
    "A:不好意思，第三方的业务我们这边管不了。",
    "C:那钱就白扣了？",
    "A:第三方的事情只能找第三方。还有其他问题吗？",
    "C:没了。",
    "A:好的，感谢您的来电，祝您生活愉快，再见。",
], ["shirking"], "shirking: third-party charge pushed away (跟我们没关系, 您找他们去), no refund, ticket or contact given; apology present")

add("broadband", [
    "A:您好，畅通宽带，请问有什么可以帮您？",
    "C:我家无线网一直连不上，手机显示有信号但是打不开网页。",
    "A:不好意思给您添麻烦了。我看了一下，您家线路和光猫都是正常的。",
    "C:那为什么上不了网啊？",
    "A:应该是您的路由器的问题，路由器是您自己买的，出了问题不是我们负责的，您自己找卖家吧。",
    "C:可我也不会弄啊，你们不能派人来看看吗？",
    "A:抱歉，我们只负责到光猫，别的我们就管不了了。",
    "C:行吧行吧。",
    "A:感谢您的来电，祝您生活愉快。",
], ["shirking"], "shirking: 不是我们负责的/您自己找卖家吧/别的我们就管不了了, no referral or ticket", True)

add("bank", [
    "A:您好，恒信银行客服中心，工号二一零，请问有什么可以帮您？",
    "C:我刚才转账转错了，转了三千块到一个不认识的账户上，怎么办啊？",
    "A:很抱歉听到这个情况。请问您是通过手机银行转的吗？",
    "C:对，手机银行。",
    "A:转错账是您自己操作的，银行这边没法管，您自己联系对方把钱要回来吧。",
    "C:我都不认识对方，我怎么联系？你们能不能帮我冻结或者联系一下？",
    "A:这个银行没有权限，那就只能您自己跟对方协商了。",
    "C:唉。",
    "A:感谢您的来电，祝您生活愉快，再见。",
], ["shirking"], "shirking: mistaken transfer pushed back to the customer, no 差错处理 ticket, no branch referral; apology present")

add("logi", [
    "A:您好，捷运物流，请问有什么可以帮您？",
    "C:你们送来的件是别人的，我的件呢？",
    "A:实在不好意思。您看一下面单上的名字和电话是您的吗？",
    "C:名字是我的，里面东西不对，是一双男鞋，我买的是女士的。",
    "A:那是商家发错了，不归我们快递管，您自己去找商家吧。",
    "C:那这个鞋怎么办，你们不能帮我退回去吗？",
    "A:抱歉，我们只负责送，商家的事我们管不了。",
    "C:好吧。",
    "A:感谢您的来电，祝您生活愉快，再见。",
], ["shirking"], "shirking: merchant error pushed away (不归我们快递管, 您自己去找商家), no pickup, ticket or number offered")

add("util", [
    "A:您好，城南供电服务热线，请问有什么可以帮您？",
    "C:我们楼从昨天晚上就停电了，旁边楼都有电，就我们楼没有。",
    "A:给您带来不便很抱歉。我查了一下，您那个片区的线路没有故障。",
    "C:那为什么就我们楼没电？",
    "A:那应该是楼里的线路问题，楼里的线路是物业的，不归我们供电公司管，您找物业去吧。",
    "C:物业说是你们的问题，让我打你们电话。",
    "A:不好意思，楼内的线路确实不是我们管。",
    "C:你们就互相踢皮球吧。",
    "A:非常抱歉，感谢您的来电，祝您生活愉快。",
], ["shirking"], "shirking: power outage in the building pushed to property management, no repair ticket or on-site check; apologies present")

# ---------------------------------------------------------------- overpromise
add("broadband", [
    "A:您好，畅通宽带，请问有什么可以帮您？",
    "C:我家网一个月断了三次了，你们到底能不能修好？",
    "A:非常抱歉给您带来这么多麻烦。我已经为您升级了报修工单，明天上午师傅会来把入户光纤整条换掉。",
    "C:换了就不会断了吗？",
    "A:您放心，换完以后我保证绝对不会再断网了，百分之百没问题。",
    "C:那行，我就再信你一次。",
    "A:感谢您的理解，祝您生活愉快，再见。",
], ["overpromise"], "overpromise: 保证绝对不会再断网了, 百分之百没问题 about a future fault")

add("ecom", [
    "A:您好，优选商城，请问有什么可以帮您？",
    "C:我买的耳机用了二十多天，左边没声音了，现在还能退吗？",
    "A:给您添麻烦了，不好意思。您寄回来，我们收到以后肯定给您全额退款，这个您一点都不用担心。",
    "C:过了七天也能全额退吗？检测要是说是人为损坏呢？",
    "A:不会的，肯定全额退，我给您打包票。",
    "C:好，那我寄回去。",
    "A:好的，退货地址稍后短信发给您。感谢您的来电，祝您购物愉快。",
], ["overpromise"], "overpromise: 肯定给您全额退款/我给您打包票 before any inspection, past 7 days")

add("ins", [
    "A:您好，平和人寿，我是您的专属客服小孙，请问有什么可以帮您？",
    "C:我想问一下你们那个年金险，收益怎么样？",
    "A:我们这款年金险收益非常好，每年保证有百分之八的收益，稳赚不赔，比存银行强多了。",
    "C:百分之八？这么高，确定吗？",
    "A:绝对确定，买了肯定不会亏，好多客户都买了好几份。",
    "C:那你把资料发我看看吧。",
    "A:好的，资料马上发到您手机上。感谢您的来电，祝您生活愉快。",
    "C:好。",
], ["overpromise"], "overpromise: 保证百分之八/稳赚不赔/肯定不会亏 on an insurance product", True)

add("logi", [
    "A:您好，顺达快递，请问有什么可以帮您？",
    "C:我有份合同明天中午之前必须送到上海，现在寄来得及吗？",
    "A:来得及，我们有次晨达服务，明天上午十点前一定送到，我跟您保证。",
    "C:万一飞机晚点呢？",
    "A:不会的，从来没有晚过，您就放心吧。",
    "C:好，那你给我约个上门取件。",
    "A:好的，已经为您预约，快递员半小时内上门，次晨达运费是四十五元，取件时支付。感谢您的来电，祝您生活愉快。",
], ["overpromise"], "overpromise: 一定送到, 我跟您保证, 从来没有晚过 for time-critical shipment")

add("bank", [
    "A:您好，华兴银行信用卡中心，请问有什么可以帮您？",
    "C:我想提一下额度，现在才两万，不够用。",
    "A:好的，我帮您提交提额申请。您放心，您的用卡记录这么好，肯定能批下来，我保证下周就能提到五万。",
    "C:真的吗？能提到五万？",
    "A:没问题的，绝对可以。",
    "C:那太好了，谢谢啊。",
    "A:不客气，审批结果会短信通知您。感谢您的来电，祝您生活愉快，再见。",
], ["overpromise"], "overpromise: 肯定能批下来/我保证下周就能提到五万 before the credit review")

add("util", [
    "A:您好，清源水务，请问有什么可以帮您？",
    "C:我们小区从早上就停水了，我家里老人孩子都在，什么时候能来水？",
    "A:非常抱歉给您带来不便。您那边是主管道爆裂，抢修队已经在现场了。",
    "C:那晚上能来水吗？",
    "A:今天晚上八点前一定恢复供水，百分之百，您放心。",
    "C:好，那我等着。",
    "A:好的，感谢您的理解，祝您生活愉快，再见。",
], ["overpromise"], "overpromise: 一定恢复供水, 百分之百 while repair is in progress")

# ---------------------------------------------------------------- colleague
add("telecom", [
    "A:您好，星河移动，请问有什么可以帮您？",
    "C:上次你们客服跟我说办了这个套餐每个月只要三十八，结果我这个月扣了五十八。",
    "A:非常抱歉给您带来误会。之前接电话的客服根本不懂业务，乱给您说的，您别信他的。该套餐本身是五十八元。",
    "C:那我要是知道五十八我就不办了。",
    "A:理解您的心情，我可以帮您改回原来的三十八元套餐，下个月一号生效，从下月起每月收三十八元。",
    "C:那就改回去吧。",
    "A:好的，已经为您办理。感谢您的来电，祝您生活愉快，再见。",
], ["colleague"], "colleague: agent says previous agent 根本不懂业务, 乱给您说的; apology present; tariff answered")

add("broadband", [
    "A:您好，光速宽带客服中心，请问有什么可以帮您？",
    "C:我约了装宽带的师傅今天上午来，现在都下午三点了还没来。",
    "A:非常抱歉让您久等了。说实话装维师傅就是懒，老是拖着不去，我们也拿他们没办法。",
    "C:那怎么办，我请了一天假。",
    "A:我这边再给您加急催一下工单，要求师傅一小时内跟您联系。",
    "C:那你快点催。",
    "A:好的，已经催办了。感谢您的耐心，祝您生活愉快，再见。",
], ["colleague"], "colleague: agent disparages installers (装维师傅就是懒); ticket chased so no shirking; apology present")

add("ecom", [
    "A:您好，乐购网客服，请问有什么可以帮您？",
    "C:我买的是四十二码的鞋，给我发了四十码的，这已经是第二次了，我要投诉！",
    "A:非常抱歉，给您添麻烦了。唉，仓库那边就是乱来，经常发错货，不是我们客服的问题。",
    "C:我不管谁的问题，我就要换。",
    "A:好的，我马上给您安排换货，快递员明天上门取件，新鞋收到旧鞋后当天发出。",
    "C:好。",
    "A:再次向您道歉，感谢您的来电，祝您购物愉快。",
], ["colleague", "complaint"], "colleague: 仓库那边就是乱来 blames another department; complaint: customer says 我要投诉")

add("bank", [
    "A:您好，恒信银行，请问有什么可以帮您？",
    "C:我上午去网点办开卡，柜员说我这个身份证不能办，让我回家，我想问问到底能不能办。",
    "A:不好意思让您白跑了一趟。网点那个柜员是新来的，什么都不会，您别理她说的。您的身份证在有效期内是可以办的。",
    "C:那我明天再去一次？",
    "A:是的，您带上身份证原件就可以，建议您先在手机银行上预约，可以少排队。",
    "C:好的。",
    "A:感谢您的来电，祝您生活愉快，再见。",
], ["colleague"], "colleague: agent says the branch teller 是新来的，什么都不会; apology present", True)

add("logi", [
    "A:您好，捷运物流客服中心，请问有什么可以帮您？",
    "C:你们那个快递员太没礼貌了，把我的件扔在门口就走了，打电话也不接。",
    "A:实在抱歉让您有这样的经历。那个快递员态度一直就差，我们也经常收到说他的反馈，真是没办法。",
    "C:那我的件丢了怎么办？",
    "A:您的件我查了已经签收了，如果找不到，我帮您登记一个查件工单，站点会在二十四小时内回复您。",
    "C:好吧，你登记吧。",
    ("A:好的，工单已经登记好了，工单号是四五零二一。感谢您的耐心等待，祝您生活愉快。", {"gap": 16}),
], ["colleague", "silence"], "colleague: agent attacks the courier (态度一直就差); silence: 16 s of dead air while the agent types, no hold announced")

add("ins", [
    "A:您好，安泰保险客服中心，请问有什么可以帮您？",
    "C:当时卖保险的跟我说住院所有费用都能报，结果这次住院很多自费药不给报。",
    "A:非常抱歉给您带来困扰。销售那边为了业绩什么都敢说，他们的话您不能全信。按合同，医保目录外的自费药确实不在报销范围。",
    "C:那我不是白买了？",
    "A:理解您的心情，很抱歉。目录内的费用都会正常赔付，我帮您核对一下这次的理赔明细。",
    "C:好。",
    "A:核对完会把明细发到您的邮箱。感谢您的来电，祝您早日康复。",
], ["colleague"], "colleague: agent disparages the sales staff (为了业绩什么都敢说); apology present")

# ---------------------------------------------------------------- complaint
add("telecom", [
    "A:您好，联信电信，请问有什么可以帮您？",
    "C:我的手机信号一直不好，在家里打电话都断，我已经报了三次了，每次都说处理，一直没处理好，我要投诉！",
    "A:非常抱歉，反复给您带来不便，您的心情我完全理解。我这边为您升级处理，登记投诉工单，由网络优化的专员跟进。",
    "C:这次什么时候有结果？",
    "A:专员会在四十八小时内联系您，上门测试信号。",
    "C:好，我等着。",
    "A:再次向您致歉，感谢您的反馈，祝您生活愉快，再见。",
], ["complaint"], "complaint: explicit 我要投诉; agent apologises and escalates (clean otherwise)")

add("ecom", [
    "A:您好，优选商城售后，请问有什么可以帮您？",
    "C:我退货都寄回去十天了，钱还没退给我，你们再不给退，我就打十二三一五了。",
    "A:非常抱歉让您久等了。我帮您查一下，请您提供一下订单号。",
    "C:订单号二零二六一一零八三三四五。",
    "A:查到了，仓库已经签收，但退款审核卡住了，实在抱歉。我现在为您加急处理，退款今天会原路退回，一般一到三个工作日到账。",
    "C:今天一定要给我弄好。",
    "A:好的，已经为您提交加急。感谢您的耐心，祝您生活愉快，再见。",
], ["complaint"], "complaint: customer threatens 12315; agent apologises; no overpromise (一般一到三个工作日)")

add("broadband", [
    "A:您好，畅通宽带客服中心，请问有什么可以帮您？",
    "C:我不想跟你说了，你让你们领导来跟我说。我都打了五次电话了。",
    "A:非常抱歉让您多次来电。我这边马上为您申请，由我们的值班主管在半小时内给您回电，您看可以吗？",
    "C:半小时，行，我等着。",
    "A:好的，已经为您登记，请保持电话畅通。给您带来的不便再次表示歉意，感谢您的来电，祝您生活愉快。",
], ["complaint"], "complaint: 让你们领导来跟我说 = escalation request")

add("bank", [
    "A:您好，华兴银行，请问有什么可以帮您？",
    "C:你们银行凭什么扣我两百块钱的管理费？我根本没有同意过，我要去银保监会投诉你们！",
    "A:非常抱歉给您带来困扰，先生您先别着急，我帮您查一下这笔费用。",
    "C:你查吧。",
    "A:这笔是账户小额管理费，每年两百元，每年六月扣收。如果您的账户日均余额达到一万元，或者开通代发工资，可以免收。我帮您提交一个减免申请。",
    "C:那你提交吧。",
    "A:好的，已经提交，审核结果三个工作日内短信通知您。感谢您的来电，祝您生活愉快。",
], ["complaint"], "complaint: 去银保监会投诉 (regulator); agent apologises, explains amount and timing", True)

add("util", [
    "A:您好，城南供电服务热线，请问有什么可以帮您？",
    "C:我们这片一个月停了四次电了，冰箱里的东西都坏了，你们再不解决我就打市长热线反映。",
    "A:非常抱歉给您的生活造成这么大的影响。我马上把您反映的情况登记，转给运维部门排查线路。",
    "C:排查完告诉我结果。",
    "A:好的，排查结果会在三个工作日内电话回复您。感谢您的反馈，祝您生活愉快。",
    "C:好。",
], ["complaint"], "complaint: 打市长热线反映 = escalation")

# ---------------------------------------------------------------- silence
add("telecom", [
    "A:您好，星河移动，请问有什么可以帮您？",
    "C:我想把我的宽带和手机合成一个融合套餐。",
    "A:好的，请您报一下手机号码。",
    "C:一八六零二三三五七四一。",
    ("A:您好，您现在是五十八元套餐，可以升级成一百二十八元的融合套餐，包含三百兆宽带，下个月一号生效并按新套餐收费。", {"gap": 14}),
    "C:那我原来的宽带怎么办？",
    "A:原来的宽带会自动并入，账号不变。",
    "C:好，那办吧。",
    "A:好的，已经为您办理。感谢您的来电，祝您生活愉快，再见。",
], ["silence"], "silence: 14 s of dead air after the customer gave the number, no hold announced")

add("bank", [
    "A:您好，恒信银行，请问有什么可以帮您？",
    "C:我想查一下我上个月的一笔境外消费，金额不太对。",
    "A:给您带来困扰很抱歉，请您稍等，我帮您查一下。",
    ("A:感谢您的耐心等待，让您久等了。这笔是美元消费，按入账当天汇率折算成人民币，另外还有百分之一点五的货币转换费。", {"gap": 78}),
    "C:哦，还有转换费啊。",
    "A:是的。感谢您的来电，祝您生活愉快，再见。",
], ["silence"], "silence: announced hold but 78 s > 60 s limit")

add("broadband", [
    "A:您好，光速宽带客服，请问有什么可以帮您？",
    "C:我想问一下我家宽带什么时候到期。",
    ("A:您好，还在线吗？", {"gap": 18}),
    "C:在的在的。",
    "A:好的，您家的宽带是明年三月三十一号到期。",
    "C:好，知道了。",
    "A:感谢您的来电，祝您生活愉快，再见。",
], ["silence"], "silence: 18 s with nobody speaking after the customer's question")

add("ecom", [
    "A:您好，乐购网客服，请问有什么可以帮您？",
    "C:我想查一下我的订单发货了没有。",
    "A:好的，请您报一下订单号。",
    "C:等一下我找找。",
    ("C:是四四零二零一九三八。", {"gap": 11}),
    "A:好的，已经发货了，今天下午就能到。",
    "C:那个，我还想问一下能不能开发票。",
    ("A:可以的，订单完成后在订单详情里申请电子发票就可以。", {"gap": 12}),
    "C:好的。",
    "A:感谢您的来电，祝您购物愉快，再见。",
], ["silence"], "silence: two gaps of 11 s and 12 s, no hold announced by the agent (the customer's 等一下 is not an agent hold)")

add("ins", [
    "A:您好，平和人寿客服中心，请问有什么可以帮您？",
    "C:我想查一下我的理赔进度，报案号是二零二六一零零三七七。",
    "A:好的，请您稍等，我帮您查询一下。",
    ("A:让您久等了，非常抱歉。您的理赔已经审核通过，赔款两千三百元将在三个工作日内到账。", {"gap": 95}),
    "C:好的，谢谢。",
    "A:不客气，感谢您的耐心等待，祝您早日康复，再见。",
], ["silence"], "silence: announced hold of 95 s, above 60 s", True)

add("logi", [
    "A:您好，捷运物流，请问有什么可以帮您？",
    "C:我想改一下派送时间，明天白天家里没人。",
    "A:好的，请您提供运单号。",
    "C:运单号三三八零七六五二一。",
    ("A:好的，可以改到明天晚上六点以后派送，您看可以吗？", {"gap": 25}),
    "C:可以。",
    "A:已经为您修改。感谢您的来电，祝您生活愉快，再见。",
], ["silence"], "silence: 25 s unannounced gap")

# ---------------------------------------------------------------- talk_over
add("telecom", [
    "A:您好，星河移动，请问有什么可以帮您？",
    "C:我上个月出国去了趟泰国，回来发现多扣了三百多块钱，我明明出国前打电话问过你们的，说开了漫游包就不会多扣，结果还是扣了这么多。",
    ("A:您开的是哪个漫游包？", {"ov": 4.0}),
    "C:就是那个一天二十五的。",
    "A:抱歉给您带来困扰，我看一下。",
    "C:你们那个客服当时跟我说得清清楚楚的，一天二十五不限量，我才敢用的，现在变成三百多，我真的很生气。",
    ("A:您的漫游包是到达泰国第二天才生效的。", {"ov": 3.5}),
    "C:啊？那第一天怎么算？",
    "A:第一天是按标准资费计算的。非常抱歉当时没有提醒到您，我帮您申请一个费用减免，结果两天内短信通知您。",
    "C:好吧。",
    "A:感谢您的理解，祝您生活愉快，再见。",
], ["talk_over"], "talk_over: agent starts speaking twice while the customer is mid-sentence (4 s and 3.5 s into long turns)")

add("bank", [
    "A:您好，华兴银行信用卡中心，请问有什么可以帮您？",
    "C:我想办一个分期，就是我上个礼拜买了一台电脑，刷了一万二，我想分十二期，但是我不知道手续费是多少，还有能不能提前还。",
    ("A:可以分期的。", {"ov": 3.0}),
    "C:那手续费呢？",
    "A:十二期的手续费每期是零点六，一期是七十二元，从下一个账单日开始收。",
    "C:那如果我中途有钱了，想一次性把剩下的都还掉，手续费还要不要收，是全部都要收还是只收已经过去的那几期的。",
    ("A:提前还款的话剩余未收的手续费要在还款当天一次性收取。", {"ov": 2.5}),
    "C:哦，那就不太划算了。",
    "C:我想想，我还有一个问题，就是我的账单日能不能改，现在是五号，我想改到二十号，因为我发工资是十五号。",
    ("A:可以改的，一年可以改一次。", {"ov": 4.0}),
    "C:那你帮我改到二十号吧，分期我再想想。",
    "A:好的，已经帮您把账单日改为每月二十号。感谢您的来电，祝您生活愉快。",
], ["talk_over"], "talk_over: agent cuts in three times mid-sentence; tariff is answered (amount + from next statement)")

add("ecom", [
    "A:您好，优选商城客服，请问有什么可以帮您？",
    "C:我买的冰箱今天送来的时候门上有一道划痕，送货师傅说让我先签收有问题再找客服，我就签了，现在你们是给我换还是怎么处理。",
    ("A:不好意思，签收了也可以处理。", {"ov": 3.0}),
    "C:那你们是换新的还是给我补偿，我跟你说我不要补偿，我就要换一台新的，划痕那么明显我看着难受。",
    ("A:换新是可以的，需要您拍照上传。", {"ov": 2.5}),
    "C:行，我拍。",
    "A:好的，照片上传后二十四小时内会有专员联系您安排换货。感谢您的来电，祝您生活愉快。",
], ["talk_over"], "talk_over: two mid-turn interruptions; apology present", True)

add("broadband", [
    "A:您好，畅通宽带客服，请问有什么可以帮您？",
    "C:我家网速特别慢，测出来只有二十兆，我办的是三百兆的，晚上看个视频都卡，孩子上网课也卡。",
    ("A:嗯。", {"ov": 2.0, "dur": 0.4}),
    ("A:非常抱歉，我先帮您测一下。", {"gap": -0.5}),
    "C:好。",
    "A:线路这边显示正常，请问您是用无线测的还是插网线测的？",
    "C:用手机测的，我跟你说，我们家路由器是放在客厅的，卧室里面就更慢了，基本打不开网页。",
    ("A:那您先用网线连电脑测一下。", {"ov": 2.0}),
    "C:我家没电脑，只有手机，我现在就在路由器旁边，还是只有二十几兆，你们是不是限速了。",
    ("A:抱歉让您着急了，我们没有限速，可能是路由器比较老了。", {"ov": 3.0}),
    "C:那怎么办？",
    "A:我给您登记一个上门检测，师傅明天会联系您。感谢您的来电，祝您生活愉快。",
], ["talk_over"], "talk_over: two real interruptions (plus one backchannel and one end-of-turn start that don't count)")

add("util", [
    "A:您好，暖阳燃气，请问有什么可以帮您？",
    "C:我想问一下我家的燃气卡，充值以后插到表里没反应，显示屏一直不亮，是不是表坏了还是电池没电了，我也不会看。",
    ("A:不好意思，您先换一下表上的电池。", {"ov": 3.5}),
    "C:换电池，电池在哪，我这个表是老式的那种，上面有个小盖子，我打开看看，里面好像有两节电池吧。",
    ("A:对，就是那个小盖子里面。", {"ov": 3.0}),
    "C:我换了，亮了。",
    "A:好的，您再插一下卡就可以了。感谢您的来电，祝您生活愉快。",
], ["talk_over"], "talk_over: agent talks over the customer twice mid-sentence")

add("ins", [
    "A:您好，安泰保险，请问有什么可以帮您？",
    "C:我的车昨天被追尾了，对方全责，对方的保险公司说让我找你们先垫付，我想问问这个流程是怎么走的，我需要准备什么材料。",
    ("A:您可以走代位追偿。", {"ov": 3.0}),
    "C:什么叫代位追偿，是不是就是你们先赔给我然后你们再去找对方要，那我需要交事故认定书吗，还有维修发票。",
    ("A:对，需要事故认定书和维修发票。", {"ov": 4.5}),
    "C:好，那我准备好了怎么交？",
    "A:您可以在我们的小程序上传，也可以拿到任意门店。感谢您的来电，祝您出行平安。",
    "C:好，谢谢。",
], ["talk_over"], "talk_over: two interruptions during the customer's long explanations")

# ---------------------------------------------------------------- speech_rate
add("telecom", [
    "A:您好，星河移动，请问有什么可以帮您？",
    "C:我想了解一下你们现在有什么优惠套餐。",
    "A:好的，我们现在有三档套餐，第一档是三十九元，包含十五G通用流量和一百分钟通话，第二档是五十九元，包含三十G通用流量和二百分钟通话，第三档是八十九元，包含六十G通用流量、五百分钟通话，还送视频会员，新办理的话前三个月享受八折优惠，从第四个月开始按原价收费。",
    "C:等一下，你说得太快了，五十九的是多少流量？",
    "A:不好意思，五十九元的是三十G通用流量加二百分钟通话，如果您每个月流量用得比较多，建议您选八十九元的，性价比更高，另外八十九元的套餐还可以加一张副卡，副卡每月十元，共享主卡的流量和通话，特别适合家庭使用。",
    "C:那我就办五十九的吧。",
    "A:好的，已经为您办理五十九元套餐，下个月一号生效，从下个月起每月收取五十九元，办理成功后会有短信通知，我的工号是二二七六，请问还有其他可以帮您的吗？",
    "C:没了。",
    "A:感谢您的来电，祝您生活愉快，再见。",
], ["speech_rate"], "speech_rate: agent rattles off offers at ~400+ chars/min over >30 s of speech; customer even says 你说得太快了", False, 0.14)

add("ins", [
    "A:您好，安泰保险，请问有什么可以帮您？",
    "C:我想问问你们的重疾险。",
    "A:好的，我们这款重疾险保障一百二十种重大疾病和三十种轻症，确诊重疾一次性赔付保额，轻症赔付保额的百分之三十，最多赔三次，还有身故保障，三十岁男性买五十万保额，每年保费大约五千八百元，交二十年，保障到七十岁，保费从投保成功的次日开始按年扣收。",
    "C:交二十年啊。",
    "A:是的，也可以选择交三十年，每年的保费会低一些，大约四千六百元，另外如果在交费期间确诊重疾或者轻症，后面的保费都可以豁免，不用再交，保障继续有效，这个是我们这款产品的一大优势，市场上很多产品都没有轻症豁免。",
    "C:我考虑一下。",
    "A:好的，我把产品资料发到您的手机上，您可以仔细看一下条款，有问题随时联系我们。感谢您的来电，祝您身体健康，生活愉快。",
], ["speech_rate"], "speech_rate: sales pitch read at ~420 chars/min for >30 s", True, 0.14)

add("bank", [
    "A:您好，恒信银行客服中心，请问有什么可以帮您？",
    "C:我想开通一下手机银行的转账功能，怎么弄？",
    "A:您先下载恒信银行的手机客户端，用注册的手机号登录，然后进入我的页面，点安全中心，选择转账功能开通，需要验证银行卡密码和短信验证码，开通以后默认的单日限额是五万元，如果需要调高，可以去网点用身份证和银行卡办理，也可以在手机上做人脸识别调整到二十万元以内。",
    "C:人脸识别是在哪里？",
    "A:也是在安全中心里面，点限额管理，选择提升限额，按照提示把手机放在脸的正前方，眨眨眼就可以了，整个过程大概一分钟，做完以后马上生效，不需要等待审核，如果识别失败，可以换一个光线好一点的地方再试一次，或者到网点办理。",
    "C:好的，我试试。",
    "A:好的，感谢您的来电，祝您生活愉快，再见。",
], ["speech_rate"], "speech_rate: agent too fast (~430 chars/min) across ~35 s of speech; filler counter: 然后 once only", False, 0.135)

add("util", [
    "A:您好，清源水务，请问有什么可以帮您？",
    "C:我想问一下怎么交水费。",
    ("A:您好，您可以在我们的公众号上缴费，也可以去营业厅缴费。", {"rate": 0.7}),
    "C:公众号叫什么？",
    ("A:就叫清源水务，您搜索一下就能找到。", {"rate": 0.72}),
    "C:好，那交完有发票吗？",
    ("A:有的，缴费以后在公众号里可以开电子发票。", {"rate": 0.72}),
    "C:好的，谢谢。",
    ("A:感谢您的来电，祝您生活愉快，再见。", {"rate": 0.72}),
], ["speech_rate"], "speech_rate: agent drags every word (~85 chars/min over >40 s) - 拖音/too slow")

add("logi", [
    "A:您好，顺达快递，请问有什么可以帮您？",
    "C:我想寄一个文件到广州，多少钱？",
    ("A:寄文件到广州的话，首重是十二元，明天就能到。", {"rate": 0.66}),
    "C:那什么时候来取？",
    ("A:我帮您预约一下，快递员一个小时之内上门取件。", {"rate": 0.68}),
    "C:好。",
    ("A:取件的时候付款就可以，感谢您的来电，祝您生活愉快。", {"rate": 0.68}),
], ["speech_rate"], "speech_rate: very slow, drawn-out agent (~90 chars/min over >40 s)", True)

add("ecom", [
    "A:您好，乐购网客服，请问有什么可以帮您？",
    "C:我想退一个订单，还没发货。",
    ("A:好的，请您提供一下订单号。", {"rate": 0.75}),
    "C:五五三二零一八七六。",
    ("A:好的，订单已经为您取消了，退款会原路返回，一到三个工作日到账。", {"rate": 0.74}),
    "C:行，谢谢。",
    ("A:不客气，感谢您的来电，祝您购物愉快，再见。", {"rate": 0.75}),
], ["speech_rate"], "speech_rate: slow agent (~90 chars/min) over >40 s of agent speech")

# ---------------------------------------------------------------- short_call
add("logi", [
    "A:您好，顺达快递，请问有什么可以帮您？",
    "C:不好意思打错了。",
    "A:没关系，感谢来电，祝您愉快！",
], ["short_call"], "short_call: 9 s wrong-number call, both parties speak; greeting/closing as complete as the call allows", False, 0.2, 0.21, 0.3)

add("telecom", [
    "A:您好，联信电信，请问有什么可以帮您？",
    "C:没事了，已经好了。",
    "A:好的，感谢来电，祝您愉快！",
], ["short_call"], "short_call: customer's problem already solved, call < 10 s", True, 0.2, 0.22, 0.4)

add("bank", [
    "A:您好，恒信银行，请问有什么可以帮您？",
    "C:信号不好，我待会再打。",
    "A:好的，感谢来电，祝您愉快！",
], ["short_call"], "short_call: < 10 s, customer will call back; agent closes with thanks+goodbye", False, 0.2, 0.21, 0.5)

add("ecom", [
    "A:您好，优选商城，请问有什么可以帮您？",
    "C:哦按错了，没事。",
    "A:好的，感谢来电，祝您愉快！",
], ["short_call"], "short_call: pocket dial, < 10 s, both speak", False, 0.2, 0.22, 0.5)

add("util", [
    "A:您好，暖阳燃气，请问有什么可以帮您？",
    "C:找张经理。",
    "A:这里是客服热线，感谢来电，祝您愉快！",
], ["short_call"], "short_call: caller wanted a person, < 10 s; agent closes (so no hangup)", True, 0.2, 0.22, 0.4)

add("broadband", [
    "A:您好，畅通宽带，请问有什么可以帮您？",
    "C:你们几点下班？",
    "A:全天服务，感谢来电，祝您愉快！",
], ["short_call"], "short_call: one-question call under 10 s; greeting and compact closing present", False, 0.2, 0.22, 0.5)

# ---------------------------------------------------------------- hangup (+closing)
add("telecom", [
    "A:您好，星河移动，请问有什么可以帮您？",
    "C:我想问一下那个一百二十八的融合套餐，包含什么？",
    "A:一百二十八元融合套餐包含五百兆宽带、四十G流量和一千分钟通话，办理后下个月一号生效，从下个月开始每月收一百二十八元。",
    "C:那我再想想吧，我回去跟家里人商量一下。",
    "A:行。",
], ["hangup", "closing"], "hangup: agent ends with a bare 行 after the customer, no thanks/blessing/goodbye in the last two agent turns")

add("broadband", [
    "A:您好，畅通宽带客服，请问有什么可以帮您？",
    "C:我家网络断了，想报个修。",
    "A:给您带来不便很抱歉，请您报一下宽带账号。",
    "C:就是我手机号，一三八零一七七二九四五。",
    "A:好的，报修单已经提交了，师傅今天会上门。",
    "C:那师傅大概几点能到？",
    "A:下午吧，具体师傅会联系您。",
], ["hangup", "closing"], "hangup: agent's last two turns only give information, then the call ends on the agent's side")

add("bank", [
    "A:您好，恒信银行，请问有什么可以帮您？",
    "C:我想问问你们那个大额存单，利率多少？",
    "A:三年期大额存单年利率是百分之二点一五，二十万起存。",
    "C:这样啊，那我再考虑考虑吧。",
    "A:那你想好了再打来吧。",
], ["forbidden", "hangup", "closing"], "forbidden: 那你想好了再打来吧; hangup: it is the agent's last word, no closing or goodbye", True)

add("ecom", [
    "A:您好，优选商城，请问有什么可以帮您？",
    "C:我的订单还没发货，能催一下吗？",
    "A:好的，已经帮您催促仓库，预计明天发货。",
    "C:好，那我还想问一下那个优惠券为什么用不了……",
    "A:优惠券有使用门槛，满两百才能用，您看一下券上的说明。",
], ["hangup", "closing"], "hangup: customer asks a follow-up, agent answers and the call ends without any closing")

add("logi", [
    "A:您好，捷运物流客服中心，请问有什么可以帮您？",
    "C:我的快递显示签收了，可我根本没收到！",
    "A:非常抱歉，我帮您查一下……显示是放在小区的快递柜了。",
    "C:快递柜我看过了，没有！你们这速度这服务，我要投诉你们。",
    "A:非常抱歉，我已经给您登记了查件，站点会联系您。",
], ["complaint", "hangup", "closing"], "complaint: 我要投诉你们; hangup: agent's last turn after the customer has no thanks/goodbye (apology present so no apology finding)")

add("util", [
    "A:您好，暖阳燃气，请问有什么可以帮您？",
    "C:我想开通燃气，刚搬的新家。",
    "A:好的，开通需要您带房产证和身份证到营业厅办理，办完之后工作人员上门通气。",
    "C:营业厅在哪里？周末开门吗？",
    "A:最近的在人民路一百二十号，周末也上班。",
    "C:好的，那我周六过去，那个……",
    "A:嗯，就这样。",
], ["hangup", "closing"], "hangup: the agent cuts the customer off with 嗯，就这样 and the call ends; no closing")

# ---------------------------------------------------------------- forbidden
add("telecom", [
    "A:您好，联信电信，请问有什么可以帮您？",
    "C:我想查一下我的积分能换什么。",
    "A:好的，请您稍等。您现在有三千二百积分，可以兑换三十元话费，或者兑换五G流量。",
    "C:嗯……",
    ("A:喂，你还在听吗？", {"gap": 3.0}),
    "C:在的，我在想换哪个。那换话费吧。",
    "A:好的，已经为您兑换三十元话费，两小时内到账。感谢您的来电，祝您生活愉快。",
], ["forbidden"], "forbidden: agent addresses the customer with 喂 mid-call (喂，你还在听吗)")

add("broadband", [
    "A:您好，光速宽带，请问有什么可以帮您？",
    "C:我想问一下，我们小区什么时候能装千兆宽带？",
    "A:这个我也不知道，系统上没显示。",
    "C:那你们总有个计划吧？",
    "A:我帮您登记一下需求，有覆盖计划的时候会短信通知您。",
    "C:好吧。",
    "A:感谢您的来电，祝您生活愉快，再见。",
], ["forbidden"], "forbidden: 我也不知道 said by the agent about their own knowledge")

add("ecom", [
    "A:您好，乐购网客服，请问有什么可以帮您？",
    "C:你们这个活动规则写得乱七八糟的，满三百减五十，我买了三百零五怎么没减？",
    "A:不好意思给您造成困扰，满减是按优惠后的实付金额计算的，您用了一张十元券，实付就不满三百了。",
    "C:那你们写清楚啊，谁知道是按实付算的。",
    "A:你这话什么意思？规则页面上都写了的。",
    "C:算了算了。",
    "A:感谢您的来电，祝您购物愉快。",
], ["forbidden"], "forbidden: 你这话什么意思 (listed phrase) after customer frustration; apology was given earlier", True)

add("logi", [
    "A:您好，顺达快递，请问有什么可以帮您？",
    "C:我想再问一下，我那个件到底到哪了，显示三天没更新了。",
    "A:很抱歉，我刚才已经跟您说了，系统上三天没有更新。",
    "C:那到底在哪呢？你们自己的件你们查不到？",
    "A:我都说了多少遍了，查不到就是查不到，你问我我也没办法。",
    "C:什么态度啊。",
    "A:不好意思，我这边给您登记一个查件工单，站点二十四小时内回复您。感谢您的来电，祝您生活愉快。",
], ["forbidden"], "forbidden: impatient 我都说了多少遍了/你问我我也没办法; ticket later so no shirking; apology follows")

add("ins", [
    "A:您好，平和人寿，请问有什么可以帮您？",
    "C:我觉得你们这个保险条款太复杂了，好多都看不懂，而且免责条款这么多。",
    "A:抱歉给您带来困扰，条款是统一制定的，我可以给您讲解重点。",
    "C:我看了半天还是觉得不划算。",
    "A:爱买不买，反正条款就这么写的。",
    "C:你这什么服务态度。",
    "A:不好意思，我说话不妥当。感谢您的来电，祝您生活愉快。",
], ["forbidden"], "forbidden: brush-off 爱买不买 (not in the list, a QA specialist counts it)")

add("bank", [
    "A:您好，华兴银行客服中心，请问有什么可以帮您？",
    "C:我的信用卡逾期了一天，为什么要收我五十的违约金？我就是忘了一天。",
    "A:不好意思，逾期就会产生违约金，这是合同约定的。",
    "C:可我就晚了一天，能不能给我免了？",
    "A:免不了。",
    "C:我就晚了一天你们就收五十，太不讲理了，你们就不能通融一下？",
    "A:你到底想怎么样？规定就是规定。",
    "C:行，我不跟你说了。",
    "A:抱歉，感谢您的来电，祝您生活愉快。",
], ["forbidden"], "forbidden: impatient 你到底想怎么样; apology in agent's following turn")

add("util", [
    "A:您好，清源水务，请问有什么可以帮您？",
    "C:我家那个水表，就是那个，转得特别快，晚上都在转，但是我都关了。",
    "A:不明白你在说什么，你说清楚一点。",
    "C:我说水龙头都关了，水表还在转。",
    "A:那可能是家里管道漏水，我帮您登记上门检测，师傅明天联系您。",
    "C:好。",
    "A:感谢您的来电，祝您生活愉快，再见。",
], ["forbidden"], "forbidden: agent's own 不明白你在说什么 (listed 不明白)")

add("telecom", [
    "A:您好，星河移动客服，请问有什么可以帮您？",
    "C:我看到我的套餐里有个什么云盘会员，这个是干什么的？",
    "A:这个我不太清楚，我帮您查一下。",
    "C:好。",
    "A:这是套餐自带的权益，可以免费使用五十G的云存储，不额外收费。",
    "C:哦，那挺好。",
    "A:感谢您的来电，祝您生活愉快，再见。",
], ["forbidden"], "forbidden (strict reading of the standard): agent says 这个我不太清楚 about their own knowledge, even though they go on to check")

# ---------------------------------------------------------------- insult
add("telecom", [
    "A:您好，联信电信，请问有什么可以帮您？",
    "C:我再问一遍，我的流量包到底生效了没有？",
    "A:我已经说了三遍了，生效了。你是不是神经病，一个问题问八遍。",
    "C:你怎么说话的？",
    "A:不好意思，我刚才语气不好。您的流量包今天零点已经生效了。",
    "C:哼。",
    "A:感谢您的来电，祝您生活愉快。",
], ["insult"], "insult: 你是不是神经病 (ASR may hear 神经变); apology follows so no apology finding", True)

add("broadband", [
    "A:您好，畅通宽带客服，请问有什么可以帮您？",
    "C:我家网又上不了了。",
    "A:您先把路由器电源拔了，等十秒再插上。",
    "C:啊？拔哪个？",
    "A:你耳朵聋了吗？我刚说了，拔路由器电源。",
    "C:你怎么骂人呢！",
    "A:抱歉，我着急了。就是那个有天线的白色盒子，拔了电源再插上。",
    "C:好了，能上了。",
    "A:好的，感谢您的来电，祝您生活愉快。",
], ["insult"], "insult: 你耳朵聋了吗 mocks the customer's hearing; agent apologises after")

add("ecom", [
    "A:您好，优选商城，请问有什么可以帮您？",
    "C:我买的台灯掉地上摔坏了，能不能给我换一个？",
    "A:您可真行，自己把东西摔坏了还好意思要换。",
    "C:我就是问问，你这什么态度。",
    "A:不好意思。人为损坏不在保修范围，您可以付费维修，维修费三十元，寄回后七天内修好寄回。",
    "C:算了吧。",
    "A:好的，感谢您的来电，祝您生活愉快。",
], ["insult"], "insult: sarcasm about the customer (您可真行…还好意思); polite 您 does not make it polite")

add("bank", [
    "A:您好，恒信银行，请问有什么可以帮您？",
    "C:你再说一遍，密码是在哪里改？",
    "A:手机银行，我的，安全中心，修改密码。这么简单都听不懂，你脑子没问题吧？",
    "C:你说什么？",
    "A:对不起，我说错话了。您打开手机银行，点右下角的我的，再点安全中心，就能看到修改密码。",
    "C:行了。",
    "A:感谢您的来电，祝您生活愉快。",
], ["insult"], "insult: questions the customer's intelligence (这么简单都听不懂，你脑子没问题吧)", True)

add("logi", [
    "A:您好，捷运物流客服中心，请问有什么可以帮您？",
    "C:我寄个东西到新疆怎么要八十多？太贵了吧，能不能便宜点？",
    "A:偏远地区运费就这么贵，嫌贵就别寄了，没钱就别网购嘛。",
    "C:你这人怎么这样说话？",
    "A:抱歉。新疆属于偏远地区，首重是二十五元，续重每公斤十五元，您的包裹四公斤一共七十元，加保价费十二元，下单时支付。",
    "C:行吧，我寄。",
    "A:好的，已经为您下单，感谢您的来电，祝您生活愉快。",
], ["insult"], "insult: mocks the customer's money (没钱就别网购); apology follows; fee question answered")

add("ins", [
    "A:您好，安泰保险，请问有什么可以帮您？",
    "C:你刚才说的等待期我还是没搞懂，能再解释一下吗？",
    "A:等待期就是投保后九十天内生病不赔。您这理解能力，跟您说也是白说。",
    "C:你什么意思？看不起人是吧？",
    "A:非常抱歉，是我说话不当。等待期是合同生效后的九十天，这期间确诊的疾病不赔，过了九十天就正常保障。",
    "C:嗯。",
    "A:感谢您的耐心，祝您生活愉快。",
], ["insult"], "insult: belittles the customer's understanding while staying in 您-form")

add("util", [
    "A:您好，城南供电服务热线，请问有什么可以帮您？",
    "C:我想问一下，电费是怎么算的，阶梯电价是几档？",
    "A:你有病吧，大半夜打电话来问这个。",
    "C:你怎么骂人呢，你工号多少，我要投诉你！",
    "A:对不起，是我不对，我工号是四二六。阶梯电价分三档，每月两百度以内每度零点五六元，两百到四百度每度零点六一元，四百度以上每度零点八六元。",
    "C:哼。",
    "A:非常抱歉，感谢您的来电，祝您生活愉快。",
], ["insult", "complaint"], "insult: 你有病吧; complaint: customer demands 工号 and says 我要投诉你; apology follows")

# ---------------------------------------------------------------- greeting
add("telecom", [
    "A:喂，你好，星河移动。",
    "C:你好，我想办个停机。",
    "A:好的，请您报一下手机号码和机主姓名。",
    "C:一三九一一二零五六七八，王丽。",
    "A:王女士，已经为您办理停机，停机期间每月收取五元保号费，从下个月一号开始收取。",
    "C:好的。",
    "A:感谢您的来电，祝您生活愉快，再见。",
], ["greeting"], "greeting: opens with 喂 and has no offer of help (opening 喂 counts as greeting, not forbidden)")

add("broadband", [
    "A:您好，请问有什么可以帮您？",
    "C:我想改一下宽带的安装地址，我搬家了。",
    "A:好的，你姓什么？",
    "C:我姓孙。",
    "A:孙先生，移机需要您提供新地址，我帮您登记，移机费一百元，师傅上门安装当天收取。",
    "C:新地址是滨江区江南大道八十八号。",
    "A:好的，已经登记，师傅三天内联系您。感谢您的来电，祝您生活愉快。",
], ["greeting", "name_ask"], "greeting: no company/self-introduction; name_ask: 你姓什么")

add("ecom", [
    "A:嗯？",
    "C:你好？我想问一下退货的事。",
    "A:您好，乐购网客服，请问有什么可以帮您？",
    "C:我的衣服买大了，想退。",
    "A:好的，衣服吊牌还在的话可以七天无理由退货，您在订单页面申请就行。",
    "C:好，我自己弄。",
    "A:感谢您的来电，祝您购物愉快，再见。",
], ["greeting"], "greeting late: agent's first word is 嗯？, the full greeting comes only after the customer spoke", True)

add("bank", [
    "A:您好，恒信银行信用卡中心。",
    "C:你好，我想查一下我这个月的账单。",
    "A:好的，您本月账单金额是三千六百五十二元，还款日是二十五号。",
    "C:最低还款是多少？",
    "A:最低还款是三百六十五元二角。",
    "C:好，谢谢。",
    "A:感谢您的来电，祝您生活愉快，再见。",
], ["greeting"], "greeting incomplete: greeting + company but no offer of help")

# ---------------------------------------------------------------- closing
add("util", [
    "A:您好，清源水务，请问有什么可以帮您？",
    "C:我想问一下这个月的水费出来了没有。",
    "A:请您报一下户号。",
    "C:户号四零二一八八三。",
    "A:本月水费是四十二元六角，已经出账，二十号前缴纳就可以。",
    "C:好，知道了。",
    "A:好的，感谢您的来电，再见。",
    "C:再见。",
], ["closing"], "closing incomplete: thanks + 再见 but no blessing")

add("ins", [
    "A:您好，平和人寿客服中心，请问有什么可以帮您？",
    "C:我想改一下保单上的联系电话。",
    "A:好的，请您报一下保单号和新的手机号码。",
    "C:保单号七七二零一三五，新号码一五零二一一八八三二六。",
    "A:已经为您修改成功，以后的通知都会发到新号码上。",
    "C:好的。",
    "A:好的，再见。",
    "C:再见。",
], ["closing"], "closing missing: only 好的再见, no thanks and no blessing; customer has the last word so no hangup")

add("ecom", [
    "A:您好，优选商城客服，请问有什么可以帮您？",
    "C:我想问一下我的订单什么时候发货。",
    "A:啊，这个，您那个订单呢，就是，然后还在备货，啊，那个，就是预计后天发。",
    "C:后天是吧？",
    "A:对，就是后天，然后发货了会有短信，啊。",
    "C:行，那挂了啊。",
], ["filler", "closing"], "filler: ~14 tics in ~20 s of agent speech; closing missing (customer ends the call, so no hangup)")

# ---------------------------------------------------------------- filler
add("telecom", [
    "A:您好，联信电信，请问有什么可以帮您？",
    "C:我想问一下我的宽带续费怎么续。",
    "A:啊，续费的话呢，这个，您可以在那个营业厅，然后也可以在手机上，就是我们的那个APP上面续。",
    "C:APP上怎么弄？",
    "A:就是，您打开那个APP，然后点那个宽带，啊，然后就有一个续费的按钮，这个，点进去付款就行了呀。",
    "C:好，我试试。",
    "A:好的，感谢您的来电，祝您生活愉快。",
], ["filler"], "filler: 啊/这个/那个/然后/就是/呀 ~15 times in ~30 s of agent speech")

add("bank", [
    "A:您好，华兴银行，请问有什么可以帮您？",
    "C:我想开一张新卡，要带什么？",
    "A:那个，就是带您的身份证啊，然后，这个，去网点就可以办了呀。",
    "C:要预约吗？",
    "A:啊，不用预约，就是，那个，直接去排队也可以，然后呢，手机上预约的话快一点啊。",
    "C:好的。",
    "A:感谢您的来电，祝您生活愉快，再见。",
], ["filler"], "filler: dense tics in short agent turns", True)

add("util", [
    "A:早上好，暖阳燃气客服热线，请问有什么可以帮您？",
    "C:我家燃气报警器一直响，怎么办？",
    "A:请您马上关闭燃气总阀，打开门窗通风，不要开关电器，也不要用明火。",
    "C:关了关了，窗也开了。",
    "A:啊好的，不好意思让您受惊了，那个，然后呢，您到楼下等，就是，我们抢修的师傅啊，那个，二十分钟就到，呀，您别着急，这个，抢修是免费的。",
    "C:好好好。",
    "A:感谢您的配合，祝您平安，再见。",
], ["filler"], "filler: tics pile up in the second half (~10 in ~40 s agent speech)")

# ---------------------------------------------------------------- tariff
add("telecom", [
    "A:您好，星河移动，请问有什么可以帮您？",
    "C:我手机里突然多了一个视频会员，这个要收费吗？",
    "A:现在是免费期，您先用着就行。",
    "C:那免费期过了呢？",
    "A:到时候会有短信提醒的，您放心。",
    "C:哦，那好吧。",
    "A:感谢您的来电，祝您生活愉快，再见。",
], ["tariff"], "tariff: customer asks twice about charges; agent glosses over with 现在是免费期 and never states amount or start")

add("broadband", [
    "A:您好，光速宽带客服中心，请问有什么可以帮您？",
    "C:你们短信说我可以免费提速到千兆，提速以后要多少钱？",
    "A:费用很便宜的，您放心，现在活动期间是免费的。",
    "C:那就先提吧。",
    "A:好的，已经为您提速，重启光猫就生效了。感谢您的来电，祝您生活愉快。",
], ["tariff"], "tariff: 提速以后要多少钱 answered with 很便宜/活动期间免费 — no amount, no start")

add("ins", [
    "A:您好，安泰保险，请问有什么可以帮您？",
    "C:你们电话推荐的那个医疗险，每年交多少钱？什么时候开始扣？",
    "A:每年几百块吧，具体看系统，我先帮您开通，不用担心。",
    "C:那好吧。",
    "A:好的，已经为您投保，保单会短信发您。感谢您的支持，祝您身体健康。",
], ["tariff"], "tariff: explicit question on amount and start; vague 几百块吧, no start date")

add("bank", [
    "A:您好，恒信银行信用卡中心，请问有什么可以帮您？",
    "C:我想办一张白金卡，这个卡的年费怎么收？",
    "A:首年免年费，之后会收取年费。",
    "C:之后是多少？",
    "A:跟普通卡差不多，您刷够次数就能免。",
    "C:那行吧，帮我申请。",
    "A:好的，已经提交申请，审核结果会短信通知您。感谢您的来电，祝您生活愉快。",
], ["tariff"], "tariff: annual fee asked twice, agent never gives an amount", True)

add("telecom", [
    "A:您好，联信电信，我是客服小吴，请问有什么可以帮您？",
    "C:你们推荐的那个来电提醒业务多少钱一个月？",
    "A:每月三元。",
    "C:从什么时候开始扣？",
    "A:这个到时候系统会自动扣的，您不用管。",
    "C:那行，开吧。",
    "A:好的，已经为您开通。感谢您的来电，祝您生活愉快，再见。",
], ["tariff"], "tariff: amount given but the customer's question on when charging starts is dodged")

# ---------------------------------------------------------------- name_ask
add("logi", [
    "A:您好，顺达快递客服中心，请问有什么可以帮您？",
    "C:我要寄个快递，想约上门取件。",
    "A:好的，你叫什么名字？",
    "C:我叫刘芳。",
    "A:刘女士，请问取件地址是哪里？",
    "C:南京市鼓楼区中山北路二百号。",
    "A:好的，已经为您预约，快递员一小时内上门，运费取件时确认。感谢您的来电，祝您生活愉快。",
], ["name_ask"], "name_ask: 你叫什么名字 instead of 您怎么称呼")

add("ecom", [
    "A:您好，乐购网客服，请问有什么可以帮您？",
    "C:我想查一下我的退款。",
    "A:好的，你姓什么？",
    "C:姓黄。",
    "A:黄先生，请您报一下订单号。",
    "C:三六六二零一八八九。",
    "A:您的退款已经原路退回，预计明天到账。感谢您的来电，祝您生活愉快。",
], ["name_ask"], "name_ask: 你姓什么 (ASR may hear 你信什么)", True)

add("ins", [
    "A:您好，平和人寿，请问有什么可以帮您？",
    "C:我想查一下保单。",
    "A:你叫啥？报一下全名和身份证号。",
    "C:张国强，身份证三二零一零二一九八零零三零五一二一四。",
    "A:张先生，您名下有两份保单，一份医疗险，一份意外险，都在保障期内。",
    "C:好，知道了。",
    "A:感谢您的来电，祝您身体健康，再见。",
], ["name_ask"], "name_ask: 你叫啥 (casual, impolite)")

# ---------------------------------------------------------------- padding: lengthen calls that came out under 30 s
PAD = {
    86: (2, ["A:好的，请问您现在用的是哪个套餐？", "C:我现在是五十八的那个。"]),
    87: (4, ["A:好的，跟您确认一下，安装地址是幸福里小区三栋二单元五零二吗？", "C:对，没错。"]),
    88: (2, ["A:好的，请问您大概打算存多少，存几年呢？", "C:大概二十万，想存三年。"]),
    89: (2, ["A:好的，麻烦您报一下订单号。", "C:订单号是五五零二一八七三六。"]),
    90: (3, ["C:哪个快递柜？", "A:是小区东门的快递柜，取件码是三八二一。"]),
    93: (4, ["A:请问您是哪个小区？", "C:阳光花园。"]),
    99: (6, ["A:另外您的套餐还有十G夜间流量，晚上十一点到早上七点可以用。", "C:好的，知道了。"]),
    109: (4, ["A:好的，麻烦您报一下订单号。", "C:订单号是七七一零二九三八五。"]),
    110: (2, ["A:好的，为了您的账户安全，麻烦您报一下卡号后四位。", "C:六六二八。"]),
    111: (5, ["C:那比上个月多还是少？", "A:比上个月少了五元左右。"]),
    113: (2, ["A:好的，麻烦您报一下订单号。", "C:订单号三三二零一九八七七。"]),
    117: (2, ["A:好的，麻烦您报一下手机号码，我帮您查一下。", "C:一三七零二二六五八一九。"]),
    118: (2, ["A:好的，请您报一下宽带账号。", "C:零五七一八八二六三零一。"]),
    119: (2, ["A:好的，请问您怎么称呼？", "C:我姓杨。"]),
    123: (6, ["A:请您稍等，我帮您查一下。", "C:好。"]),
}
for _n, (_k, _extra) in PAD.items():
    CALLS[_n - 1]["turns"][_k:_k] = _extra

# ---------------------------------------------------------------- more clean calls / hard negatives
add("ins", [
    "A:您好，安泰保险客服中心，工号八一二，请问有什么可以帮您？",
    "C:我家里水管爆了，把楼下邻居家淹了，这个你们家财险能赔吗？",
    "A:给您添麻烦了，先别着急。您的家财险包含第三者责任，对邻居的损失是可以申请理赔的。",
    "C:那能全赔吗？",
    "A:赔多少要等查勘员定损以后才能确定，我现在不能跟您保证具体金额，但是符合条款的部分都会赔付。",
    "C:好，那怎么报案？",
    "A:我现在就帮您报案，查勘员会在两小时内联系您，您先把现场拍照留存。",
    "C:好的，谢谢。",
    "A:不客气，感谢您的配合，祝您生活顺利，再见。",
], [], "overpromise hard negative: 我现在不能跟您保证具体金额; clean", True)

add("telecom", [
    "A:您好，星河移动，请问有什么可以帮您？",
    "C:我朋友说你们乱收费，让我打电话投诉你们，我觉得没必要，我就是想看看我有没有被乱收费。",
    "A:好的，感谢您的信任，我帮您查一下。麻烦您报一下手机号码。",
    "C:一五二零八八六三七一四。",
    "A:我看了一下，您近三个月只有套餐费三十九元，没有其他增值业务扣费。",
    "C:那就好。",
    "A:请问还有其他可以帮您的吗？",
    "C:没有了。",
    "A:好的，感谢您的来电，祝您生活愉快，再见。",
], [], "complaint hard negative: a friend suggested complaining, customer says it is unnecessary; clean")

add("broadband", [
    "A:您好，畅通宽带，我是客服小郑，请问有什么可以帮您？",
    "C:上次我投诉的那个网速问题已经解决了，我就是打来说一声，谢谢你们。",
    "A:不客气，感谢您的反馈，能帮您解决问题我们也很高兴。请问网速现在稳定吗？",
    "C:很稳定，现在测速有三百多兆。",
    "A:那就好，如果以后还有问题，您随时联系我们。感谢您的支持，祝您生活愉快，再见。",
    "C:好的，再见。",
], [], "complaint hard negative: customer mentions a PAST complaint that was resolved, no intent now; clean")

add("bank", [
    "A:您好，华兴银行客户服务中心，请问有什么可以帮您？",
    "C:我不投诉啊，我就是反映一下，你们自助取款机老是吞卡，上周吞了我的卡。",
    "A:非常抱歉给您带来不便，感谢您的反馈。请问卡已经取回来了吗？",
    "C:取回来了，第二天去网点拿的。",
    "A:好的，我把这台机器的情况记录下来，转给设备维护的同事检查。",
    "C:行，那就好。",
    "A:感谢您的反馈，祝您生活愉快，再见。",
], [], "complaint hard negative: 我不投诉，就是反映一下; apology and thanks given; clean")

add("ecom", [
    "A:您好，优选商城售后客服，请问有什么可以帮您？",
    "C:你们之前有个客服说我的退款三天到账，现在都五天了。",
    "A:非常抱歉让您久等了。我同事说的三天是正常情况，这次银行那边处理慢了一些，我帮您查一下。",
    "C:好。",
    "A:退款已经在银行处理中，预计明天到账，如果明天还没到，您可以随时联系我们，我这边也会给您做个备注。",
    "C:那行。",
    "A:感谢您的耐心，祝您生活愉快，再见。",
], [], "colleague hard negative: agent explains a colleague's estimate without blaming; apology given; clean")

add("logi", [
    "A:您好，捷运物流，请问有什么可以帮您？",
    "C:你们那个快递员小王人挺好的，上次帮我把东西搬上楼，我想表扬一下他。",
    "A:谢谢您的认可，我们小王确实一直很负责。我这边把您的表扬登记下来，会转达给站点。",
    "C:好的，麻烦你了。",
    "A:不麻烦，感谢您的支持，祝您生活愉快，再见。",
    "C:再见。",
], [], "colleague hard negative: praise of a courier; clean")

add("util", [
    "A:您好，城南供电，请问有什么可以帮您？",
    "C:我家电表箱里冒烟了，怎么办？",
    "A:请您先不要靠近电表箱，如果家里的总闸好关，请把总闸关掉。这个不归我们客服处理，我马上帮您转接抢修调度，请您不要挂机。",
    "C:好，快点。",
    ("A:您好，已经接通抢修调度，抢修人员会马上出发。感谢您的配合，祝您平安。", {"gap": 6}),
], [], "shirking hard negative: 不归我们客服处理 followed immediately by a transfer; clean")

add("ins", [
    "A:您好，平和人寿，请问有什么可以帮您？",
    "C:我想问一下我买的车险怎么理赔。",
    "A:您好，平和人寿只经营人身保险，车险不是我们公司的业务。您可以看一下保单上的承保公司，拨打保单上的理赔电话，我也可以帮您查一下是哪家公司。",
    "C:哦，那你帮我查一下吧。",
    "A:您的车险是安泰保险承保的，理赔电话是九五五零零，我把号码短信发给您。",
    "C:好的，谢谢。",
    "A:不客气，感谢您的来电，祝您生活愉快，再见。",
], [], "shirking hard negative: not the company's product, but agent looks it up and gives the right number; clean")

add("telecom", [
    "A:您好，联信电信，请问有什么可以帮您？",
    "C:我妈说之前有个客服跟她说了句“我不知道”就挂了，她很生气。",
    "A:非常抱歉给阿姨带来这样的体验，这是我们的服务没做好。请问阿姨当时是想办理什么业务？",
    "C:她想把套餐改小一点，她用不了那么多。",
    "A:好的，我帮阿姨看一下，目前是五十九元套餐，可以改成二十九元的套餐，下个月一号生效，从下个月起每月二十九元。",
    "C:那就改吧，机主是我妈，身份证后四位是零八一六。",
    "A:已经核实并为阿姨办理好了。感谢您的来电，祝您和家人生活愉快，再见。",
], [], "forbidden/colleague hard negative: agent QUOTES 我不知道 as reported by the customer to apologise; no blame; clean")

add("bank", [
    "A:您好，恒信银行，请问有什么可以帮您？",
    "C:我爸不知道他的卡密码了，他年纪大，能不能重置？",
    "A:可以的，老人家不知道密码很正常，需要他本人带身份证和银行卡到网点办理密码重置。",
    "C:我代办行吗？",
    "A:密码重置需要本人办理，如果老人行动不便，可以预约上门服务，我帮您登记一下。",
    "C:那你帮我登记吧。",
    "A:好的，已经登记，网点会在两个工作日内联系您。感谢您的来电，祝您生活愉快，再见。",
], [], "forbidden hard negative: third party (老人) not knowing the password; clean")

add("ecom", [
    "A:您好，乐购网客服，请问有什么可以帮您？",
    "C:你们是不是骗子啊，说好的赠品根本没送！",
    "A:非常抱歉让您有这样的感受。您说我们是骗子，我能理解您的生气，我马上帮您核实赠品的情况。",
    "C:快点查。",
    "A:我看到赠品是单独发货的，明天就能送到，单号已经短信发您了。没有提前告知您，实在抱歉。",
    "C:那还差不多。",
    "A:感谢您的理解，祝您购物愉快，再见。",
], [], "insult hard negative: customer accuses 骗子; agent repeats the word only to acknowledge; apologies; clean")

add("broadband", [
    "A:您好，光速宽带，请问有什么可以帮您？",
    "C:你刚才说的那个什么光猫复位，我没听懂。",
    "A:是我没说清楚，不好意思。光猫背面有个小孔，写着复位，您用牙签按住五秒钟，灯全灭再亮就可以了。",
    "C:哦，这样啊，我试试。",
    "C:好了，灯亮了，网也通了。",
    "A:好的，那就没问题了。感谢您的配合，祝您生活愉快，再见。",
], [], "insult/forbidden hard negative: customer says 没听懂; agent blames own explanation (是我没说清楚); clean")

add("util", [
    "A:您好，清源水务，请问有什么可以帮您？",
    "C:我想问一下停水通知，明天哪些小区停水？",
    ("C:我住在东城区。", {"gap": 0.5}),
    "A:好的，请您稍等，我帮您查一下停水公告。",
    ("A:感谢您的耐心等待，明天东城区的和平里、建设里两个小区上午九点到下午四点停水，请您提前储水。", {"gap": 31}),
    "C:和平里是吧？我就住那，好的。",
    "A:是的，给您带来不便很抱歉。感谢您的来电，祝您生活愉快，再见。",
], [], "silence hard negative: announced hold 31 s; consecutive customer segments; clean")

add("logi", [
    "A:您好，顺达快递客服中心，请问有什么可以帮您？",
    "C:我想问一下寄到北京的快递要几天。",
    "A:一般是一到两天，具体看寄件时间。",
    "C:那我今天寄，明天能到吗？",
    ("A:今天下午五点前寄出的话大概率明天到，", {}),
    ("C:好的，那我——", {"ov": 1.6, "dur": 0.9}),
    ("A:不过我不能保证一定明天到。", {"gap": 0.2}),
    "C:明白。那我现在下单。",
    "A:好的，感谢您的来电，祝您生活愉快，再见。",
], [], "talk_over hard negative: the CUSTOMER briefly talks over the agent (not the agent); 我不能保证; clean")

add("telecom", [
    "A:您好，星河移动，请问有什么可以帮您？",
    ("C:你好，我想办一张副卡，给我女儿用，她今年上初中了，用流量比较多，看看有没有合适的，还有就是能不能共享我的流量。", {}),
    ("A:嗯。", {"ov": 1.8, "dur": 0.4}),
    ("A:嗯嗯。", {"ov": 3.5, "dur": 0.6}),
    ("A:对。", {"ov": 2.5, "dur": 0.4}),
    ("A:可以的，副卡每月十元，共享您的主卡流量和通话，下个月一号开始收费。", {"gap": -0.7}),
    "C:那挺好，就办一张。",
    "A:好的，需要您带身份证到营业厅办理，现场就能拿到卡。感谢您的来电，祝您生活愉快。",
    "C:好，谢谢。",
], [], "talk_over hard negative: three short backchannels (<1 s) and an answer that begins in the customer's last second; tariff amount+start; clean")

add("ecom", [
    "A:您好，优选商城，请问有什么可以帮您？",
    "C:查一下物流。",
    "A:好的，您的包裹已经到达本市分拣中心，今天下午派送，请保持电话畅通。",
    "C:好。",
    "A:感谢您的来电，祝您生活愉快！",
    "C:拜拜。",
], [], "short_call/speech_rate hard negative: a brisk agent (~390 cpm) but under 30 s of agent speech; call is ~14 s (not < 10 s); clean", False, 0.135)

add("bank", [
    "A:您好，恒信银行，请问有什么可以帮您？",
    ("A:您好，请问能听到吗？", {"gap": 2.0}),
    ("A:您好，这边听不到您的声音，请您换个地方重新拨打，感谢您的来电，再见。", {"gap": 2.5}),
], [], "short_call/silence/hangup hard negative: silent line, customer never speaks; agent's three attempts", False, None, None, 0.6)

add("logi", [
    "A:您好，捷运物流，请问有什么可以帮您？",
    ("A:您好？", {"gap": 3.0}),
], [], "short_call hard negative: silent line under 10 s (only the agent speaks)", True, None, None, 0.5)

add("util", [
    "A:您好，暖阳燃气，请问有什么可以帮您？",
    "C:我就问一下，营业厅几点下班？",
    "A:营业厅下午五点半下班，周末正常营业。",
    "C:好的。",
    "A:感谢您的来电，祝您生活愉快！",
], [], "short_call hard negative: quick question call lasting ~17 s (> 10 s); clean", True)

add("ins", [
    "A:您好，平和人寿客服中心，请问有什么可以帮您？",
    "C:我想了解一下你们的少儿教育金保险，大概的情况。",
    "A:好的，我们这款少儿教育金是给孩子储备教育费用的，从孩子零岁到十岁都可以投保，交费期可以选择五年或者十年，孩子十八岁到二十一岁每年领取一笔教育金，二十五岁再领一笔创业金，如果投保人身故或者全残，后面的保费豁免，保障继续有效。",
    "C:那一年要交多少？",
    "A:这要看孩子的年龄和您选的保额。比如孩子三岁，每年交一万元，交十年，十八岁开始每年领取三万元，连领四年。保费从投保成功当天扣第一期，以后每年同一天扣款。",
    "C:那如果中间不想交了呢？",
    "A:可以退保，但是前几年退保会有损失，只能拿回现金价值，这个我们会在合同里写明，我不能跟您说没有风险。",
    "C:好，你把资料发我吧。",
    "A:好的，资料马上发到您手机上。感谢您的来电，祝您生活愉快，再见。",
], [], "speech_rate hard negative: long agent explanations at a brisk but normal pace (~290 cpm over >60 s); tariff amount+start; 我不能跟您说没有风险 (not overpromise); clean", False, 0.212)

add("ecom", [
    "A:您好，优选商城客服中心，请问有什么可以帮您？",
    "C:我买的洗衣机送到了，但是安装师傅说要另外收一百块安装费，不是说包安装吗？",
    "A:非常抱歉给您带来困扰。安装服务是品牌厂家负责的，不归我们商城直接安排，您这台洗衣机是包基础安装的，基础安装是零元，不需要另外付钱。您不用自己联系，我这边马上帮您建一个工单转给厂家售后处理。",
    "C:那要等多久？",
    "A:厂家售后会在二十四小时内联系您，工单号是六六八零二，您也可以随时打我们电话查询进度。",
    "C:好，那我等电话。",
    "A:好的，感谢您的耐心，祝您生活愉快，再见。",
], [], "shirking hard negative: 不归我们商城直接安排 but the agent raises a ticket to the manufacturer; apology; clean")

add("util", [
    "A:您好，清源水务客服热线，工号三零五，请问有什么可以帮您？",
    "C:我们小区的二次供水水箱好脏，水有点黄。",
    "A:给您带来不便很抱歉。小区的二次供水设施是物业管理的，我们这边会同时做两件事：一是把您的情况转给水质检测科，明天派人取样检测，二是通知物业清洗水箱，物业的电话我也短信发给您。",
    "C:那检测结果什么时候出来？",
    "A:取样后三个工作日出结果，我们会电话告诉您。",
    "C:好，谢谢。",
    "A:不客气，感谢您的反馈，祝您生活愉快，再见。",
], [], "shirking hard negative: property-managed facility, but agent refers with ticket, inspection and number; clean", True)

add("bank", [
    "A:您好，恒信银行客服中心，请问有什么可以帮您？",
    "C:我想问一下定期存款到期了会不会自动转存。",
    "A:您好，如果您开户的时候选择了自动转存，到期后会按当天的利率自动续存同样的期限，如果没有选择，到期后本金和利息会转为活期。",
    "C:那我怎么知道我选没选？",
    "A:您可以在手机银行的定期存款明细里看到，写着自动转存是或者否。我也可以帮您查，请您报一下卡号后四位。",
    "C:三七二九。",
    "A:查到了，您这笔是自动转存的，下个月十号到期后会继续存一年。",
    "C:好的，明白了。",
    "A:感谢您的来电，祝您生活愉快，再见。",
], [], "speech_rate hard negative: calm, unhurried agent (~165 cpm) over >30 s, inside the 120-330 range; clean", False, 0.36)

add("telecom", [
    "A:您好，联信电信，工号二六八，请问有什么可以帮您？",
    "C:我这人脑子笨，你上次教我设置呼叫转移，我又忘了，是不是我太笨了。",
    "A:您千万别这么说，不是您笨，这个设置步骤本来就比较多，我不会觉得您听不懂，我们再慢慢来一遍。",
    "C:好，你说。",
    "A:您在拨号界面输入星号二一星号，再输入要转接的号码，最后加井号，按拨号键就可以了。",
    "C:星号二一星号……好了，显示设置成功。",
    "A:好的，呼叫转移是免费的，不收取任何费用。感谢您的来电，祝您生活愉快，再见。",
    "C:谢谢你，再见。",
], [], "insult/forbidden hard negative: the CUSTOMER calls himself 脑子笨; agent negates (不是您笨, 我不会觉得您听不懂); clean")

# ASR-noise on more calls (target ~25-30 %): labels stay what the speaker meant
for _n in (1, 5, 10, 15, 19, 26, 33, 45, 52, 57, 62, 68, 86, 95, 101, 108, 111, 130):
    CALLS[_n - 1]["noise"] = True

#CALLS_HERE

if __name__ == "__main__":
    main()
