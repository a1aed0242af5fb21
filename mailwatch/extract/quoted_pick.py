"""A short answer's pick among the times of the quoted mail it answers: "Tuesday works",
"the second option is perfect", "Locked in!" over the candidate's own "Thursday at 4pm works
for me", and the one slot a quoted mail states.

Split from slot_pick.py, which reads the slots of a mail's own text: this module reads the
quoted history, and only when the new text picks from it. Its readings are kept to one
future slot of one quoted mail, so the history is otherwise never mistaken for news.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from .. import rx
from .classify import ASK
from .date_make import WEEKDAY_INDEX
from .date_words import FOREIGN_WEEKDAYS
from .kind_moves import RESCHEDULE
from .slot_context import join_date_and_time_lines
from .slots import Slot, refine_slot, slots_in
from .text import Unit, units
from .zone_words import zone_hint

if TYPE_CHECKING:
    from .pipeline import Facts


def picks_another_day(text: str, slots: list[Slot]) -> bool:
    """The text picks a weekday ("Thursday please") none of the slots it states falls on."""
    if (pick := _PICK.search(text)) is None or pick["ref"][:3].lower() not in WEEKDAY_INDEX:
        return False
    return all(s.start.weekday() != WEEKDAY_INDEX[pick["ref"][:3].lower()] for s in slots)


def as_offered(f: Facts, slot: Slot) -> Slot:
    """ "Thursday 11am it is!" over a quoted offer of "Thu 19 Nov, 11:00am" (all Brisbane
    time): the offered slot, in the zone the offer named, whose mail tells the length and
    the people. The text's own slot when no quoted mail offered that day and hour."""
    wall = slot.start.replace(tzinfo=None)
    mails = quoted_mails(f.message.quoted)
    for i, (header, mail) in enumerate(mails):
        same = [s for s in times_of(f, mail).values() if s.start.replace(tzinfo=None) == wall]
        if len(same) == 1 and same[0].zone_stated:
            f.reasons.append(f"the time the quoted mail offered: '{same[0].text}'")
            f.history, f.history_from = mail, header
            if by_user(header, f.users):
                # the candidate's own "I could do Tuesday 8 December at 3pm": the length
                # and the people are in the employer's mail she answered
                f.history_from, f.history = next(
                    ((h, t) for h, t in mails[i + 1 :] if not by_user(h, f.users)), (header, mail))
            domain = f.message.sender.domain if f.message.sender else None
            # (its zone read as that mail's place would: "CET" at "our office in Rotterdam")
            offered = refine_slot(same[0], same[0].text, mail, domain)
            return replace(offered, text=slot.text, pos=slot.pos)
    return slot


def by_user(header: str, users: frozenset[str]) -> bool:
    """Is the quoted mail under this header line ("On …, Thandi <t@…> wrote:") the user's?"""
    low = header.lower()
    return any(u in low for u in users)


#: A short answer that picks one of the times in the quoted mail: "Tuesday works", "Sure,
#: Wednesday suits", "the second option is perfect".
#: The words that name one of several offered times: "the second", "the latter".
_NTH_WORDS = "first|second|third|earlier|later|former|latter"
_WD_WORD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
#: "The later slot on Tuesday", "the first of your Wednesday times": the pick within a day.
_ON_WEEKDAY = (rf"(?:\s+on\s+(?P<wd>{_WD_WORD})|\s+of\s+(?:your|the|those|these)\s+"
               rf"(?P<wd2>{_WD_WORD})\s+(?:times|slots|options))?")
#: The weekdays of other languages a short pick names ("Donnerstag passt").
_FOREIGN_WD = "|".join(w for w in FOREIGN_WEEKDAYS if " " not in w and len(w) > 4)
_PICK = rx.compile(
    r"(?:^|[.!?]\s+|\n)\s*(?:(?:ok(?:ay)?|sure|great|perfect|yes|lovely|brill(?:iant)?|grand|cool"
    r"|parfait|super|génial|perfecto|genial|perfeito|prima|perfekt"
    r"|excellent|fab|fantastic|wonderful|done)(?:[,!.]|\s+[-–—]+)?"
    r"(?:\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?)?\s+)?"  # ("Done 👍 Friday it is")
    r"(?:the\s+(?=\w+day\s+(?:one|option|slot|time)\b))?"  # ("The Wednesday one is perfect")
    r"(?P<ref>(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|tomorrow"
    # ("Donnerstag passt, bis dann!", "Jeudi me convient", "El jueves me va bien")
    rf"|{_FOREIGN_WD}"
    rf"|(?:the|your)\s+(?:{_NTH_WORDS})(?:\s+(?:one|option|slot|time))?{_ON_WEEKDAY})\b"
    # (a pick may wrap onto the next line: "Tuesday at 2pm\nworks best for me")
    r"(?:\s+please\b|(?:(?!n['’]t\b|\bnot\b|\bno\b)(?:[^.!?\n]|\n(?![ \t>]*\n))){0,45}?"
    r"\b(?:works?|passt|past|schikt|is\s+prima|(?:me|nous|nos)\s+(?:convient|conviene|va\s+bien)"
    r"|va\s+bene|funciona|is\s+(?:great|perfect|good"
    r"|fine|best)|(?:would\s+)?suits?|it\s+is|(?<=['’]s\s)(?:great|perfect|good|fine|best))\b)",
    re.I,
)
#: "The 2:30 you suggested is perfect", "the 10am you mentioned works": a time the quoted
#: mail proposed, named by its clock.
_TIME_PICK = rx.compile(
    r"\bthe\s+(?P<ref>(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*(?:[ap]\.?m\.?)?)\s+"
    r"(?:(?:that\s+)?you\s+(?:suggested|mentioned|proposed|offered)|option|slot)\b", re.I)
#: "let's go with the second option", "we'll go with option 2", "let's lock in the earlier
#: one": a pick among listed times.
_GO_WITH = rx.compile(
    r"\b(?:(?:go|going)\s+with|lock(?:ing)?\s+in|book(?:ing)?\s+in|take)\s+"
    rf"(?P<ref>(?:the|your)\s+(?:{_NTH_WORDS})(?:\s+(?:one|option|slot|time))?{_ON_WEEKDAY}"
    r"|option\s+[1-5]"
    # ("let's go with the Friday slot")
    r"|the\s+(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\s+(?:one|option|slot"
    r"|time))\b", re.I)
_ORDINALS = {"first": 0, "earlier": 0, "former": 0, "second": 1, "later": 1, "latter": 1,
             "third": 2}
#: "the second time you mentioned", "the latter": which of a day's several times.
_NTH_REF = rx.compile(rf"\b(?P<ref>the\s+(?:{_NTH_WORDS}))\b"
                      r"(?:\s+(?:one|option|slot|time))?(?!\s+(?:round|stage|interview|part|step))",
                      re.I)
#: An answer that settles the candidate's pick: "locked in", "confirmed", "see you then".
#: (or a short reply's first words: "Good deal.", "Sounds good!", "Perfect,")
_LOCKED_IN = rx.compile(r"\A\s*(?:good\s+deal|sounds\s+(?:good|great)|works\s+for\s+(?:me|us)"
                        r"|perfect|great|excellent|brilliant|done)\s*[.!,]"
                        r"|\b(?:locked\s+in|(?:that['’]s\s+)?confirmed|booked\s+in|all\s+set"
                        r"|you(?:['’]re|\s+are)\s+(?:all\s+)?booked"
                        r"|see\s+you\s+(?:then|on\s+\w+day|\w+day))\b", re.I)
_DAY_NAMED = re.compile(r"(?P<ref>(?:mon|tues|wednes|thurs|fri|satur|sun)day)", re.I)
_QUOTE_MARK = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")
#: Where one quoted mail ends and the one it answered begins.
_QUOTED_HEADER = re.compile(r"(?im)^((?:(?:on|am|le|el|em|op|il|den|w\s+dniu)\s.{5,120}"
                            r"(?:\n.{0,40})?\b(?:wrote|schrieb|a\s+écrit|escribió|escreveu"
                            r"|schreef|ha\s+scritto|skrev|napisał\w*)\b[^\n]{0,80}:"  # (wrapped)
                            r"|-{2,}\s*(?:original message|ursprüngliche nachricht"
                            r"|message d'origine|mensaje original)\s*-{2,}"
                            r"|(?:from|von|de|van|från|fra|da|od):\s.+))$")


def picked_from_history(f: Facts, parts: list[Unit]) -> tuple[list[Slot], list[Unit]]:
    """The one quoted slot a short answer picks, or nothing. Only a pick that matches exactly
    one future slot of the quoted mail counts: the quoted history is otherwise never read."""
    m = f.message
    if not m.quoted or m.date is None:
        return [], []
    quoted = quoted_mails(m.quoted)
    mails = [text for _, text in quoted]
    # (a header the splitter missed opens the text: "Le\n\n14 sept. 2026 à 21:48, Thandi
    # Nkosi <thandi@…> a écrit :")
    mine = {text for header, text in quoted if by_user(header or text[:160], f.users)}
    # ("The 2:30 you suggested is perfect": a time, the quoted mail's, picked by its clock)
    pick = _PICK.search(m.text) or _GO_WITH.search(m.text) or _TIME_PICK.search(m.text)
    own = ""
    if pick is None and (lock := _LOCKED_IN.search(m.text)) and mails:
        # "Perfect - locked in, see you on Wednesday!" over the candidate's "Wednesday at
        # 10am works for me": her pick, among the times of the mail she answered (or the
        # day the answer names when her own mail gives its time: "See you Thursday!" over
        # her "I've grabbed Thursday the 21st, 2:30-3:00pm ET")
        said = " ".join(x.group(0) for x in _LOCKED_IN.finditer(m.text, lock.start()))
        pick = _PICK.search(mails[0]) or (
            _DAY_NAMED.search(said) if times_of(f, mails[0]) else None)
        own, mails = mails[0], mails[1:]
    if pick is None:
        return [], []
    offered: dict[datetime, Slot] = {}
    source = ""
    later: list[str] = []
    for i, mail in enumerate(mails):
        offered = times_of(f, mail)  # the latest quoted mail with times
        if offered:
            source, later = mail, mails[i + 1 :]
            break
    if not offered and own:  # the time is hers alone ("Thursday the 12th at half eleven")
        offered, source, later = times_of(f, own), own, mails
    ref = pick["ref"].lower()
    if ref.startswith("the ") and ref.split()[1][:3] in WEEKDAY_INDEX:
        ref = ref.split()[1]  # "the Friday slot": a weekday
    if pick.re is _TIME_PICK:
        clock = (int(pick["h"]) % 12, int(pick["m"] or 0))
        wanted = [s for s in offered.values() if (s.start.hour % 12, s.start.minute) == clock]
    elif ref == "tomorrow":
        wanted = [s for s in offered.values() if (s.start.date() - m.date.date()).days == 1]
    elif ref.startswith(("the", "your", "option")):
        on = pick.groupdict().get("wd") or pick.groupdict().get("wd2")
        wanted = _nth([s for s in offered.values() if on is None
                       or s.start.weekday() == WEEKDAY_INDEX[on[:3].lower()]], ref)
    else:
        day = WEEKDAY_INDEX.get(ref[:3], FOREIGN_WEEKDAYS.get(ref, 0))
        wanted = [s for s in offered.values() if s.start.weekday() == day]
        if len(wanted) > 1 and (nth := _NTH_REF.search(m.text)):
            # "Thursday works, see you at the second time you mentioned": of her two times
            # that Thursday, the second
            wanted = _nth(wanted, nth["ref"].lower())
    if len(wanted) != 1:
        return [], []
    if source in mine:
        # the candidate's "Wednesday at 3 works best" repeats a time the employer offered
        # further down ("Wed Feb 10, 3:00pm (both Boston time)"): that offer is the slot,
        # in the zone it names when hers names none ("10:00 a.m." under "(Newfoundland time)")
        wall = wanted[0].start.replace(tzinfo=None)
        for mail in later:
            same = [s for s in times_of(f, mail).values() if s.start == wanted[0].start
                    or (s.zone_stated and s.start.replace(tzinfo=None) == wall)]
            if len(same) == 1:
                wanted, source = same, mail
                break
    unit = next((u for u in parts if pick["ref"] in u.text), Unit(pick.group(0)))
    f.reasons.append(f"picks '{wanted[0].text}' from the quoted mail")
    f.history = source
    f.history_from = next((header for header, text in quoted if text == source), "")
    if source in mine:  # her own times: the length and people are in the mail she answered
        f.history_from, f.history = next(
            ((h, t) for h, t in quoted if t in later and not by_user(h, f.users)),
            (f.history_from, f.history))
    return wanted, [unit]


def _nth(slots: list[Slot], ref: str) -> list[Slot]:
    """The one slot "the second one", "option 2" or "the latter" names among several, in
    time order ("the earlier/later one", "the former/latter" only between two)."""
    ordered = sorted(slots, key=lambda s: s.start)
    index = (int(ref.split()[-1]) - 1 if ref.startswith("option")
             else next(i for w, i in _ORDINALS.items() if w in ref))
    two_only = any(w in ref for w in ("earlier", "later", "former", "latter"))
    fits = len(ordered) == 2 if two_only else len(ordered) >= 2
    return ordered[index : index + 1] if fits else []


def unquoted(text: str) -> str:
    """Quoted text without its "> " marks, nested ones too."""
    return _QUOTE_MARK.sub("", text)


def quoted_mails(quoted: str) -> list[tuple[str, str]]:
    """(header line, text) of each mail in a quoted history, newest first; the header of
    text quoted with no header line of its own is ""."""
    # (text before the first header, then header and text by turns)
    pieces = _QUOTED_HEADER.split(unquoted(quoted[:3000]))
    return [(h, t) for h, t in zip(["", *pieces[1::2]], pieces[::2], strict=True) if t.strip()]


def answers_her_move(f: Facts) -> bool:
    """The newest quoted mail is the user's own request to move the interview ("Would it
    be possible to move our conversation by a day or two?"), and the mail she answered
    booked it (one slot, not a choice of several she countered): the one slot the answer
    confirms is the moved interview, not a new one."""
    quoted = quoted_mails(f.message.quoted or "")
    if len(quoted) < 2 or f.message.date is None:
        return False
    (header, text), (booked_by, booking) = quoted[:2]
    return (by_user(header or text[:160], f.users) and RESCHEDULE.search(text) is not None
            and not by_user(booked_by or booking[:160], f.users)
            and len(times_of(f, booking)) == 1)


def picks_offered(f: Facts) -> bool:
    """Her own "Thursday 8 April at 2:00pm works perfectly, please lock it in" over the
    employer's mail that offered three times: her pick books the interview, so her reply is
    the invitation's news, not a thank-you for a booking already read. When it is, that
    offer becomes `f.history`, whose length and people the interview takes."""
    m = f.message
    if not m.quoted or m.date is None:
        return False
    mine = {s.start.replace(tzinfo=None) for u in units(m.text)
            for s in slots_in(u.text, m.date, f.order, f.default_tz)}
    if len(mine) != 1:
        return False
    for header, mail in quoted_mails(m.quoted):
        if by_user(header or mail[:160], f.users):
            continue
        offered = times_of(f, mail)
        if not ASK.search(mail) or len(offered) < 2 or sum(s.start.replace(tzinfo=None) in mine
                                   for s in offered.values()) != 1:
            return False
        f.history, f.history_from = mail, header  # (the length and people are there)
        f.reasons.append("her pick of the times the quoted mail offered")
        return True
    return False


def quoted_slot(f: Facts) -> tuple[Slot, str, str] | None:
    """(slot, header, text) of the latest quoted mail that states a future slot, when it
    states one: the slot a reply moves when it writes only "Friday instead? Same time"."""
    if not f.message.quoted or f.message.date is None:
        return None
    quoted = quoted_mails(f.message.quoted)
    for i, (header, mail) in enumerate(quoted):
        if offered := times_of(f, mail):
            if len(offered) != 1:
                return None
            slot = next(iter(offered.values()))
            if by_user(header or mail[:160], f.users):
                # her "Wednesday at 14:00 suits me" over the invitation that booked it: the
                # invitation's slot, with its end, length and people
                for older_header, older in quoted[i + 1 :]:
                    if (same := times_of(f, older).get(slot.start)) is not None:
                        return same, older_header, older
            return slot, header, mail
    return None


def times_of(f: Facts, mail: str) -> dict[datetime, Slot]:
    """The future slots of one quoted mail, by start."""
    m = f.message
    hint = zone_hint(mail)  # "(both Boston time)" under the times of that mail
    parts = units(mail)
    head = parts[0].para if parts else 0  # its header lines; a "Date:" below is a field
    return {s.start: s for u in join_date_and_time_lines(
                parts, m.date.date() if m.date else None, f.order)
            if not (u.para == head and _SENT_LINE.match(u.text))
            for s in slots_in(u.text, m.date, f.order, f.default_tz, zone_hint=hint)
            if m.date is not None and s.start > m.date}


#: The header block of a quoted Outlook mail: when it was sent is no slot.
_SENT_LINE = re.compile(r"\s*(?:sent|date|gesendet|envoyé|enviado|verzonden|skickat|wysłano"
                        r"|datum|data)\s*:", re.I)
