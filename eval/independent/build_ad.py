"""Independent labelled call set AD (eval/independent/heldout_ad.jsonl) — HELD OUT.

Writer AD adopts writer AC's label policy unchanged: writer Z's policy (the header of build_z.py), the "AA:" readings
at the top of build_aa.py, the "AB:" readings at the top of build_ab.py and the "AC:" readings at the top of
build_ac.py. Timing families are computed from the generated segment times and asserted against the hand labels
(clean and noisy text): short_call < 20 s (others >= 30 s); silence an unannounced gap >= 10 s (holds announced with
稍等 / 稍候 in the agent's turn just before are not; every other gap <= 4 s); talk_over the agent starting >= 1.0 s
before the customer's segment ends (the customer cutting in on the agent is not); speech_rate the agent's mean rate
over turns of >= 6 characters >= 7.5 or <= 2.0 chars/s (negatives keep every agent turn within 3.0-6.2); hangup the
clean transcript ending on the customer's unanswered question or 喂？喂？ (every hangup call also carries closing).

Data format (AC's block idea, writer AD's own code and dialogues): industries `% code | industry | company | short`;
calls `@ key | code | in|out | labels | flags | note`, turns `A:` agent / `C:` customer, `A!:` the agent cutting in on
the customer (1.5-2.2 s early), `C!:` the customer cutting in on the agent, `.. hold N` (announced wait) / `.. gap N`
(unannounced silence); flags `hn` (hard negative), `fast`, `slow`, `short`. `{G}` / `{C}` are the rotating correct
greeting / closing, `{name}` / `{no}` / `{co}` the call's agent name, agent number and company. random.Random(SEED)
only chooses timing, order, the noisy calls and their noise, and the greeting / closing rotation (with the agent's
name and number); the dialogues are hand-written by writer AD.

AD: readings writer AD had to choose (they only settle what AC's policy leaves open or what AD's calls bring up):
AD: contempt for a customer's accent or dialect (您这普通话我听着费劲，回去练练再打), for the customer's children or
    parents (您家孩子随您，一样拎不清), for the customer's cheap phone or car, and 您是不是没上过学 are insult; so is a
    jibe wrapped as advice (要不您找个识字的家里人来听). A token 不好意思，我说话冲了 after an insult settles apology (the
    call is insult only, plus whatever else it carries).
AD: trade words that share characters with insults are innocent: 耳聋 / 耳屎 / 掏聋 (an ear-cleaning parlour), 瘫痪 /
    卧床 (home bathing), 死机 / 卡死 / 黑屏 of a till or a drying rack, 死角 / 瞎灯 of a lightbox sign, 有毒有害 / 三废
    (environmental assessment), 死区 of a gauge, 盲区 (satellite phone, dash cam), 电死人 / 触电 (electrician course),
    弱视 / 斜视 (vision training), 猫瘟 (cattery), 杀虫 / 粪肥 (allotment), 失温 / 送命 of a mountain (a guide's warning),
    笨鸟先飞 (a learning-tablet course name), 碰瓷 (dash cam), 鸡眼 / 灰指甲 (foot care), 空壳公司 / 经营异常 (company
    registration), 死水 (a water tank); they are insult only when aimed at the customer.
AD: 不清楚 / 不知道 of the customer's own knowledge (您不清楚型号没关系), of a third party with where to ask, or as
    reassurance (不知道也不要紧) is not forbidden; 那谁知道 / 我哪晓得 / 搞不懂你想干嘛 / 你到底想说啥 that end the
    matter are.
AD: 保证一次就掏干净，再也不痒 / 保证三个月摘眼镜 / 保证一次考过 / 保证批下来 / 保证五年不长青苔 / 保证一只都不生病 /
    保证百分之百登顶 are overpromise; 一般 / 大多数 / 看个人情况 / 以审批为准 / 不敢打包票 are hedges.
AD: an announced hold is 稍等 / 稍候 in the agent's turn just before the wait; 我看一下 followed by >= 10 s is silence.
AD: an outbound opening needs 您好 (or a time-of-day greeting), the company and the agent's name; a first turn of bare
    喂？ or 嗯 before the full greeting is a greeting fault (late greeting); a re-greeting after the customer's 喂 when the
    agent's first turn was already complete is not.
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 20261229
OUT = Path(__file__).resolve().parent / "heldout_ad.jsonl"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask", "apology", "shirking",
            "overpromise", "colleague", "complaint", "silence", "talk_over", "speech_rate", "short_call", "hangup")

NAMES = ["小柯", "小蒋", "小曲", "小聂", "小甘", "小祁", "小房", "小谭", "小邬", "小栾", "小阚", "小俞", "小蔺", "小芮"]
HI = ["您好", "您好", "您好", "早上好", "下午好", "晚上好", "上午好"]
GREETINGS = [
    "{hi}，{co}，我是{name}，请问您需要什么帮助？",
    "{hi}，感谢致电{co}，{no}号{name}为您服务，您请说。",
    "{hi}，这里是{co}，我是客服{name}，您有什么事情我可以帮忙？",
    "{hi}，{co}客服中心，我是{name}，请问有什么能为您做的？",
    "{hi}，欢迎来电{co}，我是{name}，请问想了解点什么？",
    "{hi}，{co}为您服务，我是{no}号{name}，请问您有什么需要？",
    "{hi}，我是{co}的{name}，很乐意帮您，请问您要办什么事？",
]
WISHES = ["生活愉快", "工作顺利", "万事顺心", "身体健康", "一切顺利", "周末愉快", "心情舒畅", "阖家安康"]
CLOSINGS = [
    "感谢您的反馈，后续我会跟进到底，祝您{wish}。",
    "感谢您耐心等待，我是{no}号{name}，祝您{wish}，再见。",
    "谢谢您的配合，有问题随时打我们热线，祝您{wish}。",
    "感谢您的支持，处理结果会短信通知您，祝您{wish}。",
    "那就先为您办到这里，感谢来电，祝您{wish}。",
    "感谢您的来电，挂机后请给我的服务打个分，祝您{wish}。",
]
DIG = "零一二三四五六七八九"

PUNCT = re.compile(r"[，。？！、；：,.?!;:…“”\"'‘’（）()《》~～—\-\s]")
APOLOGY = ("抱歉", "对不起", "道歉", "不好意思", "歉意", "对不住")
TICS = ("啊", "呀", "呃", "嗯", "这个", "那个", "就是说", "然后呢")
HELLO = ("您好", "早上好", "上午好", "下午好", "晚上好")


def nchars(text: str) -> int:
    return len(PUNCT.sub("", text))


def parse_industries(src: str) -> dict:
    out = {}
    for line in src.strip().splitlines():
        code, industry, company, short = [x.strip() for x in line.lstrip("%").split("|")]
        out[code] = (industry, company, short)
    return out


def parse_calls(src: str) -> list[dict]:
    calls, cur = [], None
    for raw in src.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            key, code, direc, labels, flags, note = [x.strip() for x in line[1:].split("|")]
            cur = {"key": key, "code": code, "dir": direc,
                   "labels": [] if labels == "-" else [x.strip() for x in labels.split(",")],
                   "flags": set() if flags == "-" else set(flags.split()), "note": note, "turns": []}
            calls.append(cur)
        elif line.startswith(".."):
            kind, n = line[2:].split()
            cur["turns"].append((kind, float(n)))
        else:
            who, text = line.split(":", 1)
            cur["turns"].append((who.strip(), text.strip()))
    return calls


def fill(call: dict, rng: random.Random, ind: dict) -> None:
    industry, company, short = ind[call["code"]]
    name, no = rng.choice(NAMES), "".join(rng.choice(DIG[1:]) for _ in range(3))
    g = rng.choice(GREETINGS).format(hi=rng.choice(HI), co=company, name=name, no=no)
    c = rng.choice(CLOSINGS).format(wish=rng.choice(WISHES), name=name, no=no)
    turns = []
    for who, text in call["turns"]:
        if isinstance(text, str):
            text = text.replace("{G}", g).replace("{C}", c).replace("{name}", name).replace("{no}", no) \
                       .replace("{co}", company).replace("{short}", short)
        turns.append((who, text))
    call.update(turns=turns, industry=industry, company=company, short=short, agent=name)


def timing(call: dict, rng: random.Random) -> None:
    fast, slow, short = "fast" in call["flags"], "slow" in call["flags"], "short" in call["flags"]
    draws = [(rng.random(), rng.random(), rng.random()) for _ in call["turns"]]
    lead = rng.uniform(0.6, 1.3)
    tail = rng.uniform(0.4, 0.9)
    for step in range(12):
        rs = 1.0 - 0.025 * step          # normal speech slowed step by step
        gs = 1.0 + 0.2 * step            # ordinary gaps widened step by step
        segs, t, pause = [], lead, None
        for (who, text), (u1, u2, u3) in zip(call["turns"], draws):
            if who in ("hold", "gap"):
                pause = (who, text + 0.4 * u1)
                continue
            speaker = "agent" if who.startswith("A") else "customer"
            n = nchars(text)
            if speaker == "agent" and fast:
                rate = 8.0 + 1.0 * u1
            elif speaker == "agent" and slow:
                rate = 1.5 + 0.3 * u1
            elif speaker == "agent":
                rate = (4.2 + 1.0 * u1) * rs
            else:
                rate = (4.0 + 1.2 * u1) * rs
            dur = max(n / rate, 0.45)
            prev_end = segs[-1]["end"] if segs else t
            if who.endswith("!"):
                start = prev_end - (1.5 + 0.7 * u2 if speaker == "agent" else 0.6 + 0.5 * u2)
            elif pause:
                start = prev_end + pause[1]
            else:
                start = prev_end + min(3.8, (0.45 + 1.0 * u2) * gs) if segs else t
            pause = None
            segs.append({"speaker": speaker, "start": round(start, 2), "end": round(start + dur, 2), "text": text,
                         "_mark": who})
        duration = round(max(s["end"] for s in segs) + tail, 2)
        if short or fast or duration >= 30.0:
            break
    call["segments"], call["duration"] = segs, duration


def agent_rates(segs: list[dict]) -> list[tuple[int, float]]:
    out = []
    for s in segs:
        if s["speaker"] == "agent":
            n = nchars(s["text"])
            out.append((n, n / max(s["end"] - s["start"], 1e-6)))
    return out


def check_timing(call: dict, segs: list[dict], problems: list[str]) -> None:
    k, labels = call["key"], set(call["labels"])
    d = call["duration"]
    if ("short_call" in labels) != (d < 20.0):
        problems.append(f"{k}: short_call label vs duration {d}")
    if "short_call" not in labels and d < 30.0:
        problems.append(f"{k}: non-short call lasts {d} < 30")
    # silence
    silent, end_so_far = False, None
    for i, s in enumerate(segs):
        if end_so_far is not None:
            gap = s["start"] - end_so_far
            mark = call["turns_pause"].get(i)
            if gap >= 10.0:
                if mark == "hold":
                    prev_agent = [x for x in segs[:i] if x["speaker"] == "agent"]
                    if not prev_agent or not any(w in prev_agent[-1]["text"] for w in ("稍等", "稍候")) \
                            or segs[i - 1]["speaker"] != "agent" or gap > 15.5:
                        problems.append(f"{k}: hold at {i} not announced or too long")
                else:
                    silent = True
            elif gap > 4.0 and mark is None:
                problems.append(f"{k}: ordinary gap {gap:.2f} > 4")
        end_so_far = s["end"] if end_so_far is None else max(end_so_far, s["end"])
    if silent != ("silence" in labels):
        problems.append(f"{k}: silence label vs gaps")
    # talk_over
    over = False
    for a, b in zip(segs, segs[1:]):
        if b["speaker"] == "agent" and a["speaker"] == "customer":
            ov = a["end"] - b["start"]
            if ov >= 1.0:
                over = True
            elif ov > 0.3:
                problems.append(f"{k}: agent overlap {ov:.2f} in the grey zone")
    if over != ("talk_over" in labels):
        problems.append(f"{k}: talk_over label vs overlaps")
    # speech rate
    rates = agent_rates(segs)
    long_rates = [r for n, r in rates if n >= 6]
    mean = sum(long_rates) / len(long_rates) if long_rates else 4.5
    pos = mean >= 7.5 or mean <= 2.0
    if pos != ("speech_rate" in labels):
        problems.append(f"{k}: speech_rate label vs mean {mean:.2f}")
    if not pos and any(not (3.0 <= r <= 6.2) for n, r in rates if n >= 6):
        problems.append(f"{k}: negative with an agent turn outside 3.0-6.2: {[round(r, 2) for n, r in rates]}")
    if not pos and any(r > 6.5 for n, r in rates):
        problems.append(f"{k}: negative with an agent turn above 6.5")


def check_text(call: dict, problems: list[str]) -> None:
    k, labels, segs = call["key"], set(call["labels"]), call["segments"]
    agent = [s for s in segs if s["speaker"] == "agent"]
    last = segs[-1]
    hung = last["speaker"] == "customer" and (last["text"].endswith("？") or "喂？喂" in last["text"])
    if hung != ("hangup" in labels):
        problems.append(f"{k}: hangup label vs ending")
    if "hangup" in labels and "closing" not in labels:
        problems.append(f"{k}: hangup without closing")
    if "closing" not in labels and "祝" not in agent[-1]["text"]:
        problems.append(f"{k}: closing negative without a blessing in the last agent turn")
    if "closing" in labels and "hangup" not in labels and "祝" in agent[-1]["text"]:
        problems.append(f"{k}: closing positive with a blessing in the last agent turn")
    first = agent[0]["text"]
    ok = (segs[0]["speaker"] == "agent" and not first.startswith(("喂", "嗯")) and any(h in first for h in HELLO)
          and call["short"] in first)
    if call["dir"] == "in":
        ok = ok and any(w in first for w in ("帮", "为您", "请说", "请讲", "需要", "了解", "办", "咨询"))
    else:
        ok = ok and call["agent"] in first
    if ok == ("greeting" in labels):
        problems.append(f"{k}: greeting label vs first agent turn {first!r}")
    if "apology" in labels and any(w in s["text"] for s in agent for w in APOLOGY):
        problems.append(f"{k}: apology positive with an apology word")
    if "insult" in labels and "apology" not in labels and not any(w in s["text"] for s in agent for w in APOLOGY):
        problems.append(f"{k}: insult without apology label and without an apology")
    tics = [sum(s["text"].count(t) for t in TICS) for s in agent]
    if "filler" in labels:
        if sum(tics) < 6 or sum(1 for x in tics if x) < 3:
            problems.append(f"{k}: filler positive with too few tics {tics}")
    elif sum(tics) > 3:
        problems.append(f"{k}: filler negative with {sum(tics)} tics")
    unknown = labels - set(FAMILIES)
    if unknown:
        problems.append(f"{k}: unknown labels {unknown}")
    if "slow" in call["flags"] or "fast" in call["flags"]:
        if "speech_rate" not in labels:
            problems.append(f"{k}: rate flag without label")


# ---- noise: Whisper base on 8 kHz audio ----
HOMOPHONES = [("已经", "以经"), ("安装", "按装"), ("师傅", "师父"), ("订单", "定单"), ("账户", "帐户"), ("反馈", "返馈"),
              ("登记", "登计"), ("收银", "收音"), ("晾衣架", "凉衣架"), ("校准", "较准"), ("向导", "象导"),
              ("采耳", "彩耳"), ("助浴", "住浴"), ("水箱", "水香"), ("猫舍", "猫社"), ("认养", "人养"),
              ("记录仪", "记录一"), ("再", "在"), ("做", "作"), ("那边", "哪边"), ("公司", "工司"), ("灯箱", "登箱"),
              ("营业执照", "营业只照"), ("卫星", "为星"), ("耳机", "耳急"), ("视力", "市力"), ("报名", "抱名"),
              ("修脚", "修角"), ("活动房", "活动防"), ("环评", "还评"), ("预约", "预月"), ("麻烦", "麻凡"),
              ("时候", "实候"), ("地址", "地止"), ("付款", "付宽"), ("退款", "推款")]
UNITS = "块元号天个年月岁分钟米台套次楼斤期只点周位间平方份张"
NUMRE = re.compile(r"[零一二两三四五六七八九十百千万]{1,8}(?=[" + UNITS + "])|[零一二三四五六七八九]{3,}")


def cn2num(s: str) -> str:
    if all(c in DIG for c in s):
        return "".join(str(DIG.index(c)) for c in s)
    total, sec, num = 0, 0, 0
    units = {"十": 10, "百": 100, "千": 1000}
    for c in s:
        if c in DIG or c == "两":
            num = 2 if c == "两" else DIG.index(c)
        elif c in units:
            sec += (num or 1) * units[c]
            num = 0
        elif c == "万":
            total += (sec + num) * 10000
            sec = num = 0
    return str(total + sec + num)


def noisify(text: str, rng: random.Random, style: int, swaps: list) -> str:
    import opencc
    for a, b in swaps:
        text = text.replace(a, b, 1)
    def num(m: re.Match) -> str:
        g = m.group(0)
        if g in ("一", "两") or all(c in "十百千万" for c in g) or m.string[m.end():m.end() + 2] == "分之":
            return g
        return cn2num(g)
    text = NUMRE.sub(num, text)
    if style == 0:
        text = PUNCT.sub("", text)
    elif style == 1:
        text = re.sub(r"[，。？！、；：…]+", " ", text).strip()
    else:
        text = re.sub(r"[。！、；：…]+", "，", text).rstrip("，")
    return opencc.OpenCC("s2t").convert(text)


def main() -> int:
    rng = random.Random(SEED)
    ind = parse_industries(INDUSTRIES)
    calls = parse_calls(CALLS)
    problems = []
    keys = [c["key"] for c in calls]
    if len(set(keys)) != len(keys):
        problems.append("duplicate keys")
    for c in calls:
        fill(c, rng, ind)
        timing(c, rng)
        pauses, i = {}, 0
        for who, text in c["turns"]:
            if who in ("hold", "gap"):
                pauses[i] = who
            else:
                i += 1
        c["turns_pause"] = pauses
        check_timing(c, c["segments"], problems)
        check_text(c, problems)
    order = list(range(len(calls)))
    rng.shuffle(order)
    n_noisy = round(len(calls) * 0.25)
    noisy = set(rng.sample(range(len(calls)), n_noisy))
    lines = []
    for idx, ci in enumerate(order, 1):
        c = calls[ci]
        segs = [{k: v for k, v in s.items() if k != "_mark"} for s in c["segments"]]
        is_noisy = ci in noisy
        if is_noisy:
            style = rng.randrange(3)
            joined = "".join(s["text"] for s in segs)
            cand = [p for p in HOMOPHONES if p[0] in joined]
            swaps = rng.sample(cand, min(len(cand), rng.randint(2, 4)))
            for s in segs:
                s["text"] = noisify(s["text"], rng, style, swaps)
            check_timing(c, segs, problems)
        lines.append({"call_id": f"AD-{idx:03d}", "labels": sorted(c["labels"], key=FAMILIES.index),
                      "note": c["note"], "noise": is_noisy, "duration": c["duration"],
                      "metadata": {"writer": "AD", "industry": c["industry"], "company": c["company"],
                                   "direction": "inbound" if c["dir"] == "in" else "outbound",
                                   "hard_negative": "hn" in c["flags"], "language": "zh", "sample_rate": 8000,
                                   "key": c["key"]},
                      "segments": segs})
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems", file=sys.stderr)
        if "--force" not in sys.argv:
            return 1
    OUT.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    counts = {f: sum(f in x["labels"] for x in lines) for f in FAMILIES}
    print(len(lines), "calls;", counts)
    print("no labels:", sum(not x["labels"] for x in lines), "hard negatives:",
          sum(x["metadata"]["hard_negative"] for x in lines), "noisy:", sum(x["noise"] for x in lines),
          "outbound:", sum(x["metadata"]["direction"] == "outbound" for x in lines))
    return 0


# ---- hand-written data (writer AD) ----
INDUSTRIES = """
% ear | ear-cleaning parlour (采耳) | 耳悦采耳馆 | 耳悦
% bath | home bathing for bedridden elders (上门助浴) | 暖澡上门助浴 | 暖澡
% pos | shop till / POS system (收银系统) | 快单收银系统 | 快单
% sign | shop signs and lightboxes (招牌灯箱) | 亮堂广告标识 | 亮堂
% cabin | prefab container-house rental (集装箱活动房) | 安居宝活动房 | 安居宝
% eia | environmental-assessment consulting (环评) | 清源环评咨询 | 清源
% calib | instrument calibration lab (计量校准) | 准衡计量检测 | 准衡
% sat | satellite-phone rental (卫星电话) | 穹联卫星通讯 | 穹联
% interp | simultaneous-interpretation equipment rental (同传设备) | 声桥会议设备 | 声桥
% cert | electrician / welder certificate training (电工证) | 匠心职业技能培训学校 | 匠心
% vision | children's vision training (视力训练) | 明眸视训中心 | 明眸
% cat | ragdoll cattery (猫舍) | 绒绒布偶猫舍 | 绒绒
% plot | allotment plot adoption (菜地认养) | 半亩田认养农场 | 半亩田
% guide | mountain-guide service (登山向导) | 云脊户外向导 | 云脊
% rack | electric drying-rack installation (电动晾衣架) | 晾晾好智能晾衣架 | 晾晾好
% tablet | kids' learning-tablet after-sales (学习机) | 学霸星学习机 | 学霸星
% dash | dash-cam after-sales (行车记录仪) | 路眼行车记录仪 | 路眼
% foot | foot-care chain (修脚) | 足安堂修脚连锁 | 足安堂
% reg | company-registration agency (工商注册代办) | 启航企业服务 | 启航
% tank | building water-tank cleaning (二次供水水箱清洗) | 清泉水箱清洗 | 清泉
"""

CALLS_1 = """
@ ear-01 | ear | in | insult,apology | - | agent mocks the customer's hearing and never apologises
A: {G}
C: 我上礼拜在你们那儿采的耳，这两天耳朵里一直嗡嗡响，是不是掏坏了？
A: 采耳不会伤到里面的，您是不是自己回家又掏了？
C: 没有，我就去过你们那一次，你们师傅下手挺重的。
A: 我刚说了不会伤，您耳朵本来就不好使吧，说几遍都听不进去。
C: 你这什么态度？我是来问问情况的。
A: 您要是还不舒服，去医院耳鼻喉科查一下，有检查结果再拿来找我们。
C: 行，我自己去医院。
A: 好的，祝您早日康复。

@ ear-02 | ear | in | - | hn | 耳屎 / 耳背 / 掏聋 trade words, 不知道 as reassurance, polite name ask
A: {G}
C: 我想给我爸约个采耳，他耳屎特别多，有点耳背，会不会给掏聋了？
A: 您放心，我们师傅只清理外耳道，不会碰到鼓膜，不会掏聋的。
C: 他自己也说不清楚是哪边耳朵堵得厉害。
A: 不知道是哪边也不要紧，师傅会先用内窥镜看一下再处理。
C: 那行，约周六下午吧。
A: 好的，请问老人家怎么称呼？
C: 姓陶。
A: 陶叔叔周六下午三点，我给您登记上了，到店报手机号就行。
C: 好嘞。
A: {C}

@ ear-03 | ear | in | overpromise | - | promises one session ends the itching for good
A: {G}
C: 我耳朵老是痒，你们采耳能治好吗？
A: 您来我们这儿做一次深层采耳，我保证一次就掏干净，以后再也不会痒了。
C: 真的假的？我都痒了好几年了。
A: 真的，我们店里的客人都是做一次就好，您放一百个心。
C: 那多少钱一次？
A: 深层采耳一次六十八元，做完当场付款，不另外收费。
C: 行，那我明天过去。
A: 好的，请问您贵姓？
C: 姓龚。
A: 龚先生明天见，{C}

@ ear-04 | ear | in | tariff | - | annual card sold as a free first month, the monthly charge never stated
A: {G}
C: 你们那个年卡怎么收费的？我看团购上写首月免费。
A: 对，现在办卡首月是免费期，您先享受着。
C: 那首月过了以后每个月扣多少？什么时候开始扣？
A: 到时候系统会自动算的，费用不高，您放心用。
C: 不高是多少？你给我个准数。
A: 反正跟别家差不多，先用着再说，不满意随时可以停。
C: 那好吧，我先办上试试。
A: 好的，请问您怎么称呼？
C: 我姓鲁。
A: 鲁女士，{C}

@ bath-01 | bath | in | - | hn | 瘫痪 / 卧床 / 褥疮 trade words, fee stated with amount and moment
A: {G}
C: 我妈中风以后瘫痪在床，卧床两年了，想给她约个上门助浴。
A: 明白，卧床老人我们有专门的助浴床和三人小组，您放心。
C: 她后背有点褥疮，能洗吗？
A: 有褥疮的话护士会先评估，破损的地方做好防护再洗，洗完还会帮老人做皮肤护理。
C: 那多少钱一次？
A: 一次一百九十八元，洗完现场付款，没有其他费用。
C: 行，约下周二上午。
A: 好的，请问您贵姓，老人家住哪个小区？
C: 我姓樊，住在梧桐苑六栋。
A: 樊女士，下周二上午九点，{C}

@ bath-02 | bath | in | insult,apology | - | contempt for the customer's age and small flat
A: {G}
C: 上次你们上门，给我爸洗完澡把地板弄得全是水，我差点滑倒。
A: 洗澡哪有不溅水的，您家那么小的卫生间，转个身都难。
C: 地方小你们也得收拾干净吧？
A: 我们是给老人洗澡的，不是保洁。您这么大岁数了，连块抹布都拿不动？
C: 你说话太难听了。
A: 事实就是这样，下次您自己提前铺好防滑垫。
C: 算了，我不想跟你说了。
A: 行吧，祝您生活愉快。

@ bath-03 | bath | in | shirking,apology | - | bruise blamed on the partner agency, customer sent there
A: {G}
C: 你们护工给我奶奶洗澡的时候，把她胳膊磕青了一块。
A: 护工是合作机构派的，不归我们客服管，您直接找他们吧。
C: 我是在你们平台下的单，凭什么让我去找别人？
A: 平台只负责接单派单，出了问题要找护工那边，我这边处理不了。
C: 那你至少给我个电话吧。
A: 电话在订单详情里有，您自己看一下。
C: 真是服了你们了。
A: 好的，祝您生活愉快。

@ bath-04 | bath | out | - | hn | outbound reminder opened correctly, hand-written blessing
A: 您好，我是暖澡上门助浴的{name}，提醒您明天上午有一次助浴服务，现在方便说两句吗？
C: 方便，你说。
A: 明天上午九点半，助浴小组三个人上门，需要您家提前把热水器打开，水温调到四十度左右。
C: 好的，要准备毛巾吗？
A: 毛巾和一次性用品我们都带，您只要准备老人换洗的衣服就行。
C: 知道了，谢谢你们。
A: 不客气，打扰您了，祝老人家洗得舒舒服服，身体健康。

@ pos-01 | pos | in | - | hn | 死机 / 黑屏 / 卡死 / 傻瓜式 of a till
A: {G}
C: 你们的收银机今天早上突然死机，重启以后一直黑屏，我店里还等着开门呢。
A: 别着急，您先按住电源键十秒强制关机，再拔掉电源线等半分钟插上。
C: 好，我试试……亮了亮了。
A: 好的，后台显示昨晚系统自动更新没装完，才会卡死，现在已经正常了。
C: 我们家员工年纪大，操作不太熟。
A: 新版本是傻瓜式界面，点大按钮就能收款，我再发一份图文教程到您手机上。
C: 太好了。
A: {C}

@ pos-02 | pos | in | forbidden,apology | - | 我哪晓得 ends the question about the missing takings
A: {G}
C: 我昨天的营业额报表怎么少了两千多块，流水对不上！
A: 我哪晓得，你们店里自己记的账我怎么知道。
C: 报表是你们系统出的，不是我们记的！
A: 行吧，我记一下，明天让技术看看。
C: 那就尽快，我还等着对账呢。
A: 知道了，祝你生意兴隆。

@ pos-03 | pos | in | talk_over | - | agent cuts in twice on long questions
A: {G}
C: 我想问一下，你们的收银系统能不能接会员积分，就是顾客每次消费都能自动累积那种。
A!: 能，专业版就有会员模块，积分规则您自己在后台设置。
C: 那我现在用的是基础版，升级的话是不是要重新买一台机器，还是说直接在线上开通就行？
A!: 不用换机器，线上开通，原来的数据都保留。
C: 升级费用呢？
A: 专业版一年九百八十元，开通当天扣费，到期前七天会提醒您续费。
C: 行，我考虑一下。
A: 好的，{C}

@ pos-04 | pos | out | tariff | - | outbound renewal pitch dodges the price and the charge date
A: 您好，我是快单收银系统的{name}，您店里的收银系统下个月到期了，给您介绍一下续费活动。
C: 哦，你说吧，续费多少钱？
A: 现在续费送您三个月，还加一个扫码盒子，特别划算。
C: 我问的是多少钱，什么时候扣？
A: 价格比您去年还便宜一点，具体的到时候后台会显示，您先点确认就好。
C: 那我先看看吧。
A: 好的，打扰您了，祝您生意红火。

@ sign-01 | sign | in | - | hn | 死角 / 瞎灯 of a lightbox, announced hold
A: {G}
C: 我们店门口的灯箱有两个角不亮，晚上看着黑乎乎的。
A: 您说的是灯箱边上的死角吧，可能是灯条坏了，行内叫瞎灯。请您稍等，我查一下您的安装记录。
.. hold 12
A: 让您久等了，您的灯箱还在两年保修期里，明天下午可以安排师傅上门。
C: 好的，要收费吗？
A: 保修期内换灯条不收费，如果是线路被雨水泡坏了，会先跟您报价，您同意再修。
C: 行。
A: {C}

@ sign-02 | sign | in | overpromise | - | ten years without fading, guaranteed
A: {G}
C: 我想做个门头招牌，你们那个亚克力字能用多久？
A: 我们的字您放心，保证十年不褪色不变形，风吹日晒都跟新的一样。
C: 十年？别家都说三五年。
A: 别家是别家，我们家保证十年，褪一点色全部免费重做。
C: 那价格呢？
A: 三米长的门头一千八百元，下单付一半定金，装好验收付尾款。
C: 你们多久能装好？
A: 下单后七天内安装。请问您怎么称呼？
C: 姓邹。
A: 邹老板，{C}

@ sign-03 | sign | in | colleague | - | the measurer called 半吊子, apology given
A: {G}
C: 上次你们的业务员来量尺寸，量错了，招牌做出来短了二十公分。
A: 您说的是小钟吧，他就是个半吊子，量个尺寸都量不明白，我们也拿他没办法。
C: 那现在怎么办？
A: 实在抱歉给您添麻烦了，我马上安排师傅重新量，招牌按正确尺寸给您重做，费用我们承担。
C: 那还行，尽快吧。
A: 好的，后天上午师傅过去，{C}

@ sign-04 | sign | in | complaint | - | customer lodges a complaint about a falling panel; agent apologises and registers it
A: {G}
C: 我要投诉你们，灯箱装完第三天就掉下来一块，差点砸到人！
A: 非常抱歉，让您受惊了。请问有人受伤吗？
C: 幸好没有，但是你们必须给个说法。
A: 我马上给您登记投诉，今天下午安排安装主管上门查看，加固以后再给您书面说明，您看可以吗？
C: 行，下午几点？
A: 两点到三点之间，主管姓戴，会提前给您打电话。
C: 好。
A: {C}

@ cabin-01 | cabin | in | - | hn | 吊装 trade word; rent, deposit and lifting fee with amount and moment
A: {G}
C: 我们工地要租四个集装箱活动房当办公室，怎么收费？
A: 标准箱每个每月四百五十元，从进场吊装那天开始计租，押金每个一千元，退场验收没问题全额退。
C: 吊装费另算吗？
A: 吊装和运输一次性收八百元，进场的时候结清。
C: 行，最快什么时候能进场？
A: 后天就可以。请问您怎么称呼？
C: 我姓符，项目部的。
A: 符经理，合同我稍后发您邮箱，{C}

@ cabin-02 | cabin | in | insult,closing,apology | - | mocks the customer's trade and money, brush-off ends the call
A: {G}
C: 我们就租两个月，能不能便宜点，一个月三百行不行？
A: 三百？您这是包工头还是搬砖的，这点钱也好意思砍？
C: 你怎么说话呢？我就是问问。
A: 问也白问，租不起就去住工棚，爱租不租。
C: 你们这服务真行。
A: 就这样，挂了。

@ cabin-03 | cabin | in | silence | - | 我看一下 then 13 s of nothing
A: {G}
C: 我们上个月退的两个活动房，押金怎么还没退回来？
A: 我看一下。
.. gap 13
C: 喂，还在吗？
A: 在的，押金已经审批了，这周五之前原路退回到您的对公账户。
C: 好，那我等着。
A: {C}

@ cabin-04 | cabin | in | name_ask | - | 你叫啥 / 车什么 in an order call
A: {G}
C: 我想订三个活动房，下礼拜一用。
A: 行，你叫啥，电话多少？
C: 我姓车，电话一三九零零一二三四五六。
A: 车什么？全名。
C: 车立新。
A: 好，下礼拜一上午送到，每个每月四百五十元，送到当天开始计租。
C: 好的。
A: {C}

@ eia-01 | eia | out | - | hn | outbound, 有毒有害 trade words, customer's 不清楚
A: 下午好，我是清源环评咨询的{name}，上周您咨询的环评报告，我来跟您对一下资料。
C: 哦好，你说。
A: 您厂里的喷涂工序会产生有毒有害的废气，需要在报告里单独写治理措施，麻烦您把废气处理设备的型号发我。
C: 型号我不清楚，得问车间。
A: 您不清楚没关系，问好了微信发我就行，我这边先把其他部分写起来。
C: 好的。
A: 那就不打扰您了，祝您生产顺利。

@ eia-02 | eia | in | overpromise | - | 百分之百保证批下来
A: {G}
C: 我们新厂的环评，你们能保证批下来吗？
A: 交给我们您就放心，百分之百保证批下来，一个月之内拿到批复。
C: 审批不是环保局说了算吗？
A: 那边我们熟，保证没问题，您只管准备开工。
C: 那费用呢？
A: 报告表一共两万八千元，签合同付一半，拿到批复付另一半。
C: 行，我跟老板商量一下。
A: 好的，请问您怎么称呼？
C: 姓骆。
A: 骆经理，{C}

@ eia-03 | eia | in | - | hn | hedged timing, 不敢给您打包票
A: {G}
C: 做一个环评报告书大概要多长时间？能不能保证年底前批？
A: 编制一般需要两个月左右，审批时间以环保部门为准，我们不敢给您打包票，但会尽量在材料上不耽误时间。
C: 那你们有没有加急？
A: 可以优先排期，编制能压缩到一个半月，审批环节我们没法决定。
C: 明白了，那我们先签合同吧。
A: 好的，请问您贵姓？
C: 姓覃。
A: 覃总，合同今天下午发您，{C}

@ eia-04 | eia | in | filler | - | agent's answers full of 啊 / 这个 / 那个 / 嗯 / 呃
A: {G}
C: 我想问问，我们是个小餐馆，需不需要做环评？
A: 啊，这个，餐馆的话，那个，要看您的规模。
C: 我们店一百来平米。
A: 嗯，那个，一百平米左右呢，这个一般就是做个登记表，呃，网上就能备案。
C: 网上在哪儿弄？
A: 啊，就是说，环境影响登记表备案系统，嗯，我发您链接。
C: 好的，谢谢。
A: {C}

@ calib-01 | calib | out | - | hn | outbound reminder, 死区 / 不合格 of a gauge, fee stated
A: 您好，我是准衡计量检测的{name}，贵公司送检的压力表下周到期，提醒您安排复检。
C: 好的，上次检的时候说有一块表死区太大，那块还用送吗？
A: 那块表判定不合格，建议直接更换，新表装好以后一起送检就行。
C: 复检费用还是一样吗？
A: 一样，每块六十元，检完出证书时结算。
C: 行，那我下周一送过去。
A: 好的，祝您工作顺利。

@ calib-02 | calib | in | shirking,apology | - | drifted balance pushed to the maker
A: {G}
C: 你们校准过的天平，拿回来没两天就不准了，差了零点五克。
A: 天平不准是厂家的质量问题，您去找厂家吧。
C: 你们刚校准完就不准，怎么是厂家的事？
A: 我们只负责出证书，仪器本身坏了我们不管。
C: 那证书不就白出了吗？
A: 反正我们管不了，祝您工作顺利。

@ calib-03 | calib | in | speech_rate | fast | agent rattles off turnaround, fees and drop-off at 8-9 chars/s
A: {G}
C: 你好，我想问一下你们校准游标卡尺要多长时间？
A: 游标卡尺常规校准三个工作日出证书，加急的话二十四小时，加急费另收百分之五十，您送样的时候在前台填单子注明加急就行，证书可以快递也可以自取。
C: 那费用怎么算？
A: 普通卡尺每把四十元，数显的每把五十五元，送样时先付款，开具电子发票，发票抬头您提前发给我们，出证书的时候一起给您。
C: 那我送十把过来，要预约吗？
A: 不用预约，工作日早上八点半到下午五点直接送到一楼收样室，带上单位介绍信或者委托单，联系人的姓名电话写清楚就行，请问您怎么称呼？
C: 姓祖。
A: 祖工，感谢您的来电，有问题随时打我们热线，祝您工作顺利，再见。

@ calib-04 | calib | in | greeting | - | bare 喂 first, full greeting only after the customer calls out
A: 喂？
C: 喂，是准衡计量吗？
A: 您好，准衡计量检测，我是{name}，请问有什么可以帮您？
C: 我想送两台温度计过来校准。
A: 可以，玻璃温度计每支三十元，检完出证书付款，工作日随时送过来就行。
C: 好的，下午就送过去。
A: {C}

@ sat-01 | sat | in | - | hn | 盲区 trade word; rent, call charge and deposit stated
A: {G}
C: 我们下个月去新疆无人区，想租两部卫星电话。
A: 没问题，无人区手机没信号，卫星电话只要能看到天空就能打，峡谷里可能会有盲区，找开阔的地方就行。
C: 怎么收费？
A: 每部每天三十五元，通话费每分钟八元从押金里扣，押金每部两千元，还机的时候多退少补。
C: 明白了，我先订上，怎么取机？
A: 可以寄到您家里。请问您怎么称呼？
C: 姓聂。
A: 聂先生，{C}

@ sat-02 | sat | in | insult,apology | - | sarcasm (您可真是探险家) and a regional jibe
A: {G}
C: 我租的卫星电话打不出去，一直显示搜索信号。
A: 您在屋里当然搜不到，要到室外对着天，说明书上写得清清楚楚。
C: 我在外面，在山上呢。
A: 哟，您可真是探险家，说明书都不看就敢进山，你们南方人就是心大。
C: 你这人怎么这样说话？
A: 我说的是实话，您把天线拉直了再试。
C: 行了行了。
A: 那就这样，祝您一路顺风。

@ sat-03 | sat | in | - | hn | customer calls the company 骗子; agent apologises and fixes it
A: {G}
C: 你们这破电话，什么玩意儿，骗子公司！在山上一个电话都打不出去！
A: 非常抱歉让您着急了，我先帮您看看。请问您现在是在室外吗？
C: 在外面，天上一点遮挡都没有。
A: 好的，请您把天线竖直朝上，然后长按绿色按键三秒，等屏幕出现信号格再拨号。
C: 哎，有信号了。
A: 刚才是机器处于省电模式，现在恢复了。{C}

@ sat-04 | sat | in | hangup,closing | - | agent leaves on the request for an itemised bill
A: {G}
C: 我上周还的卫星电话，押金退了吗？
A: 退了，昨天原路退回到您付款的那张卡上。
C: 那通话费扣了多少？
A: 通话费一共扣了一百二十八元。
C: 怎么这么多？我就打了几个电话，能给我发个明细吗？

@ interp-01 | interp | in | - | hn | announced hold, 耳机 / 串音 / 啸叫 trade words
A: {G}
C: 我们下周三有个国际会议，需要两百套同传接收器。
A: 好的，请您稍等，我查一下那天的库存。
.. hold 11
A: 让您久等了，下周三库存够，两百套接收器加两个同传间，请问会场在哪里？
C: 国际会展中心三号厅。
A: 会前一天下午我们去布线调试，避免耳机串音和啸叫。请问您怎么称呼？
C: 我姓詹。
A: 詹老师，报价单稍后发您邮箱，{C}

@ interp-02 | interp | in | tariff | - | price asked twice, answered with 很实惠 / 后面再说
A: {G}
C: 你们同传设备租一天多少钱？译员也是你们派吗？
A: 设备和译员都可以打包，价格很实惠的，您放心。
C: 实惠是多少？译员按小时算还是按天算？什么时候付款？
A: 看会议情况的，先把会议订下来，钱的事后面再说。
C: 那你先发我一个报价单吧。
A: 行，回头发您，祝您会议顺利。

@ interp-03 | interp | in | colleague | - | technician called 笨手笨脚, apology given
A: {G}
C: 上次会议你们派来的技术员，调试的时候把话筒线都接反了。
A: 那是小包，他新来的，笨手笨脚的，什么都干不好，我们都嫌他。
C: 那你们这次派谁来？
A: 这次我亲自安排老师傅过去，不好意思上次影响您了。
C: 好的，那就麻烦你们了。
A: {C}

@ interp-04 | interp | in | short_call | short | wrong number handled politely in a few seconds
A: 您好，声桥会议设备，请问有什么可以帮您？
C: 是快递公司吗？
A: 不是的，您打错了，没关系，祝您生活愉快。

@ cert-01 | cert | in | - | hn | 电死人 / 触电 said of the trade, fee with moment
A: {G}
C: 我想考个低压电工证，我胆子小，听说干电工容易电死人，是真的吗？
A: 只要按规程操作、断电验电，触电事故是可以避免的，我们实操课第一节讲的就是安全防护。
C: 那我零基础能学会吗？
A: 零基础的学员很多，理论加实操一共十五天，考前有模拟考试。
C: 学费多少？
A: 学费一千六百元，报名时一次交清，包含考试费和教材费。
C: 好，我报一个。
A: 好的，请问您怎么称呼？
C: 姓谌。
A: 谌先生，报名链接稍后发您，{C}

@ cert-02 | cert | in | overpromise | - | 保证一次考过 / 百分之百过
A: {G}
C: 焊工证好考吗？我文化不高，怕考不过。
A: 您放心，报我们的班保证一次考过，考不过的我们从来没有过。
C: 那理论考试我怕看不懂题。
A: 题库我们都给您背熟，百分之百过，不过全额退款。
C: 那行，多少钱？
A: 焊工证培训两千二百元，报名时交清。请问您贵姓？
C: 姓米。
A: 米师傅，{C}

@ cert-03 | cert | in | insult,apology | - | 您是不是没上过学 to a customer who cannot use a computer
A: {G}
C: 我想问一下，电工证的理论考试是在电脑上考还是纸上考？
A: 电脑上考，报名页面写着呢。
C: 我不太会用电脑，能不能纸上考？
A: 连电脑都不会，您是不是没上过学？就您这样还想当电工？
C: 我四十多岁了，不会电脑很正常吧。
A: 正常什么，现在小孩都会，您自己回去练练吧。
C: 你这么说话我很不舒服。
A: 没别的事了吧，祝您学习顺利。

@ cert-04 | cert | in | hangup,closing | - | agent leaves on the question about safety shoes
A: {G}
C: 我上个月报的电工班，什么时候开课？
A: 下个月十号开课，早上八点半签到。
C: 上课地点在哪里？
A: 在我们学校二楼实训室，进门右手边。
C: 那我要自己带劳保鞋吗？还是学校统一发？

@ vision-01 | vision | in | - | hn | 弱视 / 斜视 trade words, hedged outcome
A: {G}
C: 我家孩子六岁，医院说有点弱视，还有一点斜视，你们的训练有用吗？
A: 弱视训练对多数孩子都有帮助，效果因人而异，一般要坚持三到六个月，斜视需要先找眼科医生评估是否要手术。
C: 那能保证治好吗？
A: 我们不敢打包票，训练期间每个月复查一次视力，按复查结果调整方案。
C: 好，那先约一次评估吧。
A: 好的，请问孩子怎么称呼？家长贵姓？
C: 孩子叫朵朵，我姓宁。
A: 宁女士，周六上午十点评估，{C}

@ vision-02 | vision | out | overpromise | - | outbound: 保证三个月摘掉眼镜
A: 您好，我是明眸视训中心的{name}，您上次在商场给孩子做了免费视力筛查，来跟您说下结果。
C: 哦，怎么样？
A: 孩子近视两百度，不过您别担心，来我们这儿训练，保证三个月就能摘掉眼镜。
C: 近视还能练回去？
A: 能，我们的仪器特别好，练完视力一点都不会再涨。
C: 我考虑考虑吧。
A: 好的，不打扰您了，祝孩子学习进步。

@ vision-03 | vision | in | name_ask | - | 你姓什么 in a booking
A: {G}
C: 我想给孩子约个视功能检查，周日有号吗？
A: 有，周日下午两点。你姓什么？
C: 姓凤。
A: 孩子几岁？
C: 八岁。
A: 行，给你约上了，检查费一百五十元，到店付。
C: 好的，谢谢。
A: {C}

@ vision-04 | vision | in | apology | - | parent kept waiting an hour, agent explains but never apologises
A: {G}
C: 我都等了四十分钟了，你们前台还让我等，孩子下午还要上课！
A: 今天是周末，训练的孩子多，排队是正常的。
C: 我是约好了两点的，现在都快三点了！
A: 前面有两个孩子训练时间延长了，您再等十分钟就到了。
C: 那你们也得提前说一声！
A: 好的，我跟前台说一下，下次提前通知您。祝您生活愉快。

@ cat-01 | cat | out | - | hn | outbound follow-up, 猫瘟 vaccine, 软便
A: 晚上好，我是绒绒布偶猫舍的{name}，您上周接回去的小猫适应得怎么样了？
C: 挺好的，就是今天有点软便。
A: 换环境软便比较常见，您先别换猫粮，少量多餐。猫瘟疫苗已经打过两针了，第三针下周三到期，记得带去医院。
C: 好的，打疫苗去哪儿都行吗？
A: 正规宠物医院都可以，打完把本子拍照发我，我们帮您记录。
C: 行，谢谢你们。
A: 不客气，祝小猫健健康康。

@ cat-02 | cat | in | overpromise | - | 保证一只都不会生病，活到二十岁
A: {G}
C: 你们的小猫健康吗？我之前在别家买的，回来就生病了。
A: 我们家的猫您放心，保证一只都不会生病，活到二十岁没问题。
C: 二十岁？真的假的？
A: 真的，我们血统都是最好的，体质特别棒。
C: 那一只多少钱？
A: 海双色的一万二千元，付定金两千元，接猫时付尾款。请问您怎么称呼？
C: 姓卓。
A: 卓小姐，{C}

@ cat-03 | cat | in | insult,closing,apology | - | contempt for the customer's budget, brush-off hang-up
A: {G}
C: 我想问一下，宠物级的布偶能不能便宜点，三千块行吗？
A: 三千？您还是去买串串吧，布偶不是您这种预算能养得起的。
C: 我就问问价格，你至于吗？
A: 穷就别养名贵猫，猫粮都买不起，行了，没事我挂了。

@ cat-04 | cat | in | complaint,apology | - | ear mites; 投诉 / 消协, registered without an apology
A: {G}
C: 我要投诉！你们卖的猫带了耳螨，我家另外一只猫也被传染了。
A: 耳螨比较常见，我先帮您了解一下情况。
C: 我接回来第二天就发现了，明明是你们那边带来的！我要找你们老板，不行我就去消协！
A: 您要投诉的话，我帮您登记，老板明天回复您。
C: 必须给个说法。
A: 已经登记了，祝您生活愉快。

@ plot-01 | plot | in | - | hn | 杀虫 / 粪肥 trade words
A: {G}
C: 我认养的那块菜地，最近菜叶子被虫子咬得全是洞，能打杀虫药吗？
A: 我们是有机种植，不用化学杀虫剂，农场会给您挂防虫网，再用生物方法除虫。
C: 那施肥呢？我想多上点粪肥。
A: 粪肥农场统一腐熟好了再发，每个月给每块地施一次，您不用自己准备。
C: 那挺好，我周末过去看看。
A: {C}

@ plot-02 | plot | out | tariff | - | outbound renewal: price and date dodged
A: 您好，我是半亩田认养农场的{name}，您认养的菜地下个月到期，跟您说一下续约的事。
C: 续约要多少钱？什么时候交？
A: 老会员续约有优惠，价格跟今年差不多，您先续上，钱的事不着急。
C: 差不多是多少？
A: 反正不会贵多少，先给您留着地，回头再说。
C: 那行吧。
A: 好的，祝您周末愉快。
"""

CALLS_2 = """
@ guide-01 | guide | in | - | hn | 失温 / 送命 as a guide's safety warning, hedged summit, fee stated
A: {G}
C: 我想报你们十月份的四姑娘山二峰，第一次爬雪山，能登顶吗？
A: 二峰对新手比较友好，大多数人能登顶，但要看天气和个人状态，我们不敢保证。高海拔最怕失温，衣服一定要带够，逞强是会送命的。
C: 明白，向导费怎么收？
A: 一对一向导每天八百元，一共三天，报名时交一千元定金，出发前三天付清余款。
C: 行，那我报名。
A: 好的，请问您怎么称呼？
C: 姓阮。
A: 阮先生，装备清单稍后发您，{C}

@ guide-02 | guide | in | overpromise | - | 保证百分之百登顶
A: {G}
C: 我平时不怎么运动，跟你们的团去爬哈巴雪山行不行？
A: 没问题，跟我们的团保证百分之百登顶，从来没有一个下撤的。
C: 我有点担心高原反应。
A: 有我们向导在，高反根本不是事儿，您只管跟着走。
C: 那费用多少？
A: 四天团四千八百元，报名交一千元定金，出发前付清。请问您贵姓？
C: 姓柏。
A: 柏女士，{C}

@ guide-03 | guide | in | insult | - | mocks the customer's age, then a token apology
A: {G}
C: 我今年六十二了，身体挺好的，想报个五千米的雪山团。
A: 您这把年纪还登什么雪山，在家跳跳广场舞多好，别到时候让我们抬下来。
C: 你这话什么意思？我每天都爬山的。
A: 不好意思，我说话直了点，您别往心里去。六十岁以上要先交一份体检报告，我们评估后再定。
C: 那行，我把体检报告发给你们。
A: 好的，请问您怎么称呼？
C: 姓樊。
A: 樊叔叔，{C}

@ guide-04 | guide | in | speech_rate | slow | agent drawls every word of the route briefing
A: {G}
C: 我想问问你们周末的徒步线路，大概要走多久？
A: 周六走的是东灵山线，全程十八公里，要走七个小时左右。
C: 需要带什么东西？
A: 两升水，午饭，雨衣，登山杖。
C: 那集合时间呢？
A: 早上六点半，地铁站B口集合。
C: 好的，谢谢。
A: 不客气，祝您周末愉快。

@ guide-05 | guide | in | hangup,closing | - | agent leaves on the refund question
A: {G}
C: 我报的那个雪山团，因为天气取消了，钱能退吗？
A: 能退，天气原因取消的全额退款。
C: 多久能到账？
A: 三到五个工作日。
C: 我还租了一套冲锋衣和冰爪，那个钱是单独付的，装备租金也一起退吗？

@ guide-06 | guide | out | - | hn | outbound trip reminder opened correctly
A: 早上好，我是云脊户外向导的{name}，您报名的周六登山活动，我来跟您确认一下集合信息。
C: 好的，你说。
A: 周六早上六点在北门停车场集合，山上温差大，请您带一件保暖外套和头灯。
C: 如果下雨还去吗？
A: 小雨照常出发，大雨我们会提前一天通知您改期，费用全额保留。
C: 好的，知道了。
A: 那就不打扰您了，祝您玩得开心，一路平安。

@ guide-07 | guide | in | greeting | - | opens with 哎，您说 — no greeting, no company
A: 哎，您说，什么事？
C: 你们是云脊户外吧？我想问下七月份有没有去新疆的徒步团。
A: 有的，七月十二号出发的夏特古道，八天，目前还有四个名额。
C: 费用多少？
A: 六千五百元一位，报名交两千元定金，出发前十天付清。
C: 好的，我考虑一下。
A: {C}

@ rack-01 | rack | in | - | hn | 卡死 / 升降 trade words, announced hold
A: {G}
C: 我家的电动晾衣架升到一半卡死了，按遥控也没反应。
A: 您先别着急，请您稍等，我查一下您这台的型号和保修期。
.. hold 10
A: 让您久等了，您这台还在保修期内，可能是钢丝绳卡住了，明天上午安排师傅上门，不收费。
C: 好的，上午几点？
A: 九点到十一点之间，师傅出发前会给您打电话。
C: 行。
A: {C}

@ rack-02 | rack | in | shirking,apology | - | loose ceiling mount pushed to the property company
A: {G}
C: 你们装的晾衣架，顶上的螺丝松了，晾了几件湿衣服就往下掉。
A: 吊顶是物业装的，里面的龙骨不结实，您得找物业。
C: 是你们师傅打的孔、装的架子，怎么成物业的事了？
A: 我们只负责安装，吊顶不行我们也没办法，您去跟物业说吧。
C: 你们这是踢皮球。
A: 反正这个不归我们管，祝您生活愉快。

@ rack-03 | rack | in | insult,apology | - | contempt for the customer's home
A: {G}
C: 师傅说我家阳台装不了你们那款晾衣架，为什么？
A: 您家那阳台也就巴掌大，顶上还是老楼的预制板，装了也是糟蹋东西。
C: 你说话能不能客气点？
A: 我说的是实话，住老破小就别折腾这些了，买个落地的凑合用吧。
C: 你们就这么对待顾客？
A: 没别的问题的话，祝您生活愉快。

@ rack-04 | rack | in | short_call | short | opening hours answered correctly in a few seconds
A: 您好，晾晾好客服，请问您需要什么帮助？
C: 你们门店几点关门？
A: 晚上九点关门，祝您生活愉快。

@ rack-05 | rack | in | talk_over | - | agent cuts in on the customer twice
A: {G}
C: 我想买你们那款带烘干的晾衣架，但是我家阳台是封闭的，不知道烘干的时候会不会很潮。
A!: 不会，烘干是热风循环，封闭阳台开条窗缝就行。
C: 那安装的话是你们派人来装，还是我自己找人装，另外装的时候要不要在吊顶上打孔？
A!: 我们派师傅免费安装，要打四个孔。
C: 好的，多少钱？
A: 这款一千六百九十九元，下单付款，安装不另外收费。请问您怎么称呼？
C: 姓卢。
A: 卢女士，{C}

@ rack-06 | rack | in | closing | - | ends with 行，那就这样
A: {G}
C: 我想问问你们的晾衣架遥控器丢了，能单独买一个吗？
A: 可以单独买，遥控器三十五元一个，在官方旗舰店就能下单。
C: 需要配对吗？
A: 需要，收到以后长按遥控器上的灯光键五秒，听到滴一声就配好了。
C: 好的，明白了。
A: 行，那就这样。

@ rack-07 | rack | in | filler | - | 嗯 / 那个 / 这个 / 啊 throughout the agent's answers
A: {G}
C: 我家晾衣架的灯不亮了，是灯泡坏了吗？
A: 嗯，那个，灯不亮的话，这个，有可能是灯泡坏了啊。
C: 那怎么换？
A: 呃，那个，您把灯罩拧下来，嗯，灯泡是卡口的，这个往下一拔就行。
C: 在哪儿买灯泡？
A: 啊，就是说，旗舰店有配件，那个，十二元一个。
C: 好，谢谢。
A: {C}

@ tablet-01 | tablet | in | - | hn | 笨鸟先飞 (a course name), 死机, a child calling himself 笨
A: {G}
C: 我儿子说学习机上的笨鸟先飞数学课一打开就死机，他还哭着说自己太笨了学不会。
A: 您跟孩子说，他一点都不笨，是软件的问题。您先把学习机升级到最新版本，设置里点系统更新就行。
C: 好，我看看……更新好了，能打开了。
A: 好的，笨鸟先飞是我们的同步练习课程，每天二十分钟就够了。
C: 好的，谢谢你。
A: {C}

@ tablet-02 | tablet | in | insult | - | contempt for the customer's child, then a token apology
A: {G}
C: 孩子用你们学习机做题，老是点错，能不能把字调大一点？
A: 字已经够大了，您家孩子随您，一样拎不清，点个按钮都能点错。
C: 你怎么说话的？孩子才七岁！
A: 不好意思，是我说话冲了。设置里有个字体大小，调到最大就行。
C: 哼，你注意点。
A: 好的，{C}

@ tablet-03 | tablet | in | tariff | - | VIP course subscription: 先免费用 / 不贵
A: {G}
C: 学习机上那个名师课要开会员，会员多少钱？是每个月自动扣吗？
A: 现在开通首月免费，您先给孩子用着。
C: 我问的是以后怎么收费。
A: 收费不贵，就一杯奶茶钱，后面系统会提示您的。
C: 一杯奶茶钱到底是多少？
A: 具体的到时候看页面，现在开通最划算，祝孩子学习进步。

@ tablet-04 | tablet | in | forbidden,apology | - | 你到底想说啥 ends the customer's question
A: {G}
C: 那个，我想问问，就是孩子的学习机，账号是我注册的，现在想换成孩子他爸的，还有之前买的课……
A: 你到底想说啥？
C: 我就是想问能不能换绑手机号，课程还在不在。
A: 能换，设置里点账号安全，换绑手机号，课程都在。
C: 好吧。
A: 嗯，祝您生活愉快。

@ tablet-05 | tablet | in | complaint,apology | - | 12315 threatened over a broken screen, agent never apologises
A: {G}
C: 学习机刚买两周屏幕就碎了，你们说是人为损坏不给换，我要打12315投诉你们！
A: 屏幕碎裂确实属于人为损坏，不在保修范围内。
C: 孩子就是正常放在桌上，它自己裂开的！
A: 那您可以寄回来检测，检测结果出来再定。
C: 我要投诉，你给我记下来！
A: 好，已经记下了，祝您生活愉快。

@ tablet-06 | tablet | in | silence | - | 我查查 then 14 s of nothing
A: {G}
C: 我上周寄回去维修的学习机，现在修到哪一步了？
A: 我查查。
.. gap 14
C: 喂？
A: 在，已经修好了，今天下午寄出，单号会短信发给您。
C: 好的。
A: {C}

@ tablet-07 | tablet | in | complaint | hn | customer quotes the installer's 你是不是傻 while lodging a complaint; agent reads it back
A: {G}
C: 我要投诉你们上门调试的师傅，我问了两遍怎么设置家长模式，他说你是不是傻，这都不会。
A: 非常抱歉，让您受委屈了。我跟您确认一下，师傅原话是你是不是傻，这都不会，对吗？
C: 对，就是这么说的。
A: 好的，已经登记投诉，师傅所在站点的主管会在二十四小时内联系您。家长模式我现在教您设置。
C: 行，你说吧。
A: 设置里点家长中心，输入您的手机号验证码就能打开。{C}

@ dash-01 | dash | in | - | hn | 碰瓷 / 盲区 / 停车监控 trade words
A: {G}
C: 我想买个行车记录仪防碰瓷，前后都能拍吗？
A: 可以，双镜头款前后都拍，车辆侧面会有一点盲区，倒车的时候注意看后视镜。
C: 停车的时候能录吗？
A: 接上降压线就有停车监控，有人碰到车会自动录三十秒。
C: 多少钱？
A: 双镜头款四百九十九元，安装费八十元，装好当场付。请问您怎么称呼？
C: 姓翟。
A: 翟先生，{C}

@ dash-02 | dash | in | overpromise | - | 出了事百分之百能定责
A: {G}
C: 你们这个记录仪晚上拍得清楚吗？我经常走夜路。
A: 保证拍得清清楚楚，车牌号一个字都不会错，出了事百分之百能帮您定责。
C: 下雨天也行？
A: 什么天气都一样，您放心买。
C: 那我下单了。
A: 好的，请问您贵姓？
C: 姓苗。
A: 苗先生，{C}

@ dash-03 | dash | in | insult,apology | - | contempt for the customer's cheap car
A: {G}
C: 你们的记录仪装到我车上，老是提示电压低。
A: 您开的什么车？
C: 一辆十几年的老捷达。
A: 那车也就值个记录仪的钱，电瓶都快报废了吧，开这种车还装什么记录仪。
C: 我开什么车关你什么事？
A: 电瓶不行您去修车店看看，跟我们没关系，祝您生活愉快。

@ dash-04 | dash | out | greeting | - | outbound without the company's name
A: 您好，我是{name}，您上个月在网上买的记录仪用着还行吗？
C: 你是哪家的？
A: 就是您买记录仪的那家，给您做个回访。
C: 哦，还行吧，就是晚上有点糊。
A: 您把镜头上的保护膜撕掉试试，很多客户都是忘了撕膜。
C: 好，我回头看看。
A: 好的，打扰您了，祝您行车平安。

@ dash-05 | dash | in | speech_rate | fast | agent rushes through the install steps
A: {G}
C: 我买的记录仪想自己装，应该怎么弄？
A: 先把主机贴在后视镜后面偏右一点的位置，贴之前用酒精把玻璃擦干净，电源线顺着顶棚塞进去，再沿着A柱的密封条往下走，一直走到副驾驶脚下的保险盒。
C: 那保险盒那边怎么接？
A: 降压线的红线接常电保险，黄线接点火保险，黑线搭在车身的螺丝上，接好以后打火看屏幕亮不亮，亮了就说明接对了，不亮就把红线黄线对调一下。
C: 好像有点复杂，我怕接错。
A: 接错了也不会烧坏机器，实在不行您到我们的合作门店去装，安装费八十元装好付款，门店地址我短信发您，到店报手机号就行。
C: 好的，谢谢。
A: 不客气，感谢您的支持，祝您行车平安，一路顺风。

@ dash-06 | dash | in | colleague | - | the store installer called 马大哈
A: {G}
C: 你们门店的师傅给我装记录仪，把我车里顶棚的卡扣都弄断了。
A: 是城西店吧，那个师傅出了名的马大哈，干活毛毛躁躁，我们都说过他好几回了。
C: 那卡扣怎么办？
A: 实在对不起，卡扣我们照价赔偿，您把照片发过来，我给您登记。
C: 行吧。
A: {C}

@ dash-07 | dash | in | hangup,closing | - | agent leaves on the question about the memory card
A: {G}
C: 我的记录仪老是提示存储卡错误，怎么回事？
A: 您把卡拔出来在记录仪里格式化一下就行。
C: 格式化了以前的视频是不是就没了？
A: 对，会清空。
C: 那我想先把上周的视频导出来，要用电脑导还是手机连上就能导？

@ foot-01 | foot | in | - | hn | 鸡眼 / 灰指甲 / 嵌甲 trade words, hedged outcome
A: {G}
C: 我脚上长了个鸡眼，还有两个灰指甲，你们能处理吗？
A: 鸡眼和嵌甲师傅都能处理，灰指甲我们可以修薄加涂药，一般要坚持两三个月，效果看个人情况。
C: 一次多少钱？
A: 鸡眼处理一次五十八元，灰指甲护理一次三十八元，做完到前台付。
C: 行，周日上午有空位吗？
A: 有的，请问您贵姓？
C: 姓庞。
A: 庞先生，周日上午十点，{C}

@ foot-02 | foot | in | insult | - | a jibe about the customer's feet taken back with 不好意思，开个玩笑
A: {G}
C: 我想问问你们修脚有没有专门的单间？我脚有点味儿，不好意思在大厅。
A: 您这脚味儿隔着电话都能闻到了，单间也得开窗通风三天。
C: 你这样说我很难堪。
A: 不好意思，开个玩笑。单间有的，加二十元，您到店跟前台说一声。
C: 嗯，知道了。
A: {C}

@ foot-03 | foot | in | name_ask | - | 你叫什么名字 in a booking
A: {G}
C: 我想约明天下午的修脚，三点左右。
A: 三点有空。你叫什么名字？
C: 我姓包。
A: 包什么？
C: 包红梅。
A: 好，明天下午三点，到店报名字就行。
C: 好的。
A: {C}

@ foot-04 | foot | in | apology | - | bleeding toe after a pedicure, agent explains it away
A: {G}
C: 昨天在你们店修完脚，大脚趾一直在流血，今天走路都疼！
A: 嵌甲处理的时候出一点血是正常的，师傅操作没问题。
C: 正常？我今天都没法上班了！
A: 您回去用碘伏消消毒，两三天就好了，要是还不好可以到店里让师傅看看。
C: 你们就这么对待客人？
A: 我已经把情况记下来了，祝您早日康复。

@ foot-05 | foot | in | forbidden,apology | - | 那谁知道 ends the question about the lost membership card balance
A: {G}
C: 我的会员卡怎么少了三百块？我这个月就去过一次！
A: 那谁知道，可能是您家里人拿去用了。
C: 卡一直在我身上，你们查一下消费记录行不行？
A: 查了，记录上就是这样。
C: 这不是一回事，我要看明细。
A: 明细去门店前台打，祝您生活愉快。

@ foot-06 | foot | in | closing | - | ends with 嗯，就这么着吧
A: {G}
C: 你们足安堂在城东有没有分店？
A: 有的，城东在建设路六十八号，早上十点到晚上十点营业。
C: 那边能用我在城西办的卡吗？
A: 能用，全国门店通用，到店报手机号就行。
C: 好的。
A: 嗯，就这么着吧。

@ foot-07 | foot | in | talk_over | - | agent cuts in on a long question twice
A: {G}
C: 我想问问你们的足疗加修脚套餐，就是那个一百二十八的，里面包不包括去死皮和修指甲？
A!: 包括，修脚、去茧、修指甲都有，足疗是六十分钟。
C: 那我要是想加个拔罐或者刮痧，是在套餐里加钱，还是要重新再开一个项目单子？
A!: 在套餐里加就行，拔罐加三十元，结账时一起付。
C: 好的，那我周六去。
A: 好的，请问您怎么称呼？
C: 姓黎。
A: 黎女士，{C}

@ reg-01 | reg | in | - | hn | 空壳公司 / 经营异常 / 注销 trade words
A: {G}
C: 我前几年注册了一个公司，一直没经营，成了空壳公司，最近查到被列入经营异常了，怎么办？
A: 被列入经营异常的，先补报往年的年报，再申请移出，然后可以走简易注销。
C: 要多长时间？费用多少？
A: 一般一个半月左右，以审批为准。代办费一千五百元，签约时付一半，注销完成付另一半。
C: 行，我考虑一下。
A: 好的，请问您怎么称呼？
C: 姓鞠。
A: 鞠先生，{C}

@ reg-02 | reg | in | overpromise | - | 保证三天拿执照，名字一定核准
A: {G}
C: 我想注册一个餐饮公司，名字想叫味之源，多久能办下来？
A: 交给我们，保证三天拿到营业执照，您想要的名字一定给您核准下来。
C: 重名了怎么办？
A: 不会重名，我们有内部关系，保证没问题。
C: 那费用呢？
A: 全包一千二百元，签约付清。请问您贵姓？
C: 姓狄。
A: 狄老板，{C}

@ reg-03 | reg | in | tariff | - | 零元注册, bookkeeping fee after it dodged
A: {G}
C: 你们广告上说零元注册公司，是真的吗？后面还要交什么钱？
A: 真的，注册一分钱不要，后面代账的费用不多，到时候再说。
C: 代账一个月多少？从什么时候开始收？
A: 这个要看您公司业务量，先注册下来，后面的都好说。
C: 那你们总得有个价吧。
A: 价格肯定实惠，先给您办上，祝您生意兴隆。

@ reg-04 | reg | out | greeting | - | outbound opens with 喂 and no company
A: 喂，赵总吗？您公司的年报该报了。
C: 你是哪里？
A: 我们是帮您注册公司的启航，我是{name}，今年六月三十号之前要报完。
C: 哦，那你们帮我报吧。
A: 好的，年报代办一次二百元，报完后付款，我稍后把需要的材料清单发您。
C: 行。
A: 好的，打扰您了，祝您生意兴隆。

@ reg-05 | reg | in | shirking,apology | - | address-change question pushed to the regulator
A: {G}
C: 我想把公司的注册地址从高新区迁到经开区，你们能办吗？
A: 跨区迁址是市场监管局的事，您去问他们吧。
C: 你们不就是代办这个的吗？
A: 我们只办注册，迁址太麻烦，您自己去窗口问。
C: 那你们广告上写的全程代办是什么意思？
A: 反正这个我们不接，祝您生活愉快。

@ reg-06 | reg | in | silence | - | 我核一下 then 12 s of nothing
A: {G}
C: 我上周交的注册材料，现在审核到哪一步了？
A: 我核一下。
.. gap 12
C: 喂，你好？
A: 在的，名称已经核准了，现在在等执照审批，预计周四出照。
C: 好的，出了告诉我一声。
A: {C}

@ reg-07 | reg | out | - | hn | outbound reminder with company and name, fee stated
A: 下午好，我是启航企业服务的{name}，提醒您公司今年的年报还没报，六月底截止。
C: 哦，我都忘了，你们能帮我报吗？
A: 可以，年报代办二百元，报完以后付款，您把去年的财务报表发给我就行。
C: 好，我让会计发你。
A: 好的，那就不打扰您了，祝您生意兴隆。

@ tank-01 | tank | in | - | hn | 死水 / 青苔 trade words, fee stated
A: {G}
C: 我们小区的水箱好几年没洗了，住户说水里有股味儿，是不是成死水了？
A: 水箱长时间不清洗，底部会有沉淀和青苔，水的流动性差就会有异味，我们建议每半年清洗一次。
C: 清洗一次多少钱？
A: 五十立方以内的水箱每次一千二百元，清洗完出具水质检测报告后付款。
C: 行，约下周一吧。
A: 好的，请问您怎么称呼？
C: 姓蒲，物业的。
A: 蒲经理，{C}

@ tank-02 | tank | in | forbidden,apology | - | 搞不懂你想干嘛
A: {G}
C: 我们楼的水压特别小，你们上次洗完水箱以后就这样，是不是阀门没开到位，还是管子里有东西堵住了，我也说不好……
A: 搞不懂你想干嘛，到底是要洗水箱还是要修水管？
C: 我是说你们洗完以后水压就小了！
A: 那我记一下，让师傅明天过去看看。
C: 早这么说不就完了。
A: 嗯，祝您生活愉快。

@ tank-03 | tank | in | - | hn | 不清楚 of the property company's plan, with where to ask
A: {G}
C: 我是业主，想问问我们小区什么时候洗水箱？
A: 我们是按物业的委托排期的，贵小区今年的排期我这边暂时不清楚，您可以问一下物业服务中心，他们那边有具体安排。
C: 好的，那洗的时候会停水吗？
A: 会停水四到六个小时，物业会提前一天贴通知。
C: 明白了。
A: {C}

@ tank-04 | tank | in | colleague | - | the previous crew called 一群糊弄事的
A: {G}
C: 你们上个月来洗水箱，走的时候盖子都没盖严，掉进去好多树叶。
A: 上次去的是老周那组，一群糊弄事的，干活从来不上心。
C: 那现在怎么办？
A: 非常抱歉，明天我派另一组过去重新清洗消毒，不收费。
C: 好吧。
A: {C}

@ tank-05 | tank | in | short_call,closing | short | curt 知道了，拜拜 after a one-line answer
A: 您好，清泉水箱清洗，请问您需要什么帮助？
C: 你们周末上班吗？
A: 上班，知道了吧，拜拜。

@ tank-06 | tank | in | name_ask | - | an order taken with 你谁啊
A: {G}
C: 我们单位有个三十方的水箱要洗，想约下周。
A: 你谁啊？哪个单位的？
C: 我姓景，市三中后勤处的。
A: 行，下周三上午，三十方的一次一千二百元，洗完出报告付款。
C: 好的。
A: {C}

@ tank-07 | tank | in | hangup,closing | - | agent leaves on the question about the report
A: {G}
C: 你们昨天洗完水箱，检测报告什么时候给？
A: 报告要三个工作日。
C: 是纸质的还是电子的？
A: 都有。
C: 我们业委会要存档的，那纸质的是寄给物业还是寄给我们业委会？

@ tank-08 | tank | in | greeting | - | a bare 嗯 first; full greeting only after the customer's 喂，有人吗
A: 嗯？
C: 喂？有人吗？
A: 您好，清泉水箱清洗，我是{name}，请问有什么可以帮您？
C: 我想问问你们洗一个二十方的水箱多少钱。
A: 二十方以内的每次八百元，清洗完出具水质检测报告后付款。
C: 好的，我跟领导汇报一下。
A: {C}
"""

CALLS_3 = """
@ ear-05 | ear | in | insult,apology,talk_over | - | agent cuts in to mock the customer's accent, no apology
A: {G}
C: 我想问一下你们采耳可以用医保卡吗，我们老家那边好多店都能刷的，你们这边能不能刷？
A!: 您这普通话我听着真费劲，回去练练再打过来吧。
C: 我说得很清楚，就是问能不能刷医保卡。
A: 不能刷，采耳不是医疗项目。
C: 你刚才那句话什么意思？瞧不起外地人？
A: 我就是听不清。还有别的事吗？
C: 没了。
A: 好，祝您生活愉快。

@ bath-05 | bath | in | insult,closing,apology | - | 找个识字的家里人来听, then 爱签不签 brush-off
A: {G}
C: 你们发过来的服务协议我看不太明白，里面那个意外责任那条是什么意思？
A: 协议上写得明明白白，您要是看不懂，找个识字的家里人来听电话吧。
C: 我当然识字，就是那条写得绕。
A: 绕什么绕，别人都看得懂，就您事多。爱签不签，我这还忙着呢，挂了。

@ pos-05 | pos | in | insult,silence | - | 您这是魔怔了吧, token apology, then 我看一下 and 12 s of nothing
A: {G}
C: 我总觉得你们收银系统在偷偷记我店里的数据，卖给别人，是不是真的？
A: 您这是魔怔了吧，天天琢磨这些有的没的。
C: 我问问都不行？现在泄露数据的新闻那么多。
A: 不好意思，我刚才话说重了。我看一下您的账号设置。
.. gap 12
C: 喂？人呢？
A: 在的，您的数据只存在您自己的账户里，我们不会给第三方，隐私协议第三条写着。
C: 那行吧。
A: {C}

@ sign-05 | sign | in | insult,name_ask | - | 小学数学是体育老师教的吧, token apology, 你叫啥 on the order
A: {G}
C: 我想做个一米二乘八十公分的灯箱，一共是多少平方？我算了半天没算明白。
A: 这都算不明白？小学数学是体育老师教的吧，不到一个平方。
C: 你会不会说话？
A: 不好意思，我嘴快了。灯箱按平方算，每平方三百五十元，不足一平方按一平方算，下单付全款。
C: 行，那我订一个。
A: 你叫啥？电话多少？
C: 姓顾，电话发你微信了。
A: 好，{C}

@ cabin-05 | cabin | in | greeting,tariff,name_ask | - | opens with 喂，您好; rent never stated; 你叫啥名字
A: 喂，您好，安居宝活动房，请问有什么可以帮您？
C: 我想租两个活动房放工具，一个月多少钱？什么时候开始算？
A: 便宜得很，跟外面差不多，您先定下来，到时候再算。
C: 差不多是多少？
A: 看您租多久了，反正不贵。你叫啥名字？
C: 我姓汤。
A: 行，汤师傅，明天给您送过去，{C}

@ eia-05 | eia | in | greeting,filler | - | bare 喂 first; answers full of 啊 / 这个 / 那个 / 嗯 / 呃
A: 喂？
C: 喂，是清源环评吗？我想咨询一下。
A: 您好，清源环评咨询，我是{name}，请问需要什么帮助？
C: 我们要建一个小型的养鸡场，要做环评吗？
A: 啊，这个，养殖场的话，那个，要看存栏量。
C: 大概两万只。
A: 嗯，两万只的话，这个，要做报告表，呃，我们先派人去现场看看。
C: 好的，那你们先来看看吧。
A: 嗯，好的，那个，{C}

@ calib-05 | calib | in | greeting,forbidden | - | 您好，准衡计量。 with no offer; 别废话，快说要干嘛
A: 您好，准衡计量。
C: 你好，我想问一下，我们厂里有一批压力表，大概三十多块吧，有的是去年买的，有的是前年的……
A: 别废话，快说要干嘛。
C: 我就是想问能不能上门校准。
A: 能，三十块以上可以上门，每块六十元，另收上门费二百元，校准完当场结算。
C: 好的，那约下周吧。
A: 行，请问您怎么称呼？
C: 姓谭。
A: 谭工，下周二上午，{C}

@ sat-05 | sat | in | greeting,shirking,apology | - | greeting without the company; swollen battery pushed to the maker
A: 您好，请问有什么可以帮您？
C: 是穹联吧？你们寄来的卫星电话电池鼓包了，根本充不进电。
A: 电池是厂家配的，质量问题您找厂家售后。
C: 我是从你们这儿租的，找厂家干嘛？
A: 我们只管租，电池坏了我们这边处理不了，厂家电话在包装盒上。
C: 我明天就要进山了，你让我怎么办？
A: 那您尽快联系厂家，祝您一路平安。

@ interp-05 | interp | in | greeting,silence | - | bare 嗯 first; later 我查一下 and 15 s of nothing
A: 嗯。
C: 喂？是声桥会议设备吗？
A: 您好，声桥会议设备，我是{name}，请问您需要什么帮助？
C: 我上周租的设备，押金什么时候退？
A: 我查一下。
.. gap 15
C: 喂，还在吗？
A: 在的，押金两千元已经退了，今天下午到账。
C: 好的，谢谢。
A: {C}

@ cert-05 | cert | in | greeting,closing,short_call | short | 匠心职校，有什么事 … 拜了
A: 匠心职校，有什么事？
C: 周六有电工课吗？
A: 有，早上八点半，拜了。

@ vision-05 | vision | in | greeting,talk_over | - | opens with 喂，您好 + company + offer; agent cuts in twice
A: 喂，您好，明眸视训中心，请问有什么可以帮您？
C: 我想问一下我家孩子散光一百五十度，能不能做你们的训练，还是说散光只能配眼镜矫正？
A!: 散光以配镜为主，训练可以改善用眼习惯，您带孩子来先做个检查。
C: 检查要多长时间？需要提前预约吗，还是周末直接带过去就可以，我们周六上午有空？
A!: 检查一个小时，周六上午需要预约，我现在给您约上。请问家长怎么称呼？
C: 姓安。
A: 安女士，周六上午十点，{C}

@ cat-05 | cat | in | forbidden,apology,closing | - | 琢磨明白了再来电话; ends 行，那就这样
A: {G}
C: 我想要一只布偶，但是我也不确定要公的还是母的，要蓝双还是海双，我老公想要……
A: 您自己都没想清楚，琢磨明白了再来电话吧。
C: 我就是想听听你们的建议。
A: 公猫性格粘人一点，母猫安静一点，颜色看您喜欢。
C: 你这态度，我还是去别家看看吧。
A: 行，那就这样。

@ plot-03 | plot | in | forbidden,colleague,silence | - | 您这么讲是啥意思嘛; 我看一下监控 then 13 s; new hand called 睁眼瞎
A: {G}
C: 我认养的菜地被人摘了好几棵白菜，你们农场管不管？
A: 您这么讲是啥意思嘛，说我们农场的人偷菜？
C: 我没说是你们的人，我是问你们管不管。
A: 我看一下监控记录。
.. gap 13
C: 喂？
A: 看到了，是新来的小工摘错了地，那小子就是个睁眼瞎，地块号都认不清。不好意思，我们赔您白菜。
C: 好吧。
A: {C}

@ guide-08 | guide | in | forbidden,shirking,apology | - | 我也说不清楚，反正就这样; insurance claim pushed to the insurer
A: {G}
C: 我报的团说是含保险，我去年爬山扭伤了脚，理赔怎么弄？
A: 我也说不清楚，反正就这样，保险是保险公司的事。
C: 当时是你们帮我们买的保险。
A: 买是我们买的，赔不赔是保险公司说了算，您找他们去。
C: 你们连个电话都不给？
A: 保单上有，您自己翻翻，祝您生活愉快。

@ rack-08 | rack | in | tariff,filler | - | installation fee asked, 看情况 / 不贵 / 到了再说, with tics
A: {G}
C: 我想买你们的晾衣架，安装要另外收钱吗？收多少？
A: 嗯，这个，安装的话，那个，看情况。
C: 看什么情况？给个数。
A: 呃，那个，一般不贵，这个，师傅到了再说。
C: 那好吧，我先下单。
A: 嗯，好的，请问您怎么称呼？
C: 姓尹。
A: 尹先生，{C}

@ tablet-08 | tablet | in | tariff,talk_over,speech_rate | fast | course fee after the free year never stated, agent fast and cutting in
A: {G}
C: 我想给孩子买你们的学习机，听说里面的课程要另外收费，是每年都要交吗，一年大概多少钱？
A!: 学习机本身三千二百九十九元，里面的基础课程全部免费，名师直播课属于增值服务，价格很灵活，经常有活动，您买了以后在会员中心看就行，现在下单还送一年会员。
C: 送一年之后呢？第二年开始怎么收，是自动续费吗，我不想被莫名其妙扣钱，你给我说清楚。
A!: 第二年的费用到时候页面会有提示的，不会莫名其妙扣您的钱，您放心，很多家长都是先用着再说，用得好再续，用得不好不续就行了，没有任何强制。
C: 行吧，那我再想想。
A: 好的，感谢您的来电，有问题随时打我们热线，祝孩子学习进步，天天向上。

@ dash-08 | dash | in | filler,silence | - | tics throughout; 我看一下后台 then 11 s of nothing
A: {G}
C: 我的记录仪连不上手机了，手机软件一直显示连接失败。
A: 嗯，这个，您先那个，把记录仪的无线打开。
C: 打开了，还是不行。
A: 呃，那个，我看一下后台。
.. gap 11
C: 喂？你还在吗？
A: 啊，在的，这个，您的固件版本太老了，嗯，我发个升级包给您。
C: 好。
A: {C}

@ foot-08 | foot | in | filler,name_ask,closing | - | tics, 你姓啥, ends 就这样吧
A: {G}
C: 我想约个修脚，明天上午有空吗？
A: 啊，有的，那个，明天上午，嗯，十点可以。
C: 行，就十点。
A: 呃，你姓啥？这个，电话多少？
C: 姓葛，电话就是我现在打的这个。
A: 嗯，好的，那个，就这样吧。

@ reg-08 | reg | in | filler,speech_rate | slow | drawled answers with tics
A: {G}
C: 我想注册个个体户，要准备什么材料？
A: 嗯，身份证，那个，经营场所证明。
C: 租的房子行吗？
A: 这个，租房合同，也可以。
C: 多久能办好？
A: 呃，一般，那个，五个工作日。
C: 好的，谢谢。
A: 嗯，不客气，祝您生意兴隆。

@ tank-09 | tank | in | complaint,filler,closing | - | yellow tap water, 投诉到领导, tics, ends 先这样
A: {G}
C: 我要投诉，你们洗完水箱以后，我家水龙头流出来的水是黄的！
A: 啊，这个，不好意思，那个，可能是管道里的锈。
C: 我不管是什么，我要投诉到你们领导那儿！
A: 嗯，好的，这个，我给您登记投诉，呃，主管下午联系您。
C: 尽快！
A: 好，那个，先这样。

@ ear-06 | ear | in | name_ask,speech_rate | slow | drawled booking with 你叫什么
A: {G}
C: 我想约个采耳，今晚七点有位置吗？
A: 有位置，七点可以。
C: 好的，那给我约上。
A: 你叫什么？
C: 姓江。
A: 江先生，今晚七点，到店报名字。
C: 好的。
A: 感谢您的来电，祝您生活愉快。

@ bath-06 | bath | in | colleague,complaint,talk_over | - | complaint about a carer; agent cuts in, calls her 吊儿郎当
A: {G}
C: 我要投诉你们上周派来的护理员，给我妈洗澡的时候一直在打电话，洗到一半水都凉了，老人冻得直哆嗦。
A!: 您说的是小谷吧，她就是个吊儿郎当的主，我们早就不想要她了。
C: 我不管你们要不要她，我就是要投诉，你们得给我一个处理结果，还得保证以后不派她来。
A!: 非常抱歉，投诉我已经登记了，以后不会再派她去您家，本次服务费全额退还。
C: 好吧。
A: {C}

@ pos-06 | pos | in | colleague,hangup,closing | - | installer called 甩手掌柜; agent leaves on the question about today
A: {G}
C: 上次你们的安装员来装收银机，网线都没接好就走了。
A: 又是小邝吧，那家伙就是个甩手掌柜，装一半就跑，不好意思。
C: 那你们什么时候派人来重新接？
A: 明天上午派人过去。
C: 能不能今天下午？我明天一早就要开门营业，没有收银机可不行，今天下午几点能到？

@ sign-06 | sign | in | shirking,complaint | - | misspelt shop name pushed to the outsourced designers after a pro-forma 不好意思
A: {G}
C: 我要投诉！你们做的招牌上把我店名写错了一个字，开业第一天就闹笑话！
A: 不好意思，字是设计那边排的，您去找设计部，我们客服管不了。
C: 我就打的你们的电话，凭什么让我再找别人？
A: 设计部是外包的，出了错得他们改，您加他们微信说吧。
C: 我要投诉到你们老板那儿！
A: 那您随意，祝您生意兴隆。

@ cabin-06 | cabin | in | shirking,silence,apology,hangup,closing | - | leak pushed to the maker, 我看一下合同 then 12 s, agent leaves on the question
A: {G}
C: 你们的活动房漏雨，屋里的图纸全泡了。
A: 活动房是厂家生产的，漏雨是质量问题，您找厂家。
C: 我跟你们签的合同，怎么找厂家？
A: 我看一下合同。
.. gap 12
C: 喂？喂？人呢？
A: 合同上写了质量问题由厂家负责，厂家电话您自己查一下。
C: 真的太过分了，那泡坏的图纸谁赔？你们总得有个人管吧？

@ eia-06 | eia | in | speech_rate | fast | agent explains EIA vs discharge permit at 8-9 chars/s
A: {G}
C: 我想问一下排污许可证和环评是一回事吗？
A: 不是一回事，环评是项目建设前做的，评估项目对环境的影响，排污许可证是项目建成投产前申请的，规定您能排放什么污染物、排放多少，两个手续都要办，顺序是先环评后排污许可。
C: 那你们两个都能代办吗？
A: 都能代办，环评报告表我们收费两万元起，排污许可登记五千元，签合同的时候付一半，拿到批复和许可证以后付另一半，具体价格按您的项目规模定，签合同前会给您一份书面报价单。
C: 好的，那你们先给我出个报价。
A: 好的，请问您怎么称呼，报价单发到哪个邮箱比较方便呢？
C: 姓尤，邮箱我微信发你。
A: 尤总，感谢您的来电，报价单明天上午发您，祝您工作顺利，万事顺心。

@ calib-06 | calib | in | speech_rate,colleague | slow | drawled; the clerk called 稀里糊涂的主儿
A: {G}
C: 你们上次出的校准证书，单位名称写错了。
A: 又是小石弄的，她就是个稀里糊涂的主儿。
C: 那能改吗？
A: 能改，实在抱歉，三天内重新出。
C: 好的。
A: {C}

@ sat-06 | sat | in | talk_over,hangup,closing | - | agent cuts in twice, then leaves on the question about positions
A: {G}
C: 我想问问你们的卫星电话能不能发短信，我们去南极科考，家里人想每天收到报平安的消息，如果能发的话怎么收费？
A!: 能发短信，每条一元五角，从押金里扣。
C: 那能不能发定位？就是我在什么位置，家里人能在地图上看到，这个功能需要另外开通吗，还是直接就能用？
A!: 能发定位，直接就能用。
C: 那定位是实时的还是要我手动发？手动发的话怎么操作？

@ vision-06 | vision | in | short_call,closing | short | 周一休息，就这样
A: 您好，明眸视训，请问需要什么帮助？
C: 你们周一开门吗？
A: 周一休息，就这样。

@ plot-04 | plot | in | short_call | short | address given with a blessing in a few seconds
A: 您好，半亩田农场，请问您需要什么帮助？
C: 你们地址在哪儿？
A: 东郊大河村，祝您周末愉快。

@ guide-09 | guide | in | short_call,closing | short | 满了，没了，拜拜
A: 您好，云脊户外，请问需要什么帮助？
C: 周末的团满了吗？
A: 满了，没了，拜拜。

@ tablet-09 | tablet | in | short_call,forbidden | short | 不晓得 ends the question about offers
A: 您好，学霸星客服，请问需要什么帮助？
C: 这个月有优惠吗？
A: 不晓得，祝您生活愉快。

@ ear-07 | ear | in | - | hn | a past complaint mentioned as settled, 我不是要投诉, earlier apology repeated
A: {G}
C: 我上个月投诉过你们一个师傅，后来店长已经跟我道歉了，这事算解决了。我不是要投诉，就想问问那个师傅还在不在，我想换个师傅。
A: 谢谢您的理解，上次的事再次向您道歉。那位师傅已经调到其他门店了，您可以选我们的金牌师傅小范。
C: 好，那约周五晚上。
A: 好的，请问您怎么称呼？
C: 姓岳。
A: 岳女士，周五晚上七点，{C}

@ bath-07 | bath | in | - | hn | 老年痴呆 / 骂人 said of the customer's mother; sincere praise 孝顺的好女儿
A: {G}
C: 我妈九十了，有点老年痴呆，脾气也不好，洗澡的时候可能会骂人，你们能接受吗？
A: 没问题，我们的助浴员都培训过怎么照顾失智老人，老人家骂两句我们不会往心里去。您这么细心，真是个孝顺的好女儿。
C: 哪里哪里，那多少钱？
A: 失智老人需要四人小组，一次二百五十八元，洗完付款。请问您贵姓？
C: 姓娄。
A: 娄女士，{C}

@ pos-07 | pos | in | - | hn | customer's 喂？喂？ and 垃圾 about the system; agent apologises and helps
A: {G}
C: 喂？喂？你们这系统就是个垃圾，一到中午高峰就卡，顾客排了一长队！
A: 非常抱歉耽误您做生意了，请问您现在用的是无线网还是网线？
C: 无线的。
A: 高峰时候无线网不稳定，建议您换成网线连接，我们可以免费寄一根网线给您。
C: 那你们赶紧寄。
A: 好的，今天就寄出，{C}

@ sign-07 | sign | in | - | hn | hedged lifetime, 以实际使用环境为准, price with moment
A: {G}
C: 你们的户外灯箱能用几年？会不会褪色？
A: 户外灯箱一般能用五到八年，画面在强日照下两三年会有轻微褪色，以实际使用环境为准，保修期两年。
C: 那比别家贵吗？
A: 一平方三百五十元，跟市面上差不多，下单付一半，安装验收付另一半。
C: 好的，我再比比。
A: {C}

@ cabin-07 | cabin | in | - | hn | proper transfer to finance with the colleague's name
A: {G}
C: 我想问一下我们公司上季度的租金发票开了没有，发票抬头是安居建设集团有限公司。
A: 发票是财务部的同事负责，我帮您转接过去，财务的同事姓程，她会帮您查开票进度，请您稍等，不要挂机。
C: 好的，谢谢。
A: 不客气，祝您工作顺利。

@ calib-07 | calib | in | - | hn | correct greeting in another order (company, 您好, name, offer)
A: 准衡计量检测，您好，我是{name}，您有什么仪器需要校准？
C: 我们有一台电子秤需要校准，能上门吗？
A: 单台电子秤建议送检，每台五十元，检完出证书付款；如果十台以上可以上门。
C: 就一台，那我送过去。
A: 好的，工作日早上八点半到下午五点都可以送，{C}

@ sat-07 | sat | in | - | hn | regional politeness in the greeting (有啥子需要尽管讲), announced hold
A: 您好，穹联卫星通讯，我是{name}，您有啥子需要尽管讲，我来帮您弄。
C: 我想问下我租的那台卫星电话，现在寄到哪里了。
A: 要得，请您稍等，我帮您查一下物流。
.. hold 13
A: 让您久等了，已经到成都转运中心了，明天上午送到。
C: 好嘞，谢谢。
A: {C}

@ interp-06 | interp | in | - | hn | 不知道 of the hotel's power supply with where to ask
A: {G}
C: 我们会场的电源够不够你们设备用？
A: 会场的配电情况我们这边不知道，需要问一下酒店工程部，我把需要的功率写在方案里，您转给他们确认就行。
C: 大概要多大功率？
A: 两个同传间加接收器，一共三千瓦左右，一路十六安的插座就够。
C: 好的，我去问问酒店。
A: {C}

@ cert-06 | cert | in | - | hn | hedged pass rate, 不敢打包票; resit fee with moment
A: {G}
C: 你们的焊工证通过率高吗？
A: 我们近两年的通过率大约在八成左右，主要看实操练得够不够，我们不敢打包票，但考前会安排两次模拟考。
C: 考不过能补考吗？
A: 能补考一次，补考费一百元，报补考的时候交。
C: 明白了。
A: {C}

@ vision-07 | vision | in | - | hn | bad line: complete greeting, customer's 喂？听不清, agent re-greets
A: {G}
C: 喂？喂？听不清。
A: 您好，这里是明眸视训中心，我是{name}，请问现在能听清吗？
C: 能听清了，刚才信号不好。我想问问你们周末开门吗？
A: 周末正常营业，早上九点到晚上六点。
C: 好的。
A: {C}

@ cat-06 | cat | in | - | hn | 傻乎乎 / 憨 said of the cat, 猫瘟 trade word
A: {G}
C: 我家那只布偶最近傻乎乎的，老撞门，是不是有什么问题？
A: 布偶性格比较憨，有时候看着傻乎乎的很正常，不过频繁撞门的话建议带去医院查一下视力。
C: 会不会是猫瘟？
A: 猫瘟主要是呕吐拉稀、不吃东西，单纯撞门不太像，您观察一下精神和食欲，有异常马上就医。
C: 好的，谢谢。
A: {C}

@ plot-05 | plot | in | - | hn | the customer calls himself 笨手笨脚 and hears 您一点都不笨; 不清楚 of his own
A: {G}
C: 我笨手笨脚的，种的菜全死了，也不清楚哪里做错了。
A: 您一点都不笨，新手种菜很常见，不清楚原因也没关系，我们让农技员去您的地块看看土和水。
C: 那太好了。
A: 明天上午农技员在农场，您有空可以过来一起看，不收费。
C: 好的，我明天去。
A: {C}

@ guide-10 | guide | in | - | hn | hold announced with 稍候; 不清楚 of the weather with where to look
A: {G}
C: 下周三的登山活动会不会因为天气取消？
A: 请您稍候，我看一下领队的最新通知。
.. hold 14
A: 让您久等了，目前还没有取消。具体天气我们这边也不清楚，您可以关注气象台发布的山区预报，我们会在出发前一天晚上八点前通知是否成行。
C: 好的。
A: {C}

@ rack-09 | rack | in | - | hn | proper transfer to the technical team
A: {G}
C: 我想问一下你们晾衣架能不能装在飘窗上，安装条件有什么要求？
A: 安装条件要技术部的师傅来判断，我帮您转接到技术部，请您稍等，不要挂机。
C: 好。
A: 转接前跟您说一下，技术部的师傅姓武，会帮您看安装条件，祝您生活愉快。

@ reg-09 | reg | in | - | hn | bookkeeping fee with amount and start month
A: {G}
C: 你们代账怎么收费？
A: 小规模纳税人代账每月二百元，按季度付款，从领到营业执照的下个月开始收，每年还有一次年报，免费。
C: 开发票另外收钱吗？
A: 代开发票不收服务费，只交税务局规定的税款。
C: 好的，那我下周来签合同。
A: 好的，请问您怎么称呼？
C: 姓仇。
A: 仇先生，{C}

@ foot-09 | foot | in | complaint | hn | customer quotes a pedicurist's 疼死你活该 while complaining; agent reads it back
A: {G}
C: 我要投诉你们城南店的一个师傅，我说修得有点疼，他说疼死你活该，谁让你脚这么烂。
A: 非常抱歉，让您受委屈了。我跟您核对一下，师傅原话是疼死你活该，谁让你脚这么烂，对吗？
C: 对，就是这么说的。
A: 好的，投诉已经登记，门店经理今天下午联系您，这位师傅会停岗处理。
C: 好。
A: {C}

@ tank-10 | tank | in | - | - | plain question about disinfectant and water stop
A: {G}
C: 你们洗水箱用什么消毒？
A: 用的是食品级的二氧化氯消毒剂，清洗以后会冲洗干净再取样检测，不会有残留。
C: 要停水多久？
A: 一般四到六个小时，我们会提前一天贴通知。
C: 好的。
A: {C}

@ dash-09 | dash | in | - | - | plain memory-card order with polite name ask
A: {G}
C: 我想问一下记录仪的存储卡最大支持多少？
A: 最大支持一百二十八吉的卡，建议用高速卡，录像更流畅。
C: 你们店里有卖吗？
A: 有的，六十四吉的六十九元，一百二十八吉的一百一十九元，下单付款。
C: 好的，我下单。
A: 好的，请问您怎么称呼？
C: 姓祁。
A: 祁先生，{C}
"""

CALLS = CALLS_1 + CALLS_2 + CALLS_3

if __name__ == "__main__":
    sys.exit(main())
