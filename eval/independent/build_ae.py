"""Independent labelled call set AE (eval/independent/tune_ae.jsonl; first named heldout_ae.jsonl, held out until its
blind figures were recorded with rulebook 2026.12.22) — a tuning set.

Writer AE adopts writer AD's label policy unchanged: writer Z's policy (the header of build_z.py), the "AA:" readings
at the top of build_aa.py, the "AB:" readings at the top of build_ab.py, the "AC:" readings at the top of build_ac.py
and the "AD:" readings at the top of build_ad.py. Timing families are computed from the generated segment times and
asserted against the hand labels (clean and noisy text): short_call < 20 s (others >= 30 s); silence an unannounced
gap >= 10 s (holds announced with 稍等 / 稍候 in the agent's turn just before are not; every other gap <= 4 s);
talk_over the agent starting >= 1.0 s before the customer's segment ends (the customer cutting in on the agent is
not); speech_rate the agent's mean rate over turns of >= 6 characters >= 7.5 or <= 2.0 chars/s (negatives keep every
such agent turn within 3.0-6.2); hangup the clean transcript ending on the customer's unanswered question or 喂？喂？
(every hangup call also carries closing).

Data format (writer AE's own): industries `% code | industry | company | short`; calls
`# key | code | in|out | labels | flags | note` (`-` for none), turns `a:` agent / `c:` customer, `a>:` the agent
cutting in on the customer (1.5-2.2 s before the customer's end), `c>:` the customer cutting in on the agent,
`.hold N` (a wait the agent announced with 稍等 / 稍候) / `.gap N` (unannounced silence); flags `hn` (hard negative),
`fast`, `drawl`, `short`. `{G}` / `{C}` are the rotating correct greeting / closing, `{hi}` a rotating 您好 /
time-of-day greeting, `{co}` / `{s}` the company's full / short name, `{name}` / `{no}` the call's agent name and
number. random.Random(SEED) only chooses timing, order, the noisy calls and their noise, and the greeting / closing /
name / number rotation; the dialogues are hand-written by writer AE.

AE: readings writer AE had to choose (they only settle what AD's policy leaves open or what AE's calls bring up):
AE: contempt for the customer's age (您这岁数了还学滑板 / 人老了就是糊涂), sarcasm about luggage (搬家还是逃难啊),
    regional put-downs (瓜娃子 / 这人咋这么虎), contempt for a small farm or a market stall (三十头猪也叫
    养殖场 / 卖菜的还送锦旗) and for a customer's schooling (您这文化水平…难为您了) are insult; a jibe framed as a question about
    hearing (您是耳背还是装听不见) is insult, not forbidden.
AE: trade words that share characters with insults are innocent: 卸荷阀卡死 / 憋压 (compressor), 撞刀 / 废品率 / 傻瓜式
    编程 (CNC), 死淘率 / 霉菌毒素 / 猪瘟 (feed), 空号 / 骚扰标记 (400 numbers), 垃圾短信 / 拦截 (SMS), 作废 (e-contract),
    滚轮 / 笨重 (luggage), 爆音 / 哑了 / 死机 of a mixing desk, 死结 / 地钉 (marquee), 神经外科 / 华佗再世 on a banner,
    小丑 / 狗熊 / 猴戏 (circus acts), 扣杀 / 擦边 / 死球 (table tennis), 菜鸟班 (a beginners' class name), 猪脑花 / 杀鱼 /
    笨鸡 (chef school), 致病菌 / 有毒有害 (food lab), 过放死锁 / 鼓包 (battery storage), 信号死角 / 串频 (walkie-talkies),
    死角 of a ceiling, 疯狗 / 狂犬 (vaccination), 大胖子 / 猪蹄 / 大外行 / 小作坊 the customer says of himself.
AE: complaint is labelled when the customer, in this call, states an intent to complain or report (投诉 / 12315 / 曝光 /
    找你们领导); a customer's 我不是要投诉 or a past complaint mentioned as settled is not. An insult a third party said,
    quoted by the customer and read back by the agent while registering it, is complaint, not insult.
AE: an agent stating plainly that a colleague made an error and correcting it (上次登记错了，我给您改过来) is no
    colleague matter; contempt for the colleague (新来的那个啥也不懂 / 销售那帮人嘴上没把门的) is.
AE: 保证孩子胆子变大 / 保证包分配月薪过万 / 保证十年一点不衰减 / 一条都不会进垃圾箱 / 八级大风都吹不动 are
    overpromise; 一般 / 大部分学员 / 因人而异 / 不能保证百分之百不得 / 不敢打包票 are hedges.
AE: a fee asked about and answered with amount and the moment charging starts is not tariff; 先免费用着 / 到时候系统会
    通知 / 跟别家差不多 / 不贵的 is.
AE: a bare 嗯？ or 喂？ first turn followed by the full greeting only after the customer's 喂 is a greeting fault; a
    complete greeting repeated after the customer says 听不清 is not.
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import opencc

SEED = 20261230
OUT = Path(__file__).resolve().parent / "tune_ae.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask", "apology", "shirking",
            "overpromise", "colleague", "complaint", "silence", "talk_over", "speech_rate", "short_call", "hangup")
NOISY_SHARE = 0.25

NAMES = ["小闻", "小姜", "小卓", "小盛", "小伍", "小缪", "小翟", "小车", "小戚", "小沐", "小焦", "小游", "小简", "小宫"]
HI = ["您好", "您好", "您好", "早上好", "下午好", "上午好", "晚上好"]
GREETINGS = [
    "{hi}，这里是{co}，我是{name}，请问您有什么需要我帮忙的？",
    "{hi}，欢迎来电{co}，{no}号客服{name}，请问您想办理什么业务？",
    "{hi}，{co}服务热线，很高兴为您服务，请问有什么可以帮到您？",
    "{hi}，您已接通{co}客户服务，我是{name}，请问您遇到了什么问题？",
    "{hi}，感谢您拨打{co}热线，我是{name}，请问今天需要咨询点什么？",
    "{hi}，{co}售后服务中心，{no}号{name}为您服务，您请说。",
    "{hi}，{co}，我是客服{name}，有什么能为您效劳的吗？",
]
CLOSINGS = [
    "好的，感谢您的来电，祝您{w}，再见。",
    "不客气，以后有需要随时联系我们，祝您{w}！",
    "感谢您的耐心，{no}号{name}祝您{w}，再见。",
    "谢谢您的配合，后续进度会短信告知您，祝您{w}。",
    "感谢您对{s}的支持，祝您{w}，再见！",
    "那就先这样，谢谢您的反馈，祝您{w}，拜拜。",
]
WISHES = ["生活愉快", "一切顺利", "身体健康", "心想事成", "工作顺心", "周末愉快", "天天开心", "万事如意"]

# writer AE's own homophone list (what Whisper base makes of 8 kHz speech); 稍等 / 稍候 are left alone
HOMOPHONES = [("压缩机", "压缩鸡"), ("机床", "机窗"), ("饲料", "四料"), ("短信", "短新"), ("合同", "合通"),
              ("签署", "签数"), ("寄存", "记存"), ("行李", "行理"), ("帐篷", "账篷"), ("锦旗", "锦棋"),
              ("马戏", "马细"), ("乒乓", "乒邦"), ("滑板", "华板"), ("轮滑", "论滑"), ("厨师", "除师"),
              ("检测", "检侧"), ("储能", "出能"), ("电池", "电驰"), ("对讲机", "对讲鸡"), ("蚕丝", "残丝"),
              ("吊顶", "掉顶"), ("疫苗", "一苗"), ("接种", "接中"), ("减重", "减中"), ("体重", "提重"),
              ("客服", "课服"), ("您好", "你好"), ("谢谢", "谢协"), ("祝您", "祝你"), ("投诉", "头诉"),
              ("麻烦", "马烦"), ("师傅", "师父"), ("预约", "预月"), ("订单", "定单"), ("退款", "退宽"),
              ("确认", "却认"), ("地址", "地指"), ("抱歉", "报歉"), ("保证", "保正"), ("舞台", "午台"),
              ("音响", "音向"), ("号码", "号马"), ("学员", "学园"), ("发票", "发漂")]
CN_DIG = {"零": 0, "〇": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
UNITS = "元|块钱|块|天|小时|分钟|个月|号|年|斤|公斤|公里|张|份|楼|层|周|台|件|个工作日|位|万|平|米|箱|床|条|头|吨|度|人|岁"
PUNCT = set("，。？！、；：,.?!;:…“”‘’（）()—-~《》 ")
HOLD_WORDS = ("稍等", "稍候")
APOLOGY_WORDS = ("抱歉", "对不起", "道歉", "不好意思", "歉意", "见谅")
TICS = ("啊", "呀", "这个", "那个", "嗯", "呃", "额")
OFFER_WORDS = ("帮", "服务", "请说", "请讲", "效劳", "需要", "咨询", "办理")


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


def to_digits(text: str) -> str:
    text = DIGRUN_RE.sub(lambda m: "".join(str(CN_DIG[c]) for c in m.group(0)), text)

    def rep(m):
        s = m.group(1)
        if s in ("一", "两") and m.group(2) in ("位", "份", "件", "条", "头", "人"):
            return s
        v = cn2num(s)
        return s if v is None else str(v)
    return NUM_RE.sub(rep, text)


CONVERTERS = {k: opencc.OpenCC(k) for k in ("s2t", "s2tw", "s2hk")}


def noisy(text: str, rng: random.Random, conv: str, drop_all: bool) -> str:
    for a, b in HOMOPHONES:
        if a in text and rng.random() < 0.55:
            text = text.replace(a, b, 1)
    text = to_digits(text)
    if drop_all:
        text = "".join(ch for ch in text if ch not in PUNCT)
    else:
        text = re.sub(r"[，。、；：！？,.!?;:…“”‘’（）《》]+", " ", text).strip()
    return CONVERTERS[conv].convert(text)


# --------------------------------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------------------------------
DATA: list[str] = []

DATA.append("""
% cmp | air-compressor after-sales (空压机售后) | 劲风压缩机械 | 劲风
% cnc | CNC machine-tool after-sales (数控机床) | 精铣数控机床 | 精铣
% feed | livestock-feed supplier (饲料) | 丰牧饲料 | 丰牧
% n400 | 400-number business-line service (四零零号码) | 声达企业通信 | 声达
% sms | bulk-SMS platform (短信群发) | 信鸽云短信 | 信鸽
% esign | e-signature / e-contract SaaS (电子合同) | 墨契电子签 | 墨契
% bag | station luggage storage (行李寄存) | 寄存宝行李服务 | 寄存宝

# cmp-01 | cmp | in | insult, apology | - | mocks the customer's hearing; customer hurt, no apology
a: {G}
c: 我们厂里那台二十二千瓦的螺杆机，开机十几分钟就跳闸，报的是高温故障。
a: 高温故障就看散热器脏没脏，风扇转不转，您先看看。
c: 风扇是转的，散热器上礼拜刚吹过，你说的这两样都没问题啊。
a: 我刚才说了散热器，您耳朵是摆设吗？我让您看油位，油位低了也高温。
c: 你什么态度？你刚才明明没说油位。
a: 您就去看油位，看完再说。
c: 油位在绿线中间，正常的。
a: 那就派师傅上门，明天上午到，上门费八十元，到现场检查后再报配件价。
c: 行吧，地址你们系统里有。
a: {C}

# cmp-02 | cmp | in | - | hn | trade words 卸荷阀卡死 / 憋压; fee told with amount and moment
a: {G}
c: 我这台机器加载不上去，压力一直憋在零点三兆帕，是不是坏了？
a: 听您描述，多半是卸荷阀卡死了，阀芯被油泥粘住就会憋压。
c: 那我自己能拆吗？我怕拆坏了。
a: 建议不要自己拆，先断电泄压，我给您安排师傅，今天下午三点前联系您。
c: 要多少钱？
a: 上门检查八十元，清洗卸荷阀另收一百二十元，修好以后现场付款。
c: 好，那就这么办。
a: {C}

# cmp-03 | cmp | in | tariff | - | second-year maintenance fee glossed over as free now
a: {G}
c: 你们那个年度保养套餐是怎么收费的？销售说头一年送的。
a: 对，第一年是免费保养，您先用着就行。
c: 那第二年呢？多少钱，什么时候开始扣？
a: 第二年到时候系统会通知您的，跟别家价格差不多，不贵的。
c: 我就想知道个大概数。
a: 具体以通知为准，您放心用就好，有保养需求随时打我们电话。
c: 好吧。
a: {C}

# cmp-04 | cmp | out | - | hn | outbound follow-up with full opening; hedged 一般
a: {hi}，我是{co}的回访专员{name}，上周师傅到贵厂修过一台空压机，想跟您确认一下使用情况。
c: 哦，修好了，现在挺正常的。
a: 好的，请问维修师傅当时有没有跟您讲排水阀每天要放一次水？
c: 讲了，我们每天下班前放。
a: 非常好。一般按时排水的话，油气分离器能用满一年，不过也要看车间粉尘情况。
c: 明白，粉尘确实大。
a: 那建议您三个月清一次进气滤芯，有需要可以随时预约。
c: 好的，谢谢。
a: {C}

# cmp-05 | cmp | in | silence | - | 我查一下 then twelve seconds of nothing
a: {G}
c: 我上个月报修的单子，师傅说要换主机轴承，配件到了没有？
a: 您报一下手机号，我查一下。
c: 一三九零五七七八二一六。
.gap 12
c: 喂？还在吗？
a: 在的，配件已经到仓库了，明天安排师傅给您换，上午九点左右到。
c: 行，那我明天等着。
a: {C}

# cmp-06 | cmp | in | colleague | - | contempt for the installation crew
a: {G}
c: 你们上次来装机的师傅，管道接得歪歪扭扭的，现在接口还漏气。
a: 很抱歉给您添麻烦了。安装组那几个人干活一向毛手毛脚，组长自己都懒得管他们。
c: 那你们公司就不管吗？
a: 我这边给您重新派一位老师傅，免费把接口重新做一遍，明天下午过去。
c: 好，这次找个靠谱的。
a: {C}

# cmp-07 | cmp | in | greeting, filler | - | opens 喂，劲风，说 and a run of tics
a: 喂，劲风，说。
c: 我想问一下，你们那个冷干机要不要单独买？
a: 呃，这个冷干机啊，嗯，看您用气的要求，那个要是喷漆的话就得配。
c: 我们是做木工家具的，要喷漆。
a: 啊那就得配，呃，配一台二十立方的就够，价格是六千八百元。
c: 那什么时候能送到？
a: 嗯，下单后三天内发货，这个到了师傅上门装。
c: 行，我再考虑下。
a: {C}

# cnc-01 | cnc | in | insult | - | questions the customer's competence, then a token apology
a: {G}
c: 我们新买的立加，编程界面全是英文，这个G代码我看不太懂，能不能远程教一下？
a: 这都是最基础的东西，G零一直线插补，这么简单都不会，您是怎么当上设备科长的？
c: 我是管设备的，又不是专门编程的，你这么说就不对了吧。
a: 不好意思，是我说话冲了。这样，我给您约一次远程培训，明天下午两点，工程师用视频一步步带您。
c: 行，那就明天。
a: {C}

# cnc-02 | cnc | in | - | hn | trade words 撞刀 / 废品率 / 傻瓜式
a: {G}
c: 昨天夜班操作工撞刀了，主轴会不会受影响？
a: 撞刀以后先别开机，主轴精度要用千分表测一下跳动，超过两丝就要检修。
c: 我们这批件废品率一下子上去了。
a: 明白，那多半是主轴偏了。另外新版系统有傻瓜式对刀向导，可以减少撞刀，我让工程师上门时给您装上。
c: 好，什么时候能来？
a: 明天上午十点前到，主轴在保修期内，检修不收费。
c: 那就好。
a: {C}

# cnc-03 | cnc | in | overpromise | - | guarantees ten years without any loss of precision
a: {G}
c: 我们在比较几家的五轴机床，你们这台精度能保持多久？
a: 您放心，我们这台保证十年精度一丝不差，用到报废都不用校。
c: 十年一丝不差？平时不用做保养吗？
a: 不用，保证一点都不会跑，别家都比不了我们。
c: 那我让采购再跟你们谈谈价格。
a: 好的，我把报价单发到您邮箱，采购随时可以联系我。
c: 行。
a: {C}

# cnc-04 | cnc | in | shirking, apology | - | blames the workshop's power, refuses to send anyone; customer upset
a: {G}
c: 机床开着开着就黑屏，一天好几回，活都干不完，急死了。
a: 黑屏那是你们车间电压不稳，跟我们机床没关系。
c: 我们车间别的设备都好好的，就你们这台出问题。
a: 电压的事我们管不了，您自己找电工看看吧。
c: 那你们总得派个人来看看吧？
a: 我们只负责机床本身，您先让电工查一下，祝您工作顺心。

# cnc-05 | cnc | in | talk_over | - | agent cuts in on two long questions
a: {G}
c: 我想咨询一下，你们那个四轴转台能不能加装到我们去年买的那台三轴立加上，就是型号是精铣V八五零的那台。
a>: 可以加装，要升级系统，费用另算。
c: 那升级系统的话，原来的程序还能用吗？我们有好几百个程序存在里面，丢了可就麻烦大了。
a>: 能用，升级前我们会先备份。
c: 那费用大概多少？
a: 转台加系统升级一共三万八千元，签合同时付一半，装好验收付另一半。
c: 我跟老板商量一下。
a: {C}

# cnc-06 | cnc | out | greeting | - | outbound: agent's name but the company only when asked
a: 您好，我是{name}，你们厂里那台立加最近用着怎么样？
c: 你是哪里的？
a: 哦，我是做机床售后的，就是{s}那边的。
c: 还行吧，换刀的时候有点异响。
a: 有异响的话建议尽快报修，我帮您登记，明天派工程师过去看看，检查不收费。
c: 好吧，那你登记吧。
a: {C}

# cnc-07 | cnc | in | - | hn | the customer abuses the agent; the agent stays polite
a: {G}
c: 你们这破机床三天两头坏，你们都是一群骗子！
a: 非常抱歉给您造成这么大的影响，您先别着急，请问现在报的是什么故障？
c: 报警号一零二零，换刀换不了，你们是不是脑子有病，卖这种东西。
a: 理解您着急。一零二零是刀库定位报警，我现在就派工程师，今天下午四点前到现场。
c: 今天必须修好。
a: 工程师会尽力今天处理完，如果要换配件，我们会先跟您说明时间和费用。
c: 行。
a: {C}

# feed-01 | feed | in | insult, apology | - | contempt for a small pig farm; customer hurt
a: {G}
c: 我想订你们的育肥猪料，每个月大概要三吨，能不能给个批发价？
a: 三吨？您那是养了几头猪啊，三十头猪也好意思叫养殖场，批发价是给大客户的。
c: 我养多少关你什么事，你看不起人是吧？
a: 按零售价算，一吨三千二百元，送货上门。
c: 算了，我再问问别家。
a: {C}

# feed-02 | feed | in | - | hn | trade words 死淘率 / 霉菌毒素 / 猪瘟
a: {G}
c: 最近我们场里死淘率有点高，兽医说可能是饲料里霉菌毒素超标，你们料没问题吧？
a: 我们每批料都有霉菌毒素检测报告，我可以把这批的报告发给您。另外最近周边有非洲猪瘟的通报，也建议您让兽医排查一下。
c: 报告发我微信吧。
a: 好的，我加您微信发过去。如果检测确实有问题，我们按合同退换。
c: 行，谢谢。
a: {C}

# feed-03 | feed | in | forbidden, shirking | - | 我哪知道 / 我也不知道, will not ask the technical department
a: {G}
c: 你们那个蛋鸡料换了新配方以后，鸡蛋的蛋黄颜色浅了，是怎么回事？
a: 这我哪知道，配方是技术部定的。
c: 那你帮我问问技术部啊。
a: 技术部不接外线，你问我我也不知道。
c: 那我找谁？
a: 你就先用着吧，有别的事再打来。祝您生活愉快。

# feed-04 | feed | in | tariff, complaint | - | freight never disclosed; the customer asks to complain
a: {G}
c: 我上次订料的时候你们说送货免费，这次账单上多了三百块运费，怎么回事？
a: 运费是按区域收的，您那边属于偏远区域。
c: 那下单的时候为什么没人告诉我？以后每次都要收吗，收多少？
a: 这要看情况，到时候系统会算的，不一定。
c: 你们这样不行，我要投诉，把你们业务经理的电话给我。
a: 非常抱歉，我把您的情况登记下来，业务经理今天下班前给您回电话。
c: 好，我等着。
a: {C}

# feed-05 | feed | in | - | hn | 不清楚 of a third party with where to ask; 不知道也不要紧
a: {G}
c: 我们这边畜牧站说要统一打疫苗，打完疫苗的猪能不能马上换料？
a: 防疫期间换料的事，畜牧站的具体安排我这边不清楚，您可以问一下站里的兽医，他们有书面要求。
c: 我也不知道他们有啥要求。
a: 不知道也不要紧，我们的技术员下周二正好去您那片巡访，到时候可以一起帮您看，您看方便吗？
c: 方便，下周二我在场里。
a: {C}

# feed-06 | feed | out | name_ask | - | outbound sales: 你姓什么
a: {hi}，我是{co}的业务员{name}，我们新出了一款肉牛精料，想给您介绍一下。
c: 哦，说吧。
a: 你姓什么？我先给你登记一下。
c: 姓马。
a: 马老板，这款精料粗蛋白十八，日增重能提高一成左右，每吨三千六百元，现在订满两吨送一次上门测膘。
c: 我先要个样品试试。
a: 好的，样品免费，三天内寄到，您收到后有问题随时联系我。
c: 行。
a: {C}

# feed-07 | feed | in | apology, closing | - | wrong feed delivered, no apology, ends 行，就这样
a: {G}
c: 你们送来的是小猪料，我订的是母猪料，现在母猪都等着吃呢，你说咋办？
a: 单子上写的就是小猪料。
c: 我电话里说得清清楚楚是母猪料，你们下错了！
a: 那我给您重新下一单母猪料，今天下午送到，小猪料让司机拉回去。
c: 这还差不多，下次注意点。
a: 行，就这样。

# n400-01 | n400 | in | insult, apology | - | sanity jibe (脑子进水); customer hurt
a: {G}
c: 我们公司那个四零零号码，能不能不交月租了，我们一个月就几个电话。
a: 您是不是脑子进水了，四百号码还想免费用一辈子？
c: 你怎么骂人呢？我就是问问。
a: 月租是最低消费，每月一百九十八元，每月一号扣。
c: 你这人说话太难听了。
a: {C}

# n400-02 | n400 | in | - | hn | trade words 空号 / 骚扰标记
a: {G}
c: 我们的四零零号码打过去有人说是空号，还有人说手机上显示骚扰标记。
a: 非常抱歉给您带来困扰。空号提示一般是号码欠费停机了，我查到您账户上个月欠了五十元；骚扰标记可以申请清除，我帮您提交。
c: 欠费我马上交。标记多久能清掉？
a: 一般三到五个工作日，清除结果会短信通知您。
c: 好的。
a: {C}

# n400-03 | n400 | in | hangup, closing | - | the agent drops the line while the customer asks where to send papers
a: {G}
c: 我想把现在的四零零号码转到别的城市的分公司用，可以吗？
a: 可以，要重新提交分公司的营业执照。
c: 那原来绑定的座机号码怎么办？能不能同时绑两个城市？
a: 您交材料的时候再说吧。
c: 那材料交到哪里？线上交还是要去营业厅？

# n400-04 | n400 | in | filler | - | tics through the voice-menu answer
a: {G}
c: 我想给我们的四零零号码加一个语音导航，就是按一转销售，按二转售后那种。
a: 嗯，可以的，这个啊，就是在后台设置，那个语音要您自己录。
c: 录好了传到哪里？
a: 呃，传到后台那个，嗯，语音管理里面，这个格式要MP3。
c: 设置要收费吗？
a: 啊不收费，嗯，导航功能是免费的，录音您自己录就行。
c: 好的。
a: {C}

# n400-05 | n400 | in | shirking | - | sends the customer to the carrier, 您上网查一下就有
a: {G}
c: 我们的四零零来电显示不出客户号码，好多客户打进来我们回不过去。
a: 来电显示是运营商的事，您自己去找电信吧，我们管不了。
c: 可是号码是在你们这办的啊。
a: 我们只是代理，这个问题您找运营商。
c: 那运营商的电话是多少？
a: 您上网查一下就有。
c: 行吧。
a: 显示的事归运营商管，祝您工作顺心。

# n400-06 | n400 | in | - | hn | proper transfer to the finance line, announced
a: {G}
c: 我想开发票，上个季度的月租一共六百元。
a: 好的，发票是由财务部门开具的，我现在帮您转接财务专线，请您稍等，不要挂机。
.hold 8
a: 已经接通财务，她会为您开具，如果转接中断，您也可以直接拨打分机八零二。
c: 好的，谢谢。
a: {C}

# n400-07 | n400 | out | - | hn | outbound renewal reminder with the amount and the charging day
a: {hi}，我是{co}的客服{name}，您公司的四零零号码下个月十五号到期，提醒您续费。
c: 续费多少钱？
a: 续一年是两千三百七十六元，到期当天从您预存款里扣，预存款不够的话号码会停用。
c: 那能不能按月交？
a: 可以按月交，每月一百九十八元，每月一号扣费。
c: 那我按月吧。
a: 好的，我帮您改成按月扣费，感谢您的配合，祝您生意兴隆。

# sms-01 | sms | in | insult | - | sarcasm about the customer's money, then a token apology
a: {G}
c: 你们短信一条四分五也太贵了吧，我一个月就发两千条。
a: 哟，两千条还嫌贵，您可真是个大老板啊，一个月九十块都舍不得。
c: 你这是什么话？
a: 不好意思，是我失言了。您要是一次充一万条，单价可以降到三分八。
c: 那我考虑一下。
a: {C}

# sms-02 | sms | in | - | hn | trade words 垃圾短信 / 拦截; announced hold
a: {G}
c: 我们发的验证码短信，好多用户说被手机当成垃圾短信拦截了。
a: 验证码被拦截一般是因为签名没有报备，或者内容里有链接。您的签名我查一下，请您稍等。
.hold 14
a: 查到了，您的签名还没有报备，我帮您提交，报备一般两个工作日通过，通过后拦截会少很多。
c: 好的，那就麻烦你了。
a: {C}

# sms-03 | sms | in | overpromise | - | 保证百分之百送达，一条都不会进垃圾箱
a: {G}
c: 我们做会员营销，最怕短信进垃圾箱，你们能保证到达率吗？
a: 能，我们走的是三网优质通道，保证百分之百送达，一条都不会进垃圾箱。
c: 百分之百？别家都说九十几。
a: 那是别家，我们保证百分百，进了垃圾箱您找我。
c: 好，那我先充五千条试试。
a: {C}

# sms-04 | sms | in | talk_over, apology | - | campaign messages stuck; agent cuts in, never apologises
a: {G}
c: 我昨天晚上发的活动短信，到现在后台还显示发送中，活动今天上午就开始了，客户都没收到，你们这是怎么搞的？
a>: 晚上通道有管控，要排队。
c: 排队排一晚上？你们也没提前说啊，我这活动的损失谁来负责？
a>: 通道的事我们也控制不了。
c: 那现在怎么办？
a: 我帮您切换到备用通道重新发，十分钟内能发完。
c: 赶紧的。
a: {C}

# sms-05 | sms | in | short_call, greeting | short | bare 喂？ opening, balance read out
a: 喂？
c: 是信鸽短信吗？我要查余额。
a: 嗯，账号报一下。
c: 一五八开头那个。
a: 还剩三百二十条，祝您愉快。

# sms-06 | sms | out | - | hn | outbound onboarding call; 不知道没关系 as reassurance
a: {hi}，我是{co}的客户经理{name}，看到您注册了账号还没开始发送，想问问需不需要帮忙？
c: 我不知道怎么设置模板，看着挺复杂的。
a: 不知道没关系，大部分客户第一次都不熟悉。模板就三步：写内容、选签名、提交审核，我可以远程陪您操作一遍。
c: 那现在可以吗？
a: 可以的，我把远程链接发到您手机上，您点开就行。
c: 收到了。
a: {C}

# sms-07 | sms | in | complaint, apology | - | auto-renewal charge; customer will report to 12315; no apology
a: {G}
c: 你们没经过我同意就给我开了自动续费，扣了我五百块，我要打一二三一五举报你们。
a: 自动续费是您注册的时候勾选的。
c: 我根本没勾过！你们这是偷钱！
a: 系统记录显示是勾选了的，您要退的话可以提交申请，三个工作日审核。
c: 我不管，我就是要投诉你们。
a: 可以，我把您的投诉登记上，工单号发您短信，祝您生活愉快。

# esign-01 | esign | in | insult, apology, closing | - | 您这文化水平 + 爱签不签，我挂了
a: {G}
c: 我在你们那个电子合同上签名，怎么老是签不上，点了确定又跳回去。
a: 要先实名认证再签，页面上写得清清楚楚。
c: 实名认证在哪里？我没看到啊。
a: 您这文化水平签电子合同确实难为您了，一个按钮都找不到。
c: 你说什么？你凭什么说我没文化？
a: 跟您说不明白，爱签不签吧，我挂了。

# esign-02 | esign | in | - | hn | trade word 作废
a: {G}
c: 我们跟客户签错了一份合同，金额写错了，能不能作废重签？
a: 可以的，双方都签署完成的合同需要双方同意才能作废。您在合同详情里点发起作废，对方确认后就失效了。
c: 作废的那份还会留记录吗？
a: 会保留作废记录，这是为了合规，但不具有法律效力，您放心重新发起就行。
c: 明白了，谢谢。
a: {C}

# esign-03 | esign | in | tariff | - | per-signature price after the free quota glossed over
a: {G}
c: 你们那个企业版，签一份合同要多少钱？现在注册送的那几份用完以后怎么收费？
a: 现在注册送的二十份是免费的，您先免费用着。
c: 我知道免费，我问的是用完以后。
a: 用完了到时候系统会提醒您充值，不贵的，跟别家差不多。
c: 好吧，那我先用着看。
a: {C}

# esign-04 | esign | in | name_ask, filler | - | 你叫什么名字 and tics
a: {G}
c: 我想给我们公司开通电子签章，要准备什么材料？
a: 嗯，那个，你叫什么名字？我先给你建个档。
c: 我姓潘，潘晓东。
a: 啊好，呃，这个材料就是营业执照，那个法人身份证，嗯，还有公章的照片。
c: 公章照片有什么要求？
a: 呃，就是清楚就行，啊，白底的。
c: 好的我准备一下。
a: {C}

# esign-05 | esign | in | silence, apology | - | fourteen silent seconds, customer annoyed, no apology
a: {G}
c: 我们昨天发出去的合同，对方说收不到签署短信，急着今天签。
a: 您说一下合同编号。
c: 合同编号是HT二零二六一二零六零零八。
.gap 14
c: 喂？有人吗？我这边很急！
a: 在，查到了，对方手机号少输了一位，您改一下重新发就可以。
c: 你刚才怎么一声不吭半天？
a: 刚才在查记录。改好重新发送后，对方几秒钟就能收到。
c: 行吧。
a: {C}

# esign-06 | esign | in | - | hn | the customer cuts in on the agent; hedged 一般 / 以法院审理为准
a: {G}
c: 我想问问你们的合同有法律效力吗？
a: 有的，我们的电子签名符合电子签名法，每份合同都有时间戳和数字证书，发生纠纷可以作为证据。
c>: 那要是打官司，法院认吗？
a: 认的，我们跟多家仲裁机构和公证处有合作，可以出具存证报告。一般法院都会采纳，具体还是以法院审理为准。
c: 明白了，谢谢。
a: {C}

# esign-07 | esign | in | colleague | - | 销售那帮人嘴上没把门的
a: {G}
c: 你们销售跟我说企业版可以无限签，结果签到一百份就不让签了。
a: 销售那帮人嘴上没把门的，为了开单什么都敢说，您别信他们。企业版是每年一百份，超出的按份另买，每份两元，超出当月扣费。
c: 那我当时是被他骗了？
a: 很抱歉让您误会了，我帮您申请一下，看能不能送您五十份作为补偿，结果明天答复您。
c: 好吧。
a: {C}

# bag-01 | bag | in | insult, apology | - | 搬家还是逃难啊; customer hurt
a: {G}
c: 我有五个大箱子两个编织袋，想在火车站寄存两天，你们放得下吗？
a: 五个大箱子两个编织袋？您这是搬家还是逃难啊？
c: 你什么意思，我带多少东西跟你有关系吗？
a: 大件一件一天二十元，编织袋也算大件，七件两天二百八十元，取的时候付。
c: 你们这服务态度真差。
a: {C}

# bag-02 | bag | in | - | hn | trade words 滚轮 / 笨重; announced hold; damage owned up to
a: {G}
c: 我昨天存的箱子，取出来发现滚轮掉了一个，是不是你们搬的时候弄坏的？
a: 非常抱歉，我们先核实一下。请问您的取件码是多少？
c: 取件码是六四八二一九。
a: 好的，请稍等，我调一下入库照片。
.hold 11
a: 入库照片上四个滚轮都是好的，确实是我们搬运时损坏的，笨重的箱子本来应该用推车。我们照价赔偿，修一个滚轮八十元，您看可以吗？
c: 行，就按八十吧。
a: {C}

# bag-03 | bag | in | closing, apology | - | locker jammed, customer rushing; 没事我挂了
a: {G}
c: 我存的包取不出来了，柜门打不开，我赶飞机来不及了！
a: 您报一下柜子编号。
c: B区十七号，你们快点！
a: 我远程给您开，您拉一下柜门试试。
c: 开了开了，真是急死人。
a: 行了，没事了吧？没事我挂了。

# bag-04 | bag | in | speech_rate | fast | rattles off the storage rules
a: {G}
c: 你好，我想问一下你们寄存点能存什么东西，不能存什么东西？
a: 易燃易爆的不能存，液体超过一升的不能存，活体动物不能存，贵重物品现金首饰建议随身携带不要存，其他的都可以存。
c: 啊？你说慢点，液体不能存是吧？
a: 超过一升的液体不能存，小瓶的矿泉水饮料都没问题，您放心存，一天二十元，取的时候按实际天数付费。
c: 好的好的，明白了。
a: {C}

# bag-05 | bag | in | - | hn | customer-side 喂？喂？ on a bad line; announced hold
a: {G}
c: 喂？喂？能听见吗？我这边信号不好。
a: 能听见，您请说，我这边声音很清楚。
c: 我想延长寄存，原来存两天，现在要存五天。
a: 好的，请您稍等，我帮您改一下。
.hold 12
a: 已经帮您延长到五天，多出来的三天每天二十元，一共六十元，取件时一起付。
c: 好的，谢谢。
a: {C}

# bag-06 | bag | in | short_call | short | one quick question, answered properly
a: {hi}，{co}，请问有什么可以帮您？
c: 你们晚上几点关门？
a: 二十四小时营业。
c: 好，谢谢。
a: 不客气，祝您旅途顺利。

# bag-07 | bag | out | greeting, apology | - | outbound opening 喂 with no agent name; overdue bag, customer upset
a: 喂，是冯女士吗？这边是{s}，您十一月存的一个行李箱超期一个月没取了。
c: 哎呀我都忘了，人已经回老家了，怎么办？
a: 超期是要收费的，现在一共六百元，三个月不取按无主物品处理。
c: 六百？这么多，早干嘛不通知我？
a: 寄存的时候协议上写了的。您可以委托别人带着取件码来取，费用现场付。
c: 那我找个朋友去取。
a: 好的，请他带上取件码和您的身份证照片，谢谢您的配合，祝您一切顺利。
""")

DATA.append("""
% stage | stage lighting and sound rental (舞台灯光音响租赁) | 明声舞台设备租赁 | 明声
% tent | event marquee rental (活动帐篷租赁) | 大篷活动帐篷租赁 | 大篷
% banner | silk banners and plaques (锦旗奖牌定制) | 红绸锦旗定制 | 红绸
% circus | circus show tickets (马戏城票务) | 飞燕马戏城 | 飞燕
% pong | table-tennis coaching (乒乓球培训) | 银球乒乓培训 | 银球
% skate | skateboard and roller-skating school (滑板轮滑学校) | 疾轮滑板轮滑学校 | 疾轮
% chef | chef school (厨师学校) | 鼎香厨师学校 | 鼎香

# stage-01 | stage | in | insult, apology | - | 您懂音响吗就在这瞎指挥？外行就别添乱; customer hurt
a: {G}
c: 我们周六办年会，租了你们两只音箱，我觉得低音不够，能不能再加两只低音炮？
a: 两只主音箱一百多人的场子完全够了，您懂音响吗就在这瞎指挥？外行就别添乱了。
c: 我是花钱租设备的，提个要求怎么就添乱了？你什么态度！
a: 要加也行，低音炮一只一天三百元，周六当天送装。
c: 加两只。你们这客服真让人窝火。
a: {C}

# stage-02 | stage | in | - | hn | trade words 死机 / 哑了 / 爆音 of a mixing desk and radio mics
a: {G}
c: 昨晚演出调音台死机了两次，无线话筒也时不时哑了，还有爆音，差点出事故。
a: 非常抱歉影响了您的演出。调音台死机多半是固件问题，话筒哑了和爆音一般是接收器频点被干扰。
c: 那今晚还有一场怎么办？
a: 我下午两点前派技术员带一台备用调音台和两套新话筒过去，现场重新扫频，费用我们承担。
c: 好，一定要准时。
a: {C}

# stage-03 | stage | in | hangup, closing | - | the customer's question about the lighting operator is left hanging
a: {G}
c: 我想租一套婚礼用的灯光，要有追光和染色灯，下个月八号用。
a: 八号有货，追光一台加染色灯八台，一天一千六百元。
c: 那需要你们派灯光师吗？灯光师几点能到场？
a: 看您需要吧。
c: 我是需要的，那灯光师能提前一天来彩排吗？

# stage-04 | stage | in | speech_rate | drawl | every agent turn drawled
a: {G}
c: 我们学校艺术节想租一个LED背景屏和一套音响，大概多少钱？
a: 好——的——，LED屏——按平方算——，一平方——一天——八十元——。
c: 我们舞台宽十二米，高四米。
a: 那就是——四十八平方——，一天——三千八百四十元——，音响——另算——八百元——。
c: 明白了，能开发票吗？
a: 可以的——，开增值税——普通发票——。
c: 那我报给学校。
a: {C}

# stage-05 | stage | in | name_ask, tariff | - | 你姓啥 and a deposit left vague (押金不多，到时候再说)
a: {G}
c: 我想租两台烟雾机，周末用。
a: 你姓啥？
c: 姓龚。
a: 龚先生，烟雾机一台一天一百五十元，另外要交押金。
c: 押金多少？什么时候退？
a: 押金不多，到时候再说，看设备还回来的情况。
c: 那行吧，你先给我留两台。
a: {C}

# stage-06 | stage | out | - | hn | outbound with full opening; hedged 一般 / 不敢给您打包票
a: {hi}，我是{co}的{name}，您上周在我们网站留言咨询舞台搭建，现在方便聊两分钟吗？
c: 方便，我们是一个三百人的发布会。
a: 三百人的话建议八米乘六米的舞台，搭建一般需要六个小时，具体要看场地进场时间。
c: 能保证前一天晚上搭好吗？
a: 只要场地允许前一天下午进场，一般晚上十点前能搭完，我不敢给您打包票，但会提前跟场地确认好。
c: 好，那你把方案发给我。
a: {C}

# stage-07 | stage | in | colleague | - | 仓库那帮人…脑子跟浆糊一样
a: {G}
c: 你们送来的线材少了两根卡侬线，现场接不上。
a: 非常抱歉。仓库那帮人装车从来不点数，脑子跟浆糊一样，我都说过八百遍了。
c: 那现在怎么办？
a: 我马上让附近的同事送两根过去，四十分钟内到。
c: 快点吧。
a: {C}

# tent-01 | tent | in | insult | - | 你们乡下办酒席…还挑什么颜色, then 对不起
a: {G}
c: 我们村里办酒席，想租一个能坐二十桌的大篷，要红色的。
a: 你们乡下办酒席搭个棚子还挑什么颜色，有啥就用啥呗。
c: 乡下人怎么了？乡下人就不能挑颜色？
a: 对不起，是我说错话了。红色的有货，二十桌的篷一天一千二百元，含搭建。
c: 那就要红色的。
a: {C}

# tent-02 | tent | in | - | hn | trade words 死结 / 地钉
a: {G}
c: 上次你们搭的篷子，拆的时候绳子打了死结解不开，地钉也拔不出来。
a: 不好意思给您添麻烦了。死结不用硬解，工人拆的时候会直接换绳；地钉拔不出来是因为土冻住了，我们有专门的起钉器。
c: 那拆的时候你们派人吧？
a: 对，明天上午九点工人过去拆，不另外收费。
c: 好的。
a: {C}

# tent-03 | tent | in | overpromise | - | 保证八级大风都吹不动，刮台风都没事
a: {G}
c: 我们在海边办活动，风比较大，你们的篷子扛得住吗？
a: 您放心，我们的篷子保证八级大风都吹不动，刮台风都没事。
c: 台风也没事？那么厉害？
a: 那当然，我们的篷子绝对不会出问题，您尽管用。
c: 那我就订一个十米乘二十米的。
a: 好的，我给您下单，搭建前一天跟您确认时间。
c: 行。
a: {C}

# tent-04 | tent | in | silence | - | 我算一下 then eleven silent seconds
a: {G}
c: 我要租三个五米乘五米的篷子，加桌椅五十套，放三天，帮我算一下多少钱。
a: 好，我算一下。
.gap 11
a: 篷子一个一天二百元，三个三天一千八百元，桌椅一套一天十元，三天一千五百元，一共三千三百元。
c: 含搭建吗？
a: 含搭建和拆除，不另收费。
c: 好，那就订了。
a: {C}

# tent-05 | tent | in | forbidden | - | 你先回去想清楚了再打过来吧
a: {G}
c: 我们公司要办个户外活动，也不知道要几个篷子，你们能给点建议吗？
a: 您要几个都不知道，我怎么给您建议？
c: 大概有两百人吧，就是不知道怎么搭合适。
a: 你先回去想清楚了再打过来吧，我这边还有别的电话。
c: 你们不是做这个的吗？
a: 您确定了人数和场地尺寸再来电，我们马上给您报价，祝您工作顺利。

# tent-06 | tent | in | short_call, closing | short | wrong number, 嗯，拜拜
a: {hi}，{co}，请问有什么需要？
c: 是搬家公司吗？
a: 不是，打错了。
c: 哦。
a: 嗯，拜拜。

# tent-07 | tent | in | - | hn | sincere 您真会挑; wedding blessing as closing
a: {G}
c: 我看你们有一款透明顶的星空篷，晚上挂灯特别好看，我想订那个办婚礼。
a: 您真会挑，这款星空篷是今年婚礼用得最多的，晚上挂上暖光灯效果很好。
c: 一天多少钱？
a: 一天两千二百元，含灯串和搭建，定金五百元，下单时付，剩下的婚礼前一天付清。
c: 好，那我订下个月十八号的。
a: 好的，已经帮您锁定十八号，合同会发到您手机上。感谢您的信任，祝您新婚快乐，百年好合。

# banner-01 | banner | in | insult, apology | - | 卖菜的还送锦旗，挺会来事啊; customer hurt
a: {G}
c: 我想做一面锦旗送给我们菜市场的管理处，他们帮我们摊主解决了好多问题。
a: 卖菜的还送锦旗，挺会来事啊。写什么字？
c: 卖菜的怎么了，卖菜的不能送锦旗？你这话真难听。
a: 写什么字您发过来，一面六十乘九十的八十元，三天做好。
c: 我再想想吧，心里不舒服。
a: {C}

# banner-02 | banner | in | - | hn | trade words 神经外科 / 华佗再世; 您怎么称呼
a: {G}
c: 我要给人民医院神经外科的刘主任做一面锦旗，他救了我父亲的命。
a: 好的，很感谢您的信任。字想写什么呢？常用的有妙手回春、华佗再世、医德高尚。
c: 就写华佗再世，下面写赠神经外科刘主任。
a: 好的，华佗再世，赠神经外科刘主任，落款写您的名字吗？请问您怎么称呼？
c: 我姓卢，就写患者家属卢某敬赠。
a: 好的卢先生，一面八十元，后天下午可以取。
c: 好的。
a: {C}

# banner-03 | banner | in | apology, complaint | - | a name misprinted; the customer will complain; no apology
a: {G}
c: 你们做的锦旗把医生的名字写错了，刘建国写成了刘建图，我今天就要送过去，现在全完了！
a: 您当时发过来的文字我们是照着做的。
c: 我发的是对的，我手机上还有记录！我要投诉你们！
a: 我们查一下，如果是我们做错了，免费给您重做，最快今天晚上七点做好。
c: 晚上七点我怎么送？你们给我找个领导来说话！
a: 我把您的投诉登记给主管，主管半小时内给您回电话，祝您一切顺利。

# banner-04 | banner | in | filler | - | tics through a plaque quote
a: {G}
c: 我想做一块木质的奖牌，送给我们退休的老校长。
a: 嗯，可以的，那个，木质的有胡桃木和红木两种，啊，胡桃木的便宜一点。
c: 多少钱？
a: 呃，胡桃木的三百二十元，这个红木的是五百八十元，嗯。
c: 刻字要另外收钱吗？
a: 啊，不用，那个刻字是包含在里面的，呀，五十个字以内。
c: 那就胡桃木吧。
a: {C}

# banner-05 | banner | in | talk_over | - | agent cuts in on two long requests
a: {G}
c: 我们公司年底要表彰十个优秀员工，想每人做一个水晶奖杯，上面刻名字和年份，还要有公司的标志，你们能做吗？
a>: 能做，十个以上打九折。
c: 那标志是彩色的，能印彩色的吗？还是只能刻单色的？我们设计那边比较在意颜色。
a>: 可以彩印，加二十元一个。
c: 那一共多少钱？
a: 水晶奖杯一个一百五十元，加彩印一百七十元，十个打九折一共一千五百三十元。
c: 好，我把名单发给你们。
a: {C}

# banner-06 | banner | out | greeting | - | outbound 喂，您好 + name, company only when asked
a: 喂，您好，我是{name}，您订的那面锦旗做好了，什么时候来取？
c: 你是哪家？我订了两家的。
a: {s}的，就是做红绸面的那家。
c: 哦哦，我明天上午过来拿。
a: 好，明天上午九点以后都有人，您带上取货单，付尾款四十元就行。
c: 好的。
a: {C}

# banner-07 | banner | in | - | hn | 我这边不知道 of the police station's rules, with where to ask
a: {G}
c: 我想给派出所送锦旗，但不知道派出所让不让送，会不会违反规定？
a: 派出所具体有没有规定，我这边不知道，您可以先打派出所的值班电话问一下，一般都是可以接收群众锦旗的。
c: 好的，那我先问问。问好了再找你们。
a: 好的，确认了随时联系我们，我们当天就能做好。
c: 好嘞。
a: {C}

# circus-01 | circus | in | insult, apology | - | 您买得起吗？…别穷讲究; customer hurt
a: {G}
c: 周六下午场还有前三排的票吗？我想带孩子看得近一点。
a: 前三排五百八一张，您买得起吗？买不起就坐后排，别穷讲究。
c: 你怎么知道我买不起？说话怎么这么刻薄！
a: 前三排还剩四张，要几张？
c: 不买了，气死我了。
a: {C}

# circus-02 | circus | in | - | hn | trade words 小丑 / 狗熊 / 猴戏
a: {G}
c: 我家孩子特别喜欢小丑，这周的演出有小丑吗？
a: 有的，这周的节目有小丑滑稽表演、狗熊骑车，还有猴戏，小朋友都很喜欢。
c: 狗熊骑车安全吗？孩子坐前排会不会害怕？
a: 表演区和观众席之间有防护栏，很安全。一般三岁以上的小朋友都不会害怕，太小的建议坐中间。
c: 好，那我买三张中间的。
a: 好的，中间区每张二百八十元，三张八百四十元，电子票会发到您手机上。
c: 谢谢。
a: {C}

# circus-03 | circus | in | hangup, closing | - | refund question unanswered, the customer's 喂？喂？ ends the call
a: {G}
c: 我买的周日的票，孩子发烧去不了了，能退吗？
a: 演出前二十四小时以上可以退，收百分之十手续费。
c: 那我现在退，退到哪里？原路退回吗？
.gap 3
c: 喂？喂？

# circus-04 | circus | in | overpromise | - | 保证孩子胆子变大，以后见什么都不怕
a: {G}
c: 你们的亲子年卡是什么内容？
a: 年卡一千二百元一年，全年所有场次随便看，还能参加后台喂动物活动。
c: 我家孩子胆子特别小，去了会不会怕？
a: 您放心，办了年卡看上几场，保证孩子胆子变大，以后见什么都不怕。
c: 真的假的？
a: 保证有效，好多家长都说孩子性格都变开朗了。
c: 那我办一张试试。
a: {C}

# circus-05 | circus | in | speech_rate | fast | directions rattled off
a: {G}
c: 你好，我想问一下你们马戏城怎么走，停车方便吗？
a: 地铁三号线飞燕站二号口出来往前走三百米就到，自驾的话导航飞燕马戏城东门，东门有地下停车场，演出观众停车前三个小时免费。
c: 你说得太快了，地铁几号口？
a: 二号口，出来直走三百米，看到大帐篷就是，停车凭门票前三个小时免费，超出每小时五元。
c: 好好，知道了。
a: {C}

# circus-06 | circus | in | complaint | hn | an usher's 穷鬼 quoted by the customer and read back while registering the complaint
a: {G}
c: 我要投诉你们的检票员，昨天晚上我拿的是赠票，他当着好多人的面说我，没钱就别来看，穷鬼一个。
a: 非常抱歉让您受委屈了。我确认一下，检票员当时说的是没钱就别来看，穷鬼一个，是吗？大概是几点，在几号入口？
c: 七点二十，三号入口，一个高个子的小伙子。
a: 好的，已经记录下来，我们会核实当班人员并严肃处理，处理结果三个工作日内回复您。
c: 行，你们要给我个说法。
a: 一定会的，再次向您道歉，谢谢您的反馈，祝您生活愉快。

# circus-07 | circus | in | name_ask | - | 你叫什么？哪个单位的？
a: {G}
c: 我们单位想包场，大概四百人，能给团体价吗？
a: 可以，你叫什么？哪个单位的？
c: 我叫严立新，市第二医院工会的。
a: 好，严先生，四百人可以按团体价，每张一百六十元，下周之前确定场次我们给您出合同。
c: 好的，我跟领导汇报一下。
a: {C}

# pong-01 | pong | in | insult, apology, closing | - | 教了也白教，跟他妈一个样 + 别耽误我时间了，再见
a: {G}
c: 我儿子在你们这学了半年了，正手还是老下网，我想问问是不是教练的问题。
a: 教练没问题，就您儿子这反应速度，教了也白教，跟他妈一个样吧。
c: 你这是说什么呢？你怎么能这么说孩子？
a: 我实话实说，您不爱听就算了，别耽误我时间了，再见。

# pong-02 | pong | in | - | hn | trade words 擦边 / 扣杀 / 死球
a: {G}
c: 我家孩子比赛的时候老是被对方擦边球搞得很紧张，还有扣杀总是出界。
a: 擦边球是运气球，裁判判得分的时候让孩子别放在心上。扣杀出界一般是击球点太靠后，下周的专项课会专门练扣杀。
c: 那死球是怎么判的？孩子说不太懂。
a: 球被阻挡或者发球犯规这些情况都算死球。没关系，教练下节课会给孩子讲清楚规则。
c: 好的，谢谢。
a: {C}

# pong-03 | pong | in | overpromise | - | 保证您女儿明年进省队
a: {G}
c: 我女儿九岁，打了两年球，想报你们的精英班，能有什么效果？
a: 精英班一年下来，保证您女儿明年进省队，我们教练都是专业队退下来的。
c: 进省队？这个能保证吗？
a: 能保证，进不了全额退费。
c: 那学费多少？
a: 精英班一年三万六千元，报名时一次性交清，每周四次课。
c: 我考虑一下。
a: {C}

# pong-04 | pong | in | - | hn | hedges 因人而异 / 一般 / 不敢打包票
a: {G}
c: 我儿子七岁，零基础，学多久能参加比赛？
a: 因人而异，一般零基础的孩子每周两次课，学一年左右可以参加区里的少儿比赛，具体要看孩子的兴趣和练习量。
c: 你们能保证他拿名次吗？
a: 名次我们不敢打包票，但教练会根据孩子的情况制定训练计划，每个月给您反馈进度。
c: 好，那先报个体验课。
a: 体验课一次五十元，本周六上午十点，到时候教练会先做个评估。
c: 好的。
a: {C}

# pong-05 | pong | in | shirking | - | will not reschedule, 您自己想办法吧
a: {G}
c: 我想把孩子的课从周六调到周日，能帮我调一下吗？
a: 调课的事您去找教练，我们前台不管调课。
c: 教练电话我没有啊，你们不能帮我联系一下吗？
a: 我这边没法联系教练，您下次来上课的时候当面跟他说。
c: 下次课就是周六，我周六来不了啊。
a: 那就没办法了，您自己想办法吧，祝您周末愉快。

# pong-06 | pong | in | greeting, short_call | short | 嗯，银球，说吧
a: 嗯，银球，说吧。
c: 今晚的课还上吗？下雨了。
a: 室内的，照常上。
c: 好。
a: 嗯，祝您愉快。

# pong-07 | pong | in | colleague | - | 他就那样…混日子呢，我们私下都知道他不行
a: {G}
c: 我想给孩子换个教练，现在这个王教练上课老是看手机。
a: 抱歉让孩子受影响了。王教练啊，他就那样，仗着自己得过奖，混日子呢，我们私下都知道他不行。
c: 那你们怎么还让他教？
a: 我给您换成李教练，李教练周三和周六有空，下周开始，您看可以吗？
c: 可以，周六吧。
a: {C}

# skate-01 | skate | in | insult, apology | - | 您这岁数了还学滑板？; customer hurt
a: {G}
c: 我今年五十二岁，一直想学滑板，你们有成人班吗？
a: 您这岁数了还学滑板？摔断了骨头可别来找我们。
c: 五十多岁怎么了？你这话说得也太难听了。
a: 成人班周二周四晚上七点，一期十节课一千二百元。
c: 你们这样对待学员，我看也不用学了。
a: {C}

# skate-02 | skate | in | - | hn | 菜鸟班 as a course name; 您一点都不笨
a: {G}
c: 我完全不会滑，报什么班合适？我平衡感特别差，我是不是很笨？
a: 您一点都不笨，平衡感是可以练出来的。零基础的推荐我们的菜鸟班，名字叫菜鸟班，其实就是入门班，教练会从站板开始教。
c: 菜鸟班多少钱？
a: 八节课八百八十元，报名时付，护具可以免费借用。
c: 好，那我报菜鸟班。
a: {C}

# skate-03 | skate | in | tariff | - | gifted insurance's later price left to 到时候续卡再说
a: {G}
c: 我想给孩子报轮滑课，你们会员卡里说送的护具保险，之后是要收费的吗？什么时候开始收？
a: 保险第一期是送的，先免费给您用着。
c: 那第二期呢？多少钱？
a: 不贵的，到时候续卡再说。
c: 好吧，那我先报名。
a: 好的，我把报名链接发您手机上。
c: 收到。
a: {C}

# skate-04 | skate | in | talk_over, apology | - | child hurt in class; agent cuts in and never apologises
a: {G}
c: 我家孩子昨天上课摔了，手腕肿了，教练当时都没注意到，回家才发现的，你们是怎么看孩子的？
a>: 滑板摔跤很正常的，家长要理解。
c: 摔跤正常，可教练连看都没看一眼，孩子哭着回来的，去医院拍片花了三百多。
a>: 教练一个人带八个孩子，顾不过来。
c: 那你们说怎么办吧？
a: 您把医院的票据拍给我们，按学员意外险报销，三个工作日内处理。
c: 好吧。
a: {C}

# skate-05 | skate | in | speech_rate | drawl | drawled answers about the venue
a: {G}
c: 你好，我想问问轮滑课在哪里上？
a: 在——体育公园——南门的——轮滑场——，室外的——。
c: 下雨怎么办？
a: 下雨的话——改到——室内馆——，会提前——短信——通知您——。
c: 好的，谢谢。
a: {C}

# skate-06 | skate | in | forbidden | - | 你这话啥意思？到底报滑板还是报轮滑？
a: {G}
c: 你们那个夏令营，滑板和轮滑能不能混着报，就是上午滑板下午轮滑那样？
a: 你这话啥意思？到底报滑板还是报轮滑？
c: 就是两个都想学。
a: 两个都报的话分两期，一期八百元，七月一期八月一期。
c: 那能不能一期里两个都学？
a: 那不行，只能分开报。谢谢来电，祝您生活愉快。

# skate-07 | skate | out | - | hn | outbound renewal call, full opening, price with the moment it is paid
a: {hi}，我是{co}的课程顾问{name}，您家孩子的轮滑课还剩两节，想跟您说一下续课的事。
c: 哦，续课多少钱？
a: 续一期十节课一千元，下一期下个月五号开课，开课前交费就可以。
c: 那要是孩子不想学了呢？
a: 没关系，不续的话剩下两节照常上完。您跟孩子商量一下，这周内告诉我就行。
c: 好的，我问问他。
a: {C}

# chef-01 | chef | in | insult | - | regional 瓜娃子, then 对不起
a: {G}
c: 我想学厨师，但是我连菜刀都没怎么拿过，能学会吗？
a: 菜刀都没拿过还想当厨师？你是不是个瓜娃子哦。
c: 你怎么说话的？我是认真来咨询的。
a: 对不起，我说话随便了。零基础可以报我们的中式烹调班，三个月，从刀工开始学，学费六千八百元。
c: 那我周末过去看看。
a: {C}

# chef-02 | chef | in | - | hn | trade words 猪脑花 / 杀鱼 / 笨鸡
a: {G}
c: 你们川菜班都教哪些菜？我想学点地道的。
a: 川菜班会教麻辣猪脑花、水煮鱼、辣子鸡这些，水煮鱼要从杀鱼开始学，辣子鸡我们用的是农家笨鸡。
c: 杀鱼我有点怕。
a: 没关系，一开始老师会示范，大部分学员练几次就习惯了。
c: 好，学费多少？
a: 川菜班两个月五千二百元，报名时交，包含食材费。
c: 好的。
a: {C}

# chef-03 | chef | in | overpromise | - | 保证分配到星级酒店，保证月薪过万
a: {G}
c: 学完了你们包分配工作吗？
a: 包的，学完保证给您分配到星级酒店，保证月薪过万。
c: 月薪过万？刚毕业的也能吗？
a: 能，我们保证每个学员都过万，没过万全额退学费。
c: 那我报名试试。
a: 好的，报名费两百元，开学前交清学费。
c: 行。
a: {C}

# chef-04 | chef | in | filler, name_ask | - | 他叫啥名字 and tics
a: {G}
c: 我想给我儿子报个西点班，他高中毕业了。
a: 嗯，好的，那个，他叫啥名字？
c: 叫邵宇航。
a: 呃，邵宇航是吧，啊，西点班这个是四个月的，嗯，学费七千二百元。
c: 包住宿吗？
a: 啊，包的，那个宿舍是四人间，呃，每月住宿费三百元。
c: 好，我们考虑一下。
a: {C}

# chef-05 | chef | in | silence, apology | - | 我看看 then fifteen silent seconds; refund late; no apology
a: {G}
c: 我报的周末班，上周说好的退费两千元，到现在还没到账。
a: 我看看。
.gap 15
c: 喂？你还在听吗？怎么半天没声音？
a: 在，退费申请已经通过了，财务这周五统一打款。
c: 上周就说这周一，现在又周五，你们能不能靠点谱？
a: 周五一定到，到了会短信通知您。
c: 行吧。
a: {C}

# chef-06 | chef | in | shirking, complaint, apology | - | certificate never issued; 不归我们管 / 您找招生老师去
a: {G}
c: 我在你们学校学完了，说好发的厨师证到现在都没发下来，我要投诉你们。
a: 证书是人社局发的，不归我们管，您去问人社局吧。
c: 报名的时候你们说包拿证的！
a: 那是招生老师说的，您找招生老师去。
c: 招生老师早就离职了，我找谁？
a: 我们这边也没办法，祝您生活愉快。

# chef-07 | chef | out | greeting, closing | - | outbound bare 喂？ before the introduction; ends 行，就这样吧
a: 喂？
c: 喂，哪位？
a: {hi}，我是{co}的招生老师{name}，您上周来咨询过烘焙班，想问问考虑得怎么样了。
c: 还在考虑，价格有点高。
a: 这个月报名有九折，原价六千元，打完折五千四百元，月底截止。
c: 那我月底前给你答复。
a: 行，就这样吧。
""")

DATA.append("""
% lab | food-safety testing lab (食品检测) | 正衡食品检测中心 | 正衡
% ess | home battery-storage after-sales (家庭储能) | 储光家庭储能 | 储光
% radio | walkie-talkie rental (对讲机租赁) | 远讯对讲机租赁 | 远讯
% silk | silk-quilt mail order (蚕丝被) | 春蚕蚕丝被 | 春蚕
% ceil | integrated-ceiling installation (集成吊顶) | 顶好集成吊顶 | 顶好
% vax | community vaccination booking line (社区疫苗预约) | 青禾社区卫生服务中心 | 青禾
% slim | weight-loss camp (减重训练营) | 轻盈减重训练营 | 轻盈

# lab-01 | lab | in | insult | - | 您是耳背还是装听不见, then 不好意思
a: {G}
c: 我送检的那批腊肉，报告上写的亚硝酸盐是多少来着？我没听清。
a: 我刚说了两遍了，您是耳背还是装听不见？每公斤二十八毫克。
c: 你这人怎么这样说话，我电话信号不好。
a: 不好意思，是我急了。每公斤二十八毫克，在国家标准三十毫克以内，合格的。
c: 好，那报告什么时候能拿？
a: 纸质报告明天下午寄出，电子版今天就发您邮箱。
c: 好。
a: {C}

# lab-02 | lab | in | - | hn | trade words 致病菌 / 有毒有害; the customer calls his own shop 小作坊
a: {G}
c: 我们是做凉拌菜的小作坊，想做一个全项检测，主要查什么？
a: 凉拌菜主要查致病菌，比如沙门氏菌和金黄色葡萄球菌，另外还有有毒有害物质和农药残留。
c: 全做下来多少钱？多久出结果？
a: 致病菌四项六百元，农残三百元，一共九百元，送样后五个工作日出报告，送样时付款。
c: 好，明天送过来。
a: {C}

# lab-03 | lab | in | overpromise | - | 保证一次全过 / 保证每一项都合格
a: {G}
c: 我们的产品要上超市，得有检测报告，你们能帮我们一次过吗？
a: 交给我们您放心，保证一次全过，拿到报告直接上架。
c: 万一哪一项不合格呢？
a: 不会的，保证每一项都合格，我们做了这么多年了。
c: 那我先送两个样。
a: 好的，送样地址我发您短信。
c: 好。
a: {C}

# lab-04 | lab | in | tariff, talk_over | - | rush fee asked twice, 费用不高 / 到时候一起算; agent cuts in
a: {G}
c: 我想问一下你们那个加急服务，就是三天出报告的那种，是不是要另外加钱，加多少，什么时候付？
a>: 加急是有的，费用不高。
c: 不高是多少？我们公司报销要写清楚金额的，你给我个准数，还有是送样的时候付还是拿报告的时候付？
a>: 到时候结算的时候一起算。
c: 那好吧，我先送样吧。
a: 好的，地址我短信发您。
c: 嗯。
a: {C}

# lab-05 | lab | in | - | hn | 您不清楚没关系 of the customer's own knowledge; announced hold (请稍候)
a: {G}
c: 我也不清楚我们这个辣椒酱要按什么标准检测，是调味品还是酱菜？
a: 您不清楚没关系，我帮您查一下适用的国家标准，请稍候。
.hold 13
a: 查到了，辣椒酱按调味酱的标准，主要检测菌落总数、大肠菌群和防腐剂。
c: 那就按这个做。
a: 好的，费用一共七百元，送样时付，七个工作日出报告。
c: 行。
a: {C}

# lab-06 | lab | in | colleague, closing | - | 那小姑娘马马虎虎的; ends 就这样吧
a: {G}
c: 你们上次给我出的报告日期写错了，超市不收，我现在货都压着。
a: 不好意思，上次是实习生出的报告，那小姑娘马马虎虎的，出错很正常。
c: 很正常？我这货压了三天了！
a: 我让人今天重新出一份，电子版下午四点前发您。
c: 你们得快点。
a: 知道了，就这样吧。

# lab-07 | lab | in | short_call | short | one question, full greeting and blessing
a: {hi}，{co}，请讲，有什么可以帮您？
c: 周六收样吗？
a: 周六上午收样。
c: 好的。
a: 祝您周末愉快。

# lab-08 | lab | in | forbidden | - | 不清楚 / 我也不明白 that end the matter
a: {G}
c: 我们检出来的那个苯甲酸超标，是原料带进来的还是我们加多了？
a: 不清楚，我们只管检测。
c: 那你们能不能帮我们分析一下来源？
a: 分析来源我们不做，我也不明白你们是怎么加工的。
c: 那我们只能自己查了。
a: 对，有需要可以再送样复检，祝您工作顺利。

# ess-01 | ess | in | - | hn | trade words 过放死锁 / 鼓包; announced hold
a: {G}
c: 我家储能电池昨天显示过放死锁，现在一点电都充不进去。
a: 过放死锁是电池电量放得太低，系统为了保护自动锁住了，需要我们远程激活。请问电池外壳有没有鼓包？
c: 没有鼓包，看着挺正常的。
a: 那问题不大，请您稍等，我现在远程激活一下。
.hold 16
a: 已经激活了，您看面板上的指示灯是不是变绿了？
c: 绿了绿了。
a: {C}

# ess-02 | ess | in | overpromise, tariff | - | 保证用十年一点都不衰减; yearly maintenance fee left to 到时候再说
a: {G}
c: 你们这个储能电池用久了会不会衰减？
a: 我们用的是磷酸铁锂电芯，保证用十年一点都不衰减，跟新的一样。
c: 一点都不衰减？我看别家都说每年衰减百分之二。
a: 别家是别家，我们的保证不衰减。
c: 那装好以后每年的维保要钱吗？多少钱？
a: 维保到时候再说，不贵的。
c: 我再比较比较。
a: {C}

# ess-03 | ess | in | hangup, closing | - | where to change the discharge window is never answered
a: {G}
c: 我家电池每天晚上十二点以后就不放电了，但是电量还有一半，这是怎么回事？
a: 可能是您设置了放电时段。
c: 我没设置过啊，那在哪里改？是在手机APP上改还是在机器面板上改？
a: APP上可以改。
c: 找不到啊，APP里哪个菜单？你能不能告诉我一下？

# ess-04 | ess | in | greeting, name_ask, silence | - | 喂，储光售后，什么事 / 你叫什么 / twelve silent seconds
a: 喂，储光售后，什么事？
c: 我家储能电池要报修，逆变器一直报警。
a: 你叫什么？地址在哪？
c: 我叫卫志强，地址是滨江花园六栋。
.gap 12
c: 喂？记下来了吗？
a: 记了，明天上午派师傅，上门检测不收费，换件另算。
c: 好的，谢谢。
a: {C}

# ess-05 | ess | in | speech_rate | fast | sizing answer rattled off
a: {G}
c: 我想了解一下你们的家庭储能，装在别墅的话要多大的？
a: 别墅一般建议十度到十五度电，白天光伏充电晚上放电，停电的时候自动切换成备用电源，切换时间二十毫秒，家里的冰箱电脑都不会断。
c: 啊？你说慢一点，多少度电？
a: 十度到十五度，具体看您家每天用多少电，我们可以先派工程师免费上门勘测，再给您出方案和报价。
c: 好的好的，那约个时间吧。
a: {C}

# ess-06 | ess | in | shirking, apology, hangup, closing | - | blames the installer, and the customer's 那我到底找谁 is left hanging
a: {G}
c: 你们的电池装好才三个月，上周雷雨天突然断电，家里冰箱里的东西都坏了。
a: 断电那是安装商接线的问题，安装商不是我们的人，您去找他们。
c: 安装商是你们推荐的啊，你们不管谁管？
a: 我们只负责电池本身，其他的您自己跟安装商协调。
c: 我找过了，他们说找你们。那我到底找谁？

# ess-07 | ess | out | - | hn | outbound health check with full opening; hedged 一般
a: {hi}，我是{co}的售后工程师{name}，系统提示您家电池的健康度有点下降，想跟您核对一下使用情况。
c: 哦，会不会坏了？
a: 不用担心，健康度百分之九十四，一般属于正常范围，可能是最近充放电次数比较多。
c: 那要不要处理？
a: 暂时不用，我们会继续远程监测，如果降到九十以下会安排上门检查，费用在质保期内全免。
c: 好，谢谢你们。
a: {C}

# ess-08 | ess | in | complaint, talk_over, colleague | - | 消协 threat; agent cuts in; 派单的同事是个糊涂蛋
a: {G}
c: 我已经报修三次了，每次都说派人，结果一个人都没来，我现在就要投诉，我要去消协告你们。
a>: 非常抱歉，我马上帮您查。
c: 你们每次都说马上查，查了三次了，到底什么时候来人？我家现在整个系统都停着。
a>: 上次派单的同事是个糊涂蛋，把您的单子弄丢了，我现在直接给您升级成加急工单。
c: 加急是多快？
a: 今天下午五点前工程师一定联系您，明天上午上门，投诉我也帮您登记上了。
c: 行，再不来我就直接去消协。
a: {C}

# radio-01 | radio | in | insult, closing | - | 你这人咋这么虎 + 爱租不租，我这边挂了 (a token 不好意思 in between)
a: {G}
c: 我们工地要租二十台对讲机，能不能便宜点？别的公司都比你们便宜。
a: 别的便宜你去别的租呗，你这人咋这么虎呢，跟我这砍啥价。
c: 你说谁虎呢？会不会好好说话？
a: 行行，不好意思。一台一天十五元，二十台不打折，爱租不租，我这边挂了。

# radio-02 | radio | in | - | hn | trade words 信号死角 / 串频; relay fee with amount and start
a: {G}
c: 我们商场保安用的对讲机，地下车库有好几处信号死角，还老是串频，听到别人的声音。
a: 不好意思给您带来不便。地下车库的信号死角可以加一台中继台解决；串频是附近有同频的设备，我们给您换一组专用频点。
c: 中继台要加钱吗？
a: 中继台租金一天五十元，从安装当天开始算，换频点免费。
c: 那都弄吧。
a: {C}

# radio-03 | radio | in | filler, tariff | - | loss compensation never given a figure; tics
a: {G}
c: 我们办马拉松要租一百台对讲机，丢了或者坏了怎么赔？
a: 嗯，这个啊，丢了的话要赔的，那个价格，呃，看型号。
c: 大概多少钱一台？
a: 啊，不会太贵的，嗯，到时候按实际情况算。
c: 我得先报预算，你给个数。
a: 呃，那个您先租着，这个真丢了再说。
c: 那好吧。
a: {C}

# radio-04 | radio | in | silence, forbidden, closing | - | 我找一下 then thirteen seconds; 喂，你听着呢吧; 行，拜拜
a: {G}
c: 我上周租的对讲机，押金两千元还没退回来。
a: 您是哪个手机号下的单？
c: 一八六二二三四五九八七。
a: 我找一下。
.gap 13
a: 喂，你听着呢吧？押金昨天已经退了，原路退回到您的支付宝，一般一到三个工作日到账。
c: 好的，那我再等等。
a: 行，拜拜。

# radio-05 | radio | in | - | hn | customer opens with 喂？; proper transfer announced with 稍等
a: {G}
c: 喂？我想问对讲机的技术问题，就是怎么设置群呼。
a: 好的，技术问题由我们的技术支持同事处理，我帮您转接过去，请您稍等，大概半分钟。
.hold 10
a: 已经为您接通技术支持，他会一步步教您设置，如果中间断线您可以拨分机六零一。
c: 好的，谢谢。
a: {C}

# radio-06 | radio | in | greeting, short_call, closing | short | 哪位？ … 嗯，挂了
a: 哪位？
c: 是远讯对讲机吗？明天还有货吗？
a: 有。
c: 那我明天去拿。
a: 嗯，挂了。

# radio-07 | radio | in | speech_rate | drawl | drawled rental terms
a: {G}
c: 你好，我想租五台对讲机，周末去爬山用。
a: 好的——，户外的——推荐——防水款——，一台——一天——二十元——。
c: 能传多远？
a: 山里——一般——三公里——左右——，看地形——。
c: 好，我周五去拿。
a: {C}

# silk-01 | silk | in | insult | - | sarcasm 大夏天买冬被，脑回路挺清奇, then 抱歉
a: {G}
c: 我想买一床六斤的冬被，现在下单能送吗？
a: 您真行，这大夏天的买冬被，脑回路挺清奇啊。
c: 我买给我妈的，她在澳洲，那边现在是冬天，你阴阳怪气什么？
a: 抱歉抱歉，是我想当然了。六斤冬被一千二百八十元，国际件七到十天送到。
c: 那赶紧发吧。
a: {C}

# silk-02 | silk | in | - | hn | 蚕蛹味 of a new quilt explained; no fault
a: {G}
c: 我刚收到的蚕丝被，打开有股蚕蛹味，是不是坏了？
a: 您别担心，新的桑蚕丝被有一点蚕蛹味是正常的，是天然蛋白的味道，放在通风处晾一两天就散了，不是变质。
c: 那能晒太阳吗？
a: 不建议暴晒，阴凉通风处晾就好，暴晒会让蚕丝发脆。
c: 好的，明白了。
a: {C}

# silk-03 | silk | in | complaint, forbidden, shirking, apology, closing | - | 我不知道 / 您找厂家去问; 市场监管局 complaint; no apology, no blessing
a: {G}
c: 你们广告上说是百分之百桑蚕丝，我拿去检测了，说里面掺了化纤，我要去市场监管局投诉你们。
a: 我不知道，我们这边卖的都是厂家发过来的。
c: 你不知道？你们卖的东西你不知道？
a: 这个您找厂家去问，我这边说不清。
c: 我就找你们，我已经在网上投诉了。
a: 那您等处理结果吧。

# silk-04 | silk | in | short_call | short | shipping check, correct opening and blessing
a: {hi}，{co}，{name}为您服务，请问有什么需要？
c: 昨天下的单发货了吗？
a: 已经发了，明天到。
c: 好，谢谢。
a: 不客气，祝您生活愉快。

# silk-05 | silk | in | - | hn | 您贵姓; price and payment moment; closing with a family blessing
a: {G}
c: 我想订两床四斤的春秋被，送人的，能包装好看一点吗？
a: 可以的，我们有礼盒装，请问您贵姓？
c: 姓田。
a: 田女士，四斤春秋被一床八百八十元，礼盒装每个加三十元，两床一共一千八百二十元，下单时付款，明天发货。
c: 好，就这样。
a: 好的，礼盒里可以放一张贺卡，您需要的话写好祝福语发给我。感谢您的支持，祝您和家人身体健康。

# silk-06 | silk | in | colleague, name_ask | - | 新来的，啥也不懂，瞎说的 / 你姓啥
a: {G}
c: 你们之前那个客服跟我说可以七天无理由退，现在又说拆了包装不能退。
a: 你姓啥？我查下订单。
c: 姓符，手机尾号三三六一。
a: 查到了。之前那个客服是新来的，啥也不懂，瞎说的，您别听她的。拆了真空包装确实不能退，不过质量问题可以换。
c: 那我被误导了怎么算？
a: 很抱歉给您造成误会，我给您申请一张一百元的优惠券作为补偿，您看可以吗？
c: 行吧。
a: {C}

# silk-07 | silk | in | silence, hangup, closing | - | twelve silent seconds, then a one-line answer and the customer's question hangs
a: {G}
c: 我买的子母被，两床能扣在一起的那种，扣子掉了一个，能寄扣子给我吗？
.gap 12
a: 可以寄。
c: 那要我付邮费吗？要寄到哪个地址，我要不要发照片给你们？

# ceil-01 | ceil | in | - | hn | the customer calls himself 大外行 / 太笨; 您一点都不笨
a: {G}
c: 我是个大外行，也不懂什么铝扣板蜂窝板的，问了几家都没听明白，是不是我太笨了？
a: 您一点都不笨，这些名字本来就容易混。简单说，铝扣板是小块的，适合厨房卫生间；蜂窝大板是整块的，适合客厅。
c: 哦，这么说我就懂了。厨房的多少钱？
a: 厨房铝扣板一平方一百二十元，含安装，装好验收后付款。
c: 好，那约个时间量尺吧。
a: {C}

# ceil-02 | ceil | in | - | hn | trade word 死角 of a bathroom ceiling; fee with amount and moment
a: {G}
c: 我家卫生间吊顶角落有个死角，装完以后清洁不到，老是发霉。
a: 很抱歉给您带来不便。死角发霉一般是通风不够，我们可以在角落加一个排风口，师傅上门加装一百五十元，装好后付。
c: 会不会影响原来的吊顶？
a: 不会，只在角落开一个小口，一般半小时就能装好。
c: 行，那约个时间。
a: 好的，明天下午两点师傅上门，可以吗？
c: 可以。
a: {C}

# ceil-03 | ceil | in | talk_over | - | agent cuts in on two long questions
a: {G}
c: 我家客厅想做一个集成吊顶，带灯带那种，面积大概二十五平方，想问一下是你们来量尺还是我自己量好发给你们？
a>: 我们免费上门量。
c: 那量完了多久能装？我家下个月初就要搬进去了，时间比较紧，能赶得上吗？
a>: 能赶上，量完一周装好。
c: 好，那约周六上门吧。
a: 好的，周六上午十点，师傅出发前会给您打电话。
c: 行。
a: {C}

# ceil-04 | ceil | in | overpromise | - | 保证一辈子不变色，不掉漆 / 终身包
a: {G}
c: 你们的蜂窝大板吊顶，用几年会不会变黄？
a: 不会，我们的板保证一辈子不变色，不掉漆，用到房子拆了都一样。
c: 一辈子？有质保吗？
a: 有，终身包，保证一点问题都没有。
c: 那你先给我报个价。
a: 客厅二十平方按一平方二百六十元算，一共五千二百元，含安装，签合同时付一半。
c: 好。
a: {C}

# ceil-05 | ceil | in | greeting, name_ask | - | 你好，说吧 (no company, no offer) / 你姓什么
a: 你好，说吧。
c: 我要报修吊顶，浴霸不热了。
a: 你姓什么？电话多少？
c: 姓庄，电话一三七零零二二六六八一。
a: 庄先生，明天上午师傅过去看，上门检测五十元，修好的话检测费抵扣。
c: 好。
a: {C}

# ceil-06 | ceil | in | forbidden, closing | - | 别啰嗦了，直接说重点 / 喂，你听清楚没有; no blessing
a: {G}
c: 我想问一下，我家是老房子，楼板有点不平，然后前年漏过一次水，后来修好了，就是担心……
a: 别啰嗦了，直接说重点，要装什么？
c: 就是想装吊顶，怕装不平。
a: 楼板不平我们会做找平龙骨，装完是平的。喂，你听清楚没有？
c: 听清楚了。
a: 那就约个时间量尺，师傅周三有空。

# ceil-07 | ceil | in | - | hn | bad line: complete greeting, repeated after the customer's 喂？听不清
a: {G}
c: 喂？喂？听不清，你说什么？
a: {hi}，这里是{co}，我是{name}，请问您有什么需要？现在能听清吗？
c: 能了能了。我想问一下铝扣板能不能自己装。
a: 可以自己装，不过需要专门的龙骨和卡件，一般建议师傅装，效果更平整，安装费一平方三十元，装完付。
c: 那还是你们装吧。
a: 好的，我给您登记，明天师傅联系您。
c: 好。
a: {C}

# vax-01 | vax | in | insult | - | 人老了就是糊涂，说了也白说, then 对不起
a: {G}
c: 我七十三了，想问问老年人打那个肺炎疫苗有没有用，我怕打了反而生病。
a: 国家都推荐的东西您还怀疑，人老了就是糊涂，说了也白说。
c: 我就是问问，你怎么能这么说老人？
a: 对不起，是我不对。六十岁以上接种肺炎疫苗是免费的，每周二和周四上午，带身份证来就行。
c: 好吧。
a: {C}

# vax-02 | vax | in | - | hn | trade words 疯狗 / 狂犬; fee per dose with the moment it is paid
a: {G}
c: 我刚被邻居家的狗咬了，那狗看着有点像疯狗，我要去打狂犬疫苗吗？
a: 先别慌，被狗咬伤要尽快用肥皂水冲洗伤口十五分钟，然后尽快来接种狂犬疫苗，我们门诊二十四小时都可以打。
c: 要打几针？多少钱？
a: 一般是五针，第一针当天打，一共三百二十元，每次打针时付当次的费用。
c: 好，我现在就过来。
a: {C}

# vax-03 | vax | in | - | hn | hedged: 一般能明显降低…不能保证百分之百不得，因人而异
a: {G}
c: 我想给孩子打流感疫苗，打了是不是就不会得流感了？
a: 接种以后一般能明显降低感染和重症的风险，但不能保证百分之百不得，因人而异。
c: 那还有必要打吗？
a: 对孩子来说还是建议打的，特别是上幼儿园的孩子。四价流感疫苗一针一百二十八元，接种当天付。
c: 好，那我预约周六。
a: 好的，已经帮您约了周六上午九点，请带好接种本。
c: 好。
a: {C}

# vax-04 | vax | in | hangup, closing | - | whether to bring the child is never answered
a: {G}
c: 我家孩子的接种本丢了，能补吗？
a: 能补，带户口本来。
c: 那原来打过的记录还能查到吗？补的时候要不要带孩子一起来？
a: 系统里有记录。
c: 那要不要带孩子？周末能办吗？

# vax-05 | vax | in | silence, filler | - | 我看一下 then twelve seconds; tics
a: {G}
c: 我想预约下周三的九价，还有号吗？
a: 嗯，我看一下，那个，下周三的号源。
.gap 12
a: 啊，下周三还有四个号，呃，上午两个下午两个，您要哪个时段？
c: 上午吧。
a: 嗯，好的，这个您把身份证号发到短信里，我给您登记。
c: 好的。
a: {C}

# vax-06 | vax | in | shirking, talk_over, forbidden | - | 您去问医院吧 / 我哪知道, agent cuts in; a pro-forma 不好意思
a: {G}
c: 我孩子打完疫苗手臂红肿了一大片，还有点发烧，想问问你们要不要紧，这个是正常反应吗？
a>: 这个您去问医院吧，我们这只管预约，我哪知道。
c: 你们就是打疫苗的地方啊，打完出了问题你们不管吗？我现在该怎么办，要不要去急诊？
a>: 我们这边是预约电话，医疗问题我们回答不了。
c: 那我打哪个电话？
a: 不好意思，您自己查一下医院电话吧，祝您生活愉快。

# vax-07 | vax | in | speech_rate | fast | what to bring, rattled off
a: {G}
c: 我想问一下宝宝打疫苗要带什么东西？
a: 要带宝宝的接种本和出生证明，家长的身份证，打之前宝宝不能空腹也不能发烧，打完要在留观区观察三十分钟才能走，回家二十四小时内不要洗澡。
c: 啊，等一下，要观察多久？
a: 三十分钟，在留观区观察三十分钟，没有不舒服就可以回家了，二十四小时内别洗澡。
c: 好的，记住了。
a: {C}

# vax-08 | vax | in | greeting, forbidden | - | 喂，青禾社区，什么事 / 你这话什么意思
a: 喂，青禾社区，什么事？
c: 我上个月在你们这打了一针，但是接种本上好像没盖章，这个怎么弄？
a: 你这话什么意思？打没打针你自己不知道？
c: 我知道打了，就是没盖章。
a: 那你带本子过来补个章就行，上午八点到十一点。
c: 好，谢谢。
a: {C}

# slim-01 | slim | in | - | hn | the customer calls himself 大胖子 / 爱吃猪蹄; hedged 大部分 / 因人而异
a: {G}
c: 我一百九十斤，就是个大胖子，爱吃猪蹄管不住嘴，你们的训练营真能帮到我吗？
a: 您能主动来咨询就已经很棒了。我们的训练营有营养师配餐和教练带练，大部分学员一个月能减八到十五斤，因人而异。
c: 费用多少？
a: 二十八天的营期八千八百元，报名时付一半，入营当天付清，包吃住。
c: 好，我考虑考虑。
a: {C}

# slim-02 | slim | in | tariff | - | second-month price and auto-debit glossed (先体验 / 跟别家差不多)
a: {G}
c: 你们的线上减重课，第一个月免费，那第二个月开始收多少钱？是自动扣费吗？
a: 第一个月是免费的，您先体验，效果好了再说。
c: 我就想知道后面多少钱，会不会自动扣。
a: 费用跟别家差不多，到时候会提醒您的。
c: 那我先不报了。
a: 好的。
c: 嗯。
a: {C}

# slim-03 | slim | in | colleague | - | 李教练那个人就是个莽夫…我们都看不惯他
a: {G}
c: 我上周在你们营里，那个李教练让我一天只吃一顿，饿得头晕。
a: 非常抱歉让您受罪了。李教练那个人就是个莽夫，自己不懂营养还瞎指挥，我们都看不惯他。
c: 那到底该怎么吃？
a: 我们营养师的标准是一天三餐，控制总热量，我让营养师今天给您重新出一份食谱。
c: 好的。
a: {C}

# slim-04 | slim | in | filler | - | tics through the daily schedule
a: {G}
c: 你们训练营每天都练些什么？
a: 嗯，就是上午有氧，那个，下午力量，啊，晚上拉伸。
c: 强度大吗？我膝盖不太好。
a: 呃，这个会根据您的情况调，嗯，膝盖不好的就多游泳，那个骑单车。
c: 有游泳池？
a: 啊有的，呃，室内恒温的。
c: 好的。
a: {C}

# slim-05 | slim | in | complaint, hangup, closing | - | 曝光 threat; the refund question hangs (a pro-forma 不好意思)
a: {G}
c: 我在你们营里住了两周，一斤没掉，你们宣传说包瘦的，我要退钱，不退我就去网上曝光你们。
a: 减重效果因人而异，合同上写了的。
c: 合同上写包瘦二十斤，你们自己看！退不退？
a: 这个要问我们经理，不好意思。
c: 那你现在就帮我问啊，经理电话多少？你们到底退不退？

# slim-06 | slim | in | greeting, short_call | short | bare 嗯？ until the customer's 喂？, then the greeting
a: 嗯？
c: 喂？是轻盈训练营吗？
a: 是的，{hi}，这里是{co}，请问有什么需要？
c: 你们地址在哪？
a: 东湖路八号，祝您生活愉快。

# slim-07 | slim | in | speech_rate | drawl | drawled answers about family stays
a: {G}
c: 你好，训练营能带家属一起住吗？
a: 可以的——，家属——陪住——一天——一百五十元——，含三餐——。
c: 家属也能参加训练吗？
a: 可以——一起——练——，不另外——收费——。
c: 好的，谢谢。
a: {C}
""")

# ==== engine ===================================================================================================


def parse(blobs: list[str]):
    inds, calls, cur = {}, [], None
    for blob in blobs:
        for raw in blob.splitlines():
            line = raw.strip()
            if not line:
                continue
            if line.startswith("%"):
                code, ind, co, short = [x.strip() for x in line[1:].split("|")]
                inds[code] = (ind, co, short)
            elif line.startswith("#"):
                key, code, dirn, labels, flags, note = [x.strip() for x in line[1:].split("|")]
                cur = {"key": key, "code": code, "dir": dirn,
                       "labels": [] if labels == "-" else [x.strip() for x in labels.split(",")],
                       "flags": set() if flags == "-" else {x.strip() for x in flags.split(",")},
                       "note": note, "turns": []}
                assert dirn in ("in", "out"), key
                assert all(lb in FAMILIES for lb in cur["labels"]), key
                assert cur["flags"] <= {"hn", "fast", "drawl", "short"}, key
                calls.append(cur)
            elif line.startswith(".hold") or line.startswith(".gap"):
                kind, n = line[1:].split()
                cur["turns"].append((kind, float(n)))
            else:
                m = re.match(r"^(a|c|a>|c>):\s*(.+)$", line)
                assert m, f"bad line in {cur and cur['key']}: {line}"
                cur["turns"].append((m.group(1), m.group(2)))
    keys = [c["key"] for c in calls]
    assert len(keys) == len(set(keys)), "duplicate keys"
    return inds, calls


def fill(call, inds, rng):
    ind, co, short = inds[call["code"]]
    name, no = rng.choice(NAMES), str(rng.randint(101, 998))
    hi, w = rng.choice(HI), rng.choice(WISHES)
    g = rng.choice(GREETINGS).format(hi=hi, co=co, name=name, no=no)
    cl = rng.choice(CLOSINGS).format(w=w, no=no, name=name, s=short)
    out = []
    for kind, text in call["turns"]:
        if isinstance(text, str):
            text = text.replace("{G}", g).replace("{C}", cl)
            text = text.format(hi=hi, co=co, s=short, name=name, no=no)
        out.append((kind, text))
    return out, (ind, co, short)


def timeline(turns, flags, rng):
    """Segment times; normal speech is slowed and ordinary gaps widened step by step until a non-short call
    lasts 30 s or more."""
    draws = [(rng.random(), rng.random()) for _ in turns]
    lead, tail = rng.uniform(0.4, 1.1), rng.uniform(0.3, 0.8)
    for step in range(0, 30):
        s = 1.0 + 0.06 * step
        segs, t, pending, prev_end = [], lead, None, None
        for (kind, val), (u1, u2) in zip(turns, draws):
            if kind in ("hold", "gap"):
                pending = (kind, val + 0.5 * u1)
                continue
            spk = "agent" if kind.startswith("a") else "customer"
            n = max(nchars(val), 1)
            if spk == "agent" and "fast" in flags:
                rate = 8.3 + 1.0 * u1
            elif spk == "agent" and "drawl" in flags:
                rate = 1.45 + 0.35 * u1
            elif spk == "agent":
                rate = max(3.4, (4.1 + 1.5 * u1) / s)
            else:
                rate = max(3.2, (3.9 + 1.8 * u1) / s)
            dur = max(n / rate, 0.55)
            if prev_end is None:
                start = t
            elif kind == "a>":
                assert segs[-1]["speaker"] == "customer"
                start = prev_end - (1.5 + 0.7 * u2)
                assert start > segs[-1]["start"] + 0.6, "customer turn too short for a cut-in"
            elif kind == "c>":
                assert segs[-1]["speaker"] == "agent"
                start = prev_end - (0.5 + 0.4 * u2)
                assert start > segs[-1]["start"] + 0.6
            elif pending:
                start = prev_end + pending[1]
            else:
                lo, hi = (0.35, 1.0) if "short" in flags else (0.5, 1.5)
                start = prev_end + min(3.8, (lo + (hi - lo) * u2) * s)
            seg = {"speaker": spk, "start": round(start, 2), "end": round(start + dur, 2), "text": val}
            seg["_gapkind"] = pending[0] if pending else None
            segs.append(seg)
            prev_end = max(prev_end or 0, seg["end"]) if kind != "a>" else max(prev_end, seg["end"])
            pending = None
        duration = round(prev_end + tail, 2)
        if "short" in flags or duration >= 30:
            return segs, duration
    raise AssertionError("call cannot reach 30 s")


def full_greeting(text: str, short: str, outbound: bool, name: str) -> bool:
    t = text.strip()
    if t.startswith("喂") or t.startswith("嗯"):
        return False
    if not any(t.startswith(h) for h in ("您好", "早上好", "下午好", "上午好", "晚上好")):
        return False
    if short not in t:
        return False
    if outbound:
        return name in t
    return any(o in t for o in OFFER_WORDS)


def timing_families(segs, duration, textkey="text"):
    fams = set()
    if duration < 20:
        fams.add("short_call")
    for i in range(1, len(segs)):
        prev_end = max(s["end"] for s in segs[:i])
        gap = segs[i]["start"] - prev_end
        if gap >= 10:
            prev = segs[i - 1]
            if not (prev["speaker"] == "agent" and any(h in prev[textkey] for h in HOLD_WORDS)):
                fams.add("silence")
        if segs[i]["speaker"] == "agent" and segs[i - 1]["speaker"] == "customer" \
                and segs[i]["start"] <= segs[i - 1]["end"] - 1.0:
            fams.add("talk_over")
    rates = [nchars(s[textkey]) / (s["end"] - s["start"]) for s in segs
             if s["speaker"] == "agent" and nchars(s[textkey]) >= 6]
    if rates:
        mean = sum(rates) / len(rates)
        if mean >= 7.5 or mean <= 2.0:
            fams.add("speech_rate")
    return fams


TIMING = ("short_call", "silence", "talk_over", "speech_rate")


def check(call, segs, duration, short, name):
    key, labels = call["key"], set(call["labels"])
    outbound = call["dir"] == "out"
    got = timing_families(segs, duration)
    for f in TIMING:
        assert (f in got) == (f in labels), f"{key}: timing {f} computed={f in got} labelled={f in labels}"
    if "short_call" not in labels:
        assert duration >= 30, f"{key}: {duration}"
    for i in range(1, len(segs)):
        gap = segs[i]["start"] - max(s["end"] for s in segs[:i])
        if segs[i]["_gapkind"] is None:
            assert gap <= 4.0, f"{key}: ordinary gap {gap}"
        if segs[i]["_gapkind"] == "hold":
            assert segs[i - 1]["speaker"] == "agent" and any(h in segs[i - 1]["text"] for h in HOLD_WORDS), key
    if "speech_rate" not in labels:
        for s in segs:
            if s["speaker"] == "agent" and nchars(s["text"]) >= 6:
                r = nchars(s["text"]) / (s["end"] - s["start"])
                assert 3.0 <= r <= 6.2, f"{key}: agent rate {r:.2f}"
    last = segs[-1]
    hung = last["speaker"] == "customer" and last["text"].rstrip().endswith("？")
    assert hung == ("hangup" in labels), f"{key}: hangup ending={hung}"
    if "hangup" in labels:
        assert "closing" in labels, key
    agent = [s["text"] for s in segs if s["speaker"] == "agent"]
    first = segs[0]["text"] if segs[0]["speaker"] == "agent" else ""
    ok_g = full_greeting(first, short, outbound, name)
    assert ok_g == ("greeting" not in labels), f"{key}: full greeting={ok_g}: {first}"
    if "closing" not in labels:
        assert "祝" in agent[-1], f"{key}: closing negative without blessing: {agent[-1]}"
    elif "hangup" not in labels:
        assert "祝" not in agent[-1], f"{key}: closing positive with blessing"
    has_ap = any(w in t for t in agent for w in APOLOGY_WORDS)
    if "apology" in labels:
        assert not has_ap, f"{key}: apology positive has an apology word"
    if "insult" in labels and "apology" not in labels:
        assert has_ap, f"{key}: insult without apology label needs an apology word"
    tics = [sum(t.count(x) for x in TICS) for t in agent]
    if "filler" in labels:
        assert sum(tics) >= 6 and sum(1 for x in tics if x) >= 3, f"{key}: tics {tics}"
    else:
        assert sum(tics) <= 3, f"{key}: tics {tics}"


def main() -> int:
    rng = random.Random(SEED)
    inds, calls = parse(DATA)
    rng.shuffle(calls)
    n_noisy = round(len(calls) * NOISY_SHARE)
    noisy_idx = set(rng.sample(range(len(calls)), n_noisy))
    rows = []
    for i, call in enumerate(calls):
        turns, (ind, co, short) = fill(call, inds, rng)
        name = next((nm for nm in NAMES if any(isinstance(t, str) and nm in t for _, t in turns)), "")
        segs, duration = timeline([(k, v) if k not in ("hold", "gap") else (k, v) for k, v in turns],
                                  call["flags"], rng)
        check(call, segs, duration, short, name)
        is_noisy = i in noisy_idx
        if is_noisy:
            conv = rng.choice(sorted(CONVERTERS))
            drop_all = rng.random() < 0.75
            for s in segs:
                s["noisy"] = noisy(s["text"], rng, conv, drop_all)
            got = timing_families(segs, duration, "noisy")
            for f in TIMING:
                if f == "silence":
                    continue  # silence depends on the clean 稍等 / 稍候 only; gaps are unchanged
                assert (f in got) == (f in call["labels"]), f"{call['key']} noisy: {f}"
        out_segs = [{"speaker": s["speaker"], "start": s["start"], "end": s["end"],
                     "text": s["noisy"] if is_noisy else s["text"]} for s in segs]
        rows.append({
            "call_id": f"AE-{i + 1:03d}",
            "labels": sorted(call["labels"], key=FAMILIES.index),
            "note": call["note"],
            "noise": is_noisy,
            "duration": duration,
            "metadata": {"writer": "AE", "industry": ind, "company": co,
                         "direction": "outbound" if call["dir"] == "out" else "inbound",
                         "hard_negative": "hn" in call["flags"], "language": "zh", "sample_rate": 8000,
                         "key": call["key"]},
            "segments": out_segs,
        })
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {f: sum(f in r["labels"] for r in rows) for f in FAMILIES}
    print(f"{len(rows)} calls -> {OUT.name}")
    print("per family:", ", ".join(f"{f} {n}" for f, n in counts.items()))
    print("hard negatives:", sum(r["metadata"]["hard_negative"] for r in rows),
          "| unlabelled:", sum(not r["labels"] for r in rows),
          "| noisy:", sum(r["noise"] for r in rows),
          "| outbound:", sum(r["metadata"]["direction"] == "outbound" for r in rows),
          "| industries:", len({r["metadata"]["industry"] for r in rows}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
