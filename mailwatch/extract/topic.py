"""Weak-signal evidence that a mail with a concrete slot is about the user's job interview.

`classify.about_interview` needs a named interview ("interview", "entretien", "final
round"). Many real invitations name none: an agency writes "the client wants to meet you
on Monday", a founder "let's lock it in: tomorrow at 3, my cofounder will jump on too", a
hiring manager "we'd like to walk through your take-home with you". A careful reader is
sure anyway, because several weak signals agree: a hiring context (a role, an application,
a client, a job title), and a meeting with the reader (meet you, jump on a call, a video
link, "speak tomorrow"). Used only for mail that also holds a date and time in a meeting
sentence, and never against the negative vocabulary of notjob.not_job / NOT_MINE.
"""

from __future__ import annotations

import re

from .. import rx

#: Hiring context: a role, an application, a recruiter's client, a job title.
HIRING = rx.compile(
    r"\b(?:role|position|application|applied|candidate|candidacy|vacancy|opening|hiring"
    r"|recruit\w*|talent|headhunt\w*|take-?home|shortlist\w*|your\s+(?:cv|résumé|resume|profile"
    r"|portfolio)|the\s+client|our\s+client|job|post\s+of"
    r"|(?:senior|junior|lead|principal|staff|head\s+of|founding)\s+\w+"
    r"|\w+\s+(?:engineer|developer|scientist|analyst|designer|manager|architect|consultant"
    r"|specialist|administrator|accountant|officer|coordinator|researcher|producer|editor"
    r"|technician|supervisor|trainer|operator|associate|assistant|receptionist|clerk)"
    r"|cv\s+attached|attached\s+(?:is\s+)?my\s+(?:cv|résumé|resume)"
    # the role in the other languages: "Posizione UX Researcher", "la vaga de", "el puesto"
    r"|posizion[ei]|ruolo|posici[oó]n|posi[çc][ãa]o|vaga|puesto|vacante|stelle|poste"
    r"|vacature|candidatura"
    # Norwegian, Danish, Swedish: "stillingen som dataanalytiker", "din ansøgning", "tjänsten"
    r"|stilling(?:en)?|tjänsten|søknad(?:en)?|ansøgning(?:en)?|ansökan)\b",
    re.I,
)
#: A meeting with the reader: someone will meet, speak to or join her.
MEETS_READER = rx.compile(
    r"\b(?:(?:meet|meeting|speak|speaking|talk|talking|chat|chatting)\s+(?:with\s+|to\s+)?"
    r"(?:you|her|him|them|me|us)\b|(?:you|she|he)(?:'ll|’ll|\s+will)\s+(?:meet|speak|talk)"
    r"|jump\s+on|hop\s+on|join\s+(?:us|me|the\s+call)|walk\s+through\s+(?:it|this|that|your)"
    r"|(?:meet|zoom|teams|whereby|video|webex|call|dial-?in)\s+link|lock\s+(?:it\s+)?in|locked\s+in"
    r"|(?:speak|talk|see\s+you)\s+(?:tomorrow|soon|then|on)|(?:slot|time)\s+in\s+the\s+calendar"
    r"|come\s+(?:in|over|to\s+(?:our|the)\s+office)|in\s+person\s+at|want\s+to\s+meet"
    r"|pop\s+(?:in|over|by|round)\b|get\s+you\s+in\b|(?:it['’]ll|it\s+will)\s+be\s+me\b"
    r"|at\s+our\s+(?:[\w-]+\s+){0,3}(?:office|offices|studio|site|campus|hq|headquarters|store"
    r"|shop|branch|plant|warehouse|depot|restaurant|hotel|clinic|factory|yard)\b"
    # "I've asked A B to sit in"; "when you get in, ask for me at the front desk"
    r"|sit\s+in\b|when\s+you\s+(?:get|come)\s+in\b|ask\s+for\s+me\b"
    r"|confirmed\s+for|(?:I|we)(?:'ll|’ll|\s+will)\s+(?:call|ring|phone|dial)\s+(?:you|the\s+(?:mobile"
    r"|number|cell))"
    # "Gareth will call your mobile"
    r"|(?:(?-i:[A-Z])\w+|she|he|they)\s*(?:will|'ll|’ll)\s+(?:call|ring|phone)\s+(?:you|your)\b"
    r"|give\s+you\s+a\s+(?:call|ring|buzz)"
    r"|(?:love|like)\s+to\s+(?:talk|chat|speak)\s+(?:more|further)\b"  # ("… about the X job")
    # "would love to have a proper chat about the role", "45 mins, just me, over Zoom"
    r"|(?:have|grab|set\s+up|book)\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:chat|call|conversation)\s+"
    r"about|over\s+(?:zoom|teams|google\s+meet|video|the\s+phone)"
    # "thats booked in! … looking forward to it. Speak tuesday"
    r"|(?:speak|talk|see\s+you|chat)\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:link|invite|invitation)\s+(?:to\s+follow|coming|on\s+its\s+way)"  # ("link to follow")
    # "we'd love to have a proper chat", "walk you through how the team runs"
    r"|(?:love|like)\s+to\s+(?:have|grab)\s+a\s+(?:[\w-]+\s+)?(?:chat|call|conversation)\b"
    r"|walk\s+you\s+through"
    # "I'd just like a 30 min video chat to tell you about the team"
    r"|(?:I['’]d|I\s+would|we['’]d)\s+(?:just\s+|really\s+)?(?:like|love)\s+a\s+(?:[\w-]+\s+){0,3}"
    r"(?:chat|call|conversation)\b"
    # "You'll pair with A B on a small ticket … talk us through it … when you arrive"
    r"|pair(?:ing)?\s+with|talk\s+(?:us|me)\s+through|when\s+you\s+(?:arrive|get\s+here)"
    # German: "Ich hab uns für Mo, 11.01. um 16 Uhr eingetragen … ganz locker per Video"
    r"|(?:per|über|via)\s+(?:video|zoom|teams|telefon|google\s+meet)|quatschen|kennenlernen"
    r"|(?:uns|dich|Sie|euch)\s+(?:für|am)\s+[^.\n]{0,40}(?:eingetragen|eingeplant|eingebucht)"
    r"|kalendereinladung|dabei\s+(?:ist|sind)\s+(?:auch\s+)?(?-i:[A-Z])"
    # Italian, Spanish, Portuguese, French: "ci vediamo in videochiamata", "nos vemos el"
    r"|ci\s+(?:vediamo|sentiamo)|videochiamata|nos\s+vemos|a\s+gente\s+se\s+v[êe]"
    r"|on\s+se\s+(?:voit|parle)|wir\s+sehen\s+uns|we\s+zien\s+(?:je|elkaar)"
    # Norwegian, Danish, Swedish: "Jeg sender Teams-lenke", "Ole Martin blir også med",
    # "en uformell prat", "vi ses"
    r"|(?:teams|zoom|video|møte|møde|mötes)-?(?:lenke|link|länk)|blir\s+også\s+med"
    r"|(?:kort|uformell|uformel|uformelle|informell|informellt?)\s+(?:prat|snak|samtale|pratstund)"
    r"|vi\s+ses\b"
    r"|booked\s+in|(?:all|that['’]?s)\s+booked|looking\s+forward\s+to\s+(?:it|meeting\s+you"
    r"|speaking\s+with\s+you|seeing\s+you))",
    re.I,
)


#: The writer says it is not about a job: "we're not hiring", "purely a friendly chat".
NOT_HIRING = rx.compile(
    r"\b(?:(?:we're|we\s+are|i'm|i\s+am|we\s+aren't)\s+not\s+(?:currently\s+|actively\s+)?"
    r"hiring|not\s+(?:currently\s+)?hiring|headcount\s+freeze|hiring\s+freeze|purely\s+(?:a\s+)?"
    r"(?:friendly|informal|social|informational)|informational\s+(?:chat|call|interview|coffee)"
    r"|not\s+(?:a|an)\s+(?:job\s+|formal\s+)?interview|no\s+cv\s+needed)\b",
    re.I,
)


def job_meeting(subject: str, text: str, quoted: str = "", *, people_named: bool = False) -> bool:
    """Several weak signals agree that the mail sets a meeting about a job with the reader.

    The hiring context may come from the subject or the thread's history (a reply that
    confirms "tomorrow at 3" for a chat the earlier mail tied to a role); the meeting
    itself must be in the new text; `people_named` (the text introduces who the reader will
    talk to: "it'll be myself and Sipho Dlamini") is such a meeting too.
    """
    if not (people_named or MEETS_READER.search(text)) or NOT_HIRING.search(text):
        return False
    return bool(HIRING.search(subject) or HIRING.search(text) or HIRING.search(quoted[:3000]))


__all__ = ["HIRING", "MEETS_READER", "job_meeting"]
