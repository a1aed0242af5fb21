"""The people an interview mail's text names: the panel it introduces, a forwarded
author who takes part, the quoted offer's people under a short answer, and the same people
again when a reply moves or cancels the interview it quotes.

Split from text_path.py, which decides the kind and builds the Interview: finding who the
candidate will talk to is a job of its own, and the calendar path asks it too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from ..message import Message
from ..model import Interview, Person
from .dates import find_dates
from .employer import fold
from .names import dedupe
from .participants import (
    forwarded_people,
    named_author,
    principal_people,
    quoted_author,
    quoted_people,
    referred_people,
    replaced_people,
    running_people,
    split_forward,
    subject_people,
    wanting_people,
)
from .people import PARTICLE_RX, clean_name, names_in_text
from .roster import labelled_people
from .roster_tables import BOOKER
from .signature import sender_person, signature_person, writer_title
from .text import units
from .writer import booker_takes_part, sender_interviews

if TYPE_CHECKING:
    from .pipeline import Facts

_ROBOT = re.compile(r"^(?:no-?reply|do-?not-?reply|notifications?|mailer|careers|jobs|talent"
                    r"|recruiting|hr|invites?)\b", re.I)


def text_people(f: Facts, *, hypothetical: bool = False) -> list[Person]:
    m = f.message
    exclude = [f.company or "", *(a.name for a in m.to if a.name)]
    if m.sender and m.sender.name and (
            _ROBOT.search(m.sender.email or "") or f.vocab.is_ats(m.sender.domain)):
        # "Pinecrest Bio <no-reply@hire.lever.co>": an org; but of "Friederike Nowak
        # (Elbstrand Logistik GmbH)" only the bracket is, the person may be on the panel
        # (and of "Tessa Morrow" at an ATS's relay, nothing: a person sends through it)
        person, _, org = m.sender.name.partition(" (")
        named = clean_name(person) == person.strip() and " " in person.strip()
        if org or not named or _ROBOT.search(m.sender.email or ""):
            exclude.append(org.rstrip(")") if org and named else m.sender.name)
    found = [*names_in_text(m.text, exclude=exclude, hypothetical=hypothetical),
             *_signature_panel(m.signature),
             *referred_people(m, f.users, exclude),
             *subject_people(m, f.company, exclude),
             *principal_people(m),
             *running_people(m, f.users),
             *wanting_people(m.text, exclude)]
    # (not one someone stands in for: "Zoë won't be able to join … A B will run the
    # interview on his own")
    people = [_with_address(p, m) for p in _not_replaced(found, m.text)] + _copied_partners(
        m, f.users)
    title = writer_title(m)
    # (not "No appointment needed - just walk in … See you Saturday!": whoever is there)
    if not _WALK_IN.search(m.text) and (booker_takes_part(
            split_forward(m)[0], title, bool(found)) or (
            # a hiring manager's own short confirmation that names nobody else: "great,
            # tomorrow at 9 it is … talk soon" from an Engineering Manager
            not found and title and not BOOKER.search(title) and _OWN_CHAT.search(m.text)
            and _ROLE_TITLE.search(title)) or (  # (in a forward, "me" is its author's)
            not found and _own_booking_page(m))):
        # (the text's last lines when the "signature" is only a disclaimer)
        me = sender_person(m.sender, m.signature, m.signature if signature_person(
            m.signature)[0] else m.text[-300:], m.text)
        if me is not None and (me.email or "") not in f.users:
            people.insert(0, me)
    # (the candidate writing from another address, "fwd to myself": never her own panel)
    return not_the_user(forwarded_people(m, f.users, exclude) + named_author(m, f.users) + people,
                        m, f.users)


#: An open hiring event: the writer invites her to walk in, not to meet them.
_WALK_IN = re.compile(r"\bwalk[- ]in\s+(?:any\s*time|anytime|between|from)\b"
                      r"|\bno\s+appointment\s+(?:is\s+)?(?:needed|necessary|required)\b", re.I)
#: A booking page's address, and the words that offer it.
_URL_PATH = re.compile(r"https?://[^\s/]+/(?P<path>[^\s>)\]]+)")
_BOOK_WORDS = re.compile(r"\b(?:book|pick|choose|grab|schedule|calendar|diary|agenda|réserv\w*"
                         r"|reserv\w*|choisi\w*|elig\w*|escoj\w*|buch\w*|plage|slot)", re.I)
#: The call is with someone else the writer does not name: "with one of our iOS engineers".
_WITH_OTHERS = re.compile(r"\bwith\s+(?:one|two|some|a\s+couple)\s+of\s+our\b"
                         r"|\bwith\s+(?:a\s+member|members)\s+of\s+(?:our|the)\b", re.I)


def _own_booking_page(m: Message) -> bool:
    """A booking page named after the sender, offered in the mail: "Pick whatever time suits
    you here: https://calendly.example/oskar-fjordsignal/intro-30" from Oskar Lindqvist,
    who holds the call himself (a coordinator books others through their pages)."""
    first = fold((m.sender.name or "").split()[0]) if m.sender and m.sender.name else ""
    if len(first) < 3 or not _BOOK_WORDS.search(m.text) or _ROBOT.search(m.sender.email or ""):
        return False
    if _WITH_OTHERS.search(m.text):
        return False  # "a technical screen with one of our iOS engineers … my scheduling link"
    return any(first in fold(u["path"]) for u in _URL_PATH.finditer(m.text))


#: A panel listed under the sender's sign-off ("Lena / People Operations" … "Your panel:"),
#: where the signature finder put it.
_PANEL_HEADING = re.compile(r"(?im)^[ \t]*(?:your\s+|the\s+)?(?:interview\s+)?"
                            r"(?:panel|interviewers?|interviewer\(s\))[ \t]*:[ \t]*$")


#: The writer's own words about the meeting with her.
_OWN_CHAT = re.compile(r"\b(?:talk|speak|chat)\s+(?:soon|then|tomorrow)\b"
                       r"|\bwe['’]ll\s+keep\s+it\s+to\b|\blook(?:ing)?\s+forward\s+to\s+(?:our|the)\s+(?:chat|call|conversation)\b",
                       re.I)
_ROLE_TITLE = re.compile(r"\b(?:manager|head|director|lead|founder|cto|ceo|vp|chief|principal"
                         r"|partner|owner|editor)\b", re.I)


def _signature_panel(signature: str) -> list[Person]:
    if (heading := _PANEL_HEADING.search(signature)) is None:
        return []
    return labelled_people(signature[heading.start() :])


def not_the_user(people: list[Person], m: Message, users: frozenset[str],
                 more_names: Iterable[str] = ()) -> list[Person]:
    """`people` without the candidate, by the name her own addresses carry in To/Cc (and
    `more_names`, as a calendar event names her), whichever address she writes from."""
    own = {" ".join(n.split()).casefold() for n in (
        *(a.name for a in (*m.to, *m.cc) if a.name and a.email in users), *more_names)}
    # (and her first name alone: "cancel Thursday's interview with Thandi", to a colleague)
    firsts = {n.split()[0] for n in own if " " in n}
    return [p for p in people if (key := " ".join((p.name or "").split()).casefold()) not in own
            and key not in firsts]


#: A colleague by first name beside the writer: "Priya and I will ring you", "me and Priya".
_FIRST_AND_I = re.compile(r"\b(?P<a>[A-Z][a-z]+)\s+(?:and|&)\s+I\b(?!['’]m\s+not)"
                          r"|\bme\s+(?:and|&)\s+(?P<b>[A-Z][a-z]+)\b(?!\s+[A-Z])"
                          # "Lucía (my cofounder, she runs product) will join too": only a
                          # name the mail copies
                          r"|\b(?P<c>[A-ZÀ-Þ][a-zà-ÿ]+)(?:\s*\((?P<aside>[^()]{2,60})\))?\s+(?:will|['’]ll)"
                          r"\s+(?:also\s+)?(?:join|be\s+joining|sit\s+in)\b")


#: A whole name written out in an aside: "(Robert Achterberg, our controls lead)".
_SPELLED = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2}\b")
#: Between the words of a name: spaces, or one line break (not a blank line: "Naledi" closing
#: a greeting line, "I've" opening the next paragraph).
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"


def _copied_partners(m: Message, users: frozenset[str]) -> list[Person]:
    """The writer's partner named by first name only, when the mail copies them: "Priya and
    I will ring you" with "Cc: Priya Raghunathan <priya.r@…>"."""
    found: list[Person] = []
    for hit in _FIRST_AND_I.finditer(m.text) if " and " in m.text or "&" in m.text or (
            "join" in m.text or "sit in" in m.text) else ():
        first = hit["a"] or hit["b"] or hit["c"]
        for a in (*m.cc, *m.to):
            if a.name and a.email not in users and a.name.split()[0] == first and (
                    len(a.name.split()) > 1):
                # ("Bobby (Robert Achterberg, our controls lead) will join": the name the
                # text spells out, over the copy line's "Bobby Achterberg")
                said = _SPELLED.match(hit["c"] and hit["aside"] or "")
                name = said[0] if said and said[0].split()[-1] == a.name.split()[-1] else a.name
                found.append(Person(name=" ".join(name.split()), email=a.email))
                break
        else:
            if hit["c"]:
                continue  # (one who joins is taken only from the copy line)
            # ("Jonas and I will see you" over the quoted or forwarded "Jonas Albrecht, our
            # tech lead")
            full = {" ".join(n.split()) for n in re.findall(
                rf"\b{re.escape(first)}(?:{_GAP}{PARTICLE_RX})*{_GAP}[A-Z][\w'’-]+(?:-[A-Z][\w'’-]+)?",
                f"{m.text}\n{m.quoted or ''}")}  # (with the particles of "Aoife Ní Bhriain")
            if len(full) == 1 and (name := clean_name(full.pop())) is not None:
                found.append(Person(name=name))
    if not found and len(m.cc) == 1 and _CC_MANAGER.search(m.text):
        # "me + my manager (cc'd)": the one person the mail copies
        cc = m.cc[0]
        if cc.email not in users and (name := clean_name(cc.name)) is not None:
            found.append(Person(name=name, email=cc.email))
    return found


#: The writer's colleague on the call, copied on the mail: "me + my manager (cc'd)".
_CC_MANAGER = re.compile(r"\b(?:my|our)\s+(?:manager|boss|colleague|lead|director|cto|ceo)\s*"
                         r"\(?\s*(?:cc['’]?d|copied(?:\s+in)?|in\s+cc)\b", re.I)


def same_people(f: Facts, interview: Interview | None) -> Interview | None:
    """A reply that moves or cancels an interview is about the interview it quotes: when
    it names nobody ("Noor got pulled into a board meeting, could we move to Friday?") its
    people are the ones that invitation named, and when it names a newcomer, the quoted
    people it still calls by first name stay ("Gareth Lloyd will join Nadia in Tom's
    place": Gareth and Nadia, not Tom)."""
    if interview is None or not f.message.quoted:
        return interview
    m = f.message
    exclude = [f.company or "", *(a.name for a in m.to if a.name)]
    old = _not_replaced([_with_address(p, m) for p in quoted_people(m, f.users, exclude)],
                        m.text)
    if interview.interviewers:  # (called by first name, or formally: "Frau Lindqvist")
        old = [p for p in old if any(n and re.search(rf"\b{re.escape(n)}\b", m.text)
                                     for n in (first_name(p), (p.name or "").split(" ")[-1]))]
    elif with_them := [p for p in old if first_name(p) and re.search(
            rf"\b(?:interview|call|chat|meeting|conversation|session|round)\s+with\s+"
            rf"(?:[\w'’-]+(?:\s*,\s*|\s+(?:and|&)\s+)){{0,3}}{re.escape(first_name(p))}\b",
            m.text)]:
        # "move the Data Platform Engineer technical interview with Benjamin" over a quote
        # that booked two interviews: his, not the other one's
        old = with_them
    people = dedupe([*interview.interviewers, *old])
    return replace(interview, interviewers=tuple(people)) if old else interview


def first_name(p: Person) -> str:
    return (p.name or "").split(" ")[0]


def history_people(f: Facts) -> list[Person]:
    """The people the quoted mail that offered the picked slot named ("You'll meet with
    our Head of Data, A B, and C D"), when the slot came from there."""
    if not f.history:
        return []
    m = f.message
    exclude = [f.company or "", *(a.name for a in m.to if a.name)]
    # (the pick books what the offer called the next step: "a call with me and A B")
    people = names_in_text(f.history, exclude=exclude, hypothetical=True) + wanting_people(
        f.history, exclude)
    if people and sender_interviews(f.history):
        # its writer takes part: the sender, when that mail was theirs; else its "From:"
        header = f.history_from.lower()
        me = (sender_person(m.sender, m.signature)
              if m.sender and m.sender.email and m.sender.email in header
              else quoted_author(f.history_from, f.users))
        if me is not None and (me.email or "") not in f.users:
            people.insert(0, me)
    return _not_replaced(people, m.text)


def _not_replaced(people: list[Person], text: str) -> list[Person]:
    """The quoted people but those the new text says someone stands in for ("Tomasz is
    off-island that week, so it'll be me and Keziah instead")."""
    out = {first_name(p) for p in replaced_people(text)}
    return [p for p in people if first_name(p) not in out]


def with_added(f: Facts, quoted: list[Person], own: list[Person]) -> list[Person]:
    """The people of the quoted offer a short answer picks from, and those the answer itself
    adds (not its writer, who only books: "See you then!"); the answer's people alone when
    there is no such offer."""
    if not quoted:
        return own
    writer = (f.message.sender.name or "").casefold() if f.message.sender else ""
    # (nor one it says someone stands in for: "Dana has been pulled into a board meeting, so
    # Priyanka will take her seat")
    return [*quoted, *(p for p in _not_replaced(own, f.message.text)
                       if (p.name or "").casefold() != writer)]


def _with_address(person: Person, m: Message) -> Person:
    """Give a person named in the text the address the mail itself shows for that name
    (the recruiter usually copies the interviewers), so they can get their own thank-you."""
    if person.email or not person.name:
        return person
    wanted = person.name.casefold()
    for a in (*m.cc, *m.to, *m.reply_to):
        if a.name and " ".join(a.name.split()).casefold() == wanted:
            return Person(name=person.name, email=a.email, title=person.title)
    return person


def on_another_day(name: str | None, text: str, day: date, ref: date, order: str) -> bool:
    """Is `name` written only as whom another day's meeting is with ("Your technical
    interview with Priya Ramanathan on Tuesday 27 October at 10:00 is unchanged", beside
    the other interview the mail moves)? (Not the reason a slot moves: "Wanjiru Kamau has
    been called to a site visit on Thursday 18th, so we need to move your interview".)"""
    if not name or name not in text:
        return False
    with_them = re.compile(rf"\b(?:interview|call|meeting|session|chat|conversation|round)\s+"
                           rf"with\s+(?:\w+\s+){{0,2}}{re.escape(name)}\b", re.I)
    said = [u.text for u in units(text) if name in u.text]
    return bool(said) and all(with_them.search(s) and (days := find_dates(s, ref, order))
               and all(d.day != day for d in days) for s in said)
