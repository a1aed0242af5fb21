"""One person per person: merging the records of someone seen twice (an ICS attendee and a
name in the text), and giving a first name ("Arjun") the full name the mail lists.

Split from people.py because merging is its own job: people.py, the calendar path and the
text path each find people by their own rules, and all of them hand their finds here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Person

#: A greeting or sentence opener, never a first name: "Hey Femke", "Dear Thandi",
#: "Unfortunately Rohan".
GREETING = re.compile(r"(?:hi|hello|hey|dear|thanks|thank|sorry|ol[áa]|hola|bonjour|hallo|hoi"
                      r"|beste|ciao|liebe|lieber|hej|hei|unfortunately|sadly|regrettably"
                      r"|apologies|however)\b", re.I)


def dedupe(people: Iterable[Person]) -> list[Person]:
    """Merge people seen twice (ICS + text), keeping the richest record. An address with no
    name ("jordan.ellis@…" as an ICS attendee) joins the named person it spells."""
    out: list[Person] = []
    for p in people:
        key_name = (p.name or "").lower()
        for i, q in enumerate(out):
            same = (
                (p.email and p.email == q.email)
                or (key_name and q.name and key_name == q.name.lower())
                or _first_name_of(p.name, q.name) or _first_name_of(q.name, p.name)
                or _given_names_last(p.name, q.name) or _given_names_last(q.name, p.name)
                or _surname_of(p.name, q.name) or _surname_of(q.name, p.name)
                or _turned(p.name, q.name)
                or _cut_at_hyphen(p.name, q.name) or _cut_at_hyphen(q.name, p.name)
                or _short_first(p.name, q.name) or _short_first(q.name, p.name)
                or (not p.name and not q.email and _spells(q.name, p.email))
                or (not q.name and not p.email and _spells(p.name, q.email))
            )
            if same:
                name = q.name or p.name
                if p.name and q.name and len(p.name.split()) > len(q.name.split()):
                    name = p.name  # "Arjun (VP Data)" in the text is the guest Arjun Nair
                elif _short_first(q.name, p.name) or _cut_at_hyphen(q.name, p.name):
                    name = p.name  # the subject's "Greg Ashworth", the Cc's Gregory
                elif _turned(p.name, q.name):
                    # the text's "Florian Haberl" over the guest list's "Haberl Florian"
                    # (calendar guests come first), never a "SCHMIT Paul" in capitals
                    name = q.name if _shouts(p.name) and not _shouts(q.name) else p.name
                out[i] = Person(name=name, email=q.email or p.email, title=q.title or p.title)
                break
        else:
            out.append(p)
    return out


def with_full_names(people: Iterable[Person], known: Iterable[Person]) -> list[Person]:
    """People named by first name alone ("you'll meet Arjun (VP Data)") given the full
    name of someone the mail lists ("Arjun Nair", the invitation's organizer)."""
    known = [k for k in known if k.name]
    out = []
    for p in people:
        full = next((k for k in known if _first_name_of(p.name, k.name)), None)
        out.append(p if full is None else
                   Person(name=full.name, email=full.email, title=p.title or full.title))
    return out


def _first_name_of(first: str | None, full: str | None) -> bool:
    """Are `first` the given names that open the full name `full` ("Arjun" of "Arjun
    Nair", "Wei Jie" of "Wei Jie Lim")? The text often names by first name whom the
    invitation lists in full."""
    return bool(first and full and len(first.split()) < len(full.split())
                and full.lower().startswith(first.lower() + " "))


def _short_first(short: str | None, full: str | None) -> bool:
    """Is `short` the name `full` with its first name cut short ("Greg Ashworth" of
    "Gregory Ashworth", "Dan Okafor" of "Daniel Okafor")? Subjects and greetings shorten
    the first name that a calendar or Cc line gives whole."""
    if not (short and full):
        return False
    a, b = short.lower().split(), full.lower().split()
    return (len(a) == len(b) > 1 and a[1:] == b[1:] and len(a[0]) >= 3
            and len(b[0]) > len(a[0]) and b[0].startswith(a[0]))


def _cut_at_hyphen(short: str | None, full: str | None) -> bool:
    """ "Eleanor Bright" of "Eleanor Bright-Ashworth": a double-barrelled surname read up
    to its hyphen."""
    return bool(short and full and full.startswith(short) and full[len(short):][:1] == "-"
                and " " in short)


def _shouts(name: str | None) -> bool:
    return any(len(w) > 1 and w.isupper() for w in (name or "").split())


def _turned(a: str | None, b: str | None) -> bool:
    """ "Haberl Florian" (a table's surname first) and "Florian Haberl": one person."""
    return bool(a and b and len(a.split()) == 2
                and [w.casefold() for w in a.split()[::-1]] == [w.casefold() for w in b.split()])


def _surname_of(last: str | None, full: str | None) -> bool:
    """Is `last` one word, the surname that ends `full` ("Brandt" of "Henrike Brandt", read
    from a row's "Brandt, Henrike")?"""
    return bool(last and full and " " not in last and len(full.split()) >= 2
                and full.split()[-1].lower() == last.lower())


def _given_names_last(given: str | None, full: str | None) -> bool:
    """Are `given` (two words or more) the given names that end a surname-first full name
    ("Wei Ling" of "Tan Wei Ling")? Both are one person written two ways."""
    return bool(given and full and 2 <= len(given.split()) < len(full.split())
                and full.lower().endswith(" " + given.lower()))


def _fold(value: str) -> str:
    import unicodedata

    norm = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in norm if ch.isalnum() and ord(ch) < 128)


def names_user(name: str, users: frozenset[str]) -> bool:
    """Does `name` spell one of the user's addresses ("thandi.nkosi@", or "thandi@" for
    "Thandi …")? A calendar may title an event with her name and not its address."""
    words = name.lower().split()
    for address in users:
        local = address.partition("@")[0].lower()
        if words and (local == words[0] or all(w in set(re.split(r"[._+-]", local))
                                               for w in words)):
            return True
    return False


def _spells(name: str | None, email: str | None) -> bool:
    """Is `email`'s local part this name ("jordan.ellis", "jellis", "ellis.j")?"""
    if not name or not email:
        return False
    local = email.partition("@")[0].lower()
    parts = [_fold(t) for t in name.split()]
    if len(parts) < 2 or not all(parts):
        return False
    first, last = parts[0], parts[-1]
    compact = _fold(local)
    return compact in (first + last, last + first, first[0] + last, last + first[0],
                       "".join(parts))
