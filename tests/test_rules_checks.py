"""Each check family on transcripts: a case that fires and one that must not."""
import pytest

from callqa.rules import Transcript, Utterance, load_rulebook, score_call

BOOK = load_rulebook()

GREETING = ["agent", "您好，客服中心8号为您服务，请问有什么可以帮您？"]
CLOSING = ["agent", "请问还有其他可以帮您的吗？感谢您的来电，祝您生活愉快，再见"]


def findings(items, check=None, book=BOOK):
    card = score_call(Transcript.from_items(items), book)
    return [f for f in card.findings if check is None or f.check == check]


def call(*middle):
    """A well-formed call (greeting … closing) around the given turns."""
    return [GREETING, *middle, CLOSING]


def test_clean_call_has_no_findings_and_passes():
    items = call(["customer", "我想问一下我的套餐"], ["agent", "好的，您的套餐每月三十元，次月起收费"])
    card = score_call(Transcript.from_items(items, step=4.5), BOOK)     # 17.6 s: not a short call (QA184: < 15 s)
    assert card.findings == []
    assert card.score == 100 and card.passed and not card.fatal and card.grade is None
    assert card.counts == {"A": 0, "B": 0, "C": 0}
    assert card.rulebook_name == BOOK.name and card.rulebook_version == BOOK.version


# --- greeting -------------------------------------------------------------------------

@pytest.fixture
def unguarded(tmp_path, monkeypatch):
    """No greeting model: QA101's lists alone (its guard, tests/test_greeting_guard.py, would hold
    some of these incomplete openings back as QA105 notes)."""
    monkeypatch.setenv("CALLQA_MODELS_DIR", str(tmp_path / "no-models"))


def test_greeting_incomplete_names_missing_part(unguarded):
    [f] = findings([["agent", "您好，请问有什么可以帮您？"], CLOSING], "greeting")
    assert f.rule_id == "QA101" and f.matched == "自报家门"
    assert "不完整" in f.explanation and f.speaker == "agent" and f.start == 0.0


def test_greeting_traditional_input_is_normalised(unguarded):
    out = findings([["agent", "您好，這裡是客服中心，請問有什麼可以幫您"], CLOSING], "greeting")
    assert out == []
    [f] = findings([["agent", "您好，請問有什麼可以幫您"], CLOSING], "greeting")
    assert f.matched == "自报家门" and f.text == "您好，请问有什么可以帮您"


def test_greeting_misheard_homophones_still_count():
    assert findings([["agent", "您好克服中心公号1024，请问有什么可以帮您"], CLOSING], "greeting") == []


def test_greeting_opening_with_wei():
    codes = {f.rule_id for f in findings([["agent", "喂，您好，客服中心，请问有什么可以帮您"], CLOSING], "greeting")}
    assert codes == {"QA102"}


def test_greeting_late():
    items = [["customer", 0, 1, "喂？"], ["agent", 9.5, 12, GREETING[1]], ["agent", 13, 15, CLOSING[1]]]
    [f] = findings(items, "greeting")
    assert f.rule_id == "QA103" and f.start == 9.5 and "9.5" in f.explanation


def test_no_agent_speech_is_not_judged_on_greeting_or_closing():
    assert findings([["customer", "喂？喂？"]]) == []


# --- closing --------------------------------------------------------------------------

def test_closing_missing_fires_and_complete_closing_passes():
    out = findings([GREETING, ["customer", "没事了"], ["agent", "好的"]], "closing")
    assert {f.rule_id for f in out} == {"QA111", "QA112"}
    assert all(f.start is not None and f.text == "好的" for f in out)
    assert findings(call(), "closing") == []


def test_closing_only_looks_at_the_end():
    items = [GREETING, ["agent", "感谢您的来电，祝您生活愉快"], ["customer", "哦对了，还有个事"], ["agent", "您的套餐"],
             ["agent", "已经办好"], ["agent", "好的"]]
    assert {f.rule_id for f in findings(items, "closing")} == {"QA111", "QA112"}


def test_closing_is_not_owed_on_a_silent_line():
    """The customer never spoke (the agent greets, then 「您好？」 into silence): no closing finding."""
    items = [GREETING, ["agent", "您好？"], ["agent", "好的"]]
    assert findings(items, "closing") == []


# --- forbidden ------------------------------------------------------------------------

def test_forbidden_phrase_by_agent():
    [f] = findings(call(["agent", "这个我不清楚"]), "forbidden")
    assert f.rule_id == "QA121" and f.matched == "不清楚" and f.explanation.startswith("坐席使用服务禁语「不清楚」")
    assert f.text == "这个我不清楚" and f.start is not None


def test_customer_saying_forbidden_words_costs_nothing():
    items = call(["customer", "我不知道，不清楚，你这话什么意思"], ["customer", "你们是不是有病"])
    card = score_call(Transcript.from_items(items, step=4.5), BOOK)     # ≥ 15 s: not a short call
    assert card.findings == [] and card.score == 100


@pytest.mark.parametrize("text", ["不知道您方便吗？", "不知道您是否需要办理", "我帮您查清楚", "如有不明白的地方请随时来电",
                                  "抱歉我这边听不清楚"])
def test_polite_constructions_are_not_forbidden(text):
    assert findings(call(["agent", text]), "forbidden") == []


def test_forbidden_rebuff_and_wei_mid_call():
    out = findings(call(["agent", "那你想好了再打来吧"], ["agent", "喂，你还在吗"]), "forbidden")
    assert [f.rule_id for f in out] == ["QA122", "QA123"]
    assert out[0].dimension == "服务态度"


# --- insult ---------------------------------------------------------------------------

@pytest.mark.parametrize("heard", ["神经病", "神精病", "深井病", "你是不是神精病啊"])
def test_misheard_insult_fires_and_is_fatal(heard):
    card = score_call(Transcript.from_items(call(["agent", heard])), BOOK)
    [f] = [f for f in card.findings if f.check == "insult"]
    assert f.matched == "神经病" and f.severity == "A" and f.fatal
    assert f.text == heard
    assert card.fatal and card.score == 0 and not card.passed and card.grade == "A"
    if heard != "神经病" and "神经病" not in heard:
        assert "听写为" in f.explanation


def test_customer_insult_and_innocent_words_are_not_insults():
    items = call(["customer", "你们是不是神经病"], ["agent", "系统正在滚动升级，您可以去四楼营业厅办理"])
    card = score_call(Transcript.from_items(items), BOOK)
    assert not card.fatal and [f for f in card.findings if f.check == "insult"] == []


# --- filler ---------------------------------------------------------------------------

def test_filler_rate_above_threshold():
    [f] = findings(call(["agent", "嗯，这个，这个，我们这边，那个您稍等"], ["agent", "啊，就是说，嗯，您的套餐"]), "filler")
    assert f.rule_id == "QA141" and "这个×2" in f.matched and "嗯×2" in f.matched


def test_determiner_zhege_is_not_a_filler():
    from callqa.rules.checks.filler import count_fillers
    from callqa.rules.normalize import normalize
    params = BOOK.rule("QA141").params
    assert count_fillers(normalize("这个套餐每月三十元"), params) == {}
    assert count_fillers(normalize("这个月的话费是这个数"), params) == {}
    assert count_fillers(normalize("这个是免费的"), params) == {}
    assert count_fillers(normalize("这个，我们这边会处理"), params) == {"这个": 1}
    assert count_fillers(normalize("这个这个套餐"), params) == {"这个": 1}
    assert count_fillers(normalize("那个您稍等"), params) == {"那个": 1}
    assert count_fillers(normalize("好啊，是呀"), params) == {}        # sentence-final particles
    assert count_fillers(normalize("啊，您说"), params) == {"啊": 1}    # clause-initial
    assert count_fillers(normalize("也就是说"), params) == {}


def test_filler_few_fillers_or_customer_fillers_do_not_fire():
    assert findings(call(["agent", "这个套餐每月三十元，次月起收费"], ["agent", "嗯，好的"]), "filler") == []
    assert findings(call(["customer", "嗯嗯，这个，那个，啊，就是说"]), "filler") == []


# --- tariff ---------------------------------------------------------------------------

def test_tariff_free_period_gloss_fires():
    [f] = findings(call(["customer", "这个要收费吗？"], ["agent", "现在是免费期您先用着"]), "tariff")
    assert f.rule_id == "QA151" and f.severity == "A"
    assert "免费期" in f.explanation and f.matched == "金额、起收时间"
    assert f.text == "这个要收费吗？ / 现在是免费期您先用着"     # the question and the answer


def test_tariff_amount_and_start_passes():
    assert findings(call(["customer", "这个要收费吗？"], ["agent", "每月三十元,次月起收费"]), "tariff") == []


def test_tariff_amount_without_start_fires():
    [f] = findings(call(["customer", "多少钱"], ["agent", "一百二十元一年"]), "tariff")
    assert f.matched == "起收时间" and "120元" in f.text


def test_tariff_no_fee_question_no_finding():
    assert findings(call(["agent", "现在是免费期，您先用着"]), "tariff") == []


def test_tariff_misheard_question_and_late_answer():
    items = call(["customer", 10, 12, "这个话废怎么收"], ["agent", 13, 14, "您稍等"], ["agent", 80, 82, "每月30元,次月起"])
    [f] = findings(items, "tariff")          # the answer came after 60 s
    assert f.start == 10


def test_tariff_evidence_spans_question_and_answer_turns_only():
    items = [["customer", 10, 12, "这个流量包要收费吗？"], ["customer", 12.5, 14, "我老是用超"],
             ["agent", 15, 17, "您稍等"], ["agent", 18, 20, "现在是免费期，您先用着"], ["agent", 21, 23, "还有别的吗"]]
    [f] = findings(items, "tariff")
    assert (f.start, f.end) == (10, 20)
    assert f.text == "这个流量包要收费吗？ / 现在是免费期，您先用着"
    # no tariff content at all: the question and the agent's first reply
    [f] = findings([["customer", 10, 12, "多少钱"], ["agent", 13, 14, "您放心"], ["agent", 15, 16, "好的"]], "tariff")
    assert (f.start, f.end, f.text) == (10, 14, "多少钱 / 您放心")


@pytest.mark.parametrize("complaint", ["你们怎么回事？我这个月话费怎么多扣了五十块？", "你们是不是乱扣费？我要投诉！",
                                       "上个月扣错了，什么时候退费？多少钱能退？", "为什么扣了我三十块钱"])
def test_tariff_billing_dispute_is_not_a_fee_question(complaint):
    items = call(["customer", complaint], ["agent", "您别着急，我帮您查一下"],
                 ["agent", "已经为您提交退费申请"])
    assert findings(items, "tariff") == []


def test_tariff_fee_question_after_a_dispute_still_counts():
    items = call(["customer", "上个月多扣了我十块钱"], ["agent", "我帮您查一下，已经提交退费"],
                 ["customer", "那这个新的流量包要收费吗"], ["agent", "您先用着"])
    [f] = findings(items, "tariff")
    assert f.text == "那这个新的流量包要收费吗 / 您先用着"


def test_tariff_repeated_question_gives_one_finding():
    items = call(["customer", "要钱吗"], ["customer", "多少钱啊"], ["agent", "先用着吧"])
    assert len(findings(items, "tariff")) == 1


# --- name_ask -------------------------------------------------------------------------

def test_name_ask():
    [f] = findings(call(["agent", "你姓什么？"]), "name_ask")
    assert f.rule_id == "QA161" and f.dimension == "订单流程" and "您贵姓" in f.explanation
    assert findings(call(["agent", "请问您贵姓？"], ["agent", "您怎么称呼"]), "name_ask") == []
    assert findings(call(["customer", "你叫什么名字"]), "name_ask") == []


# --- input handling ------------------------------------------------------------------

def test_utterances_in_any_order_and_default_duration():
    utts = [Utterance("agent", 20.0, 22.0, CLOSING[1]), Utterance("agent", 0.0, 3.0, GREETING[1]),
            Utterance("agent", 10.0, 12.0, "这个我不清楚")]
    card = score_call(Transcript("c1", utts), BOOK)
    assert [f.rule_id for f in card.findings] == ["QA121"]


def test_fullwidth_and_unpunctuated_text():
    out = findings(call(["customer", "要收费吗"], ["agent", "每月３０元次月起收费"]), "tariff")
    assert out == []
    [f] = findings(call(["agent", "这个我不 清 楚"]), "forbidden")
    assert f.matched == "不清楚"
