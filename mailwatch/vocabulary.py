"""What the user's `[detection]` table adds to the built-in word and domain lists. Pure.

Why it exists: the built-in lists cannot know every employer's wording ("career
conversation", "fika") or every applicant-tracking system a company runs on
its own domain. The user can. One small value carries those additions to the three places
that read mail: triage (fetch it?), extraction (is it about an interview? who is the
employer?) and the tracker (which addresses identify an employer rather than a service).

A phrase or a sender here only ever adds evidence: it makes mail count as job mail, it
never overrides a rejection, an offer, a calendar part or the user's `ignore_*` lists.
"""

from __future__ import annotations

from dataclasses import dataclass

from .domains import is_service


@dataclass(frozen=True)
class Vocabulary:
    interview_phrases: tuple[str, ...] = ()  # compared case-insensitively, as substrings
    interview_senders: tuple[str, ...] = ()  # "jo@acme.example" or "@acme.example"
    ats_domains: frozenset[str] = frozenset()  # services mailing on employers' behalf

    def phrase_in(self, *texts: str) -> str | None:
        """The first of the user's interview phrases that one of `texts` contains."""
        if not self.interview_phrases:
            return None
        folded = "\n".join(t for t in texts if t).casefold()
        return next((p for p in self.interview_phrases if p.casefold() in folded), None)

    def vouches_for(self, address: str | None) -> bool:
        """Mail from `address` is interview mail, by the user's word."""
        if not address or not self.interview_senders:
            return False
        address = address.lower()
        return any(sender_matches(p, address) for p in self.interview_senders)

    def is_ats(self, domain: str | None) -> bool:
        """A built-in or user-listed ATS / scheduling domain: it never names the employer."""
        if not domain:
            return False
        return is_service(domain, self.ats_domains)


NO_VOCABULARY = Vocabulary()


def sender_matches(pattern: str, address: str) -> bool:
    """`pattern` is an address, or "@domain" (which also covers its subdomains)."""
    pattern = pattern.lower()
    if pattern.startswith("@"):
        return address.endswith(pattern) or address.endswith("." + pattern[1:])
    return address == pattern
