"""Typed configuration. Defaults here are the defaults users get (PRODUCT.md).

Kept separate from the TOML loader (`config.py`) so pure modules (planner, extraction,
templates) can import the types without pulling in file handling.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from .rules import Rule
from .vocabulary import Vocabulary

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class UserConfig:
    name: str
    email: str
    timezone: str = "UTC"
    aliases: tuple[str, ...] = ()  # other addresses of the user

    @property
    def addresses(self) -> frozenset[str]:
        return frozenset(a.lower() for a in (self.email, *self.aliases))

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class AccountConfig:
    name: str
    provider: str
    options: dict[str, Any] = field(default_factory=dict)  # provider-specific keys


@dataclass(frozen=True)
class TimingConfig:
    thank_you_delay_minutes: int = 60
    thank_you_window_hours: int = 24
    thank_you_per_interviewer: bool = True
    default_interview_minutes: int = 60
    follow_up_days: int = 7
    follow_up_spacing_days: int = 7
    deadline_grace_days: int = 1  # business days after a stated decision date (1: the next)
    max_follow_ups: int = 2
    send_window_start: time = time(9, 0)
    send_window_end: time = time(17, 0)
    send_days: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday=0
    holidays: tuple[date, ...] = ()  # the listed dates plus the country's public holidays
    country: str = ""  # ISO 3166 code: its public holidays are not business days
    subdivision: str = ""  # state/province code for regional holidays, e.g. "WC", "NSW"
    feedback_request: bool = True
    lookback_days: int = 60
    catch_up: bool = False
    interval_minutes: int = 5


@dataclass(frozen=True)
class ProfileConfig:
    summary: str = ""  # one line on the user's experience
    highlights: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    signoff: str = "Kind regards"
    phone: str = ""


@dataclass(frozen=True)
class DetectionConfig:
    date_order: str = "auto"  # auto | DMY | MDY
    ignore_senders: tuple[str, ...] = ()  # addresses or "@domain": never read as job mail
    ignore_phrases: tuple[str, ...] = ()  # mail containing one is never read as job mail
    interview_phrases: tuple[str, ...] = ()  # words that name an interview, beyond ours
    interview_senders: tuple[str, ...] = ()  # addresses or "@domain" that mail interviews
    ats_domains: tuple[str, ...] = ()  # services mailing for employers, beyond ours

    @property
    def vocabulary(self) -> Vocabulary:
        return Vocabulary(self.interview_phrases, self.interview_senders,
                          frozenset(self.ats_domains))


@dataclass(frozen=True)
class Config:
    user: UserConfig
    accounts: tuple[AccountConfig, ...] = ()
    state_path: Path | None = None  # None: platformdirs user data dir
    timing: TimingConfig = field(default_factory=TimingConfig)
    profile: ProfileConfig = field(default_factory=ProfileConfig)
    detection: DetectionConfig = field(default_factory=DetectionConfig)
    templates_dir: Path | None = None
    source: Path | None = None  # the file it was read from
    text: str | None = None  # the file as read: what `run` records as the applied config
    rules: tuple[Rule, ...] = ()  # [[rules]], in file order
