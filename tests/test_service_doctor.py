"""`mailwatch service` writes the right unit and drives the service manager; `mailwatch
doctor` finds what would stop the daemon and says how to fix it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mailwatch import service
from mailwatch.cli import main

REPO = Path(__file__).resolve().parents[1]


def write_config(tmp_path: Path, accounts: str = "") -> Path:
    mail = tmp_path / "Mail"
    for sub in ("cur", "new", "tmp"):
        for folder in (mail, mail / ".Sent", mail / ".Drafts"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
    path = tmp_path / "config.toml"
    path.write_text(f"""
[user]
name = "Thandi Nkosi"
email = "thandi@example.org"
timezone = "Africa/Johannesburg"

[[accounts]]
name = "personal"
provider = "maildir"
path = "{mail}"
{accounts}
[state]
path = "{tmp_path / 'state' / 'state.db'}"
""")
    return path


class Recorder:
    def __init__(self, code: int = 0) -> None:
        self.calls: list[list[str]] = []
        self.code = code

    def __call__(self, argv):
        self.calls.append(list(argv))
        return subprocess.CompletedProcess(list(argv), self.code, "active (running)", "")


def test_print_shows_a_unit_that_runs_this_python_with_this_config(tmp_path, capsys) -> None:
    config = write_config(tmp_path)
    assert main(["service", "install", "--print", "--manager", "systemd",
                 "--config", str(config)]) == 0
    text = capsys.readouterr().out
    assert f"ExecStart={sys.executable} -m mailwatch run --config {config.resolve()}" in text
    for line in service.HARDENING:
        assert line in text
    assert not (tmp_path / ".config").exists()  # --print changes nothing


def test_the_repo_unit_carries_the_same_hardening() -> None:
    text = (REPO / "systemd" / "mailwatch.service").read_text()
    for line in service.HARDENING:
        assert line in text, line


def test_launchd_plist_is_valid_xml_with_the_command(tmp_path) -> None:
    import plistlib

    m = service.manager("launchd", tmp_path / "my config.toml", home=tmp_path)
    data = plistlib.loads(m.text.encode())
    assert data["Label"] == service.LABEL
    assert data["ProgramArguments"][-2:] == ["--config", str(tmp_path / "my config.toml")]
    assert data["KeepAlive"] == {"SuccessfulExit": False} and data["Umask"] == 0o077
    assert m.path == tmp_path / "Library" / "LaunchAgents" / f"{service.LABEL}.plist"


def test_install_writes_the_unit_then_enables_it(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    m = service.manager("systemd", tmp_path / "config.toml", home=tmp_path)
    runner = Recorder()
    assert service.install(m, runner, out=lambda _: None) == 0
    assert m.path == tmp_path / "xdg" / "systemd" / "user" / "mailwatch.service"
    assert m.path.read_text() == m.text
    assert runner.calls == [["systemctl", "--user", "daemon-reload"],
                            ["systemctl", "--user", "enable", "--now", "mailwatch.service"]]
    assert service.status(m, runner, out=lambda _: None) == 0
    assert runner.calls[-1][-2:] == ["status", "mailwatch.service"]
    assert service.uninstall(m, runner, out=lambda _: None) == 0
    assert not m.path.exists()
    assert ["systemctl", "--user", "disable", "--now", "mailwatch.service"] in runner.calls


def test_a_failing_manager_command_is_reported(tmp_path) -> None:
    m = service.manager("systemd", tmp_path / "config.toml", home=tmp_path)
    lines: list[str] = []
    assert service.install(m, Recorder(code=1), out=lines.append) == 1
    assert m.path.exists()  # written; the user can load it by hand


def test_status_when_not_installed(tmp_path) -> None:
    m = service.manager("launchd", tmp_path / "config.toml", home=tmp_path)
    lines: list[str] = []
    assert service.status(m, Recorder(), out=lines.append) == 3
    assert "not installed" in lines[0]


def test_install_refuses_a_broken_config(tmp_path, capsys) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[user]\nname = 1\n")
    assert main(["service", "install", "--manager", "systemd", "--config", str(config)]) == 2


def test_doctor_passes_on_a_good_setup(tmp_path, capsys) -> None:
    assert main(["doctor", "--config", str(write_config(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "ok    account personal (maildir)" in out and "all checks passed" in out
    state = tmp_path / "state" / "state.db"
    assert state.stat().st_mode & 0o777 == 0o600


def test_doctor_names_each_failure_with_a_fix(tmp_path, capsys) -> None:
    config = write_config(tmp_path, accounts="""
[[accounts]]
name = "work"
provider = "imap"
host = "127.0.0.1"
port = 9
security = "none"
username = "thandi"
password_command = "echo secret"
""")
    (tmp_path / "state").mkdir(mode=0o755)
    (tmp_path / "state" / "state.db").touch(mode=0o644)
    (tmp_path / "state" / "state.db").chmod(0o644)
    assert main(["doctor", "--config", str(config)]) == 1
    out = capsys.readouterr().out
    assert "FAIL  account work (imap)" in out
    assert "FAIL  state" in out and "chmod 600" in out
    assert "ok    account personal (maildir)" in out
    assert "secret" not in out


def test_doctor_lists_config_problems(tmp_path, capsys) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[user]\nname = \"A\"\nemail = \"a@example.org\"\ntimezone = \"Mars/Base\"\n")
    assert main(["doctor", "--config", str(config)]) == 2
    assert "FAIL  config" in capsys.readouterr().out


@pytest.mark.parametrize("platform,kind", [("linux", "systemd"), ("darwin", "launchd"),
                                           ("win32", None)])
def test_default_manager_per_platform(platform: str, kind: str | None) -> None:
    assert service.default_kind(platform) == kind
