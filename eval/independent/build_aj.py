"""Independent labelled call set AJ (eval/independent/tune_aj.jsonl, formerly heldout_aj.jsonl) -- a TUNING set since rulebook 2026.12.28 (blind figures in eval/independent/README.md).

Writer AJ has never seen the product's rules, rulebooks, code, tests or other evaluation sets; AJ read only the
reference folder given to it (the QA standard DOMAIN.md and its seed articles, the header of writer Z's builder, the
head of writer AE's builder and the readings of writers AA-AI).

Adopted policy (unchanged): writer Z's label policy (the header of build_z.py, itself writer Y's / X's policy with Z's
readings) plus every "AA:" ... "AI:" reading (readings_aa.txt ... readings_ai.txt, the AE readings in the head of
build_ae.py included). In short, per family, as that policy has it:
  greeting     the agent's opening is missing or wrong: no 您好 / time-of-day greeting, no company, opening with 喂,
               a bare 嗯？ / 在呢，您说 / 哪位？ before the full greeting, an outbound opening without 您好 + company +
               agent name (the company given only when asked is a fault); a re-greeting after a bad line is not.
  closing      no proper farewell: none at all (the call ends on the customer's 好吧), 好，再见 / 就这样 / 谢谢，再见
               (thanks without a wish), a brush-off after an insult; a wish in any wording is a correct closing;
               every hangup call also carries closing.
  forbidden    服务禁语: 喂 addressing the customer mid-call, a bare 不清楚 / 不知道 / 不明白 / 我哪知道 that ends the
               matter, 你这话什么意思, 想好了再打来, curt orders (别废话 / 你听我说完行不行 / 说重点).
  insult       the agent belittling, mocking or attacking the customer (or the customer's family); trade words and
               words said by the customer, quoted from a third party in a complaint, or aimed at a colleague are not.
  filler       the agent's own run of 啊 / 呀 / 呃 / 嗯 / 这个 / 那个 / 就是 / 然后呢 across the call.
  tariff       a fee asked about and glossed over (no amount or no moment charging starts: 不贵的 / 到时候再说 /
               先免费用着 / 跟别家差不多); a fee stated with amount and moment is not.
  name_ask     the agent asking the customer's own name bluntly (你姓什么 / 叫啥 / 名字？); 请问您贵姓 / 怎么称呼 and
               third parties' names are not.
  apology      a customer who reports a fault, is refused or is hurt and hears no 抱歉 / 对不起 / 不好意思 /
               给您添麻烦了 anywhere in the call; a pro-forma 不好意思 settles it.
  shirking     推诿: pushing the customer to someone else for what is the company's own to handle.
  overpromise  a guarantee of a result the company cannot control; hedges (一般 / 因人而异 / 不敢打包票) and the
               company's own act with a named time are not.
  colleague    contempt for a colleague; stating plainly that a colleague erred and correcting it is not.
  complaint    the customer, in this call, states an intent to complain or report (投诉 / 12315 / 曝光 / 找领导 /
               举报 / 消协); 我不是要投诉 and a settled past complaint are not.
  silence, talk_over, speech_rate, short_call, hangup: the timing definitions below.

Timing definitions (copied from writer AE's header; the timing families are computed from the generated segment
times and asserted against the hand labels, on clean and on noisy text): short_call < 20 s (others >= 30 s); silence
an unannounced gap >= 10 s (holds announced with 稍等 / 稍候 in the agent's turn just before are not; every other gap
<= 4 s); talk_over the agent starting >= 1.0 s before the customer's segment ends (the customer cutting in on the
agent is not); speech_rate the agent's mean rate over turns of >= 6 characters >= 7.5 or <= 2.0 chars/s (negatives
keep every such agent turn within 3.0-6.2); hangup the clean transcript ending on the customer's unanswered question
or 喂？喂？ (every hangup call also carries closing).

Data format (writer AE's): industries `% code | industry | company | short`; calls
`# key | code | in|out | labels | flags | note` (`-` for none; labels comma-separated, flags space-separated), turns
`a:` agent / `c:` customer, `a>:` the agent cutting in on the customer (1.5-2.2 s before the customer's end), `c>:`
the customer cutting in on the agent, `.hold N` (a wait the agent announced with 稍等 / 稍候) / `.gap N`
(unannounced silence); flags `hn=fam/fam` (hard negative: the families it tempts but does not carry), `fast`,
`drawl`, `short`, `asr` (a hand-written recogniser mishearing, written into the text). `{G}` / `{O}` / `{C}` are the
rotating correct inbound greeting / outbound opening / closing, `{hi}` a rotating 您好 / time-of-day greeting,
`{co}` / `{s}` the company's full / short name, `{name}` / `{no}` the call's agent name and number.
random.Random(SEED) only chooses timing, order, the noisy calls and their noise, and the greeting / closing / name /
number rotation; the dialogues are hand-written by writer AJ. Noise is recogniser-style: Traditional script (opencc
s2t / s2tw / s2hk), Arabic digits for Chinese numerals, dropped sentence-final particles (never in filler calls),
no punctuation; the `asr` calls carry AJ's own one-syllable homophone slips (on the insult itself in five insult
calls, which stay insults; on words no label rests on elsewhere).

AJ: readings writer AJ had to choose (they only settle what the adopted policy leaves open or what AJ's calls bring up):
AJ: these are insult, each aimed at the customer (or the customer's child): accusing the customer of lying (编，接着编，
    我听着呢), 您算哪根葱, 我都替您害臊, 导航碰上您也得辞职 (the customer could not tell the village from the camp),
    白送的还挑三拣四，真是喂不熟, a child called 玻璃心 to the parent (得拿泡沫纸包着送来上课), a curse on the
    customer's business (难怪那店一直半死不活的), a mock patent for a trivial discovery (这么重大的发现，真该去申请个
    专利), “准时”这两个字在您那儿怕是有别的解释吧, the customer's clothes (穿成那样还来酒吧，保安看一眼都不敢放进门),
    少在这儿丢人现眼, 别给脸不要脸, 我看您就是闲得慌, 真是油盐不进，换谁来给您讲都一样白搭, 这些年真是白活了,
    echoing the customer's words back with 真是没见过世面, 八十岁的老太太都自己装好了，换成大小伙子倒难住了，稀奇,
    智商税交得可真够痛快的, 谁让您长了张好骗的脸，人家不骗您骗谁, 这么两箱纸还不够我们车跑一趟的油钱, handwriting
    (蚯蚓爬过去的印子都比这齐整), 你懂个屁，外行就爱瞎指挥, 我们培训新人的反面教材就缺这么一个例子, mock surprise
    (哟，您还知道热身这个词呢？), the customer's cooking (这手艺去开个黑暗料理店倒是挺有特色), pity for the animals
    in the customer's care (兔子落到您手里，也算它们倒霉), and an aside about the customer to a colleague that the
    customer can hear (小周，又是上回那个抠门的…烦死了) -- that aside is insult, not colleague. A one-syllable
    mishearing (哪根冲 / 油盐不尽 / 玻璃新 / 丢人现演 / 没见过市面) leaves the insult an insult. 开个玩笑 was never
    said, and a later 不好意思，我说话冲了 settles apology only (AD).
AJ: 喂不熟 and 平时喂的什么料 in the agent's speech are no 喂 (not forbidden).
AJ: trade and plain words that share characters with insults are innocent: 兔崽子 of young rabbits, 王八 / 老鳖 /
    死了的甲鱼 (softshell turtles), 死纤维 / 僵瓣花 / 霉棉 (cotton), 死档 / 烂账本 / 作废合同 (shredding), 大头佛
    (lion dance), 旱鸭子 / 四肢不协调 / 废柴 said by the customer of himself, 狗洞 / 盲鱼 / 死人谷 (caves), 僵尸 /
    血腥玛丽 / 脏咖啡 (cocktails and coffee), 冻得死硬 (ice), 盲人 / 盲文 / 瞎 / 盲人摸象 (braille), 牛眼 / 脱靶 /
    扎 / 喝趴下 (darts), 老巫婆 / 演坏人 / 丑 (a child's stage role), 丑牛 / 钟馗捉鬼 / 刻废了 (paper-cutting), 死门
    (qimen), 鸭屎味 / 臭烘烘 (down), 植物杀手 / 养死 / 烂根 (hydroponics), 瘸 / 废了 / 废人 said of oneself or an
    old mother (rehab), 燕子的口水 (bird's nest), 猪皮手套 (work gloves), 花脸 of a patchy floor, 踢得真臭 / 黑哨 /
    骂 said by the customer (football), 笨得像头猪 quoted from a teacher in a complaint and read back (complaint, AB).
AJ: a forbidden phrase stays forbidden when the agent then offers a call-back (您想好要不要修再打来吧 … 我回头问问
    工程部); 你到底想问什么？想好了再打过来 ending a short call is forbidden + closing (no farewell).
AJ: 什么时候到我不知道，您等着吧 / 不清楚，反正会到的 about the company's own payout, with the customer sent nowhere,
    is forbidden and not shirking; 我不清楚 of a third party (a traffic-police pound) with a work order and a call-back
    is not forbidden.
AJ: sending the customer to the maker, the courier, a contractor, the bank, the online shop or the firm's own site crew
    for what the company sold, carried, repaired or built is shirking; contempt for the company's own crew chief,
    porter, coach, therapist, feng-shui master, barman, estimator or delivery man is colleague (also when he is blamed
    while shirking); a salesman's typo corrected plainly (那是他笔误，押金是每片五十) is not.
AJ: 投诉您随便 / 投诉是您的权利 / 那我就没办法了 are rude or curt but not in the forbidden list; they carry no
    forbidden by themselves (the calls carry what else they show: insult, shirking, apology).
AJ: a customer who suspects his own mistake (我是不是哪里弄错了) reports no fault, so no apology is owed; a customer
    refused a seat or a pickup hears 不好意思 in every call not labelled apology.
AJ: 保证养一窝活一窝 / 保证一次就怀上 / 保证楼上跳绳您一点都听不见 / 保证开业以后生意红火一整年 / 保证进五星酒店当首席
    调酒师 / 保证耳鸣彻底好 / 保证这辈子都不会再过敏 / 保证两周以后就能上场 / 保证明年生意翻一番 / 保证明年考上艺校
    附中 / 保证皮肤白一个度 are overpromise; 受胎率五六成，没办法给您打包票 / 效果因人而异 / 不敢跟您说一天都不耽误 /
    a contractual delay penalty / the company's own process stated as fact (碎成四毫米的纸条，拼不出来) are not.
AJ: 跟您买杯奶茶差不多 / 先免费用着 / 做好了再说 / 这个不一定，看开票的时候 / 加了的话到时候再补一点 are tariff; a fee
    with amount and moment is no tariff matter even when the agent reads it out fast (speech_rate only).
AJ: an outbound opening that names neither company nor agent and gives the company only when asked is greeting;
    {hi}，{s}，请问有什么可以帮您？ with the company's short name is a complete greeting; a complete greeting repeated
    after the customer's 喂？喂？信号不太好 is not a greeting fault, and that 喂？喂？ in the first turns is no hangup.
AJ: the customer's 喂？喂？ after the agent's last answer ends the call as hangup even when the question was answered;
    喂？能不能提前一天啊？喂？ as the last turn is hangup.
AJ: 我翻翻订单 / 我找一下那份文件 / 我看一下物流记录 / 我看一下您的报价单 followed by >= 10 s are silence; 请您稍等 /
    请您稍候 / 您稍等 before a wait of any length is not.
AJ: a blessing in any form closes correctly: 愿老人家安息，祝您家人平安健康 / 祝老人家早日康复 / 祝您收获满满.
"""


from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

import opencc

SEED = 20270115
OUT = Path(__file__).resolve().parent / "tune_aj.jsonl"
WRITER = "AJ"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask", "apology", "shirking",
            "overpromise", "colleague", "complaint", "silence", "talk_over", "speech_rate", "short_call", "hangup")
TIMING = ("silence", "talk_over", "speech_rate", "short_call")
NOISY_SHARE = 0.25
N_CALLS = 150

NAMES = ["小蒲", "小芦", "小谭", "小阮", "小牟", "小甘", "小萧", "小荆", "小黎", "小桑", "小邵", "小聂", "小柯", "小卞"]
HI = ["您好", "您好", "您好", "早上好", "上午好", "中午好", "下午好", "晚上好"]
GREETINGS = [
    "{hi}，{co}，我是{name}，请问有什么可以帮您？",
    "{hi}，欢迎致电{co}，{no}号{name}为您服务，请问您需要办理什么？",
    "{hi}，这里是{co}客服中心，请问有什么能帮到您的？",
    "{hi}，感谢您来电{co}，我是客服{name}，请问您想咨询什么？",
    "{hi}，{co}，工号{no}，很高兴为您服务，请问您有什么需要？",
    "{hi}，您已接通{co}，我是{name}，请问需要什么帮助？",
]
OPENINGS = [
    "{hi}，这里是{co}，我是客服{name}。",
    "{hi}，我是{co}的{name}，打扰您一下。",
    "{hi}，{co}客服{name}给您来电。",
    "{hi}，我这边是{co}，我叫{name}。",
]
CLOSINGS = [
    "感谢您的来电，祝您{w}，再见。",
    "有需要随时联系我们，祝您{w}！",
    "感谢您的耐心，{no}号{name}祝您{w}，再见。",
    "谢谢您对{s}的支持，祝您{w}。",
    "那今天就先到这里，祝您{w}，再见。",
    "感谢来电，祝您{w}，拜拜。",
]
WISHES = ["生活愉快", "一切顺利", "身体健康", "万事如意", "工作顺利", "天天开心", "周末愉快", "平安顺遂"]
CN = "零一二三四五六七八九"

PUNCT = set("，。？！、；：,.?!;:…“”‘’（）()—-~《》「」 ")
HOLD_WORDS = ("稍等", "稍候")
APOLOGY_WORDS = ("抱歉", "对不起", "不好意思", "道歉", "歉意", "添麻烦")
FILLER_RE = re.compile(r"呃|那个|就是|然后呢|这个|嗯嗯|啊，|呀，")
WISH_RE = re.compile(r"祝|保重|安息")

DATA = r"""
% RB | meat-rabbit farm | 兴旺肉兔养殖场 | 兴旺兔场
% TT | softshell-turtle farm | 清溪甲鱼养殖基地 | 清溪
% CA | cattle frozen-semen and artificial-insemination service | 丰犇牛冷配服务站 | 丰犇
% CO | cotton purchasing station | 银絮棉花收购站 | 银絮
% GD | grain-drying service | 丰仓粮食烘干中心 | 丰仓
% CT | armoured cash-in-transit service | 卫金押运服务有限公司 | 卫金
% SH | document-shredding service | 安毁文件销毁服务有限公司 | 安毁
% SP | soundproofing installation | 静界隔音工程有限公司 | 静界
% EP | epoxy floor coating | 坚面环氧地坪工程有限公司 | 坚面
% LD | lion-dance troupe booking | 鸿狮醒狮团 | 鸿狮
% DB | dragon-boat club | 碧江龙舟俱乐部 | 碧江
% CV | karst-cave adventure tours | 九洞溶洞探险营地 | 九洞
% BT | bartending and barista school | 杯语调酒咖啡培训学校 | 杯语
% IC | commercial ice delivery | 冰川源冰块配送有限公司 | 冰川源
% MC | medical crowdfunding platform | 同舟医疗众筹平台 | 同舟
% HO | hyperbaric oxygen centre | 康氧高压氧舱中心 | 康氧
% AL | allergy-testing clinic | 清源过敏原检测门诊 | 清源
% SR | sports-injury rehabilitation clinic | 跃动运动康复中心 | 跃动
% IN | incense and candle shop | 福缘香烛店 | 福缘
% FS | feng-shui consultancy | 乾元风水咨询工作室 | 乾元
% DJ | down-jacket brand after-sales | 雪岭羽绒服售后服务中心 | 雪岭
% GP | GPS vehicle tracker service | 寻途车载定位服务有限公司 | 寻途
% PL | pallet pooling and rental | 通托托盘租赁有限公司 | 通托
% FP | fountain-pen shop and repair | 墨林钢笔工坊 | 墨林
% BR | braille transcription service | 明触盲文转写服务中心 | 明触
% FR | ultimate-frisbee club | 风行飞盘俱乐部 | 风行
% DT | darts bar | 红心飞镖吧 | 红心
% KA | children's acting and drama school | 小星光少儿表演艺术中心 | 小星光
% FC | football-club ticketing | 江城飞鹰足球俱乐部 | 飞鹰
% HT | custom hat maker | 冠顶帽业定制工作室 | 冠顶
% HY | hydroponic home-garden kits | 绿芽水培种植机有限公司 | 绿芽
% DS | on-site diesel delivery | 速油柴油配送有限公司 | 速油
% SS | steel-structure building contractor | 鼎钢钢结构工程有限公司 | 鼎钢
% BN | bird's-nest trader | 燕归来燕窝行 | 燕归来
% PC | paper-cutting art studio | 巧手剪纸艺术工作室 | 巧手
% WS | work-safety gear wholesaler | 安护劳保用品批发有限公司 | 安护

# J001 | RB | in | insult | hn=forbidden | pity for the rabbits in the customer's care; 喂 as feeding verb
a: {G}
c: 喂，你好，我上个月在你们场里买了二十只种兔，这两天死了三只，拉稀，耳朵也耷拉着。
a: 不好意思，让您着急了。您兔舍是什么情况？通风怎么样？平时喂的什么料？
c: 就放在我家后院的棚子里，喂的青草，有时候剩菜叶子也给一点。
a: 剩菜叶子也往里扔？带水的菜叶兔子吃了最容易拉稀。兔子落到您手里，也算它们倒霉。
c: 那剩下的怎么办？
a: 先把菜叶停了，换成颗粒料，饮水要干净，拉稀的单独隔开。我让技术员明天上午给您打电话，教您怎么用药。
c: 行，那你让他早点打，我上午都在家。
a: 好的，已经给您登记了，明天上午十点前技术员联系您。{C}

# J002 | RB | in | - | hn=insult/tariff | 兔崽子 of young rabbits; price and freight with moment
a: {G}
c: 你好，我想问一下，你们那兔崽子现在有货吗？多大的能卖？
a: 有的，现在出栏的小兔是断奶三十五天左右的，一只一斤上下，新西兰白兔和伊拉兔都有。
c: 兔崽子太小了，路上会不会死啊？我在邻县，要拉两个多小时。
a: 断奶满三十五天的小兔抗应激好一些，我们装笼的时候会垫干草、带青料，两个小时一般没问题，路上别让太阳直晒就行。
c: 价钱呢？运费另外算不？
a: 伊拉兔十八块一斤，按装笼时过秤的重量算，提货当场结清；送货的话邻县是一百五十块一趟，货送到验完再付运费。
c: 那要五十只，母的多一点。
a: 好的，五十只，公母按一比八给您配，您看周六上午送到行吗？
c: 行，周六上午。
a: 好的，周六上午八点装车，司机出发前给您打电话。{C}

# J003 | RB | out | overpromise, name_ask | - | 保证养一窝活一窝; 你姓啥
a: {O}上周您在我们公众号留言问种兔的事，现在方便聊两句吗？
c: 方便，你说。
a: 我们这批伊拉配套系种兔是从祖代场引的种，抗病力特别强，您买回去，保证养一窝活一窝，一只都不会死。
c: 真的啊？我听人说兔子娇气得很，一闹肚子就一窝一窝地死。
a: 别家的娇气，我们的不会，您放心。您要定的话我先给您登记一下，你姓啥？
c: 姓邬，乌鸦的乌加个耳朵旁。
a: 好，邬先生，联系电话就是现在这个号吧？
c: 对。那我先要十组，一公三母那种。
a: 好的，十组一共四十只，下周三之前给您发车，发车前一天电话通知您。祝您养殖顺利，再见。

# J004 | RB | in | short_call | short | opening hours, under 20 s
a: {hi}，{s}，请问有什么可以帮您？
c: 你们场周日开门吗？我想过去看看兔子。
a: 开的，周日早上八点到下午五点都有人在。
c: 好嘞，知道了。
a: 好的，祝您周末愉快，再见。

# J005 | TT | in | insult, apology | - | aside about the customer to a colleague, heard on the line
a: {G}
c: 你好，我是开饭店的，上回在你们那拿过货。我想问问，一斤半左右的甲鱼，现在多少钱一斤？
a: 一斤半的外塘甲鱼现在是八十五一斤。
c: 八十五？上回才七十八，能不能还按七十八给我？我一次要二十只呢。
a: 您等会儿。……小周，又是上回那个抠门的，磨半天就为砍五块钱，烦死了。
c: 喂？我都听见了啊。你们就这么说客户的？
a: 价格是老板定的，二十只最多给您八十二。
c: 行吧，八十二就八十二，明天上午送到我店里。
a: 好的，明天上午十点前送到，货到付款。{C}

# J006 | TT | in | - | hn=insult/tariff | 王八 / 老鳖 / 死了的甲鱼; price plus freight at order
a: {G}
c: 你好，我想问一下，你们那儿的王八是野生的还是养的？
a: 您说的是甲鱼吧？我们基地是仿野生放养的，外塘养足三年以上才出塘，不是温室速成的。
c: 老鳖汤我爸爱喝，我想买两只炖汤，三年的多大个？
a: 三年的一般在一斤二到一斤半之间，炖汤正合适。
c: 我听说死了的甲鱼不能吃，是真的吗？
a: 是的，甲鱼死后体内会很快产生有害物质，一定要活的现宰。我们发货都是活的，冰袋加湿布保湿，路上一天没问题。
c: 那好，两只一斤半左右的，寄到市里。
a: 好的，一斤半的八十五一斤，两只按实际过秤算，再加顺丰运费二十三，下单时一起付。您看可以吗？
c: 可以，你发个链接给我吧。
a: 好的，链接马上发您微信。{C}

# J007 | TT | out | colleague | hn=insult | delivery man called 糊涂蛋 (colleague, not insult)
a: {O}您前天在我们这儿订的十只甲鱼，收到了吧？
c: 收到了，可是我订的是一斤以上的，送来的好几只也就七八两，小得很。
a: 真是不好意思，给您添麻烦了。送货的老刘干活从来不看单子，拿起一筐就走，我们说他多少回了，就是个糊涂蛋。
c: 那现在怎么弄？饭店那边客人都订好了。
a: 我今天下午给您重新送五只一斤二以上的，小的那几只您看着用，差价我给您退回去。
c: 行吧，下午几点？
a: 三点之前送到，我亲自盯着装车。{C}

# J008 | TT | in | silence, name_ask | - | 我看看 then 13 s; 你叫啥
a: {G}
c: 你好，我想给我们单位食堂订点甲鱼，下周四要，三十只左右。
a: 三十只是吧，我看看池子里还有多少只够规格的。
.gap 13
c: 喂？还在吗？
a: 在的。一斤以上的现在有四十来只，够的。你叫啥？我给你留着。
c: 我姓宁，宁波的宁。单位是城南中学。
a: 好，宁先生，城南中学，三十只，下周四早上送到食堂，价格八十二一斤，货到验秤后结账。
c: 好，就这样。
a: 好的，谢谢您，祝您工作顺利，再见。

# J009 | CA | in | overpromise, speech_rate | drawl hn=tariff | 保证一次就怀上; fee with moment; drawl
a: {G}
c: 你好，我家有两头母牛，这两天一直叫，爬跨，估计是发情了，想请你们过来配一下。
a: 好的，您家在哪个村？母牛多大了，之前产过犊没有？
c: 下河湾村，一头三岁，一头五岁，都产过。你们那冻精是什么牛的？
a: 有西门塔尔的，也有安格斯的，西门塔尔的出肉率高，在咱们这边用得最多。
c: 配一次多少钱？
a: 一头一百二，配完当场收钱，要是二十一天后返情了，免费再补配一次。
c: 那能配上吗？去年找别人配了两回都没揣上。
a: 您放心，我们的技术员手艺好，冻精也是进口的，保证一次就怀上，不用补配。
c: 那行，你们今天能来吗？
a: 今天下午三点左右到，配种员姓骆，到村口给您打电话。{C}

# J010 | CA | in | hangup, closing | hn=tariff | last question (morning or afternoon) unanswered
a: {G}
c: 你好，我上午打过电话约了冷配，想问问配种员几点到？
a: 我查一下，您是哪个村的？
c: 石桥村，姓包。
a: 包先生是吧，看到了，您约的是两头，配一次一百二一头，配完当场付就行。
c: 这个我知道。我就是想问问，人是上午来还是下午来？我下午要去镇上。
a: 配种员今天排得比较满，嗯，就这样吧。
c: 啊？那到底是上午还是下午啊？

# J011 | CA | in | - | hn=tariff/overpromise/insult | sexed semen priced with moment; 没办法给您打包票; cow 瘦得跟柴火似的
a: {G}
c: 你好，我想问问你们那个性控冻精，就是能多下母犊的那种，是怎么收费的？
a: 性控冻精一支三百八，配种服务费另收一百二，都是配完当场结清。没配上的话，返情补配只收服务费，冻精我们再送一支。
c: 那揣上母犊的几率有多大？
a: 性控冻精产母犊的比例一般在九成左右，但受胎率比普通冻精低一些，大概五六成，跟母牛的体况、发情时间都有关系，没办法给您打包票。
c: 我家那头老母牛瘦得跟柴火似的，还能配吗？
a: 太瘦的话受胎率会低，建议先补补膘，等膘情上来了再配。我们技术员可以先上门看一下牛的情况，看牛不收钱。
c: 那行，你让技术员明天来看看。
a: 好的，明天上午技术员先给您打电话再过去。{C}

# J012 | CA | out | talk_over | - | agent cuts in twice on an old farmer
a: {O}您家上个月配种的那头西门塔尔母牛，这两天有没有返情？
c: 返情？这个我也说不好，前两天它好像又有点躁，老是哞哞地叫，我老伴说是天热了……
a>: 那就是返情了，您明天早上留意一下它的阴门有没有红肿、有没有吊线。
c: 我老伴说是因为换了新饲料，那饲料是隔壁老王家给的，我们喂了有一个礼拜了……
a>: 饲料不影响的，您就看有没有红肿吊线，有的话马上给我们打电话。
c: 哦哦，那要是真返情了，再配要钱不？
a: 返情补配是免费的，冻精和服务都不收钱。
c: 那就好。
a: 好的，您留意着点，有情况随时打给我们，祝您一切顺利，再见。

# J013 | CO | in | insult, apology | - | handwriting: 蚯蚓爬过去的印子都比这齐整; customer hurt, no apology
a: {G}
c: 你好，我前天卖了一车籽棉，到现在钱还没到账，我问问是怎么回事。
a: 您把交售单号报一下。
c: 二零二六一一零八零三七。
a: 查到了，财务那边退回来了，说交售单上的签名跟身份证对不上，没法打款。
c: 怎么会对不上？我自己签的啊。
a: 名字签得歪歪扭扭的，蚯蚓爬过去的印子都比这齐整，财务能认出来才怪。
c: 你怎么说话呢？我字写得不好，那也是我自己签的！
a: 反正您得拿身份证原件过来重新签一张，签完当天就能打款。
c: 那我明天上午过去。
a: 行，明天上午八点以后过来，到二号窗口找我就行，祝您一切顺利。

# J014 | CO | in | tariff, silence | - | ginning fee glossed (不贵的 / 跟别家差不多 / 系统自己会算); 我看一下 then 12 s
a: {G}
c: 你好，我家今年的棉花有一部分淋了雨，有点霉，发黄，你们收不收？
a: 霉棉和黄棉也收，就是等级要往下降，价格低一些。
c: 那你们代加工轧花呢？我想轧完自己留点做被子，轧花费怎么算？
a: 我看一下今年的加工价格表。
.gap 12
c: 喂？
a: 在的。轧花费不贵的，跟别家都差不多，您拉过来再说。
c: 差不多是多少啊？
a: 拉过来过了磅，系统自己会算，到时候一起结。
c: 那好吧，我这两天拉过去。
a: 好的，{C}

# J015 | CO | in | - | hn=insult | 死纤维 / 僵瓣花 grading terms
a: {G}
c: 你好，我想问一下今年籽棉的收购价，还有你们怎么定等级？
a: 今天的收购价是衣分四十以上的籽棉每公斤七块二，过磅时当场检验，按检验结果定价，交售当天打款。
c: 检验都看些什么？
a: 主要看衣分、水分、杂质，还有纤维成熟度。没长成熟的棉花里死纤维多，僵瓣花多，等级就会往下走。
c: 僵瓣花是什么样的？
a: 就是棉瓣发硬、结成一块一块的，多半是后期缺水或者病虫害造成的。您晒棉的时候把这种挑出来单独装，好的那部分就能卖上好价。
c: 明白了，谢谢啊。
a: 不客气。要是有雨后收的棉花，先晾干再送过来，水分超了会扣重。{C}

# J016 | CO | in | complaint, filler | - | 举报 to 市场监管局 over the scale; agent's run of fillers
a: {G}
c: 你好，我昨天在你们站卖棉花，回家用我自己的秤一称，差了二十多公斤！你们那秤有问题！
a: 呃，这个，您别着急啊，那个，您是昨天几点过的磅？
c: 下午四点多。二十多公斤啊，一千多块钱呢，你们要是不给个说法，我就去市场监管局举报你们！
a: 嗯嗯，那个，真是对不起啊，这个，我们的磅是有检定证书的，就是，那个，每年都检一次。
c: 有证书就不会出错了？
a: 呃，您说得对，那个，就是，我马上让站长带着砝码重新校一遍，然后呢，您明天带着交售单过来，我们当着您的面复核。
c: 复核要是真少了呢？
a: 那个，真少了就，就是，按差的重量给您补钱，这个您放心。
c: 那我明天上午去。
a: 嗯嗯，好的，明天上午站长在，感谢您的来电，祝您一切顺利，再见。

# J017 | GD | in | insult | hn=tariff | 智商税交得可真够痛快的; drying fee with moment
a: {G}
c: 你好，我去年在网上买了个小型烘干机，三百多块钱，现在一烘玉米就跳闸，你们能不能帮我修一下？
a: 不好意思，我们这边只做粮食代烘干，不修机器的。
c: 那你们看能不能给点建议，我这个机器是不是功率不够？
a: 三百块钱的东西您指望它烘玉米？那就是个烘衣服的小箱子。花这冤枉钱，智商税交得可真够痛快的。
c: 那我现在这一千多斤湿玉米怎么办？
a: 您拉到我们这里来烘，一吨八十块，烘完出仓的时候结账，水分烘到十四个点以内，出仓前当着您的面测。
c: 那我明天拉过去。
a: 好的，明天早上七点以后都能卸粮。{C}

# J018 | GD | in | name_ask | hn=tariff | 你叫啥 to book a slot; fee and loading fee with moment
a: {G}
c: 你好，我想烘一批稻谷，大概二十吨，刚收的，水分二十五六。
a: 二十吨没问题，这两天排队的多，我先给您登记个号。你叫啥？
c: 我叫房长贵。
a: 房长贵，电话就是这个吧？稻谷的话，烘干费一吨九十，出仓结算，装车费另外一吨十块，也是出仓的时候一起结。
c: 那要排几天？
a: 您排在第七个，预计后天下午能进仓，前一天我给您打电话。
c: 行，那就后天。
a: 好的，麻烦您提前准备好车辆。{C}

# J019 | GD | in | silence, shirking | - | 我查一下 then 14 s; burnt grain pushed to the dryer maker after a pro-forma 不好意思
a: {G}
c: 你好，我前天在你们这儿烘的玉米，拉回来一看，有一部分烘糊了，颜色发黑，还有焦味。
a: 您把出仓单号报一下，我查一下那天的记录。
c: 单号是零九一四。
.gap 14
c: 喂？有人吗？
a: 不好意思，刚才在翻记录。那天的温度是正常的，烘干机是厂家的，出了故障您去找厂家吧，我们这边也没办法。
c: 机器是你们的，我是在你们这烘的，找厂家干什么？
a: 机器的问题我们也管不了，您去找厂家反映吧。
c: 那算了，我自己再想办法。
a: 好的，祝您顺利。

# J020 | GD | out | short_call | short | grain ready for pickup
a: {hi}，我是丰仓烘干中心的{name}，您的玉米烘好了，明天上午可以来拉。
c: 好，知道了，明天上午去。
a: 好的，祝您一切顺利，再见。

# J021 | CT | in | insult, complaint, apology, talk_over | asr | 您算哪根葱 heard as 哪根冲; agent cuts in; customer will complain
a: {G}
c: 你好，我是城东那家超市的店长，今天下午你们押运车没来收款，营业款现在还在店里保险柜，我心里不踏实，你让你们经理接一下电话，我要跟他说清楚这个事，今天必须给我个说法。
a>: 您算哪根冲啊，还点名要我们经理接？有事跟我说就行。
c: 你这是什么态度？我是你们的客户！我要投诉你！
a: 投诉您随便。今天是因为城东那段路施工，车绕路晚了，晚上七点前会到。
c: 七点前一定到？
a: 七点前到，到之前押运员会给您打电话核对身份。
c: 好，要是七点还不来，我明天直接找你们公司投诉。
a: 知道了，{C}

# J022 | CT | in | - | asr hn=tariff/overpromise | 押运 heard as 压运; fees with moment; contractual lateness terms
a: {G}
c: 你好，我们公司新开了一家门店，想了解一下你们的上门收款服务。
a: 好的。我们是武装压运，每天按约定的时段上门，押运员两人一组，收款交接全程录像，款项当天存入您指定的银行账户。
c: 费用怎么收？
a: 固定时段每天上门一次，每月一千二，每月五号从对公账户扣当月的；临时加一次上门两百，当月账单里一起收，合同签订后从第二天开始计费。
c: 要是你们晚到了怎么办？
a: 合同里约定了时段，超过约定时间半小时没到，当次服务费全免。路上遇到特殊情况，押运员会提前给您打电话说明。
c: 明白了，那你先发个合同模板给我看看。
a: 好的，请您留一个邮箱，我下午把合同模板和报价单发给您。
c: 邮箱是店名的拼音，一百六三的。
a: 好的，记下了。{C}

# J023 | CT | out | speech_rate | fast | schedule read out too fast
a: {O}跟您确认一下下周的押运排班，周一到周五每天下午四点半到五点之间上门，周六改成中午十二点，周日不收，单据还是一式三联，押运员到店先出示工作证，再核对您的交接码，款箱封签号当面登记，您看有问题吗？
c: 周六中午我们店里人多，能不能改到下午两点？
a: 可以，周六改到下午两点到两点半之间，系统里我现在就给您改好，周六当天押运员出发前二十分钟会给您来电话，到店核对交接码以后再开箱，您那边准备好款包就行。
c: 好的，那交接码还是原来那个吗？
a: 交接码每周更新一次，新码周日晚上八点以短信发到您店长手机上，请您不要转发给其他人，收到以后回复确认就行。
c: 好，知道了。
a: 好的，感谢您的配合，祝您生意兴隆，再见。

# J024 | CT | in | shirking, apology, complaint | - | broken seal pushed to the bank; customer will complain to the boss
a: {G}
c: 你好，我们是南街那家金店，今天早上银行说你们昨天送过去的款箱封签是破的，要我们自己说明情况，这到底怎么回事？
a: 款箱到了银行，那就是银行的事了，您找银行去问。
c: 箱子是你们押运的，封签在路上破的，怎么能让我去找银行？
a: 我们只管运，交接了就不归我们管了，您找银行去吧。
c: 你们这是推卸责任！我要找你们领导投诉。
a: 您要投诉可以打我们公司总部的电话。
c: 行，号码多少，我现在就打。
a: 总部电话是四零零六八八三二一零，感谢您的来电，祝您生活愉快。

# J025 | SH | in | insult | - | 这么两箱纸还不够我们跑一趟的油钱
a: {G}
c: 你好，我们是个小会计工作室，有两箱旧凭证要销毁，你们能上门来拉吗？
a: 两箱？多大的箱子？
c: 就是普通的打印纸箱子，一箱大概二三十斤。
a: 就这么两箱纸，还不够我们车跑一趟的油钱，您折腾这个干吗？自己拿碎纸机绞了得了。
c: 可是凭证上有客户的信息，我们要有销毁证明的。
a: 不好意思，两箱的量我们不安排上门。您自己送过来，现场监销，一箱三十五，出了证明再付钱。
c: 你们在哪儿？
a: 开发区创业路十八号，工作日九点到五点。{C}

# J026 | SH | in | - | hn=insult/tariff/name_ask/overpromise | 死档 / 烂账本 / 作废合同; per-kilo price with moment; 请问您怎么称呼
a: {G}
c: 你好，我们单位档案室清理出来一批死档，都是十几年前的烂账本和作废合同，大概两吨，想找你们销毁。
a: 好的，两吨的话我们派箱式车上门装车，全程封箱，拉回厂里当天粉碎，粉碎后的纸浆送造纸厂。您单位可以派人跟车监销。
c: 费用怎么算？
a: 上门销毁按重量算，每公斤一块二，装车过磅后按实际重量计费，销毁完成当天出具销毁证明，开票后十五天内付款就行。
c: 粉碎完是什么样的？能不能保证一个字都拼不出来？
a: 我们用的是三级保密碎纸设备，碎成四毫米宽、四十毫米长的纸条，再进打浆机，拼不出来的。您要是有保密等级更高的文件，可以选纤维化处理，每公斤多加八毛。
c: 那就普通的吧。下周二能来吗？
a: 可以，下周二上午九点，您提前把档案搬到一楼方便装车。请问您怎么称呼？
c: 我姓晏。
a: 好的，晏老师，{C}

# J027 | SH | out | hangup, closing | hn=tariff | question about the certificate left unanswered
a: {O}您上周预约的文件销毁，明天上午九点上门，跟您确认一下地址，是高新区科技大厦十二楼吧？
c: 对，十二楼一二零六。
a: 好的。费用按之前说的，每箱三十五，现场过完数出了证明再结。
c: 嗯，那销毁证明是当天给，还是过几天寄过来？
a: 好的，那明天上午见。
c: 哎，我问的是证明什么时候给啊？

# J028 | SH | in | colleague, greeting | - | 您好，请讲 without company; porters 毛手毛脚出了名的
a: 您好，请讲。
c: 你好，是安毁公司吧？你们上周来我们公司拉文件，我发现少了一个蓝色文件夹，里面有原件的，是不是被你们一起拉走了？
a: 是安毁。真不好意思，给您添麻烦了。上周去您那的那俩搬运工，干活毛手毛脚出了名的，拿东西从来不看，八成是他们顺手装箱了。
c: 那还能找回来吗？都过了一个礼拜了。
a: 我们销毁前会先在仓库暂存一周，您那批还没进粉碎线，我马上让仓库翻一下。
c: 那太好了，找到了给我打电话。
a: 好的，今天下午五点前给您回电话。{C}

# J029 | SP | in | insult | asr hn=tariff | 油盐不进 heard as 油盐不尽
a: {G}
c: 你好，我家卧室想做隔音，楼上半夜老有拖椅子的声音。我在网上看人家说贴几层泡沫板就行了，你们能不能就给我贴泡沫板？
a: 泡沫板对撞击声没什么用，楼上拖椅子是固体传声，得做减振吊顶，顶上加隔音毡。
c: 可网上那些人都说泡沫板管用啊，还便宜。
a: 真是油盐不尽，换谁来给您讲都一样白搭。
c: 那你们做吊顶隔音大概多少钱？
a: 卧室十五平左右，减振吊顶加隔音毡，材料加人工一平四百二，量完尺寸出报价，开工前付三成，完工验收再付剩下的。
c: 行，那你们先来量一下。
a: 好的，量房免费，明天下午两点可以吗？
c: 可以。
a: 好的。{C}

# J030 | SP | in | overpromise | hn=insult/tariff | 保证楼上跳绳您一点都听不见; customer's 吵死了 / 神经衰弱
a: {G}
c: 你好，我家楼上住了一家子，小孩天天在屋里跳绳，吵死了，我都快神经衰弱了。你们那个隔音吊顶到底有没有用？
a: 这个确实烦人，理解您。我们做的是独立龙骨加减振吊钩，再加两层隔音毡、两层石膏板，专门对付这种撞击声。
c: 做完能隔掉多少？
a: 您放心，我们这套做完，保证楼上跳绳您一点都听不见，跟住在别墅里一样。
c: 那么神？多少钱？
a: 一平四百二，量完尺寸出报价，开工前付三成定金，完工验收后付尾款。
c: 行吧，那你们先来看看。
a: 好的，我给您约明天上午十点量房。{C}

# J031 | SP | in | - | hn=overpromise/insult/talk_over | 不敢打包票 with measured figures; 吵死人 said by a neighbour; customer cuts in
a: {G}
c: 你好，我是开琴行的，想把两间练琴房做隔音，现在隔壁奶茶店老说我们吵死人了，学生敲鼓跟放炮一样。
a: 好的，理解。鼓房的话低频多，我们一般做房中房，地面做浮筑，墙面和顶面都做独立的龙骨结构，门换成双层隔音门，窗户也要做双层中空的。
c>: 那做完能完全听不见吗？
a: 完全听不见我们不敢打包票。一般能降三十五到四十五分贝，具体跟原建筑结构和施工条件有关，完工后我们会用仪器现场测，给您出检测数据。
c: 那也行。工期多久？
a: 两间房大概十五天，量完尺寸出方案的时候会写清楚工期和报价。
c: 好，那你们哪天能来量？
a: 周四下午三点可以吗？量房是免费的。
c: 可以。
a: 好的，周四下午三点，到之前师傅给您打电话。{C}

# J032 | SP | out | greeting, silence | hn=tariff | outbound opening without company (not even when asked); 我找一下 then 11 s
a: 您好，我是{name}，上周五去您家量过卧室尺寸的。
c: 哦，哪个公司的？
a: 就是做隔音吊顶的，方案出来了，我跟您说一下报价。
c: 好，你说。
a: 我找一下您家的方案。
.gap 11
c: 喂？
a: 找到了。卧室十四点六平，减振吊顶加两层隔音毡，一平四百二，总共六千一百三十二，开工前付三成定金，就是一千八百四十块，剩下的完工验收再付。
c: 工期几天？
a: 三天，下周一就能进场。
c: 那就下周一吧。
a: 好的，周一上午八点半师傅到，谢谢您，祝您生活愉快，再见。

# J033 | EP | in | insult | - | 你懂个屁，外行就爱瞎指挥; 不好意思，我说话冲了 settles apology
a: {G}
c: 你好，我们厂房去年做的环氧地坪，今年好几个地方起皮了。我看网上说直接在上面再刷一层面漆就行，你们来给我刷一层得了。
a: 起皮的地方得先打磨到基层，重新做底涂，直接刷面漆过不了两个月还得起。
c: 我觉得刷一层就够了，你们就是想多收钱。
a: 你懂个屁，外行就爱瞎指挥，出了问题又来找我们。
c: 你怎么骂人呢？
a: 不好意思，我说话冲了。起皮多半是当时基层含水率高，我们派人去看，是质保问题的话免费修。
c: 那你们什么时候来看？
a: 明天上午工程师过去，先测一下含水率。{C}

# J034 | EP | in | - | hn=insult | 起砂 / 死角 / 小作坊 said of another firm
a: {G}
c: 你好，我们车库想做个地坪，现在地面起砂严重，一扫全是灰，墙角那块还发黑，像是返潮。
a: 起砂的话需要先打磨，把表面的浮浆去掉，返潮的地方要先做防潮底涂，不然以后容易鼓包。
c: 上次有个小作坊的给我报价，说直接刷漆就行，我没敢让他弄。
a: 您考虑得对，基层不处理好，漆刷上去很快就会起皮脱落。我们可以先派人上门免费勘测，测一下地面强度和含水率再出方案。
c: 车库的死角能刷到吗？柱子底下那一圈。
a: 能的，死角和柱脚我们用小磨机和滚筒手工处理，边角都会收好。
c: 那你们周末能来看吗？
a: 周六上午可以，我帮您约九点。{C}

# J035 | EP | in | tariff | - | 不好说，反正不贵 / 到时候再说
a: {G}
c: 你好，我们仓库一千二百平想做环氧自流平，大概多少钱一平？
a: 这个看面积和地面情况，量大价格好说。
c: 那大概一个什么范围呢？我要报给老板。
a: 这个不好说，反正不贵，您先让我们做了，价钱肯定让您满意。
c: 那什么时候付钱？定金要多少？
a: 这个不急，到时候再说，我们先派人去看看。
c: 好吧，那你们派人来吧。
a: 好的，明天下午工程师联系您。{C}

# J036 | EP | out | filler, forbidden | - | filler run; 算不算质量问题我也不清楚，您想好要不要修再打来吧 (then a call-back)
a: {O}呃，那个，您上个月做的那个地坪，这个，就是回访一下，用着怎么样啊？
c: 整体还行，就是叉车道那一块有几道划痕，比较深。
a: 啊，划痕啊，那个，就是，叉车的货叉要是落地拖的话，呃，确实会划。
c: 那这个算质量问题吗？你们能修吗？
a: 呃，这个，算不算质量问题我也不清楚，您想好要不要修再打来吧。
c: 那谁清楚啊？
a: 那个，就是，嗯，我回头问问工程部，然后呢，让他们跟您联系。
c: 那麻烦你尽快，叉车每天都在走。
a: 嗯嗯，好的，那个，给您添麻烦了，感谢您的配合，祝您工作顺利。

# J037 | LD | in | - | hn=insult/tariff | 大头佛 / 狮子 / 采青; price, deposit and balance with moment
a: {G}
c: 你好，我们火锅店下个月八号开业，想请你们来舞狮，要什么样的规格合适？
a: 开业的话一般是两头狮子加一个大头佛，锣鼓四个人，表演二十分钟左右，有点睛、采青、拜四方这些环节。
c: 大头佛是干嘛的？
a: 大头佛是戴着笑脸大头面具的角色，拿着葵扇逗狮子，引狮子去采青，小朋友最喜欢看。
c: 采青要我们准备什么？
a: 您准备一棵生菜和一个红包挂在门口就行，红包多少随意，图个彩头。
c: 那费用呢？
a: 两头狮子一个大头佛，一千八百八，下单时付五百订金，余款表演完当场结清。要加高桩表演的话另加一千二。
c: 就要普通的。
a: 好的，八号上午十点开始，我们提前半小时到场。{C}

# J038 | LD | in | overpromise | hn=tariff | 保证您开业以后生意红火一整年
a: {G}
c: 你好，我超市下周开业，想请你们舞狮，听说舞狮能旺财，是真的吗？
a: 当然了，醒狮采青就是图个吉利，我们鸿狮舞过的店，没有一家不火的。请我们舞一场，保证您开业以后生意红火一整年。
c: 这么灵？那我得请。多少钱？
a: 两头狮子一个大头佛，一千八百八，订金五百下单时付，余款表演完结清。
c: 行，下周六上午。
a: 好的，下周六上午九点半，地址您发我微信。{C}

# J039 | LD | in | greeting, short_call | short | 喂，鸿狮，说吧
a: 喂，鸿狮，说吧。
c: 你好，你们下个月十五号还有空档吗？我们要舞狮。
a: 十五号上午有，下午没有了。
c: 那我再问问老板，回头打给你。
a: 好的，谢谢您，祝您生意兴隆。

# J040 | LD | in | hangup, closing | hn=tariff | rain question left unanswered; balance stated with moment
a: {G}
c: 你好，我预订了这周日上午的舞狮，订金也交了，想问几个事。
a: 好的，您说。
c: 余款是表演完再给吗？
a: 是的，余款一千三百八，表演完当场结清，微信现金都可以。
c: 好。那如果周日下雨了，还能舞吗？
a: 嗯，行，就这样吧，到时候再联系。
c: 哎，你还没说下雨怎么办呢？

# J041 | DB | in | greeting | hn=name_ask/tariff | opens with 喂，您好; team members' names on the entry form (third parties)
a: 喂，您好，碧江龙舟俱乐部，请讲。
c: 你好，我们公司想组一支龙舟队参加端午的企业赛，你们能帮忙训练吗？
a: 可以的，我们有企业队的训练套餐，二十二人一条标准龙舟，含鼓手和舵手，训练八次，每次两小时。
c: 我们能凑够二十人，鼓手你们能出吗？
a: 鼓手最好是你们自己的人，比赛要求队员都是本单位的，舵手可以由我们的教练担任。报名表上要填每个队员的名字和身份证号，您统计好了发给我就行。
c: 训练费多少钱？
a: 八次训练一共九千六，含船、桨、救生衣和教练费，签协议时付一半，训练结束付另一半。
c: 好，我回去跟领导汇报一下。
a: 好的，有问题随时打给我，祝您工作顺利。

# J042 | DB | in | - | hn=insult | 旱鸭子 / 四肢不协调 said by the customer of himself
a: {G}
c: 你好，我想报名你们的龙舟体验课，但我是个旱鸭子，一点水都不会，能参加吗？
a: 可以的，体验课全程穿救生衣，教练会先在岸上教您握桨和划桨的动作，然后才上船。船很稳，不容易翻。
c: 我这人四肢不协调，划起来会不会拖大家后腿？
a: 不会的，体验课就是让大家感受一下，鼓手打一下鼓大家划一下，跟着节奏就行，很多学员第一次来也这样。
c: 那要带什么东西？
a: 带一套换洗衣服、一双可以沾水的鞋，再带个水杯就行，防晒霜也可以带上。
c: 好的，那我报周六的。
a: 好的，周六上午九点在码头集合，请您提前十分钟到。{C}

# J043 | DB | out | colleague | - | new coach 自己桨都握不稳，也不知道怎么混进来的
a: {O}您报的龙舟进阶班这周六开课，跟您确认一下能不能准时到。
c: 能到。对了，听说这次换教练了？上次那个杜教练挺好的。
a: 杜教练调去带比赛队了。这期是新来的钱教练，说实话，他自己桨都握不稳，也不知道怎么混进来的，您多担待。
c: 啊？那靠谱吗？
a: 有什么问题您直接跟我说，我去跟领队反映。
c: 行吧，那周六见。
a: 好的，周六上午八点半码头见，祝您周末愉快。

# J044 | DB | in | speech_rate, colleague | drawl | drawl; colleague 丢三落四的，东西多半随手一扔
a: {G}
c: 你好，我上周六参加了你们的体验课，落了一件蓝色的防晒衣在更衣室，你们有没有捡到？
a: 好的，您别着急，我帮您问一下。上周六是哪一场呢？
c: 上午九点那场。
a: 上午那场收尾是小秦负责的，他那个人丢三落四的，东西多半随手一扔。我让他去更衣室的柜子里找一找。
c: 麻烦你们了，那件衣服是新买的。
a: 找到了我给您发微信，您下次来的时候到前台取，或者我们给您寄过去。
c: 好，谢谢。
a: 不客气，{C}

# J045 | CV | in | insult | - | 村子营地都分不清，导航碰上您也得辞职
a: {G}
c: 你好，我们是下午报名探洞的，按导航开过来，结果开到一个养猪场，转了一个多小时都没找到你们营地。
a: 您导航的是九洞营地还是九洞村？
c: 我导的九洞村啊，不是一个地方吗？
a: 村子在山那头，营地在山这头，短信里写得清清楚楚。村子营地都分不清，导航碰上您也得辞职。
c: ……那我现在在村口小卖部，怎么过去？
a: 您往回开，过了石拱桥右转，再开三公里看到红色的门楼就到了。下午的场次给您顺延到四点。
c: 好，我马上过去。
a: 好的，到了找前台报手机号就行。{C}

# J046 | CV | in | - | hn=insult/overpromise/tariff | 狗洞 / 盲鱼 / 胆小; 因人而异; ticket price with moment
a: {G}
c: 你好，我想带儿子参加你们的亲子探洞，他十岁，网上看说洞里有一段要钻狗洞，危险吗？
a: 您说的“狗洞”那一段，是一条一米来高的通道，要弯腰爬过去大概十五米，两头都有向导守着，地面铺了垫子。
c: 里面黑不黑？有没有蝙蝠？
a: 洞里没有灯光，每人发头灯，向导会一直提醒。蝙蝠是有的，它们在洞顶，不会主动靠近人。我们还会带大家看暗河里的盲鱼，眼睛退化了，孩子们都很喜欢。
c: 我儿子胆小，万一吓哭了怎么办？
a: 路线中间有两个出口，孩子要是不舒服，向导随时可以带你们从最近的出口出来，不勉强。体力要求也因人而异，您根据孩子的情况来就行。
c: 费用多少？
a: 亲子票一大一小三百六，含装备、保险和向导，下单时全额支付，提前二十四小时取消全额退。
c: 好，那我们订周日上午的。
a: 好的，周日上午九点集合，请孩子穿长袖长裤和防滑鞋。{C}

# J047 | CV | in | shirking, forbidden | - | booking pushed to the mini-program's own service; 不清楚 / 不知道 end the matter; pro-forma 不好意思
a: {G}
c: 你好，我在你们小程序上订了周六的探洞，钱扣了，可是订单一直显示待确认，这是怎么回事？
a: 不好意思啊。小程序的事我们营地不清楚，您找小程序客服去吧。
c: 小程序就是你们营地的啊，我找谁去？
a: 我们这边看不到线上的订单，您在小程序里点人工客服问。
c: 那我周六到底能不能去？
a: 这个我也不知道，您问小程序客服吧。
c: 行吧。
a: 好的，祝您周末愉快。

# J048 | CV | in | silence | hn=insult | 死人谷; the customer's question goes unanswered 12 s
a: {G}
c: 你好，我想问一下你们的探洞路线，听说有一条叫“死人谷”的，是真的吗？名字听着挺吓人。
a: 是有这么个名字，其实是老百姓的叫法，因为谷底常年没有风，以前人进去容易迷路。现在我们的路线不经过那里。
c: 那你们现在有几条路线？哪条最适合初学者？
.gap 12
c: 喂？你好？
a: 在的。初学者推荐暗河线，全程两个半小时，难度一星，不用攀爬。
c: 好的，那我下周报一个。
a: 好的，下周有周三和周六两场，您在小程序上下单就行。{C}

# J049 | BT | in | overpromise | hn=tariff | 保证进五星酒店当首席调酒师
a: {G}
c: 你好，我想学调酒，以后想去酒店的酒吧上班，你们的课程靠谱吗？
a: 我们的全能调酒师班是两个月，经典鸡尾酒、花式调酒、酒水知识都学，结课考国家职业技能证书。
c: 学完好找工作吗？
a: 您放心，学完保证进五星酒店当首席调酒师，我们跟好多酒店都有合作，毕业就能上岗。
c: 学费多少？
a: 一万二千八，含原料、工具和考证费，报名时交两千定金，开课当天交齐余款。
c: 我考虑一下。
a: 好的，有问题随时打给我，{C}

# J050 | BT | in | - | hn=insult/name_ask | 僵尸 / 血腥玛丽 / 脏咖啡; 一杯就倒 said by the customer; 请问怎么称呼您
a: {G}
c: 你好，我想问问你们的周末兴趣班，都教哪些酒？我朋友说你们教一个叫“僵尸”的，听着挺吓人。
a: “僵尸”是一款经典的提基鸡尾酒，用了三种朗姆酒，酒精度比较高，喝多了人会晕乎乎的，所以叫这个名字。兴趣班会教，还有血腥玛丽、长岛冰茶这些。
c: 咖啡那边呢？有没有教脏脏咖啡的？
a: 有的，脏咖啡是冰牛奶上直接萃取浓缩，咖啡顺着杯壁往下流，看起来脏脏的，其实口感层次很好。咖啡兴趣班第三节课就教。
c: 我酒量很差，一杯就倒，学调酒会不会很难受？
a: 兴趣班以学习技法为主，品鉴的时候每款只尝一小口，不能喝也没关系，可以只闻香。
c: 好的，那我报个周六的。
a: 好的，请问怎么称呼您？
c: 我姓毛。
a: 毛女士您好，周六下午两点的班，我把上课地址发您短信。{C}

# J051 | BT | in | tariff | - | materials fee: 不多的 / 到时候再算 / 跟别家都差不多
a: {G}
c: 你好，我看你们咖啡师初级班是三千八，这个钱包不包豆子和牛奶？我听说有的学校原料另外收钱。
a: 学费是三千八，原料的话另外收一点，不多的。
c: 一点是多少？按天收还是按课收？
a: 这个看您用多少，到时候上课用了多少再算。
c: 那大概个数你总得说一下吧？
a: 放心吧，跟别家都差不多，不会让您多花冤枉钱的。
c: 好吧，那我先报名。
a: 好的，{C}

# J052 | BT | in | name_ask, speech_rate | drawl | 你叫什么名字？; drawl
a: {G}
c: 你好，我想预约一下你们的免费试听课，调酒的。
a: 好的，试听课每周六下午两点，一次九十分钟。你叫什么名字？
c: 我叫邵嘉宁。
a: 邵嘉宁，手机号就是这个吧？试听当天请带上身份证，在前台签到。
c: 好，需要穿什么吗？
a: 穿舒服的衣服就行，围裙我们提供，不用带别的。
c: 好的，谢谢。
a: 不客气，{C}

# J053 | IC | in | insult, closing, apology | - | 难怪您那店一直半死不活的; 爱订不订 ends the call
a: {G}
c: 你好，我是老街那家酒吧的，今晚的冰块到现在还没送来，说好了六点送，都七点半了，客人都要来了！
a: 今天单子多，排着呢。
c: 排着是排到几点？我这边没冰怎么营业？
a: 一次订五十斤还天天催，难怪那店一直半死不活的。
c: 你说什么？你再说一遍？
a: 八点之前到，爱订不订。

# J054 | IC | in | - | hn=insult/overpromise/tariff | 冻得死硬 / 砸; 六点前一定送到 (the company's own act); price with billing day
a: {G}
c: 你好，我们是做海鲜排档的，想长期订冰，上次别家送的冰冻得死硬，一大块，砸都砸不开，你们有碎冰吗？
a: 有的，我们有方冰、碎冰和片冰。海鲜铺面用片冰最好，软，不会把鱼虾冻伤，也不用砸。
c: 夏天化得快吗？
a: 片冰比方冰化得快一些，建议用保温箱装，每天早上送一次新鲜的。
c: 你们早上几点能送到？我们六点半开门。
a: 我们早班车五点出发，您那一片六点前一定送到，送到后拍照发您确认。
c: 片冰怎么卖？
a: 片冰一块二一斤，按月结算，每月一号出上个月的对账单，五号前付款就行。
c: 行，那从下周一开始，每天一百斤。
a: 好的，下周一早上开始，每天一百斤片冰，六点前送到。{C}

# J055 | IC | in | talk_over, forbidden | - | agent cuts in twice with 喂，你听我说 / 喂，你先别急着下结论
a: {G}
c: 你好，我是公园门口那个冷饮摊的，你们上午送来的冰，一半都化成水了，箱子底下全是水，我这上午的生意都耽误了……
a>: 喂，你听我说，我们的冰出库的时候都是好的，是不是你们没放冷柜？
c: 我当然放冷柜了！冷柜是好的，昨天别家送的冰都好好的，就你们的化成这样……
a>: 喂，你先别急着下结论行不行，我们车是冷藏车，不可能化的。
c: 我拍了照片的，你们自己看看，反正这一箱我不给钱。
a: 真不好意思，照片您发到客服微信上，我让配送主管核实，核实是我们的问题，这一箱不收钱，明天给您补一箱。
c: 那你们尽快。
a: 好的，下午三点前给您答复。{C}

# J056 | IC | out | short_call | short | confirming tomorrow's order
a: {hi}，冰川源冰块配送{name}，明天的冰还是送两百斤方冰吗？
c: 对，还是两百斤，老时间。
a: 好的，谢谢您，祝您生意兴隆，再见。

# J057 | MC | in | insult, apology | - | 谁让您长了张好骗的脸; customer hurt, no apology
a: {G}
c: 你好，我上个月在你们平台上给一个筹款的捐了两千块钱，后来才知道那个人根本没生病，是骗钱的。我的钱能退回来吗？
a: 您把那个项目的编号发我一下。
c: 编号是一二七三三九零。
a: 这个项目上周已经被我们核实为虚假项目下架了。说实话，谁让您长了张好骗的脸，人家不骗您骗谁。
c: 你这话怎么这么难听？我好心捐钱还成我的错了？
a: 钱的话，项目方还没提现的部分会原路退回，您的两千在退款名单里，七个工作日内到账。
c: 行吧。
a: 到账后会有短信提醒，{C}

# J058 | MC | in | - | hn=tariff/closing | zero platform fee, channel fee 千分之六 deducted at withdrawal; 祝老人家早日康复
a: {G}
c: 你好，我父亲肝癌晚期，医生说要尽快手术，我想在你们平台发起筹款，你们收不收服务费？
a: 您别着急，先照顾好老人。我们平台对发起人是零服务费，只有第三方支付通道收千分之六的手续费，在您提现的时候直接扣，比如筹到十万，提现时扣六百。
c: 那需要什么材料？
a: 需要患者的身份证、诊断证明、住院证明或者缴费单，还有收款人和患者的关系证明。收款人可以是患者本人、直系亲属或者医院账户。
c: 审核要多久？
a: 材料齐全的话一般一到两个工作日审核完。您可以先在小程序上填基本信息，材料后面拍照补传。
c: 好的，我现在就弄。
a: 好的，有任何问题随时打给我们，祝老人家早日康复。

# J059 | MC | in | complaint, filler | - | 12315 and 曝光 over a stalled review; filler run
a: {G}
c: 你好，我给我女儿发起的筹款，材料一个星期前就交齐了，到现在还显示审核中，孩子等着交手术费呢！
a: 呃，这个，您别着急啊，那个，我帮您看一下，就是，您的项目编号是多少？
c: 八八零二四五一。
a: 嗯嗯，那个，看到了，就是，诊断证明那一页有点模糊，然后呢，审核那边，呃，可能在等您补传。
c: 没人通知我啊！你们这样拖下去，我要打12315投诉你们，还要发到网上曝光！
a: 啊，真是对不起，那个，是我们通知晚了。呃，您现在重新拍一张清楚的，就是，传上来以后，我给您加急，今天之内审完。
c: 今天一定要审完。
a: 嗯，好的，那个，今天下午六点前给您结果，给您添麻烦了，祝孩子早日康复。

# J060 | MC | in | forbidden, silence | - | 我看一下 then 15 s; 什么时候到我不知道，您等着吧 / 不清楚 (not shirking: sent nowhere)
a: {G}
c: 你好，我的筹款项目昨天申请提现，到现在钱还没到，想问问什么时候能到账？
a: 不好意思让您久等了，我看一下。
.gap 15
c: 喂？你好，还在吗？
a: 在。什么时候到我不知道，您等着吧。
c: 就等着？没有个大概时间吗？
a: 不清楚，反正会到的。
c: 行吧。
a: 嗯，祝您生活愉快。

# J061 | HO | in | insult, apology | - | 进氧舱还想着带打火机，这些年真是白活了
a: {G}
c: 你好，我明天第一次来做高压氧，想问一下，进舱能不能带打火机？我做完想在门口抽根烟。
a: 打火机绝对不能带！舱里是高压富氧环境，一点火星就可能出大事。进氧舱还想着带打火机，这些年真是白活了。
c: 我就问一句，你至于这么说话吗？
a: 进舱前要换我们的纯棉服装，手机、手表、打火机、充电宝都要存在柜子里。
c: 知道了。
a: 明天早上八点半到二楼签到。{C}

# J062 | HO | in | overpromise | hn=tariff | 保证耳鸣彻底好，以后再也不会响
a: {G}
c: 你好，我耳鸣三个多月了，医院让我做高压氧，我想问问做一个疗程能好吗？
a: 高压氧对耳鸣效果挺好的。您放心，在我们这做一个疗程，保证耳鸣彻底好，以后再也不会响。
c: 一个疗程几次？多少钱？
a: 一个疗程十次，每次一百八，每次做之前在前台交当次的费用，医保卡可以刷。
c: 那我明天开始。
a: 好的，明天请带上医院的处方单和病历。{C}

# J063 | HO | in | - | hn=overpromise/filler | 效果因人而异，没办法给您打包票; the customer's own 那个 / 就是
a: {G}
c: 你好，那个，我父亲前几天烧炭取暖，那个，一氧化碳中毒了，现在醒是醒了，就是，就是反应有点迟钝，医生建议做高压氧，你们这儿能做吗？
a: 能做的，一氧化碳中毒后遗症是高压氧的主要适应症之一。老人家现在情况稳定吗？能自己走动吗？
c: 能走，就是说话慢，有时候认不出人。
a: 明白了。这种迟发性脑病一般建议尽早做，通常要做两到三个疗程，每个疗程十次。效果因人而异，我们没办法给您打包票，但越早做越好。
c: 进舱的时候我能陪着吗？他一个人我不放心。
a: 可以的，我们有多人舱，家属可以陪舱，陪舱也要换纯棉衣服，不能带金属和电子产品。
c: 好，那我们明天上午过去。
a: 好的，请带上出院小结和头颅CT报告。{C}

# J064 | HO | out | hangup, closing | - | agent drops the call; customer's 喂？喂？
a: {O}提醒您一下，您的第六次高压氧治疗是明天上午九点，请提前二十分钟到二楼签到，别忘了带上治疗卡。
c: 好的。对了，我这两天做完耳朵有点胀，是正常的吗？
a: 进出舱的时候做做吞咽动作就好了。
c: 哦，那下周二的还是上午九点吗？我那天可能要上班。
a: 嗯，好，先这样。
c: 喂？喂？

# J065 | AL | in | insult | - | 我们培训新人的反面教材就缺这么一个例子
a: {G}
c: 你好，我上周在你们那做的过敏原检测，报告说我对尘螨过敏，可我家天天打扫的，怎么会有尘螨呢？
a: 尘螨主要在床垫、枕头和沙发里，打扫地面是扫不掉的。
c: 那我把床垫扔了就行了吧？我自己上网查了，吃点抗过敏药就好了，你们开的那个脱敏治疗就是骗钱的。
a: 自己查两天网就敢下结论，我们培训新人的反面教材就缺这么一个例子。
c: ……我就是问问。那报告上这个数值是几级？
a: 三级，属于中度过敏，具体怎么治疗您挂个门诊号让医生跟您说。
c: 好。
a: 门诊周一到周六都有，{C}

# J066 | AL | in | overpromise | hn=tariff/forbidden | 保证孩子这辈子都不会再过敏; 商量好了随时来电 (polite)
a: {G}
c: 你好，我家孩子对花粉过敏，每年春天都鼻炎发作，听说你们有脱敏治疗？
a: 有的，舌下含服脱敏，每天在家含药就行，不用打针。坚持做完整个疗程，保证孩子这辈子都不会再过敏。
c: 疗程多长？
a: 一般三年。药费一个月四百二，每个月复诊的时候开一个月的药，当次缴费。
c: 三年啊，我回去跟孩子他爸商量一下。
a: 好的，您商量好了随时来电预约。{C}

# J067 | AL | in | - | hn=name_ask/tariff/silence | child's name for the file; 请问您怎么称呼; announced hold 14 s; fee with moment
a: {G}
c: 你好，我想给我女儿约个过敏原检测，她吃海鲜身上起疹子。
a: 好的，孩子多大了？
c: 六岁。
a: 六岁可以做抽血检测。我先给孩子建个档，请问孩子叫什么名字？
c: 叫易嘉禾，容易的易。
a: 易嘉禾小朋友，好的。请问您怎么称呼？
c: 我姓郑。
a: 郑女士，检测推荐食物加吸入二十项的套餐，三百八十元，抽血当天在一楼窗口缴费，医保个人账户可以用。请您稍等，我看一下周六的号。
.hold 14
a: 周六上午九点还有号，报告三个工作日出。
c: 需要空腹吗？
a: 不需要空腹，检测前一周别吃抗过敏药就行。那就给您约周六上午九点。
c: 可以。
a: 好的，{C}

# J068 | AL | in | filler | hn=tariff | filler run; fee with moment
a: {G}
c: 你好，我家养了两只猫，最近我老打喷嚏，眼睛也痒，是不是对猫毛过敏？能检测吗？
a: 呃，可以的，那个，我们有，就是，吸入性过敏原的检测，然后呢，这个，猫毛猫皮屑都在里面。
c: 如果真是对猫过敏，我是不是得把猫送走？
a: 啊，这个，不一定的，那个，就是，看过敏的程度，呃，轻的话，然后呢，勤打扫，用空气净化器也行。
c: 那检测要做多久？
a: 嗯嗯，那个，抽个血，就是，三个工作日出报告，呃，这个，费用三百二，抽血当天交。
c: 好，那我明天上午去。
a: 嗯，好的，那个，{C}

# J069 | SR | in | insult | hn=tariff | mock surprise: 哟，您还知道热身这个词呢？
a: {G}
c: 你好，我周末打篮球把脚踝崴了，肿得挺厉害，想问问你们能不能做康复。
a: 可以的。崴之前有没有做热身？
c: 热身……我一般上场就打，没怎么做过热身。
a: 哟，您还知道热身这个词呢？我还以为您打球都是直接往场上冲的。
c: 那我现在怎么办？
a: 受伤四十八小时内先冰敷，别热敷，尽量抬高，明天来做个评估，看看韧带有没有问题。
c: 评估要多少钱？
a: 初次评估一百五，评估完再定方案，当天交费。{C}

# J070 | SR | in | overpromise | hn=insult/tariff | 保证两周以后就能上场比赛; 瘸 / 废了 said by the customer
a: {G}
c: 你好，我是业余足球队的，上个月前交叉韧带撕裂做了重建手术，现在走路还瘸着，我这腿是不是算废了？
a: 不会的，韧带重建后走路有点跛是正常阶段，康复训练跟上就好。
c: 我们队下个月有比赛，我能上场吗？
a: 您放心，在我们这练，保证两周以后就能上场比赛，跟没受过伤一样。
c: 真的？那太好了，怎么收费？
a: 一对一康复训练一次二百八，十次一个疗程，按次付费，每次训练结束后结算。
c: 好，我明天就来。
a: 好的，明天带上手术记录和出院小结。{C}

# J071 | SR | in | - | hn=overpromise/insult | 没办法保证完全不疼; the old mother calls herself 废人
a: {G}
c: 你好，我妈七十了，膝盖退行性病变，上下楼梯疼得直哼哼，她自己老说自己是个废人了，不想动。你们这儿能做康复吗？
a: 可以的，老年人膝关节退变我们做得很多，主要是加强大腿前侧肌肉力量，减轻膝盖的负担。老人家能自己走路吗？
c: 能走，就是慢，拄着拐。
a: 那可以先来做个评估。效果因人而异，一般坚持练六到八周，上下楼会轻松一些，但没办法保证完全不疼，这个我得跟您说实话。
c: 她年纪大了，练得动吗？
a: 训练强度会根据老人家的情况来，康复师全程一对一陪着，不舒服随时停。老人家说自己是废人那是心情不好，多鼓励她，动起来心情也会好。
c: 好的，那周三下午可以吗？
a: 周三下午两点可以，{C}

# J072 | SR | in | name_ask, colleague | - | 你叫什么名字？; therapist 干活毛毛躁躁的
a: {G}
c: 你好，我在你们那做康复，上次的康复师给我安排的训练我做完腰更疼了，想换个康复师。
a: 不好意思，让您受罪了。你叫什么名字？我查一下你的档案。
c: 我叫苗振东。
a: 苗振东，看到了，上次是小樊给您做的。他那个人干活毛毛躁躁的，动作不到位就加量，好几个客人都说过。
c: 那给我换一个吧。
a: 好的，给您换成齐老师，他做腰椎康复很有经验。周四下午三点可以吗？
c: 可以。
a: 好的，{C}

# J073 | IN | in | insult | hn=forbidden | 白送的还挑三拣四，真是喂不熟 (no 喂 address); 不好意思 settles apology
a: {G}
c: 你好，我前天在你们店买了两百多块钱的香烛，你们送了一把小香，可那把香一点就断，烧出来烟特别呛，能不能给我换一把？
a: 那把是送的，不要钱的。
c: 送的也得能用啊，一点就断有什么用？
a: 白送的还挑三拣四，真是喂不熟。
c: 我就是说说，你这人怎么这样。
a: 行，不好意思，下次来店里给您换一把。{C}

# J074 | IN | in | - | hn=insult/closing | 烧给先人 / 去世 / 纸钱; 愿老人家安息，祝您家人平安健康
a: {G}
c: 你好，快到中元节了，我想给家里老人准备点祭祖的东西，烧给先人的纸钱、元宝这些，你们那都有吧？
a: 都有的。中元节一般准备纸钱、金银元宝、香烛，有的人家还会烧纸衣服。您家是在家里祭拜还是去墓地？
c: 在小区外面路口烧，老人去世三年了。
a: 明白了。城里现在很多地方禁止路边焚烧，您可以先问一下社区，有的小区设了统一的焚烧点。要是不方便烧，我们也有电子香烛和鲜花，可以在家里供奉。
c: 那给我配一套普通的吧，纸钱元宝加一对蜡烛、一把香。
a: 好的，一套是六十八块，今天下单明天送到，货到付款。
c: 可以。
a: 好的，愿老人家安息，祝您家人平安健康。

# J075 | IN | in | short_call | short | closing time
a: {hi}，{s}，请问需要点什么？
c: 你们晚上几点关门？我下班过去买点香。
a: 晚上八点关门，您七点半前来都行。
c: 好的，谢谢。
a: 不客气，祝您生活愉快。

# J076 | IN | in | forbidden, shirking, apology | - | 不知道，你自己来店里看吧 about the shop's own stock; no apology
a: {G}
c: 你好，我想问问你们店里还有没有那种一米二高的大红蜡烛，我家老人过寿要用。
a: 不知道，你自己来店里看吧。
c: 你们店里的货你不知道？你就不能帮我看一眼吗？
a: 我在接电话，没法去看。你自己过来看。
c: 我住得远，白跑一趟怎么办？
a: 那我就没办法了。
c: 算了算了，我去别家买。
a: 好，祝您生活愉快。

# J077 | FS | in | overpromise | hn=tariff | 保证您明年生意翻一番
a: {G}
c: 你好，我开了个餐馆，开了一年生意一直不好，朋友说可能是风水问题，你们能来看看吗？
a: 可以的，我们老师可以上门勘测，看大门朝向、收银台位置和后厨的灶位。很多店铺就是财位被压住了，或者门口有煞。
c: 煞是什么？会不会很严重？
a: 就是不好的气场，比如门正对着路口、对着电线杆，风水上叫路冲。您放心，按我们老师的方案调完，保证您明年生意翻一番。
c: 那上门一次多少钱？
a: 商铺勘测一次两千八，老师上门看完出书面方案，看完当场付款。
c: 那这周六行吗？
a: 好的，周六下午，我把地址发给老师。{C}

# J078 | FS | in | tariff | - | 看情况 / 老师看了再说 / 钱的事回头再说
a: {G}
c: 你好，我家新买了房子，想请老师上门看看风水，怎么收费？
a: 这个看情况，房子大小、要看的内容都不一样。
c: 一百四十平，三室两厅，就看一下整体布局。
a: 老师看了再说，反正不会让您吃亏的。
c: 那什么时候付钱？先付还是后付？
a: 这个不着急，先约时间，钱的事回头再说。
c: 好吧，那约下周日。
a: 好的，下周日上午。{C}

# J079 | FS | in | - | hn=insult/complaint | 死门 of qimen; 我不是要投诉啊
a: {G}
c: 你好，我不是要投诉啊，就是想问问，上次你们老师给我排的奇门盘，里面写着我家大门在“死门”上，我有点害怕，这个是什么意思？
a: 您别担心。奇门遁甲里有八门，休、生、伤、杜、景、死、惊、开，“死门”只是其中一个门的名称，主要表示这个方位不宜动土、不宜开张，不是说家里会有什么不好的事。
c: 那我要不要改大门？
a: 不需要改门，老师在方案里写了化解的办法，比如玄关放一盆常绿植物、门口保持明亮整洁就可以。
c: 那我就放心了，谢谢你。
a: 不客气，{C}

# J080 | FS | out | colleague | - | 张老师水平就那样，好多都是瞎说的
a: {O}您上个月请我们看过办公室的风水，想回访一下，方案调整以后感觉怎么样？
c: 调了一部分。不过我有个疑问，之前来的张老师说财位要放鱼缸，后来另一个老师又说鱼缸放那儿不好，我都不知道听谁的了。
a: 不好意思，让您为难了。您别听张老师的，说实话他水平就那样，好多都是瞎说的，我们内部都知道。
c: 啊？那我那鱼缸怎么办？
a: 您把鱼缸挪到东南角就行，我让林老师给您出个修正方案，免费的。
c: 好吧。
a: 好的，修正方案这周五前发您邮箱，{C}

# J081 | DJ | in | insult, apology | - | 编，接着编，我听着呢
a: {G}
c: 你好，我上周买的你们的长款羽绒服，才穿了两天，就一直往外钻毛，袖子那里尤其多，我想退货。
a: 两天就钻毛？您是不是拿去机洗了？
c: 没有洗，吊牌都还在，我就正常穿的。
a: 编，接着编，我听着呢。
c: 你什么意思？我骗你？我有购物小票，衣服也都在。
a: 退货的话您把衣服、小票和吊牌寄到售后中心，我们检测以后再说。
c: 检测要多久？
a: 收到后五个工作日出结果。{C}

# J082 | DJ | in | - | hn=insult | 鸭屎味 / 臭烘烘 of new down; apology given
a: {G}
c: 你好，我买的你们的羽绒服，打开包装有股味儿，像鸭屎味，臭烘烘的，是不是用的劣质绒？
a: 真不好意思，让您闻到不舒服的味道了。我们用的是白鸭绒，羽绒本身是动物蛋白，刚拆封的时候可能会有一点羽毛的气味，通风挂两三天一般就散了。
c: 那要是挂了还臭呢？
a: 如果通风三天还有明显异味，您可以直接申请退换，运费我们出。我们的羽绒都有检测报告，您也可以扫衣服内标上的二维码查看。
c: 好吧，我先挂几天看看。
a: 好的，有任何问题随时联系我们，{C}

# J083 | DJ | in | complaint, talk_over | hn=insult | 消费者协会; agent cuts in twice; 难看死了 said by the customer
a: {G}
c: 你好，我寄回去维修的羽绒服，你们修完寄回来，拉链换了一个跟原来完全不一样的颜色，黑衣服配个白拉链，难看死了，我就想问问……
a>: 女士，维修用的拉链都是原厂配件，颜色是按库存来的。
c: 我不管什么库存，你们事先也没跟我说一声，就这么给我换了，这算什么事……
a>: 您先听我说，这种情况我们可以给您重新换一次。
c: 你们再这样不打招呼乱弄，我就去消费者协会投诉你们！
a: 真是抱歉，是我们没有提前跟您确认。您再寄回来，我们换成同色的拉链，来回运费我们承担。
c: 那这次一定要换黑色的。
a: 好的，我在工单上备注黑色，{C}

# J084 | DJ | in | shirking | - | own flagship-store order pushed to the online shop; pro-forma 不好意思
a: {G}
c: 你好，我在你们雪岭官方旗舰店买的羽绒服，穿了一周，帽子上的毛领就掉了一块毛，想问问怎么处理。
a: 不好意思啊。线上买的您找下单的那个网店客服吧，我们售后中心只管线下门店的。
c: 旗舰店不就是你们自己开的吗？
a: 那是电商部的事，我们这边处理不了，您找网店。
c: 好吧。
a: 好的，祝您生活愉快。

# J085 | GP | in | insult, greeting | - | 喂，寻途，什么事？; 我看您就是闲得慌
a: 喂，寻途，什么事？
c: 你好，我车上装了你们的定位器，我想问问为什么定位一会儿在这儿一会儿在那儿，是不是不准？
a: 不好意思，车停在地下车库信号弱，会有点漂移，正常的。
c: 可我一分钟刷一次，位置都不一样。
a: 一分钟刷一次？我看您就是闲得慌，车停那儿又不会自己跑了。
c: 我就是想确认一下嘛。
a: 地库里的定位您以出库后的为准，漂移几十米是正常的。
c: 哦，那好吧。
a: 嗯，{C}

# J086 | GP | in | tariff, filler | - | renewal fee: 先免费用着 / 不多的 / 到时候系统自动算; filler run
a: {G}
c: 你好，我的定位器服务快到期了，续费一年要多少钱？
a: 呃，这个，您不用着急，那个，就是，先免费用着，然后呢，到期了系统会提醒您的。
c: 我就想知道续费多少钱，到期以后是怎么扣的？
a: 嗯嗯，那个，费用不多的，呃，就是，到时候系统自动算，这个您放心。
c: 那会不会自动从我卡上扣？
a: 那个，就是，到时候会有短信，呃，您看短信就行。
c: 好吧。
a: 嗯，那个，{C}

# J087 | GP | in | - | hn=forbidden/silence/shirking | 不清楚 of the pound with a work order and a call-back; announced hold 18 s
a: {G}
c: 你好，我的车昨天晚上被拖车拖走了，我在你们APP里看定位，显示在城西一个停车场，我想确认一下是不是准的。
a: 好的，我先跟您确认一下设备号，您APP首页右上角有个八位数的编号，麻烦您念一下。
c: 三七一九零二六八。
a: 好的，请您稍等，我调一下设备的轨迹。
.hold 18
a: 我这边看到设备最后一次上报是今天早上七点十二分，位置在城西交警停车场，和您看到的一致。这个停车场是不是交警的扣车点，我们不清楚，我给您提交一个工单，让同事查一下那个地址的详细信息，两小时内回电话给您。
c: 好的，谢谢。那定位器会不会被他们拆掉？
a: 一般不会的。设备如果被拆除会触发断电报警，您手机会收到推送。给您添麻烦了，{C}

# J088 | GP | in | hangup, closing | - | repair question left unanswered
a: {G}
c: 你好，我家孩子的电动车上装了你们的定位器，这两天定位一直显示在学校，可是他早就到家了。
a: 不好意思，给您添麻烦了。您把设备号发一下。
c: 二六四八一七五九。
a: 我看到了，设备最后一次上报是两天前，可能是没电了或者信号不好。
c: 那是设备坏了吗？要不要寄回去修？
a: 这个……行，先这样吧。
c: 到底要不要寄回去修啊？

# J089 | PL | in | insult, closing, talk_over, apology | - | 别给脸不要脸; 就这样，挂了; customer hurt, no apology
a: {G}
c: 你好，我们是做饮料批发的，上个月租了你们三百片托盘，这个月退的时候你们说少了八片，要扣我们的钱，我觉得肯定是你们仓库点错了……
a>: 点得清清楚楚，八片就是少了。上个月您说托盘压坏了，我们给您免了一次运费，这回还想再免？
c: 那是两码事！上次是你们托盘质量差，这回是你们点错了！
a: 别给脸不要脸，上回免运费已经是照顾您了。
c: 你这是什么话！
a: 就这样，挂了。

# J090 | PL | in | - | asr hn=tariff/colleague | 托盘 heard as 拖盘; rent, deposit and loss fees with moment; a colleague's typo corrected plainly
a: {G}
c: 你好，我们新开了个仓库，想租一批托盘，你们怎么收费？
a: 我们是循环共用模式，标准一二零零乘一千的塑料拖盘，每片每天三毛，按实际在租天数算，每个月底出对账单，次月十日前付款。
c: 押金要吗？上次你们业务员给我的单子上写的押金三十。
a: 那是他笔误，押金是每片五十，我这边给您更正一下。新客户押金签合同时付，退租验收完十个工作日内退回。丢失的话按每片一百二赔偿，损坏的按维修价格，月底对账时一起结。
c: 我们叉车司机手比较重，叉坏了怎么算？
a: 正常磨损不收钱，叉齿插断了那种属于损坏，一片维修费三十。我们每次收回都会拍照，您那边也可以在交接单上签字确认。
c: 好，那先租两百片。
a: 好的，两百片，押金一万，我把合同发您邮箱。{C}

# J091 | PL | out | speech_rate | fast hn=tariff | rent rise read out fast, with amount and start date
a: {O}跟您说一下下个月托盘租金的调整，从下月一号开始，标准塑料托盘每片每天从三毛调到三毛二，木托盘不变，还是两毛，已经在租的按新价格从一号开始算，月底对账单上会分开列出来。
c: 涨两分钱啊，那我们三百片一个月得多多少？
a: 三百片一个月按三十天算，多一百八十块，要是您签一年的长租协议，可以锁定在三毛不涨，协议从签订当月一号开始生效，年付的话再打九五折。
c: 我考虑一下，长租协议你发我看看。
a: 好的，我今天下午把长租协议和新价格表一起发您邮箱，您看完有问题随时打给我，感谢您的支持，祝您工作顺利，再见。

# J092 | PL | in | name_ask, forbidden, hangup, closing | - | 你姓什么？; 不知道 ends the matter; deposit question unanswered
a: {G}
c: 你好，我们上周退了一批托盘，押金到现在还没退回来。
a: 你姓什么？哪个单位的？
c: 我姓殷，恒丰食品的。
a: 恒丰食品……不好意思，你们退的哪一批我不知道，系统里看不到。
c: 上周三退的，一百五十片，你们司机来拉的。
a: 不知道，反正财务还没处理。
c: 那押金到底什么时候能退啊？

# J093 | FP | in | insult | - | mock patent: 这么重大的发现，真该去申请个专利 (customer suspected his own mistake)
a: {G}
c: 你好，我在你们店买了支钢笔，第一次用，灌了墨怎么都写不出字，我是不是哪里弄错了？
a: 您用的是墨囊还是上墨器？
c: 墨囊，就是你们送的那个，我插进去了。
a: 插到底了吗？听到咔的一声没有？
c: 好像没有……我再试试。哦，出水了。
a: 墨囊没插到底当然不出水，这么重大的发现，真该去申请个专利。
c: ……那这笔平时怎么保养？
a: 每个月用温水把笔尖泡一泡，换墨水颜色之前也要清洗干净。{C}

# J094 | FP | in | - | hn=insult/tariff | 墨干死 / 劈叉 / 刮纸 / 断水; repair price with moment
a: {G}
c: 你好，我爸留下一支老英雄钢笔，放了好多年，墨都干死在里面了，笔尖也有点劈叉，还能修吗？
a: 能修的。干在里面的墨我们用专门的清洗液泡软，再用超声波清洗。笔尖劈叉要看程度，轻的可以校正，重的需要换尖。
c: 换尖的话还是原来那个手感吗？我主要是想留个念想。
a: 理解您。我们尽量保留原尖，先校正，实在不行再跟您商量。修好以后还会帮您调一下出水，老笔常见的刮纸、断水的毛病也一起处理。
c: 修一下多少钱？
a: 清洗加校正一百二，换尖的话另算，配件价格先报给您，您同意了再换。修好后取笔时付款。
c: 好的，那我明天送过来。
a: 好的，{C}

# J095 | FP | in | speech_rate | drawl | drawl; gift pen with free engraving
a: {G}
c: 你好，我想给我老师买支钢笔当毕业礼物，预算五百左右，有什么推荐吗？
a: 五百左右的话，可以看看我们的金尖系列，书写顺滑，笔杆也耐看，很适合送老师。
c: 能刻字吗？
a: 可以刻字的，刻字免费，一般当天就能刻好，最多刻十二个字。
c: 那我下午过去看看。
a: 好的，我们营业到晚上八点，您来了找我就行，我叫{name}。
c: 好的。
a: {C}

# J096 | FP | in | complaint, shirking | - | leaking after the shop's own repairs pushed to the maker; 找你们老板 / 消协
a: {G}
c: 你好，我的钢笔在你们这修了三次了，每次修完用两天又漏墨，手上全是墨水，我要找你们老板！
a: 不好意思，给您添麻烦了。笔是厂家生产的，漏墨是质量问题，您得找厂家去。
c: 可是我是在你们这修的，修了三次都没修好，你让我找厂家？
a: 我们只是帮忙修，修不好的话我们也没办法，您还是找厂家售后吧。
c: 你们就是推卸责任，我要去消协投诉。
a: 您要投诉的话，消协电话是一二三一五。感谢您的来电，祝您生活愉快。

# J097 | BR | in | - | hn=insult/tariff/silence | 盲人学校 / 盲文; per-page price with moment; announced hold 12 s
a: {G}
c: 你好，我们是市盲人学校的，下学期有一批课本要转成盲文，大概三千页，你们能做吗？
a: 可以的。我们有专门的盲文转写和点字印刷设备，转写完会请视障校对员摸读校对一遍。
c: 有些数学课本有公式和图，盲文能处理吗？
a: 数学公式我们用国家通用盲文的数学符号转写，图形会做成触摸图，就是把线条做成凸起的，学生用手能摸出来。
c: 那费用怎么算？三千页要多久？
a: 文字页每页八块，触摸图每幅三十，交稿验收时按实际页数结清，学校可以走对公转账。工期请您稍候，我查一下下个月的排期。
.hold 12
a: 下个月的排期还有空，三千页大概四周能做完。我们先做一册样书给您，学生摸读没问题了再批量做。
c: 好，那我先把电子版发给你们。
a: 好的，{C}

# J098 | BR | in | talk_over | hn=insult/tariff | agent cuts in twice on a blind customer; 眼睛看不见 said of himself
a: {G}
c: 你好，我眼睛看不见，想把我爱人以前给我写的一些信转成盲文，大概二十几封，我想自己摸着读……
a>: 可以的，您把信寄过来或者拍照发我们都行。
c: 拍照我不太会弄，我找我侄女帮忙，信里有些字写得比较潦草，你们能认出来吗……
a>: 能的，认不出来的我们会标出来，打电话跟您确认。
c: 好的，那费用大概多少？
a: 手写信件转写每页十块，收到信件后先报总价，您确认了再做，做完寄给您的时候再付款。
c: 好，谢谢你们。
a: 不客气，{C}

# J099 | BR | in | forbidden, apology, complaint | - | 你这话什么意思？; errors reported, no apology; 残联投诉
a: {G}
c: 你好，我们上个月在你们这转写的一套盲文教材，学生摸读的时候发现好几页有错字，有一页整段都错位了。
a: 你这话什么意思？我们都是校对过的。
c: 我的意思就是有错，学生都摸出来了，我们老师也核对了，你们要返工。你们要是不认，我就去残联投诉你们。
a: 你把错的页码报过来，我们看看再说。
c: 第十二页、第三十五页、第四十页，还有第五十八页整段错位。
a: 记下了，我们核对完再联系你。
c: 什么时候？学生下周就要用了。
a: 这周五之前。{C}

# J100 | BR | out | silence | hn=insult | 我找一下那份文件 then 12 s; 瞎 / 盲人摸象 in the letter being checked
a: {O}您上周寄来的盲文转写稿件我们收到了，有几处想跟您确认一下。
c: 好的，你说。
a: 我找一下那份文件。
.gap 12
c: 喂？
a: 找到了。第三页第二行，这个字是“瞎”还是“暇”？手写的看不太清楚。
c: 是“目不暇接”的“暇”，日字旁。
a: 好的，还有第七页“盲人摸象”那个成语后面，是句号还是逗号？
c: 句号。
a: 好的，确认完了，我们下周二寄给您。{C}

# J101 | FR | in | insult | - | “准时”这两个字在您那儿怕是有别的解释吧; refusal with 不好意思
a: {G}
c: 你好，我上周六报了你们的飞盘局，九点开始，我九点四十到的，教练不让我上场了，说我迟到太久，钱能退吗？
a: 规则里写了迟到三十分钟以上不能入场，费用不退。
c: 我路上堵车了，又不是故意的。
a: 九点的局九点四十到，“准时”这两个字在您那儿怕是有别的解释吧。
c: 那这次的钱就白交了？
a: 不好意思，规则是这样。下次您报名的时候我们可以给您打个八折。
c: 行吧。
a: 好的，{C}

# J102 | FR | in | - | hn=insult | 废柴 said by the customer; 被人笑话
a: {G}
c: 你好，我想参加你们的飞盘新手局，不过我是个废柴，跑两步就喘，会不会拖累别人？
a: 不会的，新手局就是给零基础的朋友准备的，教练会从怎么握盘、怎么正手反手开始教，跑不动可以随时下场休息，大家轮换上。
c: 我连盘都接不住，会不会被人笑话？
a: 大家都是从接不住开始的，接盘有个“三明治”手型，教练一教就会。我们的规矩是不嘲笑新手，鼓励为主。
c: 那我要准备什么？
a: 穿运动鞋，最好是碎钉鞋，带水和毛巾，盘我们提供。
c: 好，那我报这周日的。
a: 好的，周日下午三点，{C}

# J103 | FR | in | short_call | short | full game, 不好意思
a: {hi}，{s}，请问有什么可以帮您？
c: 这周六的飞盘局还有位置吗？
a: 不好意思，周六满了，周日下午还有。
c: 那算了，谢谢。
a: 好的，祝您周末愉快。

# J104 | FR | out | filler | hn=tariff/forbidden | filler run; monthly card price with moment; 考虑好了随时找我 (polite)
a: {O}那个，就是，您上次来，呃，体验了我们的飞盘课，这个，想问问您感觉怎么样？
c: 挺好的，就是跑得有点累。
a: 啊，是的，那个，飞盘运动量，呃，确实比较大，就是，然后呢，我们现在有个月卡，这个，一个月不限次数。
c: 月卡多少钱？
a: 嗯嗯，那个，月卡是三百九，就是，办卡当天付，然后呢，从第一次上课开始算三十天。
c: 我考虑考虑吧。
a: 啊，好的，那个，您考虑好了随时找我，祝您生活愉快。

# J105 | DT | in | insult, apology | - | 穿成那样还来酒吧，保安看一眼都不敢放进门
a: {G}
c: 你好，我想订这周五晚上的飞镖包厢，四个人。对了，你们那有着装要求吗？我平时就穿拖鞋大裤衩。
a: 我们是酒吧，周五晚上有比赛，要求穿正常的鞋。
c: 那我就穿运动鞋过去。我平时穿得比较随便，T恤上有点油点也没事吧？
a: 穿成那样还来酒吧，保安看一眼都不敢放进门。
c: 你怎么说话的？我就随便问一句。
a: 包厢周五晚上八点到十二点，四个人低消六百，到店消费满了不另收。
c: 行，订吧。
a: 请您报一个手机号。
c: 一三八零二二六七四五九。
a: 好的，{C}

# J106 | DT | in | - | hn=insult | 牛眼 / 脱靶 / 扎 / 喝趴下
a: {G}
c: 你好，我第一次玩飞镖，想问问规则，什么叫“牛眼”？
a: 牛眼就是镖盘正中间那个红心，外圈是绿色的叫外牛眼，二十五分，中间红的叫内牛眼，五十分。我们店名“红心”就是从这来的。
c: 扎不中盘子怎么算？
a: 脱靶就是零分，不用紧张，刚开始谁都脱靶。我们的软式飞镖是塑料头的，扎不伤人，很安全。
c: 我朋友说玩飞镖都是喝趴下了才开始玩，是真的吗？
a: 那是玩笑话，喝多了反而扎不准。我们店里有无酒精的饮品，不喝酒也能玩得很开心。
c: 好的，那我们周六晚上过去。
a: 好的，周六晚上欢迎您，{C}

# J107 | DT | in | hangup, closing | hn=tariff | own-drinks question left unanswered; fees stated with moment earlier
a: {G}
c: 你好，我们公司想包场搞个团建，二十个人左右，周五晚上可以吗？
a: 周五晚上可以，包场是晚上七点到十一点，场地费三千，含八台镖机和基础小吃，订场时付一千定金，当天结清尾款。
c: 酒水呢？
a: 酒水另算，按菜单价格，当天一起结。
c: 那包场的话，我们能不能自己带酒进来？
a: 好，我先给您记上，先这样。
c: 哎，能不能自己带酒啊？

# J108 | DT | in | colleague, name_ask | - | 你叫啥？; barman 手脚慢得要死，教了八百遍都学不会
a: {G}
c: 你好，我上周六在你们店，有个调酒的小伙子调的酒特别难喝，等了四十分钟才上，我想反映一下。
a: 不好意思，给您添麻烦了。你叫啥？我登记一下。
c: 我姓岳。
a: 岳先生，您说的应该是周末那个调酒的，手脚慢得要死，教了八百遍都学不会，我们都拿他没办法。
c: 那你们也得管管啊。
a: 是，我会跟店长说。下次您来报我名字，送您一杯特调。
c: 行吧。
a: 好的，{C}

# J109 | KA | in | insult, apology | asr | 玻璃心 heard as 玻璃新, aimed at the customer's family; no apology
a: {G}
c: 你好，我家孩子上周上完表演课回来哭了，说老师当着全班的面说他台词念得不好，我想问问是怎么回事。
a: 表演课老师点评是正常的，说他念得不好也是为了让他改进。
c: 可是孩子才七岁，当着全班的面说，他心里很难受，现在都不想去了。
a: 这点话都受不住，您家孩子玻璃新成这样，得拿泡沫纸包着送来上课。
c: 你这是什么话？我是来跟你们沟通的！
a: 下节课我让老师注意一下方式。
c: 好吧。
a: {C}

# J110 | KA | in | overpromise, speech_rate | fast hn=tariff | 保证明年考上艺校附中; fast
a: {G}
c: 你好，我想给女儿报个表演班，她九岁，想以后考艺校附中，你们有专门的课吗？
a: 有的，我们有艺考冲刺班，台词、形体、声乐、即兴表演全都有，老师都是艺校毕业的，每年都有好多学生考上，您女儿来我们这儿学一年，保证明年考上艺校附中，考不上都不可能。
c: 学费怎么算？
a: 冲刺班一年两万六，分两个学期交，每学期开课前交一万三，教材和演出服都包含在里面，中途不上了剩下的课时按比例退。
c: 好的，我带她来试听一下。
a: 好的，这周六上午十点有试听课，您带孩子直接来三楼就行，感谢您的来电，祝您和孩子一切顺利。

# J111 | KA | in | - | hn=insult | 老巫婆 / 演坏人 / 丑 of a child's stage role; apology given
a: {G}
c: 你好，我家孩子在你们这学表演，这次汇报演出老师让她演一个老巫婆，她回家哭了，说别人都演公主，就她演坏人，还说自己长得丑。
a: 真不好意思，让孩子难过了。老巫婆其实是这出戏里最重要的角色，戏份最多，老师是觉得她台词好、表现力强，才把这个角色给她的。
c: 可她觉得演坏人就是丑，同学会笑话她。
a: 孩子一点都不丑，演坏人演得好才是真本事。我让班主任这周找她聊一聊，也可以让她看看以前演反派的学长学姐的视频，很多孩子看完就特别想演了。
c: 好，那你们跟她好好说说。
a: 好的，班主任明天放学前给您打电话，{C}

# J112 | KA | in | complaint | hn=insult | teacher's 笨得像头猪 quoted in a complaint and read back
a: {G}
c: 你好，我要投诉你们那个形体课的老师，昨天上课当着孩子的面说我儿子“笨得像头猪，教了五遍还不会”，孩子回家一晚上没说话。
a: 真是非常抱歉，让孩子受委屈了。我跟您确认一下，老师原话是说“笨得像头猪，教了五遍还不会”，对吗？
c: 对，我儿子一字一句学给我听的。
a: 好的，我已经登记了。今天下午校长会找这位老师核实，核实后会给您答复，并且当面向孩子道歉。下节课先换一位老师带。
c: 好，我等你们答复。
a: 今天晚上七点前给您电话，再次向您道歉，{C}

# J113 | FC | in | insult | asr | 丢人现眼 heard as 丢人现演; 不好意思 early
a: {G}
c: 你好，周六主场的票我在你们官方小程序上抢了三次都没抢到，页面一直转圈，你们系统是不是有问题？
a: 不好意思，周六是德比，票十分钟就没了，系统没问题。
c: 十分钟就没了？肯定是被黄牛抢了，你们系统就是垃圾！
a: 抢不到票就骂系统，少在这儿丢人现演了。
c: 那还有没有退票的？
a: 退票会在周五晚上八点重新放出来，您到时候再试。
c: 好。
a: {C}

# J114 | FC | in | - | hn=insult/complaint/talk_over | 踢得真臭 / 黑哨 / 骂 said by the customer; a settled past complaint; customer cuts in
a: {G}
c: 你好，我是你们的季票会员。先说一下，上次投诉的那个退票的事，已经处理好了，谢谢你们。今天是想问问下个赛季季票续费的事。
a: 不客气，谢谢您的支持。下赛季季票续费通道三月一号开放，老会员可以保留原座位，价格跟今年一样，一千八百八，续费的时候一次付清。
c: 好的。对了，上一场踢得真臭，裁判也是黑哨，球迷都在骂，你们俱乐部就不管管吗？
a: 理解您的心情，那场比赛俱乐部已经向足协提交了关于判罚的书面申诉，球队这周也在加练，希望下一场能给大家一个交代，也希望您继续来现场支持。
c>: 那就好。续费要在小程序上弄吗？
a: 是的，三月一号上午十点以后，在小程序“会员中心”点续费就可以，支付完成座位就锁定了。
c: 好的，知道了。
a: {C}

# J115 | FC | in | tariff | - | instalment fee: 很少的 / 到时候自动算 / 跟买杯奶茶差不多
a: {G}
c: 你好，我想买季票，看到可以分十二期，分期有没有手续费？多少？
a: 分期的手续费很少的，几乎可以忽略。
c: 很少是多少？按月收还是一次性收？
a: 这个到时候支付平台会自动算，您分期的时候页面上会显示。
c: 我现在就想知道大概多少钱。
a: 放心，跟您买杯奶茶差不多。
c: ……好吧，我自己去看看。
a: 好的，{C}

# J116 | FC | out | talk_over, shirking | - | stand safety pushed to the security contractor; agent cuts in twice
a: {O}您之前留言说在看台上被后排球迷扔的饮料瓶砸到了，想跟您了解一下情况。
c: 对，我后脑勺被砸了一下，起了个包，当时找了保安，保安就说让我换个位置，我觉得你们主场的安保实在是……
a>: 女士，扔瓶子的是其他球迷，您这个属于个人纠纷，得找派出所处理。
c: 可是你们主场就没有责任吗？那么大一个瓶子是怎么带进去的……
a>: 安检是外包公司做的，跟我们俱乐部没关系，您找他们吧。
c: 那你们打电话给我是干什么的？
a: 就是了解一下情况。不好意思，让您受伤了。{C}

# J117 | HT | in | insult | asr | 没见过世面 heard as 没见过市面
a: {G}
c: 你好，我想做一顶礼帽，就是那种英国绅士戴的，你们能做吗？要量头围吗？
a: 能做，我们做的是手工定制的毡礼帽，要量头围和头型。
c: 还要量头型？我还以为帽子都是大中小三个号呢。
a: 帽子只有大中小三个号？真是没见过市面。
c: 那要怎么量？我过去一趟吗？
a: 您到店里来，我们用头型器量，十分钟就好。毡帽做好要三周。
c: 好，我周末过去。
a: 好的，{C}

# J118 | HT | in | tariff | hn=name_ask | father's name to embroider (third party); 请问您怎么称呼; embroidery fee glossed
a: {G}
c: 你好，我想给我爸定做一顶鸭舌帽当生日礼物，帽子里面能绣字吗？
a: 可以的，帽檐内侧或者吸汗带上都能绣。您想绣什么字？
c: 就绣我爸的名字，祝他七十大寿。
a: 好的，您父亲叫什么名字？我记在订单上。
c: 他叫庞守义，守护的守，义气的义。
a: 庞守义，好的。请问您怎么称呼？
c: 我姓庞。
a: 庞先生，帽子做好了给您打电话。
c: 绣字要另外加钱吗？加多少？
a: 绣字另外加一点点，不多，做好了再说。
c: 好吧。
a: {C}

# J119 | HT | in | greeting | - | bare 嗯？ answered by the customer's 喂 before the full greeting
a: 嗯？
c: 喂？是冠顶帽业吗？
a: {hi}，{co}，我是{name}，请问有什么可以帮您？
c: 我上个月订的那顶渔夫帽，说好三周，现在快四周了还没做好。
a: 不好意思，让您久等了。您的订单号是多少？
c: 零八一五。
a: 面料上周才到，现在在缝帽檐，这周五一定做好，做好马上给您发顺丰。
c: 好吧，那周五记得发。
a: 好的，再次跟您说声抱歉，{C}

# J120 | HT | in | silence, filler | - | 我翻翻订单 then 11 s; filler run
a: {G}
c: 你好，我在你们店定做的那顶贝雷帽，想问问做到哪一步了。
a: 啊，好的，那个，呃，我翻翻订单。
.gap 11
c: 喂？
a: 嗯嗯，那个，找到了，就是，您的帽子，呃，已经做好了，然后呢，这个，今天下午就能发。
c: 发什么快递？
a: 那个，就是，顺丰，呃，到付还是寄付，这个，您选哪个都行，寄付的话十二块。
c: 寄付吧，钱我转给你。
a: 啊，好的，那个，谢谢您，祝您生活愉快。

# J121 | HY | in | insult | - | comparison with an eighty-year-old neighbour
a: {G}
c: 你好，我买了你们的水培种植机，那个水泵和灯架怎么装我看了半天说明书也没弄明白。
a: 说明书第三页有图，水泵卡在水箱底部的卡槽里，灯架插到后面的两个孔里拧紧。
c: 我看了，那个卡槽我找不到在哪。
a: 我们小区八十岁的老太太都自己装好了，换成大小伙子倒难住了，稀奇。
c: ……我就是找不到卡槽。
a: 水箱底部靠左边，有个圆形的凹槽，水泵的吸盘对准按下去就行。
c: 哦，看到了，装上了。
a: {C}

# J122 | HY | in | - | hn=insult/overpromise | 植物杀手 / 养死 / 烂根; 不敢给您打包票
a: {G}
c: 你好，我这人是植物杀手，养啥死啥，买了你们的种植机，种的生菜长了一周叶子就黄了，根也有点发黑烂了，是不是我又养死了？
a: 不好意思让您操心了，您别灰心。叶子发黄、根发黑一般是水温太高或者营养液没按比例配，根部缺氧就会烂根。
c: 那还有救吗？
a: 有救的。您把发黑的根剪掉，把水箱里的水全部换掉，营养液按说明书A液B液各十毫升兑两升水，别一次放多了。水箱放在阴凉的地方，别让太阳直晒。
c: 那换完多久能好？
a: 一般三五天就能看到新根，新叶会慢慢长出来。不过植物也看品种和环境，不敢给您打包票，要是一周还不行，您拍个照片发给我们，我们技术员帮您看。
c: 好的，谢谢。
a: 不客气，{C}

# J123 | HY | in | shirking, forbidden, apology | - | 我哪知道为什么不转，您直接找配件厂吧; no apology
a: {G}
c: 你好，我买的种植机才用了一个月，水泵就不转了，水一直不循环，菜都蔫了。
a: 水泵是配件厂做的，我哪知道为什么不转，您直接找配件厂吧。
c: 我是在你们这买的机器，还在保修期，怎么让我找配件厂？
a: 水泵不是我们生产的，我们管不了，说明书后面有配件厂的电话。
c: 那我的菜怎么办？都快死了。
a: 您自己先手动换换水吧。
c: 算了，跟你说不清楚。
a: 嗯，祝您生活愉快。

# J124 | HY | out | speech_rate | fast hn=closing | care reminders read out fast; 祝您收获满满
a: {O}您上个月买的种植机用得怎么样？我们这边做个回访，顺便提醒您一下，营养液一般两周换一次，水箱每个月清洗一次，灯每天开十四个小时左右，叶菜类种下去大概三到四周就能采收了。
c: 挺好的，就是有一盆罗勒长得特别高，细细长长的，一碰就倒。
a: 那是徒长了，光照不够或者灯离得太远，您把灯架往下调两格，离叶子十五到二十厘米，再把顶上的嫩芽掐掉，它就会往旁边分枝，长得更壮。
c: 好的，我试试。
a: 好的，有问题随时联系我们，感谢您的支持，祝您收获满满，再见。

# J125 | DS | in | greeting, closing, short_call | short | 你好，说。; 嗯，再见。
a: 你好，说。
c: 零号柴油今天多少钱一升？
a: 八块二。
c: 好，知道了。
a: 嗯，再见。

# J126 | DS | in | - | hn=forbidden/greeting/hangup/tariff/silence | customer's 喂？喂？ on a bad line; complete re-greeting; announced hold 11 s; delivery fee with moment
a: {G}
c: 喂？喂？你好，信号不太好，听得到吗？
a: 听得到的，{hi}，这里是{co}，请问有什么可以帮您？
c: 我是工地上的，挖机要加柴油，大概五百升，你们能送吗？送油费怎么算？
a: 能送的。今天零号柴油八块二一升，送油费是两百升以内每趟五十，两百升以上免送油费，卸完油按加油机的读数跟您结算，油款当场付。
c: 五百升就不收送油费了是吧？今天能到吗？
a: 对，五百升免送油费。您稍等，我看一下今天的车。
.hold 11
a: 下午两点有一趟车空着，城区内一个半小时左右到，出发前司机给您打电话。我们的车都带计量加油机，加油前当着您的面归零，有发票。
c: 地址是北环路和纬四路交叉口往东两百米的工地。
a: 好的，已经记下了，{C}

# J127 | DS | out | hangup, closing | hn=tariff | customer's 喂？能不能提前一天啊？喂？; amount and moment stated
a: {O}您下午订的三百升柴油，司机已经出发了，大概四点到，油款是两千四百六，卸完按读数结。
c: 好的。对了，上次司机来之前没打电话，我们门卫不让进，折腾了半天。
a: 不好意思，这次我让他提前打。
c: 那以后能不能都提前一天打个电话，我好跟门卫说？
a: 行，就这样。
c: 喂？能不能提前一天啊？喂？

# J128 | DS | in | forbidden, talk_over, hangup, closing | - | 你先别插嘴 / 别啰嗦了 cutting in; the customer's 喂？喂？ after the answer
a: {G}
c: 你好，我上午订的柴油，说好十点送到，现在都十一点半了还没来，我这边几台机器都停着等油……
a>: 你先别插嘴，听我说完。今天车少，单子多，排着呢。
c: 我哪插嘴了？是我先说的，那到底几点能到，你给个准话，我这边工人都在等着……
a>: 别啰嗦了，说了排着就是排着，到了会打电话。
c: 你这什么态度，我是问你几点到！
a: 不好意思，今天确实晚了，十二点半前到。
c: 喂？喂？

# J129 | SS | in | insult, greeting | - | 鼎钢，讲。 (no 您好); 我都替您害臊
a: 鼎钢，讲。
c: 你好，我想问一下，上个月你们给我们厂开的那张发票，税率是百分之九还是百分之十三？我们财务说跟合同对不上。
a: 钢结构工程是建筑服务，税率百分之九，合同写的就是九个点。
c: 可是合同里有一部分是钢材销售，那部分是不是应该十三？
a: 合同是混合销售，统一按九开的，这个刚才已经说过了。
c: 我再确认一下，那我们财务那边……
a: 一张发票翻来覆去问了二十分钟，我都替您害臊。
c: ……行，那你们把合同里那条约定发我一下。
a: 下午发您邮箱。{C}

# J130 | SS | in | colleague, silence | hn=overpromise | 我看一下您的报价单 then 12 s; estimator 二把刀; contract schedule stated
a: {G}
c: 你好，我们厂房的报价单我看了，跟上次电话里说的差了将近八万，这是怎么回事？
a: 我看一下您的报价单。
.gap 12
c: 喂？还在吗？
a: 在的。这份是我们报价员做的，他就是个二把刀，钢材的单价都能套错，报出来的东西我们自己都不敢信。
c: 那正确的是多少？
a: 真不好意思。正确的应该是一百二十六万，我让技术部重新核一遍，明天上午给您发正式的报价单，工期还是按合同写的九十天。
c: 好，明天上午等你们的。
a: 好的，{C}

# J131 | SS | in | - | asr hn=overpromise | 钢结构 heard as 刚结构; 60-day schedule with contractual penalty; 不敢跟您说一天都不耽误
a: {G}
c: 你好，我们要建一个三千平的刚结构仓库，你们能保证两个月完工吗？老板催得紧。
a: 三千平的单层钢结构，正常工期在六十天左右。我们可以在合同里写明六十天工期，超期一天按合同总价的千分之一赔付。
c: 下雨天会不会耽误？
a: 雨天不能高空焊接和吊装，会顺延，这个在合同里会约定，遇到连续雨天我们会提前跟您沟通调整计划，不敢跟您说一天都不耽误。
c: 行，那你们先出个方案和报价。
a: 好的，我们先安排人去现场勘测，周三上午可以吗？
c: 可以。
a: 好的，{C}

# J132 | SS | out | forbidden | - | 喂！听清楚没有？ mid-call
a: {O}您厂房的钢构件明天上午到场，吊车也安排好了，需要您那边把场地清出来。
c: 好的，场地清哪一块？
a: 东边那块空地，至少要清出三十米乘二十米。
c: 三十乘……等一下，我拿笔记一下。
a: 喂！听清楚没有？三十米乘二十米，明天早上七点之前。
c: 听清楚了，三十乘二十。那吊车从哪个门进？
a: 北门，北门那根限高四米五的杆子得先拆掉。
c: 好，我让保安拆。
a: 好的，谢谢您，祝您工作顺利，再见。

# J133 | BN | in | insult | - | 这手艺去开个黑暗料理店倒是挺有特色 (customer suspected his own mistake)
a: {G}
c: 你好，我昨天买的干燕盏，按你们说的泡了六个小时，结果炖出来是一锅糊糊，燕窝丝都没了，我是不是哪里弄错了？
a: 您炖了多久？
c: 我怕炖不烂，大火炖了一个多小时。
a: 燕窝是隔水炖二十分钟，您直接大火煮一个多小时，那当然化成糊了。燕窝都能炖成浆糊，这手艺去开个黑暗料理店倒是挺有特色。
c: ……那我剩下的怎么炖？
a: 泡发以后挑毛，隔水小火炖二十分钟到半个小时就行，冰糖最后放。
c: 好，知道了。
a: {C}

# J134 | BN | in | overpromise | hn=insult/tariff | 保证皮肤白一个度; 燕子的口水 said by the customer
a: {G}
c: 你好，我想买点燕窝给我老婆吃，她总说自己脸色黄，听说燕窝养颜，真的有用吗？
a: 有用的，燕窝里的唾液酸对皮肤特别好。我们的印尼金丝燕盏，每天一盏，连着吃三个月，保证皮肤白一个度，脸上的斑都能淡掉。
c: 燕窝不就是燕子的口水嘛，真有这么神？
a: 是金丝燕的唾液筑的巢，跟普通燕子不一样，营养价值高。
c: 那多少钱？
a: 一百克的礼盒一千六百八，下单付款，顺丰包邮。
c: 我先买一盒试试。
a: 好的，{C}

# J135 | BN | in | - | hn=tariff | grades explained; price with moment and return window
a: {G}
c: 你好，我看你们店有毛燕、碎燕，还有什么燕角，这些有啥区别？毛燕是不是就是没挑干净的次品？
a: 毛燕是没有挑毛的燕盏，价格便宜一些，您买回去要自己挑毛，比较费时间。碎燕是挑毛过程中碎掉的燕窝，营养一样，只是形状不完整，适合自己吃。燕角是燕盏两端粘在墙上的部分，比较硬，要多泡一会儿。
c: 血燕呢？听说血燕都是假的？
a: 天然的血燕非常少，市面上很多红色的是燕屋里的矿物质染色的，还有人为熏染的。我们店里目前不卖血燕，只卖白燕。
c: 碎燕怎么卖？
a: 碎燕一百克三百九，顺丰包邮，下单时付款，收到货不满意七天内可以退。
c: 那我要两百克碎燕。
a: 好的，{C}

# J136 | BN | in | name_ask, talk_over | - | 名字？ / 下单人叫什么？ cutting in
a: {G}
c: 你好，我想订三盒燕窝礼盒，中秋节送客户的，要分别寄到三个地址，能不能帮我在里面放张贺卡……
a>: 可以，名字？
c: 啊？谁的名字？是收货人的还是写在贺卡上的……
a>: 你的，下单人叫什么？
c: 我叫席永康。三个地址我发你微信行吗？
a: 行，微信发过来，贺卡内容也一起发，一盒一千六百八，三盒五千零四十，付款后当天发。
c: 好。
a: 好的，{C}

# J137 | PC | in | - | hn=insult/tariff | 丑牛 / 钟馗捉鬼 / 刻废了; fee with moment
a: {G}
c: 你好，我想给孩子报个剪纸班，她属牛的，想学剪生肖，你们教不教？
a: 教的，十二生肖是我们入门班的主要内容，丑牛、寅虎、卯兔都有，孩子剪自己的属相会特别有兴趣。
c: 我听说还有剪钟馗捉鬼的，会不会吓着孩子？
a: 钟馗捉鬼是传统题材，一般是进阶班才学，入门班不教，您放心。入门班用的是圆头剪刀，刻刀要十岁以上才用。
c: 孩子八岁，剪坏了纸怎么办？
a: 剪坏了很正常，纸我们管够，刻废了重新来就行。
c: 费用呢？
a: 入门班十二节课一千零八十，含材料费，报名时一次交清，上满两节不满意可以退剩下的课时费。
c: 好的，那我们周六去试一下。
a: 好的，{C}

# J138 | PC | in | name_ask, tariff | - | 你叫啥名？; 价钱好说 / 做完了再算 / 不会贵的
a: {G}
c: 你好，我想给我们公司年会订一批剪纸作品当礼品，大概五十幅，能做吗？
a: 能做，你叫啥名？先报一下。
c: 我姓祝，祝福的祝。
a: 好，祝先生，要什么图案？
c: 公司的标志加个“福”字，要装框。多少钱一幅？
a: 这个看图案复杂程度，价钱好说，量大给您优惠，做完了再算。
c: 大概范围也没有吗？我要报预算的。
a: 放心吧，不会贵的，您先把标志发过来。
c: 好吧。
a: 好的，{C}

# J139 | PC | in | filler | - | filler run; torn corner remade, apology given
a: {G}
c: 你好，我在你们网店买了一幅剪纸挂画，收到以后发现有一个角撕破了。
a: 啊，不好意思啊，那个，就是，给您添麻烦了，呃，您能拍个照片吗？
c: 可以，我发你们网店客服了。
a: 嗯嗯，那个，看到了，就是，这个角是，呃，运输的时候压的，然后呢，我们给您重新做一幅，这个，寄过去。
c: 要多久？
a: 那个，就是，手工做的，呃，大概五天，然后呢，做好了给您发顺丰。
c: 那旧的要寄回去吗？
a: 啊，不用寄回，那个，您留着就行，感谢您的理解，祝您生活愉快。

# J140 | PC | in | short_call | short | wrong number answered with 没关系 and a blessing
a: {hi}，{s}，请问有什么可以帮您？
c: 你好，是快递站吗？我取个件。
a: 不好意思，您打错了，我们这是剪纸工作室。
c: 啊，不好意思，打错了。
a: 没关系，祝您生活愉快。

# J141 | WS | in | complaint, shirking | hn=insult | pigskin gloves (猪皮) that tear; pushed to the maker; 市场监管局
a: {G}
c: 你好，我们厂上个月在你们这批了两千双猪皮劳保手套，工人一戴就破，线头一拉就开，根本没法用。
a: 不好意思，给您添麻烦了。手套是哪个批次的？
c: 十月份进的那批，包装上写着二零二六一零。
a: 这批手套是厂家直发的，质量问题您跟您单位的采购说，让采购去找厂家，我们只管发货。
c: 是我们采购在你们这进的货，你们是卖家，怎么让我们找厂家？
a: 我们这边处理不了，您找厂家。
c: 你们再这样推，我就去市场监管局投诉你们。
a: 投诉是您的权利。感谢您的来电，祝您工作顺利。

# J142 | WS | in | tariff, greeting | - | 嗯，安护劳保，你说。; tax points: 这个不一定，看开票的时候
a: 嗯，安护劳保，你说。
c: 你好，我们公司要采购一批防砸安全鞋，大概三百双，能开增值税专票吗？开专票要加多少？
a: 能开，专票要加点税点。
c: 加多少个点？
a: 这个不一定，看开票的时候。
c: 那鞋子本身多少钱一双？
a: 三百双的话一百一十八一双，要是开专票再另算，到时候一起跟您说。
c: 那好吧，你先发个报价单给我。
a: 好的，{C}

# J143 | WS | in | - | hn=tariff | prices, discount, deposit and balance with moment
a: {G}
c: 你好，我们工地上老有人被砸脚，我想买一批防砸鞋，还有那个什么防刺穿的，钉子扎不进去的那种。
a: 好的，我们有防砸防刺穿的安全鞋，钢包头能抗两百焦耳的冲击，鞋底有钢板，钉子扎不穿。工地的话推荐这款，另外还有绝缘款，给电工用的。
c: 冬天穿会不会冻脚？
a: 有加绒款的，冬天穿不冻脚，每双贵二十块。
c: 价格呢？
a: 普通款一百一十八，加绒款一百三十八，一百双以上打九五折，下单时付三成定金，货到验收后付尾款，运费我们出。
c: 好，我统计一下尺码再下单。
a: 好的，尺码表我发您微信。{C}

# J144 | WS | out | speech_rate | drawl | drawl; shipping notice
a: {O}您上周订的五百副防割手套，今天下午发货，物流单号晚点发到您手机上。
c: 好的，大概几天能到？
a: 发的是德邦物流，到您那边一般两到三天，到了以后司机会先给您打电话。
c: 好，那发票呢？
a: 发票跟货一起寄，放在第一箱里，箱子外面贴了红色标签。
c: 好的，知道了。
a: 好的，感谢您的支持，祝您工作顺利。

# J145 | IC | out | greeting, talk_over | - | outbound sales call naming no company until asked; agent cuts in twice
a: 您好，请问是老街那家烧烤店的老板吗？
c: 是我，你哪位？
a: 我们是做冰块配送的，现在天热了，您店里用冰量大吧？我们给饭店送冰送了好几年了。
c: 你们是哪家公司的？我现在用的是别家的冰，用得还行，暂时不想换……
a>: 冰川源的，我们的冰用的是纯净水，透明不起白芯，比您现在那家便宜两毛一斤。
c: 我现在那家送得挺准时的，我一般一天要一百多斤，早上七点前就得送到……
a>: 我们早上六点就能送到，您要是试用的话，第一周按八毛一斤算，每天送货时签单，月底一起结。
c: 那行，你先送一周试试，明天开始，一百五十斤。
a: 好的，明天早上六点前送到，谢谢您，祝您生意兴隆。

# J146 | FS | in | forbidden, closing, short_call | short | 你到底想问什么？想好了再打过来。 and no farewell
a: {hi}，{s}，请问有什么可以帮您？
c: 那个……我就是想问问，我最近老是不顺，是不是……
a: 你到底想问什么？想好了再打过来。
c: 哦……

# J147 | BT | in | filler, closing | hn=tariff | filler run; 谢谢，再见 (thanks, no wish); fee with moment
a: {G}
c: 你好，我想问一下，你们那个咖啡拉花班，零基础能学吗？
a: 呃，可以的，那个，就是，零基础，然后呢，老师会从，这个，打奶泡开始教。
c: 学多久能拉出爱心？
a: 啊，这个，一般，呃，三四节课吧，那个，就是看个人，然后呢，多练就行。
c: 一节课多长时间？
a: 嗯嗯，那个，两个小时，就是，每节课，呃，用掉的牛奶和豆子都包含在学费里。
c: 学费多少？
a: 那个，八节课一千六，就是，报名时交。
c: 好，我周末过去报名。
a: 嗯，好，谢谢，再见。

# J148 | DB | in | tariff, speech_rate | fast | team-building price glossed (比别家实惠 / 到时候再补一点，不多的), read out fast
a: {G}
c: 你好，我们公司想搞一次龙舟团建，四十个人左右，你们有什么套餐？费用是怎么算的？
a: 我们有半天和一天两种团建套餐，半天的是安全培训、划桨教学、两条船对抗赛加颁奖，一天的再加午餐和下午的趣味水上项目，船、桨、救生衣、教练、摄影全都包含在里面，很多公司都是选一天的。
c: 那一天的多少钱一个人？有没有别的收费？
a: 价格您放心，肯定比别家实惠，具体的到时候根据人数和项目给您算，有些项目是可以加可以不加的，加了的话到时候再补一点，不多的。
c: 能先给个大概数吗？我要报预算。
a: 我先把套餐介绍发您邮箱，您看好了项目我们再细算，您留一个邮箱就行，我们一般当天就能回复您。
c: 好吧，邮箱我发短信给你。
a: 好的，收到后马上发您，感谢您的来电，祝您工作顺利，再见。

# J149 | EP | in | shirking, colleague, apology | hn=insult | patchy floor (花脸 said by the customer); own crew chief 愣头青; customer sent to him; no apology
a: {G}
c: 你好，你们上周给我们车间做的地坪，有一大片颜色不一样，深一块浅一块的，跟花脸似的，看着特别难受。
a: 那天去您那的是我们的施工队长，他就是个愣头青，调漆从来不称重，凭感觉倒，颜色能一样才怪。
c: 那你们得给我返工啊！
a: 返工的事您直接找他吧，我把他电话给您，我们客服这边不管现场。
c: 我是跟你们公司签的合同，凭什么让我自己去找施工队？
a: 我们这边只管接单，现场的事都是施工队负责。
c: 行，我自己看着办。
a: 嗯，祝您工作顺利。

# J150 | TT | in | complaint, silence, shirking | hn=insult | dead turtles (死了两只 / 臭了) pushed to the courier; 我看一下物流记录 then 16 s; 12315
a: {G}
c: 你好，我昨天在你们网店买的四只甲鱼，今天收到打开一看，死了两只，都臭了！
a: 不好意思。您订单号多少？
c: 尾号是三三八一。
a: 我看一下物流记录。
.gap 16
c: 喂？人呢？
a: 在。物流显示路上多走了一天，这是快递公司的问题，您去找快递公司理赔吧。
c: 是你们发的货，我跟你们买的，凭什么让我去找快递？你们不处理我就去12315投诉！
a: 快递延误我们也没办法，您找快递吧。
c: 行，那我就投诉。
a: 好，祝您生活愉快。
"""

# ----------------------------------------------------------------------------------------------------------------------


def nchars(text: str) -> int:
    return sum(1 for ch in text if ch not in PUNCT and not ch.isspace())


CN_DIG = {"零": 0, "〇": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
          "九": 9}


def cn2num(s: str) -> int | None:
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


UNITS = ("个工作日|个月|个点|公斤|公里|厘米|毫米|毫升|分钟|分贝|焦耳|小时|块钱|元|块|天|月|号|年|岁|斤|米|平|升|张|份|层|楼|"
         "周|台|件|次|位|折|片|只|头|双|箱|副|盒|页|幅|节|吨|克|点|倍|人|组|项|封|毛")
NUM_RE = re.compile(r"([零〇一二两三四五六七八九十百千万]+)(?=(" + UNITS + "))")
DEC_RE = re.compile(r"([一二两三四五六七八九十]+)点([零一二三四五六七八九]+)(?=[平米元块万公斤升])")
DIGRUN_RE = re.compile(r"[零〇一幺二三四五六七八九]{3,}")


def numerals(text: str) -> str:
    text = DIGRUN_RE.sub(lambda m: "".join(str(CN_DIG[c]) for c in m.group(0)), text)
    text = DEC_RE.sub(lambda m: (str(cn2num(m.group(1))) + "." + "".join(str(CN_DIG[c]) for c in m.group(2)))
                      if cn2num(m.group(1)) is not None else m.group(0), text)

    def rep(m: re.Match) -> str:
        s, unit = m.group(1), m.group(2)
        if s in ("一", "两") and unit in ("点", "次", "位", "份", "件", "块", "头", "片", "只", "天", "周", "个点"):
            return s  # 一点 / 一次 / 一块 / 两天 stay words
        v = cn2num(s)
        return s if v is None else str(v)
    return NUM_RE.sub(rep, text)


PARTICLE_RE = re.compile(r"(?<=[\u4e00-\u9fff])[啊呀吧呢嘛哦啦哈](?=[，。？！、…]|$)")
CONVERTERS = {k: opencc.OpenCC(k) for k in ("s2t", "s2tw", "s2hk")}


def apply_noise(text: str, noise: dict) -> str:
    if noise.get("particles"):
        text = PARTICLE_RE.sub("", text)
    if noise.get("digits"):
        text = numerals(text)
    if noise.get("conv"):
        text = CONVERTERS[noise["conv"]].convert(text)
    if noise.get("nopunct"):
        text = "".join(ch for ch in text if ch not in PUNCT)
    return text


# ----------------------------------------------------------------------------------------------------------------------


def parse(data: str):
    inds, calls, cur = {}, [], None
    for raw in data.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("%"):
            code, ind, co, short = [x.strip() for x in line[1:].split("|")]
            assert code not in inds, code
            inds[code] = {"industry": ind, "company": co, "short": short}
        elif line.startswith("#"):
            key, code, dirn, labels, flags, note = [x.strip() for x in line[1:].split("|", 5)]
            fl: dict = {"hn": []}
            for tok in ([] if flags == "-" else flags.split()):
                if tok.startswith("hn="):
                    fl["hn"] = tok[3:].split("/")
                else:
                    assert tok in ("fast", "drawl", "short", "asr"), (key, tok)
                    fl[tok] = True
            cur = {"key": key, "code": code, "direction": {"in": "inbound", "out": "outbound"}[dirn],
                   "labels": [] if labels == "-" else [x.strip() for x in labels.split(",")],
                   "flags": fl, "note": note, "turns": []}
            calls.append(cur)
        elif line.startswith("."):
            kind, n = line[1:].split()
            assert kind in ("hold", "gap"), line
            cur["turns"].append((kind, float(n)))
        else:
            m = re.match(r"^(a>|c>|a|c):\s*(.+)$", line)
            assert m, line
            cur["turns"].append((m.group(1), m.group(2)))
    return inds, calls


def render(text: str, ctx: dict) -> str:
    for ph in ("{G}", "{O}", "{C}"):
        text = text.replace(ph, ctx[ph])
    for ph in ("{hi}", "{co}", "{s}", "{name}", "{no}", "{w}"):
        text = text.replace(ph, ctx[ph])
    assert "{" not in text and "}" not in text, text
    return text


def make_times(call: dict, clean: list[str], noisy: list[str], rng: random.Random) -> list[dict]:
    fl = call["flags"]
    short = fl.get("short", False)
    segs: list[dict] = []
    pending = None
    max_end = 0.0
    i = 0
    for kind, val in call["turns"]:
        if kind in ("hold", "gap"):
            pending = (kind, val)
            continue
        ctext, ntext = clean[i], noisy[i]
        i += 1
        spk = "agent" if kind[0] == "a" else "customer"
        nc, nn = nchars(ctext), nchars(ntext)
        if spk == "agent" and nc >= 6:
            ratio = nn / nc
            if fl.get("fast"):
                lo, hi = max(8.4, 7.9 / ratio), 9.6
            elif fl.get("drawl"):
                lo, hi = 1.45, min(1.8, 1.9 / ratio)
            else:
                lo, hi = max(4.6 if short else 3.7, 3.4 / ratio), min(5.4, 5.9 / ratio)
            assert lo < hi, (call["key"], ctext, ntext)
            r = rng.uniform(lo, hi)
        elif spk == "agent":
            r = rng.uniform(3.5, 5.0)
        else:
            r = rng.uniform(4.4, 5.4) if short else rng.uniform(3.4, 5.4)
        dur = max(0.5, nc / r)
        if kind in ("a>", "c>"):
            prev = segs[-1]
            assert prev["speaker"] != spk, (call["key"], kind)
            cut = rng.uniform(1.5, 2.2) if kind == "a>" else rng.uniform(0.8, 1.6)
            start = prev["end"] - cut
            assert start > prev["start"] + 0.5, (call["key"], ctext)
            assert pending is None
        elif not segs:
            start = rng.uniform(0.3, 0.6) if short else rng.uniform(0.4, 1.2)
        elif pending:
            start = max_end + pending[1] + rng.uniform(0.1, 0.9)
        else:
            start = max_end + (rng.uniform(0.25, 0.6) if short else rng.uniform(0.3, 1.5))
        if pending and pending[0] == "hold":
            assert segs[-1]["speaker"] == "agent" and any(w in clean[i - 2] for w in HOLD_WORDS), call["key"]
        if pending and pending[0] == "gap":
            assert not any(w in clean[i - 2] for w in HOLD_WORDS), call["key"]
        pending = None
        start = round(start, 2)
        end = round(start + dur, 2)
        segs.append({"speaker": spk, "start": start, "end": end})
        max_end = max(max_end, end)
    return segs


def timing_labels(key: str, segs: list[dict], texts: list[str]) -> set[str]:
    labs: set[str] = set()
    last = max(s["end"] for s in segs)
    if last < 20:
        labs.add("short_call")
    else:
        assert last >= 30, (key, last)
    run_end = segs[0]["end"]
    for j in range(1, len(segs)):
        gap = segs[j]["start"] - run_end
        if gap >= 10:
            announced = segs[j - 1]["speaker"] == "agent" and any(w in texts[j - 1] for w in HOLD_WORDS)
            if not announced:
                labs.add("silence")
        else:
            assert gap <= 4, (key, j, gap)
        run_end = max(run_end, segs[j]["end"])
    worst = -99.0
    for a in segs:
        if a["speaker"] != "agent":
            continue
        for c in segs:
            if c["speaker"] == "customer" and c["start"] <= a["start"]:
                worst = max(worst, c["end"] - a["start"])
    if worst >= 1.0:
        labs.add("talk_over")
    else:
        assert worst < 0.5, (key, worst)
    rates = [nchars(t) / (s["end"] - s["start"]) for s, t in zip(segs, texts)
             if s["speaker"] == "agent" and nchars(t) >= 6]
    mean = sum(rates) / len(rates) if rates else 4.5
    if mean >= 7.5 or mean <= 2.0:
        labs.add("speech_rate")
    else:
        assert all(3.0 <= r <= 6.2 for r in rates), (key, [round(r, 2) for r in rates])
    return labs


def is_hangup(segs: list[dict], texts: list[str]) -> bool:
    t = texts[-1].rstrip()
    return segs[-1]["speaker"] == "customer" and (t.endswith("？") or "喂？喂？" in t)


def sanity(call: dict, inds: dict, segs: list[dict], texts: list[str], ctx: dict) -> None:
    key, labs = call["key"], set(call["labels"])
    agent = [t for s, t in zip(segs, texts) if s["speaker"] == "agent"]
    ind = inds[call["code"]]
    assert all(l in FAMILIES for l in labs), key
    assert all(h in FAMILIES for h in call["flags"]["hn"]), key
    assert not labs & set(call["flags"]["hn"]), key
    if "greeting" not in labs:
        first = texts[0]
        assert segs[0]["speaker"] == "agent", key
        assert ind["company"] in first or ind["short"] in first, (key, first)
        assert any(first.startswith(h) for h in ("您好", "早上好", "上午好", "中午好", "下午好", "晚上好")), (key, first)
        if call["direction"] == "outbound":
            assert ctx["{name}"] in first, (key, first)
    if "closing" not in labs:
        assert any(s["speaker"] == "agent" and WISH_RE.search(t) for s, t in zip(segs[-2:], texts[-2:])), key
    if "hangup" in labs:
        assert "closing" in labs, key
    if "apology" in labs:
        assert not any(w in t for t in agent for w in APOLOGY_WORDS), key
    nfill = sum(len(FILLER_RE.findall(t)) for t in agent)
    if "filler" in labs:
        assert nfill >= 8, (key, nfill)
    else:
        assert not any("呃" in t or "那个，" in t or "然后呢" in t for t in agent), key
    if "forbidden" not in labs:
        body = agent[1:] if "greeting" in labs else agent
        assert not any(re.search(r"喂[，！？。]", t) for t in body), key
    if "name_ask" not in labs and "name_ask" not in call["flags"]["hn"]:
        assert not any(re.search(r"你姓|你叫|叫啥|名字？", t) for t in agent), key
    if "complaint" in labs:
        cust = "".join(t for s, t in zip(segs, texts) if s["speaker"] == "customer")
        assert re.search(r"投诉|12315|曝光|举报|老板|领导", cust), key
    for fam in ("fast", "drawl"):
        if call["flags"].get(fam):
            assert "speech_rate" in labs, key


def main() -> int:
    rng = random.Random(SEED)
    inds, calls = parse(DATA)
    assert len(calls) == N_CALLS, len(calls)
    assert len({c["key"] for c in calls}) == N_CALLS
    assert len(inds) >= 30, len(inds)
    # rotation of greeting / closing / agent name / number
    for c in calls:
        no = rng.choice(CN[1:]) + "".join(rng.choice(CN) for _ in range(3))
        ind = inds[c["code"]]
        ctx = {"{hi}": rng.choice(HI), "{co}": ind["company"], "{s}": ind["short"], "{name}": rng.choice(NAMES),
               "{no}": no, "{w}": rng.choice(WISHES)}
        ctx["{G}"] = rng.choice(GREETINGS)
        ctx["{O}"] = rng.choice(OPENINGS)
        ctx["{C}"] = rng.choice(CLOSINGS)
        c["ctx"] = ctx
        c["clean"] = [render(v, ctx) for k, v in c["turns"] if k not in ("hold", "gap")]
    # noisy calls and their noise
    plain = [c for c in calls if not c["flags"].get("asr")]
    n_noisy = round(NOISY_SHARE * N_CALLS)
    chosen = {c["key"] for c in rng.sample(plain, n_noisy)}
    for c in calls:
        if c["flags"].get("asr"):
            c["noise"] = {"conv": None, "digits": False, "particles": False, "nopunct": False, "asr": True}
        elif c["key"] in chosen:
            conv = rng.choice(["s2t", "s2tw", "s2hk", None])
            noise = {"conv": conv, "digits": rng.random() < 0.6,
                     "particles": rng.random() < 0.5 and "filler" not in c["labels"],
                     "nopunct": rng.random() < 0.4, "asr": False}
            if not (noise["conv"] or noise["digits"] or noise["particles"] or noise["nopunct"]):
                noise["conv"] = "s2t"
            c["noise"] = noise
        else:
            c["noise"] = None
        c["noisy"] = [apply_noise(t, c["noise"]) if c["noise"] else t for t in c["clean"]]
    # timing, checks
    for c in calls:
        segs = make_times(c, c["clean"], c["noisy"], rng)
        labs = set(c["labels"])
        for texts in (c["clean"], c["noisy"]):
            got = timing_labels(c["key"], segs, texts)
            want = labs & set(TIMING)
            assert got == want, (c["key"], sorted(got), sorted(want))
        assert is_hangup(segs, c["clean"]) == ("hangup" in labs), c["key"]
        sanity(c, inds, segs, c["clean"], c["ctx"])
        c["segs"] = segs
    # order
    order = list(calls)
    rng.shuffle(order)
    lines = []
    for n, c in enumerate(order, 1):
        ind = inds[c["code"]]
        rec = {
            "call_id": f"AJ-{n:03d}",
            "segments": [{"speaker": s["speaker"], "start": s["start"], "end": s["end"], "text": t}
                         for s, t in zip(c["segs"], c["noisy"])],
            "labels": [f for f in FAMILIES if f in c["labels"]],
            "metadata": {"writer": WRITER, "industry": ind["industry"], "company": ind["company"],
                         "direction": c["direction"], "agent": c["ctx"]["{name}"], "noisy": c["noise"] is not None,
                         "noise": c["noise"], "hard_negative": c["flags"]["hn"], "source_key": c["key"]},
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # summary
    pos = {f: sum(f in c["labels"] for c in calls) for f in FAMILIES}
    for f in FAMILIES:
        lo, hi = (25, 40) if f == "insult" else (8, 17)
        assert lo <= pos[f] <= hi, (f, pos[f])
    hn = sum(bool(c["flags"]["hn"]) for c in calls)
    print(f"{len(calls)} calls, {sum(c['noise'] is not None for c in calls)} noisy "
          f"({sum(bool(c['flags'].get('asr')) for c in calls)} asr), {hn} hard negatives, {len(inds)} industries, "
          f"{sum(not c['labels'] for c in calls)} clean, "
          f"{sum(c['direction'] == 'outbound' for c in calls)} outbound")
    print("positives:", ", ".join(f"{f} {pos[f]}" for f in FAMILIES))
    print("insult with asr:", sum("insult" in c["labels"] and bool(c["flags"].get("asr")) for c in calls))
    print("sha256", hashlib.sha256(OUT.read_bytes()).hexdigest())
    return 0


if __name__ == "__main__":
    sys.exit(main())
