"""Automatic replies and bulk mail: is a machine or a mailing list talking?

Split from classify.py because this reads headers and a sender's robot wording (out of
office, "we have received your application", List-Unsubscribe), not the phrases of each
kind: the pipeline asks it first, before any kind is weighed.
"""

from __future__ import annotations

import re

from .. import rx
from ..message import Message
from .classify import BOOKING, ONE_WAY, REJECTION, STILL_DECIDING, offer
from .dates import find_times

_AUTO_SUBJECT = rx.compile(
    r"^\s*(?:automatic\s+reply|auto(?:matic)?[- ]?(?:reply|response)|auto\s*:"
    r"|out\s+of\s+(?:the\s+)?office|ooo\b|abwesenheitsnotiz|réponse\s+automatique|autoreply)|\bout\s+of\s+(?:the\s+)?"
    r"office\b",
    re.I,
)
ATS_ACK = rx.compile(
    r"\b(?:we(?:'ve|\s+have)\s+(?:successfully\s+)?received\s+your\s+application"
    r"|thank\s+you\s+for\s+applying|thanks\s+for\s+applying|thank\s+you\s+for\s+your\s+application"
    r"|your\s+application\s+(?:has\s+been|was)\s+(?:received|submitted|successfully)"
    r"|this\s+is\s+an\s+automated\s+(?:message|response|e-?mail|reply)"
    r"|(?:please\s+)?do\s+not\s+reply\s+to\s+this\s+(?:e-?mail|message))",
    re.I,
)
_INVITE_INTENT = rx.compile(
    r"\b(?:(?:would|'d)\s+(?:like|love)\s+to\s+(?:invite|schedule|arrange|set\s+up|book"
    r"|move\s+forward|speak|meet|chat|get\s+to\s+know\s+you)"
    r"|invit\w+\s+you|invitation\s+to\s+(?:an?\s+)?interview"
    # "… would like to get to know you on a 30-minute phone screen", "schedule your phone screen"
    r"|(?:on|for|schedule|book)\s+(?:a|your)\s+(?:\d+-minute\s+)?(?:phone|video)\s+(?:screen|interview)"
    r"|(?:have|'ve)\s+(?:booked|scheduled)|is\s+(?:confirmed|scheduled)|shortlisted"
    r"|selected\s+for\s+(?:an?\s+)?interview|next\s+round"
    r"|next\s+step\s+(?:is|will\s+be)\s+an?\s+(?:[\w-]+\s+){0,3}(?:call|chat|interview"
    r"|conversation|screen))\b",
    re.I,
)


#: A question put to the reader ("Could you do a quick call early next week?"): a person
#: writing, not an acknowledgement robot.
_ASKS_YOU = re.compile(r"\b(?:you|your)\b(?:[^.?!\n]|\n(?![ \t]*\n)){0,80}\?")


def auto_reply_reason(message: Message) -> str | None:
    """Why the message is an automatic reply, or None. Headers first, then wording."""
    h = message.headers
    auto = h.get("auto-submitted", "").strip().lower()
    if auto and auto not in ("no", "auto-generated"):
        return f"header Auto-Submitted: {auto}"
    for name in ("x-autoreply", "x-autorespond"):
        if name in h:
            return f"header {name}"
    if h.get("precedence", "").strip().lower() == "auto_reply":
        return "header Precedence: auto_reply"
    if _AUTO_SUBJECT.search(message.subject or ""):
        return f"subject '{message.subject[:60]}'"
    text = message.text
    ack = ATS_ACK.search(text)
    if ack and not (
        REJECTION.search(text)
        or offer(text)
        or _INVITE_INTENT.search(text)
        or _ASKS_YOU.search(text)
        or ONE_WAY.search(text)
        or BOOKING.search(text)  # a person's link to book the first call
        or STILL_DECIDING.search(text)  # a status update sent from a no-reply address
        or find_times(text)
    ):
        return f"ATS acknowledgement '{ack.group(0)}'"
    if auto == "auto-generated":  # last: the reasons above say more
        return GENERATED
    return None


#: RFC 3834's "generated, not a reply": an ATS sends its invitations and rejections so. The
#: sender is a machine, but what it says still counts.
GENERATED = "header Auto-Submitted: auto-generated"


def is_bulk(message: Message) -> str | None:
    """List or bulk mail (newsletters, job alerts): the header that says so, or None."""
    h = message.headers
    for name in ("list-unsubscribe", "list-id"):
        if name in h:
            return f"header {name}"
    if h.get("precedence", "").strip().lower() in ("bulk", "list", "junk"):
        return f"header Precedence: {h['precedence']}"
    return None
