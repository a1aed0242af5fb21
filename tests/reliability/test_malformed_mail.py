"""Unreadable, huge and hostile MIME: `parse_message` returns a Message or raises
MalformedMessage — never anything else — within a time bound, and a cycle over a Maildir
full of such mail completes, drafting for the good mail and logging why it skipped each
bad one.
"""

from __future__ import annotations

import logging
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mailwatch.message import MAX_MESSAGE_BYTES, MAX_TEXT_CHARS, MalformedMessage, parse_message
from tests.e2e.harness import Mailbox

from .hostile import FUZZ, hostile, raw_invitation, time_bound
from .scenario import DUE, GREENLEAF_THANKS, assert_one_draft_per_action, invitation

#: Seconds one message may take to parse on a slow CI core. Mail that is only big or
#: odd takes under 0.5 s; the bound is there to catch super-linear blow-ups.
BOUND = 2.0


def head(mid: str = "hostile-1", extra: bytes = b"") -> bytes:
    return (b"From: Lerato Mokoena <lerato@greenleaf.co.za>\nTo: thandi@example.org\n"
            b"Subject: Interview: Data Engineer at Greenleaf Analytics\n"
            b"Date: Mon, 02 Nov 2026 10:00:00 +0200\nMessage-ID: <" + mid.encode()
            + b"@greenleaf.co.za>\nMIME-Version: 1.0\n" + extra)


def nested(depth: int, mid: str = "nested") -> bytes:
    inner = b"Content-Type: text/plain\n\ndeep inside\n"
    for n in range(depth):
        b = b"n%d" % n
        inner = (b'Content-Type: multipart/mixed; boundary="' + b + b'"\n\n--' + b + b"\n"
                 + inner + b"\n--" + b + b"--\n")
    return head(mid) + inner


def many_parts(count: int, mid: str = "many") -> bytes:
    parts = b"".join(b"--p\nContent-Type: text/plain\n\npart %d\n" % n for n in range(count))
    return head(mid) + b'Content-Type: multipart/mixed; boundary="p"\n\n' + parts + b"--p--\n"


def text(ctype: bytes, body: bytes, cte: bytes = b"8bit", mid: str = "text") -> bytes:
    return head(mid) + b"Content-Type: " + ctype + b"\nContent-Transfer-Encoding: " + cte \
        + b"\n\n" + body


def rfc822_nested(depth: int) -> bytes:
    inner = b"Subject: innermost\n\nhello\n"
    for _ in range(depth):
        inner = b"Content-Type: message/rfc822\n\n" + inner
    return head() + inner


PATHOLOGICAL = {
    "larger than the limit": lambda: head() + b"\n" + b"x" * (MAX_MESSAGE_BYTES + 1),
    "MIME nested 3000 deep": lambda: nested(3000),
    "20000 parts": lambda: many_parts(20_000),
    "message/rfc822 nested 2000 deep": lambda: rfc822_nested(2000),
    "unknown charset": lambda: text(b"text/plain; charset=x-klingon", b"\xff\xfe" * 500),
    "lying charset": lambda: text(b"text/plain; charset=utf-16", "Grüße".encode("latin-1") * 99),
    "NUL in the charset": lambda: text(b'text/plain; charset="utf\x008"', b"abc"),
    "8-bit charset name": lambda: text(b"text/plain; charset=\xff\xfe\x81", b"abc"),
    "broken base64": lambda: text(b"text/plain", b"!!!*** not base64 ===\n" * 200, b"base64"),
    "broken quoted-printable": lambda: text(b"text/plain", b"=ZZ=\n=\n=C3" * 200,
                                            b"quoted-printable"),
    "8-bit garbage headers": lambda: b"Subject: \xff\xfe\x00\x81\nFrom: \x00\xff <\xfe@\xff>\n"
                                     b"Date: \xff\n\nbody\n",
    "no header block": lambda: b"this is not an e-mail at all",
    "only NUL bytes": lambda: b"\0" * 4096,
    "a 1 MB header line": lambda: head(extra=b"X-Long: " + b"a" * 1_000_000 + b"\n") + b"\nhi\n",
    "100000 References": lambda: head(extra=b"References: " + b" ".join(
        b"<r%d@x>" % n for n in range(100_000)) + b"\n") + b"\nhi\n",
    "20000 header fields": lambda: head(extra=b"".join(
        b"X-F%d: v\n" % n for n in range(20_000))) + b"\nhi\n",
    "multipart without a boundary": lambda: text(b"multipart/mixed", b"--\n\n--\n"),
    "boundary never closed": lambda: text(b'multipart/mixed; boundary="b"',
                                          b"--b\nContent-Type: text/plain\n\nopen\n" * 100),
    "10 MB on one line": lambda: text(b"text/plain", b"y" * 10_000_000),
    "binary calendar part": lambda: text(b"text/calendar; method=REQUEST",
                                         bytes(range(256)) * 200, b"binary"),
}


def outcome(raw: bytes) -> object:
    """`parse_message(raw)` within BOUND seconds: the Message, or the MalformedMessage."""
    with time_bound(BOUND):
        try:
            return parse_message(raw)
        except MalformedMessage as exc:
            return exc


@pytest.mark.parametrize("make", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_mail_is_read_or_refused_in_bounded_time(make) -> None:
    """Bad mail never stops a cycle: huge, deeply nested, many-part, lying-charset and
    garbage messages are parsed or refused with MalformedMessage, each within BOUND."""
    result = outcome(make())
    if not isinstance(result, MalformedMessage):
        assert len(result.text) <= MAX_TEXT_CHARS  # type: ignore[attr-defined]


SLOW_HTML = {
    "3000 unclosed <p><b><i> (30 KB)": lambda: text(b"text/html", b"<p><b><i>x" * 3000),
    "10 MB of HTML": lambda: text(b"text/html", b"<p>Interview on <b>Thursday</b></p>\n"
                                  * 300_000),
}


@pytest.mark.parametrize("make", SLOW_HTML.values(), ids=SLOW_HTML.keys())
def test_html_heavy_mail_is_read_or_refused_in_bounded_time(make) -> None:
    """Bad mail never stops a cycle — also HTML built to be slow to turn into text."""
    outcome(make())


_leaf_type = st.sampled_from(["text/plain", "text/html", "text/calendar", "application/ics",
                              "application/octet-stream", "message/rfc822", "text/", "/", ""])
_charset = st.sampled_from(["utf-8", "us-ascii", "iso-8859-1", "utf-16", "utf-7", "x-unknown",
                            "", "utf\x008", '"utf-8', "cp1252", "shift_jis", "x" * 300])
_cte = st.sampled_from(["7bit", "8bit", "base64", "quoted-printable", "binary", "x-uuencode",
                        "bogus", ""])
_body = st.one_of(st.binary(max_size=300), hostile.map(lambda s: s.encode("utf-8", "replace")),
                  st.sampled_from([b"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
                                   b"DTSTART:2026\r\nEND:VCALENDAR\r\n", b"<html><p>Hi",
                                   b"PGh0bWw+", b"=C3=A9=\n", b"\r\n\r\n--"]))


def _leaf(ctype: str, charset: str, cte: str, body: bytes, name: str) -> bytes:
    return (f"Content-Type: {ctype}; charset={charset}; name={name}\n"
            f"Content-Transfer-Encoding: {cte}\n\n").encode("utf-8", "replace") + body + b"\n"


def _multipart(kind: str, boundary: str, parts: list[bytes]) -> bytes:
    b = boundary.encode("utf-8", "replace")
    out = b'Content-Type: multipart/' + kind.encode() + b'; boundary="' + b + b'"\n\n'
    return out + b"".join(b"--" + b + b"\n" + p for p in parts) + b"--" + b + b"--\n"


_tree = st.recursive(
    st.builds(_leaf, _leaf_type, _charset, _cte, _body, st.sampled_from(["a.ics", "x", ""])),
    lambda kids: st.builds(_multipart, st.sampled_from(["mixed", "alternative", "x"]),
                           st.sampled_from(["b", "==", "", "a b", "x" * 80]),
                           st.lists(kids, max_size=5)),
    max_leaves=12)
_header = st.tuples(st.sampled_from(["From", "To", "Cc", "Subject", "Date", "Message-ID",
                                     "In-Reply-To", "References", "Content-Type",
                                     "Auto-Submitted", "X-Mailwatch-Action", ""]),
                    st.one_of(hostile, st.binary(max_size=40).map(
                        lambda b: b.decode("latin-1"))))
_message = st.one_of(
    st.builds(lambda hs, tree: b"".join(f"{n}: {v}\n".encode("utf-8", "surrogateescape")
                                        for n, v in hs) + tree,
              st.lists(_header, max_size=8), _tree),
    st.builds(lambda tree: head() + tree, _tree),
    st.binary(max_size=500))


@FUZZ
@given(raw=_message)
def test_any_mime_is_read_or_refused_with_a_reason(raw: bytes) -> None:
    """Bad mail never stops a cycle: for any bytes — hostile headers, unknown or lying
    charsets, broken transfer encodings, odd MIME trees — parse_message returns a Message
    whose subject and addresses are single clean lines, or raises MalformedMessage with a
    reason; never another exception, never slowly."""
    result = outcome(raw)
    if isinstance(result, MalformedMessage):
        assert str(result)
        return
    msg = result
    assert msg.message_id  # type: ignore[attr-defined]
    assert not any(c in msg.subject for c in "\r\n\0")  # type: ignore[attr-defined]
    for address in (msg.sender, *msg.to, *msg.cc):  # type: ignore[attr-defined]
        if address is not None:
            assert not any(c in address.email for c in "\r\n\0 ")
            assert not any(c in address.name for c in "\r\n\0")
    assert msg.date is None or msg.date.utcoffset() is not None  # type: ignore[attr-defined]


def test_a_cycle_over_a_maildir_of_bad_mail_completes_and_logs_each_skip(
    tmp_path, caplog
) -> None:
    """Bad mail never stops a cycle: unreadable or hostile messages are skipped with a
    logged reason, and the invitation among them is drafted for as usual."""
    box = Mailbox(tmp_path)
    bad = {
        "message too large": head("large") + b"\n" + b"x" * (MAX_MESSAGE_BYTES + 1),
        "more than 200 MIME parts": many_parts(20_000),
        "RecursionError": nested(3000),
        "no header block": PATHOLOGICAL["no header block"](),
        "no Message-ID, From or Date": b"Subject: Interview\nX-Junk: \xff\n\nhello\n",
    }
    for raw in bad.values():
        box.deliver(raw)
    box.deliver(text(b"text/plain; charset=x-klingon", b"\xff\xfe Interview", mid="klingon"))
    box.deliver(invitation())
    caplog.set_level(logging.INFO, logger="mailwatch")
    started = time.monotonic()
    assert box.run(DUE) == 0
    assert time.monotonic() - started < 30
    skips = [r.getMessage() for r in caplog.records if r.getMessage().startswith("skipped ")]
    for reason in bad:
        assert [s for s in skips if reason in s], (reason, skips)
    assert_one_draft_per_action(box, GREENLEAF_THANKS)


def test_an_invitation_whose_message_id_holds_a_nul_does_not_stop_the_account(
    tmp_path,
) -> None:
    """Bad mail never stops a cycle: a Message-ID holding a NUL is dropped (the message
    gets a synthetic id), so both applications' thank-yous are written and nothing is left
    half-done."""
    box = Mailbox(tmp_path)
    box.deliver(invitation())
    plain = dict(sender="Lerato Mokoena", subject="", first="Pieter van Wyk",
                 second="Aisha Patel", summary="", company="Acme")
    box.deliver(raw_invitation(**plain).replace(b"<acme-inv-1@", b"<acme-inv\x00-1@"))
    assert box.run(DUE) == 0
    assert_one_draft_per_action(
        box, GREENLEAF_THANKS | {"pieter@acme.example", "aisha@acme.example"})
