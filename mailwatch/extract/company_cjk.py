"""Employers named in Japanese, Chinese and Korean mail: "株式会社ミナトデータ",
"北辰光電股份有限公司", "[누리모빌리티] 1차 면접 안내", an agency's client "…様"; and in
Cyrillic, by a legal form before a quoted name: ТОВ "Високий Замок Технології".

Split from company.py because these names are found by their legal forms, brackets and
honorifics, not by the capitalised phrases and domain spellings the Latin-script readers
use; company.py asks this module once per mail, after the name the domain spells.
"""

from __future__ import annotations

import re

from .position import KO_COMPANY_ROLE

#: A company with a Japanese, Chinese or Korean legal form, as the mail writes it:
#: "株式会社ミナトデータ", "Blue Harbor Japan株式会社", "北辰光電股份有限公司",
#: "한결로지스 주식회사".
#: A name runs to a particle, punctuation or a space ("株式会社ミナトデータの採用担当").
#: (A particle's letter inside a name written in hiragana stays: "株式会社みなと電算の…".)
_NAME_CHAR = r"[^\sのはがをにでとへ、。，,.「」『』（）()【】■:：/|]"
_CJK_NAME = rf"(?:{_NAME_CHAR}|(?<=[\u3041-\u3096])[のはがをにでとへ](?={_NAME_CHAR})){{1,20}}"
_CJK_CO = re.compile(
    # (the name before "株式会社" opens with no space: not " 株式会社ネコノテ" after "CTO,")
    rf"株式会社{_CJK_NAME}"
    # ("さくら精機株式会社": a name may open in hiragana where a line, a space or a mark
    # opens it, not after a sentence's particle: "弊社は…")
    r"|(?<![^\s、。「」『』（）()【】:：])[\u3041-\u3096]{1,6}[\u30a0-\u30ff\u4e00-\u9fff]"
    r"[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9・ー]{0,15}株式会社"
    rf"|[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9・ー]"
    rf"[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9・ー ]{{0,19}}株式会社"
    r"|[\u4e00-\u9fff]{2,24}?(?:股份)?有限公司|[\uac00-\ud7af]{2,12}\s?주식회사"
    r"|주식회사\s?[\uac00-\ud7af]{2,12}|(?:\(주\)|㈜)\s?[\uac00-\ud7af]{2,12}")


_CJK_SELF = re.compile(r"^(?:我是|我們是|我们是|这里是|這裡是|来自|來自|欢迎加入|歡迎加入"
                       r"|感谢您?关注|感謝您?關注|感谢您?对|感謝您?對)")


#: "[누리모빌리티] 1차 면접 안내", "【青嵐微電子】面試邀約通知": the sender's name in brackets
#: opening a subject (not a notice's own title: "【二次面接のご案内】").
_CJK_BRACKET_CO = re.compile(
    r"^\s*[\[【](?P<co>㈜?[\uac00-\ud7af\u30a0-\u30ff\u4e00-\u9fff]{2,20})[\]】]")
#: "星澜科技 | 数据分析师…": a Chinese firm's name opening a subject before a bar, known by
#: the word that ends it (technology, group, company, bank, network, holdings).
_CJK_LEAD_CO = re.compile(r"^\s*(?P<co>[\u4e00-\u9fff]{1,12}(?:科技|集团|集團|公司|银行|銀行|网络"
                          r"|網絡|控股|资本|資本|电子|電子))\s*[|｜·•]")
_CJK_NOTICE_WORDS = ("面接", "面試", "面试", "案内", "안내", "면접", "通知", "邀", "결과", "結果",
                     "お知らせ", "重要", "至急", "連絡", "紧急", "緊急", "중요", "긴급")


#: A company an agency writes about with the honorific for another party: "株式会社ミナト
#: データシステムズ様" (the agency's own name never takes it).
_CJK_CLIENT = re.compile(r"(株式会社[^\sのはがをにでとへ、。，,.「」『』（）()【】■:：/|様]{1,20}"
                         r"|[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9・ー]{1,20}株式会社)様")


def cjk_company(text: str) -> str | None:
    """A CJK employer: an agency's client, one written with its legal form, or the name a
    subject opens with in brackets (`text` starts with the subject)."""
    if "様" in text and (client := _CJK_CLIENT.search(text)):
        return client.group(1)
    if "직무" in text and (k := KO_COMPANY_ROLE.search(text)):
        return k["co"].strip()  # (a group's firm, not the group the subject names)
    if (b := _CJK_BRACKET_CO.match(text) or _CJK_LEAD_CO.match(text)) and not any(
            w in b["co"] for w in _CJK_NOTICE_WORDS):
        return b["co"]
    if ("株式会社" not in text and "有限公司" not in text and "주식회사" not in text
            and "(주)" not in text and "㈜" not in text):
        return None
    m = _CJK_CO.search(text)
    # ("我是晨曦智能股份有限公司人力資源部的…": "I am" is no part of the name)
    return _CJK_SELF.sub("", m.group(0).strip()) or None if m else None


#: A Cyrillic legal form before the quoted name: ТОВ "Високий Замок Технології", ООО «Север».
_CYRILLIC_CO = re.compile(r"\b(?:ТОВ|ТзОВ|ООО|ТОО|ПАТ|ПрАТ|ПАО|АО|АТ|ЗАО|ОАО|ДОО|ЕООД|АД)\s*"
                          r"[\"«„“](?P<co>[^\"»“”\n]{2,60})[\"»“”]"
                          # Bulgarian: the form after the quoted name, „Витоша Софтуер“ ЕООД
                          # (and Kazakh: «Дала Финтех» ЖШС, the form after it too)
                          r"|[\"«„“](?P<co2>[^\"»“”\n]{2,60})[\"»“”]\s*(?P<form>ЕООД|ООД|ЕАД|АД|ЖШС|АҚ)\b")


def cyrillic_company(text: str) -> str | None:
    """The name with a Cyrillic legal form, as the mail quotes it (the form kept where it
    follows the name), or None."""
    m = _CYRILLIC_CO.search(text) if "\"" in text or "«" in text or "„" in text else None
    if m is None:
        return None
    if m["co"] or m["form"] in ("ЖШС", "АҚ"):  # (a Kazakh name is labelled without it)
        return (m["co"] or m["co2"]).strip()
    return f"{m['co2'].strip()} {m['form']}"


#: A Thai or Vietnamese company by its legal form, written whole as the mail writes it:
#: "บริษัท สยามเพย์ จำกัด" (Co., Ltd.), "Công ty TNHH Phần mềm Sao Mai".
_SE_ASIAN_CO = re.compile(
    r"บริษัท\s*[^\s\n][^\n]{0,40}?\s*จำกัด(?:\s*\(มหาชน\))?"
    r"|\bCông[ \t]+ty[ \t]+(?:TNHH|Cổ[ \t]+phần|CP)[^\n,.;()|·–-]{2,60}?"
    # (its name ends where the sentence's verb begins: "… Sông Hồng xin cảm ơn Chị")
    r"(?=[ \t]+(?:xin|trân|rất|đã|sẽ|kính|chân|thông|mời|cảm|chúng|tuyển|hiện|là|có|và|tại"
    r"|gửi|được|vừa|muốn)\b|[ \t]*(?:[\n,.;()|·–-]|$))")


def se_asian_company(text: str) -> str | None:
    """A Thai or Vietnamese company named with its legal form, or None."""
    if "บริษัท" not in text and "Công ty" not in text:
        return None
    m = _SE_ASIAN_CO.search(text)
    return " ".join(m.group(0).split()) if m else None


#: A Hindi, Hebrew or Arabic company by its legal form, as a signature line opens with it:
#: "सारथी फिनसर्व प्राइवेट लिमिटेड, पुणे", 'אורן מערכות רפואיות בע"מ | רחובות',
#: "شركة النيل للبرمجيات ش.م.م". (A line's start, since these scripts have no capitals to
#: say where a name begins in running text.)
_LINE_CO = re.compile(
    # (or after a "|" of the line: 'עוזרת סמנכ"ל פיתוח | שקד מערכות בע"מ')
    r"(?:^|\|)[ \t]*(?P<co>(?:[\u0900-\u097f]+[ \t]+){1,4}(?:प्राइवेट[ \t]+)?लिमिटेड"
    r"|(?:[\u05d0-\u05ea'׳-]+[ \t]+){1,4}בע[\"״]מ"
    # (or a group: "مجموعة الدلتا للصناعات الغذائية")
    r"|(?:شركة|مجموعة)(?:[ \t]+[\u0621-\u064a]+){1,4}(?:[ \t]+(?:ش\.م\.م|ذ\.م\.م|ش\.م\.ع))?)"
    r"(?=[ \t]*(?:[,|،(–-]|$))", re.M)


def line_start_company(text: str) -> str | None:
    """A Hindi, Hebrew or Arabic legal name opening a line, or None."""
    if not ("लिमिटेड" in text or "בע" in text or "شركة" in text or "مجموعة" in text):
        return None
    m = _LINE_CO.search(text)
    return " ".join(m["co"].split()) if m else None
