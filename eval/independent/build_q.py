"""Independent labelled call set Q (eval/independent/tune_q.jsonl; first named heldout_q.jsonl, held out
until its blind figures were recorded, then renamed as round 17 of rule work began) — now a TUNING set.

Written by writer Q on 2026-12-16 from DOMAIN.md, the seed articles in shared/seeds/,
eval/independent/README.md, the first 120 lines of build_p.py (label policy and data format), one
line of heldout_p.jsonl (format only) and the LabelledCall dataclass / load_labelled function of
eval/evaluate.py (format only).  No rule code, rulebook, tests, docs or other sets were read, and the
rule engine was never run on this file (only eval.evaluate.load_labelled, to check that it loads).
Run:
    .venv/bin/python eval/independent/build_q.py

Deterministic (SEED=20261216).  The dialogues are hand-written data in the CALLS strings below
(writer Q's own; nothing copied from another writer).  random.Random is used only for segment timing,
the order of the calls, the choice of the noisy calls, the rotation among correct greeting / blessing
wordings ({G} / {B}) and the ASR-style noise.  Each call's timing and noise come from its own
generator, seeded from SEED and the block's position.

Noise ("noise": true, a quarter of the calls, chosen by the seeded generator): the clean text as
Whisper base plausibly hears 8 kHz phone audio — writer Q's own homophone list (each occurrence
swapped with probability 0.5), runs of Chinese numerals as Arabic digits (three or more bare digits
digit by digit, a number with units by value: 一百五 -> 150, 三万八 -> 38000), punctuation per segment
dropped, turned into spaces or kept, Traditional script (OpenCC s2tw, one segment in five s2t), and
about one converted character in ten left simplified.  Labels are those of the clean speech.

Twenty industries none of writers A-P used (checked against the README): a bowling alley, a tyre shop,
luxury-goods consignment and authentication, a scenic-area cable car, a vehicle annual-inspection
agency (年检代办), a lighting store, a mattress maker, a TCM decoction service (中药代煎), an internet cafe
(网咖), a hotpot restaurant's booking line, children's party planning, an ice rink, a VR arcade, a
milk-tea franchise office, a jewellery store's after-sales, high-rise facade cleaning, an organic
vegetable-box subscription, sewing-machine after-sales, a model/figure (手办) shop, blood-pressure
monitor after-sales.  All company names are invented.

Data format (writer Q's own): a block starts "# industry / in|out / labels|- / flags|- / note"; then
one turn a line: "A " agent, "C " customer; "A^" the agent starts 1.6-2.1 s before the customer's turn
ends (talk-over); "A." the agent starts 0.12-0.25 s before it ends (backchannel, negative); "C^" the
customer starts 0.9-1.4 s before the agent's turn ends (negative); "-- hold" an announced hold of
10.4-11.8 s (the agent's turn just before announces it: 稍等 / 查 / 转接); "-- gap" an unannounced gap of
13.6-15.8 s.  Flags: hn (hard negative, no labels), fast / slow (agent speech rate), short (a call under
18 s), badline (the customer's 喂 0.2-0.5 s in, answered at once by the full greeting), late (the
customer has to speak first).  {G} a correct inbound greeting, {B} a correct blessing (both rotated),
{co} the company, {ag} the agent.

LABEL POLICY — writer P's policy (writer O's, i.e. L's text plus the M:, N:, O: and P: readings, as
printed in the first 120 lines of build_p.py), adopted unchanged.  Labels describe what was SAID.
greeting: agent first, 您好 (早上好/下午好) + company + offer of help; outbound 您好 + company + who + why;
  positive for a 喂 opening, company or offer missing, or the customer having to speak first; a bad-line
  喂 answered at once is negative.  closing: a 祝福语 in the agent's final turn(s); thanks only, bare
  再见/就这样/挂了, a brush-off or a dropped call is positive; every hangup is also closing.  forbidden:
  the agent's own 不知道/不清楚/不明白 refusal, 你这话什么意思, 那你想好了再打来吧 and variants, 喂 at the
  customer mid-call; not about the customer / a third party / reassurance / a polite 不知道您…吗; not
  the customer's words; not an insult-only call.  insult: the agent insults, mocks, attacks or sends the
  customer away; reported insults, the customer's insults and innocent words are negative; a brush-off
  that closes an insult is insult + closing, never forbidden.  filler: >= 6 tics over >= 3 agent turns.
  tariff: a fee comes up and the agent does not state both amount and moment.  name_ask: impolite ask,
  or a new order/booking with no polite ask.  apology: a company-side fault or a customer plainly
  unhappy in words (an insulted customer's protest included) and no apology.  shirking / overpromise /
  colleague / complaint as writers L-P.
Timing, recomputed from the generated segments and asserted against the hand labels, on clean and
noisy text: short_call < 20 s (positives < 18 s, all others >= 30 s); silence an unannounced gap >= 10 s
(announced holds <= 12 s negative; other gaps <= 4 s); talk_over the agent starting >= 1.0 s before the
customer's segment ends (positives twice a call; negatives <= 0.3 s); speech_rate the agent's mean rate
over turns of >= 6 characters >= 7.5 or <= 2.0 chars/s (positives 8.6-9.2 / 1.55-1.75; negatives keep
every such turn within 3.0-6.3); hangup read from the transcript: it ends on the customer's unanswered
question (never a fee question), and is also closing.

Q: a dialect insult (Shanghainese 侬脑子瓦特了, Northeastern 你这人咋这么虎) is `insult`, as P read 你脑壳有包哦.
Q: a customer whose question the agent leaves unanswered when the call ends (hangup) and who had
   complained of a company-side fault adds `apology`; a hangup after a neutral question does not.
Q: a brush-off that ends an insult and tells the customer to call back (攒够了再说吧) is insult +
   closing, not forbidden (P's reading of brush-offs).
Q: the agent's 不知道 inside an insult (我真不知道您平时是怎么过日子的) belongs to the insult; the call is
   not also `forbidden`.
Q: a hold with 请您稍等 before a transfer to a colleague is announced; the colleague who picks up is
   the agent of the rest of the call (one agent channel) and closes it.
Q: an outbound call that gives the company but no reason before the customer must ask is
   `greeting`; a short call that is otherwise complete carries `short_call` only.
Q: 笨鸡蛋 (free-range eggs), 猪脑花 (a hotpot dish), 傻瓜式安装, 死角, 角色死了/复活, 老毛病 of a machine,
   滚 of a ball are innocent words (hard negatives).
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import opencc

SEED = 20261216
OUT = Path(__file__).resolve().parent / "tune_q.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask",
            "apology", "shirking", "overpromise", "colleague", "complaint",
            "silence", "talk_over", "speech_rate", "short_call", "hangup")
TIMING = ("silence", "talk_over", "speech_rate", "short_call", "hangup")

INDUSTRIES = {
    "bowl": ("bowling alley", "星击保龄球馆", "小星"),
    "tire": ("tyre shop", "途稳轮胎", "小途"),
    "lux": ("luxury consignment and authentication", "臻品寄卖", "小臻"),
    "cable": ("scenic-area cable car", "云岭索道", "小岭"),
    "check": ("vehicle annual-inspection agency", "车检通", "小检"),
    "lamp": ("lighting store", "明光灯饰", "小光"),
    "bed": ("mattress maker", "眠享床垫", "小眠"),
    "tcm": ("TCM decoction service", "百草代煎", "小草"),
    "netc": ("internet cafe", "极速网咖", "小极"),
    "hotpot": ("hotpot restaurant booking line", "老渝记火锅", "小渝"),
    "party": ("children's party planning", "童乐派对", "小乐"),
    "ice": ("ice rink", "冰点滑冰场", "小冰"),
    "vr": ("VR arcade", "幻境VR体验馆", "小幻"),
    "tea": ("milk-tea franchise office", "茶语时光加盟中心", "小语"),
    "jewel": ("jewellery store after-sales", "金缘珠宝", "小缘"),
    "facade": ("high-rise facade cleaning", "攀峰外墙清洗", "小峰"),
    "veg": ("organic vegetable-box subscription", "田园鲜蔬", "小田"),
    "sew": ("sewing-machine after-sales", "巧手缝纫机", "小巧"),
    "model": ("model and figure shop", "模王手办", "小模"),
    "bp": ("blood-pressure monitor after-sales", "康宁血压计", "小康"),
}

GREETINGS = (
    "您好，{co}，请问有什么可以帮您？",
    "您好，欢迎致电{co}，我是客服{ag}，请问有什么能帮到您？",
    "您好，{co}客服中心，工号{num}为您服务，请问您需要咨询什么？",
    "下午好，这里是{co}，请问您有什么需要？",
    "您好，{co}，我是{ag}，请问今天有什么能为您效劳的？",
    "早上好，{co}客服{ag}，请问您遇到什么问题了？",
    "您好，这里是{co}，很高兴为您服务，请问您想了解些什么？",
)
BLESSINGS = (
    "祝您生活愉快，再见。",
    "感谢您的来电，祝您一切顺利，再见。",
    "祝您身体健康，万事如意，再见。",
    "祝您周末愉快，拜拜。",
    "感谢您的耐心，祝您心想事成，再见。",
    "祝您工作顺利，天天开心，再见。",
    "感谢您的支持，祝您阖家幸福，再见。",
)

CALLS = """
# bowl / in / insult,apology,closing / - / booking time changed; agent asks whether the customer's ears are for show, ends 就这样
A {G}
C 我想订个周六下午的球道，四个人。
A 周六下午几点？
C 三点吧，三点到五点。
A 三点到五点，四位是吧？请问您怎么称呼？
C 姓侯。哎不对，我刚才说错了，是两点到四点。
A 我刚才重复了两遍三点到五点，您听见没有？您这耳朵是摆设吗？
C 你怎么这么说话呢？我就是改个时间。
A 改好了，两点。还有事没？没有就这样。

# bowl / in / - / hn / ball rolls left (滚), lane re-oiled, free coaching, apology for the lane
A {G}
C 我昨天在你们那儿打球，三号道的球老往左边滚，是不是道没弄平？
A 不好意思给您添麻烦了。三号道昨天确实有客人反映过，球道油面不太均匀，今天早上已经重新上油了。
C 哦，那我以为是我自己手法的问题呢。
A 也有一部分是出手角度的原因，球滚到一半拐进边沟，这在新手里很常见，不是您的问题。下次可以安排教练免费给您指导十分钟。
C 免费的啊？那挺好。
A 对，指导不收费，您来前台说一声就行。
C 好嘞。
A 感谢您的反馈，祝您下次打出全中，再见。

# tire / in / insult,apology / - / nail puncture blamed on the customer's driving and thick skin
A {G}
C 我上周在你们店换的轮胎，今天就扎了个钉子，瘪了。
A 钉子扎的那是路上的事，跟轮胎质量没关系。
C 可我才开了三百公里啊。
A 自己开车不看路，往工地里钻，扎了还好意思打电话来找我们，您这脸皮也是够厚的。
C 你这是什么态度？我就问问能不能补。
A 补胎到店三十块，当场补完当场付。
C 行吧。
A {B}

# tire / in / tariff / - / price of four tyres and fitting glossed (活动价, 看情况)
A {G}
C 我想问一下，换四条十七寸的轮胎，大概多少钱？
A 十七寸的我们有好几个品牌，现在店里在做活动，价格很实惠的。
C 实惠是多少？给个数嘛。
A 具体的您到店让师傅看了车再说，反正比外面便宜。
C 那装好以后还要另外收安装费吗？
A 安装费看情况，有时候收有时候不收。
C 行吧，那我周末过去看看。
A 好的，感谢您的来电，祝您周末愉快，再见。

# tire / out / - / hn / outbound follow-up after wheel alignment; free seasonal check stated
A 您好，我是途稳轮胎的客服小途，您上周在我们店做了四轮定位，今天给您做个回访，请问现在方便说两句吗？
C 方便，你说。
A 请问做完定位之后方向盘还跑偏吗？
C 不跑了，挺好的。
A 那就好。另外提醒您，您的会员卡里还有一次换季检查，有效期到下个月三十号，到店直接用，不另外收费。
C 好的，知道了。
A 感谢您的配合，祝您行车平安，再见。

# lux / in / insult,apology,closing / - / sarcastic 您可真是行家 about a fake bag, brush-off 爱信不信
A {G}
C 你们鉴定说我那个包是假的，我不服，我是在专柜买的。
A 我们鉴定师出的结论都是有依据的，报告上写得很清楚。
C 可我有小票啊，你们是不是看错了？
A 哟，您可真是行家，鉴定师干了十几年都没您懂。您这么厉害，自己鉴定去呗，找我们干嘛。
C 你阴阳怪气什么呢？
A 爱信不信，就这样。

# lux / in / tariff / - / consignment commission 一点点, 卖出去再说
A {G}
C 我想把一块表放你们那儿寄卖，你们怎么收费？
A 寄卖的话我们收一点点佣金，不多的。
C 一点点是多少？什么时候扣？
A 这个您放心，比别家都低，卖出去再说。
C 那行，我先拿过去看看。
A 好的，请问您怎么称呼？
C 姓钟。
A 钟女士，您直接到门店就行，带上表和购买凭证。{B}

# lux / in / - / hn / consignment commission and authentication fee stated with amount and moment
A {G}
C 你好，我想问寄卖的费用是怎么算的？
A 寄卖佣金是成交价的百分之十五，商品卖出以后从货款里直接扣除，卖出之前不收任何费用。
C 那鉴定要钱吗？
A 鉴定费两百元，送检当天付；如果后面在我们这儿寄卖成交，这两百元在结算时退给您。
C 明白了，那卖掉以后多久能拿到钱？
A 成交后七个工作日内打到您的银行卡上。
C 好的，谢谢。
A 不客气，感谢您的信任，祝您一切顺利，再见。

# cable / in / overpromise / - / sea of clouds 保证 / 百分之百 / 绝对不会白跑
A {G}
C 我们下周二想去坐索道看云海，那天能看到吗？
A 能看到，下周二保证有云海，百分之百的，您放心来。
C 真的假的？天气预报说可能下雨。
A 下完雨云海更漂亮，绝对不会让您白跑一趟。
C 那要是没看到能退票吗？
A 索道往返票每人一百二十元，下单时支付，当天没使用可以全额退，使用了就不退了。
C 好吧，那我们订四张。
A 好的，请问您怎么称呼？
C 我姓万。
A 万先生，您在小程序上下单就可以。祝您旅途愉快，再见。

# cable / in / - / hn / sunrise hedged (没办法保证), early ticket fee stated
A {G}
C 请问这周末山上能看到日出吗？
A 日出要看当天的天气，我们没办法保证一定能看到。一般晴天的话，坐早上第一班五点四十的索道上去，赶上的可能性比较大。
C 第一班票多少钱？
A 早班往返票一百五十元一位，线上购票时支付，当天不上山可以免费退。
C 那山顶冷不冷？
A 山顶比山下低七八度，建议您带件厚外套。
C 好的，谢谢你。
A 不客气，感谢您的来电，祝您看到最美的日出，再见。

# cable / in / silence / - / unannounced gap after the age rule; customer calls out, answered
A {G}
C 我想问一下，老人坐索道有年龄限制吗？
A 七十岁以上需要家属陪同。
-- gap
C 喂？还在吗？
A 在的。七十岁以上的老人需要家属陪同乘坐，八十岁以上不建议乘坐。
C 好，我爸七十二，我陪着他去。
A 好的，老人家凭身份证可以享受半价优惠。
C 半价是多少钱？
A 往返票原价一百二十元，老人半价六十元，在售票窗口购票时付。
C 行，谢谢。
A 不客气，祝您和老人家游玩愉快，再见。

# check / out / greeting / - / outbound opened 喂，是孔先生吗 then company; fees stated
A 喂，是孔先生吗？我这边车检通的，您那台车年检快到期了。
C 对，是我。什么时候到期？
A 下个月十五号。我们可以上门取车代办年检，代办费一百八十元，办完交车时付。
C 检测费另算吗？
A 检测费是检测站收的，小型车一百六十元，当场由我们垫付，交车时和代办费一起结算。
C 行，那你帮我约一下。
A 好的，给您约下周三上午九点上门取车，请您准备好行驶证和交强险保单。
C 好。
A 感谢您的支持，祝您用车顺心，再见。

# check / in / shirking / - / violation found at inspection; sorry, then 您去问交警吧 / 打门店电话吧
A {G}
C 我上周让你们代办的年检，检测站说我有违章没处理，办不了，这怎么弄？
A 不好意思，违章的事我们这边管不了，您得自己去交警队处理。
C 那你们接单的时候为什么不提前查一下？
A 违章这块您去问交警吧，跟我们没关系，处理完了再说。
C 那我付的代办费怎么办？
A 那个您得问门店，您直接打门店电话吧。
C 行吧。
A 感谢来电，祝您生活愉快，再见。

# lamp / in / insult,apology / - / Northeastern 你这人咋这么虎 after a bulb fitted the wrong way
A {G}
C 我买的吊灯装上以后不亮，你们是不是发了个坏的？
A 您灯泡拧到底没？
C 拧了啊，拧得紧紧的。
A 那您看看灯座的卡口是不是装反了？装反了肯定不亮。
C 哦……好像是装反了。
A 你这人咋这么虎呢，灯泡装反了还赖我们发坏货，白耽误工夫。
C 你说谁虎呢？我不懂问问还不行啊？
A 行行行，装正了就亮了。{B}

# lamp / in / - / hn / 傻瓜式安装 and 死角 of a living room; spotlight price and moment
A {G}
C 我家客厅有个角落老是暗，想装个射灯，你们那个射灯我自己能装吗？
A 可以的，这款射灯是傻瓜式安装，卡扣一按就固定了，不用打孔。
C 那能照到角落里吗？
A 可以调角度，最大能转三十度，照客厅的死角完全没问题。
C 多少钱一个？
A 八十九元一个，下单时付款，三个以上包邮。
C 那我买四个。
A 好的，请问您怎么称呼？
C 姓白。
A 白女士，链接已经发到您手机上了，您直接下单就行。感谢您的支持，祝您家里亮亮堂堂，再见。

# lamp / in / filler / - / 嗯/那个/就是/然后/这个 through three turns; desk lamp sold with price and moment
A {G}
C 我想问问你们那个护眼台灯，孩子写作业用的，哪款好？
A 嗯，那个，就是我们有两款，然后一款是充电的，一款是插电的。
C 充电的能用多久？
A 这个，充满的话就是大概能用六个小时，然后那个亮度可以调。
C 插电的呢？
A 插电的那个就是，嗯，亮度更稳一点，然后价格是一百九十九，下单的时候付。
C 那我要插电的吧。
A 好的，请问您怎么称呼？
C 姓林。
A 林先生，链接发您了。祝您孩子学习进步，再见。

# bed / in / insult,apology / - / sagging mattress blamed on the customer's weight 就您这身板
A {G}
C 我买的床垫才半年，中间就塌下去一块了。
A 您体重多少？
C 一百九十斤左右。
A 那就对了，就您这身板，睡啥床垫都得塌，您该先减减肥再来找我们。
C 你这说的什么话？床垫质量不好你还怪我胖？
A 质保是有的，您拍个照片发给我们，我们安排师傅上门看。
C 行，我拍。
A 收到照片后三个工作日内联系您。{B}

# bed / out / tariff / - / outbound: free mite-removal renewal glossed 现在是免费期 / 不贵的
A 您好，我是眠享床垫的客服小眠，您买床垫时送的除螨服务快到期了，打电话跟您说一下续费的事。
C 续费要多少钱？
A 现在还是免费期，您先用着，到期了系统会自动续上，很方便的。
C 自动续？那到时候扣多少？
A 不贵的，到时候会有短信通知您。
C 那好吧。
A 感谢您的配合，祝您天天好梦，再见。

# bed / in / - / hn / courier's 你自己没长手啊 reported and read back, 我也不是要投诉
A {G}
C 我跟你们反映个事，昨天送床垫的师傅态度太差了。
A 非常抱歉给您带来不好的体验，您能具体说一下是什么情况吗？
C 我就让他帮忙把旧床垫挪一下，他说“你自己没长手啊”。
A 明白，您是说送货师傅当时说了“你自己没长手啊”这句话，对吗？我这边如实记录下来。
C 对。我也不是要投诉，就是想让你们跟他说说。
A 好的，这条反馈我会转给配送主管，让他们提醒师傅，再次向您道歉。
C 行。
A 感谢您的反馈，祝您生活愉快，再见。

# tcm / in / insult,apology,closing / - / memory mocked 金鱼都比您强, ends 挂了啊
A {G}
C 我想问一下我那个药是饭前喝还是饭后喝？
A 上礼拜送药的时候不是跟您说过了吗？饭后半小时。
C 我忘了嘛，年纪大了。
A 您这记性，金鱼都比您强，一礼拜前说的事就忘干净了，下回拿笔记着。
C 你这小姑娘怎么这么说话？
A 饭后半小时，记住了吧？挂了啊。

# tcm / in / - / hn / the customer 不知道 the herb's name; 您不知道也不要紧; decoction fee stated
A {G}
C 我拿了方子想让你们代煎，可是我不知道方子上写的这个药名是什么字，看不清。
A 没关系，您不知道药名也不要紧，您把方子拍照发过来，我们药师会核对。
C 好，那代煎怎么收费？
A 代煎每剂三元，配送费十元一次，药煎好送到的时候一起付。
C 多久能送到？
A 一般当天下午煎好，第二天上午送到。
C 好的。
A 请问您怎么称呼？
C 我姓丁。
A 丁阿姨，您拍好方子发给我们就行。感谢您的耐心，祝您早日康复，再见。

# tcm / in / apology / - / wrong patient's medicine delivered; fixed but no apology
A {G}
C 你们昨天给我送来的药不是我的，袋子上写的是别人的名字。
A 您的订单号报一下。
C 二零二六一二零八三三。
A 查到了，是配送员把两家的药装错了。
C 那我已经喝了一袋了怎么办？会不会有问题啊？我现在很担心。
A 先不要再喝了，我马上让药师给您回电话，您的药今天下午重新送过去。
C 这也太不靠谱了。
A 药师十分钟内联系您。{B}

# netc / in / hangup,closing,apology / - / top-up paid to the drinks code; refund question left unanswered
A {G}
C 我在你们网咖前台扫码充了两百，怎么会员卡里还是零？
A 您扫的是哪个码？
C 就前台那个绿色的码啊，付款记录都有。
A 那个码是饮料的收款码，不是充值码。
C 那怎么办？我两百块钱白付了？你们能不能帮我转到会员卡里？

# netc / in / forbidden / - / 不清楚 / 这个我真不知道 about overnight start time
A {G}
C 你们包夜是几点开始算？
A 不清楚。
C 哦，那包夜多少钱呢？
A 包夜六十元，上机的时候付。
C 是晚上十点以后吗？
A 这个我真不知道，反正系统里没写。
C 行吧。
A 感谢您的来电，祝您玩得开心，再见。

# netc / in / - / hn / customer calls the cafe 破网咖 / 垃圾; agent apologises and compensates
A {G}
C 你们这什么破网咖，网卡得跟幻灯片似的，垃圾！
A 非常抱歉影响您玩游戏了。请问您在哪家门店、几号机？
C 人民路店，五十二号。
A 人民路店今晚有线路在检修，我马上通知店长给您换到专线的机位，再送您两小时上机时长。
C 这还差不多。
A 再次向您道歉，感谢您的理解，祝您游戏愉快，再见。

# hotpot / in / name_ask / - / 你叫什么名字 / 全名呢 for a private room
A {G}
C 我想订周五晚上六点的包间，十个人。
A 可以，你叫什么名字？
C 我姓龚。
A 全名呢？
C 龚晓燕。
A 电话就是这个号吧？
C 对。
A 好的，周五晚上六点十人包间，包间没有最低消费，到店点餐就行。祝您用餐愉快，再见。

# hotpot / in / - / hn / 猪脑花 and 毛肚; announced hold; polite name ask
A {G}
C 你们家有没有脑花？我朋友说你们家的脑花特别好。
A 有的，我们的招牌猪脑花每天现送，很多客人专门来吃。
C 那毛肚呢？
A 毛肚也有，鲜毛肚涮十五秒就可以吃。
C 今晚七点还有位吗？四个人。
A 请您稍等，我帮您查一下。
-- hold
A 让您久等了，七点还有一张四人桌，给您留着。请问您怎么称呼？
C 我姓彭。
A 彭先生，座位给您保留到七点十五分。感谢您的耐心等待，祝您用餐愉快，再见。

# hotpot / in / complaint / - / food poisoning, 市场监管局投诉; agent apologises and registers
A {G}
C 我在你们家吃完火锅，半夜上吐下泻，现在在医院挂水。
A 非常抱歉，听到这个消息很担心您，请问您是哪天在哪家店用餐的？
C 昨晚在东门店。我要去市场监管局投诉你们，食品安全出问题了。
A 理解您的心情，我这边马上登记，让东门店店长和食品安全负责人今天之内联系您，医疗费用我们会尽快核实。
C 你们最好快点。
A 好的，再次向您道歉，请您先好好休息，祝您早日康复。

# party / in / insult,apology,closing / - / haggling parent mocked 您家孩子摊上您也是够倒霉的, 爱办不办
A {G}
C 我想给孩子办个生日会，十个小朋友左右，最便宜的套餐多少钱？
A 最便宜的一千八百八，定金五百下单时付，尾款活动当天付。
C 能不能便宜点，一千五行不行？
A 孩子办个生日会都要砍价，您家孩子摊上您也是够倒霉的。
C 你说什么？有你这么说话的吗？
A 就这价，爱办不办。

# party / out / greeting / - / outbound callback gives only 我是小乐, never the company even when asked
A 您好，我是小乐，您上周咨询的宝宝周岁宴布置，我给您回个电话。
C 哦哦，你是哪家来着？
A 就是您在网上留言的那家。我们的周岁宴布置套餐两千六百元，含气球墙和背景板，预约时付定金八百元，活动当天付余款。
C 那能上门布置吗？
A 可以的，上门布置不另外收费，活动前两小时到场。
C 好，那我考虑一下。
A 好的，考虑好了随时联系我，祝宝宝健康快乐，再见。

# party / in / overpromise / - / outdoor party 保证不下雨 / 绝对没问题
A {G}
C 我们想在公园草坪上办户外生日会，那天要是下雨怎么办？
A 放心，那天保证不下雨，包您办得顺顺利利。
C 你们还能管天气？
A 我们做了几百场户外了，从来没碰上下雨，绝对没问题。
C 那好吧，户外套餐多少钱？
A 户外套餐三千二百元，下单付定金一千元，尾款活动结束后付。
C 行，那怎么预订？
A 我给您发个预订链接。请问您怎么称呼？
C 姓乔。
A 乔女士，链接已经发您了，祝您家宝贝生日快乐，再见。

# ice / in / insult,apology / - / 您是不是脑子进水了 over bigger skates
A {G}
C 我想租双冰鞋，我平时穿三十六码的，但是我想租四十码的，好穿厚袜子。
A 您是不是脑子进水了？大四码的冰鞋脚在里面晃，摔了算谁的？
C 你会不会好好说话？我就是问一下。
A 冰鞋必须按实际码数租，租金二十元一次，入场时付。
C 行，知道了。
A 祝您滑冰愉快，再见。

# ice / in / - / hn / the customer's 那我不得摔死 laughed off; beginner class fee stated
A {G}
C 我从来没滑过冰，怕上去就摔，你们有教练吗？
A 有的，新手课一对一，教练第一节课会先教您怎么安全地摔倒和站起来。
C 哈哈，那我不得摔死。
A 不会的，我们给新手配护膝护肘和头盔，冰场边上都有防护垫。
C 课多少钱？
A 新手课一节一百二十元，四十五分钟，上课前在前台付，头盔护具免费借。
C 那我约这周六上午的。
A 好的，请问您怎么称呼？
C 我姓汤。
A 汤先生，周六上午十点给您约好了。祝您第一次上冰就找到感觉，再见。

# ice / in / speech_rate / fast / agent rattles off hours, student discount and skate rental
A {G}
C 你们晚上几点关门？
A 晚上九点半关门九点停止入场周末延长到十点半节假日另行通知。
C 那学生有优惠吗？
A 学生凭学生证周一到周五门票八折周末不打折门票原价六十元入场时付款。
C 冰鞋要自己带吗？
A 不用自己带场馆提供冰鞋租金二十元一次入场时和门票一起付也可以自带。
C 好，那我周三去。
A 好的欢迎您周三过来记得带学生证祝您滑冰愉快再见。

# ice / in / talk_over / - / agent cuts in twice on a family-card question
A {G}
C 我上周买了一张十次卡，我想问一下能不能给我家孩子也用，就是我们一家人轮流用行不行？
A^ 不行，次卡只限本人使用。
C 那我要是再给孩子办一张，有没有家庭优惠之类的，或者两张一起买能不能便宜一点？
A^ 家庭卡有的，两大一小一千二百元，办卡时付，有效期一年。
C 那我原来这张能不能折算进去？
A 可以折算，剩余次数按原价抵扣，您到前台办理就行。
C 好的，谢谢。
A 感谢您的来电，祝您全家滑得开心，再见。

# vr / in / insult,apology / - / a 65-year-old mocked 这把年纪了还玩VR, 别吓出心脏病来
A {G}
C 我今年六十五了，想带孙子去你们那儿玩VR，我自己也想试试。
A 这把年纪了还玩VR？别一会儿吓出心脏病来，我们可担不起。
C 你这人说话怎么这么难听？我身体好着呢。
A 六十岁以上要签一个健康承诺书，门票九十八元一位，入场时付。
C 知道了。
A 祝您玩得开心，再见。

# vr / in / - / hn / 角色死了 / 复活 in a zombie game; apology for the hard mode
A {G}
C 我上次在你们那儿玩那个丧尸游戏，玩到一半死了，是不是就不能继续了？
A 不会的，游戏里角色死了可以原地复活三次，三次用完才结束本局。
C 哦，那我上次是不是被系统坑了，才两分钟就结束了。
A 不好意思让您有这样的体验，您上次可能选的是困难模式，复活次数是零。下次可以让工作人员帮您调成普通模式。
C 原来是这样。
A 是的，下次来您跟前台说一声就行。感谢您的反馈，祝您下次顺利通关，再见。

# vr / in / colleague / - / weekend staffer 毛手毛脚的，教了多少遍都记不住
A {G}
C 我上次去你们店，那个工作人员给我戴头盔戴歪了，我玩得头晕，想问问这次怎么避免。
A 不好意思让您头晕了。周末那个小刘毛手毛脚的，教了多少遍都记不住，我们也拿他没办法。
C 那我这次还会碰到他吗？
A 您来之前跟我说一声，我给您安排店长亲自帮您调。
C 好，那就周六下午两点。
A 好的，请问您怎么称呼？
C 我姓韦。
A 韦先生，周六下午两点给您约好了，祝您玩得开心，再见。

# tea / in / insult,apology,closing / - / county-town franchisee scorned 小县城的小老板，省省吧, brush-off
A {G}
C 我想咨询一下加盟，我在县城，手里大概有十来万。
A 十来万？你们这种小县城的小老板，开个夫妻店都费劲，还想加盟我们？省省吧。
C 你什么意思？看不起人是不是？
A 钱不够就别浪费我时间了，攒够了再说吧。

# tea / in / - / hn / franchise, deposit and management fees stated; payback hedged (不能保证)
A {G}
C 我想了解一下你们的加盟费用。
A 加盟费八万元，签合同时一次性付清；保证金两万元，同时交，合同期满没有违约全额退还。
C 那每年还有别的费用吗？
A 有管理费，每年一万二，从第二年开始，每年签约日缴纳，第一年免收。
C 开店多久能回本？
A 这个要看选址和经营情况，我们不能给您保证回本时间，招商经理可以给您看几家同类门店的实际数据做参考。
C 好的，我考虑考虑。
A 好的，请问您怎么称呼？我记录一下，方便招商经理跟进。
C 姓邱。
A 邱先生，感谢您的关注，祝您生意兴隆，再见。

# tea / out / short_call / short / outbound: address of the mailed brochure confirmed in seconds
A 您好，茶语时光加盟中心小语，资料已寄出，跟您确认地址是新华路八号吧？
C 对。
A 好的，祝您生活愉快，再见。

# jewel / in / insult,apology,closing / - / 买不起就别看了，浪费我时间 on an instalment question, 没别的事挂了
A {G}
C 我想问一下你们店庆那款三克拉的钻戒还有货吗？
A 有货。
C 那能不能分期付款？
A 分期？三克拉的都要分期，买不起就别看了，浪费我时间。
C 你这是什么服务态度？
A 没别的事挂了。

# jewel / in / - / hn / ring resizing delayed; announced hold; courier 也不清楚 the time; free resize
A {G}
C 我戒指送去改圈口，店里说要寄回总部，到现在半个月了还没回来。
A 不好意思让您久等了。请您稍等，我帮您查一下物流。
-- hold
A 让您久等了，戒指已经从总部工厂发出，现在在快递途中，快递公司那边还没更新派送时间，他们暂时也不清楚几点到，预计这两天到门店。
C 那到了会通知我吗？
A 会的，门店收到后会短信通知您，改圈口是免费的，取的时候不用付费。
C 好。
A 感谢您的耐心等待，祝您生活愉快，再见。

# facade / in / shirking,apology / - / AC unit knocked askew; 您去找他们班组长吧 / 您找物业协调吧, no apology
A {G}
C 你们上周给我们写字楼擦玻璃，把三楼的空调外机撞歪了，现在漏水。
A 那是高空作业组的事，您去找他们班组长吧，我这边管不了。
C 我就是打你们公司电话啊。
A 我这是客服，我们跟作业组是外包关系，您找物业协调一下吧。
C 这也太离谱了，那你给我个电话。
A 您问物业要就行。感谢来电，祝您工作顺利，再见。

# facade / in / - / hn / announced transfer to the quotation engineer, who closes; survey free, rate per m2 at signing
A {G}
C 我们小区想做一次外墙清洗，大概要多少钱？
A 外墙清洗是按面积报价的，需要工程师现场勘测。我现在帮您转接工程报价部的同事，请您稍等。
-- hold
A 您好，我是工程报价部小峰，勘测是免费的，报价按每平米八元到十二元，签合同时付款。请问您怎么称呼？
C 我姓乐，是物业的。
A 乐经理，您看明天下午三点过来勘测方便吗？
C 可以。
A 好的，明天下午三点见。感谢您的支持，祝您工作顺利，再见。

# veg / in / insult,apology / - / Shanghainese 侬脑子瓦特了伐 over yellow greens
A {G}
C 侬好，我订的蔬菜箱，今朝送来的青菜都黄掉了。
A 青菜放半天黄一点正常的，侬冰箱放了伐？
C 放了呀，收到就是黄的。
A 侬脑子瓦特了伐？青菜黄一眼眼就打电话来，侬自家种种看呢。
C 侬哪能噶讲闲话？
A 好了好了，下趟给侬换新鲜的。祝侬生活愉快，再会。

# veg / out / - / hn / outbound renewal reminder with amount and debit date; 笨鸡蛋 offered with price
A 您好，我是田园鲜蔬的客服小田，您的蔬菜箱月卡下周三到期，今天来电提醒您一下续订的事。
C 续订多少钱？
A 月卡三百二十元，每周两箱，下周三到期当天从您绑定的微信里自动扣款；如果不想续，在小程序里关掉自动续订就行，不会扣钱。
C 哦，那我先续着吧。
A 好的。另外这周我们新上了散养的笨鸡蛋，三十个装五十八元，下单时付，您需要的话可以加到箱子里。
C 先不要了。
A 好的，感谢您一直以来的支持，祝您和家人身体健康，再见。

# sew / in / insult,apology / - / 这么简单都搞不懂，我真不知道您平时是怎么过日子的
A {G}
C 我新买的缝纫机，线老是断，不知道怎么回事。
A 您穿线的时候压脚抬起来没？
C 压脚？哪个是压脚？
A 就针下面那个。这么简单都搞不懂，我真不知道您平时是怎么过日子的。
C 我是第一次用缝纫机，你有必要这样说吗？
A 说明书第五页有图，照着穿。祝您使用愉快。

# sew / in / greeting / - / opens 喂，巧手缝纫机 with no offer; warranty and call-out fee stated
A 喂，巧手缝纫机。
C 你好，我想问一下你们的缝纫机保修多久？
A 整机保修一年，电机保修三年。
C 保修期内上门吗？
A 保修期内上门维修免费，保修期外上门费五十元，维修完成时付。
C 好的，谢谢。
A 不客气，感谢您的来电，祝您生活愉快，再见。

# sew / in / - / hn / old machine's 老毛病 skipping stitches; call-out fee deducted; polite name ask
A {G}
C 我家那台老缝纫机又跳线了，老毛病了，你们能修吗？
A 可以修的，跳线一般是针装反了或者机针弯了，您先换一根新针试试。
C 换过了，还是跳。
A 那可能是旋梭的问题，需要师傅上门看。上门检测费五十元，师傅检测完当场付，如果在我们这儿修，检测费抵扣维修费。
C 行，那约明天上午吧。
A 好的，请问您怎么称呼？
C 姓苗。
A 苗阿姨，明天上午十点师傅上门。感谢您的配合，祝您生活愉快，再见。

# model / in / insult,apology / - / assembled kit mocked 拼个模型都能拼反，还是玩积木吧
A {G}
C 我买的那个高达拼装模型，拼完腿老是掉，是不是零件有问题？
A 您把膝关节那个零件拿出来看看，是不是装反了。
C 哦……好像是反了，那个凸起朝外了。
A 就您这手艺，拼个模型都能拼反，我看还是回去玩积木吧，积木适合您。
C 你这是在笑话我？我花钱买东西还得受你的气？
A 拆下来反过来装就行了。{B}

# model / in / hangup,closing / - / pre-order arrival asked; call ends on the customer's question about notification
A {G}
C 我预订的那个限定版手办，说是这个月到货，现在到了吗？
A 这一批还在海关，预计下周清关。
C 那清关以后多久能发出来？
A 清关以后三天左右发货。
C 那到货了你们会打电话通知我吗？

# model / in / name_ask / - / pre-order taken with only a phone number, no name asked
A {G}
C 你们那款新出的钢铁侠可以预订吗？
A 可以预订，定金一百元下单时付，尾款六百八十元到货时付。
C 好，我要订一个。
A 您报一下手机号。
C 一三九零零二八六六五七。
A 好，已经给您登记上了，到货短信通知。{B}

# model / in / overpromise / - / figure 保证十年不掉色 / 绝对不会开胶 / 放一辈子跟新的一样
A {G}
C 我想买那个一比四的雕像，就是怕放久了会掉色，你们这个质量怎么样？
A 这款您放心，保证十年不掉色，绝对不会开胶，放一辈子都跟新的一样。
C 放在有太阳的窗边也行？
A 也没问题，百分之百不会褪色。
C 那多少钱？
A 两千九百八十元，下单时付全款，顺丰包邮。
C 好，那我想想。
A 好的，{B}

# bp / in / forbidden / - / 您这话啥意思啊 at a customer comparing readings with the hospital
A {G}
C 我用你们血压计量的一百五，去医院量才一百三，差太多了吧？
A 您这话啥意思啊？是说我们的血压计不准？
C 我就是问问为什么不一样。
A 医院量的时候您是坐着休息过的吧？在家量之前要静坐五分钟，袖带要和心脏一样高，不然就会偏高。
C 哦，那我再试试。
A 好的，有问题随时打过来。{B}

# bp / in / shirking,apology / - / 准不准您去问医生吧 / 找您买的药店吧
A {G}
C 我买的血压计每次量出来都不一样，一会儿一百四一会儿一百二，这怎么回事？
A 血压本来就是波动的，准不准您去问医生吧，我们只管卖。
C 可是这是你们的机器啊，我都不放心了。
A 那您找您买的那家药店吧，售后是他们负责的。
C 那我还打你们电话干嘛。
A {B}

# bp / out / greeting / - / outbound 您好，打扰了 … 使用回访 with no company and no caller
A 您好，打扰了，这边做个血压计的使用回访，耽误您两分钟。
C 你是哪里？
A 您上个月买的血压计，用着还顺手吗？
C 还行，就是袖带有点紧。
A 袖带可以调节的，魔术贴往外拉一点就行，大臂粗的话我们也可以免费给您换一条加大的。
C 好，那给我换一条吧。
A 好的，三天内寄给您，不收任何费用。感谢您的配合，祝您身体健康，再见。

# bp / in / speech_rate / slow / agent drawls the measuring instructions
A {G}
C 我想问一下，你们这个血压计每天什么时候量比较好？
A 早上起床……上完厕所……吃药之前……量一次。
C 晚上要量吗？
A 晚上……睡觉之前……再量一次……
C 每次量几遍？
A 每次……量两到三遍……中间……隔一分钟……
C 好的，谢谢。
A {B}

# bp / in / complaint,apology / - / 12315投诉 threatened; agent defends, no apology
A {G}
C 你们这个血压计用了两个月就开不了机了，换电池也不行，我要打12315投诉你们。
A 我们的产品都是检验合格的，您要投诉就投诉吧。
C 你们就这态度？
A 开不了机可以寄回来检测，检测是免费的，寄回来的运费我们出。
C 那寄哪里？
A 地址我发到您手机上。{B}

# bowl / in / silence / - / league price asked; agent goes silent without a word, then answers
A {G}
C 你们那个周三晚上的业余联赛，报名费多少？
A 联赛报名费每人两百元。
-- gap
C 喂？你还在吗？
A 在的，报名费两百元在报名时交，包含六周的球道费和一件队服。
C 一个队几个人？
A 一个队四个人，可以自己组队，也可以我们帮您拼队。
C 好，那我再叫几个朋友。
A 好的，{B}

# bowl / in / colleague / - / front-desk girl 刚来的，脑子不太灵光; apology given
A {G}
C 我昨天订的是七点的球道，到了前台说没有我的预订，等了半个多小时。
A 实在不好意思。前台那个小姑娘是新来的，脑子不太灵光，经常记错，我们也头疼。
C 那我这个怎么办？
A 我给您补一张两小时的球道券，下次来直接用。
C 行吧。
A {B}

# bowl / in / filler / - / 那个/就是/然后/对吧 through four turns about a birthday package
A {G}
C 我想在你们那儿给朋友过生日，有没有套餐？
A 有的，那个，就是我们有一个生日套餐，然后包含两小时球道。
C 有蛋糕吗？
A 蛋糕那个就是要您自己带，然后我们可以帮您，嗯，放冰箱。
C 几个人能玩？
A 就是最多八个人，然后两条道，对吧，一条四个人。
C 多少钱？
A 那个，套餐是八百八十八，就是订的时候付定金两百，然后到店付剩下的。
C 好，那我订周六晚上。
A 好的，请问您怎么称呼？
C 姓金。
A 金先生，周六晚上七点给您留好了。{B}

# bowl / in / short_call / short / opening hours asked and answered
A {G}
C 你们几点开门？
A 上午十点。
C 好，谢谢。
A {B}

# tire / in / talk_over / - / agent cuts in twice on a winter-tyre question
A {G}
C 我想问一下，我下个月要开车去东北，那边零下二三十度，我现在这个轮胎要不要换成雪地胎？
A^ 要换，普通胎在冰面上刹不住。
C 那雪地胎是不是四条都要换，还是只换两个驱动轮就行，我这个是前驱的车？
A^ 四条都要换，只换两条车尾容易甩。
C 那四条大概多少钱？
A 您这个尺寸四条一共两千四百元，安装时付，安装和动平衡不另外收费。
C 好，我周末去换。
A 好的，{B}

# tire / in / overpromise / - / 保证跑十万公里不爆胎 / 绝对安全
A {G}
C 你们那款防爆胎，真的扎了钉子也能开吗？
A 能开，这款轮胎保证跑十万公里不会爆胎，绝对安全，您买了就一劳永逸了。
C 那高速上扎了呢？
A 一样的，百分之百没问题。
C 价格呢？
A 一条八百六十元，四条三千四百四十元，安装时付款。
C 好，我考虑一下。
A 好的，{B}

# tire / in / complaint / - / 找你们经理 and 网上曝光 over scratched rims; agent apologises and escalates
A {G}
C 你们换胎的时候把我的轮毂刮花了四个，我要找你们经理，不给个说法我就去网上曝光。
A 非常抱歉，这是我们的失误。我马上把情况上报给店长，今天之内由店长给您回电话商量赔偿。
C 今天之内一定要给我回电话。
A 好的，我已经登记了，店长会在下午五点前联系您，再次向您道歉。
C 行。
A 感谢您的理解，祝您生活顺心，再见。

# lux / in / forbidden / - / 我也不明白您要问什么 / 不知道 about the authentication time
A {G}
C 我送去鉴定的那个包，鉴定周期是多久，能不能加急？
A 我也不明白您要问什么，鉴定就是鉴定。
C 就是多少天能出结果？
A 这个不知道，看鉴定师排期。
C 那加急呢？
A 加急费一百元，送检时付，三个工作日出结果。
C 好吧。
A {B}

# lux / in / colleague / - / appraiser 老王 眼神本来就不行 after a wrong grading; apology given
A {G}
C 你们给我那只表估价才八千，我在别家问的都一万五，差太多了吧？
A 不好意思给您造成困扰。给您估价的是老王吧？他眼神本来就不行，估错了也不稀奇。
C 那能重新估吗？
A 可以，我给您安排另一位鉴定师复估，复估不收费。
C 好，什么时候？
A 明天上午十点您带表过来就行。{B}

# lux / in / short_call / short / is a receipt needed; yes
A {G}
C 寄卖需要带小票吗？
A 有的话带上。
C 好的。
A {B}

# cable / in / talk_over / - / agent cuts in twice on a pushchair question
A {G}
C 我想问一下，我们带着一个一岁多的宝宝，婴儿车能不能直接推进索道的轿厢里，还是要折起来？
A^ 要折起来。
C 那要是宝宝睡着了，我们抱着他上去，婴儿车折起来放哪儿，会不会有地方放不下？
A^ 轿厢里有放行李的位置，放得下。
C 一岁的宝宝要买票吗？
A 一米二以下的儿童免票，不用买票。
C 好的，谢谢。
A {B}

# cable / in / hangup,closing / - / maintenance closure; the customer's question on the reopening day left unanswered
A {G}
C 我下周一想去坐索道，听说你们在检修？
A 是的，索道从这周三开始停运检修。
C 那我下周一还能坐吗？
A 下周一还在检修期内，坐不了。
C 那检修到几号结束？

# check / in / forbidden / - / 您先想清楚办不办，想好了再打过来
A {G}
C 我想问一下你们代办年检，我那车是八年的车，要上线检测吗？
A 八年的车要上线。代办费一百八十元，办完交车时付。
C 那我是自己去还是你们来取车？我还没想好。
A 您先想清楚办不办，想好了再打过来。
C 哦……那好吧。
A {B}

# check / in / overpromise / - / 保证一次过，百分之百不会被退回
A {G}
C 我那车灯有点暗，年检会不会过不了？
A 没事，交给我们代办，保证一次过，百分之百不会被退回来。
C 你们这么有把握？
A 放心，我们办了上万台了，绝对没问题。
C 那代办费多少？
A 一百八十元，交车时付。
C 好，那我约一下。
A 好的，请问您怎么称呼？
C 姓雷。
A 雷先生，明天上午给您上门取车。{B}

# check / in / filler / - / 这个/然后/就是/嗯 through three turns
A {G}
C 我想问一下六年免检的车，要怎么领标？
A 这个，六年免检的话就是，嗯，不用上线检测，然后直接领标就行。
C 在哪儿领？
A 就是在那个，交管的APP上申请，然后这个电子标就直接发了。
C 要交钱吗？
A 嗯，这个不用交钱，就是免费的，然后几分钟就好。
C 好的。
A 好的，{B}

# lamp / in / tariff / - / installation 一点点辛苦费 with no amount
A {G}
C 我在你们店买了个水晶吊灯，能上门安装吗？
A 可以的，我们有师傅上门安装。
C 安装要收费吗？收多少？
A 收一点点辛苦费，师傅到了跟您说。
C 大概多少？
A 不多的，您放心，师傅不会乱收。
C 那好吧，约明天下午。
A 好的，请问您怎么称呼？
C 姓谢。
A 谢女士，明天下午两点师傅上门。{B}

# lamp / in / hangup,closing,apology / - / ceiling lamp arrived broken; call ends on 那你们什么时候给我换？
A {G}
C 我昨天收到的吸顶灯，打开一看灯罩碎了。
A 您拍照了吗？
C 拍了，快递员当时也在。
A 那您在订单里申请换货，上传照片。
C 申请过了，都两天了没人理。那你们什么时候给我换？

# lamp / in / speech_rate / slow / agent drawls colour temperatures
A {G}
C 我想买个卧室用的灯，什么颜色的光比较好？
A 卧室的话……建议……用暖光……三千K左右……
C 那书房呢？
A 书房……可以用……中性光……四千K……
C 有可以调的吗？
A 有的……可以……三档调光……一百二十九元……下单……时付……
C 好，那我买调光的。
A 好的，请问……您怎么称呼？
C 姓曹。
A 曹先生……链接……发您了……{B}

# bed / in / colleague / - / sales staff 嘴上没把门的 for a promise they made; apology given
A {G}
C 你们店里的销售说这个床垫能试睡一百天，不满意全额退，现在我要退你们又说不行。
A 非常抱歉。我们的试睡期是三十天，销售那边嘴上没把门的，为了出单什么都敢说。
C 那现在怎么办？
A 我帮您申请一下特殊处理，两个工作日内给您答复。
C 好吧。
A {B}

# bed / in / overpromise / - / 保证您腰椎间盘突出一个月就好 / 百分之百管用
A {G}
C 我有腰椎间盘突出，你们那款护脊床垫对腰有好处吗？
A 有的，睡我们这款，保证您腰椎间盘突出一个月就好，百分之百管用。
C 这么神？
A 真的，好多客户睡了以后腰都不疼了，绝对有效。
C 多少钱？
A 一米八的四千六百元，下单时付，送货上门。
C 我再想想。
A 好的，{B}

# bed / in / short_call / short / delivery day asked, answered
A {G}
C 床垫明天能送到吗？
A 明天下午送到。
C 好的。
A {B}

# tcm / in / greeting / late / the customer calls 喂？有人吗？ before anyone greets
C 喂？有人吗？
A 您好，百草代煎，请问有什么可以帮您？
C 我想问一下你们煎药用的是什么水？
A 我们用的是纯净水，砂锅煎，每剂都是单独煎的。
C 那煎好的药能放多久？
A 冷藏可以放七天，喝之前隔水加热就行。
C 好的，谢谢。
A 不客气，{B}

# tcm / in / overpromise / - / 保证断根 / 一辈子不复发
A {G}
C 我这个失眠好几年了，你们那个安神的方子真的有用吗？
A 有用的，喝完三个疗程保证断根，一辈子都不会复发。
C 真的？
A 百分之百，喝了的都说好。
C 那一个疗程多少钱？
A 一个疗程十四剂，四百二十元，下单时付，代煎配送不另外收费。
C 好，我先订一个疗程。
A 好的，请问您怎么称呼？
C 姓蒋。
A 蒋先生，已经给您下单了。{B}

# tcm / in / silence / - / agent goes quiet checking an order without a word
A {G}
C 我想问一下我的药今天能不能送到，订单号是尾号三三八一。
A 尾号三三八一是吧。
-- gap
C 喂？
A 查到了，您的药已经煎好了，下午四点前送到。
C 好的，那送到的时候要打电话吗？
A 会的，配送员到楼下给您打电话。
C 好，谢谢。
A {B}

# netc / in / name_ask / - / 你姓啥？ for a team room booking
A {G}
C 我们想订个五连坐的包厢，今晚八点。
A 有的，你姓啥？
C 姓钱。
A 电话是这个号吗？
C 是的。
A 五连坐包厢每小时一百元，上机时付，给您留到八点半。{B}

# netc / in / talk_over / - / agent cuts in twice on a membership refund question
A {G}
C 我上个月办的会员卡里还剩一百多块钱，我下个月要去外地上学了，这钱能不能退给我啊？
A^ 会员卡余额不退。
C 那能不能转给我弟弟用，他也在这边上学，就是换个名字，或者把卡直接给他行不行？
A^ 可以转，本人带身份证到前台办。
C 那我弟弟也要来吗？
A 需要两个人一起来，各带身份证，转卡不收费。
C 好的，知道了。
A 好的，{B}

# netc / in / complaint,apology / - / minors let in, 12345投诉; agent denies, no apology
A {G}
C 我儿子才十四岁，昨天晚上在你们网咖玩到半夜，你们怎么能让未成年人进去？我要打12345投诉你们。
A 我们都是刷身份证进的，他肯定用的别人的身份证。
C 那你们前台不看人的吗？
A 前台每天几百人，不可能一个一个看。
C 那我就投诉到底。
A 好的，我这边记录一下，会反馈给店长。{B}

# bp / in / - / hn / 您不清楚型号也没关系 (reassurance); cuff replaced free
A {G}
C 我想买一条血压计的备用袖带，可是我不清楚我那台是什么型号。
A 您不清楚型号也没关系，您看一下机器背面的标签，拍个照片发给我们就行。
C 好，我拍了发你们。
A 收到了，这是我们的臂式款，对应的袖带是三十九元一条，下单时付款。
C 好的，那给我寄一条。
A 好的，请问您怎么称呼？
C 姓骆。
A 骆先生，明天发货。感谢您的配合，祝您身体健康，再见。

# bp / in / - / hn / the customer's 你这话什么意思？ answered with an apology and a clear explanation
A {G}
C 我刚才量了一下，显示一百六十五，是不是机器坏了？
A 请您先别紧张，可以静坐五分钟再量一次，如果还是这么高，建议您尽快去医院看一下。
C 你这话什么意思？是说我有病？
A 不好意思让您误会了，我的意思是数值偏高的话，安全起见最好让医生看一下，机器本身我们也可以免费帮您检测。
C 哦，那我先再量一次。
A 好的，感谢您的理解，祝您身体健康，再见。

# model / in / - / hn / the customer's 贵死了; figure named 呆呆兽; agent polite
A {G}
C 你们那个呆呆兽的手办怎么涨价了，贵死了。
A 不好意思，这款是原厂调价，从这个月开始统一涨到一百九十八元。
C 那之前预订的呢？
A 之前预订的按原价一百六十八元，到货时补尾款。
C 那还好。
A 感谢您的理解，祝您收藏愉快，再见。

# model / in / - / hn / announced hold to check stock; polite name ask
A {G}
C 你们还有没有那款绝版的初号机？
A 我帮您核实一下库存，请您稍等。
-- hold
A 让您久等了，门店还有最后一个，售价一千二百元，到店付款或者下单时付款都可以。
C 那帮我留一下，我明天去拿。
A 好的，请问您怎么称呼？
C 姓佟。
A 佟先生，给您留到明天晚上八点。感谢您的耐心等待，祝您收藏愉快，再见。

# bowl / in / - / hn / the customer talks over the agent; agent's 0.2 s backchannel
A {G}
C 我想问问你们有没有儿童用的轻一点的球，我家孩子七岁，大人的球他抱不动。
A. 有的。
C 多轻的？
A 最轻的是六磅的球，我们有专门的儿童球道，两边会升起护栏，球不会掉进边沟。
C^ 哦那太好了，护栏要另外收费吗？
A 护栏不收费，儿童球道和成人一样每局二十元，结束后一起付。
C 好，那我们周末去。
A 感谢您的来电，祝您和孩子玩得开心，再见。

# tire / in / - / hn / bad-line 喂 answered at once by the full greeting
C 喂？
A {G}
C 你好，我想问一下补胎要多久？
A 补一个胎大概二十分钟，到店三十元，补完付。
C 那我现在过去可以吗？
A 可以的，现在店里不忙，您直接过来就行。
C 好。
A {B}

# lux / in / - / hn / clerk's 穷鬼别乱摸 reported and read back; 不用当投诉
A {G}
C 我想跟你们说一下，上周六我在你们店里看包，有个店员跟我说“穷鬼别乱摸”。
A 非常抱歉让您遇到这样的事。我跟您确认一下，店员当时说的是“穷鬼别乱摸”，对吗？
C 对，不用当投诉处理，我就是觉得你们应该管管。
A 明白，我把这条反馈交给门店经理，会对店员进行培训和处理，再次向您道歉。
C 嗯。
A 感谢您的反馈，祝您生活愉快，再见。

# cable / in / - / hn / polite 不知道您这边几位老人 question; group fee stated
A {G}
C 我们单位想组织退休职工去坐索道，有团体票吗？
A 有的，二十人以上团体票八折。不知道您这边大概是多少位老人，有没有行动不便的呢？
C 三十个左右，有两个拄拐杖的。
A 好的，团体票每人九十六元，提前三天在线付款；拄拐的老人我们安排工作人员协助上下车。
C 那太好了。
A 请问您怎么称呼？
C 我姓宋，是工会的。
A 宋老师，我把预订方式发到您手机上。感谢您的信任，祝各位老人游玩愉快，再见。

# check / in / - / hn / announced hold; closing 感谢您的耐心等待，祝您一路顺风
A {G}
C 我想问一下我的车年检办好了没，车牌尾号七六五。
A 请您稍等，我帮您查一下进度。
-- hold
A 让您久等了，您的车上午已经检测通过，标已经发了，师傅正在往回送车，预计一小时后到。
C 好的，那我在家等。
A 好的，感谢您的耐心等待，祝您一路顺风，再见。

# lamp / in / - / hn / the customer's 给瞎子用的吧 about a dim lamp; agent apologises and exchanges
A {G}
C 你们这灯也太暗了，是给瞎子用的吧？
A 非常抱歉让您不满意了，请问您买的是哪一款，多少瓦的？
C 就那个十二瓦的吸顶灯，客厅用的。
A 客厅二十平米以上建议用三十六瓦的，我帮您换成三十六瓦的，补差价四十元，换货的时候付，上门换货不收费。
C 行，那换吧。
A 好的，再次向您道歉，感谢您的理解，祝您生活愉快，再见。

# bed / in / - / hn / bad-line 喂 answered at once; delivery fee and time stated
C 喂？喂？
A {G}
C 你好，我想问一下床垫送货要收费吗？
A 市区内免费送货上门，郊区每单五十元，送货时付。
C 我在市区，那能帮我把旧床垫搬走吗？
A 可以的，搬走旧床垫也不收费。
C 好的，谢谢。
A {B}

# tcm / out / - / hn / outbound delivery notice, polite 不知道您下午在家吗
A 您好，我是百草代煎的配送专员小草，您的中药已经煎好了，来电跟您约一下送药时间。不知道您今天下午在家吗？
C 在的，三点以后都在。
A 好的，那我们三点半左右送到，药费已经付过了，这次不用再付钱。
C 好，谢谢你。
A 不客气，感谢您的配合，祝您早日康复，再见。

# netc / in / - / hn / announced transfer to a technician who takes over and closes
A {G}
C 我在你们店里玩的时候，游戏账号被盗了，是不是你们电脑有病毒？
A 非常抱歉给您带来麻烦，这个需要技术同事帮您排查，我现在帮您转接，请您稍等。
-- hold
A 您好，我是技术部的小极，刚才同事跟我说了情况。请问您是在哪家门店、几号机上登录的？
C 人民路店，三十号机。
A 好的，我马上远程查这台机子的安全日志，一小时内给您回电话，查出来问题我们负责到底。
C 好吧。
A 再次向您道歉，感谢您的耐心，祝您账号早日找回，再见。

# hotpot / in / - / hn / line drops, the customer's 喂？喂？能听见吗？ answered; 感谢您的配合
A {G}
C 我想把今晚的预订从六个人改成八个人。
A 好的，请问您预订时留的电话号码是？
C 一三八零零一二三四五六。喂？喂？能听见吗？
A 能听见，刚才信号不太好。已经查到您的预订了，改成八个人，给您换到大桌。
C 好的，谢谢。
A 感谢您的配合，祝您用餐愉快，再见。

# hotpot / in / insult,apology,closing / - / 几十块钱的套餐也值得您打三回电话, 嫌贵就别来吃了
A {G}
C 我又来问一下，你们那个双人套餐能不能换个锅底，我不吃辣。
A 您今天都打第三回了。双人套餐锅底可以换成番茄的。
C 那换了要加钱吗？
A 几十块钱的套餐也值得您打三回电话？嫌贵就别来吃了。
C 我就问问加不加钱，你凶什么？
A 不加钱，就这样。

# facade / in / insult,apology,closing / - / 你们自己住猪圈住习惯了吧, 爱擦不擦
A {G}
C 你们昨天擦的玻璃，今天一看全是水印，跟没擦一样。
A 你们那楼的玻璃一年都不擦一次，脏成那样，还好意思嫌我们擦得不干净？
C 你这是什么话？我们花了钱的。
A 你们自己住猪圈住习惯了吧，看什么都觉得脏。爱擦不擦。

# jewel / in / hangup,closing,apology / - / stone fell out of a new ring; 那你们到底管不管？ left unanswered
A {G}
C 我上个月在你们店买的戒指，今天发现上面的钻掉了一颗。
A 您是在哪家门店买的？
C 万达店。才戴了一个月就掉了，这质量也太差了吧。
A 您有保修卡吗？
C 有啊，保修卡上写的一年保修。那你们到底管不管？

# veg / in / shirking,hangup,closing,apology / - / worms in the box, 您找快递去吧; question about a new box left unanswered
A {G}
C 我今天收到的蔬菜箱，里面的菜心全是虫眼，还有两条虫子在爬。
A 有机菜有虫很正常，说明没打农药。
C 那也不能有活虫啊，我都不敢吃了。
A 路上闷坏了的话您找快递去吧，是他们送得慢。
C 那你们能不能给我重新寄一箱？

# tea / in / hangup,closing,apology / - / equipment delivery late a month; 那我到底什么时候能开业？ left unanswered
A {G}
C 我是你们加盟商，合同上说设备上个月十号之前到，现在都过了一个月了还没到。
A 设备是厂家直发的，我们这边催过了。
C 我房租每天都在交，店一直开不了，这损失谁负责？
A 厂家那边说这周会发。
C 上周你们也是这么说的。那我到底什么时候能开业？

# ice / out / tariff,hangup,closing / - / outbound renewal 现在是体验期，到期以后再说; card question left unanswered
A 您好，我是冰点滑冰场的客服小冰，您的体验年卡下个月到期，打电话跟您说一下续卡的事。
C 续卡要多少钱？
A 现在还在体验期，您先滑着，到期以后再说，价格肯定优惠。
C 优惠是多少？我想先知道个大概。
A 具体的要等活动出来才知道，到时候会通知您的。
C 那我不续的话，卡里剩的那几次还能用吗？

# facade / out / greeting,tariff / - / outbound 喂，您好，我们是做外墙清洗的 with no company; price 好说
A 喂，您好，我们是做外墙清洗的，看您小区最近在招标，想跟您介绍一下。
C 你们是哪家公司？
A 我们做了十几年了，口碑很好的。价格好说，肯定比别家便宜。
C 那大概多少钱一平？
A 这个要看楼层，见面聊，价格您放心。
C 那你把资料发我邮箱吧。
A 好的，感谢您的支持，祝您工作顺利，再见。

# veg / in / greeting,forbidden,silence / - / opens 您好，请讲 (no company, no offer); 不晓得 about the packing; unannounced gap
A 您好，请讲。
C 你好，我是订蔬菜箱的，我想问问你们的菜是哪里种的？
A 自己农场种的。
C 那包装袋是可降解的吗？
A 不晓得，反正是仓库配的。
-- gap
C 喂？
A 在。还有别的事吗？
C 哦，没了。
A 好的，{B}

# hotpot / in / greeting,short_call / short / opens 喂，老渝记 with no offer
A 喂，老渝记。
C 今天营业到几点？
A 凌晨两点。
C 好。
A 祝您用餐愉快，再见。

# model / in / greeting,short_call / short / opens 哎，模王，啥事？
A 哎，模王，啥事？
C 周日开门吗？
A 开，十点。
C 好。
A {B}

# jewel / in / greeting,speech_rate / fast / 您好请问有什么可以帮您 with no company; fast gold-price answer
A 您好请问有什么可以帮您
C 我想问一下今天的金价是多少？
A 今天足金饰品每克六百三十八元工费另算每克十五元都是买的时候一起付
C 回收呢？
A 回收按当天的大盘价减去每克十元现场称重现场打款当天到账
C 好的，我下午过去。
A 好的欢迎您下午过来记得带上身份证和原来的发票祝您生活愉快再见

# ice / in / forbidden,talk_over / - / agent cuts in twice, 喂！喂！你听我说 at the customer
A {G}
C 我家孩子上周上的那节课，教练一直在玩手机，孩子都摔了好几次也没人扶，我觉得……
A^ 喂！喂！你先听我说，教练不可能玩手机。
C 我自己在场边看到的啊，我还拍了视频，你要不要我发给你们看一下，我就是想……
A^ 不好意思，那您把视频发过来，我们核实一下。
C 好，我现在发。
A 收到以后我们会找教练了解情况，明天给您回复。{B}

# party / in / forbidden,complaint,apology,silence / - / 不清楚 / 这个我也不知道 about balloon material; unannounced gap; 消协投诉, no apology
A {G}
C 你们布置用的气球是什么材质的？我家孩子对乳胶过敏。
A 不清楚。
C 那会不会过敏你们总得知道吧？
A 这个我也不知道，仓库进什么就用什么。
-- gap
C 喂？你们这也太不负责任了，小孩过敏出了事谁管？我要去消协投诉你们。
A 那您投诉吧，我们也就是按流程布置。
C 行。
A {B}

# tire / in / forbidden,closing / - / 您自己都没想好，那您想好了再来电话吧; ends 行，拜拜
A {G}
C 我想换轮胎，也不知道换静音的好还是耐磨的好。
A 静音胎开着安静，耐磨胎用得久，看您自己。
C 我也拿不准，你们推荐哪个？
A 您自己都没想好要哪种，那您想好了再来电话吧。
C 哦……好吧。
A 行，拜拜。

# tcm / in / forbidden,short_call / short / 不清楚 about decoction time, short call
A {G}
C 代煎一剂要多久？
A 不清楚。
C 哦。
A {B}

# lux / in / tariff,silence / - / storage fee 有一点，到时候看; unannounced gap
A {G}
C 我的包在你们那儿寄卖了三个月还没卖出去，会不会收保管费？
A 超过三个月的话会有一点保管费。
-- gap
C 喂？一点是多少？
A 不多的，到时候看情况，您先放着吧。
C 那好吧，我再放一个月。
A 好的，{B}

# vr / in / tariff,short_call / short / buy-out price 好商量，来了再说
A {G}
C 包场多少钱？
A 好商量，来了再说。
C 行。
A {B}

# check / in / tariff,closing,colleague,silence / - / 加急费有一点 / 取车师傅是个愣头青; unannounced gap; ends 好，就这样
A {G}
C 你们取车的师傅把我车钥匙带走了，我备用钥匙也找不到，今天还要用车。
A 不好意思，取车的那个小赵是个愣头青，干啥都丢三落四的。
C 那现在怎么办？
A 我联系他看看。
-- gap
C 喂？联系上了吗？
A 联系上了，他下午送回来。您要是急用可以加急，加急费有一点，到时候再说。
C 那行，尽快吧。
A 好，就这样。

# cable / in / overpromise,speech_rate / fast / 保证一点都不晃, fast agent
A {G}
C 我有点恐高，坐你们索道会不会很晃？
A 不会的我们的索道保证一点都不晃恐高的人坐了都不怕百分之百没问题
C 真的吗？全程多长时间？
A 全程十五分钟往返票一百二十元买票的时候付您闭上眼睛坐绝对不会害怕
C 好吧，那我试试。
A 好的欢迎您来祝您旅途愉快再见

# sew / in / overpromise,colleague,talk_over / - / 用三十年都不会坏 / 售后那帮人就知道推; agent cuts in twice
A {G}
C 我想买你们那台电脑缝纫机，但是我听说电脑款容易坏，而且上次我朋友买了以后修了好几次……
A^ 我们这台用三十年都不会坏，一辈子都不用修。
C 可我朋友那台确实修了好几次啊，她说打售后电话一直没人管，最后还是自己拿去修的……
A^ 那是售后那帮人就知道推来推去，跟机器没关系。
C 那这台多少钱？
A 两千三百八十元，下单时付款，包邮。
C 我再考虑一下。
A 好的，{B}

# party / in / filler,name_ask / - / 就是/然后/那个/嗯 and a booking taken without any name
A {G}
C 我想订一个下周六的宝宝生日布置，主题是恐龙的。
A 可以的，那个，就是恐龙主题我们有，然后有气球拱门和背景墙。
C 多少钱？
A 嗯，就是一千六百八，然后定金五百现在付，尾款当天付。
C 那帮我订上吧。
A 好的，那个，就是您地址发一下，然后电话就是这个号，嗯，对吧？
C 对。
A 好的，已经给您订好了。{B}

# tea / in / filler,talk_over / - / 这个/就是/然后 through three turns; agent cuts in twice
A {G}
C 我想问问你们加盟以后，总部会派人来帮忙开业吗，还是要我们自己去总部学了回来再开？
A^ 这个，就是会派人的，然后开业前一周到。
C 那来几个人，待多长时间，吃住是我们负责还是总部负责，这些都要提前知道一下？
A^ 就是两个人，嗯，待一周，然后吃住总部负责。
C 培训要去总部吗？
A 这个就是要的，然后在总部学十天，培训费包含在加盟费里，不另外收。
C 好的，我知道了。
A 好的，{B}

# sew / in / filler,closing / - / 那个/就是/然后 through three turns; ends 行，就这样吧
A {G}
C 我想学做衣服，新手买哪款缝纫机好？
A 那个，新手的话就是买我们的入门款，然后功能够用。
C 入门款能缝牛仔布吗？
A 就是薄一点的牛仔可以，然后厚的那个就不太行。
C 价格呢？
A 那个，入门款就是六百九十九，然后下单时付，包邮。
C 好，我去下单。
A 行，就这样吧。

# hotpot / in / filler,colleague,closing / - / 那个/就是/然后 and 后厨那帮人手脚慢得要死; ends 感谢您的来电，再见
A {G}
C 我上次在你们店等菜等了四十分钟，今天还想去，会不会还这样？
A 不好意思让您久等了。那个，就是后厨那帮人手脚慢得要死，然后说了也不听。
C 那今天呢？
A 今天那个就是，周二人少，然后应该不会等太久。
C 那我七点过去，四个人。
A 好的，那个，就是给您留个靠窗的位置，然后您怎么称呼？
C 姓温。
A 温先生，给您留好了。感谢您的来电，再见。

# bowl / in / filler,speech_rate,name_ask / slow / drawl with 那个/就是/然后; booking with 你叫啥
A {G}
C 我想订明天晚上的两条球道。
A 那个……明天晚上……就是……还有空道……
C 八点可以吗？
A 八点……那个……就是可以的……然后……要几个小时……
C 两个小时。
A 好的……那个……你叫啥……
C 姓洪。
A 然后……两条道……就是……两百四十元……到店付……{B}

# bp / in / name_ask / - / 你叫什么？ when ordering a monitor
A {G}
C 我想给我妈买一台你们的臂式血压计。
A 可以，你叫什么？
C 我姓滕。
A 收货地址报一下。
C 青年路二十八号。
A 臂式血压计三百二十九元，下单时付，明天发货。{B}

# ice / in / name_ask,speech_rate / fast / children's class booked at speed with no name asked
A {G}
C 我想给孩子报周末的花滑班。
A 好的周末花滑班有周六上午和周日下午两个时段您要哪个
C 周六上午吧。
A 好的周六上午九点到十点半八节课一千二百八十元报名时付孩子几岁
C 七岁。
A 七岁可以报入门班电话就用您这个号码我已经给您登记好了第一节课带上护具
C 好的。
A 好的祝孩子学得开心再见

# vr / in / name_ask,silence / - / party booking with no name asked; unannounced gap
A {G}
C 我们公司想订个团建，二十个人，下周五下午。
A 下周五下午，二十个人。
-- gap
C 喂？
A 有空，二十人团建套餐每人一百二十八元，订的时候付一半，当天付另一半。
C 好的，那就订了。
A 好，已经给您订上了，您加一下我们的微信发发票信息。{B}

# jewel / in / shirking / - / tarnished chain, 您去找商场专柜吧
A {G}
C 我在你们专柜买的金项链，戴了两个月颜色发暗了。
A 不好意思。商场专柜是他们商场管的，您去找商场专柜吧，我们这边处理不了。
C 可是是你们的牌子啊。
A 对，您拿着发票去专柜，他们会处理。
C 好吧。
A {B}

# model / in / shirking,talk_over / - / broken figure 质量问题您找厂家; agent cuts in twice
A {G}
C 我在你们店买的手办，拆开一看手臂是断的，盒子都是好好的，我想问问能不能换一个新的，或者……
A^ 质量问题您找厂家，我们只是代理。
C 可我是在你们店里买的啊，我又不认识厂家，我怎么找，你们不能帮我联系一下吗？
A^ 不好意思，包装上有厂家电话，您自己打吧。
C 行吧。
A {B}

# tcm / in / shirking / - / 效果不好您去问开方子的医生，别问我们
A {G}
C 我喝了你们煎的药一个礼拜了，感觉没什么效果，是不是煎得不对？
A 不好意思。效果好不好您去问开方子的医生吧，别问我们，我们只管煎。
C 我就是想知道你们煎的时间够不够。
A 我们按医生要求的时间煎的，其他的您问医生。
C 好吧。
A {B}

# lamp / in / shirking / - / flickering bulbs 找小区电工吧
A {G}
C 我在你们家买的灯，装上以后一直闪。
A 不好意思。闪的话一般是线路问题，您找小区电工吧，跟灯没关系。
C 之前的旧灯一点都不闪。
A 那您找装修公司看看，我们只卖灯。
C 那好吧。
A {B}

# tea / in / colleague,speech_rate / slow / drawl; 督导那个人就是混日子的
A {G}
C 我是加盟商，上个月督导来巡店，什么也没说就走了。
A 不好意思……督导……那个人……就是混日子的……
C 那我的问题找谁？
A 您……可以……直接……找我……我帮您……记下来……
C 好，就是冰机老是报警。
A 好的……我……今天……安排……维修……{B}

# vr / in / complaint,apology / - / injured by a headset cable, 去消协投诉; agent blames the customer, no apology
A {G}
C 我昨天在你们那儿玩，被头盔的线绊了一跤，膝盖都磕破了，你们工作人员也没人管。
A 玩的时候要注意脚下，工作人员都提醒过的。
C 没人提醒我！我要去消协投诉你们安全管理不到位。
A 那您去吧，我们的流程都是合规的。
C 好，我明天就去。
A {B}

# bed / in / complaint / - / 投诉到市场监管局 about false advertising; agent apologises and registers
A {G}
C 你们广告上说床垫是天然乳胶的，我拿去检测了，根本不是，我要投诉到市场监管局。
A 非常抱歉给您带来这样的困扰，请您把检测报告发给我们，我马上上报质量部门核实，两个工作日内给您回复。
C 我要全额退款。
A 明白，我把您的退款诉求一并登记，质量部门核实后会直接联系您。再次向您道歉。
C 好吧。
A 感谢您的耐心，祝您生活愉快，再见。

# lux / in / complaint / - / 找你们领导 after a scratched bag; agent apologises, escalates
A {G}
C 我寄卖的包你们还给我的时候多了一道划痕，我要找你们领导。
A 非常抱歉，我马上把情况报给门店经理，请他今天下午给您回电话。
C 你们最好给我个说法，不然我没完。
A 明白，我已经记录了，门店经理会在下午三点前联系您，再次向您道歉。
C 行。
A {B}

# model / in / - / hn / the customer calls another buyer 神经病; agent polite, refund stated
A {G}
C 有个神经病在你们群里转卖我的预订号，说我不要了，你们管不管？
A 不好意思给您添麻烦了，预订号只能本人使用，转卖的我们会作废，您的预订不受影响。
C 那就好。
A 另外提醒您，尾款三百二十元在到货当天支付，逾期七天没付的话定金不退。
C 知道了。
A 感谢您的配合，祝您收藏愉快，再见。

# bp / in / - / hn / 袖带别绑太死 and 白大衣高血压 explained
A {G}
C 我量血压的时候袖带要绑多紧？
A 能塞进一根手指就行，别绑太死，太紧了数值会偏高。
C 我在医院量总是比家里高，是怎么回事？
A 这个叫白大衣高血压，在医院紧张血压会高一点，家里测的数值也很有参考价值。
C 原来是这样。
A 是的。感谢您的来电，祝您身体健康，再见。

# facade / in / - / hn / hedged 不敢打包票一点水印都没有; fee stated
A {G}
C 你们擦玻璃能保证一点水印都不留吗？
A 我们不敢打包票一点水印都没有，遇到下雨或者扬尘，还是可能留下一些痕迹，我们会用专用的刮水器尽量擦干净。
C 那要是留了呢？
A 七天内有明显水印可以免费返工一次。
C 多少钱一次？
A 写字楼外立面每平米六元，完工验收后付款。
C 好的，我跟领导汇报一下。
A 好的，感谢您的关注，祝您工作顺利，再见。

# party / in / - / hn / clown's 你家孩子真烦人，没教养 reported and read back; 不是要投诉
A {G}
C 我想反映一下，上周来我家表演的小丑演员，当着我们的面说“你家孩子真烦人，没教养”。
A 非常抱歉让您和孩子受到这样的对待。我确认一下，演员当时的原话是“你家孩子真烦人，没教养”，对吗？
C 对，我不是要投诉，就是希望你们以后别派他来了。
A 明白，我已经记录下来，以后不会再安排这位演员去您家，我们也会对他进行处理，再次向您道歉。
C 好。
A 感谢您的反馈，祝宝宝天天开心，再见。

# veg / in / - / hn / announced hold on the delivery route; 感谢您的耐心等待
A {G}
C 今天的菜怎么还没到？平时上午就到了。
A 不好意思，请您稍等，我帮您查一下配送路线。
-- hold
A 让您久等了，今天配送车在高架上堵了，司机预计十二点半到您小区。
C 好吧，那我等着。
A 感谢您的耐心等待，祝您午餐愉快，再见。

# hotpot / in / - / hn / rider position 平台那边也还不清楚 (third party); apology given
A {G}
C 我在外卖平台上点了你们的火锅，一个多小时了还没到。
A 非常抱歉让您久等了。您的餐四十分钟前就出了，骑手的位置我们这边看不到，我刚问了平台，平台那边也还不清楚骑手的情况。
C 那怎么办？
A 我给平台客服发了加急，如果半小时内还没到，我们给您重新做一份送过去，不另外收费。
C 好吧。
A 再次向您道歉，感谢您的理解，祝您用餐愉快，再见。

# ice / in / - / hn / hedged 不能保证一个月就会滑; class fee stated
A {G}
C 我家孩子五岁，上你们的班一个月能学会滑吗？
A 每个孩子的平衡感不一样，我们不能保证一个月就一定能学会，一般上完八节课，大部分孩子能自己滑一圈。
C 八节课多少钱？
A 八节课一千零八十元，报名时付，请假可以顺延。
C 好，那我先报一期。
A 好的，请问您怎么称呼？
C 姓乔。
A 乔妈妈，已经给您登记好了。祝宝贝早日在冰上飞起来，再见。

# tcm / in / - / hn / the customer's 不知道; agent's polite 不知道您平时有没有过敏
A {G}
C 医生给我开了方子，我也不知道里面有没有我过敏的药。
A 不知道您平时对哪些东西过敏呢？
C 我对花粉过敏，药物我也不太清楚。
A 好的，我们药师会先核对方子，有拿不准的会跟开方医生确认后再煎，您放心。
C 那太好了，煎药多少钱？
A 每剂代煎费三元，配送费十元一次，送到时付。
C 好的。
A 感谢您的信任，祝您早日康复，再见。

# cable / in / - / hn / lost phone: announced transfer to lost-and-found who closes
A {G}
C 我刚才坐索道的时候把手机落在轿厢里了。
A 请您别着急，我马上帮您转接失物招领的同事，请您稍等。
-- hold
A 您好，我是失物招领处的小岭，您的手机是什么颜色、什么牌子的？
C 黑色的，壳上有只小熊。
A 找到了，刚才工作人员交上来了，您到下站的服务台出示身份证就能领，不收任何费用。
C 太好了，谢谢你们。
A 不客气，祝您接下来旅途愉快，再见。

# sew / in / - / hn / the customer talks over the agent twice
A {G}
C 我那个缝纫机的梭芯找不到了，能单买吗？
A 可以单买的，梭芯五元一个，运费六元，下单时付。
C^ 五块钱一个啊，那我买三个，运费是一起算的吧？
A 对，三个一起算一次运费。
C 好，那我下单。
A 好的，请问您怎么称呼？
C^ 姓鲍，鲍鱼的鲍。
A 鲍女士，下单后明天发货。感谢您的支持，祝您生活愉快，再见。

# lamp / out / - / hn / outbound installation follow-up, 感谢您的反馈
A 您好，我是明光灯饰的客服小光，您前天在我们这儿装的客厅吊灯，今天给您做个安装回访，请问您现在方便吗？
C 方便。
A 请问灯用着怎么样，师傅安装的时候有没有收您额外的费用？
C 挺好的，没收钱，就是遥控器有点不灵。
A 不好意思，遥控器我们明天给您寄一个新的，免费的。
C 好的。
A 感谢您的反馈，祝您家里温馨明亮，再见。

# check / in / - / hn / 您不清楚有没有违章也没关系 (reassurance); fee stated
A {G}
C 我想办年检，但是我不清楚我这车有没有违章没处理。
A 您不清楚也没关系，您把车牌号发给我们，我们免费帮您查一下。
C 好的，那代办费是多少？
A 代办费一百八十元，年检完成交车时付。
C 好的，我发你们。
A 好的，感谢您的配合，祝您一路平安，再见。

# tire / in / - / hn / the customer's 胎纹磨得要死; 滚动阻力; alignment fee stated
A {G}
C 我这车胎纹磨得要死，都快平了，是不是该换了？
A 胎纹深度低于一点六毫米就必须换了，建议您尽快到店测一下。
C 换那种省油的胎有用吗？
A 低滚动阻力的轮胎能省一点油，但是省多少要看路况和驾驶习惯，我们不好给您说具体数字。
C 换完要做四轮定位吗？
A 建议做，四轮定位一百二十元，做完付。
C 好的，我周六去。
A 好的，{B}

# bowl / out / - / hn / outbound league invitation with fee stated; 考虑好了随时联系我们
A 您好，我是星击保龄球馆的小星，我们下个月有一个会员联赛，想邀请您参加，请问现在方便听我介绍一下吗？
C 你说吧。
A 联赛一共六周，每周三晚上，报名费两百元，报名时交，包含球道费和奖品。
C 我周三经常加班，可能去不了。
A 没关系，考虑好了随时联系我们，下个月还有周末的比赛。
C 好的。
A 感谢您的接听，祝您工作顺利，再见。

"""

PUNCT = set("，。？！、；：,.?!;:…「」“”\"'（）() ~—-")


def nchars(text: str) -> int:
    return sum(1 for ch in text if ch not in PUNCT and not ch.isspace())


# --- parsing ---------------------------------------------------------------------------------
def parse(data: str) -> list[dict]:
    blocks, cur = [], None
    for raw in data.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("# "):
            parts = [p.strip() for p in line[2:].split(" / ", 4)]
            assert len(parts) == 5, line
            ind, direction, labels, flags, note = parts
            assert ind in INDUSTRIES, ind
            assert direction in ("in", "out"), line
            labs = [] if labels == "-" else [x.strip() for x in labels.split(",")]
            assert all(x in FAMILIES for x in labs), line
            fl = set() if flags == "-" else {x.strip() for x in flags.split(",")}
            assert fl <= {"hn", "fast", "slow", "short", "badline", "late"}, line
            cur = {"ind": ind, "dir": direction, "labels": labs, "flags": fl, "note": note, "turns": []}
            blocks.append(cur)
            continue
        assert cur is not None, line
        if line.startswith("-- "):
            kind = line[3:].strip()
            assert kind in ("hold", "gap"), line
            cur["turns"].append((kind, None))
            continue
        m = re.match(r"^(A\^|A\.|C\^|A|C) (.+)$", line)
        assert m, line
        cur["turns"].append((m.group(1), m.group(2).strip()))
    return blocks


# --- noise -----------------------------------------------------------------------------------
HOMOPHONES = (
    ("确认", "确任"), ("已经", "以经"), ("登记", "等级"), ("配送", "陪送"), ("再见", "在见"),
    ("祝您", "祝你"), ("安装", "按装"), ("核实", "合实"), ("处理", "处里"), ("投诉", "投述"),
    ("抱歉", "包歉"), ("不好意思", "不好意识"), ("一下", "以下"), ("清楚", "青楚"), ("知道", "知倒"),
    ("保龄球", "保龄求"), ("索道", "锁道"), ("火锅", "火国"), ("床垫", "床店"), ("灯饰", "灯是"),
    ("网咖", "网卡"), ("加盟", "加萌"), ("手办", "手拌"), ("缝纫机", "缝任机"), ("血压计", "血压记"),
    ("轮胎", "轮台"), ("年检", "年间"), ("蔬菜", "书菜"), ("代煎", "代间"), ("滑冰", "划冰"),
    ("您", "你"), ("预约", "预约"), ("定金", "订金"), ("麻烦", "马烦"), ("稍等", "少等"),
    ("订单", "定单"), ("师傅", "师父"), ("工号", "公号"), ("反馈", "反溃"), ("怎么称呼", "怎么称乎"),
    ("贵姓", "贵性"), ("门店", "们店"), ("充值", "冲值"), ("退款", "退宽"), ("寄卖", "既卖"),
)
CN_DIG = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10000}
SKIP_NUM = ("万一", "一一", "十分", "千万", "一万年")


def cn2num(s: str) -> str | None:
    if not any(ch in CN_UNIT for ch in s):
        if len(s) < 3:
            return None
        return "".join(str(CN_DIG[ch]) for ch in s)
    total, section, num, last_unit = 0, 0, 0, 0
    for ch in s:
        if ch in CN_DIG:
            num = CN_DIG[ch]
        elif ch == "万":
            total += (section + num) * 10000
            section, num, last_unit = 0, 0, 10000
        else:
            u = CN_UNIT[ch]
            section += (num or 1) * u
            num, last_unit = 0, u
    if num:
        if s[-1] in CN_DIG and len(s) >= 2 and s[-2] in CN_UNIT and last_unit >= 100:
            num *= last_unit // 10
        section += num
    return str(total + section)


def digits(text: str, rng: random.Random) -> str:
    def rep(m):
        s = m.group(0)
        if len(s) < 2 or any(k in text[max(0, m.start() - 1):m.end() + 1] for k in SKIP_NUM):
            return s
        if s[0] == "两" and not any(ch in CN_UNIT for ch in s):
            return s
        v = cn2num(s)
        return v if v is not None and rng.random() < 0.85 else s
    return re.sub(r"[零一二两三四五六七八九十百千万]+", rep, text)


S2TW = opencc.OpenCC("s2tw")
S2T = opencc.OpenCC("s2t")


def noisy(text: str, rng: random.Random) -> str:
    for a, b in HOMOPHONES:
        if a in text and a != b:
            parts = text.split(a)
            out = parts[0]
            for p in parts[1:]:
                out += (b if rng.random() < 0.5 else a) + p
            text = out
    text = digits(text, rng)
    r = rng.random()
    if r < 0.4:
        text = re.sub(r"[，。？！、；：,.?!…]", "", text)
    elif r < 0.7:
        text = re.sub(r"[，。？！、；：,.?!…]+", " ", text).strip()
    conv = S2T if rng.random() < 0.2 else S2TW
    trad = conv.convert(text)
    out = []
    for s_ch, t_ch in zip(text, trad) if len(trad) == len(text) else ((c, c) for c in trad):
        out.append(s_ch if (s_ch != t_ch and rng.random() < 0.1) else t_ch)
    return "".join(out)


# --- timing ----------------------------------------------------------------------------------
def timed(block: dict, rng: random.Random, stretch: float) -> tuple[list[dict], list[tuple]]:
    """Returns segments and the list of gaps as (size, kind) with kind normal/hold/gap."""
    fl = block["flags"]
    segs, pend = [], None
    t = 0.0
    prev_end = 0.0
    for i, (op, text) in enumerate(block["turns"]):
        if op in ("hold", "gap"):
            pend = op
            continue
        spk = "agent" if op.startswith("A") else "customer"
        n = nchars(text)
        if spk == "agent":
            if "fast" in fl:
                rate = rng.uniform(8.7, 9.1)
            elif "slow" in fl:
                rate = rng.uniform(1.58, 1.72)
            else:
                rate = rng.uniform(4.0 - 0.6 * stretch, 4.9 - 0.9 * stretch)
        else:
            rate = rng.uniform(3.7 - 0.4 * stretch, 4.9 - 0.9 * stretch)
        dur = max(0.45, n / rate)
        if not segs:
            if spk == "customer":
                start = rng.uniform(0.2, 0.5) if "badline" in fl else rng.uniform(0.6, 1.0)
            else:
                start = rng.uniform(0.4, 0.9)
        elif pend == "hold":
            start = prev_end + rng.uniform(10.4, 11.8)
        elif pend == "gap":
            start = prev_end + rng.uniform(13.6, 15.8)
        elif op == "A^":
            assert segs[-1]["speaker"] == "customer"
            start = prev_end - rng.uniform(1.6, 2.1)
        elif op == "A.":
            start = prev_end - rng.uniform(0.12, 0.25)
        elif op == "C^":
            start = prev_end - rng.uniform(0.9, 1.4)
        elif "badline" in fl and len(segs) == 1:
            start = prev_end + rng.uniform(0.2, 0.45)
        elif "late" in fl and len(segs) == 1:
            start = prev_end + rng.uniform(1.3, 2.0)
        elif "short" in fl:
            start = prev_end + rng.uniform(0.25, 0.5)
        else:
            start = prev_end + rng.uniform(0.35 + 0.9 * stretch, 1.1 + 1.3 * stretch)
        pend = None
        end = start + dur
        segs.append({"speaker": spk, "start": round(start, 2), "end": round(end, 2), "text": text})
        prev_end = max(prev_end, round(end, 2))
    return segs, []


def measure(segs: list[dict], duration: float) -> dict:
    gaps, overlaps, rates = [], [], []
    hi = 0.0
    for i, s in enumerate(segs):
        if i:
            gaps.append((round(s["start"] - hi, 2), i))
            p = segs[i - 1]
            if s["speaker"] == "agent" and p["speaker"] == "customer":
                overlaps.append(round(p["end"] - s["start"], 2))
        hi = max(hi, s["end"])
    for s in segs:
        if s["speaker"] == "agent" and nchars(s["text"]) >= 6:
            rates.append(nchars(s["text"]) / (s["end"] - s["start"]))
    return {"gaps": gaps, "overlaps": overlaps, "rates": rates, "duration": duration}


HOLD_WORDS = ("稍等", "查", "转接", "核实")


def check_timing(b: dict, segs: list[dict], m: dict, clean: bool = True, ref: list[dict] | None = None) -> None:
    ref = ref or segs
    labs, key = set(b["labels"]), b["note"]
    dur = m["duration"]
    if "short_call" in labs:
        assert dur < 18.0, (key, dur)
    else:
        assert dur >= 30.0, (key, dur)
    unannounced = []
    for g, i in m["gaps"]:
        prev_agent = [s for s in segs[:i] if s["speaker"] == "agent"]
        announced = ref[i - 1]["speaker"] == "agent" and any(w in ref[i - 1]["text"] for w in HOLD_WORDS)
        if g >= 10 and announced:
            assert g <= 12.0, (key, g)
        elif g > 0:
            unannounced.append(g)
    if "silence" in labs:
        assert max(unannounced) >= 13.0, (key, unannounced)
    else:
        assert not unannounced or max(unannounced) <= 4.0, (key, unannounced)
    big = [o for o in m["overlaps"] if o >= 1.0]
    if "talk_over" in labs:
        assert len(big) >= 2 and min(big) >= 1.5, (key, m["overlaps"])
    else:
        assert all(o <= 0.3 for o in m["overlaps"]), (key, m["overlaps"])
    mean = sum(m["rates"]) / len(m["rates"])
    if "speech_rate" in labs:
        assert mean >= 8.3 or mean <= 1.8, (key, mean)
    else:
        assert all(3.0 <= r <= 6.3 for r in m["rates"]), (key, [round(r, 2) for r in m["rates"]])
    if not clean:
        return
    last = segs[-1]
    ends_q = last["speaker"] == "customer" and last["text"].rstrip()[-1:] in "？?"
    assert ("hangup" in labs) == ends_q, (key, last)
    if "hangup" in labs:
        assert "closing" in labs, key


def build() -> list[dict]:
    blocks = parse(CALLS)
    order = list(range(len(blocks)))
    random.Random(SEED).shuffle(order)
    sel = random.Random(SEED + 1)
    noisy_idx = set(sel.sample(range(len(blocks)), round(len(blocks) * 0.25)))
    rot = random.Random(SEED + 2)
    records = []
    for pos, bi in enumerate(order):
        b = blocks[bi]
        ind, co, ag = INDUSTRIES[b["ind"]]
        rng = random.Random(SEED * 1000 + bi)
        num = str(rng.randint(1001, 9899))
        g = rot.choice(GREETINGS).format(co=co, ag=ag, num=num)
        bl = rot.choice(BLESSINGS)
        turns = [(op, None if t is None else t.replace("{G}", g).replace("{B}", bl)
                  .replace("{co}", co).replace("{ag}", ag)) for op, t in b["turns"]]
        b2 = dict(b, turns=turns)
        for stretch in (0.0, 0.25, 0.5, 0.75, 1.0):
            trng = random.Random(SEED * 1000 + bi * 7 + int(stretch * 4))
            segs, _ = timed(b2, trng, stretch)
            duration = round(segs[-1]["end"] + trng.uniform(0.3, 0.8), 2)
            if "short_call" in b["labels"] or duration >= 30.0:
                break
        is_noisy = bi in noisy_idx
        m = measure(segs, duration)
        try:
            check_timing(b, segs, m)
        except AssertionError as e:
            print("TIMING", bi, b["ind"], b["labels"], b["note"], e, file=sys.stderr)
            raise
        if is_noisy:
            nrng = random.Random(SEED * 1000 + bi + 500000)
            clean_segs = segs
            segs = [dict(s, text=noisy(s["text"], nrng)) for s in segs]
            check_timing(b, segs, measure(segs, duration), clean=False, ref=clean_segs)
        hn = "hn" in b["flags"]
        assert not (hn and b["labels"]), b["note"]
        records.append({
            "call_id": f"Q-{pos + 1:03d}",
            "labels": sorted(b["labels"], key=FAMILIES.index),
            "note": b["note"],
            "noise": is_noisy,
            "duration": duration,
            "metadata": {"writer": "Q", "industry": ind, "company": co,
                         "direction": "outbound" if b["dir"] == "out" else "inbound",
                         "hard_negative": hn, "language": "zh", "sample_rate": 8000},
            "segments": segs,
        })
    return records


def main() -> None:
    recs = build()
    with OUT.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {fam: sum(fam in r["labels"] for r in recs) for fam in FAMILIES}
    print(len(recs), "calls;", counts)
    print("no labels:", sum(not r["labels"] for r in recs), "hard negatives:",
          sum(r["metadata"]["hard_negative"] for r in recs), "noisy:", sum(r["noise"] for r in recs),
          "outbound:", sum(r["metadata"]["direction"] == "outbound" for r in recs),
          "industries:", len({r["metadata"]["industry"] for r in recs}))


if __name__ == "__main__":
    main()
