"""Where the pipeline hears the learned people, role and company models: after the rules,
on the mail they are for, with what they said kept among the detection's reasons.

(The kind model is heard in kind_vote.py.)
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..message import Message
from ..model import Interview, Person
from . import classify as c
from . import company_model, people_model, role_model
from .calendar_facts import organizer_role
from .client import wants_her
from .company import agency_for_client, in_latin
from .company_spans import view_of as company_view
from .names import dedupe
from .participants import quoted_author, replaced_people
from .people import clean_name, without_honorific
from .people_spans import MailView, norm, view_of
from .position import final_position, without_company
from .quoted_pick import quoted_slot, unquoted
from .role_words import ROLE_WORDS
from .roster_tables import BOOKER
from .same_name import norm_org
from .signature import writer_title
from .text_people import first_name, on_another_day
from .unavailable import kept_away
from .writer import booker_takes_part, sender_interviews

#: A title that works for another: "Executive Assistant to …", "PA to the CEO".
_ASSISTANT = re.compile(r"\b(?:executive|personal|administrative|legal|office)\s+assistant\b"
                        r"|\bassistant\s+to\b|\b(?:EA|PA)\s+to\b"
                        # an HR assistant: "Assistante RH", "HR Assistant", "Asistente de RRHH"
                        r"|\b(?:HR|recruitment|recruiting|people)\s+assistant\b"
                        r"|\bassistante?\s+(?:RH|HR|de\s+RH|ressources\s+humaines)\b"
                        r"|\basistente\s+de\s+(?:RRHH|RH|recursos\s+humanos)\b", re.I)

if TYPE_CHECKING:
    from .pipeline import Facts


def model_people(f: Facts, interview: Interview | None, people: tuple[Person, ...],
                 moved: bool = False) -> tuple[Interview | None, tuple[Person, ...]]:
    """The interview's people (or, without an interview, the people named) with the names
    the people model adds: any likely ones where the rules found nobody, sure ones beside
    theirs."""
    if (model := people_model.shipped()) is None:
        return interview, people
    if interview is None and not people and c.ONE_WAY.search(f.message.text):
        return interview, people  # a recorded interview: nobody to meet, nobody to thank
    found = interview.interviewers if interview else people
    view = view_of(f.message, f.users)
    added = people_model.join([p.name for p in found if p.name], people_model.scored(model, view),
                              view)
    title = writer_title(f.message) if added else None
    if added and view.sender_name and (_ASSISTANT.search(title or "")
                                       or organizer_role(f.message.text) is False):
        # ("Executive Assistant to Joanne Whitaker": she books and writes, Joanne interviews;
        # "ask for me at reception and I'll bring you up": she fetches, the panel interviews)
        added = [(n, p) for n, p in added if n != view.sender_name]
    # ("my calendar" of a recruiter who moves the events to the managers' calendars: she
    # books, with the panel found)
    if added and not booker_takes_part(f.message.text, title, bool(found)):
        # ("… foi cancelada." signed "Inês Carvalho / Recursos Humanos": HR writes, no panel;
        # with a panel found, only the writer: "Yesenia Cruz / Talent Coordinator | …")
        # (or, beside a panel the rules found, a writer whose title books: "Chargée de
        # recrutement" under the "Vous échangerez avec M. A B … et Mme C D" she wrote, who
        # does not say she joins in the mail she quotes either)
        booker = bool(found) and bool(BOOKER.search(title or "")) and not (
            sender_interviews(unquoted(f.message.quoted or "")))
        added = [(n, p) for n, p in added if found and n != view.sender_name
                 or not (_signed_as_booker(n, f.message.full_text) or booker)]
    if added and found:  # (a forwarded invitation's "Fiona Gallagher" / "Talent Coordinator
        # | Marlowe Health" beside the panel it names: she books)
        added = [(n, p) for n, p in added
                 if not _signed_as_booker(n, f.message.full_text, department=False)]
    if added and interview is not None and f.message.date is not None:
        # ("Your technical interview with Priya Ramanathan on Tuesday 27 October … is
        # unchanged" beside the interview the mail moves: another day's meeting)
        day, ref = interview.start.date(), f.message.date.date()
        added = [(n, p) for n, p in added
                 if not on_another_day(n, f.message.text, day, ref, f.order)]
    if added and (out := {first_name(p) for p in replaced_people(
            f.message.text)}):  # ("Dana has been pulled into a board meeting, so …")
        added = [(n, p) for n, p in added if first_name(Person(name=n)) not in out]
    if added and f.company:  # ("Lumora Consumer Brands": the employer, not a person)
        added = [(n, p) for n, p in added if norm_org(n) != norm_org(f.company)]
    if added and (aside := _ASIDE.findall(f.message.text)):
        # ("as discussed with Nur Aisyah from our TA team, here is the link": she booked it)
        named = {" ".join(n.split()) for pair in aside for n in pair if n}
        added = [(n, p) for n, p in added if n not in named]
    # ("Ma'am Kristine Dela Cruz": the name, without the title the span ran in with)
    added = [(without_honorific(n), p) for n, p in added]
    if not added and interview is not None and not found and (
            booking := _quoted_booking(f, interview, moved)) is not None:
        # her "I need to cancel the final round on Thursday … pass my thanks on to Priya
        # and Ben" over the invitation that named them: its panel, read as that mail
        added = [(n, p) for n, p in people_model.join(
            [], people_model.scored(model, booking), booking) if not _is_sender(n, f.message)
            and not kept_away(n.split()[0], f.message.text)]
    if not added:
        return interview, people
    f.reasons.append("people model: " + ", ".join(f"{n} ({p:.2f})" for n, p in added))
    # (a name the model gives whole is one the rules found cut short: "Gregory Ashworth" of
    # the Cc beside the subject's "Greg Ashworth")
    found = tuple(dedupe((*found, *(Person(name=n) for n, _ in added))))
    if interview is None:
        return None, found
    return replace(interview, interviewers=found), people


def _signed_as_booker(name: str, text: str, department: bool = True) -> bool:
    """Does `name` sign the mail on a line of its own over a line that is only a booking
    department ("Inês Carvalho" over "Recursos Humanos"; not `department`: only over a
    coordinator's title, "Talent Coordinator | Marlowe Health")? (Only the whole line: a
    title such as "Talent Partner" also signs panels the corpus labels as interviewers.)"""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return any(line == name and (department and BOOKER.fullmatch(below) is not None or any(
        _COORDINATES.fullmatch(part) for part in _TITLE_PARTS.split(below)))
        for line, below in zip(lines, lines[1:], strict=False))


#: The parts of a signature's title line: "Talent Coordinator | Brickell Harbor Logistics",
#: "Acquisition de talents / Talent Acquisition".
_TITLE_PARTS = re.compile(r"\s*[|/]\s*")


#: A title that only books ("Talent Coordinator | Brickell Harbor Logistics", "Campus
#: Hiring | Kestrel Analytics"): the title before a "|" and the employer.
_COORDINATES = re.compile(r"(?:(?:talent|recruiting|recruitment|interview|hr|people|campus"
                          r"|scheduling)\s+)?(?:coordinator|scheduler)"
                          r"|(?:campus|university|graduate)\s+(?:hiring|recruiting|recruitment)"
                          r"|talent\s+acquisition|acquisition\s+de\s+talents",
                          re.I)


def _quoted_booking(f: Facts, interview: Interview, moved: bool) -> MailView | None:
    """The people model's view of the quoted mail that booked the slot a reply moves
    (`moved`) or calls off without naming its people, written by the quoted author (or,
    over her own reply, by the one person she writes to)."""
    if not f.message.quoted or (q := quoted_slot(f)) is None or not (
            moved or q[0].start == interview.start):
        return None
    _slot, header, mail = q
    m = f.message
    author = quoted_author(header or mail[:300], f.users)
    if author is None and m.sender is not None and m.sender.email in f.users and len(m.to) == 1:
        author = Person(name=clean_name(m.to[0].name), email=m.to[0].email)
    return MailView(unquoted(mail), "", "", (author and author.name) or "",
                    (author and author.email) or "", (), f.users, m.subject)


def _is_sender(name: str, m: Message) -> bool:
    """The writer of the reply, when she is the user: never her own panel."""
    return m.sender is not None and bool(m.sender.name) and norm(name) == norm(m.sender.name)


def model_role(f: Facts, people: tuple[Person, ...] = ()) -> str | None:
    """The role model's best span of a job mail whose role no rule read, when likely; not
    the name of one of `people` (an event titled "Thandi Nkosi / Alistair Fenwick")."""
    if (model := role_model.shipped()) is None or (
            top := role_model.best(model, f.message.subject, f.message.text)) is None:
        return None
    name, p = top
    if p < role_model.SURE or not (role := final_position(without_company(name, f.company))) or (
            _PERSON_LEAD.match(role)) or any(p.name == role for p in people):
        return None  # ("Mme Élodie Marchand (présidente)": a person)
    f.reasons.append(f"role model: {role} ({p:.2f})")
    return role


#: A person's title opening a span: "Mme Élodie Marchand", "Dr Rhys Pemberton".
_PERSON_LEAD = re.compile(r"^(?:(?:Mr|Mrs|Ms|Mx|Mme|Mlle|M|Dr|Dra|Herrn?|Frau|Pani?)\.?\s+"
                          r"[A-ZÀ-Þ]"
                          # Persian and Arabic: "خانم سارا رضایی" (Ms Sara …), "السيد" (not
                          # "مهندس", engineer: a role too, "مهندس أمن معلومات")
                          r"|(?:آقای|خانم|السيد|السيدة)\s)")


#: A name the writer has spoken with, or one from the recruiting team: not who she meets.
_NAME = r"[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,2}"
_ASIDE = re.compile(
    rf"\b(?:discussed|agreed|arranged|spoke|spoken|talked|chatted)\s+(?:with|to)\s+({_NAME})"
    rf"|({_NAME})\s+(?:from|in|of)\s+(?:our|the)\s+(?:TA|talent\s+acquisition|HR|human\s+resources"
    r"|recruiting|recruitment|people)\s+team\b")


def model_company(f: Facts, interview: Interview | None) -> Interview | None:
    """The interview (and `f.company`) with the company model's name for a job mail where
    it overrules the rules' company, or their lack of one."""
    if (model := company_model.shipped()) is None or (chosen := company_model.choose(
            f.company, company_model.scored(model, company_view(f.message)))) is None:
        return interview
    name, p = chosen
    sender = f.message.sender.name if f.message.sender else None
    host = {norm_org(sender)} if sender and interview and any(
        x.name == sender for x in interview.interviewers) else set()
    if norm_org(name) in _correspondents(f.message) | host or _ZONE_LABEL.search(name) or (
            in_latin(name) and f.company and not in_latin(f.company)) or (
            not f.company and agency_for_client(name, f.message)) or (
            f.company and wants_her(f.company, f.message)):
        # ("Radek Král", who wrote the forwarded note, or "Tan Jun Hao
        # <notifications@cal.com>", whose booking tool sent it and who will interview: a
        # person, no firm; "Ώρα Ανατολικής Ευρώπης – Αθήνα" under a calendar's time: its
        # zone; "Morava Sistemi" spelled from the domain over "Морава Системи" as the
        # Serbian mail writes it; the agency of "my client (a national health insurer)";
        # the agency that relays "Voltaro would like to invite you")
        return interview
    f.reasons.append(f"company model: {name} ({p:.2f})" + (
        f" over {f.company}" if f.company else ""))
    f.company = name
    # (the roles were trimmed of the rules' name, not this one: "Analyst – Acme" by now)
    f.position = _trimmed(f.position, name)
    if interview is None:
        return None
    return replace(interview, company=name, position=_trimmed(interview.position, name))


#: A calendar's zone label: "Eastern European Time - Athens", "Ώρα Ανατολικής Ευρώπης",
#: "Hora de Europa central", "Mitteleuropäische Zeit".
_ZONE_LABEL = re.compile(r"^(?:ώρα|hora|heure|ora|czas|время|час)\s|\b(?:time|zeit)(?:\s*[-–—]|$)",
                         re.I)
#: The name on a mail header line written into the text or its quotes: "Od: Radek Král <…>".
_FROM_LINE = re.compile(r"^[ \t>]*(?:From|Od|Von|De|Da|Van|Från|Fra|Lähettäjä|От|Від)[ \t]*:"
                        r"[ \t]*\"?([^<\n\"]+?)\"?[ \t]*<", re.M)


#: A title after a name on its line: "| Senior Recruiter", ", Talent Sourcer".
_TITLE_AFTER = re.compile(rf"[ \t]*[|,–—-][^\n]*(?:{ROLE_WORDS.pattern}|\brecruit\w*|\bsourcer\b)",
                          re.I)


def _correspondents(m: Message) -> set[str]:
    """The names of those who got the mail and who wrote the mails it forwards or quotes,
    and its sender when a closing line gives that name a title (not "Saltbush Analytics
    <no-reply@…>", often the employer)."""
    names = {a.name for a in (*m.to, *m.cc) if a.name}
    names.update(x.strip() for x in _FROM_LINE.findall(f"{m.text}\n{m.quoted or ''}"))
    closing = m.signature or "\n".join(m.text.splitlines()[-6:])
    if m.sender and m.sender.name and clean_name(m.sender.name) == m.sender.name and any(
            line.lstrip(" \t").lower().startswith(m.sender.name.lower())
            and _TITLE_AFTER.match(line.lstrip(" \t")[len(m.sender.name):])
            for line in closing.splitlines()):
        # (its sender when a closing line shows that person with a title: "Kyle Brandvold
        # <kyle@…>" signing "Kyle Brandvold | Senior Recruiter")
        names.add(m.sender.name)
    return {norm_org(n) for n in names}


def _trimmed(role: str | None, company: str) -> str | None:
    return role and (final_position(without_company(role, company)) or role)
