"""Independent labelled call set AK (eval/independent/tune_ak.jsonl, formerly heldout_ak.jsonl) — a TUNING set since rulebook 2026.12.29 (blind figures in eval/independent/README.md).

Writer AK wrote this set without seeing the product's rules, rulebooks, code, tests or other evaluation sets; the only
material read was /work/ak/ref (DOMAIN.md and its seed articles, the header of writer Z's builder, the header of
writer AE's builder, and the readings of writers AA-AJ).

Adopted label policy (unchanged): writer Z's policy (the header of build_z.py, which carries X's policy with Y's
readings), the "AA:" ... "AJ:" readings of writers AA, AB, AC, AD, AE, AF, AG, AH, AI and AJ. In short, the families:
  greeting     the agent's opening is missing, late or incomplete (opens with 喂; no company; neither 您好 nor a
               time-of-day greeting; an outbound opening without the company or the agent's name; a bare 嗯？ first).
  closing      the agent's farewell is missing, partial or rude (no thanks and no wish, a brush-off ending the call,
               the call ending on the customer's 好 with no agent farewell); every hangup call also carries closing.
  forbidden    service taboo phrases: 喂 addressing the customer mid-call, 不清楚 / 不明白 / 不知道 that end the matter,
               那你想好了再打来吧, 你这话什么意思, curt orders with no attack on the person.
  insult       the agent insults, mocks, belittles or threatens the customer (the gravest class).
  filler       the agent's own run of 啊 / 呀 / 呃 / 嗯 / 这个 / 那个 / 就是 / 然后呢 across the call.
  tariff       a fee asked about and not answered with the amount and the moment charging starts.
  name_ask     the agent asks the customer's own name bluntly (你姓啥 / 你叫什么名字).
  apology      a customer who reports a fault, is refused or is hurt hears no 抱歉 / 对不起 / 不好意思 / 添麻烦了.
  shirking     the agent pushes the company's own responsibility onto the customer or elsewhere.
  overpromise  a promise about a result the company cannot control (保证 / 打包票 ...); hedges are not.
  colleague    contempt for a colleague; a colleague's error stated plainly and corrected is not.
  complaint    the customer, in this call, states an intent to complain or report (投诉 / 举报 / 12315 / 找领导 / 曝光).
  silence, talk_over, speech_rate, short_call: timing families, computed from the segment times (below).
  hangup       the clean transcript ends on the customer's unanswered question or 喂？喂？.

Timing families are computed from the generated segment times and asserted against the hand labels (clean and noisy
text): short_call < 20 s (others >= 30 s); silence an unannounced gap >= 10 s (holds announced with 稍等 / 稍候 in the
agent's turn just before are not; every other gap <= 4 s); talk_over the agent starting >= 1.0 s before the
customer's segment ends (the customer cutting in on the agent is not); speech_rate the agent's mean rate over turns of
>= 6 characters >= 7.5 or <= 2.0 chars/s (negatives keep every such agent turn within 3.0-6.2); hangup the clean
transcript ending on the customer's unanswered question or 喂？喂？ (every hangup call also carries closing).

Data format (writer AE's): industries `% code | industry | company | short`; calls
`# key | code | in|out | labels | flags | note` (`-` for none), turns `a:` agent / `c:` customer, `a>:` the agent
cutting in on the customer (1.5-2.2 s before the customer's end), `c>:` the customer cutting in on the agent,
`.hold N` (a wait the agent announced with 稍等 / 稍候) / `.gap N` (unannounced silence); flags `hn=fam/fam` (a hard
negative naming the families it tempts), `fast`, `drawl`, `short`, `asr` (a hand-written recogniser mishearing,
written `[said>heard]` in the turn: the clean transcript keeps the said character, the output the heard one).
`{G}` is the rotating correct inbound greeting, `{O}` the rotating correct outbound opening (company and agent name;
the purpose follows in the same turn), `{C}` the rotating correct closing (inbound or outbound by the call's
direction), `{hi}` a rotating 您好 / time-of-day greeting, `{co}` / `{s}` the company's full / short name, `{name}` /
`{no}` the call's agent name and number. random.Random(SEED) only chooses timing, order, the noisy calls and their
noise, and the greeting / closing / name / number rotation; the dialogues are hand-written by writer AK.
Noise (about a quarter of the calls, chosen by the seed): Traditional script via opencc s2t / s2tw / s2hk, Chinese
numerals as Arabic digits, sentence-final 呢 / 嘛 / 啦 / 哦 / 呗 dropped, punctuation removed; the ten `asr` calls carry
writer AK's own one-syllable slips instead (on a label word only in the five asr insults, which stay insults).

AK: readings writer AK had to choose (they only settle what the adopted policy leaves open or what AK's calls bring up):
AK: these are insult, each aimed at the customer: 别在这儿耽误我工夫，滚蛋; 这年头还有不会扫码的，您是在山洞里待了
    几十年刚出来？; comparing the customer to the ranch's spitting alpacas (跟我们园里那几只羊驼一个德行); 这都能干出来，
    脑子进水了吧？; 一万五做三米铜像？谁给您的自信啊？; 就您这素质，我们学员见了都绕着走 (with an accusation of the
    customer's scene in the shop); 连个锤子都抡不动，真是个废物; 您那学位是花钱买的吧？; 您真是井底之蛙; 跟您说话还不
    如对着墙说，墙好歹还能给个回声; 啧啧，真厉害，一个地址能说错三个地方; 二百五都知道先单独泡一泡; 缺心眼到这份上也
    少见; 人傻钱多说的就是您这种吧; 又是个想占便宜的穷鬼; 一句话能跟人杠三回，抬杠专业户啊您这是; a threat (出门可得
    小心点，早晚有人收拾您); 您脑袋里装的是浆糊吧？; 小家子气到家了; 活脱脱一个泼妇; 您这叫癞蛤蟆想吃天鹅肉; 谁惯的您
    这臭毛病; 真是狗拿耗子多管闲事; 瞧您那点出息; 真是个白眼狼; 您这反应，比我们仓库里那台老掉牙的工控机还慢; 您这尊
    瘟神，谁接谁倒霉; 跟老赖有什么区别？; 您这种人打电话就是来浪费社会资源的; 您这脸皮比城墙还厚; 这是我今年听过最好笑
    的笑话 (of the customer's request); 要饭的都比您大方; 您这嘴也太碎了，叨叨个没完. A one-syllable mishearing (井底之娃 /
    缺新眼 / 赖蛤蟆 / 白眼郎 / 温神) leaves the insult an insult; a later 不好意思，我说话直了点 / 话说重了 / 话冲了
    settles apology only (AD).
AK: trade and plain words that share characters with insults are innocent: 闷得要死 / 闷罐子 / 烤坏 (sauna), 傻蛋 as a
    cat's name and 铅条有毒 (stained glass), 发霉 / 虫蛀 / 烂得看不清 / 废的 (archive scanning), 甜死了 / 齁 / 冰疙瘩
    (ice-cream machines), 吐口水 of alpacas, 炸裂 / 废品 / 歪歪扭扭 (glass blowing), 把铁打死了 / 烧过了 (forging),
    抄袭 / 标红 as the checker's finding (thesis checks), 淹死 / 弃船 / 落水 (seafarer training), 丑丑 as a dog's name
    (jigsaws), 扎死 / 打死结 (tie-dye), 吹牛皮 / 头层牛皮 (leather), 臭 / 粪便的味道 of indole (perfume), 黑心电缆 from the
    news (cable), 糟朽 / 死榫 / 烂 (old timber), 剪秃 / 傻羊 (shearing), 黑心棉 (quilts), 死驴 / 驴脾气 (ejiao), 有毒 /
    废了 of land, 野鸡期刊 / 水刊 / 垃圾期刊 (journals), 蠢货 / 脑残 read out as label examples of a toxicity-labelling
    job (data annotation), 黑臭 / 烂泥 / 死鱼 / 臭死了 (ponds), 翻车 / 撞烂 / 技术菜 / 炸了 (RC cars), 胆小鬼挑战 / 吓死人
    (an observation deck), 低音炮 / 太炸 / 轰 (home theatre), 毛刺 / 缩水 / 废品 (moulding), 烂了 / 死结 (nets), 废酸 /
    有毒 (hazardous waste), 二百五十块 / 二百五十克 as amounts; the customer's own 我不懂 / 我也不知道 is nothing.
AK: an insult call adds apology only when the customer shows the hurt (你说谁呢？/ 你怎么说话呢？/ 你骂谁呢？/ 你说谁
    脸皮厚？/ 你说什么？ answered with 没什么) or reported a fault and never heard 不好意思 / 抱歉 / 添麻烦了; a customer
    who answers the jibe flatly adds nothing. A fault the customer caused himself (dry-running an outboard, his own typo
    in an engraving, the wrong input picked on his own amplifier) owes no apology (AJ); nor does a suspected defect the
    agent shows is within the standard (a cable's diameter within tolerance), nor a plain answer that an option does
    not exist (只卖整桶 / 不分期). A haggler refused a lower price hears 不好意思 in every call of this set, so no call
    here rests on that question.
AK: sending a renter to the machine's maker, a buyer to the bag's factory or the carrier, a client to the firm's own
    freelance team, a customer to the installation crew the firm sent, or an author to the journal the agency
    contracted for is shirking (AJ); sending a customer to the real-estate registry or the labour bureau for what only
    they issue, with the number or the way to apply, is not. A renter refused help until a balance is paid is not
    part of this set.
AK: 不清楚。/ 我也不知道 about the company's own schedule, crew or parking that ends the matter is forbidden (not
    shirking when the customer is sent nowhere, AJ); 具体多少我不清楚，反正跟外面差不多 about the company's own fee is
    forbidden and tariff both; 你先别急着问数，听我把话说完 / 你先别问那么多，听我说 are curt orders (forbidden);
    喂，你还订不订了？ is forbidden; 喂 as feeding (喂羊驼 / 喂了) is no 喂; 随便投 / 您自便 carry nothing by themselves.
AK: a greeting that gives the company's short name with no 您好 (嗯，白云剪毛队。/ 飙速，说。/ 这里是清渠清淤队) is a greeting
    fault; an outbound opening with 您好 and the company but no agent name is a greeting fault (AA); a complete
    greeting after a bare 嗯？ that made the customer say 喂？ is a greeting fault (AE); 喂，剪毛队，啥事？ is greeting.
AK: asking the name of the deceased to be cast on a plaque, the registered owner of a flat (the caller's mother), the
    holder of a homestead certificate (the caller's father) or a child to be enrolled is not name_ask; 你叫什么名字？ /
    你姓啥？ / 你叫啥？ / 你叫什么？全名。 / 你叫什么？哪个厂的？ to the customer are.
AK: 请您稍候，我把委托单调出来 + 16 s and 请您稍等，我看一下师傅的排班 + 22 s are no silence; 我翻一下当时的订单记录 /
    我找一下那张图 / 我看一下周六的场地 / 我找一下您的登记表 / 我查一下您的订阅记录 followed by >= 10 s are silence, and a
    customer's 喂？还在吗？ inside the wait does not break it (AI).
AK: 明天中午前到您园子里 / 周五下午六点前一定交 / 明天下午之前一定发到您邮箱 (the company's own act with a named time)
    are not overpromise; 一个月瘦十斤 / 一百年颜色都不会变 / 降完百分之五以下，绝对一次过 / 鼻炎彻底断根 / 十年翻三倍 /
    一个月之内肯定批下来 / 白头发能变黑 / 三个月内见刊，保证录用 / 这次一次就过 / 返工以后百分之百准确 are.
AK: a price the agent states unasked (翻新一床八十块) is no tariff matter; 费用等东西取回来，清点完了再说 / 价钱到店再说 /
    来了再说，有各种套餐 / 到时候看活动力度 answering the customer's fee question are tariff.
AK: a customer who says 我本来都想投诉了 about a settled matter, or 我不是要投诉他啊 while reporting trampled turf, makes
    no complaint; the agent promising to pass the feedback to the crew leader is no colleague matter.
AK: a farewell wish in any trade form (祝您出海平安 / 祝您生意兴隆 / 祝阿姨早日恢复 / 请您多保重身体，再见) closes
    correctly; 随您。/ 写呗。/ 就这样吧。/ 滚蛋。 ending the call, and a call ending on the customer's 好。 after 开的，来吧。,
    are closing.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

import opencc

SEED = 20270122
OUT = Path(__file__).resolve().parent / "tune_ak.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask", "apology", "shirking",
            "overpromise", "colleague", "complaint", "silence", "talk_over", "speech_rate", "short_call", "hangup")
TIMING = ("silence", "talk_over", "speech_rate", "short_call")
N_NOISY = 38

NAMES = ["小邰", "小蒲", "小岑", "小黎", "小晁", "小聂", "小荀", "小阎", "小冼", "小佟", "小鄢", "小甄"]
HI = ["您好", "您好", "您好", "早上好", "上午好", "下午好", "晚上好"]
GREET_IN = [
    "{hi}，{co}，我是{name}，请问有什么可以帮您？",
    "{hi}，欢迎致电{co}，{no}号{name}为您服务，请问您需要什么帮助？",
    "{hi}，这里是{co}，很高兴为您服务，请问您想咨询什么？",
    "{hi}，感谢您致电{co}，我是{name}，请问有什么能帮到您？",
    "{hi}，{co}服务热线，{name}为您服务，请讲。",
    "{hi}，您已接通{co}服务热线，我是{name}，请问有什么需要？",
]
GREET_IN_SHORT = ["{hi}，{s}，请问有什么可以帮您？", "{hi}，{s}客服{name}，请讲。", "{hi}，{s}，我是{name}，您请说。"]
GREET_OUT = [
    "{hi}，我是{co}的{name}，",
    "{hi}，这里是{co}，我是客服{name}，",
    "{hi}，打扰您一下，我是{co}的{name}，",
    "{hi}，我这边是{co}，工号{no}的{name}，",
]
GREET_OUT_SHORT = ["{hi}，我是{s}的{name}，", "{hi}，{s}{name}，"]
CLOSE_IN = [
    "感谢您的来电，祝您{w}，再见。",
    "谢谢您的耐心，{no}号{name}祝您{w}。",
    "感谢您对{s}的信任，祝您{w}，再见！",
    "后续有需要随时打这个电话，谢谢来电，祝您{w}。",
    "那就不耽误您时间了，谢谢您，祝您{w}，再见。",
]
CLOSE_OUT = [
    "打扰您了，感谢您的接听，祝您{w}，再见。",
    "那就先不打扰您了，谢谢，祝您{w}。",
    "感谢您的配合，{name}祝您{w}，再见。",
]
WISHES = ["生活愉快", "一切顺利", "万事如意", "身体健康", "工作顺利", "天天开心", "平安顺遂", "诸事顺心"]
CN_DIGITS = "一二三四五六七八九"
HOLD_WORDS = ("稍等", "稍候")
PUNCT = set("，。？！、；：,.?!;:…“”‘’（）()—-~《》「」 ")

# ---------------------------------------------------------------------------------------------------------------
# The calls (hand-written by writer AK).
# ---------------------------------------------------------------------------------------------------------------
DATA_1 = r"""
% SAU | sauna and steam-room installation | 杭州暖岩桑拿设备有限公司 | 暖岩桑拿
% STG | stained-glass studio | 成都琉光彩绘玻璃工作室 | 琉光
% ARC | archive digitisation service | 南京典存档案数字化服务有限公司 | 典存
% ICM | soft-serve ice-cream machine rental | 郑州雪融冰淇淋机租赁有限公司 | 雪融
% ALP | alpaca ranch visits | 张家口云朵羊驼牧场 | 云朵牧场
% OBM | outboard-motor repair | 舟山浪驰船外机维修服务部 | 浪驰
% BRZ | bronze-statue foundry | 保定铸鼎铜像工艺有限公司 | 铸鼎

# K001 | SAU | in | - | hn=insult | 闷得要死 / 烤坏 of a sauna, fee stated
a: {G}
c: 你好，我想在家里地下室装个干蒸房，两个人用的，大概多少钱？
a: 两人位的芬兰干蒸房，红雪松板材，连炉子带安装一万八千六，上门测量不收费。
c: 我朋友家装了一个，进去两分钟就闷得要死，跟个闷罐子似的，你们的会不会也这样？
a: 那多半是没做进排风。我们标配上下两个通风口，进风在炉子下方，出风在对角上方，空气一直在换，不会憋闷。
c: 那炉子会不会把人烤坏啊？我家老爷子也想用。
a: 炉子外面有防烫护栏，温度上限出厂锁在九十度。老人家建议一次不超过十分钟，进去之前多喝点水。
c: 行，那你们什么时候能来量尺寸？
a: 这周六上午或者周日下午都可以，您看哪个方便？
c: 周六上午吧。
a: 好的，给您约周六上午九点到十一点，师傅出发前会先给您打电话。请问您怎么称呼？
c: 我姓包。
a: 包先生，地址稍后我用短信发您确认，{C}

# K002 | SAU | out | overpromise,filler | - | salesman with fillers promises 一个月瘦十斤
a: {O}呃，上周您在我们展厅看过一款远红外汗蒸房，嗯，想回访一下您考虑得怎么样了。
c: 哦，是看过。就是价格有点高，我还在犹豫。
a: 啊，理解理解。那个，这款是碳晶发热板的，就是，升温特别快。您不是说想减减肥嘛，嗯，每天蒸二十分钟，我跟您保证，一个月瘦十斤，湿气全排出来。
c: 这么厉害？我同事说蒸完就是掉点水分，喝口水又回来了。
a: 呃，那是她蒸得不对。您按我们的方法来，那个，保证瘦，瘦不下来您来找我。
c: 嗯……那价格还能少点吗？
a: 啊，这个月店庆，就是，安装费给您免了，能省八百。
c: 我再跟我爱人商量一下吧。
a: 嗯，好的，您商量好了随时打这个号码找我，{C}

# K003 | SAU | in | shirking,apology | - | leaking steam generator sent to the maker, never an apology
a: {G}
c: 我家去年你们装的蒸汽房，蒸汽发生器底下一直在滴水，地板都泡起来了。
a: 发生器是德国那个牌子的，我们只负责装，设备的问题您直接找他们中国区售后。
c: 可当初是你们卖给我的啊，发票都是你们开的。
a: 发票是我们开的没错，质保是厂家的，我们这边没法处理。他们的售后电话是四零零八八二六一五七，您记一下。
c: 我打过了，他们说让找经销商。你们两边踢皮球是吧？
a: 那您再打一次，跟他们说清楚是设备本身的问题。
c: 那地板泡坏了谁管？
a: 地板那个您也得跟厂家谈。
c: ……算了。
a: 那就先这样，祝您生活愉快。

# K004 | SAU | in | talk_over | hn=tariff | maintenance fee with amount and start date; agent cuts in twice
a: {G}
c: 我想问一下，你们那个年度保养是怎么收费的，是不是装完第一年免费，第二年开始就要另外交钱了……
a>: 对，第一年免费，从第二年开始每年保养费六百八，装机满一年那天到期，我们会提前一个月打电话问您续不续。
c: 那如果不续呢？坏了怎么办？
a: 不续的话就按次收，上门费一百五，配件另算，修之前先报价，您同意了才动手。
c: 保养都包括什么？我家那个炉子有时候加热特别慢，我一直想问问是不是哪里出了毛病……
a>: 加热慢一般是桑拿石码得太密，保养的时候会把石头重新码一遍，再检查发热管和温控器。
c: 哦，那行，我先按次的吧，明年再说。
a: 好的，给您备注按次服务，{C}

# K005 | STG | in | insult,closing | - | haggler told 滚蛋, the call ends on it
a: {G}
c: 我开了个小酒馆，想在门上做一块彩绘玻璃，大概六十乘一米二，多少钱？
a: 这个尺寸手绘烧制的话，三千二左右，看图案复杂程度。
c: 三千二？网上贴膜的才两百块。
a: 贴膜跟我们烧制的不是一个东西，我们是进窑烧的，颜色几十年都不掉。
c: 那你给我算一千五，我就做。
a: 不好意思，一千五连玻璃料都不够。
c: 一千八，不行我找别家了。
a: 那您赶紧去找，别在这儿耽误我工夫，滚蛋。

# K006 | STG | in | - | hn=insult | a cat named 傻蛋 on a glass panel; 铅条有毒
a: {G}
c: 你好，我想定一块小的彩绘玻璃挂件，图案是我家的猫。
a: 可以的，您把猫的照片发我们微信，画师先出线稿给您确认。挂件一般是三十厘米直径的圆形，价格六百八。
c: 好。它叫傻蛋，名字也想烧在上面，可以吗？
a: 可以，“傻蛋”两个字我们用黑色珐琅写在右下角，字大概两厘米高，您看合适吗？
c: 合适。对了，铅条那个东西有毒吗？我家有小孩。
a: 铅条外面有一层锡焊和封蜡，平时挂着、擦灰都没问题，就是别让孩子去啃边框。不放心的话可以换成铜箔包边，加一百二。
c: 那就换铜箔吧。多久能好？
a: 线稿确认以后十五个工作日，烧制要进两次窑。
c: 行，那我加你们微信。
a: 好的，微信号稍后短信发您，{C}

# K007 | STG | in | greeting | hn=forbidden/tariff | opens with 喂; postage and insurance stated when asked
a: 喂，{s}，您说。
c: 你好，我是上个月在你们那儿做灯罩的，姓钟。
a: 钟女士您好，灯罩做好了，在等您来取呢。
c: 我想问能不能寄过来？我腿摔了，出不了门。寄的话要多少钱？
a: 可以寄，我们用木架加泡沫包装，顺丰到付，成都市内一般第二天到，运费大概三十。玻璃件还要保价，按货值的百分之一收，您那个灯罩一千四，保价就是十四块，发货的时候从您的定金余额里扣。
c: 好的，那麻烦你们寄吧，地址还是订单上那个。
a: 好，今天下午就给您发出去，单号发您短信。您腿上的伤多注意，祝您早日康复。

# K008 | STG | out | - | hn=complaint | revisit after a complaint settled last month
a: {O}您上个月反映过我们装的那扇玻璃门有一道裂纹，当时给您换了新的，今天想回访一下，新玻璃用着还好吗？
c: 哦，好着呢。上次那个事我本来都想投诉了，后来你们师傅第二天就来换了，挺快的。
a: 谢谢您的理解，那次是我们运输的时候没固定好，给您添麻烦了。
c: 没事没事，已经解决了。
a: 新装的那块边上的胶已经干透了吗？有没有渗水？
c: 没有，前几天下大雨我还特意看了，干干的。
a: 那就好。玻璃表面用软布蘸清水擦就行，别用钢丝球。以后有任何问题，直接打我们这个号码。
c: 好的，谢谢。
a: 不客气，{C}

# K009 | ARC | in | insult | - | a customer who cannot scan a code called a cave-dweller
a: {G}
c: 你好，你们让我在网上传那个扫描授权书，我弄了半天也没弄上去。
a: 您先打开短信里的链接，点“上传授权书”。
c: 短信？哪条短信？我手机里短信太多了。
a: 就是昨天下午四点多我们发的，开头写着“典存”的那条。
c: 找到了……点开让我扫码，扫什么码？
a: 用微信扫一扫，扫您单位授权书右上角那个二维码。
c: 微信扫一扫在哪儿啊？
a: 这年头还有不会扫码的，您是在山洞里待了几十年刚出来？
c: 我五十多了，平时不怎么用这些。你就告诉我怎么弄。
a: 打开微信，右上角加号，点扫一扫，对着二维码。
c: 好了，上去了，显示提交成功。
a: 审核结果明天短信通知您，{C}

# K010 | ARC | in | - | hn=insult/forbidden | 发霉 / 虫蛀 / 烂 / 废 of old files; 不知道页数也没关系
a: {G}
c: 我们单位有一批八十年代的人事档案要数字化，有些纸都发霉了，还有虫蛀的，能扫吗？
a: 能扫的。霉斑和虫蛀的我们先做除尘和压平，特别脆的页面会用无酸纸托底以后再扫，不会伤原件。
c: 大概有多少页我也不知道，就知道是四十多个箱子。
a: 不知道页数也没关系，我们一般按箱估，一箱平均一千五百页左右，上门清点以后再给您出准确报价。
c: 那有些已经烂得看不清的，扫了也是废的吧？
a: 看不清的我们会单独标“字迹残缺”，图像照样存，后面需要的话可以做增强处理。
c: 好，那你们什么时候能来看？
a: 下周二或者周三上午都行，您看哪天方便？
c: 周三吧。
a: 好的，周三上午九点半，我们项目经理过去，到之前会先联系您，{C}

# K011 | ARC | in | silence | hn=overpromise | 我查一下 then 13 s of nothing; the company's own delivery with a named time
a: {G}
c: 我上周送过去的那批房产档案，说五个工作日出电子版，今天第六天了，还没收到。
a: 您的项目编号是多少？
c: DC二零二五一一零七。
a: 好的，我查一下。
.gap 13
a: 查到了，您这批一共两万三千页，已经扫完了，在做质检，有四十多页图像偏斜需要重扫。不好意思耽误了，明天下午之前一定发到您邮箱。
c: 明天下午几点？
a: 五点之前。发出以后我给您打电话确认。
c: 行，那我等着。
a: {C}

# K012 | ARC | out | name_ask,tariff,speech_rate | drawl | slow agent asks 你叫什么名字 and defers the scanning fee
a: {O}您昨天在网上预约了上门取件，要扫描的是家里的老照片和老信件，对吧？
c: 对，是我约的。
a: 取件要登记委托人，你叫什么名字？
c: 我叫葛秀兰。扫描是怎么收费的？
a: 费用等东西取回来，清点完了再说。
c: 大概多少你也说不上来？
a: 照片信件都不一样，到时候算好了告诉您。
c: 那好吧。那些信纸都很脆了，你们路上别给我弄碎了。
a: 放心，我们会当面拍照清点，装进防震箱。
c: 好。
a: {C}

# K013 | ICM | in | filler,shirking,hangup,closing | - | filler agent sends the renter to the maker; last question unanswered
a: {G}
c: 我是开奶茶店的，你们租给我的那台冰淇淋机又出问题了，打出来稀得跟水一样。
a: 呃，不好意思啊，那个，您膨化率调了吗？就是，面板上那个，嗯，旋钮。
c: 调了，调到最大还是稀。
a: 啊，那个，这个可能是压缩机的问题，呃，机器是厂家的，然后呢，维修您得直接找厂家售后。
c: 机器是你们租给我的，我每个月交租金，怎么让我找厂家？
a: 嗯，就是，我们这边，那个，不负责维修，厂家电话我发您短信。
c: 那厂家要是不来呢？我店里明天还要营业，你们就不管了？

# K014 | ICM | out | greeting,filler,tariff | - | outbound with no agent name; cleaning fee 不多的 / 到时候再说
a: 您好，这边是{co}，呃，您租的那台双头冰淇淋机，嗯，下个月五号到期，就是，想问问您还续租吗？
c: 续吧，夏天生意还行。续一年多少钱？
a: 啊，年租还是四千八，那个，跟去年一样，押金不动。
c: 那定期清洗消毒要另外收钱吗？去年好像收过一回。
a: 呃，清洗那个不多的，就是，到时候师傅上门看情况再算。
c: 看情况是多少？你给我个大概数。
a: 嗯，这个说不好，那个，每家机器脏的程度不一样，到时候再说吧，反正不贵。
c: 那行吧，你先给我续上。
a: 啊好的，合同今天发您，签字拍照传回来就行，{C}

# K015 | ICM | in | - | hn=insult/tariff | 甜死了 / 齁 / 冰疙瘩; rent and deposit with amount and moment
a: {G}
c: 你好，我们是摆夜市摊的，想租你们一台小的台式机，顺便问问浆料。上回在别家买的芒果味浆料，甜死了，齁得人嗓子疼。
a: 明白。我们这边的芒果浆料糖度比一般的低一些，另外有一款无蔗糖的，用赤藓糖醇，口感会清爽一点。
c: 还有，有的机器打出来硬邦邦的，冻成冰疙瘩一样。
a: 那是制冷温度设太低了。台式机出厂设在零下六度，软硬刚好，您要偏软可以调到零下五度。
c: 台式的一个月租多少？押金要多少？
a: 台式单头的月租六百，押金两千，送机当天收，退机的时候验完机当场退押金。浆料单独买，一箱十二袋二百四。
c: 行，那我先租一个月试试。
a: 好的，您把摊位地址发给我，明天下午给您送过去。请问怎么称呼您？
c: 我姓尹。
a: 尹女士，{C}

# K016 | ICM | in | short_call | short | weekend delivery, quick
a: {G}
c: 你好，周末能送机吗？
a: 能的，周六周日都送，上午九点到下午六点。
c: 好，谢谢。
a: 不客气，祝您生意兴隆，再见。

# K017 | ALP | in | insult,complaint,apology,closing | hn=forbidden | customer likened to spitting alpacas; 消协; 随您 ends it
a: {G}
c: 我昨天带孩子去你们那儿，门票一百二，结果喂羊驼的草料还要另外买，二十块一小把，这不是坑人吗？
a: 草料是自愿购买的，门口牌子上写着呢。
c: 我没看见那个牌子，你们售票的时候也没说。我就想问能不能把草料钱退了。
a: 买了还退？您已经喂了吧。
c: 喂是喂了，但你们这是变相收费。
a: 您这人跟我们园里那几只羊驼一个德行，说不了两句就冲人吐口水。
c: 你说谁呢？
a: 草料钱退不了，门票也是按规定来的。
c: 那我就去消协投诉你们。
a: 随您。

# K018 | ALP | in | - | asr,hn=forbidden/insult/tariff | children feeding alpacas; 吐口水 of alpacas; slip 羊驼 -> 洋驼
a: {G}
c: 你好，我想问问你们那儿能不能让小朋友自己喂羊驼？我儿子四岁。
a: 可以的，我们有亲子喂养区，小朋友拿着草料杯喂就行，工作人员在旁边看着。
c: 听说羊驼会吐口水，吓到孩子怎么办？
a: [羊>洋]驼一般是同伴之间争食才吐，很少冲人。喂养区的几只都是从小在这儿长大的，性子很温顺，您别站在它正后方就行。
c: 那就好。门票多少钱？
a: 成人一百二，一米二以下儿童免票，草料二十块一杯，在喂养区门口的售卖亭买，不买也可以只看。
c: 好的。周六人多吗？
a: 周六上午十点以后人比较多，建议您九点开园就进来，那时候羊驼也饿，喂起来特别积极。
c: 哈哈，好，那我们周六去。
a: 欢迎您，祝您和孩子玩得开心。

# K019 | ALP | out | greeting | - | outbound that gives the company only when asked
a: 您好，我是{name}，您前几天在公众号上报名了周末的羊驼剪毛观摩，想跟您确认一下人数。
c: 你是哪里？
a: 哦，我们是{co}。
c: 哦哦，对，报了。两个大人一个小孩。
a: 好的，三位，周六下午两点开始，一点半之前到游客中心签到就行。
c: 需要带什么吗？
a: 不用带什么，穿旧一点的衣服就行，剪毛的时候羊毛会到处飞。
c: 好的。
a: 那周六见，祝您周末愉快。

# K020 | ALP | in | hangup,closing | hn=forbidden | rain question; the customer's last question is left hanging
a: {G}
c: 你好，我在网上买了这周日的门票，两张。
a: 好的，请问有什么需要？
c: 天气预报说周日有雨，你们下雨还开吗？
a: 小雨照常开放，园区里有室内的羊驼馆，雨天也能看。
c: 那室内馆能喂吗？小孩主要是想喂羊驼。
a: 能喂，室内馆的草料在入口处买。
c: 那要是下大雨呢？大雨能改到下周日吗？

# K021 | OBM | in | insult | hn=apology/tariff | dry-run damage the customer caused; 脑子进水了吧; repair price stated
a: {G}
c: 我那台十五匹的船外机，今天出海开了半小时就冒白烟，然后熄火了，再也打不着。
a: 出水口有没有往外喷水？
c: 喷水？我没注意，好像没喷。
a: 没喷水就是冷却没上来，您是不是在岸上干打过？
c: 昨天在码头上试了一下，就打了几分钟。
a: 说明书第一页就写着不能干打，这都能干出来，脑子进水了吧？水泵叶轮肯定烧了。
c: 我又不是专业的……那现在怎么办？
a: 拉过来吧，拆开看，叶轮肯定要换，缸要是拉了就得大修。
c: 大修多少钱？
a: 叶轮加人工三百八，缸头要是拉伤了换活塞环再加一千二，拆开确认了先报价给您，您同意了再修。
c: 行吧，明天一早拉过去。
a: {C}

# K022 | OBM | in | filler | hn=tariff | annual service explained through fillers; price stated
a: {G}
c: 你好，我想给船外机做个年保，四冲程的，二十匹。
a: 啊，好的，呃，四冲程二十匹的话，这个，年保就是，嗯，换机油、换齿轮油，然后呢，火花塞也要换。
c: 多少钱？
a: 呃，那个，全套下来是，嗯，五百六十块，然后呢，如果叶轮也要换的话，那个，再加一百八。
c: 叶轮需要换吗？用了两年了。
a: 啊，两年的话，这个，一般建议换一下，就是，海水里面用磨损比较快。
c: 那就一起换吧。什么时候能做？
a: 嗯，这个，周四以后都可以，您，呃，把机器送过来就行，修好当天付款。
c: 好，周四上午送过去。
a: 啊好的，那个，{C}

# K023 | OBM | out | - | hn=greeting/hangup | the customer's 喂？喂？ in the wind at the start; a re-greeting; proper ending
a: {O}您送修的那台船外机已经修好了，跟您说一下取机的事。
c: 喂？喂？你说什么？我这边在船上，风太大。
a: {hi}，我是{s}的{name}，您的船外机修好了，可以来取了。
c: 哦哦，听到了，修好了是吧，多少钱？
a: 换了水泵叶轮和节温器，一共四百二十块，取机的时候付就行，微信支付宝都可以。
c: 好，我明天下午过去。你们几点关门？
a: 下午六点关门，明天我在店里等您。
c: 好嘞。
a: 那明天见，祝您出海平安，再见。

# K024 | OBM | in | colleague | - | the mechanic 老陈 called 毛手毛脚, 不是第一回了
a: {G}
c: 上周在你们那儿修的船外机，今天又漏油了，是老陈给我修的。
a: 老陈啊，他那个人干活就是毛手毛脚的，油封肯定又没压到位，这都不是第一回了。
c: 那怎么办？我明天还要出海呢。
a: 真是不好意思。您今天下午能拉过来吗？我让我们店长亲自给您弄，不收钱。
c: 下午四点吧。
a: 好，四点我在店门口等您，我们店长姓郑，到了直接找他。
c: 行。
a: 给您添麻烦了，{C}

# K025 | BRZ | in | insult,apology | - | 谁给您的自信; the customer hurt, no apology
a: {G}
c: 我们村想在村口立一个老支书的铜像，三米高，预算一万五，能做吗？
a: 三米的全身铜像？
c: 对，站着的，手里拿个草帽。
a: 一万五做三米铜像？谁给您的自信啊？光铜料都不够零头。
c: 你这话说得……我们就是问问，你好好说不行吗？
a: 我就是实话实说。三米的起码得三十万往上。
c: 那一米五的呢？
a: 一米五的半身像，铸铜的八万左右，玻璃钢仿铜的两万多。
c: 好，我回去跟村里商量。
a: {C}

# K026 | BRZ | in | - | hn=name_ask/closing | the late father's name for the plinth; a condolence farewell
a: {G}
c: 我想给我父亲做一尊铜像，放在家里，他去年走了。
a: 请节哀。我们可以按照片做，胸像的话高度一般四十到六十厘米。请问您怎么称呼？
c: 我姓乔。
a: 乔先生，基座上通常会刻老人的名字和生卒年，老人家的名字是？
c: 乔德厚，一九四一年到二零二四年。
a: 好的，乔德厚，一九四一至二零二四，我记下了。您准备几张正面和侧面的照片发给我们，雕塑师先做泥稿，泥稿出来请您来看，满意了再翻模铸铜。
c: 大概多久？
a: 泥稿二十天左右，铸铜和着色再一个月。
c: 好的，谢谢你。
a: 不客气，请您多保重身体，再见。

# K027 | BRZ | in | overpromise | - | 保证放在露天一百年颜色都不会变
a: {G}
c: 我想问一下，铜像放在室外，风吹日晒的，会不会变色发绿？
a: 我们的铜像表面做了三层着色加封蜡，我跟您保证，放在露天一百年颜色都不会变，跟刚出厂一模一样。
c: 一百年？我看公园里那些铜像，好多都发绿了。
a: 那都是别家的工艺不行。我们的您放心，绝对不会。
c: 那平时需要保养吗？
a: 不用保养，放着就行。
c: 好，那报价你发我微信吧。
a: 好的，加您微信就是这个手机号吧？
c: 对。
a: 马上发给您，{C}

# K028 | BRZ | out | speech_rate | fast,hn=tariff | a quote rattled off fast; every payment with amount and moment
a: {O}您上周询价的那尊一米二的关公铜像，报价出来了，跟您说一下。
c: 好，你说。
a: 一米二铸铜关公像含底座一共四万六千八，签合同付百分之三十定金，泥稿确认以后付百分之四十，发货前付尾款百分之三十，运费我们包，安装另算八百，安装当天付。
c: 等一下，你说慢点，定金是多少？
a: 定金是百分之三十，就是一万四千零四十，签合同当天付，泥稿您不满意可以免费改三次。
c: 好，那我考虑一下，过两天给你答复。
a: 好的没问题，报价单我同时发到您微信上了，您有疑问随时打给我，{C}
"""

DATA_2 = r"""
% GLB | glass-blowing studio | 上海吹焰玻璃手作工坊 | 吹焰
% FRG | blacksmith forge experience | 龙泉锻坊打铁体验馆 | 锻坊
% THS | thesis plagiarism-check service | 武汉知检论文检测服务有限公司 | 知检
% SEA | seafarer certificate training | 大连远帆船员培训中心 | 远帆
% SLT | halotherapy salt room | 青岛盐舍盐疗养生馆 | 盐舍
% JIG | custom jigsaw-puzzle printing | 义乌拼趣定制拼图工厂 | 拼趣
% TIE | tie-dye workshop | 大理蓝靛扎染工坊 | 蓝靛
% LTH | leather-craft classes | 广州革物皮具手作工作室 | 革物
% PRF | perfume customisation studio | 深圳闻香调香工作室 | 闻香
% WHK | whisky cask sales | 厦门琥珀桶藏酒业有限公司 | 琥珀桶藏

# K029 | GLB | in | insult,name_ask,talk_over,apology | - | cut in with 你叫什么名字; 就您这素质; the customer hurt
a: {G}
c: 我上周六在你们那儿上的体验课，做的杯子说冷却好了寄给我，到现在还没收到，我那天在店里就跟你们说了我急着要，是要送人的……
a>: 你叫什么名字？
c: 冉冬梅。
a: 哦，您就是那天在店里大呼小叫、把学员吓得工具都掉了的那位。
c: 我那是着急。
a: 就您这素质，我们学员见了都绕着走。杯子退火要四十八小时，周一才寄出。
c: 你怎么这么说话？我就问什么时候到。
a: 周一寄，顺丰，一般周二到。
c: 行。
a: {C}

# K030 | GLB | in | - | hn=insult | 炸裂 / 废品 / 歪歪扭扭 in a glass-blowing class
a: {G}
c: 你好，我想给我女儿报个吹玻璃的体验课，她十二岁，能上吗？
a: 十二岁可以的，我们要求十岁以上，家长陪同。课程是两个小时，做一个小花瓶或者杯子。
c: 安全吗？我听说玻璃在炉子里会炸。
a: 玻璃炸裂一般是冷热不均，比如刚出炉的料碰到凉水。课上老师全程手把手，孩子只负责吹气和转杆，靠近炉口的操作都是老师做。
c: 做坏了怎么办？
a: 做坏了就算废品，回炉重新挑料，不另收费，一节课最多可以重来两次。
c: 她同学说上次做了个歪歪扭扭的，拿回家被笑了一个月，哈哈。
a: 哈哈，第一次做的歪一点反而有纪念意义。请问您怎么称呼？我给您登记周末的课。
c: 我姓符。
a: 符女士，周六下午两点到四点的课还有名额，一大一小三百八，{C}

# K031 | GLB | in | talk_over,apology,colleague | - | broken glass; agent cuts in, blames the new packer, never apologises
a: {G}
c: 我在你们网店买的那对高脚杯，今天收到了，打开一看，其中一只杯脚断了，盒子里全是碎渣……
a>: 快递签收的时候您验货了吗？
c: 快递员放门口就走了，我怎么验？我下班回来才看到，盒子外面还好好的……
a>: 那您拍个照片发我们客服微信。打包的是新来的那个小子，干啥都毛毛躁躁的，说了多少回也不长记性。
c: 我不管谁打包的，到底能不能补发？
a: 照片发过来我们看了再定，一般是可以补发的。
c: 好吧，我现在就发。
a: 收到照片给您回复，{C}

# K032 | GLB | in | short_call | short | closing time, quick
a: {G}
c: 你好，你们今天几点关门？
a: 今天营业到晚上八点。
c: 好的，谢谢。
a: 不客气，祝您愉快。

# K033 | FRG | in | insult,complaint,apology,closing | hn=forbidden | 真是个废物; 我要投诉你; 写呗 ends it
a: {G}
c: 我昨天在你们那儿打铁，一把小刀打了三个小时也没打成，最后你们师傅让我拿个半成品回家，我觉得这课不值四百块。
a: 打不成是您自己的问题，别人两个小时都打完了。
c: 那师傅也没怎么教啊，一直在旁边玩手机。
a: 师傅教了，是您连个锤子都抡不动，真是个废物。
c: 你这是什么态度？我要投诉你。
a: 随便投。
c: 你们经理电话多少？
a: 经理不在。
c: 那我就在点评上写清楚。
a: 写呗。

# K034 | FRG | in | - | hn=insult/overpromise | 把铁打死了 explained as a trade term; 不敢打包票
a: {G}
c: 你好，我想问问你们那个打铁体验，女生能打吗？我力气不大。
a: 可以的，我们给女生准备的是一点二斤的小锤，打的是开信刀或者书签，不需要太大力气。
c: 那一定能打成吗？
a: 这个不敢跟您打包票，一般三个小时大部分人都能完成，偶尔有人把料烧过了，或者冷锻太狠把铁打死了，出现裂纹，那就得重新下料。
c: 打死了？铁还能打死？
a: 哈哈，这是行话，就是反复冷锻以后铁变脆了，一敲就裂。师傅会看着，一般不会。
c: 好有意思。多少钱？
a: 开信刀三百二，书签二百六，含材料和刻字，当天付款，成品第二天淬火开刃以后寄给您，运费我们出。
c: 那我约个周日。
a: 好的，周日上午十点的场次，{C}

# K035 | FRG | out | silence | hn=colleague | 我翻一下当时的订单记录 then 11 s; a schedule copied wrong, fixed plainly
a: {O}您上个月定做的那把大马士革厨刀，锻打已经完成了，想跟您确认一下刀柄的材质。
c: 哦好的，我记得我选的是黑檀木。
a: 我这边排期表上写的是花梨木，我翻一下当时的订单记录。
.gap 11
a: 找到了，订单上确实写的是黑檀木，是排期表抄错了，我马上改过来，给您添麻烦了。
c: 没事，改过来就好。大概什么时候能收到？
a: 装柄、开刃、打磨还要五天，下周三发货。
c: 好的。
a: 感谢您的耐心，{C}

# K036 | FRG | in | name_ask,tariff,forbidden | - | 你姓啥; price 到店再说; parking 不清楚
a: {G}
c: 我想订一个打铁体验，周六两个人。
a: 周六两个人，可以。你姓啥？
c: 姓向。
a: 行，周六下午两点，到了报姓就行。
c: 两个人多少钱？
a: 价钱到店再说，看您做什么东西。
c: 那你们那儿好停车吗？
a: 不清楚。
c: ……那算了，我们打车过去。
a: {C}

# K037 | THS | in | insult,apology | hn=tariff | 您那学位是花钱买的吧; the customer hurt; re-check fee stated
a: {G}
c: 我昨天在你们那儿查重，系统说我重复率百分之四十一，我自己写的东西怎么会这么高？
a: 报告上标红的地方您都看了吗？
c: 看了，好多是我引用的文献，我都加了引号的。
a: 引号格式不对系统也识别不了。您是硕士还是博士？
c: 博士，今年答辩。
a: 博士连引用格式都弄不对，您那学位是花钱买的吧？
c: 你怎么说话呢？太过分了。
a: 我这是提醒您。引用要用学校规定的格式，标注上标，系统才会排除。
c: ……那我改完再查一次要多少钱？
a: 二次检测半价，三十九块，提交的时候自动扣。
c: 知道了。
a: {C}

# K038 | THS | in | - | hn=insult/overpromise | 抄袭 / 标红 as the checker's finding; no number promised
a: {G}
c: 你好，我的报告出来了，有好几段标红，我好担心被当成抄袭。
a: 您先别着急。标红只是说明这几段文字和数据库里某些文献相似，不等于抄袭。您看标红段落右边有来源，如果是您自己引用的文献，规范加上标注就行。
c: 有一段是我去年发的小论文，自己的也算？
a: 算的，系统不分是不是您本人的，建议在文中注明是前期研究成果并引用那篇小论文，很多学校允许自引。
c: 那重复率能降到多少？
a: 这个要看您修改的情况，我们没法替您保证一个数字。按一般要求，硕士论文是百分之十五以下。
c: 明白了，谢谢你。
a: 不客气，祝您答辩顺利。

# K039 | THS | out | overpromise | hn=tariff/insult | 降完百分之五以下，绝对一次过; 二百五十块 is a price
a: {O}您在我们平台查过一次重，看到您的重复率是百分之二十八，我们这边有人工降重服务，想跟您介绍一下。
c: 人工降重？怎么收费？
a: 按千字收，一千字二十五，您这篇三万字，重复的部分大概一万字，就是二百五十块，下单的时候付。
c: 降完能到多少？
a: 我跟您保证，降完百分之五以下，学校那边绝对一次过，过不了全额退款。
c: 真的？学校用的是知网，你们用的是什么？
a: 都一样，您放心，保证过。
c: 我考虑一下吧。
a: 好的，有需要随时联系我，{C}

# K040 | THS | in | colleague,hangup,closing | - | 技术部那帮人; the customer's last question left hanging
a: {G}
c: 你好，我下午三点多交的检测，到现在还显示排队中。
a: 不好意思让您久等了，今天是提交高峰，一般两到四个小时出结果。
c: 我学校系统今晚十二点就关了，我得上传这份报告。
a: 技术部那帮人，一到高峰系统就卡，说了一百遍也不扩容，我也没办法。
c: 能不能加急？我交了加急费的。
a: 加急的是优先排的，前面还有加急的。
c: 那我今天晚上十二点前到底能不能拿到报告？

# K041 | SEA | in | insult | asr,hn=tariff | 井底之蛙 heard as 井底之娃; course fee stated
a: {G}
c: 你好，我想报你们的船员培训，考个海员证，听说出去跑船一年能挣三四十万？
a: 那得看职务和航线，普通水手一开始一个月八千到一万二。
c: 才一万出头？我们村有人说跑远洋一年四十万，你们是不是故意往低了说？
a: 您村里那位要么是船长要么是轮机长，普通水手没有那个数。
c: 我不信，我们村的人都这么说。
a: 您真是井底之[蛙>娃]，听村里人说两句就当真了。
c: 那你们培训多少钱？
a: 基本安全四小证加水手值班证，一共六千八，报名交一半，考证前交齐。
c: 我再想想。
a: {C}

# K042 | SEA | in | - | hn=insult/overpromise/talk_over | 淹死 / 弃船 / 落水; the customer cuts in; pass not promised
a: {G}
c: 我想问问你们的基本安全培训，里面有游泳吗？我不太会水，怕淹死。
a: 有水上求生这一项，要穿着救生衣从三米高的台子跳下去，再游二十米爬上救生筏。
c>: 三米？那我肯定不敢跳下去。
a: 第一次都害怕。不会游泳的学员我们会先安排两次浅水区的适应课，不额外收费，教练会陪着您一起跳。
c: 弃船演习也是在水里？
a: 对，弃船和落水救助都在训练池里做，池边有救生员，教练也在水里。
c: 那一次能考过吗？
a: 大部分学员一次就过，但这个没法跟您保证，主要看实操的时候能不能按步骤来。没过的可以免费补考一次。
c: 好的，我再问问家里人。
a: 好的，有问题随时打过来，祝您生活顺利。

# K043 | SEA | in | speech_rate | drawl,hn=tariff | a drawling agent; board fee stated with its moment
a: {G}
c: 你好，我想问一下，值班水手证的培训什么时候开班？
a: 下一期……是……下个月……十五号……开班。
c: 要学多久？
a: 理论……加上……实操……一共……四十五天。
c: 要住校吗？
a: 可以……住校……住宿费……一天……三十块……开班的时候……一起交。
c: 好，那我先报个名，要带什么？
a: 带……身份证……一寸照片……六张……还有……体检表。
c: 好的，谢谢。
a: 不客气……祝您……生活愉快……再见。

# K044 | SEA | out | greeting | hn=forbidden | an outbound opening that starts with 喂
a: 喂，是尚先生吗？我这边是{co}的{name}。
c: 是我，什么事？
a: 您报名的基本安全培训，体检报告还差一项视力的，想麻烦您这周补一下。
c: 视力？我去医院查过了啊。
a: 报告上只有裸眼视力，我们需要矫正视力那一栏，您戴眼镜的话得再测一个戴镜的。
c: 哦哦，那我周三去补。
a: 好的，补完拍照发到报名群里就行，谢谢您的配合，祝您一切顺利。

# K045 | SLT | in | insult,tariff | - | 不如对着墙说; the price 来了再说
a: {G}
c: 你好，我想问一下你们那个盐疗，小孩能做吗？
a: 可以的，三岁以上就可以，家长陪同。
c: 那多大的小孩能做？
a: 三岁以上。
c: 我家孩子两岁半，快三岁了，能不能做？
a: 不好意思，不能，刚才说了三岁以上。
c: 那两岁半真不行吗？就差半年。
a: 跟您说话还不如对着墙说，墙好歹还能给个回声。三岁以上，三岁以上。
c: ……行吧，那等她满三岁再说。你们一次多少钱？
a: 来了再说，有各种套餐。
c: 哦。
a: {C}

# K046 | SLT | out | overpromise | - | 鼻炎彻底断根
a: {O}您上周来体验过一次盐疗，想回访一下，体验完感觉怎么样？
c: 还行吧，鼻子通了一点，不过回家又堵了。
a: 一次肯定不够。我们有十次的疗程卡，一千二，做完一个疗程，我保证您的鼻炎彻底断根，以后再也不会犯。
c: 真的假的？我这鼻炎都十几年了，医院都说治不好。
a: 医院是治标，我们盐疗是治本，做完绝对好。
c: 我再想想吧。
a: 好的，这个月办卡还送两次，{C}

# K047 | SLT | in | - | hn=apology | the customer misread her own booking; no apology owed
a: {G}
c: 你好，我今天过来了，前台说我预约的是明天？我明明约的今天。
a: 您别着急，我帮您看一下，预约手机号是多少？
c: 一三七零五三二八八一六。
a: 查到了，系统里约的是明天下午三点，短信也是按明天发的。
c: 啊？……哦，我看了下短信，是我自己看错了，不好意思。
a: 没关系。今天下午四点那场正好有人取消，您愿意的话可以直接改到今天，不用等明天。
c: 太好了。对了，我有点哮喘，做的时候会不会憋气？
a: 盐室里是干盐气溶胶，浓度很低，大多数哮喘的人做完反而觉得呼吸顺一些。中途觉得胸闷的话，按墙上的呼叫铃，工作人员马上带您出来。
c: 好的。
a: 那给您改到今天下午四点，{C}

# K048 | SLT | in | talk_over | - | the agent finishes the customer's sentences for her
a: {G}
c: 我上个月办了一张十次卡，现在还剩六次，我想问一下能不能转给我妈妈用……
a>: 可以转给家人，带上您和阿姨的身份证到前台做个登记就行。
c: 那我妈年纪大了，七十多了，有高血压，她能不能做，会不会有什么……
a>: 能做的，盐疗对血压没什么影响，就是第一次建议先做二十分钟试试。
c: 好，那我周末带她过去。
a: 好的，周末上午人少，建议您十点前到，{C}

# K049 | JIG | in | insult | - | 啧啧，真厉害，一个地址能说错三个地方
a: {G}
c: 我在你们店定了一个一千片的拼图，用我们全家福做的，收件地址写错了，我想改一下。
a: 您说一下新地址。
c: 浙江省金华市义乌……不对，是金华市东阳市，吴宁街道，那个学府小区……不对不对，是学苑小区，三栋二零一。
a: 啧啧，真厉害，一个地址能说错三个地方。
c: 我一着急就这样。
a: 东阳市吴宁街道学苑小区三栋二零一，对吧？
c: 对。
a: 改好了，明天发货，{C}

# K050 | JIG | in | - | hn=insult/tariff | a shar-pei named 丑丑; price and payment stated
a: {G}
c: 你好，我想用我家狗的照片做个拼图，五百片的，狗狗叫丑丑，能把名字印上去吗？
a: 可以的，名字可以印在拼图右下角，也可以印在盒子封面上。您家丑丑是什么品种？
c: 沙皮狗，一脸褶子，所以叫丑丑，哈哈。
a: 沙皮的褶子拍出来特别有质感，拼起来也好玩。照片建议用原图，像素至少两千万，不然放大以后会糊。
c: 好的。五百片多少钱？
a: 五百片带铁盒包装八十九，盒子封面印照片加十块，拍下付款，三天内发货，包邮。
c: 好，我现在就拍。
a: 好的，拍好以后把原图发到订单备注的邮箱里，{C}

# K051 | JIG | out | filler | - | outbound image check full of fillers
a: {O}嗯，就是，您那个拼图订单，呃，我们这边想跟您确认一下图片。
c: 图片有什么问题吗？
a: 啊，就是，那个，您发的照片，嗯，分辨率有点低，然后呢，印出来可能，呃，会有点糊。
c: 那怎么办？我只有这张。
a: 呃，这个，我们可以用软件给您，嗯，做一下增强，然后呢，先把效果图发您看看。
c: 要加钱吗？
a: 啊，不用，那个，这个是免费的。
c: 好，那你们先弄吧。
a: 嗯，好的，那个，效果图明天发您，{C}

# K052 | JIG | in | tariff,forbidden | - | rush fee 不多的 / 到时候跟您结; 听我把话说完
a: {G}
c: 我想定一百份公司年会用的拼图，当伴手礼，下周五之前要，来得及吗？
a: 来得及，我们走加急通道。
c: 加急要加钱吗？加多少？
a: 加急费不多的，您先把图发过来，做完一起算。
c: 你给我个数，我要报给财务……
a: 你先别急着问数，听我把话说完。加急费得看排产，到时候跟您结，肯定比外面便宜。
c: 那底价是多少？
a: 三百片带盒子的二十八一份，一百份两千八。
c: 行，那我先发图。
a: 好的，{C}

# K053 | TIE | in | insult,shirking,apology,complaint | - | 二百五都知道; the stained shirt 我们管不了; 我要投诉你
a: {G}
c: 我在你们网店买的扎染围巾，洗了一次，水全是蓝的，我的白衬衫也被染蓝了。
a: 详情页写了前三次要单独冷水手洗，您跟白衣服一起丢洗衣机了？
c: 我没看到那个说明啊。
a: 植物染掉色还要人教，二百五都知道先单独泡一泡。
c: 你骂谁呢？我买个东西还要被你骂？
a: 我没骂，实话实说。
c: 那衬衫怎么办？
a: 衬衫是您自己洗坏的，我们管不了。
c: 你这什么态度，我要投诉你。
a: 投诉电话在页面最下面，您自便，祝您生活愉快。

# K054 | TIE | in | - | hn=insult/forbidden | 扎死 / 打死结 in tie-dye; 不知道怎么扎没关系
a: {G}
c: 你好，我想带学生去你们那儿做扎染，三十个初中生，可以吗？
a: 可以的，我们有研学课程，两个小时，每人做一块方巾。
c: 孩子们都没做过，不知道怎么扎。
a: 不知道怎么扎没关系，老师会先示范几种基本扎法，像捆扎、缝扎、夹扎。关键是绳子要扎死，打死结，不然染料渗进去花纹就糊了。
c: 染料安全吗？
a: 我们用的是板蓝根发酵的蓝靛，纯植物的，就是手上会沾蓝，要两三天才能洗掉。
c: 哈哈，孩子们肯定喜欢。一个人多少钱？
a: 学生价每人六十八，含材料，带队老师免费，课程当天结账。
c: 好，我跟学校报一下。
a: 好的，{C}

# K055 | TIE | in | complaint | - | printed, not hand-dyed: 我要打12315投诉; the agent apologises
a: {G}
c: 我在你们店里买的那件扎染长裙，标的是纯手工，我拿到手一看，花纹是印上去的，背面一点都没渗透。
a: 真是不好意思，您方便拍一下正反面的照片发给我们吗？
c: 照片我发了，你们客服说是手工的，我不认。你们这是虚假宣传，我要打一二三一五投诉。
a: 非常抱歉让您不愉快了。照片我们这边马上转给质检，如果确认是印花的，全额退款，另外按规定给您赔偿。
c: 多久给我答复？
a: 明天下午五点之前给您回电话。
c: 行，我等你们电话。
a: 好的，再次向您道歉，{C}

# K056 | TIE | out | short_call | short | a class reminder
a: {O}提醒您明天上午十点的扎染课，别忘了哦。
c: 好的，记着呢。
a: 好的，祝您明天玩得开心，再见。

# K057 | LTH | in | insult | asr,hn=apology | the customer's own typo; 缺心眼 heard as 缺新眼
a: {G}
c: 我在你们那儿订了一个定制钱包，刻字我写的是L点W，结果收到刻的是W点L。
a: 订单备注您写的就是W点L，我这截图都有。
c: 我写的是L点W！
a: 您自己看看截图，白纸黑字。
c: ……哦，好像是我打反了。那能重刻吗？
a: 自己名字都能打反，缺[心>新]眼到这份上也少见。
c: 我就是一时手快……能重刻吗？
a: 重刻要换一块皮，成本一百二，您出的话就重做。
c: 行吧，我出。
a: 那您转账吧，{C}

# K058 | LTH | in | - | asr,hn=insult/overpromise | 吹牛皮 / 头层牛皮; 十年八年 hedged; slip 植鞣 -> 植柔
a: {G}
c: 你好，我想上你们的皮具手作课，做个托特包，用什么皮？
a: 托特包我们一般用意大利植[鞣>柔]头层牛皮，越用颜色越深，会养出光泽。
c: 我朋友说你们的牛皮吹得很厉害，说能用一辈子，真的吗？
a: 哈哈，吹牛皮可不敢。植鞣革确实耐用，正常使用十年八年没问题，但用多久要看保养，平时别泡水，隔几个月上一次貂油就行。
c: 我没有基础，能做出来吗？
a: 能的，托特包是入门款，两天的课，老师会带着您打孔、手缝、封边。
c: 多少钱？
a: 学费加材料一千一百八，报名时付三百定金，上课第一天付尾款。
c: 好，我报名。
a: 好的，请问怎么称呼您？
c: 姓殷。
a: 殷小姐，我给您登记下周末的课，{C}

# K059 | LTH | in | shirking,hangup,closing | - | a broken strap sent to the factory; the customer's last question hangs
a: {G}
c: 我在你们店里买的那个成品斜挎包，用了两个礼拜，肩带的线就开了。
a: 不好意思啊。成品包是我们合作的代工厂做的，售后这块您直接找他们，我把电话给您。
c: 我是在你们店里买的，凭什么让我找工厂？
a: 我们店只卖，不负责维修，工厂那边专门有售后。电话是一三八二六零四七七九一，您记一下。
c: 你们卖东西不管售后？
a: 规定就是这样，您打过去说是革物卖的就行。
c: 那要是工厂不认呢？我到时候找谁？

# K060 | LTH | in | greeting,short_call | short,hn=filler | a bare 嗯？ first; the full greeting only after the customer's 喂
a: 嗯？
c: 喂？你好，是皮具店吗？
a: 您好，{s}，请问有什么可以帮您？
c: 你们今天开门吗？
a: 开的，十点到晚上九点。
c: 好，谢谢。
a: 不客气，祝您愉快。

# K061 | PRF | in | insult | - | 人傻钱多说的就是您这种吧; a token 不好意思 after the hurt
a: {G}
c: 你好，我想定制一款香水，要用真的龙涎香，听说你们那儿能做。
a: 能做，天然龙涎香的话，五十毫升起价一万二。
c: 那我要一百毫升的，再加点沉香，钱不是问题。
a: 好的。
c: 再加点麝香，要真的那种。
a: 真麝香国内不允许用，我们用合成的。
c: 我不管，你们想办法弄点真的，多少钱我都出。
a: 人傻钱多说的就是您这种吧，法律不让用的东西也敢要。
c: 你什么意思？
a: 不好意思，我说话直了点。真麝香确实不能用，合成麝香的那款您要不要？
c: 不要了。
a: {C}

# K062 | PRF | in | - | hn=insult | 有点臭 / 粪便的味道 of indole explained
a: {G}
c: 你好，我上周在你们那儿调的那瓶香，刚喷的时候有股怪味，说实话有点臭，像厕所的味道。
a: 您说的应该是前调里的茉莉净油，里面有一种成分叫吲哚，浓度高的时候闻着确实有点像粪便的味道，过十几分钟挥发掉就是很干净的花香了。
c: 原来是这样，我还以为坏了。
a: 没有坏，很多白花调的香水都有这个特点。您要是不喜欢，可以免费回来调一次，把茉莉的比例降下来。
c: 那太好了，我周六过去。
a: 好的，给您约周六下午两点，请问您怎么称呼？
c: 姓邬。
a: 邬女士，{C}

# K063 | PRF | out | colleague | - | the perfumer 小蒋 called 稀里糊涂 / 最不让人省心
a: {O}您在我们店里存了一瓶调好的香，是调香师小蒋做的那瓶，想跟您说一下，配方卡片上的比例写错了。
c: 写错了？那香水有问题吗？
a: 香水没问题，是卡片上的数字抄错了。小蒋那个人做事一向稀里糊涂的，跟他说多少遍都记不住，我们店里就数他最不让人省心。
c: 哦……那改过来就行吧。
a: 对，我们重新打一张寄给您，以后复购的时候用新卡片。
c: 好的。
a: 给您添麻烦了，{C}

# K064 | PRF | in | tariff,silence | - | 我查一下您的订阅记录 then 12 s; 现在是免费期 / 到时候会有通知
a: {G}
c: 你们的香氛订阅，每个月寄一支小样那个，要收年费吗？我上个月好像已经开通了。
a: 我查一下您的订阅记录。
.gap 12
a: 查到了，您是上个月十号开通的，现在是免费期，前三个月不收钱，您先用着。
c: 三个月以后呢？多少钱？什么时候扣？
a: 后面的到时候会有通知的，您放心，不会乱扣。
c: 我绑的是信用卡，会自动扣吗？
a: 这个到时候看系统设置，您先体验着。
c: 那好吧。
a: {C}

# K065 | WHK | in | insult,closing | - | 想占便宜的穷鬼; 就这样吧 ends it
a: {G}
c: 你好，我看你们在卖整桶的威士忌，我想问问有没有小一点的，比如合买一桶，几个人分？
a: 我们只卖整桶，最小的是五十升的四分之一桶，十二万八。
c: 十二万多啊……那能分期吗？首付多少？
a: 不分期。
c: 那有没有二手的桶，便宜点的？
a: 听您这口气就知道，又是个想占便宜的穷鬼。就这样吧。

# K066 | WHK | out | overpromise,speech_rate | fast | 十年翻三倍 rattled off fast
a: {O}您之前在我们品鉴会上留过电话，今年新到了一批雪莉桶，想跟您介绍一下。
c: 哦，是那个威士忌桶啊。投资这个靠谱吗？
a: 非常靠谱，我跟您保证，现在入手，放十年出桶，价格至少翻三倍，只会涨不会跌。
c: 这么肯定？酒价也会跌吧。
a: 威士忌只会越放越值钱，不可能跌的，这个您完全放心。
c: 那桶买了以后放在哪儿？
a: 放在我们厦门的保税仓，恒温恒湿有专人看管，每年给您寄一次取样小瓶，您随时可以来仓里看自己的桶。
c: 我再考虑考虑。
a: 好的，这批一共只有八桶，您尽快考虑，{C}

# K067 | WHK | in | - | hn=overpromise/tariff | storage fee with amount and moment; no value promised
a: {G}
c: 我去年买了一个桶，现在放在你们的保税仓里，仓储费怎么收？
a: 仓储费第一年包含在桶价里，从第二年起每年两千四，每年的购买日当天从您登记的账户里扣，扣之前七天会短信提醒。
c: 那天使的分享是怎么回事？我听说放久了酒会变少。
a: 对，每年会自然挥发百分之二左右，这叫天使的分享，是正常损耗，合同里写了。
c: 那放十年能值多少钱？
a: 这个我们不敢给您保证，威士忌的价格受市场影响，有涨也有跌，我们每年会给您发一份第三方估值报告做参考。
c: 好的，明白了。
a: {C}

# K068 | WHK | in | talk_over,forbidden | - | cut in twice, 你这话什么意思; a later 不好意思
a: {G}
c: 我想问一下，我那个桶当初说是首填雪莉桶，现在证书上写的是……
a>: 证书上写什么就是什么。
c: 不是，证书上写的是二次填充，跟你们当初宣传的不一样，我就是想知道到底是哪一种……
a>: 你这话什么意思？我们还能骗你不成？
c: 我没说你们骗，我就是想核实一下。
a: 不好意思，刚才语气急了。您把证书编号发过来，我让仓库查。
c: 好，我等会儿发。
a: {C}
"""

DATA_3 = r"""
% CBL | wire and cable factory | 宜兴恒通电线电缆有限公司 | 恒通电缆
% APR | real-estate valuation firm | 天津衡信房地产土地评估有限公司 | 衡信评估
% ANC | ancient-building restoration | 山西晋构古建修缮工程有限公司 | 晋构古建
% SHR | sheep-shearing crew | 锡林浩特白云剪毛服务队 | 白云剪毛队
% OIL | custom oil-pressing mill | 湖南香满坊代榨油坊 | 香满坊
% QLT | cotton fluffing and quilt workshop | 合肥老周弹棉花被服店 | 老周被服
% EJO | ejiao (donkey-hide gelatin) maker | 东阿福胶堂阿胶有限公司 | 福胶堂
% SOI | agricultural soil testing | 石家庄沃测土壤检测中心 | 沃测
% SRV | land surveying and mapping | 昆明经纬测绘有限公司 | 经纬测绘

# K069 | CBL | in | insult | - | 抬杠专业户啊您这是
a: {G}
c: 我买了你们两百米二点五平方的线，说是国标，我拿千分尺量了，线径只有一点七三。
a: 二点五平方对应的单根直径就是一点七八左右，差零点零五在正常公差里。
c: 国标公差是多少？你拿标准给我看。
a: 国标是按导体电阻来判合格的，不是按线径。
c: 那电阻你们测了吗？我凭什么信你？
a: 出厂都有检测报告。一句话能跟人杠三回，抬杠专业户啊您这是。
c: 报告发我看看。
a: 行，发您邮箱。
c: 好。
a: {C}

# K070 | CBL | out | - | hn=insult | 黑心电缆 from the news; delivery time stated
a: {O}您上周订的那批电缆已经发货了，跟您说一下到货时间。
c: 好。对了，最近新闻上说有黑心电缆，铜芯里掺铝的，一烧就起火，你们的没问题吧？
a: 我们是全铜芯，每批都有第三方检测报告，您收货的时候可以剪一截看看截面，纯铜是紫红色的，掺铝的剪开发白。
c: 好，那我收货的时候看看。
a: 货是后天上午到，司机会提前半小时给您打电话，卸货需要您那边安排叉车。
c: 叉车我们有。
a: 好的，{C}

# K071 | CBL | in | shirking,hangup,closing | - | the late lorry left to the carrier; the call ends on 喂？喂？
a: {G}
c: 你好，我们工地订了一批电缆，说好今天下午到，到现在还没看到车。
a: 不好意思，您的订单号是多少？
c: HT二零二五零九三三。
a: 已经发货了，车是物流公司的，送货的事您直接打物流公司电话问吧，号码我发您。
c: 我是找你们买的，你们不能帮我问一下吗？我们工人六点就下班了。
a: 物流那边的情况我们这边看不到。
c: 喂？喂？

# K072 | CBL | in | - | hn=colleague | an invoice keyed wrong by a colleague, corrected plainly
a: {G}
c: 我收到你们的发票，金额写的是三万二，合同上是三万零二百，差了一千八。
a: 不好意思，我核对一下。确实是开票的同事把数字录错了，我马上让财务红冲重开，三万零二百，明天寄给您。
c: 好的，那原来那张我要寄回去吗？
a: 不用寄回，您拍张照片发给我们，我们这边作废就行，纸质的您撕掉就可以。
c: 好。
a: 给您添麻烦了，{C}

# K073 | APR | in | insult,complaint | - | a threat (早晚有人收拾您); 住建局举报; a later 话说重了
a: {G}
c: 你们给我家房子评估才一百八十万，隔壁一样的户型上个月卖了二百二十万，你们这评估有问题吧？
a: 评估是按市场比较法做的，有三个可比案例，报告里都写了。
c: 我不认，我要求重新评估，你们是不是跟银行串通好了压价？
a: 说话注意点。像您这么到处找茬的，出门可得小心点，早晚有人收拾您。
c: 你这是威胁我？我要去住建局举报你们。
a: 不好意思，我刚才话说重了。您要重新评估可以提交书面申请，我们安排另一位评估师复核。
c: 我不用你们复核，我就要举报。
a: 好的，那是您的权利。复核申请表我也发您邮箱，{C}

# K074 | APR | out | - | hn=name_ask/silence | announced hold of 16 s; the owner is the caller's mother
a: {O}您委托我们做的房产评估，评估师明天上午去现场看房，跟您确认几个信息。
c: 好，你说。
a: 请您稍候，我把委托单调出来。
.hold 16
a: 让您久等了。房产证上的产权人是哪位？我们报告上要写全名。
c: 是我母亲，叫邵桂芬。
a: 邵桂芬，好的。明天开门的是您本人吗？请问您怎么称呼？
c: 我是她儿子，姓邵。
a: 邵先生，明天上午九点半，评估师会带工作证，大概看四十分钟，要量一下面积、拍几张照片。麻烦您把房产证原件准备好。
c: 没问题。
a: 好的，{C}

# K075 | APR | in | - | hn=shirking | registry records only the registry issues; number and hours given
a: {G}
c: 我拿到你们的评估报告了，银行说要看不动产登记信息，那个我去哪里打？
a: 不动产登记信息要去不动产登记中心打，或者在天津的政务服务小程序上申请，这个我们没有权限调取。登记中心的咨询电话是八八三五二七一零，工作日上午九点到下午五点。
c: 那你们出报告的时候不是查过吗？
a: 我们看的是委托人提供的复印件，正式的登记查询结果需要产权人本人去申请，这是规定，不好意思。
c: 好吧，我明天去一趟。
a: 好的，要是银行还需要我们补材料，直接打给我，{C}

# K076 | APR | in | speech_rate | fast,hn=tariff | a fast agent; the fee with amount and moment
a: {G}
c: 你好，我想问问做一个二手房的抵押评估需要什么材料？
a: 需要房产证复印件、产权人身份证复印件、购房合同，如果有贷款没结清还需要贷款合同，材料齐了我们当天出预估值，三个工作日出正式报告。
c: 收费怎么算？
a: 抵押评估按评估总值的千分之一收，最低五百封顶三千，出报告的时候收，您可以转账也可以刷卡。
c: 要上门看房吗？
a: 要的，评估师上门看房拍照，一般半个小时左右，您约好时间我们就安排。
c: 好的，那我准备一下材料。
a: 好的，材料准备好直接打这个电话预约就行，{C}

# K077 | ANC | in | insult | hn=tariff | 您脑袋里装的是浆糊吧; survey fee stated
a: {G}
c: 我们村里那座老戏台想修一下，屋顶漏雨，梁也有点歪，你们能做吗？
a: 能做。是文物保护单位吗？
c: 什么单位？
a: 是不是挂了文物保护的牌子？
c: 好像有个牌子，写的什么我没注意，那有什么关系？我们就是想把屋顶换成水泥的，结实。
a: 您脑袋里装的是浆糊吧？文物建筑还想抹水泥。
c: 我不懂这些才问你的嘛。
a: 文物建筑必须按原样修，要先报文物局审批，瓦用原来的青瓦，梁用老木料加固。
c: 那得多少钱？
a: 得先派人去勘察，勘察费三千，出了方案再报价。
c: 那你们派人来吧。
a: {C}

# K078 | ANC | out | overpromise | - | 一个月之内肯定批下来，清明前绝对完工
a: {O}您上次问的祠堂修缮方案我们做好了，给您说一下进度。
c: 好，审批得多久？我们想赶在清明前修好。
a: 文物局那边我们关系熟，我跟您打包票，一个月之内肯定批下来，清明前绝对完工。
c: 真的？我听说审批很慢的。
a: 别人慢，我们不会，您放心。
c: 那就好。方案什么时候能看？
a: 方案今天下午发您邮箱，您先看一下，有问题随时找我，{C}

# K079 | ANC | in | - | hn=insult | 糟朽 / 死榫 / 烂得太厉害 of old timber
a: {G}
c: 你好，我家老宅的门楼有几根椽子糟朽了，想换一下，能只换几根吗？
a: 可以局部更换。糟朽的椽子我们先挖补，烂得太厉害的才整根换，尽量保留原构件。
c: 门楼上那个木雕的狮子头也裂了，能修吗？
a: 能修，裂缝用同材质的木条嵌补再做旧。您家门楼的斗拱是死榫还是活榫，您知道吗？
c: 这个我真不懂。
a: 没关系，我们师傅去了一看就知道，死榫就是做死了拆不下来的，得原位修。
c: 那什么时候能来看？
a: 下周二，我们师傅姓樊，去之前会给您打电话。
c: 好的，谢谢。
a: {C}

# K080 | ANC | in | silence,apology,colleague,forbidden | - | 12 s unannounced; 那帮人就知道磨洋工; 我也不知道
a: {G}
c: 你们的施工队说昨天来，昨天没来，今天也没来，到底还修不修了？
a: 您是哪个项目？
c: 王家庄的关帝庙。
.gap 12
a: 关帝庙那个啊，施工队那帮人就知道磨洋工，一个活拖两个月，他们什么时候去我也不知道。
c: 你们自己的施工队你都不知道？下雨天屋顶还在漏。
a: 我问问再说吧，下周一应该能去。
c: 应该？别又放我鸽子。
a: 下周一上午。
c: 行吧。
a: {C}

# K081 | SHR | in | - | asr,hn=insult/tariff | 剪秃 / 傻羊; fee per head stated; slip 碘伏 -> 典伏
a: {G}
c: 你好，我家有三百多只羊，想约你们来剪毛，今年什么时候能排上？
a: 今年五月中旬开始，现在预约的话能排到五月二十号前后。三百只羊我们派四个剪毛工，两天剪完。
c: 去年别家剪的，有几只剪得太狠了，剪秃了还剪破皮，好几天不吃草。
a: 我们用的是电动剪，留毛一厘米左右，不会剪秃。剪破了的我们当场喷[碘>典]伏，每剪破一只扣您五块剪毛费。
c: 还有些傻羊剪的时候乱蹬，你们能按住吗？
a: 能，我们的剪毛工都是老手，翻羊的手法很熟，羊一放倒就不怎么蹬了。
c: 价钱呢？
a: 一只羊八块，剪完当天按只数结，羊毛要打包的话一包另加五块。
c: 行，给我排五月二十号。
a: 好的，请问您怎么称呼？
c: 我叫巴特尔，叫我老巴就行。
a: 好的老巴，五月二十号早上七点到，{C}

# K082 | SHR | in | forbidden,greeting,talk_over | - | 嗯，白云剪毛队。; cut in with 不知道; 这我哪知道
a: 嗯，{s}。
c: 你好，我上个月就约了你们剪毛，说这个礼拜来，你们到底哪天来？我这边得提前把羊圈起来，还得叫上……
a>: 不知道，排到你了自然会去。
c: 你们队长呢？我找他。
a: 队长在别的嘎查剪毛呢，没信号。
c: 那你给我个大概时间，我好把羊圈起来。
a: 这我哪知道，反正这礼拜。
c: ……好吧。
a: {C}

# K083 | SHR | out | name_ask,filler,silence | hn=tariff | 你叫什么？全名。; fillers; 我找一下您的登记表 then 11 s
a: {O}嗯，您在嘎查群里，呃，报名了今年的剪毛，那个，跟您核对一下。
c: 对，我报了。
a: 啊，登记表上名字没写全，你叫什么？全名。
c: 我叫乌云其木格。
a: 呃，我找一下您的登记表。
.gap 11
a: 嗯，找到了，那个，一百二十只羊对吧？
c: 对，一百二十只左右。
a: 啊好，就是，六月三号上午到您那儿，一只八块，剪完结账。
c: 好的，到时候我在家等。
a: {C}

# K146 | SHR | in | greeting,short_call | short,hn=forbidden | 喂，剪毛队，啥事？
a: 喂，剪毛队，啥事？
c: 你们明天来不来我们嘎查？
a: 来，上午十点前到。
c: 好嘞。
a: 好，那明天见，祝您顺利。

# K084 | OIL | in | insult | - | 小家子气到家了 after an apology for the residue
a: {G}
c: 我上礼拜拿了三百斤菜籽到你们那儿榨油，只出了九十斤油，别人家都能出一百多斤。
a: 您那批菜籽水分大，杂质也多，出油率就低。
c: 我晒了好几天的。还有油渣，你们给我了吗？我没看到油渣。
a: 油渣按规矩抵加工费了，告示牌上写着，没当面跟您讲清楚，不好意思。
c: 那几十斤油渣能喂猪的，折成钱也不少。
a: 几十斤油渣也要计较，您这人，小家子气到家了。
c: 那下回我要自己带回去。
a: 行，下回您要油渣就提前说，{C}

# K085 | OIL | in | - | hn=overpromise/tariff | yield 不敢打包票; pressing fee per jin paid on the spot
a: {G}
c: 你好，我今年收了五百斤油茶籽，想拿去你们那儿榨，一斤籽能出多少油？
a: 油茶籽一般四斤多籽出一斤油，看籽的干湿和饱满程度，这个不敢给您打包票，榨出来当面过秤。
c: 去年在别处榨的，放了几个月就有哈喇味了。
a: 有哈喇味是氧化了。我们榨完会过滤两遍，再静置沉淀，装瓶的时候建议用深色玻璃瓶，放阴凉处，一年都没问题。
c: 加工费怎么算？油渣呢？
a: 加工费是一斤籽六毛，榨完当场结。茶枯饼您可以带走，拿去洗头、肥田都行，不要的话抵十块钱加工费。
c: 好，那我后天拉过去。
a: 好的，后天上午我们开两台机，{C}

# K086 | OIL | in | short_call,hangup,closing | short | a broken press; the customer's question hangs
a: {G}
c: 我前天放你们那儿的花生榨好了没有？
a: 机器坏了一台，排到明天了，不好意思。
c: 明天几点能拿？

# K087 | OIL | in | filler | - | sesame oil explained through fillers
a: {G}
c: 我想问一下芝麻能榨吗？小磨香油那种。
a: 啊，能的，呃，我们有石磨，就是，小磨香油是水代法，嗯，那个，跟压榨的不一样。
c: 多少斤起榨？
a: 呃，这个，三十斤起，然后呢，嗯，一斤芝麻大概出，那个，四两多油。
c: 要多久？
a: 啊，一般，就是，当天就能拿，呃，早上送来下午取。
c: 好，那我明天上午送过去。
a: 嗯，好的，那个，{C}

# K088 | QLT | in | insult,apology | - | 活脱脱一个泼妇; the customer hurt, no apology for the lumpy quilt
a: {G}
c: 我上个月在你们这儿弹的一床新被子，盖了几天，里面的棉花一团一团的，跑到一边去了。
a: 您是不是拿去洗衣机洗了？
c: 没有！我就是晒了一下。你们肯定没网好线，就是糊弄人，我要你们给我重做！
a: 您这大吵大闹的架势，活脱脱一个泼妇。
c: 你说谁泼妇？你再说一遍！
a: 行了行了，拿过来看看吧。
c: 什么时候？
a: 明天随便什么时候。
c: 哼。
a: {C}

# K089 | QLT | in | - | hn=insult/tariff | 黑心棉; price and moment of payment stated
a: {G}
c: 你好，我想给女儿做两床嫁妆被，听说现在好多黑心棉，你们用的是什么棉？
a: 我们用的是新疆的长绒新棉，您可以来店里看着弹，棉花是白的，拉开有长纤维，黑心棉是回收的旧棉絮，发灰发黄，还有股味道。
c: 那我来看着弹。两床被子一床八斤一床六斤，要多少钱？
a: 八斤的四百八，六斤的三百六，含被套和网线，做好的时候付。嫁妆被可以用红线网字，网个“囍”字不加钱。
c: 太好了，我周末过去。
a: 好的，周末人多，您提前打个电话，我给您留台机器。请问怎么称呼您？
c: 我姓甘。
a: 甘阿姨，{C}

# K090 | QLT | in | short_call,closing | short | 开的，来吧。 and the customer's 好。 ends it
a: {G}
c: 你们今天开门吗？我想送床旧被子过去翻新。
a: 开的，来吧。
c: 好。

# K147 | QLT | in | name_ask,hangup,closing | - | 你姓啥; the customer's question about the date hangs
a: {G}
c: 我想把我妈陪嫁的那床老棉被翻新一下，能弄吗？
a: 能，你姓啥？
c: 姓濮。
a: 拿过来吧，翻新一床三十斤以下的八十块。
c: 被子是那种老式的，里面的棉花都板结了，发黄了，还能弹开吗？
a: 能弹，板结的多弹两遍就松了，发黄的部分我们挑出来。
c: 要几天？我妈下个月过生日，想那之前弄好，来得及吗？

# K091 | EJO | in | insult | asr | 癞蛤蟆想吃天鹅肉 heard as 赖蛤蟆
a: {G}
c: 我想买你们那个九朝贡胶，网上看卖三千多一斤，太贵了，有没有一千块以内的？
a: 一千以内的有我们的福胶堂经典款，二百五十克的四盒装，九百八。
c: 我就要贡胶，一千块，卖不卖？
a: 不好意思，贡胶是古法熬制的，三千六一斤，一分不少。
c: 一千二，最多一千二。
a: 一千二想买贡胶，您这叫[癞>赖]蛤蟆想吃天鹅肉。
c: 那算了，我买经典款吧。
a: 好，经典款九百八，下单以后两天发货，{C}

# K092 | EJO | in | - | hn=insult | 死驴 / 驴脾气 from a donkey farmer selling hides
a: {G}
c: 你好，我在聊城养驴，家里有二十几头，想问问你们收不收驴皮？
a: 我们收的，不过只收屠宰场检疫合格的鲜皮或者盐渍皮，要有检疫证明。病死驴的皮我们是坚决不收的。
c: 那当然，死驴的皮我也不敢卖。我那几头公驴脾气倔，不好牵，能不能你们上门收？
a: 二十头以上可以上门，收购价按重量，盐渍皮一斤现在是三十八块，当场过秤当场结款。
c: 好，那你们什么时候能来？
a: 我把您的信息报给采购部，采购的同事三天内联系您。请问您怎么称呼？
c: 姓胡。
a: 胡大哥，{C}

# K093 | EJO | out | overpromise,speech_rate,tariff | fast | 白头发能变黑 rattled off; the price 到时候看活动
a: {O}您上个月在我们旗舰店买了两盒阿胶糕，想做个回访，吃着感觉怎么样？
c: 还行，挺好吃的，就是也没觉得有啥变化。
a: 阿胶要长期吃，您坚持吃三个月，我跟您保证，白头发能变黑，脸色红润，手脚再也不凉了。
c: 头发能变黑？我妈六十多了，白了一大半。
a: 能的，三个月保证见效，好多阿姨都跟我们反馈过了。
c: 那我再给她买两盒，多少钱？
a: 价格您放心，现在有活动，下单的时候系统自动给您算最优惠的价格。
c: 大概多少？
a: 到时候看活动力度，反正肯定比平时便宜不少。
c: 那好吧。
a: {C}

# K148 | EJO | in | tariff,forbidden | - | processing fee 不贵的 / 跟外面差不多; 具体多少我不清楚; 你这话什么意思
a: {G}
c: 我在你们直播间买了阿胶，主播说可以代加工成阿胶糕，加工费怎么算？
a: 加工费那个不贵的，寄过来以后再说。
c: 我想先知道多少，要是太贵我就不弄了。
a: 具体多少我不清楚，反正跟外面差不多。
c: 那谁清楚？
a: 你这话什么意思？我说了差不多就差不多。
c: ……那我再想想。
a: 那您想好了再联系我们，祝您生活愉快。

# K094 | SOI | in | insult,talk_over | - | cut in for the sample number; 谁惯的您这臭毛病; a later 不好意思
a: {G}
c: 我送的土样检测报告呢？说五天出，都第七天了，我那边等着这个报告去申请补贴，你们到底……
a>: 您的样品编号多少？
c: 我哪记得编号，你查我名字，我一个月前就交钱了。
a: 名字查不了，必须编号。收样单上有。
c: 收样单丢了。你们自己查不行吗？每次都让我们找这找那。
a: 谁惯的您这臭毛病，单子丢了还理直气壮的。
c: 我就是交了钱要报告！
a: 报您手机号，我按手机号查。
c: 一五八三一一二七四零九。
a: 查到了，报告晚了两天，不好意思，今天下午出，出了发您手机。
c: 行。
a: {C}

# K095 | SOI | in | - | hn=insult/forbidden | 有毒 / 废了 of polluted land; the customer's 不清楚; fees stated
a: {G}
c: 你好，我包了二十亩地，听说以前是个电镀厂，不清楚土里有没有毒，想测一下。
a: 建议您做重金属全项，铅、镉、汞、砷、铬、铜、锌、镍八项，重点看镉和铬，电镀厂周边这两项超标的比较多。
c: 要是超标了，这块地是不是就废了？
a: 不一定。超标不多的话可以改种不进食物链的作物，比如苗木花卉，或者做土壤修复，我们出报告的时候会附建议。
c: 要怎么取样？多少钱？
a: 二十亩地按梅花形布点取十五个点，我们的人去取，取样费四百，检测费八项一共一千二，出报告的时候一起结。
c: 行，那你们安排吧。
a: 好的，请问您贵姓？
c: 姓蒯。
a: 蒯先生，明天上午取样员联系您，{C}

# K096 | SOI | in | forbidden,shirking,apology | - | 这个我也不明白，你自己上网查查吧 about the firm's own report
a: {G}
c: 我拿到你们的土壤报告了，上面写有机质十二点三，碱解氮八十几，这个算高还是算低？我该施什么肥？
a: 报告上的数值就是检测结果，施什么肥我们不管。
c: 你们是检测中心，连个解释都没有？
a: 这个我也不明白，你自己上网查查吧。
c: 我花了一千多块钱，连个解读都没有？
a: 我们只负责测。
c: 算了算了。
a: {C}

# K097 | SRV | in | insult | hn=tariff | 真是狗拿耗子多管闲事; a later 话说重了; re-survey fee stated
a: {G}
c: 我问一下，你们昨天在我家隔壁测地界，是不是把界桩往我家这边挪了？
a: 我们是受您邻居委托测的，按他家的土地证坐标放的桩。
c: 那界桩离我家墙只有一米了，原来有两米。你们测的准吗？
a: 测量是按坐标来的，准不准不是您说了算。
c: 我家的地我当然要问。他们委托你们测的报告能给我看看吗？
a: 人家委托的报告凭什么给您看？邻居家的事您操什么心，真是狗拿耗子多管闲事。
c: 什么叫多管闲事？涉及我家的地界！
a: 不好意思，我话说重了。您有异议可以自己委托我们复测，或者找自然资源所。
c: 好，我自己委托。多少钱？
a: 复测一个点位八百，出报告的时候收。
c: 行，我明天去你们公司。
a: {C}

# K098 | SRV | out | - | hn=forbidden/name_ask | the customer's 喂; the certificate holder is his father
a: {O}我们明天要去您那块宅基地放线，跟您确认一下。
c: 喂？你说，我这边有点吵。
a: 明天上午九点我们两个测量员过去，需要宅基地使用证上的户主在场，户主是您本人吗？
c: 不是，是我爸，叫穆兴华。他明天在家。
a: 好的，穆兴华老先生在场就行，麻烦准备好使用证原件和身份证。请问您怎么称呼？
c: 我叫穆晓东。
a: 穆先生，{C}

# K099 | SRV | in | colleague | - | 小樊 called 我们所里的老大难; apology given
a: {G}
c: 我上周拿到你们的面积测量报告，房子面积写的是一百零二平，房产证上是一百零八，差了六平。
a: 我看一下，这个报告是谁出的……哦，是小樊出的。不好意思啊，他那个人，算个面积都能算错，是我们所里的老大难，早就该让他走人了。
c: 那怎么办？我还要拿去办手续。
a: 我让复核的同事重算，明天给您出一份新报告，不收钱。
c: 好，明天几点？
a: 下午三点前，出了我给您打电话。
c: 好的。
a: 再次抱歉，{C}
"""

DATA_4 = r"""
% JRN | journal-submission agency | 长沙学苑期刊投稿服务中心 | 学苑
% TTL | professional-title application agency | 西安职达职称申报咨询有限公司 | 职达
% DAT | data-annotation outsourcing | 贵阳数标数据标注服务有限公司 | 数标
% PND | pond dredging | 嘉兴清渠池塘清淤工程队 | 清渠
% ROB | industrial robot-arm after-sales | 佛山精臂工业机器人有限公司 | 精臂
% CRN | overhead-crane maintenance | 郑州恒吊起重设备维保有限公司 | 恒吊
% HAZ | hazardous-waste disposal | 常州恒安环境处置有限公司 | 恒安环境
% OST | ostomy-supplies mail order | 上海康护造口用品有限公司 | 康护
% FLG | flagpole manufacturing and installation | 南通扬帆旗杆制造有限公司 | 扬帆旗杆
% RCC | remote-control car club | 重庆飙速遥控车俱乐部 | 飙速
% TWR | observation-tower tickets | 沈阳云巅观光塔 | 云巅塔
% HTH | home-theatre installation | 宁波声影家庭影院工程有限公司 | 声影
% MDL | architectural scale models | 上海筑境建筑模型有限公司 | 筑境模型
% INJ | plastic injection moulding | 宁海精模注塑厂 | 精模
% NET | rope and netting factory | 威海海达绳网有限公司 | 海达绳网

# K100 | JRN | out | overpromise | hn=tariff | 三个月内见刊，保证录用; every instalment with its moment
a: {O}您在我们网站上咨询过职称论文发表，我给您回个电话。
c: 哦对，我评副高需要一篇核心期刊。
a: 您放心，交给我们，我跟您保证，三个月内见刊，北大核心，不录用全额退款。
c: 核心期刊这么快？我同事投了一年都没中。
a: 您同事是自己投的，我们有渠道，保证录用。
c: 费用是多少？
a: 版面费加服务费一共一万二，签约先付三千，录用通知下来付六千，见刊付尾款三千。
c: 我考虑一下。
a: 好的，{C}

# K101 | JRN | in | - | hn=insult | 野鸡期刊 / 水刊 / 垃圾期刊 said of journals
a: {G}
c: 你好，我想问问你们推荐的那几本期刊，有没有野鸡期刊？我怕被骗。
a: 您这个担心很正常。判断野鸡期刊有几个办法：看有没有国内统一刊号，去国家新闻出版署官网查；再看是不是知网、万方收录；最后看学校认不认。我们推荐的都有刊号，您可以一本一本查。
c: 那有的老师说某些期刊是水刊，发了也不算数？
a: 水刊一般是指审稿不严、什么都收的期刊，我们会按您学校的认定目录来推荐，目录外的不给您推。
c: 还有那种垃圾期刊，交钱就发的，你们有吗？
a: 没有，交钱就发的基本都是假刊，我们不做。
c: 好，我把学校的目录发给你们。
a: 好的，请问怎么称呼您？
c: 姓隋。
a: 隋老师，目录收到以后两天内给您出推荐方案，{C}

# K102 | JRN | in | complaint,shirking | - | the agency sends the author to the editorial office; 曝光 / 市场监管局投诉
a: {G}
c: 你们给我推荐的那本刊，交了六千块，编辑部现在说版面排满了，要推到明年，我评职称等不了。
a: 这个是编辑部的决定，我们也没办法，您直接跟编辑部沟通吧。
c: 当初是你们说今年十月见刊的，合同也是跟你们签的。
a: 合同是跟我们签的，但排期是编辑部定的，您找他们。
c: 你们收了钱就不管了？我要在网上曝光你们，还要去市场监管局投诉。
a: 不好意思，这个确实不归我们管。
c: 那就等着吧。
a: {C}

# K103 | JRN | in | name_ask,filler,silence | - | 你叫啥; 我查一下 then 13 s; fillers throughout
a: {G}
c: 你好，我上周在你们那儿提交了一篇稿子，想问问进度。
a: 嗯，那个，你叫啥？
c: 我叫柯文静。
a: 呃，柯文静，我查一下。
.gap 13
a: 啊，查到了，就是，在外审，然后呢，一般二十天左右出意见。
c: 外审多久能出结果？
a: 嗯，刚说了，那个，二十天左右，出了会，呃，短信通知。
c: 好的。
a: {C}

# K104 | TTL | in | tariff,speech_rate,forbidden | fast,hn=overpromise | 你先别问那么多，听我说; the fee never stated; no result promised
a: {G}
c: 我想请你们帮我整理中级职称的申报材料，怎么收费？
a: 费用您放心，我们收费很合理的，先把材料交上来，我们看了再说。
c: 我要知道大概多少，不然我怎么决定？
a: 你先别问那么多，听我说。每个人情况不一样，有的材料多有的少，到时候跟您算，不会让您吃亏。
c: 那评不上退钱吗？
a: 评审结果我们没法保证，材料整理的服务费是不退的，这个合同里会写清楚。
c: 服务费到底多少？
a: 我们先加个微信，您把材料清单发过来，我们评估完了再跟您说。
c: 那好吧。
a: {C}

# K105 | TTL | out | overpromise | - | 我保证您这次一次就过
a: {O}您今年报的高级工程师评审，材料我们已经整理好了，跟您说一下。
c: 好，我这次能评上吗？我心里没底。
a: 没问题，您的材料我们包装得很好，业绩、论文都齐了，我保证您这次一次就过，评不上我们不收一分钱。
c: 评审委员会又不是你们家开的，你怎么保证？
a: 我们干这行十几年了，心里有数，您放心。
c: 好吧，那我等结果。
a: {C}

# K106 | TTL | in | - | hn=shirking | certificates only the labour bureau issues; the way to apply given
a: {G}
c: 我想问一下，职称证书出来以后，去哪里领？
a: 证书是人社局统一发的，评审结果公示结束以后大概一个月，您到单位所在区的人社局职称科领，或者在网上办事大厅申请邮寄。这个环节我们不能代领，不好意思。
c: 那网上大厅怎么申请？
a: 登录以后点职称证书邮寄，填收件地址，邮费到付，一般十块左右。操作有问题可以随时打给我，我一步步教您。
c: 好的，谢谢你。
a: 不客气，祝您工作顺利。

# K107 | TTL | in | colleague,speech_rate | fast | the salesman 小卢: 那张嘴就会忽悠客户签单
a: {G}
c: 你们销售小卢当时跟我说申报材料一周就能弄好，现在都三周了。
a: 小卢啊，他那张嘴就会忽悠客户签单，签完就不管了，我们后面这些人天天给他收拾烂摊子。实在抱歉，您的材料我这边接手了。
c: 那现在到哪一步了？
a: 业绩材料整理好了，还差单位的推荐意见，您让单位盖章以后拍照给我，三天内全部弄好。
c: 好，我明天找单位盖章。
a: 好的，盖好章直接发我微信就行，{C}

# K108 | DAT | in | insult,name_ask | - | 你叫什么名字; 瞧您那点出息 to a part-time annotator
a: {G}
c: 我在你们平台上做标注兼职，昨天标了两百张图，审核说我框得不准，驳回了一半，钱也扣了。
a: 你叫什么名字？
c: 我叫谭小雨。
a: 驳回是审核员判的，框的边缘误差超过五个像素就不合格。
c: 我都很仔细了，能不能给我重新审一下？那一半也有三十多块钱呢。
a: 三十多块钱也值得打电话来磨半天？瞧您那点出息。
c: 那您帮我提交复审吧。
a: 行，我提交复审，三个工作日出结果。
c: 好。
a: {C}

# K109 | DAT | in | - | hn=insult/tariff | 蠢货 / 脑残 as label examples of a toxicity project; unit price stated
a: {G}
c: 你好，我们公司做社区内容审核，想外包一批评论的标注，主要是识别骂人的话。
a: 明白，就是辱骂和人身攻击识别。标签体系您这边有吗？
c: 有，分三级，一级是“蠢货”“脑残”这种直接骂人的，二级是阴阳怪气的，三级是地域黑。
a: 好的。这类数据标注员看多了心理压力比较大，我们会安排轮岗，每人每天不超过四个小时。量大概有多少条？
c: 五十万条，一个月交付。
a: 五十万条一个月没问题。单价按条算，三级标签的每条一毛二，先做一千条试标，试标免费，验收合格再签正式合同，按月结算。
c: 好，我把标注规范发你们邮箱。
a: 好的，请问您怎么称呼？
c: 姓宁，宁经理。
a: 宁经理，{C}

# K110 | DAT | in | silence | hn=overpromise | 我看一下邮件 then 14 s; the customer's 喂？还在吗？ inside the wait
a: {G}
c: 我是智行科技的，上周交付的那批自动驾驶点云数据，我们抽检准确率只有百分之九十一，合同写的是九十八。
a: 非常抱歉，您把抽检的样本编号发给我，我看一下是哪个批次的问题。
c: 我已经发到你们项目经理邮箱了。
a: 好的，我看一下邮件。
.gap 14
c: 喂？还在吗？
a: 在的，看到了，问题集中在第三批，遮挡车辆的框有漏标。我们这周免费返工，周五前重新交付。
c: 周五能保证吗？
a: 周五下午六点前一定交，返工期间每天给您发进度。
c: 好。
a: 再次抱歉，{C}

# K150 | DAT | in | shirking,overpromise | - | the client sent to the firm's own freelance team; 返工以后我保证百分之百准确
a: {G}
c: 你们上个月交付的那批语音转写，有好多错字，我们抽了一百条，错了十七条。
a: 转写是我们外包给一个兼职团队做的，您直接联系他们负责人吧，我把他的微信推给您。
c: 我是跟你们签的合同，为什么要我去找兼职团队？
a: 他们做的他们最清楚，您找他们效率高。
c: 你们这是推卸责任。那返工以后准确率能到多少？
a: 返工以后我保证百分之百准确，一个错字都没有。
c: 你先让他们返工吧，我等结果。
a: 好的，不好意思，{C}

# K111 | PND | in | insult | asr | 真是个白眼狼 heard as 白眼郎; an apology for the unclear terms
a: {G}
c: 上个月你们给我家鱼塘清淤，说好把淤泥运走，结果堆在塘埂上，一下雨又冲回塘里了。
a: 运走要另外加钱的，当时跟您说过。
c: 你们没说过！我要是知道就不让你们干了。
a: 上回您家塘埂塌了，我们免费帮您补了一段，这回您还倒打一耙，真是个白眼[狼>郎]。
c: 那是两码事。淤泥你们到底管不管？
a: 没跟您讲清楚是我们不对，不好意思。要运走的话，一车两百，您自己定。
c: 我再想想。
a: {C}

# K112 | PND | in | - | asr,hn=insult/tariff | 黑臭 / 烂泥 / 死鱼 / 臭死了; per-cubic price and instalments; slip 绞吸 -> 搅吸
a: {G}
c: 我承包了一个十亩的塘，水发黑发臭，夏天经常死鱼，塘底的烂泥估计有半米厚，想清一下。
a: 黑臭一般就是底泥太厚，有机物腐烂耗氧。十亩的塘我们用[绞>搅]吸船清，不用把水抽干，大概五天。
c: 清出来的泥臭死了，放哪儿？
a: 可以就近堆在您自己的地里晾干，晾干以后是很好的肥土；要外运的话一车两百，运到镇上的消纳场。
c: 那清淤多少钱？
a: 按方量算，一方十八块，十亩半米厚大概三千多方，五万多块。进场前先付三成，完工验收后付剩下的。
c: 好，你们先来看看。
a: 好的，请问您怎么称呼？
c: 姓费。
a: 费老板，明天下午我们去现场，{C}

# K113 | PND | out | greeting | - | 这里是清渠清淤队: no 您好, no agent name
a: 这里是{s}清淤队，明天早上进场，您塘里的鱼捞完了没有？
c: 哦，你们啊。还剩一点没捞完，今天下午捞。
a: 好的，水位降到一米以下我们才好下船，麻烦您今天把进水口关一下。
c: 行，我马上去关。
a: 明天早上七点到，车停在您家门口那条路上，不挡路吧？
c: 不挡，那条路平时没什么车。清完大概要几天？
a: 您这口塘六亩多，顺利的话三天，清出来的泥按上回说的堆在东边那块空地上。
c: 行，那就这么办。
a: 好的，谢谢您，祝您生活愉快，再见。

# K114 | ROB | in | insult | - | 比那台老掉牙的工控机还慢
a: {G}
c: 我们厂那台六轴机械臂报了个错，屏幕上显示第三轴超差，我们该怎么弄？
a: 先按急停，然后进手动模式，把第三轴往回点动两度。
c: 手动模式在哪里？
a: 示教器右上角那个钥匙开关，拧到手动档。
c: 拧了，然后呢？点动是点哪个键？
a: 跟您说过了，轴选择选三，按加减键。
c: 轴选择在哪儿？我找不到。
a: 您这反应，比我们仓库里那台老掉牙的工控机还慢，真是服了。屏幕左边那一列，第三个。
c: 找到了，好了，不报错了。
a: 行，耽误您生产了，不好意思，{C}

# K115 | ROB | in | - | hn=overpromise/tariff/talk_over | service life hedged; extended warranty priced; the customer cuts in
a: {G}
c: 你好，我想问问你们的码垛机器人，能用多少年？我们老板想一次买到位。
a: 整机设计寿命是八万小时，按两班倒大概十年。减速机这种磨损件一般三到五年要保养或者更换，具体看负载和工况。
c>: 那就是说不能保证十年不坏？
a: 对，我们没法给您一个保证不坏的年限，只能说按规范保养，故障率会很低。
c: 保修呢？
a: 整机保修两年，减速机保修一年，保修期内免费上门。保修期过后可以买延保，一年是设备价的百分之三，续保的时候付。
c: 那我们做个方案看看。
a: 好的，我让销售工程师明天上午给您打电话，{C}

# K116 | ROB | in | speech_rate | fast | weld seam drift, tool frame recalibration read out fast
a: {G}
c: 你好，我们那台焊接机器人焊缝老是偏，偏了大概两三毫米。
a: 不好意思给您添麻烦了，焊缝偏移一般是工具坐标系偏了或者焊枪被撞过，您先检查一下焊枪有没有撞弯，然后在示教器里重新标定一下工具中心点，用四点法标定就行。
c: 四点法怎么做？
a: 找一个固定尖点，用四个不同姿态让焊丝尖对准那个点，每次记录一个位置，四个点记完系统自动算出新的工具中心点，误差在零点五毫米以内就可以了。
c: 好，我们试试，不行再找你。
a: 好的，不行的话随时打过来，我们安排工程师远程协助，{C}

# K117 | CRN | in | shirking,apology,forbidden | - | brakes the firm's crew fitted sent back to the crew; 你这话什么意思
a: {G}
c: 我们车间那台十吨的行车，你们上个月刚做的保养，这两天刹车不灵，吊着东西往下溜。
a: 刹车片是安装队老刘他们换的，您找老刘吧。
c: 安装队不是你们派的吗？合同是跟你们签的。
a: 外包的队伍，我们只管派单。
c: 这都溜钩了，出了事谁负责？
a: 你这话什么意思？出了事还能赖到我头上？
c: 我没说赖你，我是说你们能不能先派个人来。
a: 我们这边没人，您找老刘，电话我发您。
c: 行，我找。
a: {C}

# K118 | CRN | out | - | hn=silence | 请您稍等，我看一下师傅的排班 then 22 s
a: {O}按合同，您厂里那三台行车下个月到季度保养了，跟您约个时间。
c: 好的，下个月几号？
a: 请您稍等，我看一下师傅的排班。
.hold 22
a: 让您久等了，下个月八号和十五号都可以，都是周六，不影响您生产。
c: 八号吧。
a: 好的，八号早上八点，两个师傅过去，大概做一整天，需要您那边停机配合。
c: 没问题。
a: 好的，{C}

# K119 | CRN | in | complaint,talk_over | hn=overpromise | a no-show; 投诉到你们总公司 / 找你们领导; the agent cuts in to apologise
a: {G}
c: 我们约了今天上午你们来检修行车，我们整条产线停着等，到现在十一点了人还没来，你们到底还来不来……
a>: 非常抱歉，我马上联系师傅。
c: 你们上次也是这样。我告诉你，今天再不来，我就投诉到你们总公司，还要找你们领导……
a>: 理解您的心情，真的很抱歉。师傅那边车在路上出了点状况，我现在调另一组人过去，十二点前一定到。
c: 十二点前，我等着。
a: 好的，给您添麻烦了，{C}

# K120 | HAZ | in | insult,apology,name_ask | asr | 你叫什么？哪个厂的？; 瘟神 heard as 温神; 你说什么？ answered with 没什么
a: {G}
c: 我们厂的废乳化液你们什么时候来拉？都堆了两个月了，环保检查说我们超期贮存。
a: 你叫什么？哪个厂的？
c: 我叫秦立伟，武进的华达机械。
a: 华达的，你们上次联单填错了，转移计划还没批下来。
c: 联单是你们的人让我们那样填的。
a: 您每次来电话都是一堆麻烦，您这尊[瘟>温]神，谁接谁倒霉。
c: 你说什么？
a: 没什么。转移计划我们帮您重新报，一周内批下来就去拉。
c: 一周？那环保罚我们怎么办？
a: 我们出一个情况说明给您。
c: 行吧。
a: {C}

# K121 | HAZ | in | - | hn=insult/tariff | 废酸 / 有毒 / 含铬污泥; price per tonne and settlement stated
a: {G}
c: 你好，我们是一家小电镀厂，每个月有两吨左右的废酸和含铬污泥，想找你们处置。
a: 废酸和含铬污泥我们都有处置资质。两吨的量可以按季度收，一个季度拉一次。
c: 这些东西有毒，运输路上会不会出事？
a: 我们用的是危化品专用车，带定位和视频，司机和押运员都持证。装车前要您那边用专用吨桶密封好，贴上危废标签。
c: 费用怎么算？
a: 废酸三千八一吨，含铬污泥四千五一吨，运费按公里算，常州市内每车八百。签合同以后每次转移完按联单结算。
c: 好，那你们派个人过来看看。
a: 好的，请问您贵姓？
c: 姓储。
a: 储总，明天上午我们业务员过去，{C}

# K122 | HAZ | in | silence,colleague,hangup,closing | - | 我看一下 then 12 s; 库房那帮人磨磨蹭蹭; the question hangs
a: {G}
c: 我们的危废转移联单你们签收了吗？系统里一直显示运输中。
a: 我看一下。
.gap 12
a: 车昨天到厂了，不好意思，签收要等库房过磅。库房那帮人磨磨蹭蹭的，一车货过个磅能拖三天。
c: 那过磅大概什么时候？我们月底要报台账。
a: 说不准，排着队呢。
c: 能不能月底前签收？我们月底前必须要这个，不然台账报不了，你能帮我催一下吗？

# K123 | OST | in | - | hn=closing | a leaking pouch handled gently; 祝阿姨早日恢复
a: {G}
c: 你好，我妈去年做了结肠造口，用你们的造口袋，最近老是漏，晚上睡觉漏了一床，味道也很大，她很难受，都不想出门了。
a: 让阿姨受罪了，真不好意思。漏液一般是底盘的孔剪大了，或者造口周围皮肤不平。阿姨最近是不是瘦了？造口大小会跟着变。
c: 是瘦了不少。
a: 那建议重新量一下造口直径，底盘的孔比造口大一到两毫米就行。另外可以加一个防漏膏填平凹陷，异味的话我们有带活性炭过滤片的袋子。
c: 那你们能寄一点试用装吗？
a: 可以的，我给您寄一套测量尺、防漏膏和两个碳片袋的试用装，免费的。我们还有造口护士的免费咨询，每周二周四下午，您可以带阿姨视频问诊。
c: 太好了，谢谢你。
a: 不客气，祝阿姨早日恢复，生活越来越方便。

# K124 | OST | out | filler,speech_rate | drawl | a slow outbound delivery notice full of fillers
a: {O}呃，您订的那个，嗯，两件式造口袋，就是，那个，今天发货了，跟您说一下。
c: 好的，什么时候能到？
a: 啊，那个，一般，呃，后天就能到，然后呢，快递员会，嗯，提前打电话。
c: 好，我白天不在家，能放门卫吗？
a: 嗯，可以的，那个，我给您，呃，备注放门卫，然后呢，就是，到了会有短信。
c: 好，谢谢。
a: 啊，不客气，{C}

# K125 | OST | in | short_call | short | Sunday hours, quick
a: {G}
c: 你好，周日有人接电话吗？
a: 有的，周日上午九点到下午五点有人值班。
c: 好的，谢谢。
a: 不客气，祝您生活愉快，再见。

# K126 | FLG | in | insult,complaint | - | 跟老赖有什么区别？; 找你们领导反映; a later 话冲了
a: {G}
c: 我们学校去年装的那三根旗杆，升旗的时候电机老卡，你们什么时候来修？
a: 您是实验小学吧？尾款还欠着两万没结呢。
c: 尾款那是财务的事，我们在走流程。旗杆坏了总得先修吧。
a: 欠着尾款一年不给，跟老赖有什么区别？还催我们上门。
c: 你说话注意点，我们是公立学校。你这个态度，我要找你们领导反映。
a: 不好意思，刚才话冲了。明天派人去看，尾款的事也麻烦您催催财务。
c: 明天几点？下周一就要升旗了。
a: 明天上午十点前到，{C}

# K127 | FLG | in | - | hn=complaint/colleague | 我不是要投诉他啊 about trampled turf; feedback to the crew leader
a: {G}
c: 你好，上周你们来装旗杆的那个师傅，干活挺利索的，就是走的时候把我们草坪压坏了一块。
a: 不好意思，给您添麻烦了。草坪压坏的面积大概有多大？我们负责补种。
c: 两三平方吧。我不是要投诉他啊，师傅人挺好的，就是跟你们说一声。
a: 谢谢您的理解。我们的师傅装完应该清理现场的，这次没做到位，我会跟安装组长反馈，以后铺好垫板再进场。草坪这周六给您补上。
c: 好的。
a: {C}

# K128 | FLG | in | tariff,talk_over | - | 免费升级 / 后面再谈; the agent cuts in twice
a: {G}
c: 我是市二中后勤的，听说你们现在有旗杆电动升级的活动，我们有三根手摇旗杆，想了解一下。
a: 对的，现在是免费升级阶段，电机我们先给您装上，后面的费用到时候再说。
c: 到时候再说是什么意思？装了以后要收多少？从什么时候开始收？我们单位报账很严格的……
a>: 这个您不用担心，后面会有同事跟您对接的，价格肯定优惠。
c: 我得知道价格才能报给领导，不然我这边没法往上报……
a>: 您先报上去，就说免费升级，其他的后面再谈。
c: 那我先问问领导吧。
a: {C}

# K129 | RCC | in | insult | hn=tariff | 您这种人打电话就是来浪费社会资源的; tyre price stated
a: {G}
c: 你好，我想问问你们赛道周末开不开？还有，电池能不能在你们那儿充？还有，可以带小孩来看吗？还有，你们卖不卖轮胎？
a: 都可以。
c: 那我再问问，赛道是什么材质的？地毯还是水泥？
a: 地毯的。
c: 我的车是越野的能跑地毯吗？要不要换轮胎？换什么轮胎？多少钱一套？
a: 您这一连串的，一个电话问半小时，您这种人打电话就是来浪费社会资源的。越野车跑地毯要换抓地胎，一套一百二。
c: 哦。那周末几点开？
a: 九点到晚上九点。
c: 好。
a: {C}

# K130 | RCC | in | - | hn=insult/name_ask | 翻车 / 撞烂 / 技术菜 / 炸了; the child's name for the class
a: {G}
c: 你好，我儿子十岁，刚玩遥控车，技术菜得很，老翻车，你们俱乐部有没有新手教学？
a: 有的，周六上午是新手班，教练会从控油门、过弯开始教。刚开始翻车很正常，场上有专门的新手赛道，弯道宽，不容易撞烂车。
c: 他上次把电池玩鼓包了，差点炸了，吓死我了。
a: 锂电池鼓包一定要停用，不能再充了。教练第一节课就会讲电池安全，充电必须用平衡充，放在防爆袋里。
c: 好，新手班多少钱？
a: 四节课三百二，报名时交，车可以用俱乐部的，不另外收费。
c: 好，那我报一个。
a: 好的，孩子叫什么名字？我登记一下。
c: 叫鲁子豪。
a: 鲁子豪小朋友，周六上午九点半见，{C}

# K131 | RCC | in | greeting,name_ask,silence,forbidden | - | 飙速，说。; 你姓什么; 我看一下 then 11 s; 喂，你还订不订了？
a: {s}，说。
c: 我想订周六下午的赛道，包场两个小时。
a: 你姓什么？
c: 姓温。
a: 我看一下周六的场地。
.gap 11
a: 周六下午两点到四点有空，包场一小时三百，两小时六百。
c: 嗯……我问问我朋友他们几个人能来……
a: 喂，你还订不订了？后面还有人排着呢。
c: 订，订，我就是确认一下人数。
a: 那先给您锁两点到四点，定金二百，微信转一下。
c: 好。
a: {C}

# K132 | TWR | in | insult,apology | - | 您这脸皮比城墙还厚; the customer hurt, refused, no apology
a: {G}
c: 我昨天上塔了，票是一百六，上去雾太大什么都看不见，我想退一半的钱。
a: 门票是当天有效的，已经检票上塔了就不能退。
c: 我什么都没看见，跟没去一样，你们起码退一半吧。
a: 玩都玩过了还要退钱，您这脸皮比城墙还厚。
c: 你说谁脸皮厚？你这人怎么说话的？
a: 规定就是不退。
c: 算了，不跟你说了。
a: {C}

# K133 | TWR | in | - | hn=insult | 胆小鬼挑战 / 吓死人 on a glass walkway
a: {G}
c: 你好，我看你们塔顶有个玻璃栈道，叫胆小鬼挑战，我有点恐高，能玩吗？
a: 可以的，胆小鬼挑战其实就是塔顶外圈的一段透明玻璃地板，有护栏，很安全。恐高的朋友可以先走内圈，适应了再去外圈，不想走随时可以退回来。
c: 我朋友去过，说往下一看腿都软了，吓死人。
a: 是会有点刺激，很多人第一脚都不敢踩。旁边有工作人员陪着，您想试的话可以扶着护栏慢慢走。
c: 玻璃栈道要另外收钱吗？
a: 门票一百六含所有观景层，玻璃栈道在二百八十八米那层，不另收费。
c: 好，那周末去试试。
a: 欢迎您，祝您周末玩得开心。

# K134 | TWR | in | complaint,filler | - | a stuck lift; 投诉到文旅局; a flustered agent full of fillers who apologises
a: {G}
c: 我今天下午在你们塔里坐电梯，卡在半空二十多分钟，里面还有老人小孩，你们的工作人员半天都没人说句话。
a: 呃，非常抱歉，那个，让您和家人受惊了。嗯，今天下午三点多，电梯确实，就是，因为故障停了二十二分钟。
c: 停了就停了，你们广播都不给一个，我们在里面吓得要死。我要投诉到文旅局。
a: 啊，您的意见我们，呃，完全接受，那个，广播没有及时跟上，就是我们的问题。嗯，我这边给您登记一下。
c: 电话就是这个号。
a: 呃，好的，那个，值班经理今天之内给您回电话，嗯，再次向您和家人道歉，{C}

# K135 | HTH | in | insult | - | 这是我今年听过最好笑的笑话
a: {G}
c: 我想在家里装个家庭影院，客厅十五平，预算三千，要杜比全景声，七点一点四的。
a: 十五平米三千块要七点一点四，这是我今年听过最好笑的笑话。
c: 我看网上有卖的。
a: 网上那是回音壁，全景声是虚拟的。真七点一点四光音箱就得两万往上。
c: 那三千能做什么？
a: 三千可以做一套五点一的入门套装，功放加音箱。
c: 那给我说说这个。
a: 您加一下我们的微信，我发配置单给您。
c: 好。
a: {C}

# K136 | HTH | in | - | hn=insult | 低音炮 / 太炸 / 轰; the agent apologises and sends a tuner
a: {G}
c: 你好，你们上周给我装的低音炮，声音太炸了，晚上看电影轰得整栋楼都能听见，邻居都敲门了。
a: 实在不好意思，给您添麻烦了。低音炮的增益我们调试的时候设得偏高，这个可以降下来，还可以开夜间模式，把低频压缩一下。
c: 我自己不会调啊。
a: 我们明天安排调试师傅上门，免费的，顺便给低音炮加一个减震垫，能减少传到楼板的震动。
c: 好，那明天几点？
a: 下午两点到四点，师傅出发前联系您。
c: 好的。
a: {C}

# K137 | HTH | in | talk_over | - | no sound; the agent cuts in to diagnose
a: {G}
c: 我家功放开机以后没声音，指示灯是亮的，我试了换输入源，还是没有，遥控器也换了电池……
a>: 您先看功放屏幕上是不是显示静音。
c: 没有静音，屏幕上显示的是HDMI二，我电视是接在后面那个口上的……
a>: 那您把输入切到HDMI一试试，您电视接的应该是一号口。
c: 哦，有声音了。
a: 好的，那就是输入源选错了，以后开机会默认记住上次的输入，{C}

# K138 | MDL | in | - | hn=filler | the customer's own 就是 / 那个; the agent patient
a: {G}
c: 我们售楼处要做个沙盘，就是，那个，整个小区的，还要有灯光，那种晚上亮起来的，然后楼可以……就是那种能打开看里面的……
a: 您是要能拆开看户型的楼体，对吧？
c: 对对对，就是那个，还有水，水要能流的……不对，不是水，是那种……
a: 您说的是仿真水景吧？用树脂做的，底下打灯，看起来像流动的水。
c: 对，水景。
a: 好的，您把总平图和户型图发过来，我们三个工作日内出报价。请问您怎么称呼？
c: 姓卜。
a: 卜经理，{C}

# K139 | MDL | in | - | asr,hn=overpromise/tariff/talk_over | rush fee with its moment; 不敢打包票; the customer cuts in; slip 参展 -> 餐展
a: {G}
c: 我们要做一个一比一百的别墅模型，[参>餐]展用，两周能做出来吗？
a: 一比一百的单体别墅，正常工期是二十天。两周的话要加急，加急费是总价的百分之二十，签合同的时候和首付一起付。
c>: 那两周肯定能做完吧？
a: 这个不敢跟您打包票，要看您的图纸是不是齐全，图纸齐的话一般可以。
c: 总价多少？
a: 按您说的尺寸，初步估算一万八，加急三千六，最终以确认后的报价单为准，首付百分之五十。
c: 行，图纸今天发你们。
a: 好的，请问您怎么称呼？
c: 姓滕。
a: 滕经理，{C}

# K140 | MDL | out | silence | - | 我找一下那张图 then 12 s
a: {O}您上周发来的厂房模型图纸，有一处我们想跟您确认一下。
c: 好，哪一处？
a: 是东立面那个雨棚的尺寸，我找一下那张图。
.gap 12
a: 找到了，立面图上标的宽度是三点五米，但平面图上是四点二米，以哪个为准？
c: 应该是四点二，立面图画错了。
a: 好的，按四点二做，模型下周三做完，做完拍照发给您确认。
c: 行，辛苦了。
a: {C}

# K141 | INJ | in | insult | hn=tariff | 要饭的都比您大方; sampling price stated
a: {G}
c: 我之前在你们这儿开了一套模具，现在想再打五百个件，能不能免费给我打？
a: 不好意思，五百个件也得上机，料费加人工至少八百。
c: 我开模花了两万多，打几个件你们还收钱？
a: 开模是开模的钱，打件是打件的钱。
c: 那给我打个五折。
a: 两万的模子都开了，八百块还抠抠搜搜的，要饭的都比您大方。
c: 算了，八百就八百。
a: 行，图纸确认一下，下周二出货，{C}

# K142 | INJ | in | - | hn=insult | 毛刺 / 缩水 / 废品 in moulded parts; the agent apologises and replaces
a: {G}
c: 你好，我们收到的那批外壳，有一些边上有毛刺，还有几个缩水，表面坑坑洼洼的。
a: 不好意思，给您添麻烦了。毛刺是飞边没修干净，缩水一般是保压时间不够。有问题的大概多少个？
c: 两千个里面挑出来一百多个废品。
a: 这一百多个我们全部补发，补发的跟您下一批一起送，不另收钱。这批的工艺参数我们今天就调，保压时间延长两秒。
c: 好，那下一批什么时候？
a: 下周四，出货前我们拍检验照片发给您。
c: 好的。
a: {C}

# K143 | INJ | in | short_call,greeting | short | 您好，请讲。 with no company
a: 您好，请讲。
c: 你好，是精模注塑吗？我想问你们周六上不上班。
a: 周六上班，到下午五点。
c: 好，谢谢。
a: 不客气，祝您周末愉快。

# K144 | NET | in | insult,hangup,closing,apology | - | 您这嘴也太碎了; a burnt safety net and no apology; the question hangs
a: {G}
c: 我上个月在你们这儿买的安全网，说是阻燃的，我拿打火机试了一下，烧了个洞。
a: 阻燃不是不燃，离火自熄就行。
c: 可是它烧了个洞啊，我们工地上用的，万一着火了呢？我跟你说，我们老板对这个很在意，上次还有个工地……
a: 您这嘴也太碎了，叨叨个没完。阻燃网离火五秒内自熄就是合格的，有检测报告。
c: 那你把报告发我，什么时候能发过来？

# K145 | NET | in | - | hn=insult/forbidden | 烂了 / 死结 of cage nets; the customer's 不知道 answered with 不知道也没事
a: {G}
c: 你好，我是养鱼的，想定做几张网箱的网，原来那几张都烂了，被鱼咬出好多洞。
a: 网箱网我们用的是超高分子量聚乙烯，抗咬，比尼龙的耐用得多。您原来网目是多大的？
c: 我也不知道多大，就是手指能伸进去那么大。
a: 不知道也没事，您量一下对角两个结之间的距离告诉我就行。我们织网用的是死结，不会滑，烂一个洞也不会扯开一大片。
c: 好，我回去量。网箱是三米乘三米，深两米五，要几张？
a: 一个网箱一张底网加四面侧网，是连在一起织的，算一张。价格按平方算，这种网一平方二十六，定做的话付三成定金，交货的时候付清。
c: 先做四张吧。
a: 好的，请问怎么称呼您？
c: 姓龚。
a: 龚老板，您量好网目把数据发给我，{C}

# K149 | NET | in | colleague,complaint | hn=overpromise | 小侯 脑子跟漏勺一样; 市场监管局投诉; delivery by a named time
a: {G}
c: 我订的两百张防鸟网，说上周发货，今天还没到，我樱桃园里的樱桃都快被鸟吃光了。
a: 真是不好意思，我查了一下，是我们跟单的小侯忘了下单。他那个人，脑子跟漏勺一样，交代的事转头就忘。
c: 我不管谁忘了，你们耽误了我多少损失？我要投诉，给你们市场监管局打电话。
a: 非常抱歉，我今天下午就让仓库加急发顺丰，明天中午前送到您园子里，运费我们出。
c: 明天中午到不了，我就投诉。
a: 明白，到了我给您打电话确认，{C}
"""

DATA = DATA_1 + DATA_2 + DATA_3 + DATA_4


# ---------------------------------------------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------------------------------------------
def parse(data: str):
    industries: dict[str, tuple[str, str, str]] = {}
    calls: list[dict] = []
    cur = None
    for raw in data.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("%"):
            code, eng, co, short = [x.strip() for x in line[1:].split("|")]
            assert code not in industries, code
            industries[code] = (eng, co, short)
        elif line.startswith("#"):
            key, code, d, labels, flags, note = [x.strip() for x in line[1:].split("|")]
            assert code in industries, (key, code)
            hn: list[str] = []
            fl: list[str] = []
            if flags != "-":
                for tok in flags.split(","):
                    tok = tok.strip()
                    if tok.startswith("hn="):
                        hn = tok[3:].split("/")
                    else:
                        assert tok in ("fast", "drawl", "short", "asr"), (key, tok)
                        fl.append(tok)
            labs = [] if labels == "-" else [x.strip() for x in labels.split(",")]
            for f in labs + hn:
                assert f in FAMILIES, (key, f)
            assert not set(labs) & set(hn), (key, labs, hn)
            assert len(set(labs)) == len(labs), key
            cur = {"key": key, "code": code, "dir": {"in": "inbound", "out": "outbound"}[d], "labels": labs,
                   "hn": hn, "flags": fl, "note": note, "turns": []}
            assert all(c["key"] != key for c in calls), key
            calls.append(cur)
        elif line.startswith("."):
            kind, n = line[1:].split()
            assert kind in ("hold", "gap"), line
            cur["turns"].append((kind, float(n)))
        else:
            tag, text = line.split(":", 1)
            assert tag in ("a", "c", "a>", "c>"), (cur["key"], line)
            cur["turns"].append((tag, text.strip()))
    return industries, calls


# ---------------------------------------------------------------------------------------------------------------
# Text helpers and noise
# ---------------------------------------------------------------------------------------------------------------
def nchars(text: str) -> int:
    return sum(1 for ch in text if ch not in PUNCT and not ch.isspace())


CN_DIG = {"零": 0, "〇": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
UNITS = ("个工作日|块钱|公斤|公里|小时|分钟|个月|厘米|毫米|毫升|平方|平米|元|块|天|月|号|年|岁|斤|张|份|层|周|台|件|"
         "个|次|位|折|方|箱|克|米|吨|升|只|头|亩|条|页|根|片|套|度|秒|寸|匹")
NUM = "零〇一二两三四五六七八九十百千万"
PCT_RE = re.compile("百分之([" + NUM + "]+)")
DEC_RE = re.compile("([" + NUM + "]+)点([零一二三四五六七八九]+)")
CHAIN_RE = re.compile("[一二三四五六七八九]点[零一二三四五六七八九]点[零一二三四五六七八九]")
DIGRUN_RE = re.compile("[零〇一幺二三四五六七八九]{3,}")
NUM_RE = re.compile("([" + NUM + "]+)(?=(" + UNITS + "))")
PART_RE = re.compile("(?<=[\u4e00-\u9fff])(?<!然后)[呢嘛啦哦呗](?=[，。！？])")


def cn2num(s: str):
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
        else:
            return None
    return total + section + num


def numerals(text: str) -> str:
    text = DIGRUN_RE.sub(lambda m: "".join(str(CN_DIG[c]) for c in m.group(0)), text)

    def pct(m):
        v = cn2num(m.group(1))
        return m.group(0) if v is None else f"{v}%"

    def dec(m):
        v = cn2num(m.group(1))
        if v is None:
            return m.group(0)
        return f"{v}." + "".join(str(CN_DIG[c]) for c in m.group(2))

    def rep(m):
        s = m.group(1)
        if len(s) == 1 and s in "一两零":
            return s  # 一次 / 两位 / 一个 / 零头 stay words
        if not any(ch in CN_DIG for ch in s) and s[0] != "十":
            return s  # a bare 万 / 千 / 百 (万方) is no number
        v = cn2num(s)
        return s if v is None else str(v)

    text = PCT_RE.sub(pct, text)
    text = CHAIN_RE.sub(lambda m: ".".join(str(CN_DIG[c]) for c in m.group(0)[::2]), text)  # 七点一点四 -> 7.1.4
    text = DEC_RE.sub(dec, text)
    return NUM_RE.sub(rep, text)


CONVERTERS = {k: opencc.OpenCC(k) for k in ("s2t", "s2tw", "s2hk")}


def apply_noise(text: str, noise: dict) -> str:
    if noise.get("particles"):
        text = PART_RE.sub("", text)
    if noise.get("digits"):
        text = numerals(text)
    if noise.get("conv"):
        text = CONVERTERS[noise["conv"]].convert(text)
    if noise.get("nopunct"):
        text = "".join(ch for ch in text if ch not in PUNCT)
    return text


ASR_RE = re.compile(r"\[(.)>(.)\]")


def split_asr(text: str):
    pairs = [(m.group(1), m.group(2)) for m in ASR_RE.finditer(text)]
    clean = ASR_RE.sub(lambda m: m.group(1), text)
    heard = ASR_RE.sub(lambda m: m.group(2), text)
    return clean, heard, pairs


# ---------------------------------------------------------------------------------------------------------------
# Timing
# ---------------------------------------------------------------------------------------------------------------
def make_segments(call: dict, rng: random.Random) -> list[dict]:
    fast, drawl, short = "fast" in call["flags"], "drawl" in call["flags"], "short" in call["flags"]
    t = rng.uniform(0.3, 0.8) if short else rng.uniform(0.4, 1.2)
    segs: list[dict] = []
    pend = None
    last_end = 0.0
    for item in call["turns"]:
        if item[0] in ("hold", "gap"):
            pend = item
            continue
        tag, _ = item
        spk = "agent" if tag.startswith("a") else "customer"
        n = nchars(call["_clean"][len(segs)])
        if spk == "agent":
            rate = (rng.uniform(8.7, 9.5) if fast else rng.uniform(1.45, 1.8) if drawl
                    else rng.uniform(5.3, 5.9) if short else rng.uniform(4.1, 5.3))
        else:
            rate = rng.uniform(4.8, 5.6) if short else rng.uniform(3.4, 5.0)
        dur = max(0.7, n / rate)
        if not segs:
            start = t
        elif pend is not None:
            start = last_end + pend[1] + rng.uniform(0.1, 0.8)
        elif tag == "a>":
            prev = segs[-1]
            assert prev["speaker"] == "customer", call["key"]
            start = prev["end"] - rng.uniform(1.5, 2.2)
            assert start > prev["start"] + 0.5, (call["key"], "customer turn too short to be cut")
        elif tag == "c>":
            prev = segs[-1]
            assert prev["speaker"] == "agent", call["key"]
            start = prev["end"] - rng.uniform(0.8, 1.5)
            assert start > prev["start"] + 0.5, call["key"]
        else:
            start = last_end + (rng.uniform(0.2, 0.5) if short else rng.uniform(0.3, 1.4))
        pend_kind = pend[0] if pend is not None else None
        pend = None
        end = start + dur
        segs.append({"speaker": spk, "start": round(start, 2), "end": round(end, 2), "tag": tag,
                     "pend": pend_kind})
        if tag == "c>":
            assert end > segs[-2]["end"] + 0.3, (call["key"], "customer cut-in must outlast the agent")
        last_end = max(last_end, end)
    return segs


def timing_families(segs: list[dict], texts: list[str], key: str) -> tuple[set, dict]:
    fams = set()
    info = {}
    # short_call
    end = max(s["end"] for s in segs)
    length = end - segs[0]["start"]
    info["end"] = end
    if end < 20:
        fams.add("short_call")
    else:
        assert length >= 30, (key, "call length between 20 and 30 s", end)
    # silence
    max_end = segs[0]["end"]
    for i in range(1, len(segs)):
        gap = segs[i]["start"] - max_end
        if gap >= 10:
            prev = segs[i - 1]
            announced = prev["speaker"] == "agent" and any(w in texts[i - 1] for w in HOLD_WORDS)
            if not announced:
                fams.add("silence")
            assert segs[i]["pend"] in ("hold", "gap"), key
            assert announced == (segs[i]["pend"] == "hold"), (key, "hold without 稍等/稍候 or gap with it")
        else:
            assert gap <= 4, (key, "gap between 4 and 10 s", gap)
        max_end = max(max_end, segs[i]["end"])
    # talk_over
    worst = -99.0
    for j, a in enumerate(segs):
        if a["speaker"] != "agent":
            continue
        for k, c in enumerate(segs):
            if c["speaker"] == "customer" and c["start"] < a["start"]:
                worst = max(worst, c["end"] - a["start"])
    if worst >= 1.0:
        fams.add("talk_over")
    else:
        assert worst <= 0, (key, "agent overlaps the customer by less than 1 s", worst)
    # speech_rate
    rates = [nchars(t) / (s["end"] - s["start"]) for s, t in zip(segs, texts)
             if s["speaker"] == "agent" and nchars(t) >= 6]
    assert rates, key
    mean = sum(rates) / len(rates)
    info["rates"] = (round(min(rates), 2), round(mean, 2), round(max(rates), 2))
    if mean >= 7.5 or mean <= 2.0:
        fams.add("speech_rate")
        assert all(r >= 7.5 for r in rates) or all(r <= 2.0 for r in rates), (key, info["rates"])
    else:
        assert all(3.0 <= r <= 6.2 for r in rates), (key, "agent rate outside 3.0-6.2", info["rates"])
    return fams, info


def is_hangup(segs: list[dict], clean: list[str]) -> bool:
    last = segs[-1]
    text = clean[-1].strip()
    return last["speaker"] == "customer" and (text.endswith("？") or text.endswith("喂？喂？"))


FILLER_TOKENS = ("呃", "嗯", "那个", "这个", "就是", "然后呢", "啊，", "啊好")
PURE_FILLERS = ("呃", "然后呢", "嗯，", "啊，")


def filler_count(texts: list[str], tokens) -> int:
    return sum(t.count(tok) for t in texts for tok in tokens)


# ---------------------------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------------------------
def check_call(call: dict) -> None:
    key, labs = call["key"], set(call["labels"])
    segs = call["_segs"]
    for texts in (call["_clean"], call["_out"]):
        fams, info = timing_families(segs, texts, key)
        want = labs & set(TIMING)
        assert fams == want, (key, "timing", sorted(fams), sorted(want), info)
    assert ("short" in call["flags"]) == ("short_call" in labs), key
    assert ("fast" in call["flags"] or "drawl" in call["flags"]) == ("speech_rate" in labs), key
    hang = is_hangup(segs, call["_clean"])
    assert hang == ("hangup" in labs), (key, "hangup", call["_clean"][-1])
    if "hangup" in labs:
        assert "closing" in labs, key
    agent_texts = [t for s, t in zip(segs, call["_clean"]) if s["speaker"] == "agent"]
    if "filler" in labs:
        assert filler_count(agent_texts, FILLER_TOKENS) >= 8, (key, "too few fillers")
    else:
        assert filler_count(agent_texts, PURE_FILLERS) <= 1, (key, "fillers in a non-filler call")
    assert segs[0]["speaker"] == "agent", key
    assert all(nchars(t) >= 1 for t in call["_out"]), (key, "empty segment after noise")
    assert "0方" not in "".join(call["_out"]), key


def fill(template: str, ctx: dict) -> str:
    out = template
    for k, v in ctx.items():
        out = out.replace("{" + k + "}", v)
    return out


def build() -> list[dict]:
    rng = random.Random(SEED)
    industries, calls = parse(DATA)

    # rotation: greeting / closing / name / number / hi / wish, one draw per call in key order
    for call in calls:
        eng, co, short = industries[call["code"]]
        is_short = "short" in call["flags"]
        ctx = {"hi": rng.choice(HI), "name": rng.choice(NAMES),
               "no": "".join(rng.choice(CN_DIGITS) for _ in range(3)), "co": co, "s": short,
               "w": rng.choice(WISHES)}
        g = rng.choice(GREET_IN_SHORT if is_short else GREET_IN)
        o = rng.choice(GREET_OUT_SHORT if is_short else GREET_OUT)
        c = rng.choice(CLOSE_OUT if call["dir"] == "outbound" else CLOSE_IN)
        ctx["G"] = fill(g, ctx)
        ctx["O"] = fill(o, ctx)
        ctx["C"] = fill(c, ctx)
        call["_ctx"] = ctx
        clean, heard, pairs = [], [], []
        for tag, text in call["turns"]:
            if tag in ("hold", "gap"):
                continue
            t = fill(text, {k: ctx[k] for k in ("G", "O", "C")})
            t = fill(t, {k: ctx[k] for k in ("hi", "name", "no", "co", "s")})
            assert "{" not in t and "}" not in t, (call["key"], t)
            cl, he, pr = split_asr(t)
            clean.append(cl)
            heard.append(he)
            pairs += pr
        assert ("asr" in call["flags"]) == bool(pairs), call["key"]
        call["_clean"], call["_heard"], call["_asr"] = clean, heard, pairs

    # timing
    for call in calls:
        call["_segs"] = make_segments(call, rng)

    # noise: N_NOISY calls among those without a hand-written slip
    cands = [c for c in calls if "asr" not in c["flags"]]
    noisy_keys = set(c["key"] for c in rng.sample(cands, N_NOISY))
    for call in calls:
        if call["key"] in noisy_keys:
            noise = {"conv": rng.choice(["s2t", "s2tw", "s2hk", None]), "digits": rng.random() < 0.6,
                     "particles": rng.random() < 0.45, "nopunct": rng.random() < 0.3}
            if not (noise["conv"] or noise["digits"] or noise["particles"] or noise["nopunct"]):
                noise["digits"] = True
            call["_noise"] = noise
            call["_out"] = [apply_noise(t, noise) for t in call["_clean"]]
        elif call["_asr"]:
            call["_noise"] = {"conv": None, "digits": False, "particles": False, "nopunct": False,
                              "asr": [list(p) for p in call["_asr"]]}
            call["_out"] = list(call["_heard"])
        else:
            call["_noise"] = None
            call["_out"] = list(call["_clean"])

    # checks (all failures are collected, then reported together)
    errors = []
    for call in calls:
        try:
            check_call(call)
        except AssertionError as e:
            errors.append(str(e))
    assert not errors, "\n".join(errors)

    counts = {f: sum(1 for c in calls if f in c["labels"]) for f in FAMILIES}
    for f in FAMILIES:
        lo, hi = (25, 35) if f == "insult" else (8, 17)
        assert lo <= counts[f] <= hi, (f, counts[f])
    n_hn = sum(1 for c in calls if c["hn"])
    assert 70 <= n_hn <= 80, n_hn
    assert len(calls) == 150, len(calls)
    used = set(c["code"] for c in calls)
    assert used == set(industries) and len(industries) >= 30
    asr_insult = sum(1 for c in calls if "asr" in c["flags"] and "insult" in c["labels"])
    assert 4 <= asr_insult <= 6, asr_insult

    # order and ids
    order = list(calls)
    rng.shuffle(order)
    rows = []
    for i, call in enumerate(order, 1):
        eng, co, short = industries[call["code"]]
        segments = [{"speaker": s["speaker"], "start": s["start"], "end": s["end"], "text": t}
                    for s, t in zip(call["_segs"], call["_out"])]
        rows.append({
            "call_id": f"AK-{i:03d}",
            "segments": segments,
            "labels": [f for f in FAMILIES if f in call["labels"]],
            "metadata": {"writer": "AK", "industry": eng, "company": co, "direction": call["dir"],
                         "agent": call["_ctx"]["name"], "noisy": call["_noise"] is not None,
                         "noise": call["_noise"], "hard_negative": list(call["hn"]),
                         "source_key": call["key"]},
        })
    return rows, counts, calls, industries


def main() -> None:
    rows, counts, calls, industries = build()
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    OUT.write_text(text, encoding="utf-8")
    noisy = sum(1 for c in calls if c["_noise"] is not None)
    turns = [len(c["_segs"]) for c in calls]
    print(f"wrote {OUT} ({len(rows)} calls, sha256 {hashlib.sha256(text.encode('utf-8')).hexdigest()})")
    print("industries", len(industries), "| noisy", noisy, "(asr", sum(1 for c in calls if c["_asr"]), ")",
          "| hard negatives", sum(1 for c in calls if c["hn"]),
          "| clean (no label)", sum(1 for c in calls if not c["labels"]),
          "| turns 6-16:", sum(1 for n in turns if 6 <= n <= 16))
    print("positives:", ", ".join(f"{f} {counts[f]}" for f in FAMILIES))
    if "-v" in sys.argv:
        for c in calls:
            _, info = timing_families(c["_segs"], c["_out"], c["key"])
            print(c["key"], c["labels"], info)


if __name__ == "__main__":
    main()
