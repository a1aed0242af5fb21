"""Extraction: one `Message` -> one `Detection`. Pure: no I/O, no clock.

Public API:

- `detect(message, *, user_addresses=frozenset(), date_order="auto", vocabulary=...)
  -> Detection`
- `is_auto_reply(message) -> bool`

`date_order` settles numeric dates such as 12/11/2026: "DMY", "MDY", or "auto" (day-first
unless the sender's domain is US-style .com/.us/.org/...; a country TLD means day-first).
Relative phrases ("tomorrow", "next Thursday", "within two weeks") are resolved against the
message's Date header. Only the new text, the signature and calendar parts are read, never
the quoted history, so a reply quoting an old invitation is not a new invitation.
`vocabulary` carries the user's own interview phrases, interview senders and ATS domains
(`[detection]` in the config); they add evidence, never take it away.
"""

from __future__ import annotations

from ..message import Message
from ..model import Detection, Kind
from ..vocabulary import NO_VOCABULARY, Vocabulary
from .autoreply import auto_reply_reason

__all__ = ["detect", "is_auto_reply"]


def detect(
    message: Message, *, user_addresses: frozenset[str] = frozenset(), date_order: str = "auto",
    vocabulary: Vocabulary = NO_VOCABULARY,
) -> Detection:
    """Classify one message and pull out the interview, people, company and deadline.

    Never raises: a bug or a hostile message costs one message, not the cycle, so any
    exception becomes kind=other with the error as the reason.
    """
    try:
        from .pipeline import run

        return run(message, frozenset(user_addresses), date_order, vocabulary)
    except Exception as exc:  # noqa: BLE001 - the contract is "never raise"
        return Detection(
            kind=Kind.OTHER, reasons=(f"extraction error: {exc.__class__.__name__}: {exc}"[:200],)
        )


def is_auto_reply(message: Message) -> bool:
    """Out-of-office, Auto-Submitted/X-Autoreply, Precedence: auto_reply, or an ATS
    "we have received your application" acknowledgement. These never count as a reply."""
    try:
        return auto_reply_reason(message) is not None
    except Exception:  # noqa: BLE001
        return False
