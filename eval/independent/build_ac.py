"""Independent labelled call set AC (eval/independent/tune_ac.jsonl; first named heldout_ac.jsonl, held out
until its blind figures were recorded, then renamed as round 29 of rule work began) — now a TUNING set.

Writer AC adopts writer AB's label policy unchanged: writer Z's policy (the header of build_z.py), the "AA:" readings
at the top of build_aa.py and the "AB:" readings at the top of build_ab.py. Timing families are computed from the
generated segment times and asserted against the hand labels (clean and noisy text): short_call < 20 s (others
>= 30 s); silence an unannounced gap >= 10 s (holds announced with 稍等 / 稍候 in the agent's turn just before are not);
talk_over the agent starting >= 1.0 s before the customer's segment ends; speech_rate the agent's mean rate over turns
of >= 6 characters >= 7.5 or <= 2.0 chars/s; hangup the clean transcript ending on the customer's unanswered question
or 喂？喂？ (every hangup call also carries closing).

Data format (writer AC's own): industries `% code | industry | company | short name`; calls
`@ key | code | in|out | labels | flags | note`, turns `A:` agent / `C:` customer, `A!:` agent cutting in on the
customer, `.. hold N` (announced wait) / `.. gap N` (unannounced silence); flags `hn` (hard negative), `fast`, `slow`,
`short`. `{G}` / `{C}` are the rotating correct greeting / closing, `{name}` / `{no}` the call's agent name / number.
random.Random(SEED) only chooses timing, order, the noisy calls and their noise, and the greeting / closing rotation
(with the agent's name and number); the dialogues are hand-written by writer AC.

AC: readings writer AC had to choose (they only settle what AB's policy leaves open or what AC's calls bring up):
AC: contempt for a customer's disability (腿都没了还挑好看), for a small business (小作坊开什么专票), for a hobby's cost
    (八千的鸽子也叫好鸽子) or for a customer's worry (做个梦都来查岗 — sanity) is insult; so is a regional 脑壳有包
    and a 有病就去看病 brush-off; a brush-off that ends the call after an insult also makes it closing.
AC: trade words that share characters with insults are innocent: 堵死 / 离析 (concrete), 鸽瘟 / 病鸽 / 死亡 (pigeon
    loft), 有毒 of wild mushrooms, 瞎火 / 哑炮 / 炸 (fireworks), 残肢 / 截肢 (prosthetics), 泛塘 / 死鱼 (fish fry),
    《神经漫游者》 (an audiobook title), 见血封喉 (a botanical garden's plant), 傻小子 / 砸挂 (crosstalk pieces),
    雷劈 / 击穿 (lightning protection), 聋 / 哑 of a dead earbud.
AC: a customer who says 我笨 / 我不懂 of himself and hears 您一点都不笨 is innocent; an agent's 我查一下 followed by
    >= 10 s of nothing stays silence even when the agent says 不好意思 after it (that settles apology only).
AC: 保证这辈子不摔倒 / 保证三十年不裂 / 保证进面就上岸 / 保证一辈子劈不到 / 百分之百成活 / 跟原来的腿一模一样 are
    overpromise; 一般 / 大概 / 不敢打包票 / 以现场为准 are hedges.
AC: an outbound opening that names the agent but no company (我是小霍，上个月给您家装扶手的) is a greeting fault; so is
    an inbound 喂，您好 + company + offer (it opens with 喂).
AC: 不清楚，没听说 / 谁知道呢，看天吧 that end the matter are forbidden; so is a curt 别绕了，说重点.
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import opencc

SEED = 20261228
HERE = Path(__file__).resolve().parent
OUT = HERE / "tune_ac.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask",
            "apology", "shirking", "overpromise", "colleague", "complaint",
            "silence", "talk_over", "speech_rate", "short_call", "hangup")

# ---------------------------------------------------------------- rotations (writer AC's own wordings)
HI = ["您好", "您好", "上午好", "下午好", "晚上好"]
GREETINGS = [
    "{hi}，{co}，我是{name}，请问有什么可以帮到您？",
    "{hi}，这里是{co}客服中心，{no}号{name}为您服务，您请讲，需要我帮您做点什么？",
    "{hi}，欢迎致电{co}，我是客服{name}，您想咨询哪方面的问题，我来帮您。",
    "{hi}！{co}服务热线，我是{no}号客服，有什么需要帮忙的您尽管说。",
    "{hi}，{co}为您服务，我是{name}，请问今天有什么能帮您的吗？",
    "感谢您来电{co}，{hi}，我是{name}，请问您遇到了什么问题，我帮您看看。",
    "{hi}，我是{co}的{name}，很高兴接听您的电话，请问您需要办理什么业务？",
]
CLOSINGS = [
    "感谢您的反馈，祝您{wish}，再见。",
    "感谢您的耐心，{no}号{name}为您服务，祝您{wish}。",
    "那今天就先帮您处理到这里，感谢您的配合，祝您{wish}，再见。",
    "还有其他问题您随时打过来，感谢您的支持，祝您{wish}。",
    "后续有进展我们会第一时间短信告诉您，感谢来电，祝您{wish}，再见。",
    "谢谢您的来电，我是{name}，祝您{wish}，有需要再联系我们。",
]
WISHES = ["生活愉快", "一切顺利", "万事如意", "身体健康", "工作顺利", "周末愉快", "心情舒畅", "平安喜乐"]
NAMES = ["小沈", "小覃", "小邱", "小裴", "小闵", "小蔺", "小顾", "小苗", "小庞", "小阮", "小卓", "小伍", "小简", "小席"]
CN_DIGIT = "零一二三四五六七八九"

# ---------------------------------------------------------------- noise (writer AC's own homophone list)
HOMOPHONES = [
    ("暖气", "暖器"), ("供暖", "公暖"), ("混凝土", "混泥土"), ("坍落度", "摊落度"), ("鸽子", "格子"), ("公棚", "公鹏"),
    ("公考", "工考"), ("申论", "伸论"), ("民宿", "民俗"), ("税控", "税空"), ("发票", "发飘"), ("扶手", "服手"),
    ("适老", "是老"), ("婴儿", "应儿"), ("游泳", "游永"), ("美甲", "美家"), ("甲片", "假片"), ("有声", "有生"),
    ("假肢", "假指"), ("接受腔", "接收腔"), ("鱼苗", "鱼描"), ("烟花", "烟化"), ("耳机", "耳鸡"), ("降噪", "将噪"),
    ("订舱", "订仓"), ("柜子", "贵子"), ("植物园", "植物元"), ("古筝", "古争"), ("延保", "严保"), ("防雷", "房雷"),
    ("避雷", "必雷"), ("相声", "相生"), ("抱歉", "报歉"), ("祝您", "住您"), ("投诉", "头诉"), ("保证", "保正"),
    ("工号", "公号"), ("感谢", "敢谢"), ("师傅", "师父"), ("您好", "你好"), ("不好意思", "不好意识"), ("清楚", "清处"),
]
PUNCT = "，。？！、；：…—“”\"（）《》,.?!"


def cn_number(s: str) -> str | None:
    """Chinese numeral run -> arabic digits (as Whisper writes numbers), or None to leave it."""
    if any(ch in "十百千万" for ch in s):
        if s[0] in "百千万":
            return None
        total, cur, last_unit = 0, 0, 1
        section = 0
        for ch in s:
            if ch in CN_DIGIT:
                cur = CN_DIGIT.index(ch)
            elif ch == "两":
                cur = 2
            else:
                unit = {"十": 10, "百": 100, "千": 1000, "万": 10000}[ch]
                if unit == 10000:
                    section = (section + cur) * 10000
                    cur = 0
                    last_unit = 10000
                    continue
                section += (cur or 1) * unit
                cur = 0
                last_unit = unit
        if cur:
            section += cur * (last_unit // 10 if last_unit >= 100 and s[-1] in CN_DIGIT and s[-2] in "百千万" else 1)
        total = section
        return str(total)
    if len(s) >= 3 and all(ch in CN_DIGIT for ch in s):
        return "".join(str(CN_DIGIT.index(ch)) for ch in s)
    return None


def digits(text: str) -> str:
    def rep(m: re.Match) -> str:
        r = cn_number(m.group(0))
        return m.group(0) if r is None else r
    return re.sub(r"[零一二三四五六七八九两十百千万]{2,}", rep, text)


_S2T = opencc.OpenCC("s2t")


def noisy(text: str, rng: random.Random, punct_mode: str) -> str:
    for a, b in HOMOPHONES:
        if a in text and rng.random() < 0.6:
            text = text.replace(a, b)
    text = digits(text)
    text = _S2T.convert(text)
    if punct_mode == "drop":
        text = "".join(ch for ch in text if ch not in PUNCT)
    elif punct_mode == "space":
        text = re.sub(f"[{re.escape(PUNCT)}]+", " ", text).strip()
    else:
        text = re.sub(f"[{re.escape(PUNCT)}]+", "，", text).strip("，")
    return text


# ---------------------------------------------------------------- parsing
def parse(data: str):
    inds, calls, cur = {}, [], None
    for raw in data.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("%"):
            code, ind, co, short = [x.strip() for x in line[1:].split("|")]
            inds[code] = (ind, co, short)
        elif line.startswith("@"):
            key, code, direction, labels, flags, note = [x.strip() for x in line[1:].split("|")]
            cur = dict(key=key, code=code, direction={"in": "inbound", "out": "outbound"}[direction],
                       labels=sorted(x for x in labels.split(",") if x), flags=set(x for x in flags.split(",") if x),
                       note=note, turns=[])
            for lab in cur["labels"]:
                assert lab in FAMILIES, (key, lab)
            calls.append(cur)
        elif line.startswith(".."):
            kind, n = line[2:].split()
            cur["turns"].append((kind, float(n)))
        else:
            spk, text = line.split(":", 1)
            assert spk in ("A", "C", "A!"), (cur["key"], line)
            cur["turns"].append((spk, text.strip()))
    return inds, calls


def nchars(t: str) -> int:
    return sum(1 for ch in t if ch not in PUNCT and not ch.isspace())


def timing(call, rng: random.Random):
    """Segment times. Normal speech 3.4-4.8 chars/s (slowed to >= 2.8 to reach 30 s), gaps 0.5-1.4 s."""
    flags = call["flags"]
    short = "short" in flags
    for stretch in [1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7]:
        r = random.Random(rng.random())
        segs, t, pending = [], r.uniform(0.3, 0.9), None
        for kind, val in call["turns"]:
            if kind in ("hold", "gap"):
                pending = val + r.uniform(0.0, 1.5)
                continue
            spk = "customer" if kind == "C" else "agent"
            n = nchars(val)
            if spk == "agent" and "fast" in flags:
                rate = r.uniform(8.6, 9.4)
            elif spk == "agent" and "slow" in flags:
                n, rate = len(val), r.uniform(1.25, 1.55)
            else:
                rate = r.uniform(4.2, 5.0) if short else r.uniform(3.4, 4.8) / stretch
                rate = max(rate, 2.8)
            dur = max(n / rate, 0.45)
            if kind == "A!":
                prev = segs[-1]
                assert prev["speaker"] == "customer" and prev["end"] - prev["start"] > 2.6, call["key"]
                start = prev["end"] - r.uniform(1.3, 2.0)
            elif pending is not None:
                start = t + pending
            else:
                gap = r.uniform(0.4, 0.7) if short else min(r.uniform(0.5, 1.4) * stretch, 2.6)
                start = t + gap
            pending = None
            end = start + dur
            segs.append(dict(speaker=spk, start=round(start, 2), end=round(end, 2), text=val))
            t = max(t, end)
        duration = round(t + r.uniform(0.3, 0.8), 2)
        if short or duration >= 30.5:
            return segs, duration
    raise AssertionError(f"{call['key']}: too short ({duration} s)")


# ---------------------------------------------------------------- checks against the hand labels
APOLOGY = ("抱歉", "对不起", "道歉", "不好意思", "对不住", "歉意", "致歉")
HI_WORDS = ("您好", "早上好", "上午好", "中午好", "下午好", "晚上好")
HELP = ("帮", "服务", "效劳", "需要", "咨询", "办理", "请讲", "您说", "打扰")


def mean_rates(segs):
    out = []
    for count in (nchars, len):
        rs = [count(s["text"]) / (s["end"] - s["start"]) for s in segs
              if s["speaker"] == "agent" and nchars(s["text"]) >= 6]
        tot_c = sum(count(s["text"]) for s in segs if s["speaker"] == "agent" and nchars(s["text"]) >= 6)
        tot_t = sum(s["end"] - s["start"] for s in segs if s["speaker"] == "agent" and nchars(s["text"]) >= 6)
        out += [sum(rs) / len(rs), tot_c / tot_t]
    return out


def timing_labels(call, segs, duration):
    got = set()
    if duration < 20:
        got.add("short_call")
    else:
        assert duration >= 30, (call["key"], duration)
    for i in range(1, len(segs)):
        gap = segs[i]["start"] - max(s["end"] for s in segs[:i])
        if gap >= 10:
            prev_agent = [s for s in segs[:i] if s["speaker"] == "agent"][-1]["text"]
            announced = ("稍等" in prev_agent or "稍候" in prev_agent) and call["turns_kinds"][i] == "hold"
            if not announced:
                got.add("silence")
        else:
            assert gap < 3.0 or segs[i]["start"] < segs[i - 1]["end"], call["key"]
        if segs[i]["speaker"] == "agent" and segs[i - 1]["speaker"] == "customer" \
                and segs[i - 1]["end"] - segs[i]["start"] >= 1.0:
            got.add("talk_over")
    rates = mean_rates(segs)
    if min(rates) >= 7.5 or max(rates) <= 2.0:
        got.add("speech_rate")
    else:
        assert 2.3 <= min(rates) and max(rates) <= 7.0, (call["key"], rates)
    return got


def check(call, segs):
    key, labels = call["key"], set(call["labels"])
    agent = [s["text"] for s in segs if s["speaker"] == "agent"]
    last = segs[-1]
    ends_open = last["speaker"] == "customer" and (last["text"].endswith("？") or "喂？喂？" in last["text"])
    assert ("hangup" in labels) == ends_open, key
    if "hangup" in labels:
        assert "closing" in labels, key
    if "closing" not in labels:
        assert "祝" in agent[-1], key
    elif not ends_open:
        assert "祝" not in agent[-1], key
    if "apology" in labels:
        assert not any(w in t for t in agent for w in APOLOGY), key
    if "insult" in labels and "apology" not in labels:
        assert any(w in t for t in agent for w in APOLOGY), key
    first = segs[0]
    co_short = call["short"]
    ok = (first["speaker"] == "agent" and not first["text"].startswith(("喂", "嗯", "哎", "在"))
          and any(w in first["text"] for w in HI_WORDS) and co_short in first["text"])
    if call["direction"] == "outbound":
        ok = ok and ("我是" in first["text"] or "我姓" in first["text"])
    else:
        ok = ok and any(w in first["text"] for w in HELP)
    if "greeting" in labels:
        assert not ok or call["late"], key
    else:
        assert ok, (key, first["text"])


# ---------------------------------------------------------------- build
def build(data: str):
    rng = random.Random(SEED)
    inds, calls = parse(data)
    keys = [c["key"] for c in calls]
    assert len(keys) == len(set(keys))
    order = list(range(len(calls)))
    rng.shuffle(order)
    n_noisy = round(len(calls) * 0.25)
    noisy_set = set(rng.sample(range(len(calls)), n_noisy))
    rows = []
    for pos, idx in enumerate(order):
        call = calls[idx]
        ind, co, short = inds[call["code"]]
        call["short"] = short
        call["late"] = "late" in call["flags"]
        name = rng.choice(NAMES)
        no = "".join(rng.choice(CN_DIGIT[1:]) for _ in range(4))
        hi = rng.choice(HI)
        g = rng.choice(GREETINGS).format(hi=hi, co=co, name=name, no=no)
        c = rng.choice(CLOSINGS).format(wish=rng.choice(WISHES), name=name, no=no)
        turns, kinds = [], []
        for kind, val in call["turns"]:
            if isinstance(val, str):
                val = val.replace("{G}", g).replace("{C}", c).replace("{name}", name).replace("{no}", no)
            turns.append((kind, val))
        call = dict(call, turns=turns)
        prev_hold = None
        for kind, val in turns:
            if kind in ("hold", "gap"):
                prev_hold = kind
                continue
            kinds.append(prev_hold or "turn")
            prev_hold = None
        call["turns_kinds"] = kinds
        segs, duration = timing(call, rng)
        got = timing_labels(call, segs, duration)
        want = {x for x in call["labels"] if x in ("short_call", "silence", "talk_over", "speech_rate")}
        assert got == want, (call["key"], got, want)
        assert ("short" in call["flags"]) == ("short_call" in want), call["key"]
        assert (("fast" in call["flags"]) or ("slow" in call["flags"])) == ("speech_rate" in want), call["key"]
        check(call, segs)
        is_noisy = idx in noisy_set
        if is_noisy:
            mode = rng.choice(["drop", "space", "comma"])
            segs = [dict(s, text=noisy(s["text"], rng, mode)) for s in segs]
            assert timing_labels(call, segs, duration) == want, (call["key"], "noisy")
        rows.append({
            "call_id": f"AC-{pos + 1:03d}", "labels": call["labels"], "note": call["note"], "noise": is_noisy,
            "duration": duration,
            "metadata": {"writer": "AC", "industry": ind, "company": co, "direction": call["direction"],
                         "hard_negative": "hn" in call["flags"], "language": "zh", "sample_rate": 8000,
                         "key": call["key"]},
            "segments": segs,
        })
    return rows


def main() -> None:
    rows = build(DATA)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {fam: sum(fam in r["labels"] for r in rows) for fam in FAMILIES}
    print(len(rows), "calls;", "noisy", sum(r["noise"] for r in rows), "; hard negatives",
          sum(r["metadata"]["hard_negative"] for r in rows), "; outbound",
          sum(r["metadata"]["direction"] == "outbound" for r in rows), "; no label",
          sum(not r["labels"] for r in rows), file=sys.stderr)
    print(counts, file=sys.stderr)


# ================================================================ the dialogues (hand-written by writer AC)
DATA1 = """
% heat | district heating (集中供暖) | 暖城热力 | 暖城热力
% conc | ready-mix concrete supply | 磐固混凝土 | 磐固
% pige | racing-pigeon loft (赛鸽公棚) | 云翔赛鸽公棚 | 云翔
% exam | civil-service exam prep (公考培训) | 青榜公考 | 青榜公考
% bnb | rural B&B (民宿) bookings | 山隐民宿 | 山隐
% tax | tax-control device and e-invoicing service | 票通税务服务 | 票通
% aged | age-friendly home retrofit (适老化改造) | 安颐适老改造 | 安颐

@ heat-01 | heat | in | greeting,apology | | 喂，暖城热力。 no offer of help; cold flat, no apology
A: 喂，暖城热力。
C: 我家暖气片从昨天晚上开始就是凉的，屋里才十三度，老人冻得直咳嗽。
A: 哪个小区哪栋楼？
C: 锦绣苑七栋二单元五零二。
A: 那片昨天换热站检修，今天下午三点前恢复，您先把暖气片上的放气阀拧开放放气。
C: 冻了一宿了，你们也没提前通知一声。
A: 通知贴在单元门口了。下午三点以后还不热您再打过来，我给您登记报修，感谢您的耐心，祝您家里早日暖和起来，再见。

@ heat-02 | heat | in | insult,apology | | 您耳朵是摆设吗 (hearing), never apologises
A: {G}
C: 你好，我想问一下，我家今年想报停供暖，要去哪里办？
A: 报停要带房产证和身份证到营业厅办，十月十五号之前。
C: 啥？营业厅在哪儿？几号之前？
A: 您耳朵是摆设吗？我刚说得清清楚楚，十月十五号之前，营业厅在建设路八十八号。
C: 你怎么说话呢？我年纪大了听不清，你重说一遍怎么了？
A: 建设路八十八号，十月十五号之前，带房产证和身份证。
C: 行了行了。
A: 感谢您的来电，祝您身体健康，再见。

@ heat-03 | heat | in | tariff | | 费用不高，跟周边差不多 — no amount, no start
A: {G}
C: 我刚买的二手房，原房主说供暖费交到去年，我今年要交多少钱？什么时候开始收？
A: 费用这块不高的，跟周边小区差不多，反正到时候营业厅会通知您。
C: 不高是多少？我总得心里有个数吧。
A: 按面积算的，具体等您过户以后系统里就有了。
C: 那好吧，我等通知。
A: 感谢您的支持，祝您乔迁愉快，住得暖暖和和。

@ heat-04 | heat | in | shirking | | 户内管道不归我们管，找物业 (pro-forma 不好意思)
A: {G}
C: 我家客厅暖气管子在墙里面漏水了，楼下邻居都找上门了，你们赶紧派人来。
A: 不好意思啊，户内管道不归我们管，那是开发商当年装的，您去找物业或者开发商。
C: 物业说让我找你们，你们又让我找物业，到底谁管？
A: 我们只管到楼前的阀门，屋里的事我们管不了，您还是找物业吧。
C: 那水一直在流怎么办？
A: 您先把入户阀门关上，具体修您找物业，感谢来电，祝您生活愉快。

@ heat-05 | heat | out | | hn | outbound, fee with amount and due date
A: 您好，我是暖城热力客服中心的小佟，工号二六一八，打扰您两分钟。
C: 什么事？
A: 今年供暖季从十一月十五号开始，您家一百零二平米，按每平米二十五块算，一共两千五百五十块，十一月十号之前交，交了就按时开阀。
C: 可以在手机上交吗？
A: 可以，关注暖城热力公众号就能交，交完会有电子票。
C: 好，我晚上交。
A: 好的，感谢您的配合，祝您冬天温暖舒适，再见。

@ heat-06 | heat | in | | hn | announced hold; 不清楚 of the heat station's date with a number and a call-back
A: {G}
C: 我们单位办公楼的暖气是你们供的吗？我想问一下什么时候能开始试水。
A: 您稍等，我查一下您单位的户号。
.. hold 16
A: 让您久等了，您单位的管网是二号换热站负责，试水日期站里还没报上来，这个我现在不清楚，我把换热站值班电话给您：八七六五四三二一，也可以等我明天上午问好了给您回电。
C: 那你明天回我吧。
A: 好的，明天上午十点前给您回电，感谢您的耐心等待，祝您工作顺利。

@ heat-07 | heat | in | | hn | the customer calls the staff 吃干饭的; agent apologises and acts
A: {G}
C: 你们这帮吃干饭的，收了钱暖气跟没开一样，家里十五度！
A: 真对不起，让您受冻了。我先给您登记室温不达标，明天安排测温员上门。
C: 明天？今天晚上怎么办？
A: 我们今晚先调高二号站的供水温度，您夜里再看看，要是还不行，测温员明早九点前到，测温不达标按规定退费。
C: 行吧，你们说到做到。
A: 一定，感谢您的反馈，祝您晚上睡个好觉。

@ heat-08 | heat | in | colleague | | 老宋毛毛躁躁，脑子也不太灵光
A: {G}
C: 上周你们的维修师傅来了一趟，说换个阀门就好了，结果还是不热。
A: 不好意思，给您添麻烦了。上周去的是老宋吧？他那人干活就是毛毛躁躁的，脑子也不太灵光，我让别的师傅去。
C: 我不管谁去，能修好就行。
A: 明天上午安排王师傅上门，到之前会先给您打电话，感谢您的理解，祝您生活愉快。

@ conc-01 | conc | out | greeting | | outbound 喂，是王老板吧 — no company, no name
A: 喂，是王老板吧？你们工地明天那一百二十方什么时候要？
C: 你哪位啊？
A: 搅拌站的，调度。
C: 哦，磐固的啊。明天早上七点开始打，要连续供，别断料。
A: 好，七点第一车到，一个小时六车，泵车我们也一起安排。
C: 行，上次有一车坍落度太大，这次注意点。
A: 不好意思，上次是我们的问题，这次每车出站前都测坍落度，感谢您一直支持我们，祝您施工顺利。

@ conc-02 | conc | in | insult,apology | | 你脑壳有包吧 (regional), no apology
A: {G}
C: 我们这边上午订的二十方混凝土，说好十点到，现在十二点了还没来，工人都在干等着。
A: 你脑壳有包吧？早上七点到十点是高峰，哪个站不堵嘛。
C: 你怎么骂人呢？我们工人是按天算钱的！
A: 车已经出站了，半个钟头到。
C: 半个钟头再不到我就退单。
A: 要得，到了司机给你打电话。感谢来电，祝您工程顺利。

@ conc-03 | conc | in | overpromise | | 楼板保证三十年一条裂缝都不会有 (fee itself stated)
A: {G}
C: 我家自建房要打楼板，想问你们三零标号的混凝土质量咋样？
A: 我们的料您放一百个心，用了我们的混凝土，楼板保证三十年一条裂缝都不会有。
C: 真的？别家都说裂不裂要看养护。
A: 别人家是别人家，我们的料打下去，保证不裂。
C: 那要多少钱一方？
A: 三零标号四百二十元一方，泵送另加二十五元一方，下单时付一半定金，浇完当天付清。
C: 好，我再比较比较。
A: 好的，感谢您的咨询，祝您新房早日封顶。

@ conc-04 | conc | in | | hn | trade words 泵管堵死 / 离析 / 冷缝; apology and action
A: {G}
C: 你好，我们在浇地下室顶板，刚才一车料把泵管堵死了，司机说是料离析了。
A: 抱歉给您添麻烦了，我马上通知站里技术员带坍落度筒过去，那车料要是不合格我们拉回去，不收您的钱。
C: 那后面的车别断啊，打了一半最怕断料留冷缝。
A: 明白，后面四车已经在路上，二十分钟内到一车，我另外让站里加派一台泵车备用。
C: 好，你们抓紧。
A: 好的，感谢您的配合，祝您浇筑顺利。

@ conc-05 | conc | in | complaint,apology | | 质监站投诉，再找记者; agent blames curing, no apology
A: {G}
C: 你们上周给我们送的混凝土，试块送检强度不够，监理让我们返工！
A: 试块是你们工地自己做的吧，养护没做好也有可能。
C: 你们料不行还赖我们养护？检测报告我都准备好了，明天就去质监站投诉你们，再找记者。
A: 您先别急，我让技术部的人和您对一下报告。
C: 你们最好尽快。
A: 今天下午技术部主任给您回电，感谢您的反馈，祝您一切顺利。

@ conc-06 | conc | in | name_ask | | 你叫什么？哪个公司的？ / 全名。
A: {G}
C: 我要加一车料，二十方，下午两点送到城东物流园工地。
A: 你叫什么？哪个公司的？
C: 我姓郭，宏建三队的。
A: 全名。
C: 郭建波。
A: 电话？
C: 一三八零七七二九五一六。
A: 行，下午两点前到，到了司机打您电话，感谢您的支持，祝您工作顺利。

@ conc-07 | conc | in | short_call | short | quick confirmation, complete greeting and blessing
A: 您好，磐固混凝土，我是{name}，请问需要什么帮助？
C: 我们下午那车还是三点送吧？
A: 对，三点准时到，祝您顺利。

@ conc-08 | conc | in | talk_over | | agent cuts in on the driver complaint; apologises later
A: {G}
C: 我们是城北那个工地，今天早上来的第三车，司机把料倒在了我们绑好的钢筋上，还跟我们工人吵起来了，我想问问你们——
A!: 您是说倒错位置了是吧？我们会处理，您把车号报一下。
C: 我话还没说完呢，司机还把我们一个工人推了一把。
A: 抱歉，司机的态度问题我们一定严肃处理，车号您记得吗？
C: 车尾号三七六九的那台。
A: 好的，尾号三七六九，我现在就联系车队长去现场处理，一个小时内给您回电，感谢您的反馈，祝您工作顺利。

@ pige-01 | pige | in | insult,closing,apology | | 八千的鸽子也叫好鸽子？玩不起就别玩…挂了 (brush-off ends the insult)
A: {G}
C: 我想问一下，我去年送的那羽鸽子，决赛没归巢，你们公棚能不能帮着找一找？
A: 丢了就丢了，决赛丢鸽子多正常。
C: 那羽鸽子我花了八千买的，就想问问有没有线索。
A: 八千的鸽子也叫好鸽子？玩不起就别玩公棚，没别的事挂了。

@ pige-02 | pige | in | | hn | trade words 鸽瘟 / 病鸽 / 死亡 of pigeons
A: {G}
C: 我交了三羽幼鸽，听说你们棚里今年闹鸽瘟，死了不少，我的鸽子还好吧？
A: 您别担心，今年是有一批幼鸽得了副粘病毒，病鸽我们都隔离了，死亡的是别的鸽友送的两批，您那三羽的脚环号我查过，都健健康康的。
C: 那就好，什么时候开始训放？
A: 下个月十号开始家飞，二十号开始司放训练，训放的视频每周六在公众号更新。
C: 好，谢谢啊。
A: 不客气，感谢您的信任，祝您的鸽子决赛夺冠。

@ pige-03 | pige | in | tariff | | 入棚先交个意思，其余随比赛走；都不多
A: {G}
C: 我想送两羽鸽子进棚，你们的参赛费、训放费都怎么收？什么时候交？
A: 您放心，入棚的时候先交个意思，其余的费用后面随比赛走。
C: 意思是多少？后面又是多少？
A: 都不多，跟别的公棚一个行情，鸽友们都能接受。
C: 那我还是问问别家吧。
A: 好的，感谢您的来电，祝您生活愉快。

@ pige-04 | pige | out | | hn | outbound race notice; hedged 不敢打包票名次
A: 下午好，我是云翔赛鸽公棚的客服小滕，打扰您一下，通知您一件事。
C: 你说。
A: 您入棚的那羽灰鸽，明天早上六点参加三百公里预赛，现场直播链接我们会在群里发，预赛不收费。
C: 好的，它状态怎么样？
A: 教练说状态不错，不过比赛受天气影响大，名次我们不敢打包票，一般这个距离归巢率在九成左右。
C: 明白，谢谢。
A: 感谢您的支持，祝您的鸽子顺利归巢，再见。

@ pige-05 | pige | in | insult,apology | | 您这是犯癔症了吧？做个梦都来查岗 (sanity)
A: {G}
C: 我昨晚梦见我的鸽子在你们棚里被猫叼走了，心里不踏实，想打电话问问。
A: 您这是犯癔症了吧？做个梦都来查岗。
C: 我就是担心，问问怎么了？
A: 鸽子好着呢，足环号是多少我看看。
C: 二零二五零三一一七。
A: 在棚里，活蹦乱跳的，感谢来电，祝您生活愉快。

@ pige-06 | pige | in | shirking | | 芯片读不出来是芯片厂家的事 (pro-forma 不好意思)
A: {G}
C: 我的鸽子比赛回来，脚环里的电子芯片读不出来，成绩没有，你们看怎么办？
A: 不好意思，芯片读不出来是芯片厂家的事，您去找卖脚环的厂家吧。
C: 脚环是你们统一发的，也是你们棚里的踏板读的，怎么成厂家的事了？
A: 我们这儿管不了芯片，您找厂家。
C: 那成绩就这么没了？
A: 规定就是这样，感谢您的理解，祝您生活愉快。

@ pige-07 | pige | in | short_call | short | release time, complete greeting and blessing
A: 您好，云翔赛鸽公棚，我是{name}，请问有什么可以帮您？
C: 问一下，明天预赛几点放飞？
A: 早上六点，祝您好运，再见。

@ exam-01 | exam | in | insult,apology | | 这么简单都登不上？就您这操作，考公务员也悬
A: {G}
C: 我报了你们的笔试班，网课平台登录不上，一直提示账号不存在。
A: 账号是您的手机号，密码是身份证后六位。
C: 我就是这么输的啊，还是不行。
A: 这么简单都登不上？就您这操作，考公务员也悬。
C: 你什么意思？我花钱报班就是来受气的？
A: 我给您把密码重置了，您再试一下，是不是好了？
C: 好了。
A: 感谢您的耐心，祝您学习顺利，再见。

@ exam-02 | exam | out | overpromise | | 保证您进面就能上岸，拍胸脯保证 (outbound greeting complete)
A: 上午好，我是青榜公考的课程顾问小闫，看到您在我们小程序上领了省考资料，想跟您聊两句。
C: 嗯，你说吧。
A: 我们的面试协议班，跟着学下来，保证您进了面试就能上岸，这个我拍胸脯跟您保证。
C: 真的假的？那要是考不上呢？
A: 不可能考不上，我们的学员全都上岸了。
C: 那多少钱？
A: 协议班一万二，报名时一次交清，当天开课。
C: 我再考虑一下。
A: 好的，感谢您的时间，祝您考试顺利，金榜题名。

@ exam-03 | exam | in | | hn | 您不知道怎么选很正常 (reassurance about the customer's own knowledge)
A: {G}
C: 我是第一次考公，连自己适合报哪个岗位都不知道，你们能帮着看看吗？
A: 当然可以，您不知道怎么选很正常，大部分第一次报考的同学都这样。您说一下专业和学历，我帮您初步筛一下。
C: 汉语言文学本科，应届。
A: 好的，您这个条件能报的岗位还挺多的，我一会儿把省考岗位表按您的专业筛好发到您微信，周末老师还有一场免费的选岗讲座。
C: 太好了，谢谢你。
A: 不客气，感谢您对青榜公考的信任，祝您备考顺利。

@ exam-04 | exam | in | filler | | 就是说 / 那个 / 嗯 / 怎么说呢 / 然后呢 / 对吧
A: {G}
C: 我想问一下你们的申论精品班都讲些什么内容？
A: 就是说，那个，申论班它主要是，嗯，怎么说呢，就是归纳概括啊，然后就是那个大作文。
C: 一共多少节课？
A: 就是说，那个，四十节，然后呢，嗯，每节两个小时这样子，对吧。
C: 有没有批改？
A: 有的有的，就是说，那个，老师会批改，嗯，一周两篇。感谢您的咨询，祝您学习进步。

@ exam-05 | exam | in | complaint,apology | | 去市场监管局告你们虚假宣传; 以实际开班为准, no apology
A: {G}
C: 我上个月报的面试班，你们说好一个班不超过十五个人，结果去了五十多个人，我要求退费。
A: 班额是会有调整的，合同里写了以实际开班为准。
C: 你们宣传的时候可不是这么说的，不给退我就去市场监管局告你们虚假宣传，聊天记录我都截图了。
A: 退费要走流程，我给您提交申请，三个工作日内有专人联系您。
C: 行，我等着。
A: 好的，感谢您的反馈，祝您生活顺利。

@ exam-06 | exam | in | complaint | hn | assistant's 回家种地去吧 quoted and read back while registering the complaint
A: {G}
C: 我要投诉你们线下班的一个助教，昨天我问题目，他当着全班说我这都不会还考什么公，回家种地去吧。
A: 非常抱歉让您受了这样的委屈。我确认一下，助教当众说您“这都不会还考什么公，回家种地去吧”，是昨天下午的课对吗？
C: 对，下午三点那节，姓刘的助教。
A: 好的，投诉我已经登记好了，教学主管会在明天中午前联系您，处理结果也会书面告诉您。
C: 好，我等你们消息。
A: 感谢您的反馈，也请您别影响备考的心情，祝您考试顺利。

@ exam-07 | exam | in | speech_rate | fast | mock-exam sign-up read out fast
A: {G}
C: 请问你们的模考怎么报名？
A: 模考在小程序首页点模考报名，选场次，填姓名手机号，交九十九元，考前一天短信发准考证，考场在文化路校区三楼。
C: 能线上考吗？
A: 线上也可以，报名时选线上，当天早上八点半登录小程序，开考前十分钟进考场，超过半小时就不能进了。
C: 明白了，谢谢。
A: 感谢您的咨询，祝您模考取得好成绩，再见。

@ bnb-01 | bnb | in | greeting | | 哎，山隐。 — no 您好, no offer of help
A: 哎，山隐。
C: 喂，你好，我想订下周六的一间家庭房，两大一小。
A: 家庭房周六四百八一晚，含三个人的早餐，订了先付一半定金，入住那天付尾款。
C: 可以带狗吗？
A: 可以，小型犬不加钱，大型犬加五十，入住时交。
C: 好，就订这个。
A: 给您留好了，定金链接马上发您手机，谢谢您，祝您一家玩得开心。

@ bnb-02 | bnb | in | insult,apology | | 你们北方人就是事多 (region)
A: {G}
C: 我们昨晚住的，半夜隔壁房间吵到两点，跟前台说了也没人管。
A: 周末都是这样，你们北方人就是事多，住民宿又不是住五星酒店。
C: 我们北方人怎么了？你这是什么态度！
A: 那您要怎样嘛，房费都付过了。
C: 算了，跟你说不通。
A: 那行，感谢来电，祝您旅途愉快。

@ bnb-03 | bnb | in | forbidden | | 不清楚，没听说 ends the matter
A: {G}
C: 请问你们那边明天上山的路通不通？听说昨天下雨有地方塌方了。
A: 不清楚，没听说。
C: 你们就在山上，路通不通都不清楚？
A: 我们又不管修路。
C: 那我到底还去不去？
A: 您自己看着办吧，感谢来电，祝您一路平安。

@ bnb-04 | bnb | in | | hn | 土灶 / 有毒的野菌 (plain words); announced hold; fee with amount and when
A: {G}
C: 你好，我们一家想下个月去住两晚，听说你们那里能自己在土灶上做饭？
A: 是的，院子里有两口柴火土灶，锅碗都备好了，山上的野菌子我们只收认得准的几种，有毒的怕客人误采，院里都贴了图。您稍等，我帮您看一下下个月的空房。
.. hold 13
A: 让您久等了，下个月十八号、十九号还有一间土坯老屋改的亲子房，四百二一晚，两晚共八百四，订的时候付两百定金，入住当天付清。
C: 好，就订这个。
A: 好的，已经给您留好了，感谢您的支持，祝您和家人玩得尽兴。

@ bnb-05 | bnb | in | hangup,closing | | agent leaves on the customer's question about Sunday
A: {G}
C: 你好，我订的是这周五晚上的那间观景房，能不能改到周六晚上？
A: 周六满房了，改不了。
C: 那周日晚上呢？我们周日也行，主要是想看日出。
A: 周日我得看看。
C: 那你看一下，周日还有没有观景房？
# (the agent leaves here)

@ bnb-06 | bnb | in | name_ask | | 姓啥？ / 全名报一下
A: {G}
C: 我想订这周六的大床房一间。
A: 姓啥？
C: 姓蔡。
A: 全名报一下，手机号。
C: 蔡文静，一三九一二二八七六零五。
A: 周六大床房三百六一晚，定金一百，链接发您手机，入住时付尾款两百六，感谢您的预订，祝您入住愉快。

@ bnb-07 | bnb | in | | hn | re-greeting after a bad line (first greeting complete)
A: {G}
C: 喂？喂？听不太清，信号不好。
A: 您好，现在能听清吗？这里是山隐民宿，我是{name}，请问有什么可以帮您？
C: 能听清了。我想问一下你们那儿有没有停车位。
A: 有的，院子里能停六辆车，免费的，不过山路窄，建议白天到。
C: 好嘞，谢谢。
A: 不客气，感谢您的来电，祝您旅途顺利。

@ tax-01 | tax | out | tariff | | outbound renewal: 很便宜，到时候系统会提示，跟去年差不多
A: 您好，我是票通税务服务的小蒲，工号三一九七，您公司的税控服务明年一月到期，提醒您续费。
C: 续费多少钱？哪天扣？
A: 续费很便宜的，到时候系统会提示您，跟去年差不多。
C: 去年多少我也忘了，你直接告诉我一个数。
A: 您到时候登录开票软件就能看到了。
C: 行吧。
A: 感谢您的配合，祝您生意兴隆。

@ tax-02 | tax | in | insult,apology | | 你们那种小作坊开什么专票 (business contempt)
A: {G}
C: 我们是个小餐馆，想开增值税专用发票，你们能不能帮着申请一下？
A: 你们那种小作坊开什么专票啊，一个月能开几张？别浪费我时间。
C: 小餐馆就不能开专票了？我们有客户要的。
A: 行吧，准备营业执照和一般纳税人资格证明，到我们大厅来办。
C: 你们这服务……
A: 感谢来电，祝您生意兴隆。

@ tax-03 | tax | in | shirking | | 报错是税务局的问题，您打一二三六六 (pro-forma 抱歉)
A: {G}
C: 你们给我装的开票软件，今天一开票就报错，说税控盘没有连接，月底了我急着开票。
A: 抱歉啊，这个报错应该是税务局那边系统的问题，您打一二三六六问税务局吧。
C: 税务局说是你们软件的问题，让我找你们。
A: 我们这边看不了，您还是问税务局。
C: 你们收了服务费就不管了？
A: 规定的事我也没办法，感谢来电，祝您工作顺利。

@ tax-04 | tax | in | colleague | | 小侯就是个半桶水; announced remote hold
A: {G}
C: 上回你们的上门工程师来给我们装软件，装完以后打印格式全乱了。
A: 抱歉让您受影响了。上回去的是小侯吧，他就是个半桶水，我们都拿他没办法。我远程帮您调一下打印模板。
C: 好，你弄吧。
A: 您稍等，我连上您的电脑。
.. hold 14
A: 好了，您打一张试试，边距已经调好了。
C: 可以了，正常了。
A: 好的，感谢您的耐心等待，祝您工作顺利。

@ tax-05 | tax | in | | hn | 不清楚 of the tax office's policy with a number; proper transfer
A: {G}
C: 我想问问今年小规模纳税人的增值税减免政策还延不延续？
A: 这个要以税务局的公告为准，目前我这边还不清楚有没有延续，您可以打一二三六六纳税服务热线问，也可以我帮您转到我们的财税顾问，他会跟进最新公告。
C: 那你帮我转吧。
A: 好的，我现在为您转接财税顾问周老师，请您不要挂机，感谢您的耐心，祝您工作顺利。

@ tax-06 | tax | in | silence | | 我查一下 then 12 s of nothing; 不好意思 after it
A: {G}
C: 我上个月开的一张发票，客户说抬头写错了，想红冲重开，怎么操作？
A: 我查一下您公司的开票记录。
.. gap 12
C: 喂？还在吗？
A: 在的，不好意思。那张发票已经跨月了，要先在软件里填红字信息表，客户确认以后再开红票，然后重开一张新的。
C: 红字信息表在哪儿填？
A: 在发票管理菜单第三项，我稍后把操作截图发您邮箱，感谢您的来电，祝您工作顺利。

@ tax-07 | tax | in | short_call | short | Saturday hours
A: 下午好，票通税务服务，我是{name}，您有什么需要？
C: 你们大厅周六上班吗？
A: 周六上午上班，祝您周末愉快。

@ aged-01 | aged | out | greeting | | outbound 我是小霍，上个月给您家装扶手的 — no company even when asked
A: 您好，我是小霍，上个月给您家装扶手的，回访一下。
C: 你哪个单位的？
A: 就是装扶手的那家，您用着怎么样？
C: 卫生间那根有点晃。
A: 不好意思，我安排师傅这周四上午过来加固，您看可以吗？
C: 可以。
A: 好，周四上午九点到十点之间上门，感谢您的配合，祝您和老人家身体健康。

@ aged-02 | aged | in | overpromise | | 保证老人这辈子再也不会在里面摔倒
A: {G}
C: 我母亲八十多了，想给卫生间装扶手、做防滑，装了以后能防止她摔跤吗？
A: 您放心，我们做完的卫生间，保证老人这辈子再也不会在里面摔倒。
C: 这么肯定？
A: 我们做了几千户，没有一户出过事，绝对保证。
C: 那你们先派人来量一下吧。
A: 好的，量房免费，明天下午两点设计师上门，感谢您的信任，祝老人家健康长寿。

@ aged-03 | aged | in | insult,apology | | 您都这把年纪了，按钮都看不清吧 (age)
A: {G}
C: 我想问问你们那个电动升降床，我自己一个人在家能不能操作？
A: 您都这把年纪了，按钮都看不清吧，还是让儿女来操作。
C: 我眼睛好着呢，我就是问问操作难不难。
A: 就两个按钮，一个上一个下。
C: 我知道了。
A: 感谢来电，祝您身体健康。

@ aged-04 | aged | in | | hn | customer's 我这人笨 answered with 您一点都不笨
A: {G}
C: 我这人笨，你们上次教我怎么用那个紧急呼叫按钮，我又忘了。
A: 您一点都不笨，这个按钮本来设计得就不太直观，是我们上次没讲明白。按钮在床头右边，红色那个，按住三秒，就会接通我们的值班中心。
C: 按住三秒，记住了。
A: 对，我再让师傅在按钮旁边给您贴一张大字说明，下周二顺路过去贴。
C: 好，谢谢你啊，姑娘。
A: 不客气，感谢您的支持，祝您平安健康。

@ aged-05 | aged | in | colleague | | 施工队的老钱，干活从来不看图纸，就是个糊涂虫
A: {G}
C: 你们的师傅把我家淋浴凳装反了，坐上去后背正好顶着墙角的水管。
A: 不好意思啊，施工队的老钱干活从来不看图纸，就是个糊涂虫，我让他重新装。
C: 能不能换个师傅？
A: 行，给您换个师傅，明天下午过去，感谢您的反馈，祝您生活愉快。

@ aged-06 | aged | in | talk_over | | agent cuts in on the list of rooms; apologises
A: {G}
C: 我想给我父亲家做个适老化改造，他腿脚不方便，主要是卫生间和卧室，还有门口那两级台阶——
A!: 台阶我们可以做坡道，卫生间装扶手、换防滑地砖，卧室装起夜灯。
C: 我还没说完呢，他家是老房子，六楼没电梯。
A: 抱歉，您接着说。那还得考虑楼道扶手，我们先派设计师上门量一下，量房免费，您看周几方便？
C: 周六上午吧。
A: 好的，周六上午十点设计师上门，感谢您的信任，祝老人家身体安康。

@ aged-07 | aged | in | hangup,closing | | agent leaves on the customer's question about the site visit
A: {G}
C: 你好，我想问一下你们做卫生间防滑地面，要不要把原来的瓷砖全部敲掉？
A: 不用敲，我们用防滑涂层直接刷在原来的瓷砖上，当天就能用。
C: 那要是地面本来就有点往外流水呢？
A: 那得先看现场。
C: 那看现场要收费吗？什么时候能来？

@ aged-08 | aged | in | | hn | hedged 一般能用五年左右; fee with amount and when
A: {G}
C: 你们装的那种夜里的感应灯，耗电大不大？能用多久？
A: 感应灯很省电，一个月大概就几毛钱电费，灯珠一般能用五年左右，具体跟使用频率有关，坏了保修期内免费换。
C: 装一套多少钱？
A: 卧室到卫生间一路四个灯，材料加安装一共三百八，装完验收满意再付款。
C: 好，那安排吧。
A: 好的，我给您约周四下午，感谢您的支持，祝您生活愉快。
"""

DATA2 = """
% swim | baby swimming centre | 小鲸湾婴儿游泳馆 | 小鲸湾
% nail | nail salon | 指尖绘美甲 | 指尖绘
% book | audiobook app membership | 听岛有声 | 听岛有声
% limb | prosthetics and orthotics centre | 康步假肢矫形中心 | 康步
% fish | fish-fry hatchery (鱼苗场) | 渔丰鱼苗场 | 渔丰
% fire | licensed fireworks retail | 华焰烟花 | 华焰
% ear | wireless-earbuds after-sales | 声屿耳机 | 声屿

@ swim-01 | swim | in | overpromise | | 游三次保证再也不怕水，一口水都不会呛
A: {G}
C: 我家宝宝八个月，特别怕水，洗澡都哭，你们的课能管用吗？
A: 您放心，来我们这儿游三次，保证宝宝再也不怕水，一口水都不会呛。
C: 三次就行？
A: 肯定行，我们的老师都是专业的，我保证。
C: 那体验课多少钱？
A: 体验课一次六十八，当天游完付款，不满意不收钱。
C: 好，我约周六上午。
A: 好的，周六上午十点给您留好了，感谢您的信任，祝宝宝游得开开心心。

@ swim-02 | swim | in | insult,apology | | 宝宝胆子小八成是随了您 (contempt for the parent)
A: {G}
C: 上次课宝宝一下水就哭了半个小时，老师也没怎么哄，我想问问能不能换个老师。
A: 宝宝胆子这么小，八成是随了您吧，大人自己都怕水，孩子能不怕吗？
C: 你这话什么意思？我是来问换老师的。
A: 换老师要等排课，下周再说吧。
C: 你们就是这么对待家长的？
A: 下周排好了通知您，感谢来电，祝宝宝健康成长。

@ swim-03 | swim | in | | hn | apology, announced hold, hedged 一般不会, clinic fee borne by the centre
A: {G}
C: 我想问问，宝宝上次游完以后有点咳嗽，是不是呛水了？
A: 先跟您说声抱歉，让您担心了。您稍等，我调一下上次课的教练记录。
.. hold 15
A: 让您久等了，记录上写宝宝那天有一次轻微呛水，教练当时马上做了拍背处理。一般轻微呛水不会引起咳嗽，不过为了放心，建议您带宝宝去医院看一下，检查的费用凭票我们来承担。
C: 好的，那我明天带她去看看。
A: 好的，看完把结果告诉我们，宝宝好了再来的话，这节课我们给您补上，感谢您的理解，祝宝宝早日康复。

@ swim-04 | swim | in | tariff | | 泳圈毛巾到时候看用多少，算不了几个钱
A: {G}
C: 你们的月卡是多少钱？有没有什么其他的费用，比如泳圈、毛巾？
A: 月卡就是优惠价，泳圈毛巾这些小东西到时候看用多少，算不了几个钱。
C: 那到底是多少钱？我想算一下一个月的花销。
A: 您来了前台会跟您讲的，都很实惠。
C: 好吧。
A: 感谢您的来电，祝宝宝健康快乐。

@ swim-05 | swim | in | short_call | short | closing time
A: 上午好，小鲸湾婴儿游泳馆，我是{name}，请问有什么可以帮到您？
C: 你们今天几点关门？
A: 晚上八点关门，祝您生活愉快。

@ swim-06 | swim | in | closing | | 行，就这么着，拜拜。 (no thanks, no blessing)
A: {G}
C: 我想把明天下午的课改到后天。
A: 后天下午三点和四点半有空位，您要哪个？
C: 四点半吧，宝宝午觉睡得晚。
A: 好，给您改到后天下午四点半了，老师还是原来那位。
C: 好的，谢谢。
A: 行，就这么着，拜拜。

@ swim-07 | swim | in | | hn | 不知道没关系 as reassurance; 一般建议
A: {G}
C: 我第一次带宝宝来，什么都不知道，要带些什么东西呀？
A: 不知道没关系，第一次来的家长都这样。带两片游泳纸尿裤、一条大浴巾和宝宝的换洗衣服就行，泳圈和小毛巾馆里都有，免费用。
C: 宝宝吃完奶多久能游？
A: 一般建议喂奶后一个小时再游，空腹也不太好。
C: 好的，明白了。
A: 感谢您的来电，祝您和宝宝周末愉快。

@ swim-08 | swim | in | filler | | 呃 / 对对 / 就是说呢 / 那个 / 然后就是
A: {G}
C: 我想问问你们的亲子课，爸爸妈妈要一起下水吗？
A: 呃，对对，就是说呢，那个，亲子课的话，家长是要下水的，呃，然后就是那个，一位家长就行。
C: 要自己带泳衣吗？
A: 呃，对对，泳衣自己带哈，就是说呢，那个，泳帽我们有。
C: 好的。
A: 呃，感谢您的来电，祝宝宝健康快乐。

@ nail-01 | nail | in | insult,apology | | 做保洁的…手糙得跟砂纸似的 (job and looks)
A: {G}
C: 我想约个明天的手部美甲，做个简单的纯色。
A: 您是做什么工作的？
C: 我在商场做保洁。
A: 做保洁的天天泡水，手糙得跟砂纸似的，做了也白做，两天就掉。
C: 你什么意思？我做保洁就不能做美甲了？
A: 那您明天下午两点来吧。
C: 不用了。
A: 感谢来电，祝您生活愉快。

@ nail-02 | nail | in | | hn | 倒刺 / 甲沟炎 / 卸甲 / 伤甲 (trade words); apology, clinic bill refunded
A: {G}
C: 我上周做的甲，有一个指甲边上红肿了，是不是甲沟炎？
A: 非常抱歉给您带来不适。可能是修倒刺的时候剪得太深了，建议您先去医院看一下，看病的费用您把票据拍给我，我们全额报销。
C: 那这个甲还要不要卸掉？
A: 建议先卸掉，卸甲免费，您方便的时候来店里，我们给您用温和的卸甲液，不会伤甲面。
C: 好，我周末过去。
A: 好的，我给您约周六上午，感谢您的理解，祝您早日康复。

@ nail-03 | nail | in | overpromise | | 保证一个月一点都不会翘，天天泡海水都没事
A: {G}
C: 我下周要去海边度假一个月，做了指甲会不会掉啊？
A: 您做我们家的加固款，保证一个月一点都不会翘，天天泡海水都没事。
C: 真的？我之前在别家做的一个礼拜就翘边了。
A: 我们的胶是进口的，绝对保证。
C: 多少钱？
A: 加固款一百九十八，做完付款。
C: 好，那我约周五。
A: 周五下午三点给您留好了，感谢您的预约，祝您度假愉快。

@ nail-04 | nail | in | filler | | 嗯 / 那啥 / 就是 / 然后呢 / 你懂我意思吧
A: {G}
C: 我想问一下你们的猫眼款和法式款有什么区别？
A: 嗯，那啥，猫眼款的话，就是，嗯，有那种磁铁吸出来的光，然后呢，法式就是，指尖一条白边，你懂我意思吧。
C: 哪个更持久？
A: 嗯，那啥，其实都差不多，就是，嗯，看您平时干不干活，你懂我意思吧。
C: 好吧，价格呢？
A: 嗯，猫眼一百六，法式一百三，做完付款，感谢您的来电，祝您生活愉快。

@ nail-05 | nail | in | greeting,name_ask | | 嗯，指尖绘。 / 叫啥名儿？ / 名字全的
A: 嗯，指尖绘。
C: 你好，我要约明天下午四点，两个人。
A: 叫啥名儿？
C: 我姓温。
A: 名字全的，还有电话。
C: 温晓楠，电话一五零零三三八六一二七。
A: 好，明天下午四点两位，感谢您的预约，祝您生活愉快。

@ nail-06 | nail | in | talk_over | | agent cuts in with 色差是灯光的问题; apologises after
A: {G}
C: 我昨天在你们店做的指甲，回家一看，有两个指甲的颜色跟我选的色卡不一样，明显深了一个色号，我想问问能不能——
A!: 色差是灯光的问题，店里的灯和家里的不一样。
C: 不是灯光的问题，我白天在太阳底下看也是深的。
A: 抱歉，那您方便的时候过来，我们免费给您重做那两个。
C: 好，我周三过去。
A: 好的，周三全天都可以，到店报手机号就行，感谢您的反馈，祝您生活愉快。

@ nail-07 | nail | in | hangup,closing | | agent leaves on the question about a friend's manicure
A: {G}
C: 我上周办的那张储值卡，里面的余额能不能给我朋友用？
A: 可以的，报您的手机号就能用。
C: 那我朋友去做的话，也能打八折吗？
A: 折扣是跟卡走的。
C: 那她要是做手部护理，还用另外付钱吗？

@ book-01 | book | in | insult,apology,closing | | 听书都听不明白…理解能力真够呛 then 嗯，就这样。
A: {G}
C: 我开了你们的年卡会员，可是有些书还要单独付费，这是怎么回事？
A: 会员页面写得清清楚楚，精品书要单独购买。
C: 我没看到哪里写了啊。
A: 听书都听不明白，看个说明还看不懂？您这理解能力真够呛。
C: 你怎么这么说话？
A: 会员协议第五条，您自己去看。
C: 行，我去看。
A: 嗯，就这样。

@ book-02 | book | in | | hn | 《神经漫游者》 (title), 催眠 of a narrator
A: {G}
C: 你好，我想找一本科幻小说，叫《神经漫游者》，你们有没有有声版？
A: 有的，在科幻频道，全书二十八集，会员可以免费听。您搜书名就能找到，要是搜不到，输入作者的名字也可以。
C: 那个主播的声音会不会太催眠？我上次听别的书听睡着了。
A: 这本是双人演播，节奏比较快，您可以先试听第一集，不喜欢还可以换另一个演播版本。
C: 好，我去试试。
A: 感谢您的来电，祝您收听愉快。

@ book-03 | book | in | tariff | | 现在是免费期，后面的事后面再说
A: {G}
C: 我七天免费试用快到了，到期以后会自动扣钱吗？扣多少？
A: 现在是免费期，您先放心听，后面的事后面再说。
C: 我就是想知道后面扣多少，哪天扣。
A: 到时候会有提醒的，费用也不高。
C: 那我先关掉自动续费吧。
A: 可以的，在我的页面里设置就行，感谢您的支持，祝您收听愉快。

@ book-04 | book | in | greeting,forbidden,apology | | opens 喂，您好…; 你这么说是几个意思？; upset customer never hears an apology
A: 喂，您好，听岛有声，请问有什么可以帮您？
C: 你们的书更新也太慢了吧，我追的那本一个月就更了三集，我是花了钱的。
A: 你这么说是几个意思？更新是主播的事。
C: 我就是问问什么时候能更新快一点。
A: 主播那边在录，快了。
C: 那好吧。
A: 感谢您的耐心，祝您收听愉快。

@ book-05 | book | in | speech_rate | slow | drawled instructions
A: {G}
C: 请问怎么把书下载下来离线听？
A: 您……打开那本书……点右上角……下载的图标……选您要的集数……就可以了。
C: 下载好的在哪儿找？
A: 在……我的页面……下载管理里面……都在那儿。
C: 好的，谢谢。
A: 感谢您的来电……祝您……收听愉快。

@ book-06 | book | out | | hn | outbound renewal notice with amount and date
A: 晚上好，我是听岛有声的会员顾问{name}，打扰您一分钟，提醒您一下会员的事。
C: 嗯，你说。
A: 您的连续包月会员下个月三号自动续费，每个月十五元，三号当天从微信扣，如果不想续，在我的页面关掉就行。
C: 那我先留着吧。
A: 好的，感谢您的支持，祝您收听愉快，再见。

@ book-07 | book | in | shirking,silence | | 我看看 + 11 s unannounced; 应用商店的问题 (pro-forma 不好意思)
A: {G}
C: 我在你们应用里买的书，换了手机以后都没了，钱白花了？
A: 我看看。
.. gap 11
A: 不好意思，换手机丢失记录一般是应用商店的问题，您去问问应用商店吧。
C: 我是在你们应用里面买的，跟应用商店有什么关系？
A: 我们这边看不了应用商店的订单。
C: 那我就这么认了？
A: 您问了应用商店再说吧，感谢来电，祝您生活愉快。

@ limb-01 | limb | in | insult,apology | | 腿都没了还挑好看不好看 (disability)
A: {G}
C: 我想问一下，你们能不能给我做一个外观好看一点的小腿假肢，夏天穿裙子的时候不那么显眼。
A: 腿都没了还挑好看不好看，能走路就不错了。
C: 你……你怎么能这么说话？
A: 外观套要另外做，您来了再说吧。
C: 算了。
A: 感谢来电，祝您生活愉快。

@ limb-02 | limb | in | | hn | 截肢 / 残肢 / 接受腔 (trade words); 一般建议
A: {G}
C: 我父亲截肢半年了，残肢现在还有点肿，能不能先来做接受腔？
A: 残肢还在消肿的话，一般建议先穿弹力袜塑形，等围度稳定了再取模，这样接受腔更合适。您可以先带父亲来做个免费评估，我们的矫形师看一下残肢的情况。
C: 评估要多久？
A: 大概一个小时，周一到周六都可以，提前一天预约就行。
C: 好，那就约下周二上午。
A: 好的，下周二上午九点给您约好了，感谢您的信任，祝您父亲早日康复。

@ limb-03 | limb | in | overpromise | | 保证跟原来的腿一模一样，跑跳都没问题
A: {G}
C: 我儿子二十岁，车祸截了大腿，他最想知道装了假肢以后还能不能打篮球。
A: 您让他放心，装了我们的智能膝关节，保证跟原来的腿一模一样，跑跳都没问题，打篮球完全没问题。
C: 真能跟原来一样？
A: 一模一样，我敢保证。
C: 那这个膝关节多少钱？
A: 智能膝关节十八万，签合同时付百分之三十，装配完成付清。
C: 我们商量一下。
A: 好的，感谢您的来电，祝您儿子早日康复。

@ limb-04 | limb | in | silence | | 我看一下您的档案 + 11 s unannounced
A: {G}
C: 我上个月在你们这儿配的矫形鞋垫，想再配一双一样的，还用重新取模吗？
A: 我看一下您的档案。
.. gap 11
C: 您好？
A: 在的。您的足模我们存档了，一年之内不用重新取模，直接按原来的数据做就行，一周后取。
C: 费用跟上次一样吗？
A: 一样，六百八一双，取货的时候付款。感谢您的来电，祝您生活愉快。

@ limb-05 | limb | in | colleague | | 小彭手艺就那样，半路出家的，调不明白
A: {G}
C: 我的假肢接受腔磨得腿疼，上次你们的技师调了一次还是疼。
A: 抱歉让您受罪了。上次是小彭调的吧？他手艺就那样，半路出家的，调不明白。这次我给您约我们的主任技师。
C: 什么时候能约上？
A: 明天上午十点，您直接来二楼，感谢您的耐心，祝您早日康复。

@ limb-06 | limb | in | complaint,apology | | 去残联反映，再打一二三一五; no apology
A: {G}
C: 我在你们这儿配的假脚，用了三个月就裂了，你们说保修一年，现在又说是我使用不当。
A: 裂成那样，一般是运动量太大造成的。
C: 我每天就是走路上下班！你们不修，我就去残联反映，再打一二三一五投诉你们。
A: 那我给您申请一下复检，让主任看看。
C: 尽快给我答复。
A: 三天内给您回电，感谢您的反馈，祝您生活顺利。

@ limb-07 | limb | in | | hn | proper transfer to the medical-insurance officer
A: {G}
C: 我想问问假肢能不能走医保报销？
A: 医保报销的政策各地不一样，我们有专门的医保专员负责这块，我现在给您转过去，他会根据您的参保地告诉您能报多少、怎么报，请您稍等不要挂机。
C: 好的。
A: 感谢您的耐心等待，祝您生活顺利。

@ limb-08 | limb | in | greeting | | bare 喂？ — full greeting only after the customer's 喂？是康步…吗？
A: 喂？
C: 喂？是康步假肢中心吗？
A: 您好，这里是康步假肢矫形中心，请问有什么可以帮您？
C: 我想问一下你们周日开不开门，我想带我妈去看看矫形器。
A: 周日上午开门，九点到十二点，下午休息，来之前打个电话预约，不用排队。
C: 好的，那我周日上午过去。
A: 好的，感谢您的来电，祝阿姨身体健康。

@ fish-01 | fish | in | insult,apology | | 哟，您可真是行家…那您自己配药治呗 (sarcasm)
A: {G}
C: 你们上周发的草鱼苗，放塘里三天死了一半，我怀疑你们的苗有病。
A: 哟，您可真是行家，一看就知道我们的苗有病，那您自己配药治呗。
C: 你阴阳怪气什么？我是来解决问题的！
A: 您把死苗拍照发过来，技术员看看。
C: 我已经发了。
A: 收到了，技术员下午回您电话，感谢您的来电，祝您养殖顺利。

@ fish-02 | fish | in | | hn | 浮头 / 泛塘 / 死鱼 (trade words); free site visit
A: {G}
C: 昨天半夜下暴雨，今天早上我塘里的鱼全浮头了，还有几条死鱼，是不是要泛塘了？
A: 您先别慌，马上把增氧机全开上，再撒点增氧粉，暴雨后水体分层容易缺氧，浮头是缺氧的信号。死鱼尽快捞出来，别留在塘里。
C: 增氧机已经开了，还要做什么？
A: 中午以后如果鱼还浮头，我们技术员下午三点前到您塘口看，上门不收费。
C: 好，谢谢你们。
A: 不客气，感谢您对渔丰的信任，祝您的鱼塘平平安安。

@ fish-03 | fish | in | overpromise | | 百分之百成活，一尾都不会死
A: {G}
C: 我想订五万尾鲈鱼苗，成活率能有多少？
A: 我们的苗您放心，百分之百成活，一尾都不会死。
C: 百分之百？运输路上也不死？
A: 一尾都不死，死一尾赔十尾。
C: 那价格呢？
A: 五厘米规格的一毛二一尾，订苗交三成定金，发苗当天付清。
C: 好，我考虑一下。
A: 好的，感谢您的咨询，祝您养殖顺利。

@ fish-04 | fish | in | greeting | | 侬好，渔丰。 — no 您好, no offer of help
A: 侬好，渔丰。
C: 你好，我想问一下你们现在还有没有鳜鱼苗？
A: 有的，三厘米的，一块二一尾，发货前付款，路上的氧气袋我们包。
C: 最少订多少？
A: 最少一千尾，包邮到县城。
C: 好，我明天来订。
A: 好的，明天等您，感谢来电，祝您生意兴隆。

@ fish-05 | fish | in | forbidden,apology | | 谁知道呢，看天吧 / 等着吧; upset customer, no apology
A: {G}
C: 我订的那批罗非鱼苗，原定明天发，现在降温了，还能按时发吗？
A: 谁知道呢，看天吧。
C: 看天？我塘都清好了，你们总得给个准信吧。
A: 降温了没法发，等着吧。
C: 那要等多久？
A: 回暖了就发，感谢您的理解，祝您生活愉快。

@ fish-06 | fish | in | short_call | short | pick-up time
A: 晚上好，渔丰鱼苗场，我是{name}，有什么需要帮忙的吗？
C: 明天早上能去场里提苗吗？
A: 可以，六点开门，祝您一路顺风。

@ fish-07 | fish | in | speech_rate | fast | stocking instructions read out fast
A: {G}
C: 我第一次养鱼，鱼苗到了以后要怎么放塘？
A: 先把装苗的袋子整袋放进塘里泡二十分钟，让袋里水温和塘水一样，然后打开袋口慢慢加塘水，十分钟后再把苗倒出来，别直接倒。
C: 放完以后什么时候喂？
A: 放苗第二天开始喂，少量多次，一天四次，每次喂到八成饱，前三天只喂粉料，第四天以后再换小颗粒。
C: 好，我记下了。
A: 感谢您的来电，祝您养殖顺利，早日丰收。

@ fire-01 | fire | in | | hn | 瞎火 / 哑炮 / 炸 (trade words); apology and free exchange
A: {G}
C: 我昨天在你们店买的礼花弹，放了三个有一个是瞎火，引线烧完了没响，现在还在院子里，怎么办？
A: 非常抱歉，请您千万不要靠近，也不要再点，哑炮至少等十五分钟以后，用水把它泡透，第二天装袋拿到店里来，我们免费给您换一个新的。
C: 会不会突然炸？
A: 泡透了就不会，泡之前一定别靠近，人离远一点。
C: 好，我知道了。
A: 感谢您的配合，注意安全，祝您新年快乐。

@ fire-02 | fire | in | tariff,silence | | 我算一下 + 12 s; 服务费看现场情况 / 跟别家一个价
A: {G}
C: 我们村里办喜事，想请你们上门燃放一场，燃放服务费怎么收？
A: 我算一下。
.. gap 12
A: 服务费看现场情况，放完了再跟您算。
C: 大概的价钱总得有吧？我们好做预算。
A: 差不多，跟别家一个价。
C: 别家多少我也不知道啊。
A: 您放心，不会坑您的，感谢您的来电，祝喜事圆圆满满。

@ fire-03 | fire | in | name_ask | | 你谁啊？叫什么？ / 名字说全
A: {G}
C: 我要订三箱组合烟花，初一早上送到。
A: 你谁啊？叫什么？
C: 我姓邓。
A: 名字说全，身份证号报一下，烟花要实名登记的。
C: 邓立新，身份证我到时候给你看吧。
A: 行，送货时带上身份证，初一早上八点前送到，感谢您的订购，祝您新年大吉。

@ fire-04 | fire | in | closing | | 那没事我挂了哈。
A: {G}
C: 你们城南那家店春节期间营业到几点？
A: 除夕到初五，每天早上八点到晚上十点。
C: 初五以后呢？
A: 初六开始恢复正常，晚上八点关门。
C: 好的，知道了。
A: 那没事我挂了哈。

@ fire-05 | fire | in | complaint,apology | | 去应急管理局举报你们; no apology
A: {G}
C: 你们卖的那个窜天猴，包装上写的是往上飞，结果直接往人身上窜，差点把我儿子的衣服点着了！
A: 燃放的时候要按说明书，离远一点放的。
C: 我就是照说明书放的！这种东西你们也敢卖，我明天就去应急管理局举报你们，把产品拿过去鉴定。
A: 您把批号拍给我，我报给厂家。
C: 你们等着吧。
A: 好的，感谢您的反馈，祝您生活愉快。

@ fire-06 | fire | in | hangup,closing | | agent leaves on the question about the hours at the firing site
A: {G}
C: 你好，我们小区能不能放烟花？你们卖的时候有没有说？
A: 市区禁放，要到郊区划定的燃放点放。
C: 燃放点在哪儿？
A: 北郊体育公园有一个。
C: 那体育公园几点到几点可以放？晚上十二点以后还能不能放？

@ fire-07 | fire | in | filler | | 这个这个 / 它那个 / 然后呢 / 就是说 / 可以可以
A: {G}
C: 你们那个没有硝烟的冷烟花，室内能用吗？
A: 这个这个，冷烟花嘛，它那个，温度比较低，然后呢，室内是可以的，就是那个，别对着人。
C: 婚礼舞台上用行吗？
A: 可以可以，这个这个，舞台上，就是说，离幕布远一点就行，然后呢，要有人看着。
C: 好，价格多少？
A: 这个这个，一根十五块，整箱买打九折，付款后发货，感谢您的咨询，祝您婚礼圆满。

@ ear-01 | ear | in | insult,apology,closing | | 九十九的东西也好意思走售后？穷讲究 then 寄吧，拜。
A: {G}
C: 我的耳机右边那只没声音了，才买了两个月，想申请售后。
A: 什么型号？
C: 声屿入门款，九十九那款。
A: 九十九的东西也好意思走售后？穷讲究什么，再买一副得了。
C: 便宜就不配售后了？保修期内凭什么不修？
A: 寄回来吧，地址短信发您。
C: 行。
A: 寄吧，拜。

@ ear-02 | ear | in | | hn | 哑了 / 聋了 of an earbud (the customer's words); apology and a fix
A: {G}
C: 我这耳机左边那只突然哑了，一点声都没有，右边正常，就跟一只耳朵聋了似的。
A: 给您添麻烦了，真不好意思。您先把两只耳机都放回充电盒，长按盒子背面的按钮十秒，等指示灯闪白光再拿出来试试。
C: 我试试……好了，有声音了！
A: 好的，那是左右耳断开配对了，重置一下就好。要是以后再出现，您直接申请售后，保修期内免费换新。
C: 好，谢谢啊。
A: 不客气，感谢您的耐心，祝您生活愉快。

@ ear-03 | ear | in | greeting,shirking | | 您好，请讲。 (no company); 充电头厂家的事 (pro-forma 不好意思)
A: 您好，请讲。
C: 我的耳机充电盒充不进电了，插上线灯都不亮。
A: 不好意思，那多半是您的充电头功率不匹配，您去找充电头的厂家问问吧。
C: 我用了好几个充电头都不行，是盒子坏了吧？
A: 我们只保耳机，充电问题您找充电头的厂家。
C: 充电盒也是你们的啊！
A: 规定是这样的，感谢来电，祝您生活愉快。

@ ear-04 | ear | in | colleague | | 实习的，一问三不知，瞎说的
A: {G}
C: 我上周打电话，你们一个客服说降噪失灵寄回来修，结果寄回来你们又说不在保修范围。
A: 抱歉抱歉，上周那个客服是实习的，一问三不知，瞎说的，您别理他。降噪失灵确实在保修范围，我给您重新登记免费维修。
C: 那寄来的运费呢？
A: 运费我们承担，修好了顺丰寄回，感谢您的理解，祝您生活愉快。

@ ear-05 | ear | in | speech_rate | slow | drawled pairing steps
A: {G}
C: 我怎么把耳机连到第二台手机上？
A: 您……先把耳机……放回盒子里……打开盖子……长按背面按钮……三秒……
C: 然后呢？
A: 然后……在第二台手机……蓝牙里面……找到声屿……点一下……就连上了。
C: 好的，谢谢。
A: 不客气……感谢您的来电……祝您……生活愉快。

@ ear-06 | ear | in | talk_over | | agent cuts in with 换个大一号的耳塞
A: {G}
C: 我想问一下，你们那个运动款耳机，我跑步的时候老是掉，戴不稳，是不是我耳朵太小了，还是说——
A!: 换个大一号的耳塞就好了，盒子里有三个尺寸。
C: 我三个都试过了，都会掉。
A: 明白了，那我们给您寄一副带耳挂的配件，免费的，三天内到。
C: 好的。
A: 感谢您的来电，祝您跑步愉快。

@ ear-07 | ear | in | | hn | announced hold; out-of-warranty fee with amount and when
A: {G}
C: 我的耳机过保了，充电盒合页断了，修一下多少钱？
A: 您稍等，我查一下这款的维修价格。
.. hold 12
A: 让您久等了，过保换充电盒是一百二十元，寄到以后检测确认再付款，修好后我们包邮寄回。
C: 好，那我寄过去。
A: 好的，寄修地址我短信发您，感谢您的耐心等待，祝您生活愉快。
"""

DATA3 = """
% ship | sea-freight forwarding and booking (海运订舱) | 远帆货运代理 | 远帆
% bota | botanical-garden tickets | 翠微植物园 | 翠微植物园
% zhen | guzheng lessons | 弦韵古筝 | 弦韵
% warr | appliance extended warranty (家电延保) | 恒保家电延保 | 恒保
% ltn | lightning-protection inspection (防雷检测) | 雷安防雷检测 | 雷安
% xsh | crosstalk-club tickets (相声社) | 笑满堂相声社 | 笑满堂

@ ship-01 | ship | in | shirking,silence,complaint | | 我看看 + 13 s; 查验是海关的事…您自己去问海关 (不好意思); 向总公司和交通运输部平台投诉
A: {G}
C: 我们公司那个去汉堡的柜子，你们说上周五开船，到现在都没走，客户天天催我。
A: 我看看。
.. gap 13
A: 不好意思，柜子被海关查验了，查验是海关的事，我们也管不了，您自己去问海关吧。
C: 报关是你们代理的，资料也是你们做的，现在让我自己去问海关？
A: 我们就是订舱，查验不归我们管。
C: 那我就直接向你们总公司投诉，再到交通运输部的平台上去投诉你们。
A: 您要投诉我们也接受，感谢来电，祝您工作顺利。

@ ship-02 | ship | in | forbidden,closing,talk_over | | 别绕了，说重点 (cutting in) / 不知道，那是工厂的事 / 行了，就这样。
A: {G}
C: 我想问一下，我们下个月有一批家具要发到墨尔本，大概两个四十尺的高柜，目的港那边要熏蒸证明，还有——
A!: 别绕了，说重点，要订哪天的船？
C: 我就是想先问清楚熏蒸证明谁来办。
A: 不知道，那是工厂的事。你们定好了船期再来找我。
C: 那行吧。
A: 行了，就这样。

@ ship-03 | ship | in | tariff,silence | | 我查一下 + 11 s; 滞箱费到时候账单出来就知道了 / 不会太多
A: {G}
C: 我们的柜子在目的港放了好几天没提，会产生滞箱费吗？一天多少钱？从哪天开始算？
A: 我查一下。
.. gap 11
A: 滞箱费是船公司收的，具体看他们的标准，到时候账单出来就知道了。
C: 大概多少总能说一下吧？我要跟客户说。
A: 不会太多的，各家船公司都差不多。
C: 好吧。
A: 感谢您的来电，祝您工作顺利。

@ ship-04 | ship | in | | hn | announced 稍候 hold 18 s; freight and fees with amount and when
A: {G}
C: 我想订一个二十尺的柜子到胡志明，下周能走吗？费用怎么算？
A: 您稍候，我帮您查一下下周的舱位和运价。
.. hold 18
A: 让您久等了，下周四有一班，二十尺柜海运费三百五十美元，加上订舱费、文件费一共人民币八百元，开船后三天内付清，发票也在开船以后开。
C: 好，那帮我订下周四的。
A: 好的，订舱确认书半小时内发您邮箱，感谢您的耐心等待，祝您生意兴隆。

@ ship-05 | ship | in | | hn | hedged 不敢给您打包票; 不清楚 of the shipping line's schedule with a call-back
A: {G}
C: 我们发到洛杉矶的柜子，大概什么时候能到港？客户问我能不能保证月底前到。
A: 正常航程是十八天左右，一般月底前能到，不过美西港口最近有拥堵，到港时间我们不敢给您打包票。船公司的最新船期我现在还不清楚，我下午问了船公司再给您回电。
C: 好，那你下午一定回我。
A: 好的，下午四点前给您回电，感谢您的理解，祝您工作顺利。

@ ship-06 | ship | in | | hn | 甩柜 / 爆舱 (trade words); apology and a fix
A: {G}
C: 船公司通知说我们的柜子被甩了，说是爆舱，这是怎么回事？
A: 非常抱歉给您带来麻烦。甩柜就是船满了，您的柜子没装上这一班，船公司会顺延到下一班。我已经帮您申请了优先装载，下一班是本周六开，运费不变。
C: 那周六确定能装上吗？
A: 优先装载一般都能装上，周六装船以后我第一时间截图发您。
C: 好吧，麻烦你们盯紧一点。
A: 一定盯紧，感谢您的理解，祝您生意顺利。

@ ship-07 | ship | in | | hn | hand-written greeting (department + name + offer); proper transfer to the dangerous-goods desk
A: 下午好，远帆货运代理，我是操作部的{name}，请问您是要订舱还是查柜子，我来帮您处理。
C: 我要问一下拼箱能不能走危险品，我们是锂电池。
A: 锂电池属于危险品，要走专门的危包流程，我帮您转到我们的危险品专员，他会告诉您需要准备哪些证书，请您不要挂机。
C: 好的。
A: 感谢您的耐心，正在为您转接，祝您工作顺利。

@ ship-08 | ship | in | name_ask,filler,closing | | 你哪个公司的？叫啥？ / 那个那个 / 对吧 / 好嘞，那就先这样。
A: {G}
C: 我想查一下我们公司那个去新加坡的柜子到哪儿了。
A: 你哪个公司的？叫啥？
C: 华诚贸易，我姓孔。
A: 那个那个，孔什么？说全名，对吧，系统里要对一下，那个那个，联系人对不上查不了。
C: 孔令宇。
A: 那个那个，柜子昨天到新加坡了，对吧，明天就能提，那个那个，提单您那边有吧。
C: 有的。
A: 好嘞，那就先这样。

@ bota-01 | bota | in | greeting,hangup,closing | | 在呢，说吧。 (no 您好, company or offer); agent leaves on the question about ID
A: 在呢，说吧。
C: 你好，是翠微植物园吗？我想问问这周的郁金香展还开不开？
A: 开着呢，到月底。
C: 那门票是多少？老人有没有优惠？
A: 成人四十，六十五岁以上免票。
C: 那免票要带什么证件？身份证就可以吗？

@ bota-02 | bota | in | | hn | 食人花 / 食虫植物 / 见血封喉 / 有毒的树 (trade words)
A: {G}
C: 我家孩子看了动画片，非要来看食人花，你们园里有吗？
A: 有的，热带雨林馆里有猪笼草、捕蝇草这些食虫植物，孩子们都特别喜欢。馆里还有一棵见血封喉，是有毒的树，周围有围栏，您带孩子看的时候注意别让他伸手摸就行。
C: 好的，雨林馆要另外买票吗？
A: 不用，雨林馆包含在大门票里，成人四十，一米二以下儿童免费。
C: 好，谢谢。
A: 感谢您的来电，祝您和孩子玩得开心。

@ bota-03 | bota | in | insult,closing,apology | | 就您这身材…爬一半就得抬下来 (looks) then 没车，爱来不来。
A: {G}
C: 我想问一下，你们那个山顶观景台，有没有电瓶车能上去？我有点胖，爬不动。
A: 电瓶车没有，就您这身材，还是别上去了，爬一半就得抬下来。
C: 你怎么说话的？我就是问问有没有车。
A: 没车，爱来不来。

@ bota-04 | bota | in | short_call | short | dogs not allowed
A: 您好，翠微植物园，我是{name}，有什么可以帮到您？
C: 今天园里能带狗进去吗？
A: 不可以的，祝您周末愉快。

@ bota-05 | bota | in | | hn | the customer's 喂？喂？ in a tunnel mid-call; 不清楚 of the bus company with its hotline
A: {G}
C: 你好，我想问一下，从火车站坐哪路公交能到你们园？
A: 火车站可以坐二十六路，在植物园北门站下车。
C: 喂？喂？我刚进隧道了，你说几路？
A: 二十六路，植物园北门站下车。
C: 好。周末二十六路几点收车？
A: 公交的收车时间我这边不清楚，您可以打公交热线九六八八八问一下，我们园是下午五点半停止入园。
C: 好的，谢谢。
A: 不客气，感谢您的来电，祝您游园愉快。

@ bota-06 | bota | in | | hn | hand-written greeting in another order (name first); deposit with amount and refund
A: 我是翠微植物园的{name}，您好，请问有什么需要我帮忙的？
C: 你好，你们园里有没有适合老人坐的轮椅可以借？
A: 有的，南门和北门游客中心都可以借，押金两百，还轮椅时原路退回，借用本身不收费。
C: 好的，要提前预约吗？
A: 周末建议提前一天预约，我现在就可以帮您登记。
C: 那帮我登记周六上午一台。
A: 好的，周六上午南门一台，已经登记好了，感谢您的来电，祝老人家游园愉快。

@ bota-07 | bota | in | | hn | announced hold; annual pass with amount and start
A: {G}
C: 你们的年卡怎么办？多少钱？
A: 您稍等，我看一下今年的年卡政策。
.. hold 11
A: 让您久等了，个人年卡一百六十元，家庭年卡两大一小三百二十元，从办卡当天起算一年，可以在公众号上直接办，付款后当天就能用。
C: 好的，我回头在公众号上办。
A: 好的，感谢您的支持，祝您一年四季都能看到好风景。

@ bota-08 | bota | in | colleague,silence,speech_rate | fast | 我看看 + 12 s; 小陶丢三落四，脑子跟筛子似的; agent fast throughout
A: {G}
C: 我上周在你们园里办的婚纱拍摄许可，钱都付了，到今天都没收到电子许可证。
A: 我看看。
.. gap 12
A: 抱歉，您那张单子是小陶经手的，他那个人做事丢三落四，脑子跟筛子似的，单子压在他那儿没提交，我现在给您补发，十分钟内发到您手机。
C: 好，那我等一下。
A: 好的，收到后有问题随时打给我们，感谢您的耐心，祝您拍摄顺利。

@ zhen-01 | zhen | in | insult,apology | | 六十多了学什么古筝，手指头都僵了吧 (age, hobby)
A: {G}
C: 我今年六十三，退休了，一直想学古筝，你们收不收老年学员？
A: 六十多了学什么古筝，手指头都僵了吧，弹两下就该喊手疼了。
C: 年纪大了就不能学了？我用自己的钱想学点东西。
A: 收是收，一对一课两百一节。
C: 知道了。
A: 感谢来电，祝您身体健康。

@ zhen-02 | zhen | in | | hn | parent's 是不是我们太笨了 answered 孩子一点都不笨; sincere 您可真有耐心
A: {G}
C: 我家女儿学了半年，每天练琴我都陪着，可她还是弹不好，是不是我们太笨了？
A: 您可真有耐心，每天都陪着孩子练，这一点很多家长都做不到。半年弹成这样很正常，孩子一点都不笨，我们老师说她的手型进步挺大的。
C: 真的吗？那我就放心了。
A: 下周三的课老师会给您一份练习建议，您照着陪练就行，感谢您的信任，祝孩子越弹越好。

@ zhen-04 | zhen | in | filler,closing,overpromise | | 啊 / 就是说 / 这个 / 嗯; 保证半年就能考过五级; 好嘞，回头见。
A: {G}
C: 我想给女儿报个古筝班，她八岁，零基础。
A: 啊，零基础也没事，就是说，这个，我们的课呢，嗯，保证半年就能考过五级，这个，绝对没问题。
C: 半年就能考五级？
A: 啊，对，嗯，保证的，就是说，我们的老师，这个，都很厉害。
C: 那学费呢？
A: 啊，就是说，一期二十节，三千二，报名时交。
C: 好，我想想。
A: 好嘞，回头见。

@ zhen-05 | zhen | in | talk_over,apology,hangup,closing | | agent cuts in 补课就这几个时间; leaves on the weekend question
A: {G}
C: 我上周请了假，老师说可以补课，可是你们排的补课时间都是工作日上午，孩子要上学，我想问问能不能——
A!: 补课就这几个时间，没别的了。
C: 那这节课就白交钱了？你们当时可是说能补的。
A: 规定就是工作日补。
C: 那周末真的一个补课的时间都没有吗？

@ zhen-06 | zhen | in | | hn | announced hold; rental fee and deposit with amounts and when
A: {G}
C: 孩子刚开始学，不想马上买琴，你们能租琴吗？
A: 可以的，您稍等，我查一下现在还有几台可以出租。
.. hold 14
A: 让您久等了，现在还有三台，租金每月一百二，押金一千，租满一年想买的话，已付的租金可以抵一半琴款，押金退琴时全额退。
C: 好，那我租一台。
A: 好的，这周六上课时可以直接带走，感谢您的支持，祝孩子学琴愉快。

@ zhen-07 | zhen | in | name_ask,forbidden,closing | | 孩子叫啥？你是他什么人？ / 想好了再打过来吧 / 嗯，行了。
A: {G}
C: 我想给孩子报名暑假的集训班。
A: 孩子叫啥？你是他什么人？
C: 孩子叫林小满，我是她妈妈。
A: 班都快满了，你们家要是还没想好，想好了再打过来吧。
C: 我已经想好了，就是要报名。
A: 那行，报名表发你微信了，填完发回来。
C: 好。
A: 嗯，行了。

@ zhen-08 | zhen | in | | hn | re-greeting after a bad line (first greeting complete)
A: {G}
C: 喂？您好？刚才没听见，声音断断续续的。
A: 您好，现在能听到吗？这里是弦韵古筝，我是{name}，有什么可以帮您的？
C: 听到了。我想问问你们周末有没有成人班。
A: 有的，周六晚上七点的成人入门班，八人小班，一期十节课一千二，开课前交费。
C: 好，我考虑一下。
A: 好的，感谢您的来电，祝您生活愉快。

@ warr-01 | warr | out | greeting,overpromise | | outbound 喂，您好 + no company or name (延保中心的); 什么毛病都免费修…修不好直接换新的
A: 喂，您好，您家冰箱的延保快到期了，我这边给您做个续保。
C: 你是哪里？
A: 延保中心的，您续了以后，冰箱有什么毛病都免费修，一分钱都不用您花，修不好直接换新的。
C: 什么毛病都管？人为摔坏的也管？
A: 都管，您放心。
C: 多少钱？
A: 三年一百九十九，今天办今天生效，付款链接发您手机。
C: 我先看看合同。
A: 好的，合同跟链接一起发您，感谢您的支持，祝您生活愉快。

@ warr-02 | warr | in | | hn | 您不清楚购买日期也没关系; proper transfer to the repair desk
A: {G}
C: 我想报修洗衣机，可是延保卡找不到了，也不清楚是哪年买的。
A: 您不清楚购买日期也没关系，报一下您登记的手机号，系统里能查到。
C: 一三七一一零二八四六五。
A: 查到了，您的洗衣机延保到明年五月，在保期内。我现在帮您转到报修专席安排师傅，请您不要挂机。
C: 好。
A: 感谢您的配合，祝您生活愉快。

@ warr-03 | warr | in | shirking,filler | | 哎呀 / 那什么 / 反正呢 / 您懂的; 您先找品牌的售后 (pro-forma 不好意思)
A: {G}
C: 我家空调不制冷了，在你们这儿买了延保的，你们派人来修吧。
A: 哎呀，那什么，不好意思，空调的话，反正呢，您先找品牌的售后，那什么，品牌保修期内的我们不管，您懂的。
C: 品牌保修去年就过了，我就是为这个才买的延保。
A: 哎呀，那什么，那您也先问问品牌，反正呢，我们这边不好派。
C: 那我买延保干什么？
A: 哎呀，您先问问品牌，感谢来电，祝您生活愉快。

@ warr-04 | warr | in | tariff,closing | | 上门费看师傅…到了再说 / 一般不多; 得嘞，回头聊。
A: {G}
C: 我的延保是保维修的，那师傅上门检测要不要另外收上门费？收多少？
A: 上门费看师傅，远的近的不一样，到了再说。
C: 能不能给个大概的数？
A: 一般不多，您到时候问师傅。
C: 好吧。
A: 得嘞，回头聊。

@ warr-05 | warr | in | | hn | announced hold; transfer of the warranty free of charge
A: {G}
C: 我想问问我的电视延保能不能转给我妹妹，电视送给她了。
A: 可以转，您稍等，我确认一下转让需要的资料。
.. hold 12
A: 让您久等了，转让需要您和您妹妹的身份证照片，加上原来的购买凭证，在公众号提交，转让免费，三个工作日审核完成。
C: 好的，明白了。
A: 感谢您的耐心等待，祝您和家人生活愉快。

@ warr-06 | warr | in | complaint,apology,talk_over | | agent cuts in; 黑猫投诉 / 消协; no apology
A: {G}
C: 我的热水器漏水，你们的师傅来了三次都没修好，每次都说配件没货，我家已经一个礼拜没洗上热水澡了，我要——
A!: 配件是厂家发的，我们也在催。
C: 你们每次都这么说！我已经在黑猫投诉上发帖了，再不解决就去消协。
A: 我给您加急，今天之内让主管给您回电话。
C: 今天一定要回。
A: 好的，今天之内回电，感谢您的反馈，祝您生活愉快。

@ warr-07 | warr | in | forbidden,apology,hangup,closing | | 不知道，系统里没显示 ends the matter; leaves on the customer's question
A: {G}
C: 我家冰箱延保理赔，你们说十个工作日打款，现在都二十天了。
A: 不知道，系统里没显示。
C: 你们公司的钱什么时候打你不知道？那我问谁？
A: 我这边查不到。
C: 那你给我个财务的电话行不行？到底什么时候能到账？

@ warr-08 | warr | in | speech_rate,colleague | slow | drawled; 上次那个师傅是个毛头小子，毛手毛脚的
A: {G}
C: 上次来修洗衣机的师傅，把我家的排水管装反了，地上全是水。
A: 抱歉……给您添麻烦了……上次那个师傅……是个毛头小子……干活毛手毛脚的……我给您换个……老师傅过去。
C: 什么时候能来？
A: 明天上午……十点之前……到您家。
C: 好。
A: 感谢您的理解……祝您……生活愉快。

@ warr-09 | warr | in | | hn | 死点 / 坏点 of a laptop screen (trade words); 一般 / 以检测为准
A: {G}
C: 我的笔记本屏幕上有一个亮点，还有两个死点，延保管不管？
A: 管的，您的延保包含屏幕坏点，三个以上坏点或者一个亮点就可以免费换屏。您这个情况符合，我给您登记一下，快递明天上门取件。
C: 大概多久能修好？
A: 一般五到七个工作日，具体以检测为准，修好后包邮寄回。
C: 好的。
A: 感谢您的支持，祝您工作顺利。

@ ltn-01 | ltn | out | | hn | outbound annual-inspection reminder; fee with amount and when
A: 上午好，这里是雷安防雷检测，我是检测部的{name}，打扰您一下，提醒您单位今年的防雷检测。
C: 哦，又到一年了？
A: 是的，您单位厂房的防雷装置去年六月检测的，今年六月前要复检，费用和去年一样，一千八百元，出报告时付款。
C: 好，那你们六月初过来吧。
A: 好的，六月三号上午九点检测员上门，感谢您的配合，祝您工作顺利。

@ ltn-02 | ltn | in | | hn | 让雷劈了 / 击穿 (trade words); free survey
A: {G}
C: 我们厂去年夏天让雷劈了一次，配电柜里的模块都击穿了，今年想把防雷做得好一点。
A: 明白，配电柜模块被击穿，一般是电源线路的浪涌保护没做好。我们可以先派工程师去现场勘查，看看接地电阻和浪涌保护器的情况，勘查免费，出方案后您再决定做不做。
C: 那就先勘查吧。
A: 好的，您看这周四下午可以吗？
C: 可以。
A: 好的，周四下午两点工程师到，感谢您的信任，祝您生产顺利。

@ ltn-04 | ltn | in | colleague,shirking | | 小范就是个榆木脑袋，错了您找他去 (不好意思)
A: {G}
C: 你们上个月出的检测报告，单位名称写错了，消防验收过不去，你们赶紧改一下。
A: 不好意思，报告是小范出的，他那个人就是个榆木脑袋，错了您找他去，我这边改不了。
C: 我哪知道小范是谁？我是打你们公司的电话！
A: 那我把他电话给您，您自己联系他。
C: 你们公司就这么做事的？
A: 您找他就行，感谢来电，祝您工作顺利。

@ ltn-05 | ltn | in | | hn | hedged 不能说百分之百; proper transfer to the design engineer
A: {G}
C: 我们新建的仓库想装避雷针，装了以后能不能保证一点事都没有？
A: 避雷针能大大降低直击雷的风险，但不能说百分之百没事，一般还要配合接地和浪涌保护一起做。具体方案我帮您转给我们的设计工程师，他会根据仓库的高度和位置给您算，请您不要挂机。
C: 好的。
A: 感谢您的耐心，祝您工作顺利。

@ ltn-06 | ltn | in | short_call | short | weekend inspections
A: 您好，雷安防雷检测，我是{name}，请问需要什么帮助？
C: 你们周末检测吗？
A: 周六可以预约，祝您周末愉快。

@ ltn-07 | ltn | in | forbidden,name_ask,silence,closing | | 报个名字 / 嗯 + 12 s / 这我也说不上来 / 就这样吧。
A: {G}
C: 我们是个加油站，想问问防雷检测一年要做几次。
A: 报个名字，哪个加油站的？
C: 我姓史，城西加油站。
A: 嗯。
.. gap 12
C: 喂？您还在吗？
A: 在。加油站的事这我也说不上来，你们自己定好了要做几次再来找我们。
C: 那你们到底能不能检测？
A: 能检测。
C: 行吧。
A: 就这样吧。

@ ltn-08 | ltn | in | tariff,closing,speech_rate | slow | drawled 等检测完…一起算 / 不会太贵 / 嗯……那就……先这样。
A: {G}
C: 我们公司办公楼十八层，做一次防雷检测多少钱？什么时候付？
A: 要看……楼的情况……等检测完……出报告的时候……一起算。
C: 大概多少呢？
A: 不会……太贵的……跟别家……都差不多。
C: 那好吧。
A: 嗯……那就……先这样。

@ xsh-01 | xsh | in | | hn | 砸挂 / 《傻小子》 / 逗哏 (crosstalk words); 我们很抱歉
A: {G}
C: 我上周去听你们的相声，台上的演员拿第一排观众开玩笑，说人家头发少，那是安排好的吗？
A: 那叫砸挂，是相声的传统手法，演员现场跟观众互动，一般都是善意的玩笑，不是冲着谁去的。如果您或者您的朋友觉得不舒服，我们很抱歉，我会转告演员注意分寸。
C: 没事，我就是好奇。那这周六演什么？
A: 这周六有传统段子《傻小子》和新编的《逗哏的烦恼》，晚上七点半开场。
C: 好，谢谢。
A: 不客气，感谢您的来电，祝您周末开心。

@ xsh-02 | xsh | in | | hn | the customer calls the club 一帮骗子; apology, refund or exchange
A: {G}
C: 你们就是一帮骗子！网上写的是名角儿专场，结果来的全是学员！
A: 非常抱歉让您失望了。那场原定的演员临时生病换了人，我们在公众号上发了通知，但没有逐个打电话告知，这是我们做得不到位。您的票可以全额退款，或者换成下周的名角儿专场。
C: 那我换下周的吧。
A: 好的，已经给您换到下周六晚上同样的座位，短信马上发您，感谢您的谅解，祝您听得开心。

@ xsh-03 | xsh | in | complaint | hn | usher's 没钱买什么前排 quoted and read back while registering the complaint
A: {G}
C: 我要投诉你们的检票员，我问他能不能换到前排，他说没钱买什么前排，坐后面听得一样。
A: 非常抱歉让您受了这样的气。我跟您确认一下，检票员说“没钱买什么前排”，是昨天晚上的场次对吗？
C: 对，昨晚七点半那场，一个高个子的男的。
A: 好的，投诉已经登记，我们负责人明天中午前给您回电，也会在内部通报处理。
C: 好。
A: 感谢您的反馈，祝您生活愉快。

@ xsh-04 | xsh | in | forbidden,hangup,closing | | 不知道，还没安排 / 没安排就是没安排; leaves on the question
A: {G}
C: 你们下个月春节那几天有没有专场？
A: 不知道，还没安排。
C: 一般什么时候能定下来？我想提前给家里老人订票。
A: 没安排就是没安排。
C: 那我过几天再打，还是你们定了以后会发通知？

@ xsh-05 | xsh | in | talk_over,name_ask,speech_rate | fast | cuts in; 叫什么名字？ / 名字全的; agent fast throughout
A: {G}
C: 我想订这周六晚上的票，四个人，最好能坐在一起，家里有个老人腿脚不好，能不能安排靠过道的位置——
A!: 四张周六的靠过道可以安排，叫什么名字？
C: 我姓宋。
A: 名字全的，手机号码一起报过来。
C: 宋嘉怡，一三六零一二三九八七四。
A: 好的，四张周六晚上七点半的票，三排靠过道，一百二一张，现场取票时付款，感谢您的支持，祝您和家人听得开心。

@ xsh-06 | xsh | in | greeting,filler,forbidden | | 哎，你说。 (no company); 那啥 / 就是吧; 你这话说的，啥意思？
A: 哎，你说。
C: 你好，是笑满堂吗？我想问问能不能包场，我们公司年会用，一百来个人。
A: 对，那啥，包场是可以的，就是吧，那啥，周五晚上八千，周六一万二，那啥，签合同付一半。
C: 能不能便宜点？我们是老客户了。
A: 你这话说的，啥意思？就是吧，那啥，包场哪有讲价的。
C: 好吧，我回去跟领导商量。
A: 就是吧，那啥，感谢您的来电，祝您年会圆满成功。

@ xsh-07 | xsh | in | short_call | short | tickets tonight
A: 晚上好，笑满堂相声社，我是{name}，请问有什么可以帮您？
C: 今晚还有票吗？
A: 还有后排的，祝您听得开心。

@ xsh-08 | xsh | in | | hn | curt but polite; refund fee with amount and when
A: {G}
C: 今晚的票能退吗？
A: 可以退，开演前两小时以上退票收百分之十手续费，两小时以内不能退，您现在退的话，一百二的票退您一百零八，原路返回，一到三个工作日到账。
C: 行，退吧。
A: 好的，已经为您提交退票，请留意短信，感谢您的支持，祝您生活愉快。
"""

DATA = DATA1 + DATA2 + DATA3

if __name__ == "__main__":
    main()
