"""The employer and the role a mail names: its text's phrases ("the X role at Acme"), its
subject and its calendar event's title, the mail it quotes, a title line of an itinerary.

Split from pipeline.py, which decides the kind and only asks this module once per mail for
the two names (the learned models may still change them there, for job mail).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..message import Message
from . import classify as c
from .client import expand_acronym
from .company import choose_company, company_from_text, names_a_person
from .employer import with_lower_words
from .ics import Event
from .names import names_user
from .people import names_in_text
from .position import (
    cjk_position,
    final_position,
    position_from_text,
    programme_from_text,
    script_position,
    without_company,
)
from .quoted_pick import unquoted
from .same_name import norm_role
from .subject import both_genders, capitalised_in_subject, from_subject

#: A grade a subject's role adds in front of the text's: "Senior" of "Senior Compliance
#: Officer (AO6)" over the text's other "Compliance Officer (AO5) vacancy".
_SENIORITY = re.compile(r"senior|junior|lead|principal|staff|chief|assistant|deputy|associate")
#: What goes on with a role the text cut short: "Desenvolupador/a d'aplicacions mòbils".
_OF_MORE = (" d'", " d’", " de ", " del ", " di ", " da ", " do ", " of ")


def company_and_role(m: Message, users: frozenset[str], ats_domains: frozenset[str],
                     events: list[Event]) -> tuple[str | None, str | None]:
    """(employer, role) of a mail: phrases of its text, then its subject and its calendar
    event's title, its quoted mail and title lines; `ats_domains`: the user's own list of
    tools that send for employers, never an employer's name."""
    names = tuple(a.name for a in (*m.to, *m.cc) if a.name)
    if m.sender and m.sender.name:
        names += (m.sender.name,)
    pos = script_position(m.text) or position_from_text(m.text) or position_from_text(
        m.subject) or cjk_position(f"{m.subject}\n{m.text}")
    # (and the event's guests: Cal.com titles an event "… between Grace Tobin and A B",
    # where the host may be a person or a company)
    people = tuple(a.name for a in (*m.to, *m.cc) if a.name) + tuple(
        p.name for e in events[:1] for p in (e.organizer, *e.attendees) if p and p.name)
    co = company_from_text(m.text, people) or company_from_text(m.subject, people)
    if co:  # is it a person the text introduces ("the role with Dr A B")? asked only now
        people += tuple(p.name for p in names_in_text(m.text) if p.name)
        if names_a_person(co, people):  # (else the phrases read again would give co again)
            co = company_from_text(m.text, people) or company_from_text(m.subject, people)
    # (the candidate as the event names her: "Interview – Seed Conservation Officer (A B)")
    names += tuple(e.user_name for e in events[:1] if e.user_name)
    s_co, s_pos = from_subject(m.subject, names)
    for e in events[:1]:
        e_co, e_pos = from_subject(e.summary, names)
        s_co, s_pos = s_co or e_co, s_pos or e_pos
    if s_co and names_user(s_co, users):
        s_co = None  # "Interview - Commercial Cleaner (Evening) - Thandi Nkosi": her, by name
    # (her own mail names its employer by whom she writes to: "Re: Final round" to
    # neha@saffronline…, over the quoted invitation)
    them = replace(m, sender=m.to[0], to=(m.sender,), text=f"{m.text}\n\n{unquoted(m.quoted)}") if (
        m.sender and m.sender.email in users and m.to) else m
    company = with_lower_words(choose_company(co, s_co, them, names, ats_domains), m.text)
    if pos and s_pos and len(s_pos) > len(pos) and s_pos.lower().startswith(pos.lower()) and (
            (s_pos[len(pos)] == " " and pos[0].islower() and s_pos[0].isupper())
            or s_pos[len(pos)] == "." or s_pos[len(pos):].startswith(_OF_MORE)
            or both_genders(s_pos) or (
                s_pos[len(pos)] == "," and f" {norm_role(s_pos)} " in f" {norm_role(m.text)} ")):
        # "tjänsten som systemutvecklare inom …" under "Systemutvecklare inbyggda system": a
        # role the text writes in lower case, whole in the subject; "la vacante de Analista
        # Sr. de Datos", cut at its abbreviation's dot; "Analyste principal(e), intelligence
        # d'affaires", cut at its comma, which the text writes whole too (not "Store
        # Manager, Yorkdale" of the subject: a place)
        pos = s_pos
    elif pos and s_pos and pos.lower() in s_pos.lower() and _SENIORITY.fullmatch(
            s_pos.lower().split(pos.lower())[0].strip()) and s_pos in m.text:
        # "Senior Compliance Officer (AO6)" in the subject and the text's heading, over a
        # "Compliance Officer (AO5) vacancy … expected to be advertised": the role it is about
        pos = s_pos
    if pos and (written := capitalised_in_subject(pos, m.subject)):
        pos = written  # ("puesto de recepcionista", "… - Recepcionista (turno de noche)")
    # a reply names the role in the mail it quotes ("Re: Interview Thursday – small change"),
    # or an event's title line does ("Hiring manager interview - Senior Data Analyst")
    programme = programme_from_text(m.text)
    pos = pos or s_pos or (position_from_text(unquoted(m.quoted))
                           if m.quoted else None) or _title_line_position(m.text, names) or (
        programme)
    if pos and programme and programme.startswith(f"{pos} ") and (
            _MORE_OF_PROGRAMME.match(programme, len(pos))):
        # "Commercial Banking Analyst - Rotational Program (Toronto)", "… Programme 2027" (not
        # "Graduate Trainee Programme (Buying & Planning)" over the subject's "Graduate
        # Trainee (Buying & Planning)")
        pos = programme
    role = final_position(without_company(pos, company))
    if role and role.isupper():  # "SRE" in the subject, spelled out in the thread
        role = expand_acronym(role, f"{m.text}\n{unquoted(m.quoted)}") or role
    elif role and _ACRONYM.search(role):  # "Senior RN Developer" the event spells out
        role = _spelled_out(role, "\n".join((m.text, unquoted(m.quoted) if m.quoted else "",
                                             *(e.description for e in events[:1]))))
    return company, role


_MORE_OF_PROGRAMME = re.compile(r" (?:[-–] |20\d\d\b)")
#: A short capitalised abbreviation inside a role: "RN" of "Senior RN Developer".
_ACRONYM = re.compile(r"(?<!\S)[A-Z]{2,4}(?!\S)")


def _spelled_out(role: str, text: str) -> str:
    """ "Senior RN Developer" as the mail also writes it (in its text, the mail it quotes or
    its event): "Senior React Native Developer", each abbreviation the words of its
    initials; or the role as it is."""
    parts = [re.escape(p) for p in _ACRONYM.split(role)]
    # (a small word of it in lower case: "FOH" of "Front of House")
    spelled = [r"\s+".join(rf"[{ch}{ch.lower()}][a-z]+" for ch in a)
               for a in _ACRONYM.findall(role)]
    pattern = parts[0] + "".join(s + p for s, p in zip(spelled, parts[1:], strict=True))
    found = {m.group(0) for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", text)}
    return " ".join(found.pop().split()) if len(found) == 1 else role


#: A short line that titles an event or a day: "Hiring manager interview - Senior Data
#: Analyst", "Timetable Performance Analyst - Assessment Day".
_TITLE_LINE = re.compile(r"(?im)^[^\n]{3,80}\s[-–—]\s[^\n]{3,80}$")


def _title_line_position(text: str, names: tuple[str, ...]) -> str | None:
    for line in _TITLE_LINE.findall(text[:2000]):
        about = c.INTERVIEW.search(line) or c.INTERVIEW_STAGE.search(line)
        if (about or "assessment" in line.lower()) and (
                pos := from_subject(line.strip(), names)[1]):
            return pos
    return None
