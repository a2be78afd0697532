"""Independent labelled call set J (eval/independent/tune_j.jsonl; first named heldout_j.jsonl) —
held out until it became a tuning set on 2026-12-06 after round 10 began.

Written by writer J on 2026-12-06 from DOMAIN.md, the seed articles, eval/independent/README.md,
the first 90 lines of build_i.py and one line of heldout_i.jsonl (format only).  No rule code,
rulebook, tests, docs or other sets were read, and the rule engine was never run on this file
(only eval.evaluate.load_labelled, to check that it loads).  Run:
    .venv/bin/python eval/independent/build_j.py

Deterministic: the dialogues are hand-written data below; random.Random(SEED) (SEED=20261209) is
used only for segment timing, the order of the calls, the choice of the noisy calls, the rotation
among correct greeting/closing wordings ({G}/{B} in the data) and the ASR-style noise.  Each call's
timing comes from its own generator seeded from SEED and the block index.
Eighteen industries none of the earlier writers used: agricultural supplies, fishing gear, funeral
services, a translation agency, a coworking space, camping/RV rental, a musical-instrument shop,
eyewear/optician, a tutoring marketplace, a used-car auction, home solar panels, a swimming pool, a
language-exchange app, art supplies, hearing aids, a bridal shop, a garden centre, a sports club.
All company names are invented.

Data format: "#### industry | company | direction | labels | flags | note", then one turn a line:
"A:" agent, "C:" customer, "A>:" the agent starts 1.65-2.15 s before the customer's turn ends,
"A~:" the agent starts 0.1-0.3 s before it ends (backchannel overlap, negative), "C>:" the customer
starts 0.9-1.6 s before the agent's turn ends (negative), "~hold" an announced hold (9-14 s) after
the agent's turn, "~sil" an unannounced gap (13-17 s).  Flags: hn (hard negative), fast / slow
(agent speech rate).

LABEL POLICY — a family is in `labels` iff the call violates it.  It is writer I's policy (which is
H's and G's) except where marked "J:".  Labels describe what was SAID: in a `"noise": true` call the
text is what Whisper-base would plausibly write for 8 kHz phone audio (mostly Traditional script,
homophone swaps, punctuation dropped or turned into spaces, numbers as digits), but the labels are
those of the clean speech.

greeting   : the agent speaks first, promptly, with 您好 (or 早上好/下午好/晚上好/您好呀) + the company
             or line name + an offer of help in any wording.  Outbound: 您好 + company + who is
             calling and why.  Positive: opens with 「喂」 (incl. 「喂，您好」); opens with something
             else (说 / 嗯 / 哈喽 / 哪位 / 啥事) and never or only later greets; company missing;
             offer of help missing; greeting only after the customer had to speak first.  A
             customer's 喂 on a bad line answered at once by the full greeting is negative.
closing    : a complete closing ends with a 祝福语 in the agent's final turn(s).  Positive: thanks
             only, bare 再见/拜拜/就这样/挂了, the agent just stops or drops the call.  Every
             `hangup` call is also `closing`.  A proper transfer in this set always carries a
             blessing.
forbidden  : 服务禁语 other than insults: the agent's own 不知道/不清楚/不明白 (and regional or casual
             forms: 不晓得/搞不清/弄不明白/我哪知道/谁知道呢/没数) as a refusal about the matter
             asked; 「你这话什么意思」 and variants; 「那你想好了再打来吧」 and variants (想清楚了
             再打/定下来再来电); 「喂」 called at the customer mid-call.  NOT positive: these words
             about the customer, a third party, as reassurance or a request to repeat; the
             customer's own words; quotes in a complaint record.  An insult-only call is not also
             `forbidden`.
insult     : the agent insults, mocks, attacks or sends the customer away (questioning hearing,
             intelligence, taste, body, money, skill; sarcasm; 爱买不买/别烦我).  NOT positive:
             insults reported and read back while registering feedback, the customer's insults,
             innocent words sharing characters (神经性耳聋, 死亡证明, 死机, 滚筒, 傻瓜式, 笨重, 病历,
             垃圾分类, 老毛病).
filler     : 口头禅 — habitual tics (呃/啊 as hesitation, 那个/这个, 就是说, 然后呢, 那啥, 完了,
             对吧对吧, 怎么说呢, J: 这块儿 / 其实吧 / 反正就是 used as empty fillers): positive with
             >= 6 tic uses over >= 3 agent turns.  Demonstratives, backchannel and one or two
             sentence-final particles are negative.
tariff     : when a fee comes up (the customer asks, or the agent sells/opens/renews a paid service,
             or a free trial ends) the agent must state BOTH the amount AND when charging starts or
             is taken.  Positive when either is missing or glossed.  Permanently free services said
             so, and fees stated with amount and start, are negative.
name_ask   : an impolite name ask (「你叫啥」「名字报一下」「姓啥」) is positive; a call in which a NEW
             order, booking, rental, enrolment or application is made and the agent never asks the
             name politely is positive; querying or changing an existing order is not.  J: a name
             the customer volunteers before being asked owes no ask.
apology    : something went wrong on the company side or the customer is plainly unhappy in words,
             and the agent never apologises (抱歉/对不起/不好意思/给您添麻烦了/让您久等了).  An
             insistent question alone is not displeasure; a company-side fault owes an apology
             even from a calm customer.
shirking   : 推诿 — an in-scope matter pushed away (不归我们管 / 你自己去找厂家/安装队/老师/卖家)
             without handling, registering or transferring it.  A proper transfer, a ticket with a
             callback promise, or the right number for a truly out-of-scope matter are negative.
overpromise: 乱承诺/夸张 — guarantees of outcomes the agent cannot control.  Hedged statements and
             promises within the agent's own control (「我保证把您的意见转给店长」) are negative.
colleague  : the agent disparages colleagues, other departments, installers, teachers, coaches or
             the sales staff.  Neutral acknowledgement and registering a complaint are negative.
complaint  : the customer explicitly states an intent to complain or escalate (投诉, 12315, 消协,
             12345, 市场监管, 曝光/发网上, 找领导/经理/店长).  Strong dissatisfaction alone is not
             `complaint`; 「我不是要投诉」 and a settled past complaint are negative.
silence    : an unannounced gap >= 10 s with nobody speaking (positives 13-17 s).  Holds announced
             in the agent's turn just before (稍等/查/核实/等一下), 9-14 s, are negative; other gaps
             <= 4 s.
talk_over  : the agent starts >= 1.0 s before the customer's segment ends (positives 1.65-2.15 s,
             twice a call); negatives overlap <= 0.3 s; the customer talking over the agent is
             negative.
speech_rate: the agent's mean rate over turns of >= 6 characters (punctuation and spaces not
             counted) >= 7.5 chars/s (positives 8.3-9.2) or <= 2.0 (drawl, positives 1.52-1.70);
             negatives keep every agent turn of >= 6 characters within 3.0-6.3.
short_call : the call lasts under 20 s (positives <= 18 s); all other calls last >= 30 s.
hangup     : read from the transcript: it ends on the customer's unanswered question or 「喂？」.

Timing families are recomputed from the generated segments and asserted against the hand labels.
"""
import json
import random
import re
from pathlib import Path

SEED = 20261209
OUT = Path(__file__).with_name("tune_j.jsonl")
FAMILIES = ["greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask",
            "apology", "shirking", "overpromise", "colleague", "complaint", "silence",
            "talk_over", "speech_rate", "short_call", "hangup"]
TIMING = {"silence", "talk_over", "speech_rate", "short_call", "hangup"}
PUNCT = set("，。？！、；：,.?!;: …—“”\"'（）()《》·~")
HOLD_WORDS = ("稍等", "查", "核实", "等一下", "等一等")

GREETINGS = [
    "您好，{c}，请问有什么可以帮您？",
    "您好，这里是{c}，请问有什么可以帮到您？",
    "您好，欢迎致电{c}，请问您需要什么帮助？",
    "您好，{c}客服，工号{id}为您服务，请问您有什么需要？",
    "您好，{c}，很高兴为您服务，您请讲，有什么我能帮您的？",
    "下午好，{c}服务热线，请问您想咨询点什么？",
    "您好，{c}，我是客服小{n}，您有什么问题我来帮您处理。",
    "您好呀，{c}这边，请问今天有什么能帮您的？",
]
BLESSINGS = [
    "感谢您的来电，祝您生活愉快，再见！",
    "好的，那祝您一切顺利，再见。",
    "那就不打扰您了，祝您天天开心，再见！",
    "谢谢您的耐心，祝您周末愉快，拜拜。",
    "有问题随时打我们热线，祝您万事如意，再见。",
    "感谢您的支持，祝您身体健康，再见！",
    "好嘞，祝您顺顺利利的，再见啊。",
]
SURNAMES = "陈林周吴郑许叶冯蒋沈韩杨"

# ---------------------------------------------------------------- ASR-style noise
S2T = dict(zip(
    "们这说话请问么个为务电帮没会时间费钱后来过对还给谢见乐边吗听办单号样动开关发买卖车让认识应该经"
    "处理题难换货订结帐户业优惠现实网线约运输险联系报满够变导录点钟头气员师傅装难坏儿东门机场画纸颜种农药"
    "鱼竿镜验视婚纱礼园艺体俱乐馆泳课习语桥阳光伏发电补贴装拍卖价检测听助续约员卡试试换调节层费",
    "們這說話請問麼個為務電幫沒會時間費錢後來過對還給謝見樂邊嗎聽辦單號樣動開關發買賣車讓認識應該經"
    "處理題難換貨訂結帳戶業優惠現實網線約運輸險聯繫報滿夠變導錄點鐘頭氣員師傅裝難壞兒東門機場畫紙顏種農藥"
    "魚竿鏡驗視婚紗禮園藝體俱樂館泳課習語橋陽光伏發電補貼裝拍賣價檢測聽助續約員卡試試換調節層費"))
HOMOPHONES = [("客服", "克服"), ("稍等", "烧等"), ("知道", "之道"), ("投诉", "投述"), ("退款", "推款"),
              ("工号", "公号"), ("贵姓", "桂姓"), ("收费", "手费"), ("不好意思", "不好一丝"),
              ("抱歉", "报欠"), ("清楚", "青楚"), ("保证", "宝正"), ("经理", "精力"), ("助听器", "住厅器"),
              ("房车", "防车"), ("光伏", "光服"), ("验光", "眼光"), ("婚纱", "昏沙"), ("再见", "在见"),
              ("什么", "甚么"), ("那个", "哪个"), ("自动续费", "自动续废"), ("押金", "压金")]
CN_DIG = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10000}
NUM_RE = re.compile(r"[零一二两三四五六七八九十百千万]+(?=[块元天月年号次岁斤张份台周米期折亩瓦度])")


def cn2int(s):
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in CN_DIG:
            num = CN_DIG[ch]
        elif ch == "万":
            section = (section + num) * 10000
            total += section
            section, num = 0, 0
        else:
            section += (num or 1) * CN_UNIT[ch]
            num = 0
    return total + section + num


def asr_noise(text, rng, trad, pmode):
    for a, b in HOMOPHONES:
        if a in text and rng.random() < 0.6:
            text = text.replace(a, b)
    text = NUM_RE.sub(lambda m: str(cn2int(m.group(0))) if m.group(0) not in ("一", "两") or rng.random() < 0.7 else m.group(0), text)
    if trad:
        text = "".join(S2T.get(ch, ch) for ch in text)
    if pmode == "none":
        text = re.sub(r"[，。？！、；：…]", "", text)
    elif pmode == "space":
        text = re.sub(r"[，。？！、；：…]+", " ", text).strip()
    else:
        text = re.sub(r"[。？！；：…]", "", text)
    return text or "嗯"


# ---------------------------------------------------------------- parsing and timing
def nchars(text):
    return sum(1 for ch in text if ch not in PUNCT)


def parse(data):
    blocks = []
    for chunk in data.split("#### ")[1:]:
        lines = [ln.strip() for ln in chunk.strip().splitlines() if ln.strip()]
        head = [x.strip() for x in lines[0].split("|")]
        industry, company, direction, labels, flags, note = head
        labs = [] if labels == "-" else [x.strip() for x in labels.split(",")]
        for lab in labs:
            assert lab in FAMILIES, (company, lab)
        flg = set() if flags == "-" else {x.strip() for x in flags.split(",")}
        turns = []
        for ln in lines[1:]:
            if ln in ("~hold", "~sil"):
                turns.append((ln, None))
                continue
            tag, text = ln.split(":", 1)
            assert tag in ("A", "C", "A>", "A~", "C>"), ln
            turns.append((tag, text.strip()))
        blocks.append(dict(industry=industry, company=company, direction=direction,
                           labels=labs, flags=flg, note=note, turns=turns))
    return blocks


def fill(text, company, rng_fill):
    short = company
    if "{G}" in text:
        g = GREETINGS[rng_fill.randrange(len(GREETINGS))]
        text = text.replace("{G}", g.format(c=short, id=rng_fill.randint(1001, 8999),
                                             n=SURNAMES[rng_fill.randrange(len(SURNAMES))]))
    if "{B}" in text:
        text = text.replace("{B}", BLESSINGS[rng_fill.randrange(len(BLESSINGS))])
    return text


def timed(block, rng):
    fast, slow = "fast" in block["flags"], "slow" in block["flags"]
    segs, pending_gap = [], None
    t = rng.uniform(0.4, 1.1)
    for tag, text in block["turns"]:
        if tag == "~hold":
            pending_gap = ("hold", rng.uniform(9.0, 14.0))
            continue
        if tag == "~sil":
            pending_gap = ("sil", rng.uniform(13.0, 17.0))
            continue
        speaker = "agent" if tag.startswith("A") else "customer"
        n = max(nchars(text), 1)
        if speaker == "agent":
            rate = rng.uniform(8.3, 9.2) if fast else rng.uniform(1.52, 1.70) if slow else rng.uniform(3.2, 5.0)
        else:
            rate = rng.uniform(3.0, 4.8)
        dur = max(n / rate, 0.45)
        if not segs:
            start = t
        else:
            prev = segs[-1]
            if tag == "A>":
                assert prev["speaker"] == "customer", block["company"]
                start = prev["end"] - rng.uniform(1.65, 2.15)
                assert start > prev["start"] + 0.3, (block["company"], text)
            elif tag == "A~":
                start = prev["end"] - rng.uniform(0.1, 0.3)
            elif tag == "C>":
                assert prev["speaker"] == "agent"
                start = prev["end"] - rng.uniform(0.9, 1.6)
                assert start > prev["start"] + 0.3, (block["company"], text)
            elif pending_gap:
                start = prev["end"] + pending_gap[1]
            else:
                start = prev["end"] + rng.uniform(0.6, 2.4)
        pending_gap = None
        segs.append({"speaker": speaker, "start": round(start, 2), "end": round(start + dur, 2), "text": text})
    return segs


def computed_timing(segs):
    out = set()
    duration = max(s["end"] for s in segs)
    if duration < 20:
        out.add("short_call")
    else:
        assert duration >= 30, duration
    max_end, max_seg = segs[0]["end"], segs[0]
    for s in segs[1:]:
        gap = s["start"] - max_end
        if gap >= 10:
            announced = (max_seg["speaker"] == "agent" and any(w in max_seg["text"] for w in HOLD_WORDS)
                         and gap <= 15)
            if not announced:
                out.add("silence")
        else:
            assert gap <= 4.0, gap
        if s["end"] > max_end:
            max_end, max_seg = s["end"], s
    overlaps = []
    for i, s in enumerate(segs):
        if s["speaker"] != "agent":
            continue
        for p in segs[:i]:
            if p["speaker"] == "customer" and p["start"] < s["start"] < p["end"]:
                overlaps.append(p["end"] - s["start"])
    if any(o >= 1.0 for o in overlaps):
        out.add("talk_over")
    else:
        assert all(o <= 0.3 for o in overlaps), overlaps
    rates = [nchars(s["text"]) / (s["end"] - s["start"]) for s in segs
             if s["speaker"] == "agent" and nchars(s["text"]) >= 6]
    mean = sum(rates) / len(rates)
    if mean >= 7.5 or mean <= 2.0:
        out.add("speech_rate")
    else:
        assert all(3.0 <= r <= 6.3 for r in rates), rates
    last = segs[-1]
    if last["speaker"] == "customer" and (last["text"].endswith(("？", "?")) or "喂" in last["text"]):
        out.add("hangup")
    return out


def main():
    blocks = parse(DATA)
    rng = random.Random(SEED)
    rng_fill = random.Random(SEED + 1)
    calls = []
    for i, b in enumerate(blocks):
        b["turns"] = [(tag, fill(text, b["company"], rng_fill) if text else text) for tag, text in b["turns"]]
        segs = timed(b, random.Random(SEED * 1000 + i))
        comp = computed_timing(segs)
        hand = set(b["labels"]) & TIMING
        assert comp == hand, (b["company"], b["note"], sorted(comp), sorted(hand))
        if "hangup" in b["labels"]:
            assert "closing" in b["labels"], b["note"]
        hn = "hn" in b["flags"]
        assert not (hn and b["labels"]), b["note"]
        calls.append((b, segs, hn))
    order = list(range(len(calls)))
    rng.shuffle(order)
    noisy = set(rng.sample(order, round(len(calls) * 0.25)))
    lines = []
    for k, idx in enumerate(order, 1):
        b, segs, hn = calls[idx]
        noise = idx in noisy
        if noise:
            nrng = random.Random(SEED * 7 + idx)
            trad = nrng.random() < 0.85
            pmode = nrng.choice(["none", "space", "partial"])
            segs = [dict(s, text=asr_noise(s["text"], nrng, trad, pmode)) for s in segs]
        duration = round(max(s["end"] for s in segs) + random.Random(idx).uniform(0.3, 1.0), 2)
        assert (duration <= 18.0) if "short_call" in b["labels"] else (duration >= 30.0), (b["note"], duration)
        labels = [f for f in FAMILIES if f in b["labels"]]
        rec = {"call_id": f"J-{k:03d}", "labels": labels,
               "note": ("HARD NEGATIVE: " if hn else "") + b["note"], "noise": noise,
               "duration": duration,
               "metadata": {"writer": "J", "industry": b["industry"], "company": b["company"],
                            "direction": b["direction"], "hard_negative": hn, "language": "zh",
                            "sample_rate": 8000},
               "segments": segs}
        lines.append(json.dumps(rec, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts = {f: sum(1 for b, _, _ in calls if f in b["labels"]) for f in FAMILIES}
    print(len(calls), "calls;", sum(1 for *_, h in calls if h), "hard negatives;", len(noisy), "noisy;",
          sum(1 for b, _, _ in calls if 2 <= len(b["labels"]) <= 4), "with 2-4 labels")
    print(counts)


DATA = r"""
#### agricultural supplies | 丰禾农资 | inbound | - | hn | correct call: fertiliser delivery date, hedged answer, polite name ask
A:{G}
C:我想订二十袋复合肥，你们能送到镇上吗？
A:可以送的，请问您怎么称呼？
C:姓马，马家湾村的。
A:马先生您好，二十袋复合肥一共是两千六百元，送货到镇上是免费的，货到付款就行。
C:那啥时候能到？
A:一般是三天左右，赶上下雨可能会晚一两天，到之前司机会提前给您打电话。
C:行，那就这么定了。
A:好的，{B}
#### agricultural supplies | 丰禾农资 | inbound | greeting, overpromise | - | opens 喂，丰禾 without offer; promises yield will double
A:喂，丰禾。
C:我问一下，你们那个新出的叶面肥效果咋样？
A:好得很，您打上两遍，保证您今年玉米亩产翻一番，少一斤您来找我。
C:真有这么神？价钱多少？
A:一瓶三十八，一亩地用半瓶，货到了再付钱，您今天订明天就给您发过去。
C:那我先要十瓶试试。
A:好嘞，请问您贵姓？
C:姓赵。
A:赵大哥，地址还是上回那个吗？
C:对对。
A:行，明天发货，祝您今年大丰收，再见！
#### agricultural supplies | 丰禾农资 | inbound | apology, shirking | - | wrong pesticide delivered; agent sends farmer to the factory
A:{G}
C:我上礼拜在你们这订的除草剂，送来的是杀虫的，标签都不对，这不坑人吗？
A:这个是厂家包装的，标签错了得找厂家。
C:我是在你们这买的啊，我找厂家干啥？
A:我们就是个卖货的，包装问题您自己打厂家电话，瓶子背面有。
C:我地里草都长疯了，等不起啊。
A:那您抓紧打呗，厂家处理得快。
C:行吧行吧。
A:嗯，祝您生活愉快，再见。
#### agricultural supplies | 丰禾农资 | outbound | tariff | - | outbound selling soil test membership; says 前三个月不要钱 then glosses the fee
A:您好，我是丰禾农资的客服小韩，今天给您打电话是想介绍一下我们的测土配肥会员服务。
C:哦，啥服务？
A:就是每季派技术员来给您地里取土化验，然后按结果给您配肥，前三个月不要钱。
C:三个月以后呢？要钱不？
A:后面的话收费也很便宜的，跟您买几袋肥的钱比起来不算啥，您先体验着。
C:那到底多少钱？
A:到时候技术员上门会跟您细说的，您先登记上就行。
C:那先登记吧，我姓孙。
A:好的孙叔，已经给您登记了，祝您身体健康，再见！
#### agricultural supplies | 丰禾农资 | inbound | filler | - | agent full of 那个/就是说/然后呢 explaining drip irrigation
A:{G}
C:你们那个滴灌带，一百米的，多少钱？
A:呃，那个，一百米的话，就是说，要看您是薄壁的还是厚壁的。
C:薄壁的吧。
A:啊，薄壁的，那个，然后呢一卷是八十五块，货到付款，就是说，一亩地大概要用三卷左右。
C:那你们送不送货？
A:送的送的，呃，那个，满三百就送到村里，然后呢，就是说，不满的话加十块运费。
C:行，我先要四卷。
A:好的，请问您贵姓？
C:姓刘。
A:刘先生，那我给您下单了，祝您一切顺利，再见。
#### agricultural supplies | 丰禾农资 | inbound | - | hn | customer says 我也不知道 about the disease; agent offers photo diagnosis; 不清楚也没关系
A:{G}
C:我家黄瓜叶子上起了好多黄斑，我也不知道是啥病，该打啥药？
A:您不清楚是什么病也没关系，您可以拍几张叶子正反面的照片发到我们公众号，植保老师会帮您看。
C:公众号叫啥？
A:就叫丰禾农资，点进去有个“病虫害诊断”，一般半天内回复您。
C:诊断要钱吗？
A:诊断是免费的，一直都不收费，开了药您再决定买不买。
C:那好，我这就拍。
A:好的，{B}
#### agricultural supplies | 丰禾农资 | inbound | forbidden, closing | - | agent: 我哪知道你那地啥情况; ends 行了就这样
A:{G}
C:我去年用你们那个有机肥，今年地反倒板结了，是不是肥有问题？
A:我哪知道你那地啥情况，板结原因多了去了。
C:那你们有没有人能来看看？
A:可以约农技员，您报个地址，我给您登记，三天内有人联系您。
C:西坡村三组，电话就是这个。
A:行，登记好了，就这样吧。
#### agricultural supplies | 丰禾农资 | inbound | short_call, closing | - | quick stock question under 20 s, ends with bare 拜拜
A:您好，丰禾农资，请问有什么可以帮您？
C:尿素还有货没？
A:有的，有货。
C:好嘞。
A:嗯，拜拜。
#### fishing gear | 海钓翁渔具 | inbound | - | hn | reel 老毛病 of the drag, hedged answer about repair; 滚轮 word
A:{G}
C:我那个纺车轮，卸力老是打滑，老毛病了，能修吗？
A:可以修的，一般是卸力垫片磨损了，您寄回来我们检测一下。
C:多久能修好？
A:收到以后三到五个工作日，检测免费；如果要换卸力垫片是二十元一套，修好寄回之前付款。
C:滚轮那里也有点响。
A:好的，我备注一下，一起帮您看看。
C:那行，我明天寄。
A:好的，请问您怎么称呼？我给您登记一下。
C:姓阮。
A:阮先生，收到后给您发短信，{B}
#### fishing gear | 海钓翁渔具 | inbound | overpromise, name_ask | - | rod guaranteed never to break; 名字报一下
A:{G}
C:我想买一根矶钓竿，出海钓石斑的，哪款好？
A:您就拿我们那款“海魂”，四米五的，二十斤的鱼上来都不带断的，绝对断不了，断了我赔您十根。
C:多少钱？
A:六百八，下单的时候付款，包邮，明天就发。
C:行吧，那我要一根。
A:名字报一下，还有地址。
C:李海，舟山市定海区。
A:好的，已经下单了，祝您钓到大鱼，再见！
#### fishing gear | 海钓翁渔具 | inbound | insult, apology | - | agent mocks customer's casting skill; customer upset
A:{G}
C:我上个月买的竿子，今天抛了一下就断在第二节了。
A:您是不是抛竿姿势不对？一般人不会抛断的。
C:我钓了十几年鱼了，不会连竿都不会抛吧？
A:钓十几年也不代表会钓啊，您这水平用这么贵的竿子本来就浪费。
C:你这说的是人话吗？我真是气死了。
A:您把照片发过来，我们看看能不能保修吧。
C:发就发。
A:嗯，那就这样，祝您生活愉快。
#### fishing gear | 海钓翁渔具 | inbound | talk_over | - | agent cuts in twice while the customer describes the lure order
A:{G}
C:我想问一下，上次买的那套路亚饵，有一个颜色发错了，我要的是荧光绿的那种。
A>:知道知道，发错了给您换，您把订单号报一下。
C:订单号是尾号三七二九的那个，我看一下啊，是上个月十五号下的单。
A>:查到了，不好意思给您发错了，我们今天给您补发一个荧光绿的，错的那个您留着用吧。
C:哦那挺好，谢谢。
A:应该的，{B}
#### fishing gear | 海钓翁渔具 | inbound | - | hn | agent says 保证 about something in its control; 百分之百碳素 is factual
A:{G}
C:你们这款竿子介绍说是百分之百碳素，是真的吗？
A:是的，竿身材料是百分之百碳素，检测报告在详情页最下面可以看到。
C:那我要是收到觉得不好呢？
A:七天内没用过可以无理由退，我保证今天下午五点前给您发出去。
C:行，那我拍了。
A:好的，{B}
#### fishing gear | 海钓翁渔具 | inbound | greeting, forbidden, closing, short_call, hangup | - | 嗯，说; agent 不清楚 about own warranty; hangs up on the question
A:嗯，说。
C:你们的鱼线轮保修多久？
A:不清楚，你看说明书。
C:说明书丢了啊，那到底保修几年？
#### fishing gear | 海钓翁渔具 | inbound | speech_rate | fast | agent rattles off membership points rules at 8-9 chars/s
A:{G}
C:我想问问你们会员积分怎么用。
A:积分一百分抵一块钱，单笔订单最多抵百分之二十，积分有效期是一年，过期自动清零，生日当月双倍积分，这些在会员中心都能看到。
C:那我现在有三千分，能抵多少？
A:三千分就是三十块，您下单的时候在结算页勾选使用积分就行，跟优惠券可以一起用。
C:明白了，那积分能换实物吗？比如换个钓箱什么的。
A:可以的，积分商城里有钓箱、钓椅、鱼护，两万分换一个钓箱，兑换后三天内发货，运费我们出。
C:好的，谢谢。
A:不客气，{B}
#### funeral services | 安泽殡仪服务 | inbound | - | hn | 死亡证明 / 去世; agent says 节哀 and explains documents calmly
A:您好，安泽殡仪服务，请问有什么可以帮您？
C:我父亲昨晚在家里去世了，我不知道现在该先干什么。
A:请您节哀。您先不用着急，第一步是联系社区医院开具死亡证明，然后我们可以安排车辆接运。
C:死亡证明要多久能开？
A:一般医生上门确认后当天就能开，开好以后您拨我们这个电话，我们一个小时内到。
C:接运要多少钱？
A:市内接运是三百元，到了以后现场结算，其他项目您可以见面再慢慢选，不会强制消费。
C:好，谢谢你们。
A:不客气，请您节哀保重，祝您家人平安，有任何事随时打给我们。
#### funeral services | 安泽殡仪服务 | inbound | insult, closing, apology, complaint | - | agent: 人都没了还计较这几百块; customer will complain to 民政局
A:{G}
C:你们的账单上多了一项冷藏费八百块，之前根本没说过。
A:那是按天收的，放了四天就是这个数。
C:你们签合同的时候没讲啊。
A:人都没了还计较这几百块钱，您这孝心也就这样了。
C:你说什么？太过分了，我要去民政局投诉你们。
A:随便您，账单是系统出的。
C:你等着吧。
A:嗯，再见。
#### funeral services | 安泽殡仪服务 | inbound | colleague | - | agent blames 那几个新来的 staff for the wreath mistake, apologises
A:{G}
C:昨天告别仪式上的花圈挽联，把我母亲名字写错了一个字。
A:实在对不起，给您家添麻烦了。那几个新来的干活就是毛手毛脚的，脑子都不带的。
C:已经这样了，以后别再出这种事就好。
A:一定，挽联费用我们全额退给您，三个工作日内原路退回。
C:好吧。
A:再次向您道歉，{B}
#### funeral services | 安泽殡仪服务 | inbound | tariff | - | cemetery maintenance fee glossed: 按规定收
A:{G}
C:墓地买好以后，每年还要交管理费吗？
A:管理费是有的，按规定收。
C:一年多少钱？什么时候开始交？
A:这个都是统一标准，跟其他陵园差不多，到时候会通知您。
C:哦，那好吧。
A:好的，请您节哀，祝您家人平安，再见。
#### funeral services | 安泽殡仪服务 | inbound | - | hn | announced hold of ~12 s; agent checks hall availability; 您不清楚日期也没关系
A:{G}
C:我想预订下周的告别厅，具体哪天还没跟家里人商量好。
A:您不清楚具体日期也没关系，我先帮您看看下周还有哪些空档，请您稍等一下。
~hold
A:让您久等了，下周二和周四上午的中厅都还空着。
C:那先帮我留周四上午，我姓程。
A:程先生，周四上午中厅给您预留到明天中午十二点，厅费一千二百元，确认的时候交。
C:好的。
A:请您节哀顺变，{B}
#### funeral services | 安泽殡仪服务 | inbound | shirking, closing | - | ashes pick-up time pushed to 火化那边; ends 先这样
A:{G}
C:我想问一下，我母亲前天在你们那边火化的，骨灰什么时候能领？要带什么手续？
A:这个不归我们客服管，您问火化车间那边吧。
C:可是我是找你们办的全套服务啊。
A:那也是他们那边安排，我这儿没法弄。
C:那他们电话多少？
A:您去现场问，先这样啊。
C:……好。
#### translation agency | 译通翻译 | inbound | - | hn | customer: 你这话什么意思 (asks to clarify), agent explains certification patiently
A:{G}
C:我要翻译一份出生证明，拿去办签证的。
A:好的，需要翻译加盖翻译专用章，另外如果使馆要求公证，还得去公证处。
C:你这话什么意思？是你们不能公证？
A:不好意思我没说清楚，公证是公证处做的，我们可以提供翻译件和资质，您拿去公证处就行，我们也可以代办。
C:代办多少钱？
A:翻译一页一百二十元，代办公证服务费两百元，您确认下单的时候一起付。
C:那行，帮我代办吧，我姓钱。
A:钱女士您好，我把上传链接发到您手机上，{B}
#### translation agency | 译通翻译 | inbound | apology, overpromise | - | translation delayed three days, no apology; agent guarantees visa pass
A:{G}
C:我的合同翻译说好周一交的，今天都周四了还没给我，耽误我多少事你知道吗？
A:译员那边还在校对，今天晚上能出。
C:每次都说今天，我真是受够了。
A:您放心，我们翻出来的东西拿去哪都好使，签证材料百分之百过。
C:我这不是签证，是合同！
A:合同也一样，没问题的，今晚发您邮箱。
C:行，最后一次。
A:好的，祝您工作顺利，再见。
#### translation agency | 译通翻译 | inbound | greeting, name_ask | - | 您好，请讲 with no company; 你叫啥 for new order
A:您好，请讲。
C:是译通翻译吗？我要把一本产品手册翻成德语。
A:是的，多少页？
C:四十页左右，里面有不少技术术语和图表，图里的文字也要翻。
A:一页一百五，七个工作日，现在下单明天开工，定金交一半。
C:好，那我下单，我们下个月要参加汉诺威的展会，时间上来得及吧？
A:来得及，七个工作日就能交稿。你叫啥？
C:郑凯。
A:行，郑先生，合同发您邮箱了，祝您生意兴隆，再见。
#### translation agency | 译通翻译 | inbound | silence | - | unannounced 15 s gap while the agent looks for the quote
A:{G}
C:我上周发了个报价申请，想确认一下日语口译一天多少钱。
~sil
A:嗯，看到了，陪同口译一天一千八，含八小时，超时一小时两百五，确认档期后付定金。
C:好的，那我下周三要一天。
A:好的，我帮您把下周三的档期锁定，请问您怎么称呼？
C:姓冯。
A:冯先生，合同我稍后发给您，{B}
#### translation agency | 译通翻译 | inbound | forbidden, apology | - | 那你想清楚了再打过来; customer annoyed 我真无语
A:{G}
C:我想翻译几份文件，但是是英文转韩文还是直接中文转韩文，我还没定。
A:那你想清楚了再打过来吧，不然我也没法报价。
C:我就是想问问两种分别多少钱啊，我真无语。
A:中译韩一千字两百，英译韩一千字两百六，下单时付款。
C:好吧，我知道了。
A:嗯，祝您生活愉快，再见。
#### translation agency | 译通翻译 | inbound | - | hn | proper transfer to the interpretation desk with blessing
A:{G}
C:我想找个同声传译，下个月在杭州开国际医学会议用的，大概要两天。
A:同传是我们会议部负责的，我现在帮您转接会议部的同事，他们会给您详细方案，请您稍等。
C:好的。
A:正在为您转接，祝您会议圆满顺利，再见。
C:谢谢。
#### translation agency | 译通翻译 | inbound | closing, hangup | - | agent drops the call while customer asks about invoice
A:{G}
C:你好，我上周在你们这翻译的营业执照和公司章程，翻译件已经收到了，发票什么时候能开？
A:发票是财务那边月底统一开，开好了会发到您预留的邮箱里。
C:那能开增值税专用发票吗？我们公司报销要专票。
A:可以。
C:那我要提供哪些资料？开票抬头、税号这些发给谁？
#### coworking space | 栖座联合办公 | inbound | - | hn | 垃圾分类 rules explained; deposit and monthly fee with amount and start
A:{G}
C:我想租一个固定工位，一个月多少钱？
A:固定工位每月一千五百元，押一付一，押金一千五，签约当天付首月和押金，以后每月五号前交下个月的。
C:垃圾怎么处理？我们会有不少快递盒子。
A:每层都有垃圾分类点，纸箱放可回收那一格就行，保洁阿姨每天晚上清一次。
C:那我明天过来看看，我姓白。
A:白先生，明天几点方便？我让社区经理在前台等您。
C:上午十点吧。
A:好的，明天上午十点见，{B}
#### coworking space | 栖座联合办公 | inbound | tariff, name_ask | - | meeting room billed 按实际使用; no amount; 你哪个公司的叫啥
A:{G}
C:我们是三楼的租户，想订明天下午的大会议室。
A:你哪个公司的，叫啥？
C:星桥科技，我叫于浩。
A:行，明天下午两点到五点给你订上了。
C:会议室要另外收费吗？
A:超出免费额度的按实际使用算，月底一起扣。
C:那一小时多少钱？
A:这个以系统账单为准，您月底看账单就知道了。
C:好吧。
A:嗯，祝您会议顺利，再见。
#### coworking space | 栖座联合办公 | inbound | shirking, apology, complaint | - | aircon broken for a week, agent pushes it to 物业; customer will find the manager
A:{G}
C:我们这间办公室空调坏了一个礼拜了，报了三次修都没人来，热得根本没法办公！
A:空调是大楼物业的，不归我们管，您直接找物业。
C:我合同是跟你们签的，我找物业干嘛？
A:设备都是物业的，我们管不了。
C:行，那我找你们经理投诉，我每个月交的钱不是白交的。
A:那是您的权利，我这边也只能这么答复您。
C:你等着。
A:好，那祝您工作顺利，再见。
#### coworking space | 栖座联合办公 | inbound | filler, talk_over | - | agent with 其实吧/这块儿 fillers, cuts in twice
A:{G}
C:我想问一下，你们那个灵活工位，是不是每天随便坐哪儿都行，还是要提前预约的？
A>:其实吧，这块儿呢，就是说，灵活工位是不用预约的，先到先得。
C:那如果我们团队五个人想坐在一起，有没有办法保证有连着的五个位置？
A>:其实吧，团队这块儿，呃，就是说，建议您订个小团队区，然后呢，这块儿是按月的。
C:按月多少钱？
A:其实吧，小团队区是五人位每月六千，签约当天付第一个月。
C:好的，我考虑一下。
A:好的，{B}
#### coworking space | 栖座联合办公 | outbound | - | hn | outbound renewal reminder with company, purpose and fee with amount and date
A:您好，我是栖座联合办公的社区经理小陶，打电话是提醒您工位合同下个月十号到期，想问问您续不续。
C:哦，续的话价格变吗？
A:续约价格不变，还是每月一千五百元，续一年的话打九五折，续约当天付首月，以后每月五号前扣。
C:那就续一年吧。
A:好的，我把续约合同发您邮箱，您签好回传就行，{B}
C:好，谢谢。
#### coworking space | 栖座联合办公 | inbound | insult | - | agent sneers at startup: 就你们这种小作坊; agent apologised earlier for the noise
A:{G}
C:隔壁工位的人天天打电话声音很大，能不能给我们换个安静点的位置？
A:不好意思给您带来困扰了，我看看有没有空位。
C:最好是靠窗的，我们要拍产品图。
A:就你们这种三个人的小作坊还挑靠窗的，有个位置就不错了。
C:……那有没有位置？
A:有个角落的，明天可以搬，祝您工作顺利，再见。
C:行吧。
#### coworking space | 栖座联合办公 | inbound | silence, closing | - | unannounced 14 s pause after the customer's question; ends 好，挂了啊
A:{G}
C:我的门禁卡刷不开了，能帮我重新激活一下吗？
~sil
A:你工位号多少？
C:B区十七号。
A:嗯，激活好了，你再刷刷。
C:可以了。
A:好，挂了啊。
#### camping/RV rental | 野径房车租赁 | inbound | - | hn | 傻瓜式 automatic RV; 笨重 awning explained; insurance fee with amount and start
A:{G}
C:我没开过房车，C本能开吗？会不会很难？
A:C本可以开我们的小型自行式房车，是自动挡的，操作基本上是傻瓜式的，提车时会有教练带您试驾二十分钟。
C:那个遮阳棚是不是很笨重？
A:不会，是电动的，按一下就展开了。
C:保险怎么收？
A:基础保险含在租金里，全险每天八十元，提车时跟租金一起付。
C:那我订下个月三号到六号，我姓霍。
A:霍先生，给您登记好了，{B}
#### camping/RV rental | 野径房车租赁 | inbound | apology, colleague | - | RV broke down on the road; agent blames the 整备 guys; no apology
A:{G}
C:我租的房车开到半路水泵坏了，一家人没水用，真是扫兴透了。
A:又是整备部那帮人，车都不好好检查就往外放，一天到晚净出这种事。
C:我不管谁的事，你们得给我解决。
A:我给您安排附近的合作修理厂，地址发您手机上了，费用我们出。
C:那还要耽误多久？
A:大概两个小时能修好，祝您后面的旅程顺利，再见。
#### camping/RV rental | 野径房车租赁 | inbound | overpromise, tariff | - | promises a free spot at any campsite; cleaning fee glossed
A:{G}
C:国庆我想租房车去川西，营地好订吗？
A:您放心，跟我们合作的营地全国都有，国庆哪天去都保证有位置，根本不用提前订。
C:还车的时候有什么额外费用吗？
A:有个清洁费，看车脏的程度，不多。
C:大概多少？
A:看情况，一般不会太多，到时候门店跟您说。
C:行，那我先订车，我姓戴。
A:戴女士，给您订好了，祝您旅途愉快，再见！
#### camping/RV rental | 野径房车租赁 | inbound | greeting, forbidden | - | opens 哈喽 without company; agent 弄不明白 about own pet policy
A:哈喽，您说。
C:你好，是野径房车吗？我想问问房车能带狗吗？
A:呃，这个我也弄不明白，应该可以吧。
C:到底能不能？
A:宠物好像要另外交清洁押金，五百元，提车时交，还车检查没问题当天退。
C:那就是可以带？
A:对，能带，小型犬中型犬都行，{B}
#### camping/RV rental | 野径房车租赁 | inbound | speech_rate | slow | agent drawls the pick-up process at ~1.6 chars/s
A:您好，野径房车，请问有什么可以帮您？
C:我明天提车，要带什么证件？
A:嗯，身份证，驾驶证，还有信用卡。
C:几点可以提车？
A:早上九点以后，都可以的。
C:好的。
A:祝您旅途愉快，再见。
#### camping/RV rental | 野径房车租赁 | inbound | closing, hangup, apology | - | deposit not refunded, agent 系统的事 and drops the call on the question
A:{G}
C:我还车都半个月了，押金五千块还没退，这也太离谱了吧。
A:退押金要等违章查询，系统自动的，到时间就退了。
C:违章不是一般七天就能查到吗？到底哪天能退？
A:系统的事我这边也看不到。
C:那你让能看到的人给我回个电话行吗？
#### musical instrument shop | 和弦琴行 | inbound | - | hn | piano 笨重 moving; lessons tuition stated with amount and start; polite name ask
A:{G}
C:我买了你们一台立式钢琴，想搬到新家，你们能帮忙搬吗？
A:可以的，钢琴比较笨重，需要专业搬运，市内搬运一次四百元，搬完当场付，我们还送一次调音。
C:好，那约这周六。
A:好的，请问您怎么称呼？
C:姓甘。
A:甘女士，周六上午师傅到您那，出发前会给您打电话，{B}
#### musical instrument shop | 和弦琴行 | inbound | insult, apology | - | agent: 您家孩子没那个天分
A:{G}
C:我家孩子在你们这学了半年小提琴了，还拉得跟锯木头似的，我挺失望的。
A:那可能是孩子本身没那个天分，学多久都一样，您也别为难老师了。
C:你怎么说话的？
A:实话实说嘛，有的孩子就是不适合学乐器。
C:那我考虑退课了。
A:退课的话去前台填个表，三个工作日退剩余课时费，祝您生活愉快，再见。
#### musical instrument shop | 和弦琴行 | inbound | overpromise, name_ask | - | guarantees 考级十级 in one year; new enrolment, no polite name ask
A:{G}
C:我想给女儿报个钢琴班，她八岁，零基础。
A:来我们这学，一年保证考过十级，我们的老师带出来的没有一个不过的。
C:一年十级？真的假的？
A:真的，包过，不过退钱。
C:学费怎么算？
A:一节课两百元，一期二十节，报名当天交一期四千元。
C:那就报吧，这是我手机号。
A:好的，已经给您报上了，周六上午第一节课，祝孩子学琴开心，再见。
#### musical instrument shop | 和弦琴行 | inbound | - | hn | customer rants about a competitor; agent neutral, 不清楚那家的情况 about a third party
A:{G}
C:我在别的琴行买的吉他，弦距特别高，按得手疼，你们能调吗？
A:可以调的，那家的出厂设置我们不太清楚，您拿过来我们师傅看一下，调琴颈和琴桥一次八十元，调好以后付。
C:那周末能调吗？
A:周末可以，请问您贵姓？我帮您预约。
C:姓骆。
A:骆先生，周六下午三点给您约好了，{B}
#### musical instrument shop | 和弦琴行 | inbound | colleague, filler | - | agent calls the sales staff 忽悠, lots of 那啥/完了
A:{G}
C:我上个月买的电钢琴，店员说带蓝牙，结果回家发现没有。
A:哎呀，那啥，实在不好意思，那啥，店里那几个卖货的就会忽悠，完了啥都往好了说。
C:那现在怎么办？
A:那啥，您可以换一款带蓝牙的，完了补个差价，两百元，换货的时候补。
C:行，我周末去换。
A:那啥，您带上发票，完了直接找店长，{B}
#### musical instrument shop | 和弦琴行 | inbound | talk_over, name_ask | - | agent cuts in twice; 姓啥 when booking a trial lesson
A:{G}
C:我想给我儿子约个架子鼓体验课，他今年十岁，之前在学校乐队敲过一点点。
A>:行行，体验课免费的，周几？
C:周六或者周日都可以，最好是下午，上午他要上英语课，时间有点冲突。
A>:那就周日下午三点，姓啥？
C:姓宁。
A:宁先生，周日下午三点体验课约好了，{B}
#### musical instrument shop | 和弦琴行 | inbound | short_call | - | correct but very short call: opening hours
A:您好，和弦琴行，请问有什么可以帮您？
C:今天开到几点？
A:今天开到晚上九点，祝您生活愉快。
C:好，谢谢。
#### eyewear/optician | 明眸眼镜 | inbound | - | hn | lifetime free cleaning and nose-pad replacement; 不清楚度数也没关系
A:{G}
C:我想配一副眼镜，但是我不清楚自己现在多少度。
A:不清楚度数没关系，来店里我们免费给您验光，大概二十分钟。
C:以后镜架松了还要钱吗？
A:在我们这配的眼镜，清洗、调整、换鼻托都是终身免费的。
C:那挺好，我周末去，我姓柏。
A:柏女士，周六给您预约了验光，{B}
#### eyewear/optician | 明眸眼镜 | inbound | overpromise, apology | - | child's myopia lenses: 保证不再涨度数; wrong prescription, no apology
A:{G}
C:孩子上周刚配的眼镜，戴着头晕，去医院一查，你们度数配错了五十度，我真是窝火。
A:那您拿回来重新验一下，我们给您免费换片。
C:换了以后还会这样吗？
A:不会的，这次给他换我们最新的离焦镜片，戴上保证度数再也不涨了。
C:真的？
A:放心，绝对不涨，周末拿过来吧，祝孩子学习进步，再见。
#### eyewear/optician | 明眸眼镜 | inbound | tariff | - | contact lens subscription auto-renews, agent won't say when and how much
A:{G}
C:我在你们小程序上开了隐形眼镜月抛订阅，第一个月一块钱，之后怎么收？
A:之后就是正常价格，系统每个月自动续，很划算的。
C:正常价格是多少？哪天扣？
A:跟门店价差不多，具体看您选的款，自动扣的，您不用管。
C:哦，好吧。
A:好的，{B}
#### eyewear/optician | 明眸眼镜 | inbound | greeting, closing | - | customer has to say 喂？有人吗 first; closing thanks only
C:喂？喂？有人吗？
A:在的在的，您好，明眸眼镜，请问有什么可以帮您？
C:我的眼镜腿断了，就是去年在你们店配的那副黑框的，能修吗？
A:能修的，拿到店里换个镜腿，同款的二十元，换好付款，十分钟就好。
C:那我下午过去，大概三点左右，要不要带发票？
A:不用带发票，报您的手机号就能查到配镜记录。
C:行。
A:好的，感谢您的来电，再见。
#### eyewear/optician | 明眸眼镜 | inbound | - | hn | customer talks over the agent; agent patient; sunglasses price stated
A:{G}
C:我想问一下你们那个偏光太阳镜还有货吗？
A:有的，偏光太阳镜现在有三款，黑色、灰色和茶色，价格都是三百九十九元，
C>:茶色的，茶色的有没有近视的？
A:茶色的可以加近视度数，加度数的话镜片另加一百五十元，下单时一起付，七天左右取。
C:好，那我周末过去配。
A:好的，到店报您手机号就行，{B}
#### eyewear/optician | 明眸眼镜 | inbound | insult, complaint, apology | - | agent: 您这脸型戴啥都不好看; customer goes to 12315
A:{G}
C:我在你们店配的镜框，戴上以后朋友都说不好看，我想换一个。
A:镜框是您自己挑的啊，而且说实话，您这脸型戴啥都不好看，换了也一样。
C:你这是在说我丑？我要打12315投诉你们！
A:您打吧，镜框是定制的，不能换。
C:好，你等着。
A:嗯，祝您生活愉快。
#### tutoring marketplace | 学伴家教平台 | inbound | - | hn | agent reads back the reported insult 你脑子笨 while registering feedback; 我不是要投诉
A:{G}
C:我不是要投诉啊，就是想反映一下，那个数学老师上课的时候说我儿子“你脑子笨，教不会”，孩子回来很难过。
A:非常抱歉让孩子受委屈了。我记录一下：老师在课上对孩子说了“你脑子笨，教不会”，对吗？
C:对，就这句。
A:好的，我们会跟老师核实并进行教育，另外给您免费换一位老师，今天之内给您推荐三位候选。
C:好，谢谢你们。
A:不客气，祝孩子学习进步，再见。
#### tutoring marketplace | 学伴家教平台 | inbound | forbidden, apology, shirking | - | lesson no-show pushed to 您自己跟老师商量; 我也不知道老师咋想的
A:{G}
C:我约的英语老师今天又没来，这已经是第二次了，课时费你们怎么算？
A:老师没来的话，您自己跟老师商量一下，我们平台就是个中介。
C:那我付的钱是给你们平台的啊。
A:我也不知道老师咋想的，您直接联系老师。
C:这也太不负责了吧。
A:没办法，平台规定就是这样，祝您生活愉快。
#### tutoring marketplace | 学伴家教平台 | inbound | - | hn | new booking with polite name ask; trial lesson free, package fee with amount and date
A:{G}
C:我想给孩子找个初二的物理家教，一周两次，周末上门的。
A:好的，请问怎么称呼您？
C:我姓欧阳。
A:欧阳女士您好，我们第一节试听课是免费的，试听满意再买课包，二十节课包一共三千二百元，确认老师后三天内付款。
C:老师多久能定下来？
A:一般四十八小时内给您推荐两到三位，您挑好了我们再安排试听。
C:行，那麻烦你了。
A:不麻烦，{B}
#### tutoring marketplace | 学伴家教平台 | inbound | colleague, overpromise | - | agent rubbishes the 兼职大学生 tutors, promises 包上重点高中
A:{G}
C:上次给我介绍的那个老师讲得一般般，能不能换一个？
A:那个是兼职的大学生，说实话他们就是混个零花钱，讲课也就那样。
C:那你们有没有靠谱点的？
A:我给您换我们的金牌老师，跟着他学一年，保证孩子考上重点高中，考不上全退。
C:那挺好，那就换吧。
A:好的，明天给您安排试课，{B}
#### tutoring marketplace | 学伴家教平台 | inbound | speech_rate | fast | agent explains refund rules at 8-9 chars/s
A:{G}
C:我想问一下，课包没上完能退吗？
A:可以退的，未上课时按购买单价退，已上课时按原价扣，赠送课时不退，申请后七个工作日原路退回，退款手续费是零。
C:原价是多少？
A:单节原价是一百八十元，课包价是一百六十元，所以已上的课每节要补二十元差价，直接从退款里扣。
C:明白了，那如果我不退，换个科目能不能接着用？
A:可以的，剩余课时可以转到任意科目，转换不收费，在App课程页点“转科目”提交，当天就能生效，老师重新匹配一般一到两天。
C:好的，那我再考虑一下。
A:好的，{B}
#### used-car auction | 拍车汇 | inbound | - | hn | buyer's commission with amount and when; 不知道 said by the customer; hedged on price
A:{G}
C:我第一次参加拍卖，也不知道要交哪些钱。
A:您要先交五千元保证金，没拍中的话拍卖结束后三个工作日退回；拍中了的话按成交价收百分之三的佣金，成交后二十四小时内付。
C:那这辆车大概能拍到多少钱？
A:这个说不准，要看当天出价的人多不多，您可以参考一下同款车最近三次的成交价，页面上都有。
C:好的，我先交保证金。
A:好的，请问您贵姓？我给您开通竞拍权限。
C:姓蒲。
A:蒲先生，已经开通了，{B}
#### used-car auction | 拍车汇 | inbound | overpromise, talk_over | - | agent cuts in: 拍下来转手肯定赚
A:{G}
C:我想拍一辆车拿来转卖，你们这边的车况报告靠谱吗？我怕有事故车混在里面。
A>:靠谱，绝对靠谱，拍下来转手肯定赚，我们这儿的车没有亏的。
C:那泡水车呢？你们检测能查出来泡水车吗？上次朋友在别的平台就拍到一辆。
A>:查得出，百分之百查得出，您放一百个心。
C:那行吧。
A:好的，{B}
#### used-car auction | 拍车汇 | inbound | shirking, apology, complaint | - | car mileage tampered; agent pushes to the seller; customer threatens 市场监管局
A:{G}
C:我上周在你们平台拍的车，到4S店一查，里程表被调过，少了六万公里，你们报告上写的是正常！
A:车是卖家的，里程问题您得找卖家，我们只是提供拍卖平台。
C:报告是你们出的！
A:检测也是按卖家提供的资料来的，您自己去跟卖家沟通吧。
C:简直欺人太甚，我要向市场监管局举报你们。
A:那您随意，祝您生活愉快。
#### used-car auction | 拍车汇 | inbound | greeting, name_ask | - | opens 拍车汇，你说 without 您好 or offer; 你叫什么 when opening an account
A:拍车汇，你说。
C:我想注册一个买家账号，参加周六那场新能源车的专场拍卖，现在注册来得及吗？
A:你叫什么？
C:阎志强。
A:身份证号和手机号在App上填一下，保证金五千元，注册完当场交，没拍中拍卖结束三天内退。
C:好，我现在就在App上弄，保证金是用银行卡交还是微信也行？
A:都可以，微信支付宝银行卡都支持。
C:好。
A:好的，祝您拍到心仪的车，再见。
#### used-car auction | 拍车汇 | inbound | silence, filler | - | agent 呃/那个/这个 and a 14 s silence after the customer's question
A:{G}
C:我周六拍的那辆白色轿车，什么时候能过户？
~sil
A:呃，那个，过户的话，这个，一般是付完尾款以后，那个，五个工作日。
C:我尾款昨天已经付了。
A:呃，那个，那就是，这个，下周三左右，那个，会有人联系您。
C:好的。
A:呃，那个，祝您用车愉快，再见。
#### used-car auction | 拍车汇 | inbound | - | hn | agent apologises for app crash (死机) in bidding; customer 我不是要投诉
A:{G}
C:我不是要投诉啊，就是说一下，昨晚出价的时候App死机了，最后十秒没出上价。
A:非常抱歉给您带来不好的体验，我把您的情况登记一下，技术部门会查看当时的服务器记录，两个工作日内给您回电。
C:好，其实我就是想让你们改进一下。
A:谢谢您的反馈，我们一定会改进，{B}
#### used-car auction | 拍车汇 | inbound | forbidden, apology, closing, hangup | - | agent: 你这话啥意思 and hangs up on 喂？喂？
A:{G}
C:你们这个保证金扣得莫名其妙，我又没违约，凭什么扣我两千？
A:你这话啥意思？规则你自己没看吗？
C:我看了啊，规则上写的是拍中不付款才扣，我是没拍中！
A:系统扣的，我这边改不了。
C:喂？喂？你还在吗？喂？
#### home solar panels | 晴光家用光伏 | outbound | - | hn | outbound with company and purpose; subsidy hedged; installment amount and start stated
A:您好，我是晴光家用光伏的顾问小严，上周您在我们公众号留言咨询屋顶装光伏，我来给您回个电话。
C:对对，我想了解一下装一套要多少钱。
A:按您家屋顶面积，装十千瓦的话总价是三万八千元，可以分二十四期，每期一千五百八十三元，装好并网的下一个月开始扣。
C:那多久能回本？
A:这个跟您家用电量和日照有关，一般在六到八年，具体以我们上门测算为准。
C:好，那你们安排人来看看吧。
A:好的，请问您贵姓？
C:姓包。
A:包先生，明天下午工程师上门勘测，勘测是免费的，{B}
#### home solar panels | 晴光家用光伏 | inbound | overpromise, tariff | - | 六年保证回本，电费一分不用交; maintenance fee 到时候再说
A:{G}
C:我邻居说装你们的光伏板以后还要交维护费，是真的吗？
A:前三年是免费的，后面有个小小的维护费，到时候再说，不影响的。
C:那装了以后能省多少？
A:装了以后您家电费一分钱都不用交了，六年保证回本，回不了本我们补给您。
C:这么好？那我考虑考虑。
A:好的，{B}
#### home solar panels | 晴光家用光伏 | inbound | colleague, apology | - | inverter installed wrong; agent blames 安装队那帮人; no apology
A:{G}
C:你们装的逆变器老是报警，发电量一天比一天少，装了三个月就这样，我真是后悔了。
A:又是安装队那帮人，干活糙得很，接线都不按图纸来，我都说了多少回了。
C:那你们到底能不能修好？
A:我给您派售后工程师，后天上午上门，上门费和维修费都不收。
C:行吧。
A:好的，祝您生活愉快，再见。
#### home solar panels | 晴光家用光伏 | inbound | - | hn | announced hold ~11 s to check grid-connection progress; 死机 of the monitoring app
A:{G}
C:我家光伏并网申请交上去一个月了，监控App也死机了打不开，你帮我看看。
A:好的，我帮您查一下并网进度，请稍等。
~hold
A:让您久等了，您家的并网申请电力公司已经审核通过，下周二会来换双向电表。App打不开的话您卸载重装一下，新版本已经修复了。
C:好的，那电表要我在家吗？
A:需要家里有人，电力公司会提前一天打电话，{B}
#### home solar panels | 晴光家用光伏 | inbound | greeting, closing, insult, apology | - | opens 喂您好; agent sneers 您家那小破房; ends 行就这样
A:喂您好，晴光光伏，有什么事？
C:我家是那种老平房，屋顶是瓦的，大概有六十多平方，朝南，想装一套光伏，能装吗？
A:就您家那小破房，屋顶承重都不一定够，装了别塌了。
C:你这人怎么说话呢。
A:实话嘛，能装，要先做个加固，您要的话留个地址。
C:算了。
A:行，就这样。
#### home solar panels | 晴光家用光伏 | inbound | short_call, closing | - | wrong department, abrupt 找别人 ending under 20 s
A:{G}
C:电费在哪交？
A:找电力公司，我们这是光伏。
C:哦，好。
A:嗯。
#### home solar panels | 晴光家用光伏 | inbound | talk_over, apology | - | panel cracked by hail; agent cuts in twice, never apologises
A:{G}
C:前天下冰雹，我家屋顶有两块光伏板被砸裂了，你们当时说这个板子抗冰雹的，结果一下就坏了，太让人失望了。
A>:砸裂了是吧，报个地址，我们派人去看。
C:地址是城南镇新华村十二组，我还想问一下这个在不在质保范围里面，要不要我出钱。
A>:冰雹属于自然灾害，不在质保里，您买了财产险的话可以找保险公司。
C:那好吧。
A:好的，师傅明天上门，祝您生活愉快，再见。
#### swimming pool | 碧波游泳馆 | inbound | - | hn | annual card price and charge date stated; 不明白 said by the customer, agent explains
A:{G}
C:你们那个年卡和次卡的区别我不明白，能讲一下吗？
A:当然可以。年卡是两千二百八十元，办卡当天付，一年内不限次数；次卡是五十次八百元，也是办卡当天付，两年内用完。
C:我一周去两次左右。
A:那一年大概一百次，年卡更划算一些。请问您贵姓？我帮您预留一张。
C:姓滕。
A:滕女士，给您预留到周日，{B}
#### swimming pool | 碧波游泳馆 | inbound | overpromise, name_ask | - | 学十节课保证会游; child enrolment without polite name ask
A:{G}
C:我女儿七岁，怕水，能报你们的游泳课吗？
A:能，我们十节课一期，一千二百元，报名当天交，十节课下来保证会游，不会游全退。
C:这么快？她特别怕水的。
A:再怕水的孩子来我们这儿都能学会，没有例外。
C:那就报这周六的班。
A:好，孩子多大？七岁是吧，周六上午九点的班，给您报上了，祝孩子玩得开心，再见。
#### swimming pool | 碧波游泳馆 | inbound | apology, complaint, forbidden | - | pool closed without notice; agent 不清楚; customer wants the manager
A:{G}
C:我今天大老远跑过去，门口贴着停业维修，你们怎么不提前通知？白跑一趟，气死我了。
A:停业的事我不清楚，可能是临时决定的。
C:你们自己的馆停业你都不清楚？那什么时候恢复？
A:这个我也不知道。
C:叫你们经理给我回电话，我要投诉。
A:好的，我记下了，祝您生活愉快，再见。
#### swimming pool | 碧波游泳馆 | inbound | speech_rate, tariff | slow | agent drawls; locker fee amount but never when
A:您好，碧波游泳馆，请问有什么可以帮您？
C:你们储物柜要钱吗？
A:储物柜，是要收一点钱的，五块。
C:是每次五块吗？
A:嗯，差不多吧，看情况。
C:好的。
A:祝您游泳愉快，再见。
#### swimming pool | 碧波游泳馆 | inbound | - | hn | backchannel 0.2 s overlap; lost goggles found; agent polite
A:{G}
C:我昨天在你们女更衣室落了一副蓝色的泳镜，不知道有没有人捡到。
A~:嗯嗯，我帮您问一下前台，请您稍等。
~hold
A:让您久等了，前台说捡到一副蓝色泳镜，放在失物招领处了，您下次来报名字就能领。
C:太好了，谢谢啊。
A:不客气，{B}
#### swimming pool | 碧波游泳馆 | inbound | insult, colleague | - | agent mocks customer's swimming and the coach; apologised earlier for the crowd
A:{G}
C:周末人太多了，泳道里挤得根本游不起来。
A:不好意思，周末确实人比较多，建议您工作日晚上来。
C:还有你们那个教练，教了我三次蛙泳，我还是只会狗刨。
A:那个教练自己都游不利索，能教出啥来。不过您这协调性，换谁教都够呛。
C:……那我换个时间再说吧。
A:好的，{B}
#### swimming pool | 碧波游泳馆 | inbound | short_call | - | correct short call about water temperature
A:您好，碧波游泳馆，请问有什么可以帮您？
C:今天水温多少度？
A:二十八度，祝您游得开心。
C:好的谢谢。
#### swimming pool | 碧波游泳馆 | inbound | closing, apology, shirking, hangup | - | ring-worm complaint pushed to 卫生监督所; hangs up on the question
A:{G}
C:我在你们那游了两次，脚上长了好多小红疹子，是不是你们水不干净？真是闹心。
A:水质问题您找卫生监督所去，不是我们管的。
C:我是在你们馆得的，你们不负责吗？
A:我们水质每天都检测的。
C:每天检测？我想知道到底是怎么回事，那你们的水质检测报告能发给我看看吗？
#### language-exchange app | 语桥 | inbound | - | hn | auto-renew VIP with amount and charge date; customer says 你这话什么意思
A:{G}
C:我开了你们的会员试用，说七天后自动续费，你这话什么意思，是要扣钱吗？
A:是的，试用七天到期那天会自动扣第一个月的会员费，二十五元，以后每月同一天扣二十五元。您不想续的话，到期前在“我的—会员—自动续费”里关掉就不会扣。
C:那我现在关掉还能继续试用吗？
A:可以的，关掉后七天试用照常能用完。
C:好的，明白了。
A:好的，{B}
#### language-exchange app | 语桥 | inbound | insult, apology | - | user reports harassment; agent: 谁让您头像放那么好看
A:{G}
C:我在你们App上被一个男的骚扰，一直给我发乱七八糟的消息，我真是烦透了。
A:谁让您头像放那么好看，换个丑点的就没人找您了。
C:你说什么？这是我的问题？
A:开个玩笑，您把他拉黑，再点举报就行。
C:你们平台就这个态度？
A:举报我们会处理的，祝您学习愉快，再见。
#### language-exchange app | 语桥 | inbound | greeting, forbidden, closing | - | 你好，说吧; agent 谁知道呢 about matching; ends 没事了吧那我挂了
A:你好，说吧。
C:我是语桥的用户，我想学西班牙语，为什么一直匹配不到说西班牙语的语伴？
A:谁知道呢，匹配是系统弄的。
C:那有什么办法能快点匹配到吗？
A:你把母语和目标语言都填对，然后每天多上线，在线时间长了就好匹配了。
C:好吧，我试试。
A:没事了吧？那我挂了。
#### language-exchange app | 语桥 | inbound | filler | - | agent full of 就是/然后/对吧 explaining the points system
A:{G}
C:我想问问你们App里那个金币是怎么用的？
A:呃，就是，金币的话，然后，您每完成一次语音练习就是，就给十个金币，对吧。
C:那金币能干嘛？
A:就是，然后呢，可以解锁高级话题，对吧对吧，还能给语伴送小礼物。
C:能换会员吗？
A:呃，就是，三百金币可以换七天会员，然后，在商城里换就行。
C:好的，我知道了。
A:好的，{B}
#### language-exchange app | 语桥 | inbound | - | hn | user insults the app (垃圾软件); agent apologises, explains the bug fix
A:{G}
C:你们这垃圾软件，语音通话老是断，我跟外国语伴聊到一半就掉线，烦死了。
A:非常抱歉给您带来这么差的体验。最近部分安卓机型确实有掉线的问题，我们前天已经发了修复版本，您更新到三点二版本试试。
C:更新了还断怎么办？
A:如果还断，您在设置里点“问题反馈”上传日志，我们技术同事一个工作日内会联系您。
C:好吧，我去更新。
A:再次向您道歉，{B}
#### language-exchange app | 语桥 | inbound | silence, tariff | - | 16 s unannounced gap; private tutor fee 看老师定
A:{G}
C:我想约一个付费的日语外教一对一，怎么收费？
A:一对一是老师自己定价的，每个老师不一样。
C:大概什么范围？什么时候付？
~sil
A:嗯，看老师吧，您约的时候页面会显示。
C:好吧。
A:好的，祝您学习愉快，再见。
#### art supplies | 彩墨画材 | inbound | - | hn | 傻瓜式 easel; 笨重 canvas boxes; shipping fee stated with amount and when
A:{G}
C:我想买一个画架，最好是好装一点的，我不太会装东西。
A:那推荐您这款折叠画架，打开就能用，基本是傻瓜式的，不用任何工具，一百六十八元。
C:再加十张四十乘五十的油画框，会不会很重？
A:十张画框一起有点笨重，快递会按重量收运费，大概二十元，下单付款的时候一起付。
C:行，那我下单，我姓邬。
A:邬女士，下单后四十八小时内发货，{B}
#### art supplies | 彩墨画材 | inbound | insult, apology | - | agent: 就您这水平用学生级的就够了
A:{G}
C:我买的那套专家级水彩颜料，有好几支一挤就干裂了，我很不满意。
A:专家级您也用不出区别来，说实话就您这水平用学生级的就够了。
C:我画了二十多年画了！你凭什么这么说？
A:那您拍个照片发过来，我们看看是不是质量问题。
C:我已经发过了。
A:收到了，给您补发新的，祝您生活愉快，再见。
#### art supplies | 彩墨画材 | inbound | tariff, name_ask | - | framing service 价格不一定; 名字? for a new order
A:{G}
C:你们能帮忙装裱国画吗？一幅四尺的山水。
A:能，装裱的话价格不一定，看用什么料。
C:大概多少？什么时候付？
A:都差不多，您先把画寄过来，裱好了再说。
C:好吧，那我寄过去。
A:名字？
C:计红梅。
A:行，收到画给您打电话，祝您生活愉快，再见。
#### art supplies | 彩墨画材 | inbound | talk_over | - | agent cuts in twice about bulk order for a studio; otherwise fine
A:{G}
C:我们是一个少儿美术工作室，想批量订一批马克笔和素描本，大概五十套，不知道有没有团购价。
A>:有的有的，五十套以上打八折，马克笔一套原价一百二，折后九十六。
C:素描本呢？素描本我们要八开的，最好是那种加厚的纸，孩子们用水彩也不会透。
A>:八开加厚的有，一本十二元，五十本打八折就是九块六，合同签好后三天内付款发货。
C:好，那你发个合同给我。
A:好的，请问您怎么称呼？
C:姓喻。
A:喻老师，合同半小时内发到您邮箱，{B}
#### art supplies | 彩墨画材 | inbound | closing, apology, shirking | - | wrong colour shipped (company fault, no apology); agent sends her to 仓库那边; ends 拜拜
A:{G}
C:我上周在你们店订了一支温莎牛顿的钴蓝，寄来的却是群青，订单号尾号四四一二，我这边急着用，能换吗？
A:发货是仓库那边弄的，您直接打仓库电话问吧。
C:我是在你们店买的啊，仓库电话我哪知道？
A:那您在订单页面点联系仓库，拜拜。
#### art supplies | 彩墨画材 | inbound | speech_rate | fast | agent gabbles the paper weights and sizes
A:{G}
C:我想买水彩纸，但是不太懂，三百克和一百八十五克有什么区别？
A:三百克的纸更厚，吸水性好，适合湿画法和多次叠色，不容易起皱；一百八十五克的比较薄，适合练习和钢笔淡彩，价格便宜一半左右。
C:那我初学用哪种？
A:初学建议先用一百八十五克练习，有了基础再用三百克画作品，我们店里有个初学套装，两种纸各十张，三十八元，下单付款。
C:好，那就要那个套装。
A:好的，请问您怎么称呼？
C:姓尚。
A:尚先生，{B}
#### art supplies | 彩墨画材 | inbound | - | hn | customer talks over the agent; agent hedges on delivery (一般/以物流为准)
A:{G}
C:我前天买的油画颜料到哪了？
A:我看一下，您的包裹昨天已经从杭州发出，现在在转运中心，一般明后天能到，
C>:明天能到吗？我周末要上课用。
A:不能百分百保证，一般是明天下午到，具体以物流为准，如果周五还没到您联系我，我帮您催快递。
C:好的，谢谢。
A:不客气，{B}
#### art supplies | 彩墨画材 | inbound | greeting, complaint | - | 嗯，彩墨; customer: 我要给你们差评还要去消协
A:嗯，彩墨。
C:是彩墨画材吧？你们卖的宣纸一打湿就烂，根本不是什么生宣，我要去消协告你们虚假宣传。
A:非常抱歉给您带来不好的体验，您把购买记录和照片发给我们，我们核实后给您全额退款。
C:退了款我也要去消协。
A:好的，我们尊重您的决定，退款三个工作日到账，祝您生活愉快，再见。
#### hearing aids | 聆悦助听器 | inbound | - | hn | 神经性耳聋 / 病历; trial free, price with pay date; polite name ask
A:{G}
C:我父亲医院诊断是神经性耳聋，医生说可以配助听器，你们那能试戴吗？
A:可以的，试戴是免费的，请带上老人家的病历和听力检查报告，我们先给他做一次免费的听力评估。
C:配一副大概多少钱？
A:按老人家的听力情况，常用的款式是单耳四千八百元到九千元，验配满意签单当天付款，另外有三十天无理由退。
C:好，那我周六带他去，我姓鲍。
A:鲍先生，周六上午十点给您约好了，{B}
#### hearing aids | 聆悦助听器 | inbound | insult, apology | - | agent mocks the elderly customer's hearing: 您这耳朵戴啥都白搭
A:{G}
C:你说什么？大点声，我这助听器戴着还是听不清楚。
A:我说您把音量调大点！
C:调到最大了，还是嗡嗡的，我花了八千块钱，太不值了。
A:您这耳朵都这程度了，戴啥都白搭，别指望能跟年轻人一样。
C:你这说的什么话！
A:那您来店里调一下吧，祝您生活愉快，再见。
#### hearing aids | 聆悦助听器 | inbound | overpromise, tariff | - | 戴上跟正常人一样; battery subscription glossed
A:{G}
C:我母亲八十了，听力挺差的，戴你们的助听器能行吗？
A:能行，戴上我们这款，保证跟正常人一样，打电话看电视都清清楚楚。
C:电池需要经常换吗？要不要钱？
A:电池我们有个订阅服务，每个月寄给您，费用很低，一杯奶茶钱，以后自动续，您不用操心。
C:那先给我妈配一副吧。
A:好的，请问您怎么称呼？
C:姓卞。
A:卞女士，周三上午带阿姨过来验配，{B}
#### hearing aids | 聆悦助听器 | inbound | speech_rate | slow | agent drawls when talking with an elderly client about cleaning
A:{G}
C:我想问问这个助听器怎么清洁。
A:您每天晚上，用干的软布，擦一擦外壳。
C:能用水洗吗？
A:不能用水洗，要放在，干燥盒里。
C:好的，知道了。
A:有问题您随时打电话，祝您身体健康。
#### hearing aids | 聆悦助听器 | inbound | - | hn | announced hold ~13 s; repair status; agent 不清楚 only as 您不清楚型号也没关系
A:{G}
C:我上个月送修的助听器还没拿回来，型号我也不清楚，就是耳背式的那种。
A:您不清楚型号也没关系，报一下送修时登记的手机号，我帮您查一下维修进度，请您稍等。
~hold
A:让您久等了，您的助听器已经修好了，昨天寄出，顺丰单号已经发到您手机上，明天能到。因为在保修期内，这次维修不收费。
C:太好了，谢谢你。
A:不客气，{B}
#### hearing aids | 聆悦助听器 | inbound | silence, colleague | - | 15 s silence; agent disparages the 验配师 at the branch
A:{G}
C:我在你们东城店配的助听器，验配师调了三次还是有啸叫，怎么办？
~sil
A:东城店那个验配师啊，刚入行没多久，手艺确实不行，您来总店吧，这边的老师傅靠谱。
C:总店在哪儿？
A:在中山路八十八号，周一到周六都营业，调试免费，我帮您约周四下午？
C:行，周四下午。
A:好的，不好意思给您添麻烦了，{B}
#### hearing aids | 聆悦助听器 | inbound | closing, hangup, shirking | - | battery door broken, pushed to 厂家; drops call on 喂
A:{G}
C:我去年在你们店里配的助听器，电池仓的盖子昨天掉了，怎么按都卡不上，能修吗？
A:这个要找厂家，我们门店不修配件。
C:是在你们门店买的，保修卡上也是你们店的章。
A:保修是厂家保修，您打厂家售后热线吧。
C:厂家电话是多少？喂？喂？
#### hearing aids | 聆悦助听器 | outbound | greeting, filler | - | outbound 您好我是小易 with no company; 那个/就是 fillers in reminder call
A:您好，我是小易，那个，就是提醒您一下，您家老人的助听器该复查了。
C:哪家的？
A:呃，那个，就是聆悦助听器，您去年在我们这配的，然后呢，一年可以免费复查一次。
C:哦，免费的是吧。
A:对，那个，就是说，复查是不收费的，然后，您看这周哪天方便？
C:周五上午吧。
A:好的，周五上午给您约好了，{B}
#### bridal shop | 嫁衣坊婚纱 | inbound | - | hn | 百分之百真丝 factual; rental price with deposit and when paid; polite name ask
A:{G}
C:我下个月结婚，想租一件婚纱，你们那款鱼尾的是什么面料？
A:那款鱼尾的主面料是百分之百真丝，外面一层是法式蕾丝。租金是三千八百元，另交两千元押金，取纱的时候一起付，还纱检查没问题当天退押金。
C:能先试穿吗？
A:可以的，试穿免费，请问您怎么称呼？我给您约个试纱时间。
C:姓宓，周六下午可以吗？
A:宓小姐，周六下午两点给您约好了，祝您新婚快乐，再见！
#### bridal shop | 嫁衣坊婚纱 | inbound | insult, complaint | - | agent about the bride's figure; she asks for the 店长; agent had apologised for the delay
A:{G}
C:我的婚纱改了两次腰身还是紧，婚礼就剩十天了。
A:实在不好意思，让您跑了两趟。不过说句实话，您这身材穿什么婚纱都不会太好看，要不您少吃点？
C:你什么意思？叫你们店长来，我要投诉你。
A:好的，我转告店长，让她今天给您回电话，祝您生活愉快。
C:哼。
#### bridal shop | 嫁衣坊婚纱 | inbound | closing | - | all fine but the agent ends 行，那回头见
A:{G}
C:我想问一下，伴娘服可以租吗？要四件一样的。
A:可以的，伴娘服一件两百元一天，四件一样款式的我们有好几种颜色，取衣服的时候付款。
C:那我周末带伴娘一起过去挑。
A:好的，周末店里人多，建议您上午来，请问您怎么称呼？
C:姓甄，那就周六上午。
A:行，那回头见。
#### bridal shop | 嫁衣坊婚纱 | inbound | overpromise | - | photo package: 保证您是全场最美、当天绝不下雨的户外
A:{G}
C:我在看你们的婚纱照套餐，外景那个如果下雨怎么办？
A:您放心，我们的摄影师会看天气，选的日子保证不下雨，拍出来保证您是朋友圈最美的新娘。
C:那万一真下雨呢？
A:不会的，我们从来没遇到过，绝对是大晴天。
C:好吧，那套餐价格是？
A:外景套餐是六千八百元，签约当天付一半，拍摄当天付尾款，请问您怎么称呼？
C:姓闻。
A:闻小姐，合同我发您微信了，祝您新婚快乐，再见。
#### bridal shop | 嫁衣坊婚纱 | inbound | silence | - | 14 s silence mid-call while the agent checks without saying so
A:{G}
C:我上个月在你们这订的主纱，订单号尾号八零六，想确认一下什么时候能取。
~sil
A:看到了，您的主纱下周三可以取，取的时候带上订单小票，尾款四千元取纱时付。
C:好的，下周三下午我过去。
A:好的，祝您新婚快乐，再见！
#### bridal shop | 嫁衣坊婚纱 | inbound | - | hn | customer talks of a past settled complaint; agent thanks and helps
A:{G}
C:上次我投诉你们头纱发错的事，店长已经处理好了，给我换了新的，我这次打电话是想再订一个手捧花。
A:谢谢您的理解，也再次为上次的失误向您道歉。手捧花我们有合作花艺师，一束三百八十元，婚礼前一天送到，下单时付款。
C:好，要白色和香槟色的。
A:好的，请问您贵姓？我查一下您的婚期。
C:姓龚，十月八号。
A:龚小姐，已经给您记下了，{B}
#### bridal shop | 嫁衣坊婚纱 | inbound | apology | - | veil torn when delivered; agent fixes but never apologises
A:{G}
C:今天收到的头纱，边上撕了一道口子，这可是结婚用的，我心里特别不舒服。
A:您把照片发过来，我们今天就给您换一条新的，闪送过去，运费我们出。
C:今天能到吗？
A:今天下午五点前能送到，到了您检查一下。
C:好。
A:好的，祝您新婚快乐，再见。
#### bridal shop | 嫁衣坊婚纱 | inbound | short_call, greeting | - | 喂？嫁衣坊 — short address question
A:喂？嫁衣坊。
C:你们店在几楼？
A:三楼，电梯上来右手边，祝您逛得开心。
C:好嘞。
#### garden centre | 绿意园艺中心 | inbound | - | hn | 滚筒割草机 and 老毛病 of a hose reel; repair fee with amount and when
A:{G}
C:我去年在你们那买的滚筒割草机，刀片有点钝了，还有那个水管卷盘，老毛病了，一拉就卡。
A:割草机磨刀片一次五十元，卷盘我们可以免费帮您检查，要换零件的话三十元，修好取的时候付。
C:那我周末拿过去。
A:好的，请问您贵姓？我先给您登记上。
C:姓司徒。
A:司徒先生，周末到店报姓氏就行，{B}
#### garden centre | 绿意园艺中心 | inbound | forbidden | - | agent 不晓得 about own plant care; otherwise polite
A:{G}
C:我在你们那买的龟背竹，叶子边上发黄，是浇水多了还是少了？
A:这个我也不晓得，植物的事情说不准。
C:那我该怎么办啊？
A:您可以把照片发到我们公众号，园艺师会回复您，一般当天就回。
C:好，我发一下。
A:好的，{B}
#### garden centre | 绿意园艺中心 | inbound | tariff | - | landscaping maintenance contract, 包月价 not stated, 先做着
A:{G}
C:我家小院想找你们长期维护，每个月修剪一次，怎么收费？
A:可以的，我们有包月维护，价格实惠，先做着，做得满意再说钱的事。
C:那总得有个价吧，什么时候付？
A:放心，不会贵，跟别家差不多，到时候师傅给您算。
C:那好吧，先来看看。
A:好的，请问您怎么称呼？
C:姓谷。
A:谷先生，下周一园艺师上门，{B}
#### garden centre | 绿意园艺中心 | inbound | colleague, apology | - | seedlings dead on arrival; agent blames the 打包的; no apology
A:{G}
C:今天收到的二十棵月季苗，一半都蔫了，叶子全掉了，我真是太失望了。
A:肯定是仓库打包那帮人又偷懒，根本没按要求保湿，跟他们说过多少次了。
C:那现在怎么办？
A:您拍个照片，蔫了的我们给您补发，补发的苗三天内到。
C:行吧。
A:好的，{B}
#### garden centre | 绿意园艺中心 | inbound | - | hn | hedged promise on seed germination; 不知道 said by the customer
A:{G}
C:我也不知道我家阳台适合种什么，朝北的，光线不太好。
A:朝北的阳台可以试试绿萝、龟背竹、蕨类这些耐阴的植物，比较好养。
C:那种子能发芽吗？我以前种过没发芽。
A:发芽率跟温度湿度都有关系，不能打包票，一般这款种子的发芽率在八成左右，我们附了种植说明，您照着做成功率会高很多。
C:好，那我先买两包试试。
A:好的，请问您怎么称呼？我给您下单。
C:姓车。
A:车女士，{B}
#### garden centre | 绿意园艺中心 | inbound | name_ask, filler | - | 叫什么名字 for a new order; agent's 那个/这个/然后 tics
A:{G}
C:我想订一批多肉，公司前台摆的，大概三十盆。
A:呃，那个，三十盆的话，这个，我们可以给您搭配好，然后，统一用白色的陶盆。
C:大概多少钱？
A:那个，平均一盆二十五，然后，三十盆就是七百五，这个，送到以后付款。
C:可以，那就订吧。
A:那个，你叫什么名字？然后公司地址发一下。
C:蓝天，地址我微信发你。
A:好的，后天给您送过去，{B}
#### garden centre | 绿意园艺中心 | inbound | speech_rate | fast | agent rushes through the fertiliser dilution instructions
A:{G}
C:我买的那个营养液，该怎么兑水？
A:兑水比例是一比一千，也就是一瓶盖五毫升兑五升水，春秋两季每两周浇一次，夏天高温和冬天休眠的时候停用，浇的时候避开叶子，直接浇在土里。
C:一比一千，五毫升兑五升，对吧？
A:对的，兑好的营养液当天用完，不要隔夜，多肉和仙人掌的话再稀释一倍，一个月浇一次就够了。
C:好的，明白了，那多肉用的话是不是要更稀一点？
A:对，多肉再稀释一倍就行，一个月一次。
C:好的，谢谢。
A:不客气，{B}
#### garden centre | 绿意园艺中心 | inbound | greeting, closing | - | 您好，请问您找哪个部门 with no company; closing thanks only
A:您好，请问您找哪个部门？
C:哦，我不太清楚找哪个部门，我想问问你们园艺中心周末有没有插花课，我和我女儿想一起去学。
A:有的，周六下午两点，一节课一百二十元，报名时付款，材料都包含。
C:那我们两个人都报，我姓萧，电话就是现在这个。
A:萧女士，已经给您报上了，谢谢您的来电，再见。
#### garden centre | 绿意园艺中心 | inbound | - | hn | proper transfer to the landscaping design team with blessing
A:{G}
C:我家刚买了一套带院子的别墅，院子大概两百平方，想做一个整体的庭院设计，有水景有菜地的那种，这个是你们负责吗？
A:庭院设计是我们景观设计部负责的，我现在帮您转接设计部的同事，他们会先跟您约时间上门量房，请您稍等。
C:好的。
A:正在为您转接，祝您早日拥有理想的花园，再见。
C:谢谢。
#### sports club | 锐动体育俱乐部 | inbound | - | hn | membership fee with amount and auto-renew date; customer 你这话什么意思; agent clarifies politely
A:{G}
C:你们说月卡“到期顺延”，你这话什么意思？会自动扣钱吗？
A:不好意思我刚才没说清楚。月卡是三百九十八元，开卡当天付；开通自动续费的话，每月到期前一天从您绑定的卡上扣三百九十八元，不开通就不会扣，到期停用。
C:那我不开自动续费。
A:好的，已经帮您确认是关闭状态，{B}
#### sports club | 锐动体育俱乐部 | inbound | shirking | - | injured in class, pushed to 教练自己; no registration
A:{G}
C:我昨天在你们的搏击课上扭伤了脚踝，教练让我们做的动作太猛了，这事你们怎么说？
A:课是教练上的，您去找教练本人沟通吧，我们前台不管这个。
C:教练是你们俱乐部的人吧？
A:他是合作的私教，您直接联系他就行。
C:那我先去医院看看。
A:好的，不好意思啊，祝您早日康复，再见。
#### sports club | 锐动体育俱乐部 | inbound | talk_over | - | agent cuts in twice over a customer describing the badminton booking
A:{G}
C:我想订周六晚上的羽毛球场，两个场地连着的，我们八个人，最好是靠里面那两块。
A>:周六晚上是吧，七点到九点还有两块连着的，靠里面的。
C:那太好了，费用是不是跟平时一样，还是周末要贵一点，我记得上次好像不太一样。
A>:周末晚上一块场一小时八十，两块两小时一共三百二，现在在线付款就锁定场地。
C:好，那我现在付。
A:好的，请问您怎么称呼？
C:姓鞠。
A:鞠先生，付款链接发您手机了，祝您打球愉快，再见。
#### sports club | 锐动体育俱乐部 | inbound | complaint, apology | - | locker theft; customer will report to 12345 and 曝光; no apology
A:{G}
C:我昨天在你们更衣室的柜子被人撬了，手机钱包都没了，你们监控呢？这太不像话了！
A:更衣室里面没有监控的，按规定不能装。
C:那走廊有吧？你们怎么保障会员财物安全的？
A:走廊有，需要警方来调。您先报警吧。
C:我要打12345反映，还要发到网上曝光你们。
A:好的，您报警以后我们全力配合调监控，祝您生活愉快。
#### sports club | 锐动体育俱乐部 | inbound | short_call | - | correct short call about the sauna hours
A:您好，锐动俱乐部，请问有什么可以帮您？
C:桑拿今天开吗？
A:开的，到晚上十点，祝您运动愉快。
C:好的谢谢。
#### sports club | 锐动体育俱乐部 | inbound | silence, closing, hangup | - | 16 s silence then drops the customer's question about freezing the card
A:{G}
C:我下个月要出差两个礼拜，年卡能不能冻结一段时间？
~sil
A:可以冻结，一年最多冻结一次。
C:怎么冻结？需要我本人到前台去办吗？还是App上就能操作？
#### sports club | 锐动体育俱乐部 | inbound | - | hn | announced hold ~10 s; coach schedule; 不清楚 as 您不清楚想练什么也没关系
A:{G}
C:我想上私教课，但是我也不清楚自己适合练什么。
A:您不清楚也没关系，我们有一次免费的体测和咨询，教练会根据结果给您建议。我帮您查一下这周哪位教练有空，请您稍等。
~hold
A:让您久等了，周四晚上七点王教练有空，体测大概四十分钟。
C:好的，那就周四。
A:好的，请问您怎么称呼？
C:姓訾。
A:訾先生，周四晚上七点见，{B}
#### sports club | 锐动体育俱乐部 | inbound | forbidden, closing | - | agent 那您想好了再来电; ends 好嘞就这样
A:{G}
C:我在犹豫是办游泳年卡还是健身年卡，你能给点建议吗？
A:这个看您自己，那您想好了再来电吧。
C:我就是想听听两者有什么区别。
A:游泳年卡两千八，只能游泳；健身年卡三千二，器械团课都能用，办卡当天付。
C:行，我再想想。
A:好嘞，就这样。
#### sports club | 锐动体育俱乐部 | outbound | - | hn | outbound: company and purpose; free renewal gift, fee with amount and date
A:您好，这里是锐动体育俱乐部，我是会籍顾问小祁，打电话是提醒您的年卡本月二十号到期，想问问您是否续卡。
C:续卡有优惠吗？
A:现在续卡是两千九百八十元，比新办便宜五百，另外送两节私教课，续卡当天付款，新年卡从二十一号开始算。
C:好，那我周末去前台续。
A:好的，{B}
C:好，再见。
#### sports club | 锐动体育俱乐部 | inbound | insult | - | agent: 您这体型还想减二十斤; had apologised for the crowded class
A:{G}
C:昨天的动感单车课人太多了，我都没抢到车。
A:不好意思，最近报名的人确实多，建议您提前一天在App上预约。
C:好的，我主要是想减肥，一个月减二十斤能做到吗？
A:您这体型啊，一个月减二十斤，做梦呢吧，先把嘴管住再说。
C:……好吧。
A:嗯，坚持锻炼，祝您健健康康，再见。
#### home solar panels | 晴光家用光伏 | inbound | - | hn | long consultation: financing, subsidy hedged, fees with amount and start, polite name ask, blessing
A:{G}
C:你好，我家是农村自建房，三层，屋顶大概一百二十平方，朝南，想咨询一下装光伏的事，我对这个一点都不懂。
A:没关系，我给您从头介绍一下。像您家这个面积，一般可以装十五到十八千瓦，我们有两种方式，一种是全款自己装，一种是分期。
C:全款大概要多少钱？
A:十五千瓦的话全款是五万四千元左右，签合同的时候先付百分之三十定金，装好并网验收以后付剩下的百分之七十。
C:那分期呢？
A:分期的话首付一万元，签合同时付，剩下的分三十六期，每期一千三百五十元，并网发电后的次月十五号开始从您的银行卡扣。
C:那一年能发多少电？能卖多少钱？
A:按咱们这边的日照，十五千瓦一年大概发一万八千度左右，余电上网的电价按电网公司当年的标准，我没法给您一个准数，大概算下来一年收益在七千到九千元之间，受天气影响会有浮动。
C:那国家还有补贴吗？
A:补贴政策每年都在调整，今年我们这边还有没有地方补贴，我得跟您说实话，要等工程师上门的时候结合最新政策给您确认，我不能现在就跟您打包票。
C:明白，那你们上门看要收钱吗？
A:上门勘测是免费的，勘测完给您出一份方案和收益测算，您觉得合适再签，不合适也不收任何费用。
C:好，那就安排一下吧。
A:好的，请问您怎么称呼？
C:姓冉，冉家坝村的。
A:冉先生，我们工程师后天上午到，出发前一个小时会给您打电话，{B}
#### coworking space | 栖座联合办公 | inbound | - | hn | customer's 喂 on a bad line answered at once by the full greeting; 我保证 within agent control
C:喂？
A:您好，栖座联合办公，请问有什么可以帮您？
C:哦，通了。我想反映一下，我们楼层的打印机老是卡纸，已经好几天了。
A:不好意思给您添麻烦了，我这边登记一下，请问是几楼哪个区域的打印机？
C:四楼B区靠窗那台。
A:好的，我保证今天下班前把报修单交给行政，明天上午会有人去处理，处理完我给您回个电话。
C:好，谢谢。
A:不客气，{B}
#### bridal shop | 嫁衣坊婚纱 | inbound | - | hn | long call: bride plans fittings; the agent gives every fee with amount and when; neutral about the makeup artist
A:{G}
C:你好，我明年五月结婚，想在你们这边把婚纱、礼服和跟妆都定下来，能给我讲讲吗？
A:恭喜您！我们有一个婚礼全套的方案，包括一件主纱、两件敬酒服、一套出门服，还有婚礼当天的跟妆。
C:全套多少钱？
A:全套是一万二千八百元，签约时付三千元定金，婚礼前一个月付尾款。如果单独租主纱，是三千八百元起。
C:跟妆老师是固定的吗？我朋友说上次她那个跟妆老师有点赶时间。
A:可能那天老师行程比较紧，没照顾好您朋友，我们这边会提前一周把当天的时间表定好，跟妆老师全程只跟您一位新娘。
C:那试纱要收钱吗？
A:试纱是免费的，每次可以试五件，不满意可以再约。请问您怎么称呼？
C:姓聂。
A:聂小姐，我给您约这周六下午两点来试纱，到时候顾问会跟您细聊，提前祝您新婚快乐，再见！
C:好的，谢谢。
#### translation agency | 译通翻译 | inbound | closing | - | everything right but closing: 好的，没问题，先挂了
A:{G}
C:我想翻译一份大学成绩单，英文的，申请国外研究生用。
A:好的，成绩单翻译一页一百元，一般两页左右，加急二十四小时出，普通的三个工作日，下单时付款。
C:普通的就行，我姓俞。
A:俞同学，您把扫描件发到我们邮箱，收到后给您发确认短信。
C:好的。
A:好的，没问题，先挂了。
#### musical instrument shop | 和弦琴行 | inbound | greeting | - | 和弦琴行。有事吗 — no 您好, no offer of help; rest polite
A:和弦琴行。有事吗？
C:你好，我想给吉他换一套弦，是一把民谣吉他，弦都生锈了，音也不准，你们店里能换吗？
A:可以的，民谣吉他换弦加调试一共八十元，换好以后付款，十分钟左右就好。
C:那我下午过去，自己带弦还是用你们的？
A:用我们的就行，八十元里已经含了一套达达里奥的弦。
C:好的。
A:好的，您下午直接到店就行，祝您弹琴愉快，再见。
#### eyewear/optician | 明眸眼镜 | inbound | apology | - | lenses scratched within a week (company-side fault); calm customer; agent fixes but never apologises
A:{G}
C:我上周在你们店新配的眼镜，才戴了一个礼拜，镜片中间就有好几道划痕，我平时很小心的。
A:您把眼镜拿到店里，我们检测一下，如果是镜片膜层质量问题，给您免费换一对。
C:要多久？
A:换片大概三天，换好了给您打电话。
C:行，那我明天拿过去。
A:好的，祝您生活愉快，再见。
#### camping/RV rental | 野径房车租赁 | inbound | tariff | - | mileage overage fee 超了再按标准收, no amount
A:{G}
C:我租房车五天，开的里程有限制吗？
A:每天限三百公里，超了的部分按标准收费。
C:那超一公里多少钱？什么时候收？
A:按标准来，超得不多就没关系，一般不会超的。
C:好吧，那我注意点。
A:好的，祝您旅途愉快，再见。
#### fishing gear | 海钓翁渔具 | inbound | colleague | - | agent mocks the 仓库 colleagues while handling a missing item, apologises
A:{G}
C:我上周在你们网店买的一套路亚竿，今天收到拆开一看，少了一个竿套，说明书上写着有的。
A:实在抱歉，我们仓库那几位，眼神都不太好使，天天漏这漏那的。我给您补寄一个竿套，明天发出。
C:好的，那麻烦了。
A:不麻烦，再次跟您说声抱歉，{B}
#### hearing aids | 聆悦助听器 | inbound | shirking | - | charger case broken, agent pushes to the online shop where bought; apologises
A:{G}
C:我在你们聆悦的网店买的助听器，充电盒充不进电了，你们能处理吗？
A:不好意思，网店的东西您得找网店客服，我们热线不管网店的货。
C:网店不也是你们聆悦开的吗？
A:是一个牌子，但是我们这边没法处理，您去网店那边申请吧，祝您生活愉快，再见。
C:好吧。
#### language-exchange app | 语桥 | inbound | - | hn | reported insult read back while registering feedback (你是不是傻); customer not complaining
A:{G}
C:我不是要投诉啊，就是想跟你们说一下，有个语伴在聊天的时候骂我“你是不是傻，这都不会说”，我挺不舒服的。
A:非常抱歉让您有这样的经历。我记录一下，对方在聊天中说您“你是不是傻，这都不会说”，对吧？
C:对，就是这句话。
A:好的，我们会根据社区规范处理这个账号，处理结果会通过站内信通知您，您也可以直接把对方拉黑。
C:好，谢谢。
A:谢谢您的反馈，{B}
"""

if __name__ == "__main__":
    main()
