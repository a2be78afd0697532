"""Independent labelled call set AM (heldout_am.jsonl) -- HELD OUT.

Writer AM adopts writer Z's label policy (the header of build_z.py), writer AE's data format (the header of
build_ae.py) and the readings of writers AA, AB, AC, AD, AF, AG, AH, AI, AJ, AK and AL unchanged. Timing families are
computed from the generated segment times and asserted against the hand labels (clean and noisy text): short_call
< 20 s (others >= 30 s); silence an unannounced gap >= 10 s (holds announced with 稍等 / 稍候 in the agent's turn just
before are not; every other gap <= 4 s); talk_over the agent starting >= 1.0 s before the customer's segment ends (the
customer cutting in on the agent is not); speech_rate the agent's mean rate over turns of >= 6 characters >= 7.5 or
<= 2.0 chars/s (every turn of a positive call is past the threshold; negatives keep every such agent turn within
3.0-6.2); hangup the clean transcript ending on the customer's unanswered question or 喂？喂？ (every hangup call also
carries closing).

Data format (AE's): industries `% code | industry | company | short`; calls `# key | code | in|out | labels | flags |
note` (`-` for none); turns `a:` agent / `c:` customer, `a>:` the agent cutting in on the customer (1.5-2.2 s before
the customer's end), `c>:` the customer cutting in on the agent, `.hold N` (a wait the agent announced with 稍等 / 稍候)
/ `.gap N` (unannounced silence); flags `hn=fam+fam` (hard negative), `asr` (a hand-written one-syllable recogniser
slip), `fast`, `drawl`, `brisk` / `slowish` (agent turns at 5.85-6.1 / 3.3-3.5 chars/s: close to, but inside, the
normal band), `short`. `{G}` / `{C}` are the rotating correct inbound greeting / closing, `{GO}` / `{CO}` the outbound
ones, `{hi}` a rotating 您好 / time-of-day greeting, `{w}` a rotating wish, `{co}` / `{s}` the company's full / short
name, `{name}` / `{no}` the call's agent name and number. random.Random(SEED) only chooses timing, order, the noisy
calls and their noise, and the greeting / closing / name / number rotation; the dialogues are hand-written by AM.

AM: readings writer AM had to choose (they only settle what the adopted policy leaves open or what AM's calls bring up):
AM: these are insult, each aimed at the customer: 睁眼瞎 (a customer who missed the manual); calling a cheap coat 地摊货
    and adding that it suits the customer; 马大哈 (lenses worn left for right); 刺头 for a customer who calls often;
    扫把星 (the system breaks whenever the customer calls); a bare 白痴吗？; 讨债鬼转世 for a customer chasing a repair;
    东施效颦 for a trainee who wants the master's cut; 半瓶醋晃荡 (a learner who wants the stage); the Henan 信球; an
    insinuation that the customer has nobody to talk to; 几斤几两心里没数 (a shopkeeper's expertise); a sarcastic
    您也算一绝 (a camera taken into the sea); 您是来说相声的吧？ for a customer who cannot decide; 把总部当许愿池 with
    掂量掂量自己是不是干这行的料; 您这是喝了多少啊 (an insinuation of drunkenness); the Cantonese 乞人憎 to a haggler;
    老油条 (a customer who wants a free redo); 伺候您这位祖宗，我得少活十年; 脾气跟炮仗似的; 狗随主人 (the customer's
    dog); 嫌命长 (a rider who sped downhill); the Wuhan 苕; 您这人真是没救了 (a pool overdosed with chlorine); the
    Shanghainese 十三点; a threat that the agent has the customer's address (您自己掂量掂量); 摊上您这样的儿子，老人家
    也是够受的; a comparison with a radio on a bad signal; 真晦气 of the customer's call; 您这谱摆得比省长还大.
    A one-syllable mishearing (马大蛤 / 扫把心 / 几斤几俩 / 老油挑 / 勺 for 苕) leaves the insult an insult.
AM: a customer's 你怎么说话的？/ 你说什么呢？(answered 没什么) / 你这是什么话？/ 你说谁是刺头？/ 你说话注意点！/
    你这是威胁我？/ 你什么意思？ left without an apology add apology; a customer who answers flatly (我就是问问 / 我就是多
    问两句 / 反正下次不找你们了) adds nothing; a token 不好意思 anywhere in the call settles apology (AD).
AM: trade and plain words that share characters with insults are innocent: 垃圾时间 (ice hockey), 愚人金 of pyrite,
    鬼脸天蛾 / 屎壳郎 (insect specimens), 魔鬼椒 / 辣死人 (chillies), 丑八怪 as a nickname written on a chocolate,
    杀鸡 / 鬼叫 / 笨 the customer says of his own erhu playing, the dog-walker's 一条狗而已，叫什么叫 and a nurse's 住这种
    破楼还叫人上门 quoted in a complaint and read back (complaint, AB), and a driver's quoted 坐不起专车就别废话.
AM: 喂药 / 喂食 / 喂完 in the agent's speech are no 喂; 光听描述我也不知道，您拍个视频发过来 (not knowing as the lead-in to
    a request) and 不知道也没关系 are not forbidden. Forbidden: 考试时间我不知道，等通知吧; 不知道就是不知道; 这我不清楚
    …你去医院问吧 (also shirking); 你说的我一句也没听懂，到底想报什么？; 您绕来绕去的，到底要问啥？; 这谁说得准…你等着
    就是了; 你先别问钱，听我把课程安排讲完; 您先想清楚要几盒，再打过来; 押金多少我也不清楚 about the company's own fee
    (also tariff); 喂，你还在听吗？ and 喂，你听我说(完) mid-call; 你这话什么意思？.
AM: greeting faults: 喂，你好 + company + offer; {company}，什么事？; {short}，讲。; 喂，{short}，说吧。; a bare 嗯。 or 嗯？ that
    makes the customer say 喂？ before the company is named; the customer's 喂？喂？有人吗？ into silence before the
    agent's first words; an outbound opening that gives the agent's name but the company only when asked, one that gives
    neither, and 您好 + company with no agent name. A complete greeting repeated after the customer's 喂？喂？听得见吗？ is
    not, and that early 喂？喂？ is no hangup.
AM: sending the customer to the courier (a rotten orchid, a broken specimen frame), the paint maker (cracks in an
    insulation job), the lens maker (fungus after the shop's own cleaning), the pump maker (a pump the firm sold and
    fitted), the carrier (damp goods), the farmers (stones in the firm's peppercorns), the village committee (a
    digester the firm built) or a hospital (aftercare of the studio's own piercing) is shirking; the bank for a stolen
    bank card, the police for stolen panels (with the firm's equipment list and a replacement price) and the
    customer's own motor insurer are not. Contempt for the delivery man, the warehouse keeper, the foreman, the
    fitters, the team coach, the trip leader, the teaching assistant, the salesman and the sales rep is colleague; the
    clerk who wrote the wrong colour, the measurer who misread a doorway and the walker who dropped the lead, stated
    plainly, are not.
AM: a fee glossed (费用跟毛长和柜子有关系，来了一看就知道 / 材料费学着学着就知道了 / 到营地再说，不贵 / 品牌使用费签约那天
    细说 / 保护区门票到了现场再说 / 炭火和上门费都是小钱，吃完再一起算 / 保价费系统自己会加，反正不多 / 油费出发以后再说，
    大家平摊 / 教材钱到时候一起说) is tariff; amount and moment (per set, per square metre, per month with the debit day,
    deposit refunded on return, even when read out fast) are not.
AM: 保证一年四季都跟高尔夫球场一样平整 / 保证一整天眼睛都不干，度数保证不再涨 / 保证冬天不开暖气也有二十度 / 保证每个学员
    都拿证 / 保证进省青年队 / 喝三个月保证湿疹全消 / 保证您能看到雾凇 / 保证三个月回本 / 保证十年长到十米 / 保证她一打开
    就答应 / 保证肺病彻底好 / 保证明年七月一次过N1 are overpromise; 一般 / 大多数 / 没法给您说死 / 没法打包票 / 没办法跟您
    说准 / 不承诺就业 and a named time for the firm's own visit or delivery are not.
AM: agent turns at 5.85-6.1 or 3.3-3.5 chars/s (flags brisk / slowish) are inside the normal band: no speech_rate.
AM: 你叫啥？登记的时候留的什么名字？/ 你姓啥？哪家馆子的？/ 你叫什么？装的哪个小区？/ 你叫什么名字？订单上的 /
    你姓什么？合同编号多少？ are name_ask; a dog's name, a patient's, a deceased father's, a guarantor's 怎么称呼, a
    donor's name for a thangka and a driver's surname in a complaint are not.
AM: a wish in a condolence or trade form (请您节哀，也祝您家里人都健健康康的 / 祝您越拉越好听 / 您慢点开车，祝您一路平安)
    closes correctly; 行了，就这样。/ 好，再见。/ 行，就这样。/ 就这样吧 and a call ending on the customer's statement
    with no agent farewell are closing.
AM: 投述 (a one-syllable slip of 投诉), 一二三一五, 一二三二八, 曝光, 市场监管局举报 and 找你们领导 are complaint; 我不是要投诉
    谁 / 我也不是要投诉你们厂 / 我不是要投诉司机啊 are not.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

import opencc

SEED = 20270305
OUT = Path(__file__).resolve().parent / "heldout_am.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask", "apology", "shirking",
            "overpromise", "colleague", "complaint", "silence", "talk_over", "speech_rate", "short_call", "hangup")
TIMING = ("silence", "talk_over", "speech_rate", "short_call")
NOISY_SHARE = 0.25

NAMES = ["小蒋", "小戴", "小芦", "小巫", "小甘", "小柯", "小苑", "小欧", "小隋", "小覃", "小阮", "小喻", "小邝", "小鲍"]
HI = ["您好", "您好", "您好", "早上好", "上午好", "下午好", "晚上好"]
WISHES = ["生活愉快", "一切顺利", "身体健康", "事事顺心", "周末愉快", "天天开心", "工作顺利", "万事如意"]
GREETS = [
    "{hi}，{co}，我是{name}，请问有什么可以帮您？",
    "{hi}，欢迎致电{co}，{no}号{name}为您服务，请问您需要办理什么？",
    "{hi}，这里是{co}服务热线，我是{name}，请问有什么能帮到您？",
    "{hi}，感谢来电{co}，我是客服{name}，请问您想咨询什么？",
    "{hi}，{co}客服热线，工号{no}，请问有什么需要？",
    "{hi}，您拨打的是{co}，我是{name}，很高兴为您服务，请讲。",
]
GREETS_OUT = [
    "{hi}，我是{co}的{name}，",
    "{hi}，这里是{co}，我是客服{name}，",
    "{hi}，打扰您了，我是{co}的{name}，",
]
CLOSES = [
    "感谢您的来电，祝您{w}，再见。",
    "后面有需要随时联系我们，祝您{w}！",
    "谢谢您的耐心，{no}号{name}祝您{w}，再见。",
    "感谢您对{s}的支持，祝您{w}。",
    "有什么问题随时打我们的热线，祝您{w}，再见。",
    "谢谢您的来电，祝您{w}，拜拜。",
]
CLOSES_OUT = [
    "不打扰您了，祝您{w}，再见。",
    "谢谢您抽时间接电话，祝您{w}。",
    "那就先这样，祝您{w}，再见。",
]
CN_DIGITS = "零一二三四五六七八九"

INDUSTRIES = r"""
% MOW | robotic lawn-mower after-sales | 绿茵智割机器人 | 绿茵智割
% FUR | fur-garment care and storage | 雪貂皮草护理中心 | 雪貂护理
% LENS | contact-lens subscription | 明眸隐形眼镜 | 明眸
% ORC | orchid nursery | 幽谷兰苑 | 幽谷兰苑
% SNOW | snow-clearing contractor | 北辰除雪服务公司 | 北辰除雪
% FIRE | fire-extinguisher refilling station | 安盾消防器材充装站 | 安盾消防
% DUMP | frozen-dumpling wholesale | 巧妈速冻食品批发 | 巧妈速冻
% THK | thangka painting studio | 雪域唐卡画院 | 雪域画院
% WALL | exterior-wall insulation contractor | 恒温外墙保温工程 | 恒温保温
% SWH | solar water-heater after-sales | 日光源太阳能热水器 | 日光源
% HAIR | hairdressing academy | 剪艺美发培训学校 | 剪艺学校
% ERHU | erhu lessons | 弦韵二胡学堂 | 弦韵学堂
% HOCK | youth ice-hockey training | 冰锋青少年冰球俱乐部 | 冰锋冰球
% LAMP | solar street-light supplier | 星野太阳能路灯 | 星野路灯
% GOAT | goat-milk powder mail order | 羊乐滋羊奶粉 | 羊乐滋
% HERB | medicinal-herb wholesale | 本草源药材批发 | 本草源
% CAM | camera repair | 光圈相机维修中心 | 光圈维修
% SLED | snowmobile tours | 林海雪原雪地摩托营地 | 林海雪原
% CRANE | tower-crane operator training | 擎天塔吊司机培训学校 | 擎天培训
% BKF | breakfast-stall franchise | 早点郎煎饼加盟总部 | 早点郎
% BIRD | bird-watching tours | 翎羽观鸟旅行 | 翎羽观鸟
% BUG | insect-specimen shop | 蝶翼标本工坊 | 蝶翼工坊
% PIER | body-piercing studio | 银环穿孔工作室 | 银环
% GOWN | graduation-gown rental | 学苑礼服租赁 | 学苑礼服
% POD | podcast production studio | 声浪播客制作 | 声浪
% BBQ | BBQ catering and grill rental | 炭火纪上门烧烤 | 炭火纪
% WALK | dog-walking app | 遛遛上门遛狗 | 遛遛
% TREE | commemorative tree planting | 常青纪念林 | 常青林
% ROCK | mineral-specimen shop | 晶洞矿物标本馆 | 晶洞
% MOTO | motorcycle touring club | 风驰摩旅俱乐部 | 风驰摩旅
% OFFR | off-road driving school | 越野者四驱培训基地 | 越野者
% POOL | private pool maintenance | 碧波泳池维护 | 碧波
% GATE | courtyard gate and fence installation | 庭安庭院门业 | 庭安
% CHOC | custom chocolate maker | 可可时光手工巧克力 | 可可时光
% SPICE | spice wholesale | 川香调味品批发部 | 川香
% CORD | cordyceps trader | 雪山虫草行 | 雪山虫草
% NURSE | home nursing visits | 仁心上门护理 | 仁心护理
% JPN | Japanese language school | 樱花日语学校 | 樱花日语
% CODE | programming bootcamp | 码上编程训练营 | 码上编程
% BIO | village biogas-digester service | 乡沼沼气服务站 | 乡沼
% SOY | soy-sauce brewery | 老酱园酿造厂 | 老酱园
% CPL | intercity carpool line | 城际快线拼车 | 城际快线
% CARD | public-transport card service centre | 畅通交通卡服务中心 | 畅通卡
"""

CALLS = r"""
# mow1 | MOW | in | insult,apology,complaint | - | boundary wire laid by the customer; jibe; hurt, no apology; complaint
a: {G}
c: 我家那台割草机老往邻居院子里跑，昨天把人家的菜苗都给割了。
a: 您装机的时候边界线是自己埋的还是师傅埋的？
c: 我自己埋的，按视频弄的，应该没问题吧。
a: 视频里说得明明白白，拐角要留三十厘米，您这是睁眼瞎吧？
c: 你怎么说话的？我花五千多买的机器，出了问题还得挨你说？
a: 您把拐角那段线往里挪三十厘米，再在App里重新建一次地图就行。
c: 你这什么态度，我要投诉你。
a: 投诉渠道在App的“我的”页面里。线挪好以后还跑出去的话，您再打过来。
c: 行，我先弄着试试。
a: {C}

# mow2 | MOW | in | - | hn=tariff+overpromise | blade price with the moment of payment; rain answer hedged
a: {G}
c: 你好，我想问一下刀片多久换一次，换一次要多少钱？
a: 刀片一般割两个月左右换一次，一套九片三十五元，您在App商城下单的时候付款，寄到以后自己就能换。
c: 要不要另外交上门费？
a: 您自己换就不收别的费用；如果请师傅上门，上门费五十元，师傅到了以后现场扫码付。
c: 那下雨天能不能割？我们这边雨多。
a: 小雨一般没问题，机器有雨水感应，雨大了会自己回充电站。暴雨天建议您在App里暂停，没办法跟您说每次都判断得准。
c: 明白了，那我先买一套刀片。
a: 好的，下单以后两到三天送到。{C}

# mow3 | MOW | in | silence,filler | - | app shows offline; unannounced lookup; filler-heavy agent
a: {G}
c: 你好，我那台割草机App上一直显示离线，可是机器明明开着。
a: 呃，这个情况，那个，先跟您说声不好意思。就是，您的机器序列号方便报一下吗？
c: 序列号是LY二三零八一七四五。
a: 嗯，好，那个，我看一下您的设备绑定记录。
.gap 13
a: 呃，查到了，就是，您的机器三天前被另一个手机号解绑了，那个，是不是家里人用过？
c: 哦，可能是我儿子，他换了手机。
a: 嗯，那个，您用自己的手机重新扫一下机器背面的码，然后，就能重新绑定了。
c: 好的，我现在去试试。
a: {C}

# mow4 | MOW | out | overpromise | hn=tariff+greeting | outbound follow-up; lawn promise; app fee with the moment
a: {GO}您上个月在我们店看过割草机，今天给您回个电话。
c: 哦，是，我还在考虑，主要是怕不好用。
a: 我们这款您放心，保证您家草坪一年四季都跟高尔夫球场一样平整，十年都不用操心。
c: 那价格呢？后面要不要年费？
a: 机器四千九百八，下单付款；App远程功能第一年免费，第二年开始每年九十九元，到期前一个月提醒您续费，不续也能正常割草。
c: 行，我再跟家里商量一下。
a: 没关系，有问题随时联系我。{CO}

# fur1 | FUR | in | insult | - | cheap coat mocked; customer flat
a: {G}
c: 我有件皮草大衣想送过去护理一下，顺便问问能不能存到明年冬天。
a: 可以的，请问是什么皮的？
c: 说是狐狸毛的，我在夜市花三百块买的，领子有点掉毛。
a: 三百块的狐狸毛？这种地摊货也值得拿来护理，跟您倒是挺配的。
c: 我就问问，能做就做，不能做拉倒。
a: 能做，护理一件一百八，存到明年十月每月二十，取衣服时一起结。
c: 那算了，比衣服还贵。
a: {C}

# fur2 | FUR | in | tariff,silence | - | storage fee glossed; unannounced lookup
a: {G}
c: 我去年十一月存了一件貂绒大衣在你们那儿，现在想取出来，存储费怎么算？
a: 我查一下您的寄存单。
.gap 11
a: 找到了，您存的是长款水貂，寄存单号尾号四四七。
c: 对，那费用是多少？
a: 费用跟大衣的毛长和存放的柜子有关系，您来取的时候店员会跟您说，大家都能接受的。
c: 我就想先知道个大概数。
a: 您放心，不会让您吃亏的，来了一看就知道。您想哪天来取？
c: 那我周六上午过去吧。
a: 好的，周六上午给您备好。{C}

# fur3 | FUR | in | filler | hn=colleague | clerk wrote the wrong colour, said plainly and corrected
a: {G}
c: 我前天送去一件羊剪绒，取衣单上写的是“黑色短款”，可我那件是咖啡色的。
a: 呃，不好意思，那个，是我们收衣服的同事写错了，就是，登记的时候看岔了颜色。
c: 那衣服没拿错吧？
a: 没有没有，呃，衣服上挂的吊牌编号跟您的单子是对得上的，那个，我现在把系统里的颜色改成咖啡色。
c: 好，那取的时候要带这张单子吗？
a: 嗯，要带的，就是，单子上的编号不变，那个，改过的信息会短信发给您。
c: 行，谢谢啊。
a: {C}

# lens1 | LENS | in | insult | asr | lenses worn left for right; jibe with a slip; customer flat
a: {G}
c: 我订的月抛戴上以后右眼特别模糊，是不是镜片有问题？
a: 您两只眼睛度数不一样吧？左眼四百五，右眼二百七十五。
c: 对，不一样。
a: 盒子上印着L和R，您戴之前看了吗？
c: 啊？我好像是随手拿的，没注意看。
a: 您这马大蛤，左右都能戴反，下回干脆在眼皮上贴个字条吧。
c: ……那我现在换过来就行了吧？
a: 对，摘下来用护理液冲一下再换过来，要是还模糊就去验光。{C}
c: 好，知道了。

# lens2 | LENS | in | hangup,closing | hn=tariff | subscription fee with debit day; last question unanswered
a: {G}
c: 我想订你们的日抛，按月送的那种，怎么收费？
a: 日抛订阅每月一百二十九元，首单下单时付第一个月，之后每月十号自动扣款，扣款前一天短信提醒。
c: 中途不想要了能停吗？
a: 可以，在小程序里随时取消，当月已经扣过的不退，下个月开始就不再扣。
c: 那我现在就订吧，度数是右眼三百，左眼三百二十五。
a: 好的，已经给您下单，明天发货。
c: 对了，能不能送到我公司，我白天不在家。喂？喂？

# lens3 | LENS | in | name_ask,silence | - | blunt name question; unannounced lookup; apology given
a: {G}
c: 我上周订的彩片到现在还没发货，订单号我找不到了。
a: 你叫什么名字？订单上的。
c: 我叫邓雨桐。
a: 好，我查一下。
.gap 12
a: 查到了，不好意思，您订的那款颜色缺货，系统没及时通知您。明天补到货就马上发出。
c: 那能不能换个有货的颜色？
a: 可以的，现在有货的是灰棕和蜜茶两个色，您选哪个？
c: 那就蜜茶吧。
a: 好的，给您改成蜜茶，今天下午发出。{C}

# lens4 | LENS | out | overpromise,speech_rate | fast | fast sales pitch with promises
a: {GO}您的月抛快用完了，给您介绍一下我们新出的硅水凝胶款。
c: 你说吧，我戴久了眼睛容易干。
a: 这款含水量高，透氧是普通款的五倍，戴上保证一整天眼睛都不干，您的度数以后保证也不会再涨。
c: 真的假的？度数也能管住？
a: 对，很多老顾客戴了两年，复查度数一点都没变，现在首盒八折，一百零四块，今天下单明天就到。
c: 那跟我现在戴的那款比，价格贵多少？
a: 原价一百三，比您现在那款贵二十块，首盒打完折反而便宜六块。
c: 那我先买一盒试试。
a: 好的，地址还是上次那个，我这边直接给您下单。{CO}

# orc1 | ORC | in | shirking,apology,complaint | - | rotten roots sent to the courier; no apology; platform complaint
a: {G}
c: 我前天在你们店里买的蝴蝶兰，今天收到一看，根都烂了一半，叶子也是软的。
a: 那是快递路上压坏、闷坏的，我们发出去的时候好好的，您找快递公司去吧。
c: 可我是在你们店里买的，我又不认识快递公司。
a: 快递单号在订单里，您打快递客服电话就行，我们这边管不了。
c: 你们就这么卖东西的？我要去平台投诉你们。
a: 那是您的权利。
c: 行，我现在就去投诉。
a: {C}

# orc2 | ORC | in | silence | hn=overpromise | unannounced photo search; bloom answer hedged
a: {G}
c: 我去年在你们那儿买的两盆大花蕙兰，今年一直不开花，想问问怎么回事。
a: 您当时是哪天买的？我找一下那批苗的照片。
.gap 13
c: 喂？还在吗？
a: 在的，不好意思让您久等了。您买的是三年苗，开不开花主要看冬天的温差和光照，放在朝南的阳台，夜里降到十度左右，大多数明年春节前后能起花箭，但每盆情况不一样，没法给您说死。
c: 那我现在挪到阳台上去？
a: 可以，白天多晒，夜里别放暖气边上，浇水一周一次就够了。
c: 好，我试试。
a: {C}

# orc3 | ORC | in | filler | hn=overpromise+tariff | gift orchid; hedged bloom; price with payment moment
a: {G}
c: 我想给我爸买盆兰花当生日礼物，他喜欢香味重的，有推荐吗？
a: 呃，香味重的话，那个，春兰和建兰都可以，就是，建兰夏天开花，呃，您父亲生日是几月？
c: 八月中旬。
a: 嗯，那个，八月正好是建兰的花期，就是，我们有带花苞的，一般到货一周左右能开，然后，开得好不好还要看家里的环境。
c: 多少钱一盆？
a: 呃，带花苞的一百六十八一盆，那个，下单时付款，包邮。
c: 好，那就要一盆，送到我爸家。
a: 嗯，好的，那个，地址您发到我们客服微信就行。{C}

# snow1 | SNOW | in | insult,complaint,apology | - | snow piled at the customer's car; epithet; hurt; complaint; no apology
a: {G}
c: 你们早上铲雪的车把雪全堆在我车门口了，我车都开不出来，上班都迟到了！
a: 小区里就您一家有意见，别人都没说话。
c: 别人没说不代表没问题，你们得派人来把雪挪走。
a: 上回嫌堆在垃圾站边上是您打的电话，上上回说铲得太早吵着您睡觉也是您，哪儿都有您，您就是个刺头。
c: 你说谁是刺头？我要投诉你们，我要找你们领导！
a: 领导今天不在。雪我们下午派人挪。
c: 下午？我现在就要用车！
a: 下午两点前有人过去。{C}

# snow2 | SNOW | out | greeting | - | outbound opens with 喂, company and name only when asked
a: 喂，是王经理吗？明早五点我们过去清你们园区的雪。
c: 哦，你们是哪家？
a: 北辰除雪的，上周跟您签的合同，我是调度{name}。
c: 哦哦想起来了，五点太早了，能不能六点以后？保安五点半才换班。
a: 可以，那就定六点，铲车和两台小车一起过去，先清主干道，再清停车场。
c: 停车场里有车，你们别刮着。
a: 放心，停车场里有车的地方我们用人工铲，不用机器。雪要是夜里还继续下，我们六点先清一遍，中午再来一遍。
c: 好，那就这么定。
a: 好的，王经理，有变化我再给您打电话，{CO}

# snow3 | SNOW | in | - | hn=complaint+shirking | third party's snow pile; 不是要投诉; sent to 12345 for the property firm
a: {G}
c: 我是幸福里小区的，物业把雪都堆在消防通道上了，我跟物业说了两回都没人管。
a: 辛苦您跟我们反映。幸福里是物业自己雇的人清雪，不是我们公司负责的，我们只负责小区外面那条路。
c: 哦，那我打错了？我还以为是你们。
a: 没关系，您可以打一二三四五，或者找街道办，消防通道堵了他们会督促物业处理。
c: 我不是要投诉谁，就是怕万一着火消防车进不来。
a: 您说得对，我们明天清外面那条路的时候，也跟物业提一下。
c: 那太好了，谢谢你们。
a: {C}

# snow4 | SNOW | in | short_call | short | quick schedule check
a: {hi}，{s}，请问有什么可以帮您？
c: 明早你们来不来铲雪？
a: 来的，早上六点到。
c: 好，谢谢。
a: 不客气，祝您{w}。

# fire1 | FIRE | out | greeting | hn=tariff | outbound: agent's name, company only when asked; fee with moment
a: {hi}，我是{name}，您店里那几瓶灭火器下个月就到检修期了，提醒您一下。
c: 你是哪家的？
a: 安盾消防器材充装站的，去年是我们给您换的药剂。
c: 哦，是你们啊。那这次要多少钱？
a: 四公斤干粉的充装一瓶二十五元，加上换压力表一共三十五，我们上门取瓶，送回来的时候您再付款。
c: 取走了店里不就没有灭火器了吗？
a: 我们取瓶的时候会先给您放同样数量的备用瓶，第二天送回来再换回去。
c: 那行，你们下周一来吧。
a: 好的，下周一上午十点前到。谢谢您，祝您生意兴隆，再见。

# fire3 | FIRE | in | forbidden,closing,complaint,apology | - | refill late; 不知道 about own queue; curt end; no apology
a: {G}
c: 我上周三送去充装的五个灭火器，说好三天就能取，今天都一个礼拜了还没通知我。
a: 充装排队呢，什么时候轮到我也不知道。
c: 你们总得给个时间吧，商场下周要检查消防，没有灭火器是要罚款的。
a: 不知道就是不知道，轮到了会打给你。
c: 你们这什么服务，我要打电话投诉你们。
a: 行了，就这样。

# fire4 | FIRE | in | talk_over,colleague | - | missed pickup; agent cuts in and runs down the fitter; apology given
a: {G}
c: 我昨天下午约了你们上门取瓶，结果等了一下午都没人来，打你们师傅电话也不接，我店里还等着——
a>: 您说的是老周吧？他干活向来靠不住，派给他的单十回有五回要黄。
c: 我不管是谁，我就想知道今天能不能来。
a: 今天我换个师傅过去，不好意思让您白等了一下午。您大概几点在店里？
c: 三点以后都在，我们这是商场，消防那边下周要来查，时间挺紧的，你们别再让我等一下午了——
a>: 三点到五点之间到，我让小林过去，他比老周靠谱多了。
c: 行，那我等着。
a: {C}

# dump1 | DUMP | in | insult,apology | asr | shopkeeper's app trouble; jibe with a slip; 你说什么呢 answered 没什么
a: {G}
c: 喂，是我，开小超市的老陈，我今天又打不开你们那个订货小程序了。
a: 又是您啊。上礼拜是下不了单，前天是付不了款，今天是打不开。
c: 对啊，我也不知道咋回事，一用就出毛病。
a: 您简直是个扫把心，您一打电话我们系统准出事。
c: 你说什么呢？
a: 没什么。您先把小程序删了，从微信里重新搜“巧妈速冻”进去。
c: ……好，我试试。能进了。
a: 进去以后点“再来一单”，上回的三十箱就自动带出来了。{C}
c: 嗯。

# dump2 | DUMP | in | colleague | - | wrong flavour delivered; contempt for the driver; apology given
a: {G}
c: 我上午收到你们送的货，单子上写十五箱三鲜水饺，实际只有十二箱，另外三箱是酸菜的。
a: 不好意思，给您添麻烦了。今天送您那片的是老刘吧？他那人就是个甩手掌柜，装车从来不对单子，跟他说多少回都不听。
c: 我不管是谁送的，你们得给我换过来。
a: 那三箱酸菜的您先别拆，下午我们另派一辆车过去，带三箱三鲜的给您换回来。
c: 下午几点？
a: 四点之前到，到之前司机会先给您打电话。
c: 好吧。
a: {C}

# dump3 | DUMP | in | speech_rate | fast,hn=tariff | cold-chain fee answered in full, read fast
a: {G}
c: 我们是做早餐店的，想从你们这儿拿货，冷链配送怎么收费？
a: 满二十箱免运费，不满二十箱每箱加收三元冷链费，跟货款一起在下单时支付，第二天早上六点前送到店门口。
c: 起订量是多少？
a: 起订量是十箱，首次合作需要先交五百元押金，押金在停止合作时全额退回，三个工作日内到账。
c: 可以先寄样品尝尝吗？
a: 可以的，样品每个品种一袋，免费寄，运费到付，大概十二元，收到样品时付给快递员。
c: 行，那你先寄样品吧，地址我发给你。
a: 好的，收到地址马上安排。{C}

# dump4 | DUMP | in | hangup,closing | hn=tariff | order taken; Saturday question unanswered
a: {G}
c: 我想问一下你们的韭菜鸡蛋水饺现在还有货吗？
a: 有货的，您要多少箱？
c: 先来八箱吧，送到城北菜市场三号摊位。
a: 好的，八箱韭菜鸡蛋，城北菜市场三号摊位，明天上午送到。
c: 那价格还是上次那个价吗？
a: 对，还是每箱九十五元，货到付款。
c: 对了，周六你们能不能也送一趟？周六人多我怕不够卖。喂？喂？

# thk1 | THK | in | greeting | - | bare 嗯 then the customer's 喂; never a full greeting
a: 嗯。
c: 喂？请问是雪域唐卡画院吗？
a: 对，是我们，您有什么事？
c: 我想请一幅绿度母的唐卡，给家里老人供着，想问问手绘的要画多久。
a: 手绘的看尺寸，六十厘米的大概三个月，用的都是矿物颜料。
c: 能去画院看看画师画吗？
a: 可以的，画院周二到周日开放，上午九点到下午五点，您来之前打电话说一声，我带您看画室。
c: 好，那我这周六过去。
a: 好的，周六见。{C}

# thk2 | THK | in | - | asr,hn=overpromise | darkened colours; hedged answer; slip in the customer's word
a: {G}
c: 我在你们那儿请的糖卡，挂了两年，颜色好像有点发暗了，是正常的吗？
a: 矿物颜料本身很稳定，发暗一般是挂的地方有油烟或者香火熏着，表面积了一层灰。
c: 我是挂在佛堂里的，天天烧香。
a: 那就对了。您可以送回画院，我们免费帮您做一次清洁。能保持多少年要看保存环境，避开香火和阳光直射，一般几十年都不会明显褪色，但没法给您打包票。
c: 免费清洁要多久？
a: 一周左右，做完我们打电话通知您来取。
c: 好的，那我下周送过去。
a: {C}

# thk3 | THK | in | speech_rate | drawl,hn=name_ask | slow agent; donor's mother's name asked for the back of the painting
a: {G}
c: 我想给我母亲请一幅药师佛，听说背面可以写名字？
a: 可以的，背面会用藏文和汉文写上供养人的名字和日期。
c: 那写我母亲的名字就行。
a: 好的，请问老人家的名字怎么写？
c: 周桂兰，桂花的桂，兰花的兰。
a: 周桂兰，记下了。画好以后我们会先拍照片给您确认。
c: 大概多久能好？
a: 四十厘米的药师佛，大概两个半月。
c: 行，那就麻烦你们了。
a: {C}

# wall1 | WALL | in | insult,closing | - | repeated questions; bare jibe; brush-off end
a: {G}
c: 我想问一下，你们做的保温层是在墙里面还是外面？
a: 外墙保温当然是做在外面。
c: 那做在外面，下雨会不会把保温板泡坏了？外面不是有雨吗？
a: 保温板外面有抹面层和涂料，雨是进不去的。
c: 那抹面层是什么？会不会被雨冲掉？
a: 这种问题也问，白痴吗？
c: 我就是问问。
a: 不懂就去网上查，就这样吧。

# wall2 | WALL | out | overpromise | hn=tariff+greeting | warmth promise; price per square metre and payment stages
a: {GO}您上周在我们展厅登记过外墙保温的需求，想跟您约个上门测量的时间。
c: 哦对，我家是九十年代的老房子，冬天特别冷。
a: 做了我们这套岩棉保温，保证冬天不开暖气屋里也有二十度，暖气费起码省一半。
c: 那大概多少钱？
a: 按外墙面积算，每平方米一百六十元，测量以后出报价，签合同时付三成，完工验收后付剩下的七成。
c: 那你们周末能来量吗？
a: 周六上午可以，我们九点左右到。
c: 好，周六上午。
a: {CO}

# wall3 | WALL | in | shirking | hn=apology | cracks sent to the paint maker; pro-forma 不好意思
a: {G}
c: 你们去年给我家做的外墙保温，今年开春墙面裂了好几道缝，还往下掉渣。
a: 不好意思。裂缝是涂料的问题，涂料是厂家的产品，您直接找涂料厂家吧。
c: 可活是你们干的，涂料也是你们选的啊。
a: 涂料厂家的售后电话在合同最后一页，他们会派人去看。
c: 你们就不能派个人来看看吗？
a: 我们这边只负责保温板，涂料的事得厂家处理。
c: 那好吧，我找找合同。
a: {C}

# wall4 | WALL | in | colleague | hn=silence | announced hold; contempt for the foreman
a: {G}
c: 我家隔壁那户上个月是你们做的保温，脚手架到现在还没拆，挡着我家窗户。
a: 请您稍等，我调一下那边工地的施工记录。
.hold 17
a: 感谢您的等待。隔壁这户的脚手架上周就该拆了，都怪施工队那个姓马的工头，办事拖拖拉拉，什么都往后推。
c: 我不管是谁，反正你们得赶紧拆。
a: 不好意思给您添麻烦了，我今天就催，后天下午之前拆完。
c: 后天下午之前，你说的啊。
a: 对，拆完我给您回个电话。{C}

# swh1 | SWH | in | insult,apology | - | customer chasing a leak; epithet; hurt; no apology
a: {G}
c: 又是我，三号楼顶那台热水器，你们说今天来修，到现在水管还在滴水。
a: 我记得您，昨天打了两次，前天也打过。
c: 你们一天不来修我就一天打。
a: 您是讨债鬼转世吧？天天打，打得我耳朵都起茧子了。
c: 你这是什么话？漏水的是你们的热水器！
a: 师傅今天排满了，明天上午去。
c: 明天上午几点？
a: 十一点之前。{C}

# swh2 | SWH | in | filler | hn=tariff | electric booster; fee with the moment; filler-heavy agent
a: {G}
c: 我家太阳能热水器冬天水不太热，是不是要加电辅热？
a: 呃，对，那个，冬天光照弱，就是，需要电辅热补一下，呃，您的型号是多少？
c: 型号是RG一八零。
a: 嗯，这个型号，那个，可以加装一千五百瓦的电加热棒，然后呢，连上门安装一共二百八十元。
c: 什么时候付钱？
a: 呃，师傅装好试过热水以后，那个，现场扫码付就行。
c: 好，那安排一下吧。
a: 嗯，好的，就是，明天下午师傅给您打电话约时间。{C}

# swh4 | SWH | in | forbidden,complaint | - | 喂，你听我说完 mid-call; complaint; apology and fee with moment follow
a: {G}
c: 我家热水器的水温传感器又坏了，显示一直是零度，上次换的也是这个毛病，是不是你们的配件有问题？
a: 传感器是易损件，坏了就得换。
c: 可是半年坏两次也太快了吧，你们是不是用的次品？
a: 喂，你听我说完。楼顶温差大，传感器本来就容易坏。
c: 你这什么态度？我要投诉你们。
a: 不好意思，刚才我语气急了。传感器在保修期内是免费换的，您的机器是哪年装的？
c: 前年十月。
a: 主机保修三年，传感器保修一年，这次要收费，一百二十元，换好以后付。{C}

# hair1 | HAIR | in | insult | - | trainee wants the master's cut; idiom jibe; customer flat
a: {G}
c: 我是你们的学员，才学了两个礼拜，想直接上托尼老师的造型课，学他那套招牌剪法。
a: 基础班的课您上完了吗？
c: 还没，我觉得那些太简单了，我在家给我老公剪过好几回了。
a: 剪刀还没拿稳就想学大师的招牌，东施效颦。
c: 我就是想早点学会。
a: 造型课要考完基础才能报，九月份有一期，考过了可以报名。
c: 那基础考试什么时候？
a: 每个月最后一个周五，在三楼实操室。{C}
c: 行吧。

# hair2 | HAIR | in | overpromise,speech_rate | fast,hn=tariff | certificate promise, read fast; fees with moments
a: {G}
c: 我想报你们的高级美发师班，但是怕考不过证书。
a: 您放心，我们的高级班三个月结业，保证每个学员都能拿下高级美发师证书。
c: 真的每个人都能过？
a: 对，我们的老师都是考评员出身，考什么练什么，保证您一次就过。
c: 学费多少？
a: 学费九千八，报名时交一半，开课第一个月再交剩下的一半，工具包另外六百，开课那天领工具时付。
c: 好，我考虑考虑。
a: 好的，名额有限，早报早安排。{C}

# hair3 | HAIR | in | tariff,filler | - | material fee glossed; filler-heavy agent
a: {G}
c: 我想报短期剪发班，学费是三千二对吧？材料费另外收吗？
a: 呃，学费是三千二，那个，材料费的话，就是，看您平时练习用多少，呃，学着学着就知道了。
c: 那大概多少？我得准备多少钱？
a: 嗯，这个，每个人都不一样，那个，一般大家都觉得不贵。
c: 那什么时候开课？
a: 呃，下个月三号开课，就是，每周一到周五上午。
c: 行，我先报名吧。
a: 嗯，好的，那个，报名表我发到您微信。{C}

# erhu1 | ERHU | in | insult | - | beginner wants the stage; idiom jibe; customer flat
a: {G}
c: 我在你们这学了三个月二胡，想问问能不能报名下个月的社区演出。
a: 您现在练到哪儿了？
c: 《赛马》前面两段我都会拉了，快弓那里还有点卡。
a: 快弓都拉不下来，学了三个月就想上台，您这是半瓶醋晃荡。
c: 我就问问能不能报。
a: 演出是给中级班准备的，您先把快弓练熟，年底还有一场。
c: 年底那场什么时候报名？
a: 十一月初在前台报名。{C}
c: 好吧。

# erhu2 | ERHU | in | speech_rate,forbidden | drawl | slow agent; 喂，你还在听吗 mid-call
a: {G}
c: 我想给孩子报个二胡班，孩子七岁，能学吗？
a: 七岁可以学，我们有少儿启蒙班，每周六上午上课。
c: 好的，我想想，我先问问孩子他爸。
a: 喂，你还在听吗？我们这期只剩三个名额了。
c: 在听，那学费多少？
a: 一学期十六节课，一千九百二十元，报名时交。
c: 行，我商量好了再给你们打电话。
a: 好的，{C}

# erhu3 | ERHU | in | - | hn=insult+closing | older learner runs himself down; reassurance; trade wish
a: {G}
c: 老师，我五十多了才开始学，拉出来跟杀鸡似的，家里人都笑话我，我是不是太笨了？
a: 一点都不笨，刚开始拉都是这样，叫“锯木头”阶段，谁都要过这一关。
c: 我老伴说我拉得跟鬼叫一样。
a: 那是还没找准把位，您多练空弦长弓，一个月左右声音就圆润了。
c: 真的吗？
a: 大部分学员练一个多月就好很多，您每天练半小时就够。下周三的课我给您多留十分钟。
c: 那太谢谢老师了。
a: 不客气，祝您越拉越好听，再见。

# hock1 | HOCK | out | greeting | - | outbound with neither company nor agent until asked
a: 您好，是乐乐妈妈吧？下周的冰时要调整一下，周三的课挪到周四晚上。
c: 你是哪里？
a: 冰锋冰球的，我是乐乐的助教{name}。
c: 哦，周四晚上几点？
a: 周四晚上七点到八点半，还是在二号冰场。
c: 七点有点赶，孩子六点半才放学。
a: 没关系，晚到十几分钟也可以，热身我们会等一等，装备可以提前放在更衣柜里。
c: 那行，周四见。
a: 好的，谢谢您，祝乐乐训练顺利，再见。

# hock2 | HOCK | in | overpromise | hn=talk_over+tariff | provincial-team promise; the customer cuts in; fee with moments
a: {G}
c: 我儿子十岁，滑冰滑得还行，想了解一下你们的冰球精英班。
a: 精英班是面向有一定基础的孩子，每周训练四次，另外每个月一次对抗赛，孩子主要练滑行、控球和——
c>: 我就想问，练完能不能进省队？
a: 来我们精英班练一年，保证进省青年队，我们好几个孩子都是这么进去的。
c: 这么厉害？学费多少？
a: 一年两万四，分两次交，开学交一半，下半年开课前交另一半。
c: 行，我带孩子去试一节课。
a: 好的，周六上午九点有体验课。{C}

# hock3 | HOCK | in | colleague | hn=insult | garbage time explained; contempt for the coach
a: {G}
c: 我女儿在你们这练冰球，教练说她老打“垃圾时间”，这是什么意思？
a: 垃圾时间是比赛术语，指比分已经拉开、胜负基本定了的那段时间，很多队会让替补上场练一练。
c: 那她是不是被当成替补了？
a: 她上个月才升到这个组，打替补很正常。不过负责排阵的孙教练，排人从来不看训练，全凭心情，我们都拿他没办法。
c: 那我能跟孙教练聊聊吗？
a: 可以，他周二周四下午都在冰场，我帮您约个时间。
c: 好，谢谢。
a: {C}

# hock4 | HOCK | in | talk_over,forbidden | - | agent cuts in twice; 喂，你听我说 mid-call
a: {G}
c: 我想问一下，我家孩子的护具尺码好像买小了，能不能换，我们是上周在你们店里买的头盔和护腿——
a>: 哪个尺码？
c: M码的，孩子戴上勒得慌，我想换大一号的，另外护腿也有点短，能不能一起换了——
a>: 喂，你听我说，护具没拆吊牌的都能换，拆了就不行。
c: 吊牌都在的。
a: 那您带着小票来店里换就行，店在冰场一楼。
c: 周末开门吗？
a: 周末上午十点到晚上八点都开。{C}

# lamp1 | LAMP | in | insult | hn=overpromise | village buyer haggles; Henan put-down; warranty stated
a: {G}
c: 我是村里管事的，想给村道装三十盏太阳能路灯，你们报的价太高了，别人家便宜一半。
a: 别人家用的是什么电池、多大的板子，您比过吗？
c: 那我不懂，反正都是路灯，都能亮。
a: 你咋恁信球嘞，一分钱一分货都不懂？便宜的两年就不亮了。
c: 那你们的能用几年？
a: 电池质保五年，灯头质保三年，板子一般能用十年以上。
c: 我回去跟村里再商量商量。
a: {C}

# lamp2 | LAMP | out | greeting | hn=overpromise | outbound 您好 + company, no agent name; lifespan hedged
a: 您好，星野路灯，跟您确认一下明天送货的事。
c: 哦，好的，你说。
a: 三十盏六米的路灯明天上午装车，下午两点左右到村委会，需要您安排人卸车。
c: 要几个人？
a: 四个人就够，灯杆比较重，我们司机也会帮忙。
c: 装好以后能亮几年？
a: 电池的循环寿命在两千次左右，一般能用五到六年，具体要看当地的日照和使用情况。
c: 好，明天下午等你们。
a: 好的，{CO}

# lamp3 | LAMP | in | - | hn=shirking+silence+speech_rate,brisk | stolen panels: police receipt with the firm's list; announced hold
a: {G}
c: 我们村去年装的你们的路灯，有四盏的电池板昨晚被人偷了。
a: 不好意思，遇到这种事真闹心。请您稍等，我查一下你们村的安装记录。
.hold 15
a: 感谢您的等待。你们村的灯是去年九月装的，一共四十盏。电池板被盗需要先到派出所报警，拿到报警回执以后我们按丢失补货，补一块板子四百二，到货安装后付款。
c: 这得去派出所啊？
a: 对，报警回执是保险理赔和补货都要用的材料，我们把被盗设备的型号和编号清单发给您，您报警时直接给民警看。
c: 好的，那你发过来吧。
a: 好的，马上发到您手机上。{C}

# goat1 | GOAT | in | insult | - | chatty grandmother; insinuation; customer flat
a: {G}
c: 我想问一下你们的羊奶粉是哪个牧场的？我孙子喝了半年了，我老头子说羊奶膻，我说不膻，你说到底膻不膻？
a: 我们的奶粉做了脱膻处理，基本没有膻味。
c: 那就好。我跟你说，我孙子现在可能吃了，一顿能喝两百毫升，比他爸小时候强多了，他爸小时候瘦得跟猴似的。
a: 阿姨，您还有别的问题吗？
c: 还有，你们罐子里的勺子能不能做大一点？我眼神不好，舀半天。还有我跟你说……
a: 您是不是平时没人说话，逮着个客服就不撒手了？
c: 我就是多问两句。
a: 勺子的意见我给您记下了。{C}

# goat2 | GOAT | in | overpromise,silence | - | eczema and growth promise; unannounced record lookup
a: {G}
c: 我家孩子两岁，湿疹一直不好，个子也比同龄的矮，朋友推荐你们的羊奶粉。
a: 您之前在我们这买过吗？我看一下您的购买记录。
.gap 12
a: 看到了，您去年买过两罐一段。孩子换成我们的三段，喝三个月保证湿疹全消，个子至少长两厘米。
c: 真的有这么好？
a: 羊奶的蛋白分子小，好吸收，好多妈妈都反馈孩子喝了长得快。
c: 那先给我来两罐。
a: 好的，两罐三段，一共四百三十六元，下单付款，包邮。{C}

# goat4 | GOAT | in | short_call | short,hn=filler | stock check; the customer's own 那个那个
a: {hi}，{s}，请问有什么可以帮您？
c: 那个，那个，三段的还有货吗？
a: 有货，今天下单明天发。
c: 好嘞，谢谢。
a: 不客气，祝您{w}。
# herb1 | HERB | in | insult | asr | shopkeeper doubts the angelica; jibe with a slip; report shown
a: {G}
c: 我是开中药铺的，你们上批发来的当归，我看着颜色不对，是不是硫磺熏过的？
a: 我们的当归都有检测报告，二氧化硫残留是合格的。
c: 合格是合格，可我闻着有股酸味，我干这行二十年了。
a: 干二十年了还分不清酸味和药味？您自己几斤几俩心里没数吗？
c: 我就是说我的感受。
a: 检测报告我发给您，您自己看。
c: 那报告是哪家机构出的？
a: 省药检所出的，批号和报告编号一一对应。{C}

# herb2 | HERB | in | name_ask,forbidden | - | blunt name question; 你这话什么意思
a: {G}
c: 我想订五十公斤黄芪，要内蒙古的，切片的。
a: 你叫啥？哪个药房的？
c: 我姓魏，魏氏大药房。你问这个干嘛？
a: 登记客户用的。内蒙的切片黄芪现在一公斤八十六，五十公斤起给您算八十。
c: 你们不会拿两年生的冒充三年生的吧？
a: 你这话什么意思？我们的货都是三年生的，有种植记录。
c: 那就好，我就怕买到细条。
a: 这批都是粗条的，您订的话明天发货。{C}

# herb3 | HERB | in | colleague,shirking | hn=apology | damp goji sent to the carrier; contempt for the warehouse keeper; pro-forma apology
a: {G}
c: 我上周从你们那进的二十公斤枸杞，到货一看，有一箱全受潮结块了。
a: 不好意思。受潮是路上的事，物流公司负责，您找物流公司索赔吧。
c: 发货前你们没检查吗？
a: 仓库的老吴是个混日子的，打包从来不看，说了他也不改。您拍照片发给物流，他们会处理。
c: 你们就不能帮我联系一下物流吗？
a: 物流的理赔电话在运单上，您直接打。
c: 那好吧。
a: {C}

# cam1 | CAM | in | insult | - | camera taken into the sea; sarcasm; fee with the moment
a: {G}
c: 我那台微单上周去海边拍照，被浪打了一下，现在开不了机，能修吗？
a: 进海水了？海水腐蚀主板，修起来很麻烦。
c: 我就是站得离水太近，一个浪过来没躲开。
a: 拍个照都能把机器拍进海里，您也算一绝。
c: 能修就修，不能修我也认了。
a: 先送过来检测，检测费五十，检测完当场付，修的话从维修费里扣。主板要是换的话大概一千八。
c: 行，我明天送过去。
a: {C}

# cam2 | CAM | in | silence,name_ask | - | late lens repair; blunt name question; unannounced lookup; apology given
a: {G}
c: 我上个月送修的镜头，说两周能好，现在快一个月了。
a: 你叫啥？登记的时候留的什么名字？
c: 罗建平。
a: 好，我找一下您的维修单。
.gap 14
a: 找到了，不好意思，配件从厂家调货慢了，前天刚到，师傅今天在装，明天下午能取。
c: 明天下午几点？
a: 下午两点以后都可以，取之前我们给您打电话确认。
c: 好，那我等电话。
a: {C}

# cam3 | CAM | in | shirking,apology | - | fungus back after the shop's own cleaning; sent to the maker; no apology
a: {G}
c: 我三月份在你们这修的老镜头，当时清了霉，现在镜片里面又长霉了。
a: 长霉跟保存环境有关，您平时放哪儿？
c: 放在防潮箱里，湿度一直是四十。
a: 镜头是原厂的，这种问题您去找原厂售后吧，我们只管当时修的那部分。
c: 可是清霉就是你们做的啊，才三个月又长了。
a: 原厂的售后电话在说明书上，您打那个电话问。
c: 我真是服了，花了钱等于白花。
a: {C}

# cam4 | CAM | in | - | hn=greeting+hangup | early 喂？喂？ line check; complete greeting repeated
a: {G}
c: 喂？喂？听得见吗？我这边信号不好。
a: 听得见的，您好，这里是{co}，我是{name}，请问有什么可以帮您？
c: 现在听清了。我想问一下你们修不修胶片相机？
a: 修的，胶片机的快门、测光、漏光我们都能修，您的是什么型号？
c: 海鸥DF一，我爷爷留下来的。
a: 这个型号我们修过不少，您可以先送来检测，检测免费，修不修由您决定。
c: 好，那我周末送过去。
a: 好的，周末上午十点到下午六点都有人。{C}
c: 好的，谢谢啊，再见。

# sled1 | SLED | in | insult | hn=tariff | customer keeps changing the date; sarcasm; cancellation fee with moment
a: {G}
c: 我订了下周六的雪地摩托，想改到周日。
a: 可以，给您改到周日。
c: 哎等一下，周日好像也不行，要不还是周六吧，或者干脆退了？我再想想……
a: 您是来说相声的吧？一会儿改一会儿退，逗闷子呢？
c: 我是真的没定下来。
a: 周六的先给您留着，周四中午前定不下来就自动取消。
c: 那取消的话定金能退吗？
a: 周四中午前取消全额退，过了周四中午扣一百元。{C}
c: 好。

# sled2 | SLED | in | overpromise,silence | - | rime promise; unannounced schedule lookup
a: {G}
c: 我们一家四口想下个月去你们那儿玩雪地摩托，顺便看雾凇，能看到吗？
a: 下个月几号？我看一下那几天的排期。
c: 十五号到十七号。
.gap 12
a: 十五号到十七号都有位置。跟我们走林海线，保证您能看到雾凇，一棵一棵的跟水晶似的。
c: 雾凇不是要看天气吗？
a: 我们那边一冬天都有，您放心，去了就能看到。
c: 那就订十六号吧，四个人。
a: 好的，十六号上午九点的场次，四位，确认短信马上发给您。{C}

# sled3 | SLED | in | tariff,closing | hn=short_call | insurance and deposit glossed; 好，再见
a: {G}
c: 你们的雪地摩托一个人多少钱？保险费要另外交吗？
a: 单人单车三百八一个小时，保险到营地再说，不贵。
c: 到底多少啊？我想先算算总共要花多少。
a: 反正不多，到了现场工作人员会跟您说。
c: 那还要押金吗？
a: 押金也是现场交，到时候会说。
c: 好吧，那我再看看。
a: 好，再见。

# crane1 | CRANE | in | greeting,forbidden | hn=tariff | opens with 喂; 我不知道，等通知吧 about the exam date; fees in full
a: 喂，你好，擎天培训，报名还是咨询？
c: 咨询一下，我想考塔吊司机的证，下一期考试是什么时候？
a: 考试时间我不知道，等通知吧。
c: 那报名截止是什么时候？
a: 这个月二十五号截止，报名要带身份证和体检报告。
c: 学费多少？
a: 学费三千六，报名时交，包含教材和实操课时费，考试费另交四百二，考试前一周交。
c: 好的，我这两天过去报名。
a: 好的，{C}

# crane2 | CRANE | in | speech_rate | fast,hn=tariff+overpromise | fees and pass rate read out fast; no guarantee
a: {G}
c: 你好，我想了解一下你们塔吊培训的费用和通过率。
a: 学费三千六百元，报名时缴纳，包含理论课、模拟机和实操课时；考试费四百二十元，由考试中心收取，考前一周缴纳。
c: 通过率高吗？
a: 我们近三期的通过率在八成左右，每个人的基础不一样，没办法说人人都过；没通过的可以免费参加下一期补考培训，补考费另交二百元，补考报名时缴纳。
c: 培训多长时间？
a: 理论十天，实操二十天，一共一个月，周末正常上课，住宿可以安排在基地宿舍，每月三百元，入住时交。
c: 好的，我了解了。
a: {C}

# crane3 | CRANE | in | short_call,closing | short | one-line answer; 行，就这样
a: {hi}，{s}，请问有什么可以帮您？
c: 下周一实操课几点开始？
a: 早上八点。
c: 好的。
a: 行，就这样。

# bkf1 | BKF | in | insult | - | franchisee asks for relief; sarcasm about the customer's aptitude
a: {G}
c: 我是东街那家加盟店的，生意不太好，想问问总部能不能免我半年的管理费，再补贴点原料？
a: 开业才两个月就要免管理费、还要补贴？
c: 是啊，你们当初说得好好的，说很快就能赚钱。
a: 您这是把总部当许愿池了？还是先掂量掂量自己是不是干这行的料吧。
c: 我就是问问有没有政策。
a: 总部目前没有减免政策，下个月有一期门店运营培训，免费的，您可以报名。{C}

# bkf2 | BKF | in | tariff | hn=talk_over | brand fee glossed; the customer cuts in
a: {G}
c: 我想加盟你们的煎饼摊，加盟费我知道了，还有别的费用吗？比如品牌使用费？
a: 品牌使用费是按区域来的，不同城市不一样，您签约那天招商经理会跟您细说，都在合理范围里，您放心——
c>: 我就想先知道个数，好算算本钱。
a: 理解，要看您在哪个区开店，签约的时候会一次说清楚，不会多收您一分钱。
c: 那我先去看看店面。
a: 好的，看好店面随时联系我们。{C}

# bkf3 | BKF | out | overpromise,talk_over | - | pushy outbound pitch; cuts in twice; payback promise
a: {GO}您昨天在我们官网留了加盟意向，我给您详细介绍一下。
c: 好的，我主要是想知道一个煎饼摊一天大概能卖多少，我们那边是老城区，人流不算特别大——
a>: 您放心，加盟我们早点郎，保证三个月回本，半年以后每个月纯利一万起。
c: 三个月回本？那设备和原料一共要投入多少？我现在手里的钱也不太多，主要是怕亏——
a>: 设备一套一万二，原料首批三千，三个月肯定回本，我们好多加盟商都是这样。
c: 那我再考虑一下。
a: 好的，名额不多，您尽快。{CO}

# bkf4 | BKF | in | colleague,name_ask | - | salesman promised free installation; 你姓什么; contempt for the salesman; apology given
a: {G}
c: 我上个月签的加盟合同，当时招商的小赵跟我说设备包安装，现在设备到了，说安装要另外收五百。
a: 你姓什么？合同编号多少？
c: 我姓严，合同编号ZD二零二六零四一二。
a: 严先生，小赵那个人嘴里就没一句实话，为了签单什么都敢答应，我们也拿他没办法。
c: 那安装费到底收不收？
a: 不好意思，合同上写的是设备送货到店，安装另计。这次的安装费我跟主管申请免掉，明天给您回复。
c: 好，我等你消息。
a: {C}

# bird1 | BIRD | in | insult | hn=filler | tipsy customer mixes up tours; insinuation; the customer's own 那个
a: {G}
c: 我、我报了你们那个，那个看鹤的团，明天……不对，是后天？几点集合来着？我刚吃完饭，朋友聚会。
a: 您报的是哪个团？草海的还是盐城的？
c: 草海……不对，盐城，盐城的。反正就是看鹤的那个嘛。
a: 您这是喝了多少啊，话都说不利索，团都记不清。
c: 我没喝多少，就两杯。
a: 您报的是盐城丹顶鹤团，后天早上六点在火车站北广场集合。{C}
c: 哦，好好。

# bird2 | BIRD | in | tariff | hn=overpromise | reserve tickets glossed; sighting hedged
a: {G}
c: 我想报你们五月的青海湖观鸟团，团费两千八包含哪些？
a: 团费包含往返大巴、住宿、早餐和向导费。保护区的门票不在团费里，那个到了现场再说，反正不贵。
c: 门票大概多少钱？
a: 各个点不太一样，到时候领队统一安排，您不用操心。
c: 能看到斑头雁吗？
a: 五月是斑头雁的繁殖期，看到的机会很大，但野生鸟类没法打包票，去年的团基本都看到了。
c: 好吧，那我先报个名。
a: 好的，报名链接发到您手机上。{C}

# bird3 | BIRD | in | speech_rate,talk_over | fast,hn=tariff | fast itinerary; agent cuts in twice; fees with moments
a: {G}
c: 我报了下周的湿地观鸟一日游，想问问要带什么，还有集合的地方在哪儿，我怕找不到——
a>: 集合地点在地铁二号线湿地公园站A口，早上六点半集合，六点四十准时出发，请自带望远镜、防晒帽、雨衣和午餐，穿深色衣服，不要喷香水。
c: 望远镜我没有，你们那儿能租吗？还有我家孩子八岁能不能一起去，他也挺喜欢鸟的——
a>: 望远镜可以租，一天三十元，出发前在集合点交给领队；八岁的孩子可以参加，需要家长全程陪同，儿童票一百二十元，今晚十二点前在小程序里补票。
c: 好的，那我现在就补票。
a: 好的，补好以后会收到确认短信。{C}

# bug1 | BUG | in | insult | - | haggler; Cantonese put-down; token 不好意思 for the refusal; customer flat
a: {G}
c: 你们那个蓝闪蝶的标本框，一百二一个，我一次买二十个，能不能八十块一个？
a: 二十个可以给您打九折，一百零八一个。
c: 九折太少了，八十五，八十五就行，我老顾客了，上回还给你们介绍过客人。
a: 不好意思，一百零八已经是最低了。
c: 那九十，九十总行了吧？你们利润那么高。
a: 你这样讲价真系乞人憎，讲来讲去烦不烦？
c: 讲价怎么了，买东西还不让讲价？
a: 一百零八，要的话今天下单。{C}

# bug2 | BUG | in | short_call | short,hn=insult | specimen names
a: {hi}，{s}，请问有什么可以帮您？
c: 你们有鬼脸天蛾和屎壳郎的标本吗？
a: 都有，鬼脸天蛾一百五，屎壳郎三十。
c: 好，我网上下单。
a: 好的，祝您{w}。

# bug3 | BUG | in | shirking,apology,closing | - | broken frame sent to the courier; no apology; no agent farewell
a: {G}
c: 我在你们网店买的甲虫标本框，收到的时候玻璃碎了，里面的甲虫腿也断了一条。
a: 玻璃碎了是快递摔的，跟我们没关系，您找快递理赔。
c: 可我是跟你们买的，快递也是你们选的。
a: 我们发货都有视频，出门是好的。您拍照找快递，他们会赔。
c: 那甲虫腿断了呢？快递会赔甲虫吗？
a: 您跟快递说就行。
c: 行，那我自己找快递吧。

# pier1 | PIER | in | insult | asr | infection after skipped aftercare; epithet with a slip; customer flat
a: {G}
c: 我上个月在你们那打的耳骨钉，现在发炎了，红肿流脓，我要求退钱。
a: 打完的时候给过您护理单，每天用生理盐水洗两次，您照做了吗？
c: 我……有时候忘了。还去游泳了两次。
a: 这种我们见多了，老油挑一个，自己不护理，想白打一个是吧？
c: 我确实没怎么护理。
a: 退款不行，您先去医院消炎，好了以后可以来店里免费换一个钛钉。{C}

# pier2 | PIER | in | - | hn=name_ask+tariff | guardian asked 怎么称呼; fee with moment
a: {G}
c: 我女儿十六岁，想打个耳洞，我能陪她去吗？
a: 可以的，未成年人需要监护人到场签知情同意书。请问您怎么称呼？
c: 我姓葛。
a: 葛女士，同意书上要写孩子的名字和您的名字，请您带上您和孩子的身份证或户口本。
c: 打一个耳洞多少钱？
a: 普通耳洞一个八十元，含医用钛钉，打完以后付款。护理液二十元一瓶，需要的话一起结。
c: 好，那我们周六下午过去。
a: 好的，周六下午给您留两点的时段。{C}

# pier3 | PIER | in | forbidden,shirking,apology | - | 这我不清楚，你去医院问吧 about the studio's own aftercare
a: {G}
c: 我前天在你们那打的鼻钉，今天有点红肿，想问问要怎么处理，要不要换钉子？
a: 这我不清楚，每个人体质不一样，你去医院问吧。
c: 你们是打钉子的，护理不是你们最懂吗？打的时候不是说有问题随时问吗？
a: 红肿的事我们没法判断，医院说了算。
c: 那换钉子呢？
a: 换不换也是医生说了算。
c: 行吧，我去医院。
a: {C}

# gown1 | GOWN | in | hangup,closing | - | class order; supervisor's gown question unanswered
a: {G}
c: 我们班四十二个人想租学士服，六月十五号拍毕业照，你们还有那么多吗？
a: 有的，四十二套没问题，您要文科的粉色还是理科的黄色垂布？
c: 我们是文学院的，粉色的。
a: 好的，四十二套文科学士服，六月十四号下午送到学校。
c: 帽子和流苏都有吧？
a: 都有，一套里面包括学位服、帽子和流苏。
c: 那导师的那套也能租吗？我们导师是博士，要红色的那种吗？喂？喂？

# gown2 | GOWN | in | - | hn=tariff+hangup | fees, deposit and delivery charge in full; last question answered and closed
a: {G}
c: 租一套硕士服多少钱？押金怎么收？
a: 硕士服一套一天四十元，租三天以内都按一天算；押金每套一百五十元，取衣服时交，还衣服时检查没问题当场退。
c: 要是弄脏了呢？
a: 一般的脏我们清洗就行，不另收钱；要是有烫坏或者撕破，按破损程度扣押金，最多扣一百五十元。
c: 可以送到学校吗？
a: 十套以上免费送，十套以下送货费二十元，送到时付给送货员。
c: 就我一个人，那我自己去取吧，你们几点关门？
a: 晚上八点关门，周末也营业。{C}
c: 好嘞，谢谢。

# gown3 | GOWN | in | talk_over,filler | - | deposit dispute; filler-heavy agent cuts in; token apology
a: {G}
c: 我上周在你们那租的学士服，还回去的时候你们说垂布上有一块污渍要扣五十块押金，可那块污渍是我拿到的时候就有的——
a>: 呃，那个，我们，就是，交接的时候都有检查的。
c: 检查什么呀，我拿到的时候根本没人跟我一起看，衣服是装在袋子里直接给我的，我回去才发现——
a>: 嗯，那个，那个您有拍照吗？就是，拿到的时候。
c: 有，我拿到第二天拍过照片，日期都有。
a: 呃，那您发一下照片，然后呢，我们核实了，就是，没问题的话押金全退。
c: 好，我现在就发。
a: 嗯，不好意思，那个，收到以后当天给您回复。{C}

# pod1 | POD | in | insult | - | fifth re-edit; sarcastic epithet; extra-revision fee with moment
a: {G}
c: 第三期节目的剪辑我又听了一遍，开头那段背景音乐还是不对，能不能再改一版？
a: 这已经是第五版了。
c: 我知道，可是还是不够有感觉，你们再试试那种慵懒一点的爵士。
a: 第一版就是爵士，是您说太慵懒的。伺候您这位祖宗，我得少活十年。
c: 我付了钱的，改几版怎么了？
a: 合同里包含三次修改，这是第五次了，再改需要另外付费，每次二百元，改完交付时付。{C}

# pod2 | POD | in | filler,talk_over | hn=tariff | filler-heavy agent cuts in twice; price with moment
a: {G}
c: 我想做一档访谈类的播客，每期大概四十分钟，你们能提供录音棚和后期吗？我们是两个主持人加一个嘉宾，嘉宾有时候要远程连线——
a>: 呃，可以的，那个，录音棚有三个机位，就是，远程连线也能录，呃，音质会差一点。
c: 那后期剪辑一般要多久？我们希望每周五上线，最好周三录完周四就能拿到成片，不知道时间够不够——
a>: 嗯，那个，周三录的话，就是，周四晚上能交，然后呢，周五上午您再听一遍。
c: 好，那价格呢？
a: 呃，录音加后期一期一千二，那个，每期交付时付款。
c: 行，我们下周来试录一期。
a: 嗯，好的，那个，我给您约周三下午。{C}

# pod3 | POD | in | short_call | short,hn=forbidden | 不知道也没关系 as reassurance
a: {hi}，{s}，请问有什么可以帮您？
c: 我不知道该选哪种麦克风。
a: 不知道也没关系，您来棚里试一下就行。
c: 好，谢谢。
a: 不客气，祝您{w}。

# bbq1 | BBQ | in | insult | - | angry host; temper jibe; customer flat
a: {G}
c: 你们上周六来我家院子烤的那场，羊肉串根本不够吃！二十个人才给两百串，我在朋友面前脸都丢尽了！你们是不是偷工减料！
a: 您订的套餐就是两百串，单子上写着的。
c: 写着又怎么样！你们不会提醒我不够吗！
a: 您这脾气跟炮仗似的，一点就着，谁受得了您。
c: 反正下次不找你们了。
a: 下回二十人以上建议订三百串的套餐。{C}

# bbq2 | BBQ | in | tariff | - | charcoal and call-out fee glossed
a: {G}
c: 我想订下周日中午的上门烧烤，十个人，一个人一百二的套餐，炭火和上门费另算吗？
a: 炭火和上门费都是小钱，吃完了再一起算，您放心。
c: 小钱是多少？我想先心里有个数。
a: 要看您家离我们多远，远一点近一点都不一样，师傅到了会说的。
c: 我家在滨江花园，不算远吧？
a: 不算远，到时候师傅一看就知道了。周日中午几点开始？
c: 十一点半吧。
a: 好的，十一点师傅到您家准备。{C}

# bbq3 | BBQ | in | hangup,closing | hn=tariff | grill rental with deposit; park question unanswered
a: {G}
c: 我想租一个烤炉，周六在公园野餐用，怎么租？
a: 烤炉租一天六十元，押金两百元，取炉子时交，还回来当场退押金。
c: 炭要自己买吗？
a: 可以在我们这买，一箱十斤三十五元，跟租金一起付。
c: 好，那我周六早上过来取，给我留一个大号的。
a: 好的，大号烤炉一个，周六早上给您留着。
c: 对了，公园那边让不让烧炭啊？你们之前有人去过吗？喂？

# bbq4 | BBQ | in | name_ask | hn=silence | 你叫啥名字; announced hold
a: {G}
c: 我订了这周六晚上的烧烤，想把时间改到周日晚上。
a: 你叫啥名字？订单上的。
c: 姚静。
a: 请您稍等，我看一下周日晚上师傅的排班。
.hold 19
a: 感谢您的等待，周日晚上六点有空档，给您改到周日六点，人数还是八位吗？
c: 对，八个人。
a: 好的，已经改好了，改期不收费。{C}

# walk1 | WALK | in | insult | - | muddy dog; the customer compared to his dog; token apology
a: {G}
c: 你们遛狗师傅今天把我家豆豆带回来的时候，狗一身泥，还冲着邻居叫了半天。
a: 豆豆本来就爱往泥坑里钻，师傅拉都拉不住。
c: 那你们不会给它擦擦再送回来？它平时在家很乖的。
a: 乖？它一出门就横冲直撞，怪不得，狗随主人嘛。
c: 我就是希望你们送回来之前擦一擦。
a: 不好意思，下次让师傅带块毛巾，送回来之前把脚擦干净。{C}

# walk2 | WALK | in | - | hn=forbidden | feeding and pills: 喂食 / 喂药 in the agent's speech
a: {G}
c: 我下周出差五天，想请你们每天来遛两次狗，顺便喂一下。
a: 可以的，遛狗加喂食的套餐是每天两次，每次四十分钟。喂食的量您写在备注里，狗粮放在门口显眼的地方就行。
c: 它要吃药，一天一粒，能帮忙喂药吗？
a: 可以的，喂药需要您在App里上传医嘱照片，师傅会按时喂，喂完拍视频发给您。
c: 太好了，那钥匙怎么给你们？
a: 您可以放在小区的智能柜里，把取件码发给师傅。
c: 好的，那就这样定了。
a: {C}

# walk3 | WALK | in | complaint,silence | hn=insult+colleague | dog lost for half an hour; walker's words quoted and read back; unannounced track lookup
a: {G}
c: 今天下午你们的遛狗师傅把我家狗弄丢了半个小时！要不是邻居看到，狗早跑到马路上了！他还跟我说“一条狗而已，叫什么叫”！我要投诉他！
a: 非常抱歉，让您和狗狗受惊了。师傅说的“一条狗而已，叫什么叫”，我给您原样记下来。我看一下今天下午那一单的遛狗轨迹。
.gap 15
a: 看到了，师傅在三点二十分的时候松开了牵引绳，这是违反我们规定的，是我们师傅的失误。
c: 你们必须给我一个说法。
a: 您的投诉我已经登记，这位师傅从今天起停止接单，本次服务费全额退给您，处理结果明天中午前回复您。
c: 好，我等你们的结果。
a: 再次向您道歉，{C}

# walk4 | WALK | in | hangup,closing | hn=name_ask | first booking; dog's name asked; last question unanswered
a: {G}
c: 我想第一次试试你们的遛狗服务，要先登记什么吗？
a: 需要在App里登记狗狗的信息。狗狗叫什么名字？几岁了？
c: 它叫可乐，三岁，柯基。
a: 好的，可乐，三岁柯基。打过疫苗吗？
c: 打过了，证明在我这儿。
a: 到时候把疫苗本拍照上传就行。第一次服务师傅会提前上门跟可乐熟悉一下。
c: 那熟悉的那次要不要我在家？我平时上班，只有晚上在。喂？喂？

# tree1 | TREE | in | - | hn=name_ask+closing | memorial tree; deceased's name; condolence wish
a: {G}
c: 我父亲上个月走了，想在你们那儿种一棵纪念树，挂个牌子。
a: 请您节哀。纪念树的铭牌上可以刻老人家的名字和生卒年，请问老人家的名字怎么写？
c: 孟庆华，庆祝的庆，中华的华。一九四二年生的。
a: 孟庆华老先生，一九四二年生，记下了。树种您想选银杏还是香樟？
c: 银杏吧，他生前最喜欢银杏。
a: 好的，银杏。下个月十二号是我们的集中种植日，您和家人可以一起来，亲手种下。
c: 好，我们一定去。
a: 请您节哀，也祝您家里人都健健康康的，我们下个月见。

# tree2 | TREE | in | overpromise | hn=tariff+speech_rate,slowish | birth tree; growth promise; fee with moment
a: {G}
c: 我想给孩子出生种一棵树，以后每年带他去看看，你们的树能长多大？
a: 我们种的都是三年生的香樟苗，种下去保证十年就能长到十米高，跟孩子一起长成参天大树。
c: 真能长那么快？
a: 我们的林地土好，您放心，十年十米没问题。
c: 那费用怎么算？
a: 一棵树苗加种植和十年养护一共一千二百元，签认养协议时一次付清，以后每年不再收费。
c: 好，那我们下个月来种。
a: 好的，{C}

# tree3 | TREE | in | silence | hn=closing | unannounced lookup of the tree number; trade wish
a: {G}
c: 我前年在你们林子里给我母亲种了一棵树，清明想去看看，可我忘了它在哪个区了。
a: 我看一下您家那棵树的编号。
.gap 12
a: 找到了，是在C区第七排，编号C七一五，是一棵银杏。清明那几天人多，建议您早上八点前到。
c: C区第七排，好，我记下了。里面能烧纸吗？
a: 林区不能烧纸，可以带鲜花，门口也有鲜花供应。
c: 好的，谢谢你。
a: 不客气，清明路上人多，您慢点开车，祝您一路平安。

# rock1 | ROCK | in | greeting,tariff | hn=short_call | customer's 喂？喂？有人吗？ into silence before the greeting; insurance fee glossed
c: 喂？喂？有人吗？
a: 您好，晶洞矿物标本馆，请问有什么可以帮您？
c: 我想买你们店里那块紫水晶晶簇，寄到广州，保价费怎么算？
a: 保价费很少的，您下单的时候系统自己会加上，不用管。
c: 我就想知道大概多少。
a: 跟快递走的，每家不一样，反正不多。晶簇我们会用泡沫箱加木架包装，路上不会有问题。
c: 好吧，那我先下单。
a: 好的，{C}

# rock2 | ROCK | in | - | hn=insult | pyrite's nickname explained
a: {G}
c: 我在你们那买的“黄金矿石”，我朋友说那是假的，叫什么愚人金，是不是你们骗我？
a: 您别着急，您买的那块标签上写的是“黄铁矿”，黄铁矿俗称就叫愚人金，因为长得像黄金，很多人第一次见都会认错，这是矿物的名字。
c: 哦，原来是这样，那它值钱吗？
a: 黄铁矿本身不贵，您那块是立方体晶形，形状很规整，作为标本很漂亮，收藏价值还是有的。
c: 那我就放心了，我还以为被骗了。
a: 理解的，很多人都有这个疑问。{C}

# rock3 | ROCK | in | short_call | short,hn=tariff | postage with moment in a short call
a: {hi}，{s}，请问有什么可以帮您？
c: 寄到北京运费多少？
a: 十五元，下单时付。
c: 好，谢谢。
a: 祝您{w}。

# moto1 | MOTO | in | insult | - | rider sped downhill; jibe; customer flat
a: {G}
c: 我上周跟你们的川藏线车队，在折多山下坡的时候摔了，我想问问头盔和护具你们能不能赔。
a: 出发前签过风险告知书，下坡限速三十，您当时开了多少？
c: 我……可能快了点，五十左右吧。
a: 方向都把不稳还敢五十冲下坡，您这是嫌命长。
c: 我就是问问护具能不能赔。
a: 护具不在赔付范围里，您买的骑行险可以报，我把事故证明发给您。{C}

# moto2 | MOTO | in | colleague,name_ask | - | leader rode off; blunt name question; contempt for the leader; apology given
a: {G}
c: 我想反映一下，上周末的周边骑行，领队一路自己往前冲，我们后面好几个新手跟不上，差点在路口走散。
a: 你叫什么名字？报名时候用的。
c: 韩志强。
a: 韩先生，不好意思。领队老郑就是那样，光顾着自己耍帅，从来不管后面的人，说他多少次了。
c: 下次还是他带吗？
a: 下个月我给您安排另一位领队，新手团每五个人配一个收尾的。
c: 那还行。
a: {C}

# moto3 | MOTO | in | speech_rate,tariff | fast | fuel and bike hire glossed, read fast
a: {G}
c: 你们的青海湖环湖骑行团，报名费三千八，里面包括油费吗？
a: 报名费包含住宿、领队、保障车和骑行保险，油费按实际里程走，那个出发以后再说，大家平摊，一般都能接受的。
c: 那租摩托车要另外多少？
a: 租车看车型，到了营地选车的时候工作人员会跟您说，反正比您自己托运划算。
c: 行吧，那我先交报名费。
a: 好的，报名链接发给您，付款后名额就锁定了。{C}
# offr1 | OFFR | in | insult | asr,hn=tariff | stuck in sand; Wuhan put-down with a slip; tow fee with moment
a: {G}
c: 我今天在你们的沙地练习场陷车了，车陷得越来越深，最后还是你们拖出来的，拖车费要收三百？
a: 拖车费是在入场须知里写着的，一次三百。
c: 我知道，可是我觉得再踩几脚油门就出来了，你们拖得太急了。
a: 你是不是个勺啊，陷车了还猛踩油门，越踩越深，这道理都不懂？
c: 教练又没跟我说。
a: 第一节理论课就讲了，您没来听。拖车费三百，离场时在前台付。{C}

# offr2 | OFFR | in | - | hn=overpromise+tariff+speech_rate,brisk | beginner course; hedged outcome; fees with moments
a: {G}
c: 我想报你们的四驱越野入门课，两天能学会沙地脱困吗？
a: 入门课两天，第一天讲理论和车辆操作，第二天下沙地实操。大多数学员两天下来能掌握基本的脱困方法，真正熟练还是要多练。
c: 费用多少？车要自己带吗？
a: 学费一千六百元，报名时交；可以开自己的车，也可以用我们的教练车，教练车每天另收四百元，上课当天付。
c: 那万一陷车了拖车收钱吗？
a: 上课期间陷车由教练处理，不收拖车费；自己来练习场练的时候陷车，拖一次三百，离场时付。
c: 明白了，我报下个月的班。
a: 好的，{C}

# offr3 | OFFR | in | forbidden,talk_over | hn=shirking+filler | 您绕来绕去的，到底要问啥; cuts in; own car insurance sent to the insurer
a: {G}
c: 我想问一下，就是我那个车是改过的，轮胎换了大一号的，还有升高，不知道能不能进你们的场地，然后保险那块我也——
a>: 您绕来绕去的，到底要问啥？
c: 我就是想问改装车能不能进场。
a: 能进，备案过的改装车都可以，进场前检查一下安全带和拖车钩。
c: 那保险呢？我的车险不知道包不包越野场地，要是在场地里出了事——
a>: 车险的事您问您的保险公司，场地这边我们另外有场地意外险，每人每天二十元，进场时买。
c: 好，那我周末过去。
a: {C}

# pool1 | POOL | in | insult | - | chlorine overdose; jibe; customer flat
a: {G}
c: 我家泳池的水发绿了，我昨天把一整桶氯片全倒进去了，今天水变成白色的了，还有股怪味。
a: 一整桶？那是五公斤，您家池子才二十方水。
c: 我想着多放点好得快嘛。
a: 一桶氯全倒进去，您这是要开化工厂啊？您这人真是没救了。
c: 那现在怎么办？
a: 先别下水，打开循环泵，把水放掉三分之一再补新水，明天我派师傅去测一下水质。{C}

# pool2 | POOL | in | shirking,apology,complaint | - | pump the firm sold and fitted sent to the maker; 12315
a: {G}
c: 你们上个月给我家泳池换的循环泵，今天又不转了，池子里的水都不动了。
a: 水泵是厂家的产品，坏了您直接打厂家的售后电话。
c: 泵是你们卖给我的、你们装的，怎么让我找厂家？
a: 我们只负责安装，质量问题是厂家的事。厂家电话在泵身上贴着。
c: 你们这是推卸责任！我要打一二三一五投诉你们。
a: 您打吧，厂家那边处理得更快。
c: 行，你等着。
a: {C}

# pool3 | POOL | in | speech_rate | drawl,hn=overpromise | slow agent; cloudy water; hedged timing
a: {G}
c: 我家泳池的水有点浑，你们能来处理一下吗？多久能变清？
a: 可以的，我们先测水质，再加絮凝剂和过滤，一般三到五天能变清，具体要看浑的原因。
c: 不能两天就好吗？周末家里有聚会。
a: 两天没办法跟您说准，要是过滤砂太旧，时间会长一点，我们尽量赶在周末前。
c: 那你们明天能来吗？
a: 明天上午十点左右到，来之前给您打电话。
c: 好的。
a: {C}

# gate1 | GATE | in | insult | - | fourth colour change; Shanghainese put-down; change fee with moment
a: {G}
c: 我订的那扇庭院门，颜色我想再换一下，上回说的古铜色，我觉得还是黑色好，不对，要不还是香槟金吧？
a: 这是您第四次改颜色了。
c: 我就是拿不定主意嘛，你们不是还没喷漆吗？
a: 侬迭个人真是十三点，颜色换来换去，工厂那边都排不了单。
c: 那最后一次，香槟金，不改了。
a: 香槟金，我改好了，再改要加收两百元喷涂费，改单时付。{C}

# gate2 | GATE | in | greeting | hn=talk_over+tariff | 喂，庭安，说吧; the customer cuts in; price and payment stages
a: 喂，庭安，说吧。
c: 你好，我想在院子里装一圈铁艺围栏，大概三十米长，想问问价格。
a: 铁艺围栏一米高的每米三百二，一米五高的每米四百五，含安装，签合同付三成定金，装完付尾款。
c: 那安装要多久？
a: 三十米的话，测量完一周出货，安装一天就能装完，我们装之前会先跟您确认门的位置和开向——
c>: 能这周就来测量吗？
a: 可以，周四下午师傅过去测量，测量免费。
c: 好，周四下午我在家。
a: 好的，{C}

# gate3 | GATE | in | name_ask | hn=colleague | door frame short; 你叫什么; measurer's error stated plainly; apology
a: {G}
c: 你们装的院门关不严，差了两公分，门锁都扣不上。
a: 你叫什么？装的哪个小区？
c: 我叫彭丽，翠湖山庄十二栋。
a: 彭女士，我看了记录，是我们测量的同事当时把门洞宽度量错了两公分，不好意思。我们免费给您重新做一扇门框，下周二上门换。
c: 下周二几点？
a: 上午九点到十一点之间，到之前师傅给您打电话。
c: 好的。
a: {C}

# gate4 | GATE | in | talk_over,colleague | - | fitters left half done; agent cuts in; contempt for the crew; apology
a: {G}
c: 你们的安装师傅今天来装围栏，装到一半说少带了螺丝，走了就没回来，现在围栏一半立着一半躺在地上，我家狗都——
a>: 又是小钱那组吧？他们那帮人干活丢三落四，出门从来不清点工具，我们也头疼。
c: 我不管是哪组，今天能不能装完？我家狗会跑出去，路边车又多，万一出了事谁负责——
a>: 不好意思，我马上调另一组师傅，下午四点前过去把剩下的装完。
c: 四点前一定要到啊。
a: 四点前到，到之前给您打电话。{C}

# choc1 | CHOC | in | - | hn=apology | customer's own typo in the inscription; rush fee with moment
a: {G}
c: 我订的那盒刻字巧克力收到了，上面刻的是“生日快了”，少了个字，是不是你们刻错了？
a: 您下单时填的刻字内容我这边能看到，填的是“生日快了”，我们是按您填的刻的。
c: 啊？真的吗？那是我自己打错了。那还能重新做一盒吗？明天就是生日了。
a: 可以的，今天下午加急重做，加急费三十元，加上巧克力一百二十八，下单时付，明天上午送到。
c: 好，那就重做一盒，这次写“生日快乐”。
a: 好的，“生日快乐”，四个字，我再跟您确认一遍。{C}

# choc2 | CHOC | in | - | hn=insult | nickname written on a chocolate, read back
a: {G}
c: 我想订一盒心形巧克力送给我老公，上面写“给我的丑八怪”，这是我平时叫他的外号。
a: 好的，“给我的丑八怪”，六个字，字体要手写体还是印刷体？
c: 手写体吧，可爱一点。
a: 好的，手写体。需要配一张卡片吗？卡片上可以写长一点的话。
c: 要，卡片写“结婚五周年快乐，丑八怪也是我的丑八怪”。
a: 我把卡片内容念一遍：结婚五周年快乐，丑八怪也是我的丑八怪。没问题的话，周五送到。
c: 对，没错。
a: {C}

# choc3 | CHOC | in | short_call,forbidden,closing | short | 先想清楚再打过来; no farewell
a: {hi}，{s}，请问有什么可以帮您？
c: 我想订巧克力，几盒我还没想好……
a: 您先想清楚要几盒，再打过来。
c: 哦……好吧。

# choc4 | CHOC | in | overpromise | hn=tariff | proposal chocolate promise; price with moment
a: {G}
c: 我下周想求婚，想订一盒定制的巧克力，里面放戒指那种。
a: 我们有求婚款，巧克力做成戒指盒的样子，打开里面放您的戒指。用我们的求婚款，保证她一打开就答应您。
c: 哈哈，真的假的？
a: 我们做了好几百单求婚款了，没有一单失败的，她肯定答应。
c: 那多少钱？
a: 求婚款三百九十八，下单付全款，提前三天下单，求婚前一天送到。
c: 好，那我订一盒。
a: 好的，{C}

# spice1 | SPICE | in | greeting | hn=hangup+tariff | bare 嗯？ answered by 喂？喂？ before the greeting; price with moment
a: 嗯？
c: 喂？喂？是川香调味品批发吗？
a: 您好，这里是川香调味品批发部，请问有什么可以帮您？
c: 我是开火锅店的，想订五十斤汉源花椒，你们现在什么价？
a: 汉源红花椒现在一斤九十五，五十斤以上九十，货到付款。
c: 能不能再少点？
a: 不好意思，九十已经是批发最低价了，您要是一次订一百斤可以给到八十八。
c: 那先订五十斤吧，明天能到吗？
a: 明天下午到，{C}

# spice2 | SPICE | in | name_ask,silence | - | missing order; 你姓啥; unannounced lookup; apology given
a: {G}
c: 我上个礼拜订了二十斤干辣椒，到现在还没收到。
a: 你姓啥？哪家馆子的？
c: 姓邱，邱记面馆。
a: 我查一下。
.gap 13
a: 查到了，不好意思，您的单子漏发了，今天下午就给您补发，明天到。
c: 明天上午能到吗？上午要用。
a: 明天上午十一点前到。{C}

# spice3 | SPICE | in | short_call | short,hn=insult | ghost pepper
a: {hi}，{s}，请问有什么可以帮您？
c: 魔鬼椒还有吗？要辣死人那种。
a: 有的，一斤六十。
c: 好，来两斤。
a: 好的，祝您{w}。

# spice4 | SPICE | in | shirking | hn=apology | stones in peppercorns sent to the farmers; pro-forma 不好意思
a: {G}
c: 你们发来的花椒里有好多小石子，我们厨师炒菜的时候差点硌了牙。
a: 不好意思。花椒是农户晒的，石子是晒场上混进去的，您找农户那边反映。
c: 我又不认识农户，我是从你们这儿买的。
a: 农户的联系方式我可以发给您，您跟他们说。
c: 那这批货你们管不管？
a: 我们这边只负责转运，质量的事农户负责。
c: 算了算了，我自己挑吧。
a: {C}

# cord1 | CORD | in | insult,apology,complaint | - | fake-goods accusation; veiled threat; 你这是威胁我; exposure and report
a: {G}
c: 我上个月在你们那买的虫草，拿去检测，说里面有插了铁丝的，你们卖假货！我要在网上曝光你们！
a: 我们的虫草都是整根的，不可能插铁丝。您在网上乱说的话，您的地址我这儿可都有，您自己掂量掂量。
c: 你这是威胁我？你们有地址又怎么样？
a: 我就是提醒您，说话要负责任。
c: 我现在就去市场监管局举报你们！
a: 随便您。{C}

# cord2 | CORD | in | silence | asr,hn=tariff | price with moment; unannounced invoice lookup; slip in the customer's word; apology given
a: {G}
c: 我想买点虫早送人，三根一条的那种多少钱？
a: 三根一条的是一克一百二十元，一盒十克一千二，下单时付，顺丰包邮。
c: 能开发票吗？我上次买的那盒发票一直没收到。
a: 我查一下您上次的开票记录。
.gap 14
a: 不好意思，上次的发票开出来了，但是寄错了地址，我今天重新给您寄一张。
c: 好。那这次再买两盒，发票抬头跟上次一样。
a: 好的，两盒一共两千四，发票跟货一起寄。{C}

# cord3 | CORD | out | overpromise,talk_over | - | cure promise; cuts in twice
a: {GO}您之前在我们店买过虫草，今天给您介绍一款新到的那曲头草。
c: 哦，我上次买是给我爱人的，他肺不太好，医生说要慢慢调理，我就想问问这个草是不是——
a>: 那您可太需要这款了，每天炖两根，吃三个月，保证您爱人肺病彻底好，比吃药管用。
c: 真的？医生说要长期吃药的，我不敢随便停药，吃你们的虫草能不能把药停了——
a>: 能，好多老顾客吃完都把药停了，您放心。
c: 那价格呢？
a: 一盒十克一千五，今天下单送一个炖盅，付款后当天发。
c: 我再想想吧。
a: 好的，{CO}

# cord4 | CORD | in | hangup,closing | hn=short_call | storage advice; pregnancy question unanswered
a: {G}
c: 我在你们店买的虫草，怎么辨别真假？
a: 真虫草有八对足，中间四对最明显，断面是白色的，闻起来有股菌香。
c: 那泡水喝可以吗？
a: 可以，也可以炖汤，一次两三根就够。
c: 那保存的话，要放冰箱吗？
a: 放冰箱冷藏，用密封袋装好。
c: 好，还有，孕妇能不能吃？我儿媳妇怀孕了。喂？喂？

# nurse1 | NURSE | in | insult,apology | - | insinuation about the son; 你什么意思; no apology
a: {G}
c: 我想问一下，你们的护士给我妈换药，能不能多待一会儿，陪她聊聊天？我工作忙，一个月也就回去看她一次。
a: 护士是按单上门的，换完药就得去下一家。
c: 我妈一个人在家，挺孤单的，我多付点钱也行。
a: 一个月才回去一次？唉，摊上您这样的儿子，老人家也是够受的。
c: 你什么意思？我工作在外地！
a: 陪护需要单独下单，一小时六十元，预约时付。{C}

# nurse2 | NURSE | in | - | hn=forbidden+name_ask | 喂药 in the agent's speech; patient's name asked; wish for recovery
a: {G}
c: 我父亲中风以后在家躺着，想请你们的护士每天上门帮忙喂药、测血压。
a: 可以的，我们有每日上门的套餐。请问老人家叫什么名字，多大年纪？
c: 他叫宋国林，七十八岁。
a: 宋国林老先生，七十八岁。喂药需要您提供医院开的用药清单，护士按清单喂，每次喂完会在App里打卡。
c: 他吞咽不太好，药要碾碎吗？
a: 护士上门会先评估吞咽情况，需要碾碎的会碾碎再喂，胶囊类的会先跟医生确认。
c: 好，那就麻烦你们了。
a: 不客气，祝老先生早日康复，再见。

# nurse3 | NURSE | in | complaint | hn=insult+colleague | late nurse; her words quoted and read back; lateness stated plainly
a: {G}
c: 今天约的上午九点换药，护士十一点才到，到了还嫌我家楼层高，说“住这种破楼还叫人上门”，我要投诉她！
a: 非常抱歉，让老人家多等了两个小时，还听到这样的话。她说的“住这种破楼还叫人上门”，我给您原样登记在投诉单上。
c: 对，就是这句。
a: 今天上门的是我们的周护士。她迟到是因为前一单超时了，但没有提前通知您，这是我们的问题。
c: 那你们打算怎么处理？
a: 今天的上门费全额退给您，周护士暂停上门服务，处理结果明天下午前回复您。
c: 行。
a: 再次跟您说声对不起，{C}

# nurse4 | NURSE | in | - | hn=silence | announced hold with 稍候
a: {G}
c: 我想预约明天下午的上门输液，我母亲在家。
a: 好的，请您稍候，我查一下明天下午护士的排班。
.hold 16
a: 感谢您的耐心等待，明天下午两点和四点都有护士，您看哪个时间合适？
c: 两点吧。
a: 好的，明天下午两点。上门输液需要提前把医院的处方拍照上传，护士会核对药品。
c: 好，我现在就传。
a: {C}

# jpn1 | JPN | in | greeting,forbidden | - | no 您好; 一句也没听懂，到底想报什么
a: 樱花日语，什么事？
c: 你好，我想问一下你们有没有针对动漫爱好者的那种，边看番边学的，不是考级那种……也不是商务的，我也说不好……
a: 你说的我一句也没听懂，到底想报什么？
c: 就……兴趣班吧，零基础的。
a: 零基础兴趣班每周六下午上课，一期十二次课。
c: 那什么时候开班？
a: 下个月第一个周六开班，报名在官网上填表。
c: 好的，谢谢。
a: {C}

# jpn2 | JPN | in | tariff,forbidden | - | curt order about the fee question; textbook fee glossed
a: {G}
c: 我想报N2冲刺班，学费多少？教材费另外收吗？
a: 你先别问钱，听我把课程安排讲完。冲刺班一共十周，每周三次课，有模考和作文批改。
c: 好，那教材费呢？
a: 教材是开班那天老师统一发，钱的事到时候一起说。
c: 那学费是多少？
a: 学费四千二，报名时交。教材到时候看发几本。
c: 行吧。
a: {C}

# jpn3 | JPN | in | overpromise,name_ask | - | 你叫什么名字; N1 promise
a: {G}
c: 我想报你们的N1班，我现在N2刚过，明年七月能考过N1吗？
a: 你叫什么名字？我先给你登记一下。
c: 我叫黎晓雯。
a: 黎晓雯，登记好了。报我们的N1全程班，保证你明年七月一次过N1，过不了免费重读。
c: 这么有把握？
a: 我们的老师都是一级满分，按我们的计划学，明年七月肯定能过。
c: 好，那我先报名。
a: 好的，{C}

# jpn4 | JPN | in | filler | hn=tariff | filler-heavy agent; fee with moment
a: {G}
c: 我想问一下你们周末的日语口语班，外教是日本人吗？
a: 呃，是的，那个，我们的外教都是日本人，就是，大阪和东京的都有，嗯，口音会不太一样。
c: 班里多少人？
a: 呃，小班课，那个，最多八个人，然后呢，每节课九十分钟。
c: 学费怎么收？
a: 嗯，一期十六节课，那个，三千二百元，就是，报名的时候交。
c: 好，我考虑一下。
a: 呃，好的，{C}

# code1 | CODE | in | insult | - | environment errors; comparison jibe; customer flat
a: {G}
c: 老师，我按你们视频配的开发环境，运行的时候还是报错，说找不到模块。
a: 昨天不是讲过了吗？先激活虚拟环境再装依赖。
c: 我激活了啊，可是……我也说不上来哪里不对，可能是路径的问题？
a: 昨天讲的今天就忘，您这理解能力跟信号不好的收音机似的，时有时无。
c: 我就是刚转行，还不太熟。
a: 您把报错截图发到班级群，助教晚上统一解答。{C}

# code2 | CODE | in | speech_rate | fast,hn=overpromise+tariff | no job guarantee, read fast; fees with moments
a: {G}
c: 你们的Java训练营学完能包就业吗？
a: 我们不承诺就业，结业以后提供简历指导、模拟面试和合作企业内推，近一年的学员大多数三个月内拿到了offer，但每个人的基础和投入不一样，结果也不一样。
c: 学费怎么交？
a: 学费一万六千八，可以一次付清，也可以先付定金两千，开课前付清余款，开课后七天内不满意可以全额退。
c: 线上线下都有吗？
a: 都有，线下在科技园校区，线上是直播加录播，录播可以回看一年。
c: 好，我再看看。
a: {C}

# code3 | CODE | in | colleague | - | slow teaching assistant; contempt; apology given
a: {G}
c: 我想换个助教，现在这个助教问他问题，隔一天才回，回了也答不到点子上。
a: 不好意思，给您的学习添麻烦了。您说的是小孟吧？他那人混日子，自己都没学明白，怎么招进来的都是个谜。
c: 那能换吗？
a: 能换，我给您换成小柴，她回复快，平时晚上十点前都在线。
c: 那之前问过的问题要重新问吗？
a: 不用，我把聊天记录转给小柴，她会接着跟进。
c: 好，谢谢。
a: {C}

# code4 | CODE | in | hangup,closing,silence | - | unannounced timetable lookup; extension question unanswered
a: {G}
c: 我报的周末班，这周六的课改成线上了吗？群里有人说改了。
a: 我看一下这周的课表。
.gap 11
a: 对，这周六因为教室检修改成线上，链接周五晚上发到群里。
c: 那下周呢？下周是回线下吗？
a: 下周回线下。
c: 好。那我有个作业没交，截止时间能延一下吗？我这周出差了。喂？喂？

# bio1 | BIO | in | hangup,closing | - | weak gas; desludging; visit question unanswered
a: {G}
c: 我家的沼气池这两天出气少了，做饭火苗特别小，是咋回事？
a: 一般是料不够了，或者天冷发酵慢，您最近加料了吗？
c: 上个月加过一次猪粪。
a: 冬天要多加，半个月加一次，池子上面盖点稻草保温。
c: 那要不要清池子？好几年没清了。
a: 三年以上没清的话最好清一次，我们可以上门抽渣。
c: 好，那你们啥时候能来？下礼拜行不行？喂？喂？

# bio2 | BIO | in | - | asr,hn=forbidden | gauge jumping; 不知道 as the lead-in to a request for a video; slip in the customer's word
a: {G}
c: 我家找气池的压力表一直在跳，一会儿高一会儿低，正常吗？
a: 具体为啥跳，光听描述我也不知道，您拍个视频发到我们微信，我帮您看看。
c: 好，我拍了发过去。
a: 收到了。这是输气管里有积水，您把管子最低处的排水阀拧开，放一下水就好了。
c: 排水阀在哪儿？
a: 在进灶台之前那段管子最低的地方，一个小旋钮。
c: 找到了，放出来好多水。
a: 放完拧紧就行，{C}

# bio3 | BIO | in | shirking,apology | - | leaking digester the firm built sent to the village committee; no apology
a: {G}
c: 你们去年给我家建的沼气池，现在池子边上往外渗水，臭得不行。
a: 池子建在你家地里，渗水的事你找村委会，我们不管这个。
c: 池子是你们建的，找村委会干啥？
a: 补贴项目是村里报的，出了问题村委会统一报修。
c: 可是村委会说让我找你们。
a: 那你再去跟村委会说说。
c: 你们这踢皮球踢得好。
a: {C}

# bio4 | BIO | in | greeting,short_call | short | short name and 讲, no 您好
a: 乡沼服务站，讲。
c: 明天能来给我家加料吗？
a: 能，上午到。
c: 行，谢谢。
a: 不客气，祝您{w}。

# soy1 | SOY | in | insult,apology,complaint | asr | sediment question; jibe; 你说话注意点; complaint with a slip
a: {G}
c: 我买的你们的头道酱油，瓶底有一层黑色的沉淀，是不是坏了？
a: 酿造酱油有沉淀是正常的，说明书上写着呢。
c: 可我之前买的都没有，这瓶就有，我觉得是质量问题。
a: 大早上就接到您这种电话，真晦气。
c: 你说话注意点！什么叫晦气？我要投述你！
a: 投诉电话在瓶身背面。有沉淀不影响食用，您不放心可以寄回来检测。{C}

# soy2 | SOY | in | colleague | hn=complaint | expired bottle at a supermarket; 不是要投诉你们厂; contempt for the sales rep; apology
a: {G}
c: 我在家门口超市买了一瓶你们的酱油，回家一看过期两个月了。我也不是要投诉你们厂，就是觉得超市太不像话了。
a: 谢谢您告诉我们，也不好意思让您碰上这种事。负责那家超市的是我们的业务员小葛，他懒得出奇，过期的货从来不去收，说了好几次也不改。
c: 那这瓶怎么办？
a: 您把购物小票和瓶子拍照发给我们，我们给您寄两瓶新的，超市的过期货我今天就安排人去下架。
c: 那还行。
a: {C}

# soy3 | SOY | in | talk_over | hn=tariff | restaurant supply; agent cuts in twice; prices and delivery terms
a: {G}
c: 我们是开饭店的，想长期从你们厂里直接拿货，每个月大概要两百桶，主要是生抽和老抽，想问问价格——
a>: 直接拿货的话有批发价，生抽二十升一桶八十五，老抽一桶九十。
c: 那运费呢？我们在邻市，离你们厂大概一百公里，要是自己去拉的话太麻烦了——
a>: 一百桶以上免运费，您两百桶免运费，每月一号送货，货到后月底结账。
c: 那挺好，合同怎么签？
a: 我让业务员明天带合同上门，您看一下没问题就签。{C}

# soy4 | SOY | in | filler | hn=tariff | open day; filler-heavy agent; fee with moment
a: {G}
c: 你们的酱园能参观吗？我想带孩子去看看酱油怎么酿的。
a: 呃，可以参观的，那个，每周六上午有开放日，就是，需要提前在公众号上预约。
c: 孩子能动手做吗？
a: 嗯，有个小体验，那个，翻酱缸和灌装，然后呢，孩子自己灌的酱油可以带回家。
c: 收费吗？
a: 呃，参观免费，那个，灌装体验一个孩子二十元，就是，现场付。
c: 好，那我预约这周六的。
a: 嗯，好的，{C}

# cpl1 | CPL | in | insult | - | late passenger; jibe about airs; customer flat
a: {G}
c: 我约的七点的拼车，司机七点十分就走了，说等不了，我七点二十到的。
a: 您七点二十才到，让一车人等您二十分钟？
c: 我路上堵车了嘛，你们就不能多等一会儿？
a: 让一车人陪您干等，您这谱摆得比省长还大。
c: 那我现在怎么办？
a: 八点半还有一班，我给您改到那班，改签不收费。{C}

# cpl2 | CPL | in | - | asr,hn=complaint | smoke in the car; 不是要投诉司机; slip in the customer's word
a: {G}
c: 我上周坐你们的品车去省城，司机开得挺稳的，就是车里烟味有点大。我不是要投诉司机啊，就是提个意见。
a: 谢谢您的反馈，车内禁烟是我们的规定，我会提醒这位司机注意，也会安排车辆通风清洁。
c: 好的，那我这周五还想坐，早上八点的有位置吗？
a: 还有两个位置，给您订一个，上车点还是在老地方吧？
c: 对，还是体育馆南门。
a: 好的，周五早上八点，体育馆南门，司机出发前半小时会给您打电话。{C}

# cpl3 | CPL | in | complaint | hn=name_ask+insult+forbidden | detour; driver's words quoted and read back; driver's surname asked
a: {G}
c: 你们的司机今天绕了好远的路，本来两个小时的路开了三个半小时，我说他两句他还骂我“坐不起专车就别废话”，我要打一二三二八投诉！
a: 非常抱歉让您受了委屈。司机说的“坐不起专车就别废话”这句我记下来了。请问您记得司机姓什么或者车牌号吗？
c: 车牌是苏B八七六五二，司机姓什么我没问。
a: 好的，苏B八七六五二。我们查了行车轨迹，确实绕行了四十公里，多收的差价退给您，司机这边按规定处理。
c: 我还是要打一二三二八。
a: 理解，这是您的权利。处理结果我们明天给您回电话，再次向您道歉。{C}

# cpl4 | CPL | in | forbidden,closing,apology | - | late driver; 这谁说得准…等着就是了; no apology; no farewell
a: {G}
c: 我约的九点的车，现在九点二十了司机还没到，打他电话也不接。
a: 司机几点到这谁说得准，路上堵着呢，你等着就是了。
c: 我十一点要到机场，你们就不能给个准话？
a: 准话没有，他到了会给你打电话。
c: 要是误了飞机怎么办？
a: 你着急就自己打车吧。
c: 行，我自己打车。

# card1 | CARD | in | short_call | short,hn=shirking | stolen bank card: the bank freezes it, the centre unbinds
a: {hi}，{s}，请问有什么可以帮您？
c: 我绑卡的那张银行卡被盗刷了。
a: 请您马上打银行卡背面的电话冻结，交通卡这边先给您解绑。
c: 好，谢谢。
a: 不客气，祝您{w}。

# card2 | CARD | in | tariff,forbidden,complaint | - | 押金多少我也不清楚 about the centre's own card; complaint; token apology
a: {G}
c: 我想给我家老人办一张老年交通卡，押金多少？办卡要不要工本费？
a: 押金多少我也不清楚，反正窗口的人会跟您说。
c: 你们是交通卡服务中心，连押金多少都不清楚？
a: 各个网点不一样，您去了就知道了。
c: 你们这服务太差了，我要投诉。
a: 不好意思，投诉可以打这个电话，会有专人处理。
c: 那老人卡要带什么证件？
a: 带老人的身份证和户口本，一寸照片一张。{C}

# card3 | CARD | in | hangup,closing | - | lost card reissue; delivery question unanswered
a: {G}
c: 我的交通卡丢了，里面还有两百多块钱，能补办吗？
a: 可以的，记名卡可以挂失补办，余额会转到新卡上。您的卡是记名的吗？
c: 是的，办卡的时候登记过身份证。
a: 那您现在就可以在我们的小程序里挂失，挂失以后七天到任意网点领新卡。
c: 挂失了之后旧卡要是被人捡到还能用吗？
a: 挂失成功后旧卡就停用了，别人捡到也刷不了。
c: 好。那新卡能不能寄到家里？我腿脚不太方便。喂？喂？

# card4 | CARD | in | name_ask,filler | - | student card lapsed; 你叫什么名字; filler-heavy agent
a: {G}
c: 我想查一下我的学生卡为什么刷不了了。
a: 呃，你叫什么名字？那个，学生卡是实名的。
c: 我叫程子轩。
a: 嗯，程子轩，那个，你的学生卡，就是，每年九月要重新年审，呃，你今年没年审，所以，就是，停用了。
c: 那怎么年审？
a: 呃，带学生证，那个，去任意网点就行，然后，当场就能恢复。
c: 好的。
a: 嗯，{C}
"""


# ----------------------------------------------------------------------------------------------------- text helpers
PUNCT = set("，。？！、；：,.?!;:…“”‘’（）()—-~ \"'「」《》")
FILLER_RE = re.compile(r"呃|嗯|那个|这个|就是|然后|啊|呀")
PARTICLES = set("啊呀呢吧嘛哦啦")


def nchars(text: str) -> int:
    return sum(1 for ch in text if ch not in PUNCT and not ch.isspace())


CN_VAL = {"零": 0, "〇": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
UNITS = ("元|块钱|块|天|小时|分钟|个月|月|号|年|岁|斤|公斤|公里|米|厘米|张|份|楼|层|周|台|件|个工作日|次|位|万|折|"
         "方|箱|克|点|串|套|桶|盏|根|瓶|平方米|期|节|人|公分|条|盒|毫升|瓦|排|栋|遍|头")
NUM_RE = re.compile(r"([零〇一二两三四五六七八九十百千万]+)(?=(" + UNITS + "))")
DIGRUN_RE = re.compile(r"[零〇一幺二三四五六七八九]{3,}")


def cn_to_int(s: str):
    total, section, num, seen = 0, 0, 0, False
    for ch in s:
        if ch in CN_VAL:
            if seen:
                return None
            num, seen = CN_VAL[ch], True
        elif ch in "十百千":
            section += (num if seen else 1) * {"十": 10, "百": 100, "千": 1000}[ch]
            num, seen = 0, False
        elif ch == "万":
            total += (section + num) * 10000
            section, num, seen = 0, 0, False
        else:
            return None
    return total + section + num


def to_digits(text: str) -> str:
    text = DIGRUN_RE.sub(lambda m: "".join(str(CN_VAL[c]) for c in m.group(0)), text)

    def rep(m):
        s, unit = m.group(1), m.group(2)
        if s in ("一", "两"):
            return s  # a lone 一 / 两 stays a word (隔一天, 一箱, 两次)
        v = cn_to_int(s)
        return s if v is None else str(v)
    return NUM_RE.sub(rep, text)


def drop_particles(text: str) -> str:
    out = []
    for i, ch in enumerate(text):
        if (ch in PARTICLES and i > 0 and text[i - 1] not in PUNCT
                and (i + 1 == len(text) or text[i + 1] in PUNCT)):
            continue
        out.append(ch)
    return "".join(out)


def no_punct(text: str) -> str:
    return "".join(ch for ch in text if ch not in PUNCT)


CONVERTERS = {k: opencc.OpenCC(k) for k in ("s2t", "s2tw", "s2hk")}


def apply_noise(text: str, noise: dict) -> str:
    if noise["digits"]:
        text = to_digits(text)
    if noise["particles"]:
        text = drop_particles(text)
    if noise["nopunct"]:
        text = no_punct(text)
    if noise["conv"]:
        text = CONVERTERS[noise["conv"]].convert(text)
    return text


# ----------------------------------------------------------------------------------------------------- parsing
def parse_industries():
    ind = {}
    for line in INDUSTRIES.strip().splitlines():
        code, name, company, short = [p.strip() for p in line[1:].split("|")]
        ind[code] = (name, company, short)
    return ind


def parse_calls():
    calls, cur = [], None
    for raw in CALLS.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("# "):
            key, code, direction, labels, flags, note = [p.strip() for p in line[2:].split("|")]
            cur = {"key": key, "code": code, "dir": direction,
                   "labels": [] if labels == "-" else [x.strip() for x in labels.split(",")],
                   "flags": {}, "note": note, "turns": []}
            if flags != "-":
                for f in flags.split(","):
                    f = f.strip()
                    if f.startswith("hn="):
                        cur["flags"]["hn"] = f[3:].split("+")
                    else:
                        cur["flags"][f] = True
            calls.append(cur)
        elif line.startswith(".hold") or line.startswith(".gap"):
            kind, n = line[1:].split()
            cur["turns"].append((kind, float(n), None))
        else:
            tag, text = line.split(":", 1)
            mode = {"a": ("agent", "seq"), "c": ("customer", "seq"),
                    "a>": ("agent", "cut"), "c>": ("customer", "cut")}[tag]
            cur["turns"].append(mode + (text.strip(),))
    return calls


# ----------------------------------------------------------------------------------------------------- timing
def agent_rate(flags, rng, base):
    if flags.get("fast"):
        return rng.uniform(8.3, 9.0)
    if flags.get("drawl"):
        return rng.uniform(1.55, 1.8)
    if flags.get("brisk"):
        return rng.uniform(5.85, 6.1)
    if flags.get("slowish"):
        return rng.uniform(3.3, 3.5)
    return base + rng.uniform(-0.3, 0.3)


def make_segments(call, texts, rng):
    flags = call["flags"]
    base = rng.uniform(4.4, 5.2)
    segs, pend = [], None
    t0 = round(rng.uniform(0.3, 0.9), 2)
    ti = 0
    for turn in call["turns"]:
        if turn[0] in ("hold", "gap"):
            pend = turn
            continue
        spk, mode, _ = turn
        text = texts[ti]
        ti += 1
        n = nchars(text)
        rate = agent_rate(flags, rng, base) if spk == "agent" else rng.uniform(3.7, 5.2)
        dur = max(0.6, n / rate)
        last_end = max((s["end"] for s in segs), default=t0)
        if not segs:
            start = t0
        elif mode == "cut":
            prev = segs[-1]
            assert prev["speaker"] != spk, (call["key"], "cut-in after same speaker")
            pdur = prev["end"] - prev["start"]
            back = min(rng.uniform(1.5, 2.2) if spk == "agent" else rng.uniform(0.5, 1.3), pdur - 0.3)
            assert back >= (1.2 if spk == "agent" else 0.3), (call["key"], "previous turn too short for a cut-in")
            start = prev["end"] - back
        elif pend is not None:
            start = last_end + pend[1] + rng.uniform(0.0, 0.9)
        else:
            start = last_end + rng.uniform(0.35, 1.3)
        pend = None
        segs.append({"speaker": spk, "start": round(start, 2), "end": round(start + dur, 2), "text": text})
    return segs


def timing_labels(segs, key):
    got = set()
    end = max(s["end"] for s in segs)
    if end < 20:
        got.add("short_call")
    else:
        assert end >= 30, (key, "duration between 20 and 30 s", end)
    max_end = segs[0]["end"]
    for i in range(1, len(segs)):
        gap = segs[i]["start"] - max_end
        prev = segs[i - 1]
        held = prev["speaker"] == "agent" and ("稍等" in prev["text"] or "稍候" in prev["text"])
        if gap >= 10 and not held:
            got.add("silence")
        elif not held:
            assert gap <= 4.0, (key, "stray gap", gap)
        max_end = max(max_end, segs[i]["end"])
    for i, s in enumerate(segs):
        if s["speaker"] != "agent":
            continue
        for c in segs[:i]:
            if c["speaker"] == "customer" and c["start"] < s["start"] <= c["end"] - 1.0:
                got.add("talk_over")
    rates = [nchars(s["text"]) / (s["end"] - s["start"]) for s in segs
             if s["speaker"] == "agent" and nchars(s["text"]) >= 6]
    if rates:
        mean = sum(rates) / len(rates)
        if mean >= 7.5 or mean <= 2.0:
            assert all(r >= 7.5 for r in rates) or all(r <= 2.0 for r in rates), (key, "mixed rates", rates)
            got.add("speech_rate")
        else:
            assert all(3.0 <= r <= 6.2 for r in rates), (key, "agent rate outside 3.0-6.2", rates)
    return got


# ----------------------------------------------------------------------------------------------------- label checks
def check_call(call, segs, ind):
    key, labels, hn = call["key"], set(call["labels"]), set(call["flags"].get("hn", []))
    assert labels <= set(FAMILIES) and hn <= set(FAMILIES), (key, labels, hn)
    assert not labels & hn, (key, "hard negative also labelled", labels & hn)
    name, company, short = ind[call["code"]]
    agent = [s["text"] for s in segs if s["speaker"] == "agent"]
    cust = [s["text"] for s in segs if s["speaker"] == "customer"]
    # greeting
    first = segs[0]
    ok_greet = (first["speaker"] == "agent" and (company in first["text"] or short in first["text"])
                and "好" in first["text"] and not first["text"].startswith(("喂", "嗯")))
    if call["dir"] == "out":
        ok_greet = ok_greet and call["agent"] in first["text"]
    if "greeting" not in labels:
        assert ok_greet, (key, "greeting looks faulty but is not labelled")
    # closing
    tail = [s for s in segs[-2:] if s["speaker"] == "agent"]
    ok_close = any(re.search("祝|愿|保重", s["text"]) for s in tail)
    if "closing" not in labels:
        assert ok_close, (key, "no wish in the last agent turns but closing not labelled")
    else:
        assert not ok_close or "hangup" in labels, (key, "closing labelled but a wish closes the call")
    # hangup
    last = segs[-1]
    ends_q = last["speaker"] == "customer" and (last["text"].endswith("？") or "喂？喂？" in last["text"]
                                               or last["text"].endswith("喂？"))
    assert ("hangup" in labels) == ends_q, (key, "hangup mismatch")
    if "hangup" in labels:
        assert "closing" in labels, key
    # forbidden words in the agent's speech
    for i, s in enumerate(segs):
        if s["speaker"] != "agent":
            continue
        text = s["text"][1:] if i == 0 else s["text"]
        if re.search(r"喂(?![养食药奶完])|不知道|不清楚|不明白|什么意思|想清楚|想好了", text):
            assert "forbidden" in labels or "forbidden" in hn, (key, "forbidden-looking agent turn", s["text"])
    # name ask
    for a in agent:
        if re.search(r"你叫|你姓|叫啥|叫什么(?!叫)", a):
            assert "name_ask" in labels or "name_ask" in hn, (key, a)
    # filler
    nfill = sum(len(FILLER_RE.findall(a)) for a in agent)
    if "filler" in labels:
        assert nfill >= 6, (key, "too few fillers", nfill)
    else:
        assert nfill <= 1, (key, "fillers in a non-filler call", nfill)
    # complaint words from the customer
    if any(re.search(r"投诉|投述|举报|曝光|一二三一五|一二三二八|领导", c) for c in cust):
        assert "complaint" in labels or "complaint" in hn, (key, "complaint word")
    elif "complaint" in labels:
        raise AssertionError((key, "complaint labelled without a complaint word"))
    # overpromise words
    for a in agent:
        if re.search(r"保证|百分之百|肯定能|肯定答应|肯定回本", a):
            assert "overpromise" in labels or "overpromise" in hn, (key, a)
    # apology words present in calls where the agent owes none?
    apol = any(re.search(r"不好意思|抱歉|对不起|道歉|添麻烦", a) for a in agent)
    if "apology" in labels:
        assert not apol, (key, "apology labelled but the agent apologised")


# ----------------------------------------------------------------------------------------------------- build
def fill(text, ctx):
    for k, v in ctx.items():
        text = text.replace("{" + k + "}", v)
    assert "{" not in text, text
    return text


def build():
    rng = random.Random(SEED)
    ind = parse_industries()
    calls = parse_calls()
    keys = [c["key"] for c in calls]
    assert len(keys) == len(set(keys)) == 150, len(keys)
    order = list(range(len(calls)))
    rng.shuffle(order)
    n_noisy = round(NOISY_SHARE * len(calls))
    noisy = set(rng.sample(sorted(keys), n_noisy))
    records, errors = [], []
    for pos, idx in enumerate(order):
        call = calls[idx]
        name_en, company, short = ind[call["code"]]
        agent = rng.choice(NAMES)
        no = "".join(CN_DIGITS[int(d)] for d in str(rng.randint(1000, 9899)))
        hi = rng.choice(HI)
        ctx = {"hi": hi, "co": company, "s": short, "name": agent, "no": no, "w": rng.choice(WISHES)}
        ctx["G"] = fill(rng.choice(GREETS), ctx)
        ctx["GO"] = fill(rng.choice(GREETS_OUT), ctx)
        ctx["C"] = fill(rng.choice(CLOSES), ctx)
        ctx["CO"] = fill(rng.choice(CLOSES_OUT), ctx)
        order_keys = ["G", "GO", "C", "CO", "hi", "co", "s", "name", "no", "w"]
        ctx = {k: ctx[k] for k in order_keys}
        call["agent"] = agent
        clean = [fill(t[2], ctx) for t in call["turns"] if t[0] not in ("hold", "gap")]
        noise = None
        if call["key"] in noisy:
            while True:
                noise = {"conv": rng.choice(["s2t", "s2tw", "s2hk", None]), "digits": rng.random() < 0.6,
                         "particles": rng.random() < 0.5, "nopunct": rng.random() < 0.5}
                if noise["conv"] or noise["digits"] or noise["particles"] or noise["nopunct"]:
                    break
        segs_clean = make_segments(call, clean, rng)
        segs = segs_clean
        try:
            check_call(call, segs_clean, ind)
            got = timing_labels(segs_clean, call["key"])
            want = set(call["labels"]) & set(TIMING)
            assert got == want, (call["key"], "timing labels", sorted(got), sorted(want))
            if noise:
                texts = [apply_noise(t, noise) for t in clean]
                segs = [dict(s, text=t) for s, t in zip(segs_clean, texts)]
                assert all(s["text"] for s in segs), call["key"]
                got_n = timing_labels(segs, call["key"])
                assert got_n == want, (call["key"], "noisy timing labels", sorted(got_n), sorted(want))
        except AssertionError as e:
            errors.append(str(e))
        rec = {"call_id": "AM-%03d" % (pos + 1),
               "segments": segs,
               "labels": [f for f in FAMILIES if f in call["labels"]],
               "metadata": {"writer": "AM", "industry": name_en, "company": company,
                            "direction": "inbound" if call["dir"] == "in" else "outbound",
                            "agent": agent, "noisy": noise is not None, "noise": noise,
                            "hard_negative": [f for f in FAMILIES if f in call["flags"].get("hn", [])],
                            "source_key": call["key"]}}
        records.append(rec)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    return calls, records


def main():
    calls, records = build()
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    OUT.write_text(data, encoding="utf-8")
    counts = {f: sum(f in r["labels"] for r in records) for f in FAMILIES}
    print(len(records), "calls ->", OUT.name)
    print("labels:", counts)
    print("industries:", len({r["metadata"]["industry"] for r in records}),
          "noisy:", sum(r["metadata"]["noisy"] for r in records),
          "asr:", sum(1 for c in calls if c["flags"].get("asr")),
          "hard negatives:", sum(1 for r in records if r["metadata"]["hard_negative"]),
          "clean (no label):", sum(1 for r in records if not r["labels"]))
    print("sha256", hashlib.sha256(data.encode("utf-8")).hexdigest())


if __name__ == "__main__":
    main()
