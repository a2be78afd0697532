"""Independent labelled call set AL (heldout_al.jsonl) -- HELD OUT.

Writer AL adopts the label policy the earlier writers settled: writer Z's policy (the header of build_z.py), the
readings of writers AA, AB, AC, AD, AE, AF, AG, AH, AI, AJ and AK, and writer AE's data format (the header of
build_ae.py). Timing families are computed from the generated segment times and asserted against the hand labels
(clean and noisy text): short_call < 20 s (every other call >= 30 s); silence an unannounced gap >= 10 s (holds
announced with 稍等 / 稍候 in the agent's turn just before are not; every other gap <= 4 s); talk_over the agent
starting >= 1.0 s before the customer's segment ends (the customer cutting in on the agent is not); speech_rate the
agent's mean rate over turns of >= 6 characters >= 7.5 or <= 2.0 chars/s (negatives keep every such agent turn within
3.0-6.2); hangup the clean transcript ending on the customer's unanswered question (every hangup call also carries
closing).

Data format (AE's): industries `% code | industry | company | short`; calls `# key | code | in|out | labels | flags |
note` (`-` for none); turns `a:` agent / `c:` customer, `a>:` the agent cutting in on the customer (1.5-2.2 s before
the customer's end), `c>:` the customer cutting in on the agent, `.hold N` (a wait the agent announced with 稍等 /
稍候) / `.gap N` (unannounced silence); flags `hn=fam+fam` (hard negative), `fast`, `drawl`, `asr` (a hand-written
one-syllable recogniser slip). `{G}` / `{C}` are the rotating correct greeting / closing, `{hi}` a rotating 您好 /
time-of-day greeting, `{co}` / `{s}` the company's full / short name, `{name}` / `{no}` the call's agent name and
number. random.Random(SEED) only chooses timing, order, the noisy calls and their noise (opencc script, Arabic digits,
dropped sentence-final particles 呢吧嘛啦哦呗, no punctuation), and the greeting / closing / name / number rotation; the
dialogues are hand-written by writer AL. Run with a Python that has opencc; the output is byte-identical on every run.

AL: readings writer AL had to choose (they only settle what the adopted policy leaves open or what AL's calls bring up):
AL: these are insult, each aimed at the customer: 为了两毛钱磨了十分钟，您可真够小心眼的，难怪街坊都不爱跟您打交道 (an
    insinuation about the customer's neighbours); 侬真是戆大 (Shanghainese) and 你系咪痴线啊 (Cantonese); 开车咋这么彪乎乎
    的，马路是您家后院啊 (Northeastern); 您这人咋这么轴呢，说东您偏往西; 连这几个名字都分不清，就别学人家附庸风雅;
    手残就别自己装; 拿去糊窗户都嫌它不透亮 (the customer's painting); 您当自己是皇上呢; 您家孩子…难怪他宁可在我们这儿待到
    半夜都不想回家 (an insinuation about the customer's home); 别倚老卖老; 一个半吊子司炉工; 您那歌词狗屁不通; 您这是甲方
    界的奇葩吧; 自己都不知道要啥，还出来创业，拿我们当免费劳动力使唤; 您这是故意来找茬的吧; 就您这审美…还不如路边的野草
    (FA1); 我们俱乐部的脸都让您抽没了; 养了个妈宝吧; 公主病犯了就回家躺着; 白日做梦呢吧您; 被人卖了还帮人数钱; 想拿我们
    的壶回去拍个照发朋友圈吧 (an insinuation of bad faith); a threat (信不信我把您拉进黑名单，全城修门的师傅都不接您的活).
    A one-syllable mishearing (爆发户 / 不学无数 / 白吃 / 叼民 / 订子户) leaves the insult an insult. 对不起，是我说话太冲了 /
    不好意思，我刚才话说急了 / 不好意思，是我嘴快了 settle apology only; 你这人怎么说话呢？/ 你说话注意点！/ 你这是威胁我？
    / 你说谁手残呢？/ 你这么说话就不对了吧？ left without an apology add apology; a customer who answers the jibe flatly
    (我就是讲讲价嘛 / 我第一次抽，没人告诉我) adds nothing.
AL: trade and plain words that share characters with insults are innocent: 杀人鲸 as the orca's nickname, 死虫式 (pilates),
    猪肝色 of zisha clay and 化工壶…就是垃圾 of other makers' pots, 猴头 / 狮子头 / 公子帽 (walnuts), 笨笨熊 / 丑萌鸭 (plush
    prizes), 打铁 / 盖帽 / 菜鸟 (basketball), 螨虫的尸体和粪便 (mite removal), 有毒 / 细胞死了一大片 (cell culture), 死藻 /
    杀菌灭藻 / 发臭 (cooling water), 碱液有毒 / 烧伤 (soap making), 残花 / 剑山扎手 (ikebana), 腊猪嘴 / 猪头肉 (cured meat),
    笨蛋 as the text of an engraving read back, 《我就是个疯子》 as a song title, 神经病 read out while correcting it to
    神经内科 in a transcript, 学渣 / 二战 the customer says of himself, 一群猪 quoted from a guide in a complaint.
AL: 喂 addressing the customer mid-call (喂，周女士？喂，你还在听吗？ / 喂，你听我说完) is forbidden; 喂奶 / 喂养 / 喂完 and the
    slip 为奶 are not; the customer's 你什么意思？ / 你这不清楚是什么意思？ are not. 不知道。 / 我不知道，你等通知吧 / 不清楚，
    等师傅自己联系你吧 / 具体多少我也不清楚 about the company's own hotel, stock, engineer or fee, and 你到底要做哪样？想清楚
    了再说, are forbidden (not shirking when the customer is sent nowhere); 施工方给的时间…具体哪天我们也还不知道，确定了会在
    公众号上通知 / 教育部…具体哪天我们也不知道，您可以关注研招网 / 移民局…您可以在官网上用档案号查 are not.
AL: sending the customer to the courier (a thawed cold-chain parcel, a cracked teapot), the printer's maker (streaks after
    a refill), the shutter motor's maker, the decorators (a drain the firm installed with the unit), the stone works (a
    wrong character on a headstone the cemetery sold), the mall's property office (coins swallowed by the firm's own
    machine), the front desk (a locker theft, ending 不清楚) or a partner weaver (a splinter on a basket the shop sold)
    is shirking; the traffic police for a disputed ticket and the immigration office for a queue, with the way to apply
    or check, are not. Contempt for the installer (二把刀), the mounter, the warehouse keeper, the pick-up teacher, the
    stenographer (蜗牛爬), the salesman, the finance clerks, the shop assistants or the store manager is colleague;
    是我们的产品经理…漏了 / 同事录单的时候把内存选错了 / 排版的同事录入的时候打错了 stated plainly are not.
AL: a fee asked about and glossed (系统会自动加一点…不会比您自己打车贵 / 服务费看当天的情况 / 等缴费通道开了以后系统上会
    显示 / 管理费那是后面的事…到时候再说 / 一单一个价…跟同行差不多 / 服务器那个是小钱，上线以后再说 / 扣一点点手续费，不多 /
    年费那点钱很快就省回来了 / 来了再详细聊 / 存柜费前台会跟您说 / 您报上名就知道了) is tariff; amount and moment (每小时五元，
    离场时扫码付 / 签约付三成，递交付四成，获批付三成) are not, even in a short call.
AL: 保正一路畅通，四十分钟准到 / 保证再放三百年 / 一只螨虫都不剩，鼻炎也就好了 / 上岸是板上钉钉的事 / 百分之百拿到居留 /
    翻一倍不成问题 / 保证蹿高五厘米，明年进校队打首发 / 保证变得开朗大方 / 血脂保证降下来，降脂药都能停 / 保证十五个工作日
    拿证 are overpromise; 明天下午五点前一定发出 / 全额退款是一定的 / 正常明天能到 / 没办法保证一次过三门 / 没办法跟您说准多久
    are not.
AL: 你姓啥？/ 你姓什么？哪个单位的？/ 你叫啥？/ 你叫什么名字？身份证上的 / 你叫啥名儿？哪个公司的？/ 你叫什么名字？我查一下你的
    票 are name_ask; asking the grandfather's name for a book case, the boyfriend's name for an engraving, the speaker's name
    for a badge, the co-writer's name for a copyright form, the guide's or shop assistant's surname in a complaint, the
    deceased's name for a headstone and a child's name for enrolment are not, nor is the customer's 你叫什么？我要投诉你.
AL: a closing with a wish in a trade or festive form (提前给您拜个早年，祝您一家团团圆圆 / 祝小朋友早日抱到笨笨熊 / 愿您和家人
    都平平安安 / 请您多保重，再见 / 祝子墨在这里学得开开心心) is correct, and so is a wrong number answered with 没关系 and a
    wish; 就这样。/ 好，再见。/ 谢谢，再见。/ 那您约好了再说吧，再见。/ 行了，我这还有别的电话。 / no agent farewell after the
    customer's 行，那我寄回去。 are closing.
AL: 嗯，除螨的，您讲 / 畅行车务，请讲 / 雪茄客，您说 / 您好，请讲 / 喂，竹编，你要什么？ / a bare 嗯？ the customer has to answer
    with 喂？喂？ / an outbound 您好，福满楼酒家 with no agent name / an outbound 您好，我们这边是做研学的 are greeting faults; a
    complete greeting repeated after the customer's 喂？喂？听得到吗？ is not, and that early 喂？喂？ is no hangup.
AL: 我看一下您的装机单 / 我查一下修复当案 / 我翻一下您的报名记录 / 我查一下记录 / 我找一下你们的化验单 / 我看一下派单情况 /
    您的报价单编号是多少？我找一下 / 我看一下发货记录 / 我找一下这份稿子 followed by >= 10 s are silence; 请您稍等，我看一下
    周六的课表 followed by any wait is not (AH, AJ).
AL: 我要偷诉 / 直接投宿 (one-syllable slips of 投诉) still state an intent to complain; 我不是要投诉他 / 我不是要投诉你们 is
    no complaint; 一二三四五 / 一二三一五 / 市场监管局举报 / 电视台曝光 / 找你们老板投诉 / 证监会投诉 are complaint.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from pathlib import Path

import opencc

DATA = r"""
% AT | airport transfer shuttle | 捷程机场接送 | 捷程
% CR | used-clothing recycling | 衣循环旧衣回收 | 衣循环
% RW | Shaoxing rice-wine brewery | 鉴湖坊黄酒 | 鉴湖坊
% NY | New-Year's-Eve dinner booking | 福满楼酒家 | 福满楼
% BR | ancient-book restoration | 墨缘古籍修复中心 | 墨缘
% TN | printer toner refill | 速彩硒鼓加粉 | 速彩
% PC | custom PC building | 极核电脑装机 | 极核
% LR | laboratory reagent supplier | 科瑞生物试剂 | 科瑞
% LE | laser-engraved gifts | 光刻坊激光雕刻 | 光刻坊
% CF | academic-conference registration | 学联会务 | 学联
% MC | mattress mite-removal cleaning | 净眠床垫除螨 | 净眠
% RS | roller-shutter door repair | 安达卷帘门维修 | 安达
% WW | wenwan collectibles (walnuts and beads) | 聚珍阁文玩 | 聚珍阁
% CP | Chinese-painting classes | 丹青国画院 | 丹青
% BG | contract-bridge club | 桥友桥牌俱乐部 | 桥友
% OP | ocean-park tickets | 蓝湾海洋馆 | 蓝湾
% WP | water park | 浪花谷水上乐园 | 浪花谷
% ST | school study tours | 行知研学 | 行知
% PG | postgraduate-entrance-exam prep | 启航考研 | 启航
% AC | accounting-certificate training | 恒信会计培训 | 恒信
% AS | after-school care centre | 小橘灯课后托管 | 小橘灯
% LC | lactation consultancy | 暖阳母乳指导中心 | 暖阳
% CM | cemetery plots | 松鹤园陵园 | 松鹤园
% TF | traffic-fine and vehicle-paperwork agency | 畅行车务代办 | 畅行
% CU | cured-meat mail order | 湘味腊味坊 | 湘味
% HS | health-supplement shop | 康源营养品 | 康源
% WT | industrial water-treatment chemicals | 清源水处理 | 清源
% IB | industrial boiler maintenance | 恒热锅炉维保 | 恒热
% HV | central air-conditioning maintenance | 冷暖通中央空调服务 | 冷暖通
% BC | barcode-registration agency | 码上通条码代办 | 码上通
% CO | copyright-registration agency | 创权版权服务 | 创权
% SR | stenography and transcription | 快记速录 | 快记
% VP | corporate video production | 映画视频制作 | 映画
% MP | mini-program development | 云栈小程序开发 | 云栈
% CL | claw-machine arcades | 抓乐多娃娃机 | 抓乐多
% SP | handmade-soap workshop | 皂语手工皂工坊 | 皂语
% FA | flower-arranging classes | 花间插花教室 | 花间
% CG | cigar lounge | 雪茄客俱乐部 | 雪茄客
% BB | youth basketball training | 飞跃篮球训练营 | 飞跃
% PL | pilates studio | 芯动普拉提 | 芯动
% IM | immigration consultancy | 环宇移民咨询 | 环宇
% FU | futures brokerage | 中衡期货 | 中衡
% YX | Yixing teapot shop | 紫泥轩紫砂 | 紫泥轩
% BW | bamboo-weaving crafts | 竹韵竹编 | 竹韵

# AT2 | AT | in | overpromise | hn=tariff,asr | traffic promised
a: {G}
c: 我明天下午三点二十的飞机，住在城东这边，几点出发来得及？
a: 城东到机场走机场高速，您一点出发就可以。
c: 一点？会不会太晚了，我怕赶不上。
a: 您放心，我们的司机都是老司机，保正一路畅通，四十分钟准到，耽误不了您的航班。
c: 那价格是多少？
a: 城东到机场单程一百二十八元，下单的时候在线支付，高速费已经包含在里面，没有其他费用。
c: 那等人要钱吗？我下楼可能慢一点。
a: 上车前免费等十五分钟，超过以后每十分钟加十元，跟车费一起在行程结束时结算。
c: 好，那帮我订一点的。
a: 好的，明天下午一点，城东到机场，已经给您下单了，司机信息会在出发前一小时发到您手机上。
c: 好的，谢谢。
a: {C}

# AT3 | AT | out | - | hn=complaint+greeting | third-party airport signage, no complaint
c: 喂？
a: {hi}，我是捷程机场接送的{name}，您昨天在我们这儿约了今晚的接机，跟您确认一下航班信息，现在方便吗？
c: 方便，你说。
a: 您的航班是晚上九点四十落地，从深圳飞过来，对吗？
c: 对。哎，上次那个机场的接机口真难找，机场的指示牌乱七八糟的，我绕了半天。
a: 给您添麻烦了。这次司机会在到达层的七号门等您，举着写有您姓氏的牌子，落地后您打司机电话就行。
c: 那就好，机场那个指示牌真该改改，不过也不关你们的事。
a: 理解您，我们也会把七号门的位置提前发短信给您，免得您再绕路。
c: 行，谢谢啊。
a: 不客气，司机的电话稍后短信发给您，祝您旅途顺利，一路平安。
c: 好，拜拜。

# AT4 | AT | in | closing,hangup | hn=tariff | last question unanswered
a: {G}
c: 你好，我下周三约了送站，订单尾号是三八二一。
a: 好的，查到了，下周三上午十点从滨江花园出发，去南站，对吗？
c: 对，我想问一下，能不能多带一个人？
a: 可以的，您约的是五座车，最多坐四位乘客，加一位没有问题，价格不变。
c: 那行李呢？多了一个大箱子。
a: 五座车后备箱能放两个二十八寸的箱子，多一个的话建议您换成七座车，差价二十元，改单的时候补。
c: 那就换七座吧。
a: 好的，已经给您改成七座商务车，差价二十元，您在订单页面补一下就可以。
c: 好。那要是我们出门晚了十几分钟，司机会不会直接走了？

# AT5 | AT | in | insult | - | Shanghainese put-down over a wrong flight number
a: {G}
c: 我订的接机，司机说航班号不对，没接到人，你们怎么搞的？
a: 您下单时填的是MU五一二三，您实际坐的是哪一班？
c: 是MU五一三二吧，我可能抄错了。
a: 侬真是戆大，航班号都能抄错，司机在机场白等了一个钟头。
c: 我也不是故意的，现在怎么办嘛。
a: 我给您改成五一三二，这一班晚上十点一刻落地，司机会重新过去接您。
c: 那等的那一个钟头要额外收钱吗？
a: 这次的等候费三十元，会在行程结束的时候跟车费一起结算。
c: 好吧。
a: 司机信息稍后发到您手机上。{C}

# CR1 | CR | in | insult | - | petty-haggler insinuation
a: {G}
c: 我约了明天上门收旧衣服，想问一下现在多少钱一斤？
a: 目前是四毛钱一斤，满二十斤上门，称完当场转账给您。
c: 才四毛？隔壁小区那家说六毛呢，你们能不能也六毛？
a: 不好意思，我们的价格是统一的，四毛一斤。
c: 我这都是好衣服，好几件羽绒服呢，羽绒服能不能单算？
a: 羽绒服也是按斤算的，没有单独的价格。
c: 你们就不能灵活一点吗？我都收拾了一下午了。
a: 为了两毛钱磨了十分钟，您可真够小心眼的，难怪街坊都不爱跟您打交道。
c: 我就问问价钱，行吧，四毛就四毛。
a: 明天上午师傅上门，称完现场转账。{C}

# CR2 | CR | in | talk_over | hn=tariff | agent cuts in twice; customer cut-in is hers
a: {G}
c: 你好，我家里有好多旧衣服、旧鞋子，还有两床旧被子，想问一下你们都收吗？
a: 衣服鞋子都收，被子的话要看材质。
c>: 被子是棉花的，也不脏，就是有点旧了。
a: 棉被可以收，床垫和枕芯不收。
c: 那上门要不要钱啊？我家在六楼，没有电梯，我自己搬不动。
a: 上门是免费的，满二十斤师傅上楼来取，不收任何费用。
c: 那好，我这估计得有五六十斤，你们一般什么时候能来？我白天要上班，最好是晚上六点以后，或者周末……
a>: 周六上午可以，九点到十二点之间，您看行吗？
c: 行，周六上午吧。不过我还想问一下，你们收走以后是捐掉还是拿去卖，我有几件是我妈织的毛衣……
a>: 能穿的分拣后捐给山区，不能穿的做成再生棉。
c: 那就好，那就周六吧。
a: 好的，已经给您约好周六上午，师傅出发前会给您打电话。{C}

# CR3 | CR | out | greeting,forbidden | - | opens with 喂, company only when asked, 喂 again mid-call
c: 喂？
a: 喂，是周女士吧？您上周在小程序上预约了旧衣回收是吧？
c: 对，你是哪里？
a: 我们是衣循环，回收旧衣服的，我是调度{name}。师傅明天下午过去，您家在三栋二单元，对吧？
c: 对的……等一下，我这边有人敲门。
a: 喂，周女士？喂，你还在听吗？
c: 在的在的，你说。明天下午几点？
a: 两点到四点之间，师傅到楼下会先给您打电话。
c: 好的。上次你们师傅没带秤，这次记得带上啊。
a: 不好意思，上次给您添麻烦了，这次我特地备注了，师傅会带电子秤过去，当面称重当面转账。
c: 行，那就这样。
a: 好的，周女士，明天下午两点到四点，祝您生活愉快，再见。

# RW1 | RW | in | filler,name_ask | hn=tariff | verbal tics, blunt surname ask
a: {G}
c: 你好，我想买点黄酒送长辈，你们哪款比较合适？
a: 嗯，这个……送长辈的话呢，就是，我们有那个五年陈的花雕，呃，礼盒装的。
c: 五年陈的多少钱一盒？
a: 呃，五年陈的礼盒是两瓶装，一百九十八元一盒，就是，下单的时候付款。
c: 那十年陈的呢？
a: 十年陈的嘛，那个……三百六十八元一盒，呃，也是两瓶，包装是那个木盒子的。
c: 那我要两盒十年陈的，能开发票吗？
a: 可以的，嗯，你姓啥？我给你备注一下。
c: 我姓鲁。
a: 好，鲁先生，嗯，就是您在下单页面填一下抬头，然后呢，发票会跟货一起寄过去。
c: 好的，那我现在去下单。
a: 嗯，那就这样，祝您生活愉快，再见。

# RW2 | RW | in | insult | hn=apology | sneer at pretension, apology given
a: {G}
c: 我想买一坛好点的年份酒送给我们领导，要那种最贵的，二十年的花雕有吗？
a: 有的，二十年陈的花雕坛装，两千八百元一坛。
c: 那跟那个加饭酒比哪个好？加饭是不是就是花雕里加了饭？
a: 加饭和花雕说的是一类酒，都是绍兴酒的叫法。
c: 哦，那女儿红呢？是不是给女孩子喝的？
a: 连这几个名字都分不清，就别学人家附庸风雅送什么年份酒了，送两箱啤酒不是更实在？
c: 你这什么态度？我问问都不行？
a: 不好意思，我刚才话说急了。女儿红也是花雕，是以前家里生了女儿埋下去的酒，送领导也很体面。
c: 那就给我来一坛二十年的吧。
a: 好的，两千八百元一坛，下单后付款，我们三天内发货。{C}

# NY1 | NY | in | tariff,talk_over | - | service fee glossed; agent cuts in
a: {G}
c: 你好，我想订年三十晚上的年夜饭，十个人，还有包间吗？
a: 有的，除夕晚上五点半和八点两个场次，包间还剩两间。
c: 五点半的吧。套餐是怎么样的？我们家有老人，口味要清淡一点，最好别太辣，还有一个小孩子……
a>: 十人桌套餐有三个档次，一千八百八、两千六百八和三千八百八，都是十二道菜，口味可以备注。
c: 那包间费和服务费另外收吗？
a: 年三十那天跟平时不一样，服务费看当天的情况，到时候结账的时候一起算，您先把位置订了。
c: 大概多少你总得说个数吧？我好跟家里人说，去年在别家吃，最后结账多出来好几百……
a>: 这个我这边定不了，您放心，大家都是这样收的。
c: 行吧，那就订两千六百八的。
a: 好的，除夕五点半，十位，两千六百八的套餐，需要您交五百元订金。{C}

# NY2 | NY | in | short_call | - | quick availability check
a: {G}
c: 年夜饭还有六点的桌吗？
a: 不好意思，六点的订满了，八点还有。
c: 那算了，谢谢啊。
a: 好的，祝您新年快乐。

# NY3 | NY | in | complaint | hn=apology | deposit refund, 12345
a: {G}
c: 我上个月在你们那儿交了一千块订金订年夜饭，后来我们家改回老家过了，打了三次电话要退订金，到现在都没退。
a: 非常抱歉，让您跑了这么多趟。麻烦您说一下订位的手机号。
c: 一三九零五七一二二六八。
a: 查到了，您是一月五号取消的，按规定提前十五天取消可以全额退。
c: 那为什么还没退？你们再拖着，我就打一二三四五投诉你们。
a: 真的很抱歉，是退款申请卡在了财务审核那一步，我现在给您加急处理，三个工作日内原路退回到您的付款账户。
c: 三个工作日，你别到时候又没动静。
a: 我给您登记了加急，到时候如果没收到，您直接找{no}号{name}。
c: 行，我再等三天。
a: 再次向您道歉，给您添麻烦了，祝您新年快乐、阖家团圆。

# NY4 | NY | out | greeting | hn=closing | outbound without the agent's name; festive closing
c: 喂，你好。
a: 您好，福满楼酒家，跟您确认一下年三十的订位，您订的是晚上五点半、十二位的大包间，对吗？
c: 对对，是我订的。
a: 好的，当天请您提前十五分钟到，包间在三楼的如意厅。菜单上有一道清蒸鲈鱼，您之前说家里老人不吃鱼，需要给您换成别的吗？
c: 换成红烧肘子吧，老人喜欢。
a: 好的，清蒸鲈鱼换成红烧肘子，价格不变。另外您自带的酒水我们不收开瓶费。
c: 好，那太好了。
a: 那就这样，提前给您拜个早年，祝您一家团团圆圆，来年红红火火。
c: 谢谢，也祝你们生意兴隆。

# BR1 | BR | in | overpromise | hn=tariff | 300 years promised
a: {G}
c: 你好，我家里有一套清末的线装书，是我爷爷留下来的，被虫蛀了好几个洞，纸也发黄发脆，你们能修吗？
a: 能修的。虫蛀的地方我们用同色的补纸补，发脆的话要先做去酸处理。
c: 修完以后能保存多久？我想传给孩子。
a: 您放心，经过我们修过的书，保证再放三百年都跟新的一样，虫子也不会再碰它。
c: 三百年？这么厉害？
a: 对，我们用的都是传统工艺，您交给我们就行。
c: 那修一本大概多少钱？
a: 按页数和破损程度算，像您说的这种情况，每页十五到三十元，师傅看过实物以后出报价单，您确认了再开工，开工前付一半。
c: 好，那我下周拿过去。
a: 好的，您来之前提前一天打电话预约。{C}

# BR2 | BR | in | colleague | - | contempt for the mounter
a: {G}
c: 我上个月送过来装裱的一幅字，今天拿回去一看，整个裱歪了，边上还起了皱。
a: 实在抱歉，您能说一下取件单号吗？
c: 零三一七。
a: 查到了，这幅是小杨裱的。他那两只手啊，干了两年还跟刚拿刷子的学徒似的，裱歪这种事他不是第一回了。
c: 我不管是谁裱的，你们得给我弄好。
a: 是的，给您添麻烦了，我们安排老师傅重新揭裱，不收您任何费用，十个工作日左右可以取。
c: 那原来的字不会被弄坏吧？
a: 揭裱是我们的常规工艺，老师傅做了二十多年，会非常小心，动手之前先拍照存档，再跟您确认。
c: 行，那你们抓紧。
a: 好的，重裱好了第一时间给您打电话。{C}

# BR3 | BR | in | silence | hn=name_ask,asr | lookup silence; grandfather's name for the case
a: {G}
c: 你好，我上个月送了一本族谱过去修复，想问问修到哪一步了。
a: 好的，请问您怎么称呼？
c: 我姓毛。
a: 毛先生您好，我查一下修复当案。
.gap 13
a: 查到了，您的族谱现在在补洞这一步，大概还需要两周。
c: 好。对了，我想给族谱做个新的函套，函套上能写字吗？
a: 可以的，函套上一般写书名和藏书人的名字。藏书人写谁？是您本人还是家里的老人？
c: 写我爷爷的。
a: 好的，老先生的名讳是哪几个字？我记一下。
c: 毛德厚，道德的德，厚道的厚。
a: 毛德厚，记下了。函套的费用是一百二十元，取书的时候一起结。
c: 行，谢谢你。
a: {C}

# TN1 | TN | in | shirking,name_ask | hn=apology | refill fault sent to printer maker
a: {G}
c: 你好，我上周在你们这儿加的粉，这两天打出来的纸上全是一道一道的黑杠。
a: 不好意思。你姓什么？哪个单位的？
c: 姓房，华科设计的。
a: 房先生，您用的是什么打印机？
c: 惠普的，M一二六那款。
a: 那这是您打印机的问题，您去找惠普售后吧，我们只管加粉。
c: 加粉之前打得好好的，一加完就出问题，怎么是打印机的问题？
a: 我们加粉都是按标准来的，打印机的事您还是找惠普。
c: 那你们能不能派人来看一下？
a: 我们没有上门看打印机的服务，您找惠普吧。
c: 行吧，我自己想办法。
a: {C}

# TN3 | TN | out | speech_rate | fast | promotion read at speed
c: 喂？
a: {hi}，我是速彩硒鼓加粉的{name}，您是我们的老客户，跟您说一下本月的活动，您现在方便听一下吗？
c: 你说吧。
a: 本月加粉满三支送一支，原价四十五元一支，活动期间充值三百元送六十元，另外硒鼓换新鼓芯八十元一个，加粉加鼓芯一起做打八五折，活动到月底结束，充值当天到账。
c: 你说慢点，我没听清，满三支送一支是吧？
a: 对的满三支送一支，充值三百元送六十元，充值当天到账，加粉当场付也可以，取送都免费，师傅一般当天取第二天送回来，您要是需要我现在就给您登记。
c: 那先给我登记三支吧，明天来取。
a: 好的给您登记了三支加粉送一支，明天上午师傅过去取，地址还是科技园B座十二楼对吧。
c: 对，十二楼，到了前台说找行政部就行。
a: 好的那就不打扰您了，明天上午九点到十一点之间师傅到，到楼下先给您打电话，祝您工作顺利，再见。

# TN4 | TN | in | - | hn=forbidden+filler | reassuring 不知道也不要紧; customer's 那个
a: {G}
c: 那个……我想加粉，但是那个那个，我不知道我这个硒鼓是什么型号的。
a: 您不知道型号也不要紧，您把硒鼓拿出来，看一下侧面贴的白色标签，上面有一串字母和数字。
c: 哦，我看看……写的是CF二一七A。
a: 好的，二一七A，这款加一次五十元，取件时付款。
c: 那个，你们能上门来取吗？
a: 可以的，请问您的地址是？
c: 和平路八十八号，三楼，那个，长青会计事务所。
a: 好的，和平路八十八号三楼长青会计事务所，今天下午师傅上门取，明天上午送回。
c: 好的好的。
a: {C}

# PC1 | PC | in | insult,apology | - | 手残 jibe, customer hurt, no apology
a: {G}
c: 你们上周发过来的散件，我自己装的，现在开机不亮屏，风扇转，但是显示器没信号。
a: 您显示器的线插的是主板上的接口还是显卡上的接口？
c: 主板上的吧，我也不确定。
a: 装了独立显卡的机器，线得插在显卡上。
c: 哦……那我拔下来插显卡上……还是不亮。
a: 显卡插到位了吗？显卡的供电线插了没有？
c: 供电线？我不知道还有供电线。
a: 手残就别自己装，省那一百块装机费图什么？万一把东西弄坏了算谁的？
c: 你说谁手残呢？
a: 您把机箱侧板打开，显卡尾部有个八针的口，把电源那根八针的线插上。
c: ……插上了，亮了。
a: 那就行了。{C}

# PC2 | PC | in | - | hn=colleague+tariff | colleague's slip stated plainly; fee in full
a: {G}
c: 你好，我昨天收到你们发的报价单，内存那一项好像不对，我要的是三十二G，单子上写的是十六G，价格也对不上。
a: 不好意思，我看一下。
c: 好。
a: 确实是昨天同事录单的时候把内存选错了，我给您改成三十二G的，差价一百五十元。
c: 那现在总价是多少？装机费另外算吗？
a: 改完以后总价七千三百二十元，装机费一百元已经含在里面，您确认配置以后付全款，我们四十八小时内装好发货。
c: 运费呢？
a: 整机顺丰包邮，不另外收。
c: 行，那你重新发一份给我。
a: 好的，新的报价单五分钟内发到您的邮箱，给您添麻烦了。{C}

# PC3 | PC | in | silence | hn=overpromise | unannounced lookup; named ship time is the company's own act
a: {G}
c: 你好，我的电脑下单一个礼拜了，一直显示待装机，想问问什么时候能发。
a: 好的，麻烦您报一下订单号。
c: JH二零二五零一零八三三六。
a: 我看一下您的装机单。
.gap 14
a: 您这台用的显卡这两天刚到货，今天已经排进装机了，明天下午可以发出。
c: 那之前怎么不通知我一声？我等了好几天。
a: 不好意思，显卡缺货没有及时跟您说，是我们的疏忽。发货以后会短信把单号发给您。
c: 好吧，那明天一定要发啊。
a: 明天下午五点前一定发出，发了马上短信通知您。{C}

# PC4 | PC | in | name_ask | - | 你叫啥
a: {G}
c: 我想配一台做视频剪辑的电脑，预算一万左右，你们能帮我配吗？
a: 可以的。你叫啥？我先建个档。
c: 我姓关。
a: 关先生，剪辑主要用什么软件？剪四K还是一零八零P？
c: 主要是PR，剪四K的素材。
a: 四K的话，建议处理器上i七，内存六十四G，显卡四零七零，一万左右差不多能配下来。
c: 装好以后包邮吗？
a: 包邮的，整机出厂前烤机二十四小时，确认没问题再发。
c: 好，你先出个方案给我看看。
a: 好的，今天下午把配置单和报价发到您微信上。{C}

# LR1 | LR | in | shirking,apology,complaint | - | cold chain blamed on the courier
a: {G}
c: 我们实验室今天收到你们发的胎牛血清，泡沫箱里的冰袋全化了，血清都是温的。
a: 那是快递路上的问题，您找顺丰吧，冷链是他们负责的。
c: 快递是你们找的，又不是我找的，我跟顺丰又没关系。
a: 我们发货的时候是冷冻好的，路上出的问题我们管不了，您让顺丰给您赔。
c: 这批血清好几千块，我们下周就要用，你们就这样打发我？我要投诉你们。
a: 您找顺丰的客服，他们会给您处理的。
c: 行，我投诉完再找顺丰，以后也不会在你们这儿买了。
a: {C}

# LR2 | LR | in | - | hn=insult | 有毒 / 细胞死了 in a lab, handled
a: {G}
c: 你好，我们上周从你们那儿买的双抗，加进培养基以后细胞死了一大片，是不是这批有毒？
a: 给您添麻烦了。麻烦您提供一下批号，我这边查一下质检记录。
c: 批号是二零二五一一零三。
a: 这个批次的质检是合格的，不过细胞大面积死亡的原因很多，双抗浓度、血清、支原体污染都有可能。您加的浓度是多少？
c: 按说明书加的，百分之一。
a: 浓度是对的。我们可以给您寄一支同批次的留样，另外再寄一支不同批次的，您做个对照实验，看看是不是试剂的原因。
c: 如果是你们的问题怎么办？
a: 如果确认是试剂问题，我们全额退款，另外补发一批新的。寄过去的两支都是免费的。
c: 好，那你们尽快寄。
a: 今天下午发冷链，一般明天上午能到。{C}

# LR3 | LR | in | forbidden | - | 我不知道 about its own restock
a: {G}
c: 你好，我想订一支兔抗人的CD三抗体，官网显示缺货。
a: 不好意思，这款现在没货。
c: 那什么时候能有货？
a: 我不知道，你等通知吧。
c: 等通知？那大概要等多久？一周还是一个月？
a: 这个说不好，到货了会发邮件。
c: 那我能先预订吗？
a: 可以，您把单位名称和联系人发到我们的订单邮箱，到货以后按顺序发。
c: 好吧，邮箱是多少？
a: 订单邮箱在官网首页最下面，名字是科瑞订单。
c: 好的，我发过去。
a: {C}

# LE1 | LE | in | - | hn=insult+name_ask | 笨蛋 as engraving text; boyfriend's name
a: {G}
c: 你好，我在你们店里订了一个木质的相框，想在背面刻一行字，现在还能加吗？
a: 可以的，订单还没开始做。您想刻什么内容？
c: 刻“笨蛋，三周年快乐”，给我男朋友的。
a: 好的，我跟您核对一下：笨蛋，逗号，三周年快乐，一共七个字，对吗？
c: 对，后面再加上他的名字。
a: 好的，名字刻在落款的位置。他叫什么名字？哪几个字？
c: 杜晨阳，杜甫的杜，早晨的晨，太阳的阳。
a: 杜晨阳，记下了。字体用楷体还是手写体？
c: 手写体吧，可爱一点。
a: 好的，加字免费，明天做好后给您发照片确认。{C}

# LE2 | LE | in | apology,filler | hn=colleague | typo owned, never apologised
a: {G}
c: 我上周在你们那儿刻的钢笔今天到了，我让刻的是“赠恩师王老师”，结果刻成了“赠恩狮王老师”。
a: 呃，您说一下订单号，嗯，我看一下。
c: 尾号四七二九。
a: 嗯，看到了，就是我们排版的同事录入的时候打错了，那个，狮子的狮。
c: 这是我要送给老师的，后天就要用，现在怎么办？
a: 呃，我们可以给您重新刻一支，然后呢，今天下午加急做，顺丰今晚发出，正常明天能到。
c: 那原来那支呢？
a: 嗯，原来那支您不用寄回来，就是，留着就行。新的这支刻好以后先拍照给您确认。
c: 行吧，那你们这次仔细看。
a: 嗯，这次会有两个人核对，谢谢您的来电，祝您生活愉快。

# LE3 | LE | in | talk_over,closing,hangup | hn=tariff | cuts in; last question unanswered
a: {G}
c: 你好，我们公司年底要做一批员工纪念品，大概两百个保温杯，想刻员工的名字和入职年份，你们能做吗？
a: 可以的，两百个没有问题。
c: 就是每个杯子的名字都不一样，我这边有一个表格，名字和年份都在里面，我是直接发给你们……
a>: 您发表格就行，我们按表格批量导入。
c: 那字体能选吗？我们老板喜欢那种比较正式的，不要太花哨的，然后颜色……
a>: 字体有十几种可以选，激光刻出来是银白色的，颜色选不了。
c: 哦，那也行。价格怎么算？
a: 刻字每个八元，杯子在我们这儿买是每个四十五元，下单时付百分之三十的定金，交货时付尾款。
c: 好，我先把表格发过去。那杯子上能不能再加一个公司的标志？

# CF1 | CF | in | tariff | - | student fee glossed
a: {G}
c: 老师好，我是研究生，想报名参加下个月的全国环境化学年会，学生注册费是多少？
a: 学生注册有优惠的，比正式代表便宜不少。
c: 具体是多少钱呢？我要跟导师申请报销。
a: 具体金额等缴费通道开了以后系统上会显示，到时候以页面为准。
c: 那什么时候开缴费通道？
a: 下周会开，开了会发邮件通知您。
c: 那住宿费呢？会议酒店怎么收？
a: 酒店那边也是到时候再看，会有协议价的。
c: 好吧，那我先报名。
a: 好的，您在会议官网提交报名表就可以，报名成功后会有确认邮件，祝您学业顺利。

# CF2 | CF | out | speech_rate | drawl | slow confirmation call
c: 喂，您好。
a: {hi}，我是学联会务的{name}，您报名了本周五的分会场报告，跟您确认一下报告时间。
c: 好的，您说。
a: 您的报告安排在周五下午，第三个，两点四十开始。
c: 两点四十，好的。报告多长时间？
a: 每人十五分钟，讲十二分钟，提问三分钟。
c: 明白。我需要提前把PPT发给你们吗？
a: 需要的，请您周四中午前发到会务邮箱。
c: 好的，没问题。
a: 那就不打扰您了，祝您报告顺利。

# CF3 | CF | in | closing,hangup | hn=name_ask+tariff | speaker's name for the badge; ends on a question
a: {G}
c: 你好，我们课题组有一位老师要做特邀报告，想跟你们确认一下胸牌和报告信息。
a: 好的，请问您怎么称呼？
c: 我姓韦，是课题组的秘书。
a: 韦老师您好。做报告的是哪位老师？名字麻烦您报一下，我核对一下胸牌。
c: 是邵永康教授，邵是召耳邵，永远的永，健康的康。
a: 邵永康教授，胸牌上单位写南江大学环境学院，对吗？
c: 对。特邀报告人要交注册费吗？
a: 特邀报告人免注册费，会议期间的餐费也包含在内，住宿按协议价四百二十元一晚，入住时在酒店前台付。
c: 好的，那我帮他订两晚。他的报告是安排在上午还是下午？

# CF4 | CF | in | forbidden,short_call,closing | - | bare 不知道, 就这样
a: {G}
c: 会议酒店离会场远吗？
a: 不知道。
c: ……那好吧。
a: 就这样。

# MC1 | MC | in | overpromise | hn=tariff | every last mite, rhinitis cured
a: {G}
c: 我家孩子老打喷嚏，医生说是尘螨过敏，你们上门除螨效果怎么样？
a: 我们用的是高温蒸汽加紫外线，做完一遍，保证床垫里一只螨虫都不剩，孩子的鼻炎也就好了。
c: 真的能一只都不剩？
a: 能的，我们做了七八年了，客户都说做完就不打喷嚏了。
c: 多少钱？
a: 一米八的床垫一张一百二十元，做完当场付款。枕头和被子另外算，每件二十元。
c: 那就约周六吧。
a: 好的，周六上午九点，请您留一下地址。
c: 幸福小区八栋一单元七零二。
a: 幸福小区八栋一单元七零二，周六上午九点，师傅到之前会电话联系您。{C}

# MC3 | MC | in | greeting,forbidden | - | no hello, no company; curt order
a: 嗯，除螨的，您讲。
c: 你好，我想问一下，你们能做沙发除螨吗？布艺的，还有我家那个……
a: 你到底要做哪样？想清楚了再说。
c: 布艺沙发，三人位的。
a: 三人位的一百五十元，做完当场付。
c: 皮沙发呢？
a: 皮沙发不建议用蒸汽，我们用的是吸附加紫外线，价格一样。
c: 好，那你们周日能来吗？
a: 周日下午两点有空，您看可以吗？
c: 可以。枫林苑三期十二栋五零一，电话就是这个号码。
a: 好的，枫林苑三期十二栋五零一，周日下午两点，祝您周末愉快。

# MC4 | MC | in | closing,hangup | hn=tariff | customer's last question left hanging
a: {G}
c: 你好，我约了明天的除螨，但是我家床垫上周孩子尿床了，有点湿，还能做吗？
a: 能做的，师傅会先用吸水机吸一遍，再做高温蒸汽，蒸汽本身也能烘干一部分。
c: 那会不会有味道？
a: 尿渍的话我们会加一道除味，用的是酶制剂，对孩子没有刺激。
c: 加除味要多少钱？
a: 除味每张床垫加三十元，跟除螨一起做完付。
c: 好的。那做完以后多久能睡人？

# MC5 | MC | in | insult | - | Cantonese 痴线
a: {G}
c: 我想问一下，你们能不能把床垫拉回去，用水泡着洗一洗？我觉得蒸汽不干净。
a: 床垫是不能水洗的，里面是弹簧和海绵，泡了水就坏了。
c: 那我自己拿到楼下用水管冲一冲行不行？晒两天就干了。
a: 你系咪痴线啊？床垫拿水管冲，冲完里面发霉发臭，到时候又打电话来骂我们。
c: 我就是问一下，不行就不行嘛。
a: 您就按我们的方法做，蒸汽除螨加紫外线，一次一百二十元，做完付。
c: 那好吧，还是约你们的，下周二。
a: 下周二上午，师傅出发前会联系您。{C}

# RS1 | RS | in | forbidden,complaint | asr | 喂 addressed mid-call; 消协
a: {G}
c: 你们师傅上礼拜来修的卷帘门，才一个礼拜又卡住了，我店门都开不了，这生意还做不做了！
a: 给您添麻烦了，您的门是卡在哪个位置？
c: 升到一半就不动了，电机嗡嗡响。你们要是今天不派人来，我就去消协投诉你们！
a: 喂，喂！你先听我说，电机嗡嗡响是卡住了，不是电机坏了。
c: 我不管是什么，你们今天必须来人。
a: 今天下午两点前师傅上门，这次维修不收费。
c: 两点前，你记住了，再不来我直接投宿。
a: 记下了，师傅出发前会给您打电话，祝您生意兴隆。

# RS2 | RS | in | shirking,colleague | hn=apology | sent to the maker; installer called 二把刀
a: {G}
c: 我去年在你们这儿装的电动卷帘门，遥控器失灵了，按了没反应，换了电池也不行。
a: 不好意思，遥控器和电机都是厂家的，您直接打厂家的售后电话吧，我们只负责安装。
c: 我是在你们这儿买的，也是你们装的，我哪知道厂家是谁？
a: 电机上面有个铭牌，有厂家电话，您照着打就行。再说给您装门的老孙本来也是个二把刀，接收器装得歪七扭八的，找他也没用。
c: 你们就不能派个人来看一下？
a: 这不归我们管，您还是找厂家。
c: 真是的，那我找吧。
a: {C}

# RS3 | RS | in | short_call | hn=tariff | call-out fee answered
a: {G}
c: 上门修卷帘门，上门费多少？
a: 上门检测五十元，修的话抵扣，现场付。
c: 好，那我约明天。
a: 好的，明天上午师傅联系您，祝您愉快。

# RS4 | RS | in | - | hn=greeting+hangup+tariff | line check 喂？喂？, greeting repeated
a: {G}
c: 喂？喂？你好，听得到吗？我这边信号不太好。
a: 能听到，您好，这里是安达卷帘门维修，我是{name}，请问有什么可以帮您？
c: 哦，现在听清了。我想问一下，车库的卷帘门能改成遥控的吗？
a: 可以的，加装一个卷帘门电机和遥控接收器就行，您家车库门大概多宽？
c: 三米左右吧。
a: 三米宽的门，电机加安装一共一千二百元，装好验收以后付款，质保两年。
c: 要装多久？
a: 一般两个小时左右，师傅当天装完当天能用。
c: 好，那我周末约一下。
a: 好的，周六下午可以，我给您登记。请问您怎么称呼？
c: 姓黎。
a: 黎先生，周六下午两点师傅上门，祝您周末愉快。

# RS5 | RS | in | insult,apology | - | blacklist threat
a: {G}
c: 我上周报修的卷帘门，你们师傅说要换导轨，收我六百，我觉得贵了，我去网上看了才两百多。
a: 导轨加安装六百元，这个价格包括人工和两年质保。
c: 那我自己买导轨，你们光来装行不行？
a: 您自己买的我们不装。
c: 凭什么不装？你们不装我就天天打电话，打到你们装为止。
a: 您打试试，信不信我把您拉进黑名单，全城修门的师傅都不接您的活。
c: 你这是威胁我？
a: 外面买的导轨尺寸对不上，装了也用不了。
c: 行，我再想想。
a: {C}

# WW1 | WW | in | insult | asr | 爆发户 (暴发户)
a: {G}
c: 我前两天在你们店里买了一对狮子头，一万二，现在有人跟我说这对不值这么多，你们是不是坑我？
a: 您买的是闷尖狮子头，品相、配对都很好，价格是按行情定的。
c: 可是我朋友说网上三四千就能买到。
a: 网上的和我们的不是一个东西。您一看就是刚有俩钱的爆发户，啥也不懂就往里砸，现在又嫌贵了。
c: 我不懂所以才问你嘛。
a: 您要是不放心，可以拿到任何一家鉴定机构去看，我们出具的证书都是可以查的。
c: 那要是鉴定出来不值呢？
a: 鉴定结果跟我们说的不一样，我们全额退款。
c: 行，那我去鉴定一下。
a: {C}

# WW2 | WW | in | speech_rate | drawl,hn=insult+overpromise | 猴头 walnuts, hedged, slow talker
a: {G}
c: 你好，我想买一对文玩核桃给我爸，他退休了，想盘着玩，买什么品种好？
a: 初学的话，推荐狮子头或者公子帽，个头适中，好上手。
c: 我听说还有一种叫猴头的？
a: 猴头个头大、皮质粗一些，更适合手大的老人家。
c: 我爸手挺大的，猴头也行。那盘多久能变红？
a: 一般盘个一两年颜色会变深，跟盘的频率和保养都有关系，没办法跟您说准多久。
c: 价格呢？
a: 猴头从三百到三千都有，看配对和纹路，您来店里挑。
c: 好，那我周末带我爸去看看。
a: 好的，周末早上十点开门，祝您和老爷子周末愉快。

# WW4 | WW | in | complaint | hn=apology+overpromise | 举报 to market regulator
a: {G}
c: 我在你们这儿买的海南黄花梨手串，说是老料，我拿去检测了，结果是越南的新料，差好几倍的价钱。
a: 非常抱歉，请您把检测报告拍照发给我们，我马上核实。
c: 我已经发到你们客服微信了。我跟你说，这事你们要是不给个说法，我就去市场监管局举报你们虚假宣传。
a: 我理解您的心情，真的很抱歉。报告我收到了，我现在就提交给店长，今天下班前给您回电话。
c: 我要全额退款，还要赔偿。
a: 好的，您的诉求我都记下了，全额退款是一定的，赔偿的部分按店里的规定和法律规定来处理，今天给您答复。
c: 行，我等你们电话。
a: 再次跟您道歉，今天下午五点前一定给您回电，祝您生活顺心。

# CP1 | CP | in | insult | hn=apology | painting mocked, apology given
a: {G}
c: 你好，我是你们周末成人班的学员，上周交了一幅山水的作业，想问问老师有没有点评。
a: 您那幅山水我看了，说句实在话，拿去糊窗户都嫌它不透亮。
c: 你这话也太难听了吧！
a: 对不起，是我说话太冲了。老师的点评是构图可以，但用墨太重，层次出不来。
c: 那我该怎么练？
a: 老师建议您先练淡墨的皴法，下周课上会专门讲，您带上这幅画，老师当面给您改。
c: 好，那我下周带过去。
a: {C}

# CP3 | CP | in | name_ask | hn=tariff | 你叫什么名字
a: {G}
c: 我想报你们的成人国画班，周三晚上那个。
a: 行，你叫什么名字？我给你登记个试听。
c: 我叫何文娟。
a: 何文娟，手机号是您现在打来的号码吧？
c: 对的。试听要带什么东西吗？
a: 试听的纸墨笔都是我们准备的，您人来就行，周三晚上七点，在二楼的画室。
c: 好的，需要交钱吗？
a: 试听不收费，正式报名是一期十六节课，一千九百八十元，报名的时候交。
c: 好的，谢谢。
a: {C}

# BG1 | BG | in | filler | - | um-filled answers
a: {G}
c: 你好，我想学桥牌，完全没基础，你们有入门班吗？
a: 有的，呃，我们那个入门班呢，就是……每周三晚上，然后呢，一共八次课。
c: 八次课能学会吗？
a: 嗯，这个……八次课的话，基本的叫牌和打牌规则呢，就是，能学个大概，呃，后面可以来俱乐部打比赛练。
c: 学费多少？
a: 呃，入门班是八百元，嗯，就是报名的时候交，然后呢，俱乐部的会费是另外的。
c: 会费多少？
a: 会费一年三百元，嗯，入会的时候交，那个，学员入会的话第一年打八折。
c: 好，那我报一个入门班。
a: 好的，嗯，那就先这样，祝您生活愉快。

# BG2 | BG | in | - | hn=complaint | 我不是要投诉他
a: {G}
c: 我是你们的会员，姓祁。我想换个搭档，现在这个搭档老张，每次输了都怪我叫牌叫错，说话也冲，我不是要投诉他，就是不想跟他打了。
a: 祁先生，理解您。搭档之间合不来很常见，我帮您重新配一位。
c: 最好是配个脾气好一点的。
a: 好的，我们有位退休的周老师，打牌很稳，性格也温和，周五下午常来，您看要不要先跟他打一场试试？
c: 可以啊。那老张那边怎么说？
a: 我会跟老张说是俱乐部统一调整搭档，不提您的意见，您放心。
c: 那最好了，谢谢你。
a: 周五下午两点先给您和周老师排一桌，祝您周五手气好，打得开心。

# BG3 | BG | in | speech_rate | drawl | slow answers
a: {G}
c: 你好，我想问一下你们周末有没有比赛？我想带我的搭档去参加。
a: 这周六下午有一场双人赛，两点开始。
c: 需要提前报名吗？
a: 需要的，周五晚上八点前报名。
c: 报名费多少？
a: 每对一百元，比赛当天签到时交。
c: 好的，我们俩都是会员，有优惠吗？
a: 会员每对八十元。
c: 好，那帮我报上吧，我姓裴，搭档姓伍。
a: 好的，裴先生和伍先生，已经报上了，祝您比赛顺利。

# OP1 | OP | in | - | hn=insult+forbidden | 杀人鲸 nickname; contractor's date unknown, where to look given
a: {G}
c: 你好，我儿子特别想看杀人鲸，你们那里有杀人鲸吗？
a: 有的，杀人鲸的正式名字叫虎鲸，我们馆里有两头，每天上午十一点和下午三点各有一场展示。
c: 它真的会杀人吗？我儿子老问。
a: 野外的虎鲸会捕食海豹、鲨鱼，所以有了这个外号，对人一般是很友好的，您可以跟小朋友这么说。
c: 好。那鲨鱼隧道开了吗？上次去说在维修。
a: 鲨鱼隧道的玻璃还在更换，施工方给的时间是下个月中旬，具体哪天开放我们现在也还不知道，确定了会第一时间在公众号上通知。
c: 好吧，那我们这周六去看虎鲸。
a: 周六人比较多，建议您提前在公众号购票，可以免排队。{C}

# OP2 | OP | in | greeting,short_call | - | 您好 with no company
a: 您好，请讲。
c: 你们年卡能带人进去吗？
a: 年卡仅限本人使用，不能带人，不好意思。
c: 哦，好的，谢谢。
a: 不客气，祝您生活愉快。

# OP3 | OP | in | insult,apology,complaint,closing | hn=name_ask | 当自己是皇上; customer asks the agent's name
a: {G}
c: 我想问一下，下周六能不能帮我们留一下海豚表演的前排？我们家老人孩子一共八个人。
a: 表演区的座位都是先到先坐，不能预留。
c: 那你们能不能跟工作人员说一声，我们到了让我们先进去？老人腿脚不好。
a: 您当自己是皇上呢，一句话我们就得给您清场开道？
c: 你这人怎么说话呢？
a: 规定就是规定，所有游客都一样。
c: 你叫什么？我要投诉你。
a: 您投诉吧。腿脚不方便的老人可以在入口申请轮椅，走无障碍通道。
c: 行，我会投诉的。

# OP4 | OP | in | tariff | - | sleepover price dodged
a: {G}
c: 我看你们有个夜宿海洋馆的活动，孩子想去，多少钱一个人？
a: 夜宿活动很受欢迎，包含晚餐、夜间导览和第二天的早餐。
c: 那价格呢？
a: 价格每期都不太一样，您先在公众号报名，排上了工作人员会联系您，到时候会告诉您。
c: 大概什么价位总能说一下吧？
a: 要看是哪一期，您报上名就知道了。
c: 那好吧，我先报名看看。
a: 好的，报名入口在公众号菜单栏的活动预约里。{C}

# OP5 | OP | in | short_call,closing,hangup | hn=tariff | parking fee answered, next question hangs
a: {G}
c: 你们停车场怎么收费？
a: 每小时五元，离场时扫码付。
c: 那电动车能充电吗？

# WP2 | WP | in | forbidden,shirking,apology | - | locker theft pushed to the front desk
a: {G}
c: 我昨天在你们乐园玩，储物柜里的手机不见了，柜子锁是好的，东西就是没了。
a: 储物柜丢东西这种事我不清楚，你自己去前台问吧。
c: 我就是在问你们啊，你们乐园的柜子丢了东西，你们不管？
a: 我们这边管不了，储物柜是前台在管，你去前台登记。
c: 我人已经回家了，离你们那儿四十多公里，你让我再跑一趟？
a: 那没办法，前台才能调记录。
c: 你们这服务真是……算了。
a: {C}

# WP3 | WP | in | name_ask,closing,hangup | hn=tariff | 你叫什么名字; weather question left hanging
a: {G}
c: 你好，我买了这周日的票，但是天气预报说周日有雷阵雨，下雨还开园吗？
a: 你叫什么名字？我查一下你的票。
c: 我叫严若琳。
a: 严若琳，周日两张成人票。小雨正常开园，雷雨天气室外项目会暂停，室内的漂流和儿童区照常开放。
c: 那要是雷雨一整天，票能退吗？
a: 因雷雨导致室外项目全天关闭的话，可以免费改期，改到三十天内的任意一天。退票的话需要在入园前一天提交，扣百分之十的手续费。
c: 那我先不退了，看看天气。那到时候怎么知道室外关没关？

# ST1 | ST | out | greeting | hn=tariff | outbound, company and name only when asked
c: 喂，你好。
a: 您好，我们这边是做中小学生研学的，想跟您介绍一下今年暑假的北京研学营，您家孩子今年上几年级了？
c: 你是哪里的？怎么有我电话？
a: 我们是行知研学，我是课程顾问{name}，您之前在我们公众号上留过资料。
c: 哦，好像是。孩子五年级。
a: 五年级正合适，我们有五天四晚的北京营，参观故宫、科技馆，还有大学校园参访，全程老师带队。
c: 多少钱啊？
a: 五天四晚四千六百八十元，报名时交一千元定金，出发前十天交尾款。
c: 我考虑考虑吧。
a: 好的，我把行程单发到您微信上，您慢慢看，祝您生活愉快。

# ST2 | ST | in | overpromise | hn=tariff | shy child transformed
a: {G}
c: 我想给孩子报你们的西安研学营，孩子比较内向，不爱说话，去了能有改变吗？
a: 能的，我们的研学营有团队任务和小组展示，孩子去一趟回来，保证变得开朗大方，写作文也再不发愁。
c: 一趟就能变？
a: 您就放心吧，我们带过的孩子，回来家长都说像换了个人。
c: 那费用是多少？
a: 西安营六天五晚五千二百八十元，报名时交一千元定金，出发前十天交尾款，包含往返高铁、住宿、餐食和门票。
c: 保险呢？
a: 含意外险，不用另外买。
c: 好，那我先交个定金。
a: 好的，报名链接发到您手机上了，付完定金名额就保留了。{C}

# ST3 | ST | in | complaint | hn=insult+name_ask,asr | guide's insult quoted and read back
a: {G}
c: 我孩子上周参加你们的杭州研学营，回来说带队老师骂他们“一群猪，跟不上就别来”，孩子回来哭了好几天。
a: 非常抱歉，让孩子受委屈了。我跟您确认一下，带队老师说的原话是“一群猪，跟不上就别来”，对吗？
c: 对，好几个孩子都听到了。我要偷诉这个老师，你们必须给个交代。
a: 您的投诉我已经记录了。请问孩子是哪个团的？带队老师姓什么？
c: 七月十二号出发的二团，带队的是个男老师，姓焦。
a: 好的，七月十二号二团，焦老师。我们会在三个工作日内调查核实，核实以后给您书面答复。
c: 那就这样，我等你们消息。
a: 再次向您和孩子道歉，祝孩子早点忘掉这件不愉快的事，开开心心的。

# PG1 | PG | in | overpromise,talk_over | - | 板上钉钉, cuts in
a: {G}
c: 我今年大三，想考本校的计算机研究生，数学基础一般，高数尤其差，线代还行，概率论基本没学明白……
a>: 完全没问题，跟着我们的全程班学，上岸是板上钉钉的事，我们去年的学员几乎全上了。
c: 真的吗？我数学真的挺差的，期末都是勉强及格，我室友报了别家的班，说也没什么用……
a>: 数学差的我们见多了，我们的老师专门抓基础，一年时间足够把您带出来。
c: 全程班多少钱？
a: 全程班一万二千八百元，报名时可以一次付清，也可以分三期，每期在开课前交。
c: 我回去跟家里商量一下。
a: 好的，这周报名有优惠，减八百元，您决定了随时联系我。{C}

# PG2 | PG | in | insult | asr | 不学无数 (不学无术)
a: {G}
c: 我想咨询一下你们的考研集训营，我今年已经考了一次没过，想再试一次。
a: 您去年备考的时候每天学几个小时？
c: 说实话没怎么学，大部分时间在打游戏。
a: 天天打游戏、不学无数的，考什么研，早点找个班上，别浪费您爸妈的钱了。
c: 我就是想改才来问的。
a: 集训营是封闭式的，手机统一保管，每天学习十二个小时，您要是能坚持，可以来试试。
c: 多少钱？
a: 半年封闭集训两万六千元，入营前一次性交清。
c: 好，我考虑一下。
a: {C}

# PG3 | PG | in | - | hn=insult+forbidden+tariff | 学渣 of himself; exam-line date from the ministry
a: {G}
c: 老师，我是二战的，去年差了四分，我就是个学渣，今年心里特别没底。
a: 差四分说明基础不差，二战的同学有一整年的积累，很多人第二年都能上。
c: 那今年国家线什么时候出？我想早点知道。
a: 国家线是教育部统一公布的，具体哪天我们也不知道，往年一般在三月中旬，您可以关注研招网，出来了我们也会第一时间在群里通知。
c: 好的。你们的二战班是怎么上的？
a: 二战班主要是专题强化和真题精讲，一周五次课，每次两个小时，晚上上。
c: 费用呢？
a: 二战班六千八百元，报名时交，去年报过我们课程的学员减一千元。
c: 我去年报过的，那就是五千八。
a: 对，五千八百元，报名链接我发到您微信。{C}

# PG4 | PG | in | tariff,colleague | - | refund deduction glossed; finance staff belittled
a: {G}
c: 我报了你们的协议班，合同写着没过线可以退费，退的时候要扣多少钱？
a: 协议班没过线是可以退的，会扣一点点手续费，不多。
c: 一点点是多少？合同上好像没写清楚。
a: 要等财务那边算，财务那几个人你也知道，拨一下动一下，算个账能拖一个月。
c: 你能不能现在就告诉我一个数？
a: 现在说不了，您先好好复习，过了线就不用操心退费了。
c: 好吧。
a: {C}

# AC1 | AC | in | silence | - | lookup silence
a: {G}
c: 你好，我报了你们的初级会计网课，登录以后显示课程已过期，可我才报了两个月。
a: 不好意思，麻烦您报一下注册的手机号。
c: 一八六一二四五三三七零。
a: 我翻一下您的报名记录。
.gap 12
a: 找到了，系统把您的有效期设置错了，设成了六十天，应该是一年，我现在给您改过来。
c: 好的，那我现在能登录了吗？
a: 已经改好了，您退出重新登录一下就可以，有效期到明年三月十号。
c: 好了，能看了，谢谢。
a: {C}

# AC2 | AC | in | colleague | hn=overpromise | salesman belittled; pass rate hedged
a: {G}
c: 你们的销售小吴跟我说，报你们的中级班一次能过三门，是真的吗？
a: 小吴啊，他那业务水平也就那样，干了半年连初级和中级都分不清，他说的话您听听就行。
c: 那到底能不能过？
a: 考试能不能过主要看个人的投入，我们没办法保证一次过三门，我们的学员一次过三门的大概三成左右。
c: 那我还报吗？
a: 如果您每天能有两个小时的学习时间，可以先报两门，明年再考第三门，压力会小一点。
c: 好，那我想想。
a: {C}

# AC3 | AC | in | name_ask | hn=tariff | 你叫什么名字？身份证上的
a: {G}
c: 我想报名你们下个月的税务师冲刺班。
a: 好的。你叫什么名字？身份证上的。
c: 苗佳怡。
a: 哪个苗？
c: 禾苗的苗。
a: 苗佳怡，手机号是您现在打来的号码吗？
c: 是的。冲刺班什么时候开课？
a: 下个月五号开课，每周六、日全天，一共八周。学费三千二百元，报名时交。
c: 好的，怎么交费？
a: 我把付款链接发到您手机上，付完会有确认短信。{C}

# AS1 | AS | in | insult,apology | hn=forbidden | insinuation about home; 没什么意思
a: {G}
c: 你好，我孩子在你们这儿托管，我想问问能不能晚上八点再来接，我最近加班多。
a: 我们正常是六点半结束，最晚可以延到七点半。
c: 七点半我也赶不回来，能不能再通融一下？
a: 您家孩子倒是挺乐意的，难怪他宁可在我们这儿待到半夜都不想回家。
c: 你什么意思？
a: 没什么意思。七点半以后没有老师值班，确实不行。
c: ……那我想想办法吧。
a: {C}

# AS2 | AS | in | - | hn=name_ask+closing | child's name; wish for the child
a: {G}
c: 你好，我想给孩子报名你们的课后托管，孩子在实验小学上二年级。
a: 好的，请问您怎么称呼？
c: 我姓庞。
a: 庞女士您好。孩子叫什么名字？我先给孩子建个档案。
c: 庞子墨，子女的子，墨水的墨。
a: 庞子墨，实验小学二年级。孩子有没有过敏的食物？我们有晚餐。
c: 对花生过敏。
a: 好的，已经备注花生过敏，厨房会单独准备。托管费每月一千六百元，含晚餐，每月一号前交当月的。
c: 好的，那下周一开始吧。
a: 好的，下周一放学我们老师去校门口接孩子，祝子墨在这里学得开开心心，也祝您工作顺利。

# AS3 | AS | in | colleague | - | the pick-up teacher belittled
a: {G}
c: 今天下午你们没人去学校接我女儿，她在校门口等了四十分钟，最后是门卫给我打的电话！
a: 实在对不起，让孩子受惊了。今天负责接二年级的是刘老师，她做事丢三落四的，脑子跟筛子一样，漏接也不是头一回了。
c: 我不管是谁，孩子要是出点什么事谁负责？
a: 您说得对，是我们的失职，真的非常抱歉。孩子现在已经接到托管中心了，以后每天接送都会有两位老师核对名单。
c: 这种事不能再有下一次。
a: 好的，今天的托管费给您免掉，再次向您道歉，祝您和孩子晚上好好休息。

# AS4 | AS | out | talk_over | - | agent keeps cutting the parent off
c: 喂？
a: {hi}，我是小橘灯课后托管的{name}，跟您说一下孩子这周的作业情况，现在方便吗？
c: 方便，你说吧，是不是他又没写完？他最近回家也不怎么写，我说他他也不听……
a>: 家长您别着急，他这周表现其实不错。
c: 是吗？那就好，我还以为又出问题了，上次老师说他上课老是坐不住……
a>: 上次的问题已经好多了，这周的数学作业都是自己独立完成的，语文的生字还需要多练。
c: 好，那我回家让他多写写生字。
a: 好的，我们也会每天让他默写十个，周五给您发默写情况，祝您工作顺利。
c: 谢谢老师。

# LC1 | LC | in | speech_rate | drawl,asr,hn=forbidden | 喂奶 / reassuring 不知道也没关系
a: {G}
c: 你好，我宝宝刚满月，我老觉得奶不够，喂完没多久就哭，我也不知道他到底吃饱没有。
a: 宝妈您别着急，不知道宝宝吃没吃饱也没关系，有几个办法可以判断。
c: 什么办法？
a: 一天换六片以上湿的尿不湿，体重每周长一百五十克以上，一般就是够的。
c: 尿不湿挺多的，体重上周长了两百克。
a: 那说明喂养是够的。宝宝哭不一定是饿，也可能是胀气。
c: 那我为奶的时候要注意什么？
a: 每次为奶让宝宝含住大部分乳晕，喂完竖着抱十分钟。
c: 好的，谢谢你，我放心多了。
a: 不客气，祝宝宝健康成长，您也好好休息。

# LC3 | LC | in | filler | - | ums over a breast-pump question
a: {G}
c: 你好，我想问问吸奶器怎么选，电动的和手动的哪个好？
a: 呃，这个……看您的情况，嗯，要是，就是，每天吸得多的话，那个，电动的省力一点。
c: 我要上班了，白天在单位吸。
a: 那就是……电动双边的，呃，吸得快，嗯，十五分钟左右两边都能吸完。
c: 你们有卖吗？
a: 有的，呃，那个双边电动的，六百八十元，嗯，下单付款。
c: 好，那我下单。
a: 好的，嗯，那就这样，祝您上班顺顺利利。

# CM1 | CM | in | tariff | - | management fee put off
a: {G}
c: 你好，我想给我父亲选一块墓位，你们那里双穴的墓位多少钱？
a: 双穴的有几个区，松风区的两万八千元，竹韵区的三万六千元，都是三十年使用期。
c: 那管理费怎么收？一年多少？
a: 管理费那是后面的事，不着急，先把位置定下来最要紧。
c: 我想知道一共要花多少钱。
a: 您放心，管理费跟墓位比起来是小钱，到时候再说。
c: 那好吧，我周末过去看看位置。
a: 好的，周末上午九点到下午五点都有工作人员接待，请您多保重。

# CM2 | CM | in | - | hn=name_ask+closing | the deceased's name for the stone; condolence closing
a: {G}
c: 你好，我母亲上个月走了，在你们那里定了墓位，想问一下碑文的事。
a: 请您节哀。请问您怎么称呼？
c: 我姓龚。
a: 龚先生，碑文一般刻老人家的名字和生卒年月，还有立碑人的名字。老人家的名讳是？
c: 孙秀兰，秀气的秀，兰花的兰。一九三八年生，今年走的。
a: 孙秀兰，一九三八年出生。立碑人写哪几位？
c: 写我和我妹妹，龚建国，龚建英。
a: 好的，龚建国、龚建英。碑文的样稿三天后发给您确认，确认以后开始刻。
c: 好的，麻烦你们了。
a: 不麻烦，老人家走得安详，您也别太劳累，愿您和家人都平平安安。

# CM3 | CM | in | shirking,apology | - | wrong character on the stone sent to the stone works
a: {G}
c: 我父亲的墓碑上个礼拜立好了，今天去看，把我父亲的名字刻错了一个字，“炳”刻成了“丙”！
a: 刻字是石材厂那边刻的，您找石材厂吧，我们只负责墓位。
c: 墓碑是在你们这儿订的，钱也是交给你们的，我怎么去找石材厂？
a: 我把石材厂的电话给您，您直接跟他们联系。
c: 这是我父亲的碑，刻错了字，你们一句话就推出去了？
a: 刻字确实不是我们做的。
c: 那把电话给我吧。
a: 电话是一三六八零二一五五四七，请您多保重，再见。

# CM4 | CM | in | speech_rate | drawl | slow Qingming answers
a: {G}
c: 你好，清明节那几天你们开放时间是几点到几点？
a: 清明期间早上六点开门，晚上六点关门。
c: 能开车进去吗？
a: 清明那几天车辆不能进园，停在山下，有免费的摆渡车。
c: 停车要钱吗？
a: 停车场清明期间免费。
c: 好。能带鲜花进去吧？
a: 可以带鲜花，园内禁止燃放鞭炮和烧纸。
c: 好的，知道了。
a: 感谢您的理解，请您路上注意安全，多保重。

# TF1 | TF | in | - | hn=shirking | ticket dispute belongs to the traffic police, way given
a: {G}
c: 我收到一条违章短信，说我在高架上超速，可我那天根本没开车去那边，你们能帮我处理吗？
a: 不好意思，对违章本身有异议的话，需要本人向交警部门申请复核，这类我们没办法代办。
c: 那我去哪儿申请？
a: 您可以在交管一二一二三APP上提交异议申请，或者带上驾驶证和行驶证去违章发生地的交警大队，电话可以打一二二问。
c: 那如果申请下来说确实是我的呢？
a: 那样的话如果需要代办缴费和处理，您再联系我们，我们可以帮您办。
c: 好的，我先自己申请一下。
a: {C}

# TF2 | TF | in | insult,silence | - | Northeastern 彪乎乎; lookup silence
a: {G}
c: 我驾照一年扣了十一分，还有两个违章没处理，处理完就满分了，你们有没有办法？
a: 您把两个违章的时间地点报给我。
c: 一个闯红灯，一个压实线，都是上个月的，在人民路和解放路口。
a: 我查一下记录。
.gap 11
a: 两个都查到了。您这一年吃了多少张罚单了？开车咋这么彪乎乎的，马路是您家后院啊？
c: 我是着急送孩子上学才……
a: 不好意思，满分的问题我们代办不了。
c: 那怎么办？
a: 您先把这两个违章处理掉，满十二分以后去车管所参加满分学习，考试通过就能恢复。
c: 好吧。
a: {C}

# TF3 | TF | in | tariff,closing | - | agency fee glossed; 好，再见
a: {G}
c: 我有三个违章想让你们代办，代办费怎么收？
a: 代办费一单一个价，接单的师傅会跟您说的。
c: 我想先知道大概多少。
a: 跟罚款金额和扣分有关，您先把行驶证照片发过来，我们这边下单，其他的不用操心。
c: 那罚款我是直接交给你们吗？
a: 罚款和代办费都是您付给我们，我们统一去处理。
c: 我还是想知道代办费多少。
a: 您放心，跟同行差不多的。
c: 行吧，我发照片过去。
a: 好，再见。

# TF4 | TF | in | greeting | asr,hn=tariff | company only, no hello
a: 畅行车务，请奖。
c: 你好，我想代办车辆年检，我的车是二零一八年的，今年要上线检吗？
a: 您好，二零一八年的私家车，十年以内是免上线检的，每两年申领一次检验标志就可以。
c: 那你们能帮我申领吗？要多少钱？
a: 可以的，代办申领检验标志五十元，办好以后付款，您需要提供交强险保单和行驶证照片。
c: 好的，我怎么发给你们？
a: 您加我们的微信，微信号和来电号码相同，发过来就行，一般两个工作日办好。
c: 好的，谢谢。
a: 不客气，祝您行车平安。

# CU2 | CU | in | apology,silence | - | moldy sausage, lookup silence, no apology
a: {G}
c: 我前天收到你们的腊肠，打开一看，有好几根表面长了白毛，这还能吃吗？
a: 您的订单号是多少？
c: 尾号六六一八。
a: 我查一下这批货的发货记录。
.gap 12
a: 查到了。麻烦您拍张照片发给在线客服，我看一下是白霜还是霉点。
c: 我已经发过去了，就是刚才发的。
a: 看到了，这是霉点，不是白霜，不能吃了。
c: 那怎么办？我本来是买来过年用的。
a: 我们给您补发一份新的，今天发顺丰，您那份不用寄回，直接扔掉就行。
c: 补发要多久？
a: 顺丰次日达，一般明天下午能到。
c: 行吧，那就这样。
a: {C}

# CU3 | CU | in | filler | - | ums over storage advice
a: {G}
c: 你好，你们的腊肉怎么保存？我买了五斤，怕放坏了。
a: 呃，这个腊肉的话，嗯，就是，放冰箱冷藏的话呢，那个，能放一个月左右。
c: 那冷冻呢？
a: 冷冻的话，嗯……就是，能放半年，然后呢，吃之前拿出来解冻，呃，用温水洗一下。
c: 蒸多久？
a: 呃，切片以后，嗯，就是大火蒸二十分钟左右，这个看您切得厚不厚。
c: 好的，我知道了。
a: 嗯，好的，那祝您过个好年，再见。

# CU4 | CU | in | closing,hangup | hn=name_ask | recipient's name; card question left hanging
a: {G}
c: 你好，我下单的腊味礼盒写错地址了，能改吗？订单号尾号是五零六二。
a: 您的订单还没发货，可以改的。新的地址是？
c: 长沙市雨花区韶山中路两百号，华府小区六栋。
a: 长沙市雨花区韶山中路两百号华府小区六栋，已经改好了。
c: 收件人也改一下，改成我婆婆的名字，叫罗桂芬。
a: 收件人改为罗桂芬，电话需要改吗？
c: 电话不用改。那礼盒里面能不能放一张贺卡，写几句话？

# CU5 | CU | in | insult | - | 这人咋这么轴
a: {G}
c: 你们寄的腊肉，我收到放在阳台上，三天就出油了，闻着有点哈喇味，是不是你们的肉不新鲜？
a: 腊肉放在阳台上？收到以后短信里写了要冷藏，包装袋上也写了。
c: 我们家以前都是挂在外面的啊，我妈以前就是这么放的。
a: 您这人咋这么轴呢，说东您偏往西，广州的阳台跟老家的屋檐能一样吗？
c: 那我现在怎么办？还能不能吃？
a: 有哈喇味的部分切掉，剩下的尽快蒸了吃，没开封的放冰箱冷藏。
c: 好吧，知道了。
a: {C}

# HS1 | HS | out | overpromise,speech_rate | fast,asr,hn=tariff | fish oil replaces statins, at speed
c: 喂？
a: {hi}，我是康源营养品的健康顾问{name}，您上个月买过我们的钙片，今天给您回访一下，现在方便吗？
c: 方便，你说。
a: 阿姨钙片吃着还好吧？我们最近有一款深海鱼油，特别适合中老年人，好多阿姨都在吃，反馈特别好。
c: 我血脂有点高，医生让我吃他汀。
a: 那您更应该试试我们的鱼油，坚持吃三个月，血质保证降下来，降脂药都能停了，好多阿姨吃了以后去医院复查，医生都说指标正常了。
c: 真的？能停药？
a: 能的能的，您放心，我们的鱼油是进口的深海鱼油，纯度特别高，一粒顶别家的三粒，吃着也没有腥味。
c: 多少钱一瓶？
a: 一瓶一百九十八元，一瓶吃一个月，三瓶一个疗程，一个疗程五百二十元，货到付款，您要是今天订的话我再给您多送一瓶维生素。
c: 我问问我儿子再说吧。
a: 好的阿姨，您问好了随时打我电话，我给您留着优惠名额，祝您身体健康。

# HS2 | HS | in | tariff,colleague | - | membership fee dodged; shop assistant belittled
a: {G}
c: 我在你们店里买东西，店员让我办会员，说会员打八折，会员年费多少钱？
a: 会员年费有优惠的，具体多少我这边先不好说，您先入会，后面会有会员经理跟您对接。
c: 我就是想知道年费是多少，不然我怎么决定办不办？
a: 入会以后买东西都打八折，年费那点钱很快就省回来了。店里那几个店员嘴上没个准，跟您说得含含糊糊也正常，他们就会催人办卡。
c: 那年费是每年自动扣吗？
a: 您入会以后会员经理会跟您说的。
c: 那我再考虑考虑吧。
a: {C}

# HS3 | HS | in | complaint | hn=name_ask | 曝光 threatened over a stopped diabetes drug
a: {G}
c: 我妈七十多岁了，上个月在你们店里听了一个讲座，花了一万多买了一堆灵芝孢子粉，你们的人跟她说能治糖尿病，还让她把降糖药停了！
a: 非常抱歉，您先别急，请问老人家的降糖药现在停了吗？
c: 停了一个礼拜，血糖一下子到了十五，幸好我发现了。你们这是害人！我要去找电视台曝光你们！
a: 真的非常抱歉，请您先让老人家恢复吃降糖药，有任何不舒服马上去医院。我们的产品是保健食品，不能替代药物，工作人员那样说是严重违规的。
c: 那一万多块钱怎么说？
a: 没有拆封的产品我们全额退款，已经吃了的部分我会报给店长，今天之内给您一个处理方案。当时接待老人家的是哪位店员，您知道吗？
c: 我妈说姓贺。
a: 好的，贺姓店员，我会一并上报调查，今天之内给您回电，再次向您道歉，祝老人家早日康复。

# HS4 | HS | in | insult,apology | - | 倚老卖老, customer hurt
a: {G}
c: 我是你们的老顾客了，你们那个蛋白粉，我觉得冲着喝有股怪味，跟以前的不一样，是不是换配方了？
a: 配方没换，批次不同口感可能会有一点差别。
c: 我喝了几十年的奶粉蛋白粉了，不会尝错的。
a: 别倚老卖老啊，岁数大不代表舌头就灵。
c: 我就是跟你反映一下，你这么说话就不对了吧？
a: 行，那您把批号报给我，我们查一下。
c: 批号是二零二五零九一二。
a: 我登记了，质检结果出来以后给您回电话。{C}

# WT1 | WT | in | - | hn=insult+overpromise+tariff | 杀菌灭藻 / 死藻 / hedge / fee in full
a: {G}
c: 我们厂的循环冷却水池子最近长了好多绿藻，水都发臭了，你们有什么药剂能处理？
a: 可以用我们的杀菌灭藻剂，非氧化性的，对设备腐蚀小。
c: 池子里的死藻怎么办？
a: 杀完以后死掉的藻类会沉到池底，需要排一次污，再配合絮凝剂把悬浮物沉下来。
c: 多久能见效？
a: 一般投加以后三到五天水会明显变清，但要看水质和投加量，我们没办法给您保证几天。最好让技术员到现场取个水样化验一下。
c: 技术员上门要收费吗？
a: 上门取样和化验都是免费的，用药按实际用量算，每桶二十五公斤，一千一百元，发货前付款。
c: 行，那你们派个人过来吧。
a: 好的，明天上午技术员联系您。{C}

# WT2 | WT | in | colleague | - | warehouse keeper belittled
a: {G}
c: 我们订的是缓蚀阻垢剂，你们送来的是杀菌剂，差点加错了，你们怎么搞的？
a: 实在抱歉，给您添麻烦了。是仓库老周发错了货，他干了十年仓管还是稀里糊涂的，标签都不看就往车上搬。
c: 我不管谁发的，你们赶紧换。
a: 好的，今天下午就把正确的货送过去，把杀菌剂拉回来，运费我们出。
c: 下午几点？我们这边要安排人收。
a: 下午三点前送到，司机到了给您打电话。
c: 好。
a: 再次跟您说声抱歉，祝您工作顺利。

# WT3 | WT | in | silence,closing | - | lookup silence; thanks without a wish
a: {G}
c: 你好，我们上个月做的水质化验报告还没收到，能帮我查一下吗？
a: 好的，请您说一下公司名称。
c: 宏达印染厂。
a: 我找一下你们的化验单。
.gap 15
a: 找到了，报告上周五已经出来了，但是邮寄地址写的是你们厂的旧地址，所以退回来了。
c: 哦，我们搬了。新地址是工业园区纬三路十八号。
a: 好的，我改成新地址，今天重新寄出，电子版现在先发到您邮箱。
c: 好的，谢谢。
a: 谢谢，再见。

# WT4 | WT | in | short_call | hn=closing | wrong number, 没关系 and a wish
a: {G}
c: 是自来水公司吗？我家停水了。
a: 您打错了，自来水热线是九六一一六。
c: 哦，打错了，不好意思。
a: 没关系，祝您生活愉快。

# IB1 | IB | out | speech_rate | fast | contract renewal at speed
c: 喂，你好。
a: {hi}，我是恒热锅炉维保的{name}，您厂里的锅炉维保合同下个月到期，跟您说一下续签的事，您现在方便吗？
c: 你说。
a: 续签的话年费还是两万四千元，合同签订后十个工作日内付款，包含每月一次巡检、每年一次停炉大检、二十四小时应急抢修，配件按成本价另计，今年续签还送一次水质化验，化验报告一周内出。
c: 停炉大检是什么时候做？去年是几月份做的来着？
a: 去年是五月中旬做的，今年停炉大检一般也安排在五月供暖结束以后，具体日期跟您厂里的生产计划商量，提前两周通知您，大检期间锅炉要停三天，您这边提前安排好备用蒸汽。
c: 好，那你把合同发过来吧。
a: 好的合同今天下午发到您邮箱，您看完没问题签字盖章寄回来就行，原件一式两份，有问题随时打我电话，祝您工作顺利。
c: 好。

# IB2 | IB | in | forbidden | asr | 不清楚 about its own engineer's arrival
a: {G}
c: 我们厂的锅炉今天早上突然停了，报警显示水位低，你们师傅什么时候能到？
a: 给您添麻烦了，我这边已经派单了。
c: 那师傅几点能到？车间都停了，一个小时损失好几万。
a: 不清处，等师傅自己联系你吧。
c: 你这不清楚是什么意思？我们等着开工呢！
a: 师傅接单以后会给你打电话的。
c: 那你帮我催一下。
a: 我帮您催一下，祝您工作顺利。

# IB3 | IB | in | insult | - | 半吊子
a: {G}
c: 你们的师傅昨天来检修，我让他把安全阀的压力调高一点，他不肯，说不合规，你们是不是不想干活？
a: 安全阀的整定压力是按锅炉的设计压力定的，不能随便调高，调了是违规的。
c: 我们以前的维保公司都给调，就你们事多。
a: 一个半吊子司炉工，还教我们师傅怎么干活？调高了出了事故谁担得起？
c: 我是厂里的设备主管，不是司炉工。
a: 那就更应该知道不能调。这个我们不会调的。
c: 行，我知道了。
a: {C}

# HV1 | HV | in | shirking,forbidden | - | drain blamed on the decorators; 喂 mid-call
a: {G}
c: 你们去年给我们办公室装的中央空调，现在有一台内机漏水，天花板都湿了一块。
a: 不好意思，漏水一般是冷凝水管的问题，水管是装修队走的，您找装修队去处理吧。
c: 冷凝水管不是你们装空调的时候一起装的吗？我记得当时……
a: 喂，你听我说完，那个是装修队打的孔，坡度没留够，跟我们没关系。
c: 我哪知道是谁打的孔？空调是你们装的，你们就得管。
a: 您还是先找装修队看看。
c: 行，我知道了。
a: {C}

# HV2 | HV | in | talk_over,filler | - | cuts in, with tics
a: {G}
c: 你好，我们公司的中央空调今年制热效果特别差，开了一个小时屋里还是冷的，我想问问是不是该清洗了……
a>: 嗯，那个，有可能是滤网堵了。
c: 滤网我们上个月刚清洗过，应该不是滤网的问题，而且只有会议室那一台这样……
a>: 呃，那就是，可能是冷媒不够了。
c: 那怎么办？
a: 嗯，就是，得派师傅上门检测一下，然后呢，检测费是八十元，呃，修的话抵扣。
c: 好，那你们明天过来吧。
a: 嗯，好的，明天上午师傅联系您，祝您工作顺利。

# HV4 | HV | in | name_ask,silence | - | 你叫啥名儿; dispatch lookup silence
a: {G}
c: 我们办公室的空调不制冷了，想报修。
a: 给您添麻烦了。你叫啥名儿？哪个公司的？
c: 我姓谭，宏远贸易的。
a: 谭先生，宏远贸易，我看一下派单情况。
.gap 12
a: 地址是金融街二十二号，对吗？
c: 对，十五楼。
a: 好的，是哪台内机不制冷？显示屏上有没有故障代码？
c: 前台那台，显示E四。
a: E四一般是温度传感器的问题，今天下午师傅上门，检测免费，需要换配件的话师傅会先报价。
c: 好的。
a: {C}

# BC1 | BC | in | short_call | hn=tariff | fees answered in one breath
a: {G}
c: 条码的注册费和年费各是多少？
a: 注册费一千元，年费八百元，办理时一起交。
c: 好，知道了，谢谢。
a: 不客气，祝您生意兴隆。

# BC2 | BC | in | forbidden | - | 想好了再打过来
a: {G}
c: 我们想给自己的产品办条码，但是我还没想好是用公司名义办还是个体户名义办，你们觉得哪个好？
a: 要看您自己，两种都能办。
c: 那有什么区别吗？我也不太懂。
a: 区别是主体不一样。那你想好了用哪个名义再打过来吧。
c: 我就是想让你帮我分析一下啊。
a: 公司名义办的话，以后进商超方便一些；个体户也能办，材料少一点，费用一样。
c: 那我还是用公司吧。
a: 好的，您准备好营业执照副本发给我们就行，祝您生意兴隆。

# BC3 | BC | in | insult,apology | asr | 白吃 (白痴)
a: {G}
c: 我要办条码，你们让我提供统一社会信用代码，这个在哪儿看啊？
a: 在营业执照上。
c: 营业执照上哪儿啊？我看了半天没找着。
a: 营业执照左上角那一串十八位的数字。连它都找不着，您是白吃吗？
c: 你怎么骂人呢？
a: 您找到了拍给我。
c: ……找到了，我拍照发给你。
a: 行，材料齐了明天提交。{C}

# CO1 | CO | in | filler | hn=insult+name_ask+tariff | song title 《我就是个疯子》; co-writer's name
a: {G}
c: 你好，我想给我写的一首歌登记版权，歌名叫《我就是个疯子》，可以登记吗？
a: 呃，可以的，歌名没有限制。嗯，我跟您核对一下，作品名称是《我就是个疯子》，对吗？
c: 对。词是我写的，曲是我朋友写的，两个人的名字都要写上。
a: 嗯，好的，那个，词作者是您本人，请问您怎么称呼？
c: 我叫蒋一帆。
a: 蒋一帆。呃，曲作者的名字是？
c: 巩小北，巩固的巩，大小的小，北方的北。
a: 嗯，巩小北，记下了。两位都需要提供身份证复印件，就是，登记费三百元，提交材料时付，大约三十个工作日出证。
c: 好的，我把材料发给你们。
a: {C}

# CO2 | CO | in | overpromise,speech_rate | fast,hn=tariff | fifteen days guaranteed for a government certificate, at speed
a: {G}
c: 我们公司有一套软件要申请著作权登记，着急投标用，大概多久能下来？
a: 您把材料交给我们，保证十五个工作日拿证，一天都不会晚，我们跟版权中心那边对接得很熟，流程走得特别快，好多投标的客户都是找我们办的。
c: 官网上写的是三十个工作日啊，你们怎么能比官网快一半？
a: 我们有渠道，您放心，说十五天就是十五天，材料齐了当天就能提交，提交以后我们每天帮您跟进，您只管等着拿证就行。
c: 那加急要加钱吗？
a: 加急服务费一千五百元，签合同时付，加上官方费用一共两千二百元，合同签了当天就给您准备材料，您把源代码和说明书发给我们就行。
c: 行，那就办加急。
a: 好的我把合同发给您，您签好扫描回传就行，今天就开始准备，祝您投标顺利。

# CO3 | CO | in | insult | hn=apology+forbidden | 狗屁不通, apology given; customer's 你什么意思
a: {G}
c: 你好，我上周提交的歌词作品，你们说有几处需要修改，我想问问是哪几处？
a: 审核老师标出来的主要是第二段和副歌。说实话，您那歌词狗屁不通，还怕人家抄？
c: 你什么意思？我花钱找你们登记，你这样说话？
a: 不好意思，是我嘴快了，对不起。审核老师的意见是第二段有两句和已登记作品重复度比较高，建议改一下。
c: 哪两句？
a: 我把标注好的文件发到您邮箱，您修改以后重新提交就行，不另外收费。
c: 好吧。
a: {C}

# SR1 | SR | in | silence | hn=insult+complaint | 神经病 corrected to 神经内科; 我不是要投诉
a: {G}
c: 你好，我是律所的，上周你们给我们做的庭审速录稿，有一处把“神经内科”打成了“神经病”，差点闹笑话。
a: 非常抱歉，给您添麻烦了。我找一下这份稿子。
.gap 12
a: 找到了，请问是哪一页哪一行？
c: 第十二页，第八行，证人说的是“在神经内科住院”。
a: 好的，第十二页第八行，“神经病”改为“神经内科”。我们会把全文再校对一遍，今天下午把修改后的稿子发给您。
c: 行，我不是要投诉你们，就是以后仔细一点。
a: 您说得对，我们一定注意，这次的校对费我们不收了。
c: 好，那等你们的稿子。
a: {C}

# SR2 | SR | in | closing,hangup | hn=tariff | last question left hanging
a: {G}
c: 你好，我们下周三有一个三小时的会议，需要现场速录，能安排人吗？
a: 可以的，请问会议在哪里？
c: 在国际会展中心三号厅。
a: 好的，现场速录按半天计费，三小时是一千二百元，会议结束后当天出文字稿，费用在交稿后结算。
c: 需要提前多久到现场？
a: 速录师会提前半个小时到，调试设备。
c: 好。那速录师需要我们准备电源和桌子吗？

# SR3 | SR | out | colleague | - | stenographer compared to a snail
c: 喂？
a: {hi}，我是快记速录的{name}，关于上周您公司的会议记录，客户经理让我跟您回访一下。
c: 正好，那次的记录漏了一大段，下午第二个议题几乎没记。
a: 实在对不起。那天派过去的速录师是小马，她打字慢得跟蜗牛爬似的，跟不上是常事，我们也头疼。
c: 我不关心是谁，我们要的是完整的记录。
a: 是的，非常抱歉。那天的会议有录音吗？如果有，我们可以根据录音把漏掉的部分补全，不收费。
c: 有录音，我发给你们。
a: 好的，收到录音后两个工作日内补齐，补好了发到您邮箱，祝您工作顺利。

# VP1 | VP | in | filler | - | ums over a quote
a: {G}
c: 你好，我们公司想拍一个三分钟的企业宣传片，你们大概怎么收费？
a: 呃，三分钟的宣传片的话，嗯，那个，要看拍几天，就是，一般一天拍摄的话，是两万元左右。
c: 包括剪辑吗？
a: 包括的，呃，就是，剪辑、调色、配乐都包括，然后呢，配音的话是另外的，嗯，一千五百元。
c: 什么时候付款？
a: 呃，签合同付百分之四十，那个，交片验收以后付剩下的。
c: 好，那你先发个报价单给我。
a: 嗯，好的，报价单今天发您，祝您工作顺利。

# VP2 | VP | in | insult | - | 甲方界的奇葩
a: {G}
c: 你好，我们的宣传片初剪我看了，我觉得颜色太暗了，我想要那种五彩斑斓的黑，高级一点的。另外能不能周五就交片？
a: 五彩斑斓的黑？
c: 对，就是看起来是黑的，但是又有颜色。
a: 又要五彩斑斓的黑，又要三天交片，您这是甲方界的奇葩吧，这行里没人做得出来。
c: 我是客户，我有我的要求。
a: 调色可以往高级灰的方向调，交片时间按合同是下周三。
c: 好吧，那你们先调出来我看看。
a: 好的，调好以后先发给您看样片。{C}

# VP3 | VP | in | complaint,talk_over | - | late delivery, 找你们老板投诉; agent cuts in
a: {G}
c: 我们的宣传片合同写的是上周五交片，到现在都没交，你们到底什么时候给？我们下周一发布会就要用了……
a>: 非常抱歉，是这样的，后期那边排期出了点问题……
c: 我不要听理由，我就问你什么时候能交！再拖下去我就找你们老板投诉，这事不能就这么算了……
a>: 抱歉抱歉，我现在就去催后期，今天下班前给您答复。
c: 今天下班前，你们要是再给不出来，我直接找你们老板。
a: 明白，真的很抱歉，今天下午五点前我亲自给您打电话，告诉您确切的交片时间。
c: 好，我等你电话。
a: {C}

# MP1 | MP | in | tariff,silence | - | server cost glossed; lookup silence
a: {G}
c: 你好，我们想做一个点餐小程序，你们报价是两万八，这个价格包含服务器吗？
a: 您的报价单编号是多少？我找一下。
c: YZ零八一五。
.gap 11
a: 找到了，两万八是开发费用，包含设计、开发和上线。
c: 那服务器一年多少钱？我们要做预算。
a: 服务器那个是小钱，上线以后再说，用多少算多少。
c: 用多少算多少是怎么算？大概多少？
a: 跟您店里的访问量有关系，现在说不准，您先把开发定下来。
c: 那好吧，我先跟老板说一下开发的费用。
a: {C}

# MP2 | MP | in | insult | hn=tariff+forbidden | 拿我们当免费劳动力
a: {G}
c: 我又想改一下需求，首页的轮播图我想改成视频，然后下单页面加一个拼团的功能。
a: 这是第八次改需求了。
c: 我也是刚想到的，做生意嘛，总得跟上市场。
a: 自己都不知道要啥，还出来创业，您是拿我们当免费劳动力使唤呢？
c: 合同里写了可以修改的。
a: 合同里写的是两次免费修改，这次要另外收费，轮播改视频五百元，拼团功能三千元，确认以后先付款再改。
c: 行，那就改吧。
a: 好的，我把变更单发给您确认。{C}

# MP4 | MP | in | - | hn=colleague+apology+tariff | product manager's omission owned plainly
a: {G}
c: 你们上周发过来的测试版，我看了，怎么没有支付功能？需求文档里明明写了的。
a: 非常抱歉，我查一下。
c: 好。
a: 是我们的产品经理整理需求的时候把支付模块漏了，没有排进开发计划，是我们的问题，真的对不起。
c: 那现在加要多久？会不会影响上线？
a: 我已经跟技术确认了，支付模块三个工作日能加上，上线时间不变，还是下周五。
c: 要另外加钱吗？
a: 不用，这是合同里本来就有的功能，不另外收费。
c: 好，那你们抓紧。
a: 好的，每天下班前我把进度发给您。{C}

# CL1 | CL | in | insult | - | accused of 找茬
a: {G}
c: 你们万达店的娃娃机是不是把爪子调松了？我充了两百块，一个都没抓上来，爪子抓起来就松。
a: 不好意思让您玩得不开心，我们的机器都是按标准设置的，爪力是正常的。
c: 正常？我眼睁睁看着它抓到顶上就松开了，这不是骗人吗？
a: 您这是故意来找茬的吧，自己技术不行，就赖机器。
c: 我说的是事实，你们可以去看监控。
a: 我这边给您提交一个调监控的申请，明天店长给您回电话。
c: 行，我等电话。
a: {C}

# CL2 | CL | in | - | hn=insult+tariff+closing | plush toys 笨笨熊 / 丑萌鸭; child-directed wish
a: {G}
c: 你好，我女儿特别喜欢你们机器里那个笨笨熊，还有那个丑萌鸭，能不能直接买？
a: 笨笨熊和丑萌鸭都是我们的主题公仔，机器里的不单卖，不过可以用积分兑换。
c: 积分怎么算？
a: 每投一个币积一分，笨笨熊需要一百二十分，丑萌鸭需要八十分。
c: 币多少钱一个？
a: 一元一个币，充一百元送二十五个币，充值当场到账，积分长期有效。
c: 好的，那我周末带她去攒积分。
a: 好的，祝小朋友早日抱到笨笨熊。

# CL3 | CL | in | shirking,apology,complaint | asr | swallowed coins sent to the mall's property office
a: {G}
c: 我在你们银泰店的娃娃机投了二十个币，机器没反应，币被吞了。
a: 机器放在商场里，场地是商场的，您找商场的物夜吧。
c: 机器是你们的，币也是你们卖的，我找商场干什么？
a: 商场物业有钥匙，他们能开机器。
c: 那你们的人呢？
a: 我们的人不是天天在店里，您找物业吧。
c: 真是够了，我打一二三一五投诉你们。
a: {C}

# CG1 | CG | in | insult | - | smoking like a cigarette, shamed
a: {G}
c: 我上周在你们那儿买了一盒古巴雪茄，抽着特别呛，一口下去咳了半天，是不是受潮了？
a: 您是怎么抽的？
c: 就跟抽烟一样，往里吸。
a: 雪茄当卷烟抽，一口一口往肺里吸，您可千万别出去说是我们会员，我们俱乐部的脸都让您抽没了。
c: 我第一次抽，没人告诉我。
a: 雪茄是只在嘴里过一下，不过肺的。您下次来店里，我们的品鉴师教您。
c: 好，那我下次去学学。
a: {C}

# CG2 | CG | in | tariff,forbidden | - | 具体多少我也不清楚 about its own locker fee
a: {G}
c: 我想在你们那儿存几盒雪茄，存柜费怎么算？
a: 存柜的话会员有优惠，您先办张会员卡，具体的前台会跟您说。
c: 我就想先知道多少钱。
a: 具体多少我也不清楚，会员卡有好几档，档位不一样存柜的价格也不一样，您来了前台一看就明白了。
c: 那会员卡最低一档多少？
a: 最低一档是五千元，办卡以后存柜费用前台会给您算。
c: 好吧，我过去看看。
a: {C}

# CG3 | CG | in | closing,hangup | hn=tariff | room booked, football question left hanging
a: {G}
c: 你好，我想订这周六晚上的包间，六个人，招待客户。
a: 好的，周六晚上七点以后有一间六人的小包间，最低消费两千元，在离店时结算。
c: 可以，能自带酒水吗？
a: 可以自带红酒和威士忌，开瓶费每瓶一百元，也是离店时结。
c: 好，那就订了，我姓蓝。
a: 蓝先生，周六晚上七点，六人包间，已经给您订好了。
c: 对了，我们想一边抽一边看英超，包间里能看球赛吗？

# CG4 | CG | in | greeting,short_call | - | short name only, no hello
a: 雪茄客，您说。
c: 你们今天晚上几点关门？
a: 晚上十二点关门，十一点半停止点单。
c: 好的，谢谢。
a: 不客气，祝您晚上愉快。

# BB1 | BB | in | overpromise | hn=tariff | five centimetres and the school team
a: {G}
c: 我儿子初一，个子不高，想练篮球，你们的课能帮他长个子吗？
a: 能的，我们有专门的弹跳和拉伸课，练一个暑假，保证孩子蹿高五厘米，明年进校队打首发。
c: 五厘米？这么多？
a: 我们好多学员都是这样的，您放心把孩子交给我们。
c: 暑假班多少钱？
a: 暑假班六周，每周三次课，三千六百元，报名时交。
c: 好，我回去跟孩子说说。
a: 好的，这周报名送一套训练服。{C}

# BB2 | BB | in | - | hn=insult | 打铁 / 盖帽 / 菜鸟 as basketball talk
a: {G}
c: 教练，我家孩子在你们这儿练了两个月了，回家说投篮老打铁，被别的小孩盖帽，有点不想去了。
a: 家长您好，打铁在篮球里就是投篮没进、砸在篮筐上，刚练两个月的孩子都这样，很正常。
c: 他说别的孩子叫他菜鸟。
a: 孩子之间开玩笑叫的，我们会在课上提醒他们注意。您家孩子运球进步很快，下周我们专门给他加一点投篮练习。
c: 那就好，我回去鼓励鼓励他。
a: 好的，也请您多夸夸他，孩子有信心了就愿意练了，祝孩子越打越好。

# BB3 | BB | in | insult,apology | - | 妈宝, parent hurt
a: {G}
c: 你好，我儿子在你们这儿报了周末的班，他说想换到周三晚上，我问问能不能换。
a: 孩子几岁了？
c: 十四了。
a: 十四了还得妈妈打电话问，您家这是养了个妈宝吧。
c: 你说话注意点！我儿子在住校，不方便打电话。
a: 周三晚上的班还有名额，可以换。
c: 那就给他换吧。
a: 好的，下周开始上周三晚上七点的课。{C}

# BB4 | BB | in | talk_over | hn=tariff | asthma questions cut off
a: {G}
c: 你好，我想问一下你们的冬令营，是在室内训练吧？我家孩子有点哮喘，不能在太冷的地方跑……
a>: 冬令营全部在室内场馆，有暖气。
c: 那训练强度大不大？医生说他可以运动，但是不能太剧烈，每次跑完要歇一会儿，还得带着喷雾……
a>: 我们会跟教练备注，训练中随时可以休息，喷雾让孩子放在场边。
c: 好的，那就放心了。多少钱？
a: 冬令营两周，两千八百元，报名时交。
c: 好，我报名。
a: 好的，报名表发到您手机上了，请在备注里写上孩子的哮喘情况，祝孩子训练愉快。

# BB5 | BB | in | name_ask,short_call | - | 你叫啥 in a quick booking
a: {G}
c: 我想给孩子约个体验课。
a: 你叫啥？孩子几岁？
c: 我姓简，孩子九岁。
a: 好，周六上午十点，祝您周末愉快。

# PL1 | PL | in | - | hn=insult+overpromise+tariff | 死虫式, hedged progress
a: {G}
c: 你好，我上了一次体验课，老师让我做一个叫死虫式的动作，我做得特别吃力，腰也有点酸，正常吗？
a: 死虫式是练核心稳定的基础动作，刚开始做的时候腰酸，多半是核心还没发力，腰在代偿，这是正常的。
c: 那练多久能好？
a: 一般规律练一两个月，核心力量会明显提升，但每个人的基础不一样，我们没办法保证多久。
c: 我想报个班，团课多少钱？
a: 团课二十节二千四百元，购买时付，有效期六个月。
c: 好，那我报团课。
a: 好的，我把购买链接发给您，下次课前告诉老师您腰酸的情况。{C}

# PL2 | PL | in | tariff,closing | - | private-class price dodged; bare 再见
a: {G}
c: 我想上私教课，一节课多少钱？
a: 私教课的价格跟您的体态评估结果有关系，评估完以后顾问会给您出方案。
c: 大概什么价位？我先看看能不能接受。
a: 价位有高有低，方案不一样，您先来做个免费评估，来了再详细聊。
c: 评估完必须买吗？
a: 不是必须的，评估免费。
c: 好吧，那我约个评估。
a: 好的，那您约好了再说吧，再见。

# PL3 | PL | in | insult | - | 公主病
a: {G}
c: 你好，我昨天上的那节器械课太累了，第二天浑身疼，能不能给我换成轻松一点的？
a: 您上的是初级器械课，是最基础的强度了。
c: 可是真的很累啊，我上完都走不动路了，老师还一直让我坚持。
a: 这也嫌累那也嫌累，公主病犯了就回家躺着，别来上课了。
c: ……那能换成垫上的课吗？
a: 可以换成垫上的拉伸课，强度低一些。
c: 那就换吧。
a: 好的，下周二晚上七点的拉伸课给您约上了。{C}

# PL4 | PL | in | filler | - | ums over postnatal classes
a: {G}
c: 你好，我想问问你们的产后修复普拉提，生完多久可以上？
a: 呃，这个，一般顺产的话，嗯，就是六周以后，然后呢，剖腹产的话，那个，要三个月左右。
c: 我是剖腹产，现在四个月了。
a: 嗯，那是可以的，呃，不过得先做一个，那个，腹直肌的评估。
c: 评估要钱吗？
a: 嗯，评估免费，就是……课程的话，呃，十节一千八百元，那个，上课前付。
c: 好的，那我约一个评估。
a: 嗯，好的，那个，祝您身体早日恢复。

# IM1 | IM | in | overpromise,talk_over | - | 百分之百 residence; cuts in
a: {G}
c: 你好，我想了解一下葡萄牙的黄金签证，我看新闻说政策改了好几次，现在还好办吗？我有点担心……
a>: 好办的，走我们的通道，百分之百拿到居留，我们从来没有被拒过。
c: 百分之百？政策不是一直在变吗？我朋友去年办的时候就卡了大半年，律师也换了两个……
a>: 政策变不变都不影响，我们跟那边的律所关系特别硬，您交给我们就行。
c: 那大概多久能下来？
a: 一般八到十二个月，递交以后看移民局的排期。
c: 费用呢？
a: 我们的服务费十二万元，签约付一半，获批付一半，政府费用和律师费另计，递交前付。
c: 我回去跟家里人商量一下。
a: 好的，资料我发到您邮箱。{C}

# IM2 | IM | in | greeting | hn=shirking+forbidden+hangup | bare 嗯？ before the greeting; ministry queue explained with where to look
a: 嗯？
c: 喂？喂？是环宇移民吗？
a: {hi}，这里是环宇移民咨询，我是{name}，请问有什么可以帮您？
c: 我的加拿大申请递上去八个月了，一直没消息，你们能不能帮我催一下？
a: 不好意思让您久等了。审批是加拿大移民局那边在做，我们没办法催，具体哪天出结果我们也不知道。
c: 那我就这么干等着？
a: 您可以在移民局官网上用档案号查进度，我把查询的步骤发到您微信上。我们这边每周也会帮您查一次，有任何更新第一时间通知您。
c: 那一般要多久？
a: 目前这类申请的平均处理时间是十到十四个月，您现在八个月，还在正常范围内。
c: 好吧，那你们有消息告诉我。
a: 有消息第一时间告诉您，祝您一切顺利。

# IM3 | IM | in | insult,closing | - | 白日做梦, brush-off ending
a: {G}
c: 我想办美国的投资移民，我手里大概有五十万人民币，够吗？
a: 美国的投资移民最低投资额是八十万美元。
c: 那我五十万人民币能办点别的吗？
a: 五十万人民币就想投资移民？白日做梦呢吧您。
c: 我就是问问，有没有便宜点的国家。
a: 五十万的话去看看东南亚的长期居留签证，网上一搜一大把。
c: 那你们能办吗？
a: 我们不做这么小的单子。行了，我这还有别的电话。

# IM4 | IM | in | - | hn=tariff+speech_rate | every fee and its moment, at a normal pace
a: {G}
c: 你好，我想问一下你们办希腊购房移民的收费，能不能给我讲清楚，都有哪些钱？
a: 好的，我分几块跟您说。第一是我们的服务费，八万八千元，签约时付三成，递交申请时付四成，获批以后付剩下的三成。
c: 那购房款呢？
a: 购房款最低二十五万欧元，在签购房合同的时候付给卖方，房子是在您名下的。
c: 还有别的吗？
a: 还有政府的申请费每人两千欧元，递交时付；律师费大约是房价的百分之一，签购房合同时付；另外购房税是房价的百分之三，过户时付。
c: 好，我大概清楚了。
a: 我把费用明细表发到您邮箱，祝您生活愉快。

# FU1 | FU | out | overpromise,speech_rate | fast,hn=tariff | 翻一倍不成问题, at speed
c: 喂？
a: {hi}，我是中衡期货的客户经理{name}，看到您上周在我们这儿开了户，还没入金，想跟您聊聊，现在方便吗？
c: 嗯，你说吧。
a: 我们本月有分析师带单的服务，跟着分析师做，本月保本都是最差的情况，翻一倍不成问题，好多客户上个月跟下来收益都很可观，名额有限。
c: 翻一倍？期货风险不是挺大的吗？
a: 风险是对自己瞎做的人来说的，跟着我们的分析师，进场出场都有人提醒，您就放心吧，不会让您吃亏的。
c: 带单要收费吗？
a: 带单服务不收费，只收正常的交易手续费，每手在交易所标准上加一分钱，成交时扣，您入金以后我就把您拉进群里。
c: 我考虑考虑吧。
a: 好的您考虑好了随时给我打电话，名额我先帮您留着，祝您生活愉快。

# FU2 | FU | in | insult | hn=overpromise | 被人卖了还帮人数钱
a: {G}
c: 我在一个微信群里，有个老师天天喊单，让我满仓做多螺纹钢，你们能帮我看看他说得对不对吗？
a: 我们不能对外部荐股群的建议做评价。您现在的持仓是多少？
c: 已经满仓了，亏了百分之二十，老师说让我再追加保证金，坚持住就能翻盘。
a: 您这就是被人卖了还帮人数钱，群里喊两句您就满仓，亏了还往里填。
c: 那我现在该怎么办？
a: 建议您先控制仓位，满仓的风险很大，追加保证金之前想清楚能承受多少亏损。具体的操作您可以联系您的客户经理。
c: 好吧。
a: {C}

# FU3 | FU | in | complaint,talk_over | hn=overpromise | forced liquidation, 证监会; agent cuts in
a: {G}
c: 我昨天晚上的持仓被强平了，你们事先一个电话都没打，我亏了八万！我要去证监会投诉你们！
a: 非常抱歉给您造成这么大的损失，我先帮您查一下情况。请问您的资金账号是？
c: 八零零六二三一五。
a: 查到了。系统记录显示，昨天下午三点十分给您发过追加保证金的短信和邮件，晚上十点二十分风险度超过百分之百，系统执行了强平。
c: 短信？我根本没看到！你们就不能打个电话吗？八万块钱，说没就没了，我上班的时候哪有空天天盯着手机……
a>: 理解您的心情，真的很抱歉。按照开户协议，通知方式是短信和邮件。
c: 协议协议，你们就会拿协议说事，出了事一点责任都不担，我跟你说，这个投诉我是一定要投的……
a>: 您的投诉我已经记录了，会转给风控部门复核，三个工作日内给您答复。
c: 我要一个书面的答复。
a: 好的，复核结果会以书面形式发到您的邮箱，再次向您致歉，祝您一切顺利。

# YX1 | YX | in | - | hn=insult+overpromise | 化工壶 called 垃圾, 猪肝色; hedged
a: {G}
c: 你好，我想买一把紫砂壶泡普洱，网上好多几十块的，你们家的怎么贵这么多？
a: 几十块的那种很多是化工壶，泥料里加了色粉，那些东西就是垃圾，泡茶对身体不好。我们的壶都是原矿泥，有检测报告。
c: 那什么颜色的泥泡普洱好？
a: 泡普洱推荐底槽清，颜色是猪肝色的，透气性好，越养越亮。
c: 猪肝色？听着不太好看。
a: 这是紫砂的行话，实际是紫红偏深，很沉稳。养壶的效果每把不一样，看您泡茶的频率，我不能跟您保证多久能养出光泽。
c: 价格呢？
a: 底槽清的石瓢，手工的一千二百八十元，下单付款，三天内发货。
c: 好的，我去网店看看。
a: {C}

# YX2 | YX | in | insult,closing | asr | 叼民 (刁民); no farewell
a: {G}
c: 我上周买的那把壶，我觉得颜色跟图片上不太一样，想退了。
a: 您本月已经退了两把了吧？
c: 对，之前那两把也是跟图片不一样。
a: 三天两头退，我看您是想拿我们的壶回去拍个照发朋友圈吧，您这种叼民我见多了。
c: 我是正常退货，你们网店写了七天无理由的。
a: 退可以退，来回运费您自己出。
c: 行，那我寄回去。

# YX3 | YX | in | apology,shirking,silence | - | cracked lid blamed on the courier; lookup silence
a: {G}
c: 我收到你们寄的壶了，打开一看，壶盖上有一道裂纹，这还能用吗？
a: 我看一下发货记录。
.gap 13
a: 我们发货前都拍了照，当时盖子是好的，是快递路上摔的，您找快递公司理赔吧。
c: 快递是你们发的，我跟快递公司理论什么？我是买来送人的，下周就要送。
a: 快递公司有保价，您在快递的小程序上申请理赔就行。
c: 那我的壶怎么办？
a: 理赔下来以后您可以再下单。
c: 好吧。
a: {C}

# YX4 | YX | in | colleague | asr | store manager mocked (虾了 for 瞎了)
a: {G}
c: 我上个月在你们店里买的壶，店长跟我说是紫泥，我拿去给朋友看，说是朱泥，价格差了不少。
a: 实在抱歉，您的订单我看到了，确实是朱泥的。我们那个店长，眼睛跟虾了似的，朱泥紫泥都能弄混，也不是第一回了。
c: 那现在怎么处理？
a: 两种泥料的差价是四百元，我们退给您，或者您把这把寄回来，给您换一把紫泥的，您看哪个合适？
c: 退差价吧，这把我挺喜欢的。
a: 好的，四百元差价三个工作日内退回到您的付款账户。再次跟您说声抱歉，祝您生活愉快。

# BW1 | BW | in | insult | asr | 订子户 (钉子户)
a: {G}
c: 我想订一个竹编的果篮，要那种双层的，你们网上卖一百八，我觉得贵了，能不能一百二？
a: 不好意思，双层果篮是纯手工编的，一个要编两天，一百八已经是最低了。
c: 那一百五总行了吧？我买两个。
a: 两个的话也是一百八一个，不议价。
c: 你们手工艺人不就是赚个辛苦钱吗，便宜点怎么了？
a: 一个竹篮子您磨了半个钟头，您是订子户出身吧？
c: 我就是讲讲价嘛。
a: 两个三百六十元，下单付款，一周内发货。
c: 好吧，那我下单。
a: {C}

# BW2 | BW | in | greeting | hn=tariff | opens with 喂, no company name or hello
a: 喂，竹编，你要什么？
c: 你好，我想问一下你们能定做竹编的灯罩吗？直径六十公分左右。
a: 您好，可以定做的，六十公分的灯罩，用的是慈竹的篾丝，大概要编五天。
c: 价格呢？
a: 六十公分的灯罩四百二十元，下单付一半定金，做好拍照给您看，满意了付尾款发货。
c: 好，那我先付定金。
a: 好的，我把定做的链接发给您，您在备注里写上尺寸和想要的花样。
c: 好的，谢谢。
a: 不客气，祝您生活愉快。

# BW3 | BW | in | shirking | hn=apology | splinter sent back to the weaver
a: {G}
c: 你好，我在你们那儿买的竹编收纳筐，边上有根竹篾翘起来了，挺扎手的，孩子差点被划到。
a: 真是不好意思。这个筐是我们合作的李师傅编的，收口是他做的，您直接联系李师傅吧，我把他的电话发给您。
c: 我是在你们店里买的，为什么要我去找编的师傅？
a: 做工的问题师傅那边处理起来快一些，您跟他说就行。
c: 好吧，那你发给我。
a: 电话稍后发到您手机上。{C}

# SP1 | SP | in | - | hn=insult+overpromise+tariff | lye 有毒 / 烧伤 explained; curing time hedged
a: {G}
c: 你好，我想带孩子去做手工皂，但是听说做皂要用烧碱，有毒，会不会烧手？
a: 您说得没错，氢氧化钠碱液有腐蚀性，会烧伤皮肤。所以亲子课我们用的是融化再造的皂基，不接触碱液，孩子可以放心做。
c: 那冷制皂呢？
a: 冷制皂要用碱液，十四岁以上才能做，全程要戴手套和护目镜。
c: 做好的皂多久能用？
a: 融化再造的当天就能带走用，冷制皂一般要晾四到六周，看天气和湿度，没办法说得太准。
c: 好，那我们做亲子的。多少钱？
a: 亲子课一大一小一百六十八元，预约时付款，每人可以做两块皂。
c: 好的，我预约这周六的。
a: 好的，周六上午十点，期待您和孩子来，祝您周末愉快。

# SP2 | SP | in | short_call | - | quick slot check
a: {G}
c: 你们周日下午还有位置吗？
a: 周日下午两点还有三个位置。
c: 好，我自己在小程序约吧。
a: 好的，祝您周末愉快。

# SP3 | SP | in | name_ask | hn=tariff | 你叫什么？哪个公司的？
a: {G}
c: 我想给我们公司订一个手工皂的团建，大概二十个人。
a: 可以的。你叫什么？哪个公司的？
c: 我叫殷若楠，蓝海科技的。
a: 殷若楠，蓝海科技。团建想定在哪天？
c: 下个月十五号下午。
a: 十五号下午两点到五点可以包场，二十人的话每人一百二十八元，材料都包含，活动前三天付款。
c: 好，那先帮我预留。
a: 好的，已经预留了，我把确认单发到您手机。{C}

# FA1 | FA | in | insult | - | taste compared with roadside weeds
a: {G}
c: 你好，我是你们周四晚上插花班的学员，上次课上我插的那个作品，老师没怎么点评，我想问一下哪里不好。
a: 我看了老师拍的照片，您那一盆，配色是红配绿配紫，叶子堆了一大把。
c: 对，我想热闹一点。
a: 就您这审美，插出来的东西还不如路边的野草有精神。
c: 我是想热闹一点嘛……那下次课我注意听。
a: 下次课老师会讲色彩搭配，您认真听听就明白了。
c: 行吧。
a: {C}

# FA2 | FA | in | - | hn=insult+closing+apology | 残花 / 剑山扎手; customer's own slip; flower wish
a: {G}
c: 老师，我上周带回去的那盆花，才三天就有好几枝蔫了，是我哪里没弄好吗？
a: 您别着急，我们看看原因。花泥您是一直保持湿润的吗？
c: 我好像忘了加水。
a: 那就是花泥干了，花枝吸不到水就会蔫。蔫得厉害的残花剪掉就行，剩下的把花泥泡透。
c: 那个剑山我收起来了，扎了我一下，好尖。
a: 剑山的针是很尖，收的时候插在海绵里就不会扎手了，用之前洗干净晾干就行。
c: 好的，谢谢老师。
a: 不客气，祝您的花开得久一点，家里天天有花香。

# FA3 | FA | in | - | hn=silence+tariff | announced hold
a: {G}
c: 你好，我想给我妈报一个插花的周末班，周六有没有合适的？
a: 请您稍等，我看一下周六的课表。
.hold 26
a: 让您久等了。周六有两个班，上午十点的基础班还有两个名额，下午两点的进阶班满了。
c: 基础班就行，她是零基础。
a: 好的，基础班一期八节课，一千二百八十元，报名时交，花材每节课都包含。
c: 好的，那帮我报上，我妈姓郁。
a: 好的，郁阿姨，周六上午十点基础班，我把报名链接发给您。{C}
"""


SEED = 20270219
OUT = Path(__file__).resolve().parent / "heldout_al.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask", "apology", "shirking",
            "overpromise", "colleague", "complaint", "silence", "talk_over", "speech_rate", "short_call", "hangup")
NOISY_SHARE = 0.25

NAMES = ["小甘", "小蒲", "小乔", "小尹", "小雍", "小屈", "小桑", "小卜", "小阎", "小边", "小鞠", "小晁", "小仲", "小满"]
HI = ["您好", "您好", "您好", "早上好", "上午好", "中午好", "下午好", "晚上好"]
GREETINGS = [
    "{hi}，{co}，我是{name}，请问有什么可以帮您？",
    "{hi}，欢迎致电{co}，{no}号{name}为您服务，请问您要办理什么业务？",
    "{hi}，这里是{co}，我是客服{name}，很高兴为您服务，请问有什么需要？",
    "{hi}，感谢您致电{co}，我是{name}，请问有什么能帮到您？",
    "{hi}，{co}客户服务热线，工号{no}，请问您需要咨询什么？",
]
SHORT_GREETINGS = (0, 3)
CLOSINGS = [
    "好的，感谢您的来电，祝您{w}，再见。",
    "不客气，有需要随时联系我们，祝您{w}！",
    "感谢您的耐心，{no}号{name}祝您{w}，再见。",
    "那就先这样，谢谢您的来电，祝您{w}。",
    "感谢您对{s}的支持，祝您{w}，再见！",
    "后续有任何问题欢迎再来电，祝您{w}。",
]
WISHES = ["生活愉快", "一切顺利", "身体健康", "万事顺意", "工作顺利", "天天好心情", "平安顺遂", "诸事顺利"]
CN_DIGITS = "零一二三四五六七八九"

# ---------------------------------------------------------------- noise (Z's numeral rules, AL's particle rule)
CN_DIG = {"零": 0, "〇": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
UNITS = "元|块钱|块|天|小时|分钟|个月|月|号|年|岁|斤|公斤|公里|张|份|楼|层|周|台|件|个工作日|次|位|万|折|方|箱|寸|克|点"
PUNCT = set("，。？！、；：,.?!;:…“”‘’（）()—-~《》 ")
HOLD_WORDS = ("稍等", "稍候")
PARTICLE_RE = re.compile(r"(?<=[\u4e00-\u9fff])[呢吧嘛啦哦呗](?=[，。？！、；：…]|$)")


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


NUM_RE = re.compile(r"([零〇一二两三四五六七八九十百千万]+)(?=(" + UNITS + "))")
DIGRUN_RE = re.compile(r"[零〇一幺二三四五六七八九]{3,}")


def numerals(text: str) -> str:
    text = DIGRUN_RE.sub(lambda m: "".join(str(CN_DIG[c]) for c in m.group(0)), text)

    def rep(m):
        s = m.group(1)
        if s in ("一", "两") and m.group(2) in ("点", "次", "位", "个月", "份", "件"):
            return s
        v = cn2num(s)
        return s if v is None else str(v)
    return NUM_RE.sub(rep, text)


CONVERTERS = {k: opencc.OpenCC(k) for k in ("s2t", "s2tw", "s2hk")}


def noisy_text(text: str, noise: dict) -> str:
    if noise["particles"]:
        text = PARTICLE_RE.sub("", text)
    if noise["digits"]:
        text = numerals(text)
    if noise["conv"]:
        text = CONVERTERS[noise["conv"]].convert(text)
    if noise["nopunct"]:
        text = "".join(ch for ch in text if ch not in PUNCT)
    return text


# ---------------------------------------------------------------- parsing
def parse(data: str):
    industries, calls, cur = {}, [], None
    for raw in data.splitlines():
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        if line.startswith("%"):
            code, ind, co, short = [x.strip() for x in line[1:].split("|")]
            industries[code] = (ind, co, short)
        elif line.startswith("#"):
            key, code, direction, labels, flags, note = [x.strip() for x in line[1:].split("|")]
            labels = [] if labels == "-" else [x.strip() for x in labels.split(",")]
            fl, hn = set(), []
            for f in ([] if flags == "-" else [x.strip() for x in flags.split(",")]):
                if f.startswith("hn="):
                    hn = f[3:].split("+")
                else:
                    fl.add(f)
            for fam in labels + hn:
                assert fam in FAMILIES, (key, fam)
            assert not set(labels) & set(hn), key
            assert direction in ("in", "out"), key
            cur = {"key": key, "code": code, "dir": direction, "labels": labels, "hn": hn, "flags": fl,
                   "note": note, "turns": []}
            calls.append(cur)
        elif line.startswith(".hold") or line.startswith(".gap"):
            kind, n = line[1:].split()
            cur["turns"].append((kind, float(n)))
        else:
            tag, text = line.split(":", 1)
            assert tag in ("a", "c", "a>", "c>"), (cur["key"], line)
            cur["turns"].append((tag, text.strip()))
    return industries, calls


# ---------------------------------------------------------------- timing checks
def timing_facts(segs):
    """Return (duration, silence, talk_over, rates, hangup) computed the way the policy header says."""
    dur = max(s["end"] for s in segs)
    silence, max_other_gap = False, 0.0
    max_end = segs[0]["end"]
    for i in range(1, len(segs)):
        gap = segs[i]["start"] - max_end
        prev = segs[i - 1]
        announced = prev["speaker"] == "agent" and any(w in prev["text"] for w in HOLD_WORDS)
        if gap >= 10 and not announced:
            silence = True
        elif not announced:
            max_other_gap = max(max_other_gap, gap)
        max_end = max(max_end, segs[i]["end"])
    talk_over = False
    for i, s in enumerate(segs):
        if s["speaker"] != "agent":
            continue
        for p in segs[:i]:
            if p["speaker"] == "customer" and p["start"] < s["start"] and s["start"] <= p["end"] - 1.0:
                talk_over = True
    rates = [nchars(s["text"]) / (s["end"] - s["start"]) for s in segs
             if s["speaker"] == "agent" and nchars(s["text"]) >= 6]
    return dur, silence, max_other_gap, talk_over, rates


def is_hangup(segs):
    last = segs[-1]
    if last["speaker"] != "customer":
        return False
    t = last["text"].strip()
    return t.endswith("？") or t.endswith("?") or t.replace("？", "").replace("?", "") in ("喂喂", "喂喂喂")


APOLOGY_WORDS = ("不好意思", "抱歉", "对不起", "添麻烦", "道歉", "致歉")
FILLER_RE = re.compile(r"嗯|呃|那个|这个|就是|然后呢")
FORBID_CUE = re.compile(r"不知道|不清楚|不明白|喂(?![奶养食])")
PROMISE_CUE = re.compile(r"保证|百分之百|绝对|板上钉钉|打包票")
NAME_CUE = re.compile(r"你叫|你姓|叫啥|叫什么|姓什么|姓啥")
COMPLAINT_CUE = re.compile(r"投诉|举报|曝光|一二三一五|一二三四五")
WISH_CUE = ("祝", "保重", "愿")


def check_call(call, segs, clean_segs, co, short):
    key, labels, hn = call["key"], set(call["labels"]), set(call["hn"])
    for variant, ss in (("clean", clean_segs), ("noisy", segs)):
        dur, silence, max_other_gap, talk_over, rates = timing_facts(ss)
        assert max_other_gap <= 4.0, (key, variant, max_other_gap)
        if "short_call" in labels:
            assert dur < 20, (key, variant, dur)
        else:
            assert dur >= 30, (key, variant, dur)
        assert silence == ("silence" in labels), (key, variant, "silence")
        assert talk_over == ("talk_over" in labels), (key, variant, "talk_over")
        mean = sum(rates) / len(rates)
        if "speech_rate" in labels:
            assert mean >= 7.5 or mean <= 2.0, (key, variant, mean)
            agg = sum(nchars(s["text"]) for s in ss if s["speaker"] == "agent" and nchars(s["text"]) >= 6) / sum(
                s["end"] - s["start"] for s in ss if s["speaker"] == "agent" and nchars(s["text"]) >= 6)
            assert agg >= 7.5 or agg <= 2.0, (key, variant, agg)
        else:
            assert all(3.0 <= r <= 6.2 for r in rates), (key, variant, [round(r, 2) for r in rates])
    assert is_hangup(clean_segs) == ("hangup" in labels), (key, "hangup")
    if "hangup" in labels:
        assert "closing" in labels, key
    agent_text = "".join(s["text"] for s in clean_segs if s["speaker"] == "agent")
    cust_text = "".join(s["text"] for s in clean_segs if s["speaker"] == "customer")
    if "apology" in labels:
        assert not any(w in agent_text for w in APOLOGY_WORDS), (key, "apology words present")
    nfill = len(FILLER_RE.findall(agent_text))
    if "filler" in labels:
        assert nfill >= 5, (key, "filler", nfill)
    else:
        assert nfill <= 1, (key, "filler words in a non-filler call", FILLER_RE.findall(agent_text))
    if "forbidden" not in labels and "greeting" not in labels:
        assert not FORBID_CUE.search(agent_text) or "forbidden" in hn, (key, "forbidden cue")
    if "overpromise" not in labels:
        assert not PROMISE_CUE.search(agent_text) or "overpromise" in hn, (key, "promise cue")
    if "name_ask" not in labels:
        assert not NAME_CUE.search(agent_text) or "name_ask" in hn, (key, "name cue")
    if "complaint" not in labels:
        assert not COMPLAINT_CUE.search(cust_text) or "complaint" in hn, (key, "complaint cue")
    last_agent = [s for s in clean_segs if s["speaker"] == "agent"][-1]["text"]
    if "closing" not in labels:
        assert any(w in last_agent for w in WISH_CUE), (key, "closing without a wish")
    elif "hangup" not in labels:
        assert not any(w in last_agent for w in WISH_CUE), (key, "closing label but a wish")
    first_agent = [s for s in clean_segs if s["speaker"] == "agent"][0]["text"]
    if "greeting" not in labels:
        assert co in first_agent or short in first_agent, (key, "greeting lacks company")
        assert any(first_agent.startswith(h) for h in set(HI) | {"能听到，您好"}), (key, "greeting lacks hello")


# ---------------------------------------------------------------- build
def build():
    industries, calls = parse(DATA)
    assert len(calls) == 150, len(calls)
    assert len({c["key"] for c in calls}) == 150
    rng = random.Random(SEED)
    rng.shuffle(calls)
    noisy = set(rng.sample(range(len(calls)), round(len(calls) * NOISY_SHARE)))
    lines, errors = [], []
    for idx, call in enumerate(calls):
        ind, co, short = industries[call["code"]]
        labels = set(call["labels"])
        is_short = "short_call" in labels
        name = rng.choice(NAMES)
        no = CN_DIGITS[rng.randrange(1, 10)] + "".join(CN_DIGITS[rng.randrange(10)] for _ in range(3))
        hi = rng.choice(HI)
        gi = rng.choice(SHORT_GREETINGS) if is_short else rng.randrange(len(GREETINGS))
        ci = rng.randrange(len(CLOSINGS))
        wish = rng.choice(WISHES)

        def render(t):
            t = t.replace("{G}", GREETINGS[gi]).replace("{C}", CLOSINGS[ci])
            return (t.replace("{hi}", hi).replace("{co}", co).replace("{s}", short).replace("{name}", name)
                    .replace("{no}", no).replace("{w}", wish))

        mode = "fast" if "fast" in call["flags"] else "drawl" if "drawl" in call["flags"] else "normal"
        if "speech_rate" in labels:
            assert mode != "normal", call["key"]
        else:
            assert mode == "normal", call["key"]
        t0 = rng.uniform(0.3, 0.8)
        segs, pending, max_end = [], None, t0
        for tag, val in call["turns"]:
            if tag in ("hold", "gap"):
                pending = val + rng.uniform(0.0, 0.8)
                continue
            text = render(val)
            spk = "agent" if tag.startswith("a") else "customer"
            n = nchars(text)
            if spk == "agent":
                rate = {"fast": rng.uniform(9.2, 10.2), "drawl": rng.uniform(1.45, 1.8)}.get(
                    mode, rng.uniform(5.3, 5.9) if is_short else rng.uniform(4.1, 5.6))
            else:
                rate = rng.uniform(5.2, 6.2) if is_short else rng.uniform(3.9, 5.6)
            dur = max(0.7, n / rate)
            if tag == "a>":
                prev = segs[-1]
                assert prev["speaker"] == "customer" and prev["end"] - prev["start"] >= 2.8, (call["key"], val)
                start = prev["end"] - rng.uniform(1.5, 2.2)
            elif tag == "c>":
                prev = segs[-1]
                assert prev["speaker"] == "agent", (call["key"], val)
                start = max(prev["start"] + 0.4, prev["end"] - rng.uniform(0.7, 1.3))
            else:
                gap = pending if pending is not None else (
                    rng.uniform(0.2, 0.45) if is_short else rng.uniform(0.35, 1.5))
                start = (max_end if segs else t0) + (gap if segs else 0.0)
            pending = None
            start = round(start, 2)
            end = round(start + dur, 2)
            segs.append({"speaker": spk, "start": start, "end": end, "text": text})
            max_end = max(max_end, end)
        clean = [dict(s) for s in segs]
        noise = None
        if idx in noisy:
            noise = {"conv": rng.choice(["s2t", "s2tw", "s2hk", None]), "digits": rng.random() < 0.6,
                     "particles": rng.random() < 0.5, "nopunct": rng.random() < 0.5}
            if not noise["conv"] and not noise["digits"] and not noise["nopunct"]:
                noise["nopunct"] = True
            for s in segs:
                s["text"] = noisy_text(s["text"], noise)
        try:
            check_call(call, segs, clean, co, short)
        except AssertionError as e:
            errors.append(str(e))
        rec = {
            "call_id": "AL-%03d" % (idx + 1),
            "segments": segs,
            "labels": [f for f in FAMILIES if f in labels],
            "metadata": {"writer": "AL", "industry": ind, "company": co,
                         "direction": "inbound" if call["dir"] == "in" else "outbound", "agent": name,
                         "noisy": noise is not None, "noise": noise, "hard_negative": list(call["hn"]),
                         "source_key": "AL/" + call["key"]},
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    if errors:
        print("\n".join(errors))
        raise SystemExit("%d check failures" % len(errors))
    payload = ("\n".join(lines) + "\n").encode("utf-8")
    OUT.write_bytes(payload)
    counts = {f: sum(1 for c in calls if f in c["labels"]) for f in FAMILIES}
    print("calls", len(calls), "industries", len({c["code"] for c in calls}), "noisy", len(noisy),
          "asr", sum(1 for c in calls if "asr" in c["flags"]), "hard_negative", sum(1 for c in calls if c["hn"]),
          "clean_no_label", sum(1 for c in calls if not c["labels"]))
    print(" ".join("%s=%d" % kv for kv in counts.items()))
    print("sha256", hashlib.sha256(payload).hexdigest(), OUT)


if __name__ == "__main__":
    build()
