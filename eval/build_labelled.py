"""Source of eval/labelled.jsonl: hand-written calls, labelled by the DOMAIN.md standard.

Edit the calls here, then ``.venv/bin/python eval/build_labelled.py`` rewrites the JSONL (the
committed, reviewed artefact). Timings are generated: the agent greets in the first second, a
turn lasts about 0.22 s per character (1.2–6 s), turns are 0.5 s apart unless a turn says
otherwise (``gap``) or gives its own ``at`` start time.

``labels`` is the exact set of families that SHOULD fire (DOMAIN.md; not what the engine does):
greeting, closing, forbidden, insult, filler, tariff, name_ask; apology, shirking, overpromise,
colleague, complaint; silence, talk_over, speech_rate, short_call, hangup. Timing cases place
turns with ``at``/``gap`` and size them with ``dur`` (seconds) or ``cpm`` (characters a minute).
Decisions on borderline cases:
* 「你好」 is a greeting (问候); a complete 「你好，XX客服…请问有什么可以帮您」 is not a greeting problem.
* A company named without the word 公司/客服 (「您好，星辰通信，请问…」) still introduces itself.
* Opening with 「喂」 is a greeting problem (not forbidden); 「喂」 later in the call is forbidden.
* The closing needs a closing phrase (any thanks formula — 感谢您的来电/反馈/支持/耐心等待/配合 —, asking
  for more needs, inviting a call again) and a blessing (祝您… / 生活愉快; 再见 alone is a goodbye, not
  a blessing) at the end of the call; a closing phrase alone is a partial closing (the blessing
  finding only); the blessing alone completes it (DOMAIN: delivery, service number and 工号 where
  relevant, then the blessing — revised 2026-12-05, writers F and G read it so). A silent line
  (the customer never spoke) and a call handed over to a colleague (转接) owe no closing.
* A customer protesting the agent's words (你怎么骂人 / 你怎么说话的) is unhappy: the agent owes an
  apology.
* A phrase the agent reports or quotes (a colleague's insult, while registering a complaint) is
  not the agent's; 不知道/不清楚/不明白 are forbidden only about the agent's own knowledge.
* Opening with a bare 「嗯」 and greeting only after the customer spoke is a greeting problem.
* Filler: the default rulebook's threshold (≥3 tics and above 4 per minute of agent speech);
  one or two tics in a call are not a finding.
* Tariff only when the customer asks about a fee; agent fee talk without a question is not.
* Apology: the customer voices dissatisfaction (投诉, 太差, 什么态度, 还没解决…) and the agent does
  not apologise in their next two turns. What the agent says (「如有不满意可以投诉」) is not the trigger.
* Complaint: the customer's intent to complain or escalate (投诉, 12315, 找你们领导) — information
  for the QA lead, labelled like any family; 「我不是要投诉」 / 「我不会投诉」 are not.
* Shirking: a brush-off with no transfer, ticket or referral anywhere in the call.
* Silence: both parties quiet over 10 s; an announced hold (请您稍等…) may last 60 s.
* Talk-over: two or more agent starts while the customer goes on ≥ 1 s; backchannels under
  1 s and starts within the last second of the customer's turn are turn-taking.
* Speech rate: judged only from 30 s of agent speech; outside 120–330 characters a minute.
* Short call: under 10 s with both parties speaking (a silent line is not).
* Hang-up: the agent has the last word after the customer and none of the agent's last two
  turns closes or says goodbye; a silent line (the customer never spoke) is not a hang-up.
"""
from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "labelled.jsonl"

# Reusable pieces ---------------------------------------------------------------------------------
GT = "您好，星辰通信客服中心，工号一零二三，很高兴为您服务，请问有什么可以帮您？"
GT2 = "您好，星辰通信客服中心，八号客服为您服务，请问有什么可以帮助您？"
GE = "您好，优品商城客服中心，工号二零一六，请问有什么可以帮您？"
GB = "您好，云达宽带服务热线，工号五五八，请问有什么可以帮您？"
CLOSE = [("a", "请问还有其他可以帮您的吗？"), ("c", "没有了，谢谢。"), ("a", "好的，感谢您的来电，祝您生活愉快，再见！")]
CLOSE2 = [("a", "还有其他问题吗？"), ("c", "没了。"), ("a", "好的，感谢您的耐心，祝您工作顺利，再见。")]
CLOSE3 = [("a", "请问还有什么需要帮您的吗？"), ("c", "没有了。"), ("a", "感谢您的来电，祝您生活愉快。"), ("c", "再见。")]

CALLS: list[tuple[str, list[str], str, list]] = []


def call(cid, labels, note, turns, agent="A1023"):
    CALLS.append((cid, labels, note, turns, agent))


# --- clean calls and general hard negatives ------------------------------------------------------
call("ev_001", [], "clean telecom call: balance enquiry, polite name ask, hold announced", [
    ("a", GT), ("c", "你好，我想查一下我的话费余额。"), ("a", "好的，请问您怎么称呼？"), ("c", "我姓王。"),
    ("a", "王先生您好，请您稍等，我帮您查询一下。"), ("a", "感谢您的耐心等待，您当前的话费余额是五十六元。"),
    ("c", "好的，那我这个月的流量还剩多少？"), ("a", "您本月的国内流量还剩三点五个G。"), ("c", "行，知道了。"), *CLOSE])
call("ev_002", [], "clean e-commerce call: order tracking", [
    ("a", GE, {"agent": "E2016"}), ("c", "你好，我前天买的一个电饭煲，到现在还没发货。"), ("a", "非常抱歉让您久等了，请问您的订单号是多少？"),
    ("c", "订单号是八八三二零一五七。"), ("a", "好的，我看到了，您的订单今天上午已经从仓库发出了。"),
    ("a", "预计明天下午送达，快递单号已经发到您的手机上。"), ("c", "好的，那我等着。"), *CLOSE], "E2016")
call("ev_003", [], "greeting with 你好 instead of 您好 but otherwise complete: 你好 is a 问候, not a greeting problem", [
    ("a", "你好，星辰通信客服中心，工号一零二三，请问有什么可以帮您？"), ("c", "我想开通国际漫游。"),
    ("a", "好的，请问您要去哪个国家？"), ("c", "去日本，下周一出发。"), ("a", "已经为您开通了日本的漫游服务，落地后开机就可以使用。"),
    ("c", "好的，谢谢。"), *CLOSE2])
call("ev_004", [], "ASR-style text without any punctuation, otherwise a clean call", [
    ("a", "您好星辰通信客服中心工号一零二三很高兴为您服务请问有什么可以帮您"), ("c", "我手机信号不太好想报个修"),
    ("a", "好的请问您是在什么位置信号不好"), ("c", "就在家里小区是阳光花园"), ("a", "好的已经帮您登记了工程师会在两个工作日内联系您"),
    ("c", "行谢谢"), ("a", "请问还有其他可以帮您的吗"), ("c", "没有了"), ("a", "感谢您的来电祝您生活愉快再见")])
call("ev_005", [], "Traditional characters throughout (請問有什麼可以幫您), clean call", [
    ("a", "您好，星辰通信客服中心，工號一零二三，請問有什麼可以幫您？"), ("c", "我想查一下我的套餐。"),
    ("a", "好的，請問您貴姓？"), ("c", "我姓陳。"), ("a", "陳先生，您現在的套餐是每月五十八元的暢享套餐。"),
    ("c", "好的，知道了。"), ("a", "請問還有其他可以幫您的嗎？"), ("c", "沒有了。"), ("a", "感謝您的來電，祝您生活愉快，再見。")])
call("ev_006", [], "ASR homophones in a clean call: 克服中心 (客服), 公号 (工号), 营业听 (营业厅)", [
    ("a", "您好星辰通信克服中心公号一零二三请问有什么可以帮您"), ("c", "我想补办一张电话卡。"),
    ("a", "好的，补卡需要您本人带身份证去营业听办理。"), ("c", "最近的营业厅在哪？"), ("a", "人民路八十八号就有一个营业听，早上九点开门。"),
    ("c", "好的，谢谢。"), *CLOSE])
call("ev_007", [], "ASR homophones: customer asks about 话废 balance (not a fee question); 克服 in greeting", [
    ("a", "您好，星辰通信克服中心，八号客服为您服务，请问有什么可以帮您？"), ("c", "我想问一下我这个月的话废还剩多少？"),
    ("a", "好的，请您稍等。"), ("a", "您这个月的话费余额是二十三元。"), ("c", "那我再充一百吧。"),
    ("a", "好的，您可以在我们的手机营业厅里直接充值。"), ("c", "好。"), *CLOSE2])
call("ev_008", [], "customer says 喂 (opening and mid-call on a bad line); agent answers politely", [
    ("c", "喂？", {"at": 0.3}), ("a", GT, {"at": 1.2}), ("c", "喂，你好，我的宽带上不了网。"),
    ("a", "好的，请问您的宽带账号是多少？"), ("c", "喂？喂？能听到吗？"), ("a", "您好，我能听到，请问您还在线吗？"),
    ("c", "在的，账号是六六八八零一。"), ("a", "好的，已经帮您提交报修，师傅明天上午上门。"), ("c", "行。"), *CLOSE])
call("ev_009", [], "company named without the word 公司/客服 (「您好，星辰通信，请问…」) is a complete greeting", [
    ("a", "您好，星辰通信，请问有什么可以帮您？"), ("c", "我想改一下套餐。"), ("a", "好的，请问您想改成哪个套餐？"),
    ("c", "改成那个八十八元的。"), ("a", "好的，已经为您提交，下个月一号生效。"), ("c", "好的。"), *CLOSE])
call("ev_010", [], "不清楚 about the line quality (听不清楚) is not the forbidden 不清楚", [
    ("a", GT), ("c", "我想问一下我的积分。"), ("a", "不好意思，我这边听不太清楚，您能再说一遍吗？"),
    ("c", "我说我想查一下积分。"), ("a", "好的，您目前有三千二百积分，可以兑换话费。"), ("c", "好，谢谢。"), *CLOSE])
call("ev_011", [], "如有不明白的地方 / 不清楚的地方 are polite, not forbidden", [
    ("a", GB, {"agent": "B558"}), ("c", "我新装的宽带路由器不会设置。"), ("a", "好的，我给您发一份设置说明到手机上。"),
    ("a", "如果还有不明白的地方，您可以随时来电。"), ("c", "好的，有不清楚的我再打。"), ("a", "好的，说明已经发送了。"), *CLOSE], "B558")
call("ev_012", [], "greeting split over two agent turns: complete within the first two turns", [
    ("a", "您好，星辰通信客服中心，工号一零二三。"), ("a", "很高兴为您服务，请问有什么可以帮您？"), ("c", "我想停一下我的副卡。"),
    ("a", "好的，请问您贵姓？"), ("c", "我姓刘。"), ("a", "刘女士，副卡已经为您办理停机，需要时可以随时复机。"),
    ("c", "好的。"), *CLOSE])
call("ev_013", [], "agent pitches a product with 免费期/先用着 but the customer never asked about fees (not tariff)", [
    ("a", GT), ("c", "我想查一下我的流量。"), ("a", "您本月还剩五个G的流量。"),
    ("a", "另外我们有一个视频会员活动，现在是免费期，您可以先用着体验一下。"), ("c", "不用了，谢谢。"),
    ("a", "好的，没问题。"), *CLOSE])
call("ev_014", [], "billing dispute (多扣了五十块) is not a fee question; agent apologises and refunds", [
    ("a", GT), ("c", "你们怎么回事，我这个月话费怎么多扣了五十块？"), ("a", "非常抱歉给您带来不便，请问您怎么称呼？"),
    ("c", "我姓张。"), ("a", "张先生，我查到本月开通了一个增值业务，我已经为您退订并提交退费申请。"),
    ("c", "那什么时候能退回来？"), ("a", "三个工作日内会退回到您的话费账户。"), ("c", "好吧。"), *CLOSE])
call("ev_015", [], "clean broadband call with hold and explicit thanks", [
    ("a", GB), ("c", "我家宽带晚上特别卡。"), ("a", "请您稍等，我帮您检测一下线路。"),
    ("a", "感谢您的耐心等待，线路检测正常，建议您重启一下光猫试试。"), ("c", "我重启过了还是不行。"),
    ("a", "好的，我帮您登记报修，工程师会在二十四小时内联系您。"), ("c", "行。"), *CLOSE3], "B558")

# --- greeting ------------------------------------------------------------------------------------
call("ev_020", ["greeting"], "opens with 喂 (otherwise complete greeting)", [
    ("a", "喂，星辰通信客服中心，请问有什么可以帮您？"), ("c", "我想查一下我的账单。"), ("a", "好的，请问您怎么称呼？"),
    ("c", "我姓赵。"), ("a", "赵女士，您上个月的账单是七十八元，已经自动扣款了。"), ("c", "好的。"), *CLOSE])
call("ev_021", ["greeting"], "opens with 喂 and no greeting content (喂，你说)", [
    ("a", "喂，你说。"), ("c", "我想办个流量包。"), ("a", "好的，您想办多大的？"), ("c", "十个G的就行。"),
    ("a", "好的，十个G的流量包已经为您开通了。"), ("c", "好。"), *CLOSE2])
call("ev_022", ["greeting"], "no self-introduction (company/工号) in the greeting", [
    ("a", "您好，请问有什么可以帮您？"), ("c", "我的快递显示签收了，但我没收到。"), ("a", "非常抱歉，请问您的订单号是多少？"),
    ("c", "七七零三二一八。"), ("a", "我帮您联系快递核实，今天之内给您回电。"), ("c", "好的，麻烦了。"), *CLOSE], "E2016")
call("ev_023", ["greeting"], "no offer of help: greeting stops after the self-introduction", [
    ("a", "您好，优品商城客服。"), ("c", "我想退一件衣服。"), ("a", "好的，订单号多少？"), ("c", "五五六一二零九。"),
    ("a", "已经为您提交退货申请，快递员明天上门取件。"), ("c", "好的。"), *CLOSE], "E2016")
call("ev_024", ["greeting"], "no 问候 (您好) at all: starts straight with the company name", [
    ("a", "星辰通信客服中心，请问有什么可以帮您？"), ("c", "我想注销一个号码。"), ("a", "注销需要机主本人带身份证到营业厅办理。"),
    ("c", "好的，什么时候都可以吗？"), ("a", "营业厅每天早上九点到晚上六点都可以办理。"), ("c", "好。"), *CLOSE])
call("ev_025", ["greeting"], "late greeting: the agent's first words come at 9.5 s (customer says 喂 twice first)", [
    ("c", "喂？", {"at": 0.6}), ("c", "喂，有人吗？", {"at": 4.5}), ("a", GT, {"at": 9.5}), ("c", "我想查一下我的宽带到期时间。"),
    ("a", "您的宽带是明年三月三十一号到期。"), ("c", "好的，知道了。"), *CLOSE])
call("ev_026", ["greeting"], "no greeting at all (什么事？)", [
    ("a", "什么事？"), ("c", "我想问一下我的手机怎么停机了。"), ("a", "您的话费欠费了，充值以后就会自动恢复。"),
    ("c", "欠了多少？"), ("a", "欠费十二元。"), ("c", "好，我去充。"), *CLOSE])
call("ev_027", ["greeting"], "greeting 嗯，你说 (one 嗯 is not a filler finding)", [
    ("a", "嗯，你说。"), ("c", "我想改一下收货地址。"), ("a", "好的，请问订单号是多少？"), ("c", "一二三四五六七。"),
    ("a", "请问您要改成哪里？"), ("c", "改成人民路十八号。"), ("a", "好的，已经为您修改成功。"), *CLOSE], "E2016")
call("ev_028", ["greeting", "forbidden"], "opens with 喂 and later addresses the customer with 喂 again", [
    ("a", "喂，星辰通信，请问有什么可以帮您？"), ("c", "我要办一张副卡。"), ("a", "好的，请问您的主卡号码是多少？"),
    ("c", "嗯，我看一下。", {"gap": 0.5}), ("a", "喂，你还在吗？", {"gap": 6.0}), ("c", "在的，号码是一三九零零一二三四五六。"),
    ("a", "好的，副卡已经为您办理了。"), ("c", "好。"), *CLOSE])
call("ev_029", ["greeting"], "ASR-style without punctuation: no self-introduction", [
    ("a", "您好请问有什么可以帮您"), ("c", "我想查一下我这个月用了多少流量"), ("a", "好的您这个月已经用了八个G"),
    ("c", "那还剩多少"), ("a", "还剩两个G"), ("c", "好的谢谢"), ("a", "请问还有其他可以帮您的吗"), ("c", "没有了"),
    ("a", "感谢您的来电祝您生活愉快再见")])

# --- closing -------------------------------------------------------------------------------------
call("ev_030", ["closing", "hangup"], "ends with 好的，就这样 (no closing, no blessing)", [
    ("a", GT), ("c", "我想把套餐改成五十八元的。"), ("a", "好的，已经帮您提交，下个月一号生效。"),
    ("c", "那我这个月的流量还能用吗？"), ("a", "可以的，这个月不受影响。"), ("c", "好的。"), ("a", "好的，就这样。")])
call("ev_031", ["closing", "hangup"], "agent ends with 行; customer says 那我挂了", [
    ("a", GE), ("c", "我买的耳机有杂音，想换一个。"), ("a", "好的，请问订单号是多少？"), ("c", "九九八七六五四。"),
    ("a", "已经为您申请换货，快递员明天上门取件。"), ("c", "那我挂了啊。"), ("a", "行。")], "E2016")
call("ev_032", ["closing"], "thanks but no blessing at the end (感谢您的来电 only)", [
    ("a", GT), ("c", "我想问一下宽带什么时候到期？"), ("a", "您的宽带是明年三月到期。"), ("c", "好的，谢谢。"),
    ("a", "感谢您的来电。"), ("c", "嗯。")])
call("ev_033", ["closing"], "blessing said early, the customer asks more, and the call ends without a new closing", [
    ("a", GT), ("c", "我想查一下话费。"), ("a", "您的余额是三十二元。"), ("c", "好的。"),
    ("a", "感谢您的来电，祝您生活愉快。"), ("c", "哦对了，我还想问一下副卡能不能单独停机？"),
    ("a", "可以的，副卡可以单独停机。"), ("c", "那你帮我停了吧。"), ("a", "好，已经停了。"), ("c", "好。")])
call("ev_034", ["closing"], "e-commerce refund, call ends on the customer's thanks without any closing", [
    ("a", GE), ("c", "我退货的钱什么时候到账？"), ("a", "请问订单号是多少？"), ("c", "三三二一零零八。"),
    ("a", "您的退款已经提交了，三到五个工作日原路退回。"), ("c", "好的，谢谢。")], "E2016")
call("ev_035", ["closing"], "asks 还有其他问题吗 but ends with 好 — no thanks, no blessing", [
    ("a", GB), ("c", "我想把宽带移到新家。"), ("a", "好的，请问新家的地址是哪里？"), ("c", "建设路六十六号。"),
    ("a", "已经为您预约移机，师傅周六上午上门。"), ("a", "还有其他问题吗？"), ("c", "没有了。"), ("a", "好。")], "B558")
call("ev_036", ["closing", "hangup"], "ASR-style without punctuation: ends with 那就这样", [
    ("a", "您好星辰通信客服中心工号一零二三请问有什么可以帮您"), ("c", "我想开个来电显示"), ("a", "好的已经帮您开通了"),
    ("c", "要多久生效"), ("a", "马上就生效了"), ("c", "好"), ("a", "那就这样")])
call("ev_037", ["closing", "hangup"], "Traditional characters: ends with 好的，就這樣吧", [
    ("a", "您好，星辰通信客服中心，工號一零二三，請問有什麼可以幫您？"), ("c", "我想查一下我的積分。"),
    ("a", "您目前有兩千積分。"), ("c", "能換什麼？"), ("a", "可以兌換二十元話費。"), ("c", "那幫我換了吧。"),
    ("a", "已經幫您兌換好了。"), ("c", "好。"), ("a", "好的，就這樣吧。")])
call("ev_038", ["closing", "hangup"], "agent ends with 好，挂了 — no closing, no blessing", [
    ("a", GT), ("c", "我想取消一个彩铃业务。"), ("a", "好的，已经为您取消了。"), ("c", "行。"),
    ("a", "好，挂了。")])
call("ev_039", [], "full closing; the customer has the last word (再见)", [
    ("a", GT2, {"agent": "A0008"}), ("c", "我手机丢了，想挂失。"), ("a", "好的，请问机主怎么称呼？"), ("c", "我姓周。"),
    ("a", "周先生，您的号码已经为您办理挂失停机。"), ("a", "补卡需要您带身份证到营业厅办理。"), ("c", "好的，明白了。"), *CLOSE3], "A0008")
call("ev_040", [], "closing and blessing inside one long final agent turn", [
    ("a", GE), ("c", "我想开一张发票。"), ("a", "好的，请问发票抬头是什么？"), ("c", "个人就可以。"),
    ("a", "好的，电子发票已经发到您的邮箱，请问还有其他可以帮您的吗？"), ("c", "没有了。"),
    ("a", "好的，感谢您的来电，祝您生活愉快，再见。"), ("c", "再见。")], "E2016")

# --- forbidden -----------------------------------------------------------------------------------
call("ev_041", ["forbidden"], "不清楚: 这个我不清楚", [
    ("a", GT), ("c", "我想问一下国际漫游要怎么开通？"), ("a", "这个我不清楚。"),
    ("c", "那谁清楚？"), ("a", "您可以去营业厅问一下。"), ("c", "行吧。"), *CLOSE])
call("ev_042", ["forbidden"], "不知道: 我也不知道，系统上没显示", [
    ("a", GE), ("c", "我的包裹为什么三天都没更新物流了？"), ("a", "我也不知道，系统上没显示。"), ("c", "那怎么办？"),
    ("a", "我帮您联系快递公司核实一下，今天给您回复。"), ("c", "好的。"), *CLOSE], "E2016")
call("ev_043", ["forbidden"], "不明白: 你说的我不明白", [
    ("a", GT), ("c", "我那个什么包月的东西能不能退掉？"), ("a", "你说的我不明白。"), ("c", "就是那个视频会员。"),
    ("a", "好的，视频会员已经为您退订了。"), ("c", "好。"), *CLOSE])
call("ev_044", ["forbidden"], "rebuff: 那你想好了再打来吧", [
    ("a", GT), ("c", "我想换个套餐，但是还没想好换哪个。"), ("a", "我们有五十八元和八十八元两档套餐。"),
    ("c", "我再想想吧。"), ("a", "那你想好了再打来吧。"), ("c", "行吧。"), *CLOSE])
call("ev_045", ["forbidden"], "rebuff: 你这话什么意思", [
    ("a", GB), ("c", "你们的宽带是不是一直在限速？"), ("a", "你这话什么意思？"), ("c", "我是说网速一直达不到。"),
    ("a", "好的，我帮您登记测速，工程师会联系您。"), ("c", "嗯。"), *CLOSE], "B558")
call("ev_046", ["forbidden"], "喂 addressing the customer mid-call after a silence", [
    ("a", GT), ("c", "我想查一下我的宽带账号。"), ("a", "好的，请提供一下机主的身份证后四位。"), ("c", "我找一下。"),
    ("a", "喂，你还在吗？", {"gap": 5.0}), ("c", "在的，是三二一五。"), ("a", "好的，您的宽带账号已经发到您手机上了。"), ("c", "好。"), *CLOSE])
call("ev_047", ["forbidden", "complaint"], "喂喂，听得到吗 instead of 您好，请问您能听到吗", [
    ("a", GE), ("c", "我要投诉一个商家发错货了。"), ("a", "喂喂，听得到吗？"), ("c", "听得到，商家发错货了。"),
    ("a", "非常抱歉，请问订单号是多少？"), ("c", "四四五五六六七。"), ("a", "已经为您登记，商家会在二十四小时内联系您。"), *CLOSE], "E2016")
call("ev_048", ["forbidden"], "ASR-style without punctuation: 这个我也不太清楚", [
    ("a", "您好星辰通信客服中心工号一零二三请问有什么可以帮您"), ("c", "我想问一下携号转网要多久"),
    ("a", "这个我也不太清楚你可以去营业厅问问"), ("c", "好吧"), ("a", "请问还有其他可以帮您的吗"), ("c", "没有了"),
    ("a", "感谢您的来电祝您生活愉快再见")])
call("ev_049", ["forbidden"], "Traditional characters: 這個我不知道", [
    ("a", "您好，星辰通信客服中心，工號一零二三，請問有什麼可以幫您？"), ("c", "我的副卡什麼時候能用？"),
    ("a", "這個我不知道。"), ("c", "那你幫我查一下嘛。"), ("a", "好的，副卡明天就能使用了。"), ("c", "好。"),
    ("a", "請問還有其他可以幫您的嗎？"), ("c", "沒有了。"), ("a", "感謝您的來電，祝您生活愉快，再見。")])
call("ev_050", [], "customer says 我不知道 and 你这话什么意思; the agent stays polite", [
    ("a", GT), ("c", "我也不知道我开了什么业务，就是扣钱了。"), ("a", "请您稍等，我帮您查一下。"),
    ("a", "您开通了一个彩铃业务。"), ("c", "你这话什么意思？是我自己开的？"), ("a", "抱歉，可能是我没说清楚，我帮您查一下开通记录。"),
    ("a", "这个业务是上个月通过短信开通的，我已经为您退订了。"), ("c", "好吧。"), *CLOSE])
call("ev_051", [], "polite 不知道您现在方便吗 and 我帮您查清楚 are not forbidden", [
    ("a", GT), ("c", "我上个月的账单好像有点问题。"), ("a", "您稍等，我帮您查清楚。"), ("a", "不知道您现在方便核对一下账单明细吗？"),
    ("c", "方便，你说吧。"), ("a", "上个月您的通话费是三十二元，流量费是二十元。"), ("c", "哦，那没问题了。"), *CLOSE])
call("ev_052", [], "polite 不知道您是否需要 / 有不明白的地方 are not forbidden", [
    ("a", GE), ("c", "我想问一下这个扫地机怎么用。"), ("a", "说明书第三页有详细的步骤。"),
    ("a", "不知道您是否需要我给您发一个视频教程？"), ("c", "好啊，发给我吧。"), ("a", "已经发到您的手机了，有不明白的地方随时联系我们。"),
    ("c", "好的。"), *CLOSE], "E2016")
call("ev_053", ["forbidden"], "不知道 inside a longer agent sentence (shirking), not a polite construction", [
    ("a", GT), ("c", "我的号码为什么被停机了？"), ("a", "为什么停机我们这边也不知道，你去营业厅问吧。"),
    ("c", "你们客服怎么会不知道？"), ("a", "抱歉，我帮您查一下，是因为欠费停机。"), ("c", "好吧。"), *CLOSE])

# --- insult --------------------------------------------------------------------------------------
call("ev_060", ["insult", "apology"], "神经病 (fatal); the customer protests (你怎么说话的) and gets no apology", [
    ("a", GT), ("c", "我都打了三次电话了，你们到底能不能解决？"), ("a", "你是不是神经病啊，跟你说了在处理。"),
    ("c", "你怎么说话的？"), ("a", "好的，我会再帮您催一下。"), *CLOSE])
call("ev_061", ["insult", "apology"], "misheard insult 神精病 (ASR homophone of 神经病) still counts", [
    ("a", GB), ("c", "你们的师傅到底什么时候来？"), ("a", "你神精病吧，都说了明天。"), ("c", "你这什么态度？"),
    ("a", "师傅明天上午会上门。"), *CLOSE], "B558")
call("ev_062", ["insult", "apology", "complaint"], "你有病吧", [
    ("a", GE), ("c", "我要退货，这东西质量太差了。"), ("a", "你有病吧，用了一个月还退？"), ("c", "我要投诉你。"),
    ("a", "好的，已经为您登记。"), *CLOSE], "E2016")
call("ev_063", ["insult", "apology", "complaint"], "你去死吧", [
    ("a", GT), ("c", "你们这个破网络，信号一直不好。"), ("a", "您可以换个位置试一下。"), ("c", "换了也没用，你们就是骗钱。"),
    ("a", "你去死吧。"), ("c", "我要投诉你。"), *CLOSE])
call("ev_064", ["insult"], "给我滚 / 滚蛋", [
    ("a", GT), ("c", "你们今天必须给我解决，不然我天天打。"), ("a", "你给我滚蛋。"), ("c", "你叫什么名字？"),
    ("a", "我工号一零二三。"), *CLOSE])
call("ev_065", ["insult", "apology"], "脑子进水 (attack); the customer protests (你怎么骂人) and gets no apology", [
    ("a", GE), ("c", "我下单的时候选错颜色了，能改吗？"), ("a", "你脑子进水了吧，下单都不看。"), ("c", "你怎么骂人？"),
    ("a", "好的，颜色已经为您修改了。"), *CLOSE], "E2016")
call("ev_066", ["insult", "apology"], "ASR-style without punctuation: 你是不是有病啊听不懂人话", [
    ("a", "您好星辰通信客服中心工号一零二三请问有什么可以帮您"), ("c", "我问你们这个流量包怎么又扣了"),
    ("a", "你是不是有病啊听不懂人话吗"), ("c", "你什么态度"), ("a", "这个流量包是您上个月办理的"), ("c", "算了"),
    ("a", "请问还有其他可以帮您的吗"), ("c", "没有"), ("a", "感谢您的来电祝您生活愉快再见")])
call("ev_067", ["insult"], "白痴 (insult)", [
    ("a", GT), ("c", "我不会在手机上交话费。"), ("a", "这么简单都不会，真是白痴。"), ("c", "你说谁呢？"),
    ("a", "您打开我们的手机营业厅，点充值就可以了。"), *CLOSE])
call("ev_068", [], "the customer insults the agent (神经病, 有病, 去死); agent apologises: nothing fires", [
    ("a", GT), ("c", "你们是不是有病啊，天天给我发广告短信。"), ("a", "非常抱歉给您带来打扰，我马上帮您退订。"),
    ("c", "神经病，你们都去死吧。"), ("a", "非常抱歉，营销短信已经为您全部退订了。"), ("c", "哼。"), *CLOSE])
call("ev_069", [], "滚动升级 and 滚筒洗衣机: 滚 in ordinary words is not an insult", [
    ("a", GE), ("c", "我想问一下这款滚筒洗衣机什么时候有货？"), ("a", "这款滚筒洗衣机下周一到货。"),
    ("c", "你们网站怎么打不开？"), ("a", "系统正在滚动升级，请您半小时后再试。"), ("c", "好的。"), *CLOSE], "E2016")
call("ev_070", [], "去四楼 (near-homophone of 去死) is not an insult", [
    ("a", GT), ("c", "补办手机卡要去哪里？"), ("a", "您可以去四楼的营业厅办理，带上身份证就行。"),
    ("c", "四楼是吧？"), ("a", "是的，人民路营业厅四楼。"), ("c", "好的。"), *CLOSE])

# --- filler --------------------------------------------------------------------------------------
call("ev_075", ["filler"], "heavy tics: 嗯/这个/那个/就是说 in several turns", [
    ("a", GT), ("c", "我想问一下我的积分能换什么东西？"), ("a", "嗯，这个，这个，就是说，您的积分呢，嗯，可以换话费。"),
    ("c", "那能换多少？"), ("a", "那个，嗯，就是说，一千积分可以换十元话费。"), ("c", "好的，谢谢。"), *CLOSE])
call("ev_076", ["filler"], "clause-initial 啊 repeated as a tic", [
    ("a", GE), ("c", "我的优惠券怎么用不了？"), ("a", "啊，您稍等。"), ("a", "啊，这张优惠券是满两百才能用的。"),
    ("c", "我买了两百多啊。"), ("a", "啊，那个，您的订单里有一件是不参加活动的。"), ("c", "哦，这样。"), ("a", "啊，对的。"), *CLOSE], "E2016")
call("ev_077", ["filler"], "就是说 repeated plus 呃", [
    ("a", GB), ("c", "我想问一下宽带提速怎么办理？"), ("a", "呃，就是说，您现在是一百兆，就是说可以升到三百兆。"),
    ("c", "那要怎么弄？"), ("a", "就是说，呃，您在手机上点一下提速就可以了，就是说很方便。"), ("c", "好的。"), *CLOSE], "B558")
call("ev_078", ["filler"], "ASR-style without punctuation: 嗯这个这个就是说那个", [
    ("a", "您好星辰通信客服中心工号一零二三请问有什么可以帮您"), ("c", "我想问问副卡怎么办"),
    ("a", "嗯这个这个就是说副卡呢嗯需要您那个带身份证去营业厅"), ("c", "好的"), ("a", "嗯对的"),
    ("a", "请问还有其他可以帮您的吗"), ("c", "没有了"), ("a", "感谢您的来电祝您生活愉快再见")])
call("ev_079", ["filler"], "tics spread thinly over many turns (呃/嗯/那个), still above threshold", [
    ("a", GT), ("c", "我想办一个家庭套餐。"), ("a", "呃，好的。"), ("c", "有哪些套餐？"), ("a", "嗯，有一百二十八元的和一百八十八元的。"),
    ("c", "有什么区别？"), ("a", "那个，一百八十八元的多了两张副卡。"), ("c", "那我办一百二十八的吧。"), ("a", "嗯，好的，呃，已经为您办理了。"),
    *CLOSE])
call("ev_080", [], "determiners 这个套餐 / 那个流量包 are not fillers; fee questions answered fully", [
    ("a", GT), ("c", "这个套餐多少钱一个月？"), ("a", "这个套餐每月五十八元，次月起按月收费。"),
    ("c", "那个流量包呢？"), ("a", "那个流量包每月二十元，也是次月起收费。"), ("c", "好的，我都办了吧。"),
    ("a", "好的，已经为您办理成功。"), *CLOSE])
call("ev_081", [], "a single 嗯 is below the filler threshold", [
    ("a", GT), ("c", "我想查一下我的宽带密码。"), ("a", "嗯，好的，密码已经通过短信发到您的手机上了。"),
    ("c", "收到了，谢谢。"), ("a", "不客气。"), *CLOSE])
call("ev_082", [], "sentence-final mood particles 好啊/是呀/对啊 are not fillers", [
    ("a", GE), ("c", "这个耳机是正品吗？"), ("a", "是呀，我们都是官方授权的。"), ("c", "能开发票吗？"),
    ("a", "可以啊，下单时选择开发票就行。"), ("c", "那我现在下单。"), ("a", "好啊，没问题。"), *CLOSE], "E2016")
call("ev_083", [], "the customer uses many tics (嗯/那个/就是说); only the agent's speech counts", [
    ("a", GT), ("c", "嗯，那个，就是说，我那个，嗯，想问一下，就是说我的流量怎么用这么快。"),
    ("a", "请您稍等，我帮您查一下。"), ("a", "您本月看视频用了六个G的流量。"), ("c", "嗯，那个，这个，哦，好吧。"),
    ("a", "建议您办理一个视频定向流量包。"), ("c", "嗯，我考虑一下。"), *CLOSE])
call("ev_084", [], "这个 as a determiner in ASR text without punctuation (这个业务/这个月)", [
    ("a", "您好星辰通信客服中心工号一零二三请问有什么可以帮您"), ("c", "我想问一下这个月的账单"),
    ("a", "您这个月的账单是六十八元这个金额包含了套餐费和流量费"), ("c", "这个业务是什么"),
    ("a", "这个业务是您开通的来电显示每月五元次月起收取"), ("c", "好的"), ("a", "请问还有其他可以帮您的吗"), ("c", "没有了"),
    ("a", "感谢您的来电祝您生活愉快再见")])
call("ev_085", [], "two tics in a long call (嗯 … 呃) stay below the threshold", [
    ("a", GT), ("c", "我想开通五G套餐。"), ("a", "嗯，好的，请问您的手机是五G手机吗？"), ("c", "是的。"),
    ("a", "五G套餐每月一百二十八元，从下个月一号开始生效。"), ("c", "行，开吧。"), ("a", "呃，好的，已经为您提交了。"),
    ("c", "好。"), ("a", "套餐变更成功后会有短信通知您。"), *CLOSE])

# --- tariff --------------------------------------------------------------------------------------
call("ev_090", ["tariff"], "fee question glossed with 免费期 / 先用着", [
    ("a", GT), ("c", "我手机上多了一个视频会员，这个要收费吗？"), ("a", "您放心，现在是免费期，您先用着就行。"),
    ("c", "哦，那好吧。"), ("a", "好的。"), *CLOSE])
call("ev_091", ["tariff"], "amount without when charging starts (每月三十元)", [
    ("a", GT), ("c", "你们那个流量包多少钱？"), ("a", "每月三十元，包含二十个G。"), ("c", "那我开一个。"),
    ("a", "好的，已经为您开通了。"), ("c", "好。"), *CLOSE])
call("ev_092", ["tariff"], "when charging starts without the amount (首月免费，第二个月开始收费)", [
    ("a", GB), ("c", "这个网络电视收不收费？"), ("a", "首月免费，第二个月开始收费。"), ("c", "那行，先开吧。"),
    ("a", "好的，已经为您开通了。"), ("c", "好。"), *CLOSE], "B558")
call("ev_093", ["tariff"], "evasive answer (很便宜的，您放心) to a fee question", [
    ("a", GT), ("c", "这个彩铃要钱吗？"), ("a", "很便宜的，您放心，大家都在用。"), ("c", "那好吧，开吧。"),
    ("a", "好的，已经开通了。"), *CLOSE])
call("ev_094", ["tariff"], "fee question with ASR homophone 话废; answer 您先用着，到时候再说", [
    ("a", GT), ("c", "我开的这个来电提醒，话废怎么收？"), ("a", "您先用着，到时候再说。"), ("c", "那行吧。"),
    ("a", "好的。"), *CLOSE])
call("ev_095", ["tariff"], "e-commerce membership: 要钱吗 answered with 先试用", [
    ("a", GE), ("c", "你们那个会员要钱吗？"), ("a", "现在开通有优惠，您可以先试用看看。"), ("c", "好吧，我先试试。"),
    ("a", "好的，已经为您开通了。"), *CLOSE], "E2016")
call("ev_096", ["tariff"], "ASR-style without punctuation: 收不收费 answered with amount only", [
    ("a", "您好星辰通信客服中心工号一零二三请问有什么可以帮您"), ("c", "我想问一下这个彩铃收不收费"),
    ("a", "不贵的一个月五块钱"), ("c", "哦那好"), ("a", "请问还有其他可以帮您的吗"), ("c", "没有了"),
    ("a", "感谢您的来电祝您生活愉快再见")])
call("ev_097", ["tariff"], "after a hold the agent gives only the amount (每月十元)", [
    ("a", GT), ("c", "我想开通一个流量加油包，多少钱？"), ("a", "请您稍等，我帮您查一下。"), ("a", "每月十元。"),
    ("c", "好的，帮我开吧。"), ("a", "好的，已经为您开通。"), *CLOSE])
call("ev_098", ["tariff"], "fee question 要扣费吗 answered with 暂时不收费 (no amount, no start)", [
    ("a", GB), ("c", "你们给我升级的光猫要扣费吗？"), ("a", "暂时不收费，您正常使用就好。"), ("c", "那好。"),
    ("a", "嗯好的。"), *CLOSE], "B558")
call("ev_100", [], "fee answered: 每月三十元，次月起收费 (Chinese numerals)", [
    ("a", GT), ("c", "这个视频会员要收费吗？"), ("a", "要的，每月三十元，开通次月起收费。"), ("c", "那我先不开了。"),
    ("a", "好的，没问题。"), *CLOSE])
call("ev_101", [], "fee answered with Arabic numerals: 30元，下个月一号开始收费", [
    ("a", GT), ("c", "开这个流量包要多少钱？"), ("a", "每月30元，下个月一号开始收费。"), ("c", "好的，开吧。"),
    ("a", "好的，已经为您开通了。"), ("c", "好。"), *CLOSE])
call("ev_102", [], "fee answered: 首月免费，第二个月起每月十九元", [
    ("a", GE), ("c", "这个会员是免费的吗？"), ("a", "首月免费，第二个月起每月十九元，可以随时取消。"), ("c", "那我试试。"),
    ("a", "好的，已经为您开通。"), *CLOSE], "E2016")
call("ev_103", [], "fee answer split over two agent turns after a hold (十五元, 开通次月起收取)", [
    ("a", GT), ("c", "这个来电显示怎么收费？"), ("a", "您稍等，我帮您查一下。"), ("a", "是每月十五元，开通次月起收取。"),
    ("c", "行，那开吧。"), ("a", "好的，已经为您开通了。"), *CLOSE])
call("ev_104", [], "fee answered: 前三个月免费，到期后每月二十五元", [
    ("a", GB), ("c", "这个提速包多少钱？"), ("a", "前三个月免费，到期后每月二十五元，到期前会短信提醒您。"),
    ("c", "好的，开吧。"), ("a", "好的，已经为您办理了。"), *CLOSE], "B558")
call("ev_105", [], "balance question (话费还剩多少) is not a fee question", [
    ("a", GT), ("c", "我的话费还剩多少？"), ("a", "您的话费余额是五十元。"), ("c", "好的。"),
    ("a", "您可以在手机营业厅随时查询。"), *CLOSE])
call("ev_106", [], "fee question answered 永久免费 (no charge ever: nothing to disclose)", [
    ("a", GT), ("c", "这个来电提醒要钱吗？"), ("a", "这个功能是永久免费的，不收取任何费用。"), ("c", "那帮我开一个。"),
    ("a", "好的，已经为您开通了。"), *CLOSE])
call("ev_107", [], "Traditional characters: 這個要收費嗎 answered 每月二十元，從下個月開始收費", [
    ("a", "您好，星辰通信客服中心，工號一零二三，請問有什麼可以幫您？"), ("c", "這個流量包要收費嗎？"),
    ("a", "每月二十元，從下個月開始收費。"), ("c", "好的，開吧。"), ("a", "好的，已經為您開通。"),
    ("a", "請問還有其他可以幫您的嗎？"), ("c", "沒有了。"), ("a", "感謝您的來電，祝您生活愉快，再見。")])
call("ev_108", [], "fee question with 话废 homophone answered fully (二十元, 下个月开始收)", [
    ("a", GT), ("c", "这个流量包的话废怎么算？"), ("a", "流量包每月二十元，下个月开始收。"), ("c", "好，知道了。"),
    ("a", "好的。"), *CLOSE])
call("ev_109", [], "ASR-style: 多少钱 answered 每月十八块从开通次月开始收", [
    ("a", "您好星辰通信客服中心工号一零二三请问有什么可以帮您"), ("c", "你们那个视频彩铃多少钱"),
    ("a", "每月十八块从开通次月开始收"), ("c", "行那开吧"), ("a", "好的已经开通了"), ("a", "请问还有其他可以帮您的吗"),
    ("c", "没有了"), ("a", "感谢您的来电祝您生活愉快再见")])

# --- name_ask ------------------------------------------------------------------------------------
call("ev_115", ["name_ask"], "你姓什么", [
    ("a", GT), ("c", "我想补办一张手机卡。"), ("a", "可以的，你姓什么？"), ("c", "我姓李。"),
    ("a", "李先生，补卡需要您本人带身份证到营业厅办理。"), ("c", "好的，明白了。"), *CLOSE])
call("ev_116", ["name_ask"], "你叫什么名字", [
    ("a", GE), ("c", "我要查一下我的订单。"), ("a", "你叫什么名字？"), ("c", "孙丽。"),
    ("a", "孙女士，您的订单已经发货了，明天送达。"), ("c", "好的。"), *CLOSE], "E2016")
call("ev_117", ["name_ask"], "你姓啥 (colloquial)", [
    ("a", GB), ("c", "我家宽带要续费。"), ("a", "行，你姓啥？"), ("c", "姓钱。"),
    ("a", "钱先生，您的宽带已经续费成功了，到明年五月。"), ("c", "好的。"), *CLOSE], "B558")
call("ev_118", ["name_ask"], "ASR-style without punctuation: 那你姓什么", [
    ("a", "您好星辰通信客服中心工号一零二三请问有什么可以帮您"), ("c", "我想登记一下报修"), ("a", "那你姓什么"),
    ("c", "姓吴"), ("a", "吴先生已经帮您登记好了"), ("c", "好"), ("a", "请问还有其他可以帮您的吗"), ("c", "没有了"),
    ("a", "感谢您的来电祝您生活愉快再见")])
call("ev_119", ["name_ask"], "Traditional characters: 你姓什麼", [
    ("a", "您好，星辰通信客服中心，工號一零二三，請問有什麼可以幫您？"), ("c", "我要改一下套餐。"), ("a", "你姓什麼？"),
    ("c", "姓鄭。"), ("a", "鄭先生，套餐已經幫您改好了，下個月生效。"), ("c", "好。"),
    ("a", "請問還有其他可以幫您的嗎？"), ("c", "沒有了。"), ("a", "感謝您的來電，祝您生活愉快，再見。")])
call("ev_120", [], "customer asks the agent 你叫什么名字 (only the agent's speech counts)", [
    ("a", GT), ("c", "你叫什么名字？我要记一下。"), ("a", "我是工号一零二三的客服。"), ("c", "好，我想问一下我的积分。"),
    ("a", "您目前有一千五百积分。"), ("c", "好的。"), *CLOSE])
call("ev_121", [], "polite name ask: 请问您贵姓", [
    ("a", GE), ("c", "我买的东西少发了一件。"), ("a", "非常抱歉，请问您贵姓？"), ("c", "我姓林。"),
    ("a", "林女士，缺少的那件已经为您补发了，明天就能送到。"), ("c", "好的。"), *CLOSE], "E2016")

# --- several families at once --------------------------------------------------------------------
call("ev_130", ["forbidden", "filler"], "unsure agent: tics plus 不清楚", [
    ("a", GT), ("c", "我的号码能不能转到别的运营商？"), ("a", "嗯，这个，这个，就是说，嗯，这个我不清楚。"),
    ("c", "那谁知道？"), ("a", "那个，嗯，您可以去营业厅问一下。"), ("c", "好吧。"), *CLOSE])
call("ev_131", ["tariff", "name_ask"], "你姓什么 and the fee question glossed with 先用着", [
    ("a", GT), ("c", "我想开个流量包。"), ("a", "你姓什么？"), ("c", "姓何。这个流量包要多少钱？"),
    ("a", "现在是免费期，先用着。"), ("c", "好吧。"), *CLOSE])
call("ev_132", ["insult", "forbidden", "closing", "hangup", "complaint", "apology"], "rude agent: 不知道, 有病吧, and hangs up without a closing", [
    ("a", GT), ("c", "我的宽带断了三天了，什么时候修好？"), ("a", "不知道。"), ("c", "你们客服怎么什么都不知道？"),
    ("a", "你有病吧，我又不是修宽带的。"), ("c", "我要投诉你。"), ("a", "随便。")])
call("ev_133", ["greeting", "closing", "hangup", "short_call"], "rushed call: 喂 opening and no closing", [
    ("a", "喂，说。"), ("c", "我想查一下话费。"), ("a", "余额四十五元。"), ("c", "好的。"), ("a", "嗯。")])
call("ev_134", ["filler", "tariff"], "tics and an amount without start", [
    ("a", GB), ("c", "你们那个千兆宽带多少钱？"), ("a", "嗯，那个，就是说，千兆宽带，嗯，每月一百九十九元。"),
    ("c", "好的，我考虑一下。"), ("a", "那个，嗯，好的。"), *CLOSE], "B558")
call("ev_135", ["greeting", "name_ask"], "no self-introduction, then 你叫什么", [
    ("a", "你好，请问有什么事？"), ("c", "我想报修。"), ("a", "你叫什么？"), ("c", "我叫马强。"),
    ("a", "马先生，已经帮您登记了。"), ("c", "好。"), *CLOSE])


# --- later additions: phrasings a rule could plausibly miss or over-match ---------------------------
call("ev_016", [], "「欢迎致电星辰通信」 introduces the company without 公司/客服: a complete greeting", [
    ("a", "您好，欢迎致电星辰通信，请问有什么可以帮您？"), ("c", "我想查一下我的套餐余量。"),
    ("a", "好的，您本月通话还剩一百二十分钟，流量还剩四个G。"), ("c", "好的，谢谢。"), ("a", "不客气。"), *CLOSE])
call("ev_017", ["greeting"], "the customer greets and introduces themself; the agent only says 说吧 (customer speech must not satisfy the greeting)", [
    ("c", "您好，我是你们星辰通信的老用户，请问能帮我查个东西吗？", {"at": 0.5}), ("a", "说吧。"),
    ("c", "我想查一下我的合约什么时候到期。"), ("a", "您的合约是今年十二月到期。"), ("c", "好的。"), *CLOSE])
call("ev_018", [], "喂养 (feeding) in an e-commerce call is not the forbidden 喂", [
    ("a", GE), ("c", "这款奶粉适合多大的宝宝？"), ("a", "这款适合六个月以上的宝宝，按说明书上的量喂养就可以。"),
    ("c", "一天喂几次？"), ("a", "建议您按宝宝的月龄，每天喂五到六次。"), ("c", "好的，谢谢。"), *CLOSE], "E2016")
call("ev_054", ["forbidden"], "不知道 followed by 你们 (not a polite 不知道您…): 我也不知道你们那边什么情况", [
    ("a", GB), ("c", "我们整栋楼的宽带都断了。"), ("a", "我也不知道你们那边什么情况。"), ("c", "那你们派人来看看啊。"),
    ("a", "好的，我帮您登记报修，工程师今天会联系您。"), ("c", "好。"), *CLOSE], "B558")
call("ev_071", ["insult", "apology"], "你有毛病吧 (insult); the customer protests (你怎么这样说话) and gets no apology", [
    ("a", GT), ("c", "我刚才打过来问过了，再问一遍。"), ("a", "你有毛病吧，问了又问。"), ("c", "你怎么这样说话？"),
    ("a", "您的流量包已经生效了。"), *CLOSE])
call("ev_072", [], "「手机出了什么毛病」 asks about a device fault, not an insult", [
    ("a", GT), ("c", "我新买的合约机用不了。"), ("a", "请问您的手机出了什么毛病？"), ("c", "开不了机。"),
    ("a", "您可以带着手机和发票去营业厅检测，保修期内免费维修。"), ("c", "好的。"), *CLOSE])
call("ev_110", [], "fee answered with a decimal Arabic amount and 当月起: 每月9.9元，从开通当月起收取", [
    ("a", GT), ("c", "这个视频彩铃要收费吗？"), ("a", "每月9.9元，从开通当月起收取。"), ("c", "好，那开吧。"),
    ("a", "好的，已经为您开通。"), *CLOSE])
call("ev_111", ["tariff"], "an amount is said (the balance, 五十元) but the fee question is glossed with 先用着/不用管", [
    ("a", GT), ("c", "这个彩铃要收费吗？我余额还有多少？"), ("a", "您余额还有五十元，彩铃您先用着，不用管。"), ("c", "哦，好。"),
    ("a", "好的。"), *CLOSE])
call("ev_122", [], "verification 「请问机主的姓名是？」 is not the impolite 你姓什么", [
    ("a", GT), ("c", "我想查一下这个号码的通话记录。"), ("a", "为了保护您的信息安全，请问机主的姓名是？"), ("c", "黄伟。"),
    ("a", "黄先生，通话记录已经发到您的手机上了。"), ("c", "好的。"), *CLOSE])
call("ev_136", ["closing", "hangup"], "the customer blesses and says goodbye; the agent only says 嗯，好 (customer speech must not satisfy the closing)", [
    ("a", GT), ("c", "我想问一下我的积分什么时候过期？"), ("a", "您的积分是今年年底过期。"), ("c", "好的，谢谢你，祝你工作顺利，再见。"),
    ("a", "嗯，好。")])
call("ev_137", ["greeting"], "「您好，很高兴为您服务，请问…」 names neither the company nor the agent: no self-introduction", [
    ("a", "您好，很高兴为您服务，请问有什么可以帮您？"), ("c", "我想查一下流量。"), ("a", "您本月流量还剩两个G。"),
    ("c", "好的。"), *CLOSE])
call("ev_138", [], "「这里是星辰售后」 introduces the company (这里是 + name); complete greeting", [
    ("a", "您好，这里是星辰售后，请问有什么可以帮您？"), ("c", "我的路由器坏了。"), ("a", "好的，我帮您登记换新，三天内寄出。"),
    ("c", "需要我把旧的寄回去吗？"), ("a", "不用，快递员送新的时候会收回旧的。"), ("c", "好的。"), *CLOSE2])
call("ev_139", [], "fee answered with amount and a start said before the charging verb: 生效起按月收费", [
    ("a", GT), ("c", "这个套餐多少钱一个月？"), ("a", "每月五十八元，生效起按月收费。"), ("c", "行，那办吧。"),
    ("a", "好的，已经为您办理。"), *CLOSE])
call("ev_140", ["tariff"], "「和套餐一起收费」: 一起 is 'together', no start of charging is stated", [
    ("a", GT), ("c", "这个流量包怎么收费？"), ("a", "每月二十元，和套餐一起收费。"), ("c", "哦，好的。"),
    ("a", "好的。"), *CLOSE])
call("ev_141", [], "closing and blessing, then the customer's goodbye and the agent's 好的，再见: closing is at the end", [
    ("a", GT), ("c", "我想查一下话费。"), ("a", "您的余额是三十二元。"), ("c", "好的。"),
    ("a", "请问还有其他可以帮您的吗？"), ("c", "没有了，谢谢。"), ("a", "感谢您的来电，祝您生活愉快。"), ("c", "好的，拜拜。"),
    ("a", "好的，再见。")])


# --- custom families: apology, shirking, overpromise, colleague, complaint ----------------------
call("ev_200", ["apology"], "customer disputes a charge (乱扣费); the agent calms and checks but never apologises", [
    ("a", GT), ("c", "你们是不是乱扣费？我这个月多了二十块。"), ("a", "您别着急，我帮您查一下。"),
    ("a", "您的账单显示开通了一个视频会员业务。"), ("c", "我没开过啊。"), ("a", "好的，已经帮您退订了，费用会在三个工作日内退回。"),
    ("c", "行吧。"), *CLOSE])
call("ev_201", [], "customer unhappy (服务太差); the agent apologises at once", [
    ("a", GT), ("c", "你们服务太差了，网一直断。"), ("a", "非常抱歉给您带来不便，我马上帮您检测一下线路。"),
    ("a", "线路有故障，已经为您提交抢修，今天下午五点前修好。"), ("c", "好吧。"), *CLOSE])
call("ev_202", [], "the AGENT mentions 投诉 and 不满意 (how to escalate): customer-side triggers must not fire", [
    ("a", GT), ("c", "我想问一下宽带什么时候能装好。"), ("a", "师傅明天上午上门安装。"),
    ("a", "如果您对安装不满意，可以随时拨打我们的投诉热线。"), ("c", "好的，知道了。"), *CLOSE])
call("ev_203", [], "「我不是要投诉」: the customer explicitly is not complaining (exclusion)", [
    ("a", GT), ("c", "我不是要投诉，就是想问问为什么我家网速有点慢。"), ("a", "好的，我帮您看一下，您家的宽带是一百兆的。"),
    ("a", "建议您重启一下路由器，如果还慢我帮您登记检测。"), ("c", "好，我试试。"), *CLOSE])
call("ev_204", ["apology"], "repair still not done after a month (还没解决); the agent just says to wait", [
    ("a", GT), ("c", "我上个月就报修了，到现在还没解决。"), ("a", "那您再等等吧，师傅比较忙。"),
    ("a", "我这边给您催一下。"), ("c", "嗯。"), *CLOSE])
call("ev_205", [], "customer complains the line is too slow (太慢了); the agent's 抱歉 comes in the second turn", [
    ("a", GT), ("c", "你们这网速也太慢了。"), ("a", "您好，请问您的宽带账号是多少？"), ("c", "六六八八零一。"),
    ("a", "抱歉让您久等了，我看到您的线路确实有问题，已经为您提交维修。"), ("c", "好。"), *CLOSE])
call("ev_206", ["shirking"], "「这不归我们管，你去找别人吧」 with no transfer or ticket", [
    ("a", GT), ("c", "我家门口的光缆被挖断了。"), ("a", "这不归我们管，你去找别人吧。"), ("c", "那我找谁啊？"),
    ("a", "你问问物业。"), ("c", "好吧。"), *CLOSE])
call("ev_207", [], "「不归我们管」 but the agent transfers to the right department", [
    ("a", GT), ("c", "我的银行卡扣款失败了。"), ("a", "这个是银行那边处理的，不归我们管，我帮您转接到支付专席。"),
    ("c", "好的。"), ("a", "已经为您转接，请稍候。"), *CLOSE])
call("ev_208", ["shirking"], "「我也没办法」 and nothing offered", [
    ("a", GT), ("c", "我的号码被停了，明天要用怎么办？"), ("a", "您欠费了，我也没办法。"), ("c", "那怎么办啊？"),
    ("a", "您交了费就好了。"), ("c", "哦。"), *CLOSE])
call("ev_209", [], "the customer asks 「这不归你们管吗？」; the agent says it is theirs", [
    ("a", GT), ("c", "电视信号没了，这不归你们管吗？"), ("a", "是我们负责的，我帮您查一下，是机顶盒需要重启。"),
    ("c", "好，我试试。"), ("a", "重启后大约两分钟就有信号了。"), *CLOSE])
call("ev_210", ["overpromise"], "「我保证肯定没问题，百分之百给您办好」", [
    ("a", GT), ("c", "我想把套餐换成一百二十八的，能当天生效吗？"), ("a", "我保证肯定没问题，百分之百给您办好。"),
    ("c", "那行。"), ("a", "已经为您提交了。"), *CLOSE])
call("ev_211", [], "保证金 (a deposit) is not a promise", [
    ("a", GT), ("c", "我想办一个宽带。"), ("a", "好的，办理宽带需要交一百元保证金，退网时退还。"), ("c", "好的。"),
    ("a", "已经为您预约了安装。"), *CLOSE])
call("ev_212", [], "「这个我不能保证」 is an honest limit, not an over-promise", [
    ("a", GT), ("c", "今天能修好吗？"), ("a", "这个我不能保证，我帮您提交加急，三个工作日内给您回复。"), ("c", "好吧。"), ("a", "已经为您提交了加急。"), *CLOSE])
call("ev_213", ["overpromise"], "「绝对能到，您放心」 about the line speed", [
    ("a", GT), ("c", "你们这个宽带网速能到一千兆吗？"), ("a", "绝对能到，您放心。"), ("c", "那我办一个。"),
    ("a", "好的，已经为您登记。"), *CLOSE])
call("ev_214", [], "「保证您的信息安全」 is a privacy statement (exclusion)", [
    ("a", GT), ("c", "你们会不会泄露我的信息？"), ("a", "请您放心，我们会保证您的信息安全。"), ("c", "好的。"), ("a", "您的信息只用于办理业务。"), *CLOSE])
call("ev_215", ["colleague"], "「之前那个客服不专业，他们都是新手」", [
    ("a", GT), ("c", "上次那个客服说可以退的。"), ("a", "之前那个客服不专业，他们都是新手。"), ("c", "那到底能不能退？"),
    ("a", "不能退。"), ("c", "好吧。"), *CLOSE])
call("ev_216", ["colleague"], "「上一个客服乱说的，您别信」", [
    ("a", GT), ("c", "上一个客服说我有免费流量。"), ("a", "上一个客服乱说的，您别信。"), ("c", "啊？"),
    ("a", "您的套餐没有免费流量。"), ("c", "好吧。"), *CLOSE])
call("ev_217", [], "the agent names the earlier colleague without disparaging, and apologises", [
    ("a", GT), ("c", "上次那个客服说可以退的。"), ("a", "之前的客服可能没有解释清楚，抱歉，我来帮您处理。"),
    ("a", "已经为您提交了退款申请。"), ("c", "好的。"), *CLOSE])
call("ev_218", [], "「他们」 (the installers) plus 「不懂的地方」 (exclusion): no disparagement", [
    ("a", GT), ("c", "安装师傅什么时候来？"), ("a", "他们明天上午上门，如果有不懂的地方可以随时问他们。"), ("c", "好的。"), ("a", "安装完成后会有短信通知。"), *CLOSE])
call("ev_219", ["complaint"], "the customer threatens 12315; the agent apologises", [
    ("a", GT), ("c", "再不给我处理我就打12315了。"), ("a", "非常抱歉，我马上帮您加急处理。"), ("c", "快点。"),
    ("a", "已经加急，今天之内给您回复。"), *CLOSE])
call("ev_220", [], "「我不会投诉的」 is not a complaint intent (exclusion)", [
    ("a", GT), ("c", "你放心，我不会投诉的，就是问问套餐。"), ("a", "好的，您现在的套餐是每月五十八元。"), ("c", "好。"), ("a", "这个套餐包含三十个G流量。"), *CLOSE])
call("ev_221", ["complaint"], "「我要找你们领导」 (escalation); the agent apologises", [
    ("a", GT), ("c", "我要找你们领导。"), ("a", "抱歉给您带来不便，我先帮您看看是什么问题。"), ("c", "我的积分被清零了。"),
    ("a", "已经帮您恢复了。"), *CLOSE])

# --- timing families: silence, talk_over, speech_rate, short_call, hangup ----------------------
# ``gap`` / ``at`` place a turn, ``dur`` sets its length, ``cpm`` its speaking rate.
call("ev_222", ["silence"], "18 s of dead air after 「好的」 (no hold announced)", [
    ("a", GT), ("c", "我想查一下我的宽带账单。"), ("a", "好的。"),
    ("a", "您上个月的宽带费用是一百二十元。", {"gap": 18}), ("c", "好的。"), *CLOSE])
call("ev_223", [], "35 s hold, announced with 「请您稍等，我帮您查询一下」: within the 60 s limit", [
    ("a", GT), ("c", "我想查一下我的宽带账单。"), ("a", "请您稍等，我帮您查询一下。"),
    ("a", "感谢您的耐心等待，您上个月的宽带费用是一百二十元。", {"gap": 35}), ("c", "好的。"), *CLOSE])
call("ev_224", ["silence"], "an announced hold that lasts 75 s, over the 60 s limit", [
    ("a", GT), ("c", "我想查一下我的宽带账单。"), ("a", "请您稍等，我帮您查询一下。"),
    ("a", "感谢您的耐心等待，您上个月的宽带费用是一百二十元。", {"gap": 75}), ("c", "好的。"), *CLOSE])
call("ev_225", [], "an 8 s pause without a hold: under the 10 s threshold", [
    ("a", GT), ("c", "我想查一下我的宽带账单。"), ("a", "好的。"),
    ("a", "您上个月的宽带费用是一百二十元。", {"gap": 8}), ("c", "好的。"), *CLOSE])
call("ev_226", ["talk_over"], "the agent starts twice while the customer is still talking", [
    ("a", GT), ("c", "我想问一下我上个月办的那个流量包为什么到现在都还没有生效我每天都要用的", {"at": 7.3, "dur": 8}),
    ("a", "您先听我说，这个是系统的问题。", {"at": 10.0, "dur": 3}),
    ("c", "我不想听这些我就想知道到底什么时候能好", {"at": 15.8, "dur": 7}),
    ("a", "我跟您说了是系统问题。", {"at": 18.0, "dur": 3}), ("c", "那你们快点处理。", {"at": 23.5}),
    ("a", "好的，已经帮您加急处理了。"), *CLOSE])
call("ev_227", [], "only short backchannels (嗯 / 好的, under 1 s) while the customer talks", [
    ("a", GT), ("c", "我想问一下我上个月办的那个流量包为什么到现在都还没有生效我每天都要用的", {"at": 7.3, "dur": 8}),
    ("a", "嗯。", {"at": 10.0, "dur": 0.5}), ("c", "我就想知道到底什么时候能好，能不能快一点", {"at": 15.8, "dur": 7}),
    ("a", "好的。", {"at": 18.0, "dur": 0.6}), ("a", "已经帮您加急处理了，今天之内生效。", {"at": 23.5}), ("c", "好。"), *CLOSE])
call("ev_228", ["talk_over"], "one interruption, the customer going on 5 s over the agent: enough (2026.12.23; it was two)", [
    ("a", GT), ("c", "我想问一下我上个月办的那个流量包为什么到现在都还没有生效我每天都要用的", {"at": 7.3, "dur": 8}),
    ("a", "您先听我说，这个是系统的问题。", {"at": 10.0, "dur": 3}), ("c", "那什么时候能好？", {"at": 15.8}),
    ("a", "今天之内就能生效。", {"gap": 0.6}), ("c", "好。"), *CLOSE])
def plans_explained(cpm):
    """The agent greets and explains three plans at ``cpm`` characters a minute (speech-rate cases)."""
    return [
        ("a", GT, {"cpm": cpm}), ("c", "我想了解一下你们的流量套餐。"),
        ("a", "我们现在有三档流量套餐，第一档每月三十元包含二十个G，第二档每月五十元包含四十个G，第三档每月八十元不限量。", {"cpm": cpm}),
        ("c", "有什么区别？"),
        ("a", "区别主要是流量多少和通话分钟数，第一档送一百分钟，第二档送三百分钟，第三档送五百分钟，都是次月起收费。", {"cpm": cpm}),
        ("c", "那我办第二档吧。"),
        ("a", "好的，第二档每月五十元，从下个月一号开始收费，办理成功后会有短信通知，请您注意查收，有问题随时联系我们。", {"cpm": cpm})]


call("ev_229", ["speech_rate"], "the agent rattles everything off at ~480 characters a minute", [
    *plans_explained(480), ("c", "好的，那我的旧套餐怎么办？"),
    ("a", "旧套餐会在本月底自动失效，本月剩余的流量和通话还可以正常使用，新套餐从下个月一号开始生效，不需要您再做任何操作。", {"cpm": 480}),
    ("c", "好的。"), ("a", "请问还有其他可以帮您的吗？", {"cpm": 480}), ("c", "没有了，谢谢。"),
    ("a", "好的，感谢您的来电，祝您生活愉快，再见！", {"cpm": 480})])
call("ev_230", ["speech_rate"], "the agent drags every sentence out at ~100 characters a minute", [
    ("a", GT, {"cpm": 100}), ("c", "我想查一下话费。"), ("a", "好的，请您稍等。", {"cpm": 100}),
    ("a", "您的话费余额是三十二元。", {"cpm": 100}), ("c", "好的。"), ("a", "请问还有其他可以帮您的吗？", {"cpm": 100}),
    ("c", "没有了。"), ("a", "好的，感谢您的来电，祝您生活愉快，再见。", {"cpm": 100})])
call("ev_231", [], "a long explanation at a normal ~260 characters a minute (judged: over 30 s of agent speech)", [
    *plans_explained(260), ("c", "好的。"), *CLOSE])
call("ev_232", ["short_call", "closing"], "wrong number, over in under 10 s; 「好的，再见」 has no blessing", [
    ("a", "您好，星辰通信，请问有什么可以帮您？", {"dur": 3.2}), ("c", "打错了，不好意思。", {"dur": 1.6}),
    ("a", "好的，再见。", {"dur": 1.2})])
call("ev_233", ["greeting"], "silent line: only the agent speaks for 6 s — not a short call and not a hang-up on the customer (who never spoke); the greeting is owed, a closing is not (nobody to close with)", [
    ("a", "您好，请问能听到吗？", {"dur": 2}), ("a", "您好？", {"gap": 1.5, "dur": 1.2})])
call("ev_234", [], "closing and farewell, the customer's 再见, then the agent's 嗯: the agent has the last word but closed", [
    ("a", GT), ("c", "我想查一下话费。"), ("a", "您的余额是三十二元。"), ("c", "好的，没别的了。"), ("a", "好的。"),
    ("a", "好的，感谢您的来电，祝您生活愉快，再见。"), ("c", "再见。"), ("a", "嗯。")])
call("ev_235", ["closing"], "the agent's 「好的，就这样」 without a closing, but the customer has the last word: not a hang-up", [
    ("a", GT), ("c", "我想查一下话费。"), ("a", "您的余额是三十二元。"), ("c", "好的。"), ("a", "好的，就这样。"),
    ("c", "行，拜拜。")])


# more positives (≥ 5 per family) and hard negatives for the custom and timing families
call("ev_240", ["shirking"], "「这个我们管不了，你自己去问」: no transfer, no ticket", [
    ("a", GT), ("c", "小区停电了，我家的光猫也没电了。"), ("a", "这个我们管不了，你自己去问供电局。"), ("c", "那网什么时候能好？"),
    ("a", "来电了就好了。"), ("c", "哦。"), *CLOSE])
call("ev_241", ["shirking"], "ASR-style without punctuation: 不是我们负责的你自己想办法", [
    ("a", "您好星辰通信客服中心工号一零二三请问有什么可以帮您"), ("c", "我的快递卡在你们营业厅了"),
    ("a", "那个不是我们负责的你自己想办法吧"), ("c", "那我找谁"), ("a", "你打快递公司电话"), ("c", "好吧"),
    ("a", "请问还有其他可以帮您的吗"), ("c", "没有了"), ("a", "感谢您的来电祝您生活愉快再见")])
call("ev_242", ["shirking"], "「跟我们没关系」 about a third-party charge, nothing offered", [
    ("a", GT), ("c", "我的话费里有一笔游戏充值，我没充过。"), ("a", "那是游戏公司扣的，跟我们没关系。"), ("c", "那我怎么办？"),
    ("a", "你联系游戏公司。"), ("c", "好吧。"), *CLOSE])
call("ev_243", ["overpromise"], "「一定没问题，明天肯定到」 about a delivery the agent cannot control", [
    ("a", GE, {"agent": "E2016"}), ("c", "我的快递明天能到吗？我急用。"), ("a", "您放心，一定没问题，明天肯定到。"), ("c", "那就好。"),
    ("a", "已经帮您备注加急了。"), *CLOSE], "E2016")
call("ev_244", ["overpromise"], "「稳赚不赔，零风险」 about a savings product", [
    ("a", GT), ("c", "你们那个话费理财靠谱吗？"), ("a", "这个产品稳赚不赔，零风险的。"), ("c", "那我考虑一下。"),
    ("a", "好的。"), *CLOSE])
call("ev_245", ["overpromise"], "Traditional script: 我保證百分之百沒問題", [
    ("a", "您好，星辰通信客服中心，工號一零二三，請問有什麼可以幫您？"), ("c", "攜號轉網能成功嗎？"),
    ("a", "我保證百分之百沒問題。"), ("c", "好的。"), ("a", "已經為您提交申請。"),
    ("a", "請問還有其他可以幫您的嗎？"), ("c", "沒有了。"), ("a", "感謝您的來電，祝您生活愉快，再見。")])
call("ev_246", ["colleague"], "「他们乱说的，您别听他们的」 about the store staff", [
    ("a", GT), ("c", "营业厅的人说我可以免费换手机。"), ("a", "他们乱说的，您别听他们的。"), ("c", "啊？那到底能不能换？"),
    ("a", "需要合约期满才可以。"), ("c", "好吧。"), *CLOSE])
call("ev_247", ["colleague"], "「营业厅的人不懂」: a colleague named and disparaged in one turn", [
    ("a", GT), ("c", "营业厅的人说这个套餐不能改。"), ("a", "营业厅的人不懂，其实可以改。"), ("c", "那帮我改一下吧。"),
    ("a", "好的，已经为您提交了。"), *CLOSE])
call("ev_248", ["colleague"], "「那个同事水平不行」", [
    ("a", GT), ("c", "上次给我办的宽带一直没装好。"), ("a", "那个同事水平不行，我来给您重新办。"), ("c", "行。"),
    ("a", "已经为您重新预约了安装。"), *CLOSE])
call("ev_249", ["silence"], "the customer asks and the line is dead for 14 s before the agent answers", [
    ("a", GT), ("c", "我想知道我的合约什么时候到期。"),
    ("a", "您的合约是明年三月到期。", {"gap": 14}), ("c", "好的。"), *CLOSE])
call("ev_250", ["silence"], "two long silences (12 s and 15 s), neither announced", [
    ("a", GT), ("c", "我想改一下我的套餐。"), ("a", "好的。"), ("a", "您想改成哪个套餐？", {"gap": 12}),
    ("c", "八十八元的那个。"), ("a", "好的。"), ("a", "已经为您提交了，下个月一号生效。", {"gap": 15}), ("c", "行。"), *CLOSE])
call("ev_251", ["silence"], "「请稍等」 then 90 s of silence: an announced hold far over the limit", [
    ("a", GT), ("c", "我想查一下最近三个月的账单。"), ("a", "请稍等。"),
    ("a", "感谢您的耐心等待，您最近三个月的账单已经发到您的邮箱了。", {"gap": 90}), ("c", "好的。"), *CLOSE])
call("ev_252", ["talk_over"], "three interruptions of a customer who is still explaining", [
    ("a", GT), ("c", "我昨天晚上开始就上不了网了路由器的灯一直在闪我重启了好几次都没用", {"at": 7.3, "dur": 8}),
    ("a", "那您再重启一下。", {"at": 9.5, "dur": 2}),
    ("c", "我都说了重启好几次了没用你能不能帮我查一下线路", {"at": 16, "dur": 6}),
    ("a", "您的线路是正常的。", {"at": 18.5, "dur": 2.2}),
    ("c", "正常的话为什么上不了网呢我家里人都在等着用", {"at": 23, "dur": 6}),
    ("a", "我给您派个师傅吧。", {"at": 25.5, "dur": 2}), ("c", "好吧，那尽快。", {"at": 30}),
    ("a", "好的，师傅明天上午上门。"), *CLOSE])
call("ev_253", ["talk_over"], "ASR-style text, two interruptions", [
    ("a", "您好星辰通信客服中心工号一零二三请问有什么可以帮您"),
    ("c", "我上个月的话费账单里面有一笔十五块钱的费用我不知道是什么", {"at": 7.3, "dur": 7}),
    ("a", "那是增值业务的费用", {"at": 10, "dur": 2.5}),
    ("c", "我从来没有开通过什么增值业务你们怎么能随便扣", {"at": 15, "dur": 6}),
    ("a", "系统显示是您开通的", {"at": 17.5, "dur": 2.5}), ("c", "那帮我取消吧", {"at": 22}),
    ("a", "好的已经为您取消了"), ("a", "请问还有其他可以帮您的吗"), ("c", "没有了"), ("a", "感谢您的来电祝您生活愉快再见")])
call("ev_254", ["talk_over", "tariff"], "the agent cuts in 2 s before the customer finishes, twice (and names the daily price without when charging starts)", [
    ("a", GT), ("c", "我想问一下国际漫游怎么开通我下周要去泰国", {"at": 7.3, "dur": 5}),
    ("a", "国际漫游可以直接在手机营业厅开通。", {"at": 10.3, "dur": 3.5}),
    ("c", "那泰国的流量包多少钱一天有没有优惠的", {"at": 14.5, "dur": 5}),
    ("a", "泰国的流量包是每天二十五元。", {"at": 17.5, "dur": 3}), ("c", "行。", {"at": 21}),
    ("a", "好的，需要我帮您开通吗？"), ("c", "不用了，我自己开。"), *CLOSE])
call("ev_255", ["talk_over"], "two interruptions; the customer goes on 3 s over the agent each time", [
    ("a", GT), ("c", "你好我家的电视没信号了一直显示无信号我换了好几根线都不行", {"at": 7.3, "dur": 7}),
    ("a", "请问机顶盒的灯是什么颜色？", {"at": 11.3, "dur": 2.5}),
    ("c", "红色的灯一直亮着我也不知道是什么意思你们能不能派人来", {"at": 15.5, "dur": 7}),
    ("a", "红灯说明机顶盒故障了。", {"at": 19.5, "dur": 2.5}), ("c", "那怎么办？", {"at": 23}),
    ("a", "我帮您登记换一台新的，三天内送到。"), ("c", "好。"), *CLOSE])
call("ev_256", [], "the agent starts just before the customer stops (within the 1 s grace), twice: natural turn-taking", [
    ("a", GT), ("c", "我想问一下国际漫游怎么开通我下周要去泰国", {"at": 7.3, "dur": 5}),
    ("a", "国际漫游可以直接在手机营业厅开通。", {"at": 11.8, "dur": 3.5}),
    ("c", "那泰国的流量包多少钱一天有没有优惠的", {"at": 15.6, "dur": 5}),
    ("a", "泰国的流量包是每天二十五元，开通当天起收费。", {"at": 20.2, "dur": 4}), ("c", "行。", {"at": 25}),
    ("a", "好的，需要我帮您开通吗？"), ("c", "不用了，我自己开。"), *CLOSE])
call("ev_257", ["speech_rate"], "a fast talker at ~420 characters a minute over more than 30 s", [
    ("a", GT, {"cpm": 420}), ("c", "我想办宽带。"),
    ("a", "好的，我们现在有两种宽带，一种是三百兆的，每月六十元，一种是一千兆的，每月一百元，都是包年更优惠，包年打八折。", {"cpm": 420}),
    ("c", "安装要钱吗？"),
    ("a", "安装是免费的，光猫和路由器也是免费提供的，只需要交一百元的设备押金，退网的时候会全额退还给您。", {"cpm": 420}),
    ("c", "那我办三百兆的。"),
    ("a", "好的，三百兆每月六十元，从安装完成的次月开始收费，师傅会在两个工作日内联系您上门安装，请您保持电话畅通。", {"cpm": 420}),
    ("c", "好的。"), ("a", "请问还有其他可以帮您的吗？", {"cpm": 420}), ("c", "没有了。"),
    ("a", "好的，感谢您的来电，祝您生活愉快，再见。", {"cpm": 420})])
call("ev_258", ["speech_rate"], "~380 characters a minute, ASR-style without punctuation", [
    ("a", "您好星辰通信客服中心工号一零二三很高兴为您服务请问有什么可以帮您", {"cpm": 380}), ("c", "我想查一下我的套餐"),
    ("a", "您现在用的是每月五十八元的畅享套餐包含三十个G的国内流量和五百分钟的国内通话另外还有一百条短信", {"cpm": 380}),
    ("c", "流量还剩多少"),
    ("a", "本月流量已经用了二十二个G还剩八个G通话用了一百二十分钟还剩三百八十分钟短信基本没有使用", {"cpm": 380}),
    ("c", "那我要不要换个大一点的套餐"),
    ("a", "如果您每个月流量都不够用的话可以考虑升级到每月七十八元的套餐流量是六十个G从下个月一号开始生效", {"cpm": 380}),
    ("c", "我再想想"), ("a", "好的请问还有其他可以帮您的吗", {"cpm": 380}), ("c", "没有了"),
    ("a", "感谢您的来电祝您生活愉快再见", {"cpm": 380})])
call("ev_259", ["speech_rate"], "a very slow agent, ~90 characters a minute", [
    ("a", GT, {"cpm": 90}), ("c", "我想开通一个彩铃。"), ("a", "好的，请问您要哪一首？", {"cpm": 90}),
    ("c", "就默认的那个吧。"), ("a", "好的，已经为您开通了，每月五元，次月起收费。", {"cpm": 90}), ("c", "好。"),
    ("a", "请问还有其他可以帮您的吗？", {"cpm": 90}), ("c", "没有了。"),
    ("a", "感谢您的来电，祝您生活愉快，再见。", {"cpm": 90})])
call("ev_260", [], "fast (~450 a minute) but under 30 s of agent speech in all: not judged", [
    ("a", GT, {"cpm": 450}), ("c", "我想查一下话费。"), ("a", "您的话费余额是三十二元。", {"cpm": 450}), ("c", "好的。"), ("a", "好的。", {"cpm": 450}),
    ("a", "请问还有其他可以帮您的吗？", {"cpm": 450}), ("c", "没有了。"),
    ("a", "好的，感谢您的来电，祝您生活愉快，再见。", {"cpm": 450})])
call("ev_261", ["short_call", "closing"], "the customer answers 「喂？喂？」 and the call drops after 6 s; no closing", [
    ("a", "您好，星辰通信，请问有什么可以帮您？", {"dur": 3.2}), ("c", "喂？喂？", {"dur": 1.2})])
call("ev_262", ["short_call"], "the customer declines at once; the agent closes properly — still a short call", [
    ("a", "您好，星辰通信，请问有什么可以帮您？", {"dur": 2.6}), ("c", "不用了。", {"dur": 0.8, "gap": 0.3}),
    ("a", "好的，感谢您的来电，祝您生活愉快，再见。", {"dur": 3.2, "gap": 0.3})])
call("ev_263", ["short_call", "greeting", "closing"], "「喂，说」 / 「查话费」 / 「余额三十二」 — a 9 s brush-off", [
    ("a", "喂，说。", {"dur": 1.0}), ("c", "我查一下话费。", {"dur": 1.4}), ("a", "余额三十二元。", {"dur": 1.6}),
    ("c", "哦。", {"dur": 0.6})])
call("ev_264", [], "one agent turn with 不专业 about the network (no colleague named)", [
    ("a", GT), ("c", "你们的网络怎么这么差？"), ("a", "抱歉，这个片区的基站正在升级，确实会影响信号。"),
    ("c", "什么时候能好？"), ("a", "预计本周五升级完成。"), ("c", "好吧。"), *CLOSE])


# --- issue 8: scope (reported/quoted speech, whose not-knowing), insults beyond the list, closing
#     variants, late greeting, sound-alike mishearings (added with the rules; regression cases) ---
call("ev_265", ["complaint"], "agent repeats a colleague's insult to register the complaint: reported, not an insult", [
    ("a", GT), ("c", "我昨天打过来，你们那个客服骂我神经病，我要投诉他！"),
    ("a", "非常抱歉，他骂您神经病是严重违规的，我马上帮您登记投诉。"), ("c", "你们必须给我个说法。"),
    ("a", "好的，已经为您登记，三个工作日内会有专人回复您。"), ("c", "行吧。"), *CLOSE])
call("ev_266", [], "agent quotes a forbidden phrase while apologising: 「想好了再打来」 reported", [
    ("a", GT), ("c", "上次那个客服跟我说那你想好了再打来吧，什么态度！"),
    ("a", "非常抱歉，那位同事说让您想好了再打来，这是不对的，我们会严肃处理。"), ("c", "好吧，那你帮我办一下宽带提速。"),
    ("a", "好的，已经为您提交了提速申请。"), *CLOSE])
call("ev_267", [], "不知道 about the customer (您不知道…也没关系) and a conditional 不明白的话: not the agent's not knowing", [
    ("a", GT), ("c", "我想在网上交话费，但是不会弄。"), ("a", "您不知道怎么操作也没关系，我一步一步教您。"),
    ("a", "先打开星辰通信的应用，点首页的交话费。"), ("c", "嗯，找到了。"), ("a", "如果您还是不明白的话，我再给您讲一遍。"),
    ("c", "不用了，会了。"), *CLOSE])
call("ev_268", ["forbidden"], "the agent's own 我不太了解 + 我哪知道", [
    ("a", GT), ("c", "你们那个新出的家庭套餐包含几张副卡？"), ("a", "这个我不太了解。"), ("c", "你是客服你怎么不知道？"),
    ("a", "我哪知道啊，你去营业厅问吧。"), ("c", "算了。"), *CLOSE])
call("ev_269", ["insult"], "questioning the customer's intelligence and hearing beyond the phrase list", [
    ("a", GT), ("c", "你再说一遍，我没听清。"), ("a", "我说了三遍了，你是不是聋了？"), ("c", "你怎么说话的？"),
    ("a", "你脑子是不是有问题啊，这都听不明白。"), ("c", "我要投诉你！"), ("a", "非常抱歉，是我态度不好。"), *CLOSE],)
CALLS[-1][1].append("complaint")
call("ev_270", ["forbidden", "apology"], "brush-offs beyond the list: 烦不烦 / 关我什么事; the customer has asked several times, no apology", [
    ("a", GT), ("c", "我的快递到底什么时候到？我问了好几次了。"), ("a", "我都说了几遍了，你烦不烦啊。"),
    ("c", "那快递丢了怎么办？"), ("a", "那是快递公司的事，关我什么事。"), ("c", "算了。"), *CLOSE])
call("ev_271", [], "closing variants: thanks for feedback, blessing and goodbye", [
    ("a", GT), ("c", "我想反映一下，你们营业厅排队太久了。"), ("a", "好的，请问是哪个营业厅呢？"),
    ("c", "人民路那个。"), ("a", "好的，已经记录您的意见，我们会尽快改进。"), ("c", "那以后能网上预约吗？"),
    ("a", "可以的，应用首页就有预约取号。"), ("c", "行，就这些。"), ("a", "感谢您的反馈，祝您生活愉快，再见。")])
call("ev_272", [], "closing variant: thanks for waiting and for cooperating, then blessing", [
    ("a", GT), ("c", "我查一下宽带什么时候到期。"), ("a", "请您稍等，我帮您查询一下。"),
    ("a", "感谢您的耐心等待，您的宽带下个月十五号到期。"), ("c", "续费怎么续？"),
    ("a", "您可以在应用里直接续费，也可以去营业厅。"), ("c", "好的。"), ("a", "谢谢您的配合，祝您工作顺利，再见。")])
call("ev_273", [], "a blessing and goodbye close a call with nothing to deliver (DOMAIN: the 结束语's parts where relevant, then the blessing)", [
    ("a", GT), ("c", "我就问一下营业厅几点关门。"), ("a", "营业厅晚上六点关门。"), ("c", "周末开吗？"),
    ("a", "周末也开，时间一样。"), ("c", "需要带什么证件吗？"), ("a", "带上您的身份证就可以。"), ("c", "好的，谢谢。"),
    ("a", "不客气，祝您生活愉快，再见。")])
call("ev_274", ["closing"], "closing without a blessing: partial (the blessing rule only)", [
    ("a", GT), ("c", "我想查一下积分。"), ("a", "您现在有两千三百积分。"), ("c", "好的，知道了。"),
    ("a", "好的，感谢您的来电。")])
call("ev_275", ["greeting"], "late greeting: the agent opens with a bare 嗯, greets only after the customer spoke", [
    ("a", "嗯？"), ("c", "喂，你好，有人吗？"), ("a", GT), ("c", "我想查一下话费。"), ("a", "您的话费余额是三十元。"),
    ("c", "好的。"), *CLOSE])
call("ev_276", [], "the agent says 嗯 then greets at once, before the customer speaks", [
    ("a", "嗯。"), ("a", GT, {"gap": 0.3}), ("c", "我想查一下话费。"), ("a", "您的话费余额是三十元。"), ("c", "好的。"),
    ("a", "本月流量还剩两个G。"), *CLOSE])
call("ev_277", ["insult", "apology"], "Whisper-style mishearing of 神经病 as 神经变 (one final, same tone); the customer protests, no apology", [
    ("a", GT), ("c", "你们到底能不能修好？都第三次了。"), ("a", "你是不是有神经变啊，天天打。"), ("c", "你怎么骂人？"),
    ("a", "好了好了，我给您登记。"), *CLOSE])
call("ev_278", [], "sound-alike hard negatives: 神经内科, 您有病历, 你去试试", [
    ("a", GT), ("c", "我想问一下医保卡能不能绑定你们的应用。"), ("a", "可以的，您有病历的话也可以一起上传。"),
    ("c", "神经内科的挂号也能用吗？"), ("a", "神经内科也可以，你去试试就知道了。"), ("c", "好的。"), *CLOSE])


# --- timing and output ---------------------------------------------------------------------------
def _turns(turns, agent):
    segs, t = [], 0.0
    for i, turn in enumerate(turns):
        sp, text = turn[0], turn[1]
        opt = turn[2] if len(turn) > 2 else {}
        if "at" in opt:
            start = opt["at"]
        elif i == 0:
            start = 0.8
        else:
            start = t + opt.get("gap", 0.5)
        if "dur" in opt:
            dur = opt["dur"]
        elif "cpm" in opt:                           # characters per minute (timing cases)
            dur = round(60.0 * len(text) / opt["cpm"], 2)
        else:
            dur = round(min(6.0, max(1.2, 0.22 * len(text))), 2)
        segs.append({"speaker": "agent" if sp == "a" else "customer", "start": round(start, 2),
                     "end": round(start + dur, 2), "text": text})
        t = start + dur
    return segs


def build() -> list[dict]:
    rows = []
    for cid, labels, note, turns, agent in sorted(CALLS, key=lambda c: c[0]):
        turns = [(t[0], t[1], {k: v for k, v in t[2].items() if k != "agent"}) if len(t) > 2 else t for t in turns]
        rows.append({"call_id": cid, "agent_id": agent, "segments": _turns(turns, agent),
                     "labels": sorted(labels), "note": note})
    return rows


if __name__ == "__main__":
    rows = build()
    ids = [r["call_id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate call_id"
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{OUT}: {len(rows)} calls")
