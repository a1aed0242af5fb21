"""split_reply: mail-parser-reply with its regexes built once and guarded, same results."""

from __future__ import annotations

from pathlib import Path

import pytest
from mailparser_reply import EmailReplyParser

from mailwatch import reply
from mailwatch.message import parse_message

CORPUS = Path(__file__).parent / "corpus"

CRAFTED = [
    "",
    "Hi Thandi,\n\nCould we meet on Thursday at 10:00?\n\nBest regards,\nAnna Smith\nRecruiter",
    "Thanks!\n\nOn Mon, 2 Nov 2026 at 09:00, Anna Smith <anna@acme.example> wrote:\n> Hello",
    # a header folded over lines: it starts up to three lines above its verb
    "Thanks!\nSee you then.\n\nOn\nMon, 2 Nov 2026 at 09:00, Anna\nSmith <anna@acme.example>\n"
    "wrote:\n> Hi",
    "Danke.\n\nAm\n2. Nov. 2026 um 09:00\nschrieb Anna Smith <anna@acme.example>:\n> Hallo",
    "Sounds good.\n\nON MON, 2 NOV 2026, ANNA WROTE:\n> Hello",
    "Danke.\n\nAm 2. Nov. 2026 um 09:00 schrieb Anna Smith <anna@acme.example>:\n> Hallo",
    "Merci.\n\nLe lun. 2 nov. 2026 à 09:00, Anna Smith <anna@acme.example> a écrit :\n> Bonjour",
    "Gracias.\n\nEl lun, 2 nov 2026 a las 09:00, Anna Smith escribió:\n> Hola",
    "Bedankt.\n\nOp ma 2 nov 2026 om 09:00 schreef Anna Smith <anna@acme.example>:\n> Hallo",
    "See below.\n\n-----Original Message-----\nFrom: Anna\nSent: Monday\nTo: Thandi\n\nHello",
    "Fine.\n\nFrom: Anna Smith\nSent: Monday, 2 November 2026 09:00\nTo: Thandi\nSubject: x\n\nHi",
    "Fine.\n\n*From:* Anna Smith\n*Sent:* Monday\n*To:* Thandi\n\nHi",
    "Fine.\n\nVon: Anna Smith\nGesendet: Montag\nAn: Thandi\nBetreff: x\n\nHallo",
    "Fine.\n\nDe : Anna Smith\nEnvoyé : lundi\nÀ : Thandi\nObjet : x\n\nBonjour",
    "Date: Thursday 12 November 2026\nTime: 10:00 SAST\nWhere: Zoom",  # one header-ish line
    "Date: Thursday\nTo: confirm, reply below\nThanks",  # two header-ish lines, no block
    "Hello\n\nCAUTION: This email originated outside the organisation. Do not click links.",
    "Hello\n\nDisclaimer: this e-mail and its attachments are confidential.",
    "Hello\n\nConfidential: contents of this mail are private.",
    # every disclaimer label (reply._DISCLAIMER_WORDS), with "mail" after it
    "Hello\n\nIMPORTANT NOTICE: this email is for the addressee only.",
    "Hello\n\nPrivileged Information: this e-mail is privileged.",
    "Hallo\n\nWichtiger Hinweis: Diese E-Mail ist vertraulich.",
    "Hallo\n\nAchtung: diese Mail enthält vertrauliche Informationen.",
    "Hola\n\nAviso: este email es confidencial.\nAdvertencia: email privado.",
    "Hola\n\nDescargo de responsabilidad: este email es confidencial.",
    "Hallo\n\nWaarschuwing: deze e-mail is vertrouwelijk.",
    "Hello\n\nWARNING: external mail.\n*Disclaimer* this mail",
    "Hello\n\nCONFIDENTIALITY: this mail is private",
    "Hello, our email about an important matter",  # "mail" and a word, no label
    "Hello\n\n-- \nAnna Smith\nAcme",
    "Hello\n- first point\n- second point",
    "Hello\n\n________________________________\nFrom: Anna\nSent: Monday",
    "Hello\n\nSent from my iPhone",
    "Hello\n\nMit freundlichen Grüßen\nAnna",
    "Hello\n\nKIND REGARDS,\nANNA",
    "Hello\n\ncordialement\nAnna",
    "Hello\n\n> Best regards,\n> Anna",
    "Best regards,\nAnna",  # a sign-off on the first line is not a signature
    "Gru\u00df\nAnna",
    "\u212aind regards,\nAnna",  # Kelvin sign: re.I matches it as "K"
]


def _library(text: str) -> tuple[str, str, str]:
    """What message.py did before: the library as documented, nothing cached or guarded."""
    try:
        replies = EmailReplyParser(languages=list(reply.LANGUAGES)).read(text).replies
    except Exception:
        return text.strip(), "", ""
    if not replies:
        return text.strip(), "", ""
    first = replies[0]
    quoted = "\n\n".join(r.content for r in replies[1:])
    return (first.body or "").strip(), (first.signatures or "").strip(), quoted.strip()


def _corpus_texts() -> list[str]:
    out = []
    for path in sorted(CORPUS.glob("*.eml")):
        m = parse_message(path.read_bytes())
        out.append("\n\n".join(p for p in (m.text, m.signature, m.quoted) if p))
    return out


def test_guards_are_active_for_the_installed_library():
    """If this fails, mail-parser-reply's patterns changed: split_reply is still correct
    (it runs them unguarded) but slow. Re-derive the guards in reply.py for the new
    patterns and update _GUARDED_PATTERNS."""
    assert all(isinstance(v, reply._Guarded) for v in reply._regexes().values())


@pytest.mark.parametrize("text", CRAFTED)
def test_split_reply_matches_the_library(text):
    assert reply.split_reply(text) == _library(text)
    assert reply.split_reply(text.upper()) == _library(text.upper())


def test_split_reply_matches_the_library_on_the_corpus():
    """The guarded, pre-normalising splitter reads as the library does. A reply written
    under the lines it quotes is turned round first (`_top_posted`, on purpose: the library
    would find no new text), so the library is given the same turned text; 6357's quote
    header that lost its "> " is such a case."""
    for text in _corpus_texts():
        assert reply.split_reply(text) == _library(reply._top_posted(text))


def test_a_quoted_reply_still_goes_through_the_library():
    text, _, quoted = reply.split_reply(CRAFTED[2])
    assert text == "Thanks!"
    assert quoted.startswith("On Mon, 2 Nov 2026")


@pytest.mark.parametrize("text", [
    "No header here, just prose about a meeting on Thursday.",
    "Date: Thursday 12 November 2026\nTime: 10:00",
])
def test_without_a_header_the_header_regex_is_not_run(text, monkeypatch):
    guarded = reply._regexes()["_header_regex"]

    def boom(_text):
        raise AssertionError("the header regex ran")

    monkeypatch.setattr(guarded, "pattern", type("P", (), {"findall": staticmethod(boom)})())
    assert reply.split_reply(text)[0] == text


def test_the_normalizing_message_is_active_for_the_installed_library():
    """If this fails, mail-parser-reply's _normalize_text changed: split_reply is still
    correct (it uses the library's) but slower. Re-check reply.Normalizing against it and
    update _NORMALIZE_SOURCE."""
    assert reply._message_class().__name__ == "Normalizing"


RULE = "_" * 32


@pytest.mark.parametrize("text", CRAFTED + [
    f"Hello\n\n{RULE}\nFrom: Anna",  # the rule after a blank line
    f"Hello\n\n\n {RULE}__\nFrom: Anna",  # more line breaks, a space, a longer rule
    f"Hello\n\n{'-_' * 16}\nFrom: Anna",  # hyphens and underscores mixed
    f"Hello\n{RULE}\nFrom: Anna",  # one line break only: no substitution
    f"Hello\n\n{RULE[:31]}\nFrom: Anna",  # 31: too short
    "".join(f"Part {i}\n\n{RULE}\n" for i in range(12)),  # more rules than the count of 8
    f"Hello\r\n\r\n  {RULE}  \r\nFrom: Anna",  # CRLF and spaces the strip removes
])
def test_normalizing_gives_the_library_text(text):
    from mailparser_reply.parser import EmailMessage

    for t in (text, text.upper()):
        assert reply._message_class()(text=t, languages=["en"]).text == EmailMessage(
            text=t, languages=["en"]).text


def test_a_bottom_posted_reply_gives_the_writers_own_text() -> None:
    body = ("On Thu, 26 Nov 2026 at 18:03, Thandi Nkosi <thandi@example.org> wrote:\n"
            "> Hi Gemma,\n>\n> Any of these would suit me:\n>  - Wednesday 2 December, 14:30\n"
            ">\n>> Could you send me two or three times?\n\n"
            "Hi Thandi,\n\nWednesday the 2nd at 14:30 it is.\n\nSpeak soon,\nGemma\n")
    text, _signature, quoted = reply.split_reply(body)
    assert text.startswith("Hi Thandi,")
    assert "Wednesday the 2nd at 14:30 it is." in text
    assert "Any of these would suit me" in quoted
    assert "Any of these" not in text
    # (a top-posted reply is left as it was)
    top = "Sounds good.\n\nOn Thu, A B <a@b.example> wrote:\n> Tuesday?\n"
    assert reply.split_reply(top)[0] == "Sounds good."


def test_a_bottom_posted_reply_under_a_quoted_header() -> None:
    body = ("> On Sat, 16 Jan 2027 at 14:20, Thandi Nkosi <thandi@example.org> wrote:\n"
            "> Hi Ayo,\n> What would the next steps be?\n\nhey Thandi!\n\ngrab a slot on my "
            "calendar.\n\nayo\n")
    text, _signature, quoted = reply.split_reply(body)
    assert text.startswith("hey Thandi!")
    assert "next steps" in quoted


def test_answers_written_between_the_quoted_lines_are_the_new_text() -> None:
    body = ("Hi Thandi,\n\nAnswers inline below.\n\nOn Tue, Jun 8, 2027 at 7:02 PM Thandi Nkosi "
            "<thandi@example.org> wrote:\n> Is there an update on timing?\n\nNot yet: you'll have "
            "a decision from us by the end of next week.\n\n> Thanks so much,\n> Thandi\n\n"
            "Grace\n")
    text, _signature, quoted = reply.split_reply(body)
    assert "Answers inline below." in text
    assert "you'll have a decision from us by the end of next week" in text
    assert "Is there an update" not in text
    assert "Is there an update" in quoted
