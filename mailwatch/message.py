"""Raw RFC 822 bytes -> an immutable, provider-neutral `Message`.

Everything downstream (extraction, tracking, planning) sees only `Message`; it never
touches `email.message` objects, so a hostile or broken message can only fail here, where
the failure becomes a `MalformedMessage` with a reason the cycle logs and skips.
"""

from __future__ import annotations

import contextlib
import email
import email.header
import email.policy
import email.utils
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property, lru_cache

from bs4 import BeautifulSoup, Tag

from .calendar_links import linked_event
from .reply import split_reply

#: Limits applied before and during parsing so one message cannot stall a cycle.
MAX_MESSAGE_BYTES = 25 * 1024 * 1024
MAX_PARTS = 200
MAX_TEXT_CHARS = 200_000

_MSGID_RE = re.compile(r"<([^<>\s]+)>")
_BLANK_LINES = re.compile(r"\n{3,}")


class MalformedMessage(ValueError):
    """The message cannot be read; `str(exc)` is the reason logged for skipping it."""


@dataclass(frozen=True)
class Address:
    name: str
    email: str  # lower-cased

    def formatted(self) -> str:
        return email.utils.formataddr((self.name, self.email)) if self.name else self.email

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2]


@dataclass(frozen=True)
class CalendarPart:
    """One text/calendar or .ics part, decoded to text."""

    method: str | None
    text: str


@dataclass(frozen=True)
class Message:
    message_id: str  # without angle brackets
    subject: str
    sender: Address | None
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    reply_to: tuple[Address, ...] = ()
    date: datetime | None = None  # aware
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    text: str = ""  # the new text of this message: no quoted history, no signature
    signature: str = ""
    quoted: str = ""  # quoted history / forwarded block
    calendars: tuple[CalendarPart, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)  # lower-cased selected headers

    @property
    def thread_root(self) -> str:
        """The oldest message id this message points back to (its own id if none)."""
        if self.references:
            return self.references[0]
        return self.in_reply_to or self.message_id

    @cached_property
    def full_text(self) -> str:
        """The new text and the signature. (Cached on the instance, as the extraction
        reads it several times per mail; the fields it joins never change.)"""
        return "\n\n".join(p for p in (self.text, self.signature) if p)


# Headers kept on the Message: enough for auto-reply and bulk detection, and our marker.
_KEPT_HEADERS = (
    "auto-submitted",
    "x-autoreply",
    "x-autorespond",
    "x-auto-response-suppress",
    "precedence",
    "list-id",
    "list-unsubscribe",
    "x-mailwatch-action",
    "content-type",
)


#: Control characters have no place in a Message-ID; one that holds them would end up in
#: our drafts' In-Reply-To, so it is dropped (the message gets a synthetic id instead).
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def parse_message_ids(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    found = [f for f in _MSGID_RE.findall(str(value)) if not _CONTROL.search(f)]
    if found:
        return tuple(found)
    bare = str(value).strip()
    return (bare,) if bare and " " not in bare and not _CONTROL.search(bare) else ()


def _addresses(value: object) -> tuple[Address, ...]:
    if not value:
        return ()
    return _address_list(str(value))


@lru_cache(maxsize=64)
def _address_list(value: str) -> tuple[Address, ...]:
    """The addresses of one header value. Cached: the user's own To line is the same in
    nearly every message, and the stdlib address parser reads it a character at a time.
    The result is a tuple of frozen Addresses, so sharing it is safe."""
    out = []
    for name, addr in _simple_address(value) or email.utils.getaddresses([value]):
        addr = addr.strip().lower()
        if "@" not in addr or any(c in addr for c in "\r\n\0 "):
            continue
        name = " ".join(_decode_words(name).replace("\0", " ").split())
        out.append(Address(name=name, email=addr))
    return tuple(out)


#: An address in plain atoms (RFC 5322 atext), alone or after a display name of such words:
#: "Ana Silva <ana.silva@acme.com>", "ana@acme.com". No quotes, comments, dots in the name,
#: commas, brackets, tabs or folds: for these the stdlib parser (any version, strict or
#: not) has nothing to decide, and gives (the words, the address) or ("", the address).
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_DOT_ATOMS = rf"{_ATOM}(?:\.{_ATOM})*@{_ATOM}(?:\.{_ATOM})*"
_SIMPLE_ADDRESS = re.compile(
    rf"(?P<name>{_ATOM}(?: {_ATOM})*) <(?P<routed>{_DOT_ATOMS})>|(?P<bare>{_DOT_ATOMS})")


def _simple_address(value: str) -> list[tuple[str, str]] | None:
    """`email.utils.getaddresses([value])` for a value `_SIMPLE_ADDRESS` covers, else None:
    the stdlib parser reads a character at a time, and most From lines are this simple."""
    m = _SIMPLE_ADDRESS.fullmatch(value)
    if m is None:
        return None
    return [(m["name"], m["routed"])] if m["routed"] else [("", m["bare"])]


def _decode_words(value: str) -> str:
    """RFC 2047 encoded words ("=?utf-8?q?Kr=C3=BCger?=") to text; as-is when broken."""
    if "=?" not in value:
        return value
    try:
        return str(email.header.make_header(email.header.decode_header(value)))
    except Exception:
        return value


def parse_date(value: object) -> datetime | None:
    """A Date header as an aware datetime; None when absent or unreadable."""
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:  # "-0000" means unknown zone: RFC 5322 says treat as UTC
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def _stub(plain: str) -> bool:
    """No plain part, or one that only points at the HTML part: the HTML is the mail."""
    words = plain.split()
    return len(words) < 40 and (not words or bool(_STUB.search(plain)))


#: A plain part that says the HTML part is the real one.
_HTML_NOTE = re.compile(r"\bbest\s+viewed\s+(?:in|with)\s+(?:an?\s+)?HTML|\bHTML[- ]capable\b",
                        re.I)
_STUB = re.compile(r"\b(?:html|view\s+(?:it|this)|web\s+version|browser|formatted)\b", re.I)


#: Beyond this many tags BeautifulSoup's work grows too fast (deeply nested unclosed tags
#: are quadratic); real mail stays far below it, hostile mail gets a linear fallback.
MAX_HTML_TAGS = 5_000
_HTML_SKIP = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.I | re.S)
_HTML_BREAK = re.compile(r"<(?:br|/?(?:p|div|tr|li|h[1-6]|table))\b[^>]*>", re.I)
_HTML_TAG = re.compile(r"<[^>]*>")
_DROPPED = frozenset({"script", "style", "head"})
_CELLS = frozenset({"td", "th"})
_BLOCKS = frozenset({"p", "div", "tr", "li", "h1", "h2", "h3", "h4", "table"})


def html_to_text(html: str) -> str:
    if html.count("<") > MAX_HTML_TAGS:
        return _html_to_text_fast(html[: MAX_TEXT_CHARS * 5])
    # One walk over the tags does what four find_all passes (drop, <br>, cells, blocks)
    # did: each edit touches only its own tag, and decompose() renames every tag inside a
    # dropped one to "", so the walk leaves those alone as the later passes never saw them.
    # (Not `tag.decomposed`: on a live tag that searches the subtree for a child tag.)
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(True):
        name = tag.name
        if name in _DROPPED:
            tag.decompose()
        elif name == "br":
            tag.replace_with("\n")
        elif name in _CELLS:
            tag.append(": " if _label_cell(tag) else " ")
        elif name in _BLOCKS:
            tag.append("\n")
    text = soup.get_text()
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _label_cell(cell: Tag) -> bool:
    """Is `cell` the label of a two-cell row ("Date" | "Monday, April 19")? Its text then
    gets the colon a plain-text version writes ("Date: Monday, April 19"), so a table reads
    as the same fields."""
    if cell.find_previous_sibling(_CELLS) is not None:
        return False
    after = cell.find_next_siblings(_CELLS)
    if len(after) != 1:
        return False
    label = cell.get_text(" ", strip=True)
    # (ASCII labels, and those of the alphabets written without capitals or right to left:
    # "اليوم والتاريخ" | "الأربعاء ٢٤ مارس"; the CJK and Thai field tables already read well
    # as they are, and accented Latin ones are left as they were)
    return 0 < len(label) <= 30 and (label.isascii() or _SCRIPT_LABEL.fullmatch(label)
                                     is not None) and label[-1].isalpha() and not any(
        ch.isdigit() for ch in label)


#: A label in Arabic, Persian, Hebrew, Devanagari, Armenian, Georgian or Ethiopic letters.
_SCRIPT_LABEL = re.compile("[\u0590-\u06ff\u0900-\u097f\u0530-\u058f\u10a0-\u10ff"
                           "\u1200-\u137f\u200c ]+")


def _html_to_text_fast(html: str) -> str:
    """Linear tag stripping for pathological HTML: cruder layout, bounded time."""
    import html as entities

    text = _HTML_TAG.sub(" ", _HTML_BREAK.sub("\n", _HTML_SKIP.sub(" ", html)))
    lines = [" ".join(line.split()) for line in entities.unescape(text).splitlines()]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _part_text(part: email.message.EmailMessage) -> str:
    payload = part.get_payload(decode=True)
    if payload is None:
        return ""
    charset = str(_content_charset(part) or "utf-8")
    try:
        return payload.decode(charset, errors="replace")
    except (LookupError, ValueError):  # unknown, lying or NUL-laden charset
        return payload.decode("utf-8", errors="replace")


#: "text/plain; charset=UTF-8", "text/html; charset=\"utf-8\"": a type and one charset.
_ONE_CHARSET = re.compile(
    r'[ \t]*[A-Za-z0-9.+-]+/[A-Za-z0-9.+-]+[ \t]*;[ \t]*(?i:charset)[ \t]*=[ \t]*'
    r'(?:"(?P<quoted>[A-Za-z0-9._:+-]*)"|(?P<bare>[A-Za-z0-9._:+-]*))[ \t]*')


def _content_charset(part: email.message.Message) -> str | None:
    """`part.get_content_charset()`, reading a Content-Type of `_ONE_CHARSET`'s form
    directly: the stdlib parses every parameter, unquotes, re-quotes and unquotes it
    again, and gives that one value, lower-cased (no blank, quote or escape to undo)."""
    value = part.get("Content-Type")
    if value is None:  # (get_content_charset: no Content-Type, no charset)
        return None
    m = _ONE_CHARSET.fullmatch(str(value))
    if m is None:
        return part.get_content_charset()
    return (m["bare"] if m["quoted"] is None else m["quoted"]).lower()


def _filename(part: email.message.Message) -> str:
    """`str(part.get_filename() or "").lower()`, without parsing the parameters of a part
    whose headers cannot name a file: get_filename reads the "filename" parameter of
    Content-Disposition and the "name" of Content-Type, each spelling of which ("NAME=",
    "filename*0*=") has "name" in the header's text; and the parameter parser can only
    raise on RFC 2231 continuations, which need a "*". Without either: None, no error."""
    if not any("name" in v or "*" in v
               for v in (str(part.get(h, "")).lower() for h in _FILENAME_HEADERS)):
        return ""
    return str(part.get_filename() or "").lower()


_FILENAME_HEADERS = ("Content-Disposition", "Content-Type")


def parse_message(raw: bytes) -> Message:
    """Parse one RFC 822 message. Raises `MalformedMessage` with a reason, and nothing else.

    The stdlib parser is lenient but its accessors are not: 8-bit bytes in a parameter
    give `Header` objects, a NUL in a charset name a ValueError. Any such surprise is a
    reason to skip this one message, never to stop a cycle.
    """
    try:
        return _parse(raw)
    except MalformedMessage:
        raise
    except Exception as exc:
        raise MalformedMessage(f"unreadable ({exc.__class__.__name__})") from exc


#: Two list items (the first may wrap onto a few lines of its own).
_BULLETS = re.compile(r"[-*\u2022][ \t]+\S.*\n(?:(?![-*\u2022][ \t])\S.*\n){0,3}[-*\u2022][ \t]+\S")


_ONE_BULLET = re.compile(r"[-*\u2022][ \t]+\S")
#: A wrapped line that opens with a hyphenated suffix of the word above it, running on as a
#: sentence: Finnish "… Ohjelmistokehittäjä (5G)" / "-tehtävään! Haluaisimme kutsua …".
_SUFFIX_LINE = re.compile(r"-[a-zà-ÿ][^\s-]*[^\n]{20,}")


def _keep_bullets(text: str, signature: str, quoted: str) -> tuple[str, str, str]:
    """mail-parser-reply takes a line starting with "-" for the "-- " signature
    delimiter, so a bulleted list (an offer's terms, an interview agenda) and all that
    follows it would vanish into the signature. A list (two bullets or more) is body
    text; a single "- Ana" is still a sign-off. A line that continues the word above it
    ("-tehtävään! Haluaisimme …") is body text too."""
    if signature and (_BULLETS.match(signature) or _SUFFIX_LINE.match(signature) or (
            # ("Interviewer :" over "- Bapak A B (Head of Data)": a list of one, under its label)
            text.rstrip().endswith((":", "：")) and _ONE_BULLET.match(signature))):
        return f"{text}\n{signature}".strip(), "", quoted
    return text, signature, quoted


#: The line an "original message" quote opens with, in the languages the reply parser does
#: not know ("------------------ 原始邮件 ------------------" from Chinese mail clients).
_ORIGINAL_LINE = re.compile(
    r"^[ \t]*-{3,}[ \t]*(?:原始邮件|原始郵件|元のメッセージ|원본\s*메시지|Ursprüngliche\s+Nachricht"
    r"|Message\s+d['’]origine|Mensaje\s+original|Messaggio\s+originale|Oorspronkelijk\s+bericht"
    r"|Ursprungligt\s+meddelande|Mensagem\s+original|Original\s+Message)[ \t]*-{3,}[ \t]*$",
    re.M | re.I)


#: An Outlook reply header in a language the reply parser is not given (Swedish "Från:" /
#: "Skickat:", Danish, Norwegian, Polish, Italian, Portuguese, Czech, Finnish, Turkish,
#: Russian, Ukrainian, Arabic, Hebrew, Greek, Hungarian, Romanian, Croatian, Slovak,
#: Lithuanian, Japanese, Chinese, Korean): a "From" line with a "Sent" line right under it.
_FOREIGN_HEADER = re.compile(
    r"^[ \t]*(?:Från|Fra|Od|Da|De|De\s+la|Lähettäjä|Kimden|От|Від|من|מאת|Από|Feladó|Šalje|Nuo"
    r"|差出人|发件人|寄件者|보낸\s*사람)"
    r"[:：][^\n]*\n[ \t]*(?:Skickat|Sendt|Wysłane|Wysłano|Inviato|Enviada|Enviado|Odesláno|Odoslané"
    r"|Lähetetty|Gönderildi|Отправлено|Надіслано|أُ?رسل|تاريخ\s+الإرسال|נשלח|Στάλθηκε"
    r"|Elküldve|Trimis|Poslano|Išsiųsta|送信日時|发送时间|發送時間|寄件日期|보낸\s*날짜)[:：]",
    re.M)


def _cut_original(text: str, signature: str, quoted: str) -> tuple[str, str, str]:
    """The new text ends where an "original message" line starts what it quotes."""
    if m := _ORIGINAL_LINE.search(text) or (_FOREIGN_HEADER.search(text) if ":" in text
                                             else None):
        # (the signature found below it is the old mail's; a header block stays whole)
        older = (text[m.end() if m.re is _ORIGINAL_LINE else m.start() :], signature, quoted)
        return text[: m.start()].strip(), "", "\n\n".join(x.strip() for x in older if x.strip())
    if m := _ORIGINAL_LINE.search(signature) or (
            _FOREIGN_HEADER.search(signature) if ":" in signature or "：" in signature else None):
        older = (signature[m.end() if m.re is _ORIGINAL_LINE else m.start() :], quoted)
        return text, signature[: m.start()].strip(), "\n\n".join(
            x.strip() for x in older if x.strip())
    # a quote under a "… wrote:" line in a language the parser does not read (its start,
    # when the parser cut the quote further down: "Vào … <ha@…> đã viết:" / "> Chào chị")
    if signature:
        signature, tail = _quote_tail(signature)
        quoted = f"{tail}\n{quoted}".strip() if tail else quoted
    text, tail = _quote_tail(text)
    if tail:  # (what the parser took for a signature below it is the quote's too)
        quoted = "\n".join(p for p in (tail, signature, quoted) if p).strip()
        signature = ""
    return text, signature, quoted


def _quote_tail(text: str) -> tuple[str, str]:
    """(text, quoted) split where the text ends in "> " lines (two or more), with the line
    just above them when it ends in a colon ("Στις Δευ 18 Ιαν 2027 … έγραψε:")."""
    if "\n>" not in text:
        return text, ""
    lines = text.split("\n")
    at = len(lines)
    while at and (lines[at - 1].startswith(">") or not lines[at - 1].strip()):
        at -= 1
    if sum(1 for ln in lines[at:] if ln.startswith(">")) < 2:
        return text, ""
    if at and lines[at - 1].rstrip().endswith(":"):
        at -= 1
    return "\n".join(lines[:at]).strip(), "\n".join(lines[at:]).strip()


#: A "sign-off" that opens a sentence: "Thanks, Nomsa sent your CV over too. Let's do …".
_SENTENCE_SIGNOFF = re.compile(
    r"(?:thanks|thank\s+you|cheers|many\s+thanks)[,!.]?[ \t]+\S[^\n]{20,}", re.I)
_SIG_DELIMITER = re.compile(r"^--[ \t]*$", re.M)


def _keep_sentence(text: str, signature: str, quoted: str) -> tuple[str, str, str]:
    """mail-parser-reply takes a line opening with "Thanks," for a sign-off even when a
    sentence runs on from it, so the message itself would land in the signature. Such a
    line is body text, up to a "--" delimiter if one follows."""
    if not signature or not _SENTENCE_SIGNOFF.match(signature):
        return text, signature, quoted
    cut = _SIG_DELIMITER.search(signature)
    body, rest = (signature[: cut.start()], signature[cut.start() :]) if cut else (signature, "")
    return f"{text}\n\n{body.strip()}".strip(), rest.strip(), quoted


def _synthetic_id(msg: email.message.Message, raw: bytes) -> str:
    """A stable id for mail that has no Message-ID, so it can still be tracked once."""
    import hashlib

    head = "\0".join(str(msg.get(h, "")) for h in ("Date", "From", "To", "Subject"))
    digest = hashlib.sha256(head.encode("utf-8", "replace") + raw[-4096:]).hexdigest()[:24]
    return f"no-id.{digest}@mailwatch.invalid"


def _parse(raw: bytes) -> Message:
    if len(raw) > MAX_MESSAGE_BYTES:
        raise MalformedMessage(f"message too large ({len(raw)} bytes)")
    if b"\n" not in raw[:65536] or not raw.strip():
        raise MalformedMessage("no header block")
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception as exc:  # pragma: no cover - the stdlib parser is lenient
        raise MalformedMessage(f"unparseable: {exc.__class__.__name__}") from exc
    if not msg.keys():
        raise MalformedMessage("no headers")

    # msg.get(name) walks every header for each of the twenty names asked below; this is
    # its answer from one walk: the first header of that name, through the same policy.
    first: dict[str, tuple[str, str]] = {}
    for key, raw_value in msg.raw_items():
        first.setdefault(key.lower(), (key, raw_value))

    def get(name: str) -> object:
        found = first.get(name.lower())
        return None if found is None else msg.policy.header_fetch_parse(*found)

    def header(name: str) -> str:
        value = get(name)
        if value is None:
            return ""
        decoded = str(value)
        if "=?" in decoded:  # without an encoded word, decode_header gives the text back
            with contextlib.suppress(Exception):  # broken: as it is
                decoded = str(email.header.make_header(email.header.decode_header(decoded)))
        return " ".join(decoded.replace("\0", " ").split())

    ids = parse_message_ids(get("Message-ID"))
    if not ids:
        if not (get("From") and get("Date")):
            raise MalformedMessage("no Message-ID, From or Date")
        ids = (_synthetic_id(msg, raw),)

    plain: list[str] = []
    html: list[str] = []
    calendars: list[CalendarPart] = []
    parts = 0
    for part in msg.walk():
        parts += 1
        if parts > MAX_PARTS:
            raise MalformedMessage(f"more than {MAX_PARTS} MIME parts")
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        filename = _filename(part)
        disposition = str(part.get("Content-Disposition") or "").lower()
        if ctype in ("text/calendar", "application/ics") or filename.endswith(".ics"):
            text = _part_text(part)
            if "BEGIN:VCALENDAR" in text.upper():
                method = part.get_param("method")
                calendars.append(CalendarPart(method=str(method).upper() if method else None,
                                              text=text))
        elif ctype == "text/plain" and "attachment" not in disposition:
            plain.append(_part_text(part))
        elif ctype == "text/html" and "attachment" not in disposition:
            html.append(_part_text(part))

    if not calendars and (linked := linked_event(*html, *plain)) is not None:
        # the time only in an "Add to Google Calendar" button: the event the link carries
        calendars.append(CalendarPart(method="PUBLISH", text=linked))
    body = "\n\n".join(plain)
    if html and _stub(body):  # "view this message in an HTML-capable client"
        body = html_to_text("\n".join(html))
    elif html and _HTML_NOTE.search(body) and len(rich := html_to_text("\n".join(html))) > len(
            body):  # (a longer plain part that says so: its time may be only in the HTML)
        body = rich
    body = body.replace("\r\n", "\n").replace("\0", "")[:MAX_TEXT_CHARS]
    text, signature, quoted = _cut_original(*_keep_sentence(*_keep_bullets(*split_reply(body))))

    headers = {}
    for name in _KEPT_HEADERS:
        value = get(name)
        if value is not None:
            headers[name] = " ".join(str(value).split())

    senders = _addresses(get("From"))
    return Message(
        message_id=ids[0],
        subject=header("Subject"),
        sender=senders[0] if senders else None,
        to=_addresses(get("To")),
        cc=_addresses(get("Cc")),
        reply_to=_addresses(get("Reply-To")),
        date=parse_date(get("Date")),
        in_reply_to=(parse_message_ids(get("In-Reply-To")) or (None,))[0],
        references=parse_message_ids(get("References")),
        text=text,
        signature=signature,
        quoted=quoted,
        calendars=tuple(calendars),
        headers=headers,
    )
