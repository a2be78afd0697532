"""Independent labelled call set L (eval/independent/tune_l.jsonl; first named heldout_l.jsonl, held out
until its blind figures were recorded, then renamed as round 12 of rule work began) — now a TUNING set.

Written by writer L on 2026-12-06 from DOMAIN.md, the seed articles in shared/seeds/,
eval/independent/README.md, the first 90 lines of build_k.py, one line of heldout_k.jsonl (format
only) and the LabelledCall dataclass and load_labelled function of eval/evaluate.py (format only).
No rule code, rulebook, tests, docs or other sets were read, and the rule engine was never run on
this file (only eval.evaluate.load_labelled, to check that it loads).  Run:
    .venv/bin/python eval/independent/build_l.py

Deterministic: the dialogues are hand-written data below; random.Random(SEED) (SEED=20261211) is
used only for segment timing, the order of the calls, the choice of the noisy calls, the rotation
among correct greeting/closing wordings ({G}/{g}/{B}/{b} in the data) and the ASR-style noise.  Each
call's timing comes from its own generator seeded from SEED and the block index.  The Traditional
script of the noisy calls comes from OpenCC (s2tw), then about one changed character in ten is left
simplified.  Eighteen industries none of the earlier writers used: bottled-water delivery, custom
tailoring, an escape room, car wash/detailing, aquarium maintenance, drain unclogging/plumbing, watch
repair, a liquor shop, seafood mail-order, a coffee-bean subscription, long-distance coach tickets,
mahjong-table after-sales, elevator maintenance, home fitness equipment after-sales, grain-and-oil
delivery, pet boarding, a theme park (annual passes and tickets), coins and stamps mail-order.  All
company names are invented.

Data format: "#### industry | company | direction | labels | flags | note", then one turn a line:
"A:" agent, "C:" customer, "A>:" the agent starts 1.65-2.15 s before the customer's turn ends,
"A~:" the agent starts 0.1-0.3 s before it ends (backchannel overlap, negative), "C>:" the customer
starts 0.9-1.6 s before the agent's turn ends (negative), "~hold" an announced hold (9-14 s) after
the agent's turn, "~sil" an unannounced gap (13-17 s).  Flags: hn (hard negative), fast / slow
(agent speech rate), late (the customer has to speak first, 1.8-3.0 s into the call), badline (the
customer's 喂 on a bad line, answered at once by the full greeting).  {G} / {g} are a correct
greeting (long / short rotation), {B} / {b} a correct blessing (long / short rotation).

LABEL POLICY — a family is in `labels` iff the call violates it.  It is writer K's policy (J's, I's,
H's, G's) unchanged; "L:" marks two readings of cases K's text does not settle, each chosen to follow
DOMAIN.md, not a change.  Labels describe what was SAID: in a `"noise": true` call the text is what
Whisper-base would plausibly write for 8 kHz phone audio (mostly Traditional script, homophone
swaps, punctuation dropped or turned into spaces, numbers as digits), but the labels are those of
the clean speech.

greeting   : the agent speaks first, promptly, with 您好 (or 早上好/下午好/晚上好/您好呀) + the company
             or line name + an offer of help in any wording.  Outbound: 您好 + company + who is
             calling and why.  Positive: opens with 「喂」 (incl. 「喂，您好」); opens with something
             else (嗯 / 哎 / 说 / 哪里 / 干嘛) and never or only later greets; company missing; offer of
             help missing; greeting only after the customer had to speak first.  A customer's 喂 on
             a bad line answered at once by the full greeting is negative.
closing    : a complete closing ends with a 祝福语 in the agent's final turn(s).  Positive: thanks
             only, bare 再见/拜拜/就这样/挂了, the agent just stops or drops the call.  Every `hangup`
             call is also `closing`.  A proper transfer in this set always carries a blessing.
forbidden  : 服务禁语 other than insults: the agent's own 不知道/不清楚/不明白 (and regional or casual
             forms: 不晓得/搞不清/闹不明白/鬼知道/没谱/我哪知道) as a refusal about the matter asked;
             「你这话什么意思」 and variants; 「那你想好了再打来吧」 and variants; 「喂」 called at the
             customer mid-call.  NOT positive: these words about the customer, a third party, as
             reassurance, as a polite 不知道您…吗 question, or a request to repeat; the customer's own
             words; quotes in a complaint record.  An insult-only call is not also `forbidden`.
insult     : the agent insults, mocks, attacks or sends the customer away (questioning hearing,
             intelligence, taste, body, money, skill, manners, age; sarcasm; 爱办不办/别烦我).  NOT
             positive: insults reported and read back while registering feedback, the customer's
             insults, innocent words sharing characters.  L: a brush-off aimed at the customer
             (爱听不听, 听不清就别打电话, 随便投, 您心里清楚) counts with the insult it closes, never as
             `forbidden` on its own (DOMAIN.md lists 侮辱/攻击/讽刺 apart from the 服务禁语 examples).
filler     : 口头禅 — habitual tics (呃/啊 as hesitation, 那个/这个, 就是说, 然后呢, 那啥, 完了, 对吧对吧,
             怎么说呢, 这块儿, 其实吧, 反正就是, 你懂吧 / 咋讲呢 / 基本上 used as empty fillers):
             positive with >= 6 tic uses over >= 3 agent turns.  Demonstratives, backchannel and one
             or two sentence-final particles are negative.
tariff     : when a fee comes up (the customer asks, or the agent sells/opens/renews a paid service,
             or a free period ends) the agent must state BOTH the amount AND when charging starts or
             is taken.  Positive when either is missing or glossed.  Permanently free services said
             so, and fees stated with amount and moment, are negative.
name_ask   : an impolite name ask (「你叫啥」「名字报一下」「姓啥」) is positive; a call in which a NEW
             order, booking, rental, enrolment or application is made and the agent never asks the
             name politely is positive; querying or changing an existing order is not; a name the
             customer volunteers before being asked owes no ask.  L: a repair, rework or warranty job
             on something already bought from the company is an existing order (no ask owed); every
             such call in this set that books a visit asks politely anyway, so the reading never
             decides a label.
apology    : something went wrong on the company side or the customer is plainly unhappy in words,
             and the agent never apologises (抱歉/对不起/不好意思/给您添麻烦了/让您久等了).  An
             insistent question alone is not displeasure; a company-side fault owes an apology even
             from a calm customer.
shirking   : 推诿 — an in-scope matter pushed away (不归我们管 / 你自己去找保险公司/物业/快递/厂家)
             without handling, registering or transferring it.  A proper transfer, a ticket with a
             callback promise, or the right number for a truly out-of-scope matter are negative.
overpromise: 乱承诺/夸张 — guarantees of outcomes the agent cannot control.  Hedged statements, honest
             limits (我不能跟您保证, 不敢打包票) and promises within the agent's own control are negative.
colleague  : the agent disparages colleagues, other departments, technicians, instructors or the
             sales staff.  Neutral acknowledgement and registering a complaint are negative.
complaint  : the customer explicitly states an intent to complain or escalate (投诉, 12315, 消协,
             12345, 市场监管, 曝光/发网上, 找领导/经理/负责人/老板).  Strong dissatisfaction alone is not
             `complaint`; 「我不是要投诉」 and a settled past complaint are negative.
silence    : an unannounced gap >= 10 s with nobody speaking (positives 13-17 s).  Holds announced
             in the agent's turn just before (稍等/查/核实/等一下), 9-14 s, are negative; other gaps
             <= 4 s.
talk_over  : the agent starts >= 1.0 s before the customer's segment ends (positives 1.65-2.15 s,
             twice a call); negatives overlap <= 0.3 s; the customer talking over the agent is
             negative.
speech_rate: the agent's mean rate over turns of >= 6 characters (punctuation and spaces not
             counted) >= 7.5 chars/s (positives 8.3-9.2) or <= 2.0 (drawl, positives 1.52-1.70);
             negatives keep every agent turn of >= 6 characters within 3.0-6.3.
short_call : the call lasts under 20 s (positives <= 18 s); all other calls last >= 30 s.
hangup     : read from the transcript: it ends on the customer's unanswered question or 「喂？」.
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from opencc import OpenCC

SEED = 20261211
OUT = Path(__file__).with_name("tune_l.jsonl")
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask", "apology",
            "shirking", "overpromise", "colleague", "complaint", "silence", "talk_over", "speech_rate",
            "short_call", "hangup")
N_NOISY_HN, N_NOISY_POS = 12, 23

# Correct openings: 您好/早上好/下午好/晚上好/您好呀 + company + an offer of help.
G_FORMS = [
    "您好，{co}，请问有什么可以帮您？",
    "您好，这里是{co}，请问您需要办理什么？",
    "您好，{co}客服中心，工号{n}为您服务，请问有什么可以帮您的？",
    "您好，欢迎致电{co}，请问有什么能帮到您？",
    "您好，{co}，我是客服小{s}，很高兴为您服务，请问您想咨询点什么？",
    "早上好，{co}，请问有什么需要帮忙的？",
    "下午好，{co}服务热线，请问有什么可以为您效劳？",
    "您好，感谢致电{co}，请问今天有什么我能帮您的？",
    "您好呀，{co}这边，您有什么需要尽管说，我来帮您处理。",
    "晚上好，这里是{co}，请问您有什么需要？",
    "您好，{co}客服，请问您是要咨询还是办理业务？",
    "您好，{co}，很高兴接到您的电话，请问我可以怎么帮您？",
]
G_SHORT = [
    "您好，{co}，请问有什么可以帮您？",
    "您好，{co}，您请讲，有什么能帮您？",
    "您好，{co}，请问您需要什么帮助？",
]
# Correct closings: a 祝福语 in the agent's final turn.
B_FORMS = [
    "祝您生活愉快，再见。",
    "感谢您的来电，祝您一切顺利，再见！",
    "祝您周末愉快，再见。",
    "祝您工作顺利，再见。",
    "祝您身体健康，万事如意。",
    "祝您和家人平平安安，再见。",
    "那就不打扰您了，祝您今天心情愉快。",
    "祝您万事顺心，再见。",
    "谢谢您的耐心，祝您天天开心，再见！",
    "祝您一天都顺顺利利，再见。",
]
B_SHORT = ["祝您生活愉快。", "祝您愉快，再见。", "祝您顺利，再见。"]
SURNAMES = "林周吴郑冯陈沈韩杨朱秦许何吕施张曹华金魏陶姜谢邹"
CN_DIGITS = "零一二三四五六七八九"

DATA = r"""
#### bottled water delivery | 泉露水站 | inbound | - | hn | fees stated with amount and moment (water per bucket, bucket deposit); polite name ask on a new order
A: {G}
C: 我刚搬到锦绣花园，想订桶装水，你们怎么收费？
A: 我们的山泉水十八元一桶，送到家门口时付给送水师傅就行，扫码现金都可以。第一次订要交一个空桶押金，三十元一个，也是送水时交，以后退桶全额退给您。
C: 那先来两桶吧。
A: 好的，请问您贵姓？
C: 姓卢。
A: 卢先生，地址是锦绣花园几栋几号？
C: 七栋一单元五零二。
A: 记下了，七栋一单元五零二，两桶山泉水，今天下午四点前送到。{B}

#### bottled water delivery | 泉露水站 | inbound | insult,closing,apology | - | agent mocks the customer's hearing on a bad line and brushes them off; unhappy customer never hears an apology; ends with 我挂了
A: {G}
C: 我想问问，我订的水今天几点能送到？
A: 下午两点到四点之间。
C: 几点？信号不太好，没听清。
A: 两点到四点！我这都说第二遍了，您这耳朵是不是该去医院看看了？
C: 你怎么说话呢？信号不好听不清怎么了？
A: 听不清就别打电话，发短信呗，省得我一句话说八遍。
C: 你们就这服务？
A: 就这样，没别的事我挂了。

#### bottled water delivery | 泉露水站 | inbound | greeting,name_ask | - | opens with 喂 and a bare line name; impolite name ask (叫什么名字) on a new order; fee with amount and moment
A: 喂，水站。
C: 你好，我要订三桶矿泉水，送到幸福里小区。
A: 叫什么名字？
C: 我姓韩。
A: 幸福里几号楼？
C: 十二号楼三零一。能不能早点送，九点前？
A: 九点前可以，我给备注上。矿泉水二十元一桶，三桶六十元，送到了付给师傅。{B}

#### bottled water delivery | 泉露水站 | inbound | - | hn | customer reports a delivery man's rude words (我不是要投诉); the agent reads them back and apologises
A: {G}
C: 我不是要投诉啊，就是跟你们说一声。昨天送水那个小伙子，我让他把桶放厨房，他嘟囔了一句“老太太事儿真多，自己没长手啊”。
A: 非常抱歉让您受委屈了。我跟您确认一下，他原话是“老太太事儿真多，自己没长手啊”，是吗？
C: 对，就这么说的。
A: 好的，这句话我原样记录下来了，会反馈给站长对他进行批评教育。以后给您送水，我们会交代师傅把桶放到厨房。
C: 那行，谢谢你啊。
A: 不客气，应该的，给您添麻烦了。{B}

#### bottled water delivery | 泉露水站 | inbound | tariff,silence | - | water-coupon price pushed to the delivery man (no amount, no moment); unannounced gap after the customer's question; name volunteered
A: {G}
C: 我想办你们那个水票，一次买多少桶划算？
A: 水票现在搞活动，买得越多越划算，具体价格您让送水师傅下次来的时候跟您说，他们手上有价目表。
C: 那大概多少钱你这儿不能说吗？
~sil
A: 都差不多，反正比零买便宜，师傅会跟您讲的。
C: 好吧，那让师傅明天来一趟，我姓严，锦华路八号。
A: 好的严女士，明天让师傅上门给您介绍水票。{B}

#### bottled water delivery | 泉露水站 | inbound | short_call | - | a quick question answered with greeting and blessing, under 20 s
A: {g}
C: 你们周日送水吗？
A: 周日照常送，早八点到晚六点。{b}

#### bottled water delivery | 泉露水站 | inbound | closing,apology,hangup | - | bad-tasting water denied and blamed on the dispenser; the call ends on the customer's unanswered question
A: {G}
C: 你们昨天送的水有股怪味，喝起来涩涩的，怎么回事？
A: 不可能，我们的水都是检测过的。
C: 我没骗你，要不你们派人来看看？
A: 我们的水没问题，您看看是不是您家饮水机该洗了。
C: 饮水机上个月才洗的。那你说这桶水到底能不能换？

#### bottled water delivery | 泉露水站 | inbound | - | hn | honest limit on a health claim (不能治病防病，这个我们不能乱说) instead of a promise; fee with amount and moment; polite name ask
A: {G}
C: 我家孩子三岁了，喝你们的弱碱水好不好？听说能防病。
A: 弱碱水口感比较柔和，孩子喝没问题，但它就是饮用水，不能治病防病，这个我们不能乱说。
C: 那也行，先订一桶试试。
A: 好的，请问怎么称呼您？
C: 我姓白，住翠湖苑三号楼二零二。
A: 白女士，弱碱水二十二元一桶，送到时付给师傅，今天傍晚给您送过去。{B}

#### bottled water delivery | 泉露水站 | outbound | - | hn | outbound opening with company, agent and purpose; polite 不知道您…question; a 0.1-0.3 s backchannel overlap
A: 您好，我是泉露水站的客服小邱，您上周预约了每周三送两桶水，今天打电话是想跟您确认一下明天的送水时间。
C: 哦，对，明天我可能不在家，要到晚上才回来。
A~: 好的。
C: 你看怎么弄合适？
A: 没关系，不知道您明天几点以后方便？我让师傅晚点去。
C: 七点以后吧。
A: 好的，那就明晚七点以后送到，师傅到楼下会先给您打电话。{B}
C: 好，谢谢。

#### custom tailoring | 裁云西服定制 | inbound | insult,closing,apology | - | mocks the customer's belly (裁缝又不是变魔术的); unhappy customer, no apology; ends 那就这样
A: {G}
C: 我想定做一套西装，下个月参加婚礼穿。我肚子有点大，能做得显瘦一点吗？
A: 显瘦？您这肚子得先去健身房待半年，我们是裁缝，又不是变魔术的。
C: 你怎么这么说话？
A: 实话实说嘛。您真要做的话，周末来店里量体。
C: 算了，我去别家做。
A: 嗯，那就这样。

#### custom tailoring | 裁云西服定制 | inbound | tariff | - | rush fee glossed (不多的, 看面料, 到时候店里给您算): no amount; polite name ask
A: {G}
C: 我十号要出差，西装能七天内做好吗？
A: 可以走加急，加急要另外收一点费用，不多的，取衣服的时候一起算。
C: 大概多少？
A: 看面料吧，到时候店里给您算。您贵姓？
C: 姓廖。
A: 廖先生，我先给您登记加急，明天下午两点来店里量体。{B}

#### custom tailoring | 裁云西服定制 | inbound | - | hn | 不知道 said by the customer, 不清楚 as reassurance, 死结 of a button knot; free home measuring; polite name ask
A: {G}
C: 我想给我爸定一件中山装，可我不知道他的尺寸。
A: 您不清楚尺寸也没关系，带叔叔来店里，我们师傅十分钟就能量好。
C: 他腿脚不方便，出门难。
A: 那我们可以上门量体，市区内上门量体不收费。请问怎么称呼您？
C: 姓贺。
A: 贺女士，您看周六上午方便吗？
C: 可以，地址是东风路二十六号。
A: 好的，周六上午十点师傅到东风路二十六号。中山装的盘扣我们都是手工打的活结，不会打成死结，叔叔穿脱也方便。{B}

#### custom tailoring | 裁云西服定制 | inbound | colleague,apology | - | agent runs down the colleague who measured (手就没准过, 量十个错八个); company-side fault (sleeves too long), no apology
A: {G}
C: 我上周拿的西装，袖子长了两公分，穿着很别扭。
A: 又是小蒋量的吧？他那手就没准过，量十个错八个，老板也不知道为什么还留着他。
C: 那现在怎么办？
A: 您拿回来改吧，改袖长三天能好，不收钱。
C: 行吧。
A: 嗯，来之前打个电话。{B}

#### custom tailoring | 裁云西服定制 | inbound | greeting,speech_rate | slow | 您好，请讲 with no company name; drawling agent (about 1.6 chars/s); announced hold
A: 您好，请讲。
C: 是裁云吗？我的订单尾号是四零八一，想问问衬衫做好了没有。
A: 是的，我帮您查一下，请稍等。
~hold
A: 让您久等了，衬衫昨天已经做好，您随时可以来店里取。
C: 那我明天过去。
A: 好的，我们每天营业到晚上八点。{B}

#### custom tailoring | 裁云西服定制 | inbound | overpromise | - | promises a suit that will not pill or lose shape for twenty years; fee with amount and moment
A: {G}
C: 你们的羊毛西装耐穿吗？我一年也就穿几次。
A: 我们的面料是进口的，保证穿二十年都不起球不变形，等您孩子结婚了还能接着穿。
C: 这么厉害？价格呢？
A: 这款整套三千八百元，定金五百元量体时交，剩下的取衣服时付清。
C: 我再考虑一下。
A: 好的，有需要您随时联系我们。{B}

#### custom tailoring | 裁云西服定制 | inbound | - | hn | settled past complaint (上次我投诉…挺满意的); name volunteered; fees with amount and moment
A: {G}
C: 你好，我是孔立。上次我投诉裁剪的问题，你们店长给我重做了，挺满意的，这次想再做两件衬衫。
A: 孔先生您好，谢谢您的认可。衬衫一件四百二十元，量体时付定金一百元，取衣服时付清余款。您还是按原来的尺寸做吗？
C: 对，原来的尺寸。
A: 好的，我看到您的档案了，还是送到公司地址吗？
C: 对。
A: 两件衬衫十五天后送到，送之前我们提前一天通知您。{B}

#### custom tailoring | 裁云西服定制 | inbound | filler | - | habitual 呃/这个/就是说/那个/其实吧/然后呢 over three agent turns; rush fee with amount and moment; polite name ask
A: {G}
C: 我想问下你们定制西装要多久？
A: 呃，这个，一般来说吧，就是说，从量体到拿衣服，呃，大概是二十天左右。
C: 能快点吗？
A: 那个，其实吧，加急的话，就是说，十天也行，然后呢，加急费是两百元，下单的时候一起付。
C: 好，那我周六去量。
A: 呃，好的，那个，您怎么称呼？
C: 姓苏。
A: 苏先生，周六见。{B}

#### escape room | 迷踪密室 | inbound | insult,closing,apology | - | tells customers in their fifties to stay home and dance (age); brush-off 出了事别找我们; no apology; ends 行
A: {G}
C: 我想订周六下午的恐怖主题“古宅”，我们四个人，都五十多岁了。
A: 五十多了还玩恐怖本？阿姨，您就别凑这个热闹了，吓出心脏病来我们可担不起，回家跳跳广场舞多好。
C: 你这话说的，我们身体好着呢！
A: 那您自己看着办吧，反正出了事别找我们。
C: 什么服务态度，不订了。
A: 行。

#### escape room | 迷踪密室 | inbound | name_ask | - | impolite name ask (姓啥) on a new booking; fee with amount and moment
A: {G}
C: 我要订明晚七点的“星际逃亡”，六个人。
A: 有位。姓啥？
C: 我姓龚。
A: 电话就是这个号是吧？
C: 对。
A: 六个人每人一百二十八元，开场前在前台付。明晚七点，您提前十五分钟到。{B}

#### escape room | 迷踪密室 | inbound | - | hn | theme names with 死亡/尸/鬼; 不知道 said by the customer; fee with amount and moment; polite name ask
A: {G}
C: 我不知道你们哪个主题最吓人，想给朋友过生日整个刺激的。
A: 最吓人的是“死亡医院”和“尸语者”，都有真人NPC；胆子小的朋友可以选“鬼校”，有安全词，随时可以喊停。
C: 那就死亡医院吧，周五晚上八点，五个人。
A: 好的，请问怎么称呼您？
C: 姓温。
A: 温先生，五个人每人一百五十八元，开场前到前台统一付款。寿星当天还送一个小蛋糕。{B}

#### escape room | 迷踪密室 | inbound | complaint | - | jammed mechanism; the customer says 投诉 and threatens 12315; agent apologises and registers with a callback
A: {G}
C: 我们上周六在你们店玩，中间机关卡死了，等了四十分钟才有人来，钱一分没退，我要投诉。
A: 非常抱歉给您带来这么不好的体验。您说的情况我已经记录了，会转给门店店长核实，二十四小时内给您回电处理退款。
C: 明天要是还没消息，我就打12315。
A: 理解您的心情，我这边加急处理，明天中午前一定给您回复。请问怎么称呼您？
C: 姓邵。
A: 邵先生，再次向您道歉。{B}

#### escape room | 迷踪密室 | inbound | talk_over | - | agent cuts in twice (1.65-2.15 s before the customer finishes); booking with polite name ask and fee
A: {G}
C: 我想问一下你们那个“深海基地”主题，小孩子能玩吗？我家孩子十岁，胆子不算大。
A>: 能玩能玩，那个不恐怖。
C: 那里面有没有黑屋子？他怕黑，一关灯就哭，我担心他进去了不敢往前走。
A>: 没有全黑的，都有灯。
C: 那周日上午十点还有位置吗？三个人，两个大人一个小孩。
A: 有的，请问您贵姓？
C: 姓尤。
A: 尤女士，大人每位九十八元，儿童八折，到店开场前付款。周日上午十点见，{B}

#### escape room | 迷踪密室 | inbound | forbidden | - | 您这话到底什么意思 to a sincere question; customer not upset
A: {G}
C: 你们网上写的“全程无尿点”，是不是说中间不能上厕所？
A: 您这话到底什么意思？
C: 我就是问问，我真不懂这个词。
A: 意思是剧情紧凑，不是不让上厕所，中途想出来跟NPC说一声就行。
C: 哦，那好吧。
A: 没别的问题的话，祝您玩得开心，再见。

#### escape room | 迷踪密室 | inbound | - | hn | customer reports an NPC's 你们是不是傻 (不用当投诉); the agent reads it back and apologises
A: {G}
C: 提个意见啊，不用当投诉。昨晚我们玩“钟楼”，那个NPC给提示的时候说了句“你们是不是傻，这都看不出来”，我朋友挺不高兴的。
A: 真不好意思，这确实是我们的问题。我记录一下，NPC说的是“你们是不是傻，这都看不出来”，对吧？
C: 对。
A: 好的，我会反馈给门店主管，对这位NPC进行培训。为表歉意，下次您来可以用一张八折券，我发到您手机上。
C: 行，谢谢。
A: 感谢您的反馈。{B}

#### escape room | 迷踪密室 | inbound | short_call | - | opening hours, under 20 s
A: {g}
C: 你们几点关门？
A: 晚上十一点，最后一场九点半开。{b}

#### car wash and detailing | 净驰汽车美容 | inbound | closing,apology,shirking | - | scratch after a wash pushed to the insurer and the shop manager; no apology; ends with 再见 only
A: {G}
C: 我昨天在你们店洗的车，回来发现车门上多了一道划痕，你们得给个说法。
A: 这个您找保险公司吧，洗车不管这个。
C: 就是你们洗车的时候划的，找保险公司干嘛？
A: 反正不归我们客服管，您自己去门店找店长说。
C: 你们就这么处理问题？
A: 我这边处理不了，您去门店吧，再见。

#### car wash and detailing | 净驰汽车美容 | inbound | - | hn | 死角 in interior cleaning; fee with amount and moment (after inspection); polite name ask
A: {G}
C: 我想约个精洗，内饰脏得不行，座椅缝里全是饼干渣。
A: 没问题，精洗内饰三百八十元，边边角角的死角都会用蒸汽枪清理，完工验车满意后再付款。请问您怎么称呼？
C: 姓阎。
A: 阎先生，明天上午九点有位置，您看可以吗？
C: 可以，大概多久能好？
A: 三个小时左右，我们休息区有茶水。{B}

#### car wash and detailing | 净驰汽车美容 | inbound | - | hn | honest expectation and a negated guarantee (不敢跟您打包票); fee with amount and moment; polite name ask
A: {G}
C: 你们的镀晶能保持多久？
A: 正常用车的话一般能保持一年半到两年，具体要看您平时停车的环境和洗车的频率，经常停露天的话会短一些，这个我们不敢跟您打包票。
C: 多少钱？
A: 轿车一千二百元，施工当天交车时付款，半年内可以免费回店复检一次。
C: 那我约周三。
A: 好的，请问您贵姓？
C: 姓景。
A: 景先生，周三上午十点给您留了工位。{B}

#### car wash and detailing | 净驰汽车美容 | inbound | silence | - | unannounced gap of 13-17 s after the agent repeats the card number
A: {G}
C: 我的会员卡里还剩几次洗车？卡号是八八零六。
A: 八八零六。
~sil
A: 还剩四次。
C: 哦好，那有效期到什么时候？
A: 到明年三月底。{B}

#### car wash and detailing | 净驰汽车美容 | inbound | colleague,apology | - | agent calls the sales staff liars (嘴里没一句实话); customer feels cheated, no apology; voucher with amount and moment
A: {G}
C: 你们门店的销售说办年卡送一次镀膜，我办了，现在又说不送了？
A: 那帮销售为了冲业绩啥都敢说，嘴里没一句实话，您别信他们的。年卡本来就不含镀膜。
C: 那我不是被骗了？
A: 我给您申请一张镀膜五折券作为补偿，五折后六百元，做的时候付。您看行吗？
C: 行吧，那就这样。
A: 好，券半小时内发到您手机。{B}

#### car wash and detailing | 净驰汽车美容 | inbound | greeting,name_ask | - | opens with 喂 (喂，您好…有什么事); bare 叫什么 name ask on a new booking; fee with amount and moment
A: 喂，您好，净驰洗车，有什么事？
C: 我想约明天洗车，标准洗。
A: 叫什么？
C: 樊永。
A: 标准洗四十五元，洗完在前台付款。明天几点过来？
C: 下午三点。
A: 好的，下午三点给您留工位。{B}

#### car wash and detailing | 净驰汽车美容 | inbound | closing,apology,hangup | - | shop closed at the booked time; the call ends on the customer's unanswered question
A: {G}
C: 我约的今天十点精洗，你们店卷帘门都没开，我在门口等了半个多小时了！
A: 您约的是哪个店？
C: 滨江路那家。
A: 滨江路店早上是有点晚，可能师傅还在路上吧。
C: 我九点五十就到了，现在都十点半了！你们到底几点开门，能不能给个准话？

#### car wash and detailing | 净驰汽车美容 | inbound | greeting,short_call | - | 嗯，净驰。 with no 您好 or offer of help; under 20 s; fee with amount and moment
A: 嗯，净驰。
C: 洗个车多少钱？
A: 小车三十五元，洗完付。{b}

#### aquarium maintenance | 蓝鳍水族 | inbound | insult,complaint,closing,apology | - | sarcasm about the customer killing fish (大客户…全靠您这样的养法撑着); customer says 投诉 and asks for the manager
A: {G}
C: 你们上周来换完水，我那三条红龙第二天就死了两条，你们换水是不是有问题？
A: 哎哟，一个月养死三批，您可真是我们店的大客户，我们卖鱼全靠您这样的养法撑着呢。
C: 你什么意思？我是在跟你说换水的问题！
A: 水我们是按标准换的，您自己喂食没个数，怪谁？
C: 我要投诉你，把你们店长电话给我！
A: 店长电话就是总机，您自己打吧。

#### aquarium maintenance | 蓝鳍水族 | inbound | - | hn | 死水区 as a tank term; monthly plan with amount, first payment and monthly debit; polite name ask
A: {G}
C: 我的鱼缸一米二的，想包月维护，怎么收费？
A: 一米二的缸包月维护每月二百六十元，每周上门一次换水、洗滤材，签约当天付第一个月，以后每月一号从您绑定的卡里自动扣。过滤没做好的话缸底容易形成死水区，我们会顺便帮您调一下出水口。
C: 那先签三个月。
A: 好的，请问您怎么称呼？
C: 姓薛。
A: 薛先生，我明天让技术员上门签约。愿您的鱼儿都游得欢欢喜喜，再见。

#### aquarium maintenance | 蓝鳍水族 | inbound | speech_rate | fast | agent speaks at about 8.3-9.2 chars/s; fees with amount and moment
A: {G}
C: 我想问问你们那个水质检测服务，是上门还是我拿水过去？
A: 两种都可以的，您拿水样过来的话是免费检测的，上门检测要收上门费五十元，上门当天检测完付就可以了。
C: 那我还是拿过去吧，要装多少水？
A: 用干净的矿泉水瓶装满一瓶就行，尽量用当天取的水，取完两小时内送过来，结果半小时就能出。
C: 周末开门吗？
A: 周末也开门，早上九点到晚上八点都可以，您直接来前台说做水质检测就行了。{B}

#### aquarium maintenance | 蓝鳍水族 | inbound | shirking,apology | - | sick fish bought at the shop pushed to a pet hospital and the internet; unhappy customer, no apology
A: {G}
C: 我在你们店买的鹦鹉鱼，身上长了白点，你们能派人来看看吗？
A: 鱼病我们管不了，您去找宠物医院，或者上网查查怎么治。
C: 鱼是你们店卖的，你们连看都不看？
A: 这个真不归我们管。还有别的吗？
C: 没了。
A: 好，{B}

#### aquarium maintenance | 蓝鳍水族 | inbound | tariff | - | new filter price glossed (一个月鱼粮钱, 价格有浮动, 肯定合理); name volunteered
A: {G}
C: 技术员说我的过滤器该换了，换一个要多少钱？
A: 换新款的过滤器也不贵，跟您一个月的鱼粮钱差不多，技术员下次上门直接给您装。
C: 到底多少钱啊？
A: 型号不同价格有浮动，您放心，肯定合理。
C: 那行，帮我安排吧，我姓池，住金桂园。
A: 好的池先生，金桂园的技术员是周四上门，到时候直接给您装好。{B}

#### aquarium maintenance | 蓝鳍水族 | outbound | - | hn | outbound reminder with company and purpose; 不清楚 about a third party (the customer's father) and as reassurance; the customer talks over the agent; free within the plan
A: 您好，这里是蓝鳍水族，我是维护部的小葛，您家鱼缸本周四到了定期换水的时间，打电话跟您约一下上门时间，看您哪天方便。
C>: 周四我在上班，家里就我爸在，不过他也不清楚你们要弄哪些。
A: 没关系，老人家不清楚也没事，技术员会按清单做，做完拍照发给您确认。周四下午两点可以吗？
C: 可以。
A: 好的，周四下午两点上门，这次属于包月服务，不另外收费。{B}

#### aquarium maintenance | 蓝鳍水族 | inbound | filler | - | 那个/基本上/呃/你懂吧/就是说/然后呢/其实吧 over three agent turns
A: {G}
C: 我家鱼缸的水老是发绿，怎么办？
A: 那个，这种情况吧，基本上就是，呃，光照太多了，你懂吧。
C: 那要怎么弄？
A: 就是说，那个，灯少开几个小时，然后呢，换水勤一点，基本上就好了。
C: 要不要加药？
A: 呃，那个，加也行，其实吧，不加也行，您先试试少开灯。{B}

#### aquarium maintenance | 蓝鳍水族 | inbound | talk_over | - | agent cuts in twice; new order with polite name ask and fee with amount and moment
A: {G}
C: 我想给孩子买个小鱼缸放书桌上，养几条孔雀鱼，您看多大的合适？
A>: 四十公分的就够了。
C: 四十公分的要不要配加热棒？我们家冬天暖气不太热，我怕鱼冻着。
A>: 要配，不然不好养。
C: 好，那一套下来多少钱？
A: 四十公分的缸加上加热棒和过滤，一套三百二十元，送货上门时付款。请问您怎么称呼？
C: 姓项。
A: 项女士，明天下午给您送过去。{B}

#### drain unclogging and plumbing | 畅流管道 | inbound | forbidden,apology | - | the agent's own 不清楚 as a refusal about a rework; drain blocked again (company-side fault), no apology; rework stated free
A: {G}
C: 你们师傅昨天通了我家下水道，今天又堵了，这算返工吗？
A: 这个我不清楚。
C: 你是客服，你不清楚谁清楚？
A: 我给您登记一下，让昨天的师傅给您回个电话。
C: 那返工还收钱吗？
A: 七天内同一个位置再堵的，返工不收费。{B}

#### drain unclogging and plumbing | 畅流管道 | inbound | - | hn | 堵死/垃圾/废水 in a drain job; fee with amount and moment; polite name ask
A: {G}
C: 我家厨房下水道彻底堵死了，水一点都下不去，全是油污和菜叶垃圾。
A: 给您添麻烦了。厨房管道疏通一次一百五十元，师傅通好了您试过水没问题再付款。请问您贵姓？
C: 姓钟。
A: 钟女士，您家地址是？
C: 南湖小区五栋三零六。
A: 师傅一个小时内到。等师傅的时候先别往池子里倒废水了。{B}

#### drain unclogging and plumbing | 畅流管道 | inbound | insult,apology | - | 您上过学没有 and 您爱听不听 over flushable wipes; unhappy customer, no apology; blessing at the end
A: {G}
C: 师傅让我别往马桶里扔湿巾，可包装上写着可冲散啊。
A: 写可冲散您就信？您上过学没有？湿巾冲下去能散开，那纸巾厂都不用开了。
C: 你这人怎么这样说话！
A: 我是好心提醒，您爱听不听。
C: 行，我记住你了。
A: 嗯，{B}

#### drain unclogging and plumbing | 畅流管道 | inbound | colleague,closing,apology,hangup | - | plumber called slow (干活就是磨蹭，出了名的慢); the flooding customer's question is left unanswered
A: {G}
C: 我十点约的师傅，现在十一点半了还没来，卫生间都快漫出来了。
A: 老周啊，他干活就是磨蹭，出了名的慢，前面那单还没弄完呢。
C: 那他大概几点能到？你能不能打个电话催一下？
A: 您再等等吧。
C: 等等是等多久？水都流到客厅了，到底还要多久？

#### drain unclogging and plumbing | 畅流管道 | inbound | overpromise | - | 保证十年都不会再堵, wages as a pledge; fee with amount and moment; polite name ask
A: {G}
C: 我们家厕所一个月堵两回，你们能彻底解决吗？
A: 能，我们用高压水射流，通完保证十年都不会再堵，要是再堵，我把工资赔给您。
C: 真的？那多少钱？
A: 高压疏通三百元，师傅做完当场付。请问您怎么称呼？
C: 姓郝。
A: 郝先生，下午三点师傅上门。{B}

#### drain unclogging and plumbing | 畅流管道 | inbound | shirking,silence,apology | - | leak after the company's own repair pushed to the property office and the plumber; unannounced gap; no apology
A: {G}
C: 你们上次换的水管接头漏水了，地板都泡了。
A: 楼里的管子都是物业的，您找物业去吧。
C: 接头是你们师傅上周刚换的！你们公司不管吗？
~sil
A: 那您找那个师傅，他电话我发给您，你们自己商量。
C: 我是找你们公司下的单。
A: 我们客服只接单。{B}

#### drain unclogging and plumbing | 畅流管道 | inbound | name_ask | - | new installation booking with no name asked (地址说一下 only); fee with amount and moment
A: {G}
C: 我要约个师傅装个新马桶，明天上午行吗？
A: 可以，地址说一下。
C: 青年路四十号二单元七零一。
A: 安装费一百八十元，装好试用没问题后付给师傅。明天上午九点到十一点之间上门。
C: 好，师傅来之前打个电话。
A: 会的，{B}

#### drain unclogging and plumbing | 畅流管道 | inbound | - | hn | polite 不知道您…question; conditional 看不明白 (要是有…随时打); fee with amount and moment; polite name ask
A: {G}
C: 我想咨询一下你们那个管道内窥镜检查，我家是老房子，总怀疑管子里有裂缝。
A: 可以做内窥镜检查，一次二百元，检查完师傅给您出报告，出报告时付款。不知道您家是哪一年的房子？
C: 九几年的吧，我也记不清了。
A: 没关系，师傅到现场一看就知道了。请问您贵姓？
C: 姓覃。
A: 覃先生，明天上午师傅上门。报告上要是有看不明白的地方，您随时打我们热线，我们给您解释。{B}

#### drain unclogging and plumbing | 畅流管道 | inbound | complaint | - | customer will call 12345 over sewage left in the stairwell; agent apologises and sends cleaners at the company's cost
A: {G}
C: 你们师傅把我家楼道弄得全是污水，走了也不管，邻居都找上门来了，我要打12345反映你们。
A: 真的非常抱歉，这是我们的失误。我现在就安排保洁人员一小时内过去清理，费用我们承担。
C: 一小时内一定要到。
A: 好的，我这就派单，保洁到了会给您打电话。再次向您道歉。{B}

#### watch repair | 恒时表行 | inbound | - | hn | 毛病 of a watch; 不知道 said by the customer; 不清楚 as reassurance; free inspection
A: {G}
C: 我爸留下的一块老上海表，最近老是停，也不知道什么毛病。
A: 老表停走一般是缺油或者游丝的毛病，您不清楚具体原因也没关系，拿过来让师傅拆开看看，检测不收费。
C: 那我周末拿过去。
A: 好的，周末上午九点到下午六点都有师傅在，您直接到二楼维修台就行。{B}

#### watch repair | 恒时表行 | inbound | overpromise,speech_rate | fast | 保证一天误差不超过一秒, 二十年都不用再修; fast agent; fee with amount and moment; polite name ask
A: {G}
C: 我的机械表走得越来越慢，一天慢两分钟，修好以后能准吗？
A: 交给我们您就放心吧，修完保证一天误差不超过一秒，戴二十年都不用再修，我们师傅都是干了三十年的老手。
C: 那么厉害？多少钱？
A: 机芯保养四百八十元，取表的时候付，修好了我们会给您打电话。
C: 行，我明天送过去。
A: 好的，您贵姓？我先帮您登记一下，明天您到了报名字就行。
C: 姓甘。
A: 甘先生，明天见，{B}

#### watch repair | 恒时表行 | inbound | insult,complaint,closing,apology | - | 您是看不懂字还是压根没看, 跟您这种人解释也是白费口舌; the customer asks for the boss
A: {G}
C: 我戴着表去游泳，现在表盘里面起雾了，说明书上不是写着三十米防水吗？
A: 三十米防水是气压测试的标准，不是让您戴着去游泳的。说明书上写得那么清楚，您是看不懂字还是压根没看？
C: 你说话客气点！
A: 我已经很客气了，跟您这种人解释也是白费口舌。
C: 你这什么态度，我要找你们老板！
A: 找谁都一样。

#### watch repair | 恒时表行 | inbound | colleague,apology | - | former watchmaker called clumsy (手艺太潮, 一塌糊涂); failed battery job, annoyed customer, no apology
A: {G}
C: 我上个月在你们店换的电池，现在表又不走了。
A: 上个月？那是老王给您换的吧，他那手艺太潮了，活干得一塌糊涂，换个电池都能把密封圈弄坏。
C: 那怎么办？
A: 您拿回来，我让别的师傅免费给您重新弄，不收钱。
C: 行吧，真是麻烦。
A: 嗯，您有空就过来。{B}

#### watch repair | 恒时表行 | inbound | greeting | late | the customer has to call 喂？喂？ before the agent greets; announced hold; fee with amount and moment
C: 喂？喂？是恒时表行吗？
A: 您好，恒时表行，请问有什么可以帮您？
C: 我的表修好了没有？取件号是一零二七。
A: 请稍等，我帮您查一下。
~hold
A: 感谢您的耐心等待，一零二七号已经修好了，维修费三百二十元，取表时付。
C: 好的，我下午去拿。
A: 好的，下午六点前都可以。{B}

#### watch repair | 恒时表行 | inbound | short_call,closing | - | under 20 s; ends on a bare 嗯，拜拜
A: {g}
C: 你们换表带要预约吗？
A: 不用，直接来就行。
C: 好嘞。
A: 嗯，拜拜。

#### watch repair | 恒时表行 | inbound | - | hn | another shop's 戴个假表还修什么修 reported by the customer; customer calls himself 脑子笨 and the agent reassures; fee with amount and moment; polite name ask
A: {G}
C: 我这块表之前拿到别的店修，那边师傅说我“戴个假表还修什么修”，我也不懂，你们能帮我鉴定一下吗？
A: 可以的。我们可以做真伪鉴定，一次一百元，鉴定完出证书时付款。
C: 行，我这人脑子笨，被人说两句就不知道怎么回了。
A: 您一点都不笨，遇到这种话谁都会愣一下。您把表带过来就行，请问怎么称呼您？
C: 姓郑。
A: 郑先生，鉴定当天就能出结果。{B}

#### watch repair | 恒时表行 | inbound | - | hn | name volunteered before any ask; fee with amount and moment; 没关系 reassurance
A: {G}
C: 你好，我叫陆明，想预约一个手表清洗保养，下周二上午。
A: 好的陆先生，下周二上午十点可以吗？机械表清洗保养三百五十元，取表时付。
C: 可以，要带什么吗？保修卡丢了行不行？
A: 没关系，不影响保养，只是没法走厂家保修。带上表就行，大概五个工作日能取。{B}

#### liquor shop | 醇窖酒业 | inbound | insult,closing,apology | - | belittles the customer's budget and gift (岳父怕是要觉得闺女看走眼了, 拿不出手的东西就别送了); no apology; ends 行
A: {G}
C: 我第一次上门见岳父，想买两瓶好酒，您给推荐推荐？预算一千左右。
A: 一千块买两瓶？第一次上门就拿这个，您岳父怕是要觉得闺女看走眼了。
C: 你这话说的，什么意思？
A: 我就是实话实说，拿不出手的东西就别送了。
C: 算了，不买了。
A: 行。

#### liquor shop | 醇窖酒业 | inbound | - | hn | delivery man's 酒鬼一个 reported (不算投诉) and read back; announced hold; apology
A: {G}
C: 我跟你们说个事，不算投诉啊。你们送酒的那个小哥，放下箱子说了句“大白天喝这么多，酒鬼一个”，我听着挺不舒服。
A: 非常抱歉，让您听到这样的话。我先查一下那天是哪位配送员，请稍等。
~hold
A: 查到了。我跟您核对一下，他说的是“大白天喝这么多，酒鬼一个”，是这句吗？
C: 是。我是给单位年会订的酒。
A: 明白了，我已经如实记录，会反馈给配送主管处理，以后给您换配送员。再次跟您道歉。
C: 好，你们处理就行。
A: 谢谢您告诉我们。那您先忙，祝您单位年会圆满成功，再见。

#### liquor shop | 醇窖酒业 | outbound | tariff | - | outbound membership sale: free first year then auto-renewal, amount and date never given (费用很低, 到时候会有短信)
A: 您好，我是醇窖酒业的会员顾问小程，看到您上周在我们店消费满了两千，打电话邀请您开通我们的黑金会员，可以享受全场九折。
C: 黑金会员要交钱吗？
A: 首年是送的，之后会自动续费，费用很低，您基本感觉不到。
C: 很低是多少？什么时候扣？
A: 您放心，到时候会有短信提醒的。那我先给您开通了？
C: 先不用了，我再想想。
A: 好的，{B}

#### liquor shop | 醇窖酒业 | inbound | shirking,apology | - | bottle broken in delivery pushed to the courier (我们这边管不了运输); no apology
A: {G}
C: 我在你们网店买的六瓶酒，收到碎了一瓶，箱子里全是酒。
A: 运输的事您找快递公司，他们负责赔。
C: 我是在你们店买的，我又不认识快递。
A: 那您在快递那边申请理赔吧，我们这边管不了运输。
C: 那我要是不找快递呢？
A: 那就没办法了。{B}

#### liquor shop | 醇窖酒业 | inbound | filler | - | 呃/那个/其实吧/就是说/然后呢 over three agent turns; fee with amount and moment; polite name ask; wedding blessing
A: {G}
C: 我想订十箱啤酒，下周六婚宴用。
A: 好的，呃，那个，婚宴用的话，其实吧，我们有个精酿礼盒，就是说，包装喜庆一些。
C: 不用礼盒，就普通的。
A: 行，那个，普通的一箱九十六元，呃，送到现场验完货付款，然后呢，您怎么称呼？
C: 姓车。
A: 车先生，呃，那个，送到哪个酒店？
C: 金鼎大酒店。
A: 好的，下周六上午送到金鼎大酒店，祝您新婚快乐，百年好合！

#### liquor shop | 醇窖酒业 | inbound | - | hn | 看不明白 said by the customer and by the agent as an offer (要是还有看不明白的…); no fee comes up
A: {G}
C: 我买的那瓶酱香酒，瓶子上写的“年份”我看不明白，是指酿了几年吗？
A: 是的，这里的年份是指基酒储存的年数。您要是还有看不明白的标识，拍照发到我们公众号，我们一条一条给您解释。
C: 好，那这酒开了瓶能放多久？
A: 开瓶后拧紧盖子竖着放，放一两年没问题，但风味会慢慢变淡，建议半年内喝完。
C: 好的，懂了。
A: 不客气。提前祝您新春快乐，阖家幸福！

#### liquor shop | 醇窖酒业 | inbound | speech_rate | slow | drawling agent (about 1.6 chars/s); fee with amount and moment; polite name ask
A: {G}
C: 我想问一下，你们那个梅子酒度数高吗？
A: 梅子酒是十二度的，不算高。
C: 女生喝合适吗？
A: 合适的，很多女士都喜欢。
C: 那我下单两瓶。
A: 好的，请问您贵姓？
C: 姓冉。
A: 冉女士，两瓶梅子酒一共一百三十六元，收货时付款。{B}

#### liquor shop | 醇窖酒业 | inbound | greeting,short_call | - | 您好，醇窖。 with no offer of help; under 20 s
A: 您好，醇窖。
C: 你们店在哪儿？
A: 人民路二十八号，商场一楼。{b}

#### seafood mail-order | 渔港鲜生 | inbound | apology | - | three dead crabs delivered (company-side fault) handled calmly with a refund, but no apology
A: {G}
C: 我昨天收到的大闸蟹，十只里面有三只是死的，能处理吗？
A: 您拍一下照片发到我们售后，死蟹我们按原价退款。
C: 照片已经拍好了，发哪儿？
A: 就是您下单的那个公众号，点售后上传，退款三个工作日内原路退回。
C: 好的。
A: 收到照片就给您处理。{B}

#### seafood mail-order | 渔港鲜生 | inbound | overpromise | - | 百分之百活蹦乱跳, 死一只赔您十只; fee with amount and moment; polite name ask
A: {G}
C: 你们的帝王蟹空运过来，到我这儿还是活的吗？
A: 百分之百活蹦乱跳，死一只我赔您十只，我们从来没有死过一只。
C: 这么肯定？那我订两只。
A: 好的，请问您怎么称呼？
C: 姓宫。
A: 宫先生，帝王蟹两只一共一千六百八十元，下单时在线支付，明天下午送到。{B}

#### seafood mail-order | 渔港鲜生 | inbound | - | hn | 死鱼 and 其他垃圾 innocent; agent apologises for an unclear product page
A: {G}
C: 我买的黄花鱼，收到的时候不是活的，我还以为是死鱼，发错了？
A: 您放心，黄花鱼本来就是冰鲜发货，出水后马上急冻，锁住鲜度。页面上写的是冰鲜，可能写得不够显眼，不好意思让您担心了。
C: 哦，那就好。那个泡沫箱要怎么处理？
A: 泡沫箱属于其他垃圾，冰袋可以留着下次用。祝您和家人吃得开心！

#### seafood mail-order | 渔港鲜生 | inbound | complaint | - | festival gift box three days late; the customer will go to 消协 to 投诉; the agent apologises and refunds
A: {G}
C: 我中秋节订的礼盒，说好十三号到，现在都十六号了，节都过完了，你们这是什么事儿！我要去消协投诉你们。
A: 真的非常抱歉，耽误了您过节。我查到您的礼盒在中转站滞留了，我马上给您申请全额退款，礼盒也不用退回。
C: 光退款就完了？
A: 另外给您账户送一张一百元的无门槛券，您下次买东西直接用。再次向您道歉。
C: 行吧。
A: 谢谢您的理解。{B}

#### seafood mail-order | 渔港鲜生 | inbound | talk_over | - | agent cuts in twice; new order with polite name ask, fee and a birthday blessing
A: {G}
C: 我想订点海鲜给我妈过生日，她牙口不好，您看有什么比较软和、好消化的推荐吗？
A>: 鲍鱼和海参都挺软的。
C: 鲍鱼要炖多久啊？我怕做不好浪费了，我也不太会做饭，平时就煮煮面条。
A>: 我们有即食的，加热就能吃。
C: 那好，即食鲍鱼来一盒吧。
A: 好的，请问您贵姓？
C: 姓柏。
A: 柏女士，即食鲍鱼一盒二百九十八元，下单时付款，后天送到。提前祝阿姨生日快乐，福寿安康！

#### seafood mail-order | 渔港鲜生 | inbound | closing,apology,hangup | - | parcel shown as signed but not received; the customer's question is left unanswered
A: {G}
C: 我上周订的那箱虾，快递显示签收了，可我根本没收到。
A: 显示签收就是送到了。
C: 我家里一直有人，没人敲门啊。
A: 您看看门口或者快递柜。
C: 都找过了，没有。那你们能不能帮我查一下到底是谁签的？

#### seafood mail-order | 渔港鲜生 | outbound | - | hn | outbound order check with company, agent and purpose; shipping stated as included; polite 不知道您…question; backchannel overlap
A: 您好，这里是渔港鲜生，我是客服小简，您刚才下单了一箱阳澄湖大闸蟹，打电话跟您核对一下收货信息。
C: 哦，对，是我下的。
A: 收货人是符先生，电话尾号三三八九，地址是海滨路十二号，对吗？
C: 对的，就是这个地址。
A~: 好的。
A: 大闸蟹走冷链配送，运费二十元已经含在您付的订单金额里了，不会再另外收。不知道您明天中午家里有人吗？
C: 有人。
A: 好的，明天中午前送到。{B}

#### seafood mail-order | 渔港鲜生 | inbound | colleague,apology | - | a colleague called an intern who 满嘴跑火车; wrong refund date given by the company, no apology
A: {G}
C: 我昨天打过电话，那个客服说退款今天到账，怎么还没到？
A: 昨天那个是实习生，啥都不懂就瞎答应，退款哪有那么快，一般要三到五个工作日。
C: 那她为什么那么说？
A: 新来的就这样，满嘴跑火车。您再等等吧。
C: 好吧。
A: 嗯。{B}

#### seafood mail-order | 渔港鲜生 | inbound | filler,silence | - | 呃/那个/就是说/其实吧/基本上/你懂吧 over three agent turns; unannounced gap while changing an address
A: {G}
C: 我想改一下收货地址，订单刚下的，尾号六一七五。
A: 呃，那个，六一七五，就是说，改成哪里？
C: 改成光明路三十三号，我公司。
~sil
A: 呃，那个，改好了，其实吧，基本上没问题。
C: 那还是明天到吗？
A: 对，就是说，明天下午，你懂吧。{B}

#### coffee bean subscription | 豆语咖啡 | inbound | tariff | - | 现在是免费期 and 到时候价格很实惠: no amount or start after the free month; polite name ask
A: {G}
C: 我看到你们有个咖啡豆订阅，第一个月免费是吧？
A: 对的，现在是免费期，第一个月的豆子您不用花一分钱，每周寄一包。
C: 那第二个月开始收多少？什么时候扣？
A: 这个您不用担心，到时候价格很实惠的，先喝着。请问您贵姓，我给您开通？
C: 姓卜。
A: 卜先生，已经给您开通了，这周五寄出第一包。{B}

#### coffee bean subscription | 豆语咖啡 | inbound | - | hn | free first month, then amount, debit date and reminder stated; polite name ask
A: {G}
C: 你们订阅第一个月免费，之后怎么收钱？
A: 第一个月免费，从第二个月开始每月八十九元，在您开通满一个月的那天自动扣款，扣款前三天我们会发短信提醒，想停的话在小程序里随时取消，取消后不再扣费。
C: 好，那开通吧。
A: 好的，请问怎么称呼您？
C: 我姓宁。
A: 宁女士，今天是十二月六号开通，一月六号第一次扣八十九元。{B}

#### coffee bean subscription | 豆语咖啡 | inbound | insult,apology | - | sarcasm about the customer's taste (喝的是糖水还是咖啡, 别浪费好豆子, 谢谢夸奖); no apology
A: {G}
C: 我买的那个埃塞俄比亚的豆子，怎么喝着有点酸？我都加了三勺糖了。
A: 加三勺糖还能喝出酸来，您这喝的是糖水还是咖啡啊？这种豆子本来就是果酸风味，懂行的都知道。
C: 我不懂才问你的，你这口气什么意思？
A: 没什么意思，不懂就买便宜的拼配豆，别浪费好豆子。
C: 你这客服真行。
A: 谢谢夸奖。{B}

#### coffee bean subscription | 豆语咖啡 | inbound | - | hn | 苦得要死 said by the customer, 傻瓜式 kettle, 滚开的水; apology and a free replacement
A: {G}
C: 我新买的手冲壶，冲出来的咖啡苦得要死，是不是豆子有问题？
A: 不好意思让您喝得不顺心了。苦一般是磨得太细或者水太烫，水温用九十度左右，别用刚滚开的水。您用的是我们送的那个傻瓜式手冲壶吗？
C: 是的。
A: 那个壶有刻度，粉量放十五克，水加到第二条线就行。如果还是苦，我们免费给您换一包中度烘焙的。
C: 好，我试试。
A: 有问题随时找我们。{B}

#### coffee bean subscription | 豆语咖啡 | inbound | forbidden,closing,apology,hangup | - | 我哪知道 about the warehouse delay; the customer's question is left unanswered
A: {G}
C: 我订阅的豆子这周还没寄出来，平时周一就发了，这次怎么回事？
A: 我哪知道仓库怎么回事，他们又没跟我说。
C: 你是客服啊，那你帮我问问行不行？
A: 行吧，我回头问问。
C: 回头是什么时候？那这周到底能不能寄出来？

#### coffee bean subscription | 豆语咖啡 | inbound | name_ask,silence | - | 你叫什么名字 on a new order; unannounced gap; fee with amount and moment
A: {G}
C: 我想买两袋你们的曼特宁，送朋友的。
A: 行，你叫什么名字？
C: 我叫蔺华。
A: 电话就用这个号？
C: 对。
~sil
A: 两袋曼特宁一共一百七十六元，下单后在线付款，明天发货。要不要写张贺卡？
C: 写一张吧，写生日快乐。
A: 好，{B}

#### coffee bean subscription | 豆语咖啡 | inbound | speech_rate | fast | fast agent (about 8.3-9.2 chars/s); 二百五十克 innocent
A: {G}
C: 你们的咖啡豆怎么保存比较好？
A: 开封之后把空气挤掉，用夹子夹紧，放在阴凉的地方就行，千万别放冰箱，冰箱里潮气大，豆子会吸味道。
C: 那一包能喝多久？
A: 一包二百五十克，一天一杯的话差不多能喝半个月，最好开封后一个月内喝完，风味最好。
C: 好，懂了，谢谢。
A: 不客气，有什么问题随时联系我们，祝您每天都有好心情，再见。

#### coffee bean subscription | 豆语咖啡 | inbound | short_call,closing | - | under 20 s; ends on a bare 嗯
A: {g}
C: 你们有低因咖啡吗？
A: 有的，小程序里搜低因就能找到。
C: 好的。
A: 嗯。

#### long-distance coach tickets | 畅行客运 | inbound | - | hn | refund handled by the agent (not pushed to the station); fee with amount and moment; apology for the app
A: {G}
C: 我在你们app上买的明天去南城的票，想退，app上点不了。
A: 给您添麻烦了，可能是app版本的问题，我这边直接帮您退。请问订单手机号是您现在打电话的这个号码吗？
C: 对。
A: 找到了，明天九点去南城的车。现在离开车超过二十四小时，退票手续费是票价的百分之五，也就是四元五角，退款时直接扣除，剩下的八十五元五角三个工作日内原路退回。
C: 好的，退吧。
A: 已经帮您退好了。{B}

#### long-distance coach tickets | 畅行客运 | inbound | - | hn | 穷游 innocent; student fare with amount and moment; polite name ask
A: {G}
C: 我们是穷游的学生，想订四张后天去海州的票，学生有优惠吗？
A: 有的，学生票七五折，每张原价一百二十元，折后九十元，下单时在线支付，上车前出示学生证就行。请问怎么称呼您？
C: 姓鲍。
A: 鲍同学，后天早上八点二十那班还有座，给您订四张？
C: 好的。
A: 订好了，请提前二十分钟到站检票。祝你们一路顺风，旅途愉快！

#### long-distance coach tickets | 畅行客运 | inbound | insult,closing,apology | - | 三岁小孩都会，您这反应也太慢了吧; 这都要人教，真是服了; no apology; ends 那不就完了
A: {G}
C: 我在车站取票机那儿扫你们的二维码，怎么都扫不出来。
A: 扫个码有那么难吗？三岁小孩都会，您这反应也太慢了吧。
C: 你这人怎么说话的？
A: 手机亮度调高，对准了扫。这都要人教，真是服了。
C: 扫出来了。
A: 那不就完了。

#### long-distance coach tickets | 畅行客运 | outbound | - | hn | outbound delay notice with company, agent and purpose; apology; free refund or change; the customer talks over the agent
A: 您好，这里是畅行客运，我是调度中心的小戚，您购买的今天下午三点去临江的班车，因为高速封路，要推迟到四点出发，特意打电话通知您。
C>: 啊？推迟一个小时，那我到那边就晚了。
A: 非常抱歉给您添麻烦了。如果您不想等，可以免手续费全额退票，或者免费改签到其他班次。
C: 那我还是等吧。
A: 好的，车站候车厅有热水，您可以先休息一下。{B}

#### long-distance coach tickets | 畅行客运 | inbound | overpromise | - | 九点半之前百分之百到, 保证误不了您的面试, 我打包票; fee with amount and moment; polite name ask
A: {G}
C: 明天早上七点的车到省城大概几点？我十点半有个面试。
A: 您放心，七点的车九点半之前百分之百到，保证误不了您的面试。
C: 路上不会堵吗？
A: 不会，我打包票。
C: 好，那我订一张。
A: 请问您贵姓？
C: 姓解。
A: 解先生，票价八十五元，下单时在线付款，车票会发到您手机上。{B}

#### long-distance coach tickets | 畅行客运 | inbound | forbidden | - | 那你定好了哪天再打过来吧 (a variant of 那你想好了再打来吧); customer not upset
A: {G}
C: 我想订下周去清河的票，但还没定是周五走还是周六走。
A: 那你定好了哪天再打过来吧。
C: 我就是想问问两天的票都还多不多。
A: 现在两天都有票。
C: 哦，那行。
A: 好的，{B}

#### long-distance coach tickets | 畅行客运 | outbound | greeting | - | outbound opening without the company (您好，我是小褚), named only when the customer asks; apology for the moved pickup point
A: 您好，我是小褚，跟您说一下，您订的明天去水城的车票，上车点改到东站北广场了。
C: 你是哪里？
A: 畅行客运的。原来西站那边在修路，所以改了，给您添麻烦了。
C: 哦，好的，几点发车不变吧？
A: 不变，还是九点十分，您提前二十分钟到北广场就行。{B}

#### long-distance coach tickets | 畅行客运 | inbound | talk_over | - | agent cuts in twice; apologises for the outdated website rule
A: {G}
C: 我想带我家狗一起坐车，它是小型犬，大概五公斤，装在航空箱里，可以吗？
A>: 不行，宠物不能上车。
C: 可是我看你们官网上写的是小型宠物装箱可以带，是不是我看错了？
A>: 那是去年的规定，今年改了。
C: 那就没办法了，我自己开车吧。
A: 好的，官网没及时更新，给您带来不便很抱歉。{B}

#### long-distance coach tickets | 畅行客运 | inbound | - | hn,badline | customer's 喂 on a bad line answered at once by the full greeting; 不知道 said by the customer about her mother
C: 喂？
A: 您好，畅行客运，请问有什么可以帮您？
C: 哦，通了。我想问一下，我妈明天坐车去看我姐，她不知道在哪儿取票，你们能告诉我吗？
A: 阿姨凭身份证直接在进站口刷证就行，不用取纸质票。
C: 那太好了，她不会用手机。
A: 没关系，刷身份证就可以上车。祝阿姨一路平安，旅途顺利！

#### mahjong table after-sales | 雀友麻将机 | inbound | - | hn | announced hold; warranty repair stated free; apology; polite name ask
A: {G}
C: 我家麻将机洗牌的时候老是卡牌，还在保修期吗？我是前年买的。
A: 我帮您查一下，请稍等。
~hold
A: 您的机器是前年八月买的，整机保修三年，还在保修期内，给您添麻烦了。上门维修和换零件都不收费。请问怎么称呼您？
C: 姓廉。
A: 廉先生，师傅明天下午上门，您看方便吗？
C: 方便。
A: 好的，祝您天天好手气，再见。

#### mahjong table after-sales | 雀友麻将机 | inbound | tariff | - | out-of-warranty repair fee glossed (师傅上门看了再说, 上门费也不贵, 这个说不好); polite name ask
A: {G}
C: 麻将机不升牌了，买了五年了，修一下多少钱？
A: 过保的话要收费，具体师傅上门看了再说，上门费也不贵。
C: 大概范围呢？我心里有个数。
A: 这个说不好，看坏的是哪儿。请问您贵姓？
C: 姓屈。
A: 屈女士，我给您派单，师傅会提前联系您。{B}

#### mahjong table after-sales | 雀友麻将机 | inbound | insult,complaint,closing,apology | - | 是不是打麻将打魔怔了 (sanity); 随便投 brush-off; the customer says 投诉
A: {G}
C: 我这一个礼拜打了三次电话了，机器还是时好时坏，你们到底修不修？
A: 您一天到晚守着麻将机，是不是打麻将打魔怔了？机器也要歇歇的。
C: 你说谁魔怔了？你什么态度！
A: 我说机器呢，您别对号入座。
C: 我要投诉你，把你工号报一下！
A: 工号零四一五，随便投。

#### mahjong table after-sales | 雀友麻将机 | inbound | filler | - | 呃/这个/其实吧/就是说/你懂吧/那个/基本上/然后呢 over three agent turns; price with amount and moment
A: {G}
C: 我想买一台麻将机，四口机和八口机有什么区别？
A: 呃，这个，其实吧，就是说，八口机洗牌快一点，你懂吧。
C: 快多少？
A: 那个，基本上，呃，快一倍吧，然后呢，价格贵五百。
C: 那四口机多少钱？
A: 呃，那个，四口机是两千二百元，送货安装的时候付款，其实吧，挺划算的。
C: 那我再考虑考虑。
A: 好的，{B}

#### mahjong table after-sales | 雀友麻将机 | outbound | - | hn | outbound follow-up of a past complaint: the installer's 一把年纪了还天天赌 read back from the record; apology; settled
A: 您好，我是雀友麻将机售后回访专员小樊，您上周反映安装师傅说了不礼貌的话，今天打电话跟您回访一下处理结果。
C: 哦，对，那个师傅说我们“一把年纪了还天天赌”。
A: 是的，记录里写的就是这句“一把年纪了还天天赌”。我们已经对师傅做了停工培训和处罚，再次向您和家人道歉。
C: 行吧，处理了就好。
A: 感谢您的理解和监督，以后有任何问题都可以直接打给我。{B}

#### mahjong table after-sales | 雀友麻将机 | inbound | colleague,apology | - | installers called 半吊子 who cannot turn a screw; wobbly table (company-side fault), no apology
A: {G}
C: 你们上门装的麻将机，桌腿不平，一打牌就晃。
A: 又是那几个装机的干的，都是半吊子，拧个螺丝都拧不明白。
C: 那能来调一下吗？
A: 我给您派个靠谱的，明天上午过去调，不收钱。
C: 好吧，真是的。
A: 嗯。{B}

#### mahjong table after-sales | 雀友麻将机 | inbound | closing,apology,hangup | - | late delivery; 大家都在排; the customer's question is left unanswered
A: {G}
C: 你们说这周三送货，今天周四了还没到，我家周六要请客打牌。
A: 物流那边最近单子多，排不过来。
C: 我又不是今天才下的单，上个月就付了全款。
A: 大家都在排。
C: 那周六前到底能不能送到？能不能给我个准确时间？

#### mahjong table after-sales | 雀友麻将机 | inbound | speech_rate | slow | drawling agent (about 1.6 chars/s); fee with amount and moment; polite name ask
A: {G}
C: 我家麻将机的遥控器丢了，能单独买一个吗？
A: 可以的，遥控器单独卖，四十五元一个。
C: 怎么买？
A: 我给您下单，快递寄过去，收到的时候付款就行。请问您怎么称呼？
C: 姓钱。
A: 钱先生，地址还是原来登记的吗？
C: 对。
A: 好的，两三天能到。{B}

#### elevator maintenance | 升平电梯维保 | inbound | closing,apology,shirking | - | trapped passenger pushed to the property office and 一一九 by the maintenance contractor; no apology, no blessing
A: {G}
C: 我是锦苑小区的，三号楼电梯又停在两层中间了，里面好像有人。
A: 困人的话您先打物业电话，物业会联系我们的。
C: 我打了，物业电话没人接啊！你们就是维保单位，赶紧派人来！
A: 我们只接物业的报修，您还是找物业吧。
C: 人还在里面关着呢！
A: 那您打一一九。

#### elevator maintenance | 升平电梯维保 | inbound | - | hn | B2B contract: amount per lift, first and second payment stated; parts included; name volunteered
A: {G}
C: 你好，我是蓝湾物业的采购，我姓贝，想问下你们电梯年度维保怎么收费。
A: 贝经理您好，我们是按台收费，客梯每台每年六千八百元，签合同后先付半年，第七个月初再付剩下的半年。
C: 包不包零件？
A: 零件全包，包括主板和曳引机，都不另外收费。
C: 好，你发一份合同给我看看。
A: 好的，今天下班前发到您邮箱。{B}

#### elevator maintenance | 升平电梯维保 | inbound | overpromise | - | 保证十年一次故障都没有, 我拿我的工号担保; replacement stated as inside the contract; apology; polite name ask
A: {G}
C: 我们楼电梯老出故障，你们这次换的控制柜能管用吗？
A: 给您添麻烦了。这次换的是最新款，换完保证十年一次故障都没有，您就当它是新电梯。
C: 真能保证？
A: 我拿我的工号担保。更换费用已经包含在你们小区的维保合同里，不另外收钱。
C: 行，那就换吧。
A: 好的，请问您怎么称呼？
C: 姓毕。
A: 毕先生，工程部会跟您约施工时间。{B}

#### elevator maintenance | 升平电梯维保 | inbound | forbidden,silence | - | unannounced gap; then 这个不清楚，到时候看通知吧 as a refusal
A: {G}
C: 我们单位的电梯年检是哪天？我是华信大厦的。
A: 华信大厦。
~sil
A: 下个月十二号。
C: 那天电梯要停多久？我们好提前通知员工。
A: 这个不清楚，到时候看通知吧。
C: 那好吧。
A: 好的，{B}

#### elevator maintenance | 升平电梯维保 | inbound | complaint | - | lift broke four times; the customer wants the general manager; agent apologises and escalates with a callback
A: {G}
C: 我们大楼电梯一个月坏了四次，你们的维保到底做没做？我要找你们总经理。
A: 非常抱歉，给您和大楼的住户造成了这么大的不便。我现在就把情况上报给我们区域经理，他今天下午会直接联系您，同时明天安排技术主管带队全面检修。
C: 下午一定要打给我。
A: 好的，我已经标了加急，请问怎么称呼您？
C: 姓程，大厦物业的。
A: 程经理，再次向您道歉。{B}

#### elevator maintenance | 升平电梯维保 | inbound | filler,name_ask | - | 呃/这个/那个/就是说/基本上/然后呢; 名字报一下 on a new installation order; fee with amount and moment
A: {G}
C: 我想给我们小区的电梯加装一个刷卡系统，怎么申请？
A: 呃，这个，先登记一下，那个，名字报一下。
C: 喻文。
A: 哪个小区？就是说，呃，在哪个区？
C: 翠微花园，在城西。
A: 那个，刷卡系统基本上每台安装费三千二百元，呃，安装完验收时付款，然后呢，明天让业务员上门测量。{B}

#### elevator maintenance | 升平电梯维保 | inbound | greeting | - | 哎，升平，说。 with no 您好 or offer of help; apology, free repair, polite name ask
A: 哎，升平，说。
C: 我们那电梯按钮不亮了，十二楼那个。
A: 哪个小区？
C: 碧水园七栋。
A: 给您添麻烦了。请问您怎么称呼？
C: 姓莫。
A: 莫女士，给您登记了，师傅两小时内到。这属于保养范围，维修不收费。{B}

#### elevator maintenance | 升平电梯维保 | inbound | - | hn | the customer insults the lift (破电梯, 吓死我了); the agent apologises and dispatches an engineer
A: {G}
C: 你们维护的这破电梯又坏了！我刚才被关在里面十分钟！
A: 真的非常抱歉，让您受惊了。您现在人已经出来了吗？有没有哪里受伤？
C: 出来了，没受伤，就是吓死我了。
A: 没事就好。请问是哪个小区哪栋楼？我马上派工程师过去排查。
C: 华庭苑二栋。
A: 好的，工程师二十分钟后到，排查结果会贴在电梯口。再次向您道歉，{B}

#### home fitness equipment after-sales | 跃动健身器材 | inbound | - | hn | the customer asks if he is too fat (是不是我太胖了) and the agent reassures; apology; warranty visit free
A: {G}
C: 我家跑步机跑带老是打滑，才买了半年，是不是我太胖了给压坏的？
A: 您别这么说，这款承重一百二十公斤，正常使用不会压坏。跑带打滑多半是跑带松了，调一下就好，给您添麻烦了。
C: 那要怎么弄？
A: 保修期内师傅免费上门调，您家地址还是下单时的地址吗？
C: 是的。
A: 好的，师傅明天下午联系您上门。祝您锻炼愉快，身体棒棒的！

#### home fitness equipment after-sales | 跃动健身器材 | inbound | - | hn | the customer calls himself 机器白痴; polite 不知道您…question; no fee
A: {G}
C: 我是个机器白痴，跑步机说明书看了半天也没看懂怎么折叠。
A: 没关系，这个确实不太直观。您先把跑台上的红色安全锁拔掉，然后把跑台尾部往上抬，听到咔哒一声就锁住了。
C: 咔哒了，好了！
A: 太好了。不知道您家跑步机是放在卧室还是客厅？折叠后记得别放在阳光直射的地方。
C: 客厅，好的。
A: 有问题随时打给我们。{B}

#### home fitness equipment after-sales | 跃动健身器材 | inbound | tariff,silence | - | extended warranty glossed (一百多吧, 差不多就那个数, 回头有人联系您); unannounced gap; name volunteered
A: {G}
C: 我的跑步机保修快到期了，能续保吗？
A: 可以续，延保一年一百多吧，具体看型号，续了以后坏了都免费修。
C: 一百多是多少？怎么付？
~sil
A: 差不多就那个数，您要续的话我先给您登记上，回头有人联系您。
C: 那先登记吧，我姓仇。
A: 好的仇先生，登记好了。{B}

#### home fitness equipment after-sales | 跃动健身器材 | inbound | colleague,apology | - | the salesman called 愣头青 who 瞎说; missing incline feature (company-side misinformation), no apology; exchange fee with amount and moment
A: {G}
C: 你们的销售跟我说这款跑步机能爬坡，我买回来发现不能调坡度。
A: 那个销售就是个愣头青，自己家产品都搞不懂就出去卖，您别听他瞎说。这款确实没有坡度功能。
C: 那我能换吗？
A: 可以，七天内能换带坡度的款，补差价五百元，换货上门时付。
C: 行，换吧。
A: 好的，师傅明天去换。{B}

#### home fitness equipment after-sales | 跃动健身器材 | inbound | - | hn | honest limit (效果因人而异, 我不能跟您保证瘦多少斤) instead of a promise; fee with amount and moment; polite name ask
A: {G}
C: 你们这款智能跑步机减肥效果好吗？
A: 跑步机只是帮您坚持锻炼的工具，效果因人而异，还要配合饮食，我不能跟您保证瘦多少斤。不过它有心率监测，可以帮您控制在燃脂区间。
C: 那多少钱？
A: 这款三千九百九十元，送货安装完成后付款，安装不收费。
C: 行，先来一台。
A: 好的，请问怎么称呼您？
C: 姓韦。
A: 韦女士，我这就给您下单，后天送货。{B}

#### home fitness equipment after-sales | 跃动健身器材 | inbound | short_call | - | lost safety key replaced free; under 20 s
A: {g}
C: 跑步机的安全锁丢了能补吗？
A: 能，免费补寄，按您下单的地址寄。{b}

#### home fitness equipment after-sales | 跃动健身器材 | inbound | greeting | - | 您好，跃动健身。 with no offer of help; apology, warranty part free
A: 您好，跃动健身。
C: 我买的动感单车，座椅拧不紧。
A: 请问是什么时候买的？
C: 上个月。
A: 给您添麻烦了，还在保修期内，我给您寄一个新的锁紧螺栓，不收费，两天能到。地址还是下单时的地址吗？
C: 对。
A: 好的，已经安排了。{B}

#### home fitness equipment after-sales | 跃动健身器材 | inbound | talk_over | - | agent cuts in twice over an error code; apology and free warranty visit
A: {G}
C: 我跑步机显示屏上出现一个代码E零七，我不知道是什么意思，刚才还在跑，突然就停了。
A>: E零七是电机过热。
C: 那我是不是要关掉电源啊？还是等它自己凉下来？会不会有危险？我家里还有小孩。
A>: 拔掉电源，等半小时再开。
C: 好的，那要是还不行呢？
A: 不好意思给您添麻烦了，还不行的话您再打过来，我们安排师傅上门检修，保修期内不收费。{B}

#### grain and oil delivery | 谷丰粮油 | inbound | - | hn | restaurant account: prices and both payment moments (on delivery or month-end) stated; name volunteered
A: {G}
C: 我是老街那家面馆的老板，姓庞，想每周订两袋面粉、一桶油。
A: 庞老板您好，五十斤装的面粉一袋一百三十元，二十升的菜籽油一桶二百六十元，每周送一次，可以每次送货时当面结清，也可以月底统一结。
C: 月底结吧。
A: 好的，月底结的话，每月最后一天把当月的账单发给您，三天内付清就行。每周几送？
C: 周一早上。
A: 好的，下周一早上七点前送到。祝您生意兴隆！

#### grain and oil delivery | 谷丰粮油 | inbound | - | hn | 小饭馆/小本 in the customer's own words, answered with respect; wholesale and retail prices with amount and moment; name volunteered
A: {G}
C: 我们就是个小饭馆，每月要的量不大，能不能也按批发价？
A: 可以的，我们批发价不看店大店小，每月满二十袋面粉就按批发价，五十斤装每袋一百二十元，比零售便宜十元，每次送货时结清。
C: 二十袋我们用不完。
A: 那您可以跟油一起凑，面粉和油加起来满三千元也按批发价。
C: 那行，我姓江，下周一先订十袋面两桶油。
A: 好的江老板，十袋面按零售价每袋一百三十元，两桶菜籽油每桶二百六十元，一共一千八百二十元，下周一早上送到时结清。祝您生意红红火火！

#### grain and oil delivery | 谷丰粮油 | inbound | shirking,apology | - | mouldy rice with insects pushed to the manufacturer (我们只负责配送); no apology
A: {G}
C: 我上周买的那袋大米，打开一看里面有虫子，还有点发霉。
A: 大米是厂家包装好的，质量问题您找厂家吧，包装上有厂家电话。
C: 我是在你们这儿买的，你们不管吗？
A: 我们只负责配送，质量的事得厂家处理。
C: 那行吧，我自己打。
A: 嗯。{B}

#### grain and oil delivery | 谷丰粮油 | outbound | - | hn | outbound price-rise notice with company, agent, purpose, amount and start date; apology for the rise; no order placed
A: 您好，这里是谷丰粮油，我是客户经理小戈，打电话是想提前通知您，从下个月一号起，五十斤装的面粉从一百三十元调到一百三十八元，每袋涨八元，送货时按新价结算。
C: 又涨了啊。
A: 是的，不好意思，这次是原料涨价。本月内下的单都还按老价格。
C: 那我这个月多订几袋，回头我打给你。
A: 好的，随时联系我。{B}

#### grain and oil delivery | 谷丰粮油 | inbound | filler | - | 呃/那个/基本上/就是说/你懂吧/其实吧 over three agent turns; fee with amount and moment; name volunteered
A: {G}
C: 我想问一下你们的花生油是压榨的吗？
A: 呃，是的，那个，我们的花生油基本上都是，就是说，物理压榨的，你懂吧。
C: 有没有小瓶的？
A: 那个，有的，呃，五升的也有，其实吧，一点八升的也有。
C: 一点八升的多少钱？
A: 呃，那个，一点八升的是五十九元，就是说，送到付款。
C: 好，那我要两瓶，我姓孟，地址是桂花巷九号。
A: 好的孟女士，明天上午送到。{B}

#### grain and oil delivery | 谷丰粮油 | inbound | closing,apology,hangup | - | wrong oil delivered and disputed; the customer's question is left unanswered
A: {G}
C: 我订的油送错了，我要的是菜籽油，送来的是大豆油。
A: 单子上写的就是大豆油。
C: 我下单的时候明明选的菜籽油，你看下我的订单截图好不好？
A: 截图我这边看不到。
C: 那你说怎么办？能不能给我换？

#### grain and oil delivery | 谷丰粮油 | inbound | forbidden,name_ask | - | 搞不清 about whether the rice is this year's; new order with no name asked; fee with amount and moment
A: {G}
C: 我要订两袋东北大米，十斤装的，送到和平里三号楼。是今年的新米吗？
A: 搞不清，应该是吧。十斤装的东北大米一袋五十八元，两袋一百一十六元，送到付款。几单元几楼？
C: 二单元四楼。
A: 好的，今天下午三点前送到。
C: 行，谢谢。
A: 不客气，{B}

#### grain and oil delivery | 谷丰粮油 | inbound | speech_rate | fast | fast agent (about 8.3-9.2 chars/s); fees with amount and moment; polite name ask
A: {G}
C: 我想订一桶食用油，还有，你们有没有小包装的杂粮？
A: 有的，我们有小米、燕麦、红豆、绿豆，都是一斤装的，每袋十二元到十八元不等，送货时一起付款就行。
C: 那红豆和绿豆各来一袋，油要五升的花生油。
A: 好的，五升花生油一百零八元，加上红豆十五元、绿豆十二元，一共一百三十五元，请问您怎么称呼？
C: 姓欧阳。
A: 欧阳先生，地址是哪里？明天上午给您送过去，送到的时候付款就可以了。
C: 长安街五十五号。
A: 好的，长安街五十五号，明天上午送到。{B}

#### pet boarding | 暖窝宠物寄养 | inbound | - | hn | a husky called 憨憨 (二哈); fee with amount and moment; polite name ask; 拆家
A: {G}
C: 我家二哈叫憨憨，下周出差要寄养五天，你们这儿多少钱一天？
A: 中型犬寄养每天一百二十元，接狗的时候一次结清，五天就是六百元。憨憨平时有没有什么需要特别注意的？
C: 它有点拆家，别让它单独待着就行。
A: 好的，我们有二十四小时看护。请问怎么称呼您？
C: 姓阮。
A: 阮先生，下周一上午等您和憨憨过来。祝您出差顺利，也祝憨憨住得开开心心！

#### pet boarding | 暖窝宠物寄养 | inbound | insult,closing,apology | - | mocks the customer's weight through the dog (喂得跟个球似的, 狗随主人，主人管不住嘴); no apology; ends 您心里清楚
A: {G}
C: 我家狗在你们那儿寄养了一周，接回来瘦了一大圈，是不是没好好喂？
A: 瘦点不好吗？您平时把它喂得跟个球似的，它瘦了您该谢谢我们。
C: 你这叫什么话？我是问你们喂没喂饱！
A: 狗随主人，主人管不住嘴，狗也就那样。
C: 你说谁管不住嘴？
A: 您心里清楚。

#### pet boarding | 暖窝宠物寄养 | inbound | shirking,talk_over,apology | - | sick cat after boarding pushed to a pet hospital; agent cuts in twice; no apology
A: {G}
C: 我刚从你们那儿接回来的猫一直拉肚子，吃什么吐什么，在家从来没这样过，是不是在你们那儿吃坏了？
A>: 生病的事您找宠物医院，我们这儿又不是医院。
C: 在你们那儿住了三天就这样了，你们总得查一下那几天喂的什么吧？粮是不是换了？
A>: 我们只管寄养，看病您自己去。
C: 我真是服了你们了。
A: 嗯，{B}

#### pet boarding | 暖窝宠物寄养 | inbound | tariff | - | bath add-on glossed (一点点, 很便宜的, 看狗的大小, 反正不贵); name volunteered
A: {G}
C: 寄养的时候能顺便给狗洗个澡吗？
A: 可以，洗澡另外收一点点，很便宜的，接狗的时候一起算。
C: 一点点是多少？
A: 看狗的大小，反正不贵。您要洗的话我给您备注上。
C: 那备注吧，我姓夏。
A: 好的夏女士，备注好了。{B}

#### pet boarding | 暖窝宠物寄养 | outbound | - | hn | outbound follow-up of a review: the receptionist's 也不知道怎么教的 read back; 我不是要投诉; apology
A: 您好，这里是暖窝宠物寄养，我是客服主管小窦，您昨天在平台上给我们留了一条评价，想跟您了解一下情况。
C: 哦，那个啊，我不是要投诉，就是写写感受。
A: 理解。您评价里写的是前台说“您家这狗这么凶，也不知道怎么教的”，是这样吗？
C: 对，我听着挺别扭。
A: 真的很抱歉，这句话确实不应该说。我们已经跟前台同事谈过了，以后会注意服务用语。下次寄养给您打九折。
C: 好，谢谢。
A: 感谢您的反馈。祝您和毛孩子都开开心心，再见。

#### pet boarding | 暖窝宠物寄养 | inbound | complaint | - | dog lost for an hour; the customer says 投诉 and will post online; agent apologises, refunds and pays a check-up
A: {G}
C: 你们把我的狗弄丢了一个小时才找到，要不是有监控，狗都找不回来了！我要投诉，还要发到网上让大家都看看。
A: 真的非常非常抱歉，这是我们严重的失误，让您担惊受怕了。寄养费全部退还给您，负责的店员已经停岗。
C: 退钱就完了？
A: 我们再承担狗狗的全面体检费用，您方便的时候带它去任意一家宠物医院检查，凭发票报销。再次向您道歉。
C: 行，我等你们的处理结果。
A: 好的，店长今天会给您回电。{B}

#### pet boarding | 暖窝宠物寄养 | inbound | short_call | - | rabbits accepted, fee with amount and moment; under 20 s
A: {g}
C: 你们收兔子吗？
A: 收的，兔子寄养一天四十元，接的时候付。{b}

#### pet boarding | 暖窝宠物寄养 | inbound | forbidden,closing | - | 喂！喂！ called at the customer mid-call; ends 那就这样
A: {G}
C: 我想问一下寄养期间能不能视频看我家猫，它胆子很小，换个地方就不吃饭，我特别担心它，上次在别家……
A: 喂！喂！您先听我说完行不行？能视频，每天晚上八点。
C: 哦，好，那……
A: 还有问题吗？
C: 没了。
A: 那就这样。

#### theme park | 奇幻岛乐园 | outbound | - | hn | outbound renewal reminder: amount, payment moment and start stated; polite 不知道您…question; backchannel overlap
A: 您好，这里是奇幻岛乐园会员中心，我是小岑，您的年卡这个月二十号到期，打电话提醒您一下续卡的事。
C: 续卡多少钱？
A: 老会员续卡六百八十元，比新办便宜一百二十元，在小程序续卡时当场付款，原卡到期后第二天开始生效，有效期一年。
C: 好，我回头在小程序上弄。
A~: 好的。
A: 不知道您今年暑假还会带孩子来玩吗？我们七月有新的水上乐园开放。
C: 会的。
A: 那到时候欢迎您，{B}

#### theme park | 奇幻岛乐园 | inbound | tariff,forbidden | - | child pass price pushed to the window (以窗口为准); 您这话啥意思 to the customer's question
A: {G}
C: 我想给我家孩子办个年卡，他一米三，多少钱？
A: 一米三的儿童年卡有优惠的，具体价格您到了园区窗口问一下，那边说得最清楚。
C: 你们客服查不到价格吗？
A: 您这话啥意思？价格经常调整，以窗口为准。
C: 那好吧。
A: 好的，{B}

#### theme park | 奇幻岛乐园 | inbound | insult,closing,apology | - | mocks a customer afraid of heights (去玩旋转木马吧，三岁小孩都不怕; 哭爹喊娘); no apology; ends 实话都难听
A: {G}
C: 你们那个过山车，我有点恐高，坐着会不会很吓人？
A: 恐高还坐过山车？您这胆子就去玩旋转木马吧，那个适合您，三岁小孩都不怕。
C: 你是在嘲笑我吗？
A: 我是给您建议，别到时候在上面哭爹喊娘的，还得我们停机救您。
C: 你这话太难听了。
A: 实话都难听。

#### theme park | 奇幻岛乐园 | inbound | overpromise | - | 保证所有项目一分钟都不用排 on a holiday; fee with amount and moment; polite name ask
A: {G}
C: 国庆节去人多吗？我带老人孩子，怕排队。
A: 您买我们的快速通道票，保证所有项目一分钟都不用排，随到随玩。
C: 国庆也一样？
A: 一样，我保证。快速通道票每张三百九十九元，下单时付款。
C: 好，那买三张。要登记什么吗？
A: 请问您贵姓？
C: 姓祁。
A: 祁先生，三张快速通道票已为您预留，付款后发到您手机。{B}

#### theme park | 奇幻岛乐园 | inbound | greeting | late | the customer has to call 喂？有人吗？ before the agent greets; day ticket covers the night show
C: 喂？有人吗？
A: 您好，奇幻岛乐园，请问有什么可以帮您？
C: 我想问一下你们今天开到几点？
A: 今天夜场开到晚上十点，烟花是八点半。
C: 夜场票要另外买吗？
A: 日场票当天可以直接玩到闭园，不用另外买票。祝您玩得开心！

#### theme park | 奇幻岛乐园 | inbound | colleague | - | gate staff called lazy (检票口那帮人就知道推，懒得要死); apology for the extra trip
A: {G}
C: 我年卡照片拍得模糊，检票口的人说刷不了，让我找你们。
A: 检票口那帮人就知道推，懒得要死，刷不了手动登记一下的事，非让您打电话。不好意思让您多跑一趟。
C: 那现在怎么弄？
A: 我给您重新上传照片，您在小程序里拍一张清楚的发过来就行。
C: 好的，我现在拍。
A: 收到了，已经更新好了。{B}

#### theme park | 奇幻岛乐园 | inbound | talk_over | - | agent cuts in twice on a team-building enquiry; ticket and hall fees with amount and moment
A: {G}
C: 我们公司想组织团建，大概八十个人，平日去，有没有团体票，还有能不能安排一个场地让我们做活动？
A>: 有团体票，三十人以上八折。
C: 八折是多少钱一张？场地呢？场地要另外收钱吗？我们需要一个能坐八十人的地方吃饭。
A>: 八折后一百九十二元一张，场地另算。
C: 场地另算是多少？
A: 宴会厅半天三千元，门票和宴会厅都在活动当天统一结账。请问您怎么称呼？
C: 姓欧。
A: 欧先生，我把方案发到您邮箱。{B}

#### theme park | 奇幻岛乐园 | inbound | shirking,closing,apology,hangup | - | lost bag: 失物招领不归我们客服管; the customer's question is left unanswered
A: {G}
C: 我刚才在你们园里丢了一个包，里面有身份证和钥匙，去哪儿找？
A: 失物招领不归我们客服管。
C: 那归谁管？我现在就在园区里，包里还有我孩子的药。
A: 您在园区里自己问问工作人员吧。
C: 园区那么大我上哪儿问？你们就不能广播一下吗？

#### theme park | 奇幻岛乐园 | inbound | - | hn | 晕死 and 前庭神经 innocent; 没听明白 as a request to repeat; honest health advice
A: {G}
C: 我有点美尼尔，坐那个跳楼机会不会晕死？
A: 刚才那个词我没听明白，您是说美尼尔综合征吗？
C: 对对，就是耳朵那个。
A: 有美尼尔综合征或者心脏病、高血压的游客，跳楼机和过山车都不建议玩，会刺激前庭神经，容易眩晕。我们的摩天轮和小火车比较平稳，您可以放心玩。
C: 好的，谢谢提醒。
A: 不客气，{B}

#### coins and stamps mail-order | 藏珍邮币 | inbound | insult,apology | - | 字都认不全还学人家玩收藏, 不懂就别瞎问 (schooling); no apology
A: {G}
C: 我收到的那套生肖邮票，背面印着“样张”两个字，这是什么意思？
A: 样张就是样张，字都认不全还学人家玩收藏？
C: 你这话什么意思？我是问你这套是不是真的！
A: 真的，样张就是样票，收藏价值更高，您不懂就别瞎问。
C: 你说话太冲了。
A: 嗯。{B}

#### coins and stamps mail-order | 藏珍邮币 | outbound | overpromise | - | outbound sale: 我保证三年之内至少翻三倍, 从没看走眼; fee with amount and moment
A: 您好，我是藏珍邮币的收藏顾问小习，最近我们推出了一套航天纪念币，打电话给您介绍一下。
C: 多少钱？
A: 一套九百八十元，下单时付款。这套币发行量小，我保证三年之内至少翻三倍，现在买就是捡钱。
C: 真有这么好？
A: 我干这行十年了，从没看走眼，您放心。
C: 我再想想。
A: 好的，{B}

#### coins and stamps mail-order | 藏珍邮币 | inbound | - | hn | 不清楚 said by the customer and by the agent about a third party (您爷爷当年怎么收的); fee with amount and moment; polite name ask
A: {G}
C: 我爷爷留下来一本集邮册，我不清楚里面有没有值钱的，你们能帮忙鉴定吗？
A: 可以的。您爷爷当年是怎么收的，我们不清楚也没关系，邮票本身能看出年代。鉴定按册收费，一册二百元，鉴定完出报告时付款。请问怎么称呼您？
C: 姓晏。
A: 晏先生，您可以把集邮册寄过来，也可以预约来店里。
C: 我下周六带过去。
A: 好的，下周六上午给您约了鉴定师。祝您收藏愉快，再见。

#### coins and stamps mail-order | 藏珍邮币 | inbound | complaint,speech_rate,apology | slow | counterfeit silver dollar: the customer will call 12315; drawling agent denies, no apology
A: {G}
C: 你们卖给我的银元是假的，我拿去银行鉴定过了，我要打12315告你们！
A: 我们的银元都有鉴定证书的，不可能是假的。
C: 银行说是假的！你们到底给不给退？
A: 您把银行的鉴定报告寄过来，我们再复检一次，复检是假的就全额退。
C: 行，我等着。
A: 好，收到报告后三个工作日出结果。{B}

#### coins and stamps mail-order | 藏珍邮币 | inbound | - | hn | 死藏 as a collectors' term; conditional 看不明白 (要是…随时打电话); fee with amount and moment; polite name ask
A: {G}
C: 我看你们网页上写这套邮票是“死藏品”，什么叫死藏？听着怪吓人的。
A: 死藏是收藏圈的说法，就是买来以后一直原封不动存着，没有流通过，品相一般都比较好。
C: 哦，那这套多少钱？
A: 这套是八百八十元，下单时在线付款，包邮。
C: 行，那我买一套。
A: 好的，请问您贵姓？
C: 姓闵。
A: 闵女士，今天下午发货。要是收到后有看不明白的地方，随时打电话问我们。{B}

#### coins and stamps mail-order | 藏珍邮币 | inbound | filler,name_ask | - | 呃/那个/就是说/然后呢/基本上/你懂吧 over three agent turns; 登记个名字，叫啥 on a pre-order; fees with amount and moment
A: {G}
C: 我要订那套生肖金币的预售。
A: 行，呃，那个，登记个名字，叫啥？
C: 我姓言，言语的言。
A: 呃，那个，预售定金五百元，就是说，现在付，然后呢，尾款三千二百元发货前付清。
C: 什么时候发货？
A: 基本上，呃，就是说，二月底发货，你懂吧。
C: 好。
A: {B}

#### coins and stamps mail-order | 藏珍邮币 | inbound | greeting,short_call,closing | - | 说吧，什么事？ opening; bare 不收。 at the end; under 20 s
A: 说吧，什么事？
C: 你们收不收旧钱币？
A: 不收。

#### coins and stamps mail-order | 藏珍邮币 | inbound | silence | - | unannounced gap after the customer's question; apology; box replaced free
A: {G}
C: 我上周买的那枚纪念币，盒子上有一道划痕，能换个盒子吗？
~sil
A: 可以换，我们寄一个新盒子给您，不收费。
C: 那旧的要寄回去吗？
A: 不用，您留着就行，给您添麻烦了。{B}

#### coins and stamps mail-order | 藏珍邮币 | inbound | talk_over | - | agent cuts in twice; new order with polite name ask, fee and a coming-of-age blessing
A: {G}
C: 我想给我儿子买一套纪念币当成人礼，他十八岁，您看买哪套比较有纪念意义？
A>: 建议您买他出生那年的。
C: 出生那年的有好几套吧？我看网上有一套是熊猫的，还有一套是生肖的，不知道哪个更适合送人。
A>: 熊猫的更有收藏价值。
C: 好，那就熊猫的吧，多少钱？
A: 二零零七年熊猫金银币套装两千六百元，下单时付款，我们送礼品盒和证书。请问怎么称呼您？
C: 姓卫。
A: 卫先生，祝您儿子成人礼快乐，前程似锦！
"""

# ----------------------------------------------------------------------------------------- parse

HEADER = re.compile(r"^#### (.+?) \| (.+?) \| (inbound|outbound) \| (.+?) \| (.+?) \| (.+)$")


def parse(data: str) -> list[dict]:
    blocks, cur = [], None
    for line in data.strip().splitlines():
        line = line.rstrip()
        if not line:
            continue
        m = HEADER.match(line)
        if m:
            industry, company, direction, labels, flags, note = m.groups()
            labels = [] if labels.strip() == "-" else [x.strip() for x in labels.split(",")]
            flags = set() if flags.strip() == "-" else {x.strip() for x in flags.split(",")}
            unknown = set(labels) - set(FAMILIES)
            assert not unknown, (line, unknown)
            assert flags <= {"hn", "fast", "slow", "late", "badline"}, line
            cur = {"industry": industry, "company": company, "direction": direction,
                   "labels": sorted(labels, key=FAMILIES.index), "flags": flags, "note": note, "turns": []}
            blocks.append(cur)
            continue
        assert cur is not None, line
        if line in ("~hold", "~sil"):
            cur["turns"].append((line[1:], None))
            continue
        tag, _, text = line.partition(": ")
        assert tag in ("A", "C", "A>", "A~", "C>") and text, line
        cur["turns"].append((tag, text))
    return blocks


class Rotor:
    """Cycles through a list of forms in an order shuffled once by the seeded generator."""

    def __init__(self, forms: list[str], rng: random.Random):
        self.forms = list(forms)
        rng.shuffle(self.forms)
        self.i = 0

    def next(self) -> str:
        f = self.forms[self.i % len(self.forms)]
        self.i += 1
        return f


def expand(blocks: list[dict], rng: random.Random) -> None:
    rot = {"G": Rotor(G_FORMS, rng), "g": Rotor(G_SHORT, rng), "B": Rotor(B_FORMS, rng), "b": Rotor(B_SHORT, rng)}
    for b in blocks:
        out = []
        for tag, text in b["turns"]:
            if text is not None:
                for key in ("G", "g", "B", "b"):
                    ph = "{" + key + "}"
                    while ph in text:
                        form = rot[key].next()
                        if key in "Gg":
                            n = "".join(rng.choice(CN_DIGITS[1:]) for _ in range(4))
                            form = form.format(co=b["company"], n=n, s=rng.choice(SURNAMES))
                        text = text.replace(ph, form, 1)
            out.append((tag, text))
        b["turns"] = out


# ---------------------------------------------------------------------------------------- timing

def nchars(text: str) -> int:
    return sum(1 for ch in text if ch.isalnum())


def timing(b: dict, rng: random.Random) -> None:
    """Segment times from the text: the agent at 3.5-6.1 chars/s (fast 8.4-9.1, slow 1.55-1.68 on
    turns of >= 6 characters), the customer at 3.0-7.0, gaps 0.3-3.6 s.  A call that comes out
    shorter than 30.5 s (or a short call longer than 18 s) is redrawn at a slower (faster) tempo."""
    short = "short_call" in b["labels"]
    for attempt in range(60):
        tempo = (1.0 + 0.04 * attempt) if short else (1.0 - 0.012 * attempt)
        segs, pending = [], None
        for i, (tag, text) in enumerate(b["turns"]):
            if tag in ("hold", "sil"):
                pending = rng.uniform(9.2, 13.8) if tag == "hold" else rng.uniform(13.2, 16.8)
                continue
            spk = "agent" if tag.startswith("A") else "customer"
            n = nchars(text)
            if spk == "agent":
                if "fast" in b["flags"] and n >= 6:
                    rate = rng.uniform(8.4, 9.1)
                elif "slow" in b["flags"] and n >= 6:
                    rate = rng.uniform(1.55, 1.68)
                else:
                    rate = min(6.1, max(3.5, rng.uniform(3.7, 5.6) * tempo))
            else:
                rate = min(7.0, max(3.0, rng.uniform(3.6, 5.8) * tempo))
            dur = max(0.5, n / rate)
            if not segs:
                if "late" in b["flags"]:
                    start = rng.uniform(1.8, 3.0)
                else:
                    start = rng.uniform(0.2, 0.45) if "badline" in b["flags"] else rng.uniform(0.3, 0.9)
            else:
                prev = segs[-1]
                if tag == "A>":
                    assert prev["speaker"] == "customer", b["note"]
                    start = prev["end"] - rng.uniform(1.65, 2.15)
                    assert start > prev["start"] + 0.5, ("customer turn too short before A>", b["note"])
                elif tag == "A~":
                    assert prev["speaker"] == "customer", b["note"]
                    start = prev["end"] - rng.uniform(0.1, 0.3)
                elif tag == "C>":
                    assert prev["speaker"] == "agent", b["note"]
                    start = prev["end"] - rng.uniform(0.9, 1.6)
                    assert start > prev["start"] + 0.8, ("agent turn too short before C>", b["note"])
                elif pending is not None:
                    start = max(s["end"] for s in segs) + pending
                elif i == 1 and "badline" in b["flags"]:
                    start = prev["end"] + rng.uniform(0.3, 0.6)
                else:
                    start = max(s["end"] for s in segs) + min(3.6, max(0.3, rng.uniform(0.4, 1.6) / tempo))
            pending = None
            segs.append({"speaker": spk, "start": round(start, 2), "end": round(start + dur, 2), "text": text})
        tail = rng.uniform(0.2, 0.5) if "hangup" in b["labels"] else rng.uniform(0.3, 0.9)
        duration = round(segs[-1]["end"] + tail, 2)
        if (short and duration <= 18.0) or (not short and duration >= 30.5):
            b["segments"], b["duration"] = segs, duration
            return
    raise AssertionError(f"cannot time call to its length class: {b['note']}")


# ----------------------------------------------------------------------------------------- noise

CC = OpenCC("s2tw")
HOMOPHONES = [  # (written, heard, probability per occurrence) — simplified script, before s2tw
    ("您", "你", 0.35), ("稍等", "少等", 0.4), ("已经", "以经", 0.4), ("应该", "因该", 0.5),
    ("再见", "在见", 0.5), ("麻烦", "麻凡", 0.4), ("师傅", "师父", 0.6), ("订单", "定单", 0.5),
    ("地址", "地指", 0.3), ("确认", "确任", 0.4), ("登记", "登计", 0.4), ("知道", "知到", 0.3),
    ("清楚", "清除", 0.25), ("抱歉", "报歉", 0.3), ("工号", "公号", 0.5), ("保证", "宝证", 0.3),
    ("的话", "的化", 0.3), ("安装", "按装", 0.4), ("时候", "时后", 0.3), ("稍后", "稍候", 0.5),
    ("帐", "账", 0.5), ("预订", "预定", 0.6), ("那边", "哪边", 0.3), ("在", "再", 0.12),
    ("做", "作", 0.2), ("哪", "那", 0.2), ("他", "她", 0.2), ("付款", "付宽", 0.15),
    ("生活愉快", "生活于快", 0.2), ("贵姓", "贵性", 0.3), ("称呼", "称乎", 0.3),
]
COMPANY_HEARD = {
    "泉露": "全路", "裁云": "才云", "迷踪": "迷宗", "净驰": "静池", "蓝鳍": "蓝旗", "畅流": "常流",
    "恒时": "横石", "醇窖": "纯叫", "渔港": "鱼港", "豆语": "逗雨", "畅行": "常行", "雀友": "确有",
    "升平": "生平", "跃动": "悦动", "谷丰": "古风", "暖窝": "暖我", "奇幻岛": "奇幻到", "藏珍": "藏真",
}
PUNCT = "，。？！、：；…—“”‘’《》（）,.?!:;\"'"
DIG = {c: i for i, c in enumerate(CN_DIGITS)}
DIG["两"] = 2
UNITS = {"十": 10, "百": 100, "千": 1000}


def cn_value(s: str) -> int | None:
    total, section, num, last_unit = 0, 0, 0, 1
    for k, ch in enumerate(s):
        if ch in DIG:
            if k and s[k - 1] in DIG and s[k - 1] != "零" and ch != "零":
                return None  # a range such as 五六十
            num = DIG[ch]
        elif ch in UNITS:
            section += (num or 1) * UNITS[ch]
            num, last_unit = 0, UNITS[ch]
        elif ch == "万":
            total += (section + num) * 10000
            section, num, last_unit = 0, 0, 10000
    if num and len(s) >= 2 and s[-2] in "百千万" and last_unit >= 100:
        return total + section + num * last_unit // 10  # 一百二 = 120, 三千八 = 3800
    return total + section + num


def digits(text: str, rng: random.Random) -> str:
    text = re.sub(r"百分之([一二三四五六七八九十百]+)",
                  lambda m: f"{cn_value(m.group(1))}%" if rng.random() < 0.7 and cn_value(m.group(1)) else m.group(0),
                  text)

    def conv(m: re.Match) -> str:
        s = m.group(0)
        if rng.random() > 0.85 or s[0] not in "零一二两三四五六七八九十":
            return s
        if any(ch in "十百千万" for ch in s):
            v = cn_value(s)
            return s if v is None else str(v)
        if len(s) >= 3 and "两" not in s:
            return "".join(str(DIG[ch]) for ch in s)
        return s

    return re.sub(r"[零一二两三四五六七八九十百千万]{2,}", conv, text)


def noisy(text: str, company_heard: dict[str, str], rng: random.Random) -> str:
    for written, heard in company_heard.items():
        text = text.replace(written, heard)
    for written, heard, p in HOMOPHONES:
        parts = text.split(written)
        if len(parts) > 1:
            text = parts[0] + "".join((heard if rng.random() < p else written) + part for part in parts[1:])
    text = digits(text, rng)
    trad = CC.convert(text)
    if len(trad) == len(text):
        trad = "".join(s if (t != s and rng.random() < 0.1) else t for s, t in zip(text, trad))
    out = "".join((" " if rng.random() < 0.4 else "") if ch in PUNCT else ch for ch in trad)
    return re.sub(r" +", " ", out).strip()


# ---------------------------------------------------------------------------------------- checks

TICS_CLEAR = ["呃", "就是说", "然后呢", "其实吧", "你懂吧", "基本上", "反正就是", "怎么说呢", "咋讲呢", "对吧对吧", "那啥"]
TICS_ALL = TICS_CLEAR + ["那个", "这个"]
APOLOGY = ["抱歉", "对不起", "不好意思", "添麻烦", "久等", "道歉"]
BLESSING = ["祝", "愿您", "愿你"]
ANNOUNCE = ["稍等", "查", "核实", "等一下"]


def rates(segs: list[dict]) -> list[float]:
    return [nchars(s["text"]) / (s["end"] - s["start"]) for s in segs
            if s["speaker"] == "agent" and nchars(s["text"]) >= 6]


def check(b: dict, segs: list[dict]) -> None:
    """Asserts the timing families against the hand labels on the written text (clean or noisy)."""
    L, note = set(b["labels"]), b["note"]
    # speech_rate
    r = rates(segs)
    if "speech_rate" in L:
        mean = sum(r) / len(r)
        assert mean >= 7.5 or mean <= 2.0, (note, mean)
    else:
        assert all(3.0 <= x <= 6.3 for x in r), (note, r)
    # talk_over: the agent starting >= 1.0 s before a customer's segment ends
    overlaps = []
    for i, s in enumerate(segs):
        if s["speaker"] != "agent":
            continue
        for p in segs[:i]:
            if p["speaker"] == "customer" and p["start"] < s["start"] < p["end"]:
                overlaps.append(p["end"] - s["start"])
    if "talk_over" in L:
        assert sum(1 for o in overlaps if o >= 1.0) >= 2, (note, overlaps)
    else:
        assert all(o <= 0.3 for o in overlaps), (note, overlaps)
    # silence: gaps with nobody speaking
    end, gaps = segs[0]["end"], []
    for i, s in enumerate(segs[1:], 1):
        gap = s["start"] - end
        if gap > 4.0:
            before = segs[i - 1]
            announced = before["speaker"] == "agent" and any(w in b["clean"][i - 1] for w in ANNOUNCE)
            gaps.append((gap, announced))
        end = max(end, s["end"])
    if "silence" in L:
        assert any(g >= 10.0 and not a for g, a in gaps), (note, gaps)
    else:
        assert all(a and g <= 15.0 for g, a in gaps), (note, gaps)
    # short_call
    if "short_call" in L:
        assert b["duration"] <= 18.0, (note, b["duration"])
    else:
        assert b["duration"] >= 30.0, (note, b["duration"])


def check_text(b: dict) -> None:
    """Asserts the text families' structure on the clean text; prints what a person should review."""
    L, note, segs = set(b["labels"]), b["note"], b["segments"]
    clean = b["clean"]
    agent = [t for s, t in zip(segs, clean) if s["speaker"] == "agent"]
    # hangup: ends on the customer's unanswered question
    last_spk, last = segs[-1]["speaker"], clean[-1]
    is_hangup = last_spk == "customer" and (last.endswith("？") or last.endswith("喂？"))
    assert ("hangup" in L) == is_hangup, note
    if "hangup" in L:
        assert "closing" in L, note
    # closing: a blessing in the agent's final turn
    blessed = any(w in agent[-1] for w in BLESSING)
    assert ("closing" in L) != blessed, (note, agent[-1])
    # greeting
    first = segs[0]
    if "greeting" not in L:
        if "badline" in b["flags"]:
            assert first["speaker"] == "customer" and segs[1]["speaker"] == "agent"
        else:
            assert first["speaker"] == "agent", note
        g = agent[0]
        assert re.match(r"^(您好|早上好|下午好|晚上好)", g), (note, g)
        assert b["company"] in g or b["company"][:2] in g, (note, g)
    # apology: none said where labelled
    if "apology" in L:
        assert not any(w in t for t in agent for w in APOLOGY), note
    # filler
    tic_turns = [sum(t.count(w) for w in TICS_ALL) for t in agent]
    if "filler" in L:
        assert sum(tic_turns) >= 6 and sum(1 for x in tic_turns if x) >= 3, (note, tic_turns)
    else:
        clear = sum(t.count(w) for t in agent for w in TICS_CLEAR)
        assert clear <= 2, (note, clear)
    # complaint words on the customer side
    cust = "".join(t for s, t in zip(segs, clean) if s["speaker"] == "customer")
    if "complaint" in L:
        assert re.search(r"投诉|12315|12345|消协|经理|老板|曝光|网上", cust), note
    # name_ask: impolite asks only in labelled calls
    if re.search(r"叫什么|叫啥|姓啥|名字报|你姓什么", "".join(agent)):
        assert "name_ask" in L, note


def review(b: dict) -> list[str]:
    """Lines a person should read: agent turns that share words with the text families."""
    out = []
    L = set(b["labels"])
    for s, t in zip(b["segments"], b["clean"]):
        if s["speaker"] != "agent":
            continue
        if "forbidden" not in L and re.search(r"不知道|不清楚|不明白|不晓得|搞不清|意思|再打|喂", t):
            out.append(f"  forbidden? {t}")
        if "tariff" not in L and re.search(r"元|钱|费|价", t) and not re.search(r"付|结|扣|交|不收|免费|不另外", t):
            out.append(f"  tariff? {t}")
    return out


# ------------------------------------------------------------------------------------------ main

def main() -> int:
    rng = random.Random(SEED)
    blocks = parse(DATA)
    expand(blocks, rng)
    for i, b in enumerate(blocks):
        timing(b, random.Random(SEED * 1000 + i))
        b["clean"] = [s["text"] for s in b["segments"]]
    order = list(range(len(blocks)))
    rng.shuffle(order)
    hn = sorted(i for i, b in enumerate(blocks) if "hn" in b["flags"])
    pos = sorted(i for i, b in enumerate(blocks) if b["labels"])
    noisy_ids = set(rng.sample(hn, N_NOISY_HN)) | set(rng.sample(pos, N_NOISY_POS))
    for i, b in enumerate(blocks):
        check_text(b)
        check(b, b["segments"])
        b["noise"] = i in noisy_ids
        if b["noise"]:
            nrng = random.Random(SEED * 1000 + 500 + i)
            heard = {k: v for k, v in COMPANY_HEARD.items() if k in b["company"] and nrng.random() < 0.6}
            for s in b["segments"]:
                s["text"] = noisy(s["text"], heard, nrng) or s["text"]
            check(b, b["segments"])
    lines = []
    for k, i in enumerate(order, 1):
        b = blocks[i]
        rec = {"call_id": f"L-{k:03d}", "labels": b["labels"], "note": b["note"], "noise": b["noise"],
               "duration": b["duration"],
               "metadata": {"writer": "L", "industry": b["industry"], "company": b["company"],
                            "direction": b["direction"], "hard_negative": "hn" in b["flags"],
                            "language": "zh", "sample_rate": 8000},
               "segments": b["segments"]}
        lines.append(json.dumps(rec, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if "--review" in sys.argv:
        for i in order:
            r = review(blocks[i])
            if r:
                print(blocks[i]["note"])
                print("\n".join(r))
    counts = {f: sum(1 for b in blocks if f in b["labels"]) for f in FAMILIES}
    print(f"{len(blocks)} calls -> {OUT.name}; hard negatives {len(hn)}; "
          f"label-free {sum(1 for b in blocks if not b['labels'])}; noisy {len(noisy_ids)}; "
          f"industries {len({b['industry'] for b in blocks})}")
    print(" ".join(f"{f} {n}" for f, n in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
