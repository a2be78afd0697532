# -*- coding: utf-8 -*-
"""
Independent test set A for callqa (writer A). Built ONLY from /work/shared/DOMAIN.md and the
QA standard in seeds/001 (lines 80-200).

LABEL POLICY (writer A's decisions on borderline cases)
-------------------------------------------------------
greeting : agent's first turn must hold 问候 (您好/早上好/下午好...) + company or self-introduction
           + an offer of help (请问有什么可以帮您/帮到您/帮助您, 请问您需要办理什么业务, 请问您是查件还是寄件 =
           a needs question in the standard's 「请问您需要订购什么产品」 sense). Opening with 「喂」 (even
           「喂，您好，…」) = greeting violation (counted under greeting only, NOT forbidden).
           A filler first turn (嗯？/喂？/那个) followed by the full greeting only after the customer
           spoke = late greeting = violation. A customer saying 喂 first and the agent answering
           at once with the full greeting is fine.
closing  : a complete closing = THANKS (any form: 感谢您的来电/反馈/支持/耐心等待/配合, 谢谢您, 多谢) AND a
           BLESSING (祝您…) within the agent's last two turns. 再见 alone, thanks without blessing,
           blessing without thanks, or nothing at all = closing violation. Delivery process / hotline /
           工号 are welcome but not required. Applied to every call incl. short wrong-number calls.
forbidden: agent addressing the customer with 喂 anywhere after the opening -- INCLUDING a line check on a
           bad line (「喂，喂，您还在吗」; the standard form is 「您好，请问您还能听到吗」); agent saying
           THEY don't know / aren't clear / don't understand; 想好了再打来; 你这话什么意思; 你自己看着办;
           这不归我管 (also shirking). Not forbidden: 您不知道也没关系, 有不明白的随时问我, 我这边听不清楚
           (hearing), third parties' not knowing, agent's affirmative 我明白/我清楚了, agent quoting a
           colleague's 「不清楚」 in order to apologise.
insult   : any insult / mockery / sarcasm / questioning intelligence, hearing or sanity; misheard
           (noise) insults still count. Quoting or reporting an insult to handle it, customer insulting
           the agent, 神经内科 etc. are not insults.
filler   : >=3 tics (啊/呀/这个/那个/就是/然后/嗯嗯 used as tics) AND >4 per minute of agent speech.
           这个/那个 used as real demonstratives (这个套餐, 那个订单) are NOT tics; 然后 as a genuine
           sequencing connective in a step list is not a tic either.
tariff   : only when the customer asks about fees; violation unless the agent states BOTH the amount
           and when charging starts. A service that is stated as free now and permanently
           (「不收任何费用，以后也不收」) counts as a complete answer. Amount without start, or start
           without amount, or glossing = violation.
name_ask : 你姓什么/你叫什么/姓啥/名字报一下 etc. Polite: 您贵姓/怎么称呼您/请问您的姓名是. Customer asking the
           agent's name is not a finding. Misheard (noise) 你信什么 still = 你姓什么.
apology  : customer dissatisfied / the company's product or service went wrong for them -> agent must say 对不起/抱歉/不好意思/
           给您添麻烦了 in its next two turns. Customer's own 不好意思 is irrelevant.
           The customer's own mishaps (lost card, car scraped, wrong order by himself) do not by
           themselves require an apology unless the customer is unhappy with the company.
shirking : pushing the problem elsewhere with no transfer / ticket / concrete referral process.
overpromise, colleague, complaint (customer side only), silence (>10 s, announced hold <=60 s),
talk_over (>=2 agent starts >=1 s into a customer turn and not in its last second; backchannels
<1 s don't count), speech_rate (<120 or >330 chars/min over >=30 s of agent speech),
short_call (<10 s, both speak), hangup (agent has last word after customer, neither of its last
two turns closes or says goodbye) -- as in the brief.
Every call is labelled for ALL families, so e.g. an insult call where the customer then gets angry
without an apology also carries apology; a hangup call also carries closing.
"""
import json, random, re, sys

random.seed(20261204)
PUNCT = set("，。？！、：；“”‘’（）…—,.?!:;\"' ")

def nchars(t):
    return sum(1 for ch in t if ch not in PUNCT)

TRAD = dict(zip("请问谢说话这个们电费务为时还没单号帮么办吗给对钱让过经题东几会后发转网线开关应该现边认确联户账态诉业实处记录间长头递运险赔银额续亲门达选择",
                "請問謝說話這個們電費務為時還沒單號幫麼辦嗎給對錢讓過經題東幾會後發轉網線開關應該現邊認確聯戶帳態訴業實處記錄間長頭遞運險賠銀額續親門達選擇"))
HOMO = [("客服", "克服"), ("话费", "话废"), ("营业厅", "营业听"), ("工号", "公号"), ("神经病", "神经变"),
        ("你姓什么", "你信什么"), ("您贵姓", "您贵幸"), ("流量", "流亮"), ("宽带", "宽待"), ("免费", "免废"),
        ("快递", "快地"), ("退款", "推款"), ("套餐", "套惨"), ("理赔", "理陪")]

def noisify(text, rng):
    for a, b in HOMO:
        text = text.replace(a, b)
    if rng.random() < 0.55:
        text = "".join(TRAD.get(ch, ch) for ch in text)
    # punctuation: mostly dropped, sometimes a space
    out = []
    for ch in text:
        if ch in "，。？！、：；…":
            r = rng.random()
            out.append(" " if r < 0.5 else ("" if r < 0.9 else "，"))
        else:
            out.append(ch)
    text = "".join(out).strip()
    if rng.random() < 0.3 and "的" in text:
        text = text.replace("的", "", 1)  # dropped short word
    return re.sub(" +", " ", text)

CALLS = []
def call(team, labels, note, turns, noise=False, agent_rate=None, first=None):
    CALLS.append(dict(team=team, labels=labels, note=note, turns=turns, noise=noise,
                      agent_rate=agent_rate, first=first))

def build(i, c, rng):
    segs = []
    t_end = 0.0
    prev = None
    last_cust = None
    for k, tr in enumerate(c["turns"]):
        parts = tr.split("|")
        spk = "agent" if parts[0] == "A" else "customer"
        text = parts[1]
        opts = {}
        for p in parts[2:]:
            kk, vv = p.split("=")
            opts[kk] = float(vv)
        if spk == "agent":
            rate = opts.get("rate", c["agent_rate"] or rng.uniform(0.22, 0.27))
        else:
            rate = opts.get("rate", rng.uniform(0.22, 0.28))
        dur = opts.get("dur", max(0.4, nchars(text) * rate + rng.uniform(0.05, 0.3)))
        if k == 0:
            start = c["first"] if c["first"] is not None else rng.uniform(0.4, 1.4)
        elif "ov" in opts:
            start = last_cust["start"] + opts["ov"]
        else:
            start = t_end + opts.get("gap", rng.uniform(0.3, 1.0))
        end = start + dur
        seg = {"speaker": spk, "start": round(start, 2), "end": round(end, 2), "text": text}
        segs.append(seg)
        prev = seg
        if spk == "customer":
            last_cust = seg
        seg["_clean"] = text
        t_end = max(t_end, end)
    if c["noise"]:
        for s in segs:
            s["text"] = noisify(s["text"], rng)
    segs.sort(key=lambda s: s["start"])
    return segs

# ---------------------------------------------------------------- GREETING positives
call("telecom", ["greeting"], "Opens with 喂 (喂，您好) -> greeting. Rest of call clean, full closing.", [
 "A|喂，您好，请问有什么可以帮您？",
 "C|你好，我想查一下我这个月的话费怎么这么多。",
 "A|好的，请问您是查询本机号码吗？",
 "C|对，就是这个号。",
 "A|好的，请您稍等，我帮您查询。",
 "A|先生您好，您本月话费是八十六元，其中套餐费五十八元，另外二十八元是国际漫游的流量费，您月初是出过国吗？|gap=6",
 "C|哦对，月初去了趟日本，那就没问题了。",
 "A|好的，以后出国前可以先办理漫游流量包，会更划算一些。请问还有其他可以帮您的吗？",
 "C|没了，谢谢。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("express", ["greeting"], "Greeting has 问候 + offer of help but no company / self-introduction -> incomplete greeting.", [
 "A|您好，请问有什么可以帮您？",
 "C|我寄了个件，想问一下到哪了。",
 "A|好的，麻烦您提供一下运单号。",
 "C|SF一三零二四五六七八九。",
 "A|我帮您查一下。您的快件今天上午已经到达杭州转运中心，预计明天下午派送。",
 "C|好的，那明天我在家等着。",
 "A|好的，派送前快递员会提前电话联系您。请问还有其他需要帮助的吗？",
 "C|没有了。",
 "A|好的，感谢您的耐心等待，祝您生活愉快，再见。",
 "C|再见。",
])
call("bankcard", ["greeting"], "Greeting 您好 + company but no offer of help; agent waits for customer -> incomplete greeting.", [
 "A|您好，华信银行信用卡中心。",
 "C|你好，我想问一下我的账单日是哪天。",
 "A|好的，为了核实身份，请问您的姓名是？",
 "C|我叫刘建国。",
 "A|刘先生您好，请您提供一下身份证后四位。",
 "C|三七一二。",
 "A|核实通过，刘先生，您的账单日是每月五号，到期还款日是每月二十三号。",
 "C|好的，我记一下。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了，谢谢啊。",
 "A|不客气，感谢您的来电，祝您工作顺利，再见。",
])
call("broadband", ["greeting"], "Late greeting: agent's first words are 嗯？, customer speaks, only then the full greeting. Customer's 喂 is not the agent's. Hard neg apology: 非常抱歉给您带来不便 in the first reply. Hard neg closing: 感谢您的理解和支持 variant.", [
 "A|嗯？",
 "C|喂？是宽带客服吗？",
 "A|您好，恒通宽带客服中心，工号二七一，请问有什么可以帮您？",
 "C|我家宽带今天晚上特别慢，看视频一直转圈。",
 "A|非常抱歉给您带来不便。请问您的宽带账号是多少？",
 "C|HT零五七一八八三二。",
 "A|好的，我看了一下，您所在小区今晚在做线路割接，预计十一点前恢复，给您添麻烦了。",
 "C|行，那我等等吧。",
 "A|好的，如果十一点以后还是慢，您可以再拨打我们的热线，我们安排师傅上门。请问还有其他问题吗？",
 "C|没了。",
 "A|好的，感谢您的理解和支持，祝您生活愉快，再见。",
])
call("insurance", ["greeting"], "Agent's first words 喂？ then full greeting only after the customer spoke (late + opens with 喂) -> greeting only (policy: opening 喂 is not counted as forbidden).", [
 "A|喂？",
 "C|你好，是安康保险吗？",
 "A|您好，安康保险客服，我是小许，请问有什么可以帮您？",
 "C|我想问一下我的车险什么时候到期。",
 "A|好的，请问您的车牌号是多少？",
 "C|浙A八六七五二。",
 "A|好的，您的车险到期日是明年一月十八号，到期前一个月我们会短信提醒您续保。",
 "C|好的，知道了。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，谢谢您的来电，祝您出行平安，再见。",
])
call("ecommerce", ["greeting"], "Opening is only the company name, no 问候 and no offer of help.", [
 "A|优品汇售后。",
 "C|你好，我买的电饭煲想换个颜色，能换吗？",
 "A|可以的，请问您的订单号是多少？",
 "C|二零二六一一二八零零四五。",
 "A|好的，这个订单签收还不到七天，可以申请换货，运费由我们承担，我已经帮您提交了换货申请，白色有货。",
 "C|太好了，谢谢。",
 "A|不客气，快递员明天上门取件，新的会在取件后三天内寄出。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的支持，祝您购物愉快，再见。",
])
call("telecom", ["greeting"], "Self-introduction only (您好，我是小陈) - no company, no offer of help.", [
 "A|您好，我是小陈。",
 "C|你好，我想把套餐换成便宜点的。",
 "A|好的，请问您怎么称呼？",
 "C|我姓马。",
 "A|马女士您好，您现在是一百二十八元的套餐，我们有五十八元和七十八元两档，五十八元包含二十G流量和三百分钟通话。",
 "C|那就五十八的吧，我流量用得不多。",
 "A|好的，五十八元套餐从下个月一号开始生效，每月收费五十八元，本月还是按原套餐收取。",
 "C|行，可以。",
 "A|已经帮您办理好了，稍后会有短信通知。请问还有别的需要吗？",
 "C|没了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("telecom", ["greeting"], "Noisy ASR: opening 喂 你好 星海通信 - opens with 喂, no offer of help.", [
 "A|喂，你好，星海通信。",
 "C|你好，我手机欠费停机了，我交了钱怎么还没开？",
 "A|不好意思给您添麻烦了，请问您是什么时候交的费？",
 "C|就刚才，交了一百。",
 "A|缴费到账一般需要几分钟，我帮您看一下，已经到账了，系统正在复机，五分钟内会恢复。",
 "C|好的。",
 "A|请问还有其他问题吗？",
 "C|没有了，谢谢。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
], noise=True)
call("insurance", ["greeting"], "Late greeting: agent's first words 那个… (tic), customer speaks, then greeting. Only 1 tic -> no filler.", [
 "A|那个……",
 "C|你好？听得到吗？",
 "A|您好，平和人寿客服中心，工号五五零八，请问有什么可以帮您？",
 "C|我想改一下保单上的手机号。",
 "A|好的，请问您贵姓？",
 "C|姓黄。",
 "A|黄先生您好，请提供一下保单号和投保人身份证后六位。",
 "C|保单号PH二零二三零八八一，身份证后六位一二零零三四。",
 "A|核实通过，请问新的手机号是多少？",
 "C|一三九五七一二八八四六。",
 "A|好的，已经为您变更成功，一三九五七一二八八四六。请问还有其他可以帮您的吗？",
 "C|没了。",
 "A|好的，感谢您的配合，祝您身体健康，再见。",
])
# ---------------------------------------------------------------- CLOSING positives
call("express", ["closing"], "Closing is only 好的，再见 (no thanks, no blessing). Agent's last turn says goodbye -> no hangup. Hard neg hangup: the agent has the last word but it says 再见.", [
 "A|您好，迅捷速运，工号六一二，请问有什么可以帮您？",
 "C|你好，我想寄一个文件到北京，今天能取件吗？",
 "A|可以的，请问您的取件地址是哪里？",
 "C|上海市徐汇区漕溪北路八十八号。",
 "A|好的，已经帮您下单，快递员下午四点前上门取件，文件类首重十二元，寄件时付款就可以。",
 "C|行，那我知道了。",
 "A|好的，再见。",
])
call("telecom", ["closing", "hangup"], "Agent ends with 嗯，好，那就这样 after the customer - no thanks, no blessing, no goodbye -> closing + hangup.", [
 "A|您好，星海通信，工号三零二六，请问有什么可以帮您？",
 "C|你好，我想问一下我的流量还剩多少。",
 "A|好的，请问是本机号码吗？",
 "C|是的。",
 "A|您本月套餐内流量还剩六点五G，另外有一个两G的夜间流量包。",
 "C|哦，夜间流量包是几点到几点？",
 "A|晚上十一点到第二天早上七点。",
 "C|好，那够用了。",
 "A|嗯，好，那就这样。",
])
call("ecommerce", ["closing"], "Closing has thanks + 再见 but no blessing -> incomplete (policy: blessing required).", [
 "A|您好，优品汇商城，我是客服小雨，请问有什么可以帮您？",
 "C|我想问一下我的退款到哪一步了。",
 "A|好的，请您提供一下订单号。",
 "C|二零二六一二零一三三八七。",
 "A|您的退款已经审核通过，原路退回到您的支付宝，预计一到三个工作日到账。",
 "C|好的，那我等着。",
 "A|请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，再见。",
])
call("broadband", ["closing"], "Closing has a blessing + 再见 but no thanks -> incomplete.", [
 "A|您好，恒通宽带，工号一九三，请问有什么可以帮您？",
 "C|我下个月要搬家，宽带能移机吗？",
 "A|可以的，请问新地址是哪个小区？",
 "C|滨江区的春晓花园。",
 "A|春晓花园已经覆盖我们的光纤，可以移机，移机费五十元，在师傅上门安装当天收取。",
 "C|行，那我搬家之前再打电话约。",
 "A|好的，建议您提前三天预约。",
 "C|好的。",
 "A|祝您生活愉快，再见。",
])
call("bankcard", ["closing"], "Customer says 谢谢 再见 and the call ends; agent's last turn was an answer, never closed -> closing (customer has the last word -> no hangup). Hard neg name_ask: 请问您怎么称呼.", [
 "A|您好，华信银行信用卡中心，工号八八零二，请问有什么可以帮您？",
 "C|你好，我的信用卡额度能不能提一下？",
 "A|请问您怎么称呼？",
 "C|我姓周。",
 "A|周女士您好，我帮您查询一下，目前您的卡暂时不符合临时提额条件，建议您保持按时还款，系统会定期评估。",
 "C|好吧，那我过段时间再看看。谢谢，再见。",
])
call("telecom", ["closing", "hangup"], "Agent closes with 那挂了 - not a closing, not a polite goodbye; agent has last word -> closing + hangup. One 啊 (single tic, no filler). Hard neg greeting: 很高兴为您服务 variant of a complete greeting.", [
 "A|您好，星海通信客服中心，很高兴为您服务，请问有什么可以帮您？",
 "C|我想开通一下来电显示。",
 "A|您的号码已经包含来电显示功能，不需要另外开通，也不收费。",
 "C|哦，那可能是我手机设置的问题。",
 "A|是的，您可以在手机设置里看一下。还有别的事吗？没有的话我挂了啊。",
 "C|没了。",
 "A|那挂了。",
])
call("express", ["closing"], "Noisy: agent closes with only 谢谢 再见 -> no blessing -> closing.", [
 "A|您好，顺达快递客服，工号四三一，请问有什么可以帮您？",
 "C|我的快递显示签收了但是我没收到。",
 "A|非常抱歉，请您提供一下运单号，我马上帮您核实。",
 "C|SD七七八九零一二三四五。",
 "A|我查到是放在您小区的丰巢快递柜了，取件码应该已经短信发给您，我再帮您重新发送一次。",
 "C|收到了，是六位数的那个吗？",
 "A|对的，您用这个码去快递柜取就可以了。",
 "C|好，知道了。",
 "A|谢谢，再见。",
], noise=True)
call("bankcard", ["closing"], "Closing gives hotline + 工号 but no thanks and no blessing -> incomplete.", [
 "A|您好，华信银行信用卡中心，工号六零二，请问有什么可以帮您？",
 "C|我的卡丢了，想挂失。",
 "A|好的，请问您的姓名是？",
 "C|陈晓燕。",
 "A|陈女士您好，请提供一下身份证号后四位。",
 "C|零九二八。",
 "A|核实通过，已经为您办理了挂失，新卡会在七个工作日内寄到您的账单地址。",
 "C|好的。",
 "A|如有问题可以拨打我们客服热线九五五八八，我的工号是六零二，再见。",
])
call("insurance", ["closing"], "Agent: 好的，谢谢 (no blessing); customer says 再见 last -> closing.", [
 "A|您好，安康保险，我是客服小邓，请问有什么可以帮您？",
 "C|你好，我想查一下我的理赔进度。",
 "A|好的，请问您的报案号是多少？",
 "C|报案号是一二零零八七六五。",
 "A|您的理赔材料已经审核完毕，赔款三千二百元已于昨天转账到您尾号六六八的银行卡。",
 "C|哦，那我去看看，应该到了。",
 "A|好的，谢谢。",
 "C|再见。",
])
# ---------------------------------------------------------------- CLOSING hard negatives (clean calls)
call("broadband", [], "Clean. Closing variant: 感谢您的耐心等待 + 祝您工作顺利 after an announced 35 s hold (<=60 s). Hard neg closing: 感谢您的耐心等待 variant.", [
 "A|您好，恒通宽带，工号二零八，请问有什么可以帮您？",
 "C|我家的光猫一直亮红灯，上不了网。",
 "A|非常抱歉给您带来不便，请问您的宽带账号是多少？",
 "C|HT零五七一六六二九。",
 "A|好的，我帮您远程检测一下线路，请您稍等。",
 "A|感谢您的耐心等待，我这边已经帮您重置了端口，麻烦您把光猫电源拔掉，等十秒再插上。|gap=35",
 "C|好，我拔一下。……现在绿灯了，可以上网了。",
 "A|好的，恢复了就好。请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的耐心等待，祝您工作顺利，再见。",
])
call("ecommerce", [], "Clean. Closing = 谢谢您的支持 + 祝您周末愉快 (no 再见 needed). Hard neg greeting: 下午好，欢迎致电…请问有什么可以帮到您 variant. Hard neg closing: 谢谢您的支持 + 周末愉快, no 再见.", [
 "A|下午好，欢迎致电优品汇商城，我是客服安安，请问有什么可以帮到您？",
 "C|我想问问你们双十二有什么活动。",
 "A|双十二当天全场满三百减四十，另外会员还可以叠加一张二十元的无门槛券，券会在十二号零点发到您的账户。",
 "C|那我是会员吗？",
 "A|请问您的手机号是多少？我帮您查询。",
 "C|一八六零五七三四四二一。",
 "A|您是我们的黄金会员，可以领取这张券。",
 "C|好的，那我到时候看看。",
 "A|好的，谢谢您的支持，祝您周末愉快。",
 "C|拜拜。",
])
call("telecom", [], "Clean. Closing 感谢来电 + 祝您生活愉快 without 再见; customer says goodbye last. Hard neg closing: 感谢来电 variant.", [
 "A|您好，云途移动，工号一一五七，请问有什么可以帮您？",
 "C|我想问一下我积分能换什么东西。",
 "A|您目前有三千二百积分，可以兑换三十元话费，或者兑换五G的通用流量。",
 "C|那换话费吧。",
 "A|好的，已经为您兑换三十元话费，预计两小时内到账。请问还有其他问题吗？",
 "C|没了。",
 "A|好的，感谢来电，祝您生活愉快。",
 "C|好，再见。",
])
call("express", [], "Clean. Full order-flow closing: delivery process + hotline + 工号 + thanks + blessing. Hard neg closing: long order-flow closing. Hard neg greeting: 请问您是查件还是寄件 as the offer of help.", [
 "A|您好，顺达快递，工号一一二，请问您是查件还是寄件？",
 "C|寄件，我要寄一箱橘子到成都。",
 "A|好的，请问您怎么称呼？",
 "C|我姓杨。",
 "A|杨先生您好，请提供一下寄件地址和收件人信息。",
 "C|寄件地址是温州市鹿城区学院路十五号，收件人张丽，电话一三五八零零二三七七六，成都市武侯区科华北路六十二号。",
 "A|我核对一下，收件人张丽，一三五八零零二三七七六，成都市武侯区科华北路六十二号，对吗？",
 "C|对的。",
 "A|橘子属于生鲜，按重量计费，大概十公斤是六十五元，取件时现场称重付款。快递员今天下午三点前上门，预计两天送达，有问题可以拨打四零零八八八一二三四，我是工号一一二的小林，感谢您的来电，祝您生活愉快。",
 "C|好的，谢谢。",
])
call("insurance", [], "Clean, noisy ASR. Closing thanks + blessing (Traditional chars / no punctuation). Hard neg closing: noisy closing.", [
 "A|您好，平和人寿，工号三三零九，请问有什么可以帮您？",
 "C|我想问一下我的保单现金价值是多少。",
 "A|好的，请问您贵姓？",
 "C|姓吴。",
 "A|吴女士您好，请提供一下保单号。",
 "C|PH二零一九零五六六二。",
 "A|您这份保单目前的现金价值是一万两千四百元，每年保单周年日会更新。",
 "C|好的，知道了。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
], noise=True)
call("bankcard", [], "Clean. Thanks in the penultimate agent turn (谢谢您的配合), blessing + 再见 in the last turn -> complete closing per policy. Hard neg closing: thanks in the penultimate agent turn.", [
 "A|您好，华信银行信用卡中心，工号七七一，请问有什么可以帮您？",
 "C|我想把自动还款的卡换一张。",
 "A|好的，请问您的姓名是？",
 "C|林志强。",
 "A|林先生您好，请提供一下新的借记卡卡号。",
 "C|六二二二零二一二零零一八八六六七七。",
 "A|已经为您变更成功，下个账单周期起生效。谢谢您的配合。",
 "C|嗯，没别的了。",
 "A|好的，祝您生活愉快，再见。",
])
call("ecommerce", [], "Clean. Closing 多谢您的来电 + 祝您新年快乐 variant. Hard neg closing: 多谢 variant.", [
 "A|您好，优品汇商城，工号九零三，请问有什么可以帮您？",
 "C|我想开个发票，公司报销用。",
 "A|好的，请问是哪个订单呢？",
 "C|上周买的打印机，订单号二零二六一一二五七七六二。",
 "A|好的，请提供一下公司抬头和税号。",
 "C|杭州青禾科技有限公司，税号九一三三零一零六MA二八零零一二三X。",
 "A|已经为您提交电子发票，会在二十四小时内发送到您的邮箱。",
 "C|好的，谢谢。",
 "A|不客气，多谢您的来电，祝您新年快乐，再见。",
])
call("telecom", [], "Clean. Customer says 谢谢 first; agent closes with 感谢您的反馈 + 祝您身体健康; customer had a suggestion (thanks for feedback). Hard neg closing: 感谢您的反馈 variant. Hard neg apology: 非常抱歉让您久等了 right after the complaint.", [
 "A|您好，星海通信，工号二二四八，请问有什么可以帮您？",
 "C|我提个建议，你们的营业厅周末能不能多开几个窗口，每次排队都要一个小时。",
 "A|非常抱歉让您久等了，您的建议我已经记录下来，会反馈给营业厅的负责部门。另外很多业务在我们的手机营业厅也可以办理，不用排队。",
 "C|行，我下次试试手机上办。",
 "A|好的，请问还有其他可以帮您的吗？",
 "C|没有了，谢谢。",
 "A|不客气，感谢您的反馈，祝您身体健康，再见。",
])
# ---------------------------------------------------------------- FORBIDDEN positives
call("telecom", ["forbidden"], "Agent says 我也不知道为什么会扣 (agent's own not knowing) -> forbidden. Agent apologised first so no apology finding. Hard neg apology: 非常抱歉 in the first reply.", [
 "A|您好，星海通信，工号三一零四，请问有什么可以帮您？",
 "C|我这个月被扣了十块钱的彩铃费，我从来没开过彩铃。",
 "A|非常抱歉，我帮您查一下。",
 "A|系统显示是十一月三号开通的，我也不知道为什么会扣这个钱。|gap=3",
 "C|那你们得给我退啊。",
 "A|好的，我帮您提交退费申请，十元会在三个工作日内退回到您的话费账户，彩铃也已经帮您取消了。",
 "C|行吧。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("ecommerce", ["forbidden"], "Agent: 这个不清楚，系统上没显示 -> forbidden (agent's own 不清楚). Customer not upset.", [
 "A|您好，优品汇商城，我是客服晓晓，请问有什么可以帮您？",
 "C|我想问一下这款空气炸锅什么时候补货。",
 "A|这个不清楚，系统上没显示补货时间。",
 "C|那我能设置个到货提醒吗？",
 "A|可以的，您在商品页面点击到货通知，补货后会第一时间短信提醒您。",
 "C|好的，我去点一下。",
 "A|请问还有其他问题吗？",
 "C|没了。",
 "A|好的，感谢您的支持，祝您购物愉快，再见。",
])
call("bankcard", ["forbidden", "apology"], "Agent says 你这话什么意思 when the customer is unhappy about a fee; no apology in the next turns -> forbidden + apology. Hard neg insult: 你这话什么意思 is a forbidden phrase, rude but not an insult.", [
 "A|您好，华信银行信用卡中心，工号五一六，请问有什么可以帮您？",
 "C|我就晚还了一天，你们就收我一百多的违约金，你们这不是坑人吗？",
 "A|你这话什么意思？违约金是按合同收的。",
 "C|合同我哪看得到那么细。",
 "A|合同上写得很清楚，逾期会收取最低还款额未还部分百分之五的违约金。我可以帮您申请一次减免，但不保证能通过。",
 "C|那你帮我申请一下吧。",
 "A|好的，已经提交申请，结果三个工作日内短信通知您。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("telecom", ["forbidden"], "Agent: 那你想好了再打来吧 (brush-off) -> forbidden.", [
 "A|您好，云途移动，工号二九零一，请问有什么可以帮您？",
 "C|我想换个套餐，但是我也不知道换哪个好。",
 "A|我们现在有三十八元、五十八元、八十八元三档套餐，您平时流量用得多吗？",
 "C|还行吧，有时候多有时候少，我再想想。",
 "A|那你想好了再打来吧。",
 "C|……那行吧。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("broadband", ["forbidden"], "Bad line: agent says 喂，喂，您还在吗 to the customer. Policy: 喂 to the customer is forbidden even as a line check.", [
 "A|您好，恒通宽带，工号三六六，请问有什么可以帮您？",
 "C|我想问一下续费的事，我的宽带是不是快到期了。",
 "A|请问您的宽带账号是多少？",
 "C|HT零五七一……|rate=0.3",
 "A|喂，喂，您还在吗？|gap=4",
 "C|在在，刚才信号不好，HT零五七一七二三零。",
 "A|好的，您的宽带将于十二月三十一号到期，续费一年是六百元，续费后从明年一月一号起生效。",
 "C|行，我在网上交就行吧？",
 "A|是的，在我们的公众号里就可以续费。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("express", ["forbidden", "apology"], "Agent addresses the customer with 喂 mid-call (喂，我说的您听明白没有) and never apologises for the lost parcel -> forbidden + apology.", [
 "A|您好，迅捷速运，工号七零三，请问有什么可以帮您？",
 "C|我的快递已经五天没更新物流了，是不是丢了？",
 "A|您报一下单号。",
 "C|XJ三三八零二一九七六五。",
 "A|我看到是在武汉中转站滞留了，已经给您催件了，如果四十八小时还没更新，可以申请理赔。",
 "C|那要是真丢了怎么办？",
 "A|喂，我说的您听明白没有？四十八小时没更新就申请理赔。",
 "C|……听明白了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("insurance", ["forbidden"], "Agent: 我不明白你说什么 -> forbidden.", [
 "A|您好，安康保险，工号四八零二，请问有什么可以帮您？",
 "C|我那个，就是去年那个，买的那个意外的，现在还管不管用？",
 "A|我不明白你说什么，您是问意外险是否还在保障期内吗？",
 "C|对对对，就是这个。",
 "A|请问您贵姓？",
 "C|姓孙。",
 "A|孙先生，您的意外险保障期到明年三月十号，目前有效。",
 "C|好的好的。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("ecommerce", ["forbidden", "apology"], "Agent: 你自己看着办吧 (brush-off) after the customer's size problem; no apology -> forbidden + apology.", [
 "A|您好，优品汇商城，我是客服小北，请问有什么可以帮您？",
 "C|我买的鞋子码数偏小，穿不上，你们详情页写的是标准码。",
 "A|我们的鞋子都是标准码，您可以申请换货或者退货。",
 "C|换货要多久？我周末就要穿。",
 "A|换货正常要四到五天，周末肯定来不及，你自己看着办吧。",
 "C|那我退了去实体店买吧。",
 "A|好的，退货申请已经帮您提交，快递员明天上门取件，运费险会承担运费。",
 "C|行。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("telecom", ["forbidden"], "Noisy: agent 这个我不清楚 (agent's own not knowing). One 这个 -> no filler.", [
 "A|您好，星海通信客服，工号三三一七，请问有什么可以帮您？",
 "C|我想问一下五G套餐什么时候能在我们县城用上。",
 "A|这个我不清楚，我们没有收到具体的建设时间。",
 "C|那你们有消息了能通知我吗？",
 "A|可以的，我帮您登记一下，有开通消息会短信通知您。",
 "C|好。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
], noise=True)
call("broadband", ["forbidden", "shirking"], "Agent: 这不归我管，你找物业去 - forbidden phrase and push-away with no referral/ticket -> forbidden + shirking. Agent apologised first. Hard neg apology: 不好意思给您带来困扰了 in the first reply.", [
 "A|您好，恒通宽带，工号一五八，请问有什么可以帮您？",
 "C|你们的网线挂在我们楼道里，乱七八糟的，能不能来整理一下？",
 "A|不好意思给您带来困扰了，请问是哪个小区？",
 "C|金都花园七幢。",
 "A|楼道里的线有好几家运营商的，这不归我管，你找物业去。",
 "C|物业说是你们的线啊。",
 "A|那您让物业跟我们联系吧。",
 "C|好吧。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
# ---------------------------------------------------------------- FORBIDDEN hard negatives
call("bankcard", [], "Clean. Hard neg forbidden: customer doesn't know the bill date, agent says 您不知道也没关系 (about the customer). Polite 您贵姓. Hard neg name_ask: 请问您贵姓.", [
 "A|您好，华信银行信用卡中心，工号二四六，请问有什么可以帮您？",
 "C|我也不知道我的卡是哪天出账单，每次都忘了还。",
 "A|您不知道也没关系，我帮您查一下，请问您贵姓？",
 "C|姓郑。",
 "A|郑女士您好，请提供一下身份证后四位。",
 "C|五五八一。",
 "A|核实通过，您的账单日是每月十二号，还款日是每月三十号。我可以帮您开通自动还款，就不会忘了。",
 "C|那太好了，帮我开一下吧。",
 "A|好的，已经为您开通全额自动还款，从本期账单开始生效。请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("telecom", [], "Clean. Hard neg forbidden: 如有不明白的地方随时问我 (reassurance) + 我明白您的意思.", [
 "A|您好，星海通信，工号三零九九，请问有什么可以帮您？",
 "C|我爸妈年纪大了，想给他们办个亲情号，互相打电话不要钱的那种。",
 "A|我明白您的意思，您可以办理亲情网，最多五个号码之间互打免费，每月功能费十元，从办理次月一号开始收取。",
 "C|那怎么加号码？",
 "A|您把要加的号码告诉我，我直接帮您添加。如有不明白的地方随时问我。",
 "C|一三八五七一零二二三三，一三九五七一零四四五五。",
 "A|好的，已经帮您添加这两个号码，明天零点生效。请问还有其他问题吗？",
 "C|没有了，谢谢。",
 "A|好的，感谢您的来电，祝您全家身体健康，再见。",
])
call("broadband", [], "Clean. Hard neg forbidden: 抱歉，我这边听不清楚，信号不太好 (hearing, not not-knowing). Customer says 喂 (not the agent). Hard neg greeting: complete greeting even though the customer then says 喂.", [
 "A|您好，恒通宽带，工号二一七，请问有什么可以帮您？",
 "C|喂？我想……装……宽带……|rate=0.32",
 "A|抱歉，我这边听不清楚，信号不太好，麻烦您稍微大声一点好吗？",
 "C|喂？现在能听清吗？我想新装宽带。",
 "A|现在可以听清了。请问您要安装的地址是哪里？",
 "C|西湖区文三路的华星公寓。",
 "A|好的，这个小区已经覆盖，五百兆宽带每年九百六十元，安装费免收，从安装开通当天开始计费。",
 "C|行，那帮我约个时间。",
 "A|已经为您预约了本周六上午，师傅会提前联系您。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("express", ["apology"], "Hard neg forbidden: courier (third party) 可能不清楚您的新地址 - not the agent's own not knowing. But the customer is upset about a failed delivery and the agent never apologises -> apology.", [
 "A|您好，顺达快递，工号五零六，请问有什么可以帮您？",
 "C|我的快递又送到老地址去了，我都改了地址了，怎么回事！",
 "A|您改地址是在下单之后改的吗？",
 "C|对，昨天改的。",
 "A|派送的快递员可能不清楚您的新地址，系统更新有延迟，我帮您备注一下，并联系快递员今天重新派送到新地址。",
 "C|那今天能送到吗？",
 "A|今天下午六点前会送到，快递员会提前打电话给您。请问还有其他问题吗？",
 "C|没了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("bankcard", [], "Clean. Hard neg forbidden: 如果您不清楚密码 (customer's not knowing) and 您的情况我已经清楚了 (affirmative).", [
 "A|您好，华信银行信用卡中心，工号六三五，请问有什么可以帮您？",
 "C|我刷卡的时候要输密码，我都忘了设没设过密码。",
 "A|您的情况我已经清楚了。如果您不清楚密码，可以在手机银行里重置交易密码，也可以在这里通过语音重置。",
 "C|那就在手机上弄吧，在哪个菜单？",
 "A|在手机银行首页点信用卡，再点卡片管理，里面有交易密码设置。",
 "C|好，我找到了。",
 "A|好的，请问还有其他可以帮您的吗？",
 "C|没有了，谢谢。",
 "A|不客气，感谢您的来电，祝您用卡愉快，再见。",
])
call("telecom", [], "Clean. Hard neg forbidden/apology: customer complains a colleague said 不清楚 last time; agent quotes it to apologise. Hard neg closing: 感谢您的反馈 + 祝您旅途愉快 variant.", [
 "A|您好，云途移动，工号二五五三，请问有什么可以帮您？",
 "C|我上次打电话问国际漫游怎么开，你们那个人说不清楚，让我去营业厅，我很不满意。",
 "A|非常抱歉，上次回答您不清楚是我们服务不到位，我这边直接帮您开通。请问您要去哪个国家？",
 "C|去泰国，下周一。",
 "A|好的，国际漫游已经帮您开通，泰国可以办理每天二十五元的流量包，按天收费，在当地开始使用流量的那天才扣费。",
 "C|行，那帮我也订上。",
 "A|好的，已经订好了。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的反馈，祝您旅途愉快，再见。",
])
call("insurance", [], "Clean. Hard neg forbidden: polite 您考虑好了随时联系我们 (not 想好了再打来吧). Customer hesitant.", [
 "A|您好，安康保险，工号四一零六，请问有什么可以帮您？",
 "C|我看到你们有个少儿医疗险，想了解一下。",
 "A|好的，请问怎么称呼您？",
 "C|我姓钱。",
 "A|钱女士您好，这款少儿医疗险覆盖住院和门诊，零到十七岁可以投保，保费按年龄不同，三岁的孩子一年是四百八十元，投保成功次日零点生效并开始扣费。",
 "C|嗯，我再和我老公商量一下。",
 "A|好的，不着急，您考虑好了随时联系我们，我们会把产品资料发到您的手机上供您参考。",
 "C|好的。",
 "A|感谢您的来电，祝您全家健康，再见。",
])
call("ecommerce", [], "Clean, noisy. Customer says 喂 twice (not the agent); agent 我明白了. Hard neg greeting: complete greeting, the customer's 喂喂 is not the agent's.", [
 "A|您好，优品汇商城，工号九一二，请问有什么可以帮您？",
 "C|喂？喂？你好，我想问下我买的东西能不能改地址。",
 "A|可以的，请问您的订单号是多少？",
 "C|二零二六一二零二五五一八。",
 "A|我明白了，订单还没有发货，可以修改，请告诉我新的地址。",
 "C|改成南京市鼓楼区中山北路一百零五号。",
 "A|好的，已经修改为南京市鼓楼区中山北路一百零五号。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
], noise=True)
# ---------------------------------------------------------------- INSULT positives
call("telecom", ["insult", "apology", "complaint"], "Agent: 你神经病吧 -> insult; customer then says 我要投诉你 (complaint) and the agent does not apologise -> apology.", [
 "A|您好，星海通信，工号三四零八，请问有什么可以帮您？",
 "C|我问第三遍了，我的宽带融合套餐到底怎么退订？",
 "A|你神经病吧，这都问几遍了，我刚才不是说了吗，去营业厅办理。",
 "C|你怎么说话的？我要投诉你！",
 "A|退订需要本人带身份证去营业厅办理。",
 "C|行，你等着。",
 "A|感谢您的来电，祝您生活愉快，再见。",
])
call("broadband", ["insult"], "Agent: 你是不是听不懂人话 -> insult. Customer stays calm (no dissatisfaction expressed).", [
 "A|您好，恒通宽带，工号二八九，请问有什么可以帮您？",
 "C|我想问一下路由器的密码怎么改。",
 "A|在浏览器输入一九二点一六八点一点一，登录后在无线设置里面改。",
 "C|一九二后面是什么？",
 "A|你是不是听不懂人话？一九二点一六八点一点一。",
 "C|哦，好，我记下了。",
 "A|请问还有其他问题吗？",
 "C|没了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("ecommerce", ["insult", "apology"], "Agent: 你脑子有问题吧 to a customer who ordered the wrong item; customer is upset (你怎么骂人), no apology -> insult + apology.", [
 "A|您好，优品汇商城，我是客服小美，请问有什么可以帮您？",
 "C|我下单的时候选错了型号，已经发货了，能不能拦截？",
 "A|下单的时候页面写得那么清楚还能选错，你脑子有问题吧。",
 "C|你怎么骂人呢？",
 "A|已经发货的可以拒收，拒收后系统自动退款。",
 "C|行吧。",
 "A|感谢您的来电，祝您生活愉快，再见。",
])
call("bankcard", ["insult"], "Agent mocks the customer's intelligence: 这么简单都不会，真服了你了 -> insult.", [
 "A|您好，华信银行信用卡中心，工号三一五，请问有什么可以帮您？",
 "C|我想用手机银行查账单，但是找不到在哪。",
 "A|首页就有信用卡账单，这么简单都不会，真服了你了。",
 "C|哦，首页……找到了。那账单分期在哪里？",
 "A|账单页面下面就有分期按钮，点进去选期数就行。",
 "C|好，看到了。",
 "A|请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("express", ["insult", "apology"], "Agent: 你耳朵不好使吗？我都说三遍了 (mocks hearing) while the customer is complaining about a late parcel; no apology -> insult + apology.", [
 "A|您好，顺达快递，工号八一九，请问有什么可以帮您？",
 "C|我的件说好昨天到，今天还没到，太耽误事了。",
 "A|您的件在派送中，今天会到。",
 "C|几点能到？",
 "A|今天会到，今天会到，你耳朵不好使吗？我都说三遍了。",
 "C|……算了。",
 "A|请问还有其他问题吗？",
 "C|没了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("insurance", ["insult", "apology"], "Agent: 你爱去死不死 (gravest insult) when the customer is angry about a claim denial; no apology -> insult + apology.", [
 "A|您好，安康保险，工号四七七，请问有什么可以帮您？",
 "C|你们凭什么拒赔？我住院花了两万多，你们一分钱都不赔，我看我不如死了算了！",
 "A|拒赔是因为既往症没有告知，你爱去死不死，跟我没关系。",
 "C|你这是什么态度？",
 "A|您可以提交补充材料申请复核，复核结果十五个工作日内出来。",
 "C|……行，我知道了。",
 "A|感谢您的来电，祝您生活愉快，再见。",
])
call("telecom", ["insult"], "Noisy: 你是不是神经病啊 heard as 神经变 - still an insult. One 啊 only.", [
 "A|您好，星海通信客服，工号二零七三，请问有什么可以帮您？",
 "C|我想把我的号码改成一个好听一点的号，就是那种全是八的。",
 "A|你是不是神经病啊，全是八的号哪有。",
 "C|那有没有尾号带八八的？",
 "A|尾号八八的靓号需要到营业厅选号，有最低消费要求。",
 "C|好，那我去营业厅看看。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
], noise=True)
call("bankcard", ["insult", "apology"], "Sarcasm: 哟，您可真聪明，自己把卡锁了还怪银行 -> insult (sarcasm). Customer unhappy about a locked card; no apology.", [
 "A|您好，华信银行信用卡中心，工号五零九，请问有什么可以帮您？",
 "C|我的卡突然刷不了了，我在超市结账，很尴尬，你们怎么搞的？",
 "A|我查一下，是您连续三次输错密码，卡片被锁定了。哟，您可真聪明，自己把卡锁了还怪银行。",
 "C|我怎么知道会锁。",
 "A|核实身份后可以帮您解锁，请提供身份证后四位。",
 "C|二零一六。",
 "A|已经解锁了，您现在可以正常使用。",
 "C|好。",
 "A|感谢您的来电，祝您生活愉快，再见。",
])
call("ecommerce", ["insult"], "Agent: 没文化真可怕 (mocking) when the customer misreads a product page -> insult.", [
 "A|您好，优品汇商城，工号九三六，请问有什么可以帮您？",
 "C|你们这个净水器写的是RO反渗透，RO是什么意思？",
 "A|没文化真可怕，RO就是反渗透的英文缩写。",
 "C|哦，那它能去除水垢吗？",
 "A|可以去除大部分水垢和重金属。",
 "C|好的。",
 "A|请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
# ---------------------------------------------------------------- INSULT hard negatives
call("express", ["complaint"], "Hard neg insult: customer reports that a previous agent called him 神经病; agent quotes it to handle the complaint (他说您神经病是严重违规) and apologises. Customer 我要投诉他 -> complaint. Hard neg apology: 非常抱歉 immediately.", [
 "A|您好，迅捷速运，工号七二六，请问有什么可以帮您？",
 "C|我昨天打你们电话，有个客服骂我神经病，我要投诉他！",
 "A|非常抱歉给您带来这么不好的体验。他说您神经病是严重违规，我马上给您登记投诉，请问您大概是几点打的电话？",
 "C|昨天下午三点多。",
 "A|好的，我已经登记，投诉单号是TS二零二六一二零四零一八，我们会在二十四小时内给您回复处理结果。",
 "C|好，我等你们的回复。",
 "A|再次向您道歉，感谢您的反馈，祝您生活愉快，再见。",
])
call("telecom", [], "Hard neg insult: the CUSTOMER insults the agent (你们客服都是神经病吗); agent apologises and stays polite. No complaint intent stated. Hard neg apology: the customer insults the agent; agent apologises.", [
 "A|您好，星海通信，工号三八一二，请问有什么可以帮您？",
 "C|你们客服都是神经病吗？一天给我打三个推销电话！",
 "A|非常抱歉打扰到您了，我马上帮您把号码加入免打扰名单，以后不会再有营销电话打给您。",
 "C|早该这样了。",
 "A|实在不好意思，已经设置好了，二十四小时内生效。请问还有其他可以帮您的吗？",
 "C|没了。",
 "A|好的，感谢您的理解，祝您生活愉快，再见。",
])
call("insurance", [], "Clean. Hard neg insult: claim for 神经内科 hospitalisation (神经 in a department name). Hard neg closing: 祝老人家早日康复 variant.", [
 "A|您好，平和人寿，工号三零七二，请问有什么可以帮您？",
 "C|我妈上个月在神经内科住院，医疗险能报吗？",
 "A|可以的，请问被保险人怎么称呼？",
 "C|她叫赵桂芳。",
 "A|赵桂芳女士的医疗险在保障期内，神经内科住院属于保障范围，需要提供住院病历、费用清单和发票。",
 "C|材料寄到哪里？",
 "A|您可以在我们的公众号上传照片，不需要邮寄，审核通过后五个工作日内赔付。",
 "C|好的。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝老人家早日康复，再见。",
])
call("bankcard", [], "Clean. Hard neg insult: customer self-deprecates (我是不是傻); agent reassures (没有没有，入口确实不太好找) and offers to explain again (是我没说清楚). Hard neg tariff: 分十二期手续费多少 -> 每期三十元，从十二月十二号开始.", [
 "A|您好，华信银行信用卡中心，工号二一一，请问有什么可以帮您？",
 "C|我想办分期，但是在手机银行里找了半天都没找到，我是不是傻啊。",
 "A|没有没有，不好意思，分期的入口确实不太好找。在账单页面右上角有一个账单分期的按钮。",
 "C|账单页面……没看到啊。",
 "A|是我没说清楚，您先点首页的信用卡，再点本期账单，页面右上角就是账单分期。",
 "C|哦，找到了，分十二期手续费多少？",
 "A|分十二期每期手续费率是百分之零点六，按您五千元的账单，每期手续费三十元，从下个账单日十二月十二号开始随账单收取。",
 "C|好的，我自己在上面操作吧。",
 "A|好的，请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("broadband", [], "Clean. Hard neg insult: agent offers 您听不清楚的话我说慢一点 and 别着急，这个问题确实不太好理解 (empathy, not mockery). Customer elderly. Hard neg forbidden: 您听不清楚的话 is about the customer's hearing.", [
 "A|您好，恒通宽带，工号一零四，请问有什么可以帮您？",
 "C|小姑娘，我这个电视怎么没有台了？",
 "A|阿姨您别着急，给您添麻烦了，电视没有信号的话，您先看看机顶盒上的灯是不是亮着的。",
 "C|什么盒？你说慢点，我耳朵背。",
 "A|好的，您听不清楚的话我说慢一点。就是电视下面那个黑色的小盒子，您看它的灯亮不亮。|rate=0.3",
 "C|亮的，红色的。",
 "A|红灯是待机，您拿遥控器按一下最上面红色的电源键。|rate=0.3",
 "C|好了好了，有台了。",
 "A|太好了，请问还有其他可以帮您的吗？",
 "C|没了，谢谢你啊姑娘。",
 "A|不客气，感谢您的来电，祝您身体健康，再见。",
])
call("express", [], "Hard neg insult/complaint: customer reports the courier cursed at him (骂我有病) but says 我不是要投诉; agent apologises and records it. Reported insult, not the agent's. Hard neg apology: 真的非常抱歉 after the courier incident. Hard neg closing: 再次向您致歉 + 感谢您的反馈 + blessing.", [
 "A|您好，顺达快递，工号五五三，请问有什么可以帮您？",
 "C|今天送快递的那个小伙子，我让他送上楼，他骂我有病。我不是要投诉，就是希望你们提醒一下他。",
 "A|真的非常抱歉，快递员骂人是绝对不允许的，我这边已经记录下来，会反馈给站点负责人对他进行教育。",
 "C|嗯，下次注意就行。",
 "A|再次向您致歉，请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的反馈，祝您生活愉快，再见。",
])
call("ecommerce", [], "Clean, noisy. Hard neg insult: customer says 我真是笨; agent says 您一点都不笨，很多顾客都问过 .", [
 "A|您好，优品汇商城，工号九五零，请问有什么可以帮您？",
 "C|优惠券我领了但是结算的时候用不上，我真是笨，搞不明白。",
 "A|您一点都不笨，很多顾客都问过。这张券需要满两百元才能使用，您购物车现在是一百八十元。",
 "C|哦，原来是差二十块。",
 "A|是的，再加购二十元以上的商品就可以用了。请问还有其他问题吗？",
 "C|没了。",
 "A|好的，感谢您的来电，祝您购物愉快，再见。",
], noise=True)
call("telecom", [], "Clean. Hard neg insult: customer quotes a prank SMS saying 你去死吧; agent treats it as harassment and helps block it. Hard neg closing: 感谢您的来电 + 祝您平安顺利 variant.", [
 "A|您好，云途移动，工号二七一九，请问有什么可以帮您？",
 "C|有个陌生号码一直给我发短信，写什么你去死吧，我很害怕。",
 "A|请您别担心，很抱歉您遇到这样的事，我马上帮您把这个号码加入黑名单，请问号码是多少？",
 "C|一七零八八六五四三二一。",
 "A|已经加入黑名单。如果对方继续骚扰或者有威胁内容，建议您保留短信并向公安机关报警。",
 "C|好的，谢谢你。",
 "A|不客气，感谢您的来电，祝您平安顺利，再见。",
])
# ---------------------------------------------------------------- FILLER positives
call("telecom", ["filler"], "Agent tics: 啊/这个/那个/就是/然后 many times in ~40 s of agent speech -> filler. Hard neg tariff: customer asks 副卡要收费吗, agent gives amount + start (每张每月十元，从开通的当月开始收).", [
 "A|您好，星海通信，工号三五二一，请问有什么可以帮您？",
 "C|我想问一下怎么开通副卡。",
 "A|啊，副卡的话，这个，就是您需要带着身份证，然后去营业厅办理，那个，一个主卡最多可以办两张副卡。",
 "C|副卡要收费吗？",
 "A|啊，副卡每张每月十元，就是从开通的当月开始收，然后，这个，副卡共享主卡的流量和通话。",
 "C|好的，明白了。",
 "A|嗯嗯，那个，请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("ecommerce", ["filler"], "Agent tics 呀/啊/那个/然后/嗯嗯 throughout the explanation -> filler.", [
 "A|您好，优品汇商城，我是客服丁丁，请问有什么可以帮您？",
 "C|我买的扫地机器人不会连wifi。",
 "A|嗯嗯，这个呀，您先下载我们的APP，然后，那个，在APP里面点添加设备呀。",
 "C|添加了，但是一直连不上。",
 "A|啊，那个，您家的wifi是五G的吗？然后呀，扫地机只支持二点四G的，嗯嗯。",
 "C|哦，我换成二点四G试试……连上了。",
 "A|啊好的，那个，请问还有其他问题吗？",
 "C|没有了，谢谢。",
 "A|好的，感谢您的支持，祝您生活愉快，再见。",
])
call("bankcard", ["filler"], "Agent 就是/然后/这个 tics during an explanation of cash withdrawal -> filler.", [
 "A|您好，华信银行信用卡中心，工号四四二，请问有什么可以帮您？",
 "C|我想用信用卡取现金，有什么要注意的吗？",
 "A|就是，这个，取现是有手续费的，就是每笔百分之一，最低十元，然后，那个，从取现当天就开始计息，就是日息万分之五。",
 "C|那额度是多少？",
 "A|这个，您的取现额度是信用额度的一半，就是一万元，然后，每天最多取两千。",
 "C|好的，知道了。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("broadband", ["filler"], "Agent 嗯嗯/啊/这个/那个 tics while scheduling a repair -> filler.", [
 "A|您好，恒通宽带，工号三一八，请问有什么可以帮您？",
 "C|我家宽带断网了，能派人来修一下吗？",
 "A|嗯嗯，不好意思给您添麻烦了，啊，这个，您的地址是在哪里？",
 "C|拱墅区大关西苑三幢二单元。",
 "A|嗯嗯，好的，那个，师傅最早明天上午可以上门，啊，这个时间您方便吗？",
 "C|可以，明天上午我在家。",
 "A|嗯嗯，那个，已经帮您预约好了，啊，师傅会提前半小时打您电话。",
 "C|好。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("express", ["filler"], "Noisy: agent 那个/就是/啊/然后 tics, some in Traditional (那個) -> filler.", [
 "A|您好，顺达快递，工号三九七，请问有什么可以帮您？",
 "C|我想寄一台电脑，怎么包装比较好？",
 "A|啊，那个，电脑的话就是建议您用原包装，然后，那个，我们也可以上门帮您包装，就是收十五元包装费。",
 "C|包装费是取件的时候付吗？",
 "A|对，就是取件的时候付，然后运费按重量算，啊，电脑大概五公斤的话寄省内是二十二元。",
 "C|好的，那约明天上午取件吧。",
 "A|好的，已经帮您预约了。请问还有其他问题吗？",
 "C|没了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
], noise=True)
call("insurance", ["filler"], "Agent 这个/那个/就是 tics explaining a surrender -> filler.", [
 "A|您好，安康保险，工号四二三，请问有什么可以帮您？",
 "C|我想把我的那份分红险退掉。",
 "A|请问您怎么称呼？",
 "C|姓冯。",
 "A|冯先生，这个，退保的话就是只能拿回现金价值，那个，您这份保单现在现金价值是就是八千六百元左右，这个，比您交的保费要少。",
 "C|少多少？",
 "A|那个，您一共交了一万两千元，就是会少三千四百元左右，这个您要考虑一下。",
 "C|那我再想想吧。",
 "A|好的，您考虑好了随时联系我们。感谢您的来电，祝您生活愉快，再见。",
])
call("telecom", ["filler"], "Agent 然后/就是/啊 tics listing steps (used as tics, not as a sequence) -> filler.", [
 "A|您好，云途移动，工号二三四五，请问有什么可以帮您？",
 "C|我的手机收不到验证码短信。",
 "A|不好意思给您带来不便。啊，您先看一下，就是手机有没有开拦截软件，然后就是，然后，短信中心号码对不对。",
 "C|拦截软件我不太懂。",
 "A|啊，就是手机管家那种，然后您打开看看，就是骚扰拦截里面有没有。",
 "C|哦，找到了，都被拦了。",
 "A|嗯嗯，您把它恢复一下就可以了。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("ecommerce", ["filler"], "Agent 呀/啊/那个 tics in short turns; 7 tics in ~35 s -> filler.", [
 "A|您好，优品汇商城，工号九七二，请问有什么可以帮您？",
 "C|我想问一下我的会员积分什么时候过期。",
 "A|啊，积分呀，那个，每年十二月三十一号清零去年的积分呀。",
 "C|那我现在有多少？",
 "A|那个，您现在有两千三百分呀，啊，一百分可以抵一元。",
 "C|好，那我赶紧用掉。",
 "A|请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
# ---------------------------------------------------------------- FILLER hard negatives
call("telecom", [], "Clean. Hard neg filler: 这个/那个 used 4 times as real demonstratives (这个套餐, 那个流量包...), no tics. Tariff answered with amount + start. Hard neg tariff: 宽带要另外交安装费吗 -> free now and never charged.", [
 "A|您好，星海通信，工号三零五五，请问有什么可以帮您？",
 "C|我看到短信说有个一百九十九的套餐，送宽带的，划算吗？",
 "A|这个套餐包含四十G流量、一千分钟通话和三百兆宽带，比您现在的套餐加宽带单独办理每月能省四十元左右。",
 "C|那我现在有个流量包还没到期，怎么办？",
 "A|那个流量包到本月底到期，到期后不会再续订。这个套餐您今天办理的话从下个月一号开始生效，每月一百九十九元，从生效当月开始收取。",
 "C|宽带要另外交安装费吗？",
 "A|不需要，安装费是免收的，那个光猫也是免费提供的，不另外收费，以后也不会收。",
 "C|好，那帮我办了吧。",
 "A|好的，已经为您办理，短信稍后发送到您手机。请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("insurance", [], "Clean. Hard neg filler: exactly 3 tics (啊, 这个, 然后) spread over ~100 s of agent speech -> about 2 per minute, under the >4/min threshold.", [
 "A|您好，平和人寿，工号三一九零，请问有什么可以帮您？",
 "C|我想给我父亲买一份重疾险，他今年五十八岁，能买吗？",
 "A|可以的，我们有一款专门为五十到六十五岁人群设计的重疾险，保障一百二十种重大疾病和三十种轻症，确诊重疾一次性赔付保额。五十八岁投保的话，保额十万元，每年保费是六千三百元，投保成功次日零点开始生效并扣第一年保费。",
 "C|要体检吗？",
 "A|啊，保额在三十万以下是不需要体检的，只需要如实填写健康告知。如果您父亲有高血压、糖尿病这类慢性病，需要在健康告知里说明，我们会根据情况做核保，可能会加费或者除外承保。",
 "C|他血压有点高，一直在吃药。",
 "A|这个情况需要如实告知。血压控制得好的话，一般是标准体承保或者加费承保。您可以先在我们的公众号上做一个智能核保，然后根据核保结果再决定是否投保，整个过程大概五分钟，核保结果马上就能出来。",
 "C|好，那我先去做一下智能核保。",
 "A|好的，核保过程中有任何问题都可以随时打我们的热线。请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您父亲身体健康，再见。",
])
call("ecommerce", [], "Clean. Hard neg filler: the CUSTOMER is full of tics (啊/那个/就是/然后); the agent is clean.", [
 "A|您好，优品汇商城，工号九零八，请问有什么可以帮您？",
 "C|啊，那个，就是，我上周买了一个，那个，电动牙刷，然后，就是，充不进电啊。",
 "A|非常抱歉给您带来不便，请问您的订单号是多少？",
 "C|啊，订单号，那个，我找一下啊，二零二六一一二七四四零九。",
 "A|好的，这款牙刷支持七天无理由退换，也有一年质保，您是想换一支新的还是退货？",
 "C|就是，那个，换新的吧。",
 "A|好的，已经为您提交换新申请，快递员明天上门取件，新牙刷会在取件后两天内发出。请问还有其他问题吗？",
 "C|没了没了。",
 "A|好的，感谢您的耐心，祝您生活愉快，再见。",
])
call("express", [], "Clean. Hard neg filler: agent has exactly 2 tics (啊, 那个) - one or two are not a finding.", [
 "A|您好，迅捷速运，工号七四一，请问有什么可以帮您？",
 "C|我想问下寄到香港需要什么证件。",
 "A|啊，寄往香港需要提供寄件人的身份证信息，物品需要如实申报，像食品、药品、液体类是不能寄的。",
 "C|我寄的是衣服。",
 "A|衣服是可以寄的，首重一公斤四十二元，续重每公斤十五元，寄件时付款。那个申报单快递员上门的时候会带给您。",
 "C|好的，明白了。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("bankcard", [], "Clean. Hard neg filler: 先…然后…最后 as a genuine step sequence (one 然后), agent single-嗯 acknowledgements (not 嗯嗯).", [
 "A|您好，华信银行信用卡中心，工号二八三，请问有什么可以帮您？",
 "C|我想绑定微信支付，但是一直绑不上。",
 "A|请问绑定的时候提示什么？",
 "C|提示预留手机号不一致。",
 "A|嗯，是预留手机号的问题。您先在手机银行里查看预留手机号，然后在微信里填写同一个号码，最后输入短信验证码就可以了。",
 "C|我看一下……预留的是我以前的号码。",
 "A|嗯，我可以帮您把预留手机号改成现在的号码，请问新号码是多少？",
 "C|一五八六七七二三零九八。",
 "A|已经修改好了，您再去微信绑定试试。",
 "C|好了，绑上了。",
 "A|好的，请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("broadband", [], "Clean, noisy. Hard neg filler: 这个/那个 as demonstratives only (这个路由器, 那个网口).", [
 "A|您好，恒通宽带，工号二三六，请问有什么可以帮您？",
 "C|我新买了一个路由器，不知道怎么接。",
 "A|您把光猫的网线插到这个路由器的蓝色网口上，其他黄色的口是给电脑用的。",
 "C|插好了，灯亮了。",
 "A|好的，那个蓝色网口的灯亮了就说明连上了，您再用手机连一下路由器的wifi，按说明书设置宽带账号和密码。",
 "C|好，设置好了，能上网了。",
 "A|好的，请问还有其他可以帮您的吗？",
 "C|没有了，谢谢。",
 "A|不客气，感谢您的来电，祝您生活愉快，再见。",
], noise=True)
call("telecom", [], "Clean. Hard neg filler: agent says 啊 once as an exclamation of understanding and 那个 once as demonstrative; 2 tokens only.", [
 "A|您好，云途移动，工号二六四四，请问有什么可以帮您？",
 "C|我上个月出差去了新疆，回来发现有一笔三十块的流量费。",
 "A|不好意思让您担心了，我帮您查一下。啊，是这样的，新疆是省外，您的套餐流量是省内流量，所以产生了省外流量费三十元。",
 "C|那以后出省怎么办？",
 "A|您可以把套餐升级成全国流量的套餐，或者出省前订一个那个全国流量日包，每天五元，使用当天扣费。",
 "C|好的，我下次出差前订一下。",
 "A|好的，请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("insurance", [], "Clean. Hard neg filler: agent uses 就是 once in 就是这份保单吗 (confirmation) - not excessive.", [
 "A|您好，安康保险，工号四零九九，请问有什么可以帮您？",
 "C|我的车险保单号是AK二零二六零零八八一二，想查一下保了哪些。",
 "A|好的，就是这份保单吗？被保险车辆浙B六八八一二。",
 "C|对。",
 "A|您这份保单包含交强险、车损险一百万三者险和座位险，保障期到明年八月三号。",
 "C|好的，知道了。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您一路平安，再见。",
])
# ---------------------------------------------------------------- TARIFF positives
call("telecom", ["tariff"], "Customer asks if the video membership costs money; agent glosses 现在是免费期，您先用着 - no amount, no start -> tariff.", [
 "A|您好，星海通信，工号三七零二，请问有什么可以帮您？",
 "C|我手机上多了一个视频会员，这个要收钱吗？",
 "A|现在是免费期，您先用着。",
 "C|那免费期过了呢？",
 "A|到时候会有短信提醒您的，您放心用就行。",
 "C|哦，好吧。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("broadband", ["tariff"], "Customer asks the price of an IPTV add-on; agent says 不贵的，您放心用 - no amount, no start -> tariff.", [
 "A|您好，恒通宽带，工号一七七，请问有什么可以帮您？",
 "C|你们那个电视点播，开通了要多少钱一个月？",
 "A|不贵的，您放心用，很多用户都开了。",
 "C|那我先开着试试。",
 "A|好的，已经为您开通了，重启机顶盒就能看到点播频道。请问还有其他问题吗？",
 "C|没了。",
 "A|好的，感谢您的来电，祝您观影愉快，再见。",
])
call("telecom", ["tariff"], "Customer asks fee and start; agent gives the amount (十九元) but not when charging starts -> tariff.", [
 "A|您好，云途移动，工号二零一八，请问有什么可以帮您？",
 "C|我想开通那个云盘，要收费吗？什么时候开始扣？",
 "A|云盘是每个月十九块钱，有两百G空间。",
 "C|哦，那行，帮我开吧。",
 "A|好的，已经为您开通。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("ecommerce", ["tariff"], "Customer asks about the membership fee; agent gives the start (下个月开始收费) but no amount -> tariff.", [
 "A|您好，优品汇商城，工号九一五，请问有什么可以帮您？",
 "C|我领了个PLUS会员试用，以后是要收钱的吧？收多少？",
 "A|试用期一个月，下个月开始收费，会自动续费。",
 "C|那我到时候不想要了怎么取消？",
 "A|您在我的会员里点击关闭自动续费就可以了。",
 "C|好的。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您购物愉快，再见。",
])
call("telecom", ["tariff"], "Customer asks the cost of a 5G package upgrade; agent refers to 具体资费以短信为准 without amount/start -> tariff.", [
 "A|您好，星海通信，工号三二八零，请问有什么可以帮您？",
 "C|你们打电话给我推荐的五G升级包，到底多少钱一个月？",
 "A|具体资费以短信为准，升级以后网速会快很多。",
 "C|短信我没看到。",
 "A|稍后我再给您发一条。请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("broadband", ["tariff"], "Customer asks about fees after the promotion; agent: 前三个月免费，后面会有一点点费用，很少的 - no amount, no start date -> tariff.", [
 "A|您好，恒通宽带，工号一二六，请问有什么可以帮您？",
 "C|你们宣传的千兆提速体验，免费三个月以后要收钱吗？收多少？",
 "A|前三个月免费，后面的话会有一点点费用，很少的。",
 "C|很少是多少？",
 "A|和您现在的月费比起来很少，您先体验一下，觉得不好可以随时取消。",
 "C|那好吧。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("telecom", ["tariff"], "Noisy: customer asks about charges of a caller-ring service; agent glosses 现在免费期 您先用着 (免费 heard as 免废).", [
 "A|您好，星海通信客服，工号三六一四，请问有什么可以帮您？",
 "C|我收到短信说给我开了个彩铃，这个收不收费？",
 "A|现在是免费期，您先用着，不喜欢可以退订。",
 "C|那要是想退订怎么退？",
 "A|发送短信TDCL到一零零八六就可以退订。",
 "C|好吧，那先这样。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
], noise=True)
call("bankcard", ["tariff"], "Customer asks 年费多少钱，什么时候扣; agent: 刷够次数就免了，不用担心 - neither amount nor start -> tariff.", [
 "A|您好，华信银行信用卡中心，工号五八八，请问有什么可以帮您？",
 "C|我刚办的这张白金卡，年费多少钱？什么时候扣？",
 "A|年费的话刷够次数就免了，不用担心。",
 "C|要刷几次？",
 "A|一年刷满十二次就可以免次年年费。",
 "C|好的。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您用卡愉快，再见。",
])
call("insurance", ["tariff"], "Customer asks the premium; agent: 很便宜的，一天就一杯奶茶钱 - no amount per year, no start -> tariff.", [
 "A|您好，安康保险，工号四五五一，请问有什么可以帮您？",
 "C|你们那个百万医疗险，一年保费要多少？",
 "A|很便宜的，一天就一杯奶茶钱，保障特别全面。",
 "C|那我回头在网上看看。",
 "A|好的，您在我们的公众号就可以投保。请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您身体健康，再见。",
])
# ---------------------------------------------------------------- TARIFF hard negatives
call("telecom", [], "Clean. Hard neg tariff: free period mentioned but amount AND start given (前两个月免费，从明年二月一号开始每月二十九元).", [
 "A|您好，星海通信，工号三零一二，请问有什么可以帮您？",
 "C|我手机上有个音乐会员说是免费的，以后收不收钱？",
 "A|这个会员是前两个月免费，从明年二月一号开始每月收取二十九元，如果不需要，一月三十一号前退订就不会扣费。",
 "C|那我现在就退了吧。",
 "A|好的，已经为您退订，不会产生任何费用。请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("bankcard", [], "Clean. Hard neg tariff: annual fee answered with amount (两百元) and start (开卡次月).", [
 "A|您好，华信银行信用卡中心，工号五七三，请问有什么可以帮您？",
 "C|我想问一下这张卡的年费。",
 "A|您这张金卡的年费是两百元，从开卡次月的账单开始收取，当年刷卡满六次可以免次年年费。",
 "C|那我开卡是上个月，已经扣了吗？",
 "A|会在本月十二号的账单里收取，您这个月刷满六次的话，明年的年费就可以免。",
 "C|好的，明白了。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您用卡愉快，再见。",
])
call("ecommerce", [], "Clean. Hard neg tariff: agent mentions a free trial but the customer never asked about fees (no question = no finding).", [
 "A|您好，优品汇商城，工号九二一，请问有什么可以帮您？",
 "C|我想查一下我的快递到哪了，订单号二零二六一二零一八八六五。",
 "A|您的包裹今天已经到达您所在城市的配送站，预计明天上午送达。另外提醒您，您之前领取的免运费卡是免费体验，到期后不会自动续费。",
 "C|好的，知道了。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("express", [], "Clean. Hard neg tariff: customer asks only about delivery time (多久能到), not fees.", [
 "A|您好，顺达快递，工号五一七，请问有什么可以帮您？",
 "C|我从广州寄到哈尔滨，多久能到？",
 "A|广州到哈尔滨普通快递一般是三到四天，加急件可以次日达。",
 "C|那普通的就行，不急。",
 "A|好的，请问需要帮您预约上门取件吗？",
 "C|不用了，我自己去网点寄。",
 "A|好的，请问还有其他可以帮您的吗？",
 "C|没了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("telecom", [], "Clean. Hard neg tariff: customer asks 要钱吗; agent: completely free, no fee now or later (不收任何费用，以后也不收) = complete answer.", [
 "A|您好，云途移动，工号二七七零，请问有什么可以帮您？",
 "C|我想开通来电提醒，就是关机的时候有人打来能收到短信，要钱吗？",
 "A|关机来电提醒是完全免费的，不收任何费用，以后也不收。我现在帮您开通吗？",
 "C|好的，开吧。",
 "A|已经为您开通，立即生效。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("insurance", [], "Clean, noisy. Hard neg tariff: premium amount and debit start given (每年三百六十元，从十二月十号生效日起按年扣款). Hard neg closing: 感谢您的信任 + 祝孩子健康成长 variant.", [
 "A|您好，安康保险，工号四三一二，请问有什么可以帮您？",
 "C|我想给孩子买个意外险，保费多少钱？什么时候扣？",
 "A|少儿意外险每年三百六十元，从保单生效日十二月十号起按年扣款，第一次在生效当天扣。",
 "C|好的，那帮我投保吧。",
 "A|好的，请问孩子的姓名是？",
 "C|李思源。",
 "A|好的，已经为李思源投保成功，电子保单会发到您的邮箱。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的信任，祝孩子健康成长，再见。",
], noise=True)
call("broadband", [], "Clean. Hard neg tariff: 免费提速三个月 + amount (每月二十元) + start (三月一号起).", [
 "A|您好，恒通宽带，工号一四四，请问有什么可以帮您？",
 "C|你们发短信说免费给我提速，是真的吗？以后收费吗？",
 "A|是真的，免费提速到五百兆，体验期三个月到明年二月底结束。从三月一号起如果继续保留五百兆，每月加收二十元，不需要的话到期会自动恢复原速率，不收费。",
 "C|那挺好，先用着。",
 "A|好的。请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("express", [], "Clean. Hard neg tariff: 运费十二元，寄件时现付 (amount + when).", [
 "A|您好，迅捷速运，工号七一八，请问有什么可以帮您？",
 "C|寄一个文件到苏州，运费多少？什么时候付？",
 "A|文件类同城周边首重运费十二元，快递员上门取件时现付，支持微信和支付宝。",
 "C|好的，那帮我叫个快递员。",
 "A|好的，请问您的取件地址是？",
 "C|上海市闵行区莘庄镇莘松路三百号。",
 "A|已经为您下单，快递员一小时内上门。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
# ---------------------------------------------------------------- NAME_ASK positives
call("telecom", ["name_ask"], "Agent asks 你姓什么 -> name_ask.", [
 "A|您好，星海通信，工号三零四一，请问有什么可以帮您？",
 "C|我想补办一张手机卡，原来的丢了。",
 "A|你姓什么？",
 "C|姓韩。",
 "A|韩先生，补卡需要本人带身份证到营业厅办理，补卡费十元，办理时当场收取，原号码不变。",
 "C|好的，那我明天去。",
 "A|好的，丢失期间建议先办理停机保号，我已经帮您办好了。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("ecommerce", ["name_ask"], "Agent asks 你叫什么名字 -> name_ask.", [
 "A|您好，优品汇商城，工号九四四，请问有什么可以帮您？",
 "C|我要订一台洗衣机，十公斤滚筒的。",
 "A|好的，你叫什么名字？",
 "C|许文静。",
 "A|许女士，这款十公斤滚筒洗衣机现在活动价两千三百九十九元，包送货和安装，请问送货地址是？",
 "C|合肥市蜀山区长江西路二百号。",
 "A|好的，核对一下，许文静，合肥市蜀山区长江西路二百号，请问手机号是？",
 "C|一三三五六零九八七二一。",
 "A|好的，订单已经提交，预计三天内送达，送货前会电话联系您。请问还有其他问题吗？",
 "C|没了。",
 "A|好的，感谢您的支持，祝您生活愉快，再见。",
])
call("express", ["name_ask"], "Agent asks 你叫啥名字 -> name_ask.", [
 "A|您好，顺达快递，工号五二八，请问有什么可以帮您？",
 "C|我有个快递要改成自提。",
 "A|你叫啥名字？",
 "C|曹磊。",
 "A|曹先生，请提供一下运单号。",
 "C|SD六六三零一二八八四九。",
 "A|好的，已经改为网点自提，到了以后会短信通知您取件码。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("bankcard", ["name_ask"], "Agent asks 姓什么？ (bare, no 您贵姓) -> name_ask.", [
 "A|您好，华信银行信用卡中心，工号五三六，请问有什么可以帮您？",
 "C|我想查一下我的积分。",
 "A|姓什么？",
 "C|我姓彭。",
 "A|彭先生，请提供一下身份证后四位。",
 "C|八八二三。",
 "A|您目前有积分一万五千六百分，可以在积分商城兑换礼品。",
 "C|好的。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("telecom", ["name_ask"], "Noisy: agent 你姓什么 heard as 你信什么 - still name_ask.", [
 "A|您好，云途移动，工号二零零九，请问有什么可以帮您？",
 "C|我想查一下我名下有几个号码。",
 "A|你姓什么？",
 "C|姓蒋。",
 "A|蒋先生，请提供一下身份证号。",
 "C|三三零一零六一九八八零三一二零零一五。",
 "A|您名下一共有两个号码，尾号是四四五六和七七八九。",
 "C|好的，知道了。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
], noise=True)
call("insurance", ["name_ask"], "Agent: 你名字报一下 -> impolite name request -> name_ask.", [
 "A|您好，安康保险，工号四六八八，请问有什么可以帮您？",
 "C|我想把保单的受益人改成我女儿。",
 "A|你名字报一下。",
 "C|蔡红梅。",
 "A|蔡女士，变更受益人需要投保人和被保险人签字，我把变更申请表发到您的邮箱，填好后寄回即可。",
 "C|好的，邮箱是caihm八八@一六三点com。",
 "A|好的，已经发送。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("broadband", ["name_ask"], "Agent: 你全名叫什么 -> name_ask.", [
 "A|您好，恒通宽带，工号一三二，请问有什么可以帮您？",
 "C|我要办理宽带过户，房子卖了。",
 "A|你全名叫什么？",
 "C|罗志明。",
 "A|罗先生，过户需要您和新户主一起带身份证到营业厅办理，不收手续费。",
 "C|好的，我约一下买家。",
 "A|好的，请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("ecommerce", ["name_ask"], "Agent: 把你名字说一下 -> name_ask.", [
 "A|您好，优品汇商城，我是客服乐乐，请问有什么可以帮您？",
 "C|我想修改一下收货人的名字。",
 "A|把你名字说一下，我核对订单。",
 "C|唐小婉，订单号二零二六一二零三一一二二。",
 "A|好的，请问要把收货人改成谁？",
 "C|改成唐明。",
 "A|好的，已经修改为唐明。请问还有其他问题吗？",
 "C|没了。",
 "A|好的，感谢您的来电，祝您购物愉快，再见。",
])
call("express", ["name_ask"], "Agent: 你姓啥 -> name_ask.", [
 "A|您好，迅捷速运，工号七五五，请问有什么可以帮您？",
 "C|我要寄一个大件，家具。",
 "A|你姓啥？",
 "C|姓秦。",
 "A|秦先生，家具属于大件物流，按体积计费，需要先上门测量，测量不收费，测量后报价，寄件时付款。",
 "C|行，那约个时间来量一下。",
 "A|已经帮您预约明天下午，师傅会提前电话联系您。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
# ---------------------------------------------------------------- NAME_ASK hard negatives
call("telecom", ["closing"], "Hard neg name_ask: the CUSTOMER asks the agent 你叫什么名字？你工号多少 (not the agent asking). Agent's closing lacks a blessing -> closing.", [
 "A|您好，星海通信，工号三九一五，请问有什么可以帮您？",
 "C|我想办个携号转网，转到你们这边来。",
 "A|好的，携号转入需要您先在原运营商查询是否符合条件，然后带身份证到我们的营业厅办理。",
 "C|你叫什么名字？你工号多少？我记一下，到时候好找你。",
 "A|我姓林，工号三九一五，您到营业厅报我的工号就可以。",
 "C|好的，谢谢。",
 "A|不客气，感谢您的来电，再见。",
])
call("ecommerce", [], "Clean. Hard neg name_ask: 请问怎么称呼您 + 请问收件人的姓名是.", [
 "A|您好，优品汇商城，工号九八三，请问有什么可以帮您？",
 "C|我想给我朋友送个生日礼物，直接寄到她家。",
 "A|好的，请问怎么称呼您？",
 "C|我姓施。",
 "A|施女士您好，请问收件人的姓名是？",
 "C|她叫梁雨。",
 "A|好的，请提供一下梁雨女士的地址和电话，我们可以帮您加一张贺卡。",
 "C|广州市天河区体育西路八号，一三九二二八八六六零零。",
 "A|好的，核对一下，梁雨，一三九二二八八六六零零，广州市天河区体育西路八号，已经为您备注贺卡。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您朋友生日快乐，再见。",
])
call("bankcard", [], "Clean. Hard neg name_ask: 请问您的姓名是 + 您是张先生本人吗 (verification).", [
 "A|您好，华信银行信用卡中心，工号三八九，请问有什么可以帮您？",
 "C|我想激活一下新卡。",
 "A|好的，请问您的姓名是？",
 "C|张伟。",
 "A|您是张先生本人吗？",
 "C|是我本人。",
 "A|好的，请提供一下卡片背面的后三位安全码和身份证后四位。",
 "C|三六二，一零二九。",
 "A|已经为您激活成功，请您在手机银行设置交易密码。请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您用卡愉快，再见。",
])
call("insurance", [], "Clean, noisy. Hard neg name_ask: 您贵姓 heard as 您贵幸 - polite form.", [
 "A|您好，平和人寿，工号三二五五，请问有什么可以帮您？",
 "C|我想问一下万能险的结算利率。",
 "A|好的，请问您贵姓？",
 "C|姓邱。",
 "A|邱先生，本月万能险结算利率是年化百分之二点八，每月初在官网公布。",
 "C|好的，谢谢。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
], noise=True)
call("express", [], "Clean. Hard neg name_ask: 您怎么称呼 + 请问机主姓名是.", [
 "A|您好，迅捷速运，工号七三三，请问有什么可以帮您？",
 "C|我用我老公的手机号下的单，能查吗？",
 "A|可以的，请问您怎么称呼？",
 "C|我姓潘。",
 "A|潘女士，请问机主姓名是？",
 "C|他叫郭凯。",
 "A|好的，查到了，郭凯先生名下的运单今天下午会派送到您家。",
 "C|好的好的。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("broadband", [], "Clean. Hard neg name_ask: 您好，请问您贵姓 + customer volunteers name; agent confirms 请问是陆先生吗.", [
 "A|您好，恒通宽带，工号一六九，请问有什么可以帮您？",
 "C|我想把宽带的联系电话改一下。",
 "A|好的，请问您贵姓？",
 "C|我叫陆海洋，户主是我。",
 "A|陆先生您好，请问新的联系电话是多少？",
 "C|一八九五七一三三四四五。",
 "A|好的，已经为您修改为一八九五七一三三四四五。请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("telecom", [], "Clean. Hard neg name_ask: customer asks 你姓什么 of the agent (customer side); agent answers politely.", [
 "A|您好，云途移动，工号二一二一，请问有什么可以帮您？",
 "C|我之前办的宽带融合，现在宽带能单独退吗？",
 "A|融合套餐里的宽带可以单独退订，退订后手机套餐恢复成原价的七十八元，从次月一号开始按新资费收取。",
 "C|你姓什么？我怕回头有纠纷。",
 "A|我姓高，工号二一二一，我们的通话都有录音，请您放心。",
 "C|好，那先不退了，我再算算。",
 "A|好的，请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("insurance", [], "Clean. Hard neg name_ask: 请问被保险人怎么称呼 + 请问投保人的全名是.", [
 "A|您好，安康保险，工号四九零一，请问有什么可以帮您？",
 "C|我要报案，我家车被刮了。",
 "A|很抱歉听到这个消息，请问有人员受伤吗？",
 "C|没有，就是停在小区被刮了。",
 "A|好的，请问投保人的全名是？",
 "C|严俊。",
 "A|严先生，请提供一下车牌号。",
 "C|苏E五五八八九。",
 "A|好的，已经为您报案，报案号是二零二六一二零四零零七七，查勘员会在两小时内联系您。请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您出行平安，再见。",
])
# ---------------------------------------------------------------- APOLOGY positives
call("broadband", ["apology"], "Customer: broadband down for three days; agent asks for the account and explains, never apologises in the next turns -> apology.", [
 "A|您好，恒通宽带，工号二五一，请问有什么可以帮您？",
 "C|我家宽带断了三天了，到现在都没人来修，你们怎么回事？",
 "A|请您报一下宽带账号。",
 "C|HT零五七一三三八零。",
 "A|我查到了，您那片区域光缆被施工挖断了，正在抢修，预计明天中午前恢复。",
 "C|都三天了，你们就没个说法？",
 "A|故障期间的费用会按天减免，自动在下个月账单里扣除。",
 "C|行吧。",
 "A|请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("express", ["apology"], "Customer annoyed about delay; agent: 快递高峰期都这样 - no apology -> apology.", [
 "A|您好，迅捷速运，工号七零九，请问有什么可以帮您？",
 "C|我的快递一个礼拜了还没到，太慢了吧！",
 "A|快递高峰期都这样，您报一下单号。",
 "C|XJ五五一零八八三二七一。",
 "A|您的快件在济南分拨中心，明天会发往您所在的城市，预计后天送达。",
 "C|好吧。",
 "A|请问还有其他问题吗？",
 "C|没了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("telecom", ["apology"], "Wrongly charged data fee; agent handles the refund but never apologises -> apology.", [
 "A|您好，星海通信，工号三一八八，请问有什么可以帮您？",
 "C|我明明订了流量包，你们还收了我五十块的超出流量费，太过分了。",
 "A|系统是自动扣的，我帮您看看。",
 "C|你看吧。",
 "A|查到了，您的流量包是十五号才生效的，十五号之前的流量按标准资费收取，这部分是可以申请调账的，我帮您提交调账，五十元三个工作日内退回。",
 "C|那还行。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("ecommerce", ["apology"], "Product arrived broken; agent: 那您申请退货吧 - no apology -> apology.", [
 "A|您好，优品汇商城，工号九六零，请问有什么可以帮您？",
 "C|我买的台灯收到就是坏的，灯罩裂了，你们怎么发货的？",
 "A|那您申请退货吧，或者换货也可以。",
 "C|我要换一个好的。",
 "A|好的，已经为您提交换货，快递员明天上门取件，新的会同时送到。",
 "C|行。",
 "A|请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("bankcard", ["apology"], "Customer complains about waiting 20 minutes in the queue; agent: 现在人多 - no apology -> apology.", [
 "A|您好，华信银行信用卡中心，工号五四二，请问有什么可以帮您？",
 "C|我打了二十分钟才接通，你们客服也太难打了。",
 "A|现在是月底，人比较多。请问您要办理什么业务？",
 "C|我要查一下我的还款有没有到账。",
 "A|请问您的姓名是？",
 "C|宋佳。",
 "A|宋女士，您昨天还的三千二百元已经到账，本期账单已经还清。",
 "C|好的。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("insurance", ["apology"], "Noisy: customer unhappy that the claim has taken a month; agent only explains the process -> apology.", [
 "A|您好，平和人寿，工号三四四六，请问有什么可以帮您？",
 "C|我的理赔交了材料一个月了还没消息，到底还要等多久？",
 "A|理赔需要审核的，请您提供一下报案号。",
 "C|LP二零二六一一零三三五。",
 "A|您的案件还缺一份出院小结，我们已经短信通知过您，请您补交后五个工作日内可以结案。",
 "C|我没收到短信啊，真是的。",
 "A|短信是发到您留的手机号的，我再给您发一次。请问还有其他问题吗？",
 "C|没了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
], noise=True)
call("telecom", ["apology"], "Customer: 你们这服务太差了; agent asks for details and records, never apologises -> apology.", [
 "A|您好，云途移动，工号二八五二，请问有什么可以帮您？",
 "C|你们这服务太差了，我家里信号一直只有一格。",
 "A|您具体说一下是什么位置。",
 "C|杭州余杭区良渚文化村，室内基本没信号。",
 "A|好的，我记录一下，会提交给网络优化部门，七个工作日内会有工程师联系您上门测试。",
 "C|希望这次真的能解决。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的反馈，祝您生活愉快，再见。",
])
call("ecommerce", ["apology"], "Customer upset that a promised coupon was not issued; agent reissues it but never apologises -> apology.", [
 "A|您好，优品汇商城，工号九三三，请问有什么可以帮您？",
 "C|你们直播间说下单送五十元券，我下单三天了券还没给我，这不是骗人吗？",
 "A|请您提供一下订单号。",
 "C|二零二六一二零一零六四一。",
 "A|您的订单符合活动条件，券是系统批量发放的，我现在手动给您补发一张五十元券，已经到账了。",
 "C|好，看到了。",
 "A|请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的支持，祝您购物愉快，再见。",
])
# ---------------------------------------------------------------- APOLOGY hard negatives
call("express", [], "Clean. Hard neg apology: apology in the agent's SECOND turn after the complaint (asks for the number first, then 不好意思让您久等了).", [
 "A|您好，顺达快递，工号五四八，请问有什么可以帮您？",
 "C|我的快递三天没动了，是不是卡住了？",
 "A|请您提供一下运单号，我帮您查一下。",
 "C|SD三三九零八七六五四一。",
 "A|不好意思让您久等了，您的快件在中转时被错分到了长沙，现在已经重新发往您所在的城市，预计明天送达。",
 "C|好吧，那明天能到就行。",
 "A|实在抱歉耽误您的时间了。请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的理解，祝您生活愉快，再见。",
])
call("telecom", [], "Clean. Hard neg apology: 对不起，给您添麻烦了 immediately after an SMS-spam complaint.", [
 "A|您好，星海通信，工号三三零六，请问有什么可以帮您？",
 "C|你们天天给我发营销短信，烦死了。",
 "A|对不起，给您添麻烦了，我马上帮您退订所有营销短信。",
 "C|赶紧的。",
 "A|已经为您退订，二十四小时内生效，以后不会再收到营销类短信。请问还有其他可以帮您的吗？",
 "C|没了。",
 "A|好的，感谢您的反馈，祝您生活愉快，再见。",
])
call("ecommerce", [], "Clean. Hard neg apology: customer apologises (不好意思打扰一下) but is not dissatisfied; no apology needed.", [
 "A|您好，优品汇商城，工号九五九，请问有什么可以帮您？",
 "C|不好意思打扰一下，我想问问你们卖的婴儿车能不能上飞机。",
 "A|您看的这款婴儿车收起来的尺寸是五十乘三十五乘二十厘米，符合大部分航空公司的登机要求。",
 "C|那挺好的。",
 "A|是的，它的重量只有五点八公斤，单手就能收车。请问还有其他想了解的吗？",
 "C|没有了，我下单了。",
 "A|好的，感谢您的支持，祝您和宝宝旅途愉快，再见。",
])
call("bankcard", [], "Clean, noisy. Hard neg apology: 实在不好意思 after a complaint about a declined payment.", [
 "A|您好，华信银行信用卡中心，工号三零二，请问有什么可以帮您？",
 "C|我在国外刷卡被拒了好几次，太丢人了。",
 "A|实在不好意思给您带来困扰，我马上帮您查一下原因，请问您的姓名是？",
 "C|何晓东。",
 "A|何先生，是因为您的卡没有开通境外交易，系统自动拦截了，我现在帮您开通。",
 "C|好，开了吗？",
 "A|已经开通了，您现在就可以正常刷卡。请问还有其他可以帮您的吗？",
 "C|没了。",
 "A|好的，感谢您的耐心，祝您旅途愉快，再见。",
], noise=True)
call("insurance", [], "Clean. Hard neg apology: customer says 没事没事，不着急 about a small delay - no dissatisfaction; agent thanks for patience anyway.", [
 "A|您好，安康保险，工号四二零七，请问有什么可以帮您？",
 "C|我上周交的理赔材料，想问一下到哪一步了，没事不着急，就问问。",
 "A|好的，请您提供一下报案号。",
 "C|一二零零九九三四。",
 "A|您的案件正在审核，材料齐全，预计本周五前完成赔付，赔款会打到您尾号二二七的账户。",
 "C|好的，没事没事，不着急。",
 "A|好的，请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的耐心等待，祝您生活愉快，再见。",
])
call("broadband", [], "Clean. Hard neg apology: 抱歉让您久等了 variant after customer said 等了好久.", [
 "A|您好，恒通宽带，工号一九九，请问有什么可以帮您？",
 "C|终于接通了，等了好久。我家网速只有平时的一半。",
 "A|抱歉让您久等了，我马上帮您检测，请问您的宽带账号是多少？",
 "C|HT零五七一五五零三。",
 "A|检测到您的光猫运行时间过长，我远程帮您重启一下，大概一分钟。",
 "C|好……现在快了。",
 "A|好的，恢复正常了。请问还有其他可以帮您的吗？",
 "C|没了。",
 "A|好的，感谢您的耐心等待，祝您生活愉快，再见。",
])
call("telecom", [], "Clean. Hard neg apology: 非常抱歉 in the first reply to a dropped-call complaint.", [
 "A|您好，云途移动，工号二九三三，请问有什么可以帮您？",
 "C|我打电话老是掉线，一天掉好几次，很影响工作。",
 "A|非常抱歉影响到您的工作了，请问掉线一般是在什么地方？",
 "C|在公司，滨江区江南大道的星光大厦。",
 "A|好的，我已经为您提交网络投诉工单，网优工程师会在四十八小时内联系您，同时建议您在手机里打开VoLTE高清通话，可以减少掉线。",
 "C|行，我试试。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的反馈，祝您工作顺利，再见。",
])
call("ecommerce", [], "Clean. Hard neg apology: customer's own mistake (wrong size ordered, 是我自己选错了) - not dissatisfied with the company; agent helps, no apology required.", [
 "A|您好，优品汇商城，工号九零一，请问有什么可以帮您？",
 "C|我买衣服的时候是我自己选错尺码了，还没发货，能改吗？",
 "A|可以的，请问您的订单号是多少？",
 "C|二零二六一二零四零零一九。",
 "A|好的，请问要改成什么尺码？",
 "C|改成L码。",
 "A|已经为您改成L码，今天下午发货。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
# ---------------------------------------------------------------- SHIRKING
call("express", ["shirking", "apology"], "Agent: 那不是我们部门的事，你去找商家 - pushes away with no ticket/transfer; customer unhappy, no apology -> shirking + apology.", [
 "A|您好，顺达快递，工号五六三，请问有什么可以帮您？",
 "C|我收到的包裹里面东西少了一件，外包装是好的，你们怎么送的？",
 "A|那不是我们部门的事，外包装完好就是商家少发了，你去找商家。",
 "C|商家说是你们弄丢的。",
 "A|外包装没问题我们就没责任，你还是找商家吧。",
 "C|……行吧。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("telecom", ["shirking"], "Agent: 这个要去营业厅办，电话里办不了 / 你去营业厅吧 for a simple bill-detail question that the hotline can answer; no referral detail -> shirking.", [
 "A|您好，星海通信，工号三五零七，请问有什么可以帮您？",
 "C|我想打印一下上个月的通话详单。",
 "A|这个要去营业厅办，电话里办不了。",
 "C|不能发到我邮箱吗？",
 "A|电话里办不了，你去营业厅吧。",
 "C|营业厅几点关门？",
 "A|一般是早上九点到晚上六点。",
 "C|好吧。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("insurance", ["shirking", "apology"], "Agent: 理赔的事你找理赔部门去 / 官网上有，你去官网上找吧 - no transfer or ticket; customer frustrated -> shirking + apology.", [
 "A|您好，安康保险，工号四三八零，请问有什么可以帮您？",
 "C|我的理赔被退回来了，说材料不全，可是我明明都交了，怎么回事啊？",
 "A|理赔的事你找理赔部门去。",
 "C|理赔部门电话是多少？我不知道找谁。",
 "A|官网上有，你去官网上找吧。",
 "C|那算了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("broadband", [], "Clean. Hard neg shirking: the issue belongs to another department but the agent transfers (我现在帮您转接) - proper referral. Apology given. Hard neg apology: 非常抱歉给您带来麻烦. Hard neg closing: closing said while transferring (no 再见).", [
 "A|您好，恒通宽带，工号一八一，请问有什么可以帮您？",
 "C|我的发票抬头开错了，想重开。",
 "A|请问是哪个月的发票呢？",
 "C|十一月的，抬头少了一个字。",
 "A|非常抱歉给您带来麻烦，发票由我们的财务部门负责开具，我现在帮您转接到财务专线，请您不要挂机。",
 "C|好的。",
 "A|已经为您接通，请您稍等，财务同事会为您处理。感谢您的来电，祝您生活愉快。",
])
call("ecommerce", [], "Clean. Hard neg shirking: needs the logistics department - agent files a ticket with a deadline (我帮您提交工单，四十八小时内回电). Hard neg apology: 非常抱歉发生这样的情况.", [
 "A|您好，优品汇商城，工号九七七，请问有什么可以帮您？",
 "C|我的大件家具送货的时候墙被蹭坏了一块。",
 "A|非常抱歉发生这样的情况，送货安装是物流部门负责的，我现在帮您提交工单，物流部门会在四十八小时内给您回电协商赔偿。",
 "C|好，那我等电话。",
 "A|工单号是GD二零二六一二零四三三，请您记一下。请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
# ---------------------------------------------------------------- OVERPROMISE
call("bankcard", ["overpromise"], "Agent: 保证百分之百到账 / 保证批下来 for a limit increase that depends on review -> overpromise.", [
 "A|您好，华信银行信用卡中心，工号五二九，请问有什么可以帮您？",
 "C|我想申请永久提额，能提到五万吗？",
 "A|没问题，您这个用卡情况，我保证百分之百给您批下来，明天就能提到五万。",
 "C|真的？那太好了。",
 "A|已经帮您提交了申请。请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("broadband", ["overpromise"], "Agent: 修好以后绝对不会再出问题 -> overpromise. Apology present. Hard neg apology: 非常抱歉给您带来困扰 (overpromise is the only finding).", [
 "A|您好，恒通宽带，工号二二九，请问有什么可以帮您？",
 "C|我家宽带这个月已经断了三次了，烦死了。",
 "A|非常抱歉给您带来困扰，我给您安排师傅明天上门把线路整个换掉，换了以后绝对不会再出问题。",
 "C|真的吗？那就好。",
 "A|师傅明天上午十点前联系您。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("ecommerce", ["overpromise"], "Agent: 不管什么原因肯定给您退全款 before the return is inspected -> overpromise. Apology present.", [
 "A|您好，优品汇商城，工号九一一，请问有什么可以帮您？",
 "C|我买的手机用了十天，屏幕出现一条绿线，我想退货。",
 "A|非常抱歉，您放心，不管什么原因我肯定给您退全款，一分都不会少。",
 "C|好，那怎么退？",
 "A|我已经给您提交了退货申请，快递员明天上门取件。请问还有其他问题吗？",
 "C|没了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("telecom", [], "Clean. Hard neg overpromise: careful wording (一般三到五个工作日，具体以审核结果为准); apology present. Hard neg apology: apology in first reply to 你们乱扣费.", [
 "A|您好，星海通信，工号三二一九，请问有什么可以帮您？",
 "C|我要求退还上个月多扣的二十块钱，你们乱扣费。",
 "A|非常抱歉给您带来不便，我查到这二十元是短信包费用，您是上个月退订的，次月才失效。我帮您申请退费，一般三到五个工作日处理完成，具体以审核结果为准。",
 "C|好吧，那我等结果。",
 "A|审核结果会短信通知您。请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
# ---------------------------------------------------------------- COLLEAGUE
call("telecom", ["colleague"], "Agent: 那个客服是新来的，不懂业务，乱说的 -> attacks a colleague. Apology present.", [
 "A|您好，云途移动，工号二四零三，请问有什么可以帮您？",
 "C|上次你们客服说我这个套餐可以随时改，今天又说要等合约到期，到底怎么回事？",
 "A|不好意思，那个客服是新来的，不懂业务，乱说的，您这个是合约套餐，要到明年六月才能改。",
 "C|那我就只能等了？",
 "A|是的，合约期内可以升级，但是不能降档。请问还有其他问题吗？",
 "C|没了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("broadband", ["colleague"], "Agent: 他们技术部就是乱搞 -> blames another department. Apology present. Hard neg forbidden: 排不明白 describes the colleagues, not the agent's own not understanding.", [
 "A|您好，恒通宽带，工号二六三，请问有什么可以帮您？",
 "C|你们的师傅约了今天上门，一直没来，电话也打不通。",
 "A|真不好意思，他们技术部就是乱搞，排班从来都排不明白。我帮您重新预约明天上午，并且备注优先处理。",
 "C|好吧，明天上午一定要来啊。",
 "A|好的，我已经备注了，师傅会提前电话联系您。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("ecommerce", ["colleague"], "Agent disparages pre-sales: 售前那边就会瞎忽悠 (standard: 不得诋毁售前人员话术). Apology present.", [
 "A|您好，优品汇商城，工号九二五，请问有什么可以帮您？",
 "C|售前客服跟我说这个投影仪能投一百二十寸，结果投出来很模糊。",
 "A|非常抱歉，售前那边就会瞎忽悠，这款其实最佳是八十寸以内。您可以申请七天无理由退货。",
 "C|那我退了吧。",
 "A|好的，已经为您提交退货，运费由我们承担。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("bankcard", [], "Clean. Hard neg colleague: 之前的同事可能没有解释清楚，非常抱歉 - takes responsibility without attacking. Hard neg apology: 非常抱歉 + 给您带来误会真的很抱歉.", [
 "A|您好，华信银行信用卡中心，工号三一一，请问有什么可以帮您？",
 "C|上次客服说分期没有利息，结果我账单里有手续费。",
 "A|非常抱歉，之前的同事可能没有解释清楚，分期确实不收利息，但是会收取手续费，您这笔六期分期每期手续费是四十五元，从第一期账单开始收取。",
 "C|哦，原来是这样。",
 "A|给您带来误会真的很抱歉。请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
# ---------------------------------------------------------------- COMPLAINT
call("telecom", ["complaint"], "Customer: 我要去工信部投诉你们 -> complaint. Agent apologises and handles it properly. Hard neg apology: 非常抱歉让您多次来电.", [
 "A|您好，星海通信，工号三七七一，请问有什么可以帮您？",
 "C|我已经说了三次要销户了，你们每次都推，我要去工信部投诉你们！",
 "A|非常抱歉让您多次来电，这是我们的问题。我现在直接为您登记销户预约，营业厅会在明天联系您办理，不会再拖。",
 "C|明天要是还没人联系我，我就直接去工信部。",
 "A|理解您的心情，我把您的诉求标记为加急，并且会在明天下午回访确认。请问还有其他可以帮您的吗？",
 "C|没了。",
 "A|好的，再次向您致歉，感谢您的来电，祝您生活愉快，再见。",
])
call("ecommerce", ["complaint"], "Customer: 叫你们领导来接电话 (escalation) -> complaint. Agent apologises, offers a supervisor callback. Hard neg apology: 非常抱歉给您带来这么不好的体验.", [
 "A|您好，优品汇商城，工号九四八，请问有什么可以帮您？",
 "C|我的退款申请被驳回三次了，你们到底想怎么样？叫你们领导来接电话！",
 "A|非常抱歉给您带来这么不好的体验。我先帮您看一下驳回原因。",
 "C|你看吧。",
 "A|驳回原因是退货照片不清晰，我已经帮您人工复核通过了，退款二百九十九元会在二十四小时内原路退回。同时我已经为您申请了主管回电，主管会在今天下午五点前联系您。",
 "C|行，那我等着。",
 "A|好的，感谢您的耐心，祝您生活愉快，再见。",
])
call("bankcard", ["complaint"], "Noisy: customer 我要打12315 / 银保监会投诉 -> complaint. Agent apologises. Hard neg apology: 非常抱歉给您造成困扰.", [
 "A|您好，华信银行信用卡中心，工号五零三，请问有什么可以帮您？",
 "C|你们的催收员一天给我打十几个电话，还打给我的同事，我要打12315投诉你们！",
 "A|非常抱歉给您造成困扰，我马上把您的情况登记并反馈给催收管理部门，对催收员违规联系第三方的行为进行核查。",
 "C|你们必须给我一个说法。",
 "A|好的，核查结果会在三个工作日内电话回复您。另外您的逾期金额是一千二百元，您可以申请分期还款。",
 "C|那我先还了再说。",
 "A|好的，感谢您的理解，祝您生活愉快，再见。",
], noise=True)
# ---------------------------------------------------------------- SILENCE
call("bankcard", ["silence"], "15 s of dead air mid-call with no hold announcement -> silence.", [
 "A|您好，华信银行信用卡中心，工号三四九，请问有什么可以帮您？",
 "C|我想查一下最近一笔消费是在哪里刷的。",
 "A|好的，请问您的姓名是？",
 "C|唐俊。",
 "A|唐先生，我查到最近一笔是昨天晚上八点在盒马鲜生消费二百三十六元。|gap=15",
 "C|哦，对，那是我买的菜。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("express", ["silence"], "Announced hold (请您稍等) but 78 s of silence, over the 60 s allowance -> silence. Agent thanks for waiting.", [
 "A|您好，迅捷速运，工号七七九，请问有什么可以帮您？",
 "C|我的快递显示异常件，是怎么回事？",
 "A|不好意思，请您提供一下运单号。",
 "C|XJ八八七二三零四五六一。",
 "A|好的，请您稍等，我帮您联系一下网点。",
 "A|感谢您的耐心等待，网点反馈是收件地址的门牌号写错了，请问正确的门牌号是多少？|gap=78",
 "C|是十八号，不是十六号。",
 "A|好的，已经帮您更正，今天下午重新派送。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("telecom", ["silence"], "12 s of silence after the customer's question (agent silent, no hold) -> silence.", [
 "A|您好，云途移动，工号二三八九，请问有什么可以帮您？",
 "C|我想问一下我的合约什么时候到期。",
 "A|请问是本机号码吗？",
 "C|对。",
 "A|您的合约是二零二五年三月签的，两年期，到二零二七年二月底到期。|gap=12",
 "C|好的，知道了。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("insurance", [], "Clean. Hard neg silence: announced hold 请您稍等 with a 45 s gap (<=60 s), followed by thanks for waiting.", [
 "A|您好，平和人寿，工号三六六二，请问有什么可以帮您？",
 "C|我想查一下我的保单什么时候交下一期保费。",
 "A|好的，请问您贵姓？",
 "C|姓白。",
 "A|白女士，请您稍等，我帮您查询一下。",
 "A|感谢您的耐心等待，您的下一期保费是一万零二百元，扣款日是明年一月十五号，会从您尾号三三一的银行卡自动扣款。|gap=45",
 "C|好的，我提前存好钱。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("ecommerce", [], "Clean. Hard neg silence: two gaps of 8-9 s (under 10 s) while the customer looks something up.", [
 "A|您好，优品汇商城，工号九八八，请问有什么可以帮您？",
 "C|我想查个订单，我找一下订单号。",
 "A|好的，不着急。",
 "C|找到了，二零二六一一三零七七二一。|gap=9",
 "A|您的订单已经签收了，是您家人签收的吗？",
 "C|我问一下……是我妈签的。|gap=1",
 "A|好的，那就没问题了。请问还有其他问题吗？|gap=8",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
# ---------------------------------------------------------------- TALK_OVER
call("telecom", ["talk_over"], "Agent cuts into the customer's long turns twice (starts ~2-3 s into turns lasting ~7-8 s) -> talk_over.", [
 "A|您好，星海通信，工号三一二二，请问有什么可以帮您？",
 "C|我想问一下，我上个月办的那个宽带融合套餐，说是送一个路由器，到现在路由器还没寄给我，我打过两次电话了都说在处理。|dur=8.5",
 "A|您的路由器已经发货了。|ov=2.5",
 "C|那你告诉我快递单号是多少，我自己去查，还有就是那个机顶盒遥控器也没有一起寄过来，我都不知道找谁。|dur=8.0",
 "A|单号是SF一零二三八八七六五四。|ov=3.0",
 "C|好，我记一下。",
 "A|遥控器我也帮您登记补寄，三天内发出。请问还有其他问题吗？",
 "C|没了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("bankcard", ["talk_over", "apology"], "Agent talks over the customer three times while she explains a disputed charge; no apology for the customer's problem -> talk_over + apology.", [
 "A|您好，华信银行信用卡中心，工号五六六，请问有什么可以帮您？",
 "C|我账单上有一笔八百多的消费，是一个我从来没去过的商户，叫什么科技有限公司，我根本没买过东西，你们是不是被盗刷了。|dur=9.0",
 "A|您先别急，我查一下。|ov=2.0",
 "C|我怎么能不急，八百多块钱，我这个月本来就紧张，而且我卡一直在我身上，从来没借给别人用过。|dur=8.0",
 "A|您的卡有没有绑定过什么APP？|ov=2.5",
 "C|绑过几个，淘宝、美团、还有一个游戏，那个游戏是我儿子玩的，会不会是他。|dur=7.0",
 "A|那很可能是游戏充值。|ov=3.0",
 "C|那我回家问问他。",
 "A|好的，如果不是他充值的，您再来电申请调单。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("ecommerce", ["talk_over"], "Noisy: agent starts speaking twice in the middle of the customer's turns -> talk_over.", [
 "A|您好，优品汇商城，工号九零六，请问有什么可以帮您？",
 "C|我想买一台冰箱，但是我家厨房的位置比较窄，只有六十五公分宽，高度倒是没限制，想要个容量大一点的。|dur=8.0",
 "A|那推荐您这款对开门的。|ov=2.2",
 "C|对开门的会不会太宽了，我刚才说了只有六十五公分，你们有没有那种法式多门的窄款。|dur=7.5",
 "A|有的，这款法式四门宽度六十公分，容量四百升。|ov=2.8",
 "C|好的，那我看一下这款。",
 "A|好的，请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
], noise=True)
call("broadband", [], "Clean. Hard neg talk_over: agent backchannels 嗯/对 (<1 s) during the customer's long turn and starts once inside the customer's last second - neither counts.", [
 "A|您好，恒通宽带，工号二四四，请问有什么可以帮您？",
 "C|我家是上个月刚装的宽带，一开始挺好的，最近一个礼拜每天晚上八点以后就特别卡，打游戏延迟好几百。|dur=8.0",
 "A|嗯。|ov=2.5|dur=0.4",
 "A|对。|ov=5.0|dur=0.4",
 "C|白天倒是没什么问题。|dur=2.4",
 "A|好的，晚高峰卡顿我帮您检测一下。|ov=1.8",
 "C|好的。",
 "A|检测到您家路由器连接的设备比较多，而且wifi信道拥堵，我远程帮您调整了信道，您再试试。",
 "C|好像好一点了。",
 "A|好的，如果晚上还卡，您再联系我们安排师傅上门。请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("express", [], "Clean. Hard neg talk_over: exactly one agent interruption (needs 2+). Hard neg tariff: 多少钱？什么时候付 -> 八十元，下单时在线支付.", [
 "A|您好，顺达快递，工号五九一，请问有什么可以帮您？",
 "C|我想寄一个生日蛋糕到隔壁城市，蛋糕是冰淇淋的，怕路上化了，你们有没有冷链的服务。|dur=7.5",
 "A|有的，我们有冷链同城急送。|ov=3.0",
 "C|多少钱？什么时候付？",
 "A|冷链急送五十公里内是八十元，下单时在线支付，三小时内送达。",
 "C|好，那我下单。",
 "A|好的，请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
# ---------------------------------------------------------------- SPEECH_RATE
call("telecom", ["speech_rate"], "Agent speaks ~400 chars/min over >30 s of agent speech (rattles through the package terms) -> speech_rate.", [
 "A|您好，星海通信，工号三八八八，请问有什么可以帮您？",
 "C|我想了解一下你们最新的套餐。",
 "A|好的，我们现在主推的是一百二十九元的畅享套餐，包含六十G全国通用流量、一千分钟国内通话、三百兆宽带、一张副卡和视频会员，合约期两年，合约期内每月一百二十九元，从办理次月一号开始收取，办理当月按天折算。",
 "C|那副卡要另外收钱吗？",
 "A|副卡在套餐内不另外收费，第二张副卡开始每张每月十元，从开通当月收取，副卡共享主卡的流量和通话分钟数，副卡的来电显示和短信也都是免费的。",
 "C|那宽带安装呢？",
 "A|宽带安装费免收，光猫和路由器都是免费提供的，不需要押金，合约期满以后如果不续约，设备需要归还到营业厅，如果设备损坏会按照设备价格收取赔偿费用。",
 "C|好，我考虑一下。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
], agent_rate=0.15)
call("insurance", ["speech_rate"], "Agent speaks very slowly (~100 chars/min, drawling) over >30 s of agent speech -> speech_rate.", [
 "A|您好，安康保险，工号四一七七，请问有什么可以帮您？",
 "C|我想问一下车险续保可以打几折。",
 "A|请问您的车牌号是多少？",
 "C|沪C三八二一六。",
 "A|您去年没有出险，今年续保可以享受八五折优惠。",
 "C|那一共多少钱？",
 "A|今年的保费是四千二百元，从保单起保日开始生效。",
 "C|好的，我在网上续。",
 "A|好的，感谢您的来电，祝您出行平安，再见。",
], agent_rate=0.6)
call("bankcard", ["speech_rate"], "Noisy: agent rushes through the installment terms at ~420 chars/min -> speech_rate.", [
 "A|您好，华信银行信用卡中心，工号五一二，请问有什么可以帮您？",
 "C|我想把这个月的账单分期。",
 "A|好的，您本期账单金额是一万二千元，可以分三期、六期、十二期、二十四期，分十二期每期手续费率百分之零点六，每期手续费七十二元，每期本金一千元，从下期账单开始收取，分期后不能提前取消，提前还款手续费照收，另外分期期间卡片如果有新的消费，会正常计入当期账单，不影响分期。",
 "C|那就分十二期。",
 "A|好的，已经为您办理十二期分期，每期还款一千零七十二元，第一期在下个月二十号的账单里体现，请按时还款，逾期会影响您的征信并收取违约金。",
 "C|好的。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
], noise=True, agent_rate=0.14)
# ---------------------------------------------------------------- SHORT_CALL
call("express", ["short_call", "closing"], "Wrong number, 8 s, both speak -> short_call. Agent only says 好的，再见 (policy: closing still judged). Hard neg hangup: the agent's last word is 好的，再见.", [
 "A|您好，顺达快递，请问有什么可以帮您？|rate=0.21",
 "C|不好意思，打错了。|rate=0.22",
 "A|好的，再见。|rate=0.22",
], first=0.4)
call("telecom", ["short_call", "greeting", "closing"], "4 s call: agent opens 喂？, customer 我打错了 -> short_call + greeting (喂, no greeting) + closing.", [
 "A|喂？|dur=0.5",
 "C|哦，我打错了。",
], first=0.6)
call("bankcard", ["short_call", "closing"], "7 s: agent greets, customer 喂？喂？听不见 and drops -> short_call; no closing.", [
 "A|您好，华信银行，请问有什么可以帮您？|rate=0.2",
 "C|喂？喂？听不见……|rate=0.25",
], first=0.5)
# ---------------------------------------------------------------- HANGUP
call("ecommerce", ["hangup", "closing"], "Customer is still asking (还有如果……); agent answers the first part and the call ends on the agent with no closing/goodbye -> hangup + closing.", [
 "A|您好，优品汇商城，工号九一九，请问有什么可以帮您？",
 "C|我上个礼拜在你们这买了个电热水壶，想问一下它是不锈钢的吗？",
 "A|是的，是三零四不锈钢内胆，容量一点七升。",
 "C|那保修多久？",
 "A|保修一年。",
 "C|那保修要带发票吗？还有如果……",
 "A|带发票和保修卡去售后网点就可以。",
])
call("insurance", ["hangup", "closing"], "Customer says 谢谢; agent's last two turns are just 好的 / 嗯 -> agent has the last word with no closing -> hangup + closing.", [
 "A|您好，平和人寿，工号三八四零，请问有什么可以帮您？",
 "C|我想改一下保单的通讯地址。",
 "A|请问您的保单号是多少？",
 "C|PH二零二一零三三七七。",
 "A|请问新地址是哪里？",
 "C|南京市建邺区江东中路一百零八号。",
 "A|好的，已经改好了，以后的保单通知书都会寄到新地址。",
 "C|谢谢。",
 "A|嗯。",
])

# ---------------------------------------------------------------- GREETING hard negatives
call("insurance", [], "Clean. Hard neg greeting: the CUSTOMER speaks first (喂？你好？) and the agent's first words are the full greeting - not late, not 喂.", [
 "C|喂？你好？|dur=1.2",
 "A|您好，安康保险客服中心，工号四零二六，请问有什么可以帮您？",
 "C|我想问一下我的家财险包不包括水管爆裂。",
 "A|请问您的保单号是多少？",
 "C|AK二零二六零三一二八八。",
 "A|您这份家财险包含水管爆裂造成的室内财产损失，最高赔偿五万元。",
 "C|那就好，我楼上漏水了，先问清楚。",
 "A|很抱歉您家遇到这种情况，如果需要报案，您可以拨打我们的报案热线，或者在公众号上传照片报案。请问还有其他可以帮您的吗？",
 "C|暂时没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
], first=0.3)
call("bankcard", [], "Clean. Hard neg greeting: long but complete variant 早上好，欢迎致电… 很高兴为您服务，请问有什么可以帮您.", [
 "A|早上好，欢迎致电华信银行信用卡中心，我是八号客服小于，很高兴为您服务，请问有什么可以帮您？",
 "C|我想问一下积分兑换的里程什么时候到账。",
 "A|积分兑换航空里程一般在兑换后五到七个工作日到账，请问您是哪天兑换的？",
 "C|上周三。",
 "A|那预计本周内就会到账，到账后航空公司会给您发短信。",
 "C|好的，谢谢。",
 "A|不客气，感谢您的来电，祝您旅途愉快，再见。",
])
call("broadband", [], "Clean. Hard neg greeting: order variant 您好，很高兴为您服务，这里是恒通宽带，请问您需要办理什么业务.", [
 "A|您好，很高兴为您服务，这里是恒通宽带，请问您需要办理什么业务？",
 "C|我想把宽带从一百兆升到三百兆。",
 "A|好的，请问您怎么称呼？",
 "C|姓万。",
 "A|万先生，三百兆比您现在的一百兆每月多二十元，也就是每月一百一十九元，升级后从下个月一号开始按新资费收取，本月不补差价。",
 "C|可以，帮我升吧。",
 "A|好的，已经为您升级，今晚十二点前生效，重启光猫后即可体验。请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的支持，祝您生活愉快，再见。",
])
call("express", [], "Clean. Hard neg greeting/forbidden: after the full greeting the customer says 喂？能听到吗 and the agent answers 您好，能听到的 - no 喂 from the agent.", [
 "A|您好，迅捷速运，工号七八二，请问有什么可以帮您？",
 "C|喂？喂？能听到吗？",
 "A|您好，能听到的，请讲。",
 "C|我想查一下我寄出去的件签收了没有，单号XJ六六零一二三九八七七。",
 "A|已经签收了，今天中午十二点十五分由收件人本人签收。",
 "C|好的，那就放心了。",
 "A|请问还有其他可以帮您的吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您生活愉快，再见。",
])
call("ecommerce", [], "Clean, noisy. Hard neg greeting: complete greeting heard with Traditional chars and no punctuation (歡迎致電 … 請問有什麼可以幫到您).", [
 "A|您好，欢迎致电优品汇商城，我是客服七七，请问有什么可以帮到您？",
 "C|我想问一下你们的以旧换新怎么弄。",
 "A|您在商品页面选择以旧换新，填写旧机型号，系统会给出估价，新机送货时快递员会同时回收旧机，估价金额直接抵扣货款。",
 "C|那旧机要是估价不对呢？",
 "A|以快递员上门检测的结果为准，如果您不满意可以当场取消回收，不影响新机购买。",
 "C|好的，明白了。",
 "A|请问还有其他问题吗？",
 "C|没有了。",
 "A|好的，感谢您的来电，祝您购物愉快，再见。",
], noise=True)
# ================================================================ build + self-checks
# extra noisy-ASR calls so that ~25% of the set is noisy (labels unchanged: they follow what was meant)
for _i in random.Random(99).sample([i for i, c in enumerate(CALLS) if not c["noise"]], 23):
    CALLS[_i]["noise"] = True
    CALLS[_i]["note"] += " (noisy ASR text)"
FAMILIES = ["greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask", "apology",
            "shirking", "overpromise", "colleague", "complaint", "silence", "talk_over", "speech_rate",
            "short_call", "hangup"]
TIC = re.compile("嗯嗯|啊|呀|这个|那个|就是|然后")
AGENT_POOL = {"telecom": ["A7001", "A7002", "A7003", "A7004", "A7005"], "broadband": ["A7011", "A7012", "A7013"],
              "ecommerce": ["A7021", "A7022", "A7023", "A7024"], "bankcard": ["A7031", "A7032", "A7033"],
              "express": ["A7041", "A7042", "A7043"], "insurance": ["A7051", "A7052", "A7053"]}

def checks(cid, c, segs):
    warn = []
    L = set(c["labels"])
    ag = [s for s in segs if s["speaker"] == "agent"]
    dur = max(s["end"] for s in segs)
    if "short_call" not in L and not (30 <= dur <= 300):
        warn.append(f"duration {dur:.1f}")
    if ("short_call" in L) != (dur < 10):
        warn.append(f"short_call mismatch dur={dur:.1f}")
    # silence
    sil = False
    t = 0.0
    for k, s in enumerate(segs):
        gap = s["start"] - t
        if k > 0 and gap > 10:
            prevtxt = [x["_clean"] for x in segs[:k] if x["speaker"] == "agent"][-1]
            held = "稍等" in prevtxt
            if not held or gap > 60:
                sil = True
        t = max(t, s["end"])
    if sil != ("silence" in L):
        warn.append("silence mismatch")
    # talk over
    n_to = 0
    cust = [s for s in segs if s["speaker"] == "customer"]
    for a in ag:
        if a["end"] - a["start"] < 1.0 and len(a["_clean"]) <= 3:
            continue
        for cs in cust:
            if cs["start"] + 1.0 <= a["start"] <= cs["end"] - 1.0:
                n_to += 1
                break
    if (n_to >= 2) != ("talk_over" in L):
        warn.append(f"talk_over mismatch n={n_to}")
    # speech rate
    asec = sum(s["end"] - s["start"] for s in ag)
    achars = sum(nchars(s["_clean"]) for s in ag)
    cpm = achars / asec * 60
    bad_rate = asec >= 30 and not (120 <= cpm <= 330)
    if bad_rate != ("speech_rate" in L):
        warn.append(f"speech_rate mismatch cpm={cpm:.0f} asec={asec:.0f}")
    # filler (raw token count, review manually)
    tics = sum(len(TIC.findall(s["_clean"])) for s in ag)
    per_min = tics / (asec / 60) if asec else 0
    if (tics >= 3 and per_min > 4) != ("filler" in L):
        warn.append(f"filler raw-count differs tics={tics} per_min={per_min:.1f} (review)")
    # closing
    last2 = [s["_clean"] for s in ag[-2:]]
    thanks = any(re.search("谢|感谢", x) for x in last2)
    bless = any("祝" in x for x in last2)
    if (not (thanks and bless)) != ("closing" in L):
        warn.append("closing mismatch")
    # hangup
    hang = (segs[-1]["speaker"] == "agent" and any(s["speaker"] == "customer" for s in segs)
            and not any(re.search("再见|祝|感谢|谢谢|拜拜", x) for x in last2))
    if hang != ("hangup" in L):
        warn.append("hangup mismatch")
    # keyword review
    for s in ag:
        for kw in ["喂", "不知道", "不清楚", "不明白"]:
            if kw in s["_clean"] and "forbidden" not in L and not (s is ag[0] and kw == "喂"):
                warn.append(f"review kw {kw}: {s['_clean'][:30]}")
    return warn, dict(dur=dur, cpm=cpm, asec=asec, tics=tics, to=n_to)

def main():
    rng = random.Random(7)
    out = []
    ok = True
    for i, c in enumerate(CALLS, 1):
        cid = f"ia_{i:03d}"
        assert all(l in FAMILIES for l in c["labels"]), (cid, c["labels"])
        segs = build(i, c, rng)
        w, st = checks(cid, c, segs)
        if w:
            print(cid, c["labels"], w, st)
        for s in segs:
            del s["_clean"]
        pool = AGENT_POOL[c["team"]]
        out.append({"call_id": cid, "agent_id": pool[i % len(pool)], "team": c["team"], "segments": segs,
                    "labels": sorted(set(c["labels"]), key=FAMILIES.index), "note": c["note"],
                    "noise": c["noise"]})
    with open("/work/indep/calls_a.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("calls:", len(out))

if __name__ == "__main__":
    main()
