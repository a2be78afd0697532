"""eval/insult_model.py: the tiny learned insult model trains on a toy set and separates a clear
insult from an innocent sentence (no figures of the real sets asserted)."""
import numpy as np

from eval import insult_model as im


def _rows(texts, cfg):
    return [im.features(t, "", cfg) for t in texts]


def test_features_deterministic_and_script_insensitive():
    cfg = im.CONFIGS["chars+pinyin"]
    a = im.features("您是真糊涂还是装糊涂", "", cfg)
    b = im.features("您是真糊塗還是裝糊塗？", "", cfg)      # Traditional script, punctuation
    assert np.array_equal(a, b)
    assert np.array_equal(a, im.features("您是真糊涂还是装糊涂", "", cfg))


def test_separates_insult_from_innocent_sentence():
    cfg = im.CONFIGS["chars+pinyin"]
    insults = ["你是不是脑子有病啊", "这么简单都不会你是猪吗", "你脑子进水了吧", "神经病，爱买不买",
               "你这种人就是没脑子", "你是傻子吗这都听不懂"]
    innocent = ["您好，请问有什么可以帮您", "好的，我帮您查一下订单", "祝您生活愉快，再见",
                "您的快递明天上午送到", "请您稍等，我看一下", "费用是每月三十元，下个月一号开始扣",
                "您反映的问题我已经记录了", "这个型号有现货，今天就能发"]
    rows = _rows(insults + innocent, cfg)
    y = np.array([1] * len(insults) + [0] * len(innocent))
    w, b = im.train(rows, y, iters=150)
    p = im.predict(w, b, _rows(["你脑子是不是有病", "好的，我帮您查一下"], cfg))
    assert p[0] > 0.5 > p[1]


def test_label_turns_uses_note_when_rules_silent():
    c = im.Call("t1", "X", True, False, False, "agent: 你脑子进水了吧",
                [(0, "您好，请问有什么可以帮您", ""), (2, "你脑子进水了吧，这都不会", "怎么弄")])
    im.label_turns(c)
    assert c.pos_turns == {2}


def test_a_character_whose_lower_case_is_longer_scores_without_error():
    """İ lower-cases to two characters (i̇): the featurizer keeps one code per character, so the
    turns' boundaries stay where they are instead of failing the call (IndexError in _runs)."""
    from callqa.models.insult import _codes, call_features
    assert len(_codes("İİ好Σ")) == 4
    settings = {"chars": (1, 4), "pinyin": (1, 3), "context": True, "featurizer": "call"}
    buckets, owners = call_features(["İİ好", "你好"], ["", ""], settings)
    assert len(buckets) == len(owners) and set(owners.tolist()) == {0, 1}
