"""Independent labelled call set AB (eval/independent/tune_ab.jsonl; first named heldout_ab.jsonl, held out
until its blind figures were recorded, then renamed as round 27 of rule work began) — now a TUNING set.

Writer AB adopts writer AA's label policy unchanged (writer Z's policy plus the "AA:" readings at the top of
build_aa.py). Timing families are computed from the generated segment times and asserted against the hand labels
(clean and noisy text): short_call < 20 s (others >= 30 s); silence an unannounced gap >= 10 s (holds announced with
稍等 / 稍候 in the agent's turn just before are not); talk_over the agent starting >= 1.0 s before the customer's
segment ends; speech_rate the agent's mean rate over turns of >= 6 characters >= 7.5 or <= 2.0 chars/s; hangup the
clean transcript ending on the customer's unanswered question or 喂？喂？ (every hangup call also carries closing).

Data format (writer AB's own): blocks `@ key | in|out | labels | flags | note`, turns `A:` / `C:`, `A!:` agent
talk-over, `.. hold N` (announced) / `.. gap N` (unannounced); flags `hn` (hard negative), `fast`, `slow`, `short`.
`{G}` / `{C}` are the rotating correct greeting / closing. random.Random(SEED) only chooses timing, order, the noisy
calls and their noise, and the greeting / closing rotation (with the agent's name and number); the dialogues are
hand-written.

AB: readings writer AB had to choose (they only settle what AA's policy leaves open or what AB's calls bring up):
AB: a customer registering a complaint who quotes a third party's words (the driver said 滚一边去，神经病; a guide said
    一群土包子), and the agent reading them back to confirm, is complaint, not insult; a customer who abuses the agent
    (脑子有病 / 骗子) makes no agent insult.
AB: a jibe taken back with 开个玩笑嘛 is still insult (就您这个吨位…得加钱); so are mocking a customer's skill (您这手是用
    脚织的吧), business (夫妻店 / 游击队) or trade (搬砖的), rhetorical blame of a parent (您当妈的平时都不跟孩子说话的吗),
    sarcasm about expertise (您比我们工程师还懂啊) and mocking a hobby at the customer's age.
AB: 天晓得 / 不明白你在讲啥 / 你这话啥意思 / 想明白了再来问 are forbidden even when the agent answers after them.
AB: 我查一下 followed by >= 10 s of nothing is silence (it is no 稍等 / 稍候 announcement).
AB: a pro-forma 不好意思啊 before sending the customer elsewhere settles apology, not shirking.
AB: trade and plain words that share characters with insults are innocent: 送人头 / 击杀 (e-sports), 踩死 (drums), 死灯
    (LED screens), 锈死 (scaffold couplers), 杀青 (tea), 死皮 (bath house), 恒星死亡 / 黑洞 (planetarium), 死神 (an anime),
    冷血动物 (reptiles), 毒性 / 杀菌 (industrial gas), 抽粪 / 垃圾桶 (portable toilets), 听神经 / 病史 (speech therapy),
    胃病 / 滚水 (tea), 您真会挑 said sincerely.
AB: 保证一百年不出事故 / 客流量至少翻一倍 / 保证三个月开口 are overpromise; 一般 / 大部分 / 不敢给您打包票 are hedges; an
    agent's 三个工作日内一定到账 for a refund the company itself pays is not.
AB: an outbound opening that gives the company only when the customer asks (喂，是何先生吧？我们这边做遮阳篷的) is a
    greeting fault; a wrong-number call answered with 没关系 and a blessing is a correct closing.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import opencc

SEED = 20261227
OUT = Path(__file__).resolve().parent / "tune_ab.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask",
            "apology", "shirking", "overpromise", "colleague", "complaint",
            "silence", "talk_over", "speech_rate", "short_call", "hangup")
NOISY_SHARE = 0.25

INDUSTRIES = {  # code: (industry, company, short)
    "kqn": ("air-source heat-pump water heater after-sales", "暖泉空气能", "暖泉"),
    "qd": ("cord-blood bank", "安脐生命银行", "安脐"),
    "dj": ("e-sports training academy", "破晓电竞学院", "破晓"),
    "twg": ("planetarium tickets", "星穹天文馆", "星穹"),
    "xy": ("bath house", "沐云洗浴", "沐云"),
    "cs": ("tea house bookings and tea shop", "听松茶舍", "听松"),
    "gu": ("drum-kit lessons", "鼓动架子鼓教室", "鼓动"),
    "ck": ("mechanical car-park maintenance", "立泊机械车库", "立泊"),
    "pc": ("reptile pet shop", "鳞趣爬宠", "鳞趣"),
    "hs": ("art-exam training studio", "丹青画室", "丹青"),
    "qt": ("industrial gas cylinders", "恒焰工业气体", "恒焰"),
    "kf": ("children's speech therapy", "启声康复中心", "启声"),
    "xn": ("breast-pump rental", "暖芽母婴租赁", "暖芽"),
    "ba": ("medical-record copying and mailing", "明档病案服务", "明档"),
    "zy": ("awning installation", "荫凉遮阳篷", "荫凉"),
    "mz": ("anime-convention tickets", "次元漫展", "次元"),
    "mx": ("yarn and knitting supplies", "绒绒毛线", "绒绒"),
    "led": ("LED screen rental", "光阵大屏租赁", "光阵"),
    "ydc": ("portable-toilet rental", "洁途移动厕所", "洁途"),
    "jsj": ("scaffolding rental", "稳架脚手架租赁", "稳架"),
}

GREETS = ["{tod}！{co}，我是{ag}，请问今天有什么可以为您效劳的？",
          "{tod}，您已接通{co}服务台，{id}号{ag}在线，请问您有什么需要？",
          "{tod}，这边是{co}，我是客服{ag}，您请说，我来帮您。",
          "{tod}，感谢致电{co}，我是{ag}，请问遇到什么事情需要帮忙吗？",
          "{tod}，{co}热线{ag}为您服务，请问您想咨询还是办理业务？",
          "{tod}呀，{co}，我是{ag}，有什么能帮上您的请尽管讲。"]
TODS = ["您好", "早上好", "中午好", "下午好", "晚上好"]
CLOSES = ["问题都给您记下了，感谢您的来电，祝您{w}，再见。",
          "后续进度我们会短信通知您，{id}号{ag}祝您{w}。",
          "好的，那就先帮您办到这儿，谢谢您的理解，祝您{w}！",
          "还有其他需要可以随时拨打这个号码，祝您{w}，再会。",
          "感谢您对{co}的信任，祝您{w}，再见！",
          "辛苦您了，我是{ag}，有事再找我，祝您{w}，拜拜。"]
WISHES = ["万事顺遂", "开开心心", "诸事顺利", "身体健康", "每天好心情", "阖家安康", "工作顺利", "笑口常开"]
AGENTS = ["小贺", "小琪", "小柏", "小申", "小晏", "小邬", "小蒲", "小凌", "小祁", "小荀", "小甄", "小麦"]

# writer AB's own homophone list (what Whisper base makes of these words on 8 kHz audio)
HOMOPHONES = [("热水器", "热水气"), ("脐带血", "脐带雪"), ("电竞", "电镜"), ("天文馆", "天文官"), ("洗浴", "洗玉"),
              ("茶舍", "茶社"), ("包间", "包尖"), ("架子鼓", "架子谷"), ("车库", "车裤"), ("蜥蜴", "西一"),
              ("画室", "画式"), ("钢瓶", "钢平"), ("康复", "康夫"), ("吸奶器", "吸奶气"), ("病案", "病按"),
              ("复印", "复音"), ("遮阳篷", "遮阳棚"), ("漫展", "慢展"), ("毛线", "毛先"), ("大屏", "大平"),
              ("厕所", "侧所"), ("脚手架", "脚手假"), ("租金", "组金"), ("投诉", "投素"), ("保证", "保正"),
              ("抱歉", "包歉"), ("不好意思", "不好一思"), ("请问", "晴问"), ("祝您", "竹您"), ("客服", "可服"),
              ("师傅", "师付"), ("售后", "受后"), ("快递", "快地"), ("退款", "推款"), ("预约", "预越"),
              ("订单", "订但"), ("费用", "费永"), ("免费", "面费"), ("安装", "安庄"), ("经理", "经里"),
              ("孩子", "还子"), ("再见", "在见"), ("谢谢", "谢写"), ("麻烦", "马凡"), ("评估", "平估"),
              ("集训", "极训"), ("押金", "鸭金"), ("工程师", "公程师"), ("老师", "老式")]
UNITS = "元|块钱|块|天|小时|分钟|个月|月|号|年|岁|斤|公斤|公里|张|份|楼|层|周|台|件|个工作日|次|位|万|平方|米|瓶|根|团|级|度|节|人"
PUNCT = set("，。？！、；：,.?!;:…“”‘’（）()—-~《》 ")
HOLD_WORDS = ("稍等", "稍候")


def nchars(text: str) -> int:
    return sum(1 for ch in text if ch not in PUNCT and not ch.isspace())


DATA = r"""
# ===== 暖泉空气能 =====
@ kqn-01 | in | insult,apology | | hearing: 耳朵里是塞了棉花
A: {G}
C: 我家那台空气能热水器，显示屏一直跳E三，洗澡水忽冷忽热的。
A: E三是缺水保护，您看一下进水阀开没开。
C: 啊？哪个阀？你说慢一点，我这边有点吵。
A: 我都说了两遍了，进水阀进水阀，您耳朵里是塞了棉花还是怎么的？
C: 你这什么态度啊？我就是没听清。
A: 就在机器右下角，蓝色把手那个，拧到竖着就行。
C: 行吧，我去看看。
A: {C}

@ kqn-02 | in | tariff | | 检测费 毛毛雨啦 / 师傅看情况
A: {G}
C: 热水器不制热了，你们派人来看要不要钱啊？已经过保了。
A: 过保的话是要收一点检测费的，不过都是小钱，毛毛雨啦。
C: 小钱是多少？我得心里有个数。
A: 这个师傅到了现场看情况，您放心，不会坑您的。
C: 那好吧，你们什么时候能来？
A: 我给您约明天下午，师傅出发前会先打电话给您。
A: {C}

@ kqn-03 | in | overpromise | | 电费一分钱都不会多花 / 零下二十度照样满功率
A: {G}
C: 我想换你们家的空气能，听说挺省电的，到底能省多少？
A: 跟电热水器比，我跟您保证，今年冬天电费一分钱都不会多花，只会少不会多。
C: 一分都不多？零下十几度也一样？
A: 对，零下二十度照样满功率，保证您天天有热水，电费比现在砍一半。
C: 那我考虑下，你们有样机可以看吗？
A: 有的，门店地址我短信发给您。
A: {C}

@ kqn-04 | in | - | hn | hedged: 一般 / 大部分 / 效率会下降
A: {G}
C: 你们这个空气能冬天真的省电吗？我们这边冬天挺冷的。
A: 一般来说比普通电热水器省一半左右，具体还要看您家的用水量和当地气温。
C: 零下的时候呢？
A: 零下十度以内大部分机型都能正常工作，再冷的话效率会下降，会自动启用辅助电加热，那时候耗电会多一些。
C: 明白了，那我回头去店里看看。
A: 好的，我把就近门店的地址和电话发到您手机上。
A: {C}

@ kqn-05 | in | greeting,closing,short_call | short | 喂，暖泉。 / 成，那先这么着。
A: 喂，暖泉。
C: 你好，我想问下你们周末上门安装吗？
A: 周末也装。
C: 好的，那我周六约。
A: 成，那先这么着。

@ kqn-06 | out | - | hn | outbound return visit, correct opening and closing; apology for water stains
A: 您好，我是暖泉空气能的客服{ag}，上周师傅给您家装了热水器，今天给您做个回访，方便耽误您两分钟吗？
C: 可以，你说。
A: 谢谢您。师傅上门有没有按约定时间到？装完有没有把现场清理干净？
C: 时间挺准的，就是走的时候地上有点水渍，也没啥。
A: 给您添麻烦了，这个我反馈给安装组。机器用着还正常吗？
C: 正常，水挺热的。
A: 那就好，那不打扰您了，祝您每天都有好心情，再见。

@ kqn-07 | in | filler,apology,shirking | | tiles cracked: 找安装队去，电话查不到; 晓得吧 tics
A: {G}
C: 你们师傅装完热水器，我家墙上的瓷砖裂了一块，这事谁管？
A: 安装是外包给安装队的，晓得吧，瓷砖的事，晓得吧，您得直接去找他们，我们这边管不了，晓得吧。
C: 我又不认识什么安装队，我是在你们这买的！
A: 那也没办法，晓得吧，合同上写的安装由第三方负责，您自己联系吧。
C: 那你把他们电话给我。
A: 电话我这边查不到，您看看安装单上有没有。
A: {C}

@ kqn-08 | in | silence | | 嗯 then 13 s of nothing
A: {G}
C: 我想查一下我的维修单到哪一步了，单号是幺二零八三。
A: 嗯。
.. gap 12
C: 喂？还在吗？
A: 在的，查到了，配件已经到了，明天上午师傅上门更换。
C: 好，谢谢。
A: {C}

# ===== 安脐生命银行 =====
@ qd-01 | in | insult | | sanity: 您是不是魔怔了 (then 不好意思，我话说重了)
A: {G}
C: 我又来问了，我家孩子的脐带血到底存进去没有？上次说一周出报告。
A: 女士，您这个礼拜打了四次了，您是不是魔怔了？报告出了自然会通知您。
C: 你说谁魔怔？我着急问问不行吗？
A: 不好意思，我话说重了。报告还在审核，出来了短信发您。
C: 行，我等短信。
A: {C}

@ qd-02 | in | tariff,speech_rate | fast | 年费: 后面的事后面再说; gabbled
A: {G}
C: 你们这个存储除了一开始交的，以后每年还要交钱吗？
A: 前面几年都包含在套餐里了，后面的事后面再说，现在不用操心。
C: 那后面每年交多少？从第几年开始交？
A: 这个到期前会有人联系您的，一般大家都觉得能接受。
C: 那好吧，我回头翻翻合同。
A: {C}

@ qd-03 | in | - | hn | 不太清楚 of the courier, with tracking number and call-back
A: {G}
C: 我在医院生的孩子，采血那天护士说你们会寄证书，证书寄到哪了？
A: 我帮您查一下，证书上周五已经交给快递了。具体派送到哪一站我这边看不太清楚，快递单号是幺九四七二六三零，您可以拨打快递的客服热线查询，我明天也会给您回个电话确认。
C: 好的，那麻烦你了。
A: 不麻烦，应该的。
A: {C}

@ qd-04 | in | closing,complaint,apology | | 打一二三一五; 您要投就投吧; ends 好了，没别的了。
A: {G}
C: 你们销售当时跟我说可以随时免费取消，现在我要取消，你们又说要扣两千块。
A: 合同第七条写得很清楚，超过三十天取消要扣手续费。
C: 当时根本没人跟我说过这条，我要打一二三一五投诉你们。
A: 您要投就投吧，合同是您自己签的。
C: 行，你等着。
A: 好了，没别的了。

@ qd-05 | out | greeting | | outbound 您好，我是小琪 with no company, even when asked
A: 您好，我是{ag}，想跟您确认一下您的预产期是几月份？
C: 你是哪里？怎么有我电话？
A: 就是做脐带血存储的，您之前在孕妇学校登记过。
C: 哦，我九月份。不过我还没想好存不存。
A: 没关系，我把资料发您微信，您可以慢慢看，有疑问随时打给我们，祝您孕期顺顺利利，宝宝健健康康。

@ qd-06 | in | greeting,name_ask | | 安脐中心，有事说事。 / 姓啥？
A: 安脐中心，有事说事。
C: 你好，我想查一下我们家的存储合同。
A: 姓啥？
C: 姓蒋，蒋文静。
A: 手机尾号报一下。
C: 五五一八。
A: 查到了，合同有效期到二零四五年，存储状态正常。
C: 好，谢谢。
A: {C}

@ qd-07 | in | - | hn | customer's own 不知道, reassured; sincere praise
A: {G}
C: 我是第一次当妈，好多事都不懂，什么叫自体存储、公共捐赠我都不知道，会不会问得太傻？
A: 一点都不傻，您提前了解这些特别用心。不知道也没关系，我一项一项给您讲清楚。
C: 好，那你说。
A: 自体存储是给自己孩子留着，公共捐赠是捐给血库，谁配上了谁用，您可以按家里的情况选。
C: 明白了，谢谢你这么耐心。
A: {C}

# ===== 破晓电竞学院 =====
@ dj-01 | in | closing,insult,apology | | age: 您这岁数手指头都不灵活了吧; ends 嗯，拜了啊。
A: {G}
C: 我想报你们的职业选手班，我今年三十五了，有没有年龄限制？
A: 三十五？您这岁数手指头都不灵活了吧，来了也是给年轻人当陪练。
C: 你这话说的，我就问问有没有限制。
A: 没有硬性限制，但是建议您报兴趣班。
C: 那兴趣班多少钱？
A: 兴趣班每期四千八，开班前一次付清。
C: 好吧，我再想想。
A: 嗯，拜了啊。

@ dj-02 | in | - | hn | trade words 送人头 / 击杀 explained
A: {G}
C: 我儿子在你们那学，他回来说老师天天说他送人头，是怎么回事？
A: 家长您别担心，送人头是游戏里的说法，就是角色被对方击杀的次数多了，老师是在复盘的时候分析操作，不是骂孩子。
C: 哦，这样啊，我还以为老师骂他。
A: 理解您的担心，如果孩子觉得老师说话太重，您随时告诉我们，我们让班主任跟孩子聊聊。
C: 好的，谢谢。
A: {C}

@ dj-03 | in | overpromise | | 保证一年之内签上职业战队
A: {G}
C: 我想让孩子来你们这学，学完了真能打职业吗？
A: 您放心，来我们这，我保证一年之内让他签上职业战队，签不上全额退款。
C: 这么有把握？
A: 我们出来的孩子个个都进了职业队，一个没落下。
C: 那我周末带他过来看看。
A: 好的，地址我发您短信。
A: {C}

@ dj-04 | in | filler | | 这个这个 / 反正就是 / 然后然后
A: {G}
C: 你们的课程是怎么安排的？
A: 这个这个，反正就是，上午是理论课，然后然后，下午就是实战训练。
C: 一周上几天？
A: 反正就是，一周六天，这个这个，周日休息，然后然后晚上也有复盘。
C: 住宿呢？
A: 住宿这个这个，反正就是四人间，有空调。
C: 好，我知道了。
A: {C}

@ dj-05 | in | talk_over | | agent cuts in on the eyesight question
A: {G}
C: 我想问一下，我孩子下个月就要去你们那了，他有点近视，天天盯着电脑屏幕会不会
A!: 不会不会，我们都有护眼屏，您放心。
C: 我是想问能不能给他安排前排的位置。
A: 可以的，我给班主任备注一下，开学给他安排前排。
C: 好的，谢谢。
A: {C}

@ dj-06 | in | - | hn | customer calls them 骗子; agent apologises and compensates
A: {G}
C: 你们这什么破学校，交了钱一个月了课都没排上，你们是不是一群骗子？
A: 非常抱歉让您等了这么久，是我们排课没跟上。我马上帮您查一下。
C: 查查查，天天就知道查。
A: 您的心情我完全理解。查到了，您孩子的班下周一开课，我这边给您申请补偿两节一对一的课，您看可以吗？
C: 那还差不多。
A: {C}

@ dj-07 | in | speech_rate | fast | rattles off the winter camp
A: {G}
C: 我想了解一下你们寒假集训营。
A: 寒假集训营一共二十一天，从一月十五号开营，包吃包住，每天八个小时训练，有专业教练带队，结束以后还有内部选拔赛，表现好的可以直接进青训队。
C: 等下，太快了，多少钱？
A: 总共六千八，报名的时候交一千定金，剩下的开营当天交齐，可以分期也可以一次付清，一次付清送一套外设。
C: 好吧，我再考虑下。
A: 好的，您考虑好了随时联系我们，祝您万事顺遂，再见。

# ===== 星穹天文馆 =====
@ twg-01 | in | greeting,apology | | bare 喂？ then 对，星穹天文馆，您说; cancelled show, no apology
A: 喂？
C: 喂？是天文馆吗？
A: 对，星穹天文馆，您说。
C: 我上周买的球幕影院票，到了说场次取消了，也没人通知我，我们全家白跑一趟。
A: 那场设备检修，票款原路退回了，三天内到账。
C: 就这样？
A: 退款已经在处理了。
C: 行吧。
A: {C}

@ twg-02 | in | - | hn | trade words 黑洞吞噬 / 恒星死亡
A: {G}
C: 我家孩子说想看那个讲黑洞的节目，叫什么来着，适合几岁的小孩？
A: 您说的应该是黑洞吞噬，讲恒星死亡以后塌缩成黑洞的过程，建议八岁以上的孩子看，太小的孩子可能会觉得画面有点暗，有点吓人。
C: 我家的九岁，可以吧？
A: 九岁正合适，周六上午十点和下午三点各一场，您要哪一场？
C: 下午三点，两大一小。
A: 好的，已经给您预留了，到馆出示手机号取票就行。
A: {C}

@ twg-03 | out | - | hn | outbound correct; fee with amount and when paid
A: 下午好，我是星穹天文馆的{ag}，您之前在我们这登记过夜观活动，今天来电是想通知您下个月有一场英仙座流星雨观测，想问您有没有兴趣参加？
C: 哦，多少钱？
A: 成人每位一百二十元，儿童八十元，报名成功当天在线支付，活动因为天气取消会全额退款。
C: 那给我报两个大人一个孩子吧。
A: 好的，稍后付款链接会发到您手机，请在三天内完成支付。不打扰您了，祝您观星愉快，再见。

@ twg-04 | in | insult,closing,apology | | region and money: 乡镇学校连几十块都掏不出来 ... 挂了
A: {G}
C: 我们从镇上带学生来参观，能不能给学生便宜点？
A: 学生票已经是半价了。
C: 我们那边孩子第一次来城里，能不能再优惠一点？
A: 你们乡镇学校是不是连几十块都掏不出来？掏不出来就别来了，没别的事挂了。

@ twg-05 | in | complaint | hn | complaint registered, guide's 一群土包子 read back
A: {G}
C: 我要投诉你们馆里一个讲解员，昨天他当着孩子们的面说我们一群土包子，啥也不懂。
A: 非常抱歉让您和孩子们受了委屈。我跟您核对一下，您反映的是昨天下午的讲解员，说了一群土包子，啥也不懂这样的话，对吗？
C: 对，就是那个戴眼镜的男的。
A: 好的，已经记录下来了，会转给馆长处理，两个工作日内给您回电话说明处理结果。
C: 行，我等你们电话。
A: {C}

@ twg-06 | in | forbidden,silence | | 不知道，还没定 / 这我哪说得准; 11 s of nothing before it
A: {G}
C: 请问下个月那个火星主题展什么时候开始啊？
A: 不知道，还没定。
C: 那大概什么时候能定下来？有地方可以查吗？
.. gap 11
A: 这我哪说得准，您自己刷刷公众号吧。
C: 好吧。
A: {C}

@ twg-07 | in | - | hn | announced hold 您稍等 for 22 s
A: {G}
C: 我想给孩子班上订一场团体票，三十八个学生四个老师。
A: 好的，您稍等，我看一下下周的场次余位。
.. hold 22
A: 让您久等了，下周三上午十点那场还有五十个座位，可以安排。
C: 那就这场，价格怎么算？
A: 学生每人二十五元，老师免费，参观当天到窗口统一付款就可以。
C: 好的。
A: {C}

# ===== 沐云洗浴 =====
@ xy-01 | in | insult,apology | | looks: 就您这个吨位…得加钱吧 (开个玩笑嘛)
A: {G}
C: 你们那个搓澡是按人收费还是按时间？我体格比较大。
A: 按人收，不过就您这个吨位，搓澡师傅得搓两遍，得加钱吧。
C: 你什么意思？胖就得多给钱？
A: 开个玩笑嘛，一样的价，三十八一位。
C: 这玩笑不好笑。
A: {C}

@ xy-02 | in | - | hn | trade words 死皮 / 角质
A: {G}
C: 你们那个搓澡项目，搓完皮肤红红的正常吗？
A: 正常的，搓澡主要是把角质层的死皮搓掉，皮肤会有点发红，一般半个小时就消了。如果您皮肤比较敏感，可以跟师傅说手法轻一点。
C: 好，那我下次跟师傅说。
A: {C}

@ xy-03 | in | colleague | | 前台那个小姑娘脑子不灵光
A: {G}
C: 我昨天在你们那储值卡充了五百，前台给我少充了一百。
A: 真是不好意思。前台那个小姑娘脑子不灵光，天天算错账，我给您补上。
C: 好，那什么时候能补？
A: 现在就给您补进去了，您可以在小程序里看到余额。
C: 看到了，好的。
A: {C}

@ xy-04 | in | tariff | | 过夜费不贵的 / 前台会跟您说
A: {G}
C: 你们的过夜是怎么收费的？在休息大厅睡一晚要加钱吗？
A: 过夜费不贵的，跟外面住个小旅馆比便宜太多了。
C: 那到底多少？几点以后开始算？
A: 这个前台会跟您说的，反正划算。
C: 好吧。
A: {C}

@ xy-05 | in | hangup,closing | | agent leaves on the child-price question
A: {G}
C: 你好，我想问一下你们几点关门？周末人多不多？
A: 凌晨两点关门，周末下午人比较多，晚上八点以后少一点。
C: 那有没有单独的包间？能带六岁的小孩一起进去吗？小孩怎么收费？

@ xy-06 | in | - | hn | curt but polite agent
A: {G}
C: 停车免费吗？
A: 免费，消费后凭小票免三小时。
C: 能带毛巾吗？
A: 可以带，馆里也有提供，不另收费。
C: 好。
A: 好的，感谢来电，祝您泡得舒服，再见。

@ xy-07 | in | speech_rate | slow | drawling agent
A: {G}
C: 你好，我想问一下你们今天晚上还营业吗？
A: 营业的，晚上十二点之前都能进。
C: 那现在过去要排队吗？
A: 现在人不多，不用排队。
C: 好的，谢谢。
A: 好的，祝您洗得舒服，再见。

# ===== 听松茶舍 =====
@ cs-01 | in | insult | | job: 你们搬砖的喝得出好坏吗 (then 对不住，我嘴快了)
A: {G}
C: 我们工地上几个工友想周末去你们那包个间喝喝茶。
A: 工地上的？我们这是品茶的地方，一壶老班章好几百，你们搬砖的喝得出好坏吗？
C: 怎么说话呢，干工地的就不能喝茶了？
A: 对不住，对不住，我嘴快了。能，包间最低消费六百，您要订就报个时间。
C: 周六下午两点，五个人。
A: {C}

@ cs-02 | in | - | hn | trade words 杀青 / 闷泡
A: {G}
C: 我在你们那买的白茶，泡出来有点闷味，是不是坏了？
A: 您别担心，可能是冲泡方法的问题。白茶杀青程度轻，不适合长时间闷泡，建议水温九十度左右，出汤快一点。
C: 原来是这样，我一直用保温杯泡的。
A: 保温杯泡确实容易闷熟，换个盖碗试试，口感会好很多。如果还是有异味，您拍个照片给我们，可以给您换货。
C: 好的，谢谢你。
A: {C}

@ cs-03 | in | greeting,talk_over | | 听松，订包厢？; cuts in on the room request
A: 听松，订包厢？
C: 对，我想订明天晚上七点的包间，四个人，最好是靠窗能看到竹子的那间，还有就是
A!: 好的，请问您怎么称呼？
C: 姓梁。
A: 梁先生，明晚七点，四位，大包间，最低消费三百八，到店结账。
C: 可以。
A: {C}

@ cs-04 | in | closing,shirking | | 不好意思啊 then 物流不是我们负责的，您去找快递公司; ends 行，那就先这样哈，拜。
A: {G}
C: 我在你们线上店买的茶饼，收到的时候外包装都压烂了。
A: 不好意思啊，物流不是我们负责的，您去找快递公司理赔吧。
C: 我是在你们店买的，你们不管吗？
A: 我们只管发货，路上坏了真跟我们没关系。
C: 好吧，我自己去问快递。
A: 行，那就先这样哈，拜。

@ cs-05 | in | filler | | 嗯哼 / 说白了
A: {G}
C: 你们那个茶艺课怎么报名？
A: 嗯哼，说白了就是，您加我们微信，嗯哼，然后说白了就是选个时间。
C: 一节课多长时间？
A: 嗯哼，一节课说白了九十分钟，嗯哼，学费每节一百五，上课前付。
C: 好的。
A: {C}

@ cs-06 | in | - | hn | 胃病 / 滚水 in sincere advice
A: {G}
C: 我想给我爸买点茶，他有胃病，喝什么茶比较好？
A: 有胃病的话建议喝熟普或者红茶，比较温和，绿茶刺激性强，尽量少喝。冲的时候用滚水，第一泡倒掉。
C: 好的，那熟普哪款好一点？
A: 推荐我们的宫廷熟普，三百二一饼，可以先买个小样试试，三十八元一盒。
C: 行，那我先买小样。
A: 好的，已经给您下单了，祝叔叔身体越来越好，您也事事顺心，再见。

@ cs-07 | out | - | hn | outbound correct; 请问您贵姓
A: 上午好，我是听松茶舍的{ag}，您上个月在我们这办了会员卡，这次来电是想告诉您新到了一批明前龙井，会员可以优先品鉴。
C: 哦，什么时候？
A: 这周六下午两点到五点，免费品鉴，不用提前付钱。请问您贵姓，我帮您登记一下？
C: 姓谢。
A: 谢女士，给您登记好了，周六见，不打扰您了，祝您周末愉快。

# ===== 鼓动架子鼓教室 =====
@ gu-01 | in | insult,apology | | skill: 手脚就没长一块儿吧 / 敲木鱼得了
A: {G}
C: 我学了半年了，老师说我节奏感还是不行，我是不是不适合学鼓？
A: 半年了还数不准四拍子？您那手脚就没长一块儿吧，要不换个乐器，敲木鱼得了。
C: 我是来问问题的，不是来听你挖苦的。
A: 我就实话实说嘛，那您就多跟着节拍器练练。
C: 好。
A: {C}

@ gu-02 | in | - | hn | trade word 踩死
A: {G}
C: 我家孩子回来说老师让他把底鼓踩死，什么意思啊？
A: 这是鼓手的行话，踩死就是踩底鼓的时候脚不抬起来，让鼓槌压在鼓皮上，声音会更闷更短，是一种技巧，不是别的意思。
C: 哦哦，吓我一跳。
A: 理解的，好多家长第一次听都会这么想。孩子要是练不明白，下节课可以让老师再示范一遍。
C: 好的，谢谢。
A: {C}

@ gu-03 | in | colleague | | 刘老师就是个混子，人懒得要命
A: {G}
C: 我想换个老师，现在的刘老师老是迟到。
A: 不好意思，给您添麻烦了。刘老师啊，他就是个混子，打鼓还行，人懒得要命。
C: 那你给我换一个吧。
A: 给您换成周老师，时间不变，周六下午三点。
C: 好的。
A: {C}

@ gu-04 | in | tariff | | 练习室 收一点点，意思意思的钱
A: {G}
C: 你们说试听课免费，那正式上课以后琴房练习要收费吗？
A: 练习室嘛，收一点点，意思意思的钱。
C: 一点点是多少？按小时算还是按月？
A: 您先上着课，到时候用的时候再说。
C: 那行吧。
A: {C}

@ gu-05 | in | short_call | short | wrong number, 没关系 + blessing
A: {G}
C: 不好意思，我打错了。
A: 没关系，祝您生活愉快，再见。

@ gu-06 | in | complaint | hn | 市场监管局举报; apology; 三个工作日内一定到账 for the company's own refund (no overpromise)
A: {G}
C: 你们退费到底什么时候退？申请了一个月了，再不退我就去市场监管局举报你们。
A: 实在对不起，让您等了这么久。我刚查了，财务那边卡在审批，我现在就给您加急，三个工作日内一定到账，到账前我每天给您回个电话。
C: 三天后再不到我就直接去举报。
A: 明白，我亲自盯着。
A: {C}

@ gu-07 | in | - | hn | customer's 不知道 reassured; 请问您怎么称呼
A: {G}
C: 我想给孩子报个班，可是我也不知道他适合学什么乐器。
A: 没关系，不知道很正常，可以先带孩子来上一节免费体验课，老师会看看他的节奏感和兴趣。请问您怎么称呼？
C: 姓马。
A: 马女士，体验课周六和周日上午都有，您看哪天方便？
C: 周日吧。
A: 好的，周日上午十点，给您登记好了。
A: {C}
# ===== 立泊机械车库 =====
@ ck-01 | in | insult | | sarcasm: 您比我们工程师还懂啊，那您自己上去紧一紧呗 (then 抱歉抱歉)
A: {G}
C: 我们小区的机械车库又卡住了，我觉得是链条松了，你们是不是没保养？
A: 哟，您比我们工程师还懂啊，那您自己上去紧一紧呗，还打什么电话。
C: 我就说说我的判断，你阴阳怪气干嘛？
A: 抱歉抱歉，工程师下午两点到。
C: 行。
A: {C}

@ ck-02 | in | closing,shirking,apology,hangup | | 车库日常是物业在管，您去找物业; leaves on 那我车就一直困在里面吗？
A: {G}
C: 我的车在你们机械车库里取不出来了，我九点要上班，能不能快点派人？
A: 车库日常是物业在管，您去找物业吧，我们只管年检。
C: 物业说是你们设备的问题，让我找你们！
A: 那您让物业给我们打电话，我们不直接对业主。
C: 那我车就一直困在里面吗？

@ ck-03 | in | - | hn | proper transfer to technical support, do not hang up
A: {G}
C: 车库升降的时候有异响，我想问问要不要紧。
A: 异响需要技术人员判断，我帮您转到技术支持，他们会问您几个具体情况，转接过程中请不要挂机。
C: 好。
A: 技术支持已经接通了，我把您的情况也备注过去了，稍后他们会直接跟您说。感谢您的耐心，祝您生活顺心。

@ ck-04 | in | talk_over | | cuts in on the card-reader complaint
A: {G}
C: 我们是城东那个商场，上个月装的立体车库，最近刷卡老是刷不上，要刷好几次才
A!: 读卡器的问题，我给您派人。
C: 还有一个，显示屏也不亮了。
A: 好的，我一起记上，明天上午九点师傅上门，到之前会先给您打电话，给您添麻烦了。
C: 好。
A: {C}

@ ck-05 | in | overpromise | | 保证一百年都不会出事故
A: {G}
C: 我们小区想装你们的车库，最担心的就是安全问题。
A: 这个您完全不用担心，我们的车库我保证一百年都不会出事故，一次都不会。
C: 一百年？
A: 对，百分百安全，出了事我们全赔。
C: 那你们安排个人来现场看看吧。
A: 好的，我让销售经理明天联系您。
A: {C}

@ ck-06 | in | silence | | 我查一下 is no hold announcement; 14 s of nothing
A: {G}
C: 你们昨天说今天来人修车库，到现在还没来。
A: 我查一下。
.. gap 13
A: 师傅路上堵车了，大概半小时到，真不好意思让您久等了。
C: 好吧。
A: {C}

@ ck-07 | out | - | hn | outbound maintenance notice, correct, apology for the inconvenience
A: 您好，这里是立泊机械车库的{ag}，您小区的车库下周一要做年度保养，想提前跟您说一声。
C: 哦，要停多久？
A: 上午八点到十二点，这段时间车库暂停使用，建议您前一天晚上把车停到地面车位，给您带来不便，非常抱歉。
C: 行，知道了。
A: 谢谢您的配合，不打扰了，祝您一周顺利。

# ===== 鳞趣爬宠 =====
@ pc-01 | in | insult,closing,apology | | choices: 谁让您非要养这个的…养死了也是活该 / 爱养不养，挂了
A: {G}
C: 我上个月在你们店买的鬃狮蜥，这几天不吃东西了，怎么办？
A: 谁让您非要养这个的？连温度都控制不好，养死了也是活该。
C: 你怎么能这么说？我就是来问办法的。
A: 爱养不养，挂了。

@ pc-02 | in | - | hn | sincere praise; trade words 冷血动物 / 卡皮
A: {G}
C: 我家玉米蛇在蜕皮，蜕了一半卡住了，怎么办？
A: 别着急，您能发现卡皮已经很细心了。蛇是冷血动物，环境湿度不够就容易卡皮，您可以准备一盆温水，让它泡十分钟左右，再轻轻帮它把旧皮推下来。
C: 好，我试试。不行的话能带去你们店吗？
A: 可以的，店里有专门的师傅，不收费，来之前打个电话就行。
A: {C}

@ pc-03 | in | name_ask,silence | | 你叫个啥？; 12 s of nothing after 电话就是这个吧
A: {G}
C: 我想预订一条白化的球蟒。
A: 你叫个啥？
C: 我姓袁。
A: 电话就是这个吧？
C: 对。
.. gap 12
A: 好，到货了通知您，定金两百，下单时付。
A: {C}

@ pc-04 | in | forbidden | | 你这话啥意思？
A: {G}
C: 你们卖的守宫为什么比别人家贵那么多？是不是有什么特别的？
A: 你这话啥意思？我们的价格一直是这样的。
C: 我就想知道贵在哪。
A: 我们都是自家繁殖的，品相好，有健康保障。
C: 哦，好。
A: {C}

@ pc-05 | in | filler | | 讲真 / 你懂我意思吧
A: {G}
C: 养角蛙需要什么设备？
A: 讲真，角蛙好养，你懂我意思吧，一个盒子加水苔就行，讲真不用加热。
C: 冬天也不用加热吗？
A: 讲真，冬天低于二十度就要加个加热垫，你懂我意思吧，不然它会不吃东西，你懂我意思吧。
C: 好，知道了。
A: {C}

@ pc-06 | in | complaint,apology | | 投诉到平台; 活体售出不退不换
A: {G}
C: 我在你们网店买的蜥蜴，到手第二天就死了，你们必须给个说法，不然我就投诉到平台去。
A: 活体售出以后我们不退不换，页面上写着呢。
C: 我要投诉你们卖病体！
A: 您可以去投。
C: 行。
A: {C}

@ pc-07 | in | - | hn | customer-side 喂？喂？ on a bad line
A: {G}
C: 喂？喂？能听到吗？我这边信号不太好。
A: 能听到的，您请讲。
C: 喂，好。我想问问你们店周末几点开门？
A: 周末上午十点到晚上九点都营业。
C: 好的，谢谢。
A: {C}

# ===== 丹青画室 =====
@ hs-01 | in | insult | | schooling: 您自己上过大学没有？ (then 不好意思)
A: {G}
C: 我想给孩子报个美术集训，冲一下央美，你们有没有把握？
A: 家长，您自己上过大学没有？央美是什么难度您心里没数吗？
C: 我没上过大学怎么了？我问问都不行？
A: 不好意思，我的意思是先让孩子来测个水平。
C: 行吧。
A: {C}

@ hs-02 | in | overpromise | | 保证联考过线 / 包您拿到合格证
A: {G}
C: 孩子素描基础一般，来你们这集训半年能过联考吗？
A: 没问题，来我们这保证联考过线，我们老师带的学生从来没有没过的。
C: 那校考呢？
A: 校考我也包您拿到合格证，三个以上。
C: 好，那我们报一个。
A: 好的，报名表我发您微信。
A: {C}

@ hs-03 | in | - | hn | hedged: 大部分 / 差别挺大 / 不敢给您打包票
A: {G}
C: 我家孩子基础比较薄弱，来集训半年能考上好学校吗？
A: 这个得看孩子的基础和投入，我们往年的学生大部分联考都能过线，但名校录取每个孩子差别挺大的，不敢给您打包票。建议先来做个水平测试，老师会给一个比较客观的评估。
C: 好的，那什么时候能测？
A: 每周六上午都可以，测试免费。
A: {C}

@ hs-04 | in | colleague | | 王老师就是个半吊子，靠关系进来的
A: {G}
C: 孩子说你们教色彩的那个王老师讲课他听不懂。
A: 王老师啊，他就是个半吊子，自己都没考上美院，靠关系进来的。抱歉给您添麻烦了，我给孩子换到李老师班上。
C: 好的，那就换吧。
A: {C}

@ hs-05 | in | greeting | | 您好，请讲。 with no company
A: 您好，请讲。
C: 你好，是丹青画室吧？我想问一下寒假班什么时候开课。
A: 对，是丹青画室。寒假班一月二十号开课，为期二十五天。
C: 需要带什么工具吗？
A: 画具我们统一提供，孩子带好换洗衣服就行。
A: {C}

@ hs-06 | in | - | hn | 您不清楚孩子的水平没关系
A: {G}
C: 我是孩子外婆，他爸妈在外地打工，孩子画得怎么样我也不清楚，能报吗？
A: 当然可以，您不清楚孩子的水平没关系，我们开课前会给孩子做个摸底，老师每周会给您打电话说说孩子的情况。
C: 那太好了。学费多少钱？
A: 寒假班一共四千二，开课第一天交，可以分两次交。
C: 好的。
A: 好的阿姨，祝您身体健康，也祝孩子学有所成，再见。

@ hs-07 | in | hangup,closing | | agent leaves on the dormitory question
A: {G}
C: 你们这个集训的住宿条件怎么样？
A: 六人间，有独立卫生间。
C: 晚上有老师查寝吗？女孩子住那儿安全吗？

# ===== 恒焰工业气体 =====
@ qt-01 | in | insult,apology | | sanity: 您脑子是不是有毛病？不要命了？
A: {G}
C: 我们焊接车间要订几瓶氩气，还有，钢瓶能不能放在员工宿舍旁边那个小屋里？
A: 您脑子是不是有毛病？钢瓶往宿舍边上放，不要命了？
C: 我不懂才问你的，你凶什么？
A: 必须放通风的地方，远离明火和宿舍。
C: 好。
A: {C}

@ qt-02 | in | - | hn | trade words 毒性 / 杀菌
A: {G}
C: 我们厂要做环氧乙烷杀菌，你们能供气吗？这个东西毒性大不大？
A: 能供的。环氧乙烷有一定毒性，也易燃，所以对储存要求比较高，需要专门的防爆气瓶间，送货前技术员会上门检查一下您的储存条件，合格才能卸货。
C: 好的，那你们安排人来看看。
A: 好的，明天上午技术员先跟您电话联系，约好时间再上门。
A: {C}

@ qt-03 | in | tariff | | 瓶子租金 不多的，跟同行差不多
A: {G}
C: 你们的钢瓶是押金还是租金？要是租的，每个月多少钱？
A: 瓶子嘛就收个租金，不多的，跟同行差不多，您放心。
C: 我要知道具体数，还有从什么时候开始算？
A: 这个送货的时候师傅跟您说。
C: 行吧。
A: {C}

@ qt-04 | in | overpromise | | 阀门保证一辈子都不会漏
A: {G}
C: 你们的气瓶阀门质量怎么样？之前别家的漏过气。
A: 我们的阀门我保证一辈子都不会漏，一丝气都不会漏出来。
C: 这么绝对？
A: 绝对的，漏了我负责。
C: 行，那先订二十瓶。
A: {C}

@ qt-05 | in | closing,name_ask,shirking | | 你哪位？叫什么？; 不好意思啊 then 找司机去 / 您找厂里 / 电话没有; ends 就这么着吧。
A: {G}
C: 你们送来的氧气瓶，有两瓶压力不足，根本用不了。
A: 你哪位？叫什么？
C: 我姓田，田记焊接厂的。
A: 不好意思啊，送货的是物流公司，您找司机去。
C: 司机说他只管送，让我找你们。
A: 那我也管不了，气是厂里充的，您找厂里。
C: 厂里电话多少？
A: 这个我这儿没有。
A: 就这么着吧。

@ qt-06 | in | - | hn | deposit and rent with amount and start date
A: {G}
C: 我们第一次订，钢瓶押金多少？租金怎么算？
A: 每个钢瓶押金五百元，送货签收当天收取，退瓶时全额退还；租金每瓶每月二十元，从签收第二天开始计算，每月月底结算。
C: 明白了，那先订十瓶。
A: 好的，明天下午送到，司机出发前会打电话给您。
A: {C}

@ qt-07 | in | speech_rate | slow | drawling agent
A: {G}
C: 你好，我们下周三要一批二氧化碳，能送吗？
A: 能送的，您要多少瓶，送到什么地方？
C: 三十瓶，送到开发区的厂里。
A: 好的，下周三上午给您送过去，司机会提前打电话。
C: 好，谢谢。
A: {C}

# ===== 启声康复中心 =====
@ kf-01 | in | insult,apology | | blame: 您当妈的平时都不跟孩子说话的吗？天天刷手机吧？
A: {G}
C: 我家孩子三岁了还不太会说话，我想问问你们那边怎么训练。
A: 三岁了还不会说？您当妈的平时都不跟孩子说话的吗？天天刷手机吧？
C: 你凭什么这么说我？
A: 很多家长都这样，我就是提醒一下。先来做个评估吧，评估费两百，当天交。
C: 我考虑一下。
A: {C}

@ kf-02 | in | - | hn | 听神经 / 病史 in sincere advice
A: {G}
C: 医生说我家孩子可能是听神经有问题，这个你们能做康复吗？
A: 可以的。听神经方面的问题，我们需要先看医院的检查报告，再安排听觉言语评估。孩子以前有没有其他的病史？
C: 没有，就是说话晚。
A: 好的，您带上报告来，我们康复师会详细跟您沟通，别太着急，很多孩子干预以后进步都挺明显的。
C: 好，谢谢你。
A: {C}

@ kf-03 | in | overpromise | | 保证三个月开口叫妈妈，半年说整句
A: {G}
C: 孩子两岁半，一个字都不说，来你们这要多久能开口？
A: 您放心，来我们这保证三个月开口叫妈妈，半年说整句，我们有独家方法。
C: 真的吗？
A: 真的，我们这儿从来没有失败过的。
C: 那我下周带孩子来。
A: {C}

@ kf-04 | in | complaint | | 卫健委投诉; apology and a dated reply
A: {G}
C: 你们康复师上课的时候一直在看手机，我全看到了，我要去卫健委投诉你们。
A: 真的非常抱歉，这是我们管理上的问题。我已经记下来了，今天就会跟康复师核实，这节课给您免费补上，处理结果明天下午四点前给您回电话。
C: 我要的是你们认真对待。
A: 您说得对，我们一定会认真处理。
A: {C}

@ kf-05 | in | name_ask,silence | | 孩子叫啥？你又是谁？ / 全名。; 11 s of nothing
A: {G}
C: 我想预约下周的评估。
A: 孩子叫啥？你又是谁？
C: 孩子叫朵朵，我是她妈妈。
A: 全名。
C: 林朵朵。
.. gap 11
A: 下周二上午九点，评估两百，来了交。
C: 好。
A: {C}

@ kf-06 | in | - | hn | sincere praise of the child and family
A: {G}
C: 我就想跟你们说一声，孩子上周第一次叫了奶奶，全家都哭了，谢谢你们的陈老师。
A: 太为孩子高兴了！这都是您和家人每天坚持陪练的功劳，孩子真的很棒。我一定把您的话转达给陈老师。
C: 真的谢谢你们。
A: {C}

@ kf-07 | out | closing,speech_rate | slow | outbound, apologised reschedule, drawled, then 嗯，那先这样哈。
A: 您好，我是启声康复中心的{ag}，明天孩子的康复课因为康复师临时生病要调到后天，跟您说一声。
C: 又调？上周也调过一次。
A: 真不好意思，连着两次给您添麻烦了，后天上午九点，还是同一个康复师，您看行吗？
C: 行吧。
A: 嗯，那先这样哈。

# ===== 暖芽母婴租赁 =====
@ xn-01 | in | insult | | money: 孩子都生了，一百八都舍不得？ (then 抱歉)
A: {G}
C: 你们吸奶器租一个月一百八，能不能便宜点？
A: 孩子都生了，一百八都舍不得？那您以后奶粉钱怎么办？
C: 你管我奶粉钱干什么？
A: 抱歉，价格是统一的，没法便宜。
C: 行吧。
A: {C}

@ xn-02 | in | short_call | hn short | curt but polite; deposit and rent stated; a short call
A: {G}
C: 押金多少？
A: 三百，归还后三天内退。
C: 租金呢？
A: 每天六块，签收次日起算。
C: 好。
A: 谢谢您，祝您和宝宝健健康康。

@ xn-03 | in | tariff | | 七天以后就正常收了，您先用着
A: {G}
C: 你们宣传说前七天免费试用，那七天以后怎么收钱？
A: 七天以后就正常收了，您先用着，觉得好再说。
C: 正常是多少？会自动扣吗？
A: 这个您别操心，到时候小程序里都能看到。
C: 好吧。
A: {C}

@ xn-04 | in | talk_over | | cuts in: 喇叭罩的硅胶膜
A: {G}
C: 我租的吸奶器今天用的时候突然没有吸力了，我试了换电池，也重新装了一遍
A!: 您看一下喇叭罩的硅胶膜有没有装反。
C: 我看看，装反了，好了好了。
A: 好的，那就没问题了。
C: 谢谢。
A: {C}

@ xn-05 | in | greeting,apology,colleague | | bare 嗯 then the customer's 喂？喂？ before the greeting; wrong model sent, no apology; 睁眼瞎 of the packer
A: 嗯。
C: 喂？喂？是暖芽吗？
A: {G}
C: 我租的是双边电动吸奶器，你们寄来的是单边的，我这两天都用不上。
A: 仓库打包那个就是个睁眼瞎，单边双边都分不清。那您把单边的寄回来，我们再给您发双边的。
C: 那我这两天怎么办？我涨奶很难受。
A: 双边的今天发出，明天能到。
C: 好吧。
A: {C}

@ xn-06 | in | filler | | 咱就是说 / 这么跟您讲吧
A: {G}
C: 吸奶器怎么消毒？
A: 咱就是说，配件拆下来，咱就是说，用开水煮五分钟，这么跟您讲吧，主机不能泡水。
C: 每次都要消毒吗？
A: 咱就是说，最好每次都消，这么跟您讲吧，宝宝小，咱就是说抵抗力弱。
C: 好的。
A: {C}

@ xn-07 | out | - | hn | outbound renewal reminder with amount and date
A: 您好，这里是暖芽母婴租赁，我是{ag}，您租的吸奶器下周三到期，打电话提醒您一下，需要续租还是归还呢？
C: 还想再用一个月。
A: 好的，续租一个月一百八十元，到期当天从您原来的支付方式扣款，可以吗？
C: 可以。
A: 已经帮您办好了，不打扰您了，祝宝宝健健康康长大，再见。
# ===== 明档病案服务 =====
@ ba-01 | in | closing,shirking,apology | | 复印是医院病案室弄的，我们就是个跑腿的; ends 完事了，拜拜。
A: {G}
C: 我三周前申请的病案复印，到现在还没寄过来，我急着报保险。
A: 复印是医院病案室弄的，我们就是个跑腿的，您问医院去。
C: 我是在你们平台申请的，钱也交给你们了！
A: 那也得医院先复印出来，我们催不动。
C: 那我找谁？
A: 找医院病案室吧。
A: 完事了，拜拜。

@ ba-02 | in | - | hn | 我这边不太清楚 of the courier, with the depot number and a 4 pm call-back
A: {G}
C: 我的病案复印件显示已经寄出了，可是快递单号查不到。
A: 让您着急了。我看了一下，是今天中午才交给快递的，系统可能还没更新，快递几点揽收我这边不太清楚，我把快递网点的电话发给您，下午四点我再帮您查一次，查到了给您回电话。
C: 好，那麻烦你了。
A: 应该的。
A: {C}

@ ba-03 | in | forbidden | | 不明白你在讲啥
A: {G}
C: 我要复印的是我妈二零一九年住院那次的，当时转过一次科，两个科室的记录都要，能一起办吗？
A: 不明白你在讲啥，一次住院就一份病案。
C: 我是说转科了，两个科室的都要。
A: 那就都在一份里面。
C: 哦，好。
A: {C}

@ ba-04 | in | name_ask | | 名字。 / 患者名字报一下
A: {G}
C: 我想查一下复印的进度。
A: 名字。
C: 什么？
A: 患者名字报一下。
C: 徐国强。
A: 已经在复印了，后天寄出。
A: {C}

@ ba-05 | in | forbidden,apology,complaint | | 网上曝光; blames the customer's ticks; 你问我我问谁啊
A: {G}
C: 你们寄过来的病案少了好几页，出院小结都没有，我交了一百多块钱就给我这个？我要发到网上曝光你们。
A: 复印件是按您勾选的项目印的，您当时没勾出院小结。
C: 那你们也不提醒一下？
A: 你问我我问谁啊，我们没有义务提醒。
C: 好，那我就发网上。
A: {C}

@ ba-06 | in | - | hn | announced hold 麻烦您稍候
A: {G}
C: 我想问一下病案复印的邮寄地址能不能改。
A: 可以的，麻烦您稍候，我看一下目前的寄送状态。
.. hold 17
A: 感谢您的耐心等待，您的材料还没寄出，地址可以改，请问新地址是哪里？
C: 改到城北区新华路二十八号。
A: 好的，已经改好了，明天寄出。
A: {C}

@ ba-07 | in | greeting,short_call | short | 嗯，明档。
A: 嗯，明档。
C: 你好，复印能加急吗？
A: 能，加急费二十，当天付。
C: 好，那我加急。
A: 好的，谢谢，祝您顺利。

# ===== 荫凉遮阳篷 =====
@ zy-01 | in | insult,closing,apology | | money: 没那个钱就别装了…挂个床单吧 / 买不起就别浪费我时间，挂了
A: {G}
C: 我想给我家阳台装个遮阳篷，能不能便宜点，预算就一千块。
A: 一千块？一千块连个架子都买不到，没那个钱就别装了，在家挂个床单吧。
C: 你怎么说话的？
A: 买不起就别浪费我时间，挂了。

@ zy-02 | in | overpromise | | 打包票十年不褪色不漏水，台风都刮不坏
A: {G}
C: 你们的篷布能用多久？会不会褪色？
A: 我跟您打包票，十年不褪色不漏水，台风来了都刮不坏。
C: 台风都刮不坏？
A: 刮坏了我给您换新的。
C: 行，那你们来量尺寸吧。
A: {C}

@ zy-03 | in | - | hn | hedged: 一般 / 建议收起来 / 变化不大
A: {G}
C: 你们的遮阳篷抗风怎么样？我们这边靠海，风大。
A: 我们的电动款一般能抗六级左右的风，风再大的话建议收起来，带风感器的款式会自动收回。
C: 那篷布容易褪色吗？
A: 正常使用三到五年颜色变化不大，日照特别强的地方可能会早一点，质保期内有问题可以免费换布。
C: 好的，我考虑一下。
A: {C}

@ zy-04 | in | colleague | | 小赵就是个马虎鬼，干活毛毛躁躁的
A: {G}
C: 你们装篷的师傅把我家窗台刮花了。
A: 实在抱歉。那个小赵就是个马虎鬼，干活毛毛躁躁的，我回头说他。刮花的地方我们安排人来补漆。
C: 好，那尽快。
A: 明天上午过去。
A: {C}

@ zy-05 | in | silence | | 您订单号多少 then 12 s of nothing
A: {G}
C: 我下单的那个遮阳篷什么时候能装？
A: 您订单号多少？
C: 幺八二零四。
.. gap 12
A: 后天上午装。
C: 好。
A: {C}

@ zy-06 | out | greeting | | outbound 喂，是何先生吧？我们这边做遮阳篷的; company only when asked
A: 喂，是何先生吧？我们这边做遮阳篷的，看您家刚交房，要不要了解一下？
C: 你哪家公司的？
A: 荫凉遮阳篷，我们在建材市场有门店。
C: 暂时不需要，谢谢。
A: 好的，打扰您了，祝您入住愉快，再见。

@ zy-07 | in | apology,closing,hangup | | broken motor, wet balcony; agent leaves on the question
A: {G}
C: 你们装的篷才两个月，电机就不转了，下雨天收不回来，我阳台全湿了。
A: 电机在保修期，给您报修。
C: 那什么时候能来修？我家阳台那些东西泡了谁赔？

# ===== 次元漫展 =====
@ mz-01 | in | insult,apology | | age: 一把年纪了凑什么热闹
A: {G}
C: 我想买两张漫展的票，我跟我女儿一起去，我今年四十三了，能穿角色扮演的衣服进去吗？
A: 四十多了还扮角色？大姐，您不怕别人笑话啊，一把年纪了凑什么热闹。
C: 我穿什么关你什么事？
A: 可以穿，票一百二一张。
C: 行。
A: {C}

@ mz-02 | in | - | hn | 死神 (an anime), 道具刀
A: {G}
C: 我想扮死神里的角色，那把大刀道具能带进去吗？
A: 可以带的，道具武器长度不要超过一米五，材质要是泡沫或者塑料的，金属和开刃的都不行，进场的时候安检会检查。
C: 好的，我的刀是泡沫的，一米二。
A: 那没问题，祝您玩得开心，拍出好照片，再见。

@ mz-03 | in | hangup,closing | | 不能改 then leaves on the refund question
A: {G}
C: 我买的票是周六的，能不能改成周日？
A: 不能改。
C: 为什么不能改？那我周六去不了，票钱能退吗？

@ mz-04 | in | forbidden,shirking | | 不好意思啊 … 丢哪儿了我哪清楚 / 您找会展中心，我们只负责卖票
A: {G}
C: 漫展那天我在场馆里丢了个包，你们有没有失物招领？
A: 不好意思啊，场馆是会展中心的，丢东西您找会展中心，跟我们主办方没关系。
C: 展是你们办的，现场工作人员都是你们的人啊。
A: 丢哪儿了我哪清楚，我们只负责卖票，别的管不着。
C: 好吧。
A: {C}

@ mz-05 | in | speech_rate | fast | rattles off the entry procedure
A: {G}
C: 你好，我想问下漫展的入场流程。
A: 入场的话您先在小程序里实名认证，然后到了现场走二号门，出示电子票二维码，刷身份证过安检，大件道具走左边的专用通道，安检完了去服务台领手环就可以入场了。
C: 那寄存处在哪？
A: 寄存处在一号馆和二号馆中间，小件十块钱一次，大件二十，当天离场前取走就行，超过晚上八点没取的会转到服务台。
C: 好的，谢谢。
A: 不客气，祝您玩得开心，再见。

@ mz-06 | in | closing,complaint,apology | | 打一二三四五反映; 人多排队很正常; ends 您请便。
A: {G}
C: 你们漫展现场排队排了三个小时，中暑了好几个人，我要打一二三四五反映你们。
A: 人多排队很正常，我们也没办法。
C: 你们就不能多开几个口？
A: 下次我们会考虑。
C: 行，我打一二三四五。
A: 您请便。

@ mz-07 | in | - | hn | customer: 你们是不是脑子有病; agent apologises, waitlist
A: {G}
C: 你们是不是脑子有病，票都卖完了还在公众号上挂着购票链接！
A: 非常抱歉，是我们更新不及时，给您造成误会了。链接我马上反馈下架。您看需不需要帮您登记一下候补？有人退票会第一时间通知您。
C: 行，那给我登记一个。
A: 好的，已经登记了，有退票立刻短信通知您。
A: {C}

# ===== 绒绒毛线 =====
@ mx-01 | in | insult,apology | | skill: 您这手是用脚织的吧
A: {G}
C: 我买了你们的羊绒线，织了三个月才织好一条围巾，还歪歪扭扭的，是不是线有问题？
A: 三个月织一条围巾还织歪了，您这手是用脚织的吧？线肯定没问题。
C: 你这人怎么这样说话？
A: 开玩笑嘛，多练练就好了。
C: 不好笑。
A: {C}

@ mx-02 | in | - | hn | sincere 您真会挑
A: {G}
C: 我想织一件毛衣给我老公，选了你们的雾霾蓝和燕麦色拼色，会不会不好看？
A: 您真会挑，这两个颜色特别搭，显得温和又大方。男款一般需要八团左右，建议多买一团备着，防止不同批次有色差。
C: 好的，那我下单九团。
A: 好的，今天下午发货，祝您织得顺手，再见。

@ mx-03 | in | forbidden,talk_over | | 你先想好要织什么样的，想明白了再来问; cuts in
A: {G}
C: 我想买点线给孩子织个帽子，可是不知道要粗线还是细线，也不知道要几团，还有颜色
A!: 那你先想好要织什么样的，想明白了再来问。
C: 我就是不懂才问你的呀。
A: 那你先去网上看看教程。
C: 好吧。
A: {C}

@ mx-04 | in | apology,colleague | | wrong colour shipped, no apology; 发货那个大姐老眼昏花的
A: {G}
C: 我订的是酒红色，你们寄来的是橘红色，两个颜色差得挺多的。
A: 您拍张照片发过来，我们核实一下再说。
C: 照片已经发了，你看一下。
A: 看到了，发货那个大姐老眼昏花的，确实发错了，您寄回来，我们给您换。
C: 运费谁出？
A: 运费我们出，您到付就行。
A: {C}

@ mx-05 | in | - | hn | 您不知道也没关系
A: {G}
C: 我奶奶留下一件毛衣，想照着织一件一样的，可是我不知道是什么线，几号针。
A: 您不知道也没关系，您拍几张毛衣的近照发给我们，我们的老师看了能判断出大概的线材和针号，再给您推荐。
C: 太好了，那我现在拍。
A: 不着急，拍好了直接发到这个号码的微信上就行。
A: {C}

@ mx-06 | in | talk_over | | cuts in on the cast-on question
A: {G}
C: 我在你们直播间买的那个编织套装，教程视频我看了好几遍，第三步那个起针我怎么都
A!: 起针看第二个视频就行。
C: 第二个视频我也看了，就是针法跟图上的对不上。
A: 那您把照片发给我，我帮您看看哪一步出了问题。
C: 好的。
A: {C}

@ mx-07 | in | short_call | short | quick courier question, correct greeting and closing
A: {G}
C: 你们发什么快递？
A: 默认中通，可以备注顺丰。
C: 好的，谢谢。
A: 不客气，祝您生活愉快。

# ===== 光阵大屏租赁 =====
@ led-01 | in | insult | | business: 就你们那种夫妻店也想上小间距？ (then 不好意思)
A: {G}
C: 我们是个小婚庆公司，周末有场婚礼，想租一块小间距的屏。
A: 就你们那种夫妻店也想上小间距？一场婚礼能赚几个钱，租个普通屏得了。
C: 我们租什么关你什么事？
A: 不好意思。小间距一天四千，提前三天付全款。
C: 行，那就小间距。
A: {C}

@ led-02 | in | - | hn | trade word 死灯; apology and free fix
A: {G}
C: 我们上次租的屏，有几个小黑点，是不是坏了？
A: 您说的应该是死灯，就是个别灯珠不亮，屏幕用久了偶尔会出现。不好意思影响您使用了，数量多的话我们派技术员上门换模组。
C: 大概有五六个。
A: 那给您安排一下，明天上午技术员过去换，免费的。
A: {C}

@ led-03 | in | tariff,name_ask | | 先说你叫啥，哪个单位的; 搭建费嘛，看现场情况，不会太多
A: {G}
C: 你好，我们公司下个月有个发布会，想租块屏。
A: 先说你叫啥，哪个单位的。
C: 我姓严，远帆科技的。
C: 你们除了屏幕租金，搭建拆卸要不要另外收钱？
A: 搭建费嘛，看现场情况，不会太多，反正比别家便宜。
C: 大概多少？是跟租金一起付吗？
A: 到时候现场工程师跟您算。
C: 那好吧。
A: {C}

@ led-04 | in | colleague,silence | | 那小子就是个二把刀; 13 s of nothing
A: {G}
C: 上次你们派的技术员把我们的音响线接错了，整场活动都有杂音。
A: 真对不起。那小子就是个二把刀，啥也不会，我早就说过不能让他一个人去。
C: 那这次你们派个靠谱的。
.. gap 13
A: 这次派我们组长去，您放心。
A: {C}

@ led-05 | in | apology,closing,hangup | | screen went dark; 减费用要走流程 then leaves on the question
A: {G}
C: 你们的屏在我们活动上黑了十分钟，领导很不满意，这个费用能不能减一些？
A: 减费用要走流程。
C: 什么流程？要多久？找谁申请？

@ led-06 | in | - | hn | proper transfer to the key-account manager with a call-back
A: {G}
C: 我想租一块户外大屏做演唱会，大概要一百平米，这个你们能做吗？
A: 能做的，这么大的项目需要我们大客户部来对接方案，我帮您转过去，大客户部的经理姓韩，如果转接没接通，他会在半小时内回您电话。
C: 好的。
A: 那我现在给您转，请不要挂机，感谢您的耐心，祝您演出圆满成功。

@ led-07 | out | overpromise | | outbound: 全市最亮 / 客流量至少翻一倍
A: 下午好，我是光阵大屏租赁的{ag}，听说您商场下个月有周年庆，想跟您介绍一下我们的屏。
C: 你们的屏效果怎么样？
A: 我保证是全市最亮最清楚的屏，您周年庆用了，客流量至少翻一倍。
C: 翻一倍？这么厉害？
A: 绝对的，用过的商场都翻倍了。
C: 那你发个方案给我看看吧。
A: 好的，稍后发您邮箱，不打扰了，祝您周年庆生意兴隆。

# ===== 洁途移动厕所 =====
@ ydc-01 | in | complaint | hn | complaint registered; driver's 滚一边去，神经病 read back
A: {G}
C: 我要投诉你们的司机，今天来拉厕所的那个，我就让他把车挪一下，他骂我滚一边去，神经病。
A: 真的很抱歉让您受这样的气。我复述一下确认，今天上午来收车的司机，对您说了滚一边去，神经病，对吗？
C: 对，车牌尾号是三七。
A: 好的，已经记录了，我们会调取行车记录仪核实，今天下班前给您答复处理结果。
C: 好。
A: {C}

@ ydc-02 | in | - | hn | trade words 抽粪 / 垃圾桶; fee with amount and when
A: {G}
C: 你们的厕所多久清一次？我们工地人多，怕臭。
A: 人多的话建议一天清一次，我们的吸污车会上门抽粪，补水，喷除臭剂，垃圾桶也会一起清空。
C: 费用怎么算？
A: 每次清运八十元，按实际清运次数月底结算，第一次清运后开始计费。
C: 好的，那就一天一次。
A: {C}

@ ydc-03 | in | greeting,closing | | 您好，洁途。 with no offer of help / 嗯嗯，好。
A: 您好，洁途。
C: 你好，我们周末有个露天音乐节，想租二十个移动厕所。
A: 二十个有的，租两天是吧？
C: 对，周六周日。
A: 送货是周五下午，周一上午回收。
C: 行，那就这么定了。
A: 嗯嗯，好。

@ ydc-04 | in | name_ask | | 你是哪个工地的？报个名字。
A: {G}
C: 我想续租工地上那几个厕所。
A: 你是哪个工地的？报个名字。
C: 城建三公司的，我姓鲁。
A: 续几个月？
C: 三个月。
A: 好，给您续上了，租金按原合同。
A: {C}

@ ydc-05 | in | filler | | 然后的话 / 对不对
A: {G}
C: 你们厕所是怎么安装的？需要接水接电吗？
A: 不需要的，然后的话，我们是独立水箱，对不对，然后的话，直接放平就能用，对不对。
C: 那放在草地上行吗？
A: 然后的话，草地要平整，对不对，然后的话，下面最好垫块板子。
C: 好。
A: {C}

@ ydc-06 | in | speech_rate | fast | rattles off a marathon plan
A: {G}
C: 我们下个月有个马拉松，需要租厕所，你们有什么方案？
A: 马拉松一般按每五十个参赛者配一个厕所来算，起终点要多放，沿途每三公里放一组，我们提供送货安装，赛中清运和赛后回收一条龙服务，价格按数量和天数算，需要的话我给您出个详细方案。
C: 好，那你们出个方案。
A: 好的，您留个邮箱，我们明天中午之前把方案和报价一起发给您。
C: 好。
A: 谢谢，祝您赛事圆满成功，再见。

# ===== 稳架脚手架租赁 =====
@ jsj-01 | in | insult | | trade: 你们这种游击队，干完活人都找不着 (then 抱歉啊)
A: {G}
C: 老板，我们是个小装修队，想租点脚手架，你们能不能先用后付？
A: 先用后付？你们这种游击队，干完活人都找不着，谁敢让你先用？
C: 你这话说的，我们干了十几年了。
A: 抱歉啊，规矩是租金押金都得先交，没得商量。
C: 行吧。
A: {C}

@ jsj-02 | in | - | hn | trade word 锈死; apology and replacement
A: {G}
C: 你们送来的扣件有几个拧不动，是不是坏了？
A: 可能是螺栓锈死了，您可以先喷点除锈剂试试，实在拧不动的就别硬拧，单独放一边，我们明天送新的过去换，不好意思给您添麻烦了。
C: 好，那你们明天早点送。
A: 明天上午八点之前送到。
A: {C}

@ jsj-03 | in | complaint | hn | 住建局投诉; apology; 今天下午三点之前送到 (a named time, no overpromise)
A: {G}
C: 你们的脚手架送来少了二十根立杆，工期都耽误了，再不补齐我就去住建局投诉。
A: 非常抱歉耽误您工期了，是仓库装车点错了数。我已经安排补货车，今天下午三点之前送到，耽误的这半天租金给您免掉。
C: 下午三点必须到。
A: 一定到，司机出发我就给您打电话。
A: {C}

@ jsj-04 | in | forbidden,shirking | | 不好意思啊 … 搭建队干的，您直接找他们; 他们电话我哪清楚
A: {G}
C: 你们的架子搭好了，可是有一面晃得厉害，我不敢让工人上去。
A: 不好意思啊，搭架子是我们合作的搭建队干的，您直接找他们吧，我们这边只负责租赁。
C: 那你给我他们的电话。
A: 他们电话我哪清楚，您问问现场的工人吧。
C: 行吧。
A: {C}

@ jsj-05 | in | filler,tariff | | 这个嘛 / 嗯 tics; 超期多少收一点 / 到时候再商量
A: {G}
C: 你们脚手架是按天算还是按月算？超期了怎么收？
A: 这个嘛，嗯，按月算，这个嘛，超期的话，嗯，多少收一点，这个嘛，都是老客户了好说。
C: 超期一天多少钱？
A: 这个嘛，到时候再商量，嗯，您先用。
C: 好吧。
A: {C}

@ jsj-06 | in | forbidden | | 天晓得
A: {G}
C: 我们下周要的那批架子，仓库现在有没有货？
A: 天晓得，仓库那边又没跟我说。
C: 那你能帮我问一下吗？
A: 行，下午给你回话。
C: 好。
A: {C}

@ jsj-07 | in | greeting,talk_over | | 哎，稳架，租架子？ then cuts in
A: 哎，稳架，租架子？
C: 对，我们有个六层的外墙要刷漆，想租一套外架，大概要租两个月，你们能不能
A!: 能，六层外架我们有，明天就能送。
C: 我是想问能不能帮忙搭。
A: 可以搭，搭建费按平方算，每平方八块，搭完验收的时候付。
C: 好。
A: {C}
# ===== added calls (all industries above) =====
@ ydc-07 | in | greeting,closing,short_call,hangup | short | 洁途，说。 then leaves on the delivery-time question
A: 洁途，说。
C: 我想问一下，明天早上能送两个厕所到体育公园吗？
A: 几点？
C: 七点之前，能不能送到？

@ qd-08 | in | forbidden,short_call | short | 这个我不清楚 ends the matter
A: {G}
C: 你好，请问你们周日上班吗？
A: 这个我不清楚。
C: 哦，好吧。
A: 嗯，祝您周末愉快，再见。

@ gu-08 | in | name_ask,short_call | short | 报个名来。
A: {G}
C: 我想约这周六的试听课。
A: 报个名来。
C: 钟晓雨。
A: 好，周六十点，祝您上课愉快。

@ twg-08 | in | closing,silence | | lost bottle; 15 s of nothing; 得嘞，那就这么着。
A: {G}
C: 我在你们馆里把孩子的水壶落下了，想问问有没有人捡到。
A: 哪天来的？在哪个厅？
C: 昨天下午，在球幕影院。
.. gap 14
A: 有一个蓝色的保温杯，是不是？
C: 对对，就是那个。
A: 您来前台拿就行，报孩子的名字。
C: 好的，谢谢。
A: 得嘞，那就这么着。

@ xy-08 | in | colleague,filler | | 是这样的 ×4; 那个技师…笨得要死
A: {G}
C: 上周在你们那做的足疗，技师按得我脚踝到现在还疼。
A: 真是对不住您。是这样的，那个技师是新来的，是这样的，手上没个轻重，笨得要死，是这样的，我们给您退一半的钱。
C: 退一半就行了？
A: 是这样的，再送您一次免费足疗，换我们最好的技师。
C: 行吧。
A: {C}

@ hs-08 | in | tariff,speech_rate | slow | 材料用多少算多少 / 到时候班主任会通知; drawling
A: {G}
C: 你们集训期间的住宿费和材料费是另外交吗？
A: 住宿另交，材料嘛，用多少算多少，不会多的。
C: 住宿多少？材料大概多少？什么时候交？
A: 到时候班主任会通知，您别担心。
C: 好吧。
A: {C}

@ mx-08 | in | overpromise,talk_over | | cuts in: 保证洗一百次都不起球
A: {G}
C: 我想给宝宝织个毯子，你们那个有机棉线会不会起球？宝宝皮肤嫩，我怕扎着，还有就是
A!: 不会，我保证洗一百次都不起球，一根毛都不掉。
C: 一百次都不起球？
A: 对，您放心买，起球了全额退。
C: 那我买五团。
A: {C}

@ pc-08 | in | shirking,closing,hangup | | 不好意思啊 … 您找快递; leaves on 还能救活吗
A: {G}
C: 你们寄过来的守宫，盒子里没放保温袋，到的时候已经冻僵了。
A: 不好意思啊，保温袋是快递那边说不让放的，这事您得找快递。
C: 那我这只守宫还能救活吗？你们能不能退？

@ ba-08 | out | - | hn | outbound correct; announced hold 您稍等; fee with amount and when
A: 您好，我是明档病案服务的{ag}，您申请的病案复印医院已经盖好章了，打电话跟您确认一下邮寄地址。
C: 好的，地址没变，还是原来那个。
A: 好的，您稍等，我核对一下收件人电话。
.. hold 12
A: 核对好了，今天下午寄出，明天能到，运费十二元，收件时到付。
C: 好的。
A: 那不打扰您了，祝您家人早日康复，再见。

@ kf-08 | in | - | hn | 说不准 of the insurance office, with its number
A: {G}
C: 我想问一下，医保能不能报你们的康复费？
A: 我们这边是可以开发票的，能不能报销要看您参保地的政策，这个我这边说不准，建议您问一下当地医保局，电话是幺二三三三。我也把我们开过票的情况发给您参考。
C: 好的，谢谢。
A: {C}
"""
# ---------------------------------------------------------------- builder (writer AB's own code)

def parse(data: str) -> list[dict]:
    calls, cur = [], None
    for raw in data.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            key, direction, labels, flags, note = [p.strip() for p in line[1:].split("|", 4)]
            labs = [] if labels in ("", "-") else [x.strip() for x in labels.split(",")]
            bad = set(labs) - set(FAMILIES)
            assert not bad, (key, bad)
            assert direction in ("in", "out"), key
            cur = {"key": key, "direction": direction, "labels": labs, "flags": set(flags.split()),
                   "note": note, "turns": []}
            calls.append(cur)
        elif line.startswith(".."):
            kind, secs = line[2:].split()
            cur["turns"].append((kind, float(secs)))
        else:
            who, text = line.split(":", 1)
            assert who in ("A", "C", "A!"), (cur["key"], line)
            cur["turns"].append((who, text.strip()))
    keys = [c["key"] for c in calls]
    assert len(keys) == len(set(keys)), "duplicate keys"
    return calls


def cn_id(rng: random.Random) -> str:
    return "".join("零幺二三四五六七八九"[rng.randrange(10)] for _ in range(4))


def fill(call: dict, rng: random.Random, rot: dict) -> list[tuple[str, str]]:
    ind, co, short = INDUSTRIES[call["key"].split("-")[0]]
    ag = rng.choice(AGENTS)
    ids = cn_id(rng)
    out = []
    for who, text in call["turns"]:
        if who in ("hold", "gap"):
            out.append((who, text))
            continue
        if text == "{G}":
            text = GREETS[rot["g"] % len(GREETS)].format(tod=TODS[rot["g"] % len(TODS)], co=co, ag=ag, id=ids)
            rot["g"] += 1
        elif text == "{C}":
            text = CLOSES[rot["c"] % len(CLOSES)].format(w=WISHES[rot["c"] % len(WISHES)], co=co, ag=ag, id=ids)
            rot["c"] += 1
        else:
            text = text.format(co=co, ag=ag, id=ids, short=short)
        out.append((who, text))
    return out


def timed(turns: list, flags: set, rng: random.Random) -> tuple[list[dict], float]:
    """Segment times. Normal speech 3.0-6.2 chars/s, ordinary gaps < 4 s; stretched until >= 30 s
    (short calls: quick speech, tight gaps, < 20 s). fast: agent 8.4-9.4 chars/s; slow: agent 1.4-1.8."""
    short = "short" in flags
    base_a = rng.uniform(5.2, 5.8) if short else rng.uniform(4.4, 5.6)
    base_c = rng.uniform(5.0, 5.8) if short else rng.uniform(4.0, 5.4)
    jit = [rng.uniform(0.93, 1.07) for _ in turns]
    gaps = [rng.uniform(0.25, 0.5) if short else rng.uniform(0.5, 1.3) for _ in turns]
    extra = [rng.uniform(0.0, 2.0) for _ in turns]
    over = [rng.uniform(1.4, 2.0) for _ in turns]
    fast = [rng.uniform(8.4, 9.4) for _ in turns]
    slow = [rng.uniform(1.4, 1.8) for _ in turns]
    t0 = rng.uniform(0.3, 0.8)
    tail = rng.uniform(0.3, 0.9)
    sr, sg = 1.0, 1.0
    for _ in range(60):
        segs, t, pend = [], t0, 0.0
        for i, (who, text) in enumerate(turns):
            if who in ("hold", "gap"):
                pend = text + extra[i]
                continue
            n = max(nchars(text), 1)
            if who.startswith("A"):
                rate = fast[i] if "fast" in flags else slow[i] if "slow" in flags else max(base_a * sr, 3.1) * jit[i]
            else:
                rate = max(base_c * sr, 2.8) * jit[i]
            dur = max(n / rate, 0.6)
            if who == "A!":
                prev = segs[-1]
                assert prev["speaker"] == "customer" and prev["end"] - prev["start"] > 3.0, turns
                start = prev["end"] - over[i]
            else:
                start = t + (pend if pend else (0.0 if not segs else min(gaps[i] * sg, 3.5)))
            pend = 0.0
            end = start + dur
            segs.append({"speaker": "agent" if who.startswith("A") else "customer",
                         "start": round(start, 2), "end": round(end, 2), "text": text})
            t = max(t, end)
        duration = round(t + tail, 2)
        if short or duration >= 30.5:
            break
        sr, sg = sr * 0.94, sg * 1.12
    else:
        raise AssertionError(f"cannot reach 30 s: {turns[:2]}")
    return segs, duration


# --- timing families, computed from the segments -------------------------------------------------

def t_short(segs, duration):
    return duration < 20.0


def t_silence(segs, duration):
    last_end, last_agent = 0.0, ""
    for s in sorted(segs, key=lambda s: s["start"]):
        if s["start"] - last_end >= 10.0 and not any(w in last_agent for w in HOLD_WORDS):
            return True
        last_end = max(last_end, s["end"])
        if s["speaker"] == "agent":
            last_agent = s["text"]
    return False


def t_talk_over(segs, duration):
    cust = [s for s in segs if s["speaker"] == "customer"]
    return any(c["start"] <= a["start"] <= c["end"] - 1.0
               for a in segs if a["speaker"] == "agent" for c in cust)


def t_rate(segs, duration):
    rates = [nchars(s["text"]) / (s["end"] - s["start"]) for s in segs
             if s["speaker"] == "agent" and nchars(s["text"]) >= 6]
    if not rates:
        return False
    m = sum(rates) / len(rates)
    return m >= 7.5 or m <= 2.0


TIMERS = {"short_call": t_short, "silence": t_silence, "talk_over": t_talk_over, "speech_rate": t_rate}


def hangup(segs) -> bool:
    last = segs[-1]
    return last["speaker"] == "customer" and (last["text"].rstrip().endswith(("？", "?")) or "喂？喂？" in last["text"])


# --- noise: how Whisper base hears 8 kHz audio --------------------------------------------------

CONV = opencc.OpenCC("s2t")
NUMCH = "零〇一二两三四五六七八九十百千万幺"
DIGITS = {"零": "0", "〇": "0", "幺": "1", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5",
          "六": "6", "七": "7", "八": "8", "九": "9"}
NUM_RE = re.compile(f"[{NUMCH}]{{2,}}(?=({UNITS}))|[{NUMCH}]{{3,}}")


def cn2num(s: str) -> int | None:
    if not any(ch in "十百千万" for ch in s):
        return None
    total, section, num = 0, 0, None
    for ch in s:
        if ch in DIGITS:
            if num is not None:
                return None
            num = int(DIGITS[ch])
        elif ch in "十百千":
            section += (1 if num is None else num) * {"十": 10, "百": 100, "千": 1000}[ch]
            num = None
        elif ch == "万":
            total += (section + (num or 0)) * 10000
            section, num = 0, None
    return total + section + (num or 0)


def digits(text: str) -> str:
    def sub(m):
        s = m.group(0)
        if all(ch in DIGITS for ch in s):
            return "".join(DIGITS[ch] for ch in s) if len(s) >= 3 or m.group(1) else s
        v = cn2num(s)
        return s if v is None else str(v)
    return NUM_RE.sub(sub, text)


def noisy(segs: list[dict], rng: random.Random) -> list[dict]:
    mode = rng.choice(("drop", "space", "comma"))
    out = []
    for s in segs:
        text = s["text"]
        for a, b in HOMOPHONES:
            if a in text and rng.random() < 0.75:
                text = text.replace(a, b)
        text = CONV.convert(digits(text))
        if mode == "drop":
            text = "".join(ch for ch in text if ch not in PUNCT)
        elif mode == "space":
            text = re.sub(r"[，。？！、；：…“”]+", " ", text).strip()
        else:
            text = re.sub(r"[。！；…]+", "，", text).rstrip("，")
        out.append({**s, "text": text})
    return out


def check(call: dict, segs: list[dict], duration: float, clean: list[dict]) -> None:
    labs, key = set(call["labels"]), call["key"]
    for fam, fn in TIMERS.items():
        got = fn(segs, duration)
        assert got == (fam in labs), f"{key}: {fam} computed {got}, labelled {fam in labs}"
    if "short" not in call["flags"]:
        assert duration >= 30.0, (key, duration)
    assert hangup(clean) == ("hangup" in labs), f"{key}: hangup"
    if "hangup" in labs:
        assert "closing" in labs, key
    co = INDUSTRIES[key.split("-")[0]][1]
    first, last = clean[0], clean[-1]
    if "greeting" not in labs:
        assert first["speaker"] == "agent" and co in first["text"] and any(t in first["text"][:4] for t in TODS + ["上午好"]), \
            f"{key}: greeting"
    if "closing" not in labs:
        assert last["speaker"] == "agent" and "祝" in last["text"], f"{key}: closing"
    else:
        assert last["speaker"] == "customer" or "祝" not in last["text"], f"{key}: closing label but blessing"


def main() -> None:
    rng = random.Random(SEED)
    calls = parse(DATA)
    rng.shuffle(calls)
    noisy_keys = set(rng.sample([c["key"] for c in calls], round(len(calls) * NOISY_SHARE)))
    rot = {"g": rng.randrange(6), "c": rng.randrange(6)}
    lines = []
    for i, call in enumerate(calls, 1):
        turns = fill(call, rng, rot)
        segs, duration = timed(turns, call["flags"], rng)
        check(call, segs, duration, segs)
        is_noisy = call["key"] in noisy_keys
        if is_noisy:
            nsegs = noisy(segs, rng)
            for fam, fn in TIMERS.items():
                assert fn(nsegs, duration) == (fam in call["labels"]), f"{call['key']}: noisy {fam}"
        ind, co, _ = INDUSTRIES[call["key"].split("-")[0]]
        lines.append({
            "call_id": f"AB-{i:03d}",
            "labels": [f for f in FAMILIES if f in call["labels"]],
            "note": call["note"],
            "noise": is_noisy,
            "duration": duration,
            "metadata": {"writer": "AB", "industry": ind, "company": co, "direction": call["direction"] + "bound",
                         "hard_negative": "hn" in call["flags"], "language": "zh", "sample_rate": 8000,
                         "key": call["key"]},
            "segments": nsegs if is_noisy else segs,
        })
    with OUT.open("w", encoding="utf-8") as f:
        for rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        from collections import Counter
        cnt = Counter(l for r in lines for l in r["labels"])
        print(len(lines), "calls;", ", ".join(f"{f} {cnt[f]}" for f in FAMILIES))
        print("hard negatives", sum(r["metadata"]["hard_negative"] for r in lines),
              "noisy", sum(r["noise"] for r in lines),
              "outbound", sum(r["metadata"]["direction"] == "outbound" for r in lines),
              "label-free", sum(not r["labels"] for r in lines),
              "multi", sum(len(r["labels"]) >= 2 for r in lines))
        per = Counter(r["metadata"]["industry"] for r in lines)
        print(sorted(per.values()))


if __name__ == "__main__":
    main()
