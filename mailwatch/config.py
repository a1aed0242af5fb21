"""Load and validate the TOML config: every problem at once, with its key path.

A user editing one file wants the whole list of mistakes in one go, each with where it is
and what to do, not one traceback per attempt (vdirsyncer's lesson; afew's raw exceptions
are the counter-example). `ConfigError.problems` is that list; the CLI prints it and
exits 2.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from dataclasses import fields, replace
from datetime import date, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from .rules import Rule
from .settings import (
    WEEKDAYS,
    AccountConfig,
    Config,
    DetectionConfig,
    ProfileConfig,
    TimingConfig,
    UserConfig,
)

APP_NAME = "mailwatch"
CONFIG_ENV = "MAILWATCH_CONFIG"


class ConfigError(Exception):
    def __init__(self, problems: list[str], source: Path | None = None):
        self.problems = problems
        self.source = source
        where = f" in {source}" if source else ""
        super().__init__(f"{len(problems)} problem(s){where}:\n" + "\n".join(
            f"  - {p}" for p in problems))


def default_config_path() -> Path:
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


def default_state_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME)) / "state.db"


_SECTIONS = ("user", "accounts", "state", "timing", "profile", "templates", "detection",
             "rules")
_RULE_MATCHERS = ("company", "sender", "subject")
_RULE_KEYS = ("name", *_RULE_MATCHERS, "ignore", "thank_you", "follow_ups", "template", "to")
_USER_KEYS = ("name", "email", "timezone", "aliases")
_TIMING_TIMES = ("send_window_start", "send_window_end")


class _Collector:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def add(self, key: str, message: str) -> None:
        self.problems.append(f"{key}: {message}")

    def unknown(self, where: str, key: str, known: tuple[str, ...] | list[str]) -> None:
        hint = difflib.get_close_matches(key, known, n=1)
        tip = f" (did you mean '{hint[0]}'?)" if hint else f" (known keys: {', '.join(known)})"
        self.add(f"{where}.{key}" if where else key, f"unknown key{tip}")


def _table(c: _Collector, raw: dict[str, Any], key: str) -> dict[str, Any]:
    value = raw.get(key, {})
    if not isinstance(value, dict):
        c.add(key, f"must be a table ([{key}]), got {type(value).__name__}")
        return {}
    return value


def _str(c: _Collector, table: dict[str, Any], where: str, key: str,
         default: str | None = None, required: bool = False,
         allow_empty: bool = False) -> str | None:
    if key not in table:
        if required:
            c.add(f"{where}.{key}", "missing; this key is required")
        return default
    value = table[key]
    if isinstance(value, str) and allow_empty and not value.strip():
        return default
    if not isinstance(value, str) or not value.strip():
        c.add(f"{where}.{key}", f"must be a non-empty string, got {value!r}")
        return default
    return value


def _int(c: _Collector, table: dict[str, Any], where: str, key: str, default: int,
         low: int = 0, high: int = 10_000) -> int:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        c.add(f"{where}.{key}", f"must be a whole number from {low} to {high}, got {value!r}")
        return default
    return value


def _bool(c: _Collector, table: dict[str, Any], where: str, key: str, default: bool) -> bool:
    value = table.get(key, default)
    if not isinstance(value, bool):
        c.add(f"{where}.{key}", f"must be true or false, got {value!r}")
        return default
    return value


def _str_list(c: _Collector, table: dict[str, Any], where: str, key: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        c.add(f"{where}.{key}", f"must be a list of strings, got {value!r}")
        return ()
    return tuple(v.strip() for v in value if v.strip())


def _check_keys(c: _Collector, table: dict[str, Any], where: str, known: tuple[str, ...]) -> None:
    for key in table:
        if key not in known:
            c.unknown(where, key, known)


def _parse_user(c: _Collector, raw: dict[str, Any]) -> UserConfig:
    if "user" not in raw:
        c.add("user", "missing; add a [user] table with name, email and timezone")
    table = _table(c, raw, "user")
    _check_keys(c, table, "user", _USER_KEYS)
    name = _str(c, table, "user", "name", "", required=True) or ""
    email = _str(c, table, "user", "email", "", required=True) or ""
    if email and ("@" not in email or any(ch in email for ch in " \r\n")):
        c.add("user.email", f"not an e-mail address: {email!r}")
    tz = _str(c, table, "user", "timezone", "UTC") or "UTC"
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        c.add("user.timezone", f"unknown time zone {tz!r}; use an IANA name such as "
                               "'Africa/Johannesburg' or 'Europe/Berlin'")
        tz = "UTC"
    aliases = _str_list(c, table, "user", "aliases")
    return UserConfig(name=name, email=email.lower(), timezone=tz, aliases=aliases)


def _parse_accounts(c: _Collector, raw: dict[str, Any]) -> tuple[AccountConfig, ...]:
    from .providers.registry import get_provider_class, known_providers

    value = raw.get("accounts", [])
    if not isinstance(value, list) or not all(isinstance(a, dict) for a in value):
        c.add("accounts", "must be an array of tables ([[accounts]])")
        return ()
    accounts = []
    names: set[str] = set()
    for i, table in enumerate(value):
        where = f"accounts[{i}]"
        name = _str(c, table, where, "name", required=True) or f"account{i}"
        if name in names:
            c.add(f"{where}.name", f"duplicate account name {name!r}")
        names.add(name)
        provider = _str(c, table, where, "provider", required=True)
        if provider is None:
            continue
        try:
            cls = get_provider_class(provider)
        except (KeyError, ValueError) as exc:
            hint = difflib.get_close_matches(provider, known_providers(), n=1)
            tip = f" (did you mean '{hint[0]}'?)" if hint else ""
            c.add(f"{where}.provider", f"{exc.args[0] if exc.args else exc}{tip}")
            continue
        options = {k: v for k, v in table.items() if k not in ("name", "provider")}
        for key, problem in cls.config_problems(options):
            c.add(f"{where}.{key}", problem)
        accounts.append(AccountConfig(name=name, provider=provider, options=options))
    return tuple(accounts)


def _parse_time(c: _Collector, table: dict[str, Any], key: str, default: time) -> time:
    value = table.get(key)
    if value is None:
        return default
    if isinstance(value, time):
        return value
    try:
        return time.fromisoformat(str(value))
    except ValueError:
        c.add(f"timing.{key}", f"must be a time like \"09:00\", got {value!r}")
        return default



_DETECTION_KEYS = ("date_order", "ignore_senders", "ignore_phrases", "interview_phrases",
                   "interview_senders", "ats_domains")
#: Shorter phrases would match inside ordinary words and turn any mail into job mail.
MIN_PHRASE = 4


def _parse_detection(c: _Collector, raw: dict[str, Any]) -> DetectionConfig:
    detection = _table(c, raw, "detection")
    _check_keys(c, detection, "detection", _DETECTION_KEYS)
    order = _str(c, detection, "detection", "date_order", "auto") or "auto"
    if order not in ("auto", "DMY", "MDY"):
        c.add("detection.date_order", f"must be \"auto\", \"DMY\" or \"MDY\", got {order!r}")
        order = "auto"
    lists = {key: _str_list(c, detection, "detection", key) for key in _DETECTION_KEYS[1:]}
    for key in ("ignore_senders", "interview_senders"):
        for sender in lists[key]:
            if "@" not in sender:
                c.add(f"detection.{key}",
                      f"an address or \"@domain\", got {sender!r} (write \"@{sender}\" "
                      "for a whole domain)")
    for key in ("ignore_phrases", "interview_phrases"):
        for phrase in lists[key]:
            if len(phrase) < MIN_PHRASE:
                c.add(f"detection.{key}", f"{phrase!r} is too short: a phrase needs at "
                      f"least {MIN_PHRASE} characters, or it matches inside ordinary words")
    domains = []
    for domain in lists["ats_domains"]:
        bare = domain.lower().lstrip("@")
        if "@" in bare or "." not in bare or any(ch.isspace() for ch in bare):
            c.add("detection.ats_domains", f"a domain such as \"jobs.example\", got {domain!r}")
        else:
            domains.append(bare)
    return DetectionConfig(
        date_order=order, ignore_senders=lists["ignore_senders"],
        ignore_phrases=lists["ignore_phrases"],
        interview_phrases=lists["interview_phrases"],
        interview_senders=lists["interview_senders"], ats_domains=tuple(domains))

def _parse_timing(c: _Collector, raw: dict[str, Any]) -> TimingConfig:
    table = _table(c, raw, "timing")
    defaults = TimingConfig()
    known = tuple(f.name for f in fields(TimingConfig))
    _check_keys(c, table, "timing", known)
    values: dict[str, Any] = {}
    for f in fields(TimingConfig):
        default = getattr(defaults, f.name)
        if f.name in _TIMING_TIMES:
            values[f.name] = _parse_time(c, table, f.name, default)
        elif isinstance(default, bool):
            values[f.name] = _bool(c, table, "timing", f.name, default)
        elif f.name in ("country", "subdivision"):
            values[f.name] = (_str(c, table, "timing", f.name, "", allow_empty=True)
                              or "").upper()
        elif isinstance(default, int):
            low = 1 if f.name in ("interval_minutes", "default_interview_minutes",
                                  "thank_you_window_hours", "lookback_days") else 0
            values[f.name] = _int(c, table, "timing", f.name, default, low=low)
    days = table.get("send_days")
    if days is not None:
        if not isinstance(days, list) or not days or any(
                not isinstance(d, str) or d.lower()[:3] not in WEEKDAYS for d in days):
            c.add("timing.send_days", f"must be a non-empty list of weekdays like "
                                      f"[\"mon\", \"tue\"], got {days!r}")
        else:
            values["send_days"] = tuple(sorted({WEEKDAYS.index(d.lower()[:3]) for d in days}))
    holidays = table.get("holidays", [])
    parsed: list[date] = []
    if not isinstance(holidays, list):
        c.add("timing.holidays", "must be a list of dates like [2026-12-25]")
    else:
        for h in holidays:
            try:
                parsed.append(h if isinstance(h, date) else date.fromisoformat(str(h)))
            except ValueError:
                c.add("timing.holidays", f"not a date: {h!r} (write 2026-12-25)")
    if values.get("country"):
        parsed += _public_holidays(c, values["country"], values.get("subdivision", ""))
    values["holidays"] = tuple(sorted(set(parsed)))
    timing = TimingConfig(**values)
    if timing.send_window_start >= timing.send_window_end:
        c.add("timing.send_window_end", "must be later than send_window_start")
    return timing


def _public_holidays(c: _Collector, country: str, subdivision: str) -> list[date]:
    """The public holidays of `country` from last year to two years ahead (the python
    `holidays` package, kept up to date by its maintainers), so a follow-up never lands on
    a day the recruiter is off; the daemon re-reads them on every config reload."""
    import holidays as public

    this_year = date.today().year
    try:
        days = public.country_holidays(country, subdiv=subdivision or None,
                                       years=range(this_year - 1, this_year + 3))
    except NotImplementedError:
        c.add("timing.country", f"no public-holiday calendar for {country!r}; use an ISO "
                                "3166 code such as \"ZA\", \"GB\", \"US\"")
        return []
    except Exception as exc:  # noqa: BLE001 - an unknown subdivision and the like
        c.add("timing.subdivision", f"{exc}")
        return []
    return sorted(days)


def _parse_profile(c: _Collector, raw: dict[str, Any]) -> ProfileConfig:
    table = _table(c, raw, "profile")
    known = tuple(f.name for f in fields(ProfileConfig))
    _check_keys(c, table, "profile", known)
    return ProfileConfig(
        summary=_str(c, table, "profile", "summary", "", allow_empty=True) or "",
        highlights=_str_list(c, table, "profile", "highlights"),
        skills=_str_list(c, table, "profile", "skills"),
        signoff=_str(c, table, "profile", "signoff", "Kind regards",
                     allow_empty=True) or "Kind regards",
        phone=_str(c, table, "profile", "phone", "", allow_empty=True) or "",
    )


def parse_config(raw: dict[str, Any], source: Path | None = None) -> Config:
    """Validate a parsed TOML document. Raises ConfigError listing every problem."""
    c = _Collector()
    for key in raw:
        if key not in _SECTIONS:
            c.unknown("", key, _SECTIONS)
    user = _parse_user(c, raw)
    accounts = _parse_accounts(c, raw)
    state = _table(c, raw, "state")
    _check_keys(c, state, "state", ("path",))
    state_path = _str(c, state, "state", "path")
    templates = _table(c, raw, "templates")
    _check_keys(c, templates, "templates", ("dir",))
    templates_dir = _str(c, templates, "templates", "dir")
    if templates_dir and not Path(templates_dir).expanduser().is_dir():
        c.add("templates.dir", f"not a directory: {templates_dir}")
    detection = _parse_detection(c, raw)
    timing = _parse_timing(c, raw)
    profile = _parse_profile(c, raw)
    rules = _parse_rules(c, raw, templates_dir)
    if c.problems:
        raise ConfigError(c.problems, source)
    return Config(
        user=user,
        accounts=accounts,
        state_path=Path(state_path).expanduser() if state_path else None,
        timing=timing,
        profile=profile,
        detection=detection,
        templates_dir=Path(templates_dir).expanduser() if templates_dir else None,
        source=source,
        rules=rules,
    )


def _parse_rules(c: _Collector, raw: dict[str, Any], templates_dir: str | None
                 ) -> tuple[Rule, ...]:
    value = raw.get("rules", [])
    if not isinstance(value, list) or not all(isinstance(t, dict) for t in value):
        c.add("rules", "must be an array of tables ([[rules]])")
        return ()
    rules = []
    for i, table in enumerate(value):
        where = f"rules[{i}]"
        _check_keys(c, table, where, _RULE_KEYS)
        text = {k: _str(c, table, where, k) for k in ("name", *_RULE_MATCHERS, "template", "to")}
        if not any(text[k] for k in _RULE_MATCHERS):
            c.add(where, "needs at least one of company, sender, subject (all given must match)")
        sender = text["sender"]
        if sender and "@" not in sender:
            c.add(f"{where}.sender", f"an address or \"@domain\", got {sender!r}")
        if text["to"] and "@" not in text["to"]:
            c.add(f"{where}.to", f"must be an e-mail address, got {text['to']!r}")
        if text["template"] and not templates_dir:
            c.add(f"{where}.template", "needs [templates] dir, where its files live")
        flags = {k: _bool(c, table, where, k, False) if k in table else None
                 for k in ("ignore", "thank_you")}
        follow_ups = _int(c, table, where, "follow_ups", 0, 0, 10) if "follow_ups" in table \
            else None
        rules.append(Rule(name=text["name"] or where, company=text["company"], sender=sender,
                          subject=text["subject"], ignore=flags["ignore"],
                          thank_you=flags["thank_you"], follow_ups=follow_ups,
                          template=text["template"], to=text["to"]))
    return tuple(rules)


def load_config(path: Path | None = None) -> Config:
    path = path or default_config_path()
    try:
        text = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError([f"no config file at {path}; create one with `mailwatch init` "
                           f"(or pass --config / set ${CONFIG_ENV})"], path) from None
    except OSError as exc:
        raise ConfigError([f"cannot read {path}: {exc.strerror}"], path) from None
    try:
        decoded = text.decode("utf-8")
        raw = tomllib.loads(decoded)
    except UnicodeDecodeError:
        raise ConfigError(["the file is not UTF-8 text"], path) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([f"not valid TOML: {exc}"], path) from None
    return replace(parse_config(raw, path), text=decoded)


def state_path(config: Config) -> Path:
    return config.state_path or default_state_path()
