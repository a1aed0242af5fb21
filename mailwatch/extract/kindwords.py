"""Second-line kind evidence: is an interview the user's own, and is it a job interview at all.

`classify` answers "does this mail talk about an interview"; the patterns here answer the
questions a careful reader asks next. An interview mentioned in mail can belong to someone
else (a coach's clients, a candidate the user interviews at her current job, a colleague she
gives a reference for), be practice (a mock interview) or media (a radio show). And a real
invitation does not always say "interview": it may say "a conversation about the role", use
another language, or name a stage ("final round", "portfolio chat").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import rx
from ..message import Message
from . import kindwords_intl as intl

#: "Interview" in Bengali, Punjabi, Gujarati, Telugu, Kannada, Malayalam, Sinhala, Burmese,
#: Khmer, Lao and Mongolian (vowel signs and marks are no \w: no \b around them).
INTERVIEW_SCRIPTS = (
    "সাক্ষাৎকার|ইন্টারভিউ|ਇੰਟਰਵਿਊ|ઇન્ટરવ્યુ|ઇન્ટરવ્યૂ|મુલાકાત|ఇంటర్వ్యూ|ಸಂದರ್ಶನ|ಇಂಟರ್ವ್ಯೂ|അഭിമുഖ"
    "|ഇന്റർവ്യൂ|සම්මුඛ|အင်တာဗျူး|សម្ភាសន៍|ສຳພາດ|ສໍາພາດ|ярилцлага")
#: "Interview" in the languages job mail commonly arrives in (PT/ES, FR, DE, IT, NL, PL).
INTERVIEW_INTL = rx.compile(
    r"\b(?:entrevistas?|entretiens?|vorstellungsgespr(?:ä|ae)ch\w*|bewerbungsgespr(?:ä|ae)ch\w*"
    r"|kennenlerngespr(?:ä|ae)ch\w*|colloqui[oa]|sollicitatiegesprek\w*|rozmow\w*\s+kwalifikacyjn\w*"
    + intl.INTERVIEW + ")"
    # Japanese, Chinese, Korean and Thai: no word boundaries between them; Hindi, whose
    # vowel signs are no \w
    r"|面接|面談|面试|面試|면접|สัมภาษณ์|साक्षात्कार|इंटरव्यू|अन्तर्वार्ता|अंतर्वार्ता|मुलाखत"
    r"|ቃለ\s*መጠይቅ"  # (Amharic prefixes it: "የቃለ መጠይቅ ጥሪ")
    "|" + INTERVIEW_SCRIPTS,
    re.I,
)
#: Interview stages that do not use the word: "recruiter screen", "final round",
#: "portfolio chat", "technical conversation".
INTERVIEW_STAGE = rx.compile(
    r"\b(?:(?:recruiter|hr|initial|intro(?:ductory)?|talent)\s+screen"
    r"|(?:first|second|third|final|next|last)[- ]round"
    r"|(?:portfolio|technical|hiring|exploratory)\s+(?:chat|conversation|review|walk-?through)"
    r"|(?:virtual|final|your)\s+on-?site|assessment\s+(?:day|centre|center)"
    # a trial shift: "trial shift", German "Probearbeiten"/"Probetag", Dutch "proefdag"
    r"|trial\s+(?:shift|day)|probearbeit\w*|probetag\w*|proefdag\w*|schnuppertag\w*"
    # Spanish "un turno de prueba pagado", "un día de prueba"
    r"|turno\s+de\s+prueba|d[íi]a\s+de\s+prueba"
    r")\b",
    re.I,
)
#: The mail is about the user's own application or a role offered to her.
APPLICATION = rx.compile(
    r"\b(?:your\s+(?:application|candidacy|cv|résumé|resume)"
    r"|(?:applying|applied|application)\s+(?:for|to)\b"
    r"|thanks?\s+(?:you\s+)?for\s+(?:applying|your\s+(?:application|interest))"
    r"|for\s+the\s+[\w ,.()&/+-]{2,70}?\s+(?:role|position|vacancy|opening)"
    r"|vaga|bewerbung|candidature|candidatura)\b",
    re.I,
)
#: Meeting the user, in words that carry no "interview": "meet you", "come and see us".
MEET_YOU = rx.compile(
    r"\b(?:meet\s+(?:with\s+)?you|come\s+(?:in|over|and\s+(?:see|meet)\s+us|to\s+(?:our|the)\s+"
    r"office)|(?:conversation|chat)\s+with\s+(?:me|us|our|you)|(?:speak|talk|chat)\s+(?:with|to)\s+you"
    r"|walk(?:ing)?\s+through\s+your|vamos\s+conversar|conversar\s+sobre)\b",
    re.I,
)
#: Interviews that are not the user's own job interview.
NOT_MINE = rx.compile(
    # practice
    # (not a job at a practice: "Practice Manager interview", "Practice Nurse interview")
    r"\b(?:mock|practi[cs]e(?!\s+(?:manager|nurse|lead|director|administrator|coordinator"
    r"|assistant|owner|development|support|accountant|principal|partner))|simulated)\s+"
    r"(?:[\w-]+\s+){0,2}(?:interviews?|panel)\b"
    # media
    # (not "Welcome and introduction to the programme": a graduate programme)
    r"|\b(?:(?:on|to)\s+(?:the|our)\s+show\b|(?:appear\w*|featur\w+|guest|come|be)\s+on\s+"
    r"(?:the|our)\s+(?:programme|program)\b|(?<!no\s)live\s+interview\b"
    # ("you'll be on air", not a broadcaster's "a technical pause on air")
    r"|\b(?:be|go|going|goes|are)\s+(?:live\s+)?on\s+air\b"
    r"|studio\s+line|listeners)"
    # the user is someone else's referee: "listed you as a professional reference"
    r"|\b(?:listed|named|gave|put\s+(?:you\s+)?down)\s+(?:you\s+)?as\s+(?:a|his|her|their|one\s+of\s+"
    r"(?:his|her|their))\s+(?:[\w-]+\s+)?(?:references?|referees?)\b|\breference\s+(?:check|request)"
    r"\s+for\s+(?-i:[A-Z])"
    # the user is the interviewer
    r"|\byou(?:'re|’re|\s+are|'ll\s+be|\s+will\s+be)\s+(?:on|joining|sitting\s+on)\s+(?:the|our)"
    r"\s+(?:interview\s+)?panel\b|\b(?:sit|join)\s+(?:on\s+)?(?:the|our)\s+interview\s+panel\b"
    r"|\binterview\s+panel\s+rota\b|\bas\s+an?\s+interviewer\b|\byour\s+scorecard\b"
    r"|\bsit\s+on\s+(?:the|our|an?)\s+(?:interview\s+)?panel\s+for\b|\bscorecard\s+template\b"
    r"|\byou(?:'re|’re|\s+are|'ll\s+be|\s+will\s+be)\s+interviewing\s+(?:(?-i:[A-Z])|a\s+candidate)"
    r"|\b(?:feedback|interview)\s+scorecards?\b|\bother\s+interviewers?\s*:"
    # "Thanks for sitting on the panel! You and Pieter will interview A B … submit your scores"
    r"|\byou\s+and\s+(?-i:[A-Z])[\w'’-]+\s+will\s+(?:be\s+)?interview(?:ing)?\b"
    r"|\bthanks?\s+(?:you\s+)?for\s+sitting\s+on\s+the\s+panel\b|\bscoring\s+rubric\b"
    r"|\bsubmit\s+your\s+scores\b"
    # "the panel interview with A B (candidate 3)", "please lead the technical questions"
    r"|\bcandidate\s+(?:no\.?\s*)?\d{1,2}\b|\bscorecards?\s+(?:are|is)\s+(?:in|on|attached)\b"
    r"|\blead\s+the\s+(?:\w+\s+){0,2}questions\b"
    r"|\bhelp(?:ing)?\s+(?:us\s+)?(?:with\s+(?:our|the)\s+(?:\w+\s+)?(?:hiring|interviews|recruitment"
    r"|recruiting)|(?:to\s+)?interview\s+(?:a|the|our|some)\s+candidates?)\b"
    # a reference for someone else
    r"|\b(?:listed|named|put|given)\s+you\s+(?:down\s+|forward\s+)?as\s+(?:a|his|her|their|one\s+of\s+"
    r"(?:his|her|their))\s+(?:referees?|references?)\b|\bas\s+(?:a|his|her|their)\s+referee\b"
    # "he's given your name as one of his referees", "Update on your referral: A B"
    r"|\b(?:given|listed|put\s+down)\s+your\s+name\s+as\s+(?:a|his|her|their|one\s+of\s+"
    r"(?:his|her|their))\s+(?:referees?|references?)\b"
    r"|\b(?:your|the)\s+referral\s+(?:is|has)\b|\bthanks?\s+(?:again\s+)?for\s+referring\b"
    # (not when the one referred is the one the mail greets further down: "Thanks again for
    # referring Thandi … could you forward this to her? … Hi Thandi, we'd love to invite you")
    r"(?!\s+(?P<referred>\w+)\b[\s\S]*\b(?:hi|dear|hello)\s+(?P=referred)\b)"
    # someone else's interviews: a coach's clients, a mentor's students
    r"|\b(?:my|our)\s+(?:clients|students|mentees|members)\s+(?:have|has|had|are)\b[^.]{0,60}"
    r"\binterviews?\b|\bcareer\s+coach"
    # a friend's coffee while the user is interviewing elsewhere
    r"|\bI(?:'m|’m|\s+am)\s+not\s+(?:hiring|recruiting)\b|\bno\s+agenda\s+(?:from|on)\s+my\s+side\b"
    # Chinese, Japanese, Korean practice interviews, and "serve as (mentor) interviewer"
    r"|模[擬拟]面[試试]|模擬面接|모의\s*면접|[擔担]任\S{0,4}面[試试]官",
    re.I,
)
#: A direct invitation to the user: survives a List-Unsubscribe header and a newsletter footer.
PERSONAL_INVITE = rx.compile(
    r"\b(?:(?:pleased|delighted|happy|glad|like|love)\s+to\s+invite\s+you\s+to"
    # "we'd love to welcome you to an Assessment Centre for our … intake"
    r"|(?:like|love)\s+to\s+welcome\s+you\s+to\s+(?:an?\s+|our\s+)?(?:assessment\s+(?:centre|center|day)"
    r"|interview|(?:final|second|next)\s+round|superday|on-?site)"
    r"|your\s+interview\s+(?:is|has\s+been)\s+(?:confirmed|booked|scheduled)"
    # "Your virtual onsite for the Senior Backend Engineer role is confirmed"
    r"|your\s+(?:virtual\s+)?(?:onsite|on-site|interview\s+loop|final\s+round)\s+for\s+the\s+"
    r"[^.\n]{2,80}?\s+(?:is|has\s+been)\s+(?:confirmed|booked|scheduled)"
    r"|(?:we|I)\s+(?:have|'ve)\s+(?:scheduled|booked)\s+(?:your|an?)\s+interview"
    # an interview platform's own notice: "Acme has invited you to complete an on-demand
    # video interview", "complete your video interview by Thursday"
    r"|(?:has|have|'ve)\s+invited\s+you\s+to\s+(?:complete|record|take|schedule|book|select"
    r"|pick)\b[^.\n]{0,60}?\binterview|\bcomplete\s+your\s+(?:[\w-]+\s+){0,2}interview"
    # "The next step is a short recorded video interview … Start video interview: https…"
    r"|next\s+step\s+is\s+a\s+(?:short\s+)?(?:recorded|one-way|pre-recorded)\s+video"
    r"|start\s+(?:your\s+)?(?:video|recorded)\s+interview"
    # a scheduler's own offer of times: "Please pick one of the times below"
    r"|(?:pick|choose|select)\s+one\s+of\s+the\s+(?:times|slots)\s+below"
    # "we'd like to move you to the next stage: a 30-minute phone screen …"
    r"|(?:like|love|want)\s+to\s+move\s+you\s+(?:forward\s+)?to\s+the\s+next\s+(?:stage|step|round)"
    # the user's own application: a careers mailbox's marketing tool adds List-Unsubscribe
    r"|thank(?:s|\s+you)\s+for\s+(?:applying|your\s+application)\s+(?:for|to)\b[^\n]{0,200}?"
    r"\binterview"
    # a job board relaying a recruiter: French "J'aimerais te proposer un premier échange",
    # "nous aimerions vous rencontrer pour un entretien"
    r"|(?:j['’]aimerais|nous\s+aimerions|je\s+souhaiterais|nous\s+souhaiterions)\s+(?:te|vous)\s+"
    r"(?:proposer\s+un|rencontrer)"
    # Dutch "A B … nodigt je uit voor een eerste gesprek"
    r"|nodig(?:t|en)\s+(?:je|u)\s+(?:graag\s+)?uit\s+voor\s+een\s+(?:\w+\s+)?gesprek"
    # Portuguese, Spanish: "você foi aprovada … e está convidada para a dinâmica de grupo"
    r"|(?:est[áa]s?|foi|fue|has\s+sido|ha\s+sido)\s+(?:convidad[ao]|invitad[ao])\s+(?:para|a)\s+"
    r"(?:a|o|la|el|uma|um|una)?\s*(?:[\w-]+\s+){0,2}(?:entrevista|din[âáa]mica|etapa|prueba)"
    # "você avançou para a etapa de entrevista", "escolha o horário da sua entrevista"
    r"|(?:avançou|avanzaste|avanzó|passou)\s+para\s+(?:a\s+|la\s+)?(?:próxima\s+)?etapa"
    r"|(?:escolha|elija|elige|escoge)\s+(?:o|el|um|un)\s+horário?)\b"
    # Korean "면접 일정 선택하기", "편하신 시간을 직접 선택해 주세요"
    r"|일정\s*선택|시간을\s*(?:직접\s*)?선택",
    re.I,
)
_FORWARD_MARK = rx.compile(
    r"(?:-{3,}\s*forwarded\s+message\s*-{3,}|begin\s+forwarded\s+message)"
    r"|\b(?:see|read)\s+(?:\w+(?:'s|’s)?\s+)?(?:note|message|mail|email)\s+below\b",
    re.I,
)
#: A forward's subject: "Fwd:", "FW:", German "WG:", French "TR:", Italian "I:", Spanish
#: "RV:", Portuguese "ENC:", Dutch "Doorst:", Chinese "转发：", Japanese "転送:", Korean "전달:".
#: A relayed message opens with its sender's field.
_RELAYED = re.compile(r"\s*from\s*:", re.I)
#: A reply's subject ("Re:", German "AW:", Nordic "SV:"/"VS:", Dutch "Antw:", Italian "R:").
REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|vs|antw|r)\s*:", re.I)
FWD_SUBJECT = re.compile(
    r"\s*(?:(?:fwd?|wg|tr|i|rv|enc|doorst)\s*:|(?:转发|轉寄|轉發|転送|전달)\s*[:：])", re.I)
_HEADER_LINE = re.compile(r"^\s*(?:from|date|sent|subject|to|cc"
                          # Italian, Spanish, Portuguese, French, German, Dutch
                          r"|da|inviato|oggetto|a|de|enviado|asunto|para|assunto|envoyé|objet"
                          r"|à|von|gesendet|an|betreff|datum|van|verzonden|aan|onderwerp"
                          # Japanese, Chinese, Korean Outlook: from, sent, to, subject, cc
                          r"|差出人|发件人|寄件者|보낸\s*사람|送信日時|发送时间|發送時間|寄件日期|보낸\s*날짜"
                          r"|宛先|件名|收件人|主题|主旨|抄送|副本|받는\s*사람|제목|참조"
                          # the other languages of message.py's _FOREIGN_HEADER
                          r"|från|fra|od|lähettäjä|kimden|от|від|من|מאת|από|feladó|šalje|nuo"
                          r"|skickat|sendt|wysłane|wysłano|inviato|enviada|odesláno|odoslané"
                          r"|lähetetty|gönderildi|отправлено|надіслано|נשלח|στάλθηκε|elküldve"
                          r"|trimis|poslano|išsiųsta|till|til|do|vastaanottaja|kime|кому|до|إلى"
                          r"|אל|προς|címzett|către|prima|kam|ämne|emne|temat|oggetto|aihe|konu"
                          r"|тема|الموضوع|נושא|θέμα|tárgy|subiect|predmet|tema)\s*[:：].*$",
                          re.I | re.M)


def forwarded_body(message: Message) -> str | None:
    """The forwarded part of a forward ("see Daniel's note below"), without its header
    lines, so an invitation relayed by a recruiter is read as the content it is.

    Only for forwards (a Fwd subject or a forward marker in the new text), never for
    ordinary replies whose quoted history is old news.
    """
    if not message.quoted:
        return None
    return _forwarded(message.subject or "", message.text, message.quoted)


@lru_cache(maxsize=32)
def _forwarded(subject: str, text: str, quoted: str) -> str | None:
    """`forwarded_body`, cached: the pipeline, the people of a forward and its "me" each
    ask it of the same mail."""
    if not (FWD_SUBJECT.match(subject) or _FORWARD_MARK.search(text) or (
            # a relay's one line over the message it passes on ("New text message" over
            # "From: +91 98450 55102 (Kavya - Nilgiri HR)" from an SMS gateway)
            len(text.split()) <= 5 and _RELAYED.match(quoted)
            and not REPLY_SUBJECT.match(subject))):
        return None
    body = _without_header_blocks(quoted).strip()
    return body or None


#: The addressee's field of a forwarded mail's header block.
_TO_LINE = re.compile(r"^[>\s]*(?:to|à|a|para|an|aan)\s*:(?P<to>.*)$", re.I | re.M)


def forwarded_to_other(message: Message, users: frozenset[str]) -> bool:
    """Was the mail a forward passes on addressed to someone else ("To: Oliver Pennington
    <o.pennington@…>")? Then the candidate sees it for the first time in the forward."""
    if forwarded_body(message) is None or not message.quoted:
        return False
    to = _TO_LINE.search(message.quoted[:1500])
    return to is not None and "@" in to["to"] and not any(u in to["to"].lower() for u in users)


def _without_header_blocks(quoted: str) -> str:
    """The quoted text without the "From:/Date:/Subject:/To:" blocks that open each mail;
    a lone field line of the body stays ("Date: Friday 4th December" over "Time: 11am")."""
    lines = quoted.split("\n")
    keep = [True] * len(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _HEADER_LINE.match(lines[j]):
            j += 1
        if j - i >= 2:
            keep[i:j] = [False] * (j - i)
        i = max(j, i + 1)
    return "\n".join(line for line, k in zip(lines, keep, strict=True) if k)


#: "I've set this up for Ravi and Mei": the writer books an interview that others hold (not
#: "I've booked it for Tuesday"). Read by writer.py (does the sender take part?) and
#: calendar_facts.py (does the organizer?).
BOOKED_FOR_OTHERS = (
    r"\bI(?:['’]ve|\s+have)\s+(?:set\s+(?:this|it)\s+up|booked\s+(?:this|it)|scheduled\s+"
    r"(?:this|it))\s+for\s+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|jan|feb|mar|apr|may"
    r"|jun|jul|aug|sep|oct|nov|dec)(?-i:[A-Z])[a-z]+(?:\s+(?:and|&)\s+(?-i:[A-Z])|\s*[-–,.])"
)
