"""A Maildir on disk plus a config, driven through the real CLI, for replay tests.

Messages here are written for these tests. Times are explicit and aware so each test
reads as a timeline.
"""

from __future__ import annotations

import email
import email.policy
import os
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from itertools import count
from pathlib import Path
from zoneinfo import ZoneInfo

from mailwatch.cli import main
from mailwatch.store import Store

SAST = ZoneInfo("Africa/Johannesburg")
USER = ("Thandi Nkosi", "thandi@example.org")
_n = count()


def at(text: str, tz: ZoneInfo = SAST) -> datetime:
    """'2026-11-12 10:00' in the given zone (SAST by default)."""
    return datetime.fromisoformat(text).replace(tzinfo=tz)


def ics_invite(
    *,
    uid: str,
    start: datetime,
    end: datetime,
    summary: str,
    attendees: list[tuple[str, str]],
    organizer: tuple[str, str],
    method: str = "REQUEST",
    sequence: int = 0,
    tzid: str = "Africa/Johannesburg",
) -> str:
    fmt = "%Y%m%dT%H%M%S"
    s, e = start.astimezone(ZoneInfo(tzid)), end.astimezone(ZoneInfo(tzid))
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//mailwatch tests//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"SEQUENCE:{sequence}",
        f"DTSTAMP:{s.astimezone(ZoneInfo('UTC')).strftime(fmt)}Z",
        f"DTSTART;TZID={tzid}:{s.strftime(fmt)}",
        f"DTEND;TZID={tzid}:{e.strftime(fmt)}",
        f"SUMMARY:{summary}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
    ]
    for name, addr in attendees:
        lines.append(f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{addr}")
    lines.append(f"ATTENDEE;CN={USER[0]};ROLE=REQ-PARTICIPANT:mailto:{USER[1]}")
    if method == "CANCEL":
        lines.append("STATUS:CANCELLED")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def message(
    *,
    sender: tuple[str, str],
    to: tuple[str, str] = USER,
    subject: str,
    body: str,
    date: datetime,
    msgid: str | None = None,
    in_reply_to: str | None = None,
    references: list[str] | None = None,
    ics: str | None = None,
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"{sender[0]} <{sender[1]}>"
    msg["To"] = f"{to[0]} <{to[1]}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{msgid or f'm{next(_n)}.{date.timestamp():.0f}'}@test.example>"
    if in_reply_to:
        msg["In-Reply-To"] = f"<{in_reply_to}>"
        msg["References"] = " ".join(f"<{r}>" for r in (references or [in_reply_to]))
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body)
    if ics:
        method = "CANCEL" if "METHOD:CANCEL" in ics else "REQUEST"
        msg.add_alternative(ics, subtype="calendar", params={"method": method})
        msg.add_attachment(
            ics.encode(), maintype="application", subtype="ics", filename="invite.ics"
        )
    return msg


def msgid(msg: EmailMessage) -> str:
    return str(msg["Message-ID"]).strip("<>")


@dataclass
class Mailbox:
    root: Path
    timing: dict[str, object] = field(default_factory=dict)
    extra_config: str = ""

    def __post_init__(self) -> None:
        self.mail = self.root / "Mail"
        for folder in (self.mail, self.mail / ".Sent", self.mail / ".Drafts"):
            for sub in ("cur", "new", "tmp"):
                (folder / sub).mkdir(parents=True, exist_ok=True)
        self.config = self.root / "config.toml"
        self.write_config()

    def write_config(self) -> None:
        timing = "\n".join(f"{k} = {_toml(v)}" for k, v in self.timing.items())
        self.config.write_text(
            f"""
[user]
name = "{USER[0]}"
email = "{USER[1]}"
timezone = "Africa/Johannesburg"

[[accounts]]
name = "personal"
provider = "maildir"
path = "{self.mail}"

[state]
path = "{self.root / "state.db"}"

[timing]
{timing}

[profile]
summary = "eight years of backend and data work in payments"
skills = ["Python", "PostgreSQL"]
{self.extra_config}
""",
            encoding="utf-8",
        )

    def deliver(self, msg: EmailMessage | bytes, folder: str = "") -> None:
        raw = msg if isinstance(msg, bytes) else msg.as_bytes(policy=email.policy.SMTP)
        base = self.mail / folder if folder else self.mail
        name = f"{next(_n)}.{os.getpid()}.test"
        (base / "tmp" / name).write_bytes(raw)
        target = base / "new" / name if not folder else base / "cur" / f"{name}:2,S"
        os.rename(base / "tmp" / name, target)

    def send(self, msg: EmailMessage) -> None:
        """The user sends a mail by hand: it lands in Sent."""
        self.deliver(msg, ".Sent")

    def run(self, now: datetime, *extra: str) -> int:
        return main(
            ["run", "--once", "--now", now.isoformat(), "--config", str(self.config), *extra]
        )

    def run_subprocess(
        self, now: datetime, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "mailwatch",
                "run",
                "--once",
                "--now",
                now.isoformat(),
                "--config",
                str(self.config),
            ],
            capture_output=True,
            text=True,
            env={**os.environ, **(env or {})},
            timeout=120,
        )

    def drafts(self) -> list[email.message.Message]:
        out = []
        for sub in ("cur", "new"):
            for path in sorted((self.mail / ".Drafts" / sub).iterdir()):
                msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
                msg.path = path  # type: ignore[attr-defined]
                out.append(msg)
        return sorted(out, key=lambda m: (str(m["Date"]), str(m["To"])))

    def draft_files(self) -> list[Path]:
        return sorted(p for sub in ("cur", "new") for p in (self.mail / ".Drafts" / sub).iterdir())

    def send_drafts(self) -> None:
        """The user presses Send on every waiting draft."""
        for path in self.draft_files():
            os.rename(path, self.mail / ".Sent" / "cur" / (path.name.split(":2,")[0] + ":2,S"))

    def kinds(self) -> list[str]:
        """The action kind of each draft in Drafts, read from mailwatch's own state."""
        store = Store.open(self.root / "state.db")
        try:
            out = []
            for draft in self.drafts():
                record = store.action(str(draft["X-Mailwatch-Action"]))
                out.append(record.kind.value if record else "?")
            return out
        finally:
            store.close()


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return str(value)


def after(base: datetime, **kw: float) -> datetime:
    return base + timedelta(**kw)
