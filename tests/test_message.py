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
