"""Independent labelled call set Y (eval/independent/tune_y.jsonl; first named heldout_y.jsonl, held out
until its blind figures were recorded, then renamed as round 25 of rule work began) — now a TUNING set.

Y: readings writer Y had to choose (writer X's policy, the header of build_x.py — W's policy with X's readings — is
   adopted unchanged; these only settle what it leaves open or what Y's calls bring up):
Y: mocking the customer's job (送外卖的还玩什么游戏), family (孩子随您，笨点也正常), skill as a gamer (手残 / 菜成这样)
   or intelligence by a curt rhetorical question (这都不会？您是怎么活到现在的) is insult; an insult-only call is not
   also forbidden, and the customer hurt by it with no apology adds apology.
Y: trade words are innocent: 死当 / 绝当 (a forfeited pawn), 杀虫 / 毒饵 / 灭鼠 / 死老鼠 / 蟑螂窝, game slang about items or
   other players (外挂, 坑, 送人头, 菜鸟区 as a server name), 蛀牙 / 杀神经 / 死髓 (dental), 猪 / 狗 of a pet or a
   pest; they become insult only when aimed at the customer (你就是个菜鸟).
Y: a tax agent's 不清楚 about the tax bureau's internal timing, given with the 12366 number or a call-back time, is
   not forbidden; a bare 不清楚 about the customer's own filing is.
Y: 保证一点都不疼 / 保证终身不掉 (dental), 保证八年回本 / 每年稳赚 (solar), 保证有学位 (kindergarten), 百分之百找回账号
   (game) are overpromise; 一般 / 大多数 / 按往年估算，仅供参考 / 以审核为准 are hedges and not.
Y: a pawn shop naming the monthly fee and the date it is charged is no tariff matter; 利息到时候再说 / 就一点点手续费
   when asked is tariff; a free trial whose paid start date and price are given is not.
Y: 你 instead of 您 alone is nothing; 喂，你听着 / 喂，我说话你听见没 said mid-call is forbidden.
Y: a customer who says 我要投诉 / 找你们领导 / 打12315 is complaint whatever happens next; 我不是要投诉 and a complaint
   already settled are not.

Written by writer Y on 2026-12-24 from DOMAIN.md, the seed articles in shared/seeds/, eval/independent/README.md (rule
figures and "Round N" paragraphs skipped), the first 120 lines of build_x.py (label policy and data format), one line of
heldout_x.jsonl (format only) and the LabelledCall dataclass / load_labelled function of eval/evaluate.py (format
only).  No rule code, rulebook, tests (beyond adding the heard folder to NEWER_BLIND), docs or other sets were read,
and the rule engine was never run on this file (only load_labelled, to check it loads).
Run:
    .venv/bin/python eval/independent/build_y.py

Deterministic (SEED=20261224).  The dialogues are writer Y's own, in DATA1..DATA3 below.  random.Random is used only
for segment timing, call order, the choice of the noisy calls, the rotation of correct greeting / closing wordings
({G} / {B}) and the ASR-style noise; each call's generators are seeded from SEED and the call's key.

Format (X's block idea, Y's own code): "# industry | company"; "@ key | in|out | labels or - | flags or - | note";
turns "A:" agent, "C:" customer; "A!:" the agent cuts in 1.5-2.1 s before the customer's turn ends; "C!:" the customer
cuts in on the agent 1.1-1.7 s before its end (no label); "A~:" an agent backchannel overlapping the customer's end by
0.1-0.25 s; ".. hold" an announced hold of 10.3-12.0 s (the agent's turn before says 稍等 / 稍候); ".. gap" an
unannounced gap of 12.5-16.5 s.  Flags: hn (hard negative, no labels), fast / slow (every agent turn at 8.2-9.1 /
1.5-1.8 chars/s), short (whole call under 20 s), late (nobody speaks for 3.0-3.9 s, the customer calls 喂 first).
Non-short calls are stretched (wider gaps up to 3.5 s, slower normal speech down to 3.2 chars/s) until >= 30 s.

LABEL POLICY: writer X's policy, unchanged, plus the "Y:" readings above.  Labels are those of the clean speech;
noise never changes them.  Timing families are recomputed from the generated segments and asserted against the hand
labels, on the clean and on the noisy text: short_call < 20 s (all others >= 30 s); silence an unannounced gap >= 10 s
(announced holds negative; all other gaps <= 4 s); talk_over the agent starting >= 1.0 s before the customer's segment
ends (negatives overlap 0.25 s at most); speech_rate the agent's mean rate over turns of >= 6 characters >= 7.5 or
<= 2.0 chars/s (negatives keep every agent turn of 6+ characters within 3.0-6.3); hangup read from the clean transcript
ending on the customer's unanswered question or 喂？喂？ (a hung-up call also carries closing).

Noise (writer Y's own choices, 38 calls, "noise": true): Y's homophone list below (each occurrence swapped with
probability 0.5; 您→你 with probability 0.3), Chinese numbers before a unit as figures, runs of three or more spoken
digits as digits, punctuation per segment dropped (0.45) / replaced by spaces (0.25) / kept (0.3), an opening 嗯 / 呃 /
那个 of a turn dropped (0.5), Traditional script via OpenCC for about half the noisy calls (s2t, s2tw or s2hk, per call)
with about one converted character in six left simplified.
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import opencc

SEED = 20261224
OUT = Path(__file__).resolve().parent / "tune_y.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask",
            "apology", "shirking", "overpromise", "colleague", "complaint",
            "silence", "talk_over", "speech_rate", "short_call", "hangup")
TIMING = ("silence", "talk_over", "speech_rate", "short_call")
N_NOISY = 38

GREETS = ["您好，这里是{co}，我是{ag}，请问有什么可以帮您的？",
          "{tod}，{co}服务热线，工号{id}，很高兴为您服务，请问您需要办理什么？",
          "您好，{co}，我是客服代表{ag}，请问有什么能帮到您？",
          "{tod}！欢迎致电{co}，{id}号客服为您服务，请问您遇到了什么问题？",
          "您好，感谢致电{co}，我是{ag}，请问有什么可以为您做的？",
          "{tod}，{co}客服中心，我是{ag}，请问今天有什么需要帮忙的吗？"]
TODS = ["您好", "上午好", "下午好", "您好", "晚上好"]
CLOSES = ["好的，感谢您的来电，祝您{w}，再见。",
          "不客气，有问题随时再联系我们，祝您{w}。",
          "感谢您的耐心，我是{id}号{ag}，祝您{w}，再见。",
          "好的，那就不打扰您了，谢谢您，祝您{w}。",
          "感谢您对{co}的支持，祝您{w}，再见。",
          "稍后会有短信发到您手机上，请留意查收，谢谢来电，祝您{w}。"]
WISHES = ["生活愉快", "万事如意", "身体健康", "工作顺利", "周末愉快", "阖家幸福", "心想事成", "天天开心"]
AGENTS = ["小舒", "小甘", "小邝", "小鲍", "小冼", "小庞", "小聂", "小蒲", "小荆", "小祁", "小伍", "小段"]

# writer Y's own homophone list (what a small Whisper on 8 kHz phone audio tends to write instead)
HOMOPHONES = [("申报", "身报"), ("个税", "各税"), ("发票", "发漂"), ("退税", "推税"), ("账号", "帐号"),
              ("充值", "冲值"), ("装备", "装被"), ("封号", "风号"), ("幼儿园", "幼儿元"), ("报名", "报明"),
              ("学位", "学为"), ("复印机", "复印几"), ("租赁", "租凭"), ("硒鼓", "西鼓"), ("鱼竿", "鱼干"),
              ("渔具", "鱼具"), ("光伏", "光付"), ("电站", "电战"), ("并网", "并往"), ("牙齿", "呀齿"),
              ("种植", "中植"), ("矫正", "较正"), ("会员", "会原"), ("蟑螂", "章郎"), ("白蚁", "白义"),
              ("典当", "点当"), ("赎回", "输回"), ("链条", "连条"), ("刹车", "杀车"), ("密室", "密是"),
              ("预约", "预月"), ("麻烦", "马凡"), ("工号", "公号"), ("请问", "请文"), ("祝您", "住您"),
              ("投诉", "投速"), ("保证", "保正"), ("肯定", "肯订"), ("抱歉", "报歉"), ("不好意思", "不好一思"),
              ("师傅", "师父"), ("处理", "处里"), ("客服", "客福"), ("助听器", "助听气"), ("婚纱", "婚沙"),
              ("愉快", "余快"), ("谢谢", "谢写")]
CN_DIG = {"零": 0, "〇": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
UNITS = "元|块钱|块|天|小时|分钟|个月|月|号|年|岁|斤|公里|张|份|楼|周|台|件|个工作日|次|位|个人|平米|瓦|度|颗|万|折"
PUNCT = set("，。？！、；：,.?!;:…“”‘’（）()—-~ ")
HOLD_WORDS = ("稍等", "稍候")


def nchars(text: str) -> int:
    return sum(1 for ch in text if ch not in PUNCT and not ch.isspace())


def cn2num(s: str) -> int | None:
    """'三千五百' → 3500, '十二' → 12, '两万' → 20000; None when not a plain number."""
    total, section, num, seen = 0, 0, 0, False
    for ch in s:
        if ch in CN_DIG:
            num, seen = CN_DIG[ch], True
        elif ch in "十百千":
            mult = {"十": 10, "百": 100, "千": 1000}[ch]
            section += (num if seen else 1) * mult
            num, seen = 0, False
        elif ch == "万":
            total += (section + num) * 10000
            section, num, seen = 0, 0, False
        else:
            return None
    return total + section + num


def numerals(text: str) -> str:
    text = re.sub(r"[零〇一幺二三四五六七八九]{3,}", lambda m: "".join(str(CN_DIG[c]) for c in m.group(0)), text)

    def unit(m: re.Match) -> str:
        n = cn2num(m.group(1))
        return (str(n) if n is not None else m.group(1)) + m.group(2)
    text = re.sub(r"([零一两二三四五六七八九十百千万]{1,6})(" + UNITS + ")", unit, text)
    text = re.sub(r"([一二三四五六七八九十]{1,3})点(?=[半钟前后到左])", lambda m: f"{cn2num(m.group(1))}点", text)
    return text


# ----------------------------------------------------------------------------------------------------------- parsing
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
                   "labels": [] if labels == "-" else [x.strip() for x in labels.split(",")],
                   "flags": set() if flags == "-" else set(flags.split(",")), "note": note,
                   "industry": industry, "company": company, "turns": []}
            calls.append(cur)
        elif line.startswith(".."):
            cur["turns"].append((line[2:].strip(), ""))
        else:
            tag, text = line.split(":", 1)
            assert tag in ("A", "C", "A!", "C!", "A~"), raw
            cur["turns"].append((tag, text.strip()))
    return calls


def expand(call: dict, rnd: random.Random) -> None:
    co = call["company"]
    ag = AGENTS[rnd.randrange(len(AGENTS))]
    wid = str(rnd.randint(1000, 9999))
    out = []
    for tag, text in call["turns"]:
        if "{G}" in text:
            text = text.replace("{G}", rnd.choice(GREETS))
        if "{B}" in text:
            text = text.replace("{B}", rnd.choice(CLOSES))
        text = text.format(co=co, ag=ag, id=wid, tod=rnd.choice(TODS), w=rnd.choice(WISHES))
        out.append((tag, text))
    call["turns"] = out


# ------------------------------------------------------------------------------------------------------------ timing
def lay_out(call: dict, rnd: random.Random) -> tuple[list[dict], float]:
    flags = call["flags"]
    draws = [(rnd.random(), rnd.random(), rnd.random()) for _ in call["turns"]]
    short = "short" in flags
    for k in range(0, 30):
        segs, t, hold_pending = [], (rnd.uniform(3.0, 3.9) if "late" in flags else 0.0), None
        first = True
        for (tag, text), (u, v, w) in zip(call["turns"], draws):
            if tag in ("hold", "gap"):
                hold_pending = (10.3 + u * 1.7) if tag == "hold" else (12.5 + u * 4.0)
                continue
            spk = "agent" if tag.startswith("A") else "customer"
            n = nchars(text)
            if spk == "agent" and "fast" in flags:
                rate = 8.2 + v * 0.9
            elif spk == "agent" and "slow" in flags:
                rate = 1.5 + v * 0.3
            elif short:
                rate = 4.4 + v * 0.8
            else:
                rate = max(3.2, 4.3 + v * 0.8 - 0.08 * k) if spk == "agent" else max(3.2, 4.0 + v * 1.4 - 0.08 * k)
            dur = max(0.4, n / rate)
            if first:
                start = t if "late" in flags else 0.3 + u * 0.5
                first = False
            elif hold_pending is not None:
                start = t + hold_pending
                hold_pending = None
            elif tag == "A!":
                prev = segs[-1]
                assert prev["speaker"] == "customer" and prev["end"] - prev["start"] > 2.3, (call["key"], text)
                start = prev["end"] - (1.5 + w * 0.6)
            elif tag == "C!":
                prev = segs[-1]
                assert prev["speaker"] == "agent" and prev["end"] - prev["start"] > 2.0, (call["key"], text)
                start = prev["end"] - (1.1 + w * 0.6)
            elif tag == "A~":
                start = segs[-1]["end"] - (0.1 + w * 0.15)
            else:
                gap = (0.3 + u * 0.6) if short else min(3.5, 0.5 + u * 1.1 + 0.12 * k)
                start = t + gap
            end = start + dur
            segs.append({"speaker": spk, "start": round(start, 2), "end": round(end, 2), "text": text})
            t = max(t, end)
        duration = round(t + (0.2 + draws[0][2] * 0.5), 2)
        if short or duration >= 30.0:
            return segs, duration
    raise AssertionError(f"{call['key']}: cannot stretch to 30 s ({duration})")


def timing_labels(segs: list[dict], duration: float) -> tuple[set[str], dict]:
    got, facts = set(), {"gaps": [], "holds": [], "over": [], "rates": []}
    if duration < 20.0:
        got.add("short_call")
    end_so_far = None
    for i, s in enumerate(segs):
        if end_so_far is not None and s["start"] - end_so_far > 0:
            gap = s["start"] - end_so_far
            prev_agent = next((p for p in reversed(segs[:i]) if p["speaker"] == "agent"), None)
            announced = bool(prev_agent) and segs[i - 1] is prev_agent and any(h in prev_agent["text"] for h in HOLD_WORDS)
            if gap >= 10.0:
                (facts["holds"] if announced else facts["gaps"]).append(gap)
                if not announced:
                    got.add("silence")
            else:
                facts.setdefault("small", []).append(gap)
        if s["speaker"] == "agent" and i > 0 and segs[i - 1]["speaker"] == "customer":
            ov = segs[i - 1]["end"] - s["start"]
            if ov > 0:
                facts["over"].append(ov)
                if ov >= 1.0:
                    got.add("talk_over")
        end_so_far = s["end"] if end_so_far is None else max(end_so_far, s["end"])
    rates = [nchars(s["text"]) / (s["end"] - s["start"]) for s in segs
             if s["speaker"] == "agent" and nchars(s["text"]) >= 6]
    facts["rates"] = rates
    if rates:
        mean = sum(rates) / len(rates)
        facts["mean"] = mean
        if mean >= 7.5 or mean <= 2.0:
            got.add("speech_rate")
    return got, facts


def check_timing(call: dict, segs: list[dict], duration: float) -> dict:
    got, facts = timing_labels(segs, duration)
    want = set(call["labels"]) & set(TIMING)
    assert got == want, (call["key"], got, want, facts)
    if "short_call" not in want:
        assert duration >= 30.0, (call["key"], duration)
    assert all(g <= 4.0 for g in facts.get("small", [])), (call["key"], facts.get("small"))
    if "talk_over" not in want:
        assert all(o <= 0.25 for o in facts["over"]), (call["key"], facts["over"])
    if "speech_rate" not in want:
        assert all(3.0 <= r <= 6.3 for r in facts["rates"]), (call["key"], facts["rates"])
    last = segs[-1]
    hung = last["speaker"] == "customer" and (last["text"].rstrip().endswith("？") or "喂？喂？" in last["text"])
    assert hung == ("hangup" in call["labels"]), (call["key"], last)
    if hung:
        assert "closing" in call["labels"], call["key"]
    return facts


# ------------------------------------------------------------------------------------------------------------- noise
def noisy_text(text: str, rnd: random.Random, conv: opencc.OpenCC | None) -> str:
    for a, b in HOMOPHONES:
        if a in text:
            parts = text.split(a)
            text = parts[0] + "".join((b if rnd.random() < 0.5 else a) + p for p in parts[1:])
    text = "".join(("你" if ch == "您" and rnd.random() < 0.3 else ch) for ch in text)
    text = numerals(text)
    if rnd.random() < 0.5:
        text = re.sub(r"^(嗯|呃|那个)[，,。 ]?", "", text) or text
    r = rnd.random()
    if r < 0.45:
        text = "".join(ch for ch in text if ch not in "，。？！、；：,.?!;:…")
    elif r < 0.7:
        text = re.sub(r"[，。？！、；：…]+", " ", text).strip()
    if conv is not None:
        trad = conv.convert(text)
        if len(trad) == len(text):
            text = "".join(t if (t == s or rnd.random() >= 1 / 6) else s for s, t in zip(text, trad))
        else:
            text = trad
    return text


# -------------------------------------------------------------------------------------------------------------- main
def build() -> list[dict]:
    calls = parse(DATA1) + parse(DATA2) + parse(DATA3)
    keys = [c["key"] for c in calls]
    assert len(set(keys)) == len(keys), [k for k in keys if keys.count(k) > 1]
    for c in calls:
        assert set(c["labels"]) <= set(FAMILIES), (c["key"], c["labels"])
        assert ("hn" in c["flags"]) <= (not c["labels"]), c["key"]
        assert c["flags"] <= {"hn", "fast", "slow", "short", "late"}, c["key"]
    order = random.Random(SEED)
    order.shuffle(calls)
    noisy = set(random.Random(SEED + 1).sample(sorted(keys), N_NOISY))
    rows, facts_all = [], []
    for i, c in enumerate(calls, 1):
        rnd = random.Random(f"{SEED}:{c['key']}")
        expand(c, rnd)
        segs, duration = lay_out(c, rnd)
        facts_all.append((c, check_timing(c, segs, duration)))
        is_noisy = c["key"] in noisy
        if is_noisy:
            nrnd = random.Random(f"{SEED}:noise:{c['key']}")
            conv = opencc.OpenCC(nrnd.choice(["s2t", "s2tw", "s2hk"]) + ".json") if nrnd.random() < 0.5 else None
            nsegs = [dict(s, text=noisy_text(s["text"], nrnd, conv)) for s in segs]
            nsegs = [s for s in nsegs if nchars(s["text"]) > 0] or segs
            got, _ = timing_labels(nsegs, duration)
            assert got == set(c["labels"]) & set(TIMING), (c["key"], "noisy", got)
            segs = nsegs
        rows.append({"call_id": f"Y-{i:03d}", "labels": sorted(c["labels"], key=FAMILIES.index), "note": c["note"],
                     "noise": is_noisy, "duration": duration,
                     "metadata": {"writer": "Y", "industry": c["industry"], "company": c["company"],
                                  "direction": c["direction"], "hard_negative": "hn" in c["flags"],
                                  "language": "zh", "sample_rate": 8000, "key": c["key"]},
                     "segments": segs})
    return rows, facts_all


def main() -> int:
    rows, facts_all = build()
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {fam: sum(fam in r["labels"] for r in rows) for fam in FAMILIES}
    print(f"{len(rows)} calls → {OUT.name}; noisy {sum(r['noise'] for r in rows)}; "
          f"label-free {sum(not r['labels'] for r in rows)} (hard negatives "
          f"{sum(r['metadata']['hard_negative'] for r in rows)}); multi-label {sum(len(r['labels']) > 1 for r in rows)}")
    print("positives:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
    if "-v" in sys.argv:
        durs = [r["duration"] for r in rows]
        sc = [r["duration"] for r in rows if "short_call" in r["labels"]]
        print("short_call", min(sc, default=0), max(sc, default=0), "others >=",
              min(d for r, d in zip(rows, durs) if "short_call" not in r["labels"]))
        gaps = [g for _, f in facts_all for g in f["gaps"]]
        holds = [g for _, f in facts_all for g in f["holds"]]
        small = [g for _, f in facts_all for g in f.get("small", [])]
        over = [o for c, f in facts_all if "talk_over" in c["labels"] for o in f["over"] if o >= 1.0]
        bc = [o for c, f in facts_all if "talk_over" not in c["labels"] for o in f["over"]]
        print(f"gaps {min(gaps, default=0):.2f}-{max(gaps, default=0):.2f}; holds {min(holds, default=0):.2f}-"
              f"{max(holds, default=0):.2f}; other gaps <= {max(small):.2f}; talk-over {min(over, default=0):.2f}-"
              f"{max(over, default=0):.2f}; other overlaps <= {max(bc, default=0):.2f}")
        pos = [f["mean"] for c, f in facts_all if "speech_rate" in c["labels"]]
        neg = [r for c, f in facts_all if "speech_rate" not in c["labels"] for r in f["rates"]]
        print("speech_rate positives mean", sorted(round(p, 2) for p in pos), f"negatives {min(neg):.2f}-{max(neg):.2f}")
    return 0


DATA1 = r"""
# tax service hotline | 惠税通财税
@ tx-01 | in | forbidden,apology | - | 不清楚…你自己去个税App上查吧 / 那我也不清楚 about the customer's own refund; no apology
A: {G}
C: 我三月份申报的个税退税，到现在还没到账，想问下进度。
A: 不清楚，系统上看不出来，你自己去个税App上查吧。
C: 我就是查不到才打电话的，你们这什么服务啊。
A: 那我也不清楚，反正我们这儿查不到。
C: 那好吧。
A: {B}
@ tx-02 | in | overpromise | - | 我保证今年至少给您退三千块，一分不会少
A: {G}
C: 我今年换了工作，想请你们帮我做个税汇算，能退多少？
A: 您放心交给我们，我保证今年至少给您退三千块，一分不会少。
C: 这么多？那费用怎么算？
A: 代办费一次一百五十元，签约时支付。请问您怎么称呼？
C: 姓钟。
A: 钟先生，我把资料清单发您微信。{B}
@ tx-03 | in | tariff | - | 现在是免费期…到时候系统会通知 / 不多不多 when asked the yearly fee
A: {G}
C: 你们那个代理记账，头三个月免费，之后怎么收费？
A: 现在是免费期，您先用着，后面的费用到时候系统会通知您的。
C: 那大概多少钱一年？
A: 不多不多，跟别家差不多，您先把公司资料发过来吧。
C: 行吧，我先发过去。
A: {B}
@ tx-04 | in | - | hn | 不清楚 about the tax bureau's review time, with 12366 and a call-back before ten tomorrow
A: {G}
C: 我去年的退税显示税务机关审核中，要审多久啊？
A: 审核是税务局那边在做，具体几天我这边确实不清楚，您可以拨打12366问一下，我也帮您记下来，明天上午十点前给您回个电话。
C: 好，那麻烦你了。
A: 不麻烦，请问您怎么称呼？
C: 我姓黎。
A: 黎女士，您的号码是尾号三八六二吧？
C: 对。
A: {B}
@ tx-05 | in | - | hn | the customer's 不知道 answered 您不知道也没关系; payment amount and deadline given
A: {G}
C: 我不知道我这个劳务报酬要不要自己申报，完全搞不懂。
A: 您不知道也没关系，第一次遇到的人很多。劳务报酬由支付方预扣，年底汇算时一起算，您不用单独申报。
C: 哦，那汇算的时候要交钱吗？
A: 如果需要补税，系统会显示补税金额，在六月三十日前缴纳就行；补税四百元以内的可以免于补缴。
C: 明白了，谢谢。
A: {B}
@ tx-06 | in | colleague,apology | - | 前台那个新来的，丢三落四的，脑子不好使; the lost original never apologised for
A: {G}
C: 我上周交给你们前台的发票原件，现在说找不到了？
A: 唉，前台那个新来的，丢三落四的，脑子不好使，我回头说说她。
C: 我不管是谁，那是我的原件啊！
A: 我让她今天再翻一遍，找到了给您打电话。
C: 尽快吧。
A: {B}
@ tx-07 | in | closing,hangup | - | the agent leaves while the customer asks (喂？喂？)
A: {G}
C: 你好，我想问一下小规模纳税人，季度不超过三十万是不是免征增值税？
A: 是的，免征。
C: 那我这个季度开了三十二万的发票，是全部都要交，还是只交超过的部分？
A: 超过了就全部要交，按百分之一的征收率。
C: 全部？那我下季度少开一点是不是就……喂？喂？
@ tx-08 | in | filler | - | 这个这个 / 就是说 / 那个 throughout
A: {G}
C: 我想注册一个个体户，你们能代办吗？
A: 嗯这个，能办的，就是说，这个您先提供身份证，然后那个，经营场所的证明，就是说租赁合同也行。
C: 费用多少？
A: 这个这个，代办费是三百元，材料齐了就交，就是说一般五个工作日下执照。
C: 好的，我姓宋，叫宋佳。
A: 宋女士，那个，我加您微信发清单。{B}
@ tx-09 | in | complaint,apology | - | 我要投诉你们 / 你们领导电话多少; the agent blames the customer (这怪不了我们), no apology
A: {G}
C: 你们把我公司的季度申报漏报了，现在税务局罚了我两百块，我要投诉你们！
A: 申报要您按时把票据发过来，您晚发了两天，这怪不了我们。
C: 我明明二号就发了！你们领导电话多少？
A: 领导也是这么说，您要投就投吧。
C: 好，你等着。
A: {B}
@ tx-10 | in | short_call | short | a wrong number, answered politely
A: 您好，惠税通财税，请问有什么可以帮您？
C: 是物业吗？
A: 不是的，这里是财税服务公司，您可能拨错了。
C: 哦，不好意思。
A: 没关系，祝您生活愉快，再见。
@ tx-11 | in | - | hn | another agency's 真是笨死了 reported by the customer; sympathy, fee and moment stated, polite name ask
A: {G}
C: 之前那家代账公司的人说我连个发票都分不清，真是笨死了，我才换到你们这儿的。
A: 听到您这样的经历真的很抱歉，发票分不清很正常，我们会一步步教您，专票和普票的区别我待会儿发您一张图。
C: 好，你们收费怎么算？
A: 小规模代账每月两百元，按季度预付，每季度第一个月十号前付六百元。请问您贵姓？
C: 姓韦。
A: 韦先生，我先给您建个档案。{B}
# mobile game customer support | 星陨游戏
@ gm-01 | in | insult,apology | - | 您这手残的运气，换谁来都救不了; 开个玩笑嘛 is no apology
A: {G}
C: 我昨天强化装备，连续失败十次，材料全没了，是不是有bug？
A: 没有bug，概率就是这样，您这手残的运气，换谁来都救不了。
C: 你说谁手残？
A: 开个玩笑嘛，强化失败不返还材料，规则里写着呢。
C: 什么态度。
A: {B}
@ gm-02 | in | overpromise | - | 我百分之百给您找回来，装备一件都不会少
A: {G}
C: 我的账号被盗了，绑定手机也被改了，还能找回来吗？
A: 能，您放心，我百分之百给您找回来，里面的装备一件都不会少。
C: 太好了，那我要提供什么？
A: 请提供角色名、注册时间和最近三次充值的订单号。请问怎么称呼您？
C: 我姓龚。
A: 龚先生，资料发到客服邮箱就行。{B}
@ gm-03 | in | tariff | - | renewal price and date asked twice, answered 到时候会提醒您 / 跟大家一样的价
A: {G}
C: 我开了月卡，首月一块钱，之后自动续费是多少？什么时候扣？
A: 首月一块钱很划算的，后面的您不用担心，到时候会提醒您的。
C: 我就想知道多少钱。
A: 跟大家一样的价，您放心玩就行。
C: 好吧。
A: {B}
@ gm-04 | in | - | hn | game slang (菜鸟区, 外挂, 送人头, 被坑) of a server and other players; apology, hedged outcome
A: {G}
C: 我在菜鸟区排位，对面明显开了外挂，我们一直送人头，被坑惨了，能举报吗？
A: 很抱歉影响了您的游戏体验。您在战绩页点对方头像，选举报外挂，附上对局编号，我们安全组四十八小时内核实。
C: 核实了会怎么样？
A: 一旦确认使用外挂会封号处理，结果会通过邮件通知您，具体处罚以安全组审核为准。
C: 行，谢谢。
A: {B}
@ gm-05 | in | insult,apology | - | 送外卖的还有空玩游戏？ (the customer's job mocked); no apology
A: {G}
C: 我是跑外卖的，只有晚上玩一会儿，能不能把体力上限调高点？
A: 送外卖的还有空玩游戏？先把单子跑完再说吧。
C: 你什么意思？我提个建议而已。
A: 建议收到了，我记一下。
C: 算了。
A: {B}
@ gm-06 | in | talk_over,apology | - | the agent cuts in twice on a customer waiting for a top-up; 两个小时还叫正常吗 unanswered by an apology
A: {G}
C: 我充值了六百四十八元，钻石一直没到账，订单号我有，已经等了两个小时了，你们到底怎么回事？
A!: 您先别急，充值延迟很正常，等等就到了。
C: 两个小时还叫正常吗？我截图都准备好了，你能不能先听我把话说完？
A!: 截图您发邮箱就行，我这边没法看。
C: 那我发了之后多久能到？
A: 一般二十四小时内处理。{B}
@ gm-07 | in | shirking,apology | - | 退款的事不归我们管，你去找苹果那边
A: {G}
C: 我在苹果手机上误充了三百二十八，想退款。
A: 退款的事不归我们管，你去找苹果那边，我们这边处理不了。
C: 可我是在你们游戏里充的啊。
A: 那也是苹果扣的钱，找他们去吧。
C: 你们就这样推来推去？
A: {B}
@ gm-08 | in | - | hn | the customer's own 我是不是特别菜 answered 您一点都不菜; 角色…就死了 innocent
A: {G}
C: 我是不是特别菜啊，第五关打了三十次都过不去，角色一上去就死了。
A: 您一点都不菜，第五关是很多玩家卡住的地方。建议先把防具强化到加五，开局先躲开首领的红圈技能。
C: 加五要多少材料？
A: 大概四十个强化石，每日副本就能掉，不用花钱。
C: 好嘞，谢谢你。
A: {B}
@ gm-09 | in | speech_rate | fast | every agent turn rattled at 8+ chars/s; the customer asks to repeat
A: {G}
C: 我想问一下新出的赛季通行证都有什么内容。
A: 赛季通行证分免费版和高级版，高级版六十八元一次性购买，购买当天生效，赛季结束自动失效不续费，包含五十级奖励、限定皮肤两套、头像框一个和每日额外经验加成百分之二十。
C: 等一下，你说得太快了，多少钱来着？
A: 六十八元一次性购买，不自动续费，赛季结束就失效，五十级奖励两套皮肤一个头像框，经验加成百分之二十，您在商城页面就能看到全部内容。
C: 哦，好的，我自己去看看吧。
A: 好的感谢您的来电祝您游戏愉快天天开心再见。
@ gm-10 | in | - | hn | announced hold (请您稍等) and a transfer in which the colleague introduces himself
A: {G}
C: 我想反馈一个美术问题，角色的袖子穿模了，另外想申请做主播合作。
A: 感谢您的反馈，穿模问题我已经记录。主播合作由商务部门负责，我现在帮您转接，请您稍等。
.. hold
A: 您好，我是商务部的小蒲，同事已经跟我说了您的情况，请问您在哪个直播平台？
C: 我在斗鱼，粉丝两万左右。
A: 好的，我记下您的联系方式，三个工作日内给您发合作方案。{B}
# kindergarten enrolment | 小橡树幼儿园
@ kg-01 | in | overpromise | - | 我保证给您留一个学位，绝对没问题
A: {G}
C: 我家孩子明年九月满三岁，想报你们小班，还有名额吗？
A: 您放心，只要您今天交了报名费，我保证给您留一个学位，绝对没问题。
C: 报名费多少？
A: 报名费两百元，交了就锁定，开学时抵扣学费。请问孩子家长怎么称呼？
C: 我姓温。
A: 温女士，我把报名表发到您手机上。{B}
@ kg-02 | in | insult,apology | - | 孩子随您吧，在家都被惯坏了 (the family mocked); no apology
A: {G}
C: 我儿子四岁了，还不太会自己穿鞋，你们老师能帮帮吗？
A: 四岁还不会穿鞋？孩子随您吧，在家都被惯坏了。
C: 你这话怎么说的？
A: 老师会教的，您放心。
C: 我真是听不下去了。
A: {B}
@ kg-03 | in | name_ask | - | 孩子叫啥？你叫啥？
A: {G}
C: 我想给女儿报名下学期的托班。
A: 孩子叫啥？你叫啥？
C: 孩子叫苗苗，我叫周敏。
A: 行，下周一上午九点带孩子来面谈。
C: 好的，需要带什么吗？
A: 带户口本和疫苗接种本就可以了。{B}
@ kg-04 | out | - | hn | outbound: teacher's name, the kindergarten and the purpose; fee amount and when paid
A: 您好，请问是乐乐的妈妈吗？我是小橡树幼儿园招生办的老师{ag}，打电话是通知您下周三的入园体检安排。
C: 是我，您说。
A: 体检在下周三上午八点半，地点在园区一楼保健室，请带好体检表，孩子早上空腹。请问您方便参加吗？
C: 方便的，体检要交费吗？
A: 体检费八十元，当天在保健室现场缴纳，支持扫码。
C: 好的，知道了。
A: {B}
@ kg-05 | in | shirking | - | 划片的事你去问教育局，我们只管收孩子，别的一概不管
A: {G}
C: 我们小区划片是不是划到你们园？我想确认一下能不能上普惠班。
A: 划片的事你去问教育局，我们只管收孩子，别的一概不管。
C: 那你们普惠班的收费标准呢？
A: 每月一千二百元，每月五号前交当月的。
C: 好，我去教育局问问。
A: {B}
@ kg-06 | in | - | hn | another child's 笨蛋 reported; 我不是要投诉; apology, call-back time; the customer's 不清楚 reassured
A: {G}
C: 我女儿回家说，班上有个小朋友天天叫她笨蛋，她都不想去幼儿园了。我不是要投诉，就是想让老师注意一下。
A: 非常抱歉让孩子受委屈了，谢谢您告诉我们。我马上跟班主任沟通，今天放学前给您回电话说明处理办法。
C: 好，我也不清楚具体是哪个孩子。
A: 您不清楚也没关系，老师会在班里观察的。请问您怎么称呼？
C: 我姓岑，孩子在中二班。
A: 岑女士，我记下了。{B}
@ kg-07 | in | greeting | late | nobody answers, the customer calls 喂 first; 嗯，在，说。
C: 喂？喂？有人吗？
A: 嗯，在，说。
C: 我想问问你们暑托班什么时候开始报名。
A: 六月一号开始，在园区官网上报名，名额五十个。
C: 费用呢？
A: 暑托班八周一共四千元，报名成功后三天内交齐。
C: 好的，谢谢。
A: {B}
@ kg-08 | in | filler | - | 那啥 / 咋说呢 again and again
A: {G}
C: 你好，我想了解一下你们的双语班。
A: 那啥，双语班呢，咋说呢，就是上午中文下午英文，那啥，外教每周三次，咋说呢，效果还是挺好的。
C: 学费多少？
A: 那啥，每月三千八百元，按学期交，开学前一周交清。
C: 好，我考虑下。
A: {B}
@ kg-09 | in | complaint | - | 我要打电话给教育局投诉 — apologised for at once, call-back promised
A: {G}
C: 你们的校车今天又晚了四十分钟，我孩子在路边等了那么久，我要打电话给教育局投诉！
A: 非常抱歉，让孩子等了这么久，是我们的问题。今天校车临时故障，我现在就帮您登记，园长下午四点前给您回电话。
C: 这已经是第二次了。
A: 真的很抱歉，我们会给您一个书面答复。请问您贵姓？
C: 姓柯。
A: 柯女士，已经登记好了。{B}
@ kg-10 | in | - | hn | 死记硬背 innocent; visit booked, polite name ask
A: {G}
C: 我听说有的幼儿园让孩子死记硬背古诗，你们也这样吗？
A: 我们不要求死记硬背，古诗是通过儿歌和游戏让孩子熟悉的，不考核背诵。
C: 那挺好，能来参观吗？
A: 可以的，每周六上午十点有开放日，需要提前预约。请问您怎么称呼？
C: 我姓费。
A: 费先生，我帮您约这周六。{B}
# photocopier leasing | 印达办公设备租赁
@ pc-01 | in | silence,apology | - | unannounced gap while the contract is looked up (我查一下, no 稍等); 第三次了 / 今天下午就要印标书 never apologised for
A: {G}
C: 我们公司租的那台复印机又卡纸了，这周第三次了，你们能派人来看看吗？
A: 我查一下您的合同。
.. gap
C: 喂？还在吗？
A: 在，查到了，明天上午安排工程师过去。
C: 明天？我们今天下午就要印标书！
A: 今天工程师都排满了。{B}
@ pc-02 | in | tariff | - | overage price asked, answered 一般不多 / 反正很便宜
A: {G}
C: 我们月租是五百元含五千张，超出的部分怎么算钱？
A: 超出的一般不多，印不了多少的，您别担心。
C: 我是问每张多少钱。
A: 反正很便宜，月底账单上都有。
C: 好吧。
A: {B}
@ pc-03 | in | colleague | - | 老王…干活毛毛躁躁的，出门从来不带齐东西 (apologised for the delay)
A: {G}
C: 上次来修的工程师说硒鼓要换，但是没带配件，又走了。
A: 不好意思耽误您了。老王啊，他就那样，干活毛毛躁躁的，出门从来不带齐东西，我们都拿他没办法。
C: 那什么时候再来？
A: 我给您换个工程师，明天上午十点前到。
C: 行。
A: {B}
@ pc-04 | in | - | hn | announced hold (请您稍候); new monthly price, overage and start month stated; order verified
A: {G}
C: 我想把现在租的黑白机换成彩色的，要加多少钱？
A: 好的，我查一下您的合同，请您稍候。
.. hold
A: 感谢您的等待。彩色机月租八百元，含黑白四千张、彩色一千张，超出黑白每张五分、彩色每张三毛，从换机的下个月一号开始按新价格收。
C: 清楚了，那就换吧。
A: 好的，我核对一下，公司是明达设计，联系人是您吗？
C: 对，我姓贺。
A: 贺先生，周四下午送机上门。{B}
@ pc-05 | in | closing,hangup | - | the line dropped by the agent on 服务器地址填什么？
A: {G}
C: 你们复印机能扫描到邮箱吗？
A: 能，在面板上选扫描到邮件。
C: 我选了，它提示SMTP错误，是要设置什么吗？
A: 要设置服务器地址。
C: 服务器地址填什么？
@ pc-06 | in | greeting | - | 喂，印达，啥事？
A: 喂，印达，啥事？
C: 我们想再租一台打印机，放在分公司。
A: 黑白还是彩色？
C: 黑白的就行，月租多少？
A: 黑白机月租三百元，每月一号扣款，含三千张。请问您怎么称呼？
C: 我姓洪。
A: 洪女士，我让销售明天联系您。{B}
@ pc-07 | in | insult,apology | - | 这都看不懂？您是怎么当上行政的？; no apology
A: {G}
C: 你们这台机器的双面打印我找不到在哪设置。
A: 屏幕上写得清清楚楚，这都看不懂？您是怎么当上行政的？
C: 你说话客气点！
A: 点右上角的双面就行了。
C: 知道了。
A: {B}
@ pc-08 | in | - | hn | the customer's 破机器 / 垃圾; 死机 innocent; apology twice
A: {G}
C: 你们这破机器，一开机就死机，屏幕全是乱码，简直是垃圾！
A: 非常抱歉给您添麻烦了。请您先关机拔电源，等三十秒再开，如果还是死机，我马上安排工程师上门。
C: 我试试。好了，能开了。
A: 太好了，给您带来不便真的很抱歉，我帮您登记一次免费检修，下周上门做保养。
C: 行，谢谢。
A: {B}
@ pc-09 | out | overpromise | - | 我保证三年内一次都不会坏
A: 您好，我是印达办公设备的{ag}，看到您的租赁合同下个月到期，想跟您沟通一下续约的事。
C: 嗯，我们在考虑换一家。
A: 别换呀，我们新到的机型，我保证三年内一次都不会坏，坏了您找我。
C: 真的假的？续约价格呢？
A: 续三年的话月租降到四百五十元，签约后下个月开始执行。
C: 我跟老板商量一下。
A: {B}
@ pc-10 | in | greeting,closing,short_call | short | 嗯，说。… 行，下午送。拜拜。
A: 嗯，说。
C: 复印机没墨了，能送粉盒吗？
A: 地址？
C: 还是上次那个地址。
A: 行，下午送。拜拜。
# fishing tackle e-shop | 渔乐汇渔具
@ fs-01 | in | insult,apology | - | 没钱就别玩了 / 买根竹竿自己削吧 (money mocked); no apology
A: {G}
C: 你们有没有一百块以内的碳素鱼竿？
A: 一百块？一百块您买根竹竿自己削吧，钓鱼可是烧钱的爱好，没钱就别玩了。
C: 你怎么这么说话？
A: 我实话实说嘛，最便宜的碳素竿一百六十八元。
C: 不买了。
A: {B}
@ fs-02 | in | - | hn | another seller's 傻子 reported; sympathy for a third party's words; price and shipping moment; polite name ask
A: {G}
C: 之前在别家买的线组，鱼一上来就断，卖家还说我是不会钓的傻子，气死我了。
A: 遇到这样的卖家确实让人不舒服。断线多半是主线和子线的拉力没配好，我们的线组主线二号子线一点五号，断也只会断子线，不会连钩带漂一起丢。
C: 那你们这套多少钱？
A: 一套二十五元，满九十九元包邮，下单付款后当天发货。请问您怎么称呼？
C: 姓庄。
A: 庄先生，我帮您备注加急发货。{B}
@ fs-03 | in | overpromise | - | 我保证您每次出去都爆护
A: {G}
C: 你们这个新款饵料效果怎么样？
A: 我跟您说，用了这个饵，我保证您每次出去都爆护，鱼多到您拎不动。
C: 这么神？多少钱？
A: 一包三十八元，三包一百元，今天下单明天到。
C: 那来三包吧，收货人张德，电话尾号四四一九。
A: 好的张先生，我核对一下，地址还是上次的湖滨路十二号对吧？
C: 对。
A: {B}
@ fs-04 | in | shirking,apology | - | 那是快递压坏的，你去找快递公司索赔，跟我们没关系
A: {G}
C: 我买的鱼竿到手就断成两截了，包装盒都压扁了。
A: 那是快递压坏的，你去找快递公司索赔，跟我们没关系。
C: 我是在你们店买的，凭什么让我找快递？
A: 规定就是这样，您找快递吧。
C: 行，我记住你们了。
A: {B}
@ fs-05 | in | speech_rate | slow | drawled agent turns (1.5-1.8 chars/s)
A: 您好，渔乐汇渔具，请问有什么可以帮您？
C: 我想问一下那款路亚竿什么时候到货。
A: 路亚竿……预计……下周三……到货。
C: 能不能先预订？
A: 可以……我帮您……登记一下，到货……第一时间……通知您。
C: 好的，谢谢，我姓朱。
A: 朱先生……好的……感谢您的来电……祝您……钓鱼愉快……再见。
@ fs-06 | in | forbidden | - | 那你想好了再打来吧，我这边还有别的电话
A: {G}
C: 我在纠结买四点五米还是五点四米的手竿，主要在水库钓。
A: 水库的话五点四米更合适，能钓远一点。
C: 可是四点五的轻一点，我手腕不太好，嗯，我再想想。
A: 那你想好了再打来吧，我这边还有别的电话。
C: 哦，好。
A: {B}
@ fs-07 | in | - | hn | dead bait (死的 / 死掉的) innocent; apology, resend time, address verified
A: {G}
C: 我买的活饵蚯蚓，路上闷了两天，到了一半都是死的，有点臭。
A: 实在抱歉，夏天运输时间长了活饵容易死，是我们包装没做好。我给您补发一盒，运费我们出，死掉的那部分直接丢掉就好，不用寄回。
C: 行，这次快点发。
A: 好的，今天下午四点前发出，我核对一下收货地址，是江宁区东山街道八号吗？
C: 对的。
A: {B}
@ fs-08 | in | talk_over,apology | - | the agent cuts in twice; 你听我说完嘛 never apologised for
A: {G}
C: 我想买一个钓箱，要能坐人，带四个支架，最好颜色深一点，不要那种亮黄色的。
A!: 有的有的，黑色款二百九十九元，带四个支架。
C: 我还没说完呢，还要带一个冰箱层，能放饵料和饮料的那种。
A!: 冰箱层的是三百五十九元，也有黑色。
C: 你听我说完嘛。那就三百五十九的吧。
A: 好的，收货地址和电话还是上次的吗？
C: 是的。
A: {B}
@ fs-09 | in | closing | - | 行，就这样，挂了。
A: {G}
C: 我上周买的鱼线发货了吗？订单尾号六六三零。
A: 查到了，昨天发的，中通快递，明天能到。
C: 好的，那我等着。
A: 行，就这样，挂了。
@ fs-10 | in | name_ask | - | 你姓什么？手机号多少？
A: {G}
C: 我想订两副浮漂，到店自提。
A: 你姓什么？手机号多少？
C: 姓鲁，手机一三九零二八八七六五四。
A: 行，明天下午来拿，到店付款，一副二十五块。
C: 好。
A: {B}
"""
DATA2 = r"""
# solar panel installation | 晴源光伏
@ sl-01 | in | overpromise | - | 我保证您八年回本，之后每年稳赚一万
A: {G}
C: 我家是农村自建房，屋顶一百多平，装光伏划算吗？
A: 太划算了，我保证您八年回本，之后每年稳赚一万，一分风险都没有。
C: 装一套要多少钱？
A: 二十千瓦的套餐六万八千元，签合同付三成定金，并网验收后付尾款。请问您贵姓？
C: 姓闫。
A: 闫先生，我安排勘测师傅周六上门。{B}
@ sl-02 | in | tariff | - | 运维费 asked, answered 前两年免费，后面看情况 / 到时候再说
A: {G}
C: 我看你们宣传说运维免费，是一直免费吗？以后要交多少钱？
A: 前两年免费的，后面看情况，到时候再说嘛。
C: 看什么情况？大概一年多少？
A: 这个不好说，反正不贵，您先装上再说。
C: 行吧。
A: {B}
@ sl-03 | in | - | hn | 按往年日照估算，仅供参考，没办法保证 (a hedge); price and payment stages stated
A: {G}
C: 你们的光伏一年大概能发多少电？能赚多少？
A: 按您所在地区往年的日照估算，十千瓦一年大约发一万二千度，收益仅供参考，天气影响很大，没办法给您保证。
C: 那装一套多少钱？
A: 十千瓦三万六千元，签约付一万元定金，并网验收后付剩下的两万六千元。请问您怎么称呼？
C: 姓阎。
A: 阎女士，我先把方案发到您微信。{B}
@ sl-04 | in | silence | - | a 14 s unannounced gap while the agent looks up the order (我看一下, no 稍等)
A: {G}
C: 我上个月签的合同，想问问什么时候能并网。
A: 我看一下您的订单。
.. gap
C: 喂？
A: 在的，您的并网申请已经提交电网，预计下周五前完成。
C: 好的，那到时候会通知我吗？
A: 会的，并网当天会有短信。{B}
@ sl-05 | in | colleague | - | 安装队那帮人就是混日子的，说了也白说
A: {G}
C: 你们安装师傅走的时候，屋顶上留了一堆螺丝和包装，没收拾。
A: 实在不好意思。安装队那帮人就是混日子的，说了也白说，我这边派保洁过去收拾。
C: 那什么时候来？
A: 明天上午十点前到。
C: 好。
A: {B}
@ sl-06 | in | complaint | - | 我要打12345投诉 — apologised for, roof leak handled
A: {G}
C: 你们装完光伏以后我家屋顶漏水了，下雨天滴到床上，我要打12345投诉你们！
A: 非常抱歉给您带来这么大的麻烦，屋顶漏水是我们施工的责任，我现在给您登记加急维修，今天下午三点前师傅上门。
C: 床垫都泡坏了怎么算？
A: 真的很抱歉，床垫的损失您拍照留证，维修完当场跟师傅确认赔偿。请问您贵姓？
C: 我姓谭。
A: 谭女士，已经登记好了。{B}
@ sl-07 | in | - | hn | the customer's 你们是不是骗子 about earlier cold callers; explained without offence, fees stated
A: {G}
C: 前两天有人打电话说免费给我装光伏，我怀疑是骗子，你们是不是骗子啊？
A: 您的警惕是对的，现在确实有冒充的。我们不做免费安装，所有套餐都签正式合同，您可以在官网查我们的营业执照。
C: 那你们怎么收费？
A: 按装机容量算，每千瓦三千六百元，签约付定金一万元，并网验收后付尾款。
C: 好，我先查查再说。
A: {B}
@ sl-08 | out | greeting | - | outbound 喂，是业主吧？… with no company and no name
A: 喂，是业主吧？装光伏了解一下？
C: 你是哪里？
A: 光伏公司的，现在装有补贴，屋顶闲着也是闲着。
C: 我家屋顶是租的，装不了。
A: 好的，那打扰您了，祝您生活愉快。
C: 嗯。
@ sl-09 | in | closing,hangup | - | the agent drops the call on 那逆变器的保修是几年？
A: {G}
C: 我想问一下你们用的是什么牌子的组件。
A: 一线品牌的单晶组件，质保二十五年。
C: 那逆变器呢？也是二十五年吗？
A: 逆变器不一样。
C: 那逆变器的保修是几年？
@ sl-10 | in | - | hn | transfer to the technical team after 请您稍等; the engineer introduces herself
A: {G}
C: 我家的逆变器屏幕显示一个故障代码，F零七，是什么意思？
A: 这个需要技术同事来判断，我现在帮您转接技术部，请您稍等。
.. hold
A: 您好，我是技术部工程师{ag}，F零七是电网电压过高的保护，一般中午用电少的时候会出现，不影响安全。
C: 那要怎么处理？
A: 如果一天出现三次以上，我们安排师傅上门调参数，上门免费。
C: 好的，我再观察观察。
A: {B}
@ sl-11 | in | speech_rate | fast | a sales pitch at 8+ chars/s
A: {G}
C: 我想了解一下你们的储能套餐。
A: 储能套餐是光伏加电池，电池十度电容量，白天存电晚上用，停电也能自动切换，套餐价四万二千元，签约付一万定金，安装完付尾款，电池质保十年。
C: 你慢点说，电池多大？
A: 十度电，够一家人晚上照明、冰箱和空调用四五个小时，停电自动切换，不用手动操作，价格四万二千元。
C: 好，我再考虑考虑。
A: 好的感谢您对晴源光伏的支持祝您阖家幸福再见。
# dental clinic | 皓齿口腔诊所
@ dt-01 | in | overpromise | - | 保证一点都不疼 / 种上以后保证终身不掉
A: {G}
C: 我想种一颗后槽牙，听说很疼，是真的吗？
A: 在我们这儿种，保证一点都不疼，种上以后保证终身不掉。
C: 那多少钱一颗？
A: 国产种植体八千元一颗，手术当天付款，可以分期。请问您怎么称呼？
C: 我姓吕。
A: 吕先生，我帮您约周三上午的面诊。{B}
@ dt-02 | in | insult,apology | - | 您这牙黄成这样，笑起来挺吓人的吧 (looks mocked); no apology
A: {G}
C: 我想做个牙齿美白，大概要多少钱？
A: 您这牙黄成这样，笑起来挺吓人的吧？得做两次才行。
C: 你会不会说话啊？
A: 冷光美白一次一千二百元，两次两千四，做完当天付。
C: 我再想想吧。
A: {B}
@ dt-03 | in | - | hn | 蛀牙 / 杀神经 / 死髓 innocent dental words; fee and when paid
A: {G}
C: 医生说我这颗蛀牙要杀神经，牙髓已经死了，这个要做几次？
A: 根管治疗一般分三次，每次间隔一周，第一次清理、第二次消毒、第三次充填。
C: 费用呢？
A: 后牙根管一千五百元，分三次做的话每次就诊当天付五百元。请问您是哪位医生看的？
C: 李医生。
A: 好的，我帮您约李医生下周二下午。{B}
@ dt-04 | in | name_ask | - | 你叫什么名字？多大了？
A: {G}
C: 我想预约洗牙，这周六可以吗？
A: 你叫什么名字？多大了？
C: 我叫韩雪，二十八岁。
A: 周六上午十点可以，洗牙一百八十元，到店付款。
C: 好的。
A: {B}
@ dt-05 | in | filler | - | 然后呢 / 就是 / 对吧对吧 again and again
A: {G}
C: 我家孩子牙齿有点不齐，想问问矫正的事。
A: 然后呢，就是，矫正要先拍片，对吧对吧，然后呢，医生看了片子，就是，再定方案。
C: 大概多少钱？
A: 就是，隐形矫正三万左右，然后呢，定了方案签约时付首期，对吧对吧。
C: 好的，我们约个时间。
A: {B}
@ dt-06 | in | forbidden | - | the agent's 你这话什么意思？ to a customer who asked about a refund
A: {G}
C: 我上次补的牙两个星期就掉了，是不是没补好？
A: 你这话什么意思？我们医生的技术没问题。
C: 我就是问问，能不能免费重补？
A: 不好意思，保修期内可以免费重补，您来的时候带上病历。
C: 好吧，那我约明天。
A: {B}
@ dt-07 | in | short_call | short | an appointment confirmed in a few seconds
A: 您好，皓齿口腔，请问有什么可以帮您？
C: 我确认一下明天下午三点的洗牙。
A: 好的，已确认，请提前十分钟到。
C: 好。
A: 谢谢您，祝您生活愉快，再见。
@ dt-08 | in | - | hn | the customer's 我不知道会不会疼; a hedged answer (大多数人…每个人感受不一样); fee
A: {G}
C: 我下周要拔智齿，我不知道会不会很疼，有点害怕。
A: 您担心是正常的。拔牙前会打麻药，大多数人只是感觉有点酸胀，不过每个人感受不一样，医生会随时问您的感觉。
C: 拔完要注意什么？
A: 咬住棉球四十分钟，当天不要漱口，二十四小时内吃温凉的流食。复杂阻生齿拔除是八百元，拔完当天付。
C: 好，谢谢你。
A: {B}
@ dt-09 | in | talk_over,apology | - | the agent cuts in twice on a customer with a swollen gum; 我还没说完 never apologised for
A: {G}
C: 我前天在你们那儿拔了牙，今天脸肿得很厉害，还有点发烧，晚上疼得睡不着觉。
A!: 拔牙后肿是正常的，过两天就消了。
C: 可是我还发烧了，三十八度五，我还没说完，伤口还有一股怪味道。
A!: 那您明天过来复查一下吧。
C: 明天几点？
A: 明天上午九点，直接来三楼。{B}
@ dt-10 | in | tariff | - | implant price asked twice, answered 先免费检查 / 来了医生看了再说
A: {G}
C: 种植牙一颗多少钱？我想先了解一下价格。
A: 您先来做个免费检查，医生看了再说。
C: 我就想知道大概的价格区间。
A: 每个人情况不一样，来了就知道了。
C: 那算了。
A: {B}
@ dt-11 | in | - | hn | the doctor's leave: apology, new time; a correct closing with the agent's number
A: {G}
C: 我约了明天下午王医生补牙，刚收到短信说取消了，怎么回事？
A: 非常抱歉，王医生明天临时要参加会诊，没能提前通知您，是我们的疏忽。我帮您改到后天下午两点可以吗？
C: 后天可以。
A: 好的，已经帮您改好了，后天下午两点，王医生，地址不变。
C: 嗯，好。
A: {B}
# language exchange app | 言伴App
@ la-01 | in | insult,apology | - | 您这口音还想教人中文？ (accent mocked); no apology
A: {G}
C: 我想申请做中文语伴导师，要什么条件？
A: 您这口音还想教人中文？先把普通话练练再说吧。
C: 我是广东人，口音怎么了？
A: 条件就是普通话二级乙等以上，上传证书就行。
C: 好，我知道了。
A: {B}
@ la-02 | in | tariff | - | 试用七天免费，后面再说 when asked the price after the trial
A: {G}
C: 你们的高级会员试用七天以后会自动扣费吗？扣多少？
A: 现在试用是免费的，您先体验，后面再说。
C: 我是问试用完多少钱。
A: 您先用着嘛，不满意随时取消。
C: 行吧。
A: {B}
@ la-03 | in | - | hn | another user's 蠢货 reported by the customer; apology, the user blocked, result time given
A: {G}
C: 有个语伴在聊天里骂我是蠢货，说我发音像机器人，太过分了。
A: 非常抱歉让您遇到这种事，这在我们平台是不允许的。请您在聊天页面长按那条消息选择举报，我这边也先帮您把他拉黑。
C: 好，我已经举报了。
A: 收到了，审核组会在二十四小时内处理，结果会发到您的站内信。
C: 谢谢。
A: {B}
@ la-04 | in | shirking,apology | - | 那是对方用户的问题，你自己跟他沟通，我们管不了
A: {G}
C: 我跟一个语伴约好了每周视频，他连续三次放我鸽子，还把我课时扣了。
A: 那是对方用户的问题，你自己跟他沟通，我们管不了。
C: 可课时是你们系统扣的啊！
A: 系统只管扣，其他的您找他吧。
C: 什么平台啊这是。
A: {B}
@ la-05 | in | closing,hangup | - | hung up on 那我已经付的钱怎么办？
A: {G}
C: 我想注销账号。
A: 在设置里面点注销，七天后生效。
C: 我的会员还有两个月没用完，注销以后会退吗？
A: 注销后不退。
C: 那我已经付的钱怎么办？
@ la-06 | in | closing | - | 嗯，拜拜。 (no thanks, no blessing)
A: {G}
C: 我想把学习语言从日语改成韩语，在哪里改？
A: 在我的页面点学习设置，选目标语言就能改。
C: 找到了，改好了。
A: 嗯，拜拜。
@ la-07 | in | - | hn | a trial with the price and the charging date stated
A: {G}
C: 你们的会员试用完要收钱吗？
A: 试用期七天免费，第八天开始按月自动扣费，每月二十五元，扣费前一天会发短信提醒，试用期内取消不收任何费用。
C: 在哪里取消？
A: 在我的页面点会员管理，关闭自动续费就可以了。
C: 明白了。
A: {B}
@ la-08 | in | complaint,apology | - | 叫你们领导来 — the agent answers 领导也管不了, no apology
A: {G}
C: 你们把我三年的聊天记录都清空了，这是怎么搞的？叫你们领导来！
A: 系统升级，有些数据就是会丢，领导也管不了。
C: 三年的记录说丢就丢？
A: 那没办法，您以后自己备份吧。
C: 太离谱了。
A: {B}
@ la-09 | in | speech_rate | slow | drawled agent turns
A: 您好……言伴App……请问……有什么……可以帮您？
C: 我想找一个西班牙语的语伴。
A: 好的……您在……首页……搜索……西班牙语……就可以了。
C: 能筛选时区吗？
A: 可以……点右上角……筛选……选时区……就行。
C: 好，谢谢。
A: 感谢……您的来电……祝您……学习顺利……再见。
@ la-10 | in | forbidden | - | 喂，你听着，我再说一遍 said mid-call
A: {G}
C: 我的语音消息发不出去，一直转圈。
A: 您把应用更新到最新版本再试。
C: 更新是什么意思，在哪里更新？
A: 喂，你听着，我再说一遍，去应用商店搜言伴，点更新。
C: 哦，好的。
A: {B}
@ la-11 | in | - | hn | 不清楚 as a clarifying question; refund amount and date stated
A: {G}
C: 我上个月被扣了两次会员费，帮我看看。
A: 好的，我查到两笔，一笔是十二号的二十五元，一笔是十三号的二十五元，我不太清楚您说的是重复扣的哪一笔，是十三号那笔吗？
C: 对，十三号那笔。
A: 非常抱歉重复扣费了，十三号的二十五元会在三个工作日内原路退回。
C: 好的。
A: {B}
# pest control | 净宅虫控
@ pe-01 | in | - | hn | 杀虫 / 毒饵 / 灭鼠 / 死老鼠 / 蟑螂窝 innocent; price, polite name ask
A: {G}
C: 我家厨房有蟑螂窝，楼下还有老鼠，你们能一起处理吗？
A: 可以的，蟑螂用胶饵和杀虫喷剂，老鼠放毒饵站，一周后师傅回访清理死老鼠。
C: 多少钱？
A: 两室一厅灭蟑加灭鼠三百八十元，服务完成后付款，三个月内复发免费补做。请问您怎么称呼？
C: 我姓阮。
A: 阮先生，我帮您约周四上午。{B}
@ pe-02 | in | insult,apology | - | 您家得多脏啊，蟑螂不找您找谁 (the home mocked); no apology
A: {G}
C: 我家蟑螂特别多，晚上一开灯满地跑。
A: 满地跑？您家得多脏啊，蟑螂不找您找谁。
C: 你这人怎么说话的？我家很干净。
A: 行行行，干净。灭蟑两百八十元，做完付。
C: 你们就这服务态度。
A: {B}
@ pe-03 | in | colleague | - | 上次去的那个师傅是个二百五，药都不会配
A: {G}
C: 你们上次来杀白蚁，喷完一个月又出来了。
A: 真不好意思，上次去的那个师傅是个二百五，药都不会配，这次我给您派个老师傅。
C: 这次要收钱吗？
A: 保修期内免费补做，不收钱。
C: 好。
A: {B}
@ pe-04 | in | overpromise | - | 一次包好，保证一只都看不见，十年不复发
A: {G}
C: 你们的白蚁防治效果能保持多久？
A: 我们一次包好，保证您家一只白蚁都看不见，十年不复发。
C: 这么厉害？多少钱？
A: 一百平以内一千六百元，施工完验收付款。请问您贵姓？
C: 姓祝。
A: 祝女士，我给您约勘察。{B}
@ pe-05 | in | greeting | - | 嗯，灭虫的，你说。
A: 嗯，灭虫的，你说。
C: 我想给办公室做一次全面消杀。
A: 多大面积？
C: 三百平左右。
A: 三百平消杀一千二百元，晚上下班后做，做完付款。请问您怎么称呼？
C: 我姓孔。
A: 孔先生，我让师傅明晚七点过去。{B}
@ pe-06 | in | - | hn | the customer's 我家那只蠢猫 and 熏得跟死了一样; apology and advice
A: {G}
C: 你们昨天喷的药，我家那只蠢猫去舔了一下，今天蔫得跟死了一样，不吃东西。
A: 非常抱歉，师傅应该提醒您把宠物隔开的，是我们没做到位。请您尽快带猫去宠物医院，把药名给医生看，药名是高效氯氰菊酯。
C: 看病的钱你们出吗？
A: 您保留好单据，我们这边全额报销，我现在给您登记，今天下班前主管给您回电话。
C: 好吧。
A: {B}
@ pe-07 | in | silence | - | a 15 s unannounced gap while the agent checks the schedule
A: {G}
C: 我想约明天上午杀蚂蚁，有师傅吗？
A: 我看看排班。
.. gap
C: 喂，还在吗？
A: 在，明天上午十点有一位师傅有空，灭蚁一百八十元，做完付款。请问您怎么称呼？
C: 我姓邵。
A: 邵女士，给您约好了。{B}
@ pe-08 | in | closing,short_call | short | 知道了。 and the agent ends without thanks or blessing
A: 您好，净宅虫控，请问有什么可以帮您？
C: 你们周日上班吗？
A: 上班的，早八点到晚六点。
C: 好的。
A: 知道了。
@ pe-09 | in | forbidden,apology | - | 不知道，白蚁这东西谁说得准 about the customer's house; 那你们来干嘛的 left without an apology
A: {G}
C: 你们师傅上周来看过，说我家木地板下面可能有白蚁，到底有没有？
A: 不知道，白蚁这东西谁说得准。
C: 你们不是专业的吗？那你们来干嘛的？
A: 要确定就得撬地板，您自己决定吧。
C: 唉。
A: {B}
@ pe-10 | in | name_ask | - | 你姓啥？
A: {G}
C: 我想约一次除螨。
A: 你姓啥？哪个小区？
C: 姓阎，碧水苑。
A: 除螨两百元，周六上午，做完付款。
C: 行。
A: {B}
@ pe-11 | in | - | hn | the customer's 我不清楚是什么虫 answered 不清楚也没关系; photo asked; hedge
A: {G}
C: 我家衣柜里有小黑虫，我也不清楚是什么虫，你们能处理吗？
A: 您不清楚也没关系，您加一下我们的客服微信，拍张照片发过来，师傅看了就能判断。一般衣柜里常见的是衣鱼或者皮蠹，不过得看了照片才能确定。
C: 好，我现在拍。
A: 收到照片后我十分钟内回复您。{B}
# pawn shop | 恒信典当行
@ pw-01 | in | - | hn | 死当 / 绝当 trade terms; monthly fee and the date it is charged stated
A: {G}
C: 我想当一块金表，要是到期赎不回来会怎么样？
A: 到期后有五天的宽限期，宽限期过了还没续当或赎回，就成了绝当，也就是俗称的死当，表归典当行处理。
C: 综合费怎么收？
A: 月综合费率是百分之二点五，按月收，当天放款时扣第一个月的，之后每月同一天收。请问您怎么称呼？
C: 我姓汤。
A: 汤先生，您带上身份证和表的发票来鉴定就行。{B}
@ pw-02 | in | insult,apology | - | 混到要当结婚戒指的地步了啊 (money mocked); no apology
A: {G}
C: 我想把结婚戒指当了，能当多少钱？
A: 混到要当结婚戒指的地步了啊？这日子过得可以。
C: 关你什么事？
A: 我随口一说。按克重算，拿来看了才知道。
C: 哼。
A: {B}
@ pw-03 | in | tariff | - | 就一点点手续费 / 到时候再说 when asked the fee
A: {G}
C: 我想当一辆车周转三个月，利息和手续费怎么算？
A: 就一点点手续费，不多的，您先把车开过来看看。
C: 一点点是多少？按月还是一次？
A: 到时候再说，评估完了都好商量。
C: 那行吧。
A: {B}
@ pw-04 | in | shirking | - | 鉴定的事找鉴定中心，我们不管
A: {G}
C: 你们鉴定师说我的翡翠是B货，我觉得不对，能重新鉴定吗？
A: 鉴定的事找鉴定中心，我们不管，您自己拿去测吧。
C: 哪个鉴定中心？
A: 随便哪个都行。
C: 好吧。
A: {B}
@ pw-05 | in | filler | - | 这个嘛 / 你懂吧 / 反正就是 again and again
A: {G}
C: 我想当一台笔记本电脑，苹果的，去年买的。
A: 这个嘛，电子产品你懂吧，反正就是贬值快，这个嘛，一般给到原价三成，你懂吧。
C: 那原价一万二能当多少？
A: 反正就是三千六左右，这个嘛，月综合费百分之三，当天扣第一个月，你懂吧。
C: 好，我下午过去。
A: {B}
@ pw-06 | in | - | hn | the customer's 我不知道当票放哪了 answered 没关系; replacement procedure and fee
A: {G}
C: 我要赎回上个月当的项链，可我不知道当票放哪了，找不到了。
A: 没关系，当票丢失可以挂失补办。您带身份证来店里，填一张挂失申请，七天后凭补办的当票赎回。
C: 补办要钱吗？
A: 补办免费，赎回时付本金和当月综合费就行。
C: 好的，谢谢。
A: {B}
@ pw-07 | in | complaint | - | 我要去消协投诉 — apologised for, scratch checked on camera
A: {G}
C: 我赎回来的手表表盘多了一道划痕，当的时候明明没有，我要去消协投诉你们！
A: 非常抱歉，这个情况我们一定查清楚。当时收表有拍照和视频存档，我今天就调出来，下午五点前给您答复，如果是我们保管的问题我们负责维修。
C: 好，我等你电话。
A: 好的，请问您贵姓？
C: 姓聂。
A: 聂先生，{B}
@ pw-08 | in | closing,hangup | - | the line cut after 续当要交多少？
A: {G}
C: 我的当期下周到，想续当。
A: 续当要来店里办。
C: 需要带什么？
A: 带当票和身份证。
C: 续当要交多少？
@ pw-09 | in | talk_over | - | the agent cuts in twice while the customer lists the items
A: {G}
C: 我有一个金手镯、两条银项链、还有一块旧的梅花手表，想一起当，手镯大概有五十克左右。
A!: 金手镯按克重算，银项链我们不收。
C: 银的不收啊？那手表呢？是七十年代的老表，我爸留下来的，走时还挺准的。
A!: 老表要看品相，拿来看看吧。
C: 行，那我明天上午过去。
A: 好的，明天上午九点开门，请带上身份证。{B}
@ pw-10 | in | colleague | - | 那个鉴定师老眼昏花的，他看走眼不奇怪
A: {G}
C: 上次你们鉴定师把我的金条估低了一百克的价，这怎么回事？
A: 抱歉给您添麻烦了，那个鉴定师老眼昏花的，看走眼不奇怪，我让别人给您重新估。
C: 那我什么时候过去？
A: 明天上午都可以。
C: 好的。
A: {B}
@ pw-11 | in | - | hn | announced hold (稍等) while the valuation is checked; amounts and dates; the customer's 骗子 of an online pawn app
A: {G}
C: 我之前在网上一个典当App当了手机，结果是骗子，钱没给手机也没了，你们是正规的吧？
A: 遇到这种事真让人着急，建议您尽快报警。我们是持证经营的典当行，营业执照和典当经营许可证都挂在店里。您要当什么呢？
C: 我有一条金项链，三十克。
A: 好的，我问一下今天的金价，请您稍等。
.. hold
A: 久等了，今天可以按每克四百二十元估，三十克是一万二千六百元，月综合费百分之二，放款当天扣第一个月。
C: 好，我下午过去。
A: {B}
"""
DATA3 = r"""
# bicycle repair | 飞轮单车工坊
@ bk-01 | in | - | hn | 死飞 (a fixed-gear bike) and 傻瓜式变速 innocent; price and moment of payment; polite name ask
A: {G}
C: 我有一辆死飞，想改装成傻瓜式变速的，能改吗？
A: 可以改，需要换后轮花鼓和加装变速器，改完就是三速傻瓜式变速，一拨就换挡。
C: 费用多少？
A: 配件加工时一共四百六十元，改装完取车时付款。请问您怎么称呼？
C: 姓戴。
A: 戴先生，周六下午可以来取。{B}
@ bk-02 | in | silence | - | a 14 s unannounced gap while the agent looks for the part (我找一下, no 稍等)
A: {G}
C: 我的公路车后拨坏了，你们有禧玛诺的那个型号吗？
A: 我找一下库存。
.. gap
C: 喂？
A: 有的，还剩两个，四百二十元一个，装好再付。
C: 那我明天过去换。
A: 好的，请问您贵姓？
C: 姓卓。
A: 卓先生，明天见。{B}
@ bk-03 | in | insult,apology | - | 老胳膊老腿的，别摔散架了 (age mocked); no apology
A: {G}
C: 我今年六十五了，想买辆山地车，顺便在你们那儿调一下。
A: 您这岁数还骑山地车？老胳膊老腿的，别摔散架了。
C: 你这小伙子怎么说话呢？
A: 我也是为您好。调车免费，买车送的。
C: 不用你为我好。
A: {B}
@ bk-04 | in | greeting,short_call | short | 喂，修车的。
A: 喂，修车的。
C: 补个胎多少钱？
A: 十五块，现补现走。
C: 好，我马上过去。
A: 好的，感谢来电，祝您生活愉快。
@ bk-05 | in | speech_rate | fast | a service menu rattled at 8+ chars/s
A: {G}
C: 我想给自行车做个全面保养，都包括什么？
A: 全面保养包括清洗链条和飞轮、调整前后拨和刹车、检查轮组和辐条张力、打气补胎、轴承上油，公路车一百八十元，山地车二百二十元，当天取车当天付款。
C: 啊？你说慢一点，山地车多少？
A: 山地车二百二十元，清洗链条飞轮，调变速调刹车，检查轮组，轴承上油，当天取当天付。
C: 好，我周末送过去。
A: 好的感谢您的来电祝您骑行愉快一路平安再见。
@ bk-06 | in | closing,hangup | - | the agent ends the call on 那碳圈能修吗？
A: {G}
C: 我的碳纤维轮圈磕了一个口子，还能骑吗？
A: 碳圈磕了最好别骑。
C: 那你们能修吗？
A: 我们这边修不了碳的。
C: 那碳圈能送去哪里修？
@ bk-07 | in | name_ask | - | 你叫什么？电话留一个。
A: {G}
C: 我想预约周六修车，刹车有点松。
A: 你叫什么？电话留一个。
C: 我叫骆晨，电话一五八零七七三二一九零。
A: 周六上午十点，调刹车二十元，修完付。
C: 好的。
A: {B}
@ bk-08 | in | complaint,apology | - | 我要在网上曝光你们 — answered 随便你, no apology
A: {G}
C: 你们上周给我换的链条，骑了三天就断了，我差点摔了，我要在网上曝光你们！
A: 链条断了多半是您骑法不对，随便你曝光。
C: 你们这是什么态度？
A: 那您把车推过来看看吧。
C: 我会推过来的，也会发帖的。
A: {B}
@ bk-09 | in | - | hn | announced hold (稍候) and a warm transfer to the workshop; the mechanic introduces himself
A: {G}
C: 我想问问我的车修好没有，是昨天送过去的那辆蓝色折叠车。
A: 我帮您转接维修间问一下，请您稍候。
.. hold
A: 您好，我是维修间的师傅{ag}，蓝色折叠车已经修好了，换了内胎和刹车皮，一共八十五元，取车时付。
C: 好的，我下班过去拿。
A: 我们晚上八点关门，您八点前来就行。{B}
@ bk-10 | in | forbidden | - | 我哪知道你车子怎么坏的 (a brush-off about the customer's bike)
A: {G}
C: 我的电动助力车突然没助力了，是什么问题呀？
A: 我哪知道你车子怎么坏的，又没看到车。
C: 那我推过去你们给看看？
A: 推过来吧，检测费三十元，修的话不收检测费。
C: 行。
A: {B}
@ bk-11 | in | - | hn | 不清楚 about the maker's recall with the maker's hotline and a call-back
A: {G}
C: 我看新闻说我这个牌子的车有召回，我的车在不在召回范围里？
A: 召回是厂家在做，具体车架号范围我这边暂时不清楚，厂家的召回热线是四零零八二零三六六八，我也会帮您问一下，今天下午五点前回复您。
C: 好，谢谢你们。
A: 不客气，请问您的车架号是多少？我记一下。
C: 我拍照发给你们。
A: {B}
# escape room bookings | 迷城密室逃脱
@ er-01 | in | - | hn | room names 死亡医院 / 午夜凶铃 and 尸体道具 innocent; price, booking, polite name ask
A: {G}
C: 你们那个死亡医院主题恐怖吗？有没有尸体道具？
A: 死亡医院是中度恐怖，有仿真道具和真人演员，不想被吓可以选午夜凶铃的微恐版本。
C: 那就死亡医院吧，周五晚上六个人。
A: 每人一百三十八元，到店付款，周五晚上七点场可以。请问您怎么称呼？
C: 我姓俞。
A: 俞女士，已经帮您订好了。{B}
@ er-02 | in | talk_over,apology | - | the agent cuts in twice while the customer explains a lost phone; 你能不能让我说完 never apologised for
A: {G}
C: 我昨天晚上在你们那儿玩的时候，手机可能落在房间里了，黑色的，带一个小熊手机壳，我们玩的是那个古墓主题……
A!: 失物在前台，自己来找。
C: 我人在外地，明天才回来，你能不能让我说完，我想问能不能先帮我收好，别被别人拿走了？
A!: 都放前台柜子里了。
C: 那我明天过去拿。
A: 好的。{B}
@ er-03 | in | insult,apology | - | 您可真是天才，一个小时一道题都没解开 (sarcasm); no apology
A: {G}
C: 我们昨天那个房间是不是太难了？一道题都没解开，想问问能不能退一半。
A: 您可真是天才，一个小时一道题都没解开，我们开业以来头一回见。
C: 你什么意思？
A: 不退，提示您们自己没要。
C: 行，你们厉害。
A: {B}
@ er-04 | in | silence | - | a 13 s unannounced gap while the agent checks the room calendar
A: {G}
C: 我想订下周六下午两点的机械迷城，八个人。
A: 我查一下那天的场次。
.. gap
C: 喂？在吗？
A: 在，两点有空，每人一百二十八元，到店付款。请问怎么称呼您？
C: 姓乔。
A: 乔先生，帮您订好了。{B}
@ er-05 | in | shirking,apology | - | 演员是外包公司的，吓到了你找他们去
A: {G}
C: 我女儿昨天在你们密室里被演员吓哭了，演员还一直追着她跑，这合适吗？
A: 演员是外包公司的，吓到了你找他们去，跟我们没关系。
C: 是在你们店里出的事啊！
A: 那我也没办法，您找外包公司吧。
C: 真是没法说。
A: {B}
@ er-06 | in | filler | - | 就是说 / 然后 / 怎么说呢 again and again
A: {G}
C: 你们适合小学生玩的主题有吗？
A: 有的，就是说，怎么说呢，有个魔法学院的主题，然后，就是说，没有恐怖元素，然后，怎么说呢，都是拼图和机关。
C: 多少钱？
A: 就是说，儿童票每人八十八元，然后大人陪同免费，怎么说呢，到店付。
C: 好，我们周末去。
A: {B}
@ er-07 | in | short_call | short | opening hours asked and answered
A: 您好，迷城密室，请问有什么可以帮您？
C: 今晚开到几点？
A: 今晚开到十二点。
C: 好嘞。
A: 谢谢您，祝您玩得开心，再见。
@ er-08 | in | - | hn | an actor's 胆小鬼 reported with 我不是要投诉; apology and feedback; the customer's 我是不是太笨了 reassured
A: {G}
C: 我不是要投诉，就是反馈一下，昨天那个演员一直喊我胆小鬼，我是不是太笨了，玩得太慢了？
A: 非常抱歉，演员这样说话是不应该的，我们会跟他沟通。您一点都不笨，那个房间第一次玩的人平均要七十分钟。
C: 那就好，下次还来。
A: 谢谢您的反馈，下次来送您一张八折券。
C: 好的。
A: {B}
@ er-09 | in | greeting | - | 喂，迷城，几个人？
A: 喂，迷城，几个人？
C: 五个人，想订周日下午的。
A: 周日下午三点有场，每人一百一十八元，到店付款。请问您怎么称呼？
C: 姓符。
A: 符女士，帮您订了。{B}
@ er-10 | in | speech_rate | slow | drawled agent turns
A: 您好……迷城……密室逃脱……请问……有什么……可以帮您？
C: 你们店附近好停车吗？
A: 商场……地下……有停车场……消费……满两百……免两小时。
C: 好的，那我们开车去。
A: 好的……感谢……您的来电……祝您……玩得愉快……再见。
@ er-11 | in | complaint | - | 我要打12315投诉 — apologised for, refund arranged with a date
A: {G}
C: 我们订好的场次到了店里说被别人占了，白跑一趟，我要打12315投诉！
A: 非常抱歉，是我们前台排重了场次，给您添了很大麻烦。定金一百元我现在就原路退回，两个工作日内到账，再送您一次免费场。
C: 下次别再这样了。
A: 真的很抱歉，我们一定改进。{B}
# hearing aids | 聆声助听器
@ ha-01 | in | insult,apology | - | 您这耳朵背成这样，跟您说话真费劲 (age mocked); no apology
A: {G}
C: 你说什么？大声点，我听不清。
A: 我说，您这耳朵背成这样，跟您说话真费劲！
C: 你嫌我烦是吧？
A: 您要配助听器就让家里人陪您来店里。
C: 我自己会来。
A: {B}
@ ha-02 | in | tariff | - | 调机服务费 asked, answered 到时候看情况，不贵
A: {G}
C: 助听器买了以后，每次来调机要收钱吗？收多少？
A: 前面几次不收，后面到时候看情况，不贵的。
C: 前面几次是几次？后面一次多少钱？
A: 这个到时候店里跟您说。
C: 那好吧。
A: {B}
@ ha-03 | in | - | hn | an elderly customer's 我老糊涂了 / 不知道怎么换 answered patiently; battery price
A: {G}
C: 姑娘，我老糊涂了，不知道怎么换助听器的电池，你慢点跟我说。
A: 好的，不着急。您先把助听器背面的小盖子往下拨开，把旧电池拿出来，新电池贴纸撕掉，正面朝上放进去，再把盖子合上。
C: 我试试。好了，有声音了。
A: 太好了。电池一板六粒三十元，用完了可以来店里买，也可以打电话我们寄给您。
C: 谢谢你啊姑娘。
A: {B}
@ ha-04 | in | colleague | - | 验配师小刘就是个半吊子 (apologised for the bad fit)
A: {G}
C: 上次给我验配的那个小伙子调完以后，我戴着总是嗡嗡响。
A: 抱歉让您受罪了，验配师小刘就是个半吊子，学了两个月就上岗。我给您约我们主任重新调。
C: 什么时候？
A: 周四上午十点，免费调。
C: 好。
A: {B}
@ ha-05 | in | closing,hangup | - | the agent is gone when the customer asks 那洗澡能戴吗？
A: {G}
C: 我刚买的助听器，防水吗？
A: 防溅水，下雨没事。
C: 那游泳呢？
A: 游泳不行。
C: 那洗澡能戴吗？
@ ha-06 | in | name_ask | - | 你姓什么？老人多大岁数？
A: {G}
C: 我想给我妈预约一次听力检测。
A: 你姓什么？老人多大岁数？
C: 我姓卢，我妈七十二了。
A: 周六上午九点，听力检测免费，检测完再决定配不配。
C: 好的。
A: {B}
@ ha-07 | in | silence | - | a 15 s unannounced gap while the agent looks at the warranty (我查查, no 稍等)
A: {G}
C: 我的助听器右耳没声音了，还在保修期吗？
A: 我查查购买记录。
.. gap
C: 喂？姑娘？
A: 在的，您是去年五月买的，保修两年，还在保修期，免费修。
C: 那我明天送过去。
A: 好的，带上保修卡就行。{B}
@ ha-08 | in | forbidden | - | 不明白你在说什么 (said to the customer about her own question)
A: {G}
C: 我想问，就是那个，能连手机的那种，蓝牙的，有没有？
A: 不明白你在说什么，说清楚一点。
C: 就是能直接听手机电话的助听器。
A: 哦，有的，蓝牙款六千八百元一台，配好后付款。
C: 好，我去店里看看。
A: {B}
@ ha-09 | out | - | hn | an outbound follow-up with the company, the agent's name and the purpose
A: 您好，请问是邬先生吗？我是聆声助听器的客服{ag}，您上周配了助听器，今天打电话回访一下使用情况。
C: 是我，戴着挺好的，就是刚开始有点不习惯。
A: 刚开始戴一般需要两到四周适应，建议每天从两三个小时开始逐渐加长。您有不舒服随时来店里免费复调。
C: 好的，谢谢。
A: {B}
@ ha-10 | in | talk_over | - | the agent cuts in twice on the customer's description
A: {G}
C: 我爸戴的那个耳背式助听器，最近声音时大时小的，有时候还有沙沙的杂音，他说是不是受潮了……
A!: 应该是受潮了，放干燥盒里。
C: 干燥盒是买的时候送的那个吗？我们家好像找不到了，他那个是前年在你们这儿买的。
A!: 干燥盒店里有卖，二十五元一个。
C: 好，那我周末去买一个。
A: 好的，周末都营业。{B}
@ ha-11 | in | closing,short_call | short | 行，知道了，就这样吧。
A: 您好，聆声助听器，请问有什么可以帮您？
C: 你们周日开门吗？
A: 开门的，九点到五点。
C: 好。
A: 行，知道了，就这样吧。
# wedding dress rental | 素纱婚纱租赁
@ wd-01 | in | insult,apology | - | 您这身材穿鱼尾款，别难为裙子了 (looks mocked); no apology
A: {G}
C: 我想租一件鱼尾款的婚纱，你们有大码的吗？
A: 您这身材穿鱼尾款？别难为裙子了，选个蓬蓬裙遮一遮吧。
C: 你怎么说话这么难听？
A: 大码鱼尾款只有一件，租金一千二百元，取件时付。
C: 不租了。
A: {B}
@ wd-02 | in | - | hn | a style named 傻白甜 and the customer's own 我胖死了; deposit amount and refund moment
A: {G}
C: 我胖死了，你们那个傻白甜系列的公主裙我能穿吗？
A: 傻白甜系列是系带款，腰围可以调十厘米，很多新娘都能穿，建议您来店里试一下。
C: 租金多少？
A: 租金八百元，押金一千元，取件时一起付，归还检查没问题后押金当场退回。请问您贵姓？
C: 姓冉。
A: 冉小姐，我帮您约周六上午试纱。{B}
@ wd-03 | in | complaint,apology | - | 我要投诉你们 — answered 租的裙子都这样, no apology
A: {G}
C: 你们租给我的婚纱裙摆上有一大块黄渍，照片都拍出来了，我要投诉你们！
A: 租的裙子都这样，穿过很多次了，您取件的时候自己没看吗？
C: 我怎么知道要查这个？
A: 那我也没办法。
C: 好，我们投诉见。
A: {B}
@ wd-04 | in | shirking,apology | - | 化妆师是合作的，妆化得不好你找她去
A: {G}
C: 我订了你们的婚纱加跟妆套餐，试妆的时候化得跟唱戏的一样。
A: 化妆师是合作的，妆化得不好你找她去，我们只管裙子。
C: 套餐是在你们这儿订的啊。
A: 那您也得找她，我们管不了她。
C: 真服了。
A: {B}
@ wd-05 | in | filler | - | 那个那个 / 嗯嗯 / 其实吧 again and again
A: {G}
C: 你们有中式秀禾服吗？
A: 有的，那个那个，其实吧，秀禾服有十几款，嗯嗯，那个那个，其实吧，龙凤褂也有。
C: 租金多少？
A: 那个那个，秀禾服六百元一套，其实吧，押金五百元，取件时付。
C: 好，我周末去看。
A: {B}
@ wd-06 | in | colleague | - | 店里那个小姑娘就会玩手机，什么都记不住
A: {G}
C: 我上周在店里订了周六取婚纱，今天打电话说没有记录？
A: 不好意思，店里那个小姑娘就会玩手机，什么都记不住。我现在给您补登记，周六照常取。
C: 千万别再出错了。
A: 放心，我亲自跟进。
C: 好。
A: {B}
@ wd-07 | in | closing,hangup | - | gone on 那头纱是另外收费吗？
A: {G}
C: 你们的婚纱套餐包头纱吗？
A: 基础款不包。
C: 那高级款呢？
A: 高级款包。
C: 那头纱是另外收费吗？
@ wd-08 | in | greeting | - | 您好，请问有什么事？ with no company
A: 您好，请问有什么事？
C: 是素纱婚纱吗？我想问一下伴娘服怎么租。
A: 是的。伴娘服一百二十元一套，五套以上九折，取件时付款。请问您怎么称呼？
C: 姓樊。
A: 樊女士，您可以周末来店里挑。{B}
@ wd-09 | in | - | hn | a refund of the deposit explained with amount and date; a settled past complaint mentioned
A: {G}
C: 上个月我投诉过一次裙子破了，你们已经处理好了，这次想问押金什么时候退？
A: 谢谢您还记得，上次的事情再次向您道歉。您的押金一千五百元，裙子检查没问题，今天下午三点前原路退回，一到三个工作日到账。
C: 好的。
A: {B}
@ wd-10 | in | speech_rate | fast | the rental terms rattled at 8+ chars/s
A: {G}
C: 我想了解一下你们婚纱租赁的流程。
A: 流程是先预约试纱，选定款式后付租金和押金，婚礼前三天取件，婚礼后三天内归还，逾期每天收租金的百分之十，有破损按程度扣押金，干洗费我们承担。
C: 太快了，逾期怎么收？
A: 逾期每天收租金的百分之十，比如租金一千元每天就是一百元，婚礼后三天内归还不收，破损按程度扣押金。
C: 好的，明白了。
A: 好的感谢您的来电祝您新婚快乐百年好合再见。
@ wd-11 | in | forbidden,apology | - | 不知道，你的裙子什么时候到我怎么知道 about the customer's order
A: {G}
C: 我在网上租的婚纱，说今天到，还没到，婚礼就在后天了。
A: 不知道，你的裙子什么时候到我怎么知道，快递又不归我管。
C: 你这是什么态度？后天就要穿了！
A: 单号发您手机上了，您自己查。
C: 唉。
A: {B}
"""

if __name__ == "__main__":
    raise SystemExit(main())
