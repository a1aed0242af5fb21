"""Reading a calendar invitation the way the candidate would: is this event a job
interview for *me*, does the organizer sit in, who is behind an e-mail-only attendee, and
which zone did the mail state when the .ics itself is in UTC.

The generic phrase lists in classify.py are tuned for plain-text mail. An invitation carries
more evidence (who organised it, the event's own title, whether it recurs, whether the
organizer is a colleague at the user's own employer), and needs a wider vocabulary because
event titles are terse ("Loop: …", "Thandi / Callum – Data Lead", "Entrevista técnica").
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from datetime import datetime
from zoneinfo import ZoneInfo

from .. import rx
from ..message import Message
from ..model import Person
from . import classify as c
from .ics import Event
from .kindwords import BOOKED_FOR_OTHERS, INTERVIEW_INTL, INTERVIEW_STAGE
from .notjob import not_job
from .zone_places import LABEL_CITIES
from .zone_words import CITIES, fold, refine
from .zones import ZONE_RE, resolve_mention

#: "Greenwich Mean Time - London": Google Calendar's zone line names the city after it.
_IANA = re.compile(r"\b((?:Europe|America|Africa|Asia|Australia|Pacific|Atlantic|Indian)"
                   r"/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?)\b")
_CITY_AFTER = re.compile(r"\s*[-–]\s*(?P<city>[A-Z][\w .'-]{2,30}?)\s*(?:\)|$)", re.M)
#: A zone label that ends in its city, as Google Calendar writes it in every language.
_LABEL_CITY = re.compile(r"(?<![^\s(])[^\W\d_][^\n()]{2,60}?\s[-–]\s"
                         r"(?P<city>[^\W\d_][\w .'-]{1,30}?)\s*(?:\)|$)", re.M)

#: Interview words event titles use that the text classifier does not know, several
#: languages: "Final round", "Loop", "Entrevista", "Vorstellungsgespräch", "entretien".
TOPIC = rx.compile(
    r"\b(?:(?:final|technical|first|second|third|next|onsite|on-site|virtual)[- ]round"
    r"|(?:interview|onsite|virtual|final)\s+loop|loop\s*:|portfolio\s+(?:review|chat|walk-?through)"
    r"|case\s+(?:study|discussion)|take-?home\s+(?:review|debrief)|pair(?:ing)?\s+programming"
    r"|entrevista\w*|entretien\w*|vorstellungsgespr\w+|bewerbungsgespr\w+|kennenlerngespr\w+"
    r"|sollicitatie\w*|colloquio|recrutamento|recrutement)",
    re.I,
)
#: "Thanks for applying for the … role", "a conversation about the position": the event
#: is about the user's application even when no interview word appears.
JOB_CONTEXT = rx.compile(
    r"\b(?:candida\w+|vacanc\w+|vaga|stelle|hiring|recruit\w*|job\s+application|shortlist\w*"
    # (not a garage's "go through the job card with you")
    r"|(?:the|this|our|a)\s+(?:[\w&/()-]+,?\s+){0,6}(?:role|position|opening|job)"
    r"(?!\s+(?:of|card|sheet|number|no|ref\w*)\b)"
    # a freelance client's hiring: "your proposal on our … post for a contract Power BI
    # developer"
    r"|your\s+proposal\s+(?:on|for|to)\s+(?:our|the)"
    r"|(?:a|the|our)\s+(?:contract|freelance)\s+(?:[\w-]+\s+){0,3}(?:developer|engineer|designer"
    r"|analyst|consultant|writer|editor|role|position|gig))\b",
    re.I,
)
TALK = rx.compile(
    r"\b(?:conversation|chat|talk|call|meet(?:ing)?|discussion|discuss|speak|conversar"
    r"|gespräch|échange|walk\s+through)\b",
    re.I,
)
#: Practice, not an employer's interview: a friend's mock interview, a meetup ticket.
MOCK = rx.compile(
    r"\b(?:mock|practi[cs]e|rehearsal|dry[- ]run)\s+interviews?\b"
    r"|\binterviews?\s+(?:practi[cs]e|prep(?:aration)?|coaching|skills|night|workshop|clinic)\b",
    re.I,
)
#: A press, radio or podcast interview: the user is the guest, not a candidate.
MEDIA = rx.compile(
    # ("you'll be on air", not a broadcaster's "a technical pause on air")
    r"\b(?:on\s+(?:the|our)\s+(?:show|programme|program|podcast|broadcast)"
    r"|(?:be|go|going|goes|are)\s+(?:live\s+)?on\s+air"
    r"|presenter|listeners|live\s+(?:interview|on\s+air|broadcast|show)|studio\s+line"
    r"|programme\s*:)|^\s*live\s*:",
    re.I | re.M,
)
#: A ticket or registration for a public event, and the user on the *other* side of the
#: table ("you're on the panel", "submit your scorecard"): not the user's own interview.
NOT_MINE = rx.compile(
    # (not a parking ticket: "bring your ticket with you – we'll validate it")
    # (nor "we'll validate your ticket": the garage's)
    r"\b(?:(?<!parking\s)(?<!validate\s)your\s+ticket(?![^.\n]{0,40}\bvalidat)|ticket\s+(?:holder|type)"
    # (not "your DBS certificate if you are registered with the Update Service": a
    # professional register)
    r"|you(?:'re|’re|\s+are)\s+registered(?!\s+(?:with|as|on\s+the)\b)"
    r"|registration\s+(?:is\s+)?confirmed|you(?:'re|’re|\s+are|'ll\s+be|\s+will\s+be)\s+on\s+the"
    r"\s+(?:interview\s+)?panel|(?:submit|fill\s+in|complete)\s+(?:your|the)\s+scorecards?"
    r"|interview\s+(?:panel\s+)?rota|help\s+(?:us\s+)?(?:with\s+)?interviewing)\b",
    re.I,
)
#: Routine meetings at the user's current job and social plans; only the event's own title
#: is read, and a title that also names an interview wins.
ROUTINE = rx.compile(
    r"\b(?:weekly|daily|fortnightly|monthly|bi-?weekly|sync|stand-?up|retro(?:spective)?"
    r"|sprint|all[- ]hands|town\s*hall|team\s+meeting|offsite|off-site|planning|check-?in"
    r"|coffee|catch[- ]?up|lunch|dinner|drinks|brunch|birthday|party|braai|picnic|wedding"
    r"|hike|game\s+night|book\s+club)\b",
    re.I,
)
FREE_MAIL = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "msn.com",
        "yahoo.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "gmx.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "mail.com",
        "yandex.com",
        "zoho.com",
        "fastmail.com",
        "hey.com",
    ]
)


def _domain(address: str | None) -> str | None:
    if not address or "@" not in address:
        return None
    return address.rsplit("@", 1)[1].strip().lower().rstrip(">") or None


#: The user applying for a role at their own employer: a colleague's invitation is then
#: the user's own job interview ("your application for the internal vacancy").
INTERNAL_MOVE = rx.compile(
    r"\binternal\s+(?:vacancy|vacancies|role|position|posting|opening|job|application"
    r"|applicant|candidate|candidacy|mobility|transfer|promotion|move)\b"
    r"|\b(?:thank\s+you|thanks)\s+for\s+(?:applying|your\s+application)\b",
    re.I,
)


def colleague(m: Message, e: Event, users: frozenset[str]) -> bool:
    """The sender or organizer works at the user's own employer (same company domain):
    an internal meeting, even one about interviewing someone else."""
    own = {d for d in map(_domain, users) if d and d not in FREE_MAIL}
    if not own:
        return False
    # (her own mail, "New Time Proposed" for an employer's event, is from her, not a colleague)
    theirs = {_domain(m.sender.email)} if m.sender and m.sender.email not in users else set()
    theirs.add(_domain(e.organizer.email if e.organizer else None))
    return bool(own & theirs)


#: A lunch or dinner that is a stage of her application: "Team lunch - last step for the
#: Senior React Native Developer role", "It's still part of the process".
_PROCESS_STEP = rx.compile(
    r"\b(?:last|next|final)\s+step\s+(?:for|of|in)\s+(?:the|your)\s+(?:[\w-]+\s+){0,5}"
    r"(?:role|position|process|application)\b"
    r"|\bpart\s+of\s+the\s+(?:interview\s+|hiring\s+|recruitment\s+|selection\s+)?process\b",
    re.I)


def is_job_interview(
    e: Event, m: Message, users: frozenset[str], position: str | None,
    user_says: str | None = None,
) -> tuple[bool, str]:
    """(is this event the user's own job interview, why). Negative evidence first: a
    press/practice/routine/social event or a colleague's meeting is never an interview.
    `user_says`: why the user's [detection] lists call it interview mail; it stands in for
    interview wording, never for the negative evidence."""
    joined = "\n".join(t for t in (e.summary, e.description, m.subject, m.text) if t)
    if (why := not_job(joined, names=(position,))) is not None:  # ("Herd Health Veterinarian")
        return False, f"not a job interview: '{why.strip()}'"
    if (hit := MEDIA.search(joined)) is not None:
        return False, f"not a job interview: '{hit.group(0).strip()}'"
    if (hit := MOCK.search("\n".join((e.summary, m.subject, e.description)))) is not None:
        return False, f"practice, not an employer: '{hit.group(0)}'"
    if (hit := NOT_MINE.search(joined) or c.NOT_MINE.search(joined)) is not None:
        return False, f"not the user's own interview: '{hit.group(0)}'"
    if colleague(m, e, users) and not INTERNAL_MOVE.search(joined):
        return False, "organizer is a colleague at the user's own employer"
    if e.recurring:
        return False, "a recurring event"
    title_says = c.INTERVIEW.search(e.summary) or TOPIC.search(e.summary)
    step = _PROCESS_STEP.search(f"{e.description}\n{m.text}")
    if not title_says and (hit := ROUTINE.search(e.summary)) is not None and not step:
        return False, f"routine or social event: '{hit.group(0)}'"
    if (hit := c.INTERVIEW.search(joined) or TOPIC.search(joined)
            or INTERVIEW_INTL.search(joined) or INTERVIEW_STAGE.search(joined)) is not None:
        return True, f"interview: '{hit.group(0)}'"
    words = "\n".join((e.description, m.text))
    # (the job may be named only in the mail a reply quotes: "cancelling our call this
    # Wednesday" over "your proposal on our … post for a contract Power BI developer")
    if (JOB_CONTEXT.search(words) or (m.quoted and JOB_CONTEXT.search(m.quoted))) and (
            TALK.search(words)):
        return True, "about the user's application"
    if position and position.casefold() in (e.summary + "\n" + e.description).casefold():
        return True, f"event names the role '{position}'"
    if user_says:
        return True, user_says
    if step:
        return True, f"a step of her application: '{step.group(0)}'"
    return False, "no interview wording"


# --- does the organizer take part? --------------------------------------------------

_NOT_ME = rx.compile(
    r"\bI(?:'m|’m|\s+am)?\s*(?:won't|won’t|will\s+not|am\s+not|'m\s+not|’m\s+not|not)\s+"
    r"(?:be\s+)?(?:joining|join|attending|attend|sitting\s+in|taking\s+part|on\s+the\s+calls?)"
    r"|\b(?:just|only|simply)\s+(?:coordinating|scheduling|organi[sz]ing|booking)"
    # (not "Brendan and I will meet you at the front desk": the two who interview)
    r"|(?<!\band\s)\bI(?:'ll|’ll|\s+will)\s+(?:meet|greet|collect)\s+you\s+(?:at|in|from)\s+(?:the\s+)?"
    r"(?:reception|lobby|front\s+desk|entrance|door|security|gate)"
    # "Please ask for me at ground-floor reception and I will bring you up": the one who
    # fetches her from the desk, not one who sits on the panel
    # (not "ask for me at the front desk. Plan on about an hour": the one who interviews)
    r"|\bask\s+for\s+me\s+at\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:reception|front\s+desk|lobby)"
    r"\s+and\s+I(?:['’]ll|\s+will)\s+(?:bring|take|walk)\s+you\s+up\b"
    r"|\b(?:eu\s+)?não\s+(?:participo|vou\s+participar|estarei)"
    r"|\bich\s+(?:bin|werde)\s+nicht\s+dabei"
    # "I have scheduled the meeting on their behalf and will not join myself"
    r"|\b(?:won['’]t|will\s+not)\s+(?:be\s+)?(?:join(?:ing)?|attend(?:ing)?)\s+myself\b"
    r"|\b(?:scheduled|booked|set\s+up|sent)\s+(?:\w+\s+){0,3}on\s+(?:their|his|her)\s+behalf\b"
    r"|" + BOOKED_FOR_OTHERS,
    re.I,
)
_ME_TOO = rx.compile(
    r"\bI(?:'ll|’ll|\s+will)\s+(?:also\s+)?(?:join|be\s+joining|sit\s+in|be\s+there|be\s+on)"
    r"(?!\s+you\s+(?:at|in))\b"
    # (not "let me know if Friday doesn't suit and I will look at alternatives")
    r"|\band\s+I\s+(?:will|'ll|’ll|would|'d|’d|are|look|can)\b(?!\s+(?:look\s+(?:for|at|into)"
    r"|find|send|check|try|see\s+what|come\s+back|be\s+in\s+touch|confirm|update|let\s+you"
    r"|get\s+back|arrange|reschedule|re-?book|forward|share|sort|set\s+up|book"
    r"|bring\s+you|take\s+you|walk\s+you))"
    r"|\b(?:just|only)\s+(?:be\s+)?(?:me|us\s+two|the\s+two\s+of\s+us)\b"
    r"|\bs[óo]\s+n[óo]s\b|\bcomigo\b|\bmit\s+mir\b|\bnur\s+wir\b",
    re.I,
)
#: "a case discussion with me and Liam": weaker, so read only in sentences that are not
#: about the past or about questions ("thank you for speaking with me", "reach out to me").
_WITH_ME = rx.compile(r"\b(?:with|and)\s+me\b(?!\s+(?:know|if|a\s+line|an?\s+e-?mail))", re.I)
_ASIDE = re.compile(
    r"\b(?:thank|thanks|last\s+week|yesterday|earlier|previously|questions?|reach\s+out"
    r"|contact|let\s+me\s+know|prep(?:aration)?)\b",  # ("Prep call with me - Tuesday")
    re.I,
)
_SENTENCE = rx.compile(r"(?<=[.!?])\s+|\n+")


def organizer_role(text: str) -> bool | None:
    """True: the writer says they take part ("I'll join too", "Priya and I will meet you",
    "just the two of us"); False: they say they don't ("I won't be joining", "I'll meet you
    at reception", "I'm just coordinating"); None: the text does not say."""
    if _NOT_ME.search(text):
        return False
    if _ME_TOO.search(text):
        return True
    for sentence in _SENTENCE.split(text):
        if _WITH_ME.search(sentence) and not _ASIDE.search(sentence):
            return True
    return None


# --- a name for an attendee whose CN is only an e-mail address ----------------------

_CAP_NAME = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+(?:(?:van|von|de|der|da|dos|del|le|la|al|bin)\s+)*"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}"
)


def _fold(s: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", s.casefold()) if not unicodedata.combining(ch)
    )


def name_for_address(email: str, text: str) -> str | None:
    """The full name the mail gives for jordan.ellis@… or a.kowalski@…: the body usually
    introduces the interviewer even when the invite's CN is just the address."""
    local = _fold(email.split("@", 1)[0])
    tokens = [t for t in re.split(r"[._+\-\d]+", local) if t]
    if not tokens:
        return None
    for m in _CAP_NAME.finditer(text):
        words = [_fold(w) for w in m.group(0).split()]
        first, last = words[0], words[-1]
        if len(tokens) >= 2:
            ok = tokens[-1] == last and (
                tokens[0] == first or (len(tokens[0]) == 1 and first.startswith(tokens[0]))
            )
        else:
            ok = tokens[0] in (first + last, first[0] + last) and len(tokens[0]) > 3
        if ok:
            return m.group(0)
    return None


_BOOKED_BY = rx.compile(r"\b(?:scheduled|booked|arranged|coordinated|organi[sz]ed|sent)\s+by\s+"
                        r"(?P<who>[^\n(,.;]{2,60})", re.I)


def booked_by(organizer: Person, text: str) -> bool:
    """The mail says the organizer booked the slot ("Scheduled by Dewi Lestari"), which is
    all an organizer does when the mail lists the interviewers apart."""
    keys = {k.casefold() for k in (organizer.name, organizer.email) if k}
    return any(m["who"].strip().casefold() in keys for m in _BOOKED_BY.finditer(text))


def named(people: list[Person], text: str) -> list[Person]:
    """Fill in names the body gives for address-only attendees."""
    out = []
    for p in people:
        if not p.name and p.email:
            name = name_for_address(p.email, text)
            if name:
                p = Person(name=name, email=p.email, title=p.title)
        out.append(p)
    return out


# --- the zone the mail states when the .ics is in UTC -------------------------------


def _time_written(local: datetime, before: str) -> bool:
    """Does `before` (the words just before a zone mention) write this local time?"""
    h24, mm = local.hour, local.minute
    h12 = h24 % 12 or 12
    suffix = "p" if h24 >= 12 else "a"
    pats = [rf"(?<![\d:]){h24:d}[:.h]{mm:02d}\b", rf"(?<![\d:])0{h24:d}[:.h]{mm:02d}\b"]
    if mm == 0:
        pats.append(rf"(?<![\d:]){h24:d}\s*h\b")
        pats.append(rf"(?<![\d:]){h12:d}\s*{suffix}\.?m\b")
    pats.append(rf"(?<![\d:])0?{h12:d}[:.]{mm:02d}\s*{suffix}\.?m\b")  # ("09:00am": Calendly)
    # "4:30 – 5:30pm" (Google Calendar): the range's end carries the start's am/pm
    minutes = f"[:.]{mm:02d}" if mm else f"(?:[:.]{mm:02d})?"
    pats.append(rf"(?<![\d:]){h12:d}{minutes}\s*[-–—]\s*\d{{1,2}}(?:[:.]\d{{2}})?\s*{suffix}\.?m\b")
    return re.search("|".join(pats), before, re.I) is not None


def stated_zone(start: datetime, texts: tuple[str, ...]) -> str | None:
    """The IANA zone the mail writes this instant in ("10:00 SAST", "14h (horário de
    Brasília)", "10:00 UK time"), when an invite's DTSTART is in UTC. The local time must
    appear right before the zone mention, so an unrelated zone in a footer is ignored."""
    for text in texts:
        for z in _IANA.finditer(text):  # Cal.com: "9:30am - 10:00am (Europe/Amsterdam)"
            with contextlib.suppress(Exception):
                if _time_written(start.astimezone(ZoneInfo(z[1])), text[max(0, z.start() - 60):
                                                                        z.start()]):
                    return z[1]
        for z in ZONE_RE.finditer(text):
            tz, name = resolve_mention(z)
            if name in ("UTC", "Etc/GMT") and (city := _CITY_AFTER.match(text, z.end())):
                # Google Calendar's "Greenwich Mean Time - London": the city's zone, when
                # it keeps that offset at this instant
                place = CITIES.get(fold(city["city"]))
                if place and ZoneInfo(place).utcoffset(start) == tz.utcoffset(start):
                    tz, name = ZoneInfo(place), place
            if tz is not None and name is None and _time_written(
                    start.astimezone(tz), text[max(0, z.start() - 60) : z.start()]) and (
                    better := refine(None, z.group(0), start.astimezone(tz), text, None)):
                # "11:00–12:00 (İstanbul saati, GMT+3)": the offset, named by the place
                return better[1]
            if tz is None or name is None or name in ("UTC", "Etc/GMT"):
                continue
            before = text[max(0, z.start() - 60) : z.start()]
            if _time_written(start.astimezone(ZoneInfo(name)), before):
                return name
        for z in _LABEL_CITY.finditer(text):
            # Google Calendar's zone line in the reader's language: "Ora legale dell'Europa
            # centrale - Roma", "(Waktu Indonesia Barat - Jakarta)": its city names the zone
            place = CITIES.get(key := fold(z["city"])) or LABEL_CITIES.get(key)
            if place and _time_written(start.astimezone(ZoneInfo(place)),
                                       text[max(0, z.start() - 80) : z.start()]):
                return place
    return None
