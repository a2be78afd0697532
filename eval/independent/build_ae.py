"""Independent labelled call set AE (eval/independent/heldout_ae.jsonl) — HELD OUT.

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
AE: contempt for the customer's body or weight (就您这体型), sarcasm about the customer's luggage (搬家还是逃难啊),
    regional put-downs (瓜娃子 / 这人咋这么虎 / 脑子瓦特了), contempt for a small farm or a market stall (三十头猪也叫
    养殖场 / 卖菜的还送锦旗) and for a customer's reading (没文化真可怕) are insult; a jibe framed as a question about
    hearing (您是耳背还是装听不见) is insult, not forbidden.
AE: trade words that share characters with insults are innocent: 卸荷阀卡死 / 憋压 (compressor), 撞刀 / 废品率 / 傻瓜式
    编程 (CNC), 死淘率 / 霉菌毒素 / 猪瘟 (feed), 空号 / 骚扰标记 (400 numbers), 垃圾短信 / 拦截 (SMS), 作废 (e-contract),
    滚轮 / 笨重 (luggage), 爆音 / 哑了 / 死机 of a mixing desk, 死结 / 地钉 (marquee), 神经外科 / 华佗再世 on a banner,
    小丑 / 狗熊 / 猴戏 (circus acts), 扣杀 / 擦边 / 死球 (table tennis), 菜鸟班 (a beginners' class name), 猪脑花 / 杀鱼 /
    笨鸡 (chef school), 致病菌 / 有毒有害 (food lab), 过放死锁 / 鼓包 (battery storage), 信号死角 / 串频 (walkie-talkies),
    死角 of a ceiling, 疯狗 / 狂犬 (vaccination), 大胖子 / 猪蹄 the customer says of himself (weight-loss camp).
AE: complaint is labelled when the customer, in this call, states an intent to complain or report (投诉 / 12315 / 曝光 /
    找你们领导); a customer's 我不是要投诉 or a past complaint mentioned as settled is not. An insult a third party said,
    quoted by the customer and read back by the agent while registering it, is complaint, not insult.
AE: an agent stating plainly that a colleague made an error and correcting it (上次登记错了，我给您改过来) is no
    colleague matter; contempt for the colleague (新来的那个啥也不懂 / 销售那帮人嘴上没把门的) is.
AE: 保证打了就不会得流感 / 保证一个月瘦二十斤 / 保证包分配月薪过万 / 保证十年一点不衰减 / 百分之百不进垃圾箱 are
    overpromise; 一般 / 大部分学员 / 因人而异 / 以检测报告为准 / 不敢打包票 are hedges.
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
OUT = Path(__file__).resolve().parent / "heldout_ae.jsonl"
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
              ("音响", "音向"), ("号码", "号马"), ("学员", "学园"), ("报告", "报告"), ("发票", "发漂")]
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
