"""The employer's name from the signature and the sender's domain, and its legal suffix.

A recruiter's signature nearly always names the employer ("Talent Acquisition | Umoya
Energy (Pty) Ltd", "Technical Recruiter, Tidewater Health Systems"), and the sender's
domain is usually a squashed form of it (tidewaterhealth, coral-reach): the domain is
used to *find* the spelled-out name in the mail, and only as a last resort as the name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from .. import rx

#: Legal forms written after a company name; a thank-you letter leaves them out.
LEGAL = rx.compile(
    r"(?:[\s,]+(?:\(Pty\)|Pty\.?|Pte\.?|Pvt\.?|Private|Sdn\.?|Ltd\.?|Limited|Bhd\.?|LLP|LLC"
    r"|L\.L\.C\.|FZ-LLC|FZE|FZCO|Cyf|Inc\.?|Corp\.?|GmbH|AG|SE|KG|AS|ASA|AB|Oy|Oyj|ApS|A/S|DAC|CLG"
    r"|plc|PLC|Ltda\.?"
    r"|S\.A\.?|SA|SAS|S\.A\.S\.?|S\.A\.C\.?|SAC|SARL|S\.r\.l\.?|Srl|S\.p\.A\.?|SpA|B\.V\.?|BV|N\.V\.?|NV"
    r"|K\.K\.|KK|Co\.|& Co\.?|[Ss]p\.?(?:\s?z\s?o\.\s?o\.?)?|A\.Ş\.?|S\.L\.?|Lda\.?))+$"
)
_CAP = r"[A-ZÀ-ÖØ-Þ][\w&'’\-]*"
#: (with the small words inside a name: "Marés do Índico", "Bank of Cedar Narrows")
_PHRASE = re.compile(
    rf"{_CAP}(?:[ \t]+(?:(?:&|and|of|do|da|dos|das|de|del|di|du|des|van|von)[ \t]+)?{_CAP}){{0,4}}")
_CYR_CAP = r"[А-ЯЁЂЈЉЊЋЏІЇЄҐ][\w'’\-]*"
_LEGAL_LINE = rx.compile(
    rf"(?P<co>{_CAP}(?:[ \t]+(?:(?:&|of|de|du|des|da|do|del|di)[ \t]+)?{_CAP}){{0,5}}?"
    rf"|{_CYR_CAP}(?:[ \t]+{_CYR_CAP}){{0,4}}?)[ \t,]*"
    r"(?:\([A-Z]{2,8}\)[ \t]*)?"  # ("Société Camerounaise de Transit Maritime (SCTM) S.A.")
    r"(?:\(Pty\)[ \t]+Ltd|Pty\.?[ \t]+Ltd|Pte\.?[ \t]+Ltd|Pvt\.?[ \t]+Ltd|Sdn\.?[ \t]+Bhd|GmbH"
    r"|Ltda|B\.V\.|N\.V\.|S\.A\.(?:C\.|S\.)?|S\.r\.l\.|S\.p\.A\.|SpA|LLP|FZ-LLC|FZE|FZCO|LLC|Inc\.|Ltd|plc|AG|DAC|ApS"
    r"|A/S|AB|Oyj?|ASA|S\.L\.|Lda\.?|Kft\.|Zrt\.|d\.o\.o\.|s\.r\.o\.|A\.Ş\.|д\.о\.о\.|OÜ)"
    r"(?![\w])",
    hint=False,
)
_NOT_ORG_TEXT = (
    "Talent|Acquisition|Recruiting|Recruitment|Recruiter|Team|People|HR|Careers|Head|Lead"
    "|Manager|Director|Senior|Technical|Kind|Best|Regards|Thanks|Your|Ihr|Our|The|Sitz|Tel"
    "|Phone|Mobile|Registered|Company|Partner|Business|Coordinator|Operations|Engineer"
    "|Calendar"  # ("Invitation from Bluefig Studios Calendar": the calendar's own name)
    "|PT"  # (Indonesian legal form, written before the name: "PT Nusantara Kargo Digital")
)
_NOT_ORG_WORD = rx.compile(rf"^(?:{_NOT_ORG_TEXT})$")
#: The same words as a set: for a word from str.split() (no whitespace, so no "\n" for
#: "$" to stop before), `_NOT_ORG_WORD.match(word)` is membership, asked per capitalised
#: phrase of a mail.
_NOT_ORG_WORDS = frozenset(_NOT_ORG_TEXT.split("|"))
#: What _LEGAL_LINE needs in its text, as written (it has no re.I): one of its legal forms
#: ("Ltd" also stands for "(Pty) Ltd", "Pte. Ltd", "Ltda" ...). Without one, no line of the
#: text can match and legal_line_company skips its per-line scan.
_LEGAL_FORMS = ("Ltd", "Bhd", "GmbH", "B.V.", "N.V.", "S.A.", "S.r.l.", "S.p.A.", "LLP", "LLC",
                "Inc.", "plc", "AG", "DAC", "ApS", "A/S", "AB", "Oy", "ASA", "S.L.", "Lda",
                "Kft.", "Zrt.", "d.o.o.", "s.r.o.", "A.Ş.", "д.о.о.", "OÜ", "FZE", "FZCO",
                "SpA", "a.s.", "a. s.", "spol.")  # (the last three: _LOWER_INSIDE's own)


def is_word(text: str, i: int) -> bool:
    """Is text[i] a word character as the regex engine has it (\\w: alphanumeric or "_")?
    False outside the text."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def standalone(word: str, text: str) -> bool:
    """Does `text` hold `word` with no word character touching it, as
    `re.search(rf"(?<!\\w){re.escape(word)}(?!\\w)", text)` would say? Without compiling a
    pattern per word: str.find for each place it occurs, then its two neighbours."""
    if not word:  # (never asked; the regex itself says)
        return re.search(r"(?<!\w)(?!\w)", text) is not None
    pos = 0
    while (at := text.find(word, pos)) >= 0:
        if not is_word(text, at - 1) and not is_word(text, at + len(word)):
            return True
        pos = at + 1
    return False


#: One or two capitalised words right after a name, on its line.
_MORE_WORDS = re.compile(r"((?:[ \t]+[A-Z][\w&'’\-]*){1,3})")


def words_after(name: str, text: str) -> Iterator[re.Match[str]]:
    r"""What `re.compile(rf"\b{re.escape(name)}((?:[ \t]+[A-Z]...){{1,2}})").finditer(text)`
    finds, as matches of the words after the name, without compiling a pattern per name
    (a new name in nearly every mail: the compile cost more than the search). The name is
    found verbatim by str.find, \b is tested as the engine tests it (a word character on
    exactly one side), and after each match the search goes on from its end, as finditer's."""
    pos = 0
    while (at := text.find(name, pos)) >= 0:
        if is_word(text, at - 1) != is_word(text, at):
            m = _MORE_WORDS.match(text, at + len(name))
            if m:
                yield m
                pos = m.end()
                continue
        pos = at + 1


def strip_legal(name: str | None) -> str | None:
    """ "Straits Ledger Pte. Ltd." -> "Straits Ledger"; never strips the whole name."""
    if not name:
        return name
    out = LEGAL.sub("", name).strip(" ,")
    return out if out else name


@lru_cache(maxsize=4096)
def fold(value: str) -> str:
    """Lower-case ASCII letters and digits only: "Calanque Énergies" -> "calanqueenergies".
    Letters with no decomposition are spelled as domains spell them ("Wisłotech" ->
    "wislotech", "Størvik" -> "storvik")."""
    norm = unicodedata.normalize("NFKD", value.casefold().translate(_UNDECOMPOSED))
    return _NOT_ASCII_ALNUM.sub("", norm)


#: What `fold` drops: all but ASCII letters and digits (one pass of C, not a loop per
#: character: the company model folds a mail's whole text).
_NOT_ASCII_ALNUM = re.compile(r"[^a-zA-Z0-9]+")


_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe",
                               "ı": "i", "þ": "th", "ð": "d"})


def _org_words(phrase: str) -> str | None:
    """Drop department/title words at the front ("Talent Acquisition Umoya Energy"), and a
    sentence's words at the end ("Kestrel Analytics and I'm the …")."""
    words = phrase.split()
    while words and words[0] in _NOT_ORG_WORDS:
        words.pop(0)
    while words and (words[-1] in ("&", "and", "I") or words[-1] in _NOT_ORG_WORDS):
        words.pop()
    return " ".join(words) if words else None


_LABEL_SEP = re.compile(r"[-_]")
_LINE_PARTS = re.compile(r"\s+[|·•–—]\s+|,\s+(?=[A-ZÀ-Þ])")


@lru_cache(maxsize=16)
def domain_phrase(label: str, text: str) -> str | None:
    """The capitalised phrase of `text` that the domain label spells: "coralreach" ->
    "Coral Reach Logistics", "nilgiripay" -> "Nilgiri Payments", "brightwatercu" ->
    "Brightwater Credit Union", "lindenhof-medtech" -> "Lindenhof Medizintechnik".

    Cached: the company candidates, the sender fallback and the agency check each ask
    it of the sender's domain and the whole mail."""
    compact = fold(label)
    first_token = fold(_LABEL_SEP.split(label)[0])
    if len(compact) < 3:
        return None
    best: str | None = None
    best_rank = (0, 0, False)
    for m in _PHRASE.finditer(text):  # (every capitalised phrase of the mail: kept lean)
        found = m.group(0)
        if "'" in found or "’" in found:  # "Anadolu Yazılım'daki …": a case ending ends it
            found = _CASE_ENDING.split(found, maxsplit=1)[0]
        if "-" in found and (cut := _SCRIPT_ENDING.search(found)):
            found = found[: cut.start()]  # "Ararat Soft-ում": an Armenian case ending ends it
        if found[-2:-1] == " " and found[-1].isupper():
            found = found[:-2]  # "Officine Brunasco S" of "… S.r.l.": a legal form's initial
        # An ASCII capital opens what fold() makes of it, so one that is not the label's
        # first letter spells another name: no fold() needed to tell.
        spells = (found[0].lower() == compact[0] or not found[0].isascii()) and (
            fold(found[:1]) == compact[:1])
        lead = found.split(None, 1)[0]
        if not spells and lead not in _NOT_ORG_WORDS and lead not in _GROUP_WORDS:
            continue
        phrase = _org_words(strip_legal(found) or "")
        if not phrase:
            continue
        # ("Fable & Forge Studios" is what fableandforge.com spells; "Grupo Agave Logística"
        # what agavelogistica.com.mx spells, its "Grupo" kept; or grupotlaloc.mx, with it)
        words = [w for w in (fold(w) if w != "&" else "and" for w in phrase.split()) if w]
        if len(words) > 1 and words[-1] in _TEAM_TAIL and len(words) == len(phrase.split()):
            # ("EVENT UPDATED - Prairie Mutual Recruiting Scheduler": the name, then its
            # scheduling team's words)
            while len(words) > 1 and words[-1] in _TEAM_TAIL:
                words.pop()
            phrase = " ".join(phrase.split()[: len(words)])
        spelled = _spelled(words, compact, first_token) or (
            lead in _GROUP_WORDS and _spelled(words[1:], compact, first_token)) or (
            # ("ousefossrail" for Ouse & Foss Railway Heritage Trust: the "&" unspelled)
            "and" in words and _spelled([w for w in words if w != "and"], compact,
                                        first_token)) or (
            # ("afsa-nl" for Avalon Fisheries Science Agency: the initials, then a region)
            len(words) >= 3 and len(first_token) >= 3 and first_token != compact
            and "".join(w[0] for w in words) == first_token) or (
            # ("AtlasPay Maroc" for atlaspay: the country's branch of the name)
            len(words) > 1 and words[-1] in _COUNTRY_WORDS and words[:-1] == [compact])
        # (a phrase that spells the whole label beats one that only opens with its first
        # token: "Harrowgate Analytics" for harrowgate-analytics, not "Harrowgate and Priya")
        # (and the name alone beats it with a building's word after: "Corvell Oakes Centre,
        # Level 22" is the venue of Corvell Oakes)
        rank = (2 if spelled and not _first_token_only(words, compact, first_token) and not (
                    words[-1] in _VENUE_WORDS and "".join(words[:-1]) == compact) else
                1 if spelled else 0, len(phrase), not phrase.isupper())  # ("CORVELL OAKES")
        if spelled and (best is None or rank > best_rank):
            best, best_rank = phrase, rank
    return best


#: A scheduling team's words after the name: "Prairie Mutual Recruiting Scheduler".
_TEAM_TAIL = frozenset({"recruiting", "recruitment", "scheduler", "scheduling", "careers",
                        "interview", "talent"})
_VENUE_WORDS = frozenset({"centre", "center", "park", "tower", "house", "building", "plaza",
                          "campus", "arena", "stadium", "hall"})


def _first_token_only(words: list[str], compact: str, first_token: str) -> bool:
    """The phrase spells the label only by its first word, the label's first token."""
    return words[0] == first_token != compact and not _spelled(words, compact, None)


def _spelled(words: list[str], compact: str, first_token: str | None) -> bool:
    """Do these folded words of a phrase spell the domain label `compact`? (With
    `first_token`, also a phrase that opens with the label's first token, "harrowgate".)"""
    if not words or len(words) > 5:
        return False
    joined = "".join(words)
    initials = words[0] + "".join(w[0] for w in words[1:])
    return (
        joined == compact
        or initials == compact
        # "ironbarkvets" for Ironbark Veterinary Group: the first word, then a later one cut
        # short; "redshorelibraries" for Red Shore Regional Library Service: the first two
        # words, then a later one in the plural
        or any(len(words) > k and len(head := "".join(words[:k])) >= 5
               and compact.startswith(head) and _cut_or_plural(compact[len(head):], words[k:])
               for k in (1, 2))
        # "nusakargo" for Nusantara Kargo Digital: the first words, each cut short or whole
        or (len(words) > 1 and _prefixes(words, compact, 0))
        # "wrzoo" for Willamette Ridge Zoo: the initials, then the last word whole
        or (len(words) > 2 and "".join(w[0] for w in words[:-1]) + words[-1] == compact)
        # "lhdsb" for Lakeshore Humber District School Board, "uost" for University of
        # Southern Tablelands: the initials (small words left out, or not), four or more
        or (len(compact) >= 4
            and "".join(w[0] for w in words if w not in _SMALL_WORDS) == compact)
        # "nilgiristudio", "northfieldhealth": the first word and some of the others
        or (len(words) > 2 and _picks(words[1:], compact.removeprefix(words[0]))
            and compact.startswith(words[0]) and compact != words[0])
        or (joined.startswith(compact) and len(compact) > len(words[0]))
        # "cajuina" for Cajuína Tecnologia: the name, then only words of an organisation
        or (len(words) > 1 and words[0] == compact and all(w in _ORG_TAIL for w in words[1:]))
        # "fjellfro" for Fjellfrø Seed Bank: the name, then words that end in an organisation
        or (1 < len(words) <= 4 and words[0] == compact and words[-1] in _ORG_NOUNS)
        or (first_token is not None and len(words) > 1 and words[0] == first_token != compact
            and len(first_token) >= 4)
        # "goldenmaplemarket" for Golden Maple Supermarket: the last word's own ending
        or (len(words) > 1 and compact.startswith(head := "".join(words[:-1]))
            and len(rest := compact[len(head):]) >= 4 and words[-1].endswith(rest))
        # "tamariskcountyaz" for Tamarisk County: the name, then the state's postal code
        or (len(compact) > 6 and compact[-2:] in _STATE_CODES and joined == compact[:-2])
    )


#: (not the English "'s": "Pendleside Children's Hospital" is one name)
_CASE_ENDING = re.compile(r"['’](?!s\b)(?=[a-zçğıöşüäå]+\b)")
#: A case ending in another script joined to a Latin name by a hyphen: "Soft-ում".
_SCRIPT_ENDING = re.compile(r"(?<=[A-Za-z])-(?=[^\W\d_A-Za-z\u00c0-\u024f])")
#: Country names a branch adds to the name: "AtlasPay Maroc", "Kestrel Deutschland".
_COUNTRY_WORDS = frozenset({"maroc", "morocco", "deutschland", "germany", "espana", "spain",
                            "france", "italia", "italy", "nederland", "belgique", "belgie",
                            "schweiz", "suisse", "osterreich", "austria", "uk", "ireland", "usa",
                            "canada", "india", "nigeria", "kenya", "mexico", "brasil", "brazil",
                            "portugal", "polska", "poland", "sverige", "norge", "danmark",
                            "suomi", "japan", "singapore", "australia", "africa", "tunisie",
                            "algerie", "senegal", "egypt", "turkiye", "colombia", "chile",
                            "argentina", "peru"})
_GROUP_WORDS = frozenset({"Grupo", "Group", "Gruppo", "Groupe", "Grupa", "Gruppe", "Coopérative",
                          "Cooperative", "Co-operative", "Cooperativa", "Genossenschaft",
                          # (an organisation's kind before its name: "Officine Brunasco")
                          "Officine", "Cantina", "Cantine", "Fondazione", "Fundación",
                          "Fundação", "Stichting", "Société", "Compagnie", "Laboratoires",
                          "Industrias", "Bodegas", "Atelier", "Ateliers"})
_ORG_TAIL = frozenset({"tecnologia", "technologies", "technology", "tech", "labs", "lab", "health",
                       "energi", "teknik", "teknologi", "systemer", "sistemas", "logistica",
                       "insurance", "fintech", "bank", "group", "systems", "software", "digital",
                       "energy", "energia", "capital", "partners", "spel", "games", "studio",
                       "studios", "analytics", "consulting", "logistics", "mobility", "media",
                       "robotics", "foods", "holdings", "solutions", "pagamentos", "bioscience",
                       "biosciences", "therapeutics", "pharma", "medical",
                       "payments", "cloud", "data", "mutual", "ventures", "industries",
                       # (Polish, Italian, German, Estonian, Turkish, Indonesian)
                       "systemy", "sistemi", "systeme", "tarkvara", "yazilim", "hospitality",
                       "logistik", "logistyka"})
#: The organisation words a label may end in, longest first ("technologies" before "tech").
_LONG_TAILS = sorted((t for t in _ORG_TAIL if len(t) >= 4), key=len, reverse=True)
#: The nouns that end an organisation's name ("… Seed Bank", "… Hospice Trust").


def spelled_label(label: str) -> str:
    """A domain label as a name when no text spells it: "tolkaenergy" -> "Tolka Energy" (an
    organisation's last word split off), "acme-foods" -> "Acme Foods"."""
    words = []
    for w in (w for w in label.replace("_", "-").split("-") if w):
        tail = next((t for t in _LONG_TAILS if w.endswith(t) and len(w) - len(t) >= 3), None)
        words += [w[: -len(tail)].capitalize(), tail.capitalize()] if tail else [w.capitalize()]
    return " ".join(words)


_ORG_NOUNS = _ORG_TAIL | frozenset({
    "trust", "society", "foundation", "museum", "hospital", "hospice", "council", "library",
    "institute", "centre", "center", "college", "university", "school", "clinic", "company",
    "agency", "press", "works", "farm", "farms", "brewery", "cooperative", "collective",
    "association", "authority", "board", "service", "services", "network", "gallery", "theatre",
    "theater", "orchestra", "zoo", "gardens", "club", "studio", "laboratory", "laboratories",
    "expeditions", "tours", "adventures", "travel"})
#: US state and Canadian province postal codes, as a county's or a city's domain ends.
_STATE_CODES = frozenset((
    "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia",
    "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj",
    "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt",
    "va", "wa", "wv", "wi", "wy", "dc", "ab", "bc", "mb", "nb", "nl", "ns", "on", "pe", "qc",
    "sk",
))  # fmt: skip
_SMALL_WORDS = frozenset({"of", "and", "the", "de", "du", "des", "la", "le", "for", "fur",
                          "van", "der", "den", "y", "e", "et"})


def _cut_or_plural(rest: str, words: list[str]) -> bool:
    """Is `rest` one of `words` cut short ("vets" of "veterinary") or in its plural
    ("libraries" of "library")?"""
    cut = rest.removesuffix("s")
    return len(cut) >= 3 and any(
        w.startswith(cut) or rest in (f"{w}es", f"{w[:-1]}ies") for w in words)


def _prefixes(words: list[str], rest: str, used: int) -> bool:
    """Is `rest` the first of `words` in order, each whole or cut to 3 letters or more (two
    words at least; the later words may be left out)?"""
    if not rest:
        return used >= 2
    if not words:
        return False
    w = words[0]
    return any(rest.startswith(w[:n]) and _prefixes(words[1:], rest[n:], used + 1)
               for n in range(len(w), 2, -1))


def _picks(words: list[str], rest: str) -> bool:
    """Is `rest` some of `words`, in their order, written together?"""
    if not rest:
        return True
    return any(rest.startswith(w) and _picks(words[i + 1 :], rest[len(w) :])
               for i, w in enumerate(words))


#: A legal form written before a quoted name, as in the Baltics and the former USSR:
#: UAB „Gintarinis kodas“, SIA "Dzintars", ТОО «Дала Софт».
_QUOTED_LEGAL = re.compile(r"\b(?:UAB|AB|SIA|AS|OÜ|ООО|ОАО|АО|ТОО|ZAO|OOO|TOO)\s*[„\"«“]"
                           r"(?P<co>[^\"“”»„\n]{2,40})[“”\"»]"
                           # (after it in Azerbaijan and Uzbekistan: "Xəzər Enerji Servis" MMC)
                           r"|[„\"«“](?P<co2>[^\"“”»„\n]{2,40})[“”\"»]\s*(?:MMC|ASC|QSC|MChJ)\b")


def quoted_legal_company(text: str) -> str | None:
    """The name a legal form before it quotes: "UAB „Gintarinis kodas“" -> "Gintarinis kodas"."""
    if (m := _QUOTED_LEGAL.search(text)) is None:
        return None
    return (m["co"] or m["co2"]).strip() or None


def legal_line_company(text: str) -> str | None:
    """ "Talent Acquisition | Umoya Energy (Pty) Ltd" -> "Umoya Energy": the first line
    part that starts with a name and ends in a legal form (signatures, footers)."""
    if not any(form in text for form in _LEGAL_FORMS):
        return None
    for line in text.splitlines():
        if (whole := _LOWER_INSIDE.match(line)) is not None:
            return whole["co"]
        for part in _LINE_PARTS.split(line):
            m = _LEGAL_LINE.search(part)
            if m and m.start() == len(part) - len(part.lstrip()):
                co = _org_words(m["co"])
                if co and len(co) > 1:
                    return co  # the first one found: later ones never replaced it
    return None


#: The Central European legal forms that follow names with lower-case words inside.
_CE_FORM = r"(?:s\.r\.o\.|spol\.[ \t]+s[ \t]+r\.[ \t]?o\.|a\.[ \t]?s\.|Kft\.|Zrt\.|d\.o\.o\.)"


def with_lower_words(co: str | None, text: str) -> str | None:
    """`co` as the text writes it whole, when the text gives it lower-case words and a
    Central European legal form after ("Moravská" of a subject, "klienta Moravská
    pojišťovna a.s." in the text); else `co`."""
    if not co or not any(form in text for form in _LEGAL_FORMS):
        return co
    for at in _written_at(co, text):
        if m := _LOWER_TAIL.match(text, at + len(co)):
            return f"{co}{m[0]}"
    return co


def _written_at(name: str, text: str) -> Iterator[int]:
    """Where `name` starts a word of `text` (a plain search: a pattern built for each name
    would be compiled afresh for nearly every mail)."""
    at = text.find(name)
    while at >= 0:
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
            yield at
        at = text.find(name, at + 1)


#: The lower-case words and legal form after a name ("… pojišťovna a.s.").
_LOWER_TAIL = re.compile(rf"(?:[ \t]+[a-zà-ž][\w-]*){{1,3}}?[ \t]+{_CE_FORM}")


#: A line that is a whole Central European legal name, whose words after the first are
#: often in lower case: "Vltavská softwarová s.r.o.", "Tiszai gépgyártó Kft.".
_LOWER_INSIDE = re.compile(
    rf"[ \t]*(?P<co>{_CAP}(?:[ \t]+[\w-]+){{1,3}}?),?[ \t]+{_CE_FORM}[ \t]*$")


#: The institution a name is the place or subject of: "University of the Southern
#: Tablelands", "Department for Coastal Communities", "City of Merrimack Falls".
_INSTITUTION = (r"(?:University|Department|Ministry|Office|Council|Museum|Institute|College"
                r"|School|Agency|Authority|Board|Commission|Academy|City|County|Borough"
                r"|Bureau|Bank)\s+(?:of|for)\s+(?:the\s+)?")


def with_institution(co: str | None, text: str) -> str | None:
    """`co` with the institution noun a line of the text writes before it ("Southern
    Tablelands" of "University of the Southern Tablelands"); else `co`."""
    if not co or co not in text or " of " in co or " for " in co:
        return co  # (not "Office of the Municipality of …": already an institution's name)
    for m in _INSTITUTION_BEFORE.finditer(text):
        after = m.end() + len(co)
        if text.startswith(co, m.end()) and not _word_char(text[after:after + 1]):
            return text[m.start():after]
    return co


_INSTITUTION_BEFORE = re.compile(rf"(?<![\w-]){_INSTITUTION}")


def _word_char(c: str) -> bool:
    return bool(c) and (c.isalnum() or c in "_-")
