"""Independent labelled call set AF (eval/independent/tune_af.jsonl; first named heldout_af.jsonl, held out
until its blind figures were recorded, then renamed on 2026-12-07) — now a TUNING set.

Writer AF adopts writer AE's label policy unchanged: writer Z's policy (the header of build_z.py), the "AA:" .. "AD:"
readings, and writer AE's header (build_ae.py), including AE's timing thresholds. Timing families are computed from the
generated segment times and asserted against the hand labels (clean and noisy text): short_call < 20 s (others
>= 30 s); silence an unannounced gap >= 10 s (holds announced with 稍等 / 稍候 in the agent's turn just before are not;
every other gap <= 4 s); talk_over the agent starting >= 1.0 s before the customer's segment ends (here 1.5-2.2 s; the
customer cutting in on the agent is not, and in negatives the agent never starts before a customer segment ends);
speech_rate the agent's mean rate over turns of >= 6 characters >= 7.5 or <= 2.0 chars/s (negatives keep every such
agent turn within 3.0-6.2); hangup the clean transcript ending on the customer's unanswered question or 喂？喂？ (every
hangup call also carries closing).

Data format (AE's, reused): industries `% code | industry | company | short`; calls
`# key | code | in|out | labels | flags | note` (`-` for none), turns `a:` agent / `c:` customer, `a>:` the agent
cutting in on the customer (1.5-2.2 s before the customer's end), `c>:` the customer cutting in on the agent,
`.hold N` (a wait the agent announced with 稍等 / 稍候) / `.gap N` (unannounced silence); flags `hn` (hard negative),
`fast`, `drawl`, `short`. `{G}` / `{C}` are the rotating correct greeting / closing, `{hi}` a rotating 您好 /
time-of-day greeting, `{co}` / `{s}` the company's full / short name, `{name}` / `{no}` the call's agent name and
number. random.Random(SEED) only chooses timing, order, the noisy calls and their noise, and the greeting / closing /
name / number rotation; every dialogue below was hand-written by writer AF for this set (industries not used before).

AF: readings writer AF had to choose (they only settle what AE's policy leaves open or what AF's calls bring up):
AF: contempt for a customer's illness (都透析了还上什么班), gender (女司机就是这样), body (就你这小身板 / 就她那个身材
    也就演个丑角 / 头顶那几根头发), a research group or small shop (野鸡课题组 / 苍蝇馆子 / 卖卤肉的还要明细发票),
    a customer's thrift (八块钱您还想要丝绸？/ 两千都拿不出来还租什么奔驰), reading (字都认不全还看什么电子书),
    a child's manners or a parent's brains (没教养 / 随了家长，大人就不灵光), regional labels (山里人 / 北方旱鸭子),
    sanity (去医院看看脑子 / 是不是脑子有点不正常), hearing (您耳朵是摆设吗？听不懂人话？) and a skill (您这手跟
    猪蹄子似的) are insult; 开玩笑嘛 does not take it back. Apology is added to an insult call only when the customer shows the hurt (你怎么说话 / 你什么意思 /
    真难听 ...) and hears no 抱歉 / 对不起 / 不好意思; a customer who answers an insult flatly adds nothing.
AF: trade words that share characters with insults are innocent: 杀鱼刀 / 砍骨刀 / 崩口 (knife sharpening), 先考 /
    死亡日期 (tombstones), 肾衰竭 / 病人 (dialysis), 憋醒 / 梦游 / 神经内科 (sleep clinic), 聋人 / 聋哑学校 / 哑语
    (sign interpreting), 死阀 / 爆炸 / 中毒 / 报废 (LPG), 处死 / 安乐死 / 裸鼠 / 模型鼠 (lab animals), 猪头 / 猪脑 /
    杀猪 / 母猪肉 (pork wholesale), 死虾 / 黑壳 (crayfish), 秃 / 鬼剃头 / 光头 (barber), 亏死 / 趴窝 (towing), 破车 /
    废铁 said by the customer (scrap cars), 发霉 / 遗像 (photo restoration), 扎破 / 瘪 (inflatable castles), 《笨狼的故事》
    / 大灰狼 / 丑小鸭 (puppet theatre), 骗术 / 障眼法 / 穿帮 / 假手指 (magic props), 失速 / 迫降 / 坠机 (flight school),
    翻船 / 呛水 / 淹 (kayaks), 笨 said of the customer's own child, 智障 / 撞墙 / 卡死 / 死角 (robot vacuum), 挨揍 /
    击倒 / 打死也不学 (boxing), 丑角 / 花脸 / 白脸奸臣 (Peking opera), 毒舌 / 吐槽 / 冒犯 (stand-up), 土布 / 粗布 /
    次品 (fabric), 爆破 / 炸 / 砸 / 废墟 (demolition), 死机 / 残影 / 卡死 (e-reader), 堵死 / 脏死了 (duct cleaning).
AF: a farewell with neither thanks nor a wish (好，再见 / 就这样 / 那就这样 / 嗯 / 下次注意 / 您投诉吧 / 爱卖不卖)
    is closing; a closing with a wish in any wording (祝您… / 请您保重身体，再见 / 祝您新婚快乐，百年好合) is correct.
AF: 喂 as the first word of the agent's opening is greeting only; 喂 addressing the customer mid-call (喂，你听清楚 /
    喂，你到底要订哪天) is forbidden. An opening with no company (你好，说吧) or a bare 嗯？ answered by the customer's
    喂 before the full greeting is greeting; an outbound opening that gives the company only when asked is greeting.
AF: name_ask is the agent asking the customer's name bluntly (你姓什么 / 你姓啥 / 叫啥 / 叫什么名字 / 孩子叫什么？你姓
    什么？); 请问您贵姓 / 请问怎么称呼您 / 老师怎么称呼 are correct.
AF: filler is the agent's own run of 啊 / 呀 / 呃 / 嗯 / 这个 / 那个 / 就是 / 然后呢 across the call; a customer's
    那个那个 is not, and a single demonstrative 这个道具 / 这个号码 in the agent's speech is not.
AF: a promise about a result the company cannot control (保证一晚就不打呼噜 / 保证长出新头发 / 绝对百分之百成模 /
    保证孩子数学每次考一百分 / 保证修得跟刚拍的一模一样 / 半小时划得跟运动员一样) is overpromise; 不敢给您打包票 /
    大部分学员 / 以检测报告为准 / 没办法保证 are hedges, and 周四一定发出 / 下午三点前一定回 (the company's own act
    with a named time) is not.
AF: 举报 to a regulator (住建局) is complaint like 投诉; 我不是要投诉啊 is not.
AF: a silence after 我看一下 / 我查一下 / 我看看排班 counts even when the agent apologised earlier in the call.
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import opencc

SEED = 20261231
HERE = Path(__file__).resolve().parent
OUT = HERE / "tune_af.jsonl"
USED = HERE / "ref" / "industries_used.txt"
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask", "apology", "shirking",
            "overpromise", "colleague", "complaint", "silence", "talk_over", "speech_rate", "short_call", "hangup")
TIMING = ("silence", "talk_over", "speech_rate", "short_call")
NOISY_SHARE = 0.25
N_CALLS = 150

NAMES = ["小蓝", "小祝", "小仇", "小包", "小闫", "小栾", "小邢", "小桑", "小靳", "小龚", "小湛", "小甄", "小覃"]
NUMS = ["三零二一", "一一八六", "五零四七", "二二三九", "七零一五", "四六零八", "八一二二", "六三五零"]
HI = ["您好", "您好", "您好", "早上好", "上午好", "下午好", "晚上好"]
GREETINGS = [
    "{hi}，{co}，我是{name}，请问有什么可以帮您？",
    "{hi}，欢迎致电{co}，{no}号{name}为您服务，请问您需要办理什么？",
    "{hi}，这里是{co}客服中心，请问有什么可以帮到您？",
    "{hi}，{co}，工号{no}，很高兴为您服务，请问您有什么需要？",
    "{hi}，感谢您致电{co}，我是客服{name}，请问您想咨询什么？",
    "{hi}，您拨打的是{co}服务热线，我是{name}，请问您有什么问题？",
    "{hi}，{co}前台，我是{name}，请问有什么事需要帮忙？",
]
CLOSINGS = [
    "感谢您的来电，祝您{w}，再见。",
    "有需要随时联系我们，祝您{w}！",
    "感谢您的耐心，{no}号{name}祝您{w}，再见。",
    "后续进展会短信通知您，谢谢来电，祝您{w}。",
    "感谢您对{s}的支持，祝您{w}，再见！",
    "那今天就先到这里，谢谢您，祝您{w}，拜拜。",
]
WISHES = ["生活愉快", "一切顺利", "身体健康", "万事如意", "工作顺利", "周末愉快", "天天开心", "平安顺遂"]

# writer AF's own Whisper-style mishearings (8 kHz, base model)
HOMOS = [("您好", "你好"), ("液化气", "液化器"), ("墓碑", "墓杯"), ("刻字", "客字"), ("磨刀", "魔刀"),
         ("睡眠", "水眠"), ("手语", "手雨"), ("翻译", "番译"), ("气瓶", "器瓶"), ("小龙虾", "小龙下"),
         ("理发", "理法"), ("拖车", "脱车"), ("救援", "就援"), ("报废", "报费"), ("照片", "招片"),
         ("修复", "修付"), ("城堡", "城保"), ("木偶", "木藕"), ("道具", "到具"), ("婚车", "混车"),
         ("教练", "叫练"), ("划艇", "滑艇"), ("扫地机", "嫂地机"), ("机器人", "机器任"), ("拳击", "全击"),
         ("京剧", "经剧"), ("脱口秀", "拖口秀"), ("布料", "不料"), ("拆除", "拆出"), ("阅读器", "月读器"),
         ("押金", "压金"), ("退款", "推款"), ("发票", "发飘"), ("预约", "预乐"), ("师傅", "师父"),
         ("地址", "底址"), ("已经", "以经"), ("时候", "时后"), ("烟道", "言道"), ("透析", "头析"),
         ("课程", "客程"), ("登记", "等级"), ("祝您", "住您"), ("抱歉", "报歉"), ("投诉", "头诉"),
         ("免费", "免废"), ("确认", "却认"), ("安排", "安派"), ("保证", "保正"), ("稍候", "稍后")]
CN_DIG = {"零": 0, "〇": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
UNITS = ("元|块钱|块|米|天|小时|分钟|个月|月|号|年|岁|斤|公斤|公里|张|只|副|套|节|把|扇|条|辆|周|点|层|楼|"
         "个工作日|次|位|万|字|毫米|伏|处|人|每")
PUNCT = set("，。？！、；：,.?!;:…“”‘’《》（）()—-~ ")
HOLD_WORDS = ("稍等", "稍候")
BLESS = ("祝您", "保重", "祝")


def nchars(text: str) -> int:
    return sum(1 for ch in text if ch not in PUNCT and not ch.isspace())


def cn_value(s: str) -> int | None:
    total, section, digit, have = 0, 0, 0, False
    for ch in s:
        if ch in CN_DIG:
            if have:
                return None
            digit, have = CN_DIG[ch], True
        elif ch in "十百千":
            section += (digit if have else 1) * {"十": 10, "百": 100, "千": 1000}[ch]
            digit, have = 0, False
        elif ch == "万":
            total += (section + digit) * 10000
            section, digit, have = 0, 0, False
        else:
            return None
    return total + section + digit


NUM_RE = re.compile(r"([零〇一两二三四五六七八九十百千万]+)(?=(" + UNITS + "))")
RUN_RE = re.compile(r"[零〇幺一二三四五六七八九]{3,}")


def to_digits(text: str) -> str:
    text = RUN_RE.sub(lambda m: "".join(str(CN_DIG[c]) for c in m.group(0)), text)

    def rep(m):
        s, unit = m.group(1), m.group(2)
        if s in ("一", "两") and unit in ("点", "次", "位", "节", "把", "条", "套", "处", "人", "每", "只"):
            return s
        v = cn_value(s)
        return s if v is None else str(v)
    return NUM_RE.sub(rep, text)


CONVERTERS = {k: opencc.OpenCC(k) for k in ("s2t", "s2tw", "s2hk")}


def noisy_text(text: str, rng: random.Random, conv: str, punct_mode: str, homos: set[str]) -> str:
    for a, b in HOMOS:
        if a in homos and a in text:
            text = text.replace(a, b)
    text = to_digits(text)
    text = CONVERTERS[conv].convert(text)
    out = []
    for ch in text:
        if ch in PUNCT and not ch.isspace():
            mode = punct_mode if punct_mode != "mixed" else rng.choice(["drop", "space"])
            out.append("" if mode == "drop" else " ")
        else:
            out.append(ch)
    return re.sub(r"\s+", " ", "".join(out)).strip()


# ---------------------------------------------------------------------------------------------------------------


def parse(raw: str):
    inds, calls, cur = {}, [], None
    for ln, line in enumerate(raw.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        if line.startswith("%"):
            code, ind, co, s = [x.strip() for x in line[1:].split("|")]
            inds[code] = (ind, co, s)
        elif line.startswith("#"):
            parts = [x.strip() for x in line[1:].split("|")]
            assert len(parts) == 6, (ln, line)
            key, code, d, labels, flags, note = parts
            assert d in ("in", "out"), (ln, d)
            labs = [] if labels == "-" else [x.strip() for x in labels.split(",")]
            fl = set() if flags == "-" else {x.strip() for x in flags.split(",")}
            assert set(labs) <= set(FAMILIES), (ln, labs)
            assert fl <= {"hn", "fast", "drawl", "short"}, (ln, fl)
            cur = dict(key=key, code=code, dir=d, labels=labs, flags=fl, note=note, turns=[], line=ln)
            calls.append(cur)
        elif line.startswith("."):
            kind, n = line[1:].split()
            assert kind in ("hold", "gap"), (ln, line)
            cur["turns"].append((kind, float(n)))
        else:
            m = re.match(r"^(a>|c>|a|c):\s*(.+)$", line)
            assert m, (ln, line)
            cur["turns"].append((m.group(1), m.group(2)))
    return inds, calls


def fill(text: str, ctx: dict, rng: random.Random) -> str:
    if "{G}" in text:
        text = text.replace("{G}", GREETINGS[ctx["g"]])
    if "{C}" in text:
        text = text.replace("{C}", CLOSINGS[ctx["c"]])
    return text.format(hi=ctx["hi"], co=ctx["co"], s=ctx["s"], name=ctx["name"], no=ctx["no"], w=ctx["w"])


def build():
    rng = random.Random(SEED)
    inds, calls = parse(DATA)
    errors = []

    def check(cond, msg):
        if not cond:
            errors.append(msg)

    check(len(calls) == N_CALLS, f"{len(calls)} calls, want {N_CALLS}")
    keys = [c["key"] for c in calls]
    check(len(set(keys)) == len(keys), "duplicate keys")
    if USED.exists():
        used = {x.strip().lower() for x in USED.read_text(encoding="utf-8").splitlines() if x.strip()}
        for code, (ind, _, _) in inds.items():
            check(ind.lower() not in used, f"industry already used: {ind}")
    check(len({c["code"] for c in calls}) >= 20, "fewer than 20 industries")

    rng.shuffle(calls)
    noisy_idx = set(rng.sample(range(len(calls)), round(len(calls) * NOISY_SHARE)))
    records = []
    for i, call in enumerate(calls):
        ind, co, s = inds[call["code"]]
        ctx = dict(hi=rng.choice(HI), co=co, s=s, name=rng.choice(NAMES), no=rng.choice(NUMS),
                   w=rng.choice(WISHES), g=rng.randrange(len(GREETINGS)), c=rng.randrange(len(CLOSINGS)))
        noisy = i in noisy_idx
        conv = rng.choice(sorted(CONVERTERS))
        pmode = rng.choice(["drop", "space", "mixed"])
        homos = {a for a, _ in HOMOS if rng.random() < 0.6}
        tag = call["key"]
        fl, labs = call["flags"], set(call["labels"])
        # ----- turns -> segments
        segs, pending, max_end = [], None, rng.uniform(0.2, 0.9)
        last_kind = None
        for kind, val in call["turns"]:
            if kind in ("hold", "gap"):
                check(segs and segs[-1]["speaker"] == "agent", f"{tag}: {kind} not after an agent turn")
                held = any(w in segs[-1]["clean"] for w in HOLD_WORDS)
                check(held == (kind == "hold"), f"{tag}: .{kind} vs 稍等/稍候 in the turn before")
                pending = val + rng.uniform(0.0, 0.6)
                continue
            spk = "agent" if kind[0] == "a" else "customer"
            clean = fill(val, ctx, rng)
            text = noisy_text(clean, rng, conv, pmode, homos) if noisy else clean
            nc, nn = nchars(clean), nchars(text)
            lo_n, hi_n = min(nc, nn), max(nc, nn)
            if spk == "agent" and "fast" in fl:
                dur = lo_n / rng.uniform(8.3, 9.4)
            elif spk == "agent" and "drawl" in fl:
                dur = hi_n / rng.uniform(1.35, 1.75)
            elif spk == "agent":
                dur = nc / rng.uniform(3.9, 5.1)
                if hi_n >= 6:
                    dur = min(max(dur, hi_n / 6.0), lo_n / 3.2) if lo_n / 3.2 >= hi_n / 6.0 else dur
            else:
                dur = nc / rng.uniform(3.6, 5.2)
            dur = max(dur, 0.5)
            if kind == "a>":
                prev = segs[-1]
                check(prev["speaker"] == "customer" and prev["end"] - prev["start"] >= 3.0,
                      f"{tag}: a> needs a customer turn >= 3 s before it")
                start = prev["end"] - rng.uniform(1.5, 2.2)
            elif kind == "c>":
                prev = segs[-1]
                check(prev["speaker"] == "agent" and prev["end"] - prev["start"] >= 2.5,
                      f"{tag}: c> needs an agent turn >= 2.5 s before it")
                start = prev["end"] - rng.uniform(0.6, 1.2)
            else:
                start = max_end + (pending if pending is not None else rng.uniform(0.25, 1.1))
            pending = None
            seg = dict(speaker=spk, start=round(start, 2), end=round(start + dur, 2), text=text, clean=clean)
            segs.append(seg)
            max_end = max(max_end, seg["end"])
            last_kind = kind
        duration = round(max_end + rng.uniform(0.4, 1.2), 2)

        # ----- timing families from the segment times
        agent = [x for x in segs if x["speaker"] == "agent"]
        cust = [x for x in segs if x["speaker"] == "customer"]
        check(agent and cust, f"{tag}: needs both speakers")
        # silence
        gaps, me, ender = [], None, None
        for x in sorted(segs, key=lambda z: z["start"]):
            if me is not None:
                held = ender["speaker"] == "agent" and any(w in ender["clean"] for w in HOLD_WORDS)
                gaps.append((x["start"] - me, held))
            if me is None or x["end"] >= me:
                me, ender = x["end"], x
        unannounced = [g for g, h in gaps if not h]
        has_sil = any(g >= 10 for g in unannounced)
        check(has_sil == ("silence" in labs), f"{tag}: silence computed {has_sil}")
        if not has_sil:
            check(all(g <= 4 for g in unannounced), f"{tag}: a gap between 4 and 10 s")
        else:
            check(all(g <= 4 or g >= 12 for g in unannounced), f"{tag}: silence gap not clear")
        # talk_over
        overl = [c["end"] - a["start"] for a in agent for c in cust if c["start"] < a["start"] < c["end"]]
        has_to = any(o >= 1.0 for o in overl)
        check(has_to == ("talk_over" in labs), f"{tag}: talk_over computed {has_to}")
        if not has_to:
            check(not overl, f"{tag}: agent starts inside a customer turn")
        else:
            check(all(o >= 1.4 for o in overl), f"{tag}: weak overlap")
        # speech rate (clean and noisy)
        for which in ("clean", "text"):
            rates = [nchars(a[which]) / (a["end"] - a["start"]) for a in agent if nchars(a[which]) >= 6]
            check(rates, f"{tag}: no measurable agent turn")
            tot = sum(nchars(a[which]) for a in agent if nchars(a[which]) >= 6) / \
                sum(a["end"] - a["start"] for a in agent if nchars(a[which]) >= 6)
            mean = sum(rates) / len(rates)
            pos = (mean >= 7.5 and tot >= 7.5) or (mean <= 2.0 and tot <= 2.0)
            check(pos == ("speech_rate" in labs), f"{tag}: speech_rate computed {pos} ({which} {mean:.2f})")
            if "speech_rate" not in labs:
                check(all(3.0 <= r <= 6.2 for r in rates), f"{tag}: agent turn rate out of 3.0-6.2 ({which})")
        check(("speech_rate" in labs) == bool(fl & {"fast", "drawl"}), f"{tag}: speech flag vs label")
        # short call
        short = duration < 20
        check(short == ("short_call" in labs) == ("short" in fl), f"{tag}: short computed {short} ({duration})")
        if not short:
            check(duration >= 30, f"{tag}: duration {duration} between 20 and 30")
        # hangup: the clean transcript ends on the customer's unanswered question or 喂？喂？
        last = segs[-1]
        hang = last["speaker"] == "customer" and (last["clean"].endswith("？") or "喂？喂？" in last["clean"])
        check(hang == ("hangup" in labs), f"{tag}: hangup computed {hang}")
        if "hangup" in labs:
            check("closing" in labs, f"{tag}: hangup without closing")
        # writer's own consistency checks on the hand labels
        atext = "".join(a["clean"] for a in agent)
        first_a = agent[0]["clean"]
        last_a = agent[-1]["clean"]
        if "greeting" not in labs:
            check(segs[0]["speaker"] == "agent" and not first_a.startswith("喂") and s in first_a
                  and any(h in first_a for h in ("您好", "好，")), f"{tag}: opening not complete")
        if "closing" not in labs:
            check(any(b in last_a for b in BLESS), f"{tag}: last agent turn has no wish")
        else:
            check("祝您" not in last_a, f"{tag}: closing labelled but last agent turn blesses")
        if "filler" not in labs:
            for f in ("啊", "呀", "呃", "那个，", "然后呢", "就是，"):
                check(f not in atext, f"{tag}: agent filler {f} in a non-filler call")
        if "喂" in atext:
            check(labs & {"greeting", "forbidden"}, f"{tag}: agent 喂 unlabelled")
        for x in segs:
            x.pop("clean")
        records.append(dict(
            call_id=f"AF-{i + 1:03d}", labels=[f for f in FAMILIES if f in labs], note=call["note"],
            noise=noisy, duration=duration,
            metadata=dict(writer="AF", industry=ind, company=co, direction="inbound" if call["dir"] == "in"
                          else "outbound", hard_negative="hn" in fl, language="zh", sample_rate=8000, key=tag),
            segments=segs))

    # ----- set-level invariants
    counts = {f: sum(f in r["labels"] for r in records) for f in FAMILIES}
    for f, n in counts.items():
        check(n >= (18 if f == "insult" else 8), f"family {f}: {n} positives")
    hn = sum(r["metadata"]["hard_negative"] for r in records)
    check(hn >= 40, f"{hn} hard negatives")
    nz = sum(r["noise"] for r in records)
    check(abs(nz - len(records) * NOISY_SHARE) <= 1, f"{nz} noisy")
    for r in records:
        if r["noise"]:
            check(any(re.search(r"[\u4e00-\u9fff]", x["text"]) for x in r["segments"]), "noisy call lost its text")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(records)} calls -> {OUT}")
    print("positives:", counts)
    print("hard negatives:", hn, "noisy:", nz, "industries:", len({r['metadata']['industry'] for r in records}))


# ---------------------------------------------------------------------------------------------------------------
# The dialogues: every line below was written by hand by writer AF.
DATA = """
% DUCT | kitchen exhaust-duct cleaning | 净烟道管道清洗公司 | 净烟道
% KNIFE | knife-sharpening service | 快刃磨刀铺 | 快刃
% TOMB | tombstone engraving | 松鹤石刻 | 松鹤
% DIAL | dialysis centre booking line | 安肾血液透析中心 | 安肾
% SLEEP | sleep clinic | 好眠睡眠医学中心 | 好眠
% SIGN | sign-language interpreting service | 手心手语翻译服务 | 手心
% LPG | bottled LPG delivery | 旺火液化气配送站 | 旺火
% LAB | laboratory-animal supplier | 康研实验动物中心 | 康研
% PORK | pork wholesale | 鲜丰猪肉批发行 | 鲜丰
% CRAY | crayfish farm | 红湖小龙虾养殖基地 | 红湖
% BARB | barbershop | 剪艺理发馆 | 剪艺
% TOW | roadside assistance and towing | 路通道路救援 | 路通
% SCRAP | scrap-car recycling | 绿环报废车回收 | 绿环
% PHOTO | old-photo restoration | 忆光老照片修复工作室 | 忆光
% CASTLE | inflatable-castle rental | 欢跳充气城堡租赁 | 欢跳
% PUPPET | puppet theatre tickets | 童梦木偶剧院 | 童梦
% MAGIC | magic-props shop | 奇术魔术道具店 | 奇术
% WCAR | wedding-car rental | 喜程婚车租赁 | 喜程
% FLY | general-aviation flight school | 蓝天通航飞行学校 | 蓝天通航
% KAYAK | kayak rental club | 碧波皮划艇俱乐部 | 碧波
% ABACUS | abacus mental-arithmetic classes | 金珠珠心算 | 金珠
% ROBOT | robot-vacuum after-sales | 洁宝扫地机器人售后 | 洁宝
% BOX | boxing gym | 铁拳拳击馆 | 铁拳
% OPERA | Peking-opera training school | 梨园京剧培训学校 | 梨园
% STAND | stand-up comedy club | 笑场脱口秀俱乐部 | 笑场
% FABRIC | fabric wholesale | 锦绣布料批发 | 锦绣
% DEMO | demolition contractor | 稳拆拆除工程公司 | 稳拆
% EREAD | e-reader after-sales | 墨读阅读器售后 | 墨读

// ================= duct cleaning
# duct-fee-gloss | DUCT | in | tariff | - | inspection and cleaning fee asked twice, answered 到时候系统会出单 / 不会太贵的
a: {G}
c: 你好，我家饭店的油烟管道想清洗一下，大概要多少钱？
a: 我们是按米数和油垢厚度来算的，师傅上门看了才能定。
c: 那上门看要不要收钱？你们检测费是多少？
a: 检测您先别担心，现在都是先免费看的，后面的费用到时候系统会出单。
c: 到时候是多少？我得先心里有个数。
a: 不会太贵的，跟别家差不多，您放心。
c: 行吧，那先约周四下午。
a: 好的，已经给您约好周四下午两点到四点，师傅出发前会电话联系您。{C}

# duct-flyshop | DUCT | in | insult,apology,closing | - | agent calls the noodle shop a 苍蝇馆子 when asked for an invoice; curt end
a: {G}
c: 你好，我是巷子口那家面馆的，上周你们来洗过烟道，我想要一张发票。
a: 店名是哪个？
c: 老周面馆，开票要写个体户的名字，我报账要用。
a: 就您那十几平的苍蝇馆子，还要开专票，开个收据得了。
c: 你怎么说话的？我正经做生意，税务要查的。
a: 行，给您开普票，三个工作日内寄到店里。
c: 你这态度真让人不舒服。
a: 发票会寄过去的，没别的事就先这样。

# duct-blocked-hn | DUCT | in | - | hn | 堵死 / 脏死了 from the customer, fire risk, per-metre fee with moment, 怎么称呼
a: {G}
c: 您好，我们食堂的排烟管道好像堵死了，抽不动烟，厨房里脏死了。
a: 明白，管道堵塞容易引起火灾隐患，我这边先给您登记加急。请问您怎么称呼？
c: 我姓钱，单位是城南职校食堂。
a: 钱老师，清洗是按米计费，每米三十五元，师傅到现场量完当场报总价，您确认以后才开工，完工当天结算。
c: 那要是堵得厉害，要不要加钱？
a: 严重油垢需要拆管道的，每处另加一百二十元，也是现场报价您确认后才收。
c: 好，明天上午能来吗？
a: 可以，明天上午九点到十一点，师傅上门前半小时给您打电话。{C}

# duct-revisit-silence | DUCT | in | silence | - | 我查一下 then 14 s of nothing; apology given earlier
a: {G}
c: 你好，我上个月在你们这洗过烟道，说好一个月回访一次，到现在也没人来。
a: 实在抱歉，给您添麻烦了。我查一下您的单子。
.gap 14
a: 查到了，您是锦华路的烧烤店对吧？回访单被排到下周了，我现在给您改到这周五。
c: 周五可以，上午吧，中午我们要开火。
a: 好的，周五上午十点左右师傅过去，到时候先给您打电话。{C}

# duct-sales-mouth | DUCT | in | greeting,colleague | - | opens 喂，您好; 销售那帮人嘴上没把门的; fee then stated with apology
a: 喂，您好，净烟道，什么事？
c: 你们上次来的销售说清洗完送一次风机保养，怎么师傅说没有？
a: 销售那帮人就是嘴上没把门的，什么都敢往外说，您别信他们。
c: 那到底有没有？我当时就是冲这个签的。
a: 确实没有这个活动，风机保养是单独收费的，一次一百八十元，保养当天收。给您造成误会，真是不好意思。
c: 行吧，那就算了。
a: 好的，{C}

# duct-wrongnum | DUCT | in | short_call | short | wrong number, agent closes with a wish
a: 您好，净烟道管道清洗，请问有什么可以帮您？
c: 不好意思，打错了。
a: 没关系，祝您生活愉快，再见。

# duct-filler-fee | DUCT | in | filler,tariff,name_ask | - | agent's 啊/这个/那个 run, fee 不贵的 / 系统会出单, 你姓什么
a: {G}
c: 你好，我想给家里厨房的烟道做个清洗，大概多少钱？
a: 啊，这个，就是那个，家用的话呢，嗯，得看，这个，烟道长短，然后呢，到时候师傅上门再说呀。
c: 大概呢？总有个价格范围吧？
a: 那个，不贵的，嗯，到时候系统会出单，然后，你姓什么？
c: 姓祁，住在东湖花园。
a: 祁女士，那个，明天下午师傅过去，然后呢，到了给您打电话呀。{C}

// ================= knife sharpening
# knife-fishstall-hn | KNIFE | in | - | hn | 杀鱼刀 / 砍骨刀 / 崩口 trade words, 您贵姓, fee and moment
a: {G}
c: 你好，我是菜市场卖鱼的，杀鱼刀和两把砍骨刀都崩口了，你们能上门收吗？
a: 可以的，我们每周二、周五在菜市场附近上门收刀。请问您贵姓？
c: 姓马。
a: 马师傅，崩口的刀要先开刃再精磨，每把二十五元，取刀时付款就行。
c: 那砍骨刀那么厚，也一样的价钱？
a: 砍骨刀厚一些，每把三十元，同样取刀时付，周五下午给您送回来。
c: 行，那周二来拿吧。
a: 好的，周二上午十点前到您摊位。{C}

# knife-name-filler | KNIFE | in | name_ask,filler | - | 行，你姓什么？ and a run of 这个/那个/然后呢
a: {G}
c: 你好，我想磨两把剪刀，一把裁缝剪，一把厨房剪。
a: 啊，行，那个，你姓什么？
c: 姓柳，电话就是我打来的这个。
a: 柳女士，这个，裁缝剪呢，就是每把二十元，然后呢，厨房剪十五元，嗯，那个，明天上午上门取，后天送回，送回时付款呀。
c: 好的，那就明天。
a: 嗯，那个，{C}

# knife-sharp-year | KNIFE | in | overpromise,speech_rate | fast | 保证磨完一年都不会钝, said fast
a: {G}
c: 你好，你们磨的刀能锋利多久？我家菜刀老是钝，切个西红柿都压扁。
a: 我们都是老师傅手工开刃的保证磨完一年都不会钝切什么都跟新刀一样您放心。
c: 真的假的，一年都不用磨？
a: 绝对的钝了您直接找我我们免费给您重磨一直管到您满意为止。
c: 那行，磨两把吧，多少钱？
a: 每把十五元上门取刀不收钱送回来的时候再付就可以。{C}

# knife-spendthrift | KNIFE | in | greeting,insult,apology,closing | - | bare 嗯 then greeting after customer's 喂; 真够败家的; 就这样吧
a: 嗯。
c: 喂？喂？是磨刀铺吗？
a: 您好，快刃磨刀铺，请问有什么可以帮您？
c: 我上周刚磨的菜刀，又崩了一个口，你们磨得不行吧？
a: 您是拿菜刀砍冻排骨了吧？刀不是这么用的，怪不得家里什么都留不住，真够败家的。
c: 我就切了个南瓜，你怎么这么说话呢？
a: 那您下次别拿它切硬的，送过来给您补一下。
c: 补要钱吗？
a: 七天内返修不收钱。就这样吧。

# knife-brand-hn | KNIFE | in | - | hn | 保修年限我这边不清楚 with the maker's number; repair fee with moment
a: {G}
c: 你好，我买的那把德国刀是你们代卖的吗？刀柄松了，还能保修吗？
a: 那款刀是厂家直接保修的，保修年限我这边不清楚，您可以打厂家售后电话四零零八二零三三一七，他们会按购买日期帮您查。
c: 那你们能不能帮我修一下刀柄？
a: 可以，刀柄加固每把二十元，修好送回时付款。如果厂家给保修，您先走厂家会更划算。
c: 好，我先问问厂家，不行再找你们。
a: 好的，{C}

# knife-late-return | KNIFE | in | talk_over,shirking,silence,apology | - | agent cuts in, 送刀的不归我们客服管, 我看看 + 15 s, 您自己来拿吧
a: {G}
c: 你们上周上门收的三把刀，说好昨天送回来，到现在都没人来，我饭店中午就要用。
a>: 送刀的事不归我们客服管。
c: 那归谁管？我是跟你们下的单！
a: 我看看。
.gap 15
a: 送刀师傅今天请假，您自己去店里拿吧，地址在东门菜市场二楼。
c: 我中午忙得走不开，你们就不能派别人送一下吗？
a: 没人，您自己来拿吧。
c: 唉，好吧。
a: {C}

// ================= tombstone engraving
# tomb-epitaph-hn | TOMB | in | - | hn | 先考 / 死亡日期 / 生卒年 trade words, 请问怎么称呼您, closing 请您保重身体
a: {G}
c: 您好，我想给我父亲的墓碑刻字，上面要写生卒年月。
a: 请您节哀。请问怎么称呼您？
c: 我姓韩。
a: 韩先生，碑文一般是先考加姓名，再刻出生日期和死亡日期，最后是立碑人的名字。六十字以内是八百元，刻完验收以后付款。
c: 描金要另外收钱吗？
a: 描金每字三元，也是验收后一起结。刻好以后我们拍照发给您确认。
c: 好，我把内容发给你们。
a: 好的，收到后我核对一遍再排工期。韩先生，请您保重身体，有事随时联系我们，再见。

# tomb-wrongchar | TOMB | in | apology,complaint,colleague | - | wrong character carved, 我要投诉; agent blames the draft then 刻字师傅老眼昏花; no apology
a: {G}
c: 你们刻的碑把我母亲名字刻错了一个字！下周就要立碑了！
a: 我看一下，是哪个字？
c: 淑字刻成了叔字，你们怎么干活的，我要投诉你们。
a: 那个字是照着您给的稿子刻的。
c: 我给的稿子明明是对的！
a: 那就是刻字那个老师傅老眼昏花，一天到晚出错，我们也拿他没办法。重刻要三天，周四前能好。
c: 那你赶紧安排，下周立碑不能耽误。
a: 好的，周四前刻好，刻完给您发照片确认。{C}

# tomb-custom-hn | TOMB | in | - | hn | 不知道也没关系 as reassurance; installation fee and moment
a: {G}
c: 你好，我想问问立碑要不要选日子？我们家里人都不知道这些规矩。
a: 不知道也没关系，很多家属都是第一次办。立碑时间一般按家里的习惯来，清明、冬至前后比较多，我们可以按您定的日子安排。
c: 那需要我们到现场吗？
a: 最好有一位家属在场，师傅安装完当面验收。安装费是三百元，安装当天验收后付。
c: 明白了，谢谢你。
a: 不客气，{C}

# tomb-cutin | TOMB | in | talk_over | - | agent cuts in twice on a long description, apologises, fee stated
a: {G}
c: 我想给我爷爷奶奶做个合葬碑，两个人的名字都要刻，还要把孙辈的名字都刻上，一共大概十五六个人。
a>: 合葬碑是双穴的，价格不一样。
c: 我还没说完呢，孙辈里有两个是外孙，要不要单独写出来？
a: 不好意思，您请说。外孙不用单独写，统一列在立碑人里就行。
c: 好，那这样一块碑大概是什么价格，包不包安装，要多久能做好？
a>: 双穴碑刻字一千六百元，含安装。
c: 安装哪天收钱？
a: 安装验收当天付清，您也可以先付两百元定金锁定工期，大概十天能做好。
c: 行，我跟家里商量一下再联系你们。
a: 好的，{C}

# tomb-delay-hangup | TOMB | in | apology,hangup,closing | - | stone not arrived, 下周再说吧; customer's question left unanswered
a: {G}
c: 你好，我上个月订的碑，说这周能刻好，什么时候能安装？
a: 石料还没到，下周再说吧。
c: 怎么又拖了？那石料什么时候能到？
a: 厂家那边排着呢，我们也在等。
c: 我母亲的周年就在下个月，碑要是立不上，我们全家都没法交代。
a: 石料到了会安排。
c: 下周哪天？我要请假去墓园的，你能不能给我个准话？

// ================= dialysis
# dial-job-jibe | DIAL | in | insult,apology | - | 都透析了还上什么班; customer hurt, no apology
a: {G}
c: 你好，我想把周三的透析改到下午，上午我要去单位上班。
a: 都透析了还上什么班，能排上号就烧高香了，还挑时间。
c: 你这话什么意思？透析的人就不能上班了？
a: 下午的床位满了，改不了。
c: 那周四下午有没有？
a: 周四下午有一个，给您改到周四下午一点。
c: 好。
a: 记得提前半小时到。{C}

# dial-hold-hn | DIAL | in | - | hn | 肾衰竭 / 病人 words, announced hold 请您稍等 18 s, fee with moment
a: {G}
c: 您好，我母亲是慢性肾衰竭，刚从医院出来，想在你们这儿长期透析，要准备什么？
a: 需要带上出院小结、近一个月的化验单和传染病四项检查结果。我帮您查一下目前的空床位，请您稍等。
.hold 18
a: 感谢您的耐心等待。周一、三、五下午还有床位，病人第一次来要提前一小时到做评估。
c: 费用怎么算？医保能报吗？
a: 每次透析四百二十元，医保报销后个人自付大约八十元，每次做完当天结算。
c: 好的，那就周一下午。
a: 已经给您登记周一下午。{C}

# dial-parking | DIAL | in | shirking,apology,closing | - | 停车是物业管的，跟我们没关系; refuses to pass it on; 就这样
a: {G}
c: 你们中心门口不让停车，我爸腿脚不好，每次都要走很远，能不能想想办法？
a: 停车是物业管的，跟我们没关系，您找物业去。
c: 物业电话多少？
a: 电话我们没有，您自己去问吧。
c: 那你们能不能帮着反映一下？老人走一趟太辛苦了。
a: 反映了也没用，就这样。

# dial-pharmacy-hn | DIAL | in | - | hn | proper transfer to the partner pharmacy with number and hours
a: {G}
c: 您好，我想问一下，透析后开的降压药能不能在你们这里配？
a: 药品是医院药房管的，我们中心不能直接开药。我可以帮您转到合作医院的药房咨询台，他们的电话是八二六六七三零一，工作日八点到五点都有人，您也可以现在直接转过去。
c: 直接转吧。
a: 好的，马上为您转接，转过去报您的透析卡号就行。{C}

# dial-fast | DIAL | in | speech_rate | fast | agent rattles off the schedule, customer asks to slow down
a: {G}
c: 你好，我想预约下周的透析，还是周二周四周六。
a: 好的您是老患者吧报一下身份证后四位我这边系统直接给您排周二周四周六上午七点半的班次一次四个小时。
c: 等一下，你说慢点，几点开始？
a: 七点半到十一点半您早上七点到就行带上透析记录本还有上次的化验单没问题的话我就给您确认了。
c: 哦，好，七点到。后四位是三五二八。
a: 收到已经给您确认了下周二四六上午七点半的班次。{C}

// ================= sleep clinic
# sleep-snore-hn | SLEEP | in | - | hn | 憋醒 / 呼吸暂停 / 梦游 / 神经内科 words, 怎么称呼, fee with moment
a: {G}
c: 您好，我老公打呼噜特别响，半夜还会憋醒，医生说可能是呼吸暂停，让我们做个睡眠监测。
a: 建议先做一晚整夜多导睡眠监测。如果有梦游或者腿不自主抽动，也可以同时转神经内科会诊。请问您怎么称呼？
c: 我姓孔。
a: 孔女士，整夜监测是九百八十元，检查当晚入住前缴费，医保可以报一部分。
c: 好，约下周二晚上吧。
a: 好的，下周二晚上八点前到三楼睡眠室。{C}

# sleep-2am | SLEEP | in | insult,apology,closing | - | 是不是脑子有点不正常 to a sleepless caller; customer's 喂，你好 after the greeting; ends 嗯
a: {G}
c: 喂，你好，我这几天每天只睡两三个小时，脑子乱乱的，想问问你们能不能帮我看看。
a: 现在是半夜两点，您这时候打电话问这个，是不是脑子有点不正常？
c: 我就是睡不着才打的，你怎么这样说。
a: 门诊时间是白天，明早八点以后再打。
c: 好吧。
a: 嗯。

# sleep-late-greet | SLEEP | in | greeting | - | bare 嗯？, customer calls 喂？喂？, full greeting only then
a: 嗯？
c: 喂？喂？是睡眠中心吗？
a: 您好，好眠睡眠医学中心，请问有什么可以帮您？
c: 我想问问做睡眠监测，要不要提前停安眠药？
a: 一般需要提前三天停，不过每个人情况不同，具体要听您主治医生的意见，您跟医生确认后再定。
c: 明白了，那我问问医生。
a: 好的，{C}

# sleep-cure-all | SLEEP | in | overpromise | - | 保证您以后每天沾枕头就睡着，一辈子不用再吃安眠药
a: {G}
c: 我失眠好几年了，你们那个睡眠调理疗程真的有用吗？
a: 您放心，做完我们三个疗程，保证您以后每天沾枕头就睡着，一辈子不用再吃安眠药。
c: 这么厉害？那多少钱一个疗程？
a: 一个疗程十次，一千二百元，第一次治疗前交。
c: 我考虑一下吧。
a: 好的，{C}

# sleep-sunday | SLEEP | in | short_call | short | opening hours, quick
a: 您好，好眠睡眠中心，请问有什么可以帮您？
c: 你们周日开门吗？
a: 周日上午开，八点到十二点。
c: 好，谢谢。
a: 不客气，祝您周末愉快。

# sleep-mouthguard-fast | SLEEP | in | speech_rate,overpromise | fast | 保证一点呼噜都不打了, rattled off
a: {G}
c: 你好，我想问一下你们那个止鼾牙套效果怎么样？
a: 效果特别好戴上第一晚就保证一点呼噜都不打了一百个人戴一百个人都管用您先生戴上您就能睡个好觉了。
c: 那多少钱？
a: 定制的一副三千八百元取模当天交一半戴上满意了再交另一半现在预约下周就能取模。
c: 取模要去你们那里吗？要多长时间？
a: 是的要到我们三楼口腔室取模大概半个小时就能做完做好以后十天左右就可以来戴了。
c: 我问问他再说吧。
a: 好的没问题有需要随时联系我们祝您生活愉快再见。

// ================= sign-language interpreting
# sign-meeting-hn | SIGN | in | - | hn | 聋人 / 聋哑学校 / 哑语 trade words, 您贵姓, fee with moment
a: {G}
c: 您好，我们单位下周开会，有两位聋人同事参加，想请一位手语翻译。
a: 可以的，我们的译员大多是聋哑学校老师出身，会议手语和生活手语都熟。以前有人叫哑语，现在规范的叫法是手语。请问您贵姓？
c: 我姓邓，会议大概三个小时。
a: 邓女士，会议翻译按半天计费，三小时以内一千二百元，会后三个工作日内开票付款。
c: 要不要提前给你们资料？
a: 最好提前两天把议程和专业词发给我们，译员好准备。{C}

# sign-homesign | SIGN | in | forbidden | - | 你这话什么意思 / 那我们不明白 to a mother's home signs; apology given
a: {G}
c: 我想约个手语翻译陪我妈去医院，她耳朵听不见，但是她只会家里自己比划的那种。
a: 你这话什么意思？什么叫家里自己比划的？
c: 就是她没学过正规手语，都是跟我们家里人比划。
a: 那我们不明白，译员也看不懂，没法接。
c: 那怎么办，她看病总得有人帮忙。
a: 很抱歉，这种情况可以请您家里人陪同，我们的译员只能做标准手语。
c: 好吧。
a: {C}

# sign-quoted-deaf | SIGN | in | complaint | hn | customer quotes the interpreter's 这聋子烦死了, agent reads it back and registers the complaint
a: {G}
c: 我要投诉你们昨天派来的译员，她当着我的面跟别人说“这聋子烦死了”。
a: 非常抱歉给您带来这么不好的体验。我跟您确认一下，译员说的是“这聋子烦死了”，对吗？
c: 对，我看得懂唇语。
a: 我已经给您登记投诉，会调取当天的情况，两个工作日内由主管给您回电，这次的翻译费也先暂停收取。
c: 好，我等你们电话。
a: 再次向您道歉。{C}

# sign-police-name | SIGN | in | name_ask | - | 行，叫什么名字？ / 几点？
a: {G}
c: 您好，我想约下周三的手语翻译，陪我去派出所办点事。
a: 行，叫什么名字？
c: 周敏，周末的周，敏捷的敏。
a: 几点？
c: 上午九点，在城西派出所。
a: 派出所陪同按小时算，每小时二百元，当天结束后付。译员会提前十分钟到门口等您。{C}

# sign-roster-drawl | SIGN | in | silence,speech_rate | drawl | 我看看排班 + 13 s, agent drawls every turn
a: {G}
c: 您好，我上周约的手语翻译改到了周五，想确认一下是哪位译员。
a: 好的……我看看……排班……
.gap 13
a: 周五……是……甘老师……上午……九点……到您……单位……门口……
c: 好的，她的电话能给我吗？
a: 电话……会……短信……发给您……
c: 好的，谢谢。
a: 感谢……您的……来电……祝您……生活……愉快……

// ================= LPG
# lpg-accent | LPG | in | insult,apology | - | 您这口音我听着太费劲了，回去把普通话练练再打来; no apology
a: {G}
c: 老板，俺要送一瓶气，十五公斤滴，送到东关街四十二号。
a: 您说什么？东什么街？您这口音我听着太费劲了，回去把普通话练练再打来。
c: 东关街！俺说的就是普通话，你这人咋这样。
a: 东关街四十二号，十五公斤一瓶，一百一十元，送到付现金。
c: 中，啥时候到？
a: 一个小时以内。
c: 好。
a: {C}

# lpg-stuckvalve-hn | LPG | in | - | hn | 死阀 / 爆炸 / 中毒 / 报废 in safety advice; deposit with amount and moment
a: {G}
c: 你好，我家气瓶的阀门拧不动了，是不是死阀了？会不会爆炸啊？
a: 先别慌，阀门拧不动一般是阀芯锈住了，不会自己爆炸。请先关好灶具开关，开窗通风，不要开关电器，防止煤气中毒。
c: 好，窗开了。
a: 我们马上派师傅上门。如果气瓶过了使用年限要报废更换，新瓶押金是一百五十元，换瓶时收，旧瓶押金可以抵扣。
c: 大概多久到？
a: 师傅二十分钟内到，到之前会给您打电话。{C}

# lpg-free-check | LPG | in | tariff | - | safety check 现在是免费期 / 以后的事以后再说 / 不贵的
a: {G}
c: 你们那个安全检查是免费的吗？上次师傅说每年要查一次。
a: 安检您先做着，现在是免费期。
c: 免费期到什么时候？以后要收多少钱？
a: 以后的事以后再说，到时候会有通知的。
c: 我就想先知道个数。
a: 不贵的，您放心。明天上午给您安排安检。
c: 行吧。
a: {C}

# lpg-late-hangup | LPG | in | shirking,apology,hangup,closing | - | three hours late, 送气的事归配送组我管不了, 等着吧, customer's 喂？喂？ unanswered
a: {G}
c: 你好，我早上订的气，说一个小时到，现在三个小时了还没来，我家等着做饭。
a: 今天单子多，师傅在路上。
c: 在路上在路上，你上午就这么说的，到底几点能到？
a: 送气是配送组的事，我管不了，等着吧。
c: 你们就不能帮我催一下吗？喂？喂？你说话啊？

# lpg-newgirl | LPG | in | colleague,talk_over | - | 她新来的，啥也不懂, agent cuts in on the customer; apology given
a: {G}
c: 你好，昨天电话里那个小姑娘说今天下午送气，怎么又变成明天了？我特意请了假在家等的。
a>: 她新来的，啥也不懂，乱答应人，您别听她的。
c: 那到底什么时候能送？
a: 今天下午车都排满了，明天上午九点前给您送到，实在不好意思。
c: 行吧，那就明天早上。
a: {C}

// ================= laboratory animals
# lab-nude-mice-hn | LAB | in | - | hn | 裸鼠 / 模型鼠 / 安乐死 / 处死 trade words, 老师怎么称呼, fees and payment moment
a: {G}
c: 您好，我们课题组要订四十只裸鼠和二十只糖尿病模型鼠，实验结束后安乐死处死的动物你们能处理吗？
a: 可以的，实验结束后动物尸体由我们统一无害化处理。裸鼠每只八十五元，模型鼠每只二百三十元，发货前开发票，到货后一个月内付款。请问老师怎么称呼？
c: 我姓蔡。
a: 蔡老师，下周二可以发货，需要您把伦理审批编号发给我们。{C}

# lab-pheasant-group | LAB | in | insult,apology | - | 你们这种野鸡课题组; customer objects, no apology
a: {G}
c: 你好，我们是职业技术学院的一个课题组，想订十只SPF级大鼠。
a: 职业学院也做动物实验？你们这种野鸡课题组，能有合格的饲养室吗？别糟蹋动物了。
c: 我们有合格的屏障环境，批文都有，你这态度太过分了。
a: 那把批文发过来，审完再说。
c: 审核要多久？
a: 审核要三个工作日。{C}

# lab-hundred-percent | LAB | in | overpromise | - | 绝对百分之百成模，一只都不会失败
a: {G}
c: 你们的模型鼠成模率怎么样？上次别家的一半都没成。
a: 我们的绝对百分之百成模，一只都不会失败，您放心订。
c: 百分之百？那要是没成呢？
a: 不可能不成，我们做了这么多年了。
c: 那先订二十只试试。
a: 好的，每只二百三十元，到货验收后付款。{C}

# lab-hedge-hn | LAB | in | - | hn | delivery Monday hedged 没办法保证, suggests a day's margin
a: {G}
c: 你们这批大鼠能保证下周一到吗？我们周二就要开始实验。
a: 冷链运输一般两天到，周一送达的可能性比较大，但路上天气和检疫我们没办法保证，建议您把实验往后留一天余量。
c: 那如果周一没到呢？
a: 我们会每天把物流信息同步给您，万一延误，我们按合同补发或者退款。
c: 好，那就这么定。
a: {C}

# lab-crate-filler | LAB | in | filler | - | 啊，这个，这个运输笼呢，就是那个 — deposit explained through fillers
a: {G}
c: 你好，我想问一下你们的动物运输笼是怎么收费的？
a: 啊，这个，这个运输笼呢，就是那个，嗯，押金是两百元一个，然后呢，就是还回来就退。
c: 那退押金要多久？
a: 呃，这个，就是那个，收到笼子以后，然后，三个工作日吧，差不多呀。
c: 好的，我知道了。
a: 嗯，那个，{C}

# lab-outbound-colleague | LAB | out | greeting,colleague | - | outbound 喂，蔡老师吧？我是小方 — company only when asked; 仓库那帮人…一群糊涂蛋
a: 喂，蔡老师吧？我是小方。
c: 哪个小方？
a: 康研实验动物的，上次给您订鼠的。您订的那批裸鼠要推迟两天发货，仓库那帮人又把订单搞丢了，一群糊涂蛋。
c: 推迟两天，我们的实验排期就全乱了。
a: 实在抱歉，周四一定发出，运费我们承担。
c: 好吧，周四必须发。
a: {C}

// ================= pork wholesale
# pork-offal-hn | PORK | in | - | hn | 猪头 / 猪蹄 / 猪脑 / 杀猪出身 / 母猪肉 / 白条猪 trade words, 您贵姓
a: {G}
c: 老板，明天给我留两个猪头、二十斤猪蹄，再要五斤猪脑，饭店用的。
a: 好的，请问您贵姓？
c: 姓屠，我就是个杀猪出身的，后来开了饭店。
a: 屠老板，猪头每个六十五元，猪蹄每斤十八元，猪脑每斤二十二元，明天早上六点装车，到店验货后付款。我们不卖母猪肉，都是正规白条猪，您放心。
c: 好，六点半前送到。
a: 六点半前送到，司机到了给您打电话。{C}

# pork-braise-shop | PORK | in | insult,name_ask,apology,closing | - | 你姓什么; 你一个卖卤肉的还要什么明细发票; 就这样
a: {G}
c: 我是做卤味的小店，上周在你们这拿的猪肉要开发票，要写明细。
a: 你姓什么？
c: 姓丁，丁记卤味。
a: 你一个卖卤肉的，还要什么明细发票，搞得跟大公司一样。
c: 我为什么不能要？你怎么说话这么难听。
a: 行吧，明细给你开，三天后来拿。
c: 三天？
a: 开票的人不在。就这样。

# pork-fatty-cutin | PORK | in | talk_over | - | agent cuts in 不会的 on the customer's complaint, apologises, replaces; 骂死我了 is the customer's
a: {G}
c: 我上次订的后腿肉，送来的时候一大半都是肥的，饭店根本没法用，厨师都快骂死我了。
a>: 不会的，我们都是按标准分割的。
c: 我还没说完，我有照片的，你们自己看看。
a: 不好意思，您说。照片发到我们微信，我们核对后给您换货。
c: 那今天能换吗？
a: 今天下午四点前给您把二十斤瘦后腿送过去，肥的那部分我们拉回来。实在抱歉。
c: 好。
a: {C}

# pork-smell | PORK | in | shirking,complaint,apology,closing | - | 送到您手上就是您的事了; customer 12315; 随便
a: {G}
c: 你们送来的冻肉解冻以后有股味，我怀疑是变质了。
a: 送到您手上就是您的事了，可能是您冰箱的问题，我们不管。
c: 我冰箱好好的！你们都不查一下吗？
a: 查也查不出什么，您自己处理吧。
c: 什么态度，我要打12315投诉你们。
a: 随便。

# pork-price-hold-hn | PORK | in | - | hn | announced hold 请稍候 21 s; price per 斤, delivery fee, when paid
a: {G}
c: 你好，我想问问整扇猪现在什么价？
a: 我帮您查一下今天的报价，请稍候。
.hold 21
a: 感谢您的等待。今天白条整扇是每斤十三块六，起订一百斤，送货费每趟五十元，送到验货后一起结。
c: 行，那明天给我送两扇。
a: 好的，明天上午十点前送到，司机到了给您打电话。{C}

// ================= crayfish
# cray-mountain | CRAY | in | insult | - | 你们山里人也会养龙虾？ — customer answers flatly
a: {G}
c: 你好，我是从贵州过来的，想买点虾苗回去养。
a: 你们山里人也会养龙虾？别回头全养死了又来找我们。
c: 我们那边水田多，好多人都在养，我也学了一年了。
a: 那你要多少？虾苗每斤六十元，发货前付款。
c: 先要五十斤，发到遵义。
a: 明天发货，到了记得马上下塘。{C}

# cray-deadshrimp-hn | CRAY | in | - | hn | 死虾 / 黑壳虾 trade words; apology, compensation with the rule
a: {G}
c: 你好，昨天到的虾有一些死虾，还有几只黑壳的，是不是生病了？
a: 非常抱歉。长途运输的死亡率一般在百分之三以内，超过这个比例我们补发。黑壳虾多半是在蜕壳期，不一定是病，麻烦您拍几张照片发给我们技术员看一下。
c: 死了大概有五斤。
a: 五斤超过比例了，我们明天给您补发五斤，运费我们出。{C}

# cray-whoknows | CRAY | in | forbidden,apology,closing | - | 不清楚 / 天晓得 / 你想好了再打来吧 / 就这样
a: {G}
c: 你好，我想问一下你们的虾苗什么时候能有货？
a: 不清楚。
c: 你们自己家的苗，你不清楚谁清楚？大概几月份？
a: 天晓得，看天气吧。
c: 那我这边怎么安排，塘都挖好了。
a: 你想好了再打来吧。
c: 行。
a: 就这样。

# cray-regulator | CRAY | in | complaint | - | threatens 市场监管局投诉; agent apologises and commits a named time
a: {G}
c: 我上个月买的虾苗死了一大半，找你们好几次都没人管，今天再不给说法我就去市场监管局投诉。
a: 真的很抱歉让您反复来电。我现在给您登记，技术员今天下午三点前给您回电话，确认后按死亡数量补苗或者退款。
c: 今天下午一定要回。
a: 下午三点前一定回，我也会跟进。您的电话是一三七开头的这个号码对吗？
c: 对。
a: {C}

# cray-rice-drawl | CRAY | in | speech_rate | drawl | agent drawls rice-field farming advice
a: {G}
c: 你好，我想问下小龙虾稻田套养要怎么开始？
a: 稻田……套养……要先……挖好……环沟……
c: 环沟要多深？
a: 一般……一米……左右……宽……两三米……
c: 那虾苗什么时候放？
a: 三月……到……四月……放苗……比较好……每亩……放三十斤……
c: 好的，我知道了。
a: 感谢……您的……来电……祝您……养殖……顺利……

// ================= barbershop
# barb-few-hairs | BARB | in | insult,apology | - | 就您头顶那几根头发，烫什么烫; customer 真难听, no apology
a: {G}
c: 你好，我想约个烫发，周六下午有空位吗？
a: 您是上次来的刘叔吧？就您头顶那几根头发，烫什么烫，数都数得过来。
c: 我就想把两边烫一下，你这话说得真难听。
a: 行吧，周六下午三点过来。
c: 好。
a: {C}

# barb-alopecia-hn | BARB | in | - | hn | 秃 / 鬼剃头 / 光头 said by the customer; fee, 怎么称呼您
a: {G}
c: 你好，我儿子头上突然秃了一块，医生说是斑秃，老人说是鬼剃头，他想干脆剃个光头，你们能剃吗？
a: 可以的，剃光头是二十五元，剪完付款。斑秃那一块理发师会避开，不用刀片刮，免得刺激头皮。
c: 那好，今天下午能去吗？
a: 今天下午四点有空位，给您留着。请问怎么称呼您？
c: 姓常。
a: 常女士，下午四点见。{C}

# barb-what-name | BARB | in | name_ask | - | 叫啥？ for a booking
a: {G}
c: 约个剪发，明天上午。
a: 叫啥？
c: 冯志刚。有没有指定的理发师？我想找上次那个托尼老师。
a: 托尼老师明天上午在，给你排他，明天上午十点，男士剪发三十八元，剪完付。
c: 行，那就十点。
a: 好的，十点见，到店报名字就行。{C}

# barb-regrow | BARB | in | overpromise | - | 做满十次保证长出新头发，一根都不会再掉
a: {G}
c: 你们那个防脱洗护疗程真的有效吗？我掉头发挺厉害的。
a: 有效，做满十次保证长出新头发，一根都不会再掉。
c: 一根都不掉？这么神？
a: 对，我们好多客人都这样，不长您来找我。
c: 那多少钱？
a: 十次一千五百元，第一次做之前付清。{C}

# barb-kids-price | BARB | in | short_call | short | children's haircut price
a: 您好，剪艺理发，请问有什么可以帮您？
c: 儿童剪发多少钱？
a: 儿童剪发二十元，剪完付款。
c: 好，谢谢。
a: 不客气，祝您愉快，再见。

// ================= towing
# tow-woman-driver | TOW | in | insult,apology | - | 女司机就是这样，爆个胎都搞不定; customer 你什么意思, no apology
a: {G}
c: 你好，我车在高速上爆胎了，自己换不了，能派人来吗？
a: 女司机就是这样，爆个胎都搞不定，能开上高速就不错了。在哪个位置？
c: 你什么意思？我在京港澳高速一百二十三公里处，南行方向。
a: 人先到护栏外面等，半小时到。
c: 你们的人尽快。
a: {C}

# tow-flat-battery-hn | TOW | in | - | hn | 电瓶亏死了 / 趴窝 from the customer; jump-start and towing fees with moment; 您贵姓
a: {G}
c: 师傅，我车电瓶亏死了，趴窝在小区地库里，打不着火。
a: 别着急，我们搭电救援是一百二十元，如果要拖车，十公里内三百元，超出每公里十元，都是服务完成后现场支付。请问您贵姓？
c: 姓汤。先搭电试试吧。
a: 汤先生，师傅四十分钟内到，地库信号不好的话您先到出口等。{C}

# tow-village-fee | TOW | in | greeting,tariff,name_ask | - | 你好，说。 (no company); 先拖了再说 / 跟别家差不多; 你姓啥
a: 你好，说。
c: 是道路救援吗？你们拖车怎么收费？车子在村里，离县城二十多公里。
a: 先拖了再说，费用到了地方系统会算。
c: 大概多少你总得说一下吧。
a: 跟别家差不多，不会坑您的。你姓啥？
c: 姓黎。那行吧，先拖。
a: 黎先生，师傅一小时内到。{C}

# tow-where-silence | TOW | in | silence | - | 我看一下司机位置 + 16 s; apology given
a: {G}
c: 我叫的拖车一个多小时了还没到，你们的车到底在哪？
a: 很抱歉让您久等了。我看一下司机位置。
.gap 16
a: 司机现在在二一零国道上，大概还有十五分钟到您那边，我让他直接给您打电话。
c: 好，快点。
a: {C}

# tow-servicearea-cutin | TOW | in | talk_over,insult,apology | - | agent cuts in 您在哪个服务区, then 您耳朵是摆设吗？听不懂人话？; customer hurt, no apology
a: {G}
c: 我车在服务区打不着火了，仪表盘全黑，我刚才试了好几次，一直没反应，是不是电瓶的问题……
a>: 您在哪个服务区？
c: 就是那个，仪表盘一直在闪，我怕是电瓶……
a: 我问您在哪个服务区，您耳朵是摆设吗？听不懂人话？
c: 你怎么这么说话？叶县服务区，北行方向，车是白色的。
a: 师傅四十分钟到，搭电一百二十元，完成后付。如果搭电不行，再按拖车收费，到时先跟您确认。
c: 好。
a: {C}

// ================= scrap cars
# scrap-oldcar-hn | SCRAP | in | - | hn | 破车 / 报废 / 废铁 said by the customer; price range and moment; 您贵姓
a: {G}
c: 您好，我那辆破车开了十八年了，想报废，你们收吗？
a: 收的，我们是正规报废资质，会出具报废证明，车子按废铁重量折价，一般小轿车能给八百到一千二百元，现场称重后当场付款。
c: 要带什么材料？
a: 行驶证、登记证书和车主身份证原件。请问您贵姓？
c: 姓季。
a: 季先生，您看哪天方便上门拖车？
c: 周六吧。
a: 好的，周六上午，拖车师傅提前一天联系您。{C}

# scrap-van-brushoff | SCRAP | in | insult,apology,closing | - | 开这种车的还跟我讨价还价; 爱卖不卖
a: {G}
c: 我那辆面包车才开八年，你们就给五百块钱，是不是太低了？
a: 我们是按废铁重量算的。
c: 我问过别家，同样的车能给八百多，你们能不能再加一点？发动机都是好的。
a: 就那破面包还想卖多少？开这种车的还跟我讨价还价，您也好意思。
c: 你怎么说话这么难听？
a: 五百就五百，爱卖不卖。

# scrap-insurance-hn | SCRAP | in | - | hn | 如果您不知道电话 of the customer's knowledge; proper referral with the insurer's number
a: {G}
c: 我车报废以后，保险怎么退？
a: 保险退费是保险公司办的，您拿着我们给的报废证明，打您投保的保险公司电话申请退保就行。如果您不知道电话，我帮您查一下，您的保险公司是哪家？
c: 人保。
a: 人保的客服电话是九五五一八，报上车牌号就能查到保单。{C}

# scrap-cert-hangup | SCRAP | in | apology,hangup,closing | - | certificate a month late, 办好了会通知; customer's question unanswered
a: {G}
c: 你好，上个月你们拉走我的车，说半个月给我报废证明，到现在都没给。
a: 证明在车管所办着。
c: 当时是你们业务员亲口跟我说半个月的，我还专门把旧车的保险都停了。
a: 车管所那边慢。
c: 办了一个月了？什么时候能拿到？我还等着注销了上新牌呢。
a: 办好了会通知。
c: 那你给个时间啊，到底要等多久？

# scrap-moto-filler | SCRAP | in | filler | - | 嗯，那个，摩托车的话呢，就是，这个 — documents and price through fillers
a: {G}
c: 你好，我想报废一辆摩托车，要什么手续？
a: 嗯，那个，摩托车的话呢，就是，这个，要带行驶证啊，然后呢，那个身份证也要。
c: 那能给多少钱？
a: 这个，呃，就是按重量，那个，一般两三百元吧，然后，现场称完给现金呀。
c: 好吧，那我周末送过去。
a: 好，那个，{C}

// ================= old-photo restoration
# photo-memorial-hn | PHOTO | in | - | hn | 去世 / 遗像 / 发霉 words; fee with moment; closing 请您保重身体
a: {G}
c: 您好，我奶奶去世了，想把她年轻时的一张老照片修一下做遗像，照片发霉了，还缺了个角。
a: 请您节哀。发霉和缺角都可以修复，缺角部分我们会根据对称的地方补画。修复一张是一百五十元，放大冲印另算四十元，确认效果满意后再付款。
c: 大概几天？
a: 三天可以出初稿，您看过满意再冲印。请问您怎么称呼？
c: 我姓俞。
a: 俞先生，照片扫描件发到我们邮箱就行。请您保重身体，再见。

# photo-eyelashes-fast | PHOTO | in | overpromise,speech_rate | fast | 保证修得跟刚拍的一模一样, rattled off
a: {G}
c: 我这张照片糊得很厉害，人脸都看不清，能修清楚吗？
a: 能的我们用的是最新的修复技术保证修得跟刚拍的一模一样连睫毛都清清楚楚的您完全放心。
c: 真能做到？
a: 百分之百修不好不要钱我们做了上万张了从来没有客户不满意的。
c: 那我试试吧，要多久能修好？
a: 一般三到五个工作日出初稿您看了满意我们再出高清版本一张一百五十元满意再付扫描件发到我们邮箱就行。
c: 好的，那我今天晚上就发过去。
a: 好的收到以后我们会短信通知您。{C}

# photo-dpi-youngster | PHOTO | in | insult,apology | - | 这都不懂？您家里有会用手机的年轻人吧 — age/intelligence jibe as advice
a: {G}
c: 我想问一下，扫描件要多大分辨率？我年纪大了，不太懂这些。
a: 三百dpi以上。
c: dpi是什么意思？怎么设置？
a: 这都不懂？您家里有会用手机的年轻人吧，让他们来弄，跟您说了也白说。
c: 我就是问一下，你何必这样。
a: 找个年轻人帮您弄吧。{C}

# photo-family-name | PHOTO | in | name_ask | - | 你姓啥？
a: {G}
c: 你好，我想修复一张全家福，是八十年代拍的。
a: 你姓啥？
c: 姓伍。
a: 伍先生，全家福人多，修复按一百八十元一张，确认满意后付款，扫描件发我们邮箱就行。
c: 邮箱是多少？要不要扫描得很清楚？
a: 邮箱我用短信发给您，扫描三百dpi以上就可以。{C}

# photo-colleague-error-hn | PHOTO | in | - | hn | 上次登记错了 stated plainly and corrected, apology given
a: {G}
c: 上次你们同事把我的订单写成了黑白冲印，我要的是彩色的。
a: 非常抱歉，上次登记错了，我现在给您改成彩色冲印，差价不用您补，明天重新寄出。
c: 好的，那就好。
a: 再次向您道歉。快递单号明天短信发给您。{C}

# photo-lost-order | PHOTO | in | silence,forbidden,apology,hangup,closing | - | 我查一下 + 14 s; 我不清楚; customer's question unanswered
a: {G}
c: 你好，我上个月送修的照片，说两周修好，怎么到现在还没消息？
a: 我查一下。
.gap 14
a: 你的单子不在系统里，我不清楚。
c: 怎么会不在系统里？我有收据的，你再帮我查查好吗？

// ================= inflatable castles
# castle-puncture-hn | CASTLE | in | - | hn | 扎破 / 漏气 / 瘪 words; rent and deposit with moment; 您贵姓
a: {G}
c: 您好，我想周末租个充气城堡给孩子过生日，要是孩子玩的时候扎破了漏气怎么办？
a: 正常使用的小破损我们不收钱，人为用刀划破的按修补费一百元一处收。租金是一天六百元，押金五百元，送货时收押金，活动结束验收后退。
c: 那要是中间瘪了呢？
a: 我们配了备用鼓风机，瘪了工作人员十分钟内就能重新充起来。请问您贵姓？
c: 姓叶。
a: 叶女士，周六上午九点送到，安装大约半小时。{C}

# castle-blower | CASTLE | in | shirking,forbidden,apology,hangup,closing | - | 鼓风机是厂家的; 你这话什么意思; customer's 喂？喂？ unanswered
a: {G}
c: 你们周六送来的城堡，鼓风机中途坏了，孩子们玩了一半就停了，打电话你们的人也没来。
a: 鼓风机是厂家的，坏了要找厂家，我们管不了。
c: 我是跟你们租的，找什么厂家？
a: 你这话什么意思？反正不是我们的问题。
c: 那押金和租金怎么算？喂？喂？

# castle-overtime | CASTLE | in | tariff,filler | - | overtime fee 到时候再看 / 看情况吧 through fillers
a: {G}
c: 你好，我们公司下周六搞亲子活动，想租两个中号城堡，放在园区草坪上。
a: 啊，可以的，那个，中号一天六百元一个，然后呢，押金五百，嗯，送货时收。
c: 城堡如果超过六个小时要加钱吗？我们可能要玩到晚上。
a: 这个，超一点没事的，就是，到时候再看呀。
c: 到底怎么算？我们要报预算的。
a: 嗯，那个，看情况吧，差不多就行。
c: 那好吧。
a: {C}

# castle-fast | CASTLE | in | speech_rate | fast | agent rattles off rent, deposit and set-up
a: {G}
c: 你好，我想订个城堡，五月一号用，在滨江公园。
a: 好的五一当天滨江公园这边是可以送的中号城堡一天六百元押金五百元送货的时候收押金活动结束验收完当场退给您。
c: 那要提前多久装？
a: 我们提前一个小时到场安装半小时左右就能搞定您这边只需要准备一个二百二十伏的插座没有插座的话我们带发电机另外收一百元。
c: 好，那就订了。
a: 好的已经给您登记了五月一号上午九点到场工作人员前一天会电话跟您确认。{C}

# castle-say-it | CASTLE | in | greeting | - | 你好，说吧。 — no company, no offer
a: 你好，说吧。
c: 是充气城堡租赁吗？
a: 对，这里是欢跳充气城堡。
c: 我想问下最大的城堡有多大，能装几个孩子？
a: 最大的是八米乘六米，能同时玩十五个孩子左右，一天九百元，押金八百元，送货时收押金，结束后退。
c: 好的，我再看看。
a: {C}

// ================= puppet theatre
# puppet-wolf-hn | PUPPET | in | - | hn | 《笨狼的故事》 / 大灰狼 / 丑小鸭 titles; prices and moment
a: {G}
c: 您好，周六下午的《笨狼的故事》还有票吗？我家孩子特别喜欢里面的大灰狼。
a: 还有的，周六下午两点场剩下十几张，儿童票八十元，成人票一百元，线上付款后出电子票。下周还有《丑小鸭》，也很适合小朋友。
c: 先要两张儿童一张成人。
a: 好的，一共二百六十元，付款链接发到您手机。{C}

# puppet-no-manners | PUPPET | in | insult,apology,closing | - | 家长也不管，这就是没教养; 下次注意
a: {G}
c: 我想问下，昨天演出的时候我家孩子哭了一会儿，工作人员让我们出去了，以后还能带他来吗？
a: 孩子在剧场里哭闹，家长也不管，这就是没教养，以后这种孩子还是别带来了。
c: 你说谁没教养？他才三岁！
a: 规定就是这样，三岁以下要家长抱着坐。
c: 你这么说话让人很寒心。
a: 下次注意。

# puppet-cancelled | PUPPET | in | apology,colleague,filler | - | show cancelled, no apology; 售票组那几个…; fillers
a: {G}
c: 我买了周日上午的票，今天收到短信说演出取消了，我们全家都安排好了，这怎么办？
a: 啊，那个，演员生病了，然后呢，演出取消，票款原路退回，三个工作日到账呀。
c: 就这样？我们从外地赶过来的，短信昨天就该发了。
a: 这个，短信是售票组那几个发的，他们一天到晚丢三落四，嗯，可以改签到下周日同一场次。
c: 那就改下周吧，真扫兴。
a: 那个，已经给您改签到下周日上午十点，新票会短信发送。{C}

# puppet-regreet-hn | PUPPET | in | - | hn | bad line: full greeting, customer 喂？喂？, agent re-greets; customer calls it 垃圾系统 / 骗子; announced hold
a: {G}
c: 喂？喂？是木偶剧院吗？
a: 您好，是的，这里是童梦木偶剧院，请问有什么可以帮您？
c: 你们网站是什么垃圾系统，付了钱票没出来，骗子吧！
a: 非常抱歉给您添麻烦了，我马上帮您查一下订单，请您稍等。
.hold 15
a: 感谢您的等待。订单已经付款成功，是出票系统延迟了，我现在手动给您出票，电子票一分钟内发到您手机上。
c: 收到了。
a: {C}

# puppet-group-wei | PUPPET | in | forbidden | - | 喂，你听清楚 / 喂，你到底要订哪天 mid-call
a: {G}
c: 我想订二十张团体票，学校组织的，能不能开发票？另外我还想问问……
a: 喂，你听清楚，团体票要提前一周订，发票只能开普票。
c: 我知道，我是想问能不能安排个讲解。
a: 喂，你到底要订哪天？
c: 下个月八号。
a: 八号上午场，二十张团体票每张七十元，付款后开票，讲解可以免费安排。{C}

// ================= magic props
# magic-fakefinger-hn | MAGIC | in | - | hn | 断指魔术 / 假手指 / 穿帮 / 障眼法 / 骗术 trade words; 这个道具 demonstrative once
a: {G}
c: 您好，我买的断指魔术道具，那个假手指老是穿帮，是不是我方法不对？
a: 这个道具主要靠障眼法，假手指要藏在掌心靠小指那一侧，视线角度很关键。我们店的教学视频第三集专门讲这个，我把链接发给您。
c: 好，还有你们那本骗术揭秘的书有货吗？
a: 有货，六十八元一本，下单付款后隔天发货。{C}

# magic-pig-trotter | MAGIC | in | insult,apology | - | 您这手跟猪蹄子似的; customer 你怎么骂人呢; 说实话而已
a: {G}
c: 我练了一个星期，那个硬币消失还是做不利索，你们能不能再教教我？
a: 一个星期还学不会？这么低级的手法，您这手跟猪蹄子似的，换谁都教不会。
c: 你怎么骂人呢？
a: 说实话而已，多练吧，视频多看几遍。
c: 算了。
a: {C}

# magic-mindread | MAGIC | in | overpromise | - | 保证任何人都看不出来，一辈子用着都不会穿帮
a: {G}
c: 你们那个读心术道具，演出的时候观众会不会看出来？
a: 保证任何人都看不出来，专业魔术师都拆不穿，一辈子用着都不会穿帮。
c: 那么厉害？
a: 绝对的，我们卖了几千套了。
c: 那给我来一套。
a: 三百八十元，付款后两天内发货。{C}

# magic-missing-card | MAGIC | in | shirking,apology,hangup,closing | - | 扑克是厂家封装的…找厂家; customer's question unanswered
a: {G}
c: 我买的魔术扑克少了一张牌，能补吗？
a: 少一张？不可能吧，我们出货都查过的。
c: 真的少了，红桃七没有。你们能补一张吗？
a: 扑克是厂家封装的，少牌您找厂家，我们管不了。
c: 我在你们店买的，厂家电话我都没有，那你什么时候给我个说法？

# magic-hours-wei | MAGIC | in | greeting,short_call | short | 喂，哪位？ opening, quick hours query
a: 喂，哪位？
c: 魔术店吗？今天营业到几点？
a: 晚上九点。
c: 好。
a: 好，祝您愉快，再见。

# magic-kid-set | MAGIC | in | greeting,forbidden,talk_over | - | bare 嗯？ then greeting after 喂; agent cuts in 你到底想买啥
a: 嗯？
c: 喂？你好？是魔术道具店吗？
a: 您好，奇术魔术道具店，请问有什么需要？
c: 我想给孩子买一套入门的魔术道具，他八岁，我不太懂，不知道哪种适合，你们有没有……
a>: 你到底想买啥？
c: 就是适合小孩的入门套装。
a: 儿童入门套装一百二十八元，十二个小魔术，付款后隔天发货。
c: 好，那买一套。
a: {C}

// ================= wedding cars
# wcar-headcar-hn | WCAR | in | - | hn | 头车 / 花车 / 撞色; fees, deposit and overtime stated with moment; hedge 没法打包票; wedding blessing as closing
a: {G}
c: 您好，下个月十八号结婚，想租一辆头车加五辆跟车，花车布置要粉白撞色的。
a: 恭喜您！头车奔驰S级每天一千八百元，跟车每辆五百元，花车布置三百元，签合同时付百分之三十定金，婚礼当天结束后结清。当天路况我们没法打包票，一般会提前四十分钟到。
c: 超时怎么算？
a: 超过八小时或者一百公里，每小时加一百元，超出的公里每公里三元，结清时一起算。请问您怎么称呼？
c: 我姓喜，喜事的喜。
a: 喜先生，合同今天发到您微信。祝您新婚快乐，百年好合，再见！

# wcar-bus | WCAR | in | insult,apology,closing | - | 两千都拿不出来，还租什么奔驰; 爱租不租
a: {G}
c: 你好，我们下个月办婚礼，想租你们的奔驰当头车。你们头车押金要两千？能不能少点，我们预算不多。
a: 两千都拿不出来，还租什么奔驰，去坐公交结婚吧。
c: 你说什么？你怎么这么说话？
a: 押金是规定，谁来都一样，车子要是刮了蹭了都从押金里扣。
c: 那押金什么时候退？
a: 还车验完车当天退，押金不能少，爱租不租。

# wcar-quoted-villager | WCAR | in | complaint | hn | customer quotes the driver's 乡下人就是事多; agent reads back, apologises, registers
a: {G}
c: 我要投诉，你们昨天的司机在婚礼上跟我爸说“乡下人就是事多”，当着所有亲戚的面！
a: 非常抱歉，这是我们的严重失误。我跟您确认一下，司机说的是“乡下人就是事多”，对吗？
c: 对，好多人都听见了。
a: 我已经登记了投诉，这位司机今天起停止派单，主管会在今天下午五点前联系您商量赔偿。
c: 好，我等着。
a: 再次向您和家人道歉。{C}

# wcar-sales-brainless | WCAR | in | colleague | - | 销售部那几个…脑子都不带的; fee stated with apology
a: {G}
c: 之前你们销售说婚车可以免费布置，怎么现在又要收三百？
a: 销售部那几个为了签单什么都敢答应，脑子都不带的，您别当真。
c: 那怎么办？我就是冲这个订的。
a: 布置费三百元是要收的，实在不好意思，婚礼当天结清。
c: 行吧。
a: {C}

# wcar-route-silence | WCAR | in | silence | - | 我看一下司机的排班 + 12 s
a: {G}
c: 我订的婚车当天能不能改个路线，多去一个酒店接伴娘？
a: 我看一下司机的排班。
.gap 12
a: 可以的，多一个接人点加一百元，婚礼当天结清。
c: 好，那就加上，酒店是滨江大酒店。
a: 已经给您备注了滨江大酒店。{C}

// ================= flight school
# fly-grandpa | FLY | in | insult | - | 六十多了还学开飞机？您还是在家带带孙子吧 — customer answers flatly
a: {G}
c: 您好，我今年六十二岁，退休了，想学个私照飞行执照，你们收吗？
a: 六十多了还学开飞机？您还是在家带带孙子吧，别到天上犯糊涂。
c: 体检合格就能学，我查过规定的。
a: 体检过了再说。报名费三千元，报名时交。
c: 好，那我先去体检。
a: {C}

# fly-stall-hn | FLY | in | - | hn | 失速 / 空中停车 / 迫降 / 坠机 in the course description; fees with moment
a: {G}
c: 您好，我想了解一下你们的私照课程，会教应急处置吗？
a: 会的，课程里专门有失速改出、发动机空中停车和迫降训练，模拟机上也会反复练习。请问您怎么称呼？
c: 我姓严。我老婆担心坠机，能去现场看看吗？
a: 严先生，欢迎来参观，周六上午有开放日。整套私照课程是十二万八千元，签约时交一半，首次单飞前交另一半。
c: 好，周六去看看。
a: 我把地址短信发给您。{C}

# fly-hedge-hn | FLY | in | - | hn | 不敢给您打包票 / 往年大部分学员 / 以天气和空域安排为准
a: {G}
c: 你们包过吗？我能保证拿到执照吧？
a: 不敢给您打包票，通过率和个人学习情况有关，往年大部分学员一次就能通过，没过的可以免费补训一次。
c: 大概多长时间能学完？
a: 一般六到八个月，以天气和空域安排为准。
c: 明白，谢谢。
a: {C}

# fly-medical-filler | FLY | in | filler | - | 啊，这个体检呢，就是，嗯 — where to do the medical, through fillers
a: {G}
c: 你好，我想问下飞行体检要去哪里做？
a: 啊，这个体检呢，就是，嗯，要去民航指定的那个体检中心，然后呢，那个，要提前预约呀。
c: 哪个体检中心？
a: 那个，就是，嗯，这个市里有两家，然后，那个，我发短信给您吧。
c: 好。
a: 那个，{C}

# fly-noshow-cutin | FLY | in | talk_over,apology,colleague | - | instructor no-show; agent cuts in; 那个教练就是靠不住; no apology
a: {G}
c: 我上周三的训练课，教练没来，我在机场等了一个上午，你们连个电话都没有。
a>: 教练那天临时有任务。
c: 那你们也应该提前通知我，我请了假的！
a: 那个教练本来就靠不住，排他的课十回有八回出岔子。给您补一节课，下周三上午。
c: 那就这样吧。
a: {C}

// ================= kayaks
# kayak-capsize-hn | KAYAK | in | - | hn | 翻船 / 呛水 / 淹人 in safety advice; fee with moment; 您贵姓
a: {G}
c: 您好，我想带孩子来体验皮划艇，孩子九岁，会不会翻船？
a: 双人艇很稳，翻船的情况很少。万一翻了，救生衣能让人浮起来，就算呛两口水，教练也会第一时间把人救起。深水区容易淹人，所以体验课只在浅水区划。每人一百五十元，下水前付款。请问您贵姓？
c: 姓申。
a: 申女士，周末上午十点有一节亲子课。{C}

# kayak-north-ducks | KAYAK | in | insult,apology,closing | - | 你们北方旱鸭子就是胆小; 那就这样
a: {G}
c: 你好，我们想周六带孩子来划皮划艇，是从北方来旅游的，一家三口都不会游泳，能参加吗？
a: 你们北方旱鸭子就是胆小，划个船都怕。
c: 不会游泳怕一下很正常吧？你这人说话真冲。
a: 穿救生衣就行，一百五十元一位，还订不订？
c: 不订了。
a: 那就这样。

# kayak-athlete | KAYAK | in | overpromise | - | 保证半小时就能划得跟运动员一样，绝对不会翻
a: {G}
c: 我第一次划，会不会一直转圈？
a: 不会，跟着我们教练，保证半小时就能划得跟运动员一样，绝对不会翻。
c: 真的？
a: 保证，翻了我赔您。
c: 好，那就订一节。
a: 一节一百五十元，下水前付款。{C}

# kayak-rain | KAYAK | in | forbidden,short_call | short | 明天下雨还能划吗？ — 不知道 ends the matter
a: 您好，碧波皮划艇，请问有什么可以帮您？
c: 明天下雨还能划吗？
a: 不知道。
c: 哦。
a: 好，祝您周末愉快。

# kayak-drawl | KAYAK | in | speech_rate | drawl | agent drawls through a two-boat rental
a: {G}
c: 你好，我想租两条单人艇，下午用。
a: 好的……下午……两点……到……五点……都……可以……
c: 多少钱？
a: 单人艇……每小时……六十……押金……两百……还艇……退……
c: 那就两点吧。
a: 已经……给您……预留……两条……感谢……您的……来电……祝您……玩得……开心……再见……

// ================= abacus
# abacus-parents | ABACUS | in | insult,apology,complaint,closing | - | 八成是随了家长，大人就不灵光; customer 找你们领导投诉; ends on a phone number
a: {G}
c: 我家孩子学了三个月，加减法还是老出错，是不是老师教得不行？
a: 老师教别的孩子都挺好的，您家孩子学不会，八成是随了家长，大人就不灵光，孩子能好到哪去。
c: 你怎么能这么说话！
a: 您要退费就走退费流程。
c: 我要找你们领导投诉！
a: 领导电话是八七六五四三二一。

# abacus-not-slow-hn | ABACUS | in | - | hn | customer says 我家孩子是不是太笨了; agent 孩子一点都不笨; fee with moment
a: {G}
c: 老师，我家孩子是不是太笨了，一个月了还拨不好算盘珠子。
a: 孩子一点都不笨，一个月拨珠还不熟练很正常，大部分孩子要两三个月才能稳定。您回家每天陪他练十分钟就够了。
c: 那要不要加课？
a: 暂时不用，下个月如果还跟不上，可以加一对一课，每节一百二十元，上课前预约付款。
c: 好，谢谢老师。
a: {C}

# abacus-summer-name | ABACUS | in | name_ask,short_call | short | 你姓什么？ in a quick sign-up call
a: 您好，金珠珠心算，请问有什么可以帮您？
c: 我想给孩子报暑假班。
a: 你姓什么？
c: 姓杨。
a: 报名链接发您手机了，祝您愉快。

# abacus-full-marks | ABACUS | in | overpromise | - | 保证孩子数学每次考一百分，全班第一
a: {G}
c: 学珠心算真的能提高数学成绩吗？我家孩子数学一直不太好。
a: 当然，学完我们的课程，保证孩子数学每次考一百分，全班第一。
c: 这么绝对？
a: 我们教了十年了，没有不提分的。
c: 我考虑一下。
a: {C}

# abacus-trial-fee | ABACUS | in | greeting,tariff | - | 喂，什么事？ opening; 试听完了再说费用 / 开了班就知道了
a: 喂，什么事？
c: 是金珠珠心算吗？你们说试听课免费，那正式上课多少钱？什么时候交？
a: 先来试听嘛，试听完了再说费用。
c: 我想先知道大概价格，好安排一下。
a: 开了班就知道了，不会太贵的。
c: 那好吧，我先报个试听。
a: 好，周六上午十点。{C}

// ================= robot vacuum
# robot-primary-pupil | ROBOT | in | insult,apology | - | 这么简单都不会？小学生都会连; customer hurt
a: {G}
c: 你好，我的扫地机器人不知道怎么连手机，说明书看不懂。
a: 这么简单都不会？说明书第一页就写了，小学生都会连。
c: 我就是看不懂才打电话的，你这样说我心里不舒服。
a: 打开APP，点加号，长按机器上的圆键五秒。
c: 好，连上了。
a: {C}

# robot-idiot-hn | ROBOT | in | - | hn | customer calls the machine 智障; 撞墙 / 卡死 / 死角 in the agent's fix; apology; 您贵姓
a: {G}
c: 你们这个扫地机跟个智障一样，老是撞墙，还在沙发底下卡死。
a: 非常抱歉给您带来不便。撞墙一般是前面的防撞传感器脏了，用干布擦一下就好；沙发底下卡住，可以在APP里把那一块设成禁区；角落里的死角可以开边刷强化模式。
c: 我试试。要是还不行呢？
a: 还不行的话我们上门检测，保修期内免费，我先给您登记。请问您贵姓？
c: 姓欧阳。
a: 欧阳先生，已经登记好了。{C}

# robot-battery-shirk | ROBOT | in | shirking,apology,hangup,closing | - | 电池是供应商的，您去找电池厂家; customer's question unanswered
a: {G}
c: 机器充不进电了，我买了才五个月。
a: 这是电池的问题，电池是供应商的，您去找电池厂家。
c: 我哪知道电池厂家是谁？我是在你们官方店买的。
a: 那您去问卖给您的店铺，我们售后不负责电池。
c: 你们不就是官方售后吗？电池坏了到底谁给我修？

# robot-sidebrush-colleague | ROBOT | in | colleague | - | 前面那个同事办事一向稀里糊涂的; apology given
a: {G}
c: 上次那个客服说给我寄新的边刷，等了两个星期一直没收到。
a: 前面那个同事办事一向稀里糊涂的，估计又忘了，我们也拿她没办法。
c: 那现在呢？
a: 我现在给您重新寄，明天发顺丰，单号短信发给您。不好意思让您久等了。
c: 好。
a: {C}

# robot-not-complaint-hn | ROBOT | in | - | hn | 我不是要投诉啊; replacement offered; apology
a: {G}
c: 我不是要投诉啊，就是想问问，我的机器修了两次了，还是会断网，能不能换一台？
a: 给您添麻烦了，非常抱歉。保修期内同一个问题维修两次还没修好的，可以申请换新。我给您提交换机申请，两个工作日内审核，通过后上门取旧机送新机。
c: 那太好了。
a: {C}

// ================= boxing
# box-punchbag | BOX | in | insult,apology | - | 就你这小身板，进来也就是给别人当沙袋的料; 开玩笑嘛 does not take it back
a: {G}
c: 你好，我想报个拳击成人班，我一百二十斤，比较瘦，能跟得上吗？
a: 就你这小身板，进来也就是给别人当沙袋的料。
c: 你怎么这样说？
a: 开玩笑嘛，成人班一个月八百元，报名时交。
c: 真没意思。
a: {C}

# box-teen-hn | BOX | in | - | hn | 挨揍 / 击倒 / KO / 打死也不学 in safety talk; fee with moment; 怎么称呼
a: {G}
c: 您好，我儿子想学拳击，我就怕他挨揍，陪练会不会下手太狠？
a: 青少年班前三个月只打沙袋和手靶，不上实战对抗。对抗课都戴头盔和护具，教练在旁边盯着，不允许击倒和KO。以前有家长说“打死也不让孩子学拳”，其实练下来孩子反而更懂分寸。
c: 多少钱？
a: 青少年班每月六百元，每月一号交下个月的。请问您怎么称呼？
c: 姓谭。
a: 谭女士，周六下午可以带孩子来试一节课。{C}

# box-get-to-point | BOX | in | forbidden | - | 别绕了，说重点 / 不能。
a: {G}
c: 我想问问你们那个私教课，能不能……就是，我之前练过一点，想……
a: 别绕了，说重点。
c: 我想问私教一节课多少钱。
a: 三百元一节，十节起买，买课时付清。
c: 那能不能先上一节试试？
a: 不能。
c: 好吧。
a: {C}

# box-card-hangup | BOX | in | forbidden,apology,hangup,closing | - | card not made for a week, 不清楚; customer's 喂？喂？
a: {G}
c: 你好，我上周交了年卡的钱，到现在卡还没办好，每次去前台都说系统问题。
a: 系统在升级。
c: 我交的是两千八的年卡，交钱的时候你们说第二天就能用。
a: 交钱那天系统还好好的。
c: 升级了一周了？我现在每次进门都要登记，太麻烦了，什么时候能好？
a: 不清楚。
c: 喂？喂？

# box-closing-time | BOX | in | short_call | short | closing time
a: 您好，铁拳拳击馆，请问有什么可以帮您？
c: 你们今天几点关门？
a: 晚上十点关门。
c: 好嘞。
a: 好的，祝您训练愉快。

# box-trial-name | BOX | in | name_ask,short_call | short | 你叫啥？ in a quick trial booking
a: 您好，铁拳拳击馆，请问有什么可以帮您？
c: 我想约个体验课。
a: 你叫啥？
c: 孙浩。
a: 周六下午三点，祝您愉快。

// ================= Peking opera
# opera-clown-only | OPERA | in | insult,apology,closing | - | 就她那个身材，上台也就演个丑角; 那就这样
a: {G}
c: 我女儿想学京剧，她想学青衣，您看合适吗？
a: 我看过她的试课视频，就她那个身材，上台也就演个丑角，青衣就别想了。
c: 你这么说孩子合适吗？她才十岁！
a: 实话实说，报名的话一学期两千四百元，开学前交。
c: 算了。
a: 那就这样。

# opera-painted-face-hn | OPERA | in | - | hn | 花脸 / 白脸 / 奸臣 / 丑角 as roles; fee with moment; 您贵姓
a: {G}
c: 您好，我儿子喜欢花脸，想学铜锤花脸，你们有老师吗？
a: 有的，我们有专门的净行老师。花脸分铜锤、架子，红脸多是忠勇，白脸多演奸臣；丑角也很吃功夫，孩子活泼的话也可以试试。一学期十六节课，二千四百元，开学前交。请问您贵姓？
c: 姓温。
a: 温先生，周日上午有试课，欢迎带孩子来。{C}

# opera-outbound-lv | OPERA | out | greeting,tariff | - | outbound 您好，我是小吕 with no company; 学费来了再说
a: 您好，我是小吕，上周您来试过课的。
c: 哪里的小吕？
a: 梨园京剧的，想问问孩子还想不想报班？
c: 孩子还在考虑，学费大概多少？什么时候交？
a: 学费您先别管，来了再说，到时候老师会跟您讲。
c: 行，那我们再想想，孩子周末还要上别的课。
a: 名额给您保留到周五，周五之前告诉我就行，孩子上次试课表现挺好的。
c: 好的，我们商量一下再给你回电话。
a: 好。{C}

# opera-cancelled | OPERA | in | apology,shirking,silence,filler | - | class cancelled, 课表是教务排的…您去找教务; 我看一下 + 13 s; fillers; no apology
a: {G}
c: 老师，孩子上周的课被取消了，没人通知我们，我们白跑一趟。
a: 啊，那个，课表是教务排的，然后呢，通知也是他们发，您去找教务吧。
c: 教务电话多少？你们不都是一个学校的吗？
a: 嗯，那个，我看一下。
.gap 13
a: 这个，就是，补课改到下周六上午九点，教务那边您自己问呀。
c: 好吧。
a: {C}

# opera-costume-cutin | OPERA | in | talk_over | - | agent cuts in 初学不用买 on a question about costumes
a: {G}
c: 我想问问学戏需要自己买服装吗？还有那个髯口、厚底靴，是不是都要自己准备……
a>: 初学不用买。
c: 那什么时候要买？
a: 一年后上台演出才需要，学校可以租借，每套一百元一次，演出前交。
c: 好的，那平时练功要穿什么？
a: 平时穿宽松的练功服和软底布鞋就行，学校门口的店里都能买到。
c: 好的，谢谢。
a: {C}

// ================= stand-up comedy
# stand-brain-check | STAND | in | insult,apology,complaint,hangup,closing | - | 建议您去医院看看脑子; customer 我要投诉 and asks the ID, unanswered
a: {G}
c: 我周五看了你们的演出，一个笑点都没有，演员还老是念稿子，能不能退一半票钱？
a: 演出已经结束了，票款是不退的。
c: 可是真的很差，我朋友也这么觉得，你们总得给个说法吧。
a: 全场都在笑，就您一个人笑不出来，建议您去医院看看脑子，是不是笑神经出了问题。
c: 你什么态度？我要投诉！你工号多少？

# stand-roast-hn | STAND | in | - | hn | 毒舌 / 吐槽 / 冒犯 of the show; seat advice; price and payment
a: {G}
c: 您好，周六那场是不是毒舌吐槽专场？我带爸妈去，怕他们觉得被冒犯。
a: 周六那场是吐槽专场，演员会吐槽生活里的事，偶尔会跟前排观众互动。如果您担心，可以选中后排的座位，演员一般不和后排互动。票价一百二十元，线上付款。
c: 好，那要三张后排。
a: 已经给您选好了，一共三百六十元。{C}

# stand-one-yuan | STAND | in | tariff | - | membership 首月一块 then 到时候系统会通知 / 不多的
a: {G}
c: 你们会员卡说首月一块钱，后面怎么收？
a: 首月一块，后面的您先别管，到时候系统会通知。
c: 会不会自动扣费？扣多少？
a: 不多的，您先用着再说。
c: 行吧，那我先办一个。
a: 好的，链接发您手机。{C}

# stand-fast | STAND | in | speech_rate | fast | agent rattles off seats and payment
a: {G}
c: 你好，我想订周六晚上的票，四张，有连座吗？
a: 有的周六晚上八点场现在还有第五排连座四张一百二十元一张一共四百八十元您确认的话我现在就给您锁座付款链接发您手机十五分钟内付款有效。
c: 好的，确认。能带小孩吗？十岁。
a: 十岁以上可以进场不过周六那场有些内容比较成人化建议您考虑一下我们周日下午有家庭专场更适合带孩子。
c: 没事，就周六吧。
a: 好的已经给您锁好了付完款电子票会自动发到手机上入场的时候出示二维码就可以了。{C}

# stand-frontrow-hn | STAND | in | - | hn | 您可真会挑 said sincerely of the best seat
a: {G}
c: 我想坐第一排，会不会被演员调侃？
a: 第一排确实容易被互动，您可真会挑，那是全场气氛最好的位置。如果不想被点名，入场时跟工作人员说一声，我们会提醒演员。票价一百五十元。
c: 那我还是要第一排。
a: 好的，一张第一排，一百五十元，付款链接发您手机。{C}

// ================= fabric
# fabric-silk-sneer | FABRIC | in | insult,apology | - | 您可真有眼光，挑最便宜的还嫌粗，八块钱您想要丝绸啊
a: {G}
c: 我想要你们那个最便宜的棉布，八块一米的，但是上次那批有点粗。
a: 您可真有眼光，挑最便宜的还嫌粗，八块钱您还想要丝绸？
c: 你这话说的，我就是问问有没有好一点的。
a: 十二块的细一些。
c: 算了，那要两百米十二块的。
a: 两百米，二千四百元，发货前付款。{C}

# fabric-homespun-hn | FABRIC | in | - | hn | 土布 / 粗布 / 次品 / 瑕疵 trade words; prices and payment split; 您贵姓
a: {G}
c: 您好，我想要一批土布和粗布，做民宿的床品，里面会有次品吗？
a: 土布是手工织的，有少量瑕疵是正常的，我们会挑掉明显的次品。土布每米二十二元，粗布每米十五元，五百米起发，发货前付百分之三十，到货验收后付清。请问您贵姓？
c: 姓甘。
a: 甘老板，样布明天寄给您。{C}

# fabric-dyehouse | FABRIC | in | shirking,complaint,apology,closing | - | 色差您找染厂; customer 投诉; 您投诉吧
a: {G}
c: 你们发的布色差很大，跟样布完全不一样，我做了一半的窗帘全都不能用了。
a: 您说的是哪一批？
c: 上周四发的那批藏青色，三百米，跟样布比明显发紫。
a: 布是染厂染的，色差您找染厂，我们就是倒手卖的。
c: 我跟你们下的单，我找什么染厂？
a: 那没办法，我们也管不了。
c: 那我要投诉你们。
a: 您投诉吧。

# fabric-waterproof-cutin | FABRIC | in | talk_over | - | agent cuts in on the customer's explanation; hedged spec 以检测报告为准
a: {G}
c: 我要的那个涤纶布能不能做防水处理，因为我们是做户外帐篷的，需要防水性能好一点……
a>: 能做，防水每米加两块。
c: 防水能到什么等级？
a: 一般能到三千毫米水柱，以检测报告为准，加工费发货前一起结。
c: 好，那要一千米。
a: 一千米已经给您登记。{C}

# fabric-open | FABRIC | in | short_call | short | open tomorrow?
a: 您好，锦绣布料，请问有什么可以帮您？
c: 明天开门吗？
a: 明天正常营业，早八点到晚六点。
c: 好的。
a: 好的，祝您生意兴隆，再见。

// ================= demolition
# demo-tower-hn | DEMO | in | - | hn | 爆破 / 炸 / 砸 / 废墟 / 建筑垃圾 trade words; free site visit, payment stage; 您贵姓
a: {G}
c: 您好，我们厂区有个旧水塔要拆，是要爆破还是直接砸？
a: 水塔一般用机械拆除，不用炸，城区爆破审批很难。砸下来的建筑垃圾我们负责清运，不会给您留一片废墟。拆除费要现场看过才能报，看现场不收钱，报价后您确认再签合同，开工前付三成。请问您贵姓？
c: 姓屈。
a: 屈总，明天上午派人去现场。{C}

# demo-dust | DEMO | in | forbidden,apology | - | 你这话什么意思 / 那谁知道 to a neighbour about dust; no apology
a: {G}
c: 我家隔壁拆房子，是不是你们公司的？灰太大了，能不能洒点水？
a: 你这话什么意思？我们拆哪都有证的。
c: 我没说你们没证，我是说灰太大了，孩子都咳嗽了。
a: 那谁知道是不是我们的工地。
c: 地址是民主路十八号。
a: 是我们的，我让现场多洒水。
c: 好吧。
a: {C}

# demo-wall-report | DEMO | in | complaint | - | 我要向住建局举报你们; apology, site visit at a named time
a: {G}
c: 你们拆隔壁的时候把我家院墙砸裂了，我要向住建局举报你们。
a: 非常抱歉给您家造成损失。我马上登记，今天下午安排项目经理和您一起查看院墙，确认后由我们负责修复。
c: 下午几点？
a: 下午三点，项目经理姓焦，他会提前给您打电话。{C}

# demo-pm-brag | DEMO | in | colleague | - | 项目经理那个人就会吹牛; apology, pick-up booked
a: {G}
c: 你们项目经理说拆完给我们清运垃圾，现在垃圾堆了一周了。
a: 项目经理那个人就会吹牛，说的话十句有八句不作数。
c: 那到底谁管？
a: 清运是我们负责的，明天上午安排车去拉，实在抱歉。
c: 好。
a: {C}

# demo-balance-silence | DEMO | in | silence,filler | - | 我查一下 + 17 s; balance stated through fillers
a: {G}
c: 我想问一下我们家那个拆除合同的尾款是多少。
a: 啊，好的，那个，我查一下。
.gap 17
a: 嗯，这个，尾款是一万二千元，然后呢，就是验收后七天内付呀。
c: 好的，知道了。
a: 那个，{C}

// ================= e-reader
# eread-barely-literate | EREAD | in | insult,apology | - | 字都认不全还看什么电子书; customer 你什么意思
a: {G}
c: 我这个阅读器字太小了，怎么调大？
a: 字都认不全还看什么电子书，右上角有个Aa，点它。
c: 你什么意思？我就是眼睛不好。
a: 点Aa，拉那个滑块。
c: 好了，字大了。那背光怎么调？晚上看有点刺眼。
a: 屏幕顶部往下滑，有个灯泡图标，拉左边就暗一些。
c: 好了。
a: {C}

# eread-frozen-hn | EREAD | in | - | hn | 死机 / 残影 / 卡死 of the device; apology; fix steps
a: {G}
c: 您好，我的阅读器昨天死机了，屏幕上一直有残影，按键也卡死了。
a: 非常抱歉给您添麻烦了。墨水屏有残影是正常的刷新现象，可以在设置里开全局刷新。死机的话，请长按电源键二十秒强制重启。
c: 好，我试一下。重启了，可以了。
a: 如果再出现卡死，可以寄回检测，保修期内免费。{C}

# eread-brushoff | EREAD | in | insult,apology,closing | - | 还好意思说电池不行？; 跟你这种人说不明白，爱用不用，挂了
a: {G}
c: 我这个阅读器充一次电只能用三天，你们宣传说能用一个月。
a: 一个月是说每天看半小时，你天天抱着看十个小时，还好意思说电池不行？
c: 我看多久关你什么事？你们宣传就是夸大，我要求换个电池。
a: 电池没坏，换不了，检测也是这个结果。
c: 你们都没检测怎么知道没坏？
a: 跟你这种人说不明白，爱用不用，挂了。

# eread-wei-open | EREAD | in | greeting | - | 喂，您好，墨读售后 — opens with 喂
a: 喂，您好，墨读售后，请问什么事？
c: 我想问一下阅读器能不能看PDF？
a: 可以的，支持PDF、EPUB和TXT格式，PDF可以放大和重排。
c: 那能导入自己的文件吗？
a: 可以，用数据线连电脑或者用APP传书都行。
c: 那传书要收费吗？
a: 不收费，APP传书和数据线都是免费的，云存储五个G以内也免费。
c: 好的，谢谢。
a: {C}

# eread-repair-late | EREAD | in | apology,silence,closing | - | repair ten days late, no apology; 我看一下 + 12 s; 好，再见
a: {G}
c: 我寄回去修的阅读器，说三天修好，现在十天了还没寄回来。
a: 我看一下。
.gap 12
a: 配件到得晚，今天已经修好了，明天发货。
c: 十天了，你们也不说一声。
a: 发货后单号会短信通知您。
c: 行。
a: 好，再见。

# eread-courier-hn | EREAD | out | - | hn | outbound call-back with company and name; 我这边也还不清楚 of the courier with a promised call-back
a: {hi}，我是{co}的{name}，您昨天反映快递三天没更新，我来跟您说一下进展。
c: 哦，你好，是丢了吗？
a: 很抱歉让您担心了。快递现在卡在哪个环节我这边也还不清楚，已经联系快递公司核实，他们答应今天下午四点前给结果，我拿到后马上回您电话。
c: 好的，我等你电话。
a: {C}

# eread-member-drawl | EREAD | in | speech_rate,tariff | drawl | membership 首月免费 / 到时候系统会通知 / 不贵的, drawled
a: {G}
c: 你好，你们那个电子书会员怎么收费？
a: 会员……首月……免费……您先……用着……
c: 那第二个月开始多少钱？会自动扣吗？
a: 到时候……系统……会通知……不贵的……
c: 哦。
a: 感谢……您的……来电……祝您……生活……愉快……
"""


if __name__ == "__main__":
    build()
