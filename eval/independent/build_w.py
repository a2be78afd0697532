"""Independent labelled call set W (eval/independent/tune_w.jsonl; first named heldout_w.jsonl, held out
until its blind figures were recorded, then renamed as round 23 of rule work began) — now a TUNING set.

W: readings writer W had to choose (V's policy, itself U's and T's, is adopted unchanged; these only settle what it
   leaves open or what W's calls bring up):
W: dialect or slang insults (脑子瓦特了, 憨批, 二百五, 缺根筋, 拎不清, 脑壳坏掉了) are insult, like plain ones; mocking the
   customer's pet, car or home as a way of mocking the customer (你家那破车也配…) is insult too.
W: a rhetorical brush-off that means "I don't know / I don't get you" (那我上哪知道去？/ 问我我问谁？/ 你说的啥我听不懂 /
   你自己都说不明白还问我) is forbidden; 我不太清楚您指的是哪一单，您看是…还是…？ (a clarifying question) is not.
W: the agent disparaging a colleague, another shift, a technician, the sales team or a branch (前台那小姑娘脑子不灵光 /
   那个师傅手脚就是慢 / 销售就会瞎忽悠) is colleague, not insult (insult is aimed at the customer); blaming 系统 is neither.
W: a hold announced with 稍等 / 稍候 in the agent's turn just before it is no silence, however the rest is phrased;
   every hold in this set is announced that way, every unannounced gap is 13.5-16 s.
W: an outbound call that opens 您好，我是<company>的<name> and states its purpose is a correct greeting (no offer of help
   needed); one with no company, or one that opens 喂 / 哎 / 在吗, is greeting.
W: an order or booking where the agent asks 你叫啥 / 名字 / 姓什么的 is name_ask; a booking that uses the name the
   customer gave unasked, or one made from the account on file, is not.
W: 到时候系统会扣的 / 跟别家差不多 / 不贵不贵 / 先开通了再说 in answer to a fee question is tariff; a fee stated with amount and
   the moment it is charged (押金三千，取车时预授权 / 从下月一号起每月四十) is not.
W: a customer who says 投诉 / 12345 / 消协 / 找你们领导 / 曝光 / 市场监管 is complaint, also when the agent then calms them;
   a customer who says they will not complain (算了不投诉了 / 我不是要投诉) is not.
W: shirking = the agent refuses and points elsewhere with no number, no transfer and no follow-up (那你找物业去啊 /
   这不归我们管 / 你问快递公司); a redirect with the number, a warm transfer or a promised call-back is no shirking.
W: a curt last word after the customer said 好 / 明白了 (行，挂了。) is closing, not hangup; hangup is only the call ending on
   the customer's unanswered question or 喂？喂？ (and then it also carries closing).
W: 你 instead of 您 alone, an upsell offered before consent and plain colloquial wording are not labelled.
W: a short call (< 20 s) that is otherwise correct carries short_call only; short calls here greet and bless.

Written by writer W on 2026-12-22 from DOMAIN.md, the seed articles in shared/seeds/, eval/independent/README.md (rule
figures skipped), the first 120 lines of build_v.py (label policy and data format), one line of heldout_v.jsonl (format
only) and the LabelledCall dataclass / load_labelled function of eval/evaluate.py (format only).  No rule code, rulebook,
tests (beyond adding the heard folder to NEWER_BLIND), docs or other sets were read, and the rule engine was never run on
this file (only load_labelled, to check it loads).
Run:
    .venv/bin/python eval/independent/build_w.py

Deterministic (SEED=20261222).  The dialogues are hand-written (writer W's own) in DATA1..DATA3 below.  random.Random is
used only for segment timing, call order, the choice of the noisy calls, the rotation of correct greeting / closing
wordings ({G} / {B}) and the ASR-style noise; each call's generators are seeded from SEED and the call's key.

Format (V's block format, W's own code): "# industry | company | short name"; "@ key | in|out | labels or - | flags or -
| note"; turns "A:" agent, "C:" customer; "A!:" the agent cuts in 1.5-2.1 s before the customer's turn ends; "C!:" the
customer cuts in on the agent (1.1-1.7 s, no label); "A~:" an agent backchannel overlapping 0.1-0.25 s; ".. hold" an
announced hold of 10.4-11.9 s (the agent's turn before says 稍等 / 稍候); ".. gap" an unannounced gap of 13.5-16.0 s.
Flags: hn (hard negative, no labels), fast / slow (agent turns of 6+ characters at 8.3-9.0 / 1.55-1.8 chars/s), short
(whole call under 20 s), late (nobody speaks for 3.0-3.8 s, the customer calls 喂 first).  Non-short calls are stretched
(wider gaps up to 3.6 s, slower normal speech within 3.3-5.2 chars/s) until they last 30 s or more.

LABEL POLICY: writer V's policy (the header of build_v.py: U's policy with V's "V:" readings), unchanged, plus the "W:"
readings above.  Labels are those of the clean speech; noise never changes them.  Timing families are recomputed from
the generated segments and asserted against the hand labels, on the clean text and again on the noisy text:
short_call < 20 s (all others >= 30 s); silence an unannounced gap >= 10 s (holds announced with 稍等/稍候 in the agent's
turn just before are negative; all other gaps <= 4 s); talk_over the agent starting >= 1.0 s before the customer's segment
ends (negatives overlap 0.25 s at most; the customer cutting in is negative); speech_rate the agent's mean rate over turns
of >= 6 characters (punctuation and spaces not counted) >= 7.5 or <= 2.0 chars/s (negatives keep every agent turn of
6+ characters within 3.0-6.3); hangup read from the clean transcript ending on the customer's unanswered question or
喂？喂？ (a hung-up call also carries closing).

Noise (writer W's own choices, about a quarter of the calls, "noise": true): W's homophone list below (each occurrence
swapped with probability 0.5; 您→你 with probability 0.2), Chinese numbers before a unit written as figures, runs of
three or more spoken digits (幺 included) as digits, punctuation per segment dropped / replaced by spaces / kept,
Traditional script via OpenCC for about half the noisy calls (s2t or s2hk, chosen per call) with about one converted
character in eight left simplified.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

import opencc

SEED = 20261222
OUT = Path(__file__).resolve().parent / "tune_w.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask",
            "apology", "shirking", "overpromise", "colleague", "complaint",
            "silence", "talk_over", "speech_rate", "short_call", "hangup")
NOISY_SHARE = 0.25

GREETS = ["您好，{co}，很高兴为您服务，请问有什么可以帮您？",
          "您好，这里是{co}客服热线，我是{ag}，请问有什么能帮到您？",
          "{tod}，欢迎致电{co}，{id}号客服为您服务，请问您要办理什么业务？",
          "您好，{co}，我是{ag}，请问您有什么需要？",
          "您好，感谢致电{co}，{ag}在线，请问有什么可以帮您的？",
          "{tod}，{co}服务中心，请问有什么可以为您做的？",
          "您好，{co}，{ag}很高兴为您服务，请问您遇到了什么问题？"]
TODS = ["您好", "早上好", "下午好", "您好", "晚上好"]
CLOSES = ["好的，感谢您的来电，祝您{w}，再见。",
          "不客气，这是我们应该做的，祝您{w}。",
          "感谢您的耐心等待，祝您{w}，再见！",
          "谢谢您的来电，后面还有问题欢迎随时打过来，祝您{w}。",
          "好的，那就不耽误您时间了，谢谢您，祝您{w}，再见。",
          "感谢您对我们工作的支持，祝您{w}，拜拜。"]
WISHES = ["生活愉快", "一切顺利", "平安健康", "天天开心", "周末愉快", "万事如意", "工作顺心", "阖家幸福"]
AGENTS = ["小谭", "小滕", "小鲁", "小甘", "小邬", "小隋", "小聂", "小钮", "小简", "小樊", "小岳", "小郜"]

# writer W's own homophone list (what a small Whisper on 8 kHz audio tends to write instead)
HOMOPHONES = [("已经", "已竟"), ("查询", "查寻"), ("确认", "确任"), ("地址", "地支"), ("订单", "定单"),
              ("安排", "安牌"), ("师傅", "师父"), ("物业", "物叶"), ("预约", "预越"), ("费用", "费永"),
              ("电话", "电化"), ("号码", "号吗"), ("登记", "登计"), ("不好意思", "不好意识"), ("抱歉", "报歉"),
              ("感谢", "赶谢"), ("愉快", "于快"), ("宠物", "宠务"), ("押金", "压金"), ("维修", "为修"),
              ("投诉", "头诉"), ("领导", "领倒"), ("稍等", "稍的"), ("帮您", "帮宁"), ("请问", "请吻"),
              ("没问题", "没文题"), ("客服", "课服"), ("处理", "除理"), ("退款", "推款"), ("检查", "检察"),
              ("核实", "和实"), ("时间", "时见"), ("门店", "们店"), ("快递", "快第"), ("保证", "报证"),
              ("再见", "在见"), ("医生", "一声"), ("疫苗", "一苗"), ("租车", "组车"), ("合同", "和同")]
CN_DIG = {"零": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
UNITS = "元|块|天|小时|分钟|个月|号|年|岁|公斤|斤|公里|张|份|楼|周|台|件|个工作日|点|次|平|吨|间|只|栋"
PUNCT = "，。？！、；：,.?!;:…“”‘’（）()—- "
HOLD_WORDS = ("稍等", "稍候")


def nchars(text: str) -> int:
    return sum(1 for ch in text if ch not in PUNCT and not ch.isspace())


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


def rng_for(key: str, what: str) -> random.Random:
    h = hashlib.sha256(f"{SEED}|{key}|{what}".encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def parse(data: str) -> list[dict]:
    calls, ind, co, short = [], None, None, None
    for raw in data.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("# "):
            ind, co, short = [x.strip() for x in line[2:].split("|")]
        elif line.startswith("@ "):
            key, direction, labels, flags, note = [x.strip() for x in line[2:].split("|", 4)]
            assert direction in ("in", "out"), line
            labs = set() if labels == "-" else set(labels.split(","))
            assert labs <= set(FAMILIES), (key, labs - set(FAMILIES))
            fl = set() if flags == "-" else set(flags.split(","))
            assert fl <= {"hn", "fast", "slow", "short", "late"}, (key, fl)
            calls.append({"key": key, "dir": "inbound" if direction == "in" else "outbound", "labels": labs,
                          "flags": fl, "note": note, "industry": ind, "company": co, "short": short, "turns": []})
        elif line.startswith(".."):
            kind = line[2:].strip()
            assert kind in ("hold", "gap"), line
            calls[-1]["turns"].append((kind, ""))
        else:
            m = re.match(r"^(A|C|A!|C!|A~):\s*(.+)$", line)
            assert m, f"bad line: {line!r}"
            calls[-1]["turns"].append((m.group(1), m.group(2)))
    return calls


def fill(call: dict, text: str, idx: dict) -> str:
    r = rng_for(call["key"], "fill")
    ag = r.choice(AGENTS)
    if "{G}" in text:
        g = GREETS[idx["g"] % len(GREETS)]
        idx["g"] += 1
        text = text.replace("{G}", g.format(co=call["company"], ag=ag, tod=r.choice(TODS), id=r.randint(1001, 9899)))
    if "{B}" in text:
        b = CLOSES[idx["b"] % len(CLOSES)]
        idx["b"] += 1
        text = text.replace("{B}", b.format(w=WISHES[idx["w"] % len(WISHES)]))
        idx["w"] += 1
    return text.replace("{co}", call["company"]).replace("{s}", call["short"]).replace("{ag}", ag)


def timing(call: dict, texts: list[tuple[str, str]], stretch: float) -> tuple[list[dict], float]:
    """Segments for the call's turns; stretch in [0, 1] widens gaps and slows normal speech."""
    r = rng_for(call["key"], "timing")
    fl = call["flags"]
    segs, t = [], (r.uniform(3.0, 3.8) if "late" in fl else r.uniform(0.3, 0.7))
    pending = None            # "hold" / "gap" before the next turn
    for kind, text in texts:
        if kind in ("hold", "gap"):
            pending = kind
            continue
        spk = "agent" if kind.startswith("A") else "customer"
        n = max(nchars(text), 1)
        if spk == "agent" and "fast" in fl and n >= 6:
            rate = r.uniform(8.3, 9.0)
        elif spk == "agent" and "slow" in fl and n >= 6:
            rate = r.uniform(1.55, 1.8)
        else:
            hi = 5.2 - 1.6 * stretch
            rate = r.uniform(max(3.4, hi - 1.0), hi) if n >= 6 else r.uniform(2.6, 4.0)
            if "short" in fl:
                rate = r.uniform(4.6, 5.2) if n >= 6 else r.uniform(3.0, 4.0)
        dur = n / rate
        prev_end = max((s["end"] for s in segs), default=t)
        if not segs:
            start = t
        elif pending == "hold":
            start = prev_end + r.uniform(10.4, 11.9)
        elif pending == "gap":
            start = prev_end + r.uniform(13.5, 16.0)
        elif kind == "A!":
            assert segs[-1]["speaker"] == "customer", call["key"]
            start = segs[-1]["end"] - r.uniform(1.5, 2.1)
        elif kind == "C!":
            assert segs[-1]["speaker"] == "agent", call["key"]
            start = segs[-1]["end"] - r.uniform(1.1, 1.7)
        elif kind == "A~":
            start = segs[-1]["end"] - r.uniform(0.1, 0.25)
        elif "short" in fl:
            start = prev_end + r.uniform(0.3, 0.6)
        else:
            start = prev_end + r.uniform(0.4, 1.1) + stretch * r.uniform(1.0, 2.5)
        pending = None
        segs.append({"speaker": spk, "start": round(start, 2), "end": round(start + dur, 2), "text": text})
    duration = round(max(s["end"] for s in segs) + r.uniform(0.3, 0.7), 2)
    return segs, duration


def build_segments(call: dict, texts) -> tuple[list[dict], float]:
    if "short" in call["flags"]:
        return timing(call, texts, 0.0)
    for k in range(11):
        segs, dur = timing(call, texts, k / 10)
        if dur >= 30.0:
            return segs, dur
    raise AssertionError(f"{call['key']}: cannot reach 30 s ({dur})")


def noisy(text: str, r: random.Random, mode: str, cc: dict) -> str:
    for a, b in HOMOPHONES:
        if a in text:
            parts = text.split(a)
            text = parts[0] + "".join((b if r.random() < 0.5 else a) + p for p in parts[1:])
    text = "".join(("你" if ch == "您" and r.random() < 0.2 else ch) for ch in text)

    def num(m):
        v = cn2num(m.group(1))
        if v is None or (v < 3 and len(m.group(1)) == 1):
            return m.group(0)
        return f"{v}{m.group(2)}"
    text = re.sub(rf"([零一二两三四五六七八九十百千万]+)({UNITS})", num, text)
    text = re.sub(r"[零幺一二三四五六七八九]{3,}", lambda m: "".join(str(CN_DIG[c]) for c in m.group(0)), text)
    p = r.random()
    if p < 0.35:
        text = re.sub(r"[，。？！、；：]", "", text)
    elif p < 0.65:
        text = re.sub(r"[，。？！、；：]+", " ", text).strip()
    if mode != "simp":
        conv = cc[mode].convert(text)
        text = "".join(c if r.random() < 0.875 else o for c, o in zip(conv, text)) if len(conv) == len(text) else conv
    return text


def facts(segs: list[dict], duration: float, ref: list[dict] | None = None) -> dict:
    """Timing facts recomputed from the segments (ref: the clean segments, for the hold announcements)."""
    ref = ref or segs
    out = {"short_call": duration < 20.0, "silence": False, "talk_over": False, "speech_rate": False,
           "max_gap_other": 0.0, "holds": [], "gaps": [], "overlaps": [], "agent_rates": []}
    end_so_far = None
    for i, s in enumerate(segs):
        if end_so_far is not None:
            gap = s["start"] - end_so_far
            prev_agent = next((ref[j]["text"] for j in range(i - 1, -1, -1) if ref[j]["speaker"] == "agent"), "")
            announced = any(w in prev_agent for w in HOLD_WORDS) and ref[i - 1]["speaker"] == "agent"
            if gap >= 10.0:
                if announced:
                    out["holds"].append(round(gap, 2))
                else:
                    out["silence"] = True
                    out["gaps"].append(round(gap, 2))
            else:
                out["max_gap_other"] = max(out["max_gap_other"], gap)
        if i and s["speaker"] == "agent" and segs[i - 1]["speaker"] == "customer":
            ov = segs[i - 1]["end"] - s["start"]
            if ov > 0:
                out["overlaps"].append(round(ov, 2))
            if ov >= 1.0:
                out["talk_over"] = True
        end_so_far = max(end_so_far or 0.0, s["end"])
    rates = [nchars(s["text"]) / (s["end"] - s["start"]) for s in segs
             if s["speaker"] == "agent" and nchars(s["text"]) >= 6]
    out["agent_rates"] = rates
    mean = sum(rates) / len(rates) if rates else 4.0
    out["mean_rate"] = mean
    out["speech_rate"] = mean >= 7.5 or mean <= 2.0
    return out


def hangup(segs: list[dict]) -> bool:
    last = segs[-1]
    return last["speaker"] == "customer" and (last["text"].rstrip().endswith("？") or "喂？喂？" in last["text"])


def check(call: dict, segs: list[dict], duration: float, ref: list[dict] | None = None) -> dict:
    f = facts(segs, duration, ref)
    labs, k = call["labels"], call["key"]
    for fam in ("short_call", "silence", "talk_over", "speech_rate"):
        assert f[fam] == (fam in labs), (k, fam, f[fam], f)
    if "short_call" not in labs:
        assert duration >= 30.0, (k, duration)
    if "silence" not in labs:
        assert f["max_gap_other"] <= 4.0, (k, f["max_gap_other"])
    if "talk_over" not in labs:
        assert all(o <= 0.25 for o in f["overlaps"] if o > 0) or any(t[0] == "C!" for t in call["turns"]), (k, f)
    if "speech_rate" not in labs:
        assert all(3.0 <= x <= 6.3 for x in f["agent_rates"]), (k, f["agent_rates"])
    assert hangup(ref or segs) == ("hangup" in labs), (k, "hangup")
    if "hangup" in labs:
        assert "closing" in labs, k
    return f


def main() -> None:
    calls = parse(DATA1) + parse(DATA2) + parse(DATA3)
    keys = [c["key"] for c in calls]
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]
    for c in calls:
        assert ("hn" in c["flags"]) <= (not c["labels"]), c["key"]
        assert ("fast" in c["flags"] or "slow" in c["flags"]) == ("speech_rate" in c["labels"]), c["key"]
        assert ("short" in c["flags"]) == ("short_call" in c["labels"]), c["key"]
        assert (any(t[0] == "A!" for t in c["turns"])) == ("talk_over" in c["labels"]), c["key"]
        assert (any(t[0] == "gap" for t in c["turns"])) == ("silence" in c["labels"]), c["key"]
        if "late" in c["flags"]:
            assert "greeting" in c["labels"], c["key"]
    order = list(range(len(calls)))
    random.Random(SEED).shuffle(order)
    calls = [calls[i] for i in order]
    noisy_keys = set(random.Random(SEED + 1).sample(sorted(keys), round(NOISY_SHARE * len(calls))))
    cc = {"s2t": opencc.OpenCC("s2t"), "s2hk": opencc.OpenCC("s2hk")}
    idx = {"g": 0, "b": 0, "w": 0}
    rows, stats = [], {"short": [], "other_dur": [], "gaps": [], "holds": [], "other_gap": 0.0, "over": [],
                       "fast": [], "slow": [], "neg_rates": []}
    for i, c in enumerate(calls, 1):
        texts = [(kind, fill(c, text, idx)) for kind, text in c["turns"]]
        segs, duration = build_segments(c, texts)
        f = check(c, segs, duration)
        is_noisy = c["key"] in noisy_keys
        if is_noisy:
            r = rng_for(c["key"], "noise")
            mode = r.choice(["simp", "s2t", "simp", "s2hk"])
            nsegs = [dict(s, text=noisy(s["text"], r, mode, cc)) for s in segs]
            check(c, nsegs, duration, ref=segs)
            out_segs = nsegs
        else:
            out_segs = segs
        if "short_call" in c["labels"]:
            stats["short"].append(duration)
        else:
            stats["other_dur"].append(duration)
        stats["gaps"] += f["gaps"]
        stats["holds"] += f["holds"]
        stats["other_gap"] = max(stats["other_gap"], f["max_gap_other"])
        if "talk_over" in c["labels"]:
            stats["over"] += [o for o in f["overlaps"] if o >= 1.0]
        if "fast" in c["flags"]:
            stats["fast"].append(f["mean_rate"])
        elif "slow" in c["flags"]:
            stats["slow"].append(f["mean_rate"])
        else:
            stats["neg_rates"] += f["agent_rates"]
        rows.append({"call_id": f"W-{i:03d}", "labels": sorted(c["labels"]), "note": c["note"], "noise": is_noisy,
                     "duration": duration,
                     "metadata": {"writer": "W", "industry": c["industry"], "company": c["company"],
                                  "direction": c["dir"], "hard_negative": "hn" in c["flags"], "language": "zh",
                                  "sample_rate": 8000, "key": c["key"]},
                     "segments": out_segs})
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    per = {f: sum(f in r["labels"] for r in rows) for f in FAMILIES}
    rng = lambda xs: f"{min(xs):.2f}-{max(xs):.2f}" if xs else "-"
    print(len(rows), "calls; positives:", per, file=sys.stderr)
    print("label-free:", sum(not r["labels"] for r in rows), "hard negatives:",
          sum(r["metadata"]["hard_negative"] for r in rows), "noisy:", sum(r["noise"] for r in rows),
          "noisy hn:", sum(r["noise"] and r["metadata"]["hard_negative"] for r in rows),
          "multi-label:", sum(len(r["labels"]) >= 2 for r in rows),
          "outbound:", sum(r["metadata"]["direction"] == "outbound" for r in rows), file=sys.stderr)
    print("short", rng(stats["short"]), "others >=", f"{min(stats['other_dur']):.2f}", "gaps", rng(stats["gaps"]),
          "holds", rng(stats["holds"]), "other gaps <=", f"{stats['other_gap']:.2f}", "talk-over", rng(stats["over"]),
          "fast", rng(stats["fast"]), "slow", rng(stats["slow"]), "neg agent turns", rng(stats["neg_rates"]),
          file=sys.stderr)


DATA1 = """
# property management | 栖云物业 | 栖云
@ qy-leak-hn | in | - | hn | the neighbour's 神经病 and slammed door reported by the customer and read back while the leak is registered
A: {G}
C: 楼上漏水漏到我家天花板了，我上去敲门，那家人开门就骂我神经病，门一摔就不理了。
A: 真是抱歉让您受委屈了。邻居骂您神经病这个情况我记下了，漏水这块我们今天下午就派维修师傅先上楼查看，协调的事由管家出面。
C: 行，那你们快点，都滴到床上了。
A: 明白，师傅两点前到，到之前会先给您打电话。{B}

@ qy-parking | in | shirking,apology | - | occupied parking spot: 那你报警啊, no follow-up, no apology to an upset owner
A: {G}
C: 我的固定车位又被别人的车占了，这都第三回了，我每个月交着车位管理费呢！
A: 占车位那你报警啊，找交警贴条去，我们物业又不能把人家车拖走。
C: 你们收了管理费，出了事就让我自己报警？
A: 规定就是这样，我们没有执法权。还有别的事吗？
C: 没了。
A: 感谢来电，祝您生活愉快。

@ qy-gate-fee | in | tariff | - | new barrier parking fee: 先免费停着 / 不会很贵, no amount, no start
A: {G}
C: 听说小区要装新的道闸，以后外来车临时停车是不是要收钱了？收多少？从什么时候开始？
A: 您放心，现在还在试运行，先免费停着，具体的到时候会贴通知的。
C: 那到底多少钱一小时？
A: 不会很贵的，跟周边小区差不多，您先正常停就行。
C: 好吧。
A: {B}

@ qy-dog-mess | in | insult,apology | - | 闲得慌 / 就您事儿多 to an owner asking for more cleaning; protested, no apology
A: {G}
C: 我们单元门口天天有狗屎，你们保洁能不能一天多扫一次？
A: 保洁一天扫两次了，您是闲得慌天天盯着门口看吧？别的业主都没说啥，就您事儿多。
C: 你怎么跟业主说话的？我提个意见还提错了？
A: 意见我记下了。还有别的吗？
C: 没了！
A: 那行，感谢来电，祝您生活愉快。

@ qy-fee-hold | in | - | hn | hold announced with 稍等; the fee stated with amount and when it is collected
A: {G}
C: 我想问一下今年的物业费涨没涨，我家是三栋一单元五零二。
A: 好的，我帮您查一下，请您稍等。
.. hold
A: 感谢您的等待。您家面积是八十九平，今年物业费还是每平米两块二，每月一百九十五块八，明年一月一号开始按季度收。
C: 哦，没涨就好，那我月底去交。
A: 好的，交的时候带上门禁卡就行。{B}

@ qy-butler | in | colleague | - | the housekeeper colleague called 拖拖拉拉 / 说十遍都记不住; agent apologises and dispatches
A: {G}
C: 我上周跟你们管家小刘说过电梯有异响，到现在也没人来看。
A: 小刘那人您别指望，做事一向拖拖拉拉，跟他说十遍都不一定记得住。我这边直接给您派工单，今天下午工程部上门。
C: 哦，那行吧。
A: 给您添麻烦了，抱歉。工程部师傅到之前会先给您打电话。{B}

@ qy-water-short | in | short_call | short | a quick water-cut question, greeted and blessed
A: {G}
C: 今天几点停水？
A: 下午一点到四点，请提前储水。
C: 好，谢谢。
A: 不客气，祝您生活愉快。

# pet hospital | 萌爪宠物医院 | 萌爪
@ mz-vaccine-hn | in | - | hn | 您不知道也没事 (reassurance); 安乐死 said by the customer; polite name ask
A: {G}
C: 我家猫打过几针疫苗我自己都不知道了，本子也丢了，还能补吗？
A: 没关系的，您不知道也没事，医生会先查抗体再决定补几针。请问您怎么称呼？
C: 我姓韦。对了，我家还有只老狗，医生上次说实在不行只能安乐死，我心里挺难受的。
A: 韦女士，能理解您的心情。老年犬我们也有临终关怀门诊，您可以先带来让医生再评估一下，不一定要走到那一步。
C: 好，那我周六一起带过来。
A: 周六上午给您留了号。{B}

@ mz-ugly-dog | in | insult,apology,closing | - | the customer's dog mocked as ugly and the owner's care questioned; protested; 就这样吧
A: {G}
C: 我家狗在你们这洗完澡，回来身上起了一片红疹子，是不是你们用的沐浴露有问题？
A: 您家那狗本来皮肤就差，长得也就那样，起点疹子有什么大惊小怪的，您自己平时怎么养的心里没数吗？
C: 你这是什么态度？我花钱洗澡洗出病来了！
A: 那您带来看吧，挂号费照收。就这样吧。

@ mz-surgery | in | overpromise | - | 百分之百成功 / 保证这辈子都不会再堵
A: {G}
C: 我家猫尿道堵了，医生说要做手术，我就担心手术有风险。
A: 您放一百个心，我们院长做这个手术做了上千台，百分之百成功，做完以后保证这辈子都不会再堵。
C: 真的啊？那就好。费用大概多少？
A: 手术加住院三天一共四千二，手术当天缴费。请问您怎么称呼？
C: 我姓蒲。
A: 蒲先生，给您约明天上午九点。{B}

@ mz-rabbit | in | name_ask | - | booking: 你叫啥？手机号报一下
A: {G}
C: 我想给我家兔子约个绝育手术。
A: 行，你叫啥？手机号报一下。
C: 我叫祁玥，一三九零二二七四八八六。
A: 兔子几岁了？
C: 快一岁了。
A: 祁女士，给您约了周四下午两点，术前八小时禁食禁水。{B}

@ mz-checkup-hn | in | - | hn | 老毛病 / 查出病来 innocent; package price with the moment of payment
A: {G}
C: 你们那个宠物体检套餐多少钱？我家狗有点老毛病，心脏不太好。
A: 老年犬体检套餐是六百八，包含心脏彩超和血常规，当天检查完在前台结账，不预先收费。
C: 要是查出病来，治疗另算吧？
A: 是的，治疗费用医生会先跟您说明，您同意了才会产生。{B}

@ mz-lab-drawl | in | speech_rate,apology | slow | drawled answers to an owner upset about a late lab report; no apology
A: 您好——萌爪宠物医院——请问——有什么可以帮您——？
C: 我昨天抽血的化验单说今天上午出，现在都下午了还没出，我都等急了！
A: 嗯——我看一下——化验单——今天——下午——五点前——会出来的——
C: 上午说好的，怎么又拖到下午了？
A: 化验室——那边——排队的——比较多——出来了——会短信——通知您——
C: 行吧。
A: 感谢——您的来电——祝您——生活愉快——

@ mz-lost-cat | in | hangup,closing,apology | - | boarding cat lost; the agent leaves the customer's question unanswered
A: {G}
C: 我家猫寄养在你们那，今天去接说找不到了，你们到底怎么看的？
A: 寄养区那边在找了，找到会联系你。
C: 找到是什么时候？今天能不能给我个准话？
A: 等寄养区通知吧。
C: 那你们要是找不到怎么办？

# car rental | 途畅租车 | 途畅
@ tc-deposit-gloss | in | tariff | - | deposit: 到时候系统会自动处理 / 反正不会太多
A: {G}
C: 我周末想租一辆七座车，押金要多少？什么时候扣？
A: 押金这块您不用操心，到时候系统会自动处理的，我们租车很划算的。
C: 我是问具体多少钱。
A: 反正不会太多，您下单就能看到。
C: 那行吧，我看看。
A: {B}

@ tc-deposit-hn | in | - | hn | 死机 innocent, apology for the app; deposit with amount and the moment of pre-authorisation
A: {G}
C: 你们的APP一直死机，我想电话下单租车，押金多少，什么时候扣？
A: APP死机给您添麻烦了，抱歉。押金是三千元，取车的时候在信用卡上预授权冻结，还车后没有违章的话三十天内自动解冻。
C: 明白了，那帮我订周六早上九点，机场店。
A: 好的，请问您怎么称呼？
C: 我姓房。
A: 房先生，订单已经生成，短信稍后发到您手机上。{B}

@ tc-bumper | in | insult,closing | - | 您这驾照是买来的吧; customer lets it pass; 嗯，挂了
A: {G}
C: 我还车的时候后保险杠蹭了一下，你们要收我多少钱？
A: 倒个车都能蹭，您这驾照是买来的吧？按定损来，一般五百起，还车结算时从押金里扣。
C: 五百啊，行吧，我就是问问。
A: 嗯，挂了。

@ tc-convertible | in | overpromise | - | 保证给您留那台…绝对不会换车型
A: {G}
C: 我下个月去三亚，想租那款白色的敞篷车，能保证到时候有车吗？
A: 能，您放心，我保证给您留那台，到时候就算别的客人先到也是您的，绝对不会换车型。
C: 那太好了，多少钱一天？
A: 八百八一天，押金五千，取车时预授权，下单的时候付首日租金。
C: 行，我回头下单。
A: {B}

@ tc-warning-light | in | talk_over,apology | - | cuts in twice on a worried driver; no apology for the rental car's fault
A: {G}
C: 我租的车在高速上仪表盘亮了一个黄灯，我靠边停了，现在也不敢开，心里很慌。
A!: 黄灯一般是提示，您先别慌。
C: 可是还有嘀嘀嘀的响声，我怕是发动机出问题，万一开到一半熄火了怎么办？
A!: 可能是胎压提示，您先开到下一个服务区停稳看看。
C: 你们就不能派人来看一下吗？
A: 可以，我给您登记道路救援，师傅一小时内联系您。{B}

@ tc-ticket | in | shirking | - | traffic ticket during the rental: 自己去交警队问, 调不了
A: {G}
C: 我收到短信说我租车期间有个违章，但我那天根本没开到那条路，能帮我查一下吗？
A: 违章是交警系统出的，跟我们租车公司没关系，你有疑问自己去交警队问。
C: 那你们这边不能帮我调一下车辆定位吗？
A: 调不了，我们这边管不了违章。
C: 好吧。
A: 感谢您的来电，祝您一路顺风。

# government service hotline | 江城市民服务热线 | 江城热线
@ jc-bbq-hn | in | - | hn | the stall owner's 滚 / 去死 reported and read back; 我不是要投诉谁
A: {G}
C: 我想反映一下，楼下烧烤摊每天开到凌晨两点，我下去说了一句，老板叫我滚，还说让我去死。我不是要投诉谁，就想让这事有人管管。
A: 明白，辛苦您了，大半夜还被这样说，确实让人生气。老板说让您滚、让您去死这些话我都如实记录，工单今天会转给街道和城管，三个工作日内给您回复。
C: 好的，谢谢。
A: {B}

@ jc-lift-subsidy | in | forbidden | - | 问我我问谁啊 as the answer
A: {G}
C: 我想问一下，今年老旧小区加装电梯的补贴，申请截止是几号？
A: 截止日期啊，问我我问谁啊？文件上写了，您自己看呗。
C: 文件在哪看？
A: 住建局网站上有，政策都在那里。
C: 好吧。
A: 感谢您的来电，祝您生活愉快。

@ jc-transfer-hn | in | - | hn | warm transfer to the medical-insurance line announced with 稍等; the colleague introduces herself and closes
A: {G}
C: 我想咨询医保异地备案怎么办。
A: 医保异地备案由医保专线负责，我现在帮您转接过去，请您不要挂机，稍等。
.. hold
A: 您好，我是医保专线的小温，刚才同事已经把情况转过来了，您是要办理异地长期居住备案对吧？
C: 对，我搬到外地跟儿子住了。
A: 您在手机上搜索国家医保服务平台，点异地备案，上传居住证明就可以，一般三个工作日审核完。{B}

@ jc-pension | in | silence,apology | - | unannounced 13-16 s gap; late pension, upset caller never hears an apology
A: {G}
C: 我父亲的养老金这个月到现在还没到账，往常五号就到了，今天都十二号了。
A: 您报一下老人的身份证号。
C: 三四零一零二一九五零零三一五二零一二。
.. gap
C: 喂？还在吗？
A: 在。查到了，是银行那边退回了，需要去社保窗口重新登记一下银行卡。
C: 怎么不早通知我们，老人家就靠这点钱。
A: 您带上老人身份证和银行卡去就行，当天能办好。{B}

@ jc-streetlamp | in | greeting | late | nobody answers for 3 s, the caller says 喂 first, then 在，您说
C: 喂？喂？有人吗？
A: 在，您说。
C: 我家门口的路灯坏了一个礼拜了，晚上黑乎乎的。
A: 请问具体位置是？
C: 和平路和建设路交叉口往北一百米。
A: 已经登记，会转给市政部门，三个工作日内安排维修，处理结果会短信告诉您。{B}

@ jc-bins-hn | in | - | hn | 我不太清楚您说的是哪个小区 as a clarifying question; 垃圾分类 innocent
A: {G}
C: 我想反映一下我们小区垃圾分类的桶太少了。
A: 好的，我不太清楚您说的是哪个小区，您是在哪个街道呢？请问您怎么称呼？
C: 我姓闻，是东湖街道的青松苑。
A: 闻先生，青松苑垃圾分类桶不够的问题已经记录，会转给街道环卫所，五个工作日内回复您。{B}

# gym | 燃力健身 | 燃力
@ rl-lazy | in | insult,apology | - | 就您那体格 / 天生就是懒 to a member asking to transfer a card; protested
A: {G}
C: 我办了年卡三个月了，想问一下能不能转让给别人，我实在坚持不下去。
A: 就您那体格，三个月就放弃了？难怪练不瘦，有的人吧天生就是懒，转给别人也是浪费。
C: 你说谁懒呢？我问转让，你扯这些干什么？
A: 转让要交两百手续费，到门店办。
C: 行。
A: 感谢来电，祝您生活愉快。

@ rl-renewal | out | tariff | - | outbound renewal: price left for the store, 先开上再说, auto-renewal unanswered
A: 您好，我是燃力健身的会籍顾问小鲁，看到您的年卡快到期了，给您打个电话介绍一下续卡活动。
C: 哦，续卡多少钱？
A: 现在续卡送十二节私教，很划算的，具体价格到店里再跟您细说，先给您把名额留上。
C: 我就想知道多少钱，还有是不是自动续费？
A: 价格比外面便宜多了，先开上再说，后面的都好商量。
C: 那我考虑一下吧。
A: 好的，不打扰您了，祝您生活愉快，再见。

@ rl-freeze | in | filler | - | 啊 / 那个 / 就是 tics throughout
A: {G}
C: 我想冻结一下会员卡，我下个月要出差。
A: 啊，那个，冻卡是吧，就是，那个您可以在小程序上，就是那个会员中心，啊，点冻结就行。
C: 最长能冻多久？
A: 那个，就是一年可以冻两次，啊，每次最多三十天，那个不收费的。
C: 好的。
A: 那个，感谢您的来电，祝您工作顺心。

@ rl-timetable | in | speech_rate | fast | the class timetable rattled off at 8+ chars/s
A: {G}
C: 你好，我想问问你们周末有什么团课。
A: 周六上午九点动感单车十点半普拉提下午两点搏击操四点瑜伽周日上午九点半杠铃操十一点尊巴下午三点核心训练。
C: 太快了，没记住，普拉提是几点？
A: 周六上午十点半普拉提需要提前一天在小程序上预约名额满了就约不上了。
C: 好的，谢谢。
A: 不客气祝您健身愉快再见。

@ rl-runaway-hn | in | - | hn | the customer calls another gym's owners 骗子; sympathy; refund terms stated
A: {G}
C: 我之前在另一家健身房办卡，结果老板跑路了，全是骗子。你们这儿要是不想练了能退吗？
A: 遇到这种事真是太糟心了，您别担心。我们开卡七天内无理由全额退，七天后按剩余天数退，扣百分之十手续费，合同上都写明了。
C: 那还挺规范的。
A: 您可以先来免费体验一次再决定。{B}

@ rl-coach-noshow | in | complaint,apology | - | coach missed two sessions; 去消协投诉; no apology
A: {G}
C: 我约的私教课，教练连续两次没来，也没人通知我，我白跑两趟！
A: 教练临时有事请假了，系统没来得及通知。
C: 没来得及？两次都没来得及？我要去消协投诉你们！
A: 您要投诉也可以，我这边登记一下，门店经理会给您回电。
C: 尽快！
A: 感谢您的来电，祝您生活愉快。

# recruitment | 聘达招聘 | 聘达
@ pd-offer | in | overpromise | - | 大厂offer包拿到，拿不到我个人赔
A: {G}
C: 我在你们平台买了那个简历优化加内推的套餐，能保证拿到面试吗？
A: 肯定能，买了我们的内推套餐，大厂offer包拿到，拿不到我个人赔给您。
C: 这么厉害？
A: 对，已经帮好多人进了。您的套餐已经付过了，后续顾问一天内联系您。
C: 好的。
A: {B}

@ pd-training-fee | in | shirking,apology | - | a job ad asking for 八百培训费: 你去找那家企业; 我们管不了
A: {G}
C: 我在你们平台上投了一个岗位，去了才发现要先交八百培训费，这不是骗人吗？
A: 岗位是企业自己发的，你去找那家企业要钱，我们平台只是个发布信息的。
C: 那你们审核是干什么的？
A: 我们管不了企业怎么招人。
C: 行吧。
A: 感谢您的来电，祝您求职顺利。

@ pd-invite-hn | out | - | hn | outbound interview invitation with company, name and purpose; the customer's 还不清楚
A: 您好，我是聘达招聘的顾问小甘，您前天投递了星海物流的仓储主管岗位，现在方便说两句吗？
C: 方便，您说。
A: 企业想约您周三下午两点面试。我核对一下，请问您是乔先生吗？
C: 对，我是乔铭。面试地址在哪我还不清楚。
A: 乔先生，地址在高新区科技路十八号三楼，我稍后把地址和联系人电话一起短信发给您。
C: 好的，谢谢。
A: 不客气，祝您面试顺利，再见。

@ pd-diploma | in | insult,apology | - | 学历就初中…自己也不掂量掂量; protested
A: {G}
C: 我投了二十多份简历了，怎么一个回复都没有？
A: 您学历就初中，还投这些要本科的岗位，自己也不掂量掂量，人家HR看都懒得看。
C: 你什么意思？看不起人是吧？
A: 我是实话实说。建议您投一些普工岗位。
C: 你们就是这么服务的。
A: 感谢来电，祝您求职顺利。

@ pd-vip-hn | in | - | hn | the customer's 我不太明白; membership fee with amount and charging day
A: {G}
C: 我看你们那个会员我不太明白，开了以后是每个月扣钱吗？
A: 是的，会员首月九块九，从第二个月开始每月三十元，在开通日同一天自动扣费，您随时可以在设置里关闭自动续费。
C: 懂了，我先不开了。
A: 没问题。{B}

# freight | 顺远货运 | 顺远
@ sy-ltl | in | forbidden | - | 你说的啥我听不懂 / 你自己想好了再打过来
A: {G}
C: 我要发一批货到乌鲁木齐，大概两方多，木箱的，还有几个散件，可能要拼车，也可能整车，看价格。
A: 你说的啥我听不懂，到底是整车还是零担？你自己想好了再打过来。
C: 我就是想问两种价格都多少。
A: 零担一方三百五，整车九米六的六千八，装货时付一半，到了付一半。
C: 好，我考虑一下。
A: 感谢来电，祝您生意兴隆。

@ sy-seafood | in | overpromise | - | 后天上午十点之前保证到…路上堵车也不影响
A: {G}
C: 我有一批冷链海鲜要发到成都，最晚后天中午要到，来得及吗？
A: 来得及，您交给我们，后天上午十点之前保证到，晚一个小时我们全额退运费，路上堵车也不影响。
C: 那太好了。运费怎么收？
A: 按吨算，一吨九百，发车前付清。请问您怎么称呼？
C: 我姓詹。
A: 詹老板，司机今晚八点上门装货。{B}

@ sy-vases-hn | in | - | hn | the customer asks whether the driver is 瞎了; agent apologises and starts a claim
A: {G}
C: 我的货到了，箱子被压扁了，里面三个花瓶碎了两个，你们那司机是瞎了吗，装车都不看！
A: 非常抱歉，货物损坏是我们的责任。您先拍照留底，我这边马上给您登记理赔，保价的货按保价金额赔，三个工作日内到账。
C: 保了价的，一共两千。
A: 好的，我给您加急处理，再次向您道歉。{B}

@ sy-dispatcher | in | colleague,apology | - | 调度那个老周就是个糊涂蛋; a late truck and no apology
A: {G}
C: 我订的车说好下午两点来装货，现在四点了还没来，工人都在这干等着！
A: 调度那个老周就是个糊涂蛋，天天排错车，我都替他丢人。我现在催一下司机。
C: 你们内部的事我不管，我就要车赶紧来！
A: 司机说半小时到。{B}

@ sy-sunday-short | in | short_call | short | Sunday pickup hours
A: {G}
C: 你们周日收货吗？
A: 收的，早八点到晚六点。
C: 好嘞。
A: 感谢来电，祝您顺利。

# pharmacy | 康济大药房 | 康济
@ kj-unused-hn | in | - | hn | 去世 said by the customer; condolences; unused medicine cannot be returned but a disposal route is given
A: {G}
C: 我父亲上个月去世了，家里还剩几盒没拆封的药，能退吗？
A: 请您节哀。药品售出后按规定是不能退的，不过没拆封的药可以放到我们门店的回收箱做无害化处理，您也可以问问社区有没有药品回收点。
C: 好，我知道了。
A: 辛苦您跑一趟。{B}

@ kj-interaction | in | forbidden,shirking | - | 这个我不清楚 / 您自己去医院问医生吧
A: {G}
C: 我买的这个感冒药跟我平时吃的降压药能一起吃吗？
A: 这个我不清楚，您自己看说明书吧。
C: 说明书上没写啊，你们不是有药师吗？
A: 药师的事我管不了，您自己去医院问医生吧。
C: 好吧。
A: 感谢来电，祝您早日康复。

@ kj-nail-hn | in | - | hn | hedged: 一般…不能给您保证一定能根治; price with the moment of payment
A: {G}
C: 你们那个治灰指甲的药膏，用多久能好啊？
A: 一般坚持涂三个月左右会有明显改善，不过每个人情况不一样，我们不能给您保证一定能根治，严重的话建议您去皮肤科看看。
C: 行，那我先买一支试试。
A: 一支五十八元，下单时付款，今天下午发货。{B}

@ kj-prescription | in | name_ask | - | 你姓什么？ / 全名呢？
A: {G}
C: 我要订两盒处方药，医院开了方子的。
A: 处方拍照发过来，你姓什么？
C: 我姓晏。
A: 全名呢？
C: 晏秋池。
A: 晏女士，药师审完方今天下午发货，货到付款。{B}

@ kj-delivery-fee | in | tariff | - | delivery fee: 很便宜的 / 到时候系统会算 / 跟外卖差不多
A: {G}
C: 我想在你们这买药送到家，送药费怎么收？晚上送要不要加钱？
A: 送药费很便宜的，不用担心，晚上也能送，到时候系统会算。
C: 大概多少？
A: 跟外卖差不多吧，您下单就知道了。
C: 哦。
A: {B}

@ kj-fever | in | talk_over | - | cuts in twice on a calm mother asking about a child's dose
A: {G}
C: 我女儿三岁，昨天晚上开始发烧三十八度五，我想问问那个儿童退烧药要怎么吃，按体重还是按年龄？
A!: 按体重，说明书上有表。
C: 她现在十四公斤，说明书上的表我看不太懂，是一次五毫升还是七毫升？
A!: 十四公斤一次五毫升，间隔四到六个小时。
C: 好，谢谢你。
A: 不客气，要是烧一直不退请及时就医，祝宝宝早日康复。

# wedding planning | 喜匠婚礼策划 | 喜匠
@ xj-sister-hn | in | - | hn | a past complaint mentioned as settled; 我今天不是要投诉; polite name ask
A: {G}
C: 上次我投诉过场地布置的问题，后来你们经理亲自上门解决了，挺满意的。我今天不是要投诉，是想再订一场我妹妹的。
A: 非常感谢您的信任，上次给您带来不便也再次说声抱歉。请问您妹妹的婚期定在哪天呢？
C: 明年五月二号。
A: 五月二号还有档期，我先给您预留，策划师明天给您打电话。请问您妹妹怎么称呼？
C: 她叫褚晴。
A: 已经帮褚小姐预留上了。{B}

@ xj-lawn | in | overpromise | - | 保证那天大晴天 / 保证一滴都淋不到
A: {G}
C: 我们想办户外草坪婚礼，但是担心那天下雨。
A: 不会下雨的，我们选的都是好日子，保证那天大晴天，就算下雨我们也保证一滴都淋不到客人。
C: 真的吗？那挺好。
A: 您放心，户外套餐两万八，签合同时付三成定金。{B}

@ xj-budget | in | insult,apology,closing | - | 没钱就去民政局领个证得了; protested; 要订就订，不订算了
A: {G}
C: 我预算只有一万五，想问问能办个什么样的婚礼。
A: 一万五？现在谁家结婚一万五啊，没钱就去民政局领个证得了，还办什么婚礼。
C: 你这人怎么这样说话？
A: 我说的是实话。那你要订就订，不订算了。

@ xj-venue-hold | in | - | hn | hold announced with 稍候; the venue checked and kept
A: {G}
C: 我想问一下十月一号你们合作的那家湖边酒店还有没有档期。
A: 好的，我查一下档期，请您稍候。
.. hold
A: 让您久等了，十月一号那家湖边酒店的晚宴厅已经订出去了，午宴厅还空着，可以坐二十桌。
C: 午宴也行，先帮我留一下。
A: 没问题，帮您保留三天，三天内交定金就锁定。{B}

# home appliance repair | 修立方家电维修 | 修立方
@ xlf-drum-hn | in | - | hn | 滚筒 innocent; visit fee with amount and when; quote before repair; polite name
A: {G}
C: 我家滚筒洗衣机甩干的时候响得厉害，上门看一下要多少钱？
A: 上门检测费是五十元，师傅检查完再收；如果在我们这维修，检测费就免了，配件和工时师傅会先报价，您同意了才修。
C: 那行，约明天上午吧。要准备什么吗？
A: 不用，您在家就行。请问您怎么称呼？
C: 我姓屠。
A: 屠先生，明天上午十点到十二点师傅上门。{B}

@ xlf-fridge | in | shirking,apology | - | a fridge failing again five days after repair: 这你得找厂家售后去
A: {G}
C: 你们上周修的冰箱，才用了五天又不制冷了，我一冰箱菜都坏了！
A: 那可能是压缩机本身的问题，这你得找厂家售后去，我们只是修理。
C: 你们修的时候不是说修好了吗？
A: 修的时候是好的。您找厂家吧。
C: 行，我自己想办法。
A: 感谢您的来电，祝您生活愉快。

@ xlf-remote | in | filler | - | 呀 / 这个 tics
A: {G}
C: 我家空调遥控器按了没反应，空调也不转，你们能来修吗？
A: 呀，这个，这个您先看看电池呀，这个遥控器没电也是常有的，呀，这个插头也看一下。
C: 都看了，换了电池也不行。
A: 这个，那就得师傅上门了呀，这个上门检测费是五十，修的话另算。请问您怎么称呼？
C: 我姓仇。
A: 仇先生，明天下午师傅上门，祝您生活愉快。

@ xlf-motor | in | hangup,closing,apology | - | a replaced motor failing in three months; 等排单吧; question left hanging
A: {G}
C: 你们换的那个电机，说保修一年，现在三个月就坏了，怎么算？
A: 保修只保电机，别的不保。
C: 就是电机坏了啊，那你们什么时候来修？
A: 等排单吧。
C: 排单要排多久？能给个时间吗？

# driving school | 驰骋驾校 | 驰骋
@ cc-wate | in | insult,apology | - | Shanghainese 侬脑子瓦特了伐; protested
A: {G}
C: 我科目二考了三次都没过，你们教练也不怎么教，能不能换个教练？
A: 侬脑子瓦特了伐？三次都过不了还怪教练，换谁教都一样。
C: 你什么意思啊？我交了钱的！
A: 换教练要交三百，到前台办。
C: 行了行了。
A: 感谢来电，祝您考试顺利。

@ cc-weekend | in | colleague | - | 王教练…就是混日子的，教得稀里糊涂
A: {G}
C: 我想问问能不能换到周末的班，我平时要上班。
A: 可以的。周末班是王教练带，说实话那人就是混日子的，教得稀里糊涂，您最好别选他，选周六上午李教练的。
C: 哦，那就李教练吧。
A: 已经给您换到周六上午了。{B}

@ cc-signup-hn | in | - | hn | the customer's 你这话什么意思 answered calmly; 您贵姓; fee with amount and moment
A: {G}
C: 我想报名学C1，请问现在报名要等多久才能考试？
A: 现在报名的话，科目一一般两周内能约上，整个拿证大概三到四个月，看您练车的时间。请问您贵姓？
C: 姓邰。你说看我练车时间，你这话什么意思，是说我要是没空就拿不到证？
A: 邰先生，不是这个意思，是说您练车越勤快，拿证就越快。学费是四千二，报名时一次付清，后面没有其他费用。
C: 哦，明白了。
A: {B}

@ cc-baoguo | in | overpromise,complaint,apology | - | 保证您这个月拿证 to a caller threatening 一二三四五; no apology
A: {G}
C: 报名的时候你们说包过，结果我挂了两次，补考费都是自己掏的，我要打一二三四五投诉你们。
A: 我们是包过啊，一次不过就两次，两次不过就三次，总能过的，保证您这个月拿证。
C: 你别跟我扯，补考费你们退不退？
A: 补考费是车管所收的，退不了。
C: 那我就投诉。
A: 感谢您的来电，祝您生活愉快。

# elderly care | 颐年养老院 | 颐年
@ yn-memory-hn | in | - | hn | the customer's 老糊涂了 about her mother; 不知道…也没关系 reassurance; fee with amount and moment
A: {G}
C: 我妈最近有点老糊涂了，自己吃没吃药都不知道，你们那能照顾这种老人吗？
A: 能理解您的担心。我们有专门的认知照护区，护理员会按时发药、记录，老人自己不知道吃没吃过也没关系，都有人盯着。
C: 费用怎么算？
A: 认知照护区每月六千五，入住当天交首月和一个月押金，以后每月一号交。请问您怎么称呼？
C: 我姓冉。
A: 冉女士，您可以这周末先来参观一下。{B}

@ yn-bed-gap | in | silence | - | an unannounced gap before the bed answer; calm caller
A: {G}
C: 我想问问你们现在还有双人间的床位吗？
A: 您要几月份入住？
C: 下个月中旬。
.. gap
C: 喂？
A: 有的，双人间还剩两个床位，每月四千八，入住时交首月费用。{B}

@ yn-quilt | in | forbidden,apology | - | the agent's 你这话什么意思？…你还嫌不够？ to a daughter raising unwashed bedding
A: {G}
C: 我爸在你们那住了半年，上次去看他发现被子好久没洗了，你们护工是不是太忙了顾不过来？
A: 你这话什么意思？我们护工一天到晚忙得脚不沾地，你还嫌不够？
C: 我就是问问，被子确实有味道了。
A: 我跟楼层说一下，明天给换。
C: 好。
A: 感谢您的反馈，祝您生活愉快。
"""

DATA2 = """
# laundry | 洁衣坊洗衣 | 洁衣坊
@ jx-wei-open | in | greeting | - | opens 喂，洁衣坊，说。 then books a pickup correctly
A: 喂，洁衣坊，说。
C: 我想约个上门取衣服，有两件羽绒服一件大衣。
A: 可以的，请问您怎么称呼？地址是哪里？
C: 我姓鲍，住在金桂园七栋。
A: 鲍女士，明天上午十点到十二点上门取件，羽绒服一件三十五，大衣四十，取件时不收钱，洗好送回来再付。
C: 好的。
A: {B}

@ jx-shrunk | in | complaint,apology,colleague | - | a shrunk sweater; 找你们店长 / 投诉; the front-desk colleague blamed; no apology
A: {G}
C: 我送洗的羊毛衫拿回来缩了一大圈，根本穿不了，我要投诉，让你们店长给我打电话！
A: 前台那小姑娘收衣服从来不看标签，毛衫她也往水洗里扔，我们也拿她没办法。
C: 那是你们店里的事，我的衣服怎么办？
A: 我给您登记，店长明天联系您谈赔偿。{B}

@ jx-hours-short | in | short_call | short | opening hours
A: {G}
C: 你们几点关门？
A: 晚上九点。
C: 好，谢了。
A: 不客气，祝您生活愉快。

@ jx-stain-hn | in | - | hn | hedged: 尽量处理，不能保证百分之百洗掉; price and moment of payment
A: {G}
C: 我一件白衬衫上面沾了火锅油，能洗干净吗？
A: 油渍我们会用专门的去渍剂尽量处理，时间久了的话不能保证百分之百洗掉，洗之前师傅会先看一下再跟您确认。
C: 行，洗一件多少钱？
A: 衬衫一件十八元，去渍不另外收费，取衣服的时候付款。{B}

@ jx-curtains | in | filler | - | 这个 / 那个 / 就是说 tics
A: {G}
C: 我家窗帘想拿去洗，能上门拆吗？
A: 这个，就是说，那个拆窗帘的话，这个我们是可以上门的，那个，就是说要加一个拆装费。
C: 拆装费多少？什么时候付？
A: 那个，就是说一米五块钱，这个装回去以后再付。
C: 好的，那约周六吧。
A: 好的，周六上午师傅上门，感谢您的来电，祝您周末愉快。

# shared e-bike | 骑迹电单车 | 骑迹
@ qj-nopark-out | out | greeting,tariff | - | outbound opens 喂，是孙女士吧 without the company; 调度费 glossed as 不多的 / 系统会自动扣
A: 喂，是孙女士吧？您昨天骑的那辆车停在禁停区了。
C: 我停在路边的，那要收钱吗？收多少？
A: 会有一点调度费，不多的，系统会自动从您账户里扣。
C: 到底多少？什么时候扣？
A: 不多，您下次注意一下停车点就行。感谢您的配合，祝您生活愉快。

@ qj-flat-battery | in | hangup,closing,apology,shirking | - | battery died mid-ride and was still charged: 那你推着走呗; the question left hanging
A: {G}
C: 你们的电单车骑到一半没电了，我推了两公里，还扣了我十块钱，能退吗？
A: 没电了那你推着走呗，扣的钱退不了，我们这边管不了计费。
C: 是你们车没电，凭什么扣我钱？你们到底管不管？

@ qj-deposit-hn | in | - | hn | 滚动 innocent; deposit refund with amount and the day it arrives
A: {G}
C: APP首页滚动的那个免押金活动，我之前交的九十九押金能退吗？
A: 可以的，您在钱包里点退押金，九十九元原路退回，一到三个工作日到账，退了以后也可以继续免押骑行。
C: 好的，我去试试。
A: {B}

@ qj-helmet | in | talk_over | - | cuts in twice on a calm rider describing the helmet lock
A: {G}
C: 我刚才还车的时候头盔锁扣不上，怎么都扣不进去，APP一直提示头盔未归还，我已经试了好几次了。
A!: 您把头盔带子塞进去再扣。
C: 带子塞进去了，还是不行，我现在站在车旁边，要不你们远程帮我看一下？
A!: 好，我这边远程给您结束订单，不会额外扣费。
C: 那就好，谢谢。
A: {B}

@ qj-drawl | in | speech_rate | slow | drawled explanation of a monthly card to a calm rider
A: 您好——骑迹电单车——请问——有什么——可以帮您——？
C: 我想买那个月卡，划不划算？
A: 月卡——三十元——一个月——每天——前两次——骑行——免费——
C: 到期会自动续吗？
A: 不会的——到期——就停了——需要的话——您再买——
C: 行，谢谢。
A: 好的——感谢——您的来电——祝您——一路顺风——

# photo studio | 光影写真馆 | 光影
@ gy-late | in | greeting | late | nobody answers, the customer calls 喂？你好？ first; 哎，您说
C: 喂？你好？
A: 哎，您说。
C: 我上周拍的全家福，什么时候能取？
A: 请问您留的是哪个手机号？
C: 一三六五五八二一零七三。
A: 查到了，相册已经做好了，您这周随时可以来店里取。{B}

@ gy-hanpi | in | insult,apology | - | Sichuanese 你个憨批 to a customer whose eyes were closed in the photos; protested
A: {G}
C: 我拍的证件照眼睛是闭着的，能不能重拍一下？
A: 你个憨批，拍的时候自己眨眼睛怪哪个嘛？当时给你看了你说可以的。
C: 你怎么骂人呢？我就想重拍一下。
A: 重拍收二十，来了再说。
C: 行。
A: 感谢来电，祝您生活愉快。

@ gy-retouch | in | tariff | - | 精修 extra fee: 看情况 / 到时候再说 / 反正不贵
A: {G}
C: 我订了你们的写真套餐，精修要另外加钱吗？加多少？
A: 精修那个看情况，到时候再说，反正不贵，您先来拍。
C: 我想先知道大概多少。
A: 放心，拍完选片的时候摄影师会说的，很多人都加。
C: 那好吧。
A: {B}

@ gy-selfdoubt-hn | in | - | hn | the customer calls herself 丑; reassurance; 您怎么称呼; package price with the moment of payment
A: {G}
C: 我长得丑，又胖，拍出来肯定难看，你们能拍好吗？
A: 您别这么说，我们的摄影师很会引导姿势，化妆师也会根据您的脸型来设计，很多顾客拍完都特别满意。请问您怎么称呼？
C: 我姓宫。
A: 宫女士，单人写真套餐六百九十九，含两套服装和十张精修，预约时付两百定金，拍完付尾款。
C: 那我约周日吧。
A: 周日下午两点给您约上了。{B}

@ gy-name | in | name_ask | - | 姓啥？叫啥？ for a booking
A: {G}
C: 我想给孩子约个周岁照。
A: 姓啥？叫啥？孩子几月生的？
C: 我姓牛，叫牛思远，孩子是三月的。
A: 牛先生，周岁照套餐五百九十九，拍摄当天付款，给您约在三月十六号上午。
C: 好。
A: {B}

@ gy-star | in | overpromise | - | 保证拍出来跟明星一样 / 不满意全额退
A: {G}
C: 我想拍一套婚纱照，但是我特别不上相，拍出来会不会很丑？
A: 不会的，我们的摄影师保证把您拍得跟明星一样，拍出来您要是不满意，全套免费重拍，还全额退款。
C: 真的假的？
A: 真的，我们说到做到。婚纱照套餐三千九，签约时付一千定金。
C: 好，我考虑一下。
A: {B}

# home renovation | 匠心装修 | 匠心
@ jxz-leak | in | complaint | - | a leaking bathroom; 去住建局投诉 / 网上曝光; agent apologises and sends the team
A: {G}
C: 你们做的卫生间防水，才半年楼下就说漏水了，你们不给解决我就去住建局投诉，还要在网上曝光你们！
A: 非常抱歉给您添了这么大的麻烦，防水在质保期内，我们负责到底。明天上午项目经理带人上门做闭水试验，查到问题免费返工，楼下的损失我们来协商。
C: 你们最好说到做到。
A: 明白，我会跟进到处理完，每天给您回个电话。{B}

@ jxz-designer | in | colleague | - | 设计师小马就是个半吊子; agent apologises and re-draws
A: {G}
C: 我家图纸上的插座位置全画错了，柜子装好了插座被挡住了。
A: 实在抱歉。那个设计师小马就是个半吊子，画图从来不上心，出错一点都不奇怪。我安排主任设计师明天上门重新量，改动的费用我们承担。
C: 好吧，尽快。
A: 明天上午就到。{B}

@ jxz-progress-gap | in | silence | - | unannounced gap while the agent looks up the schedule; calm caller
A: {G}
C: 我家的装修现在进行到哪一步了？我好久没去工地了。
A: 您报一下合同编号。
C: 二零二六零九一八零三。
.. gap
C: 喂？您还在吗？
A: 在的，您家现在在做木工，下周开始刷墙漆，月底可以做保洁。{B}

@ jxz-when-done | in | forbidden | - | 谁知道呢，工人的事 as the answer about the finish date
A: {G}
C: 我想问一下我家什么时候能完工？我还得安排搬家。
A: 谁知道呢，工人的事，他们干得快就早点完呗。
C: 那你能帮我问一下工长吗？
A: 行，问到了给您回电话。
C: 好。
A: {B}

@ jxz-formaldehyde-hn | in | - | hn | hedged: 不能保证零甲醛 but E0 boards and a free test
A: {G}
C: 家里有孩子，我特别担心甲醛，你们能保证装完没甲醛吗？
A: 理解您的担心。完全零甲醛我们不能给您打包票，不过我们用的都是E0级板材，完工后免费给您做一次空气检测，不达标免费治理。
C: 那还行。检测要另外约吗？
A: 不用，完工后项目经理会主动联系您约时间。{B}

@ jxz-quote-fast | in | speech_rate | fast | a renovation quote rattled off at 8+ chars/s
A: {G}
C: 我家九十平的老房子想翻新，大概要多少钱？
A: 九十平半包大概八万左右全包十二万起水电改造另算一米八十防水一平五十开工前付三成中期付四成完工付三成。
C: 你说慢点，全包是多少？
A: 全包十二万起看您选的材料档次可以先免费上门量房再出详细报价。
C: 那先约个量房吧。
A: 好的明天下午设计师上门量房祝您生活愉快。

# early education | 小橡树早教中心 | 小橡树
@ xxs-bite-hn | in | - | hn | another parent's 你家孩子就是个傻子 reported and read back; apology and follow-up
A: {G}
C: 今天上课的时候别的小朋友咬了我儿子，我去问那个家长，她还说你家孩子就是个傻子，站着让人咬。
A: 真的非常抱歉，孩子在课上被咬是我们看护不到位。那位家长说您孩子是傻子的话我也记下了，这种说法确实太伤人。老师今天会联系双方家长，孩子的伤口如果需要就医，费用由我们先承担。
C: 好，谢谢你们重视。
A: {B}

@ xxs-trial | in | name_ask | - | 孩子叫什么？你叫啥？ for a trial class
A: {G}
C: 我想给孩子约个体验课，孩子两岁半。
A: 孩子叫什么？你叫啥？
C: 孩子叫林朵朵，我是她妈妈，姓林。
A: 林女士，周六上午十点的体验课，免费的，提前十分钟到。
C: 好的。
A: {B}

@ xxs-schedule | in | filler | - | 嗯那个 / 就是 / 然后呢 tics
A: {G}
C: 我想问问下学期的课表出来了没有？
A: 嗯，那个，就是，课表呢，然后呢，那个下周一，就是会发到家长群里。
C: 那周末班还有位置吗？
A: 那个，就是周六上午，嗯，那个还有三个位置，然后呢，就是您要的话我先给您登记。
C: 好，帮我登记一下。
A: 那个，已经给您登记了，感谢您的来电，祝您生活愉快。

@ xxs-short | in | short_call | short | parking question
A: {G}
C: 你们那能停车吗？
A: 能，地下车库免费两小时。
C: 好的。
A: 感谢来电，祝您愉快。

@ xxs-cut-off | in | closing | - | 没事了吧？没事挂了。 as the last word
A: {G}
C: 我想把孩子周三的课调到周四。
A: 可以，周四下午四点那节有位置，给您调过去了。
C: 好的，那周三就不用去了吧？
A: 对，周三不用来。没事了吧？没事挂了。

@ xxs-english | in | overpromise | - | 保证三个月开口说英语，说不了全额退
A: {G}
C: 我家孩子四岁，想学英语，你们那个外教课效果怎么样？
A: 效果非常好，我们保证孩子三个月就能开口说英语，半年就能跟外教自由对话，做不到全额退款。
C: 这么快？那学费多少？
A: 一学期四十八节课九千六，报名时一次性交。
C: 我再想想。
A: {B}

# property management | 栖云物业 | 栖云
@ qy-lift-gap | in | silence | - | an unannounced gap while the agent checks the lift repair; the agent apologises
A: {G}
C: 我们八栋的电梯停了两天了，什么时候能修好？我家老人下不了楼。
A: 实在抱歉给您家带来不便，我看一下维保记录。
C: 好。
.. gap
C: 喂？
A: 在的，配件今天下午到，明天中午之前恢复运行，这两天需要搬东西的话可以联系管家帮忙。{B}

@ qy-reno-noise | in | forbidden | - | 那我哪知道啊 about the neighbour's renovation hours
A: {G}
C: 隔壁在装修，每天早上七点就开始砸墙，你们规定的施工时间是几点开始？
A: 那我哪知道啊，装修公司自己定的吧。
C: 你们物业不管这个的吗？
A: 管，规定是八点以后，我让管家去提醒他们。
C: 好。
A: {B}

# pet hospital | 萌爪宠物医院 | 萌爪
@ mz-cremation-hn | in | - | hn | 走了 / 死 / 火化 said calmly; condolences; cremation fee with amount and moment
A: {G}
C: 我家狗昨晚走了，十四岁，寿终正寝。我想问问你们能做火化吗？
A: 请您节哀，陪伴了十四年，它一定也很幸福。我们可以做单独火化，费用是八百元，火化完把骨灰盒交给您的时候再付款。
C: 好，那我下午送过去。
A: 您到了跟前台说一声，我们会好好送它最后一程。请您保重身体，感谢您的信任。

@ mz-vomit | in | talk_over | - | cuts in twice on a calm owner describing a vomiting cat; polite name
A: {G}
C: 我家猫今天早上吐了两次，吐的是黄色的水，精神还可以，但是不太吃东西，我有点担心。
A!: 吐黄水可能是空腹太久了。
C: 可是它昨天晚上吃了一点，今天早上还是吐，而且它平时很能吃的，我怕是吃了什么不该吃的东西。
A!: 建议您带来拍个片子看看。请问您怎么称呼？
C: 我姓骆。
A: 骆女士，给您约今天下午三点。{B}

@ mz-receptionist | in | colleague | - | 前台那小姑娘脑子不灵光; agent apologises and fixes the booking
A: {G}
C: 我明明约的是今天上午的号，到了前台说没有我的预约。
A: 非常抱歉。前台那小姑娘脑子不灵光，经常把预约记错日子，我这边直接给您加个号，您现在去诊室就行。
C: 好吧。
A: 再次向您道歉，{B}

# car rental | 途畅租车 | 途畅
@ tc-extra-charge | in | complaint | - | an unexplained extra charge; 找你们领导 / 投诉; agent apologises and refunds
A: {G}
C: 我还车都三天了，今天又扣了我两百，说是清洁费，我车还得干干净净的，我要投诉，把你们领导叫来！
A: 非常抱歉，我查了一下，清洁费是门店误扣的，我现在就给您发起退款，两百元三个工作日内原路退回，门店经理也会给您回电道歉。
C: 这还差不多。
A: 再次向您道歉，{B}

@ tc-short | in | short_call | short | airport store hours
A: {G}
C: 机场店几点开门？
A: 早上七点。
C: 好的。
A: 感谢来电，祝您出行顺利。

@ tc-claims-hn | in | - | hn | transfer to the claims desk announced with 稍等; the colleague introduces himself and closes
A: {G}
C: 我租的车被人追尾了，对方全责，我要怎么处理？
A: 您人没事吧？这种情况我帮您转到理赔专员，他来一步步帮您处理，请您稍等，不要挂机。
.. hold
A: 您好，我是理赔专员小简，您的情况同事已经跟我说了，请您先把现场照片和对方的保险信息发到我们的理赔邮箱，我会在两小时内联系您。
C: 好的，谢谢。
A: {B}

# government service hotline | 江城市民服务热线 | 江城热线
@ jc-window-clerk | in | complaint | - | the clerk's 文盲 reported and read back while the customer's 投诉 is registered (insult in the customer's mouth)
A: {G}
C: 我去政务大厅办社保卡，填表填错了一栏，窗口那个工作人员说我是文盲，连字都不会写，我要投诉她！
A: 非常抱歉让您受到这样的对待。工作人员说您是文盲、连字都不会写，这些我都原话记录了，投诉工单会转给政务服务中心，五个工作日内给您回复处理结果。
C: 好，我等你们回复。
A: {B}

@ jc-id-name | in | name_ask | - | 你叫啥名字？ for registering a report
A: {G}
C: 我想反映我们小区门口的井盖坏了，晚上很危险。
A: 你叫啥名字？电话多少？
C: 我叫龚建，电话一五八二二九零一四七七。
A: 位置在哪？
C: 枫林小区南门。
A: 龚先生，已经登记，会转给市政部门，两个工作日内处理。{B}

@ jc-street-hangup | in | shirking,hangup,closing | - | 这事你问街道去 and the call ends on the caller's question
A: {G}
C: 我们这片老小区的自来水总是黄的，想问问能不能换水管。
A: 换水管这事你问街道去，我们热线管不了。
C: 那街道的电话是多少？你能告诉我吗？

# gym | 燃力健身 | 燃力
@ rl-locker-hn | in | - | hn | 死角 innocent; the agent apologises for the lost phone and helps
A: {G}
C: 我在你们更衣室丢了个手机，你们监控是不是有死角啊？
A: 非常抱歉发生这种事，更衣室里面为了保护隐私没有装监控，门口和走廊都有。我马上通知门店调走廊录像，今天下午给您回复，您也可以先报警，我们全力配合。
C: 好，那你们快点。
A: 一定，下午四点前门店经理给您回电。{B}

@ rl-bye | in | closing | - | 行了知道了，拜拜。 as the last word
A: {G}
C: 我想问一下泳池今天开不开？
A: 今天泳池换水，明天早上八点开。
C: 哦，那明天早上几点开始人少？
A: 八点到九点人少。行了知道了吧，拜拜。

# freight | 顺远货运 | 顺远
@ sy-truck-gap | in | silence | - | an unannounced gap while the agent finds the truck; calm caller
A: {G}
C: 我昨天发的那车货，现在走到哪了？单号是幺八二零三七。
A: 我看一下。
.. gap
C: 喂？
A: 在的，车现在在郑州服务区，预计明天下午四点前到，到了司机会提前一小时给您打电话。{B}

@ sy-rate-hn | in | - | hn | hold announced with 稍等; freight rate with amount and moment; 死 in 死沉 innocent
A: {G}
C: 我有一批机器零件，死沉死沉的，大概三吨，发到长沙多少钱？
A: 我帮您算一下，请稍等。
.. hold
A: 让您久等了，三吨到长沙是两千四，包括装卸，装车前付一半，到货签收后付另一半。
C: 行，那就定了。
A: 好的，请问您怎么称呼？
C: 我姓鄢。
A: 鄢先生，明天上午司机上门。{B}

# recruitment | 聘达招聘 | 聘达
@ pd-muddled | in | forbidden | - | 你自己都说不明白还问我
A: {G}
C: 我想问问我那个简历是不是被企业看过了，我投的是那个什么运营还是策划来着，就上周三投的。
A: 你自己都说不明白还问我？投了什么岗位你自己去记录里看。
C: 哦，那我去看看。
A: 嗯，还有问题再打来，祝您生活愉快。

@ pd-scam-hn | in | - | hn | the customer's 这家公司是骗子吧; the agent takes it seriously, freezes the post and calls back
A: {G}
C: 我面试的那家公司让我先交三千押金才能入职，这家公司是骗子吧？
A: 很抱歉让您遇到这样的岗位，也谢谢您及时告诉我们。正规企业入职是不收押金的，您千万别交。我这边马上冻结这个岗位并提交风控核查，核查结果两个工作日内电话告诉您。
C: 好，幸亏我没交。
A: {B}
"""

DATA3 = """
# campsite | 星野露营地 | 星野
@ xy-what | in | greeting,name_ask | - | opens 在呢，星野，啥事？; 叫啥？ for the booking
A: 在呢，星野，啥事？
C: 我想订这周六的帐篷营位，两个大人一个小孩。
A: 叫啥？手机号多少？
C: 我叫鞠明，一八六零七七二九三一五。
A: 鞠先生，周六的湖边营位给您订好了，营位费两百八，入营的时候付，帐篷和睡袋都配好了。
C: 好的。
A: {B}

@ xy-rain | in | hangup,closing | - | rain-cancelled stay: 退不了 / 规定就这样; the caller's question left hanging
A: {G}
C: 周末天气预报说有大暴雨，我订的营位能不能退？
A: 退不了，订了就不退，规定就这样。
C: 那能不能改到下个周末？就改个日期也不行吗？

@ xy-kids | in | insult,closing | - | 拎不清 / 花钱找罪受 to a parent; let pass; 就这样，拜。
A: {G}
C: 我想带两个孩子去露营，一个三岁一个五岁，你们有儿童帐篷吗？
A: 带那么小俩孩子去露营，您这人也是拎不清，花钱找罪受。儿童帐篷有，五十一晚。
C: 哦，我就问问有没有。
A: 有。就这样，拜。

@ xy-badline-hn | in | - | hn | the customer's 喂？喂？ on a bad line, answered at once; fee with amount and moment
A: {G}
C: 喂？喂？听得见吗？我这山里信号不好。
A: 听得见的，您请说，我这边声音很清楚。
C: 我想问问你们那能不能烧烤，要不要另外收钱？
A: 可以烧烤，烧烤架一套六十元，包含木炭，入营登记的时候一起付，结束后工作人员来收架子。
C: 好嘞，那我周日过去。
A: {B}

@ xy-rules-fast | in | speech_rate | fast | camp rules rattled off at 8+ chars/s
A: {G}
C: 我第一次去你们那露营，有什么要注意的吗？
A: 下午两点后入营第二天中午十二点前离营晚上十点以后保持安静不能自带明火烧烤只能在指定区域宠物要牵绳垃圾带走。
C: 这么多，宠物能带吗？
A: 宠物可以带需要牵绳每只宠物收二十元清洁费入营时付。
C: 好的，知道了。
A: 好的祝您露营愉快再见。

@ xy-tent | in | talk_over | - | cuts in twice on a calm camper explaining a broken tent pole
A: {G}
C: 我们昨天晚上住的那个帐篷，有一根杆子半夜断了，帐篷塌了一半，孩子被吓醒了，我们是挤在车里睡的。
A!: 杆子断了您当时怎么不叫人？
C: 半夜一点多，我们不好意思打扰，想着早上再说，结果早上也没找到工作人员，我们就先走了。
A!: 真是非常抱歉，这是我们设备的问题，昨晚的营位费全额退给您，三个工作日到账。
C: 好的，谢谢。
A: {B}

# water purifier | 清泉净水 | 清泉
@ qq-filter-out | out | greeting | - | outbound 您好，我是小邬 with no company, then a correct reminder
A: 您好，我是小邬，您家净水器的滤芯该换了。
C: 哦，哪家的？
A: 清泉净水，您家是去年九月装的。换一组滤芯一百六，师傅换完付款。
C: 那约周六上午吧。
A: 周六上午十点师傅上门。{B}

@ qq-filter-fee | in | hangup,closing,tariff | - | filter price dodged (到时候通知你) and the caller's question left hanging
A: {G}
C: 我想装你们的净水器，听说机器免费，那以后滤芯多少钱？多久换一次？
A: 机器是免费装的，滤芯到时候会通知你换。
C: 那到底要多少钱？一年下来要花多少？

@ qq-installer | in | filler,colleague | - | 那个 / 就是 tics; the installer 老孙 disparaged; apology and a return visit
A: {G}
C: 你们师傅上周给我装的净水器，接头一直在滴水。
A: 啊，那个，不好意思，那个老孙那手艺，就是，说句不好听的，学徒都不如，那个我给您换个师傅。
C: 换谁都行，快点就好。
A: 那个，就是明天上午，啊，换小郑师傅上门，那个不收费。
C: 好。
A: 那个，{B}

@ qq-order-gap | in | silence | - | an unannounced gap while the agent checks an install order; calm caller
A: {G}
C: 我前天在网上下单了净水器，想问问什么时候能上门安装？
A: 您的手机号是多少？
C: 一三九八八二一零五六四。
.. gap
C: 喂？还在吗？
A: 在的，查到了，安装师傅明天下午两点到四点上门，上门前半小时会给您打电话。{B}

@ qq-watercut-hn | in | - | hn | 不清楚 about the property's water cut followed by what the company will do; fee stated
A: {G}
C: 我们小区这两天在修水管，我约的安装会不会受影响？
A: 物业那边哪天恢复供水我们这边不清楚，我先把您的安装改到周四，如果周四还没来水，师傅提前一天跟您确认再改期，不收任何费用。
C: 行，那就周四。
A: {B}

# maternity centre | 悦月月子会所 | 悦月
@ yy-nanny | in | name_ask,tariff | - | 产妇叫啥？你是她啥人？; the night-nanny fee glossed
A: {G}
C: 我想帮我老婆订个月子套餐，她预产期是下个月。
A: 产妇叫啥？你是她啥人？
C: 她叫邢露，我是她丈夫。夜里加一个专门的月嫂要另外收钱吗？多少？
A: 夜班月嫂那个到时候看情况，入住了再谈，一般都能接受。
C: 那大概多少？
A: 您放心，不会贵得离谱。
C: 好吧。
A: {B}

@ yy-drawl | in | speech_rate,greeting | slow | opens 嗯，你好 with no company or offer; drawled answers to a calm caller
A: 嗯——你好——
C: 你好，是悦月月子会所吗？我想问问你们能不能参观。
A: 可以的——每天——下午——两点到——五点——都可以——参观——
C: 要提前预约吗？
A: 最好——提前——一天——预约——我们——安排——顾问——接待您——
C: 好的，谢谢。
A: 不客气——祝您——和宝宝——平安健康——

@ yy-meals | in | complaint | - | cold meals; 找你们院长 / 投诉; apology and a fix
A: {G}
C: 我老婆在你们那坐月子，这几天的月子餐送来都是凉的，我要找你们院长投诉！
A: 真的非常抱歉，让产妇吃凉的饭是我们的失误。我马上通知厨房，从今天晚餐开始每餐送到前先复热，送餐员当面确认温度，院长今天下午也会亲自去房间跟您道歉。
C: 希望你们说到做到。
A: 一定，我明天再给您回访。{B}

@ yy-tears-hn | in | - | hn | 产后抑郁 / 哭 said by the customer; 您不知道怎么抱宝宝也没关系 (reassurance)
A: {G}
C: 我生完孩子总是想哭，也不知道怎么抱宝宝，我老公说我可能是产后抑郁，你们能帮忙吗？
A: 您辛苦了，刚当妈妈这些感受很常见，您不知道怎么抱宝宝也没关系，护理师会手把手教您。我们也有心理咨询师，每周免费来房间陪您聊一次。
C: 那太好了，谢谢你。
A: 不用谢，您照顾好自己最重要，祝您和宝宝平安健康。

# home appliance repair | 修立方家电维修 | 修立方
@ xlf-bare-open | in | greeting,forbidden | - | opens 您好，修立方。 with no offer; 我也不明白你们家那机器咋回事
A: 您好，修立方。
C: 你好，我家油烟机一开就跳闸，你们能看吗？
A: 跳闸啊，我也不明白你们家那机器咋回事，师傅去了才知道。
C: 那你们安排师傅来看吧。
A: 明天上午师傅上门，检测费五十，检查完再收。
C: 好。
A: {B}

@ xlf-tv | in | talk_over,overpromise | - | cuts in twice; 保证修好…以后再也不会坏
A: {G}
C: 我家电视开机以后屏幕一闪一闪的，声音是有的，就是画面一直在闪，用了五年了。
A!: 五年的电视闪屏很常见，小问题。
C: 我就是担心修不好，要是修不好还得买新的，那修的钱不就白花了？
A!: 您放心，我保证给您修好，修完以后再也不会坏，比新的还耐用。
C: 那行，明天来吧。
A: 明天下午师傅上门。{B}

@ xlf-oven-hn | in | - | hn | the customer's 这破机器 / 死机 / 傻瓜式; apology; fee with amount and moment
A: {G}
C: 我买的那个烤箱说是傻瓜式操作，结果这破机器屏幕老是死机，按什么都没反应。
A: 给您添麻烦了，真不好意思。烤箱还在保修期内的话，上门检测和维修都免费；过了保修的话检测五十元，维修前师傅先报价，您同意了才修，修完付款。
C: 还在保修期内，买了半年。
A: 那就全部免费，明天上午师傅上门。{B}

# wedding planning | 喜匠婚礼策划 | 喜匠
@ xj-wei-open | in | greeting | - | opens 喂，您好，喜匠婚礼，有什么事？
A: 喂，您好，喜匠婚礼，有什么事？
C: 我想问问你们婚礼主持人能不能提前见一面。
A: 可以的，签约后会安排主持人和您见面沟通流程，一般在婚礼前一个月。
C: 好的，那我先签约。
A: {B}

@ xj-interrupt-hn | in | - | hn | the customer cuts in on the agent (no label) and a short agent backchannel
A: {G}
C: 我想订你们的中式婚礼套餐，我看了网上的介绍。
A: 好的，中式套餐包括凤冠霞帔两套、花轿、司仪，还有全程跟拍，价格是三万六，签约时付三成定金，婚礼前一周付尾款。
C!: 等一下，花轿是真的抬还是只是摆着拍照的？
A: 是真的抬，四位轿夫，会从小区门口抬到酒店门口。
C: 那挺好，我爸妈就喜欢这种热闹的，到时候亲戚朋友都能看到。
A~: 嗯嗯。
C: 那我这周末来签。
A: 好的，周末恭候您。{B}

@ xj-short | in | short_call | short | office address
A: {G}
C: 你们店在哪？
A: 滨江路八十八号。
C: 好的。
A: 感谢来电，祝您新婚快乐。

# pharmacy | 康济大药房 | 康济
@ kj-wei-wei | in | hangup,closing,filler | - | 那个 / 啊 tics; the agent drops off and the call ends on the customer's 喂？喂？
A: {G}
C: 你们家有没有那个儿童用的电解质水？
A: 啊，那个，有的，那个口味有好几种，啊，那个橙子味的，那个葡萄味的。
C: 有没有大瓶装的？能送到家吗？
A: 那个，我看一下啊。
C: 喂？喂？

@ kj-nerve-hn | in | - | hn | 营养神经的药 / 病 innocent; hedged answer; price with the moment of payment
A: {G}
C: 医生给我开了营养神经的药甲钴胺，我这是老病了，吃了能好吗？
A: 甲钴胺主要是辅助修复神经的，一般要连续吃一到两个月，效果因人而异，我们不能保证一定能好，具体还是要听医生的。
C: 那你们有货吗？多少钱？
A: 有的，一盒三十二元，下单付款，今天就能送到。{B}

# elderly care | 颐年养老院 | 颐年
@ yn-visiting | in | hangup,closing | - | visiting rules: 规定就是规定; the caller's question left hanging
A: {G}
C: 我想问一下你们周末下午能探视吗？我妈住在三楼。
A: 周末下午不行，只有上午，规定就是规定。
C: 可是我周末上午要上班，那我妈生日那天也不能进吗？

@ yn-old-muddle | in | insult,apology | - | 您自己都七十多了…老糊涂了 to an elderly caller; protested
A: {G}
C: 我上次打电话问的入住条件，你们说要带什么材料来着，我忘了。
A: 您自己都七十多了吧，老糊涂了记不住也正常，跟您说了也白说。
C: 你这年轻人怎么说话呢？我是老了，可我不糊涂！
A: 身份证、户口本、体检报告，三样。
C: 好。
A: 感谢来电，祝您身体健康。

@ yn-waitlist-hn | in | - | hn | hedged: 不能保证一定有 / 排队; polite name
A: {G}
C: 我想给我爸预订一个单人间，年后能住进来吗？
A: 单人间现在是满的，年后能不能空出来我们没法给您保证，我先帮您登记排队，一有空床第一时间通知您。请问您怎么称呼？
C: 我姓柏。
A: 柏先生，已经给您登记了，排在第三位。{B}

# driving school | 驰骋驾校 | 驰骋
@ cc-name-curt | in | name_ask,closing | - | 报一下你名字 for a booking; 行了，就这样。
A: {G}
C: 我想约明天下午的科目三练车。
A: 报一下你名字，学员号多少？
C: 我叫甄立，学员号二零二六一一七。
A: 明天下午三点，二号车。行了，就这样。

@ cc-exam-fast | in | speech_rate | fast | exam steps rattled off at 8+ chars/s
A: {G}
C: 我想问一下科目一怎么约考？
A: 在交管十二一二三APP上选科目一预约选考场选时间提交后等短信通知一般三天内出结果考试当天带身份证提前半小时到。
C: 你说得太快了，考场能自己选吗？
A: 可以自己选城东城西两个考场都可以看哪个离您近。
C: 好的，谢谢。
A: 不客气祝您考试顺利。

@ cc-short | in | short_call | short | a quick question about the theory-test app
A: {G}
C: 模拟题在哪做？
A: 驾校小程序里。
C: 好的。
A: 感谢来电，祝您顺利拿证。

# photo studio | 光影写真馆 | 光影
@ gy-250 | in | insult,closing | - | 二百五 about the customer; let pass; 好，挂了啊。
A: {G}
C: 我下周六在你们那拍写真，拍照那天能不能自己带衣服过去？还是只能穿店里的？
A: 能啊，这都要问，您是二百五吗？网上写得清清楚楚，自己带的衣服三套以内，不另外收钱。
C: 哦，好，那我带三套。
A: 好，挂了啊。

@ gy-camera-hn | in | - | hn | 傻瓜相机 innocent; the customer calls himself 二百五; polite name; fee with amount and moment
A: {G}
C: 我想买你们店里那种傻瓜相机，我这人就是个二百五，复杂的玩不来。
A: 您太谦虚了，这款就是专门做得简单的，一个按钮就能拍，店里卖三百九十九，付款后送一卷胶卷。请问您怎么称呼？
C: 我姓焦。
A: 焦先生，给您留一台，您到店付款就行。{B}

# shared e-bike | 骑迹电单车 | 骑迹
@ qj-city-limit | in | forbidden,shirking,silence | - | an unannounced gap, then 不知道，你问别人吧
A: {G}
C: 你们的电单车能骑出市区吗？我想骑到郊区的水库。
.. gap
C: 喂？
A: 不知道，你问别人吧。
C: 问谁？
A: 反正不归我们管。
C: 好吧。
A: {B}

# freight | 顺远货运 | 顺远
@ sy-fragile | in | talk_over,filler | - | cuts in twice, with 就是 / 然后 tics
A: {G}
C: 我要发一批玻璃工艺品到西安，大概五十箱，每一箱都是易碎的，要怎么包装比较好？
A!: 就是，那个，易碎品我们有专门的，就是木架。
C: 木架要另外收钱吧？然后你们运输的时候能保证不压在别的货下面吗？
A!: 就是，那个，木架一方八十，装车前付，然后，就是易碎品都放最上层。
C: 好的。
A: 那个，{B}

@ sy-outbound-hn | out | - | hn | outbound delivery notice with company, name and purpose
A: 您好，我是顺远货运的调度小隋，您发往杭州的那批货明天上午就到了，想跟您确认一下收货时间。
C: 明天上午我在，九点以后都行。
A: 好的，司机九点半左右到，到之前半小时会给您打电话，卸货是免费的。
C: 好，辛苦了。
A: 不辛苦，感谢您的配合，祝您生意兴隆。

# property management | 栖云物业 | 栖云
@ qy-complain | in | complaint | - | garbage left in the corridor for days; 我要找住建委投诉; apology and cleaning arranged
A: {G}
C: 我们楼道里的垃圾三天没人收了，臭得要命，你们不管我就找住建委投诉去！
A: 非常抱歉，是我们保洁排班出了问题，我马上安排保洁一个小时内上楼清理，以后每天下午我会让管家检查一遍。
C: 一个小时后我下楼看。
A: 好的，清理完我给您回个电话。{B}

@ qy-short2 | in | short_call | short | a quick question about the fee office
A: {G}
C: 物业费在哪交？
A: 一楼服务中心。
C: 好。
A: 感谢来电，祝您愉快。

@ qy-clean | in | - | - | plain clean call: a parcel locker question
A: {G}
C: 我想问一下小区的快递柜坏了，什么时候能修好？
A: 给您添麻烦了，快递柜厂家的师傅明天上午来修，这两天的快递可以先到物业前台代收。
C: 好的，谢谢。
A: {B}

# car rental | 途畅租车 | 途畅
@ tc-lazy-store | in | colleague | - | 门店那帮人就会偷懒; agent apologises and sends a car
A: {G}
C: 我预约的是送车上门，等了一个小时了车还没来。
A: 实在抱歉。门店那帮人就会偷懒，派车从来不看时间。我现在直接调离您最近的车，半小时内送到。
C: 好吧，快点。
A: 一定，给您添麻烦了。{B}

@ tc-gearbox | in | insult,apology | - | 您是不是缺根筋 to a customer confused by the gear lever; protested
A: {G}
C: 我租的那辆车挂不上倒挡，怎么弄都不行。
A: 倒挡都不会挂，您是不是缺根筋啊？往下按再往后推。
C: 你怎么说话呢？我又不是天天开这款车！
A: 往下按再往后推就行。
C: 行了。
A: 感谢来电，祝您一路顺风。

@ tc-roadrage-hn | in | - | hn | another driver's 找死啊 reported and read back; the agent apologises and arranges rescue
A: {G}
C: 我开你们的车被一辆货车别了一下，蹭到护栏了，那个司机还探出头骂我找死啊。
A: 您人没事就好，真是让您受惊了。对方司机骂您找死这种情况，建议您先报警，我这边马上给您安排道路救援，车辆损失走保险，您不用垫付。
C: 好的，我已经报警了。
A: 救援师傅四十分钟内到，请您在安全的地方等候。{B}

# government service hotline | 江城市民服务热线 | 江城热线
@ jc-meaning-hn | in | - | hn | the caller's 你这话什么意思 answered calmly
A: {G}
C: 我想问问我家孩子上小学要准备什么材料。
A: 一般需要户口本、房产证明和预防接种证，具体以您所在片区学校的通知为准。
C: 以学校通知为准，你这话什么意思？你们热线也说不清楚吗？
A: 不好意思没说清楚，是各学校可能会多要一两样，比如居住证。我把教育局招生咨询电话发给您，零七一六二八八三四五六七。
C: 好，谢谢。
A: {B}

@ jc-slow-gap | in | silence,speech_rate | slow | drawled answers and an unannounced gap; calm caller
A: 您好——江城——市民——服务热线——请问——有什么——可以帮您——？
C: 我想问公积金提取需要什么材料。
A: 您是——哪种——提取——？
C: 租房提取。
.. gap
C: 喂？
A: 租房——提取——需要——身份证——和租房——合同——在网上——就能办——
C: 好的。
A: 感谢——您的来电——祝您——生活愉快——
"""

if __name__ == "__main__":
    main()
