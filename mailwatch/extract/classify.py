"""Phrase evidence for each kind.

Everything here is a named regular expression so `explain` can say which phrase decided a
kind, and so the later, deeper classifier can replace one signal at a time. The rules lean
conservative: a false interview costs the user an embarrassing draft, a missed one costs
them a reminder they can write themselves.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import rx
from . import kindwords_intl as intl
from .kind_moves import CANCEL as CANCEL
from .kind_moves import CONDITIONAL as CONDITIONAL
from .kind_moves import PROPOSES_INSTEAD as PROPOSES_INSTEAD
from .kind_moves import RESCHEDULE as RESCHEDULE
from .kindwords import (
    APPLICATION,
    INTERVIEW_INTL,
    INTERVIEW_SCRIPTS,
    INTERVIEW_STAGE,
    MEET_YOU,
    NOT_MINE,
    PERSONAL_INVITE,
)
from .notjob import _weighed, _without, _words
from .offer_words import OFFER as OFFER
from .offer_words import WITHDRAWN_RX
from .offer_words import offer as offer

INTERVIEW = rx.compile(
    r"\b(?:interview(?:s|ing)?|phone\s+screen(?:ing)?|screening\s+call|technical\s+(?:round"
    r"|assessment|interview|discussion|session)|on-?site|(?:video|intro(?:ductory)?|zoom|teams"
    r"|phone|initial|first|follow-up|quick|short|brief)\s+(?:call|chat|conversation)"
    r"|chat\s+(?:with|w/)|meet\s+the\s+team"
    r"|walk-?in\s+(?:drive|interview)s?|(?:recruitment|hiring|campus)\s+drive"
    r"|din[âa]mica\s+de\s+grupo|din[áa]mica\s+grupal|group\s+(?:interview|exercise)"
    r"|hiring\s+manager|(?:case|system\s+design|coding|pairing)\s+(?:study\s+)?(?:session"
    r"|exercise|interview)|assessment\s+centre|panel"
    # a police or civil-service "oral board", a "selection board"
    r"|(?:oral|selection|interview)\s+boards?)\b",
    re.I,
)
#: Job-search context: an "interview" about a podcast or a newsletter tip is not ours.
JOB = rx.compile(
    r"\b(?:role|position|application|applied|applying|candidate|candidacy|vacancy|opening"
    r"|hiring|recruit\w*|talent|cv|résumé|resume|job|team|opportunity|next\s+steps?"
    r"|interview\w*|shortlist\w*|finalists?|(?:first|new|next|founding)\s+(?:[\w-]+\s+)?hire|selection\s+(?:process|committee|panel)|(?:next|final)\s+"
    r"(?:round|stage)|in\s+the\s+running"
    # "(we'll make our decision and) let you know either way by Friday"
    r"|(?:let\s+you\s+know|hear\s+from\s+us|be\s+in\s+touch)\s+(?:either\s+way"
    r"|one\s+way\s+or\s+the\s+other)|join\s+(?:us|[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\s+as"
    # an offer's own words: "on board as …", "salary, the share options"
    r"|on\s*board\s+as|salary|(?:share|stock)\s+options"
    # a contractor's extension: "wants to keep you on as Data Migration Analyst"
    r"|keep\s+you\s+on\s+as|(?:contract|assignment)\s+extension|extend\s+your\s+(?:contract|assignment)"
    # the terms of an offer under way: "a revised written offer", "the verbal offer"
    r"|(?:verbal|written|formal|revised|job|employment)\s+offer|offer\s+letter|notice\s+period"
    # Spanish, Portuguese, German, French, Dutch
    r"|proceso\s+de\s+selecci[oó]n|processo\s+seletivo|puesto|vacante|vagas?|candidat(?:ura|e)s?"
    # a Chilean university's "Comisión de Selección", "Concurso Público", "nombramiento"
    r"|comisi[oó]n\s+de\s+selecci[oó]n|concurso\s+p[uú]blico|nombramiento"
    r"|candidat[oa]s?|curr[íi]culo|curr[íi]culum|recrut\w+"
    # Argentine "la búsqueda de Backend Developer" (the opening), "vi tu perfil"
    r"|b[uú]squeda\s+(?:de|laboral)|(?:vi|vimos|revis[eé]|revisamos)\s+tu\s+perfil"
    r"|rejoindre\s+(?:nous|l['’]équipe|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+en\s+tant\s+que"
    r"|entrevista\w*|bewerbung\w*|stelle|vorstellungsgespr\w+|poste|entretien\w*"
    r"|sollicitatie\w*|vacature\w*|aansoek\w*|onderhoud|posi[çc][ãa]o|cargo" + intl.JOB
    + r")\b|採用|応募|選考|招聘|职位|채용|지원|面试|面試|录用|錄用|入职|入職|岗位|崗位|终面|終面"
    r"|面接|求人|면접|포지션|인사팀"
    # Arabic and Hebrew take their prefixes on the word ("بوظيفة", "לתפקיד"): no \b
    r"|وظيف|السيرة\s+الذاتية|תפקיד|משרה|מועמד|קורות\s+החיים"
    r"|สมัครงาน|ผู้สมัคร|ตำแหน่ง"  # Thai: apply for a job, applicant, position
    # Hindi: interview, application, job, the post of, recruitment, candidate
    r"|साक्षात्कार|इंटरव्यू|आवेदन|नौकरी|पद\s+(?:के|हेतु|पर)|भर्ती|उम्मीदवार"
    # the post, the application, the job, the candidate: Bengali, Punjabi, Gujarati, Telugu,
    # Kannada, Malayalam, Sinhala, Burmese, Khmer, Lao, Mongolian
    r"|পদে|আবেদন|চাকরি|প্রার্থী|ਅਸਾਮੀ|ਅਰਜ਼ੀ|ਨੌਕਰੀ|પદ\s|નિમણૂક|ఉద్యోగ|దరఖాస్తు|ಹುದ್ದೆ|ಅರ್ಜಿ"
    r"|ಅಭ್ಯರ್ಥಿ|തസ്തിക|അപേക്ഷ|රැකියා|ရာထူး|လျှောက်လွှာ|ការងារ|បេក្ខជន|ຕຳແໜ່ງ|ажлын\s+байр|анкет"
    "|" + INTERVIEW_SCRIPTS,
    re.I,
)


REJECTION = rx.compile(
    r"\b(?:decided\s+(?:not\s+to|to\s+not)\s+(?:move|proceed|progress|continue|take)"
    r"|" + WITHDRAWN_RX +  # an offer taken back
    r"|(?:not|won't|will\s+not)\s+(?:be\s+)?(?:moving|move|proceeding|progressing|taking)\s+"
    r"(?:forward|further|ahead|your\s+application"
    r"|(?:yours|it|your\s+(?:application|candidacy))\s+(?:any\s+)?further)"
    # "Your application has been reviewed and will not be progressed further"
    r"|(?<!\bwho\s)(?<!\bthat\s)(?:will\s+not|won't)\s+be\s+(?:progressed|taken\s+forward)"
    r"|unfortunately[^.]{0,200}\b(?:other\s+candidates?|another\s+candidate|not\s+(?:been\s+)?"
    r"successful|unsuccessful|not\s+(?:been\s+)?selected|not\s+(?:be\s+)?able\s+to\s+offer"
    r"|closer\s+match|not\s+proceed"
    # (not "unfortunately he can no longer make Thursday": the slot, not her application)
    r"|no\s+longer(?!\s+(?:make|attend|join|manage|host|run|do|be\s+(?:available|free|able)"
    r"|(?:be\s+)?able\s+to\s+(?:make|attend|join|do|meet))\b))"
    r"|regret\s+to\s+inform|(?:have|has)\s+not\s+been\s+(?:selected|shortlisted|successful)"
    # "the Appointing Authority has selected another applicant for appointment"
    r"|(?:has|have)\s+(?:now\s+)?(?:selected|chosen|appointed|hired)\s+(?:another|a\s+different)"
    r"\s+(?:candidate|applicant|person)"
    r"|(?:decided|chosen|opted)\s+to\s+(?:move\s+forward|proceed|go\s+ahead|continue)\s+with\s+"
    r"(?:another|other|a\s+different)\s+(?:candidate|applicant|finalist|person)s?"
    r"|position\s+has\s+(?:now\s+)?been\s+filled|pursue\s+other\s+(?:candidates|applicants)"
    r"|(?:application|candidacy)\s+(?:has\s+been\s+|was\s+|is\s+)?unsuccessful"
    r"|(?:unable|not\s+(?:be\s+)?able)\s+to\s+offer\s+you\s+(?:the|this|a|an)\s+(?:\w+\s+)?"
    r"(?:role|position|job|place)"
    r"|go(?:ing)?\s+(?:ahead\s+)?with\s+another\s+candidate|not\s+(?:the\s+)?right\s+fit\s+at"
    r"|(?:gone|go|going|went)\s+(?:ahead\s+)?with\s+(?:someone|somebody|another\s+(?:person"
    r"|applicant))\b|(?:not|isn't|isn’t)\s+the\s+news\s+you\s+were\s+hoping"
    r"|(?:move|moving|go|going|proceed|proceeding|continue|continuing)\s+(?:forward\s+|ahead\s+)?"
    r"with\s+(?:other|another|different|a\s+different)\s+(?:candidates?|applicants?|profiles?)"
    r"|(?:move|moving|go|going|proceed|proceeding)\s+(?:forward\s+|ahead\s+)?with\s+"
    r"(?:candidates|applicants|an?\s+(?:candidate|applicant))\s+(?:whose|who)\b"
    r"|(?:other|another)\s+(?:candidates?|applicants?)\s+(?:whose|who)\s+(?:experience|skills"
    r"|background|profiles?)?\s*(?:more\s+closely|better|more\s+directly)\s+(?:match|align|fit)"
    r"|(?:will|won't|will\s+not|cannot|can't)\s+(?:be\s+)?(?:able\s+to\s+)?(?:offer\s+you|invite\s+you"
    r"\s+to)\s+(?:the\s+)?(?:next|further|an?\s+interview)"
    r"|decided\s+not\s+to\s+(?:invite|offer|shortlist)"
    r"|(?:decided|chosen|chose)\s+to\s+(?:offer|give)\s+the\s+(?:[\w()&/,-]+\s+){0,6}(?:role|position"
    r"|job|post|vacancy)\s+to\s+(?:another|a\s+different|someone|somebody|a\s+candidate)"
    r"|(?:offered|given)\s+the\s+(?:[\w()&/,-]+\s+){0,6}(?:role|position|job|post)s?\s+to\s+(?:another"
    r"|someone|somebody|a\s+(?:different\s+|stronger\s+)?candidate|(?:two|three|four|other)\s+"
    r"(?:other\s+)?(?:applicants|candidates|people))"
    r"|(?:isn['’]t|is\s+not|wasn['’]t)\s+(?:better|happier|the\s+better)\s+news"
    r"|(?:won't|won’t|will\s+not|are\s+not|aren't)\s+(?:be\s+)?making\s+you\s+an\s+offer"
    r"|(?:won't|will\s+not|are\s+not|aren't)\s+(?:be\s+)?continuing\s+with\s+your\s+"
    r"(?:application|candidacy)"
    # Spanish, Portuguese, German, French, Dutch
    r"|lamentamos\s+(?:comunicar|informar)\w*|no\s+ha\s+sido\s+seleccionad[oa]"
    r"|(?:continuar|seguir|prosseguir|avançar)\s+com\s+outr[ao]s?\s+(?:(?:pessoas?\s+)?candidat\w+|perf\w+|pessoas?\b)"
    r"|(?:continuar|seguir|avanzar|prosseguir|avançar)\s+con?m?\s+otr[oa]s\s+(?:perfiles|perfis"
    r"|candidat\w+|personas|pessoas)|não\s+(?:foi|foste)\s+selecionad[oa]"
    # Galician "decidimos seguir adiante con outra persoa"
    r"|seguir\s+adiante\s+con\s+outr[ao]s?\s+(?:persoas?|candidat\w+|perfís|perfil)"
    r"|(?:leider|bedauerlicherweise)\b[^.]{0,120}\b(?:absage|nicht\s+(?:weiter\s+)?"
    r"berücksichtig\w*|für\s+(?:eine[nr]?\s+)?andere[nr]?\s+(?:Kandidat|Bewerber)\w*"
    r"|gegen\s+Sie\s+entschieden)|(?:müssen|möchten)\s+wir\s+Ihnen\s+(?:leider\s+)?absagen"
    r"|(?:regrettons|avons\s+le\s+regret)\s+de\s+vous\s+(?:informer|annoncer)"
    r"|pas\s+(?:pu\s+)?donner\s+(?:une\s+)?suite\s+favorable"
    r"|décidé\s+de\s+ne\s+pas\s+donner\s+suite|retenu\s+(?:une\s+autre|d['’]autres)"
    r"\s+candidat|helaas\b[^.]{0,120}\b(?:niet\s+(?:verder|door)\s+(?:gaan|met)|andere\s+"
    r"kandida\w+|afgewezen)"
    # Dutch "besloten je niet uit te nodigen voor een gesprek", German "nicht zu einem
    # Gespräch einzuladen": turned down on the application
    r"|besloten\s+(?:je|u)\s+niet\s+uit\s+te\s+nodigen|(?:Sie|dich)\s+nicht\s+zu\s+einem\s+"
    r"(?:\w+)?gespräch\s+einzuladen"
    # Afrikaans
    r"|met\s+['’]n\s+ander\s+kandidaat|teleurstellende\s+nuus|nie\s+suksesvol\s+nie"
    + intl.REJECTION + ")|" + intl.REJECTION_CJK,
    re.I,
)
ASK = rx.compile(
    r"\b(?:(?<!confirm\s)(?<!sending\s)(?<!sharing\s)(?<!for\s)(?<!through\s)(?<!over\s)your\s+availability"
    r"(?!\s+for\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:start|season|summer|winter|contract|shifts?"
    r"|placement|period)\b)|when\s+(?:are|would|will)\s+you\s+(?:be\s+)?(?:free|available)"
    r"|are\s+you\s+(?:free|available)|(?:which|what)\s+(?:of\s+(?:these|the\s+following)"
    r"(?:\s+(?:times?|slots?|days?|dates?|windows?|options?))?"
    r"|times?|slots?|days?|dates?|windows?|one|morning|afternoon)\s+(?:would\s+)?(?:works?|suits?"
    r"|is\s+best|you['’]d\s+(?:like|prefer)|you\s+prefer)"
    # (not "a quick reminder of the next couple of dates": the booked ones, listed)
    r"|(?<!the\snext\s)(?:few|some|two\s+or\s+three|2-3|suitable|two|three|2|3|couple\s+of)"
    r"\s+(?:time\s+)?(?:times|slots|options|dates|windows)(?!\s+(?:a|per)\s+(?:week|day|month))"
    r"|(?:any|one)\s+of\s+(?:these|the\s+following|the\s+(?:times|slots|options)\s+below)"
    r"|(?:following|these)\s+(?:times|slots"
    r"|options)|(?:pick|choose|select|book)\s+(?:a|your|an?\s+available)\s+(?:time|slot)"
    r"|propose\s+(?:a|some)\s+times?|what\s+works\s+(?:best\s+)?for\s+you"
    r"|(?:pick|choose|select|book|grab)\s+any\s+(?:[\w-]+\s+)?(?:time|slot)"
    r"|are\s+you\s+around\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|this|next|tomorrow)"
    # (not "let me know if the date suits you": the one date stated, to confirm)
    r"|let\s+me\s+know\s+if\s+(?!(?:the|this|that)\s+(?:date|time|day|slot)\s+(?:works|suits)\b)"
    r"[^.?!]{0,80}\b(?:works?|suits?)\s+(?:for\s+)?you"
    r"|would\s+(?:you\s+be\s+(?:available|free)|any\s+of|either\s+(?:of\s+(?:those|these)\s+)?"
    r"(?:suit|work))|(?:does|do|would)\s+either\s+(?:of\s+(?:those|these)\s+)?(?:suit|work)"
    r"|(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+(?:free|available)\s+(?:on\s+)?(?:mon|tue|wed|thu"
    r"|fri|this|next|tomorrow)"
    r"|what\s+does\s+your\s+(?:week|diary|calendar|schedule)\s+look\s+like"
    r"|(?:could|can|would)\s+you\s+do\s+(?:a\s+)?(?:quick\s+|short\s+)?(?:video\s+)?(?:call|chat)"
    r"|grab\s+(?:a\s+|an\s+|half\s+an\s+)?(?:hour|quick\s+call|call|coffee|chat|time)\s+with\s+you"
    r"|(?:grab|book|pick)\s+a\s+(?:[\w-]+\s+){0,3}slot\s+(?:on|in|from)\s+my\s+(?:calendar|diary)"
    r"|(?:whichever|which|one)\s+of\s+(?:the|these)\s+(?:slots|times|options)"
    r"|reply\s+with\s+(?:[A-C1-3]\b|the\s+(?:letter|number|option)|your\s+(?:choice|preferred))"
    # "Kindly revert with your convenient time slot within this window", "roughly when
    # suits", "Any chance of a quick call with me sometime Thursday afternoon?"
    r"|(?:with|send|share|confirm)\s+(?:me\s+|us\s+)?your\s+(?:convenient|preferred)\s+time"
    r"|\b(?:roughly|let\s+me\s+know)\s+when\s+suits\b"
    r"|any\s+chance\s+of\s+(?:a\s+)?(?:quick\s+|short\s+)?(?:call|chat)\s+with\s+(?:me|us)"
    r"\s+(?:sometime|some\s+time|on|this|next|tomorrow)"
    # Spanish, Portuguese, Italian, German, French, Dutch
    # (not "Si tu disponibilidad ha cambiado, cuéntanos": if it changed, tell us)
    r"|(?<!\bsi\s)(?:tu|su)\s+disponibilidad|sua\s+disponibilidade|tua\s+disponibilit[àa]"
    r"|sua\s+disponibilit[àa]|welche[rn]?\s+(?:der\s+folgenden\s+)?Termine?\s+Ihnen\s+passt"
    r"|Terminvorschl[äa]ge|vos\s+disponibilit[ée]s|uw\s+beschikbaarheid" + intl.ASK + ")|"
    + intl.ASK_CJK,
    re.I,
)
BOOKING = rx.compile(
    r"https?://(?:[\w-]+\.)*(?:calendly\.[a-z]{2,}|cal\.com|goodtime\.io|doodle\.com|youcanbook\.me"
    r"|outlook\.office365\.com/owa/calendar|calendar\.app\.google|app\.usemotion\.com"
    r"|outlook\.office(?:365)?\.com/book(?:ings|withme)?/|savvycal\.com|zcal\.co|tidycal\.com|meetings\.hubspot\.com|calendar\.google\.com/calendar/"
    r"(?:u/\d+/)?appointments|apply\.workable\.com/[^\s]*schedul"
    r"|ashbyhq\.com/[^\s]*schedul|greenhouse\.io/[^\s]*schedul)"
    # a booked event's own "cancel / reschedule" links are not an invitation to book
    # ("app.goodtime.io/candidate/r/7Qm2/reschedule": wherever the path says so)
    r"(?![^\s]*?/(?:cancel\w*|re-?schedul\w*)(?:[/?#]|\s|$))|\bscheduling\s+link\b"
    r"|\bself-?schedul\w+"
    # "could you grab a time that suits here:", "pick a slot on my calendar" (a link to a
    # booking page of the writer's own domain, which no list of services knows)
    r"|\b(?:grab|pick|choose|book|select)\s+(?:yourself\s+)?(?:a\s+|whatever\s+|whichever\s+"
    r"|any\s+)?"
    r"(?:time|slot|spot|works|suits)\b"
    r"[^.?!\n]{0,40}?(?:\bhere\b|\bbelow\b|\bvia\b|\busing\b"
    r"|\b(?:on|from|in)\s+(?:my|our|the|his|her|their)\s+(?:calendar|page|diary)\b)"
    # Italian, French, Spanish, Portuguese: "puoi scegliere lo slot che preferisci
    # direttamente dal mio calendario", "choisis le créneau qui te convient"
    r"|\b(?:scegliere|scegli|prenota(?:re)?)\s+(?:lo|uno|un)\s+(?:slot|orario)"
    r"|\b(?:choisi(?:r|s|ssez)|réserve[rz]?)\s+(?:le|un)\s+créneau"
    r"|\b(?:elegir|elige|escoger|reservar)\s+(?:el|un)\s+(?:horario|espacio)"
    r"|\b(?:escolher|escolha|agendar|agende)\s+(?:o|um)\s+hor[áa]rio\s+(?:que|direto|no\s+meu)",
    re.I,
)
ONE_WAY = rx.compile(
    r"\b(?:one-?way\s+(?:\((?:asynchronous|async|recorded)\)\s+)?(?:video\s+)?interview|hirevue|recorded\s+(?:video\s+)?interview"
    r"|asynchronous\s+(?:video\s+)?interview|pre-?recorded\s+(?:video\s+)?interview"
    r"|on-?demand\s+(?:video\s+)?interview"
    r"|video\s+interview\s+platform|record\s+(?:your|an|each)\s+(?:\w+\s+)?(?:answers?"
    r"|responses?)|no\s+one\s+on\s+the\s+other\s+end|complete\s+(?:your|the)\s+video\s+interview"
    # Hungarian, German, French, Spanish, Portuguese, Dutch
    r"|egyirányú|zeitversetzte\w*\s+(?:video-?)?interview|entretien\s+vidéo\s+différé"
    r"|entrevista\s+(?:en\s+|em\s+|por\s+|de\s+)?v[ií]deo\s+(?:diferida|(?:pre-?)?grabada|(?:pré-?)?gravada)"
    r"|video-?interview\s+(?:op\s+te\s+nemen|opnemen)"
    # Lithuanian "atsakysite vaizdo įrašu", Italian, Polish, Swedish recorded interviews
    r"|(?:atsakysite|atsakykite|atsakyti)\s+vaizdo\s+įraš\w*|videocolloquio\s+(?:registrato"
    r"|asincrono|differito)|rozmow\w+\s+wideo\s+(?:nagrywan\w+|asynchroniczn\w+"
    r"|w\s+formie\s+nagrania)|nagrani[ea]\s+(?:\w+\s+)?(?:rozmowy\s+wideo|odpowiedzi)"
    # Indonesian "Video Interview Online (asinkron)", "wawancara video satu arah (rekaman)"
    r"|video\s+interview\s+online\s+\(asinkron\)|wawancara\s+video\s+satu\s+arah"
    r"|tidak\s+ada\s+pewawancara|merekam\s+jawaban"
    # Turkish "asenkron (tek yönlü) video mülakat"
    r"|(?:tek\s+yönlü|asenkron)\)?\s+(?:\(tek\s+yönlü\)\s+)?video\s+mülakat\w*"
    # Lithuanian "vaizdo interviu, kurį atliksite savarankiškai": one she records alone
    r"|vaizdo\s+interviu\w*,?\s+kur\w+\s+atlik\w+\s+savarankiškai"
    r"|inspelad\s+videointervju|du\s+spelar\s+in"  # (Swedish "you record")
    r"|salvesta\w*\s+(?:\w+\s+)?videointervjuu\w*"  # (Estonian "record a video interview")
    # Norwegian "forhåndsinnspilt videointervju", Danish "forudindspillet videointerview"
    r"|(?:forhånds|for)?innspilt\w*\s+video-?intervju\w*|(?:forud)?indspillet\s+video-?interview\w*"
    # Spanish, Portuguese "Responderás 5 preguntas grabando tu respuesta"
    r"|grabando\s+tus?\s+respuestas?|grabar\s+tus\s+respuestas|gravando\s+(?:as\s+)?suas\s+respostas"
    r"|gravar\s+(?:as\s+)?suas\s+respostas)\b"
    # Korean, Japanese, Chinese recorded interviews (no word boundaries)
    r"|녹화\s*면접|録画面接|動画面接|录像面试|錄影面試|视频录制面试|单向录制|單向錄製|AI\s*视频面试"
    r"|AI\s*視訊面試|AI\s*면접"
    # an online written test taken alone within a window: "在线笔试", "Webテスト", "온라인 필기"
    r"|在线笔试|線上筆試|笔试邀请|筆試邀請|Webテスト|WEBテスト|オンライン筆記試験|온라인\s*필기",
    re.I,
)
CONFIRM = rx.compile(
    r"\b(?:confirm(?:ed|ing|ation)|(?:is|has\s+been|have\s+been|was)\s+(?:scheduled|booked|set)"
    r"|(?:invite|inviting)\s+you\s+(?:to|for)|invitation\s+to|will\s+take\s+place"
    r"|(?:let['’]?s|we['’]ll|I['’]ll)\s+lock\s+(?:it\s+|that\s+)?in|locked\s+in"
    r"|(?:look(?:ing)?\s+forward\s+to|see\s+you)\s+(?:speaking|meeting|chatting|talking|then"
    r"|on|at)|(?:your|the)\s+interview\s+(?:is|will\s+be)|you\s+will\s+(?:be\s+)?(?:meet"
    r"|speak)"
    # a reminder of the booked slot: "your interview with Pellworth Analytics is tomorrow"
    r"|(?:your|the)\s+interview\s+with\s+[^.\n]{1,60}?\s+(?:is|starts|begins)\s+(?:tomorrow"
    r"|today|in\s+(?:an?|one|\d+)\s+(?:hour|minute)|on|at)|reminder\s+(?:that|of|about|for)\s+your"
    r"|(?:we\s+have|I\s+have|I've|we've)\s+(?:scheduled|booked|set\s+up)"
    + intl.CONFIRM + ")"
    # "日程を下記の通り確定いたしました", "面试时间已确定", "일정이 확정되었습니다"
    r"|確定(?:いた)?しました|確定となりました|决定しました|已确定|已確定|확정되었습니다|확정되었"
    # "下記の日程にて…実施させていただきたく存じます": the slot is set, not offered
    r"|下記の日程にて|上記の?日程にて",
    re.I,
)
STILL_DECIDING = rx.compile(
    r"\b(?:still\s+(?:very\s+much\s+)?in\s+the\s+running|still\s+working\s+(?:through|on)"
    r"|(?:haven't|have\s+not)\s+forgotten\s+about\s+you"
    r"|still\s+(?:reviewing|considering|interviewing|deciding|evaluating|finali[sz]ing"
    r"|completing|conducting|finishing|wrapping\s+up|meeting\s+(?:other\s+)?candidates"
    r"|in\s+the\s+process|being\s+(?:completed|conducted|held|reviewed))|(?:not|n't)\s+(?:yet\s+)?(?:made|reached)\s+a\s+(?:final\s+)?decision"
    r"|decision\s+(?:is\s+)?(?:still\s+)?pending|(?:keep|will\s+keep)\s+you\s+(?:posted|updated"
    r"|informed)|update\s+on\s+(?:your|the)\s+(?:application|process)|wanted\s+to\s+give\s+you"
    r"\s+an?\s+update"
    # "We are now reviewing all of the conversations from this round and will be in touch"
    r"|(?:are|we['’]re)\s+(?:now\s+)?reviewing\s+(?:all\s+)?(?:of\s+)?the\s+(?:conversations"
    r"|interviews|candidates|applications)|as\s+soon\s+as\s+we\s+(?:have\s+)?(?:reached|made)\s+a"
    r"\s+decision" + intl.STILL_DECIDING + r")\b|" + intl.STILL_DECIDING_CJK,
    re.I,
)
MEETING_CONTEXT = rx.compile(
    r"\b(?:interview\w*|call|meeting|meet|chat|conversation|screen\w*|session|speak\w*|talk"
    r"|video|zoom|teams|google\s+meet|on-?site|assessment|discussion|panel|slot|scheduled"
    r"|booked|locked\s+in|confirmed|invite|join\s+us|see\s+you|see\s+us|come\s+(?:in|over|and|to)|visit"
    r"|(?:all|we['’]re|you['’]re)\s+set\s+for"  # ("We're all set for Tuesday, November 9")
    r"|trial\s+(?:shift|day)|turno\s+de\s+prueba|d[íi]a\s+de\s+prueba|probearbeit\w*|probetag\w*"
    r"|blocked\s+out|kick(?:ing|s)?\s+off|(?:the|a|your)\s+practical(?!\s+(?:tips|advice))"
    r"|pop\s+(?:in|over|by|round)|(?:get|got)\s+you\s+in|at\s+(?:the|our)\s+office"
    r"|(?:technical|tech|final|first|second|third|hr|next)\s+round"
    r"|(?:could|can|shall)\s+we\s+(?:do|say|meet)\b|block\s+(?:out\s+)?(?:an?\s+)?(?:hour|\d+)"
    r"|videotrucada|trucada|conversa|reunió|(?:et|us|li)\s+proposem|quedem|ens\s+veiem"  # Catalan
    r"|interviu\w*|interjú\w*|intervjuu\w*|entrevue|phỏng\s+vấn|időpont\w*"
    r"|calendar|diary|in\s+person|(?:take|takes|taking)\s+place|hold|held|cancel\w*|postpon\w*"
    r"|re-?schedul\w*|give\s+you\s+a\s+(?:ring|buzz|bell)|ring\s+you|phone\s+you"
    r"|(?:I|we)['’]ll\s+ring\b|ring\s+(?:the|your)\s+(?:mobile|cell|number|phone)"
    r"|with\s+(?:our|the)\s+(?:cto|ceo|cfo|coo|founder|head|director|manager|lead|team)"
    r"|entrevista|conversar|gespräch|termin\w*|termín\w*|entretien|rendez-vous|créneau\w*|visio\w*|confirmé|rencontr\w+"
    # Spanish "quedamos para el martes 26/01 a las 17 h en nuestras oficinas": agreed, there
    r"|quedamos|(?:te|le|lo|la|los|vos)\s+agend\w+|agendad[oa]s?|agendamos|charla\w*|charlemos"
    r"|nuestras\s+oficinas|nos\s+bureaux|nossos\s+escrit[óo]rios"
    r"|(?:estos|los\s+siguientes|tengo)\s+horarios"  # "Tengo estos horarios la próxima semana:"
    r"|réunion|reunión|llamada|videollamada|vorstellungsgespräch|bewerbungsgespräch"
    r"|kennenlerngespräch|gesprächstermin|selection\s+panel|appear\s+before|colloquio|incontro"
    # German "den Besprechungsraum habe ich geblockt", "hätten Frau A und ich beide Zeit"
    r"|besprechung\w*|geblockt|hätten\s+(?:\w+\s+){0,5}Zeit"
    r"|uusi\s+aika|pokalb\w*|mahojiano|nafasi\s+zifuatazo"  # Finnish, Lithuanian, Swahili
    r"|wanneer(?=\s*:)|ingepland|als\s+ersatztermin"  # Dutch "Wanneer:", "ingepland"; German
    r"|samtal\w*|booket|bokat"  # Danish, Norwegian, Swedish: "booket dig til samtale"
    # "we expect you on Friday": Italian, German, French, Spanish
    r"|(?:la|ti|vi|le)\s+aspettiamo|(?:la|ti|vi)\s+attendiamo|wir\s+erwarten\s+Sie"
    r"|nous\s+vous\s+attendons|(?:te|le|la|lo)\s+esperamos"
    # Italian, Portuguese: "ci vediamo in videochiamata giovedì", "fissiamo", "videochamada"
    r"|videochiamat\w*|chiamat[ae]|ci\s+(?:vediamo|sentiamo)|fissiamo|videochamada|chamada"
    r"|appuntamento|reunião|cita|propon\w+|propom\w+|(?:vous|te)\s+propos\w+|(?:video|telefoon|kennismakings|sollicitatie|vervolg|online)?gesprek\w*|afspraak|intervju\w*"
    r"|görüşme\w*|mülakat\w*|rozmow\w+|spotkani\w+|onderhoud|reprogram\w+|remarca\w+"
    r"|annul\w+|iptal|disponibles?|à\s+la\s+place|nueva\s+fecha|nova\s+data|nouvelle\s+date|neuer\s+termin|nieuwe\s+datum"
    r"|new\s+(?:date|time)|(?:have|has|put|got)\s+you\s+down\s+(?:for|with)"
    r"|(?:I|we)(?:['’]ve|\s+have)\s+(?:grabbed|nabbed|snagged|reserved|held)\b"
    # "So that's this Wednesday (4th) at 4 pm IST": a day restated as settled
    r"|that['’]s\s+(?:this|next|on)\s+(?:mon|tues|wednes|thurs|fri)day|pencil(?:led|ed)?\s+you\s+in"
    # "great - tomorrow threeish then.": a time confirmed in a reply
    r"|(?<=\d|h|n|k)(?:ish|pm|am|\s?o['’]clock)?\s+then(?=\s*[.!]|\s*$)"
    + intl.INTERVIEW + r")\b"  # (the interview words of more languages)
    # Japanese, Chinese, Korean, Thai (no \b)
    r"|面接|面談|日時|日程|面试|面試|면접|일시|일정|변경\s*[전후]|สัมภาษณ์"
    r"|साक्षात्कार|इंटरव्यू"  # Hindi (its vowel signs are no \w: no \b)
    "|" + INTERVIEW_SCRIPTS,
    re.I,
)


def about_interview(*texts: str, names: tuple[str | None, ...] = ()) -> bool:
    """Is this about the user's own job interview (not a webinar, podcast, dentist or tips
    column, not a mock interview, not one she sits on the panel of)? An invitation that
    never says "interview" counts when it meets the user about her application ("thanks
    for applying for the X role ... a conversation with me")."""
    given = [t for t in texts if t]
    joined = "\n".join(given)
    named = (
        INTERVIEW.search(joined)
        or INTERVIEW_INTL.search(joined)
        or INTERVIEW_STAGE.search(joined)
        or (APPLICATION.search(joined) and MEET_YOU.search(joined))
    )
    if not named:
        return False
    # (subject, text): the words of the text alone come with the scan, for the job test
    head = len(given[0]) if len(given) == 2 else -1
    # (`names`: the employer and the role, whose words are no evidence: "Pohjoisranta Radio")
    bare = _without(joined, names) if any(n and n in joined for n in names) else joined
    words = _words(joined, head) if bare is joined else _words(bare)
    return not _weighed(joined, *words) and not not_mine(joined)


@lru_cache(maxsize=16)
def not_mine(text: str) -> bool:
    """The interview or process talked about belongs to someone else, or is practice.
    (Cached: about_interview and the job test ask about the same subject and text.)"""
    return bool(NOT_MINE.search(text))


def personal_invitation(text: str) -> bool:
    """A direct interview invitation to the user, so a List-Unsubscribe header (careers
    mailboxes send through marketing tools) does not make it bulk mail."""
    return bool(PERSONAL_INVITE.search(text)) and about_interview(text)


#: The mail says in so many words that she is not turned down: "I know that's not the news
#: you were hoping for, so I want to be clear: you are very much still in the running".
STILL_IN_RUNNING = rx.compile(r"\b(?:you\s+are|you['’]re)\s+(?:very\s+much\s+|definitely\s+)?"
                              r"still\s+in\s+the\s+running\b", re.I)


def cancels_rather_than_rejects(text: str) -> bool:
    """Every rejection-sounding phrase sits in a sentence that cancels the interview
    ("We regret to inform you that the interview below has been cancelled",
    "Unfortunately we have had to cancel ... the panel is no longer available"): the mail
    cancels a slot, it does not turn the candidate down."""
    from .text import units

    hits = list(REJECTION.finditer(text))
    if not hits:
        return False
    flat = " ".join(text.split())
    cancel_units = [
        u.text for u in units(text) if CANCEL.search(u.text) and not CONDITIONAL.search(u.text)
    ]
    if not cancel_units:
        return False
    for h in hits:
        phrase = " ".join(h.group(0).split())
        if not (any(phrase in u for u in cancel_units) or _ROLE_GONE.search(phrase)
                or _NOT_THE_ROLE.match(text, h.end())):
            return False
    return bool(flat)


#: The role itself went, not the candidate: "The position has now been filled, so we are
#: closing the requisition", said beside "we need to cancel your phone interview" (a
#: rejection phrase outside the cancelling sentence that still only explains it).
_ROLE_GONE = re.compile(r"\b(?:position|role|vacancy|job)\s+has\s+(?:now\s+)?been\s+filled\b", re.I)
#: What a "decided not to proceed" is about when it is the role, not the candidate: "…
#: with this appointment at this time and the position has been withdrawn".
_NOT_THE_ROLE = re.compile(r"\s+with\s+(?:this|the)\s+(?:appointment|position|role|vacancy"
                           r"|recruitment|hire|hiring|search)\b", re.I)
