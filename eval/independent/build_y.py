"""Independent labelled call set Y (eval/independent/heldout_y.jsonl) — HELD OUT.

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
OUT = Path(__file__).resolve().parent / "heldout_y.jsonl"
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
# tax service hotline | 惠税通财税服务
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
"""
DATA3 = r"""
"""

if __name__ == "__main__":
    raise SystemExit(main())
