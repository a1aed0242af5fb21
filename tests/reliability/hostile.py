"""Hostile input for the Hypothesis tests: strategies, a raw invitation to hide it in, and
the check every draft built from it must pass.

Hypothesis runs derandomized (the same examples on every machine, so CI is deterministic)
with no deadline: the time bounds that matter are asserted by the tests themselves.
"""

from __future__ import annotations

import base64
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from email import policy
from email.errors import ObsoleteHeaderDefect
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from mailwatch.providers.base import MARKER_HEADER, marker_message_id

FUZZ = settings(max_examples=300, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FUZZ_CYCLE = settings(FUZZ, max_examples=200)  # a whole cycle per example

#: Results a template would print if mail content were ever executed as Jinja.
CANARIES = ("MWX1", "MWX2MWX2", "1337", "&lt;script")
PAYLOADS = (
    '{{ "MW" ~ "X1" }}', "{% for i in range(2) %}MWX2{% endfor %}", "{{ 7*191 }}",
    "{{ cycler.__init__.__globals__.os }}", "{{ config }}", "{# x #}", "{%raw%}", "}}",
    "<script>alert(1)</script>", "[Company]", "XXX", "Dear ,",
)
SMUGGLERS = (
    "\r\n", "\n", "\r", "\0", "\r\nBcc: spy@evil.example", "\nBcc: spy@evil.example",
    "\r\n\r\n", "=?utf-8?q?x=0D=0ABcc:_spy@evil.example?=", "\u2028", "\x85", "\t", '"',
    "<spy@evil.example>", ",", ";", ":", "\\", "^n", "^'",
)
_PLAIN = st.text(alphabet="abcdefgh ijkl-.'ÉéßøΩ漢😀", max_size=6)
hostile = st.lists(st.one_of(st.sampled_from(SMUGGLERS), st.sampled_from(PAYLOADS), _PLAIN),
                   max_size=6).map("".join)
#: Hostile text without encoded words or non-ASCII: what the header code gets right today.
ascii_hostile = st.lists(st.one_of(
    st.sampled_from([x for x in SMUGGLERS if x.isascii() and "=?" not in x]),
    st.sampled_from(PAYLOADS), st.text(alphabet="abcdefgh ijkl-.'", max_size=6)),
    max_size=6).map("".join)
#: A name with a hostile tail; `hostile_name` may also be nothing but the hostile part.
named = st.tuples(st.sampled_from(["Pieter van Wyk", "Aisha", "Dr. Jörg Müller"]),
                  hostile).map(lambda t: f"{t[0]} {t[1]}".strip())
hostile_name = st.one_of(named, hostile)

EXPECTED_HEADERS = sorted(["content-transfer-encoding", "content-type", "date", "from",
                           "in-reply-to", "message-id", "mime-version", "references", "subject",
                           "to", MARKER_HEADER.lower()])


class Overtime(BaseException):
    """Raised by `time_bound` (a BaseException, so no `except Exception` swallows it)."""


@contextmanager
def time_bound(seconds: float) -> Iterator[None]:
    """Fail with Overtime when the block runs longer than `seconds` (SIGALRM). The alarm
    repeats every 50 ms, so an Overtime swallowed somewhere (a finalizer, a library's
    bare except) is raised again at once."""
    def ring(signum: int, frame: Any) -> None:
        if frame is not None and frame.f_code.co_name == "gc_callback":
            return  # inside Hypothesis's GC hook an exception is only printed: next ring
        raise Overtime(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.05)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def encoded_word(text: str) -> str:
    """`text` as one RFC 2047 word, so CR, LF and NUL survive into the parsed header."""
    return "=?utf-8?b?" + base64.b64encode(text.encode("utf-8", "replace")).decode() + "?="


def _ics_text(value: str) -> str:  # RFC 5545 TEXT escaping; CR as a newline
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r", "\n").replace("\n", "\\n"))


def _ics_param(value: str) -> str:  # RFC 6868 caret encoding, quoted
    value = value.replace("^", "^^").replace('"', "^'").replace("\r", "\n")
    return '"' + value.replace("\n", "^n") + '"'


def raw_invitation(*, sender: str, subject: str, first: str, second: str, summary: str,
                   company: str, verbatim_cn: bool = False) -> bytes:
    """Acme's invitation (Thu 5 Nov 2026, 10:00–11:00 SAST, Pieter and Aisha) with hostile
    text in the From name, Subject, attendee names, event title and body. With
    `verbatim_cn` the first attendee's name is written unquoted, as some generators do."""
    cn = first if verbatim_cn else _ics_param(first)
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//mailwatch reliability//EN", "VERSION:2.0",
        "METHOD:REQUEST", "BEGIN:VEVENT", "UID:acme-1@acme.example", "SEQUENCE:0",
        "DTSTAMP:20261102T080000Z", "DTSTART;TZID=Africa/Johannesburg:20261105T100000",
        "DTEND;TZID=Africa/Johannesburg:20261105T110000",
        f"SUMMARY:Interview - Data Engineer {_ics_text(summary)}",
        "ORGANIZER;CN=Lerato Mokoena:mailto:lerato@acme.example",
        f"ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT:mailto:pieter@acme.example",
        f"ATTENDEE;CN={_ics_param(second)};ROLE=REQ-PARTICIPANT:mailto:aisha@acme.example",
        "ATTENDEE;CN=Thandi Nkosi:mailto:thandi@example.org", "END:VEVENT", "END:VCALENDAR",
    ]) + "\r\n"
    body = (f"Hi Thandi,\n\nThank you for applying for the Data Engineer role at {company}. "
            "I have booked your interview for Thursday 05 November at 10:00 SAST with "
            "Pieter van Wyk and Aisha Patel. The calendar invitation is attached.\n\n"
            "Kind regards,\nLerato Mokoena\nTalent Partner\n")
    parts = [
        f"From: {encoded_word(sender)} <lerato@acme.example>",
        "To: Thandi Nkosi <thandi@example.org>",
        f"Subject: {encoded_word('Interview: Data Engineer ' + subject)}",
        "Date: Mon, 02 Nov 2026 10:00:00 +0200",
        "Message-ID: <acme-inv-1@acme.example>", "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="mw-b1"', "",
        "--mw-b1", "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: base64", "",
        base64.encodebytes(body.encode("utf-8", "replace")).decode(),
        "--mw-b1", 'Content-Type: text/calendar; method=REQUEST; charset="utf-8"',
        "Content-Transfer-Encoding: base64", "",
        base64.encodebytes(ics.encode("utf-8", "replace")).decode(), "--mw-b1--", "",
    ]
    return "\n".join(parts).encode("ascii")


def assert_clean_draft(raw: bytes, *, action_id: str, to: set[str], user: str) -> EmailMessage:
    """No header injection: the header block is 7-bit, holds no CR or NUL, every line is a
    header or a folded continuation, and it holds exactly the expected headers, once
    each; To is one address from `to`, From is the user, the markers name `action_id`."""
    block, sep, _ = raw.replace(b"\r\n", b"\n").partition(b"\n\n")
    assert sep, "no end of header block"
    assert block.isascii() and b"\r" not in block and b"\0" not in block
    names = []
    for line in block.split(b"\n"):
        if line[:1] in (b" ", b"\t"):
            continue  # a folded continuation of the header above
        name, colon, _ = line.partition(b":")
        assert colon and name and b" " not in name, line
        names.append(name.decode().lower())
    assert sorted(names) == EXPECTED_HEADERS, names
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(msg, EmailMessage)
    for name in names:
        assert not any(c in str(msg[name]) for c in "\r\n\0"), (name, str(msg[name]))
    (recipient,) = msg["To"].addresses
    assert recipient.addr_spec in to, str(msg["To"])
    assert [a.addr_spec for a in msg["From"].addresses] == [user]
    for name in ("To", "From"):  # "Dr. Jörg" comes out as obs-phrase: tolerated
        defects = [d for d in msg[name].defects if not isinstance(d, ObsoleteHeaderDefect)]
        assert defects == [], (name, str(msg[name]), defects)
    assert str(msg["Message-ID"]) == f"<{marker_message_id(action_id)}>"
    assert str(msg[MARKER_HEADER]) == action_id
    assert msg.get_content_type() == "text/plain"
    return msg


def assert_not_executed(text: str, sources: tuple[str, ...]) -> None:
    """Mail content was printed as text: no canary a template would have produced."""
    for canary in CANARIES:
        if not any(canary in s for s in sources):
            assert canary not in text, canary
