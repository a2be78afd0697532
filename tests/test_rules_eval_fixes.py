"""Regressions found by the labelled evaluation set (eval/)."""
import pytest

from callqa.rules import Transcript, load_rulebook, score_call
from callqa.rules.matching import FUZZY_PAIRS, _phrase_token_variants, fuzzy_pairs, pinyin_tokens


@pytest.mark.parametrize("pairs", [frozenset(), frozenset({"in/ing"}), fuzzy_pairs(True)])
@pytest.mark.parametrize("phrase", ["有什么可以帮您", "还有什么可以帮您", "你是不是神经病", "祝您生活愉快"])
def test_default_reading_survives_the_variant_cap(phrase, pairs):
    """Phrases with many multi-reading characters are cut to MAX_READINGS variants; the one the
    text is tokenised with must always be kept, whatever order tokens were first seen in."""
    assert pinyin_tokens(phrase, pairs) in _phrase_token_variants(phrase, pairs)


def checks(*items):
    return {f.check for f in score_call(Transcript.from_items(list(items)), load_rulebook()).findings}


def test_exclusions_do_not_reach_across_a_clause_break():
    assert "forbidden" in checks(["agent", "我们这边也不知道，你去营业厅问吧"])      # ev_053
    assert "forbidden" in checks(["agent", "我也不知道你们那边什么情况"])            # ev_054
    assert "forbidden" not in checks(["agent", "不知道您现在方便吗？"])


def test_closing_must_come_at_the_end():
    items = [["agent", 0, 3, "您好，星辰通信，请问有什么可以帮您？"], ["customer", 4, 6, "查话费"],
             ["agent", 7, 10, "感谢您的来电，祝您生活愉快。"], ["customer", 11, 15, "哦对了，副卡能不能单独停机？"],
             ["agent", 16, 19, "可以的，副卡可以单独停机。"], ["customer", 20, 22, "那你帮我停了吧。"],
             ["agent", 23, 25, "好，已经停了。"]]
    assert "closing" in checks(*items)                                            # ev_033


def test_rules_of_our_own_name_their_check(tmp_path):
    """`kind: custom` + `check: apology`: the findings say apology, not custom."""
    import yaml
    from callqa.rules import DEFAULT_RULEBOOK, RulebookError

    book = yaml.safe_load(DEFAULT_RULEBOOK.read_text(encoding="utf-8"))
    rule = next(r for r in book["rules"] if r["code"] == "QA171")
    assert (rule["check"], rule["kind"]) == ("apology", "custom")
    del rule["kind"]
    path = tmp_path / "b.yaml"
    path.write_text(yaml.safe_dump(book, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RulebookError) as info:
        load_rulebook(path)
    assert "rule QA171 (apology), field 'check'" in str(info.value) and "kind: custom" in str(info.value)
    found = checks(["customer", "你们怎么回事,太过分了,我要投诉!"], ["agent", "您说吧。"], ["agent", "好的。"])
    assert "apology" in found and "custom" not in found
