"""Month and weekday names in the languages interview mail arrives in, and clock phrases
that the core grammar in dates.py does not cover.

Kept apart from dates.py so the grammar stays readable: these are vocabulary tables plus a
few extra time shapes ("tomorrow afternoon at 3", French "à 14h"), each one a way people
really write an appointment time.
"""

from __future__ import annotations

import re
from datetime import time

from .. import rx

#: Foreign month names (accent-bearing spellings and accent-free ones) -> month number.
FOREIGN_MONTHS: dict[str, int] = {
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    # Spanish / Portuguese
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12, "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6,
    "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    # Afrikaans
    "januarie": 1, "februarie": 2, "junie": 6, "julie": 7, "desember": 12,
    # Swedish, Danish, Norwegian
    "augusti": 8, "maj": 5, "marts": 3,
    # Polish (the genitive a date is written with: "26 stycznia")
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
    "lipca": 7, "sierpnia": 8, "września": 9, "wrzesnia": 9, "października": 10,
    "pazdziernika": 10, "listopada": 11, "grudnia": 12,
    # Turkish
    "ocak": 1, "şubat": 2, "subat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "mayis": 5,
    "haziran": 6, "temmuz": 7, "ağustos": 8, "agustos": 8, "eylül": 9, "eylul": 9, "ekim": 10,
    "kasım": 11, "kasim": 11, "aralık": 12, "aralik": 12,
    # Catalan
    "gener": 1, "febrer": 2, "març": 3, "maig": 5, "juny": 6, "juliol": 7, "setembre": 9,
    "desembre": 12,
    # Indonesian, Malay (the rest are spelled as in Dutch, German or Afrikaans)
    "maret": 3, "mac": 3, "ogos": 8, "disember": 12,
    # Romanian
    "ianuarie": 1, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7, "septembrie": 9,
    "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    # Hungarian (written year first: "2027. március 3.")
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,
    "július": 7, "augusztus": 8, "szeptember": 9, "október": 10,
    # Estonian
    "jaanuar": 1, "veebruar": 2, "märts": 3, "aprill": 4, "juuni": 6, "juuli": 7,
    "oktoober": 10, "detsember": 12,
    # (the adessive a date is said with: "31. märtsil")
    "jaanuaril": 1, "veebruaril": 2, "märtsil": 3, "aprillil": 4, "juunil": 6, "juulil": 7,
    "augustil": 8, "septembril": 9, "oktoobril": 10, "novembril": 11, "detsembril": 12,
    # Czech and Slovak (the genitive a date is written with)
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6,
    "července": 7, "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
    "januára": 1, "februára": 2, "apríla": 4, "mája": 5, "júna": 6, "júla": 7,
    "septembra": 9, "októbra": 10, "novembra": 11, "decembra": 12,
    # Croatian (not "listopada": October here, November in Polish), Serbian
    "siječnja": 1, "veljače": 2, "ožujka": 3, "travnja": 4, "svibnja": 5, "lipnja": 6,
    "srpnja": 7, "kolovoza": 8, "rujna": 9, "studenoga": 11, "studenog": 11, "prosinca": 12,
    "avgust": 8, "septembar": 9, "oktobar": 10, "novembar": 11, "decembar": 12,
    # Hebrew, with and without the prefix a date is said with ("26 בינואר 2027")
    "ינואר": 1, "בינואר": 1, "פברואר": 2, "בפברואר": 2, "מרץ": 3, "במרץ": 3,
    "אפריל": 4, "באפריל": 4, "מאי": 5, "במאי": 5, "יוני": 6, "ביוני": 6, "יולי": 7, "ביולי": 7,
    "אוגוסט": 8, "באוגוסט": 8, "ספטמבר": 9, "בספטמבר": 9, "אוקטובר": 10, "באוקטובר": 10,
    "נובמבר": 11, "בנובמבר": 11, "דצמבר": 12, "בדצמבר": 12,
    # Ukrainian, Russian (genitive)
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
    "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    # Greek (genitive, lower case)
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5,
    "ιουνίου": 6, "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10,
    "νοεμβρίου": 11, "δεκεμβρίου": 12,
    # Finnish (the partitive a date is written with: "9. maaliskuuta")
    "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5,
    "kesäkuuta": 6, "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10,
    "marraskuuta": 11, "joulukuuta": 12,
    # Arabic (Egypt and the Gulf; the Levant's "شباط", "آذار"…)
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
    "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12, "شباط": 2, "آذار": 3,
    "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "أيلول": 9,
    # Welsh, Irish (the one-word months), Maltese, Icelandic
    "ionawr": 1, "chwefror": 2, "mawrth": 3, "ebrill": 4, "mehefin": 6, "gorffennaf": 7,
    "awst": 8, "medi": 9, "hydref": 10, "tachwedd": 11, "rhagfyr": 12,
    "eanáir": 1, "feabhra": 2, "márta": 3, "aibreán": 4, "bealtaine": 5, "meitheamh": 6,
    "iúil": 7, "lúnasa": 8, "samhain": 11, "nollaig": 12,
    "jannar": 1, "frar": 2, "marzu": 3, "mejju": 5, "ġunju": 6, "lulju": 7, "awwissu": 8,
    "settembru": 9, "ottubru": 10, "novembru": 11, "diċembru": 12,
    "janúar": 1, "febrúar": 2, "apríl": 4, "maí": 5, "júní": 6, "júlí": 7, "ágúst": 8,
    "nóvember": 11,
    # Swahili (the others as in Dutch, German, Afrikaans or Indonesian)
    "machi": 3, "aprili": 4, "julai": 7, "agosti": 8, "septemba": 9, "oktoba": 10,
    "novemba": 11, "desemba": 12,
    # Azerbaijani and Uzbek (March as in Turkish, May as in English)
    "yanvar": 1, "fevral": 2, "aprel": 4, "iyun": 6, "iyul": 7, "avqust": 8,
    "sentyabr": 9, "sentabr": 9, "oktyabr": 10, "oktabr": 10, "noyabr": 11, "dekabr": 12,
    # Albanian (March and May as in French and Danish)
    "janar": 1, "shkurt": 2, "prill": 4, "qershor": 6, "korrik": 7, "gusht": 8,
    "shtator": 9, "tetor": 10, "nëntor": 11, "nentor": 11, "dhjetor": 12,
    # Filipino (the rest as in Spanish)
    "pebrero": 2, "marso": 3, "hunyo": 6, "hulyo": 7, "setyembre": 9, "oktubre": 10,
    "nobyembre": 11, "disyembre": 12,
    # Lithuanian (genitive), Latvian (locative), Slovenian (genitive)
    "sausio": 1, "vasario": 2, "kovo": 3, "balandžio": 4, "gegužės": 5, "birželio": 6,
    "liepos": 7, "rugpjūčio": 8, "rugsėjo": 9, "spalio": 10, "lapkričio": 11, "gruodžio": 12,
    "janvārī": 1, "februārī": 2, "martā": 3, "aprīlī": 4, "maijā": 5, "jūnijā": 6,
    "jūlijā": 7, "augustā": 8, "septembrī": 9, "oktobrī": 10, "novembrī": 11, "decembrī": 12,
    "januarja": 1, "februarja": 2, "aprila": 4, "junija": 6, "julija": 7, "avgusta": 8,
    "oktobra": 10,
    # Macedonian, Serbian Cyrillic, Kazakh
    "јануари": 1, "февруари": 2, "март": 3, "април": 4, "мај": 5, "јуни": 6, "јули": 7,
    "август": 8, "септември": 9, "октомври": 10, "ноември": 11, "декември": 12,
    "јануар": 1, "фебруар": 2, "јун": 6, "јул": 7, "септембар": 9, "октобар": 10,
    "новембар": 11, "децембар": 12, "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4,
    "мамыр": 5, "маусым": 6, "шілде": 7, "тамыз": 8, "қыркүйек": 9, "қазан": 10,
    "қараша": 11, "желтоқсан": 12,
    # Hindi (फ़ with its dot as one letter or two)
    "जनवरी": 1, "फरवरी": 2, "फ़रवरी": 2, "\u095eरवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5,
    "जून": 6, "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10,
    "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
    # Nepali and Marathi spellings of the English months
    "फेब्रुअरी": 2, "अप्रिल": 4, "सेप्टेम्बर": 9, "सप्टेंबर": 9,
    "अक्टोबर": 10, "ऑक्टोबर": 10, "नोभेम्बर": 11, "नोव्हेंबर": 11, "डिसेम्बर": 12,
    "डिसेंबर": 12, "फेब्रुवारी": 2, "जानेवारी": 1, "एप्रिल": 4, "ऑगस्ट": 8, "अगस्ट": 8,
    # Persian spellings of the English months (beside the Solar Hijri date a mail gives)
    "ژانویه": 1, "فوریه": 2, "آوریل": 4, "ژوئن": 6, "ژوئیه": 7, "جولای": 7, "اوت": 8,
    "آگوست": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
    # Pashto spellings of the English months ("(۱۰ مې ۲۰۲۷)" beside a Solar Hijri date)
    "جنوري": 1, "فبروري": 2, "مارچ": 3, "اپریل": 4, "مې": 5, "جون": 6, "اګست": 8,
    "سپتمبر": 9, "اکتوبر": 10, "نومبر": 11, "ډسمبر": 12,
    # Bengali, Punjabi (Gurmukhi), Gujarati, Telugu, Kannada and Malayalam, as the English
    # months are written in each
    "জানুয়ারি": 1, "ফেব্রুয়ারি": 2, "মার্চ": 3, "এপ্রিল": 4, "মে": 5, "জুন": 6, "জুলাই": 7,
    "আগস্ট": 8, "সেপ্টেম্বর": 9, "অক্টোবর": 10, "নভেম্বর": 11, "ডিসেম্বর": 12,
    "ਜਨਵਰੀ": 1, "ਫ਼ਰਵਰੀ": 2, "ਫਰਵਰੀ": 2, "ਮਾਰਚ": 3, "ਅਪ੍ਰੈਲ": 4, "ਅਪਰੈਲ": 4, "ਮਈ": 5,
    "ਜੂਨ": 6, "ਜੁਲਾਈ": 7, "ਅਗਸਤ": 8, "ਸਤੰਬਰ": 9, "ਅਕਤੂਬਰ": 10, "ਨਵੰਬਰ": 11, "ਦਸੰਬਰ": 12,
    "જાન્યુઆરી": 1, "ફેબ્રુઆરી": 2, "માર્ચ": 3, "એપ્રિલ": 4, "મે": 5, "જૂન": 6, "જુલાઈ": 7,
    "ઓગસ્ટ": 8, "સપ્ટેમ્બર": 9, "ઓક્ટોબર": 10, "નવેમ્બર": 11, "ડિસેમ્બર": 12,
    "జనవరి": 1, "ఫిబ్రవరి": 2, "మార్చి": 3, "ఏప్రిల్": 4, "మే": 5, "జూన్": 6, "జూలై": 7,
    "ఆగస్టు": 8, "సెప్టెంబర్": 9, "అక్టోబర్": 10, "నవంబర్": 11, "డిసెంబర్": 12,
    "ಜನವರಿ": 1, "ಫೆಬ್ರವರಿ": 2, "ಮಾರ್ಚ್": 3, "ಏಪ್ರಿಲ್": 4, "ಮೇ": 5, "ಜೂನ್": 6, "ಜುಲೈ": 7,
    "ಆಗಸ್ಟ್": 8, "ಸೆಪ್ಟೆಂಬರ್": 9, "ಅಕ್ಟೋಬರ್": 10, "ನವೆಂಬರ್": 11, "ಡಿಸೆಂಬರ್": 12,
    "ജനുവരി": 1, "ഫെബ്രുവരി": 2, "മാർച്ച്": 3, "ഏപ്രിൽ": 4, "മേയ്": 5, "ജൂൺ": 6, "ജൂലൈ": 7,
    "ഓഗസ്റ്റ്": 8, "സെപ്റ്റംബർ": 9, "ഒക്ടോബർ": 10, "നവംബർ": 11, "ഡിസംബർ": 12,
    # Tamil, as the English months are written in it
    "ஜனவரி": 1, "பிப்ரவரி": 2, "மார்ச்": 3, "ஏப்ரல்": 4, "மே": 5, "ஜூன்": 6, "ஜூலை": 7,
    "ஆகஸ்ட்": 8, "செப்டம்பர்": 9, "அக்டோபர்": 10, "நவம்பர்": 11, "டிசம்பர்": 12,
    # Thai (its year is the Buddhist Era's, 543 ahead: dates.py takes it off)
    "มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6,
    "กรกฎาคม": 7, "สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12,
    # (and as Thai mail abbreviates them: "3 มี.ค. 2570")
    "ม.ค.": 1, "ก.พ.": 2, "มี.ค.": 3, "เม.ย.": 4, "พ.ค.": 5, "มิ.ย.": 6, "ก.ค.": 7,
    "ส.ค.": 8, "ก.ย.": 9, "ต.ค.": 10, "พ.ย.": 11, "ธ.ค.": 12,
}
#: Foreign weekday names -> weekday number (Monday = 0).
FOREIGN_WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonntag": 6,
    "lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2,
    "giovedì": 3, "giovedi": 3, "venerdì": 4, "venerdi": 4, "domenica": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sábado": 5, "sabado": 5, "domingo": 6,
    "segunda-feira": 0, "terça-feira": 1, "quarta-feira": 2, "quinta-feira": 3,
    "sexta-feira": 4,
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4,
    "måndag": 0, "tisdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lördag": 5,
    "söndag": 6, "mandag": 0, "tirsdag": 1, "lørdag": 5, "søndag": 6,
    "vrydag": 4, "saterdag": 5, "sondag": 6,
    "poniedziałek": 0, "wtorek": 1, "środa": 2, "środę": 2, "czwartek": 3, "piątek": 4,
    "sobota": 5, "sobotę": 5, "niedziela": 6, "niedzielę": 6,
    # Catalan
    "dilluns": 0, "dimarts": 1, "dimecres": 2, "dijous": 3, "divendres": 4, "dissabte": 5,
    "diumenge": 6,
    # Indonesian, Malay
    "senin": 0, "isnin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "khamis": 3, "jumat": 4,
    "jumaat": 4, "sabtu": 5, "minggu": 6,
    # Romanian
    "luni": 0, "marți": 1, "marti": 1, "miercuri": 2, "joi": 3, "vineri": 4, "sâmbătă": 5,
    "duminică": 6,
    # Hungarian
    "hétfő": 0, "kedd": 1, "szerda": 2, "csütörtök": 3, "péntek": 4, "szombat": 5,
    "vasárnap": 6,
    # Estonian
    "esmaspäev": 0, "teisipäev": 1, "kolmapäev": 2, "neljapäev": 3, "reede": 4,
    "laupäev": 5, "pühapäev": 6,
    # Albanian ("të martën"), Lithuanian ("antradienį"), Czech and Slovak accusatives
    "hënën": 0, "martën": 1, "mërkurën": 2, "enjten": 3, "premten": 4, "shtunën": 5,
    "pirmadienį": 0, "antradienį": 1, "trečiadienį": 2, "ketvirtadienį": 3,
    "penktadienį": 4, "středu": 2, "stredu": 2,
    # Czech, Slovak, Croatian
    "pondělí": 0, "úterý": 1, "středa": 2, "čtvrtek": 3, "pátek": 4, "pondelok": 0,
    "utorok": 1, "streda": 2, "štvrtok": 3, "piatok": 4, "ponedjeljak": 0, "utorak": 1,
    "srijeda": 2, "četvrtak": 3, "petak": 4,
    # Ukrainian, Russian
    "понеділок": 0, "вівторок": 1, "середа": 2, "четвер": 3, "пʼятниця": 4, "п'ятниця": 4,
    "понедельник": 0, "вторник": 1, "среда": 2, "четверг": 3, "пятница": 4,
    "сряда": 2, "четвъртък": 3, "петък": 4,  # Bulgarian (its Monday and Tuesday as above)
    # Finnish (and the essive a date is written with: "tiistaina 9.3.")
    "maanantai": 0, "tiistai": 1, "keskiviikko": 2, "torstai": 3, "perjantai": 4,
    "maanantaina": 0, "tiistaina": 1, "keskiviikkona": 2, "torstaina": 3, "perjantaina": 4,
    # (and the genitive: "maanantain 22.2. haastattelu", Monday's interview)
    "maanantain": 0, "tiistain": 1, "keskiviikon": 2, "torstain": 3, "perjantain": 4,
    # Greek, Arabic
    "δευτέρα": 0, "τρίτη": 1, "τετάρτη": 2, "πέμπτη": 3, "παρασκευή": 4,
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3,
    "الجمعة": 4, "السبت": 5, "الأحد": 6,
}

_DE_UNITS = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
#: German days written out as ordinals, as formal letters do: "am Donnerstag, dem zehnten
#: Dezember", "zum ersten März".
GERMAN_ORDINALS: dict[str, int] = {
    "ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "fünften": 5, "sechsten": 6,
    "siebten": 7, "achten": 8, "neunten": 9, "zehnten": 10, "elften": 11, "zwölften": 12,
    **{f"{u}zehnten": 10 + i for i, u in enumerate(_DE_UNITS[2:], 3)},
    "sechzehnten": 16, "siebzehnten": 17, "zwanzigsten": 20,
    **{f"{u}undzwanzigsten": 20 + i for i, u in enumerate(_DE_UNITS, 1)},
    "dreißigsten": 30, "einunddreißigsten": 31,
}
GERMAN_ORDINAL_DATE = rx.compile(
    r"\b(?:am|dem|den|zum|vom)\s+(?P<dw>"
    + "|".join(sorted(GERMAN_ORDINALS, key=len, reverse=True))
    + r")\s+(?P<m>januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober"
    r"|november|dezember)\b",
    re.I,
)

_SV_UNITS = ("första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde",
             "nionde")
_NO_UNITS = ("første", "andre", "tredje", "fjerde", "femte", "sjette", "sjuende", "åttende",
             "niende")
#: Swedish, Norwegian and Danish days written out as ordinals: "senast fredagen den nionde
#: april", "den tjuende mai", "den enogtyvende marts".
NORDIC_ORDINALS: dict[str, int] = {
    **{w: i for i, w in enumerate(_SV_UNITS, 1)}, **{w: i for i, w in enumerate(_NO_UNITS, 1)},
    "tionde": 10, "elfte": 11, "tolfte": 12, "trettonde": 13, "fjortonde": 14, "femtonde": 15,
    "sextonde": 16, "sjuttonde": 17, "artonde": 18, "nittonde": 19, "tjugonde": 20,
    **{f"tjugo{w}": 20 + i for i, w in enumerate(_SV_UNITS, 1)}, "trettionde": 30,
    "trettioförsta": 31,
    "tiende": 10, "ellevte": 11, "tolvte": 12, "trettende": 13, "fjortende": 14,
    "femtende": 15, "sekstende": 16, "syttende": 17, "attende": 18, "nittende": 19,
    "tjuende": 20, **{f"tjue{w}": 20 + i for i, w in enumerate(_NO_UNITS, 1)},
    "trettiende": 30, "trettiførste": 31,
    "anden": 2, "syvende": 7, "ottende": 8, "tyvende": 20, "tredivte": 30,
    **{f"{u}ogtyvende": 20 + i for i, u in enumerate(
        ("en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"), 1)},
    "enogtredivte": 31,
}
NORDIC_ORDINAL_DATE = rx.compile(
    r"\b(?:den|d\.)\s+(?P<dw>" + "|".join(sorted(NORDIC_ORDINALS, key=len, reverse=True))
    + r")\s+(?P<m>januari|januar|februari|februar|mars|marts|april|maj|mai|juni|juli|augusti"
    r"|august|september|oktober|november|december|desember)\b",
    re.I,
)

_SL_UNITS = ("prv", "drug", "tretj", "četrt", "pet", "šest", "sedm", "osm", "devet")
_SL_TEENS = ("enajst", "dvanajst", "trinajst", "štirinajst", "petnajst", "šestnajst",
             "sedemnajst", "osemnajst", "devetnajst")
_SL_ONES = ("ena", "dva", "tri", "štiri", "pet", "šest", "sedem", "osem", "devet")
#: Slovene days written out as ordinals, in the genitive a date takes: "do petka,
#: petindvajsetega junija" (by Friday, the twenty-fifth of June).
SLOVENE_ORDINALS: dict[str, int] = {
    **{f"{u}ega": i for i, u in enumerate(_SL_UNITS, 1)}, "desetega": 10,
    **{f"{t}ega": i for i, t in enumerate(_SL_TEENS, 11)}, "dvajsetega": 20,
    **{f"{o}indvajsetega": 20 + i for i, o in enumerate(_SL_ONES, 1)},
    "tridesetega": 30, "enaintridesetega": 31,
}
SLOVENE_ORDINAL_DATE = rx.compile(
    r"\b(?P<dw>" + "|".join(sorted(SLOVENE_ORDINALS, key=len, reverse=True))
    + r")\s+(?P<m>januarja|februarja|marca|aprila|maja|junija|julija|avgusta|septembra"
    r"|oktobra|novembra|decembra)\b",
    re.I,
)

#: "tomorrow afternoon at 3", "Thursday morning at 10.30", "at 3 in the afternoon": a
#: bare hour made unambiguous by the part of the day.
DAYPART_AT = rx.compile(
    r"\b(?P<part>morning|afternoon|evening)\s+at\s+(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?"
    r"(?![\d:.]|\s*(?:[ap]\.?m|h\b|uhr))"
    r"|\bat\s+(?P<h2>\d{1,2})(?:[:.](?P<m2>[0-5]\d))?\s+in\s+the\s+(?P<part2>morning|afternoon"
    r"|evening)\b"
    # "a las 10 de la mañana", "às 3 da tarde", "à 9 h du matin", "alle 3 del pomeriggio"
    r"|\b(?:a\s+las?|às|as|à|alle|vers)\s+(?P<h3>\d{1,2})(?:[:.h](?P<m3>[0-5]\d))?\s*h?\s+"
    r"(?:de\s+la|da|du|del|de\s+l['’]|di)\s+(?P<part3>mañana|manhã|matin|mattin[oa]|tarde"
    r"|après-midi|pomeriggio|noche|noite|soir|sera)\b",
    re.I,
)
#: French / German / Spanish whole hours: "à 14h", "vers 9 h", "um 14 Uhr", "a las 10".
#: Matched from the digit (a cheap scan); WHOLE_HOUR_LEAD then checks the word before it.
#: ("a las 11 hs", "a las 11 horas": Argentina's and formal Spanish's hour words)
#: (Vietnamese "lúc 9 giờ sáng", "2 giờ chiều": the hour word, then the part of the day)
WHOLE_HOUR = rx.compile(r"(?<![\w:.])(?P<h>[01]?\d|2[0-3])\s?(?:h|hs|horas|uhr|uur|časova|sati"
                        r"|часова|сати|\.\s?uri"  # (Slovenian "ob 11. uri")
                        # French "à 10 heures", "à 14 heures 30"
                        # (Vietnamese "9 giờ 30 sáng", "14 giờ 30 phút")
                        r"|(?:heures?|giờ)(?:\s(?P<m>[0-5]\d)(?:\s?phút)?(?![\w:.,]))?)(?![\w:])",
                        re.I)
WHOLE_HOUR_LEAD = re.compile(r"\b(?:à|a|vers|dès|um|gegen|ab|a\s+las|a\s+les|at|às|as|lúc|om|u|у"
                             r"|ob)\s+$"
                             # a field's label: "Zeit:  11 Uhr s.t.", "Heure : 14h"
                             r"|\b(?:zeit|uhrzeit|heure|hora|horario|ora|time|tid)\s*:\s*$"
                             r"|\bthời\s+gian\s*:?\s*$",  # (a table's label, no colon)
                             re.I)
_VI_AFTERNOON = re.compile(r"\s*(?:chiều|tối)\b")


def whole_hour(text: str, m: re.Match[str]) -> time | None:
    """The hour of a WHOLE_HOUR match that follows "à", "um", "a las" (not "48h avant")."""
    if WHOLE_HOUR_LEAD.search(text[max(0, m.start() - 24) : m.start()]) is None:
        return None
    hour = int(m["h"])
    if hour < 12 and _VI_AFTERNOON.match(text, m.end()):
        hour += 12  # "2 giờ chiều"
    return time(hour, int(m["m"] or 0))


_MORNINGS = frozenset({"mañana", "manhã", "matin", "mattino", "mattina"})


def daypart_time(m: re.Match[str]) -> time | None:
    """The clock time of a DAYPART_AT match: afternoon/evening hours are p.m."""
    hour = int(m["h"] or m["h2"] or m["h3"])
    minute = int(m["m"] or m["m2"] or m["m3"] or 0)
    part = (m["part"] or m["part2"] or m["part3"]).lower()
    part = "morning" if part in _MORNINGS else part
    if not 1 <= hour <= 12:
        return None
    if part != "morning" and hour < 12:
        hour += 12
    if part == "morning" and hour == 12:
        return None
    return time(hour, minute)
