"""QA133, the learned insult rule (rules/learned.py, the insult family's ``learned``): the call
featurizer it reads with, the rule with and without its model, and one logic between the
trainer's scores and the rule's."""
import numpy as np
import pytest

from callqa.models import insult as imodel
from callqa.rules import load_rulebook
from callqa.rules.guard import identity, unguarded
from callqa.rules.rulebook import RulebookError
from callqa.rules.scoring import score_call
from callqa.rules.transcript import Transcript

CFG = dict(chars=(1, 4), pinyin=(1, 3), context=True, featurizer="call")


def test_call_features_count_each_turns_ngrams_and_never_span_turns():
    b, o = imodel.call_features(["你好请问", "傻逼"], ["", "你们怎么回事"], CFG)
    # turn 0: 10 character 1–4-grams + 9 pinyin 1–3-grams + bias; turn 1: 3 + 3 + bias + 11 customer 1–2-grams
    assert np.bincount(o).tolist() == [20, 18]
    assert b.min() >= 0 and b.max() < imodel.DIM
    alone = imodel.call_features(["傻逼"], ["你们怎么回事"], CFG)[0]
    assert sorted(b[o == 1].tolist()) == sorted(alone.tolist())        # the neighbour turn leaks nothing


def test_call_features_read_sound_alike_characters_alike():
    """Whisper's wrong character with the right sound (神经变 for 神经病 differs in one syllable;
    神精病 in none) shares the pinyin n-grams."""
    same = set(imodel.call_features(["神精病"], [""], CFG)[0]) & set(imodel.call_features(["神经病"], [""], CFG)[0])
    assert len(same) >= 1 + 6       # the bias and every pinyin n-gram
    assert len(imodel.call_features([""], [""], CFG)[0]) == 1            # an empty turn: its bias only


def _book(tmp_path, params: str):
    path = tmp_path / "book.yaml"
    path.write_text(f"""name: t
version: "1"
dimensions: {{服务用语: 40}}
rules:
  - code: QA133
    name: insult-learned
    check: insult
    summary: learned
    dimension: 服务用语
    severity: A
    points: 40
    fatal: true
    params: {params}
""", encoding="utf-8")
    return path


def test_an_insult_rule_needs_phrases_or_a_model(tmp_path):
    with pytest.raises(RulebookError, match="needs phrases, or a learned model"):
        load_rulebook(_book(tmp_path, "{}"))


def test_without_its_model_the_learned_rule_finds_nothing_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("CALLQA_MODELS_DIR", str(tmp_path / "nothing"))
    book = load_rulebook(_book(tmp_path, "{learned: {model: insult, threshold: 0.9}}"))
    card = score_call(Transcript.from_items([["agent", "你脑子是不是有病啊，这都听不懂"]]), book)
    assert card.findings == [] and identity(book) == "1"
    assert [line.split(":")[0] for line in unguarded(book)] == ["QA133"]
    assert "finds nothing" in unguarded(book)[0]


def _built():
    model = imodel.load()
    if model is None or not model.reads_calls:
        pytest.skip("insult model not built (make setup)")
    return model


def test_the_default_rulebook_finds_an_insult_its_phrases_miss():
    model = _built()
    book = load_rulebook()
    assert identity(book).endswith(f"+insult:{model.sha}")
    items = [["customer", "你再说一遍吧"], ["agent", "你这人怎么这么笨啊，跟你说了几遍了"]]
    card = score_call(Transcript.from_items(items), book)
    found = [f for f in card.findings if f.check == "insult"]
    assert [f.rule_id for f in found] == ["QA133"] and card.fatal
    assert "模型判定,p=" in found[0].explanation


def test_an_insult_the_phrases_found_is_one_finding_not_two():
    """The learned rule is scored after the phrase rules and skips the turns they found words in."""
    _built()
    book = load_rulebook()
    assert [r.code for r in book.active][-1] == "QA133"
    card = score_call(Transcript.from_items([["customer", "怎么开机"], ["agent", "你是不是傻，这都不会用"]]), book)
    assert [f.rule_id for f in card.findings if f.check == "insult"] == ["QA131"]


def test_the_rule_scores_a_call_as_the_trainer_does():
    """One logic: the rule's probabilities for a labelled call's agent turns (from the rule
    context's plain turns) equal the trainer's (its rows, its batched predict)."""
    from callqa.pipelines.record import to_transcript
    from callqa.rules.context import CallContext
    from callqa.rules.learned import learned_probabilities
    from eval.evaluate import load_labelled
    from eval import insult_model as im

    model = _built()
    labelled, _ = load_labelled(im.ROOT / "eval" / "labelled.jsonl")
    for c in labelled[:25]:
        call = im.Call(c.call_id, "dev", False, False, False, "", imodel.agent_turns(c.segments))
        rows = [im._feat(call, i, t, prev, model.meta["settings"], {}) for i, t, prev in call.agent]
        trainer = im.predict(model.weights, model.bias, rows)
        ctx = CallContext(to_transcript(c.call_id, c.segments, c.duration))
        rule = learned_probabilities(ctx, ctx.agent, model)
        assert np.allclose(trainer, rule), c.call_id


def test_a_model_built_by_the_older_featurizer_is_not_used(tmp_path, monkeypatch):
    """A file from before the call featurizer reads turns another way: the rule treats it as not built."""
    from eval.insult_model import write_weights
    monkeypatch.setenv("CALLQA_MODELS_DIR", str(tmp_path))
    meta = dict(config="chars", settings=dict(chars=(1, 4), pinyin=None, context=False), threshold=0.75,
                dim=imodel.DIM)
    write_weights(tmp_path / imodel.FILE_NAME, np.ones(imodel.DIM), 5.0, meta)
    book = load_rulebook()
    assert "+insult:" not in identity(book) and not any(f.rule_id == "QA133" for f in score_call(
        Transcript.from_items([["agent", "好的"]]), book).findings)
    assert any(line.startswith("QA133:") for line in unguarded(book))
