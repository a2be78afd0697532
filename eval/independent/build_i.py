"""Independent labelled call set I (eval/independent/tune_i.jsonl; first named heldout_i.jsonl) —
held out until it became a tuning set on 2026-12-06 after round 10 began.

Written by writer I on 2026-12-06 from DOMAIN.md, the seed articles (QA standard: seeds/001
lines 80-200), eval/independent/README.md, the first 90 lines of build_h.py and one line of
heldout_h.jsonl (format only).  No rule code, rulebook, tests, docs or other sets were read, and
the rule engine was never run on this file (only eval.evaluate.load_labelled, to check that it
loads).  Run:
    .venv/bin/python eval/independent/build_i.py

Deterministic: the dialogues are hand-written data below; random.Random(SEED) (SEED=20261208) is
used only for segment timing jitter, the order of the calls, the choice of the noisy calls, the
rotation among correct greeting/closing wordings ({G}/{B} in the data) and the ASR-style noise.
Twenty industries none of the earlier writers used: bike/scooter sharing, car dealership (4S),
home renovation, childcare/kindergarten, dental clinic, beauty salon, video-streaming membership,
smart-home devices, laptop-maker support, cinema, bakery/cake orders, flower delivery,
printing/copy shop, driving school, home elderly care, veterinary pharmacy, B2B office supplies,
gold recycling, a parking app, business-line ISP.  All company names are invented.

Data format: "#### industry | company | direction | labels | flags | note", then one turn a line:
"A:" agent, "C:" customer, "A>:" the agent starts 1.65-2.15 s before the customer's turn ends,
"C>:" the customer starts 0.9-1.6 s before the agent's turn ends (negative for talk_over),
"~hold" an announced hold (9-14 s) after the agent's turn, "~sil" an unannounced gap (13-17 s).
Flags: hn (hard negative), fast / slow (agent speech rate).

LABEL POLICY — a family is in `labels` iff the call violates it; it is writer H's policy (which is
G's) except where marked "I:".  Labels describe what was SAID: in a `"noise": true` call the text
is what Whisper-base would plausibly write for 8 kHz phone audio (mostly Traditional characters,
homophone swaps such as 客服→克服 话费→话废 营业厅→营业听 神经病→神经变 你姓什么→你信什么
稍等→烧等 知道→之道 会员→会元, punctuation dropped or turned into spaces, numbers as digits),
but the labels are those of the clean speech.

greeting   : the agent speaks first, promptly, with 您好 (or 早上好/中午好/下午好/晚上好/您好呀) + the
             company or line name + an offer of help in any wording.  Outbound calls: 您好 + company
             + who is calling and why.  Positive: opens with 「喂」 (incl. 「喂，您好」); opens with
             something else (说 / 嗯 / 哪位 / 什么事 / 找谁 / 有事吗) and never or only later greets;
             company missing; offer of help missing; greeting only after the customer had to speak
             first.  I: 「您好呀」 counts as 您好; a line name instead of the company (「…售后」「…
             预约台」) counts as the company only when the company name is in it.
closing    : a complete closing ends with a 祝福语 in the agent's final turn(s) (祝您…/…愉快/…顺利
             /万事如意/天天开心/观影愉快/早日拿证…).  Positive: thanks only (「谢谢来电，再见」), bare
             再见/拜拜/就这样/先挂了/没事了吧, the agent just stops or drops the call.  Every `hangup`
             call is also `closing`.  Service number, 工号 and delivery process are "where relevant"
             and not labelled.  Every proper transfer in this set also carries a blessing.
forbidden  : 服务禁语 other than insults: the agent's own 不知道/不清楚/不明白 (and regional 不晓得/
             搞不懂/整不明白/冇知/鬼知道/谁晓得/没得数) as a refusal about the matter asked; 「你这话
             什么意思」 and variants (你这是啥意思嘛/你讲这些想怎样); 「那你想好了再打来吧」 and
             variants (想明白了再打/考虑好了再来电); 「喂」 called at the customer mid-call.  NOT
             positive: 不知道/不清楚/不明白 about the customer, a third party, as reassurance or a
             request to repeat; the customer's own words; quotes in a complaint record.  An
             insult-only call is not also `forbidden`.
insult     : the agent insults, mocks, attacks or sends the customer away: questioning
             intelligence, hearing, memory, sanity or age (「您这岁数就别学车了」), contempt for the
             customer's money or education (「没钱就别装修」「小学毕业吧」), sarcasm (「您可真是个
             天才」), brushing off (「爱退不退」「别烦我了」).  NOT positive: insults quoted or reported
             by the agent while registering a complaint, the customer's insults, innocent words
             sharing characters (神经内科, 死机, 滚筒, 傻瓜式, 笨重, 病历, 白痴 in a product name).
filler     : 口头禅 — habitual tics (呃/啊 as hesitation, 那个/这个 as fillers, 就是说, 然后呢, 那啥,
             完了, 对吧对吧, 是吧是吧, 咋说呢): positive with >= 6 tic uses over >= 3 agent turns.
             Demonstratives, backchannel 嗯/好的 and one or two sentence-final 啊/呀/哈 are negative.
tariff     : when a fee comes up (the customer asks, or the agent sells/opens/renews/auto-renews a
             paid service, or a free period ends) the agent must state BOTH the amount AND when
             charging starts or is taken.  Positive when either is missing or glossed (「就几块钱」
             「到时候看」「先用着，后面再说」「系统会自动处理」).  Permanently free services said so,
             and fees stated with amount and start, are negative.  Refunds of a wrong charge are not
             a tariff matter.
name_ask   : an impolite name ask (「你姓什么」「叫啥」「名字」「你谁啊」) is positive; a call in which a
             NEW order, booking, appointment, enrolment or application is made and the agent never
             asks the name politely (「请问您贵姓」「怎么称呼您」) is positive; rescheduling or
             querying an existing order is not.
apology    : something went wrong on the company side or the customer is plainly unhappy (in words:
             「太过分了」「气死我了」「什么破服务」, including after an insult or brush-off) and the
             agent never apologises (抱歉/对不起/不好意思/给您添麻烦了/让您久等了/过意不去).  I: an
             insistent question alone (「那到底能不能退？」) is not displeasure.
shirking   : 推诿 — an in-scope matter pushed away (不归我们管 / 你自己去找门店/施工队/厂家/物业/
             老师) without handling, registering or transferring it.  A proper transfer, a ticket with
             a callback promise, or the right number for a truly out-of-scope matter are negative.
overpromise: 乱承诺/夸张 — guarantees the agent cannot make (百分之百/保证/肯定/绝对/包您/打包票 + an
             outcome not under the agent's control).  Hedged statements are negative.
colleague  : the agent disparages colleagues, other departments, technicians, teachers, workers or
             the pre-sales script.  Neutral acknowledgement and registering a complaint about a
             colleague are negative.
complaint  : the customer explicitly states an intent to complain or escalate (投诉, 12315, 消协,
             12345, 监管, 曝光/发网上, 找领导/经理/店长, 上报).  Strong dissatisfaction alone is not
             `complaint`; 「我不是要投诉」 and a settled past complaint are negative.
silence    : an unannounced gap >= 10 s with nobody speaking.  Holds announced in the agent's turn
             just before (稍等/帮您查/查一下/核实一下) of 9-14 s are negative; other gaps <= 4 s.
talk_over  : the agent starts >= 1.0 s before the customer's segment ends (positives 1.65-2.15 s,
             twice a call); negatives overlap <= 0.3 s; the customer talking over the agent is
             negative.
speech_rate: the agent's mean rate over turns of >= 6 characters (punctuation and spaces not
             counted) >= 7.5 chars/s (fast; positives 8.3-9.2) or <= 2.0 (drawl; positives
             1.52-1.70); negatives keep every agent turn within 3.0-6.3.
short_call : duration < 20 s (positives <= 18 s); every other call is >= 30 s.
hangup     : the agent ends the call first: the transcript ends on the customer's unanswered
             question or 「喂？」.  A curt agent last word after the customer's 好的 is not `hangup`.
The four timing families are computed from the generated segments by this builder and asserted
equal to the hand labels; `hangup` is asserted against the transcript's last turn.
"""

DATA = []
DATA.append("""
#### bike/scooter sharing | 青橙单车 | inbound |  | hn | lock app 死机 reported by the customer; dispatch fee stated with amount and when
A: {G}
C: 我扫码开锁，结果锁那个界面一直转圈，跟死机了一样，打不开
A: 好的，给您添麻烦了。请问您现在是在骑行中还是还没开锁成功呢？
C: 没开成，可是显示订单已经开始计时了
A: 我这边看到了，这笔订单我给您直接结束并且免单，不会扣您钱。
C: 那行。还有我要是把车停到外面小区里面会怎么样？
A: 停在运营区外的话，会收取调度费五元，是在您结束订单的时候从余额里扣的，停回运营区就不收。
C: 明白了，五块，结束的时候扣
A: 对的。您再扫一辆旁边的车就可以正常骑了。
C: 好嘞，谢谢啊
A: {B}

#### bike/scooter sharing | 青橙单车 | inbound |  | hn | agent reads back the maintenance worker's insult (你眼睛瞎了吧) while registering feedback; 我不是要投诉
A: {G}
C: 我不是要投诉啊，就是想跟你们说一下，你们那个挪车的运维小哥说话太冲了
A: 好的，非常感谢您的反馈，您方便说一下当时的情况吗？
C: 我就问他能不能别把车堆我家单元门口，他来一句你眼睛瞎了吧没看见我在挪
A: 实在抱歉让您听到这样的话。我给您记录一下：运维人员说“你眼睛瞎了吧”，地点是单元门口，时间大概是今天上午，对吗？
C: 对，大概十点多
A: 好的，已经提交给运维主管了，三个工作日内会有同事回访您。
C: 行，也不用太为难他，让他注意点就行
A: 明白，谢谢您这么体谅。{B}

#### bike/scooter sharing | 青橙单车 | inbound | tariff | | monthly card auto-renewal glossed: 就几块钱 / 到时候自动续 — no amount, no date
A: {G}
C: 我前几天买了个骑行月卡，是不是会自动续费啊？
A: 对，默认是开了连续包月的。
C: 那续费多少钱？什么时候扣？
A: 就几块钱的事儿，到时候系统自动续上，您不用管它。
C: 我是想知道具体哪天扣
A: 反正到期前后系统会处理，您正常骑就行。
C: 那我要是不想续呢
A: 您在我的钱包里面把连续包月关掉就行了。
C: 好吧，我自己看看
A: 好的，感谢您的来电，祝您骑行愉快，再见。

#### bike/scooter sharing | 青橙单车 | inbound | insult,apology | | 眼神儿不好就别骑了 about a parking fine; customer upset, no apology
A: {G}
C: 我昨天还车被扣了十块钱，说我停在禁停区，我明明停在白线里面
A: 我看一下您的还车照片……您这车后轮压在禁停区那个红框里了。
C: 那线都快磨没了，谁看得清楚啊，这也太坑了吧
A: 那么大个红框您都看不见，眼神儿不好就别骑车了呗。
C: 你这人怎么说话呢？我花钱骑车还得受你这气？
A: 规定就是这样，照片上清清楚楚的。
C: 那这钱到底退不退？
A: 这次给您申请退一半，五块钱明天退回余额，以后还车看仔细了。
C: 行吧，真是服了
A: 还有别的问题吗？没有的话祝您生活愉快，再见。

#### bike/scooter sharing | 青橙单车 | inbound | shirking,closing | | battery scooter dead mid-ride: 那是运维的事，你自己去找路边的运维师傅; ends 行，就这样
A: {G}
C: 我骑的电单车骑到一半没电了，现在推不动，离还车点还有两公里
A: 不好意思啊，没电那是运维的事，我们客服这边管不了。
C: 那我怎么办啊，我总不能扛着它走吧
A: 你自己去路边找找穿绿马甲的运维师傅，他们一般在地铁口附近。
C: 我上哪儿找去啊，你们不能派个人过来吗
A: 我们这边派不了，你找运维师傅吧。
C: 那这段路的钱呢
A: 费用按实际骑行时间算，您现在可以直接在原地结束订单。
C: 好吧
A: 行，就这样。

#### bike/scooter sharing | 青橙单车 | inbound | forbidden,apology,closing,hangup | | 不晓得 about a double charge (company-side error, no apology), agent drops the call on the customer's question
A: {G}
C: 我今天早上一单被扣了两次钱，两笔一块五
A: 这个我也不晓得咋回事，系统扣的。
C: 你们是客服啊，你都不晓得谁晓得
A: 我这边只能看到两笔都是成功的。
C: 那你帮我退一笔不行吗？重复扣的
A: 退款我这边操作不了的。
C: 那我找谁退？
A: 你在App里面点那个订单申诉嘛。
C: 申诉了多久能到？能不能今天就退？

#### bike/scooter sharing | 青橙单车 | inbound | short_call | | short: where to return a scooter; full greeting and blessing
A: 您好，青橙单车，请问有什么可以帮您？
C: 地铁口能还车吗？
A: 可以，蓝色P点都能还。
C: 好的谢谢
A: 不客气，祝您骑行愉快，再见。

#### bike/scooter sharing | 青橙单车 | inbound | speech_rate | fast | agent rattles off the deposit-refund rules
A: 您好，青橙单车客服，请问有什么可以帮您？
C: 我想把押金退了，我之前交过一百九十九的押金
A: 好的押金退款您在App我的钱包押金那里点退押金提交之后一到三个工作日原路退回到您的支付账户里面
C: 等一下，原路退回是退到微信还是支付宝？
A: 您当时用哪个交的就退到哪个如果当时用的是银行卡那就退到银行卡银行那边可能会再晚一两天到账
C: 哦，那退了之后还能骑吗？
A: 退了押金之后还是可以骑的现在我们城市是免押金骑行只要信用分够就行不够的话需要重新交押金
C: 行，我知道了，谢谢
A: 不客气祝您生活愉快再见

#### car dealership | 骏驰汽车 | inbound |  | hn | 我不是要投诉 about a mechanic; neutral registration, apology, blessing
A: {G}
C: 你好，我上周在你们店做的保养，我不是要投诉啊，就是反映一下
A: 好的，您请说，我们都会认真记录的。
C: 那个给我交车的师傅全程在打电话，问他什么都爱答不理的
A: 真是不好意思，让您体验不好了。请问您的车牌号是多少？
C: 浙A八六二九一
A: 查到了，是上周六下午交的车。我把您的意见记录下来，转给售后经理，会安排对交车流程做提醒。
C: 行，就是希望以后注意一下
A: 一定的，谢谢您愿意告诉我们。{B}

#### car dealership | 骏驰汽车 | inbound |  | hn | new maintenance booking with polite name ask; announced hold; price and when paid stated
A: {G}
C: 我想约一下这个周六做个保养，车是去年买的
A: 好的，请问您怎么称呼？
C: 我姓郑
A: 郑先生您好，麻烦报一下车牌号，我帮您查一下保养记录，请您稍等。
~hold
A: 让您久等了，郑先生，您这次是一万公里的常规保养，费用是六百八十元，保养完在店里前台结算。
C: 六百八，周六上午能做吗
A: 周六上午九点半还有工位，给您预约上了，大概需要一个半小时。
C: 可以
A: 好的，稍后会有短信确认。祝您周末愉快，再见。

#### car dealership | 骏驰汽车 | inbound | name_ask,overpromise | | test drive booked with no name ask; 三年后卖保证不低于七成
A: {G}
C: 我想周末来试驾一下你们那款新的混动SUV
A: 好的，周末哪天方便？
C: 周日下午吧，我主要是担心这车以后不好卖
A: 您放心，这车保值得很，三年后您卖出去保证不低于七成的价，我给您打包票。
C: 真的假的，二手车价格你们也能保证？
A: 肯定的，这款车市场上抢着要。
C: 那行，周日下午两点吧
A: 好的，手机号就是您现在这个号吧？给您约上了，到时候直接来店里找销售顾问。
C: 好
A: 感谢您的来电，祝您试驾愉快，再见。

#### car dealership | 骏驰汽车 | inbound | colleague,apology | | promised gift missing: 销售那边嘴上没个把门的; customer upset, no apology
A: {G}
C: 我买车的时候销售说送一年的保养和一套脚垫，现在提车了什么都没有，这叫什么事
A: 您合同上写了吗？
C: 没写，他口头说的
A: 那就没办法了，销售那边嘴上没个把门的，为了卖车什么都敢说，他们说的您别信。
C: 你们这也太过分了，一家店的人说话不算数
A: 合同上没有的我们确实给不了。
C: 那脚垫总能给吧
A: 我帮您问问销售经理，有结果了给您回电话。
C: 行吧
A: 好的，感谢您的来电，祝您用车愉快，再见。

#### car dealership | 骏驰汽车 | inbound | complaint,apology | | wrong part fitted, customer asks for the store manager and says 投诉; agent never apologises
A: {G}
C: 你们维修车间把我车的左前大灯换成了不是原厂的件，我要投诉，叫你们店长来跟我说
A: 您这个是在哪天修的？
C: 前天，发票上写的原厂件，装上去的根本不是
A: 您怎么判断不是原厂件的？
C: 上面没有车标，还跟另一边颜色不一样，你们这是欺诈
A: 好的，我这边给您登记投诉，店长明天上午会给您回电话。
C: 明天上午要是没人打来我就去消协
A: 我会备注加急处理的。
C: 行
A: 感谢您的来电，祝您生活愉快，再见。

#### car dealership | 骏驰汽车 | inbound | greeting | | opens 喂，骏驰，说吧; rest fine
A: 喂，骏驰，说吧。
C: 你好，我收到一个召回短信，说我车的油泵要更换
A: 好的，麻烦您报一下车架号后六位，我帮您确认一下。
C: 三八二二七一
A: 您的车确实在这次召回范围里，更换是免费的，大概需要两个小时。
C: 要提前约吗？
A: 建议提前约，这周三和周五还有空位，您看哪天方便？
C: 周五上午吧
A: 好的，周五上午十点给您约上了，到店直接找售后前台。
C: 谢谢
A: {B}

#### car dealership | 骏驰汽车 | inbound | talk_over,apology | | customer waited three hours, agent cuts in twice and never apologises
A: {G}
C: 我今天早上八点把车开过来做保养，现在都十一点了还没弄完，你们到底怎么回事
A>: 我们今天车比较多，师傅都在忙。
C: 车多你们也得提前说啊，我下午还要上班，你们说的是一个小时就好的
A>: 您的车已经在做了，预计再有半个小时。
C: 半个小时，刚才前台也是这么说的
A: 我这边再帮您催一下车间。
C: 快点吧，真耽误事
A: 好的，做好了会第一时间通知您，祝您生活愉快，再见。

#### car dealership | 骏驰汽车 | inbound | tariff,closing | | extended warranty: 也就一顿饭钱，先给您开上; no amount or start; thanks-only close
A: {G}
C: 我的新车原厂质保快到期了，想问问延保是怎么弄的
A: 延保我们这边可以直接给您开，多延一年保修。
C: 多少钱？
A: 不贵，也就一顿饭钱，先给您开上，后面再说。
C: 一顿饭钱是多少，什么时候交
A: 这个跟车型有关，开了以后系统会算的，您放心。
C: 那你先登记吧
A: 好的，已经给您登记了延保申请。
C: 嗯
A: 好的，谢谢您的来电，再见。

#### home renovation | 筑家装饰 | inbound |  | hn | agent reads back the worker's rude words (你懂个屁) while registering; apologises
A: {G}
C: 你们的施工队今天在我家吵起来了，我问水电怎么走线，那个工人说你懂个屁
A: 非常抱歉，让您在自己家里受这样的气。我记录一下，是水电班组的工人说了“你懂个屁”，对吧？
C: 对，就是那个戴红帽子的
A: 好的，我这边登记为服务态度投诉，项目经理今天下班前会联系您，并且会更换班组人员。
C: 行，要是能换人就好
A: 一定会给您一个交代。另外水电走线图设计师也会发到您微信上。
C: 好，谢谢
A: 应该的，给您添麻烦了，祝您装修顺利，再见。

#### home renovation | 筑家装饰 | inbound |  | hn | 滚筒 washer niche and 笨重 cabinet; hedged schedule 一般两周左右，以工长排期为准
A: {G}
C: 我家阳台那个柜子要预留滚筒洗衣机的位置，你们图纸上好像没留
A: 好的，我帮您核实一下图纸，请稍等。
~hold
A: 让您久等了，图纸上确实是按波轮洗衣机留的尺寸，我给您备注改成滚筒的尺寸。
C: 还有那个实木柜子特别笨重，装在吊顶上面会不会掉下来
A: 吊柜我们会做加固，设计师会按照柜子的重量选膨胀螺丝，您放心。
C: 那改图要多久
A: 一般两周左右能出新图，具体以工长排期为准，出图后设计师会先跟您确认。
C: 行
A: 感谢您的耐心，祝您装修顺顺利利，再见。

#### home renovation | 筑家装饰 | inbound | insult,apology | | mocking the budget: 没那个预算就别想着全屋定制; customer hurt, no apology
A: {G}
C: 我想问问你们全屋定制，我家八十平，预算大概三万块
A: 三万？三万连个衣柜都做不下来。
C: 那你们最便宜的套餐是多少
A: 最便宜也得八万起，没那个预算就别想着全屋定制了，去买成品家具吧。
C: 你这话说得也太难听了，我就是问问
A: 我说的是实话。
C: 算了，跟你说不清
A: 那您考虑一下，需要的时候再联系我们，祝您生活愉快，再见。

#### home renovation | 筑家装饰 | inbound | name_ask,overpromise | | measuring visit booked with no name ask; 我敢打包票二十年不漏
A: {G}
C: 我想约个量房，老房子卫生间老是漏水，想重新做防水
A: 好的，地址是哪里？
C: 南湖小区七栋二单元五零三
A: 收到。您放心，我们的防水做完，我敢打包票二十年都不会漏。
C: 二十年？楼上漏下来也不会吗
A: 那肯定不会，我们用的是最好的材料。
C: 那明天上午来量房行吗
A: 明天上午十点，设计师会跟您电话联系。
C: 好的
A: 不客气，祝您一切顺利，再见。

#### home renovation | 筑家装饰 | inbound | shirking,apology | | wall crack after renovation: 你去找物业，别找我们; customer angry
A: {G}
C: 你们去年给我装修的客厅，墙上现在裂了好几条缝，还在保修期里面
A: 墙体开裂一般是房子本身结构的问题，那是物业的事。
C: 什么物业的事，是你们刮的腻子裂了，又不是墙裂了
A: 那你去找物业看看，别找我们，我们这边处理不了。
C: 你们这样太气人了，收钱的时候怎么不这么说
A: 我们这边确实管不了。
C: 行，我自己想办法
A: 好的，祝您生活愉快，再见。

#### home renovation | 筑家装饰 | inbound | filler | | heavy 呃/那个/就是说/然后呢 tics over many turns
A: {G}
C: 我想问一下你们那个半包是怎么算的
A: 呃，那个半包的话，就是说，我们包人工和辅料，然后呢主材您自己买。
C: 主材是指什么
A: 呃，那个，就是瓷砖啊地板啊，然后呢，那个橱柜这些，就是说都您自己选。
C: 那价格呢
A: 呃，就是说，按面积算，那个，一平米大概五百五，然后呢签合同的时候先付百分之三十。
C: 好的，我考虑一下
A: 呃，好的，那个，有问题随时找我们，祝您生活愉快，再见。

#### home renovation | 筑家装饰 | inbound | silence | | unannounced 13-17 s gap while the agent looks something up
A: {G}
C: 你好，我想问下我家的瓷砖什么时候能送到，订单号是ZJ二零三一
A: 好的。
~sil
C: 喂？还在吗？
A: 在的，查到了，瓷砖在仓库已经出库了，预计后天上午送到。
C: 后天上午家里有人，行
A: 送货前司机会提前一个小时给您打电话。
C: 好，谢谢
A: {B}

#### home renovation | 筑家装饰 | inbound | colleague,complaint | | 我要投诉你们设计师; agent: 他就是个刚毕业的，图都画不明白; apologises
A: {G}
C: 我要投诉你们的设计师，图纸改了三次，尺寸还是错的，柜子做出来根本塞不进去
A: 非常抱歉给您添麻烦了，是哪位设计师负责的？
C: 姓孙的那个
A: 哦，小孙啊，他就是个刚毕业的，图都画不明白，您别跟他计较。
C: 我不管他是不是刚毕业，我只要柜子能用
A: 理解，我这边给您登记投诉，安排主任设计师明天上门复尺，柜子重新做。
C: 重新做要多久
A: 一般二十天左右，我会跟进，有进展给您回电。
C: 好吧
A: 再次向您道歉，祝您生活愉快，再见。
""")
DATA.append("""
#### childcare/kindergarten | 小树苗托育 | inbound |  | hn | 不知道 said by the customer; agent reassures 您不清楚也没关系
A: {G}
C: 我家孩子这两天一到门口就哭，我也不知道为啥，是不是在园里受欺负了
A: 您别着急，孩子刚入园两周，哭闹是挺常见的。您不清楚具体原因也没关系，我们一起来了解。
C: 那老师那边有没有说什么
A: 我帮您查一下班级日志，请您稍等。
~hold
A: 让您久等了，老师记录孩子白天吃饭午睡都正常，就是下午四点左右会找妈妈。
C: 哦，那还好
A: 我让班主任今天放学时跟您当面聊聊，也可以给您发几张孩子玩的照片。
C: 好的，麻烦了
A: 不麻烦，祝宝宝在园里开开心心的，再见。

#### childcare/kindergarten | 小树苗托育 | inbound |  | hn | new enrolment with polite name ask; monthly fee amount and debit date stated
A: {G}
C: 我想给孩子报名你们的全日托，两岁半
A: 好的，请问家长怎么称呼？
C: 我姓韦
A: 韦女士您好，全日托每月保育费三千二百元，每月一号从您绑定的卡里扣当月的费用，伙食费另收每天二十元，月底按实际出勤结算。
C: 那第一个月什么时候交
A: 入园当天交第一个月的，之后就是每月一号自动扣。
C: 明白了，能先来参观吗
A: 可以的，这周六上午十点有开放日，给您登记上了。
C: 好的
A: 感谢您信任小树苗，祝您周末愉快，再见。

#### childcare/kindergarten | 小树苗托育 | inbound | tariff,name_ask | | 家长叫啥？孩子叫啥？ and 学费到时候老师跟您说
A: {G}
C: 我想给孩子报个周末的早教班
A: 行，家长叫啥？孩子叫啥？
C: 我叫吕芳，孩子叫吕小满
A: 几岁了？
C: 三岁
A: 那就报三岁班，周六上午的。
C: 学费是多少？怎么交？
A: 学费到时候老师跟您说，先给您占个位置。
C: 那我先占个位吧
A: 好的，祝您生活愉快，再见。

#### childcare/kindergarten | 小树苗托育 | inbound | insult,apology | | grandmother told 您这岁数了，跟您说了也记不住; she is upset, no apology
A: {G}
C: 姑娘，我是小宝的奶奶，我想问问明天几点来接孩子
A: 明天是周五，下午四点半接。
C: 四点半是吧，那要带什么东西吗
A: 您这岁数了，跟您说了也记不住，让孩子妈打电话来问吧。
C: 你这孩子怎么说话呢，我还没老糊涂
A: 明天要带一套换洗衣服和水杯。
C: 那行，衣服水杯
A: 嗯，就这些，祝您生活愉快，再见。

#### childcare/kindergarten | 小树苗托育 | inbound | forbidden,closing | | 那您想明白了再打过来吧; bare 拜拜
A: {G}
C: 我在犹豫是报半日托还是全日托，孩子两岁
A: 半日托上午，全日托一整天，价格不一样。
C: 那你觉得哪个好一点
A: 看您家里有没有人带。
C: 家里老人能带半天，但是我又怕孩子适应不了
A: 那您想明白了再打过来吧。
C: 好吧
A: 拜拜。

#### childcare/kindergarten | 小树苗托育 | inbound | apology | | child bitten by another child; agent explains, never apologises
A: {G}
C: 我家孩子今天胳膊上有一圈牙印，老师说是被别的小朋友咬的，我真的很心疼，也很生气
A: 这个情况老师已经报备了，是午饭后玩玩具的时候发生的。
C: 你们那么多老师，怎么就看不住呢
A: 当时老师在给另一个孩子换衣服，一转身就发生了。
C: 那以后怎么保证不会再发生
A: 我们会把那两个孩子分开座位，老师也会加强看护，保健医生已经给涂了药。
C: 行吧，你们上点心
A: 好的，我们会注意的，祝您生活愉快，再见。

#### childcare/kindergarten | 小树苗托育 | inbound | shirking,complaint,apology | | 孩子在园里的事你找班主任去; customer threatens 12345
A: {G}
C: 孩子连续三天午饭都没吃完，老师也没跟我说，我要反映一下
A: 孩子在园里的事你找班主任去，我们客服管不了。
C: 我找了，班主任不回微信，我才打你们电话的
A: 那你再去园里找她当面说。
C: 你们这就是互相踢皮球，再这样我就打12345投诉你们
A: 随便你吧，我这边确实处理不了。
C: 太过分了
A: 还有别的事吗？没有就先这样，再见。

#### childcare/kindergarten | 小树苗托育 | inbound | speech_rate | slow | agent drawls every sentence
A: 您好，小树苗托育，请问有什么可以帮您？
C: 我想问一下你们暑假有没有托班
A: 有的，我们暑假有七月和八月两期托班。
C: 每期多少钱
A: 每期是四千五百元，报名的时候交。
C: 哦好的，什么时候报名
A: 六月十五号开始在公众号里面报名。
C: 知道了，谢谢
A: 不客气，祝您生活愉快，再见。

#### dental clinic | 皓齿口腔 | inbound |  | hn | 神经内科 and 病历 mentioned; new appointment with polite name ask; announced hold
A: {G}
C: 我想约个牙科，我之前在神经内科看过三叉神经痛，医生说可能是牙的问题
A: 好的，请问您怎么称呼？
C: 我姓倪
A: 倪先生，您方便的话把神经内科的病历带过来，医生看诊时可以参考。我帮您查一下这周的号源，请稍等。
~hold
A: 让您久等了，周四下午两点牙体牙髓科还有号，挂号费二十元，到院当天在前台交。
C: 可以，就周四吧
A: 好的，已经预约好了，稍后短信通知您。
C: 谢谢
A: {B}

#### dental clinic | 皓齿口腔 | inbound |  | hn | implant fee stated with amount and when paid; hedged 一般三到六个月
A: {G}
C: 我想问下种植牙大概多少钱
A: 我们这边国产种植体是一颗六千八，进口的是一颗九千八，都包含牙冠。手术当天交种植体费用，戴牙冠那天不再另收费。
C: 做完多久能好
A: 一般是三到六个月，具体要看您的骨头条件，医生检查后会给您一个方案。
C: 拍片要钱吗
A: 拍全景片是一百二十元，检查当天交。
C: 行，那我先来检查吧，我姓冯
A: 好的冯女士，周六上午九点可以吗？
C: 可以
A: 已经给您约好了，祝您周末愉快，再见。

#### dental clinic | 皓齿口腔 | inbound | tariff,overpromise | | 保证一年就整齐 and 分期很轻松 with no amount or start
A: {G}
C: 我想了解一下隐形矫正，我牙齿有点龅
A: 隐形矫正特别适合您这种情况，做了我们的矫正，保证一年之内就整整齐齐的。
C: 一年就行？网上说都要两三年
A: 我们这个技术不一样，一年肯定没问题。
C: 那大概多少钱
A: 价格您不用担心，可以分期，每个月很轻松的。
C: 每个月多少？从什么时候开始付？
A: 这个到店了顾问给您详细算，先来面诊吧。
C: 好吧
A: 好的，感谢您的来电，祝您笑口常开，再见。

#### dental clinic | 皓齿口腔 | inbound | greeting,name_ask | | opens 嗯，皓齿，有事吗; cleaning appointment booked without a name ask
A: 嗯，皓齿，有事吗？
C: 我想约个洗牙
A: 哪天？
C: 周日上午有没有
A: 周日上午十点半可以。
C: 洗牙多少钱？什么时候付？
A: 超声洗牙一百八十元，洗完在前台付。
C: 行，那就约这个
A: 洗完牙当天尽量别喝咖啡和浓茶，牙龈可能会有点敏感。
C: 明白，还要带什么吗
A: 带上身份证就行，用您这个手机号约上了，感谢您的来电，祝您生活愉快，再见。

#### dental clinic | 皓齿口腔 | inbound | closing,hangup | | agent drops the call on the customer's question about fasting
A: {G}
C: 我明天上午约了拔智齿，想问下要注意什么
A: 拔牙前一天要休息好，别喝酒，来之前吃点东西，不要空腹。
C: 哦，那我吃早饭再来
A: 对，拔完之后两个小时不能吃东西，二十四小时内别漱口。
C: 那拔完了能不能喝点凉的？我还要上班，要不要请假？

#### dental clinic | 皓齿口腔 | inbound | talk_over | | agent cuts in twice while the customer describes symptoms; polite otherwise
A: {G}
C: 我右边下面那颗牙最近吃东西一碰就疼，特别是喝冷水的时候，疼得受不了
A>: 那可能是牙本质敏感或者有龋齿。
C: 我之前补过那颗牙，不知道是不是补的那个东西掉了还是怎么回事
A>: 建议您来拍个片子看看。
C: 行，那我什么时候能来
A: 明天下午三点可以吗？
C: 可以
A: 好的，请问您怎么称呼？
C: 姓龚
A: 龚先生，已经给您约好了，祝您早日不疼，生活愉快，再见。

#### dental clinic | 皓齿口腔 | inbound | colleague | | 上次那个医生技术不行; apologises for the pain
A: {G}
C: 我上个月补的牙又掉了，吃饭都不敢用那边嚼
A: 真不好意思，给您添麻烦了。请问是哪位医生给您补的？
C: 好像姓严
A: 哦，严医生啊，他技术本来就不行，补的牙老掉，您下次挂我们主任的号。
C: 那这次重新补要收费吗
A: 保修期内重新补是免费的。明天上午主任有号，给您约上？
C: 可以
A: 好的，已经约好了，祝您生活愉快，再见。

#### dental clinic | 皓齿口腔 | inbound | greeting,short_call,closing | | short: opens 喂，说; curt 开 and no closing
A: 喂，说。
C: 是皓齿吗？想问下周日开门吗
A: 开，九点到五点。
C: 好
""")
DATA.append("""
#### beauty salon | 若水美容 | inbound |  | hn | 傻瓜式 home device; annual card price and when paid stated
A: {G}
C: 我想问下你们店里卖的那个家用美容仪好不好用，我怕自己不会弄
A: 那款是傻瓜式操作的，只有一个按键，开机就会按默认档位工作，不需要自己调。
C: 那你们的年卡是怎么收费的
A: 面部护理年卡是三千六百元，办卡当天一次付清，一年内可以做二十四次，不会再另外扣钱。
C: 不会自动续吧
A: 不会的，到期后您自己决定续不续，不续就不收费。
C: 那我周末过去看看
A: 好的，周末店里从早上十点营业到晚上九点。
C: 好嘞
A: {B}

#### beauty salon | 若水美容 | inbound |  | hn | the customer talks over the agent; 如有不明白随时问我 as reassurance
A: {G}
C: 我上周在你们那做了个水光，现在脸上有几个小红点
A: 您别担心，水光针后出现小红点一般是针眼反应，三到五天会慢慢消。
C>: 可是已经第六天了还没消完，我有点慌
A: 理解您的担心。我帮您预约一下给您做的那位医生复诊，她会当面看一下，复诊是免费的。
C: 那好，明天下午行吗
A: 明天下午三点可以，期间如有不明白的地方随时打电话问我。
C: 好的谢谢
A: 不客气，祝您早日恢复，生活愉快，再见。

#### beauty salon | 若水美容 | inbound | insult,apology | | 就您这皮肤底子，做多少次都白搭; customer hurt, no apology
A: {G}
C: 我在你们这做了五次祛痘了，感觉没什么效果，想问问怎么回事
A: 您是油皮吧？
C: 对，混油
A: 就您这皮肤底子，做多少次都白搭，能维持住不长新的就不错了。
C: 你这么说话我听着很不舒服，我花了好几千了
A: 我说的是实际情况，效果因人而异的。
C: 那剩下的次数能不能换成别的项目
A: 可以，到店跟前台说就行，祝您生活愉快，再见。

#### beauty salon | 若水美容 | inbound | tariff,overpromise | | 保证一个疗程斑全没了 and 后面的疗程到店再说
A: {G}
C: 我脸上有斑，看到你们有个九十九的祛斑体验
A: 对，体验价九十九，您来做一个疗程，我保证脸上的斑全都没了。
C: 一个疗程就能全没？
A: 绝对的，我们店里好多人都是这样。
C: 那一个疗程多少钱？体验完还要交什么费？
A: 后面的疗程到店再说，先把体验做了。
C: 那我先约个体验吧，我姓季
A: 好的季女士，周三下午给您约上，感谢您的来电，祝您生活愉快，再见。

#### beauty salon | 若水美容 | inbound | filler | | northern tics 那啥/咋说呢/完了 over many turns
A: {G}
C: 我想问问你们那个肩颈按摩是怎么个流程
A: 那啥，咋说呢，先是热敷，完了技师给您按，那啥，大概四十分钟。
C: 多少钱一次
A: 咋说呢，单次是一百二，完了要是办次卡，那啥，十次一千块，办卡当天付。
C: 技师是男的女的
A: 那啥，都有，咋说呢，您可以提前指定，完了我们给您安排。
C: 行，我周末去
A: 好嘞，祝您周末愉快，再见。

#### beauty salon | 若水美容 | inbound | shirking,apology,closing,hangup | | 退卡的事你找门店去; drops the call on the customer's question
A: {G}
C: 我想把我的美容卡退了，里面还有一千多块钱没用
A: 退卡的事你找门店去，客服这边不管。
C: 门店说要找总部客服，你们到底谁管
A: 卡是门店办的，钱也是门店收的。
C: 可是那家门店现在装修关门了，电话也没人接，我一千多块钱就这么放着吗
A: 反正我们这边办不了，你去找开卡的那家店。
C: 那开卡那家店的电话是多少？

#### beauty salon | 若水美容 | inbound | silence,closing | | unannounced 13-17 s gap; thanks-only close
A: {G}
C: 我想改一下明天的预约，改到下周二
A: 嗯。
~sil
C: 你好？能听到吗
A: 能听到，下周二上午还是下午？
C: 下午吧，两点以后
A: 下周二下午两点半给您改好了，技师还是原来那位。
C: 好的
A: 谢谢您的来电，再见。

#### beauty salon | 若水美容 | inbound | short_call,closing | | short; agent ends with 行，拜拜
A: 您好，若水美容，请问有什么可以帮您？
C: 你们今天几点关门
A: 晚上九点。
C: 好的
A: 行，拜拜。

#### video streaming membership | 星幕视频 | inbound |  | hn | auto-renew fee stated: 每月十九元，每月十号自动扣
A: {G}
C: 我开了你们的会员，想知道以后是怎么扣钱的
A: 您开的是连续包月，每月十九元，每个月十号从您绑定的支付宝自动扣，扣款前一天会短信提醒您。
C: 第一个月呢
A: 首月是六元，已经在开通当天扣过了，从下个月十号开始每月十九元。
C: 那我要是不想续了
A: 在我的会员管理里面关闭自动续费就行，关了之后到期就不再扣。
C: 好的明白
A: {B}

#### video streaming membership | 星幕视频 | inbound |  | hn | the customer insults the company (破App，垃圾); agent apologises and helps
A: {G}
C: 你们这破App是不是有毛病，一投屏就卡，真是垃圾
A: 非常抱歉给您带来不好的体验。请问您用的是哪个电视品牌投屏的？
C: 就是普通的小米电视
A: 好的，麻烦您把App更新到最新版本，然后把电视和手机连在同一个无线网络下再试一下。
C: 我试试……哎，现在可以了
A: 太好了，如果再有卡顿可以在App里点反馈上传日志，我们技术同事会跟进。
C: 行吧，刚才语气冲了点
A: 没关系的，祝您观影愉快，再见。

#### video streaming membership | 星幕视频 | inbound | tariff,apology | | charged after the free trial; customer upset; 以页面显示为准, no amount or date
A: {G}
C: 我就领了个七天免费会员，怎么今天扣了我钱，我根本没同意续费
A: 免费期过了就自动续了呗，开通的时候页面上有写的。
C: 我没看到，你们这样偷偷扣钱太过分了
A: 您可以关掉自动续费。
C: 那以后每个月扣多少？哪天扣？
A: 以页面显示为准，您在App里面看。
C: 这次的钱能退吗
A: 我帮您提交退款申请，审核通过会原路退回。
C: 行
A: 感谢您的来电，祝您生活愉快，再见。

#### video streaming membership | 星幕视频 | inbound | insult,apology | | 这么简单都不会，您是刚用智能手机吧; customer offended
A: {G}
C: 我买了会员，但是电视上还是显示要开会员，我不会弄
A: 您在电视上登录您的账号了吗？
C: 什么登录，我就在手机上买的
A: 这么简单都不会，您是刚用上智能手机吧？手机买的当然得在电视上也登录。
C: 你说话客气点，我年纪大了不懂这些
A: 电视上打开星幕，点右上角，扫那个二维码就登上了。
C: 扫了，好了
A: 那就行，祝您观影愉快，再见。

#### video streaming membership | 星幕视频 | inbound | forbidden,apology | | Sichuan-flavoured 你这话是啥子意思嘛 and 搞不懂
A: {G}
C: 我这个会员明明还有十天，怎么有些剧又要单独付费
A: 那是超前点播，会员也要另外付的。
C: 那我开会员有啥用，你们这不是两头收钱吗
A: 你这话是啥子意思嘛，规则就是这样的。
C: 那超前点播多少钱一集
A: 这个我也搞不懂，不同剧价格不一样。
C: 好吧，我自己看
A: 好的，祝您观影愉快，再见。

#### video streaming membership | 星幕视频 | inbound | talk_over,complaint | | customer says 消协投诉; agent cuts in twice; apologises
A: {G}
C: 我的账号被别人登录了，会员被改了密码，我现在自己都登不上去了，你们怎么保护用户的
A>: 非常抱歉，我先帮您冻结账号。
C: 冻结有什么用，我买的年费会员还有十个月呢，你们不给我解决我就去消协投诉你们
A>: 理解您，我马上帮您走找回流程。
C: 找回要多久
A: 身份核验通过后二十四小时内恢复，会员时长一天都不会少。
C: 行，你们尽快
A: 好的，再次向您道歉，祝您生活愉快，再见。

#### video streaming membership | 星幕视频 | inbound | speech_rate | fast | fast agent explaining the annual plan; fee amount and date stated
A: 您好星幕视频请问有什么可以帮您
C: 我想从月度会员换成年度会员，划算一点吗
A: 年度会员是一百九十八元一年开通当天一次性扣款原来的月度会员剩余天数会自动折算顺延到年卡后面
C: 那年卡到期会自动续吗
A: 默认会在到期前一天按一百九十八元续费您可以在会员管理里面随时关闭关闭了就不会再扣
C: 那我家里电视也能用吗，还有我老婆的手机能不能一起用
A: 年度会员支持同时登录一台电视和两台手机或者平板超过设备数量的话最早登录的那台会被挤下线您可以在设备管理里面查看和删除设备
C: 好，那我现在换
A: 好的已经给您开通了有问题随时联系我们祝您观影愉快再见

#### video streaming membership | 星幕视频 | inbound | greeting,colleague | | opens 你好，星幕 with no offer of help; blames 技术部那帮人
A: 你好，星幕。
C: 你好，我这两天下载的视频都打不开了
A: 不好意思给您添麻烦了，是新版本的问题，技术部那帮人天天出bug，改一个坏三个。
C: 那怎么办
A: 您先把缓存清掉，再重新下载，新版本的修复包这周会出来。
C: 那之前下载的都白下了
A: 重新下就行了，会员不会受影响。
C: 行吧
A: 感谢您的来电，祝您观影愉快，再见。

#### smart-home devices | 灵犀智能 | inbound |  | hn | gateway 死机; 没听清楚 as a request to repeat
A: {G}
C: 我家的智能网关好像死机了，灯全都控制不了
A: 不好意思，刚才信号不太好，我没听清楚，您是说网关死机了对吗？
C: 对，指示灯一直红的
A: 麻烦您把网关电源拔掉，等十秒钟再插上。
C: 好，插上了……变绿了
A: 好的，现在您试一下手机上开关灯。
C: 可以了
A: 那就好，以后再出现这个情况可以先重启一下，祝您生活愉快，再见。

#### smart-home devices | 灵犀智能 | inbound |  | hn | out-of-scope installation question transferred properly with explanation; blessing
A: {G}
C: 我买了你们的智能窗帘，想约人上门装轨道
A: 好的，请问窗帘是在哪个平台买的呢？
C: 就在你们官方旗舰店买的，上周到的货，轨道有三米二长
A: 好的，官方渠道购买的都包含免费安装。
A: 好的，安装是由我们的安装服务中心负责的，我帮您转过去，他们可以直接给您排师傅，您看可以吗？
C: 可以
A: 好的，转接过程中请不要挂机，祝您生活愉快。

#### smart-home devices | 灵犀智能 | inbound | name_ask,overpromise | | lock install booked with no name ask; 小偷百分之百进不来
A: {G}
C: 我想买你们那款人脸识别的门锁，能上门装吗
A: 能，包安装。这款锁装上之后，小偷百分之百进不来，您放一万个心。
C: 这么厉害
A: 那当然，我们这锁绝对是最安全的。
C: 那帮我下个单，地址是东风路十八号三单元六零二
A: 好的，电话就用您现在这个号，师傅后天上午上门。
C: 好的
A: 感谢您的来电，祝您生活愉快，再见。

#### smart-home devices | 灵犀智能 | inbound | shirking,apology | | 那是你家路由器的问题，找运营商去; customer frustrated
A: {G}
C: 你们的摄像头每天晚上都掉线，我都重新配网五六次了，烦死了
A: 掉线一般是网络问题，那是你家路由器的问题，找运营商去。
C: 我家别的设备都没问题，就你们的摄像头掉线
A: 那我们也没办法，网络不归我们管。
C: 那我买你们的东西就是这样的体验？
A: 您可以换个路由器试试。
C: 算了
A: 好的，祝您生活愉快，再见。

#### smart-home devices | 灵犀智能 | inbound | colleague,apology | | 安装师傅都是外包的，干活毛毛躁躁; customer unhappy with install, no apology
A: {G}
C: 你们师傅来装的智能开关，装完墙上留了一个大洞，也不帮我补
A: 安装师傅都是外包的，干活就是毛毛躁躁的，我们也管不太住。
C: 那我这墙怎么办，我看着就来气
A: 我帮您登记一下，让安装服务商派人来补。
C: 什么时候
A: 三天内会有人联系您。
C: 行吧
A: 感谢您的来电，祝您生活愉快，再见。

#### smart-home devices | 灵犀智能 | inbound | forbidden,apology,closing,hangup | | 谁知道呢 as an answer; hangs up on the customer's question
A: {G}
C: 我家扫地机器人昨天升级完固件之后就一直原地转圈
A: 谁知道呢，可能是升级的问题。
C: 那你们不是客服吗，有没有办法解决
A: 你把机器翻过来，看看轮子有没有缠头发。
C: 看了，轮子干干净净的，就是一开机就在客厅中间转圈，别的地方都不去
A: 你恢复一下出厂设置试试。
C: 恢复出厂设置地图会不会没了？

#### smart-home devices | 灵犀智能 | inbound | greeting,short_call,closing | | short: opens 喂，你好; no company; bare 嗯拜拜
A: 喂，你好。
C: 你们音箱能连蓝牙吗
A: 能，说打开蓝牙就行。
C: 好
A: 嗯拜拜。

#### smart-home devices | 灵犀智能 | inbound | speech_rate | slow | drawling agent explaining voice pairing
A: 您好，灵犀智能，请问有什么可以帮您？
C: 我想把你们的音箱和空调连起来
A: 好的，您先打开灵犀App，点添加设备。
C: 点了
A: 然后选择空调，按提示扫描机身上的码。
C: 好了，连上了
A: 那就可以用语音控制空调了，祝您生活愉快，再见。

#### laptop-maker support | 锐拓电脑 | inbound |  | hn | 傻瓜式 one-key recovery and 死机; agent states the repair is free under warranty
A: {G}
C: 我的笔记本最近老死机，开着网页就卡住不动了
A: 给您添麻烦了。您可以先试一下我们的一键恢复，是傻瓜式的，开机时按F9，选择恢复就行，但是要先把资料备份好。
C: 恢复了还死机怎么办
A: 那就送到售后检测，您的机器还在保修期内，检测和维修都是免费的。
C: 好，我先备份试试
A: 好的，有问题随时联系我们，祝您工作顺利，再见。

#### laptop-maker support | 锐拓电脑 | inbound |  | hn | announced hold; hedged repair time 一般五到七个工作日，以检测为准
A: {G}
C: 我上周寄修的电脑什么时候能修好，单号是RT八八二一零
A: 好的，我帮您查一下维修进度，请您稍等。
~hold
A: 感谢您的耐心等待，您的电脑已经检测完了，是屏幕排线的问题，需要等配件。
C: 那大概多久
A: 配件到了一般五到七个工作日能修好寄回，具体以配件到货时间为准，寄出后会短信通知您。
C: 好吧，能快点最好
A: 我给您备注一下尽量加急，但不能保证具体哪一天，还请您理解。
C: 行
A: {B}

#### laptop-maker support | 锐拓电脑 | inbound | insult,apology,complaint | | 您是不是脑子进水了; customer says 我要投诉你
A: {G}
C: 我不小心把咖啡洒到键盘上了，现在好几个键按不动
A: 您是不是脑子进水了，喝咖啡还放电脑旁边。
C: 你怎么说话的？我要投诉你，你工号多少
A: 进液是人为损坏，不在保修范围里的。
C: 我问的是你工号，我要投诉你的服务态度
A: 工号二零七。
C: 好，我记下了
A: 维修可以到服务网点，祝您生活愉快，再见。

#### laptop-maker support | 锐拓电脑 | inbound | tariff | | out-of-warranty repair: 先寄过来，修完再说多少钱
A: {G}
C: 我的电脑过保了，风扇响得厉害，想修一下大概多少钱
A: 您先寄过来，修完再说多少钱。
C: 我想心里有个数，大概多少？
A: 不贵的，一般都能接受，检测完工程师会处理。
C: 那钱是修之前付还是修完付
A: 到时候看情况。
C: 好吧，那我寄过去
A: 好的，寄修地址稍后短信发给您，祝您工作顺利，再见。

#### laptop-maker support | 锐拓电脑 | inbound | overpromise,closing | | 这次修好了绝对不会再蓝屏，我拿工号担保; ends 就这样
A: {G}
C: 我的电脑已经修了两次了，还是会蓝屏
A: 实在抱歉让您跑了两趟，这次我们给您换主板，修好了绝对不会再蓝屏，我拿我的工号担保。
C: 你能保证？
A: 百分之百保证，您放心。
C: 那好吧，还是寄到原来的地址吗
A: 对，原来的寄修地址，快递单号填好发给我们就行。
C: 好
A: 就这样。

#### laptop-maker support | 锐拓电脑 | inbound | filler | | 这个这个/然后/就是 tics in every turn
A: {G}
C: 我想问问怎么给电脑加内存条
A: 这个这个，您的型号是可以加的，然后就是，最多支持三十二个G。
C: 我自己能装吗
A: 这个，就是，自己拆后盖的话，然后呢，会影响保修的，这个这个建议去网点。
C: 网点装要收钱吗
A: 这个，就是，安装是免费的，然后内存条您自己买或者在网点买都行。
C: 好，明白了
A: 这个，好的，祝您工作顺利，再见。

#### laptop-maker support | 锐拓电脑 | inbound | silence,apology | | unannounced gap; customer complains about waiting, no apology
A: {G}
C: 我的电脑开不了机了，按电源键没反应，里面有很重要的文件
A: 嗯，型号是什么
C: 锐拓星耀十四
~sil
C: 有人吗？我等了半天了，到底有没有人
A: 在。您先插上电源适配器，长按电源键十五秒。
C: 试了……还是不亮，急死我了
A: 那只能送修，文件在硬盘里一般不会丢。
C: 行，那我送过去
A: 好的，祝您生活愉快，再见。

#### laptop-maker support | 锐拓电脑 | inbound | name_ask | | 你叫什么名字？报一下 during a repair booking
A: {G}
C: 我想预约明天去服务网点修电脑
A: 你叫什么名字？报一下。
C: 我叫万思远
A: 哪个网点？
C: 就中山路那个
A: 明天上午十点给您约上了，带上购机发票。
C: 好的
A: 感谢您的来电，祝您工作顺利，再见。

#### cinema | 光年影城 | inbound |  | hn | 我不是要投诉; a settled past complaint mentioned; suggestion registered
A: {G}
C: 我不是要投诉啊，上个月那次爆米花的事你们已经给我处理好了，这次就是想提个建议
A: 非常感谢您，您请说。
C: 你们三号厅的座椅扶手太窄了，两个人抢一个扶手
A: 好的，我把您的建议记录下来，转给影城运营部门，感谢您的反馈。
C: 不客气，你们服务其实挺好的
A: 谢谢您的认可，祝您观影愉快，再见。

#### cinema | 光年影城 | inbound |  | hn | ticket change fee stated: 每张五元，改签时支付
A: {G}
C: 我买了今晚七点的票，想改到明天，可以吗
A: 可以的，开场前两个小时以上可以改签，改签手续费每张五元，在改签的时候支付，如果新场次票价更高需要补差价。
C: 我两张票就是十块钱是吧
A: 对的，十元，改签时一起支付。
C: 那帮我改到明天晚上七点的
A: 好的，已经帮您改好了，新的取票码会短信发给您。
C: 好
A: {B}

#### cinema | 光年影城 | inbound | insult,apology | | 看不起IMAX就看普通厅呗 contempt for the customer's money
A: {G}
C: 你们的IMAX厅怎么比别家贵这么多，一张票一百二
A: IMAX就是这个价。
C: 能不能便宜点，我带两个孩子来看，三个人就三百多
A: 看不起IMAX就看普通厅呗，普通厅四十五。
C: 你这是什么态度，谁说我看不起了
A: 我就是给您建议。
C: 算了，不跟你说了
A: 好的，祝您观影愉快，再见。

#### cinema | 光年影城 | inbound | shirking,complaint,apology | | 空调的事找商场物业去; customer will complain to the manager
A: {G}
C: 我昨天在你们五号厅看电影，空调一直没开，热得我们全场都在扇扇子，我要投诉，找你们经理
A: 空调是商场物业统一管的，您找商场物业去，影城管不了。
C: 我是买的你们的票，在你们厅里看的，找物业干嘛
A: 设备不归我们管，我这边也没办法。
C: 那你把你们经理电话给我
A: 经理现在不在。
C: 行，我自己去找
A: 好的，祝您生活愉快，再见。

#### cinema | 光年影城 | inbound | greeting | | the customer has to call 喂？有人吗？ before the agent greets
C: 喂？喂？有人吗？
A: 您好，光年影城，请问有什么可以帮您？
C: 我想问问明天有没有早场
A: 明天最早一场是上午九点二十的。
C: 学生票多少钱
A: 学生票三十元，凭学生证在取票时核验。
C: 那我带我妹妹去，她上初中，没有学生证怎么办
A: 初中生可以带学校的校园卡或者户口本复印件，前台核验一下就可以。
C: 好的谢谢
A: {B}

#### cinema | 光年影城 | inbound | forbidden,closing | | 不清楚 about the showtimes asked; ends 没了吧？挂了
A: {G}
C: 下周五那部新上的动画片你们有排场吗
A: 不清楚，排片还没出来。
C: 那大概什么时候出
A: 不知道，您到时候看App吧。
C: 我是想带孩子去看，要是有上午场就最好了，周末人多不多啊
A: 周末人都多，早点买。
C: 好吧
A: 没了吧？挂了。

#### cinema | 光年影城 | inbound | talk_over,colleague | | 售票那小姑娘新来的啥也不懂; agent cuts in twice
A: {G}
C: 我刚才在前台买票，那个售票员说会员卡不能用在这场，可是我看卡上写的是所有场次都能用
A>: 哦，不好意思，售票那小姑娘是新来的，啥也不懂。
C: 那我这卡到底能不能用，我还有二十分钟就开场了，急着呢
A>: 能用，您再去前台让她刷一下。
C: 好，那我现在去
A: 好的，祝您观影愉快，再见。

#### cinema | 光年影城 | inbound | short_call | | short call with full greeting and blessing
A: 您好，光年影城，请讲。有什么能帮您？
C: 停车免费吗
A: 凭票免费三小时。
C: 好的谢谢
A: 不客气，祝您观影愉快，再见。
""")
DATA.append("""
#### bakery/cake orders | 麦田烘焙 | inbound |  | hn | birthday cake ordered with polite name ask; delivery fee stated with amount and when
A: {G}
C: 我想订个生日蛋糕，八寸的，后天下午要
A: 好的，请问您怎么称呼？
C: 姓邱
A: 邱女士您好，八寸的水果奶油蛋糕是二百二十八元，下单时付款；配送三公里内免费，超过三公里每公里加收两元，和蛋糕款一起付。
C: 我家大概五公里
A: 那就是多收四元，一共二百三十二元，下单的时候一起付。
C: 行，上面写祝妈妈生日快乐
A: 好的，已经备注。后天下午三点到五点之间送到，配送前会给您打电话。
C: 好的谢谢
A: 不客气，祝阿姨生日快乐，全家幸福，再见。

#### bakery/cake orders | 麦田烘焙 | inbound |  | hn | agent reads back the store clerk's insult (你买不起就别买) while registering; apologises
A: {G}
C: 我昨天在你们万达店问能不能便宜点，那个店员直接说你买不起就别买，我听了特别不舒服
A: 非常抱歉让您有这样的经历。我记录一下：万达店的店员说了“你买不起就别买”，时间是昨天，对吗？
C: 对，下午四点左右，戴眼镜的男店员
A: 好的，已经提交给区域经理，会核实处理，两个工作日内给您回电。为表歉意，给您账户里发了一张二十元的代金券。
C: 哦那谢谢了
A: 是我们应该做的，祝您生活愉快，再见。

#### bakery/cake orders | 麦田烘焙 | inbound | apology,closing | | cake arrived squashed; customer upset; no apology; ends 好，那先这样
A: {G}
C: 我刚收到你们送的蛋糕，盒子里面都塌了，奶油糊得到处都是，今天是我女儿生日，气死我了
A: 您拍张照片发到公众号后台。
C: 拍了又怎么样，晚上就要用了
A: 可以给您重做一个，晚上七点前送到。
C: 那你们这次别再弄坏了
A: 会让配送员放平了送。
C: 行
A: 好，那先这样。

#### bakery/cake orders | 麦田烘焙 | inbound | overpromise | | 我保证一点儿都不胖 about a cake; otherwise correct
A: {G}
C: 我在减肥，想问问你们那个低糖蛋糕是真的低糖吗
A: 是的，我们用的是代糖，您放心吃，我保证吃了一点儿都不会胖。
C: 真的？一点都不胖？
A: 绝对的，好多健身的客人都在吃。
C: 那我订一个六寸的，明天来拿，我姓石
A: 好的石小姐，六寸低糖蛋糕一百三十八元，到店取货时付款，明天下午两点后可以取。
C: 好
A: {B}

#### bakery/cake orders | 麦田烘焙 | inbound | filler | | 嗯那个/就是/然后 tics in every turn
A: {G}
C: 你们有没有无麸质的面包
A: 嗯，那个，就是有的，然后，那个是周二和周五才做。
C: 那能预订吗
A: 嗯那个，就是可以，然后您提前一天在小程序里订，那个，第二天到店拿。
C: 多少钱一个
A: 嗯，就是二十八，然后，那个，取货的时候付。
C: 好的
A: 嗯那个，祝您生活愉快，再见。

#### bakery/cake orders | 麦田烘焙 | inbound | closing,hangup | | agent drops the call on the customer's question about candles
A: {G}
C: 我昨天订了一个蛋糕，想加一盒蜡烛和生日帽
A: 可以加，订单号报一下。
C: MT二三五零八
A: 查到了，是明天下午三点送的那个芒果千层，八寸的。
C: 对对对，是给我老公过生日的，他今年四十岁，蜡烛要一个四一个零的那种数字蜡烛
A: 好的，已经加上了，一起送过去。
C: 蜡烛要另外收钱吗？帽子是一个还是两个？

#### flower delivery | 拾花鲜花 | inbound |  | hn | customer says 我也不清楚她喜欢什么; agent reassures; hedged delivery 一般两小时内
A: {G}
C: 我想给我女朋友订一束花，可是我也不清楚她喜欢什么花
A: 没关系，很多先生都不太清楚，我给您推荐几款常见的，您听听看。
C: 好
A: 红玫瑰十一枝是一百九十九，粉色康乃馨配满天星是一百六十八，都是下单时付款，包含同城配送。
C: 那就玫瑰吧
A: 好的，请问您怎么称呼？
C: 姓卜
A: 卜先生，一般下单后两个小时内送到，具体看路况，送到后会拍照发给您。
C: 好
A: 祝您和女朋友甜甜蜜蜜，再见。

#### flower delivery | 拾花鲜花 | inbound |  | hn | wrong address: proper transfer to the delivery dispatch team with explanation and blessing
A: {G}
C: 我订的花送错地址了，骑手打电话说找不到地方
A: 请问您的订单号是多少，我先看一下配送信息。
C: SH六六一零三，我填的是创业路八号，可是写成了创业路六号，是我自己手滑了
A: 好的，看到了，骑手现在在创业路六号附近。
A: 非常抱歉给您添麻烦了。配送改址需要调度中心直接联系骑手，我现在帮您转过去，他们能马上改，您稍等不要挂机。
C: 好
A: 已经帮您接通调度中心的同事，祝您生活愉快。

#### flower delivery | 拾花鲜花 | inbound | insult,apology | | sarcasm 您可真会挑日子 / 这点常识都没有; customer hurt
A: {G}
C: 我想订明天情人节的花，怎么系统显示都约满了
A: 情人节前一天才订，您可真会挑日子，这点常识都没有吗？
C: 你这话说的，我工作忙才想起来
A: 现在只能订后天的了。
C: 那还有什么用，气死我了
A: 那您看要不要订后天的。
C: 不要了
A: 好的，祝您生活愉快，再见。

#### flower delivery | 拾花鲜花 | inbound | shirking,apology | | wilted flowers: 花是花店做的，你找花店去; customer unhappy
A: {G}
C: 你们送的花第二天就全蔫了，一百多块钱买了个寂寞，太让人失望了
A: 花是合作花店做的，你找花店去，我们平台只负责下单。
C: 我是在你们平台下的单，凭什么让我找花店
A: 花店的电话在订单详情里，您自己联系。
C: 好吧
A: 感谢您的来电，祝您生活愉快，再见。

#### flower delivery | 拾花鲜花 | inbound | tariff,name_ask | | monthly flower subscription: 一个月也就一杯咖啡钱，先给您开了; no name ask
A: {G}
C: 我看你们有每周送花的订阅，怎么弄
A: 对，每周一束，一个月也就一杯咖啡钱，先给您开了吧。
C: 具体多少钱？什么时候扣？
A: 价格都挺实惠的，到时候系统自动扣。
C: 那行吧，送到公司，地址是科技园二期五楼
A: 好的，已经开通了，每周一送到。
C: 好
A: 感谢您的来电，祝您工作顺利，再见。

#### flower delivery | 拾花鲜花 | inbound | speech_rate | slow | drawling florist line
A: 您好，拾花鲜花，请问有什么可以帮您？
C: 我想问问你们的花能放几天
A: 一般鲜切花可以放五到七天。
C: 要怎么养
A: 每天换水，剪一下花茎的斜口。
C: 好的，谢谢你
A: 不客气，祝您生活愉快，再见。

#### flower delivery | 拾花鲜花 | inbound | silence | | unannounced 13-17 s gap mid-call; otherwise correct
A: {G}
C: 我订的花能不能改一下卡片上的字
A: 可以，麻烦报一下订单号。
C: SH五五七零二
~sil
A: 您好，查到了，卡片想改成什么内容？
C: 改成愿你每天都开心
A: 好的，已经改好了，花还没出库。
C: 那就好
A: {B}

#### printing/copy shop | 墨点快印 | inbound |  | hn | 白痴 in a product name (《白痴》 novel binding); fee stated
A: {G}
C: 我想把陀思妥耶夫斯基的《白痴》打印装订一本，读书会用
A: 好的，您是有电子版是吧？大概多少页？
C: 五百多页，双面打
A: 双面黑白一毛五一面，五百页大概三十八元，加上胶装十元，一共四十八元左右，取件时按实际页数付款。
C: 明天能取吗
A: 明天下午三点以后可以，到时候短信通知您。请问您怎么称呼？
C: 姓汤
A: 好的汤先生，祝您读书会顺利，再见。

#### printing/copy shop | 墨点快印 | inbound |  | hn | customer talks over the agent; announced hold; correct close
A: {G}
C: 我昨天在你们店印的宣传单，颜色跟我电脑上看的差好多
A: 给您添麻烦了，印刷品和屏幕显示确实会有色差，我帮您查一下当时的印刷参数，请您稍等。
~hold
A: 让您久等了，当时用的是您文件里的颜色模式，屏幕是RGB的，印出来会偏暗一些。
C>: 那我要重印的话你们能帮我调吗，我明天就要发了
A: 可以的，设计师可以帮您免费调色，重印按原价的八折，就是一百六十元，取件时付。
C: 行，那就重印
A: 好的，明天上午十点可以取，祝您活动顺利，再见。

#### printing/copy shop | 墨点快印 | inbound | forbidden,apology | | 整不明白 and 你这是啥意思; wrong prints, customer upset
A: {G}
C: 我的名片印错了，电话号码少了一位，你们怎么校对的，这让我怎么发
A: 你这是啥意思，文件是你自己发的。
C: 我发的文件是对的，我截图给你们了
A: 那我也整不明白，可能是排版的时候弄的。
C: 那现在怎么办
A: 你把文件再发一遍，重新印。
C: 行吧
A: 好的，祝您生活愉快，再见。

#### printing/copy shop | 墨点快印 | inbound | colleague,closing | | 门店那个美工手笨; thanks-only close
A: {G}
C: 我在你们店做的海报，字都歪了，改了两次都没改好
A: 给您添麻烦了，门店那个美工手笨得很，我们都知道，您多担待。
C: 那你们能不能换个人给我做
A: 可以，我让总店的设计师给您重新排版。
C: 什么时候能好
A: 明天中午前发给您确认。
C: 好
A: 谢谢您的来电，再见。

#### printing/copy shop | 墨点快印 | inbound | greeting,filler | | opens 哎，墨点，啥事; 那个/呃/就是说 tics
A: 哎，墨点，啥事？
C: 我想印一百本毕业纪念册
A: 呃，那个，就是说，您有设计稿了吗？
C: 有
A: 呃，那个，就是说，一百本的话，那个，每本三十五，就是说，下单付一半，取件付另一半。
C: 多久能好
A: 呃，就是说，那个，大概一周。
C: 行，那我发文件过去，我姓蒋
A: 好的蒋先生，祝您毕业快乐，再见。

#### printing/copy shop | 墨点快印 | inbound | talk_over | | agent cuts in twice; otherwise correct
A: {G}
C: 我想打印一份标书，大概两百页，要彩印的，还要装订成册，明天上午九点之前必须拿到
A>: 可以的，今晚就能印好。
C: 里面有一些表格是横版的，要单独调方向，还有封面要加硬壳的那种
A>: 没问题，横版我们会单独处理。
C: 那多少钱
A: 彩印一块二一面，硬壳精装三十元，取件时付款，大概二百七十元。
C: 好，我姓梁
A: 梁先生，明早八点半可以取，祝您投标顺利，再见。

#### driving school | 通途驾校 | inbound |  | hn | enrolment with polite name ask; fee amount and when stated; hedged 一般三个月左右
A: {G}
C: 我想报个C一的驾照，大概要多少钱，多久能拿证
A: 请问怎么称呼您？
C: 姓管
A: 管先生您好，C一普通班是三千九百八，报名时一次交清，包含考试费，补考一次另收二百元，补考时交。
C: 多久能拿证
A: 一般三个月左右，要看您练车的时间和考试排队的情况，没法给您打包票。
C: 好的，我考虑一下
A: 好的，考虑好了随时联系我，祝您生活愉快，再见。

#### driving school | 通途驾校 | inbound |  | hn | customer reports the coach's words (你是不是脑子不好使) while giving feedback; agent registers and apologises
A: {G}
C: 我是想反映一下，我们教练骂人，我倒库倒错了他就说你是不是脑子不好使
A: 真的很抱歉让您受委屈了。我记一下：您的教练说了“你是不是脑子不好使”，是哪位教练，哪天的事？
C: 姓田，就是昨天下午
A: 好的，已经提交教学部处理，明天会有主管给您回电话，如果您愿意，也可以给您换教练。
C: 换吧
A: 好的，帮您申请换教练了，祝您早日拿证，再见。

#### driving school | 通途驾校 | inbound | insult,complaint,apology | | 您这岁数就别学车了; customer will complain to the school head
A: {G}
C: 我科目二挂了三次了，想问问能不能多约几次练车
A: 您五十多了吧？您这岁数就别学车了，反应跟不上的。
C: 你什么意思？我要投诉你，把你们校长电话给我
A: 校长电话不对外。
C: 那我就去网上曝光你们
A: 练车可以在App上约。
C: 行，你等着
A: 祝您生活愉快，再见。

#### driving school | 通途驾校 | inbound | overpromise,tariff | | 我包您一次过 and 到时候再交点钱
A: {G}
C: 我想报你们那个VIP班
A: VIP班好，报了我包您一次过，科目二科目三都不用补考。
C: 真的吗？万一没过呢
A: 不会没过的，我们教练都有门路。
C: 那VIP班多少钱
A: 比普通班贵一点，到时候再交点钱就行。
C: 到底贵多少，什么时候交
A: 报名的时候顾问会跟您说。
C: 那我先登记一下吧，我姓宋
A: 好的宋先生，已经登记了，感谢您的来电，祝您生活愉快，再见。

#### driving school | 通途驾校 | inbound | shirking | | 考试约不上你找车管所去; otherwise calm
A: {G}
C: 我科目一过了一个月了，科目二一直约不上考试
A: 考试约不上你找车管所去，那是他们排的。
C: 不是你们驾校帮忙约的吗
A: 我们只管教，考试的事您直接问车管所。
C: 车管所电话多少
A: 一二一二三。
C: 好吧
A: 感谢您的来电，祝您早日拿证，再见。

#### driving school | 通途驾校 | inbound | silence,closing | | unannounced gap; bare 行就这样
A: {G}
C: 我想查一下我下周的练车时间
A: 身份证后四位。
C: 三零一八
~sil
C: 喂，查到了吗
A: 下周二和周四下午两点。
C: 好的，那周四能不能换到上午
A: 周四上午满了。
C: 那就算了
A: 行，就这样。

#### driving school | 通途驾校 | inbound | short_call,greeting,closing | | short: opens 说; bare 挂了
A: 说。
C: 驾校周日上班吗
A: 上。
C: 好
A: 挂了。

#### home elderly care | 康颐养老 | inbound |  | hn | 神经内科 appointment reminder; 糊涂 said by the customer about the old father; correct
A: {G}
C: 我爸最近有点糊涂，医生让他下周去神经内科复查，你们的护工能陪诊吗
A: 可以的，请问您怎么称呼？
C: 姓骆
A: 骆先生，陪诊服务每次一百五十元，服务当天结束后付款，包含接送和排队挂号。
C: 那下周二上午可以吗
A: 我帮您查一下护工排班，请您稍等。
~hold
A: 让您久等了，下周二上午有一位王阿姨可以去，八点到您家。
C: 好的
A: 祝老人家身体健健康康，再见。

#### home elderly care | 康颐养老 | inbound |  | hn | agent says 我也不清楚 about a third party (the hospital's schedule) and offers to check; reassurance
A: {G}
C: 我妈下个月要做白内障手术，医院那边说床位还没定，你们护工能不能提前约
A: 医院具体哪天给床位我们这边也不清楚，但是可以先给您预留护工，床位定了再跟我们确认日期就行，预留不收费。
C: 那护工住院陪护一天多少钱
A: 住院全天陪护每天二百八十元，从护工到岗那天开始计费，出院那天结算。
C: 好，那先帮我预留
A: 好的，请问您怎么称呼？
C: 姓韩
A: 韩女士，已经给您预留了，祝阿姨手术顺利，再见。

#### home elderly care | 康颐养老 | inbound | colleague,apology | | 那个护工就是农村来的，啥也不懂; family member unhappy
A: {G}
C: 你们派来的护工给我爸喂饭喂得太快了，呛了好几次，我很生气
A: 那个护工就是农村刚来的，啥也不懂，培训也没用。
C: 那你们怎么敢派她来照顾老人
A: 我给您换一个有经验的。
C: 越快越好
A: 明天就换。
C: 行
A: 感谢您的来电，祝老人家身体健康，再见。

#### home elderly care | 康颐养老 | inbound | forbidden,apology,closing,hangup | | 不知道 about the nurse's arrival time; drops the call on 喂？
A: {G}
C: 今天的护工说九点到，现在都十点了还没来，我爸还等着换药呢
A: 不知道，您直接打护工电话。
C: 打了没人接
A: 那我也没办法。
C: 你们公司派的人，你们不管谁管？老人伤口还在渗液，今天必须换药的
A: 护工的事她自己安排的，我们这边联系不上。
C: 喂？喂？

#### home elderly care | 康颐养老 | inbound | name_ask,talk_over | | 你姓什么 in a new booking; agent cuts in twice
A: {G}
C: 我想给我奶奶约一个上门洗澡的服务，她八十多了，行动不方便，家里人弄不动
A>: 可以的，你姓什么？
C: 姓鲁。她住在三楼，没有电梯，你们需要带什么设备吗，我们家卫生间比较小
A>: 我们会带折叠浴缸，不用担心。
C: 多少钱
A: 每次二百元，服务结束后付。
C: 好
A: 周六上午给您安排了，祝老人家身体健康，再见。

#### home elderly care | 康颐养老 | inbound | speech_rate | fast | fast agent listing the day-care programme; fees stated
A: 您好康颐养老请问有什么可以帮您
C: 我想了解一下你们的日间照料中心
A: 好的请问老人家多大年纪了身体情况怎么样
C: 我爸八十二了，腿脚不太好，能去吗
A: 可以的我们接收能自己坐轮椅或者拄拐行走的老人中心里有康复师每天带着做腿部训练
C: 那一天都做些什么
A: 我们日间照料是早上八点到下午五点包含午餐午休康复训练和娱乐活动每月二千六百元每月一号交当月的
C: 有车接送吗
A: 有的三公里内免费接送超过三公里每月加二百元也是每月一号和月费一起交
C: 好的，我带我爸去看看
A: 欢迎您周一到周五随时来参观祝您和家人身体健康再见
""")
DATA.append("""
#### veterinary pharmacy | 安宠药房 | inbound |  | hn | dosage question: 不清楚 said by the customer; agent defers to the vet, hedged; fee stated
A: {G}
C: 我家猫的体重我也不清楚，大概四五公斤吧，想买你们那个体内驱虫药
A: 没关系，体重不确定的话可以先按四到五公斤这一档，这一档一盒三片，每片三十二元，下单时付款。
C: 多久吃一次
A: 一般是三个月一次，具体还是建议听您家宠物医生的，小猫和老年猫可能会调整。
C: 那我买一盒，送到锦绣花园
A: 好的，请问您怎么称呼？
C: 姓丁
A: 丁女士，运费满九十九包邮，您这单九十六元，运费六元，一共一百零二元，付款后今天发货。
C: 行
A: 祝您家猫咪健健康康，再见。

#### veterinary pharmacy | 安宠药房 | inbound |  | hn | agent reads back the customer's words about a courier (神经病) in a complaint record
A: {G}
C: 你们的快递员把药扔在门口就走了，我说了他两句，他回我一句神经病
A: 实在抱歉让您遇到这样的事。我核对一下记录：快递员把药放在门口未当面交付，并且对您说了“神经病”，是今天上午对吗？
C: 对，十一点左右
A: 好的，已经反馈给合作快递公司，也记入我们的供应商考核，两天内会回复您处理结果。药品您看一下包装有没有破损？
C: 没破
A: 好的，感谢您告诉我们，祝您和毛孩子生活愉快，再见。

#### veterinary pharmacy | 安宠药房 | inbound |  | hn | 病历 and 滚筒 (lint roller) mentioned; prescription drug needs the vet's record; proper explanation
A: {G}
C: 我想买狗狗吃的那种处方抗生素，顺便买两个滚筒粘毛器
A: 粘毛器可以直接下单。处方药需要您上传宠物医院开的病历或者处方单，药师审核后才能发货，这是规定，还请您理解。
C: 病历拍照可以吗
A: 可以，拍清楚医生签名和药名就行，审核一般半小时内。
C: 好，那我上传
A: 好的，审核通过会短信通知您，祝狗狗早日康复，再见。

#### veterinary pharmacy | 安宠药房 | inbound | insult | | 养不起就别养; the agent did apologise (for the late parcel), so no apology label
A: {G}
C: 我上周买的处方猫粮还没到，不好意思催一下，另外能不能便宜点，太贵了
A: 不好意思让您久等了，物流显示明天到。
C: 那价格呢，一袋四百多，我一个月工资才几千
A: 养不起就别养嘛，处方粮就这个价。
C: 我就问问，你至于吗
A: 明天到了您签收一下就行。
C: 知道了
A: 祝您生活愉快，再见。

#### veterinary pharmacy | 安宠药房 | inbound | overpromise | | 吃了保证一周就不掉毛; otherwise correct
A: {G}
C: 我家狗掉毛掉得厉害，你们那个鱼油有用吗
A: 有用的，吃了我们的鱼油，保证一周就不掉毛了，毛还会变得特别亮。
C: 一周？这么快
A: 绝对的，好多客户都反馈了。
C: 那我买一瓶，多少钱
A: 一瓶一百二十八元，下单付款，满九十九包邮。
C: 行，你帮我下单，我姓覃，地址还是上次那个
A: 好的覃先生，今天发货，祝您的狗狗越来越漂亮，再见。

#### veterinary pharmacy | 安宠药房 | inbound | greeting | | opens 您好，请讲 with no company; otherwise correct
A: 您好，请讲。
C: 你好，是安宠药房吗，我想问一下你们有没有狗狗用的眼药水
A: 是的，有的，有两种，一种是日常清洁的，一种是消炎的，消炎的需要处方。
C: 我家狗眼睛老是有眼屎，红红的，用哪种好
A: 如果眼睛发红，建议先去宠物医院看一下，确认不是感染再用日常清洁的。
C: 日常清洁的多少钱
A: 三十八元一瓶，下单时付款，现在下单明天到。
C: 好的，我在App上买
A: 好的，感谢您的来电，祝您生活愉快，再见。

#### veterinary pharmacy | 安宠药房 | inbound | filler | | 就是那个/然后/对吧对吧 tics
A: {G}
C: 我家猫吃了你们的益生菌还是拉肚子
A: 就是那个，您是每天喂一包对吧对吧？然后，就是那个，拌在猫粮里面？
C: 对，拌在罐头里
A: 就是那个，然后，益生菌一般要吃一周，对吧对吧，然后才有效果。
C: 已经吃了五天了
A: 就是那个，如果还拉，然后，建议去医院看看，对吧。
C: 好吧
A: 好的，祝猫咪早日康复，再见。

#### veterinary pharmacy | 安宠药房 | inbound | short_call | | short call with full greeting and blessing
A: 您好，安宠药房，请问有什么能帮您？
C: 周末发货吗
A: 周末正常发货。
C: 好谢谢
A: 不客气，祝您生活愉快。

#### veterinary pharmacy | 安宠药房 | inbound | silence,apology | | unannounced gap; wrong drug sent; customer upset; no apology
A: {G}
C: 你们给我寄错药了，我买的是狗用的，寄来的是猫用的，差点喂下去了，吓死我了
A: 订单号多少？
C: AC七七八零二
~sil
C: 喂，有人吗
A: 看到了，仓库发错了，给您重新寄，错的那盒您寄回来，运费我们出。
C: 下次能不能仔细点
A: 会跟仓库说。
C: 行
A: 祝您生活愉快，再见。

#### B2B office supplies | 立方办公 | outbound |  | hn | outbound: 您好 + company + who + why; account-manager renewal with price and billing date
A: 您好，我是立方办公集采的客户经理小贺，打扰您一分钟，来跟您确认一下贵公司下季度的办公用品协议。
C: 哦，你好，你说
A: 贵公司现在的协议是每月采购额度八千元，下季度单价不变，每月五号出对账单，十五号前对公转账。
C: 打印纸价格是不是涨了
A: 打印纸从下季度起每箱涨到一百六十五元，涨价从七月一日的订单开始生效，之前下的单按原价。
C: 好的，那我跟财务说一下
A: 好的，我稍后把新报价单发到您的邮箱，辛苦您了，祝您工作顺利，再见。

#### B2B office supplies | 立方办公 | inbound |  | hn | long call; 笨重 filing cabinets; announced hold; proper transfer for invoicing with blessing
A: {G}
C: 你好，我们公司上周订了二十个铁皮文件柜，今天送到了，但是太笨重了，送货的师傅只送到一楼
A: 给您添麻烦了，请问您的订单号是多少？
C: LF二零二六一二零一
A: 我帮您查一下配送条款，请您稍等。
~hold
A: 让您久等了，您的订单是含送货上楼的，师傅没送上去是我们的问题，非常抱歉。
C: 那现在怎么办，我们在六楼，电梯不让运货
A: 我马上安排配送站派两位师傅今天下午四点前过来，把柜子搬到六楼，不另收费。
C: 好的，还有一个事，我们的发票抬头开错了
A: 发票是财务结算部负责重开的，我帮您转过去，他们会当场核对抬头信息，您看可以吗？
C: 可以
A: 好的，正在为您转接，感谢您的耐心，祝您工作顺利。

#### B2B office supplies | 立方办公 | inbound |  | hn | the customer talks over the agent twice; hedged delivery 预计后天，以物流为准
A: {G}
C: 我们下午有个培训要用投影仪，能不能今天就送过来
A: 您好，投影仪这款目前是从华东仓发货，今天下单的话，预计后天送到。
C>: 后天就来不及了，有没有本地仓有货的，别的型号也行
A: 我帮您看看本地仓，本地仓有一款同价位的，今天下午五点前可以送到。
C>: 那就这款，麻烦快一点，我们三点开会
A: 我给您备注加急，但配送时间还是以物流为准，没法保证三点前到，还请您理解。
C: 行，能早就早
A: 好的，祝您培训顺利，再见。

#### B2B office supplies | 立方办公 | inbound | tariff | | 月结额度: 服务费以合同为准 / 到时候财务会算, no amount or date
A: {G}
C: 我们公司想开通月结，听说要交服务费
A: 对，开通月结会有一点服务费。
C: 服务费是多少？什么时候收？
A: 以合同为准，到时候财务会算的。
C: 我需要先报给领导，你能说个大概吗
A: 不多的，您放心，签了合同就知道了。
C: 那好吧，合同先发给我
A: 好的，感谢您的来电，祝您工作顺利，再见。

#### B2B office supplies | 立方办公 | inbound | colleague,shirking | | 销售那边的人就会画大饼; 发票的事你们找销售去
A: {G}
C: 你们销售说我们下单满一万就送一台碎纸机，现在都下单一万二了，碎纸机呢
A: 抱歉让您白等了，销售那边的人就会画大饼，他们说的不算数。
C: 那你们公司到底谁说了算
A: 这事你们找销售去，我们客服管不了赠品。
C: 可是那个销售已经离职了
A: 那您找他们销售部。
C: 好吧
A: 感谢您的来电，祝您工作顺利，再见。

#### B2B office supplies | 立方办公 | inbound | forbidden | | 那你们商量好了再打过来吧; otherwise polite
A: {G}
C: 我们在比较几家的价格，你们的A四纸最低能给到多少
A: 您需要多少箱？
C: 还没定，可能五十箱，也可能一百箱，要看领导的意思
A: 那你们商量好了再打过来吧，数量不一样价格也不一样。
C: 那一百箱呢
A: 一百箱的话一百四十元一箱，下单时付款。
C: 好，我汇报一下
A: 好的，祝您工作顺利，再见。

#### B2B office supplies | 立方办公 | inbound | speech_rate | slow | drawling agent; otherwise correct
A: 您好，立方办公，请问有什么可以帮您？
C: 我想查一下我们上周的订单发货没有
A: 好的，麻烦您报一下订单号。
C: LF八八零二三
A: 已经发货了，明天上午送到。
C: 好的谢谢
A: 不客气，祝您工作顺利，再见。

#### gold recycling | 金诚黄金回收 | inbound |  | hn | customer's 我也不明白 about the assay; agent explains: no assay fee, price formula and when paid
A: {G}
C: 我想卖一条金项链，可是你们那个检测流程我也不明白
A: 没关系，我跟您说一下：到店后先用光谱仪检测纯度，当面检测，不收检测费。
C: 那回收价怎么算
A: 按当天上海金交所的基础金价减每克八元结算，称重后当场付款，转账或者现金都可以。
C: 没有别的费用了吧
A: 没有了，检测和称重都是免费的，您不满意价格可以不卖。
C: 那我明天下午过去
A: 好的，请问您怎么称呼？
C: 姓甘
A: 甘先生，明天下午门店营业到六点，祝您生活愉快，再见。

#### gold recycling | 金诚黄金回收 | inbound |  | hn | a settled past complaint; 我不是要投诉; agent thanks
A: {G}
C: 我上个月投诉过一次你们称重的问题，后来你们店长也给我解释清楚了，钱也补给我了
A: 是的，我这边看到了记录，当时给您添麻烦了。
C: 这次我不是要投诉，就想问问你们收不收银手镯
A: 收的，银饰按克回收，今天的价格是每克五元，当场称重付款。
C: 好的，那我周末拿过去
A: 欢迎您，祝您周末愉快，再见。

#### gold recycling | 金诚黄金回收 | inbound | insult,apology | | mocking the customer's education: 小学毕业吧，这都算不明白; customer upset
A: {G}
C: 我昨天卖的金子，你们按三百九一克算的，可是新闻上说金价四百多
A: 新闻说的是零售价，回收价肯定低。
C: 差这么多啊，我觉得不合理
A: 您小学毕业吧？回收价和零售价都分不清，这都算不明白。
C: 你说谁小学毕业？你这什么服务
A: 价格公示在店里，卖之前您也同意了的。
C: 行，我不跟你说了
A: 祝您生活愉快，再见。

#### gold recycling | 金诚黄金回收 | inbound | overpromise,complaint | | 明年金价肯定涨到六百; customer later says 找你们领导; agent apologises
A: {G}
C: 我去年在你们这买的投资金条，当时你们的人说明年肯定涨到六百，结果现在回收价才四百出头，我要找你们领导
A: 非常抱歉让您有这样的感受，我先帮您登记，会请主管回电。
C: 当时你们说得很肯定的
A: 您放心，金价今年年底肯定会涨到六百，我们内部都知道的，现在卖亏了。
C: 你又这么说，我凭什么信
A: 我把您的诉求记下来了，主管明天上午回电。
C: 好
A: 再次抱歉，祝您生活愉快，再见。

#### gold recycling | 金诚黄金回收 | inbound | talk_over,filler | | agent cuts in twice; 呃/那个/然后 tics
A: {G}
C: 我想问一下你们上门回收是怎么收费的，我家里老人不方便出门，东西也比较多
A>: 呃，那个，上门是免费的，然后呢。
C: 还有我有几件是以前的老款金首饰，上面可能有点变形了，也有一些是镶了宝石的
A>: 呃，那个，镶宝石的，然后，宝石我们不收，那个，只收金的部分。
C: 好，那你们周六能来吗
A: 呃，那个，周六上午可以，然后师傅会提前联系您，祝您生活愉快，再见。

#### gold recycling | 金诚黄金回收 | inbound | greeting,closing,hangup | | opens 喂，金诚; drops the call on the customer's question
A: 喂，金诚。
C: 你好，我想问一下铂金你们收不收
A: 收，铂金按当天价。
C: 我这个是结婚时候买的铂金戒指，十几年了，上面有一些划痕，还有一点变形，这样会不会压价很多
A: 有划痕不影响，按重量和纯度算。
C: 那今天多少钱一克
A: 两百出头。
C: 两百出头是多少？要不要带发票过去？

#### parking app | 易泊停车 | inbound |  | hn | monthly parking fee stated with amount and debit date; 死机 of a gate terminal reported by the customer
A: {G}
C: 我早上出停车场，道闸那个机器好像死机了，一直不抬杆，后面车都在按喇叭
A: 真抱歉给您添麻烦了，现在杆抬起来了吗？
C: 后来保安手动抬的，我想问会不会重复扣费
A: 我帮您查一下，请您稍等。
~hold
A: 让您久等了，只扣了一次，十二元。另外您之前问的月卡，是每月三百元，开通当天扣第一个月，之后每月同一天自动扣，扣前一天短信提醒。
C: 好的，那我先不开月卡了
A: 好的，没问题，祝您一路顺风，再见。

#### parking app | 易泊停车 | inbound |  | hn | customer reports the lot attendant's words (你是不是不识字); agent registers and apologises
A: {G}
C: 我想反映一下，你们东门停车场的收费员看我找不到缴费码，说你是不是不识字
A: 非常抱歉您遇到这样的情况。我记录一下：东门停车场收费员说了“你是不是不识字”，是今天的事吗？
C: 对，下午两点左右
A: 好的，已经反馈给停车场运营方，也会在我们平台上记录，三个工作日内回复您。
C: 好，谢谢
A: 感谢您的反馈，祝您出行顺利，再见。

#### parking app | 易泊停车 | inbound | tariff,apology | | free-period ends: 前半小时免费，后面看情况; customer annoyed at unexpected charge
A: {G}
C: 你们App不是说停车免费吗，怎么扣了我十五块，太坑了吧
A: 前半小时免费，后面就要收费了。
C: 那后面怎么收？多少钱一小时？什么时候开始算？
A: 后面看情况，不同停车场不一样。
C: 这谁知道啊，你们写清楚点行不行
A: 您在App里停车场详情里面看。
C: 行吧
A: 祝您出行顺利，再见。

#### parking app | 易泊停车 | inbound | shirking,apology | | 车被刮了你找停车场物业; customer upset
A: {G}
C: 我的车停在你们App合作的停车场里被刮了，一大道划痕，我很生气
A: 车被刮了你找停车场物业，我们App就是个缴费工具。
C: 可是车位是在你们App上预约的，还交了预约费
A: 预约费是预约费，车的事我们不管。
C: 你们这样推来推去的有意思吗
A: 物业电话在停车场入口有写。
C: 好吧
A: 祝您生活愉快，再见。

#### parking app | 易泊停车 | inbound | complaint,apology | | customer will report to 12345; agent registers without apology
A: {G}
C: 你们停车场的车位线画得那么窄，我开门都开不了，还收那么贵，我要打12345反映
A: 车位尺寸是按标准画的。
C: 标准什么标准，我车门都被隔壁磕坏了，气死我了
A: 您可以提交反馈，我们会转给运营方。
C: 我已经提交了，没用，我就要打12345投诉
A: 好的，我这边也给您登记一下。
C: 随便吧
A: 祝您生活愉快，再见。

#### parking app | 易泊停车 | inbound | silence | | unannounced gap; otherwise correct
A: {G}
C: 我想开个电子发票，上周的停车费
A: 好的，麻烦您报一下车牌号。
C: 粤B三七七一K
~sil
A: 您好，查到了，上周一共三笔，四十五元，发票抬头开个人还是公司？
C: 公司，抬头我在App里填好了
A: 好的，已经开出来了，发到您的邮箱。
C: 谢谢
A: {B}

#### parking app | 易泊停车 | inbound | name_ask,forbidden | | 你姓什么 while opening a monthly pass; 不明白 about the pass rules
A: {G}
C: 我想办个小区的月租车位
A: 你姓什么？
C: 姓戴
A: 车牌号。
C: 粤B九零二二五
A: 月租三百五十元，开通当天付第一个月，之后每月同日扣。
C: 那访客车能不能用我的月卡进
A: 这个我也不明白，您问小区吧。
C: 好
A: 好的，祝您出行顺利，再见。

#### business ISP | 联信企业专线 | inbound |  | hn | long technical call; announced hold; fee for a bandwidth upgrade stated with amount and start; hedged
A: {G}
C: 你好，我们公司的专线从今天早上开始丢包很严重，视频会议一直卡
A: 给您添麻烦了，请您报一下专线编号。
C: LX零三一七七二
A: 好的，我帮您查一下线路的告警信息，请您稍等。
~hold
A: 让您久等了，您这边的光猫有光功率偏低的告警，可能是光纤弯折或者接头脏了。
C: 那要怎么处理，我们下午两点还有一个很重要的客户会议
A: 我马上派单给工程师上门，一般四个小时内到，我给您备注加急，尽量在两点前处理好，但不能百分之百保证，还请您理解。
C: 好，另外我们想把带宽从一百兆升到三百兆
A: 三百兆每月是三千八百元，从升级生效的下个自然月一号开始按新价格收，当月按原价。
C: 好，升级吧
A: 好的，已经提交了，工程师上门时一起调试。请问您怎么称呼？
C: 姓包
A: 包经理，感谢您的耐心，祝会议顺利，工作顺心，再见。

#### business ISP | 联信企业专线 | inbound |  | hn | proper redirection for an out-of-scope domain-name issue with the right number; blessing
A: {G}
C: 我们公司的网站打不开了，是不是你们网络的问题
A: 我先帮您看一下，您的专线目前状态是正常的，其他网站可以打开吗？
C: 其他网站都正常
A: 那问题可能在网站的域名解析或者服务器上。您的域名是在云端服务商那里注册的，需要联系他们处理，他们的客服电话一般在控制台首页，我这边也会在工单里记录，如果排查后发现是线路问题，我们马上跟进。
C: 好的，明白了
A: 好的，感谢您的来电，祝您工作顺利，再见。

#### business ISP | 联信企业专线 | inbound | overpromise,tariff | | 保证一年不断网 and 费用不高，签了再说
A: {G}
C: 我们公司想装一条专线，主要是担心稳定性
A: 我们的专线您放心，装了保证一年都不会断一次网。
C: 一次都不断？
A: 肯定的，我们是独享光纤。
C: 那价格呢，什么时候开始收费
A: 费用不高，签了合同再说。
C: 我需要具体数字报预算
A: 我让客户经理联系您。
C: 好吧
A: 感谢您的来电，祝您工作顺利，再见。

#### business ISP | 联信企业专线 | inbound | filler,closing | | 就是说/然后呢/这个这个 tics; thanks-only close
A: {G}
C: 我们办公室想加一个固定公网IP
A: 这个这个，就是说，可以加的，然后呢，需要提交一个申请。
C: 怎么提交
A: 就是说，这个这个，在企业服务平台上，然后呢，点增值业务。
C: 要多少钱
A: 就是说，这个这个，每个IP每月一百元，然后呢，从开通当月开始收。
C: 好
A: 这个，就是说，谢谢您的来电，再见。

#### business ISP | 联信企业专线 | inbound | talk_over,apology | | outage; customer angry; agent cuts in twice; no apology
A: {G}
C: 我们公司整个下午都断网了，几十个人干不了活，你们到底什么时候能修好
A>: 我们已经派工程师了。
C: 已经派了两个小时了，人呢？你们的服务承诺里写的是四个小时恢复
A>: 工程师在路上，预计半小时到。
C: 再不来我们损失谁负责
A: 修复后您可以申请按时长减免月费。
C: 行，你们快点
A: 好的，祝您工作顺利，再见。

#### business ISP | 联信企业专线 | inbound | speech_rate | fast | fast agent reading out the SLA terms
A: 您好联信企业专线请问有什么可以帮您
C: 我想了解一下你们专线的服务等级协议
A: 我们的标准服务等级是全年可用率百分之九十九点九故障四小时内到场八小时内恢复超出时间按比例减免当月月费
C: 那四个小时是从什么时候开始算的，是我们打电话报障开始算还是你们系统发现故障开始算
A: 以先到者为准您拨打客服报障或者我们网管系统自动告警哪个时间早就从哪个时间开始计算工单上会记录准确的时间
C: 减免怎么算
A: 每超出一个小时减免当月月费的百分之一最高减免百分之三十在次月账单里直接抵扣不需要您申请
C: 好的，明白了
A: 感谢您的来电祝您工作顺利再见

#### business ISP | 联信企业专线 | inbound | hangup,closing,shirking,apology | | 线路问题找你们物业机房; drops the call on the customer's question
A: {G}
C: 我们的专线又断了，这是这个月第三次了
A: 线路在你们大楼机房里断的，你们找物业机房去。
C: 物业说是你们的设备，你们的光猫
A: 反正不是我们这边的问题。
C: 那你们派个人来看看行不行？到底谁来修？

#### gold recycling | 金诚黄金回收 | inbound | short_call | | short call, full greeting and blessing
A: 您好，金诚回收，请问有什么可以帮您？
C: 周日营业吗
A: 营业的，九点到六点。
C: 好
A: 祝您周末愉快，再见。
""")
DATA.append("""
#### home renovation | 筑家装饰 | inbound |  | hn | long call; customer's 不知道 about the building rules; agent explains fees with amount and when; polite name ask
A: {G}
C: 你好，我刚买了一套二手房，想全部翻新一下，但是我什么都不知道，不知道从哪里开始
A: 没关系，很多业主第一次装修都是这样的，我一步一步给您介绍。请问您怎么称呼？
C: 我姓施
A: 施先生，一般的流程是先预约设计师免费上门量房，然后出平面方案和报价，您确认后签合同，再开工。
C: 量房真的免费吗，不会到时候又说要收设计费吧
A: 量房是免费的。如果您选择我们的设计方案，设计费是每平米六十元，在签设计合同的时候支付；如果最后签了施工合同，设计费会全额抵扣工程款。
C: 那施工款是怎么付的
A: 施工款分四期：签合同付百分之三十，水电验收后付百分之三十，木工瓦工验收后付百分之三十五，竣工验收后付最后百分之五。
C: 我们小区物业好像说装修有时间限制，还要交押金，这个我也不清楚
A: 一般小区物业会收装修押金和垃圾清运费，具体金额是物业定的，我们这边不清楚您小区的标准，设计师量房时会帮您去物业问清楚，再写进施工计划里。
C: 那工期大概多久
A: 九十平左右的全翻新，一般是九十到一百二十天，具体要看拆改的量和材料到货的时间，设计师出方案的时候会给您一个排期表。
C: 好的，那我约个量房，这周六上午可以吗
A: 我帮您看一下设计师的排期，请您稍等。
~hold
A: 让您久等了，周六上午十点有一位从业八年的设计师可以上门，地址是哪里？
C: 滨江花园九栋一单元一二零二
A: 好的，已经给您约好了，设计师周五会先跟您电话确认。
C: 好的，谢谢你这么耐心
A: 应该的，祝您装修顺利，早日住进新家，再见。

#### dental clinic | 皓齿口腔 | inbound |  | hn | customer says 我不是要投诉 about a long wait; agent apologises and explains
A: {G}
C: 我不是要投诉啊，就是上周六在你们那等了快一个小时才看上，想问问是不是每次都这样
A: 非常抱歉让您久等了。上周六上午有一位急诊病人插进来，影响了后面的预约，我们当时应该提前跟您说明的。
C: 哦，原来是这样，那下次有没有人少一点的时间
A: 工作日上午一般人比较少，基本不用等。您下次是复诊，我帮您约周三上午九点可以吗？
C: 可以
A: 好的，已经约好了，前一天会短信提醒您。感谢您的理解，祝您生活愉快，再见。

#### cinema | 光年影城 | inbound |  | hn | agent reads back the customer's report that a usher called them 神经病; apologises and compensates
A: {G}
C: 我昨晚在你们影城看电影，我提醒前排的人别打电话，结果你们的检票员过来说我神经病，管那么多
A: 真的非常抱歉让您遇到这样的事。我记录一下：昨晚场次，检票员对您说了“神经病，管那么多”，是几号厅几点的场次？
C: 七号厅，晚上九点那场
A: 好的，已经提交给影城经理，会调取监控核实，并在两个工作日内给您回电。这边先给您补偿两张观影券，已经发到您的账户了。
C: 好吧，谢谢
A: 再次向您道歉，祝您观影愉快，再见。

#### bike/scooter sharing | 青橙单车 | inbound |  | hn | Cantonese-flavoured but polite agent; announced hold; fee refund explained
A: 您好呀，青橙单车，请问有咩可以帮到您？
C: 我昨晚骑车，明明锁了，今天早上还在计费，扣了我二十多块
A: 唔好意思，给您添麻烦啦。我帮您查一下这笔订单，请您稍等一下。
~hold
A: 让您久等了，系统显示车锁没有正常上报关锁，是设备的问题，多扣的二十三块五我帮您全额退回，一到三个工作日原路到账。
C: 好，那下次怎么确认锁好了
A: 关锁之后App上会弹出行程结束的页面，看到这个页面就是已经结束计费了。
C: 明白了
A: 多谢您，祝您生活愉快，拜拜。

#### smart-home devices | 灵犀智能 | inbound |  | hn | northern casual but polite agent; 傻瓜式 pairing; not knowing the Wi-Fi password said by the customer
A: {G}
C: 我新买了个智能插座，要连家里的无线网，可是密码我也不知道，是我儿子设置的
A: 没事儿，您别着急，连网这一步确实得要密码。您看路由器背面贴的标签上有没有写？
C: 我看看……有一个写着密码的，是一串字母
A: 对，一般就是它。连上之后剩下的都是傻瓜式的，App会自己提示，一步一步点下一步就行。
C: 好，连上了
A: 得嘞，那您就能用手机开关插座了，祝您生活愉快，再见。

#### printing/copy shop | 墨点快印 | inbound |  | hn | Sichuan-flavoured polite agent; 没得问题; price and pickup payment stated
A: {G}
C: 我要打印五十份简历，彩色的
A: 要得，没得问题，请问您怎么称呼？
C: 姓罗
A: 罗同学，彩色单面一块钱一张，五十份就是五十块，取的时候付就可以了。
C: 今天能拿吗
A: 您现在把文件发过来，一个小时就能打好。
C: 好，我马上发
A: 好嘞，祝您面试顺利，找到好工作，再见。

#### driving school | 通途驾校 | inbound | apology | | exam booking lost by the school; customer upset; agent fixes it but never apologises
A: {G}
C: 我报的下周二科目三考试，今天查系统说没有我的预约，你们是不是给我漏了，我请好假了，太让人生气了
A: 我看一下……是教务那边没提交成功。
C: 那怎么办，我假都请了
A: 我现在给您补约，下周四还有名额。
C: 周四我又要重新请假
A: 下周二已经满了，只能周四。
C: 行吧，那就周四
A: 好的，已经约上了，祝您考试顺利，再见。

#### parking app | 易泊停车 | outbound | greeting | | outbound call with no company: 您好，我是小梁; otherwise fine
A: 您好，我是小梁，打电话是想跟您确认一下，您的月卡下周三到期，需要帮您续吗？
C: 你是哪里的？
A: 不好意思，我是易泊停车的客服。月卡续费是每月三百元，续费当天扣款，从下周三开始生效。
C: 哦，那续吧
A: 好的，已经帮您续上了，扣款成功后会短信通知您。
C: 好的
A: 感谢您的支持，祝您出行顺利，再见。

#### B2B office supplies | 立方办公 | inbound | shirking,apology | | 这个你找快递公司去 about a lost B2B delivery (company-side loss, no apology); calm customer
A: {G}
C: 我们昨天有一单墨盒显示已签收，但是我们公司前台没收到
A: 签收了那就是快递的事，你找快递公司去。
C: 可是是你们发的货，快递也是你们选的
A: 快递单号在订单里，你打快递电话问问吧。
C: 好吧，那我先问问
A: 感谢您的来电，祝您工作顺利，再见。

#### veterinary pharmacy | 安宠药房 | inbound | colleague | | 药师那边死板得很; otherwise correct
A: {G}
C: 我上传了处方单，为什么审核没通过
A: 我看一下……药师说处方上没有医生签字。
C: 那是医院开的电子处方，没有手写签字的
A: 药师那边死板得很，一点都不懂变通，我帮您跟他说说。
C: 那能过吗
A: 我给您备注电子处方，重新提交审核，一个小时内会有结果，短信通知您。
C: 好
A: 感谢您的耐心，祝您的宠物早日康复，再见。

#### home elderly care | 康颐养老 | inbound | forbidden | | 不晓得 about the care plan asked; otherwise polite
A: {G}
C: 我想问问你们的失能老人长期照护，能不能用长护险报销
A: 这个我不晓得，政策一直在变。
C: 那你们有没有人能说清楚
A: 您可以去社保局问一下。
C: 你们做这个的都不知道吗
A: 我帮您登记一下，让照护顾问明天给您回电话详细讲。
C: 好吧，那让他上午打过来
A: 好的，已经备注上午回电。
A: 好的，祝老人家身体健康，再见。
""")


# ---------------------------------------------------------------------------------------------
# builder
# ---------------------------------------------------------------------------------------------
import json
import random
import re
from pathlib import Path

import opencc

SEED = 20261208
OUT = Path(__file__).resolve().parent / "tune_i.jsonl"
FAMILIES = ["greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask",
            "apology", "shirking", "overpromise", "colleague", "complaint", "silence",
            "talk_over", "speech_rate", "short_call", "hangup"]
TIMING = {"silence", "talk_over", "speech_rate", "short_call"}
HOLD_WORDS = ("稍等", "等一下", "帮您查", "给您查", "查一下", "看一下", "核实一下", "别挂", "稍候", "等我一下")

GREETINGS = [
    "您好，{co}，请问有什么可以帮您？",
    "您好，这里是{co}客服中心，很高兴为您服务，请问您需要什么帮助？",
    "下午好，{co}，工号三零七为您服务，请问有什么能帮到您？",
    "您好，欢迎致电{co}，我是小周，请问您想咨询点什么？",
    "早上好，{co}服务热线，请问有什么需要帮您处理的？",
    "您好，{co}，我是客服小何，您请讲，有什么我能帮您的？",
    "晚上好，感谢您致电{co}，请问您遇到什么问题了？",
    "您好，{co}售后服务，工号一一八，请问您想办理什么业务？",
    "您好呀，{co}，很高兴接到您的电话，请问有什么可以为您做的？",
    "中午好，{co}客户服务部，请问您有什么需要？",
]
BLESSINGS = [
    "感谢您的来电，祝您生活愉快，再见！",
    "不客气，祝您一切顺利，再见。",
    "好的，那就不打扰您了，祝您周末愉快，再见。",
    "感谢您的耐心，祝您和家人身体健康，再见。",
    "后面有问题随时联系我们，祝您工作顺利，再见。",
    "那先这样，祝您今天心情愉快，再会。",
    "谢谢您的支持，祝您万事如意，拜拜。",
    "应该的，祝您天天开心，再见。",
    "感谢来电，祝您一天都顺顺利利的，再见。",
]

HOMOPHONES = [("客服", "克服"), ("话费", "话废"), ("营业厅", "营业听"), ("神经病", "神经变"),
              ("你姓什么", "你信什么"), ("稍等", "烧等"), ("知道", "之道"), ("会员", "会元"),
              ("账号", "帐号"), ("订单", "定单"), ("您好", "你好"), ("师傅", "师父"),
              ("预约", "预曰"), ("充电", "冲电"), ("发票", "发飘"), ("专线", "专现"),
              ("回收", "回首"), ("驾校", "假校"), ("蛋糕", "蛋高"), ("鲜花", "先花")]
CN_DIG = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
NUM_RE = re.compile(r"[零一二两三四五六七八九十百千万]{2,}(?=[块元天号点月年岁折张台件次期分个斤克米小位])"
                    r"|[两三四五六七八九十]{1}(?=[块元天号折张台斤])")


def cn2int(s):
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in CN_DIG:
            num = CN_DIG[ch]
        elif ch in CN_UNIT:
            section += (num or 1) * CN_UNIT[ch]
            num = 0
        elif ch == "万":
            total += (section + num) * 10000
            section, num = 0, 0
    return total + section + num


def digits(text):
    def rep(m):
        s = m.group(0)
        if not any(c in CN_UNIT or c == "万" for c in s) and len(s) >= 2:
            return "".join(str(CN_DIG[c]) for c in s)  # 一一八 -> 118
        return str(cn2int(s))
    return NUM_RE.sub(rep, text)


S2T = opencc.OpenCC("s2t")


def noisify(text, speaker, rng, trad):
    for a, b in HOMOPHONES:
        if a in text and rng.random() < 0.7:
            text = text.replace(a, b)
    text = digits(text)
    if trad and rng.random() < 0.9:
        text = S2T.convert(text)
    p_drop = 0.85 if speaker == "customer" else 0.55
    if rng.random() < p_drop:
        sep = " " if rng.random() < 0.5 else ""
        text = re.sub(r"[，。！？、；：,.!?]+", sep, text).strip()
    return text


def nchars(text):
    return len(re.sub(r"[\W_]", "", text))


def parse(data):
    calls = []
    for block in data.strip().split("####"):
        block = block.strip()
        if not block:
            continue
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        head = [h.strip() for h in lines[0].split("|")]
        industry, company, direction, labels, flags, note = head
        labels = [x.strip() for x in labels.split(",") if x.strip()]
        flags = set(x.strip() for x in flags.split(",") if x.strip())
        turns = []
        for ln in lines[1:]:
            if ln.startswith("~"):
                turns.append((ln[1:], None))
                continue
            tag, text = ln.split(":", 1)
            turns.append((tag.strip(), text.strip()))
        for lab in labels:
            assert lab in FAMILIES, (lab, company)
        calls.append(dict(industry=industry, company=company, direction=direction,
                          labels=labels, flags=flags, note=note, turns=turns))
    return calls


def timing(call, texts, rng):
    """texts: list of (tag, final_text) or ('hold'|'sil', None). Returns segments."""
    fl = call["flags"]
    segs = []
    t = rng.uniform(0.4, 1.2)
    pending_gap = None
    for tag, text in texts:
        if text is None:
            pending_gap = rng.uniform(9.0, 14.0) if tag == "hold" else rng.uniform(13.0, 17.0)
            continue
        spk = "agent" if tag.startswith("A") else "customer"
        n = max(nchars(text), 1)
        if spk == "agent":
            if "fast" in fl and n >= 6:
                rate = rng.uniform(8.3, 9.2)
            elif "slow" in fl and n >= 6:
                rate = rng.uniform(1.52, 1.70)
            else:
                rate = rng.uniform(3.6, 5.6)
        else:
            rate = rng.uniform(3.4, 5.6)
        dur = n / rate
        last_end = max((s["end"] for s in segs), default=0.0)
        if not segs:
            start = t
        elif pending_gap is not None:
            start = last_end + pending_gap
        elif tag == "A>":
            prev = segs[-1]
            assert prev["speaker"] == "customer" and prev["end"] - prev["start"] > 2.7, (call["company"], text)
            start = prev["end"] - rng.uniform(1.65, 2.15)
        elif tag == "C>":
            prev = segs[-1]
            assert prev["speaker"] == "agent" and prev["end"] - prev["start"] > 2.5, (call["company"], text)
            start = prev["end"] - rng.uniform(0.9, 1.6)
        elif tag == "A~":
            start = last_end - 0.2
        else:
            if "short_call" in call["labels"]:
                start = last_end + rng.uniform(0.3, 0.8)
            else:
                start = last_end + (rng.uniform(1.8, 3.0) if rng.random() < 0.12 else rng.uniform(0.35, 1.5))
        pending_gap = None
        segs.append({"speaker": spk, "start": round(start, 2), "end": round(start + dur, 2), "text": text})
    return segs


def computed_timing(segs, duration):
    fam = set()
    if duration < 20.0:
        fam.add("short_call")
    else:
        assert duration >= 30.0, duration
    # silence
    maxend, prev = None, None
    for s in segs:
        if maxend is not None:
            gap = s["start"] - maxend
            if gap > 4.0:
                announced = prev["speaker"] == "agent" and any(w in prev["text"] for w in HOLD_WORDS_ALL) and gap <= 15.0
                if gap >= 10.0 and not announced:
                    fam.add("silence")
                else:
                    assert announced, gap
        if maxend is None or s["end"] >= maxend:
            maxend, prev = s["end"], s
    # talk over: agent starts >= 1.0 s before the end of the customer's segment in progress
    for i, s in enumerate(segs):
        if s["speaker"] != "agent":
            continue
        for c in segs[:i]:
            if c["speaker"] == "customer" and c["start"] <= s["start"] < c["end"]:
                ov = c["end"] - s["start"]
                if ov >= 1.0:
                    fam.add("talk_over")
                else:
                    assert ov <= 0.3, ov
    rates = [nchars(s["text"]) / (s["end"] - s["start"]) for s in segs
             if s["speaker"] == "agent" and nchars(s["text"]) >= 6]
    mean = sum(rates) / len(rates) if rates else 4.5
    if mean >= 7.5 or mean <= 2.0:
        fam.add("speech_rate")
    else:
        for s in segs:
            if s["speaker"] == "agent":
                r = nchars(s["text"]) / (s["end"] - s["start"])
                assert 3.0 <= r <= 6.3, r
    return fam


HOLD_WORDS_ALL = HOLD_WORDS + tuple(S2T.convert(w) for w in HOLD_WORDS) + ("燒等", "烧等")


def main():
    rng = random.Random(SEED)
    calls = parse("".join(DATA))
    assert len(calls) == 160, len(calls)
    order = list(range(len(calls)))
    rng.shuffle(order)
    hn_idx = [i for i in order if "hn" in calls[i]["flags"]]
    pos_idx = [i for i in order if "hn" not in calls[i]["flags"]]
    noisy = set(rng.sample(hn_idx, 13)) | set(rng.sample(pos_idx, 27))
    gi, bi = 0, 0
    errors = []
    out = []
    for k, i in enumerate(order, 1):
        c = calls[i]
        rng = random.Random(f"{SEED}-{c['company']}-{c['note']}")  # per call: edits elsewhere do not move it
        co = c["company"]
        texts, clean = [], []
        for tag, text in c["turns"]:
            if text is None:
                texts.append((tag, None))
                continue
            if "{G}" in text:
                text = text.replace("{G}", GREETINGS[gi % len(GREETINGS)].format(co=co))
                gi += 1
            if "{B}" in text:
                text = text.replace("{B}", BLESSINGS[bi % len(BLESSINGS)])
                bi += 1
            text = text.replace("{co}", co)
            clean.append((tag, text))
            spk = "agent" if tag.startswith("A") else "customer"
            texts.append((tag, noisify(text, spk, rng, True) if i in noisy else text))
        segs = timing(c, texts, rng)
        duration = round(segs[-1]["end"] + rng.uniform(0.4, 1.3), 2)
        labels = [f for f in FAMILIES if f in c["labels"]]
        try:
            comp = computed_timing(segs, duration)
        except AssertionError as e:
            errors.append((co, c["note"][:40], "timing", str(e), duration))
            continue
        hand = set(labels) & TIMING
        if comp != hand:
            errors.append((co, c["note"][:40], "labels", comp, hand, duration))
        if "short_call" in labels and duration > 18.0:
            errors.append((co, "short call too long", duration))
        if "speech_rate" in labels:
            assert ("fast" in c["flags"]) != ("slow" in c["flags"]), co
        last_tag, last_text = clean[-1]
        ends_unanswered = last_tag.startswith("C") and (last_text.endswith(("？", "?")) or "喂" in last_text[-3:])
        assert ends_unanswered == ("hangup" in labels), (co, c["note"])
        if "hangup" in labels:
            assert "closing" in labels, co
        if "hn" in c["flags"]:
            assert not labels, co
        rec = {
            "call_id": f"I-{k:03d}",
            "labels": labels,
            "note": ("HARD NEGATIVE: " if "hn" in c["flags"] else "") + c["note"],
            "noise": i in noisy,
            "duration": duration,
            "metadata": {"writer": "I", "industry": c["industry"], "company": co,
                         "direction": c["direction"], "hard_negative": "hn" in c["flags"],
                         "language": "zh", "sample_rate": 8000},
            "segments": segs,
        }
        out.append(rec)
    for e in errors:
        print("ERROR", e)
    assert not errors
    with OUT.open("w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts = {f: sum(f in r["labels"] for r in out) for f in FAMILIES}
    multi = sum(2 <= len(r["labels"]) <= 4 for r in out)
    print(f"wrote {len(out)} calls to {OUT}")
    print("positives:", counts)
    print("multi-label (2-4):", multi, "| >4:", sum(len(r["labels"]) > 4 for r in out))
    print("hard negatives:", sum(r["metadata"]["hard_negative"] for r in out),
          "| unlabelled:", sum(not r["labels"] for r in out),
          "| noisy:", sum(r["noise"] for r in out),
          "| noisy hn:", sum(r["noise"] and r["metadata"]["hard_negative"] for r in out))
    durs = sorted(r["duration"] for r in out)
    print("durations: min %.1f median %.1f max %.1f" % (durs[0], durs[len(durs) // 2], durs[-1]))
    print("industries:", len({r["metadata"]["industry"] for r in out}))


if __name__ == "__main__":
    main()
