"""How employers say "no", "cancelled", "we'd like to offer you" and "still deciding" in
the other languages interview mail arrives in.

Alternatives appended to the English patterns in classify.py (each string opens with
"|"), so a kind is decided the same way whatever the language: the same job test, the same
conditional check, the same order of kinds. Kept apart because the English patterns are
long enough to read already; one line per language, each a phrase a native employer really
writes in that situation (not a word that also means something else: Polish "oferta
pracy" and Spanish "oferta de empleo" are job postings, Dutch "onderhoud" is maintenance).

CJK phrases have no word boundaries, so they are separate strings, placed outside the
`\\b(?:...)` group of the pattern they join.
"""

from __future__ import annotations

REJECTION = (
    # Fijian "me keimami digitaka e dua tale na dau kerekere" (to choose another applicant)
    r"|digitaka\s+e\s+dua\s+tale"
    # Hinglish "is role ke liye hum aage nahi badh paayenge" (we can't go forward for this
    # role), "unhone ek aise candidate ko choose kiya hai" (they chose another candidate)
    r"|aage\s+nahi\s+(?:badh|le\s+ja)\s+pa+(?:y?enge|a\s+rahe)"
    r"|(?:dusre|doosre|kisi\s+aur|ek\s+aise)\s+candidate\s+ko\s+(?:choose|select|chun)"
    # Swahili "tumeamua kuendelea na mgombea mwingine" (we decided to go on with another
    # candidate)
    r"|kuendelea\s+na\s+(?:mgombea|wagombea)\s+(?:mwingine|wengine)"
    # Estonian "otsustasime jätkata teiste kandidaatidega" (we decided to go on with others)
    r"|jätka\w*\s+teiste\s+kandidaatidega"
    # Italian "ha deciso di non proseguire con la tua candidatura"
    r"|(?:deciso|scelto)\s+di\s+non\s+proseguire\s+con\s+la\s+(?:tua|sua)\s+candidatura"
    # Portuguese "não iremos dar seguimento à sua candidatura"
    r"|n[ãa]o\s+(?:iremos|vamos|poderemos)\s+dar\s+(?:seguimento|continuidade)\s+(?:à|a)\s+(?:sua|tua)"
    # Spanish "decidimos avanzar con otra persona para el puesto"
    r"|(?:decidimos|hemos\s+decidido|decidieron|optamos\s+por|vamos\s+a|al\s+final\s+vamos\s+a)"
    r"\s+(?:avanzar|seguir|continuar)"
    r"\s+con\s+(?:otr[ao]s?\s+(?:persona|perfil|candidat[ao])|un[ao]?\s+(?:otr[ao]\s+)?candidat[ao])"
    # Russian "продолжить процесс с другим кандидатом", Arabic "المضي قدماً مع مرشح آخر",
    # Hungarian "olyan jelöltet választottunk, akinek …"
    r"|другим\s+кандидат\w*|другой\s+кандидатур\w*|مع\s+مرشح\s+آخر|مرشحين\s+آخرين"
    r"|(?:más|másik|olyan)\s+jelöltet\s+választottunk"
    # Polish "nie będziemy kontynuować procesu z Pani kandydaturą"
    r"|nie\s+będziemy\s+kontynuować\s+(?:procesu|rekrutacji|współpracy)"
    # German
    r"|für\s+(?:eine[nr]?\s+)?(?:andere[nr]?\s+)?(?:Kandidat|Bewerber)\w*\s+entschieden"
    r"|keine\s+(?:positivere|positive|bessere|erfreulichere)n?\s+(?:Nachricht|Rückmeldung)"
    # "die Position mit einer anderen Person zu besetzen", "die Stelle anderweitig zu besetzen"
    r"|(?:mit\s+(?:einer|einem)\s+(?:anderen|anderem)\s+(?:Person|Kandidat\w*|Bewerber\w*)"
    r"|anderweitig)\s+zu\s+besetzen"
    # French
    r"|ne\s+(?:donnerons|pourrons|pouvons)\s+pas\s+(?:donner\s+)?suite|pas\s+été\s+retenue?"
    r"|sommes\s+au\s+regret\s+de\s+vous"
    # Spanish, Portuguese
    r"|(?:hemos|han)\s+decidido\s+(?:continuar|seguir|avanzar)\s+con\s+otr"
    r"|no\s+(?:has|ha)\s+sido\s+seleccionad|decidimos\s+(?:seguir|continuar)\s+com\s+outr"
    # Italian
    r"|(?:proseguire|procedere)\s+con\s+altr[ie]\s+candidat|non\s+(?:è|sei)\s+stat[ao]\s+selezionat"
    r"|(?:proseguire|procedere)\s+(?:l['’]iter|il\s+percorso|la\s+selezione)\b[^.]{0,80}?"
    r"\bcon\s+(?:un\s+)?altr[oaie]\s+(?:candidat|profil)"
    r"|scelta\s+(?:è|e['’])\s+(?:ricaduta|caduta)\s+su\s+(?:un\s+)?altr[oaie]|siamo\s+spiacenti\s+di\s+comunicar"
    # Czech
    r"|rozhodli\s+pokračovat\s+s\s+(?:jiným\s+)?kandidát\w*|bohužel\s+jsme\s+se\s+rozhodli"
    # Dutch, Swedish, Polish, Turkish
    r"|gekozen\s+voor\s+een\s+andere\s+kandidaat|niet\s+met\s+(?:je|jou|u)\s+verder\s+gaan"
    r"|gekozen\s+voor\s+een\s+(?:andere\s+)?kandidaat\s+(?:met\s+meer|die)"
    r"|(?:procedure|sollicitatie)\s+niet\s+met\s+(?:jou|je|u)\s+voort\s+te\s+zetten"
    r"|(?:verder|door)\s+(?:te\s+)?gaan\s+met\s+(?:een\s+)?andere\s+kandida\w+"
    # "besloten de procedure met een andere kandidaat voort te zetten"
    r"|met\s+(?:een\s+)?andere\s+kandida\w+\s+(?:voort\s+te\s+zetten|te\s+vervolgen)"
    r"|(?:gå|gått)\s+vidare\s+med\s+(?:en\s+)?(?:annan|andra)\s+kandidat"
    # Swedish "har nu valt att gå vidare med en kandidat vars erfarenhet …"
    r"|valt\s+att\s+gå\s+vidare\s+med\s+(?:en\s+)?(?:annan\s+)?kandidat"
    r"|wybraliśmy\s+inn\w*\s+kandydat|zdecydowaliśmy\s+się\s+na\s+inn\w*\s+kandydat"
    # an agency passing it on: "postawili na kogoś z większym doświadczeniem" (went with
    # someone with more experience)
    r"|postawili\s+na\s+(?:kogoś|inn\w+\s+kandydat\w*)|wybrali\s+(?:kogoś|inn\w+\s+kandydat\w*)"
    r"|kontynuować\s+(?:proces\s+)?z\s+(?:inn\w+\s+)?(?:osob|kandydat)\w*"
    r"|olumsuz\s+(?:sonuçlan|dönüş)|başka\s+bir\s+aday"
    # Turkish "… çalışmış bir adayla ilerleme kararı aldık", "bir adayla devam etmeye karar"
    r"|\bbir\s+adayla\s+(?:ilerle|devam\s+et)\w*"
    # Norwegian, Danish
    r"|(?:går|gå)\s+videre\s+med\s+(?:en\s+)?andre?\s+kandidat|ikke\s+lenger\s+aktuell"
    r"|(?:valgt|besluttet)\s+(?:at\s+)?(?:gå\s+videre\s+med\s+)?(?:en\s+)?anden\s+kandidat"
    # Vietnamese "rất tiếc phải thông báo rằng hồ sơ của Chị chưa thật sự phù hợp": we regret
    # that the application does not suit (the role)
    r"|rất\s+tiếc[^.]{0,80}?(?:chưa|không)\s+(?:thật\s+sự\s+|hoàn\s+toàn\s+)?phù\s+hợp"
    # Croatian, Slovak, Romanian, Hungarian, Estonian, Ukrainian, Russian, Greek
    r"|neće\s+biti\s+uzet\w*\s+u\s+(?:daljnje|obzir)|nastaviti\s+(?:proces\s+)?s\s+"
    r"(?:drugim\s+)?kandidat\w*|pokračovať\s+s\s+(?:iným\s+)?(?:kandidát|uchádzač)\w*"
    # Slovak, Czech "pokračovať vo výberovom konaní s uchádzačmi, ktorých …"
    r"|pokračova[tť]\s+v[eo]\s+výb[ěe]rov\w+\s+(?:konaní|řízení)\s+s\s+(?:inými?\s+|jinými?\s+)?"
    r"(?:kandidát|uchádzač|uchazeč)\w*"
    r"|(?:nu\s+a\s+fost|nu\s+ați\s+fost)\s+(?:selectat|reținut)\w*|(?:cu\s+)?alt\s+candidat"
    r"|más\s+jelölt\w*|nem\s+tudjuk\s+továbbvinni|teise\s+kandidaadi\w*"
    r"|(?:іншого|иного|другого)\s+кандидат\w*|άλλο(?:ν)?\s+υποψήφιο"
    # Greek "αποφασίσαμε να προχωρήσουμε με υποψήφιο του οποίου το προφίλ …"
    r"|προχωρήσουμε\s+με\s+(?:άλλ\w+\s+|έναν?\s+)?υποψήφι\w+"
    # Serbian, Montenegrin, Bosnian (Latin and Cyrillic)
    r"|nismo\s+u\s+mogućnosti\s+da\s+(?:Vam\s+)?ponud\w*|нисмо\s+у\s+могућности\s+да\s+"
    r"(?:Вам\s+)?понуд\w*|kandidate\s+čije\s+iskustvo|кандидате\s+чије\s+искуство"
    # Hebrew "(we decided) to go on … with other candidates"
    # (a decision to go on: not "two more meetings with other candidates", a status)
    r"|(?:להתקדם|להמשיך|נתקדם|נמשיך|מתקדמים|ממשיכים|בחרנו)[^.\n]{0,80}?עם\s+מועמד"
)
REJECTION_CJK = (
    # Korean "다음 전형으로 모시지 못하게 되었습니다"
    r"모시지\s*못하|좋은\s*소식을\s*전해\s*드리지\s*못|"
    r"ご期待に(?:沿|添)い(?:かね|兼ね)る|見送らせて|不採用|很遗憾[^。]{0,30}(?:未能|无法|不能)"
    r"|불합격|함께하지\s*못|함께하기\s*어렵"
    # Hindi "आगे नहीं बढ़ा पाएँगे" (cannot take it further), "अन्य उम्मीदवार का चयन" (chose
    # another candidate); Devanagari's vowel signs are no \w, so no \b here either
    r"|आगे\s+नहीं\s+बढ़|अन्य\s+उम्मीदवार"
    # Thai "ยังไม่สามารถพิจารณาท่านเข้าร่วมงาน" (cannot take you on), "ไม่ผ่านการคัดเลือก"
    r"|ยังไม่สามารถพิจารณาท่าน|ไม่ผ่านการคัดเลือก"
)

CANCEL = (
    # Portuguese "a entrevista … fica sem efeito", Spanish "queda sin efecto"
    r"|fica(?:rá)?\s+sem\s+efeito|queda\s+sin\s+efecto|(?:foi|fue|está|é)\s+anulad[ao]"
    r"|(?:sẽ\s+)?bị\s+hủy|hủy\s+(?:lịch|buổi)"  # Vietnamese
    r"|gaat\s+(?:helaas\s+)?niet\s+door|niet\s+doorgaat|(?:kan|kunnen|zal)\s+(?:helaas\s+)?niet\s+doorgaan|niet\s+(?:kan|kunnen|zal)\s+doorgaan|\bafgelast|(?:moet|moeten)\s+[^.!?]{0,120}?\b(?:annuleren|afzeggen)|geannuleerd"
    # ("… findet somit nicht statt", "Termin entfällt")
    r"|findet\s+(?:leider\s+|somit\s+|daher\s+|also\s+)?nicht\s+statt|\bentfällt\b|(?:wurde|ist|wird)\s+(?:leider\s+)?abgesagt"
    r"|(?:annullare|annullat[oa]|cancellat[oa])|non\s+potrà\s+(?:avere\s+luogo|svolgersi)"
    r"|queda\s+cancelad[ao]|(?:foi|está|fue)\s+cancelad[ao]"
    r"|(?:cancelar|desmarcar)\s+(?:a|la|nuestra|nossa|su|sua|tu)\s+(?:entrevista|reuni[óoã]o?n?)"
    r"|(?:måste|behöver)\s+(?:tyvärr\s+)?ställa\s+in|inställd|avboka\w*"
    # Finnish "joudun perumaan maanantain haastattelun", "haastattelu on peruttu"
    r"|joudu\w*\s+perumaan|peru(?:ttu|ttiin|taan|utettu|untuu|untui)\b"
    r"|\baflys(?:e|er|t|te|ning)\b|\bavlys(?:e|er|t|te|ning|ninga)\b"  # Danish, Norwegian
    r"|odwoła\w+|anulowa\w+"
    # Czech and Slovak "pohovor … se bohužel ruší", "se neuskuteční", "zrušení pohovoru";
    # Greek "πρέπει να ακυρώσουμε τη συνέντευξη", "ακυρώνεται"
    r"|se\s+(?:bohužel\s+)?ruší|se\s+neuskuteční|zrušen\w*|ακυρώσ\w+|ακυρών\w+|ακυρώθηκε"
    r"|(?:moramo|moram|smo|je)\s+(?:\w+\s+)?odpoved\w+|odpovedan\w*"  # Slovenian
    r"|otkaza(?:ti|li|n|no|t)\b|otkazivanje"  # Bosnian, Croatian, Serbian
    r"|iptal\s+(?:etmek|edildi\w*|edilmiştir|ediyoruz|etmemiz|etmek\s+zorunda)|kanselleer|gekanselleer"
    # Hungarian "az interjút le kell mondanunk" (we must call off the interview)
    r"|le\s+kell\s+mondan(?:unk|om|i)|lemondj?uk\s+az\s+interjú\w*"
)
CANCEL_CJK = (r"中止とさせて|中止となり|中止になり|中止いたし"
              r"|キャンセルとなりました|キャンセルさせて|取り消|已取消|取消了"
              r"|要取消|取消喇|取消咗|須取消|需要取消"  # (Cantonese, Traditional Chinese)
              r"|必須取消|必须取消|需要取消|只能取消|面試取消|面试取消"
              r"|취소되었|취소하게|ยกเลิก"  # (Thai, like CJK, has no spaces between words)
              # Arabic "تم إلغاء المقابلة", "نعتذر عن إلغاء موعد المقابلة", "نأسف لإبلاغك
              # بإلغاء المقابلة" (Arabic prefixes its words: no \b either)
              r"|تم\s+إلغاء|إلغاء\s+(?:موعد\s+)?(?:ال)?مقابل|ألغيت|أُلغيت"
              r"|रद्द\s+(?:कर|हो|किया)")  # Hindi "रद्द करना पड़ रहा है", cancelled

OFFER = (
    # Malay "ingin menawarkan jawatan …" (wishes to offer the post)
    r"|menawarkan\s+jawatan"
    # Kazakh "жұмысқа қабылдау туралы ұсыныс" (an offer of employment)
    r"|жұмысқа\s+қабылдау\s+туралы\s+ұсыныс"
    # French "on aimerait t'engager comme Ingénieure logiciel", "nous souhaitons vous engager"
    r"|(?:aimerait|aimerions|souhaitons|souhaiterions|voudrions)\s+(?:t['’]|vous\s+)engager\b"
    # Polish "Z przyjemnością przedstawiamy ofertę współpracy na stanowisku …"
    # (not "w związku z ofertą pracy na stanowisku": a job advert)
    r"|przedstawiamy\s+(?:Pani|Panu|Ci)?\s*ofert\w+"
    r"|(?:le\s+plaisir|heureux|heureuse|ravis?)\s+de\s+vous\s+proposer\s+(?:le\s+poste|un\s+"
    r"(?:poste|contrat))|(?:promesse|proposition)\s+d['’]embauche"
    r"|(?:Ihnen|dir)\s+(?:hiermit\s+)?(?:ein|unser)\s+(?:Vertrags|Job)?angebot|Vertragsangebot"
    r"|(?:hacerte|hacerle|extenderte|extenderle)\s+una\s+(?:oferta|propuesta)"
    r"|propuesta\s+(?:formal\s+)?de\s+contrataci[oó]n"
    # a university's "Oferta de nombramiento", "proponer su nombramiento como Profesora"
    r"|oferta\s+de\s+nombramiento|proponer\s+su\s+nombramiento\s+como"
    r"|proposta\s+(?:formal\s+)?de\s+(?:emprego|trabalho|contrata[çc][ãa]o)"
    # "Segue um resumo da proposta", "queremos muito ter você com a gente como …"
    r"|resumo\s+da\s+(?:nossa\s+)?proposta|carta[- ]proposta"
    r"|ter\s+voc[êe]\s+(?:com\s+a\s+gente|no\s+(?:nosso\s+)?time|na\s+(?:nossa\s+)?equipe)\s+como"
    # "tenho o prazer de lhe apresentar a nossa proposta para a função de …"
    r"|(?:apresentar|enviar)(?:-lhe)?\s+(?:lhe\s+)?a\s+nossa\s+proposta\s+para\s+a\s+(?:função|posição|vaga)"
    r"|proposta\s+di\s+(?:assunzione|lavoro)|lieti\s+di\s+(?:offrirle|offrirti|proporle|proporti)"
    r"|(?:deciso|lieta|lieto|felici)\s+di\s+(?:offrirti|offrirle)"
    r"|(?:je|jou|u)\s+een\s+(?:aanbod|contractvoorstel)|arbeidsvoorwaardenvoorstel"
    r"|een\s+aanbod\s+(?:mogen|willen|kunnen)\s+doen"
    r"|anställningserbjudande|erbjuda\s+dig\s+(?:tjänsten|en\s+anställning|jobbet)"
    # Dutch "ze willen je graag aannemen als Cloud Engineer", French "notre proposition pour
    # rejoindre Atelier Boréal en tant que …"
    r"|(?:willen|gaan|wil)\s+(?:je|u)\s+(?:graag\s+)?aannemen|proposition\s+pour\s+rejoindre"
    # Norwegian "glad for å kunne tilby deg fast stilling", Danish "tilbyde dig stillingen"
    r"|tilby(?:de)?\s+(?:deg|dig)\s+(?:en\s+)?(?:fast\s+)?(?:stilling\w*|jobben|ansættelse)"
    r"|propozycj\w+\s+zatrudnienia|zaproponować\s+(?:Pani|Panu|Ci)\s+(?:stanowisko|zatrudnienie)"
    r"|iş\s+teklif\w*|teklifimiz\w*|teklif\s+mektub\w*|werksaanbod|aanbod\s+van\s+indiensneming"
    # Slovak, Czech, Croatian, Romanian, Hungarian, Estonian, Ukrainian
    r"|ponuk\w*\s+(?:zamestnania|práce)|ponúknuť\s+Vám|nabídk\w*\s+(?:zaměstnání|práce)"
    r"|nabídnout\s+Vám|ponud\w*\s+za\s+(?:posao|zaposlenje)|ponuditi\s+Vam"
    r"|ofert\w*\s+(?:noastr[ăa]\s+)?de\s+(?:angajare|muncă)|állásajánlat\w*|tööpakkumi\w*"
    # Hungarian "Önnek kívánja felajánlani a … munkakört" (offer you the post)
    r"|felajánl\w*\s+(?:Önnek\s+)?(?:a|az)\s+[^.]{0,80}?\b(?:munkakör|pozíció|állás)\w*"
    r"|пропозиці\w*\s+(?:про\s+)?(?:робот|працевлаштуванн)\w*"
    # Ukrainian, Russian "пропонуємо Вам посаду", "предлагаем Вам должность"
    r"|пропонуємо\s+Вам\s+посад\w*|предлагаем\s+Вам\s+(?:должность|позицию)"
    # Bulgarian "бихме искали да Ви предложим позицията" (we would like to offer you the post)
    r"|(?:Ви|ти)\s+предложим\s+(?:позицията|длъжността|работа)"
    # Vietnamese "thư mời nhận việc" (a letter inviting her to take the job), "được mời đảm
    # nhận vị trí" (invited to take on the post)
    r"|thư\s+mời\s+nhận\s+việc|mời\s+(?:chị|anh|bạn|em)?\s*nhận\s+việc|mời\s+đảm\s+nhận\s+vị\s+trí"
    # "ми … за те, щоб ти приєдналася до «…»", "хотим, чтобы Вы присоединились к …"
    r"|щоб\s+(?:ти|Ви|ви)\s+приєдна\w+\s+до|чтобы\s+(?:ты|Вы|вы)\s+присоедини\w+\s+к"
)
OFFER_CJK = (r"内定|录用通知|錄用通知|决定录用|決定錄用|录用您|錄用您"
             r"|최종\s*합격(?!자\s*(?:발표|선정))"
             # (not "최종 합격자 발표": when the results come out, nor "최종 합격자 선정":
             # the choosing of them, still going on)
             r"|채용\s*확정"
             # Arabic "أن تقدّم لكِ عرضاً وظيفياً", "عرض عمل", "خطاب العرض" (a job offer, the
             # offer letter; Arabic writes its prefixes onto the word)
             r"|عرض(?:اً|ا)?\s+وظيفي|عرض\s+عمل|خطاب\s+العرض"
             # Thai "ข้อเสนอการจ้างงาน" (an offer of employment), "ได้รับการคัดเลือกให้ดำรง
             # ตำแหน่ง" (chosen to hold the position)
             r"|ข้อเสนอการจ้างงาน|ได้รับการคัดเลือก\s*ให้ดำรงตำแหน่ง")
#: Lower-cased, one in every alternative above: the offer test skips its scan without one.
OFFER_WORDS = ("propos", "embauche", "engager", "angebot", "oferta", "propuesta", "propost",
               "offrir", "nombramiento",
               "ponuk", "ponúk", "nabíd", "ponud", "ofert", "ajánl", "pakkumi", "пропозиц",
               "proporle", "proporti", "aanbod", "contractvoorstel", "voorstel", "erbjud",
               "propozycj", "zaproponow", "teklif", "tilby", "aannemen", "пропону", "предлага",
               "предложим",
               "приєдна", "присоедин", "nhận",
               "内定", "录用", "錄用", "합격", "채용", "عرض", "ข้อเสนอการจ้างงาน",
               "ได้รับการคัดเลือก", "қабылдау", "menawarkan")

STILL_DECIDING = (
    r"|todav[íi]a\s+estamos|seguimos\s+(?:evaluando|revisando|entrevistando)"
    r"|a[úu]n\s+no\s+hemos\s+tomado|ainda\s+estamos|ainda\s+n[ãa]o\s+(?:tomamos|temos\s+uma)"
    r"|stiamo\s+ancora|non\s+abbiamo\s+ancora\s+preso"
    r"|(?:sind|befinden\s+uns)\s+noch\s+(?:im|in\s+der|mitten)|noch\s+keine\s+Entscheidung"
    r"|(?:führen|haben)\s+(?:derzeit\s+|gerade\s+)?noch\s+(?:weitere\s+)?Gespräche"
    r"|toujours\s+en\s+cours|pas\s+encore\s+pris|sommes\s+encore\s+en\s+train"
    r"|zijn\s+(?:we\s+)?nog\s+(?:bezig|in\s+gesprek)|nog\s+geen\s+(?:beslissing|besluit)"
    r"|(?:är|håller)\s+fortfarande|ännu\s+inte\s+(?:fattat|bestämt)"
    # Norwegian "vi er fortsatt midt i prosessen", "du er fortsatt med i vurderingen", Danish
    # "vi er stadig i gang med"
    r"|(?:er|är)\s+(?:fortsatt|stadig)\s+(?:midt\s+i|med\s+i|i\s+gang)"
    # Slovene "trenutno smo v zaključni fazi" (in the final phase)
    r"|smo\s+(?:še\s+)?v\s+zaključni\s+fazi"
    # Hindi "… पर चर्चा कर रही है" (is discussing), "विचार कर रहे हैं" (are considering)
    r"|चर्चा\s+कर\s+(?:रही|रहे|रहा)|विचार\s+कर\s+(?:रही|रहे|रहा)"
    r"|nadal\s+(?:prowadzimy|trwa|analizujemy)|jeszcze\s+nie\s+podjęliśmy"
    r"|hâlâ\s+(?:devam|değerlendir)"
    # Estonian "teeme otsuse ja anname Teile vastuse", Croatian, Slovak, Romanian
    r"|teeme\s+otsuse|anname\s+(?:Teile|sulle)\s+(?:vastuse|teada)|još\s+(?:uvijek\s+)?razmatramo"
    r"|stále\s+(?:prebieha|prebiehajú|posudzujeme)|încă\s+(?:evaluăm|analizăm)"
    # Russian and Ukrainian "решение … пока не принято", "ще не ухвалили рішення"
    r"|(?:пока|ещё|еще)\s+не\s+принят\w*|ещё\s+не\s+приняли|ще\s+не\s+(?:ухвалили|прийняли)"
    # Vietnamese "vẫn đang hoàn tất việc đánh giá" (still finishing the assessment)
    r"|vẫn\s+đang\s+(?:hoàn\s+tất|xem\s+xét|đánh\s+giá|cân\s+nhắc|trao\s+đổi)"
    # Uzbek "yakuniy qaror hali qabul qilinmadi" (the final decision is not made yet)
    r"|qaror\s+hali\s+qabul\s+qilinma\w*"
    # Tongan "ʻoku kei fai pē ʻe he kōmiti ʻa e fili" (the committee is still choosing)
    r"|kei\s+fai\s+pē"
)
STILL_DECIDING_CJK = r"選考中|検討中|审核中|评估中|검토\s*중"

#: Interview words beyond those of kindwords.INTERVIEW_INTL.
INTERVIEW = (
    # Irish "agallamh", Welsh "cyfweliad" (and its mutations), Basque "elkarrizketa",
    # Maltese "l-intervista" (not the Italian press "intervista"),
    # Malagasy "tafatafa", Haitian Creole "entèvyou", isiZulu "ingxoxo yomsebenzi",
    # Luxembourgish "Virstellungsgespréich"
    r"|agall(?:amh|aimh)|(?:c|g|ch|ngh)yfweliad\w*|elkarrizketa\w*|l-intervista|intervista\s+tax-xogħol"
    r"|tafatafa|entèvyou|ingxoxo\s+yomsebenzi|virstellungsgespr[ée]ich\w*"
    r"|(?:anställnings)?intervju\w*|jobbintervju\w*|jobsamtale|haastattelu\w*|pohovor\w*"
    # Danish and Norwegian "vores samtale på torsdag", "en første samtale", "ansættelsessamtale"
    r"|(?:vores|vår|din|en|første|anden|andre|personlig|personlige)\s+samtale\w*|samtalen"
    r"|ansættelsessamtale\w*|\w*(?:jobs|ansettelses)samtale\w*"
    r"|mülakat\w*|görüşme\w*|rozmow\w+\s+(?:rekrutacyjn|techniczn|kwalifikacyjn)\w*"
    r"|zaproszenie\s+na\s+rozmow\w+|nasz\w*\s+rozmow\w+|vabilo\s+na\s+razgovor|usaili|mahojiano|pokalb(?:is|į|io|iui|yje)"
    r"|potwierdzenie\s+rozmow\w+|rozmowa\s+potrwa|udzia\w+\s+w\s+rozmowie"
    r"|(?:kennismakings|eerste|tweede|vervolg)gesprek\w*|(?:ons|het|je|jouw|uw|een)\s+"
    r"(?:(?:eerste|tweede|korte|online)\s+)?gesprek"
    r"|(?<=['’])n\s+onderhoud|(?:die|jou|ons)\s+onderhoud|onderhoud\s+(?:vir|met)"
    # Dutch "wil je graag spreken", "je spreekt met A B (teamlead)"
    r"|(?:wil|willen)\s+(?:je|u)\s+(?:graag\s+)?(?:spreken|ontmoeten)|(?:je|u)\s+spreekt\s+met"
    # German HR writes "Einladung zum Gespräch", "ein persönliches Gespräch"
    r"|einladung\s+zu[mr]?\s+(?:\w+\s+)?gespr(?:ä|ae)ch|persönliche[mns]?\s+gespr(?:ä|ae)ch"
    # "Terminvorschläge für ein Erstgespräch", "in einem ersten Gespräch näher kennenlernen"
    r"|(?:erst|zweit|fach|video|online|auswahl)gespr(?:ä|ae)ch\w*"
    r"|(?:ersten|zweiten|kurzen|telefonischen|virtuellen)\s+gespr(?:ä|ae)ch"
    # Rioplatense Spanish: "una charla de unos 30 minutos por Meet con …"
    r"|charla\s+de\s+(?:unos\s+)?\d+\s+min\w*|charla\s+t[ée]cnica"
    # French HR's softer word: "un premier échange en visio d'environ 45 minutes avec …"
    r"|(?:premier|second|deuxième|un|notre)\s+échange\s+(?:\w+\s+){0,2}(?:téléphonique|en\s+visio"
    r"|par\s+(?:téléphone|visio)|avec)|(?:premier|second|deuxième|un)\s+échange\s+d['’]environ"
    # "Notre directeur technique souhaite s'entretenir avec vous": to interview you
    r"|s['’]entretenir\s+avec\s+(?:vous|toi)"
    # Romanian, Hungarian, Estonian, Croatian/Serbian, Quebec French, Vietnamese, Greek,
    # Ukrainian and Russian, Arabic, Hebrew
    r"|interviu\w*|(?:állás)?interjú\w*|(?:töö)?intervjuu\w*|töövestlus\w*"
    r"|razgovor\w*\s+za\s+(?:posao|delovno\s+mesto|radno\s+mjesto|radno\s+mesto)|entrevues?|phỏng\s+vấn|συνέντευξ\w*|співбесід\w*|интервю\w*"
    r"|собеседовани\w*|(?:ال)?مقابل[ةت]\w*|[להבומשכ]{0,2}רא?יון|שיחת\s+היכרות|(?:notre|votre|ta)\s+rencontre"
    # Serbian, Montenegrin, Bosnian "poziv na razgovor", Azerbaijani "müsahibə"
    r"|poziv\w*\s+(?:Vas\s+)?na\s+razgovor|позив\w*\s+(?:Вас\s+)?на\s+разговор|müsahib\w*"
    # Albanian (not Italian "intervista", a press interview), Lithuanian, Latvian
    r"|wawancara|temu\s*duga|intervist(?:ë|ën|ës)|pokalbi\w*\s+dėl\s+darbo|pokalbio\s+kvietim\w*|darbo\s+pokalb\w*|(?:darba\s+)?intervij\w*"
    # Persian, Armenian, Georgian, Amharic, Kazakh, Uzbek
    r"|مصاحب[هة]\w*|հարցազրույց\w*|გასაუბრებ\w*|сұхбат\w*|suhbat\w*"
    # Urdu, Pashto
    r"|انٹرویو|مرک[هېې]"
    # Samoan, Tongan, Fijian
    r"|faatalanoaga|fa['ʻ]atalanoaga|['ʻ]initaviu|veitalanoa"
)
#: Job-search words beyond those of classify.JOB.
JOB = (
    # (Swedish compounds: "controllertjänsten", the controller post; "sökande", applicants;
    # "kandidater" there and in Danish, Norwegian, German, Dutch, Polish)
    r"|pozisyon\w*|başvuru\w*|stanowisk\w*|rekrutac\w*|aplikacj\w*|\w*tjänsten|ansökan"
    r"|sökande|kandidat\w*|kandydat\w*"  # (Polish "z drugą kandydatką")
    r"|umsókn\w*|umsækjend\w*"  # (Icelandic application, applicants)
    r"|rekryter\w*|posizione|selezione|functie|sollicit\w*"
    # Portuguese "proposta de trabalho", "se juntar ao time"; Norwegian and Danish
    # "stillingen", "søknad"; Finnish "työpaikka", "hakemus"
    r"|trabalho|emprego|juntar\s+ao\s+time|stilling(?:en)?|søknad\w*|søgte|ansøgning"
    # Czech "pozice", "výběrové řízení", "uchazeč"
    r"|pozic\w*|výběrov\w+\s+řízení|uchazeč\w*"
    r"|työpaik\w*|hakemu\w*|rekrytoin\w*"  # (Finnish "rekrytointimme", our recruitment)
    r"|seleksi|rekrutmen|lowongan|posisi|lamaran"  # Indonesian, Malay
    # Swahili: "ombi lako la kazi" (your job application), "nafasi ya …" (the post of)
    r"|ombi\s+lako\s+la\s+kazi|nafasi\s+ya|mgombea|wagombea"
    # Persian, Armenian, Georgian, Amharic, Kazakh, Uzbek: a job, a vacancy, a post
    r"|فرصت\s+شغلی|استخدام|رزوم[هة]|թափուր\s+աշխատատեղ\w*|պաշտոն\w*|ვაკანსი\w*|პოზიცი\w*"
    r"|የሥራ\s+ማስታወቂያ|የስራ\s+ቦታ|ቦታ|вакансия\w*|лауазым\w*|vakansiya\w*|lavozim\w*"
    r"|vị\s+trí|ứng\s+viên|tuyển\s+dụng"  # Vietnamese: position, candidate, recruitment
    # Slovak, Croatian, Hungarian, Estonian, Romanian
    r"|pozíci\w*|pozicij\w*|prijav\w+\s+za|állás\w*|pozíció\w*|ametikoh\w*|konkursi\w*"
    r"|candidatur\w*|angajare"
    # Serbian and Montenegrin, Azerbaijani
    r"|radno\s+mjesto|radno\s+mesto|oglas\w*|позициј\w*|кандидат\w*|радно\s+место"
    r"|vakansiya\w*|namizəd\w*"
    # Greek "για τη θέση", "υποψηφίους", Latvian "amats", "vakance", "pieteikums"
    r"|(?:τη|της|στη)\s+θέσης?|πρόσληψ\w*|υποψήφι\w*|amat[sauā]|vakanc\w*|pieteikum\w*"
    # Russian and Ukrainian "вакансия", "собеседование", "співбесіда"
    r"|ваканси\w*|собеседовани\w*|співбесід\w*|посад[аиуі]\w*|должност\w*|позици\w*|кандидат\w*"
    # Portuguese "a função de", Malay and Indonesian "jawatan", "permohonan", "lowongan"
    r"|função|a\s+vaga\s+de|jawatan|permohonan|lowongan|il\s+ruolo\s+di|assunzione"
    # an offer's terms in Portuguese: "Salário: R$ …", "Data de início", "regime CLT"
    r"|sal[áa]rio|data\s+de\s+in[íi]cio|regime\s*:?\s*clt"
    # Tongan "lakanga" (the post), "kole ngāue" (applying for work)
    r"|lakanga|kole\s+ngāue"
    r"|itutu|dau\s+kerekere"  # Fijian: the post, the applicant
)
#: "Could you tell me when you are free?"
ASK = (
    # Filipino "Pakipili lang po kung alin sa mga sumusunod na schedule" (please pick which)
    r"|pakipili|pumili\s+(?:ng|sa)\s+(?:mga\s+)?(?:schedule|oras|petsa)"
    # Urdu "اپنے لیے موزوں دو یا تین اوقات بتا دیں" (tell us two or three times that suit you)
    r"|(?:اوقات|وقت)\s+بتا\s+د(?:یں|یجیے|یجئے)"
    r"|dostępnoś\w+|dyspozycyjnoś\w+"
    # Portuguese "Terias disponibilidade na próxima terça-feira, às 10h00?"
    r"|(?:terias|teria|tens|tem)\s+disponibilidade"
    # Dutch "Kies via onderstaande link zelf een moment", "Plan je gesprek:"
    r"|kiest?\s+(?:via\s+(?:onderstaande|de|deze)\s+link\s+)?(?:zelf\s+)?een\s+(?:moment|tijdstip|tijd)"
    r"|plan\s+(?:je|uw|jouw)\s+(?:\w+)?gesprek\s*:"
    # Brazilian "Vc consegue me passar 2 ou 3 horários livres", "me manda uns horários"
    r"|(?:me\s+)?(?:passar|mandar|manda|enviar|indicar)\s+(?:\d|dois|duas|tr[êe]s|alguns|algumas|uns)"
    r"\s+(?:ou\s+\d\s+)?hor[áa]rios"
    # "nennen Sie uns bitte bis Mittwoch zwei bis drei mögliche Zeitfenster"
    r"|nennen\s+Sie\s+(?:uns|mir)\b[^.]{0,80}\b(?:Zeitfenster|Termin\w*|Zeiten)\b|(?:wann|welche\s+Zeit)\s+(?:passt|hätten)\s+(?:es\s+)?Ihnen"
    r"|när\s+passar\s+det|vilken\s+tid\s+passar|schikt\s+(?:het|je|u)|(?:welk|welke)\s+"
    r"(?:moment|momenten|tijdstip)\s+(?:je|u)\s+(?:voorkeur|past|schikt)|volgende\s+momenten"
    r"|uygun\s+olduğunuz|uygun\s+zaman|uygun\s+olan\s+(?:gün|saat|zaman)\w*|müsait\s+olduğunuz"
    r"|(?:free|available)\s+(?:ho|hain|hai)\b"
    r"|slot\s+bata\s+(?:dijiye|do)|tijd\s+hebben\s+voor|wat\s+(?:je|u)\s+het\s+beste\s+uitkomt"
    r"|który\s+z\s+(?:poniższych|tych)\s+termin\w+|termin\w*\s+(?:Pani|Panu|Ci)\s+odpowiada"
    r"|tendr[ií]as?\s+disponibilidad|tienes\s+disponibilidad|ten[ée]s\s+disponibilidad"
    r"|qu[ée]\s+franjas|quina\s+(?:et|us|li)\s+va\s+(?:millor|bé)"
    r"|изберете\s+(?:един|една|удобен)|удобен\s+час"  # Bulgarian
    r"|оберіть\s+(?:один|зручн\w+)|выберите\s+(?:один|удобн\w+)|зручний\s+час"  # Ukr., Russian
    # Russian "какой вариант Вам подходит", "свободны следующие окна", Ukrainian "який
    # варіант Вам підходить"
    r"|как(?:ой|ие)\s+(?:из\s+)?вариант\w*\s+(?:Вам|вам|тебе)\s+(?:подход|удоб)\w*"
    r"|як(?:ий|і)\s+(?:з\s+)?варіант\w*\s+(?:Вам|вам|тобі)\s+(?:підход|зручн)\w*"
    r"|свобод\w+\s+следующие\s+(?:окна|слоты|даты)|вільн\w+\s+такі\s+(?:вікна|слоти)"
    # Italian "La invito a scegliere l'orario a Lei più comodo", Swedish "föreslå ett par
    # andra tider", "Skulle tisdag kl. 10.00 passa?"
    r"|scegliere\s+(?:l['’]\s*|un\s+)orario|scelga\s+l['’]\s*orario"
    r"|föreslå\s+(?:ett\s+par\s+|några\s+)?(?:andra\s+)?tider|skulle\b[^?!\n]{0,60}\bpassa\s*\?"
    # Vietnamese "khung giờ nào phù hợp" (which slot suits), "mời chọn lịch"
    r"|khung\s+giờ\s+nào|(?:giờ|thời\s+gian)\s+nào\s+(?:phù\s+hợp|thuận\s+tiện)|chọn\s+lịch"
    # Hebrew "תגידי לי מה הכי נוח לך", "איזה מועד מתאים לך"
    r"|מה\s+(?:הכי\s+)?נוח\s+(?:לך|לכם)|איזה\s+(?:מועד|זמן|יום)\s+(?:הכי\s+)?(?:נוח|מתאים)"
    r"|cu[áa]l(?:es)?\s+de\s+los\s+siguientes\s+horarios|alguno\s+de\s+estos\s+horarios|(?:te|le)\s+queda\s+bien|algum\s+(?:desses|destes)\s+"
    r"hor[áa]rios|qual\s+(?:desses\s+)?hor[áa]rio"
    # Dutch "Je kunt zelf een moment kiezen … via mijn agenda", German "buchen Sie sich einen
    # Termin", "wählen Sie Ihren Wunschtermin"
    r"|(?:zelf\s+)?een\s+(?:moment|tijdstip|tijdslot)\s+(?:kiezen|inplannen|boeken)"
    r"|kies\s+(?:zelf\s+)?een\s+(?:moment|tijdstip|tijdslot)|via\s+mijn\s+agenda"
    # French "Est-ce qu'un de ces créneaux t'irait ?", "choisir directement le créneau qui vous
    # arrange"
    r"|(?:un|l['’]un)\s+de\s+ces\s+créneaux|choisir\s+(?:directement\s+)?(?:le|un|votre|ton)\s+créneau"
    # Spanish "Elegí el horario que te quede más cómodo acá", Portuguese "escolha um horário"
    r"|(?:eleg[íi]|elige|escog[ée]|reserv[áa]|escolha|escolhe|agende)\s+(?:el|un|tu|su|o|um|seu"
    r"|teu)\s+(?:horario|hor[áa]rio|espacio|turno|momento)"
    r"|(?:buchen|wählen)\s+(?:Sie|du)\s+(?:sich\s+|dir\s+)?(?:\w+\s+){0,2}(?:Wunsch)?"
    r"(?:Termin|Zeitfenster|Slot)\w*"
    # Danish, Norwegian, Swedish "Vi kan tilbyde følgende tider" (we can offer these times)
    r"|(?:tilbyde|tilby|erbjuda)\s+(?:dig\s+|deg\s+)?(?:følgende|følgjande|följande)\s+tider"
    # Greek "επιλέξτε την ημέρα και την ώρα που σας εξυπηρετεί", "Κλείστε ραντεβού"
    r"|επιλέξτε\s+(?:την\s+|μια\s+)?(?:ημέρα|ώρα|ημερομηνία)|κλείστε\s+(?:ένα\s+)?ραντεβού"
    r"|ποια\s+(?:ώρα|μέρα|ημέρα)\s+σας\s+(?:εξυπηρετεί|βολεύει)"
)
#: The interview has moved: Finnish "siirretty", Greek "μεταφέρθηκε", Arabic "تم تعديل
#: الموعد" and Egyptian "نأجل المقابلة", Hebrew "שינוי מועד", Dutch "verplaatst" and "Nieuw
#: tijdstip:", Romanian "reprogramat", Turkish "ertelendi", Czech "přesunout", Hungarian
#: "áthelyez", Indonesian "dijadwalkan ulang", Vietnamese "dời lịch", Russian and Ukrainian
#: "перенесли".
RESCHEDULE = (
    # German "Als Ersatztermin schlagen wir Ihnen … vor", Spanish "te he reservado un hueco
    # nuevo"
    r"|als\s+ersatztermin|(?:hueco|horario)\s+nuevo|nuevo\s+(?:hueco|horario)"
    # Danish, Norwegian "Jeg bliver desværre nødt til at flytte vores samtale"
    r"|nødt\s+til\s+å?\s*(?:at\s+)?flytte|(?:må|vil)\s+(?:dessverre\s+)?flytte\s+(?:vores|vår|samtalen|intervjuet)"
    # Afrikaans "om die onderhoud na Donderdag 20 Mei te skuif" (to move the interview to)
    r"|(?:onderhoud|gesprek|afspraak)\s+(?:na\s+[^.?!]{1,40}?\s+)?te\s+(?:ver)?skuif"
    # Dutch "we schuiven ons gesprek een stukje op. De nieuwe tijd wordt: …"
    r"|schuiven\s+(?:[\w-]+\s+){0,5}op\b|nieuwe\s+(?:tijd|datum|tijdstip)\s+(?:wordt|is)\b"
    r"|siirr(?:etty|ettiin|etään|ämme|än|ettävä)\w*|μεταφέρθηκε|μετατέθηκε"
    r"|μεταφέρ(?:ουμε|εται|ω)\s+(?:τη[νς]?\s+|το\s+)?(?:συνέντευξη|συνάντηση|ραντεβού)"
    r"|επαναπρογραμματ\w+|αλλαγή\s+(?:της\s+)?(?:ώρας|ημερομηνίας)"
    r"|(?:تم\s+)?(?:تعديل|تغيير)\s+(?:ال)?موعد|تأجيل\s+(?:ال)?(?:موعد|مقابلة)|שינוי\s+(?:ה)?מועד"
    # Hebrew "צריכים להזיז את הראיון", "המועד החדש:"
    r"|להזיז\s+את\s+(?:ה)?(?:ראיון|פגישה|שיחה)|(?:ה)?מועד\s+(?:ה)?חדש"
    # Cebuano "Ato na lang ibalhin sa:" (we'll move it to), "bag-ong schedule" (new)
    r"|\b(?:i|gi)balhin\b|bag-ong\s+(?:schedule|oras|petsa)"
    # Pashto "نوې نېټه او وخت:" (the new date and time)
    r"|نو[ېي]\s+نېټه"
    # Egyptian "مضطرين نأجل المقابلة" (we must put the interview off), "الميعاد الجديد:"
    r"|(?:نأجل|نؤجل|هنأجل|هنؤجل|أجلنا|أجّلنا)\s+(?:ال)?(?:مقابلة|ميعاد|موعد)"
    r"|(?:ال)?(?:ميعاد|موعد)\s+(?:ال)?جديد"
    r"|verplaats(?:t|en)|verzet(?:ten)?|omgezet|nieuwe?\s+tijdstip(?=\s*:)|reprogram\w+|ertelen\w+|yeniden\s+planla\w+"
    # Romanian "suntem nevoiți să mutăm întâlnirea", Catalan "Hem mogut l'entrevista"
    r"|să\s+mutăm|am\s+mutat|a\s+fost\s+mutat\w*|noua\s+programare"
    r"|(?:hem|he|han)\s+(?:mogut|canviat|ajornat)\b"
    r"|přesun\w+|přeložen\w+|áthelyez\w+|átütemez\w+|(?:di)?jadwal(?:kan)?\s+ulang"
    r"|penjadwalan\s+ulang|dời\s+lịch|đổi\s+lịch|перенес\w+|перенос\w*"
    r"|przesun\w+|zmian\w*\s+terminu|nowy\s+termin|нов(?:ое|ая)\s+(?:время|дата)"
    r"|нов(?:ий|а)\s+(?:час|дата)|nuevo\s+horario|novo\s+hor[áa]rio"
    r"|yeni\s+(?:tarix|vaxt)\w*|vaxt\s+dəyişikliyi|novi\s+termin|нови\s+термин"
    # Turkish "ertelemek durumunda kaldık", "Yeni tarih:"; French "nous préférons le déplacer"
    r"|ertele\w+|yeni\s+(?:tarih|saat)|jāpārceļ|pārcel(?:t|ta|ām|sim)\b|(?:le|la|l['’])\s*(?:déplacer|reporter|décaler)"
)
#: The slot is set, not offered: "tenho o gosto de confirmar a sua entrevista", "la
#: entrevista queda para el jueves", "je vous confirme", "ist für Dienstag angesetzt".
CONFIRM = (
    r"|confirmar\s+(?:a\s+)?(?:sua|tua|su|tu)\s+(?:entrevista|reuni[ãa]o|conversa)"
    # "uma entrevista, que terá lugar na quinta-feira", "qui aura lieu le", "che avrà luogo"
    r"|terá\s+lugar|tendrá\s+lugar|aura\s+lieu|avrà\s+luogo"
    r"|(?:fica|ficou|est[áa])\s+(?:marcad|agendad|confirmad)[ao]|(?:te|le|lhe)\s+confirmo"
    r"|(?:queda|qued[óo])\s+(?:para\s+(?:el|este|esta|ma[ñn]ana|hoy)|agendad[ao]|programad[ao]"
    r"|confirmad[ao]|fijad[ao])|confirmamos\s+(?:tu|su|la|el)|est[áa]\s+(?:agendad|programad)[ao]"
    r"|(?:je|nous)\s+vous\s+confirm\w+|(?:est|a\s+été)\s+(?:fixée?|prévue?|programmée?"
    r"|planifiée?|confirmée?)\s+(?:le|pour|à|au)\b"
    r"|best[äa]tigen?\s+(?:Ihnen|dir|wir)|(?:ist|wurde)\s+(?:für\s+\S+\s+)?(?:angesetzt"
    r"|eingeplant|terminiert|bestätigt)"
    r"|(?:ti|le|vi)\s+confermo|confermiamo|(?:è|e['’])\s+(?:fissat|confermat|programmat)[oa]"
    r"|(?:bevestig|bevestigen)\s+(?:ik|we|wij|graag)|staat\s+(?:gepland|ingepland)"
    r"|is\s+ingepland|vahvista(?:n|mme)|on\s+sovittu|bekräftar|är\s+bokad|bekræfter"
    r"|potwierdzam\w*|confirm[ăa]m|este\s+programat[ăa]|teyit\s+ediyor\w*"
    r"|επιβεβαιών\w*|έχει\s+προγραμματιστεί"
)
ASK_CJK = (r"ご都合の?(?:よい|良い|いい|よろしい|宜しい)(?:日|時)|候補日時?(?:を|から|の中)"
           r"|方便的时间|가능한\s*(?:시간|일정)")
