"""What personal data looks like: one small function per kind, the data they use in privacy.yaml.

Numbers (:data:`NUMBER_CHECKS`) are judged on their digits alone, whatever form they were said
in: a mobile number is 11 digits starting 1[3-9]; an ID number 18 characters whose check digit
(ISO 7064 MOD 11-2) is right and whose birth date is a date; a bank card 16–19 digits passing
the Luhn check; a landline 0 + area code + 7–8 digits. Text kinds (:data:`TEXT_FINDERS`) are
patterns over one text: e-mail addresses (also spoken: 艾特 … 点com), street addresses with a
building, unit or room number, and names a customer gives (我叫/我姓, 张先生/王女士).

python-stdnum (cn.ric, luhn) would give the two checksums; it is not a dependency of callqa,
and the checks are a few lines each.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Callable, Iterator

__all__ = ["NUMBER_CHECKS", "TEXT_FINDERS", "cue_texts", "text_cues", "name_questions", "has_text_cue", "id_check_char", "luhn_ok", "is_mobile", "is_landline",
           "is_id_card", "is_bank_card"]

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def id_check_char(first17: str) -> str:
    """The check character of a Chinese resident ID number (GB 11643, ISO 7064 MOD 11-2)."""
    return _ID_CHECK[sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS)) % 11]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def is_mobile(d: str) -> bool:
    """A mainland mobile number, optionally with 86 / 0086 / +86 / a leading 0 dialled before it."""
    for prefix in ("0086", "86", "0", ""):
        if d.startswith(prefix) and len(d) == 11 + len(prefix):
            core = d[len(prefix):]
            if core[0] == "1" and core[1] in "3456789":
                return True
    return False


def is_landline(d: str) -> bool:
    """0 + area code (2–3 digits, 01x/02x two) + a 7–8 digit local number; not 400/800 hotlines."""
    if not d.isdigit() or len(d) < 10 or len(d) > 12 or d[0] != "0" or d[1] == "0":
        return False
    area = 3 if d[1] in "12" else 4                       # 010, 021…029 | 0755, 0571…
    local = d[area:]
    return 7 <= len(local) <= 8 and local[0] not in "01"


def is_id_card(d: str) -> bool:
    """18 characters, a plausible region and birth date, and the right check character."""
    if len(d) != 18 or not d[:17].isdigit() or d[0] not in "12345678":
        return False
    try:
        born = date(int(d[6:10]), int(d[10:12]), int(d[12:14]))
    except ValueError:
        return False
    return 1900 <= born.year <= 2100 and id_check_char(d[:17]) == d[17].upper()


def is_bank_card(d: str) -> bool:
    return d.isdigit() and 16 <= len(d) <= 19 and d[0] != "0" and luhn_ok(d)


# Most specific first: a window that passes several checks is named by the first.
NUMBER_CHECKS: dict[str, Callable[[str], bool]] = {
    "id_card": is_id_card, "mobile": is_mobile, "bank_card": is_bank_card, "landline": is_landline,
}

# --- text kinds ---------------------------------------------------------------------------

_SPOKEN = "零〇一二两三四五六七八九幺"
# Written (zhang.san@qq.com) or spoken: 艾特/at for @, 点/dot for the dot, 下划线 for _, letters
# spelt out with spaces, digits said in Chinese (xujia一九九五艾特一六三点com).
_EMAIL = re.compile(
    rf"[A-Za-z0-9{_SPOKEN}](?:[A-Za-z0-9{_SPOKEN}._%+\-\s]|下划线|下滑线|横杠|杠|点|dot)*?"
    r"\s*(?:@|＠|艾特|at|圈a|小老鼠)\s*"
    rf"[A-Za-z0-9{_SPOKEN}](?:[A-Za-z0-9{_SPOKEN}\-\s]|点|dot|\.)*?"
    r"\s*(?:\.|点|dot)\s*(?:com|cn|net|org|edu|gov|top|vip|info|io)(?![A-Za-z])", re.IGNORECASE)

_NUM = r"(?:[0-9０-９零〇一二两三四五六七八九十百幺]+|[A-Za-z](?=栋|座|幢|区|单元))"
_PLACE_SUFFIX = (r"(?:省|市|区|县|镇|乡|街道|大道|路|段|街|巷|弄|胡同|村|小区|花园|公寓|大厦|家园|新村|新城|苑|广场|社区|"
                 r"园区|园|里弄|中心)")
_PLACE = rf"(?:[\u4e00-\u9fff]{{1,8}}?{_PLACE_SUFFIX})"
_PART = rf"{_NUM}\s*(?:号楼|号院|栋|幢|座|单元|层|楼|室|户|号|弄|排|组)"
_ROOM_PART = r"(?:栋|幢|单元|室|号楼|户|号院)"
_ADDRESS = re.compile(rf"(?P<place>{_PLACE}{{0,4}})(?P<parts>{_PART}(?:[\s,，\-]*{_PART})*"
                      rf"(?:[\s,，\-]*[0-9０-９零〇一二三四五六七八九幺]{{3,4}}(?![0-9元块号楼层]))?)")
# Words that lead up to an address but are not part of it.
_ADDRESS_LEAD = re.compile(r"^.*(?:住在|住址是|住址|家住|家在|地址是|地址|寄到|送到|发到|位于|我在|在|是|改成|改为|改到|换成|换到|搬到)")
_ROAD = re.compile(r"(?:路|街|巷|弄|胡同|大道|村|小区|花园|公寓|大厦|家园|新村|苑)")


_MAX_GAP = 8   # an estate or building name between two address parts (颐和国际A座)
_PLACE_TAIL = re.compile(rf"(?:{_PLACE}){{2,}}[\W_]*$")


_ADDRESS_CUE = re.compile(_PART)    # every address has one; most turns have none


def _address_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    if _ADDRESS_CUE.search(text) is None:
        return
    for m in _ADDRESS.finditer(text):
        place, parts = m.group("place"), m.group("parts")
        start = m.start()
        if place:
            lead = _ADDRESS_LEAD.match(place)
            if lead:
                start += lead.end()
                place = place[lead.end():]
        yield start, m.end(), bool(re.search(_ROOM_PART, parts) or (place and _ROAD.search(place)))


def find_addresses(text: str) -> Iterator[tuple[int, int]]:
    """Street addresses with a house, building, unit or room number (朝阳区建国路88号,
    3号楼2单元501, 三栋二单元五零一室); a lone 2楼 or 3号 (a date), or a shop's 三楼312号, is
    not. Parts separated by an estate or building name (西溪新座七幢) are one address."""
    spans = list(_address_spans(text))
    merged: list[list] = []
    for start, end, strong in spans:
        if merged and start - merged[-1][1] <= _MAX_GAP and not re.search(r"[\W_]", text[merged[-1][1]:start]):
            merged[-1][1], merged[-1][2] = end, merged[-1][2] or strong
        else:
            merged.append([start, end, strong])
    for start, end, strong in merged:
        if strong:
            yield start, end


def place_tail(text: str) -> tuple[int, int] | None:
    """Where ``text`` ends with a place of two or more parts (北京市朝阳区望京西园三区) — the
    first half of an address whose numbers the speaker says in the next turn."""
    m = _PLACE_TAIL.search(text)
    if m is None:
        return None
    start = m.start()
    lead = _ADDRESS_LEAD.match(text[start:m.end()])
    if lead:
        start += lead.end()
    end = m.end()
    while end > start and not ("\u4e00" <= text[end - 1] <= "\u9fff"):
        end -= 1
    return (start, end) if end > start else None


_EMAIL_CUE = re.compile(r"@|＠|艾特|at|圈a|小老鼠", re.IGNORECASE)


def find_emails(text: str) -> Iterator[tuple[int, int]]:
    if _EMAIL_CUE.search(text) is None:
        return
    for m in _EMAIL.finditer(text):
        yield m.start(), m.end()


# The most common surnames (covering ~90 % of people) and the way people spell theirs out.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝")
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "夏侯", "长孙")
SPELLED_SURNAMES = ("弓长张", "立早章", "耳东陈", "木子李", "口天吴", "双口吕", "草头黄", "三横王", "古月胡",
                    "言午许", "禾口程", "人可何", "双木林", "子小孙", "千里重", "关耳郑", "走肖赵", "文刀刘")
_SURNAME = "(?:" + "|".join(SPELLED_SURNAMES + COMPOUND_SURNAMES) + f"|[{''.join(sorted(SURNAMES))}])"
_GIVEN_STOP = "的啊呢吧呀哈嘛是了先女小我你他她在就也还想要"
_END = r"(?=[，,。.!！?？、\s]|$)"
_ROLES = ("收件人", "联系人", "持卡人", "户主", "机主", "投保人", "被保人", "开户人")     # who a form names
_SELF_NAME = re.compile(
    rf"(?:我叫|我的名字是|我名字叫|我名字是|名字叫|本人叫|[她他]叫|我[妈爸]叫|(?:^|[，,。\s])叫"
    rf"|(?:老公|老婆|丈夫|妻子|爱人|儿子|女儿|孩子|父亲|母亲|爸爸|妈妈)叫"
    rf"|(?:{'|'.join(_ROLES)})(?:写|是|叫|填)?)"
    rf"(?P<name>{_SURNAME}[\u4e00-\u9fff]{{1,2}})")
_SELF_INTRO = re.compile(rf"我是(?P<name>{_SURNAME}[\u4e00-\u9fff]{{1,2}}){_END}")
_SELF_SURNAME = re.compile(rf"(?:我姓|免贵姓|本人姓|(?:^|[，,。\s])姓)(?P<name>{_SURNAME})")
_SPELLED = re.compile("|".join(SPELLED_SURNAMES))
_HONORIFIC = re.compile(rf"(?P<name>{_SURNAME}(?:[\u4e00-\u9fff](?=先生|女士|小姐))?)(?:先生|女士|小姐)")


# Every name pattern needs one of these; most turns have none and skip the patterns.
_NAME_CUE = re.compile("叫|名字|姓|我是|先生|女士|小姐|" + "|".join(_ROLES) + "|" + "|".join(SPELLED_SURNAMES))


def find_names(text: str, speaker: str) -> Iterator[tuple[int, int]]:
    """A customer's name: what a non-agent speaker says of himself or a relative (我叫张伟,
    我姓王, 我是赵敏。, 她叫胡雪梅, 收件人写李强, 弓长张), and the surname (or full name)
    before 先生/女士/小姐 whoever says it. The agent introducing himself is an employee."""
    if _NAME_CUE.search(text) is None:
        return
    if speaker != "agent":
        if _has_any(text, _SELF_NAME_WORDS):
            for m in _SELF_NAME.finditer(text):
                s, e = m.span("name")
                while e - s > 2 and text[e - 1] in _GIVEN_STOP:
                    e -= 1
                if text[e - 1] not in _GIVEN_STOP:
                    yield s, e
        if "我是" in text:
            for m in _SELF_INTRO.finditer(text):
                yield m.span("name")
        if "姓" in text:
            for m in _SELF_SURNAME.finditer(text):
                yield m.span("name")
        for m in _SPELLED.finditer(text):
            yield m.span()
    if _has_any(text, _HONORIFIC_WORDS):
        for m in _HONORIFIC.finditer(text):
            yield m.span("name")


# Words each name pattern cannot match without (checked by ``in`` before the pattern: a turn
# holding the cue of one pattern, e.g. 姓, skips the others' searches).
_SELF_NAME_WORDS = ("叫", "名字") + _ROLES
_HONORIFIC_WORDS = ("先生", "女士", "小姐")


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    for w in words:
        if w in text:
            return True
    return False


_NAME_QUESTION = re.compile(r"怎么称呼|贵姓|叫什么|姓名|什么名字|全名")
_NAME_ANSWER = re.compile(rf"^(?:嗯|呃|哦|噢|啊)?[，,\s]*(?P<name>{_SURNAME}[\u4e00-\u9fff]{{1,2}}){_END}")


def name_answer(question: str, answer: str) -> tuple[int, int] | None:
    """A name given as the whole answer to the agent's 怎么称呼 / 叫什么名字 (张伟，弓长张…)."""
    if not _NAME_QUESTION.search(question):
        return None
    m = _NAME_ANSWER.match(answer)
    return m.span("name") if m else None


def given_name_explanations(text: str, name: str) -> Iterator[tuple[int, int]]:
    """How a customer spells out the characters of a name found in the call: 伟大的伟, 美丽的丽."""
    for ch in set(name[1:]):
        if not ("\u4e00" <= ch <= "\u9fff"):
            continue
        for m in re.finditer(rf"(?:{ch}[\u4e00-\u9fff]|[\u4e00-\u9fff]{ch})的{ch}", text):
            yield m.span()


TEXT_FINDERS: dict[str, Callable[..., Iterator[tuple[int, int]]]] = {
    "email": lambda text, speaker: find_emails(text),
    "address": lambda text, speaker: find_addresses(text),
    "name": find_names,
}


_CUES = (_EMAIL_CUE, _ADDRESS_CUE, _NAME_CUE)
# What :func:`cue_texts` searches a whole call for: cheaper, looser forms of the cues (every
# finder checks its own exact cue again). The address cue starts at every digit (一 of 一下)
# and tries each suffix: ~140 µs a long call; a digit or letter then one suffix character
# finds the same turns in ~30 µs. The e-mail cue, case-insensitive, cost ~50 µs a call that
# holds none: it is searched only where one of its literals could be.
_ADDRESS_HINT = re.compile(r"[0-9０-９零〇一二两三四五六七八九十百幺A-Za-z]\s*[号栋幢座单层楼室户弄排组]")
_EMAIL_LITERALS = ("@", "＠", "艾特", "小老鼠", "a", "A")     # at and 圈a need an a


def has_text_cue(text: str) -> bool:
    """Whether any text finder could find something in ``text``: each one first looks for its
    cue and stops without it, so a text with none (most evidence texts) skips them all."""
    return any(cue.search(text) for cue in _CUES)


def cue_texts(texts: list[str], joined=None) -> set[int]:
    """Which of ``texts`` (a call's turns) may hold a finder's cue — every one that does, and
    maybe a few more — from one search per cue over the call instead of three per turn. No
    cue matches across the NUL joining them. ``joined``: the texts' :class:`Joined`, if made."""
    return set(text_cues(texts, joined))


def text_cues(texts: list[str], joined=None) -> dict[int, set[str]]:
    """:func:`cue_texts` with, for each text, the kinds of :data:`TEXT_FINDERS` whose cue it
    may hold: a finder finds nothing in the others, so only these need to run."""
    joined = joined or _joined(texts)
    patterns = [("address", _ADDRESS_HINT), ("name", _NAME_CUE)]
    if any(lit in joined.text for lit in _EMAIL_LITERALS):
        patterns.append(("email", _EMAIL_CUE))
    out: dict[int, set[str]] = {}
    for kind, cue in patterns:
        for m in cue.finditer(joined.text):
            out.setdefault(joined.index(m.start()), set()).add(kind)
    return out


def name_questions(texts: list[str], joined=None) -> set[int]:
    """Which of ``texts`` ask for a name (:func:`name_answer` finds answers only after these)."""
    return _texts_matching((_NAME_QUESTION,), joined or _joined(texts))


def _joined(texts: list[str]):
    from .joined import Joined

    return Joined(texts)


def _texts_matching(patterns, joined) -> set[int]:
    return {joined.index(m.start()) for cue in patterns for m in cue.finditer(joined.text)}
