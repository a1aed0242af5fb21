"""`mailwatch service install | uninstall | status`: run the daemon under the platform's own
service manager (a systemd user unit on Linux, a launchd agent on macOS).

The unit is written for *this* installation: it starts the Python that runs this command
(`python -m mailwatch run --config PATH`), so a venv install needs no PATH tweaks, and the
config path is fixed at install time, so the service reads the file the user tested with.
The service manager's commands go through `runner`, so tests can record them instead of
starting anything.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

LABEL = "io.github.mailwatch"
UNIT_NAME = "mailwatch.service"

#: The [Service] hardening every unit gets; systemd/mailwatch.service (the copy in the repo
#: for people who install by hand) carries the same lines, and a test keeps them equal.
HARDENING = (
    "Restart=on-failure",
    "RestartSec=30",
    "NoNewPrivileges=yes",
    "PrivateTmp=yes",
    "StateDirectory=mailwatch",
    "StateDirectoryMode=0700",
    "UMask=0077",
)

Runner = Callable[[Sequence[str]], "subprocess.CompletedProcess[str]"]


def run_command(argv: Sequence[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(argv), capture_output=True, text=True, check=False, timeout=60)


@dataclass(frozen=True)
class Manager:
    """One service manager: where its file goes, what it says, how it is (un)loaded."""

    name: str  # "systemd" or "launchd"
    path: Path
    text: str
    enable: tuple[tuple[str, ...], ...]
    disable: tuple[tuple[str, ...], ...]
    status: tuple[str, ...]


def default_kind(platform: str = sys.platform) -> str | None:
    if platform.startswith("linux"):
        return "systemd"
    if platform == "darwin":
        return "launchd"
    return None


def command_line(config: Path) -> list[str]:
    """What the service runs: this interpreter, this package, this config file."""
    return [sys.executable, "-m", "mailwatch", "run", "--config", str(config)]


def systemd_unit(argv: Sequence[str]) -> str:
    exec_start = " ".join(shlex.quote(a) for a in argv)
    service = "\n".join(HARDENING)
    return f"""# systemd user unit for mailwatch, written by `mailwatch service install`.
# Logs: journalctl --user -u mailwatch    Reload the config: systemctl --user reload mailwatch
[Unit]
Description=mailwatch - interview thank-you and follow-up drafts (never sends)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
ExecStart={exec_start}
ExecReload=/bin/kill -HUP $MAINPID
{service}

[Install]
WantedBy=default.target
"""


def launchd_plist(argv: Sequence[str], log: Path) -> str:
    args = "\n".join(f"    <string>{escape(a)}</string>" for a in argv)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<!-- launchd agent for mailwatch, written by `mailwatch service install`. -->
<plist version="1.0">
<dict>
  <key>Label</key>
  <string>{LABEL}</string>
  <key>ProgramArguments</key>
  <array>
{args}
  </array>
  <key>RunAtLoad</key>
  <true/>
  <key>KeepAlive</key>
  <dict>
    <key>SuccessfulExit</key>
    <false/>
  </dict>
  <key>ThrottleInterval</key>
  <integer>30</integer>
  <key>ProcessType</key>
  <string>Background</string>
  <key>Umask</key>
  <integer>63</integer>
  <key>StandardErrorPath</key>
  <string>{escape(str(log))}</string>
</dict>
</plist>
"""


def manager(kind: str, config: Path, home: Path | None = None) -> Manager:
    home = home or Path.home()
    argv = command_line(config)
    if kind == "systemd":
        base = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
        return Manager(
            "systemd", base / "systemd" / "user" / UNIT_NAME, systemd_unit(argv),
            enable=(("systemctl", "--user", "daemon-reload"),
                    ("systemctl", "--user", "enable", "--now", UNIT_NAME)),
            disable=(("systemctl", "--user", "disable", "--now", UNIT_NAME),),
            status=("systemctl", "--user", "--no-pager", "status", UNIT_NAME))
    domain = f"gui/{os.getuid()}" if hasattr(os, "getuid") else "gui/0"
    path = home / "Library" / "LaunchAgents" / f"{LABEL}.plist"
    log = home / "Library" / "Logs" / "mailwatch.log"
    return Manager(
        "launchd", path, launchd_plist(argv, log),
        enable=(("launchctl", "bootstrap", domain, str(path)),),
        disable=(("launchctl", "bootout", f"{domain}/{LABEL}"),),
        status=("launchctl", "print", f"{domain}/{LABEL}"))


def install(m: Manager, runner: Runner, out: Callable[[str], object] = print) -> int:
    m.path.parent.mkdir(parents=True, exist_ok=True)
    tmp = m.path.with_name(m.path.name + ".tmp")
    tmp.write_text(m.text, encoding="utf-8")
    tmp.chmod(0o644)
    os.replace(tmp, m.path)
    out(f"wrote {m.path}")
    return _run_all(m.enable, runner, out)


def uninstall(m: Manager, runner: Runner, out: Callable[[str], object] = print) -> int:
    if not m.path.exists():
        out(f"not installed ({m.path} does not exist)")
        return 0
    code = _run_all(m.disable, runner, out, stop_on_error=False)
    m.path.unlink()
    out(f"removed {m.path}")
    if m.name == "systemd":
        _run_all((("systemctl", "--user", "daemon-reload"),), runner, out, stop_on_error=False)
    return code


def status(m: Manager, runner: Runner, out: Callable[[str], object] = print) -> int:
    if not m.path.exists():
        out(f"not installed: {m.path} does not exist (run `mailwatch service install`)")
        return 3  # the LSB "not running" code systemctl itself uses
    out(f"installed: {m.path}")
    result = _call(m.status, runner)
    if result is None:
        out(f"cannot run {m.status[0]}; is {m.name} available on this machine?")
        return 1
    text = (result.stdout or result.stderr or "").rstrip()
    if text:
        out(text)
    return result.returncode


def _call(argv: Sequence[str], runner: Runner) -> subprocess.CompletedProcess[str] | None:
    try:
        return runner(argv)
    except (OSError, subprocess.SubprocessError):
        return None


def _run_all(commands: Sequence[Sequence[str]], runner: Runner, out: Callable[[str], object],
             *, stop_on_error: bool = True) -> int:
    code = 0
    for argv in commands:
        out("$ " + " ".join(argv))
        result = _call(argv, runner)
        if result is None:
            out(f"cannot run {argv[0]}; the file is written, load it by hand")
            return 1
        if result.returncode != 0:
            out((result.stderr or result.stdout or "").strip() or f"exit {result.returncode}")
            code = result.returncode
            if stop_on_error:
                return code
    return code
