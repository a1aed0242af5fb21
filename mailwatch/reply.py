"""New text, signature and quoted history of a mail body, by mail-parser-reply.

`split_reply(text)` returns what `EmailReplyParser(languages=LANGUAGES).read(text)` gives,
only faster. The library builds its three regexes (reply headers, disclaimers, signature)
again for every message and runs each over the whole text; most mail has no reply header,
no disclaimer and often no sign-off, and those searches are most of its cost.

Here the regexes are built once and handed to the library's `EmailMessage`, which uses
patterns passed in instead of building its own. Each is wrapped in a guard: a cheap test
that every match of the library's pattern must pass. When the guard fails, the search
could not have matched, so the wrapper answers `[]` / `None` without running it; whenever
it passes, the library's own pattern runs. The guards were derived from these exact
patterns (mail-parser-reply 1.36, `LANGUAGES`); `_GUARDED_PATTERNS` holds their digest,
and for any other patterns (another library version) the guards are left out. For the same
patterns, the signature regex's "rest of the text" tail is written as one character class
(`_to_the_end`): the same match, without a group capture per character.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable

from . import rx

__all__ = ["LANGUAGES", "split_reply"]

#: The languages mail-parser-reply reads reply headers and sign-offs in.
LANGUAGES = ("en", "de", "fr", "es", "nl")

#: sha256 of the header, disclaimer and signature patterns (and flags) the guards below
#: were derived from.
_GUARDED_PATTERNS = "a7f6e9ffa5e13b41b192e0702b89264003b8938fbe69697012bb21765bf62843"

# --- reply headers --------------------------------------------------------------------
# The header regex has three kinds of alternative. A "... wrote:" line needs its verb
# ("wrote:", "schrieb", "a écrit", "escribió:", "schreef:"); the generic separator needs
# "Original Message"; an Outlook/Apple header block (`{2,}` repetitions) needs two lines
# that start, after quote marks, stars and spaces, with a header word and a colon.

#: The verbs and the separator, for text with non-ASCII characters.
_HEADER_WORDS = rx.compile(
    r"wrote:|schrieb|a \u00e9crit|escribi\u00f3:|schreef:|original message", re.I)
#: In ASCII text, re.I is str.lower(), and the two non-ASCII words cannot occur.
_ASCII_HEADER_WORDS = ("wrote:", "schrieb", "schreef:", "original message")
#: A line of a header block, in any of `LANGUAGES`.
_HEADER_LINE = rx.compile(
    r"^[>* ]*(?:from|sent|to|subject|date|cc|organization"  # en
    r"|von|gesendet|an|betreff|datum|organisation"  # de
    r"|de |envoy\u00e9 |\u00c0 |objet |  |cc "  # fr
    r"|de|enviado|para|asunto|fecha|organizaci\u00f3n"  # es
    r"|van|verzonden|aan|onderwerp):",  # nl
    re.I | re.M,
)


def _may_have_header(text: str) -> bool:
    if text.isascii():
        lowered = text.lower()
        if any(word in lowered for word in _ASCII_HEADER_WORDS):
            return True
    elif _HEADER_WORDS.search(text):
        return True
    return _header_lines(text) >= 2


def _header_start(text: str) -> int:
    """Where a search for a reply header can start (when `_may_have_header` says there is
    one): no match starts before it, so findall from there finds what it finds from 0.

    A "... wrote:" header (and its German, French, Spanish and Dutch forms) is one match
    from the line its "On"/"Am"/"Le"/"El"/"Op" opens, and its "\\s" can take at most three
    line breaks before the verb: it starts at most three lines above the first verb (or
    "Original Message" line). A header block starts at a line that opens with a header
    word (`_HEADER_LINE`), or at the line break just before it."""
    starts = []
    if (verb := _HEADER_WORDS.search(text)) is not None:
        at = verb.start()
        for _ in range(4):  # the verb's line, then three more up
            at = text.rfind("\n", 0, at) if at > 0 else -1
            if at < 0:
                break
        starts.append(at + 1 if at >= 0 else 0)
    if (line := _HEADER_LINE.search(text)) is not None:
        starts.append(max(0, line.start() - 1))
    return min(starts, default=0)


def _header_lines(text: str) -> int:
    """`len(_HEADER_LINE.findall(text))`, counted to 2: the pattern only matches at a line
    start ("^" under re.M: the text's start or after "\\n") and never past the line's end,
    so findall finds one match per line that opens with it. Each line is tried alone, and
    only when it has the ":" every match ends with, instead of a scan of every position."""
    found = 0
    for line in text.split("\n"):
        if ":" in line and _HEADER_LINE.match(line):
            found += 1
            if found == 2:
                break
    return found


# --- disclaimers ----------------------------------------------------------------------
# Every disclaimer match ends in `(?:...(?:mail)...){1,2}`: no "mail", no disclaimer. And
# it opens with a label: "CAUTION:", "Disclaimer", "Warning:", "Confidential:",
# "CONFIDENTIALITY:", "Privileged|Confidential|Private|Sensitive|Important Notice|Note|
# Information:", "(Wichtiger )Hinweis:", "Achtung:", "Aviso:", "Confidencialidad:",
# "Advertencia:", "Descargo de responsabilidad:", "Waarschuwing:" (re.I), each of which
# holds one of these words, lower-cased (rx.lowered: what re.I matches to ASCII letters).
# Mail that says "email" (most) but names no such label has no disclaimer either.
_DISCLAIMER_WORDS = ("caution:", "disclaimer", "warning:", "confiden", "privileged", "private",
                     "sensitive", "important", "hinweis:", "achtung:", "aviso:", "advertencia:",
                     "descargo", "waarschuwing:")


def _may_have_disclaimer(text: str) -> bool:
    low = rx.lowered(text)
    return "mail" in low and any(word in low for word in _DISCLAIMER_WORDS)


# --- signature ------------------------------------------------------------------------
# Each alternative of the signature regex starts at a line start, after "> " quote marks:
# "--"/"__"/"- Name" lines, an Outlook underscore rule (after blank lines, an optional
# space), a "Sent from my ..." line, or a sign-off ("Best regards", "Mit freundlichen
# Grüßen"). The guard is that line start with the library's own sign-off and "sent from"
# alternatives, without what follows them.


def _signature_guard(signatures: str, sent_from: str) -> re.Pattern[str]:
    return rx.compile(rf"^[> ]*(?:[-_]|{signatures}|{sent_from})", re.I | re.M)


# Whatever alternative starts the signature, the library's regex then takes the rest of the
# text with `(.|\s)*`: "." is every character but "\n" and "\s" takes "\n", so the match
# always runs to the end of the text, one group capture per character (the cost of the
# search). `[\s\S]*` takes the same characters in one C loop: same start, same end, so the
# same `.group()`, the only thing the library reads of the match.
_TAKE_THE_REST = r"(.|\s)*)"


def _to_the_end(signature: re.Pattern[str]) -> re.Pattern[str]:
    if not signature.pattern.endswith(_TAKE_THE_REST):
        return signature
    return re.compile(signature.pattern[: -len(_TAKE_THE_REST)] + r"[\s\S]*)", signature.flags)


def _signature_start(sign_off: re.Pattern[str]) -> Callable[[str], int | None]:
    """Where a search for the signature can start: no match, None. A signature match
    starts on a line where `sign_off` matches, or in the whitespace before such a line
    (the library's `\\s*^`, `\\n{2,}`), and a sign-off line holds a non-space character,
    so no match starts before the whitespace that precedes the first sign-off line: the
    search from there finds the same leftmost match as from the start of the text."""

    def start(text: str) -> int | None:
        m = sign_off.search(text)
        if m is None:
            return None
        pos = m.start()
        while pos > 0 and text[pos - 1].isspace():  # \s, as the library's regex has it
            pos -= 1
        return pos

    return start


class _Guarded:
    """A compiled library regex that only runs when `may_match(text)` says it can match;
    with `start`, a search runs from where `start(text)` says a match can begin (None:
    nowhere)."""

    def __init__(self, pattern: re.Pattern[str], may_match: Callable[[str], bool],
                 start: Callable[[str], int | None] | None = None) -> None:
        self.pattern = pattern
        self.may_match = may_match
        self.start = start

    def findall(self, text: str) -> list:
        if not self.may_match(text):
            return []
        return self.pattern.findall(text, self.start(text) or 0) if self.start else (
            self.pattern.findall(text))

    def search(self, text: str) -> re.Match[str] | None:
        if self.start is not None:
            pos = self.start(text)
            return None if pos is None else self.pattern.search(text, pos)
        return self.pattern.search(text) if self.may_match(text) else None


def _digest(*patterns: re.Pattern[str]) -> str:
    joined = "\0".join(f"{p.flags}:{p.pattern}" for p in patterns)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


@functools.cache
def _regexes() -> dict[str, object]:
    """The library's header, disclaimer and signature regexes, compiled once, guarded
    when they are the patterns the guards were derived from."""
    from mailparser_reply.parser import EmailMessage

    probe = EmailMessage(text="", languages=list(LANGUAGES))
    header, disclaimers, signature = (
        probe.HEADER_REGEX, probe.DISCLAIMERS_REGEX, probe.SIGNATURE_REGEX)
    plain = {"_header_regex": header, "_disclaimers_regex": disclaimers,
             "_signature_regex": signature}
    if _digest(header, disclaimers, signature) != _GUARDED_PATTERNS:
        return plain

    def part(key: str) -> str:  # exactly how the library joins its language tables
        found = (probe._get_language_regex(language=lang, regex_key=key)
                 for lang in probe.languages)
        return "|".join(p for p in found if p)

    try:
        sign_off = _signature_guard(part("signatures"), part("sent_from"))
    except (AttributeError, TypeError, re.error):  # the library's helper changed
        return plain
    # The same patterns through rx.compile, which only changes how fast the engine finds
    # what they find (see mailwatch/rx.py); the disclaimers' hint would cost more than save.
    signature = _to_the_end(signature)
    return {
        "_header_regex": _Guarded(rx.compile(header.pattern, header.flags), _may_have_header,
                                  _header_start),
        "_disclaimers_regex": _Guarded(
            rx.compile(disclaimers.pattern, disclaimers.flags, hint=False), _may_have_disclaimer),
        "_signature_regex": _Guarded(
            rx.compile(signature.pattern, signature.flags),
            lambda text: bool(sign_off.search(text)), _signature_start(sign_off)),
    }


# --- normalising ---------------------------------------------------------------------
# The library's `EmailMessage._normalize_text` ends with a substitution that puts a blank
# line before an Outlook underscore rule, `([^\n])(\n{2,} ?[_-]{32,})`, which the engine
# tries from every character of the text. Every match of it holds two line breaks, an
# optional space and 32 underscores or hyphens: without those (nearly all mail) it
# changes nothing, and a search for them starts from each "\n\n" only.

#: sha256 of the `_normalize_text` source `Normalizing` repeats (mail-parser-reply 1.36).
_NORMALIZE_SOURCE = "ce1c2b66495c1fd221a0c8a41af9f19b40fd38ea25554e1d630de8471608858b"
_OUTLOOK_RULE = re.compile(r"\n\n ?[_-]{32}")


@functools.cache
def _message_class() -> type:
    """The library's `EmailMessage`, with the substitution above made only when it can
    change the text, when its `_normalize_text` is the one this repeats."""
    import inspect

    from mailparser_reply.parser import EmailMessage

    try:
        source = inspect.getsource(EmailMessage._normalize_text)
        from mailparser_reply.constants import OUTLOOK_MAIL_SEPARATOR
    except (OSError, TypeError, ImportError):
        return EmailMessage
    if hashlib.sha256(source.encode("utf-8")).hexdigest() != _NORMALIZE_SOURCE:
        return EmailMessage

    class Normalizing(EmailMessage):
        def _normalize_text(self) -> None:
            text = self.text.replace("\r\n", "\n")
            text = "\n".join([line.strip() for line in text.split("\n")])
            if _OUTLOOK_RULE.search(text):  # the library's own call (re.MULTILINE: a count)
                text = re.sub(f"([^\n]){OUTLOOK_MAIL_SEPARATOR}", "\\1\n", text,
                              count=re.MULTILINE)
            self.text = text

    return Normalizing


#: The header line over a quoted mail: "On Thu, 26 Nov 2026 at 18:03, A B <a@b> wrote:".
_QUOTE_HEAD = re.compile(r"^(?!>)[^\n]{8,300}:[ \t]*$")


def _top_posted(text: str) -> str:
    """A reply written under or between the lines it quotes, turned round: the writer's own
    lines first, then the header and the quoted ("> ") lines, as the reply splitter (and
    every reader after it) expects. A bottom-posted "Wednesday the 2nd at 14:30 it is"
    under the quoted offer, or "Answers inline below." over answers between her questions,
    would otherwise read as a mail with no new text."""
    if ">" not in text:
        return text
    lines = text.split("\n")
    quoted_at = [i for i, line in enumerate(lines) if line.lstrip().startswith(">")]
    if not quoted_at:
        return text
    first = quoted_at[0]
    head = first - 1 if first and _QUOTE_HEAD.match(lines[first - 1].strip()) else first
    if head == first and first and lines[first - 1].strip():
        return text  # (quoted lines with no header over them: not a reply's quote)
    if not any(line.strip() and not line.lstrip().startswith(">") for line in lines[first:]):
        return text  # an ordinary top-posted reply
    quoted = set(quoted_at)
    own = lines[:head] + [line for i, line in enumerate(lines[first:], first) if i not in quoted]
    return "\n".join(own).strip() + "\n\n" + "\n".join(
        [lines[head]] * (head != first) + [lines[i] for i in quoted_at])


def split_reply(text: str) -> tuple[str, str, str]:
    """(new text, signature, quoted history); the whole text, stripped, if the library
    fails (it is heuristic: it never stops a cycle)."""
    text = _top_posted(text)
    message_class = _message_class()
    try:
        parsed = message_class(text=text, languages=list(LANGUAGES), **_regexes())
        replies = parsed.read().replies
    except Exception:
        return text.strip(), "", ""
    if not replies:
        return text.strip(), "", ""
    first = replies[0]
    quoted = "\n\n".join(r.content for r in replies[1:])
    return (first.body or "").strip(), (first.signatures or "").strip(), quoted.strip()
