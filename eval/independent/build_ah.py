"""Independent labelled call set AH (tune_ah.jsonl, formerly heldout_ah.jsonl) — a TUNING set since rulebook 2026.12.27 (blind figures in eval/independent/README.md).

Writer AH adopts writer AE's label policy unchanged (writer Z's policy, the AA, AB, AC, AD readings and AE's own,
with its timing thresholds) plus the AF and AG readings. Timing families are computed from the generated segment
times and asserted against the hand labels: short_call < 20 s (others >= 30 s); silence an unannounced gap >= 10 s
(holds announced with 稍等 / 稍候 in the agent's turn just before are not; every other gap <= 4 s); talk_over the agent
starting >= 1.0 s before the customer's segment ends (agent cut-ins are 1.5-2.2 s; the customer cutting in on the
agent is not talk_over); speech_rate the agent's mean rate over turns of >= 6 characters >= 7.5 or <= 2.0 chars/s
(negatives keep every such agent turn within 3.0-6.2); hangup the clean transcript ending on the customer's unanswered
question or 喂？喂？ (every hangup call also carries closing).

Data format (AE's approach, AH's own text): industries `% code | industry | company | short`; calls
`# code | in|out | labels | flags | note`; turns `a:` / `c:` / `a>:` (agent cuts in) / `c>:` (customer cuts in) /
`.hold N` / `.gap N`; flags hn, fast, drawl, short. {G}/{C} rotating correct greeting/closing, {hi}, {co}, {s},
{name}, {no}. random.Random(SEED) only picks timing, order, the noisy calls and their noise, and the rotations;
every dialogue is hand-written by writer AH. AH wrote more calls than 150; calls written too short for a >= 30 s
negative are left out, and the rest are thinned to 150 with the same random.Random(SEED) while every family keeps
>= 8 positives (insult >= 20), >= 40 hard negatives remain, all 22 industries stay, and calls flagged `keep` (the
name_ask, 喂, 不知道 / 不清楚, transfer, hold and trade-word hard negatives) are never thinned. Flag `hn` is also set on
positive calls that carry a trap for another family (a fee asked and stated with amount and moment, a hedge, a
customer-side 喂, a quoted insult while registering a complaint).

AH: readings writer AH had to choose (they only settle what the adopted policy leaves open or what AH's calls bring up):
AH: contempt for a customer's pension or savings (就您那点退休金), for a customer's spouse's patience, for a
    customer's playing compared with a small child, calling the customer 属猪的 / 乡巴佬, 您也配 ..., a jibe framed
    as concern (您是不是该吃药了), contempt for a customer's courage (胆儿比芝麻还小) and for a cheap lodging choice
    (住得起青旅的还讲什么服务) are insult.
AH: trade words that share characters with insults are innocent: 将死 / 杀棋 / 臭棋 (chess), 狼音 / 死音 (violin),
    死结 / 栽头 (kites), 闷死 / 杀螨 / 蜂毒 (beekeeping), 老古董 of a clock, 歪脖子 / 死桩 / 丑石 (bonsai), 狗屎地 (jade),
    臭豆腐 / 毛豆腐 / 老豆腐 (tofu), 猴头菇 / 毒蘑菇 / 杂菌 (mushrooms), 猴魁 / 粗老 (tea), 瘪嘴 / 没牙 said by the
    customer (dentures), 宰客 / 黑车 quoted in a complaint about a driver.
AH: asking the name of a third party (那位司机叫什么您记得吗 / 收件人写谁的名字) is not name_ask; neither is
    confirming a name already known (是周阿姨吧); 你叫啥 / 名字报一下 / 姓什么 to the customer is.
AH: 喂 said by the customer (喂？信号不好) is nothing; the agent's announced 请您稍等，我查一下 followed by a long
    wait is no silence.
AH: a fee answered with the amount and the moment (押金两百，退房时退 / 从第二个月一号起每月三十八) is not tariff;
    先用着不着急 / 回头再说钱的事 / 到时候看 is.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

import opencc

SEED = 20270102
OUT = Path(__file__).resolve().parent / "tune_ah.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask", "apology", "shirking",
            "overpromise", "colleague", "complaint", "silence", "talk_over", "speech_rate", "short_call", "hangup")
NOISY_SHARE = 0.25
NAMES = ["小澄", "小乔", "小麦", "小岑", "小景", "小骆", "小葛", "小邬", "小芦", "小鞠", "小苑", "小莘", "小祁"]
HI = ["您好", "您好", "您好", "早上好", "下午好", "上午好", "晚上好"]
GREETINGS = [
    "{hi}，{co}，我是{name}，请问有什么可以帮您？",
    "{hi}，欢迎致电{co}，{no}号{name}为您服务，请问您需要什么帮助？",
    "{hi}，这里是{co}客服中心，我是{name}，请问您想咨询什么？",
    "{hi}，感谢您来电{co}，工号{no}的{name}很高兴为您服务，请问有什么事？",
    "{hi}，{co}服务热线，我是{name}，请问今天能帮您做点什么？",
    "{hi}，您已接通{co}，我是{name}，请讲您的需求。",
]
CLOSINGS = [
    "好的，谢谢您的来电，祝您{w}，再见。",
    "不客气，后面有问题随时找我们，祝您{w}！",
    "感谢您的理解，{no}号{name}祝您{w}，再见。",
    "那就先这样，谢谢您，祝您{w}，拜拜。",
    "感谢您选择{s}，祝您{w}，再见！",
    "处理结果会短信告诉您，谢谢来电，祝您{w}。",
]
WISHES = ["生活愉快", "一切顺利", "身体健康", "万事如意", "心情愉快", "周末愉快", "阖家幸福", "工作顺利"]
PUNCT = set("，。？！、；：,.?!;:…“”‘’（）()—-~《》 ")
HOLD_WORDS = ("稍等", "稍候")

DATA = r"""
% K | kite shop | 潍坊鸢飞风筝坊 | 鸢飞
% B | beekeeping supplies | 蜂农之家养蜂器材 | 蜂农之家
% X | chess club | 黑白格国际象棋俱乐部 | 黑白格
% Q | clock and watch repair | 老时光钟表维修 | 老时光
% V | violin workshop | 弦歌提琴工作室 | 弦歌
% U | guitar school | 六弦吉他培训 | 六弦
% R | rice delivery | 稻香源大米配送 | 稻香源
% T | tea-garden tours | 云雾山茶园 | 云雾山
% W | winery | 贺兰山麓酒庄 | 贺兰山麓
% H | hot-spring resort | 汤泉谷温泉度假村 | 汤泉谷
% Y | youth hostel | 背包客青年旅舍 | 背包客
% D | taxi dispatch | 蓝天出租车电召中心 | 蓝天
% P | bonsai nursery | 松风盆景园 | 松风
% E | embroidery workshop | 锦绣坊刺绣工坊 | 锦绣坊
% J | jade jeweller | 和田玉缘珠宝 | 玉缘
% L | pearl shop | 碧波珍珠 | 碧波
% N | noodle factory | 麦香挂面厂 | 麦香
% F | tofu workshop | 豆香坊 | 豆香坊
% S | ginseng trader | 长白参业 | 长白参业
% M | mushroom farm | 林下菌业 | 林下
% O | lantern maker | 红灯笼工艺社 | 红灯笼
% Z | denture clinic | 齿康义齿门诊 | 齿康

# K | in | - | hn | trade words 死结 / 栽头
a: {G}
c: 我上周买的那个老鹰风筝，一放起来就往下栽头，是不是我线拴错了？
a: 不好意思给您添麻烦了，栽头一般是提线点太靠前，您把提线往后挪两指，再检查一下有没有打成死结。
c: 死结倒是有一个，我解开试试，要是还不行呢？
a: 还不行的话您拍个视频发我们微信，师傅看了给您免费寄一根新的骨架。
c: 好，那我先试试。
a: {C}
# K | in | insult,apology | - | intelligence jibe, customer hurt
a: {G}
c: 风筝线老是缠在一起，怎么都理不开。
a: 线轮反着绕就会缠，您这脑子，是您放风筝还是风筝放您啊？
c: 你这人怎么说话呢？我就是问问。
a: 那您按说明书第三页顺着绕就行了。
c: 行吧。
a: {C}
# K | out | name_ask | - | outbound blunt name ask
a: {hi}，我是{co}的{name}，您前天在我们网店下单的蜈蚣风筝还没填收货人，跟您核对一下。
c: 哦对，忘填了。
a: 你叫啥？我给你写上。
c: 我姓郑，郑国庆。
a: 好的郑先生，地址还是潍坊奎文区那个吗？
c: 对，就那个地址。
a: 好的，今天下午就给您发出，{C}
# K | in | short_call | short | quick stock question
a: {G}
c: 软体章鱼还有货吗？
a: 有的，还有三只。
c: 好，那我下单。
a: {C}
# K | in | tariff | - | shipping glossed
a: {G}
c: 我要订二十只小燕子风筝给幼儿园，运费怎么算？
a: 运费您先别管，先下单，回头再说钱的事。
c: 那总得有个数吧？
a: 不会多的，您放心，发货的时候系统自己会算。
c: 那好吧，我先拍了。
a: {C}
# K | in | overpromise | - | no wind promise
a: {G}
c: 我想买个给七岁孩子玩的，怕他放不起来。
a: 您买我们这款小三角，保证一点风没有也能飞上天，孩子一放就会。
c: 真的啊？那我买一个。
a: 好的，已经给您下单了，明天发货。
c: 谢谢啊。
a: {C}
# K | in | - | hn | customer 喂 and bad line, hedged
a: {G}
c: 喂？喂？信号不太好，你听得见吗？
a: 听得见的，您请讲。
c: 我想问大的串灯风筝，晚上放安全吗？
a: 一般风力三到四级比较合适，具体还要看现场，离高压线远一点就安全，我们不敢给您打包票。
c: 明白了，谢谢。
a: {C}
# B | in | - | hn | 闷死 / 杀螨 / 蜂毒 trade words
a: {G}
c: 我买的蜂箱运过来，有两箱蜂闷死了一半，是不是透气不好？
a: 真是抱歉让您受损失了，运输时纱窗要打开，不然容易闷死，您拍照发给我们，按售后规定补您两框蜂。
c: 好的。还有杀螨的药你们有吗？
a: 有的，草酸杀螨片，一盒三十八元，下单时一起付款，包邮。
c: 那再加一盒。蜂毒会不会弄到手上？
a: 操作时戴好防蜂手套就不会，您放心。
c: 好，谢谢你。
a: {C}
# B | in | insult | - | memory jibe
a: {G}
c: 我去年在你们这买的那个摇蜜机，型号我忘了，能查吗？
a: 您这记性，还是别养蜂了，蜂箱放哪儿都得忘吧。
c: 嗯，那你帮我查一下订单。
a: 查到了，是不锈钢四框的那款，配件给您寄一套。
c: 好。
a: {C}
# B | in | filler | hn | agent filler run; price asked and stated with moment
a: {G}
c: 新手养中蜂，先买什么比较好？
a: 呃，这个，就是，您先买一个标准箱，然后那个，呃，再配一套工具，就是起刮刀啊蜂刷啊这些。
c: 大概多少钱？
a: 啊，那个，标准箱一百二十元一个，工具套装六十元，就是下单就付款。
c: 好的，我先下个单。
a: 那个，好的，{C}
# B | in | shirking,apology | - | refusal to handle own product
a: {G}
c: 你们寄来的巢础片全是碎的，十张碎了七张。
a: 那是快递摔的，跟我们没关系，你找快递公司去。
c: 可我是在你们这买的啊，快递也是你们发的。
a: 我们发出去的时候是好的，你自己去跟快递理论吧。
c: 真是的。
a: {C}
# B | in | - | hn | fee stated with moment
a: {G}
c: 你们那个蜂场托管服务怎么收费？
a: 托管是每箱每年一百五十元，签约当天收一半，秋季取蜜前收另一半，没有别的费用。
c: 行，那我考虑一下再联系你们。
a: 好的，您考虑好了随时打来，{C}
# X | in | - | hn | chess trade words 将死 / 杀棋 / 臭棋
a: {G}
c: 我下了十年臭棋了，还想报你们的成人班，能跟得上吗？
a: 当然可以，成人班从基本杀棋和残局将死练起，进度按每个人情况来。
c: 一期多少钱，什么时候交？
a: 一期十二节课一千二百元，第一节课上完后再交，觉得不合适不用交。
c: 那挺好，帮我登记一下。
a: 好的，请问您怎么称呼？
c: 我姓梁。
a: 梁先生，已经帮您登记了周六下午的班，{C}
# X | in | insult,apology | - | comparison with a child
a: {G}
c: 我上次比赛输给你们俱乐部一个小孩，想问问有没有针对性的课。
a: 我们这儿八岁的孩子都比您下得好，您要不从入门班开始吧。
c: 你这是什么意思？看不起人是吧？
a: 我就是实话实说，入门班周三晚上有。
c: 算了，我再想想。
a: {C}
# X | out | greeting | - | outbound without company
a: {hi}，我是{name}，您孩子上周试听的那节课感觉怎么样？
c: 你是哪里的？
a: 哦，我们是{co}的，就是您来试听的那家。
c: 哦哦，孩子挺喜欢的。
a: 那太好了，正式班下周开课，我把课表发您微信。
c: 好的，谢谢。
a: {C}
# X | in | colleague | - | contempt for colleague
a: {G}
c: 我上周打来说要换周日班，到现在也没人给我回电话。
a: 不好意思啊，那天是小郑接的吧，他那人干活就是稀里糊涂的，什么事都记不住。
c: 那现在能换吗？
a: 能的，我现在给您改成周日上午九点。
c: 好，谢谢。
a: {C}
# X | in | silence | - | 我查一下 then long gap
a: {G}
c: 我想查一下我儿子的等级分更新了没有，叫林子轩。
a: 好的，我查一下。
.gap 14
a: 查到了，已经更新到一千三百五十分了。
c: 好的，谢谢啊。
a: {C}
# X | in | - | hn,keep | announced hold
a: {G}
c: 周末那场公开赛还能报名吗？
a: 请您稍等，我帮您看一下名额。
.hold 22
a: 感谢您的耐心等待，还剩四个名额，报名费八十元，报名时支付。
c: 那帮我报一个吧，我叫孙立伟。
a: 好的孙先生，已经帮您登记了，{C}
# Q | in | - | hn | 老古董 of the clock, not the customer
a: {G}
c: 我家有个老座钟，民国时候的，停了好几年了，还能修吗？
a: 这种老古董我们经常修，一般是发条或者擒纵出了问题，师傅看了才能给准话。
c: 修一下大概多少钱？
a: 检测免费，修的话一般在三百到八百元之间，师傅报价您同意了才收费，取钟的时候付。
c: 好的，那我周末拿过来。
a: {C}
# Q | in | forbidden,apology | - | 不知道 ends matter
a: {G}
c: 我上个月送修的那块手表，说好十天，现在都二十天了还没好。
a: 不知道，师傅那边的事我不清楚。
c: 那我问谁啊？
a: 你问我我也没办法。
c: 好吧。
a: {C}
# Q | in | overpromise | hn | guarantee never slow; fee asked and stated with moment
a: {G}
c: 我的机械表每天慢一分钟，你们能调好吗？
a: 能，我们给您洗油校准，保证以后十年一秒都不差。
c: 这么厉害？那多少钱？
a: 洗油两百八，取表的时候付就行。
c: 好，那我明天送过去。
a: {C}
# Q | in | talk_over | - | agent cuts in
a: {G}
c: 我想问一下你们换表带是现场换还是要留在那里，因为我下午还要
a>: 现场换，十分钟就好。
c: 哦，那我下午三点过去可以吗？
a: 可以的，三点师傅在店里，您直接过来就行。
c: 好的。
a: {C}
# Q | in | - | hn,keep | 不清楚 of third party with where to ask
a: {G}
c: 我这表是在商场专柜买的，保修期内你们能修吗？
a: 品牌保修的规定我们这边不清楚，您可以打表背后那个品牌售后电话问一下，如果过了保修我们再给您修。
c: 好的，那我先打过去问问。
a: {C}
# V | in | - | hn,keep | 狼音 / 死音 violin trade words
a: {G}
c: 我的琴在G弦高把位有狼音，有时候还有一种死音，发闷。
a: 不好意思让您困扰了，狼音比较常见，可以装一个消狼器，发闷可能是音柱位置偏了，您带过来我们调一下。
c: 调音柱要钱吗？
a: 调音柱八十元，当场调完付款。
c: 行，那我周六过去。
a: {C}
# V | in | insult,apology | - | age jibe
a: {G}
c: 我今年六十八了，想学小提琴，你们有成人班吗？
a: 您这岁数，手都不利索了，还学什么小提琴，图个啥呀。
c: 怎么说话呢你，年纪大就不能学了？
a: 有是有，周二上午有个成人班。
c: 哼。
a: {C}
# V | in | speech_rate | fast,hn | agent rushes; rental fee stated with moment
a: {G}
c: 我想给孩子租一把四分之一的琴。
a: 四分之一的琴租金每月八十元押金五百元签合同当天交押金和第一个月租金退琴的时候押金全退您看可以吗？
c: 等一下，押金多少？
a: 押金五百元签合同当天交退琴的时候全额退给您租金每月八十元每月一号扣。
c: 哦，好的，那我周末去签。
a: {C}
# V | in | tariff | - | rental fee glossed
a: {G}
c: 你们那个租琴试用，试用完之后要收钱吗？
a: 先用着，不着急，钱的事以后再说。
c: 我是想知道多少钱，从什么时候开始扣。
a: 反正不贵，到时候看吧。
c: 那好吧。
a: {C}
# U | in | - | hn | customer self-deprecating 笨手指, sincere reassurance
a: {G}
c: 我这手指特别笨，学了两个月还按不好横按，是不是不适合学？
a: 您一点都不笨，横按是每个人都会卡住的地方，我们有专门的横按小课，三节课一百五十元，报名时付。
c: 那我报一下吧。
a: 好的，请问您贵姓？
c: 姓韩。
a: 韩先生，已经给您排在下周三晚上，{C}
# U | in | insult | - | sarcasm about expertise
a: {G}
c: 你们老师教的指法不对，我在网上看的视频不是这样的。
a: 哟，您可真是大专家，比我们老师还懂，那您跟视频学不就完了，还来上课干嘛。
c: 我只是提个意见。
a: 那意见我记下了。
c: 嗯。
a: {C}
# U | in | name_ask | - | blunt name ask
a: {G}
c: 我想报周末的民谣吉他班。
a: 行，名字报一下。
c: 张海燕。
a: 电话呢？
c: 一三九零五一二七七六八。
a: 好的，周六上午十点上课，学费八百元上第一节课时交，{C}
# U | in | greeting | hn | bare 嗯 then greeting; customer-side 喂
a: 嗯？
c: 喂？是六弦吉他吗？
a: {G}
c: 我想问下你们有没有线上课。
a: 有的，线上课每月两百元，开课前付，四节课。
c: 好的，我考虑一下。
a: {C}
# U | in | hangup,closing | - | agent abandons
a: {G}
c: 我报的那个班老师换了，课时怎么算？
a: 课时不变的，还是十二节。
c: 那之前请假那两节能补吗？
# U | in | - | hn,keep | polite ending customer says goodbye last
a: {G}
c: 我想改一下上课时间，从周三改到周四。
a: 好的，已经帮您改到周四晚上七点了。
c: 好的，谢谢。
a: {C}
c: 再见。
# R | in | - | hn | 陈米 / 虫子 trade words, apology given
a: {G}
c: 你们送来的米里有小虫子，是不是陈米啊？
a: 非常抱歉，给您添麻烦了，这批是今年的新米，可能是仓储受潮生了米虫，我们马上给您换一袋，原来那袋不用退回。
c: 那好吧，什么时候送？
a: 明天上午十点前送到。
c: 行。
a: {C}
# R | in | insult,apology | - | money jibe
a: {G}
c: 你们五常大米怎么卖这么贵，五十块一斤？
a: 嫌贵就别吃好米啊，几块钱的米多的是，这米本来也不是给您这种人准备的。
c: 你这话说得太难听了吧。
a: 那您自己看着办吧。
c: 算了。
a: {C}
# R | in | complaint | - | complaint registered with apology
a: {G}
c: 我订的米第三次送晚了，我要投诉你们配送站。
a: 非常抱歉给您带来不便，我这边给您登记投诉，配送站站长会在二十四小时内回电给您。
c: 好，我等电话。
a: {C}
# R | out | - | hn,keep | name already known
a: {hi}，我是{co}的{name}，请问是周阿姨吧？
c: 对，是我。
a: 周阿姨，您订的二十斤东北大米今天下午三点左右送到，家里有人吗？
c: 有人，我一直在家。
a: 好的，那司机到了给您打电话，{C}
# R | in | short_call | short | wrong number
a: {G}
c: 啊，打错了不好意思。
a: 没关系，{C}
# R | in | shirking,closing,apology | - | refuses and ends curtly, no apology
a: {G}
c: 我家的米缸是你们送米时送的，现在盖子裂了。
a: 赠品不保修，我们不管这个。
c: 那你们能换一个吗？
a: 不能，就这样吧。
# T | in | - | hn | 猴魁 / 粗老 trade words
a: {G}
c: 你们茶园有太平猴魁卖吗？上次买的有点粗老。
a: 不好意思，上次那批是秋茶，叶子偏粗老，猴魁我们今年春茶还有，二两装三百六十元，下单时付款。
c: 那我要一盒春茶。
a: 好的，已经给您下单了，明天发顺丰。
c: 谢谢。
a: {C}
# T | in | insult,apology | - | region jibe
a: {G}
c: 我想来你们茶园采茶，听说可以自己炒茶？
a: 能是能，就是你们乡下人来了也就图个新鲜，懂什么茶啊。
c: 我是乡下的怎么了？你瞧不起谁呢？
a: 那您报个名吧，周六上午有一场。
c: 不报了。
a: {C}
# T | in | overpromise | - | guaranteed good weather
a: {G}
c: 我们公司团建想订下周六的采茶一日游，那天会不会下雨？
a: 您放心，我保证那天绝对是大晴天，一滴雨都不会下。
c: 好，那订三十个人。
a: 好的，三十人每人一百二十元，出发前一天付清。
c: 行。
a: {C}
# T | in | speech_rate | drawl | agent drawls
a: {G}
c: 我想问一下下周的采茶活动还有名额吗？
a: 有……的……还……有……名……额……
c: 那多少钱一个人？
a: 一……百……二……十……元……一……位……
c: 好，那我报两个。
a: {C}
# T | in | complaint | hn | quoted insult in complaint
a: {G}
c: 我要投诉你们的导游，她当着大家面说我们是一群土包子，什么都不懂。
a: 非常抱歉让您受委屈了，我确认一下，导游说的是“一群土包子，什么都不懂”，对吗？
c: 对，就是这么说的。
a: 好的，这边已经登记投诉，主管会在今天之内给您回电处理。
c: 好。
a: {C}
# W | in | - | hn | 木塞污染 / 氧化 trade words
a: {G}
c: 我买的那瓶赤霞珠一打开有股霉味，是不是坏了？
a: 真不好意思，这可能是木塞污染，我们给您补寄一瓶，坏的那瓶您拍个照就行，不用寄回。
c: 好，那谢谢了。
a: {C}
# W | in | insult | - | job jibe
a: {G}
c: 我是开货车的，想买几瓶好酒过年送人，推荐一下。
a: 您一个开大车的，喝得出什么好坏，买最便宜的那款就够了。
c: 行吧，那就那款。
a: 好，给您下单了。
c: 嗯。
a: {C}
# W | in | tariff | - | membership fee glossed
a: {G}
c: 你们那个酒窖会员说首年免费，第二年怎么收？
a: 现在是免费期，您先享受着，后面的到时候系统会通知您。
c: 我想知道具体多少钱。
a: 跟别家差不多，不贵的。
c: 好吧。
a: {C}
# W | in | - | hn | hedged promise
a: {G}
c: 这款酒放十年会不会更好喝？
a: 一般来说这款酒适合陈放五到八年，但跟储存条件关系很大，我们不敢给您打包票。
c: 明白，那我先买六瓶。
a: 好的，六瓶一共一千零八十元，下单时付款，{C}
# W | in | forbidden | - | 你这话什么意思
a: {G}
c: 你们的酒会不会是勾兑的啊？
a: 你这话什么意思？我们是正规酒庄。
c: 我就是问问。
a: 我们所有酒都有检测报告，可以在官网查。
c: 好的。
a: {C}
# W | in | complaint,apology | - | customer threatens 12315, no apology
a: {G}
c: 我收到的六瓶酒碎了两瓶，说好的补发到现在也没发。
a: 补发要等仓库统一安排。
c: 都一个礼拜了，再不发我就打12315了。
a: 那我催一下仓库，这周内发出。
c: 你们抓紧吧。
a: {C}
# H | in | - | hn | 硫磺味臭 trade words, fee clear
a: {G}
c: 你们温泉是不是硫磺泉？我老婆嫌有臭味。
a: 是的，我们是天然硫磺泉，会有一点点硫磺味，我们也有无味的淡水池可以泡。
c: 门票多少钱？
a: 门票一百九十八元一位，入园时在前台付，晚上八点以后是一百二十八元。
c: 好，谢谢。
a: {C}
# H | in | insult,apology | - | body jibe
a: {G}
c: 我想订你们的私汤，两个人，我们俩都比较胖，池子够大吗？
a: 您这体格，两个人进去水都得溢出来吧，哈哈，开个玩笑。
c: 有意思吗？你这是笑话我们胖？
a: 池子是两米乘三米的，够用。
c: 嗯。
a: {C}
# H | in | name_ask | - | 你姓什么
a: {G}
c: 我要订周六的温泉套房。
a: 你姓什么？
c: 姓陶。
a: 陶先生，周六套房一晚一千二百八十元，预订时付定金三百元，入住时付余款。
c: 好的。
a: {C}
# H | in | silence | - | long unannounced gap
a: {G}
c: 我想看看周日还有没有亲子房。
a: 我看一下。
.gap 12
a: 周日还有两间亲子房，九百八十元一晚，预订时付全款。
c: 好，订一间。
a: {C}
# H | in | - | hn,keep | proper transfer
a: {G}
c: 我想开发票，公司要专票。
a: 专票需要财务部门开具，我这就给您转接财务，转过去之前我先把您的订单号备注好，请您稍等。
c: 好的。
a: {C}
# H | in | short_call | short | short info
a: {G}
c: 你们几点关门？
a: 晚上十一点关门。
c: 好，谢谢。
a: {C}
# Y | in | insult,apology | - | cheap lodging jibe
a: {G}
c: 我住的床位隔壁打呼噜，能不能换一间？
a: 住得起青旅的还讲究什么服务，想安静就去住五星酒店嘛。
c: 你怎么这么说话？太过分了。
a: 那我看看有没有空床。
c: 你看吧。
a: 有，三号房还有一个。
c: 嗯。
a: {C}
# Y | in | - | hn | deposit stated with moment
a: {G}
c: 你们入住要押金吗？
a: 要的，押金两百元，入住登记时交，退房检查完当场退给您。
c: 好的，那我订两晚。
a: 好的，请问怎么称呼您？
c: 我姓邓。
a: 邓先生，已经帮您订好了，{C}
# Y | in | forbidden,filler | - | 喂 mid-call and filler
a: {G}
c: 我想问一下你们能寄存行李吗，因为我是早上到的
a: 喂，你先听我说，呃，那个，就是，寄存是免费的，呃，那个，就是放前台就行。
c: 好的，那晚上几点以前要取？
a: 呃，这个，就是，十点之前吧。
c: 好的。
a: {C}
# Y | in | shirking | - | send elsewhere for own booking
a: {G}
c: 我在你们官网订的床位，付了钱但是没收到确认短信。
a: 不好意思，这个您去问平台吧，我们这边不管线上的事。
c: 可是这是你们官网啊。
a: 官网是外包的，您找他们去。
c: 那好吧。
a: {C}
# Y | in | hangup,closing | - | customer 喂喂 unanswered
a: {G}
c: 我想问一下你们附近有没有地铁站？
a: 有的，走路五分钟就到。
c: 那从机场过来怎么走比较方便？
a: 机场坐地铁二号线到
c: 喂？喂？
# Y | in | - | hn,keep | customer 喂 at start, customer insults agent
a: {G}
c: 喂？你们是不是骗子啊，我订的房间怎么没了？
a: 非常抱歉让您着急了，我马上帮您查，您的订单是今天晚上入住的吗？
c: 对，我叫吴迪。
a: 吴先生，查到了，您的床位保留着，是系统显示的问题，给您添麻烦了。
c: 那就好。
a: {C}
# D | in | complaint | hn | quoted driver insult, 宰客 / 黑车
a: {G}
c: 我要投诉你们一个司机，绕路宰客，我说他一句，他骂我神经病，跟黑车一样。
a: 非常抱歉让您遇到这种事，我确认一下，司机骂您“神经病”，还绕路多收了钱，是吗？
c: 对，车牌尾号三七六。
a: 那位司机叫什么您记得吗？
c: 不记得，就记得车牌。
a: 好的，已经登记投诉，三个工作日内给您回复处理结果。
c: 好。
a: {C}
# D | in | insult | - | hearing jibe
a: {G}
c: 我要叫一辆车去火车站，从幸福小区。
a: 哪个小区？
c: 幸福小区，幸福路那个。
a: 我都问两遍了，您说话跟蚊子似的，耳朵不好使还是嘴不好使啊？
c: 幸福小区。
a: 行，五分钟后车到小区门口。
c: 好。
a: {C}
# D | in | - | hn,keep | 不知道 as reassurance
a: {G}
c: 我要叫车去医院，但是我不知道具体门牌号。
a: 不知道门牌号也不要紧，您告诉我附近有什么大的建筑就行。
c: 我在人民公园东门。
a: 好的，车五分钟左右到人民公园东门，车牌稍后短信发给您。
c: 谢谢。
a: {C}
# D | in | talk_over | - | agent cuts in twice
a: {G}
c: 我昨天坐你们的车把钱包落在车上了，是黑色的，里面有身份证和
a>: 车牌号您记得吗？
c: 不记得了，我是晚上八点左右在中山路上的车，下车是在
a>: 好的，我先登记，给司机群发消息。
c: 好，那麻烦你们了。
a: 不客气，有消息马上联系您，{C}
# D | in | short_call,greeting | short | curt 喂
a: 喂，说。
c: 叫个车，建设路一号。
a: 好，五分钟。
c: 行。
a: {C}
# D | out | closing | - | ends curtly
a: {hi}，我是{co}的{name}，您刚才叫的车司机已经到了，车牌尾号八二一。
c: 好，我马上下楼。
a: 好，就这样。
# P | in | - | hn | 歪脖子 / 死桩 / 丑石 bonsai words
a: {G}
c: 我想买一盆歪脖子松，就是那种斜干的，还有你们卖的石头有点丑。
a: 斜干式的黑松我们有好几盆，丑石其实是赏石里的一种讲究，瘦漏透丑。
c: 哦原来是这样，那斜干的多少钱？
a: 一千二到三千不等，看树龄，您来园里挑，选定了再付款。
c: 好，周末过去。
a: {C}
# P | in | overpromise | - | guarantee survival forever
a: {G}
c: 我养什么都养死，买你们的榆树盆景能活吗？
a: 您放心，我们的盆景保证一百年都死不了，怎么养都行。
c: 那我买一盆。
a: 好的，三百八十元，下单就发货。
c: 好。
a: {C}
# P | in | insult | - | taste sarcasm
a: {G}
c: 我想要那种盆里放小人小房子的，越花哨越好。
a: 您这品味真是够可以的，好好的盆景非弄成游乐园。
c: 嗯，我就喜欢热闹的。
a: 行，那我给您配一套摆件。
c: 嗯。
a: {C}
# P | in | - | hn | 死桩 trade word, apology
a: {G}
c: 我买的那个雀梅桩子一直没发芽，是不是死桩？
a: 不好意思让您担心了，下桩后一般要一到两个月才发芽，您用指甲刮一下树皮，里面是绿的就没死。
c: 刮了，是绿的。
a: 那就是活桩，再耐心等等，保持盆土微湿。
c: 好的，谢谢。
a: {C}
# P | in | filler | - | filler across call
a: {G}
c: 盆景冬天要搬进屋里吗？
a: 呃，这个要看品种，啊，就是，那个松柏类的不用搬，呃，那个，就是怕冻的要搬。
c: 我的是六月雪。
a: 呃，六月雪啊，那个，就是，要搬进来，呃，放在窗边。
c: 好的。
a: {C}
# E | in | - | hn | 乱针绣 / 土布 trade words, name polite
a: {G}
c: 我想定制一幅乱针绣，绣在土布上可以吗？
a: 可以的，土布做底很有味道，请问您怎么称呼？
c: 我姓包。
a: 包女士，定制一幅一尺见方的是一千八百元，下单付三成定金，交货时付尾款。
c: 好，那就定一幅。
a: {C}
# E | in | insult,apology | - | skill jibe
a: {G}
c: 我在你们这买的刺绣材料包，绣出来歪歪扭扭的，是不是图案印歪了？
a: 图案没问题，是您这手太笨了，穿针都费劲吧。
c: 你说谁笨呢？
a: 您多练练就好了。
c: 哼。
a: {C}
# E | in | colleague | hn | contempt for workshop colleagues; own dispatch with a named day is no overpromise
a: {G}
c: 我订的那幅绣品比约定晚了一个月还没交货。
a: 真抱歉，生产那边那几个绣娘磨磨蹭蹭的，一帮人就知道偷懒。
c: 那到底什么时候能好？
a: 我催一下，下周五前一定发出。
c: 好。
a: {C}
# E | in | speech_rate | fast,hn | agent rushes; fee stated with moment
a: {G}
c: 你们的刺绣体验课怎么报名？
a: 体验课每周六下午两点到五点每人一百六十元含材料报名时在小程序付款满八人开班不满八人全额退款您看要报几位？
c: 两位。
a: 好的两位一共三百二十元付款链接马上发到您手机上请在今天晚上十二点前完成付款。
c: 好的。
a: {C}
# E | in | - | hn,keep | name asked of a third party
a: {G}
c: 我想订一个刺绣的名字挂件送给我孙子。
a: 好的，您孙子的名字是哪几个字？我们绣上去。
c: 叫陈一诺，一二三的一，承诺的诺。
a: 好的，陈一诺，挂件一百二十八元，下单时付，七天内寄出。
c: 好。
a: {C}
# J | in | - | hn,keep | 狗屎地 jade term
a: {G}
c: 我看你们直播间有个狗屎地的翡翠，是什么意思？
a: 狗屎地是行内说的一种底子，颜色偏褐黑，里面可能出高绿，不是骂人的。
c: 哈哈，原来如此，那块多少钱？
a: 那块是八千八百元，下单付款，支持七天无理由退货。
c: 好，我再看看。
a: {C}
# J | in | insult,apology | - | 您也配
a: {G}
c: 我想买个和田玉手镯，预算两千左右。
a: 两千？两千也配戴和田玉？您还是去地摊上买玻璃的吧。
c: 你说话怎么这么难听？
a: 两千的只有碧玉的，您要的话我发链接。
c: 不要了。
a: {C}
# J | in | overpromise | - | guaranteed appreciation
a: {G}
c: 你们这个籽料手串以后会不会升值？
a: 肯定升值，我保证三年翻一倍，买了稳赚不赔。
c: 真的？那我买一串。
a: 好的，一万二千元，下单付款。
c: 行。
a: {C}
# J | in | tariff | - | appraisal fee glossed
a: {G}
c: 你们那个鉴定证书要另外收费吗？
a: 这个您别担心，开了证书就知道了。
c: 我是问要不要钱，要多少。
a: 到时候看吧，一般都不多。
c: 那好吧。
a: {C}
# J | in | silence,apology | hn | gap after 我找一下, fault no apology; fee question answered (free)
a: {G}
c: 我的玉坠挂绳断了，玉坠摔了一个小口子。
a: 我找一下您的订单。
.gap 15
a: 找到了，挂绳是赠品，玉坠可以寄回来我们抛光。
c: 抛光要钱吗？
a: 抛光免费，来回运费我们出。
c: 好吧。
a: {C}
# L | in | - | hn | 瑕疵 / 老蚌生珠 trade words, apology
a: {G}
c: 我买的珍珠项链有一颗上面有个小坑，是瑕疵吧？
a: 非常抱歉，这个是生长纹，淡水珍珠多少会有，如果您介意可以免费给您换一颗。
c: 那换一下吧。
a: 好的，寄回地址给您短信发过去，运费我们承担。
c: 好。
a: {C}
# L | in | insult,apology | - | looks jibe
a: {G}
c: 我想买那条大颗的南洋珠项链，戴着显气质吗？
a: 就您说的那个脸型啊，戴什么珍珠都是糟蹋珍珠。
c: 你什么意思？我长得怎么了？
a: 我就随口一说，您要的话给您下单。
c: 不要了。
a: {C}
# L | in | name_ask | - | 叫什么名字 to customer
a: {G}
c: 我想预约周末去你们店里挑珍珠。
a: 叫什么名字？
c: 刘美玲。
a: 周六下午两点可以吗？
c: 可以。
a: 好，给您约好了，{C}
# L | in | hangup,closing | - | customer question unanswered
a: {G}
c: 我收到的耳钉有一只扣子松了。
a: 不好意思，您寄回来我们换一对新的。
c: 寄到哪里？运单写什么？
# L | in | - | hn,keep | polite name ask variants
a: {G}
c: 我上个月订的定制项链，想问做好了吗？
a: 好的，方便告诉我您的姓名吗？我查一下订单。
c: 我叫黄晓燕。
a: 黄女士，您的项链昨天已经做好了，今天下午寄出，单号稍后短信发您。
c: 好，谢谢。
a: {C}
# N | in | - | hn | 断条 / 糊汤 trade words
a: {G}
c: 你们的手工挂面煮的时候断条还糊汤，是不是质量有问题？
a: 不好意思，手工挂面煮的时候水要多，水开了再下面，不要一直搅，不然容易断条糊汤。
c: 哦，我是冷水下的。
a: 那就是这个原因，下次换开水下试试，还有问题您再联系我们。
c: 好的。
a: {C}
# N | out | greeting,filler | - | outbound opening without 您好, filler
a: 喂，{co}啊，那个，就是，您之前问的批发价我给您报一下。
c: 哦，你说。
a: 呃，那个，就是，一箱二十斤九十五元，呃，那个，十箱起批，就是货到付款。
c: 好，我想想。
a: {C}
# N | in | shirking,apology | - | blames customer, refuses
a: {G}
c: 我收到的面一箱里有好几包受潮发霉了。
a: 那是你自己放在潮湿的地方了，我们出厂的时候都是好的，这个我们不管。
c: 我收到就打开了，不可能是我放的。
a: 反正出厂都检测过，你爱信不信。
c: 行吧。
a: {C}
# N | in | complaint | - | customer says will report to regulator
a: {G}
c: 我在你们面里吃出一根头发，我要举报到市场监管局。
a: 非常抱歉，这是我们的失误，我们全额退款，再补寄两箱，也欢迎您监督。
c: 先退款吧，举报我还是要举报的。
a: 好的，退款今天到账。
c: 嗯。
a: {C}
# N | in | - | hn | plain good call
a: {G}
c: 你们的荞麦面有没有无糖的？
a: 有的，我们有一款无蔗糖荞麦面，一斤装十二元，下单时付款，满五十包邮。
c: 好，来五斤。
a: 好的，一共六十元，包邮，明天发货。
c: 好的。
a: {C}
# F | in | - | hn,keep | 臭豆腐 / 毛豆腐 / 老豆腐
a: {G}
c: 你们的臭豆腐和毛豆腐能不能寄到外地？
a: 可以的，臭豆腐和毛豆腐都冷链发，老豆腐也可以，运费按重量，每公斤十五元，下单时一起付。
c: 那我要两盒臭豆腐一盒老豆腐。
a: 好的，一共八十六元，今天下午冷链发出。
c: 好，谢谢。
a: {C}
# F | in | insult,apology | - | family jibe
a: {G}
c: 我老伴儿说你们的豆浆越来越稀了，让我打电话问问。
a: 豆浆没变，是您家老伴儿嘴刁吧，您老伴儿能忍您这么多年也不容易。
c: 你怎么扯到我们家去了？太没礼貌了。
a: 我们豆浆配方一直没变。
c: 哼。
a: {C}
# F | in | overpromise | - | guarantee cure
a: {G}
c: 我血糖有点高，你们的黑豆豆浆喝了有用吗？
a: 有用，喝一个月保证您血糖降到正常，药都不用吃了。
c: 那我订一个月的。
a: 好的，一个月一百八十元，今天付，明天开始送。
c: 好。
a: {C}
# F | in | talk_over | - | agent cuts in
a: {G}
c: 我订的早餐豆浆今天没送，我七点就在门口等了，到现在都八点了，我还要
a>: 不好意思，我马上帮您查。
c: 我还要上班呢。
a: 给您添麻烦了，送餐员堵在路上，二十分钟内到。
c: 行吧。
a: {C}
# F | in | short_call | short | hours
a: {G}
c: 今天开门了吗？
a: 开了，六点就开了。
c: 好。
a: {C}
# S | in | - | hn | 芦头 / 园参 trade words, hedge
a: {G}
c: 你们的山参是野山参还是园参？芦头那么短。
a: 这款是林下参，芦头短是正常的，效果因人而异，我们不能保证吃了有什么具体疗效。
c: 多少钱一支？
a: 十五年的八百元一支，下单付款，附检测报告。
c: 好，我考虑一下。
a: {C}
# S | in | insult | - | sanity jibe
a: {G}
c: 我买的人参泡酒之后颜色变了，是不是假的？
a: 泡酒变色多正常啊，您是不是该吃药了，这种问题都来问。
c: 哦，正常就好。
a: 嗯。
c: 那没事了。
a: {C}
# S | in | overpromise | - | guarantee longevity
a: {G}
c: 给我爸买点人参，他八十了，吃了有什么好处？
a: 您放心，我们的人参吃了保证老爷子活到一百岁，百病不生。
c: 那我买两支。
a: 好的，一千六百元，下单付款。
c: 好。
a: {C}
# S | in | colleague | hn | contempt for sales team; refund with a named time is no overpromise
a: {G}
c: 你们的销售跟我说这参是三十年的，结果证书写的十五年。
a: 不好意思，销售那帮人为了提成什么都敢说，嘴上没个把门的。
c: 那怎么办？
a: 我给您按十五年的价格退差价，三个工作日到账。
c: 好吧。
a: {C}
# S | in | speech_rate | drawl | slow agent
a: {G}
c: 人参怎么保存？
a: 放……在……冰……箱……冷……藏……就……可……以……
c: 要不要密封？
a: 要……密……封……好……防……潮……
c: 好的。
a: {C}
# M | in | - | hn,keep | 猴头菇 / 毒蘑菇 / 杂菌
a: {G}
c: 你们卖的猴头菇干货有没有可能混进毒蘑菇？
a: 不会的，我们是大棚菌包种植，不是野生采的，每批都有检测报告，有杂菌的菌包直接淘汰。
c: 那我就放心了，来两斤。
a: 好的，两斤一百四十元，下单付款，包邮。
c: 好。
a: {C}
# M | in | insult,apology | - | schooling jibe
a: {G}
c: 你们的菌包我按说明书浇水，怎么长不出来？
a: 说明书写得清清楚楚，您是不是字都认不全啊？
c: 你这人怎么这么说话！
a: 浇水太多了会烂，少浇点。
c: 行。
a: {C}
# M | in | forbidden | - | 想好了再打来
a: {G}
c: 我想订点菌菇，但是还没想好要香菇还是平菇。
a: 那你想好了再打来吧。
c: 哦，好吧。
a: {C}
# M | in | silence | - | unanswered pause
a: {G}
c: 你们的鲜香菇一天能发多少斤？
.gap 11
a: 一天最多能发五百斤。
c: 那我要一百斤，什么时候能到？
a: 明天发出，后天上午到，货到付款，每斤六元。
c: 好的。
a: {C}
# M | in | tariff | - | cold chain fee glossed
a: {G}
c: 冷链运费怎么收？
a: 先不说运费，先看货，运费不多的。
c: 大概多少？
a: 您下单了就知道了。
c: 好吧。
a: {C}
# O | in | - | hn | 纸糊 / 烧坏 trade words
a: {G}
c: 我订的宫灯有一盏灯罩烧坏了，是纸糊的吗？
a: 不好意思，那款是绢纱面的，灯泡功率超过四十瓦容易烤焦，我们免费给您换一个灯罩，以后换成LED灯泡。
c: 好的，那谢谢。
a: {C}
# O | in | insult | - | rhetorical question
a: {G}
c: 灯笼挂上去以后怎么通电？
a: 插上插头就行了，这么简单您怎么活到现在的？
c: 哦，那我试试。
a: 嗯。
c: 好了，亮了。
a: {C}
# O | in | overpromise | - | guarantee weatherproof
a: {G}
c: 你们的户外灯笼下雨天能挂吗？
a: 能，保证十年风吹雨打都不褪色不破。
c: 那我订十个。
a: 好的，十个一千二百元，下单付定金一半。
c: 好。
a: {C}
# O | in | hangup,closing | - | question after a hold-less answer
a: {G}
c: 我想定做五十个红灯笼，印上公司名字。
a: 可以的，五十个起做。
c: 多久能做好？价格怎么算？
# O | in | complaint,shirking | - | sends to courier, customer complains
a: {G}
c: 我订的灯笼节前没到，耽误了开业，我要投诉。
a: 不好意思，这是物流的问题，您去找快递公司投诉吧，我们这边处理不了。
c: 我就是要投诉你们，是你们发货晚了。
a: 那您找快递吧。
c: 你们等着。
a: {C}
# Z | in | - | hn | 没牙 / 瘪嘴 said by customer
a: {G}
c: 我都没牙了，嘴都瘪下去了，戴全口假牙能恢复吗？
a: 理解您的心情，全口义齿可以撑起嘴唇，面部会饱满一些，具体效果要医生看了才知道。
c: 多少钱？
a: 普通全口一副三千八百元，取模当天付一半，戴牙的时候付另一半。
c: 好的，那我预约。
a: 好的，请问您贵姓？
c: 我姓石。
a: 石阿姨，给您约在周二上午九点，{C}
# Z | in | insult,apology | - | courage jibe
a: {G}
c: 我有点怕拔牙，能不能不拔就做假牙？
a: 拔个牙都怕，您这胆儿比芝麻还小，还做什么牙。
c: 你怎么能这样说病人？
a: 那来了让医生看看吧。
c: 嗯。
a: {C}
# Z | in | name_ask | - | 姓啥
a: {G}
c: 我要复诊，调一下假牙。
a: 姓啥？
c: 姓马。
a: 马先生，周四下午三点可以吗？
c: 可以。
a: 好的，{C}
# Z | in | apology | hn | fault reported no apology; fee question answered (free under warranty)
a: {G}
c: 我上周刚戴的假牙，吃饭的时候断了一颗。
a: 那您明天过来，给您修。
c: 修要钱吗？
a: 保修期内免费。
c: 好吧。
a: {C}
# Z | in | closing | hn | no wish; hedged duration
a: {G}
c: 我想问一下种植牙要多久。
a: 一般三到六个月，因人而异，具体要医生检查。
c: 好，谢谢。
a: 嗯。
# Z | out | - | hn | outbound correct, reminder
a: {hi}，我是{co}的{name}，提醒您明天上午十点复诊，请带上您的病历本。
c: 好的，我记得。
a: 明天可能会取模，大概需要一个小时，您留出时间就行。
c: 好。
a: {C}
# K | in | apology | - | fault no apology
a: {G}
c: 我收到的风筝骨架断了一根。
a: 那给您补寄一根骨架。
c: 要几天？
a: 三天内到。
c: 好吧，快点。
a: {C}
# B | in | greeting | - | opens with 喂
a: 喂，您好，{co}，请问有什么事？
c: 我想买几个巢框。
a: 好的，巢框十元一个，二十个起包邮，下单付款。
c: 那来二十个。
a: 好的，明天发货。
c: 行。
a: {C}
# X | in | forbidden | - | curt 别废话
a: {G}
c: 我想问一下，那个，我孩子去年在你们这学过，然后中间停了半年，现在还想接着学，之前买的课
a: 别绕了，说重点，要续课还是退课？
c: 续课。
a: 续课在小程序直接买就行。
c: 好的。
a: {C}
# Q | in | closing | hn | farewell without thanks or wish; price with moment
a: {G}
c: 我的手表表蒙花了，能换吗？
a: 能换，蓝宝石的三百元，普通的八十元，换完付。
c: 那我换普通的吧，明天拿过去。
a: 行，那就这样。
# V | in | complaint | - | complaint with apology
a: {G}
c: 你们调的琴，回来第二天音柱就倒了，我要投诉你们那个师傅。
a: 非常抱歉，给您添麻烦了，我给您登记投诉，明天请师傅上门免费重新调。
c: 好，明天上午吧。
a: 好的，明天上午十点师傅上门。
c: 好。
a: {C}
# U | in | shirking,apology | - | refuse to refund own course
a: {G}
c: 我报的课老师连续三次都没来，我要退剩下的课时费。
a: 老师请假的事你问老师去，退费不归我管。
c: 那谁管？
a: 你自己找老师商量吧。
c: 行吧。
a: {C}
# R | in | filler | hn | filler run; price asked and stated with moment
a: {G}
c: 你们的大米能按月订吗？
a: 啊，能的，那个，就是，每个月送一次，呃，那个，二十斤一袋。
c: 多少钱？
a: 呃，就是，一个月一百二十元，那个，啊，每次送货前付。
c: 好的。
a: 啊，那个，好的，{C}
# T | in | talk_over | - | agent finishes customer sentence
a: {G}
c: 我想问一下你们采茶能带小孩吗，我儿子今年六岁，比较调皮，我怕他
a>: 能带的，六岁以上都可以。
c: 那小孩要门票吗？
a: 一米二以下免票。
c: 好的。
a: {C}
# W | in | silence | - | unanswered question long gap
a: {G}
c: 你们酒庄能参观吗？
a: 能的。
c: 要提前预约吗？
.gap 13
a: 要提前一天预约。
c: 好的。
a: 预约可以在公众号上操作，参观免费，品酒每人六十元，到场时付。
c: 好。
a: {C}
# H | in | shirking | - | refuses own issue
a: {G}
c: 我在你们那泡完温泉，手表进水了，你们的储物柜说是防水的。
a: 不好意思，储物柜的事您找物业吧，我们这边不负责。
c: 储物柜不是你们的吗？
a: 那个外包了，您找他们。
c: 好吧。
a: {C}
# Y | in | colleague | - | contempt for night shift colleague
a: {G}
c: 我昨晚入住的时候前台说没有我的订单，折腾了半个小时。
a: 真不好意思，晚班那个新来的啥也不懂，连系统都不会用。
c: 那后来怎么解决的？
a: 已经给您补上了，今晚的房费给您打八折。
c: 好吧。
a: {C}
# D | in | overpromise | - | guarantee arrival
a: {G}
c: 我要去机场，航班十点起飞，现在八点半，来得及吗？
a: 来得及，我保证您九点之前到机场，一分钟都不会晚。
c: 那快派车。
a: 车已经派了，三分钟到。
c: 好。
a: {C}
# P | in | greeting | - | no company
a: 您好，请讲。
c: 你们是松风盆景吗？
a: 是的。
c: 我想买一盆小叶紫檀。
a: 好的，小叶紫檀盆景五百八十元一盆，下单付款，下周发货。
c: 好的。
a: {C}
# E | in | tariff | - | framing fee glossed
a: {G}
c: 绣品装框要另外收费吗？
a: 装框的话先做出来再说，到时候看。
c: 我想先知道价格。
a: 反正不会太贵。
c: 好吧。
a: {C}
# J | in | talk_over | - | agent cuts in
a: {G}
c: 我想给我妈买个玉镯子做生日礼物，她手腕比较细，大概是五十四的圈口，我想要那种
a>: 有的，五十四圈口我们有几款。
c: 我想要那种带一点飘花的。
a: 好的，我把带飘花的几款发您微信。
c: 好。
a: {C}
# L | in | filler | - | filler run
a: {G}
c: 珍珠怎么保养？
a: 呃，那个，就是，不要碰水，啊，那个，然后呢，戴完用软布擦一擦。
c: 要不要放冰箱？
a: 啊，不用，那个，就是，放首饰盒里就行。
c: 好。
a: {C}
# N | in | speech_rate | fast,hn | rushed price list; fees stated with moment
a: {G}
c: 你们批发价怎么算？
a: 批发价十箱起每箱九十五元五十箱起每箱九十元一百箱起每箱八十五元运费满二十箱包邮货到付款您看要多少？
c: 我要二十箱，什么时候能到？
a: 二十箱包邮三天内到货到付款一共一千九百元请您把收货地址发到我们微信上。
c: 好。
a: {C}
# F | in | forbidden | - | 不清楚 ends matter
a: {G}
c: 你们的豆腐用的是卤水还是石膏？
a: 不清楚。
c: 那谁清楚？
a: 反正能吃就行了。
c: 好吧。
a: {C}
# S | in | short_call | short | wrong number
a: {G}
c: 不好意思打错了。
a: 没关系，{C}
# M | in | colleague | - | contempt for warehouse
a: {G}
c: 我收到的木耳包装破了，撒了一箱子。
a: 不好意思，仓库那帮人干活毛手毛脚的，跟没长眼一样。
c: 那怎么办？
a: 给您补寄一包。
c: 好。
a: {C}
# O | in | speech_rate | drawl | slow
a: {G}
c: 灯笼多少钱一个？
a: 小……的……八……十……元……大……的……一……百……二……
c: 怎么付款？
a: 下……单……的……时……候……付……
c: 好。
a: {C}
# Z | in | talk_over | - | agent cuts in
a: {G}
c: 我戴了假牙之后说话有点漏风，吃东西也不太习惯，特别是咬苹果的时候
a>: 不好意思，这是刚戴的正常现象。
c: 要多久才能习惯？
a: 一般两到四周，不习惯可以回来调。
c: 好。
a: {C}
# K | in | colleague | - | contempt for designer
a: {G}
c: 我定制的风筝上印的字印错了。
a: 不好意思，我们那个设计小刘就是个马大哈，脑子不知道想什么。
c: 那能重印吗？
a: 能，免费给您重印，五天内寄出。
c: 好的。
a: {C}
# B | in | hangup,closing | - | abandoned
a: {G}
c: 你们的蜂王什么时候发货？
a: 这周五发。
c: 路上蜂王会不会死？死了包赔吗？
# X | in | speech_rate | fast,hn | rushed; instalments stated with moment
a: {G}
c: 你们暑假集训营怎么报？
a: 暑假集训营七月十号开始一共十天每天上午九点到下午四点学费两千八百元报名时交全款包午餐不包住宿您看可以吗？
c: 能分期吗？
a: 可以分两期报名时交一千四百元开营第一天交剩下的一千四百元您把孩子名字发给我就行。
c: 好的。
a: {C}
# Q | in | short_call | short | address ask
a: {G}
c: 你们店在哪？
a: 解放路十八号。
c: 好的。
a: {C}
# V | in | shirking | - | refuse to handle own repair
a: {G}
c: 你们修的琴，琴码又倒了。
a: 不好意思，那是您自己没放好，琴码倒了跟我们修琴没关系，自己立起来就行。
c: 我不会立啊。
a: 网上有视频，您自己看看。
c: 好吧。
a: {C}
# U | in | silence | - | long gap
a: {G}
c: 我想看看周六还有没有空位。
a: 我看看排班。
.gap 16
a: 周六下午还有两个位置。
c: 好，那给我留一个。
a: 好的，{C}
# R | in | talk_over | - | cuts in
a: {G}
c: 我上次订的米让你们放在门卫那里，结果门卫说没收到，我去问了好几次，他们说
a>: 不好意思，我查一下送货记录。
c: 好。
a: 记录显示放在三号门门卫室，我让配送员联系您确认，给您添麻烦了。
c: 行。
a: {C}
# T | in | greeting | hn | opens with 喂; customer-side 喂
a: 喂？
c: 喂？是茶园吗？
a: {G}
c: 我想订明天的采茶票。
a: 好的，一百二十元一位，预订时付款。
c: 两位。
a: 好的，已经帮您订好了。
c: 好。
a: {C}
# W | in | apology | - | wrong wine, no apology
a: {G}
c: 我订的是干红，你们寄来的是干白。
a: 您寄回来，我们重新发一瓶干红。
c: 运费谁出？
a: 我们出，到付就行。
c: 好吧。
a: {C}
# H | in | closing | - | ends without wish
a: {G}
c: 我想取消明天的预订。
a: 好的，已经取消了，定金三个工作日原路退回。
c: 好的。
a: 就这样吧。
# Y | in | short_call | short | check availability
a: {G}
c: 今晚还有床位吗？
a: 有的，还有三个。
c: 好，我马上过去。
a: {C}
# D | in | apology | - | driver late no apology
a: {G}
c: 我叫的车都等了半个小时了还没来。
a: 司机现在在路上，五分钟到。
c: 怎么这么久？
a: 高峰期车少。
c: 行吧。
a: {C}
# P | in | complaint | - | 12315, apology given
a: {G}
c: 你们卖的盆景说是五十年的，请人看了才十年，我要打12315。
a: 非常抱歉，我们马上核实，确实有误的话全额退款，今天之内给您回复。
c: 好，我等你们电话。
a: {C}
# E | in | hangup,closing | - | abandoned question
a: {G}
c: 我想学刺绣，你们那个体验课适合零基础吗？
a: 适合的。
c: 那我需要自己带材料吗？
# J | out | greeting | - | outbound no company until asked
a: {hi}，我是{name}，您上次看的那个手镯还要吗？
c: 你哪家的？
a: 和田玉缘的。
c: 哦，先不要了。
a: 好的，有需要再联系我们。
c: 嗯。
a: {C}
# L | in | shirking,apology | - | refuse restringing own product
a: {G}
c: 我在你们家买的项链线断了，珍珠掉了好几颗。
a: 线断了是您戴的时候拉扯的，穿线这种事我们不做，你找外面的首饰店吧。
c: 你们不是卖珍珠的吗？
a: 我们只卖不修。
c: 好吧。
a: {C}
# N | in | short_call | short | brief
a: {G}
c: 你们明天上班吗？
a: 上班的。
c: 好的。
a: {C}
# F | in | colleague | - | contempt for delivery colleague
a: {G}
c: 你们送豆浆的小伙子把豆浆洒了一地。
a: 不好意思，那小子笨手笨脚的，早该开了他。
c: 那今天的豆浆呢？
a: 马上给您补送一份。
c: 好。
a: {C}
# S | in | hangup,closing | - | abandoned
a: {G}
c: 我买的人参还没收到。
a: 已经发货了。
c: 单号是多少？能查到吗？
# M | in | apology | - | fault no apology
a: {G}
c: 我收到的香菇烂了一半。
a: 拍照发过来，给您退烂的那部分的钱。
c: 好。什么时候退？
a: 今天就退。
c: 行。
a: {C}
# O | in | silence | - | long gap
a: {G}
c: 我订的灯笼发货了吗？
a: 我找一下。
.gap 18
a: 昨天已经发了，单号短信发您。
c: 好。
a: {C}
# Z | in | complaint | - | customer intends complaint, apology given
a: {G}
c: 我在你们那做的假牙，医生态度特别差，我要找你们领导投诉。
a: 非常抱歉让您有这样的体验，我现在给您登记投诉，主任今天下午会给您回电话。
c: 好。
a: {C}
# K | in | speech_rate | drawl | slow
a: {G}
c: 你们的风筝线有几种？
a: 有……三……种……粗……中……细……
c: 细的多少钱？
a: 二……十……元……一……卷……
c: 好。
a: {C}
# B | in | silence | - | long gap after question
a: {G}
c: 我想订五箱意蜂，今年还有吗？
.gap 12
a: 有的，五月中旬发货，每箱六百八十元，下单付定金两百元，发货前付清。
c: 好，那订五箱。
a: {C}
# X | in | short_call | short | price
a: {G}
c: 体验课多少钱？
a: 体验课免费。
c: 好的谢谢。
a: {C}
# Q | in | name_ask | - | 你哪位 你叫什么
a: {G}
c: 我来问问我的表修好了没有。
a: 你叫什么名字？
c: 冯涛。
a: 修好了，明天可以来取，修理费一百五十元，取表时付。
c: 好。
a: {C}
# V | in | silence | - | gap after 我看一下
a: {G}
c: 我的琴修好了吗？
a: 我看一下。
.gap 13
a: 修好了，明天可以来取。
c: 好的。
a: {C}
# U | in | tariff | - | material fee glossed
a: {G}
c: 你们的课除了学费还有别的费用吗？
a: 有点杂费，不多的，您先来上课再说。
c: 具体是什么费？多少钱？
a: 到时候老师会跟您说。
c: 那好吧。
a: {C}
# R | in | closing,forbidden | - | 你这话什么意思 and curt end
a: {G}
c: 你们的米是不是抛光过的？
a: 你这话什么意思？我们米都是正规的。
c: 我就问问。
a: 没有抛光，就这样。
# T | in | name_ask | - | blunt
a: {G}
c: 我要订五个人的采茶体验。
a: 你姓啥？
c: 姓何。
a: 好，五个人六百元，预订时付款。
c: 好。
a: {C}
# W | in | short_call | short | quick
a: {G}
c: 你们周一开门吗？
a: 开的。
c: 谢谢。
a: {C}
# H | in | apology,tariff | - | broken locker fee glossed
a: {G}
c: 我的储物柜钥匙弄丢了，要赔钱吗？昨天门也卡住打不开。
a: 钥匙丢了要赔一点，不多的，到时候前台会算。
c: 赔多少啊？
a: 您到前台问吧，他们算了就知道了。
c: 那门卡住的事呢？
a: 已经修好了。
c: 好吧。
a: {C}
# Y | in | talk_over | hn | cut in; bed price stated with moment
a: {G}
c: 我想问一下你们的女生宿舍是几人间，因为我跟我朋友两个人想住在一起，最好是
a>: 有四人间和六人间。
c: 四人间多少钱？
a: 四人间每个床位八十元一晚，入住时付。
c: 好的。
a: {C}
# D | in | filler | - | filler
a: {G}
c: 我想预约明天早上五点的车去高铁站。
a: 呃，可以的，那个，就是，您把地址告诉我，呃，那个，然后呢，我们提前十分钟到。
c: 幸福小区三号楼。
a: 呃，好的，那个，就是，明天四点五十到楼下。
c: 好。
a: {C}
# P | in | name_ask | - | blunt 叫啥
a: {G}
c: 我想预约去园里看盆景。
a: 你叫啥？
c: 钱进。
a: 周末哪天来？
c: 周六。
a: 好的，周六上午九点开园，{C}
# E | in | silence | - | long unannounced gap
a: {G}
c: 我想定一幅牡丹图，多久能绣好？
.gap 14
a: 一般两个月左右。
c: 好，那我先定下来。
a: 好的，定金五百元，下单时付，交货时付尾款。
c: 好。
a: {C}
# J | in | short_call | short | quick
a: {G}
c: 几点开门？
a: 早上九点。
c: 好。
a: {C}
# L | in | tariff | - | maintenance fee glossed
a: {G}
c: 你们说的终身免费保养，以后真的不收钱吗？
a: 现在是免费期，您先享受着，以后的事以后再说。
c: 那以后要收多少？从什么时候收？
a: 跟别家差不多，不会多的。
c: 好吧。
a: {C}
# N | in | colleague | - | contempt for colleague
a: {G}
c: 上次你们客服说可以开专票，结果开的是普票。
a: 不好意思，上次那个客服就是个混日子的，什么都不懂。
c: 那能重开吗？
a: 能，给您重开专票，三天内寄出。
c: 好。
a: {C}
# F | in | shirking,apology | - | send elsewhere
a: {G}
c: 我在你们店门口买的豆花，里面有一根塑料丝。
a: 门口那个摊是租我们地方的，不是我们的事，你去找摊主吧。
c: 可牌子上写的是豆香坊啊。
a: 那跟我们没关系。
c: 行吧。
a: {C}
# S | in | greeting | - | opens with 喂 then company
a: 喂，长白参业，说吧。
c: 我想买点人参片。
a: 一百克一百二十元，下单付款。
c: 好，来两包。
a: 好的，明天发货。
c: 好。
a: {C}
# M | in | name_ask | - | blunt 名字报一下
a: {G}
c: 我想买你们的菌包自己种。
a: 名字报一下，还有地址。
c: 赵志刚，东城区花园路五号。
a: 好的，十个菌包一百元，下单付款。
c: 好。
a: {C}
# O | in | apology,closing | - | fault no apology, curt end
a: {G}
c: 我买的灯笼有两个不亮。
a: 寄回来给您换。
c: 好吧，寄哪？
a: 地址短信发您，就这样。
# Z | in | speech_rate | fast,hn | rushed; fee stated with moment
a: {G}
c: 种植牙的流程是什么？
a: 第一次拍片检查第二次植入种植体然后等三个月骨结合第四个月取模戴牙总费用八千元种植当天付一半戴牙当天付另一半。
c: 要打麻药吗？
a: 要打局部麻醉不疼的术后三天内吃软的不要吸烟不要喝酒一周后回来拆线。
c: 好。
a: {C}
# K | in | complaint | - | customer intends 曝光
a: {G}
c: 你们的风筝第一次放就散架了，再不给我处理我就发抖音曝光你们。
a: 非常抱歉，给您带来不好的体验，我们马上给您全额退款，再送您一个新的风筝。
c: 那还差不多。
a: {C}
# B | in | forbidden | - | 搞不懂你要干嘛
a: {G}
c: 我那个，蜂箱，就是去年买的，还有那个架子，我想，就是，能不能一起
a: 搞不懂你要干嘛，你到底想说啥？
c: 我想把架子也换了。
a: 架子一百二十元一个，下单付款。
c: 好的。
a: {C}
# X | in | hangup,closing | - | abandoned
a: {G}
c: 我孩子想参加下个月的比赛。
a: 可以报名。
c: 报名费多少？截止日期是哪天？
# Q | in | talk_over | hn | cuts in; call-out fee stated with moment
a: {G}
c: 我家里有一个挂钟，每到整点报时声音特别小，以前挺响的，现在几乎
a>: 可能是发条松了。
c: 那能上门修吗？
a: 可以上门，上门费五十元，修完一起付。
c: 好的。
a: {C}
# V | in | filler | - | filler
a: {G}
c: 我想给孩子买一把入门琴。
a: 呃，那个，就是，入门琴的话，呃，我们有八百元的，那个，就是，还有一千二的。
c: 有什么区别？
a: 啊，那个，就是，一千二的是实木面板，呃，声音好一点。
c: 好的。
a: {C}
# U | in | colleague | - | contempt for teacher
a: {G}
c: 你们的王老师上课老是迟到。
a: 不好意思，王老师那人就是吊儿郎当的，我们也管不了他。
c: 那能换老师吗？
a: 可以，给您换成李老师。
c: 好。
a: {C}
# R | in | speech_rate | fast,hn | rushed; prices with moment
a: {G}
c: 你们有哪些米？
a: 我们有五常大米每斤十五元盘锦大米每斤八元泰国香米每斤十元还有糙米每斤六元满五十元包邮下单付款您要哪种？
c: 五常的要十斤。
a: 好的十斤一百五十元包邮明天发货请您在小程序上完成付款收货地址也在小程序里填一下。
c: 好。
a: {C}
# T | in | apology | - | fault no apology
a: {G}
c: 我上周在你们那采茶，回来发现手机落在茶园了。
a: 我们找到了，给您寄回去。
c: 还好还好，运费呢？
a: 运费到付。
c: 行。
a: {C}
# W | in | talk_over | hn | cuts in; packaging fee stated with moment
a: {G}
c: 我想给公司订一百瓶年会用酒，预算每瓶一百五左右，最好包装好看一点，能不能
a>: 可以定制包装。
c: 那定制包装要另外收钱吗？
a: 定制包装每瓶加十元，下单时一起付。
c: 好的。
a: {C}
# H | in | hangup,closing | - | abandoned
a: {G}
c: 我想预订下周的家庭套票。
a: 好的，家庭套票是两大一小。
c: 那两大两小能订吗？多一个孩子怎么算？
# Y | in | apology | - | fault no apology
a: {G}
c: 我的床位上有虫子，咬了我一身包。
a: 给您换个房间吧。
c: 你们得好好消消毒。
a: 会消毒的。
c: 行吧。
a: {C}
# D | out | - | hn | polite ending customer goodbye last, name known
a: {hi}，我是{co}的{name}，请问是刚才叫车的刘女士吗？
c: 对，是我。
a: 刘女士，司机已经在小区北门等您了，车牌尾号五五二。
c: 好的我马上出来。
a: {C}
c: 好的，拜拜。
# P | in | tariff | - | maintenance glossed
a: {G}
c: 你们那个盆景代养服务怎么收费？
a: 代养您先放过来，费用到时候看情况。
c: 大概多少呢？
a: 不贵的，放心。
c: 好吧。
a: {C}
# E | in | forbidden | - | 不明白 ends matter
a: {G}
c: 我想问双面绣和单面绣价格差多少？
a: 不明白你问的什么。
c: 就是双面绣是不是更贵？
a: 贵一倍。
c: 哦。
a: {C}
# J | in | colleague | - | contempt for appraiser
a: {G}
c: 你们鉴定师说我的玉是假的，可我是在你们店买的。
a: 不好意思，那个鉴定师眼神不好，他的话您别信。
c: 那到底是真是假？
a: 我们重新给您出鉴定，是真的。
c: 好。
a: {C}
# L | in | overpromise | - | guarantee never fade
a: {G}
c: 珍珠戴久了会不会变黄？
a: 不会，我们的珍珠保证戴一辈子光泽都跟新的一样。
c: 那我买一条。
a: 好的，两千八百元，下单付款。
c: 好。
a: {C}
# N | in | hangup,closing | - | abandoned
a: {G}
c: 我想订五十箱挂面。
a: 可以的。
c: 能开发票吗？发票抬头怎么给你？
# F | in | speech_rate | drawl | slow
a: {G}
c: 你们几点开始卖豆腐脑？
a: 早……上……六……点……开……始……卖……
c: 卖到几点？
a: 卖……到……十……点……
c: 好。
a: {C}
# S | in | talk_over | hn | cuts in; hedged health advice, price with moment
a: {G}
c: 我想买点人参送给我岳父，他今年七十多了，身体还可以，就是血压有点高，不知道
a>: 高血压的老人吃人参要问医生。
c: 那有没有温和一点的？
a: 西洋参比较温和，一百克两百八十元，下单付款，建议也先问问医生。
c: 好的。
a: {C}
# M | in | shirking | - | refuses own issue
a: {G}
c: 你们的菌包寄来的时候已经长绿霉了。
a: 不好意思，那是运输途中的事，您找快递去，我们管不了。
c: 可是是你们发的货啊。
a: 发出的时候是好的。
c: 行吧。
a: {C}
# O | in | filler | - | filler
a: {G}
c: 你们能定做灯笼吗？
a: 呃，能，那个，就是，您要多大的，啊，然后呢，什么颜色。
c: 一米的，红色。
a: 呃，好的，那个，就是，一米的三百元一个，下单付定金。
c: 好。
a: {C}
# Z | in | shirking,apology | - | refuses own repair
a: {G}
c: 我的假牙托裂了。
a: 那是您自己摔的吧，这种我们不保修，您去别的地方修吧。
c: 我没摔，是咬东西裂的。
a: 反正不归我们管。
c: 行吧。
a: {C}
# K | in | - | hn | name polite and fee stated
a: {G}
c: 我想给学校订一百只风筝做活动。
a: 好的，请问老师怎么称呼？
c: 我姓齐。
a: 齐老师，一百只以上每只十五元，下单付三成定金，发货前付尾款，运费我们承担。
c: 好的，那就这么定。
a: {C}
# B | in | - | hn | hedged promise
a: {G}
c: 你们的蜂王浆能治失眠吗？
a: 蜂王浆是食品，不是药，不能保证治好失眠，有些人吃了觉得睡得好一些，因人而异。
c: 明白了，那我买一瓶试试。
a: 好的，一瓶一百六十八元，下单付款，{C}
# X | in | - | hn,keep | third-party 不清楚 with where to ask
a: {G}
c: 市里的青少年比赛什么时候开始报名？
a: 市棋协的具体时间我们这边还不清楚，您可以关注棋协公众号，我们拿到通知也会第一时间发到家长群里。
c: 好的，谢谢。
a: {C}
# Q | in | - | hn,keep | customer's 喂 mid-call, hold announced
a: {G}
c: 喂？喂？刚才没听清。
a: 您好，能听到吗？我是{name}，请问您有什么需要？
c: 能听到了，我想问我的表修好没有。
a: 请您稍候，我帮您查一下。
.hold 25
a: 感谢您的等待，已经修好了，明天就可以来取，修理费两百元，取表时付。
c: 好的。
a: {C}
# V | out | - | hn | outbound correct with name known
a: {hi}，我是{co}的{name}，请问是孙老师吗？您的琴已经换好琴弦了。
c: 对，我是，那我什么时候去拿？
a: 明天上午九点以后都可以，换弦费用一百二十元，取琴的时候付。
c: 好的。
a: {C}
# U | in | - | hn | 菜鸟班 course name and 傻瓜式 tuner
a: {G}
c: 你们有个菜鸟入门班，适合完全没学过的人吗？
a: 适合的，菜鸟班就是零基础班，送一个傻瓜式的调音器，一期八节课六百元，报名时付。
c: 好，那我报名。
a: 好的，请问怎么称呼您？
c: 姓罗。
a: 罗先生，已经帮您报上了，{C}
# R | in | - | hn,keep | customer insults agent, agent stays polite
a: {G}
c: 你们是不是傻啊，送米送到隔壁去了！
a: 非常抱歉给您添麻烦了，我马上联系配送员从隔壁取回来送到您家，半个小时内到。
c: 快点吧。
a: 好的，一定尽快。
c: 嗯。
a: {C}
# T | in | - | hn,keep | 杀青 / 揉捻 tea words, fee stated
a: {G}
c: 你们的炒茶体验包括杀青吗？
a: 包括的，从杀青、揉捻到烘干都是您自己动手，每人一百八十元，到场时付，做好的茶可以带走。
c: 好，那订两个人。
a: 好的，请问您贵姓？
c: 姓方。
a: 方女士，已经帮您订好周日上午，{C}
# W | in | - | hn,keep | 酒鬼 as a brand name
a: {G}
c: 你们有没有酒鬼酒？
a: 酒鬼酒是白酒品牌，我们酒庄只卖自己酿的葡萄酒，不好意思，您要是喜欢浓一点的可以试试我们的西拉。
c: 那西拉多少钱？
a: 一瓶一百九十八元，下单付款，满两瓶包邮。
c: 好，来两瓶。
a: {C}
# H | in | - | hn | hedged promise
a: {G}
c: 泡温泉能治我的风湿吗？
a: 温泉对缓解关节不适有一定帮助，但不能代替治疗，效果因人而异，我们没办法保证。
c: 好，我知道了。
a: {C}
# Y | in | - | hn | transfer properly
a: {G}
c: 我想办团体入住，二十个人。
a: 团体入住由我们的团队销售负责，我把您的电话转给他们，他们十分钟内给您回电，请您留意接听。
c: 好的。
a: {C}
# D | in | complaint | hn | quoted insult in complaint read back
a: {G}
c: 我要投诉，你们的司机说我是乡巴佬，连导航都不会看。
a: 非常抱歉让您受委屈了，我确认一下，司机说的是“乡巴佬，连导航都不会看”，对吗？
c: 对。
a: 好的，已经登记，处理结果两个工作日内回复您。
c: 好。
a: {C}
# P | in | - | hn,keep | customer ends with goodbye
a: {G}
c: 我的松树叶子发黄了。
a: 不好意思让您担心了，可能是浇水太多，您控一下水，放在通风的地方。
c: 好的，谢谢你。
a: {C}
c: 再见。
# E | in | - | hn | 死针 / 笨针 not aimed at customer
a: {G}
c: 我绣的时候老是打死结。
a: 打死结很常见，您用针的时候线别拉太紧，每次穿线不要超过一臂长。
c: 哦，我一直用很长的线。
a: 那就是这个原因，下次剪短一点。
c: 好的，谢谢。
a: {C}
# J | in | - | hn | 假货 said by customer, reassured
a: {G}
c: 我朋友说现在网上卖的和田玉都是假货，你们的是真的吗？
a: 理解您的顾虑，我们每件都附国检证书，您可以在国检官网输入编号查验。
c: 那我放心了。
a: {C}
# L | in | - | hn | 老蚌生珠 idiom in product name
a: {G}
c: 你们那个老蚌生珠系列是送给老人的吗？
a: 是的，老蚌生珠是寓意福气的说法，这个系列适合送长辈，一套一千二百八十元，下单付款。
c: 好，我买一套送我妈。
a: {C}
# N | in | - | hn | factory visit, fee clear
a: {G}
c: 你们工厂可以参观吗？
a: 可以的，每周三下午开放，参观免费，手工做面体验每人三十元，到场时付。
c: 好，那我周三带孩子去。
a: {C}
# F | in | - | hn | 卤水 / 点 trade words
a: {G}
c: 卤水点豆腐是不是有毒啊？
a: 不会的，卤水就是氯化镁，是合格的食品凝固剂，我们用量都严格控制。
c: 那我就放心了。
a: {C}
# S | in | - | hn | 不知道 of customer, reassurance
a: {G}
c: 我不知道该买多少年的人参给我妈。
a: 不知道也没关系，您说一下老人的身体情况，我帮您推荐。
c: 她七十岁，身体还行，就是容易累。
a: 那十年的就可以，一支三百八十元，下单付款。
c: 好。
a: {C}
# M | in | - | hn | 鸡腿菇 / 死菌包 not aimed
a: {G}
c: 我的鸡腿菇菌包好像死了，不出菇。
a: 不好意思给您添麻烦了，可能是温度太低，菌包没死的话升温到二十度左右一周内会出菇，不出的话我们免费补寄。
c: 好的，谢谢。
a: {C}
# O | in | - | hn | fee clear
a: {G}
c: 灯笼上印字要加钱吗？
a: 印字每个加十元，下单时和灯笼一起付。
c: 好的，那我要三十个印字的。
a: {C}
# Z | in | - | hn | hedged
a: {G}
c: 假牙能用一辈子吗？
a: 一般活动假牙能用五到八年，要看保养情况，我们不敢给您打包票。
c: 明白了。
a: {C}
# K | out | - | hn | outbound reminder correct
a: {hi}，我是{co}的{name}，请问是齐老师吗？您订的一百只风筝今天已经发货了。
c: 好的，谢谢。
a: 单号已经发到您手机上了，大概两天到。
c: 好的。
a: {C}
# M | in | - | hn,keep | third-party name ask
a: {G}
c: 我想给我爸寄一箱菌菇。
a: 好的，收件人写您父亲的名字吗？老人家叫什么名字？
c: 写赵德明。
a: 好的，一箱一百二十元，下单付款，后天到。
c: 好。
a: {C}
# Y | in | - | hn | plain good call
a: {G}
c: 你们有没有单人间？
a: 有的，单人间一晚一百八十元，入住时付，含早餐。
c: 好，订一晚。
a: 好的，请问您贵姓？
c: 姓潘。
a: 潘先生，已经帮您订好了，{C}
# H | in | - | hn | 泡晕 warning not aimed
a: {G}
c: 我第一次泡温泉，要注意什么？
a: 每次不要泡超过二十分钟，泡久了容易头晕，空腹和饭后一小时内也别泡。
c: 好的，知道了。
a: {C}
"""


def fmt(template, ctx):
    return template.format(**ctx)


def nchars(text):
    return sum(1 for ch in text if ch not in PUNCT and not ch.isspace())


def parse():
    inds, calls, cur = {}, [], None
    for raw in DATA.strip("\n").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("% "):
            code, ind, co, s = [x.strip() for x in line[2:].split("|")]
            inds[code] = (ind, co, s)
        elif line.startswith("# "):
            code, direc, labels, flags, note = [x.strip() for x in line[2:].split("|")]
            cur = {"code": code, "dir": direc, "labels": [] if labels == "-" else labels.split(","),
                   "flags": [] if flags == "-" else flags.split(","), "note": note, "turns": []}
            calls.append(cur)
        elif line.startswith(".hold") or line.startswith(".gap"):
            kind, n = line[1:].split()
            cur["turns"].append((kind, float(n)))
        else:
            tag, text = line.split(":", 1)
            cur["turns"].append((tag, text.strip()))
    return inds, calls


HOMOPHONES = [("风筝", "风争"), ("蜂箱", "蜂相"), ("象棋", "向棋"), ("手表", "手标"), ("提琴", "题琴"),
              ("吉他", "吉它"), ("大米", "大迷"), ("采茶", "彩茶"), ("葡萄", "葡陶"), ("温泉", "温全"),
              ("床位", "窗位"), ("司机", "思机"), ("盆景", "盆井"), ("刺绣", "刺秀"), ("手镯", "手捉"),
              ("珍珠", "真珠"), ("挂面", "挂棉"), ("豆腐", "豆府"), ("人参", "人身"), ("菌包", "军包"),
              ("灯笼", "灯龙"), ("假牙", "假芽"), ("请问", "请文"), ("谢谢", "谢写"), ("祝您", "住您"),
              ("投诉", "头诉"), ("保证", "保正"), ("抱歉", "报歉"), ("不好意思", "不好意私"), ("预约", "预月"),
              ("付款", "付宽"), ("发货", "发火"), ("订单", "定单"), ("退款", "退宽"), ("愉快", "余快")]
CN_DIG = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = "元|块|天|小时|分钟|个月|号|年|岁|斤|克|公斤|只|箱|瓶|位|张|节|个|人|点|盏|支|包|米|周|颗"
NUM_RE = re.compile(r"([零一二两三四五六七八九十百千万]+)(?=(" + UNITS + "))")
RUN_RE = re.compile(r"[零一二三四五六七八九]{4,}")


def cn2num(s):
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
    return total + section + num


def numerals(text):
    text = RUN_RE.sub(lambda m: "".join(str(CN_DIG[c]) for c in m.group(0)), text)

    def rep(m):
        s = m.group(1)
        if len(s) == 1 and s in "一两" and m.group(2) in ("点", "个", "位", "支", "包"):
            return s
        v = cn2num(s)
        return s if v is None else str(v)
    return NUM_RE.sub(rep, text)


CONV = {k: opencc.OpenCC(k) for k in ("s2t", "s2tw", "s2hk")}


def noisy(text, rng, conv):
    for a, b in HOMOPHONES:
        if a in text and rng.random() < 0.7:
            text = text.replace(a, b)
    text = numerals(text)
    out = []
    for ch in text:
        if ch in "，。？！、；：…“”《》":
            out.append(" " if rng.random() < 0.5 else "")
        else:
            out.append(ch)
    text = re.sub(r"\s+", " ", "".join(out)).strip()
    return CONV[conv].convert(text)


def timeline(call, rng, texts):
    flags = call["flags"]
    short = "short" in flags
    for attempt in range(3):
        if short:
            lo, hi, glo, ghi = 5.4, 6.0, 0.2, 0.5
        elif attempt == 0:
            lo, hi, glo, ghi = 3.8, 5.2, 0.4, 1.6
        elif attempt == 1:
            lo, hi, glo, ghi = 3.2, 3.8, 1.5, 3.0
        else:
            lo, hi, glo, ghi = 3.05, 3.2, 3.0, 3.9
        segs, t, pending_gap = [], 0.3 + rng.uniform(0, 0.4), None
        for i, (tag, text) in enumerate(texts):
            if tag in ("hold", "gap"):
                pending_gap = text
                continue
            spk = "agent" if tag.startswith("a") else "customer"
            n = nchars(text)
            if spk == "agent" and "fast" in flags and n >= 6:
                rate = rng.uniform(8.2, 9.2)
            elif spk == "agent" and "drawl" in flags and n >= 6:
                rate = rng.uniform(1.4, 1.8)
            else:
                rate = rng.uniform(lo, hi)
            dur = max(0.6, n / rate)
            if not segs:
                start = t
            elif pending_gap is not None:
                start = segs[-1]["end"] + pending_gap + rng.uniform(0, 0.5)
            elif tag == "a>":
                start = segs[-1]["end"] - rng.uniform(1.5, 2.2)
            elif tag == "c>":
                start = segs[-1]["end"] - rng.uniform(1.0, 1.8)
            else:
                start = segs[-1]["end"] + rng.uniform(glo, ghi)
            pending_gap = None
            segs.append({"speaker": spk, "start": round(start, 2), "end": round(start + dur, 2), "text": text})
        dur_total = max(s["end"] for s in segs)
        if short or dur_total >= 31:
            break
    return segs


def timing_labels(segs, clean_texts):
    out = set()
    dur = max(s["end"] for s in segs)
    if dur < 20:
        out.add("short_call")
    for prev, cur in zip(segs, segs[1:]):
        gap = cur["start"] - prev["end"]
        if gap >= 10:
            announced = prev["speaker"] == "agent" and any(w in prev["text"] for w in HOLD_WORDS)
            if not announced:
                out.add("silence")
        if cur["speaker"] == "agent" and prev["speaker"] == "customer" and cur["start"] <= prev["end"] - 1.0:
            out.add("talk_over")
    rates = [nchars(s["text"]) / (s["end"] - s["start"]) for s in segs
             if s["speaker"] == "agent" and nchars(s["text"]) >= 6]
    if rates:
        m = sum(rates) / len(rates)
        if m >= 7.5 or m <= 2.0:
            out.add("speech_rate")
    return out, dur, rates


def build_clean(call, rng, inds):
    for lab in call["labels"]:
        assert lab in FAMILIES, (lab, call["note"])
    ind, co, s = inds[call["code"]]
    name = NAMES[rng.randrange(len(NAMES))]
    no = str(rng.randrange(1001, 9899))
    ctx = {"co": co, "s": s, "name": name, "no": no}
    greet = fmt(GREETINGS[rng.randrange(len(GREETINGS))], dict(ctx, hi=HI[rng.randrange(len(HI))]))
    close = fmt(CLOSINGS[rng.randrange(len(CLOSINGS))], dict(ctx, w=WISHES[rng.randrange(len(WISHES))]))
    hi = HI[rng.randrange(len(HI))]
    texts = []
    for tag, text in call["turns"]:
        if tag in ("hold", "gap"):
            texts.append((tag, text))
            continue
        text = text.replace("{G}", greet).replace("{C}", close)
        text = text.format(co=co, s=s, name=name, no=no, hi=hi)
        texts.append((tag, text))
    segs = timeline(call, rng, texts)
    return segs, texts


def check(call, segs, texts):
    tl, dur, rates = timing_labels(segs, texts)
    hand_t = {l for l in call["labels"] if l in ("silence", "talk_over", "speech_rate", "short_call")}
    assert tl == hand_t, (call["note"], tl, hand_t, dur)
    if "short_call" not in hand_t:
        assert dur >= 30, (call["note"], dur)
    else:
        assert dur < 20, (call["note"], dur)
    if "speech_rate" not in hand_t:
        assert all(3.0 <= r <= 6.2 for r in rates), (call["note"], rates)
    if "silence" not in hand_t:
        for a, b in zip(segs, segs[1:]):
            if b["start"] - a["end"] > 4:
                assert a["speaker"] == "agent" and any(w in a["text"] for w in HOLD_WORDS), call["note"]
    last = segs[-1]
    if "hangup" in call["labels"]:
        assert "closing" in call["labels"], call["note"]
        assert last["speaker"] == "customer" and (last["text"].endswith("？") or "喂？喂？" in last["text"])
    else:
        assert not (last["speaker"] == "customer" and last["text"].endswith("？")), call["note"]
    return dur, hand_t


def minimums_ok(pool):
    counts = {f: 0 for f in FAMILIES}
    codes = {}
    for c in pool:
        for lab in c["labels"]:
            counts[lab] += 1
        codes[c["code"]] = codes.get(c["code"], 0) + 1
    hn = sum("hn" in c["flags"] for c in pool)
    fam_ok = all(counts[f] >= (20 if f == "insult" else 8) for f in FAMILIES)
    return fam_ok and hn >= 40 and len(codes) >= 22 and min(codes.values()) >= 2


def main():
    rng = random.Random(SEED)
    inds, calls = parse()
    built, dropped = [], []
    for call in calls:
        segs, texts = build_clean(call, rng, inds)
        dur = max(s["end"] for s in segs)
        if "short" not in call["flags"] and dur < 30:
            dropped.append(call["note"])   # written too short for a >= 30 s negative; left out
            continue
        dur, hand_t = check(call, segs, texts)
        call["segs"], call["texts"], call["dur"] = segs, texts, dur
        built.append(call)
    # deterministic thinning to 150 calls, keeping every family minimum, hard negatives and industries
    pool = list(built)
    for attempt in range(300):
        cand = list(range(len(pool)))
        rng.shuffle(cand)
        # calls that carry no label go last, so positives are thinned first
        cand = [j for j in cand if "keep" not in pool[j]["flags"]]
        cand.sort(key=lambda j: (0 if pool[j]["labels"] else 1) + (0.5 if "hn" in pool[j]["flags"] else 0))
        removed = set()
        for i in cand:
            if len(pool) - len(removed) <= 150:
                break
            trial = [c for j, c in enumerate(pool) if j not in removed and j != i]
            if minimums_ok(trial):
                removed.add(i)
        if len(pool) - len(removed) == 150:
            break
    pool = [c for j, c in enumerate(pool) if j not in removed]
    assert len(pool) == 150, len(pool)
    assert minimums_ok(pool)
    rng.shuffle(pool)
    noisy_set = set(rng.sample(range(len(pool)), round(len(pool) * NOISY_SHARE)))
    rows, counts, hn, per_code = [], {f: 0 for f in FAMILIES}, 0, {}
    for k, call in enumerate(pool):
        segs = call["segs"]
        hand_t = {l for l in call["labels"] if l in ("silence", "talk_over", "speech_rate", "short_call")}
        ncall = k in noisy_set
        if ncall:
            conv = ["s2t", "s2tw", "s2hk"][rng.randrange(3)]
            for sgm in segs:
                sgm["text"] = noisy(sgm["text"], rng, conv)
            tl, _, nrates = timing_labels(segs, call["texts"])
            assert tl == hand_t, (call["note"], tl)
            if "speech_rate" not in hand_t:
                assert all(3.0 <= r <= 6.5 for r in nrates), (call["note"], nrates)
        if "hn" in call["flags"]:
            hn += 1
        for lab in call["labels"]:
            counts[lab] += 1
        ind, co, s = inds[call["code"]]
        per_code[call["code"]] = per_code.get(call["code"], 0) + 1
        rows.append({
            "call_id": f"AH-{k + 1:03d}", "labels": sorted(call["labels"], key=FAMILIES.index),
            "note": call["note"], "noise": ncall, "duration": round(call["dur"], 2),
            "metadata": {"writer": "AH", "industry": ind, "company": co,
                         "direction": "outbound" if call["dir"] == "out" else "inbound",
                         "hard_negative": "hn" in call["flags"], "language": "zh", "sample_rate": 8000,
                         "key": f"{call['code']}{per_code[call['code']]:02d}"},
            "segments": segs})
    for f in FAMILIES:
        assert counts[f] >= (20 if f == "insult" else 8), (f, counts[f])
    assert hn >= 40, hn
    assert len({r["metadata"]["industry"] for r in rows}) >= 20
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("dropped (too short):", len(dropped), dropped)
    print(json.dumps(counts, ensure_ascii=False))
    print("hard negatives", hn, "noisy", len(noisy_set), "calls", len(rows),
          "industries", len({r["metadata"]["industry"] for r in rows}))
    print("sha256", hashlib.sha256(OUT.read_bytes()).hexdigest())


if __name__ == "__main__":
    main()
