"""The text path: for mail about an interview with no calendar part to decide it, the kind
its sentences set (cancelled, moved, a confirmed slot, a request for times) and the
Interview built from the chosen slot, with the people the text names.

Split from pipeline.py, which keeps the order of evidence (auto-reply, calendar parts,
offer, rejection, topic) and the calendar path: turning the sentences of an interview mail
into a kind and an Interview is a job of its own. The people the text names are found by
text_people.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from .. import rx
from ..model import Interview, Kind, Person
from . import classify as c
from .dates import find_dates
from .duration import stated_end, stated_length
from .ics import MEETING_URL
from .kindwords import REPLY_SUBJECT, forwarded_body, forwarded_to_other
from .moved import half_moved, moved_day, on_moved_day, time_on_moved_day
from .names import dedupe, with_full_names
from .people import clean_name
from .quoted_pick import answers_her_move, quoted_slot
from .slot_pick import labelled_new
from .slots import Slot
from .text import Unit, units
from .text_people import first_name, history_people, same_people, text_people, with_added

if TYPE_CHECKING:
    from .pipeline import Facts

_FROM_OLD = re.compile(
    r"(?:\b(?:from|originally|original|former(?:ly)?|instead\s+of|previous(?:ly)?|old|was"
    r"|had\s+been\s+(?:set|scheduled|booked|arranged|planned)\s+for"
    r"|earlier\s+(?:set|scheduled|booked|fixed|slated)\s+for"  # ("…, earlier scheduled for …")
    r"|rather\s+than|previst[oa]\s+per|prevista\s+para|programad[oa]\s+para|geplant\w*"
    r"|ursprünglich|prévue?s?|initialement|oorspronkelijk|gepland|ursprungligen|inicialmente"
    r"|inbokad|planerad|alkuperäi\w*"
    r"|pierwotnie|planowan\w*|(?:было\s+)?назначен[оа]?)\b|原訂|原定|原来|変更前|元の|변경\s*전|안내\s*드렸던|안내드렸던)"
    r"[^.;]{0,25}(?<!\bto\s)(?<!\bto\snext\s)(?<!\bto\sthis\s)(?<!\bto\sthe\s)$",
    re.I,
)
#: What moved is the decision, not the meeting: "our partners' review has been pushed into
#: the new year", "the decision has been postponed".
_NOT_A_MEETING_MOVED = rx.compile(
    r"\b(?:review|decision|process|timeline|start\s+date|deadline|shortlisting|feedback"
    r"|closing\s+date|wash-?up|debrief)\s+(?:has|have|had|is|was)\s+(?:now\s+)?(?:been\s+)?(?:moved|postponed"
    r"|pushed|shifted|delayed|changed)"
    # a note on the clock change: "comenzó el horario de verano, así que la hora indicada ya
    # corresponde al nuevo horario"
    # a committee's own meeting: "the Resourcing Committee, whose February meeting has had
    # to be rescheduled"
    r"|\b(?:committee|board|council|senate)\b[^.]{0,40}\bmeeting\s+(?:has|had|was)\s+"
    r"(?:had\s+to\s+be\s+|been\s+)?(?:re-?scheduled|moved|postponed)"
    r"|\b(?:horario\s+de\s+(?:verano|invierno)|hor[áa]rio\s+de\s+ver[ãa]o|daylight\s+sav\w+"
    r"|sommerzeit|winterzeit|heure\s+d['’](?:été|hiver)|cambio\s+de\s+hora)\b", re.I)
#: A move of the meeting itself, named: "décaler notre entretien au mardi 30 mars (… nous
#: serons passés à l'heure d'été)" moves it, whatever the clock-change note beside it.
_MOVES_THE_MEETING = re.compile(
    r"\b(?:décaler|déplacer|reporter|move|reschedule|push|mover|reprogramar|cambiar|remarcar"
    r"|verschieben|verplaatsen|spostare)\s+(?:notre|votre|ton|the|our|your|nuestra|tu|la|a|unser"
    r"|Ihr|ons|je|uw|il|nostro)\s+(?:\w+\s+)?(?:entretien|interview|call|meeting|chat|entrevista"
    r"|reuni[óã]o|gespräch|termin|gesprek|rendez-vous|colloquio)\b", re.I)
_PROPOSAL = rx.compile(
    r"\b(?:work|suit|available|possible|convenient|okay|ok)\b[^?]*\?\s*$|^\s*(?:how|what)\s+about\b"
    r"|^\s*(?:\w+[,!]?\s+)?(?:can|could|would)\s+you\s+(?:do|make)\b[^?]*\?"
    r"|(?:^|[.!]\s)\s*(?:how['’]s|how\s+(?:is|does|would))\b[^?.]*\?"
    # Swedish, Danish, Norwegian "Skulle tisdag 15 juni kl. 10.00 passa?", "Passer det?"
    r"|\b(?:passa|passar|passer)\s*(?:dig|deg|er|jer|dere)?\s*\?",
    re.I,
)
_INSTEAD = re.compile(r"\binstead\b", re.I)
#: A "Time:" field on its own line.
_TIME_FIELD = re.compile(r"\s*(?:time|hora|heure|zeit|uhrzeit|tijd|tid|ora)\s*:", re.I)
_CHOICE = re.compile(r"\b(?:or|between|any\s+time)\b", re.I)
_LOCATION = re.compile(r"^\s*(?:where|location|venue|address|ort)\s*:\s*(?P<v>[^;]{3,120})", re.I)
_WANTS_TO_SCHEDULE = rx.compile(
    r"\b(?:like|love|want)\s+to\s+(?:invite|schedule|arrange|set\s+up|book)\b", re.I
)


#: The text says someone is copied on the mail.
_IN_COPY = re.compile(r"\b(?:in\s+copy|in\s+cc|cc['’]?d|copied\s+(?:in|on))\b", re.I)


def _copied(f: Facts) -> list[Person]:
    """The people on the Cc line, named in full, when the text says it copies someone."""
    if not f.message.cc or not _IN_COPY.search(f.message.text):
        return []
    return [Person(name=a.name, email=a.email) for a in f.message.cc
            if a.name and a.email not in f.users and clean_name(a.name) == a.name]


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` opens (after ". ", "? ", "! " or a line break)."""
    return max(text.rfind(". ", 0, pos), text.rfind("? ", 0, pos), text.rfind("! ", 0, pos),
               text.rfind("\n", 0, pos)) + 1


def _unconditional(pattern: re.Pattern[str], sentence: str) -> bool:
    return bool(pattern.search(sentence)) and not c.CONDITIONAL.search(sentence)


#: Every slot of the mail is booked: "Both slots are confirmed", "all three are booked".
_ALL_BOOKED = re.compile(
    r"\b(?:both|all(?:\s+(?:two|three|four))?)\s+(?:\w+\s+){0,2}(?:are|have\s+been)\s+"
    r"(?:now\s+)?(?:confirmed|booked|scheduled|locked\s+in)\b"
    # "We are pleased to confirm the following interviews" over "Interview 1 of 2": a series
    r"|\bconfirm\s+(?:the\s+following|your|both|these)\s+(?:\w+\s+)?interviews\b"
    r"|^\s*(?:interview|round|part)\s+1\s+of\s+[2-5]\b", re.I | re.M)


#: "Same Teams link, same two people": the quoted invitation's panel stands.
_SAME_PANEL = re.compile(r"\bsame\s+(?:(?:two|three|four|2|3|4)\s+)?(?:people|panel|interviewers"
                         r"|faces)\b", re.I)


#: One event over several days: "our two-day assessment centre", "DAY 1 – Wednesday".
_MULTI_DAY = re.compile(r"\b(?:two|three|2|3)[-\s]day\b|^\s*day\s+(?:1|one)\b", re.I | re.M)


def _consecutive(slots: list[Slot]) -> bool:
    days = sorted({s.start.date() for s in slots})
    return 1 < len(days) == len(slots) and all(
        (b - a).days == 1 for a, b in zip(days, days[1:], strict=False))


def _text_kind(
    f: Facts, parts: list[Unit], slots: list[Slot], where: list[Unit]
) -> tuple[Kind, float, Interview | None] | None:
    text = f.message.text
    # ("movimos tu entrevista: Nueva fecha: … La cita del martes 13 queda cancelada": a move
    # to a labelled new slot, whose old one is called off)
    cancels = c.CANCEL.search(text) and not (c.RESCHEDULE.search(text) and any(
        labelled_new(w, parts) and not c.CANCEL.search(w.text) for w in where))
    for u in parts if cancels else ():  # one scan before the per-sentence ones
        if _unconditional(c.CANCEL, u.text):
            f.reasons.append(f"cancellation: '{u.text[:70]}'")
            mine = [s for s, w in zip(slots, where, strict=True) if w is u]
            if not mine and len(one := _distinct(slots)) == 1:
                mine = [*one.values()]  # "the interview below has been cancelled" + its block
            if not slots and (quoted := quoted_slot(f)) is not None:
                # "I have to cancel our interview on Thursday" above the quoted confirmation:
                # the slot called off, its length and people, are the quoted mail's
                mine = [quoted[0]]
                f.history_from, f.history = quoted[1], quoted[2]
                f.reasons.append(f"the quoted slot: '{quoted[0].text}'")
            return Kind.CANCELLATION, 0.75, same_people(
                f, _interview(f, mine[-1], quoted_length=True) if mine else None)
    # (her own "Would Wednesday 16 June at 10am work for the panel instead?" moves it too)
    mine = f.message.sender is not None and f.message.sender.email in f.users
    moved = [u for u in parts if (_unconditional(c.RESCHEDULE, u.text)
                                  or mine and c.PROPOSES_INSTEAD.search(u.text))
             and (not _NOT_A_MEETING_MOVED.search(u.text) or _MOVES_THE_MEETING.search(u.text))
             ] if c.RESCHEDULE.search(text) or mine and c.PROPOSES_INSTEAD.search(text) else []
    if moved:
        new = [
            s
            for s, w in zip(slots, where, strict=True)
            if not _FROM_OLD.search(w.text[: max(0, s.pos)])
        ]
        in_moved = [s for s, w in zip(slots, where, strict=True) if w in moved and s in new]
        labelled = [s for s, w in zip(slots, where, strict=True)
                    if s in new and labelled_new(w, parts)]
        # (the label's own slot, not a note under it: "※シアトル時間では 1月13日（水）17:30")
        pick = labelled[0] if labelled else (in_moved or new or [None])[-1]
        ref = f.message.date.date() if f.message.date else None
        after = [parts[i + 1] for i, u in enumerate(parts[:-1]) if u in moved]
        # "Could we move to Thursday instead? … let's say five past ten": the time of a
        # sentence with no day, on the day the moved sentence names
        # ("… a CPD course on Thursday 1 April, so we need to move your working interview.
        # Could you come in the following Thursday instead, 8 April?": the day after it)
        day = instead = None
        if not (labelled or in_moved):
            instead = moved_day([u for u in after if _INSTEAD.search(u.text)], ref, f.order)
            day = instead or moved_day(moved, ref, f.order)
        if instead or day is None and pick is None and not (labelled or in_moved):
            # "asked us to move the panel sitting. We would like to hold your interview on
            # Thursday morning instead (10th December)" … "Time: 10.30am EAT": the day in
            # the sentence after, the time in a field further down
            day = instead or moved_day(after, ref, f.order)
            later = parts[parts.index(moved[-1]) + 1 :]
            after = after + [u for u in later if u.templated or _TIME_FIELD.match(u.text)]
        if day is not None and pick is None:
            pick = time_on_moved_day(after, day, f.default_tz)
        elif day is not None and pick is not None and day != pick.start.date() and not (
                find_dates(where[slots.index(pick)].text, ref, f.order)):
            pick = on_moved_day(pick, day)
        week_on = "next week" in text or "following week" in text
        old, quoted = pick, quoted_slot(f) if pick is None or week_on else None
        if quoted is not None:  # only the quoted mail states the slot being moved
            old = quoted[0]
        # ("... so we've had to move your interview. Same time, but Thursday instead.": the
        # sentence after a moved one says where to)
        # ("I've put you down for Wednesday the 9th instead, same time, 10 AM": the new slot
        # whole, not the old one to move)
        own = where[slots.index(pick)].text if pick in slots else ""
        whole = "instead" in own.lower() and bool(find_dates(own, ref, f.order))
        if old is not None and not (labelled or in_moved or whole) and (half := half_moved(
                moved + after, old, text, ref, f.order)):
            pick = half  # "Can we do Friday, same time?"
            if quoted is not None:  # its length and people are the moved interview's
                f.history_from, f.history = quoted[1], quoted[2]
        f.reasons.append(f"reschedule: '{moved[0].text[:70]}'")
        if pick is not None:
            f.reasons.append(f"text: '{pick.text}'")
        if pick is not None and forwarded_to_other(f.message, f.users) and not (
                c.RESCHEDULE.search(forwarded_body(f.message) or "")):
            # "Their invitation is below, with one change: … they've pushed the interview
            # back to 11": the invitation she never had, at its new time
            f.reasons.append("moves the forwarded invitation before she had it")
            return Kind.INTERVIEW_INVITATION, 0.7, _interview(f, pick, quoted_length=True)
        return Kind.RESCHEDULE, 0.7, same_people(f, _interview(f, pick, quoted_length=True)
                                                  if pick else None)
    if m := c.ONE_WAY.search(text):
        f.reasons.append(f"one-way interview: '{m.group(0)}'")
        return Kind.INTERVIEW_REQUEST, 0.7, None
    booking = c.BOOKING.search(text)  # (after the slots: a booked event links to its page)
    distinct = _distinct(slots)
    # (not an ask in a sentence of its own that opens with "if": "I'll ring you tomorrow at
    # 11am … If that's no good just reply with a better time")
    ask = next((m for m in c.ASK.finditer(text) if not c.CONDITIONAL.search(
        text[_sentence_start(text, m.start()) : m.start()])), None)
    confirms = bool(distinct) and c.CONFIRM.search(text) is not None  # (only a slot asks)
    chosen = proposed = None
    if len(distinct) == 1:
        only = next(iter(distinct.values()))
        unit = where[slots.index(only)]
        # ("choose a time … between 7am and 3pm": hours to pick from, not a slot)
        # ("He is available … between 2 and 4 pm … approx. 30 minutes … revert with your
        # convenient time slot within this window": a meeting shorter than the span asked in)
        window = ask is not None and only.end is not None and (
            only.end - only.start > timedelta(hours=3)
            or _CHOICE.search(unit.text) is not None
            and timedelta(0) < (stated_length(text) or timedelta(0)) < only.end - only.start)
        if _PROPOSAL.search(unit.text):  # one time asked about, not a choice or window
            proposed = None if _CHOICE.search(unit.text) else only
        elif not (ask and not confirms) and not window:
            chosen = only
    elif len(distinct) > 1:
        confirmed = {
            s.start: s
            for s, w in zip(slots, where, strict=True)
            if c.CONFIRM.search(w.text) and not _PROPOSAL.search(w.text)
        }
        if len(confirmed) == 1 and not ask:
            chosen = next(iter(confirmed.values()))
        elif not confirmed and _ALL_BOOKED.search(text) and not _PROPOSAL.search(text):
            # "two interviews on consecutive days ... Both slots are confirmed": a series,
            # not options; the first one is the interview the next drafts wait for
            chosen = min(distinct.values(), key=lambda s: s.start)
        elif not ask and _MULTI_DAY.search(text) and _consecutive(list(distinct.values())):
            # "our two-day assessment centre": DAY 1 and DAY 2, one event from the first
            # day's start to the last day's end
            days = sorted(distinct.values(), key=lambda s: s.start)
            chosen = replace(days[0], end=days[-1].end or days[0].end)
    if chosen is not None and (booking is None or confirms):
        conf = 0.6 + (0.15 if confirms else 0) + (0.1 if chosen.zone_stated else 0)
        f.reasons.append(f"text: '{chosen.text}'")
        # ("sorry, I meant 3 not 2!!" over the booking that said "Allow 45 mins": its length)
        interview = _interview(f, chosen, quoted_length=_quoted_same_day(f, chosen))
        if answers_her_move(f):
            f.reasons.append("answers her request to move the interview")
            return Kind.RESCHEDULE, conf, same_people(f, interview)
        if not interview.interviewers and _SAME_PANEL.search(text):
            # "I wrote 3pm and it should have said 2pm … same two people": the quoted ones
            interview = same_people(f, interview)
        elif not interview.interviewers and _quoted_same_day(f, chosen):
            # "… is 10:00-11:00 AM Pacific, not Eastern": a reply about the interview its
            # quote booked that day, so the people the quote named; unless it speaks of them
            # ("Aisha got pulled into an offsite, so Ben will take her seat"), which is for
            # the rules that read what it says
            same = same_people(f, interview)
            writer = f.message.sender.name if f.message.sender else None
            if same is not None and not any(
                    (first := first_name(p)) and p.name != writer
                    and re.search(rf"\b{re.escape(first)}\b", text) for p in same.interviewers):
                interview = same
        elif interview.interviewers and _quoted_same_day(f, chosen):
            # "Meenakshi Iyer … will be joining Arvind on the panel" over the booking that
            # named Arvind Subramaniam: the quoted people it still calls by name stay
            interview = same_people(f, interview) or interview
        return Kind.INTERVIEW_INVITATION, conf, interview
    if booking is not None:
        f.reasons.append(f"booking link: '{booking.group(0)[:60]}'")
        return Kind.INTERVIEW_REQUEST, 0.75, None
    if (
        distinct
        or ask
        or _WANTS_TO_SCHEDULE.search(text)
    ):
        why = (
            "offers slots" if distinct else "asks for availability" if ask else "wants to schedule"
        )
        f.reasons.append(f"request: {why}")
        if proposed is not None:  # "how's 11 on the 14th?": the one time it proposes
            return Kind.INTERVIEW_REQUEST, 0.65, _interview(f, proposed,
                                                                  hypothetical=True)
        # (three or more times to choose from are the mail's shape, which the kind model's
        # words do not see: "we'd love to invite you … we can offer these times" reads to it
        # as an invitation. From two, the rules lose one the model had right on the corpus:
        # a confirmed interview that also offers a prep call "from 11:00, pick a slot")
        return Kind.INTERVIEW_REQUEST, 0.95 if len(distinct) > 2 else 0.65, None
    return None


def quoted_day(f: Facts) -> Interview | None:
    """The interview the quoted mail booked, when a reply whose words read as an invitation
    names only its day ("Just ask for me at reception … See you on the 3rd!" over the
    invitation for Tuesday 3 November): that interview, with the quote's people and length.
    None when the reply names no day, or another one."""
    if f.message.date is None or not REPLY_SUBJECT.match(f.message.subject or ""):
        return None  # (a forward's quote is the mail passed on, not one it answers)
    quoted = quoted_slot(f)
    if quoted is None or not any(h.day == quoted[0].start.date() for h in find_dates(
            f.message.text, f.message.date.date(), f.order)):
        return None
    f.history_from, f.history = quoted[1], quoted[2]
    f.reasons.append(f"the day of the quoted interview: '{quoted[0].text}'")
    return same_people(f, _interview(f, quoted[0], quoted_length=True))


def _quoted_same_day(f: Facts, slot: Slot) -> bool:
    """The quoted mail a reply answers booked an interview on the day the reply names: a
    correction or a confirmation of that interview, not a new one."""
    if not REPLY_SUBJECT.match(f.message.subject or ""):
        return False  # (a forward's quote is the mail itself, read as the text already)
    quoted = quoted_slot(f)
    return quoted is not None and quoted[0].start.date() == slot.start.date()


def _distinct(slots: list[Slot]) -> dict[datetime, Slot]:
    """The slots by start, each moment once. "26.10.2026 godz. 10:00" in Polish and
    "10:00-11:00 CET" in the English part are one meeting, whose zone the second states
    (the first took the Date header's offset): the same wall time without a zone is the
    one with it; of the same moment twice, the later, unless the earlier names its zone
    ("3pm CET (2pm UK)": the bracket converts it for the reader)."""
    distinct: dict[datetime, Slot] = {}
    stated = {s.start.replace(tzinfo=None) for s in slots if s.zone_stated}
    for s in slots:
        if not s.zone_stated and s.start.replace(tzinfo=None) in stated:
            continue
        if not (s.start in distinct and distinct[s.start].zone_stated):
            distinct[s.start] = s
    return distinct


def _interview(f: Facts, slot: Slot, *, hypothetical: bool = False,
               quoted_length: bool = False) -> Interview:
    """The Interview of the chosen slot. `quoted_length`: the slot is a move's or a
    cancellation's, so a length only the quoted mail states ("a 30-minute call") still
    holds ("Can we do tomorrow at 9 instead?", "… sẽ bị hủy").
    """
    text = f.message.text
    loc = None
    for u in units(text):
        if u.templated:
            for piece in u.text.split(" ; "):
                if lm := _LOCATION.match(piece):
                    loc = lm["v"].strip()
                    break
    link = MEETING_URL.search(text)
    end = slot.end
    if end is None and (length := stated_length(text) or stated_length(f.history) or (
            stated_length(f.message.quoted) if quoted_length else None)
            # ("Interview Scheduled: 45-Minute Virtual Interview - …": the subject's)
            or stated_length(f.message.subject)) is not None:
        # in UTC, so a length across a DST change stays a length
        end = (slot.start.astimezone(UTC) + length).astimezone(slot.start.tzinfo)
        f.reasons.append(f"end from the stated length ({int(length.total_seconds()) // 60} min)")
    elif end is None and (by := stated_end(text, slot.start.timetz())) is not None:
        end = slot.start.replace(hour=by.hour, minute=by.minute)  # "we'll wrap by 4"
        f.reasons.append(f"end stated as a clock ({by:%H:%M})")
    return Interview(
        start=slot.start,
        end=end,
        timezone=slot.timezone,
        # (the quoted offer's people, and one the answer adds: "Faris will be joining
        # Tomasz for the second half")
        # (and one named by first name alone, whom the Cc line names in full, where the text
        # says so: "Mr. Alexey (team lead of autotests, he is in copy of this letter)")
        interviewers=tuple(dedupe(with_full_names(with_added(
            f, history_people(f), text_people(f, hypothetical=hypothetical)), _copied(f)))),
        company=f.company,
        position=f.position,
        location=loc,
        meeting_url=link.group(0).rstrip(".,;") if link else None,
    )
