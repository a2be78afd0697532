"""Synthetic scored calls for the review-loop tests: clean calls, calls with service-taboo
findings (失败 when enough of them), fatal calls with an insult; agents across two teams."""
from __future__ import annotations

import json
from pathlib import Path

OPENING = [("agent", "您好,星辰通信,工号一零二三为您服务,请问有什么可以帮您?"), ("customer", "你好,我想问一下流量包的事。"),
           ("agent", "好的,请问您怎么称呼?"), ("customer", "我姓王。"),
           ("agent", "王先生您好,请问您想了解哪个流量包呢?"), ("customer", "这个流量包要收费吗?多少钱?")]
TARIFF_OK = [("agent", "这个流量包每月三十元,从下个月一号开始收费,首月免费。")]
TARIFF_GLOSS = [("agent", "现在是免费期间,您先用着就行。")]
CLOSING = [("customer", "哦,那行,我先开着吧。"), ("agent", "已经为您办理成功。请问还有其他可以帮您的吗?"),
           ("customer", "没有了,谢谢。"), ("agent", "感谢您的来电,祝您生活愉快,再见。"), ("customer", "再见。")]
TABOO = [("agent", "这个我也不清楚。"), ("agent", "你这话什么意思。"), ("agent", "那你想好了再打来吧。")]
INSULT = [("agent", "你是不是有神经病?")]
KEYWORD = [("customer", "那个5G畅享套餐怎么样?")]


def call(call_id: str, agent: str, team: str, day: str, kind: str = "clean", keyword: bool = False) -> dict:
    """One transcript line: ``kind`` clean | taboo1 (one finding, passes) | failed (a glossed
    tariff and taboo phrases, below the pass threshold) | fatal (an insult)."""
    middle = {"clean": TARIFF_OK, "taboo1": TARIFF_OK + TABOO[:1], "failed": TARIFF_GLOSS + TABOO,
              "fatal": TARIFF_OK + INSULT}[kind]
    turns = OPENING + middle + (KEYWORD if keyword else []) + CLOSING
    segs, t = [], 0.5
    for speaker, text in turns:
        end = t + 0.25 * len(text)
        segs.append({"speaker": speaker, "start": round(t, 2), "end": round(end, 2), "text": text})
        t = end + 0.5
    return {"call_id": call_id, "agent_id": agent, "team": team, "started_at": f"{day}T10:00:00+08:00",
            "segments": segs}


def score_lines(out: Path, lines: list[dict]) -> None:
    """Scores the transcripts into ``out`` through the normal score path."""
    from callqa.rules import load_rulebook

    from callqa.pipelines.runs.score import score_transcripts

    path = out.parent / f"{out.name}-transcripts.jsonl"
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    score_transcripts(path, out, load_rulebook(), "run-score", workers=1)


def day_of_calls(day: str = "2026-11-23") -> list[dict]:
    """One day (a Monday): 2 fatal, 6 failed, 4 with one finding, 18 clean calls; 10 agents
    in two teams (A1..A5 流量组, B1..B5 宽带组); a few mention a watched keyword."""
    lines = []
    kinds = ["fatal"] * 2 + ["failed"] * 6 + ["taboo1"] * 4 + ["clean"] * 18
    for i, kind in enumerate(kinds):
        agent = f"{'AB'[i % 2]}{i % 5 + 1}"
        team = "流量组" if agent[0] == "A" else "宽带组"
        lines.append(call(f"c{i:03d}", agent, team, day, kind, keyword=(i % 7 == 3)))
    return lines


def scored_copy(tmp_path_factory, name: str, lines: list[dict]):
    """A pytest helper: the calls scored once per module, a fresh copy per test."""
    import shutil

    base = tmp_path_factory.mktemp(name) / "out"
    score_lines(base, lines)

    def copy(dest: Path) -> Path:
        target = dest / "out"
        shutil.copytree(base, target)
        return target
    return copy
