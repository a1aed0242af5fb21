"""Which slots a mail's text sets: the sentences about the meeting, then the fallbacks.

Split from the pipeline because choosing slots is its own job: the sentence grammar
(slots.slots_in) reads dates and times; this module decides which sentences count (those
about the meeting, slot lines under them, loose ones as a fallback), joins the sessions of
one loop, stretches a slot over the schedule it opens, and reads a short answer's pick
from the quoted mail. The caller (pipeline) then decides the kind from what it returns.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from .. import rx
from . import classify as c
from .date_make import WEEKDAY_INDEX
from .date_words import FOREIGN_WEEKDAYS
from .schedule import anchored_slots
from .slot_context import continues_meeting, is_slot_line, join_date_and_time_lines, loose_units
from .slots import Slot, refine_slot, slots_in
from .text import Unit, units
from .times import time_at_start
from .zone_words import zone_hint

if TYPE_CHECKING:
    from .pipeline import Facts


def find_slots(f: Facts, parts: list[Unit]) -> tuple[list[Slot], list[Unit]]:
    """(slots, the unit each was read from), parallel lists."""
    slots, where = _rows_after(*_one_loop(*_slots(f, parts), f.message.text), parts)
    if not slots or _picks_another_day(f.message.text, slots):
        # "Tuesday works": a pick among the times quoted below (also over a slot read from
        # other words of the mail: "Thursday please - the 11 o'clock. … link tomorrow")
        picked = _picked_from_history(f, parts)
        slots, where = picked if picked[0] or not slots else (slots, where)
    if not slots and (that := _THAT_SLOT.search(f.message.text)) and (q := quoted_slot(f)):
        # "I've pencilled you in for that slot" over the note that names it
        f.reasons.append(f"books the slot the quoted mail names: '{q[0].text}'")
        f.history, f.history_from = q[2], q[1]
        if _by_user(q[1], f.users):  # her own "Wednesday at 5pm works": the length and
            quoted = quoted_mails(f.message.quoted or "")  # people are in the mail she answered
            f.history_from, f.history = next(
                ((h, t) for h, t in quoted[1:] if not _by_user(h, f.users)), (q[1], q[2]))
        same = [s for s in _times_of(f, f.history).values() if s.start == q[0].start]
        slots, where = same[:1] or [q[0]], [Unit(that.group(0))]
    elif len({s.start for s in slots}) == 1 and not slots[0].zone_stated and f.message.quoted:
        slots = [_as_offered(f, s) for s in slots]
    return slots, where


#: A booking of the one slot the quoted mail names: "I've pencilled you in for that slot",
#: "I've booked you in for that time".
_THAT_SLOT = re.compile(r"\b(?:pencil(?:led|ed)?|book(?:ed)?|put|lock(?:ed)?)\s+you\s+"
                        r"(?:in|down)\s+for\s+(?:that|this|the)\s+(?:slot|time)\b"
                        # "I've gone ahead and confirmed the slot with them"
                        r"|\bconfirmed\s+(?:that|this|the)\s+(?:slot|time)\b"
                        # "Faris will be joining too. Nothing else changes": the slot stands
                        r"|\bnothing\s+else\s+changes\b|\beverything\s+else\s+(?:stays|remains)\s+"
                        r"(?:the\s+same|as\s+(?:is|planned)|unchanged)\b", re.I)


def _picks_another_day(text: str, slots: list[Slot]) -> bool:
    """The text picks a weekday ("Thursday please") none of the slots it states falls on."""
    if (pick := _PICK.search(text)) is None or pick["ref"][:3].lower() not in WEEKDAY_INDEX:
        return False
    return all(s.start.weekday() != WEEKDAY_INDEX[pick["ref"][:3].lower()] for s in slots)


def _as_offered(f: Facts, slot: Slot) -> Slot:
    """ "Thursday 11am it is!" over a quoted offer of "Thu 19 Nov, 11:00am" (all Brisbane
    time): the offered slot, in the zone the offer named, whose mail tells the length and
    the people. The text's own slot when no quoted mail offered that day and hour."""
    wall = slot.start.replace(tzinfo=None)
    mails = quoted_mails(f.message.quoted)
    for i, (header, mail) in enumerate(mails):
        same = [s for s in _times_of(f, mail).values() if s.start.replace(tzinfo=None) == wall]
        if len(same) == 1 and same[0].zone_stated:
            f.reasons.append(f"the time the quoted mail offered: '{same[0].text}'")
            f.history, f.history_from = mail, header
            if _by_user(header, f.users):
                # the candidate's own "I could do Tuesday 8 December at 3pm": the length
                # and the people are in the employer's mail she answered
                f.history_from, f.history = next(
                    ((h, t) for h, t in mails[i + 1 :] if not _by_user(h, f.users)), (header, mail))
            domain = f.message.sender.domain if f.message.sender else None
            # (its zone read as that mail's place would: "CET" at "our office in Rotterdam")
            offered = refine_slot(same[0], same[0].text, mail, domain)
            return replace(offered, text=slot.text, pos=slot.pos)
    return slot


def _by_user(header: str, users: frozenset[str]) -> bool:
    """Is the quoted mail under this header line ("On …, Thandi <t@…> wrote:") the user's?"""
    low = header.lower()
    return any(u in low for u in users)


#: A label for the slot a meeting moves to: "New time:", "Updated date", "変更後の日時".
_NEW_LABEL = re.compile(r"\b(?:new|updated|revised|rescheduled)\s+(?:time|date|slot|details)\b"
                        r"|^\s*(?:new|updated)\s*:|\bнов(?:ое|ая|ый)\s+(?:время|дата|термин)"
                        r"|\bnuev[oa]\s+(?:horario|fecha)|\bnov[oa]\s+(?:hor[áa]rio|data)"
                        r"|\byeni\s+(?:tarih|saat)\b|\bjaun(?:ais|ā)\s+(?:\w+\s+)?laiks\b"
                        r"|変更後|新しい日時|新的时间|변경\s*후|변경된", re.I)


def labelled_new(unit: Unit, parts: list[Unit]) -> bool:
    """The unit is, or comes right under, a label for the new slot."""
    if _NEW_LABEL.search(unit.text[:40]):
        return True
    at = next((i for i, u in enumerate(parts) if u is unit), 0)
    return at > 0 and len(parts[at - 1].text) < 40 and bool(_NEW_LABEL.search(parts[at - 1].text))


#: What makes a date and time a deadline: "Valid till:", "expires on", "no later than".
_UNTIL = re.compile(r"\b(?:valid\s+(?:till|until|through)|expir(?:es|y|ing)(?:\s+(?:on|at))?"
                    r"|(?:held|reserved|kept)\s+(?:for\s+you\s+)?until"
                    r"|deadline|no\s+later\s+than|closes?(?:\s+on|\s+at)?|link\s+expires"
                    r"|(?:complete[ds]?|submit(?:ted)?|finish(?:ed)?|record(?:ed)?)\s+"
                    r"(?:(?:it|your|the|video|recorded|one-way|interview|answers?)\s+){0,3}"
                    r"(?:by|before)"
                    # "We would be grateful for your reply by 12 noon on Friday": hers to answer
                    r"|(?:reply|response|answer|confirmation|let\s+(?:us|me)\s+know)\s+by"
                    # "please email them to me by 5.00pm on Friday": her slides' deadline
                    r"|(?:email|e-mail|send|upload)\s+(?:them|it|these|your\s+[\w-]+)(?:\s+to\s+(?:me|us))?\s+by"
                    # "at the latest" in Hungarian, German, Dutch, French, Spanish, Polish,
                    # Swedish, Finnish
                    r"|legkésőbb|spätestens|uiterlijk|au\s+plus\s+tard(?:\s+le)?|a\s+más\s+tardar"
                    r"|najpóźniej(?:\s+do)?|senast|viimeistään)"
                    r"\s*:?\s*(?:on\s+)?$", re.I)


#: The text points at the details below its sign-off.
_DETAILS_BELOW = re.compile(r"\b(?:details|time|slot)\b[^.!?\n]{0,40}\b(?:at\s+the\s+(?:very\s+)?"
                            r"bottom|below\s+my\s+(?:name|signature)|under\s+my\s+signature)\b",
                            re.I)
#: A link, left out of a slot line's length ("Wed, Feb 3 10:00 AM   Select: https://…").
_URL = re.compile(r"https?://\S+")


def _slots(f: Facts, parts: list[Unit]) -> tuple[list[Slot], list[Unit]]:
    """Slots from units that talk about the meeting (or templated When/Time blocks)."""
    hint = zone_hint(f.message.text)
    slots: list[Slot] = []
    where: list[Unit] = []
    domain = f.message.sender.domain if f.message.sender else None
    previous = seen = False
    sent = f.message.date.date() if f.message.date else None
    flags: list[bool] = []
    moves = c.RESCHEDULE.search(f.message.text) is not None  # (one scan, then per unit)
    for u in parts:
        meeting = bool(u.templated or c.MEETING_CONTEXT.search(u.text)
                       or f.vocab.phrase_in(u.text)  # the user's own word for it
                       or (moves and c.RESCHEDULE.search(u.text)))  # "move it to Tuesday"
        # after a meeting sentence, a line that is a slot by itself belongs to it: the
        # second block of an itinerary ("Thursday, 21 January" over "1:45 PM - 2:30 PM")
        flags.append(meeting or continues_meeting(u.text, previous)
                     or (seen and len(_URL.sub("", u.text)) <= 80 and is_slot_line(u.text)))
        previous = meeting
        seen = seen or meeting
    chosen = [u for u, ok in zip(parts, flags, strict=True) if ok]
    passes = [chosen, loose_units(parts, flags)]  # the loose ones only as fallback
    if (fwd := f.forward_para) is not None:
        # "So that's this Wednesday (4th) at 4 pm IST" over the forwarded "Wednesday next
        # week": the forwarder's own slot is the newer word (the forwarded one was written
        # days before, relative to its own date), read first of each pass
        passes = [[u for u in p if (u.para < fwd) == own] for p in passes
                  for own in (True, False)]
    for pass_units in passes:
        for u in pass_units:
            for s in slots_in(u.text, f.message.date, f.order, f.default_tz, zone_hint=hint):
                if sent is not None and s.start.date() < sent:
                    continue  # "thanks for your time on Tuesday (10 Nov)": history
                if _UNTIL.search(u.text[max(0, s.pos - 50) : max(0, s.pos)]) or (
                        s.start.hour, s.start.minute) == (23, 59):
                    continue  # "Valid till: 25-01-2027, 23:59 IST": a deadline, no meeting
                s = refine_slot(s, u.text, f.message.full_text, domain)
                slots.append(s)
                where.append(u)
        if slots:
            break
    if not slots:  # date and time written apart: an itinerary, a date in the subject
        m = f.message
        for s in anchored_slots(m.text, m.subject, m.date, f.order, f.default_tz, hint):
            slots.append(refine_slot(s, s.text, m.full_text, domain))
            where.append(Unit(s.text, templated=True))
    if not slots and f.message.signature and _DETAILS_BELOW.search(f.message.text):
        # "I've put the details right at the bottom": "Our chat / 📅 Fri 16 April 2027 ·
        # 3:30–4:15 pm NZST" under the sign-off, where the signature finder put it
        m = f.message
        for u in units(m.signature):
            for s in slots_in(u.text, m.date, f.order, f.default_tz, zone_hint=hint):
                if sent is None or s.start.date() >= sent:
                    slots.append(refine_slot(s, u.text, m.full_text, domain))
                    where.append(u)
    return slots, where


_OPTIONS = re.compile(r"\b(?:or|either|options?|alternatively)\b", re.I)


def _rows_after(slots: list[Slot], where: list[Unit], parts: list[Unit]
               ) -> tuple[list[Slot], list[Unit]]:
    """A single slot that opens a schedule ("Wednesday, 4 November 8:00 AM - 8:45 AM" over
    "8:45 AM - 9:30 AM ...") lasts until the last row of its paragraph ends."""
    if len({s.start for s in slots}) != 1 or slots[0].end is None:
        return slots, where
    first, unit = slots[0], where[0]
    at = next((i for i, u in enumerate(parts) if u is unit), None)
    if at is None:
        return slots, where
    end = first.end
    for u in parts[at + 1 :]:
        if u.para != unit.para:
            break
        hit = time_at_start(u.text)
        if hit is not None and hit.end is not None:
            row_end = datetime.combine(first.start.date(), hit.end, tzinfo=first.start.tzinfo)
            if end is not None and timedelta(0) <= row_end - end <= timedelta(hours=10):
                end = row_end
    if end == first.end:
        return slots, where
    return [replace(first, end=end)], [unit]


#: Sessions of one interview loop follow each other with at most this long a break.
_LOOP_BREAK = timedelta(minutes=15)


def _one_loop(slots: list[Slot], where: list[Unit], text: str
              ) -> tuple[list[Slot], list[Unit]]:
    """Back-to-back sessions on one day ("1:00-1:45 Declan", "1:45-2:30 Ayesha") are one
    interview, from the first start to the last end; they are not slots to choose from
    (unless the mail offers them as such: "10:00-10:30 or 10:30-11:00?")."""
    if len(slots) < 2 or any(s.end is None for s in slots) or c.ASK.search(text) or any(
            _OPTIONS.search(w.text) for w in where):
        return slots, where
    ordered = sorted({s.start: s for s in slots}.values(), key=lambda s: s.start)
    if len(ordered) < 2 or len({s.start.date() for s in ordered}) != 1:
        return slots, where
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.end is None or not timedelta(0) <= b.start - a.end <= _LOOP_BREAK:
            return slots, where
    first = ordered[0]
    return [replace(first, end=ordered[-1].end)], [where[slots.index(first)]]


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
_QUOTED_HEADER = re.compile(r"(?im)^((?:on\s.{5,120}(?:\n.{0,40})?\bwrote:"  # (wrapped)
                            r"|-{2,}\s*original message\s*-{2,}"
                            r"|from:\s.+))$")


def _picked_from_history(f: Facts, parts: list[Unit]) -> tuple[list[Slot], list[Unit]]:
    """The one quoted slot a short answer picks, or nothing. Only a pick that matches exactly
    one future slot of the quoted mail counts: the quoted history is otherwise never read."""
    m = f.message
    if not m.quoted or m.date is None:
        return [], []
    quoted = quoted_mails(m.quoted)
    mails = [text for _, text in quoted]
    # (a header the splitter missed opens the text: "Le\n\n14 sept. 2026 à 21:48, Thandi
    # Nkosi <thandi@…> a écrit :")
    mine = {text for header, text in quoted if _by_user(header or text[:160], f.users)}
    pick = _PICK.search(m.text) or _GO_WITH.search(m.text)
    own = ""
    if pick is None and (lock := _LOCKED_IN.search(m.text)) and mails:
        # "Perfect - locked in, see you on Wednesday!" over the candidate's "Wednesday at
        # 10am works for me": her pick, among the times of the mail she answered (or the
        # day the answer names when her own mail gives its time: "See you Thursday!" over
        # her "I've grabbed Thursday the 21st, 2:30-3:00pm ET")
        said = " ".join(x.group(0) for x in _LOCKED_IN.finditer(m.text, lock.start()))
        pick = _PICK.search(mails[0]) or (
            _DAY_NAMED.search(said) if _times_of(f, mails[0]) else None)
        own, mails = mails[0], mails[1:]
    if pick is None:
        return [], []
    offered: dict[datetime, Slot] = {}
    source = ""
    later: list[str] = []
    for i, mail in enumerate(mails):
        offered = _times_of(f, mail)  # the latest quoted mail with times
        if offered:
            source, later = mail, mails[i + 1 :]
            break
    if not offered and own:  # the time is hers alone ("Thursday the 12th at half eleven")
        offered, source, later = _times_of(f, own), own, mails
    ref = pick["ref"].lower()
    if ref.startswith("the ") and ref.split()[1][:3] in WEEKDAY_INDEX:
        ref = ref.split()[1]  # "the Friday slot": a weekday
    if ref == "tomorrow":
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
            same = [s for s in _times_of(f, mail).values() if s.start == wanted[0].start
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
            ((h, t) for h, t in quoted if t in later and not _by_user(h, f.users)),
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


def quoted_slot(f: Facts) -> tuple[Slot, str, str] | None:
    """(slot, header, text) of the latest quoted mail that states a future slot, when it
    states one: the slot a reply moves when it writes only "Friday instead? Same time"."""
    if not f.message.quoted or f.message.date is None:
        return None
    for header, mail in quoted_mails(f.message.quoted):
        if offered := _times_of(f, mail):
            return (next(iter(offered.values())), header, mail) if len(offered) == 1 else None
    return None


def _times_of(f: Facts, mail: str) -> dict[datetime, Slot]:
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


