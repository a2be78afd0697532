"""Independent labelled call set S (eval/independent/tune_s.jsonl; first named heldout_s.jsonl, held out
until its blind figures were recorded, then renamed as round 19 of rule work began) — now a TUNING set.

Written by writer S on 2026-12-18 from DOMAIN.md, the seed articles in shared/seeds/,
eval/independent/README.md, the first 120 lines of build_r.py (label policy and data format), one
line of heldout_r.jsonl (format only) and the LabelledCall dataclass / load_labelled function of
eval/evaluate.py (format only).  No rule code, rulebook, tests, docs or other sets were read, and the
rule engine was never run on this file (only eval.evaluate.load_labelled, to check that it loads).
Run:
    .venv/bin/python eval/independent/build_s.py

Deterministic (SEED=20261218).  The dialogues are hand-written data in the DIALOGUES_* strings below
(writer S's own; nothing copied from another writer).  random.Random is used only for segment timing,
the order of the calls, the choice of the noisy calls, the rotation among correct greeting / blessing
wordings ({G} / {B} / {T}) and the ASR-style noise; each call's generator is seeded from SEED and the
call's key.

Noise ("noise": true, 38 of 150 calls, chosen by the seeded generator): the clean text as Whisper
base plausibly hears 8 kHz phone audio — writer S's own homophone list (each occurrence swapped with
probability 0.5), Chinese numerals before a unit written as Arabic figures by value (一百二十元 -> 120元),
runs of three or more bare Chinese digits as digits, punctuation per segment dropped, turned into
spaces or kept, Traditional script (OpenCC s2tw; one segment in five s2t), about one converted
character in ten left simplified.  Labels are those of the clean speech.

Twenty industries none of writers A-R used (checked against the README): a city road-race
registration line, a cat cafe, a farm-stay restaurant (农家乐), a surf school, baking classes,
exhibition-booth building, a vinyl record shop, a weiqi (go) school, children's robotics/coding
classes, a senior university's enrolment office, an art auction house, yacht charter, helicopter
sightseeing, long-term rental apartments, landscaping maintenance, auto-glass repair, a community
group-buy platform, a blind-box toy shop, car-audio upgrades, stone countertops.  All company names
are invented.

Data format (writer S's own): a call starts "@@ key | in|out | labels or - | flags or - | note"; then
one turn a line: "a:" agent, "c:" customer; "a!" the agent cuts in 1.6-2.1 s before the customer's
turn ends (talk-over); "a," the agent starts 0.12-0.25 s before it ends (backchannel, negative); "c!"
the customer cuts in 0.9-1.4 s before the agent's turn ends (negative); ".. hold" an announced hold of
10.6-11.7 s (the agent's turn just before announces it with 稍等); ".. gap" an unannounced gap of
13.7-15.5 s.  Flags: hn (hard negative, no labels), fast / slow (agent speech rate), short (a call
under 18 s), badline (the customer's 喂 0.2-0.5 s in on a bad line, answered at once by the full
greeting), late (nobody speaks for 3.0-3.8 s and the customer has to call out first).
{G} a correct inbound greeting, {B} a correct blessing with goodbye, {T} thanks + blessing (all
rotated), {co} the company, {ag} the agent's name, {id} a job number.

LABEL POLICY — writer R's policy (writer Q's policy with R's "R:" readings, as printed in the first
120 lines of build_r.py), adopted unchanged.  Labels describe what was SAID.
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
  colleague / complaint as writers L-R (complaint: an explicit intent to complain or escalate).
Q's readings and R's readings ("R:" in build_r.py), kept: a dialect insult is `insult`; a hangup on a
customer who had complained of a company-side fault adds `apology`; a brush-off ending an insult is
insult + closing; the agent's 不知道 inside an insult belongs to the insult; the colleague who picks up
after an announced transfer owes the closing; an outbound caller giving no company is `greeting`; a
short call otherwise complete carries `short_call` only; mocking age / looks / schooling as a "joke" is
`insult`; an insult call carries `apology` only when no apology follows the customer's protest; 不太清楚
followed in the same turn by a concrete way to find out is negative, a bare 不清楚 / 哪知道 is
`forbidden`; a fee waived is no tariff matter, a deposit with no amount is `tariff`; the customer's 破…
about a faulty product owes an apology but is nobody's insult; explicit displeasure (太糟心了, 什么态度,
太不负责任, 太过分) owes an apology, a bare pointed question does not; 喂 as "feed" is not the forbidden 喂;
a promise about what the company controls with a named time is no overpromise, 保证/百分之百/绝对 about
an outcome it does not control is.
Timing, recomputed from the generated segments and asserted against the hand labels: short_call < 20 s
(positives < 18 s, all others >= 30 s); silence an unannounced gap >= 10 s (announced holds <= 12 s
negative; other gaps <= 4 s); talk_over the agent starting >= 1.0 s before the customer's segment ends
(positives twice a call; negatives <= 0.3 s); speech_rate the agent's mean rate over turns of >= 6
characters (punctuation not counted) >= 7.5 or <= 2.0 chars/s (positives 8.6-9.1 / 1.56-1.74;
negatives keep every such turn within 3.0-6.3); hangup read from the clean transcript: it ends on the
customer's unanswered question (never a fee question), and is also closing.

S: readings writer S had to choose (none changes R's policy):
S: an agent who answers a question about the customer's job or income with contempt (送外卖的也租得起…)
   mocks the customer's means: `insult`, like R's age/looks/schooling "jokes".
S: impatience turned personal (您能不能别磨叽了，跟个老太太似的) is `insult`; impatience alone
   (您说快一点) is not.
S: the agent's 这个我也不清楚 about what a third party (a courier, a venue, the weather bureau) will do,
   followed by what the agent will do, is negative; 不清楚 about the company's own service with
   nothing after it is `forbidden`.
S: a customer who says 我不是要投诉 / 不用当投诉 while reporting rudeness carries no `complaint`;
   a customer who says 我要投诉 / 打12315 / 找你们领导 does, whatever the agent then does.
S: 那您商量好了在公众号上报名就可以 after the customer asks for time (robo6) is no 想好了再打来; 您自己都
   没想好学什么，那您想清楚了再来电话吧 used to end a question the agent will not answer (senior5) is
   `forbidden`.
S: a rude refusal about goods the company sold spoiled (tuan9: 这我哪清楚, rotten bananas) also owes
   `apology`: a company-side fault, whatever the customer's tone.
S: a blessing in the agent's last turn after an insult (就这些，祝您生活愉快) completes the closing but does
   not stand for the apology the protest was owed; a brush-off ending in 挂了 has no blessing: closing.
S: go terms read out to a worried parent (愚形, 打劫, 这块棋死了) and product names (傻傻熊, 小笨蛋系列) are
   innocent words; the customer's self-descriptions (手特别笨, 傻大黑粗 of an old worktop) are no insult.
S: every fee in a negative call is stated with amount and moment or waived, and no hangup call ends on a
   money question; quotes deferred to a site visit were kept out of the negatives.
Measured on this file: short_call positives 9.2-12.2 s, all others >= 30.8 s; unannounced gaps 13.9-15.4 s;
announced holds 10.6-11.6 s; other gaps <= 3.8 s; talk-over 1.63-2.04 s (twice a call); the two
backchannels 0.13-0.18 s; speech_rate positives mean 8.84-8.91 / 1.64-1.68 chars/s; every agent turn of a
negative within 3.3-5.3 chars/s.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

import opencc

SEED = 20261218
OUT = Path(__file__).resolve().parent / "tune_s.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask",
            "apology", "shirking", "overpromise", "colleague", "complaint",
            "silence", "talk_over", "speech_rate", "short_call", "hangup")
TIMING = ("silence", "talk_over", "speech_rate", "short_call", "hangup")

INDUSTRIES = {
    "run": ("city road-race registration line", "奔腾路跑赛事", "小腾"),
    "cat": ("cat cafe", "喵屿猫咖", "小屿"),
    "farm": ("farm-stay restaurant (农家乐)", "竹溪山庄", "小溪"),
    "surf": ("surf school", "逐浪冲浪俱乐部", "小浪"),
    "bake": ("baking classes", "麦香烘焙学堂", "小麦"),
    "booth": ("exhibition-booth building", "展立会展搭建", "小立"),
    "vinyl": ("vinyl record shop", "留声黑胶唱片行", "小声"),
    "go": ("weiqi (go) school", "弈林围棋学堂", "小林"),
    "robo": ("children's robotics and coding classes", "智趣少儿编程", "小智"),
    "senior": ("senior university enrolment office", "松鹤老年大学", "小松"),
    "auct": ("art auction house", "雅藏拍卖", "小雅"),
    "yacht": ("yacht charter", "碧海游艇租赁", "小碧"),
    "heli": ("helicopter sightseeing", "云翼直升机观光", "小翼"),
    "apt": ("long-term rental apartments", "栖居长租公寓", "小栖"),
    "garden": ("landscaping maintenance", "青苑园林养护", "小苑"),
    "glass": ("auto-glass repair", "明途汽车玻璃", "小途"),
    "tuan": ("community group-buy platform", "邻里鲜团购", "小邻"),
    "blind": ("blind-box toy shop", "惊喜盒子潮玩", "小喜"),
    "audio": ("car-audio upgrades", "悦声汽车音响", "小悦"),
    "stone": ("stone countertops", "磐石石材台面", "小磐"),
}

GREETINGS = (
    "您好，{co}，我是{ag}，请问有什么可以帮您？",
    "您好，这里是{co}，工号{id}，请问您需要什么帮助？",
    "您好，欢迎致电{co}，{ag}为您服务，请问有什么能帮上您的？",
    "您好，{co}客服{ag}，请问您想咨询哪方面的问题？",
    "下午好，{co}，我是{ag}，请问您有什么需要？",
    "早上好，{co}客服中心，请问我能为您做点什么？",
    "您好，{co}，很高兴为您服务，请问您遇到什么问题了？",
)
BLESSINGS = (
    "祝您生活愉快，再见。",
    "祝您一切顺利，再见！",
    "祝您每天都开开心心，再见。",
    "祝您万事如意，拜拜。",
    "祝您身体健康，再见。",
    "祝您周末愉快，再见。",
    "祝您心想事成，再见。",
)
THANKS = (
    "感谢您的来电，祝您生活愉快，再见。",
    "感谢您的耐心，祝您一切顺利，再见。",
    "谢谢您的支持，祝您心想事成，再见。",
    "感谢您的理解，祝您天天好心情，再见。",
    "感谢您的信任，祝您万事顺意，再见。",
    "谢谢您的配合，祝您生活愉快，再见。",
)

DIALOGUES = []

DIALOGUES.append("""
@@ run1 | in | insult apology | - | 您这记性还跑半马呢，别跑到一半连回家的路都忘了 (memory); no apology after the protest
a: {G}
c: 我上周报了半程马拉松，现在想查一下报名成功没有，身份证号我记不太清了。
a: 自己的身份证号都记不住？您这记性还跑半马呢，别跑到一半连回家的路都忘了。
c: 你这人怎么说话呢？我年纪大了记不住很正常吧！
a: 行吧，那您报个手机号，我用手机号查。
c: 一三九一二四五六七八八。
a: 查到了，报名成功，号码布下周六到体育中心领取。
c: 知道了。
a: {B}

@@ run2 | out | - | hn | outbound with company, who and why; name asked politely; fee with amount and moment
a: 您好，我是奔腾路跑赛事组委会的{ag}，这次打电话是想跟您核对一下您报名十公里组的信息，请问现在方便吗？
c: 方便，你说。
a: 请问您怎么称呼？
c: 我姓钱。
a: 钱先生您好，您报名的是十公里组，衣服尺码选的是L号，对吗？
c: 对，对了报名费是不是还没扣？
a: 报名费是一百二十元，抽签结果出来以后，中签的当天从您绑定的银行卡扣，没中签不收费。
c: 行，明白了。
a: 感谢您的配合，祝您比赛顺利，跑出好成绩，再见。

@@ run3 | in | tariff | - | 保险费 glossed twice: 也就一点点，到时候在页面上看
a: {G}
c: 我想报名全程马拉松，听说今年要交个什么保险费？
a: 对，保险是必须买的，费用不高，报名的时候系统会提示您。
c: 不高是多少啊？什么时候交？
a: 也就一点点，您到时候在页面上看就行，反正大家都交。
c: 那好吧，怎么报名？
a: 您在我们公众号的赛事报名栏目里填资料就可以了，请问您怎么称呼？
c: 我姓孟。
a: 孟先生，资料填好以后三天内会出审核结果。{T}

@@ run4 | in | forbidden | - | 这个我不知道 / 这个也不清楚 about the race's own route, nothing after
a: {G}
c: 我想问问今年赛道是不是改了，还经不经过滨江大道？
a: 这个我不知道，反正到时候看通知吧。
c: 那大概什么时候公布呢？
a: 这个也不清楚，等通知吧。
c: 好吧。
a: 还有别的问题吗？
c: 没了。
a: 好的，祝您生活愉快，再见。

@@ run5 | in | short_call | short | wrong number, complete greeting and blessing
a: 您好，奔腾路跑，请问有什么可以帮您？
c: 哦不好意思，我打错了，我找的是体育馆。
a: 没关系，祝您生活愉快，再见。

@@ run6 | in | complaint apology | - | chip timing wrong, 我要向体育局投诉你们; no apology
a: {G}
c: 上个月的比赛，我的成绩显示四小时五十分，可我明明是四小时二十分跑完的，芯片计时肯定出问题了。
a: 成绩是系统根据芯片自动生成的，一般不会错。
c: 不会错？我手表上记得清清楚楚！你们这样太不负责任了，我要向体育局投诉你们！
a: 您可以提交申诉，我们会调取沿途的录像核对，一般十五个工作日内给您答复。
c: 十五天？算了，我直接去投诉。
a: 好的，申诉的入口在公众号的赛事服务里。{T}

@@ run7 | in | - | hn | a volunteer's 是不是脑子有问题 reported and read back; 不是要投诉; apology given
a: {G}
c: 我跟你们反映个事，不是要投诉啊，就是上周领物的时候，有个志愿者嫌我问得多，说我是不是脑子有问题，看不懂指示牌。
a: 非常抱歉让您受委屈了。我跟您确认一下，志愿者说的是“是不是脑子有问题，看不懂指示牌”，对吗？
c: 对，就这句。我就是想让你们培训一下。
a: 好的，我已经记录下来了，会反馈给志愿者管理组。请问您怎么称呼？处理结果我们回访您。
c: 我姓严，电话就是我现在打的这个。
a: 好的严先生，感谢您的反馈，祝您跑步愉快，身体健康，再见。

@@ cat1 | in | insult apology | - | Sichuan dialect 你脑壳有包嗦; no apology after the protest
a: {G}
c: 我上次去你们店里被猫抓了一下，想问问你们的猫打过疫苗没有？
a: 你自己去摸人家猫尾巴，它不抓你抓哪个？你脑壳有包嗦？
c: 你怎么骂人呢？我就问问疫苗的事！
a: 疫苗都打了的，证明挂在店里墙上，你下回去看嘛。
c: 那我还要不要去打针？
a: 打不打你自己拿主意，我们店里的猫都按时打疫苗的。
c: 行吧。
a: 那就祝您生活愉快，再见。

@@ cat2 | in | - | hn | booking with 请问您贵姓; 喂 as feed (喂猫); snack price with amount and moment
a: {G}
c: 你好，我想订周六下午两点的位置，两个人。
a: 好的，周六下午两点两位，请问您贵姓？
c: 免贵姓唐。
a: 唐女士，给您留了靠窗的位置。
c: 我们能自己带零食喂猫吗？
a: 外面的零食不建议喂，店里有专门的猫咪冻干，十五元一份，您到店在前台买了就可以喂它们。
c: 好的，那位置就麻烦你了。
a: 不客气，感谢您的预约，祝您周末愉快，再见。

@@ cat3 | in | filler | - | 嗯/那个/就是/然后 in three agent turns
a: {G}
c: 我想问问你们店能不能领养猫？
a: 嗯，那个，可以的，就是我们店里有几只是可以领养的。
c: 需要什么条件？
a: 那个，就是要先填个申请表，然后，嗯，我们会去家访。
c: 家访要多久？
a: 嗯，就是大概一周吧，然后那个结果会短信通知您。
c: 好的，谢谢。
a: 不客气，祝您早日领到心仪的小猫，再见。

@@ cat4 | in | greeting | - | 喂，喵屿，说吧。
a: 喂，喵屿，说吧。
c: 你好，请问你们今天几点关门？
a: 今天晚上十点关门，最晚九点半入场。
c: 那小孩可以进吗？
a: 六岁以上可以，要有大人陪着。
c: 好的知道了。
a: 好的，感谢来电，祝您玩得开心，再见。

@@ cat5 | in | apology | - | closed without notice, 白跑一趟，太让人生气了; no apology
a: {G}
c: 我昨天下午特地坐了一个小时地铁过去，结果你们门口贴个条说临时停业，也没提前说，白跑一趟，太让人生气了。
a: 昨天是店里临时做消毒，所以停了一天。
c: 那你们不能在公众号上提前发个通知吗？
a: 通知是当天中午发的，可能您没看到。今天已经正常营业了，您可以再过来。
c: 再过来又要一个小时……那之前买的团购券还能用吗？
a: 能用的，有效期到月底。{T}

@@ cat6 | in | silence | - | unannounced gap after the customer gives the number
a: {G}
c: 我的会员卡里应该还有几次，想查一下。
a: 好的，您报一下手机号。
c: 一五八零零三二七七四六。
.. gap
a: 查到了，还剩三次，有效期到明年三月。
c: 好的，谢谢。
a: 感谢您的来电，祝您生活愉快，再见。

@@ cat7 | in | - | hn | the customer's 神经病 about another guest; customer's 不知道; 您不清楚…也没关系 as reassurance
a: {G}
c: 我上次在你们店里碰到一个神经病，一直拽猫尾巴，我都看不下去了。那只橘猫现在没事吧？
a: 谢谢您这么关心它，橘猫现在很好，当时店员也及时制止了那位客人。
c: 那就好。我还想问，我那天好像把一个蓝色的保温杯落下了，也不知道是不是落在你们那儿。
a: 您不清楚落在哪儿也没关系，我帮您问一下店长，找到了给您回电话。请问您怎么称呼？
c: 我姓孔。
a: 孔女士，有消息马上联系您，感谢您的耐心，祝您生活愉快，再见。

@@ farm1 | in | name_ask | - | 你叫啥？…全名。
a: {G}
c: 我想订个包间，这周日中午，大概十二个人。
a: 行，你叫啥？
c: 我姓范。
a: 全名。
c: 范志刚。
a: 电话就是这个号吧？周日中午十二位的包间给你留好了，十一点半之前到。
c: 好。
a: 感谢您的预订，祝您玩得开心，再见。

@@ farm2 | in | overpromise | - | 保证能钓到…百分之百; 周六绝对是大晴天，我保证
a: {G}
c: 听说你们那边可以钓鱼，这周六带孩子去，能钓到吗？
a: 保证能钓到！我们塘里鱼多得是，百分之百不会空手回去。
c: 周六会不会下雨啊？
a: 您放心，周六绝对是大晴天，我保证。
c: 那行，我们周六去。钓鱼怎么收费？
a: 钓上来的鱼十八元一斤，走的时候称重结账，进门不收费。
c: 好的。
a: 感谢您的来电，祝您周末愉快，再见。

@@ farm3 | in | tariff | - | 最低消费: 不高的…到了再说吧
a: {G}
c: 你们包间要收包间费吗？
a: 包间有个最低消费，不过不高的，到时候点够菜就行了。
c: 最低消费多少？
a: 看包间大小，到了再说吧，您来了服务员会跟您讲。
c: 那好吧。
a: 好的，请问还有什么需要吗？
c: 没了。
a: 感谢您的来电，祝您一切顺利，再见。

@@ farm4 | in | complaint apology | - | stale fish, 我要去市场监管局投诉你们; no apology
a: {G}
c: 我们昨天在你们那儿吃饭，那条红烧鱼一股味儿，明显不新鲜，回来我老婆就拉肚子了。
a: 我们的鱼都是当天从塘里捞的，不会不新鲜。
c: 你还狡辩？我拍了照片的！我要去市场监管局投诉你们！
a: 您有照片可以发给我们，我们核实以后会给您一个处理意见。请问您怎么称呼？
c: 姓邓。
a: 邓先生，照片发到我们公众号就行，我们两天内联系您。{T}

@@ farm5 | in | short_call | short | opening hours, complete
a: 您好，竹溪山庄，请问有什么能帮您？
c: 明天营业吗？
a: 营业的，早上九点到晚上九点，祝您玩得开心，再见。

@@ farm6 | in | shirking | - | 这个您去找平台，我们管不了
a: {G}
c: 我在一个旅游平台上订了你们的采摘套票，到现在没收到核销码，怎么办？
a: 这个您去找平台，我们管不了，谁卖给您的您找谁。
c: 可我是去你们那儿玩啊，你们不能查一下吗？
a: 我们查不了平台的订单，您打平台客服吧。
c: 那好吧。
a: 好的，祝您生活愉快，再见。

@@ farm7 | in | - | hn | announced hold; room fee with amount and moment; 没办法保证一定能看到 (hedge)
a: {G}
c: 我想下周末带老人去住两晚，你们的房间还有吗？
a: 请您稍等，我帮您查一下下周末的房态。
.. hold
a: 感谢您耐心等待，下周六周日还有两间标间，每间每晚二百八十元，入住时在前台付。请问您怎么称呼？
c: 我姓石，帮我留一间。
a: 石先生，已经给您留好了。
c: 那几天山上能看到云海吗？
a: 云海要看天气，我们没办法保证一定能看到，如果前一晚下过雨，第二天早上出现的机会大一些。
c: 好的，明白了。
a: 感谢您的支持，祝您和家人住得舒心，再见。

@@ surf1 | in | insult | - | 就您这体型，站上去板子都得沉底 (body); apology right after the protest
a: {G}
c: 我想报个冲浪体验课，我一百八十斤，能学吗？
a: 一百八十斤？就您这体型，站上去板子都得沉底，还是先去减减肥吧。
c: 你什么意思？看不起胖子是吧？
a: 对不起，是我说话太过分了，向您道歉。体重不影响学，我们有加宽加厚的长板，教练会一对一带您。
c: 这还差不多。体验课多少钱？
a: 体验课两个小时三百八十元，预约成功时在线支付。请问您怎么称呼？
c: 我姓包。
a: 包先生，给您约在这周六上午，祝您第一次下水就站起来，再见。

@@ surf2 | in | overpromise | - | 绝对没有任何危险…保证一次都不会呛水; 百分之百能学会
a: {G}
c: 我完全不会游泳，去冲浪会不会有危险？
a: 绝对没有任何危险，我们教练保证您一次都不会呛水。
c: 那一节课能学会吗？
a: 百分之百能学会，上完一节课保证您能自己站在浪上。
c: 好，那我考虑一下。
a: 好的，感谢您的来电，祝您生活愉快，再见。

@@ surf3 | in | greeting | late | the customer calls out first; 在呢，您说。
c: 喂？喂？有人吗？
a: 在呢，您说。
c: 我想问一下你们冬天还开课吗？
a: 冬天海水太凉，十二月到二月停课，三月份恢复。
c: 那我三月份再报。
a: 好的，到时候公众号会发开课通知，感谢您的来电，祝您一切顺利，再见。

@@ surf4 | in | colleague | - | 何教练…混日子的，吊儿郎当; apology given
a: {G}
c: 我上周上课的时候，那个姓何的教练一直在看手机，都没怎么管我。
a: 何教练啊，他就是那样，混日子的，上班一直吊儿郎当，我们也拿他没办法。
c: 那你们不管管？
a: 真是抱歉给您带来不好的体验，下次我给您换一位教练，这次的课给您补一节。
c: 那行吧。
a: 感谢您的反馈，祝您生活愉快，再见。

@@ surf5 | in | speech_rate | fast | every agent turn 8.7-9.1 chars/s
a: 您好逐浪冲浪俱乐部我是小浪请问有什么可以帮您的？
c: 我想问一下你们的装备可以租吗？
a: 可以租的冲浪板加防寒衣一天一百五十元押金五百元取板时一起付还板的时候押金当场退给您。
c: 押金能刷卡吗？
a: 能刷卡也能用微信支付宝都可以，到前台直接办理手续就行了非常方便。
c: 那要提前预约吗？
a: 周末人多建议提前一天在公众号预约，平时直接过来就可以了。
c: 好的，那周末我过去。
a: 好的感谢您的来电祝您周末玩得开心冲浪愉快再见。

@@ surf6 | in | hangup closing apology | - | cracked rental board, 太扫兴了; the agent leaves on the customer's question
a: {G}
c: 我昨天在你们那儿租的板子，底下有条裂缝，下水没多久就进水了，课都没上完，太扫兴了。
a: 板子出租前都检查过的，您下水的时候没注意吧。
c: 我一直在教练旁边，怎么没注意？教练也看到了，板子一下水就往里灌水。
a: 行，我记一下。
c: 记一下就完了？那你们到底管不管？

@@ surf7 | in | - | hn badline | bad-line 喂 answered at once by the full greeting; camp fee with amount and moments; names asked politely
c: 喂？
a: {G}
c: 我想给孩子报个夏令营，八岁能参加吗？
a: 可以的，夏令营收七到十二岁的孩子，五天四晚，费用是三千二百元，报名时交五百元定金，开营前三天交齐余款。
c: 好，那帮我报一个。
a: 好的，请问孩子叫什么名字？您怎么称呼？
c: 孩子叫吴小北，我是他妈妈。
a: 吴女士您好，我先帮小北登记上，稍后把报名表发到您手机上。
c: 好的。
a: 感谢您的信任，祝小北玩得开心，再见。

@@ bake1 | in | insult apology | - | 这么简单都做不好，我看您不是做蛋糕的料 (intelligence); no apology
a: {G}
c: 我上次课学的戚风蛋糕，回家做了三次都塌了，想问问是怎么回事。
a: 老师课上讲了好几遍，您是一点都没听进去啊？这么简单都做不好，我看您不是做蛋糕的料。
c: 你怎么这么说话？我是来请教的，不是来挨骂的！
a: 塌了一般是烤的时间不够，或者蛋白没打发好，您下次多烤五分钟。
c: 行了行了。
a: 好，祝您生活愉快，再见。

@@ bake2 | in | name_ask | - | a class booked by phone number only
a: {G}
c: 我想报周日上午的面包课，一个人。
a: 周日上午十点那节还有位置，课时费一百六十八元，现在在线支付就行。
c: 好的，我现在付。
a: 您留个手机号，我把付款链接发过去。
c: 一三六五五八九二零一七。
a: 链接已经发了，付完就报上了。
c: 收到了。
a: 感谢您的支持，祝您周末愉快，再见。

@@ bake3 | in | shirking | - | oven sold in class broke: 您得找厂家售后，我们这边管不了 (after 不好意思)
a: {G}
c: 我在你们课上买的那台小烤箱，用了两次就不加热了。
a: 不好意思，烤箱是厂家的，坏了您得找厂家售后，我们这边管不了。
c: 可我是在你们这儿买的啊。
a: 我们只是代卖，您打说明书上的电话就行。
c: 那好吧，我自己去找。
a: 好的，祝您生活愉快，再见。

@@ bake4 | in | tariff | - | 翻糖材料费: 不多的…到时候现场交
a: {G}
c: 你们的课时费包含材料吗？
a: 基础材料包含，要是做翻糖的话另外收一点材料费。
c: 另外收多少？
a: 不多的，上课的时候老师会说，到时候现场交就好。
c: 好吧，那先帮我报个翻糖课。周几有？
a: 每周六下午。请问您怎么称呼？
c: 姓罗。
a: 罗女士，给您报了这周六下午的翻糖课。{T}

@@ bake5 | in | closing | - | bare 好，再见。
a: {G}
c: 我想问一下你们的课适不适合零基础？
a: 适合的，我们有专门的入门班，从认识工具开始教。
c: 入门班一共几节课？
a: 一共六节，每周一节，周三晚上七点上课。
c: 好，我回去商量一下。
a: 好，再见。

@@ bake6 | in | - | hn | the customer's 手特别笨 about herself; 死面疙瘩; polite 不知道您…呢; fee with amount and moment
a: {G}
c: 我想学做馒头包子，可我这人手特别笨，能学会吗？
a: 当然能，很多学员一开始连面都没揉过。不知道您家里有没有蒸锅呢？
c: 有的，就是每次蒸出来都是硬邦邦的死面疙瘩。
a: 那多半是发酵没到位，课上老师会专门教怎么看面团发没发好，学完您心里就有数了。
c: 那太好了，课多少钱？
a: 面点班四节课一共四百元，报名时交齐，面粉和材料都包含在里面。请问您怎么称呼？
c: 我姓胡。
a: 胡阿姨，我给您登记好了，下周二上午第一节课。感谢您的支持，祝您身体健康，再见。

@@ bake7 | in | talk_over | - | the agent cuts in twice
a: {G}
c: 我女儿下个月过生日，我想带她和几个同学来你们这儿做一次亲子蛋糕，大概有六个孩子。
a! 六个孩子没问题，我们有亲子包场。
c: 好的，那孩子们一般几岁比较合适呢，我女儿她们都才五岁，怕她们太小了弄不了。
a! 五岁可以的，老师会帮忙。包场三小时一千二百元，预约时付三百元定金，当天结清。请问您怎么称呼？
c: 我姓郝。
a: 郝女士，您定好日子告诉我们，我们给您安排。{B}

@@ booth1 | out | greeting | - | outbound 喂，您好，我们是做展台搭建的 with no company even when asked
a: 喂，您好，我们是做展台搭建的，看到您公司报名了下个月的建材展，想问问展台找好了没有？
c: 你们是哪家公司？
a: 我们做这行十几年了，价格实惠，要不要先给您出个设计方案？
c: 不用了，我们已经找好了。
a: 好的，那打扰您了，祝您展会顺利，再见。

@@ booth2 | in | overpromise | - | 保证…整个展馆最吸引人…一天起码一百个意向客户; 从来没失手过
a: {G}
c: 我们公司第一次参展，预算不多，想做个十八平米的展台。
a: 没问题，我们给您设计，保证您的展台是整个展馆最吸引人的，一天起码能接一百个意向客户。
c: 真的这么多？
a: 绝对的，我干这行这么多年，从来没失手过。
c: 那你们先出个方案吧，报价多少？
a: 十八平米的特装展位，设计加搭建一共三万二千元，签合同时付一半，撤展后付尾款。请问您怎么称呼？
c: 我姓米。
a: 米经理，方案三天内发到您邮箱。{T}

@@ booth3 | in | shirking apology | - | misprinted backdrop: 您直接找印刷厂吧; 太不负责任了; no apology
a: {G}
c: 明天就开展了，你们搭的展台背景墙颜色印错了，我们的蓝色被印成紫色了，这让我们怎么见客户？
a: 画面是外包给印刷厂做的，颜色问题您直接找印刷厂吧，我把他们电话给您。
c: 合同是跟你们签的，我找印刷厂干什么？
a: 我们也是按您给的文件交出去的，印刷厂那边印错了我们也没办法，您跟他们沟通效率更高。
c: 你们这样太不负责任了！
a: 印刷厂电话我发您短信，祝您展会顺利，再见。

@@ booth4 | in | silence | - | 好的。then an unannounced gap
a: {G}
c: 我想确认一下我们展台的进场时间，合同号是八八零四五。
a: 好的。
.. gap
a: 您的进场时间是后天早上八点，搭建时间是两天。
c: 那撤展呢？
a: 撤展是展会最后一天下午四点以后。
c: 好，知道了。
a: 感谢您的来电，祝您展会圆满成功，再见。

@@ booth5 | in | colleague | - | 小周…脑子不灵光，交代的事十件能忘八件; apology given
a: {G}
c: 你们设计师给我发的方案，改了三次还是没按我说的改。
a: 唉，又是小周吧？他那个人脑子不灵光，交代的事十件能忘八件，我们也头疼。
c: 那你们能不能换个设计师？
a: 非常抱歉耽误您时间了，我马上给您换资深设计师，今天下班前把新方案发给您。
c: 好吧。
a: 感谢您的理解，祝您工作顺利，再见。

@@ booth6 | in | - | hn | proper transfer announced with 请您稍等; the engineer states the venue's fee with amount and moment and closes
a: {G}
c: 我想问一下展台用电能不能加到三十千瓦，这个是不是得跟电工确认？
a: 这个需要我们的电气工程师给您核算，请您稍等，我帮您转接过去。
.. hold
a: 您好，我是电气工程师老韩，三十千瓦可以加，需要向展馆申请临时用电，申请费是展馆收的，每千瓦六十元，进场前交给展馆。
c: 好的，那就麻烦你们帮我们申请。
a: 好的，明天把申请表发给您，感谢您的配合，祝您展会顺利，再见。

@@ booth7 | in | hangup closing | - | neutral question left unanswered
a: {G}
c: 我们在会展中心有个九十平米的光地，想问下你们能不能做双层展台？
a: 能做，双层展台要另外向展馆报审，周期长一点。
c: 报审要多久？
a: 一般两周左右。
c: 那大概要提前多久开始设计？还有楼上能放洽谈桌吗？

@@ vinyl1 | in | insult | - | 您听得懂吗？别跟风了 (contempt for taste); apology right after the protest
a: {G}
c: 我想买个黑胶唱机，听说你们那儿有入门款，我以前没玩过。
a: 没玩过您买黑胶干嘛？您听得懂吗？别跟风了，买个蓝牙音箱得了。
c: 你这什么态度？我没玩过就不能学吗？
a: 抱歉抱歉，是我嘴欠，不该这么说您。入门款有一台一千二百八十元的，自带唱头放大，插上音箱就能听。
c: 那还行。
a: 请问您怎么称呼？我给您留一台。
c: 姓宁。
a: 宁先生，货给您留三天，到店付款就行，祝您听得开心，再见。

@@ vinyl2 | in | apology | - | warped record, 真是太糟心了; exchange offered, no apology
a: {G}
c: 我在你们网店买的那张爵士专辑，寄到就是翘的，放上去针都在跳，好几百块钱的东西，真是太糟心了。
a: 翘片的话您拍个侧面的照片发给我们，我们给您换一张新的。
c: 运费谁出？
a: 来回运费都是我们出，您不用管。
c: 那行吧。
a: 请您把照片发到客服微信。{T}

@@ vinyl3 | in | forbidden | - | 你这话什么意思？
a: {G}
c: 你们店里那些二手唱片，是不是有些是盗版翻刻的？
a: 你这话什么意思？我们卖的都是正版。
c: 我就是问问，前两天在别家买到过翻刻的。
a: 我们的二手唱片都有出处，每张都会标原版发行年份。
c: 好的，那我放心了。
a: 感谢您的来电，祝您生活愉快，再见。

@@ vinyl4 | in | filler | - | 啊/这个/那个/就是/嗯/呀/然后 over three turns; belt fee with amount and moment
a: {G}
c: 我家里的唱机转速好像不太对，听着声音发闷。
a: 啊，这个啊，您看一下那个转速开关，就是三十三转和四十五转那个。
c: 我看了，是三十三转。
a: 嗯，那个，您再看看皮带，就是转盘底下那根，是不是松了呀。
c: 好像是有点松。
a: 嗯，那就是皮带老化了，然后您到店里来，那个皮带二十元一根，换的时候付。
c: 好的，谢谢。
a: 不客气，祝您听歌愉快，再见。

@@ vinyl5 | in | speech_rate | slow | drawl: every agent turn 1.56-1.74 chars/s
a: 您好，留声黑胶唱片行，我是小声，请问有什么可以帮您？
c: 我想问一下，你们收不收二手唱片？
a: 收的，您可以拍照片发给我们，先给您估个价。
c: 大概能收多少钱一张？
a: 要看品相和版本，好的老版能有几百元，普通的几十元。
c: 好的，我拍了发给你们。
a: 好的，感谢您的来电，祝您生活愉快，再见。

@@ vinyl6 | in | - | hn | the customer's 抢钱吧…把顾客当傻子 about prices; the agent apologises and explains
a: {G}
c: 你们店是抢钱吧？一张新唱片卖三百多，人家网上才两百，你们是不是把顾客当傻子？
a: 非常抱歉让您觉得不舒服。我们这张是原版进口的，网上两百的多半是再版，压盘厂不一样，音质也有差别。
c: 真的假的？
a: 您可以看封底的编号，我把两个版本的区别发到您手机上，您对比一下再决定。
c: 行，你发吧。
a: 好的，马上发给您，感谢您的理解，祝您生活愉快，再见。

@@ vinyl7 | in | short_call | short | opening hours, complete
a: 您好，留声唱片行，请问有什么可以帮您？
c: 你们今天开门吗？
a: 开的，十点到晚上八点，祝您愉快，再见。
""")

DIALOGUES.append("""
@@ go1 | in | insult apology | - | 您连棋盘有几路都不知道，还想在家辅导孩子？(the parent's intelligence); no apology
a: {G}
c: 我儿子在你们那儿学围棋，我想在家陪他练练，可我一点都不懂，棋盘是多少路的来着？
a: 您连棋盘有几路都不知道，还想在家辅导孩子？您就别添乱了，孩子越教越糊涂。
c: 你这叫什么话？我不懂才问你的！
a: 十九路，入门的孩子一般先用九路的小棋盘。
c: 好吧。
a: 还有别的事吗？
c: 没了。
a: 好，祝您生活愉快，再见。

@@ go2 | out | - | hn | outbound trial-class invitation with company, who and why; the customer declines politely
a: 您好，我是弈林围棋学堂的课程顾问{ag}，看到您上周在我们公众号给孩子领了体验课，想跟您约一下上课时间，请问现在说话方便吗？
c: 哦，是有这回事，不过孩子最近作业多，暂时不去了。
a: 好的，没关系，体验课三个月内都有效，您什么时候有空了，在公众号上直接选时间就可以。
c: 行，谢谢你啊。
a: 不客气，打扰您了，感谢您接听，祝孩子学习进步，再见。

@@ go3 | in | name_ask talk_over | - | 你姓什么？ and two cut-ins
a: {G}
c: 我想给我女儿报个周末的围棋班，她今年六岁半，之前在幼儿园学过一点点。
a! 六岁半可以，周六上午有个启蒙班。你姓什么？
c: 我姓柏，那个启蒙班是一对几的，老师能不能照顾得过来，我家孩子比较内向。
a! 一个老师带八个孩子，能照顾过来。启蒙班一学期十六节课二千四百元，报名时交齐。
c: 好，那先报上吧。
a: 已经给您登记了，周六上午九点上课，感谢您的支持，祝您周末愉快，再见。

@@ go4 | in | filler closing | - | 嗯/那个/就是/然后 in three turns and a bare 行，就这样。
a: {G}
c: 我想问问你们的段位考试什么时候报名？
a: 嗯，那个段位考试啊，就是每年两次，然后春季的在四月份。
c: 报名要交多少钱？
a: 那个，一段的考试费是二百元，就是报名的时候交，然后考完发证书。
c: 在哪里报？
a: 嗯，就在我们前台报，那个带上孩子的照片。
c: 好的。
a: 行，就这样。

@@ go5 | in | - | hn | go terms sharing characters with insults: 愚形, 打劫, 这块棋死了; the agent says it is no judgement of the child
a: {G}
c: 我看老师给我儿子的评语写着“愚形太多”，这是说我家孩子笨吗？
a: 不是的，您别误会，愚形是围棋的术语，指的是效率低的棋形，跟孩子聪不聪明没有关系，初学的孩子都会下。
c: 那还写着“不会打劫，这块棋死了”，听着挺吓人的。
a: 打劫也是术语，是双方轮流提子的一种下法，这块棋死了就是这块棋被吃掉了，都是正常的复盘用语。
c: 原来是这样，吓我一跳。
a: 让您担心了，不好意思，下次我们请老师把评语写得更通俗一些。感谢您的反馈，祝孩子棋艺进步，再见。

@@ go6 | in | forbidden closing | - | 不明白你要问啥 (bare) and 那就这样。
a: {G}
c: 我儿子明年想冲业余五段，你们有没有那种针对冲段的集训，是跟着原来的老师还是换人带？
a: 不明白你要问啥，我们的课都在公众号上。
c: 我就是问有没有冲段集训班。
a: 有，暑假有，具体的看公众号。
c: 好吧。
a: 那就这样。

@@ go7 | in | - | hn | the customer's 喂？喂？能听到吗？ on a bad line mid-call; the agent answers at once; 您不清楚…也没关系
a: {G}
c: 我想给孩子退一节课，下周三他要去比赛。
a: 好的，请问孩子叫什么名字？
c: 喂？喂？能听到吗？信号不太好。
a: 能听到的，您请说孩子的名字。
c: 叫邵子墨，哪个班我不太清楚。
a: 您不清楚班级也没关系，我用名字查到了，是周三晚上的提高班，那节课给您改成请假，之后安排补课。
c: 好的，谢谢。
a: 不客气，感谢您的配合，祝子墨比赛顺利，再见。

@@ robo1 | out | greeting | - | outbound 喂，是乐乐家长吧？ with no company
a: 喂，是乐乐家长吧？我是乐乐编程课的老师，想跟您说一下这学期的课程安排。
c: 哦，是我，你说。
a: 下个月开始课程升级到图形化编程第二阶段，上课时间不变，还是每周六下午三点。
c: 好的，那教室也不变吧？
a: 对，教室也不变，到时候孩子照常来就行。
c: 好的，知道了。
a: 好的，谢谢您，祝您生活愉快，再见。

@@ robo2 | in | overpromise | - | 保证孩子学完拿省赛一等奖; 百分之百能进重点初中
a: {G}
c: 我想了解一下你们的机器人课程，孩子十岁，学这个对升学有用吗？
a: 太有用了，跟着我们学两年，保证孩子能拿省赛一等奖。
c: 这么厉害？那对小升初有帮助吗？
a: 有了省赛奖，百分之百能进重点初中，我们往年的孩子都是这样的。
c: 我再考虑考虑。
a: 好的，感谢您的来电，祝您生活愉快，再见。

@@ robo3 | in | tariff silence | - | 教材套件费: 开课以后再说; an unannounced gap
a: {G}
c: 我家孩子报了你们的机器人班，学费交过了，听说还要买个器材套件？
a: 对，上课要用的套件需要另外买。
c: 套件多少钱？
.. gap
a: 价格要看孩子学到哪个阶段，开课以后老师会跟您说，到时候再交。
c: 那大概是什么价位？
a: 不贵的，家长都能接受，您放心。
c: 那好吧。
a: 感谢您的来电，祝您生活愉快，再见。

@@ robo4 | in | complaint colleague | - | 我要投诉…找你们校长; 王老师就是个愣头青…什么都不懂; apology given
a: {G}
c: 上周六的课，老师迟到了四十分钟，孩子们在教室里干等着，我要投诉，你们让校长给我回电话！
a: 非常抱歉耽误孩子上课了。那节是王老师的课吧？他刚来没多久，就是个愣头青，什么都不懂，我们也拿他没办法。
c: 那是你们的事，反正我要个说法。
a: 好的，我把您的投诉登记上，今天下班前请校长给您回电话，迟到的这节课给孩子补上。
c: 行，我等电话。
a: 感谢您的反馈，祝您生活愉快，再见。

@@ robo5 | in | - | hn | a teacher's 笨得像块木头 reported and read back; 不用当投诉; apology given
a: {G}
c: 跟你们说个事，不用当投诉，就是我儿子回来说，有个老师嫌他搭得慢，说他笨得像块木头，孩子挺难受的。
a: 真的非常抱歉，让孩子受委屈了。我确认一下，老师说的是“笨得像块木头”，是上周四的课吗？
c: 对，周四下午那节。
a: 好的，我已经记下来了，会跟教学主管反馈，也会请老师跟孩子道个歉。请问孩子叫什么名字？
c: 叫齐天乐。
a: 好的，我们处理好了会回电话给您，感谢您的反馈，祝天乐学得开心，再见。

@@ robo6 | in | speech_rate closing | fast | every agent turn 8.7-9.1 chars/s; ends 好嘞拜拜
a: 您好智趣少儿编程我是小智请问有什么可以帮您的？
c: 我想问一下你们有没有线上的编程课，我们家离得比较远。
a: 有的线上课也是小班直播上课每节课四十五分钟老师会实时点评孩子的作业。
c: 线上课和线下课价格一样吗？
a: 线上课便宜一些一学期一千六百元报名的时候一次交清中途不上了可以退剩下的课时。
c: 需要什么设备？
a: 一台能上网的电脑就可以了平板也行但是电脑操作起来更方便一些。
c: 好的，我跟孩子商量一下。
a: 好嘞好嘞那您商量好了在公众号上报名就可以拜拜。

@@ robo7 | in | - | hn | announced hold; 您不清楚…也没关系 with a free test; booking with 您怎么称呼
a: {G}
c: 我想给孩子报个班，可是不清楚他适合哪个级别，他九岁，在学校学过一点点编程。
a: 您不清楚级别也没关系，我们有免费的入学测评。请您稍等，我帮您查一下这周末还有没有测评名额。
.. hold
a: 感谢您耐心等待，这周六上午十点还有名额，测评大约四十分钟，不收费。请问您怎么称呼？孩子叫什么名字？
c: 我姓晏，孩子叫晏小舟。
a: 晏先生，已经给小舟约好了周六上午十点的测评，到时候带孩子直接来前台就行。
c: 好的，谢谢。
a: 感谢您的信任，祝您周末愉快，再见。

@@ senior1 | in | insult apology | - | 您都七十多了还学电脑？学了也记不住 (age); no apology
a: {G}
c: 我今年七十二了，想报个智能手机和电脑的班，学学怎么上网买东西。
a: 您都七十多了还学电脑？学了也记不住，回头又来问，别浪费名额了。
c: 你这个小同志怎么这么说话？老年大学不就是给老人上的吗？
a: 电脑班名额不多，您非要报就下周一早上八点来现场排队。
c: 你这是什么态度！
a: 就这些，祝您生活愉快，再见。

@@ senior2 | in | speech_rate | slow | drawl: every agent turn 1.56-1.74 chars/s
a: 您好，松鹤老年大学，我是小松，请问您有什么需要？
c: 我想问问，书法班下学期什么时候开始报名？
a: 书法班下个月十号开始报名，在一楼教务处。
c: 要带什么东西吗？
a: 带上身份证和一张一寸照片就可以了。
c: 好的，我记下了。
a: 感谢您的来电，祝您身体健康，再见。

@@ senior3 | in | hangup closing apology | - | class moved without notice, 白跑一趟，太不像话了; the agent leaves on the customer's question
a: {G}
c: 我今天早上坐公交过去上太极拳课，到了才知道教室换了，也没人通知，白跑一趟，太不像话了。
a: 教室调整的通知贴在公告栏上了。
c: 我七十多岁了，天天跑去看公告栏啊？你们就不能打个电话吗？
a: 我们这边人手也不够。
c: 那下周的课到底在哪个教室上？

@@ senior4 | out | - | hn | outbound with company, who and why; fee with amount and moment; polite 不知道您…呢
a: 您好，我是松鹤老年大学教务处的{ag}，打电话是想提醒您，下学期的书法班下周开始续报，请问您现在方便听电话吗？
c: 方便方便，你说吧。
a: 请问您是书法班的冯阿姨本人吧？
c: 对，是我。
a: 冯阿姨，续报的学费是一学期三百六十元，续报时在教务处交，也可以用手机支付。不知道您下学期还打不打算继续学呢？
c: 要继续的，我下周二过去交。
a: 好的，周二上午八点到十一点教务处都有人。
c: 好，谢谢你啊。
a: 不客气，感谢您一直以来的支持，祝您身体健康，再见。

@@ senior5 | in | forbidden | - | 那您想清楚了再来电话吧 to a customer who is still choosing
a: {G}
c: 我想报个班，可是不知道是报摄影还是报国画，你们哪个好一点？
a: 这得您自己定，您自己都没想好学什么，那您想清楚了再来电话吧。
c: 我就是想听听你的建议。
a: 两个都挺受欢迎的，摄影要自己带相机，国画的材料学校发。
c: 那我再想想。
a: 好的，感谢来电，祝您生活愉快，再见。

@@ senior6 | in | filler name_ask | - | 那个/嗯/这个/就是 and 你叫什么？
a: {G}
c: 我想报个合唱团，现在还能报吗？
a: 嗯，那个，能报的，就是还有几个名额。
c: 那帮我报上吧。
a: 嗯，你叫什么？那个，身份证号也报一下。
c: 我叫郑淑芬，身份证号我一会儿去了再给你。
a: 这个，那个也行，然后您周三下午过来试唱。
c: 好的。
a: 好的，祝您生活愉快，再见。

@@ senior7 | in | - | hn | the customer's 不知道 about his own card; the customer talks over the agent; a 0.2 s backchannel
a: {G}
c: 我孙子给我办了个学员卡，我也不知道卡号在哪儿看，想问问我的课是哪天。
a: 没关系，您报一下您的名字就能查。
c: 我叫冯德厚，冯是两点水加个马字的那个冯，德是道德的德，厚是厚薄的厚，这个名字好记。
a, 嗯，好的。
a: 冯大爷，查到了，您报的是周四上午的京剧班，九点开始。
c! 九点是吧，在哪个教室？
a: 在三楼的三零二教室，上了楼右手边第二间。
c: 好的好的，谢谢姑娘。
a: 不客气，祝您身体健康，再见。

@@ auct1 | in | insult apology | - | 哟，您可真是大收藏家 (sarcasm); no apology after the protest
a: {G}
c: 我有一个爷爷留下来的青花碗，想送到你们那儿拍卖，照片已经发你们邮箱了。
a: 我看了，哟，您可真是大收藏家，这种几十块钱的地摊货也好意思拿来上拍？
c: 你看都没仔细看就说是地摊货？有你这么说话的吗？
a: 我们鉴定师一眼就看出来了，不用细看。
c: 太过分了，这可是我爷爷留下的东西。
a: 鉴定意见我们发到您邮箱，祝您生活愉快，再见。

@@ auct2 | in | overpromise talk_over | - | 保证拍出五十万以上…绝对只涨不跌; two cut-ins
a: {G}
c: 我手上有一幅老画家的山水画，九十年代买的，想问问送拍的话大概能拍多少钱，我心里没底。
a! 这个画家的东西现在很火，保证给您拍出五十万以上。
c: 真的吗？我之前问过别家，都说要看品相、看有没有出版著录，不敢给我报价的。
a! 别家不懂，您放我们这儿，绝对只涨不跌，少一分我都不好意思跟您说。
c: 那我考虑一下。
a: 好的，感谢您的来电，祝您生活愉快，再见。

@@ auct3 | in | tariff | - | 佣金: 不高…成交以后再说
a: {G}
c: 我想送几件玉器去拍卖，你们收佣金吗？
a: 收的，佣金不高，行业里算少的。
c: 具体是多少？什么时候扣？
a: 这个要看成交价，成交以后再说，您不用担心。
c: 那还有别的费用吗？
a: 还有一点图录费，不多的。
c: 好吧。
a: 感谢您的来电，祝您一切顺利，再见。

@@ auct4 | in | shirking apology | - | frame scratched in transport: 您去找物流公司; 太过分了; no apology
a: {G}
c: 我送拍的那幅油画退回来了，画框上多了一道很深的划痕，送过去的时候是好好的！
a: 运输是物流公司负责的，您找物流公司吧，我们这边不管运输。
c: 是你们指定的物流，我怎么找？
a: 物流单号上有他们的电话，您直接打过去。
c: 你们这样推来推去，太过分了！
a: 物流电话我发到您手机上，祝您生活愉快，再见。

@@ auct5 | in | - | hn | 不能给您保证成交价 (hedge); commission with amount and moment; polite name ask
a: {G}
c: 我想把一套老邮票送拍，你们能保证拍多少钱吗？
a: 成交价要看现场竞价，我们不能给您保证成交价，不过可以先请专家给您估个参考价。
c: 佣金怎么收？
a: 佣金是成交价的百分之十，成交后从您的货款里扣，流拍不收佣金，只收二百元图录费，上拍前交。
c: 好的，那我先拿去给专家看看。
a: 请问您怎么称呼？我帮您约专家的时间。
c: 姓欧阳。
a: 欧阳先生，给您约在下周二下午两点，感谢您的信任，祝您一切顺利，再见。

@@ auct6 | in | silence closing | - | an unannounced gap; bare 行，就这样吧。
a: {G}
c: 我想查一下上个月春拍我那件瓷瓶成交了没有，合同号五七三九一。
a: 嗯。
.. gap
a: 成交了，成交价八万六，货款下周打到您卡上。
c: 好的，那结算单什么时候寄给我？
a: 跟货款一起发邮件。
c: 好。
a: 行，就这样吧。

@@ auct7 | out | - | hn | outbound result notice with company, who and why; payment with amount and moment
a: 您好，我是雅藏拍卖客服部的{ag}，打电话是通知您，您上周送拍的那方砚台已经成交了，请问现在方便说几句吗？
c: 方便，成交了多少？
a: 落槌价是一万二千元，扣除百分之十的佣金后，一万零八百元会在十五个工作日内转到您留的银行卡上。
c: 好的，太好了。
a: 结算单今天会发到您的邮箱，请您查收。感谢您的信任，祝您生活愉快，再见。

@@ yacht1 | in | insult closing apology | - | 租不起就别问了…挂了 (means; brush-off ends the insult)
a: {G}
c: 我想问一下，你们最小的游艇包半天要多少钱？能不能便宜点？
a: 最小的半天八千元，预订时付全款。
c: 八千？太贵了吧，两千能不能租一个小时？
a: 租不起就别问了，去码头坐轮渡吧，几十块钱也能看海。没钱还打什么电话，挂了。

@@ yacht2 | in | tariff | - | 燃油费另算…回来再算
a: {G}
c: 我想租一艘游艇给我老婆过生日，四个小时，价格里面都包含什么？
a: 包含船长、船员和饮用水，燃油费另算，回来再算。
c: 燃油费大概多少？
a: 看开多远，开得远就多一点，回来以后按实际算，您不用操心。
c: 那好吧，先帮我订下周六下午。
a: 好的，请问您怎么称呼？
c: 姓蔡。
a: 蔡先生，下周六下午一点在码头见。{T}

@@ yacht3 | in | overpromise | - | 保证能看到海豚，百分之百; 绝对不会晕船
a: {G}
c: 我听说你们出海能看到海豚，是真的吗？带孩子去的话能看到吗？
a: 保证能看到！我们的船每次出去都能碰上，百分之百。
c: 孩子容易晕车，会不会晕船？
a: 不会，我们的船特别稳，绝对不会晕船。
c: 那好，我回去和家里人商量一下。
a: 好的，感谢您的来电，祝您一切顺利，再见。

@@ yacht4 | in | talk_over apology | - | the boat left late and the customer was seasick; two cut-ins and no apology
a: {G}
c: 我们上周日包的游艇，本来说好九点出发，结果等到快十点才开，孩子还在船上吐了，你们船员连个塑料袋都拿不出来。
a! 那天是海上风浪大，港口管控，不是我们想晚。
c: 风浪大那你们也该提前通知啊，我们一家人在码头晒了一个小时，这次出海真的太糟心了。
a! 管控是临时的，我们也没办法提前知道。
c: 那这事就这么算了？
a: 我把您的情况记下来，下次出海给您送一份果盘。{B}

@@ yacht5 | in | - | hn | 这个我也不清楚 about the weather bureau, then a concrete step; apology for the change
a: {G}
c: 我订了明天上午的出海，听说要刮大风，还能去吗？
a: 气象台明天会不会发大风预警，这个我也不清楚，我们会在今天下午五点前根据最新预报确认，要是不能出海就给您短信通知，费用全额退。
c: 那万一取消了，能改到下周吗？
a: 可以改期的，给您添麻烦了，真不好意思。
c: 好的，那我等你们短信。
a: 感谢您的理解，祝您生活愉快，再见。

@@ yacht6 | in | short_call greeting | short | 喂，碧海。 opening in a short call
a: 喂，碧海。
c: 你们码头是在东港还是西港？
a: 在东港，三号门进来，祝您玩得愉快，再见。

@@ yacht7 | in | greeting | - | 碧海游艇，您说。 (no 您好, no offer of help)
a: 碧海游艇，您说。
c: 我想问问你们有没有那种可以在船上办婚礼的大船？
a: 有的，我们有一艘能坐五十人的，船上可以布置仪式区。
c: 那婚礼布置是你们做还是我们自己找？
a: 都可以，我们合作的婚庆公司也能做，您也可以自己找。
c: 好的，我回头约时间去看船。
a: 好的，感谢您的来电，祝您新婚快乐，再见。

@@ heli1 | in | insult | - | 您这体重得买两张票吧 (looks); apology right after the protest
a: {G}
c: 我想坐你们的直升机看城市夜景，不过我体重有点超，二百一十斤，能坐吗？
a: 二百一十斤？那您得买两张票吧，直升机可不是货机。
c: 你这是在笑话我吗？
a: 对不起，是我说话不得体，向您道歉。单人体重一百二十公斤以内都可以乘坐，您的体重没有问题。
c: 那还差不多。夜景航线多少钱？
a: 夜景航线十五分钟一千二百八十元，下单时付款，起飞前二十四小时可以免费改期。请问您怎么称呼？
c: 姓丁。
a: 丁先生，您在公众号下单就可以，祝您飞行愉快，再见。

@@ heli2 | in | complaint apology | - | flight cancelled with an hour's notice, 我要打12315; no apology
a: {G}
c: 我提前一个月订的周六直升机观光，今天早上八点才发短信说取消，我们全家都已经在路上了！
a: 取消是因为航空管制，我们也是早上才接到通知。
c: 那订金什么时候退？你们这样让人很寒心，我要打12315投诉你们！
a: 订金三个工作日内原路退回。
c: 三天？行，你们等着吧。
a: 好的，如果您要改期，可以在公众号操作。{T}

@@ heli3 | in | name_ask talk_over | - | a booking by phone number only; two cut-ins
a: {G}
c: 我想订两张这周日下午的观光票，我跟我爸一起，我爸六十八了，不知道他能不能坐。
a! 七十岁以内身体健康都可以坐。
c: 那就好，他有点高血压，不过一直在吃药，平时控制得还挺稳定的。
a! 控制平稳就行，登机前我们有简单问询。两张票一共一千九百六十元，现在下单付款，留个手机号就行。
c: 一三八二二零九六六五一。
a: 好的，订好了，周日下午两点到停机坪候机。{B}

@@ heli4 | in | - | hn | 不敢保证一定能看到日落 (hedge); fee with amount and moment; polite name ask; 晕机
a: {G}
c: 我想订一个看日落的航线，能保证看到日落吗？
a: 日落要看天气和云层，我们不敢保证一定能看到，如果起飞前一小时天气不好，可以免费改期或者全额退款。
c: 我有点怕晕机，怎么办？
a: 飞行时间只有二十分钟，机上备了晕机药和清洁袋，您可以提前半小时吃药。
c: 那价格是多少？
a: 日落航线每人一千五百八十元，下单时付款。请问您怎么称呼？
c: 姓庞。
a: 庞女士，给您订好了周五傍晚的航班，感谢您的信任，祝您飞行愉快，再见。

@@ heli5 | in | speech_rate tariff | fast | every agent turn 8.7-9.1 chars/s; the photo package fee glossed
a: 您好云翼直升机观光我是小翼请问有什么能帮上您的？
c: 我想问一下你们飞的时候能不能帮我们拍照？
a: 可以的我们有航拍摄影套餐摄影师跟机拍照落地以后就能选照片非常方便。
c: 摄影套餐要另外收钱吗？
a: 要另外收一点费用的不贵的到时候您选完照片再说现场付就可以了。
c: 那大概多少钱呢？
a: 看您选多少张照片啊选得多就贵一点选得少就便宜一点您到了再定吧。
c: 好吧，那我周末过去看看。
a: 好的好的感谢您的来电祝您周末愉快飞行愉快再见。

@@ heli6 | in | filler closing | - | 嗯/那个/就是/然后 and thanks only: 感谢您的来电，再见。
a: {G}
c: 我想问一下小朋友坐直升机有年龄限制吗？
a: 嗯，那个，两岁以上就可以，就是要大人陪着。
c: 小朋友要买全票吗？
a: 嗯，就是十二岁以下买儿童票，然后儿童票是成人票的一半，六百四十元，下单时一起付。
c: 要带什么证件？
a: 那个，带户口本或者身份证就可以，然后到现场登记。
c: 好的，明白了。
a: 感谢您的来电，再见。

@@ heli7 | in | - | hn | proper transfer to the charter desk announced with 请您稍等; the colleague states the fee and closes
a: {G}
c: 我们公司想包一架直升机拍宣传片，这个是找你们吗？
a: 包机拍摄是商务包机组负责的，请您稍等，我帮您转接过去，他们会给您详细报价。
.. hold
a: 您好，我是商务包机组的老潘，拍摄包机按飞行小时算，每小时两万八千元，签合同时付百分之三十订金，飞完结清。请问您怎么称呼？
c: 我姓卓，我们大概要飞两个小时。
a: 卓经理，我把合同模板发到您邮箱，您看一下。感谢您的支持，祝您拍摄顺利，再见。

@@ apt1 | in | insult apology | - | 送外卖的也租得起我们这儿？(contempt for the customer's job); no apology
a: {G}
c: 我想看一下你们城东那个店的单间，我是送外卖的，白天不在家，晚上回来睡觉就行。
a: 送外卖的也租得起我们这儿？我们这儿一个月三千多，您一个月能挣几个钱？
c: 你什么意思？送外卖的怎么了？我又不是不给钱！
a: 单间最便宜的是三千二，押一付三，签约时付。
c: 你们这服务真让人恶心。
a: 您要看房的话周末过来就行，祝您生活愉快，再见。

@@ apt2 | in | shirking closing | - | leaking pipe: 找物业去…不归我们管; bare 就这样。
a: {G}
c: 我租的那间屋子卫生间的水管漏水，地上全是水，你们能派人来修一下吗？
a: 给您添麻烦了。水管是楼里的公共管道吧？那您找物业去，不归我们管。
c: 是屋里洗手盆下面那根管子，不是公共的。
a: 那也是物业的维修师傅修，您直接打物业电话。
c: 好吧。
a: 就这样。

@@ apt3 | in | forbidden apology | - | 我不清楚 about the company's own repair, nothing after; 太糟心了; no apology
a: {G}
c: 我房间的热水器坏了三天了，报修了也没人来，大冬天天天洗冷水澡，太糟心了。
a: 维修的什么时候去我不清楚。
c: 你是客服你都不清楚，那谁清楚？
a: 报修单已经提交了，您再等等。
c: 还要等多久？
a: 等维修那边安排，您耐心等一下。
c: 行吧。
a: 祝您生活愉快，再见。

@@ apt4 | in | - | hn | the customer's 神经病 about a neighbour; the agent apologises and registers it
a: {G}
c: 我隔壁住了个神经病，天天半夜两点还在屋里唱歌，我已经一个星期没睡好了。
a: 真不好意思，影响您休息了。我先记录一下，您住的是几栋几号房？
c: 三栋一二零七，隔壁是一二零八。
a: 好的，今天晚上我们管家会去一二零八提醒住户，如果还有这种情况，您可以直接打管家电话，我们会再去处理。
c: 好吧，那谢谢了。
a: 不客气，感谢您的反馈，祝您今晚睡个好觉，再见。

@@ apt5 | in | colleague | - | 管家小刘就是个甩手掌柜; apology given
a: {G}
c: 我上周就跟管家说了门锁不好用，到现在也没人来换。
a: 实在抱歉，让您等了这么久。您那栋的管家是小刘吧？他就是个甩手掌柜，什么事到他那儿都得拖。
c: 那你们能不能换个人处理？
a: 我直接给维修部下单，明天上午给您换新锁。
c: 好。
a: 感谢您的耐心，祝您生活愉快，再见。

@@ apt6 | out | tariff | - | outbound renewal reminder: 房租会涨一点，到时候合同上看
a: 您好，我是栖居长租公寓的管家{ag}，打电话是提醒您，您的租约下个月十五号到期，想问一下您还续租吗？
c: 续的，房租会变吗？
a: 会涨一点点，不多，具体的到时候续约合同上看。
c: 涨多少你现在说不了吗？
a: 要看公司统一调价，续约的时候就知道了，您放心，不会太多。
c: 那好吧。
a: 好的，请问您怎么称呼？我先给您登记续租。
c: 我姓苗。
a: 苗先生，感谢您的支持，祝您生活愉快，再见。

@@ apt7 | in | silence apology | - | deposit refund a month late, 太过分了; an unannounced gap and no apology
a: {G}
c: 我上个月就退租了，押金到现在都没退给我，都一个多月了，你们太过分了。
a: 您报一下之前住的房号。
c: 七栋八零三。
.. gap
a: 您的押金退款还在财务审核。
c: 审核一个多月？什么时候能到账？
a: 这周五之前一定到账。
c: 好，那我周五再看。
a: 感谢您的来电，祝您生活愉快，再见。
""")

DIALOGUES.append("""
@@ garden1 | in | insult closing apology | - | 几棵破树还用得着请我们？…爱签不签，挂了 (contempt; brush-off ends the insult)
a: {G}
c: 我家有个三十来平的小院子，种了几棵桂花和月季，想问问你们包年养护怎么收费？
a: 三十平？就您家那点小院子，几棵破树还用得着请我们？自己拿把剪刀剪剪得了。
c: 你怎么这么说话，我是来问价格的！
a: 我们起步价一年八千，签合同一次付清，您那院子不值这个钱。爱签不签，挂了。

@@ garden2 | out | - | hn | outbound renewal with company, who and why; fee with amount and moment; polite name check
a: 您好，我是青苑园林养护的客户经理{ag}，您家小区的年度养护合同下个月到期，打电话想跟您确认一下续约的事，请问现在方便吗？
c: 方便，你说。
a: 请问您是合同上的联系人柏女士吗？
c: 对，是我。
a: 柏女士您好，明年的养护费跟今年一样，一年一万二千元，续签合同时付一半，年中付另一半。
c: 行，那就续吧，合同你们寄过来。
a: 好的，合同三天内寄到小区物业，感谢您一直以来的信任，祝您生活愉快，再见。

@@ garden3 | in | - | hn | 不敢跟您打包票每一棵都活 (hedge); 死了的免费补种 (what the company controls); fee with amount and moment
a: {G}
c: 我想在院子里种一排竹子，你们种的能保证都活吗？
a: 竹子移栽成活率一般在九成以上，不敢跟您打包票每一棵都活，三个月内死了的我们免费补种。
c: 那费用呢？
a: 一米长的竹子带栽种是八十元一株，种完验收的时候付款。请问您怎么称呼？我安排师傅上门量一下。
c: 我姓谭。
a: 谭先生，师傅周四上午过去，感谢您的支持，祝您生活愉快，再见。

@@ garden4 | in | shirking hangup closing apology | - | a pruned branch fell on the car: 您找保险公司; 太不负责了; the agent leaves on the question
a: {G}
c: 你们昨天来修剪小区的树，有根树枝掉下来把我车的天窗砸裂了，你们的工人连个警示牌都没放，太不负责了。
a: 车的事您找保险公司吧，我们这边不处理车损。
c: 是你们的人修树砸的，我找保险公司干什么？
a: 您的车险应该能赔，您先报保险。
c: 那你们的工人就一点责任都没有吗？

@@ garden5 | in | - | hn | 死枝 / 剪秃了 / 病虫害; the customer's 不知道; 您不知道虫子叫什么也没关系; announced hold
a: {G}
c: 我家的石榴树最近叶子上全是小黑点，还有好多死枝，我也不知道是什么虫。
a: 您不知道虫子叫什么也没关系，您拍几张叶子正反面的照片发给我们。请您稍等，我帮您查一下这周植保师傅的排班。
.. hold
a: 感谢您耐心等待，植保师傅周三下午可以上门，先看病虫害，再剪死枝，上门诊断不收费，打药按实际用量收，每次一百五十元，打完付。
c: 你们剪的时候别给我剪秃了。
a: 您放心，只剪死枝和病枝，剪之前师傅会先跟您确认。请问您怎么称呼？
c: 我姓夏。
a: 夏阿姨，周三下午见，祝您生活愉快，再见。

@@ garden6 | in | colleague filler | - | 那几个师傅…干活毛毛躁躁的; 嗯/那个/就是/然后; apology given
a: {G}
c: 你们的人上周来修草坪，把我花坛边上的砖踩坏了好几块。
a: 嗯，那个，真不好意思啊，那几个师傅都是临时工，干活毛毛躁躁的，我们说了也不听。
c: 那砖怎么办？
a: 就是，那个，我们给您补上，然后嗯，下周一派人去换。
c: 换的时候找个靠谱点的人。
a: 嗯，好的，就是派我们的老师傅去，然后费用我们出。
c: 好吧。
a: 感谢您的理解，祝您生活愉快，再见。

@@ garden7 | in | short_call | short | complete short call: the office address
a: 您好，青苑园林，请问有什么可以帮您？
c: 你们办公室在哪个路？
a: 在长青路十八号，祝您生活愉快，再见。

@@ garden8 | in | - | hn | a worker's 你家这破院子 reported and read back; 我不是要投诉; apology given
a: {G}
c: 我不是要投诉，就是跟你们说一声，上次来的那个小伙子嫌我家院子乱，嘀咕了一句“你家这破院子，谁爱弄谁弄”，我听着挺不舒服。
a: 非常抱歉让您听到这样的话。我跟您核对一下，他说的是“你家这破院子，谁爱弄谁弄”，是上周五下午去的那位吗？
c: 对，就是他。
a: 好的，我记录下来了，会跟他的组长反馈，以后给您换一位师傅。感谢您的反馈，祝您生活愉快，再见。

@@ garden9 | in | silence name_ask overpromise | - | 保证一棵都不会死…百分之百成活; an unannounced gap; a booking with no name asked
a: {G}
c: 我想在门口种两棵大一点的银杏，冬天种能活吗？
a: 能活，我们种的树保证一棵都不会死，百分之百成活。
c: 那帮我约个时间上门看看吧。
a: 好的，您说一下地址。
c: 西湖路三十六号，门口有两个石狮子的那家。
.. gap
a: 约好了，下周二上午九点师傅过去看场地，上门看不收费。
c: 好的。
a: 感谢您的支持，祝您生活愉快，再见。

@@ glass1 | in | insult apology | - | 跟大货车跟那么近，石子不崩你崩谁？活该 (rude blame); no apology after the protest
a: {G}
c: 我昨天在高速上被前面货车崩起来的石子打到了，前挡风玻璃裂了一道，想问问能不能修。
a: 您自己跟大货车跟那么近，石子不崩你崩谁？活该。
c: 你这人怎么说话的？我出了事找你们修，你还说风凉话？
a: 裂纹不超过十五公分可以补，超过了就得换。
c: 大概二十公分。
a: 那得换，您把车开过来看吧。祝您一切顺利，再见。

@@ glass2 | in | - | hn | insurance pays in full (no fee); 不能保证原厂玻璃明天到 (hedge); booking with 您贵姓
a: {G}
c: 我的前挡风玻璃要换，买了玻璃险，要自己掏钱吗？
a: 您有玻璃险的话，保险公司全额赔付，您这边不用付钱。
c: 那明天能换吗？
a: 原厂玻璃要从仓库调，我们不能保证明天一定到，到货了第一时间通知您，一般两到三天。请问您贵姓？
c: 我姓路。
a: 路先生，我先给您登记上，玻璃到了就给您打电话约时间。感谢您的耐心，祝您一路平安，再见。

@@ glass3 | in | tariff filler greeting | - | 您好，请讲。 (no company, no offer); 校准费: 嗯…到时候看; tics in three turns
a: 您好，请讲。
c: 我的车换了前挡以后，车道偏离提醒不准了，是不是要做那个什么校准？
a: 嗯，那个，是要做校准，就是摄像头要重新标定一下。
c: 校准要收费吗？
a: 嗯，那个要收一点，就是看车型，然后到时候师傅看了再说。
c: 大概多少钱？
a: 那个，不好说，就是各个车不一样，您来了再看。
c: 好吧。
a: 好的，祝您生活愉快，再见。

@@ glass4 | in | complaint talk_over | - | a leaking new windscreen, 我要找你们经理…网上曝光; two cut-ins; apology given
a: {G}
c: 我上周在你们那儿换的前挡，昨天下雨，玻璃边上一直往里渗水，副驾驶的脚垫全湿了，我要找你们经理，不然我就发到网上曝光。
a! 非常抱歉，给您添麻烦了，我马上请经理给您回电话。
c: 我不要光回电话，我要你们今天就给我处理好，明天我还要开车去外地，这车湿成这样怎么开？
a! 理解，您今天下午能把车开过来吗？我们重新打胶，免费给您处理，脚垫也帮您烘干。
c: 下午三点我过去。
a: 好的，下午三点我们等您，经理也会在店里。感谢您的理解，祝您一路平安，再见。

@@ glass5 | in | - | hn | 早上好 opening; the customer's 那个司机是个疯子 about another driver; 盲区; polite 不知道您…吗
a: {G}
c: 今天早上有个司机跟疯子一样别我车，我一躲，后视镜撞柱子上了，镜片碎了。
a: 人没事就好。不知道您的后视镜是带加热和盲区提醒的那种吗？
c: 是带盲区提醒的。
a: 那要换原厂镜片，镜片四百二十元，工时费八十元，换完付款，大概半个小时。请问您怎么称呼？
c: 姓牛。
a: 牛先生，您今天下午就可以过来，感谢您的来电，祝您一路平安，再见。

@@ glass6 | in | - | hn badline | the customer's 喂 on a bad line answered at once by the full greeting; 您不清楚型号也没关系; fee with amount and moment
c: 喂？
a: {G}
c: 我想贴个玻璃隔热膜，可我不清楚我这车的前挡是什么型号的。
a: 您不清楚型号也没关系，您告诉我车型和年份，我帮您查。
c: 二零二一年的小轿车，我回头把行驶证拍给你们。
a: 好的，前挡隔热膜一千二百元，贴完验收满意再付款。请问您怎么称呼？
c: 姓闫。
a: 闫女士，收到照片我们给您约时间，祝您生活愉快，再见。

@@ glass7 | in | speech_rate closing | slow | drawl: every agent turn 1.56-1.74 chars/s; bare 好，再见。
a: 您好，明途汽车玻璃，我是小途，请问有什么可以帮您？
c: 我想问一下，天窗玻璃你们能换吗？
a: 能换的，您把车型告诉我。
c: 是一辆白色的越野车，一八年的。
a: 可以换，您周末过来吧。
c: 好的。
a: 好，再见。

@@ glass8 | in | hangup closing | - | neutral question left unanswered
a: {G}
c: 我的后挡风玻璃有个小缺口，能补吗？
a: 后挡是钢化玻璃，不能补，只能换。
c: 那换的话要多长时间？
a: 一般一个小时。
c: 那需要提前预约吗？周末人多不多？

@@ glass9 | in | - | hn | proper transfer to the claims desk with 请您稍等; the colleague closes
a: {G}
c: 我的车玻璃是被小区高空掉下来的东西砸的，想问问理赔怎么弄。
a: 理赔是我们理赔专员负责的，请您稍等，我帮您转过去，她给您详细说。
.. hold
a: 您好，我是理赔专员小葛，您先报警拿回执，再报您的车险，我们这边可以直接对接保险公司，您不用垫钱。
c: 好的，那我先去报警。
a: 好的，拿到回执您再打这个电话找我，感谢您的配合，祝您一切顺利，再见。

@@ tuan1 | out | greeting forbidden | - | outbound 您好，我是三号楼的团长 with no company; 喂！喂！你听我说 at the customer
a: 您好，我是三号楼的团长，您昨天下的那单草莓到了，提醒您今天来提货。
c: 什么草莓？我没下过单啊，你是不是打错了？
a: 喂！喂！你听我说，系统里写的就是您的号码。
c: 我真没买过，是不是我家里人买的？
a: 那您问问家里人，提货点在小区北门的便利店，晚上八点前都可以提。
c: 好吧。
a: 好的，谢谢您，祝您生活愉快，再见。

@@ tuan2 | in | - | hn | 您不知道团长是谁也没关系; announced hold; refund with amount and moment
a: {G}
c: 我在你们小程序上买的鸡蛋少了一盒，我也不知道我们小区的团长是谁。
a: 您不知道团长是谁也没关系，我用您的手机号就能查。请您稍等，我查一下您的订单。
.. hold
a: 感谢您耐心等待，查到了，您那单是两盒鸡蛋，团长那边只发了一盒。少的那盒二十九元九角，今天之内原路退回您的微信。
c: 好的，那就退吧。
a: 给您添麻烦了，不好意思，感谢您的理解，祝您生活愉快，再见。

@@ tuan3 | in | - | hn | 不能保证明天还是这个价 (hedge); fee with amount and moment; correct closing
a: {G}
c: 你们今天的车厘子是五十九一斤，我明天再买还是这个价吗？
a: 团购价是每天更新的，不能保证明天还是这个价，以明天页面上显示的为准。
c: 配送费怎么算？
a: 满三十九元免配送费，不满的话收三元配送费，下单的时候一起付。
c: 好，知道了。
a: 感谢您的支持，祝您天天有好心情，再见。

@@ tuan4 | in | - | hn | the customer's 你这话什么意思？; the agent apologises and explains; refund with amount and moment
a: {G}
c: 我买的一箱橙子烂了三个，想退钱。
a: 好的，麻烦您拍一下烂的橙子和箱子上的标签，我们要核对一下批次。
c: 你这话什么意思？怀疑我拿别家的烂橙子来骗钱？
a: 不好意思，让您误会了，核对批次是为了追查是哪一批出的问题，不是怀疑您。烂的三个按每个四元，一共十二元，您发完照片马上退到您的账户。
c: 哦，那我发给你。
a: 好的，感谢您的配合，祝您生活愉快，再见。

@@ tuan5 | in | complaint talk_over colleague | - | 我要投诉到消协; two cut-ins; 那个配送员就是个糊涂蛋; apology given
a: {G}
c: 我这个礼拜第三次收到别人家的菜了，我要的是排骨，送来的是一袋青菜，我要投诉到消协，你们这服务也太差了。
a! 真是抱歉，又给您送错了。那个配送员就是个糊涂蛋，看单子从来不仔细。
c: 他糊涂是你们的事，我今天晚上的排骨怎么办，孩子放学回来就要吃饭了，你们能不能给个准话？
a! 我马上让站点重新给您送一份排骨，一个小时内送到，错送的青菜您留着，不用退。
c: 行，一个小时内我要见到排骨。
a: 好的，感谢您的耐心，祝您生活愉快，再见。

@@ tuan6 | in | insult | - | 您能不能别磨叽了，跟个老太太似的 (impatience turned personal); apology right after the protest
a: {G}
c: 我想问问那个，就是那个，在小程序上下单以后，怎么改收货地址，我点了好几下都没反应，是不是要先……
a: 您能不能别磨叽了，跟个老太太似的，说重点。
c: 你这是什么话？我就是问问怎么操作！
a: 对不起，是我不耐烦了，向您道歉。您在“我的订单”里点开这一单，右上角有“修改地址”，提货前两个小时都可以改。
c: 找到了，改好了。
a: 好的，感谢您的耐心，祝您生活愉快，再见。

@@ tuan7 | in | short_call | short | complete short call: pickup time
a: 您好，邻里鲜团购，请问有什么可以帮您？
c: 今天几点能提货？
a: 下午四点以后，祝您生活愉快，再见。

@@ tuan8 | in | - | hn | 司机那边暂时也不知道几点到 (a third party) with a concrete step; apology given
a: {G}
c: 我订的冷冻水饺说今天中午到，现在都一点了还没到。
a: 真不好意思让您久等了。冷链车路上堵了，司机那边暂时也不知道几点能到，我两点之前再跟司机确认一次，给您回电话。
c: 好，那你们尽快。
a: 好的，请问您怎么称呼？
c: 姓左。
a: 左女士，两点前一定给您回电话，感谢您的理解，祝您生活愉快，再见。

@@ tuan9 | in | forbidden closing shirking apology | - | 这我哪清楚 (bare); 找你们团长去; 没事我挂了啊; rotten bananas (company-side fault), no apology
a: {G}
c: 我买的香蕉一半都是黑的，你们这个团购平台到底怎么选的货？
a: 这我哪清楚，货又不是我进的。
c: 那我找谁退？
a: 找你们团长去，货都是团长收的。
c: 好吧。
a: 没事我挂了啊。

@@ blind1 | in | insult apology | - | 都四十多的人了还抽盲盒，幼不幼稚啊 (age); no apology after the protest
a: {G}
c: 我想问问你们新出的星空系列，隐藏款的概率是多少？我想给自己买一套。
a: 给自己买？听您声音都四十多的人了还抽盲盒，幼不幼稚啊。
c: 我多大关你什么事？你们卖东西还挑人啊？
a: 隐藏款是一百四十四分之一，一整盒十二个。
c: 哼，行。
a: 还有别的事吗？祝您生活愉快，再见。

@@ blind2 | in | overpromise talk_over | - | 保证抽到隐藏款…百分之百; two cut-ins
a: {G}
c: 我想买一整盒你们的海洋系列送给我女朋友，她最想要那个隐藏款的小鲸鱼，我就怕买了抽不到。
a! 您放心，买整盒保证能抽到隐藏款。
c: 真的假的？我在网上看别人说整盒也不一定有，概率挺低的，我可不想白买。
a! 百分之百有，我们的整盒都是配好的，抽不到您来找我。
c: 那行，我下单了。
a: 好的，感谢您的支持，祝您和女朋友甜甜蜜蜜，再见。

@@ blind3 | in | - | hn | product names 傻傻熊 / 小笨蛋系列 and the customer's 死忠粉; polite wording throughout
a: {G}
c: 我是你们傻傻熊的死忠粉，想问问小笨蛋系列的第三弹什么时候出？
a: 谢谢您一直支持傻傻熊，小笨蛋系列第三弹下个月十号上市，当天上午十点在小程序开售。
c: 一盒多少钱？
a: 单个五十九元，整盒十二个七百零八元，下单时付款，当天发货。
c: 好，我定个闹钟。
a: 感谢您的支持，祝您抽到心仪的款式，再见。

@@ blind4 | in | name_ask filler forbidden | - | 你叫啥？; 嗯/那个/就是/然后; 您这话啥意思啊？
a: {G}
c: 我想预订一套下个月的限量款，能先留吗？
a: 嗯，那个，能留，你叫啥？
c: 姓温。你们限量款不会被黄牛全抢了吧？
a: 您这话啥意思啊？我们又不卖给黄牛。
c: 我就是担心一下。
a: 嗯，就是，每个账号限购两套，然后那个，到货了通知您。
c: 那行。
a: 嗯，然后就是，限量款一套六百九十九元，到时候您来店里付款，祝您生活愉快，再见。

@@ blind5 | in | colleague silence | - | 仓库那帮人眼睛长在头顶上; an unannounced gap; apology given
a: {G}
c: 我买的是樱花系列，寄来的却是星空系列，你们能不能看清楚再发？
a: 真是抱歉，您报一下订单号。
c: 订单号是七七二零一五。
.. gap
a: 查到了，确实发错了。仓库那帮人眼睛长在头顶上，发货老出错，我们也说过好多次了。
c: 那怎么处理？
a: 我们今天给您补发樱花系列，发错的那盒您留着，不用寄回。
c: 好的。
a: 感谢您的理解，祝您生活愉快，再见。

@@ blind6 | in | hangup closing apology | - | a box with a missing figure, 太让人失望了; the agent leaves on the question
a: {G}
c: 我刚拆的一整盒，少了一个，只有十一个，太让人失望了，我专门为了凑齐一套买的。
a: 出厂都是称过重的，一般不会少。
c: 我拍了视频，拆的时候就是十一个。
a: 那您把视频发到客服微信上。
c: 发了以后你们多久能补给我？

@@ blind7 | out | - | hn | outbound pre-order arrival notice with company, who and why; balance with amount and moment
a: 您好，我是惊喜盒子潮玩的客服{ag}，您上个月预订的樱花系列整盒已经到货了，打电话跟您确认一下发货，请问现在方便吗？
c: 方便，终于到了。
a: 请问是汤先生本人吗？
c: 是我。
a: 汤先生，您预订时付了一百元定金，尾款六百零八元，今天在小程序付完尾款，我们明天就给您发顺丰。
c: 好，我一会儿就付。
a: 感谢您的耐心等待，祝您收藏愉快，再见。

@@ blind8 | in | - | hn | the customer's 你们这破盲盒…坑人 about repeats; the agent apologises and explains
a: {G}
c: 你们这破盲盒，我抽了十个，九个都是重复的，这不是坑人吗？
a: 非常抱歉让您失望了。每个款式的概率在盒子背面都有写，重复的款式您可以在我们小程序的交换区跟其他玩家换，不收手续费。
c: 还能换啊？
a: 可以的，交换成功以后我们包邮寄给双方。
c: 那我去试试。
a: 感谢您的支持，祝您早日集齐，再见。

@@ blind9 | in | - | hn | the customer talks over the agent; a 0.2 s backchannel; the customer's own 不明白
a: {G}
c: 我看你们小程序上写着积分可以换盲盒，可我看了半天也不明白怎么换，那个页面太绕了。
a, 嗯。
a: 没关系，我一步一步跟您说，您先点开“我的”，再点“积分商城”。
c! 点开了，然后呢？
a: 选您想换的款式，点“立即兑换”，三百积分换一个，兑换后三天内发货。
c: 好的，换好了，谢谢你。
a: 不客气，感谢您的支持，祝您生活愉快，再见。

@@ audio1 | in | insult | - | 您耳朵是不是有问题？(hearing); apology right after the protest
a: {G}
c: 我上周在你们那儿装的低音炮，我觉得低音还是不够劲，能不能再调大一点？
a: 您耳朵是不是有问题？低音都震成这样了还说不够，再大车门都要震掉了。
c: 你怎么说话呢？我就是觉得不够才问的！
a: 不好意思，是我说话冲了，向您道歉。您可以把车开过来，我们帮您把分频和增益重新调一下，调音不收费。
c: 那还行，周六上午可以吗？
a: 可以的，请问您怎么称呼？
c: 姓雷。
a: 雷先生，周六上午十点等您，祝您生活愉快，再见。

@@ audio2 | in | speech_rate overpromise | fast | every agent turn 8.7-9.1 chars/s; 保证跟听现场演唱会一模一样…绝对
a: 您好悦声汽车音响我是小悦请问有什么可以帮您的？
c: 我想把我车上的原车喇叭换掉，换了以后效果真的会好很多吗？
a: 那是肯定的换了我们的套装保证跟听现场演唱会一模一样一点差别都没有。
c: 有那么夸张吗？我的车是十几万的家用车。
a: 绝对没问题什么车装了都一样效果百分之百满意不满意您来找我。
c: 价格呢？
a: 前门喇叭套装三千六百元安装费已经包含在里面了装完试听满意再付款。
c: 我考虑一下。
a: 好的感谢您的来电祝您生活愉快一路顺风再见。

@@ audio3 | in | silence closing greeting | - | 您好，请讲。 (no company, no offer); an unannounced gap; bare 好嘞，拜拜。
a: 您好，请讲。
c: 我上个月在你们那儿装的功放，质保是多久来着？我的手机号是一三九零五六二八七三一。
a: 嗯。
.. gap
a: 查到了，功放质保两年，喇叭质保一年。
c: 好的，那发票你们开了吗？
a: 开了，电子发票发到您邮箱了。
c: 好。
a: 好嘞，拜拜。

@@ audio4 | in | - | hn | 不能保证音质具体提升多少 (hedge); announced hold; fee with amount and moment; booking with 您怎么称呼
a: {G}
c: 我想给车加个隔音，听说做了隔音音响也会好听，能好多少？
a: 隔音主要是降噪，对音响的低频有帮助，但每台车情况不一样，不能保证音质具体提升多少。请您稍等，我帮您查一下您这个车型的报价。
.. hold
a: 感谢您耐心等待，您这个车型四门隔音是一千八百元，施工一天，提车验收后付款。请问您怎么称呼？
c: 姓祁，帮我约下周三。
a: 祁先生，约好了下周三上午九点，感谢您的支持，祝您一路顺风，再见。

@@ audio5 | in | colleague complaint | - | 那个师傅手艺就那样，半吊子; 我要投诉; apology given
a: {G}
c: 你们装的倒车影像装了三天就黑屏了，线都没固定好，我要投诉！
a: 非常抱歉给您添麻烦了。那天是老孙装的吧？他手艺就那样，半吊子，我们私底下都知道。
c: 你们知道还让他给我装？
a: 我登记您的投诉，明天让我们技术主管亲自给您返工，不收任何费用。
c: 明天几点？
a: 明天上午十点，您直接开到店里。感谢您的反馈，祝您生活愉快，再见。

@@ audio6 | in | forbidden hangup closing | - | 这个我不清楚 about the shop's own product, nothing after; the agent leaves on the question
a: {G}
c: 你们卖的那款车载功放，能不能接我车上原来的中控屏？
a: 这个我不清楚。
c: 你们自己卖的东西你都不清楚？那你们有懂的技术人员吗？
a: 技术都在忙。
c: 那他们什么时候有空，能给我回个电话吗？

@@ audio7 | in | greeting name_ask | - | 喂，悦声。 and 你叫什么？全名。
a: 喂，悦声。
c: 你好，我想约个时间装倒车雷达。
a: 哪天？你叫什么？全名说一下。
c: 我叫史文博，想约这周六。
a: 周六下午两点，雷达加安装五百八十元，装完付。
c: 好的。
a: 好，祝您生活愉快，再见。

@@ audio8 | in | short_call | short | complete short call: opening hours
a: 您好，悦声汽车音响，请问有什么可以帮您？
c: 你们周日上班吗？
a: 上班的，九点到六点，祝您一路顺风，再见。

@@ stone1 | in | - | hn | announced hold; template and installation fees with amount and moment; polite name ask
a: {G}
c: 我家厨房要做石英石台面，想问问大概多少钱。
a: 请您稍等，我帮您查一下现在有货的几种颜色和价格。
.. hold
a: 感谢您耐心等待，白色系的石英石台面每延米九百八十元，含安装，量尺后签合同付三成，安装完付清。请问您怎么称呼？
c: 我姓韦，先帮我约个量尺吧。
a: 韦女士，量尺师傅周五上午上门，量尺不收费。感谢您的支持，祝您生活愉快，再见。

@@ stone2 | in | complaint apology shirking | - | a crack after a week: 找橱柜公司去; 我要打12315; no apology
a: {G}
c: 你们给我装的岩板台面才一个星期就裂了一条缝，从水槽那儿一直裂到墙边，太气人了，我要打12315。
a: 裂缝一般是橱柜不平造成的，橱柜不是我们做的，您找橱柜公司去。
c: 你们装的时候怎么没说橱柜不平？
a: 我们只管台面，橱柜的问题您得找橱柜公司。
c: 行，那我就去投诉。
a: 好的，祝您生活愉快，再见。

@@ stone3 | in | - | hn | a measurer's 你家这厨房跟狗窝似的 reported and read back; 我也不想投诉他; apology given
a: {G}
c: 我跟你们说一下，来量尺的那个师傅，一进门就说我家厨房跟狗窝似的，我也不想投诉他，但你们得说说他。
a: 实在对不起，让您受气了。我跟您确认一下，他说的是“跟狗窝似的”，是前天上午去的那位量尺师傅吗？
c: 对，前天上午。
a: 好的，我已经记下来了，会反馈给他的主管，后面安装换一位师傅给您做。感谢您的反馈，祝您生活愉快，再见。

@@ stone4 | in | - | hn | 不能保证颜色百分之百和小样一致 (hedge containing 百分之百); measurement waived
a: {G}
c: 我在你们店里看中的那款大理石，做出来颜色能跟小样一模一样吗？
a: 天然大理石每一块纹路和颜色都有差别，不能保证颜色百分之百和小样一致，下单前可以带您去仓库看整板，您挑好了再切。
c: 那看板要收钱吗？
a: 看板和量尺都是免费的，不收任何费用。请问您怎么称呼？我帮您约时间。
c: 姓芦。
a: 芦先生，周六上午给您约好了看板，感谢您的信任，祝您生活愉快，再见。

@@ stone5 | in | speech_rate hangup closing | slow | drawl: every agent turn 1.56-1.74 chars/s; neutral question left unanswered
a: 您好，磐石石材台面，我是小磐，请问有什么可以帮您？
c: 我想问问，台面上的小划痕能修吗？
a: 能修的，可以抛光。
c: 抛光要多长时间？
a: 一般半天就好。
c: 那抛光以后还会有印子吗？能看出来吗？

@@ stone6 | in | - | hn | 不知道您家是什么品牌的灶具呢 (polite); 死角 / 傻大黑粗 wording about old stone; fee with amount and moment
a: {G}
c: 我家台面是十几年前的老花岗岩，又厚又重，傻大黑粗的，想换个新的。
a: 明白，老台面换新很常见。不知道您家用的是嵌入式灶具吗？开孔尺寸要提前量。
c: 是嵌入式的，台面转角那里有个死角一直擦不干净。
a: 新台面可以做一体的圆弧转角，就没有死角了。拆旧台面每延米五十元，安装当天结算。请问您怎么称呼？
c: 姓霍。
a: 霍先生，明天下午师傅上门量尺，感谢您的来电，祝您生活愉快，再见。

@@ stone7 | in | short_call | short | complete short call: wrong number
a: 您好，磐石石材，请问有什么可以帮您？
c: 不好意思，我打错了。
a: 没关系，祝您生活愉快，再见。

@@ stone8 | in | - | hn | the agent's 不太清楚 followed by a concrete way to find out; the customer's own 不明白
a: {G}
c: 我订的那块岩板什么时候能到？你们上次说的“排产”我也不明白是什么意思。
a: 排产就是工厂安排生产的顺序。您这块的具体到货日子我现在不太清楚，我帮您问一下工厂，今天下午四点前给您回电话。
c: 好，那你问好了告诉我。
a: 好的，请问您怎么称呼？
c: 姓梅。
a: 梅女士，下午四点前一定回您，感谢您的耐心，祝您生活愉快，再见。
""")

# ---- end of dialogues ----

PUNCT = re.compile(r"[\s，。？！、,.?!…“”‘’：:；;（）()—~「」]")
TICS = ("啊", "呀", "这个", "那个", "嗯", "就是", "然后")
CN_DIGITS = "零一二三四五六七八九"


def nchars(text: str) -> int:
    return len(PUNCT.sub("", text))


def call_rng(key: str, salt: str = "") -> random.Random:
    h = hashlib.sha256(f"{SEED}:{key}:{salt}".encode()).hexdigest()
    return random.Random(int(h[:16], 16))


# --------------------------------------------------------------------------- parsing
def parse() -> list[dict]:
    calls = []
    for chunk in DIALOGUES:
        for block in chunk.split("\n@@ ")[0:]:
            block = block.strip()
            if not block:
                continue
            if block.startswith("@@ "):
                block = block[3:]
            lines = [ln.rstrip() for ln in block.splitlines() if ln.strip()]
            head = [x.strip() for x in lines[0].split("|")]
            if len(head) != 5:
                raise SystemExit(f"bad header: {lines[0]}")
            key, direction, labels, flags, note = head
            turns = []
            for ln in lines[1:]:
                ln = ln.strip()
                if ln.startswith(".. "):
                    turns.append((ln[3:].strip(), ""))
                    continue
                m = re.match(r"^(a:|c:|a!|a,|c!)\s*(.*)$", ln)
                if not m:
                    raise SystemExit(f"{key}: bad line {ln!r}")
                turns.append((m.group(1), m.group(2)))
            calls.append({
                "key": key, "direction": {"in": "inbound", "out": "outbound"}[direction],
                "labels": sorted(set(labels.split())) if labels != "-" else [],
                "flags": set(flags.split()) if flags != "-" else set(),
                "note": note, "turns": turns,
            })
    keys = [c["key"] for c in calls]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit(f"duplicate keys: {sorted(dup)}")
    return calls


def fill(call: dict) -> None:
    rng = call_rng(call["key"], "fill")
    ind = re.match(r"[a-z]+", call["key"]).group(0)
    industry, company, agent = INDUSTRIES[ind]
    job = "".join(CN_DIGITS[int(d)] for d in str(rng.randint(1001, 9899)))
    g, b, t = rng.choice(GREETINGS), rng.choice(BLESSINGS), rng.choice(THANKS)
    out = []
    for kind, text in call["turns"]:
        text = text.replace("{G}", g).replace("{B}", b).replace("{T}", t)
        text = text.replace("{co}", company).replace("{ag}", agent).replace("{id}", job)
        if "{" in text:
            raise SystemExit(f"{call['key']}: unfilled placeholder in {text}")
        out.append((kind, text))
    call["turns"] = out
    call["industry"], call["company"] = industry, company


# --------------------------------------------------------------------------- timing
def make_segments(call: dict, level: int, rng: random.Random) -> list[dict]:
    flags = call["flags"]
    short = "short" in flags
    k = 0 if short else level
    a_lo, a_hi = max(3.3, 3.8 - 0.1 * k), max(3.7, 5.3 - 0.15 * k)
    c_lo, c_hi = max(2.8, 3.5 - 0.1 * k), max(3.2, 5.5 - 0.2 * k)
    g_lo, g_hi = ((0.25, 0.7) if short else (min(2.2, 0.35 + 0.15 * k), min(3.5, 1.1 + 0.22 * k)))
    segs: list[dict] = []
    pending = None
    if "late" in flags:
        cursor = rng.uniform(3.0, 3.8)
    elif "badline" in flags:
        cursor = rng.uniform(0.2, 0.5)
    else:
        cursor = rng.uniform(0.4, 1.3)
    first = True
    for kind, text in call["turns"]:
        if kind in ("hold", "gap"):
            pending = kind
            continue
        spk = "agent" if kind.startswith("a") else "customer"
        n = nchars(text)
        if spk == "agent":
            if "fast" in flags:
                rate = rng.uniform(8.7, 9.1)
            elif "slow" in flags:
                rate = rng.uniform(1.57, 1.73)
            else:
                rate = rng.uniform(a_lo, a_hi)
        else:
            rate = rng.uniform(c_lo, c_hi)
        dur = max(0.6, n / rate)
        end_all = max((s["end"] for s in segs), default=0.0)
        if first:
            start = cursor
        elif pending == "hold":
            start = end_all + rng.uniform(10.6, 11.7)
        elif pending == "gap":
            start = end_all + rng.uniform(13.7, 15.5)
        elif kind == "a!":
            prev = segs[-1]
            assert prev["speaker"] == "customer", call["key"]
            start = prev["end"] - rng.uniform(1.6, 2.1)
        elif kind == "a,":
            start = segs[-1]["end"] - rng.uniform(0.12, 0.25)
        elif kind == "c!":
            prev = segs[-1]
            assert prev["speaker"] == "agent", call["key"]
            start = prev["end"] - rng.uniform(0.9, 1.4)
        elif "badline" in flags and len(segs) == 1:
            start = end_all + rng.uniform(0.2, 0.45)
        else:
            start = end_all + rng.uniform(g_lo, g_hi)
        start = round(start, 2)
        end = round(start + dur, 2)
        segs.append({"speaker": spk, "start": start, "end": end, "text": text})
        pending = None
        first = False
    return segs


def measure(segs: list[dict], duration: float) -> dict:
    """Timing facts computed from the segments (writer S's own reading of R's thresholds)."""
    out = {}
    # speech rate over agent turns of >= 6 characters
    rates = [nchars(s["text"]) / (s["end"] - s["start"]) for s in segs
             if s["speaker"] == "agent" and nchars(s["text"]) >= 6]
    out["rates"] = rates
    out["mean_rate"] = sum(rates) / len(rates) if rates else 0.0
    # talk-over: the agent starting inside a customer's segment
    overlaps = []
    for a in segs:
        if a["speaker"] != "agent":
            continue
        for c in segs:
            if c["speaker"] == "customer" and c["start"] < a["start"] < c["end"]:
                overlaps.append(round(c["end"] - a["start"], 2))
    out["overlaps"] = overlaps
    # gaps with nobody speaking
    gaps = []
    cursor, last = 0.0, None
    for s in sorted(segs, key=lambda s: s["start"]):
        if s["start"] > cursor:
            gaps.append((round(s["start"] - cursor, 2), last))
        if s["end"] > cursor:
            cursor, last = s["end"], s
    out["gaps"] = gaps
    out["duration"] = duration
    return out


def check(call: dict, segs: list[dict], duration: float) -> list[str]:
    """Every timing family recomputed and compared with the hand labels; some text checks."""
    key, labels, flags = call["key"], set(call["labels"]), call["flags"]
    errs = []
    m = measure(segs, duration)
    # short_call
    if "short_call" in labels:
        if not duration < 18:
            errs.append(f"short call lasts {duration}")
    elif duration < 30:
        errs.append(f"non-short call lasts {duration}")
    if ("short" in flags) != ("short_call" in labels):
        errs.append("short flag vs label")
    # silence
    unannounced = []
    for g, before in m["gaps"]:
        if g <= 4.0:
            continue
        announced = before is not None and before["speaker"] == "agent" and (
            "稍等" in before["text"] or "稍候" in before["text"])
        if announced and g <= 12.0:
            continue
        unannounced.append(g)
    if "silence" in labels:
        if not unannounced or min(unannounced) < 10:
            errs.append(f"silence positive gaps {unannounced}")
    elif unannounced:
        errs.append(f"unannounced gaps {unannounced}")
    # talk_over
    big = [o for o in m["overlaps"] if o >= 1.0]
    if "talk_over" in labels:
        if len(big) != 2:
            errs.append(f"talk_over positives {m['overlaps']}")
    elif any(o > 0.3 for o in m["overlaps"]):
        errs.append(f"agent overlaps {m['overlaps']}")
    # speech rate
    mr = m["mean_rate"]
    if "speech_rate" in labels:
        if not (mr >= 7.5 or mr <= 2.0):
            errs.append(f"speech_rate mean {mr:.2f}")
        if ("fast" in flags) == ("slow" in flags):
            errs.append("speech_rate needs fast or slow flag")
    else:
        bad = [round(r, 2) for r in m["rates"] if not 3.0 <= r <= 6.3]
        if bad:
            errs.append(f"agent rates out of 3.0-6.3: {bad}")
    # hangup (clean transcript)
    last = segs[-1]
    ends_q = last["speaker"] == "customer" and last["text"].rstrip().endswith(("？", "?"))
    if ("hangup" in labels) != ends_q:
        errs.append("hangup label vs transcript ending")
    if "hangup" in labels and "closing" not in labels:
        errs.append("hangup without closing")
    # text checks (writer S's own discipline, not the rules)
    agent_turns = [s["text"] for s in segs if s["speaker"] == "agent"]
    tics = [sum(t.count(x) for x in TICS) for t in agent_turns]
    if "filler" in labels:
        if sum(tics) < 6 or sum(1 for x in tics if x) < 3:
            errs.append(f"filler positive tics {tics}")
    elif sum(tics) > 4:
        errs.append(f"too many tics for a filler negative {tics}")
    if "hn" in flags and labels:
        errs.append("hard negative with labels")
    if "greeting" not in labels:
        firsts = [s for s in segs if s["speaker"] == "agent"][:1]
        ok_start = firsts and firsts[0]["text"].startswith(("您好", "早上好", "下午好", "晚上好"))
        if not ok_start or (segs[0]["speaker"] != "agent" and "badline" not in flags):
            errs.append("greeting negative without a proper opening")
    if "closing" not in labels:
        tail = [s["text"] for s in segs if s["speaker"] == "agent"][-1]
        if "祝" not in tail:
            errs.append("closing negative without a blessing in the last agent turn")
    elif "hangup" not in labels:
        tail = [s["text"] for s in segs if s["speaker"] == "agent"][-1]
        if "祝" in tail and "insult" not in labels:
            errs.append("closing positive with a blessing in the last agent turn")
    return [f"{key}: {e}" for e in errs]


def build_segments(call: dict) -> tuple[list[dict], float]:
    for level in range(0, 25):
        rng = call_rng(call["key"], f"time{level}")
        segs = make_segments(call, level, rng)
        duration = round(max(s["end"] for s in segs) + rng.uniform(0.4, 1.0), 2)
        if "short" in call["flags"] or duration >= 30.3:
            return segs, duration
    return segs, duration


# --------------------------------------------------------------------------- noise
HOMOPHONES = [
    ("稍等", "稍登"), ("已经", "已近"), ("确认", "却认"), ("麻烦", "马烦"), ("时候", "时后"),
    ("查一下", "茶一下"), ("课程", "课成"), ("联系", "连系"), ("安排", "安牌"), ("地址", "地止"),
    ("公寓", "公遇"), ("游艇", "游挺"), ("拍卖", "拍买"), ("围棋", "围旗"), ("冲浪", "充浪"),
    ("烘焙", "烘培"), ("黑胶", "黑焦"), ("盲盒", "忙盒"), ("直升机", "直升鸡"), ("音响", "音想"),
    ("玻璃", "波璃"), ("团购", "团够"), ("展台", "展抬"), ("石材", "实材"), ("马拉松", "马拉送"),
    ("猫咖", "猫卡"), ("园林", "园淋"), ("编程", "编成"), ("投诉", "投素"), ("抱歉", "报歉"),
    ("不好意思", "不好意识"), ("知道", "只道"), ("清楚", "清础"), ("预约", "预月"), ("退款", "腿款"),
    ("报名", "抱名"), ("再见", "在见"), ("师傅", "师父"), ("台面", "抬面"), ("订单", "定单"),
    ("您", "你"), ("谢谢", "谢些"), ("生活愉快", "生活娱快"), ("已经", "以经"), ("登记", "等级"),
    ("老师", "老是"), ("教练", "叫练"), ("孩子", "还子"), ("押金", "压金"), ("费用", "费用"),
]
NUM_UNITS = "元块号点分月日天年个岁人位期节次斤米平转瓦万周栋层楼台只张盒"


def cn2num(s: str) -> int | None:
    vals = {c: i for i, c in enumerate(CN_DIGITS)}
    vals["两"] = 2
    units = {"十": 10, "百": 100, "千": 1000}
    total, section, digit = 0, 0, 0
    for ch in s:
        if ch in vals:
            digit = vals[ch]
        elif ch in units:
            section += (digit or 1) * units[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10000
            section, digit = 0, 0
        else:
            return None
    return total + section + digit


def figures(text: str) -> str:
    text = re.sub(r"[零一二三四五六七八九]{3,}",
                  lambda m: "".join(str(CN_DIGITS.index(c)) for c in m.group(0)), text)

    def unit(m: re.Match) -> str:
        num = m.group(1)
        if len(num) < 2:
            return m.group(0)
        v = cn2num(num)
        return m.group(0) if v is None else f"{v}{m.group(2)}"
    return re.sub(r"([零一二两三四五六七八九十百千万]+)([" + NUM_UNITS + "])", unit, text)


def noisy(segs: list[dict], key: str) -> list[dict]:
    rng = call_rng(key, "noise")
    s2tw, s2t = opencc.OpenCC("s2tw"), opencc.OpenCC("s2t")
    out = []
    for s in segs:
        t = s["text"]
        for a, b in HOMOPHONES:
            if a in t and a != b:
                parts = t.split(a)
                t = parts[0] + "".join((b if rng.random() < 0.5 else a) + p for p in parts[1:])
        t = figures(t)
        r = rng.random()
        if r < 0.4:
            t = PUNCT.sub("", t)
        elif r < 0.7:
            t = re.sub(r"[，。？！、,.?!…“”：；]+", " ", t).strip()
        conv = (s2t if rng.random() < 0.2 else s2tw).convert(t)
        if len(conv) == len(t):
            conv = "".join(o if (o != c and rng.random() < 0.1) else c for o, c in zip(t, conv))
        out.append({**s, "text": conv})
    return out


# --------------------------------------------------------------------------- main
def main() -> int:
    calls = parse()
    errs = []
    for c in calls:
        fill(c)
    order = sorted(calls, key=lambda c: c["key"])
    random.Random(SEED).shuffle(order)
    n_noise = round(len(order) * 0.25)
    noisy_keys = set(random.Random(SEED + 1).sample(sorted(c["key"] for c in order), n_noise))
    rows = []
    for i, c in enumerate(order, 1):
        segs, duration = build_segments(c)
        errs += check(c, segs, duration)
        is_noisy = c["key"] in noisy_keys
        text_segs = noisy(segs, c["key"]) if is_noisy else segs
        rows.append({
            "call_id": f"S-{i:03d}", "labels": c["labels"], "note": c["note"], "noise": is_noisy,
            "duration": duration,
            "metadata": {"writer": "S", "industry": c["industry"], "company": c["company"],
                         "direction": c["direction"], "hard_negative": "hn" in c["flags"],
                         "language": "zh", "sample_rate": 8000, "key": c["key"]},
            "segments": text_segs,
        })
    for c in calls:
        bad = set(c["labels"]) - set(FAMILIES)
        if bad:
            errs.append(f"{c['key']}: unknown labels {bad}")
    if errs:
        print("\n".join(errs), file=sys.stderr)
        return 1
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {fam: sum(fam in r["labels"] for r in rows) for fam in FAMILIES}
    print(f"{len(rows)} calls -> {OUT.name}")
    print("positives:", ", ".join(f"{k} {v}" for k, v in counts.items()))
    print("no labels:", sum(not r["labels"] for r in rows),
          "hard negatives:", sum(r["metadata"]["hard_negative"] for r in rows),
          "noisy:", sum(r["noise"] for r in rows),
          "noisy hn:", sum(r["noise"] and r["metadata"]["hard_negative"] for r in rows),
          "outbound:", sum(r["metadata"]["direction"] == "outbound" for r in rows),
          "multi-label:", sum(len(r["labels"]) >= 2 for r in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
