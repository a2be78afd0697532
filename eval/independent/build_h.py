"""Independent labelled call set H (eval/independent/tune_h.jsonl; first named heldout_h.jsonl) —
held out until it became a tuning set on 2026-12-06 after round 9 began.

Written by writer H on 2026-12-06 from DOMAIN.md, the seed articles (QA standard: seeds/001
lines 80-200), eval/independent/README.md, the first 90 lines of build_g.py and one line of
heldout_g.jsonl (format only).  No rule code, rulebook, tests, docs or other sets were read, and
the rule engine was never run on this file (only eval.evaluate.load_labelled, to check that it
loads).  Run:
    .venv/bin/python eval/independent/build_h.py

Deterministic: the dialogues are hand-written data below; random.Random(SEED) (SEED=20261207) is
used only for segment timing jitter, the order of the calls, the choice among rotating correct
greeting/closing wordings ({G}/{GO}/{B} in the data) and the ASR-style noise.  Fifteen industries
none of the earlier writers used: ride-hailing, real-estate agency, gym membership, pet hospital,
concert ticketing, furniture delivery/installation, EV charging, phone-maker after-sales,
recruitment platform, water-purifier rental, online doctor consultation, rail-ticket agency app,
consumer-credit app, moving company, photo studio.  All company names are invented.

LABEL POLICY — a family is in `labels` iff the call violates it; it stays close to writer G's
policy (differences are marked "H:").  Labels describe what was SAID: in a `"noise": true` call
the text is what Whisper-base would plausibly write for 8 kHz phone audio (mostly Traditional
characters, homophone swaps such as 客服→克服 话费→话废 营业厅→营业听 您好→你好 神经病→神经变
你姓什么→你信什么 稍等→烧等, punctuation dropped or turned into spaces, numbers as digits), but the
labels are those of the clean speech.

greeting   : the agent speaks first, promptly, with 您好 (or 早上好/上午好/中午好/下午好/晚上好) +
             the company or line name + an offer of help, in any wording (请问有什么可以帮您 / 有什么
             能帮到您 / 您想咨询点什么 / 很高兴为您服务 / 请问您需要办理什么).  Outbound calls
             (metadata direction=outbound): 您好 + company + who is calling (and why) instead of the
             offer of help.  Positive: opens with 「喂」 (incl. 「喂，您好」); opens with something
             else (说吧 / 哪位 / 讲 / 干嘛 / 什么事) and never or only later greets; company missing;
             offer of help missing; greeting given only after the customer had to speak first.
             NOT positive: the customer saying 喂 first while the agent's greeting follows promptly
             (H: only when the agent's first words are the full greeting); 「您好，能听清吗」 after a
             correct greeting on a bad line.
closing    : DOMAIN.md: a complete closing ends with a 祝福语.  The agent's final turn(s) must
             carry a blessing (祝您…/…愉快/…顺利/一路平安/早日康复/新家住得舒心…).  Positive when
             the agent ends with thanks only (「谢谢来电，再见」), with a bare 再见/拜拜/就这样/挂了,
             just stops, or drops the call.  Every `hangup` call is also `closing`.  Service number,
             agent ID and delivery process are "where relevant" and not labelled.  H: a proper
             transfer in this set always carries a blessing too, so the transfer question never
             decides a label.
forbidden  : 服务禁语 other than insults — the agent's own 不知道/不清楚/不明白 (and regional
             不晓得/搞不懂/谁知道/没数) as a refusal about the matter asked; 「你这话什么意思」 and
             variants (你到底啥意思/你想表达啥); 「那你想好了再打来吧」 and variants (想清楚了再来电/
             琢磨好了再找我们); the agent calling 「喂」 at the customer mid-call (「喂！你听我讲」).
             NOT positive: 不知道/不清楚/不明白 about the customer, a third party or as reassurance
             (「您不知道也没关系」「信号不好我没听清楚」「如有不明白随时问」「司机师傅也不清楚
             路况」), the customer's own words, quotes in a complaint record.  An insult-only call is
             not also `forbidden`.
insult     : the agent insults, mocks, attacks or sends the customer away: questioning the
             customer's intelligence, hearing, memory or sanity (「您是听不懂中国话吗」「记性这么
             差」「脑子没毛病吧」「神经病」), contempt (「住不起就别看这种房」「这点钱也计较」),
             sarcasm (「您可真行，这都能弄丢」), brushing off (「爱咋咋地」「别在这儿磨叽」).  NOT
             positive: insults quoted or reported by the agent while registering a complaint or
             feedback, the customer's insults, innocent words sharing characters (神经内科, 死机,
             滚筒, 傻瓜式, 笨重, 病历, 老毛病 of a device).
filler     : 口头禅 — the agent's habitual tics (呃/啊 as hesitation, 那个/这个 as fillers, 就是说,
             然后呢, 那啥, 完了, 对吧对吧, 是吧是吧): positive with >= 6 tic uses over >= 3 agent turns.
             Demonstratives (这个订单, 那个司机), backchannel 嗯/好的 and one or two sentence-final
             啊/呀/哈 are negative.
tariff     : when a fee comes up (the customer asks, or the agent sells/opens/renews/auto-renews a
             paid service, or a service becomes paid after a free period) the agent must state BOTH
             the amount AND when charging starts or is taken.  Positive when either is missing or
             glossed (「前期不要钱」「费用不高」「以账单为准」「到时候系统扣」).  Permanently free
             services said so, and fees stated with amount and start, are negative.  Refunds of a
             wrong charge are not a tariff matter.
name_ask   : an impolite name ask (「你姓什么」「叫什么名字」「名字报一下」「你是谁」) is positive.
             H: a call in which a NEW order, booking, appointment, enrolment or application is made
             (viewing, trial class, vet visit, moving job, photo shoot, ticket order, install visit)
             and the agent never asks the name politely (「请问您贵姓」「怎么称呼您」「您怎么称呼」)
             is positive; rescheduling or querying an existing order is not.  Polite identity checks
             (「麻烦报一下下单人的姓名」) and calls with no new order and no ask are negative.
apology    : something went wrong on the company side or the customer is plainly unhappy (including
             one the agent has just insulted or brushed off), and the agent never apologises (抱歉/
             对不起/不好意思/给您添麻烦了/实在过意不去/让您久等了 said as an apology).
shirking   : 推诿 — the agent pushes an in-scope matter away (不归我们管, 你自己去找司机/房东/
             物流/厂家/医院, 去门店问, 系统的事我管不了) without handling, registering or
             transferring it.  A proper transfer, a ticket with a callback promise, or the right
             number for a truly out-of-scope matter with an explanation are negative.
overpromise: 乱承诺/夸张 — guarantees the agent cannot make (百分之百/保证/肯定/绝对/包您 + an outcome
             not under the agent's control: approval of a loan, a refund by a third party, a cure,
             a seat, a price rise, a body result; 我拍胸脯/我以人格担保).  Hedged statements (一般/
             预计/以审核为准/尽量/没法打包票但会加急/医生会根据情况) are negative.
colleague  : the agent disparages colleagues, other departments, drivers/technicians/installers/
             doctors of the company, sales staff or the pre-sales script (那帮人就会糊弄, 销售嘴里
             没一句实话, 新来的啥也不懂).  Neutral acknowledgement (可能同事没说清楚) and registering a
             complaint about a colleague are negative.
complaint  : the customer EXPLICITLY states an intent to complain or escalate: 投诉 (incl. calling to
             lodge one), 12315, 消协, 12345, 监管/银保监, 媒体/网上曝光, 找你们领导/主管/经理,
             要求升级.  Strong dissatisfaction without such an intent is not `complaint` (it drives
             `apology`).  「我不是要投诉」「就反映一下」, a past complaint mentioned as settled, and
             the agent naming the supervision line unprompted are negative.
hangup     : the agent ends the call on the customer: the transcript ends on the customer's
             unanswered question/request or 「喂？喂？」 after the agent's last words.  Calls that
             end on the customer's goodbye or after the agent's proper closing are negative.

TIMING THRESHOLDS (DOMAIN.md gives none; kept from writers E-G).  Segment times are generated;
timing_labels() recomputes these four families from the segments and they must equal the hand
labels, with a gap between positives and negatives:
short_call : call duration < 20 s (positives <= 18 s).  Every other call lasts >= 30 s.
silence    : a gap with nobody speaking >= 10 s that the agent did not announce (positives 13-17
             s).  Holds announced in the agent's most recent turn before the gap (稍等/稍候/查一下/
             核实一下/别挂/请您等/看一下/调一下/等我一下) of <= 15 s are negative (they are 9-14 s).
             Other gaps <= 4 s (turn-taking gaps are 0.4-2.3 s).
talk_over  : the agent starts speaking >= 1.0 s before the customer's segment ends (positives
             1.6-2.2 s, twice a call); negatives overlap 0.3 s at most (a 0.1-0.25 s backchannel
             overlap is negative); the customer talking over the agent is negative.
speech_rate: the agent's mean rate over turns of >= 6 characters (no punctuation or spaces) >= 7.5
             chars/s (fast) or <= 2.0 (drawl): positives have every such turn at 8.2-9.3 or
             1.5-1.72; negatives keep every such agent turn within 3.0-6.3.
short_call/silence/talk_over/speech_rate are asserted against the hand labels; `hangup` is
asserted against the transcript's last segment.
"""
import json
import random
import re
from pathlib import Path

import opencc

SEED = 20261207
OUT = Path(__file__).with_name("tune_h.jsonl")

TIMING = {"short_call", "silence", "talk_over", "speech_rate"}
FAMILIES = {"greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask",
            "apology", "shirking", "overpromise", "colleague", "complaint", "silence",
            "talk_over", "speech_rate", "short_call", "hangup"}
ANNOUNCE = ("稍等", "稍候", "查一下", "核实一下", "别挂", "请您等", "看一下", "调一下", "等我一下")
PUNCT = re.compile(r"[\s，。？！、,.?!：:；;“”\"'《》（）()…—~～\-]")

IND = {
    "ride": ("ride-hailing", "速途出行", "客服"),
    "estate": ("real-estate agency", "恒寓房产", "经纪人"),
    "gym": ("gym membership", "燃力健身", "会籍顾问"),
    "pet": ("pet hospital", "毛球宠物医院", "前台"),
    "ticket": ("concert ticketing", "声浪票务", "客服"),
    "furn": ("furniture delivery/installation", "栖木家居", "客服"),
    "ev": ("EV charging", "电驿充电", "客服"),
    "phone": ("phone maker after-sales", "青禾手机", "售后"),
    "job": ("recruitment platform", "职通直聘", "客服"),
    "water": ("water-purifier rental", "清泉优净", "客服"),
    "doc": ("online doctor consultation", "杏林在线问诊", "客服"),
    "rail": ("rail-ticket agency app", "铁行旅途", "客服"),
    "credit": ("consumer-credit app", "小满分期", "客服"),
    "move": ("moving company", "顺迁搬家", "调度"),
    "photo": ("photo studio", "时光印象摄影", "客服"),
}

GREET = [
    "您好，{co}，请问有什么可以帮您？",
    "您好，欢迎致电{co}，我是客服小{sur}，请问有什么能帮到您的？",
    "您好，这里是{co}客户服务中心，工号{id}为您服务，请问您需要办理什么业务？",
    "您好，{co}客服，很高兴为您服务，请问您遇到什么问题了？",
    "下午好，{co}，我是小{sur}，请问有什么需要帮忙的？",
    "早上好，感谢您致电{co}，请问今天有什么可以为您做的？",
    "您好，{co}服务热线，请问您想咨询点什么？",
    "您好，{co}这边，我是{id}号{role}，您请讲，有什么我能帮您的？",
    "晚上好，{co}，请问有什么可以帮到您？",
    "您好，感谢来电，{co}{role}小{sur}为您服务，请问您有什么需要？",
]
GREET_OUT = [
    "您好，我是{co}的{role}小{sur}，这次给您打电话是",
    "您好，这里是{co}，我是{role}小{sur}，打扰您一分钟，",
    "您好，{co}回访专员小{sur}，冒昧打扰，",
]
BLESS = [
    "感谢您的来电，祝您生活愉快，再见！",
    "那就不打扰您了，祝您一切顺利，再见。",
    "好的，感谢您的耐心，祝您周末愉快，再见！",
    "后面有问题随时联系我们，祝您心情愉快，再见。",
    "谢谢您，祝您万事如意，拜拜。",
    "不客气，祝您生活愉快，有需要再联系我们。",
    "好嘞，祝您今天顺顺利利的，再见！",
    "那先这样，祝您工作顺利，再见。",
    "感谢您的支持，祝您和家人都平平安安，再见。",
]
SURNAMES = "林周陈许何吴郑孙宋唐韩冯"

CALLS = []


def K(ind, direction, labels, note, text, hn=0, n=0, rate=None):
    CALLS.append(dict(ind=ind, direction="outbound" if direction == "out" else "inbound",
                      labels=sorted(set(labels.split())), note=note, text=text, hn=bool(hn),
                      noise=bool(n), rate=rate))


# ================================================================ ride-hailing
K("ride", "in", "greeting apology", "opens with 喂 and 说吧, no offer of help; refunds the detour overcharge but never apologises", """
A 喂，速途，说吧。
C 你好，我昨天晚上打了个车，从火车站到滨江花园，平时也就四十多块，昨天扣了我八十六。
A 行程单号报一下，或者您下单的手机号。
C 手机号一三九零五七二八八四一。
A 查到了，昨天二十二点十五分那一单，司机绕到了环城高速，多走了十一公里。
C 对啊，我跟他说走江边那条路，他不听。
A 这单我给您按预估价重新计价，多出来的四十一块退回您的支付账户，三个工作日内到账。
C 那行吧，以后这种司机你们要管一管。
A 已经给司机记了一次绕路，您放心。还有别的事吗？
C 没了。
A {B}
""", n=1)
K("ride", "in", "insult apology complaint", "phone left in the car: agent mocks the customer's memory; customer says he will complain; no apology", """
A {G}
C 我刚才坐你们的车，手机落在后座上了，现在用我老婆的手机打的，你帮我联系一下司机。
A 您这记性也是没谁了，下个车手机都能忘，行程是几点的？
C 你说话怎么这么冲？就下午三点多，从万达到南湖小区。
A 查到了，我给司机发失物提醒，司机会在半小时内回电到这个号码。
C 你刚才那句话什么态度，我一会儿就投诉你。
A 您要反馈可以在app里提交。司机回电了您跟他约地方取，送回来的路费按司机所在位置到您那儿的里程算，现在看是二十五元，司机送到的时候在app里支付。
C 知道了。
A 好的，祝您早点拿回手机，再见。
""")
K("ride", "in", "", "HARD NEGATIVE: agent quotes the driver's insult (你是不是有病) while registering feedback; customer says 我不是要投诉; apologises", """
A {G}
C 你好，我就想反映一下，今天早上那个司机态度太差了。
A 非常抱歉让您有了不好的体验，您能具体说说司机是怎么说的吗？
C 我就让他开一下空调，他回头来一句你是不是有病，大冬天开什么空调。
A 您是说司机原话是“你是不是有病，大冬天开什么空调”，对吗？我这边原样记录下来。
C 对，我不是要投诉他，就是希望你们跟他说一声，别这么跟乘客说话。
A 明白，这条反馈会转给司机管理组，他们会联系司机做服务提醒，处理结果三天内短信告诉您。真的很抱歉。
C 好，谢谢。
A 感谢您的反馈，祝您一天都顺顺利利，再见。
""", hn=1)
K("ride", "in", "", "HARD NEGATIVE: announced hold of ~12 s (查一下…稍等); customer says 不知道 about the driver; third-party 不清楚", """
A {G}
C 你好，我订了明天早上六点去机场的预约车，现在app上显示司机还没接单，我也不知道会不会有人接。
A 好的，我帮您查一下这张预约单的派单情况，请您稍等。
~hold
A 让您久等了，系统会在出发前一个小时集中派单，现在没接单是正常的，明早五点前会派好。
C 那要是五点还没人接呢？
A 五点还没派到的话，系统会自动升级成专车派单，价格按快车收，您不用多付钱。
C 行，那我就放心了。司机那边知道我有两个大箱子吗？
A 您下单时备注了行李，司机接单时能看到，具体车型司机师傅现在也不清楚，要等派单后才定，我给您备注优先派后备箱大的车。
C 好的，谢谢你。
A 不客气，祝您明天一路顺风，再见。
""", hn=1)
K("ride", "in", "tariff", "customer asks about the cancellation fee; agent glosses (不多的，以页面为准) with no amount and no start", """
A {G}
C 你好，我想问一下，我叫了车以后要是取消，会不会扣钱？
A 一般是不会的，有时候会有一点点取消费，不多的。
C 那什么时候会扣？扣多少？
A 这个以页面提示为准，您取消的时候页面上会写。
C 那我现在取消这一单呢？司机离我还有两公里。
A 您看一下页面，它会提示您的。
C 好吧，那我自己看。
A 好的，感谢来电，祝您出行愉快，再见。
""", n=1)
K("ride", "in", "shirking apology", "no-show fee charged although the driver never came; agent sends the customer to the driver himself; never apologises", """
A {G}
C 我早上叫了车，司机一直没来，最后系统说我爽约，扣了我十块钱，这是什么道理？
A 这个是司机那边点的乘客未到，您得自己跟司机沟通，让他去撤销。
C 我怎么联系他？电话都打不通。
A 行程结束以后号码就隐藏了，您可以在订单里给他留言。
C 留言他不回怎么办？你们平台就不管吗？
A 平台这边没法替司机撤销，还是得您和司机自己商量。
C 那我这十块钱就白扣了？
A 您先留言试试，{B}
C 行吧。
""")
K("ride", "in", "talk_over", "agent twice starts talking over the customer's description of the lost bag; apologises; otherwise clean", """
A {G}
C 你好，我刚才坐车把一个包落在车上了，是一个黑色的双肩包，里面有电脑和充电器。
A 好的，请问是哪一单？
C 就是今天中午十二点半左右，从软件园打车到高铁站，那个司机开的是白色的车。
A> 白色的车我这边看到了，车牌尾号三七九，对吧？
C 对对，应该就是这辆，包就放在后排座位的脚下面，上车的时候我放下就忘了拿。
A> 明白了，我现在给司机发失物通知，不好意思刚才插话了，您接着说。
C 没事，我三点的高铁，能不能让他在那之前送过来？
A 我在通知里注明您三点的车次，司机确认后会直接打您电话，送还的费用按里程计，大约二十块，送到时在app里支付。
C 好，谢谢啊。
A 不客气，祝您赶车顺利，再见。
""")
K("ride", "in", "short_call", "wrong number, greeting and closing both fine; the call is under 20 s", """
A 您好，速途出行，请问有什么可以帮您？
C 哦，不好意思，我打错了。
A 没关系，祝您生活愉快，再见。
""")
K("ride", "in", "", "HARD NEGATIVE: 您不记得也没关系 as reassurance; 司机师傅也不清楚 (third party); 如有不明白 offer", """
A {G}
C 你好，我上周打车的时候付了两次钱，想退一笔，但是车牌号我不记得了。
A 车牌您不记得也没关系，我用您的手机号查，麻烦报一下。
C 一三六二二八七五零九三。
A 查到了，上周四那一单确实扣了两笔二十三块五，重复的那一笔我现在给您原路退回，一到三个工作日到账，给您添麻烦了。
C 好的。那天司机还说路上封路了，是不是我付的钱多了？
A 封路那段司机师傅当时也不清楚，系统按实际路线算的，和您平时的价格一致，没有多收。如有不明白的地方，账单明细里每一段都列着。
C 行，那就这样吧。
A 好的，祝您生活愉快，再见。
""", hn=1)
K("ride", "in", "overpromise colleague", "agent runs down the company's drivers (那帮司机素质就这样) and guarantees the driver will be banned tomorrow; apologises", """
A {G}
C 我刚才那个司机一路上都在打电话，开得还特别猛，吓死我了。
A 真抱歉让您受惊了。说实话那帮司机素质就这样，招进来的时候也没人好好培训。
C 那你们要处理啊，不能就这样算了。
A 您放心，我保证这个司机明天就封号，以后再也接不了单。
C 真的啊？那行，希望你们说到做到。
A 我已经提交了，您还有别的需要吗？
C 没了。
A 好的，祝您生活愉快，再见。
""")
K("ride", "in", "forbidden hangup closing", "agent answers the invoice question with 我不清楚 and ends the call while the customer is still asking", """
A {G}
C 你好，我想开一张上个月所有行程的发票，公司报销要用，一共二十多单，一单一单开太麻烦了。
A 您下单的手机号是多少？
C 一八六一二二四七九三零，我上个月基本每天都打车上下班。
A 看到了，上个月一共二十三单，都还没开过发票。
C 对，能不能合成一张开？抬头写我们公司的。
A 上个月的合并发票怎么开我不清楚。
C 那我找谁能开呢？
A 你问别人吧。
C 问谁啊？你们不是客服吗？
""", n=1)

# ================================================================ real-estate agency
K("estate", "in", "insult apology", "contempt for the customer's budget (三千块租两居，您是没睡醒吧); customer hurt; no apology", """
A {G}
C 你好，我想在地铁二号线附近租个两居室，预算三千左右。
A 三千块想在二号线租两居？您是没睡醒吧，这价位只能去五环外看看。
C 你怎么这么说话？我就是问问行情。
A 行情就是这样，二号线两居最少四千五。您要是真想租，我给您推五环外的。
C 那你发几套给我看看吧。
A 好，我加您微信发过去，有合适的您再约看房，祝您早日找到满意的房子，再见。
""")
K("estate", "in", "name_ask", "booking a viewing: the agent asks 你姓什么 instead of 您贵姓; otherwise polite", """
A {G}
C 你好，我在网上看到你们挂的那套翠湖苑三室，想约个时间看看。
A 好的，这套目前还在，您想什么时候来看？
C 周六上午可以吗？
A 可以，周六上午十点在小区南门见。你姓什么？我登记一下。
C 姓刘。
A 好的刘先生，再留一个手机号。
C 一五八零零三四七七六二。
A 登记好了，看房是免费的，经纪人会提前一天跟您确认。祝您周末愉快，再见。
""", n=1)
K("estate", "in", "", "HARD NEGATIVE: fee stated with amount and time (中介费月租的百分之五十，签约当天付); polite name ask; booking", """
A {G}
C 你好，我想约看一下梧桐里那套一居，顺便问一下你们中介费怎么收？
A 好的，请问您怎么称呼？
C 我姓孟。
A 孟女士您好，租房的中介费是一个月租金的百分之五十，这套月租三千二，就是一千六，签租赁合同当天支付，看房不收任何费用。
C 明白了。那明天下午能看吗？
A 明天下午三点可以，我们的经纪人小吴会在小区门口等您，地址和他的电话稍后短信发您。
C 好的。
A 感谢您的来电，祝您看房顺利，再见。
""", hn=1)
K("estate", "in", "overpromise", "agent promises the flat will surely rise in value and guarantees the school place; polite name ask for the viewing", """
A {G}
C 你好，我想了解一下实验小学旁边那个二手房，孩子明年要上学。
A 您好，请问怎么称呼您？
C 我姓黄。
A 黄先生，这套房在实验小学的划片范围里，明年入学我跟您打包票，百分之百能上。
C 学区政策不是每年都会调吗？
A 不会调的，而且这个片区明年肯定涨价，您现在买就是稳赚。
C 好吧，那我周日过去看看。
A 好的，周日上午我在售楼处等您，祝您生活愉快，再见。
""")
K("estate", "in", "colleague apology", "agent calls a colleague 愣头青 啥也不懂 after a fee mix-up; fee itself stated properly; no apology", """
A {G}
C 你们那个小王上周跟我说租房不要中介费，今天签合同又说要交一个月的，怎么回事？
A 小王是吧，那就是个愣头青，刚来没几天啥也不懂，嘴上没个把门的。
C 那我现在到底要不要交？
A 我们公司的规定是租房收一个月租金作为服务费，您这套四千二，签合同当天交。
C 当初说好的不要，现在又要，你们这样谁受得了？
A 规定就是这样，您要是觉得不合适也可以不签。
C 我再考虑考虑。
A 好的，祝您生活愉快，再见。
""")
K("estate", "in", "", "HARD NEGATIVE: agent reads back a reported insult (穷鬼看什么房) for a feedback record; 我不是要投诉; apologises", """
A {G}
C 你好，我上周去你们门店看房，有个经纪人背后说我穷鬼看什么房，我听见了。
A 非常抱歉，这种话绝对不该说。我确认一下，他说的是“穷鬼看什么房”，是哪一家门店？
C 东门那家。我不是要投诉，就是心里不舒服，想让你们知道。
A 理解您的感受，我把门店、时间和原话都记下来了，门店负责人会在两天内核实，并给您回个电话说明处理情况。
C 行，谢谢。
A 再次向您道歉，祝您生活愉快，再见。
""", hn=1)
K("estate", "in", "filler tariff", "agent's speech full of 呃/那个/就是说; when asked about the 看房车 and service fee she glosses (签了再说，不贵)", """
A {G}
C 你好，我想问一下你们卖二手房的服务费是多少？
A 呃，那个，服务费的话，就是说，要看房子的情况。
C 大概是多少？百分之几？
A 呃，这个，签了合同再说，反正不贵的，就是说我们会给您优惠。
C 那什么时候交？
A 那个，到时候经纪人会跟您说，呃，您先看看房。
C 好吧。
A 好的，祝您生活愉快，再见。
""")
K("estate", "in", "silence", "after a question about deed tax the agent goes quiet for ~15 s without announcing it, then apologises and answers", """
A {G}
C 你好，我想问一下买一套九十平的二手房，契税大概要交多少？
A 嗯，九十平的是吧。
~sil
C 喂，还在吗？
A 在的，不好意思，刚在翻政策文件。首套九十平以下税率是百分之一，您这套总价两百万，契税是两万，过户当天在税务大厅交。
C 好的，明白了。
A 还有别的问题吗？
C 没了，谢谢。
A 不客气，祝您买房顺利，再见。
""")
K("estate", "in", "shirking complaint apology", "managed-rental deposit not returned; agent tells the customer to chase the landlord himself; customer threatens 12345; no apology", """
A {G}
C 我租的是你们托管的房子，退租半个月了押金还没退，六千块。
A 押金是房东的事，您自己找房东去要，我们只管介绍。
C 合同上写的是你们公司托管，押金也是交给你们的！
A 那也得房东确认了才能退，您自己联系他吧。
C 你们这就是推卸责任，我明天就打12345投诉你们。
A 随您。还有别的事吗？
C 没了。
A 好的，祝您生活愉快，再见。
""")
K("estate", "in", "", "HARD NEGATIVE: 神经内科 (the customer's mother sees the neurology department); booking with polite name ask", """
A {G}
C 你好，我想给我妈找个租房，离市一院近一点，她每周要去神经内科复查。
A 明白，离市一院近的我们有几套，请问您怎么称呼？
C 姓邓。
A 邓女士，我们在花园街有一套一楼的一居，到市一院神经内科走路十分钟，老人上下楼也方便。
C 挺好，有电梯更好，一楼也行。周三能看吗？
A 周三上午十点可以，看房不收费，我让经纪人提前一天跟您确认。
C 好。
A 感谢您的信任，祝您母亲身体健康，再见。
""", hn=1, n=1)
K("estate", "out", "greeting closing", "outbound cold call opens with 喂 and no company; ends with a bare 行吧，挂了", """
A 喂，是王先生吧？我这儿有套房子您了解一下。
C 哪里的房子？你是哪个公司的？
A 恒寓房产的，锦绣城那边一套三居，一百二十平，南北通透，业主急售，价格比同小区低了二十万。
C 我没在你们那儿登记过买房，你们哪来的我的电话？
A 您之前在网上留过信息。
C 我暂时不考虑买房，现在住得挺好的。
A 现在不买以后更贵，您真不考虑？
C 真不考虑，谢谢。
A 行吧，挂了。
C 好，拜拜。
""")

# ================================================================ gym membership
K("gym", "in", "tariff overpromise", "trial month sold as 先免费 with no price or start of billing; guarantees twenty jin lost in three months; polite name ask", """
A {G}
C 你好，我想了解一下你们的健身卡。
A 您好，怎么称呼您？
C 我姓赵。
A 赵女士，我们现在有活动，先免费体验一个月，后面的费用到时候再说。
C 体验完以后多少钱？什么时候开始扣？
A 这个您先别管，先练起来。跟着我们的教练，三个月保证瘦二十斤。
C 真的假的？那我先来体验一下吧，周五晚上。
A 好的，周五晚上七点前台报名字就行，祝您健身愉快，再见。
""")
K("gym", "in", "", "HARD NEGATIVE: card price and first charge stated; app check-in called 傻瓜式; polite name ask for the trial", """
A {G}
C 你好，我想问问你们年卡多少钱，能不能先试一下？
A 可以的，请问您怎么称呼？
C 姓钱。
A 钱先生，年卡是两千六百八，在您签约当天一次性支付，私教课另算，每节两百，上课前付。体验课是免费的，不会自动开卡。
C 那入场怎么弄？
A 用我们的app扫码入场，傻瓜式操作，点一下就行。
C 好，那我明天晚上去体验。
A 好的，明天晚上七点给您预留了体验名额，祝您训练顺利，再见。
""", hn=1)
K("gym", "in", "insult apology complaint closing", "injured member wants to freeze the card; agent: 受伤了还办年卡，您也是心大 / 听不懂吗; customer says she will complain to the store manager; ends with a bare 那就这样", """
A {G}
C 你好，我上个月骨折了，想把年卡冻结三个月。
A 受伤了还办年卡，您也是心大。
C 我办卡的时候又不知道会受伤！你们不是有冻结服务吗？
A 冻结要提前七天申请，您没申请就冻不了，听不懂吗？
C 你什么态度？我要找你们店长投诉你。
A 店长下午在，您自己来吧。
C 行，我下午就去。
A 好，那就这样。
""")
K("gym", "in", "speech_rate", "agent reads the promotion far too fast (over 8 chars/s); content and fees correct", """
A {G}
C 你好，我想问问你们现在有什么活动。
A 现在是年中大促，季卡九百九十九，半年卡一千六百八，年卡两千八百八，付款当天开卡当天生效。
C 慢点慢点，季卡多少？
A 季卡九百九十九，付款当天开卡，不自动续费，到期了您自己决定要不要续。
C 私教呢？
A 私教课十节起买，每节一百八十，上课前从课时包里扣，不上不扣。
C 好，我考虑一下。
A 好的，感谢您的来电，祝您生活愉快，再见。
""", rate="fast")
K("gym", "in", "name_ask", "books a private-coach trial but never asks the customer's name (only a phone number)", """
A {G}
C 你好，我想约一节私教体验课，练腰背的。
A 可以的，体验课是免费的，您想约哪天？
C 下周二晚上八点吧。
A 好的，周二晚上八点，我给您安排李教练，他擅长康复训练。留个手机号吧。
C 一三三一二零八六五四七。
A 好的，预约成功，到时候前台报手机号就行，祝您训练愉快，再见。
""")
K("gym", "in", "", "HARD NEGATIVE: customer says 我不明白 about the rules; agent offers 如有不明白随时问; double charge refunded with apology", """
A {G}
C 你好，我不明白你们这个冻结规则，为什么我冻结了还扣了我一次月费？
A 非常抱歉，我马上帮您核实一下，请您稍等。
~hold
A 让您久等了，是系统在冻结生效前重复扣了一次一百九十九元的月费，我现在给您原路退回，三个工作日内到账。
C 好。那冻结期间到底扣不扣钱？
A 冻结期间不扣月费，冻结结束后的第二天恢复按月扣一百九十九元。如有不明白的地方，您随时打过来问。
C 明白了，谢谢。
A 不客气，给您添麻烦了，祝您生活愉快，再见。
""", hn=1)
K("gym", "in", "shirking apology", "belongings stolen from a broken gym locker; agent sends the customer to the property office; no apology", """
A {G}
C 我昨天在你们店里，储物柜的锁是坏的，手表被人拿走了。
A 储物柜的事您去找楼下物业吧，我们不管这个。
C 柜子是你们健身房的，怎么找物业？
A 监控也是物业在管，您去物业那边调。
C 那你们就一点责任都没有？
A 您先去物业看看，祝您生活愉快，再见。
C 什么玩意儿。
""", n=1)
K("gym", "in", "insult apology hangup closing", "refund request brushed off (别在这儿磨叽) and the agent hangs up while the customer asks about the money", """
A {G}
C 你好，我的年卡只用了一个月，我搬家了，想退剩下的钱。
A 退不了，合同上写得清清楚楚。
C 我可以扣手续费，退一部分也行啊，我办卡的时候销售说过可以转让或者退的。
A 转让可以，退款不行，您自己找人转吧。
C 我搬到外地了，上哪儿找人转？
A 说了退不了就是退不了，别在这儿磨叽了。
C 那我剩下的两千块钱怎么办？
""")
K("gym", "in", "", "HARD NEGATIVE: customer talks over the agent; announced hold (帮您查一下，稍等); correct closing in a new wording", """
A {G}
C 你好，我的私教课还剩几节？我记得是五节。
A 好的，我帮您查一下课时记录，请稍等，别挂机。
~hold
A 查到了，您的课时包一共二十节，已经上了十四节，还剩六节，有效期到明年三月。
C> 六节？我记得上周二那节没上成，教练临时请假了。
A 对的，上周二那节教练请假取消了，没有扣课时，所以是六节。
C 哦那就对了。
A 好的，有需要随时联系我们，祝您练得开心，再见。
""", hn=1)
K("gym", "in", "filler", "habitual tics (就是说/然后呢/呃) in every agent turn while explaining the class schedule", """
A {G}
C 你好，我想问一下你们周末有没有瑜伽课？
A 有的，就是说，周六上午有两节，然后呢，周日下午还有一节。
C 要提前约吗？
A 呃，要的，就是说在app上约，然后呢，开课前两小时就不能取消了。
C 会员能免费上吗？
A 呃，团课是会员免费的，就是说不另外收费。
C 好的，谢谢。
A 不客气，祝您周末愉快，再见。
""")
K("gym", "in", "forbidden", "customer says the ad misled him; agent snaps 你这话什么意思, later apologises for the tone", """
A {G}
C 你们广告上说买年卡送私教，我办了卡才说只送一节体验课，这不是骗人吗？
A 你这话什么意思？我们什么时候骗你了？
C 广告上就这么写的。
A 不好意思，我刚才语气急了。广告里的赠送私教确实是一节体验课，写得不够清楚，我给您申请再补两节私教课作为补偿。
C 那还差不多。
A 已经申请了，二十四小时内到账，祝您训练顺利，再见。
""")


# ================================================================ pet hospital
K("pet", "in", "", "HARD NEGATIVE: 病历 of the dog, 神经科 referral explained, copy fee stated with amount and time; polite name ask for the visit", """
A {G}
C 你好，我家狗上个月在你们那儿看过，最近走路老是歪，我想再约个号，顺便把上次的病历复印一份。
A 好的，请问主人怎么称呼？
C 我姓曹。
A 曹女士，走路歪可能和神经系统有关，我们周四有神经科的专科医生坐诊，给您约周四上午十点可以吗？
C 可以。病历复印要钱吗？
A 病历复印每份五元，来院当天在前台付，医生看诊的挂号费是八十元，也是当天付。
C 好的，知道了。
A 那周四上午十点等您和毛孩子，祝它早日康复，再见。
""", hn=1, n=1)
K("pet", "in", "overpromise", "agent promises the cat's operation is 百分之百没风险 and will leave it 跟没病一样; polite name ask for the booking", """
A {G}
C 你好，我家猫查出来膀胱结石，医生建议做手术，我有点害怕。
A 理解您的担心，请问怎么称呼您？
C 姓叶。
A 叶先生，这个手术我们做得太多了，百分之百没风险，做完保证跟没病一样，以后再也不会长结石。
C 真的吗？那我就放心了，能约这周六吗？
A 周六上午九点可以，术前要禁食八个小时。手术费用医生面诊后会给您报具体金额，做完手术当天结算。
C 好的。
A 祝猫咪手术顺利，再见。
""")
K("pet", "in", "name_ask filler", "vaccine booking: 主人名字报一下 instead of a polite ask; habitual 那个/呃/就是说", """
A {G}
C 你好，我想给我家小狗约打第二针疫苗。
A 呃，好的，那个，主人名字报一下。
C 孙晓雨。
A 那个，孙晓雨，呃，就是说第二针要在第一针之后三周打，您是哪天打的第一针？
C 三月二号。
A 呃，那就是说三月二十三号以后都可以，那个，二十五号上午行吗？
C 行。
A 好的，疫苗费八十五元，打针当天付，祝您和狗狗生活愉快，再见。
""")
K("pet", "in", "silence apology", "customer asks for the blood test result; agent goes silent ~15 s without a word; customer annoyed; no apology", """
A {G}
C 你好，我家猫昨天抽了血，说今天出结果，我想问问怎么样了。
A 宠物的名字和主人手机号。
C 咪咪，手机号一五九二二零六八三四五。
~sil
C 你们怎么回事，半天不说话？
A 在翻记录。结果出来了，肾功能指标有一项偏高，医生建议您明天带猫过来复诊。
C 严重吗？你倒是说清楚啊，吓死我了。
A 具体要医生看，明天上午医生在，您过来就行，祝咪咪早日康复，再见。
""")
K("pet", "in", "", "HARD NEGATIVE: the customer insults the hospital (破医院, 差点死了); agent stays polite, apologises, registers", """
A {G}
C 你们这破医院，给我家狗开的药吃了一直吐，差点死了！
A 非常抱歉让狗狗受罪了，您先别着急，狗狗现在情况怎么样？
C 刚才又吐了一次，精神很差。
A 建议您现在就带它过来，我给您挂急诊，不用排队。药的事我记下来了，主治医生会当面给您解释，需要退的药费会全额退给您。
C 好，我现在就过去。
A 路上注意安全，祝狗狗平安，一会儿见。
""", hn=1)
K("pet", "in", "shirking complaint apology", "dog injured at the hospital's grooming room; agent says grooming is outsourced, go talk to the groomer; customer says 投诉", """
A {G}
C 我昨天在你们医院给狗洗澡美容，回来发现耳朵被剪破了一个口子。
A 美容是外包给美容师的，跟医院没关系，您自己去找美容师谈。
C 我是在你们医院付的钱！开的是你们医院的小票！
A 钱是我们代收的，具体的事还得您跟美容师沟通。
C 你们这就是踢皮球，我要投诉。
A 您要投诉的话可以在公众号留言，祝您生活愉快，再见。
""")
K("pet", "in", "speech_rate", "agent drawls every sentence (about 1.6 chars/s); content and closing fine", """
A {G}
C 你好，我想问一下你们周日开门吗？
A 周日是正常营业的，早上九点到晚上八点。
C 周日能做绝育手术吗？
A 周日有手术医生，需要提前一天预约。
C 哦，那我再考虑一下。
A 好的，祝您生活愉快，再见。
""", rate="slow")
K("pet", "in", "tariff", "overnight hospitalisation: agent says the fee is settled at discharge 看情况, no amount", """
A {G}
C 你好，医生说我家猫要住院观察两天，住院费怎么算？
A 住院费到时候出院一起结，具体看情况。
C 大概多少钱一天？我心里有个数。
A 每只猫情况不一样，用的药也不一样，没法说，反正不会太贵。
C 好吧，那就先住着。
A 好的，您放心，医生会照顾好它的，祝猫咪早日康复，再见。
""")
K("pet", "in", "insult apology", "contempt for the owner who skipped vaccines (您这主人当得可真省心); no apology", """
A {G}
C 你好，我家狗一直在拉肚子，已经两天了，是不是要来看看？
A 打过疫苗吗？
C 没打过，它一直在家里，没出过门。
A 养狗连疫苗都不打，您这主人当得可真省心。
C 你这什么话？我就是问问怎么办。
A 尽快带过来，可能是细小，拖不得。
C 好，我下午过去。
A 好的，祝狗狗早日康复，再见。
""", n=1)
K("pet", "in", "short_call greeting", "agent answers 喂，毛球 and the whole call is about 15 s", """
A 喂，毛球。
C 你好，你们今天几点下班？
A 晚上九点，祝您生活愉快。
C 好的谢谢。
""")
K("pet", "in", "", "HARD NEGATIVE: hedged success rate (一般在九成以上，要看检查结果); 您不清楚也没关系; polite name ask", """
A {G}
C 你好，我家狗要做白内障手术，想问问成功率高不高。
A 请问您怎么称呼？
C 我姓彭。
A 彭先生，这类手术的成功率一般在九成以上，但具体要看术前检查的结果，医生会跟您详细沟通风险。
C 它有心脏病，我也不清楚能不能麻醉。
A 您不清楚也没关系，术前我们会做心脏彩超，评估能不能麻醉，心脏彩超三百元，检查当天付。
C 好的，那帮我约一下检查。
A 给您约了下周一上午十点，祝狗狗一切顺利，再见。
""", hn=1)

# ================================================================ concert ticketing
K("ticket", "in", "overpromise tariff", "sells a 抢票加速包 that 保证抢到 and never says its price or when it is charged", """
A {G}
C 你好，下个月那场演唱会的票我一直抢不到，有什么办法吗？
A 您可以开通我们的抢票加速包，开了保证抢到，绝对不会落空。
C 加速包多少钱？怎么收费？
A 很便宜的，开通了就知道了，比黄牛便宜多了。
C 什么时候扣钱？抢不到退吗？
A 您放心，开了就能抢到，不存在抢不到。
C 那我试试吧。
A 好的，祝您抢票成功，再见。
""")
K("ticket", "in", "", "HARD NEGATIVE: bad line (听不清楚) and reassurance (您不知道看台号也没关系); refund fee stated", """
A {G}
C 喂，你好，我想退一张票，信号不太好。
A 您好，刚才那句我没听清楚，您是说要退票对吗？
C 对，下周六那场话剧，我临时出差了。
A 好的，订单号或者看台号您知道吗？您不知道看台号也没关系，报一下下单手机号就行。
C 一三七零一二五六六八九。
A 查到了，演出前七天以上可以退，手续费是票价的百分之十，您这张三百八，扣三十八元，退三百四十二元，提交后三个工作日原路退回。
C 行，退吧。
A 已经提交了，祝您出差顺利，再见。
""", hn=1, n=1)
K("ticket", "in", "forbidden apology", "show cancelled; asked when the refund comes the agent says 我也不知道，等通知吧; no apology", """
A {G}
C 我买的那场音乐节取消了，钱什么时候退给我？
A 什么时候退我也不知道，等通知吧。
C 取消都三天了，一点消息都没有，我九百多块钱呢。
A 主办方还没给我们退款方案，有了会发短信。
C 那大概要等多久？
A 这个没法说，您等短信吧。
C 行吧。
A 好，祝您生活愉快，再见。
""")
K("ticket", "in", "talk_over", "agent cuts into the customer's seat-change request twice; apologises; otherwise fine", """
A {G}
C 你好，我买了两张看台票，想换成连在一起的，现在两个座位隔了一个过道。
A 好的，请问是哪场？
C 就是下周五晚上的那场交响乐，在大剧院，我和我妈一起去的，她腿脚不太好。
A> 大剧院那场我看到了，两张是二楼的五排六号和五排九号，对吧？
C 对，能不能换成连着的，最好是靠过道，方便她进出，楼层低一点更好。
A> 好的我明白，不好意思打断您了，一楼十二排有两个靠过道的连座，价格一样，不用补差价，给您换过去可以吗？
C 可以，太好了。
A 已经换好了，新电子票会发到您的手机上，祝您和阿姨看得开心，再见。
""")
K("ticket", "in", "shirking apology hangup closing", "e-ticket never arrived; agent sends the customer to the organiser and hangs up on the question for their number", """
A {G}
C 我的票是在你们平台买的，演出后天就开始了，电子票到现在还没发给我。订单显示已付款，短信也没收到，app里也看不到。
A 出票是主办方负责的，您找主办方问。
C 我在你们这儿买的，钱也是付给你们的，你们不管？后天就要进场了，我总不能拿着付款记录去检票吧。
A 我们只是售票平台，票是主办方发。
C 那主办方电话多少？
""")
K("ticket", "in", "insult complaint apology", "contempt (买不起内场就别嚷嚷); customer says he will complain to 12315; no apology", """
A {G}
C 你们内场票怎么一放出来就没了？是不是都给黄牛了？
A 票都是公开卖的，买不起内场就别在这儿嚷嚷。
C 你说什么？我是买不起吗？我是根本抢不到！
A 抢不到就买看台，看台还有。
C 你这种态度，我要打12315投诉你们平台。
A 随便，祝您生活愉快。
""", n=1)
K("ticket", "in", "", "HARD NEGATIVE: 我不是要投诉; a past complaint mentioned as settled; agent apologises for the queue", """
A {G}
C 你好，我上个月投诉过一次退票的事，你们已经处理好了，这次我不是要投诉，就是想问个事。
A 好的，感谢您的理解，上次给您添麻烦了。您想问什么？
C 儿童票需要实名吗？孩子还没有身份证。
A 一米二以下的儿童可以免票入场，不用实名；一米二以上需要买票，可以用户口本上的信息实名。
C 明白了，谢谢。
A 不客气，祝您和孩子看得开心，再见。
""", hn=1)
K("ticket", "in", "name_ask", "group ticket order: the agent asks 名字报一下 instead of asking politely", """
A {G}
C 你好，我们公司想订二十张下个月的脱口秀门票，团体有优惠吗？
A 有的，二十张以上打九折，一百八的票折后一百六十二一张。
C 好，那就订二十张。
A 好的，名字报一下，我登记团体订单。
C 我叫郑凯。
A 好的，再留一个手机号，付款链接发过去后二十四小时内付款有效，祝您和同事们看得开心，再见。
""")
K("ticket", "in", "colleague", "agent blames the tech department (那帮人就会糊弄, 一天到晚出bug); apologises; otherwise fine", """
A {G}
C 你好，我在你们小程序上选座，付款的时候一直卡住，钱扣了票没出来。
A 真不好意思，小程序是技术部那帮人做的，一天到晚出问题，他们就会糊弄。
C 那我的钱怎么办？
A 我看到这笔五百二十元了，票已经手动给您出了，电子票马上发到您手机上。
C 收到了，谢谢。
A 不客气，祝您看演出开心，再见。
""")
K("ticket", "in", "short_call", "one quick question (does the venue have parking) answered with a proper greeting and closing, under 20 s", """
A 您好，声浪票务，请问有什么可以帮您？
C 体育馆那边能停车吗？
A 能的，北门有停车场，祝您观演愉快。
C 好，谢谢。
""")
K("ticket", "in", "", "HARD NEGATIVE: the customer's app 死机 while paying; 页面往下滚动; correct fees and closing", """
A {G}
C 你好，我刚才买票的时候手机死机了，重启以后不知道买没买上。
A 别着急，我帮您查一下订单，请您稍等。
~hold
A 查到了，订单已经成功，两张二百八的票，一共五百六十元，已经支付了。您打开订单页面往下滚动，就能看到电子票。
C 看到了看到了，吓我一跳。
A 没事的，祝您观演愉快，再见。
""", hn=1)

# ================================================================ furniture delivery / installation
K("furn", "in", "", "HARD NEGATIVE: 笨重 wardrobe needs two installers; install visit booked with a polite name ask; fee stated", """
A {G}
C 你好，我买的衣柜到了，想约师傅上门安装。
A 好的，请问您怎么称呼？
C 我姓江。
A 江先生，您这款衣柜比较笨重，我们会安排两位师傅一起上门，安装是免费的。如果要拆旧柜子，拆旧费是一百元，安装完当场付。
C 不用拆旧的。周六下午可以吗？
A 周六下午两点到四点之间，师傅出发前会给您打电话，祝您新家住得舒心，再见。
""", hn=1)
K("furn", "in", "colleague apology", "agent disparages the installers (外面找的，手艺差得很) about a scratched table; no apology", """
A {G}
C 你们的师傅昨天来装餐桌，把桌面划了一道印子，走的时候也没说。
A 安装师傅都是外面临时找的，手艺差得很，我们也管不住。
C 那现在怎么办？新桌子就这样了？
A 您拍个照片发过来，我们给您申请补漆或者补偿。
C 好，我一会儿发。
A 行，发了我们再看，祝您生活愉快，再见。
""")
K("furn", "in", "overpromise", "delivery late; agent apologises, then promises 保证明天三点前送到，一分钟都不会晚 (third-party logistics)", """
A {G}
C 你好，我的沙发说好上周到，到现在还没送。
A 非常抱歉，让您久等了，我查了一下，沙发在物流中转站压了两天。
C 那什么时候能到？我这周已经请了两次假在家等了。
A 我已经让物流把您的沙发单独加急，明天一早从中转站发车。我保证明天下午三点前送到，一分钟都不会晚。
C 真的？我请了假在家等的。
A 您放心，我说到做到，祝您生活愉快，再见。
""", n=1)
K("furn", "in", "greeting filler", "opens with 哎，栖木，啥事 (no 您好, no offer of help); tics 那个/呃/然后呢 through the call", """
A 哎，栖木，啥事？
C 你好，我想问一下我买的书架什么时候发货。
A 呃，那个，订单号给我一下。
C 二零二四零五一八零零三一。
A 呃，查到了，然后呢，您这个是定制的，那个，要十五天做好。
C 那就是下周发？我下周五要出门，能不能赶在那之前送到？
A 对，然后呢下周三发货，呃，同城的话第二天就送到，发货会有短信，祝您生活愉快，再见。
""")
K("furn", "in", "tariff", "no-lift building: agent says there is 一点搬运费，师傅现场跟您说 — no amount, no time", """
A {G}
C 你好，我家是六楼没电梯，你们送货能搬上去吗？
A 可以的，没电梯要收一点搬运费。
C 多少钱？什么时候付？
A 看东西大小，师傅现场跟您说。
C 我买的是一个衣柜一张床，大概多少呢？
A 这个说不准，到时候师傅会报价，祝您生活愉快，再见。
""")
K("furn", "in", "silence talk_over", "the agent twice talks over the customer and later leaves an unannounced ~14 s gap; apologises once", """
A {G}
C 你好，我买的床头柜到了，打开发现一个抽屉的滑轨是坏的，拉不出来。
A 好的，订单号发我一下。
C 订单号我发到你们公众号了，你们那边应该能看到，就是前天送到的那个。
A> 公众号的消息我看到了，是白色的两个床头柜，对吧？
C 对，一共两个，其中一个的下面那个抽屉拉不动，卡住了，里面的滑轨好像断了。
A> 明白，那我给您补发一套滑轨，师傅上门装。
~sil
C 喂？还在吗？
A 在的，不好意思，刚才在系统里下补发单，师傅明天下午联系您。
C 好的。
A 祝您生活愉快，再见。
""")
K("furn", "in", "", "HARD NEGATIVE: proper transfer to the installation team with an explanation and a blessing", """
A {G}
C 你好，我家的橱柜装好以后门关不严，想请人来调一下。
A 好的，橱柜的调试由我们的安装服务组负责，他们能直接给您排师傅，我现在帮您转接过去，转接大约需要十秒，请您不要挂机。
C 好的。
A 转过去以后您报一下订单手机号就行，祝您生活愉快。
""", hn=1, n=1)
K("furn", "in", "forbidden insult shirking apology", "asked where the sofa is: 我哪知道, 物流又不归我管, 您是听不懂话吗", """
A {G}
C 你好，我的沙发显示已发货一个礼拜了，物流一直没更新，到底到哪儿了？
A 我哪知道，物流又不归我管。
C 你们发的货你们不管？
A 我说了多少遍了，发货以后就是物流的事，您是听不懂话吗？
C 你怎么这么说话？
A 您自己打物流电话问吧，祝您生活愉快。
""")
K("furn", "in", "complaint", "damaged wardrobe door: customer explicitly wants to complain; agent apologises and arranges a replacement", """
A {G}
C 你们送来的衣柜门板上有一道裂缝，送货的人还不让我拆开验货，我要投诉。
A 非常抱歉，给您添麻烦了。送货时应该让您先验货，这点我会一并记录。门板我们免费给您换新的。
C 要多久？
A 新门板五个工作日内送到，安装师傅同时上门更换，不收任何费用。您的投诉也已经登记，专人两天内回访您。
C 好吧。
A 再次抱歉，祝您生活愉快，再见。
""")
K("furn", "in", "speech_rate", "agent explains the assembly steps at over 8 chars/s; content fine", """
A {G}
C 你好，我买的那个电脑桌想自己装，说明书看不太懂。
A 没问题，先把两条桌腿用长螺丝固定在侧板上，再把横梁卡进侧板的凹槽里，最后把桌面放上去用短螺丝拧紧。
C 横梁是哪根？
A 横梁是最长的那根金属管，两头有圆孔，圆孔朝下放，螺丝从侧板外面往里拧，先不要拧太紧，四个都对上了再一起拧紧。
C 那个小塑料袋里的东西是干嘛的？
A 小袋子里是脚垫和螺丝盖，桌子装好以后把脚垫贴在桌腿底下，螺丝盖扣在外面的螺丝上就行。
C 好，我试试。
A 装不上的话随时打过来，也可以预约师傅免费上门安装，祝您生活愉快，再见。
""", rate="fast")
K("furn", "in", "", "HARD NEGATIVE: 滚筒洗衣机 next to the cabinet; hedged promise (尽量，但要看仓库); apology for the wait", """
A {G}
C 你好，我定的洗衣机柜，尺寸要改一下，我家的滚筒洗衣机比原来量的宽了两公分。
A 好的，不好意思让您等了一会儿。您要改成多宽的？
C 六十二公分。
A 可以改，定制周期会延长三天，改尺寸不另外收费。我会尽量让工厂优先排产，但具体发货日期要看工厂的排期，确定了第一时间短信通知您。
C 行。
A 感谢您的耐心，祝您生活愉快，再见。
""", hn=1)

# ================================================================ EV charging
K("ev", "in", "tariff", "customer asks about the charging service fee: 很便宜的，充完自动扣 — no amount", """
A {G}
C 你好，我第一次用你们的充电桩，除了电费还有服务费吗？
A 有一点服务费，很便宜的。
C 一度电多少服务费？
A 充完系统自动扣的，您看账单就知道了。
C 我想先知道再充，别的平台都是明码标价的，充之前就能看到一度电多少钱。
A 各个站不一样，以账单为准。
C 那我在哪儿能看到这个站的价格？
A 充完了账单上都有，祝您生活愉快，再见。
""")
K("ev", "in", "", "HARD NEGATIVE: electricity, service and idle fees stated with amounts and when they start", """
A {G}
C 你好，我想问下你们科技园那个站怎么收费？
A 科技园站电费是一块零五一度，服务费是四毛一度，充电结束后从您的账户余额里一次扣。
C 充满了没拔枪会收钱吗？
A 会收占位费，充满以后十五分钟开始计，每分钟一毛，最多收三十元。
C 明白了，谢谢。
A 不客气，祝您用车愉快，再见。
""", hn=1)
K("ev", "in", "insult apology", "customer cannot plug in; agent sneers 这都插不上，您是第一次开车吗; no apology", """
A {G}
C 你好，我在你们南山站，充电枪怎么都插不进去。
A 这都插不上，您是第一次开车吗？
C 我插了好几次了，真插不进去，车是新买的，以前在别家充都没问题。
A 枪头朝上对准充电口，按住枪把上面的按钮，再用力往里推到底，听到咔的一声就好了。
C 哦，进去了。
A 好，祝您充电顺利，再见。
""")
K("ev", "in", "shirking apology", "charge started but no power; agent says the pile belongs to the car park's property company, go there; no apology", """
A {G}
C 我在你们万象城的桩充电，扫码成功了，但是半天一点电都没充进去，钱已经扣了。
A 这个桩是停车场物业的，您找物业看看。
C 扫的是你们的码，付的是你们的钱啊。
A 桩的维护是物业在管，我们这边处理不了。
C 那我的钱呢？
A 您先找物业，祝您生活愉快，再见。
""", n=1)
K("ev", "in", "forbidden apology hangup closing", "stranded driver: 那我也不清楚 and the agent drops the call on 那我车怎么办", """
A {G}
C 你好，我在高速服务区，你们的桩全部显示离线，我车只剩百分之五的电了。
A 离线是网络问题，什么时候恢复那我也不清楚。
C 那附近还有别的桩吗？我是第一次走这条高速，对这边一点都不熟，导航上也没显示。
A 您自己在app地图上找。
C 我找了，地图上最近的都是你们家的，也都显示离线，能不能派人来看看？
A 派人要等运维排班。
C 最近的也要三十公里，我开不过去，那我车怎么办？
""")
K("ev", "in", "short_call closing", "a 15 s call about opening hours; the agent ends with a bare 行，就这样", """
A 您好，电驿充电，请问有什么可以帮您？
C 机场站是二十四小时的吗？
A 是的，全天开放。行，就这样。
""")
K("ev", "in", "silence", "agent looks up the order without announcing it: ~14 s of dead air; apologises afterwards", """
A {G}
C 你好，我昨天晚上充电的订单一直显示充电中，今天早上又扣了我一笔钱。
A 手机号是多少？
C 一三九六六五零二七一八。
~sil
A 不好意思让您久等了，订单没有正常结束，多扣了三十八块六，我给您结束订单并退回，两个工作日到账。
C 好的。
A 给您添麻烦了，祝您用车愉快，再见。
""")
K("ev", "in", "", "HARD NEGATIVE: the pile's screen 死机; remote restart announced (请您稍等) with a ~12 s hold", """
A {G}
C 你好，我在光谷站六号桩，屏幕死机了，怎么按都没反应。
A 不好意思给您添麻烦了，我远程重启一下这个桩，大约十几秒，请您稍等，别挂电话。
~hold
A 重启好了，您看屏幕亮了吗？
C 亮了亮了，可以扫码了。
A 好的，祝您充电顺利，一路平安。
""", hn=1)
K("ev", "in", "complaint overpromise", "double charge: customer asks for the manager; agent apologises and guarantees the money back today (bank refunds take days)", """
A {G}
C 你们又重复扣款了，这个月第二次了，我要找你们经理。
A 非常抱歉，给您带来这么多麻烦。我看到了，昨天的订单扣了两次六十二元。
C 上次也是这么说的，退了一个礼拜才到。
A 这次您放心，我保证今天之内一定到账，绝对不会再拖。
C 希望是吧，经理那边你也要报上去。
A 好的，已经升级给主管了，祝您生活愉快，再见。
""")
K("ev", "in", "filler talk_over", "agent talks over the customer twice and fills every turn with 呃/那个/就是说; apologises for interrupting", """
A {G}
C 你好，我办了你们的充电月卡，但是在城西那个站用不了，提示说不支持。
A 呃，那个，月卡的话，就是说不是所有站都能用。
C 那办卡的时候怎么没人说？我就是因为城西站离我家近才办的，现在根本用不上。
A> 呃，那个，不好意思打断您，就是说城西站是合作站点，不在月卡范围里。
C 那我这张卡怎么办？退了吧，一百九十九块我才用了一次，而且都是在公司那边用的。
A> 那个，好的，就是说七天内可以全额退，您是五天前办的，我给您退一百九十九，三个工作日到账。
C 行吧。
A 抱歉给您添麻烦了，祝您生活愉快，再见。
""")
K("ev", "in", "", "HARD NEGATIVE: the customer says 你这话什么意思 and talks over the agent; agent stays polite and apologises", """
A {G}
C 你好，我会员等级怎么降了？
A 会员等级是按近三个月的充电量算的，您这三个月充了一百八十度，低于银卡的两百度。
C> 你这话什么意思？我充得少就降级？
A 很抱歉让您不舒服了，规则是这样的，下个月只要充够两百度就会自动升回银卡，现在的优惠券也还能用到月底。
C 行吧。
A 感谢您的理解，祝您用车愉快，再见。
""", hn=1, n=1)


# ================================================================ phone-maker after-sales
K("phone", "in", "", "HARD NEGATIVE: phone 死机 repair booked with a polite name ask; repair fee stated with amount and when paid", """
A {G}
C 你好，我的手机这两天老是死机，一天好几次，重启也没用。
A 不好意思给您添麻烦了，请问您怎么称呼？
C 我姓蒋。
A 蒋先生，建议您先到服务中心检测，检测是免费的。如果是主板问题，过保的维修费是三百九十元，修好取机的时候付。
C 那帮我约明天上午吧。
A 好的，约了明天上午十点，天河服务中心，预约短信马上发给您，祝您生活愉快，再见。
""", hn=1, n=1)
K("phone", "in", "colleague apology", "agent runs down the shop staff (门店那些人就会卖货，修机啥也不会); phone still broken; no apology", """
A {G}
C 我上周在你们门店修的手机，拿回来第二天又不能充电了。
A 门店那些人就会卖货，修机啥也不会，您下次直接寄修到我们中心。
C 我都跑了一趟了，还要再寄？
A 寄修来回运费我们出，三到五个工作日修好寄回。
C 行吧，那你把地址发我。
A 地址短信发您了，祝您生活愉快，再见。
""", n=1)
K("phone", "in", "speech_rate", "agent drawls (about 1.6 chars/s) through a warranty question", """
A {G}
C 你好，我想问一下手机电池保修多久？
A 电池是保修一年的，从购买日期算。
C 我的手机买了十个月，电池掉电很快。
A 那您可以带着发票去服务中心免费检测。
C 好的，谢谢。
A 不客气，祝您生活愉快，再见。
""", rate="slow")
K("phone", "in", "greeting closing", "opens with a bare 青禾售后 (no 您好, no offer of help); ends with thanks only (感谢来电，再见)", """
A 青禾售后。
C 你好，我想问一下手机的屏幕碎了，保修吗？
A 人为损坏不在保修范围内，可以付费更换，这款屏幕是六百八十元，换好取机时付。
C 要多久能换好？我明天要出差，手机离不了身。
A 服务中心有现货的话一个小时左右，您可以先在官网或者app上预约，预约了到店不用排队。
C 换了屏幕以后还保修吗？
A 更换的屏幕单独保修九十天。
C 好，那我去预约。
A 好的，感谢来电，再见。
""")
K("phone", "in", "", "HARD NEGATIVE: customer 不知道 whether it got wet; 傻瓜式 backup tool; 您不知道也没关系; apology", """
A {G}
C 你好，我的手机突然黑屏了，我也不知道是不是进水了，昨天下雨淋了一下。
A 抱歉您遇到这个问题，是不是进水您不知道也没关系，服务中心检测一下就清楚了，检测免费。
C 里面的照片还能保住吗？
A 建议您以后开启我们的云备份，傻瓜式的，打开开关就自动备份。现在这台机器送修时，工程师会先尝试帮您导出数据。
C 好的，那我明天拿过去。
A 好的，祝您一切顺利，再见。
""", hn=1)
K("phone", "in", "forbidden apology", "customer describes a camera fault; agent snaps 你到底啥意思; never apologises", """
A {G}
C 你好，我的手机拍照的时候，有时候一片绿，有时候又正常，但是拍视频就没事。
A 你到底啥意思？是摄像头坏了还是没坏？
C 我就是跟你描述情况啊，我也搞不懂是哪里坏了。
A 那就拿去检测，检测完就知道了。
C 去哪儿检测？
A 最近的服务中心在人民路，检测免费，祝您生活愉快，再见。
""")
K("phone", "in", "overpromise", "agent apologises for the fault, then promises 换了主板保证三年不出问题", """
A {G}
C 你好，我的手机才买半年就开不了机了，真是气死我了。
A 非常抱歉给您带来不便，这种情况一般是主板故障，在保修期内免费换主板。
C 换了以后还会坏吗？
A 您放心，换了新主板我保证三年不出任何问题。
C 那好吧，我寄过去。
A 好的，寄修地址发您手机了，祝您生活愉快，再见。
""")
K("phone", "in", "name_ask hangup closing", "repair booking with 你叫什么名字; agent drops the call while the customer asks about the time", """
A {G}
C 你好，我想预约一下周末去服务中心换电池。
A 你叫什么名字？
C 我叫马骏。
A 好，约了周六，在人民路服务中心，带上手机和发票，没有发票的话带上购机记录也行。
C 换电池要多久？我周六下午还有事，最好上午能弄完。
A 半个小时左右。
C 周六几点呢？上午还是下午？
""", n=1)
K("phone", "in", "", "HARD NEGATIVE: 老毛病 of a device batch (charging port), fixed free with apology; hold announced", """
A {G}
C 你好，我的手机充电口松了，充电线插上去一碰就断。
A 非常抱歉，我帮您查一下这台机器的批次，请您稍等。
~hold
A 查到了，这批机器的充电口松动是个老毛病，厂家已经确认，不管在不在保修期都免费更换。
C 那太好了，去哪儿换？
A 全国任意一家服务中心都可以，带上手机就行，大概半个小时，祝您生活愉快，再见。
""", hn=1)
K("phone", "in", "silence closing", "an unannounced ~15 s gap while the agent looks up the IMEI; ends with thanks only (谢谢您的来电，再见)", """
A {G}
C 你好，我想查一下我这台手机还在不在保修期，串号是八六五四三二一零九八七六五四三。
A 好的。
~sil
A 查到了，您这台是去年五月激活的，保修到今年五月，还有两个月。
C 那我趁现在把屏幕的问题修了。
A 可以的，保修期内屏幕的质量问题免费修，您去服务中心就行。
C 好的。
A 谢谢您的来电，再见。
""")

# ================================================================ recruitment platform
K("job", "in", "overpromise tariff", "job-seeker VIP sold with 保证一周内拿到offer; price and charging start glossed", """
A {G}
C 你好，我投了一个月简历都没回音，你们那个求职会员有用吗？
A 特别有用，开了会员简历优先推荐，保证一周内拿到offer。
C 会员多少钱？是一次性的还是按月？
A 不贵的，就一杯奶茶钱，开通了系统自己扣。
C 每个月都扣吗？
A 您开了就知道了，祝您早日找到好工作，再见。
""", n=1)
K("job", "in", "", "HARD NEGATIVE: employer membership price and debit date stated; polite name ask; 如有不明白 offer", """
A {G}
C 你好，我是一家餐馆的老板，想在你们平台招服务员，要怎么收费？
A 请问您怎么称呼？
C 我姓罗。
A 罗老板，基础版发布三个职位是免费的；招聘会员是一年三千九百八十元，开通当天一次性扣款，不会自动续费。
C 那我先用免费的吧。
A 好的，如有不明白的地方随时打过来，祝您生意兴隆，招到合适的人。
""", hn=1)
K("job", "in", "insult apology", "contempt for the job seeker (就您这学历还想要两万); no apology", """
A {G}
C 你好，我想问下为什么我投的那些月薪两万的岗位都没人回我？
A 您什么学历？
C 大专，做了三年销售。
A 就您这学历还想找两万的？先照照镜子吧，投点七八千的靠谱。
C 你怎么说话的？
A 实话实说。您可以把期望薪资改低点，回复率会高很多。
C 行，我知道了。
A 祝您早日找到工作，再见。
""")
K("job", "in", "shirking complaint apology", "fake posting demanded a deposit; agent: 你自己找那个公司去，我们只是平台; customer threatens to expose them online", """
A {G}
C 我在你们平台上找的工作，去了以后让我先交八百块服装费，交完人就找不到了。
A 那是那家公司的问题，你自己去找那个公司。
C 公司是你们审核过的，你们不管？
A 我们只是信息平台，你可以报警。
C 你们就这么推？我要去网上曝光你们。
A 随你，祝你生活愉快。
""")
K("job", "in", "", "HARD NEGATIVE: agent quotes the recruiter's insult (你脑子有问题吧) to register a report; apologises; 我不是要投诉", """
A {G}
C 你好，我面试的时候那个面试官说话太难听了。
A 非常抱歉让您有这样的经历，方便说一下他说了什么吗？
C 我问了一下加班费，他就说你脑子有问题吧，刚来就问加班费。
A 我记录一下，面试官原话是“你脑子有问题吧，刚来就问加班费”，企业名称是哪家？
C 星河贸易。我不是要投诉，就想提醒你们一下。
A 感谢您的提醒，我们会对这家企业做核查，结果三个工作日内通知您，祝您求职顺利。
""", hn=1, n=1)
K("job", "in", "talk_over", "agent talks over the customer twice while she explains a resume upload problem; apologises", """
A {G}
C 你好，我的简历上传了好几次都失败，提示格式不对，我用的是从网上下载的模板。
A 您是什么格式的文件？
C 是一个带图片的文档，里面有我的证件照，还有几张作品截图，文件有十几兆吧。
A> 明白了，文件太大了，我们限制在五兆以内，图片压缩一下就可以。
C 我不太会压缩，能不能直接发给你们，你们帮我传上去，我实在是弄了一下午了。
A> 不好意思打断您一下，您可以用我们app里的在线简历，直接填，不用上传文件，十分钟就能弄好。
C 哦，那我试试。
A 好的，祝您求职顺利，再见。
""")
K("job", "in", "short_call greeting", "opens with 喂，您好 (no company, no offer of help); the call is under 20 s", """
A 喂，您好。
C 你好，你们平台招兼职吗？
A 招的，app首页点兼职就能看到，祝您找到合适的。
C 好谢谢。
""")
K("job", "in", "filler forbidden", "tics (呃/那个/就是说) throughout, and 这个我也不清楚 about the matter asked", """
A {G}
C 你好，我想问下企业认证为什么一直没通过？
A 呃，那个，认证的话，就是说要营业执照。
C 我传了啊，传了三次了。
A 呃，那个，为什么没通过这个我也不清楚，就是说审核那边定的。
C 那我怎么办？
A 呃，您再传一次试试，那个，看清楚点的照片，祝您生活愉快，再见。
""")
K("job", "in", "", "HARD NEGATIVE: 不知道/不清楚 about a third party (HR 也不知道); agent follows up and sets a callback", """
A {G}
C 你好，我上周面试了一家公司，说好三天给结果，现在一周了，问HR她说她也不知道。
A 理解您着急的心情，抱歉让您久等了。HR那边不清楚的话，我们帮您联系企业的招聘负责人问一下进度。
C 好的，麻烦了。
A 是远航科技的运营岗，对吧？我提交了跟进工单，企业一般一到两个工作日回复，有结果我们给您回电。
C 好的。
A 祝您顺利拿到offer，再见。
""", hn=1)
K("job", "in", "colleague closing", "agent runs down the review department (一根筋，就会卡人); ends with a bare 行，那就这样吧，拜拜", """
A {G}
C 你好，我发布的职位一直被驳回，说有违规词，我看了半天也没找到。
A 审核部那帮人一根筋，就会卡人，您那个职位描述里写了包吃住，他们认成违规了。
C 包吃住也违规？
A 改成提供食宿就能过了。
C 好，我改一下。
A 行，那就这样吧，拜拜。
""")

# ================================================================ water-purifier rental
K("water", "in", "tariff", "filter replacement fee glossed (到时候系统扣，不贵); no amount, no date", """
A {G}
C 你好，我租的净水器说滤芯快到期了，换滤芯要钱吗？
A 换滤芯是要收费的，到时候系统自动扣，不贵。
C 多少钱？哪天扣？
A 看您用的是哪种滤芯，以账单为准。
C 那我先不换行不行？
A 也可以，不过水质会变差，祝您生活愉快，再见。
""")
K("water", "in", "", "HARD NEGATIVE: rental and filter costs stated (月租五十九，每月五号扣；滤芯免费换); polite name ask for the install", """
A {G}
C 你好，我想租一台你们的净水器，怎么收费？
A 请问您怎么称呼？
C 我姓汪。
A 汪女士，租金是每月五十九元，安装当月免费，从次月五号起每月五号自动扣，滤芯在租期内免费更换，押金三百元，安装时付，退租时退还。
C 好，那帮我约个安装。
A 给您约了周四上午，师傅上门前一小时联系您，祝您喝上好水，生活愉快。
""", hn=1, n=1)
K("water", "in", "speech_rate", "agent reads the rental terms at over 8 chars/s", """
A {G}
C 你好，我想退租，要怎么弄？
A 退租需要提前十五天申请，师傅上门拆机，押金三百元在拆机后七个工作日内原路退回，当月租金按天计算。
C 拆机收费吗？
A 拆机不收费，师傅上门前会和您约时间，拆机时请您在家，师傅会检查机器外观，没有人为损坏的话押金全额退还。
C 如果有划痕呢？
A 正常使用的轻微划痕不扣钱，只有外壳破裂或者配件丢失才按价目表扣费，扣多少师傅会当场告诉您并拍照留底。
C 好的，那帮我申请吧。
A 已经提交了，工单号会短信发您，祝您生活愉快，再见。
""", rate="fast")
K("water", "in", "forbidden hangup closing", "customer hesitates over cancelling; agent: 您想清楚了再打来吧 and ends the call while he asks about the deposit", """
A {G}
C 你好，我在考虑要不要退租，家里可能要搬家了。
A 是退租还是移机？
C 还没定，要看新房子那边有没有地方装，我想先问问退租和移机分别要多少钱。
A 退租和移机的规定都在合同里写着，您自己先看看合同。
C 合同我找不到了，你就简单说一下，大概要花多少钱，大概要多久。
A 您想清楚了再打来吧。
C 哎我还没问完，退押金要多久？
""", n=1)
K("water", "in", "", "HARD NEGATIVE: announced hold, 如有不明白 offer, customer says 我不明白", """
A {G}
C 你好，我的净水器一直亮红灯，我不明白是什么意思。
A 不好意思给您添麻烦了，我帮您看一下机器上传的状态，请您稍等一下。
~hold
A 让您久等了，红灯是第二级滤芯到期提醒，您的滤芯在租期内是免费更换的，我给您派师傅上门。
C 好，什么时候来？
A 明天下午两点到五点，师傅会提前联系您。如有不明白的地方随时问我们，祝您生活愉快。
""", hn=1, n=1)
K("water", "in", "insult complaint apology", "tap water tastes odd; agent: 您是不是自己鼻子有问题; customer demands the supervisor", """
A {G}
C 你好，我家净水器出来的水有股怪味，像塑料味。
A 我们的机器都检测过的，您是不是自己鼻子有问题？
C 你说什么？我全家都闻到了！
A 那您拍个视频发过来。
C 你这种态度，我要找你们主管。
A 主管不在，您把视频发过来我们再看，祝您生活愉快。
""")
K("water", "in", "name_ask", "new installation booked without ever asking the customer's name", """
A {G}
C 你好，我在你们官网下单了一台净水器，想约安装。
A 好的，订单号是多少？
C 我没记下来，手机号是一五零一三三九二八六七。
A 查到了，您想约哪天安装？
C 这周六上午可以吗？
A 可以，周六上午九点到十二点，安装是免费的，师傅出发前会打电话，祝您生活愉快，再见。
""", n=1)
K("water", "in", "silence apology", "water leaking on the floor; agent leaves ~14 s of dead air without a word; no apology", """
A {G}
C 我家净水器下面在漏水，地上全是水，怎么办？
A 先把进水阀关掉。
C 关掉了，你们赶紧派人来。
~sil
C 喂？有人吗？
A 在。师傅今天下午四点上门。
C 地板都泡了，你们这机器质量太差了。
A 师傅到了会处理，祝您生活愉快，再见。
""")
K("water", "in", "", "HARD NEGATIVE: 我不是要投诉; neutral acknowledgement about a colleague (可能师傅没说清楚); apology", """
A {G}
C 你好，我不是要投诉啊，就是上次师傅来换滤芯，说要收一百二，我以为是免费的。
A 抱歉让您误会了，可能师傅当时没说清楚。租期内的常规滤芯是免费的，您那次换的是另购的矿化滤芯，一百二十元，换的时候付的。
C 哦，原来是这样。
A 以后需要换常规滤芯都不收费，祝您生活愉快，再见。
""", hn=1)
K("water", "in", "greeting overpromise", "opens with 清泉，讲 (no 您好, no offer); promises 喝我们的水保证不长结石", """
A 清泉，讲。
C 你好，我想了解一下你们的净水器，我家老人有肾结石。
A 那您一定要装我们的，喝我们的水保证不长结石，已经长的也能慢慢排掉。
C 这么神？医生说结石跟喝水少有关系，跟水质关系不大啊。
A 那是他们不了解，我们的水是小分子水，喝了绝对有效。
C 那租金多少？
A 每月五十九元，从安装次月五号开始每月扣，押金三百元装机时付。
C 我考虑考虑。
A 好的，祝您和家人身体健康，再见。
""")
K("water", "in", "", "HARD NEGATIVE: out-of-scope municipal water problem, agent explains and gives the water company's number", """
A {G}
C 你好，我家今天自来水发黄，是不是你们净水器的问题？
A 您说的是水龙头直接出来的自来水发黄，对吗？
C 对，净水器出来的还好。
A 那是市政供水的问题，不在我们的服务范围，净水器的水正常说明机器没问题。您可以打自来水公司的服务电话九六一一六反映，他们会派人查管网。
C 好的，谢谢。
A 不客气，祝您生活愉快，再见。
""", hn=1)

# ================================================================ online doctor consultation
K("doc", "in", "", "HARD NEGATIVE: 神经内科 consultation booked with a polite name ask; fee stated with amount and when paid", """
A {G}
C 你好，我最近老是头晕手麻，想在线问一下神经内科的医生。
A 好的，请问您怎么称呼？
C 姓蔡。
A 蔡先生，神经内科图文问诊是三十九元，提交问诊的时候支付，医生二十四小时内未回复全额退款。
C 好的，那我现在就提交。
A 好的，如果症状加重请及时去医院急诊，祝您早日康复。
""", hn=1, n=1)
K("doc", "in", "overpromise", "customer-service agent promises 吃这个药保证一周就好", """
A {G}
C 你好，医生给我开了一个治湿疹的药膏，我想问问要用多久。
A 医生开的药您按说明用，保证一周就好，以后都不会再犯。
C 真的吗？我这个湿疹好几年了。
A 您放心，很多人用了都好了。
C 那行。药什么时候发货？
A 今天下午发货，明天就到，祝您早日康复。
""")
K("doc", "in", "shirking apology", "doctor never replied within 24 h; agent: 医生回不回我们管不了，您去医院看吧; no apology", """
A {G}
C 我昨天付了钱问诊，到现在医生都没回复。
A 医生回不回复我们管不了，您着急的话去医院看吧。
C 那我的钱怎么办？
A 超过二十四小时没回复系统会退。
C 那我这病谁给我看？你们平台就不管了？
A 您可以换个医生再问，祝您早日康复。
""", n=1)
K("doc", "in", "insult apology", "agent mocks the anxious customer (一个感冒问八遍，您是不是有点疑神疑鬼); no apology", """
A {G}
C 你好，我又想问一下，我这个感冒发烧要不要去医院？
A 您今天已经问了好几遍了，一个感冒问八遍，您是不是有点疑神疑鬼？
C 我就是担心，烧到三十八度五了。
A 三十八度五先吃退烧药，烧超过三天再去医院。
C 好吧。
A 祝您早日康复，再见。
""")
K("doc", "in", "", "HARD NEGATIVE: 病历 upload; customer 不清楚; 您不清楚也没关系 reassurance", """
A {G}
C 你好，医生让我上传病历和检查报告，我不清楚要传哪些。
A 您不清楚也没关系，把最近一次的门诊病历、血常规和影像报告拍照上传就可以，拍清楚就行。
C 我拍了好几张，能传多少？
A 最多九张，不够的话可以分两次发给医生。
C 好的，谢谢。
A 不客气，祝您早日康复，再见。
""", hn=1, n=1)
K("doc", "in", "speech_rate", "agent drawls every sentence (about 1.6 chars/s)", """
A {G}
C 你好，我想问一下在线开的处方药多久能送到？
A 一般是下单后第二天送到。
C 偏远地区呢？
A 偏远地区要三到五天。
C 好的，知道了。
A 祝您早日康复，再见。
""", rate="slow")
K("doc", "in", "colleague", "agent disparages a platform doctor (刚毕业的，水平一般，您别信他的); apologises", """
A {G}
C 你好，我问的那个医生说我的结节要手术，我有点怕。
A 抱歉让您担心了。那个医生是刚毕业的，水平一般，您别太信他的。
C 啊？那我怎么办？
A 我帮您转给我们的主任医师再看一次，复诊免费，今天之内会回复。
C 好的，谢谢。
A 不客气，祝您早日康复，再见。
""")
K("doc", "in", "tariff filler", "follow-up consultation fee glossed (也就几十块，到时候再付) with tics in every turn", """
A {G}
C 你好，我想找上次那个医生复诊，要再付钱吗？
A 呃，那个，复诊的话，就是说要收一点。
C 多少钱？
A 呃，也就几十块，那个，到时候再付。
C 到什么时候？我是先付还是医生回复了再付？
A 就是说，您提交的时候系统会提示，呃，具体多少看医生。
C 好吧，那我先提交看看。
A 好的，祝您早日康复。
""")
K("doc", "in", "short_call", "wrong line (wants a pharmacy); polite greeting and closing; under 20 s", """
A 您好，杏林在线问诊，请问有什么可以帮您？
C 不好意思，我找药店，打错了。
A 没关系，祝您身体健康，再见。
""")
K("doc", "in", "talk_over complaint", "customer wants to complain about a doctor; agent talks over her twice; apologises and registers the complaint", """
A {G}
C 我要投诉你们平台的一个医生，他给我开的药跟我的过敏史冲突，我在问诊单里写了的。
A 非常抱歉，请问是哪位医生？
C 皮肤科的一个医生，姓什么我不记得了，就是上周三给我回复的那个，他连我写的都没看。
A> 我查到了，是上周三皮肤科的问诊，您的投诉我马上登记。
C 我吃了一天就起疹子了，后来去医院才知道是药物过敏，花了好几百块钱。
A> 实在对不起，您在医院的费用凭证发给我们，核实后我们承担，投诉处理结果三天内回复您。
C 好吧。
A 再次向您道歉，祝您早日康复，再见。
""")
K("doc", "in", "", "HARD NEGATIVE: hedged statement (医生会根据情况判断，没法保证); prescription fee stated with timing", """
A {G}
C 你好，我想在线开一点降压药，能保证开出来吗？
A 能不能开要由医生根据您的病情和用药记录判断，我这边没法保证，不好意思。复诊开药的问诊费是二十元，提交时支付；药费按处方计算，下单时支付。
C 好，我有医院的病历。
A 那您上传病历后医生会尽快审核，祝您身体健康，再见。
""", hn=1)


# ================================================================ rail-ticket agency app
K("rail", "in", "", "HARD NEGATIVE: ticket-grabbing service fee stated (每张十元，出票成功后才扣); 您不知道车次也没关系", """
A {G}
C 你好，我想用你们的抢票，回老家的票一直没有，我也不知道该选哪个车次。
A 车次您不知道也没关系，您告诉我出发地和目的地，我帮您把几个车次都勾上。
C 从杭州到信阳，二十八号。
A 好的，抢票服务费是每张十元，出票成功后才和票款一起扣，抢不到不收任何费用。
C 那就帮我抢两张。
A 已经设置好了，出票后会短信通知您，祝您回家一路平安。
""", hn=1, n=1)
K("rail", "in", "", "HARD NEGATIVE: hedged waitlist answer (要看余票，没法保证); apology for the wait", """
A {G}
C 你好，我候补了一张卧铺，能保证候补成功吗？
A 不好意思让您久等了。候补能不能成功要看有没有人退票，我们没法保证，一般发车前两天退票比较多，成功率会高一些。
C 如果没成功呢？
A 没成功的话候补的票款会在截止后原路退回，不收任何手续费。
C 好的，那我再等等。
A 好的，祝您顺利买到票，再见。
""", hn=1)
K("rail", "in", "", "HARD NEGATIVE: truly out-of-scope lost property at the station: agent explains and gives the station's number", """
A {G}
C 你好，我在火车站候车室丢了一个钱包，你们能帮我找吗？
A 很抱歉听到这个事。车站失物是由车站客运值班室负责的，我们是购票平台，没办法进站查找。这是车站失物招领的电话，零五七一八七六五四三二一，您报一下丢失的时间和位置。
C 好，我记下了。
A 另外您的车票信息我这边可以帮您出一份购票证明，方便您证明乘车时间，祝您早点找回钱包。
""", hn=1)
K("rail", "in", "silence", "unannounced ~15 s gap after the customer asks about a change fee; then a full answer and apology", """
A {G}
C 你好，我想把明天的高铁改签到后天，要手续费吗？
A 您的订单手机号是多少？
C 一八九二三四五六七零一。
~sil
A 不好意思让您久等了。明天的票改签到后天，开车前四十八小时以上改签不收手续费，您现在距离开车还有三十个小时，改签到后天的话也不收费，只是差价多退少补。
C 好，那帮我改。
A 已经改好了，新车票信息短信发您了，祝您旅途愉快，再见。
""")
K("rail", "in", "talk_over", "agent starts talking twice before the customer has finished; apologises", """
A {G}
C 你好，我帮我爸妈买了两张卧铺，但是系统给分到了两个车厢，一个在五号车厢一个在九号车厢。
A 好的，我帮您看看能不能调。
C 两个老人都七十多了，分开坐不放心，最好能在同一个包厢，下铺更好，我爸腰不好爬不了上铺。
A> 明白，我看到了，五号车厢还有两个下铺，是同一个包厢的，我现在给您改签过去，票价一样。
C 太好了，那原来那两张票的钱是不是要先退？还是直接换？我怕中间出什么问题票没了。
A> 不用担心，是直接改签，不会出现没票的情况，不好意思刚才抢话了。
C 没事没事，谢谢你。
A 不客气，祝叔叔阿姨一路平安，再见。
""", n=1)
K("rail", "in", "short_call", "a quick question about the ID needed for children; proper greeting and closing; under 20 s", """
A 您好，铁行旅途，请问有什么可以帮您？
C 小孩坐车要买票吗？
A 六岁以下免票，祝您旅途愉快。
C 好，谢谢。
""")
K("rail", "in", "greeting", "the customer has to call out (喂？有人吗) before the agent speaks; the agent's first words are not a greeting", """
C 喂？喂？有人吗？
A 在的在的，说吧，什么事？
C 你好，我买的票显示出票失败，但是钱扣了。
A 不好意思，我看一下，您是几点下的单？
C 就半个小时前。
A 查到了，出票失败的票款系统会自动退回，一般两个小时内到账，您不用再操作。
C 好的。
A 给您添麻烦了，祝您生活愉快，再见。
""")
K("rail", "in", "shirking apology hangup closing", "train delay compensation pushed to the railway bureau; agent ends the call while the customer asks for the number", """
A {G}
C 你好，我坐的那趟车晚点了三个小时，我在你们平台买的票，能不能给点补偿？
A 晚点是铁路局的事，我们平台不管，您去找铁路局。
C 我是在你们这儿买的票，因为晚点我的转机也误了，又花了八百多买了新机票，你们连个说法都没有？
A 您找铁路局吧。
C 那铁路局的电话是多少？
""", n=1)
K("rail", "in", "closing", "everything correct until the end: the agent closes with thanks only (谢谢您的来电，再见)", """
A {G}
C 你好，我想给我家老人买票，用我的账号能买吗？
A 可以的，您在乘车人里添加老人的身份证信息，核验通过后就能给他买票了。
C 核验要多久？
A 一般几分钟就好，如果老人的身份证是新换的，可能要一天。
C 好的，我试试。
A 谢谢您的来电，再见。
""")
K("rail", "in", "speech_rate", "agent reels off the refund rules at over 8 chars/s", """
A {G}
C 你好，我想退票，退票要扣多少钱？
A 开车前八天以上退票不收费，四十八小时以上八天以内收百分之五，二十四小时以上四十八小时以内收百分之十，二十四小时以内收百分之二十，退款在七个工作日内原路退回。
C 我的是后天早上的车。
A 您的车距离开车还有四十多个小时，属于二十四到四十八小时之间，收百分之十，票价二百一十五元，扣二十一块五，退一百九十三块五。
C 好的，退吧。
A 已经帮您退了，祝您生活愉快，再见。
""", rate="fast")

# ================================================================ consumer-credit app
K("credit", "in", "", "HARD NEGATIVE: instalment fee stated with rate and start (每期零点六，借款次日起计，每月八号还)", """
A {G}
C 你好，我想借五千块分十二期，利息怎么算？
A 分十二期的话，每期手续费是借款本金的百分之零点六，就是每期三十元，从借款次日开始计，每月八号还款，第一期是下个月八号。
C 提前还有违约金吗？
A 提前还款不收违约金，只收已经发生的手续费。
C 好，我想想。
A 好的，有需要随时联系我们，祝您生活愉快，再见。
""", hn=1, n=1)
K("credit", "in", "", "HARD NEGATIVE: the customer says 你这话什么意思 and 我不是要投诉; the agent explains calmly and apologises", """
A {G}
C 你好，我的额度怎么突然降了？
A 不好意思给您带来困扰，额度是系统按您近期的用卡和还款情况定期评估的。
C 你这话什么意思？我可从来没逾期过。
A 您确实没有逾期，这次调整主要是因为最近六个月借款次数比较少，系统评估时用的是使用频率。
C 我不是要投诉，就是想知道怎么恢复。
A 正常使用并按时还款，三个月后系统会重新评估，祝您生活愉快，再见。
""", hn=1)
K("credit", "in", "", "HARD NEGATIVE: agent quotes the collector's insult (你是不是脑子有病) to register it; apology; settled callback", """
A {G}
C 你好，你们的催收员今天打电话给我，我说我下周就还，他说你是不是脑子有病，借钱不还。
A 非常抱歉，这种说法是完全不允许的。我记录一下，催收员说的是“你是不是脑子有病，借钱不还”，是今天上午几点的电话？
C 十点左右。
A 好的，这条反馈会转给催收管理部门核查，处理结果两个工作日内回电告诉您。您下周还款就可以，不会影响。
C 好，谢谢。
A 再次向您道歉，祝您生活愉快，再见。
""", hn=1, n=1)
K("credit", "in", "name_ask", "loan application: the agent asks 你叫什么名字 instead of a polite ask", """
A {G}
C 你好，我想申请一个分期，买一台电脑。
A 可以，你叫什么名字？
C 我叫冯磊。
A 冯先生，您在app里提交身份证和银行卡，审核一般半个小时。电脑分十二期每期手续费百分之零点五，从放款次日开始算，每月十号还款。
C 好的，我去提交。
A 好的，祝您生活愉快，再见。
""", n=1)
K("credit", "in", "forbidden", "agent calls 喂！喂！你先听我说 at the customer mid-call; apologises later; otherwise clean", """
A {G}
C 你好，我这个月的还款日能不能往后推几天？我工资晚发了，推到二十号就行。
A 可以申请延期，但是需要……
C 推几天会不会上征信？会不会扣钱？
A 喂！喂！你先听我说完。延期七天内不上征信，也不收额外费用。
C 哦，那好。
A 不好意思刚才着急了，我已经帮您申请了，还款日延到二十号，祝您生活愉快，再见。
""")
K("credit", "in", "filler", "habitual 那个/呃/然后呢/就是说 in every agent turn", """
A {G}
C 你好，我想问一下怎么提高额度？
A 呃，那个，提额的话，就是说要看您的使用情况。
C 要怎么用？
A 呃，就是说按时还款，然后呢多用几次，那个，系统会自动评估。
C 多久评估一次？
A 那个，三个月一次，然后呢评估完了会短信通知您，祝您生活愉快，再见。
""")
K("credit", "in", "colleague", "agent calls the collection department 一帮土匪; apologises; otherwise clean", """
A {G}
C 你好，你们催收的人一天给我打了五个电话，我只是晚了一天。
A 非常抱歉，催收部那帮人就跟土匪一样，一点分寸都没有。
C 那你能不能让他们别打了？
A 我给您的账户加了免打扰标记，今天还款以后就不会再有催收电话了。
C 好的。
A 给您添麻烦了，祝您生活愉快，再见。
""")
K("credit", "in", "silence", "unannounced ~14 s of dead air after the customer asks about an early repayment; then a full answer", """
A {G}
C 你好，我想把剩下的几期一次性还清，要怎么操作？
A 嗯。
~sil
A 不好意思，刚才在看您的账单。剩下四期本金一共两千四百元，提前还清不收违约金，只收本期已经发生的十二元手续费，您在app的还款页面点全部结清就行。
C 好的，我现在就去还。
A 好的，祝您生活愉快，再见。
""", n=1)
K("credit", "in", "tariff hangup closing", "customer asks how the interest of an extension is charged; agent drops the call without answering", """
A {G}
C 你好，我想把这一期的还款延期一个月，可以吗？
A 可以，在app里申请就行，在还款页面点延期还款，选一个月，提交以后系统审核。
C 审核要多久？我这个月的还款日是后天，来不来得及？
A 一般当天就能审核完。
C 延期要另外收钱吗？
A 要收一点延期费。
C 收多少？是从哪天开始算？
""")
K("credit", "in", "greeting", "opens with 您好，哪位 (no company, no offer of help); otherwise polite", """
A 您好，哪位？
C 你好，是小满分期吗？我想查一下我的还款日。
A 是的，请问您的手机号是多少？
C 一三五零七八八二四六九。
A 您的还款日是每月十五号，这个月应还八百六十元，已经设置了自动扣款，会在十五号从您尾号三四五六的银行卡扣。
C 好的，谢谢。
A 不客气，祝您生活愉快，再见。
""")
K("credit", "in", "short_call", "a 15 s call: the customer only wants to confirm today's repayment went through", """
A 您好，小满分期，请问有什么可以帮您？
C 我刚还了款，到账了吗？
A 已经到账了，祝您生活愉快。
C 好的。
""")

# ================================================================ moving company
K("move", "in", "", "HARD NEGATIVE: booking with a polite name ask; 笨重 piano; prices stated with amount and when paid", """
A {G}
C 你好，我下周六要搬家，从三楼搬到另一个小区的六楼，有一架钢琴。
A 好的，请问您怎么称呼？
C 我姓董。
A 董先生，钢琴比较笨重，要安排四个师傅。小面包车起步价三百八十元，钢琴搬运另加五百元，新小区有电梯的话不加楼层费，搬完当场付款。
C 有电梯。那就定下周六上午。
A 给您定了下周六早上八点，师傅出发前联系您，祝您乔迁愉快。
""", hn=1, n=1)
K("move", "in", "", "HARD NEGATIVE: announced hold (帮您调一下师傅的排班，稍等) and the customer talks over the agent", """
A {G}
C 你好，我约了明天搬家，想问问能不能提前到早上七点？
A 我帮您调一下师傅的排班，请您稍等。
~hold
A 让您久等了，明天早上七点有一组师傅可以，我给您改成七点，其他都不变。
C> 那价格会变吗？早上会不会加钱？
A 价格不变，还是三百八十元起步，搬完付款。
C 好的好的。
A 那明早七点见，祝您搬家顺利。
""", hn=1)
K("move", "in", "name_ask", "moving job booked without ever asking the customer's name", """
A {G}
C 你好，我想约个搬家，就一个单间，东西不多。
A 好的，从哪儿搬到哪儿？
C 从城东的幸福里搬到城西的阳光苑，都有电梯。
A 单间的话用小面包车就够了，三百八十元起步，搬完当场付。您想约哪天？
C 这周日上午。
A 好的，周日上午九点，留个电话，师傅会提前联系您，祝您乔迁愉快。
""")
K("move", "in", "talk_over", "agent twice talks over the customer's list of items; apologises", """
A {G}
C 你好，我下个月搬家，想先问问价格，东西有点多，我先说一下有什么。
A 好的，您说。
C 一张一米八的床，一个三门的衣柜，一个冰箱，一台洗衣机，还有沙发和餐桌，书大概有十几箱。
A> 好的，这些东西用一辆厢式货车就够了，需要三个师傅。
C 还有我阳台上有十几盆花，有几盆挺大的，也要一起搬，能不能帮我小心一点。
A> 可以的，不好意思我又插话了。花我们会单独装箱，厢式货车起步价六百元，搬完当场付，花不另外收费。
C 好，那我到时候再约。
A 好的，祝您生活愉快，再见。
""")
K("move", "in", "speech_rate", "agent drawls (about 1.6 chars/s) through the whole call", """
A {G}
C 你好，你们周末搬家要加钱吗？
A 周末和工作日是一个价。
C 那晚上可以搬吗？
A 晚上八点以后要加一百元。
C 好的，我知道了。
A 祝您生活愉快，再见。
""", rate="slow", n=1)
K("move", "in", "closing", "agent ends with a bare 好嘞，拜拜 (no blessing); otherwise fine", """
A {G}
C 你好，我明天下午搬家，想确认一下师傅几点到。
A 您的订单手机号是多少？
C 一五二零一九八三六二七。
A 查到了，明天下午两点，师傅姓刘，出发前会给您打电话。
C 好的。我家的冰箱要提前断电吗？
A 要的，冰箱最好提前一天断电，把里面的东西清空，冷冻室化冻的水擦干，这样路上不会漏水。
C 明白了，那洗衣机呢？
A 洗衣机把进水管和排水管里的水放干净就行，师傅会帮您装上运输螺栓。
C 好的。
A 好嘞，拜拜。
""")
K("move", "in", "apology hangup closing", "a broken mirror after the move; agent brushes it off (行了，记下了) and drops the call on 那谁赔", """
A {G}
C 你们师傅昨天给我搬家，把我的穿衣镜弄碎了，当时也没说。
A 行了，记下了。
C 记下了是什么意思？这个镜子一千多块，是我结婚的时候买的，你们师傅搬的时候就磕在门框上了，我老公都看见了，谁来赔？
A 我们会核实。
C 核实要多久？到底谁赔？
""", n=1)
K("move", "in", "filler", "habitual 呃/那个/就是说 in every agent turn while quoting a price", """
A {G}
C 你好，我想问问长途搬家怎么收费，从成都搬到重庆。
A 呃，长途的话，那个，就是说按车型和距离算。
C 大概多少？
A 呃，一辆厢式货车的话，那个，两千八百元，就是说包括过路费。
C 什么时候付？
A 呃，那个，装车前付一半，到了付另一半，祝您生活愉快，再见。
""")
K("move", "in", "silence", "the agent says 嗯 and then leaves ~15 s of dead air before answering", """
A {G}
C 你好，我的沙发搬过来以后腿断了一条，你们能赔吗？
A 嗯。
~sil
C 喂？听得到吗？
A 听得到，不好意思。搬运中造成的损坏我们是负责的，您拍几张照片发到公众号，我们核实后按维修价赔偿，三个工作日内给您答复。
C 好的，我一会儿拍。
A 给您添麻烦了，祝您生活愉快，再见。
""")
K("move", "in", "short_call", "a 14 s call asking whether they move on holidays; proper greeting and closing", """
A 您好，顺迁搬家，请问有什么可以帮您？
C 国庆节你们搬家吗？
A 搬的，祝您节日快乐，再见。
""")

# ================================================================ photo studio
K("photo", "in", "", "HARD NEGATIVE: shoot booked with a polite name ask; package, deposit and balance stated with amounts and when paid", """
A {G}
C 你好，我想约一套全家福，周末有档期吗？
A 有的，请问您怎么称呼？
C 我姓柳。
A 柳女士，全家福套餐是一千九百九十元，预约时付五百元定金，尾款拍摄当天付，包含二十张精修。
C 好，约周六下午吧。
A 给您约了周六下午两点，祝您和家人拍照开心。
""", hn=1, n=1)
K("photo", "in", "", "HARD NEGATIVE: 傻瓜式 camera, the customer 不清楚 which package; 您不清楚也没关系; correct closing", """
A {G}
C 你好，我想给孩子拍周岁照，但是我也不清楚你们哪个套餐合适。
A 您不清楚也没关系，我给您介绍一下，一共有三个套餐，最常选的是九百九十元的，十五张精修，两套服装。
C 我家里有个傻瓜式相机，能带过去自己也拍几张吗？
A 可以的，拍摄间隙您随意拍。
C 好，我再想想哪天去。
A 好的，想好了随时联系我们，祝宝宝健康快乐。
""", hn=1)
K("photo", "in", "", "HARD NEGATIVE: a settled past complaint mentioned; greeting and closing in new wordings", """
A 上午好，时光印象摄影，我是客服小唐，请问有什么能帮您的？
C 你好，我去年在你们那儿拍婚纱照投诉过一次，后来你们给我重修了，处理得挺好的。这次想拍一套孕妇照。
A 谢谢您还信任我们。孕妇照建议在怀孕七个月左右拍，您想什么时候来？
C 下个月初吧，到时候我再约具体时间。
A 好的，到时候直接打这个电话，祝您和宝宝都平平安安。
""", hn=1)
K("photo", "in", "name_ask", "wedding shoot booked; the agent never asks the customer's name", """
A {G}
C 你好，我们想拍婚纱照，五月份有档期吗？
A 有的，五月中旬还有几天，您想哪天？
C 五月十八号。
A 好的，十八号上午给您留了，婚纱照套餐是五千九百九十元，今天付一千元定金，拍摄当天付尾款。
C 好。
A 定金链接发您手机了，祝你们拍得开心，百年好合。
""")
K("photo", "out", "greeting", "outbound: agent says 您好，我是小林 with no company name before getting to the point", """
A 您好，我是小林，您上周拍的照片修好了，您什么时候方便来选片？
C 你是哪家的？
A 不好意思，我是时光印象摄影的，您上周六来拍的全家福。
C 哦哦，选片要多长时间？要不要带什么东西？
A 选片大概一个小时，不用带东西，人来就行，如果想加洗照片或者加做相框，到时候可以现场看样品。
C 哦哦，那我周三下班过去吧。
A 好的，周三晚上七点前都可以，选片是免费的，祝您生活愉快。
""", n=1)
K("photo", "in", "colleague", "agent runs down the photographers (眼高手低) while apologising for a bad edit", """
A {G}
C 你好，我拿到照片了，修得太假了，脸都变形了。
A 非常抱歉，我们那几个修图的眼高手低，活儿干得毛毛躁躁的。
C 那能重修吗？我妈看了都说不像她，还有背景也修得一块一块的。
A 可以的，我给您安排资深修图师免费重修，您可以把想要的效果写下来发给我们，五个工作日内发给您。
C 好吧。
A 再次抱歉，祝您生活愉快，再见。
""")
K("photo", "in", "forbidden", "regional 这个我不晓得 about the delivery date of the album; apologises; otherwise fine", """
A {G}
C 你好，我的相册做好了吗？说好两周的，现在三周了。
A 不好意思让您久等了。相册啥时候能到，这个我也不晓得，工厂那边没给我们准话。
C 那你们能不能催一下？
A 可以，我今天就打电话给工厂催，明天中午前给您回电话说具体日子。
C 好。
A 给您添麻烦了，祝您生活愉快，再见。
""", n=1)
K("photo", "in", "talk_over", "agent twice cuts into the customer's description of the outfit change she wants; apologises", """
A {G}
C 你好，我约了下周六拍写真，想把其中一套衣服换成我自己带的旗袍，可以吗？
A 当然可以。
C 那个旗袍是我奶奶留下来的，有点旧了，我想拍得复古一点，背景最好也是老式的。
A> 我们有一个民国风的内景，很适合旗袍，我给您备注上。
C 还有，化妆的时候能不能也配合一下，我想要那种老照片的感觉，口红颜色深一点。
A> 没问题，不好意思我又抢话了，我会跟化妆师交代清楚，自带服装不另外收费。
C 好，谢谢。
A 不客气，祝您拍摄愉快，再见。
""", n=1)
K("photo", "in", "closing", "agent ends with a bare 行，就这样 after the customer thanks her", """
A {G}
C 你好，我想问一下底片能全部给我吗？
A 可以的，拍摄当天所有底片都会拷给您，不另外收费。
C 精修的照片什么时候能拿到？
A 选片后十个工作日左右，做好了短信通知您。
C 好的，谢谢。
A 行，就这样。
""")
K("photo", "in", "shirking apology", "album printed with the wrong photos; agent: 那是冲印厂的事，你找冲印厂; no apology", """
A {G}
C 我拿到相册了，里面有三张不是我选的照片。
A 相册是冲印厂做的，那是冲印厂的事，您找冲印厂吧。
C 我哪知道你们的冲印厂在哪？我是跟你们签的合同。
A 我们只负责拍和修，印刷是外包的。
C 那你们给我个说法啊。
A 您自己跟冲印厂说吧，电话我发给您，祝您生活愉快。
""")


# ---------------------------------------------------------------- engine
CC = opencc.OpenCC("s2t")

# (said, heard, probability per occurrence) — Whisper-base on 8 kHz phone audio
HOMO = [
    ("客服", "克服", 0.8), ("话费", "话废", 0.8), ("营业厅", "营业听", 0.8), ("神经病", "神经变", 0.9),
    ("你姓什么", "你信什么", 0.9), ("您好", "你好", 0.6), ("稍等", "烧等", 0.5), ("已经", "以经", 0.5),
    ("师傅", "师父", 0.7), ("充电", "冲电", 0.5), ("账单", "帐单", 0.6), ("押金", "压金", 0.5),
    ("滤芯", "绿芯", 0.6), ("分期", "分其", 0.4), ("利息", "利西", 0.4), ("会员", "会原", 0.4),
    ("教练", "叫练", 0.5), ("搬家", "班家", 0.4), ("宠物", "重物", 0.3), ("退款", "腿款", 0.3),
    ("预约", "预月", 0.3), ("抱歉", "报歉", 0.3), ("不好意思", "不好一思", 0.3), ("投诉", "头诉", 0.3),
    ("愉快", "余快", 0.3), ("知道", "之道", 0.3), ("那个", "那各", 0.4), ("就是说", "就是所", 0.4),
    ("这边", "这变", 0.3), ("司机", "私机", 0.4), ("门店", "门电", 0.4), ("工号", "公号", 0.5),
    ("贵姓", "跪姓", 0.4), ("称呼", "称乎", 0.4), ("保证", "包正", 0.3), ("脑子", "老子", 0.3),
    ("演唱会", "演场会", 0.5), ("售后", "收后", 0.5), ("安装", "按装", 0.4), ("滚筒", "滚同", 0.4),
]

DIG = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10000}
SINGLE_UNITS = "块|元|号|月|天|分钟|个小时|小时|年|楼|层|折|岁|公里|次|位|张|点|栋|室|期"


def cn2num(s):
    if all(ch in DIG for ch in s):
        if len(s) <= 2:
            return s  # 一两天, 三五天, 九五折: leave as said
        return "".join(str(DIG[ch]) for ch in s)
    if s[0] not in DIG and s[0] != "十":
        return s
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in DIG:
            num = DIG[ch]
        else:
            u = UNIT[ch]
            if u == 10000:
                total = (total + section + num) * 10000
                section, num = 0, 0
            else:
                section += (num or 1) * u
                num = 0
    return str(total + section + num)


def to_digits(t):
    t = re.sub("[零一二两三四五六七八九十百千万]{2,}", lambda m: cn2num(m.group(0)), t)
    t = re.sub("(?<![第一])([一二两三四五六七八九])(?=(%s))" % SINGLE_UNITS,
               lambda m: str(DIG[m.group(1)]), t)
    return t


def noisy(text, rng, trad_p):
    t = text
    for said, heard, p in HOMO:
        t = re.sub(said, lambda m: heard if rng.random() < p else m.group(0), t)
    t = to_digits(t)
    if rng.random() < trad_p:
        t = CC.convert(t)
    r = rng.random()
    if r < 0.5:
        t = PUNCT.sub("", t)
    elif r < 0.75:
        t = re.sub(r"\s+", " ", PUNCT.sub(" ", t)).strip()
    elif r < 0.9:
        t = t.rstrip("。")
    return t.strip() or text


def nchars(t):
    return len(PUNCT.sub("", t))


def announced(clean_agent_text):
    return any(w in clean_agent_text for w in ANNOUNCE)


def expand(body, ctx, rng):
    co, role = ctx["co"], ctx["role"]
    fill = dict(co=co, role=role, sur=rng.choice(SURNAMES), id=str(rng.randint(1001, 8999)))
    if "{G}" in body:
        body = body.replace("{G}", rng.choice(GREET).format(**fill))
    if "{GO}" in body:
        body = body.replace("{GO}", rng.choice(GREET_OUT).format(**fill))
    if "{B}" in body:
        body = body.replace("{B}", rng.choice(BLESS))
    return body.replace("{co}", co)


def build_call(idx, c, rng):
    industry, co, role = IND[c["ind"]]
    ctx = dict(co=co, role=role)
    turns = []
    for line in c["text"].strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line in ("~hold", "~sil"):
            turns.append((line, None, None, None))
            continue
        tag, _, body = line.partition(" ")
        assert tag in ("A", "C", "A>", "C>", "A~"), (idx, line)
        spk = "agent" if tag[0] == "A" else "customer"
        turns.append(("turn", spk, tag[1:], expand(body.strip(), ctx, rng)))
    agent_base = rng.uniform(3.4, 4.5)
    cust_base = rng.uniform(3.1, 4.6)
    trad_p = rng.choice([0.9, 0.9, 0.85, 0.6]) if c["noise"] else 0.0
    segs, clean = [], []
    pending = None
    maxend = 0.0
    for kind, spk, mode, body in turns:
        if kind == "~hold":
            pending = rng.uniform(9.3, 13.8)
            continue
        if kind == "~sil":
            pending = rng.uniform(13.3, 16.7)
            continue
        n = nchars(body)
        if spk == "agent":
            if c["rate"] == "fast" and n >= 6:
                r = rng.uniform(8.3, 9.2)
            elif c["rate"] == "slow" and n >= 6:
                r = rng.uniform(1.52, 1.70)
            else:
                r = min(5.8, max(3.2, agent_base + rng.uniform(-0.4, 0.4)))
        else:
            r = cust_base + rng.uniform(-0.5, 0.5)
        dur = max(0.5, n / r)
        if not segs:
            start = rng.uniform(0.3, 1.3) if spk == "agent" else rng.uniform(0.2, 0.5)
        elif pending is not None:
            start = maxend + pending
            pending = None
        elif mode == ">":
            prev = segs[-1]
            assert prev["speaker"] != spk and prev["end"] - prev["start"] >= 3.0, (idx, body)
            start = prev["end"] - rng.uniform(1.65, 2.15)
            assert spk == "customer" or dur > 2.8, (idx, body)
        elif mode == "~":
            prev = segs[-1]
            assert prev["speaker"] == "customer"
            start = prev["end"] - rng.uniform(0.1, 0.25)
        else:
            same = segs[-1]["speaker"] == spk
            start = maxend + (rng.uniform(0.4, 1.2) if same else rng.uniform(0.6, 2.3))
        end = start + dur
        text = noisy(body, rng, trad_p) if c["noise"] else body
        segs.append(dict(speaker=spk, start=round(start, 2), end=round(end, 2), text=text))
        clean.append(body)
        maxend = max(maxend, end)
    duration = round(maxend + rng.uniform(0.4, 1.1), 2)
    return industry, co, segs, clean, duration


def timing_labels(cid, segs, clean, duration, hand):
    """Recompute the four timing families and check the gap between positives and negatives."""
    got = set()
    if duration < 20:
        got.add("short_call")
        assert duration <= 18, (cid, duration)
    else:
        assert duration >= 30, (cid, duration)
    maxend = segs[0]["end"]
    last_agent = clean[0] if segs[0]["speaker"] == "agent" else ""
    for i in range(1, len(segs)):
        gap = segs[i]["start"] - maxend
        if gap >= 10:
            if announced(last_agent):
                assert gap <= 15, (cid, "hold too long", gap)
            else:
                got.add("silence")
                assert 12 <= gap <= 20, (cid, gap)
        else:
            assert gap <= 4 or announced(last_agent), (cid, "gap", gap)
        if segs[i]["speaker"] == "agent":
            last_agent = clean[i]
        maxend = max(maxend, segs[i]["end"])
    overs = []
    for a in segs:
        if a["speaker"] != "agent":
            continue
        for cs in segs:
            if cs["speaker"] == "customer" and cs["start"] < a["start"] < cs["end"]:
                overs.append(cs["end"] - a["start"])
    big = [o for o in overs if o >= 1.0]
    if big:
        got.add("talk_over")
        assert len(big) >= 2 and all(1.4 <= o <= 2.3 for o in big), (cid, big)
    assert all(o <= 0.3 or o >= 1.4 for o in overs), (cid, overs)
    rates = [nchars(s["text"]) / (s["end"] - s["start"]) for s in segs
             if s["speaker"] == "agent" and nchars(s["text"]) >= 6]
    if rates:
        mean = sum(rates) / len(rates)
        if mean >= 7.5 or mean <= 2.0:
            got.add("speech_rate")
            assert all(r >= 7.9 for r in rates) or all(r <= 1.8 for r in rates), (cid, rates)
        else:
            assert all(3.0 <= r <= 6.3 for r in rates), (cid, rates)
    assert got == set(hand) & TIMING, (cid, sorted(got), hand)


RX_FORB = re.compile("不知道|不清楚|不明白|不晓得|搞不懂|谁知道|什么意思|啥意思|再打来|再来电")
RX_INS = re.compile("神经|脑子|有病|滚|傻|笨|死|蠢|听不懂|记性|毛病")
RX_PROM = re.compile("保证|百分之百|绝对|包您|打包票|担保|拍胸脯|肯定能|一定能")
RX_COMP = re.compile("投诉|12315|12345|消协|领导|主管|经理|曝光|监管")
RX_APOL = re.compile("抱歉|对不起|不好意思|添麻烦|过意不去|久等")
RX_BLESS = re.compile("祝|愉快|顺利|平安|康复|舒心|开心")
RX_GREET = re.compile("^(您好|早上好|上午好|中午好|下午好|晚上好)")
RX_TIC = re.compile("呃|那个，|这个，|就是说|然后呢|那啥|完了，|对吧对吧|是吧是吧|啊，")
RX_RUDE_NAME = re.compile("你姓什么|叫什么名字|名字报一下|你是谁|叫啥")


def text_checks(cid, c, segs, clean, co):
    lab = set(c["labels"])
    agent = [t for s, t in zip(segs, clean) if s["speaker"] == "agent"]
    cust = [t for s, t in zip(segs, clean) if s["speaker"] == "customer"]
    a_all, c_all = "".join(agent), "".join(cust)
    hn = c["hn"]
    assert lab <= FAMILIES, (cid, lab)
    assert not (hn and lab), cid
    # hangup is read from the transcript
    last_c = segs[-1]["speaker"] == "customer"
    ends_q = last_c and (clean[-1].endswith("？") or "喂" in clean[-1])
    assert ("hangup" in lab) == ends_q, (cid, "hangup", clean[-1])
    if "hangup" in lab:
        assert "closing" in lab, cid
    # closing: blessing in the agent's last turn
    last_a = agent[-1] if agent else ""
    if "closing" in lab:
        assert not RX_BLESS.search(last_a), (cid, last_a)
    else:
        assert RX_BLESS.search(last_a), (cid, "no blessing", last_a)
    # greeting
    if "greeting" not in lab:
        first = agent[0]
        assert RX_GREET.search(first) and co[:2] in first, (cid, first)
        if segs[0]["speaker"] == "customer":
            assert hn and clean[0].rstrip("？?") in ("喂", "喂喂"), cid
    if "apology" in lab:
        assert not RX_APOL.search(a_all), (cid, "apology word present")
    if "forbidden" not in lab and RX_FORB.search(a_all):
        assert hn, (cid, "forbidden word", RX_FORB.search(a_all).group(0))
    if "insult" not in lab and RX_INS.search(a_all):
        assert hn, (cid, "insult-like word", RX_INS.search(a_all).group(0))
    if "overpromise" not in lab and RX_PROM.search(a_all):
        assert hn, (cid, "promise word", RX_PROM.search(a_all).group(0))
    if "complaint" not in lab and RX_COMP.search(c_all):
        assert hn, (cid, "complaint word", RX_COMP.search(c_all).group(0))
    if "complaint" in lab:
        assert RX_COMP.search(c_all), cid
    tics = [len(RX_TIC.findall(t)) for t in agent]
    if "filler" in lab:
        assert sum(tics) >= 6 and sum(1 for x in tics if x) >= 3, (cid, tics)
    else:
        assert sum(tics) <= 2, (cid, "tics", tics)
    if RX_RUDE_NAME.search(a_all):
        assert "name_ask" in lab, cid


def main():
    rng = random.Random(SEED)
    order = list(range(len(CALLS)))
    rng.shuffle(order)
    rows, failed = [], []
    for k, i in enumerate(order, 1):
        c = CALLS[i]
        cid = "H-%03d" % k
        crng = random.Random(SEED * 1000 + i)  # per call: editing one call leaves the others alone
        industry, co, segs, clean, duration = build_call(cid, c, crng)
        try:
            timing_labels(cid, segs, clean, duration, c["labels"])
            text_checks(cid, c, segs, clean, co)
        except AssertionError as e:
            failed.append((cid, c["ind"], c["note"][:50], str(e)[:160]))
        rows.append(dict(call_id=cid, labels=c["labels"], note=c["note"], noise=c["noise"],
                         duration=duration,
                         metadata=dict(writer="H", industry=industry, company=co,
                                       direction=c["direction"], hard_negative=c["hn"],
                                       language="zh", sample_rate=8000),
                         segments=segs))
    for f in failed:
        print("FAILED", *f)
    assert not failed, "%d calls fail the checks" % len(failed)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for r in rows:
        for l in r["labels"]:
            counts[l] = counts.get(l, 0) + 1
    print(len(rows), "calls ->", OUT)
    for fam in sorted(counts, key=lambda x: -counts[x]):
        print("  %-12s %d" % (fam, counts[fam]))
    print("  multi-label", sum(1 for r in rows if len(r["labels"]) >= 2),
          " no labels", sum(1 for r in rows if not r["labels"]),
          " hard negatives", sum(1 for r in rows if r["metadata"]["hard_negative"]),
          " noisy", sum(1 for r in rows if r["noise"]),
          " duration range", min(r["duration"] for r in rows), max(r["duration"] for r in rows))
    sr = [r for r in rows if "speech_rate" in r["labels"]]
    print("  industries", sorted({r["metadata"]["industry"] for r in rows}))


if __name__ == "__main__":
    main()
