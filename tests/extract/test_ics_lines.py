"""ics._calendar: icalendar's Calendar.from_ical with plain lines read faster, same result."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest
from icalendar.parser.content_line import Contentline

from mailwatch.extract import ics
from mailwatch.message import parse_message

CORPUS = Path(__file__).parents[1] / "corpus"


def test_the_plain_line_reader_is_active_for_the_installed_icalendar():
    """If this fails, icalendar's content-line parsing changed: calendars are still read
    right (by icalendar alone) but slower. Re-check ics._plain_line_class against the new
    raw_parts/parts/Parameters.from_ical and update _PARTS_SOURCE."""
    assert ics._plain_line_class() is not None


@pytest.mark.parametrize("line", [
    "SUMMARY:Interview\\, round 2\\nwith Ana", "BEGIN:VEVENT", "END:VCALENDAR",
    "DTSTART:20261112T100000Z", "X-WR-TIMEZONE:Africa/Johannesburg", "summary:lower case",
    "SEQUENCE:0", "URL:https://x.example/a?b=c;d=e", "DESCRIPTION:a;b:c\\;d\\\\e",
    "SUMMARY:", "SUMMARY", ":no name", "SUM MARY:blank in the name", "SUMMARY;:empty params",
    "SUM_MARY:underscore", "A.B:dotted", "SUMMARY\\:x:escaped colon", 'SUMMARY:"quoted"',
    "DTSTART;TZID=Europe/Berlin:20261112T100000", 'ATTENDEE;CN="Doe, Jane":mailto:j@x.io',
    "X-ALT-DESC;FMTTYPE=text/html:<p>hi</p>", "SUMMARY:caf\u00e9 \u212a", "-:x", "1:x",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
    "CN=jane@x.io;X-NUM-GUESTS=0:mailto:jane@x.io",
    'ORGANIZER;CN="Ana Silva (Recruiting)";SENT-BY="mailto:a@x.io":mailto:b@x.io',
    'ATTENDEE;CN="a;b:c,d=e";cn=second:mailto:x@y.z',  # delimiters inside quotes; a repeat
    'ATTENDEE;CN="":mailto:x@y.z', "ATTENDEE;CN=:mailto:x@y.z", "ATTENDEE;CN=Jos\u00e9:m",
    "ATTENDEE;CN=Jane Doe:mailto:j@x.io", "ATTENDEE; CN=x:m", "ATTENDEE;CN =x:m",
    "ATTENDEE;CN=a,b:m", "ATTENDEE;CN=a^nb:m", 'ATTENDEE;CN="a^\'b":m', "ATTENDEE;CN=a%2Cb:m",
    "ATTENDEE;CN=a\\,b:m", 'ATTENDEE;CN="a\tb":m', "ATTENDEE;CN=a=b:m", 'ATTENDEE;CN="a:m',
    "ATTENDEE;CN=a;:m", "ATTENDEE;=a:m", "ATTENDEE;CN;X=1:m", "DTSTART;VALUE=DATE:20261112",
    "DTSTART;TZID=(UTC+01:00) Amsterdam:20261112T100000",
    'DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin":20261112T100000',
    # unquoted values with blanks: between words they stay, next to a delimiter they go
    "DTSTART;TZID=South Africa Standard Time:20261117T103000", "ATTENDEE;CN=Jane  Doe:m",
    "ATTENDEE;CN=Jane Doe ;RSVP=TRUE:m", "ATTENDEE;CN= Jane Doe:m", "ATTENDEE;CN=Jane Doe :m",
    'ATTENDEE;ROLE="CHAIR";CN=Jane Doe;X=a b c:m', "ATTENDEE;CN=Jane\tDoe:m",
    "ATTENDEE;CN=Jane Doe=x:m", "ATTENDEE ;CN=Jane Doe:m",
])
def test_a_line_has_the_parts_icalendar_gives_it(line):
    plain = ics._plain_line_class()(line)
    try:
        expected = Contentline(line).parts()
    except ValueError:
        with pytest.raises(ValueError):
            plain.parts()
        return
    name, params, value = plain.parts()
    assert (name, value) == (expected[0], expected[2])
    assert type(params) is type(expected[1])
    assert list(params.items()) == list(expected[1].items())


def _calendars() -> list[str]:
    out = []
    for path in sorted(CORPUS.glob("*.eml")):
        out += [part.text for part in parse_message(path.read_bytes()).calendars]
    return out


def _same(text: str) -> None:
    try:
        expected = icalendar.Calendar.from_ical(text)
    except Exception as exc:  # noqa: BLE001 - the same failure either way
        with pytest.raises(type(exc)):
            ics._calendar(text)
        return
    assert ics._calendar(text).to_ical() == expected.to_ical()


def test_every_corpus_calendar_reads_the_same():
    texts = _calendars()
    assert len(texts) > 50
    for text in texts:
        _same(text)


HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
EVENT = "BEGIN:VEVENT\r\nUID:1\r\nDTSTART:20261112T100000Z\r\nSUMMARY:Interview\r\nEND:VEVENT\r\n"


@pytest.mark.parametrize("text", [
    HEAD + EVENT + "END:VCALENDAR\r\n",
    HEAD + EVENT + "END:VCALENDAR\r\n" + HEAD + "END:VCALENDAR\r\n",  # two calendars
    "",  # nothing
    "END:VCALENDAR\r\n",  # an end without a beginning
    "SUMMARY:outside\r\n" + HEAD + "END:VCALENDAR\r\n",  # a property with no component
    HEAD + "BEGIN:VEVENT\r\nDTSTART:notadate\r\nSUM MARY:x\r\n:y\r\nEND:VEVENT\r\nEND:VCALENDAR",
    HEAD + "BEGIN:VEVENT\r\nSUMMARY:folded\r\n  line\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    HEAD + "PRODID:bad;:\r\n" + EVENT + "END:VCALENDAR\r\n",  # a broken line, strict place
    HEAD + "BEGIN:VEVENT\r\nRDATE:\r\nSEQUENCE:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    HEAD.replace("\r\n", "\n") + EVENT.replace("\r\n", "\n") + "END:VCALENDAR",
])
def test_odd_calendars_read_or_fail_the_same(text):
    _same(text)


def test_random_lines_have_the_parts_icalendar_gives_them():
    import random

    rng = random.Random(11)
    pieces = ["ATTENDEE", "CN", "x", "=", ";", ":", '"', ",", " ", "\t", "^", "%", "\\", "-",
              "mailto:a@b.c", "Jos\u00e9", "RSVP=TRUE", "a b", "\x01", "TZID"]
    line_class = ics._plain_line_class()
    fast = 0
    for _ in range(4000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        if "\n" in line or "\r" in line:
            continue
        try:
            expected = Contentline(line).parts()
        except ValueError:
            with pytest.raises(ValueError):
                line_class(line).parts()
            continue
        name, params, value = line_class(line).parts()
        assert (name, value) == (expected[0], expected[2]), line
        assert list(params.items()) == list(expected[1].items()), line
        fast += ics._PLAIN.match(line) is not None
    assert fast > 100


def test_random_parameter_values_have_the_parts_icalendar_gives_them():
    """Parameter values of blanks, quotes and delimiters: the fast path reads those with
    blanks between words as icalendar does, and leaves the others to it."""
    import random

    rng = random.Random(12)
    chars = ["a", "B", "a", "B", " ", " ", " ", "\u00e9", "\t", '"', ",", "=", ";", ":", "^", "%"]
    line_class = ics._plain_line_class()
    blank = 0
    for _ in range(4000):
        params = "".join(
            f";{rng.choice(['CN', 'X-A', 'cn'])}="
            + "".join(rng.choice(chars) for _ in range(rng.randint(0, 7)))
            for _ in range(rng.randint(1, 3)))
        line = f"ATTENDEE{params}:mailto:a@b.c"
        try:
            expected = Contentline(line).parts()
        except ValueError:
            with pytest.raises(ValueError):
                line_class(line).parts()
            continue
        name, found, value = line_class(line).parts()
        assert (name, value) == (expected[0], expected[2]), line
        assert list(found.items()) == list(expected[1].items()), line
        blank += (m := ics._PLAIN.match(line)) is not None and " " in m[2]
    assert blank > 15
