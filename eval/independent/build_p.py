"""Independent labelled call set P (eval/independent/tune_p.jsonl; first named heldout_p.jsonl, held out
until its blind figures were recorded, then renamed as round 16 of rule work began) — now a TUNING set.

Written by writer P on 2026-12-06 from DOMAIN.md, the seed articles in shared/seeds/,
eval/independent/README.md, the first 120 lines of build_o.py (label policy and data format), one
line of heldout_o.jsonl (format only) and the LabelledCall dataclass / load_labelled function of
eval/evaluate.py (format only).  No rule code, rulebook, tests, docs or other sets were read, and the
rule engine was never run on this file (only eval.evaluate.load_labelled, to check that it loads).
Run:
    .venv/bin/python eval/independent/build_p.py

Deterministic (SEED=20261215).  The dialogues are hand-written data in the DATA string below
(writer P's own; nothing copied from another writer).  random.Random is used only for segment
timing, the order of the calls, the choice of the noisy calls, the rotation among correct greeting /
blessing wordings ({G} / {B}) and the ASR-style noise; each call's timing and noise come from its own
generator seeded from SEED and the block's position in DATA.

Noise ("noise": true, about a quarter of the calls): the clean text rewritten as Whisper base
plausibly hears 8 kHz phone audio — writer P's own homophone list (each occurrence swapped with
probability 0.55), runs of two or more Chinese numerals turned into Arabic digits (a digit string
digit by digit, a number with units by value), punctuation per segment dropped, turned into spaces or
kept, then Traditional script (OpenCC s2tw, about one segment in six s2t) with about one converted
character in twelve left simplified.  Labels are those of the clean speech.

Twenty industries none of writers A-O used (checked against the README): a climbing gym, a billiards
club, hot-air balloon rides, a laser-tag / paintball field, a summer camp, a counselling centre's
booking line, a cloud-storage service, a CRM SaaS vendor, vending machines, shared massage chairs, an
ETC toll-tag issuer, a fuel card, an airport lounge, camera rental, custom cabinetry (全屋定制), door
and window installation, fresh-air ventilation systems (新风), a home-chef service (私厨上门), a
professional home organiser (收纳整理), a motorcycle dealer.  All company names are invented.

Data format (writer P's own): a block starts "## key | in/out | labels | flags | note"; then one turn
a line: "A:" agent, "C:" customer, "A>:" the agent starts 1.6-2.1 s before the customer's turn ends
(talk-over), "A,:" the agent starts 0.1-0.25 s before it ends (backchannel, negative), "C>:" the
customer starts 0.9-1.4 s before the agent's turn ends (negative), "~hold" an announced hold of
10.2-12.0 s after the agent's turn (which announces it), "~gap" an unannounced gap of 13.5-16.0 s.
Flags: hn (hard negative, no labels), fast / slow (agent speech rate), late (the customer has to speak
first, 1.9-2.8 s into the call), badline (the customer's 喂 0.2-0.5 s in, answered at once by the full
greeting), short (a call under 18 s).  {G} a correct inbound greeting, {B} a correct blessing (both
rotated), {co} the company, {ag} the agent.

LABEL POLICY — writer O's policy (writer L's text plus the "M:", "N:" and "O:" readings, as printed in
build_o.py's header and summarised in the README), adopted unchanged.  Labels describe what was SAID.

greeting   : agent first, promptly, 您好 (早上好/下午好/您好呀) + company + an offer of help; outbound:
             您好 + company + who + why.  Positive: 喂 opening, company or offer missing, greeting only
             after the customer had to speak first.  A bad-line 喂 answered at once is negative.
closing    : ends with a 祝福语 in the agent's final turn(s); thanks only, bare 再见/就这样/挂了/拜拜, a
             brush-off, or the agent dropping the call is positive.  Every hangup is also closing.
forbidden  : the agent's own 不知道/不清楚/不明白 (不晓得) as a refusal about the matter asked; 你这话什么
             意思 and variants; 那你想好了再打来吧 and variants; 喂 called at the customer mid-call.  Not
             about the customer / a third party / reassurance / a polite 不知道您…吗; not the customer's
             words; not an insult-only call.
insult     : the agent insults, mocks, attacks or sends the customer away; reported insults, the
             customer's insults and innocent words sharing characters are negative.  A brush-off that
             closes an insult counts with it (insult + closing), never as forbidden.
filler     : >= 6 tic uses over >= 3 agent turns.
tariff     : when a fee comes up the agent states BOTH the amount and when it is charged.
name_ask   : an impolite ask, or a new order/booking/enrolment with no polite name ask.
apology    : a company-side fault, or a customer plainly unhappy in words (an insulted customer's
             protest included), and no apology.
shirking / overpromise / colleague / complaint (explicit 投诉/12315/12345/消协/市场监管/曝光/民航局/卫健委/
             找领导...) as in writers L-O.
Timing, recomputed from the generated segments and asserted against the hand labels (clean and noisy
text): short_call < 20 s (positives <= 18 s; all others >= 30 s); silence an unannounced gap >= 10 s
(positives 13.5-16.0 s; announced holds 10.2-12.0 s negative; other gaps <= 4 s); talk_over the agent
starting >= 1.0 s before the customer's segment ends (positives twice a call; negatives <= 0.3 s);
speech_rate the agent's mean rate over turns of >= 6 characters >= 7.5 or <= 2.0 chars/s (positives
8.6-9.1 / 1.55-1.70; negatives keep every such turn within 3.0-6.3); hangup read from the transcript:
it ends on the customer's unanswered question (never a fee question).

P: a regional insult (你脑壳有包哦, 菜就多练) is `insult` like its Mandarin equivalent; 不晓得 as the
   agent's refusal is `forbidden` like 不知道.
P: mocking the customer's child (这么娇气的孩子…当巨婴养着吧) is an insult to the customer.
P: an agent who says a company's printed promise (二十四小时服务) was 写着玩的 to an unhappy customer owes
   an apology; the remark itself is not `overpromise` (nothing promised by the agent).
P: a refund of a wrong or failed charge stated with amount and moment is no tariff matter either way;
   a fee waived (不收费, 免费) states its amount.
P: an outbound caller who gives only a name (您好，我是小雯) and a reason, no company, is `greeting`;
   an outbound call opened with 喂，是…吗 is `greeting` even when the company follows.
P: the agent's 一般…就能 / 会 about a delivery or callback the company controls is no overpromise;
   百分之百 / 保证 / 绝对 / 一辈子 about an outcome (health, noise, durability, a child's character) is.
P: an agent who apologises and then still refuses (不好意思，不清楚) or shirks (不好意思啊…你去找物业吧) is
   `forbidden` / `shirking` but owes no further apology (`apology` negative).
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import opencc

SEED = 20261215
OUT = Path(__file__).resolve().parent / "tune_p.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask",
            "apology", "shirking", "overpromise", "colleague", "complaint",
            "silence", "talk_over", "speech_rate", "short_call", "hangup")
TIMING = ("silence", "talk_over", "speech_rate", "short_call", "hangup")

INDUSTRIES = {
    "climb": ("climbing gym", "岩趣攀岩馆", "小岳"),
    "pool": ("billiards club", "一杆清台球俱乐部", "小乔"),
    "balloon": ("hot-air balloon rides", "云游热气球", "小邵"),
    "cs": ("laser-tag / paintball field", "猎鹰真人CS基地", "小武"),
    "camp": ("summer camp", "青松夏令营", "小夏"),
    "psy": ("counselling centre booking line", "安和心理咨询中心", "小安"),
    "cloud": ("cloud storage", "云匣网盘", "小云"),
    "crm": ("CRM SaaS vendor", "拓客云", "小拓"),
    "vend": ("vending machines", "随手购售货机", "小随"),
    "chair": ("shared massage chairs", "松松共享按摩椅", "小松"),
    "etc": ("ETC toll tags", "畅行ETC", "小畅"),
    "fuel": ("fuel card", "油路通加油卡", "小路"),
    "lounge": ("airport lounge", "云端贵宾厅", "小端"),
    "cam": ("camera rental", "快门租", "小门"),
    "cab": ("custom cabinetry", "木匠坊全屋定制", "小木"),
    "win": ("doors and windows", "固安门窗", "小固"),
    "air": ("fresh-air ventilation systems", "清呼吸新风", "小清"),
    "chef": ("home-chef service", "小灶私厨", "小灶"),
    "tidy": ("home organiser", "井然收纳", "小井"),
    "moto": ("motorcycle dealer", "疾风摩托", "小疾"),
}

GREETINGS = [
    "您好，{co}，请问有什么可以帮到您？",
    "您好，欢迎致电{co}，我是客服{ag}，请问您需要什么帮助？",
    "您好，这里是{co}，请问您想咨询些什么？",
    "您好，{co}服务热线，工号{no}为您服务，请问有什么能帮您的？",
    "早上好，{co}，我是{ag}，您有什么需要尽管说。",
    "下午好，欢迎致电{co}，请问有什么我可以帮您的？",
    "您好，{co}客服{ag}，很高兴为您服务，请问您遇到什么问题了？",
    "您好呀，{co}，请问今天有什么可以帮您？",
]
BLESSINGS = [
    "祝您生活愉快，再见。", "祝您一切顺利，再见。", "祝您心情愉快，再见。", "祝您平安顺遂，再见。",
    "祝您万事顺心，再见。", "祝您每天都有好心情，再见。", "祝您工作顺利，再见。", "祝您周末愉快，再见。",
]
HOLD_WORDS = ("稍等", "稍候", "查一下", "核实", "等一下")
PUNCT = "，。？！、；：“”‘’\"'（）()…—·《》 ,.?!;:~"

DATA = r"""
## climb | in | insult,apology | | the customer's hearing mocked (耳朵是借来的吧); she protests; no apology
A: {G}
C: 我想问下你们那个儿童攀岩课，几岁可以上？
A: 五岁以上就可以，一节课一个小时。
C: 几岁？我这边信号不太好，你再说一遍。
A: 五岁！您这耳朵是借来的吧，我都说两遍了。
C: 你怎么说话的？我就是没听清而已。
A: 行吧，五岁以上，还有别的事吗？
C: 没了，什么服务态度。
A: {B}

## climb | in | tariff,overpromise | | annual card price glossed (不贵的，来了前台跟您细说); 保您一个月爬上五点一零
A: {G}
C: 我零基础，想办个年卡练攀岩，你们年卡多少钱？
A: 年卡不贵的，来了前台跟您细说。跟着我们的教练练，保您一个月就能爬上五点一零的线路。
C: 一个月就能爬五点一零？我连引体向上都做不了几个。
A: 没问题，我们的学员没有一个做不到的，您放心来就行。
C: 那行，我周末过去看看。
A: 好的，周末见，{B}

## climb | in | colleague | | a new instructor called 愣头青，什么都不懂 to a worried parent; the agent apologises
A: {G}
C: 上周末我孩子上体验课，保护绳没扣好，教练也不在旁边，吓死我了。
A: 真的非常抱歉，让您和孩子受惊了。那天带课的是新来的小赵，他就是个愣头青，什么都不懂，我们也头疼。
C: 那你们得管管啊，安全的事不能马虎。
A: 是的，我们马上安排安全培训，下次课由主教练全程带，这节课也给您免费补上。
C: 好吧。
A: 感谢您的反馈，祝孩子玩得开心，再见。

## climb | in | | hn | climbing terms 死点/掉下来/摔; hedged safety answer; fee with amount and moment; polite name ask
A: {G}
C: 我在练动态，一做死点就掉下来，你们有专门的课吗？
A: 有的，我们周三晚上有动态技巧小班课，专门练死点和跑跳，每节一百二十元，上课前在前台付款。
C: 好的，我怕摔，安全吗？
A: 下面都有厚垫子，教练会全程保护，不过运动本身有一定风险，我们不能打包票说绝对不会受伤，您量力而行就好。
C: 明白，那我周三过去上课。
A: 好的，请问您怎么称呼？我帮您登记一个名额。
C: 我姓蒋。
A: 蒋先生，周三晚上七点，给您留好位置了。感谢您的支持，祝您攀岩愉快，早日登顶。

## climb | in | short_call | short | opening hours asked and answered, blessing
A: {G}
C: 你们今天开到几点？
A: 晚上十点。
C: 好的谢谢。
A: 不客气，{B}

## climb | in | talk_over,name_ask | | the agent cuts into the customer's questions twice; 你叫什么名字？ for the booking
A: {G}
C: 我想问一下，你们那个团建包场，周六下午能不能安排二十个人一起来玩？
A>: 周六下午可以，您大概几个人？
C: 大概二十个人，有的从来没爬过，能不能安排教练带一下？
A>: 能安排，一个教练带五个人。
C: 价格怎么算？
A: 包场三个小时三千元，预订时付一千元订金，当天结清尾款。你叫什么名字？
C: 我姓韩。
A: 韩女士，我先给您留着周六下午，感谢您的信任，祝您团建顺利。

## climb | in | | hn | the customer's own 不知道; 您不清楚卡号也不要紧 as reassurance
A: {G}
C: 我会员卡好像过期了，我也不知道卡号是多少。
A: 没关系，您不清楚卡号也不要紧，报一下手机号我就能查到。
C: 一三八零零一二三四五六。
A: 找到了，您的卡下个月十号到期，还没过期，可以正常使用。
C: 那就好。
A: 还有什么需要帮您的吗？
C: 没有了。
A: 好的，感谢您的来电，祝您生活愉快。

## pool | in | insult,apology | | contempt for the customer's skill (回家玩弹珠吧); fee stated right
A: {G}
C: 我想报个台球私教课，我打了半年了，还是老打不进。
A: 打了半年还打不进？就您这水平，我看还是回家玩弹珠吧，别浪费教练时间。
C: 你这人怎么这样说话？我是来学的。
A: 我说的是实话嘛。私教课一节三百元，上课当天付。
C: 算了，不报了。
A: 那行，{B}

## pool | in | | hn | 球滚着滚着就偏了, 白球; a table fault apologised for
A: {G}
C: 我上次在三号台打，那个台面好像不平，球滚着滚着就偏了。
A: 非常抱歉给您添麻烦了，我们已经请师傅把三号台重新调平，台呢也换了新的。下次您来可以先试一下球的滚动。
C: 好的，那个白球也有点脏。
A: 球我们也全部换成新的了。感谢您的反馈，祝您下次打出一杆清台。

## pool | in | name_ask,silence | | 你叫啥名字？ while booking a table; a long unannounced gap after 电话多少？
A: {G}
C: 我想订一张今晚八点的斯诺克台，打两个小时。
A: 今晚八点有台，每小时六十元，到店开台时付款。你叫啥名字？
C: 姓冯。
A: 电话多少？
~gap
C: 一三九零零八八七七六六。
A: 好了，给你订上了，八点前到就行，祝您玩得尽兴，再见。

## pool | in | filler | | 那个/就是/然后/这个/嗯/对吧 throughout; fee stated right
A: 您好，{co}，那个，请问有什么可以帮您？
C: 你们那个会员卡怎么办？
A: 这个会员卡的话，就是，您到店里，然后那个前台给您开，嗯，就可以了。
C: 会员卡有什么优惠？
A: 那个，就是说，充五百送一百，然后，就是打球打八折，对吧，挺划算的。
C: 充值的钱什么时候扣？
A: 这个，就是，您充的时候当场付，然后就直接到卡里了。
C: 好的知道了。
A: 好的，那个，祝您生活愉快，再见。

## pool | in | | hn | the customer calls the club 破台球厅 and 有病; the agent apologises and refunds with amount and moment
A: {G}
C: 你们那个破台球厅，空调跟没开一样，热死了，你们是不是有病啊！
A: 实在抱歉让您热着了，昨晚中央空调出了故障，今天上午已经修好了。
C: 那昨天那两个小时算怎么回事？
A: 给您退昨晚一个小时的台费六十元，今天下午原路退回到您付款的账户，您看可以吗？
C: 行吧。
A: 再次向您道歉，感谢您的理解，祝您生活愉快。

## pool | in | silence | | an unannounced gap of about 14 s while the agent looks something up silently
A: {G}
C: 我想问下你们周末有没有比赛，业余的那种。
A: 比赛……
~gap
A: 有的，这周六下午两点有业余九球赛，报名费五十元，现场签到时交。
C: 好，那我怎么报名？
A: 请问您贵姓？我帮您登记。
C: 姓郭。
A: 郭先生，已经给您报上了，祝您比赛顺利，再见。

## pool | in | hangup,closing | | the agent leaves the customer's question about the night staff unanswered
A: {G}
C: 我昨天在你们那儿丢了一个杆套，黑色的，上面绣着一个字母K，大概晚上十点走的时候落在五号台边上了，有人捡到吗？
A: 没看到，前台失物箱里没有黑色的杆套。
C: 那杆套对我挺重要的，是我师父送的。
A: 嗯，没有就是没有。
C: 那你能帮我问问昨晚值班的人吗？

## pool | in | short_call | short | parking asked, answered, blessing
A: {G}
C: 你们那有停车位吗？
A: 有，地下车库免费停。
C: 好嘞。
A: {B}

## balloon | in | insult,apology | | the customers' weight mocked (别把吊篮压塌了); protest; no apology
A: {G}
C: 我想给我和我爱人订两个热气球的位子，我们俩加起来三百多斤。
A: 三百多斤？就你们这体格还坐什么热气球，别把吊篮压塌了。
C: 你说什么呢？有体重限制就直说，用得着这么损人吗？
A: 单人不超过一百二十公斤都能坐。订哪天？
C: 不订了，气死我了。
A: 行，{B}

## balloon | in | overpromise,closing | | 绝对不会出任何问题，以后也不可能出事 to a hypertensive mother; thanks only at the end
A: {G}
C: 我妈七十岁了，有高血压，能坐热气球吗？会不会有危险？
A: 您一百个放心，我们的热气球绝对不会出任何问题，什么年纪都能坐，有高血压也完全没影响。
C: 真的吗？
A: 真的，我们飞了这么多年，从来没出过事，以后也不可能出事。
C: 那好，我再考虑一下。
A: 好的，感谢您的来电，再见。

## balloon | in | forbidden | | 喂！喂！你先听我说 called at the customer mid-call
A: {G}
C: 我订的明天早上六点那一班，天气预报说有风，还能飞吗？
A: 有风的话要看现场情况。
C: 那我到底去不去啊？我们开车要两个小时呢。
A: 喂！喂！你先听我说，早上四点半会发短信通知能不能飞，你等短信就行。
C: 好吧。
A: {B}

## balloon | in | | hn | a third party's 不清楚 (气象台…他们现在也还不清楚); free rebooking or full refund
A: {G}
C: 明天那班能不能飞，你们现在知道吗？
A: 气象台今天傍晚才发布明早的风速预报，他们现在也还不清楚，我们晚上八点前会短信通知您。如果不能飞，可以免费改期或者全额退款。
C: 好的，那我等短信。
A: 感谢您的耐心等待，祝您明天飞行愉快。

## balloon | out | | hn | outbound: company, role, purpose; balance with amount and moment
A: 您好，我是{co}的客服{ag}，给您打电话是想确认一下您周六早上的热气球预约，请问是邵先生本人吗？
C: 是我。
A: 邵先生，周六早上五点半在停车场集合，请穿运动鞋，带件外套，早上会有点冷。尾款八百元在起飞前现场付清。
C: 好，知道了。下雨怎么办？
A: 下雨的话会提前一天通知您免费改期。感谢您的配合，祝您飞行愉快，再见。

## balloon | in | speech_rate | fast | the agent rattles off every turn at about 8.8 characters a second
A: {G}
C: 你们的热气球一次飞多久？
A: 一般飞行时间在四十分钟到一个小时之间具体要看当天的风速和风向起飞之前还会有十五分钟的安全讲解您和家人都要认真听。
C: 那要提前多久到？
A: 建议您提前一个小时到达集合点我们要做登记和安全检查请您记得带上身份证另外早上温度比较低最好多穿一件外套再戴个帽子。
C: 好的，知道了。
A: 好的感谢您的来电有任何问题都可以随时打给我们祝您旅途愉快再见。

## balloon | in | | hn | the customer talks over the agent; proposal package with deposit and balance; polite name ask
A: {G}
C: 你们那个求婚套餐是怎么弄的？
A: 求婚套餐包括独享一个吊篮，升空后我们会放出横幅，飞行员帮您拍照录像，落地还有香槟和鲜花。
C>: 那横幅上的字能自己定吗？
A: 可以的，您提前三天把内容发给我们就行。套餐价格是三千六百元，预订时付一千元定金，起飞当天付尾款。请问先生怎么称呼？
C: 我姓彭。
A: 彭先生，我先帮您预留下个月十八号，提前祝您求婚成功，幸福美满！

## cs | in | complaint,apology,closing | | 市场监管局投诉 over an eye injury; the agent blames the player; ends without blessing
A: {G}
C: 我们公司上周团建在你们那儿打真人CS，有个同事眼睛被打伤了，你们的护目镜是坏的！
A: 护目镜发之前都检查过的，可能是他自己没戴好。
C: 你们还推卸责任？我要去市场监管局投诉你们！
A: 您要投诉的话我给您登记一下。
C: 赶紧的！
A: 已经登记了，会有专人联系您。

## cs | in | | hn | a referee's insult reported (打不中就别玩了，丢人) and read back; 我不是要投诉; not registered as a complaint
A: {G}
C: 我不是要投诉啊，就是反映一下，昨天你们那个裁判跟我们队的人说"打不中就别玩了，丢人"。
A: 非常抱歉让您有这样的体验。我跟您确认一下，裁判说的是"打不中就别玩了，丢人"，是这句吗？
C: 对，就这句。
A: 好的，我已经如实记录下来，会反馈给基地负责人处理，不作为投诉，处理结果三天内给您回电。感谢您的反馈，祝您生活愉快。

## cs | in | name_ask,greeting | | 喂，猎鹰，订场？ as the opening; a twelve-player booking taken with a phone number only
A: 喂，猎鹰，订场？
C: 我想订这周六下午的场，十二个人，打激光对战。
A: 周六下午两点到四点有场，每人一百二十元，到场签到时统一付款。
C: 好，那就订这个。
A: 好的，给您订上了，留个手机号吧。
C: 一三六一二三四五六七八。
A: 好的，周六见，{B}

## cs | in | | hn | game words 阵亡/死斗/复活 sharing characters with insults
A: {G}
C: 我第一次玩，想问下被打中了怎么算？
A: 被击中三次就算"阵亡"，要回复活点等三十秒才能重新上场，这个模式叫死斗模式，很多新手都喜欢。
C: 会疼吗？
A: 激光对战用的是红外线，完全不疼，您放心。
C: 好的谢谢。
A: 不客气，感谢您的来电，祝您玩得开心。

## cs | in | shirking,apology | | a phone lost on the field: 你去找派出所, CCTV refused; the customer is upset
A: {G}
C: 我在你们那儿玩的时候手机从口袋掉了，你们工作人员捡到了没有？我打了好几次电话都没人接，太耽误事了！
A: 这种事你去找派出所报案吧，我们基地不负责找东西的。
C: 就在你们场地丢的，你们看一眼监控都不行吗？
A: 监控我们不给调，你自己去派出所。
C: 行吧。
A: {B}

## cs | in | hangup,closing | | the customer's second question (times, children) left hanging
A: {G}
C: 我们下周三想去，一家五口，有两个老人，你们周三开门吗？
A: 开。
C: 那老人能玩什么项目吗，他们跑不动，能不能在旁边看着？
A: 旁边有休息区，可以看。
C: 几点开门？能不能带小孩一起去？

## cs | in | short_call | short | changing rooms asked, answered, blessing
A: {G}
C: 你们那儿有更衣室吗？
A: 有，还有淋浴。
C: 行，谢谢。
A: {B}

## camp | in | insult,apology,closing | | a child mocked (这么娇气…当巨婴养着吧); 随您。 as the agent's last words
A: {G}
C: 我儿子九岁，特别怕黑，晚上不敢自己睡，你们夏令营住宿的话老师会陪着吗？
A: 九岁了还怕黑？这么娇气的孩子送来也是哭，您还是留在家里当巨婴养着吧。
C: 你怎么能这么说孩子？太过分了。
A: 我就是提个醒。晚上是生活老师查房。
C: 我不报了。
A: 随您。

## camp | in | overpromise,filler | | 保证回来变成一个独立懂事的孩子…百分之百有效果; 就是说/然后/那个/其实/对吧 tics
A: {G}
C: 我女儿特别内向，在家玩手机停不下来，参加你们的夏令营有用吗？
A: 太有用了，就是说，去我们营地两周，然后保证回来变成一个独立懂事的孩子，手机碰都不会再碰一下。
C: 真有这么神？
A: 其实，那个，每个孩子都这样，百分之百有效果，对吧。
C: 那营里每天都干什么？
A: 就是上午户外课，然后下午那个手工课，其实挺丰富的。
C: 那我再了解一下。
A: 好的，{B}

## camp | in | forbidden | | 那您想好了再打过来吧 to a parent who cannot choose; the customer's own 不知道
A: {G}
C: 你们有七天的营和十四天的营，我不知道选哪个好，孩子八岁。
A: 两个都行。
C: 那哪个更适合八岁的孩子？
A: 都差不多，您自己定吧，那您想好了再打过来吧。
C: 好吧。
A: {B}

## camp | in | colleague | | a group leader called 就是个混日子的; the agent apologises
A: {G}
C: 孩子回来说带队老师晚上根本不查房，几个孩子闹到半夜。
A: 真是对不起，这是我们管理上的疏忽。那个带队老师是临时招的，就是个混日子的，一点责任心都没有。
C: 你们找人也得靠谱点啊。
A: 您说得对，我们已经把他换掉了，后面几天由营长亲自带。感谢您的反馈，祝孩子在营地开开心心。

## camp | out | | hn | outbound follow-up with company, role, purpose; 您考虑好了随时联系我们; the customer's 不知道
A: 您好，我是{co}的课程顾问{ag}，上周您在我们公众号留了信息，想问问您对暑期营还有什么需要了解的吗？
C: 哦，我还在考虑，不知道孩子能不能适应集体生活。
A: 理解的，很多家长都有这个顾虑。我们第一天会有适应活动，老师一对八照顾。您不用着急，考虑好了随时联系我们就行。
C: 好的。
A: 感谢您抽空接听，祝您和孩子暑假愉快，再见。

## camp | in | short_call | short | the opening date asked, answered, blessing
A: {G}
C: 今年营地几号开营？
A: 七月八号。
C: 好，谢谢。
A: {B}

## camp | in | | hn | camp fee with amount, deposit and balance dates; refund rule; polite name ask
A: {G}
C: 十四天的营费用是多少？
A: 十四天营是六千八百元，包含食宿和保险。报名时先交两千元定金，开营前七天交齐余款。
C: 中途退出怎么算？
A: 开营后退出的话，按剩下的天数退还百分之七十，结营后五个工作日内退到原账户。
C: 好，那我报一个名。
A: 好的，请问您怎么称呼？孩子叫什么名字？
C: 我姓苏，孩子叫苏小禾。
A: 苏女士，已经为小禾预留了名额。感谢您的信任，祝孩子度过一个快乐的暑假。

## psy | in | insult,apology | | the caller sent to 精神病院看看脑子; she protests; no apology
A: {G}
C: 我最近老是觉得有人在背后议论我，晚上睡不着，想预约个咨询。
A: 您这种情况咨询没用，该去精神病院看看脑子了。
C: 你……你怎么能这么说？我鼓了好大的勇气才打这个电话。
A: 我是为您好。要预约的话周四有号。
C: 不用了。
A: 那行，{B}

## psy | in | | hn | 神经衰弱, 精神科 as medical words; proper referral; fee with amount and moment; polite name ask
A: {G}
C: 我失眠好几个月了，医生说我有点神经衰弱，你们这儿能做咨询吗？
A: 可以的，我们有专门做睡眠和情绪问题的咨询师。如果需要开药，要去医院的精神科或者睡眠门诊，咨询可以同步进行。
C: 好，我想先做一次。
A: 请问您怎么称呼？
C: 我姓温。
A: 温女士，首次咨询五十分钟四百元，到访当天咨询前付款。我帮您约周二下午三点，您看可以吗？
C: 可以。
A: 好的，感谢您的信任，祝您早日睡个好觉，再见。

## psy | in | overpromise,closing | | 三次保证焦虑全好，再也不会失眠; 嗯，拜拜。 as the last words
A: {G}
C: 我焦虑挺严重的，做咨询多久能好？
A: 您放心，来我们这儿做三次，保证焦虑全好，再也不会失眠，比吃药管用多了。
C: 三次就行？
A: 对，三次包好，我们的来访者没有不好的。
C: 那我想想。
A: 嗯，拜拜。

## psy | in | | hn | a proper transfer to the counsellor's assistant
A: {G}
C: 我上周在你们这儿做了咨询，想跟我的咨询师林老师沟通一下下次的时间。
A: 好的，林老师今天在中心，我现在帮您转接到她的助理，她会帮您调整时间，请您不要挂机。
C: 好的。
A: 马上为您转接，感谢您的耐心等待，祝您一切顺利。

## psy | in | hangup,closing | | the question about the counsellors' certificates left hanging
A: {G}
C: 我想给孩子找个咨询师，他上初中了，最近不爱说话，你们的咨询师都是什么资质的？
A: 都有证。
C: 我比较在意这个，之前在别家遇到过不太专业的，孩子去了一次就再也不肯去了。
A: 我们这都有证的。
C: 什么证？是国家二级的吗？

## psy | in | speech_rate | slow | the agent drawls every turn at about 1.6 characters a second
A: {G}
C: 你们晚上几点下班？
A: 我们……晚上……九点……下班。
C: 周末也上班吗？
A: 周末……也是……正常……上班的。
C: 好的谢谢。
A: 不客气……{B}

## psy | in | complaint | | 卫健委投诉 over leaked notes; the agent apologises and registers it
A: {G}
C: 我的咨询记录怎么被你们的咨询师发到了工作群里？你们这是泄露隐私，我要去卫健委投诉！
A: 非常抱歉，这件事非常严重，我马上上报中心负责人调查，今天之内给您回复处理结果。
C: 我一定要投诉。
A: 理解您的心情，您的投诉我已经登记，编号是二零三六，再次向您道歉，祝您一切安好。

## psy | in | | hn | a polite 不知道您…吗 question; the customer's own 不清楚; fee with amount and moment
A: {G}
C: 我想给我妈约个咨询，她最近老是情绪低落，我也不清楚她愿不愿意来。
A: 理解的，家人先来了解一下也可以。不知道您母亲平时方便白天过来吗？
C: 白天可以。
A: 那可以约周四上午十点，首次咨询四百元，咨询当天到前台付。请问您怎么称呼？
C: 我姓柯。
A: 柯女士，给您母亲约好了，感谢您的信任，祝您和家人平安健康。

## cloud | in | insult,apology,closing | | 三岁小孩都会，您这脑子是不是转不过弯来; brush-off as the last words
A: {G}
C: 我照片上传了一半就卡住，弄了半天也不会，你能教教我吗？
A: 点上传、选照片，三岁小孩都会，您这脑子是不是转不过弯来？
C: 你这是什么态度？我年纪大了不会用不行吗？
A: 不会就让您家孩子弄，我这边忙着呢。

## cloud | in | tariff,silence | | 现在是免费试用期嘛…以后的事以后再说; a long unannounced gap
A: {G}
C: 你们那个两T的会员多少钱？什么时候开始扣费？
A: 嗯……
~gap
A: 现在是免费试用期嘛，您先用着，以后的事以后再说。
C: 那试用完会自动扣钱吗？
A: 到时候会提醒您的。
C: 好吧。
A: {B}

## cloud | in | overpromise | | 永远不会丢…一万年都在，绝对安全
A: {G}
C: 我想把公司十年的资料都存到你们网盘上，靠得住吗？
A: 您就放一百个心，数据存我们这里永远不会丢，哪怕机房着火也丢不了，一万年都在。
C: 那我就放心了。
A: 对，绝对安全，您就大胆存。
C: 好的。
A: {B}

## cloud | in | forbidden,apology | | 不晓得，反正系统是这么设置的 about a dead share link; the customer is anxious
A: {G}
C: 我昨天分享给客户的链接，今天突然打不开了，显示已失效，怎么回事啊？急死我了！
A: 不晓得，反正系统是这么设置的。
C: 我没设过期时间啊！你们系统有问题吧？
A: 您重新分享一个试试。
C: 行吧。
A: {B}

## cloud | in | filler | | 嗯/这个/就是/然后/那个/对吧 in every turn
A: {G}
C: 我想把手机里的通讯录备份到网盘里。
A: 嗯，这个，您就是打开App，然后那个点"我的"，对吧。
C: 点了，然后呢？
A: 然后就是，那个"备份"里面，嗯，有个通讯录，您打开就行。
C: 找到了。
A: 对，然后就是，那个，等它自己传完就好啦。还有别的问题吗？
C: 没有了。
A: {B}

## cloud | in | | hn | an announced hold (请您稍等，我帮您查一下) of about 11 s
A: {G}
C: 我的空间明明还剩一百多G，可上传总说空间不足。
A: 请您稍等，我帮您查一下账户的空间情况。
~hold
A: 感谢您的耐心等待。查到了，您回收站里还有两百G的文件占着空间，清空回收站就可以了。
C: 原来是这样，好的。
A: 还有其他需要帮您的吗？
C: 没了。
A: 好的，祝您生活愉快，再见。

## cloud | in | | hn | the customer's 不清楚; auto-renewal stated with amount and next charge date
A: {G}
C: 我也不清楚我开没开自动续费，你帮我看一下。
A: 好的，您开了年度自动续费，每年一百九十八元，下次扣款是明年三月五号。如果不需要，可以在App的账户设置里关掉，关掉后到期就不再扣了。
C: 好，那我先关了。
A: 好的。感谢您的配合，祝您工作顺利。

## cloud | in | speech_rate | fast | the agent explains sharing at about 8.8 characters a second
A: {G}
C: 我想把文件夹分享给同事，他们不用注册也能看吗？
A: 可以的您在文件夹右边点分享选择创建链接然后可以设置有效期和提取码对方拿到链接和提取码不用注册也能在网页上直接查看和下载。
C: 那能防止他们删我的文件吗？
A: 能的分享出去的链接只有查看和下载权限别人是改不了也删不了您的文件的如果您想让他们一起编辑需要单独开通协作空间。
C: 明白了，谢谢。
A: 不客气感谢您的来电祝您工作顺利再见。

## cloud | in | short_call | short | password reset asked, answered, blessing
A: {G}
C: 密码忘了怎么找回？
A: 登录页点忘记密码。
C: 好。
A: {B}

## crm | in | colleague | | the tech team called 那帮人就会互相甩锅; the agent apologises
A: {G}
C: 我们的客户数据导入到一半报错，上周报给你们技术部了，到现在没人回。
A: 非常抱歉耽误您这么久。技术部那帮人就会互相甩锅，什么事都拖，我们这边也拿他们没办法。
C: 那怎么办？
A: 我现在直接帮您升级成紧急工单，今天下班前会有工程师联系您。
C: 好吧。
A: 感谢您的耐心，祝您工作顺利。

## crm | out | tariff,speech_rate | fast | the agent speaks at about 8.8 characters a second; outbound renewal: 一年三万八 with no moment (签了合同财务会处理的)
A: 您好，我是{co}的客户经理{ag}，您公司的CRM账号下个月到期，今天打电话想跟您沟通一下续费的事。
C: 续费多少钱？
A: 升级到专业版一年三万八，功能多很多，好多客户都升了。
C: 哪天开始扣？原来没用完的钱怎么算？
A: 这个不用担心，签了合同财务会处理的。
C: 那我再考虑下。
A: 好的感谢您的支持这次续费的资料我会发到您的邮箱里您有任何问题可以直接回复邮件或者打这个电话找我祝您生意兴隆再见。

## crm | in | shirking,apology,complaint | | 找你们领导投诉; a login outage pushed to 你们自己的IT; sales stopped; no apology
A: {G}
C: 今天早上系统登不上去，我们销售全部停工，你们到底怎么回事？
A: 可能是你们公司网络的问题，你去找你们自己的IT看看吧。
C: 我们网络好好的，别的网站都能上！就是你们的登不上！
A: 那你再找你们IT查查。
C: 真是服了你们了，我要找你们领导投诉。
A: {B}

## crm | in | | hn | a proper transfer to technical support
A: {G}
C: 我们想对接你们的接口，文档里那个参数我们开发看不懂。
A: 接口的问题我们技术支持更专业，我现在帮您转接到技术支持的工程师，他会一步一步帮您处理，请不要挂机。
C: 好的，谢谢。
A: 不客气，感谢您的耐心等待，祝您对接顺利。

## crm | in | complaint,closing | | 打12315举报 over a greyed-out export; the agent apologises; thanks only at the end
A: {G}
C: 你们合同里说随时可以导出数据，现在导出按钮是灰的，客服一拖再拖，这不是坑人吗？我要打12315举报你们。
A: 很抱歉给您带来困扰，我把您的情况报给主管，明天给您答复。
C: 明天必须给我答复。
A: 好的，感谢您的来电，再见。

## crm | in | name_ask | | 你叫什么？哪个公司的？ for a free trial; never charged
A: {G}
C: 我想申请你们的免费试用，试十五天那个。
A: 行，你叫什么？哪个公司的？
C: 我叫吕方，晨曦贸易公司。
A: 好，试用账号发你手机上了，十五天免费，到期不会自动扣费。
C: 好的。
A: 感谢您的支持，祝您工作顺利，再见。

## crm | in | | hn | a hedged answer (我不能跟您保证下个月一定上线)
A: {G}
C: 你们说新版本下个月上线，到时候能不能把我们要的那个报表功能加上？
A: 这个功能已经在需求列表里了，产品经理在评估，我不能跟您保证下个月一定上线，有确切消息我第一时间通知您。
C: 好，那你记着。
A: 好的，已经备注在您的账户里了。感谢您的反馈，祝您工作顺利，再见。

## crm | in | silence,greeting | | 您好，拓客云。 with no offer of help; a long unannounced gap before the answer
A: 您好，拓客云。
C: 我想知道怎么给新来的员工开账号，我是管理员。
A: 开账号的话……
~gap
A: 您用管理员账户登录，在"组织架构"里点添加成员，填上手机号就行。
C: 好，谢谢。
A: 不客气，{B}

## crm | in | | hn | a backchannel overlap (嗯，对) of about 0.2 s; a pricing answer with amount and moment
A: {G}
C: 我们是二十人的销售团队，想了解一下标准版的价格，还有付款方式。
A,: 嗯，好的。标准版每人每年六百元，二十人一共一万两千元，签合同后七个工作日内一次付清，开通当天就能用。
C: 能开专票吗？
A: 可以开增值税专用发票，付款后三个工作日内寄出。感谢您的关注，祝您业绩长虹。

## vend | in | insult,apology | | 你脑壳有包哦，扫个码都扫不来 (Sichuan); refund with amount and moment
A: {G}
C: 我在你们机器上扫码付了钱，饮料没掉出来。
A: 你是不是扫错了哦？你脑壳有包哦，扫个码都扫不来。
C: 你说啥子？钱都扣了你还骂人！
A: 把机器编号报一下。
C: 零三二七。
A: 查到了，三块五今天下午原路退回。
C: 下回不用你们的了。
A: {B}

## vend | in | shirking,silence | | a humming machine pushed to 物业 (with 不好意思啊); the customer cannot sleep; a long unannounced gap
A: {G}
C: 你们放在我们小区门口的售货机一直嗡嗡响，吵得我晚上睡不着。
A: 那个……
~gap
A: 不好意思啊，机器放在哪是物业定的，你去找物业吧，不归我们管。
C: 机器是你们的啊。
A: 那也得物业同意我们才能动。
C: 好吧，真烦人。
A: {B}

## vend | in | forbidden,filler | | 这个我不知道，你问别人吧 about the maker of the machine's lunch boxes; 呃/那个/就是/反正/然后 tics
A: {G}
C: 你们售货机里新上的那款盒饭，是哪家工厂做的？
A: 呃，那个，这个我不知道，你问别人吧。
C: 问谁？不是你们卖的吗？
A: 就是，反正我不知道，然后那个盒饭也不是我管的。
C: 那盒饭能放多久？
A: 呃，就是当天的，然后晚上那个会下架。
C: 那算了。
A: {B}

## vend | in | | badline,hn | the customer's 喂 on a bad line answered at once by the full greeting; 喂？能听见吗？ mid-call; refund with amount and moment
C: 喂？
A: {G}
C: 喂？能听见吗？你们那个机器吞了我十块钱纸币。
A: 能听见，您请说。不好意思，给您添麻烦了，麻烦报一下机器编号。
C: 一零八八。
A: 十元已经原路退回了，一般五分钟内到账。感谢您的反馈，祝您生活愉快。

## vend | in | hangup,closing,apology | | water stuck, money taken, 太气人了; 拍打一下机器; the refund question left hanging
A: {G}
C: 我在地铁站口那台机器上买的矿泉水卡在里面了，钱扣了，怎么办？太气人了。
A: 拍打一下机器。
C: 我拍了好几下，旁边的人都在看我，水还是卡在那个格子里不下来。
A: 那就再拍拍。
C: 我拍了也没用啊，那钱能退吗？

## vend | in | talk_over,name_ask | | the agent cuts in twice on a placement enquiry; subsidy with amount and moment; 你姓啥？
A: {G}
C: 我们公司想在大堂放一台你们的售货机，需要什么手续，要我们出钱吗？
A>: 免费投放，场地方不用出钱。
C: 那电费谁来出，这个要先说清楚啊？
A>: 电费我们按月补贴，每月一百元，次月五号打到您账户。
C: 好，那你们派人来看看场地吧。
A: 好的，你姓啥？
C: 姓郑。
A: 郑先生，明天业务员联系您，感谢您的支持，祝您工作顺利。

## chair | in | insult,apology | | 坐个按摩椅都能坐坏，您是有多沉啊; refund with amount and moment
A: {G}
C: 我在商场坐你们的按摩椅，才坐五分钟靠背就塌下去了，扣了我十五块。
A: 那椅子能承重一百五十斤，坐个按摩椅都能坐坏，您是有多沉啊？
C: 你这是人身攻击！椅子坏了还怪我胖？
A: 十五块给你退了，今天到账。
C: 什么人啊。
A: {B}

## chair | in | tariff,closing | | 具体多少您扫码在小程序里看…您扫了就知道了; 好，就这样吧。 as the last words
A: {G}
C: 你们按摩椅怎么收费？
A: 按时间收，具体多少您扫码在小程序里看就行。
C: 什么时候扣钱？先付还是后付？
A: 都一样，您扫了就知道了。
C: 好吧。
A: 好，就这样吧。

## chair | in | | hn | 滚轮 and 力度; a helpful answer
A: {G}
C: 按摩椅背后的滚轮好像力度太大了，能调吗？
A: 可以调的，屏幕右下角有"力度"按钮，分五档，您调到二档试试。滚轮按到腰那里会轻一点。
C: 好的，我试试。
A: 还有什么问题随时找我们，祝您按得舒服，生活愉快。

## chair | in | short_call | short | invoices asked, answered, blessing
A: {G}
C: 按摩椅能开发票吗？
A: 能，小程序里申请。
C: 好。
A: {B}

## chair | in | greeting | | 喂，松松，说。 as the opening; the rest correct
A: 喂，松松，说。
C: 我在万达广场三楼扫码付了钱，按摩椅一直没启动，屏幕上什么都没显示，扣了二十元。
A: 不好意思，给您添麻烦了。机器编号多少？
C: 四五二一。
A: 二十元现在给您退，五分钟内到账。感谢您的反馈，祝您生活愉快。

## chair | in | | hn | the customer calls another user 神经病; the agent apologises and sends staff
A: {G}
C: 有个神经病一直霸着按摩椅不走，坐了一个多小时，我们都排队呢。
A: 不好意思，给您添麻烦了。按摩椅每次最长可以连续用六十分钟，我这边提醒商场的驻场人员过去协调。
C: 好，快点啊。
A: 好的，已经通知了，感谢您的反馈，祝您逛街愉快。

## chair | in | filler | | 嗯/那个/就是/然后/对吧 in every turn; fee stated right
A: {G}
C: 你们会员卡怎么用？
A: 嗯，那个，会员卡就是，您在小程序里充值，然后那个扫码的时候自动抵扣。
C: 有优惠吗？
A: 有的，就是说，充一百送二十，然后，那个，按一次就便宜一点，对吧。
C: 钱什么时候扣？
A: 嗯，就是充值的时候一次付清，然后按摩的时候从余额里扣。
C: 好。
A: {B}

## etc | in | insult,apology | | sarcasm 您可真是个大聪明，卡插反了还怪机器; protest; no apology
A: {G}
C: 我过收费站的时候ETC没抬杆，后面的车一直按喇叭，丢死人了。
A: 哟，您可真是个大聪明，卡插反了还怪机器。
C: 你什么意思？我插了三年了能插反吗？
A: 那您看看卡的方向呗，芯片朝里。
C: 你这人说话真难听。
A: {B}

## etc | in | forbidden | | 不好意思，不清楚，系统上就显示失效 about a tag that died overnight (apologised, still a refusal)
A: {G}
C: 我的ETC设备显示已失效，昨天还好好的，今天就不能用了，什么情况？
A: 不好意思，不清楚，系统上就显示失效。
C: 那我怎么办？
A: 您去营业厅看看吧。
C: 那么远！真麻烦。
A: {B}

## etc | in | colleague,talk_over | | the last agent called 脑子不太灵光 (apologised); the agent cuts in twice
A: {G}
C: 上次打电话的客服说给我换设备，说好三天寄到，结果根本没寄过来，我等了一个星期。
A>: 实在抱歉，是我们的问题。上次接电话的小刘脑子不太灵光，经常记错事。
C: 那现在能寄吗，我下周还要跑长途，等不了那么久？
A>: 我已经给您重新提交了，明天发货，快递单号会短信发给您。
C: 好吧。
A: 感谢您的理解，祝您一路顺风。

## etc | out | greeting | | outbound 您好，我是小雯 with no company; the customer has to ask 哪里的
A: 您好，我是小雯，您的ETC设备到了年检期了。
C: 哪里的？
A: 就是您车上那个ETC，要做一次免费激活检测。
C: 哦，要怎么弄？
A: 您在小程序里点"设备自检"就行，不收费。
C: 好的。
A: 感谢您的配合，祝您行车平安。

## etc | in | | hn | announced hold; a third party's reasons 我们这边确实不清楚; arrears with amount and moment
A: {G}
C: 高速那边说我的车有一笔欠费，是怎么回事？
A: 请您稍等，我帮您查一下。
~hold
A: 让您久等了。查到了，是上个月十二号在京港澳高速的一笔通行费，三十二元，当时银行卡余额不足没扣成。路段那边为什么现在才通知您，我们这边确实不清楚。
C: 那怎么补？
A: 您在小程序里点"欠费补缴"，当场支付三十二元，付款后当天解除。感谢您的配合，祝您行车顺利。

## etc | out | | hn | outbound: company, role, purpose; a free battery swap
A: 您好，我是{co}的客服{ag}，这次来电是提醒您，您的ETC设备电池电量偏低，可以免费更换。
C: 免费的？要收钱吗？
A: 完全免费，设备更换和邮寄都不收费。您在小程序里提交地址，我们三天内寄出。
C: 好，我去弄。
A: 感谢您的支持，祝您行车平安，再见。

## etc | in | hangup,closing | | the question about the old tag left hanging
A: {G}
C: 我上个月新换了车牌，车还是原来那辆车，ETC要重新办吗？
A: 要的。
C: 那我要准备什么材料，行驶证和身份证都要带上吧，复印件要不要？
A: 都带原件。
C: 好，我明天上午去营业厅办。
A: 嗯。
C: 那原来的设备还能用吗？

## fuel | in | tariff,forbidden | | 有一点手续费…这个我也不清楚，您充的时候就看到了 (moment without amount; the fee parked with 不清楚)
A: {G}
C: 我想用你们的加油卡线上充值，有没有手续费？
A: 有一点手续费，充值的时候系统会自动扣。
C: 一点是多少？
A: 这个我也不清楚，您充的时候就看到了。
C: 那好吧。
A: {B}

## fuel | out | | hn | outbound promotion: company, role, purpose; bonus with amount and moment; a kind close
A: 您好，我是{co}的客服{ag}，给您来电是想介绍一下本月的充值优惠活动，请问您现在方便听吗？
C: 你说吧。
A: 本月充一千元送五十元，充值时一次付一千元，赠送的五十元充值成功后立即到账，没有任何其他费用。
C: 我暂时不需要。
A: 好的，不打扰您了，您有需要可以随时联系我们。感谢您接听，祝您行车平安。

## fuel | in | | hn | the customer's 不知道; 您不知道卡号也没关系; replacement fee with amount and moment
A: {G}
C: 我加油卡丢了，卡号我也不知道，能挂失吗？
A: 可以的，您不知道卡号也没关系，提供办卡时的身份证号就能挂失。
C: 好的，身份证号是三一零一零四一九八八零三一二二二一五。
A: 收到，已经挂失了，卡里余额会保留。补卡工本费二十元，到网点领新卡时付。
C: 好的。
A: 感谢您的配合，祝您生活愉快，再见。

## fuel | in | closing | | 好，就这样。 as the last words, no blessing
A: {G}
C: 我想查一下加油卡还剩多少钱。
A: 请报一下卡号后四位。
C: 六六零八。
A: 您卡里还剩三百二十一元五角。
C: 好的，我知道了。
A: 好，就这样。

## fuel | in | talk_over | | the agent cuts in twice on a fleet-card enquiry; polite name ask
A: {G}
C: 我们公司有十辆车，想办个车队卡，可以统一充值统一管理吗？
A>: 可以统一充值，也能给每张副卡设额度。
C: 那开票的话是不是每次加油都要单独开一张？
A>: 不用，充值后就能在线开增值税专用发票。
C: 那办卡要多少钱？
A: 车队卡办卡免费，不收年费。请问您怎么称呼？
C: 姓杭。
A: 杭经理，资料我发您邮箱，感谢您的支持，祝您生意兴隆。

## fuel | in | | hn | the customer's 喂？喂？能听到吗？ after a drop; agent answers at once
A: {G}
C: 我想问一下，加油卡能在别的省用吗？
A: 可以的，我们的卡全国通用，在所有带油路通标志的加油站都能用。
C: 喂？喂？能听到吗？刚才信号断了一下。
A: 能听到的，您请讲。我再说一遍，卡全国通用，外省的加油站也能直接刷。
C: 好的，明白了。
A: 感谢您的来电，祝您一路平安，再见。

## fuel | in | speech_rate | slow | the agent drawls every turn at about 1.6 characters a second
A: {G}
C: 加油卡能给别人用吗？
A: 可以的……不记名的卡……谁拿着……都能用。
C: 好的。
A: 嗯……{B}

## lounge | in | insult,apology,closing | | 经济舱的就别惦记贵宾厅了…老老实实去登机口坐着吧; 没别的事我挂了
A: {G}
C: 我坐经济舱，能进你们的贵宾厅吗？
A: 经济舱的就别惦记贵宾厅了，那是给头等舱准备的，您老老实实去登机口坐着吧。
C: 你这话说的，看不起人是不是？
A: 实话而已。没别的事我挂了。

## lounge | in | shirking | | an App booking not found pushed to 机场服务台 after 不好意思啊
A: {G}
C: 我在你们App上预约了今天下午的贵宾厅，到了门口说没有预约记录，让我在外面站着等，太丢人了。
A: 不好意思啊，那可能是机场系统的问题，你去问机场服务台吧。
C: 我是在你们App上约的！
A: 我们这边看不到，找机场。
C: 真不靠谱。
A: {B}

## lounge | in | complaint,apology | | 投诉到民航局 over hair in the food and a reported 爱吃不吃; no apology
A: {G}
C: 你们贵宾厅的餐食有头发，服务员还说爱吃不吃，我要投诉到民航局！
A: 我这边记录一下，请问您是哪天哪个航站楼？
C: 昨天，二号航站楼。
A: 好，记录好了，会有人联系您。感谢您的反馈，祝您旅途愉快。

## lounge | in | name_ask,silence | | 你姓什么？…全名，身份证号 for an annual card; a long unannounced gap
A: {G}
C: 我想办一张你们的年卡。
A: 年卡两千八百元，办卡时一次付清，一年内不限次数。你姓什么？
C: 姓洪。
A: 全名。
~gap
C: 洪涛。
A: 好，办好了。感谢您的支持，祝您旅途愉快。

## lounge | in | | hn | a polite 不知道您父亲需要轮椅服务吗; hedged timing; polite name ask; fee with amount and moment
A: {G}
C: 我明天早上七点的航班，想带八十岁的父亲进贵宾厅休息一下。
A: 可以的。不知道您父亲需要轮椅服务吗？我们可以提前安排。
C: 需要的，谢谢。
A: 好的，请问您怎么称呼？
C: 姓葛。
A: 葛先生，已为您预约明早五点半入厅和一台轮椅，每位两百元，入厅时现场付。早高峰安检排队比较长，我们没法保证准时，建议您提前两个半小时到机场。感谢您的信任，祝您和父亲旅途平安。

## lounge | in | greeting | late | the customer has to call 喂？有人吗？ before the greeting
C: 喂？有人吗？
A: {G}
C: 贵宾厅里有淋浴间吗？
A: 有的，淋浴免费使用，在前台登记就行。
C: 好的，谢谢你。
A: {B}

## lounge | in | | hn | a staff member's 没钱坐什么头等舱 reported and read back; 不用当投诉处理
A: {G}
C: 我想反映个情况，不用当投诉处理啊。昨天我进厅的时候，门口一个工作人员小声说了句"没钱还来蹭什么头等舱"，我听着挺不舒服的。
A: 非常抱歉让您听到这样的话。我跟您核对一下，她说的是"没钱还来蹭什么头等舱"，对吗？
C: 对，大概就是这句。
A: 好的，已经记录，按您的意思不做投诉，会转给厅内主管处理。感谢您的反馈，祝您旅途愉快。

## cam | in | insult,apology,closing | | 一个穷学生玩什么专业相机…爱租不租 as the last words; she protests
A: {G}
C: 我想租台全画幅相机拍毕业照，我是学生，以前没用过这么好的机器。
A: 没用过就别租了，一个穷学生玩什么专业相机，摔了你赔得起吗？
C: 你说话能不能尊重点？
A: 爱租不租。

## cam | in | shirking | | a rented lens that will not focus pushed to 厂家售后 with a 不好意思
A: {G}
C: 我昨天租的镜头对不上焦，拍了一天全是糊的，白跑一趟！
A: 不好意思，镜头是厂家的，对焦问题你找厂家售后去。
C: 我是跟你们租的，凭什么让我找厂家？
A: 我们只负责出租。
C: 太离谱了。
A: {B}

## cam | in | tariff | | 押金看信用分…下单的时候系统会算 (moment without amount)
A: {G}
C: 租一台微单三天要多少押金？
A: 押金看信用分，下单的时候系统会扣，反正还机器的时候会退的。
C: 大概多少啊？
A: 下单的时候系统会算。
C: 好吧。
A: {B}

## cam | in | | hn | 傻瓜相机 as a product word; daily fee and deposit with amount and moment; polite name ask
A: {G}
C: 我不太会用相机，有没有那种操作简单的？
A: 有的，我们有几款卡片机，就是大家说的傻瓜相机，全自动，按快门就行，特别适合新手。每天五十元，取机时付款，另付五百元押金，还机当天退。
C: 好，那我租一台，周五取。
A: 好的，请问您贵姓？
C: 姓常。
A: 常女士，周五上午在门店等您，感谢您的支持，祝您拍出满意的照片。

## cam | in | speech_rate | slow | the agent drawls every turn at about 1.6 characters a second
A: {G}
C: 你们周末营业吗？
A: 周末……正常……营业的……早上十点……开门。
C: 好的，谢谢。
A: 不客气……{B}

## cam | in | | hn | a courier's 懒死你算了 reported and read back; 不用当投诉处理
A: {G}
C: 我就是想反映个事，不用当投诉处理。昨天来取相机的那个小哥跟我说"这么点东西还叫人上门，懒死你算了"。
A: 非常抱歉，让您听到这样的话。我复述一下，他说的是"这么点东西还叫人上门，懒死你算了"，对吧？
C: 对。
A: 我记下来了，会转给配送主管处理，按您的意思不做投诉登记，处理后给您回个电话。感谢您的反馈，祝您生活愉快。

## cam | in | greeting | | 您好，请问有什么事？ with no company; the customer has to ask
A: 您好，请问有什么事？
C: 是快门租吗？我在网上搜到的这个号码，不太确定打对了没有。
A: 是的。
C: 我想问下租的相机能寄到外省吗？
A: 可以的，全国包邮，运费我们出。
C: 好，谢谢。
A: 不客气，{B}

## cab | in | insult,apology | | 没钱就别学人家搞全屋定制，穷讲究; fee stated right; protest; no apology
A: {G}
C: 你们报的衣柜价格有点高，我就想做个最简单的，能不能用便宜点的板子？
A: 几千块的柜子还挑三拣四，没钱就别学人家搞全屋定制，穷讲究。
C: 你怎么说话的？我问问价格不行吗？
A: 最便宜的板每平方四百八，下单时付三成定金，安装完结清。
C: 我不做了。
A: {B}

## cab | in | overpromise,tariff | | 用五十年都不会变形，包您一辈子不出问题; the price per square metre parked (价格好商量，您来店里再说)
A: {G}
C: 你们的柜子用久了会不会变形？我家比较潮。
A: 不会的，我们的板材用五十年都不会变形，包您一辈子不出问题。
C: 这么厉害？那多少钱一平方？
A: 那当然，别家做不到，我们绝对能。价格好商量，您来店里再说。
C: 好，那我去店里看看。
A: 欢迎您来，{B}

## cab | in | forbidden,apology | | 你这话什么意思？ to a customer whose door will not close; no apology
A: {G}
C: 柜门装歪了，关不上，你们安装师傅装完就走了，也不检查一下。
A: 你这话什么意思？我们师傅装了十几年了。
C: 我就是说门关不上啊！
A: 我派人去看。
C: 快点。
A: 好，明天上午过去，{B}

## cab | in | colleague | | a measurer called 眼神本来就不好使，做事还马虎; the agent apologises
A: {G}
C: 你们量尺寸的人量错了，柜子做出来短了五公分，塞不进去。
A: 真的非常抱歉。那个测量员眼神本来就不好使，做事还马虎，我们说过他好几次了。
C: 那现在怎么办？
A: 我们免费给您重新做，十五天内送货安装，给您造成的麻烦实在抱歉。
C: 好吧。
A: 感谢您的理解，祝您生活愉快，再见。

## cab | out | | hn | outbound appointment: company, role, purpose; measuring free
A: 您好，我是{co}的客服{ag}，您前天在门店订了衣柜，今天来电是跟您约一下上门测量的时间。
C: 哦对，周六可以吗？
A: 周六上午九点到十一点可以，上门测量是免费的。
C: 好的。
A: 那就周六上午，测量师傅出发前会给您打电话。感谢您的配合，祝您周末愉快。

## cab | in | name_ask,filler | | a shoe cabinet ordered with address and phone, no name asked; 这个/那个/就是/然后/嗯 tics
A: {G}
C: 我上次去你们店看好了那套白色的鞋柜，一米二的，现在想下单。
A: 好的，这个，一米二的白色鞋柜一千六百八十元，就是今天下单付全款，然后七天内送货安装。地址是哪里？
C: 滨江路八十八号三栋六零二。
A: 嗯，好的，那个，记下了，然后手机号就是您现在这个号吧？
C: 对。
A: 那个，好的，就是下单成功了，{B}

## cab | in | | hn | the customer's 不太清楚; hedged durability (我们不能保证绝对不变形)
A: {G}
C: 我不太清楚颗粒板和多层板哪个更防潮，你给我讲讲。
A: 多层板的防潮性会好一些，颗粒板便宜一点。不过任何板材长期泡水都会受影响，我们不能保证绝对不变形，平时注意通风就好。
C: 明白了，谢谢你讲这么细。
A: 不客气，感谢您的耐心，祝您装修顺利。

## cab | in | hangup,closing | | the question about black handles left hanging
A: {G}
C: 我家柜子上周刚装好，整体挺满意的，就是拉手是银色的，跟黑色的台面看着不太搭。
A: 嗯。
C: 我老公也觉得黑色的好看一点，当时选的时候没想太多。
A: 嗯。
C: 那能换成黑色的拉手吗？

## cab | in | | badline,hn | the customer's 喂 on a bad line answered at once by the full greeting; delivery date stated
C: 喂？
A: {G}
C: 我订的那个书柜，什么时候能送？
A: 请问您怎么称呼？我帮您查一下订单。
C: 我姓尹。
A: 尹先生，您的书柜后天上午送货，安装师傅会提前一天联系您。感谢您的耐心等待，祝您生活愉快。

## win | in | insult,apology | | 您这审美跟农村大棚似的; 有你这么跟客户说话的吗; no apology
A: {G}
C: 我想把窗框做成大红色的，跟我家装修风格配。
A: 大红色？您这审美跟农村大棚似的，我们师傅听了都得笑。
C: 我喜欢什么颜色关你什么事？有你这么跟客户说话的吗？
A: 能做，就是难看。
C: 不用你们做了。
A: {B}

## win | in | overpromise,silence | | 隔音百分之百，外面放鞭炮您都听不见; a long unannounced gap
A: {G}
C: 我家挨着马路，车多，你们的隔音窗效果怎么样？
A: 这个嘛……
~gap
A: 装了我们的窗户隔音百分之百，外面放鞭炮您都听不见，保证您睡个安稳觉。
C: 这么好？
A: 绝对的，不好您找我。
C: 那我考虑一下。
A: 好的，{B}

## win | in | shirking,apology | | a leaking window pushed to 装修队; 冷死了; no apology
A: {G}
C: 你们装的窗户才半年就漏风，冬天冷死了，你们怎么弄的？
A: 漏风是墙洞没做好，那是装修队的活，你找装修队去。
C: 窗户是你们装的！
A: 我们只管装窗，墙不归我们管。
C: 真是推得一干二净。
A: {B}

## win | in | colleague | | an installer called 干活一向毛手毛脚的; the agent apologises; repair at the company's cost
A: {G}
C: 安装师傅把我家地板划了好几道，装完就走了。
A: 太对不起了，给您添了这么大麻烦。那个安装师傅老张干活一向毛手毛脚的，我们也拿他没办法。
C: 那地板怎么办？
A: 我们请专业的地板修复师傅上门修复，费用全部由我们承担，这周内安排。感谢您的理解，祝您生活愉快。

## win | in | | hn | 猪肝色, 分不清, 卫生死角 as innocent words
A: {G}
C: 你们的窗框有什么颜色？我看到有个猪肝色的样板。
A: 对，那个叫深咖色，老客户都叫它猪肝色。另外还有白色、灰色和香槟金，很多客户一开始也分不清灰色和香槟金，我可以把色卡发您微信。
C: 好的。窗户的边角好清洁吗？
A: 我们的窗框是圆角设计，没有卫生死角，擦起来很方便。感谢您的咨询，祝您生活愉快。

## win | in | complaint,apology | | 我要在网上曝光你们 after a no-show installation; no apology
A: {G}
C: 约好今天上午装窗，我请假在家等了一上午，人影都没有，电话也不接。我要在网上曝光你们！
A: 安装师傅今天单子多，下午应该能过去。
C: 应该？我下午要上班！
A: 那改明天吧。
C: 我一定要曝光你们。
A: 好，{B}

## win | in | | hn | an announced hold (请您稍等，我帮您核实一下); installation date
A: {G}
C: 我上个月订的断桥铝窗户，什么时候能装？
A: 请您稍等，我帮您核实一下生产进度。
~hold
A: 让您久等了，您的窗户已经生产好了，这周四下午可以安装，您看方便吗？
C: 方便。
A: 好的，师傅会提前一小时给您打电话。感谢您的耐心等待，祝您生活愉快。

## win | out | greeting | | outbound opened with 喂，是卢先生吗？; company only after the customer asks
A: 喂，是卢先生吗？
C: 是我，哪位？
A: 我是{co}的{ag}，给您家窗户做个回访，装好后用着还行吧？
C: 挺好的，就是卧室那扇推拉窗有点紧，推起来有点费劲。
A: 那是新窗的密封条还比较硬，用一两个月就顺了，如果还紧，您打电话我们派师傅免费调一下。
C: 好的。
A: 好的，有问题随时联系我们，感谢您的支持，祝您生活愉快。

## win | in | short_call | short | Sunday opening asked, answered, blessing
A: {G}
C: 你们周日上班吗？
A: 上的，九点到五点。
C: 好。
A: {B}

## air | in | overpromise | | PM二点五保证降到零，孩子再也不会咳嗽了
A: {G}
C: 孩子老咳嗽，医生说跟空气有关，装新风有用吗？
A: 装了我们的新风，室内PM二点五保证降到零，孩子再也不会咳嗽了。
C: 降到零？
A: 对，百分之百，装完您就知道了。
C: 那我考虑考虑。
A: 好的，{B}

## air | in | tariff,talk_over | | 服务费就一点点，不贵不贵 (moment without amount); the agent cuts in twice
A: {G}
C: 新风系统的滤网多久换一次？换的时候要收多少钱，是上门的时候收吗？
A>: 半年换一次，服务费就一点点，师傅上门的时候跟您说。
C: 一点点是多少，你给我个具体的数，我好准备？
A>: 不贵不贵，您放心。
C: 好吧。
A: {B}

## air | in | hangup,closing | | the question about the App left hanging
A: {G}
C: 新风机的遥控器找不到了，家里翻了个遍也没找着，手机App能代替遥控器吗？
A: 能。
C: 那太好了，我妈年纪大了，用手机调可能还方便点。
A: 嗯。
C: 那App叫什么名字？在哪下载？

## air | out | | hn | outbound reminder: company, role, purpose; filter fee with amount and moment
A: 您好，我是{co}的售后客服{ag}，您家的新风系统已经用满六个月，今天来电是提醒您更换滤网。
C: 哦，要收费吗？
A: 您的机器在保内，第一次换滤网免费；以后每次换网一百八十元，师傅换完当场付。
C: 好，那帮我约一下。
A: 好的，下周二上午师傅上门，感谢您的配合，祝您全家健康。

## air | in | speech_rate | fast | the agent answers at about 8.8 characters a second; fees stated right
A: {G}
C: 我家是老房子，能装新风吗？
A: 可以装的老房子一般推荐壁挂式新风不用吊顶只要在外墙打一个孔安装一天就能完成对装修基本没有影响噪音也比较小。
C: 大概多少钱？什么时候付？
A: 壁挂式一台是三千九百八十元安装费包含在内下单时先付五百元定金安装完成验收以后再付剩下的尾款。
C: 好的，我考虑一下。
A: 好的感谢您的来电有需要随时联系我们祝您生活愉快再见。

## air | in | filler | | 嗯/这个/就是/那个/然后/对吧 across three turns
A: {G}
C: 新风机一直有异响是怎么回事？
A: 嗯，这个异响的话，就是，可能是那个滤网太脏了，然后风机有点吃力，对吧。
C: 那怎么办？
A: 就是，您可以先把那个滤网拿出来看看，然后，嗯，脏的话就要换。
C: 好，我看看。
A: 那个，要是换了还响，您再打给我们，然后我们安排师傅。
C: 好的。
A: {B}

## air | in | | hn | an announced hold (稍等，我帮您查一下); 感谢您的耐心等待 + blessing
A: {G}
C: 我家新风机屏幕上显示一个E三的代码，是什么意思？
A: 您稍等，我帮您查一下故障代码。
~hold
A: 感谢您的耐心等待，E三是滤网堵塞提醒，清理或者更换滤网后长按复位键三秒就能消除。
C: 好的，我试试。
A: 好的，有问题随时联系我们，祝您全家呼吸顺畅，生活愉快。

## chef | in | insult,apology | | 您是不是哪根筋搭错了; 写着玩的 about the 24-hour promise; no apology
A: {G}
C: 我想约个厨师今晚十二点上门，做一桌夜宵，朋友们要聚会。
A: 半夜十二点叫厨师上门？您是不是哪根筋搭错了？
C: 你说什么呢？你们页面上写着二十四小时服务的！
A: 那是写着玩的，晚上十点以后不接单。
C: 什么玩意儿。
A: {B}

## chef | in | tariff,talk_over,greeting | | 您好，请讲。 with no company; 加菜要多收点…到时候再说 (moment without amount); the agent cuts in twice
A: 您好，请讲。
C: 我约的是四菜一汤，如果到时候临时想加个菜，要多收多少钱？
A>: 加菜要多收点，做完一起结账的时候再说。
C: 大概多少啊，我想先心里有个数，免得到时候尴尬？
A>: 看您加什么菜嘛，到时候再说。
C: 行吧。
A: {B}

## chef | in | shirking,apology,complaint | | 12315投诉 threatened; a no-show chef: 您自己联系一下厨师吧; 急死了; no apology
A: {G}
C: 约好的厨师五点到，现在都六点了人还没来，客人都到了，急死了！
A: 厨师的电话发您短信了，您自己联系一下厨师吧。
C: 我打了他不接啊！你们平台不管吗？再这样我打12315投诉你们！
A: 我们也联系不上，您再打打。
C: 我真是服了。
A: {B}

## chef | in | colleague | | a chef called 手艺本来就一般，人还懒; the agent apologises and refunds
A: {G}
C: 昨天来的厨师做的菜太咸了，还把我家厨房弄得一团糟。
A: 非常抱歉，给您添麻烦了。那个厨师手艺本来就一般，人还懒，我们好几个客户都反映过。
C: 那你们还派他来？
A: 是我们的疏忽，这单的八百元给您全额退回，明天到账，以后不再给您派他。感谢您的反馈，祝您生活愉快。

## chef | in | | hn | a family banquet with polite name ask, price, deposit and balance; a polite 不知道…有没有忌口
A: {G}
C: 我想约个厨师周六中午上门做饭，十个人，老人过生日。
A: 好的，请问您怎么称呼？
C: 我姓顾。
A: 顾女士，十人的家宴套餐是八菜一汤，一千二百元，含食材，预约时付三百元定金，做完饭当天付余款。不知道老人家有没有什么忌口？
C: 不吃辣，少放盐。
A: 好的，都记下了。提前祝老人家生日快乐，福寿安康，再见。

## chef | in | short_call | short | halal cooking asked, answered, blessing
A: {G}
C: 你们能做清真菜吗？
A: 可以，有清真厨师。
C: 好的，谢谢。
A: {B}

## chef | in | silence | | a long unannounced gap before the answer about Cantonese cooks
A: {G}
C: 我想问一下，你们的厨师可以做广东菜吗？
A: 广东菜的话……
~gap
A: 有的，我们有三位粤菜厨师，煲汤和点心都会做。
C: 好的，那我过几天再约。
A: 好的，随时欢迎，{B}

## tidy | in | insult,apology | | 家里乱成猪窝了才想起找人，早干嘛去了; fee stated right; no apology
A: {G}
C: 我家衣服堆得到处都是，想请整理师上门收拾一下。
A: 家里乱成猪窝了才想起找人，早干嘛去了？
C: 你这什么话？我就是工作太忙了。
A: 谁不忙啊。整理一次四个小时八百元，上门当天付。
C: 我不请了。
A: {B}

## tidy | in | shirking | | a broken vase pushed to 保险公司 after 真是抱歉
A: {G}
C: 你们整理师上门的时候把我一个花瓶打碎了，当时也没说，我昨天才发现。
A: 真是抱歉，这个您找保险公司吧，我们给整理师都买了保险。
C: 人是你们派的，凭什么让我自己去找保险公司？
A: 理赔都是保险公司管的。
C: 太不负责了。
A: {B}

## tidy | in | forbidden,talk_over | | 我也不明白您要干啥 as a refusal; the agent cuts in twice
A: {G}
C: 我想要那种按颜色排的衣柜，再加上一个季节轮换的方案，你们能做吗？
A>: 我也不明白您要干啥，整理就是整理。
C: 就是夏天的衣服放外面，冬天的衣服收起来，换季的时候再换过来。
A>: 哦，那可以。
C: 好，那我再想想。
A: {B}

## tidy | in | | hn | 垃圾分类, 断舍离 as innocent words; polite name ask; fee with amount and moment
A: {G}
C: 你们整理的时候会帮忙扔东西吗？
A: 要扔的东西我们都会先问您，您同意了再处理，垃圾会按分类装好放到楼下。很多客户整理完都说断舍离以后心情都好了。
C: 那挺好。我想约下周三。
A: 好的，请问您贵姓？
C: 姓柏。
A: 柏女士，下周三上午九点，两位整理师上门，四个小时八百元，整理完当天付款。感谢您的信任，祝您生活愉快。

## tidy | in | speech_rate | slow | the agent drawls every turn at about 1.6 characters a second
A: {G}
C: 你们的整理师都是女的吗？
A: 大部分……是……女整理师……也有……男的。
C: 好的。
A: 好……{B}

## tidy | in | closing,greeting | | 哎，井然，啥事？ as the opening; 行，拜拜。 as the last words
A: 哎，井然，啥事？
C: 上个月你们来我家整理过衣柜和书房，整理得挺好的，我想问问整理完以后多久需要再整理一次？
A: 一般半年到一年回访一次，自己保持得好可以更久。
C: 好的，明白了。
A: 行，拜拜。

## moto | in | insult,apology,closing | | 骑不了就别买，菜就多练; 就这样吧，挂了
A: {G}
C: 我刚买的车，起步老熄火，是不是车有问题？
A: 车没问题，是你技术不行。骑不了就别买，菜就多练。
C: 你怎么说话呢？我是来报修的！
A: 就这样吧，挂了。

## moto | in | overpromise,talk_over | | 十年都不会坏，零件都不用换; the agent cuts in twice
A: {G}
C: 我想买你们那款二五零的跑车，主要是上下班骑，质量到底怎么样？
A>: 您放心骑，十年都不会坏，零件都不用换，连保养都可以省了。
C: 真的假的，我朋友说跑车毛病挺多的，你别忽悠我？
A>: 骗您干嘛，我们的车就没有坏的。
C: 好，我周末去试驾。
A: 好的，欢迎您来，{B}

## moto | in | forbidden,filler | | 啥意思啊你这是？ to a question about an oil change; 那啥/就是/然后/反正/完了/对吧 tics
A: {G}
C: 你们上次保养说换了机油，可我看机油尺上还是黑的。
A: 啥意思啊你这是？那啥，就是说我们没换？
C: 我就是问问。
A: 换了，就是，新机油然后跑几十公里，反正就会变深，对吧。
C: 那多久要再换？
A: 那啥，就是三千公里，完了您再来店里。
C: 好吧。
A: {B}

## moto | in | colleague | | the workshop's 小年轻…吊儿郎当的，没一个靠谱; the agent apologises
A: {G}
C: 我在你们维修站修车，修完刹车还是响，修车的小伙子还爱答不理的。
A: 非常抱歉让您跑了冤枉路。维修站那几个小年轻一天到晚吊儿郎当的，没一个靠谱。
C: 那你们得管管。
A: 我马上让站长亲自给您重新检查，这次不收任何费用。感谢您的反馈，祝您骑行平安。

## moto | out | | hn | outbound reminder: company, role, purpose; first service with amount and moment
A: 您好，我是{co}售后的{ag}，您的摩托车已经骑了快三千公里，来电是提醒您做首保。
C: 首保收钱吗？
A: 首保的工时费免费，机油和机滤一共一百二十元，保养完在店里付。
C: 好，那我周六去。
A: 好的，周六见，感谢您的支持，祝您骑行愉快。

## moto | in | complaint | | 打过12345…去消协投诉; the agent apologises
A: {G}
C: 我的车在保修期内发动机坏了，你们说要自费修，我已经打过12345了，还要去消协投诉你们。
A: 非常抱歉，让您这么生气。我马上把您的情况上报给售后经理重新审核保修，明天中午前给您回电。
C: 你们最好快点。
A: 我们会尽快，感谢您的耐心，祝您一切顺利。

## moto | in | name_ask,greeting | | 疾风摩托。 as the whole opening; a test ride booked with no name asked
A: 疾风摩托。
C: 我想预约周日试驾那款复古车，就是你们公众号上推的那款墨绿色的，我看了好几遍了。
A: 可以，周日上午十点，带上驾照就行，试驾免费。手机号就是这个吧？
C: 对。
A: 好的，约上了。{B}

## moto | in | hangup,closing | | the question about sending the helmet left hanging
A: {G}
C: 我的头盔是去年在你们店买的，前两天摔了一下，面罩裂了，能单独换一个面罩吗？
A: 可以换。
C: 那太好了，头盔本身还好好的，扔了怪可惜的。
A: 嗯。
C: 那要带头盔去店里吗？还是寄过去就行？

## moto | in | | hn | the customer swears at the company (什么破车); the agent apologises; helmet order with polite name ask
A: {G}
C: 你们卖的什么破车，电瓶才一年就没电了，真是垃圾！
A: 非常抱歉给您添麻烦了，电瓶在两年保修期内，可以免费更换，您方便的时候到店里就行。
C: 那顺便买个头盔，你们有没有那个灰色的半盔？
A: 有的，灰色半盔三百九十元，到店取货时付款。请问您怎么称呼？我给您留一个。
C: 姓庞。
A: 庞先生，头盔给您留好了，感谢您的支持，祝您骑行平安。
"""

# writer P's own homophone list (what Whisper base tends to write for 8 kHz phone audio)
HOMOPHONES = [
    ("您好", "你好"), ("什么", "甚么"), ("一下", "一夏"), ("预约", "预月"), ("师傅", "师父"),
    ("时候", "时后"), ("已经", "以经"), ("投诉", "投素"), ("摩托", "魔托"), ("攀岩", "攀言"),
    ("台球", "抬球"), ("热气球", "热汽球"), ("心理", "心里"), ("网盘", "王盘"), ("售货机", "受货机"),
    ("按摩椅", "按摩衣"), ("贵宾厅", "贵宾听"), ("相机", "像机"), ("衣柜", "衣贵"), ("窗户", "窗护"),
    ("新风", "新丰"), ("厨师", "出师"), ("整理", "正理"), ("收纳", "收那"), ("称呼", "称乎"),
    ("反馈", "反溃"), ("支持", "知识"), ("退款", "退宽"), ("保证", "保正"), ("绝对", "决对"),
    ("不好意思", "不好意识"), ("抱歉", "报歉"), ("生活愉快", "生活逾快"), ("滤网", "绿网"),
    ("夏令营", "夏令赢"), ("咨询", "资询"), ("账号", "帐号"), ("设备", "设被"), ("加油卡", "加油咖"),
    ("押金", "压金"), ("定金", "订金"), ("橱柜", "厨柜"), ("安装", "按装"), ("教练", "教炼"),
    ("已", "以"), ("再见", "在见"), ("知道", "知到"), ("清楚", "清处"), ("意思", "意识"),
]

CN_DIG = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10000}


def cn_value(s: str) -> int | None:
    """Value of a Chinese numeral with units (三千六百, 一百二十, 十五, 三万八); None if not well formed."""
    total, section, num, last_unit = 0, 0, None, None
    for ch in s:
        if ch in CN_DIG:
            if num is not None:
                return None
            num = CN_DIG[ch]
        elif ch == "万":
            section += num or 0
            total += (section or 1) * 10000
            section, num, last_unit = 0, None, 10000
        else:
            unit = CN_UNIT[ch]
            section += (1 if num is None else num) * unit
            num, last_unit = None, unit
    if num is not None:
        # 三千六 / 一百二 / 三万八: a trailing digit right after a unit counts in the next lower unit
        if last_unit and last_unit >= 100 and s[-2] in CN_UNIT:
            section += num * (last_unit // 10)
        else:
            section += num
    return total + section


def digits(text: str) -> str:
    def rep(m: re.Match) -> str:
        s = m.group(0)
        if s[0] in "万千百" or "两" in s[1:]:
            return s
        if not any(c in CN_UNIT for c in s):
            return "".join(str(CN_DIG[c]) for c in s)
        v = cn_value(s)
        return s if v is None else str(v)
    return re.sub(r"[零一二两三四五六七八九十百千万]{2,}", rep, text)


def char_count(text: str) -> int:
    return sum(1 for ch in text if ch not in PUNCT and not ch.isspace())


def parse(data: str) -> list[dict]:
    blocks = []
    for raw in data.strip().split("\n## ")[0:]:
        raw = raw.strip()
        if raw.startswith("## "):
            raw = raw[3:]
        lines = [x for x in raw.split("\n") if x.strip()]
        key, direction, labels, flags, note = [p.strip() for p in lines[0].split("|", 4)]
        turns = []
        for ln in lines[1:]:
            if ln.startswith("~"):
                turns.append((ln.strip(), ""))
                continue
            tag, text = ln.split(":", 1)
            turns.append((tag.strip(), text.strip()))
        blocks.append(dict(key=key, direction=direction,
                           labels=sorted(x for x in labels.split(",") if x),
                           flags=set(flags.split(",")) - {""}, note=note, turns=turns))
    return blocks


def fill(text: str, co: str, ag: str, no: str, rng: random.Random) -> str:
    if "{G}" in text:
        text = text.replace("{G}", rng.choice(GREETINGS))
    if "{B}" in text:
        text = text.replace("{B}", rng.choice(BLESSINGS))
    return text.replace("{co}", co).replace("{ag}", ag).replace("{no}", no)


def timeline(turns: list[tuple[str, str]], flags: set[str], rng: random.Random, slow_k: float) -> list[dict]:
    """Segment times.  slow_k (<= 1) stretches normal speech and gaps so non-short calls reach 30 s."""
    segs: list[dict] = []
    pending = None          # "hold" / "gap"
    t = rng.uniform(0.3, 0.7)
    for i, (tag, text) in enumerate(turns):
        if tag == "~hold":
            pending = ("hold", rng.uniform(10.2, 12.0))
            continue
        if tag == "~gap":
            pending = ("gap", rng.uniform(13.5, 16.0))
            continue
        spk = "agent" if tag.startswith("A") else "customer"
        n = char_count(text)
        if "short" in flags:
            rate = rng.uniform(5.0, 5.8) if spk == "agent" else rng.uniform(4.6, 5.4)
            gap = rng.uniform(0.25, 0.45)
        else:
            if spk == "agent" and "fast" in flags:
                rate = rng.uniform(8.6, 9.1)
            elif spk == "agent" and "slow" in flags:
                rate = rng.uniform(1.55, 1.70)
            elif spk == "agent":
                rate = max(3.2, rng.uniform(3.8, 5.4) * slow_k)
            else:
                rate = max(2.6, rng.uniform(3.8, 5.2) * slow_k)
            gap = min(3.0, rng.uniform(0.4, 1.1) / slow_k)
        dur = max(0.5, n / rate)
        if not segs:
            if "late" in flags:
                start = rng.uniform(1.9, 2.8)
            elif "badline" in flags:
                start = rng.uniform(0.2, 0.5)
            else:
                start = t
        elif pending:
            start = segs[-1]["end"] + pending[1]
            pending = None
        elif tag == "A>":
            start = segs[-1]["end"] - rng.uniform(1.6, 2.1)
        elif tag == "A,":
            start = segs[-1]["end"] - rng.uniform(0.1, 0.25)
        elif tag == "C>":
            start = segs[-1]["end"] - rng.uniform(0.9, 1.4)
        elif "badline" in flags and i == 1:
            start = segs[-1]["end"] + rng.uniform(0.3, 0.6)
        else:
            start = segs[-1]["end"] + gap
        assert not segs or start > segs[-1]["start"] + 0.5, (tag, text)
        segs.append({"speaker": spk, "start": round(start, 2), "end": round(start + dur, 2), "text": text})
    return segs


def measure(segs: list[dict], duration: float, hold_texts: list[str] | None = None) -> set[str]:
    hold_texts = hold_texts or [s["text"] for s in segs]
    found = set()
    if duration < 20:
        found.add("short_call")
    end_so_far = segs[0]["end"]
    for i, (prev, cur) in enumerate(zip(segs, segs[1:])):
        end_so_far = max(end_so_far, prev["end"])
        gap = cur["start"] - end_so_far
        if gap >= 10:
            announced = prev["speaker"] == "agent" and any(w in hold_texts[i] for w in HOLD_WORDS)
            assert gap <= 12.5 if announced else gap >= 13.0, (gap, prev["text"])
            if not announced:
                found.add("silence")
        else:
            assert gap <= 4.0, (gap, cur["text"])
        if cur["speaker"] == "agent" and prev["speaker"] == "customer":
            ov = prev["end"] - cur["start"]
            if ov >= 1.0:
                found.add("talk_over")
            else:
                assert ov <= 0.3, (ov, cur["text"])
    rates = [char_count(s["text"]) / (s["end"] - s["start"]) for s in segs
             if s["speaker"] == "agent" and char_count(s["text"]) >= 6]
    mean = sum(rates) / len(rates)
    if mean >= 7.5 or mean <= 2.0:
        found.add("speech_rate")
    else:
        assert all(3.0 <= r <= 6.3 for r in rates), rates
    last = segs[-1]
    if last["speaker"] == "customer" and last["text"].rstrip().endswith(("？", "?")):
        found.add("hangup")
    return found


def noisify(segs: list[dict], rng: random.Random) -> list[dict]:
    s2tw, s2t = opencc.OpenCC("s2tw"), opencc.OpenCC("s2t")
    out = []
    for s in segs:
        text = s["text"]
        for a, b in HOMOPHONES:
            if a in text:
                parts = text.split(a)
                text = parts[0] + "".join((b if rng.random() < 0.55 else a) + p for p in parts[1:])
        text = digits(text)
        r = rng.random()
        if r < 0.55:
            text = re.sub(r"[，。？！、；：“”\"…—]+", "", text)
        elif r < 0.8:
            text = re.sub(r"[，。？！、；：“”\"…—]+", " ", text).strip()
        conv = (s2t if rng.random() < 0.17 else s2tw).convert(text)
        if len(conv) == len(text):
            # about one converted character in twelve stays simplified
            conv = "".join(o if (o != c and rng.random() < 1 / 12) else c for o, c in zip(text, conv))
        mixed = conv
        out.append({**s, "text": mixed})
    return out


def build() -> list[dict]:
    blocks = parse(DATA)
    assert len(blocks) == 150, len(blocks)
    order_rng = random.Random(SEED)
    order = list(range(len(blocks)))
    order_rng.shuffle(order)
    noisy = set(random.Random(SEED + 1).sample(range(len(blocks)), 38))
    calls = []
    for pos, bi in enumerate(order):
        b = blocks[bi]
        industry, co, ag = INDUSTRIES[b["key"]]
        assert set(b["labels"]) <= set(FAMILIES), b["labels"]
        assert ("hn" in b["flags"]) == (not b["labels"]), b["note"]
        rng = random.Random(f"{SEED}-{bi}")
        no = str(rng.randint(1001, 9899))
        turns = [(tag, fill(text, co, ag, no, rng)) for tag, text in b["turns"]]
        k = 1.0
        while True:
            trng = random.Random(f"{SEED}-{bi}-t")
            segs = timeline(turns, b["flags"], trng, k)
            duration = round(segs[-1]["end"] + trng.uniform(0.3, 0.8), 2)
            if "short" in b["flags"]:
                assert duration <= 18, (b["note"], duration)
                break
            if duration >= 31 or k < 0.55:
                break
            k *= 0.93
        assert "short" in b["flags"] or duration >= 30, (b["note"], duration)
        want = {f for f in b["labels"] if f in TIMING}
        got = measure(segs, duration)
        assert got == want, (b["note"], got, want)
        is_noisy = bi in noisy
        if is_noisy:
            nsegs = noisify(segs, random.Random(f"{SEED}-{bi}-n"))
            # timing families recomputed on the noisy text (hangup is read from the clean text)
            got_n = measure(nsegs, duration, [c["text"] for c in segs]) - {"hangup"}
            assert got_n == want - {"hangup"}, (b["note"], got_n, want)
            segs = nsegs
        calls.append({
            "call_id": f"P-{pos + 1:03d}", "labels": b["labels"], "note": b["note"], "noise": is_noisy,
            "duration": duration,
            "metadata": {"writer": "P", "industry": industry, "company": co,
                         "direction": "outbound" if b["direction"] == "out" else "inbound",
                         "hard_negative": "hn" in b["flags"], "language": "zh", "sample_rate": 8000},
            "segments": segs,
        })
    return calls


def main() -> None:
    calls = build()
    with OUT.open("w", encoding="utf-8") as f:
        for c in calls:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {f: sum(f in c["labels"] for c in calls) for f in FAMILIES}
    print(len(calls), "calls;", counts)
    print("hard negatives", sum(c["metadata"]["hard_negative"] for c in calls),
          "noisy", sum(c["noise"] for c in calls),
          "outbound", sum(c["metadata"]["direction"] == "outbound" for c in calls))


if __name__ == "__main__":
    main()
