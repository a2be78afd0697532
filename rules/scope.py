"""Who a phrase is about and how it is said: the scope of a hit, shared by every rule.

A phrase list cannot tell 「我不知道」 (the agent will not find out: 服务禁语) from 「您不知道也没关系」
(reassurance), or an agent who insults from one who repeats a colleague's insult to register the
customer's complaint (「他骂您神经病，这是严重违规」). Four questions, asked only of the few
hits a matcher finds (never of every utterance), answer that:

* ``reported`` — the hit sits inside reported or quoted speech: inside quotation marks
  (「…」 “…” "…"), after a speech verb whose speaker is someone else (他/客服/同事/您 … 说/骂/叫/讲,
  被…骂, 上次…说, 催收员说的是…; not 「(我)跟你说了…」, where 你 is whom the words are said to),
  read back verbatim (「面试官原话是…」), or named as words (「…这种话」「…这样的字眼」); the agent's
  「说句实话」 vouches for their own next words and reports nobody's, and a saying judged by its complement
  (「你这话说得也太难听了」: 说得 + how) reports nothing;
* ``negated`` — a negation (不/没/别/不要/不会…) comes just before it in its clause, not as part of
  an A-不-A question (是不是, 能不能), a rhetorical 不是…吗 / 这不…吗 (「这不坑人吗」), nor a word that only
  starts like one (不过, 不管);
* ``conditional`` — its clause is conditional (如果/如有/要是/假如/万一…, or …的话 after it);
* ``remedied`` — the agent's own step follows at once, with the time it will come back by (「具体日子
  我不太清楚，我帮您问一下工厂，四点前给您回电话」「这个我也不清楚，我们会在五点前确认」): a commitment,
  not a brush-off — a bare 「我帮您查一下」 is not (the standard's strict reading), nor a step denied;
  or, turned by 不过/但, the company's side already acting or acting at once or on a named day
  (「…我们也不清楚，不过我们先给您安排一位」「…但维修人员已经出发了」); or the time first, then the agent's own
  call back by it (「…我这边暂时也不清楚，明天中午之前我一定给您回电」); or the means to reach the one who
  knows, handed over at once (「…我把快递网点的电话发给您」, 「…您可以拨打主办方的热线四零零…」: a number sent or
  given with its digits), not the customer sent off to ask (「你去营业厅问吧」); or (2026.12.23) what an
  outside body decides, not known, and that same body named as the one to ask (「派出所具体有没有规定，我这边
  不知道，您可以先打派出所的值班电话问一下」「畜牧站的具体安排我这边不清楚您可以问一下站里的兽医」): the matter is
  theirs, and the customer is told where its answer is — not the company's own department (技术部, 售后) sent to;
* ``subject`` — the person word the phrase starts with (我哪知道), else the nearest person word
  before it in its clause (jieba words): ``self``
  (我/我们/咱们/本人), ``listener`` (您/你/你们, and 「你这个人」: 人 in apposition to 你), ``other``
  (他/她/他们/客服/同事/对方, family members 儿子/老公…, a word ending in 者 such as 志愿者 but
  not 或者, a role word described before it such as 老师傅 / 女司机), or ``none``.

A rule opts in per phrase set (``scope:`` in the rulebook); without it nothing changes.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .segmenter import jieba, posseg

__all__ = ["Scope", "ScopeFacts", "scope_facts", "SUBJECTS"]

SUBJECTS = ("self", "listener", "other", "none")
Subject = Literal["self", "listener", "other", "none"]
Aspect = Literal["reported", "negated", "conditional", "remedied"]

CLAUSE = 14          # characters of the hit's clause looked at, before it
SENTENCE = 24        # characters of the sentence looked at for reported speech
_CLAUSE_BREAK = re.compile(r"[，,。？?！!；;：:…~～\s]")
_SENTENCE_BREAK = re.compile(r"[。？?！!；;]")

_PERSONS = {
    "self": ("我", "我们", "咱们", "咱", "本人", "我这边", "我们这边", "我方"),
    "listener": ("您", "你", "你们", "您们", "您老", "先生", "女士", "小姐", "阿姨",
                 # (round 27) the familiar titles an agent calls a customer by (大姐您这…), someone spoken of
                 # when pointed at (发货那个大姐老眼昏花的: _TITLES)
                 "大姐", "大哥", "大爷", "大妈", "大叔", "叔叔"),
    "other": ("他", "她", "他们", "她们", "它", "人", "人家", "别人", "有人", "对方", "客服", "坐席", "同事", "工作人员",
              "师傅", "骑手", "司机", "小哥", "保安", "医生", "大夫", "护士", "代理人", "导购", "销售", "营业员", "那位", "那边", "系统", "公司", "领导", "经理", "老板", "老板娘", "店长", "客户", "朋友", "家人", "老人", "孩子",
              "儿子", "女儿", "闺女", "老婆", "老公", "爱人", "媳妇", "丈夫", "妻子", "老伴", "父母", "爸爸", "妈妈", "爸",
              "妈", "哥哥", "姐姐", "弟弟", "妹妹", "亲戚", "邻居", "同学", "对象",
              # people by what they are, not by a trade ending (那小姑娘是新来的, 那个护工…)
              "姑娘", "小姑娘", "小伙子", "小伙", "新人", "实习生", "学徒", "护工", "保姆", "月嫂", "员工", "美工", "电工",
              "木工", "瓦工", "钟点工", "临时工", "大学生",
              # (round 22) who teach or head a class or a ward (那个班主任自己…, 王主任)
              "老师", "班主任", "主任", "教练"),
}
# A word ending in one of these names people or a body of them (快递员, 老人家, 技术部, 营业厅, 商家).
_GROUP_ENDINGS = frozenset("员家师部门商局厅司行队")
# A word ending in 者 names a person too (志愿者, 消费者, 记者, 患者, 管理者): whoever says words
# after it said them (「志愿者说的是不是脑子有问题」, read back without quotation marks, as Whisper
# writes it) — but not the conjunctions and pronouns of things that end alike (或者, 再者, 前者…).
_ZHE_NOT_PERSON = frozenset(("或者", "再者", "前者", "后者", "两者", "二者", "三者", "抑或者", "且者"))
# … but a door is a thing (「自己家门都看不住」: 家门 names nobody)
_DOORS = re.compile(r"(家|大|车|房|柜|院|楼|铁|木|后|前|侧|闸|舱|电梯|单元|防盗)门$")
# … nor a place, a going, or a manner that ends alike (「我请了假在家等」: 在家 names nobody; 上门, 专门, 不行)
_PLACES_AND_WAYS = frozenset(("在家", "回家", "到家", "老家", "搬家", "离家", "居家", "出门", "上门", "进门", "专门",
                              "不行", "进行", "旅行", "出行", "执行", "运行", "可行", "步行", "流行", "自行"))
_WHO = {word: who for who, words in _PERSONS.items() for word in words}
# (2026.12.23) a role word with a word of its own before it, as jieba keeps it whole (老师傅, 女司机, 值班护士,
# 带班老师, 外卖小哥): the role names someone else, whatever describes them — an open class, so known by its
# last word, not listed one by one (not 客户 / 朋友 / 孩子: 老客户 is how an agent greets the listener)
_ROLE_ENDINGS = ("师傅", "司机", "护士", "医生", "大夫", "老师", "教练", "客服", "同事", "骑手", "小哥", "保安", "保姆",
                 "护工", "导购", "销售", "主任", "经理", "店长", "老板", "员工", "工人")
_PRONOUNS = frozenset("我您你他她咱")

# Reported speech: a speech verb after someone other than the agent, or 被 (passive).
_SPEECH_VERB = re.compile(r"(说|骂|叫|讲|喊|称呼|称|回复|回答|告诉)(了|过|着)?")
_NOT_SPEECH = re.compile(r"(就是|也就是|所以|或者|再|怎么|比如|听|据|虽然|说实话|说白了|说真的|说明|说话|小说)$")
# 「说句实话」「讲真的」: the agent vouching for their own next words, nobody's words reported
_OWN_WORDS_AFTER = re.compile(r"^(句)?(实话|实在的|真的|白了|老实话|心里话|不好听的|难听的|真)")
_CAUSATIVE_SELF = re.compile(r"(让|叫|要|请|帮)我")      # 他说…让我投诉: 我 is the object
# 「你说什么？」「你说谁虎呢」: the listener's words asked about, a question that reports nothing — what comes
# after it (「…有你这么说话的吗」, run on with no sentence break) is the speaker's own
_ASKS_WHAT_SAID = re.compile(r"^(什么|啥|谁|啥子)")
# 「你这样说太伤人了」「您这么讲真让人寒心」: the saying judged by its manner — no words are reported
_MANNER = re.compile(r"(这样|这么|那样|那么)$")
_JUDGED = re.compile(r"^了?(也|就|真|实在|可)?(太|真|很|多|好|有点|挺|特别|让人|叫人)")
# 「跟你说了」「我跟您讲过」: 你/您 is whom the words are said to, not who says them
_ADDRESSEE = re.compile(r"(跟|和|给|对|向|同)(你|您)们?$")
_PASSIVE = re.compile(r"被[^，,。？?！!；;]{0,8}(说|骂|叫|称)")
_MENTION_AFTER = re.compile(r"^[」”’』\"']?(的)?(这种|这样的|这类|这些|这句|那种|那样的|那句|之类的|等)(话|字眼|说法|用语|词|言语|语言)")
_OPEN_QUOTES, _CLOSE_QUOTES = "「“‘『《", "」”’』》"
# words read back verbatim (「面试官原话是…」「他的原话是…」): whoever said them, not the agent
_VERBATIM = re.compile(r"(原话|原句|原文)")

NEGATION_REACH = 3   # characters between a negator (不/没/别/未/勿) and the hit
_NEGATOR = re.compile(r"[不没别未勿](?=[^不没别未勿]{0,%d}$)" % NEGATION_REACH)
# words that start with a negator's character and negate nothing (「不过您这…」: but)
_NOT_NEGATOR = ("不过", "不管", "不论", "不然", "别的", "别人")
# A verb's potential complement (V不C: 装不上, 帮不了, 听不懂) ends what went before: when the hit opens
# with a person of its own right after it (「马桶盖都装不上您这动手能力也是没谁了」, a run-on sentence with
# no comma, as Whisper writes it), the 不 negated the verb before, not the hit.
_COMPLEMENT = frozenset("上下了动住到开完懂起着清")

_RHETORICAL = re.compile(r"^[^，,。？?！!；;]{0,8}[吗么嘛]")
_CONDITION = re.compile(r"(如果|如有|如若|若是|若有|若|要是|假如|假设|万一|一旦|倘若|只要|如)")
_IF_AFTER = re.compile(r"^[^，,。？?！!；;]{0,6}的话")
REMEDY_REACH = 26    # characters after the hit looked at for the agent's own step
# the agent (我/我们) next, and within a few words (no 不/没 between) a time it will come back by
# (我帮您问一下工厂，今天下午四点前给您回电话; 我们会在五点前确认): a bare 「我帮您查一下」 is not
# enough — the standard's strict reading still counts 「这个我不太清楚，我帮您查一下」 (set ib)
_REMEDY = re.compile(r"^[^\w]{0,2}(不过|但是|但|这样吧|那)?[^\w]?(我|我们)(这边)?(?:(?![不没别])[\w，,]){0,20}?"
                     r"[0-9一二三四五六七八九十两半]+(点|个?小时|分钟|个?工作日|天)钟?(前|之前|内|以内|之内)")
# (round 22) … or, turned by 不过/但, the company's side already acting or set to act at once or on a
# named day (「具体哪天我们也不清楚，不过我们先给您安排…」「…我这边确实不知道，不过我会每天帮您跟进」
# 「…但抢修人员已经到了」): the not knowing is owned and met with a step, not a brush-off — the customer sent off
# (不过您可以明天去问) and a step denied (不过我们也查不了) are not
# (round 26) … or the time said first, then the agent's own call back by it (「…我这边暂时也不清楚，明天中午之前我一定
# 给您回电」): the same commitment in the other order — a time that sends the customer off (明天您再打过来问) is not
_REMEDY_FIRST = re.compile(r"^[^\w]{0,2}(不过|但是|但|这样吧)?[^\w]?(今天|明天|今晚|后天|[0-9一二三四五六七八九十两]+点)\w{0,4}?"
                           r"(之前|前|以内|之内)[^\w]?(我|我们)(这边)?(一定|会|再|肯定|马上|尽快)?(会)?(给|跟|向|和)(您|你)"
                           r"(回电|回个?电话|回复|答复|通报|打电话|回话)")
# (round 28) … or the means to reach the one who knows, handed over at once: their number sent (「快递几点揽收
# 我这边不太清楚，我把快递网点的电话发给您」) or dialled for the customer to ring, digits and all (「…是主办方审核的，
# 您可以拨打主办方的热线四零零八二零…」) — a referral that can be followed; the customer sent off to ask with no way
# given (你去营业厅问吧, 你问别人吧) is not; (2026.12.27, set AI) the number dialled with no 电话 word before it
# (您可以打一二三四五问进度) is the same referral
CONTACT_REACH = 40
_REMEDY_CONTACT = re.compile(r"^(?:(?![不没别])[\w，,]){0,16}?(?:(我|我们)(这边)?(把|给您发|给你发)\w{0,10}?(电话|号码|热线|联系方式|微信)"
                             r"\w{0,4}?(发|给|告诉)(给)?(您|你)"
                             r"|(您|你)可以(拨打|打|致电|联系)\w{0,10}?((热线|电话|客服)\w{0,2}?)?[0-9零一二三四五六七八九幺]{5})")
# (2026.12.23) … or what an outside body decides, that body named before the hit in the same sentence (a comma
# between is fine) and named again as the one to ask just after it: 派出所…我这边不知道，您可以先打派出所的值班电话问一下
# — a body outside the company (a station, an office, a bureau, a hospital, the landlord), never a department
# of the company's own (技术部, 售后: sending the customer there is 推诿, QA172's); (2026.12.27, set AH) a brand's or
# an association's rules too (品牌保修的规定…您可以打品牌售后电话; 市棋协的时间…您可以关注棋协公众号): its channel followed
_OUTSIDE_BODY = re.compile(r"(物业|厂家|厂商|原厂|品牌方?|商家|银行|学校|医院|社区|街道|居委会|村委会?|政府|交警|海关|房东|主办方"
                           r"|保险公司|航空公司|快递公司|[\u4e00-\u9fff]{1,3}(站|所|局|院|委|厅|馆|署|协))")
_REFER = re.compile(r"^[^\w]{0,2}(?:[^。？！?!]{0,6}?)(您|你)(可以|可|最好|不妨|得|需要)?(先|直接)?(去|到|打|拨打|致电|联系|问|咨询|找|关注|留意|查看|登录)"
                    r"([^。？！?!]{0,20})")
_NOT_OUTSIDE = re.compile(r"(我们|咱们|我司|本)")      # 我们服务站: the company's own


def _refers_to_owner(sentence: str, after: str) -> bool:
    """The sentence before the hit names an outside body, and the words right after it send the
    customer to that same body (its name, or the last character that makes it one: 站里的兽医)."""
    m = _REFER.match(after)
    if m is None:
        return False
    referral = m.group(0)
    for body in _OUTSIDE_BODY.finditer(sentence):
        if _NOT_OUTSIDE.search(sentence[max(0, body.end() - 6):body.end()]):
            continue
        name = body.group(0)
        if name in referral or (len(name) > 1 and name[-1] in "站所局院委厅馆署协" and name[-1] in referral):
            return True
    return False


_REMEDY_BUT = re.compile(r"^[^\w]{0,2}(不过|但是|但|可是)[^\w]?((我|我们|咱们)(这边)?|\w{0,4}(人员|师傅|同事|工程师|技术员))"
                         r"(?:(?![不没别])[\w，,]){0,14}?(已经|马上|立刻|立即|第一时间|每天|明天|今天|今晚|先(给|帮|为)(您|你))")


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    return tuple(jieba().lcut(text, HMM=False))


def _who(word: str) -> str | None:
    """``self``/``listener``/``other`` when ``word`` names a person, else None."""
    who = _WHO.get(word)
    if who is None and len(word) > 1:            # 我这边 / 他们那边 / 您的 split oddly: look inside
        for ch in reversed(word):
            if ch in "我您你他她":
                return _WHO[ch]
    if (who is None and word[-1] in _GROUP_ENDINGS and (len(word) > 1 or word in "员师") and not _DOORS.search(word)
            and word not in _PLACES_AND_WAYS):
        who = "other"                            # 技术部, 老人家; 员/师 split off (快递/员)
    if who is None and len(word) > 1 and word[-1] == "者" and word not in _ZHE_NOT_PERSON:
        who = "other"                            # 志愿者, 消费者 (not 或者)
    if who is None and len(word) > 2 and word.endswith(_ROLE_ENDINGS):
        who = "other"                            # 老师傅, 女司机: a role, described
    return who


# A person word right after one of these is its object, not the clause's subject (「我要向民航局
# 投诉」「跟你说了」).
# (Not 帮: 「那帮人」 is a measure word.)
_PREPOSITIONS = frozenset(("向", "跟", "和", "对", "给", "同", "替", "为"))


# 「我们那几个修图的」「我们这帮师傅」: 我们 + a demonstrative and a measure word names a group of
# other people (the agent's colleagues), not the agent.
_POSSESSED = re.compile(r"^\w{0,3}?(那几个|这几个|那些|这些|那帮|这帮|那位|这位|那几位|这几位)")
_APPOSITION = re.compile(r"(你|您)(这|那)个?$")
# 「你们这种小公司」「您这样的大老板」: a person word after the listener and a word of kind is the
# listener, classed (round 21: 你们这种小公司就是没见过世面 is said of the listener, not of a company)
_KIND_OF_LISTENER = re.compile(r"(你|您)们?(这种|那种|这样的|那样的|这类|这号)\w{0,3}$")
# A person named by what they do, 的-nominalised after a demonstrative (「上周那个接电话的是新来的」,
# 「这个送货的」) or by being new (新来的): another person, where no person word names one.
# (round 19: 刚来没多久 / 新来不久, said of someone just arrived, like 新来的)
_NOMINAL = re.compile(r"(那个|这个|那位|这位|那几个|这几个|那些|这些)[^的，,。？?！!；;]{1,6}的(?=是|就|也|都|呢|啊|$)"
                      r"|(新|刚)来(的|没多久|不久|没几天|没两天|才几天)")


def _person_at(words: list[str], i: int) -> str | None:
    """Who word ``i`` names as a clause's person, or None: not a person word, or the object of
    a preposition (「给您添麻烦了」). 「我们那几个修图的」: 我们 owns the people named after it (other)."""
    who = _who(words[i])
    if who is None or (i > 0 and words[i - 1] in _PREPOSITIONS):
        return None
    # (round 22) a body gone to or been at (去教育局投诉, 到营业厅办) is a place, nobody's subject
    if who == "other" and words[i][-1] in _GROUP_ENDINGS and (
            i > 0 and words[i - 1] in _GOING or i > 1 and words[i - 2] in _GOING and len(words[i - 1]) <= 2):
        return None                     # (… 到区教育局: a word of place between)
    if who == "self" and _POSSESSED.match("".join(words[i + 1:i + 4])):
        return "other"
    # (round 22) a person asked about with 什么 (请什么保姆, 找什么客服) is a rhetorical object: nobody's subject
    if i > 0 and words[i - 1] in ("什么", "啥", "啥子"):
        return None
    # (round 23) a rhetorical who (现在谁家结婚…, 谁家孩子不…: nobody would) names nobody
    if words[i].startswith("谁"):
        return None
    # (round 22) a title pointed at (那个阿姨, 这位先生) is someone spoken of, not the one spoken to
    if who == "listener" and words[i] in _TITLES and i > 0 and words[i - 1] in _POINTING:
        return "other"
    return who


_GOING = frozenset(("去", "到", "在"))
_TITLES = frozenset(("先生", "女士", "小姐", "阿姨", "大姐", "大哥", "大爷", "大妈", "大叔", "叔叔"))
_POINTING = frozenset(("那个", "那位", "这个", "这位", "那", "这", "那些", "这些", "那几位", "这几位", "那俩"))


def _last_person(text: str) -> str:
    """``self``/``listener``/``other`` of the last person word in ``text`` (see
    :func:`_person_at`), or ``none`` (「你这个人…」: 人 in apposition to 你 is the listener, not a
    third person)."""
    words = _words(text)
    for i in range(len(words) - 1, -1, -1):
        who = _person_at(words, i)
        if who is not None:
            if words[i] == "人" and _APPOSITION.search("".join(words[max(0, i - 3):i])):
                return "listener"
            if who == "other" and _KIND_OF_LISTENER.search("".join(words[max(0, i - 4):i])):
                return "listener"
            return who
    return "none"


def _first_person(text: str) -> str:
    """Like :func:`_last_person`, the first person word: a clause's subject comes first
    (「我帮您查一下」 is 我's clause, 您 its object)."""
    words = _words(text)
    for i in range(len(words)):
        who = _person_at(words, i)
        if who is not None:
            return who
    return "none"


class ScopeFacts:
    """What :func:`scope_facts` found about one hit."""
    __slots__ = ("reported", "negated", "conditional", "subject", "remedied")

    def __init__(self, reported: bool, negated: bool, conditional: bool, subject: str, remedied: bool = False):
        self.reported, self.negated, self.conditional, self.subject = reported, negated, conditional, subject
        self.remedied = remedied

    def __repr__(self) -> str:
        return (f"ScopeFacts(reported={self.reported}, negated={self.negated}, "
                f"conditional={self.conditional}, subject={self.subject!r}, remedied={self.remedied})")


def _in_quotes(before: str) -> bool:
    depth = 0
    for ch in before:
        if ch in _OPEN_QUOTES:
            depth += 1
        elif ch in _CLOSE_QUOTES:
            depth = max(0, depth - 1)
    return depth > 0 or before.count('"') % 2 == 1


_NOUN_FLAGS = ("n", "nr", "nz", "nt", "ng")


@lru_cache(maxsize=4096)
def _unlisted_speaker(clause: str) -> bool:
    """(round 29) Whether the speech verb's own clause opens on a noun and names no person word: its
    speaker is someone named by a noun the person lists lack (「助教当众说您这都不会…」, 「前台当时说…」), not
    the agent of an earlier clause (「我确认一下，助教当众说您…」 read as the agent's own words when the quotation
    marks are lost, as Whisper writes it). Person words are an open class — a role, a trade, a title — so the
    speaker is known by where it stands (the clause's first word, a noun, right before the verb), not by a list."""
    if len(clause) < 2 or _last_person(clause) != "none":
        return False
    words = posseg().lcut(clause, HMM=False)
    return bool(words) and len(words[0].word) >= 2 and words[0].flag in _NOUN_FLAGS


def _reported(sentence: str, after: str) -> bool:
    if _MENTION_AFTER.match(after) or _PASSIVE.search(sentence) or _VERBATIM.search(sentence):
        return True
    for m in _SPEECH_VERB.finditer(sentence):
        head, tail = sentence[:m.start()], sentence[m.end():]
        said_was = tail.startswith(("的是", "的就是"))   # 催收员说的是… introduces what they said
        if (_NOT_SPEECH.search(head + m.group(1)) or _NOT_SPEECH.search(head) or tail.startswith("的") and not said_was
                or (m.group(1) in ("说", "讲") and (tail.startswith("话") or _OWN_WORDS_AFTER.match(tail)))
                or (m.group(1) == "说" and tail.startswith(("明书", "明一下", "明会")))):
            continue                              # 就是说 / 说(句)实话 / 你说的 (what you said) / 说话 (the way they talk) introduce nothing
                                                  # (2026.12.25) nor 说明书 / 说明一下 / 说明会 (您按说明书喂养): a word of its own, no saying (他说明天… still reports)
        if m.group(1) in ("说", "讲") and head[-1:] in ("你", "您") and _ASKS_WHAT_SAID.match(tail):
            continue                              # 你说什么 / 你说谁…呢: a question, no words reported
        if m.group(1) in ("说", "讲") and _MANNER.search(head) and _JUDGED.match(tail):
            continue                              # 你这样说太伤人了: the saying judged, nothing reported
        if m.group(1) in ("说", "讲", "骂", "叫", "喊") and not m.group(2) and tail.startswith("得"):
            continue                              # (round 28) 你这话说得也太难听了: V得, a complement judges the saying
        if _last_person(tail) == "self" and not _CAUSATIVE_SELF.search(tail):
            continue                              # 他说了，我不清楚: the agent speaks for themself again
        if (m.group(1) in ("说", "讲", "骂", "喊") and not _CLAUSE_BREAK.search(tail) and not _ASKS_WHAT_SAID.match(tail)
                and _unlisted_speaker(_CLAUSE_BREAK.split(head)[-1])):
            return True                           # (round 29) 助教当众说您…: someone named by a noun of their own, the
                                                  # words in the verb's own clause (not 病人叫什么: 叫 names)
        addressed = _ADDRESSEE.search(head)
        who = _last_person(_ADDRESSEE.sub("", head)) if addressed else _last_person(head)
        if who in ("other", "listener"):          # 他/客服 骂您…, 您是说…
            return True
        if who == "none" and not addressed and re.search(r"(上次|之前|以前|刚才|那天|那次|当时)", head):
            return True                           # 上次说您… (someone, earlier); 上次不是跟您说了…: the agent's own words to the listener
        if who == "self" and re.search(r"[不没]有?$", head[-3:]):
            return True                           # 我没有骂您…: denying words is naming them
    return False


def _negates(clause: str, after: str, first: str) -> bool:
    """Whether a negator close before the hit (the end of ``clause``) negates it; ``after`` is
    the text after the hit, ``first`` the hit's first character. Not an A-不-A question (是不是,
    有没有, 能不能: it asks), nor a rhetorical 不是…吗 (「你们这不是坑人吗」), nor a word that only
    starts with a negator (不过), nor a verb's potential complement right before a hit that opens
    with its own person (装不上您这…: :data:`_COMPLEMENT`)."""
    m = _NEGATOR.search(clause)
    if m is None:
        return False
    at = m.start()
    if 0 < at and clause[at - 1] in clause[at + 1:at + 2]:
        return False
    if (clause[at:at + 2] == "不是" or clause[at - 1:at] in ("这", "那")) and _RHETORICAL.match(after):
        return False
    if clause[at:at + 2] in _NOT_NEGATOR:
        return False
    return not (len(clause) - at == 2 and 0 < at and clause[-1] in _COMPLEMENT and first in _PRONOUNS)


def _topic(clause: str) -> bool:
    """Whether ``clause`` names someone by what they do or by being new (:data:`_NOMINAL`) as its
    topic, nothing negated before it (「前台那个新来的」; not 「没那个钱还非要进口的」, a want denied)."""
    m = _NOMINAL.search(clause)
    return m is not None and not re.search(r"[没不别]", clause[:m.start()])


def _judges_other(clause: str) -> bool:
    """Whether ``clause`` judges someone else with 是 (「那帮人就是混日子的」) and names nobody in the call."""
    words = list(_words(clause))
    persons = [(i, _person_at(words, i)) for i in range(len(words))]
    persons = [(i, who) for i, who in persons if who is not None]
    return bool(persons) and all(who == "other" for _, who in persons) and any(
        w in ("是", "就是", "都是", "真是", "就") for w in words[persons[0][0] + 1:persons[0][0] + 3])


def scope_facts(text: str, start: int, end: int, remedy: bool = True) -> ScopeFacts:
    """The scope of ``text[start:end]`` (positions in the evidence text, punctuation kept);
    ``remedy=False`` leaves ``remedied`` False unasked (a scope that does not skip it)."""
    before_all = text[:start]
    clause = _CLAUSE_BREAK.split(before_all[-CLAUSE:])[-1]
    sentence = _SENTENCE_BREAK.split(before_all[-SENTENCE:])[-1]
    after = text[end:end + 12]
    reported = _in_quotes(before_all) or _reported(sentence, after)
    negated = _negates(clause, after, text[start:start + 1])
    conditional = bool(_CONDITION.search(clause)) or bool(_IF_AFTER.match(after))
    # a phrase that names its own subject (「他去哪了我哪知道」: 我哪知道) is about that subject,
    # whoever the clause named before it
    own = _WHO.get(text[start:start + 1]) if text[start:start + 1] in _PRONOUNS else None
    subject = own or _last_person(clause)
    if subject == "none" and _NOMINAL.search(clause):
        subject = "other"                      # 那个接电话的是新来的，啥也不懂: someone by what they do
    if subject == "none":                      # a clause without one shares its sentence's subject
        earlier = _CLAUSE_BREAK.split(sentence)[:-1]    # (「他们技术部就是乱搞，排班都排不明白」)
        if earlier:
            subject = _first_person(earlier[-1])
        # (round 25) the topic named clauses back, a chain of bare predicates after it, each about it
        # (「前台那个新来的，丢三落四的，脑子不好使」): the nearest earlier clause that names anyone,
        # taken only where it names someone else
        if subject == "none":
            for part in reversed(earlier):
                who = _first_person(part)
                if who == "other" or who == "none" and _topic(part):
                    subject = "other"
                if who != "none" or subject != "none":
                    break
        # (round 25) a sentence that opens on a bare predicate carries on the judgement before it, where
        # that one's last clause judged someone else (「安装队那帮人就是混日子的人。说了也白说」: Whisper's
        # full stop) and named nobody in the call; not someone only mentioned (「还想回到小姑娘的身材啊？做梦比较快」)
        if subject == "none" and not earlier:
            previous = _SENTENCE_BREAK.split(before_all[-2 * SENTENCE - len(sentence):])
            if len(previous) > 1 and _judges_other(_CLAUSE_BREAK.split(previous[-2])[-1]):
                subject = "other"
    remedied = remedy and (_REMEDY.match(text[end:end + REMEDY_REACH]) is not None
                           or _REMEDY_BUT.match(text[end:end + REMEDY_REACH]) is not None
                           or _REMEDY_FIRST.match(text[end:end + REMEDY_REACH]) is not None
                           or _REMEDY_CONTACT.match(text[end:end + CONTACT_REACH]) is not None
                           or _refers_to_owner(sentence, text[end:end + CONTACT_REACH]))
    return ScopeFacts(reported, negated, conditional, subject, remedied)


class Scope(BaseModel):
    """A phrase set's scope in the rulebook::

        scope: {skip: [reported, conditional], subject: [self, none]}

    ``skip``: hits in reported/quoted speech, negated or conditional clauses, or followed by the
    agent's own step (remedied), do not count;
    ``subject``: only hits whose clause's subject is one of these count."""
    model_config = ConfigDict(extra="forbid", frozen=True)
    skip: tuple[Aspect, ...] = ()
    subject: tuple[Subject, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.skip or self.subject)

    def allows(self, text: str, start: int, end: int) -> bool:
        """True when a hit at ``text[start:end]`` counts under this scope."""
        facts = scope_facts(text, start, end, "remedied" in self.skip)
        for aspect in self.skip:
            if getattr(facts, aspect):
                return False
        return not self.subject or facts.subject in self.subject
