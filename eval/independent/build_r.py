"""Independent labelled call set R (eval/independent/tune_r.jsonl; first named heldout_r.jsonl, held out
until its blind figures were recorded, then renamed as round 18 of rule work began) — now a TUNING set.

Written by writer R on 2026-12-17 from DOMAIN.md, the seed articles in shared/seeds/,
eval/independent/README.md, the first 120 lines of build_q.py (label policy and data format), one
line of heldout_q.jsonl (format only) and the LabelledCall dataclass / load_labelled function of
eval/evaluate.py (format only).  No rule code, rulebook, tests, docs or other sets were read, and the
rule engine was never run on this file (only eval.evaluate.load_labelled, to check that it loads).
Run:
    .venv/bin/python eval/independent/build_r.py

Deterministic (SEED=20261217).  The dialogues are hand-written data in the CALLS_* strings below
(writer R's own; nothing copied from another writer).  random.Random is used only for segment timing,
the order of the calls, the choice of the noisy calls, the rotation among correct greeting / blessing
wordings ({G} / {B} / {T}) and the ASR-style noise.  Each call's timing and noise come from its own
generator, seeded from SEED and the call's key.

Noise ("noise": true, a quarter of the calls, chosen by the seeded generator): the clean text as
Whisper base plausibly hears 8 kHz phone audio — writer R's own homophone list (each occurrence
swapped with probability 0.45), Chinese numerals before a unit as Arabic figures by value (一百二 ->
120, 三千五 -> 3500), three or more bare digits digit by digit, punctuation per segment dropped, turned
into spaces or kept, Traditional script (OpenCC s2tw, one segment in five s2t) with about one changed
character in ten left simplified.  Labels are those of the clean speech.

Twenty industries none of writers A-Q used (checked against the README): a 3D-printing service, an
electric-toothbrush maker's after-sales, a hanfu rental shop, pet grooming, gaming peripherals
after-sales, car window film, commercial kitchen equipment after-sales, bathroom fixtures (卫浴), a
road-bike shop, a wildlife park's ticket line, a telescope shop, home ventilator (家用呼吸机)
after-sales, international parcel forwarding (转运), toy rental, a school-uniform supplier, wood
flooring, a dance studio, luggage repair, a sports-nutrition shop, wall paint.  All company names are
invented.

Data format (writer R's own): a call starts "@ key | in|out | labels or - | flags or - | note"; then
one turn a line: "A:" agent, "C:" customer; "A>" the agent cuts in 1.6-2.1 s before the customer's
turn ends (talk-over); "A~" the agent starts 0.12-0.25 s before it ends (backchannel, negative); "C>"
the customer cuts in 0.9-1.4 s before the agent's turn ends (negative); "%hold" an announced hold of
10.5-11.8 s (the agent's turn just before announces it); "%gap" an unannounced gap of 13.6-15.6 s.
Flags: hn (hard negative, no labels), fast / slow (agent speech rate), short (a call under 18 s),
badline (the customer's 喂 0.2-0.5 s in on a bad line, answered at once by the full greeting), late
(nobody speaks for 3.0-3.8 s and the customer has to call out first).
{G} a correct inbound greeting, {B} a correct blessing with goodbye, {T} thanks + blessing (all
rotated), {co} the company, {ag} the agent's name, {id} a job number.

LABEL POLICY — writer Q's policy (writer P's, with Q's "Q:" readings, as printed in the first 120
lines of build_q.py), adopted unchanged.  Labels describe what was SAID.
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
  colleague / complaint as writers L-Q (complaint: an explicit intent to complain or escalate).
Q's readings, kept: a dialect insult is `insult`; a hangup on a customer who had complained of a
company-side fault adds `apology`; a brush-off ending an insult is insult + closing; the agent's 不知道
inside an insult belongs to the insult; the colleague who picks up after an announced transfer is the
agent of the rest of the call and owes the closing; an outbound caller giving no company is
`greeting`; a short call otherwise complete carries `short_call` only.
Timing, recomputed from the generated segments and asserted against the hand labels, on clean and
noisy text: short_call < 20 s (positives < 18 s, all others >= 30 s); silence an unannounced gap >= 10 s
(announced holds <= 12 s negative; other gaps <= 4 s); talk_over the agent starting >= 1.0 s before the
customer's segment ends (positives twice a call; negatives <= 0.3 s); speech_rate the agent's mean rate
over turns of >= 6 characters >= 7.5 or <= 2.0 chars/s (positives 8.6-9.2 / 1.55-1.75; negatives keep
every such turn within 3.0-6.3); hangup read from the clean transcript: it ends on the customer's
unanswered question (never a fee question), and is also closing.

R: an agent who laughs off the customer's question about age, looks or schooling with a "joke"
   (您这个年纪学街舞，骨头受得了吗) mocks the customer: `insult`.
R: an apology that only comes at the very end after an insult (不好意思，祝您…) is still an apology
   for the insulted customer's protest; insult calls in this set either carry `apology` with no
   apology at all, or no `apology` when the agent apologises right after the protest.
R: the agent's 不太清楚 followed in the same turn by a concrete way to find out (我帮您问一下技术再回您)
   is a hard negative, not a refusal; a bare 不太清楚 / 这我哪知道 with nothing after is `forbidden`.
R: a fee the agent says is waived for this customer (这次免上门费) is no tariff matter; a monthly rental
   renewed with amount and the debit day stated is negative; a "deposit, refunded later" with no
   amount is `tariff`.
R: the customer's "你们这个破…" about a product with a company-side fault owes an apology (apology),
   but is not itself an insult by anyone.
R: a customer's pointed question after a refusal (那我问谁去啊, 你们客服不知道啊) is not yet plain
   unhappiness in words; explicit displeasure (太糟心了, 什么态度, 太不负责任, 太过分) is, and owes an
   apology.
R: 喂 as "feed" (喂食, 喂喂老虎) is not the forbidden 喂; a call that also insults is labelled for the
   insult only.
R: a promise about what the company controls and dates it names (明天下午三点前发出) is no
   overpromise; 保证/百分之百/绝对/永远 about an outcome the company does not control is.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

import opencc

SEED = 20261217
OUT = Path(__file__).resolve().parent / "tune_r.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask",
            "apology", "shirking", "overpromise", "colleague", "complaint",
            "silence", "talk_over", "speech_rate", "short_call", "hangup")
TIMING = ("silence", "talk_over", "speech_rate", "short_call", "hangup")

INDUSTRIES = {
    "p3d": ("3D-printing service", "造物坊3D打印", "小造"),
    "brush": ("electric-toothbrush after-sales", "洁澈电动牙刷", "小澈"),
    "hanfu": ("hanfu rental shop", "云裳汉服馆", "小裳"),
    "groom": ("pet grooming", "萌爪宠物美容", "小爪"),
    "gear": ("gaming peripherals after-sales", "疾锋电竞外设", "小锋"),
    "film": ("car window film", "隔热侠汽车贴膜", "小侠"),
    "kitchen": ("commercial kitchen equipment after-sales", "鼎厨商用厨具", "小鼎"),
    "bath": ("bathroom fixtures", "水韵卫浴", "小韵"),
    "bike": ("road-bike shop", "骑迹公路车", "小迹"),
    "zoo": ("wildlife park ticket line", "森野野生动物园", "小森"),
    "scope": ("telescope shop", "观星阁望远镜", "小观"),
    "vent": ("home ventilator after-sales", "畅呼家用呼吸机", "小畅"),
    "ship": ("international parcel forwarding", "越洋转运", "小越"),
    "toy": ("toy rental", "玩趣玩具租赁", "小趣"),
    "uni": ("school-uniform supplier", "青衿校服", "小衿"),
    "floor": ("wood flooring", "木语地板", "小木"),
    "dance": ("dance studio", "舞悦舞蹈工作室", "小悦"),
    "bag": ("luggage repair", "匠心箱包维修", "小匠"),
    "pro": ("sports-nutrition shop", "燃力运动营养", "小燃"),
    "paint": ("wall paint", "彩居涂料", "小彩"),
}

GREETINGS = (
    "您好，{co}，请问有什么可以帮您？",
    "您好，欢迎致电{co}，我是{ag}，请问有什么能帮到您的？",
    "您好，这里是{co}，工号{id}为您服务，请问您想办理什么？",
    "您好，{co}客服{ag}，很高兴为您服务，请问您有什么需要？",
    "上午好，{co}，请问您想咨询点什么呢？",
    "您好，{co}，我是{ag}，请问有什么我能为您做的？",
    "下午好，欢迎致电{co}，请问有什么可以帮到您？",
)
BLESSINGS = (
    "祝您生活愉快，再见！",
    "祝您一切顺利，再见。",
    "祝您天天开心，再见！",
    "祝您身体健康，万事如意，再见。",
    "祝您工作顺利，再见！",
    "祝您周末愉快，再见。",
    "祝您心情愉快，再见！",
)
THANKS = (
    "感谢您的来电，",
    "感谢您的耐心等待，",
    "感谢您的支持，",
    "谢谢您的配合，",
    "感谢您的反馈，",
    "谢谢您的理解，",
    "感谢您的信任，",
)

CALLS_1 = r"""
@ p3d1 | in | insult apology | - | model walls too thin: 您是拿脚画的吧
A: {G}
C: 你好，我上周在你们那儿打了个手办底座，今天拿到手，边上好几处都是破的，一碰就掉渣。
A: 您把订单号报一下。
C: 尾号是四七二六。
A: 查到了。您这模型壁厚才零点三毫米，学过一天建模的都不会这么画，您这图是拿脚画的吧？
C: 你怎么说话呢？我花钱来打印的，你就这态度？
A: 我说的是实话嘛。要不要改了图重新打？
C: 算了，我自己找别家。
A: 行，{B}

@ p3d2 | in | tariff | - | 加急费不多，到时候一起算
A: {G}
C: 我想问一下，一个十厘米左右的树脂件，最快多久能出来？
A: 正常排队是三到五个工作日，您要着急的话可以走加急，一般第二天就能出。
C: 加急要多收钱吗？收多少？
A: 加急费不多的，到时候跟订单一起算，您放心。
C: 那我先把文件发过来吧，回头再说。
A: 好的，文件发到我们官网的上传入口就行，{T}{B}

@ p3d3 | in | - | hn | fees stated with amount and moment; no order yet
A: {G}
C: 我有个零件想打出来，但是没有图纸，你们能帮忙建模吗？
A: 可以的，我们有建模师。建模费是按小时算的，一小时一百二十元，图纸确认以后先付百分之三十的定金，交货的时候再付尾款。
C: 打印本身另外算吗？
A: 对，打印按材料和体积另算，尼龙材料大概是每立方厘米一块五，出报价单的时候会写清楚，您确认了才开始做。
C: 明白了，我先量一下尺寸再联系你们。
A: 好的，{T}{B}

@ p3d4 | in | overpromise | - | 保证跟图纸分毫不差，误差绝对为零
A: {G}
C: 我们公司要打一批齿轮样件，精度要求挺高的，你们的机器行不行？
A: 您放心，我们用的是工业级的光固化设备，打出来的件保证跟图纸分毫不差，误差绝对为零，装上去一次就能转。
C: 这么厉害？那后处理会不会变形？
A: 不会的，我们打了几千个件了，从来没有变形的。
C: 行，那我让工程师把文件发过来。
A: 好的，请问您怎么称呼？
C: 我姓冯。
A: 冯先生，文件发到我们的邮箱就行，{T}{B}

@ p3d5 | out | - | hn | outbound quote follow-up; hedged lead time
A: 您好，我是造物坊3D打印的客服{ag}，您昨天在网上提交了一个打印询价，我来跟您确认一下需求，请问您现在方便说话吗？
C: 方便，你说。
A: 您上传的是一个台灯灯罩，想用白色光敏树脂，数量是两个，对吗？
C: 对，多久能做好？
A: 一般是五到七个工作日，要看机器排队的情况，我不敢跟您打包票一定哪天，排上了我第一时间给您发消息。
C: 行，那价格呢？
A: 两个一共三百六十元，您确认报价后在线付款，付完就安排排队。
C: 好，我晚上确认。
A: 好的，感谢您的配合，祝您生活愉快，再见！

@ p3d6 | in | silence | - | unannounced gap while looking up a file
A: {G}
C: 你好，我前天传了一个文件，一直显示审核中，能帮我看一下吗？
A: 好的，您的手机号是多少？
C: 一三九零零二七六八五四。
%gap
C: 喂？还在吗？
A: 在的，不好意思让您久等了。您的文件有一处模型没有封闭，技术同事已经在修复，今天下午就能审核完。
C: 哦，那就好。
A: 审核好了会短信通知您，{T}{B}

@ p3d7 | in | name_ask | - | order taken with 你叫啥
A: {G}
C: 我要打二十个钥匙扣，图案我都做好了。
A: 可以，材料要用什么颜色的？
C: 蓝色的就行，周五之前能拿到吗？
A: 周四就能发货。你叫啥？
C: 呃，我叫孙晓婷。
A: 电话和地址发一下。
C: 一三六五五八八零二一九，地址是滨江路八十八号。
A: 好，订单已经下好了，{T}{B}

@ p3d8 | in | - | hn | the customer calls another shop's owner 神经病
A: {G}
C: 我之前在别家打印，那个老板就是个神经病，做坏了还让我赔他机器钱，气死我了。
A: 理解您的心情，遇到这种事确实闹心。您这次想打印什么呢？
C: 一个无人机的外壳，要结实一点的。
A: 那建议您用尼龙加碳纤维的材料，强度比较好。请问您怎么称呼？
C: 我姓马。
A: 马先生，您把文件发过来，我们先出一个报价，您看好了再下单。
C: 好的。
A: {T}{B}

@ brush1 | out | greeting tariff closing | - | outbound 喂，是刘女士吧 with no company; renewal 跟原来一样; 拜拜
A: 喂，是刘女士吧？
C: 是我，哪位？
A: 你那个刷头订阅下个月就到期了，要不要续一下？
C: 续的话多少钱啊？还是一年吗？
A: 跟原来差不多，续了到时候自动扣就行。
C: 差不多是多少？我都不记得原来多少了。
A: 反正不贵，您考虑一下吧，想续了在小程序里点一下。
C: 那我再看看。
A: 行，拜拜。

@ brush2 | in | forbidden | - | 这个我也不清楚，型号太多了
A: {G}
C: 我想问问你们新出的那个软毛刷头，我家老款的刷柄能不能用？
A: 您的刷柄是哪一款？
C: 好像是三年前买的，白色的，上面有个小月亮图标。
A: 这个我也不清楚，型号太多了。
C: 那你们客服都不清楚，我问谁去啊？
A: 反正我这边查不到。
C: 好吧。
A: 嗯，{T}{B}

@ brush3 | in | - | hn | 您不清楚型号也没关系 (reassurance); 不知道您方便…吗
A: {G}
C: 我想买几个替换刷头，可是我不知道我这个是哪个型号的。
A: 您不清楚型号也没关系，您看一下刷柄的底部，有一串字母加数字，念给我听就可以。
C: 我看看，是ＲＸ六零二。
A: 好的，这款用的是标准刷头，三支装的是五十九元，下单后四十八小时内发货。不知道您方便在小程序里下单吗？
C: 方便的，我自己下吧。
A: 好的，{T}{B}

@ brush4 | in | insult apology closing | - | 这么简单都学不会，我也是服了; 那就这样
A: {G}
C: 你好，我想问一下怎么从清洁模式换到美白模式。
A: 按一下开关键旁边那个小圆键就行。
C: 我按了，但是它一直在闪，好像没换过去。
A: 我都说三遍了，按一下就换，这么简单的东西您都学不会，我也是服了。
C: 你这什么态度？我第一次打电话问，你哪里说了三遍？
A: 行行行，还有别的事吗？
C: 没了。
A: 那就这样。

@ brush5 | in | short_call | short | quick charge-time question, complete
A: {G}
C: 充满电要多久？
A: 大概四个小时。
C: 好的谢谢。
A: {B}

@ brush6 | in | apology | - | broke after two weeks, 太糟心了; exchange handled without apology
A: {G}
C: 我买的牙刷才用两个礼拜就不动了，充了一晚上电也没反应，太糟心了。
A: 您是在哪个平台买的？
C: 你们官方旗舰店。
A: 那在质保期内，可以给您换新。请问您贵姓？
C: 免贵姓邓。
A: 邓女士，您把旧的寄回来，我们收到以后三个工作日内把新的寄出，运费我们出。
C: 又要寄来寄去，真麻烦。
A: 寄回地址我短信发给您，{T}{B}

@ brush7 | in | speech_rate | fast | agent rattles off the exchange policy fast
A: 您好洁澈电动牙刷请问有什么可以帮您？
C: 我想问一下你们的牙刷坏了怎么换？
A: 您好我们的机身是两年质保的刷头不在质保范围内如果是机身不能开机或者充不进电可以申请换新您在小程序的售后页面填一下订单号和问题描述上传一张照片就行。
C: 那要多久能换好？
A: 审核一般一到两个工作日审核通过以后会给您发寄回地址您寄回来以后我们检测没问题就给您换新的运费是我们承担的您不用另外付钱。
C: 好，我知道了。
A: 好的感谢您的来电祝您生活愉快再见！

@ hanfu1 | in | insult apology closing | - | body mocked: 穿啥都像裹了床被子; 没事挂了
A: {G}
C: 我下个月要去拍古风写真，想租一套齐胸襦裙，我一米六，一百五十斤，哪种好看？
A: 您这身材穿齐胸的可撑不起来，穿啥都像裹了床被子，我劝您别折腾了。
C: 你什么意思？我租衣服还要看身材？
A: 就字面意思呗，我这是为您好。
C: 你们店就这么跟顾客说话的？
A: 还有事吗？没事挂了。

@ hanfu2 | in | name_ask | - | shoot booked for Saturday with only a phone number
A: {G}
C: 我想约这个周六下午拍一组汉服照，两个人。
A: 周六下午两点有档期，套餐是双人四百八，包两套衣服和妆造，定金一百元，预约时付，到店抵扣。
C: 可以，那就两点吧。
A: 好的，手机号报一下。
C: 一五八二二四六七九三零。
A: 已经给您约好了，周六下午两点到店就行，{T}{B}

@ hanfu3 | in | - | hn | booking with 请问您怎么称呼; deposit stated
A: {G}
C: 我想给我女儿租一套马面裙，下周她学校有活动。
A: 好的，请问您怎么称呼？
C: 我姓钟。
A: 钟女士，孩子多高呢？
C: 一米四二。
A: 有合适的码。租金是三天八十元，押金两百元，取衣服的时候付，还衣服检查没问题当场退押金。
C: 行，那我周一去拿。
A: 好的，给您登记了周一，{T}{B}

@ hanfu4 | in | tariff | - | 清洗费看衣服情况，还回来再说
A: {G}
C: 我租的那套衣服，还回去的时候还要交清洗费吗？
A: 要的，清洗费看衣服的情况，您还回来了再说。
C: 大概多少啊？我怕到时候收得比租金还贵。
A: 一般不会太多，您放心好了。
C: 那好吧。
A: 好的，{T}{B}

@ hanfu5 | in | greeting | - | 哎，云裳，租衣服？
A: 哎，云裳，租衣服？
C: 呃，对，我想问一下你们有没有男款的圆领袍。
A: 有的，黑色、绛红和月白三个颜色，尺码从一七零到一八五都有。
C: 租一天多少钱？
A: 一天一百二十元，取衣服的时候付，押金三百元，还衣服的时候退。
C: 好，那我周末过去看看。
A: 好的，{T}{B}

@ hanfu6 | in | colleague | - | makeup artist 就是来混日子的, with apology
A: {G}
C: 上次我在你们店拍照，那个化妆的把我眼线画得一边高一边低，照片都没法看。
A: 实在抱歉，给您添麻烦了。那个小姑娘手艺确实一般，她就是来混日子的，我们也说过她好多次了。
C: 那现在怎么办？
A: 我们给您免费补拍一次，妆造换资深的老师来做，您看什么时候方便？
C: 下周三上午吧。
A: 好的，请问您怎么称呼？
C: 我姓雷。
A: 雷女士，已经给您约好下周三上午十点，{T}{B}

@ hanfu7 | in | - | hn | the customer says the stylist made her look 跟鬼一样; apology and free reshoot
A: {G}
C: 你们那个造型师真是绝了，把我画得跟鬼一样，我朋友看了都笑死了。
A: 非常抱歉，让您的拍摄体验这么不好。您方便说一下是哪天拍的吗？
C: 上周六下午。
A: 好的，我记下了。我们给您安排一次免费补拍，化妆师给您换一位，您看可以吗？
C: 行吧，我也不是要投诉，就是想把照片拍好。
A: 明白，我们一定注意。{T}{B}

@ hanfu8 | in | talk_over | - | agent cuts in twice
A: {G}
C: 我租的那套曲裾腰带找不到了，我记得是跟衣服一起装在袋子里的，可能是路上掉了。
A> 那要按价赔偿。
C: 嗯，我是想问能不能买一根一样的，我自己去外面买可以吗，颜色能对得上的那种。
A> 外面的不行，得用我们的。
C: 那你们的多少钱？
A: 原装腰带是六十元，还衣服的时候一起付就行。
C: 好吧。
A: {T}{B}
"""

CALLS_1 += r"""
@ groom1 | in | insult apology closing | - | 一百多都嫌贵还养什么泰迪; 嫌贵就别来
A: {G}
C: 我家泰迪想洗个澡剪个毛，你们那个一百六十八的套餐有点贵，有没有便宜点的？
A: 一百多的套餐都嫌贵，那您还养什么泰迪，养只鸡算了。
C: 你这说的是人话吗？我就问问有没有便宜的。
A: 没有，嫌贵就别来。

@ groom2 | in | - | hn | groomer's 你家狗跟你一样丑 read back while registering; 我不是要投诉
A: {G}
C: 我昨天带狗去你们店洗澡，那个美容师当着我的面说了句“你家狗跟你一样丑”，我听了特别不舒服。
A: 非常抱歉让您听到这样的话。我跟您核对一下，您是说美容师说了“你家狗跟你一样丑”，是这句原话，对吗？
C: 对，就是这句。我不是要投诉，就是想让你们管管。
A: 明白，我原样记下来了，会转给店长处理，也会跟美容师本人谈。请问您怎么称呼？
C: 我姓江。
A: 江女士，处理结果我们明天下午之前给您回电话，再次向您道歉，{B}

@ groom3 | in | complaint | - | dog cut while grooming; 我要投诉 and 12315; apology given
A: {G}
C: 我家狗在你们店剪毛，回来发现耳朵后面被剪了一道口子，还在流血！我要投诉，不行我就打12315。
A: 真的非常抱歉，让狗狗受伤了，是我们的责任。您先带它去最近的宠物医院处理伤口，费用我们全额承担。
C: 光承担医药费就完了？
A: 您的投诉我已经登记了，店长会在今天六点前给您打电话，跟您商量赔偿的事。请问您怎么称呼？
C: 姓唐。
A: 唐先生，再次向您道歉，{B}

@ groom4 | in | shirking | - | 过敏你去问宠物医院，我们管不了 (after 不好意思)
A: {G}
C: 我家猫在你们那儿洗完澡，回来身上起了好多小红点，一直在挠。
A: 不好意思啊，给猫咪添罪受了。
C: 是不是你们的沐浴露有问题？
A: 过敏这种事你去问宠物医院吧，我们这边管不了。
C: 可是是在你们店洗完才这样的啊。
A: 那也得医生看了才知道，我们又不是医生。
C: 行吧。
A: 嗯，{B}

@ groom5 | in | - | hn | innocent words: 死结, 剃光, 滚了一身泥
A: {G}
C: 我家萨摩昨天在草地上滚了一身泥，毛都打结了，还能洗得出来吗？
A: 可以的，一般的打结我们能梳开，要是毛打成死结了就只能剃掉那一小块，剃之前会先问您的意见。
C: 别给我剃成光头就行。
A: 放心，不会全剃的。请问您怎么称呼？想约什么时候？
C: 我姓贺，明天上午。
A: 贺先生，明天上午十点给您约好了，大型犬洗护是一百九十八元，洗完在店里付，{T}{B}

@ groom6 | in | hangup closing | - | agent leaves on 那我几点能来接？
A: {G}
C: 我想约明天给我家比熊洗个澡，下午可以吗？
A: 下午三点有空位。请问您怎么称呼？
C: 我姓罗。
A: 罗女士，给您约好了，明天下午三点。
C: 好，那洗完我几点能来接它？

@ groom7 | in | overpromise | - | 香波保证一个月不臭，再也不掉毛
A: {G}
C: 我家金毛掉毛太厉害了，家里沙发上全是毛，洗澡有用吗？
A: 有用的，我们家的护毛香波保证洗完一个月都不臭，狗狗以后再也不掉毛，您沙发上一根毛都不会有。
C: 真的啊？那得多少钱？
A: 洗护加护毛香波一共二百二十元，洗完到店付就行。请问您怎么称呼？
C: 我姓白。
A: 白先生，那您看什么时候过来？
C: 周六吧。
A: 好的，周六等您，{T}{B}

@ groom8 | in | filler | - | 那个/就是/然后/嗯 across four turns
A: {G}
C: 我想问问你们那个上门洗澡的服务，能到小区里来吗？
A: 嗯，那个，可以的，就是我们有那个洗护车，然后开到您小区楼下。
C: 那要提前多久约？
A: 嗯，就是，一般提前一天，然后那个，周末的话最好提前两天。
C: 价格跟到店一样吗？
A: 那个，上门要加三十元，然后就是，在洗完的时候一起付。
C: 好的，我知道了。
A: 嗯，好的，{T}{B}

@ gear1 | in | insult apology | - | 是您手残吧，菜就多练
A: {G}
C: 我买的机械键盘，打游戏的时候按一下空格经常出来两下，害我输了好几把。
A: 不是键盘的问题，是您手残吧，菜就多练练，别什么都怪设备。
C: 我花五百多买的键盘，你还说我菜？
A: 那您寄回来检测呗，检测完了再说。
C: 行，我寄。
A: 寄件地址短信发您了，{B}

@ gear2 | in | forbidden apology | - | 你这话什么意思？ to a customer asking about a slow repair
A: {G}
C: 我的耳机寄过去修，都二十多天了，一点消息都没有，你们是不是故意拖着？
A: 你这话什么意思？我们怎么故意拖了？
C: 那为什么这么久没动静？
A: 维修的量大，要排队。
C: 排队也得有个时间吧。
A: 这周内会寄出，{B}

@ gear3 | in | - | hn | the customer's 你这话什么意思, answered with an apology
A: {G}
C: 我的鼠标滚轮不灵了，你们上次说让我先清灰。
A: 是的，您可以用吹气球往滚轮缝里吹一吹，很多时候是灰尘卡住了。
C: 你这话什么意思，是让我自己修？那我买保修干嘛？
A: 不好意思，是我没说清楚。不是让您自己修，清灰只是先试一下，试了不行我们直接给您换新的，不用寄修。
C: 哦，那我今晚试试。
A: 好的，不行的话您直接回电，报您的手机号就能查到记录，{T}{B}

@ gear4 | in | speech_rate | slow | drawl through a keymap explanation
A: 您好……疾锋电竞外设……请问……有什么可以帮您？
C: 我想把键盘上一个键改成宏，怎么弄？
A: 嗯……您先……下载我们的……驱动软件……打开以后……点左边的……按键设置……
C: 好，然后呢？
A: 然后……选中……您要改的那个键……再点……录制宏……就可以了……
C: 行，我试一下。
A: 好的……感谢您的来电……祝您……游戏愉快……再见……

@ gear5 | in | shirking | - | 驱动问题你去找电脑厂家，跟我们没关系
A: {G}
C: 我的鼠标插在新电脑上，驱动一直装不上，提示兼容性错误。
A: 那是你电脑的问题，你去找电脑厂家，跟我们没关系。
C: 可是别的鼠标都能用啊。
A: 那你就用别的吧，我们这边解决不了。
C: 哦。
A: {T}{B}

@ gear6 | in | - | hn | innocent words: 死区, 打死, 蓝屏死机
A: {G}
C: 我用你们的手柄玩射击游戏，老是往左边飘，一直被人打死，我还以为是我电脑蓝屏死机了。
A: 不好意思给您添麻烦了。这种情况一般是摇杆的死区设置小了，您打开手柄的驱动，把死区调到百分之八左右试试。
C: 调了以后还飘怎么办？
A: 那就是摇杆本身有磨损，手柄在保修期内，可以免费给您换一个摇杆模块。
C: 好，我先调调看。
A: 好的，{T}{B}

@ gear7 | in | talk_over | - | agent cuts in twice on a return request
A: {G}
C: 我买的那个耳机，戴了一天耳朵就疼，耳罩太紧了，我想问问七天无理由能不能退，包装我还留着。
A> 不好意思，可以退的。
C: 那是我自己寄回去还是你们上门来取，运费怎么算，我之前没退过你们家的东西不太清楚流程。
A> 上门取件，运费我们出。
C: 好，那退款多久到？
A: 收到货以后三个工作日内原路退回。
C: 好的。
A: {T}{B}
"""

CALLS_1 += r"""
@ film1 | in | overpromise | - | 保证十五年不起泡，绝对隔热百分之九十九
A: {G}
C: 我新提了车，想贴个前挡和侧窗，你们家膜质量怎么样？
A: 我们家的膜您放一百个心，贴上去保证十五年不起泡不变色，隔热绝对能隔掉百分之九十九，夏天车里跟空调房一样。
C: 那价格呢？
A: 全车是两千八百元，贴完验车满意了再付款。
C: 要贴多久？
A: 半天就好。请问您怎么称呼？
C: 我姓陶。
A: 陶先生，那您看周几过来？
C: 周日上午吧。
A: 好的，给您约好了，{T}{B}

@ film2 | in | tariff | - | 续保要交一点钱，到时候再说
A: {G}
C: 我前年在你们那贴的膜，质保是不是快到期了？
A: 我查一下，您的质保到下个月十号。
C: 那到期以后还能续吗？
A: 能续的，续保要交一点钱，到时候再说。
C: 一点是多少？什么时候交？
A: 到期前我们会联系您的，不用担心。
C: 那好吧。
A: {T}{B}

@ film3 | in | - | hn | hedged: 不能保证具体降几度
A: {G}
C: 你们那个隔热膜，贴了以后车里能凉快多少度？
A: 这个跟车型、玻璃和停车的环境都有关系，不能给您保证具体降几度，一般来说体感会明显凉快一些，方向盘也没那么烫手。
C: 那你们有没有试贴？
A: 有的，店里有个隔热测试灯箱，您来了可以把手放在膜后面感受一下，体验是免费的。
C: 行，我有空去看看。
A: 好的，{T}{B}

@ film4 | in | insult apology | - | contempt for the customer's cheap car: 车比膜便宜
A: {G}
C: 你们最好的那款陶瓷膜，贴全车多少钱？
A: 那款是六千八，贴完验收了再付。不过您开的那车才十来万吧？贴这么贵的膜不值当，车都没膜值钱，哈哈。
C: 我车便宜碍着你了？我问个价你还笑话我？
A: 开个玩笑嘛，您要是想贴就来。
C: 不贴了。
A: 行，{B}

@ film5 | in | name_ask | - | 你姓什么？ on a booking
A: {G}
C: 我想约个贴膜，这周六有位置吗？
A: 有的，周六上午九点可以。你姓什么？
C: 姓包。
A: 车牌号多少？
C: 浙Ａ五二七九Ｑ。
A: 好，全车膜一千九百八十元，贴完付款，周六上午九点过来，{T}{B}

@ film6 | in | - | hn | proper transfer to the technician with 请您稍等; colleague closes
A: {G}
C: 我的后挡膜边上起了一个泡，想问问是什么原因，能不能修。
A: 这个需要技术师傅来判断，请您稍等，我帮您转接到我们的施工师傅。
%hold
A: 您好，我是施工师傅老周，您说后挡起泡是吧？起泡的地方大概多大？
C: 一个硬币那么大，在左下角。
A: 那是施工的时候边角没压实，不好意思给您添麻烦了。在质保期内，您过来我给您免费处理，十分钟就好。
C: 好的，那我明天下午过去。
A: 好的，感谢您的耐心等待，祝您一路顺风，再见！

@ film7 | in | short_call | short | quick opening-hours question, complete
A: {G}
C: 你们几点关门？
A: 晚上八点。
C: 好的。
A: {B}

@ kitchen1 | in | colleague | - | installer 就是个二把刀, with apology
A: {G}
C: 你们师傅上周给我们饭店装的那个洗碗机，底下一直漏水，厨房地上全是水。
A: 非常抱歉给您添麻烦了。上次去的那个师傅就是个二把刀，装什么都装不正，回头我让他们换个人去。
C: 那什么时候能来人？
A: 明天上午十点前派老师傅过去，维修不收您任何费用。请问您怎么称呼？
C: 我姓温。
A: 温老板，明天上午师傅到之前会先给您打电话，{T}{B}

@ kitchen2 | in | shirking apology | - | 燃气的事你去找燃气公司
A: {G}
C: 我们昨天刚装的那个猛火灶，火一直打不着，今天中午饭店都没法开门了！
A: 火打不着那是燃气的问题，你去找燃气公司，我们只管卖灶。
C: 燃气公司的人来看过了，说气没问题，是你们灶的问题。
A: 那我也没办法，你让燃气公司给你写个证明再说。
C: 你们这样就太过分了。
A: {T}{B}

@ kitchen3 | in | complaint | - | 我就打12345投诉; apology given and a dated visit
A: {G}
C: 我们的冷柜坏了三天了，报修了两次都没人来，里面的肉都快臭了，今天再不派人我就打12345投诉你们！
A: 真的非常抱歉，让您等了这么久，这是我们的问题。我现在就给您加急派单，师傅今天下午四点前一定到。
C: 你确定今天能到？
A: 确定，我直接打给了片区的维修主管，四点前到不了我亲自给您回电话。请问您怎么称呼？
C: 姓黎。
A: 黎老板，您的投诉我已经登记了，再次跟您说声对不起，{B}

@ kitchen4 | in | - | hn | announced hold to check spare parts
A: {G}
C: 我们那个和面机的皮带断了，想买根新的，有货吗？
A: 请您稍等，我帮您查一下配件库存。
%hold
A: 感谢您的耐心等待，这款皮带有货，八十五元一根，今天下单明天发货，货到付款就行。请问您怎么称呼？
C: 姓柯。
A: 柯师傅，收货地址还是店里吗？
C: 对，还是店里。
A: 好的，已经给您下单了，{B}

@ kitchen5 | in | silence | - | unannounced gap while checking an error code
A: {G}
C: 你好，我们的蒸饭柜屏幕上显示一个Ｅ三，不加热了。
A: 好的，是哪个型号的？
C: 铭牌上写的是ＺＦ二十四。
%gap
C: 你好？还在吗？
A: 在的，不好意思久等了。Ｅ三是水位传感器报警，您先看一下进水阀有没有打开。
C: 哦，好像是关着的，我打开试试。
A: 好的，打开以后重启一下就行，{T}{B}

@ kitchen6 | out | - | hn | outbound maintenance reminder with fee and moment
A: 您好，我是鼎厨商用厨具的客服{ag}，您店里的油烟净化器到了半年保养的时间，我打电话来跟您约一下上门保养，请问您现在方便吗？
C: 方便，要多少钱？
A: 保养费每台三百元，师傅保养完当场付款，您店里一共两台，就是六百元。
C: 行，那下周一下午来吧。
A: 好的，下周一下午两点到四点之间上门，师傅出发前会给您打电话。
C: 好。
A: 感谢您的支持，祝您生意兴隆，再见！

@ kitchen7 | in | hangup closing apology | - | oven broken; agent leaves on 那师傅到底今天来不来？
A: {G}
C: 我们的烤箱昨天刚修过，今天又坏了，温度根本上不去，面包都烤不熟！
A: 我看一下工单。昨天是换了一个温控器。
C: 换了也没用啊，还是老样子。
A: 我再给您派一次单。
C: 那师傅到底今天来不来？
"""

CALLS_2 = r"""
@ bath1 | in | insult | - | 小学毕业都看得懂吧？您是没上过学吗; apology right after the protest
A: {G}
C: 我买的那个花洒，安装图我看了半天也没看懂，那根软管到底接哪头？
A: 图上画得明明白白的，小学毕业都看得懂吧？您是没上过学吗？
C: 你怎么说话的？我看不懂问一下不行吗？
A: 对不起，是我说话太冲了，向您道歉。软管带螺母的那头接墙上的出水口，另一头接花洒手柄。
C: 哦，这样啊。
A: 您要是还装不上，我们可以安排师傅免费上门，{T}{B}

@ bath2 | in | tariff closing | - | 上门安装费看情况，师傅到了再说; bare 好，再见
A: {G}
C: 我在你们网店买了个浴室柜，你们能上门安装吗？
A: 能的，下单的时候备注一下就行。
C: 安装要不要另外收钱？
A: 上门安装费看情况，师傅到了再说。
C: 大概是个什么价？
A: 不同小区不一样，到时候师傅会跟您说。
C: 那行吧。
A: 好，再见。

@ bath3 | in | - | hn | logistics company 也不知道; apology and a callback time
A: {G}
C: 我的淋浴房说好今天送，现在都下午三点了还没到，物流电话也打不通。
A: 实在抱歉让您久等了。我刚联系了物流公司，他们那边暂时也不知道车辆具体几点能到，我已经让他们加急处理了。
C: 那我是继续等还是怎么办？
A: 您先不用一直守着，我下午四点前一定给您回电话，告诉您准确的送达时间。
C: 好吧，那我等你电话。
A: 好的，再次跟您说声抱歉，{T}{B}

@ bath4 | in | greeting | - | 水韵，您说。 no greeting words, no offer
A: 水韵，您说。
C: 你好，我想问一下你们家那个智能马桶盖，用的是即热式还是储热式？
A: 是即热式的，出水就是温的，不用提前加热。
C: 那冬天水温够不够？
A: 够的，最高能到四十度，有五档可以调。
C: 好的，我再考虑一下。
A: 好的，{T}{B}

@ bath5 | in | overpromise | - | 保证一辈子不堵，冲什么都冲得下去
A: {G}
C: 我家老马桶三天两头堵，想换一个，你们那个旋风冲水的怎么样？
A: 您选这款就对了，这款马桶保证一辈子都不会堵，冲什么都冲得下去，一整卷纸扔进去都没问题。
C: 这么厉害？多少钱？
A: 两千三百九十九元，送货上门的时候付款，安装免费。
C: 那我考虑一下。
A: 好的，{T}{B}

@ bath6 | in | silence | - | unannounced gap while checking a faucet model
A: {G}
C: 我家厨房的水龙头拧到底了还在滴水，是你们家的，买了一年多。
A: 您说一下龙头侧面的型号。
C: 写的是ＳＹ三零八。
%gap
C: 喂？你好？
A: 您好，不好意思让您等了。这款是阀芯磨损，在质保期内，我们免费给您寄一个新阀芯，附带更换视频。
C: 好的，那寄到哪？
A: 就寄到您下单时的地址，明天发出，{T}{B}

@ bath7 | out | greeting | - | outbound 我们是做卫浴的 with no company
A: 喂，您好，我们是做卫浴的，看到您小区新交房，想问问您家装修了吗？
C: 你们是哪家啊？
A: 我们这边主要做淋浴房和浴室柜，最近有个活动，全套下来能便宜不少。
C: 我家已经装好了。
A: 那好的，不打扰您了，祝您生活愉快，再见！

@ bike1 | in | insult apology | - | age: 您这个年纪还骑公路车？还是买个老年代步车吧
A: {G}
C: 我想买一辆入门的公路车，平时骑骑锻炼身体，我今年六十了。
A: 您这个年纪还骑公路车啊？摔一跤可就爬不起来了，我劝您还是买个老年代步车吧。
C: 六十岁怎么了？六十岁就不能骑车了？你这话我听着可不舒服。
A: 我就是提个醒。公路车最便宜的是三千二。
C: 算了，我去别家看看。
A: 行，{B}

@ bike2 | in | colleague | - | new mechanic 笨手笨脚的, with apology
A: {G}
C: 我上周在你们店保养的车，今天骑出去刹车一直响，还刹不太住。
A: 真是对不起，给您添麻烦了。店里新来的那个修车师傅笨手笨脚的，刹车都调不好，我们店长也头疼。
C: 那怎么办？
A: 您明天方便的话推过来，我让老师傅给您重新调，不收费，调完试骑没问题再走。
C: 好，明天下午吧。
A: 好的，明天下午等您，{T}{B}

@ bike3 | in | filler | - | 嗯/那个/就是/然后 across four turns
A: {G}
C: 我想买个码表，你们那个无线的好用吗？
A: 嗯，那个，还挺好用的，就是那个装在车把上，然后蓝牙连手机。
C: 电池能用多久？
A: 那个，就是，正常骑的话，嗯，大概能用一个月吧。
C: 防水吗？
A: 防水的，然后那个下雨骑也没事，就是别泡水里。
C: 好，多少钱？
A: 嗯，三百二十八元，下单的时候付，{T}{B}

@ bike4 | in | - | hn | hedged: 不敢保证绝对不会断; 质保五年
A: {G}
C: 碳纤维的车架会不会一摔就断啊？我看网上有人说碳架很脆。
A: 碳纤维主要是怕尖锐的撞击，正常骑行和一般的倒车问题不大，但我也不敢跟您保证绝对不会断，所以我们车架质保五年，有问题可以免费检测。
C: 那要是真摔了呢？
A: 摔车以后建议您拿到店里做一次免费的超声波检测，确认没有内伤再骑。
C: 好的，了解了。
A: {T}{B}

@ bike5 | in | hangup closing apology | - | brakes set wrong by the shop; agent leaves on 那我现在骑回去安全吗？
A: {G}
C: 我刚在你们店换的刹车片，骑出来两条街就发现刹车是软的，捏到底才有一点反应。
A: 您现在在哪儿？
C: 在路边呢，离你们店两公里。你们换完都不试一下的吗？
A: 那您推回来吧。
C: 推回去要半个小时，那我现在慢慢骑回去安全吗？

@ bike6 | in | speech_rate | fast | fast explanation of a bike fitting
A: 您好骑迹公路车请问有什么可以帮您？
C: 我想问一下你们做的那个专业车身调整是怎么弄的？
A: 我们的车身调整是先量您的身高腿长臂展还有柔韧性然后把车放在骑行台上让您骑十五分钟师傅根据您的姿势调坐垫高度前后位置还有把立长度全程大概一个半小时。
C: 那要多少钱？
A: 单次车身调整是四百元做完当场付款如果您是在我们店买的车第一次调整免费之后三个月内有任何不舒服可以回来免费微调。
C: 好，我周末去。
A: 好的感谢您的来电祝您骑行愉快再见！

@ bike7 | in | forbidden | - | 这我哪知道
A: {G}
C: 我身高一米七五，腿比较长，你们那款耐力车架应该选五十二还是五十四的？
A: 这我哪知道，每个人身材都不一样。
C: 你们卖车的都不知道，那我怎么买？
A: 反正您来店里试了就知道了。
C: 好吧。
A: {T}{B}

@ zoo1 | in | short_call | short | quick question on closing time, complete
A: {G}
C: 今天几点闭园？
A: 下午五点半。
C: 好的，谢谢。
A: {B}

@ zoo2 | in | tariff closing | - | 车辆进园要另外交一点，到门口再说; 就这样
A: {G}
C: 我们周末想开车进园区看动物，自驾车能进吗？要不要另外交钱？
A: 能进，车辆进园要另外交一点，到门口再说。
C: 另外交多少？是按车还是按人？
A: 这个到门口工作人员会跟您说的。
C: 你们客服不知道啊？
A: 到了就知道了。行了，就这样。

@ zoo3 | in | - | hn | senior and child fares stated; 一米二以下免费
A: {G}
C: 我带我爸妈和孩子去，门票怎么买？
A: 成人票是一百八十元，六十岁以上老人票六十元，购票时出示身份证；孩子一米二以下免费，一米二到一米五是儿童票九十元，都是在入园前在小程序上买。
C: 孩子一米一五，那就不用买了吧？
A: 对，不用买，入园的时候量一下身高就行。
C: 好的，谢谢。
A: 不客气，祝您和家人玩得开心，再见！

@ zoo4 | in | overpromise | - | 保证能看到老虎喂食，百分之百拍到狮子
A: {G}
C: 我们下周带孩子去，主要想看老虎和狮子，能看到吗？
A: 您放心，保证能看到老虎喂食，狮子也百分之百能拍到，它们天天都出来晒太阳，一只都跑不了。
C: 那下雨呢？
A: 下雨也一样看得到。
C: 好的，那我们下周六去。
A: 好的，{T}{B}

@ zoo5 | in | insult apology | - | sarcasm: 要不要把您也放进去喂喂老虎
A: {G}
C: 我想问一下，能不能自己带点胡萝卜和生肉去喂动物？
A: 您可真有创意啊，要不要把您也放进园里去喂喂老虎？
C: 你这人怎么这么说话？我就问能不能带。
A: 开个玩笑嘛。不能带，园里有专门卖的投喂食物。
C: 什么玩笑，一点都不好笑。
A: {T}{B}

@ zoo6 | out | - | hn | outbound annual-pass renewal with amount and debit moment
A: 您好，我是森野野生动物园的客服{ag}，您的年卡下周五就到期了，我打电话来提醒您一下续卡的事，请问您现在方便吗？
C: 方便，续卡多少钱？
A: 老会员续卡是两百八十八元，比新办便宜一百元，您在小程序上点续卡，付款成功当天就生效，有效期从原来的到期日往后顺延一年。
C: 那我过两天弄。
A: 好的，这个优惠价到月底有效，感谢您的支持，祝您生活愉快，再见！

@ zoo7 | in | complaint | - | 我要找你们领导; apology and a callback
A: {G}
C: 我昨天在你们园区游览车上把包落了，打了三次电话都说没找到，里面有证件！我要找你们领导！
A: 非常抱歉让您这么着急，您的心情我理解。我现在就把情况报给我们值班经理，请他直接负责。
C: 你们到底有没有认真找？
A: 我已经让游览车队把昨天所有车辆重新查一遍，值班经理今天下午五点前给您回电话。请问您怎么称呼？
C: 我姓廖。
A: 廖女士，您的投诉我记下了，再次向您道歉，{B}

@ scope1 | in | insult apology | - | 您这眼睛和脑子总得有一个好使吧
A: {G}
C: 我新买的望远镜，晚上对着月亮找了半天，目镜里还是黑的，什么都看不见。
A: 月亮那么大您都找不着，您这眼睛和脑子总得有一个好使吧？
C: 你说什么？你再说一遍？
A: 没什么没什么。您先白天对着远处的楼顶把寻星镜校准一下，晚上就好找了。
C: 你刚才那话是什么意思？
A: 就是让您先校准，{B}

@ scope2 | in | - | hn | the customer calls himself 笨 and 不清楚; reassurance
A: {G}
C: 我这人比较笨，说明书看了好几遍，还是不清楚赤道仪要怎么调。
A: 您不清楚也没关系，第一次用赤道仪的人大多都会卡在这儿，我一步一步跟您说。您先把三脚架放平，看一下气泡在不在中间。
C: 在中间了。
A: 好的，然后把极轴对准北边，纬度刻度调到您所在城市的纬度，咱们这儿是三十度。
C: 好了，好像可以了。
A: 您调得很好。后面有问题随时打电话，{T}{B}

@ scope3 | in | speech_rate | slow | drawl through eyepiece advice
A: 您好……观星阁望远镜……请问……您想了解……什么？
C: 我想给孩子买个望远镜看月亮，买哪种好？
A: 嗯……看月亮的话……入门的……折射镜……就够了……口径……七十毫米……
C: 多少钱？
A: 这款……是……六百……八十元……下单的时候……付款……
C: 好，我考虑一下。
A: 好的……感谢您的来电……祝您……观星愉快……再见……

@ scope4 | in | name_ask | - | telescope ordered; only phone and address asked
A: {G}
C: 我要买你们那个一百三十毫米口径的反射镜，带电动跟踪的那款。
A: 好的，那款现在是三千六百元，今天下单明天发货，货到以后签收时付款。
C: 行，就要这个。
A: 电话和收货地址告诉我一下。
C: 一八九一三五二七七四六，光华路一百零二号。
A: 好的，已经下单了，{T}{B}

@ scope5 | in | shirking apology closing | - | 发霉你去找快递; 就这样吧
A: {G}
C: 我刚收到的望远镜，拆开一看物镜上全是霉点，这还是新的吗？
A: 那应该是运输的时候受潮了，你去找快递公司，让他们赔。
C: 我是在你们店买的，你让我去找快递？
A: 快递弄的就找快递，我们发出去的时候是好的。
C: 你们太不负责任了吧。
A: 就这样吧。

@ scope6 | in | - | hn badline | badline: the customer's 喂 answered at once by the full greeting
A: {G}
C: 你好，我想问一下你们店周六晚上的观星活动还有名额吗？
A: 还有四个名额。活动是免费的，自带望远镜也可以，我们会提供两台大口径的给大家轮流看。请问您怎么称呼？
C: 我姓葛。
A: 葛先生，给您报上名了，周六晚上七点在城郊的观测点集合，具体位置短信发您。
C: 好的，谢谢。
A: {T}{B}

@ scope7 | in | talk_over | - | agent cuts in twice
A: {G}
C: 我上个月买的双筒望远镜，左边那个镜筒看出去有重影，我调了好几次中间的调焦轮也对不齐。
A> 那是光轴偏了。
C: 那要怎么弄，是我自己能调还是得寄回去，我住得挺远的，寄回去一来一回要好久。
A> 得寄回来校准。
C: 要多久？
A: 不好意思给您添麻烦了，收到后三个工作日校准好寄回，来回运费我们出。
C: 好的。
A: {T}{B}

@ vent1 | in | overpromise | - | 保证一周根治打呼，以后再也不用戴了
A: {G}
C: 我老公打呼噜特别严重，医生说是睡眠呼吸暂停，建议用呼吸机，你们家那款怎么样？
A: 用我们这款，保证一周就把打呼噜根治了，以后再也不用戴了，比做手术还管用。
C: 真的能根治？
A: 那当然，好多用户都是这样的。
C: 多少钱？
A: 四千九百八十元，下单时付款，可以先试用七天。
C: 好的，我回去跟他商量一下。
A: 好的，{T}{B}

@ vent2 | in | - | hn | 不知道您…呢 polite question; 血氧, 憋气 innocent
A: {G}
C: 我用你们的呼吸机一个月了，早上起来嘴巴特别干。
A: 这种情况比较常见。不知道您晚上用的时候是不是张着嘴睡的呢？
C: 好像是，我老婆说我睡觉老张嘴。
A: 那建议您换成口鼻面罩，或者把加湿器调高一档。您现在血氧监测的数据怎么样，夜里还憋气吗？
C: 憋气少多了。
A: 那就好，您先调一下加湿，不行再联系我们换面罩，{T}{B}

@ vent3 | in | forbidden closing | - | 那你想清楚了再打过来吧; 嗯，挂了
A: {G}
C: 我想买个面罩，但是不确定要鼻罩还是口鼻罩，我晚上有时候用嘴呼吸。
A: 那你想清楚了再打过来吧。
C: 我就是想不清楚才问你的啊。
A: 我们这边不好说。嗯，挂了。

@ vent4 | out | greeting | - | outbound 喂，我是畅呼的 filter reminder
A: 喂，我是畅呼的，您家那台呼吸机该换滤棉了。
C: 哦，多少钱一片？
A: 滤棉三十元一片，一般一次买两片，下单的时候付款，第二天发货。
C: 那给我寄两片吧，地址还是原来的。
A: 好的，请问您贵姓？我核对一下订单。
C: 姓方。
A: 方先生，地址是桂园小区六栋，对吧？
C: 对。
A: 好的，明天发出，感谢您的支持，祝您身体健康，再见！

@ vent5 | in | complaint | - | 去市场监管局投诉; apology and replacement
A: {G}
C: 你们这个呼吸机半夜自己停机，我差点憋醒，这是要出人命的！我要去市场监管局投诉你们！
A: 非常抱歉，让您半夜受这样的惊吓，这个问题很严重，我们一定负责到底。
C: 你们打算怎么处理？
A: 我现在给您办理换新，今天就发顺丰，明天上午送到，旧机器我们拿回去检测，检测报告会发给您。您的投诉我也已经登记了。
C: 好吧，先换了再说。
A: 再次向您道歉，{T}{B}

@ vent6 | in | silence | - | unannounced gap while looking up humidifier settings
A: {G}
C: 我这台呼吸机的加湿器灯一直闪，是什么意思？
A: 您说一下机器背后的序列号。
C: ＣＨ二零二三零九一七。
%gap
C: 还在线吗？
A: 在的，不好意思，刚才在查资料。灯闪是水箱没放到位，您取出来重新按到底，听到咔嗒一声就好了。
C: 好，我试试。
A: 好的，{T}{B}

@ vent7 | in | - | hn | the customer calls the machine 破机器…吵死了; apology and a fix
A: {G}
C: 你们这破机器晚上吵死了，呼呼的，我老婆都被吵醒好几次。
A: 非常抱歉影响您和家人休息了。一般声音大是面罩漏气，您看看面罩边缘贴紧脸了吗？
C: 好像是有点漏，鼻梁这儿。
A: 那您把头带收紧一点，或者我们给您免费换一个小一号的面罩，明天就寄出。
C: 那你给我换一个吧。
A: 好的，已经给您登记了，感谢您的反馈，祝您今晚睡个好觉，再见！

@ ship1 | in | insult apology closing | - | 为了省二十块折腾半天，日子过得太抠; 那您随便
A: {G}
C: 我有三个包裹在你们仓库，能不能拆开重新打包成两个？这样运费能省二十块。
A: 为了省二十块钱折腾半天，您这日子过得也太抠了吧。
C: 我省钱关你什么事？你们不就是做这个服务的吗？
A: 那您随便。

@ ship2 | in | tariff | - | 仓储费超过三十天收一点，到时候再算
A: {G}
C: 我的包裹到你们美国仓了，我想等凑够几件一起发，能在仓库放多久？
A: 可以先放着，三十天之内免费。
C: 那超过三十天呢？
A: 超过的话仓储费会收一点，到时候再算。
C: 收多少？按天还是按件？
A: 不会很多的，您尽量在三十天内发就好。
C: 好吧。
A: {T}{B}

@ ship3 | in | shirking | - | 清关的事你找海关去问
A: {G}
C: 我的包裹在清关，显示需要补充材料，我不知道要补什么。
A: 清关的事你找海关去问，我们这边只负责运输。
C: 可是短信是你们发给我的啊，海关电话我也不知道。
A: 那你上网查一下海关电话吧。
C: 哦，那好吧。
A: {T}{B}

@ ship4 | in | - | hn | the airline 还不清楚; apology and a promise to notify
A: {G}
C: 我的包裹显示在机场等待起飞，已经四天了，怎么回事？
A: 非常抱歉让您久等了。这批货的航班因为天气取消了，航空公司那边目前还不清楚哪天能重新起飞，我们每天都在跟进。
C: 那我就只能干等着？
A: 一有航班信息，我们第一时间短信通知您。如果您着急，也可以改走海运，差价我们退给您。
C: 不改了，我等吧。
A: 好的，再次抱歉，{T}{B}

@ ship5 | in | short_call | short | quick question on the warehouse address, complete
A: {G}
C: 日本仓地址在哪看？
A: 在小程序首页。
C: 好，谢谢。
A: {B}

@ ship6 | out | - | hn | outbound customs notice with duty amount and moment
A: 您好，我是越洋转运的客服{ag}，您寄到国内的那个包裹需要缴纳进口税，我打电话跟您说一下，请问您现在方便吗？
C: 方便，要交多少？
A: 海关核定的税款是一百六十五元，您在小程序的待缴税页面付款，付完第二天我们就安排派送。
C: 好的，我今天就交。
A: 好的，感谢您的配合，祝您生活愉快，再见！

@ ship7 | in | hangup closing | - | agent leaves on 那我要不要补交资料？
A: {G}
C: 我想发一箱奶粉回国内，我看你们网站上说需要申报。
A: 对，奶粉要填申报单。
C: 我已经在网上填好了，单号是一二八零四。
A: 好，知道了。
C: 那我还要不要补交什么资料？

@ toy1 | in | insult | - | 一看就是惯的; apology right after the protest
A: {G}
C: 我们租的那个积木玩具，孩子玩了三天，有两块就掰断了，这个要赔吗？
A: 三天就掰断两块，您家是怎么教孩子的？一看就是惯的。
C: 你说什么呢？孩子小，玩坏了很正常吧，你怎么能这么说？
A: 对不起，是我说话不当，向您道歉。小零件损坏在正常损耗范围内，不用您赔，还的时候跟配送员说一声就行。
C: 好吧。
A: {T}{B}

@ toy2 | in | colleague | - | delivery man 办事不靠谱, with apology
A: {G}
C: 我这个月换的玩具，你们又送错了，送来一个婴儿摇铃，我家孩子都五岁了。
A: 非常抱歉，又给您添麻烦了。送您那片的配送员办事一直不靠谱，老是送错，我们也说过他好几次了。
C: 那现在怎么办？
A: 我今天就安排别的配送员把正确的玩具送过去，顺便把摇铃拿回来，这个月多给您延长一周。
C: 好吧。
A: {T}{B}

@ toy3 | in | - | hn | delivery man's 熊孩子 reported and read back; 你们记一下就行
A: {G}
C: 你们那个送玩具的，今天进门看见我儿子，说了一句“又是一个熊孩子”，我听着挺别扭的。
A: 真的很抱歉让您听到这样的话。我跟您确认一下，配送员说的是“又是一个熊孩子”，对吗？
C: 对，你们记一下就行，也没必要把他怎么样。
A: 好的，我已经原话记录下来，会转给配送主管提醒他注意言行。请问您怎么称呼？
C: 姓尹。
A: 尹女士，谢谢您告诉我们，{B}

@ toy4 | out | - | hn | outbound return reminder with the overdue fee stated
A: 您好，我是玩趣玩具租赁的客服{ag}，您家租的那套轨道小火车这周日到期，我打电话提醒您一下归还的事，请问您现在方便吗？
C: 方便，还是配送员上门来取吗？
A: 是的，周日下午上门取。如果您想续租，续一个月是六十九元，在小程序上付款就行；如果超期没还也没续，从下周一开始每天收五元逾期费。
C: 知道了，我们续一个月吧，孩子还没玩够。
A: 好的，您在小程序上点续租就可以，感谢您的支持，祝宝贝玩得开心，再见！

@ toy5 | in | tariff closing | - | 押金多少看玩具，到时候退; thanks only
A: {G}
C: 我想给孩子租那个大型的滑梯秋千，要交押金吗？
A: 押金是要交的，到时候退给您。
C: 交多少？什么时候交？
A: 这个看玩具，不一样的。
C: 那滑梯秋千呢？
A: 您下单的时候系统会显示的。
C: 行吧。
A: 感谢您的来电，再见。

@ toy6 | in | filler | - | 那个/就是/然后/嗯 across four turns
A: {G}
C: 我想问问你们的玩具都是怎么消毒的？
A: 嗯，那个，每个玩具还回来以后，就是先用那个清水冲，然后那个再消毒。
C: 用什么消毒？
A: 嗯，就是那个，婴幼儿专用的消毒液，然后再用那个紫外线照。
C: 毛绒玩具呢？
A: 那个毛绒的就是，嗯，高温蒸汽，然后晾干。
C: 好的，知道了。
A: 嗯，{T}{B}

@ toy7 | in | name_ask | - | 你叫什么名字？ on a new subscription
A: {G}
C: 我想给我家孩子办个玩具月卡，三岁的。
A: 好的，月卡是一百二十九元一个月，每月可以换两次，开卡的时候付第一个月的钱，以后每月一号自动扣。你叫什么名字？
C: 我叫宋雨菲。
A: 电话和地址呢？
C: 一三七二二五八零六六三，锦绣花园九栋。
A: 好，卡已经开好了，第一批玩具明天送，{T}{B}
"""
CALLS_3 = r"""
@ uni1 | out | greeting closing silence | - | outbound 喂，是…家长吗 with no company; silent gap; 就这样，挂了
A: 喂，是周子涵家长吗？
C: 是我，你哪位？
A: 孩子的冬季校服到了，你们班就差你家没领了。
C: 哦，那在哪儿领？我记得订的是一百六十码的，你帮我看看对不对。
%gap
C: 喂？还在吗？
A: 在。是一百六十码，放学校传达室了，让孩子放学去拿。
C: 好的，知道了。
A: 就这样，挂了。

@ uni2 | out | - | hn | outbound order confirmation with sizes, fee and moment
A: 您好，我是青衿校服的客服{ag}，您上周在学校的团购链接里给孩子订了校服，我打电话跟您核对一下尺码，请问您现在方便吗？
C: 方便，你说。
A: 您订的是一套春秋装加一套夏装，上衣一百五十码，裤子一百五十五码，对吗？
C: 对的，孩子长得快，买大一点。
A: 好的，两套一共三百二十元，您下单时已经付过了，不用再交别的钱，月底前统一送到学校。请问怎么称呼您？
C: 我姓苗。
A: 苗女士，感谢您的配合，祝孩子学习进步，再见！

@ uni3 | in | insult apology complaint | - | 三百多都嫌贵，那让孩子别上学了; 我要投诉你
A: {G}
C: 你们校服一套三百多，也太贵了吧，能不能单买一件外套？
A: 一套校服三百多都嫌贵，那您干脆让孩子别上学了呗。
C: 你这是什么话？我要投诉你，你叫什么名字？
A: 随便您投诉，外套不单卖。
C: 行，你等着。
A: {B}

@ uni4 | in | shirking apology | - | 尺码不对你找学校去; customer upset, no apology
A: {G}
C: 我家孩子的校服发下来，裤子短了一大截，明明报的是一百六十码，你们发成一百四十的了，孩子穿着都没法上学！
A: 尺码是学校统一报给我们的，尺码不对你找学校去。
C: 学校说是你们发错了，让我找你们。
A: 那我们也只能按学校的单子来，你还是让班主任跟我们联系吧。
C: 你们这样踢来踢去的，真让人生气。
A: {T}{B}

@ uni5 | in | talk_over colleague | - | agent cuts in twice; warehouse clerk 稀里糊涂的; with apology
A: {G}
C: 我订的两套夏装，今天收到只有一套，另一套短袖和短裤都没在包裹里，我翻了好几遍都没有。
A> 肯定是仓库漏发了。
C: 那什么时候能补过来，孩子下周一就要穿了，学校要求统一着装的，没有的话要扣班级分。
A> 不好意思，我们仓库那个小刘做事稀里糊涂的，我马上让他补发。
C: 周一之前能到吗？
A: 今天下午就发顺丰，周六前能到，补发的运费我们出。
C: 好的。
A: {T}{B}

@ uni6 | in | - | hn | 不清楚孩子的尺码也没关系 (reassurance); polite name ask
A: {G}
C: 我想给孩子补订一套校服，可是我不清楚他现在穿多大的。
A: 您不清楚尺码也没关系，量一下孩子的身高和胸围告诉我，我帮您对照尺码表。
C: 身高一米四八，胸围七十二。
A: 那一百五十码正合适。请问您怎么称呼？
C: 我姓甘。
A: 甘女士，补订一套春秋装是一百八十元，下单时付款，五个工作日内送到学校，{T}{B}

@ uni7 | in | short_call | short | quick question on delivery, complete
A: {G}
C: 校服哪天送到？
A: 这周五。
C: 好，谢谢。
A: {B}

@ uni8 | in | forbidden closing hangup | - | 不明白你说的什么; agent leaves on 你听明白了吗？
A: {G}
C: 我想问问，你们那个校徽是绣上去的还是贴上去的，洗多了会不会掉？
A: 不明白你说的什么。
C: 就是衣服左胸那个学校的标志，是缝的还是烫的，洗了会掉吗，你听明白了吗？

@ floor1 | in | overpromise name_ask silence | - | 保证三十年不变形; unannounced gap; order with no name asked
A: {G}
C: 我家客厅要铺实木复合地板，你们那款橡木的怎么样？
A: 这款是我们卖得最好的，保证三十年不变形，泡水都不会起拱，您孙子结婚都不用换。
C: 那要多少钱一平？我家客厅三十五平。
%gap
C: 喂？你好？
A: 不好意思，刚才在算。一平方是三百二十元，加上辅料一共是一万一千九百元，铺好验收后付款。
C: 行，那就订这个吧。
A: 好的，电话和地址报一下，我给您下单。
C: 一三零一八八六五四二七，东湖花园三栋二单元。
A: 好的，已经下好单了，{T}{B}

@ floor2 | in | colleague silence | - | installation foreman 就是个糊弄鬼; unannounced gap; with apology
A: {G}
C: 你们铺的地板，走上去咯吱咯吱响，才铺了一个月。
A: 实在抱歉，给您添麻烦了。您的地址是？
C: 滨河小区十二栋五零一。
%gap
C: 人呢？
A: 在的，不好意思。您家是老张那个班组铺的，那个班组长就是个糊弄鬼，龙骨肯定没找平。我安排别的师傅明天上午去返工，不收费。
C: 好吧。
A: {T}{B}

@ floor3 | in | complaint apology | - | 我要投诉，还要网上曝光; no apology
A: {G}
C: 你们的地板铺完三个月就起拱了，客厅中间鼓起来一大块，我找了你们两次都没人管！我要投诉，还要把你们发到网上曝光！
A: 您的情况我这边登记一下，等售后通知。
C: 等等等，都等两次了！你们到底管不管？
A: 我们会处理的，您等通知就行。
C: 行，我就看你们怎么处理。
A: {T}{B}

@ floor4 | out | - | hn | outbound return visit; hedge 不能保证完全没有缝
A: 您好，我是木语地板的客服{ag}，您家上个月铺了我们的地板，我打电话做个回访，想了解一下您的使用情况，请问您现在方便吗？
C: 方便。就是有的地方板子之间有一点点缝。
A: 谢谢您告诉我们。实木地板会随着季节热胀冷缩，冬天出现细缝是正常的，我不能跟您保证完全没有缝，但如果缝超过一毫米，我们免费上门处理。
C: 好，那我再看看。
A: 好的，有问题随时联系我们，感谢您的支持，祝您生活愉快，再见！

@ floor5 | in | - | hn | announced hold; the logistics company 也不知道; apology
A: {G}
C: 我订的地板说好这周三送，现在还没消息。
A: 不好意思让您久等了，请您稍等，我帮您查一下物流。
%hold
A: 感谢您的耐心等待。货已经到了本市的中转仓，物流公司那边暂时也不知道排到哪天派送，我已经让他们加急了，明天中午前给您回电话确认时间。
C: 好的。
A: 再次跟您说声抱歉，{B}

@ floor6 | in | - | hn | 不知道您家…吗 polite question; innocent 锁死, 死角
A: {G}
C: 我想铺地板，但是家里有地暖，能铺吗？
A: 能铺的，不知道您家的地暖是水暖还是电暖呢？
C: 水暖的。
A: 那建议用地暖专用的多层实木，锁扣是锁死的，不容易离缝，墙角这些死角我们也会用踢脚线压住。
C: 好，那我先去店里看看样板。
A: 好的，{T}{B}

@ floor7 | in | filler speech_rate | slow | drawl with 嗯/那个/就是/然后
A: 您好……木语地板……请问……有什么……可以帮您？
C: 我想问一下地板打蜡多久一次？
A: 嗯……那个……就是……一般……半年……一次……
C: 自己能打吗？
A: 那个……可以的……然后……就是……用我们的……专用蜡……
C: 好，那我买一瓶。
A: 嗯……好的……然后……在小程序……下单……就行……感谢您的来电……祝您生活愉快……再见……

@ floor8 | in | hangup closing apology | - | installer drilled into a pipe; agent leaves on 那泡了的地板怎么办？
A: {G}
C: 你们装踢脚线的师傅把我家墙里的水管打穿了，水流了一地，楼下都渗水了！
A: 师傅现在还在您家吗？
C: 走了，我已经把总阀关了。
A: 那我让维修部联系您。
C: 那我家泡了水的地板怎么办？

@ dance1 | in | insult apology | - | age and looks: 跳起来别人还以为是广场舞
A: {G}
C: 我想报个街舞班，我今年五十二，有没有适合我的？
A: 您这个年纪学街舞，骨头受得了吗？跳起来别人还以为是广场舞呢，哈哈。
C: 你笑什么？五十多就不能学街舞了？你这话太伤人了。
A: 我就随口一说。成人街舞班每周六晚上，一期八节课，一千二百元，报名时付。
C: 不报了。
A: {T}{B}

@ dance2 | in | name_ask overpromise speech_rate | fast | trial class booked with no name asked; 保证三个月学会劈叉
A: 您好舞悦舞蹈工作室请问有什么可以帮您？
C: 我想给女儿报一个芭蕾体验课，她六岁了，一点基础都没有。
A: 没问题我们的芭蕾启蒙班专门针对零基础的孩子保证三个月就能学会劈叉下腰半年就能上台演出比别的机构快一倍。
C: 体验课什么时候有？
A: 这周六上午十点有一节体验课是免费的您报一下手机号我给您约上。
C: 一五九三三六七二八零一。
A: 好的已经帮您约好了周六上午十点到店就行感谢您的来电祝您生活愉快再见！

@ dance3 | in | - | hn | trial class booked with 怎么称呼; free trial
A: {G}
C: 我想约一节成人爵士舞的体验课。
A: 好的，请问您怎么称呼？
C: 我姓汤。
A: 汤女士，体验课是免费的，这周有周三晚上七点和周六下午三点两个时间，您看哪个合适？
C: 周三晚上吧。
A: 好的，给您约了周三晚上七点，穿宽松的衣服和运动鞋就行，{T}{B}

@ dance4 | in | - | hn | innocent words: 累死了, 跳疯了, 腿都要断了 (the customer's)
A: {G}
C: 我上周第一次来上课，跳得我腿都要断了，回家累死了，今天还在疼。
A: 第一次上课都会这样，肌肉酸痛两三天就好了。下次上课前后多做十分钟拉伸，会好很多。
C: 我看班里那些小姑娘都跳疯了，一点都不累的样子。
A: 她们都练了一两年了，您坚持一个月也能跟上。
C: 好，那我下周继续去。
A: 好的，{T}{B}

@ dance5 | in | greeting short_call | short | 您好，请问有什么事？ with no company
A: 您好，请问有什么事？
C: 周日有课吗？
A: 有的，下午两点。
C: 好的。
A: {B}

@ dance6 | in | colleague silence | - | teacher 就是个花架子; unannounced gap; with apology
A: {G}
C: 我女儿在你们那学了三个月中国舞，基本功一点进步都没有。
A: 非常抱歉让您失望了。孩子是哪个班的？
C: 周六上午的启蒙二班。
%gap
C: 你好？
A: 您好，不好意思。二班的林老师就是个花架子，自己跳得好看，教孩子不行，我们给孩子换到王老师的班，多补两节课。
C: 那行吧。
A: {T}{B}

@ dance7 | in | - | hn | the customer's own 喂 after a drop mid-call, answered at once
A: {G}
C: 我想问一下你们的拉丁舞班是几个人一个班？
A: 一个班最多十二个人，老师会一个一个纠正动作。
C: 喂？喂？刚才信号不好，你说几个人？
A: 您好，听得到的，一个班最多十二个人。
C: 好的，学费怎么算？
A: 一期十六节课是两千四百元，报名的时候交，第一节课不满意可以全额退。
C: 好的，我考虑一下。
A: {T}{B}

@ dance8 | in | talk_over filler | - | agent cuts in twice; 嗯/那个/就是/然后
A: {G}
C: 我想给孩子请假，她下周要去外地比赛，周六和周日的课都来不了，能不能以后补上？
A> 嗯，那个，可以补的。
C: 那是跟别的班一起补还是单独补，我怕她跟不上别的班的进度，她学得比较慢。
A> 就是，那个，跟别的班一起。
C: 哪个班呢？
A: 嗯，然后那个，就是周三晚上的班，然后跟老师说一声就行。
C: 好的。
A: {T}{B}

@ bag1 | in | insult apology talk_over | - | 这种用法箱子能活到现在算它命大，您就不能长点心; two talk-overs
A: {G}
C: 我的拉杆箱轮子掉了一个，就是上个月在你们这修过的那个，我就拖着它去了一趟外地出差。
A> 是您自己拖着上下楼梯磕坏的吧？
C: 我是拖着上过楼梯，可是轮子不就是用来拖的吗，你们修的时候说好能用很久的。
A> 这种用法箱子能活到现在算它命大，您就不能长点心？
C: 你这什么态度？我花钱修的，你还教训起我来了。
A: 拿过来再看吧，{B}

@ bag2 | in | tariff speech_rate | fast | 拆开看了才知道，修好了再说
A: 您好匠心箱包维修请问有什么可以帮您？
C: 我的箱子拉杆卡住了，拉不出来，你们能修吗，大概要多少钱？
A: 能修的拉杆卡住一般是里面的卡扣坏了或者是杆子变形了具体要换什么零件费用多少得拆开看了才知道您先送过来修好了再说。
C: 大概的价格也说不了吗？
A: 说不好的不同牌子的拉杆不一样有的几十有的上百您放心我们收费都很合理的您先送过来师傅看了就知道了。
C: 好吧。
A: 好的感谢您的来电祝您生活愉快再见！

@ bag3 | in | - | hn | fees stated with amount and moment; polite name ask
A: {G}
C: 我的行李箱有个万向轮裂了，换一个多少钱？
A: 换一个万向轮是四十元，四个一起换是一百四十元，修好取件的时候付款。请问您怎么称呼？
C: 我姓丁。
A: 丁先生，您把箱子送到店里，当天就能修好。
C: 好的，下午送过去。
A: 好的，{T}{B}

@ bag4 | in | greeting forbidden | - | 喂，匠心。; 喂！喂！你听我说 at the customer
A: 喂，匠心。
C: 你好，我想修一个皮包，包带断了，还有边上的皮磨破了，我想问一下能不能修成原来的样子，我这包挺贵的。
A: 喂！喂！你听我说，能修，但是修不成一模一样。
C: 那能修成什么样？
A: 包带可以换新的，磨破的地方补色，看不太出来。换包带八十元，补色一百二十元，修好取件时付。
C: 好，我拿过去看看。
A: 好的，{T}{B}

@ bag5 | in | - | hn | the customer talks over the agent; one short backchannel
A: {G}
C: 我的双肩包拉链头掉了，拉链还是好的，能只换个拉链头吗？
A: 可以的，拉链头是单独可以换的，您把包拿过来，我们看一下拉链的型号，配一个一样的。
C> 要多少钱啊？
A: 换一个拉链头是十五元，当场换好当场付。
C: 那我今天下午就过去，我大概五点钟到，你们几点下班啊？
A~ 嗯。
A: 我们晚上八点下班，您五点过来没问题，{T}{B}

@ bag6 | in | shirking apology closing hangup | - | 拉链是原厂的问题，你去找品牌专柜; agent leaves on 那你们到底修不修？
A: {G}
C: 我上周在你们那换的拉链，今天又拉不上了，开了一条大口子，出差的东西都掉出来了，烦死了！
A: 拉链是原厂的配件，原厂的问题你去找品牌专柜吧。
C: 是你们给我换的啊，跟专柜有什么关系？
A: 配件是他们的，你找他们就行了。
C: 那你们到底修不修？

@ bag7 | in | - | hn | the last repairer's 事儿妈 reported and read back; customer does not want a complaint
A: {G}
C: 我上次去你们店取包，嫌补色不均匀，让师傅重新弄一下，他嘀咕了一句“真是个事儿妈”，我听见了。
A: 真的很抱歉，让您受委屈了。我跟您核实一下，师傅说的是“真是个事儿妈”这几个字，对吗？
C: 对，不过我也不想投诉他，你们内部说一下就行。
A: 好的，我已经原话记录下来，会交给店长跟师傅谈。补色不均匀的问题我们给您免费重新做。请问您怎么称呼？
C: 姓詹。
A: 詹女士，谢谢您的理解，{B}

@ bag8 | in | short_call | short | quick question on the shop's address, complete
A: {G}
C: 你们店在哪？
A: 人民路十八号。
C: 好，谢谢。
A: {B}

@ pro1 | in | insult talk_over | - | 您这体型就别吃增肌粉了，先少吃两顿; apology right after the protest
A: {G}
C: 我想买你们那个增肌粉，我一米七，一百八十斤，平时在健身房练了两个月了，想多长点肌肉。
A> 您这体型就别吃增肌粉了，先少吃两顿饭比啥都强。
C: 你什么意思？我是来买东西的，你管我吃几顿饭，我问的是哪款适合我练力量的时候喝。
A> 对不起，是我说话太随便了，向您道歉。您可以看一下我们的乳清蛋白，热量低一些。
C: 多少钱？
A: 五磅装是三百九十八元，下单时付款，明天发货。
C: 那我看看。
A: 好的，{T}{B}

@ pro2 | in | apology filler | - | powder caked and smelly (太恶心了); refund without apology; 嗯/那个/就是
A: {G}
C: 我刚打开的蛋白粉，里面结成一块一块的，还有一股怪味，太恶心了，我都不敢喝。
A: 嗯，那个，您拍个照片发给我们。
C: 已经在网上发给你们了，你们就是这么卖东西的？
A: 嗯，就是，那个，照片我看到了，然后给您退款。
C: 退款多久到？
A: 那个，三个工作日，然后原路退回。
C: 好吧。
A: {T}{B}

@ pro3 | in | overpromise name_ask | - | 吃一个月保证涨十斤肌肉; 你姓啥？
A: {G}
C: 我想买你们那个增肌套装，吃了真能长肌肉吗？
A: 您就放心吧，配合训练，吃一个月保证涨十斤纯肌肉，一斤肥肉都不长。
C: 那我买一套。
A: 好，你姓啥？
C: 姓于。
A: 电话和地址呢？
C: 一八六零七五五三二一八，新华路二十号。
A: 好，套装是四百五十九元，货到付款，{T}{B}

@ pro4 | in | - | hn | hedged: 效果因人而异，不能保证具体涨多少
A: {G}
C: 我在减脂，想问问你们那个代餐奶昔，喝了能瘦多少？
A: 这个因人而异，跟您的饮食和运动都有关系，我不能保证具体瘦多少斤，一般配合运动、每天替换一顿晚餐，一个月体重会有一些变化。
C: 那口味怎么样？
A: 有巧克力和香草两种，您可以先买小包装试试，三袋是二十九元，下单时付款。
C: 好，我先试试。
A: 好的，{T}{B}

@ pro5 | in | complaint colleague | - | 我要打12315; a new service agent 啥也不懂; apology given
A: {G}
C: 我上周问你们客服，说这个蛋白粉孕妇能喝，结果我问了医生，医生说不能随便喝！你们这是乱说，我要打12315！
A: 非常抱歉，给您造成了困扰。上周那个接电话的是新来的，啥也不懂，张口就乱说，我们会严肃处理他。
C: 那我买的这罐怎么办？
A: 我们给您全额退款，罐子不用寄回，三个工作日内到账。您的投诉我也登记了，主管会在明天给您回电话。
C: 好吧。
A: 再次向您道歉，{B}

@ pro6 | in | forbidden filler | - | 我不知道，你自己看配料表吧; 嗯/那个/就是 across turns
A: {G}
C: 我是练田径的运动员，要参加省里的比赛，你们那个氮泵里面有没有兴奋剂成分？
A: 嗯，那个，我不知道，你自己看配料表吧。
C: 配料表上写的我看不懂啊。
A: 嗯，就是，那个我也看不懂。
C: 那有没有检测报告？
A: 那个，就是，没有吧，然后您可以问问教练。
C: 好吧。
A: {T}{B}

@ pro7 | out | - | hn | outbound subscription renewal with amount and debit day
A: 您好，我是燃力运动营养的客服{ag}，您订的蛋白粉月度配送下个月到期了，我打电话问问您还需不需要继续，请问您现在方便吗？
C: 方便。续的话价格还一样吗？
A: 一样的，每月两百六十元，续订以后每月五号自动扣款，扣款当天发货，您随时可以在小程序上取消。
C: 好，那我续三个月。
A: 好的，已经帮您续好了，感谢您的支持，祝您训练顺利，再见！

@ pro8 | in | hangup closing apology | - | product sent past its date; agent leaves on 那我已经喝了的会不会有事？
A: {G}
C: 我收到的鱼油看了一下，保质期上个月就过了！你们怎么卖过期的东西？
A: 您把订单号发一下。
C: 二零七七九六五。
A: 好，给您退。
C: 那我这两天已经喝了的会不会有事？

@ paint1 | in | greeting short_call | short | 喂，彩居。
A: 喂，彩居。
C: 周日开门吗？
A: 开的，九点到六点。
C: 好。
A: {B}

@ paint2 | in | - | hn | the customer's 喂？能听见吗？ on a bad line mid-call
A: {G}
C: 我想问一下，你们那个儿童房专用的乳胶漆，刷完多久能住人？
A: 刷完以后开窗通风，一般建议七天以后入住。
C: 喂？喂？能听见吗？你刚才说几天？
A: 能听见的，是七天，开窗通风七天以后入住。
C: 好的，一桶能刷多少平？
A: 一桶五升的能刷三十五平左右，刷两遍的话就是十七八平。
C: 好的，谢谢。
A: {T}{B}

@ paint3 | in | forbidden silence | - | unannounced gap; 你这话啥意思
A: {G}
C: 我家墙刷完一个礼拜，有些地方颜色深一块浅一块的，是不是你们的漆有问题？
A: 您报一下订单号。
C: 三三零八二一。
%gap
C: 喂，还在吗？
A: 在呢。不好意思。你刚才说漆有问题，你这话啥意思？我们的漆都是合格的。
C: 我就是问问，颜色不均匀是什么原因？
A: 一般是刷的时候没有刷匀，或者两次调色不是同一批，您让刷墙师傅补刷一遍就好。
C: 好吧。
A: {T}{B}

@ paint5 | in | filler forbidden closing speech_rate | slow | drawl with 那个/就是/嗯; 不清楚; 就这样
A: 您好……彩居涂料……请问……有什么……可以帮您？
C: 我想问一下你们的外墙漆能不能刷在瓷砖上？
A: 嗯……那个……就是……这个……我也……不清楚……
C: 那能帮我问问吗？
A: 那个……就是……嗯……不好说……
C: 那算了。
A: 嗯……就这样……

@ paint7 | in | - | hn | delivery the company controls (明天下午三点前发出); 甲醛检测报告; no guarantee language
A: {G}
C: 我下午在网上下了单，买了三桶墙面漆，什么时候能发货？
A: 您下单的时候已经付过款了，我们仓库明天下午三点前发出，一般后天能送到。每桶漆都附带一份甲醛检测报告，您收货的时候可以看一下。
C: 能送上楼吗？我家六楼没电梯。
A: 能的，送货上楼不另外收费。
C: 好的。
A: {T}{B}

@ paint9 | in | greeting talk_over | late | the customer has to call out first; agent cuts in twice
C: 喂？有人吗？
A: 在，您说。
C: 我家刚买的房子想刷墙，客厅想刷浅灰色，卧室想刷淡绿色的，不知道你们那个调色是免费的吗？
A> 调色免费。
C: 那我要是刷出来颜色跟色卡不一样怎么办，我之前在别家就是这样，刷出来跟色卡差好多。
A> 我们是电脑调色，跟色卡基本一致。
C: 好的，那我去店里看看色卡。
A: 好的，{T}{B}

@ paint10 | in | shirking complaint | - | 刷墙开裂你找装修队去; 我要投诉; apology given before the shirk
A: {G}
C: 我家用你们的漆，刷完一个月墙面就开裂了，一条一条的，太难看了！你们不管我就去投诉！
A: 真不好意思，让您遇到这种事。不过开裂一般是腻子层的问题，你找装修队去，我们只卖漆。
C: 装修队说是你们漆的问题！
A: 那你让装修队跟我们联系吧，我们这边没法处理。
C: 行，那我就去消协投诉你们。
A: {T}{B}

@ paint11 | in | - | hn | the customer's 抢钱啊 about the price; apology and an explanation
A: {G}
C: 你们那个净味全效的漆，一桶要八百多？你们这是抢钱啊？
A: 不好意思让您觉得贵了。这款是进口树脂做的，耐擦洗能到一万次，一桶能刷一百平方米，算下来每平方米八块多。
C: 那有没有便宜点的？
A: 有的，净味基础款一桶是三百六十元，能刷七十平方米，下单时付款，两天送到。
C: 那我再比较比较。
A: 好的，{T}{B}

@ paint12 | in | - | hn | proper transfer to a colour consultant with 请您稍等; colleague closes
A: {G}
C: 我想给书房配个颜色，不知道什么颜色看书不累眼睛。
A: 这个我们有专门的色彩顾问，请您稍等，我帮您转接过去。
%hold
A: 您好，我是色彩顾问小蓝。书房的话推荐浅一点的灰绿色或者米白色，光线柔和，看久了眼睛不累。
C: 灰绿色会不会太暗？
A: 选明度高一点的就不会，您可以在小程序上免费领三张色卡小样，贴在墙上看看效果。
C: 好的，那我领几张。
A: 好的，感谢您的耐心等待，祝您阅读愉快，再见！

"""

# ---------------------------------------------------------------- noise
HOMOPHONES = (
    ("您", "你", 0.25), ("稍等", "少等", 0.45), ("已经", "以经", 0.45), ("登记", "登机", 0.45),
    ("反馈", "返馈", 0.45), ("订单", "定单", 0.45), ("师傅", "师父", 0.45), ("再见", "在见", 0.45),
    ("安装", "按装", 0.45), ("地址", "地质", 0.45), ("保证", "保正", 0.45), ("投诉", "头诉", 0.45),
    ("请问", "请文", 0.45), ("售后", "受后", 0.45), ("涂料", "图料", 0.45), ("地板", "地版", 0.45),
    ("校服", "校府", 0.45), ("舞蹈", "舞到", 0.45), ("望远镜", "忘远镜", 0.45), ("呼吸机", "呼吸鸡", 0.45),
    ("转运", "转云", 0.45), ("牙刷", "压刷", 0.45), ("汉服", "汗服", 0.45), ("宠物", "充物", 0.45),
    ("外设", "外社", 0.45), ("贴膜", "贴模", 0.45), ("卫浴", "卫玉", 0.45), ("动物园", "动物源", 0.45),
    ("玩具", "玩据", 0.45), ("箱包", "香包", 0.45), ("蛋白粉", "蛋白分", 0.45), ("愉快", "于快", 0.45),
    ("清楚", "清处", 0.45), ("知道", "知到", 0.45), ("意思", "意识", 0.45), ("确认", "确任", 0.45),
    ("其实", "期实", 0.45), ("质保", "只保", 0.45), ("顺利", "顺力", 0.45), ("快递", "快第", 0.45),
    ("维修", "维休", 0.45), ("预约", "预曰", 0.45), ("费用", "废用", 0.45), ("一下", "以下", 0.45),
)
CN_DIGIT = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10000}
UNITS_AFTER = "块元天号月年个斤次米岁周张台件单点分层支套小公毫厘"


def cn_value(run: str) -> int | None:
    """一百二 -> 120, 三千五 -> 3500, 十五 -> 15, 两万 -> 20000; None if not a plain number."""
    total, section, digit, last_unit = 0, 0, None, None
    for ch in run:
        if ch in CN_DIGIT:
            if digit is not None:
                return None
            digit = CN_DIGIT[ch]
        else:
            u = CN_UNIT[ch]
            if u == 10000:
                section = (section + (digit or 0)) * u
                total += section
                section, digit, last_unit = 0, None, u
                continue
            section += (1 if digit is None else digit) * u
            digit, last_unit = None, u
    if digit is not None:
        if last_unit and last_unit >= 100 and last_unit != 10000:
            section += digit * last_unit // 10      # 一百二 -> 120
        elif last_unit == 10000:
            section += digit * 1000                 # 三万八 -> 38000
        else:
            section += digit
    return total + section


def digits(text: str) -> str:
    def repl(m: re.Match) -> str:
        run = m.group(0)
        nxt = text[m.end():m.end() + 1]
        if all(c in CN_DIGIT for c in run):
            if len(run) >= 3:
                return "".join(str(CN_DIGIT[c]) for c in run)
            return run
        if len(run) >= 2 and nxt and nxt in UNITS_AFTER:
            v = cn_value(run)
            if v is not None:
                return str(v)
        return run
    return re.sub(r"[零一二两三四五六七八九十百千万]+", repl, text)


S2TW = opencc.OpenCC("s2tw")
S2T = opencc.OpenCC("s2t")
PUNCT = "，。？！、；：“”…—,.?!"


def noisy(text: str, rng: random.Random) -> str:
    for a, b, p in HOMOPHONES:
        if a in text:
            parts = text.split(a)
            text = parts[0] + "".join((b if rng.random() < p else a) + rest for rest in parts[1:])
    text = digits(text)
    mode = rng.random()
    if mode < 0.4:
        text = "".join(c for c in text if c not in PUNCT)
    elif mode < 0.7:
        text = re.sub(f"[{PUNCT}]+", " ", text).strip()
    conv = (S2T if rng.random() < 0.2 else S2TW).convert(text)
    out = []
    for a, b in zip(text, conv) if len(conv) == len(text) else zip(conv, conv):
        out.append(a if a != b and rng.random() < 0.1 else b)
    return "".join(out)


# ---------------------------------------------------------------- parsing and timing
def chars(text: str) -> int:
    return len(re.sub(r"[\s，。？！、；：“”…—,.?!（）()]", "", text))


def parse(blob: str) -> list[dict]:
    calls = []
    for block in re.split(r"\n(?=@ )", blob.strip()):
        lines = [ln for ln in block.strip().splitlines() if ln.strip()]
        head = [x.strip() for x in lines[0][1:].split("|")]
        key, direction, labels, flags, note = head
        turns = []
        for ln in lines[1:]:
            if ln.startswith("%"):
                turns.append((ln[1:].strip(), ""))
            else:
                tag, text = ln.split(" ", 1) if ln[1] != ":" else (ln[:2], ln[2:])
                tag = tag.rstrip(":")
                turns.append((tag, text.strip()))
        calls.append({"key": key, "direction": direction,
                      "labels": [] if labels == "-" else labels.split(),
                      "flags": set() if flags == "-" else set(flags.split()), "note": note, "turns": turns})
    return calls


def fill(text: str, ind: str, rot: random.Random) -> str:
    _, co, ag = INDUSTRIES[ind]
    ident = f"{rot.randint(1, 9)}{rot.randint(0, 9)}{rot.randint(0, 9)}{rot.randint(0, 9)}"
    text = text.replace("{G}", rot.choice(GREETINGS))
    text = text.replace("{T}", rot.choice(THANKS)).replace("{B}", rot.choice(BLESSINGS))
    return text.replace("{co}", co).replace("{ag}", ag).replace("{id}", ident)


def timed(call: dict, rng: random.Random) -> tuple[list[dict], float]:
    flags = call["flags"]
    draws = []
    for tag, text in call["turns"]:
        draws.append((rng.uniform(0.3, 0.9), rng.uniform(4.3, 5.0), rng.uniform(3.9, 4.9), rng.uniform(8.7, 9.1),
                      rng.uniform(1.58, 1.72), rng.uniform(1.6, 2.1), rng.uniform(0.12, 0.25), rng.uniform(0.9, 1.4),
                      rng.uniform(10.5, 11.8), rng.uniform(13.6, 15.6)))
    lead = rng.uniform(0.3, 0.8) if "late" not in flags else rng.uniform(3.0, 3.8)
    tail = rng.uniform(0.3, 0.9)
    gapscale, slow = 1.0, 1.0
    if "short" in flags:
        gapscale, slow = 0.55, 0.82
    for _ in range(40):
        segs, t, pending = [], lead, None
        if "badline" in flags:
            segs.append({"speaker": "customer", "start": round(rng.uniform(0.2, 0.5), 2), "text": "喂？"})
            segs[-1]["end"] = round(segs[-1]["start"] + 0.5, 2)
            t = segs[-1]["end"]
        for (tag, text), d in zip(call["turns"], draws):
            gap, ra, rc, rf, rs, ov, bc, cov, hold, sil = d
            if tag in ("hold", "gap"):
                pending = hold if tag == "hold" else sil
                continue
            speaker = "agent" if tag.startswith("A") else "customer"
            if speaker == "agent":
                rate = rf if "fast" in flags else rs if "slow" in flags else ra / slow
            else:
                rate = rc / slow
            dur = max(chars(text), 1) / rate
            if pending is not None:
                start = t + pending
                pending = None
            elif tag == "A>":
                start = segs[-1]["end"] - ov
            elif tag == "A~":
                start = segs[-1]["end"] - bc
            elif tag == "C>":
                start = segs[-1]["end"] - cov
            else:
                start = t + gap * gapscale
            end = start + dur
            segs.append({"speaker": speaker, "start": round(start, 2), "end": round(end, 2), "text": text})
            t = max(t, end)
        duration = round(t + tail, 2)
        if "short" in flags or duration >= 30.3:
            break
        gapscale = min(gapscale * 1.15, 3.2)
        slow = min(slow * 1.05, 1.32)
    segs.sort(key=lambda s: s["start"])
    return segs, duration


# ---------------------------------------------------------------- checks of the timing families
def agent_rates(segs: list[dict]) -> list[float]:
    return [chars(s["text"]) / (s["end"] - s["start"]) for s in segs
            if s["speaker"] == "agent" and chars(s["text"]) >= 6]


def timing_labels(segs: list[dict], duration: float, clean_last: str | None) -> tuple[set, list[str]]:
    got, problems = set(), []
    if duration < 20:
        got.add("short_call")
        if duration >= 18:
            problems.append(f"short call {duration} not under 18 s")
    elif duration < 30:
        problems.append(f"duration {duration} between 18 and 30 s")
    reach, prev_agent_text = 0.0, ""
    for s in segs:
        gap = s["start"] - reach
        if gap >= 10:
            if re.search(r"稍等|查一下|核实|转接|等一下|稍候", prev_agent_text):
                if gap > 12:
                    problems.append(f"announced hold {gap:.1f} s over 12 s")
            else:
                got.add("silence")
        elif gap > 4:
            problems.append(f"gap {gap:.1f} s")
        reach = max(reach, s["end"])
        if s["speaker"] == "agent":
            prev_agent_text = s["text"]
    overs = []
    for i, s in enumerate(segs):
        if s["speaker"] != "agent":
            continue
        for c in segs[:i]:
            if c["speaker"] == "customer" and c["start"] < s["start"] < c["end"]:
                overs.append(c["end"] - s["start"])
    if any(o >= 1.0 for o in overs):
        got.add("talk_over")
        if sum(o >= 1.0 for o in overs) != 2:
            problems.append("talk-over not twice")
    elif any(o > 0.3 for o in overs):
        problems.append(f"overlap {max(overs):.2f} s in a negative")
    rates = agent_rates(segs)
    if rates:
        mean = sum(rates) / len(rates)
        if mean >= 7.5 or mean <= 2.0:
            got.add("speech_rate")
        elif any(r < 3.0 or r > 6.3 for r in rates):
            problems.append(f"agent turn rate outside 3.0-6.3: {min(rates):.2f}-{max(rates):.2f}")
    if clean_last is not None:
        last = segs[-1]
        if last["speaker"] == "customer" and re.search(r"[？?]$", clean_last.strip()):
            got.add("hangup")
    return got, problems


# ---------------------------------------------------------------- build
def build() -> list[dict]:
    blocks = parse(CALLS_1 + "\n" + CALLS_2 + "\n" + CALLS_3)
    keys = [b["key"] for b in blocks]
    assert len(keys) == len(set(keys)), "duplicate keys"
    order_rng = random.Random(SEED)
    order_rng.shuffle(blocks)
    n_noisy = round(len(blocks) * 0.25)
    noisy_keys = set(order_rng.sample(sorted(keys), n_noisy))
    out, errors = [], []
    for n, b in enumerate(blocks, 1):
        ind = re.match(r"[a-z0-9]+?(?=\d+$)", b["key"]).group(0)
        industry, company, _ = INDUSTRIES[ind]
        seed = int(hashlib.sha256(f"{SEED}:{b['key']}".encode()).hexdigest()[:12], 16)
        rng = random.Random(seed)
        rot = random.Random(seed ^ 0x5A5A)
        b["turns"] = [(tag, fill(text, ind, rot)) for tag, text in b["turns"]]
        segs, duration = timed(b, rng)
        labels = sorted(set(b["labels"]), key=FAMILIES.index)
        for lab in labels:
            if lab not in FAMILIES:
                errors.append(f"{b['key']}: unknown label {lab}")
        hn = "hn" in b["flags"]
        if hn and labels:
            errors.append(f"{b['key']}: hard negative with labels")
        if not labels and not hn:
            errors.append(f"{b['key']}: no labels and not flagged hn")
        if "hangup" in labels and "closing" not in labels:
            errors.append(f"{b['key']}: hangup without closing")
        clean_last = segs[-1]["text"]
        got, problems = timing_labels(segs, duration, clean_last)
        want = {x for x in labels if x in TIMING}
        if got != want:
            errors.append(f"{b['key']}: timing labels computed {sorted(got)} != hand {sorted(want)}")
        errors.extend(f"{b['key']}: {p}" for p in problems)
        is_noisy = b["key"] in noisy_keys
        if is_noisy:
            nrng = random.Random(seed ^ 0xC0FFEE)
            for s in segs:
                s["text"] = noisy(s["text"], nrng)
            got2, problems2 = timing_labels(segs, duration, clean_last)
            if got2 != want:
                errors.append(f"{b['key']}: noisy timing labels {sorted(got2)} != hand {sorted(want)}")
            errors.extend(f"{b['key']} (noisy): {p}" for p in problems2)
        out.append({
            "call_id": f"R-{n:03d}",
            "labels": labels,
            "note": b["note"],
            "noise": is_noisy,
            "duration": duration,
            "metadata": {"writer": "R", "industry": industry, "company": company,
                         "direction": "outbound" if b["direction"] == "out" else "inbound",
                         "hard_negative": hn, "language": "zh", "sample_rate": 8000, "key": b["key"]},
            "segments": segs,
        })
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    return out


def main() -> None:
    calls = build()
    with OUT.open("w", encoding="utf-8") as f:
        for c in calls:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {fam: sum(fam in c["labels"] for c in calls) for fam in FAMILIES}
    print(f"{len(calls)} calls -> {OUT.name}")
    print(" ".join(f"{k} {v}" for k, v in counts.items()))
    print(f"hard negatives {sum(c['metadata']['hard_negative'] for c in calls)}, "
          f"no labels {sum(not c['labels'] for c in calls)}, noisy {sum(c['noise'] for c in calls)}, "
          f"outbound {sum(c['metadata']['direction'] == 'outbound' for c in calls)}, "
          f"multi-label {sum(len(c['labels']) >= 2 for c in calls)}")
    fast = sum(1 for c in calls if "speech_rate" in c["labels"]
               and sum(agent_rates(c["segments"])) / len(agent_rates(c["segments"])) > 5)
    print(f"speech_rate fast {fast}, drawl {counts['speech_rate'] - fast}")


if __name__ == "__main__":
    main()
