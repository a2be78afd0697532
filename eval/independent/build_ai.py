"""Independent labelled call set AI (eval/independent/tune_ai.jsonl, formerly heldout_ai.jsonl) — a TUNING set since rulebook 2026.12.27 (blind figures in eval/independent/README.md).

Writer AI adopts writer AE's label policy unchanged (writer Z's policy, the "AA:" … "AD:" readings, and the "AE:"
readings of build_ae.py) together with the "AF:", "AG:" and "AH:" readings of the later writers. Timing families are
computed from the generated segment times and asserted against the hand labels (clean and noisy text): short_call
< 20 s (others >= 30 s); silence an unannounced gap >= 10 s (holds announced with 稍等 / 稍候 in the agent's turn just
before are not; every other gap <= 4 s); talk_over the agent starting >= 1.0 s before the customer's segment ends (the
customer cutting in on the agent is not); speech_rate the agent's mean rate over turns of >= 6 characters >= 7.5 or
<= 2.0 chars/s (negatives keep every such agent turn within 3.0-6.2); hangup the clean transcript ending on the
customer's unanswered question or 喂？喂？ (every hangup call also carries closing).

Data format (writer AE's, with one flag added): industries `% code | industry | company | short`; calls
`# key | code | in|out | labels | flags | note` (`-` for none), turns `a:` agent / `c:` customer, `a>:` the agent
cutting in on the customer (1.5-2.2 s before the customer's end), `c>:` the customer cutting in on the agent,
`.hold N` (a wait the agent announced with 稍等 / 稍候) / `.gap N` (unannounced silence); flags `hn=fam/fam` (hard
negative: tempts those families, carries none of them), `fast`, `drawl`, `short`, and `asr` (the call carries a
hand-written recogniser mishearing, so it is always noisy). `{G}` / `{C}` are the rotating correct greeting / closing,
`{O}` a rotating outbound self-introduction (您好 / time of day + company + agent name), `{hi}` a rotating 您好 /
time-of-day greeting, `{co}` / `{s}` the company's full / short name, `{name}` / `{no}` the call's agent name and
number. random.Random(SEED) only chooses timing, order, the noisy calls (besides the `asr` ones) and their noise, and
the greeting / closing / name / number rotation; the dialogues are hand-written by writer AI.

AI: readings writer AI had to choose (they only settle what the adopted policy leaves open or what AI's calls bring up):
AI: these are insult, each aimed at the customer: an idiom of futility (跟您说了三遍了，真是对牛弹琴 / 您这脑子，真是
    朽木不可雕), mocking impatience (急什么，赶着投胎啊？), ironic epithets (好的大聪明 / 您这戏精上身了吧 / 跟个巨婴似的 /
    您可真是个事儿妈), a rhetorical jab at looks (您家是没镜子吗？), blaming genes (家长矮成这样，还指望孩子长到一米八？),
    a mock donation (您这脑回路，真该捐给科研机构), dismissing grief (一只猫而已，至于哭成这样吗？), a contemptuous
    refusal to serve (就您这种客户，我们店不伺候，爱买哪买哪去), incredulity at the customer's bargaining (头一回见), a
    jibe at the customer's logic (能把对手笑赢) or writing (台下的人得睡着一片), calling the customer a fraud (您是来碰瓷的
    吧？), 活该 for the customer's loss, a generation stereotype (你们零零后就是娇气), an urban stereotype (你们城里人就是
    矫情), sarcastic congratulation (破了我们园子今年的最低纪录), mocking the customer's English (还跟我拽英文…别装了),
    a notorious-customer label (我们这儿谁不认识您这号人), 穷讲究, 您这算盘打得…都听见响了, the customer's family diet
    (就你们家那伙食水平…烧高香), 您这舌头是铁打的吧, 听不懂就别装懂, 装什么养生达人 and 鸵鸟心态 turned on the customer.
    A recogniser's one-syllable mishearing (赶着投台 / 蒜盘 / 四儿妈 / 贴打 / 别装动) leaves the insult an insult.
AI: trade and plain words that share characters with insults are innocent: 宰杀 / 放血 / 闷死 (poultry slaughterhouse),
    傻虫 / 怂货 / 咬死 / 斗 (fighting crickets), 死了的鸟 / 剥皮 (taxidermy), the 傻子瓜子 brand (roasted nuts), 朽木 /
    死节 / 虫眼 / 烂心 (timber), 鸡屎 / 粪 / 臭死了 (manure), 鸵鸟心态 explained as a myth (ostrich farm), 杠精 / 怼人 / 无理
    取闹 as debate-class terms, 小矮子 quoted from a child's classmates, 傻根 / 丑角 / 地主老财 / 猪八戒 costumes, 扎死 /
    面瘫 / 中风 (acupuncture), 坏蛋 / 臭蛋 (egg wholesale), 僵蚕 / 死蚕 (silkworm eggs), 吓死人 said by the customer, 死树 /
    砍 / 锯 (tree care), 臭豆腐乳 / 烂菜叶子 (pickles), and 骗子 / 脑残 said by the customer to the agent.
AI: contempt for a colleague that uses insult words (手脚笨得要命 / 技术烂得很 / 干活从来不带脑子 / 脑子不灵光 /
    一问三不知) is colleague, not insult; a third party's insult quoted in a complaint and read back by the agent is
    complaint, not insult (AB / AE).
AI: 你这话什么意思 quoted by a debate coach or said by the customer, and 是什么意思 asked of a line in a speech, are not
    forbidden; 我不知道…想先跟您确认一下 (not knowing as the lead-in to a question), 您不知道具体时辰也不要紧, 审批什么时候
    下来我们也不知道，您可以打一二三四五问 are not forbidden; 这我哪清楚，您问我我问谁？, 喂，你到底做不做？ and 这个仪器
    我也不清楚，您自己看说明书吧 are (the last also shirking).
AI: 不知道，你自己过来看吧 about the company's own opening hours is forbidden and shirking; with no apology the
    frustrated customer adds apology, and the call ending on the customer's 好吧 with no agent farewell is closing.
AI: 下期保准中 (lottery), 保证一年长十厘米 (height clinic), 保证期末考进班级前三 (memory classes), 扎三次保证戒掉 /
    保证以后再也不犯 (acupuncture), 保证这一整年都不感冒 (moxibustion), 保证二十年跟新的一样 (turf), 保证全场起立鼓掌
    (speech writing) and 保证拿冠军 (debate camp) are overpromise; 彩票开奖是完全随机的，谁都保证不了 / 因人而异，不能
    保证长多少 / 没办法保证几次就好 are hedges.
AI: asking the baby's father's surname for a name (爸爸贵姓？), the deceased's name for an elegiac couplet, the couple's
    names for an ice sculpture or a welcome sign, a retired leader's name for a speech and a pupil's name for a canteen
    card are third parties, not name_ask; 叫啥名？ / 你叫什么？ / 你叫啥来着？ / 下单人姓名，说一下 to the customer are.
AI: a wish in a condolence or festive form (节哀顺变，您多保重 / 祝二位新婚快乐，百年好合 / 祝您钓获满满 / 祝您养蚕顺利 /
    祝您好运) is a correct closing; 好，再见 and 就这样 are closing.
AI: 在呢，您说 / 哪位？ / 喂，哪位？ / 嗯，有机肥，你说 openings are greeting faults; 中午好 + company + agent name is a
    complete greeting.
AI: a prize too large for the shop, sent to the welfare-lottery centre with its address and number, is no shirking; a
    private clinic that cannot take the medical-insurance card, saying so with 不好意思, is no shirking.
AI: a customer's 喂？还在吗？ inside an unannounced wait does not break the silence: the silence is the agent's gap
    before it.
"""


from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import opencc

SEED = 20270108
OUT = Path(__file__).resolve().parent / "tune_ai.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask", "apology", "shirking",
            "overpromise", "colleague", "complaint", "silence", "talk_over", "speech_rate", "short_call", "hangup")
TIMING = ("silence", "talk_over", "speech_rate", "short_call")
NOISY_SHARE = 0.25

NAMES = ["小芦", "小骆", "小樊", "小栾", "小巫", "小邝", "小殷", "小汪", "小甘", "小冼", "小饶", "小申", "小庞", "小蒲"]
NUMBERS = ["2071", "3315", "1846", "5203", "4419", "6082", "7135", "2958", "8401", "3762", "9027", "1593"]
HI = ["您好", "您好", "您好", "早上好", "上午好", "下午好", "晚上好"]
GREETINGS = [
    "{hi}，{co}，我是{name}，请问有什么可以帮您？",
    "{hi}，欢迎致电{co}，{no}号{name}为您服务，请问您需要什么帮助？",
    "{hi}，这里是{co}，我是客服{name}，请问您想咨询什么？",
    "{hi}，{co}客服中心，我是{name}，很高兴为您服务，请讲。",
    "{hi}，您拨打的是{co}服务热线，我是{name}，请问有什么需要？",
    "{hi}，感谢您致电{co}，工号{no}的{name}在线，请问有什么能帮到您？",
]
OUTBOUND = ["{hi}，我是{co}的{name}", "{hi}，这里是{co}，我是客服{name}", "{hi}，打扰您了，我是{co}的{name}"]
CLOSINGS = [
    "好的，感谢您的来电，祝您{w}，再见。",
    "不客气，有需要随时联系我们，祝您{w}！",
    "感谢您的耐心，{no}号{name}祝您{w}，再见。",
    "那就先这样，谢谢您，祝您{w}，再见。",
    "感谢您对{s}的支持，祝您{w}，拜拜。",
    "后续有进展我们会短信通知您，谢谢您的来电，祝您{w}。",
]
WISHES = ["生活愉快", "一切顺利", "身体健康", "万事顺意", "周末愉快", "工作顺利", "天天好心情", "平安顺遂"]

# writer AI's own homophone list (never a word a label rests on)
HOMOPHONES = [("屠宰", "图宰"), ("蛐蛐", "曲曲"), ("唢呐", "锁呐"), ("标本", "彪本"), ("彩票", "采票"),
              ("起名", "起明"), ("睫毛", "节毛"), ("增高", "增糕"), ("记忆力", "记意力"), ("修剪", "修减"),
              ("垃圾桶", "拉机桶"), ("有机肥", "有机飞"), ("泡菜", "炮菜"), ("陈醋", "陈粗"), ("滑索", "滑锁"),
              ("草坪", "草平"), ("演出服", "演出福"), ("艾灸", "爱灸"), ("针灸", "真灸"), ("瓜子", "挂子"),
              ("鸵鸟", "驼鸟"), ("蚕种", "蚕肿"), ("冰雕", "冰刁"), ("木材", "木才"), ("跟妆", "根妆"),
              ("稿子", "搞子"), ("辩论", "变论"), ("屋顶", "屋定"), ("鸡蛋", "鸡但"), ("除臭", "出臭"),
              ("钓鱼", "吊鱼"), ("口琴", "口勤"), ("气球", "汽球"), ("预约", "预越"), ("师傅", "师付"),
              ("地址", "地志"), ("订单", "定单"), ("确认", "确忍"), ("请问", "请闻"), ("登记", "登级"),
              ("退款", "退宽"), ("快递", "快地"), ("发货", "发或"), ("学员", "学原"), ("养殖", "养直"),
              ("骨龄", "骨灵"), ("检测", "检侧"), ("物流", "无流"), ("库存", "裤存"), ("礼盒", "里盒")]
CN_DIG = {"零": 0, "〇": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
UNITS = "元|块钱|块|天|小时|分钟|个月|月|号|年|岁|斤|公斤|张|份|楼|周|件|个工作日|次|位|万|折|方|箱|只|根|节|平|亩|吨|套|注|点"
PUNCT = set("，。？！、；：,.?!;:…“”‘’（）()—-~ ")
HOLD_WORDS = ("稍等", "稍候")
PARTICLE_RE = re.compile(r"(吧|呢|啦|嘛|哦|嘞)(?=[，。！？])")
FILLER_RE = re.compile(r"啊|呀|呃|嗯|这个|那个|就是|然后呢")
FORBID_RE = re.compile(r"不清楚|不知道|不明白|喂|你这话什么意思|想好了再打来")

# ---- the hand-written calls (writer AI) ----
DATA = r"""
% sl | poultry slaughterhouse | 鑫旺禽业屠宰场 | 鑫旺禽业
% cr | fighting-cricket shop | 虫鸣阁鸣虫馆 | 虫鸣阁
% sn | suona band for weddings and funerals | 老韩家唢呐班 | 老韩家
% tx | taxidermy studio | 栩生标本工作室 | 栩生标本
% lt | lottery outlet | 福顺彩票站 | 福顺彩票
% bn | baby-naming studio | 嘉名宝宝起名馆 | 嘉名
% el | eyelash-extension studio | 睫美美睫会所 | 睫美
% ht | children's height-growth clinic | 长高高儿童生长门诊 | 长高高
% mm | children's memory-training classes | 脑力星记忆力训练营 | 脑力星
% ar | arborist and tree-care service | 青枝园林树木养护 | 青枝园林
% ws | smart waste-sorting bins | 分得清智能垃圾分类 | 分得清
% mn | organic-manure supplier | 沃土有机肥厂 | 沃土有机肥
% pk | pickle factory | 坛坛香泡菜厂 | 坛坛香
% vn | vinegar brewery | 晋味老陈醋坊 | 晋味醋坊
% zl | zipline park | 飞越峡谷高空滑索 | 飞越峡谷
% tf | artificial-turf installation | 绿茵人造草坪 | 绿茵草坪
% sc | stage-costume rental | 霓裳演出服租赁 | 霓裳
% mx | moxibustion parlour | 暖阳艾灸馆 | 暖阳艾灸
% ac | acupuncture clinic | 仁和针灸诊所 | 仁和诊所
% nt | roasted-nut shop | 香满园炒货铺 | 香满园
% os | ostrich farm | 大漠鸵鸟养殖场 | 大漠鸵鸟
% sw | silkworm-egg supplier | 春蚕蚕种场 | 春蚕蚕种
% ic | ice-sculpture studio | 冰语冰雕工作室 | 冰语冰雕
% tm | timber yard | 森发木材批发 | 森发木材
% cn | school-canteen contractor | 美膳校园餐饮 | 美膳餐饮
% bm | bridal makeup artist booking | 妆点新娘跟妆 | 妆点
% sp | speech-writing service | 妙笔文案工作室 | 妙笔文案
% db | debate coaching | 雄辩社辩论培训 | 雄辩社
% rg | rooftop-garden installation | 空中花园屋顶绿化 | 空中花园
% eg | egg wholesale | 蛋蛋鲜鸡蛋批发 | 蛋蛋鲜
% od | odour-removal service | 清气除臭服务 | 清气除臭
% ff | fee-fishing pond | 渔乐垂钓园 | 渔乐垂钓园
% hm | harmonica lessons | 悠扬口琴教室 | 悠扬口琴
% bl | balloon party decoration | 七彩气球派对布置 | 七彩气球

# I01 | nt | in | insult | - | futility idiom
a: {G}
c: 你好，我想问问你们家的瓜子，五香的、奶油的、焦糖的，到底哪个不上火？
a: 炒货都容易上火，口味只是调料不同，跟上不上火关系不大。
c: 那焦糖的是不是比五香的更上火一点？
a: 刚才说过了，口味跟上火没关系。
c: 那奶油的呢？奶油的会不会好一点？
a: 跟您说了三遍了，真是对牛弹琴。哪种都一样，少吃点就行。
c: 行吧，那给我来两斤五香的，寄到上次那个地址。
a: 好的，两斤五香瓜子，按上次的地址寄出，今天下午发货。
c: 好，谢谢。
a: {C}

# I02 | lt | in | insult,apology | asr | impatience jab, misheard 投胎
a: {G}
c: 我上周买的那张票中了三百块，过来兑奖，你们店门关着，打电话问一下今天几点开门。
a: 下午两点开门，您带上票和身份证过来。
c: 两点？我都在门口等了十分钟了，能不能让店里人早点来一下？
a: 急什么，赶着投台啊？兑奖又跑不了。
c: 你怎么说话的？我就问问能不能早点。
a: 店员两点准时到，三百元的奖在店里直接兑，现金或者转账都可以。
c: 好吧，那我两点再来。
a: {C}

# I03 | el | in | insult | - | ironic epithet, token apology after
a: {G}
c: 我前天接的睫毛，昨天去泡了温泉，今天掉了好多，一边都快秃了，怎么办？
a: 好的大聪明，护理卡上写着四十八小时内别碰水，您偏偏去泡温泉。
c: 我没注意看那张卡。那现在还能补吗？
a: 不好意思，刚才话说重了。可以补，掉得多的那一侧重新嫁接，补睫一次八十，做完当场付。
c: 行，那约明天下午吧。
a: 明天下午三点有位置，给您登记上了，请提前十分钟到店。
c: 好的。
a: {C}

# I04 | bm | out | insult | - | rhetorical jab at looks, apology settles
a: {O}，您预订了下个月十八号的新娘跟妆，今天跟您确认一下妆面风格。
c: 对，我想要那种欧式的，眼窝深一点，鼻子立体一点。
a: 您家是没镜子吗？这张脸画欧式妆，到时候跟戴了面具一样。
c: 你这人怎么这样说话？
a: 不好意思，我说话直了点。我们建议您选韩式清透妆，更衬您的肤色。
c: 那先试妆再定吧。
a: 好的，试妆安排在本周六上午十点，地址我短信发您。
c: 行。
a: {C}

# I05 | ht | in | insult,apology | hn=forbidden | genes jab; customer says 你这话什么意思
a: {G}
c: 我儿子今年十岁，一米三二，班上排倒数，想问问你们这个门诊能不能看。
a: 能看。孩子爸爸妈妈多高？
c: 他爸一米六五，我一米五二。
a: 家长矮成这样，还指望孩子长到一米八？基因摆在那儿呢。
c: 你这话什么意思？我们就是想来查查。
a: 可以先做骨龄检测，看看还有多少生长空间，周一到周五上午都能做。
c: 那我周三上午带他来。
a: 好的，周三上午给您登记了，来的时候空腹。
c: 知道了。
a: {C}

# I06 | mm | in | insult | - | mock donation
a: {G}
c: 我想问问，孩子上了三节课了，说听不懂，想退剩下的课。
a: 退课要填申请，剩余课时按原价退。您当初为什么报的是高阶班？
c: 我以为高阶班效果更好，就直接报了。
a: 您这脑回路，真该捐给科研机构研究研究，没做测评就敢报高阶。
c: 我就问能不能退。
a: 能退，剩余十七节课，七个工作日内原路退回，申请表我发到您微信。
c: 好。
a: {C}

# I07 | tx | in | insult | - | dismissing grief, apology settles
a: {G}
c: 我家猫前天走了，养了十四年，我想给它做个标本，这两天一直哭，也不知道该怎么弄。
a: 一只猫而已，至于哭成这样吗？您这么大的人了。
c: 你有没有一点同情心？
a: 抱歉，是我说错话了。您先把它用毛巾包好，放进冰箱冷冻层，别超过一周。
c: 那做好要多久？
a: 猫的全身标本大概两个月，做好后我们上门送到。
c: 好，那我明天送过去。
a: 好的，明天上午我们在店里等您。
a: {C}

# I08 | cr | in | insult,closing,short_call | short | contemptuous refusal to serve
a: {G}
c: 那只黄大头能不能便宜五十？
a: 就您这种客户，我们店不伺候，爱买哪买哪去。

# I09 | sn | out | insult | - | incredulity at bargaining
a: {O}，您昨天留言说家里老人要办丧事，想请一班唢呐，跟您确认一下人数和天数。
c: 对，要三天，人不用太多，五六个就行。价钱能不能再少点？两千五太贵了。
a: 办个丧事还跟我们砍价的，我干这行十年头一回见。
c: 我就是问问。
a: 五个人三天两千五已经是最低了，不好意思，包括出殡那天的吹打。定金五百，定日子当天转。
c: 行，那就定了，后天开始。
a: 好的，后天早上七点我们到，地址您发我短信。节哀顺变，您多保重。
c: 好。

# I10 | db | in | insult,talk_over | hn=tariff | jibe at logic, cut in
a: {G}
c: 我想给我女儿报个辩论课，她比较内向，我觉得辩论能让她胆子大一点，而且我自己以前上学的时候也……
a>: 您自己以前也辩过？就您这逻辑，上了辩论赛能把对手笑赢。
c: 我就想问问报名费多少。
a: 初级班十二节课一千八，报名时交齐，开课后不再另外收费。
c: 上课时间呢？
a: 每周六下午两点到四点，下周六开课。
c: 好，那我先报上。
a: {C}

# I11 | sp | in | insult,apology,complaint,closing | - | jibe at writing, no apology, brush-off
a: {G}
c: 我下周要在公司年会上发言，把我自己写的稿子发给你们了，想请你们改一改。
a: 看过了。这水平还上台演讲？台下的人得睡着一片。
c: 你说话真难听。
a: 稿子得重写，三千字以内四百块，三天交稿。
c: 你这什么态度？我要投诉你。
a: 投诉电话四零零八八六二三一五，您随意，就这样。

# I12 | ic | in | insult | - | 戏精 epithet, apology settles
a: {G}
c: 你们上周六给我婚礼做的冰雕天鹅，仪式还没开始就化了一半，照片都没法拍！
a: 多大点事，您这戏精上身了吧，冰化了不是很正常吗？
c: 你说谁戏精？
a: 不好意思，我口误。室外二十八度确实化得快，是我们没提醒您放阴凉处，这次退您一半费用。
c: 一半是多少？
a: 总价一千六，退八百，三个工作日内退回原账户。
c: 行吧。
a: {C}

# I13 | os | in | insult | - | 鸵鸟心态 turned on the customer
a: {G}
c: 我去年从你们那儿买了二十只鸵鸟苗，今年死了五只，我一直也没管，想问问怎么回事。
a: 亏您还是养殖户，鸵鸟心态倒学得挺像，死了五只才想起来问。
c: 那现在该怎么办？
a: 先把剩下的隔离观察，拍几张粪便照片发给我们技术员，他今天下午给您回电话。
c: 好。
a: 不好意思，苗死了给您造成损失了，技术员看完如果是苗的问题，我们按合同补苗。
c: 行。
a: {C}

# I14 | sw | in | insult,apology,closing | - | 巨婴 epithet, hurt, curt end
a: {G}
c: 我第一次养蚕，蚕种到了，怎么孵啊？温度要多少？要不要开灯？
a: 说明书里都写了，您没看？
c: 看了，有几个地方没看懂，什么叫催青？
a: 这么大人了，跟个巨婴似的，样样都要人手把手教。
c: 你这话说得太伤人了吧。
a: 催青就是把温度控制在二十五度左右，每天光照十六个小时。行了，就这样。

# I15 | ws | in | insult,apology | - | calling the customer a fraud
a: {G}
c: 你们小区装的那个智能垃圾桶，桶盖今天早上掉下来了，砸到我手了。
a: 您是来碰瓷的吧？那桶盖好好的怎么会自己掉？
c: 我碰什么瓷！手背都青了，你们自己去看监控！
a: 行，给您登记换盖，明天上午师傅上门，监控我们也调出来看。
c: 就这样？
a: 手上的伤您先去医院看，票据留着，核实后我们这边处理。
c: 好吧。
a: {C}

# I16 | mn | out | insult,apology | - | 活该 for the customer's loss
a: {O}，上周您买了我们五吨有机肥，回访一下用得怎么样。
c: 别提了，我按你们业务员说的量撒的，结果一片菜苗都烧了。
a: 业务员说的是兑水稀释，您直接干撒，不听劝，烧苗也是活该。
c: 你怎么这么说话？我损失好几千！
a: 现在先大水漫灌一遍，把肥力冲淡，过三天再看新叶。
c: 那烧了的苗呢？
a: 烧死的苗只能补种，补种的菜苗我们可以八折提供。
c: 再说吧。
a: {C}

# I17 | tm | in | insult | hn=tariff | futility idiom on the customer
a: {G}
c: 我要十方松木板材，上次你们说要烘干的，我没太懂烘干的和不烘干的差在哪儿。
a: 跟您讲过两回了，烘干的不变形。
c: 那为什么烘干的贵那么多？能不能买不烘干的自己晾？
a: 您这脑子，真是朽木不可雕。自己晾要半年，您等得起吗？
c: 好吧，那就要烘干的。
a: 烘干松木一方一千九，十方一万九，明天上午装车，到货验收后付款。
c: 好。
a: {C}

# I18 | zl | in | insult | - | generation stereotype
a: {G}
c: 你好，我跟我女朋友下周想去玩滑索，她有点怕，能不能两个人一起滑？
a: 不好意思，不能，一人一根索。你们零零后就是娇气，滑个索道还要人陪着哄。
c: 我就是问问，那她能在终点等我吗？
a: 可以，终点有休息区，她坐观光车过去，车票十五元，上车时买。
c: 观光车多久一趟？
a: 十分钟一趟，从售票处旁边上车。
c: 好的。
a: {C}

# I19 | ff | in | insult,apology | - | sarcastic congratulation
a: {G}
c: 我昨天在你们那钓了一天，就钓上来两条，你们塘里是不是没放鱼啊？
a: 恭喜您，一天钓两条，破了我们园子今年的最低纪录。
c: 你这是在笑话我？
a: 开个玩笑。塘里上周刚放了八百斤草鱼，别人一天都能钓十几条。
c: 那我怎么就钓不上来？
a: 草鱼这两天爱吃玉米，您明天换玉米粒做饵试试。
c: 行吧。
a: {C}

# I20 | rg | out | insult | hn=tariff | mocking the customer's English
a: {O}，您上周在我们网站咨询屋顶花园，给您回个电话。
c: 对对，我想做一个那种 Japanese style 的，有石头有苔藓的。
a: 还跟我拽英文，发音都不对，别装了，就说日式不就完了。
c: 那就日式吧，大概多少钱？
a: 按面积算，每平方米六百八，签合同时付一半，完工验收付另一半。
c: 我家屋顶六十平左右。
a: 那大概四万出头，这周六可以上门量尺寸。
c: 好，周六上午吧。
a: {C}

# I21 | hm | in | insult,apology | - | notorious-customer label
a: {G}
c: 我是上周报名的学员，想问一下能不能把周三的课换到周五。
a: 又是您啊，我们这儿谁不认识您这号人，一个星期换三次课。
c: 你什么意思？
a: 没什么意思，您说换哪天吧。
c: 周五晚上七点的。
a: 周五晚上七点还有位置，给您换好了。
c: 好。
a: {C}

# I22 | sc | in | insult | hn=tariff | 穷讲究
a: {G}
c: 我们单位元旦晚会演西游记，想租一套猪八戒的衣服，能不能给我拿一套新的，旧的有味儿。
a: 租一天三十块的衣服还要挑新的？没几个钱还穷讲究。
c: 那新的要多少钱？
a: 新款一天六十，取衣服时付，押金两百，还衣服时验完当场退押金。
c: 行，那就要新的。
a: 好的，给您留一套新款，三十号下午来取。
c: 好。
a: {C}

# I23 | eg | in | insult | asr,hn=overpromise | 算盘 jibe, misheard 蒜盘
a: {G}
c: 我是开早餐店的，每周要二十箱鸡蛋，你们能不能按批发价再给我打个八折，另外运费也免了，箱子你们也回收？
a: 您这蒜盘打得，我在电话这头都听见响了。
c: 生意嘛，总要问问。
a: 八折确实给不了，不好意思。二十箱可以九五折，运费满三十箱免，箱子可以回收。
c: 那就九五折吧，每周一早上送。
a: 好的，每周一早上七点前送到。
c: 行。
a: {C}

# I24 | od | in | insult | asr | 事儿妈 epithet, misheard 四儿妈
a: {G}
c: 我又来问了，你们除完臭第三天了，我闻着卫生间还有点味儿，能不能再派人来看看？
a: 您可真是个四儿妈，三天两头打电话。
c: 我就是想弄干净点。
a: 行，不好意思给您添麻烦了，明天下午派师傅上门复查，复查不另收费。
c: 几点？
a: 两点到四点之间，到之前师傅给您打电话。
c: 好的。
a: {C}

# I25 | cn | out | insult,apology,complaint,closing | - | family-diet jibe, 好，再见
a: {O}，您孩子在三年级二班，您昨天反映孩子说午饭吃不饱，我来回访一下。
c: 对，孩子说每天菜都很少，肉就两三片，想问问你们标准是多少。
a: 标准是两荤一素。就你们家那伙食水平，孩子到学校能吃上肉就该烧高香了。
c: 你怎么说话的？
a: 分量我们是按标准打的，孩子不够可以再加饭。
c: 你这态度，我要找你们领导。
a: 领导电话是八三二六七七五一，您打吧。
c: 我会打的。
a: 好，再见。

# I26 | pk | in | insult | asr | taste jibe, misheard 铁打
a: {G}
c: 我买的你们家的酸菜，这次怎么这么咸，跟以前的不一样。
a: 配方没变过。您这舌头是贴打的吧，咸淡都尝不出来了。
c: 我吃了二十年酸菜了，还尝不出咸淡？
a: 那您用清水泡半个小时再炒，就不咸了。
c: 行吧。
a: 不好意思，这批如果您还觉得咸，可以寄回来换一袋。
c: 好。
a: {C}

# I27 | ac | in | insult | - | 装什么养生达人
a: {G}
c: 我想问问你们针灸疼不疼，我特别怕疼，上次在别家扎了一针就受不了了。
a: 怕疼就别来扎针，还装什么养生达人。
c: 我就问问，有没有不那么疼的办法。
a: 可以用细一号的针，进针快一点，大部分人只是有点酸胀。
c: 那我预约一次试试。
a: 好的，周四下午三点给您约上了，带上身份证。
c: 好。
a: {C}

# I28 | vn | out | insult | asr | condescension, misheard 装懂
a: {O}，您在我们店买的六年陈醋，回访一下口感还满意吗？
c: 挺好的，就是我看瓶子上写总酸六点零，是不是说明酸度不够？
a: 六点零是很高的了。听不懂就别装动，照着吃就行。
c: 哦，那跟普通的三点五的比呢？
a: 数字越高越酸越浓，六年陈的适合蘸饺子，炒菜少放一点。
c: 明白了。
a: {C}

# I29 | ar | in | insult | - | urban stereotype
a: {G}
c: 我们小区门口那棵梧桐，最近老掉叶子，掉到我车上，你们能不能来修一修？
a: 你们城里人就是矫情，秋天树掉点叶子也值得打电话。
c: 我是担心是不是病了。
a: 梧桐入秋落叶是正常的，下周我们有例行修剪，会顺带检查病虫害。
c: 好，那下周什么时候？
a: 下周二上午，到时候请您把车挪一挪。
c: 行。
a: {C}

# N01 | sl | in | - | hn=insult/tariff | 宰杀 放血 闷死; fee with amount and moment
a: {G}
c: 我是开饭店的，上周在你们那订的一百只宰好的三黄鸡，今天到了有几只颜色发暗，是不是运输途中闷死的？
a: 真不好意思。颜色发暗一般是宰杀时放血不干净，不是闷死的，但不管哪种我们都给您换。
c: 那换的话要另外出运费吗？
a: 不用，补发的运费我们出。您以后订一百只以上，冷链费每单三十元，下单时一起付。
c: 好，那补几只？
a: 您拍照发过来，有几只补几只，明天上午随车送到。
c: 行。
a: {C}

# N02 | cr | in | - | hn=insult/forbidden | 傻虫 怂货 咬死; 喂点 feeding
a: {G}
c: 我前天买的那只青麻头，跟朋友的虫一斗就跑，是不是只傻虫啊？
a: 不是傻，是还没开牙。新虫到家要养一周，喂点煮熟的蛋黄，等它适应了再斗。
c: 哦，我还以为是个怂货。那它会不会被咬死？
a: 没开牙的虫硬斗容易被咬伤，所以先别斗，等一周。
c: 好的，那我先养着。
a: 有问题随时拍视频发给我们看。
a: {C}

# N03 | tx | in | - | hn=insult/forbidden/name_ask/tariff | reassuring 不清楚; polite name ask
a: {G}
c: 我在路边捡到一只死了的鸟，挺漂亮的，想做成标本，但我不清楚它是什么鸟，会不会是保护动物？
a: 请问怎么称呼您？
c: 我姓卢。
a: 卢先生，您不清楚品种也没关系，先拍张照片发给我们，如果是保护动物，我们先帮您报林业部门备案。
c: 好，那做一个要多少钱？
a: 小型鸟类剥皮填充一只六百，收到鸟确认可以做以后先付定金二百，取件时付清。
c: 行，我下午送过去。
a: {C}

# N04 | nt | in | - | hn=insult/silence | 傻子瓜子 brand; announced hold
a: {G}
c: 你们那儿有没有那种傻子瓜子那个味儿的？我爸就爱吃那个。
a: 您说的是奶油焦糖味的吧，我们有一款很像。请您稍等，我查一下库存。
.hold 18
a: 感谢您的等待，奶油味的还有八十多袋，一斤装二十八元。
c: 你们老板真是行家，这个我爸肯定喜欢。来五斤吧。
a: 好的，五斤奶油瓜子，今天发顺丰。
c: 好。
a: {C}

# N05 | tm | in | - | hn=insult/overpromise | 朽木 死节 虫眼 烂心; named-time delivery
a: {G}
c: 我订的那批橡木板到了，有几块上面有黑点和小洞，是不是朽木啊？
a: 不好意思给您添麻烦了，黑点是死节，小洞是虫眼，不影响强度，但既然您不满意，我们可以换。
c: 那烂心的会不会有？
a: 我们出货前都锯开检查过，烂心的不会发。换的板子明天下午三点前一定送到工地。
c: 好，那你们来的时候把有洞的拉走。
a: 没问题，师傅会一起拉走。
c: 谢谢。
a: {C}

# N07 | mn | in | - | hn=insult/filler/tariff | 鸡屎 粪 臭死了; customer's 那个那个
a: {G}
c: 我想问下，那个那个，你们的肥是用什么做的？鸡粪还是牛粪？我怕有那个臭味。
a: 我们主要用腐熟的牛粪和秸秆，经过六十天发酵，臭味很小。
c: 上次买别家的鸡屎肥，臭死了，邻居都来找我。
a: 我们的是完全腐熟的，撒完基本闻不到，您可以先买一袋试试。
c: 一袋多少钱？
a: 四十公斤一袋五十八元，货到付款。
c: 那先来两袋。
a: {C}

# N09 | os | in | - | hn=insult/forbidden/tariff | 鸵鸟心态 as a myth; 喂食 喂料
a: {G}
c: 我想问问鸵鸟真的会把头埋进沙子里吗？我儿子问我，我答不上来。
a: 这是个误会。大家常说的鸵鸟心态，其实是鸵鸟低头翻蛋、啄沙砾帮助消化，远看像把头埋进去了。
c: 哦，原来这样。那你们场能参观吗？
a: 周末开放参观，门票二十元，入园时买，孩子一米二以下免票，还可以体验喂食，喂料是园区统一配的。
c: 喂鸵鸟要另外买饲料吗？
a: 不用另外买，体验区的饲料包含在门票里。
c: 好，那周六去。
a: {C}

# N10 | db | in | - | hn=insult/forbidden | 杠精 怼人 as class terms; quoted 你这话什么意思
a: {G}
c: 我家孩子在你们那上课，回来老说“你这话什么意思”，还说自己在练“怼人”，是你们教的吗？
a: 这是课上的反驳练习。对方辩手问“你这话什么意思”的时候，我们教孩子先复述对方论点再回应，不是教他们跟家长顶嘴。
c: 那你们那个“反杠精训练营”是什么课？
a: 是我们进阶课的名称，教孩子识别偷换概念、无理取闹式的论证，学会讲道理。
c: 哦，那在家里我该怎么引导？
a: 孩子在家争论的时候，您请他把理由说完整，再一起找漏洞，这样比直接禁止效果好。
c: 好，谢谢。
a: {C}

# N11 | ht | in | - | hn=insult/shirking/overpromise | 小矮子 quoted; hedge; 社保 with number
a: {G}
c: 我家孩子是班上最矮的，同学都叫他小矮子，他回家就哭，我想带他来你们那儿看看。
a: 理解您的心情，孩子受委屈了。我们先做骨龄和生长激素检测，看看有没有问题。
c: 打针能保证长高吗？
a: 因人而异，不能保证长多少，医生会根据检测结果决定需不需要用药。
c: 这个能走医保吗？
a: 检测部分可以，激素药能不能报要看当地医保政策，您可以打一二三三三问社保，我们也会开好诊断证明方便您报销。
c: 好的，谢谢。
a: {C}

# N14 | lt | in | - | hn=insult/overpromise/complaint/colleague | customer abuses the agent
a: {G}
c: 你们就是骗子！我连着买了三个月，一分钱没中，脑残才买你们的彩票！
a: 非常理解您的心情，买了这么久没中确实让人失望。
c: 你们上次店里的人跟我说这组号快中了，你们保证能中吗？
a: 真是抱歉，彩票开奖是完全随机的，谁都保证不了，那位店员的说法不对，我们会提醒他。
c: 算了，我也不是要投诉，就是气不过。
a: 明白，建议您量力而行，每期少买一点，当个娱乐。
c: 知道了。
a: {C}

# N16 | sc | in | - | hn=insult/tariff | 傻根 丑角 地主老财 costumes
a: {G}
c: 我们村里排小品，要三套衣服：一个地主老财，一个傻根，一个媒婆，有没有？
a: 都有。傻根那套是蓝布褂子加草帽，媒婆那套带大红花，地主老财的有瓜皮帽。
c: 还要一个丑角的大花脸妆，你们能画吗？
a: 可以，化妆师上门画，一个妆一百二，演出当天画完付。
c: 衣服租金怎么算？
a: 每套每天四十，押金每套二百，还衣服时验完当场退。
c: 好，那三十一号用。
a: {C}

# N18 | ac | in | - | hn=insult/shirking/tariff | 扎死 面瘫 中风; no insurance, said with 不好意思
a: {G}
c: 我爸前阵子中风，有点面瘫，听说针灸能治，但他怕被扎死，你们这儿安全吗？
a: 请您放心，针灸是很常规的治疗，面瘫的针刺都很浅，我们医生都有执业证。
c: 那能用医保卡吗？
a: 不好意思，我们是私立诊所，暂时没开通医保，只能自费，每次一百五，治疗后付。
c: 那神经痛能一起治吗？
a: 可以，医生面诊的时候一起看。
c: 好，那周二上午来。
a: {C}

# N19 | eg | in | - | hn=insult/overpromise | 坏蛋 臭蛋; named-time delivery
a: {G}
c: 昨天送来的那十箱蛋，开箱有好几个坏蛋，还有两个臭蛋，味道熏得店里都没法待了。
a: 真是抱歉，给您添麻烦了。破损和变质的我们都按双倍补，您拍照发给我们就行。
c: 照片我发了，十一个。
a: 收到了，补您二十二个，明早七点前一定送到您店里。
c: 好，下次注意点。
a: 好的，我们会加强分拣。
a: {C}

# FN2 | ar | out | - | hn=forbidden/insult | 不知道 of a third party with where to ask; 死树 砍
a: {O}，您上个月报的小区那棵死树，我们跟进一下进度。
c: 对，那树都枯了，风一大就掉枝，什么时候能砍？
a: 不好意思让您久等了。砍伐要园林局审批，审批什么时候下来我们也不知道，您可以打一二三四五问进度，我们这边每周也帮您催一次。
c: 那万一砸到人怎么办？
a: 我们明天先派人把枯枝锯掉，拉上警戒线，审批下来再整棵伐掉。
c: 好，那就先这样。
a: {C}

# FN3 | vn | in | - | hn=forbidden/greeting | customer's 喂？喂？ after a complete greeting
a: {G}
c: 喂？喂？你们是醋厂吗？
a: 是的，这里是{co}，您请讲。
c: 我买的那个坛装醋，不知道怎么开，封口是泥的。
a: 泥封用小锤子轻轻敲一圈，敲松了往上揭，再把里面的塑料膜剪开就行。
c: 敲碎了渣子会不会掉进去？
a: 敲之前先把坛口擦干净，泥渣掉进去用勺子撇掉就可以，不影响。
c: 好，谢谢啊。
a: {C}

# FN4 | ic | in | - | hn=forbidden/name_ask/tariff | 我不知道… as a lead-in; couple's names
a: {G}
c: 我月底结婚，想做一个冰雕放在酒店门口，能做成两个人的名字吗？
a: 可以。我不知道酒店门口是室内还是室外，想先跟您确认一下，室外的话化得快。
c: 是室外的。
a: 那建议做一米二高，底座加冰盘。冰雕上要刻的两位新人名字是？
c: 周明和李悦。
a: 好的，周明、李悦。一米二的冰雕三千二，婚礼前一天付清，当天早上六点送到。
c: 好。
a: {C}

# FN5 | mm | in | - | hn=forbidden/overpromise/tariff | quoted 不明白 不清楚; hedge
a: {G}
c: 我家孩子写作业的时候老说“不明白”“不清楚”，一问就哭，你们的课能帮上吗？
a: 孩子说“不明白”的时候，其实常常是没记住题目。我们的课先练复述，大部分孩子一两个月有进步，但不敢给您打包票。
c: 那一期多少钱？
a: 一期十六节课二千四，开课前交，上满三节不满意可以全额退。
c: 好，那我先带他试听。
a: 试听课周日上午十点，地址我发您短信。
c: 谢谢。
a: {C}

# FN6 | ht | in | - | hn=forbidden/silence | 喂饭; announced hold
a: {G}
c: 我想预约一下给孩子复查，顺便问问，医生让每天喝牛奶，可是孩子不爱喝，还挑食，喂饭得追着喂。
a: 挑食的孩子可以把牛奶换成酸奶或者奶酪，喂饭别追着喂，定时定量就好。请您稍等，我看一下医生排班。
.hold 22
a: 感谢您的等待，王医生周四上午还有两个号，给您约九点半可以吗？
c: 可以。
a: 好的，周四上午九点半，空腹来，带上上次的片子。
c: 好。
a: {C}

# FN8 | bn | in | - | hn=forbidden/name_ask/tariff | reassuring 不知道; father's surname
a: {G}
c: 我想给宝宝起个名字，是个女孩，上周出生的，但生的时候几点几分我记不太准了。
a: 您不知道具体时辰也不要紧，我们按上午和下午各出一版。宝宝随爸爸姓吗？爸爸贵姓？
c: 随爸爸，姓欧阳。
a: 好的，复姓欧阳，四个字的名字也会给您备几个。起名套餐四百八，出十个备选，下单时付。
c: 几天能出来？
a: 三个工作日内发到您微信。
c: 行。
a: {C}

# FN9 | sp | in | - | hn=forbidden/name_ask | 是什么意思 of a line; a retired leader's name
a: {G}
c: 你们给我写的退休欢送会致辞，里面有一句“行百里者半九十”，是什么意思？我怕念错了。
a: 意思是一百里的路走了九十里才算走了一半，说的是越到最后越要坚持。第一个字读行走的行。
c: 好。还有，稿子里要提到老领导，我得改成真名。
a: 没问题，稿子里要提到的老领导叫什么？我替您改进去。
c: 叫孙建国。
a: 好的，孙建国，改好后今晚八点前发您邮箱。
c: 谢谢你。
a: {C}

# TN1 | zl | in | - | hn=tariff/insult | insurance fee with amount and moment; 吓死人 by the customer
a: {G}
c: 我周六想带孩子去玩滑索，听朋友说吓死人了，孩子九岁能玩吗？
a: 九岁身高一米三以上就可以玩儿童线，全程有保护绳。
c: 票价多少？还有保险要另外收吗？
a: 儿童线单程六十元，保险每人十元，买票时一起收，没有别的费用。
c: 好的，周六几点开门？
a: 早上八点半开门，下午五点停止售票。
c: 好嘞。
a: {C}

# TN2 | ff | in | - | hn=tariff/talk_over | fee with amount and moment; customer cuts in
a: {G}
c: 我想问下你们那钓鱼怎么收费？
a: 一百二一位，钓满五斤以内不另外收钱，超出部分每斤十八元，离场时过秤结算。
c>: 那要是钓到大青鱼呢？
a: 青鱼也按十八一斤算，您不想带走也可以放回去，放回去就不收钱。
c: 那挺好。周日几点开？
a: 早上六点开塘，晚上七点收竿。
c: 行，周日去。
a: {C}

# TN3 | sw | in | - | hn=tariff/insult | 僵蚕 死蚕; price with payment moment
a: {G}
c: 我去年买的蚕种，后来好多僵蚕，死蚕也多，今年还敢不敢买你们的？
a: 不好意思，去年那批让您受损失了。僵蚕多半是消毒没到位，今年我们会随蚕种送消毒粉和操作说明。
c: 今年蚕种多少钱一张？
a: 每张六十五元，发货前付款，到货后如果孵化率低于九成，我们免费补种。
c: 那来十张。
a: 好的，十张六百五，付款后三天内发出。
c: 好。
a: {C}

# TN4 | rg | out | - | hn=tariff/shirking | upkeep fee with amount and moment; property fund with help
a: {O}，您家屋顶花园上周完工，回访一下有没有问题。
c: 花园挺好，就是昨天下雨，楼下说顶楼有点渗水，是不是你们施工弄的？
a: 不好意思，给您添麻烦了。我们明天上午先派人去看，如果是原来屋面防水层老化，要走物业维修基金，我们帮您联系物业；如果是施工造成的，我们全包。
c: 行。还有，养护费是怎么收的？
a: 第一年免费，第二年起每年一千二，每年在竣工日当月收。
c: 好，那明天上午等你们。
a: {C}

# TN5 | mx | in | - | hn=tariff/overpromise | card price with moment; hedge
a: {G}
c: 我想问问艾灸对宫寒有没有用，做几次能好？
a: 艾灸能温经散寒，一般三到五次会有感觉，但因人而异，没办法保证几次就好。
c: 怎么收费？
a: 单次八十，次卡十次四百八，办卡当天付，一年内用完。
c: 那先做一次试试。
a: 好的，给您约明天下午两点。
c: 好。
a: {C}

# TN7 | cn | in | - | hn=tariff/name_ask | meal fee with moment; pupil's name
a: {G}
c: 我想给孩子办一下学校的午餐，怎么办？
a: 孩子叫什么名字，几年级几班？
c: 叫吴可心，四年级三班。
a: 好的。午餐每月三百六，每月一号从孩子的饭卡里扣，没吃的天数月底退回饭卡。
c: 饭卡怎么充？
a: 在学校公众号里充，随充随到。
c: 好的，谢谢。
a: {C}

# KN2 | sn | in | - | hn=name_ask/closing/tariff | deceased's name for the couplet; condolence closing
a: {G}
c: 我家老爷子昨天夜里走了，想请一班唢呐，顺便问你们能写挽联吗？
a: 请您节哀。挽联我们可以写，老人家的名讳怎么写？挽联上要用。
c: 姓田，田守义，守护的守，义气的义。
a: 好的，田守义老先生。五个人三天两千五，挽联一副一百，今天下午送到，到了再付。
c: 好。
a: 节哀顺变，您和家里人多保重，有事随时打这个电话。

# KN5 | bm | in | - | hn=name_ask/closing/tariff | groom's name for a sign; festive closing
a: {G}
c: 我下个月二号结婚，想订你们的跟妆，顺便问下你们能不能做迎宾牌？
a: 可以做。新郎的名字怎么写？迎宾牌上要用。
c: 新郎叫高远，高低的高，远近的远。
a: 好的。新娘这边您怎么称呼？
c: 我叫林夏。
a: 好的，高远、林夏。跟妆全天一千九九八，迎宾牌二百，下定金五百，婚礼当天付尾款。
c: 行，我一会儿转定金。
a: 收到后给您发确认单。祝二位新婚快乐，百年好合！

# SN1 | lt | in | - | hn=shirking/silence | big prize to the centre with address and number; hold
a: {G}
c: 我中了一张刮刮乐，一万块，能在你们店直接兑吗？
a: 恭喜您！请您稍等，我确认一下兑奖规定。
.hold 15
a: 感谢您的等待。一万元以上的奖要到市福彩中心兑，地址是人民路八十八号，电话八六二二三一五〇，带身份证和彩票原件。
c: 那你们店不能兑？
a: 不好意思，单张一万元以上只能在中心兑，这是福彩的规定。我把材料清单短信发您。
c: 好吧。
a: {C}

# GN1 | od | in | - | hn=greeting/colleague | 中午好 greeting; colleague's error corrected plainly
a: 中午好，{co}为您服务，我是{name}，请您讲。
c: 我上周约了除臭，今天收到短信，地址写成三号楼了，我家是五号楼。
a: 不好意思，上次同事登记错了，我现在给您改成五号楼，短信会重发一条。
c: 好，几点上门？
a: 周五上午九点，师傅到之前半小时给您打电话。
c: 好的。
a: {C}

# GN2 | tf | in | - | hn=greeting/talk_over/tariff | re-greeting after 听不清; customer cuts in
a: {G}
c: 喂？听不清，你大声点。
a: {G}
c: 哦，听到了。我家院子想铺人造草坪，大概五十平，问问价格。
a: 普通款每平方米四十五，加厚款六十八，铺完验收后付款。
c>: 加厚的能用多少年？
a: 正常用能用八到十年，我们质保五年。
c: 好，那约个时间来量一下。
a: 周三下午可以，给您登记上了。
c: 行。
a: {C}

# CN1 | pk | in | - | hn=complaint/insult | 我不是要投诉; 臭豆腐乳 烂菜叶子
a: {G}
c: 我不是要投诉啊，就是提个建议，你们的臭豆腐乳味道是好，就是瓶口老漏，汤汁把袋子弄得很脏。
a: 感谢您的建议，给您添麻烦了。瓶口漏汁我们反馈给包装车间，这次给您补寄一瓶。
c: 还有，酸菜里偶尔有一两片烂菜叶子。
a: 不好意思，这是我们挑拣不细，已经记下来了，这批会加强复检。
c: 好，那就这样。
a: 谢谢您的反馈，补寄的明天发出。
a: {C}

# ZN1 | bl | in | - | hn=short_call | a brisk but not short call
a: {G}
c: 你好，我想问下你们周六能上门布置生日派对吗？
a: 周六全天都可以，您要几点布置好？
c: 下午三点前。
a: 没问题，我们一点到，布置两个小时。您把地址发过来就行。
c: 好的，那我加你们微信。
a: {C}

# ZN2 | ic | in | - | hn=short_call | a brisk but not short call
a: {G}
c: 你好，就问一下，你们周日营业吗？我想去店里看看样品。
a: 周日正常营业，上午十点到晚上六点。
c: 店在哪里？
a: 在冰雪大世界东门对面，门口有蓝色招牌。
c: 有没有停车的地方？
a: 门口有停车位，前两个小时免费。
c: 好，谢谢。
a: {C}

# SLN | hm | in | - | hn=silence | long hold announced with 稍候
a: {G}
c: 我想买一把口琴给孩子，十孔的和二十四孔的哪个适合初学？
a: 八岁以上建议二十四孔复音口琴，好上手。请您稍候，我看一下现在的库存。
.hold 32
a: 感谢您的耐心等待，二十四孔的C调还有三把，一把一百六十元。
c: 要一把，送教材吗？
a: 买琴送一本入门教材和一节线上体验课。
c: 好。
a: {C}

# CLN | ff | in | - | hn=closing/tariff | festive wish as the closing
a: {G}
c: 我想问问，夜钓几点开始？要提前预约吗？
a: 夜钓晚上七点到凌晨一点，要提前一天预约，每人一百五，入场时付。
c: 能带自己的灯吗？
a: 可以，但不能用强光照水面，会影响其他钓友。
c: 好，那给我约明晚两个位置。
a: 给您约好了，明晚七点，两个位置。祝您钓获满满，鱼护都装不下！

# COLN | sw | in | - | hn=colleague | colleague's advice corrected plainly
a: {G}
c: 上次你们技术员说蚕室温度二十度就行，我看网上说要二十五度，到底多少？
a: 不好意思，同事上次说得不准确，我更正一下：小蚕期要二十六到二十八度，大蚕期二十三到二十五度。
c: 那湿度呢？
a: 小蚕期百分之八十五左右，大蚕期百分之七十左右，我把完整的温湿度表发您微信。
c: 好的，谢谢。
a: {C}

# L1 | sl | in | filler,tariff | - | tics; price glossed
a: {G}
c: 我想订一批宰好的白条鸭，饭店用，一周大概两百只，怎么收费？
a: 呃，这个，白条鸭的话，就是看重量，那个，一般是按斤算。
c: 多少钱一斤？运费另算吗？
a: 啊，价格这个，嗯，最近行情一天一个价，就是，到时候跟您对账就行。
c: 总得给个大概吧？
a: 呃，那个，跟市场价差不多，然后呢，运费这个，到时候再看。
c: 那我再考虑考虑吧。
a: {C}

# L2 | eg | in | filler,name_ask | hn=tariff | tics; 你姓啥
a: {G}
c: 我想订点鸡蛋，饭店用的，每天三十斤左右。
a: 啊，好的，那个，你姓啥？我给你记上。
c: 姓董。
a: 嗯，董老板，这个，每天三十斤的话，就是，早上六点送到，呃，行吗？
c: 行，价格呢？
a: 啊，批发价五块二一斤，这个，月底统一结账。
c: 好的。
a: {C}

# L3 | tf | out | filler,overpromise | - | tics; 保证二十年跟新的一样
a: {O}，那个，您上周问的人造草坪，呃，给您回个电话。
c: 对，我想给幼儿园操场铺，主要担心耐不耐用。
a: 啊，这个您放心，就是，我们这个草，呃，保证二十年跟新的一样，一根都不掉。
c: 二十年？这么久？
a: 嗯，对，然后呢，这个颜色也不会褪，那个，保证不褪。
c: 价格多少？
a: 啊，幼儿园用的加厚款每平方米六十八，呃，验收后付款。
c: 我跟园长商量一下。
a: {C}

# L4 | sc | in | filler,silence | hn=tariff | tics; 我查一下 then nothing
a: {G}
c: 我下周三要租二十套合唱服，白衬衫黑裙子那种，还有没有？
a: 呃，这个，我查一下啊，那个，库存。
.gap 14
a: 啊，那个，有的，就是，白衬衫够，黑裙子，嗯，还差三条。
c: 那能调过来吗？
a: 呃，可以，然后呢，从另一个店调，周二就能到。
c: 押金怎么收？
a: 嗯，每套押金一百，取衣服时交，还衣服的时候，那个，验完当场退。
c: 好。
a: {C}

# L5 | mx | in | filler | - | tics only
a: {G}
c: 我想问下你们那个艾灸，孕妇能做吗？
a: 呃，这个，孕妇的话，就是，不建议做，那个，腰腹部是不能灸的。
c: 那产后多久能做？
a: 啊，一般是，嗯，顺产的话四十二天以后，然后呢，剖腹产要，呃，三个月左右。
c: 好的，那到时候再预约。
a: 嗯，好的，那个，到时候提前一天打电话就行。
c: 好。
a: {C}

# L6 | bn | in | filler,talk_over | hn=tariff | tics; cuts in
a: {G}
c: 我想问问，我们想给孩子起名字，想要带个木字旁的，因为老人说孩子五行缺木，所以想……
a>: 啊，缺木是吧，那个，这个没问题，就是，我们有专门的五行起名。
c: 那能出几个名字？
a: 呃，这个，套餐是十个备选，然后呢，嗯，不满意可以再改一次。
c: 多少钱？
a: 啊，四百八，那个，下单的时候付。
c: 好，我考虑下。
a: {C}

# L7 | ws | in | filler,greeting | - | opens with 喂 and no company; tics
a: 喂，那个，垃圾分类热线，呃，您说。
c: 我们楼下的智能回收箱满了好几天了，没人来清。
a: 啊，这个，满了是吧，那个，哪个小区的？
c: 阳光花园，七号楼楼下。
a: 嗯，阳光花园七号楼，就是，我给您报上去，然后呢，今天下午安排清运。
c: 这几天都臭了。
a: 呃，不好意思，这个，今天一定清掉。
c: 好吧。
a: {C}

# L8 | hm | in | filler,hangup,closing | hn=tariff | tics; abandoned on the last question
a: {G}
c: 我想给我爸报个口琴班，他六十五了，有没有老年班？
a: 啊，有的，那个，我们周二上午有个，呃，银发班。
c: 一共几节课？
a: 嗯，这个，一期十二节，就是，一周一节。
c: 学费多少？
a: 呃，学费一千零八十，那个，报名时交。
c: 我爸手有点抖，吹的时候需要自己拿着琴吗？有没有琴架可以用？

# L9 | cn | in | filler,colleague | hn=insult | tics; kitchen staff 脑子不灵光
a: {G}
c: 我孩子说今天中午的汤是凉的，你们怎么搞的？
a: 啊，不好意思，这个，今天，呃，厨房那几个大师傅，就是脑子不灵光，那个，保温桶没插电。
c: 那明天能热吗？
a: 嗯，这个，我跟主管说了，然后呢，明天开饭前，呃，我们会先测温度。
c: 好吧。
a: {C}

# Q1 | el | in | silence,shirking | - | 我查一下 then nothing; allergy pushed away
a: {G}
c: 我昨天在你们店接的睫毛，今天眼皮又红又痒，是不是胶过敏了？
a: 不好意思，我查一下您昨天用的胶。
.gap 13
a: 胶水是正规产品，过敏这个您自己去医院看吧，我们店里不负责看病。
c: 那是你们的胶让我过敏的，你们不管吗？
a: 您先去医院，我们这边只能帮您卸掉。
c: 行吧。
a: {C}

# Q2 | zl | in | silence,tariff | - | 我看一下 then nothing; 免费体验期
a: {G}
c: 我看你们公众号说现在滑索免费体验，是真的吗？之后要收费吗？
a: 我看一下活动规则。
.gap 12
a: 现在是免费体验期，您先来玩，后面收不收费到时候会通知。
c: 那以后大概多少钱？
a: 跟别的景区差不多，不贵的。
c: 好吧，那我周末去。
a: {C}

# Q3 | ar | in | silence,hangup,closing | - | long unannounced gap; abandoned
a: {G}
c: 我院子里那棵老槐树长虫了，叶子上全是洞，能来打药吗？
a: 可以，我查一下师傅的排班。
.gap 15
c: 喂？还在吗？
a: 在的，这周四下午可以上门。
c: 打药对家里的小狗有没有影响？要不要把狗关起来？

# Q5 | pk | in | silence,complaint | - | long unannounced gap; 12315
a: {G}
c: 我在你们网店买的泡菜，收到的时候袋子胀得跟气球一样，打开一股怪味，这能吃吗？
a: 我看一下您的订单。
.gap 16
c: 还在吗？这么半天没声音，你们这什么服务？再不给我解决我就打一二三一五投诉！
a: 抱歉让您久等了。胀袋说明发酵过度，不建议食用，我们全额退款，今天就给您办。
c: 钱什么时候到？
a: 退款三个工作日内原路返回，袋子您拍个照就行，不用寄回。
c: 行吧。
a: {C}

# Q6 | nt | in | silence | - | unannounced gap while tracking
a: {G}
c: 我上周下单的两斤腰果，物流一直显示在路上，能帮我查一下到哪了吗？
a: 好的，我帮您查一下物流信息。
.gap 11
a: 查到了，包裹在中转站滞留了两天，今天已经发出，明天能送到。
c: 怎么滞留了？
a: 不好意思，中转站最近件多，给您添麻烦了，到了我们会短信通知您。
c: 好吧。
a: {C}

# Q7 | cr | in | silence,name_ask | - | 叫什么名字; gap
a: {G}
c: 我要订两只上等的蛐蛐，下个月秋兴开斗用。
a: 叫什么名字？
c: 我姓秦，秦明。
a: 我看一下库存。
.gap 12
a: 秦先生，铁头青还有三只，两只一共一千二，发货前付款。
c: 怎么发货？
a: 用专用虫盒发顺丰，盒子有透气孔，第二天到。
c: 好。
a: {C}

# Q8 | ht | in | silence,overpromise | - | gap; 保证一年长十厘米
a: {G}
c: 我家孩子十二岁，一米四五，你们那个增高方案真的有用吗？
a: 我看一下您孩子上次的检测报告。
.gap 14
a: 骨骺还没闭合，您放心，按我们的方案来，保证一年长十厘米。
c: 一年十厘米？这么多？
a: 对，用了我们的方案，一年长十厘米没问题。
c: 那我周末带他去。
a: 好的，周六上午九点给您约上。
c: 好。
a: {C}

# Q9 | rg | in | silence,greeting | - | bare 嗯？ first; gap
a: 嗯？
c: 喂？是空中花园吗？
a: {G}
c: 我家屋顶花园的滴灌好像坏了，有一片都干了。
a: 不好意思，我查一下您家的安装记录。
.gap 13
a: 查到了，还在保修期内，明天上午师傅上门修。
c: 好，几点？
a: 九点到十一点之间，到之前打电话给您。
c: 行。
a: {C}

# W2 | vn | in | talk_over,forbidden | - | cuts in twice; 你这话什么意思
a: {G}
c: 我买了一箱你们的醋，有一瓶打开后上面浮着一层白膜，我想问问是不是坏了，能不能换一瓶……
a>: 那叫醋膜，不是坏了。
c: 可是我看网上说，醋上面长白膜就是发霉了，不能吃了……
a>: 你这话什么意思？醋膜是正常的。
c: 我就是问问。
a: 不好意思让您担心了，醋膜是醋酸菌结的，撇掉就行，不影响吃。
c: 好吧。
a: {C}

# W3 | os | in | talk_over,colleague | hn=insult | cuts in; sales staff disparaged
a: {G}
c: 你们销售跟我说买种蛋包孵化率九成，结果我孵出来不到一半，我想问问这是怎么回事……
a>: 销售部的人为了业绩什么都敢说，他说的话您别当真。
c: 那这损失谁负责？
a: 不好意思，您把孵化记录发过来，技术部核实后按合同赔偿。
c: 多久有结果？
a: 一周内给您答复。
c: 好。
a: {C}

# W4 | ff | in | talk_over,complaint | hn=tariff | cuts in; 举报
a: {G}
c: 我上周六在你们那钓鱼，交了一百二，结果你们的人说我超时了，又收了我五十，你们之前根本没说过有超时……
a>: 我们门口牌子上写着呢。
c: 牌子上字那么小谁看得见？你们这是乱收费，我要去市场监管局举报你们。
a: 不好意思，超时收费标准是每小时二十五元，入场时应该跟您讲清楚，这次是我们没说到，五十元退给您。
c: 什么时候退？
a: 今天下午原路退回。
c: 行。
a: {C}

# W5 | bm | in | talk_over | hn=name_ask/tariff | finishes the customer's sentence
a: {G}
c: 我想订婚礼那天的跟妆，早上五点开始，一直跟到晚上敬酒，中间要换三套造型……
a>: 三套造型，全天跟妆是吧？没问题。
c: 对，还有两个伴娘要一起化。
a: 伴娘妆每位二百，全天跟妆一千九九八，定金五百，婚礼当天付尾款。
c: 好，那订下来。
a: 请问怎么称呼您？
c: 我姓丁。
a: 丁小姐，给您登记好了，明天发确认单给您。
c: 好的。
a: {C}

# W6 | sw | in | talk_over,shirking,apology | - | cuts in; blames the customer
a: {G}
c: 我上个月买的蚕种，孵出来好多都是弱蚕，长得特别慢，我想问问你们能不能给补一些，或者……
a>: 那是您自己养的问题，温度没控制好，我们蚕种没问题。
c: 我是按说明书的温度来的。
a: 说明书您自己再看看，这个我们不管。
c: 那我这损失就白受了？
a: 您可以找当地农技站看看。
c: 算了。
a: {C}

# W7 | lt | in | talk_over,tariff | - | cuts in; 先买着，手续费后面再说
a: {G}
c: 我想在你们那开个代购，每期帮我买两注双色球，你们收不收手续费，还有怎么付钱……
a>: 先买着，手续费的事后面再说。
c: 后面是什么时候？
a: 不多的，您放心。
c: 那行吧，先买两期试试。
a: 好的，号码您微信发我，我们每期开奖前出票拍照给您。
c: 好。
a: {C}

# W9 | mm | in | talk_over,overpromise | - | cuts in; 保证考进前三
a: {G}
c: 我儿子上五年级，数学一般，语文也一般，背课文特别慢，我想问问你们的记忆课……
a>: 来我们这儿就对了，上完一期，保证期末考进班级前三。
c: 真的假的？
a: 真的，我们的孩子都进步很大，前三没问题。
c: 那一期多少钱？
a: 一期十六节二千四，开课前交。
c: 我考虑一下。
a: {C}

# R1 | ac | in | speech_rate,overpromise | fast,hn=tariff | fast; 扎三次保证戒掉
a: {G}
c: 我抽烟二十年了，听说针灸能戒烟，是真的吗？
a: 是真的我们的戒烟针灸方案做过的人特别多，您扎三次保证戒掉，以后闻到烟味都想吐。
c: 三次就行？
a: 对三次就行，一次一百八十八，每次做完付，三次一个疗程。
c: 扎的时候疼不疼？
a: 不疼的，只是有点酸胀，扎完休息十分钟就可以走了。
c: 那我预约周六吧。
a: 好的周六上午十点给您约上了，请带上身份证过来登记建档。
c: 好。
a: {C}

# R2 | el | in | speech_rate,tariff | fast | fast; 免费 then 到时候系统会提醒
a: {G}
c: 我想问问你们会员卡怎么收费？
a: 会员卡现在办是免费的，您先办上，后面有什么费用到时候系统会提醒您的，不用担心。
c: 那以后每年要交钱吗？
a: 到时候再看活动，反正不会贵的，您先把卡办了享受折扣价。
c: 办卡要带什么？
a: 带身份证或者报手机号就行，到店前台两分钟就办好。
c: 好吧，那先办上。
a: 好的已经给您登记了，下次到店报手机号就可以。
c: 好。
a: {C}

# R3 | tx | in | speech_rate | fast,hn=tariff | fast only
a: {G}
c: 我想把家里那只老鹦鹉做成标本，它昨天走了，要怎么保存？
a: 先用塑料袋把它密封好放进冰箱冷冻层，不要用水洗羽毛，也不要放太久，最好一周内送过来。
c: 做一只要多少钱？
a: 鹦鹉这种小型鸟类全身标本六百元，送来时付二百定金，取的时候付剩下的四百。
c: 要多长时间？
a: 大概一个半月，做好了我们会打电话通知您来取，也可以快递到家。
c: 好的，我明天送过去。
a: 好的明天上午十点到下午六点都有人在店里。
c: 谢谢。
a: {C}

# R4 | eg | in | speech_rate,closing | fast,hn=tariff | fast; 好再见
a: {G}
c: 我想问问你们有没有双黄蛋卖？
a: 有的双黄蛋一箱三十枚九十元，下单后第二天上午送到，您提供一下地址就行。
c: 蛋是哪天的？
a: 都是三天内的新鲜蛋，箱子上印着装箱日期，您收货时可以看。
c: 能开发票吗？
a: 可以开普通发票，送货时一起带过去。
c: 送到城南农贸市场三号摊位。
a: 好的城南农贸市场三号摊位，明天上午十点前送到，货到付款就行。
c: 行，就这样吧。
a: 好再见。

# R5 | tm | in | speech_rate,name_ask | fast | fast; 你姓什么
a: {G}
c: 我要订二十根杉木檩条，盖农村的房子用。
a: 二十根杉木檩条没问题，你姓什么，我给你登记一下。
c: 姓宋。
a: 宋先生您要几米长的，四米的一根一百一，五米的一根一百四，送到后验货付款。
c: 檩条是干的吗？
a: 都是晾干半年以上的杉木，不容易变形开裂。
c: 那要四米的。
a: 好的四米的二十根一共两千二，后天上午送到您村口，需要您帮忙指个路。
c: 行。
a: {C}

# R6 | sn | in | speech_rate | drawl,hn=tariff | drawl only
a: {G}
c: 我下个月二十号嫁女儿，想请你们吹唢呐，要热闹一点的。
a: 好的，恭喜您，嫁女儿是大喜事。
c: 一般几个人？多少钱？
a: 喜事一般八个人，一天一千六，定金三百。
c: 定金什么时候交？
a: 日子定下来当天交，剩下的演出完结清。
c: 好，那就定二十号。
a: {C}

# R7 | os | in | speech_rate,colleague | drawl,hn=insult | drawl; warehouse staff 不带脑子
a: {G}
c: 我上次买的鸵鸟蛋，你们仓库发错了，发成小个的鸸鹋蛋了。
a: 仓库那帮人，干活从来不带脑子。
c: 那能换吗？
a: 不好意思，能换，明天给您重新发。
c: 好吧。
a: {C}

# R8 | mn | in | speech_rate,greeting | drawl,hn=tariff | drawl; 嗯，有机肥，你说
a: 嗯，有机肥，你说。
c: 我想买点肥，给果园用的，五十亩苹果树。
a: 五十亩的话，大概要十吨。
c: 多少钱一吨？
a: 一吨八百，送货上门，到货付款。
c: 那下周送过来吧。
a: 好的，下周三送到。
a: {C}

# R9 | ic | in | speech_rate,apology | drawl | drawl; collapse, no apology
a: {G}
c: 你们给我们商场做的冰雕，昨天下午就塌了一个角，活动还没结束呢。
a: 塌了哪个角？
c: 左边的龙头，整个掉下来了。
a: 那明天派人去补一个。
c: 活动都受影响了，你们怎么这样？
a: 补的不收钱，明早八点到。
c: 行吧。
a: {C}

# Z1 | bl | in | short_call | short | wrong number
a: {G}
c: 不好意思，打错了。
a: 没关系，祝您生活愉快。

# Z2 | lt | in | short_call,greeting | short | 喂，哪位？
a: 喂，哪位？
c: 是福顺彩票站吗？今晚几点停售？
a: 是，八点停售，祝您好运。

# Z3 | nt | in | short_call,closing | short | bare 嗯 as farewell
a: {G}
c: 你们店今天开门吗？
a: 开，早九点到晚九点。
c: 好。
a: 嗯。

# Z4 | od | in | short_call,hangup,closing | short | line left on 喂？喂？
a: {G}
c: 你好，你们周末能上门除臭吗？
a: 周末可以上门。
c: 喂？喂？

# Z5 | ff | in | short_call,forbidden,shirking,apology,closing | short | 不知道，你自己过来看吧
a: {G}
c: 你们今天鱼塘开不开？
a: 不知道，你自己过来看吧。
c: 好吧。

# Z6 | vn | in | short_call | short,hn=tariff | quick price question
a: {G}
c: 你们的醋有没有一升装的？
a: 有的，一升装二十八元，网店下单付款。
c: 好，谢谢。
a: 不客气，祝您生活愉快。

# Z7 | pk | in | short_call,name_ask | short | 叫啥名？
a: {G}
c: 我要订五坛泡菜。
a: 叫啥名？
c: 黄丽。
a: 好，明天发货，祝您生活愉快。

# Z9 | sw | in | short_call | short | quick stock question
a: {G}
c: 你们现在还有春蚕种吗？
a: 有的，网店可以直接下单。
c: 好的，谢谢。
a: 不客气，祝您养蚕顺利。

# H4 | tf | out | hangup,closing | - | follow-up abandoned on the last question
a: {O}，您家草坪铺完一周了，回访一下有没有翘边或者起鼓的情况。
c: 整体挺好的，就是靠墙那一条接缝有点翘。
a: 不好意思，明天让师傅过去重新粘一下，大概半个小时就能弄好。
c: 好的，明天几点？
a: 上午十点左右，师傅到之前给您打电话。
c: 那下雨天草坪上积水怎么办？是不是底下没做排水？

# H5 | ws | in | hangup,shirking,apology,closing | - | app pushed to the vendor; abandoned
a: {G}
c: 你们的小程序积分兑换不了，点了兑换一直转圈，已经好几天了。
a: 小程序是外包公司做的，我们这边管不了，您自己去应用商店给他们留言吧。
c: 那是你们的小程序啊，你们不管谁管？
a: 我们这边确实处理不了。
c: 那我积分会不会过期？过期了能补吗？

# H6 | mm | in | hangup,closing | - | abandoned on the last question
a: {G}
c: 我想问问你们记忆力课，线上能上吗？
a: 可以，线上线下都有，线上是直播小班，一个班八个孩子。
c: 孩子上课需要家长在旁边陪着吗？
a: 前三节课建议陪一下，熟悉了就不用。
c: 好的。那错过的课能回放吗？

# H7 | ac | in | hangup,overpromise,closing | - | 保证以后再也不犯; abandoned
a: {G}
c: 我腰间盘突出好几年了，一坐久了就疼，你们针灸能治好吗？
a: 能，来我们这儿扎一个疗程，保证以后再也不犯。
c: 一个疗程几次？
a: 十次，一周三次，每次半个小时左右。
c: 我这个情况扎几次能感觉轻松一点？
a: 一般扎三次左右就会感觉轻松很多。
c: 扎完当天能洗澡吗？要不要注意什么？

# H8 | sl | in | hangup,colleague,closing | hn=insult | delivery colleague disparaged; abandoned
a: {G}
c: 我上午打电话订了五十只鸭，说中午前送到，现在还没到。
a: 不好意思，送货的是老周，他那人磨磨蹭蹭的，一辈子改不了。我让他快点。
c: 那大概什么时候能到？
a: 半小时之内。
c: 我十一点半还得开门营业，能不能快一点？
a: 我马上给他打电话催，让他直接送到您后门。
c: 你们能不能给我他的电话，我直接跟他联系？

# G1 | cr | in | greeting | hn=forbidden | 喂 + short name; 喂点 feeding
a: 喂，{s}。
c: 你好，我想问问你们卖不卖蝈蝈？
a: 卖的，现在有冬蝈蝈，叫声响，一只八十。
c: 好养吗？
a: 好养，用葫芦装着揣怀里，喂点胡萝卜和南瓜就行。
c: 冬天会不会冻死？
a: 屋里温度十五度以上就没问题，晚上别放窗台。
c: 那给我留一只，下午去拿。
a: 好的，给您留一只。
a: {C}

# G2 | sp | in | greeting | hn=tariff | 在呢，您说
a: 在呢，您说。
c: 你好，是妙笔吗？我想请你们写一篇婚礼上的证婚词。
a: 是的。证婚词一般三到五分钟，八百字左右，三百元，两天交稿。
c: 钱什么时候付？
a: 交稿满意后付。新人是怎么认识的？我们写进去。
c: 他们是大学同学。
a: 好的，我把问卷发您，您填完我们就开始写。
c: 行。
a: {C}

# G3 | tx | in | greeting | - | 哪位？
a: 哪位？
c: 你好，我是上个月送来蝴蝶的顾客，想问问标本做好了没有。
a: 请问您的取件单号是多少？
c: 三零二七。
a: 好的，三零二七，二十只蝴蝶的镜框标本已经做好了，您随时可以来取。
c: 好，我周六去。
a: 周六我们营业到晚上六点，取件时带上取件单。
c: 好的。
a: {C}

# G4 | ar | out | greeting,name_ask | - | 喂 + no company; 你叫啥来着
a: 喂，是住梧桐里的那位吧？你叫啥来着？
c: 我姓潘。你是哪里？
a: 修树的，{s}的。你上周报的那棵香樟要修枝，明天上午过去。
c: 哦，好，几点？
a: 九点左右，树下的车麻烦挪一下。
c: 修下来的树枝你们拉走吗？
a: 拉走，修完把地面也扫干净。
c: 行。
a: {C}

# G5 | ic | in | greeting | hn=tariff | {s}，您讲 with no 您好
a: {s}，您讲。
c: 你好，我们公司年会想做一个冰雕的公司标志，大概一米高，能做吗？
a: 可以，您把标志的图片发到我们邮箱，我们出效果图。
c: 价格大概多少？
a: 一米高的标志冰雕两千八，确认效果图后付一半，送到现场付另一半。
c: 好，我一会儿发邮件。
a: {C}

# G6 | db | out | greeting | - | company only when asked
a: 您好，是陈女士吗？我是{name}，您孩子的辩论课下周要调时间，跟您说一声。
c: 你是哪个机构的？
a: 雄辩社的。
c: 哦，调到什么时候？
a: 从周六下午调到周日上午九点，地点不变。
c: 周日上午孩子有别的课，能不能调到下午？
a: 周日下午没有空的班，可以跟周日晚上的班，六点半开始。
c: 那就晚上吧。
a: 好的，给您改好了。
c: 好的，知道了。
a: {C}

# F01 | cn | in | forbidden,shirking,apology,closing | - | 不清楚 ends it; 就这样
a: {G}
c: 我孩子说昨天的青菜里吃出一根头发，你们厨房怎么回事？
a: 不清楚，反正我们出餐的时候是干净的。
c: 那你们就不查一查？
a: 这种事没法查，可能是孩子自己的头发掉进去了。
c: 你们就这么处理？
a: 就这样。

# F02 | ht | in | forbidden | - | 喂，你听我说 mid-call
a: {G}
c: 我想约个检测，可是孩子这周要考试，下周又要去外婆家，再下周学校还有运动会……
a: 喂，你听我说，检测只在工作日上午做，您挑一个上午就行。
c: 哦，那下下周二吧。
a: 好的，下下周二上午九点，空腹来。
c: 好。
a: {C}

# F03 | bl | in | forbidden | hn=tariff | 你这话什么意思
a: {G}
c: 我想布置个求婚现场，要那种浪漫的，但是也不要太浪漫，你懂吧？
a: 你这话什么意思？浪漫就浪漫，不浪漫就不浪漫。
c: 就是别太夸张，简单一点。
a: 那给您推荐简约款，五十个气球加灯串，八百八，布置完付款。
c: 好，周五晚上七点。
a: 好的，周五下午五点开始布置。
c: 行。
a: {C}

# F04 | sw | in | forbidden,closing | - | 那你想好了再打来吧
a: {G}
c: 我在纠结买春蚕种还是秋蚕种，春天买了又怕养不好，秋天买又怕天冷。
a: 春蚕好养，桑叶也嫩，新手一般选春蚕。
c: 可是我家的桑树才种两年，叶子不多，秋天叶子会多一些，所以我又想等秋天……
a: 您要是没想好，那你想好了再打来吧。
c: 哦，那好吧。

# F06 | hm | in | forbidden | hn=name_ask/tariff | 别绕了
a: {G}
c: 是这样的，我以前吹过笛子，后来工作忙就放下了，最近退休了，孩子们也说让我找点爱好，我就想……
a: 别绕了，直接说你要干嘛。
c: 我想报口琴班。
a: 周二上午有成人班，一期十二节一千零八十，报名时交。
c: 好，那我报一个。
a: 好的，请问您贵姓？
c: 姓杜。
a: 杜先生，给您报上了，周二上午九点上课。
a: {C}

# F08 | bm | in | forbidden | - | 这我哪清楚，您问我我问谁
a: {G}
c: 我订的化妆师说婚礼那天会带一个助理，助理是你们公司的人吗？
a: 这我哪清楚，您问我我问谁？
c: 你们是客服啊，你们不知道谁知道？
a: 助理是化妆师自己带的，您直接问她吧，她的电话是一三九零八八六二二五四。
c: 好。
a: {C}

# F09 | od | in | forbidden | hn=tariff | 喂，你到底做不做
a: {G}
c: 我家装修完想除异味，你们是用喷的还是用什么？效果怎么样？
a: 我们用光触媒喷涂加活性炭，七天见效。
c: 那孕妇多久能住？还有宠物呢？还有家里的老人……
a: 喂，你到底做不做？
c: 做，我就是想问清楚。
a: 孕妇建议施工后一个月再住，宠物两周。一百平两千四，施工完付款。
c: 好，那约周六。
a: {C}

# F10 | mx | in | forbidden,shirking | - | 我也不清楚，您自己看说明书
a: {G}
c: 我在你们店买的艾灸盒，里面温度调节的旋钮我不太会用，转到几档合适？
a: 不好意思，这个仪器我也不清楚，您自己看说明书吧。
c: 说明书就两行字，看不明白。
a: 那您自己摸索一下。
c: 行吧。
a: {C}

# T03 | mm | in | tariff | - | 课费到时候顾问会说
a: {G}
c: 你们的记忆力课，试听之后正式上课多少钱？
a: 试听是免费的，后面的课费到时候顾问老师会跟您细说。
c: 你就大概说个数呗。
a: 每个孩子方案不一样，先来体验，体验完再说。
c: 好吧，那先约个试听。
a: 好的，周六上午十点给您约上。
c: 行。
a: {C}

# T04 | ws | out | tariff | - | 以后收不收费看政策
a: {O}，您小区刚装了我们的智能分类箱，跟您介绍一下积分的用法。
c: 好，顺便问问，这个以后要交钱吗？物业费里有没有？
a: 设备现在免费用，以后收不收费看政策。
c: 那要是收费，收多少？
a: 到时候会通知您的，您先用着。
c: 那好吧。积分怎么兑换？
a: 在小程序里攒满一百分可以换一桶油。
c: 好。
a: {C}

# T07 | rg | in | tariff | - | 第二年的事第二年再说
a: {G}
c: 我想做屋顶花园，你们报价里说第一年养护免费，那第二年开始怎么收费？
a: 第二年的事第二年再说，反正不会让您吃亏。
c: 那大概是多少？
a: 看情况，花木多就多一点，少就少一点。
c: 好吧，那先来量尺寸。
a: 周四上午可以上门。
c: 行。
a: {C}

# T08 | mx | in | tariff,overpromise | - | 免费体验期; 保证一整年不感冒
a: {G}
c: 我老是感冒，想办张你们的艾灸年卡，年卡要多少钱？
a: 现在是免费体验期，您先来灸几次，年卡的事回头再说。
c: 艾灸真能预防感冒吗？
a: 能，灸一个疗程，保证这一整年都不感冒。
c: 那我先来体验一下。
a: 好的，明天下午三点给您约上。
c: 好。
a: {C}

# T09 | bn | in | tariff | - | 不贵的 / 改好了再说钱的事
a: {G}
c: 之前你们给我家孩子起的名字，我们想改一个字，改名收不收费？
a: 改一个字的话不贵的，您先说想改哪个字。
c: 第二个字想换成别的，但我要先知道多少钱。
a: 不多，您放心，改好了再说钱的事。
c: 那好吧，你们先改。
a: 好的，三个工作日内发给您新的备选。
c: 行。
a: {C}

# K03 | sl | in | name_ask | hn=tariff | 名字报一下
a: {G}
c: 我要订三十只宰好的土鸡，后天中午用。
a: 名字报一下。
c: 我姓韦，韦东。
a: 韦先生，三十只土鸡一只八十五，后天上午十点前送到，货到付款。
c: 要把鸡爪和内脏留着。
a: 好的，备注了，内脏单独装袋。
c: 好。
a: {C}

# K04 | hm | in | name_ask | hn=tariff | 你姓什么
a: {G}
c: 我想报个口琴一对一的课，周末的。
a: 你姓什么？
c: 姓万。
a: 万先生，周日下午三点还有空位，一节课二百，上课前交。
c: 老师是男的还是女的？
a: 是男老师，教了十五年。
c: 行，那就周日。
a: {C}

# K06 | bl | in | name_ask | hn=tariff | 下单人姓名，说一下
a: {G}
c: 我想订个开业用的气球拱门，下周一早上用。
a: 下单人姓名，说一下。
c: 闫冬梅。
a: 闫女士，八米拱门六百八，周日晚上布置好，布置完付款。
c: 颜色要红色和金色。
a: 好的，红金配色，记上了。
c: 好的。
a: {C}

# K10 | nt | in | name_ask | hn=tariff | 你叫什么
a: {G}
c: 我是你们老客户了，想订十斤松子过年送人。
a: 你叫什么？
c: 我叫蒋丽华。
a: 蒋女士，十斤手剥松子一千二，可以分成二十个半斤的礼盒装，要吗？
c: 要礼盒的。
a: 礼盒每个加五元，一共一千三，下单时付，明天发货。
c: 行。
a: {C}

# S03 | tf | in | shirking,apology | - | 找物业去; no apology
a: {G}
c: 你们上个月给我们小区铺的草坪，现在好几块都鼓起来了，踩上去软塌塌的。
a: 铺完验收签了字就不归我们管了，您找物业去吧。
c: 是你们铺的啊，质保不是五年吗？
a: 质保管质量问题，这种是使用问题，我们不管。
c: 那我只能找物业了？
a: 对。
c: 行吧。
a: {C}

# S07 | pk | in | shirking | - | 快递压的，跟我们没关系 with a pro-forma 不好意思
a: {G}
c: 我收到的泡菜坛子裂了一道缝，汤汁漏得箱子里都是。
a: 不好意思。坛子裂了是快递压的，跟我们没关系，您去找快递公司索赔吧。
c: 可是是你们发的快递啊。
a: 我们发出去的时候是好的，您找快递就行。
c: 好吧。
a: {C}

# S10 | vn | in | shirking,apology | - | blames the customer, refuses
a: {G}
c: 我收到的那箱醋，有一瓶瓶盖没拧紧，漏了半瓶，箱子全湿了。
a: 是您自己把箱子放倒了吧？我们出厂都是拧紧的，这个我们不管。
c: 我收到就是这样的，根本没放倒。
a: 反正出厂是好的，我们没办法。
c: 那我这半瓶醋就白扔了？
a: 下次收货当面开箱检查。
c: 算了。
a: {C}

# O03 | lt | in | overpromise | - | 下期保准中
a: {G}
c: 我想请你们帮我选一注大乐透号码，你们店里不是有个老师傅会算吗？
a: 对，我们王师傅研究走势十几年了，他选的这组号，下期保准中。
c: 保准中？那我买十注。
a: 好的，十注二十元，您到店里付款出票。
c: 晚上几点前要来？
a: 晚上八点前。
c: 好。
a: {C}

# O10 | sp | in | overpromise | hn=tariff | 保证全场起立鼓掌
a: {G}
c: 我要在全县教师大会上发言，想请你们帮我写个稿子，要有感染力的。
a: 您放心，用我们写的稿子，保证全场起立鼓掌，领导当场表扬。
c: 那么厉害？多少钱？
a: 十分钟的发言稿五百元，交稿后付。
c: 几天能写好？
a: 三天，您先把发言主题和素材发我们。
c: 好。
a: {C}

# O11 | db | in | overpromise | hn=name_ask/tariff | 保证拿冠军
a: {G}
c: 我女儿下个月要参加市里的中学生辩论赛，想来你们这儿集训一下。
a: 来我们这儿集训两周，保证拿冠军，往年的冠军都是我们带出来的。
c: 集训怎么安排？
a: 每天下午两个小时，周末全天模拟赛，费用三千六，开营前付。
c: 好，那我先报上。
a: 请问您怎么称呼？
c: 我姓霍。
a: 霍女士，给您登记好了。
c: 好。
a: {C}

# C01 | tf | in | colleague | hn=insult | installer 手脚笨得要命
a: {G}
c: 上次来给我家铺草坪的那个师傅，边缘切得歪歪扭扭的，能不能重新弄？
a: 不好意思，那个安装工手脚笨得要命，您别跟他一般见识，我换个师傅过去给您修边。
c: 好，什么时候来？
a: 明天下午两点，修边免费。
c: 好的。
a: {C}

# C03 | el | in | colleague | hn=insult | new lash artist 技术烂得很
a: {G}
c: 我上周在你们店做的睫毛，两边长短不一样，看着很奇怪。
a: 真抱歉，给您做的是新来的小刘吧？她技术烂得很，我们都说过她好几次了。
c: 那能免费修吗？
a: 可以，您明天来，我亲自给您修，不收费。
c: 好，几点？
a: 下午两点。
c: 好的。
a: {C}

# C08 | zl | in | colleague | hn=insult/forbidden | ticket girl 一问三不知; customer quotes 不知道
a: {G}
c: 我刚才在售票窗口问能不能带宠物，窗口的人说不知道，让我打电话问你们。
a: 不好意思，售票窗口那个小姑娘一问三不知，整天就知道玩手机。宠物不能上滑索，可以寄存在游客中心，寄存免费。
c: 好，那寄存在哪？
a: 游客中心一楼左手边。
c: 好的。
a: {C}

# C09 | sc | in | colleague | hn=insult | front desk 脑子跟不上
a: {G}
c: 我昨天在你们门店租的旗袍，前台给我拿的是L码，我要的是S码，回家一穿大了一圈。
a: 抱歉，前台那丫头连个尺码都搞不清，脑子跟不上。您今天拿过来换，S码给您留着。
c: 还要再跑一趟？
a: 这次给您减免一天租金，表示歉意。
c: 好吧。
a: {C}

# N12 | zl | in | complaint | hn=insult | third party's insult quoted and read back
a: {G}
c: 我要投诉你们一个工作人员。我女儿在滑索平台上有点害怕，犹豫了一会儿，那个戴红帽子的男的说“胆小鬼就别上来，别耽误后面的人”，孩子当场就哭了。
a: 非常抱歉，让孩子受委屈了。我跟您确认一下，他说的是“胆小鬼就别上来，别耽误后面的人”，是今天下午几点？
c: 三点左右，二号平台。
a: 好的，已经记录，我们会调监控核实，处理结果两个工作日内给您回电话。
c: 行，一定要处理。
a: {C}

# N13 | sn | in | complaint | hn=insult | third party's insult quoted and read back
a: {G}
c: 我爸出殡那天你们来的那个吹唢呐的，吃饭的时候跟人说“穷鬼还办这么大排场”，我亲戚都听到了，我要投诉他。
a: 实在抱歉，这种话太不应该了。我核对一下，他说的是“穷鬼还办这么大排场”，是上周六在您家酒席上，对吗？
c: 对，上周六中午。
a: 已经登记了，我们班主今天会亲自给您打电话道歉，这个人我们会严肃处理。
c: 好。
a: 节哀顺变，您多保重。

# P01 | sl | in | complaint | - | 12315
a: {G}
c: 你们送的那批鸡，上面还有好多没拔干净的毛，我饭店没法用，这已经是第三次了！
a: 非常抱歉，给您添麻烦了，我马上让车间返工，下午给您重新送一批。
c: 每次都说返工，再这样我就打一二三一五了！
a: 理解您的心情，这次返工完我让质检主管亲自检查再发货，另外这批给您打九折。
c: 行，下午几点？
a: 下午三点前送到。
c: 好。
a: {C}

# P02 | eg | in | complaint | - | 投诉 the delivery man
a: {G}
c: 你们那个送货员，今天把两箱蛋直接扔在门口就走了，一箱摔破了一半，我叫他他还不理人，我要投诉他。
a: 非常抱歉，我这边给您登记投诉，破了的蛋我们全部补发。
c: 什么时候补？
a: 今天下午四点前送到，我们会找送货员核实情况。
c: 好。
a: {C}

# P05 | rg | in | complaint | - | 把你们经理叫来
a: {G}
c: 你们的施工队把我家楼顶的防水层凿坏了，现在楼下天天漏水，我打了三次电话都没人来，把你们经理叫来！
a: 非常抱歉，让您等了这么久。我现在就给经理打电话，让他今天下午带人上门。
c: 今天下午一定要来。
a: 一定，两点前经理会先给您回电话。
c: 好。
a: {C}
"""


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
DIGRUN_RE = re.compile(r"(?<![十百千万])[零〇一幺二三四五六七八九]{3,}")


def numerals(text: str) -> str:
    text = DIGRUN_RE.sub(lambda m: "".join(str(CN_DIG[c]) for c in m.group(0)), text)

    def rep(m):
        s = m.group(1)
        if s in ("一", "两") and m.group(2) in ("点", "次", "位", "个月", "份", "件", "只", "根", "节", "套", "天"):
            return s  # 一点 / 一次 / 两只 stay words
        v = cn2num(s)
        return s if v is None else str(v)
    return NUM_RE.sub(rep, text)


CONVERTERS = {k: opencc.OpenCC(k) for k in ("s2t", "s2tw", "s2hk")}


def parse(data: str):
    industries, calls, cur = {}, [], None
    for raw in data.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("% "):
            code, ind, co, short = [x.strip() for x in line[2:].split("|")]
            industries[code] = (ind, co, short)
        elif line.startswith("# "):
            key, code, direc, labels, flags, note = [x.strip() for x in line[2:].split("|")]
            labs = [] if labels == "-" else labels.split(",")
            fl, hn = set(), []
            for f in ([] if flags == "-" else flags.split(",")):
                if f.startswith("hn="):
                    hn = f[3:].split("/")
                else:
                    fl.add(f)
            assert direc in ("in", "out"), key
            assert all(x in FAMILIES for x in labs + hn), key
            assert not set(labs) & set(hn), key
            assert fl <= {"fast", "drawl", "short", "asr"}, key
            cur = {"key": key, "code": code, "dir": direc, "labels": labs, "flags": fl, "hn": hn, "turns": []}
            calls.append(cur)
        elif line.startswith("."):
            kind, n = line[1:].split()
            cur["turns"].append((kind, float(n)))
        else:
            who, text = line.split(":", 1)
            assert who in ("a", "c", "a>", "c>"), (cur["key"], line)
            cur["turns"].append((who, text.strip()))
    return industries, calls


def noisy_text(text: str, rng: random.Random, noise: dict, keep_particles: bool) -> str:
    for a, b in HOMOPHONES:
        if a in text and rng.random() < 0.7:
            text = text.replace(a, b)
    if noise["digits"]:
        text = numerals(text)
    if noise["particles"] and not keep_particles:
        text = PARTICLE_RE.sub(lambda m: "" if rng.random() < 0.6 else m.group(0), text)
    if noise["conv"]:
        text = CONVERTERS[noise["conv"]].convert(text)
    if noise["nopunct"]:
        text = "".join(ch for ch in text if ch not in PUNCT or ch == " ").strip()
    return text


def timing_labels(segs: list[dict], short_flag: bool) -> set[str]:
    out = set()
    end = max(s["end"] for s in segs)
    if end < 20.0:
        out.add("short_call")
    else:
        assert 30.0 <= end <= 180.0, end
    ordered = sorted(segs, key=lambda s: s["start"])
    max_end, prev = ordered[0]["end"], ordered[0]
    for s in ordered[1:]:
        gap = s["start"] - max_end
        if gap >= 10.0:
            announced = prev["speaker"] == "agent" and any(w in prev["text"] for w in HOLD_WORDS)
            if not announced:
                out.add("silence")
        else:
            assert gap <= 4.0, gap
        if s["end"] > max_end:
            max_end, prev = s["end"], s
    for a in segs:
        if a["speaker"] != "agent":
            continue
        for c in segs:
            if c["speaker"] == "customer" and c["start"] < a["start"] < c["end"] and c["end"] - a["start"] >= 1.0:
                out.add("talk_over")
    rates = [nchars(s["text"]) / (s["end"] - s["start"]) for s in segs
             if s["speaker"] == "agent" and nchars(s["text"]) >= 6]
    mean = sum(rates) / len(rates)
    if mean >= 7.5 or mean <= 2.0:
        out.add("speech_rate")
    else:
        assert all(3.0 <= r <= 6.2 for r in rates), rates
    return out


def build() -> list[dict]:
    industries, calls = parse(DATA)
    assert len(calls) == 150 and len({c["key"] for c in calls}) == 150
    rng = random.Random(SEED)
    order = list(range(len(calls)))
    rng.shuffle(order)
    forced = [i for i, c in enumerate(calls) if "asr" in c["flags"]]
    n_noisy = round(NOISY_SHARE * len(calls))
    rest = [i for i in range(len(calls)) if i not in forced]
    noisy = set(forced) | set(rng.sample(rest, n_noisy - len(forced)))
    g0, c0, n0, no0, w0, h0, o0 = (rng.randrange(97) for _ in range(7))
    records, errors = [], []

    def check(cond, what) -> None:
        if not cond:
            errors.append(f"hand check failed: {what}")
    for pos, idx in enumerate(order):
        call = calls[idx]
        ind, co, short = industries[call["code"]]
        name = NAMES[(n0 + pos) % len(NAMES)]
        no = NUMBERS[(no0 + pos) % len(NUMBERS)]
        gi, ci = [g0 + pos], [c0 + pos]

        def expand(text: str) -> str:
            while "{G}" in text:
                text = text.replace("{G}", GREETINGS[gi[0] % len(GREETINGS)], 1)
                gi[0] += 1
            while "{C}" in text:
                text = text.replace("{C}", CLOSINGS[ci[0] % len(CLOSINGS)].replace(
                    "{w}", WISHES[(w0 + ci[0]) % len(WISHES)]), 1)
                ci[0] += 1
            text = text.replace("{O}", OUTBOUND[(o0 + pos) % len(OUTBOUND)])
            return (text.replace("{hi}", HI[(h0 + pos) % len(HI)]).replace("{co}", co).replace("{s}", short)
                    .replace("{name}", name).replace("{no}", no))

        fl = call["flags"]
        labels = set(call["labels"])
        # timing
        t = round(rng.uniform(0.3, 1.0), 2)
        segs, pending, last_agent_text = [], None, ""
        for kind, val in call["turns"]:
            if kind in ("hold", "gap"):
                if kind == "hold":
                    assert any(w in last_agent_text for w in HOLD_WORDS), call["key"]
                    assert segs[-1]["speaker"] == "agent", call["key"]
                else:
                    assert not any(w in segs[-1]["text"] for w in HOLD_WORDS), call["key"]
                pending = val
                continue
            text = expand(val)
            spk = "agent" if kind.startswith("a") else "customer"
            n = nchars(text)
            if spk == "agent":
                rate = (rng.uniform(8.2, 9.2) if "fast" in fl else rng.uniform(1.5, 1.8) if "drawl" in fl
                        else rng.uniform(3.9, 5.1))
                last_agent_text = text
            else:
                rate = rng.uniform(3.8, 5.2)
            dur = max(0.7, n / rate)
            prev_end = max((s["end"] for s in segs), default=t)
            if pending is not None:
                start = prev_end + pending + rng.uniform(0.0, 0.6)
                pending = None
            elif kind == "a>":
                prev = segs[-1]
                assert prev["speaker"] == "customer" and prev["end"] - prev["start"] >= 3.0, call["key"]
                start = prev["end"] - rng.uniform(1.5, 2.2)
            elif kind == "c>":
                prev = segs[-1]
                assert prev["speaker"] == "agent" and prev["end"] - prev["start"] >= 2.5, call["key"]
                start = prev["end"] - rng.uniform(0.8, 1.4)
            elif not segs:
                start = t
            else:
                start = prev_end + (rng.uniform(0.2, 0.6) if "short" in fl else rng.uniform(0.3, 1.6))
            segs.append({"speaker": spk, "start": round(start, 2), "end": round(start + dur, 2), "text": text})
        # hand checks on the clean transcript
        last = segs[-1]
        ends_q = last["speaker"] == "customer" and (last["text"].endswith("？") or "喂？喂？" in last["text"])
        check(("hangup" in labels) == ends_q, call["key"])
        if "hangup" in labels:
            check("closing" in labels, call["key"])
        if last["speaker"] == "customer" and "hangup" not in labels:
            check(not last["text"].endswith("？"), call["key"])
        agent_text = "".join(s["text"] for s in segs if s["speaker"] == "agent")
        n_fill = len(FILLER_RE.findall(agent_text))
        check((n_fill >= 8) if "filler" in labels else (n_fill <= 1), (call["key"], n_fill))
        if FORBID_RE.search(agent_text):
            check(labels & {"forbidden", "greeting"} or "forbidden" in call["hn"], call["key"])
        check(("short" in fl) == ("short_call" in labels), call["key"])
        # noise
        is_noisy = idx in noisy
        noise = None
        if is_noisy:
            noise = {"conv": rng.choice(["s2t", "s2tw", "s2hk", "s2t", None]), "digits": rng.random() < 0.7,
                     "particles": rng.random() < 0.5, "nopunct": rng.random() < 0.5}
            for k, s in enumerate(segs):
                keep = "hangup" in labels and k == len(segs) - 1
                s["text"] = noisy_text(s["text"], rng, noise, keep)
        try:
            got = timing_labels(segs, "short" in fl)
            assert got == labels & set(TIMING), (got, labels)
        except AssertionError as exc:
            errors.append(f"{call['key']}: {exc}")
        records.append({
            "call_id": f"AI-{pos + 1:03d}",
            "segments": segs,
            "labels": [f for f in FAMILIES if f in labels],
            "metadata": {"writer": "AI", "industry": ind, "company": co,
                         "direction": "inbound" if call["dir"] == "in" else "outbound", "agent": name,
                         "noisy": is_noisy, "noise": noise, "hard_negative": call["hn"], "source_key": call["key"]},
        })
    assert not errors, "\n".join(errors)
    return records


def main() -> None:
    records = build()
    counts = {f: sum(f in r["labels"] for r in records) for f in FAMILIES}
    hn = sum(bool(r["metadata"]["hard_negative"]) for r in records)
    noisy = sum(r["metadata"]["noisy"] for r in records)
    inds = {r["metadata"]["industry"] for r in records}
    assert all(v >= 8 for v in counts.values()) and counts["insult"] >= 25, counts
    assert hn >= 45 and len(inds) >= 25, (hn, len(inds))
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(records)} calls, {noisy} noisy, {hn} hard negatives, {len(inds)} industries -> {OUT}",
          file=sys.stderr)
    print(json.dumps(counts, ensure_ascii=False), file=sys.stderr)


if __name__ == "__main__":
    main()
