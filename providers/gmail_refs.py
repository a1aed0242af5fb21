"""Pure helpers of the Gmail provider: options, refs, the cursor, subjects, raw bytes.

Kept apart from `gmail.py` (as `imap_refs.py` is from `imap.py`) so the parts that must
never go wrong with hostile input — refs and cursors read back from the store, ids put
into a search query, endpoints from the config — are plain functions, testable without
a server.
"""

from __future__ import annotations

import base64
import re
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from typing import Any
from urllib.parse import urlsplit

from mailwatch.providers.base import CursorInvalid, MessageRef, is_loopback, unknown_keys

OPTIONS = ("token_file", "token_command", "api_endpoint", "token_uri", "lookback_days",
           "calendar")
SECRET_KEYS = ("token", "access_token", "refresh_token", "client_secret", "password")
DEFAULT_LOOKBACK_DAYS = 60
CURSOR_VERSION = 1
#: Not mail mailwatch reads: drafts (ours and the user's), chats, spam, trash.
SKIPPED_LABELS = frozenset({"DRAFT", "CHAT", "SPAM", "TRASH"})
GMAIL_ID = re.compile(r"^[0-9a-f]{6,32}$")
DRAFT_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
ACTION_ID = re.compile(r"^[A-Za-z0-9._=+-]{1,200}$")  # as mime.build_draft_bytes allows
SEARCHABLE = re.compile(r"^[^\s\"(){}<>]{1,250}$")  # safe inside an rfc822msgid: term
_PREFIX = re.compile(r"^\s*((re|fwd?|aw|sv|wg)(\[\d+\])?\s*:\s*)+", re.IGNORECASE)


def decode_raw(value: str) -> bytes:
    """``raw`` as Gmail sends it: URL-safe base64; padding restored in case it is cut."""
    return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))


def lf(raw: bytes) -> bytes:
    """Gmail serves CRLF; mailwatch hands every provider's mail downstream with LF."""
    return raw.replace(b"\r\n", b"\n")


def _header_text(value: str) -> str:
    try:
        return str(make_header(decode_header(value)))
    except (LookupError, UnicodeError, ValueError, HeaderParseError):
        return value


def same_subject(a: str, b: str) -> bool:
    """Whether Gmail would see one thread's subject (reply prefixes and case ignored)."""
    def base(s: str) -> str:
        return " ".join(_PREFIX.sub("", _header_text(s)).split()).lower()
    return base(a) == base(b)


def message_id(ref: MessageRef) -> str | None:
    """The Gmail id inside a ref; None for anything else (refs come from the store)."""
    role, sep, rest = ref.ref.partition(":")
    mid = rest if sep else ref.ref
    if sep and role not in ("inbox", "sent"):
        return None
    return mid if GMAIL_ID.match(mid) else None


def load_cursor(cursor: Any) -> str | None:
    if cursor is None:
        return None
    if not (isinstance(cursor, dict) and cursor.get("v") == CURSOR_VERSION
            and isinstance(cursor.get("history"), str) and cursor["history"].isdigit()
            and cursor["history"].isascii()):
        raise CursorInvalid(f"not a Gmail cursor: {cursor!r:.80}")
    return str(cursor["history"])



def endpoint_problem(value: Any) -> str | None:
    """Why an `api_endpoint` / `token_uri` is unusable; None when fine. Plain http would
    carry tokens in clear text, so it is accepted for loopback addresses only (tests,
    local proxies)."""
    if not isinstance(value, str) or not value.strip():
        return "must be an https URL"
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"must be an http(s) URL, got {value!r}"
    if parts.query or parts.fragment:
        return "must not have a query or fragment"
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        return (f"plain http would send the access token unencrypted; it is only allowed "
                f"for a loopback host, not {parts.hostname!r}")
    return None


def option_problems(options: dict[str, Any]) -> list[tuple[str, str]]:
    """(key, problem) pairs for a gmail account; see `GmailProvider.config_problems`."""
    problems = [(key, "secrets never go in the config file: use token_file (written by "
                      "`mailwatch auth gmail --account NAME`) or token_command")
                if key in SECRET_KEYS else (key, problem)
                for key, problem in unknown_keys(options, OPTIONS, "a gmail")]
    for key in ("token_file", "token_command"):
        value = options.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            problems.append((key, "must be a non-empty string"))
    if options.get("token_file") and options.get("token_command"):
        problems.append(("token_command", "set token_file or token_command, not both"))
    for key in ("api_endpoint", "token_uri"):
        problem = endpoint_problem(options[key]) if key in options else None
        if problem:
            problems.append((key, problem))
    if options.get("token_uri") and options.get("token_command"):
        problems.append(("token_uri", "only used with token_file: token_command "
                                      "fetches its own tokens"))
    if not isinstance(options.get("calendar", False), bool):
        problems.append(("calendar", "must be true (also read Google Calendar events; "
                                     "needs `mailwatch auth gmail --calendar`) or false"))
    days = options.get("lookback_days", DEFAULT_LOOKBACK_DAYS)
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 3650:
        problems.append(("lookback_days", f"must be a whole number of days from 1 to "
                                          f"3650, got {days!r}"))
    return problems
