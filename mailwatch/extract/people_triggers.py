"""The words that introduce the people the candidate will meet, in many languages: "you'll
be speaking with", "interviewed by", "the panel will be", "vous rencontrerez", "Ihre
Gesprächspartner sind", "estarán presentes", "Utakutana na", "Razgovor će voditi".

Split from people.py, which reads the names after them: this is one long alternation that
grows with every language the corpus brings, while the name grammar stays put.
"""

from __future__ import annotations

from .. import rx

#: A phrase right before the names of the people who will interview the candidate.
TRIGGER = rx.compile(
    r"(?i:\b(?:(?:speak|speaking|talk|talking|chat|chatting|meet|meeting|interview|interviews"
    r"|call|conversation|discussion|session|catch[- ]up|sit\s+down|appointment|onsite|on-site"
    r"|pair|pairing|walk-?through|deep[- ]dive"
    r"|loop|round|screen)\s+(?:with|w/)"
    r"(?:\s+me\s+(?:and|\+))?"
    r"|you(?:'ll|’ll|\s+will|\s+would|'d|’d)\s+(?:also\s+|still\s+)?(?:be\s+)?(?:meet(?:ing)?(?:\s+with)?"
    r"|speak(?:ing)?\s+(?:to|with)|interviewed\s+by|talk(?:ing)?\s+(?:to|with))"
    # ("You'll be assessed by A B (Head of …), C D …", "Observed by A B (Head of Science)")
    # a programme's row: "11:15  Formal interview – A B (Headteacher), C D and E F"
    r"|(?<=\d[:.]\d\d)\s+(?:formal|panel|final|competency)\s+interview\s*[-–—:](?=\s)"
    r"|(?:interviewed|assessed|observed)\s+by|interviewers?(?:\(s\))?\s*(?:will\s+be|is|are|:|[-–—](?=\s))"
    r"|(?:assessors?|examiners?)(?:\s+(?:on|for)\s+the\s+day)?\s*(?:will\s+be|are|is|:)"
    r"|(?:taken|run|hosted)\s+by"
    r"|will\s+be\s+(?:held\s+)?with|(?:love|like|want)\s+(?:you\s+)?to\s+meet(?:\s+with)?"
    r"|panel\b(?![^.:(¶]{0,30}\bmyself\b)(?:\s+(?-i:[a-z])[\w-]*){0,4}\s*\(|panel(?:\s+will)?\s+(?:consists?\s+of|includes?|comprises?"
    r"|be\s+made\s+up\s+of)"
    r"|panel\s*(?:will\s+be|is|are|:)|joined\s+by|led\s+by|chaired\s+by"
    r"|(?:your|the)\s+(?:oral\s+|interview\s+|selection\s+)?board\s*(?:will\s+be|is|:)"
    # Afrikaans "Die paneel sal bestaan uit:"; "on our side" in Polish, English, German
    r"|paneel\s+(?:sal\s+)?(?:bestaan\s+uit|is|:)|po\s+naszej\s+stronie"
    # ("From our side will be present the head of QA department A B and Mr. C")
    r"|(?:on|from)\s+our\s+side\s*(?:will\s+be(?:\s+present)?|:)|unsererseits\s+(?:sind|nehmen)"
    # "conducted via Microsoft Teams by Mr. A B"
    r"|conducted(?:\s+(?:via|over|on|through|in)(?:\s+[\w-]+){1,3}?)?\s+by"
    # "I've also asked A B, who leads inventory at our centre, to sit in"
    r"|(?:asked|invited)(?=\s+(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])[^.]{0,120}?\bto\s+(?:also\s+)?"
    r"(?:sit\s+in|join)\b)"
    # "You will walk A B (Lead Data Engineer) and C D through your solution"
    r"|\b(?:will|['’]ll)\s+walk(?=\s+(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])[^.]{0,120}?\bthrough\b)"
    r"|(?:interview|call|chat|meeting)\s+(?:is|will\s+be|would\s+be)\s+with"
    r"|present\w*\s+(?:[\w-]+\s+){0,3}to"
    # a panel listed after a colon, the writer first: "a panel interview: me, Raj Menon (…)"
    r"|(?:panel|interview|call|chat|meeting)\s*:\s*me\s*,"
    r"|with\s+me\s+and|myself\s+and|(?:ikzelf|mijzelf)\s+en|med\s+meg\s+og|med\s+mig\s+(?:og|och)"
    r"|\bmig\s+og(?=\s+(?-i:[A-ZÆØÅ]))"  # (Danish "Til samtalen er det mig og A B")
    r"|(?:ci\s+)?saremo\s+io\s+e|ci\s+sar[òo]\s+io\s+con|(?:estaremos|seremos)\s+(?:yo\s+y|eu\s+e)"
    r"|(?:il\s+y\s+aura|nous\s+serons)\s+moi(?:-même)?\s+et"
    r"|joining\s+(?:me|us)\s+(?:will\s+be|are|is)"  # "Joining me will be A B, our Head of QA"
    # German "Seitens X nehmen unser Teamleiter Backend, DI A B, sowie ich selbst teil"
    # Swedish "Med är fortfarande jag och vår designchef A B": the title in lower case
    r"|jag(?:\s+själv)?(?:\s*\([^)]{0,60}\))?\s+och(?:\s+(?-i:[a-zåäö])[\w-]*){0,3}?"
    r"(?=\s+(?-i:[A-ZÅÄÖ]))"  # ("jag själv (Linnea, teamlead) och Oskar Bergqvist")
    r"|\bmimi\s+pamoja\s+na"  # Swahili "yataongozwa na mimi pamoja na Bw. A B" (me and Mr A B)
    # Lithuanian "Dalyvaus: aš ir mūsų duomenų platformos vadovas A B" (I and our head of …)
    r"|\baš\s+ir(?:\s+(?-i:[a-ząčęėįšųūž])[\w-]*){0,5}?(?=\s+(?-i:[A-ZĄČĘĖĮŠŲŪŽ]))"
    # Czech and Slovak "zúčastní se ho vedoucí vývoje Ing. A B a já"
    r"|zúčastní\s+s[ea](?:\s+(?:ho|jej|jí|ich))?(?:\s+(?-i:[a-zà-ž])[\w-]*){0,3}?"
    r"(?=\s+(?-i:[A-ZÀ-Ž]))"  # (a lower-case title before the name: "vedoucí vývoje")
    # Czech "připojí se i kolegyně A B z týmu architektury", "Pohovor povede pan A B"
    r"|připojí\s+se(?:\s+(?:i|také|ještě))?(?:\s+(?:kolega|kolegyně|náš|naše|naši))?"
    r"|pohovor\s+(?:povede|povedou)(?:\s+(?:opět|také))?(?:\s+(?:pan|paní))?"
    # Spanish "En la entrevista estarán A B (líder técnico) y C D"
    r"|en\s+la\s+(?:entrevista|reuni[óo]n|llamada|videollamada)\s+(?:estar[áa]n|participar[áa]n)"
    r"(?:\s+presentes)?"
    # Portuguese "Do nosso lado estarão presentes a A B, CTO, e o C D"
    r"|(?:do\s+nosso\s+lado\s+)?estar[ãa]o\s+presentes(?:\s+(?:a|o|os|as))?"
    # Polish "Dołączy też A B z zespołu BI", "W rozmowie weźmie udział A B"
    r"|dołącz[ąy](?:\s+(?:też|również|także|do\s+nas))?|weźm(?:ie|ą)\s+udział"
    # Slovenian "Razgovor bo vodil g. A B, vodja razvoja"
    r"|(?:razgovor|intervju)\s+bo\s+vodil[ai]?"
    r"|(?:mit\s+)?dabei\s+(?:sind|ist|sein\s+werden)(?:\s+(?:wie\s+besprochen|au(?:ß|ss)erdem"
    r"|auch|noch))?"
    r"|(?:nehmen|nimmt)(?:\s+seitens\s+\w+(?:\s+\w+)?)?(?=\s(?:[^.]|\.(?=\s*[A-Z]\w+\s+[A-Z])){0,120}\steil\b)"
    # Swedish "Med på intervjun är A B (teknisk chef) och jag"
    r"|med\s+på\s+(?:intervjun|samtalet|mötet)\s+(?:är|blir)"
    r"|(?:it|this)(?:'ll|’ll|\s+will)\s+(?:still\s+|just\s+|only\s+)?be(?:\s+with)?"
    r"(?=\s+(?:me\s+(?:and|plus|&)\s+|myself\s+and\s+)?[A-Z])"
    r"|committee(?:\s+members)?\s*(?:will\s+be|is|are|:)"
    r"|vous\s+(?:y\s+)?(?:rencontrerez|allez\s+rencontrer|verrez|échangerez\s+avec)"
    r"(?:\s+(?:également|aussi))?"
    r"|tu\s+(?:vas\s+rencontrer|rencontreras|vas\s+parler\s+avec|parleras\s+avec)"
    r"(?:\s+(?:également|aussi))?"
    r"|gesprächspartner(?:in|innen|\*innen)?\s+(?:sind|ist|werden\s+sein)"
    r"|(?:te\s+reunirás\s+con|conocerás\s+a|(?:hablar|platicar|conversar|charlar)[áa]s\s+con"
    r"|te\s+entrevistar[áa]n|você\s+vai\s+conhecer"
    r"|estar[áa]s\s+con|vas\s+a\s+(?:estar|hablar|conocer|conversar|charlar|platicar|reunirte)\s+(?:con|a))"
    r"|(?:conversar|falar|entrevista|reuni[ãa]o)(?:\s+t[ée]cnica)?\s+com(?:\s+(?:o|a|os|as))?"
    r"|(?:hablar|entrevista|reuni[óo]n|charlar)(?:\s+t[ée]cnica)?\s+con(?:\s+(?:el|la))?"
    r"|followed\s+by|me\s+(?:and|&|\+)(?=\s+[A-Z])|saranno\s+presenti|sarà\s+presente"
    # Italian "La incontreranno l'Ing. A B, …, e la Dott.ssa C D"
    r"|(?:la|ti|vi|le)\s+incontrer(?:anno|à)(?:\s+(?:l['’]|il\s+|la\s+))?"
    # "I'm adding Arjun Pillai from the infra team too", "we'll loop in A B"
    r"|(?:I['’]m|I\s+am|I['’]ll|I\s+will|we['’]re|we['’]ll)\s+(?:also\s+)?(?:adding|add"
    r"|bringing(?:\s+in)?|bring(?:\s+in)?|looping\s+in|loop\s+in)"
    r"|(?:love|like)\s+for\s+you\s+to\s+meet|(?:serez|sera|seras)\s+reçue?s?\s+par"
    # "then we'll sit down in the committee room with A B, our Vice-Captain"
    r"|sit\s+down\s+(?:[^.,;]{0,40}?\s)?with(?=\s+[A-Z])"
    # German "Seitens der X nehmen Dr. A B (…) und ich teil"
    r"|(?-i:nehmen)(?=\s+(?:Dr\.?\s+|Frau\s+|Herr\s+)?[A-ZÄÖÜ][^.]{0,120}\bteil\b)"
    # German "Mein Kollege A B aus dem Firmware-Team ist auch dabei"
    r"|(?-i:[Mm]ein(?:e)?\s+Kolleg(?:e|in))(?=\s+[A-ZÄÖÜ][^.]{0,80}\b(?:ist|sind)\s+(?:auch\s+)?dabei)"
    # Swedish "där du träffar mig och A B", "du kommer att träffa A B"
    r"|träffa(?:r)?(?:\s+(?:mig|oss)\s+och)?(?=\s+[A-ZÅÄÖ])"
    # "I've cc'd A B, our design lead, who'll be interviewing alongside me"
    r"|(?:I['’]ve|I\s+have)\s+(?:cc['’]?d|copied\s+in|looped\s+in)(?=\s+[A-Z][^.]{0,80}\bwho"
    r"(?:['’]ll|\s+will)\s+(?:be\s+)?(?:interview|join|sit))"
    r"|wezmą\s+(?:w\s+(?:niej|nim)\s+)?udział|participar[ãa]o(?:\s+d[ae]\s+(?:conversa|entrevista))?"
    r"|participar(?:emos|[áa]n?)(?:\s+(?:en\s+(?:la\s+)?(?:entrevista|reuni[óo]n)))?"
    r"|(?:two|three)\s+of\s+us\s+\(|(?:interview|call|chat|meeting|screen)\s+between"
    # "una primera entrevista contigo por videollamada, de unos 45 minutos, con Javier Ortega"
    # (German "Das Gespräch dauert ca. 45 Minuten und findet mit Herrn A B statt"; Dutch
    # "een gesprek van een uur met mij en A B")
    r"|(?:entrevista|colloquio|conversa|(?:sollicitatie|kennismakings|vervolg|video|telefoon)?gesprek"
    r"|(?:video)?llamada|(?:video)?chamada|(?:vorstellungs|bewerbungs|kennenlern|telefon|video)?gespräch"
    r"|videochiamata|(?:video)?samtal(?:e|et|en)?|intervju|charla|ejercicio|sesi[óo]n|exerc[íi]cio)\b(?:[^.;:!?]|(?<=\d)[:.](?=\d)"
    r"|(?<=\bca)\.|(?<=\bcirka)\.|(?<=\bapprox)\.){0,90}?"
    r"\s(?:con|com|met|med|amb|mit)(?:\s+(?:el|la|o|a|en|na))?"
    # ("uma conversa sua com a gestora da área, a Luíza Drummond": her title, then her)
    r"(?:(?:\s+(?-i:[a-zà-ÿ])[\w-]*){1,4},\s+(?:el|la|o|a))?"
    r"(?:\s+(?:mij|mir|mig)\s+(?:en|und|och|og))?"
    r"(?=\s+[A-ZÁÉÍÓÚÀ-Þ])"
    r"|(?:entretien|échange|rencontre|rencontrer|discuter)(?:\s+(?:technique|rapide|final))?\s+avec"
    r"|en\s+présence\s+de"
    # "un premier entretien en visio (Teams) d'environ 45 minutes avec A B"
    r"|entretien\b(?:[^.;:!?]|(?<=\d)[:.](?=\d)){0,160}?\savec(?=\s+[A-ZÀ-Þ])"
    r"|(?:gespräch|sprechen|treffen|kennenlernen)\s+mit"
    r"|(?:video|telefoon|kennismakings|sollicitatie|vervolg|online)?(?:gesprek|spreken|spreekt|kennismaken)(?:\s+van\s+\d+\s+minuten)?"
    r"(?:\s+(?:nog\s+steeds|nog\s+altijd|ook|dan|opnieuw))?\s+met"
    r"|(?:ser[áa]|seria|sería|estar[áa]|sar[àa])\s+con(?:\s+(?:el|la))?|ser[áa]\s+com(?:\s+(?:o|a))?"
    # "estará a cargo del Lic. A B", Slovak "sa pohovoru zúčastnia Ing. A B", Albanian "do të
    # drejtohet nga z. A B"
    r"|(?:la|lo)\s+(?:lleva|llevará|conduce|conducirá|dirige|dirigirá)(?:\s+(?:el|la))?"
    r"|a\s+cargo\s+(?:del|de\s+la|de)|(?:sa|se)\s+(?:\w+\s+)?zúčastn(?:ia|í|i)|zúčastní\s+se"
    r"|drejtohet\s+nga|zhvillohet\s+me"
    r"|jy\s+sal\s+met|(?:babbel|praat|spreek)\w*\s+met|alongside"
    r"|utakutana\s+na"  # Swahili "you will meet"
    # Hungarian "Az interjún A B, …, valamint C D vesz részt": at the interview (take part)
    r"|(?:az\s+)?(?:interjún|beszélgetésen|megbeszélésen)(?=[^.]{0,120}\b(?:vesz(?:nek)?\s+részt"
    r"|lesz(?:nek)?\s+jelen))"
    # Estonian "Osalevad …", Latvian "Intervijā piedalīsies …"
    r"|osaleva[dt](?:\s+(?-i:[a-zäöõü])[\w-]*){0,3}|piedalīsies"
    r"|(?:get|put)\s+you\s+in\s+front\s+of"
    r"|(?:comité|jury)\s+(?:d['’]entrevue\s+|de\s+sélection\s+)?sera\s+composé\s+de"
    r"|(?:razgovor|intervju)\s+će\s+voditi"  # Croatian, Serbian, Montenegrin "will lead"
    # Bosnian, Croatian, Serbian "s Vama će razgovarati A B" (will talk with you)
    r"|(?:s|sa)\s+(?:Vama|tobom)\s+(?:će\s+)?razgovara(?:ti|t\s+će|ju)"
    r"|alături\s+de"  # Romanian "alongside"
    # Spanish "estarán presentes A B y C D", Norwegian "Frå oss møter eg og A B"
    r"|(?:rozmow[ęa]|spotkanie)\s+(?:po)?prowadz(?:i|ą|ić)|estar[áa]n?\s+presentes?|van?\s+a\s+estar(?:\s+también)?(?=\s+[A-ZÁÉÍÓÚ])"
    r"|(?:(?:frå|fra)\s+oss\s+)?møter\s+(?:eg|jeg)\s+og"
    # nynorsk "Frå oss kjem dagleg leiar Ingrid Solheim og eg"
    r"|(?:frå|fra)\s+oss\s+(?:kjem|kommer|stiller|deltek|deltar)(?:\s+(?-i:[a-zæøå])[\w-]*){0,3}"
    r"(?=\s+(?-i:[A-ZÆØÅ]))"
    r"|deltager\s+(?:jeg\s+selv\s+og|også)|deltar\s+(?:jeg\s+selv\s+og|også)"
    # "conduzida pelo A B e por mim", "conducida por", "condotto dall'arch. A B"
    r"|conduzid[ao]s?\s+(?:pel[ao]s?|por)|conducid[ao]s?\s+por|dirigid[ao]s?\s+por"
    r"|condott[oa]\s+(?:da(?:l|lla|i|gli)?|dall['’])|men[ée]e?\s+par|geleid\s+door"
    r"|afgenomen\s+door|durchgeführt\s+von|geführt\s+von"
    # Finnish "Haastattelijoina ovat kehitystiimin vetäjä A B sekä C D": the lower-case
    # title words before the first name are passed over
    r"|haastattelij(?:oina|ana|at)\s+(?:ovat|toimi(?:vat|i)|on)(?:\s+(?-i:[a-zäöå])[\w-]*){0,3}"
    # Slovenian "Z vami se bosta pogovarjala A B, vodja razvoja, in podpisana"
    r"|(?:se\s+)?bo(?:sta|do)?\s+pogovarjal[aie]?)"
    # "... at 10:00 with Ayesha Patel and myself": a bare "with" only before "… and myself"
    r"|\bwith(?=\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:and|&)\s+(?:myself|me)\b)"
    # "it's Fenella Ashdown (Design Director) and Rhys ap Gruffydd (…)": a titled name
    r"|\bit['’]s(?=\s+[A-Z][\w'’-]+(?:\s+[a-z]{2,3})?\s+[A-Z][\w'’-]+\s*\()"
    # a calendar note's "With A B (Operations Manager) and C D (…).": a title in brackets
    r"|(?:(?<![^\n])|(?<=[.!?¶]\s))(?-i:With)(?=\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s*\()"
    # "... role with Dr Sibusiso Ndlovu and Karen Botha": a title makes it a person
    r"|\bwith(?=\s+(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?\s+[A-Z]))"
    r"(?:[ \t]*:?\s+|(?<=\()|(?<=dall['’])|(?<=\sl['’]))"
    # "you'll meet me and Ruth Adeyemi", "it'll be me plus Ana Silva": the sender, then names
    r"(?:(?:me|myself|moi(?:-même)?)(?:\s*\([^)]{0,60}\))?,?\s+(?:and|plus|&|et)\s+)?"
)
#: An address written in brackets after a name, where a title would otherwise go.
