"""eval/greeting_model.py: the learned greeting model trains on a toy set of made-up openings,
tells a complete opening from an incomplete one, freezes byte for byte, and --blind prints
aggregate counts only (no figures of the real sets asserted)."""
import json

import numpy as np

from eval import greeting_model as gm

COMPLETE = ["您好，星光通信客服中心，请问有什么可以帮您？", "您好，这里是蓝海物流，工号一零八，请问有什么需要？",
            "下午好，欢迎致电青木家政，我是小周，请问有什么可以帮到您？", "您好，云帆保险，很高兴为您服务，请问您需要什么帮助？",
            "早上好，禾田花店，我是小林，请问想了解点什么？", "您好，橙子宽带客服，请问有什么能帮您？"]
INCOMPLETE = ["喂，你说", "哎，说吧，什么事？", "喂，星光通信。", "在呢，您说。", "嗯？", "你好，说吧"]


def _openings():
    out = []
    for k, t in enumerate(COMPLETE + INCOMPLETE):
        g = k >= len(COMPLETE)
        out.append(gm.Opening(f"toy-{k:03d}", "X" if k % 2 else "Y", g, False, False, [t], "", "", 0.5))
    return out


def test_separates_complete_from_incomplete_opening():
    cfg = gm.CONFIGS["t2+struct"]
    calls = _openings()
    rows, y = gm.training_rows(calls, cfg)
    w, b = gm.train(rows, y, iters=150)
    test = [gm.Opening("a", "Z", False, False, False, ["您好，星光通信客服，请问有什么可以帮您？"], "", "", 0.4),
            gm.Opening("b", "Z", True, False, False, ["喂，你说吧"], "", "", 0.4)]
    p = gm.call_scores(w, b, test, cfg)
    assert p[1] > 0.5 > p[0]


def test_parts_scope_leaves_timing_only_positives_out_of_training():
    calls = _openings()
    calls[-1].timing_only = True
    n_all = len(gm.training_rows(calls, gm.CONFIGS["t2"])[1])
    n_parts = len(gm.training_rows(calls, gm.CONFIGS["t2/parts"])[1])
    assert n_parts == n_all - 1


def test_opening_window_and_context():
    segs = [{"speaker": "customer", "start": 0.0, "end": 1.0, "text": "喂？有人吗？"},
            {"speaker": "agent", "start": 1.5, "end": 2.0, "text": "嗯"},
            {"speaker": "customer", "start": 2.2, "end": 3.0, "text": "喂？"},
            {"speaker": "agent", "start": 3.2, "end": 6.0, "text": "您好，星光通信，请问有什么可以帮您？"},
            {"speaker": "agent", "start": 9.0, "end": 10.0, "text": "好的"}]
    turns, before, between, delay = gm.opening(segs)
    assert turns == ["嗯", "您好，星光通信，请问有什么可以帮您？"]
    assert (before, between, delay) == ("喂？有人吗？", "喂？", 1.5)


def test_freeze_is_deterministic(tmp_path):
    calls = _openings()
    a, b = tmp_path / "a.npz", tmp_path / "b.npz"
    sha_a = gm.freeze(calls, "t2+struct", 0.5, path=a)
    sha_b = gm.freeze(calls, "t2+struct", 0.5, path=b)
    assert sha_a == sha_b and a.read_bytes() == b.read_bytes()
    z = np.load(a)
    assert json.loads(str(z["meta"]))["threshold"] == 0.5


def test_blind_prints_no_call_id(tmp_path, capsys):
    model = tmp_path / "m.npz"
    gm.freeze(_openings(), "t2+struct", 0.5, path=model)
    capsys.readouterr()
    rows = []
    for k, (t, g) in enumerate([(COMPLETE[0], False), (INCOMPLETE[0], True), (COMPLETE[1], False)]):
        rows.append({"call_id": f"secret-call-{k}", "labels": ["greeting"] if g else [], "note": "toy note",
                     "noise": False, "duration": 12.0,
                     "segments": [{"speaker": "agent", "start": 0.5, "end": 3.0, "text": t},
                                  {"speaker": "customer", "start": 3.5, "end": 6.0, "text": "我想查一下订单"},
                                  {"speaker": "agent", "start": 6.5, "end": 9.0, "text": "好的，我帮您查一下"}]})
    f = tmp_path / "blind.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    gm.blind(f, model=model)
    out = capsys.readouterr().out
    assert "greeting-labelled" in out and "guard" in out
    assert "secret-call" not in out and "toy note" not in out and "星光" not in out
