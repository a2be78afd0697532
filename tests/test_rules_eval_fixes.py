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


def test_a_reading_nobody_says_is_not_searched():
    """不 is bù in speech; its dictionary readings fǒu/fōu/fū (classical) made 不清楚 match 付清出
    (round 21: 「下单时付清 出发前1天…」 was a forbidden 不清楚)."""
    pairs = fuzzy_pairs([])
    assert pinyin_tokens("付清出", pairs) not in _phrase_token_variants("不清楚", pairs)
    assert pinyin_tokens("不清楚", pairs) in _phrase_token_variants("不清楚", pairs)


def test_a_sound_alike_never_reaches_across_a_clause_break():
    """Round 21: the guard of round 20 (grave phrases) holds for every matcher whose hits are built
    (a scope or exclusions): QA171's 害得我 is not 「复合的？我家」 (合的？我), but 害的我 in one clause is."""
    assert "apology" not in checks(["customer", "你们的木门是实木的还是复合的？我家有地暖"], ["agent", "是实木复合的。"])
    assert "apology" in checks(["customer", "你们把快递送错了，害的我白跑一趟"], ["agent", "好的，我帮您重新派送"])


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


# --- greeting: the center's own names, and the in/ing pair for the offer of help -------------------

def _book_with(code: str, **params):
    """The default rulebook with one rule's params changed."""
    import yaml
    from callqa.rules import DEFAULT_RULEBOOK
    from callqa.rules.rulebook import parse_rulebook

    data = yaml.safe_load(DEFAULT_RULEBOOK.read_text(encoding="utf-8"))
    rule = next(r for r in data["rules"] if r["code"] == code)
    rule["params"].update(params)
    return parse_rulebook(data, "test.yaml")


def _greeting_fires(text: str, book=None) -> bool:
    """QA101's lists judge the opening incomplete: a QA101 finding, or the note its guard holds it
    back as (QA105: the learned model judged the opening complete; these tests are the lists')."""
    card = score_call(Transcript.from_items([["agent", text]]), book or load_rulebook())
    return any(f.rule_id in ("QA101", "QA105") for f in card.findings)


def test_company_name_or_welcome_is_a_self_introduction():
    assert not _greeting_fires("您好，星辰通信，请问有什么可以帮您？")               # ev_009
    assert not _greeting_fires("您好，欢迎致电星辰通信，请问有什么可以帮您？")       # ev_016
    assert not _greeting_fires("您好，这里是售后中心，请问有什么可以帮您？")
    assert _greeting_fires("您好，很高兴为您服务，请问有什么可以帮您？")            # names nobody
    # any name between the greeting and the offer of help introduces the agent (issue 8: the
    # standard's 「您好,**公司,请问…」, whatever the company)
    assert not _greeting_fires("您好，星城百货，请问有什么可以帮您？")
    assert _greeting_fires("星城百货，请问有什么可以帮您？")                        # but no greeting


def test_company_names_are_configurable_and_fuzzy_per_set():
    # a configured name counts wherever it is said (not only between greeting and offer, nor only as
    # the opening's first words: since round 20 any name said first, before 您好, counts — so these
    # openings start with a filler, which the generic pattern does not take for a name)
    book = _book_with("QA101", company_names={"phrases": ["优品商城"]})
    assert not _greeting_fires("嗯，优品商城您好，请问有什么可以帮您？", book)
    assert _greeting_fires("嗯，星辰百货您好，请问有什么可以帮您？", book)
    book = _book_with("QA101", company_names={"phrases": ["星辰百货"], "fuzzy": ["in/ing", "en/eng"]})
    assert not _greeting_fires("嗯新成百货您好请问有什么可以帮您", book)                # Whisper: xin cheng
    assert _greeting_fires("嗯亲陈百货您好请问有什么可以帮您", book)                    # qin is not xing
    book = _book_with("QA101", company_names={"phrases": ["星辰百货"], "fuzzy": False})
    assert _greeting_fires("嗯新成百货您好请问有什么可以帮您", book)


def test_the_name_said_before_the_greeting_introduces_the_line():
    # (round 20) 「墨池书法您好，小常为您服务」: the opening's first words, before 您好, name the line;
    # whom the call is for (王先生您好) or a filler (嗯，您好) does not
    assert not _greeting_fires("青禾茶舍您好，小禾为您服务，请问您想了解些什么？")
    assert _greeting_fires("王先生您好，请问有什么可以帮您？")
    assert _greeting_fires("嗯，您好，请问有什么可以帮您？")


def test_company_names_need_their_part():
    from callqa.rules import RulebookError
    with pytest.raises(RulebookError, match="company_names count as the require part '自报家门'"):
        _book_with("QA101", company_names=["星辰通信"], require={"问候": ["您好"]})


def test_offer_of_help_tolerates_in_ing_but_not_the_greeting_word():
    assert not _greeting_fires("您好,新成通信客服中心,工号1023 请问有什么可疑邦宁?")  # asr_001
    assert _greeting_fires("宁好,星辰通信客服中心,请问有什么可以帮您?")             # 问候 stays exact


def test_explain_counts_company_names():
    from callqa.rules.explain import explain_call
    t = Transcript.from_items([["agent", "您好，星辰通信，请问有什么可以帮您？"]])
    trace = next(x for x in explain_call(t, load_rulebook()) if x.code == "QA101")
    assert not trace.fired and "自报家门 ✓" in trace.reason


# --- name_ask and insult ---------------------------------------------------------------------------

def test_name_ask_hears_xin_as_xing():
    assert "name_ask" in checks(["agent", "你信什么？"])                              # Whisper for 你姓什么
    assert "name_ask" not in checks(["agent", "请问您贵姓？"])
    assert "name_ask" not in checks(["agent", "请问您贵心？"])


@pytest.mark.parametrize("text", ["你是不是有病啊听不懂人话吗", "你有毛病吧，问了又问。", "你真是有病"])
def test_insult_you_are_sick(text):
    assert "insult" in checks(["agent", text])                                        # ev_066, ev_071


@pytest.mark.parametrize("items", [
    [["agent", "请问您的手机出了什么毛病？"]],                                           # ev_072
    [["customer", "你们是不是有病啊"], ["agent", "非常抱歉给您带来打扰"]],                # ev_068
    [["agent", "请问你有病历吗？"]],
])
def test_insult_hard_negatives(items):
    assert "insult" not in checks(*items)


# --- tariff: a start stated as 「…起按月收费」 ------------------------------------------------------

def test_tariff_start_before_charging_verb():
    fee = ["customer", "这个套餐多少钱一个月？"]
    assert "tariff" not in checks(fee, ["agent", "每月58元，资业起按月收费。"])          # asr_011 (次月起)
    assert "tariff" in checks(fee, ["agent", "每月二十元，和套餐一起收费。"])           # no start stated


# --- rules of our own: the check label ------------------------------------------------------------

def test_custom_check_label_cannot_take_a_family_name(tmp_path):
    import yaml
    from callqa.rules import DEFAULT_RULEBOOK, RulebookError

    book = yaml.safe_load(DEFAULT_RULEBOOK.read_text(encoding="utf-8"))
    rule = next(r for r in book["rules"] if r["code"] == "QA172")
    rule["check"] = "forbidden"
    path = tmp_path / "b.yaml"
    path.write_text(yaml.safe_dump(book, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RulebookError, match=r"rule QA172 \(forbidden\), field 'check': 'forbidden' is the name"):
        load_rulebook(path)


def test_catalogue_shows_label_and_family():
    from callqa.rules.catalogue import catalogue, catalogue_markdown
    info = {i.code: i for i in catalogue()}
    assert (info["QA171"].check, info["QA171"].family) == ("apology", "custom")
    assert (info["QA101"].check, info["QA101"].family) == ("greeting", "greeting")
    assert "`apology` (kind `custom`)" in catalogue_markdown()
