"""Independent labelled call set AG (tune_ag.jsonl, formerly heldout_ag.jsonl) -- a TUNING set since rulebook 2026.12.25 (blind figures in eval/independent/README.md).

Writer AG adopts writer AE's label policy unchanged: writer Z's policy (the header of build_z.py), the "AA:" ...
"AD:" readings, the "AF:" readings and writer AE's own "AE:" readings, with AE's timing thresholds. Timing families
are computed from the generated segment times and asserted against the hand labels (clean and noisy text alike):
short_call when the call lasts < 20 s (every other call lasts >= 30 s); silence an unannounced gap >= 10 s (a wait
announced with 稍等 / 稍候 in the agent's turn just before it is a hold, not silence; every other gap <= 4 s);
talk_over the agent starting >= 1.0 s before the customer's segment ends (the customer cutting in on the agent is
not; negatives keep any agent overlap <= 0.4 s); speech_rate the agent's mean rate over turns of >= 6 characters
>= 7.5 or <= 2.0 chars/s (negatives keep every such agent turn within 3.0-6.2); hangup the clean transcript ending on
the customer's unanswered question or 喂？喂？ (every hangup call also carries closing).

Data format (writer AG's own, after AE's idea): industries `% code | industry | company | short`; calls
`# key | code | in|out | labels | flags | note` (`-` for none); turns `a:` agent, `c:` customer, `a>N:` the agent
cutting in N to N+0.3 s before the customer's end (N >= 1.3), `a~:` the agent starting 0.1-0.4 s before the customer's
end (a harmless overlap), `c>:` the customer cutting in on the agent (1.0-2.5 s); `.hold N` a wait the agent
announced with 稍等 / 稍候, `.gap N` an unannounced silence. Flags: `hn` hard negative, `fast`, `drawl`, `short`.
`{G}` / `{C}` are the rotating correct inbound greeting / closing, `{hi}` a rotating 您好 / time-of-day greeting,
`{co}` / `{s}` the company's full / short name, `{name}` / `{no}` the call's agent name and number.
random.Random(SEED) only chooses timing, call order, the noisy calls and their noise, and the greeting / closing /
name / number rotation; every dialogue is hand-written by writer AG.

AG: readings writer AG had to choose (they only settle what AE's and AF's policy leaves open or what AG's calls bring up):
AG: contempt for a customer's stammer (您这结巴，等您说完我都下班了), for a plain face (长成这样做了也白做), for the
    customer's smell or home (住那种地方还要送货上楼), for a customer's memory (刚说完就忘，鱼的记忆啊), for a
    customer's fear (这点胆子还来鬼屋), for a customer's farm or stall (二十只鸡也好意思叫养殖户), sarcasm about
    taste (您这品味真是独一份) and a demeaning brush-off (跟你说了也白说，你理解不了) are insult; 开个玩笑 or a laugh
    after it does not take it back.
AG: trade words that share characters with insults are innocent: 蜇死 / 毒针 / 捅 (hornet-nest removal), 吓死 / 尸体 /
    鬼 / 疯人院 (a haunted-house attraction), 演尸体 / 跑龙套 / 丑角 / 傻大个 (film-extra roles), 死胎 / 毛蛋 / 笨鸡 /
    弱苗 (a chick hatchery), 结巴 / 口吃 / 卡壳 the stutter course speaks of, 塌鼻梁 / 大饼脸 / 眼袋 as a procedure the
    customer asks about (aesthetic clinic), 煤黑子 said by the customer of himself / 呛人 (coal briquettes), 闷死苗 /
    塌棚 (greenhouse), 死节 / 废料 (woodworking), 醉鬼 as a beer's name, 锁死 (a safe), 爆头 / 打死靶 (shooting club),
    炸机 (drone show), 牛鞭 / 羊蝎子 (mutton wholesale), a parrot that learned 笨蛋 / 滚 (parrot shop), 臭脚 (socks),
    辣死人 (hotpot base); they are insult only when aimed at the customer.
AG: a farewell with thanks but no wish (谢谢，再见) is a partial closing and is closing; a wish in any wording
    (祝您… / 祝小鸡们都健健康康) with or without thanks is a correct closing; a correct closing followed by the
    customer's own goodbye is correct.
AG: a greeting with the company and an offer of help but neither 您好 nor a time-of-day greeting ({co}，请讲) is a
    greeting fault; so is 您好 with no company (您好，请讲).
AG: 我也不清楚他们那边怎么算的，您打这个电话问 (a third party, with where to ask) and 不知道具体型号也没关系 are not
    forbidden; 不清楚，你自己去问 (ending the matter, nowhere named) is forbidden and also shirking when the customer's
    request is the company's own to handle.
AG: a customer registering a complaint against a rude delivery man or guide and quoting him is complaint (and no
    insult); a customer who says 你们再这样我就投诉了 states intent and is complaint; 上回投诉过，已经处理好了 is not.
AG: a silence counts wherever it falls (after the agent's 我找一下, or the agent not answering the customer's
    question for >= 10 s); a hold announced with 请您稍等 / 稍候片刻 of any length is not silence.
AG: an agent who cuts in to finish the customer's sentence for him (>= 1 s before the customer's end) is talk_over
    even when what he says is polite.
AG: 喂养 / 喂食 (feeding chicks) in the agent's speech is no 喂; the agent saying 喂，听清楚了没有 mid-call is forbidden.
AG: a customer who reports a fault or is refused gets 不好意思 / 给您添麻烦了 / 抱歉 somewhere in every call not labelled
    apology; a customer left frustrated by a refusal (shirking) with no apology at all adds apology, while a pro-forma
    不好意思 before the refusal settles it (AB's reading).
AG: a call the agent abandons on the customer's last question is hangup + closing; those last questions are never
    about a fee, so an unanswered question does not also make tariff.
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import opencc

SEED = 20270101
OUT = Path(__file__).resolve().parent / "tune_ag.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask", "apology", "shirking",
            "overpromise", "colleague", "complaint", "silence", "talk_over", "speech_rate", "short_call", "hangup")
TIMING = ("silence", "talk_over", "speech_rate", "short_call", "hangup")
NOISY_SHARE = 0.25

NAMES = ["小萧", "小祁", "小岑", "小蓝", "小包", "小雷", "小尚", "小乔", "小温", "小植", "小龚", "小鞠", "小庞", "小饶"]
HI = ["您好", "您好", "您好", "早上好", "上午好", "下午好", "晚上好"]
GREETINGS = [
    "{hi}，{co}，我是{name}，请问有什么可以帮您的？",
    "{hi}，欢迎致电{co}，{no}号{name}为您服务，请问您需要什么帮助？",
    "{hi}，这边是{co}客服中心，请问有什么能帮到您？",
    "{hi}，{co}，工号{no}，很高兴为您服务，请问您要办理什么？",
    "{hi}，感谢来电{co}，我是客服{name}，请问有什么需要？",
    "{hi}，您拨打的是{co}服务热线，我是{name}，请问您想咨询什么？",
    "{hi}，{co}客户服务部，{name}在线，请问怎么称呼您、有什么可以帮您？",
]
CLOSINGS = [
    "好的，感谢您的来电，祝您{w}，再见。",
    "不客气，有需要随时再打给我们，祝您{w}。",
    "谢谢您的耐心，{no}号{name}祝您{w}，再见！",
    "那今天就先到这里，感谢您对{s}的支持，祝您{w}。",
    "好的，处理进度会短信通知您，祝您{w}，再见。",
    "感谢您的反馈，祝您{w}，拜拜。",
]
WISHES = ["生活愉快", "一切顺利", "身体健康", "万事如意", "工作顺利", "心情愉快", "周末愉快", "阖家幸福"]

# writer AG's own mishearings (what Whisper base makes of 8 kHz audio)
HOMOPHONES = [("马蜂", "马峰"), ("蜂窝", "峰窝"), ("鬼屋", "贵屋"), ("群演", "群眼"), ("剧组", "巨组"), ("鸡苗", "鸡描"),
              ("孵化", "夫化"), ("口吃", "口迟"), ("矫正", "叫正"), ("鼻梁", "鼻凉"), ("蜂窝煤", "风窝煤"), ("大棚", "大鹏"),
              ("滴灌", "低灌"), ("增氧机", "增养机"), ("冷藏车", "冷藏扯"), ("货架", "货价"), ("木工", "木公"),
              ("精酿", "精娘"), ("咖啡机", "咖啡鸡"), ("保险柜", "保险贵"), ("对讲", "对奖"), ("血糖仪", "血糖一"),
              ("试纸", "试指"), ("射击", "设计"), ("骆驼", "落驼"), ("转运", "转云"), ("担架", "单价"),
              ("收割机", "收个机"), ("无人机", "无人鸡"), ("食堂", "实堂"), ("羊肉", "阳肉"), ("插花", "差花"),
              ("鹦鹉", "英武"), ("袜子", "娃子"), ("底料", "底了"), ("锦鲤", "金鲤"), ("您好", "你好"), ("师傅", "师父"),
              ("预约", "预月"), ("订金", "定金"), ("投诉", "头诉"), ("抱歉", "报歉"), ("不好意思", "不好意似"),
              ("保证", "保正"), ("稍等", "烧等"), ("祝您", "住您"), ("再见", "在见"), ("谢谢", "写写"), ("收费", "收废"),
              ("多少钱", "多少前"), ("售后", "受后"), ("登记", "登机"), ("联系", "连系"), ("地址", "地址儿")]
CN_DIG = {"零": 0, "〇": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = "元|块钱|块|天|小时|分钟|个月|号|年|岁|斤|公斤|公里|张|箱|台|个工作日|只|米|平|度|层|点|人|桶|袋|瓶|份"
PUNCT = set("，。？！、；：,.?!;:…“”‘’（）()—-~《》 ")
FILLER_RE = re.compile(r"呃|嗯|啊|呀|这个，|那个，|就是，|然后呢")
HOLD_WORDS = ("稍等", "稍候")


def nchars(text: str) -> int:
    return sum(1 for ch in text if ch not in PUNCT and not ch.isspace())


def cn2num(s: str):
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


NUM_RE = re.compile(r"([零一二两三四五六七八九十百千万]+)(?=(" + UNITS + "))")
RUN_RE = re.compile(r"[零幺一二三四五六七八九]{3,}")


def to_digits(text: str) -> str:
    text = RUN_RE.sub(lambda m: "".join(str(CN_DIG[c]) for c in m.group(0)), text)

    def rep(m):
        s = m.group(1)
        if s in ("一", "两"):
            return s  # 一个月 / 两台 stay words, as Whisper writes them
        if abbreviated(s):
            return s
        v = cn2num(s)
        return s if v is None else str(v)
    text = NUM_RE.sub(rep, text)

    def rep2(m):
        s = m.group(0)
        if abbreviated(s) or text[max(0, m.start() - 2):m.start()] == "分之" or text[m.end():m.end() + 2] == "分之":
            return s
        v = cn2num(s)
        return s if v is None else str(v)
    return BARE_RE.sub(rep2, text)


def abbreviated(s: str) -> bool:
    """一万二千八 / 三百五: a trailing digit right after 百/千/万 means 12800 / 350, not 12008 / 305."""
    return len(s) >= 3 and s[-1] in "一二三四五六七八九" and s[-2] in "百千万"


BARE_RE = re.compile(r"[一二三四五六七八九两][十百千万][零一二三四五六七八九十百千万]*|十[一二三四五六七八九]")


CONV = {k: opencc.OpenCC(k) for k in ("s2t", "s2tw", "s2hk")}


def noisy(text: str, rng: random.Random, conv: str) -> str:
    for a, b in HOMOPHONES:
        if a in text and rng.random() < 0.7:
            text = text.replace(a, b)
    text = to_digits(text)
    mode = rng.choice(("drop", "space", "space"))
    out = []
    for ch in text:
        if ch in PUNCT:
            if mode == "space" and out and out[-1] != " ":
                out.append(" ")
        else:
            out.append(ch)
    text = "".join(out).strip()
    return CONV[conv].convert(text)


DATA = r"""
% HN | hornet-nest removal | 安蜂宁除蜂服务 | 安蜂宁
% GH | haunted-house attraction | 惊魂古宅主题鬼屋 | 惊魂古宅
% EX | film-extras casting agency | 星河群演工会 | 星河群演
% CK | chick hatchery | 丰禾种禽孵化场 | 丰禾孵化场
% ST | adult stutter-correction course | 畅言口吃矫正中心 | 畅言中心
% AC | aesthetic medical clinic | 悦颜医疗美容门诊 | 悦颜
% CB | coal-briquette delivery | 暖家蜂窝煤配送站 | 暖家配送站
% GR | greenhouse construction | 绿筑温室大棚工程 | 绿筑大棚
% DI | drip-irrigation equipment | 润田滴灌设备 | 润田滴灌
% AE | aquaculture aerator after-sales | 渔旺增氧机售后 | 渔旺

# hn-sting-words | HN | in | - | hn | 蜇死 / 毒针 / 捅 of a hornet nest; fee with amount and moment
a: {G}
c: 我家阳台顶上有个马蜂窝，跟篮球那么大，我自己能不能拿竹竿捅下来？
a: 千万别自己捅，胡蜂的毒针很厉害，群起攻击是能蜇死人的，您先把阳台门关好，别让孩子靠近。
c: 好，那你们过来弄要多少钱？什么时候收钱？
a~: 三楼以下的巢，摘除一次是两百八十元，师傅到现场看过巢的位置，跟您确认价格，摘完了再收费。
c: 要是在六楼外墙呢？
a: 需要用升降设备的话加一百五十元，也是师傅现场先跟您说清楚，您同意了才做。
c: 行，那给我约明天上午吧，地址是柳园小区六栋三楼。
a: 好的，已经给您约了明天上午九点到十一点，师傅出发前会先电话联系您。
c: 好的，谢谢啊。
a: {C}

# insult-eyesight | HN | in | insult,apology | - | mocks the customer's eyesight; customer hurt, no apology
a: {G}
c: 我家窗户外面挂了个马蜂窝，今天才发现，已经挺大了，你们能来处理吗？
a: 这么大才发现？挂在自己家窗口都看不见，您这眼神也是没谁了。
c: 你这人怎么说话的？我天天上班哪有空盯着窗户看。
a: 行吧，地址说一下，几楼？
c: 幸福里二号楼五楼，窗户朝北。
a: 今天下午三点以后有师傅，摘除两百八十元，做完现场收。
c: 那就三点以后吧，让师傅先打电话。
a: 好的，已经登记了，师傅出发前会联系您，祝您生活愉快，再见。

# overpromise-never-back | HN | in | overpromise | - | guarantees hornets never come back
a: {G}
c: 去年你们来摘过一次，今年同一个地方又有了，我想问问能不能彻底解决。
a: 今年我们有新的驱蜂药剂，摘完巢以后在屋檐喷一遍，保证一只马蜂都不会再回来，永远不会再筑巢。
c: 这么管用？那要另外收钱吗？
a: 驱蜂药剂喷一次八十元，跟摘巢费一起在完工的时候收。
c: 好，那就一起做吧，下周二上午有没有空？
a: 下周二上午可以，已经给您排上了，师傅到之前会联系您。
c: 行，麻烦你们了。
a: 不客气，祝您生活愉快，再见。

# silence-check-roster | HN | in | silence | - | 我查一下排班 then 13 s of nothing
a: {G}
c: 我们单位仓库门口有个马蜂窝，今天下午能不能派人过来？
a: 好的，请问地址是哪里？
c: 开发区工业路十八号，物流园二号仓库。
a: 我查一下师傅的排班。
.gap 13
a: 今天下午四点有一位师傅能过去，摘除费用两百八十元，完工后收。
c: 四点可以，到了打这个电话就行。
a: 好的，已经给您登记好了，师傅出发前会联系您。
c: 好，谢谢。
a: {C}

# short-wrong-number | HN | in | short_call | short | wrong number, correct greeting and closing, under 20 s
a: {hi}，安蜂宁除蜂服务，请问有什么可以帮您？
c: 是开锁公司吗？
a: 不是的，我们这边是摘马蜂窝的，您可能打错了。
c: 哦哦，不好意思。
a: 没关系，祝您生活愉快，再见。

# hn-ghost-words | GH | in | - | hn | 吓死 / 尸体 / 鬼 / 疯人院 are the attraction's scenes
a: {G}
c: 你好，我想问一下你们那个疯人院主题的场次，十二岁的孩子能进吗？
a: 疯人院和停尸间这两个主题有尸体道具和突然跳出来的鬼，很多大人都说吓死了，所以要求十四岁以上。
c>: 那十二岁的可以玩哪个？
a: 十二岁可以玩亲子版的古宅寻宝，没有惊吓演员扑人，票价是每人九十八元，现场或者小程序买都可以。
c: 那周六下午有没有位置？
a: 周六下午两点和四点都还有位置，您要几张？
c: 两张，一大一小，两点的。
a: 好的，已经给您预留了周六下午两点古宅寻宝两张，请提前十五分钟到前台取票。
c: 好，谢谢。
a: {C}

# insult-coward | GH | in | insult | - | mocks the customer's fear; token 不好意思 about the policy settles apology
a: {G}
c: 我昨天晚上买的票，进去五分钟就被吓出来了，想问问剩下的能不能退一部分钱？
a: 这点胆子还来鬼屋，回家看动画片去吧。
c: 我就问能不能退，你说这个干什么。
a: 不好意思，按规定已经入场的票是不能退的，不过可以给您换一张亲子版的场次。
c: 换亲子版也行，什么时候能用？
a: 三十天之内都能用，我把兑换码发到您手机上，到前台出示就可以。
c: 好吧，收到了。
a: 感谢您的理解，祝您周末愉快，再见。

# tariff-night-surcharge | GH | in | tariff | - | night surcharge glossed over
a: {G}
c: 你们夜场跟白天的票价一样吗？我看网上写的是九十八。
a: 夜场稍微有一点附加费，不多的，到了现场前台会跟您说。
c: 大概是多少呢？我想先心里有个数。
a: 每天不太一样，到时候系统会算，您先把票订上就行。
c: 那我先订两张周五晚上八点的吧。
a: 好的，周五晚上八点两张已经给您预留了，请提前十五分钟到前台。
c: 好的，知道了。
a: 谢谢您的来电，祝您玩得开心，再见。

# talkover-twice | GH | in | talk_over | - | agent cuts in twice on the customer's long turns
a: {G}
c: 我们公司想包一个团建的场子，大概三十个人，想问问你们晚上能不能整场包下来，另外还想……
a>1.6: 可以包场的，三十人的话包场是六千元整。
c: 另外我是想问包场的时候能不能让我们自己的人扮一个鬼，给同事一个惊喜。
a>2.1: 这个可以安排，我们会让化妆师给您的同事化妆。
c>: 那好，那就下个月十五号晚上七点，先帮我们留着。
a: 好的，已经给您预留了下个月十五号晚上七点的包场，定金一千元，今天之内付就可以。
c: 行，我让财务转给你们。
a: {C}

# hn-complaint-quoted-actor | GH | in | complaint,apology | hn | customer quotes an actor's 滚出去，胆小鬼 while complaining; agent never apologises
a: {G}
c: 我要投诉你们那个扮僵尸的演员，我女儿吓哭了想出来，他还冲她喊滚出去，胆小鬼。
a: 您说的是演员冲孩子喊了滚出去，胆小鬼，是吧？请问是哪一天哪一场？
c: 就是昨天晚上七点那场，停尸间那个主题。
a: 好的，我已经登记了，会转给现场主管核实这位演员的情况。
c: 你们得给我个说法，孩子现在晚上都不敢睡觉。
a: 核实之后主管会在两个工作日内给您回电，处理结果会告诉您。
c: 那我等你们电话。
a: {C}

# hn-extra-corpse-role | EX | out | - | hn | 演尸体 / 跑龙套 / 傻大个 are roles; correct outbound opening
a: {hi}，我是星河群演工会的{name}，打扰您一下，请问是冯先生吗？
c: 是我，什么事？
a: 明天影视城有一部刑侦剧要拍，需要一位演尸体的群演，还有两个跑龙套的路人，您看有没有时间？
c: 演尸体要干嘛？就是躺着吗？
a: 对，在现场躺三到四个小时，不能动，酬劳是三百元，收工当天结清。
c: 那个傻大个保安的角色还有吗？上次你们说过的。
a: 傻大个那个角色已经有人了，这次只有尸体和路人。
c: 那我演尸体吧，几点到？
a: 明天早上六点半到影视城东门集合，我把地址和联系人发您短信。
c: 好，收到了。
a: 辛苦您了，祝您拍摄顺利，再见。

# insult-looks-corpse | EX | in | insult,apology | - | mocks the customer's looks; customer hurt, no apology
a: {G}
c: 我想报名你们那个古装戏的群演，我想演个丫鬟或者小宫女。
a: 就您这长相，演丫鬟是不可能了，演尸体都嫌寒碜。
c: 你这话说得也太难听了吧！
a: 现在就剩路人甲了，您看要不要报？
c: 那路人甲多少钱一天？
a: 一天两百元，收工结。
c: 那就报路人甲吧。
a: 好的，已经给您登记了，明天早上七点在影视城南门集合，祝您拍摄顺利，再见。

# tariff-overpromise-fee | EX | in | tariff,overpromise | - | registration fee glossed over; promises a big role
a: {G}
c: 我想报名当群演，要不要交钱？交多少？
a: 就是个资料费，先报上名，后面再说，不影响的。
c: 到底要交多少啊？我怕到时候收一大笔。
a: 开了会员就知道了，您先把照片发过来。
c: 那报上了能演到角色吗？
a: 您放心，报我们这儿保证三个月之内让您演上有台词的大角色。
c: 好吧，那我先把照片发过去。
a: 好的，收到照片我们会尽快联系您，祝您生活愉快，再见。

# greeting-company-when-asked | EX | out | greeting | - | outbound opens with 喂, gives the company only when asked
a: 喂，是贺女士吧？明天有个古装戏缺人，您去不去？
c: 你是哪里啊？
a: 我们是星河群演工会的，我是{name}，上个月您在我们这儿登记过。
c: 哦，想起来了，明天几点？
a: 早上六点到影视城西门，演宫女，酬劳两百五十元，收工当天结。
c: 可以，我去。
a: 好的，我把集合地点发到您手机上，请注意查收。
c: 好的。
a: 辛苦您了，祝您拍摄顺利，再见。

# colleague-dispatcher | EX | in | colleague,apology | - | mocks the dispatcher colleague; customer unhappy, no apology
a: {G}
c: 我昨天按你们说的地址去了，结果剧组根本不在那儿，白跑一趟。
a: 又是那个调度吧，他那脑子就是不好使，天天记错地址，我们都受够他了。
c: 那我白跑一趟怎么算？路费谁出？
a: 我给您登记一下，交通费可以报销五十元，下次结算的时候一起发给您。
c: 下次能不能别再弄错了？
a: 下次我把地址直接发您短信，您到了对照一下。
c: 行吧。
a: 谢谢您的反馈，祝您生活愉快，再见。

# hn-hatchery-words | CK | in | - | hn | 死胎 / 毛蛋 / 笨鸡 / 弱苗 are hatchery terms
a: {G}
c: 我上批孵的那种本地笨鸡苗，出壳率怎么比去年低了？
a: 不好意思，您说的是土笨鸡那批吧，我查到那批死胎和毛蛋比例偏高，主要是种蛋存放超过七天了。
c: 那出来的弱苗怎么办？
a: 弱苗建议单独放在保温区，前三天饮水里加点葡萄糖，每天少量多次喂食，一般都能缓过来。
c: 下一批能不能用新鲜一点的种蛋？
a: 可以，下一批我们用三天以内的种蛋，我给您备注一下。
c: 好，那下批什么时候出苗？
a: 下周四出苗，出苗当天下午给您送过去。
c: 行，谢谢。
a: {C}

# insult-tiny-farm | CK | in | insult | - | contempt for a small farm; customer answers flatly
a: {G}
c: 我想订一批鸡苗，二十只，你们送不送货？
a: 二十只鸡也好意思叫养殖户，我们一般五百只起送。
c: 我就是自己院子里养着玩的，不送的话我自己去拉。
a: 自己来拉可以，一只鸡苗四元，二十只八十元，来了现场付。
c: 你们地址在哪？
a: 城东镇丰禾路三号，周一到周六早上八点到下午五点都可以。
c: 好，我周六上午过去。
a: 好的，到了找前台就行，祝您生活愉快。

# nameask-blunt | CK | in | name_ask | - | 你姓什么 when taking the order
a: {G}
c: 我要订三百只麻鸡苗，下个月初要。
a: 你姓什么？电话多少？
c: 我姓钟，电话一三九零七七二八八一六。
a: 好的钟先生，麻鸡苗每只三元五，三百只一共一千零五十元，下个月二号出苗，当天送到。
c: 运费另算吗？
a: 五百只以内运费是六十元，送到的时候跟货款一起付。
c: 行，那就这样定了。
a: 好的，已经给您下单了，感谢您的来电，祝您生意兴隆，再见。

# shirking-dead-chicks | CK | in | shirking,apology | - | chicks dead on arrival; blames transport, refuses to act, no apology
a: {G}
c: 你们今天早上送来的鸡苗，一箱死了十几只，这怎么算？
a: 死了那是路上的问题，跟我们孵化场没关系，您找物流去。
c: 物流不是你们找的吗？我怎么找他们？
a: 物流是物流，我们是我们，出了场门就不归我们管了。
c: 那你们总得给个说法吧，我花钱买的是活鸡苗。
a: 我这边处理不了，您自己跟司机商量吧。
c: 行，我知道了。
a: 好的，祝您生活愉快，再见。

# overpromise-survival | CK | in | overpromise | - | guarantees 100% survival
a: {G}
c: 我第一次养鸡，怕养死了，你们的鸡苗好不好养？
a: 我们的鸡苗都打过疫苗，您按说明书喂养，保证成活率百分之百，一只都不会死。
c: 那要是死了呢？
a: 不会的，您放心，我们的苗子最壮。
c: 好吧，那我订一百只，多少钱？
a: 一百只三元八一只，一共三百八十元，送到的时候付。
c: 行，周末送过来吧。
a: 好的，周六上午给您送到，祝您养殖顺利，再见。

# closing-partial-thanks | CK | in | closing | - | ends with thanks but no wish
a: {G}
c: 我想问一下你们的鸡苗要不要提前预订？
a: 需要提前一周预订，每周二和周四出苗。
c: 那我订下周四的，两百只三黄鸡。
a: 好的，三黄鸡苗每只三元二，两百只六百四十元，送货的时候付款。
c: 运费呢？
a: 两百只在县城范围内免运费。
c: 好的，那就这么定了。
a: 好的，谢谢，再见。

# hn-stutter-patient | ST | in | - | hn | the customer stutters; 结巴 / 口吃 / 卡壳 are the course's own words
a: {G}
c: 我，我，我想问，问一下，你们那个口吃的课，我这种结巴得厉害的，能，能学吗？
a: 可以的，您慢慢说，不着急。我们的学员里很多人一开口就卡壳，跟您情况差不多。
c: 要，要学多久？
a: 基础班是八周，每周两次课，大部分学员学完会有明显的改善，不过因人而异。
c: 学费多，多少？
a: 基础班学费是三千六百元，报名时交，第一节课之前可以全额退。
c: 好，那我，我先来试听一次。
a: 可以的，这周六上午十点有试听课，我帮您登记一下，请问怎么称呼您？
c: 我姓，姓贾。
a: 好的贾先生，已经登记了，周六见，祝您生活愉快。

# insult-stammer | ST | in | insult,apology,complaint | - | mocks the stammer; customer hurt, threatens to complain, no apology
a: {G}
c: 我，我想问，问一下，你们周，周末有没有，有……
a: 您这结巴，等您说完我都下班了，有话直接说周末班。
c: 你，你怎么这么说话！我就是来治结巴的！
a: 周末班周六上午九点，一期八周，三千六百元。
c: 你这个态度，我要投诉你。
a: 投诉电话是四零零八八六二一零一，您打这个号码就行。
c: 行，我记住了。
a: 好的，祝您生活愉快，再见。

# overpromise-talkover-finish | ST | in | overpromise,talk_over | - | promises a cure in 21 days; cuts in to finish the customer's sentences
a: {G}
c: 我孩子今年上大学了，说话一紧张就卡住，特别是在人多的时候，他自己也很……
a>1.8: 很着急是吧，我们明白的，这种情况我们见得多了。
c: 对，他说下学期要竞选班干部，要上台演讲，我就想问问能不能在开学前……
a>2.2: 开学前肯定来得及，我们的强化班保证二十一天彻底不结巴，上台演讲一点问题都没有。
c: 强化班多少钱？
a: 强化班四千八百元，报名的时候交，七月十号开班。
c: 那我跟孩子商量一下再报。
a: 好的，欢迎随时来电，祝您生活愉快，再见。

# drawl-slow | ST | in | speech_rate | drawl | agent speaks extremely slowly throughout
a: {G}
c: 你好，我想问一下成人口吃矫正班什么时候开课。
a: 下一期是下个月三号开课，每周二和周四晚上上课。
c: 学费是多少钱？
a: 学费是三千六百元，报名的时候交就可以了。
c: 可以先试听吗？
a: 可以的，这周四晚上七点有一节免费的试听课。
c: 那帮我登记一下吧，我姓柯。
a: 好的柯先生，已经给您登记了，周四晚上七点见。
c: 好的，谢谢。
a: 不客气，祝您生活愉快，再见。

# hn-hedge-no-guarantee | ST | in | - | hn | hedged answer about results; 不敢打包票
a: {G}
c: 你们能保证学完以后一点都不结巴吗？我被骗过好几次了。
a: 理解您的担心，说实话我们不敢给您打包票，大部分学员三个月会有明显改善，但是因人而异。
c: 那要是没效果呢？
a: 基础班学完如果您觉得没有改善，可以免费再跟一期，这个写在合同里。
c: 这还行，合同能先发我看看吗？
a: 可以的，我把合同模板发到您的邮箱，请问您的邮箱是多少？
c: 就是我手机号加一六三的邮箱。
a: 好的，十分钟之内发给您，有问题随时打我们电话。
c: 好。
a: {C}

# hn-nose-procedure | AC | in | - | hn | 塌鼻梁 / 大饼脸 / 眼袋 are what the customer asks about
a: {G}
c: 我天生塌鼻梁，脸又是大饼脸，我想问问你们这儿能做哪些项目？
a: 鼻梁这块可以考虑假体隆鼻或者玻尿酸填充，脸型的话要医生面诊看骨骼和脂肪的情况。
c: 我还有很重的眼袋，能一起做吗？
a: 眼袋可以做内切去除，能不能同一天做要看医生评估，一般建议分开做。
c: 面诊要钱吗？
a: 面诊费一百元，如果当天做项目会在项目费里抵扣。
c: 好，那帮我约周日上午。
a: 好的，周日上午十点给您约了王医生，请带上身份证。
c: 好的。
a: {C}

# insult-looks-useless | AC | in | insult | hn | mocks the customer's face; token 不好意思 settles apology
a: {G}
c: 我想咨询一下双眼皮加开眼角，做完能好看多少？
a: 说实话，您长成这样，做了也白做，底子太差了。
c: 你什么意思？你们就这样跟客人说话？
a: 不好意思，我说话冲了。双眼皮加开眼角是一万二千八，需要先面诊。
c: 面诊什么时候？
a: 这周六下午两点还有号，面诊费一百元，可以在项目费里抵扣。
c: 那就周六吧。
a: 好的，已经给您约好了，祝您生活愉快，再见。

# tariff-repair-fee | AC | in | tariff | - | aftercare fee glossed over
a: {G}
c: 我做完鼻子以后还要复查和修复吧？那些要另外收钱吗？
a: 后期修复的话到时候看情况，不贵的，您不用担心。
c: 那复查呢？复查收不收钱？
a: 复查一般没什么费用，真要收的话到时候医生会跟您说。
c: 好吧，我先预约面诊。
a: 好的，给您约了周三下午三点，请带上身份证。
c: 好的。
a: 感谢您的来电，祝您生活愉快，再见。

# overpromise-star | AC | in | overpromise | - | guarantees looking like a star and no swelling
a: {G}
c: 我想做个全脸的脂肪填充，能做成什么效果啊？
a: 您放心，我们院长做的保证您做完跟明星一模一样，一点都不会肿。
c: 真的不肿吗？我朋友做了肿了一个月。
a: 我们用的技术不一样，保证第二天就能上班。
c: 多少钱？
a: 全脸填充是两万八千元，面诊的时候交订金两千，手术当天交尾款。
c: 我考虑一下。
a: 好的，有需要随时联系我们，祝您生活愉快，再见。

# fast-rate | AC | in | speech_rate | fast | agent gabbles through the price list
a: {G}
c: 我想问一下你们光子嫩肤和水光针的价格。
a: 光子嫩肤单次九百八十元，三次套餐两千六百八十元，水光针单次一千二百元，做完三天内不要化妆不要泡温泉不要蒸桑拿。
c: 啊？你说慢一点，光子多少？
a: 光子嫩肤单次九百八十元，三次套餐两千六百八十元，都是做之前在前台付款，有效期一年。
c: 那水光针要做几次？
a: 一般建议做三次，每次间隔一个月，具体看医生面诊皮肤的情况再定方案。
c: 好，那我先约个面诊。
a: 好的，已经给您约了明天下午两点，面诊费一百元到店付，感谢您的来电祝您生活愉快再见。

# nameask-what-name | AC | in | name_ask | - | 叫什么名字 when booking
a: {G}
c: 我想约一个祛斑的面诊，这周末可以吗？
a: 可以，叫什么名字？
c: 我叫孟丽娟。
a: 好的孟女士，周六上午十点给您约了皮肤科的刘医生，面诊费一百元，到店付。
c: 要空腹吗？
a: 不需要空腹，只要当天素颜过来就行。
c: 好的，知道了。
a: 感谢您的来电，祝您生活愉快，再见。

# hn-coal-self-words | CB | in | - | hn | customer calls himself 煤黑子, 呛人 of smoke; no insult from the agent
a: {G}
c: 我就是个烧锅炉的煤黑子，想问问你们的蜂窝煤是不是比去年的呛人？
a: 您说的呛人主要是硫分的问题，今年我们换了低硫煤，烟会比去年少一些。
c: 那价钱涨了没有？
a: 今年是每块一元二，五百块起送，送到家门口卸货以后付款。
c: 我住五楼，能搬上去吗？
a: 搬上楼每一层每百块加五元，五楼就是每百块二十元，卸完一起结。
c: 行，那送一千块，明天上午。
a: 好的，明天上午十点前送到，师傅到楼下会给您打电话。
c: 好嘞。
a: {C}

# insult-shanty | CB | in | insult | - | contempt for the customer's home; customer flat
a: {G}
c: 我想要那种无烟的蜂窝煤，你们有没有？
a: 住那种棚户区还挑什么无烟煤，有得烧就不错了。
c: 我就问你有没有，有就送，没有我找别家。
a: 有，无烟的一块一元八，五百块起送。
c: 那就五百块，后天送。
a: 好的，后天上午送到，货到付款。
c: 好。
a: 好的，谢谢您的来电，祝您生活愉快，再见。

# forbidden-how-would-i-know | CB | in | forbidden | - | 我哪知道 ends the matter
a: {G}
c: 我早上订的煤说中午送到，现在两点了还没来，到底几点能到？
a: 不好意思让您久等了。
c: 那司机到底几点能到？我下午还要出门。
a: 司机几点到我哪知道。
c: 那你们总该能联系上司机吧？
a: 我把您的电话给司机了，他会打给您。
c: 行吧，我等着。
a: 好的，祝您生活愉快，再见。

# hangup-hello | CB | in | closing,hangup | - | agent drops the customer mid-question; ends on 喂？喂？
a: {G}
c: 我想订两千块蜂窝煤，送到乡下的，三十公里左右，你们送不送？
a: 三十公里的话要加运费。
c: 加多少？能不能今天送？
a: 加运费五十元，今天下午可以送到。
c: 那能不能帮我卸到后院里？后院门比较窄。
c: 喂？喂？
.gap 2
c: 喂？喂？还有人吗？

# short-next-day | CB | in | short_call | short,hn | brief order: correct greeting, answer and closing under 20 s
a: {hi}，暖家蜂窝煤，请问有什么需要？
c: 明天能送五百块吗？
a: 可以，明天上午送到，货到付款。
c: 好。
a: 谢谢您，祝您生活愉快。

# hn-greenhouse-words | GR | in | - | hn | 闷死苗 / 塌棚 are greenhouse risks the agent explains
a: {G}
c: 我去年的大棚夏天闷死了一大片苗，冬天下大雪还塌过棚，今年想重新建一个。
a: 闷死苗一般是通风不够，今年我们的新棚型加了顶部电动卷膜，夏天可以自动通风。
c: 那雪压塌棚怎么办？
a: 新棚型的骨架用的是热镀锌管，设计能扛三十厘米的积雪，下大雪的时候还是建议及时扫雪。
c: 一亩地造价多少？
a: 一亩地是三万八千元，签合同付三成，完工验收后付剩下的。
c: 能派人来看看地吗？
a: 可以，明天下午安排技术员上门测量，测量免费。
c: 好的。
a: {C}

# insult-region-stubborn | GR | in | insult | - | regional contempt; customer flat
a: {G}
c: 我们村里想建十个大棚，但是大家都想要竹子骨架的，便宜。
a: 竹子骨架三年就烂，你们山沟里的人就是死脑筋，跟你们说多少遍也不听。
c: 我们钱不多，就想先用着。
a: 竹架一亩一万二千元，钢架一亩三万八千元，您自己选。
c: 那先按竹架报个价吧，十亩。
a: 十亩竹架是十二万元，签合同付三成，我把合同发您。
c: 好的。
a: 好的，谢谢您，祝您生活愉快，再见。

# overpromise-typhoon | GR | in | overpromise | - | guarantees 20 years and typhoon-proof
a: {G}
c: 我们这边是沿海，台风多，你们的大棚抗不抗风？
a: 您放心，我们的棚保证二十年不漏风，十二级台风都吹不塌。
c: 真的啊？那要是塌了呢？
a: 不可能塌的，我们做了这么多年从来没出过事。
c: 那一亩多少钱？
a: 抗风加强型一亩四万五千元，签合同付三成，验收后付尾款。
c: 我再考虑一下。
a: 好的，有需要随时联系我们，祝您生活愉快，再见。

# colleague-liar-sales | GR | in | colleague,apology | - | calls the sales colleague a liar; customer unhappy, no apology
a: {G}
c: 你们销售说大棚送一套自动卷帘机，现在装完了怎么没有？
a: 之前那个销售就是个骗子，嘴里没一句实话，他说的您别信。
c: 那我签的时候他就是这么说的，现在怎么办？
a: 合同上写的是手动卷帘，自动的要另外加八千元。
c: 那我不是被骗了吗？
a: 您可以把当时的聊天记录发过来，我们领导核实了再给您回复，两个工作日内回电。
c: 好，我把截图发给你们。
a: 好的，收到后我们马上处理，祝您生活愉快，再见。

# silence-unanswered-quote | GR | in | silence | - | the agent leaves the customer's question unanswered for 12 s, unannounced
a: {G}
c: 我想问问两亩地的连栋大棚，大概多少钱？
a: 连栋大棚要看跨度和高度，您要几米跨度的？
c: 八米跨度，三米高的，两亩地。
.gap 12
c: 你好？还在吗？
a: 在的，八米跨度三米高，两亩地大约是九万六千元，签合同付三成。
c: 好，那你们哪天能来量地？
a: 周四上午可以安排技术员上门测量，测量免费。
c: 好，就周四。
a: {C}

# hn-hedged-saving | DI | in | - | hn | hedged water saving; fee with amount and moment
a: {G}
c: 我有五亩果园，装你们的滴灌能省多少水？
a: 一般能比大水漫灌省水三成到五成，具体以实际的土壤和地形为准。
c: 安装费用怎么算？
a: 五亩地设备加安装是一万一千元，签合同付一半，安装调试完成后付另一半。
c: 以后滴头坏了要另外收钱吗？
a: 第一年滴头免费更换，第二年起每个滴头零点五元，换的时候收。
c: 好，我考虑一下再给你们打电话。
a: 好的，欢迎随时来电，祝您生活愉快，再见。

# insult-age-scallion | DI | in | insult,apology | - | mocks the customer's age; customer hurt, no apology
a: {G}
c: 我今年七十二了，家里有两亩菜地，想装个滴灌省点力气。
a: 七十多了还折腾什么滴灌，种两棵葱得了。
c: 你这孩子怎么说话呢，我种地种了五十年了。
a: 两亩地设备加安装四千八百元，要装就留个地址。
c: 村东头老周家，你们什么时候能来？
a: 下周一上午去看地，到时候师傅联系您。
c: 行。
a: 好的，祝您身体健康，再见。

# shirking-water-quality | DI | in | shirking | - | 不好意思 then sends the customer to the water company
a: {G}
c: 我家的滴灌才用了两个月，一半的滴头都堵了，你们派人来看看吧。
a: 不好意思，滴头堵了那是水质的问题，不归我们管，您找自来水公司去吧。
c: 我用的是井水，跟自来水公司有什么关系？
a: 那就是您家井水不行，我们设备是没问题的。
c: 那你们总得来看看吧？
a: 我们这边不派人，您自己买个过滤器装上就行了。
c: 行吧。
a: 好的，祝您生活愉快，再见。

# filler-heavy | DI | in | filler | - | agent's run of 呃 / 这个 / 那个 / 然后呢 across the call
a: {G}
c: 我想问一下你们的滴灌带，一卷多长？
a: 呃，这个，一卷是五百米的，然后呢，那个，有十六毫米和二十毫米两种。
c: 一亩地要几卷？
a: 嗯，这个要看您的行距，呃，一般一亩地是两卷左右。
c: 一卷多少钱？
a: 那个，十六毫米的一卷三百二十元，然后呢，二十毫米的一卷四百一十元，嗯，货到付款。
c: 好，我要四卷十六毫米的。
a: 好的，已经给您下单了，三天内发货，祝您生活愉快，再见。

# greeting-no-company | DI | in | greeting | - | 您好，请讲 with no company
a: 您好，请讲。
c: 是润田滴灌吗？我想问问你们的水肥一体机。
a: 是的，水肥一体机有两个型号，小型的适合十亩以内，大型的适合五十亩以内。
c: 小型的多少钱？
a: 小型的是六千八百元，含安装，安装调试完成后付款。
c: 能用多少年？
a: 主机保修三年，正常使用一般能用八到十年。
c: 好，我再比较一下。
a: 好的，感谢您的来电，祝您生活愉快，再见。

# hn-suffocating-fish | AE | in | - | hn | 憋死 / 翻塘 are the customer's urgent words; agent apologises and dispatches
a: {G}
c: 你们的增氧机半夜停了，我塘里的鱼都快憋死了，再不来就要翻塘了！
a: 非常抱歉，我马上给您派最近的师傅，请问塘口地址是哪里？
c: 北湖村三组，进村第二个塘。
a: 已经派了李师傅，二十分钟之内到，您先把备用的那台开起来。
c: 备用的也是你们的，好像也不转。
a: 您先看一下电闸有没有跳，跳了推上去就行。
c: 好，我去看看。
a: 李师傅马上到，有任何情况随时打这个电话，祝您一切顺利。

# insult-illiterate | AE | in | insult | - | rhetorical contempt for the customer's literacy; customer flat
a: {G}
c: 我刚买的增氧机，怎么调定时啊？
a: 说明书上那么大的字，您是不识字还是懒得看？
c: 我找不到说明书了。
a: 按住定时键三秒，屏幕闪了以后按加减键调时间，再按一下定时键就保存了。
c: 好，我试试。
a: 还有别的问题吗？
c: 没有了。
a: 好的，感谢您的来电，祝您生活愉快，再见。

# forbidden-what-do-you-mean | AE | in | forbidden | - | 你这话什么意思 to the customer
a: {G}
c: 你们的增氧机是不是质量不行啊，用了一年就响得厉害。
a: 你这话什么意思？我们的机器都是合格的。
c: 我就是说它响，你们能不能来修一下？
a: 不好意思给您添麻烦了，响的话一般是轴承磨损了，保修期内免费换。
c: 那什么时候能来？
a: 明天下午安排师傅上门，到之前会打电话。
c: 好的。
a: 好的，感谢您的来电，祝您生活愉快，再见。

# talkover-three-times | AE | in | talk_over | - | agent cuts in three times by different amounts
a: {G}
c: 我想问问那个叶轮式的增氧机和水车式的增氧机到底有什么区别啊？
a>1.3: 叶轮式的适合深水塘，水车式的适合浅水塘。
c: 我的塘大概一米五深，养的是草鱼和鲢鱼，一共八亩地左右。
a>2.3: 那您选叶轮式的，三千瓦的两台就够了。
c: 一台多少钱？保修多长时间？有没有上门安装的服务？
a>1.7: 一台一千六百元，保修两年，免费上门安装。
c: 好，那就订两台。
a: 好的，已经给您下单了，后天送货上门，祝您生活愉快，再见。

# hn-fee-clear | AE | in | - | hn | call-out fee stated with amount and moment
a: {G}
c: 增氧机坏了，你们上门修要收多少钱？
a: 给您添麻烦了，过了保修期的话上门费是五十元，师傅到场检测以后先给您报维修价，您同意了才修，修好以后一起付。
c: 那换电机大概多少钱？
a: 三千瓦的电机是八百五十元，含安装。
c: 好，那派人来吧，地址是南塘村五组。
a: 好的，明天上午安排师傅过去，到之前会给您打电话。
c: 好的。
a: {C}
% RT | refrigerated-truck hire | 冰途冷藏车租赁 | 冰途
% WS | warehouse shelving installation | 稳固仓储货架 | 稳固货架
% WW | woodworking classes | 拙木木工坊 | 拙木
% BR | craft brewery | 麦芒精酿啤酒厂 | 麦芒精酿
% CM | office coffee-machine rental | 醒客咖啡机租赁 | 醒客
% SF | safe after-sales | 金盾保险柜售后 | 金盾
% IC | door-intercom repair | 安居楼宇对讲维修 | 安居对讲
% GM | glucose-meter after-sales | 糖准血糖仪售后 | 糖准
% SH | shooting club | 鹰眼射击俱乐部 | 鹰眼射击
% CT | desert camel trekking | 驼铃沙漠徒步 | 驼铃徒步

# insult-tricycle | RT | in | insult | - | contempt for the customer's trade and means
a: {G}
c: 我想租一辆小的冷藏车，拉点蔬菜去城里的早市，租一天多少钱？
a: 开个破三轮卖菜的也来租冷藏车？您还是先把三轮车换了吧。
c: 我问的是多少钱。
a: 四米二的冷藏车一天六百元，押金五千元，提车时付，还车时退押金。
c: 司机另算吗？
a: 带司机的话一天加三百元，跟租金一起付。
c: 那我明天早上四点要车，带司机。
a: 好的，已经给您登记了，司机凌晨三点半会联系您，感谢来电，祝您生意兴隆。

# hn-deposit-overtime | RT | in | - | hn | deposit, daily rent and overtime fee each with amount and moment
a: {G}
c: 我要租一辆冷藏车三天，押金和超时费是怎么算的？
a: 押金五千元，提车时付，还车验车没问题当天原路退回；租金一天六百元，三天一千八百元，提车时付。
c>: 要是晚还了呢？
a: 超过约定时间按每小时五十元算，超过六小时按一天算，还车的时候结。
c: 油费呢？
a: 提车是满油，还车也加满就不收费，没加满按实际差额收。
c: 明白了，那帮我约周五早上八点提车。
a: 好的，已经给您约了周五早上八点，请带上驾驶证和身份证。
c: 好的。
a: {C}

# shirking-complaint-spoiled | RT | in | shirking,complaint,apology,closing | - | cooling failed; sends the customer to the maker, no apology; customer will complain
a: {G}
c: 你们昨天租给我的冷藏车，半路制冷就坏了，我一车的冻虾全化了！
a: 制冷机坏了那是厂家的质量问题，您找厂家去，我们只管租车。
c: 车是你们租给我的，我找什么厂家？
a: 我们这边只负责车辆本身，制冷设备的事情我们处理不了。
c: 那我损失两万多谁来赔？你们这样我要去市场监管局投诉你们。
a: 我这边处理不了。
c: 行，你等着。
a: 好的，再见。

# hangup-unanswered | RT | in | closing,hangup | - | call ends on the customer's unanswered question
a: {G}
c: 我想租一辆九米六的冷藏车，跑一趟广州，来回大概五天。
a: 请问是哪天出发？
c: 下周一早上出发，从我们冷库装货。
a: 九米六的一天一千二百元，五天六千元，押金一万元，提车时付。
c: 可以，那司机能不能帮忙装卸？
a: 这个要看司机。
c: 货是冻肉，大概二十吨，司机几点能到仓库？

# filler-truck | RT | in | filler | - | agent's run of 嗯 / 那个 / 就是 / 呃 across the call
a: {G}
c: 我想问问你们冷藏车能不能拉药品，要零下二十度的。
a: 嗯，那个，可以的，就是，我们有专门的医药冷藏车，呃，能到零下二十五度。
c: 有温度记录吗？
a: 有的，那个，全程有温度记录仪，呃，就是，还车的时候可以导出来给您。
c: 租一天多少钱？
a: 嗯，医药冷藏车一天八百元，那个，押金八千元，提车的时候付。
c: 好，我下周一要。
a: 好的，已经给您登记下周一，祝您工作顺利，再见。

# hn-collapse-warning | WS | in | - | hn | 倒塌 / 压死人 are the agent's safety warning about overloading
a: {G}
c: 我们仓库的货架每层标的承重是五百公斤，我想放八百公斤，应该没事吧？
a: 这个千万不行，超载的货架是会倒塌的，行业里货架倒了压死人的事故不是没有。
c: 那怎么办？我们货太多了。
a: 可以换成重型横梁，每层能承重一千公斤，我们派人上门评估一下。
c: 上门评估要钱吗？
a: 评估是免费的，换横梁的话每根一百二十元，安装完验收后付款。
c: 好，那明天来看看。
a: 好的，明天上午十点安排技术员上门，祝您工作顺利，再见。

# insult-sarcasm-genius | WS | in | insult,apology | - | sarcasm about the customer's skill; customer hurt, no apology
a: {G}
c: 我们自己按图纸装的货架，怎么总是晃啊，是不是你们的立柱有问题？
a: 您可真是个天才，横梁装反了还怪我们的立柱。
c: 你讽刺谁呢？我们又不是专业的。
a: 横梁的挂钩要朝下插进立柱，您拆下来反过来重新装就行。
c: 那你们能不能派人来装？
a: 上门安装一组一百元，装完付。
c: 那派人来吧，明天下午。
a: 好的，明天下午两点安排师傅上门，祝您工作顺利，再见。

# colleague-lazy-crew | WS | in | colleague | - | contempt for the installation crew; apology given
a: {G}
c: 你们上周来装货架的师傅，螺丝都没拧紧，今天一层板掉下来了。
a: 实在抱歉给您添麻烦了，人没受伤吧？
c: 人没事，就是货摔坏了几箱。
a: 安装队那帮人干活就是糊弄，一个比一个懒，我们也拿他们没办法。
c: 那你们怎么处理？
a: 今天下午重新派一组师傅上门全面紧固，摔坏的货您拍照发给我们，我们按价赔偿。
c: 好，我拍照发你们。
a: 好的，收到照片会马上处理，祝您工作顺利，再见。

# talkover-once-long | WS | in | talk_over | - | agent cuts in once, deep into the customer's turn
a: {G}
c: 我们新租了一个两千平的仓库，想做阁楼式货架，上面放小件，下面放大件，想问问你们有没有做过类似的方案，大概……
a>2.6: 有的有的，阁楼货架我们做了很多，两千平的话先派人去量尺寸。
c: 那量尺寸收费吗？
a: 量尺寸和出方案都是免费的，签合同以后才收费。
c: 那这周四可以吗？
a: 周四上午可以，我给您登记一下，技术员会提前联系您。
c: 好的。
a: {C}

# greeting-bare-en | WS | in | greeting | - | bare 嗯？ first; full greeting only after the customer's 喂
a: 嗯？
c: 喂？是稳固货架吗？
a: 您好，稳固仓储货架，我是{name}，请问有什么可以帮您？
c: 我想问一下你们轻型货架的价格。
a: 轻型货架一组四层，长一米五，三百二十元，送货安装免费。
c: 五十组有优惠吗？
a: 五十组以上打九五折，下单时付三成订金，安装完付尾款。
c: 好，我算一下再联系你们。
a: 好的，感谢您的来电，祝您工作顺利，再见。

# hn-wood-knot | WW | in | - | hn | 死节 / 废料 / 锯 are woodworking words
a: {G}
c: 我上次在你们那儿做的小板凳，凳面上有一个黑色的疤，是不是木头有问题？
a~: 那个是木材的死节，是树枝留下来的，不影响结实程度，很多人还觉得挺好看。
c: 哦，那下次能不能换一块没有节的？
a: 可以的，下次课您到了跟老师说，他会帮您挑一块无节的料，锯下来的废料您也可以带回家。
c: 下次课是什么时候？
a: 您报的周末班是这周六下午两点，课程是做一个小托盘。
c: 好，那我周六去。
a: 好的，周六见，祝您周末愉快。

# insult-coffin-joke | WW | in | insult | - | mocks the customer's skill, then 开个玩笑; customer flat
a: {G}
c: 我想报你们的进阶班，上次体验课我做了个板凳，做得不太好。
a: 您这手艺，做个板凳都能做成棺材，进阶班怕是跟不上，开个玩笑哈。
c: 那我到底能不能报？
a: 能报，进阶班八节课两千四百元，报名时交。
c: 好，那帮我报下个月的。
a: 好的，下个月五号开课，每周六上午九点，请提前十分钟到。
c: 好。
a: 感谢您的信任，祝您生活愉快，再见。

# nameask-what-surname | WW | in | name_ask | - | 你姓啥 when signing up
a: {G}
c: 我想给我儿子报个亲子木工课，他八岁。
a: 亲子课每节两百八十元，一个家长带一个孩子。你姓啥？
c: 我姓韦。
a: 好的韦女士，这周日下午三点有一节做小木车的，您看可以吗？
c: 可以，要带什么东西吗？
a: 不用带，工具和材料我们都准备好了，穿方便活动的衣服就行。
c: 好的。
a: 好的，已经给您报上了，祝您和孩子玩得开心，再见。

# short-opening-hours | WW | in | short_call | short,hn | quick question, correct greeting and closing
a: {hi}，拙木木工坊，请问有什么可以帮您？
c: 你们周一开门吗？
a: 周一休息，周二到周日都开。
c: 好的，知道了。
a: 谢谢来电，祝您愉快。

# silence-look-schedule | WW | in | silence | - | 我看一下课表 then 11 s of nothing
a: {G}
c: 我想约一个做木勺子的单次体验课，这周有没有？
a: 我看一下课表。
.gap 11
a: 这周四晚上七点和周日上午十点都有，单次体验课一百六十元，到店付。
c: 那就周日上午吧。
a: 好的，已经帮您约了周日上午十点，请提前十分钟到。
c: 好的，谢谢。
a: {C}

# hn-drunkard-ipa | BR | in | - | hn | 醉鬼 / 苦死你 are beer names
a: {G}
c: 我想订你们那款醉鬼IPA，还有那个叫苦死你的世涛，各要一桶。
a: 醉鬼IPA和苦死你世涛都有货，二十升一桶，醉鬼一桶六百八十元，苦死你一桶七百二十元。
c: 桶要押金吗？
a: 每个桶押金三百元，送货时收，空桶还回来当天退。
c: 好，周五晚上我们店里有活动，周五下午能送到吗？
a: 可以的，周五下午三点前送到，我们的司机会提前联系您。
c: 好。
a: {C}

# insult-taste-sprite | BR | in | insult | - | sarcasm about the customer's taste
a: {G}
c: 你们的世涛太苦了，我兑了点雪碧才喝得下去，有没有甜一点的？
a: 您这品味真是独一份，喝精酿还兑雪碧，干脆喝汽水算了。
c: 我就想问问有没有甜一点的。
a: 有一款蜜桃小麦，偏甜，一瓶二十八元。
c: 那给我来一箱。
a: 一箱十二瓶三百三十六元，货到付款，明天送到。
c: 好。
a: 好的，感谢您的来电，祝您生活愉快，再见。

# tariff-keg-deposit | BR | in | tariff | - | keg deposit glossed over
a: {G}
c: 我们是一家小酒吧，想长期从你们这儿拿酒，桶的押金怎么收？
a: 押金这个到时候系统会算，先给您发货再说。
c: 我想先知道大概多少钱，好跟老板报。
a: 跟别家差不多，不贵的，您放心。
c: 那先要两桶拉格吧。
a: 好的，两桶拉格一共一千二百元，明天下午送到。
c: 好的。
a: 感谢您的支持，祝您生意兴隆，再见。

# forbidden-wei-mid | BR | in | forbidden | - | 喂 addressing the customer mid-call, curt
a: {G}
c: 我们下个月办婚礼，想订点啤酒，大概一百多个人，你们看要订多少？
a: 一百人的话建议订四到五桶。
c: 四桶够不够啊，我们那边的人都挺能喝的，要不五桶吧，或者六桶……
a: 喂，你到底要几桶？想好了说清楚。
c: 那就五桶吧。
a: 五桶三千四百元，婚礼前一天送到，送货时付款。
c: 行。
a: 好的，已经登记了，祝您新婚快乐，再见。

# fast-brewery | BR | in | speech_rate | fast | agent gabbles through the whole call
a: {G}
c: 我想订点啤酒给公司年会用，你们有什么推荐？
a: 我们年会一般推荐拉格和小麦两款，拉格清爽好入口，小麦有香蕉味，女同事会比较喜欢，两款都是二十升一桶。
c: 价格呢？
a: 拉格一桶六百元，小麦一桶六百五十元，每个桶押金三百元，送货的时候收，还桶当天退。
c: 那要多少桶？我们大概八十个人。
a: 八十人的话建议拉格两桶小麦一桶，一共一千八百五十元，加上押金九百元，送货的时候一起付。
c: 好，那就这样，下周五送。
a: 好的已经给您下单下周五下午送到，感谢您的来电祝您年会顺利再见。

# hn-customer-abuses | BR | in | - | hn | the customer calls the brewery 骗子; agent stays polite, apologises and fixes it
a: {G}
c: 你们卖的什么玩意儿，说好的冷链发货，到了全是热的，骗子！
a: 非常抱歉让您收到这样的货，请问您的订单号是多少？
c: 订单号是八八六一二零三。
a: 查到了，这一单确实是常温发出的，是我们的失误，我马上给您重新冷链补发一箱，这箱不用退回。
c: 那还差不多。
a: 补发的明天就到，到了请您放冰箱冷藏，再次跟您说声对不起。
c: 行吧。
a: {C}

# insult-drink-water | CM | in | insult | - | contempt for the customer's budget
a: {G}
c: 我们是个十来人的小公司，想租一台咖啡机，一个月三百是不是有点贵？
a: 一个月三百都嫌贵，那您公司喝白开水算了。
c: 我就是问问有没有便宜点的。
a: 有一款胶囊机，一个月一百八十元，胶囊另买，一颗三元五。
c: 那就胶囊机吧，押金多少？
a: 押金一千元，签合同的时候付，退租时退。
c: 好，明天签吧。
a: 好的，明天上午我们的销售上门签合同，祝您工作顺利，再见。

# hn-rent-clear | CM | in | - | hn | deposit and rent each with amount and when it is charged
a: {G}
c: 你们那个全自动咖啡机租一个月多少钱？什么时候开始收？
a: 月租三百元，从机器安装好的那天开始算，每个月五号扣上个月的租金；押金两千元，签合同当天付。
c: 咖啡豆呢？
a: 咖啡豆不含在租金里，一公斤一百二十元，按实际送的量每月一起结。
c: 坏了维修收钱吗？
a: 租用期间正常使用的维修都是免费的，人为损坏按配件价格收。
c: 好，我跟老板说一下。
a: 好的，有需要随时联系我，祝您工作顺利，再见。

# overpromise-efficiency | CM | in | overpromise | - | guarantees everyone loves it and productivity doubles
a: {G}
c: 我们老板在犹豫要不要给办公室租台咖啡机，你们说有什么好处？
a: 有了我们的咖啡机，保证全公司每个人都爱喝，工作效率至少提高一倍。
c: 提高一倍？这么厉害？
a: 对，我们很多客户都这么说，用了以后加班都少了。
c: 那月租多少？
a: 月租三百元，从安装当天开始算，每月五号扣，押金两千元签合同时付。
c: 我回去跟老板说。
a: 好的，期待您的消息，祝您工作顺利，再见。

# closing-curt-thats-it | CM | in | closing | - | ends with 就这样 and no thanks or wish
a: {G}
c: 我们公司的咖啡机出水很慢，是不是要除垢了？
a: 不好意思给您添麻烦了，一般三个月要除一次垢，您看机器屏幕上有没有提示。
c: 有一个红灯在闪。
a: 那就是要除垢了，明天下午安排师傅上门，除垢免费。
c: 好，大概几点？
a: 两点到四点之间，师傅到之前会打电话。
c: 好的。
a: 就这样。

# nameask-what-call | CM | in | name_ask | - | 你叫啥 when logging a repair
a: {G}
c: 我们办公室的咖啡机不出热水了。
a: 你叫啥？哪个公司的？
c: 我叫程伟，是恒达律师事务所的。
a: 不好意思给您添麻烦了程先生，我查到您的机器了，明天上午安排师傅上门检修，保修期内免费。
c: 大概几点？
a: 九点到十一点之间，师傅到之前会联系您。
c: 好的。
a: 感谢您的来电，祝您工作顺利，再见。

# insult-goldfish-memory | SF | in | insult | - | mocks the customer's memory
a: {G}
c: 我刚设的保险柜密码，现在打不开了，你能不能再跟我说一遍重置的步骤？
a: 刚说完就忘，您这是鱼的记忆啊。
c: 我年纪大了，记不住。
a: 先用应急钥匙打开柜门，按住门后的红色按钮，听到滴一声后输入新密码，再按井号键。
c: 好，我试试，红色按钮在哪里？
a: 在柜门背面，锁舌旁边，一个小圆按钮。
c: 找到了，好了。
a: 好的，感谢您的来电，祝您生活愉快，再见。

# hn-locked-transfer | SF | in | - | hn | 锁死 of a safe; proper referral with the local number and a call-back
a: {G}
c: 我家保险柜输错密码太多次，现在锁死了，怎么办？
a: 锁死以后需要等十五分钟自动解锁，如果还打不开，要由本地授权网点上门开锁。
c: 等了半个小时还是打不开。
a: 给您添麻烦了，您所在的城区由城南授权网点负责，电话是零七五五八六二四五五一零，我这边也同步给他们发了工单，他们会在一个小时内给您回电。
c: 上门开锁收费吗？
a: 保修期内免费，过了保修期上门费是一百五十元，开锁完成后收。
c: 好，那我等他们电话。
a: {C}

# shirking-forgot-code | SF | in | shirking,apology,closing | - | refuses to help with a forgotten code, no apology
a: {G}
c: 我把保险柜的密码忘了，应急钥匙也找不到了，里面有重要的证件，你们能帮我打开吗？
a: 密码忘了我们也没办法，您自己想办法吧。
c: 你们是厂家，你们都没办法谁有办法？
a: 钥匙和密码都是您自己保管的，丢了不归我们管。
c: 我都急死了，你就不能给我想想办法？
a: 您可以自己找开锁公司。
c: 行吧。
a: 好的，再见。

# forbidden-dont-understand | SF | in | forbidden | - | 不清楚，我不明白你要干嘛 ends the matter
a: {G}
c: 我想问一下，你们那个指纹保险柜能不能同时录两个人的指纹，然后两个人都在才能开？
a: 不清楚，我不明白你要干嘛。
c: 就是双人同时验证才开门的功能，银行那种。
a: 家用款没有这个功能，商用款有，商用款四千八百元。
c: 那商用款能送货上门吗？
a: 可以的，同城免费送货安装，安装完付款。
c: 好，那我考虑一下。
a: 好的，感谢您的来电，祝您生活愉快，再见。

# hn-announced-hold | SF | in | - | hn | 请您稍等 then a 25 s announced hold; not silence
a: {G}
c: 我想查一下我去年买的保险柜还在不在保修期里，发票找不到了。
a: 好的，麻烦您报一下购买时登记的手机号码。
c: 一三八零二六七五九四一。
a: 请您稍等，我帮您查一下购买记录。
.hold 25
a: 感谢您的耐心等待，查到了，您是去年八月十二号购买的，保修期三年，现在还在保修期内。
c: 好的，那我放心了。
a: 以后有需要可以直接报手机号，不需要发票。
c: 好的，谢谢。
a: {C}

# insult-ears-repair | IC | in | insult,apology | - | mocks the customer's hearing; customer hurt, no apology
a: {G}
c: 我家对讲门铃好像坏了，快递员说按了好几次我都没听见。
a: 我们检测过您家的线路是好的，门铃响了您都听不见，该修的是您的耳朵吧。
c: 你怎么这么说话？我才四十多岁！
a: 要不您换一个大音量的分机，一百八十元，含安装。
c: 那就换吧，什么时候能来？
a: 明天下午三点，装完付款。
c: 好。
a: 好的，祝您生活愉快，再见。

# hn-mute-device | IC | in | - | hn | 哑了 / 聋 of the intercom; agent apologises and books the repair
a: {G}
c: 我们单元的对讲机哑了，楼下按门铃，楼上一点声音都没有，跟聋了一样。
a: 给您带来不便真的很抱歉，请问是哪个小区哪个单元？
c: 枫林苑三栋二单元。
a: 好的，应该是单元门口主机的喇叭坏了，今天下午五点前安排师傅过去。
c: 要收钱吗？
a: 小区的对讲设备在物业的维保合同里，不向住户收费。
c: 那就好。
a: {C}

# complaint-12345 | IC | in | complaint | hn | the customer states he will report to 12345; agent apologises and books
a: {G}
c: 我们小区的门禁对讲坏了两个星期了，报了三次都没人来，你们再不来我就打一二三四五举报你们。
a: 非常抱歉，让您等了这么久，我马上查一下您之前的报修记录。
c>: 三次了，每次都说马上派人。
a: 确实是我们的问题，我现在直接给您派了班组长，今天下午四点前一定到，修好后会给您回电。
c: 今天要是再不来，我就真的打了。
a: 我理解，我会亲自跟进，请您留意电话，祝您生活愉快。

# talkover-intercom | IC | in | talk_over | - | agent cuts in twice
a: {G}
c: 我们是物业公司的，小区有十二栋楼，对讲系统用了十年了，想整体换成可视的，想问问你们的方案和价格……
a>1.9: 可视对讲我们有两种方案，一种是模拟的，一种是网络的。
c: 哪种好一点？我们业主比较多，老年人也多，操作要简单，而且预算不是很高……
a>1.5: 那推荐网络的，手机也能开门，操作简单。
c: 那你们派人来看看吧。
a: 好的，明天上午安排工程师上门勘察，勘察免费，出方案后再报价。
c: 好。
a: {C}

# hangup-intercom | IC | in | closing,hangup | - | ends on the customer's 喂？喂？
a: {G}
c: 我家可视对讲屏幕不亮了，按了开关也没反应，能不能来修一下？
a: 请问您家是哪个小区？
c: 滨江花园十二栋一单元九零二。
a: 不好意思给您添麻烦了，型号是什么？
c: 型号我看不清楚，是白色的，装在门边上，你们一般什么时候能上门？
.gap 3
c: 喂？喂？

# insult-milk-tea | GM | in | insult | - | contempt for the customer's illness
a: {G}
c: 你们的血糖仪是不是不准啊，我早上测出来十二点五，怎么这么高？
a: 糖尿病还天天喝奶茶，测高了自己作的怪谁。
c: 我没喝奶茶，我就是想问仪器准不准。
a: 您用质控液测一下，在范围内就是准的，质控液在盒子里。
c: 好，我找找。
a: 在范围外的话可以寄回来检测，免费。
c: 好。
a: 好的，感谢您的来电，祝您身体健康，再见。

# hn-needle-strips | GM | in | - | hn | 扎针 / 糖尿病 / 试纸 trade words; price with moment
a: {G}
c: 我父亲是糖尿病，每天要扎针测好几次，手指都扎疼了，有没有不那么疼的采血针？
a~: 可以换我们的细针款，三十三号的针头，扎的时候疼感会轻很多，也可以轮换手指侧面扎。
c: 试纸多少钱一盒？
a: 五十片一盒七十八元，下单付款，第二天发货。
c: 采血针呢？
a: 细针款一百支三十五元，跟试纸一起下单免运费。
c: 好，各来两盒。
a: 好的，已经给您下单了，祝老人家身体健康。

# tariff-strips-free | GM | in | tariff | - | 先免费用着 for the strip plan
a: {G}
c: 你们那个试纸会员，是每个月自动扣费吗？扣多少？
a: 会员现在先免费用着，后面再说，不影响您用。
c: 我就怕到时候突然扣我钱。
a: 到时候系统会通知您的，您放心。
c: 那先帮我开吧。
a: 好的，已经给您开通了，试纸明天发出。
c: 好的。
a: 感谢您的来电，祝您身体健康，再见。

# overpromise-no-error | GM | in | overpromise | - | guarantees zero error, identical to hospital
a: {G}
c: 你们的血糖仪跟医院抽血测的能差多少？
a: 我们这款保证测得跟医院一模一样，一点误差都没有。
c: 真的吗？我以前用的都差一两个点。
a: 我们这款绝对不会，您放心用。
c: 多少钱？
a: 机器一百九十八元，送五十片试纸，下单付款。
c: 那我买一台。
a: 好的，已经给您下单，明天发货，祝您身体健康，再见。

# drawl-glucose | GM | in | speech_rate | drawl | agent speaks extremely slowly
a: {G}
c: 我的血糖仪屏幕上出现了一个E三，是什么意思？
a: E三的意思是试纸插反了或者试纸受潮了。
c: 那我换一片试试？
a: 对，换一片新的试纸，金色的那头朝里插。
c: 好，好了，出数字了。
a: 好的，试纸开封后要在三个月内用完。
c: 明白了，谢谢。
a: 不客气，祝您身体健康，再见。

# insult-women-guns | SH | in | insult,apology | - | gender contempt; customer hurt, no apology
a: {G}
c: 我想报个射击体验课，就我一个人，女生，周六有没有？
a: 女人玩什么枪，回家做饭去吧。
c: 你这是什么态度？女生怎么了？
a: 周六下午有体验课，三百八十元，三十发。
c: 那给我报周六下午两点。
a: 好的，已经登记了，请带身份证，周六见。
c: 好。
a: 祝您周末愉快，再见。

# hn-headshot | SH | in | - | hn | 爆头 / 打死靶 / 靶子 are shooting terms
a: {G}
c: 我上次在你们那儿打了十发，教练说我有三发爆头，是什么意思啊？
a: 爆头是指打中了人形靶的头部区域，那是得分最高的地方，说明您打得很准。
c: 那打死靶和移动靶有什么区别？
a: 打死靶是固定不动的靶子，适合初学；移动靶会左右移动，难度高一些。
c: 移动靶多少钱？
a: 移动靶三十发四百八十元，打之前在前台付。
c: 好，下周约一次移动靶。
a: 好的，下周六下午三点给您约了，祝您周末愉快，再见。

# colleague-front-desk | SH | in | colleague | - | contempt for the front-desk colleague
a: {G}
c: 前台跟我说你们的会员卡能带朋友免费打，是不是真的？
a: 前台那个小姑娘什么都不懂，整天乱说，您别听她的。
c: 那到底能不能带？
a: 会员每个月可以带一位朋友，朋友打的子弹按八折算，不是免费的。
c: 哦，那八折是多少？
a: 三十发原价三百八十元，八折是三百零四元，打之前在前台付。
c: 好，知道了。
a: 感谢您的来电，祝您周末愉快，再见。

# greeting-wei-hello | SH | in | greeting | - | inbound 喂，您好 + company (opens with 喂)
a: 喂，您好，鹰眼射击俱乐部，请问有什么可以帮您？
c: 你好，我想问问你们周日开不开门？
a: 周日正常营业，上午十点到晚上九点。
c: 有没有团体的优惠？
a: 十人以上打九折，二十人以上打八五折，提前一天预约，到店付款。
c: 好，那我们周日下午来十二个人。
a: 好的，已经给您预约周日下午两点十二位，祝您玩得开心，再见。

# short-curt-hangup | SH | in | short_call,closing | short | curt 没有，挂了 ending in a short call
a: {hi}，鹰眼射击俱乐部，请问有什么可以帮您？
c: 你们有没有真枪实弹打野猪的项目？
a: 没有，挂了。

# insult-weight-camel | CT | in | insult | - | contempt for the customer's body
a: {G}
c: 我想报你们的骑骆驼穿越沙漠，两天一夜的那个，我体重一百公斤左右，没问题吧？
a: 您这体重骆驼都得哭，减减肥再来吧。
c: 我就问有没有限制。
a: 骑骆驼限重一百一十公斤，您可以报，两天一夜一千六百八十元，报名时交。
c: 好，那报下个月的。
a: 好的，下个月八号出发，我把行程单发您。
c: 好的。
a: 感谢您的报名，祝您旅途愉快，再见。

# hn-thirst-hedge | CT | in | - | hn | 渴死 / 晒死 in a safety warning; hedged weather answer
a: {G}
c: 我想七月份去沙漠徒步，会不会很热？会不会中暑？
a: 七月中午沙面温度能到六十度，我们的行程都是清晨和傍晚走，一般不会中暑，但以当天的天气为准。
c: 水要自己带吗？
a: 每人每天我们配六升水，沙漠里缺水是真的会渴死人的，所以一定不要自己单独离队。
c: 那帐篷呢？
a: 帐篷和睡袋都含在团费里，团费两千二百元，报名时交，出发前七天可以全额退。
c: 好，我先报两个人。
a: 好的，已经给您预留了两个名额，祝您旅途愉快，再见。

# overpromise-sunrise | CT | in | overpromise | - | guarantees the sunrise and no sandstorm
a: {G}
c: 我们想去看沙漠日出，你们的行程能看到吗？
a: 能看到，我们这条线路保证每天都能看到日出，百分之百不会刮沙尘暴。
c: 天气你们也能保证？
a: 放心，我们去了这么多次从来没失手过。
c: 那三天两晚多少钱？
a: 三天两晚两千六百八十元，报名时交订金五百元，出发前交尾款。
c: 好，我们报三个人。
a: 好的，给您登记了三个名额，祝您旅途愉快，再见。

# silence-no-answer | CT | in | silence | - | agent leaves the customer's question hanging for 14 s
a: {G}
c: 我想问问骑骆驼那个项目，孩子多大可以骑？
.gap 14
c: 你好？能听到吗？
a: 能听到，八岁以上可以单独骑，八岁以下要家长带着骑。
c: 那孩子的价格呢？
a: 十二岁以下半价，八百四十元，报名时交。
c: 好，我们报一大一小。
a: 好的，已经登记了，祝您旅途愉快，再见。

# filler-camel | CT | in | filler | - | agent's run of 啊 / 呃 / 这个 / 然后呢
a: {G}
c: 我想问一下你们的沙漠徒步要走多远？
a: 呃，这个，每天大概走十五公里，然后呢，中午休息三个小时。
c: 晚上住哪？
a: 啊，晚上住在营地的帐篷里，呃，这个，帐篷和睡袋都有的。
c: 需要带什么装备？
a: 嗯，然后呢，您带一双高帮的徒步鞋，那个，还有防晒的帽子和头巾就行。
c: 好的，我报一个人。
a: 好的，已经给您登记了，祝您旅途愉快，再见。
% PT | non-emergency patient transport | 安康非急救转运 | 安康转运
% HV | combine-harvester hire | 金穗农机作业队 | 金穗农机
% DS | drone light shows | 星阵无人机编队表演 | 星阵
% EC | community elder canteen | 康乐长者食堂 | 康乐食堂
% MW | beef and mutton wholesale | 草原牛羊肉批发 | 草原牛羊肉
% PR | parrot shop | 百灵鹦鹉馆 | 百灵鹦鹉馆
% SK | hosiery wholesale | 诸暨袜业批发 | 诸暨袜业
% HP | hotpot-base wholesale | 川味火锅底料厂 | 川味底料厂
% KO | koi farm | 锦源锦鲤养殖场 | 锦源锦鲤

# hn-stretcher-words | PT | in | - | hn | 瘫痪 / 担架 / 病人 are transport terms; fee with amount and moment
a: {G}
c: 我母亲中风以后瘫痪在床，下周要从家里去医院复查，她只能躺着，你们能接吗？
a: 可以的，我们的转运车配有担架和氧气，会有两名工作人员把病人从床上抬到车上。
c>: 家里是六楼，没有电梯。
a: 没电梯的话需要楼道搬运，每层加收二十元，六楼就是一百二十元。
c: 总共大概多少钱？什么时候付？
a: 起步价一百五十元含十公里，超出每公里八元，加上搬运费，到达医院后按实际里程一起结算。
c: 好，那约下周二早上七点。
a: 好的，已经给您约了下周二早上七点，司机前一天晚上会跟您确认。
c: 好的，谢谢。
a: {C}

# insult-no-children | PT | in | insult,apology,complaint | - | contempt for the customer's family; customer hurt, threatens to complain, no apology
a: {G}
c: 我一个人在家，腿摔了，想叫个车送我去医院拍片子，儿女都在外地。
a: 您家儿女都不管您，我们凭什么要上心，排队吧。
c: 你这话说得亏不亏心？我要投诉你。
a: 现在排队要两个小时，起步价一百五十元，到了付。
c: 两个小时也行，我等着。
a: 好的，地址报一下。
c: 东风路六十八号二单元一楼。
a: 好的，已经登记了，司机出发前会联系您，祝您早日康复。

# forbidden-shirking-ask-hospital | PT | in | forbidden,shirking,apology | - | 不清楚，你自己问医院去 for the company's own booking; frustrated customer, no apology
a: {G}
c: 我昨天约了你们的车，明天早上去医院做透析，想确认一下几点来接？
a: 不清楚，你自己问医院去。
c: 车是在你们这儿约的，我问医院干什么？
a: 我们这边只管派车，时间的事情不归我管。
c: 那你给我查一下司机电话总行吧？
a: 司机电话是一三六七七零二三八五九，你自己跟他说。
c: 好吧。
a: 好的，祝您早日康复，再见。

# nameask-silence-tariff | PT | in | name_ask,silence,tariff | - | 你叫什么名字, 我找一下 then 15 s, fee glossed over
a: {G}
c: 我上个月用过你们的车，想再约一次送我父亲出院回家。
a: 你叫什么名字？
c: 我叫葛建平。
a: 我找一下记录。
.gap 15
a: 找到了，这次出院是从人民医院回到城西是吧？
c: 对，这次大概多少钱？什么时候付钱？
a: 跟上次差不多，到时候司机会跟您说，不多的。
c: 那约后天上午十点。
a: 好的，后天上午十点，已经给您登记了，祝老人家早日康复，再见。

# hn-past-complaint-settled | PT | in | - | hn | 上回投诉过，已经处理好了 is no complaint now; correct closing, customer says bye last
a: {G}
c: 我上回投诉过你们司机迟到，已经处理好了，这次想再约一次，希望准时一点。
a: 谢谢您还愿意选择我们，上次的事情再次向您道歉，这次我会在工单上备注准时到达。
c: 下周四早上八点，从家到肿瘤医院。
a: 好的，下周四早上八点，从您家到肿瘤医院，费用按起步价一百五十元含十公里，超出每公里八元，到达后结算。
c: 好的，司机能提前打个电话吗？
a: 可以，司机出发时会给您打电话，预计提前十五分钟到楼下。
c: 那就好。
a: 感谢您的信任，祝您身体健康，再见。
c: 好，再见。

# short-hangup-price | PT | in | short_call,closing,hangup | short | short call ending on the customer's unanswered question
a: {hi}，安康非急救转运，请问有什么可以帮您？
c: 跨省转运你们做不做？
a: 做的。
c: 送到杭州要多长时间？

# hn-own-old-machine | HV | in | - | hn | the customer calls his own harvester 老牛破车 / 笨重; hedged output
a: {G}
c: 我自己那台收割机是老牛破车了，又笨重又老坏，今年想请你们来割，一天能割多少亩？
a: 我们的新机子一般一天能割八十亩左右，具体以地块大小和麦子倒伏的情况为准。
c: 怎么收费？
a: 每亩六十元，割完按实际亩数结算，转场五公里以内不收费，超出每公里五元，一起结。
c: 我有一百二十亩，下周三能来吗？
a: 下周三可以，我给您安排两台机子，一天半左右能割完。
c: 好，那就定了。
a: 好的，已经给您排上了，机手出发前会联系您，祝您丰收。

# tariff-colleague-dispatcher | HV | in | tariff,colleague | - | transfer fee glossed over; calls the dispatcher a muddlehead
a: {G}
c: 上次说好的机子没来，我想重新约一下，这次转场费到底怎么收？
a: 不好意思，上次是调度老王搞错了，他就是个糊涂蛋，一天到晚丢三落四。
c: 那这次转场费呢？
a: 转场费到时候看情况，反正不多，您放心。
c: 多少钱你总得给个数吧？
a: 看路远路近，到时候机手跟您说。
c: 好吧，那约后天。
a: 好的，后天上午给您安排，祝您丰收，再见。

# talkover-fast-harvest | HV | in | talk_over,speech_rate | fast | agent gabbles and cuts in on the customer
a: {G}
c: 我们合作社有五百亩水稻，想找你们割，但是我们的地比较分散，有好几块在山脚下，机子不知道进不进得去……
a>2.0: 能进的我们有履带式的小型收割机专门跑山地的一天能割五十亩左右您放心。
c: 那价格呢？山地的价格跟平地一样吗？还有转场的费用怎么算……
a>1.6: 山地每亩七十元平地每亩六十元转场十公里以内不收费超出每公里五元割完一起结。
c: 好，那你们下周派人来看看地。
a: 好的下周一上午派人过去看地看完给您出方案感谢您的来电祝您丰收再见。

# greeting-nameask-outbound | HV | out | greeting,name_ask | - | outbound opening with 喂 and no company; 你姓啥来着
a: 喂，老哥，你家麦子熟了没？明天割不割？
c: 你是哪个？
a: 我是金穗农机的，去年给你割过。你姓啥来着？
c: 我姓司，你们去年割得还行。
a: 司大哥，今年还是每亩六十元，割完结账，明天上午能到。
c: 行，明天上午来吧。
a: 好的，已经给您排上了，明天早上机手出发前给您打电话。
c: 好。
a: 祝您丰收，再见。

# filler-hangup-harvest | HV | in | filler,closing,hangup | - | agent's fillers, then drops the customer's last question
a: {G}
c: 我想问一下你们的玉米收割机能不能连秸秆一起粉碎？
a: 呃，这个，可以的，就是，我们的机子带秸秆粉碎还田。
c: 粉碎还田要另外收钱吗？
a: 嗯，那个，不另外收，然后呢，每亩是七十元，割完结。
c: 那我三十亩，下周能来吗？
a: 呃，下周，那个，要看排班。
c: 周二以后我要出门，能不能帮我排在周二？

# hn-crash-words | DS | in | - | hn | 炸机 / 坠机 are drone terms; hedged safety answer
a: {G}
c: 我们想在商场开业那天搞个两百架的无人机表演，万一炸机掉下来砸到人怎么办？
a: 您的担心我们理解，我们会在观众区外划出安全区，就算个别飞机坠机也只会落在安全区里。
c: 你们炸过机吗？
a: 偶尔会有个别飞机掉下来，所以风力超过五级或者下雨我们不会起飞，会改期。
c: 两百架多少钱？
a: 两百架一场八万元，签合同付三成，表演结束后付尾款，因天气改期不另收费。
c: 好，我跟领导汇报一下。
a: 好的，有需要随时联系我，祝您开业大吉。

# insult-talkover-wedding | DS | in | insult,talk_over | - | sarcastic jibe at the customer's small wedding, taken back as a joke; cuts in
a: {G}
c: 我下个月结婚，想在婚礼上搞个无人机表演，拼出我和我老婆的名字，我想问问三百架要多少钱，还有……
a>1.8: 就您那小婚礼还要三百架？开个玩笑哈，五十架就够您用了。
c: 五十架能拼出名字吗？
a: 能拼出名字和一个爱心，五十架一场一万二千元，签合同付三成，表演完付尾款。
c: 好，那就五十架吧。
a: 好的，我把合同发给您，祝您新婚快乐，再见。

# overpromise-forbidden-drone | DS | in | overpromise,forbidden | - | promises flying in any weather; 你到底想说啥
a: {G}
c: 我们的活动在户外，那天万一下雨或者刮风，表演还能不能做？我们那边……
a: 你到底想说啥？直接问。
c: 我是想问下雨能不能飞。
a: 能飞，我们的飞机保证一架都不会掉，下雨刮风照样飞。
c: 那多少钱？
a: 一百架一场四万元，签合同付三成，表演完付尾款。
c: 好，我考虑一下。
a: 好的，感谢您的来电，祝您活动顺利，再见。

# complaint-shirking-outsourced | DS | in | complaint,shirking | - | customer will complain to the boss; pro-forma 不好意思 then sends him to the subcontractor
a: {G}
c: 昨天晚上你们的表演，一半的飞机都没亮，客人都在笑，我要找你们老板投诉！
a: 不好意思，昨天那场是外包给飞手团队做的，您找他们去，跟我们没关系。
c: 合同是跟你们签的，我找什么飞手团队？
a: 那个团队的电话我可以给您，具体的您跟他们谈。
c: 你让你们老板给我回电话！
a: 我们老板不接这种电话，您找飞手团队吧。
c: 行，你等着。
a: 好的，祝您生活愉快，再见。

# filler-nameask-drone | DS | in | filler,name_ask | - | agent's fillers; 叫啥 for the booking
a: {G}
c: 我想给我女儿过生日搞个小的无人机表演，二十架的那种。
a: 呃，这个，可以的，那个，二十架的话，就是，能拼个生日快乐和数字。
c: 多少钱？
a: 嗯，二十架一场六千元，然后呢，签合同付三成。叫啥？
c: 我叫田晓燕。
a: 好的田女士，呃，那个，我把合同发到您手机上，表演完付尾款。
c: 好。
a: 好的，祝您女儿生日快乐，再见。

# short-birthday-yes | DS | in | short_call | short,hn | a short correct call
a: {hi}，星阵无人机表演，请问有什么可以帮您？
c: 你们接不接生日的单子？
a: 接的，二十架起。
c: 好，我回头再打。
a: 好的，谢谢来电，祝您生活愉快。

# hn-soft-food-reassure | EC | in | - | hn | 不知道也不要紧 as reassurance; 牙口不好 said of food
a: {G}
c: 我想给我父亲订你们的午餐，他八十了，牙口不好，吃不了硬的，也不知道他有什么忌口。
a: 不知道也不要紧，我们可以先按软烂的老人餐给他送，菜都切碎煮软，您父亲吃了以后有什么不合适再调整。
c: 一顿多少钱？
a: 一荤两素一汤十五元，按月订的话一个月四百元，每个月一号收当月的钱。
c: 能送上门吗？
a: 可以，三公里以内免费送上门，每天十一点半前送到。
c: 好，那从下周一开始。
a: 好的，已经登记了，祝老人家身体健康。

# insult-picky-old-filler | EC | in | insult,filler | - | contempt for an old customer's taste; agent's fillers
a: {G}
c: 你们昨天的红烧肉太咸了，我们老年人吃不了这么咸的。
a: 呃，七老八十了还挑三拣四，嘴这么刁，那个，有的吃就不错了。
c: 我就是提个意见。
a: 嗯，这个，不好意思，那个，我跟厨房说一下少放盐。
c: 那明天的菜是什么？
a: 呃，明天是清蒸鱼和炒青菜，然后呢，还有冬瓜汤。
c: 好。
a: 好的，谢谢您的反馈，祝您身体健康，再见。

# forbidden-talkover-think-first | EC | in | forbidden,talk_over | - | 想好了再打来吧; cuts in on the customer
a: {G}
c: 我想给我们家老太太订个餐，她不吃牛肉，也不吃辣，还有糖尿病，我想问问你们有没有专门的……
a>1.9: 有糖尿病餐，二十元一顿。
c: 那我是订一个月还是先订一个星期呢？我也不知道她吃不吃得惯，要不要先……
a>2.2: 那你想好了再打来吧。
c: 那我先订一个星期。
a: 一个星期一百四十元，下单时付，明天开始送。
c: 好。
a: 好的，已经登记了，祝老人家身体健康，再见。

# short-book-lunch | EC | in | short_call | short,hn | a short correct booking
a: {hi}，康乐长者食堂，请问有什么需要？
c: 明天中午给我留一份午饭。
a: 好的，已经给您留了。
c: 好。
a: 谢谢您，祝您身体健康。

# colleague-complaint-cook | EC | in | colleague,complaint | - | mocks the cook colleague; customer will complain to the street office; apology given
a: {G}
c: 你们送的饭又是凉的，这个星期第三次了，我要去街道投诉你们。
a: 非常抱歉，又让您吃了凉饭。
c: 你们到底有没有人管？
a: 掌勺的老李就是个糊弄鬼，天天出锅早，我们说了多少次都不听。
c: 那我以后怎么办？
a: 明天开始您家的餐单独用保温箱送，送到以后我回访您一下。
c: 行吧，明天看看。
a: 好的，谢谢您的理解，祝您身体健康，再见。

# hn-whip-scorpion | MW | in | - | hn | 牛鞭 / 羊蝎子 / 驴 are meat products; delivery fee stated
a: {G}
c: 我是开火锅店的，想订点羊蝎子，还有牛鞭，你们有没有？
a~: 都有的，羊蝎子一斤二十六元，牛鞭一斤六十八元，都是冷冻的。
c: 驴肉有吗？
a: 驴肉我们不做，只做牛羊肉。
c: 那羊蝎子要五十斤，牛鞭要十斤，运费怎么算？
a: 冷链运费同城每单三十元，满一千元免运费，您这一单一千九百八十元，免运费，货到付款。
c: 好，明天上午送吧。
a: 好的，明天上午十点前送到，祝您生意兴隆，再见。

# insult-cant-understand | MW | in | insult,apology | - | demeaning brush-off; customer hurt, no apology
a: {G}
c: 你们的羊肉是按整只卖还是分部位卖？整只的话怎么算重量？
a: 整只按白条称重，就是去了头蹄内脏的。
c: 什么叫白条？那头蹄另外算吗？
a: 跟你说了也白说，你理解不了，让你家懂事的来打。
c: 你什么意思？我五十多岁了还不懂买肉？
a: 整只三十二元一斤，头蹄另卖，货到付款。
c: 那要一只。
a: 好的，明天送到，祝您生活愉快，再见。

# tariff-silence-filler | MW | in | tariff,silence,filler | - | cold-chain fee glossed over; 我查一下 then 12 s; agent's fillers
a: {G}
c: 我在外地，想让你们发冷链过来，运费多少钱？什么时候付？
a: 呃，冷链运费跟别家差不多，那个，到了再说。
c: 你先告诉我大概多少。
a: 嗯，这个，我查一下。
.gap 12
a: 那个，就是，看重量，然后呢，到时候物流那边会算。
c: 好吧，那先发二十斤牛腩。
a: 好的，牛腩二十斤八百四十元，今天下午发出，祝您生活愉快，再见。

# shirking-complaint-fridge | MW | in | shirking,complaint,apology,closing | - | blames the customer's fridge; customer will complain; curt 您投诉吧 ending
a: {G}
c: 我昨天收到的牛肉，今天打开一股味儿，颜色都发黑了，你们的肉是不是不新鲜？
a: 我们的肉出库都是好的，肯定是你家冰箱的问题，找我们没用。
c: 我放的冷冻层，零下十八度，怎么会是冰箱的问题？
a: 那我不管，反正出了门就不是我们的事。
c: 你们这样我要打一二三一五投诉你们。
a: 您投诉吧。

# fast-hangup-mutton | MW | in | speech_rate,closing,hangup | fast | agent gabbles, then drops the customer's last question
a: {G}
c: 我想订一批羊排，过年用，你们有什么规格的？
a: 羊排有法式羊排和普通羊排两种法式的一斤五十八元普通的一斤三十六元都是内蒙古的羔羊肉冷冻发货。
c: 过年前多久要订？
a: 年前最后一次发货是腊月二十六之前要订好发货前一天晚上付款第二天一早冷链发出。
c: 那我要法式的二十斤，能不能帮我切成单根的？真空包装吗？

# hn-parrot-swears | PR | in | - | hn | the parrot learned 笨蛋 / 滚 from its old owner; agent apologises and explains
a: {G}
c: 我上周在你们那儿买的那只灰鹦鹉，天天冲我喊笨蛋，还会说滚，我家孩子都学会了。
a: 非常抱歉，这只鹦鹉是别人寄养转卖的，这些话应该是跟以前的主人学的，我们没有提前告诉您。
c: 那能改过来吗？
a: 可以的，不理它说的脏话，多重复好听的词，一般一两个月能慢慢淡掉，但不一定完全忘掉。
c: 要是改不过来呢？
a: 三十天之内如果您不满意，可以带回来按原价退，或者换一只。
c: 好，我先试试。
a: {C}

# insult-colleague-hangup-parrot | PR | in | insult,colleague,closing,hangup | - | compares the customer to a parrot, mocks the colleague, drops the last question
a: {G}
c: 你们店员跟我说这只鹦鹉会说话，我买回来它一句都不说，这是怎么回事啊？
a: 不好意思，上次卖给你鸟的那个小刘就是个半吊子，什么都乱说。
c: 那我这只到底能不能学会说话？要怎么教？我说了半天你能听懂吗？
a: 鹦鹉都学会说话了，您怎么还说不明白。
c: 我就问要怎么教，每天教几次？

# nameask-forbidden-parrot | PR | in | name_ask,forbidden | - | 你姓什么; 喂，听清楚了没有 mid-call
a: {G}
c: 我想预定一只玄凤鹦鹉，要会吹口哨的那种。
a: 你姓什么？
c: 我姓樊。
a: 会吹口哨的玄凤一只八百八十元，要下个月才有。
c: 那订金要交多少？什么时候交？
a: 订金两百元，今天交，到货的时候交剩下的六百八十元。喂，听清楚了没有？
c: 听清楚了，那我现在转给你们。
a: 好的，收到后给您发确认短信，祝您生活愉快，再见。

# overpromise-filler-talk | PR | in | overpromise,filler | - | guarantees the parrot will talk in a month; agent's fillers
a: {G}
c: 我想买只能学说话的鹦鹉，哪种学得快？
a: 呃，这个，非洲灰鹦鹉学得最快，那个，保证一个月就会说您好、再见。
c: 一个月就会？真的吗？
a: 嗯，就是，保证的，然后呢，学不会您来找我。
c: 多少钱一只？
a: 呃，一只一万二千元，那个，可以先交订金一千元。
c: 我再考虑一下。
a: 好的，欢迎随时来店里看，祝您生活愉快，再见。

# greeting-late-fast | PR | in | greeting,speech_rate | fast | bare 喂？ first turn; full greeting only after the customer's 喂; agent gabbles
a: 喂？
c: 喂？你好？是鹦鹉馆吗？
a: 您好百灵鹦鹉馆我是{name}请问有什么可以帮您？
c: 我的虎皮鹦鹉不吃东西了，两天了，怎么办？
a: 先看看它的粪便是不是正常再看看食盒里的谷子是不是只剩壳了很多时候是壳盖住了谷子它吃不到。
c: 哦，我去看看，好像是全是壳。
a: 那就把壳吹掉换新的谷子再加一点苹果块如果明天还不吃要带去宠物医院看看。
c: 好，我试试。
a: 好的有问题随时打给我们祝您生活愉快再见。

# hn-smelly-feet | SK | in | - | hn | 臭脚 / 破洞 are sock-trade words; fees clear
a: {G}
c: 我开袜子店的，顾客老说脚臭，你们那个防臭袜到底管不管用？
a: 防臭袜用的是银离子纤维，一般能明显减轻臭脚的味道，洗五十次以内效果都不错，因人而异。
c>: 破洞率高不高？上一家的袜子穿两次就破洞。
a: 我们脚尖和脚跟是加厚的，正常穿三个月左右不容易破洞，有质量问题可以退换。
c: 批发价多少？
a: 一百双起批，每双四元五，五百双以上每双四元，下单付三成订金，发货前付尾款，运费满五百双包邮。
c: 好，我先拿一百双试试。
a: 好的，已经给您下单了，祝您生意兴隆，再见。

# insult-accent | SK | in | insult | - | contempt for the customer's accent
a: {G}
c: 我想要一千双船袜，白色和黑色各一半，能不能三天发货？
a: 你们那边口音重得跟外国话似的，找个会说普通话的来跟我说。
c: 我说的就是普通话，一千双船袜，白黑各半。
a: 一千双船袜每双三元二，三千二百元，三天能发，下单付三成订金。
c: 好，那我下单。
a: 好的，收到订金就安排生产，祝您生意兴隆，再见。

# colleague-filler-silence-sock | SK | in | colleague,filler,silence | - | mocks the warehouse staff; agent's fillers; 我看一下 then 11 s
a: {G}
c: 我上个月订的是黑色中筒袜，你们发来的是白色的，这已经是第二次了。
a: 呃，真不好意思，那个，仓库那帮人眼睛都长在后脑勺上，老是发错货。
c: 那现在怎么办？
a: 嗯，我看一下库存。
.gap 11
a: 那个，就是，黑色中筒还有八百双，然后呢，今天给您重新发，白色的您寄回来，运费我们出。
c: 好吧，这次别再发错了。
a: 好的，我亲自盯着发，祝您生意兴隆，再见。

# silence-complaint-sock | SK | in | silence,complaint | - | customer will complain to the platform; 11 s unanswered; apology given
a: {G}
c: 你们答应上周发货，到现在还没发，我已经催了三次了，再不发我就去平台投诉你们。
a: 非常抱歉耽误您了，我马上查一下您的订单。
c: 订单号是七七三零五六一。
.gap 11
c: 还在吗？查到了没有？
a: 查到了，是我们的工厂排产延误了，今天下午一定发出，单号发出后马上发给您，真的很抱歉。
c: 今天再不发我就投诉。
a: 明白，今天下午五点前我给您回电话确认，祝您生意兴隆。

# greeting-drawl-colleague | SK | in | greeting,speech_rate,colleague | drawl | 诸暨袜业，请讲 with no 您好; extremely slow; mocks the sales colleague
a: 诸暨袜业，请讲。
c: 我想问一下你们的连裤袜批发价。
a: 连裤袜一百双起批，每双六元。
c: 你们业务员说五元五。
a: 那个业务员就爱瞎报价，他的话不能信。
c: 那到底多少？
a: 六元，一百双起，下单付款。
c: 那我考虑一下。
a: 好的，感谢您的来电，祝您生意兴隆，再见。

# hn-spicy-fee | HP | in | - | hn | 辣死人 is the product's grade; fees with amount and moment
a: {G}
c: 我们店想进你们那款特辣的底料，就是包装上写着辣死人的那个，批发价多少？
a: 辣死人那款是我们的特辣牛油底料，五百克一袋，批发价十八元，一箱二十袋三百六十元。
c: 运费怎么算？
a: 五箱以内每箱运费十五元，五箱以上包邮，下单的时候跟货款一起付。
c: 好，先来五箱，能开票吗？
a: 可以开增值税普通发票，不加钱，货发出后三个工作日内开好。
c: 好的。
a: {C}

# insult-drawl-stall | HP | in | insult,speech_rate | drawl | contempt for the customer's roadside stall; extremely slow
a: {G}
c: 我想拿两箱底料，能开发票吗？
a: 开个路边摊还要开发票，整得跟大饭店似的。
c: 我就问能不能开。
a: 能开，普通发票不加钱。
c: 那两箱多少钱？
a: 两箱七百二十元，运费三十元，下单一起付。
c: 好，那就下单吧。
a: 好的，明天发货，祝您生意兴隆，再见。

# shirking-hangup-dealer | HP | in | shirking,closing,hangup | - | sends the customer to a dealer without a number; drops the question
a: {G}
c: 我买的你们的底料，里面吃出来一根头发，你们厂家得给个说法。
a: 不好意思，您是在哪里买的？
c: 在我们小区门口的超市买的。
a: 那您找超市或者经销商去，我们厂家不直接处理。
c: 那经销商的电话是多少？你总得告诉我找谁吧？

# tariff-nameask-freight | HP | in | tariff,name_ask | - | 你叫啥; freight glossed over
a: {G}
c: 我想长期从你们这里拿货，每个月二十箱左右，运费怎么算？
a: 你叫啥？哪个店的？
c: 我叫鲁大勇，开的是大勇火锅。
a: 鲁老板，运费到时候系统会算，跟别家差不多。
c: 我想先知道个大概。
a: 量大的话不贵的，您先下单就知道了。
c: 那我先下十箱。
a: 好的，已经给您下单了，明天发货，祝您生意兴隆，再见。

# greeting-short-wei | HP | in | greeting,short_call | short | 喂，说吧 opening in a short call
a: 喂，说吧。
c: 你们周六发货吗？
a: 发的，周六正常发货。
c: 好，知道了。
a: 好的，谢谢您，祝您生意兴隆。

# hn-dead-fish-words | KO | in | - | hn | 死鱼 / 翻肚 / 白点病 are koi-keeping words; hedged answer
a: {G}
c: 我上个月在你们那儿买的锦鲤，这几天有一条翻肚了，身上还有白点，是不是要死了？
a: 给您添麻烦了，身上有白点很可能是白点病，水温低的时候容易得，翻肚说明已经比较严重了。
c: 那怎么办？其他的鱼会不会也得？
a: 先把病鱼捞出来单独隔离，池子的水温慢慢升到二十八度，按说明加药，一般一周左右能控制住，但不能保证每条都救回来。
c: 要是死鱼了，你们管不管？
a: 买回去七天内死鱼我们包换，超过七天的我们可以免费上门指导。
c: 好，那你们派人来看看吧。
a: 好的，明天上午派技术员上门，祝您生活愉快。

# hn-airline-unknown | KO | in | - | hn | 不清楚 of the airline's rules with where to ask and a call-back
a: {G}
c: 我想把两条锦鲤坐飞机带回老家，航空公司让不让带活鱼？
a: 这个我也不清楚航空公司具体怎么规定的，各家不一样，您打航空公司的客服电话问一下最准确。
c: 那你们能帮我打包吗？
a: 可以的，我们用加氧的双层袋加泡沫箱，一般能保证二十四小时，打包费每箱二十元，提鱼的时候付。
c: 好，那我问完航空公司再联系你们。
a: 好的，我也帮您问一下我们常合作的货运站，明天上午给您回电话。
c: 好的。
a: {C}

# silence-forbidden-shirking-koi | KO | in | silence,forbidden,shirking | - | 12 s gap after the customer's question; 不知道，你自己找快递问去
a: {G}
c: 我昨天在你们那儿下单的锦鲤，说今天到，现在物流都没有更新，鱼会不会闷死在路上？
.gap 12
c: 喂？你在听吗？
a: 在，不好意思。
c: 那物流到底到哪儿了？
a: 不知道，你自己找快递问去。
c: 快递是你们发的，单号我都没有。
a: 单号在订单详情里，你自己看。
c: 好吧。
a: 好的，祝您生活愉快，再见。

# greeting-talkover-complaint-koi | KO | in | greeting,talk_over,complaint | - | 锦源锦鲤，请讲 with no 您好; customer will complain; agent cuts in; apology given
a: 锦源锦鲤，请讲。
c: 我上周花八千块买了你们的一条红白锦鲤，今天就死了，你们说是国外进口的好鱼，我看根本就是……
a>1.7: 真是非常抱歉，您先别着急，死了的鱼您先拍几张照片发给我们。
c: 拍了有什么用，我要去消协投诉你们卖病鱼，你们就是故意把病鱼卖给外行人的，我……
a>2.4: 理解您的心情，我们马上派技术员上门看一下死因，确实是鱼的问题我们全额退款。
c: 那你们今天就来。
a: 好的，今天下午四点之前技术员到您家，到之前会给您打电话，再次跟您说声抱歉，祝您生活愉快。

# short-hangup-koi | KO | in | short_call,closing,hangup | short | short call ending on the customer's 喂？喂？
a: {hi}，锦源锦鲤，请问有什么可以帮您？
c: 你们今天开门吗？
a: 开。
c: 喂？喂？
"""


def parse(data: str):
    inds, calls, cur = {}, [], None
    for raw in data.splitlines():
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        if line.startswith("%"):
            code, ind, co, short = [x.strip() for x in line[1:].split("|")]
            inds[code] = (ind, co, short)
        elif line.startswith("#"):
            parts = [x.strip() for x in line[1:].split("|")]
            assert len(parts) == 6, line
            key, code, dirn, labels, flags, note = parts
            labs = [] if labels == "-" else labels.split(",")
            for lab in labs:
                assert lab in FAMILIES, (key, lab)
            fl = set() if flags == "-" else set(flags.split(","))
            assert fl <= {"hn", "fast", "drawl", "short"}, (key, fl)
            assert dirn in ("in", "out"), key
            cur = {"key": key, "code": code, "dir": dirn, "labels": labs, "flags": fl, "note": note, "turns": []}
            calls.append(cur)
        elif line.startswith(".hold") or line.startswith(".gap"):
            kind, n = line[1:].split()
            cur["turns"].append((kind, float(n)))
        else:
            spk, text = line.split(":", 1)
            assert spk in ("a", "c", "c>", "a~") or re.fullmatch(r"a>\d(\.\d)?", spk), (cur["key"], spk)
            cur["turns"].append((spk, text.strip()))
    return inds, calls


def fill(text, ctx):
    return text.format(**ctx)


def build():
    rng = random.Random(SEED)
    inds, calls = parse(DATA)
    assert len(calls) == 150, len(calls)
    keys = [c["key"] for c in calls]
    assert len(set(keys)) == len(keys), "duplicate keys"
    for c in calls:
        assert c["code"] in inds, c["key"]
    rng.shuffle(calls)
    noisy_idx = set(rng.sample(range(len(calls)), round(NOISY_SHARE * len(calls))))
    out, errors = [], []
    for i, c in enumerate(calls):
        try:
            rec = one_call(i, c, inds, rng, noisy_idx)
        except AssertionError as e:
            errors.append(repr(e))
            continue
        out.append(rec)
    if errors:
        for e in errors:
            print("INVARIANT VIOLATED:", e)
        sys.exit(1)
    assert len(out) == 150
    finish(out)


def one_call(i, c, inds, rng, noisy_idx):
    if True:
        ind, co, short = inds[c["code"]]
        ctx = {"co": co, "s": short, "name": NAMES[i % len(NAMES)], "no": str(rng.randint(1001, 9899)),
               "hi": rng.choice(HI), "w": rng.choice(WISHES)}
        ctx["G"] = fill(rng.choice(GREETINGS), ctx)
        ctx["C"] = fill(rng.choice(CLOSINGS), ctx)
        fl, labs = c["flags"], set(c["labels"])
        segs, t, end_max, pending_gap = [], rng.uniform(0.3, 1.2), 0.0, None
        prev = None
        gaps = []  # (gap, announced)
        overlaps = []  # agent start relative to previous customer end (positive = before end)
        for spk, val in c["turns"]:
            if spk in ("hold", "gap"):
                pending_gap = (spk, val)
                continue
            text = fill(val, ctx)
            who = "agent" if spk.startswith("a") else "customer"
            n = nchars(text)
            if who == "agent":
                if "fast" in fl and n >= 6:
                    rate = rng.uniform(7.9, 9.4)
                elif "drawl" in fl and n >= 6:
                    rate = rng.uniform(1.2, 1.75)
                else:
                    rate = rng.uniform(3.5, 5.8)
            else:
                rate = rng.uniform(3.2, 5.8)
            dur = max(0.6, n / rate)
            if prev is None:
                start = t
            elif pending_gap is not None:
                kind, g = pending_gap
                start = end_max + g
                announced = kind == "hold"
                if announced:
                    assert prev["speaker"] == "agent" and any(w in prev["text"] for w in HOLD_WORDS), (c["key"], "hold")
                else:
                    assert not (prev["speaker"] == "agent" and any(w in prev["text"] for w in HOLD_WORDS)), c["key"]
                gaps.append((g, announced))
                pending_gap = None
            elif spk.startswith("a>"):
                amt = float(spk[2:]) + rng.uniform(0.0, 0.3)
                assert float(spk[2:]) >= 1.3, c["key"]
                assert prev["speaker"] == "customer", c["key"]
                assert prev["end"] - prev["start"] > amt + 0.6, (c["key"], "overlap too long for customer turn")
                start = prev["end"] - amt
                overlaps.append(amt)
            elif spk == "a~":
                amt = rng.uniform(0.1, 0.4)
                assert prev["speaker"] == "customer"
                start = prev["end"] - amt
                overlaps.append(amt)
            elif spk == "c>":
                amt = rng.uniform(1.0, 2.5)
                assert prev["speaker"] == "agent" and prev["end"] - prev["start"] > amt + 0.5, (c["key"], "c>")
                start = prev["end"] - amt
            else:
                g = rng.uniform(0.3, 2.2) if "short" not in fl else rng.uniform(0.2, 0.8)
                start = end_max + g
                gaps.append((g, False))
            seg = {"speaker": who, "start": round(start, 2), "end": round(start + dur, 2), "text": text}
            segs.append(seg)
            end_max = max(end_max, seg["end"])
            prev = seg
        duration = round(end_max + rng.uniform(0.3, 1.0), 2)
        # ---- timing families, computed and asserted against the hand labels
        comp = set()
        if duration < 20:
            comp.add("short_call")
        else:
            assert duration >= 30, (c["key"], "duration in the 20-30 s no-man's land", duration)
        if any(g >= 10 and not ann for g, ann in gaps):
            comp.add("silence")
        for g, ann in gaps:
            assert ann or g <= 4 or g >= 10, c["key"]
        if any(o >= 1.0 for o in overlaps):
            comp.add("talk_over")
        else:
            assert all(o <= 0.4 for o in overlaps), c["key"]
        rates = [nchars(s["text"]) / (s["end"] - s["start"]) for s in segs
                 if s["speaker"] == "agent" and nchars(s["text"]) >= 6]
        mean = sum(rates) / len(rates)
        if mean >= 7.5 or mean <= 2.0:
            comp.add("speech_rate")
        else:
            assert all(3.0 <= r <= 6.2 for r in rates), (c["key"], rates)
        last = segs[-1]
        if last["speaker"] == "customer" and (last["text"].rstrip().endswith(("？", "?")) or "喂？喂" in last["text"]):
            comp.add("hangup")
            assert "closing" in labs, (c["key"], "hangup without closing")
        else:
            assert not (last["speaker"] == "customer" and last["text"].rstrip().endswith(("？", "?"))), c["key"]
        want = {l for l in labs if l in TIMING}
        assert comp == want, (c["key"], "timing labels", sorted(comp), sorted(want))
        # ---- lexical invariants on the clean agent text
        agent = [s["text"] for s in segs if s["speaker"] == "agent"]
        fill_n = sum(len(FILLER_RE.findall(x)) for x in agent)
        fill_turns = sum(1 for x in agent if FILLER_RE.search(x))
        if "filler" in labs:
            assert fill_n >= 6 and fill_turns >= 3, (c["key"], fill_n, fill_turns)
        else:
            assert fill_n <= 1, (c["key"], "filler tokens in a non-filler call", fill_n)
        if "喂" in "".join(agent).replace("喂养", "").replace("喂食", ""):
            assert labs & {"greeting", "forbidden"}, (c["key"], "agent 喂")
        if "greeting" not in labs:
            a0 = segs[0]
            assert a0["speaker"] == "agent", c["key"]
            assert a0["text"].startswith(tuple(set(HI))), (c["key"], "greeting")
        if "hn" in fl:
            assert c["note"] != "-", c["key"]
        noise = i in noisy_idx
        if noise:
            conv = rng.choice(("s2t", "s2tw", "s2hk"))
            for s in segs:
                s["text"] = noisy(s["text"], rng, conv)
        return ({
            "call_id": "",
            "labels": [f for f in FAMILIES if f in labs],
            "note": c["note"],
            "noise": noise,
            "duration": duration,
            "metadata": {"writer": "AG", "industry": ind, "company": co,
                         "direction": "inbound" if c["dir"] == "in" else "outbound",
                         "hard_negative": "hn" in fl, "language": "zh", "sample_rate": 8000, "key": c["key"]},
            "segments": segs,
        })


def finish(out):
    for k, rec in enumerate(out, 1):
        rec["call_id"] = f"AG-{k:03d}"
    # ---- set-level invariants
    counts = {f: sum(1 for r in out if f in r["labels"]) for f in FAMILIES}
    for f in FAMILIES:
        need = 20 if f == "insult" else 8
        assert counts[f] >= need, (f, counts[f])
    hn = sum(1 for r in out if r["metadata"]["hard_negative"])
    assert hn >= 40, hn
    n_ind = len({r["metadata"]["industry"] for r in out})
    assert n_ind >= 20, n_ind
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(out), "calls;", "hard negatives", hn, "; noisy", sum(r["noise"] for r in out), "; industries", n_ind)
    for f in FAMILIES:
        print(f"  {f:12s} {counts[f]}")
    print("  clean (no label)", sum(1 for r in out if not r["labels"]))


if __name__ == "__main__":
    build()
