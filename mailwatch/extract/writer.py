"""Whether the writer of a mail takes part in the interview they write about: "myself and A
B", "I'll join too", "A B and I will meet you"; not "thanks for speaking with me last
week", not "I won't be joining".

Split from people.py because this is a yes/no reading of the writer's own wording, not a
finder of names. It is asked about whoever wrote the text at hand (an event's organizer,
the sender, the author of a forwarded or quoted mail), and only a yes adds that writer as
an interviewer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import rx
from .kindwords import BOOKED_FOR_OTHERS
from .partners import and_i
from .people import _PAST, squeezed
from .roster_tables import BOOKER

#: "our interview", "join us", "notre entretien", "unser Gespräch": the writer is on it, unless
#: the writer only books it and the mail names who runs it (a coordinator's "our call" is the
#: company's).
_OUR_MEETING = (
    r"\bour\s+(?:\w+\s+){0,2}(?:interview|call|chat|conversation|meeting)\b|\bjoin\s+us\b"
    r"|\bmy\s+(?:calendar|calendly)\b"  # (a booker sends the invite from hers too)
    r"|\b(?:notre\s+(?:entretien|rendez-vous)|ons\s+(?:\w+)?gesprek"
    r"|unser(?:em)?\s+(?:\w+)?gespräch|nuestra\s+(?:entrevista|reuni[óo]n|conversaci[óo]n)"
    r"|nossa\s+(?:entrevista|conversa|reuni[ãa]o)|(?:il\s+)?nostro\s+colloquio"
    r"|vår(?:t)?\s+(?:intervju|samtal)|nasz[ąa]\s+rozmow[ęa]|nasze\s+spotkanie"
    r"|vores\s+samtale)\b"
)
#: The same, and a booker's "See you then!" sign-off (she meets the candidate at reception).
_BOOKERS_WORDS = re.compile(_OUR_MEETING + r"|\bsee\s+you\s+(?:then|there|soon|on\s+the\s+\d{1,2}"
                            r"(?:st|nd|rd|th)?|(?:on\s+)?(?:mon|tues|wednes|thurs|fri)day|on\s+\w+day"
                            r"|next\s+\w+)\b"
                            # ("ask for me - I'll walk you up": she meets the candidate at the door)
                            r"|\bI['’]ll\s+(?:walk|bring|take)\s+you\s+(?:up|over|through|to)\b"
                            # ("I'll ring you either way": with the news, not on the panel)
                            r"|\bI['’]ll\s+(?:ring|call|phone)\s+you\b", re.I)
_SELF = rx.compile(
    r"\bmyself\b|\b(?:speak|speaking|chat|chatting|meet|meeting|call|interview|talk|talking"
    r"|conversation|discussion|session|sync|catch[- ]up|minutes|hour|teams|zoom|meet)"
    # ("It'll be with me (I'm the Nursery Manager) and Rob Sandhu")
    # (not "discuss that with me and I'll handle it": the next words are hers to say)
    r"\s+(?:with|w/)\s+me\b|\b(?:with|w/)\s+me\s+(?:\([^()]{1,60}\)\s+)?(?:and\b(?!\s+I\b)|\+)"
    # a panel listed after a colon, the writer first: "a panel interview: me, Raj Menon …"
    r"|\b(?:panel|interview|call|chat|meeting|conversation)\s*:\s*me\s*(?:,|and\b|\+)"
    r"|\b(?:chatting|talking|speaking)\s+to\s+me\b"
    # Portuguese "com o A B e comigo", Spanish "y conmigo", "conmigo y con A B"
    r"|\be\s+comigo\b|\by\s+conmigo\b|\bund\s+ich\s+teil\b|\bconmigo\s+y\b|\bcomigo\s+e\b"
    # Italian "Ci saremo io e A B", Spanish "estaremos yo y A B", Portuguese "estaremos eu e",
    # French "il y aura moi et A B"
    r"|\b(?:ci\s+)?(?:saremo|sar[òo])\s+io\b|\b(?:estaremos|seremos)\s+(?:yo\s+y|eu\s+e)\b"
    r"|\b(?:il\s+y\s+aura|nous\s+serons)\s+moi(?:-même)?\s+et\b"
    r"|\bdalyvaus:?\s+aš\s+ir\b"  # (Lithuanian "will take part: I and …")
    # Danish and Norwegian "Hvem: A B (tech lead) og mig", Finnish "A B … sekä allekirjoittanut"
    r"|\bog\s+(?:mig|meg)\b|\b(?:sekä|ja)\s+allekirjoittanut\b"
    r"|\bna\s+mimi\s+pamoja\s+na\b"  # (Swahili "… led by me together with A B")
    # Italian "Colloquio con ing. A B (…) e la sottoscritta": the undersigned
    r"|\be\s+(?:la\s+sottoscritta|il\s+sottoscritto)\b|\b(?:la\s+sottoscritta|il\s+sottoscritto)\s+e\b"
    # Dutch "Je spreekt nog steeds met A B (Lead Data) en mij", German "mit A B und mir"
    r"|\bmet\s+(?-i:[A-Z])[^.\n]{0,80}?\ben\s+mij\b|\bmit\s+(?-i:[A-Z])[^.\n]{0,80}?\bund\s+mir\b"
    r"|\bmet\s+mij\s+(?:\(|en\b)|\bmit\s+mir\s+(?:\(|und\b)"
    # ("with A B and me", "same panel (David Okoro and me)")
    r"|(?:\bwith\s+|\()(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}\s+(?:and|&)\s+(?:me|myself)\b"
    r"|\bI(?:'ll|’ll|\s+will)\s+(?:also\s+)?be\s+(?:interviewing|conducting|leading|running"
    r"|joining|there|on\s+the\s+(?:call|panel))\b"
    r"|\bI(?:'ll|’ll|\s+will)\s+(?:also\s+)?(?:interview|conduct|lead|join|sit\s+in)\b"
    # "see you Thu 3pm", "X will join me", "just you and me", "I'll do the technical
    # conversation", "- me and Liam O'Connor": the writer is on the call
    r"|\bsee\s+you\s+(?:then|on|at|tomorrow|next|mon|tue|wed|thu|fri|\w+day)\b|\bjoin\s+me\b|\bjoining\s+me\b|\bsit\s+in\s+with\s+me\b"
    r"|\bjust\s+(?:you\s+and\s+me|the\s+two\s+of\s+us)\b"
    r"|\bI(?:'ll|’ll|\s+will)\s+(?:do|run|lead|conduct|host)\s+the\s+(?:[\w-]+\s+){0,2}"
    r"(?:conversation|interview|call|chat|session)\b|[-–—:,]\s*me\s+and\s+(?-i:[A-Z])"
    r"|\bI(?:'d|’d|\s+would)\s+(?:love|like)\s+to\s+(?:grab|have|get)\s+(?:[\w-]+\s+){0,4}"
    r"with\s+you\b"
    # "I'd like to set up a 30-minute introductory call with you"
    r"|\bI(?:'d|’d|\s+would)\s+(?:like|love)\s+to\s+(?:set\s+up|schedule|book|have|arrange)\s+"
    r"(?:a\s+)?(?:[\w-]+\s+){0,3}(?:call|chat|conversation|interview|meeting|screen)\s+with\s+you\b"
    # Spanish "me gustaría que charlemos", "me encantaría conocerte": the writer wants to talk
    r"|\bme\s+(?:gustar[íi]a|encantar[íi]a)\s+(?:que\s+(?:charlemos|conversemos|hablemos)"
    r"|(?:charlar|conversar|hablar)\s+con(?:tigo|vos)|conocerte"
    # ("me gustaría entrevistarla en persona": the writer will interview)
    r"|entrevistarl[ao]|entrevistarte|entrevistarle)\b"
    # "who'll be interviewing alongside me", Swedish "du träffar mig och A B", French "avec
    # A B, responsable du pôle Data, en ma présence", German "Wir treffen uns bei uns im Büro"
    r"|\balongside\s+me\b|\bwe['’]ll\s+sit\s+down\b|\bträffar\s+mig\b|\ben\s+ma\s+présence\b|\bwir\s+treffen\s+uns\b"
    # "I'll be joined by our design lead, A B": the writer is on the call too
    r"|\bI(?:'ll|’ll|\s+will)\s+be\s+joined\s+by\b"
    # "I've added A B to the invite. He'll join for the second half": the first is the writer's
    r"|\b(?:he|she|they)(?:'ll|’ll|\s+will)\s+(?:join|jump\s+in|hop\s+on)\s+(?:us\s+)?for\s+the\s+"
    r"(?:second|last|final)\s+(?:half|part|\d+\s+min\w*)"
    # "I'll call you this Thursday", "I'll ring your mobile tomorrow": the writer is the call
    # (not "I'll give you a call on Monday to prep": an agency's own call before it)
    r"|\bI(?:'ll|’ll|\s+will)\s+(?:give\s+you\s+a\s+(?:call|ring|buzz|bell)\b"
    r"|(?:call|ring|phone|dial)\s+(?:you|your|the\s+(?:mobile|cell|number))\b)"
    r"(?![^.!?\n]{0,60}\b(?:prep|brief|debrief)\b|\b(?:beforehand|afterwards|before\s+(?:it|then)))"
    r"|\b(?:it|this)(?:'ll|’ll|'d|’d|\s+will|\s+would)\s+(?:still\s+|just\s+|only\s+)?be\s+"
    r"(?:just\s+)?me\b"
    # "Let's do 4 tomorrow, my office" (not "ask for me at reception": a coordinator says so)
    r"|\blet['’]?s\s+(?:do|say|meet|chat|talk|speak|grab)\b"
    # "first half is me talking through the platform and your background"
    r"|\b(?:is|be)\s+me\s+(?:talking|walking|going|running|covering|asking)\b"
    # "I will take the first hour, then A B will join"
    r"|\bI(?:['’]ll|\s+will)\s+take\s+the\s+(?:first|second|opening|last|technical)\s+"
    r"(?:hour|half|part|session|round|\d+\s+min\w*)\b"
    # "I'll spend the first part walking you through what the team is building"
    r"|\bI(?:['’]ll|\s+will)\s+spend\s+the\s+(?:first|second|opening|last)\s+(?:part|half|hour)\b"
    # "I'm bringing Rebecca Haldane, who runs our forecasting team"
    r"|\bI(?:['’]m|\s+am|['’]ll|\s+will)\s+(?:also\s+)?bring(?:ing)?\s+(?:along\s+)?(?-i:[A-Z])"
    # "The panel will be me and A B", "interviewers are me and A B"
    r"|\b(?:is|are|be)\s+(?:me|myself)\s+(?:and|&|\+)\s"
    # "Panel: A B (Head of Analytics) and me"; "Before we meet, can you …"
    r"|\b(?:panel|interviewers?)\s*:[^\n;]{0,80}?\s(?:and|&)\s+(?:me|myself)\b"
    r"|\bbefore\s+we\s+meet\b"
    # a panel row that marks the writer: "- Szabó Gergely, fejlesztési vezető (én)"
    r"|\((?:me|én|moi|ich|yo|eu|io|ja|jag|jeg|minä|já|mij|mig|myself)\)"
    r"|\b(?:meet(?:ing)?|see(?:ing)?|with)\s+me\s+(?:and|plus|&)\s(?!I\b)"
    r"|\bet\s+(?:de\s+)?moi(?:-même)?\b|\bmoi-même\b|\by\s+yo\b(?!\s+no\b)"
    # "conduzida pelo A B e por mim": "and by me"
    r"|\be\s+por\s+mim\b|\by\s+por\s+m[ií]\b|\bet\s+par\s+moi\b|\be\s+da\s+me\b"
    r"|\ben\s+door\s+mij\b|\bund\s+von\s+mir\b|\by\s+conmigo\b|\be\s+comigo\b|\boraz\s+ja\b"
    r"|\b(?:и|і|та)\s+я\b"  # Russian, Ukrainian "… and I"
    r"|\bin\s+podpisan[aiy]\b"  # Slovenian "… and the undersigned"
    # Slovenian "pridružila pa se bom tudi jaz": I will join too
    r"|\bpridruži\w*\s+(?:pa\s+)?se\s+bom\b|\bse\s+bom\s+pridružil\w*"
    r"|\b(?:ikzelf|mijzelf|ik)\s+en\s+(?:onze|ons|mijn|de)?\b"  # Dutch "Ikzelf en onze CTO, A B"
    r"|\boch\s+jag\b"  # Swedish "A B (teknisk chef) och jag"
    r"|\bmed\s+mig\s+och\b"  # Swedish "ett videosamtal med mig och vår tech lead A B"
    r"|\bmig\s+og\s+(?=(?-i:[A-ZÆØÅ]))"  # Danish "Til samtalen er det mig og A B"
    # Swedish "Från vår sida är jag och A B med", Danish and Norwegian "jeg og A B",
    # Finnish "Haastattelijoina ovat A B ja minä"
    r"|\b(?:jag\s+och|jeg\s+og|eg\s+og)\s+(?:(?:vår|min|vores|min)\s+\w+\s+)?(?-i:[A-ZÀ-Þ])"
    r"|\bja\s+minä\b"
    # Danish "Fra vores side deltager afdelingschef A B og jeg selv"
    r"|\bog\s+(?:jeg|eg)(?:\s+selv)?(?=\s*[.,;])"
    # Polish "z udziałem A B i mnie", Czech and Slovak "se ho zúčastní A B a já"
    r"|\bi\s+mnie\b|\ba\s+já\b|\ba\s+ja\b(?=\s*[.,;])"
    r"|\bpamoja\s+na\s+mimi\b"  # Swahili "together with me"
    # Malay "Saya (Ketua Jurutera) bersama Puan A B akan menyertai sesi ini"
    r"|\bsaya(?:\s*\([^)]{0,40}\))?\s+bersama\b"
    r"|\b(?:ja\s+mina|un\s+es)\b"  # Estonian, Latvian "… and I"
    r"|\bog\s+meg\s+selv\b"  # Norwegian "A B (teamleder) og meg selv"
    # Danish "Du skal tale med vores serviceleder A B og mig.", Swedish "med A B och mig"
    r"|\bmed\s+[^.\n]{0,80}?\b(?:og|och)\s+(?:mig|meg)(?:\s+selv)?(?=\s*[.,;!]|\s*$)"
    r"|\b(?:și|şi)\s+(?:de|cu)\s+mine\b"  # Romanian "A B (QA Lead) și de mine"
    r"|\bmøter\s+(?:eg|jeg)\s+og\b"  # Norwegian "Frå oss møter eg og A B"
    r"|\bmed\s+meg\s+og\s+(?-i:[A-ZÆØÅ])"  # Norwegian "en prat … med meg og A B"
    r"|,\s+und\s+ich\b"  # German "Gesprächspartner: Dr. A B, Leiter Firmware, und ich"
    r"|\bsamen\s+met\s+mij\b|\b(?:gemeinsam|zusammen)\s+mit\s+mir\b|\btogether\s+with\s+me\b"
    r"|\bsowie\s+ich\b|\bich\s+selbst\b(?![^.!?]{0,40}\bnicht\b)"  # "… sowie ich selbst teil"
    # Dutch "ik wil het gesprek graag samen met hem voeren": the writer runs it with him
    r"|\b(?:samen\s+met\s+(?:hem|haar)|together\s+with\s+(?:him|her)|zusammen\s+mit\s+(?:ihm"
    r"|ihr))\b"
    # Dutch "en met mezelf", Danish and Norwegian "jeg selv og", Swedish "jag själv och"
    r"|\ben\s+(?:mezelf|mijzelf|ikzelf)\b|\b(?:en\s+)?met\s+(?:mezelf|mijzelf)\b|\bjeg\s+selv\s+og\b|\bog\s+(?:eg|jeg)\s*[.!,]|\bjag\s+själv\b(?:\s*\([^)]{0,60}\))?\s+och\b"
    r"|\bmet\s+mij\s+en\b|\bmit\s+mir\s+und\b|\bmed\s+mig\s+(?:och|og)\b"
    # "Herr Urs Brunner, Leiter Finanzen, und die Unterzeichnende": the one who signs
    r"|\b(?:und|sowie)\s+(?:die|der)\s+Unterzeichnende[rn]?\b|\band\s+the\s+undersigned\b"
    r"|\bet\s+(?:le|la)\s+soussigné(?:e)?\b"
    r"|\bmeet(?:ing)?\b[^.!?\n]{0,80}?\b(?:and|&)\s+(?:me|myself)\b"
    # "A B, my cofounder, will jump on too": "too" puts the writer on the call as well
    r"|\bmy\s+(?:co-?founder|colleague|co-?host|teammate|business\s+partner)\b[^.!?]{0,50}"
    r"\b(?:join|jump\s+on|hop\s+on|sit\s+in)\w*\s+(?:us\s+)?(?:too|as\s+well)\b"
    r"|" + _OUR_MEETING +
    # "I'm adding Arjun Pillai from the infra team too", "I'll bring A B along": the writer
    # is on it as well
    r"|\bI(?:['’]m|\s+am|['’]ll|\s+will)\s+(?:also\s+)?(?:adding|add|bring(?:ing)?(?:\s+in)?"
    r"|loop(?:ing)?\s+in)\b[^.!?]{0,80}\b(?:too|as\s+well|along)\b"
    # "with Kagiso Molefe, our CTO, and me", "talk then", "speak then", "just me"
    r"|\bwith\b[^.!?\n]{0,80}?\b(?:and|&)\s+(?:me|myself)\b(?!\s+(?:know|a\b))"
    r"|\b(?:talk|speak|chat)\s+(?:then|tomorrow)\b|\bjust\s+me\b"
    r"|\b(?:number|time)\s+to\s+call\s+you\b|\bthe\s+(?:same\s+)?two\s+of\s+us\b"
    r"|\bI(?:'ll|’ll|\s+will)\s+(?:open|kick\s+(?:it\s+)?off|start)\s+(?:with|by)\b"
    # "I'd love to set up a 30-minute phone screen": the writer's own call
    r"|\bI(?:'d|’d|\s+would)\s+(?:like|love)\s+to\s+(?:set\s+up|schedule|book|have|arrange)\s+"
    r"(?:a\s+)?(?:[\w-]+\s+){0,3}(?:call|chat|phone\s+screen|screen)\b(?!\s+(?:with|between)"
    r"\s+(?!you\b))"
    r"|\bwould\s+you\s+be\s+(?:open|up|free)\s+(?:to|for)\s+an?\s+(?:[\w-]+\s+){0,3}"
    r"(?:call|chat|conversation)\b",
    re.I,
)
#: (not "before I put you forward": a "before" that opens a clause is still to come)
_PAST_AFTER = re.compile(r"^[^.!?]{0,12}\b(?:(?<!the\s)last|yesterday|earlier|previously"
                         r"|before(?!\s+(?-i:I|we|you|they|the|our|your)\b)"
                         # ("your screening call with me went really well")
                         r"|went\s+(?:really\s+|very\s+|so\s+)?(?:well|great|smoothly))\b", re.I)
#: "I won't be joining", "I'm just coordinating": the sender books, others interview.
_NOT_SELF = rx.compile(
    r"\bI\s*(?:won['’]t|will\s+not|am\s+not|['’]m\s+not)\s+(?:be\s+)?(?:joining|attending"
    r"|on\s+(?:any\s+of\s+)?the\s+(?:calls?|panels?|sessions?|interviews?)|interviewing|taking\s+part"
    r"|participating"
    r"|sitting\s+in(?:\s+on)?)\b"  # ("I won't be sitting in on the interview myself")
    r"|\bI['’]?(?:m|\s+am)\s+(?:just|only)\s+(?:coordinating|scheduling|organi[sz]ing|booking)"
    r"|\bI['’]?(?:m|\s+am)\s+coordinating\s+the\s+(?:day|loop|schedule|logistics)\b"
    # "I have scheduled the meeting on their behalf and will not join myself"
    r"|\b(?:won['’]t|will\s+not)\s+(?:be\s+)?(?:join(?:ing)?|attend(?:ing)?)"
    r"\s+(?:the\s+(?:call|interview|meeting|session)\s+)?myself\b"
    # "I have set this up on Eva's behalf"
    # "1) Prep call with me - Tuesday ... 2) Your interview - Thursday": an agency's own call
    r"|\bprep(?:aration)?\s+(?:call|chat|session)\s+with\s+me\b"
    r"|\b(?:scheduled|booked|set\s+(?:\w+\s+)?up|sent|arranged)\s+(?:\w+\s+){0,3}on\s+"
    r"(?:their|his|her|(?-i:[A-Z])[\w-]+['’]s)\s+behalf\b"
    r"|" + BOOKED_FOR_OTHERS,
    re.I,
)


@lru_cache(maxsize=32)
def sender_interviews(text: str) -> bool:
    """Does the sender say they take part ("myself and X", "I'll join too", "X and I will
    meet you")? Not when it is past ("thanks for speaking with me last week") or denied
    ("I won't be joining", "I'm just coordinating").

    Cached: the calendar path asks once per event and the people path again, about the
    same text, and the answer is a pure function of it."""
    flat = squeezed(text)
    if _NOT_SELF.search(flat):
        return False
    if and_i(flat):
        return True
    for m in _SELF.finditer(flat):
        if _PAST.search(flat[max(0, m.start() - 60) : m.start()]):
            continue
        if _PAST_AFTER.search(flat[m.end() : m.end() + 40]):
            continue
        return True
    return False


def booker_takes_part(text: str, title: str | None, others_named: bool) -> bool:
    """`sender_interviews(text)`, except that a writer whose title books interviews
    ("Talent Acquisition", "Recruiting Coordinator") and who says only "our interview" or
    "unser Gespräch", in a mail that names who runs it, is not on the panel."""
    if not sender_interviews(text):
        return False
    # (a coordinator's "See you Thursday … I'll walk you up" books even where the rules read
    # no other name: "- Raj Patel (Analytics Manager) and Carla Jiménez (…)" as a bullet)
    if not (title and BOOKER.search(title) and (others_named or _COORDINATOR.search(title))):
        return True
    return sender_interviews(_BOOKERS_WORDS.sub(" ", text))


_COORDINATOR = re.compile(r"\b(?:coordinator|scheduler)\b", re.I)
