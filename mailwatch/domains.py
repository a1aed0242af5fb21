"""Mail domains that say nothing about an employer.

Shared by extraction (a company is never named after such a domain) and the tracker (mail
from such a domain never links applications by domain). One list, so the two never
disagree about whether greenhouse.io is an employer.
"""

from __future__ import annotations

from functools import lru_cache

#: Personal-mail providers: one address is one person, but the domain says nothing.
FREEMAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
    "yahoo.com", "yahoo.co.uk", "ymail.com", "aol.com", "icloud.com", "me.com", "mac.com",
    "proton.me", "protonmail.com", "gmx.de", "gmx.net", "web.de", "zoho.com", "mail.com",
    "yandex.ru", "yandex.com", "mail.ru", "qq.com", "163.com",
    # internet providers' own mail, which small employers write from
    "bigpond.com", "bigpond.net.au", "optusnet.com.au", "xtra.co.nz", "btinternet.com",
    "sky.com", "virginmedia.com", "talktalk.net", "eircom.net", "comcast.net", "verizon.net",
    "att.net", "sbcglobal.net", "shaw.ca", "rogers.com", "sympatico.ca", "telkomsa.net",
    "mweb.co.za", "orange.fr", "free.fr", "laposte.net", "libero.it", "t-online.de",
    "seznam.cz", "wp.pl", "o2.pl", "interia.pl", "naver.com", "daum.net", "rediffmail.com",
    "uol.com.br", "bol.com.br", "terra.com.br",
})  # fmt: skip

#: Applicant-tracking, scheduling and job-board services: they mail on behalf of many
#: employers, so neither their domain nor (often) their addresses identify one employer.
ATS_DOMAINS = frozenset({
    "greenhouse.io", "greenhouse-mail.io", "lever.co", "hire.lever.co", "ashbyhq.com",
    "myworkday.com", "workday.com", "smartrecruiters.com", "icims.com", "calendly.com",
    "goodtime.io", "workable.com", "workablemail.com", "recruitee.com", "teamtailor.com",
    "teamtailor-mail.com", "jobvite.com", "bamboohr.com", "personio.de", "personio.com",
    "successfactors.com", "successfactors.eu", "taleo.net", "oraclecloud.com",
    "linkedin.com", "indeed.com", "indeedemail.com", "glassdoor.com", "hirevue.com",
    "breezy.hr", "jazzhr.com", "applytojob.com", "pinpointhq.com",
    # scheduling pages and video-interview tools
    "cal.com", "savvycal.com", "youcanbook.me", "doodle.com", "zcal.co", "tidycal.com",
    "spark-hire.com", "sparkhire.com", "willo.video", "gem.com", "rippling.com",
})  # fmt: skip

#: Names of those services and of meeting and calendar tools: they appear in subjects,
#: signatures and sender names ("Calendly", "Zoom Meeting", "Powered by Greenhouse") but are
#: never the employer of an invitation they carry.
SERVICE_NAMES = (
    "greenhouse", "lever", "ashby", "workday", "smartrecruiters", "icims", "calendly",
    "goodtime", "workable", "recruitee", "teamtailor", "jobvite", "bamboohr", "personio",
    "successfactors", "taleo", "linkedin", "indeed", "glassdoor", "hirevue", "zoom",
    "microsoft teams", "teams meeting", "google meet", "google calendar", "outlook",
    "microsoft bookings", "bookings", "webex", "whereby", "new event", "your appointment",
    "your booking", "invitation", "cal video", "cal.com", "savvycal", "vidscreen", "onetake",
    "zoom scheduler", "myworkday", "workablemail", "jazzhr", "pinpoint", "spark hire", "willo",
    "eightfold", "softgarden", "welcome to the jungle", "infojobs", "stepstone", "jobteaser",
    "hellowork", "computrabajo", "bumeran", "gupy", "ultipro", "ukg", "paycom", "paylocity",
    "applicantpro", "neogov", "dayforce", "bullhorn", "jobadder", "hireology", "modernloop",
    "avature",
)

#: Brands of those services distinctive enough that a domain label starting with one is
#: theirs, whatever the rest: a region's or a mail relay's domain ("icims.eu",
#: "acme.icims-mail.net", "myworkdayjobs.com"). Not words a company could be named
#: ("greenhouse", "lever", "workday"): those stay exact domains in ATS_DOMAINS.
SERVICE_BRANDS = ("icims", "myworkday", "smartrecruiters", "ashbyhq", "teamtailor",
                  "workablemail", "jobvite", "successfactors", "bamboohr", "recruitee",
                  "hirevue", "calendly", "greenhouse-mail", "lever-mail", "sparkhire",
                  "pinpointhq", "eightfold", "softgarden", "personio", "jazzhr",
                  # job boards that relay an employer's messages
                  "welcometothejungle", "infojobs", "stepstone", "jobteaser", "hellowork",
                  "computrabajo", "bumeran", "gupy",
                  # HR suites and public-sector hiring tools that mail for employers
                  "ultipro", "paycomonline", "paylocity", "applicantpro", "neogov",
                  "governmentjobs", "dayforcehcm", "jobadder", "hireology", "modernloop")

#: Reserved for documentation (RFC 2606): never a real employer.
#: Names reserved for examples (RFC 2606), under the generic and the country domains.
RESERVED_DOMAINS = frozenset({"example.org", "example.com", "example.net", "example.com.au",
                              "example.co.uk", "example.co.nz", "example.co.za", "example.ca"})


def is_service(domain: str | None, extra: frozenset[str] = frozenset()) -> bool:
    """An applicant-tracking, scheduling or job-board domain (listed, named by a brand in
    one of its labels, or in `extra`, the user's own list)."""
    if not domain:
        return False
    domain = domain.lower()
    return is_in(domain, ATS_DOMAINS) or (bool(extra) and is_in(domain, extra)) or any(
        label.startswith(SERVICE_BRANDS) for label in domain.split(".")[:-1])


@lru_cache(maxsize=256)
def not_an_employer_domain(domain: str) -> bool:
    """A tool's, a free-mail or a reserved domain: never an employer's. (A reserved one only
    itself: "brickandbarrow.example.com.au" stands for an organisation's own domain.)
    Cached: a mail asks about the same sender domain several times."""
    return is_in(domain, _TOOLS_AND_FREEMAIL) or domain.lower() in RESERVED_DOMAINS


def is_in(domain: str, shared: frozenset[str]) -> bool:
    """`domain` is one of `shared` or a subdomain of one (mail.greenhouse.io)."""
    domain = domain.lower()
    # `domain.endswith("." + s)` says `s` is what follows one of its dots: look those up
    # (a few set lookups, not one test per listed domain).
    return domain in shared or any(
        domain[i + 1 :] in shared for i, ch in enumerate(domain) if ch == ".")


_TOOLS_AND_FREEMAIL = ATS_DOMAINS | FREEMAIL_DOMAINS
