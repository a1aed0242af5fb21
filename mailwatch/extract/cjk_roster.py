"""Interviewers under a Japanese, Chinese or Korean interviewer label.

Split from roster.py because CJK names are read by script, not by capitals: a run of Han
or Hangul characters, family name first, with a title in full-width brackets or a team
before it. roster.py's Latin-script labels and schedules share none of this.
"""

from __future__ import annotations

import re

from ..model import Person

#: "面接官：開発部 部長 佐藤 健一、データ基盤チーム 山本 美咲", "面试官：王磊（技术总监）、李娜".
_CJK_LABEL = re.compile(
    r"(?:面接官|面接担当|面\s?[试試]\s?官|面[试試]主管|면접관|면접위원"
    r"|参与者|參與者|与会者|與會者)"  # (a Chinese calendar's attendees: the candidate is Latin)
    # (a heading: "【面接官（予定）】" over the names; "【面试官】  技术总监 王磊": beside them)
    r"(?:[（(][^）)\n]{1,6}[）)])?(?:】[ \t\u3000]*(?P<beside>[^\s:：][^\n]*)"
    r"|[】\]]?[ \t\u3000]*(?:[:：]\s*(?P<rest>[^\n]+)|$))",
    re.M)
#: The same label as a table row's first cell, its value after a gap: "면접관  김민준 상무(…)".
#: (only with a title or a bracket in it: "면접관 정보는 추후 안내" names nobody)
_CJK_ROW_LABEL = re.compile(
    r"^[ \t\u3000]*(?:面接官|面试官|面試官|면접관)[ \t\u3000]+"
    r"(?P<rest>(?=[^\n]*(?:[(（]|상무|팀장|부장|과장|차장|대리|이사|실장|매니저|책임|선임|수석|部長"
    r"|課長|经理|經理|总监|總監))[^\n:：]+)$", re.M)
_CJK_BRACKETS = re.compile(r"[（(][^）)]*[）)]")
_CJK_ITEM = re.compile(r"\s*[、，,;；/／]\s*")
_HAN = re.compile(r"^[\u3005\u3400-\u9fff]{1,4}$")  # (and 々: "佐々木")
_HANGUL = re.compile(r"^[\uac00-\ud7af]{2,4}$")
_KO_NAME = re.compile(r"^[\uac00-\ud7af]{3}$")  # (most Korean names: three syllables)
#: Korean words of two to four syllables that read like a name in an interviewer row.
_KO_NOT_NAMES = frozenset({"직무", "실무", "인사", "임원", "담당자", "면접관", "대표", "팀장",
                           "현업"})
#: A Japanese honorific after a name: "佐藤 健一様", "高橋さん", "山田氏".
_HONORIFIC_END = re.compile(r"(?:様|さん|氏|殿)\s*$")
#: Korean words for a team or department, written before a name: "개발팀", "인사부".
_KO_UNITS = ("팀", "부", "실", "본부", "센터")


#: How a department's name ends, never a family name: "設計處 陳志明" is a unit, then a name.
_CJK_UNITS = ("處", "处", "部", "課", "室", "組", "组", "科", "中心")
#: How a title ends, never a family name: "技术总监", "人力资源经理", "开发部长".
_CJK_TITLES = ("总监", "總監", "经理", "經理", "主管", "负责人", "負責人", "工程师", "工程師",
               "主任", "部长", "部長", "課長", "社長", "专员", "專員", "顾问", "顧問", "處長",
               "处长", "協理", "协理", "組長", "组长", "科長", "科长", "副總", "副总", "取締役",
               "役員", "専務", "常務", "室長", "次長", "長", "长", "副理", "襄理", "主任")


def cjk_people(text: str) -> list[Person]:
    """Interviewers under a Japanese, Chinese or Korean interviewer label. A Japanese item
    ends with the name, family name first ("部長 佐藤 健一"); a Chinese one is the name with
    its title in brackets ("王磊（技术总监）"); a Korean one opens with the name ("김민수 팀장")."""
    found: list[Person] = []
    for m in [*_CJK_LABEL.finditer(text), *_CJK_ROW_LABEL.finditer(text)]:
        rest = m["rest"] or m.groupdict().get("beside")
        items = _CJK_ITEM.split(rest.strip()) if rest else []  # (or under it)
        for line in text[m.end() :].lstrip("\n").split("\n")[:4]:
            line = _HONORIFIC_END.sub("", line)  # "人事部　高橋 由美様"
            words = line.split()  # "同グループ シニアエンジニア 中村 美咲" under the label's line
            if len(words) < 2 or "：" in line or ":" in line or not (
                    _HAN.match(words[-1]) and (_HAN.match(words[-2]) or _kana_title(
                        words[-2], words[-1]))):
                break
            items.append(line)
        for item in items:
            title = _CJK_BRACKETS.search(item)
            # ("人事部 吉田 彩 様": the honorific after the name, spaced off)
            words = _CJK_BRACKETS.sub(" ", _HONORIFIC_END.sub("", item.strip())).split()
            if len(words) >= 2 and (words[-1] in _CJK_TITLES or len(words[-1]) > 4 and words[
                    -1].endswith(_CJK_TITLES)) and len(words[-2]) >= 2:
                words = words[:-1]  # "設計處 陳志明 處長", "陳志明 經理": the title after the name
            if len(words) >= 2 and (_HAN.match(words[-1]) or _hiragana_given(
                    words[-2], words[-1])) and _HAN.match(words[-2]) and (
                    not words[-2].endswith(_CJK_TITLES + _CJK_UNITS)):
                name = f"{words[-2]} {words[-1]}"  # Japanese: "佐藤 健一"
            elif len(words) >= 2 and words[-2].endswith(_CJK_TITLES) and _HAN.match(
                    words[-1]) and len(words[-1]) >= 2:
                name = words[-1]  # Chinese, the title first: "技术总监 王磊"
            elif len(words) >= 2 and _HAN.match(words[-1]) and _kana_title(words[-2], words[-1]):
                name = words[-1]  # Japanese, unspaced after a title: "リーダー　中村翔太"
            elif len(words) == 1 and _HAN.match(words[0]) and len(words[0]) >= 2:
                name = words[0]  # Chinese: "王磊"
            elif len(words) == 2 and _HAN.match(words[1]) and len(words[1]) >= 2 and (
                    len(words[0]) > 4 or words[0].endswith(_CJK_UNITS) or words[0].isascii()):
                name = words[1]  # Chinese, the title first: "数据智能部总监 王立军"
            elif len(words) > 1 and _KO_NAME.match(words[-1]) and not _HANGUL.match(words[0]):
                name = words[-1]  # Korean, the title first: "CTO 김도현", "프론트엔드 리드 이서연"
            elif words and (_HANGUL.match(words[0]) or len(words) > 1 and _HANGUL.match(
                    words[1]) and words[0].endswith(_KO_UNITS)):
                if len(words) > 1 and words[0].endswith(_KO_UNITS) and _HANGUL.match(words[1]):
                    words = words[1:]  # "데이터플랫폼팀 김도현 팀장": the team, then the name
                name = words[0]  # Korean: "김민수"
            else:
                continue
            if name in _KO_NOT_NAMES:
                continue  # "면접관  직무 면접관 3인": the kind of interviewer, not a name
            found.append(Person(name=name, title=title.group(0)[1:-1] if title else None))
    return found


_KANA = re.compile(r"^[\u30a0-\u30ff]+$")
_HIRAGANA = re.compile(r"^[\u3041-\u309f]{2,4}$")
#: Hiragana words that follow a name or a unit without being a given name ("人事部 より").
_PARTICLES = frozenset({"より", "から", "まで", "など", "です", "ほか", "ます", "でした"})


def _hiragana_given(family: str, given: str) -> bool:
    """ "高橋 ゆかり": a given name written in hiragana after a short Han family name."""
    return len(family) <= 3 and bool(_HIRAGANA.match(given)) and given not in _PARTICLES


def _kana_title(before: str, name: str) -> bool:
    """ "リーダー 中村翔太": a title in katakana, then a whole name of three or four Han."""
    return bool(_KANA.match(before)) and len(name) >= 3
