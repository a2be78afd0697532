"""Independent labelled call set V (eval/independent/tune_v.jsonl; first named heldout_v.jsonl, held out
until its blind figures were recorded, then renamed as round 22 of rule work began) — now a TUNING set.

V: readings writer V had to choose (U's policy, itself T's, is adopted unchanged; these only settle what it leaves open):
V: a closing needs thanks or a blessing in the agent's last turn(s) AND a blessing (祝您…/…愉快/顺利) somewhere in them;
   every negative here closes with thanks + blessing.  感谢来电 alone, 行了就这样, 挂了啊, 没别的事了吧 are closing.
V: an agent who asks 你叫啥 / 姓什么 / 名字报一下 / 你谁啊 is name_ask; a booking where the name is never asked is not
   labelled name_ask (most bookings here ask it politely: 请问您怎么称呼 / 您贵姓 / 请问机主怎么称呼).
V: 这事你得找XX去，我们管不了 with no number, no transfer and no follow-up is shirking; a redirect that gives the other
   party's number or transfers, or states what the company will still do, is no shirking (hard negative).
V: sarcasm about the customer's money, age, hometown, looks or intelligence is insult (没钱就别…, 老糊涂, 乡下人,
   对牛弹琴, 听不懂人话); insult-only calls are not also forbidden, and a curt brush-off after an insult adds closing.
V: 我哪知道 / 谁知道呢 / 搞不懂你想干嘛 / 你到底想说啥 as the agent's answer are forbidden (不知道 / 不明白 /
   你这话什么意思 in other words); 不知道您方便吗 (polite) and 您不知道也没关系 (reassurance) are not.
V: 现在不要钱，先用着 / 反正不贵 / 到时候短信会告诉您 in answer to a fee question is tariff (amount or start missing);
   a fee with both amount and start, or a service that is free outright with no later charge, is not.
V: a promise of an outcome the agent does not control (保证明天到, 百分百能赔, 肯定能批, 以后绝对不会断) is overpromise;
   一般 / 尽量 / 预计 / 不能打包票 hedges are not.
V: complaint = the customer states an intent to complain or escalate (投诉, 12315, 消协, 找领导/经理, 曝光, 监管);
   我不是要投诉 or a past complaint already settled is not.
V: a customer clearly upset about a company-side fault who never hears 抱歉/对不起/不好意思 from the agent is apology.
V: the agent reading back, while registering a complaint, the words another employee said (骂我神经病 / 说我有病) is no
   insult and no forbidden; the customer's own 喂 / 你这话什么意思 / insults are not the agent's.
V: the agent's 这个 / 那个 / 啊 / 呀 / 就是 used four or more times as tics across the call is filler; 这个 as a
   determiner once or twice (这个套餐) is not.
V: late greeting (nobody speaks for 3.0-3.8 s and the customer has to call 喂？ first) is greeting, like F / U.
V: an insult the customer protests (你怎么说话的 / 这跟车多少钱有什么关系) and never hears an apology for also carries
   apology; an insult the customer lets pass (我就是问一下) carries insult (and closing where it ends the call) only.
V: a product or service fault the agent handles without 抱歉/不好意思 while the customer is calm is not labelled apology;
   every such hard negative here apologises anyway.

Written by writer V on 2026-12-21 from DOMAIN.md, the seed articles in shared/seeds/, eval/independent/README.md, the first
120 lines of build_u.py (label policy and data format), one line of tune_t.jsonl (format only) and the LabelledCall
dataclass / load_labelled function of eval/evaluate.py (format only).  No rule code, rulebook, tests, docs or other sets
were read, and the rule engine was never run on this file (only load_labelled, to check it loads).
Run:
    .venv/bin/python eval/independent/build_v.py

Deterministic (SEED=20261221).  The dialogues are hand-written (writer V's own) in DATA below.  random.Random is used
only for segment timing, call order, the choice of the noisy calls, the rotation of correct greeting / closing wordings
({G} / {B}) and the ASR-style noise; each call's generators are seeded from SEED and the call's key.

Format: "# industry | company | short name"; "@ key | in|out | labels or - | flags or - | note"; turns "A:" agent,
"C:" customer; "A!:" the agent cuts in 1.5-2.1 s before the customer's turn ends; "C!:" the customer cuts in on the
agent (1.2-1.8 s, no label); "A~:" an agent backchannel overlapping 0.1-0.25 s; ".. hold" an announced hold of
10.5-11.8 s (the agent's turn before says 稍等); ".. gap" an unannounced gap of 13.5-16.0 s.  Flags: hn (hard negative,
no labels), fast / slow (agent turns of 6+ characters at 8.4-9.0 / 1.6-1.8 chars/s), short (whole call under 20 s),
late (nobody speaks for 3.0-3.8 s, the customer calls 喂 first).  Non-short calls are stretched (wider gaps, slower
normal speech within 3.3-5.2 chars/s) until they last 30 s or more.

LABEL POLICY: writer U's policy (the header of build_u.py: T's policy with U's "U:" readings), unchanged, plus the "V:"
readings above.  Labels are those of the clean speech; noise never changes them.  Timing families are recomputed from
the generated segments and asserted against the hand labels, on the clean text and again on the noisy text:
short_call < 20 s; silence an unannounced gap >= 10 s (holds announced with 稍等 in the agent's turn just before are
negative); talk_over the agent starting >= 1.0 s before the customer's segment ends; speech_rate the agent's mean
rate over turns of >= 6 characters (punctuation and spaces not counted) >= 7.5 or <= 2.0 chars/s; hangup read from the
clean transcript ending on the customer's unanswered question or 喂？喂？ (a hung-up call also carries closing).
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

import opencc

SEED = 20261221
OUT = Path(__file__).resolve().parent / "tune_v.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask",
            "apology", "shirking", "overpromise", "colleague", "complaint",
            "silence", "talk_over", "speech_rate", "short_call", "hangup")
NOISY_SHARE = 0.25

GREETS = ["您好，{co}，请问有什么可以帮您？",
          "您好，欢迎致电{co}，我是客服{ag}，请问有什么可以帮到您？",
          "{tod}，{co}客服中心，工号{id}，很高兴为您服务，请问您需要办理什么业务？",
          "您好，这里是{co}，我是{ag}，请问有什么需要帮忙的？",
          "您好，{co}服务热线，{ag}为您服务，请问您想咨询什么？",
          "您好，感谢您致电{co}，请问有什么可以为您效劳的？",
          "{tod}，{co}，我是{ag}，请问您遇到什么问题了？我来帮您处理。"]
TODS = ["您好", "早上好", "下午好", "您好"]
CLOSES = ["感谢您的来电，祝您{w}，再见。",
          "不客气，感谢您的耐心，祝您{w}。",
          "好的，感谢您的支持，祝您{w}，再见！",
          "那就不打扰您了，谢谢您的来电，祝您{w}。",
          "感谢您的理解和配合，后续有问题随时打我们热线，祝您{w}，再见。",
          "谢谢您的反馈，祝您{w}，再见。"]
WISHES = ["生活愉快", "一切顺利", "工作顺利", "周末愉快", "身体健康", "出行平安", "万事顺心", "心情舒畅"]
AGENTS = ["小唐", "小许", "小柯", "小贝", "小裴", "小殷", "小卢", "小池", "小季", "小乔"]

# writer V's own homophone list (what an 8 kHz Whisper base tends to write instead)
HOMOPHONES = [("好的", "好得"), ("马上", "马尚"), ("处理", "处里"), ("客服", "客府"), ("快递", "快第"),
              ("退款", "退宽"), ("问题", "问提"), ("反馈", "反溃"), ("理赔", "理陪"), ("套餐", "套参"),
              ("流量", "流亮"), ("办理", "半理"), ("充值", "冲值"), ("手续费", "手续废"), ("身份证", "身分证"),
              ("联系", "连系"), ("麻烦", "麻凡"), ("服务", "服物"), ("尽快", "进快"), ("投诉", "投素"),
              ("领导", "领到"), ("经理", "经里"), ("工号", "公号"), ("航班", "航般"), ("维修", "维休"),
              ("欢迎", "欢应"), ("致电", "至电"), ("祝您", "祝你"), ("稍等", "烧等"), ("核对", "合对"),
              ("预约", "预月"), ("保单", "保担"), ("账单", "帐单"), ("客户", "客护"), ("宽带", "宽代")]
CN_DIG = {"零": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
UNITS = "元|块|天|小时|分钟|个月|号|年|岁|公斤|公里|张|份|楼|期|节课|周|台|件|个工作日|单元"
PUNCT = "，。？！、；：,.?!;:…“”‘’（）()—- "


def cn2num(s: str) -> int | None:
    total, sec, num = 0, 0, 0
    for ch in s:
        if ch in CN_DIG:
            num = CN_DIG[ch]
        elif ch in CN_UNIT:
            sec += (num or 1) * CN_UNIT[ch]
            num = 0
        elif ch == "万":
            total += (sec + num) * 10000
            sec, num = 0, 0
        else:
            return None
    return total + sec + num


def nchars(text: str) -> int:
    return sum(1 for ch in text if ch not in PUNCT and not ch.isspace())


def parse(data: str):
    calls, sec = [], None
    for raw in data.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("# "):
            sec = tuple(x.strip() for x in line[2:].split("|"))
        elif line.startswith("@ "):
            key, direc, labels, flags, note = [x.strip() for x in line[2:].split("|", 4)]
            calls.append({"key": key, "dir": direc, "labels": [] if labels == "-" else labels.split(","),
                          "flags": set() if flags == "-" else set(flags.split(",")), "note": note,
                          "sec": sec, "turns": []})
        elif line.startswith(".."):
            calls[-1]["turns"].append((line[2:].strip(), None))
        else:
            tag, text = line.split(":", 1)
            calls[-1]["turns"].append((tag.strip(), text.strip()))
    return calls


def rng_for(key: str, what: str) -> random.Random:
    h = hashlib.sha256(f"{SEED}|{key}|{what}".encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def fill(call, text: str, idx: dict) -> str:
    ind, co, short = call["sec"]
    r = rng_for(call["key"], "fill")
    if "{G}" in text:
        g = GREETS[idx["g"] % len(GREETS)]
        idx["g"] += 1
        text = text.replace("{G}", g.format(co=co, ag=r.choice(AGENTS), id=r.randint(1001, 9899),
                                            tod=r.choice(TODS)))
    if "{B}" in text:
        b = CLOSES[idx["b"] % len(CLOSES)]
        idx["b"] += 1
        text = text.replace("{B}", b.format(w=WISHES[idx["b"] % len(WISHES)]))
    return text.replace("{co}", co).replace("{s}", short)


def timing(call, stretch: float):
    """Segments (speaker, start, end, text) for the call's turns; stretch in [0, 1] widens gaps / slows speech."""
    r = rng_for(call["key"], "timing")
    fl = call["flags"]
    lo_rate, hi_rate = 3.7 - 0.4 * stretch, 5.2 - 1.4 * stretch
    lo_gap, hi_gap = 0.4 + 1.4 * stretch, 1.2 + 2.4 * stretch
    if "short" in fl:
        lo_gap, hi_gap = 0.3, 0.7
    segs, t, pend = [], (r.uniform(3.0, 3.8) if "late" in fl else r.uniform(0.2, 0.6)), None
    for tag, text in call["turns"]:
        if text is None:
            pend = tag
            continue
        spk = "agent" if tag.startswith("A") else "customer"
        n = nchars(text)
        if spk == "agent" and n >= 6 and "fast" in fl:
            rate = r.uniform(8.4, 9.0)
        elif spk == "agent" and n >= 6 and "slow" in fl:
            rate = r.uniform(1.6, 1.8)
        else:
            rate = r.uniform(lo_rate, hi_rate)
        dur = max(n, 1) / rate
        if not segs:
            start = t
        elif tag == "A!":
            assert segs[-1][0] == "customer" and segs[-1][2] - segs[-1][1] >= 3.0, call["key"]
            start = segs[-1][2] - r.uniform(1.5, 2.1)
        elif tag == "C!":
            start = segs[-1][2] - r.uniform(1.2, 1.8)
        elif tag == "A~":
            start = segs[-1][2] - r.uniform(0.1, 0.25)
        elif pend == "hold":
            start = t + r.uniform(10.5, 11.8)
        elif pend == "gap":
            start = t + r.uniform(13.5, 16.0)
        else:
            start = t + r.uniform(lo_gap, hi_gap)
        pend = None
        end = start + dur
        segs.append((spk, round(start, 2), round(end, 2), text))
        t = max(t, end)
    duration = round(t + r.uniform(0.3, 1.0), 2)
    return segs, duration


def build_segments(call):
    if "short" in call["flags"]:
        return timing(call, 0.0)
    for k in range(11):
        segs, dur = timing(call, k / 10)
        if dur >= 30.0:
            return segs, dur
    raise SystemExit(f"{call['key']}: only {dur:.1f} s at full stretch; write a longer dialogue")


# ---------------------------------------------------------------- noise
S2TW, S2T = opencc.OpenCC("s2tw"), opencc.OpenCC("s2t")
NUM_RE = re.compile(r"([零一二两三四五六七八九十百千万]+)(" + UNITS + ")")
RUN_RE = re.compile(r"[零一幺二三四五六七八九]{3,}")


def noisy(text: str, r: random.Random, i: int) -> str:
    for a, b in HOMOPHONES:
        text = re.sub(a, lambda m: b if r.random() < 0.5 else m.group(0), text)
    text = re.sub("您", lambda m: "你" if r.random() < 0.25 else "您", text)

    def num(m):
        v = cn2num(m.group(1))
        if v is None or (len(m.group(1)) == 1 and v < 3):
            return m.group(0)
        return f"{v}{m.group(2)}"
    text = NUM_RE.sub(num, text)
    text = RUN_RE.sub(lambda m: "".join(str(CN_DIG[c]) for c in m.group(0)), text)
    p = r.random()
    if p < 0.4:
        text = re.sub(r"[，。？！、；：,.?!]", "", text)
    elif p < 0.7:
        text = re.sub(r"[，。？！、；：,.?!]+", " ", text).strip()
    conv = (S2T if r.random() < 0.2 else S2TW).convert(text)
    out = []
    for a, b in zip(text, conv):
        out.append(a if a != b and r.random() < 0.1 else b)
    return "".join(out) if len(conv) == len(text) else conv


# ---------------------------------------------------------------- checks
def facts(segs, duration, ref=None):
    ref = ref or [t for _, _, _, t in segs]   # holds are read from the clean text (稍等 may be misheard)
    f = {"duration": duration}
    gaps, holds, overlaps, talk = [], [], [0.0], []
    last_end, last_agent_text = 0.0, ""
    for i, (spk, s, e, text) in enumerate(segs):
        if i:
            gap = s - last_end
            if gap > 0:
                (holds if "稍等" in last_agent_text and gap >= 5 else gaps).append(gap)
            prev = segs[i - 1]
            if spk == "agent" and prev[0] == "customer":
                overlaps.append(prev[2] - s)
        if spk == "agent":
            last_agent_text = ref[i]
            n = nchars(text)
            if n >= 6:
                talk.append(n / (e - s))
        last_end = max(last_end, e)
    f["max_gap"] = max(gaps or [0.0])
    f["holds"] = holds
    f["max_overlap"] = max(overlaps)
    f["rates"] = talk
    f["mean_rate"] = sum(talk) / len(talk) if talk else 4.0
    return f


def check(call, segs, duration, clean: bool, ref=None):
    labs, key = set(call["labels"]), call["key"]
    f = facts(segs, duration, ref)
    assert ("short_call" in labs) == (f["duration"] < 20), (key, f["duration"])
    if "short_call" not in labs:
        assert f["duration"] >= 30, (key, f["duration"])
    assert ("silence" in labs) == (f["max_gap"] >= 10), (key, f["max_gap"])
    if "silence" not in labs:
        assert f["max_gap"] <= 4.0, (key, f["max_gap"])
    assert all(h <= 12 for h in f["holds"]), key
    assert ("talk_over" in labs) == (f["max_overlap"] >= 1.0), (key, f["max_overlap"])
    if "talk_over" not in labs:
        assert f["max_overlap"] <= 0.3, (key, f["max_overlap"])
    rate_pos = f["mean_rate"] >= 7.5 or f["mean_rate"] <= 2.0
    assert ("speech_rate" in labs) == rate_pos, (key, f["mean_rate"])
    if "speech_rate" not in labs and clean:
        assert all(3.2 <= x <= 5.5 for x in f["rates"]), (key, f["rates"])
    if clean:
        last = segs[-1]
        hung = last[0] == "customer" and (last[3].endswith("？") or "喂？喂" in last[3])
        assert ("hangup" in labs) == hung, (key, last)
        if hung:
            assert "closing" in labs, key
    return f


def main():
    calls = parse(DATA)
    keys = [c["key"] for c in calls]
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]
    for c in calls:
        bad = set(c["labels"]) - set(FAMILIES)
        assert not bad, (c["key"], bad)
        assert ("hn" in c["flags"]) <= (not c["labels"]), c["key"]
    order = list(calls)
    random.Random(SEED).shuffle(order)
    n_noisy = round(len(order) * NOISY_SHARE)
    noisy_keys = set(c["key"] for c in random.Random(SEED + 1).sample(order, n_noisy))
    idx = {"g": 0, "b": 0}
    rows, stats = [], {"short": [], "long": [], "gap": [], "hold": [], "other_gap": [], "over": [],
                       "fast": [], "slow": [], "neg_rates": []}
    for c in calls:  # fill in source order so the rotation is stable
        c["turns"] = [(tag, None if text is None else fill(c, text, idx)) for tag, text in c["turns"]]
    for i, c in enumerate(order, 1):
        segs, dur = build_segments(c)
        f = check(c, segs, dur, clean=True)
        labs = set(c["labels"])
        (stats["short"] if "short_call" in labs else stats["long"]).append(dur)
        (stats["gap"] if "silence" in labs else stats["other_gap"]).append(f["max_gap"])
        stats["hold"] += f["holds"]
        if "talk_over" in labs:
            stats["over"].append(f["max_overlap"])
        if "speech_rate" in labs:
            (stats["fast"] if f["mean_rate"] > 5 else stats["slow"]).append(f["mean_rate"])
        else:
            stats["neg_rates"] += f["rates"]
        is_noisy = c["key"] in noisy_keys
        if is_noisy:
            r = rng_for(c["key"], "noise")
            ref = [t for _, _, _, t in segs]
            segs = [(spk, s, e, noisy(t, r, j)) for j, (spk, s, e, t) in enumerate(segs)]
            check(c, segs, dur, clean=False, ref=ref)
        ind, co, short = c["sec"]
        rows.append({"call_id": f"V-{i:03d}", "labels": sorted(labs), "note": c["note"], "noise": is_noisy,
                     "duration": dur,
                     "metadata": {"writer": "V", "industry": ind, "company": co,
                                  "direction": "inbound" if c["dir"] == "in" else "outbound",
                                  "hard_negative": "hn" in c["flags"], "language": "zh", "sample_rate": 8000,
                                  "key": c["key"]},
                     "segments": [{"speaker": spk, "start": s, "end": e, "text": t} for spk, s, e, t in segs]})
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {fam: sum(fam in r["labels"] for r in rows) for fam in FAMILIES}
    print(f"{len(rows)} calls -> {OUT}", file=sys.stderr)
    print("positives:", counts, file=sys.stderr)
    print("no labels:", sum(not r["labels"] for r in rows), "hard negatives:",
          sum(r["metadata"]["hard_negative"] for r in rows), "noisy:", sum(r["noise"] for r in rows),
          "noisy hn:", sum(r["noise"] and r["metadata"]["hard_negative"] for r in rows), file=sys.stderr)
    rng = lambda xs: f"{min(xs):.2f}-{max(xs):.2f}" if xs else "-"
    print("short", rng(stats["short"]), "| others >=", f"{min(stats['long']):.2f}",
          "| silence gaps", rng(stats["gap"]), "| holds", rng(stats["hold"]),
          "| other gaps <=", f"{max(stats['other_gap']):.2f}", "| talk-over", rng(stats["over"]),
          "| fast", rng(stats["fast"]), "| slow", rng(stats["slow"]),
          "| negative agent turns", rng(stats["neg_rates"]), file=sys.stderr)


DATA = """
# telecom / broadband | 云帆通信 | 云帆
@ yf-5gtrial | in | tariff | - | 5G package trial: charge after the trial left to a text message
A: {G}
C: 我收到你们短信，说能免费升级5G套餐，这个升了以后要不要钱？
A: 现在升级是免费体验的，您先用着，网速会快很多。
C: 那体验完了呢？一个月多少钱？从哪天开始扣？
A: 这个到时候系统会给您发短信提醒的，反正不会贵多少，您放心用就行。
C: 行吧，那先帮我升上。
A: 好的，已经帮您提交了，半小时内生效。
C: 好，谢谢。
A: {B}

@ yf-whatmean | in | - | hn | the customer's 你这话什么意思 about a charge, apology, fee with amount and start
A: {G}
C: 我这个月话费怎么多了十九块？
A: 我帮您看一下，是上个月您办的视频会员包，每月十九元，从本月一号开始计费。
C: 你这话什么意思？是说我自己办的？我根本不记得。
A: 非常抱歉让您误会了，记录显示是上月十二号在营业厅办理的，如果不是您本人意愿，我可以帮您退订，本月费用也帮您申请退回。
C: 那你帮我退了吧。
A: 好的，已经为您退订，十九元会在三个工作日内返还到话费账户。
C: 行，谢谢你。
A: {B}

@ yf-notlisten | in | insult,closing | - | agent mocks a customer who asks again, brush-off at the end
A: {G}
C: 我想问一下，我那个宽带合约到期了要怎么续？
A: 到营业厅或者APP上都能续，我刚才说过了。
C: 不好意思，我年纪大了没太听清，APP上在哪里点？
A: 我都讲三遍了，您这耳朵是摆设吗？首页，宽带，续约，自己点。
C: 首页，然后宽带，是吧？
A: 对对对，还要我手把手教吗？爱续不续。

@ yf-lineoff | in | silence | - | broadband down, unannounced silence of ~15 s before the answer
A: {G}
C: 我家宽带从昨天晚上就断了，灯一直闪红色，你看看怎么回事。
A: 您的宽带账号是多少？
C: 账号是零五七一八八六三二零四五。
.. gap
C: 喂？还在吗？
A: 在的，实在抱歉，您那个片区光缆昨晚被施工挖断了，维修师傅正在抢修，预计今天下午六点前恢复。
C: 好吧，那我等着。
A: 给您添麻烦了，恢复后会有短信通知，{B}

@ yf-installer | in | complaint | - | reported insult (装机师傅骂神经病) read back while registering the complaint
A: {G}
C: 我要投诉你们装宽带的师傅，他嫌我家楼层高，还骂我神经病。
A: 非常抱歉让您受委屈了。我跟您核实一下，您是说装机师傅在上门时说了“神经病”这样的话，对吗？
C: 对，当着我孩子的面说的。
A: 这种行为确实不应该，我马上给您登记投诉，转给装维主管处理，二十四小时内会有专人给您回电。
C: 好，你们一定要处理。
A: 一定会的，再次向您道歉。请问您怎么称呼？
C: 我姓钱。
A: 钱女士，投诉已经登记好了，感谢您的反馈，祝您生活愉快，再见。

@ yf-wrongno | in | short_call | short | wrong number
A: {G}
C: 啊，打错了，不好意思。
A: 没关系，祝您生活愉快，再见。

@ yf-neverdrop | in | overpromise | - | new modem promised never to drop again
A: {G}
C: 我家网三天两头掉线，你们到底能不能修好？
A: 很抱歉给您带来不便，我这边给您免费换一台新的光猫。
C: 换了就不掉了吗？
A: 您放心，换了这个新款光猫以后绝对不会再掉线了，掉一次您直接来找我。
C: 真的？那什么时候来换？
A: 明天上午师傅上门，请问您家地址还是登记的那个吗？
C: 对，没变。
A: 好的，已经安排，{B}

@ yf-late | in | greeting | late | nobody speaks until the customer calls out
C: 喂？喂？有人吗？
A: 您好，云帆通信，请问有什么可以帮您？
C: 我想把套餐里的流量改小一点，用不完。
A: 好的，目前有三十元和四十九元两档，分别是十个G和二十个G，次月一号生效。
C: 那改三十的吧。
A: 已经为您办理，下个月一号起按三十元收取。
C: 行。
A: 感谢您的来电，祝您生活愉快，再见。

@ yf-keepno | in | - | hn | customer's 喂 on a bad line answered at once; number-keeping fee with amount and start; polite name
C: 喂？
A: 您好，云帆通信，请问有什么可以帮您？
C: 我要出国两年，手机号想留着，怎么办比较省钱？
A: 可以办理停机保号，每月五元，从办理的次月开始收，号码一直为您保留。
C: 可以，帮我办吧。
A: 好的，请问机主怎么称呼？
C: 我姓诸葛。
A: 诸葛先生，已经为您办好了，下月起每月五元。感谢您的来电，祝您出行平安，一切顺利。

# bank / credit card | 嘉禾银行信用卡中心 | 嘉禾银行
@ jh-points | in | forbidden | - | 这个我也不清楚 about the bank's own points expiry
A: {G}
C: 我想问一下我卡里的积分什么时候过期？
A: 这个我也不清楚，反正系统上怎么显示就怎么算吧。
C: 那我在哪里能看到？
A: 手机银行里有积分页面，您可以进去看一下。
C: 好吧，我自己找找。
A: {B}

@ jh-activate | in | - | hn | polite 不知道您…吗 and reassuring 您不知道也没关系; polite name
A: {G}
C: 我新卡到了，想激活一下。
A: 好的，不知道您现在方便核实一下身份信息吗？
C: 方便，不过卡背面那个有效期我看不太清。
A: 您不知道有效期也没关系，我通过您的身份证号就能核实。请问您怎么称呼？
C: 我叫何雨晴。
A: 何女士您好，麻烦报一下身份证后六位。
C: 三二零八一五。
A: 核实通过，卡片已经激活，首年免年费，次年刷满六次也免。{B}

@ jh-limit | in | overpromise | - | promises a raised limit that the bank's review decides
A: {G}
C: 我这卡额度才八千，能不能提一下？
A: 目前您的卡还没到系统评估时间，暂时提不了。
C: 那要等多久？
A: 您放心，只要接下来三个月按时还款，额度肯定给您提到五万，这个我说了算。
C: 五万？真的假的？
A: 绝对没问题，到时候您直接打电话找我。
C: 那好，谢谢啊。
A: {B}

@ jh-surname | in | name_ask | - | 你姓什么 while verifying identity
A: {G}
C: 我的卡好像被锁了，刷不了。
A: 你姓什么？身份证号报一下。
C: 姓林，身份证号是三五零二零三一九九零零七一二四四一六。
A: 好的林先生，是输错三次密码被锁了，我帮您解锁，请您稍后重新设置密码。
C: 好，谢谢。
A: {B}

@ jh-fraud | in | complaint,apology | - | card fraud, customer threatens the regulator, no apology
A: {G}
C: 我的卡昨天晚上被人在外地刷了六千多，我人一直在家里！
A: 您先别急，需要您先冻结卡片，然后去派出所报案，拿回执来申请调查。
C: 凭什么要我跑派出所？钱是在你们系统里被盗的！
A: 流程就是这样，我们这边没办法直接退。
C: 你们这样处理我就去金融监管局投诉你们！
A: 您要投诉也可以，我先帮您把卡冻结了，调查结果出来会通知您。
C: 赶紧冻结。
A: 已经冻结了，还有其他问题吗？
C: 没有了。
A: 好的，感谢来电，祝您生活愉快，再见。

@ jh-pigbrain | in | - | hn | customer calls himself 猪脑子; late interest stated with rate and start
A: {G}
C: 我真是个猪脑子，又忘了还款日，昨天就该还的。
A: 您别这么说，很多人都会忘记的。今天还上的话，会从还款日次日开始按日万分之五计息，不影响征信。
C: 那我现在就还，以后能不能提醒我？
A: 可以的，我帮您开通还款提醒短信，免费的，每期还款日前三天发给您。
C: 太好了，谢谢。
A: {B}

@ jh-fasttalk | in | speech_rate | fast | installment terms read out at 8.5+ chars/s
A: {G}
C: 我上个月刷了一万二，想分十二期还，手续费怎么算的，能跟我说一下吗？
A: 好的分十二期的话每期手续费率是百分之零点六，也就是每期七十二元，从下一个账单日开始和本金一起收取，总共八百六十四元。
C: 等一下，你说慢一点，每期是七十二块对吗？那提前还清的话手续费还要交吗？
A: 对每期七十二元如果提前还清剩余本金一次还清已经收取的手续费不退未到期的手续费就不再收取了。
C: 嗯，那我考虑一下，先不办了，回头想好了我在手机上自己弄。
A: 好的没问题您在手机银行账单分期里就能操作感谢您的来电祝您生活愉快再见。

@ jh-newbie | in | colleague | - | agent runs down the colleague who answered last time
A: {G}
C: 上次你们客服说我这个账单可以免息分期，怎么又收了手续费？
A: 很抱歉，分期是要收手续费的，没有免息的活动。
C: 可上次那个客服明明说免息的。
A: 上次接您电话的那个是新来的，业务一窍不通，瞎跟您说的，您以后别信他。
C: 那这手续费怎么办？
A: 我帮您申请减免首期的手续费，三个工作日内有结果。
C: 行吧。
A: {B}

@ jh-hangup | in | hangup,closing,shirking | - | refund of annual fee pushed to the branch, agent hangs up on the question
A: {G}
C: 我这个卡一年都没怎么用，年费能不能退给我？
A: 年费的事你去网点问吧，我们这边办不了。
C: 那网点几点开门？周末开吗？

# e-commerce platform | 橙集商城 | 橙集
@ cj-merchant | in | shirking | - | platform pushes a defective product back to the seller
A: {G}
C: 我买的电饭煲用了两天就不加热了，怎么办？
A: 不好意思给您添麻烦了。商品质量问题您直接去找商家吧，我们平台只负责卖，售后管不了。
C: 可是商家一直不回消息啊。
A: 那您再多发几条，商家总会回的。
C: 好吧。
A: {B}

@ cj-liar | in | - | hn | the customer calls the seller 骗子; apology and refund with a date
A: {G}
C: 你们这个卖家就是骗子吧！图片上是真皮，寄来的是人造革！
A: 非常抱歉让您有这样的购物体验，您拍张照片在订单里上传一下，我这边直接帮您申请退货退款。
C: 运费谁出？
A: 运费由商家承担，退款在我们收到货后三个工作日内原路退回。
C: 行，那我现在拍。
A: 好的，上传后您不用再联系商家，我们会跟进。{B}

@ cj-poor | in | insult,complaint,apology,closing | - | mocks the customer for returning goods, threat of complaint met with 随你
A: {G}
C: 我想退一下这件大衣，穿着不合身。
A: 您这个月已经退了四单了，买不起就别老看这么贵的，退来退去不嫌麻烦吗？
C: 你怎么说话的？我要投诉你！
A: 随你。

@ cj-filler | in | filler | - | agent's 这个/那个/啊/呀 tics
A: {G}
C: 我的快递显示签收了，可我没收到。
A: 啊，这个，您这个订单呀，我看一下啊，那个，显示是放在驿站了呀。
C: 哪个驿站？
A: 就是那个，呃，这个小区门口那个啊，您去那个驿站问一下呀。
C: 那取件码是多少？
A: 这个，取件码是八三二六，您拿这个去取就行啊。
C: 好的。
A: 那个，感谢您的来电呀，祝您生活愉快，再见啊。

@ cj-washer | in | - | hn | 滚筒洗衣机, the customer's 不清楚, announced hold
A: {G}
C: 我买了一台滚筒洗衣机，到现在没送到，我也不清楚是哪家物流送的。
A: 抱歉让您久等了，请您稍等，我帮您查一下物流信息。
.. hold
A: 感谢您的耐心等待，是由顺路达配送的，今天下午两点到六点送货上门，师傅会提前半小时联系您。
C: 好，那我等着。
A: {B}

@ cj-interrupt | in | talk_over | - | agent cuts the customer off twice
A: {G}
C: 我买的那个蓝牙耳机，左边一直没声音，我已经重新配对好几次了，还是不行。
A!: 您先恢复一下出厂设置，长按十秒。
C: 我试过了，长按了好几次，指示灯闪了红色又闪白色，然后还是没声音。
A!: 那就是质量问题，不好意思，我给您办换货。
C: 好，那换货要怎么寄？
A: 快递员明天上门取件，不用您付运费。
C: 好。
A: {B}

@ cj-member | in | tariff | - | membership 'first month free', later charge glossed
A: {G}
C: 我看到页面上让我开那个省钱卡会员，这个要钱吗？
A: 首月是免费的，您先领着用，后面的到时候再说。
C: 后面是每个月扣吗？扣多少？
A: 您先用着嘛，觉得不划算随时可以关。
C: 好吧。
A: {B}

@ cj-wei | in | greeting | - | opening 喂，橙集，说吧
A: 喂，橙集，说吧。
C: 我想改一下收货地址，订单还没发货。
A: 好的，请您提供一下订单号。
C: 订单号是二零二六一二一八三三四。
A: 已经帮您改好了，新地址是滨江区江南大道一百号对吧？
C: 对。
A: {B}

@ cj-badline | in | - | hn | the customer's 喂？喂？ mid-call on a bad line, the customer talking over the agent
A: {G}
C: 我那个退款到现在还没到账。
A: 我帮您看一下，您的退款已经在今天上午发起，预计一到三个工作日到账。
C: 喂？喂？听得到吗？信号不太好。
A: 听得到的，您请讲。
C: 就是说，退款今天已经退了是吧？
A: 是的，今天上午已经退回您的支付账户，一到三个工作日到账。
C!: 好好，我知道了，谢谢啊。
A: {B}

# courier / logistics | 顺路达速运 | 顺路达
@ sl-lazy | in | colleague | - | agent calls the area courier lazy
A: {G}
C: 我的件每次都被扔在快递柜，我明明写了送货上门。
A: 不好意思，给您添麻烦了。那个片区的快递员懒得出了名，经常不送上门，我们也拿他没办法。
C: 那你们不管管？
A: 我给您备注一下，下次一定送上门。
C: 好吧。
A: {B}

@ sl-100pct | in | overpromise | - | 'tomorrow 10 a.m., 100%, I'll pay you if late'
A: {G}
C: 我这个文件明天上午要用，现在寄能到吗？
A: 能到，我给您加急，明天上午十点前百分之百送到，晚一分钟我赔您。
C: 这么肯定？从杭州到北京哦。
A: 放心，我说到肯定做到。请问寄件人怎么称呼？
C: 我姓罗。
A: 罗先生，已经给您下单，师傅二十分钟内上门取件。{B}

@ sl-customs | in | - | hn | 不知道 about customs followed by what the agent will do
A: {G}
C: 我的国际件卡在海关好几天了，到底什么时候能放行？
A: 很抱歉让您久等了。海关那边具体几天放行我这边确实不知道，不过我会每天帮您跟进一次，一有消息马上短信通知您。
C: 需要我提供什么材料吗？
A: 目前不需要，如果海关要补资料，我们会第一时间联系您。
C: 好，谢谢。
A: {B}

@ sl-quick | in | short_call | short | a quick tracking call
A: {G}
C: 单号我有，我自己上网查就行了，谢谢。
A: 好的，祝您生活愉快，再见。

@ sl-broken | in | hangup,closing,apology | - | parcel arrived broken, no apology, agent hangs up on the customer's question
A: {G}
C: 我寄的花瓶到了对方手里碎成三块了！你们怎么包装的？
A: 易碎品本来就有风险，寄的时候没保价吧？
C: 没保价你们就不管了？那这损失谁来赔？

@ sl-whoareyou | in | name_ask | - | 你叫啥名 when booking a pickup
A: {G}
C: 我要寄个件，能上门取吗？
A: 能，你叫啥名？
C: 我姓钟。
A: 电话多少？地址在哪？
C: 一三九零五七一二二八四，文三路八十八号。
A: 好的钟先生，下午三点前师傅上门。
C: 谢谢。
A: {B}

@ sl-silence | in | silence | - | long unannounced silence while the agent looks something up
A: {G}
C: 我想问下寄一箱水果到成都要几天，多少钱？
.. gap
C: 喂？你好？
A: 在的，到成都冷链两天，首重二十三元，续重每公斤八元，下单时付款。
C: 好，那我明天寄。
A: {B}

@ sl-noncomplaint | in | - | hn | reported 你眼瞎啊 with 我不是要投诉; apology and feedback to the station
A: {G}
C: 我不是要投诉啊，就是反映一下，今天那个派件员嫌我下楼慢，冲我说“你眼瞎啊”。
A: 非常抱歉让您听到这样的话，派件员这样说确实不对，我会把情况反馈给站点主管，让他们加强培训。
C: 嗯，提醒一下就行了。
A: 好的，谢谢您告诉我们。{B}

@ sl-12315 | in | complaint | - | customer will call 12315; agent apologises and registers
A: {G}
C: 我的件丢了半个月，你们一直说在找，我要打12315投诉你们！
A: 非常抱歉，耽误您这么久确实是我们的问题。我马上给您升级处理，今天之内给您确定赔付方案。
C: 这次别再拖了。
A: 一定不会，我已经登记了加急，主管会在下午五点前给您回电。{B}

# insurance | 砥石保险 | 砥石
@ ds-threedays | in | overpromise | - | claim promised in three days, 100% in full
A: {G}
C: 我车被人追尾了，对方全责，理赔要多久？
A: 这种小事包您三天到账，而且百分之百全额赔，一分钱都不会少。
C: 那我需要交什么材料？
A: 交警的责任认定书、维修发票和您的驾驶证照片。
C: 好的。
A: {B}

@ ds-hedge | in | - | hn | hedged claim timing, 不能打包票
A: {G}
C: 我家里漏水的理赔资料都交了，多久能到账？
A: 一般资料齐全的话是五到七个工作日，具体以审核结果为准，我不能给您打包票，不过会尽量帮您催一催。
C: 好，那麻烦你了。
A: 应该的，有进展我们会短信通知您。{B}

@ ds-whatyoumean | in | forbidden | - | 你到底想说什么？我听半天没明白
A: {G}
C: 就是那个，我去年买的那个，不是车险，是那个住院的，报销的那个，还有那个续保的事情。
A: 你到底想说什么？我听半天没明白。
C: 我是说我的医疗险要续保了，想问问怎么续。
A: 在我们公众号里点续保就可以，保费和去年一样。
C: 好的。
A: {B}

@ ds-freeperiod | in | tariff | - | rider sold with '三个月免费期', amount and start never stated
A: {G}
C: 你们给我推荐的那个意外附加险，每年多少钱？什么时候开始扣？
A: 前三个月是免费期，您先享受保障就行，不用想那么多。
C: 那三个月以后呢？
A: 到时候会有提醒的，很便宜。
C: 那好吧。
A: {B}

@ ds-drawl | in | speech_rate | slow | drawling agent
A: 您好，砥石保险，请问有什么可以帮您？
C: 我想改一下保单上的手机号。
A: 好的，请问您怎么称呼呀？
C: 我姓孔。
A: 孔先生，新的手机号是多少呢？
C: 一五八六七二三四一九零。
A: 好的，已经帮您修改好了，感谢您的来电，祝您生活愉快。

@ ds-toolate | in | insult | - | 'now you think of insurance, serves you right'
A: {G}
C: 我上个月车子被砸了，现在想买个车损险，以前的能赔吗？
A: 出了事才想起来买保险，早干嘛去了？活该。
C: 我就是问一下。
A: 投保前的损失不在保障范围，新买的保单从明天零点生效。
C: 那算了。
A: {B}

@ ds-passedaway | in | - | hn | death of the insured: 去世, 死亡证明, condolences, polite name
A: {G}
C: 我妈上个月去世了，她有一份你们的寿险，我要怎么办？
A: 请您节哀。需要准备被保险人的死亡证明、户口注销证明和受益人的身份证，到我们任一网点或者线上提交都可以。
C: 线上怎么交？
A: 我给您发一条链接。请问您怎么称呼？
C: 我姓蔡。
A: 蔡先生，链接已经发到您手机上了，有任何问题随时联系我们，请您保重身体，再见。

@ ds-nosorry | in | apology | - | claim delayed a month by the company, no apology
A: {G}
C: 我的理赔申请一个月了还没结果！你们说好十天的！
A: 那个审核部门最近案子多，排队呢。
C: 排队排一个月？我医药费都是借的！
A: 我给您催一下，这周应该能出结果。
C: 你们最好说话算话。
A: {B}

# water utility | 清源水务 | 清源
@ qy-bare | in | greeting | - | opening 水务。哪里停水？ with no greeting and no company
A: 水务。哪里停水？
C: 我们小区从早上开始就没水了，幸福里小区。
A: 幸福里那边在抢修主管道，下午四点前恢复供水，给您带来不便很抱歉。
C: 好的，知道了。
A: {B}

@ qy-nohouse | in | - | hn | reassuring 您不清楚户号也没关系; announced hold
A: {G}
C: 我想查一下欠了多少水费，但是户号我不记得了。
A: 您不清楚户号也没关系，告诉我地址就能查到。
C: 解放路三十二号二单元五零一。
A: 好的，请您稍等，我查一下。
.. hold
A: 感谢您的等待，目前欠费八十六元五角，是十一月的水费，月底前交都不产生滞纳金。
C: 好的，我一会儿交。
A: {B}

@ qy-property | in | shirking | - | pipe inside the estate: 'go to the property company, nothing to do with us'
A: {G}
C: 我家楼下的水管爆了，一直在冒水。
A: 小区里面的管子归物业管，你找物业去，跟我们没关系。
C: 物业电话打不通啊。
A: 那我也没办法，您多打几次。
C: 好吧。
A: {B}

@ qy-filler | in | filler | - | 这个/那个/就是 tics
A: {G}
C: 我家水表好像转得特别快，是不是坏了？
A: 这个，就是说，您那个水表啊，这个，要先看一下家里有没有漏水。
C: 怎么看？
A: 就是，那个，您把家里水龙头都关了，然后看那个表还转不转啊。
C: 那要是还转呢？
A: 那个，那就是这个管道有漏点，我们这个，可以派人上门看一下。
C: 好，派人来吧。
A: 好的，那个，明天上午上门，感谢您的来电，祝您生活愉快。

@ qy-talkover | in | talk_over | - | agent cuts in twice on a billing question; polite otherwise
A: {G}
C: 我上个月水费是四十多，这个月突然变成一百二十多，家里就两个人，根本用不了那么多水。
A!: 您这个是阶梯水价，超过第一档就贵了。
C: 不对，我们家一直都是一样的用量，以前从来没超过，我觉得是你们抄表抄错了。
A!: 那我给您申请复核抄表数。
C: 好的，那什么时候有结果？
A: 三个工作日内会有工作人员联系您，给您带来困扰很抱歉。
C: 行。
A: {B}

@ qy-smartmeter | in | - | hn | meter replacement free, smart meter priced with start; transfer announced, colleague closes
A: {G}
C: 我家水表太旧了，能换吗？要钱吗？
A: 普通水表到期更换不收费；如果您想换智能水表，是三百二十元，装好当月随水费一起收取。
C: 那我换智能的，具体时间能约吗？
A: 可以的，我帮您转到表务班组约时间，请您稍等。
.. hold
A: 您好，我是表务班组的小裴，您想约哪天上门？
C: 周六上午吧。
A: 好的，周六上午九点到十二点上门安装，请问您贵姓？
C: 姓吕。
A: 吕先生，已经约好了，感谢您的来电，祝您周末愉快，再见。

# hospital appointment line | 康桥医院预约中心 | 康桥医院
@ kq-whichdoc | in | forbidden | - | 我哪知道哪个医生好
A: {G}
C: 我想挂个皮肤科，哪个医生看湿疹比较好？
A: 我哪知道哪个医生好，您自己在列表里挑吧。
C: 那周三上午有哪些医生？
A: 周三上午有陈主任和刘医生，陈主任是专家号，挂号费五十元，刘医生普通号二十元，看诊当天缴费。
C: 那挂陈主任。请问要提供什么？
A: 请问患者怎么称呼？
C: 我叫汤敏。
A: 汤女士，周三上午九点二十，已经约好了。{B}

@ kq-neuro | in | - | hn | 神经内科 / 精神科 booking, polite 不知道您…, polite name, fee with moment
A: {G}
C: 我老是头晕失眠，不知道该挂神经内科还是精神科。
A: 头晕失眠的话一般先挂神经内科，医生看了觉得需要会帮您转诊。不知道您想挂专家号还是普通号？
C: 普通号就行。
A: 好的，普通号挂号费二十元，到院取号时缴纳。请问您怎么称呼？
C: 姓吴。
A: 吴先生，给您约在明天下午两点，神经内科三诊室。{B}

@ kq-school | in | insult,apology | - | mocks the customer's schooling, no apology after the protest
A: {G}
C: 我孩子发烧，挂儿科还是急诊啊？
A: 发烧三十九度以上直接急诊，低于的挂儿科，这都分不清，您上过学没有？
C: 你怎么这么说话？我就是着急问一下。
A: 我说得不对吗？儿科号今天还有，要挂吗？
C: 挂吧，下午的。
A: 挂好了，下午三点。{B}

@ kq-nomore | in | hangup,closing | - | 没号了 and the agent hangs up on the follow-up question
A: {G}
C: 我想挂明天骨科张主任的号，我膝盖疼了一个多月了，走路都不太方便。
A: 没号了。
C: 那别的骨科医生呢？普通号也行。
A: 也没了，明天骨科都满了。
C: 那后天的号什么时候放出来？

@ kq-fullup | in | short_call | short | no slots today
A: {G}
C: 今天眼科还能挂吗？
A: 今天满了，明早七点放号，祝您早日康复。

@ kq-handfoot | in | - | hn | 手足口病, hedged waiting time, announced hold, polite name
A: {G}
C: 我家小孩可能是手足口病，现在能看吗？
A: 别着急，请您稍等，我帮您查一下儿科的号。
.. hold
A: 感谢您的等待，今天下午儿科还有号，一般半小时左右能看上，具体要看排队情况。请问孩子叫什么名字？
C: 叫陈果果。
A: 好的，已经给陈果果约了下午两点半，挂号费二十元到院缴。{B}

@ kq-hurry | in | name_ask | - | 叫什么名字？快点说
A: {G}
C: 我想给我爸挂个心内科的号。
A: 叫什么名字？快点说，后面还有人排队。
C: 叫马国庆。
A: 马国庆，明天上午十点，心内科二诊室。
C: 好，谢谢。
A: {B}

@ kq-silence | in | silence | - | unannounced silence before the answer
A: {G}
C: 我做完的CT报告出来没有？能不能电话里告诉我？
.. gap
C: 喂？你还在吗？
A: 在的，报告已经出来了，不过结果需要医生当面解读，您可以挂个复诊号，我帮您约。
C: 那约明天吧。
A: 好的，明天上午十点。{B}

@ kq-cut | in | talk_over | - | agent cuts in twice while the customer describes symptoms
A: {G}
C: 我最近胃一直不舒服，吃完饭就胀，有时候晚上还会疼醒，吃了胃药也不太管用。
A!: 挂消化内科就行。
C: 我就是想问，要不要先做个胃镜，胃镜是不是要空腹，还要家属陪着来？
A!: 医生看了再开，先挂号。
C: 好吧，那帮我挂周五的。
A: 好的，周五上午九点，消化内科。{B}

# online education | 知行课堂 | 知行
@ zx-guarantee | in | overpromise | - | 保证考研过线
A: {G}
C: 我想报你们的考研冲刺班，效果怎么样？
A: 报我们的冲刺班，保证您过线，过不了线全额退款，历年学员全都过了。
C: 这么厉害？我基础挺差的。
A: 放心，基础再差都能过，我跟您打包票。
C: 那我考虑一下。
A: {B}

@ zx-trial | in | tariff | - | trial free, the real course's price left to the adviser later
A: {G}
C: 你们这个少儿编程试听课要钱吗？试听完正式课多少钱？
A: 试听是免费的，正式课的价格到时候顾问老师会跟您说的。
C: 你现在不能告诉我吗？大概多少？
A: 您先让孩子试听，合适了再说价格嘛。
C: 好吧。
A: {B}

@ zx-headteacher | in | colleague | - | 'your head teacher never passed it herself'
A: {G}
C: 我们班主任讲题总是讲不清楚，孩子听不懂。
A: 抱歉给您带来困扰。那个班主任自己当年都没考上，教不好也正常。
C: 那能换个老师吗？
A: 可以的，我给您调到周老师的班，下周一开始。
C: 好，谢谢。
A: {B}

@ zx-dumbson | in | - | hn | the parent calls the son 笨得要死; fee with amount and date; polite name
A: {G}
C: 我儿子笨得要死，数学每次都不及格，你们能补吗？
A: 孩子不笨的，很多时候是方法没找对。我们有初二数学小班，每学期二千四百元，开课前一周缴费。
C: 那先报一个，怎么报？
A: 请问您怎么称呼？
C: 姓苗。
A: 苗女士，我把报名链接发给您，填好后老师会联系您。{B}

@ zx-filler | in | filler | - | agent's tics
A: {G}
C: 我买的网课打不开视频，一直转圈。
A: 啊，不好意思呀，这个，您那个，是用手机还是电脑呀？
C: 手机。
A: 那个，就是，您先把那个APP呀，这个，退出来重新登一下啊。
C: 还是不行。
A: 那个，那就是，这个，缓存的问题呀，您清一下缓存啊。
C: 好了，能看了。
A: 啊好的，那个，感谢您的来电，祝您学习进步。

@ zx-thinkfirst | in | forbidden | - | 等想明白了再来电话吧
A: {G}
C: 我在犹豫报雅思还是托福，你们两个都有吧？
A: 都有的，您打算去哪个国家？
C: 还没定，英国美国都有可能。
A: 您自己都还没想好，那就等想明白了再来电话吧。
C: 我就是想听听你们建议。
A: 英国一般雅思，美国两个都行，您定了再说。
C: 好吧。
A: {B}

@ zx-fast | in | speech_rate | fast | course rules rattled off
A: {G}
C: 我想了解一下你们的会计初级课，多少钱，上多久，能不能退？能跟我详细讲讲吗？
A: 会计初级全程班一千六百八十元报名时一次付清一共六十节课三个月学完开课七天内没听超过三节可以全额退款之后按剩余课时退。
C: 你说的太快了，我没记住，是三个月学完，七天内可以退对吧？那教材要另外买吗？
A: 对的三个月七天内没听超过三节全额退教材是电子版包含在课程里不用另外买纸质版需要的话另付六十元。
C: 好的，我明白了，我先跟家里商量一下。
A: 好的没问题感谢您的来电祝您生活愉快再见。

@ zx-refund | in | complaint,apology | - | refund refused, the parent will complain to the education bureau; no apology
A: {G}
C: 课才上了两节老师就换了三个，我要退费！
A: 按合同超过七天就只能退剩余课时的百分之五十。
C: 是你们换老师的，凭什么扣我一半？我要去教育局投诉你们！
A: 您去投诉我们也是按合同办。
C: 那你把合同发给我。
A: 已经发到您邮箱了。{B}

@ zx-outbound | out | - | hn | outbound call with company, name and purpose, consent asked; closing
A: 您好，我是知行课堂的课程顾问小柯，您上周在我们官网留了电话想了解雅思课程，现在方便跟您聊两分钟吗？
C: 可以，你说吧。
A: 我们雅思周末班一期十周，三千八百元，报名时缴费，开课第一周不满意可以全额退。
C: 好的，我再想想，有需要联系你。
A: 好的，打扰您了，谢谢您的时间，祝您考试顺利，再见。

# travel agency | 远山旅行 | 远山
@ ys-airline | in | shirking,apology | - | flight cancelled: 'find the airline yourself, we only book'
A: {G}
C: 你们给我订的机票航班取消了，我全家明天怎么走？
A: 航班取消是航空公司的事，您自己找航空公司去，我们只是代订。
C: 我是在你们这儿买的！你们就不管了？
A: 退改都是航空公司定的，我们这边做不了主。
C: 那好吧。
A: {B}

@ ys-nomoney | in | insult,apology | - | 'no money, then don't travel abroad'
A: {G}
C: 你们这个泰国团为什么住的酒店这么偏？
A: 这个价位就是这个酒店，嫌偏就加钱换市中心的。
C: 我觉得宣传的时候没说清楚。
A: 没钱就别出国玩嘛，跟个团还挑三拣四的。
C: 行吧，那我自己想办法。
A: {B}

@ ys-seaview | in | - | hn | hedged sea-view request: 不能保证, 尽量; polite name
A: {G}
C: 我订了三亚的酒店，能不能保证给我海景房？
A: 海景房要看入住当天的房态，我不能保证一定有，但会帮您备注并尽量向酒店申请。
C: 好，麻烦你了。
A: 应该的，请问入住人怎么称呼？
C: 姓容。
A: 容先生，已经备注好了，有结果会短信告诉您。{B}

@ ys-outwei | out | greeting | - | outbound opening 喂，是张先生吧 with no company
A: 喂，是张先生吧？上次您问的那个云南六日游还要不要？
C: 你是哪里？
A: 我是远山旅行的小季，您上周在我们门店咨询过。
C: 哦，那个团多少钱？
A: 每人三千二百元，含机票酒店，出发前七天交清。
C: 我再考虑一下。
A: 好的，感谢您，祝您生活愉快，再见。

@ ys-drawl | in | speech_rate | slow | drawling agent
A: 您好，远山旅行，请问有什么可以帮您？
C: 我想改一下出发日期。
A: 好的，请问您的订单号是多少？
C: 八八二零一三。
A: 好的，已经帮您改到下周六出发了，祝您旅途愉快。

@ ys-otheragency | in | - | hn | the customer calls another agency 一帮骗子; sympathy, no apology owed
A: {G}
C: 我之前在别家旅行社报的团，那家简直是一帮骗子，全程购物。这次想找个纯玩团。
A: 理解您的心情，我们的纯玩团全程无购物，合同里写明了，如果有购物店可以全额退款。
C: 那推荐一下去西安的。
A: 西安五日纯玩团每人两千六百元，下单时付定金五百元，出发前三天付尾款。
C: 好，我先订。请问怎么操作？
A: 我发一个链接给您，请问您怎么称呼？
C: 姓鲁。
A: 鲁女士，链接已经发到您手机，{B}

@ ys-visa | in | overpromise | - | 签证包过，百分之百出签
A: {G}
C: 我自由职业，没有工作证明，申请日本签证能过吗？
A: 交给我们办，包过，百分之百出签，拒签了算我的。
C: 真的吗？我朋友说自由职业不好办。
A: 放心，我们有门路。
C: 那我来办。
A: {B}

@ ys-silence | in | silence | - | unannounced silence after the customer's question
A: {G}
C: 我想问一下下个月去新疆的团还有位置吗？
.. gap
C: 喂？
A: 有的，十五号和二十二号两个团都还有位置。
C: 那我报十五号的，两个人。
A: 好的，请问您怎么称呼？
C: 姓狄。
A: 狄先生，已经为您预留两个位置。{B}

# car after-sales | 骏驰汽车服务中心 | 骏驰汽车
@ jc-surname | in | name_ask | - | 车主姓啥
A: {G}
C: 我想约个保养，下周二上午。
A: 车主姓啥？车牌多少？
C: 姓邵，车牌浙A八八六二一。
A: 好的邵先生，下周二上午九点，到店后直接找前台。
C: 好的。
A: {B}

@ jc-scratch | in | colleague | - | 'that kid at reception probably scratched it'
A: {G}
C: 我车保养完回来，车门上多了一道划痕！
A: 非常抱歉。接车那小子毛手毛脚的，八成就是他弄的，他干这种事不是一次两次了。
C: 那怎么处理？
A: 您把车开过来，我们免费给您补漆。
C: 好吧。
A: {B}

@ jc-frozen | in | - | hn | 车机死机, screen 不滚动, free update, announced hold
A: {G}
C: 我车上那个中控屏老是死机，地图也不滚动了。
A: 给您带来不便很抱歉，请您稍等，我查一下您这台车的系统版本。
.. hold
A: 感谢您的等待，您的车机可以升级到最新版本，升级免费，不收任何费用，大概一个小时。
C: 那我周末过去升级。
A: 好的，请问您怎么称呼？
C: 姓温。
A: 温先生，已经为您约好周六上午十点。{B}

@ jc-price | in | tariff | - | service price: 来了再说
A: {G}
C: 我那车跑了四万公里了，做个四万公里保养多少钱？
A: 价格来了再说，到店师傅会给您报价。
C: 大概范围也没有吗？
A: 看车况的，到店就知道了。
C: 好吧。
A: {B}

@ jc-wei | in | forbidden | - | 喂！喂！你听我说完
A: {G}
C: 我上周在你们那换的刹车片，现在一踩就吱吱响，你们是不是没装好啊，我跟你说我开得很小心的……
A: 喂！喂！你听我说完行不行？新刹车片有磨合期，响几天是正常的。
C: 那要响多久？
A: 一般五百公里以内，超过了您再开过来检查，免费的。
C: 好的。
A: {B}

@ jc-short | in | short_call | short | opening hours
A: {G}
C: 你们周日开门吗？
A: 开的，早八点到晚六点，祝您生活愉快。

@ jc-redo | in | hangup,closing,apology | - | botched repair, no apology, agent hangs up
A: {G}
C: 我的车空调你们修了两次还是不制冷，我大热天开着车跟蒸笼一样！
A: 那可能是别的零件又坏了，要重新检测。
C: 检测还要收钱？那你们什么时候给我返工？

@ jc-cheapcar | in | insult,apology | - | contempt for the customer's cheap car
A: {G}
C: 你们洗车能不能认真一点，我车里座椅底下都没吸。
A: 开个几万块的车还要求这么多，差不多行了。
C: 这跟车多少钱有什么关系？
A: 行行，下次让他们吸干净。
C: 好吧。
A: {B}

# gym | 铁力健身 | 铁力
@ tl-fatpig | in | - | hn | the customer calls herself 胖得像头猪; encouragement; fee with moment; polite name
A: {G}
C: 我现在胖得像头猪，想办张卡减肥，有什么推荐的？
A: 您别这么说，愿意开始就很棒了。我们有季卡，九百九十元，开卡当天付款，还送两节体测课。
C: 那我办一个季卡。
A: 好的，请问您怎么称呼？
C: 姓樊。
A: 樊女士，您到店报姓名就能开卡。{B}

@ tl-twenty | in | overpromise | - | 保证一个月瘦二十斤
A: {G}
C: 你们私教课有用吗？我想减肥。
A: 跟我们私教练一个月，保证您瘦二十斤，瘦不下来全额退。
C: 一个月二十斤？不会伤身体吧？
A: 不会的，我们有专门的方案，肯定能瘦。
C: 那我去看看。
A: {B}

@ tl-autorenew | in | tariff | - | auto-renewal charge asked, no amount or date
A: {G}
C: 我的年卡下个月到期，到期会不会自动扣钱？扣多少？
A: 到时候再看吧，一般不会多扣您的。
C: 那是会扣还是不会扣？
A: 有活动的话会提醒您的。
C: 好吧。
A: {B}

@ tl-manager | in | complaint | - | the customer wants the manager and threatens to post online; apology
A: {G}
C: 你们游泳池已经关了两个星期了，说是维修，到现在也没开！我要找你们店长，不行我就发到网上曝光！
A: 非常抱歉给您带来不便，我马上联系店长，今天之内给您回电，并把停用的天数给您补到会员卡上。
C: 今天一定要回电。
A: 一定，请您保持电话畅通。{B}

@ tl-talkover | in | talk_over | - | agent cuts in twice
A: {G}
C: 我想把年卡转给我朋友，因为我下个月要调到外地上班了，年卡还有八个月。
A!: 可以转，收一百元手续费。
C: 那我朋友需要本人到店吗，还是我带着他的身份证去办就可以？
A!: 两个人都要到场。
C: 好，那我们周末去。
A: 好的，请带好身份证。{B}

@ tl-speak | in | greeting | - | opening 在的，您说 with no greeting or company
A: 在的，您说。
C: 请问你们几点关门？我下班比较晚，九点多能过去吗？
A: 晚上十点关门，周末也一样，九点多过来没问题，淋浴间开到十点半。
C: 好的，那我晚上过去。
A: 好的，欢迎您来，{B}

@ tl-redirect | in | - | hn | private-coach matter redirected with the store's number and a registration
A: {G}
C: 我私教课约不上，教练总说没空。
A: 很抱歉给您带来不便。私教排课是门店在管，我把门店电话发给您，幺八六六七五二三零一九，同时我这边也登记了，门店今天会主动给您回电。
C: 好，那我等电话。
A: 好的，如果今天没接到电话，您再打给我们。{B}

@ tl-filler | in | filler | - | agent's tics
A: {G}
C: 我想暂停一下会员卡，出差一个月。
A: 啊，可以的呀，这个，那个，您是要停多久啊？
C: 一个月。
A: 那个，这个，停卡呀，就是一年能停两次啊，这个您是第一次呀。
C: 好，那怎么办？
A: 那个，我这边给您停好了啊，回来您再到前台这个，激活一下就行呀。
C: 好的。
A: 啊，那个，感谢您的来电，祝您出差顺利。

# power utility | 城南供电服务 | 城南供电
@ cn-thirdparty | in | - | hn | 不清楚 about the contractor, then the restoration time and a text promised
A: {G}
C: 我们这条街停电了，外面有施工队在挖路，是他们挖断的吧？
A: 非常抱歉给您带来不便。施工队什么时候撤场我们这边也不清楚，但抢修人员已经到了，预计今晚八点前恢复供电，恢复后会短信通知您。
C: 好，那就等着吧。
A: {B}

@ cn-dontknow | in | forbidden | - | 停电原因我不知道，等通知吧
A: {G}
C: 我家突然停电了，邻居家也停了，怎么回事？
A: 停电原因我不知道，等通知吧。
C: 那大概多久来电？
A: 我帮您报个修，抢修师傅一小时内到。
C: 好吧。
A: {B}

@ cn-silence | in | silence | - | unannounced silence
A: {G}
C: 我想问一下，我家的电费这个月怎么这么高，比上个月多了两百多。
.. gap
C: 喂？有人吗？
A: 有的，您这个月用电量是八百度，比上月多了三百度，进入了第二档电价。
C: 天冷开电暖器开的。
A: 是的，冬季用电量会比较大。{B}

@ cn-cantpay | in | insult | - | 'can't even pay the bill and you call'
A: {G}
C: 我家被停电了，我刚交了费，什么时候能来电？
A: 电费都拖了两个月才交，还好意思打电话催？
C: 我之前住院了，不是故意的。
A: 交费后二十四小时内自动复电。
C: 好吧。
A: {B}

@ cn-peakvalley | in | - | hn | customer's 喂 on a bad line answered at once; time-of-use tariff with prices and start
C: 喂？
A: 您好，城南供电服务，请问有什么可以帮您？
C: 我想申请那个峰谷电，要钱吗？
A: 申请不收费，次月一号生效，生效后峰时每度零点六元，谷时每度零点三元。
C: 好，帮我申请。
A: 好的，请问户主怎么称呼？
C: 姓阮。
A: 阮先生，已经申请好了，下月一号起生效。{B}

@ cn-fast | in | speech_rate | fast | new-connection rules rattled off
A: {G}
C: 我家新房子装修好了，想开通用电，需要准备什么东西，要去哪里办？
A: 新装用电需要房产证或购房合同户主身份证复印件您可以在网上国网APP上直接申请也可以到营业厅办理申请后三个工作日内上门装表。
C: 你说慢点，房产证和身份证对吧？装表要收钱吗？还有我家是商住两用的，电价一样吗？
A: 对的装表不收费商住两用的话按实际用途登记居民用电按居民电价商业用电按一般工商业电价执行具体价格在APP上能查到。
C: 好的，我知道了，我先在APP上申请一下看看。
A: 好的感谢您的来电祝您生活愉快再见。

@ cn-short | in | short_call | short | a quick confirmation
A: {G}
C: 明天计划停电取消了吗？
A: 取消了，正常供电，祝您生活愉快。

@ cn-madhouse | in | - | hn | the customer's insult about the company's transfers, met with an apology
A: {G}
C: 你们客服是不是都是神经病，一个电话给我转了三次！
A: 非常抱歉让您来回转接，给您添麻烦了，您的问题我直接帮您处理，不再转了。请问是什么问题？
C: 我家电表箱门坏了，关不上。
A: 好的，我给您派单，明天上午师傅上门维修，免费的。
C: 行。
A: {B}

# dental clinic | 皓齿口腔 | 皓齿
@ hc-bye | in | filler,closing | - | tics, then a bare 拜拜
A: {G}
C: 我想约个洗牙，这周六有空位吗？
A: 啊，有的呀，这个，周六上午那个，十点有一个啊。
C: 那就十点吧，洗牙多少钱？
A: 那个，普通洗牙一百二十元，就是，到店做完再付呀。
C: 好的，我叫裘丽。
A: 啊，裘女士，那个，给您约好了呀。拜拜。

@ hc-filling | in | colleague,overpromise,apology | - | filling fell out; previous dentist called an intern; 'never fall out again'
A: {G}
C: 我上个月在你们那补的牙，昨天吃饭又掉了！花了我三百多！
A: 上次给您补牙的那个是实习医生，手艺不行。
C: 那你们就让实习的给我补？
A: 这次换我们主任给您补，保证一辈子都不会再掉。
C: 什么时候能补？
A: 明天下午三点可以吗？不收费。
C: 行。
A: {B}

@ hc-whoareyou | in | name_ask,closing | - | 你谁啊 and 就这样吧
A: {G}
C: 我想查一下我的种植牙复查是哪天。
A: 你谁啊？报个名字。
C: 我叫伍建华。
A: 伍建华，下周三上午九点复查。
C: 好的，要空腹吗？
A: 不用。就这样吧。

@ hc-late | in | greeting | late | the customer has to call out first
C: 喂？你好？听得到吗？
A: 您好，皓齿口腔，请问有什么可以帮您？
C: 我想问一下你们周日上班吗？我想给孩子看看蛀牙。
A: 周日正常上班，儿童齿科上午八点半到下午五点，需要帮您预约吗？
C: 要的，约上午。
A: 好的，请问孩子怎么称呼？
C: 叫包小雨。
A: 已经约好周日上午九点，感谢您的来电，祝您生活愉快，再见。

@ hc-yellow | in | insult,apology | - | disgust at the customer's teeth, no apology after the protest
A: {G}
C: 我牙齿有点黄，还有点疼，想来看看。
A: 牙都烂成这样了才想起来看，早干嘛去了？一口黄牙看着就恶心。
C: 你怎么能这样说话？你都没看到我的牙！
A: 我们见得多了，来了就知道。明天上午有空。
C: 那约明天上午吧。
A: {B}

@ hc-short | in | short_call | short | address question
A: {G}
C: 你们店在几楼？
A: 三楼，电梯上来右手边，祝您生活愉快。

@ hc-implant | in | - | hn | implant price with amount and instalments, hedged lifespan, polite name
A: {G}
C: 我想咨询种植牙，多少钱，能用多久？
A: 单颗种植牙是六千八百元，分两次付：手术当天付一半，戴牙时付另一半。使用年限一般在十五年以上，具体要看个人护理，我不能保证终身不出问题。
C: 那我先来看看。
A: 好的，首次检查免费。请问您怎么称呼？
C: 姓俞。
A: 俞先生，给您约了周四下午两点。{B}

@ hc-scared | in | - | hn | the customer's 怕疼怕得要死; reassurance; 死 and 神经 in innocent use
A: {G}
C: 我要拔智齿，但我怕疼怕得要死，会不会很疼？
A: 您别担心，拔牙前会打麻药，麻药起效后神经就不敏感了，大部分人只感觉到有点胀。
C: 那拔完要多久能好？
A: 一般一周左右伤口就能愈合，每个人情况不太一样，医生会给您开消炎药。
C: 好，那我约一下。
A: 好的，请问您怎么称呼？
C: 姓詹。
A: 詹先生，已经约好周五上午十点。{B}

# moving company | 稳达搬家 | 稳达
@ wd-mirror | in | shirking,apology | - | mirror broken by movers; 'packing was your job'
A: {G}
C: 你们师傅今天给我搬家，把我的落地镜摔碎了！
A: 搬家师傅只负责搬，打包是您自己的事，没包好碎了我们也没办法。
C: 是他们自己没拿稳摔的，我看着的！
A: 那您找当时的师傅协商吧，我这边管不了。
C: 行吧。
A: {B}

@ wd-village | in | insult,closing | - | 乡下人 contempt and a curt 行了挂了
A: {G}
C: 我想问问从县里搬到市里，一车多少钱？东西不多，就是几个箱子和一张床。
A: 县里到市区一车四百五十元，搬完当场付。
C: 能不能便宜点？我们那边小地方，挣钱不容易。
A: 你们乡下人就是事多，四百五还嫌贵？
C: 我就是问一下。
A: 行了，要搬就约，不搬挂了。

@ wd-fast | in | speech_rate | fast | moving rules rattled off
A: {G}
C: 我下周六要从城东搬到城西，两室一厅，大概要多少钱，要几个人，能帮忙拆装家具吗？
A: 两室一厅一般安排一辆四米二的车三个师傅基础费用八百元搬完当场支付拆装床和衣柜每件另收五十元电梯房不加钱楼梯房每层加二十元。
C: 你说太快了，八百块是三个人对吧？我家是五楼没电梯，那就是要加一百块？
A: 对的五楼就是加一百元如果有钢琴或者大鱼缸需要提前说明我们会另外安排人手价格到时候按物品单独报给您。
C: 好，没有钢琴，那我约下周六上午吧，我姓卜。
A: 好的卜先生已经为您约好下周六上午八点感谢您的来电祝您乔迁愉快再见。

@ wd-late | in | hangup,closing,apology | - | movers three hours late, no apology, agent hangs up
A: {G}
C: 说好早上八点来，现在都十一点了还没人！我房子中午就要交了！
A: 前面一单拖了，师傅在路上了。
C: 在路上在路上，一个小时前你就这么说！
A: 那我也没办法，路上堵车。
C: 那到底几点能到？

@ wd-dispatch | in | colleague,shirking | - | blames dispatch and pushes the customer to them
A: {G}
C: 我明明约的是明天，怎么师傅今天就给我打电话说要来？
A: 不好意思啊，调度那边老是乱排单，都是他们的锅，您找调度去吧，我管不了。
C: 调度电话多少？
A: 您打总机转吧。
C: 好吧。
A: {B}

@ wd-thinkfirst | in | forbidden,talk_over | - | 定了再打来, cutting in twice
A: {G}
C: 我想搬家，可能是月底，也可能是下个月初，要看房东那边什么时候能交房。
A!: 那你连哪天搬都没定，定了再打来。
C: 我就是想先了解一下价格，顺便问问月底那几天是不是都很忙，要不要提前约。
A!: 价格按车算，一车六百。
C: 好，那我定了再打。
A: {B}

@ wd-notcomplaint | in | - | hn | reported 穷讲究 with 不是要投诉; apology and a note
A: {G}
C: 跟你说一下啊，我不是要投诉，就是昨天搬家的师傅嫌我东西多，说我穷讲究，我听着不太舒服。
A: 非常抱歉让您不舒服了，师傅这样说确实不对，我会把情况反馈给车队负责人，提醒他们注意服务用语。
C: 嗯，提醒一下就行。
A: 好的，谢谢您告诉我们，{B}

@ wd-transfer | in | - | hn | proper transfer announced with 稍等; the dispatcher introduces himself and closes
A: {G}
C: 我想把明天的搬家改到后天，能改吗？
A: 可以的，改期需要调度确认车辆，我帮您转接调度，请您稍等。
.. hold
A: 您好，我是稳达调度中心的小池，您明天的订单可以改到后天上午九点，车辆和师傅不变。
C: 好的，谢谢。
A: 不客气，感谢您的配合，祝您搬家顺利，再见。

# furniture store | 木语家居 | 木语
@ my-delay | in | talk_over,apology | - | sofa delivery late; agent cuts in twice, no apology
A: {G}
C: 我那个沙发说好上周送，到现在都没送来，我打了三次电话了，每次都说在安排。
A!: 工厂那边排产慢，再等等。
C: 再等等要等到什么时候？我家里客人下周就要来了，总不能让人坐地上吧？
A!: 我给您催一下，这周五之前送。
C: 这次说话算话。
A: 会的。{B}

@ my-install | in | tariff | - | installation fee left to the installer
A: {G}
C: 我买的衣柜要安装，安装费多少钱？
A: 安装费到时候师傅上门会跟您说的。
C: 大概多少你都不知道吗？
A: 要看现场情况，不会很贵。
C: 好吧。
A: {B}

@ my-whatyouwant | in | forbidden,closing | - | 搞不懂你想要什么; closing is a bare 感谢来电
A: {G}
C: 我想要那种，可以收起来的，不占地方，但是又能睡两个人的，白天当沙发的。
A: 你说的什么啊，我搞不懂你到底想要什么。
C: 就是沙发床！
A: 哦，沙发床有三款，一千九到三千二，您在小程序里看一下。
C: 好。
A: 感谢来电。

@ my-silence | in | silence,hangup,closing | - | unannounced silence, then the agent is gone
A: {G}
C: 我买的餐桌桌腿有点晃，能上门修吗？
A: 不好意思给您添麻烦了，您的订单号是多少？
C: 订单号是木语二零二六一一零八。
.. gap
C: 喂？喂？

@ my-blind | in | insult,apology | - | 'are you blind, the size was written clearly'
A: {G}
C: 我买的床送来了，比我房间大，放不下，能换小一号的吗？
A: 尺寸在页面上写得清清楚楚，你眼睛长哪去了？
C: 我是看错了，那能不能换？
A: 换可以，来回运费二百元您出。
C: 好吧。
A: {B}

@ my-trash | in | - | hn | 包装垃圾 taken away, 傻瓜式 assembly, free delivery
A: {G}
C: 你们送货的时候包装垃圾能帮忙带走吗？还有那个书架我自己能装吗？
A: 包装垃圾师傅会统一带走的。书架是傻瓜式安装，附带说明书和工具，十分钟就能装好，如果需要上门安装也是免费的。
C: 那太好了，送货要钱吗？
A: 市区内送货免费，明天下午送达。{B}

@ my-nosize | in | - | hn | reassuring 不知道具体尺寸也没关系; polite name
A: {G}
C: 我想定做一个榻榻米，不过房间具体尺寸我不知道。
A: 您不知道具体尺寸也没关系，我们先安排设计师免费上门测量，量完再出方案和报价。
C: 好的，那约个时间。
A: 请问您怎么称呼？
C: 姓柏。
A: 柏女士，设计师周六上午十点上门，上门前会先给您打电话。{B}

# concert ticketing | 乐演票务 | 乐演
@ ly-short | in | short_call,closing | short | a short call ending on a bare 拜拜
A: {G}
C: 周杰伦的票还有吗？
A: 全部售罄了。拜拜。

@ ly-organizer | in | shirking,complaint,apology | - | show cancelled, refund pushed to the organiser, the customer will go to 消协
A: {G}
C: 我买的演唱会取消了，你们平台一句话都没有，退款找谁？
A: 演出取消是主办方的事，退款您得找主办方，我们只是卖票的。
C: 我是在你们平台付的钱！你们这是推卸责任，我要去消协投诉！
A: 您去投诉也是一样的，主办方不退我们也没办法。
C: 你们等着。
A: {B}

@ ly-bare | in | greeting,name_ask | - | opening 乐演。 and 姓什么
A: 乐演。
C: 你好，我想改一下取票人。
A: 姓什么？订单号？
C: 姓蒋，订单号是七七三零四五一。
A: 新的取票人是谁？
C: 蒋小北。
A: 改好了。{B}

@ ly-frontrow | in | overpromise,filler,name_ask | - | 'I'll definitely get you front row', tics, 姓什么
A: {G}
C: 下个月那个音乐节的内场票还能抢到吗？
A: 啊，这个，您放心，那个，我保证给您抢到内场第一排呀，肯定没问题啊。
C: 真的？那要怎么弄？
A: 就是，那个，您先付个定金呀，姓什么啊？
C: 姓米。
A: 那个，米先生，链接发您了啊。{B}

@ ly-drawl | in | speech_rate,closing | slow | drawling agent, closes with 好，挂了
A: 您好，乐演票务，请问有什么可以帮您？
C: 我的电子票怎么还没收到？
A: 电子票会在演出前三天发送。
C: 哦，那我等等。
A: 好，挂了。

@ ly-whatmean | in | - | hn | the customer's 你这话什么意思, answered with an explanation and apology; the customer talks over the agent
A: {G}
C: 我买的票怎么显示座位待定？
A: 您购买的是择优分配票，座位在开演前一周统一分配，票价区内的位置都有可能。
C: 你这话什么意思？就是说可能给我最差的位置？
A: 很抱歉我没解释清楚，是在您购买的那个价位区里分配，不会低于这个价位区，您放心。
C!: 哦，那还行，那我等着吧。
A: 好的，分配后会短信通知您。{B}

@ ly-outbound | out | - | hn | outbound reminder with company, name and purpose; closing wording 祝您观演愉快
A: 您好，我是乐演票务的客服小贝，提醒您一下，您购买的本周六话剧将在晚上七点半开演，请提前半小时入场。
C: 哦，好的，谢谢提醒，停车方便吗？
A: 剧院地下有停车场，每小时十元，凭票根可以免费停三个小时。
C: 好的，知道了。
A: 不客气，感谢您的支持，祝您观演愉快，再见。

# housekeeping services | 暖家家政 | 暖家
@ nj-thief | in | colleague,apology | - | agent calls the former maid a thief; the customer's missing item, no apology
A: {G}
C: 你们上周派的阿姨走了以后，我家一对耳环找不到了。
A: 那个阿姨手脚一直不太干净，之前就有客户说过。
C: 那你们还派给我？你们怎么处理？
A: 我们先换一个阿姨给您，耳环的事您自己先找找看。
C: 这叫什么处理？
A: 那我给您登记一下，主管会联系您。{B}

@ nj-expensive | in | insult,closing,apology | - | 'find it expensive, then do it yourself'; brush-off
A: {G}
C: 你们住家保姆一个月七千，能不能便宜一点，我是退休工人，工资不高。
A: 嫌贵就自己干嘛，请什么保姆，穷讲究。
C: 你这人怎么说话的？
A: 爱请不请。

@ nj-yourname | in | name_ask,silence | - | 你叫什么？住哪？ and an unannounced silence
A: {G}
C: 我想请个钟点工，每周来两次。
A: 你叫什么？住哪？
C: 我叫尚文，住在绿园小区。
.. gap
C: 喂？还在吗？
A: 在，每周二周五下午，一次三小时，每小时四十五元，做完结。
C: 好的。
A: {B}

@ nj-hangup | in | hangup,closing,apology | - | nanny no-show, no apology, the agent hangs up
A: {G}
C: 你们说今天早上阿姨会来，我请了假在家等，等到现在都没来！
A: 阿姨临时有事，来不了了。
C: 那你们为什么不提前通知我？我这一天假不是白请了？
A: 她早上才跟我们说的。
C: 那明天能来吗？还是要换人？

@ nj-talkover | in | talk_over | - | agent cuts in twice
A: {G}
C: 我家老人八十多了，腿脚不好，需要一个能陪着去医院、做做饭、晚上也能住家的阿姨。
A!: 住家护工一个月八千。
C: 那阿姨有没有护理证？因为老人有糖尿病，需要会测血糖、打胰岛素的。
A!: 有证的，我们都培训过。
C: 好，那先安排一个来面试。
A: 好的，明天下午带阿姨上门。{B}

@ nj-filler | in | filler,tariff | - | tics, and the deep-cleaning price left to the cleaner
A: {G}
C: 我想约个开荒保洁，新房一百二十平，多少钱？
A: 啊，这个，开荒呀，那个，要看那个，房子的情况啊。
C: 大概多少？
A: 就是，那个，阿姨上门看了呀，这个，会跟您说价格的啊。
C: 那行吧。
A: 啊，那个，感谢您的来电呀，祝您生活愉快。

@ nj-slow | in | speech_rate | slow | drawling agent
A: 您好，暖家家政，请问有什么可以帮您？
C: 我想续一下保洁套餐。
A: 好的，请问您怎么称呼？
C: 姓谷。
A: 谷女士，已经帮您续好了，谢谢您，祝您生活愉快。

@ nj-hometown | in | - | hn | 不清楚 about the maid's return, then a temporary maid arranged
A: {G}
C: 我家阿姨回老家了，说家里有事，她什么时候能回来？
A: 阿姨老家的事具体哪天能回来我们这边也不清楚，不过我们先给您安排一位临时阿姨，明天就能上门，费用和原来一样。
C: 那太好了，谢谢。
A: 应该的，{B}

@ nj-backchannel | in | - | hn | agent backchannel overlapping 0.1-0.25 s; fee with amount and moment; polite name
A: {G}
C: 我想找个月嫂，预产期是下个月二十号，你们的月嫂一般是什么价位的？
A~: 嗯。
A: 我们金牌月嫂二十六天一万二千元，签合同时付定金两千元，上户当天付尾款。
C: 可以，能先面试吗？
A: 可以的，请问您怎么称呼？
C: 姓季。
A: 季女士，我们安排三位月嫂周末面试。{B}

@ nj-outwho | out | greeting | - | outbound 您好，我是小乔 with no company
A: 您好，我是小乔，您家要的阿姨我给您找到了。
C: 你是哪里的？
A: 暖家家政的，您上周在我们这里登记过找保洁阿姨。
C: 哦哦，阿姨什么时候能来？
A: 明天上午就可以，每小时四十五元，做完结算。
C: 好的。
A: {B}

# pet hospital | 萌宠动物医院 | 萌宠
@ mc-brokendog | in | insult,complaint,apology | - | 'a broken dog, are you sick to spend so much'; the customer wants the director
A: {G}
C: 我家狗的手术费怎么比说好的多了两千？
A: 一条破土狗花这么多钱治，你是不是有毛病？
C: 你说什么？我要找你们院长投诉你！
A: 随便你找。多出来的是住院费。
C: 你等着。
A: {B}

@ mc-whoknows | in | forbidden | - | 谁知道呢 about the clinic's own treatment
A: {G}
C: 我家猫打完针以后一直没精神，是正常的吗？
A: 谁知道呢，动物的事说不准。
C: 那要不要带过去看看？
A: 您要是不放心就带过来，门诊到晚上九点。
C: 好吧。
A: {B}

@ mc-surgery | in | silence,tariff | - | surgery price asked, silence, then 做完再说
A: {G}
C: 医生说我家狗要做绝育，请问手术费一共多少钱？
.. gap
C: 喂？听得到吗？
A: 听得到，先做术前检查，手术费用做完再说，要看狗狗的情况。
C: 一点范围都没有吗？
A: 到时候医生会跟您说的。{B}

@ mc-short | in | short_call | short | opening hours
A: {G}
C: 今晚能看急诊吗？
A: 能，二十四小时都有，祝您的宝贝早日康复。

@ mc-hangup | in | hangup,closing,shirking | - | boarding question pushed elsewhere, agent hangs up
A: {G}
C: 我下周出差，想把猫寄养在你们那，能照顾几天？
A: 寄养不归我们医院管，你去找宠物店吧。
C: 可你们官网上写了有寄养啊，怎么不归你们管了？

@ mc-talkover | in | talk_over,colleague,apology | - | agent cuts in twice and runs down the previous vet
A: {G}
C: 我家狗前两天在你们那看的皮肤病，开了药膏，涂了三天不但没好，掉毛还更厉害了。
A!: 上次那个医生是刚毕业的，看得不准。
C: 那你们让刚毕业的看？我家狗现在背上都秃了一块，晚上一直挠，睡都睡不好。
A!: 您明天带过来，换王主任看。
C: 好吧，上午吧。
A: 好的，明天上午十点。{B}

@ mc-hello | in | greeting,filler | - | opening 您好，有什么事 with no company; tics
A: 您好，有什么事？
C: 我想给狗狗打疫苗。
A: 啊，这个，打疫苗呀，那个，多大了啊？
C: 三个月。
A: 那个，可以打了呀，就是，周末来啊，这个，带上疫苗本呀。
C: 好的。
A: 啊，那个，感谢您的来电，祝狗狗健康。

@ mc-goodbye | in | - | hn | 安乐死 discussed with care; condolence; fee stated
A: {G}
C: 我家狗十六岁了，医生说可能要考虑安乐死，我想问问流程。
A: 非常理解您现在的心情。可以先带狗狗来做一次评估，医生会和您详细沟通，如果最后决定，费用是三百元，结束后付，我们也提供火化和纪念服务。
C: 好，我再陪它几天。
A: 好的，多陪陪它，有需要随时打给我们，请您保重。{B}

@ mc-virus | in | - | hn | the customer's 喂 on a bad line answered at once; 犬瘟病毒 with a hedge
C: 喂？
A: 您好，萌宠动物医院，请问有什么可以帮您？
C: 我家狗一直流鼻涕、发烧，是不是犬瘟？
A: 有这个可能，需要做犬瘟病毒检测才能确定，检测一百元，做完当场出结果。越早治疗越好，但我没办法在电话里保证一定能治好。
C: 好，我现在就过去。
A: 好的，到了直接找前台。{B}

@ mc-sillydog | in | - | hn | the customer's 傻狗 and 笨; induced vomiting with price and moment
A: {G}
C: 我家这条傻狗把袜子吞下去了，笨得要命，怎么办？
A: 您先别急，一个小时以内的话可以催吐，催吐费用二百元，处理完付款，请马上带过来。
C: 好，我马上去。
A: 路上注意安全，我们医生在等您。{B}

"""

if __name__ == "__main__":
    main()
