"""Interviewers a sentence names in Hebrew, Arabic, Greek or Cyrillic script: "שיחת היכרות
… עם דנה לוי, ראש צוות", "مقابلة مع كريم عبد الفتاح،", "συνέντευξη με τον Νίκο Παπαδάκη,",
"собеседование с Ольгой Ивановой", and Turkish, whose "with" follows the name: "Görüşme, Veri
Platformu Ekip Lideri Burak Yıldırım ile … yapılacak".

Split from people.py, whose name grammar is built on Latin capitals: Hebrew and Arabic
have no capitals at all, so a name is the two or three words after "with" in a sentence
about the meeting, up to the comma, bracket or full stop that ends it (an uncapitalised
phrase is a name only where it stands in that slot). Greek and Cyrillic names keep their
capitals as the test.
"""

from __future__ import annotations

import re

from ..model import Person

_HE = r"[\u05D0-\u05EA'׳-]+"
#: An Arabic title before a name: "م." (engineer), "أ." (Mr), "د." (Dr), "السيدة" (Ms).
_AR_TITLE = (r"(?:م|أ|د)\.\s*|(?:ال)?(?:أستاذة|أستاذ|استاذة|استاذ|سيدة|سيد|دكتورة|دكتور|مهندسة"
             r"|مهندس)\s+")
#: An Arabic-script word (with its harakat, and the letters Persian, Urdu and Pashto add).
_AR = r"[\u0621-\u064A\u0670-\u06D3][\u0621-\u0652\u0670-\u06D3]*"
_EL = r"[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+"
_RU = r"[А-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ][а-яёіїєґәғқңөұүһʼ'’-]+"  # (with Kazakh letters)
#: A meeting word, then "with" and the name, ending where the name's phrase does. (Only
#: the meeting words ignore case: the capitals of a Greek or Cyrillic name are its test.)
_WITH_NAME = re.compile(
    rf"(?:שיח\w*|ראיון|פגיש\w*)[^.\n]{{0,80}}?\sעם\s+(?!צוות|מחלק|ועדת)(?P<he>{_HE}(?:\s+{_HE}){{1,2}})(?=\s*[,.(]|\s+ו)"
    # (not a team, department or committee: "مع فريق الإدارة المالية", "עם צוות הפיתוח")
    # (Arabic states date, hour, zone and length before "with": a longer reach)
    rf"|(?:مقابل\w*|اجتماع\w*|لقاء\w*)[^.\n]{{0,160}}?\sمع\s+(?!فريق|قسم|لجنة|إدارة|الإدارة|مجموعة)"
    rf"(?:كل[\u064B-\u0652]*\s+من\s+)?"  # ("مع كلٍّ من م. A B، …": with each of)
    rf"(?:{_AR_TITLE})?"
    rf"(?P<ar>{_AR}(?:\s+{_AR}){{1,2}})(?=\s*[،,.(\-]|\s+و)"
    rf"|(?i:συνέντευξ\w*|συνάντησ\w*|συζήτησ\w*)[^.\n]{{0,80}}?\sμε\s+(?:τ(?:ον|ην|ο)\s+)?"
    rf"(?:κ\.\s+|κα\s+)?(?P<el>{_EL}\s+{_EL})"
    rf"|(?i:собеседовани\w*|встреч\w*|интервью|интервю\w*|разговор\w*|співбесід\w*|зустріч\w*)[^.\n]{{0,80}}?\s[сз]\s+"
    rf"(?P<ru>{_RU}\s+{_RU})",
)
#: A second titled Arabic name after the first's title: "، مدير الهندسة، والسيدة C D".
_AR_AND = re.compile(rf"(?:\s*[،,][^،,.\n]{{1,40}})?\s*[،,]?\s*و\s*(?:{_AR_TITLE})"
                     rf"(?P<ar>{_AR}(?:\s+{_AR}){{1,2}}?)(?=\s*[،,.(\-]|\s+و|$)")
#: The scripts read here: a text with none of their letters has nobody to find.
_SCRIPTS = re.compile(r"[\u05D0-\u05EA\u0621-\u064A\u0370-\u03FF\u0400-\u04FF\u0e00-\u0e7f"
                      r"\u0531-\u0587\u0900-\u097f]")


def script_people(text: str) -> list[Person]:
    """The people a sentence about the meeting names after its "with", in those scripts."""
    if not _SCRIPTS.search(text) and " ile " not in text:
        return []
    found = []
    for m in _WITH_NAME.finditer(text):
        found.append(Person(name=m["he"] or m["ar"] or m["el"] or m["ru"]))
        if m["ar"] and (more := _AR_AND.match(text, m.end())) is not None:
            found.append(Person(name=more["ar"]))  # ("…، مدير الهندسة، والسيدة C D")
    for m in _TR_WITH.finditer(text) if " ile " in text else ():
        found += [Person(name=n) for n in (m["tr0"], m["tr"]) if n]
    for m in _HE_HOLD.finditer(text) if "את ה" in text else ():
        found += [Person(name=" ".join(n.split())) for n in (m["a"], m["b"]) if n]
    for m in _CONDUCTED_BY.finditer(text) if ("провед" in text or "буд" in text
                                               or "участ" in text or "клад" in text
                                               or "остав" in text) else ():
        found += [Person(name=" ".join(n.split())) for n in (m["a"], m["b"]) if n]
    if (panel := _TH_PANEL.search(text)) is not None:
        found += [Person(name=m["th"]) for m in _TH_NAME.finditer(text, panel.end(),
                                                                  panel.end() + 300)]
    if (panel := _HI_PANEL.search(text)) is not None:
        found += [Person(name=m["hi"]) for m in _HI_NAME.finditer(text, panel.end(),
                                                                  panel.end() + 300)]
    if (panel := _UR_PANEL.search(text)) is not None:
        found += [Person(name=m["ur"]) for m in _UR_NAME.finditer(text, panel.end(),
                                                                  panel.end() + 300)]
    if (panel := _HY_PANEL.search(text)) is not None:
        found += [Person(name=m["hy"]) for m in _HY_NAME.finditer(text, panel.end(),
                                                                  panel.end() + 300)]
    if (panel := _FA_PANEL.search(text)) is not None:
        found += [Person(name=m["fa"]) for m in _FA_NAME.finditer(text, panel.end(),
                                                                  panel.end() + 300)]
    for m in _PS_HOLD.finditer(text) if "مرکه" in text else ():
        found += [Person(name=n) for n in (m["a"], m["b"]) if n]
    for m in _HE_TAKING_PART.finditer(text) if "ישתתפו" in text else ():
        found += [Person(name=n) for n in (m["a"], m["b"]) if n]
    return found


#: Urdu: the interview panel ("انٹرویو پینل میں …"), then each name after its honorific
#: ("محترمہ" Ms, "جناب" Mr, "ڈاکٹر" Dr): first name and surname.
_UR = (r"[\u0621-\u064A\u0679\u067E\u0686\u0688\u0691\u0698\u06A9\u06AF\u06BA\u06BE\u06C1"
       r"\u06CC\u06D2]+")
#: (or "یہ انٹرویو ہمارے … جناب A B لیں گے": this interview, which A B will take)
_UR_PANEL = re.compile(r"انٹرویو\s+(?:پینل|کمیٹی)|انٹرویو\s+لینے\s+والے"
                       r"|یہ\s+انٹرویو(?=[^۔\n]{0,80}\s(?:لیں|کریں)\s+گ[ےی])")
_UR_NAME = re.compile(rf"(?:محترمہ|محترم|جناب|ڈاکٹر)\s+(?P<ur>{_UR}\s+{_UR})")


#: Armenian: who will take part ("Հարցազրույցին կմասնակցեն՝", "… will conduct it"), then
#: one name a line after its dash: "– Արմեն Սարգսյան, Frontend թիմի ղեկավար".
_HY = r"[\u0531-\u0556][\u0561-\u0587]+"
_HY_PANEL = re.compile(r"կմասնակցեն|կվարեն|հարցազրուցավարներ")
_HY_NAME = re.compile(rf"(?:^|(?<=\s)|(?<=՝))[–—•*-]\s*(?P<hy>{_HY}\s+{_HY})(?=\s*[,(]|\s*$)")


#: Persian: the interviewers as a label ("مصاحبه‌کنندگان:"), then each name after its
#: honorific ("آقای" Mr, "خانم" Ms, "دکتر", "مهندس"): first name and surname.
_FA = r"[\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]+"
_FA_PANEL = re.compile(r"(?:مصاحبه\u200c?کنندگان|مصاحبه\u200c?گران|مصاحبه\u200c?کننده)\s*:")
_FA_NAME = re.compile(rf"(?:آقای|خانم|دکتر|مهندس)\s+(?P<fa>{_FA}\s+{_FA})")
#: Pashto "مرکه به ښاغلی A B، د پروګرام مدیر، او میرمن C D، … ترسره کوي" (the interview
#: will be held by Mr A B, the programme manager, and Mrs C D): each name after its title.
_PS_TITLE = r"(?:ښاغلی|ښاغلي|میرمن|اغلې|ډاکټر|انجنیر)\s+"
_PS_HOLD = re.compile(rf"مرکه\s+به\s+{_PS_TITLE}(?P<a>{_AR}(?:\s+{_AR}){{1,2}}?)\s*،"
                      rf"(?:[^،.\n]{{1,40}}،)?\s*(?:او\s+{_PS_TITLE}(?P<b>{_AR}(?:\s+{_AR}){{1,2}}?)"
                      rf"\s*[،.])?")
#: Hebrew "מצדנו ישתתפו A B, ראש הצוות, וC D" (taking part on our side: A B, a title, and C D;
#: the "and" is the letter on the second name).
_HE_TAKING_PART = re.compile(rf"ישתתפו\s+(?P<a>{_HE}\s+{_HE})(?:\s*,[^,\n]{{1,40}},)?"
                             rf"(?:\s+ו(?P<b>{_HE}\s+{_HE}))?")


#: Thai: the interview committee or interviewers as a label ("คณะกรรมการสัมภาษณ์ :"), then
#: each name after its honorific ("คุณ", "ดร.", "นาย", "นางสาว"): first name and surname,
#: the title after them ("1. คุณวรรณา ศรีสุข ผู้อำนวยการฝ่ายข้อมูล").
_TH_PANEL = re.compile(r"(?:คณะกรรมการสัมภาษณ์|ผู้สัมภาษณ์|ผู้ร่วมสัมภาษณ์)\s*:")
_TH_NAME = re.compile(r"(?:(?<![\u0e00-\u0e7f])|(?<=และ))"
                      r"(?:คุณ|ดร\.\s?|นางสาว|นาย|นาง|ผศ\.\s?|รศ\.\s?|ศ\.\s?)"
                      r"(?P<th>[\u0e00-\u0e7f]+ [\u0e00-\u0e7f]+)")

#: Hindi: the panel as a label ("साक्षात्कार पैनल:", "साक्षात्कारकर्ता:"), then each name
#: after its honorific ("श्री", "सुश्री", "श्रीमती", "डॉ."): first name and surname.
#: (Nepali "अन्तर्वार्ता समितिमा … श्री A B र … सुश्री C D रहनुहुनेछ": on the committee)
_HI_PANEL = re.compile(r"(?:साक्षात्कार\s+पैनल|साक्षात्कारकर्ता|इंटरव्यू\s+पैनल)\s*:"
                       r"|अन्तर्वार्ता\s+समिति(?:मा)?\s*:?")
_HI_NAME = re.compile(r"(?<![\u0900-\u097f])(?:श्रीमती|सुश्री|श्री|डॉ\.)\s*"
                      r"(?P<hi>[\u0900-\u097f]+ [\u0900-\u097f]+)")


#: "Собеседование проведут A B, директор по продукту, и C D": who will hold it (a title in
#: commas may follow the first name; a name may wrap onto the next line).
#: Ukrainian "На співбесіді будуть A B (QA Tech Lead) та C D", Russian "На встрече будут …",
#: "… візьмуть участь A B", "Состав прежний: A B и C D": who will be there.
_CONDUCTED_BY = re.compile(
    rf"(?:провед(?:ут|ёт|ет)|(?i:(?:співбесід|собеседовани|зустріч|встреч|интервью)\w*)"
    rf"[^.\n]{{0,40}}?\s(?:будуть|будут|візьмуть\s+участь|примут\s+участие)"
    # "Состав прежний: A B (руководитель группы) и C D": the panel, unchanged
    rf"|(?i:состав|склад)(?:\s+\w+){{0,2}}\s*:)"
    rf"\s+(?P<a>{_RU}\s+{_RU})(?:,[^,.\n]{{0,60}},|\s*\([^()\n]{{0,60}}\))?"
    rf"(?:\s+(?:и|та|і|й)\s+(?P<b>{_RU}\s+{_RU}))?")


#: Hebrew "את הראיון יקיימו A B, ראש צוות המחקר, ועמית לוי, …": who will hold it, a title
#: in commas after the first name, "ו" (and) joined to the second.
_HE_HOLD = re.compile(
    rf"את\s+ה(?:ראיון|שיחה|פגישה)\s+(?:יקיימו|ינהלו|יערכו|יעבירו|יקיים|ינהל|תקיים|תנהל)\s+"
    rf"(?P<a>{_HE}\s+{_HE}(?:\s+{_HE})?)(?=\s*[,.(])(?:,[^,.\n]{{0,60}},)?"
    rf"(?:\s+ו(?P<b>{_HE}\s+{_HE}(?:\s+{_HE})?)(?=\s*[,.(]))?")


_TR_UP = r"[A-ZÇĞİÖŞÜ][a-zçğıöşü]+"
#: Turkish "Görüşme, … Burak Yıldırım ile … yapılacak": the two capitalised words before
#: "ile" (with) in a sentence about the interview (the title's words come before them), and
#: a first name joined by "ve" ("Lideri A B ve Ürün Müdürü C D ile").
_TR_WITH = re.compile(
    rf"(?i:görüşme\w*|mülakat\w*)(?:[^.\n]|(?<=\d)\.(?=\d)){{0,80}}?\s(?:(?P<tr0>{_TR_UP}\s+{_TR_UP})\s+ve\s+"
    rf"(?:{_TR_UP}\s+){{0,3}}?)?(?P<tr>{_TR_UP}\s+{_TR_UP})\s+ile\b")


#: Russian letters in Latin, as names are usually spelled abroad (enough to compare them).
_CYRILLIC_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i",
    "ї": "yi", "є": "ye", "ґ": "g"})


def spelled_alike(name: str, latin: str) -> bool:
    """Is the Cyrillic `name` the Latin `latin` in another script ("Павел Соколов",
    "Pavel Sokolov")? Each word's first three letters, transliterated, must agree."""
    words, others = name.lower().split(), latin.lower().split()
    if len(words) != len(others) or not name or name[0].isascii():
        return False
    return sorted(w.translate(_CYRILLIC_TO_LATIN)[:3] for w in words) == sorted(
        w[:3] for w in others)
