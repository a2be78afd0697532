"""Independent labelled call set T (eval/independent/tune_t.jsonl; first named heldout_t.jsonl, held out
until its blind figures were recorded, then renamed as round 20 of rule work began) — now a TUNING set.

Written by writer T on 2026-12-19 from DOMAIN.md, the seed articles in shared/seeds/,
eval/independent/README.md, the first 120 lines of build_s.py (label policy and data format), one
line of heldout_s.jsonl (format only) and the LabelledCall dataclass / load_labelled function of
eval/evaluate.py (format only).  No rule code, rulebook, tests, docs or other sets were read, and the
rule engine was never run on this file (only eval.evaluate.load_labelled, to check that it loads).
Run:
    .venv/bin/python eval/independent/build_t.py

Deterministic (SEED=20261219).  The dialogues are hand-written data in the CALLS_* strings below
(writer T's own; nothing copied from another writer).  random.Random is used only for segment timing,
the order of the calls, the choice of the noisy calls, the rotation among correct greeting / blessing
wordings ({G} / {B} / {T}) and the ASR-style noise; each call's generator is seeded from SEED and the
call's key.

Noise ("noise": true, 38 of 150 calls, chosen by the seeded generator): the clean text as Whisper
base plausibly hears 8 kHz phone audio — writer T's own homophone list (each occurrence swapped with
probability 0.5), Chinese numerals before a unit written as Arabic figures by value (一百八十元 -> 180元),
runs of three or more bare Chinese digits as digits, punctuation per segment dropped, turned into
spaces or kept, Traditional script (OpenCC s2tw; one segment in five s2t), about one converted
character in ten left simplified.  Labels are those of the clean speech.

Twenty industries none of writers A-S used (checked against the README): an errand-runner app
(跑腿), appliance deep-cleaning (家电清洗), a calligraphy school, white-water rafting, tandem
skydiving, data recovery, orthotic insoles (足部矫形), a security-guard company, construction-waste
removal (建筑垃圾清运), cold-storage rental (冷库), customs brokerage (报关), HR outsourcing / social
insurance agency (人事代理), a patent agency, a pet-food subscription, kids' smartwatch after-sales,
shoe repair and cleaning, a martial-arts school, a fencing club, office plant rental (绿植租摆) and an
enterprise e-mail service.  All company names are invented.

Data format (writer T's own): a section line "# industry | company | short name"; a call starts
"@ key | in|out | labels or - | flags or - | note"; then one turn a line: "A:" agent, "C:" customer;
"A!:" the agent cuts in 1.6-2.1 s before the customer's turn ends (talk-over); "A,:" the agent starts
0.12-0.25 s before it ends (backchannel, negative); "C!:" the customer cuts in 0.9-1.4 s before the
agent's turn ends (negative); ".. hold" an announced hold of 10.6-11.7 s (the agent's turn just before
announces it with 稍等); ".. gap" an unannounced gap of 13.7-15.5 s.  Flags: hn (hard negative, no
labels), fast / slow (agent speech rate), short (a call under 18 s), badline (the customer's 喂
0.2-0.5 s in on a bad line, answered at once by the full greeting), late (nobody speaks for 3.0-3.8 s
and the customer has to call out first).  {G} a correct inbound greeting, {B} a correct blessing with
goodbye, {T} thanks + blessing (all rotated), {co} the company, {ag} the agent's name, {id} a job number.

LABEL POLICY — writer S's policy (R's policy as printed in the first 120 lines of build_s.py, with
S's "S:" readings), adopted unchanged.  Labels describe what was SAID.
greeting: agent first, 您好 (早上好/下午好) + company + offer of help; outbound 您好 + company + who + why;
  positive for a 喂 opening, company or offer missing, or the customer having to speak first; a bad-line
  喂 answered at once is negative.  closing: a 祝福语 in the agent's final turn(s); thanks only, bare
  再见/就这样/拜拜, a brush-off or a dropped call is positive; every hangup is also closing.  forbidden:
  the agent's own 不知道/不清楚/不明白 refusal, 你这话什么意思, 那你想好了再打来吧 and variants, 喂 at the
  customer mid-call; not about the customer / a third party / reassurance / a polite 不知道您…吗; not
  the customer's words; not an insult-only call.  insult: the agent insults, mocks, attacks or sends the
  customer away; reported insults, the customer's insults and innocent words are negative; a brush-off
  that closes an insult is insult + closing, never forbidden.  filler: >= 6 tics over >= 3 agent turns.
  tariff: a fee comes up and the agent does not state both amount and moment.  name_ask: impolite ask,
  or a new order/booking with no polite ask.  apology: a company-side fault or a customer plainly
  unhappy in words (an insulted customer's protest included) and no apology.  shirking / overpromise /
  colleague / complaint as writers L-S (complaint: an explicit intent to complain or escalate).
R's and S's readings kept: a dialect insult is `insult`; a hangup on a customer who had complained of a
company-side fault adds `apology`; the agent's 不知道 inside an insult belongs to the insult; the
colleague who picks up after an announced transfer owes the closing; an outbound caller giving no
company is `greeting`; a short call otherwise complete carries `short_call` only; mocking age / looks /
schooling / job / means is `insult`; impatience turned personal is `insult`; an insult call carries
`apology` only when no apology follows the customer's protest; 不太清楚 / 不知道 about a third party
followed by what the agent will do is negative, a bare 不清楚 / 哪知道 about the company's own service is
`forbidden`; a fee waived is no tariff matter; explicit displeasure owes an apology, a bare pointed
question does not; 我不是要投诉 / 不用当投诉 carries no `complaint`, 我要投诉 / 12315 / 找领导 does.
Timing, recomputed from the generated segments and asserted against the hand labels: short_call < 20 s
(positives < 18 s, all others >= 30 s); silence an unannounced gap >= 10 s (announced holds <= 12 s
negative; other gaps <= 4 s); talk_over the agent starting >= 1.0 s before the customer's segment ends
(positives twice a call; negatives <= 0.3 s); speech_rate the agent's mean rate over turns of >= 6
characters (punctuation not counted) >= 7.5 or <= 2.0 chars/s (positives 8.5-9.1 / 1.55-1.75;
negatives keep every such turn within 3.0-6.3); hangup read from the clean transcript: it ends on the
customer's unanswered question (never a fee question), and is also closing.

T: readings writer T had to choose (none changes S's policy):
T: a customer who calls herself 电器白痴 / 手笨 or asks 我这是不是有病啊 about her own feet is no insult,
   and the agent's answer 这不是病 is innocent.
T: intelligence is mocked through the customer's schooling (没读过书吧) and inventions (小学生都能想出来),
   which T reads as `insult` like R's schooling "jokes"; 您这记性…拿个本子记吧 (memory) likewise.
T: 一个开网约车的学什么击剑 (contempt for the customer's job) and 您那小本生意租得起吗 (means) are `insult`.
T: Northeastern 你这人咋这么虎呢 (虎 = dim-witted) is a dialect insult: `insult`.
T: the agent's 喂！喂！你先别说了 cutting the customer short mid-call is the forbidden 喂 (not an insult).
T: 您先自己上网查一下，想好了要申请哪个再打电话来吧 is the 想好了再打来 variant: `forbidden`.
T: a promise that a product is waterproof 泡一整天都不会坏 / 掉进泳池底也绝对没问题 is exaggeration:
   `overpromise`; 我们包过…百分之百授权 about a patent office's decision is `overpromise` even with a
   refund offered.
T: 体验期…后面的事后面再说 about a subscription's next charge is the 免费期 gloss: `tariff`.
T: a transfer announced with 稍等 followed by the colleague's own full self-introduction is negative;
   the colleague closes the call.
T: a customer who calls another shop 骗子 and is met with sympathy (听您这么说真挺糟心的) owes no apology:
   the fault is not this company's.
T: 这个我不清楚 as a whole turn about the company's own SIM card is `forbidden` even though a later turn
   offers a check (the same-turn rule for 不太清楚 is not met).
Measured on this file: short_call positives 9.0-10.1 s, all others >= 30.6 s; unannounced gaps
13.8-15.4 s; announced holds 10.7-11.6 s; other gaps <= 3.6 s; talk-over 1.65-2.04 s (twice a call); the
one backchannel 0.16 s; speech_rate positives mean 8.73-8.87 / 1.61-1.67 chars/s; every agent turn of a
negative within 3.2-5.6 chars/s.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

import opencc

SEED = 20261219
OUT = Path(__file__).resolve().parent / "tune_t.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask",
            "apology", "shirking", "overpromise", "colleague", "complaint",
            "silence", "talk_over", "speech_rate", "short_call", "hangup")
TIMING = ("silence", "talk_over", "speech_rate", "short_call", "hangup")
N_NOISY = 38

OFFERS = ["请问有什么可以帮您？", "请问有什么能为您效劳的？", "请问您有什么需要？",
          "请问有什么我可以帮上忙的？", "请问您想了解些什么？", "我能为您做点什么？",
          "请问有什么需要我协助的吗？", "您请讲，有什么能帮到您的？", "请问您今天想咨询什么？"]
GREETINGS = ["您好，{co}，我是{ag}，{offer}",
             "您好，这里是{co}，工号{id}，{offer}",
             "{co}您好，{ag}为您服务，{offer}",
             "您好，欢迎致电{co}，{offer}",
             "您好，{co}客服中心，我是{ag}，{offer}",
             "早上好，{co}，{offer}",
             "下午好，{co}，我是{ag}，{offer}",
             "您好，{co}，很高兴为您服务，{offer}"]
BLESS = ["祝您生活愉快，再见。", "祝您一切顺利，再见。", "祝您身体健康，再见！", "祝您工作顺心，再见。",
         "祝您万事如意，再见。", "祝您天天开心，再见。", "祝您心情愉快，再见。", "祝您阖家幸福，再见。",
         "祝您顺顺利利，再见。"]
THANKS = ["感谢您的来电，", "感谢您的耐心，", "感谢您的支持，", "感谢您的配合，", "感谢您的理解，",
          "谢谢您的信任，", "感谢您对我们的支持，"]
AGENTS = ["小周", "小杨", "小韩", "小夏", "小白", "小苏", "小陆", "小江", "小方", "小袁", "小常", "小温"]
CN_DIG = "零一二三四五六七八九"

CALLS_1 = r"""
# errand-runner app | 快脚跑腿 | 快脚
@ run1 | in | insult,apology | - | 您这耳朵是摆设吧 (hearing); no apology after the protest
A: {G}
C: 我下午叫了个跑腿帮我取文件，订单显示已完成，可我压根没收到啊。
A: 您先别急，请问订单尾号多少？
C: 尾号是四七二六。
A: 好的，我看一下。显示骑手放在您小区东门的快递架上了。
C: 什么？我备注写的是送到十二楼，怎么能放快递架？
A: 我都跟您说了放东门快递架，您这耳朵是摆设吧？
C: 你这是什么态度？我问一句都不行？
A: 备注的事我帮您反馈给骑手站点，您先去东门拿一下，文件应该还在。{B}
@ run2 | in | - | hn | rider's 你是不是脑子不好使 reported and read back; 不是要投诉
A: {G}
C: 我想反馈个事，不是要投诉啊。今天给我送药的那个骑手，我就问他能不能送上楼，他说“你是不是脑子不好使，电梯都不会坐”。
A: 非常抱歉让您听到这样的话。我跟您确认一下，骑手说的是“你是不是脑子不好使，电梯都不会坐”，对吗？
C: 对，就这句。我就是希望你们管管。
A: 好的，这个情况我已经记录下来，会转给站点负责人对骑手进行处理，处理结果三个工作日内短信告诉您。
C: 行，那就这样吧。
A: 感谢您的反馈，{B}
@ run3 | in | tariff | - | 加急费不多的，一点点，下单的时候系统会算
A: {G}
C: 我想叫个跑腿，从城西送一盒蛋糕到城东，大概十五公里，能加急吗？
A: 可以的，您在下单页面勾选加急就行。
C: 加急要另外收钱吗？收多少？
A: 加急费不多的，一点点，具体下单的时候系统会算，您放心。
C: 哦，那好吧，我先下单看看。
A: 好的，请问您怎么称呼？我帮您备注一下蛋糕要平放。
C: 我姓钟。
A: 钟女士，已经帮您备注好了。{B}
@ run4 | in | shirking,apology | - | spilt soup pushed to the merchant, no apology
A: {G}
C: 你们骑手送来的汤全洒了，袋子里全是汤，这还怎么吃？
A: 汤是商家打包的，包装没封好那是商家的问题，您去找商家退吧，我们这边管不了。
C: 可是你们骑手送的时候肯定倾斜了啊，我都看见他把袋子挂在车把上。
A: 我们只负责跑腿，出了问题您跟商家协商，商家同意退款您再在平台点申请。
C: 那我自己去找吧。
A: 好，{B}
@ run5 | out | - | hn | outbound follow-up with company, name and purpose; coupon free
A: 您好，我是快脚跑腿的客服小唐，今天给您打电话是想回访一下您昨天取钥匙那单，请问现在方便说两句吗？
C: 方便，你说。
A: 请问骑手送达得及时吗？钥匙交接有没有问题？
C: 挺快的，二十分钟就到了，没啥问题。
A: 那太好了。我们这个月给老用户发了一张五元的无门槛券，已经放在您账户里，下单时自动抵扣，有效期到月底，不用另外付钱。
C: 好的，谢谢啊。
A: 不客气，感谢您的支持，祝您生活愉快，再见。
@ run6 | in | short_call | short | where is the rider
A: 您好，快脚跑腿，请问有什么可以帮您？
C: 我那单骑手到哪了？
A: 已经到您楼下了，马上上楼，祝您生活愉快。
C: 好，谢谢。
@ run7 | in | talk_over | - | cuts in twice on a queueing request
A: {G}
C: 我想问问你们能不能帮忙排队，就是医院挂号那种，我妈明天要去看眼科，我实在走不开。
A!: 可以的，我们有代排队服务。
C: 那大概要排多久都能帮忙吗？还有就是排到了怎么通知我，我这边上班不方便一直看手机，最好能打电话。
A!: 排到了骑手会直接给您打电话。
C: 好的，那我现在下单吧，要怎么操作？
A: 您在首页选代排队，填上医院和科室就行，费用是每小时三十元，排到号后按实际时长结算。请问您怎么称呼？
C: 我姓温。
A: 温先生，有问题随时联系我们，祝您母亲早日康复，再见。
@ run8 | in | - | hn | 您不知道具体门牌号也不影响 (reassurance); customer's 耳朵不太好 about grandma; announced hold
A: {G}
C: 我要寄个东西给我外婆，但我不知道她那个小区具体几栋几号。
A: 没关系，您不知道具体门牌号也不影响下单，填到小区门口，骑手到了会给收件人打电话确认。
C: 那收件人电话我填我外婆的行吗？她耳朵不太好。
A: 可以的，您也可以把自己的电话填成备用联系人。请您稍等，我帮您查一下那个小区骑手能不能进。
.. hold
A: 感谢您耐心等待，这个小区跑腿骑手能进，可以送到楼下，跑腿费按起步价十二元，下单时付。
C: 好嘞，那我下单了。
A: 好的，感谢您的配合，祝您和外婆身体健康，再见。
@ run9 | in | greeting,filler | late | the customer calls out first; 那个/就是/啊 tics
C: 喂？喂？有人吗？
A: 在的在的，啊，那个，您说。
C: 我刚下单让你们帮我买药，药店说那个药要处方，怎么办？
A: 啊，这个，就是，您把处方拍照发给骑手就行。
C: 我没有纸质处方，手机上有电子的行不行？
A: 嗯，那个，电子的也可以，然后，您截图发过去。
C: 好，我试试。
A: 好的，那个，感谢您的来电，祝您早日康复，再见。

# appliance deep-cleaning | 净邦家电清洗 | 净邦
@ clean1 | in | - | hn | the customer calls herself 电器白痴 (self-description); 您不懂也没关系; fee with amount and moment
A: {G}
C: 我这人就是个电器白痴，啥也不懂，你们来洗空调，我要提前准备啥吗？
A: 您不用准备什么，不懂也没关系，师傅会带好工具和防水罩，您把空调下面的东西挪开一点就行。
C: 那洗一台挂机多少钱？
A: 挂机深度清洗一台八十元，洗完您开机试过满意了再付款。
C: 好，那帮我约一下周日上午吧，地址是桂花苑三栋。
A: 好的，请问您怎么称呼？
C: 我姓聂。
A: 聂女士，周日上午十点师傅上门，{T}
@ clean2 | in | tariff | - | 价格到时候师傅跟您说，不会太贵
A: {G}
C: 我家三台挂机想清洗一下，怎么收费的？
A: 您放心，我们师傅到了先给您看看脏到什么程度，价格到时候师傅跟您说，不会太贵。
C: 大概多少你总得给个数吧？
A: 这个真不好说，看情况的，反正很划算。请问您怎么称呼？
C: 我姓林。
A: 林女士，请问您的地址是？
C: 滨江路三十八号二单元五零二。
A: 好的，明天上午九点到十一点师傅上门，{B}
@ clean3 | in | overpromise | - | 保证洗完跟刚买回来一模一样…百分之百
A: {G}
C: 我家油烟机用了八年了，油垢很厚，你们洗完能跟新的一样吗？
A: 能！我保证洗完跟刚买回来一模一样，一点油都看不见，百分之百。
C: 这么厉害？那多少钱？
A: 油烟机深度清洗一台一百八十元，师傅洗完验收了再付款。请问您贵姓？
C: 免贵姓赵。
A: 赵先生，您的地址和方便的时间是？
C: 锦绣花园七栋，后天下午。
A: 好的，后天下午两点到四点师傅上门。感谢您的来电，祝您生活愉快，再见。
@ clean4 | in | - | hn | customer's 死角; 没办法跟您保证一次就能完全去掉 (hedge); fee with amount and moment
A: {G}
C: 我家冰箱有股怪味，清洗能去掉吗？会不会洗不干净留下死角？
A: 我们会把隔板、抽屉都拆下来洗，密封条的缝隙也会用专用刷子清理。不过异味有时候来自压缩机或者排水管，我没办法跟您保证一次就能完全去掉，师傅到了会先帮您检查原因。
C: 行，那清洗多少钱？
A: 双门冰箱清洗一百二十元，对开门的一百六十元，洗完您检查满意了再付。
C: 我家是对开门的，那帮我约一下吧。
A: 好的，请问您怎么称呼？
C: 我姓彭，地址是东湖小区三栋。
A: 彭女士，周六上午十点师傅上门，{T}
@ clean5 | in | filler | - | 啊/那个/就是/嗯/这个/然后 over four turns
A: 您好，净邦家电清洗，请问有什么可以帮您？
C: 我想问一下洗衣机清洗是怎么弄的？
A: 啊，那个，洗衣机的话呢，就是，要把那个内筒拆下来洗。
C: 拆内筒？会不会弄坏啊？
A: 嗯，这个，不会的，就是，师傅都是那个专业的，然后拆完会装回去。
C: 多少钱？
A: 啊，波轮的一百元，滚筒的一百五十元，然后洗完付款就行。
C: 那我再想想吧。
A: 好的，感谢您的来电，{B}
@ clean6 | in | silence | - | a no-show already apologised for; 14 s of nothing while looking up
A: {G}
C: 我上周约了空调清洗，师傅没来，也没人通知我。
A: 真不好意思，给您添麻烦了。您的手机号是多少？
C: 一三九零五七一二二六八。
.. gap
A: 查到了，是师傅那天临时生病请假，站点漏了通知您，实在抱歉。我给您重新约明天上午可以吗？
C: 明天上午可以，别再放我鸽子了。
A: 明天上午九点前师傅会先给您打电话，这次的清洗费给您减三十元，原价一百元，实付七十元，洗完再付。{T}
@ clean7 | out | - | hn | outbound reminder with company, name and purpose; fee and moment
A: 您好，我是净邦家电清洗的客服小宋，跟您确认一下明天上午的空调清洗预约，请问您是钱女士吧？
C: 对，是我。
A: 师傅明天上午九点半左右到，清洗两台挂机，一共一百六十元，洗完您验收了再付款。到时候麻烦家里留个人。
C: 好的，我在家。师傅要我准备什么吗？
A: 空调下面腾出点空间就行，其他工具师傅都会带。
C: 行，知道了。
A: 感谢您的配合，祝您生活愉快，再见。
@ clean8 | in | greeting,name_ask | - | 您好，请讲 (no company, no offer); 你叫啥 for a booking
A: 您好，请讲。
C: 是净邦吗？我想约个热水器清洗。
A: 是的，热水器清洗一台九十元，洗完付款。你叫啥？地址在哪？
C: 我叫丁伟，住在和平里四号楼。
A: 行，明天下午三点师傅过去，{B}
C: 好的，谢谢。

# calligraphy school | 墨池书法 | 墨池
@ cal1 | in | insult,apology | - | sarcasm 您家孩子可真是书法天才; protest never apologised for
A: {G}
C: 我孩子在你们这学了半年楷书了，字还是歪歪扭扭的，你们老师到底怎么教的？
A: 哟，您家孩子可真是书法天才，半年就想写成颜真卿？回家连笔都不练，还好意思怪老师。
C: 你这么说话就太难听了吧！
A: 我说的是实话。孩子下周一的课照常上，{B}
@ cal2 | in | - | hn | the customer's 手特别笨 / 跟狗爬似的 about herself; 呆板 of beginners' strokes
A: {G}
C: 我想给自己报个成人班，不过我手特别笨，写字跟狗爬似的，跟得上吗？
A: 完全跟得上的，成人班都是从握笔姿势教起。很多学员刚来时写得也比较呆板，练三个月就有明显变化。
C: 那学费怎么算？
A: 成人班一期十二节课，一千二百元，报名时一次交清，笔墨纸我们免费提供。
C: 好的，我周末过去报名。
A: 请问您怎么称呼？我先帮您登记一下。
C: 我姓邹。
A: 邹先生，周六上午我们等您，祝您学习愉快，再见。
@ cal3 | in | colleague | - | 他就是个半路出家的，自己字都写不利索
A: {G}
C: 我想换个老师，现在周三晚上那个刘老师讲得太快了。
A: 刘老师啊，他就是个半路出家的，自己字都写不利索，也就忽悠忽悠小孩。我给您换到陈老师班上吧。
C: 啊？那陈老师周几上课？
A: 陈老师是周四晚上七点，教室在三楼。
C: 行，那就换吧。
A: 好的，已经帮您调整好了，{T}
@ cal4 | in | greeting | - | 喂，墨池。
A: 喂，墨池。
C: 喂，你好，是墨池书法吗？我想问一下暑假班什么时候开。
A: 是的，暑假班七月八号开课，每周二四六上午。
C: 学费多少？
A: 暑假班二十节课，一千六百元，报名的时候交。
C: 好，我考虑一下。
A: 好的，感谢您的来电，祝您暑假愉快，再见。
@ cal5 | in | name_ask,speech_rate | slow | 你叫什么？孩子叫什么？ for a trial booking; drawl
A: {G}
C: 我想给我女儿报个软笔体验课。
A: 行，你叫什么？孩子叫什么？
C: 我叫高敏，孩子叫高乐乐。
A: 体验课这周六下午三点，免费，带上孩子就行。
C: 好的，谢谢。
A: 不客气，{B}
@ cal6 | in | - | hn | the customer's 不清楚 and 喂？喂？ on a bad line; 您不清楚也没关系
A: {G}
C: 我儿子在你们这上课，他说要买什么毛毡，我也不清楚是啥。
A: 毛毡是写字时垫在宣纸下面的一块毯子，防止墨渗到桌子上。您不清楚也没关系，我们前台有卖，也可以网上买。
C: 喂？喂？刚才信号不好，你说前台有卖是吧？
A: 是的，前台有卖，一块二十五元，上课前在前台付款就可以拿。
C: 好，那我让他周六去拿。
A: 好的，感谢您的支持，祝孩子书法进步，再见。
@ cal7 | in | hangup,closing | - | the agent leaves on the customer's question about documents
A: {G}
C: 你好，我孩子在你们那学书法，上个月刚交了一期学费。
A: 请问孩子叫什么名字？
C: 叫孙一鸣，周六上午班的。后来他摔伤了右手，打了石膏，一直没法去上课，这个学费能退吗？
A: 这个要看情况。
C: 我有医院开的证明，那退课需要准备什么材料呢？
@ cal8 | in | - | hn | 您不知道孩子适合软笔还是硬笔也没关系 (reassurance); polite 不知道您…吗
A: {G}
C: 我想让孩子学书法，但我不知道他适合软笔还是硬笔。
A: 您不知道也没关系，我们有免费的试听课，老师会根据孩子的年龄和握笔情况给建议。不知道您家孩子今年几岁了？
C: 八岁，上二年级。
A: 八岁两种都可以学，一般我们建议先学硬笔。硬笔班一期十次课八百元，第一次上课前交清，教材免费发。请问您怎么称呼？我帮您约试听。
C: 我姓韦，周日下午可以吗？
A: 可以的，韦女士，周日下午两点试听，祝孩子学习进步，再见。

# white-water rafting | 青溪漂流 | 青溪
@ raft1 | in | overpromise | - | 我跟您打包票…百分之百不会有人受伤
A: {G}
C: 我们公司想组织三十个人去漂流，你们那安全吗？
A: 绝对安全，我跟您打包票，我们漂流从来没出过事，以后也不可能出事，百分之百不会有人受伤。
C: 那水大不大？好玩吗？
A: 最近雨水刚好，水量正合适。团体三十人以上每人一百二十元，含头盔救生衣，到了景区售票处统一付款。请问您怎么称呼？
C: 我姓黎，是公司行政。
A: 黎女士，您定好日期直接打这个电话预约就行，{B}
@ raft2 | in | - | hn | the customer's 摔死 / 吓死我了; 我不能跟您保证一定不落水 (hedge)
A: {G}
C: 我有点怕水，漂流会不会掉下去摔死啊？光想想就吓死我了。
A: 您别担心，全程都要穿救生衣戴头盔，险滩边上也有救生员。不过漂流本身会有颠簸和落水的可能，我不能跟您保证一定不落水，但落水了救生衣会让您浮起来，救生员也会第一时间过去。
C: 那还好。门票多少钱？
A: 成人票一百五十八元，网上提前一天买是一百三十八元，入园时验票。
C: 行，我回头网上买。
A: 好的，感谢您的来电，祝您玩得开心，注意安全，再见。
@ raft3 | in | apology,closing | - | phone gone from a locker, 太闹心了; no apology; ends 就这样
A: {G}
C: 我昨天在你们那漂流，手机放在储物柜里，出来就找不到了，柜子门是开着的！
A: 储物柜门开着可能是您自己没关好。
C: 我明明关好了，还扫码锁了的，你们这柜子是不是有问题？我手机里好多东西，太闹心了！
A: 您把储物柜号码和时间告诉我，我让安保调一下监控。
C: 二十三号柜，下午两点左右。
A: 好，今天下午五点前安保查完给您回电话，就这样。
@ raft4 | in | complaint,apology,talk_over | - | 我要投诉…找文旅局; cut in twice; no apology
A: {G}
C: 我上周末带孩子去漂流，你们那个救生员全程在玩手机，我孩子船翻了他都没看见，是旁边游客拉起来的！
A!: 救生员那么多，您能确定是哪个吗？
C: 我拍了照片的！我要投诉，你们必须给我个说法，不然我就去找文旅局，让他们来查查你们！
A!: 您把照片发到我们公众号后台。
C: 然后呢？
A: 我们核实后三天内联系您。{B}
@ raft5 | in | short_call | short | open today?
A: 早上好，青溪漂流，请问有什么可以帮您？
C: 今天开放吗？
A: 今天正常开放，八点半开园，祝您玩得开心。
C: 好的谢谢。
@ raft6 | out | greeting | - | outbound with no company even when asked
A: 喂，您好，是上周在网上留了电话的吴先生吧？我们这有个漂流团购活动想跟您说一下。
C: 你们是哪家啊？
A: 就是做漂流的，我们现在两人同行一人半价，一百五十八元的票第二人七十九元，周末用也行，买票时直接减。
C: 哦，暂时不需要，谢谢。
A: 好的，打扰您了，祝您生活愉快，再见。
@ raft7 | in | - | hn | the customer's 不知道你们这怎么规定; 万一翻了 answered plainly
A: {G}
C: 我想问下带四岁的小孩能漂吗？我看别的景区说要一米二以上，我家孩子才一米零五左右，不知道你们这怎么规定。
A: 我们的亲子线路一米以上就可以，跟家长同船。
C: 他也不会游泳，万一翻了怎么办？
A: 亲子线路水流很缓，孩子要穿儿童救生衣，船上有扶手，每段都有救生员看着。
C: 好，那儿童票多少钱？
A: 一米到一米四是儿童票，七十九元，入园时买。{B}

# tandem skydiving | 云端跳伞 | 云端
@ sky1 | in | insult | - | age: 六十多了还跳伞…吓得腿软; apology right after the protest
A: {G}
C: 我今年六十三了，身体挺好的，想体验一下双人跳伞，能报名吗？
A: 六十多了还跳伞？您就别折腾了，到时候吓得腿软，还得我们教练把您抬下飞机。
C: 你这话什么意思？看不起老年人啊？
A: 对不起，是我说话太随便了，向您道歉。我们的规定是六十五岁以下都可以，您带一份近三个月的体检报告就行。
C: 那还差不多。
A: {T}
@ sky2 | in | tariff,speech_rate | fast | video fee 那个不贵，到了基地再说; fast
A: {G}
C: 双人跳伞多少钱？我看你们网上写的是三千八，有没有别的费用？
A: 基础就是三千八，另外跳伞视频和照片是单独收的，那个不贵，到了基地再说。
C: 不贵是多少啊？
A: 不同套餐不一样，到时候教练会跟您介绍。请问您怎么称呼？
C: 我姓沈。
A: 沈先生，您要预约的话下单时填好日期就行，{B}
@ sky3 | in | - | hn | announced hold; 气象站…我这边也不清楚会不会变 then what the company will do
A: {G}
C: 我约了这周六跳伞，天气预报说可能有大风，到时候还能跳吗？
A: 请您稍等，我帮您查一下周六的安排。
.. hold
A: 感谢您耐心等待。周六能不能起飞要看当天早上的风速，气象站的预报我这边也不清楚会不会变，我们会在周六早上七点前短信通知您；不能跳的话可以免费改期或者全额退款。
C: 那好，我等通知。
A: 好的，{T}
@ sky4 | in | shirking,apology | - | video never sent, 太不像话了; pushed to the photographer
A: {G}
C: 我上个月跳伞花了六百买的视频，到现在都没发给我，太不像话了！
A: 视频是外包的摄影团队拍的，您直接去找摄影师要吧，我们这边不管这块。
C: 我是在你们这交的钱啊，怎么叫我自己去找？
A: 您加一下摄影师的微信，我把号码发您。{B}
@ sky5 | in | speech_rate | slow | drawl throughout
A: 您好，云端跳伞，请问有什么可以帮您？
C: 你好，我想预约下个月的跳伞，需要提前多久？
A: 一般提前一周预约就可以。
C: 体重有限制吗？
A: 体重要在一百公斤以内。
C: 好的，那我先预约下个月十号吧。
A: 好的，请问您贵姓？
C: 姓纪。
A: 纪先生，十号上午给您安排上了，费用三千八百元，到基地签到时付，{B}
@ sky6 | in | colleague,talk_over | - | 他那个人毛手毛脚的…马大哈; cuts in twice
A: {G}
C: 我上次跳伞是王教练带的，他人挺好的，一路上一直在跟我聊天，让我没那么紧张，这次还想找他，可以吗？
A!: 王教练啊，建议您换一个，他那个人毛手毛脚的，背带都扣不利索，我们私下都叫他马大哈。
C: 啊，是吗？我觉得他挺专业的呀，那你们还有别的教练推荐吗？我朋友这次也想一起去，最好能安排在同一天。
A!: 给您安排李教练吧，老手。
C: 那就李教练吧。
A: 好的，请问您怎么称呼？这次约哪天？
C: 我姓蒋，下周日。
A: 蒋先生，下周日上午给您安排李教练，费用还是三千八百元，到基地付。{T}
@ sky7 | out | - | hn | outbound confirmation; the customer's 吓死了; cancellation fee stated
A: 您好，我是云端跳伞基地的客服小叶，打电话跟您确认一下明天上午的跳伞预约，请问是欧阳女士吗？
C: 是我。哎呀，一想到明天要跳我就紧张，吓死了。
A: 很正常，大部分人第一次都会紧张。明天上午八点到基地签到，穿运动鞋，别吃太饱。
C: 那要是我到了又不敢跳了呢？
A: 起飞前您随时可以决定不跳，费用会退还，只扣除一百元的地面培训费，退款时直接扣。
C: 好的，明白了。
A: 感谢您的配合，祝您明天玩得开心，再见。
"""

CALLS_2 = r"""
# data recovery | 拾忆数据恢复 | 拾忆
@ data1 | in | insult,apology | - | sanity: 您是不是有点毛病啊; no apology after 你凶什么
A: {G}
C: 我的移动硬盘掉地上了，现在插电脑上没反应，里面有我孩子从小到大的照片，能救回来吗？
A: 摔了的硬盘你还拿去反复插？您是不是有点毛病啊，越插越坏知不知道。
C: 我哪知道会越插越坏？你凶什么？
A: 拿过来检测吧，检测免费，能恢复的话五百元起，恢复出来您确认了才收费。{B}
@ data2 | in | - | hn | 死机 of a laptop; 我不能保证百分之百恢复 (hedge); fees with amount and moment
A: {G}
C: 我的笔记本一开机就死机，蓝屏，里面有论文，你们能恢复吗？
A: 死机一般是系统或者硬盘出了问题，数据大多能救回来，不过要看硬盘的情况，我不能保证百分之百恢复。您可以先送过来免费检测。
C: 恢复要多少钱？
A: 如果只是系统问题，导出数据三百元；硬盘有坏道的话八百元，检测完先报价，您同意了再恢复，恢复成功后付款。
C: 好的，我明天送过去，需要预约吗？
A: 需要的，请问您怎么称呼？
C: 我姓罗。
A: 罗同学，明天上午十点前台等您，祝您论文顺利，再见。
@ data3 | in | overpromise,talk_over | - | 保证给您一条不落全恢复出来; cuts in twice
A: {G}
C: 我手机前两天不小心恢复了出厂设置，微信里面有好多客户的聊天记录，还有一些合同的照片，这些还能恢复吗？
A!: 能，您放心，我们技术是全市最好的。
C: 可是我听说恢复出厂以后数据就被覆盖了，网上好多人说根本找不回来，你们真的有办法吗？我这些记录很重要。
A!: 不管格式化多少次，保证给您一条不落全恢复出来。
C: 真的吗？那多少钱？
A: 手机微信记录恢复六百元，恢复出来您看过了再付款。请问您贵姓？
C: 姓曹。
A: 曹女士，您把手机送到门店就行，{B}
@ data4 | in | forbidden | - | 这个我不知道 about the company's own repair; apology follows
A: {G}
C: 我上周送修的U盘，说好三天出结果的，怎么还没消息？
A: 这个我不知道。
C: 你是客服你都不知道？那我该问谁？
A: 不好意思，您的单号是多少？我这边催一下技术部。
C: 单号是二三零九一五。
A: 好的，已经催了，今天下班前技术部会给您打电话。{T}
@ data5 | in | complaint | - | 我要投诉你们 with an apology and a remedy
A: {G}
C: 我交了八百块恢复硬盘，结果你们恢复出来的照片一半都打不开，我要投诉你们！
A: 非常抱歉给您带来这么大的麻烦。照片打不开可能是恢复时文件碎片不完整，我先帮您登记投诉，同时安排技术员免费再做一次深度扫描。
C: 再扫不出来怎么办？
A: 如果二次扫描还打不开，打不开的那部分我们按比例退款，三个工作日内退回原支付账户。
C: 行吧。
A: 再次向您道歉，感谢您的理解，祝您生活顺利，再见。
@ data6 | in | - | hn | 还不太清楚 followed by a remote check and a time
A: {G}
C: 我不小心把文件删了，回收站也清空了，还能找回来吗？
A: 清空回收站的文件大部分能恢复，前提是删除之后没有再往电脑里存大量东西。您删除以后还用过电脑吗？
C: 用了一下午，下了几个电影。
A: 覆盖了多少我现在还不太清楚，我先帮您约一个远程检测，技术员今天下午四点前会联系您，检测不收费。
C: 好，谢谢你。
A: 不客气，{T}
@ data7 | in | hangup,closing,apology | - | broken return drive, 你们怎么做事的; the agent leaves on the question
A: {G}
C: 你们给我恢复的数据拷在新硬盘上寄过来，结果硬盘是坏的，根本读不出来，你们怎么做事的？
A: 硬盘寄出之前都检测过的。
C: 检测过怎么会读不出来？那你们到底给不给我换一个？
@ data8 | in | forbidden,closing | - | 这我哪知道 about the company's own report; ends 行，就这样
A: {G}
C: 你们检测报告上写着磁头损坏，这个是什么意思？是摔的还是用久了？
A: 这我哪知道，报告上怎么写就是怎么回事。
C: 那修好以后还能用吗？
A: 数据导出来以后硬盘建议不要再用了，导出费八百元，导完付款。
C: 那好吧，你们导吧。
A: 行，就这样。

# orthotic insoles | 足安矫形 | 足安
@ foot1 | in | - | hn | the customer's 我这是不是有病啊 about her own feet; 这不是病 (innocent)
A: {G}
C: 我走路久了脚底就疼，朋友说我是扁平足，我这是不是有病啊？
A: 您别紧张，扁平足很常见，这不是病，是一种足型。我们可以先给您做一个足底压力测试，看看需不需要矫形鞋垫。
C: 测试要多少钱？
A: 足底压力测试九十元，测完当场付；如果需要定做鞋垫，四百五十元，取鞋垫时付。
C: 好，那我约个测试。
A: 请问您怎么称呼？
C: 我姓曲。
A: 曲女士，周三下午两点给您约好了，{T}
@ foot2 | in | name_ask | - | booking with only a phone number
A: {G}
C: 我想给孩子做个足部评估，他走路有点内八。
A: 可以，周六上午有空位，评估费一百元，当天到店付。孩子几岁了？
C: 七岁。
A: 好的，给您约周六上午十点，您留个手机号。
C: 一三八零零一二三四五六。
A: 好的，已经约上了，{B}
@ foot3 | in | - | hn | polite 不知道阿姨方便到店吗; home visit and insoles priced with moment
A: {G}
C: 我妈膝盖不好，医生建议做矫形鞋垫，不知道你们能不能做？
A: 可以做的，不知道阿姨方便到店吗？我们需要给她做一次足底压力测试，大概二十分钟。
C: 她腿脚不太方便，能上门吗？
A: 可以上门测，上门费八十元，测完当场付；鞋垫定做是四百五十元，取鞋垫的时候付。请问您怎么称呼？
C: 我姓苗。
A: 苗女士，我给您约周四下午三点上门，{B}
@ foot4 | in | forbidden | - | 你这话什么意思 at the customer, then an apology
A: {G}
C: 鞋垫做好一个星期了，我还是觉得你们做的跟网上几十块的没啥区别。
A: 你这话什么意思？我们是按您脚型一比一做的，网上那些能比吗？
C: 我就是说说感受，你急什么？
A: 不好意思，刚才我语气急了。您要是穿着不舒服可以来复查，复查免费，有问题我们免费调整。
C: 好吧，我周末过去。
A: 好的，{T}
@ foot5 | in | speech_rate | slow | drawl throughout
A: 您好，足安矫形，请问有什么可以帮您？
C: 你好，我想问一下你们周日开门吗？
A: 周日正常营业，早上九点到晚上六点。
C: 我想带我爸去测一下足弓，要排队吗？
A: 建议提前预约，请问您怎么称呼？
C: 我姓鲁。
A: 鲁先生，周日上午十点给您和父亲预约好了，足弓测试免费。{B}
@ foot6 | in | shirking,silence | - | pushed to the shoe maker (apology given); 14 s of nothing
A: {G}
C: 我买你们的矫形鞋，穿了一个月鞋底就开胶了。
A: 非常抱歉。请问是哪一款？
C: 就是那个灰色的健步款，四十码。
.. gap
A: 这款是我们从厂家进的货，质量问题您直接打厂家的售后电话吧，我们这边处理不了。
C: 我是在你们店里买的，怎么让我去找厂家？
A: 厂家那边处理比较快，我把电话发到您手机上。{B}
@ foot7 | in | - | hn | the customer calls another shop 骗子; sympathy, no fault of this company
A: {G}
C: 我之前在别的店做了个鞋垫，那家店就是骗子，收了我八百块，穿着跟石头一样。
A: 听您这么说真挺糟心的。我们可以先给您做一次免费的足底评估，看看问题出在哪里，再决定要不要重新做。
C: 那你们做一副多少钱？
A: 定制矫形鞋垫四百五十元，取货时付款，三个月内不合脚免费调整。
C: 好，那我约一下。
A: 请问您怎么称呼？
C: 我姓祁。
A: 祁女士，给您约明天下午两点，{T}
@ foot8 | in | short_call | short | opening hours
A: 您好，足安矫形，请问有什么可以帮您？
C: 你们今天营业到几点？
A: 晚上六点，祝您生活愉快。
C: 好的，谢谢。

# security-guard company | 铁卫保安 | 铁卫
@ sec1 | in | insult,apology | - | impatience turned personal: 磨磨唧唧的，跟个树懒似的
A: {G}
C: 我们是个小超市，想请一个晚上值班的保安，就是……那个……我想先问问……
A: 您能不能利索点？磨磨唧唧的，跟个树懒似的，到底要几个人？
C: 你催什么催？我这不是在想嘛！
A: 一个夜班保安每月五千五百元，签合同时付第一个月。{B}
@ sec2 | in | - | hn | transfer announced with 稍等; the colleague introduces herself and closes
A: {G}
C: 我们小区想换一家保安服务，想找你们谈一下合作。
A: 好的，小区项目是我们商务部负责的，我帮您转接商务部的同事，请您稍等。
.. hold
A: 您好，我是铁卫保安商务部的小程，刚才同事说您小区想了解保安服务，请问小区大概多大，有几个出入口？
C: 一千二百户，三个门。
A: 好的，我们需要先派人上门勘察，勘察是免费的，之后出方案和报价。请问您怎么称呼？
C: 我姓杭，是业委会的。
A: 杭主任，明天下午三点我们过去勘察，感谢您的信任，祝您工作顺利，再见。
@ sec3 | in | overpromise | - | 保证您厂里一颗螺丝都不会再丢
A: {G}
C: 我们工厂最近老丢东西，你们派保安来能解决吗？
A: 没问题，我们的保安一到，保证您厂里一颗螺丝都不会再丢，小偷绝对不敢靠近。
C: 这么有把握？怎么收费？
A: 一个白班保安每月五千元，按月结算，每月五号付上个月的。请问您贵姓？
C: 姓毛。
A: 毛总，明天我们派人上门看看，{B}
@ sec4 | in | complaint,apology,talk_over,closing | - | 我要找你们领导; cut in twice; no apology; no blessing
A: {G}
C: 你们派到我们公司的保安上班时间在门岗睡觉，昨晚仓库被人撬了，丢了好几万的货，我要找你们领导！
A!: 保安的事我们会调查的，先别激动。
C: 我能不激动吗？丢了好几万的货！你让你们经理今天必须给我回电话，不然我就报警再去法院告你们！
A!: 我把情况报给经理。
C: 今天能回吗？
A: 他今天会联系您。
@ sec5 | out | - | hn | outbound with company, role and purpose; deposit and balance stated
A: 您好，我是铁卫保安服务公司的客户经理小柏，您上个月问过我们的活动安保服务，今天打电话想了解一下您的活动定了吗？
C: 定了，下个月十五号，大概五百人。
A: 五百人的活动一般需要八名保安，每人每天六百元，一共四千八百元，活动前三天付定金一千元，活动结束后付尾款。
C: 行，那你把合同发我邮箱吧。
A: 好的，今天下午发给您，感谢您的信任，祝活动圆满成功，再见。
@ sec6 | in | filler | - | 呃/那个/就是/这个/然后/啊 over four turns
A: 您好，铁卫保安，请问您需要什么服务？
C: 我们小区想增加巡逻，你们有巡逻服务吗？
A: 呃，有的，那个，就是，我们有，呃，夜间巡逻。
C: 怎么收费呢？
A: 这个，就是，按小时，然后那个，一小时八十元，月底结。
C: 行，我跟物业商量一下。
A: 啊，好的，那个，感谢您的来电，祝您生活愉快，再见。
@ sec7 | in | hangup,closing | - | the agent leaves on a request for copies of licences
A: {G}
C: 我想问一下你们保安都有证吗？我们单位要求必须持证上岗。
A: 有的，都有保安员证。
C: 那能不能把证件复印件先发我看看？

# construction-waste removal | 畅清清运 | 畅清
@ waste1 | in | insult,apology | - | Northeastern 你这人咋这么虎呢; protest not apologised for
A: {G}
C: 我家装修的垃圾堆在楼道里了，你们能来拉吗？物业说不能放楼道。
A: 你这人咋这么虎呢，垃圾往楼道一堆，物业不罚你罚谁？
C: 你说谁虎呢？会不会说话？
A: 明天上午派车，一车三百元，装完车付。请问您贵姓？
C: 姓单。
A: 单先生，{B}
@ waste2 | in | - | hn | 建筑垃圾 / 旧马桶 (innocent 垃圾); fees with amount and moment
A: {G}
C: 我家卫生间拆了，有一堆碎砖和旧马桶，你们能拉走吗？
A: 可以的，碎砖和旧马桶都属于建筑垃圾，我们可以清运。大概有多少袋？
C: 二十来袋吧，还有个旧浴缸。
A: 二十袋左右加一个浴缸，一小车就够了，小车一趟三百五十元，搬运上楼另加每层十元，装完车当场付。请问您怎么称呼？
C: 我姓包，住七楼，没电梯。
A: 包女士，那搬运费是六十元，总共四百一十元。明天下午两点到，{T}
@ waste3 | in | tariff | - | 费用到了现场师傅会跟您说的，不贵
A: {G}
C: 你们清运垃圾是按车算还是按袋算？
A: 都可以，看情况，费用到了现场师傅会跟您说的，不贵。
C: 那你现在给不了价？
A: 现场看了才知道。请问您怎么称呼，地址是？
C: 我姓解，金桂园十二栋。
A: 解先生，明天上午安排师傅过去，{B}
@ waste4 | in | colleague,speech_rate | slow | 老韩就是个懒骨头; drawl
A: {G}
C: 昨天你们司机来拉垃圾，楼道里撒了一地灰也不扫。
A: 真抱歉。司机老韩就是个懒骨头，干活从来拖拖拉拉，我们都拿他没办法。我让别的师傅今天去给您扫干净。
C: 行吧，几点来？
A: 下午三点前到，{T}
@ waste5 | in | silence | - | 14 s of nothing after a question
A: {G}
C: 我想问一下你们周末接单吗？
.. gap
A: 周末也接单的，周六周日都是早上八点到下午五点。
C: 那我周六上午约一车，地址是春晖路六十六号。
A: 好的，一车三百元，装完车付款。请问您怎么称呼？
C: 姓伍。
A: 伍先生，周六上午九点到，{B}
@ waste6 | in | short_call | short | fully booked today
A: 您好，畅清清运，请问有什么需要？
C: 今天还能约车吗？
A: 今天约满了，明天可以，祝您生活愉快。
C: 好，再见。
@ waste7 | in | - | hn | a contractor's long turns, no cut-in; monthly price and settlement stated
A: {G}
C: 我这边是个装修公司，手上有三个工地都要清运，想跟你们长期合作，价格上能不能给点优惠，还有就是能不能按月结算？
A: 长期合作可以给优惠，也可以月结。
C: 我们一个月大概要拉二十车左右，有时候多有时候少，你们车够不够？
A: 车是够的，我们有十二台车。月结客户一车二百六十元，比散单便宜四十元，每月五号结上个月的账。请问您贵姓？
C: 我姓甘。
A: 甘经理，合同今天发您邮箱，{T}
@ waste8 | in | greeting,complaint | - | 喂，清运。 opening; 我要打12345投诉 with an apology
A: 喂，清运。
C: 你们昨天拉垃圾的车在我们小区门口漏了一路的灰，物业让我找你们，这事我要打一二三四五投诉！
A: 实在对不起，给您和小区添麻烦了。我们马上派人去冲洗路面，今天中午前弄干净。
C: 那以后还会不会这样？
A: 我们会给那台车加装篷布，以后出车前都检查。再次向您道歉，{B}
"""

CALLS_3 = r"""
# cold-storage rental | 冰川冷库 | 冰川
@ cold1 | in | insult | - | means: 您那小本生意租得起吗; apology right after the protest
A: {G}
C: 我开了个小饭馆，想租个小冷库放点肉和海鲜，你们最小的有多大？
A: 开个小饭馆还租冷库？一个月好几千，您那小本生意租得起吗？买个冰柜得了。
C: 你这是瞧不起人吗？我问问价格都不行？
A: 对不起，是我说话不过脑子，向您道歉。最小的是十立方，每月两千八百元，签合同时押一付一。
C: 那我考虑考虑。
A: 好的，{T}
@ cold2 | in | - | hn | announced hold; a compressor fault apologised for; 零下十八度
A: {G}
C: 我冷库里放的是速冻饺子，最近感觉温度不够低，麻烦你们查一下。
A: 好的，请您稍等，我帮您查一下您那个库位的温度记录。
.. hold
A: 感谢您的耐心等待。记录显示昨晚十点到凌晨两点温度从零下十八度升到了零下十二度，是压缩机故障，给您添麻烦了，实在抱歉。维修师傅今天上午已经修好了，现在恢复到零下十八度。
C: 那我的饺子会不会坏？
A: 零下十二度还是冻结状态，一般不会影响，您不放心的话我们可以陪您开库检查，如果有损失按合同赔付。
C: 行，我下午过去看看。
A: 好的，{T}
@ cold3 | in | shirking,apology,closing | - | power cut pushed to the power company; 就这样吧
A: {G}
C: 你们冷库停电了一整晚，我的冰淇淋全化了！
A: 停电是供电局的事，不是我们的责任，您去找供电局吧。
C: 你们不是有备用发电机吗？怎么不启动？
A: 这个您找供电局问问，我们也是受害者，就这样吧。
@ cold4 | in | name_ask | - | 你姓什么？ for a rental
A: {G}
C: 我想租个冷库，一个月，放水果的。
A: 好的，水果库是零上两度的，二十立方每月三千元，押一付一，签合同时付。你姓什么？
C: 我姓席。
A: 行，明天上午来签合同，{B}
@ cold5 | in | overpromise | - | 保证放三个月都跟刚摘的一样新鲜，一个都不会坏
A: {G}
C: 我的荔枝放你们冷库里能放多久不坏？
A: 放我们这儿您就放心吧，保证放三个月都跟刚摘的一样新鲜，一个都不会坏。
C: 真的？那我租两个月试试。
A: 水果库每立方每月一百五十元，签合同时押一付一。请问您怎么称呼？
C: 姓荀。
A: 荀老板，明天带合同过去，{B}
@ cold6 | out | - | hn | outbound renewal with company, name and purpose; discount priced with moment
A: 您好，我是冰川冷库的客服小冯，您的库位租期下周五到期，给您打电话问一下是否需要续租。
C: 要续的，续多久划算？
A: 续半年的话每月打九折，十立方的库原价两千八百元，九折是两千五百二十元，续约时一次付半年。
C: 好，那续半年。
A: 好的，合同今天发到您微信，感谢您一直以来的支持，祝您生意兴隆，再见。
@ cold7 | in | - | hn | 您不清楚税号也没关系 (reassurance); invoice timing
A: {G}
C: 我想问一下你们冷库能开发票吗？我是刚接手的，公司税号什么的我还不清楚。
A: 可以开的，专票普票都可以。您不清楚税号也没关系，把营业执照拍照发给我们财务邮箱，财务会帮您核对开票信息。
C: 那发票什么时候能开出来？
A: 每月租金付完之后三个工作日内开出来，发到您邮箱。
C: 好的，我整理一下。
A: 好的，感谢您的来电，祝您生意兴隆，再见。
@ cold8 | in | colleague,shirking | - | 仓管老孙就是个老油条; pushed to the logistics company
A: {G}
C: 我昨天让你们仓管帮忙卸一批货，他说不归他管，让我自己找人卸，结果货在门口晒了两个小时。
A: 不好意思。仓管老孙就是个老油条，能躲就躲，跟他说啥都是白说。
C: 那现在货有几箱压坏了，怎么办？
A: 货是物流公司送的，压坏了您找物流公司理赔吧，我们这边处理不了。
C: 那好吧。
A: {T}

# customs brokerage | 海桥报关 | 海桥
@ cus1 | in | insult,apology | - | schooling: 没读过书吧？…字都认不全; no apology
A: {G}
C: 我第一次出口一批茶叶，报关单上好几个栏我看不懂，能不能帮我看一下？
A: 这都看不懂？没读过书吧？报关单上的字都认不全还做什么外贸。
C: 你怎么说话呢？我就是第一次做！
A: 您把单子发过来吧，代填一单一百五十元，单子确认后付。{B}
@ cus2 | in | - | hn | the customer's 不清楚; transfer announced with 稍等, the colleague closes
A: {G}
C: 我有一批货要进口，是儿童玩具，我也不清楚需要哪些证书。
A: 没关系，玩具进口一般需要三C认证，具体还要看材质。这个问题单证部的同事更专业，我帮您转接过去，请您稍等。
.. hold
A: 您好，海桥报关单证部小闻。请问您的玩具是塑料的还是毛绒的？
C: 塑料的，遥控车。
A: 遥控车需要三C认证和无线电型号核准，我把清单发您邮箱。我们代办三C认证服务费三千元，资料齐了开始办时付一半，拿到证书付另一半。请问您贵姓？
C: 姓欧。
A: 欧先生，清单今天下午发您，感谢您的信任，祝您生意顺利，再见。
@ cus3 | in | forbidden,silence | - | bare 这个不清楚 about the company's own case; 14 s of nothing
A: {G}
C: 我的货昨天被海关查验了，要查多久？会不会罚款？
A: 这个不清楚。
C: 你们是报关公司，你们不清楚谁清楚？
.. gap
A: 查验结果出来了我们会通知您。{B}
@ cus4 | in | hangup,closing | - | the agent leaves on a Friday question
A: {G}
C: 我想问一下，报关需要提前几天把资料给你们？
A: 一般提前三天。
C: 那如果是周末开船，周五给资料来得及吗？
@ cus5 | in | complaint | - | 我要投诉到你们总公司, apologised for, costs borne
A: {G}
C: 你们上周报关的时候把商品编码填错了，货在港口压了五天，滞港费好几千，这事我要投诉到你们总公司！
A: 非常抱歉，编码填错是我们的失误，给您造成了损失。我马上帮您登记投诉，滞港费凭港口的账单由我们按实际金额承担，三个工作日内跟您核对后打到您账户。
C: 这还差不多。
A: 再次向您道歉，{T}
@ cus6 | in | filler | - | 嗯/那个/就是/然后/这个/啊 over five turns
A: 您好，海桥报关，工号零三一六，请问有什么可以帮您？
C: 我想问下出口退税你们能代办吗？
A: 嗯，那个，可以的，就是，需要您先把那个，报关单给我们。
C: 还需要什么？
A: 然后，那个，增值税发票，还有，这个，出口合同。
C: 收费呢？
A: 啊，就是，代办退税按退税额的百分之三收，退税到账后付。
C: 好，我准备一下。
A: 嗯好的，感谢您的来电，祝您生意兴隆，再见。
@ cus7 | in | - | hn,badline | badline: the customer's 喂 answered at once by the full greeting
C: 喂？
A: 您好，海桥报关，我是小帅，请问有什么可以帮您？
C: 你好，刚刚信号不好。我想问一下你们能不能报关危险品？
A: 可以的，我们有危险品报关资质，需要提供危包证和商检证明。
C: 那费用呢？
A: 危险品报关一票八百元，报关完成放行后付款。
C: 好，我回头联系你们。
A: 好的，感谢您的来电，祝您一切顺利，再见。
@ cus8 | in | overpromise,name_ask | - | 保证海关一票都不查; order taken with no polite ask
A: {G}
C: 我下个月有一批服装要出口，想交给你们报，听说最近查得很严。
A: 交给我们您就放宽心，我们跟海关关系熟，保证您这批货一票都不会被查验，当天放行。
C: 那报关费多少？
A: 一票三百五十元，放行后付。你把装箱单和发票发过来就行，我给你下单。
C: 好的，我下午发。
A: 好的，{B}

# HR outsourcing / social insurance agency | 安薪人事 | 安薪
@ hr1 | in | insult,apology | - | rude blame: 心可真够大的，活该; no apology
A: {G}
C: 我的社保怎么断了三个月？我今天去医院看病才发现报销不了！
A: 您自己每个月不看扣款短信吗？断了三个月才发现，心可真够大的，活该。
C: 你说什么？活该？
A: 您把身份证号发我，我查一下是哪个月没扣成功。{B}
@ hr2 | in | - | hn | announced hold; 我不知道社保局具体要几天 then a call to them and a time
A: {G}
C: 我们公司的员工社保转移过来了吗？上个月提交的。
A: 请您稍等，我帮您查一下。
.. hold
A: 感谢您耐心等待。转出地社保局已经受理，什么时候转完社保局没有给时间，我不知道他们具体要几天，我明天上午打电话到社保局问清楚，中午前给您回复。
C: 好的，麻烦你了。
A: 不客气，感谢您的配合，祝您工作顺利，再见。
@ hr3 | in | tariff,filler | - | 服务费很少的…都是小钱; 那个/就是/嗯/啊 tics
A: {G}
C: 我是自由职业，想在你们这挂靠交社保，怎么收费？
A: 嗯，那个，社保费用按基数交，就是，服务费很少的。
C: 服务费到底多少？
A: 啊，那个，每个人不一样，就是，办理的时候顾问会跟您说，都是小钱。
C: 哦。
A: 嗯，请问您怎么称呼？
C: 我姓谷。
A: 谷先生，{B}
@ hr4 | in | colleague | - | 她就是个糊弄事儿的，一问三不知; apology given
A: {G}
C: 我上次问你们同事公积金能不能补缴，她说可以，现在又说不行了。
A: 您问的是小赵吧？她就是个糊弄事儿的，一问三不知，什么都敢瞎答应。公积金补缴最多补三个月，超过的补不了。
C: 那我损失谁负责？
A: 真不好意思给您造成误会了。三个月以内的我马上帮您补，补缴金额一千八百元，这周五前转账就能办。{T}
@ hr5 | in | apology,silence | - | salaries short-paid, 我真是受够了; no apology; 14 s of nothing
A: {G}
C: 你们上个月给我们公司员工发工资，有三个人少发了五百块，员工都来找我了，我太被动了！
A: 少发的是哪三位？请把名字发我。
C: 我已经发你们邮箱了。我真是受够了，每次都出错。
.. gap
A: 查到了，是考勤数据导入时出的错。今天下午三点前补发到员工卡上，{B}
@ hr6 | in | short_call | short | closing time
A: 您好，安薪人事，请问有什么可以帮您？
C: 你们几点下班？
A: 下午五点半，祝您工作顺利。
C: 好，谢谢。
@ hr7 | in | - | hn | 您不清楚没关系; the customer's 喂？喂？ mid-call; free card
A: {G}
C: 我刚入职，公司让我找你们办社保卡，我不清楚要带什么材料。
A: 您不清楚没关系，我给您说一下：身份证原件、一张一寸白底照片，还有入职登记表。
C: 喂？喂？你刚说一寸照片是吧？
A: 是的，一寸白底照片一张。社保卡制卡不收费，办好后二十个工作日寄到公司。
C: 好的，谢谢。
A: 不客气，{T}
@ hr8 | out | greeting,colleague | - | outbound 喂，是刘女士吧 with no company; 以前那个专员就是个马大哈
A: 喂，是刘女士吧？我是管你们公司社保的，新换的专员小金。
C: 哦，你好。以前不是小郑负责吗？
A: 小郑调走了，他那人就是个马大哈，账做得一塌糊涂，我这两天光给他擦屁股了。这个月的社保申报我已经做好了，给您确认一下人数，还是二十三个人对吧？
C: 对，二十三个。
A: 好的，那我今天提交，感谢您的配合，祝您工作顺利，再见。

# patent agency | 智权专利 | 智权
@ pat1 | in | insult,apology | - | mockery: 就您这发明也想申请专利？小学生都能想出来
A: {G}
C: 我发明了一个能自动翻面的煎饼锅，想申请专利，你们能办吗？
A: 就您这发明也想申请专利？小学生手工课都能想出来，别浪费钱了。
C: 你怎么这么说话？你都没看过我的设计！
A: 真想申请的话，实用新型代理费两千元，提交申请时付。{B}
@ pat2 | in | overpromise | - | 我们包过，一年之内百分之百授权
A: {G}
C: 我申请发明专利，多久能批下来？能批吗？
A: 交给我们您就放心吧，我们包过，一年之内百分之百授权，批不下来全额退款。
C: 这么有把握？那费用是多少？
A: 发明专利代理费五千元，签合同时付一半，受理后付另一半，官费九百元，提交时交。请问您贵姓？
C: 姓谭。
A: 谭先生，合同今天发您，{B}
@ pat3 | in | - | hn | 没办法跟您保证一定能批 (hedge); search fee with moment
A: {G}
C: 我想申请个外观专利，能保证批下来吗？
A: 外观专利审查相对简单，但最后授不授权是国家知识产权局决定的，我们没办法跟您保证一定能批，我们能做的是提交前帮您做检索，把风险降到最低。
C: 那检索要钱吗？
A: 检索是三百元，签约时和代理费一起付，外观专利代理费一千二百元。
C: 行，我考虑一下。
A: 好的，感谢您的来电，祝您一切顺利，再见。
@ pat4 | in | shirking,closing | - | infringement pushed to lawyers; no blessing
A: {G}
C: 我的专利被别人侵权了，你们能帮我处理吗？
A: 侵权的事不归我们管，您自己去找律师或者去法院吧。
C: 你们不是做知识产权的吗？
A: 我们只管申请，维权您找律所。
C: 那好吧。
A: 嗯，再见。
@ pat5 | in | forbidden | - | 想好了要申请哪个再打电话来吧 (variant)
A: {G}
C: 我有个想法，不知道该申请发明专利还是实用新型，两个有什么区别？
A: 这个区别挺多的，您先自己上网查一下，想好了要申请哪个再打电话来吧。
C: 我就是不懂才问你们的啊。
A: 那您来公司面谈吧，面谈免费，{B}
@ pat6 | in | silence | - | 14 s of nothing while looking up an application
A: {G}
C: 我去年在你们这申请的专利，今天收到一个补正通知书，要怎么处理？
A: 您的申请号是多少？
C: 二零二五一零三四五六七八九。
.. gap
A: 查到了，是说明书附图不清楚，需要重新提交附图，期限是两个月，我们的代理人会在三天内帮您改好提交，补正不另收费。
C: 好的，那就麻烦你们了。
A: 不客气，{T}
@ pat7 | out | greeting | - | outbound 喂，请问是宋先生吗 with no company
A: 喂，请问是宋先生吗？您的专利年费下个月到期了。
C: 你是哪里？
A: 我是代理您专利的那家公司的，小米。年费九百元，到期前交就行，我们可以代缴，代缴不收服务费。
C: 哦，那我自己交吧。
A: 好的，感谢您的配合，祝您生活愉快，再见。
@ pat8 | in | forbidden,closing | - | 不明白你想问啥; thanks only at the end
A: {G}
C: 我想问一下，我的专利证书上的发明人写错了一个字，能改吗？还有我那个申请人地址要不要一起改？
A: 不明白你想问啥，一个一个说。
C: 就是发明人名字错了一个字，要改。
A: 可以办著录项目变更，官费二百元，提交时交，我们代办服务费三百元，办好后付。
C: 好，那就办吧。
A: 感谢您的来电，再见。
"""

CALLS_4 = r"""
# pet-food subscription | 毛孩粮仓 | 毛孩
@ pet1 | in | insult,closing,apology | - | brush-off 跟你说不明白，爱买不买，挂了 ends an insult; no apology
A: {G}
C: 我订了你们三个月的猫粮，这个月换了新包装以后我家猫吃了老吐。
A: 您猫多大了？
C: 两岁了，以前吃你们的粮一直好好的，这次吐了好几回，我看着心疼死了，太让人失望了。
A: 我们的粮几万人买都没事，就您家猫吐？自己不会养猫还怪粮，跟你说不明白，爱买不买，挂了。
@ pet2 | in | - | hn | the customer's 傻乎乎的 about her dog; portion advice; 您别担心
A: {G}
C: 我家狗狗最近吃你们的鸡肉粮，吃完傻乎乎的就睡觉，是不是粮有问题啊？
A: 您别担心，吃饱了犯困在狗狗里很常见。不过为了保险，请您说一下它一天吃多少克？
C: 大概三百克吧，它十公斤。
A: 十公斤的狗狗一天两百克左右就够了，可能是吃得有点多。您先减到两百克观察三天，如果还是没精神，建议带去宠物医院看看。
C: 好的，我试试。
A: 好的，感谢您的信任，祝狗狗健健康康，再见。
@ pet3 | in | tariff,speech_rate | fast | 现在是体验期…后面的事后面再说 about the next charge; fast
A: {G}
C: 我订了你们的猫粮月卡，第一个月九块九，下个月会自动扣费吗？
A: 现在是体验期，您先用着，后面的事后面再说，不用着急。
C: 我就想知道下个月扣多少钱。
A: 到时候会有短信提醒的，您不用担心这个，先让猫咪吃着看看合不合口味。
C: 那好吧。
A: {T}
@ pet4 | in | apology,hangup,closing | - | wrong food for the second time, 烦死了; no apology; the agent leaves on the question
A: {G}
C: 我订的是成犬粮，你们给我寄的是幼犬粮，这已经是第二次了！烦死了！
A: 您订单号是多少？
C: 八八六二零三。
A: 查到了，今天重新给您发成犬粮，明天到。
C: 那我这袋幼犬粮怎么处理？要寄回去吗？
@ pet5 | in | name_ask | - | 你叫啥名？ for a new subscription
A: {G}
C: 我想订你们的猫粮，每个月两袋那种。
A: 好的，月订两袋每月一百九十八元，每月一号自动扣款并发货。你叫啥名？地址发一下。
C: 我叫于飞，地址是阳光小区五栋三楼。
A: 好的，这个月三号前发货，{B}
@ pet6 | in | - | hn | announced hold; pause and restart date and charge stated
A: {G}
C: 我想暂停一个月的订阅，我要出差。
A: 可以的，请您稍等，我帮您操作一下。
.. hold
A: 让您久等了，已经帮您把下个月的发货和扣款暂停了，下下个月一号自动恢复，每月一百九十八元照常扣。
C: 好的，谢谢。出差回来还能改地址吗？
A: 可以的，在小程序的我的订阅里随时改。{T}
@ pet7 | in | talk_over | - | cuts in twice on a prescription-food question
A: {G}
C: 我家猫有点肾不好，医生说要吃低磷的处方粮，你们有没有这种？就是那种专门给肾病猫吃的，我在网上看了好几家都没货。
A!: 有的，我们有肾脏处方粮。
C: 那这个需要医生处方吗？还有就是一次最多能买几袋，我想多囤一点，怕又断货了，上次就断了半个月。
A!: 不需要处方，一次最多五袋。
C: 多少钱一袋？
A: 一点五公斤一袋一百六十八元，下单时付，满三百包邮。{B}
@ pet8 | in | short_call | short | shipped yet?
A: 您好，毛孩粮仓，请问有什么可以帮您？
C: 我的猫粮发货了吗？
A: 今天上午发了，祝您生活愉快。
C: 好，谢谢。

# kids' smartwatch after-sales | 星伴儿童手表 | 星伴
@ watch1 | in | insult | - | rude blame: 自己看不住孩子还好意思打电话; apology right after the protest
A: {G}
C: 我孩子的手表丢了，定位显示在学校，可学校找遍了都没有。你们能帮忙吗？
A: 孩子表丢了怪谁？自己看不住孩子，还好意思打电话来让我们找。
C: 你这人怎么这样？我是来求助的！
A: 对不起，是我说话太冲了，真的抱歉。您在APP上点挂失，可以远程锁定手表，再打开响铃找一找，它会一直响五分钟。
C: 好，我试试。
A: {T}
@ watch2 | in | - | hn | 死机 / 滚动 of a watch; forced restart; free check in warranty
A: {G}
C: 我孩子的手表屏幕一直在滚动，按哪个键都没反应，是不是死机了？
A: 听起来像是死机了，您长按电源键十五秒强制重启试试。
C: 好，我试一下……好了好了，亮了。
A: 好的，如果以后还经常死机，您可以在保修期内寄回来免费检测。
C: 行，谢谢你。
A: 不客气，感谢您的支持，祝宝贝天天开心，再见。
@ watch3 | in | forbidden,closing | - | 不明白你说的啥; last turn with no blessing
A: {G}
C: 我想问一下手表上的上课禁用怎么设置，我在APP里找半天了。
A: 不明白你说的啥。
C: 就是上课时间不让孩子玩手表那个功能。
A: 哦，在APP首页点禁用时段就行。
C: 好。
A: 嗯，拜拜。
@ watch4 | in | overpromise,silence | - | 保证泡在水里一整天都不会坏; 14 s of nothing first
A: {G}
C: 你们这个新款手表防水吗？孩子游泳能戴吗？
.. gap
A: 放心戴，保证泡在水里一整天都不会坏，就是掉进泳池底也绝对没问题。
C: 那挺好，多少钱？
A: 这款七百九十九元，下单时付款，包邮。请问您怎么称呼？
C: 姓薛。
A: 薛女士，{B}
@ watch5 | in | hangup,closing,apology | - | watch overheats, 太吓人了; no apology; the agent leaves on the question
A: {G}
C: 手表充电充到一半就发烫，烫得孩子都不敢戴了，这太吓人了，你们这质量怎么回事？
A: 您用的是原装充电器吗？
C: 就是原装的！那这个会不会有爆炸的危险？
@ watch7 | in | complaint | - | 我要打12315投诉你们, apologised for; a new watch sent today
A: {G}
C: 我买的手表三个月坏了三次，每次寄修都要半个月，我要打一二三一五投诉你们！
A: 真的非常抱歉，给您和孩子添了这么多麻烦。我先帮您登记，这次给您直接换一台新的，今天发出，收到新表后再把旧表寄回来，运费我们出。
C: 这还像点样子。
A: 再次向您道歉，{T}
@ watch8 | in | forbidden,speech_rate | fast | bare 这个我不清楚 about the company's own SIM card (a later turn offers a check); fast
A: {G}
C: 我想问一下手表里的流量卡是你们送的吗？用完了怎么办？
A: 这个我不清楚。
C: 那我找谁问呢？
A: 您把手表背面的设备号发我，我让技术同事查一下，今天下班前短信告诉您。
C: 好吧。
A: 好的，{B}

# shoe repair and cleaning | 履新洗鞋 | 履新
@ shoe1 | in | insult | - | the body: 您那双鞋臭得我们师傅都不想碰; apology after the protest
A: {G}
C: 我送洗的那双运动鞋，你们说要洗五天？太久了吧。
A: 您那双鞋臭得我们师傅都不想碰，泡了两遍还一股味，能五天洗完就不错了。
C: 你这说得也太过分了吧！
A: 对不起，是我说话不得体，向您道歉。这双鞋需要除臭消毒，所以多两天，周五洗好给您送过去，不加钱。
C: 那行吧。
A: {T}
@ shoe2 | in | - | hn | the clerk's 穷得连双好鞋都穿不起 reported, read back; 不用当投诉; voucher
A: {G}
C: 我反馈个事啊，不用当投诉。昨天我去门店取鞋，店员说我“穷得连双好鞋都穿不起，还洗什么洗”，我听着挺不舒服的。
A: 非常抱歉让您受委屈了。我复述一下，店员说的是“穷得连双好鞋都穿不起，还洗什么洗”，是哪家门店、大概几点？
C: 人民路那家，下午四点左右。
A: 好的，已经记下来了，我们会核实后对店员进行处理，结果三天内短信告知您。为了表示歉意，给您账户送了一张二十元的洗鞋券，下次洗鞋时直接抵扣。
C: 好，谢谢。
A: 感谢您的反馈，祝您生活愉快，再见。
@ shoe4 | in | shirking,colleague,apology | - | 小邓就是个二把刀; yellowed shoes pushed to the seller; no apology
A: {G}
C: 你们洗完我的白鞋全发黄了，这鞋我才穿了两次，气死我了！
A: 是小邓洗的吧？他就是个二把刀，干活毛糙。不过发黄是鞋子本身材质的问题，您去找卖鞋的商家吧，跟我们洗没关系。
C: 送来的时候好好的，洗完就黄了，怎么跟你们没关系？
A: 您可以找品牌售后鉴定一下。{B}
@ shoe5 | in | short_call | short | ready yet?
A: 您好，履新洗鞋，请问有什么可以帮您？
C: 我的鞋洗好了吗？
A: 洗好了，随时来取，祝您生活愉快。
C: 好，谢谢。
@ shoe6 | out | - | hn | outbound pickup confirmation with company, name and purpose; fee and moment
A: 您好，我是履新洗鞋的客服小邱，您在小程序上预约了上门取鞋，跟您确认一下明天上午在家吗？
C: 在的，十点以后都在。
A: 好的，明天十点到十二点之间师傅上门。两双运动鞋深度清洗，每双三十九元，一共七十八元，洗好送回时付款。
C: 行。
A: 感谢您的支持，祝您生活愉快，再见。
@ shoe7 | in | filler | - | 啊/那个/就是/嗯/这个/然后/呀 over five turns
A: 下午好，履新洗鞋，我是小秦，请问有什么可以帮您？
C: 你们能修包吗？包带断了。
A: 啊，可以的，那个，就是，包带断了能换。
C: 多少钱？
A: 嗯，这个，看材质，就是，真皮的八十元，然后，人造革的五十元，修好取的时候付。
C: 要几天？
A: 啊，就是，三天左右。
C: 行，我明天送过去。
A: 好的呀，那个，请问您怎么称呼？
C: 姓车。
A: 车女士，感谢您的来电，祝您生活愉快，再见。
@ shoe8 | in | complaint,hangup,closing,apology | - | 我要投诉 over a lost shoe; no apology; the agent leaves on the question
A: {G}
C: 我送洗了一双皮靴，你们送回来只有一只！另一只去哪了？我要投诉！
A: 您的取鞋单号是多少？
C: 单号是七七一三零二，你们到底把另一只弄哪去了？
A: 系统显示是两只一起送的。
C: 那你们查监控了没有？什么时候给我答复？

# martial-arts school | 龙腾武术 | 龙腾
@ mar1 | in | insult,apology | - | the child's body: 这么胖还练武术…把垫子都压坏了; no apology
A: {G}
C: 我儿子九岁，有点胖，想让他来学武术锻炼一下，能收吗？
A: 这么胖还练武术？先让他少吃点吧，别一个马步蹲下去把垫子都压坏了。
C: 你这是说我孩子吗？太过分了！
A: 能收，体验课周六上午，免费。{B}
@ mar2 | in | - | hn | the customer's 打趴下; 我不能跟您保证一点磕碰都没有 (hedge); fees with moment
A: {G}
C: 我想给女儿报个散打班，她说学了能把坏人打趴下，会不会太危险？
A: 散打课主要练体能和基本技法，实战对抗都戴护具，教练全程看着。当然运动都有受伤的可能，我不能跟您保证一点磕碰都没有，但每节课前都有热身，受伤的情况很少。
C: 学费多少？
A: 每学期二十四节课，两千四百元，报名时交，护具另买一百八十元，上第一节课时交。
C: 好的，请问体验课怎么约？
A: 体验课免费，请问您怎么称呼？
C: 我姓佟。
A: 佟女士，周日下午三点给孩子约上体验课，{T}
@ mar3 | in | complaint,apology,closing | - | 我要去教育局投诉; blame on the child; no apology, no blessing
A: {G}
C: 我孩子上周练空翻，教练没扶，摔到脖子了，我要去教育局投诉你们！
A: 教练都会保护的，可能是孩子自己不听话。
C: 你还怪孩子？我一定要投诉！
A: 您可以来学校跟校长谈。
C: 我会去的。
A: 嗯，那就这样。
@ mar5 | in | name_ask,silence | - | 孩子叫啥，你叫啥; 14 s of nothing
A: {G}
C: 我想给孩子报名暑假武术班。
.. gap
A: 行，暑假班二十节课一千八百元，报名当天交。孩子叫啥，你叫啥，电话多少？
C: 孩子叫唐果，我是她妈妈，电话一三七一一二二三三四四。
A: 好，已经报上了，{B}
@ mar7 | in | hangup,closing | - | the agent leaves on the exam-date question
A: {G}
C: 我儿子在你们这学了一年了，想考个段位，你们能组织考试吗？
A: 可以，每年两次。
C: 那下一次是什么时候？报名截止到哪天？
@ mar8 | in | greeting,closing,filler | - | 哎，龙腾，啥事？ opening; tics; 好嘞，拜拜
A: 哎，龙腾，啥事？
C: 你们有成人太极班吗？
A: 嗯，有的，那个，就是周二周四早上。
C: 几点呀？
A: 啊，这个，七点到八点，然后，那个，在二楼大厅。
C: 学费呢？
A: 嗯，就是，一个月三百元，那个，报名的时候交。
C: 好，我考虑下。
A: 好嘞，拜拜。

# fencing club | 剑影击剑 | 剑影
@ fen1 | in | insult,apology | - | the customer's job: 一个开网约车的学什么击剑; no apology
A: {G}
C: 我想问一下成人击剑课怎么报，我是开网约车的，晚上能上吗？
A: 一个开网约车的学什么击剑？这是贵族运动，您还是省点钱多跑两单吧。
C: 开网约车的怎么了？你什么意思？
A: 晚上八点有成人班，一期十节课两千元，报名时交。{B}
@ fen2 | in | - | hn | 击剑里没有死的说法 (innocent); the customer's 不知道怎么解释
A: {G}
C: 我女儿看比赛的时候问，击剑被刺中了是不是就算死了？我也不知道怎么跟她解释。
A: 击剑里没有死的说法，被刺中有效部位就是对方得一分，先得十五分的赢。剑头是平的，有弹簧，不会伤人。
C: 那她这么小能学吗？她才六岁。
A: 六岁可以学，我们有少儿启蒙班，每周六上午，一期十六节课两千八百八十元，报名时交，装备第一节课免费借用。
C: 好，那我先带她来看看。
A: 欢迎您来，请问您怎么称呼？我帮您约个参观时间。
C: 姓景。
A: 景女士，周六上午十点，{T}
@ fen3 | in | tariff,closing | - | 价格到店再说吧; ends with no blessing
A: {G}
C: 你们击剑课包不包装备？要是自己买大概要多少？
A: 装备我们也卖，价格到店再说吧，反正比外面划算。
C: 大概什么价位你总能说一下吧？
A: 到店看了您就知道了。
C: 行吧。
A: 好，再见。
@ fen4 | in | overpromise,name_ask | - | 保证拿市赛冠军…百分之百能进重点中学; 你姓啥
A: {G}
C: 我孩子想考体育特长生，你们能帮上吗？
A: 没问题，来我们这练一年，保证拿市赛冠军，特长生稳稳的，百分之百能进重点中学。
C: 真的吗？怎么收费？
A: 精英班每年两万八千元，分两次交，开学前交第一笔。你姓啥？
C: 姓殷。
A: 殷女士，下周来试课，{B}
@ fen6 | in | greeting,filler | - | 剑影击剑。 with no offer; tics
A: 剑影击剑。
C: 你好，我想问一下你们周日有课吗？
A: 啊，有的，那个，上午少儿班，下午成人班。
C: 成人班几点？
A: 嗯，就是，下午两点到四点，然后，一节课二百元，那个，上课前前台付。
C: 好，谢谢。
A: 啊，不客气，祝您周末愉快，再见。
@ fen7 | in | - | hn | the customer talks over the agent; a 0.2 s backchannel; fees with moment
A: {G}
C: 我想问一下，你们的私教课是一对一的吗？
A: 是一对一的，每节课九十分钟，教练会根据您的水平制定训练计划，
C!: 那私教课多少钱一节？
A: 私教课一节四百元，买十节三千六百元，上课前付。
C: 我先买十节吧，周末上课可以吗？我平时工作比较忙，只能周六下午或者周日上午过来。
A,: 可以的。
A: 周六下午和周日上午都有教练。请问您怎么称呼？
C: 我姓丛。
A: 丛先生，感谢您的信任，祝您训练愉快，再见。

# office plant rental | 绿意绿植 | 绿意
@ plant1 | in | - | hn | the customer's 没素质 about a neighbouring firm; replacement priced with moment
A: {G}
C: 楼下那家公司的人真没素质，把我们门口那盆绿萝当烟灰缸，叶子烫了好多洞。
A: 听着真让人窝火。烫坏的叶子养护师傅下次来会修剪掉，如果整株不行了，更换一盆是九十元，换好后随月租一起结。
C: 那先修剪吧，看看能不能缓过来。
A: 好的，师傅周三上午过去。{T}
@ plant2 | in | - | hn | 是不是死了 / 不一定是死了 of a money tree; free replacement under contract
A: {G}
C: 我们办公室那盆发财树叶子掉了好多，是不是死了？
A: 别担心，发财树掉叶子多半是空调直吹或者浇水多了，不一定是死了。养护师傅明天上午过去看看，如果根烂了，免费给您换一盆，这是租赁合同里包含的。
C: 那太好了。
A: 麻烦您明天让前台给师傅开个门，{T}
@ plant3 | in | colleague,speech_rate | fast | 小吕…脑子也不太灵光; apology given; fast
A: {G}
C: 你们每周来浇水的那个小伙子，上次把水洒得满地都是。
A: 实在抱歉。您说的是小吕吧，那家伙干活毛毛躁躁的，脑子也不太灵光，我们都拿他头疼。下次我换个人去。
C: 那好吧，下次是周几？
A: 还是周三上午，我让老周师傅过去。{T}
@ plant4 | in | shirking | - | cracked pot base pushed to the supplier (apology given)
A: {G}
C: 你们送来的花盆底座裂了，漏水把我们地毯弄湿了。
A: 不好意思。花盆是供应商提供的，质量问题您直接联系供应商，我把他们电话给您。
C: 我是跟你们签的合同，为什么要我去找供应商？
A: 他们处理更快。{B}
@ plant5 | out | - | hn | outbound with company, name, purpose; polite 不知道您…; seasonal change free
A: 您好，我是绿意绿植的客服小岑，每季度我们会给租摆客户换一批花，打电话问一下，不知道您这次有没有想换的品种？
C: 想换几盆开花的，前台那边太单调了。
A: 可以给您换两盆蝴蝶兰，季度换花不另外收费，包含在月租里。下周二上午送过去方便吗？
C: 方便。
A: 好的，感谢您的支持，祝您工作顺心，再见。
@ plant6 | in | apology,talk_over | - | rotten bamboo, 太丢人了…服了你们了; cut in twice; no apology
A: {G}
C: 你们上周换的那两盆富贵竹已经烂根了，一股臭味，整个会议室都是，客户来开会都闻到了，太丢人了！
A!: 您是哪家公司？
C: 星河科技，十八楼，我都打了两次电话了，每次都说马上来，到现在都没人来，我真是服了你们了！
A!: 我现在就派人过去。
C: 多久能到？
A: 一个小时内到，给您把那两盆换掉。{B}
@ plant7 | in | short_call | short | weekend delivery?
A: 您好，绿意绿植，请问您需要什么帮助？
C: 你们周末送货吗？
A: 周末也送，祝您周末愉快。
C: 好的，谢谢。
@ plant8 | in | greeting,tariff | - | 您好，绿意。 (no offer); 租金不贵…合同上写 with no amount
A: 您好，绿意。
C: 你好，我们新办公室大概两百平，想租一些绿植摆一摆，怎么收费？
A: 按盆数和品种算，租金不贵的，具体到时候签合同的时候合同上都写着。
C: 大概一个月多少钱呢？
A: 这个要看您选什么，我先安排人上门看看场地。请问您怎么称呼？
C: 我姓詹。
A: 詹经理，明天下午两点过去，{B}

# enterprise e-mail service | 飞鸽企业邮箱 | 飞鸽
@ mail1 | in | insult | - | memory: 您这记性…拿个本子记吧; apology after the protest
A: {G}
C: 我邮箱密码忘了，登不上去了，能帮我重置一下吗？
A: 自己设的密码都能忘，您这记性，我看还是别用电脑了，拿个本子记吧。
C: 你什么态度？忘个密码怎么了？
A: 对不起，是我说话不对，向您道歉。您在登录页点忘记密码，用绑定的手机收验证码就能重置，两分钟就好。
C: 好，我试一下。
A: {T}
@ mail2 | in | - | hn | 垃圾邮件 (innocent 垃圾); announced hold; configuration free
A: {G}
C: 我们发给客户的邮件老是进对方的垃圾邮件箱，怎么回事？
A: 这种情况一般是发信域名没配置SPF记录，对方服务器把邮件当成了垃圾邮件。请您稍等，我帮您查一下您的域名配置。
.. hold
A: 感谢您耐心等待，确实缺少SPF和DKIM记录，我把配置方法发到您邮箱，配置免费，生效大概需要两个小时。
C: 太好了，谢谢。
A: 不客气，{T}
@ mail4 | in | forbidden | - | 喂！喂！你先别说了 at the customer; outage apologised for
A: {G}
C: 我们的邮箱今天上午一直收不到外部邮件，客户说给我们发了好几封都没到，我们这边……
A: 喂！喂！你先别说了，把公司域名报一下。
C: 域名是星辰科技点com。
A: 查了，是系统昨晚升级出了问题，现在已经恢复了，耽误您的工作了，非常抱歉。{B}
@ mail5 | in | tariff,closing | - | 企业版…很划算的，费用按官网的标准来; thanks only
A: {G}
C: 我们公司现在用的是免费版，想升级到企业版，要多少钱？
A: 企业版现在有活动，很划算的，您先升级，费用按我们官网的标准来。
C: 官网上标准是多少，你直接说一下嘛。
A: 您直接在后台点升级就能看到了。
C: 好吧。
A: 感谢您的来电，再见。
@ mail6 | in | apology,talk_over | - | outage all morning, 到底怎么搞的; cut in twice; no apology
A: {G}
C: 你们邮箱从昨晚到现在一直登不上，我们公司几十号人没法工作，你们到底怎么搞的？
A!: 昨晚机房网络故障，技术人员正在抢修。
C: 耽误一上午了，客户的邮件都收不到，合同都发不出去，损失谁负责？你们总得给个说法吧？
A!: 预计中午十二点前恢复。
C: 那延迟的邮件还能收到吗？
A: 恢复以后延迟的邮件会全部收到，不会丢。服务受影响的天数下个账期按比例减免。{B}
@ mail8 | in | - | hn | the customer's 你这话什么意思 answered with an apology and a manual
A: {G}
C: 我们的邮件总被退回来，说是附件太大。
A: 单个附件上限是五十兆，超过的话建议用超大附件功能，会生成一个下载链接。
C: 你这话什么意思？是说我们操作不对？
A: 不好意思，是我没说清楚，不是您操作的问题，是系统对附件大小有限制。我给您发一份超大附件的使用说明，两分钟就能学会。
C: 哦，那行。
A: 感谢您的理解，祝您工作顺利，再见。
"""


# ----------------------------------------------------------------------------------------------
# engine

PUNCT_RE = re.compile(r"[\s，。？！、；：“”‘’（）《》…,.?!;:'\"()\-—~]")
TICS = ("啊", "呀", "嗯", "呃", "那个", "这个", "就是", "然后")


def nchars(text: str) -> int:
    return len(PUNCT_RE.sub("", text))


def tic_count(text: str) -> int:
    return sum(text.count(t) for t in TICS)


def parse(blocks: list[str]) -> list[dict]:
    calls, industry, company, short = [], None, None, None
    cur = None
    for raw in "\n".join(blocks).splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("# "):
            industry, company, short = [x.strip() for x in line[2:].split("|")]
            continue
        if line.startswith("@ "):
            key, direction, labels, flags, note = [x.strip() for x in line[2:].split("|", 4)]
            cur = {"key": key, "direction": {"in": "inbound", "out": "outbound"}[direction],
                   "labels": [] if labels == "-" else labels.split(","),
                   "flags": set() if flags == "-" else set(flags.split(",")),
                   "note": note, "industry": industry, "company": company, "short": short,
                   "turns": []}
            calls.append(cur)
            continue
        if line.startswith(".. "):
            cur["turns"].append((line[3:], None))
            continue
        tag, text = line.split(":", 1)
        assert tag in ("A", "C", "A!", "A,", "C!"), (cur["key"], line)
        cur["turns"].append((tag, text.strip()))
    return calls


def fill(text: str, call: dict, rng: random.Random) -> str:
    ag = rng.choice(AGENTS)
    jid = "".join(rng.choice(CN_DIG[1:]) for _ in range(4))
    if "{G}" in text:
        g = rng.choice(GREETINGS).format(co=call["company"], ag=ag, id=jid, offer=rng.choice(OFFERS))
        text = text.replace("{G}", g)
    if "{T}" in text:
        text = text.replace("{T}", rng.choice(THANKS) + rng.choice(BLESS))
    if "{B}" in text:
        text = text.replace("{B}", rng.choice(BLESS))
    return text.replace("{co}", call["company"]).replace("{ag}", ag).replace("{id}", jid)


def timeline(call: dict, texts: list, rng: random.Random, k: int) -> list[dict]:
    flags = call["flags"]
    segs: list[dict] = []
    short = "short" in flags
    t = rng.uniform(0.3, 0.7)
    if "late" in flags:
        t = rng.uniform(3.0, 3.8)
    end_so_far = 0.0
    pending = None
    for i, (tag, text) in enumerate(texts):
        if text is None:
            pending = tag
            continue
        spk = "agent" if tag.startswith("A") else "customer"
        n = nchars(text)
        if spk == "agent":
            if "fast" in flags:
                rate = rng.uniform(8.5, 9.1)
            elif "slow" in flags:
                rate = rng.uniform(1.55, 1.75)
            elif short:
                rate = rng.uniform(5.0, 5.6)
            else:
                rate = max(3.2, rng.uniform(3.7, 5.1) - 0.12 * k)
        else:
            rate = rng.uniform(5.0, 5.8) if short else max(3.1, rng.uniform(3.8, 5.4) - 0.12 * k)
        dur = max(0.6, n / rate)
        if not segs:
            if "badline" in flags and spk == "customer":
                start = rng.uniform(0.2, 0.5)
            else:
                start = t
        else:
            prev = segs[-1]
            if pending == "hold":
                start = end_so_far + rng.uniform(10.6, 11.7)
            elif pending == "gap":
                start = end_so_far + rng.uniform(13.7, 15.5)
            elif tag == "A!":
                assert prev["speaker"] == "customer" and prev["end"] - prev["start"] > 2.6, call["key"]
                start = prev["end"] - rng.uniform(1.6, 2.1)
            elif tag == "A,":
                assert prev["speaker"] == "customer", call["key"]
                start = prev["end"] - rng.uniform(0.12, 0.25)
            elif tag == "C!":
                assert prev["speaker"] == "agent" and prev["end"] - prev["start"] > 2.0, call["key"]
                start = prev["end"] - rng.uniform(0.9, 1.4)
            elif "badline" in flags and len(segs) == 1:
                start = end_so_far + rng.uniform(0.2, 0.4)
            elif short:
                start = end_so_far + rng.uniform(0.3, 0.5)
            else:
                start = end_so_far + min(3.6, rng.uniform(0.4 + 0.25 * k, 1.1 + 0.3 * k))
        pending = None
        seg = {"speaker": spk, "start": round(start, 2), "end": round(start + dur, 2), "text": text}
        segs.append(seg)
        end_so_far = max(end_so_far, seg["end"])
    return segs


def timing_facts(segs: list[dict], duration: float) -> dict:
    f = {"gaps": [], "overlaps": [], "rates": []}
    end_so_far = segs[0]["end"]
    for i in range(1, len(segs)):
        s, prev = segs[i], segs[i - 1]
        gap = s["start"] - end_so_far
        announced = prev["speaker"] == "agent" and "稍等" in prev["text"]
        f["gaps"].append((round(gap, 2), announced))
        if s["speaker"] == "agent":
            last_c = next((p for p in reversed(segs[:i]) if p["speaker"] == "customer"), None)
            if last_c is not None and last_c["start"] < s["start"]:
                f["overlaps"].append(round(last_c["end"] - s["start"], 2))
        end_so_far = max(end_so_far, s["end"])
    for s in segs:
        n = nchars(s["text"])
        if s["speaker"] == "agent" and n >= 6:
            f["rates"].append(n / (s["end"] - s["start"]))
    f["silence"] = any(g >= 10 and not (a and g <= 12) for g, a in f["gaps"])
    f["talk_over"] = sum(1 for o in f["overlaps"] if o >= 1.0)
    mean = sum(f["rates"]) / len(f["rates"])
    f["mean_rate"] = mean
    f["speech_rate"] = mean >= 7.5 or mean <= 2.0
    f["short_call"] = duration < 20
    last = segs[-1]
    f["hangup"] = last["speaker"] == "customer" and last["text"].rstrip().endswith(("？", "?"))
    return f


def check(call: dict, segs: list[dict], duration: float, f: dict) -> None:
    key, labels, flags = call["key"], set(call["labels"]), call["flags"]
    assert set(labels) <= set(FAMILIES), key
    assert ("hn" in flags) == (not labels), key
    assert f["silence"] == ("silence" in labels), (key, f["gaps"])
    for g, a in f["gaps"]:
        assert g <= 4.0 or (a and 10.0 <= g <= 12.0) or (g >= 13.0 and "silence" in labels), (key, g)
    assert (f["talk_over"] >= 2) == ("talk_over" in labels), (key, f["overlaps"])
    if "talk_over" not in labels:
        assert all(o <= 0.3 for o in f["overlaps"]), (key, f["overlaps"])
    assert f["speech_rate"] == ("speech_rate" in labels), (key, f["mean_rate"])
    if "speech_rate" not in labels:
        assert all(3.0 <= r <= 6.3 for r in f["rates"]), (key, f["rates"])
    else:
        assert ("fast" in flags) != ("slow" in flags), key
    assert f["short_call"] == ("short_call" in labels), (key, duration)
    if "short_call" in labels:
        assert duration < 18, (key, duration)
    else:
        assert duration >= 30, (key, duration)
    assert f["hangup"] == ("hangup" in labels), key
    if "hangup" in labels:
        assert "closing" in labels, key
    # text self-checks (writer T's own)
    agent = [s["text"] for s in segs if s["speaker"] == "agent"]
    tics = [tic_count(t) for t in agent]
    if "filler" in labels:
        assert sum(tics) >= 6 and sum(1 for x in tics if x) >= 3, (key, tics)
    else:
        assert sum(tics) <= 3, (key, tics, agent)
    if "closing" not in labels:
        assert "祝" in agent[-1], (key, agent[-1])
    elif "hangup" not in labels:
        assert "祝" not in agent[-1], (key, agent[-1])
    if "greeting" not in labels:
        first = agent[0]
        assert segs[0]["speaker"] == "agent" or "badline" in flags, key
        assert call["short"] in first and ("您好" in first or "早上好" in first or "下午好" in first), (key, first)
    if "apology" in labels:
        assert not any(w in t for t in agent for w in ("抱歉", "对不起", "道歉", "不好意思")), key
    if "insult" in labels and "apology" not in labels:
        assert any(w in t for t in agent for w in ("抱歉", "对不起", "道歉", "不好意思")), key


# ---- noise (writer T's own homophone list) -----------------------------------------------------
HOMOPHONES = [("稍等", "少等"), ("已经", "以经"), ("查一下", "差一下"), ("麻烦", "马烦"), ("预约", "预阅"),
              ("师傅", "师父"), ("联系", "连系"), ("登记", "登机"), ("付款", "附款"), ("清洗", "清西"),
              ("书法", "书发"), ("漂流", "飘流"), ("跳伞", "跳散"), ("恢复", "回复"), ("鞋垫", "鞋店"),
              ("保安", "保暗"), ("冷库", "冷酷"), ("报关", "报官"), ("社保", "设保"), ("专利", "专例"),
              ("猫粮", "猫凉"), ("手表", "首表"), ("武术", "五术"), ("击剑", "机剑"), ("绿植", "绿枝"),
              ("邮箱", "油箱"), ("投诉", "头诉"), ("抱歉", "报歉"), ("道歉", "到歉"), ("再见", "在见"),
              ("愉快", "越快"), ("知道", "只到"), ("清楚", "清处"), ("明白", "名白"), ("态度", "太度"),
              ("意思", "意识"), ("垃圾", "拉圾"), ("教练", "教连"), ("订单", "定单"), ("退款", "退宽"),
              ("发票", "发漂"), ("合同", "和同"), ("押金", "压金"), ("保证", "保正"), ("绝对", "决对"),
              ("跑腿", "跑退"), ("骑手", "其手"), ("耳朵", "耳多"), ("称呼", "称乎"), ("贵姓", "贵性"),
              ("您", "你")]
UNITS = ("元", "块", "岁", "号", "点", "分钟", "个小时", "小时", "天", "年", "月", "公斤", "斤", "克", "立方",
         "层", "楼", "栋", "人", "节", "次", "台", "袋", "双", "张", "单", "户", "期", "周", "车", "趟", "兆",
         "度", "公里", "十", "百", "千", "万", "部")
NUM_RE = re.compile(r"[零一二两三四五六七八九十百千万]+(?=" + "|".join(UNITS) + ")")
BARE_RE = re.compile(r"[零一二三四五六七八九幺]{3,}")
S2TW, S2T = opencc.OpenCC("s2tw"), opencc.OpenCC("s2t")


def cn2int(s: str) -> int | None:
    d = {c: i for i, c in enumerate(CN_DIG)}
    d["两"] = 2
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in d:
            num = d[ch]
        elif ch in "十百千":
            mul = {"十": 10, "百": 100, "千": 1000}[ch]
            section += (num or 1) * mul
            num = 0
        elif ch == "万":
            total += (section + num) * 10000
            section, num = 0, 0
        else:
            return None
    return total + section + num


def numerals(text: str) -> str:
    text = BARE_RE.sub(lambda m: "".join(str(CN_DIG.index(c)) if c != "幺" else "1" for c in m.group()), text)

    def rep(m):
        s = m.group()
        if len(s) == 1 and s in "一两零万":
            return s
        if s.endswith(("十", "百", "千", "万")) and m.end() < len(text) and text[m.end()] in "十百千万":
            return s
        v = cn2int(s)
        return s if v is None else str(v)
    return NUM_RE.sub(rep, text)


def noisy(text: str, rng: random.Random) -> str:
    for a, b in HOMOPHONES:
        if a == "您":
            text = "".join(("你" if ch == "您" and rng.random() < 0.3 else ch) for ch in text)
            continue
        parts = text.split(a)
        out = parts[0]
        for p in parts[1:]:
            out += (b if rng.random() < 0.5 else a) + p
        text = out
    text = numerals(text)
    r = rng.random()
    if r < 0.4:
        text = re.sub(r"[，。？！、；：“”…]", "", text)
    elif r < 0.7:
        text = re.sub(r"[，。？！、；：“”…]+", " ", text).strip()
    conv = (S2T if rng.random() < 0.2 else S2TW).convert(text)
    chars = [c2 if (c1 != c2 and rng.random() < 0.1) else c1 for c1, c2 in zip(conv, text)] \
        if len(conv) == len(text) else list(conv)
    return "".join(chars)


def seeded(key: str, salt: str) -> random.Random:
    h = hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def build() -> list[dict]:
    calls = parse([globals()[n] for n in sorted(globals()) if n.startswith("CALLS_")])
    keys = [c["key"] for c in calls]
    assert len(keys) == len(set(keys)), "duplicate keys"
    rng = random.Random(SEED)
    order = keys[:]
    rng.shuffle(order)
    noisy_keys = set(rng.sample(keys, min(N_NOISY, len(keys))))
    by_key = {c["key"]: c for c in calls}
    out = []
    for i, key in enumerate(order, 1):
        call = by_key[key]
        r = seeded(key, "text")
        texts = [(tag, fill(text, call, r) if text is not None else None) for tag, text in call["turns"]]
        for k in range(12):
            tr = seeded(key, f"time{k}")
            segs = timeline(call, texts, tr, k)
            duration = round(max(s["end"] for s in segs) + tr.uniform(0.3, 0.8), 2)
            if "short" in call["flags"] or duration >= 30.5:
                break
        f = timing_facts(segs, duration)
        check(call, segs, duration, f)
        is_noisy = key in noisy_keys
        if is_noisy:
            nr = seeded(key, "noise")
            segs = [dict(s, text=noisy(s["text"], nr)) for s in segs]
        labels = [fam for fam in FAMILIES if fam in call["labels"]]
        out.append({"call_id": f"T-{i:03d}", "labels": labels, "note": call["note"], "noise": is_noisy,
                    "duration": duration,
                    "metadata": {"writer": "T", "industry": call["industry"], "company": call["company"],
                                 "direction": call["direction"], "hard_negative": "hn" in call["flags"],
                                 "language": "zh", "sample_rate": 8000, "key": key},
                    "segments": segs})
    return out


def main() -> None:
    out = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts = {f: sum(1 for r in out if f in r["labels"]) for f in FAMILIES}
    print(f"{len(out)} calls -> {OUT}", file=sys.stderr)
    print("positives:", counts, file=sys.stderr)
    print("no labels:", sum(1 for r in out if not r["labels"]),
          "hard negatives:", sum(1 for r in out if r["metadata"]["hard_negative"]),
          "noisy:", sum(1 for r in out if r["noise"]),
          "outbound:", sum(1 for r in out if r["metadata"]["direction"] == "outbound"),
          "multi-label:", sum(1 for r in out if len(r["labels"]) >= 2), file=sys.stderr)


if __name__ == "__main__":
    main()
