"""Phrase evidence that a booked slot is called off or moved: "we have to cancel", "has
been postponed", "could we push it an hour later", "日程を変更", and the sentences that only
offer such a change ("if you need to reschedule", "Reschedule or cancel your booking:").

Split from classify.py, which keeps the evidence for the other kinds and re-exports these
three: the text path, the calendar path and the slot finder all ask `c.CANCEL`,
`c.RESCHEDULE` and `c.CONDITIONAL`.
"""

from __future__ import annotations

import re

from .. import rx
from . import kindwords_intl as intl

CANCEL = rx.compile(
    r"\b(?:(?:we|i)(?:'ve|’ve|\s+have)?\s+(?:(?:therefore|unfortunately|sadly|regrettably"
    r"|now|also|really)\s+)?(?:need|have|had|must|will\s+have|are\s+going)\s+to\s+cancel"
    r"|(?:dois|devons|devoir|obligés?\s+d')\s*(?:\w+\s+)?annuler|(?:a|ont)\s+été\s+annulée?s?"
    # "je vous écris pour annuler l'entrevue prévue le 16 mars"
    r"|\bannuler\s+(?:l['’]|notre\s+|votre\s+|la\s+|le\s+)(?:entrevue|entretien|rencontre|rendez-vous)"
    r"|est\s+annulée?\b|(?:tenemos|tengo)\s+que\s+(?:\w+\s+)?cancelar|ha\s+sido\s+cancelad[ao]"
    # "nos vemos obligados a anular la entrevista", "hemos tenido que anular"
    r"|(?:obligad[oa]s?\s+a|que|debemos|tenido\s+que|decidido)\s+(?:anular|cancelar)\s+(?:la|tu|su|nuestra)"
    r"|(?:müssen|muss)\s+(?:[\w:*/-]+\s+){0,9}absagen"
    r"|(?:we|i)(?:'re|’re|\s+are|\s+am|'m)\s+(?:sorry\s+to\s+be\s+)?cancel+ing"
    # "so tomorrow's interview with Sam Leung at 11am won't be going ahead"
    r"|interview\b[^.!?\n]{0,80}?\b(?:won['’]t|will\s+not)\s+be\s+going\s+ahead"
    # the candidate's own: "I … will not be attending the second interview on Tuesday",
    # "I'm sorry to cancel at short notice"
    r"|\bI\s+(?:will|'ll|’ll)\s+not\s+be\s+attending\s+(?:the|my|our)\s+(?:\w+\s+)?"
    r"(?:interview|call|meeting|conversation)"
    r"|\bI(?:'m|’m|\s+am)\s+(?:so\s+|very\s+|really\s+)?sorry\s+to\s+cancel\b"
    # "so I'm withdrawing from the process and need to cancel the final round on Thursday",
    # "I'd like to withdraw my application and cancel our interview this Friday"
    r"|\bwithdraw\w*\b[^.?!]{0,60}\band\s+(?:(?:will\s+)?(?:need|have)\s+to\s+)?cancel\s+"
    r"(?:the|my|our)\b"
    # her "I'd like to withdraw my application", "Please cancel my final-round interview"
    # ("so I am withdrawing my application for the technician role")
    r"|\bI(?:['’]d|\s+would)\s+like\s+to\s+withdraw\s+(?:my\s+(?:application|candidacy)"
    r"|from\s+the\s+(?:process|running|recruitment))"
    r"|\bI(?:['’]m|\s+am)\s+(?:now\s+|therefore\s+)?withdrawing\s+(?:my\s+(?:application|candidacy)"
    r"|from\s+the\s+(?:process|running|recruitment))"
    r"|\bplease\s+cancel\s+(?:my|our|the)\s+(?:[\w-]+\s+){0,2}(?:interview|call|meeting"
    r"|appointment|slot)\b"
    # "we've decided to cancel this session altogether"
    r"|(?:we|i)(?:'ve|’ve|\s+have)\s+(?:\w+\s+)?decided\s+to\s+cancel\b"
    r"|(?:we|i)(?:'re|’re|'m|’m|\s+are|\s+am)\s+going\s+to\s+(?:have\s+to\s+)?cancel\b"
    r"|(?:has|have|had)\s+(?:been|to\s+be)\s+(?:cancel+ed|called\s+off(?!-))"
    # "she's home sick and has to cancel your interview": the interviewer calls it off
    r"|(?<!\byou\s)\b(?:has|had)\s+to\s+cancel\s+(?:your|the|our|this|today['’]s|tomorrow['’]s)\b"
    r"|(?:has|have|had|'ve|’ve)\s+(?:just\s+)?cancel+ed\s+(?:all\s+(?:of\s+)?)?(?:the|your|our|this"
    r"|today's|tomorrow's)\b"
    r"|(?:is|was|are|stands?)\s+(?:now\s+)?(?:cancel+ed|called\s+off)|cancel+ation\s+of\s+your"
    # ("which means Wednesday's 2pm with Simone won't go ahead")
    r"|(?:interview|call|meeting|chat|session|\w+day['’]s|\d\s?[ap]m)\b[^.;]{0,60}?\s"
    r"(?:will\s+not|won't|can(?:not|'t))"
    r"\s+(?:now\s+)?"
    r"(?:go\s+ahead|take\s+place|happen)|(?:need|have|had|must)\s+to\s+call\s+off"
    r"|(?:unable|not\s+able)\s+to\s+(?:go\s+ahead\s+with|hold|keep)\s+(?:your|the|our)"
    r"\s+(?:\w+\s+)?(?:interview|call|meeting)" + intl.CANCEL + ")|" + intl.CANCEL_CJK,
    re.I,
)
#: Progress, not a moved slot: "move you forward (to the final round)", "move forward with
#: your application", "moved on to the next stage". Checked right after a move verb.
_STAGE = (
    r"(?:(?:the\s+)?(?:(?:video|phone|telephone|one-way|virtual|online|in-person|group)\s+)?(?:next|final|second|third|fourth|last|following|technical|tech|onsite"
    r"|on-site|panel|interview|assessment|hiring[- ]manager|case(?:\s+study)?)\s+(?:round|stage"
    r"|step|phase|interview)"
    # "your application has now moved to the clearance stage"
    r"|the\s+(?:[\w-]+\s+){1,2}(?:stage|phase)\b)"
)
_PROGRESS = (
    rf"\s+(?:you|your\s+(?:application|candidacy|profile|cv))\s+(?:forward|ahead|on|through"
    rf"|to\s+{_STAGE})\b"
    rf"|\s+(?:forward|ahead|on)\s+(?:with|in\s+the\s+process|to\s+{_STAGE})\b"
    rf"|\s+(?:quickly|fast|swiftly|at\s+pace|things\s+along)\b"
    rf"|\s+on\s+(?:this|it|that)\b(?!\s+(?:to|until|till)\b)"  # ("We want to move on this one")
    rf"|\s+to\s+{_STAGE}\b"
)
RESCHEDULE = rx.compile(
    rf"\b(?:(?<!/)re-?schedul\w+(?!\s*:|/)"
    rf"|(?<!n['’]t\s)(?<!\bnot\s)(?:need|have|had|like|want)\s+to\s+(?:move|push|shift|change"
    rf"|postpone)(?!{_PROGRESS})"
    # (not "Ministers want to move an additional 5% of freight": a quantity of something)
    rf"(?!\s+(?:an?\s+)?(?:additional|extra)\b)"
    # (not "we had to push some interviews back": other candidates' slots)
    rf"(?!\s+(?:some|a\s+few|several|other|a\s+couple\s+of|two|three)\s+(?:of\s+(?:the|our)\s+)?"
    rf"(?:other\s+)?interviews)"
    rf"|asked\s+(?:us\s+|me\s+)?to\s+(?:move|push|shift|postpone|change|re-?schedule)(?!{_PROGRESS})"
    rf"|(?<!nothing\selse\s)(?:has|have|had|'ve|’ve)\s+(?:therefore\s+|now\s+|just\s+|also\s+)?"
    rf"(?:been\s+)?(?:moved|postponed|pushed|shifted"
    rf"|changed)"
    rf"(?!{_PROGRESS})(?!\s+(?:its|their)\s)"  # ("the committee has pushed its meeting back")
    # ("they have just moved off their old warehouse": a move of something else)
    rf"(?!\s+(?:off|out|into|away|house|offices?|premises)\b)"
    rf"|(?:moving|shifting|pushing)\s+you\s+from\b"
    # a phone's "sorry gotta bump tmrw": the booked slot is off
    rf"|(?:gotta|got\s+to|need\s+to|have\s+to|had\s+to)\s+bump\b"
    # "any chance we can bump tmrw to thurs", "having to pull Tuesday's 10am"
    rf"|(?:can|could)\s+we\s+bump\b|\bwe\s+(?:can|could)\s+bump\b|(?:having|had|have|need)\s+to\s+pull\s+(?:\w+['’]s\s+|the\s+|our\s+|your\s+)"
    rf"|(?:moving|shifting|pushing|postponing|nudging)\s+(?:your|the|our)\s+(?:\w+\s+)?(?:interview"
    rf"|call|meeting|chat|conversation|start)\b"
    rf"|(?:moved|postponed|pushed\s+back|brought\s+forward)\s+to(?!\s+{_STAGE})"
    rf"(?!\s+(?:winter|summer|standard|daylight(?:[- ]saving)?)\s+time)"  # (the clocks)
    rf"|new\s+(?:time|date|slot)|updated\s+(?:time|invitation|invite)"
    # her move to the other time offered: "Could I please take the alternative slot you
    # mentioned instead - Thursday 10 June …?"
    rf"|(?:take|have|do|switch\s+to)\s+the\s+(?:alternative|other|second|later|earlier|backup)"
    rf"\s+(?:slot|time|date|option)\b[^.?!]{{0,80}}\binstead\b"
    # "he can't do your interview Thursday arvo anymore": the booked slot is off
    rf"|can(?:['’]?t|not)\s+(?:do|make)\s+(?:it|your|the|our|this|that)\b[^.?!\n]{{0,40}}"
    rf"\b(?:any\s?more|after\s+all)"
    rf"|(?:could|can|would|may|shall)\s+we\s+(?:please\s+)?(?:move|push|shift|change|postpone"
    rf"|bring\s+forward|slide|bump)(?!{_PROGRESS})"
    # "Any chance we could slide our chat back an hour?"
    rf"|\bwe\s+(?:could|can)\s+(?:slide|move|push|shift)\s+(?:it\b(?!{_PROGRESS})|(?:our|the|your"
    rf"|this)\s+(?:\w+\s+)?(?:chat|call|interview|meeting|conversation|session|time|slot)\b)"
    # "Would it be possible to move our interview by a day or two?"
    rf"|(?:possible|able)\s+to\s+(?:move|push|shift|postpone|bring\s+forward)\s+(?:it\b(?!{_PROGRESS})"
    # ("to move the 45-minute call to Thursday")
    rf"|(?:the|our|my|this)\s+(?:[\w-]+\s+)?(?:interview|call|meeting|chat|conversation|appointment"
    rf"|slot|session|round|panel|screen)\b)"
    # her "Would Friday 1 October at 10.30am work instead for the call?"
    rf"|\b(?:work|suit\s+(?:you|him|her|them))\s+instead\b"
    # "Tuesday at 4 works for us, so let's lock that in instead of Thursday"
    rf"|\binstead\s+of\s+(?:on\s+)?(?:this\s+|next\s+|the\s+)?(?:mon|tues|wednes|thurs|fri|satur"
    rf"|sun)day\b"
    # "Would 3pm on Thursday suit you instead of 1:30?": another hour of the same day
    rf"|\binstead\s+of\s+(?:the\s+)?\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:[ap]\.?m\.?)?(?![\w/-])"
    # "He's asked for Monday week instead"
    rf"|\basked\s+for\s+[^.?!]{{0,30}}?\binstead\b"
    # "He asked if we can push to ten past one Pacific instead"
    rf"|(?:we|I)\s+(?:can|could)\s+(?:push|move|shift)\s+(?:it\s+|this\s+)?to\b[^.?!]{{0,40}}"
    rf"\binstead\b"
    rf"|(?:could|can|would)\s+(?:you|I)\s+(?:do|make)\s+(?:it\s+)?(?:a\s+)?(?:later|earlier|another)"
    # "push it an hour later", "bring it forward by half an hour": the slot shifted
    rf"|(?:push|move|bring|shift|pull)\w*\s+(?:it|this|(?:the|our|your)\s+(?:interview|call|meeting"
    rf"|chat|conversation|session))\s+(?:back|forward|(?:by\s+)?(?:an?|one|two|half\s+an|\d{{1,3}})\s*"
    rf"(?:hours?|minutes?|mins?)\s+(?:later|earlier))"
    # "Can we do Friday same time instead?": another day offered in place of the booked one
    # ("Can we do tomorrow at 9 instead?")
    rf"|(?:could|can|shall)\s+we\s+(?:do|make\s+it|say)\b[^.?!\n]{{0,40}}\binstead"
    # "Let's do Wednesday 2 December, 15:00-16:00 CET instead"
    rf"|let['’]?s\s+(?:do|make\s+it|go\s+(?:for|with))\b[^.?!\n]{{0,60}}\binstead)\b"
    # "Could we start at 3:30 instead of 2:00?": another hour in place of the booked one
    rf"|(?:could|can|would|shall)\s+we\s+(?:start|begin|meet|talk|speak|do\s+it|make\s+it)\s+"
    rf"(?:at\s+)?\d{{1,2}}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?\s*)?(?:instead|rather\s+than)\b"
    # Hindi "नया समय" (the new time), "आगे खिसकाना पड़ेगा" (must push it on), "पुनर्निर्धारित"
    rf"|नया\s+समय|आगे\s+खिसका|पुनर्निर्धारित|समय\s+बदल"
    # the new time, or "we must change it": Bengali, Telugu, Punjabi, Gujarati, Kannada
    rf"|নতুন\s+সময়|নতুন\s+সম\u09df|కొత్త\s+సమయం|మార్చాల్సి|ਨਵਾਂ\s+ਸਮਾਂ|નવો\s+સમય|ಹೊಸ\s+ಸಮಯ"
    rf"|日程を?変更|変更後の日時|改期|時間異動|时间调整|時間調整|新的面[試试]時?[间間]"  # CJK
    rf"|时间已变更|時間已變更|已变更为|已變更為|变更通知|變更通知|新时间|新時間|新的面[試试]安排|需要?(?:调整|調整)|(?:调整|調整)为|일정\s*변경|일정을\s*변경"
    rf"|変更後|変更をお願い|変更させて|변경된\s*(?:면접\s*)?일정|일정이\s*변경|변경\s*전\s*[:：]"
    rf"|\b(?:spostar(?:e|lo|la)|spostamento|spostiamo|spostato|spostata|rinviare|reprogramar|verschieben|verlegen|remarcar"
    rf"|flytta|flyttar|flyttat|flyttad|omboka\w*|przełoż\w+|przenie\w+|przesun\w+|przesuną\w*"
    rf"|siirtämään|siirrämme|siirretty|siirretään|perkeliame|perkelt\w*|perkelsime"  # fi, lt
    rf"|reagendar|décaler|reporter"
    rf"|(?:déplac|report|décal|devanc)(?:é|ée|er)\s+(?:notre|votre|ton|ta|la|le|l['’])\s*"
    rf"(?:\w+\s+)?(?:entretien|entrevue|rencontre|rendez-vous|appel|rencontre)"
    rf"|(?:hemos|he|han)\s+(?:movido|cambiado|trasladado|pasado|reprogramado|aplazado)\s+"
    rf"(?:la|tu|su|nuestra)\s+(?:entrevista|reuni[óo]n|llamada|videollamada)"
    rf"|(?:remarcamos|reagendamos|remarcada|reagendada)"
    # "La pasamos para el miércoles 10 de marzo": we moved it to
    rf"|(?:la|lo)\s+(?:pasamos|movemos|movimos|cambiamos|reprogramamos|pas[ée]|mov[íi])\s+"
    rf"(?:al|para\s+el|a\s+la|para\s+la)\b"
    # Portuguese "propomos a seguinte nova data", Spanish "proponemos la siguiente nueva fecha"
    rf"|(?:propomos|proponemos|proposons)\s+(?:a\s+|la\s+)?(?:seguinte\s+|siguiente\s+)?"
    rf"(?:nova|nueva|nouvelle)\s+(?:data|fecha|date)"
    # "te propongo pasarla al martes 17": move it to
    rf"|(?:pasarla|moverla|cambiarla|trasladarla|retrasarla|adelantarla)\s+(?:al|a\s+la|para\s+el)\b"
    # her own "¿Sería posible pasar la entrevista al viernes 14?", "passar a entrevista para"
    rf"|(?:pasar|mover|cambiar|trasladar|passar|mudar|transferir)\s+(?:la|a|nuestra|nossa|mi|minha)\s+"
    rf"(?:entrevista|reuni[óoã]o?n?|llamada|videollamada|chamada|conversa)\s+(?:al|a\s+la|para)\b"
    # "La hemos pasado al lunes 8 de febrero": moved it to
    rf"|(?:la|lo)\s+(?:hemos|he|han)\s+(?:pasado|movido|cambiado|trasladado|reprogramado|aplazado)"
    rf"\s+(?:al|a\s+la|para\s+el)\b"
    # "movimos tu entrevista", "tenemos que mover tu entrevista técnica del jueves"
    rf"|(?:movimos|movemos|mover|cambiamos|reprogramamos)\s+(?:tu|su|la)\s+(?:entrevista|reuni[óo]n"
    rf"|llamada|videollamada)" + intl.RESCHEDULE
    + r")\b",  # Italian, Spanish, German, Portuguese, French
    re.I,
)
#: A sentence that offers a change or rules one out, rather than making it: "if you need
#: to reschedule", "Reschedule or cancel your booking:", "you won't need to move".
#: Her own question that proposes another day: "Would Wednesday 16 June at 10am work for the
#: panel instead?" (a move when she writes it; an employer's confirmation of her earlier
#: question is read by its own words, not as answering a move).
PROPOSES_INSTEAD = rx.compile(
    r"\b(?:would|could|does|can|might)\s(?=[^.?!]{0,40}\b(?:mon|tues|wednes|thurs|fri|satur"
    # ("… could do Wednesday, March 17 at 10:00 AM Eastern instead, same 45 minutes?")
    r"|sun)day\b)[^.?!]{0,80}\binstead(?=[^.?!]{0,40}\?)", re.I)
CONDITIONAL = rx.compile(
    r"^\s*(?:if|should|in\s+case|when(?:ever)?\s+you|please\s+let"
    # "Si por algún motivo no te acomoda el horario, ... lo reagendamos", "Falls ...", "Jeśli"
    r"|si|falls|wenn|indien|jeśli|jeżeli|hvis|jos|eğer"
    # Vietnamese, Romanian, Croatian, Hungarian, Greek, Russian, Ukrainian, Arabic, Hebrew
    r"|nếu|dacă|ako|ha|αν|εάν|если|якщо|إذا|اذا|إن|אם)\b"
    r"|^\s*(?:need|want|have)\s+to\s+[^.?!]*\?"
    # a link's bare label: "Need to change your time? Reschedule.", "Reschedule | Cancel"
    r"|^\s*(?:re-?schedule|cancel)(?:\s*(?:[|/·•]|or|and)\s*(?:re-?schedule|cancel))*\s*[.!]?\s*$"
    r"|\b(?:need|want)\s+to\s+(?:re-?schedule|cancel|change|move)\b[^.?!]{0,30}\?"
    r"|\byou\s+(?:can|may|could)\s+(?:always\s+|easily\s+|still\s+)?(?:re-?schedule|cancel"
    r"|change|move)\b|\bor\s+propose\s+a\s+new\s+(?:time|date)\b"
    r"|\bstatus\s+of\s+your\s+application\s+has\s+changed\b"
    # "se precisar remarcar", "si necesitas reprogramar", "falls Sie verschieben müssen"
    # ("Precisa remarcar? Use o link abaixo": a question offering it)
    r"|^\s*(?:precisa|necesitas?|necesita)\s+(?:remarcar|reagendar|reprogramar|cancelar)\b"
    r"|\b(?:se\s+precisar|caso\s+precise|si\s+necesit\w+|falls|se\s+dovess\w+|qualora"
    r"|si\s+vous\s+(?:devez|souhaitez))\b"
    r"|\bif\s+you\s+(?:need|have|want|would|must|are\s+unable)\b"
    r"|\b(?:re-?schedule|cancel|change)\s*(?:\bor\b|[|/·•])\s*(?:re-?schedule|cancel|change)\b"
    r"|^\s*(?:re-?schedule|cancel|change|manage)\b[^.?!]{0,40}(?::|\b(?:here|below|link))"
    r"|\b(?:to|you\s+can|you\s+may)\s+(?:re-?schedule|cancel)\b[^.?!]{0,30}"
    r"\b(?:use|click|visit|follow|link|here|below)\b"
    r"|\b(?:won't|will\s+not|don't|do\s+not|no)\s+(?:need|have)\s+to\s+(?:move|change)\b"
    # "Use the reschedule option in your portal": a button offered, not a move made
    r"|\b(?:re-?schedul\w*|cancel\w*)\s+(?:option|link|button|feature|page)\b"
    # "Reply to this email and our coordinator will help you find a new time": an offer
    r"|\bhelp\s+(?:you\s+)?(?:to\s+)?(?:find|pick|choose|arrange)\s+(?:a\s+)?(?:new|another"
    r"|different)\s+(?:time|slot|date)\b"
    # Chinese, Korean, Japanese "if you need to change the time": 如需调整时间, 일정 변경이
    # 필요하시면, 変更が必要な場合は
    r"|如需|如果需要|若需|필요하시면|필요하신\s*경우|필요한\s*경우|必要な場合|ご希望の場合"
    # "Termin verschieben oder absagen: https://…", "¿Necesitás reprogramar?"
    r"|\b(?:verschieben|umbuchen)\s+oder\s+absagen\b|\breprogramar\s+o\s+cancelar\b"
    r"|\bmodifier\s+ou\s+annuler\b|^\s*¿\s*(?:necesit\w+|quer\w+|precis\w+)\s+[^?]{0,40}\?"
    # "Need to change something? Use the link below and we'll find a new time": an offer
    r"|\b(?:we['’]ll|we\s+will|to)\s+find\s+(?:you\s+)?a\s+(?:new|another|different)\s+"
    r"(?:time|slot|date)\b(?![^.!?]{0,40}\b(?:instead|for\s+(?:your|the|our)\s+interview))",
    re.I,
)
