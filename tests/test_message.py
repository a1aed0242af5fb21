"""parse_message: one odd message is a skipped message with a reason, never a crash."""

from __future__ import annotations

import pytest

from mailwatch.message import MalformedMessage, parse_message

HEAD = (b"From: Shop <news@shop.example>\r\nTo: thandi@example.org\r\nSubject: Sale\r\n"
        b"Date: Mon, 2 Nov 2026 09:00:00 +0200\r\n")


def test_8bit_byte_in_a_content_disposition_parameter_is_read():
    raw = (HEAD + b"Message-ID: <p1@shop.example>\r\nContent-Type: text/plain; charset=utf-8"
           b"\r\nContent-Disposition: inline; filename=\"pr\xe9sentation.txt\"\r\n\r\nhello\r\n")
    assert parse_message(raw).message_id == "p1@shop.example"


def test_nul_in_a_charset_name_is_read():
    raw = (HEAD + b"Message-ID: <p2@shop.example>\r\n"
           b"Content-Type: text/plain; charset=\"utf\x00-8\"\r\n\r\nhello\r\n")
    assert parse_message(raw).text == "hello"


def test_missing_message_id_gets_a_stable_synthetic_one():
    raw = HEAD + b"Content-Type: text/plain\r\n\r\nYour interview is on Thursday.\r\n"
    first, second = parse_message(raw), parse_message(raw)
    assert first.message_id == second.message_id
    assert first.message_id.endswith("@mailwatch.invalid")
    other = parse_message(raw.replace(b"Thursday", b"Friday"))
    assert other.message_id != first.message_id


@pytest.mark.parametrize("raw", [b"", b"   ", b"no header block at all",
                                 b"Subject: only this\r\n\r\nbody"])
def test_unreadable_input_raises_malformed_with_a_reason(raw):
    with pytest.raises(MalformedMessage) as exc:
        parse_message(raw)
    assert str(exc.value)


def test_encoded_words_in_display_names_are_decoded():
    raw = (b"From: Sabine =?utf-8?q?Kr=C3=BCger?= <sabine@kestrel.example>\r\n"
           b"To: =?iso-8859-1?q?Fran=E7oise_Dubois?= <fd@example.org>\r\n"
           b"Subject: x\r\nDate: Mon, 2 Nov 2026 09:00:00 +0200\r\n"
           b"Message-ID: <enc@kestrel.example>\r\n\r\nhello\r\n")
    msg = parse_message(raw)
    assert msg.sender.name == "Sabine Krüger"
    assert msg.to[0].name == "Françoise Dubois"


def test_a_bulleted_list_stays_in_the_body_not_the_signature():
    body = ("Hi Thandi,\r\n\r\nWe are delighted to offer you the role. The terms:\r\n"
            "- Salary: 95,000\r\n- Start: 4 January\r\n\r\nPlease reply by Friday.\r\n\r\n"
            "Cheers,\r\nAna\r\n")
    raw = (HEAD + b"Message-ID: <offer@shop.example>\r\nContent-Type: text/plain\r\n\r\n"
           + body.encode())
    msg = parse_message(raw)
    assert "delighted to offer" in msg.text
    assert "Start: 4 January" in msg.text and "Please reply by Friday." in msg.text
    assert not msg.signature.startswith("- ")


def test_a_real_signature_delimiter_still_splits():
    raw = (HEAD + b"Message-ID: <sig@shop.example>\r\nContent-Type: text/plain\r\n\r\n"
           b"See you on Thursday.\r\n\r\n-- \r\nAna Ferreira\r\nFounder\r\n")
    msg = parse_message(raw)
    assert msg.text == "See you on Thursday."
    assert "Ana Ferreira" in msg.signature


def test_a_dash_sign_off_is_still_a_signature():
    raw = (HEAD + b"Message-ID: <dash@shop.example>\r\nContent-Type: text/plain\r\n\r\n"
           b"Could you come in on Friday at 11:00?\r\n- Ana, founder of Lumo\r\n")
    msg = parse_message(raw)
    assert "founder of Lumo" not in msg.text


_ADDRESS_VALUES = [
    "Ana Silva <ana.silva@acme.com>", "ana@acme.com", "=?utf-8?q?Kr=C3=BCger?= <k@x.de>",
    "O'Brien <ob@x.ie>", "Ana  Silva <a@b.c>", "Ana Silva<a@b.c>", "J. Doe <j@d.com>",
    '"Doe, Jane" <j@d.com>', "Jane (HR) <j@d.com>", "a@b.c, d@e.f", "a@b", "a..b@c.d",
    ".a@b.c", "a@b.c.", "a@@b.c", "a@b@c.d", "<a@b.c>", "Ana <a@b.c> x", "Ana <a@[1.2.3.4]>",
    "Ana\t<a@b.c>", "Ana <a@b.c>\n", "Ana\n <a@b.c>", "José <j@x.es>", "", "@", "a@", "x y",
]


def test_simple_addresses_are_read_as_the_stdlib_reads_them():
    import email.utils
    import random

    from mailwatch.message import _simple_address

    values = list(_ADDRESS_VALUES)
    rng = random.Random(7)
    atoms = ["Ana", "silva", "x=?q?", "a.b", "b-c", "'o'", "K+1", "~z", "", "é", "\"q\"", "(c)"]
    for _ in range(3000):
        words = " ".join(rng.choice(atoms) for _ in range(rng.randint(0, 3)))
        addr = "@".join(rng.choice(atoms) for _ in range(rng.randint(1, 3)))
        values.append(f"{words} <{addr}>" if words else addr)
    fast = 0
    for value in values:
        found = _simple_address(value)
        if found is not None:
            fast += 1
            assert found == email.utils.getaddresses([value]), value
    assert fast > 100  # the fast path is taken, and only where the stdlib agrees


@pytest.mark.parametrize("headers", [
    b"Content-Type: text/plain\r\n",
    b"Content-Type: application/pdf; name=\"cv.pdf\"\r\n",
    b"Content-Type: application/ics; NAME=invite.ics\r\n",
    b"Content-Type: text/plain\r\nContent-Disposition: attachment; filename=a.txt\r\n",
    b"Content-Type: text/plain\r\nContent-Disposition: attachment; FILENAME*=utf-8''x.ics\r\n",
    b"Content-Type: text/plain\r\nContent-Disposition: inline\r\n",
    b"Content-Type: application/octet-stream; x*=a; x*0=b\r\n",  # continuations: an error
    b"Content-Type: text/plain\r\nContent-Disposition: inline; y*=a; y*0=b\r\n",
    b"Content-Type: text/calendar; method=REQUEST; charset=utf-8\r\n",
])
def test_the_file_name_is_what_get_filename_says(headers):
    import email
    import email.policy

    from mailwatch.message import _filename

    part = email.message_from_bytes(headers + b"\r\nbody\r\n", policy=email.policy.compat32)
    try:
        expected = str(part.get_filename() or "").lower()
    except Exception as exc:  # noqa: BLE001 - the same error either way
        with pytest.raises(type(exc)):
            _filename(part)
    else:
        assert _filename(part) == expected


def test_the_charset_is_what_get_content_charset_says():
    import email
    import email.policy
    import random

    from mailwatch.message import _ONE_CHARSET, _content_charset

    rng = random.Random(5)
    blanks = ["", " ", "\t", "  "]
    types = ["text/plain", "TEXT/HTML", "text/calendar", "charset", "a/b=c", "x"]
    names = ["charset", "CHARSET", "charset*", "charset*0", "char set", "name"]
    values = ["utf-8", "UTF-8", '"utf-8"', '""', "", '"a\\"b"', "utf-8;", "\u00e9", '"utf-8',
              "us-ascii'en'x", "a,b", "x:y"]
    fast = 0
    for _ in range(4000):
        ct = "".join((rng.choice(blanks), rng.choice(types), rng.choice(blanks), ";",
                      rng.choice(blanks), rng.choice(names), rng.choice(blanks), "=",
                      rng.choice(blanks), rng.choice(values), rng.choice(blanks),
                      rng.choice(["", "", "; format=flowed", "; charset=latin1"])))
        part = email.message_from_string(f"Content-Type: {ct}\n\nbody",
                                         policy=email.policy.compat32)
        try:
            expected = part.get_content_charset()
        except Exception as exc:  # noqa: BLE001 - the same error either way
            with pytest.raises(type(exc)):
                _content_charset(part)
            continue
        assert _content_charset(part) == expected, ct
        fast += _ONE_CHARSET.fullmatch(str(part.get("Content-Type"))) is not None
    assert fast > 20
    bare = email.message_from_string("Subject: x\n\nbody", policy=email.policy.compat32)
    assert _content_charset(bare) is None
