"""Message text for the benchmark mailboxes: building blocks and the everyday mail.

Why hand-written templates and no mail library: the 100k mailbox must generate in seconds,
and `email.message.EmailMessage` costs about a millisecond a message; plain string
formatting costs a few microseconds. Every word here was written for these benchmarks;
people, shops and publishers are invented (companies use the reserved ``.example`` TLD).

Every function takes the caller's seeded `random.Random` and draws from it in a fixed
order, so one seed always gives the same bytes.
"""

from __future__ import annotations

import base64
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime
from zoneinfo import ZoneInfo

SAST = ZoneInfo("Africa/Johannesburg")
USER_NAME, USER_ADDR = "Thandi Nkosi", "thandi@example.org"
USER = f"{USER_NAME} <{USER_ADDR}>"


@dataclass(frozen=True)
class Mail:
    """One generated message: when it arrived, where it lives, its bytes, its category."""

    when: datetime
    folder: str  # "inbox" | "sent"
    raw: bytes
    kind: str  # "job" | "newsletter" | "notification" | "receipt" | "personal" | "attachment"
    msgid: str


FRIENDS = [
    ("Lerato Dlamini", "lerato.dlamini@gmail.com"), ("Sipho Mokoena", "sipho.m@outlook.com"),
    ("Anika van der Merwe", "anika.vdm@gmail.com"), ("Kagiso Molefe", "kagiso@icloud.com"),
    ("Zoë Adams", "zoe.adams@proton.me"), ("Ravi Naidoo", "ravi.naidoo@gmail.com"),
    ("Mandla Nkosi", "mandla.nkosi@gmail.com"), ("Ayesha Khan", "ayesha.k@yahoo.com"),
    ("Pieter Botha", "pbotha@outlook.com"), ("Naledi Sithole", "naledi.s@gmail.com"),
    ("Chloé Martin", "chloe.martin@gmx.net"), ("Tendai Moyo", "tendai.moyo@gmail.com"),
    ("Fatima Patel", "fatima.patel@icloud.com"), ("Johan Steyn", "johan.steyn@gmail.com"),
    ("Nomsa Nkosi", "nomsa.nkosi@gmail.com"), ("Ben Okafor", "ben.okafor@outlook.com"),
]  # fmt: skip
PLACES = ["Kalk Bay", "Stellenbosch", "the Neighbourgoods Market", "Muizenberg",
          "the Botanical Gardens", "Lion's Head", "Woodstock", "Franschhoek"]
FOODS = ["braai", "curry night", "pizza", "potjie", "sushi", "brunch"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def mid(rng: random.Random, domain: str) -> str:
    return f"{rng.getrandbits(64):016x}.{rng.getrandbits(20):05x}@{domain}"


def head(rng: random.Random, when: datetime, sender: str, to: str, subject: str,
         msgid: str, extra: str = "", ctype: str = 'text/plain; charset="utf-8"',
         cte: str = "8bit") -> str:
    """A header block as real servers leave it: trace headers first, then the author's."""
    relay = f"mx{rng.randint(1, 9)}.mail.example"
    stamp = format_datetime(when + timedelta(seconds=rng.randint(1, 40)))
    return (f"Return-Path: <{sender.rpartition('<')[2].rstrip('>')}>\n"
            f"Received: from {relay} ([10.{rng.randint(0, 255)}.{rng.randint(0, 255)}."
            f"{rng.randint(1, 254)}])\n\tby mail.example.org with ESMTPS id "
            f"{rng.getrandbits(40):010x}\n\tfor <{USER_ADDR}>; {stamp}\n"
            f"Date: {format_datetime(when)}\nFrom: {sender}\nTo: {to}\nSubject: {subject}\n"
            f"Message-ID: <{msgid}>\n{extra}MIME-Version: 1.0\nContent-Type: {ctype}\n"
            f"Content-Transfer-Encoding: {cte}\n\n")


def boundary(rng: random.Random) -> str:
    return f"=_b{rng.getrandbits(48):012x}"


def alternative(rng: random.Random, text: str, html: str) -> tuple[str, str]:
    """(content type, body) of a multipart/alternative with a text and an HTML part."""
    b = boundary(rng)
    body = (f"--{b}\nContent-Type: text/plain; charset=\"utf-8\"\n"
            f"Content-Transfer-Encoding: 8bit\n\n{text}\n--{b}\n"
            f"Content-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
            f"{html}\n--{b}--\n")
    return f'multipart/alternative; boundary="{b}"', body


class Blobs:
    """A few base64 attachments made once per seed and reused: random bytes of photo and
    document sizes (scaled down so a 100k mailbox stays under a gigabyte on disk)."""

    SIZES = (12_000, 20_000, 28_000, 40_000, 56_000, 80_000)

    def __init__(self, seed: int) -> None:
        rng = random.Random(seed ^ 0x5EED)
        self.items = []
        for size in self.SIZES:
            data = base64.encodebytes(rng.randbytes(size)).decode("ascii")
            self.items.append(data)

    def pick(self, rng: random.Random) -> str:
        return self.items[rng.randrange(len(self.items))]


def mixed(rng: random.Random, text: str, parts: list[tuple[str, str, str]]) -> tuple[str, str]:
    """(content type, body) of a multipart/mixed: text, then (type, filename, base64)."""
    b = boundary(rng)
    out = [f"--{b}\nContent-Type: text/plain; charset=\"utf-8\"\n"
           f"Content-Transfer-Encoding: 8bit\n\n{text}\n"]
    for ctype, name, data in parts:
        out.append(f"--{b}\nContent-Type: {ctype}; name=\"{name}\"\nContent-Disposition: "
                   f"attachment; filename=\"{name}\"\nContent-Transfer-Encoding: base64\n\n"
                   f"{data}")
    out.append(f"--{b}--\n")
    return f'multipart/mixed; boundary="{b}"', "".join(out)


# ------------------------------------------------------------------ newsletters

PUBLISHERS = [
    ("The Weekly Byte", "news@weeklybyte.example", "tech"),
    ("Cape Foodie", "hello@capefoodie.example", "food"),
    ("Trail Runners SA", "club@trailrunners.example", "running"),
    ("Python Digest", "digest@pydigest.example", "tech"),
    ("Karoo Outdoor Store", "deals@karoooutdoor.example", "shop"),
    ("Bookworm Corner", "newsletter@bookworm.example", "books"),
    ("Urban Plant Co.", "grow@urbanplant.example", "shop"),
    ("Daily Markets Brief", "brief@marketsbrief.example", "finance"),
]  # fmt: skip
TOPICS = {
    "tech": ["a gentle tour of async generators", "why your build cache keeps missing",
             "ten terminal tricks we keep forgetting", "what changed in the new LTS kernel",
             "profiling a slow web page, step by step", "the quiet rise of SQLite on servers"],
    "food": ["the best bunny chow this side of Durban", "five bakeries worth the queue",
             "a slow-cooked lamb shank for Sunday", "where to drink coffee in Observatory",
             "our winter soup round-up", "a vegetarian potjie that converts sceptics"],
    "running": ["hill repeats without the tears", "race report: the Table Mountain loop",
                "choosing trail shoes for wet weather", "recovery runs and why they matter",
                "new routes on the Helderberg", "member spotlight: forty marathons on"],
    "books": ["six novels for a long weekend", "an interview with a debut poet",
              "what our readers loved this month", "crime fiction set in the Karoo",
              "the best new translated fiction", "short stories for the commute"],
    "shop": ["new arrivals just landed", "our customers' favourite picks this season",
             "a guide to caring for your new purchase", "behind the scenes at the warehouse",
             "gift ideas under R300", "the weekend sale starts now"],
    "finance": ["rand steadies ahead of the rates decision", "what a flat yield curve means",
                "three charts on household savings", "commodities had a busy week",
                "a plain guide to tax-free savings accounts", "the week ahead on the JSE"],
}  # fmt: skip
FILLER = [
    "We read the mailing list so you do not have to, and we picked the bits worth your time.",
    "As always, hit reply and tell us what you would like to see more of next week.",
    "Our small team put this together over far too many cups of rooibos.",
    "If you only have two minutes, the first story is the one to read.",
    "Thanks to everyone who wrote in after last week's piece; we loved the stories.",
    "A reminder that every past issue lives in our archive on the website.",
    "Prices and availability are correct at the time of writing and may change.",
    "This one runs a little longer than usual, so grab a coffee first.",
]  # fmt: skip
NEWS_SUBJECTS = ["{pub}: {topic}", "This week: {topic}", "{topic} (and more inside)",
                 "Issue #{n}: {topic}", "{pub} weekly: {topic}", "Don't miss: {topic}"]


def newsletter(rng: random.Random, when: datetime) -> Mail:
    pub, addr, area = PUBLISHERS[rng.randrange(len(PUBLISHERS))]
    topics = rng.sample(TOPICS[area], 3)
    subject = rng.choice(NEWS_SUBJECTS).format(pub=pub, topic=topics[0].capitalize(),
                                               n=rng.randint(40, 420))
    paras = [f"{t.capitalize()}. {rng.choice(FILLER)} {rng.choice(FILLER)}" for t in topics]
    text = f"{pub}\n\n" + "\n\n".join(paras) + (
        "\n\nYou are receiving this because you subscribed at our website.\n"
        f"Unsubscribe: https://{addr.split('@')[1]}/u/{rng.getrandbits(32):08x}\n")
    cells = "".join(
        f'<tr><td style="padding:16px 24px;font-family:Helvetica,Arial,sans-serif;'
        f'font-size:15px;line-height:22px;color:#333333;"><h2 style="margin:0 0 8px 0;'
        f'font-size:20px;color:#111111;">{t.capitalize()}</h2><p style="margin:0;">{p}</p>'
        f'<p style="margin:12px 0 0 0;"><a href="https://{addr.split("@")[1]}/r/'
        f'{rng.getrandbits(40):010x}" style="color:#0b6efd;">Read more</a></p></td></tr>\n'
        for t, p in zip(topics, paras, strict=True))
    html = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{pub}</title></head>'
            f'<body style="margin:0;background:#f4f4f4;"><table role="presentation" '
            f'width="100%" cellpadding="0" cellspacing="0" style="max-width:640px;margin:0 '
            f'auto;background:#ffffff;">\n<tr><td style="padding:24px;font-size:26px;'
            f'font-weight:bold;">{pub}</td></tr>\n{cells}<tr><td style="padding:24px;'
            f'font-size:12px;color:#888888;">You are receiving this because you subscribed.'
            f' <a href="https://{addr.split("@")[1]}/u">Unsubscribe</a></td></tr>\n'
            f'</table></body></html>')
    ctype, body = alternative(rng, text, html)
    msgid = mid(rng, addr.split("@")[1])
    extra = (f"List-Id: {pub} <list.{addr.split('@')[1]}>\nList-Unsubscribe: "
             f"<https://{addr.split('@')[1]}/u>\nPrecedence: bulk\n")
    raw = head(rng, when, f"{pub} <{addr}>", USER, subject, msgid, extra, ctype, "7bit") + body
    return Mail(when, "inbox", raw.encode(), "newsletter", msgid)


# ------------------------------------------------------------------ notifications

NOTIFY = [
    ("Capitec Alerts", "alerts@bank.example", "Your statement for {month} is ready",
     "Your monthly statement is now available in the app. Log in to view it."),
    ("Capitec Alerts", "alerts@bank.example", "Payment of R{amount} received",
     "A payment of R{amount} was credited to your account ending 4471."),
    ("GitHub", "noreply@github.example", "[thandi/dotfiles] New comment on issue #{n}",
     "{friend} commented: looks good to me, merging once the checks pass."),
    ("Strava", "no-reply@strava.example", "{friend} gave you kudos",
     "{friend} gave you kudos on your morning run of {km} km."),
    ("Account Security", "security@cloudmail.example", "New sign-in on a Linux device",
     "We noticed a new sign-in to your account. If this was you, no action is needed."),
    ("City Power", "notices@citypower.example", "Planned maintenance in your area",
     "Power will be off between 09:00 and 13:00 on {day} for maintenance."),
    ("Photos", "photos@cloudmail.example", "You have new memories from {place}",
     "Relive your day at {place}. Open the app to see the collection."),
    ("Calendar", "calendar@cloudmail.example", "Reminder: dentist on {day} at 14:30",
     "This is a reminder for your appointment with Dr Pillay on {day} at 14:30."),
]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def notification(rng: random.Random, when: datetime) -> Mail:
    name, addr, subject, line = NOTIFY[rng.randrange(len(NOTIFY))]
    fill = {"month": MONTHS[(when.month - 2) % 12], "amount": f"{rng.randint(50, 9000):,}",
            "n": rng.randint(2, 120), "friend": rng.choice(FRIENDS)[0],
            "km": f"{rng.uniform(3, 21):.1f}", "day": rng.choice(DAYS),
            "place": rng.choice(PLACES)}
    body = (f"Hi Thandi,\n\n{line.format(**fill)}\n\nThis is an automated message; replies "
            "to this address are not read.\n")
    msgid = mid(rng, addr.split("@")[1])
    raw = head(rng, when, f"{name} <{addr}>", USER, subject.format(**fill), msgid,
               "Auto-Submitted: auto-generated\n")
    return Mail(when, "inbox", (raw + body).encode(), "notification", msgid)


# ------------------------------------------------------------------ receipts

SHOPS = [("Takealot", "orders@takealot.example"), ("Woolies Online", "shop@woolies.example"),
         ("Bolt", "receipts@bolt.example"), ("Mr D Food", "orders@mrd.example"),
         ("Loot Books", "orders@lootbooks.example"), ("Vodashop", "billing@vodashop.example")]
RECEIPT_SUBJECTS = ["Your receipt from {shop}", "Order {n} has shipped",
                    "Your {shop} order {n}", "Thanks for your order ({n})",
                    "Your trip receipt for {day}", "Invoice {n} from {shop}",
                    "Your order confirmation {n}"]
ITEMS = ["USB-C charger", "trail socks (3 pack)", "rooibos tea 80s", "notebook A5",
         "coffee beans 1kg", "phone cover", "paperback novel", "bluetooth speaker"]


def receipt(rng: random.Random, when: datetime, blobs: Blobs) -> Mail:
    shop, addr = SHOPS[rng.randrange(len(SHOPS))]
    order = f"#{rng.randint(10_000_000, 99_999_999)}"
    subject = rng.choice(RECEIPT_SUBJECTS).format(shop=shop, n=order, day=rng.choice(DAYS))
    lines = [(rng.choice(ITEMS), rng.randint(1, 3), rng.randint(25, 1500))
             for _ in range(rng.randint(1, 4))]
    rows = "\n".join(f"  {q} x {item:<24} R{p * q:>8,}.00" for item, q, p in lines)
    total = sum(p * q for _, q, p in lines)
    text = (f"Hi Thandi,\n\nThanks for shopping with {shop}. Here is your receipt for order "
            f"{order}.\n\n{rows}\n  {'Total':<29} R{total:>8,}.00\n\nQuestions? Visit our "
            "help centre; please do not reply to this email.\n")
    msgid = mid(rng, addr.split("@")[1])
    if rng.random() < 0.25:  # a PDF invoice attached
        ctype, body = mixed(rng, text, [("application/pdf", f"invoice-{order[1:]}.pdf",
                                         blobs.pick(rng))])
        raw = head(rng, when, f"{shop} <{addr}>", USER, subject, msgid, "", ctype, "7bit")
    else:
        raw, body = head(rng, when, f"{shop} <{addr}>", USER, subject, msgid), text
    return Mail(when, "inbox", (raw + body).encode(), "receipt", msgid)


# ------------------------------------------------------------------ personal threads

OPENERS = [
    ("{food} on {day}?", "Hey Thandi!\n\nWe're doing {food} at ours on {day} from about six. "
     "Can you make it? Bring whoever you like.\n"),
    ("{place} this weekend", "Hi!\n\nThinking of heading to {place} on {day} morning if the "
     "weather holds. Keen?\n"),
    ("Mom's birthday", "Hi sis,\n\nDon't forget Mom's birthday is on {day}. I was thinking "
     "we could all chip in for a nice lunch somewhere. Thoughts?\n"),
    ("Book club: next pick", "Hi all,\n\nMy turn to choose! I'm torn between two novels; "
     "we can vote on {day}. Same time, same place.\n"),
    ("That recipe", "Hey,\n\nHere's the {food} recipe I promised. The trick is to go slow "
     "with the onions. Let me know how it turns out!\n"),
    ("Long time!", "Hi Thandi,\n\nIt's been ages. How are you doing? Are you still in Cape "
     "Town? We should catch coffee near {place} soon.\n"),
]  # fmt: skip
REPLIES = [
    "Sounds great, count me in!", "Ah, I can't on {day}, sorry. Next time for sure.",
    "Yes please. Should I bring anything?", "Haha, I was just thinking about that.",
    "Let me check and get back to you tonight.", "Perfect, see you there.",
    "Love this idea. {place} is always lovely.", "Thanks! Will try it on {day}.",
]  # fmt: skip


def _quote(text: str, who: str, when: datetime) -> str:
    quoted = "\n".join("> " + line if line else ">" for line in text.strip().split("\n"))
    return f"\nOn {format_datetime(when)}, {who} wrote:\n{quoted}\n"


def personal_thread(rng: random.Random, start: datetime, limit: int) -> list[Mail]:
    """A conversation of 1-5 messages between the user and a friend: the user's own
    messages land in Sent, as a mail client files them."""
    name, addr = FRIENDS[rng.randrange(len(FRIENDS))]
    fill = {"food": rng.choice(FOODS), "day": rng.choice(DAYS), "place": rng.choice(PLACES)}
    subject, text = rng.choice(OPENERS)
    subject, text = subject.format(**fill).capitalize(), text.format(**fill)
    count = min(limit, rng.choice((1, 1, 2, 2, 3, 3, 4, 5)))
    friend = f"{name} <{addr}>"
    out: list[Mail] = []
    refs: list[str] = []
    when, prev_when, prev_text, prev_who = start, start, "", ""
    for n in range(count):
        from_user = n % 2 == 1 if rng.random() < 0.8 else n % 2 == 0
        sender, to = (USER, friend) if from_user else (friend, USER)
        msgid = mid(rng, "mail.gmail.example" if not from_user else "example.org")
        first = (USER_NAME if from_user else name).split()[0]
        if n:
            body = (f"{rng.choice(REPLIES).format(**fill)}\n\n{first}\n"
                    + _quote(prev_text, prev_who, prev_when))
            extra = f"In-Reply-To: <{refs[-1]}>\nReferences: {' '.join(f'<{r}>' for r in refs)}\n"
            subj = f"Re: {subject}"
        else:
            body = f"{text}\n{first}\n"
            extra, subj = "", subject
        raw = head(rng, when, sender, to, subj, msgid, extra) + body
        out.append(Mail(when, "sent" if from_user else "inbox", raw.encode(), "personal",
                        msgid))
        refs.append(msgid)
        prev_text, prev_who, prev_when = body, sender, when
        when += timedelta(minutes=rng.randint(5, 60 * 30))
    return out


# ------------------------------------------------------------------ attachments

ATTACH = [
    ("Photos from {place}", "Here are the photos from {place}! The second one is my "
     "favourite.", "image/jpeg", "IMG_{n}.jpg"),
    ("Scanned documents", "Hi Thandi, attached are the scans you asked for. Shout if "
     "anything is unreadable.", "application/pdf", "scan-{n}.pdf"),
    ("Lease renewal", "Good day, please find the renewal letter for your flat attached. "
     "Kindly sign and return by month end.", "application/pdf", "lease-renewal-{n}.pdf"),
    ("Braai pics", "A few pics from {day}. What a night!", "image/jpeg", "PXL_{n}.jpg"),
    ("Medical aid claim", "Dear member, your claim statement is attached for your "
     "records.", "application/pdf", "claim-{n}.pdf"),
]  # fmt: skip


def attachment(rng: random.Random, when: datetime, blobs: Blobs) -> Mail:
    subject, line, ctype, fname = ATTACH[rng.randrange(len(ATTACH))]
    name, addr = FRIENDS[rng.randrange(len(FRIENDS))]
    fill = {"place": rng.choice(PLACES), "day": rng.choice(DAYS), "n": rng.randint(1000, 9999)}
    parts = [(ctype, fname.format(**fill), blobs.pick(rng))
             for _ in range(rng.choice((1, 1, 1, 2, 3)) if ctype == "image/jpeg" else 1)]
    ctype_all, body = mixed(rng, f"Hi Thandi,\n\n{line.format(**fill)}\n\n{name.split()[0]}\n",
                            parts)
    msgid = mid(rng, addr.split("@")[1])
    raw = head(rng, when, f"{name} <{addr}>", USER, subject.format(**fill), msgid, "",
               ctype_all, "7bit")
    return Mail(when, "inbox", (raw + body).encode(), "attachment", msgid)
