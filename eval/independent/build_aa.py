"""Independent labelled call set AA (eval/independent/tune_aa.jsonl; first named heldout_aa.jsonl, held out
until its blind figures were recorded, then renamed as round 27 of rule work began) — now a TUNING set.

Writer AA adopts writer Z's label policy unchanged (writer Y's policy plus the "Z:" readings at the top of build_z.py).
Timing families are computed from the generated segment times and asserted against the hand labels (clean and noisy
text): short_call < 20 s (others >= 30 s); silence an unannounced gap >= 10 s (holds announced with 稍等 / 稍候 in the
agent's turn just before are not); talk_over the agent starting >= 1.0 s before the customer's segment ends; speech_rate
the agent's mean rate over turns of >= 6 characters >= 7.5 or <= 2.0 chars/s; hangup the clean transcript ending on the
customer's unanswered question or 喂？喂？ (every hangup call also carries closing).

AA: readings writer AA had to choose (they only settle what Z's policy leaves open or what AA's calls bring up):
AA: mocking the customer's hearing, sanity (您是不是糊涂了), schooling (先把小学语文补补), voice, taste or home, the
    customer's job (送快递的买什么平衡车) or origin (乡下来的), and sincere-looking sarcasm (您可真是个好家长) are insult;
    a brush-off that ends an insult (爱用不用，挂了) makes the call insult + closing (+ apology when the customer was hurt
    and never heard one).
AA: sincere praise that shares words with sarcasm (您可真细心 / 您一点都不笨，是说明书没写清楚) is innocent; so are trade
    words — 破碎锤 / 炮头 of an excavator, 死褶 of wallpaper, 盲区 of a camera, 狼人杀 / 毒死 / 杀手 of a board game, 货叉 of a
    forklift, 晕船 / 死海 of a cruise — unless aimed at the customer.
AA: a re-greeting after a bad line (the agent's first turn was already complete, the customer could not hear it) is no
    greeting fault; a greeting that only comes after the customer had to call 喂？/ 有人吗？ into a bare 嗯 or silence is.
AA: 不清楚 said of the customer's own ignorance (您不清楚型号也没关系) or of a third party with a number or a call-back is
    not forbidden; 我晓不得 / 搞不懂你要干嘛 / 这我哪知道 that end the matter are.
AA: 保证跳完一点都不怕 / 保证不晕船 / 保证一辈子不近视 / 保证二十年不翘边 are overpromise; 一般 / 大部分 / 因人而异 /
    以师傅上门为准 are hedges; a promise about what the company controls with a named time (明天上午十点前送到) is not.
AA: a deposit, fuel surcharge or overtime fee answered with amount and when it is charged is no tariff matter;
    不多 / 到时候再说 / 上船再说 / 看情况 is tariff.
AA: an outbound opening needs 您好, the company and the agent's name; a purpose stated in the next sentence is enough.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import opencc

SEED = 20261226
OUT = Path(__file__).resolve().parent / "tune_aa.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask",
            "apology", "shirking", "overpromise", "colleague", "complaint",
            "silence", "talk_over", "speech_rate", "short_call", "hangup")
TIMING = ("silence", "talk_over", "speech_rate", "short_call")
NOISY_SHARE = 0.25

INDUSTRIES = {  # code: (industry, company, short)
    "bgl": ("wall-hung gas boiler after-sales", "恒暖壁挂炉", "恒暖"),
    "bj": ("bungee-jump park bookings", "云崖蹦极", "云崖"),
    "yl": ("cruise-line bookings", "海澜邮轮", "海澜"),
    "wj": ("construction-machinery rental", "重岳机械租赁", "重岳"),
    "cc": ("forklift after-sales", "擎力叉车", "擎力"),
    "fdj": ("generator rental", "源动发电机租赁", "源动"),
    "dbc": ("mobility-scooter dealer", "安行代步车", "安行"),
    "aqzy": ("child car-seat after-sales", "贝护安全座椅", "贝护"),
    "zyj": ("home oxygen-concentrator after-sales", "清息制氧机", "清息"),
    "bz": ("wallpaper shop and fitting", "锦墙壁纸", "锦墙"),
    "sf": ("sofa reupholstery", "焕颜沙发翻新", "焕颜"),
    "sy": ("vocal lessons", "和鸣声乐", "和鸣"),
    "zy": ("board-game cafe", "骰子堡桌游", "骰子堡"),
    "ks": ("language-test registration centre", "环语考试服务中心", "环语"),
    "ys": ("shared umbrellas", "晴伞共享雨伞", "晴伞"),
    "jk": ("CCTV installation", "明眸安防", "明眸"),
    "kq": ("attendance and access-control systems", "准点考勤门禁", "准点"),
    "bzh": ("packaging supplies (B2B)", "方盒包装", "方盒"),
    "phc": ("self-balancing scooter after-sales", "飞轮平衡车", "飞轮"),
    "yk": ("refractive-surgery eye clinic", "睛彩眼科", "睛彩"),
}

GREETS = ["{tod}，这里是{co}，{ag}为您服务，请问有什么能帮到您？",
          "{tod}，欢迎来电{co}，工号{id}，请问您遇到什么问题了？",
          "{tod}，{co}服务专线，我是{ag}，请问今天想咨询点什么？",
          "{tod}，感谢您拨打{co}热线，我是{ag}，请问有什么需要？",
          "{tod}，{co}客户中心{id}号{ag}，请问我能为您做些什么？",
          "您好呀，{co}这边，我是{ag}，请问您想了解些什么呢？"]
TODS = ["您好", "上午好", "下午好", "晚上好", "您好"]
CLOSES = ["感谢您的耐心等待，祝您{w}，再见。",
          "谢谢您的反馈，之后有问题随时联系我们，祝您{w}。",
          "感谢您的支持，{id}号{ag}祝您{w}，再见！",
          "好的，谢谢您的配合，祝您{w}，拜拜。",
          "处理进度会短信发给您，感谢来电，祝您{w}。",
          "那就不打扰您了，谢谢，祝您{w}，再见。"]
WISHES = ["生活顺心", "天天开心", "平平安安", "事事顺利", "身体安康", "周末愉快", "心情舒畅", "一切都好"]
AGENTS = ["小季", "小骆", "小鲍", "小樊", "小闵", "小訾", "小郦", "小竺", "小缪", "小彭", "小卓", "小池"]

# writer AA's own homophone list
HOMOPHONES = [("壁挂炉", "壁挂路"), ("锅炉", "锅路"), ("蹦极", "崩极"), ("邮轮", "油轮"), ("船票", "传票"),
              ("挖掘机", "挖据机"), ("挖机", "娃机"), ("叉车", "插车"), ("发电机", "发电鸡"), ("代步车", "带步车"),
              ("座椅", "坐椅"), ("制氧机", "治氧机"), ("壁纸", "笔纸"), ("翻新", "翻心"), ("声乐", "生乐"),
              ("桌游", "捉游"), ("报名", "报明"), ("雨伞", "雨散"), ("监控", "见控"), ("考勤", "考情"),
              ("纸箱", "纸厢"), ("平衡车", "平横车"), ("近视", "近是"), ("手术", "手速"), ("客服", "客夫"),
              ("请问", "清问"), ("祝您", "主您"), ("投诉", "头诉"), ("保证", "报证"), ("抱歉", "抱欠"),
              ("对不起", "对不齐"), ("师傅", "师父"), ("押金", "压金"), ("安装", "按装"), ("电池", "电驰"),
              ("充电", "冲电"), ("预约", "预月"), ("麻烦", "马烦"), ("检查", "检察"), ("订单", "定单"),
              ("维修", "为修"), ("登记", "登级"), ("费用", "废用"), ("愉快", "余快")]
CN_DIG = {"零": 0, "〇": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
UNITS = "元|块钱|块|天|小时|分钟|个月|月|号|年|岁|斤|公斤|公里|张|份|楼|层|周|台|件|个工作日|次|位|万|折|米|箱|寸|度|点|卷|吨"
PUNCT = set("，。？！、；：,.?!;:…“”‘’（）()—-~ ")
HOLD_WORDS = ("稍等", "稍候")


def nchars(text: str) -> int:
    return sum(1 for ch in text if ch not in PUNCT and not ch.isspace())


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


NUM_RE = re.compile(r"([零〇一二两三四五六七八九十百千万]+)(?=(" + UNITS + "))")
DIGRUN_RE = re.compile(r"[零〇一幺二三四五六七八九]{3,}")


def numerals(text: str) -> str:
    text = DIGRUN_RE.sub(lambda m: "".join(str(CN_DIG[c]) for c in m.group(0)), text)

    def rep(m):
        s = m.group(1)
        if s in ("一", "两") and m.group(2) in ("点", "次", "位", "个月", "份", "件", "度"):
            return s
        v = cn2num(s)
        return s if v is None else str(v)
    return NUM_RE.sub(rep, text)


CONVERTERS = {k: opencc.OpenCC(k) for k in ("s2t", "s2tw", "s2hk")}


def noisy_text(text: str, rng: random.Random, conv: str | None) -> str:
    for a, b in HOMOPHONES:
        if a in text:
            parts = text.split(a)
            text = parts[0] + "".join((b if rng.random() < 0.5 else a) + p for p in parts[1:])
    text = "".join(("你" if ch == "您" and rng.random() < 0.3 else ch) for ch in text)
    text = numerals(text)
    if rng.random() < 0.3:
        text = re.sub(r"^(嗯|呃|那个)[，,]?", "", text) or text
    r = rng.random()
    if r < 0.45:
        text = re.sub(r"[，。？！、；：…]", "", text)
    elif r < 0.7:
        text = re.sub(r"[，。？！、；：…]+", " ", text).strip()
    if conv:
        t2 = CONVERTERS[conv].convert(text)
        if len(t2) == len(text):
            t2 = "".join(a if (a != b and rng.random() < 1 / 6) else b for a, b in zip(text, t2))
        text = t2
    return text


# ---- dialogue data ------------------------------------------------------------------------------
# Block format (writer AA's own):
#   @ key | industry code | in/out | labels (comma-separated or -) | flags (hn fast slow short) | note
#   A: agent turn   C: customer turn   A!: agent talk-over (starts 1.5-2.0 s before the customer ends)
#   .. hold  (announced hold, 10.5-12 s)   .. gap  (unannounced silence, 13-16 s)
#   {G} a rotating correct greeting, {C} a rotating correct closing, {co} {sh} {ag} {id} fill-ins.

DATA = []
DATA.append(r"""
@ bgl-01 | bgl | in | insult,apology | - | hearing mocked after the customer corrects a building number; protest, no apology
A: {G}
C: 我家壁挂炉屏幕上一直闪红灯，水压表也不动了，你们能派人来看看吗？
A: 可以，请问您家地址是哪里？
C: 城西花园十二栋二单元，哦不对不对，是十三栋。
A: 到底几栋啊？我都问了两遍了，您耳朵是不是不太好使？
C: 你怎么说话呢？我就是一下子说错了而已。
A: 十三栋二单元，明天上午师傅过去。{C}

@ bgl-02 | bgl | in | apology,complaint | - | repeat fault after a repair, 我要投诉, no apology
A: {G}
C: 上周你们师傅刚修过，今天又不出热水了，家里老人孩子都冻着，我要投诉你们！
A: 您先说一下地址和机器编号。
C: 城南景苑八号楼三零二。你们到底能不能修好？
A: 我给您重新派单，今天下午四点前师傅上门。{C}

@ bgl-03 | bgl | out | - | hn | outbound maintenance reminder: company, name, purpose; free service stated plainly
A: 您好，我是恒暖壁挂炉的客服{ag}，打电话是提醒您家的壁挂炉该做入冬前的年度保养了，现在方便说两句吗？
C: 哦，可以，保养要收钱吗？
A: 在保修期内的年度保养是免费的，您家的机器还在保修期，不收任何费用。您看哪天方便？
C: 周六上午吧。
A: 好的，周六上午九点到十一点之间师傅上门。感谢您的支持，祝您冬天暖暖和和，再见。

@ bgl-04 | bgl | in | tariff | - | out-of-warranty visit fee glossed 不多的 / 到时候再说
A: {G}
C: 我的炉子过保了，师傅上门修一次要多少钱？
A: 上门费不多的，师傅到了看情况再说。
C: 大概多少您总得给个数吧？
A: 这个要看坏的是哪个零件，费用到时候师傅跟您算。{C}

@ bgl-05 | bgl | in | forbidden | - | regional 我晓不得 that ends the matter, plus 问我干嘛
A: {G}
C: 我想问一下，你们这款壁挂炉能不能接地暖，跟暖气片一起用？
A: 这个我晓不得，这种事你问我干嘛。
C: 行吧，那我自己再查查。
A: 嗯。{C}

@ bgl-06 | bgl | in | silence | - | unannounced gap before the answer about the ignition bang
A: {G}
C: 我家炉子点火的时候会砰的响一声，这正常吗？
A: 您家是哪个型号的？
C: 我看一下，机器侧面写的是恒暖二十四千瓦。
.. gap
A: 轻微的点火声是正常的，如果是很响的爆燃声，建议您先关掉燃气阀，我给您安排师傅上门检查。
C: 好的，那麻烦安排一下吧。
A: 已经登记了，明天上午师傅会先联系您。{C}

@ bgl-07 | bgl | in | - | hn | customer's own 我是真笨 answered 您一点都不笨; 您不清楚型号也没关系; digits
A: {G}
C: 我是真笨，连炉子的型号都找不到在哪儿。
A: 您一点都不笨，型号贴在机器底部，很多人都找不到。您不清楚型号也没关系，告诉我购买时留的手机号就能查到。
C: 一三九零零一二三四五六。
A: 查到了，是恒暖二十六千瓦的机器，还在保修期内。请问机器出了什么问题？
C: 没坏，就是想问一下冬天不在家要不要关机。
A: 建议您不要断电，调到防冻模式就可以，机器会自己保护管路。感谢您的配合，祝您出行平安，再见。

@ bgl-08 | bgl | in | overpromise | - | 保证燃气费省一半，一分都不会多花
A: {G}
C: 我想换一台你们的新款，冬天燃气费会不会很高啊？
A: 您放心，换我们这台，保证燃气费比原来省一半，一分钱都不会多花。
C: 真的啊？那我下单吧，留个地址给你。
A: 好的，地址我这边记下了，三天内安排安装。{C}

@ bj-01 | bj | in | overpromise | - | 保证跳完一点都不怕; polite name ask
A: {G}
C: 我有点恐高，第一次跳会不会特别害怕啊？
A: 不会的，我们教练全程带着，保证您跳完一点都不怕，下来还想再跳。
C: 那好，我订周日下午两个人。
A: 好的，周日下午两点两位，已经给您预留了。请问您怎么称呼？
C: 姓褚。
A: 褚女士，{C}

@ bj-02 | bj | in | insult,apology | - | age mocked (魂都要吓飞了，别来添乱); protest, no apology
A: {G}
C: 我今年六十三了，身体挺好的，能不能去跳一次蹦极？
A: 阿姨，您这把年纪跳下去，怕是魂都要吓飞了，就别来给我们添乱了。
C: 你这话说得也太难听了吧，年纪大就不能玩了？
A: 规定是五十五岁以上不接待。{C}

@ bj-03 | bj | out | - | hn | outbound confirmation with company and name; weather answer hedged
A: 您好，我是云崖蹦极的{ag}，跟您确认一下周六上午十点的预约，现在方便吗？
C: 方便，周六会不会下雨啊？
A: 天气预报说是多云，一般小雨不影响，如果有雷雨我们会提前一天通知您改期，具体以当天安全员的判断为准。
C: 好的，明白了。
A: 感谢您的配合，祝您周末玩得开心，再见。

@ bj-04 | bj | in | tariff | - | extra video fee glossed 不多，到时候现场再说
A: {G}
C: 你们网上写一百九十八一次，到了现场还要另外交钱吗？
A: 基本不用，拍视频的话要另外收一点，不多，到时候现场再说。
C: 一点是多少啊？
A: 现场工作人员会跟您说的。{C}

@ bj-05 | bj | in | name_ask | - | 你叫啥名？ then weight asked
A: {G}
C: 我想订明天上午的票，一个人。
A: 行，你叫啥名？
C: 我姓喻，喻晓琳。
A: 体重多少？我们要登记一下。
C: 五十二公斤。
A: 好的，明天上午十点场给您留好了，到了报手机号就行。{C}

@ bj-06 | bj | in | short_call | short | quick closing-time question, otherwise correct
A: {G}
C: 你们今天几点关门？
A: 下午六点停止起跳。谢谢来电，祝您玩得开心！

@ bj-07 | bj | in | shirking,apology | - | video owed by the park pushed to the outsourced photographers
A: {G}
C: 我上周跳完拍的视频一直没发给我，说好当天就发的。
A: 视频是外包的摄影队拍的，不归我们管，您自己找他们去吧。
C: 我哪知道他们电话？钱是在你们这交的啊，太不负责了。
A: 那我也没办法，您下次去现场问问吧。{C}

@ bj-08 | bj | in | - | hn | customer's 死定了 / 吓死我了 about the rope, answered with facts
A: {G}
C: 我朋友说蹦极绳要是断了就死定了，吓死我了，你们的绳子安全吗？
A: 理解您的担心。我们的绳子每天都检查，每跳五百次强制更换，还有两套保险扣，安全员会复核两遍才放行。
C: 那我放心多了，帮我订周六下午吧。
A: 好的，周六下午三点给您订好了。{C}

@ yl-01 | yl | in | insult,apology | - | money contempt (内舱都嫌贵…坐轮渡吧); protest, no apology
A: {G}
C: 你们那个五晚的航线，最便宜的内舱房还要四千多，能不能再便宜点？
A: 内舱都嫌贵啊？那您还是去坐轮渡吧，邮轮本来就不是给手头紧的人准备的。
C: 你什么态度？我问问价格都不行吗？
A: 价格是统一的，我这边改不了。{C}

@ yl-02 | yl | in | tariff | - | service and port fees glossed 不多的，上船再说
A: {G}
C: 船票之外还有别的费用吗？
A: 有个服务费和港务费，不多的，上船再说。
C: 大概多少钱呢？
A: 每条航线都不一样，到时候看情况。{C}

@ yl-03 | yl | in | - | hn | gratuity with amount and charging day; trade words 晕船 / 死海
A: {G}
C: 我怕晕船，另外船上的小费是怎么收的？
A: 我们的船比较大，一般风浪小的时候感觉不明显，晕船药在前台可以免费领。服务费每人每晚一百二十元，在下船前一天统一从您的船卡里扣。
C: 那地中海那条线会去死海吗？
A: 死海在中东航线上，地中海这条不去。您需要的话我把两条线的行程都发给您。
C: 好的，发给我吧。
A: 已经发到您手机上了。{C}

@ yl-04 | yl | out | greeting | - | outbound opening with the agent's name only, no company even when asked
A: 您好，我是小甘，您之前咨询过的那个五晚航线现在有特价，要不要了解一下？
C: 你是哪家的啊？
A: 就是您上次问过的那个邮轮嘛，三千九一位，这周订还送岸上游。
C: 哦，我再考虑考虑吧。
A: 好的，谢谢您的时间，祝您生活愉快，再见。

@ yl-05 | yl | in | apology,closing | - | sailing cancelled by the company, 太糟心了, no apology; curt 就这样 ending
A: {G}
C: 我订的下个月那班船怎么突然取消了？年假我都请好了！
A: 因为港口调整，那班船取消了，钱会原路退回。
C: 那我这假不是白请了吗？太糟心了。
A: 可以改到下一班，十二号出发。
C: 算了，退吧。
A: 行，退款三到五个工作日到账。就这样。

@ yl-06 | yl | in | colleague | - | the morning agent called 新来的什么都不懂; apology given
A: {G}
C: 我上午打过电话，另一个客服说可以带狗上船，现在你们又说不行？
A: 上午那个是新来的，什么都不懂，净乱说，您别信她。邮轮上是不能带宠物的。
C: 那好吧，我知道了。
A: 给您添麻烦了，不好意思。{C}

@ yl-07 | yl | in | speech_rate | fast | agent rattles off the child-fare rules
A: {G}
C: 我想问一下，小孩的船票怎么算？
A: 两周岁以下免费，两到十二岁跟两位成人同住一间的话按成人价的一半收，单独住一间就按成人价。
C: 我家孩子八岁，跟我们俩住一间。
A: 那就是半价，一千九百五，您在手机上下单的时候选儿童票就可以了。
C: 好的，谢谢。
A: 不客气。{C}

@ yl-08 | yl | in | - | hn | announced hold; the customer's 喂？喂？ after a bad line mid-call
A: {G}
C: 我想查一下我的订单，手机号是一三八一一一二二三三四。
A: 好的，请您稍等，我帮您查一下。
.. hold
A: 感谢您的耐心等待，您订的是十五号出发的阳台房，两位。
C: 喂？喂？还在吗？刚才信号不太好。
A: 在的，能听到。您的订单没问题，已经出票了。{C}

@ wj-01 | wj | in | insult,apology | - | region and job (你们乡下包工头就是抠); protest, no apology
A: {G}
C: 一台二十吨的挖机一天多少钱？我们就挖个小地基，能不能便宜点？
A: 一天一千六，不讲价。你们乡下包工头就是抠，几百块钱也要磨半天。
C: 你怎么还骂人呢？
A: 一千六，要的话就下单。{C}

@ wj-02 | wj | in | overpromise | - | 保证一个月都不会出一点毛病，出了问题我个人赔
A: {G}
C: 你们的挖机老不老？上次租别家的，干了两天就趴窝了。
A: 我们的都是新车，保证一个月都不会出一点毛病，出了问题我个人赔您。
C: 那行，先租一个月。
A: 好的，明天早上八点送到工地。请问您怎么称呼？
C: 姓党。
A: 党老板，{C}

@ wj-03 | wj | in | - | hn | trade words 破碎锤 / 炮头; price and billing moment; named delivery time
A: {G}
C: 我要租一台带破碎锤的，就是你们说的炮头，打混凝土地面用。
A: 好的，带破碎锤的我们有三十吨的，一天两千二，按天结算，每天收工签单的时候计费。
C: 行，明天能到吗？
A: 明天上午十点前送到，司机师傅会提前给您打电话。{C}

@ wj-04 | wj | in | tariff | - | transport fee glossed 到时候司机跟您结 / 跟别家差不多
A: {G}
C: 运费怎么算？我的工地在山上。
A: 运费要看路况，到时候司机跟您结，不会太多。
C: 你给个大概的数呗。
A: 这个不好说，反正跟别家差不多。
C: 那好吧。
A: {C}

@ wj-05 | wj | in | shirking,apology | - | burst hose blamed on the customer's driver, refuses to act; 太不负责任了
A: {G}
C: 你们租给我的挖机今天液压管爆了，工人都在那儿干等着呢。
A: 那肯定是你们司机操作不当，跟我们没关系，你们自己找人修吧。
C: 车是你们的，怎么就成我们的事了？太不负责任了！
A: 我们这边不管这个。{C}

@ wj-06 | wj | in | talk_over | - | agent cuts in twice on long questions
A: {G}
C: 我想租一台小挖机，大概三吨左右的，在小区里面挖个化粪池，能进得去吗，门口宽度只有两米多一点。
A!: 能进能进，三吨的车宽一米六。
C: 那一天多少钱，需要我们自己找司机吗，还是你们带司机过来干？
A!: 带司机的，一天一千二。
C: 行吧，那明天能过来吗？
A: 明天下午可以，请问您贵姓？
C: 姓辛。
A: 辛先生，{C}

@ wj-07 | wj | out | - | hn | outbound renewal with company and name; settled by actual days
A: 您好，我是重岳机械租赁的{ag}，您上个月租的那台挖机合同下周到期，想问一下您还续不续租？
C: 工程还没干完，估计还要半个月。
A: 好的，那我给您续半个月，价格按原合同。工期有变化的话随时告诉我，按实际使用天数结算。
C: 行。
A: 感谢您一直以来的支持，祝您工程顺利，再见。

@ cc-01 | cc | in | insult,apology | - | intelligence mocked (脑子是怎么考下叉车证的); protest, no apology
A: {G}
C: 我们的电动叉车货叉升不上去了，一直响报警。
A: 是不是把货叉顶到货架上了？这都能弄错，您这脑子是怎么考下叉车证的？
C: 你这人说话真难听。
A: 先把钥匙关了重启试试，不行再报修。{C}

@ cc-02 | cc | in | colleague | - | repairer called 愣头青，毛手毛脚; apology given
A: {G}
C: 你们上次来的维修师傅修完没两天又坏了。
A: 真是不好意思。那个老刘就是个愣头青，干活毛手毛脚的，这次我给您换个靠谱的师傅。
C: 好吧，尽快啊。
A: 明天上午就到。{C}

@ cc-03 | cc | in | filler | - | 那个 / 就是说 / 然后呢 / 呃 / 对吧 across three turns
A: {G}
C: 我想问一下你们那个三吨的叉车电池能用多久？
A: 那个，就是说，这个要看您的使用强度，然后呢，一般满电能干七八个小时吧。
C: 充满要多久？
A: 呃，那个，充满电大概要六个小时，然后呢，就是说晚上充早上用，对吧。
C: 好的，价格呢？
A: 就是，那个，全新的要十二万，然后呢，可以分期。{C}

@ cc-04 | cc | in | - | hn | trade word 货叉; proper transfer with an announced hold, colleague introduces himself
A: {G}
C: 我们叉车的货叉有点变形了，想问一下能不能单独换货叉。
A: 可以单独更换。配件的事我帮您转给配件部的同事，请您稍等。
.. hold
A: 您好，我是配件部的小闫，请问您的叉车是哪个型号？
C: 擎力三吨电动的。
A: 这款的货叉一副一千四百元，下单后三天内发货，运费我们承担。{C}

@ cc-05 | cc | in | name_ask,closing | - | 你姓什么？ and a 挂了啊 ending
A: {G}
C: 我要订一台二手叉车，就是上次看好的那台。
A: 你姓什么？
C: 姓鞠。
A: 手机号多少？
C: 一三六七七八八九九零零。
A: 行，记下了，回头销售联系你。挂了啊。

@ cc-06 | cc | in | short_call | short | weekend hours, otherwise correct
A: {G}
C: 你们周日上班吗？
A: 周日正常上班。谢谢来电，祝您顺利。

@ cc-07 | cc | in | complaint | - | 我要投诉 over rent charged after the lease ended, answered with an apology and a refund date
A: {G}
C: 我们租的叉车已经到期还回去了，你们还一直扣月租，我要投诉！
A: 非常抱歉给您带来麻烦，我马上查一下。确实是系统没有停，多扣的一个月租金三天内退回您的账户。
C: 这次快点啊。
A: 好的，我会一直跟进到账。{C}

@ fdj-01 | fdj | in | hangup,closing,apology | - | generator dies before a show; the agent leaves on the customer's question
A: {G}
C: 我们活动现场租的发电机突然停了，演出马上就开始了，怎么办啊？
A: 你先看看油还有没有。
C: 油是满的，就是打不着火，你们能马上派人过来吗？

@ fdj-02 | fdj | in | tariff | - | overtime fee glossed 一点点，不多，到时候再说
A: {G}
C: 我们租一天，要是晚上超时了怎么算？
A: 超时就收一点点，不多，到时候再说。
C: 一点点是多少？
A: 看超多久吧，还车的时候一起算。{C}

@ fdj-03 | fdj | in | - | hn | day rate, deposit, overtime and fuel with amounts and moments
A: {G}
C: 租一台五十千瓦的发电机一天多少钱？超时怎么收？
A: 一天八百元，押金两千元，还车时退。超过二十四小时按每小时五十元计，还车当天结清。
C: 油费呢？
A: 满油交给您，还车时按实际用油每升八元结算。{C}

@ fdj-04 | fdj | in | shirking | - | noise pushed to the event company (我们只负责出租)
A: {G}
C: 你们的发电机噪音有点大，隔壁商户来问了，能不能换一台静音的？
A: 噪音的事您找活动公司去，是他们帮您选的型号，我们只负责出租。
C: 可是合同是跟你们签的啊。
A: 那也得让活动公司来跟我们说。{C}

@ fdj-05 | fdj | in | forbidden | - | agent's 你这话什么意思？ to a plain question
A: {G}
C: 我想问一下，你们的发电机能不能带动两台大空调再加一套音响？
A: 你这话什么意思？带不带得动你得说功率啊。
C: 一台空调五匹，音响大概三千瓦。
A: 那租一百千瓦的，一天一千五。{C}

@ fdj-06 | fdj | in | silence,apology | - | unannounced gap while a late deposit is looked up; 太不靠谱了, no apology
A: {G}
C: 我昨天还的发电机，押金到现在还没退，你们是不是忘了？
A: 我查一下。
.. gap
A: 查到了，押金今天下午退回。
C: 等了这么久，太不靠谱了。
A: 今天一定到账。{C}

@ fdj-07 | fdj | out | - | hn | outbound follow-up with company and name; apology for a late delivery; 感谢您的反馈
A: 您好，我是源动发电机租赁的回访专员{ag}，想跟您了解一下上周活动用电的情况，耽误您一分钟可以吗？
C: 可以，用得挺好的，就是送过来晚了半个小时。
A: 非常抱歉，这一点我们已经记下了，会跟调度一起改进。感谢您的反馈，祝您生意兴隆，再见。

@ dbc-01 | dbc | in | insult,apology,closing | - | sanity mocked (你们是不是糊涂了) and the brush-off 爱信不信…挂了
A: {G}
C: 我爸的代步车充不进电，充电器上的灯一直是红的。
A: 充电头插反了吧？说了多少遍了，你们是不是糊涂了？
C: 你怎么说话的？我们插得是对的。
A: 爱信不信，反正车没毛病，挂了。

@ dbc-02 | dbc | in | overpromise | - | 保证一辈子都不会摔，百分之百放心
A: {G}
C: 我妈七十多了，骑你们这个代步车安全吗？
A: 绝对安全，老人骑着保证一辈子都不会摔，您百分之百放心。
C: 那我订一台红色的。
A: 好的，请问怎么称呼您？
C: 姓仇。
A: 仇先生，{C}

@ dbc-03 | dbc | in | - | hn | 老人家 as honorific; the customer's 他什么都不知道 answered as reassurance
A: {G}
C: 我是给我家老爷子买的，他什么都不知道，也不会用手机，你们能教教他吗？
A: 没关系，老人家不知道怎么用很正常。送车的时候师傅会手把手教，教会了才走，后面有问题随时打这个电话。
C: 那太好了，送货要多久？
A: 下单后两天内送到，送之前会电话联系您。{C}

@ dbc-04 | dbc | in | name_ask | - | 你谁啊？叫什么？; loose brakes apologised for
A: {G}
C: 我上个月在你们这买的车，刹车有点松。
A: 你谁啊？叫什么？
C: 我姓蓝，蓝建国。
A: 查到了。不好意思给您添麻烦了，明天安排师傅上门调刹车。{C}

@ dbc-05 | dbc | in | greeting | - | 喂，安行，说。
A: 喂，安行，说。
C: 你们店里有没有带篷子的代步车，下雨天也能用的？
A: 有的，带篷款四千八，可以挡雨。
C: 好的，我周末去店里看看。
A: 欢迎您来，店里地址已经发到您手机上了。{C}

@ dbc-06 | dbc | in | speech_rate | slow | drawled answers about licences and speed
A: {G}
C: 我想问一下你们的代步车能上路吗，要不要驾照？
A: 我们的代步车属于老年助力车，不需要驾照。
C: 那速度有多快？
A: 最高每小时十五公里。{C}

@ dbc-07 | dbc | in | complaint,apology | - | swollen battery, 要打一二三一五, no apology
A: {G}
C: 买了不到一个月电池就鼓包了，你们卖的什么东西，我要打一二三一五！
A: 电池鼓包在保修范围内，您把车推到门店换一块就行。
C: 我八十岁的人了怎么推过去？
A: 那可以上门，明天下午师傅过去。{C}
""")
DATA.append(r"""
@ aqzy-01 | aqzy | in | insult,apology | - | sarcasm 您可真是个好家长 about a seat fitted backwards; protest, no apology
A: {G}
C: 我刚发现孩子的座椅好像装反了，开了一个月都没注意，现在该怎么调过来？
A: 您可真是个好家长啊，座椅装反了坐了一个月都没发现。
C: 你这是什么意思？我是来问怎么装的，不是来挨骂的。
A: 把底座的卡扣按下去，整个转过来再扣上就行。{C}

@ aqzy-02 | aqzy | out | - | hn | outbound recall notice with company, name and purpose; free part with a date
A: 您好，我是贝护安全座椅的客服{ag}，您去年买的那款座椅有一批卡扣需要免费更换，打扰您两分钟可以吗？
C: 啊？有危险吗？孩子天天坐呢。
A: 给您添麻烦了，非常抱歉。目前没有发生过事故，是我们主动召回。新卡扣明天发出，三天内到，师傅可以上门帮您换，不收任何费用。
C: 那好，地址没变。
A: 好的，感谢您的配合，祝宝宝平平安安，再见。

@ aqzy-03 | aqzy | in | shirking | - | fitting question pushed to the mall that sold the seat
A: {G}
C: 我买的座椅在我的车上装不稳，老是晃，你们能派人来看看吗？
A: 您在哪儿买的就去找哪儿，安装的事商场负责，我们这边不管。
C: 商场说让我找厂家啊。
A: 那您再跟商场说说吧。{C}

@ aqzy-04 | aqzy | in | hangup,closing | - | the agent leaves on the customer's question about whether the child may still ride
A: {G}
C: 我家座椅的安全带卡扣有点卡，按不下去。
A: 您先用湿布擦一下卡扣里面，可能是进了饼干渣。
C: 擦过了还是卡，那孩子现在还能坐吗？

@ aqzy-05 | aqzy | in | - | hn | sincere praise 您可真细心 that shares words with sarcasm; 不清楚 said by the customer
A: {G}
C: 我不清楚孩子多重要换成正向安装，说明书上写得有点乱。
A: 您可真细心，很多家长都没注意到这一点。一般孩子满十五个月、体重超过九公斤就可以换成正向，您家宝宝现在多大了？
C: 刚满一岁。
A: 那建议再反向坐几个月，更安全一些。感谢您的支持，祝宝宝健康成长，再见。

@ aqzy-06 | aqzy | in | greeting | - | late greeting: a bare 嗯, the customer has to call 喂？喂？有人吗？
A: 嗯。
C: 喂？喂？有人吗？
A: 在的，您好，贝护安全座椅，请问有什么可以帮您？
C: 我想问一下你们的座椅能不能上飞机。
A: 我们的旅行款有航空认证，可以带上飞机使用，普通款不行。
C: 好的，知道了。
A: {C}

@ aqzy-07 | aqzy | in | talk_over,name_ask | - | two cut-ins, then 你叫啥名字？
A: {G}
C: 我上个月在你们网上旗舰店买的座椅，今天收到发现包装破了，侧面的防撞块也裂了一道口子。
A!: 拍照了吗？
C: 拍了，我都拍了，我就是想问是给我换一个新的还是寄回去修一下，我下周就要带孩子回老家。
A!: 换新的，你叫啥名字？
C: 我姓伍。
A: 不好意思让您久等了，新的座椅明天发出。{C}

@ zyj-01 | zyj | in | insult,apology,closing | - | 反正又不是我喘不上气 and the brush-off 爱用不用，挂了
A: {G}
C: 你们这个制氧机晚上太吵了，我母亲根本睡不着，能不能想想办法？
A: 嫌吵就别用，反正又不是我喘不上气。
C: 你这是人说的话吗？
A: 爱用不用，挂了。

@ zyj-02 | zyj | in | overpromise | - | 保证半个月就不喘了
A: {G}
C: 我父亲有慢阻肺，你们这个五升的制氧机他用着合适吗？
A: 合适，您就放心吧，用我们的机器，保证老人半个月就不喘了，比吃药还管用。
C: 那我买一台。
A: 好的，地址发我一下，今天下午就发货。{C}

@ zyj-03 | zyj | in | - | hn | 废气 as a trade word; announced hold; third-party fact with a number
A: {G}
C: 我想问一下，制氧机后面排出来的是不是废气啊，对家里人有没有害？
A: 不是废气，是把氧气分离出去以后剩下的空气，对人没有害处。我再帮您查一下您这台机器的使用说明，请您稍等。
.. hold
A: 感谢您的耐心等待。您这台建议放在离墙二十厘米以上的位置，保持通风就可以。
C: 好的，明白了。
A: {C}

@ zyj-04 | zyj | in | tariff | - | filter replacement fee glossed 不多，到时候再说
A: {G}
C: 这个机器的滤芯多久换一次？换一次多少钱？
A: 半年左右换一次，费用不多，到时候再说。
C: 我想先知道大概多少。
A: 不同批次价格不一样，到时候师傅会告诉您的。{C}

@ zyj-05 | zyj | in | forbidden,greeting | - | opening 嗯，清息，你说。; bare 我不清楚 that ends the matter
A: 嗯，清息，你说。
C: 我家制氧机用了两天，流量表上的小球一直往下掉，是怎么回事？
A: 我不清楚你家机器怎么了。
C: 那怎么办？
A: 你把机器型号发过来，回头技术员看。{C}

@ zyj-06 | zyj | in | silence | - | unannounced gap before the answer about the humidifier cup
A: {G}
C: 制氧机上那个湿化杯里面能不能加自来水？
A: 您稍微说一下用的是哪一款？
C: 就是你们家那个白色的五升款。
.. gap
A: 建议加纯净水或者凉开水，自来水容易结水垢，每天换一次水就可以。
C: 好的，我记住了。
A: {C}

@ zyj-07 | zyj | in | speech_rate | fast | the agent rushes through the alarm codes
A: {G}
C: 我家机器刚才响了几声，屏幕上显示一个黄色的小灯，是什么意思？
A: 黄灯一般是提醒您氧浓度偏低，可能是进风口的过滤棉堵了，您把机器背面的过滤棉取出来用清水冲一下晾干再装回去。
C: 要是洗了还亮呢？
A: 那就需要师傅上门检测，我现在可以帮您登记，明天上午给您回电话确认时间。
C: 好，那先登记吧。
A: 已经登记好了。{C}

@ bz-01 | bz | in | insult,apology | - | the customer's home mocked (老破小，贴什么进口壁纸); protest, no apology
A: {G}
C: 我想看看你们那款进口的丝绸壁纸，给我家客厅贴。
A: 就您家那个老破小，贴什么进口壁纸啊，浪费钱。
C: 我家房子怎么了？你管得着吗？
A: 国产的那款一百二一卷，您看看吧。{C}

@ bz-02 | bz | in | - | hn | trade word 死褶; company-side fault apologised for and fixed for free
A: {G}
C: 你们上周给我贴的壁纸，墙角那儿起了几道死褶，这个正常吗？
A: 非常抱歉，出现死褶是施工的问题，不是正常现象。我们免费给您返工，您看明天下午可以吗？
C: 明天下午可以。
A: 好的，明天下午两点师傅上门，给您带来不便实在不好意思。{C}

@ bz-03 | bz | in | overpromise | - | 保证二十年不翘边，一点都不会发霉
A: {G}
C: 我家卫生间旁边那面墙有点潮，贴壁纸会不会发霉翘边？
A: 不会的，我们这款防潮壁纸，保证二十年不翘边，一点都不会发霉。
C: 那行，帮我量一下尺寸吧。
A: 好的，明天上午安排量尺。{C}

@ bz-04 | bz | in | colleague | - | the measurer called 眼神不好，老量错; apology given
A: {G}
C: 上次量尺的师傅量错了，壁纸少了两卷，现在墙贴了一半。
A: 实在对不起。那个小孙眼神不好，老是量错，我们都说过他好几次了。少的两卷今天下午给您送过去。
C: 好吧，别再出错了。
A: 一定不会了。{C}

@ bz-05 | bz | in | closing | - | curt ending 行，就这些，再见。 with no thanks or blessing
A: {G}
C: 你们壁纸能不能直接贴在刷过乳胶漆的墙上？
A: 可以的，先刷一遍基膜，干了以后再贴。
C: 基膜你们卖吗？
A: 卖的，一桶八十五，够刷三十平方米。
C: 好，我下次一起买。
A: 行，就这些，再见。

@ bz-06 | bz | in | filler,greeting | - | opening 您好，请讲。 (no company or offer); 那个 / 然后 / 就是 / 对吧 / 怎么讲
A: 您好，请讲。
C: 我想问一下你们贴壁纸是按卷算还是按平方算？
A: 那个，就是，怎么讲呢，主材是按卷算，然后呢，人工是按平方算的。
C: 人工多少钱一平方？
A: 就是，那个，一般是十五块一平方，对吧，然后呢，有特殊墙面另算。
C: 好的，那我预约一下。
A: 那个，您留一下地址，然后呢明天给您回电话。{C}

@ bz-07 | bz | in | complaint | - | 网上曝光 threat answered with an apology and a fix
A: {G}
C: 你们的壁纸贴了一个月就变色了，再不给我处理我就去网上曝光你们！
A: 非常抱歉给您造成困扰，变色是我们材料批次的问题，我们全部免费给您换新的，明天就安排师傅上门。
C: 这还差不多。
A: 再次向您道歉。{C}

@ sf-01 | sf | in | name_ask | - | 你叫啥？哪个小区的？
A: {G}
C: 我家沙发皮面裂了好几块，想整个翻新一下。
A: 你叫啥？哪个小区的？
C: 我姓兰，住在碧水湾。
A: 明天上午师傅上门看一下面料。{C}

@ sf-02 | sf | in | - | hn | the fitter's 跟垃圾一样，扔了算了 reported and read back with 我不是要投诉; apology and action
A: {G}
C: 我不是要投诉啊，就是跟你们反映一下，昨天你们上门的师傅看了我家沙发，说跟垃圾一样，扔了算了，我听着挺不舒服的。
A: 您是说师傅说了“跟垃圾一样，扔了算了”，是吗？非常抱歉，这样说太不应该了，我们会找他谈话。您的沙发我们会认真做。
C: 好，态度好就行。
A: 谢谢您的反馈，也谢谢您的理解，祝您生活顺心，再见。

@ sf-03 | sf | in | tariff | - | pickup fee glossed 看距离，不贵
A: {G}
C: 你们上门取沙发要另外收钱吗？
A: 取送费看距离，不贵的。
C: 我家在开发区，大概多少？
A: 这个到时候司机跟您说。{C}

@ sf-04 | sf | in | apology,closing | - | reupholstery two weeks late, 太耽误事了, no apology; 嗯，拜拜。
A: {G}
C: 说好十天做好的沙发，现在都二十多天了还没送回来，家里客人来了都没地方坐，太耽误事了。
A: 面料到得晚，这周六送过去。
C: 周六能保证吗？
A: 周六上午送到。嗯，拜拜。

@ sf-05 | sf | in | short_call | short | quick question, otherwise correct
A: {G}
C: 你们周末能上门量尺吗？
A: 周末可以上门。谢谢来电，祝您愉快。

@ sf-06 | sf | in | greeting | - | opening 您好，请问有什么事？ with no company
A: 您好，请问有什么事？
C: 我想把沙发的布面换成科技布，大概要多少钱？
A: 三人位的话一千八左右，包工包料。
C: 好的，我考虑一下。
A: 好的，谢谢您的来电，祝您生活愉快，再见。

@ sf-07 | sf | in | - | hn | hedged lead time (一般…具体以面料到货为准); 感谢您的耐心等待 + blessing
A: {G}
C: 我的沙发什么时候能做好？
A: 一般是七到十天，具体要看面料到货的时间，面料到了我们第一时间通知您。
C: 那好吧，我等着。
A: 感谢您的耐心等待，到货后我们会短信提醒您，祝您一切顺利，再见。

@ sy-01 | sy | in | insult,apology | - | voice mocked (五音不全…别做梦了); protest, no apology
A: {G}
C: 我想报个声乐班，以后想在单位年会上唱首歌。
A: 您刚才唱那两句我听了，您这嗓子五音不全，交多少钱都白搭，别做梦了。
C: 你怎么能这么说话？我就是想学一下。
A: 那您要报就报初级班吧，三千六十节课。{C}

@ sy-02 | sy | in | overpromise | - | 保证您上台独唱，不跑一个音
A: {G}
C: 我一点基础都没有，学完能上台唱吗？
A: 完全没问题，上完十节课保证您能上台独唱，一个音都不会跑。
C: 那我报名。
A: 好的，周三晚上七点第一节课。{C}

@ sy-03 | sy | out | - | hn | outbound follow-up of a trial lesson: company, name, purpose; thanks for feedback
A: 您好，我是和鸣声乐的课程顾问{ag}，想跟您了解一下上周六试听课的感受，现在方便吗？
C: 方便，老师挺好的，就是时间有点晚。
A: 感谢您的反馈，我们周日上午也有班，您看要不要换到周日？
C: 周日上午可以。
A: 好的，已经给您调好了，祝您学习愉快，再见。

@ sy-04 | sy | in | filler | - | 呃 / 那个 / 然后 / 就是说 / 对吧 across three turns
A: {G}
C: 我想问一下成人班一个班几个人？
A: 呃，那个，一个班是六个人，然后呢，就是说每个人都能单独练，对吧。
C: 一节课多长时间？
A: 就是说，那个，一个半小时，然后呢中间休息十分钟。
C: 好的。
A: 呃，那个，您要是想来试听，然后呢提前一天约。{C}

@ sy-05 | sy | in | shirking,closing | - | refund pushed to the teacher (前台不管); 行了，就这样。
A: {G}
C: 我报的课因为工作调动上不了了，想问一下剩下的课能不能退？
A: 退课的事您找您的老师去，我们前台不管这个。
C: 老师说让我找前台的啊。
A: 那您再跟老师说说。行了，就这样。

@ sy-06 | sy | in | talk_over | - | agent cuts in twice while the customer describes her goal
A: {G}
C: 我女儿今年初三，想考艺术高中的声乐专业，现在一点专业基础都没有，不知道来不来得及准备。
A!: 来得及的，我们有艺考班。
C: 艺考班是一对一还是小班，一周上几次，周末能不能上，她平时要上学。
A!: 一对一，周末上两次。
C: 好的，那我先带她来试听。
A: 好的，周六上午十点可以吗？
C: 可以。
A: {C}

@ sy-07 | sy | in | speech_rate,closing | slow | drawled answers; 那就这样吧。 ending
A: {G}
C: 你们周末有没有少儿合唱班？
A: 有的，周六下午两点到四点。
C: 几岁能报？
A: 六岁到十二岁都可以。那就这样吧。

@ zy-01 | zy | in | insult,apology | - | literacy mocked (您是不识字吗？); protest, no apology
A: {G}
C: 我们在你们店买的那盒新桌游，规则看了半天也没看懂怎么算分。
A: 规则书上写得明明白白，您是不识字吗？
C: 你这什么服务态度？我就是问一下。
A: 第八页有计分表，照着算就行。{C}

@ zy-02 | zy | in | - | hn | trade words 狼人杀 / 毒死 / 杀手 / 炸弹 in a booking
A: {G}
C: 我们周五晚上想订个包间玩狼人杀，十二个人，上次我一上来就被女巫毒死了，这次想玩个杀手多一点的板子。
A: 好的，周五晚上十二人的包间有的。我们有个双杀手的新板子，还有一款拆炸弹的合作游戏，也很适合人多。
C: 好，那就订七点到十一点。
A: 已经给您订好了，包间四百元，当天到店付。{C}

@ zy-03 | zy | in | - | hn | customer's 你们是不是骗子 about a voucher, answered with an apology and a fix
A: {G}
C: 我买的团购券到店说用不了，你们是不是骗子啊？
A: 非常抱歉给您带来不好的体验，那批券是系统没有同步，我现在帮您核销，您报一下券码后四位就行。
C: 七七二一。
A: 已经可以用了，再次跟您说声对不起。{C}

@ zy-04 | zy | in | hangup,closing | - | the agent leaves on the customer's deposit question
A: {G}
C: 我周六订了一个包间，现在人凑不齐了，想取消。
A: 取消可以，我这边给您登记了。
C: 那我交的一百块定金能退吗？

@ zy-05 | zy | in | colleague | - | the night manager called 混日子的; apology given
A: {G}
C: 昨晚我们玩到一半，店里的空调坏了，跟店长说他也不管。
A: 太抱歉了。晚班那个店长就是个混日子的，什么事都不上心。这次给您补一张两小时的免费券。
C: 好吧。
A: 再次说声抱歉。{C}

@ zy-06 | zy | in | complaint,apology | - | 我要找你们老板 over a double charge; no apology
A: {G}
C: 我昨天在你们店消费了二百八，结果扣了我两次钱，你们这什么店啊，我要找你们老板！
A: 重复扣的那一笔会原路退回，三个工作日到账。
C: 那你们老板电话多少？
A: 老板不接这个电话，钱会退的。{C}

@ zy-07 | zy | in | short_call | short | opening-hours question, otherwise correct
A: {G}
C: 你们今晚开到几点？
A: 今晚开到凌晨两点。感谢来电，祝您玩得尽兴。

@ ks-01 | ks | in | insult,apology | - | schooling mocked (先把小学语文补补吧); protest, no apology
A: {G}
C: 我的报名表被退回来了，说信息填得不对，可我看不出哪里错了。
A: 您把姓和名的位置都填反了，连报名表都填不对，还考什么外语，先把小学语文补补吧。
C: 你说话客气一点行不行？
A: 改好了重新提交就行。{C}

@ ks-02 | ks | in | - | hn | 不清楚 of the organiser's review with its number and a follow-up
A: {G}
C: 我申请了成绩复议，想问一下结果什么时候出来。
A: 复议结果我们这边不清楚，是考试主办方审核的，您可以拨打主办方的热线四零零八二零一三五六，一般二十个工作日内出结果，我这边也帮您备注了，下周三再给您回个电话。
C: 好的，谢谢。
A: {C}

@ ks-03 | ks | in | forbidden | - | 考场安排我哪知道 that ends the matter
A: {G}
C: 我想问一下我下个月那场考试分在哪个考场？
A: 考场安排我哪知道。
C: 那我去哪儿查？
A: 考前一周会发短信。{C}

@ ks-04 | ks | in | name_ask | - | 姓啥？准考证号多少？
A: {G}
C: 我上周考完了，想问一下成绩单什么时候寄出来。
A: 姓啥？准考证号多少？
C: 姓危，准考证号是八八二零一三。
A: 成绩单下周一寄出，三到五天到。{C}

@ ks-05 | ks | in | overpromise | - | 保证您考到七分，考不到全额退
A: {G}
C: 我下个月要考试，你们那个冲刺班效果怎么样？
A: 您报我们的冲刺班，保证您考到七分，考不到我们全额退款。
C: 那我报一个。
A: 好的，周一开课。{C}

@ ks-06 | ks | in | silence,closing | - | unannounced gap; 没别的了吧？那先这样。
A: {G}
C: 我想改一下考试日期，从十五号改到二十二号。
A: 您的准考证号多少？
C: 六六二零一九。
.. gap
A: 改好了，二十二号上午九点，同一个考点。
C: 好的。
A: 没别的了吧？那先这样。

@ ks-07 | ks | in | - | hn | bad line: the agent's first turn was complete; re-greeting after the customer's 喂？听不清
A: {G}
C: 喂？喂？听不太清楚。
A: 您好，现在能听清吗？这里是环语考试服务中心，请问有什么可以帮您？
C: 能听清了，我想问一下口语考试可以单独重考吗？
A: 可以单独重考口语，报名费八百五十元，在网上报名时支付，四周内出成绩。
C: 好的，谢谢。
A: {C}
""")
DATA.append(r"""
@ ys-01 | ys | in | insult,apology | - | origin mocked (乡下来的是不是没见过扫码); protest, no apology
A: {G}
C: 我在地铁站的借伞机上扫了好几次码，伞就是出不来。
A: 扫码都不会啊？你们乡下来的是不是没见过扫码借伞？
C: 你说谁乡下来的？会不会好好说话？
A: 把手机亮度调高一点再扫。{C}

@ ys-02 | ys | in | - | hn | the customer's 喂 mid-call and his own 我真是个马大哈; polite throughout
A: {G}
C: 我借的伞忘在出租车上了，我真是个马大哈。
A: 没关系，这种情况挺常见的。您可以在小程序里点“伞已丢失”，押金抵扣伞的费用后剩下的会退给您。
C: 喂？喂？你刚才说点哪里？
A: 在的，是小程序首页右下角的“我的”，里面有“伞已丢失”。
C: 找到了，谢谢。
A: {C}

@ ys-03 | ys | in | tariff,closing | - | overtime fee glossed 一点点，不多; 行，就这样。
A: {G}
C: 你们的伞借一天多少钱？要是我借三天呢？
A: 第一天两块，超过了就收一点点，不多。
C: 一点点是多少？
A: 看您借多久，还的时候系统自己算。行，就这样。

@ ys-04 | ys | in | short_call | short | where to return, otherwise correct
A: {G}
C: 伞能还到别的站吗？
A: 任何一个站点都能还。谢谢来电，祝您出行顺利。

@ ys-05 | ys | in | hangup,closing | - | the agent leaves on the customer's deposit question
A: {G}
C: 我想注销账号，以后不用你们的伞了。
A: 好的，在小程序设置里可以注销。
C: 那我的押金什么时候退给我？

@ ys-06 | ys | in | - | hn | deposit with amount and the moment it comes back; daily fee stated
A: {G}
C: 第一次用你们的伞，要交押金吗？
A: 需要交二十九元押金，还伞后即时原路退回。租金每天两元，超过十天按伞价二十九元封顶，从押金里扣。
C: 那挺清楚的，谢谢。
A: {C}

@ ys-07 | ys | in | filler,greeting,talk_over | - | opening 喂，晴伞。; 那个 / 就是 / 然后呢 / 呃; two cut-ins
A: 喂，晴伞。
C: 我想问一下你们能不能在我们写字楼大堂放一台借伞机，我们楼里有两千多人上班，下雨天特别需要。
A!: 那个，就是，可以的。
C: 那需要我们物业出什么手续吗，要不要交场地费，电费怎么算，谁来维护？
A!: 呃，那个，就是说不收费，然后呢，电费我们出。
C: 好，那你们派人来谈吧。
A: 就是，那个，然后呢明天有商务经理联系您。{C}

@ ys-08 | ys | in | - | hn | announced hold, apology for a broken umbrella, refund with a date
A: {G}
C: 我今天借的伞伞骨断了一根，撑开没两下就坏了。
A: 非常抱歉让您淋雨了，我帮您查一下这把伞的借还记录，请您稍候。
.. hold
A: 感谢您的耐心等待。这次的租金已经给您免了，押金也退回了，一小时内到账。
C: 好的。
A: 谢谢您的反馈，我们会把这台机器的伞都检查一遍，祝您天天开心，再见。

@ jk-01 | jk | in | insult,apology,complaint | - | 疑心病…有病就去看病; the customer's 我要投诉你; no apology
A: {G}
C: 我家门口的摄像头晚上老是自己转，我怀疑是不是被人远程控制了，你们能来看看吗？
A: 您这疑心病也太重了吧，有病就去看病，别天天往我们这打电话。
C: 你这什么态度？我要投诉你！
A: 您投吧，摄像头转是移动侦测在跟踪。{C}

@ jk-02 | jk | in | - | hn | trade words 盲区 / 死角 / 杀毒 in a quote
A: {G}
C: 我家院子装了两个摄像头，后门那块还是个盲区，能不能再加一个？
A: 可以的，后门那个死角加一个广角的就能覆盖，设备加安装一共六百八十元，安装完当场付款。手机上的看护软件不用另外装杀毒软件，也不收费。
C: 行，周末能装吗？
A: 周六上午可以，师傅会提前一小时打电话。{C}

@ jk-03 | jk | out | greeting | - | outbound 喂，是…吧？我们这边做监控的 with no company and no agent name
A: 喂，是王老板吧？我们这边做监控的，您那个店铺要不要装一套？
C: 你们哪个公司的？
A: 就是专门做安防的，现在装四个摄像头送一个硬盘。
C: 不需要，谢谢。
A: 好的，打扰您了，祝您生意兴隆，再见。

@ jk-04 | jk | in | colleague,silence,closing | - | the fitter called 干活就知道糊弄; apology given; unannounced gap; 嗯嗯，回头见。
A: {G}
C: 你们师傅装的摄像头，线就这么挂在墙外面，一点都不好看。
A: 不好意思。那个小马干活就知道糊弄，我跟他说过好几次了。
C: 那能不能重新走一下线？
.. gap
A: 可以，后天下午安排别的师傅过去重新走线。
C: 好吧。
A: 嗯嗯，回头见。

@ jk-05 | jk | in | talk_over,forbidden | - | two cut-ins, then 搞不懂你要干嘛
A: {G}
C: 我想在仓库装一套能连到手机上的监控，仓库大概三百平方米，里面货架比较高，晚上也要能看清楚。
A!: 你到底要装几个？
C: 我就是不知道要装几个才来问你们的，你们不是专业的吗，能不能先派人来看一下？
A!: 搞不懂你要干嘛。
C: 那我再问问别家吧。
A: {C}

@ jk-06 | jk | in | forbidden,greeting | - | opening 嗯，明眸，啥事？; 这我哪知道 that ends the matter
A: 嗯，明眸，啥事？
C: 我家的监控回放只能看三天的，怎么才能多存几天？
A: 这我哪知道。
C: 那是不是要换硬盘？
A: 换个大的就行。{C}

@ jk-07 | jk | in | - | hn | the fitter's 疑神疑鬼的，有病 reported and read back with 我不是要投诉; apology
A: {G}
C: 我不是要投诉，就是反映一下，你们装监控的师傅说我疑神疑鬼的，有病，我心里挺不舒服的。
A: 您是说师傅说您“疑神疑鬼的，有病”，是吗？非常抱歉，这是我们的问题，会找师傅严肃处理，也谢谢您告诉我们。
C: 嗯，你们管管就行。
A: 谢谢您的反馈，也感谢您的理解，祝您生活顺心，再见。

@ jk-08 | jk | in | silence | - | unannounced gap before the answer about night vision
A: {G}
C: 摄像头晚上拍出来是黑白的，能不能变成彩色的？
A: 您用的是哪一款？
C: 就是你们去年给我装的那个白色的圆头的。
.. gap
A: 那款晚上是红外模式，只能黑白。换成带补光灯的全彩款就可以，一台四百二十元。
C: 好，我考虑一下。
A: {C}

@ kq-01 | kq | out | - | hn | outbound renewal with company and name; the fee with amount and charging day
A: 您好，我是准点考勤门禁的客服{ag}，贵公司考勤系统的年度服务下个月十号到期，跟您确认一下是否续费。
C: 续费多少钱？
A: 续费是每年一千二百元，十号当天从贵公司账户扣，不续的话系统十号以后只能查看不能导出数据。
C: 那续吧。
A: 好的，已经帮您登记了，感谢您的支持，祝您工作顺利，再见。

@ kq-02 | kq | out | greeting | - | outbound 您好，我是小覃 with no company
A: 您好，我是小覃，你们公司的考勤机年费下个月到期了，要续一下吗？
C: 你是哪里的？
A: 就是给你们装考勤机的，续费一千二。
C: 那我问问老板。
A: 好的，谢谢您，祝您工作顺利，再见。

@ kq-03 | kq | in | shirking,silence | - | punch data pushed to the customer's own admin; unannounced gap
A: {G}
C: 我们公司考勤机导出来的数据跟员工手机上的打卡记录对不上，差了好几个人。
A: 您用的是哪个版本的软件？
C: 电脑上显示的是三点二版。
.. gap
A: 数据对不上您找你们公司的行政去，他们设置的规则，我们这边管不了。
C: 规则不是你们装的时候设的吗？
A: 反正您找行政吧。{C}

@ kq-04 | kq | in | speech_rate | fast | the agent rushes through how to add a fingerprint
A: {G}
C: 我们新来了一个员工，怎么在门禁机上录他的指纹？
A: 您在机器上按菜单键，输入管理员密码，选用户管理，再选新增用户，按提示让员工把同一根手指按三次就录好了。
C: 要是录不进去呢？
A: 那可能是手指太干了，让他擦点护手霜再试，还是不行的话把机器型号发给我，我远程帮您看。
C: 好的，我试试。
A: 好的，有问题随时打过来。{C}

@ kq-05 | kq | in | filler,name_ask | - | 那个 / 就是说 / 然后 / 对吧 and 你叫啥？
A: {G}
C: 我们想给办公室装一个人脸识别的门禁，大概多少钱？
A: 那个，就是说，要看您几个门，然后呢，一个门一般三千左右，对吧。
C: 两个门。
A: 就是，那个，你叫啥？哪个公司的？
C: 我姓覃，是宏远贸易的。
A: 那个，然后呢明天让销售给您报价，对吧。{C}

@ kq-06 | kq | in | - | hn | proper transfer with an announced hold; the colleague introduces herself
A: {G}
C: 我们的门禁系统连不上网了，员工都进不了门。
A: 非常抱歉影响您上班，我马上帮您转技术部，请您稍等。
.. hold
A: 您好，我是技术部的小葛，请您看一下门禁机右上角的网络灯是红色还是绿色？
C: 红色的。
A: 请您把机器后面的网线拔下来再插上，等一分钟。好，已经连上了。给您添麻烦了，感谢您的配合，祝您工作顺利，再见。

@ kq-07 | kq | in | - | hn | 我不是要投诉 with a settled past complaint; thanks for the feedback
A: {G}
C: 我上个月投诉过一次考勤机漏打卡的事，你们已经换了新机器，我不是要投诉，就是跟你们说一声，现在用得挺好的。
A: 谢谢您特意打电话来告诉我们，上次给您添麻烦了。之后有任何问题随时联系我们。
C: 好的。
A: {C}

@ kq-08 | kq | in | hangup,closing,apology | - | door lock stuck after an update; the agent leaves on the customer's question
A: {G}
C: 你们昨天远程升级了以后，我们公司的门禁就打不开了，一早上员工都在外面站着，太耽误事了。
A: 您先断电重启一下。
C: 重启过三次了，还是打不开，你们能不能马上派人来？

@ bzh-01 | bzh | in | - | hn | trade words 爆箱 / 压扁 / 废边 / 傻瓜式封箱机
A: {G}
C: 我们上批纸箱发快递的时候爆箱了好几个，是不是纸不够厚？
A: 非常抱歉给您添麻烦了。您装的货比较重的话建议换五层的，抗压更好，不容易被压扁。切下来的废边我们也可以帮您回收。另外我们有一款傻瓜式封箱机，封得更牢。
C: 那换五层的吧，一千个。
A: 好的，五层箱一块二一个，明天发货，货到付款。{C}

@ bzh-02 | bzh | in | name_ask,closing,hangup | - | 你哪个公司的？叫啥？; the agent leaves on the customer's freight question
A: {G}
C: 我要订五百卷透明胶带，跟上次一样的。
A: 你哪个公司的？叫啥？
C: 我是星辰电商的，姓邰。
A: 行了，下午发货。
C: 那这次运费还是你们出吗？

@ bzh-03 | bzh | in | colleague,greeting | - | opening 哎，方盒，要啥？; the warehouse called 磨洋工; apology given
A: 哎，方盒，要啥？
C: 我上周订的气泡膜到现在还没发货，说好三天发的。
A: 不好意思啊，仓库那帮人干活就是磨洋工，我去催一下，今天下午一定发出。
C: 好，尽快吧。
A: 好的，谢谢您的耐心等待，祝您生意兴隆，再见。

@ bzh-04 | bzh | in | talk_over,filler | - | two cut-ins with 那个 / 就是说 / 然后呢 / 对吧
A: {G}
C: 我们想定做一批印公司标志的纸箱，大概三个尺寸，每个尺寸两千个，颜色要跟我们的标志一致。
A!: 那个，就是说，可以做。
C: 印刷费怎么算，起订量是多少，打样要不要收钱，多久能交货？
A!: 那个，然后呢，打样不收钱，对吧。
C: 那先给我打个样吧。
A: 就是，然后呢，三天出样。{C}

@ bzh-05 | bzh | in | forbidden | - | 不明白你说啥，说清楚点
A: {G}
C: 我想问一下你们那个珍珠棉能不能按我们产品的形状切，就是那种挖个槽卡进去的。
A: 不明白你说啥，说清楚点。
C: 就是内衬，定制形状的。
A: 哦，那个可以，发图纸过来。{C}

@ bzh-07 | bzh | in | speech_rate | slow | drawled answers about carton sizes
A: {G}
C: 你们最大的纸箱有多大？
A: 最大的是搬家用的特大号，六十乘五十乘五十厘米。
C: 一个多少钱？
A: 四块五一个，买五十个以上打九折。{C}

@ bzh-08 | bzh | in | short_call | short | same-day pickup, otherwise correct
A: {G}
C: 今天能自提吗？
A: 下午五点前都能自提。谢谢来电，祝您顺利。

@ phc-01 | phc | in | insult,apology | - | job mocked (送快递的买什么平衡车); protest, no apology
A: {G}
C: 我是送快递的，想买一台你们的平衡车上下班用，哪款续航最长？
A: 送快递的买什么平衡车啊，老老实实骑你的三轮车吧。
C: 送快递的怎么了？我花钱买东西你管我干什么？
A: 续航最长的是八十公里那款，三千二。{C}

@ phc-02 | phc | in | - | hn | the customer's 这破车就是垃圾 about a fault, answered with an apology and a replacement
A: {G}
C: 你们这破车就是垃圾，买了一个星期就开不了机了！
A: 非常抱歉给您带来这么糟糕的体验。一周内出现故障我们直接给您换新，明天上门取旧车，同时把新车送过去。
C: 那还行，尽快吧。
A: 好的，给您添麻烦了，谢谢您的理解，祝您一切都好，再见。

@ phc-03 | phc | in | overpromise,tariff | - | 保证骑十年电池都不衰减; extended warranty fee glossed 不贵，到时候再说
A: {G}
C: 你们平衡车的电池能用几年？
A: 我们用的是进口电芯，保证您骑十年电池都不会衰减一点。
C: 那延保要加钱吗？
A: 延保要加一点，不贵，到时候再说。{C}

@ phc-04 | phc | in | hangup,closing | - | the agent leaves on the customer's question about the warranty
A: {G}
C: 我的平衡车左边轮子有异响，骑起来咯吱咯吱的。
A: 可能是轴承缺油了，您可以送到门店看看。
C: 那这个在保修范围内吗？

@ phc-05 | phc | in | silence,complaint | - | unannounced gap; 我要去消协 answered with an apology
A: {G}
C: 我的车修了三次还是老毛病，再这样我就要去消协了。
A: 非常抱歉，我看一下您的维修记录。
.. gap
A: 让您久等了，确实是同一个问题修了三次，这次我们直接给您换新车，明天上门。
C: 早这样就好了。
A: 给您添麻烦了，再次向您道歉。{C}

@ phc-06 | phc | in | filler,colleague | - | 那个 / 就是说 / 然后呢 / 对吧; the shop staff called 就会瞎忽悠; apology given
A: {G}
C: 门店的人跟我说这款车能爬三十度的坡，结果我家门口那个小坡都上不去。
A: 不好意思啊，那个，门店那帮人就会瞎忽悠，就是说，这款其实只能爬十五度。
C: 那怎么办？
A: 那个，然后呢，您可以七天内换成越野款，对吧，就是说补个差价。
C: 补多少？
A: 那个，然后呢，补八百。{C}

@ phc-07 | phc | in | - | hn | the customer's 我是不是太笨了 answered 不是您的问题; 不知道 as reassurance
A: {G}
C: 我是不是太笨了，在手机上怎么都连不上车。
A: 不是您的问题，第一次连接确实容易出错。您不知道步骤也没关系，我一步一步跟您说：先打开手机蓝牙，再长按车上的电源键三秒。
C: 连上了！
A: 太好了，感谢您的配合，祝您骑行愉快，再见。

@ phc-08 | phc | in | short_call | short | minimum rider age, otherwise correct
A: {G}
C: 小孩几岁能骑？
A: 八岁以上可以骑。谢谢来电，祝您开心。

@ yk-01 | yk | in | - | hn | hedged outcome (因人而异，没办法保证); surgery fee with amount and moment
A: {G}
C: 我近视八百度，做了手术以后能不能保证视力一点五？
A: 大部分人术后能达到术前戴眼镜的最佳视力，但效果因人而异，我们没办法保证具体数值，要先做术前检查才能判断。
C: 检查要多少钱？
A: 术前检查二百八十元，检查当天在前台交。{C}

@ yk-02 | yk | in | greeting | - | bare 喂？ opening; the customer has to ask whether this is the clinic
A: 喂？
C: 喂，你好，是睛彩眼科吗？
A: 对，您说。
C: 我想约下周的术前检查。
A: 好的，下周二上午九点可以吗？请问您贵姓？
C: 姓晏。
A: 晏女士，已经给您约好了。{C}

@ yk-03 | yk | in | forbidden,talk_over | - | two cut-ins, then 想好了再来电话吧
A: {G}
C: 我在考虑做全飞秒还是半飞秒，听说全飞秒恢复快一点，但是价格贵很多，我也不知道哪个更适合我。
A!: 都行，看您自己。
C: 那你能不能跟我说一下两个的区别，我朋友做的是半飞秒，他说效果也挺好的。
A!: 你自己先想好要做哪个，想好了再来电话吧。
C: 好吧。
A: {C}

@ yk-04 | yk | out | - | hn | outbound post-op follow-up with clinic, name and purpose
A: 您好，我是睛彩眼科的护士{ag}，您上周做了近视手术，今天打电话回访一下您的恢复情况，现在方便吗？
C: 方便，就是眼睛还有点干。
A: 术后一个月内有点干是正常的，按时点人工泪液就可以。下周三是您的复查时间，记得来。
C: 好的。
A: 感谢您的配合，祝您早日恢复，再见。

@ yk-05 | yk | in | shirking,complaint | - | wrong invoice pushed to 财务 with no number; 我要找你们领导
A: {G}
C: 你们给我开的手术发票抬头写错了，我没法报销，我都跑了两趟了，我要找你们领导！
A: 发票的事找财务去，我们客服不管。
C: 财务电话多少？
A: 您自己去医院一楼问吧。{C}

@ yk-06 | yk | in | speech_rate | fast | the agent rushes through pre-op instructions
A: {G}
C: 我明天做术前检查，需要注意什么吗？
A: 戴软性隐形眼镜的要停戴一周，硬性的停一个月，检查当天不要化眼妆，检查要散瞳，最好有人陪同，不要自己开车。
C: 大概要多长时间？
A: 整个检查大概两个小时，散瞳以后四到六个小时看近处会模糊，这是正常的。
C: 好的，谢谢。
A: 不客气。{C}

@ yk-07 | yk | in | hangup,closing | - | the agent leaves on the customer's question about postponing
A: {G}
C: 我下周的手术想往后推一推，工作上临时有事。
A: 推迟的话要重新排期，最近的空档在下个月中旬。
C: 那我交的定金还能用吗？

@ yk-08 | yk | in | colleague,forbidden | - | the nurse called 马大哈; 不知道 that ends the matter
A: {G}
C: 你们的护士给我预约的是周三，可我收到的短信写的是周四，到底是哪天？
A: 那个护士就是个马大哈，经常弄错。不知道，你自己再看看短信吧。
C: 短信写的周四啊。
A: 那就周四。{C}

@ yk-09 | yk | in | speech_rate,closing | slow | drawled answers about opening hours; 好，就这样。
A: {G}
C: 你们周日上班吗？
A: 周日上午八点到下午五点都上班。
C: 要提前预约吗？
A: 需要在手机上提前一天预约。好，就这样。

@ yk-10 | yk | in | - | hn | 您不知道度数也没关系; 不清楚 said by the customer
A: {G}
C: 我想给孩子配眼镜，但是我不清楚他现在多少度，上次验光都是两年前了。
A: 您不知道度数也没关系，来了我们先给孩子做一次散瞳验光，当天就能出结果。验光一百二十元，验完付款。
C: 好的，周六上午可以吗？
A: 周六上午九点给您约好了，请问您怎么称呼？
C: 姓滕。
A: 滕女士，{C}
""")

# ---- end of data --------------------------------------------------------------------------------


def parse(blocks: list[str]) -> list[dict]:
    calls = []
    for blob in blocks:
        cur = None
        for raw in blob.strip().splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                key, ind, d, labels, flags, note = [x.strip() for x in line[1:].split("|")]
                assert ind in INDUSTRIES, (key, ind)
                assert d in ("in", "out"), key
                labs = [] if labels == "-" else [x.strip() for x in labels.split(",")]
                assert all(x in FAMILIES for x in labs), (key, labs)
                cur = {"key": key, "ind": ind, "dir": d, "labels": labs,
                       "flags": set(flags.split()) - {"-"}, "note": note, "turns": []}
                calls.append(cur)
            elif line.startswith(".."):
                cur["turns"].append(("pause", line[2:].strip()))
            else:
                sp, text = line.split(":", 1)
                assert sp in ("A", "C", "A!"), (cur["key"], line)
                cur["turns"].append((sp, text.strip()))
    keys = [c["key"] for c in calls]
    assert len(keys) == len(set(keys)), "duplicate keys"
    return calls


def fill(call: dict, rng: random.Random, counters: dict) -> None:
    co, sh = INDUSTRIES[call["ind"]][1:]
    ag = AGENTS[counters["ag"] % len(AGENTS)]
    counters["ag"] += 1
    aid = "".join("零一二三四五六七八九"[int(d)] for d in str(rng.randint(1001, 1999)))
    out = []
    for sp, text in call["turns"]:
        if sp != "pause":
            if "{G}" in text:
                g = GREETS[counters["g"] % len(GREETS)]
                counters["g"] += 1
                text = text.replace("{G}", g.replace("{tod}", rng.choice(TODS)))
            if "{C}" in text:
                c = CLOSES[counters["c"] % len(CLOSES)]
                counters["c"] += 1
                text = text.replace("{C}", c.replace("{w}", rng.choice(WISHES)))
            text = text.replace("{co}", co).replace("{sh}", sh).replace("{ag}", ag).replace("{id}", aid)
            assert "{" not in text, (call["key"], text)
        out.append((sp, text))
    call["turns"] = out


def timed(call: dict, rng: random.Random) -> tuple[list[dict], float]:
    flags = call["flags"]
    fast, slow, short = "fast" in flags, "slow" in flags, "short" in flags
    turns = call["turns"]
    a_rates = [rng.uniform(3.9, 4.8) for _ in turns]
    c_rates = [rng.uniform(3.6, 4.9) for _ in turns]
    gaps = [rng.uniform(0.5, 1.6) for _ in turns]
    fixed = {}
    for i, (sp, text) in enumerate(turns):
        if sp == "pause":
            fixed[i] = rng.uniform(10.6, 11.9) if text == "hold" else rng.uniform(13.2, 15.8)
        if sp in ("A", "A!") and nchars(text) >= 6:
            if fast:
                a_rates[i] = rng.uniform(8.55, 8.9)
            if slow:
                a_rates[i] = rng.uniform(1.6, 1.68)
    over = {i: rng.uniform(1.5, 1.95) for i, (sp, _) in enumerate(turns) if sp == "A!"}
    scale = 1.0
    for _ in range(200):
        segs, t, pend = [], rng.uniform(0.3, 0.7) if False else 0.45, 0.0
        t = 0.45
        prev_end = 0.0
        for i, (sp, text) in enumerate(turns):
            if sp == "pause":
                pend = fixed[i]
                continue
            n = nchars(text)
            if sp in ("A", "A!"):
                r = a_rates[i] if (fast or slow) and n >= 6 else max(3.35, a_rates[i] / scale)
            else:
                r = max(3.0, c_rates[i] / scale)
            dur = max(0.6, n / r)
            if segs:
                if sp == "A!":
                    start = prev_end - over[i]
                else:
                    start = prev_end + (pend if pend else min(3.4, gaps[i] * scale))
            else:
                start = 0.45
            pend = 0.0
            end = start + dur
            segs.append({"speaker": "agent" if sp.startswith("A") else "customer",
                         "start": round(start, 2), "end": round(end, 2), "text": text})
            prev_end = end
        duration = round(prev_end + 0.5, 2)
        if short or duration >= 30.5:
            break
        scale *= 1.06
    return segs, duration


def timing_labels(segs: list[dict], duration: float, labels: set) -> set:
    got = set()
    if duration < 20:
        got.add("short_call")
    for i in range(1, len(segs)):
        gap = segs[i]["start"] - segs[i - 1]["end"]
        if gap >= 10:
            prev_agent = [s for s in segs[:i] if s["speaker"] == "agent"]
            announced = prev_agent and any(w in prev_agent[-1]["text"] for w in HOLD_WORDS) and \
                prev_agent[-1] is segs[i - 1]
            if not announced:
                got.add("silence")
        if segs[i]["speaker"] == "agent" and segs[i - 1]["speaker"] == "customer" and \
                segs[i - 1]["end"] - segs[i]["start"] >= 1.0:
            got.add("talk_over")
    rates = [nchars(s["text"]) / (s["end"] - s["start"]) for s in segs
             if s["speaker"] == "agent" and nchars(s["text"]) >= 6]
    if rates:
        m = sum(rates) / len(rates)
        if m >= 7.5 or m <= 2.0:
            got.add("speech_rate")
        elif "speech_rate" not in labels:
            assert all(3.2 <= r <= 5.3 for r in rates), rates
    return got


def hangup(segs: list[dict]) -> bool:
    last = segs[-1]
    return last["speaker"] == "customer" and (last["text"].endswith(("？", "?")) or "喂？喂？" in last["text"])


def main() -> None:
    rng = random.Random(SEED)
    calls = parse(DATA)
    counters = {"g": 0, "c": 0, "ag": 0}
    order = list(range(len(calls)))
    rng.shuffle(order)
    calls = [calls[i] for i in order]
    rows = []
    for c in calls:
        fill(c, rng, counters)
        segs, duration = timed(c, rng)
        labels = set(c["labels"])
        got = timing_labels(segs, duration, labels)
        want = labels & set(TIMING)
        assert got == want, (c["key"], got, want, duration)
        if "short_call" not in labels:
            assert duration >= 30.0, (c["key"], duration)
        assert hangup(segs) == ("hangup" in labels), (c["key"], segs[-1]["text"])
        if "hangup" in labels:
            assert "closing" in labels, c["key"]
        if "hn" in c["flags"]:
            assert not labels, c["key"]
        overlaps = [i for i in range(1, len(segs)) if segs[i]["start"] < segs[i - 1]["end"]]
        assert ("talk_over" in labels) == bool(overlaps), c["key"]
        rows.append((c, segs, duration, labels))
    # noise: about a quarter, only where the timing labels read the same on the noisy text
    n_noisy = round(NOISY_SHARE * len(rows))
    cand = list(range(len(rows)))
    rng.shuffle(cand)
    noisy = {}
    for i in cand:
        if len(noisy) >= n_noisy:
            break
        c, segs, duration, labels = rows[i]
        conv = rng.choice(["s2t", "s2tw", "s2hk"]) if rng.random() < 0.5 else None
        nrng = random.Random(SEED * 1000 + i)
        nsegs = [dict(s, text=noisy_text(s["text"], nrng, conv)) for s in segs]
        if any(not s["text"].strip() for s in nsegs):
            continue
        try:
            got = timing_labels(nsegs, duration, labels)
        except AssertionError:
            continue
        if got != labels & set(TIMING):
            continue
        noisy[i] = nsegs
    out = []
    for i, (c, segs, duration, labels) in enumerate(rows):
        ind, co, _ = (call_ind := INDUSTRIES[c["ind"]])[0], call_ind[1], call_ind[2]
        out.append({"call_id": f"AA-{i + 1:03d}", "labels": sorted(labels), "note": c["note"],
                    "noise": i in noisy, "duration": duration,
                    "metadata": {"writer": "AA", "industry": ind, "company": co,
                                 "direction": "outbound" if c["dir"] == "out" else "inbound",
                                 "hard_negative": "hn" in c["flags"], "language": "zh",
                                 "sample_rate": 8000, "key": c["key"]},
                    "segments": noisy.get(i, segs)})
    with OUT.open("w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    fam = {f: sum(f in r["labels"] for r in out) for f in FAMILIES}
    print(len(out), "calls;", "noisy", sum(r["noise"] for r in out), "; hard negatives",
          sum(r["metadata"]["hard_negative"] for r in out), "; outbound",
          sum(r["metadata"]["direction"] == "outbound" for r in out), "; no labels",
          sum(not r["labels"] for r in out), file=sys.stderr)
    print(" ".join(f"{k} {v}" for k, v in sorted(fam.items(), key=lambda kv: -kv[1])), file=sys.stderr)
    print("industries", len({r["metadata"]["industry"] for r in out}), "multi-label",
          sum(len(r["labels"]) >= 2 for r in out), file=sys.stderr)


if __name__ == "__main__":
    main()
