"""Independent labelled call set X (eval/independent/tune_x.jsonl; first named heldout_x.jsonl, held out
until its blind figures were recorded, then renamed as round 24 of rule work began) — now a TUNING set.

X: readings writer X had to choose (writer W's policy, the header of build_w.py, is adopted unchanged; these only settle
   what it leaves open or what X's calls bring up):
X: sarcasm that praises the customer while mocking them (您可真是个天才，连扫码都不会 / 您这普通话说得，我还以为打到国外了)
   is insult, as is mocking the customer's age, accent, schooling, looks or money (老年人就别学人家抢票了 / 没钱买什么新车);
   an online-lending collector who shames the customer (欠钱不还还有脸问 / 你这种老赖) is insult too.
X: 喂 said by the agent mid-call to summon an inattentive customer (喂，你到底听没听？) is forbidden; an opening 喂 is
   greeting only (W's reading), a 喂？ on a bad line by either side is nothing.
X: a not-knowing followed in the same turn by what the agent will do and when (这个我现在还不清楚，我下午四点前问好给您回电)
   is not forbidden; a bare 不清楚 / 不知道 about the customer's own matter, or a brush-off (这我哪知道), is.
X: in a funeral-services call 请您节哀，保重身体 counts as the closing's blessing; 去世 / 走了 / 遗体 / 火化 / 骨灰 are innocent.
X: a collections call (outbound) that names the amount due and the due date, politely, is no tariff matter and no insult;
   a late fee glossed over (滞纳金到时候系统算 / 不多不多) when the customer asks is tariff.
X: a ride-hailing or parking agent who promises a refund, a fine cancelled or a ban lifted "for sure" (保证给您全退 / 罚单
   我保证给您撤了 / 百分之百解封) is overpromise; 我帮您申请，结果以审核为准 is a hedge and not.
X: heavy verbal tics in the agent's speech (这个这个 / 那个那个 / 就是说 / 啊呀 three or more times in the call) are
   filler; a single 嗯 or 啊 is not.
X: a customer's grievance against a third party (another platform, a previous buyer, a driver of another firm) that the
   agent answers with sympathy owes no apology for this company; unhappiness with this company's service does.

Written by writer X on 2026-12-07 from DOMAIN.md, the seed articles in shared/seeds/, eval/independent/README.md (rule
figures skipped), the first 120 lines of build_w.py (label policy and data format), one line of heldout_w.jsonl (format
only) and the LabelledCall dataclass / load_labelled function of eval/evaluate.py (format only).  No rule code, rulebook,
tests (beyond adding the heard folder to NEWER_BLIND), docs or other sets were read, and the rule engine was never run on
this file (only load_labelled, to check it loads).
Run:
    .venv/bin/python eval/independent/build_x.py

Deterministic (SEED=20261223).  The dialogues are hand-written (writer X's own) in DATA1..DATA3 below.  random.Random is
used only for segment timing, call order, the choice of the noisy calls, the rotation of correct greeting / closing
wordings ({G} / {B}) and the ASR-style noise; each call's generators are seeded from SEED and the call's key.

Format (writer X's own code, W's block idea): "# industry | company"; "@ key | in|out | labels or - | flags or - | note";
turns "A:" agent, "C:" customer; "A!:" the agent cuts in 1.5-2.1 s before the customer's turn ends; "C!:" the customer
cuts in on the agent 1.1-1.7 s before its end (no label); "A~:" an agent backchannel overlapping the customer's end by
0.1-0.25 s; ".. hold" an announced hold of 10.4-11.9 s (the agent's turn before says 稍等 / 稍候); ".. gap" an unannounced
gap of 13.5-16.0 s.  Flags: hn (hard negative, no labels), fast / slow (every agent turn at 8.3-9.0 / 1.55-1.8 chars/s),
short (whole call under 20 s), late (nobody speaks for 3.0-3.8 s, the customer calls 喂 first).  Non-short calls are
stretched (wider gaps up to 3.6 s, slower normal speech) until they last 30 s or more.

LABEL POLICY: writer W's policy (its header: V's policy with W's readings), unchanged, plus the "X:" readings above.
Labels are those of the clean speech; noise never changes them.  Timing families are recomputed from the generated
segments and asserted against the hand labels, on the clean text and again on the noisy text: short_call < 20 s (all
others >= 30 s); silence an unannounced gap >= 10 s (holds announced with 稍等/稍候 in the agent's turn just before are
negative; all other gaps <= 4 s); talk_over the agent starting >= 1.0 s before the customer's segment ends (negatives
overlap 0.25 s at most; the customer cutting in is negative); speech_rate the agent's mean rate over turns of >= 6
characters (punctuation and spaces not counted) >= 7.5 or <= 2.0 chars/s (negatives keep every agent turn of 6+
characters within 3.0-6.3); hangup read from the clean transcript ending on the customer's unanswered question or
喂？喂？ (a hung-up call also carries closing).

Noise (writer X's own choices, 38 calls, "noise": true): X's homophone list below (each occurrence swapped with
probability 0.45; 您→你 with probability 0.25), Chinese numbers before a unit written as figures, runs of three or more
spoken digits as digits, punctuation per segment dropped (0.4) / replaced by spaces (0.3) / kept (0.3), a 嗯 or 呃 of
the speaker dropped, Traditional script via OpenCC for about half the noisy calls (s2t or s2tw, per call) with about one
converted character in seven left simplified.
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import opencc

SEED = 20261223
OUT = Path(__file__).resolve().parent / "tune_x.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask",
            "apology", "shirking", "overpromise", "colleague", "complaint",
            "silence", "talk_over", "speech_rate", "short_call", "hangup")
N_NOISY = 38

GREETS = ["您好，{co}，{id}号为您服务，请问有什么可以帮您？",
          "{tod}，这里是{co}，我是客服{ag}，请问您需要什么帮助？",
          "您好，欢迎致电{co}，我是{ag}，请问有什么可以为您效劳的？",
          "{tod}，{co}客户服务中心，工号{id}，请问您有什么需要？",
          "您好，感谢您致电{co}，我是{ag}，请问今天有什么可以帮到您？",
          "您好，{co}热线，{ag}很高兴接到您的电话，请问您要办理什么？"]
TODS = ["您好", "早上好", "下午好", "您好", "晚上好"]
CLOSES = ["好的，感谢您的来电，祝您{w}，再见。",
          "不客气，以后有疑问欢迎再打过来，祝您{w}。",
          "那今天就先到这儿，谢谢您的耐心，祝您{w}，再见。",
          "感谢您的支持和理解，我是{id}号，祝您{w}。",
          "好的，一会儿您会收到一条短信，请注意查收，谢谢您，祝您{w}，再见。",
          "谢谢您来电，有需要随时联系我们，祝您{w}，拜拜。"]
WISHES = ["生活愉快", "一切顺利", "身体健康", "心情愉快", "周末愉快", "万事顺意", "出行平安", "工作顺利"]
AGENTS = ["小岑", "小蔺", "小覃", "小阚", "小晏", "小裘", "小闵", "小揭", "小芮", "小卜", "小戚", "小柏"]

# writer X's own homophone list (what a small Whisper on 8 kHz audio tends to write instead)
HOMOPHONES = [("安装", "按装"), ("车位", "车为"), ("退票", "腿票"), ("演唱会", "演唱回"), ("门锁", "门所"),
              ("指纹", "指文"), ("殡仪", "宾仪"), ("保险", "保线"), ("理赔", "理陪"), ("还款", "还宽"),
              ("逾期", "于期"), ("缴费", "交费"), ("过户", "过护"), ("司机", "私机"), ("接送", "接松"),
              ("挂号", "挂好"), ("专家", "专加"), ("搬家", "般家"), ("鲜花", "先花"), ("配送", "配松"),
              ("工号", "公号"), ("麻烦", "马烦"), ("核对", "合对"), ("满意", "蛮意"), 
              ("谢谢", "谢些"), ("祝您", "住您"), ("顺利", "顺力"), ("投诉", "投素"), ("经理", "经里"),
              ("保证", "宝证"), ("绝对", "决对"), ("不好意思", "不好一思"), ("抱歉", "包歉"), ("请问", "请稳"),
              ("充电", "冲电"), ("校车", "效车"), ("宠物", "充物"), ("师傅", "师付"), ("订单", "定单"),
              ("账单", "帐单"), ("处理", "出理"), ("帮您", "帮宁"), ("客服", "客福")]
CN_DIG = {"零": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = "元|块|天|小时|分钟|个月|号|年|岁|公斤|斤|公里|张|份|楼|周|台|件|个工作日|点|次|位|排|辆|万"
PUNCT = set("，。？！、；：,.?!;:…“”‘’（）()—- ")
HOLD_WORDS = ("稍等", "稍候")


def nchars(text: str) -> int:
    return sum(1 for ch in text if ch not in PUNCT and not ch.isspace())


def cn2num(s: str) -> int | None:
    """'三千五百' → 3500, '十二' → 12, '两' → 2; None if not a plain number."""
    if not s:
        return None
    total, num = 0, 0
    units = {"十": 10, "百": 100, "千": 1000, "万": 10000}
    for i, ch in enumerate(s):
        if ch in CN_DIG:
            num = CN_DIG[ch]
        elif ch in units:
            u = units[ch]
            if ch == "万":
                total = (total + num) * u
            else:
                total += (num if (num or i) else 1) * u
            num = 0
        else:
            return None
    return total + num


NUM_RE = re.compile(r"([零一二两三四五六七八九十百千]+)(?=(" + UNITS + "))")
DIGRUN_RE = re.compile(r"[零幺一二三四五六七八九]{3,}")


def numerals(text: str) -> str:
    text = DIGRUN_RE.sub(lambda m: "".join(str(CN_DIG[c]) for c in m.group(0)), text)

    def rep(m):
        v = cn2num(m.group(1))
        return str(v) if v is not None and m.group(1) not in ("一", "两") else m.group(0)
    return NUM_RE.sub(rep, text)


_S2T = {"s2t": opencc.OpenCC("s2t"), "s2tw": opencc.OpenCC("s2tw")}


def noisify(text: str, rng: random.Random, trad: str | None) -> str:
    for a, b in HOMOPHONES:
        if a in text:
            parts = text.split(a)
            text = parts[0] + "".join((b if rng.random() < 0.45 else a) + p for p in parts[1:])
    text = "".join("你" if ch == "您" and rng.random() < 0.25 else ch for ch in text)
    text = numerals(text)
    if rng.random() < 0.3:
        text = re.sub(r"^[嗯呃][，,]?", "", text)
    r = rng.random()
    if r < 0.4:
        text = re.sub(r"[，。？！、；：…]", "", text)
    elif r < 0.7:
        text = re.sub(r"[，。？！、；：…]+", " ", text).strip()
    if trad:
        conv = _S2T[trad].convert(text)
        text = "".join(c if (c == o or rng.random() > 1 / 7) else o for c, o in zip(conv, text)) \
            if len(conv) == len(text) else conv
    return text


# ---------------------------------------------------------------- parsing
def parse(data: str) -> list[dict]:
    calls, industry, company, cur = [], None, None, None
    for raw in data.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("# "):
            industry, company = [x.strip() for x in line[2:].split("|")]
        elif line.startswith("@"):
            key, direction, labels, flags, note = [x.strip() for x in line[1:].split("|", 4)]
            cur = {"key": key, "direction": {"in": "inbound", "out": "outbound"}[direction],
                   "labels": sorted(set() if labels == "-" else set(labels.split(","))),
                   "flags": set() if flags == "-" else set(flags.split(",")), "note": note,
                   "industry": industry, "company": company, "turns": []}
            bad = set(cur["labels"]) - set(FAMILIES)
            assert not bad, (key, bad)
            calls.append(cur)
        elif line.startswith(".."):
            cur["turns"].append((line[2:].strip(), ""))
        else:
            tag, text = line.split(":", 1)
            assert tag in ("A", "C", "A!", "C!", "A~"), (cur["key"], line)
            cur["turns"].append((tag, text.strip()))
    keys = [c["key"] for c in calls]
    assert len(keys) == len(set(keys)), "duplicate keys"
    return calls


def fill(call: dict, rng: random.Random) -> list[tuple[str, str]]:
    co = call["company"]
    ag, cid = rng.choice(AGENTS), str(rng.randint(1001, 9899))
    out = []
    for tag, text in call["turns"]:
        text = text.replace("{G}", rng.choice(GREETS)).replace("{B}", rng.choice(CLOSES))
        text = text.format(co=co, ag=ag, id=cid, tod=rng.choice(TODS), w=rng.choice(WISHES))
        out.append((tag, text))
    return out


def timeline(call: dict, turns: list[tuple[str, str]], rng: random.Random, k: int) -> list[dict]:
    fl = call["flags"]
    short = "short" in fl
    t = rng.uniform(3.0, 3.8) if "late" in fl else rng.uniform(0.3, 0.8)
    segs, pending = [], None
    for tag, text in turns:
        if tag in ("hold", "gap"):
            pending = tag
            continue
        spk = "agent" if tag.startswith("A") else "customer"
        n = max(nchars(text), 1)
        if spk == "agent":
            if "fast" in fl:
                rate = rng.uniform(8.3, 9.0)
            elif "slow" in fl:
                rate = rng.uniform(1.55, 1.8)
            elif short:
                rate = rng.uniform(4.6, 5.1)
            else:
                rate = max(3.5, rng.uniform(3.9, 5.0) - 0.12 * k)
        else:
            rate = rng.uniform(5.0, 5.8) if short else max(2.6, rng.uniform(3.8, 5.2) - 0.2 * k)
        dur = n / rate
        prev = segs[-1] if segs else None
        if pending == "hold":
            start = t + rng.uniform(10.4, 11.9)
        elif pending == "gap":
            start = t + rng.uniform(13.5, 16.0)
        elif tag == "A!":
            assert prev and prev["speaker"] == "customer", call["key"]
            start = prev["end"] - rng.uniform(1.5, 2.1)
            assert start > prev["start"] + 0.4, (call["key"], "customer turn too short for A!")
        elif tag == "C!":
            assert prev and prev["speaker"] == "agent", call["key"]
            start = prev["end"] - rng.uniform(1.1, 1.7)
            assert start > prev["start"] + 0.4, (call["key"], "agent turn too short for C!")
        elif tag == "A~":
            start = prev["end"] - rng.uniform(0.1, 0.25)
        elif not segs:
            start = t
        else:
            start = t + (rng.uniform(0.3, 0.7) if short else min(3.6, rng.uniform(0.6, 1.6) + 0.3 * k))
        pending = None
        end = start + dur
        segs.append({"speaker": spk, "start": round(start, 2), "end": round(end, 2), "text": text})
        t = max(t, end)
    return segs


# ---------------------------------------------------------------- timing families from the segments
def timing_labels(segs: list[dict], duration: float, clean: list[dict] | None = None) -> tuple[set[str], dict]:
    """Timing families from the segments; holds are judged on the clean text (what was said)."""
    got, facts = set(), {}
    if duration < 20:
        got.add("short_call")
    # silence
    last_end, last_agent = 0.0, ""
    gaps, holds = [], []
    for i, s in enumerate(segs):
        gap = s["start"] - last_end
        if gap > 0 and i:
            (holds if any(w in last_agent for w in HOLD_WORDS) and gap >= 4 else gaps).append(gap)
        if s["speaker"] == "agent":
            last_agent = (clean or segs)[i]["text"]
        last_end = max(last_end, s["end"])
    if any(g >= 10 for g in gaps):
        got.add("silence")
    facts["gaps"], facts["holds"] = gaps, holds
    # talk-over
    overl = []
    for a in segs:
        if a["speaker"] != "agent":
            continue
        for c in segs:
            if c["speaker"] == "customer" and c["start"] < a["start"] < c["end"]:
                overl.append(c["end"] - a["start"])
    if any(o >= 1.0 for o in overl):
        got.add("talk_over")
    facts["overlaps"] = overl
    # speech rate
    rates = [nchars(s["text"]) / (s["end"] - s["start"]) for s in segs
             if s["speaker"] == "agent" and nchars(s["text"]) >= 6]
    mean = sum(rates) / len(rates)
    if mean >= 7.5 or mean <= 2.0:
        got.add("speech_rate")
    facts["rates"], facts["mean_rate"] = rates, mean
    return got, facts


def is_hangup(segs: list[dict]) -> bool:
    last = segs[-1]
    return last["speaker"] == "customer" and (last["text"].rstrip().endswith("？") or "喂？喂？" in last["text"])


def check(call: dict, segs: list[dict], duration: float, where: str, clean: list[dict] | None = None) -> dict:
    labels = set(call["labels"])
    got, facts = timing_labels(segs, duration, clean)
    for fam in ("short_call", "silence", "talk_over", "speech_rate"):
        assert (fam in got) == (fam in labels), (call["key"], where, fam, duration, facts)
    if "short_call" not in labels:
        assert duration >= 30, (call["key"], where, duration)
    if "silence" not in labels:
        assert all(g <= 4 for g in facts["gaps"]), (call["key"], where, facts["gaps"])
    if "talk_over" not in labels:
        assert all(o <= 0.25 for o in facts["overlaps"]), (call["key"], where, facts["overlaps"])
    if "speech_rate" not in labels:
        assert all(3.0 <= r <= 6.3 for r in facts["rates"]), (call["key"], where, facts["rates"])
    for h in facts["holds"]:
        assert 10.4 <= h <= 12.0, (call["key"], h)
    return facts


def build() -> list[dict]:
    calls = parse(DATA1) + parse(DATA2) + parse(DATA3)
    keys = sorted(c["key"] for c in calls)
    order = keys[:]
    random.Random(SEED).shuffle(order)
    noisy = set(random.Random(SEED + 1).sample(keys, min(N_NOISY, len(keys))))
    by_key = {c["key"]: c for c in calls}
    rows, stats = [], {"short": [], "gaps": [], "holds": [], "over": [], "fast": [], "slow": [], "normal": [], "long": []}
    for i, key in enumerate(order, 1):
        call = by_key[key]
        labels = set(call["labels"])
        assert ("hn" in call["flags"]) <= (not labels), key
        rng = random.Random(f"{SEED}:{key}")
        turns = fill(call, rng)
        for k in range(12):
            trng = random.Random(f"{SEED}:{key}:t{k}")
            segs = timeline(call, turns, trng, k)
            duration = round(segs[-1]["end"] + trng.uniform(0.3, 0.8), 2)
            if "short" in call["flags"] or duration >= 30:
                break
        assert ("short" in call["flags"]) == ("short_call" in labels), key
        assert ("fast" in call["flags"] or "slow" in call["flags"]) == ("speech_rate" in labels), key
        assert is_hangup(segs) == ("hangup" in labels), (key, segs[-1]["text"])
        if "hangup" in labels:
            assert "closing" in labels, key
        facts = check(call, segs, duration, "clean")
        is_noisy = key in noisy
        if is_noisy:
            nrng = random.Random(f"{SEED}:{key}:noise")
            trad = nrng.choice([None, "s2t", "s2tw"]) if nrng.random() < 0.75 else None
            clean_segs = segs
            segs = [dict(s, text=noisify(s["text"], nrng, trad)) for s in segs]
            check(call, segs, duration, "noisy", clean_segs)
        (stats["short"] if "short_call" in labels else stats["long"]).append(duration)
        (stats["gaps"] if "silence" in labels else stats["normal"]).extend(
            [g for g in facts["gaps"] if g >= 10] if "silence" in labels else [max(facts["gaps"] or [0])])
        stats["holds"].extend(facts["holds"])
        if "talk_over" in labels:
            stats["over"].extend(o for o in facts["overlaps"] if o >= 1)
        if "fast" in call["flags"]:
            stats["fast"].append(facts["mean_rate"])
        elif "slow" in call["flags"]:
            stats["slow"].append(facts["mean_rate"])
        rows.append({"call_id": f"X-{i:03d}", "labels": sorted(labels), "note": call["note"], "noise": is_noisy,
                     "duration": duration,
                     "metadata": {"writer": "X", "industry": call["industry"], "company": call["company"],
                                  "direction": call["direction"], "hard_negative": "hn" in call["flags"],
                                  "language": "zh", "sample_rate": 8000, "key": key},
                     "segments": segs})
    return rows, stats, calls


def report(rows, stats, calls) -> None:
    from collections import Counter
    fam = Counter(l for r in rows for l in r["labels"])
    print(f"{len(rows)} calls; noisy {sum(r['noise'] for r in rows)}; "
          f"hard negatives {sum(r['metadata']['hard_negative'] for r in rows)}; "
          f"label-free {sum(not r['labels'] for r in rows)}; multi {sum(len(r['labels']) >= 2 for r in rows)}")
    print("positives:", ", ".join(f"{f} {fam[f]}" for f in FAMILIES))
    rng = lambda xs: f"{min(xs):.2f}-{max(xs):.2f}" if xs else "-"
    print(f"short {rng(stats['short'])}; others >= {min(stats['long']):.2f}; unannounced gaps {rng(stats['gaps'])}; "
          f"holds {rng(stats['holds'])}; other max gap {max(stats['normal']):.2f}; talk-over {rng(stats['over'])}; "
          f"fast {rng(stats['fast'])}; slow {rng(stats['slow'])}")
    inds = Counter(c["industry"] for c in calls)
    print("industries:", dict(inds))
    print("outbound:", sum(c["direction"] == "outbound" for c in calls),
          "noisy hn:", sum(r["noise"] and r["metadata"]["hard_negative"] for r in rows))


DATA1 = """
# funeral services | 安息堂殡仪服务
@ fs-01 | in | - | hn | 去世 / 遗体 / 火化 innocent; the customer's 什么都不清楚 met with 您不清楚流程没关系
A: {G}
C: 你好，我父亲昨天夜里在家里去世了，我们第一次遇到这种事，什么都不清楚，该怎么办啊？
A: 请您节哀。您不清楚流程没关系，我一步一步跟您说。先请社区医院开具死亡证明，然后我们安排车辆把遗体接到殡仪馆。
C: 那火化要排多久？
A: 一般是三天左右，具体时间我们预约好了会打电话跟您确认。
C: 好的，谢谢你们。
A: 不客气，接运的师傅两个小时内到，请您节哀，保重身体，感谢您的来电。
@ fs-02 | in | insult,apology | - | mocks the bereaved customer's money: 没钱就别讲究什么告别仪式
A: {G}
C: 我想问一下，最便宜的告别厅是多少钱？我们家条件一般。
A: 最便宜的小厅八百，就那种，没钱就别讲究什么告别仪式了，直接火化完事。
C: 你怎么这么说话？我爸走了，我就想送他最后一程。
A: 那就订小厅呗，周六上午还有空。
C: 行吧，订周六。
A: 好，订上了，请您节哀，保重身体，感谢来电。
@ fs-03 | in | overpromise | - | 我保证放一百年都不会受潮
A: {G}
C: 我想给母亲选一个骨灰盒，放在家里，会不会受潮发霉？
A: 您放心，我们这款檀木的，我保证放一百年都不会受潮，绝对不会有任何问题。
C: 那价格呢？
A: 这款是三千二百元，包括刻字，刻字不另外收钱。
C: 好的，那我明天去店里看看。
A: 好的，请您节哀，保重身体，感谢您的来电。
@ fs-04 | out | - | hn | outbound with company and purpose; 走得安详 innocent
A: 您好，我是安息堂殡仪服务的顾问{ag}，打电话是想跟您确认一下明天告别仪式的时间。
C: 哦，你好，是明天上午九点对吧？
A: 对的，上午九点，二号告别厅。老人家走得安详，家里人也别太难过。
C: 嗯，谢谢。车几点来接？
A: 灵车七点半到您家楼下，司机姓杨，到了会给您打电话。
C: 好，知道了。
A: 好的，那不打扰您了，请您节哀，保重身体，再见。
@ fs-05 | in | forbidden,apology,closing | - | 这我哪知道 / 那你想好了再打来吧; curt 行了，就这样。
A: {G}
C: 我想问一下，办死亡证明需要带哪些材料？
A: 这我哪知道，每个地方都不一样。
C: 你们不是做殡仪服务的吗？怎么连这个都不知道？
A: 那你想好了再打来吧，我这边还有别的电话。
C: 你这什么态度！我就问问要带什么！
A: 身份证户口本带上，行了，就这样。
@ fs-06 | in | shirking | - | 墓地不归我们管，您自己去找陵园; no number
A: {G}
C: 我想顺便问一下墓地怎么买，你们能帮忙联系吗？
A: 墓地不归我们管，您自己去找陵园吧。
C: 那哪个陵园比较好，有没有电话？
A: 这个您自己上网查吧，我们只管殡仪这一块。
C: 嗯，那我自己查。
A: 好的，感谢您的来电，请您节哀，保重身体。

# pet insurance | 毛孩保宠物保险
@ pi-01 | in | tariff | - | 首月免费，先开通了再说 / 跟别家差不多
A: {G}
C: 我家猫三岁，想给它买个医疗险，一年多少钱？
A: 现在有活动，首月免费，您先开通了再说，后面的费用到时候系统会自动扣。
C: 那到底扣多少，什么时候开始扣？
A: 跟别家差不多，不贵的，您放心。
C: 那我再考虑考虑。
A: 好的，感谢您的来电，祝您生活愉快。
@ pi-02 | in | - | hn | 安乐死 innocent; the customer's 不知道; apology as sympathy; amount stated
A: {G}
C: 我家狗得了肾衰，医生说可能要安乐死，我都不知道该怎么办了。安乐死的费用能报销吗？
A: 非常抱歉听到这个消息。按照您的保单条款，安乐死费用不在理赔范围，但之前的住院和化验费用可以报销，最高八千元。
C: 那我把发票都寄过去？
A: 不用寄，您在小程序上传发票照片就行，三个工作日内审核。
C: 好，谢谢你。
A: 不客气，希望狗狗少受点罪，感谢您的来电，祝您一切顺利。
@ pi-03 | in | insult,apology | - | 您这文化水平看不懂也正常
A: {G}
C: 我看了半天条款，还是不明白为什么绝育手术不能报。
A: 条款写得明明白白，您这文化水平看不懂也正常，绝育属于预防性手术，不在保障范围。
C: 你什么意思？我看不懂你解释一下不行吗？
A: 我这不是在解释吗。
C: 算了。
A: 好，感谢您的来电，祝您生活愉快。
@ pi-04 | in | overpromise | - | 什么病都百分之百给您赔 (pre-existing condition)
A: {G}
C: 我的狗有皮肤病，是买保险之前就有的，现在买了还能赔吗？
A: 能赔，您放心，只要买了我们的，什么病都百分之百给您赔，绝对没问题。
C: 真的吗？那太好了，我现在就买。
A: 好的，链接我发到您手机上了。
C: 收到了。
A: 感谢您的来电，祝您{w}。
@ pi-05 | in | name_ask | - | 你叫啥名字
A: {G}
C: 我要给我家兔子投保。
A: 行，你叫啥名字？身份证号报一下。
C: 我叫韩晓，身份证号我一会儿在页面上填可以吗？
A: 可以，兔子几岁了？
C: 两岁。
A: 两岁可以投保，一年一百九十八元，付款成功后第二天生效，链接已经发给您了。
C: 好的。
A: {B}
@ pi-06 | in | - | hn | the customer calls another insurer 骗子; sympathy, no apology owed (X reading)
A: {G}
C: 我之前在别家买的宠物险，理赔的时候各种推，那家就是骗子！你们家不会这样吧？
A: 理解您的心情，遇到这种情况确实很糟心。我们的理赔是上传单据后五个工作日内给结果，拒赔会写清楚原因。
C: 那还行，你把条款发我看看。
A: 好的，条款已经发到您手机短信上了，您慢慢看。
C: 收到了。
A: {B}

# concert ticketing | 乐巢票务
@ ct-01 | in | - | hn | the seller's 神经病 and the customer's own 你这话什么意思 reported; agent apologises and registers
A: {G}
C: 我在你们转让区买了票，结果卖家说票已经用了，还骂我神经病，我问他你这话什么意思，他就把我拉黑了。
A: 非常抱歉给您带来这样的经历。卖家骂人的情况我记下来了，会核实处理。转让区的票有平台担保，核实后确实无效的话，票款全额退给您。
C: 要多久？
A: 三个工作日内联系您，结果会短信通知。
C: 好的，谢谢。
A: {B}
@ ct-02 | in | insult,apology,complaint | - | 老年人就别学人家抢票了; 我要投诉你
A: {G}
C: 我抢了三次票，每次都显示排队然后就没票了，你们是不是有内部票？
A: 阿姨，您这个年纪手速肯定拼不过年轻人，老年人就别学人家抢票了，在家看电视多好。
C: 你说什么？我要投诉你！
A: 投诉就投诉呗，抢不到就是抢不到。
C: 你等着。
A: 感谢您的来电，祝您生活愉快。
@ ct-03 | in | tariff | - | 退票手续费 一点点 / 提交了就知道了
A: {G}
C: 下个月的演唱会我去不了了，退票要扣多少手续费？
A: 退票会收一点点手续费，不多的，具体到时候系统会显示。
C: 一点点是多少？我票是一千二百八十元的。
A: 这个看时间，您先提交申请嘛，提交了就知道了。
C: 好吧，我去提交。
A: 好的，感谢您的来电，祝您心情愉快。
@ ct-04 | in | - | hn | hedge 没办法给您保证一定能抢到; a free service said free, price at face value
A: {G}
C: 周杰那场还有回流票吗？能不能帮我留一张？
A: 目前显示已售罄，回流票是随机放出的，我这边没办法给您保证一定能抢到，您可以开启缺票登记，有票会第一时间短信提醒。
C: 登记要收钱吗？
A: 缺票登记是免费的，不收任何费用；抢到后按票面价付款，没有额外服务费。
C: 好的，我去登记。
A: {B}
@ ct-05 | in | colleague | - | 昨天那个是新来的，啥也不懂，脑子不太灵光; apology given
A: {G}
C: 我昨天打过电话，那个客服说座位可以换，今天怎么又说不行？
A: 昨天那个是新来的，啥也不懂，脑子不太灵光，瞎跟您说的，换座位是不行的。
C: 那你们到底谁说的算？
A: 规定是出票后不能换座，实在抱歉让您白跑一趟。
C: 行吧。
A: {B}
@ ct-06 | in | greeting | - | opens 喂，票务，说吧。
A: 喂，票务，说吧。
C: 你好，我想问一下电子票怎么转给朋友？
A: 您在订单里点转赠，输入朋友的手机号，对方确认后就转过去了，转赠是免费的。
C: 好，我试一下。
A: 好的，有问题随时打过来，感谢您的来电，祝您{w}。
@ ct-07 | in | short_call | short | short and otherwise correct
A: 您好，乐巢票务，请问有什么可以帮您？
C: 明天的场几点检票？
A: 下午六点开始检票。
C: 好的谢谢。
A: 不客气，祝您观演愉快。
@ ct-08 | in | hangup,closing | - | agent gone after 不会的; ends 喂？喂？
A: {G}
C: 我买的票一直显示待出票，都两天了，什么时候能出？
A: 演出前一周统一出票，您等着就行。
C: 哦，那我就放心了。不过万一出不了票的话，你们怎么赔？
A: 不会的。
C: 我是说万一，万一出不了怎么办？喂？喂？

# online lending | 速借花
@ ol-01 | out | - | hn | polite collection: amount, due date, late interest stated
A: 您好，我是速借花的客服{ag}，请问是郑先生本人吗？
C: 是我，什么事？
A: 提醒您一下，您本期应还款一千三百五十元，还款日是本月二十号，到期从您绑定的银行卡自动扣款，请您确保卡里余额充足。
C: 好的，我知道了。如果晚两天还会怎么样？
A: 逾期的话每天按未还金额的万分之五收取罚息，也会影响您的信用记录，所以建议您按时还款。
C: 明白了。
A: 好的，不打扰您了，谢谢您的配合，祝您生活愉快，再见。
@ ol-02 | out | insult,apology | - | collector: 你这种老赖 / 欠钱不还还有脸要宽限
A: 您好，我是速借花的客服，您的借款已经逾期五天了，请问什么时候还？
C: 我最近失业了，能不能宽限几天？
A: 失业就不还钱了？你这种老赖我见多了，欠钱不还还有脸要宽限？
C: 你怎么说话的！我又不是不还。
A: 那就这周五之前还上，还不上后果自负。
C: 知道了。
A: 好的，谢谢配合，祝您生活愉快。
@ ol-03 | in | tariff | - | 提前还款手续费: 到时候系统会扣的 / 跟别家差不多
A: {G}
C: 我想提前把借款全部还了，有没有手续费？
A: 有一点手续费，到时候系统会扣的，您直接点提前还款就行。
C: 我问的是多少钱，什么时候扣？
A: 反正不多，跟别家差不多。
C: 行吧。
A: 好的，感谢您的来电，祝您{w}。
@ ol-04 | in | - | hn | the customer's 喂？喂？ on a bad line at the start; 您不知道也没关系; announced hold
A: {G}
C: 喂？喂？能听到吗？
A: 能听到的，您请讲。
C: 我不知道我这个月到底要还多少，短信看不明白。
A: 您不知道也没关系，我帮您查一下，请稍等。
.. hold
A: 感谢您的耐心等待，您本月应还八百二十元，还款日是十五号，到期自动从尾号三六八的卡扣款。
C: 好的，明白了。
A: {B}
@ ol-05 | in | forbidden | - | 喂，你到底要说什么？ said to summon a hesitating customer (X reading)
A: {G}
C: 我那个……就是上次……嗯……
A: 喂，你到底要说什么？
C: 我是想问能不能把还款日改一下。
A: 还款日不能改，借款时就定好了。
C: 那我工资是二十号发，十五号还款总是不够。
A: 那您就提前存一点，十五号前存进卡里就行。
C: 好吧。
A: 好的，感谢您的来电，祝您生活愉快。
@ ol-06 | in | - | - | plain clean: instalments and interest stated
A: {G}
C: 我想问一下借款能不能分十二期？利息怎么算？
A: 可以分十二期，年化利率是百分之十四点六，每期按剩余本金计息，借款成功后次月同一天还第一期。
C: 一万块的话每个月大概还多少？
A: 大约每月九百元左右，具体以借款页面显示的还款计划为准。
C: 好的，我再看看。
A: {B}

# parking management | 泊安停车
@ pk-01 | in | overpromise | - | 罚单我保证给您撤了，百分之百不会扣分 (apology given)
A: {G}
C: 我在你们停车场交了钱，出场的时候杆没抬，我自己绕出去被拍了，说要罚款。
A: 实在不好意思，道闸出故障给您添麻烦了。您放心，罚单我保证给您撤了，百分之百不会扣您的分，我跟交警那边熟。
C: 真的吗？那太好了。
A: 您把缴费截图发到我们公众号就行。
C: 好的。
A: {B}
@ pk-02 | in | shirking,apology | - | 道闸是物业装的，你找物业去啊
A: {G}
C: 你们小区门口的道闸扫码扫了五分钟都抬不起来，后面的车都在按喇叭！
A: 道闸是物业装的，你找物业去啊，跟我们没关系。
C: 你们不是泊安停车吗？收费是你们收的！
A: 收费是我们，设备坏了是物业的事。
C: 真是服了。
A: 嗯，感谢来电，祝您生活愉快。
@ pk-03 | in | filler | - | 这个这个 / 那个那个 / 就是说
A: {G}
C: 我想办一个月卡，怎么办？
A: 这个这个，月卡的话呢，就是说，您那个那个，在小程序上，那个，点月卡办理，这个，三百元一个月。
C: 从哪天开始算？
A: 嗯那个，就是说，从您付款那天开始算，这个这个，三十天。
C: 好的。
A: {B}
@ pk-04 | in | silence | - | 好。 then an unannounced gap; apology for the double charge
A: {G}
C: 我上周的停车费好像扣了两次，你帮我看一下，车牌是浙A幺二三四五。
A: 好。
.. gap
A: 查到了，确实扣了两次，不好意思，多扣的十五元三个工作日内原路退回。
C: 好的，谢谢。
A: {B}
@ pk-05 | in | - | hn | the attendant's 滚远点 reported; 我不是要投诉啊; apology and follow-up
A: {G}
C: 我不是要投诉啊，就是跟你们反映一下，你们那个夜班收费员让我滚远点，态度太差了。
A: 非常抱歉让您受委屈了。收费员说让您滚远点这个情况我记录下来，会反馈给停车场负责人核实处理。
C: 嗯，以后注意就行。
A: 一定的，处理结果三天内短信告知您。
C: 好。
A: 感谢您的反馈，祝您生活愉快。
@ pk-06 | in | talk_over | - | agent cuts in twice
A: {G}
C: 我想问一下，你们地下车库晚上十点以后出场是不是还按小时收费，门口的牌子写得不太清楚。
A!: 对对对，按小时收，一小时三元。
C: 那封顶是多少？我经常加班到很晚，怕一晚上停下来要好几十块钱。
A!: 封顶三十元，二十四小时内最多三十。
C: 哦，那还好。
A: {B}

# second-hand car trading | 车易淘二手车
@ uc-01 | in | insult,apology | - | 没钱就去坐公交，买什么车啊
A: {G}
C: 我预算三万左右，想买个代步车，有没有推荐？
A: 三万？三万能买到啥，没钱就去坐公交，买什么车啊。
C: 三万怎么就不能买车了？你会不会说话？
A: 有倒是有，十年车龄的，您要看就来店里。
C: 不用了。
A: 行，感谢来电，祝您生活愉快。
@ uc-02 | in | overpromise | - | 我拿人格担保…买回去开十年都不会坏; polite name ask
A: {G}
C: 你们网上那台二零一九年的白色轩逸，有没有出过事故？
A: 绝对没有，我拿人格担保，这车一点事故都没出过，泡水火烧都不可能，买回去开十年都不会坏。
C: 那我周末过去看看。
A: 好的，请问您贵姓？我给您登记一下。
C: 姓秦。
A: 秦先生，周六上午给您留着车，感谢您的来电，祝您周末愉快。
@ uc-03 | in | - | hn | hedge 没法给您打包票; third-party inspection fee stated with moment
A: {G}
C: 这台车的发动机有没有问题，你能保证吗？
A: 车辆都经过一百八十项检测，报告可以发给您，但机械的东西我没法给您打包票，您也可以自己找第三方再检测一次，我们配合。
C: 第三方检测要钱吗？
A: 第三方检测是您自己付费，一般三百到五百元，看车当天现场付给检测机构。
C: 行，我约个时间。
A: {B}
@ uc-04 | in | colleague | - | 销售那帮人就会瞎忽悠; apology given
A: {G}
C: 买车的时候销售说送一年保养，现在去店里说没有这回事。
A: 哎，销售那帮人就会瞎忽悠，为了卖车什么都敢说，您别信他们的。
C: 那保养到底有没有？
A: 合同上没写的话就没有。给您添麻烦了，实在抱歉。
C: 那我回去看看合同。
A: 好的，感谢您的来电，祝您{w}。
@ uc-05 | in | hangup,closing,apology | - | 等通知吧 then gone on the customer's question
A: {G}
C: 我上个月在你们那买的车，过户到现在都还没办好，你们到底拖到什么时候？
A: 过户要排队的，车管所那边慢。
C: 都一个多月了，能不能给个准确日期？
A: 等通知吧。
C: 等什么通知？你们到底什么时候给我办好？

# smart-lock installation | 安芯智能锁
@ sl-01 | in | name_ask | - | 你姓什么？
A: {G}
C: 我想约个师傅上门装指纹锁。
A: 行，你姓什么？地址在哪？
C: 姓龙，地址是滨江区江南大道五八八号。
A: 龙先生，明天下午两点到四点师傅上门，安装免费。
C: 好的。
A: {B}
@ sl-02 | in | - | hn | 傻瓜式 innocent; the elderly customer's 看不明白
A: {G}
C: 我年纪大了，锁的说明书我看不明白，怎么录指纹啊？
A: 没关系，我们这款是傻瓜式操作，您按住门内侧的设置键三秒，听到提示音后把手指放上去按五次就行。
C: 我试试……好了，响了一声。
A: 对，这就录好了。您要是还不会，我们也可以安排师傅免费上门教您。
C: 不用了，谢谢你啊小伙子。
A: 不客气，感谢您的来电，祝您身体健康。
@ sl-03 | in | insult,apology | - | sarcasm 您可真是个天才，电池都能装反
A: {G}
C: 我把锁的电池装反了，现在门打不开。
A: 您可真是个天才，电池都能装反，我们这儿一年都碰不到几个。
C: 你别阴阳怪气的，我现在进不了家门！
A: 用应急充电口，拿充电宝插下面的接口就能打开。
C: 好，我试试。
A: 感谢来电，祝您生活愉快。
@ sl-04 | in | speech_rate | fast | agent gabbles (8.3-9.0 chars/s)
A: {G}
C: 我家锁一直提示低电量，换了电池还是提示。
A: 这个情况一般是电池触点氧化了，您把电池取出来用橡皮擦一下触点再装回去，如果还提示就需要师傅上门检测，保修期内免费。
C: 好，我先擦一下。
A: 好的，感谢您的来电，祝您生活愉快，再见。
@ sl-05 | in | complaint,apology | - | 我要投诉 / 找你们领导; no apology
A: {G}
C: 你们师傅装锁把我家门框钻裂了，我要投诉，还要你们赔！
A: 门框裂了您拍个照片发过来，我们核实一下。
C: 核实什么？人就是你们派的！我要找你们领导！
A: 投诉我给您登记，三个工作日内领导回电。
C: 行，我等着。
A: 好的，感谢您的来电，祝您生活愉快。

# school bus | 童行校车
@ sb-01 | in | - | hn | 暂时不清楚 about the school's plan, then a call-back by four (X reading)
A: {G}
C: 下周学校放几天假，校车停不停？
A: 学校的放假安排我们这边还没收到，暂时不清楚，我今天下午四点前问好学校，给您回电话。
C: 好的，那我等你电话。
A: 好的，请您保持电话畅通，感谢您的来电，祝您{w}。
@ sb-02 | in | shirking,apology | - | blames the child; 接送时间的事你问学校去
A: {G}
C: 今天早上校车没等我家孩子就开走了，孩子在路边站了半个小时！
A: 司机是按点发车，孩子没到点上车怪不了我们。接送时间的事你问学校去。
C: 我们七点整就在站点了！
A: 反正时间是学校定的。
C: 你们这什么服务。
A: 感谢您的来电，祝您生活愉快。
@ sb-03 | in | short_call | short | short and otherwise correct
A: 您好，童行校车，请问有什么需要？
C: 明早校车几点到？
A: 七点十分到站。
C: 好，谢谢。
A: 不客气，祝您一切顺利。
@ sb-04 | in | speech_rate | slow | agent drawls (1.55-1.8 chars/s)
A: {G}
C: 我想给孩子报名下学期的校车，怎么报？
A: 您在公众号里点校车报名，填写孩子的班级和站点就行。
C: 费用多少？
A: 一学期一千八百元，报名成功后七天内缴费。
C: 好的，谢谢。
A: 不客气，祝您生活愉快。

# ride hailing | 快途出行
@ rh-01 | in | overpromise | - | 以后您再也不会遇到这种司机，我百分之百保证 / 今天之内一定到账 (apology given)
A: {G}
C: 我今天打车，司机绕了一大圈，平时二十块钱，今天收了四十五块！
A: 非常抱歉给您带来不好的体验。您放心，多收的钱我保证给您全退，以后您再也不会遇到这种司机，我百分之百保证。
C: 那什么时候退？
A: 今天之内一定到账。
C: 好的。
A: {B}
@ rh-02 | in | - | hn | a past complaint settled (骂我有病), 我今天不是要投诉
A: {G}
C: 上周我投诉过一个司机骂我有病，你们已经处理了，也退了钱，我今天不是要投诉，就是想问一下怎么把他拉黑。
A: 谢谢您的反馈，上次的事情再次向您道歉。拉黑的话，您在行程详情里点不再匹配该司机就行，以后就不会派他的车给您。
C: 好的，找到了。
A: {B}
@ rh-03 | in | greeting,closing | late | late 在，说。; curt 行，挂了。
C: 喂？有人吗？
A: 在，说。
C: 我的行程结束了，但是一直显示未支付，我明明付过了。
A: 您刷新一下，系统延迟，付过了就不会重复扣。
C: 刷新了，好了。
A: 行，挂了。
@ rh-04 | in | complaint,talk_over | - | 我要投诉你们的司机; agent cuts in twice, apologising
A: {G}
C: 我要投诉你们的司机，他一路上一直在打电话，还闯了一个红灯，我坐在后面吓得要死！
A!: 非常抱歉，您说的这个情况很严重。
C: 而且我让他别打电话了，他还嫌我多管闲事，你们到底怎么管司机的？
A!: 实在对不起，我马上登记投诉，对司机做停单处理，二十四小时内给您回复。
C: 好吧。
A: {B}
@ rh-05 | in | forbidden | - | 不知道，可能过期了吧 / 那我也不清楚
A: {G}
C: 我的优惠券为什么用不了？
A: 不知道，可能过期了吧。
C: 没过期啊，到月底呢。
A: 那我也不清楚，你自己再看看使用规则。
C: 好吧，我再看看。
A: 好的，感谢您的来电，祝您出行平安。

# hospital appointment line | 仁和医院预约中心
@ hp-01 | in | - | hn | 神经内科 innocent; 请问您怎么称呼; fee and moment stated
A: {G}
C: 我想挂一个神经内科的专家号，我老是头疼睡不着。
A: 好的，请问您怎么称呼？
C: 我姓温。
A: 温女士，神经内科周三上午有李主任的专家号，挂号费五十元，就诊当天在自助机或窗口支付。
C: 好，就这个。
A: 已经给您约好了，周三上午八点半前到二楼取号就行。
C: 好的，谢谢。
A: {B}
@ hp-02 | in | name_ask | - | 病人叫什么？姓什么？
A: {G}
C: 我要给我妈挂个眼科的号。
A: 病人叫什么？姓什么？
C: 我妈叫邓秀兰。
A: 眼科周五下午有号，挂号费二十元，就诊时付。
C: 好的，谢谢。
A: {B}
@ hp-03 | in | tariff | - | 现在是免费期 / 到时候会通知您的
A: {G}
C: 你们那个线上复诊，要收费吗？
A: 现在是免费期，您先用着。
C: 那免费期到什么时候？以后收多少？
A: 到时候会通知您的，您现在先用就行。
C: 哦，好吧。
A: 好的，感谢您的来电，祝您身体健康。
@ hp-04 | in | silence,apology | - | 我看一下。 then an unannounced gap; the customer's 喂？还在吗？ mid-call; no apology
A: {G}
C: 我预约的明天上午的号，能不能改到下午？
A: 我看一下。
.. gap
C: 喂？还在吗？怎么半天不说话？
A: 在，改好了，下午两点。
C: 你查也说一声啊，我以为断线了。
A: 好，感谢您的来电，祝您身体健康。
@ hp-05 | in | - | hn | proper transfer with 请您稍等; the doctor introduces himself
A: {G}
C: 我想问一下体检报告里的结节要不要紧？
A: 报告的解读需要医生来做，我帮您转到体检中心的医生咨询线，请您稍等，不要挂机。
.. hold
A: 您好，我是体检中心的陈医生，同事跟我说了您的情况，请您把报告编号告诉我。
C: 编号是四七二零九一。
A: 好的，这个结节三毫米，是良性的可能性很大，建议半年后复查。
C: 好的，放心了，谢谢医生。
A: 不客气，祝您身体健康，再见。
"""
DATA2 = """
# moving company | 顺迁搬家
@ mv-01 | in | name_ask,tariff | - | 你姓啥？; price 到了再说 / 到时候师傅跟您说 when asked for the stair fee
A: {G}
C: 我周六要从一楼搬到六楼，没电梯，你们怎么收费？
A: 你姓啥？
C: 姓白。
A: 白先生，价格师傅到了看东西多少再说，不会乱收的。
C: 我想先知道个大概，爬楼费另外算吗？
A: 到时候师傅跟您说，您先定下来。
C: 那好吧，周六上午九点。
A: 好的，感谢您的来电，祝您搬家顺利。
@ mv-02 | in | - | hn | hedge 没办法保证百分之百不出问题; insurance fee with amount and moment
A: {G}
C: 我家有很多瓷器，你们能保证一件都不碎吗？
A: 我们会用专门的防震材料包装，但说实话我没办法保证百分之百不出问题，所以我们每单都有货损保险，万一有损坏按价赔偿。
C: 那保险另外收钱吗？
A: 基础保险是免费包含的，保额五千元；如果您要加保到两万，加收八十元，下单时一起付。
C: 明白了，那我加保。
A: {B}
@ mv-03 | in | colleague | - | 那一队就是笨手笨脚的，干活毛毛躁躁; apology given
A: {G}
C: 你们上次来的搬家工人把我的衣柜门撞坏了。
A: 哎哟，那一队就是笨手笨脚的，干活毛毛躁躁，我们这儿谁都知道。非常抱歉，衣柜我们照价赔偿。
C: 那怎么赔？
A: 您拍照发给我，维修师傅明天上门评估，费用我们出。
C: 好。
A: {B}
@ mv-04 | in | short_call,greeting | short | opens 喂，搬家的。
A: 喂，搬家的。
C: 明天的车几点到？
A: 早上八点到楼下。
C: 好的谢谢。
A: 不客气，祝您搬家顺利。
@ mv-05 | in | hangup,closing,apology | - | 没办法。 then gone on the customer's question
A: {G}
C: 我预约了明天搬家，刚才短信说车辆临时调整，是不是不来了？
A: 对，明天车不够，改后天。
C: 可我后天就要交房了，能不能想想办法？
A: 没办法。
C: 那你们临时变卦，能不能赔点违约金？

# flower delivery | 花语鲜花
@ fl-01 | in | - | hn | 去世 / 花圈 / 灵堂 innocent; 您不清楚地址没关系; price and moment
A: {G}
C: 我朋友的奶奶去世了，我想送个花圈过去，但我不清楚灵堂的具体地址。
A: 请节哀。您不清楚地址没关系，把您朋友的电话留给我们，配送员出发前跟他确认。花圈三百八十元起，下单时付款，当天送达。
C: 好的，那就三百八十的，电话是一三九零五七八二六六一。
A: 好的，已经给您下单了，送达后会短信通知您。
C: 谢谢。
A: {B}
@ fl-02 | in | overpromise | - | 我保证放一个月都不会谢
A: {G}
C: 我想订一束玫瑰送女朋友，能放多久？
A: 我们的玫瑰是云南直发的，我保证放一个月都不会谢，绝对新鲜。
C: 一个月？这么厉害？那订一束九十九朵的。
A: 好的，请问您怎么称呼？
C: 姓钟。
A: 钟先生，订好了，明天上午送到。
C: 好的。
A: {B}
@ fl-03 | in | filler,apology | - | late delivery; 这个 / 那个那个 / 就是说, no apology
A: {G}
C: 我订的花说好中午十二点送到，现在都下午三点了还没到，生日会都结束了！
A: 啊这个，那个那个，这个配送呢，就是说，今天单子比较多，那个，骑手呢这个，在路上了。
C: 在路上有什么用，人都走了！
A: 这个这个，那您看，就是说，要不改送到家里？
C: 算了，送家里吧。
A: 好的，感谢您的来电，祝您生活愉快。
@ fl-04 | in | insult,apology | - | mocks the accent: 您这普通话说得，我还以为打到国外了
A: {G}
C: 我想订一个花篮，送到福州路的新店开业。
A: 您说啥？您这普通话说得，我还以为打到国外了，再说一遍。
C: 花篮！开业花篮！送福州路！
A: 哦，开业花篮，六百八的，明天上午送。
C: 你这人说话真难听。
A: 订好了，感谢您的来电，祝您生意兴隆。
@ fl-05 | in | - | hn | the customer's self-mockery 我是不是特别傻; 养死了 innocent; polite name ask
A: {G}
C: 我上次在你们这儿买的绿萝，没一个月就养死了，我是不是特别傻啊？
A: 您别这么说，绿萝其实挺娇气的，浇水太勤根就容易烂。这次给您推荐一盆好养的虎皮兰，一百二十元，一周浇一次水就行。
C: 好，那就虎皮兰，送到我公司。
A: 好的，请问您怎么称呼？
C: 我姓贺。
A: 贺女士，下午五点前送到。
C: 好的谢谢。
A: {B}

# EV charging | 绿电充
@ ev-01 | in | tariff | - | 服务费 扫码的时候会显示 / 都差不多的
A: {G}
C: 你们充电桩除了电费还收服务费吗？收多少？
A: 服务费是有的，扫码的时候会显示，您充就是了。
C: 我现在就在桩前面，显示不出来，我想知道每度多少钱。
A: 都差不多的，不会贵。
C: 行吧。
A: 好的，感谢您的来电，祝您出行平安。
@ ev-02 | in | talk_over,apology | - | cuts in twice, blames the customer's car
A: {G}
C: 我在你们望江路的充电站充电，充到一半突然断了，钱扣了电没充进去，我还赶着去接孩子。
A!: 那是您车的问题吧，我们桩是好的。
C: 我车昨天在别的地方充得好好的，怎么就成了我车的问题？你们扣的钱怎么办？
A!: 扣的钱没用完的部分会自动退回。
C: 那要多久？
A: 一般两个小时内退回，感谢您的来电，祝您出行平安。
@ ev-03 | in | - | hn | 死机 innocent; the customer cuts in; a 0.1-0.25 s backchannel
A: {G}
C: 你们那个桩的屏幕死机了，一直黑屏，我扫码也没反应。
A: 非常抱歉，请您告诉我充电桩上的编号，我这边远程帮您重启一下，大概需要一分钟。
C!: 编号是三零七二一。
A: 好的，已经重启了，您现在再扫一下。
C: 嗯，屏幕亮了，扫上了，开始充了。
A~: 好的。
C: 谢谢啊。
A: {B}
@ ev-04 | in | silence | - | 嗯。 then an unannounced gap
A: {G}
C: 我想办一张你们的充电会员卡，有什么优惠？
A: 嗯。
.. gap
A: 会员卡年费一百二十元，开通当天生效，服务费打八折。
C: 好的，那我在小程序上开。
A: {B}
@ ev-05 | in | shirking,apology | - | 找你车的售后去，我们管不了 / 那你就去别家充
A: {G}
C: 我的车在你们的桩上总是充到百分之八十就停了，这是怎么回事？
A: 这是你车的设置问题，找你车的售后去，我们管不了。
C: 可我在别家的桩都能充满。
A: 那你就去别家充。
C: ……行吧。
A: 好的，感谢来电，祝您生活愉快。

# piano shop and lessons | 琴韵琴行
@ pn-01 | in | insult,apology | - | mocks the age: 您这年纪手指头都硬了，学了也是白花钱
A: {G}
C: 我今年五十五了，退休了想学钢琴，你们有成人班吗？
A: 有是有，不过您这年纪手指头都硬了，学了也是白花钱，图个乐呵吧。
C: 你这话说的，五十五怎么了？
A: 成人班周二周四晚上，一节课一百五十元，课前付。
C: 我再想想吧。
A: 好，感谢来电，祝您生活愉快。
@ pn-02 | in | - | hn | the teacher's 笨 reported; 我不想投诉; apology and a new teacher
A: {G}
C: 我不想投诉，就是想换个老师。上次课那个老师当着孩子的面说他笨，孩子回家哭了一晚上。
A: 非常抱歉让孩子受委屈了。老师说孩子笨这件事我们一定会核实，并且跟老师严肃沟通。换老师没问题，给您安排周老师，周六上午十点的课。
C: 好的，谢谢你们。
A: {B}
@ pn-03 | in | overpromise | - | 我保证她半年考过八级，一年拿十级
A: {G}
C: 我女儿七岁，零基础，想学钢琴考级。
A: 放心交给我们，我保证她半年考过八级，一年拿十级，我们的老师都是顶尖的。
C: 真的吗？那怎么报名？
A: 您来店里试听一节，试听免费，报名时按学期交费，一学期四千八百元。
C: 好的，我周末带她去。
A: {B}
@ pn-04 | in | speech_rate | slow | agent drawls (1.55-1.8 chars/s)
A: {G}
C: 我想租一台钢琴，放家里给孩子练。
A: 好的，立式钢琴月租三百元，押金两千元，送货时付清。
C: 搬运费另收吗？
A: 六楼以下免费，六楼以上每层二十元。
C: 好的，那我明天来店里签合同。
A: 好的，感谢您的来电，祝您生活愉快。
@ pn-05 | in | forbidden,closing,apology | - | 你这话什么意思？是琴坏了还是你不会用？; a faulty keyboard, no apology; 嗯，拜拜。
A: {G}
C: 我上周买的电子琴，有一个键按下去没声音，能换吗？
A: 你这话什么意思？是琴坏了还是你不会用？
C: 就是坏了，中间那个哆按了没声。
A: 哦，那你拿过来看看。
C: 好的，我明天拿去。
A: 嗯，拜拜。

# eyeglasses | 明视眼镜
@ eg-01 | in | name_ask | - | 你叫什么名字？
A: {G}
C: 我想约个周末验光。
A: 你叫什么名字？
C: 我叫方宁。
A: 周六上午十点可以吗？验光免费。
C: 可以。
A: 好的，给您约好了。
C: 谢谢。
A: {B}
@ eg-02 | in | - | hn | the customer's 眼睛都快瞎了 / 我也不知道; 您不知道度数没关系; polite name ask
A: {G}
C: 我最近看东西越来越模糊，眼睛都快瞎了，我也不知道自己现在多少度。
A: 您不知道度数没关系，来店里我们先给您免费验光。如果模糊得厉害，建议您先去医院眼科查一下眼底，排除其他问题。
C: 好，那我周三下午过去。
A: 好的，请问您怎么称呼？
C: 姓庞。
A: 庞先生，周三下午给您留好了时间。
C: 好的。
A: {B}
@ eg-03 | in | complaint,apology | - | 我要打一二三一五投诉; the agent blames the customer's fitting
A: {G}
C: 我在你们店配的眼镜，戴了一周头晕，去医院一查度数配错了两百度！我要打一二三一五投诉你们！
A: 度数是验光师验的，您当时也试戴了。
C: 我试戴的时候就说晕了，你们说适应几天就好！
A: 那您拿过来重新验一下吧。
C: 我明天就去，不给我解决我就投诉到底。
A: 好的，感谢您的来电，祝您生活愉快。
@ eg-04 | in | - | - | plain clean: price, delivery fee and moment
A: {G}
C: 我想问一下你们的隐形眼镜护理液多少钱一瓶？
A: 三百六十毫升的是四十五元一瓶，买两瓶送一个镜盒。
C: 能送货上门吗？
A: 满九十九元免费配送，不满的话配送费八元，下单时一起付。
C: 好，那我买两瓶。
A: 好的，已经给您下单了。
C: 好。
A: {B}

# funeral services | 安息堂殡仪服务
@ fs-07 | in | colleague | - | 那个老刘就是拖拖拉拉，干什么都慢半拍; apology given
A: {G}
C: 我想说一下，昨天来接遗体的那位师傅，说好的八点到，结果十点才到。
A: 非常抱歉让您久等了。那个老刘就是拖拖拉拉，干什么都慢半拍，我们也拿他没办法。
C: 以后别让他来了。
A: 好的，后面的接运我给您换一位师傅。
C: 嗯。
A: 好的，请您节哀，保重身体，感谢您的来电。
@ fs-08 | in | - | hn | 骨灰寄存 fee with amount and moment; the customer cuts in
A: {G}
C: 我想问一下骨灰寄存一年多少钱？
A: 骨灰寄存是每年三百元，首年在办理寄存手续时缴纳，以后每年到期前一个月我们会打电话提醒您续费。
C!: 那可以一次交好几年吗？
A: 可以的，最多一次交五年。
C: 那我交五年。
A: 好的，办理时带上火化证明和您的身份证就行。
C: 好的。
A: 请您节哀，保重身体，感谢您的来电。

# pet insurance | 毛孩保宠物保险
@ pi-07 | in | silence,apology | - | 我看一下。 then an unannounced gap; a claim 20 days late, no apology
A: {G}
C: 我的理赔申请提交了二十天了还没消息，你们说好五个工作日的！
A: 我看一下。
.. gap
A: 还在审核。
C: 二十天了还在审核？到底什么时候能好？
A: 审核完了会通知您。
C: 行吧。
A: 好的，感谢您的来电，祝您生活愉快。
@ pi-08 | in | - | hn | 我家猫有病好几年了 innocent; a pre-existing illness excluded plainly; fee with moment
A: {G}
C: 我家猫有病好几年了，慢性肾病，这种能买你们的保险吗？
A: 谢谢您如实告诉我们。已经确诊的慢性肾病属于既往症，这个病本身不能赔；但以后如果得了其他新的疾病或者意外受伤，是可以正常理赔的。
C: 那保费多少？
A: 十岁以下的猫一年六百八十元，投保时一次付清，第二年到期前会提醒您续保。
C: 好的，我考虑一下。
A: {B}

# concert ticketing | 乐巢票务
@ ct-09 | in | speech_rate | fast | agent gabbles (8.3-9.0 chars/s)
A: {G}
C: 我买了两张票，想把其中一张的观演人改成我朋友，可以吗？
A: 实名制演出出票后观演人信息不能修改，您可以把整个订单退掉重新购买，但退票要按规则收取手续费，开演前七天以上收票价的百分之十。
C: 好吧，那我再考虑一下。
A: 好的，感谢您的来电，祝您生活愉快，再见。
@ ct-10 | in | shirking,apology | - | 现场检票是主办方负责的，你找主办方去
A: {G}
C: 昨天演唱会我的电子票扫不出来，在门口站了一个小时，最后也没进去！
A: 现场检票是主办方负责的，你找主办方去，我们只负责卖票。
C: 票是你们卖的，你们不管谁管？
A: 我们真管不了，主办方的事。
C: 你们太不负责任了。
A: 感谢您的来电，祝您生活愉快。

# online lending | 速借花
@ ol-07 | in | closing | - | 没事了吧？没事我挂了。
A: {G}
C: 我的借款额度为什么一直是三千，能提高吗？
A: 额度是系统根据您的还款记录自动评估的，按时还款三个月以上会自动提额。
C: 那我手动申请可以吗？
A: 可以在我的额度里点申请提额，三个工作日内出结果。
C: 好的。
A: 没事了吧？没事我挂了。
@ ol-08 | in | - | hn | another firm's collector's 老赖 reported; sympathy; 我不太清楚您说的是哪一笔 as a clarifying question
A: {G}
C: 我之前在别的平台逾期，那边催收天天打电话骂我老赖，我现在一听到催收就害怕。你们这边我还有一笔没还，会不会也那样？
A: 理解您的心情，遇到那样的催收确实让人害怕。我们不会那样做，也不会联系您的家人和单位。我不太清楚您说的是哪一笔，您看是三月那笔还是五月那笔？
C: 五月那笔，两千块。
A: 五月那笔还剩一千二百元没还，还款日是下个月八号，到时候从绑定的卡自动扣，不会产生额外费用。
C: 好的，那我放心了。
A: {B}

# parking management | 泊安停车
@ pk-07 | in | insult,apology | - | Northeastern: 你这人咋这么虎呢…真是个二愣子
A: {G}
C: 我的月卡怎么突然不能用了？我昨天才续的费。
A: 你这人咋这么虎呢，续费续到别的车牌上了都不知道，真是个二愣子。
C: 你骂谁呢？
A: 我没骂你，你自己看看续的哪个车牌。
C: 那怎么改回来？
A: 在小程序里申请更换车牌，一个工作日生效，感谢您的来电，祝您生活愉快。
@ pk-08 | in | short_call | short | short and otherwise correct
A: 您好，泊安停车，请问有什么可以帮您？
C: 你们停车场几点关门？
A: 二十四小时营业。
C: 好的，谢谢。
A: 不客气，祝您出行平安。
@ pk-09 | in | - | hn | announced hold (稍候); 我们这边不清楚 about the mall's own car park, with its number
A: {G}
C: 我想问问万象城旁边那个停车场是不是你们管的？
A: 请您稍候，我帮您查一下。
.. hold
A: 让您久等了。万象城东侧的停车场是我们的，西侧那个是商场自己管的，西侧的收费标准我们这边不清楚，您可以打商场服务台的电话问，号码是八八六一二三四零。
C: 好的，谢谢。
A: {B}

# second-hand car trading | 车易淘二手车
@ uc-06 | in | filler | - | 啊 / 这个 / 那个 / 就是说 throughout
A: {G}
C: 我想卖车，你们怎么评估？
A: 啊，这个，评估的话呢，就是说，那个，您把车开过来，这个这个，我们的评估师，那个，看一下车况，嗯，就是说，当场给价。
C: 评估要钱吗？
A: 啊不要钱，这个，免费的，那个那个，您提前预约一下就行。
C: 好的。
A: {B}
@ uc-07 | in | greeting,complaint | - | opens 喂，车易淘。; 我要投诉 (里程表被调); apology and follow-up given
A: 喂，车易淘。
C: 我要投诉，你们卖给我的车里程表被调过，实际跑了二十多万公里！
A: 非常抱歉，这个情况很严重，我马上给您登记投诉，安排专人核查车辆记录，明天中午前给您回电话。
C: 查实了怎么办？
A: 如果查实，按合同我们全额退车并赔偿。
C: 好，我等你们电话。
A: 好的，再次向您道歉，感谢您的来电，祝您生活顺利。

# smart-lock installation | 安芯智能锁
@ sl-06 | in | hangup,closing,apology | - | the lock's alarm at night; gone on 哪个是设置键？
A: {G}
C: 你们的锁半夜自己响报警，吵得邻居都来敲门了，怎么关掉？
A: 长按设置键关掉报警。
C: 哪个是设置键？门里面那个圆的还是方的？
@ sl-07 | in | - | hn | 滚动 innocent; proper transfer (稍等), the engineer introduces himself
A: {G}
C: 我家锁的屏幕上一直有字在滚动，说什么请联系售后，这是什么意思？
A: 这个提示一般是锁体的电机需要检测，我帮您转到售后技术部的同事，请您稍等。
.. hold
A: 您好，我是售后技术部的工程师小冉，同事把情况跟我说了，您家这把锁还在保修期内，明天上午可以免费上门检测。
C: 好的，麻烦你们了。
A: 不麻烦，师傅出发前会给您打电话。
C: 好。
A: {B}

# school bus | 童行校车
@ sb-05 | in | colleague | - | 那个老王就是个糊涂虫，老是走错路; apology given
A: {G}
C: 今天校车又晚了二十分钟，孩子差点迟到。
A: 真是抱歉。开三号线的那个老王就是个糊涂虫，老是走错路，说了多少次都不改。
C: 那你们就换人啊。
A: 我会报给调度，尽快调整。
C: 好吧。
A: {B}
@ sb-06 | out | - | hn | outbound notice with company, name and purpose
A: 您好，我是童行校车的调度{ag}，通知您一下，明天因为道路施工，校车接孩子的时间提前到六点五十分。
C: 哦，好的，地点不变吧？
A: 地点不变，还是小区北门。给您添麻烦了。
C: 没事，知道了。
A: 感谢您的配合，祝您生活愉快，再见。

# ride hailing | 快途出行
@ rh-06 | in | forbidden,apology | - | 谁知道呢 / 我哪知道他去哪儿了
A: {G}
C: 我叫的车显示已经到了，可我在路边根本没看到，司机电话也打不通。
A: 谁知道呢，可能在附近吧。
C: 那你帮我联系一下司机啊！
A: 我也联系不上，我哪知道他去哪儿了。
C: 那我怎么办？我要赶飞机啊！
A: 您取消重新叫一辆吧，取消不收费，感谢您的来电，祝您出行平安。
@ rh-07 | in | talk_over | - | cuts in twice, helpful
A: {G}
C: 我刚才下车的时候把一个黑色的背包落在车上了，里面有电脑，司机已经开走了。
A!: 好的，您别着急，我马上联系司机。
C: 行程是十分钟前结束的，车牌我没记住，就记得是一辆白色的车。
A!: 没关系，我这边能查到行程，已经给司机发消息了，他会在十分钟内联系您。
C: 好，谢谢你。
A: {B}

# hospital appointment line | 仁和医院预约中心
@ hp-06 | in | hangup,closing | - | 急诊不用预约，直接去。 then gone on 哪栋楼？
A: {G}
C: 我想给孩子挂儿科急诊，现在还能挂吗？
A: 急诊不用预约，直接去。
C: 那儿科急诊在哪栋楼？是门诊楼还是住院楼？
@ hp-07 | in | greeting,name_ask | - | opens 嗯，预约中心，干嘛？; 姓啥？
A: 嗯，预约中心，干嘛？
C: 你好，我想约下周的妇科复查。
A: 姓啥？
C: 姓卢。
A: 卢女士，下周二上午有号，挂号费二十元，就诊时付。
C: 好的，谢谢。
A: {B}
"""
DATA3 = """
# visa agency | 通途签证
@ vs-01 | in | forbidden,shirking | - | 我不明白你说的自由职业是啥意思 / 这个我也不清楚; 你自己去看领事馆官网吧，我们这儿管不了
A: {G}
C: 我想办日本签证，我是自由职业，没有单位的在职证明，能办吗？
A: 自由职业？我不明白你说的自由职业是啥意思，能不能办这个我也不清楚。
C: 那你们能帮我问一下领事馆吗？
A: 你自己去看领事馆官网吧，我们这儿管不了这些。
C: 好吧。
A: 好的，感谢来电，祝您一切顺利。
@ vs-02 | in | overpromise,tariff | - | 百分之百出签; 服务费好说…到时候再说 / 不会贵的
A: {G}
C: 我想办美国旅游签证，之前被拒过一次，你们能办下来吗？
A: 没问题，交给我们，百分之百出签，我们做了十年从来没拒过。
C: 那你们服务费多少？
A: 服务费好说，先把材料准备好，到时候再说。
C: 我想先知道个数。
A: 放心，不会贵的，您先把材料发过来。
C: 好，我整理一下。
A: 好的，感谢您的来电，祝您一切顺利。
@ vs-03 | in | - | hn | hedge 没办法给您保证一定出签; fees with amount and moment
A: {G}
C: 我下个月要去法国出差，现在办签证来得及吗？能保证出签吗？
A: 一般十五个工作日左右出结果，时间是来得及的。签证结果由使馆决定，我们没办法给您保证一定出签，但会帮您把材料把关好。
C: 那费用怎么算？
A: 签证费由使馆收取，约六百元，服务费三百元，都在递交材料当天支付；如果拒签，服务费退一半。
C: 好的，明白了。
A: {B}
@ vs-04 | in | name_ask,filler | - | 你叫啥？; 那个 / 这个这个 / 就是说
A: {G}
C: 我要办一个泰国的落地签材料代办。
A: 那个，这个，你叫啥？
C: 我叫谭伟。
A: 嗯，那个那个，谭先生，就是说，您把护照首页，这个，拍照发过来，那个，还有照片，就是说，白底的。
C: 好的，多久能好？
A: 这个这个，三个工作日，那个，服务费一百五十元，交材料时付。
C: 好的。
A: {B}
@ vs-05 | in | silence | - | 嗯。 then an unannounced gap
A: {G}
C: 我上周递交的申根签证材料，现在审核到哪一步了？申请号是七七三零八二。
A: 嗯。
.. gap
A: 已经送到使馆了，预计下周三出结果，出结果后会短信通知您。
C: 好的，谢谢。
A: {B}
@ vs-06 | in | short_call | short | short and otherwise correct
A: 您好，通途签证，请问有什么可以帮您？
C: 你们周六上班吗？
A: 周六上午九点到十二点上班。
C: 好的谢谢。
A: 不客气，祝您周末愉快。
@ vs-07 | in | hangup,closing | - | 寄了。 then gone on the customer's question
A: {G}
C: 我的护照你们寄回来了吗？
A: 寄了。
C: 那快递单号是多少？我怎么查不到？

# pet boarding | 萌宠寄养
@ pb-01 | in | - | hn | the customer's own 我家那只傻狗 / 老毛病 innocent; fee and moment; polite name ask
A: {G}
C: 我下周出差，想把我家那只傻狗寄养五天，它有个老毛病，一紧张就不吃饭。
A: 好的，狗狗紧张不吃饭很常见，我们会安排单独的房间，让它先适应。寄养一天八十元，接狗的时候结算。请问您怎么称呼？
C: 我姓秋。
A: 秋女士，给您预留了下周一到周五的房间，送来的时候带上它平时吃的狗粮就行。
C: 好的。
A: {B}
@ pb-02 | in | insult | - | mocks the customer's weight through the dog: 您家狗跟您一个样吧，都得减减肥了; the customer lets it pass
A: {G}
C: 我家狗十五公斤，能住你们的中型犬房间吗？
A: 十五公斤？您家狗跟您一个样吧，都得减减肥了，哈哈。中型犬房间可以住。
C: 呃……那一晚多少钱？
A: 一晚一百元，离店的时候付。
C: 行，我周五送过去。
A: 好的，感谢您的来电，祝您生活愉快。
@ pb-03 | in | talk_over | - | cuts in twice, helpful
A: {G}
C: 我想问一下，你们寄养的时候每天能不能发视频给我看看，我家猫第一次离开家，我怕它应激。
A!: 可以的，每天发两次视频。
C: 那如果它真的应激了，不吃东西，你们会怎么处理，会不会带它去看医生？
A!: 会的，我们合作的宠物医院就在隔壁，有情况第一时间联系您。
C: 那就好。
A: {B}
@ pb-04 | in | colleague | - | 那个夜班的小姑娘就会玩手机，活儿都不干; apology given
A: {G}
C: 我接狗的时候发现它身上全是屎，你们都不给洗的吗？
A: 实在对不起。那个夜班的小姑娘就会玩手机，活儿都不干，我们也说过她好多次了。这次给您免费洗一次澡。
C: 好吧，下次注意。
A: {B}
@ pb-05 | in | hangup,closing | - | 晚上八点。 then gone on the customer's question
A: {G}
C: 我想接猫回家，你们今天几点关门？
A: 晚上八点。
C: 那我七点半到来得及办手续吗？还有要带什么证件吗？
@ pb-06 | in | speech_rate | fast | agent gabbles (8.3-9.0 chars/s)
A: {G}
C: 你们寄养需要打什么疫苗吗？
A: 狗狗需要提供狂犬疫苗和犬八联疫苗的接种证明，并且最后一针要在入住七天以前打完，另外还需要做过体内外驱虫。
C: 好，我找一下疫苗本。
A: 好的，感谢您的来电，祝您生活愉快，再见。

# appliance recycling | 绿回收
@ ar-01 | in | tariff | - | 上门费 看情况 / 师傅到了再说吧，反正不贵
A: {G}
C: 我想把家里的旧冰箱卖给你们，你们上门收要不要收费？
A: 上门的话看情况，有时候要收一点，有时候不收。
C: 那我这种情况收不收？收多少？
A: 师傅到了再说吧，反正不贵。
C: 那好吧。
A: 好的，感谢您的来电，祝您生活愉快。
@ ar-02 | in | complaint | - | 我要去消协投诉你们; apology and remedy given
A: {G}
C: 你们的回收师傅说好了旧空调给我两百块，拆完拉走了就只给五十，我要去消协投诉你们！
A: 非常抱歉，这是我们的问题。您把订单号告诉我，我马上核实，说好的价格一定按说好的给您。
C: 订单号是五二零三一八八。
A: 查到了，订单上写的是两百元，差的一百五十元今天下午五点前转到您的账户上。
C: 这还差不多。
A: 再次向您道歉，感谢您的来电，祝您生活愉快。
@ ar-03 | in | - | hn | 滚筒 innocent; 您不清楚型号也可以; announced hold; polite name ask
A: {G}
C: 我有一台滚筒洗衣机想卖，但是型号我不清楚，标签都磨掉了。
A: 没关系，您不清楚型号也可以，告诉我品牌和大概用了几年就行，我帮您估个价，请稍等。
.. hold
A: 感谢您的耐心等待。这个品牌用了六年的滚筒洗衣机，回收价在八十到一百五十元之间，师傅上门看了成色再定，上门不收费。
C: 好，那约个明天上午。
A: 好的，请问您怎么称呼？
C: 姓于。
A: 于先生，明天上午九点到十一点师傅上门。
C: 好。
A: {B}
@ ar-04 | in | greeting | - | opens 在的，回收，啥事？
A: 在的，回收，啥事？
C: 你好，我有一堆旧电脑想处理，你们收吗？
A: 收的，台式机和笔记本都收，您在小程序里下单，师傅三天内上门。
C: 好的，谢谢。
A: 不客气，感谢您的来电，祝您{w}。
@ ar-05 | in | closing,shirking | - | 那不归我们管，你自己去跟物业说; 行了，就这样。
A: {G}
C: 我约的回收师傅进不了我们小区，保安说要登记什么的。
A: 那不归我们管，你自己去跟物业说。
C: 好，我去问问。
A: 行了，就这样。
@ ar-06 | in | short_call | short | short and otherwise correct
A: 您好，绿回收，请问有什么可以帮您？
C: 旧手机你们收吗？
A: 收的，小程序下单就行。
C: 好，谢谢。
A: 不客气，祝您生活愉快。

# cake orders | 麦香蛋糕
@ ck-01 | in | overpromise | - | 无糖蛋糕绝对不升血糖，糖尿病人随便吃…我保证
A: {G}
C: 我爸有糖尿病，你们那个无糖蛋糕他能吃吗？
A: 能吃，我们的无糖蛋糕绝对不升血糖，糖尿病人随便吃，吃一整个都没事，我保证。
C: 那太好了，我订一个六寸的。
A: 好的，请问您怎么称呼？
C: 姓杭。
A: 杭先生，明天下午三点送到。
C: 好的。
A: {B}
@ ck-02 | in | name_ask,silence | - | 你叫什么名儿？; 好。 then an unannounced gap
A: {G}
C: 我想订一个八寸的水果蛋糕，明天中午要。
A: 你叫什么名儿？
C: 我叫晏青。
A: 好。
.. gap
A: 明天中午可以，八寸水果蛋糕一百九十八元，下单时付款。
C: 好的。
A: {B}
@ ck-03 | in | - | hn | the customer's 死甜死甜的 innocent; apology given; price and moment
A: {G}
C: 上次在你们家买的奶油蛋糕死甜死甜的，我家老人吃了一口就不吃了，这次想订个不那么甜的。
A: 抱歉上次没让老人家吃好。这次给您推荐我们的低糖戚风，甜度只有普通款的一半，六寸一百二十八元，下单时付款。
C: 好，就这个，后天上午要。
A: 好的，后天上午十点前送到，请问还是送到上次的地址吗？
C: 对。
A: {B}
@ ck-04 | in | filler | - | 啊 / 这个 / 就是说 / 那个 / 这个这个
A: {G}
C: 你们的生日蛋糕可以写字吗？
A: 啊，可以可以，这个，就是说，您下单的时候，那个，在备注里写，嗯，这个这个，不超过十个字。
C: 写字要加钱吗？
A: 那个，不加钱，就是说，免费的，这个。
C: 好的。
A: {B}
@ ck-05 | in | silence | - | 我帮您看看。 (no 稍等) then an unannounced gap
A: {G}
C: 我订的蛋糕想把送达时间从下午四点改到两点，可以吗？
A: 我帮您看看。
.. gap
A: 可以的，已经改成下午两点了，配送员出发前会给您打电话。
C: 好的，谢谢。
A: {B}
@ ck-06 | in | speech_rate,filler | slow | drawl (1.55-1.8 chars/s) with 嗯 / 那个 / 这个 / 就是说
A: {G}
C: 你们有没有适合小孩子的卡通蛋糕？
A: 嗯，那个，有的，这个，小猪佩奇和汪汪队的都有。
C: 多少钱？
A: 那个，六寸的，就是说，一百六十八元。
C: 好的，我在网上下单。
A: 好的，感谢您的来电，祝您生活愉快。
@ ck-07 | in | short_call | short | short and otherwise correct
A: 您好，麦香蛋糕，请问有什么可以帮您？
C: 你们几点开门？
A: 早上八点开门。
C: 好，谢谢。
A: 不客气，祝您生活愉快。

# domestic cleaning | 洁家保洁
@ dc-01 | in | insult | - | 那得跟猪窝差不多了吧; 不好意思，开个玩笑 (apologised)
A: {G}
C: 我想约个深度保洁，家里三个月没打扫了，有点乱。
A: 三个月没打扫？那得跟猪窝差不多了吧，您可真能住得下去。
C: 你怎么说话呢？
A: 不好意思，开个玩笑。深度保洁按面积算，八十平以内四百八十元，保洁完验收后付款。
C: 那约周日上午。
A: 好的，请问您怎么称呼？
C: 姓邱。
A: 邱女士，周日上午九点阿姨上门。
C: 好。
A: {B}
@ dc-02 | in | colleague,silence | - | 嗯。 then an unannounced gap; 她就是偷懒出了名的，磨洋工; apology given
A: {G}
C: 上次来的保洁阿姨两个小时就走了，说好的四个小时。
A: 嗯。
.. gap
A: 查到了，是刘阿姨，她就是偷懒出了名的，磨洋工，我们也头疼。抱歉给您添麻烦，这次的钱退您一半。
C: 行，那下次换个人。
A: 好的，下次给您安排别的阿姨。
C: 嗯。
A: {B}
@ dc-03 | in | shirking | - | 赔偿的事你找保险公司去，我们不管这块 / 这个你自己查吧 (不好意思 said)
A: {G}
C: 今天来的保洁阿姨把我家的花瓶打碎了，这个怎么赔？
A: 不好意思啊，赔偿的事你找保险公司去，我们不管这块。
C: 哪个保险公司？电话多少？
A: 这个你自己查吧。
C: 行吧。
A: 好的，感谢您的来电，祝您生活愉快。
@ dc-04 | in | - | hn | 垃圾 innocent; 您不知道也没关系; proper transfer (稍等), the colleague introduces herself; fee with moment
A: {G}
C: 我想问问你们保洁完了垃圾会帮忙带走吗？还有我不知道要不要自己准备清洁剂。
A: 垃圾会帮您带下楼扔掉的。您不知道也没关系，清洁剂和工具阿姨都会自带，您不用准备。
C: 那我还想办个年卡，找谁？
A: 年卡是会员部负责的，我帮您转过去，请您稍等。
.. hold
A: 您好，我是会员部的小符，年卡是每年二十四次上门保洁，三千六百元，办卡时一次付清。
C: 好的，我考虑一下。
A: {B}
@ dc-05 | in | talk_over,filler | - | cuts in twice, 那个 / 这个 / 就是说
A: {G}
C: 我想问一下，你们擦玻璃是只擦里面还是里外都擦，我家是高层，外面那一面自己够不着。
A!: 那个，这个，外面的话呢，就是说，高层不擦。
C: 那有没有别的办法，比如用那种磁性的擦窗器，你们阿姨会不会用？
A!: 这个这个，那个，磁性的可以，就是说，您自己准备就行。
C: 好的。
A: {B}
@ dc-06 | out | greeting,closing | - | outbound 喂，是邹女士吧？ with no company; 嗯，拜。
A: 喂，是邹女士吧？
C: 是我，你哪位？
A: 我保洁的，明天上午去您家，您在家吧？
C: 在的，九点以后都在。
A: 行，那九点到。
C: 好。
A: 嗯，拜。
@ dc-07 | in | complaint | - | 我要投诉…我要找你们领导; apology and call-back given
A: {G}
C: 我要投诉，你们阿姨用钢丝球擦我家的实木餐桌，全划花了，我要找你们领导！
A: 非常抱歉，给您造成了损失，我们一定负责。我马上把情况报给主管，主管今天下午会给您打电话，商量赔偿方案。
C: 今天下午一定要给我回。
A: 好的，一定，下午五点前给您回电话。再次向您道歉，感谢您的来电，祝您生活愉快。
@ dc-08 | in | hangup,closing | - | 有。 then gone on the price question
A: {G}
C: 我想问一下你们有没有开荒保洁，就是新房装修完的那种？
A: 有。
C: 那一平方多少钱？一百平的房子大概多少钱？

# funeral services | 安息堂殡仪服务
@ fs-09 | in | - | hn | the customer's 你们这帮发死人财的 (at the company); sympathy and apology, prices stated
A: {G}
C: 一个骨灰盒卖好几千，你们这帮发死人财的，良心不会痛吗？
A: 非常理解您的心情，也很抱歉让您有这种感受。我们的骨灰盒从六百元到八千元都有，价格都明码标价，您可以按自己的预算选，不会强制推销。
C: 六百的是什么样的？
A: 是实木的简约款，可以免费刻字，我把图片发到您手机上。
C: 好吧，我看看。
A: 好的，请您节哀，保重身体，感谢您的来电。

# pet insurance | 毛孩保宠物保险
@ pi-09 | in | - | - | plain clean: an add-on with amount and start
A: {G}
C: 我想给我家狗的保单加一个第三者责任险，可以吗？
A: 可以的，第三者责任险每年九十元，保额十万元，从您付款成功的次日零时开始生效。
C: 那就加上吧。
A: 好的，加保链接已经发到您手机上了。
C: 收到了。
A: {B}

# concert ticketing | 乐巢票务
@ ct-11 | in | complaint | - | 我要投诉你们的保安 (说我是黄牛); apology and follow-up given
A: {G}
C: 我要投诉你们的保安，我拿着正规票，他非说我是黄牛，还推了我一把！
A: 非常抱歉让您遭遇这样的对待，这是我们的错。我马上登记投诉，两个工作日内安排现场负责人给您回电话，核实后一定给您一个交代。
C: 好，我等你们电话。
A: 再次向您道歉，感谢您的来电，祝您生活愉快。

# online lending | 速借花
@ ol-09 | out | - | hn | outbound reminder; the customer's 你这话什么意思 / 我不明白; agent apologises and explains
A: 您好，我是速借花的客服{ag}，打电话提醒您，您有一笔五百元的借款明天到期。
C: 你这话什么意思？我上周不是已经还了吗？
A: 抱歉没跟您说清楚。您上周还的是三月那笔，这一笔是四月借的五百元，明天从您尾号二七一的银行卡自动扣款。
C: 哦，我不明白还有一笔，那我确认一下卡里有钱。
A: 好的，谢谢您的配合，祝您生活愉快，再见。

# parking management | 泊安停车
@ pk-10 | in | - | hn | 监控死角 innocent; hedge 没办法保证一定能拍到; call-back by four
A: {G}
C: 我的车在你们停车场被人刮了，能调监控吗？
A: 非常抱歉发生这样的事。监控可以调，不过有些位置是监控死角，我没办法保证一定能拍到。您报一下车位号，我们今天下午四点前查完给您回电话。
C: B区一零八。
A: 好的，B区一零八，查到后第一时间联系您。
C: 好。
A: {B}

# second-hand car trading | 车易淘二手车
@ uc-08 | in | - | hn | the customer's 死贵; 过户费 with amount and moment
A: {G}
C: 你们这车标价也太死贵了吧，过户费还要另外收吗？
A: 理解您的感受，价格可以到店里谈。过户费是车管所收的，一般两百元左右，在办理过户当天缴纳，我们不另外加服务费。
C: 那还行。
A: 您要是有空，周末可以来试驾看看。
C: 好的。
A: {B}

# smart-lock installation | 安芯智能锁
@ sl-08 | in | - | hn | 您不记得原密码也没关系
A: {G}
C: 我想改锁的管理员密码，但我忘了原来的密码是多少了。
A: 您不记得原密码也没关系，可以用钥匙打开门，在门内侧长按复位键五秒恢复出厂设置，然后重新设置管理员密码。
C: 那指纹会不会都没了？
A: 会的，恢复出厂后指纹需要重新录入。
C: 好，我知道了。
A: {B}
@ sl-09 | in | forbidden,filler,speech_rate,apology | slow | drawl; 不知道，这个，你自己琢磨琢磨吧; a faulty fingerprint reader, no apology
A: {G}
C: 我家锁的指纹总是识别不了，要按好几次。
A: 嗯，那个，不知道，这个，你自己琢磨琢磨吧。
C: 你们不是客服吗？
A: 那个，就是说，擦擦手指，这个，再试试。
C: 好吧。
A: 好的，感谢您的来电，祝您生活愉快。

# ride hailing | 快途出行
@ rh-08 | in | - | hn | the customer's 那个司机是不是脑子有病; apology and remedy
A: {G}
C: 我想问一下，那个司机是不是脑子有病？一路上开得飞快，我让他慢点他还开得更快。
A: 非常抱歉让您受到惊吓，您的安全最重要。我已经记录了这个情况，会对司机进行安全教育，并且给您发一张十元的优惠券作为补偿。
C: 好吧，以后别再让我碰上他。
A: 好的，我们会把他设为不再匹配。
C: 行。
A: {B}

# hospital appointment line | 仁和医院预约中心
@ hp-08 | in | - | hn | 精神科 / 心理科 innocent; the customer's 不清楚; announced hold; polite name ask
A: {G}
C: 我最近老是失眠、心慌，也不清楚该挂哪个科，是挂精神科还是心理科？
A: 您的情况可以先挂睡眠医学门诊，我帮您查一下最近的号，请稍等。
.. hold
A: 感谢您的耐心等待，周四下午有号，挂号费三十元，就诊时支付。请问您怎么称呼？
C: 姓葛。
A: 葛女士，已经给您约好了。
C: 谢谢。
A: {B}

# moving company | 顺迁搬家
@ mv-07 | in | forbidden,speech_rate | fast | gabbled 你这话什么意思…这还用问吗
A: {G}
C: 你们搬家能帮忙拆装家具吗？
A: 你这话什么意思，搬家公司当然能拆装啊，这还用问吗，拆装床和衣柜都行，每件另外收五十元。
C: 哦，那就好，那我加两件。
A: 好的，感谢您的来电，祝您搬家顺利，再见。

# flower delivery | 花语鲜花
@ fl-06 | in | - | hn | announced hold (稍候); hedge 没法给您打包票一定是纯蓝色的; polite name ask
A: {G}
C: 我想订一束蓝色绣球，明天能送吗？
A: 请您稍候，我看一下明天的花材。
.. hold
A: 让您久等了。明天有绣球，但蓝色的数量不多，我没法给您打包票一定是纯蓝色的，如果没有，我们会提前打电话跟您商量。
C: 好的，那就先订。
A: 好的，请问您怎么称呼？
C: 姓柴。
A: 柴女士，明天中午前送到。
C: 好。
A: {B}

# EV charging | 绿电充
@ ev-06 | in | forbidden,talk_over,apology | - | 你问我我问谁啊; cuts in twice; money missing, no apology
A: {G}
C: 我的充电卡余额怎么少了一百块，我这个月就充了两次电，加起来也就五十多块钱。
A!: 你问我我问谁啊，系统扣的。
C: 那你帮我查一下明细啊，我总得知道钱花哪儿去了，不能就这么没了吧。
A!: 小程序里有明细，您自己看。
C: 好吧。
A: 好的，感谢来电，祝您出行平安。

# eyeglasses | 明视眼镜
@ eg-05 | in | insult | - | 度数单都看不懂，您是没上过学吧？ (the customer lets it pass)
A: {G}
C: 我想配一副老花镜，我不太会看那个度数单。
A: 度数单都看不懂，您是没上过学吧？没事，反正老花镜也就那几个度数。
C: 嗯，那我直接去店里吧。
A: 好的，店里给您免费验光，感谢您的来电，祝您生活愉快。

# school bus | 童行校车
@ sb-07 | in | greeting,colleague | - | opens 嗯，校车，有事吗？; 他那人就是个甩手掌柜，啥事都拖 (number given)
A: 嗯，校车，有事吗？
C: 你好，我想问一下，孩子的校车卡丢了，怎么补办？
A: 找调度老孙，不过他那人就是个甩手掌柜，啥事都拖，我把他电话给您，一三八零五七一二三四五。
C: 好的，我记下了。
A: 好的，感谢您的来电，祝您生活愉快。
"""

if __name__ == "__main__":
    rows, stats, calls = build()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    report(rows, stats, calls)
    if "-q" not in sys.argv:
        print(f"wrote {OUT}")
