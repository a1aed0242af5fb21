"""Which slots a mail's text sets: the sentences about the meeting, then the fallbacks.

Split from the pipeline because choosing slots is its own job: the sentence grammar
(slots.slots_in) reads dates and times; this module decides which sentences count (those
about the meeting, slot lines under them, loose ones as a fallback), joins the sessions of
one loop, stretches a slot over the schedule it opens, and falls back on a short answer's
pick from the quoted mail (quoted_pick.py). The caller (pipeline) then decides the kind from
what it returns.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from . import classify as c
from .quoted_pick import (
    as_offered,
    by_user,
    picked_from_history,
    picks_another_day,
    quoted_mails,
    quoted_slot,
    times_of,
)
from .schedule import CUT_OFF, anchored_slots
from .slot_context import continues_meeting, is_slot_line, loose_units
from .slots import Slot, refine_slot, slots_in
from .text import Unit, units
from .times import find_times, time_at_start
from .zone_words import zone_hint

if TYPE_CHECKING:
    from .pipeline import Facts


def find_slots(f: Facts, parts: list[Unit]) -> tuple[list[Slot], list[Unit]]:
    """(slots, the unit each was read from), parallel lists."""
    slots, where = _rows_after(*_one_loop(*_slots(f, parts), f.message.text), parts)
    if len(slots) > 1 and (keep := [i for i, u in enumerate(where) if not _CLOCK_CHANGE.search(
            u.text)]) and len(keep) < len(slots):
        # "the clocks go back on Saturday 3 … check your calendar shows 11:00": a note on the
        # clock change, which restates the time, not another slot
        slots, where = [slots[i] for i in keep], [where[i] for i in keep]
    if len(slots) > 1 and (keep := [i for i, u in enumerate(where) if not _FALLBACK.match(
            u.text)]) and len(keep) < len(slots):
        # "If that doesn't suit the panel, any time between 00:00 and 02:30 IST …": a
        # fallback after the slot the mail names
        slots, where = [slots[i] for i in keep], [where[i] for i in keep]
    if len(slots) > 1 and (ranged := _the_range(slots)) is not None:
        # "Time: 9.30am – 4.00pm (registration opens at 9.10am)": the day's span, and a
        # time that falls in it or just before it, no other slot
        slots, where = [slots[ranged]], [where[ranged]]
    if len(slots) > 1 and (keep := [i for i, u in enumerate(where) if not _PREP_CALL.search(
            u.text)]) and len(keep) < len(slots):
        # "Shall we have a quick prep call on Monday afternoon? Say 3pm your time?" from the
        # agency over the client's confirmed slot: the agent's own call, not the interview
        slots, where = [slots[i] for i in keep], [where[i] for i in keep]
    if not slots or picks_another_day(f.message.text, slots):
        # "Tuesday works": a pick among the times quoted below (also over a slot read from
        # other words of the mail: "Thursday please - the 11 o'clock. … link tomorrow")
        picked = picked_from_history(f, parts)
        slots, where = picked if picked[0] or not slots else (slots, where)
    if not slots and (that := _THAT_SLOT.search(f.message.text)) and (q := quoted_slot(f)):
        # "I've pencilled you in for that slot" over the note that names it
        f.reasons.append(f"books the slot the quoted mail names: '{q[0].text}'")
        f.slot_stands = True
        f.history, f.history_from = q[2], q[1]
        if by_user(q[1], f.users):  # her own "Wednesday at 5pm works": the length and
            quoted = quoted_mails(f.message.quoted or "")  # people are in the mail she answered
            f.history_from, f.history = next(
                ((h, t) for h, t in quoted[1:] if not by_user(h, f.users)), (q[1], q[2]))
        same = [s for s in times_of(f, f.history).values() if s.start == q[0].start]
        slots, where = same[:1] or [q[0]], [Unit(that.group(0))]
    elif len({s.start for s in slots}) == 1 and not slots[0].zone_stated and f.message.quoted:
        slots = [as_offered(f, s) for s in slots]
    return slots, where


#: A fallback offered in case the slot named before does not suit.
_FALLBACK = re.compile(r"\s*(?:if|failing\s+that|otherwise)\b[^.?!]{0,60}\b(?:doesn['’]t|does\s+not"
                       r"|won['’]t|can['’]t|cannot)\s+(?:suit|work|fit)", re.I)
#: A line that leads into the slot as it stands, under a change of something else.
_STANDS_LEAD = re.compile(r"\b(?:to\s+confirm|unchanged|(?:stays|remains)\s+the\s+same)\b"
                          r"[^\n:]{0,40}:\s*$", re.I)
#: An agent's or coach's call around the interview, not the interview itself.
_PREP_CALL = re.compile(r"\bprep(?:aration)?\s+(?:call|chat|session)\b|\bdebrief\b", re.I)
#: A sentence about a clock change: English, Spanish, Portuguese, French, German, Dutch.
_CLOCK_CHANGE = re.compile(
    r"\b(?:clocks?\s+(?:go|goes|went|change|changes|spring|fall)|daylight\s+saving"
    r"|horario\s+de\s+(?:verano|invierno)|hor[áa]rio\s+de\s+ver[ãa]o|heure\s+d['’](?:été|hiver)"
    r"|(?:Sommer|Winter)zeit|zomertijd|wintertijd|los\s+relojes|os\s+rel[óo]gios)\b", re.I)
#: A booking of the one slot the quoted mail names: "I've pencilled you in for that slot",
#: "I've booked you in for that time".
_THAT_SLOT = re.compile(r"\b(?:pencil(?:led|ed)?|book(?:ed)?|put|lock(?:ed)?)\s+you\s+"
                        r"(?:in|down)\s+for\s+(?:that|this|the)\s+(?:slot|time)\b"
                        # "I've gone ahead and confirmed the slot with them"
                        r"|\bconfirmed\s+(?:that|this|the)\s+(?:slot|time)\b"
                        # "Faris will be joining too. Nothing else changes": the slot stands
                        r"|\bnothing\s+else\s+changes\b|\beverything\s+else\s+(?:stays|remains)\s+"
                        r"(?:the\s+same|as\s+(?:is|planned)|unchanged"
                        # ("Everything else stays as we set it below")
                        r"|as\s+(?:we\s+)?(?:set\s+it|arranged|agreed|booked)(?:\s+(?:it\s+)?below)?)\b"
                        # "Same time, same Zoom room, so nothing for you to change"
                        r"|\bsame\s+time,?\s+same\s+(?:\w+\s+){0,2}(?:room|link|place|venue)\b"
                        r"|\bnothing\s+for\s+you\s+to\s+change\b"
                        # "the time and Zoom link are exactly as below", "Same time tomorrow,
                        # new link"
                        r"|\btime(?:\s+and\s+(?:the\s+)?[\w-]+(?:\s+link)?)?\s+(?:is|are)\s+"
                        r"(?:still\s+|exactly\s+)?(?:as\s+(?:below|before|planned|booked)|unchanged)\b"
                        r"|\bsame\s+time\s+(?:tomorrow|today|on\s+\w+day|as\s+(?:before|planned))\b"
                        # "Pieter is back on his feet so Monday is on."
                        r"|\b(?:mon|tues|wednes|thurs|fri)day\s+is\s+(?:still\s+)?on(?=\s*[.!,;]|\s*$)",
                        re.I | re.M)


#: A label for the slot a meeting moves to: "New time:", "Updated date", "変更後の日時".
_NEW_LABEL = re.compile(r"\b(?:new|updated|revised|rescheduled)\s+(?:time|date|slot|details)\b"
                        r"|^\s*(?:new|updated|now|moved\s+to)\s*:|\bнов(?:ое|ая|ый)\s+(?:время|дата|термин)"
                        r"|\bnuev[oa]\s+(?:horario|fecha)|\bnov[oa]\s+(?:hor[áa]rio|data)"
                        r"|\byeni\s+(?:tarih|saat)\b|\bjaun(?:ais|ā)\s+(?:\w+\s+)?laiks\b"
                        r"|\bnouveau\s+(?:créneau|rendez-vous)|\bnouvel(?:le)?\s+(?:date|heure|horaire)"
                        r"|\bneue[nr]?\s+(?:Termin|Zeit)|\bnieuwe\s+(?:datum|tijd)"
                        r"|\bnuov[oa]\s+(?:orario|data|appuntamento)|\buusi\s+aika"
                        r"|\bnov[ýáé]\s+(?:termín|čas)"  # (Czech and Slovak "Nový termín")
                        r"|変更後|新しい日時|新的时间|新时间|新時間|변경\s*후|변경된"
                        r"|নতুন\s+সময়|নতুন\s+সম\u09df|కొత్త\s+సమయం|ਨਵਾਂ\s+ਸਮਾਂ|નવો\s+સમય|ಹೊಸ\s+ಸಮಯ", re.I)


def labelled_new(unit: Unit, parts: list[Unit]) -> bool:
    """The unit is, or comes right under, a label for the new slot."""
    if _NEW_LABEL.search(unit.text[:40]):
        return True
    # ("Nous vous proposons donc le nouveau créneau suivant : » mardi 19 janvier …")
    if (colon := unit.text.find(":", 0, 100)) > 0 and (
            _NEW_LABEL.search(unit.text[:colon])):
        return True
    at = next((i for i, u in enumerate(parts) if u is unit), 0)
    # (a short label, or a sentence that leads into it: "le nouveau créneau suivant :")
    before = parts[at - 1].text if at > 0 else ""
    return (len(before) < 40 or (len(before) < 100 and before.rstrip().endswith(":"))) and bool(
        _NEW_LABEL.search(before))


#: What makes a date and time a deadline: "Valid till:", "expires on", "no later than".
_UNTIL = re.compile(r"\b(?:valid\s+(?:till|until|through)|expir(?:es|y|ing)(?:\s+(?:on|at))?"
                    r"|(?:held|reserved|kept)\s+(?:for\s+you\s+)?until"
                    r"|deadline|no\s+later\s+than|closes?(?:\s+on|\s+at)?|link\s+expires"
                    r"|(?<!over)due(?:\s+(?:date|by|on|back))?"  # ("Due: Monday, 8 Nov by 9 AM")
                    # "Please report to the Education Centre reception by 10:00"; Chinese
                    # "如需调整时间，请于12月2日18:00前回复" (reply before)
                    r"|(?:report|arrive|check\s+in|be\s+there)\s+(?:[\w-]+\s+){0,6}?by|请于|請於"
                    f"|{CUT_OFF}"  # ("Candidates reporting after 09:30 AM …")
                    r"|(?:complete[ds]?|submit(?:ted)?|finish(?:ed)?|record(?:ed)?)\s+"
                    r"(?:(?:it|your|the|video|recorded|one-way|interview|answers?)\s+){0,3}"
                    r"(?:by|before)"
                    # "We would be grateful for your reply by 12 noon on Friday": hers to answer
                    r"|(?:reply|response|answer|confirmation|let\s+(?:us|me)\s+know)\s+by"
                    # 'click "Accept interview" by 12:00 on Friday': hers to accept
                    r"|(?:accept|confirm)\w*(?:\s+[\w-]+){0,3}[\"”']?\s+by"
                    # ('… by selecting "Accept interview" in your Civil Service Jobs account by')
                    r"|\bin\s+your\s+(?:[\w-]+\s+){0,4}?(?:account|portal|profile|dashboard)\s+by"
                    # "please email them to me by 5.00pm on Friday": her slides' deadline
                    r"|(?:email|e-mail|send|upload)\s+(?:them|it|these|your\s+[\w-]+)"
                    r"(?:\s+to\s+(?:me|us|[\w.+-]+@[\w.-]+))?\s+by"
                    # "at the latest" in Hungarian, German, Dutch, French, Spanish, Polish,
                    # Swedish, Finnish
                    r"|legkésőbb|spätestens|uiterlijk|au\s+plus\s+tard(?:\s+le)?|a\s+más\s+tardar"
                    r"|najpóźniej(?:\s+do)?|senast|viimeistään)"
                    r"\s*:?\s*(?:on\s+)?$", re.I)


#: A field that says when the mail, message or recording came: "Received:", "Sent:".
_STAMP = re.compile(r"(?:^|;\s)\s*(?:received|sent|left|recorded|created)(?:\s+(?:on|at))?\s*:\s*$",
                    re.I)
#: The text points at the details below its sign-off.
_DETAILS_BELOW = re.compile(r"\b(?:details|time|slot)\b[^.!?\n]{0,40}\b(?:at\s+the\s+(?:very\s+)?"
                            r"bottom|below\s+my\s+(?:name|signature)|under\s+my\s+signature)\b"
                            # "Zoom details are below (the time is Pacific …)"
                            r"|\b(?:zoom|teams|meet|meeting|dial-in|invite)\s+details\s+(?:are\s+)?"
                            r"(?:below|underneath)\b", re.I)
#: A block set off by a rule line under the sign-off ("~~~~~~~~~~" over "Technical
#: deep-dive · Thursday, January 21 · 10:00–11:30 AM Pacific"): details, not signature.
_RULED_BLOCK = re.compile(r"(?m)^[ \t]*[~=_*-]{10,}[ \t]*$")
def _details_below(text: str, signature: str) -> str | None:
    """The part of the signature that holds the meeting's details: all of it when the text
    points there, or what follows a rule line under the sign-off (not its office hours)."""
    if not signature:
        return None
    if _DETAILS_BELOW.search(text):
        return signature
    rule = _RULED_BLOCK.search(signature)
    return signature[rule.end() :] if rule else None


#: A link, left out of a slot line's length ("Wed, Feb 3 10:00 AM   Select: https://…").
_URL = re.compile(r"https?://\S+")


#: How long before the mail was sent a slot of its own day is one gone by.
_GONE = timedelta(minutes=30)


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
                       or (moves and c.RESCHEDULE.search(u.text))  # "move it to Tuesday"
                       # ("could they do Wednesday, March 17 at 10:00 AM Eastern instead?")
                       or ("instead" in u.text and c.PROPOSES_INSTEAD.search(u.text))
                       # ("To confirm, everything else is unchanged:" over the slot's lines)
                       or bool(_STANDS_LEAD.search(u.text)))
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
        own, theirs = ([[u for u in p if (u.para < fwd) == mine] for p in passes]
                       for mine in (True, False))
        # (a line of the forwarder's own that is a slot by itself, near her meeting words,
        # before the forwarded mail: "- dinsdag 12 januari, 10.00 tot 11.30 uur" in her
        # summary; not her prose: "daylight saving starts Sunday, so the 11am is AEDT")
        passes = [own[0], [u for u in own[1] if is_slot_line(u.text)], theirs[0], own[1],
                  theirs[1]]
    def read(pass_units: list[Unit]) -> None:
        for u in pass_units:
            said = _field_heads(u.text) if u.templated else u.text
            for s in slots_in(said, f.message.date, f.order, f.default_tz, zone_hint=hint):
                if sent is not None and (s.start.date() < sent or (
                        s.start.date() == sent and s.start < f.message.date - _GONE)):
                    # "thanks for your time on Tuesday (10 Nov)": history; so is an hour
                    # gone by that day ("Datum: st 2. 6. 2027 v 7:41" heading a forwarded
                    # note, in a mail sent at 8:55)
                    continue
                if _STAMP.search(u.text[max(0, s.pos - 30) : max(0, s.pos)]):
                    continue  # "Received: Thursday, 4 June 2026 at 16:41": when it came
                if _UNTIL.search(u.text[max(0, s.pos - 50) : max(0, s.pos)]) or (
                        s.start.hour, s.start.minute) == (23, 59) or _UNTIL.search(
                        _LAST_CLOCK.sub("", s.text)[-60:]):
                    # (or before its clock, when the date was joined from afar: "Date: …
                    # Time: 10:15. Please report to reception by 10:00")
                    continue  # "Valid till: 25-01-2027, 23:59 IST": a deadline, no meeting
                slots.append(refine_slot(s, u.text, f.message.full_text, domain))
                where.append(u)

    for pass_units in passes:
        read(pass_units)
        if slots:
            break
    if not slots:  # date and time written apart: an itinerary, a date in the subject
        m = f.message
        for s in anchored_slots(m.text, m.subject, m.date, f.order, f.default_tz, hint):
            if (s.start.hour, s.start.minute) == (23, 59):
                continue  # ("… vóór komende woensdag (22 september) om 23.59 uur": a deadline)
            slots.append(refine_slot(s, s.text, m.full_text, domain))
            where.append(Unit(s.text, templated=True))
    below = _details_below(f.message.text, f.message.signature) if not slots else None
    if below:
        # "I've put the details right at the bottom": "Our chat / 📅 Fri 16 April 2027 ·
        # 3:30–4:15 pm NZST" under the sign-off, where the signature finder put it
        m = f.message
        for u in units(below):
            for s in slots_in(u.text, m.date, f.order, f.default_tz, zone_hint=hint):
                if sent is None or s.start.date() >= sent:
                    slots.append(refine_slot(s, u.text, m.full_text, domain))
                    where.append(u)
    if not slots and any(flags) and (old := f.message.quoted) and c.JOB.search(old) and (
            c.about_interview(f.message.subject, old)):
        # a reply to mail that arranges an interview, stating one date and time in a
        # sentence of its own: Danish "Så siger vi tirsdag den 24. november kl. 13.30-14.30"
        # above "Samtalen foregår hos os"
        read([u for u, ok in zip(parts, flags, strict=True) if not ok])
        if len({s.start for s in slots}) != 1:
            slots, where = [], []
    return slots, where


#: Where a field's value runs on into a sentence of comment.
_FIELD_SENTENCE_END = re.compile(r"(?<![ap]\.m)(?<!\b[A-Za-z])[.!?]\s+(?=[A-Z](?:[a-z]|\s))")


def _field_heads(block: str) -> str:
    """A "When: …" block with each field's talk after its first sentence blanked out (to the
    same length, so positions stand): "When: Monday week … at 10:50 UK time. I know, random
    time: their CTO comes out of a review at 10:45" sets 10:50."""
    pieces = block.split(" ; ")
    for i, piece in enumerate(pieces):
        end = _FIELD_SENTENCE_END.search(piece)
        if end is not None and find_times(piece[: end.start()]):
            pieces[i] = piece[: end.end()] + " " * (len(piece) - end.end())
    return " ; ".join(pieces)


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
        hit = time_at_start(u.text)
        if u.para != unit.para:
            # a schedule in one paragraph per session ("10:45 AM - 11:30 AM | System
            # Design" over its interviewer's line): rows that follow on within a short
            # break, past the short lines between them, to the first long one
            if hit is None or hit.end is None:
                if len(u.text) > 80:
                    break
                continue
            row = datetime.combine(first.start.date(), hit.start, tzinfo=first.start.tzinfo)
            if end is None or not timedelta(0) <= row - end <= _LOOP_BREAK:
                break
        if hit is not None and hit.end is not None:
            row_end = datetime.combine(first.start.date(), hit.end, tzinfo=first.start.tzinfo)
            if end is not None and timedelta(0) <= row_end - end <= timedelta(hours=10):
                end = row_end
    if end == first.end:
        return slots, where
    return [replace(first, end=end)], [unit]


#: The clock a slot's text ends with: "… reception by 10:00", "… by 9.30am".
_LAST_CLOCK = re.compile(r"\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\)?$", re.I)


def _the_range(slots: list[Slot]) -> int | None:
    """The index of the one slot with an end that holds every other slot's start (or has
    it at most an hour before), all on one day and none with an end of its own."""
    ranged = [i for i, s in enumerate(slots) if s.end is not None]
    if len(ranged) != 1:
        return None
    span = slots[ranged[0]]
    if span.end is None:  # (never: it was chosen for its end; this tells the type checker)
        return None
    return ranged[0] if all(
        s.start.date() == span.start.date() and s.end is None
        and span.start - timedelta(hours=1) <= s.start <= span.end
        for i, s in enumerate(slots) if i != ranged[0]) else None


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
