"""make eval: the evaluation arithmetic, and the labelled set itself is well formed."""
from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest

from eval.evaluate import (FAMILIES, CallOutcome, FileReport, LabelledCall, asr_cost, below_target,
                                       evaluate_file, family_stats, load_labelled, main)
from callqa.rules import load_rulebook

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "eval"


def outcome(cid, labels, predicted):
    return CallOutcome(LabelledCall(cid, [], frozenset(labels)), frozenset(predicted))


def test_family_stats_arithmetic():
    outs = [outcome("a", ["insult"], ["insult"]),            # TP insult
            outcome("b", ["insult", "filler"], ["filler"]),  # FN insult, TP filler
            outcome("c", [], ["filler", "tariff"]),          # FP filler, FP tariff
            outcome("d", [], [])]                            # clean
    s = family_stats(outs)
    assert (s["insult"].tp, s["insult"].fp, s["insult"].fn) == (1, 0, 1)
    assert s["insult"].precision == 1.0 and s["insult"].recall == 0.5
    assert (s["filler"].tp, s["filler"].fp, s["filler"].fn) == (1, 1, 0)
    assert s["filler"].precision == 0.5 and s["filler"].recall == 1.0
    assert s["tariff"].precision == 0.0 and s["tariff"].recall is None          # nothing labelled
    assert s["greeting"].precision is None and s["greeting"].recall is None
    assert (s["insult"].positives, s["insult"].negatives) == (2, 2)
    report = FileReport(Path("x.jsonl"), outs)
    m = report.micro()
    assert (m.tp, m.fp, m.fn) == (2, 2, 1)
    assert m.precision == 0.5 and m.recall == pytest.approx(2 / 3)
    assert outs[1].fn == {"insult"} and outs[2].fp == {"filler", "tariff"}
    # restricted to some calls (the ASR comparison uses the calls both files share)
    assert report.stats({"a"})["insult"].tp == 1 and report.stats({"a"})["filler"].fp == 0
    bad = below_target([report], 0.9, 0.9)
    assert any("insult recall 0.500" in b for b in bad) and any("filler precision 0.500" in b for b in bad)
    assert not any("greeting" in b for b in bad)                                 # undefined passes


def test_asr_cost_compares_shared_calls():
    ref = FileReport(Path("d/reference_x.jsonl"), [outcome("a", ["forbidden"], ["forbidden"]), outcome("b", [], [])])
    hyp = FileReport(Path("d/whisper_x.jsonl"), [outcome("a", ["forbidden"], []), outcome("b", [], ["greeting"]),
                                                 outcome("z", ["insult"], [])])
    shared, rows, changed = asr_cost(ref, hyp)
    assert shared == {"a", "b"}
    row = {r[0]: r for r in rows}
    assert row["forbidden"][5:8] == ["1.000", "0.000", "-1.000"]                 # recall ref, asr, Δ
    assert row["insult"][1] == 0                                                 # z is not shared
    assert [c.split()[0] for c in changed] == ["a", "b"]
    assert "lost forbidden" in changed[0] and "gained greeting" in changed[1]


def _write(path, calls):
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in calls), encoding="utf-8")


GREET = {"speaker": "agent", "start": 0.8, "end": 5.0, "text": "您好，星辰通信客服中心，工号一零二三，请问有什么可以帮您？"}
CLOSE = {"speaker": "agent", "start": 12.0, "end": 16.0, "text": "请问还有其他可以帮您的吗？感谢您的来电，祝您生活愉快，再见。"}


def test_end_to_end_with_the_engine(tmp_path, capsys):
    f = tmp_path / "small.jsonl"
    _write(f, [
        {"call_id": "t1", "labels": ["insult"], "segments": [
            GREET, {"speaker": "customer", "start": 5.5, "end": 8, "text": "你们网络太差了"},
            {"speaker": "agent", "start": 8.5, "end": 11, "text": "你去死吧"}, CLOSE]},
        {"call_id": "t2", "labels": [], "note": "customer insult", "segments": [
            GREET, {"speaker": "customer", "start": 5.5, "end": 8, "text": "你去死吧"},
            {"speaker": "agent", "start": 8.5, "end": 11, "text": "非常抱歉给您带来不便"}, CLOSE]},
        {"call_id": "t3", "labels": ["name_ask"], "note": "expected miss", "segments": [GREET, CLOSE]},
        {"call_id": "t4", "labels": ["bogus"], "segments": [GREET]},
    ])
    report = evaluate_file(f, load_rulebook(None))
    s = report.stats()
    assert (s["insult"].tp, s["insult"].fp, s["insult"].fn) == (1, 0, 0)
    assert (s["name_ask"].tp, s["name_ask"].fn) == (0, 1)
    assert len(report.outcomes) == 3 and "unknown label(s) bogus" in report.errors[0]
    assert main([str(f)]) == 0                                                   # a report: exit 0
    out = capsys.readouterr().out
    assert "t3  name_ask  FN" in out and "expected miss" in out
    assert main([str(f), "--min-recall", "0.95"]) == 1
    assert "below target" in capsys.readouterr().out


def test_labelled_set_is_well_formed():
    path = EVAL / "labelled.jsonl"
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) >= 70
    ids = [c["call_id"] for c in lines]
    assert len(ids) == len(set(ids))
    for c in lines:
        assert isinstance(c["labels"], list) and set(c["labels"]) <= set(FAMILIES), c["call_id"]
        assert c.get("note"), c["call_id"]
        assert 8 <= len(c["segments"]) <= 20 or c["labels"], c["call_id"]
        assert all(s["speaker"] in ("agent", "customer") and 0 <= s["start"] < s["end"] for s in c["segments"])
    calls, errors = load_labelled(path)
    assert not errors and len(calls) == len(lines)
    for fam in FAMILIES:                                  # several positives and hard negatives each
        assert sum(fam in c["labels"] for c in lines) >= 5, fam
    assert sum(not c["labels"] for c in lines) >= 20


def test_evaluated_families_are_the_default_rulebooks():
    """FAMILIES is written out (the labelled set is labelled for exactly these); a family added
    to the default rulebook must be added here, and labelled. A guard's held note (QA105
    greeting_held: a QA101 finding the greeting model held back, 0 points) is no detection: it is
    not evaluated, so that a held finding does not count as a greeting one."""
    from callqa.rules import load_rulebook
    book = load_rulebook()
    from eval.evaluate import UNLABELLED
    assert set(FAMILIES) | set(UNLABELLED) == {r.check for r in book.active if r.code not in book.held_from}
    assert not set(FAMILIES) & set(UNLABELLED)
    assert {book.rule(code).check for code in book.held_from} == {"greeting_held"}
    assert not set(FAMILIES) & {book.rule(code).check for code in book.held_from}


def test_labelled_set_is_built_from_its_source():
    built = runpy.run_path(str(EVAL / "build_labelled.py"))["build"]()
    on_disk = [json.loads(x) for x in (EVAL / "labelled.jsonl").read_text(encoding="utf-8").splitlines() if x]
    assert built == on_disk, "eval/labelled.jsonl is stale: run .venv/bin/python eval/build_labelled.py"


@pytest.mark.parametrize("folder", ["asr", "independent/asr_f", "independent/asr_l", "independent/asr_m",
                                    "independent/asr_n", "independent/asr_o", "independent/asr_p",
                                    "independent/asr_q", "independent/asr_r", "independent/asr_s",
                                    "independent/asr_t", "independent/asr_u", "independent/asr_v",
                                    "independent/asr_w", "independent/asr_x",
                                    "independent/asr_y", "independent/asr_z",
                                    "independent/asr_aa", "independent/asr_ab",
                                    "independent/asr_ac"]
                         # any blind heard set once transcribed (AD's; AC was renamed when round 29 began)
                         + [f"independent/{f.name}" for f in sorted((EVAL / "independent").glob("asr_heldout_*"))
                            if (f / "whisper_transcripts.jsonl").exists()])
def test_asr_files_pair_up(folder):
    ref = [json.loads(x) for x in (EVAL / folder / "reference_transcripts.jsonl").read_text("utf-8").splitlines() if x]
    hyp = [json.loads(x) for x in (EVAL / folder / "whisper_transcripts.jsonl").read_text("utf-8").splitlines() if x]
    scripts = json.loads((EVAL / folder / "scripts.json").read_text("utf-8"))
    assert len(scripts) >= 16
    assert [c["call_id"] for c in ref] == [c["call_id"] for c in hyp] == [s["call_id"] for s in scripts]
    for r, h, s in zip(ref, hyp, scripts):
        assert r["labels"] == h["labels"] == s["labels"] and set(s["labels"]) <= set(FAMILIES)


@pytest.mark.parametrize("folder, source", [("asr", "heldout.jsonl"), ("asr_f", "tune_f.jsonl"),
                                            ("asr_l", "tune_l.jsonl"), ("asr_m", "tune_m.jsonl"),
                                            ("asr_n", "tune_n.jsonl"), ("asr_o", "tune_o.jsonl"),
                                            ("asr_p", "tune_p.jsonl"), ("asr_q", "tune_q.jsonl"),
                                            ("asr_r", "tune_r.jsonl"), ("asr_s", "tune_s.jsonl"),
                                            ("asr_t", "tune_t.jsonl"), ("asr_u", "tune_u.jsonl"),
                                            ("asr_v", "tune_v.jsonl"), ("asr_w", "tune_w.jsonl"),
                                            ("asr_x", "tune_x.jsonl"), ("asr_y", "tune_y.jsonl"),
                                            ("asr_z", "tune_z.jsonl"), ("asr_aa", "tune_aa.jsonl"),
                                            ("asr_ab", "tune_ab.jsonl"), ("asr_ac", "tune_ac.jsonl")]
                         # any blind heard set (AD's; AC was renamed when round 29 began)
                         + [(f.name, f"heldout_{f.name.removeprefix('asr_heldout_')}.jsonl")
                            for f in sorted((EVAL / "independent").glob("asr_heldout_*"))])
def test_heard_scripts_are_built_from_their_source(folder, source):
    """The heard independent sets come from one recipe (eval/heard_scripts.py) and their pick
    (a hand pick in the folder's build_scripts.py; a blind set has none: its pick is
    ``pick_blind`` of the labels, as ``python3 -m eval.heard_scripts --blind`` makes it)."""
    from eval.heard_scripts import build_scripts, pick_blind
    here = EVAL / "independent" / folder
    hand = here / "build_scripts.py"
    mod = runpy.run_path(str(hand)) if hand.exists() else {"pick": lambda: pick_blind(here.parent / source), "FIX": {}}
    blind = "pick" in mod
    pick = mod["pick"]() if blind else mod["PICK"]
    built = json.dumps(build_scripts(here.parent / source, pick, mod["FIX"], blind), ensure_ascii=False, indent=1)
    assert built + "\n" == (here / "scripts.json").read_text(encoding="utf-8"), f"rebuild {here / 'scripts.json'} (its README says how)"


# The sets whose heard calls became tuning groups, in the order of their rounds (12–27 and 29; AA and AB
# both in round 27, AC in round 29): each was renamed heldout_X → tune_X and asr_heldout_X → asr_X as its round began.
HEARD_TUNED = ("l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "aa", "ab", "ac")
HEARD_ROUND = {name: min(12 + k, 27) for k, name in enumerate(HEARD_TUNED)} | {"ac": 29}    # the round each was renamed in (none in round 28)
NEWER_BLIND = {"asr_heldout_ad"}      # blind heard sets written since (transcribed or not yet): AD's


def test_heard_tuning_set_is_not_held_out():
    from eval.evaluate import HEARD_HELDOUT, HEARD_TUNING, held_out
    assert not any(held_out(ROOT / p) for p in HEARD_TUNING)
    assert all(held_out(ROOT / p) for p in HEARD_HELDOUT)
    heard_l = ROOT / "eval/independent/asr_heldout_l/whisper_transcripts.jsonl"     # a blind set's name
    assert held_out(heard_l) and not held_out(ROOT / "eval/independent/asr_l/whisper_transcripts.jsonl")
    for name in HEARD_TUNED:                    # renamed as their rounds began: tuning names
        assert not held_out(ROOT / f"eval/independent/tune_{name}.jsonl")
        assert not held_out(ROOT / f"eval/independent/asr_{name}/whisper_transcripts.jsonl")
    assert held_out(ROOT / "eval/independent/heldout_ad.jsonl")                         # the next blind set's names
    assert held_out(ROOT / "eval/independent/asr_heldout_ad/whisper_transcripts.jsonl")


@pytest.mark.parametrize("k, name", list(enumerate(HEARD_TUNED)), ids=[f"set_{n}_round_{HEARD_ROUND[n]}" for n in HEARD_TUNED])
def test_set_is_a_heard_tuning_set_since_its_round(k, name):
    """Its heard calls get a tuning group of their own, after the set before it, with misses
    shown; no folder keeps a renamed set's blind name; any blind heard set left is a newer one and
    prints aggregates only, last — and none need exist."""
    from eval.evaluate import default_files, held_out
    groups = default_files()
    tuned = tuple("asr_" + n for n in HEARD_TUNED[:k + 1])
    heard = [ps[0].parent.name for t, ps in groups if ps and ps[0].parent.name in tuned]
    assert heard == list(tuned)
    this = [(t, ps) for t, ps in groups if ps and ps[0].parent.name == "asr_" + name]
    assert len(this) == 1 and "tuning" in this[0][0] and f"tune_{name}.jsonl" in this[0][0]
    assert not any(held_out(p) for p in this[0][1])
    renamed = tuple("asr_heldout_" + n for n in HEARD_TUNED)
    assert not any(p.parent.name in renamed for _, ps in groups for p in ps)
    blind = [i for i, (t, ps) in enumerate(groups) if ps and ps[0].parent.name.startswith("asr_heldout_")]
    assert {groups[i][1][0].parent.name for i in blind} <= NEWER_BLIND
    assert blind == list(range(len(groups) - len(blind), len(groups)))     # none, or the last groups
    assert all("blind" in groups[i][0] and all(held_out(p) for p in groups[i][1]) for i in blind)


def test_a_blind_heard_set_is_picked_by_labels_and_spoken_as_written(tmp_path):
    """A blind pick reads labels and flags only: positives of the phrase families first, then
    label-free calls, hard negatives first; no noisy call, no timing label; digits said in
    Chinese, latin letters dropped."""
    from eval.heard_scripts import build_scripts, pick_blind
    seg = [{"speaker": "agent", "start": 0.0, "end": 2.0, "text": "您好,套餐5G每月38元"}]
    rows = [{"call_id": "c1", "labels": ["insult"], "noise": False, "segments": seg, "note": ""},
            {"call_id": "c2", "labels": ["insult"], "noise": True, "segments": seg, "note": ""},
            {"call_id": "c3", "labels": ["hangup"], "noise": False, "segments": seg, "note": ""},
            {"call_id": "c4", "labels": [], "noise": False, "segments": seg, "note": ""},
            {"call_id": "c5", "labels": [], "noise": False, "segments": seg, "note": "",
             "metadata": {"hard_negative": True}},
            {"call_id": "c6", "labels": ["tariff", "insult"], "noise": False, "segments": seg, "note": ""}]
    src = tmp_path / "set.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert pick_blind(src, n=4, negatives=1) == ["c1", "c6", "c5"]      # only two positives exist
    script = build_scripts(src, ["c1"], {}, blind=True)[0]
    assert script["turns"][0]["text"] == "您好,套餐五每月三八元"


def test_default_files_group_the_three_sets(tmp_path):
    from eval.evaluate import default_files
    groups = default_files(tmp_path)                      # no independent files yet: the group is empty
    assert [len(paths) for _, paths in groups] == [1, 0, 2, 0, 0]     # no heard tuning/held-out calls either
    assert [p.parent.name for p in default_files()[3][1]] == ["asr_f", "asr_f"]     # the repository's own
    (tmp_path / "eval" / "independent").mkdir(parents=True)
    for name in ("tune.jsonl", "heldout.jsonl"):
        (tmp_path / "eval" / "independent" / name).write_text("", encoding="utf-8")
    groups = default_files(tmp_path)
    assert [p.name for p in groups[1][1]] == ["heldout.jsonl", "tune.jsonl"]     # each file on its own
    assert "independent" in groups[1][0] and "development" in groups[0][0] and "Whisper" in groups[2][0]


def test_report_shows_empty_groups_noisy_calls_and_what_phonetic_adds(tmp_path, monkeypatch):
    from eval.evaluate import format_report, without_phonetic
    # the learned insult rule (QA133) would find the misheard insult without phonetic matching:
    # without its model the comparison shows what phonetic matching alone adds
    monkeypatch.setenv("CALLQA_MODELS_DIR", str(tmp_path / "no-models"))
    f = tmp_path / "indep.jsonl"
    _write(f, [
        {"call_id": "n1", "labels": ["insult"], "noise": True, "segments": [
            GREET, {"speaker": "agent", "start": 5.5, "end": 8, "text": "你是不是有神经变啊"}, CLOSE]},
        {"call_id": "n2", "labels": [], "segments": [GREET, CLOSE]},
    ])
    book = load_rulebook(None)
    report = evaluate_file(f, book)
    assert [o.call.noise for o in report.outcomes] == [True, False]
    text = format_report([report], book, [("dev", []), ("independent", [f])], without_phonetic(None))
    assert "#### dev\n\n(no files)" in text and "#### independent" in text
    assert "of which 1 calls with ASR-style noise" in text
    assert "+1 TP, +0 FP over 2 calls" in text and "n1  +insult  TP" in text


def test_held_out_file_shows_aggregates_only(tmp_path):
    """The set the rules are judged on is never shown call by call."""
    from eval.evaluate import format_report
    f = tmp_path / "heldout.jsonl"
    _write(f, [{"call_id": "h1", "labels": ["name_ask"], "note": "secret case", "segments": [GREET, CLOSE]}])
    book = load_rulebook(None)
    text = format_report([evaluate_file(f, book)], book)
    assert "misses: 1, withheld" in text and "h1" not in text and "secret case" not in text
