"""Offer phrases: "pleased to offer you the role", "we'd love to have you on board as …",
"Vertragsangebot", "thư mời nhận việc", in the languages job mail arrives in.

Split from classify.py, which re-exports `OFFER` and `offer`: the alternation grows with
every language the corpus brings, and an offer is the first kind the pipeline asks about.
"""

from __future__ import annotations

import re

from .. import rx
from . import kindwords_intl as intl
from .kind_moves import CONDITIONAL

OFFER = rx.compile(
    r"\b(?:(?:pleased|delighted|happy|excited|thrilled|pleasure)\s+to\s+(?:formally\s+)?"
    # (not "delighted to offer you an interview", "… a slot on Thursday": a meeting; "a place"
    # and "the opportunity" stay offers: "a place on our graduate scheme")
    r"(?:offer\s+you(?!\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:interview|slot|call|conversation"
    r"|meeting)\b)"
    r"|extend\s+(?:you\s+)?(?:an?|the)\s+(?:formal\s+|verbal\s+)?offer)|(?<!any\s)offer\s+of\s+employment(?!\s+is\s+contingent)"
    # a school's or a public body's word for it: "the Board has approved your appointment as"
    r"|(?:approved|confirmed)\s+your\s+appointment\s+as"
    r"|(?:your|the|an?)\s+(?:formal\s+)?offer\s+letter|extend\s+(?:you\s+)?an\s+offer"
    r"|(?<!n't\sbe\s)(?<!n’t\sbe\s)(?<!not\sbe\s)(?:make|making)\s+you\s+an\s+offer|job\s+offer\s+for\s+you|accept\s+(?:our|the)\s+offer"
    r"|(?:like|love)\s+(?:for\s+)?you\s+to\s+join\s+(?:us|[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})"
    r"\s+as\s+(?:an?\s+|our\s+)?[A-Z]"
    # "we'd love you to come on board as our new Brewer"
    r"|(?:like|love)\s+(?:for\s+)?you\s+to\s+come\s+on\s*board\s+as\s+(?:an?\s+|our\s+)?(?:new\s+)?[A-Z]"
    # "we'd love to have you on board as Kererū's first Product Designer", "I'd rather walk
    # you through the offer properly than dump a PDF on you"
    r"|(?:like|love)\s+to\s+(?:have|welcome)\s+you\s+(?:on\s*board|aboard)\s+as\s+(?:an?\s+|our\s+"
    r"|the\s+|[A-Z][\w'’]*\s+)?(?:first\s+|new\s+)?[A-Z]|walk\s+you\s+through\s+(?:the|our|your)\s+offer\b"
    # Portuguese, Spanish, French, German
    r"|(?:nos|me)\s+encantar[íi]a\s+que\s+te\s+unieras\s+a|adorar[íi]amos\s+que\s+(?:você|vc)\s+"
    r"se\s+juntasse|(?:nossa|uma)\s+proposta\s+(?:para|de\s+emprego)|carta-?proposta|oferta\s+(?:de\s+empleo"
    r"|laboral|para\s+(?:el|la)\s+(?:puesto|posici[óo]n))|offre\s+d['’]emploi|lettre\s+d['’]offre"
    # ("Ihnen heute ein Angebot für ein Praktikum", "Ihr Praktikumsangebot")
    r"|(?:Ihnen|dir)\s+(?:(?:gerne|heute|hiermit|nun|jetzt)\s+){0,2}(?:ein\s+)?"
    r"(?:Vertragsangebot|Angebot)\b|Vertragsangebot|Praktikumsangebot|Praktikumsvertrag"
    # "Ihnen im Namen der … AG die Stelle als Embedded Software Engineer … anzubieten"
    r"|(?:Ihnen|dir)\s[^.]{0,80}?\b(?:die\s+Stelle|die\s+Position|die\s+Funktion)\b[^.]{0,120}?"
    r"\banzubieten\b"
    r"|anbieten\s+zu\s+(?:k[öo]nnen|d[üu]rfen)|offrirti\s+la\s+posizione|proposta\s+di\s+assunzione"
    # "nos complace ofrecerle el puesto de …"
    r"|(?:complace|alegra|gusta|grato)\s+ofrecer(?:le|te)|ofrecer(?:le|te)\s+el\s+puesto"
    r"|(?:like|love|want)\s+to\s+(?:formally\s+)?offer\s+you\s+(?:the|this|a)\s+"
    r"(?:[\w()&/,-]+\s+){0,6}?(?:role|position|job)"
    # a small employer's word for it: "we want u for the office admin job!!", "the job's
    # yours if you want it", "you got the job"
    r"|(?:we|i)\s+want\s+(?:you|u)\s+for\s+the\s+(?:[\w-]+\s+){0,4}?(?:job|role|position)\b"
    r"|(?:job|role|position)(?:\s+is|['’]s)\s+yours\b"
    r"|(?:you|u)(?:['’]ve|\s+have)?\s+got\s+the\s+(?:job|role|position)\b"
    # an agency relays it: "Halcyon Rail have come back with an offer"
    r"|(?:have|has)\s+come\s+back\s+with\s+(?:an?\s+|their\s+)?(?:formal\s+|verbal\s+"
    r"|written\s+)?offer\b"
    + intl.OFFER + ")|" + intl.OFFER_CJK,
    re.I,
)


#: An offer taken back: "I am obliged to withdraw our offer", "the offer has been rescinded"
#: (also a REJECTION alternative).
WITHDRAWN_RX = (r"(?:withdraw|rescind|revok)\w*\s+(?:our|the|your|this|my)\s+"
                r"(?:job\s+|conditional\s+|written\s+|verbal\s+)?offer"
                # (not "If the clearance cannot be granted, this offer will be withdrawn": a
                # condition of the offer)
                r"|offer\s+(?:has\s+been|is|was)\s+(?:withdrawn|rescinded|revoked)")
OFFER_WITHDRAWN = re.compile(rf"\b(?:{WITHDRAWN_RX})\b", re.I)


def offer(text: str) -> re.Match[str] | None:
    """`OFFER.search(text)`, with the scan skipped when the text has none of _OFFER_WORDS:
    every alternative of OFFER spells one of them, and no character but their own letters
    lower-cases into (or re.I matches) those letters. An offer in a sentence that opens
    with "if" is none: "If you are successful you will receive a conditional offer"."""
    low = text.lower()
    if not any(w in low for w in _OFFER_WORDS) or OFFER_WITHDRAWN.search(text):
        return None  # (an offer taken back is a rejection: classify.REJECTION reads it)
    for m in OFFER.finditer(text):
        opens = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        if not (CONDITIONAL.search(text[opens : m.start()])
                or _ACCEPTED.search(text[max(opens, m.start() - 60) : m.start()])
                or _NOT_AN.search(text[max(opens, m.start() - 40) : m.start()])):
            return m
    return None


#: An offer already accepted, named in the onboarding mail that follows it: "tras la
#: aceptación por su parte de nuestra oferta de empleo", "now that you've accepted our offer".
_ACCEPTED = re.compile(r"\b(?:acept\w+|accept\w+|aceit\w+|angenommen\w*)\b[^.]{0,50}$", re.I)


#: An invitation's small print: "this invitation does not constitute an offer of employment".
_NOT_AN = re.compile(r"\b(?:not|n['’]t)\s+(?:constitute|represent|mean|imply|guarantee|be)s?"
                     r"\s+(?:an?\s+)?$"
                     # "Being placed in a merit pool is not an offer of employment"
                     r"|\b(?:is|are)\s+not\s+(?:an?\s+)?$|\bisn['’]t\s+(?:an?\s+)?$", re.I)


#: Every alternative of OFFER spells one of these (lower-cased).
_OFFER_WORDS = ("offer", "join", "board", "appointment as", "propost", "oferta", "offre",
                "angebot", "anbieten", "anzubieten", "offrirti", "ofrecer", "unieras", "juntasse",
                "want", "yours", "got the",
                *intl.OFFER_WORDS)
