"""When does a sentence with a date and a time describe the meeting itself?

classify.MEETING_CONTEXT lists meeting nouns and verbs. Prose also sets a slot with
phrases that name no meeting ("come and see us on Monday at 9am", "it will hold on 16th
November") or refers back to the previous sentence with a pronoun ("It will be on Zoom
at 10am"). These are the extra signals, kept here so the slot finder can use them as a
fallback without widening the shared vocabulary every other classifier reads.
"""

from __future__ import annotations

import re

from .. import rx

#: Phrases that set an appointment without naming a meeting.
APPOINTMENT = rx.compile(
    r"\b(?:(?:come|pop)\s+(?:in|over|by|and\s+(?:see|meet)\s+us)|see\s+us|visit\s+us"
    r"|drop\s+by|(?:will|shall|would)\s+(?:hold|be\s+held|take\s+place)|takes?\s+place"
    r"|put\s+it\s+in\s+the\s+calendar|in\s+(?:the|your|our)\s+(?:calendar|diary)"
    r"|pencil(?:led|ed)?\s+(?:you\s+)?in)\b",
    re.I,
)
#: A sentence that continues the previous one's subject: "It will ...", "This is ...".
ANAPHORA = re.compile(
    r"^\s*(?:it|this|that|the\s+(?:session|meeting|call|interview|conversation|chat))"
    r"\s+(?:will|would|is|shall|has|'ll|’ll)\b",
    re.I,
)


def continues_meeting(sentence: str, previous_is_meeting: bool) -> bool:
    """True when `sentence` sets the appointment by itself or by referring back."""
    if APPOINTMENT.search(sentence):
        return True
    return previous_is_meeting and bool(ANAPHORA.match(sentence))
