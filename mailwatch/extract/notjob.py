"""Whether a mail is about something other than the user's job: a webinar, a dentist, a visa
interview, a newsletter's tips.

Split from classify.py because this is a weighing, not a phrase list: strong words settle
it unless the mail strongly supports a job reading, weak words count only against weak
support, and the words of a subject and text are read once and kept for the text alone.
classify.py keeps the phrases of each kind and asks this module whether the mail is about
a job at all.
"""

from __future__ import annotations

import re

from .. import rx

#: Words that settle it: this mail is about something other than the user's job interview.
NOT_JOB = rx.compile(
    r"\b(?:webinar|pod[ck]ast\w*|подкаст\w*|episode|epizod\w*|newsletter|masterclass|journalist"
    r"|press\s+(?:interview|release|office|team|enquiry|inquiry)|media\s+interview"
    r"|(?<!silence\s)radio(?!\s+silence)|dentist|doctor|clinic"
    # (not the benefits of a job: "medical, dental and vision", "a dental plan")
    # (or "Health + dental kicks in after 3 months")
    r"|(?<!health\s\+\s)(?<!health\s&\s)(?<!health\sand\s)(?<!health\s\+)"
    r"dental(?!,?\s+(?:(?:and|&)\s+)?(?:vision|plan|insurance|cover(?:age)?|benefits?|kicks?\s+in))"
    r"|dear\s+patient|patient\s+(?:portal|number|id)|physio\w*|optometrist|hygienist"
    # (not a rejection's "we encourage you to set up job alerts on our careers site")
    r"|(?<!unsubscribe\sfrom\s)(?<!opt\sout\sof\s)(?<!set\sup\s)(?<!sign\sup\sfor\s)job\s+alerts?|new\s+jobs\s+for\s+you|jobs\s+you\s+may\s+like|career\s+fair"
    r"|register\s+now|save\s+your\s+(?:seat|spot)|rsvp\s+confirmed|waitlist|meetup(?![-/])"
    r"|networking\s+(?:night|event|evening)"
    r"|reporter|photographer|staff\s+writer|freelance\s+(?:writer|journalist)"
    r"|(?:features?|commissioning|deputy|managing)\s+editor|include\s+your\s+story"
    r"|before\s+(?:anything|it)\s+(?:is|gets)\s+published"
    # "I write for the technology desk at …", "a weekend feature on …", "copy deadline"
    r"|(?:write|writing|work)\s+(?:for|on)\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}desk"
    r"|(?:weekend|weekly|cover|magazine|long-?read)\s+feature|deadline\s+for\s+copy"
    r"|copy\s+deadline|on\s+the\s+record"
    r"|for\s+(?:an?|my|our)\s+(?:upcoming\s+)?(?:article|piece|feature|story)\s+(?:on|about)"
    r"|new\s+patient|medical[-\s]history|veterinar\w+|your\s+pet"
    # an occupational-health visit after an offer: "a 10-panel urine drug screen", "a
    # pre-employment health assessment", "provide a specimen" (not the interview)
    r"|drug\s+(?:screen|test)(?:ing)?\s+(?:appointment|is\s+booked|has\s+been\s+booked)"
    r"|urine\s+drug|(?:urine|blood)\s+(?:sample|specimen)|provide\s+a\s+specimen"
    r"|pre-?employment\s+(?:health|medical)\s+(?:assessment|screening|check|exam\w*)"
    r"|respirator\s+fit\s+test|immuni[sz]ation\s+records"
    r"|test\s+cent(?:re|er)|driving\s+test"
    r"|visa\s+(?:interview|appointment|category|application)|consulate"
    # French, Spanish, Portuguese visa centres: "demande de visa", "centre de services visas"
    r"|demandes?\s+de\s+visa|services?\s+visas?|solicitud\s+de\s+visa|pedido\s+de\s+visto"
    # interviews that are not hiring: a bank's KYC call, an exit interview, a benefits claim
    r"|(?:identity|verification|kyc|compliance|due\s+diligence|customer|exit|claims?"
    r"|insurance|benefits?|immigration|citizenship|naturali[sz]ation|asylum|loan|mortgage"
    r"|tenancy|tenant|housing|adoption|fostering|police|witness|welfare|tax"
    # a security clearance's own interview: "DV - subject interview", "vetting interview"
    r"|vetting|clearance|polygraph|subject)\s+interview"
    r"|\bvetting\s+officer|\bpolygraph\s+(?:examination|exam|test|appointment)"
    r"|landlord|tenants?\b(?!-)|letting\s+agent|lettings|(?:flat|property|house|apartment)\s+viewing"
    r"|your\s+viewing|viewing\s+(?:slot|is\s+confirmed)|rental\s+(?:agent|application|listing"
    r"|property|unit)|for\s+the\s+rental"
    r"|admissions?\s+(?:office|tutor|interview|portal|committee)|application\s+to\s+study"
    r"|course\s+code|mba\s+(?:class|program(?:me)?|admissions?)|class\s+of\s+20\d\d"
    r"|(?:membership|tenancy|allocation)\s+(?:interview|committee|process)|housing\s+co-?op\w*"
    r"|selected\s+to\s+speak|speaker\s+(?:prep|coordinator|briefing|pack|call|portal)|keynote|run-?sheet"
    r"|session\s+chair|(?:programme|program)\s+committee|talk\b[^.]{0,80}\bhas\s+been\s+accepted"
    r"|jury|jurors?|summons|voir\s+dire|biometrics?|consular|passport\s+number"
    r"|parent\s*[-–]\s*teacher(?:\s+interviews?)?|(?:claims?|insurance)\s+investigator"
    r"|claim\s+(?:number|no)|your\s+(?:claim|policy)\b|for\s+a\s+viewing|the\s+lease"
    r"|mortgage\s+(?:consultation|appointment|advice\s+appointment|application)|fact-?find"
    r"|may\s+be\s+repossessed|your\s+mortgage\b"
    # Dutch, German, French, Spanish mortgage advice: "een oriënterend hypotheekgesprek"
    r"|hypothe(?:ek|ken|k|kar)\w*|baufinanzierung\w*|prêt\s+immobilier|hipoteca\w*"
    # a company's research with its customers: "45-minute video interviews with a handful
    # of customers", "every participant gets an R500 voucher"
    r"|(?:user|customer|ux|usability)\s+(?:research|study|studies|testing)(?!\s+interview)"
    r"|user\s+interview"  # (a product team's "Pennyroot user interview (45 min)")
    # Norwegian "brukerintervju … ikke et jobbintervju"
    r"|brukerintervju\w*|ikke\s+(?:et\s+)?jobbintervju"
    # a room in a shared house: "flatmate interviews this weekend"
    r"|flat-?mates?|house-?mates?|room-?mates?|flat-?share|house-?share"
    r"|interviews?\s+with\s+(?:a\s+(?:handful|few|number)\s+of\s+)?(?:our\s+)?(?:customers|users)"
    r"|(?:every|each)\s+participant"
    r"|months['’]\s+rent|(?:it['’]s|this\s+is)\s+not\s+an\s+interview|(?:this|it)\s+isn['’]t\s+an\s+interview"
    r"|(?:we['’]re|we\s+are)\s+not\s+hiring|new\s+volunteers?"
    r"|volunteer\s+(?:paperwork|induction|application|orientation|team|programme|program)"
    r"|application\s+to\s+volunteer|(?:our|with\s+the|the)\s+volunteer\s+coordinator"
    r"|volunteering\s+(?:at|with|for)\s+(?:our|the)|(?:roles?|positions?)\s+(?:are|is)\s+unpaid"
    r"|(?:unpaid|volunteer)\s+(?:\(unpaid\)\s+)?role|sign(?:ing|ed)?\s+up\s+to\s+volunteer"
    r"|viewing\s+(?:of|at)\s+(?:the|a|your|our)\s+(?:[\w-]+\s+){0,2}(?:flat|property|house"
    r"|apartment|home|room)"
    # a pupil's or student's own project: "for my grade 7 project", "my school assignment"
    r"|my\s+(?:[\w-]+\s+){0,2}(?:school|class|homework|uni|university|college|grade\s+\d{1,2})"
    r"\s+(?:project|assignment)"
    # a TV casting call: "casting interview", "isn't a job offer or anything to do with
    # recruitment"
    r"|casting\s+(?:interview|call|producer|director|team)|(?:to\s+do|do)\s+with\s+recruitment"
    # a press interview in Spanish, Portuguese, French: "editora de tecnología de la Revista
    # …", "la publicaríamos en la edición de noviembre", "journaliste"
    r"|editor[ao]\s+de\s+\w+\s+de\s+la\s+revista|(?:la|lo)\s+publicar[ií]amos|periodista"
    r"|jornalista|journaliste|reportagem|reportaje"
    # a trade visit, a council's benefit review, a friend's wedding speech
    r"|arrival\s+window|geyser|boiler\s+(?:service|repair|inspection)|council\s+tax"
    r"|tax\s+(?:reduction|credit)|housing\s+benefit|revenues\s+(?:&|and)\s+benefits"
    r"|(?:at|for)\s+(?:the|our|my|his|her)\s+wedding|wedding\s+speech"
    r"|embassy|research\s+(?:interview|study|participants?)|(?:take|taking)\s+part\s+in\s+"
    r"(?:our|a|the|this)\s+(?:[\w\"'’&-]+\s+){0,6}(?:study|survey|research)|consent\s+form"
    r"|ethics\s+(?:approval|committee)|participant\s+information\s+sheet"
    r"|research\s+panel|screener\s+(?:answers|survey|questions)|user\s+researchers?"
    r"|(?:shopping|gift)\s+voucher"
    # a paid research session: "As a thank-you you'll get a $60 CAD e-gift card"
    r"|e-gift\s+card|[$£€]\s?\d+(?:\s+[A-Z]{3})?\s+gift\s+card"
    r"|as\s+a\s+thank[- ]you,?\s+you['’]ll\s+(?:get|receive))\b"
    # a recruitment briefing or webinar in Korean, Japanese, Chinese (no word boundaries)
    r"|채용\s*설명회|웨비나|会社説明会|ウェビナー|宣讲会|說明會|网络研讨会|網路研討會"
    # a job fair, and "not an interview notice", in Chinese
    r"|徵才博覽會|就業博覽會|招聘会|招聘會|並非面試|并非面试"
    # Thai "not an interview", "signing the employment contract"
    r"|ไม่ใช่การสัมภาษณ์|ลงนามในสัญญาจ้าง"
    # a school meeting with a pupil's parents: Japanese, Chinese, Korean
    r"|保護者|児童名|家长会|家長會|학부모"
    # a child's own application, to its parent; the unemployment office's meeting
    # (and a pupil's admission interview, written to the parent: "le dossier de candidature
    # de votre fille", "your son's application to Year 3")
    r"|\bvotre\s+(?:fille|fils|enfant)\b|\byour\s+(?:daughter|son|child)['’]s\s+(?:application"
    r"|admission|enrol\w*|place)\b|\bIhr(?:e|es)?\s+(?:Tochter|Sohn|Kind(?:es)?)\b"
    r"|\bparent\s*/\s*guardian\b|\bUCAS\b|\bjobcent(?:er|re)\w*|\bdagpenge\w*|\bArbeitsagentur\b"
    # a bank's customer meeting, Indonesian and Malay "wawancara nasabah", "janji temu"
    r"|\bnasabah\b|\bpelanggan\s+bank\b",
    re.I,
)
#: Words that lean away from a job interview but also turn up in real invitations
#: (a booking reference from a scheduler, "a few tips" from a kind recruiter, an
#: unsubscribe footer from a careers mailbox): they count only against weak support.
NOT_JOB_WEAK = rx.compile(
    r"\b(?:tips|top\s+\d+|magazine|article|editorial|publication|check-?up"
    r"|workshop\s+series|online\s+course|unsubscribe|live\s+session|e-?tickets?"
    r"|ticket\s+(?:number|holder|no)|booking\s+reference|name\s+on\s+ticket"
    r"|general\s+admission|doors\s+open|refunds?"
    # a garage's booking: "Service advisor: …", "Vehicle: CA 412", "drop-off", "job card"
    # (not "the resident drop-off bay": a place to park)
    r"|service\s+advisor|vehicle|drop-?off(?!\s+(?:bay|zone|area|point|lane))|job\s+card"
    r"|mot\s+test"
    # (weak: a broadcaster hires producers too)
    r"|broadcast)\b",
    re.I,
)
#: A word of either (one scan of the text instead of two when, as mostly, there is none).
_NOT_JOB_ANY = rx.compile(rf"(?:{NOT_JOB.pattern})|(?:{NOT_JOB_WEAK.pattern})", re.I)
#: Support for the job reading, against the weak words.
_SUPPORT = (
    rx.compile(r"\b(?:your|the|an?|our)\s+(?:[\w-]+\s+){0,2}interview\s+(?:with|for|at|is|on)\b"
               r"|\byour\s+(?:[\w-]+\s+){0,2}interview\b(?!\s+(?:tips|questions|skills|prep))"
               r"|\byour\s+(?:virtual\s+|final\s+)?(?:on-?site|interview\s+loop|final\s+round)\b"
               # "Your panel will be A B …", "the interview will now be at our hub"
               r"|\b(?:your|the)\s+(?:interview\s+)?panel\s+will\s+be\b"
               r"|\b(?:your|the)\s+interview\s+will\s+(?:now\s+)?(?:be|take\s+place|last)\b"
               # an agency's summary: "Here's what's locked in: … Who you'll meet:"
               r"|\bwho\s+you['’]ll\s+(?:be\s+)?meet(?:ing)?\b|\bwhat['’]s\s+locked\s+in\b"
               # "I've locked in tmrw (Thurs 18th) at 4.30pm", "a phone screen with A B"
               r"|\b(?:I|we)(?:['’]ve|\s+have)\s+locked\s+(?:you\s+)?in\b"
               r"|\b(?:phone|video|intro)\s+screen\s+(?:with|for|on|at|tmrw|tomorrow)\b"
               # "we are pleased to invite you to a Site Visit and Technical Interview"
               r"|\binvite\s+you\s+(?:to|for)\s+(?:an?\s+|the\s+|your\s+)?(?:[\w&-]+\s+){0,4}"
               r"interview\b",
               re.I),
    rx.compile(r"\b(?:role|position|application|applied|candidate|vacancy|hiring\s+manager"
               r"|cover\s+letter|your\s+(?:cv|résumé|resume)"
               r"|recruiter|talent\s+acquisition|(?:senior|junior|lead|principal|staff)\s+\w+"
               r"|\w+\s+(?:engineer|developer|scientist|analyst|designer|manager|architect"
               r"|consultant|specialist|accountant|officer|coordinator|researcher|trainee"
               r"|intern|apprentice|associate|assistant|receptionist))\b|\bgraduate\s+(?:programme|program|scheme|trainee)\b"
               r"|\bjoin\s+(?-i:[A-Z])[\w&.'-]*(?:\s+(?-i:[A-Z])[\w&.'-]*){0,3}\s+as\s+an?\b"
               # "the Copy Editor job", "applying for the Vet Nurse position": a titled role
               r"|\b(?:the|this|our)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3}\s+job\b"
               r"|\b(?:thanks|thank\s+you)\s+for\s+applying\b",
               re.I),
    # a hiring decision under way: "we're still seeing a couple of people ... no decision yet"
    rx.compile(r"\b(?:(?:don['’]t|do\s+not|haven['’]t)\s+(?:yet\s+)?(?:have|made|reached)\s+a"
               r"\s+(?:final\s+)?decision|decision\s+yet|still\s+(?:seeing|interviewing|considering"
               r"|reviewing|meeting)|shortlist\w*|(?:next|final)\s+round"
               # a hiring decision made: "… move forward with another candidate", "decided not
               # to continue with your application" (after a take-home task about refunds)
               r"|(?:another|other|a\s+different)\s+(?:candidate|applicant)s?"
               # "before the panel makes its final decision we would like to speak to your
               # referees" (with a consent form for the checks)
               r"|final\s+(?:stage|decision)|(?:your|three|two)\s+referees"
               r"|(?:not\s+to|to\s+not)\s+(?:continue|proceed|move\s+forward)\s+with\s+your"
               r"\s+(?:application|candidacy))\b", re.I),
    # the terms of a job: an offer names the place of work ("our Eastside clinic")
    rx.compile(r"\b(?:offer\s+(?:of\s+employment|letter)|extend\s+(?:you\s+)?(?:an?|the)\s+"
               r"(?:formal\s+|verbal\s+|written\s+)?offer|(?:base|annual|starting)\s+salary"
               r"|sign-?on\s+bonus|salary\s+package|notice\s+period|probation(?:ary)?\s+period"
               r"|start\s+date|\$\d{2,3},\d{3}\s*(?:/\s*(?:yr|year)|per\s+year|a\s+year))\b",
               re.I),
    rx.compile(r"\b(?:meet|speak|talk)\s+(?:with\s+|to\s+)?you\b"
               # "You'll meet with me (Head Nurse) and Dr Fiona McAllister"
               r"|\byou(?:['’]ll|\s+will)\s+(?:be\s+)?(?:meet|meeting|speak|speaking|talk|talking)"
               r"\s+(?:with|to)\b"
               # "She'll meet with Greg Lawson (VP, Pricing) first"
               r"|\b(?:meet|meeting|speak|speaking|talk|talking|call|chat|conversation|screen)"
               r"\s+with\s+"
               r"(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\b"
               r"|\b(?:your|the)\s+"
               r"(?:appointment|booking|interview|slot)\s+(?:is|has\s+been)\s+confirmed\b"
               # "From 10:30 you and I will sit down in my office for a proper chat"
               r"|\byou\s+and\s+I\s+will\s+(?:sit\s+down|meet|chat|talk|have)\b"
               r"|\bconfirmed\s+for\b|\bsee\s+you\s+(?:then|on|tomorrow)\b"
               # "You're locked in for Thursday with her and Pieter"
               r"|\b(?:locked|booked|pencil(?:l)?ed)\s+in\s+for\b"
               r"|\b(?:call|chat|hour|time|conversation|coffee)\s+with\s+you\b"
               # "i'll send a zoom link the morning of"
               r"|\bsend\s+(?:you\s+)?(?:a|the)\s+(?:zoom|teams|meet|video|call)\s+link\b"
               # a booking page's meeting type: "Event Type: Intro call – Operations Analyst"
               r"|\b(?:intro(?:ductory)?|screening|first|phone|video)\s+(?:call|chat|conversation)"
               r"\s+(?:[-–—:]|about|for|with)", re.I),
)


def not_job(text: str, names: tuple[str | None, ...] = ()) -> str | None:
    """Why `text` is not about the user's job, or None.

    A strong word ("webinar", "dentist", "visa interview") settles it unless the mail
    gives strong support for a job reading (two kinds of it, and more than the strong
    words: "the clinic booking app in your portfolio" in a hiring manager's request).
    Weak words need to reach the support: an interview named as the reader's, a role, a
    meeting with her. `names`: the employer and the role, whose own words are no evidence."""
    strong, weak = _words(_without(text, names))
    return _weighed(text, strong, weak)


def _without(text: str, names: tuple[str | None, ...]) -> str:
    """The text without the employer's name and the role, whose words say nothing of
    whether the mail is about a job: a physio clinic hiring a "Clinic Operations
    Coordinator" is an employer, not a patient's appointment. (They still count as support.)"""
    for name in names:
        if name and len(name) > 3 and name in text:
            text = text.replace(name, " ")
        elif name and len(name) > 3 and " " in name and name.split()[-1] in text:
            # ("candidates for the Managing\nEditor role": wrapped where the text wraps)
            text = re.sub(r"\s+".join(map(re.escape, name.split())), " ", text)
    if "(" in text:  # "me and Imran Siddiqui (Deputy Editor)": a panel member's own title
        text = _PERSON_TITLE.sub(" ", text)
    if _SELECTION_JURY.search(text):  # "devant le jury de sélection … Le jury doit encore …"
        text = _JURY.sub("panel", text)
    if "meetup" in text or "conference" in text:  # where they met, not what the mail is
        text = _MET_AT.sub(" ", text)
    # "Lakeshore Smiles Dental - Practice Manager interview": an employer's name, not a visit
    # ("medical/dental/vision from day one": an offer's benefits, not an appointment)
    # ("the Medical Assistant opening at our Lakewood clinic": the employer's own workplace)
    return _OUR_PLACE.sub(" ", _BENEFITS.sub(" ", _IN_A_NAME.sub(r"\1", text)))


#: A hiring panel by its French and Belgian name: every "jury" of that mail is the panel.
#: (Also a "Jury : M. A B (Directeur Marketing) et Mme C D" line of an invitation's fields.)
_SELECTION_JURY = re.compile(r"\bjury\s+(?:de\s+s[ée]lection|de\s+recrutement|d['’]entretien)"
                             r"|^[ \t]*jury[ \t]*:[ \t]*"
                             r"(?:M\.|Mme|Mlle|Dr|Pr|(?-i:[A-Z]\w+\s+[A-Z]))",
                             re.I | re.M)
_JURY = re.compile(r"\bjury\b", re.I)
#: Where the writer met the candidate or heard of her: "passed on your profile after the
#: Lisbon ML meetup", "we met at the PyCon conference".
_MET_AT = re.compile(r"\b(?:after|at|from|during)\s+the\s+(?:[\w-]+\s+){0,3}(?:meetup|conference)"
                     r"(?=\s*(?:[,.;)]|and\b|last\b|in\b))", re.I)


_BENEFITS = re.compile(r"\b(?:medical|health)\s*(?:/|,|and|&)\s*dental\b"
                       r"|\bdental\s+(?:cover|insurance|plan|benefits?)\b", re.I)


#: The employer's own workplace (not "our designated clinic": the one it sends her to).
_OUR_PLACE = re.compile(r"\bour\s+(?!designated|partner|approved|nominated|preferred|panel)"
                        r"(?:[\w-]+\s+){0,2}(?:clinic|practice|surgery|hospital)s?\b", re.I)
_IN_A_NAME = re.compile(r"\b([A-Z][\w'’&-]+[ \t]+)(?:Dental|Clinic|Veterinary|Vets|Physio\w*"
                        r"|Optometr\w*)\b")

_PERSON_TITLE = re.compile(r"(?<=[a-z])\s*\((?:[A-Z][\w-]*\s*){1,4}\)(?=\s*(?:[,.;]|and\b|$))",
                           re.M)


def strongly_not_job(text: str) -> str | None:
    """`not_job` on the strong words alone: for mail whose own tips and deadlines would
    read as a newsletter's weak words (a one-way video interview's instructions)."""
    return _weighed(text, _words(_without(text, ()))[0], frozenset())


def _weighed(text: str, strong: frozenset[str], weak: frozenset[str]) -> str | None:
    if not strong and not weak:
        return None
    if named := sorted(w for w in strong if w.endswith("interview")):
        return named[0]  # "your home loan interview": the interview itself is named as not ours
    support = sum(bool(p.search(text)) for p in _SUPPORT)
    if strong and (len(strong) >= support or support < 2):
        return sorted(strong)[0]
    if weak and len(weak) + len(strong) >= support:
        return sorted(weak | strong)[0]
    return None


#: The strong and weak words of texts that were the tail of a text already read (below).
_TAILS: dict[str, tuple[frozenset[str], frozenset[str]]] = {}


def _words(text: str, head: int = -1) -> tuple[frozenset[str], frozenset[str]]:
    """The NOT_JOB and NOT_JOB_WEAK words of `text`, lower-cased.

    With `head` (the index of the "\\n" that joins a subject to the mail's text), the words
    of the part after it are kept as well, for the job test that reads that part alone: a
    match cannot start at the "\\n" (both patterns open with a letter) and neither looks
    back past its own start, so unless a match runs across the "\\n", the matches that
    start after it are exactly those a scan of that part finds (the "\\n" before it is a
    non-word character, as the start of a text is to \\b)."""
    if (known := _TAILS.get(text)) is not None:
        return known
    if (first := _NOT_JOB_ANY.search(text)) is None:  # most texts: neither has a word
        strong = weak = []
    else:  # and neither has one before the first word of either
        strong = [(m.start(), m.end(), m.group(0).lower())
                  for m in NOT_JOB.finditer(text, first.start())]
        weak = [(m.start(), m.end(), m.group(0).lower())
                for m in NOT_JOB_WEAK.finditer(text, first.start())]
    if head >= 0 and not any(s <= head < e for s, e, _ in strong + weak):
        if len(_TAILS) >= 16:
            _TAILS.clear()
        _TAILS[text[head + 1 :]] = (frozenset(w for s, _, w in strong if s > head),
                                    frozenset(w for s, _, w in weak if s > head))
    return frozenset(w for _, _, w in strong), frozenset(w for _, _, w in weak)
