"""Which sentences of a mail promise a decision, and which only look as if they did.

Split from deadline.py, which reads the date out of the sentences these let through: a
decision word ("decide", "hear back", "Rückmeldung", "kết quả"), and none of the signs
that the date is not the employer's promise: her own answer to give, a meeting to
rearrange, a hope given up, a date counted from the end of the interviews.
"""

from __future__ import annotations

import re

from .. import rx

TRIGGER = rx.compile(
    r"\b(?:decisions?|decide|deciding|hear\s+(?:back\s+)?from\s+(?:us|me|them)"
    r"|hear\s+(?:something|anything|more|back)"
    r"|(?:get|getting)\s+back\s+to\s+(?:you|all|every(?:one|body)?|each)"
    # "We expect to call everyone, either way, by Wednesday"
    r"|(?:call|phone|ring)\s+(?:every(?:one|body)|all\s+(?:the\s+)?(?:candidates|applicants))"
    r"|be\s+in\s+touch|let\s+you\s+know|update\s+you|(?:give|send)\s+you\s+(?:an?\s+)?update"
    # an agency relays the client's word: "he'll have a firm yes or no for us by …"
    r"|yes\s+or\s+no\s+for\s+(?:us|you)"
    r"|come\s+back\s+to\s+(?:you|everyone|all|each)"
    # an agency relays its client's promise: "they'll come back to us by Wednesday"
    r"|(?:they|she|he)(?:['’]ll|\s+will|\s+should)\s+come\s+back\s+to\s+(?:us|me)\b"
    # (not "will call you today to explain next steps": a call, not a decision)
    r"|have\s+an\s+update\s+for\s+you|revert|outcomes?|feedback|respond\s+to\s+you"
    r"|(?<!explain\s)(?<!explain\sthe\s)(?<!discuss\s)(?<!discuss\sthe\s)(?<!through\s)"
    r"(?<!through\sthe\s)next\s+steps?"
    r"|reach\s+out\s+to\s+you|(?:contact|notify|inform)\s+(?:you|all|every|each)|in\s+touch|answer|respond|reply\s+to\s+(?:you|every"
    r"|all|each)|hear\s+back|news\s+(?:for|from)|final\s+(?:say|word)|verdict|results?"
    r"|conclude|finali[sz]e|complete\s+the\s+process|offers\s+out"
    r"|wrap\s+up\s+(?:the\s+|our\s+)?(?:whole\s+|hiring\s+|recruitment\s+)?process|(?:make|have|get)\s+(?:an?|the|our)\s+offer"
    r"|(?:make|making)\s+(?:a|the|our|their)\s+(?:final\s+)?call(?!\s+(?:to|with|for)\b)"
    # ("The selecting official anticipates making a tentative selection by April 30")
    r"|(?:make|making)\s+(?:a|the|our|their|its)\s+(?:tentative\s+|final\s+)?(?:selection|choice)"
    # "she'll confirm the shortlist by Friday 19th March"
    r"|confirm\s+(?:the|her|his|their|our|its)\s+(?:final\s+)?shortlist"
    # "We will confirm the second-round date and time with you by Friday, 22 January"
    r"|(?:we|I)(?:\s+will|['’]ll)\s+confirm\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:date|time|slot)s?\b"
    # "successful candidates will be contacted on or before Friday, 21st May"
    r"|(?:will|shall)\s+be\s+(?:contacted|notified|informed|advised)"
    # French, Spanish, Portuguese, German, Dutch
    r"|d[ée]cision|communiquer\s+avec|vous\s+(?:re)?contacter"
    # (not "Je me permets de revenir vers vous concernant …": a follow-up, now)
    r"|(?<!permets\sde\s)revenir\s+vers\s+vous(?!\s+(?:si|aussi|un\s+peu)\s+tard"
    r"|\s+avec\s+(?:du\s+)?retard|\s+(?:concernant|au\s+sujet|à\s+propos))"
    r"|deliberat\w*"
    r"|nos\s+pondremos\s+en\s+contacto|decisi[óo]n|decis[ãa]o|retorno|entraremos\s+em\s+contato"
    r"|entscheidung|entscheid\w*|rückmeldung|melden\s+(?:uns|wir\s+uns)"
    r"|hören\b[^.]{0,60}\bvon\s+uns|von\s+uns\s+hören|beslissing|laten\s+we\s+(?:u|je)"
    r"|riscontro|decisione|esito|faremo\s+sapere|concluir\s+o\s+processo|concluire\s+il\s+processo"
    r"|(?:faire|ferons|fera)\s+un\s+retour|be\s+back\s+to\s+you"
    # "The office closes on Thursday evening, so it'll be by then at the latest"
    r"|(?:it['’]ll|it\s+will)\s+be\s+by\s+then\s+at\s+the\s+latest"
    r"|(?:te|le|les)\s+(?:lo\s+)?(?:decimos|diremos|avisaremos|comunicaremos|confirmaremos)\b"
    # "les résultats de l'examen vous seront communiqués au plus tard le vendredi 11 décembre"
    r"|r[ée]sultats?\s+(?:[\w'’]+\s+){0,3}seront\s+communiqu[ée]s"
    r"|respuesta|resposta|risposta|r[ée]ponse|reviendrons(?!\s+à\s+l['’]heure)|Bescheid|Antwort|antwoord"
    # Norwegian "gi deg et endelig svar", Danish "give dig et svar", Swedish "ge dig ett svar"
    r"|(?:gi|give|ge)\s+(?:deg|dig|alle(?:\s+\w+)?)\s+(?:et|ett)\s+(?:\w+\s+)?svar|(?:give|gi|ge)\s+svar"
    r"|uitsluitsel|besked|beslut\w*|beslutning\w*|tilbakemelding|tilbagemelding|återkoppling|återkommer|odpowied\w+|decyzj\w+|dönüş\w*|karar\w*"
    r"|otsus\w*|vastus\w*|\w*päätö[sk]\w*|ákvörð\w*|döntés\w*|odluk\w*|odločit\w*|निर्णय|फ़ैसला|फैसला|rozhodnut\w*|decizi\w*|răspuns\w*|výsled\w*"
    r"|eredmény\w*|tájékoztat\w*|informuosime|pranešime"  # (Lithuanian "we will inform")
    r"|poinformujemy|odezw\w+\s+się|wynik\w*"  # Polish: "we will inform you", results
    r"|lēmum\w*|απόφασ\w*|θα\s+επικοινωνήσουμε"  # Latvian, Greek: decision, we'll contact
    # Russian, Ukrainian (not "відповідатиме", will correspond to)
    r"|ответ\w*|решени\w*|сообщим|відповід(?:ь|і|імо)\b|відповімо|рішенн\w*|повідомимо"
    r"|hasil\w*|kabar\w*|infokan|informasikan|menghubungi"  # Indonesian, Malay
    r"|kết\s+quả"  # Vietnamese: the result
    r"|te\s+laten\s+weten|laten\s+(?:we\s+)?(?:je|u)\s+weten|besluit|knoop\s+door"
    # "laten wij u uiterlijk op vrijdag 2 april weten": we will let you know by
    r"|laten\s+(?:(?:we|wij)\s+)?(?:je|u)\s+(?:[\w.]+\s+){1,8}weten"
    r"|laat\s+ik\s+(?:je|u)\s+weten|hoort?\s+(?:je|u)\s+(?:\w+\s+){0,4}van\s+(?:me|mij|ons)"
    r"|(?:je|u)\s+hoort\s+(?:\w+\s+){0,6}van\s+(?:me|mij|ons)"
    r"|let(?:ting)?\s+(?:every(?:one|body)|all\s+(?:candidates|of\s+you))\s+know"
    # "aiming to let every finalist know where things stand by the end of the month"
    r"|let(?:ting)?\s+(?:every|each|all)\s+(?:\w+\s+){0,2}know|know\s+where\s+(?:things|you|we)\s+stand"
    r")\b|結果|合否|结果|결과|합격자\s*발표"
    # Japanese "…までにメールにてご連絡いたします": we will let you know (not "ご連絡ください")
    r"|ご連絡(?:いた|致)します|ご連絡差し上げます|お知らせ(?:いた|致)?します"
    r"|[给給][你您][^。\n]{0,8}(?:答复|答覆|回复|回覆)"  # ("在两周内给你明确答复": we answer you)
    r"|แจ้งผล|ผลการ(?:สัมภาษณ์|คัดเลือก|พิจารณา)"  # Thai: announce the result
    r"|תשובה|החלטה|נחזור\s+אלי|נעדכן"  # Hebrew: answer, decision, we'll come back to you
    r"|(?:بال|ال)?قرار|(?:س)?نوافيكم|(?:س)?نبلغكم"  # Arabic: the decision, we will inform you
    r"|გადაწყვეტილებ|შეგატყობინებთ"  # Georgian: the decision, we will let you know
    r"|\bnatija\w*|\bqaror\w*"  # Uzbek: the result, the decision
    r"|fakahā\s+atu\s+[ʻ']?a\s+e\s+ola"  # Tongan: we will tell you the result
    # the decision: Bengali, Punjabi, Gujarati, Telugu, Kannada, Malayalam
    r"|সিদ্ধান্ত|ਫ਼ੈਸਲਾ|ਫੈਸਲਾ|નિર્ણય|నిర్ణయం|ನಿರ್ಧಾರ|തീരുമാനം",
    re.I,
)
#: News given in the mail itself: "We're writing to let you know that … your assessment day
#: has had to move" (no promise of a later answer).
INFORMING = rx.compile(
    r"\b(?:writing(?:\s+today)?|wanted|want|email(?:ing)?|a\s+(?:quick\s+)?note|just)\s+to\s+let"
    r"\s+you\s+know(?:\s+that)?\b",
    re.I,
)
#: An answer counted from a step she takes herself: "the outcome within 10 working days of
#: your completion" (no date until she completes it).
AFTER_HER_STEP = rx.compile(
    r"\bwithin\s+\S+\s+(?:(?:business|working|calendar)\s+)?(?:days?|weeks?)\s+(?:of|after|from)"
    r"\s+(?:your|the)\s+(?:completion|completing|submission|submitting|finishing)\b"
    r"|\b(?:once|after)\s+you\s+(?:have\s+)?(?:complete|completed|submit|submitted|finish|finished)\b",
    re.I,
)


#: A date that belongs to someone else: the candidate's own task (complete the video by,
#: submit by, reply by), a visa office, a publication, a landlord, applications closing.
NOT_EMPLOYER = rx.compile(
    r"\b(?:please\s+(?:complete|submit|record|return|send|reply|respond|confirm|revert|let\s+us\s+know)"
    # Indian English: "Request you to revert by tomorrow EOD", "Kindly confirm by Friday"
    r"|(?:kindly|request(?:ing)?\s+you\s+to)\s+(?:revert|reply|respond|confirm|share|send"
    r"|let\s+(?:us|me)\s+know)"
    # "It would help us a lot to hear back by end of day Tuesday": her answer
    r"|(?:help\s+us|we['’]d\s+(?:like|love)|we\s+need)\s+(?:a\s+lot\s+)?to\s+hear\s+back"
    r"|you\s+(?:have|'ve\s+got|will\s+have)\s+(?:until|\d+|one|two|three|a\s+few)"
    r"|(?:must|need\s+to|should)\s+(?:be\s+)?(?:complete|completed|submit|submitted|record"
    r"|recorded|returned)|deadline\s+(?:to|for)\s+(?:complete|submit|record|respond|accept)"
    r"|(?:complete|record|submit)\s+(?:it|them|the|your)\b[^.]{0,60}\b(?:by|before|within)"
    r"|visa|embassy|consulate|permit|publish\w*|publication|go(?:es)?\s+live|landlord"
    r"|applications?\s+close|closing\s+date|scorecard"
    # a survey about the process: its closing date is the candidate's, not a decision
    r"|survey|questionnaire"
    # the candidate's answer to an offer, and questions answered on a call
    r"|let\s+(?:us|me)\s+know\s+your\s+(?:decision|answer|response)"
    # "They'd like an answer by 12 noon on Wednesday": hers, relayed by the agency
    # (not "I'd like a decision by the end of the month": a hiring manager's own)
    r"|(?:they|we|I)(?:['’]d|\s+would)\s+(?:like|love|need)\s+(?:an?\s+(?:answer|response|reply)"
    r"|your\s+(?:answer|decision|response|reply))\b"
    r"|your\s+(?:decision|answer|acceptance|response|signature)\s+(?:by|before|no\s+later)"
    r"|answer\s+(?:any|your|all)\s+(?:of\s+your\s+|other\s+)?questions"
    # the candidate's answer in other languages: "Agradeceremos su respuesta a más tardar
    # el viernes", "merci de nous faire parvenir votre réponse", "Ihre Rückmeldung bis"
    r"|(?:su|tu|sua|tua|vostra|votre|ta|Ihre|deine|uw|je|din|ditt)\s+(?:respuesta|resposta"
    r"|risposta|réponse|rückmeldung|antwort|antwoord|reactie|confirmaci[óo]n|confirma[çc][ãa]o"
    r"|conferma|confirmation|bestätigung|bevestiging|svar|bekräftelse|decisi[óo]n|decis[ãa]o"
    r"|décision|entscheidung|beslissing|decisione)"
    # her silence, after which they will call: "Sans réponse de votre part d'ici jeudi, nous
    # prendrons contact", "if we haven't heard from you by Thursday", "nichts von Ihnen hören"
    r"|sans\s+(?:nouvelles?|réponse|retour)\s+de\s+(?:votre|ta)\s+part"
    r"|if\s+(?:we|I)\s+(?:don['’]t|do\s+not|haven['’]t|have\s+not)\s+(?:yet\s+)?hear[d]?\s+"
    r"(?:back\s+)?from\s+you|nichts\s+von\s+(?:Ihnen|dir)\s+hören"
    r"|(?:sin|si\s+no\s+tenemos)\s+noticias\s+(?:suyas|tuyas)|niets\s+van\s+(?:je|u)\s+horen"
    # Romanian puts the possessive after: "să ne comunicați decizia dumneavoastră până vineri"
    r"|(?:decizia|răspunsul|confirmarea)\s+(?:dumneavoastră|ta)"
    # "Vă rugăm să ne confirmați prezența … până marți": her confirmation
    r"|confirmați\s+(?:prezența|participarea)"
    # Polish "Prosimy o nagranie odpowiedzi do poniedziałku": we ask you to record by
    r"|prosimy\s+o\s+(?:nagranie|przesłanie|wypełnienie|potwierdzenie|odpowied\w+)"
    # Estonian "Palun salvestage oma vastused hiljemalt reedel": please record your answers
    r"|salvestage|esitage|täitke|oma\s+vastused"
    # Ukrainian, Russian "повідомте про своє рішення до": her answer
    r"|(?:своє|ваше|своё)\s+(?:рішення|решение)"
    # "підтвердіть участь відповіддю … до 25 березня": her confirmation, as "please confirm"
    r"|підтвердіть|підтвердьте|подтвердите|подтвердить"
    # "Agradecemos que confirme a sua presença até ao dia 5 de Novembro"
    r"|(?:confirme|confirmar|confirmes|confirmez)\s+(?:a\s+)?(?:sua|su|tu|votre|ta)\s+"
    r"(?:presença|asistencia|présence|participa\w+))\b"
    r"|설문|アンケート|问卷|調査",  # (no word boundaries in CJK text)
    re.I,
)


#: The same in a sentence whose commas split it: "wenn Sie uns bis Freitag, 22. Januar 2027,
#: Bescheid geben könnten" (the candidate's word to give).
HERS_TO_GIVE = re.compile(
    r"\b(?:Sie|du)\s+(?:uns|mir)\b(?:[^.]|(?<=\d)\.){0,60}\b(?:Bescheid|Rückmeldung)\s+geben\b"
    # "geben Sie mir bitte bis Mittwoch Bescheid"
    r"|\b[Gg]eben\s+Sie\s+(?:uns|mir)\b(?:[^.]|(?<=\d)\.){0,60}\b(?:Bescheid|Rückmeldung)\b")


#: "next week … that week": the second names the first.
NEXT_WEEK_THEN = re.compile(r"\bnext\s+week\b.*?\b(?P<that>that)\s+week\b", re.I | re.S)
#: "… that meeting is scheduled for Wednesday, 9th June. I will get back to you with the
#: outcome the day after": the day after the meeting the sentence before named.
DECIDING_MEETING = re.compile(r"\b(?:meeting|meets|committee|calibration|debrief|board|panel)\b",
                              re.I)
DAY_AFTER = re.compile(r"\b(?:the|on\s+the)\s+(?:day|morning)\s+after(?=\s*[.!,;]|\s*$)"
                       r"|\bthe\s+(?:following|next)\s+day(?=\s*[.!,;]|\s*$)", re.I)
#: "it'll be by then at the latest": "then" is a day the sentence named before.
BY_THEN = re.compile(r"\bby\s+then\b", re.I)
#: A hope given up: "We had genuinely hoped to get a decision to you by the 18th".
HAD_HOPED = re.compile(r"\b(?:had|'d)\s+(?:\w+\s+)?(?:hoped|planned|intended|expected|wanted)\b",
                        re.I)
#: The date when interviews end, the answer to come "shortly after": "We expect to wrap up
#: interviews by the end of next week and will be in touch shortly after" states no date
#: for the answer itself.
AFTER_INTERVIEWS_END = re.compile(
    r"\b(?:wrap(?:ping)?\s+up|finish(?:ing)?|complet(?:e|ing)|conclud(?:e|ing))\s+(?:the\s+|our\s+"
    r"|all\s+)?(?:interviews|interviewing)\b[^.!?]*\b(?:shortly|soon|some\s+time)\s+after", re.I)


#: Rearranging a cancelled interview: "I'll be in touch on Monday with some new times", "to
#: rebook". Not a decision date, unless the mail commits to one ("we will contact you by the
#: end of February with a new date": a date to follow up after).
REARRANGE = rx.compile(
    r"\b(?:new\s+(?:date|dates|time|times|slot|slots|options?)|re-?book\w*|re-?arrange\w*|find\s+(?:a|another)"
    # ("… your interview, earlier scheduled for Thursday, has been rescheduled as follows")
    r"\s+(?:time|slot|date)|re-?schedul\w*)\b"
    # Japanese "改めて日程を調整のうえ、来週中に候補日をご連絡いたします": new dates, no decision
    r"|候補日|日程(?:を|の)?(?:再)?調整|再調整", re.I)
#: "He really does want to meet you so he'll get in touch himself once he's back on his
#: feet, probably sometime next week": the meeting called off, to be booked again.
MEET_AGAIN = re.compile(r"\b(?:want|wants|keen)\s+to\s+meet\s+you\b[^.]{0,60}\b(?:get\s+in"
                        r"\s+touch|be\s+in\s+touch|reach\s+out)\b", re.I)
BY = re.compile(r"\b(?:by|before|no\s+later\s+than)\s+(?:the\s+)?\w", re.I)


#: Thanks for the reader's answer: "thanks for the quick reply", "grazie mille per la risposta
#: super veloce", "merci pour ta réponse" (the answer word there is hers, not a promise).
THANKED = rx.compile(
    r"\b(?:thanks?|thank\s+you|grazie|merci|gracias|obrigad[oa]|danke|bedankt)(?:\s+[\w']+){0,2}?\s+"
    r"(?:for|per|pour|por|für|voor)\s+(?:[\w']+\s+){0,3}?(?:reply|response|answer|risposta"
    r"|réponse|respuesta|resposta|antwort|antwoord|riscontro|retour|retorno)\b",
    re.I,
)
