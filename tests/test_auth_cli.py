"""`mailwatch auth imap`: the password goes to the OS keyring, never into the config."""

from __future__ import annotations

import io

import keyring
import pytest
from keyring.backend import KeyringBackend
from mailwatch.providers import imap_conn

from mailwatch.cli import main


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring(monkeypatch):
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.setattr(imap_conn, "keyring_usable", lambda: True)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def config(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("""
[user]
name = "Thandi Nkosi"
email = "thandi@example.org"
timezone = "Africa/Johannesburg"

[[accounts]]
name = "work"
provider = "imap"
host = "127.0.0.1"
security = "none"
username = "thandi"
""")
    return path


def test_password_from_stdin_is_stored_in_the_keyring(memory_keyring, config, monkeypatch,
                                                      capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret pass\n"))
    assert main(["auth", "imap", "--account", "work", "--password-stdin",
                 "--config", str(config)]) == 0
    assert list(memory_keyring.secrets.values()) == ["s3cret pass"]
    assert "s3cret" not in capsys.readouterr().out
    assert "s3cret" not in config.read_text()


def test_unknown_account_is_a_usage_error(memory_keyring, config, capsys):
    assert main(["auth", "imap", "--account", "home", "--password-stdin",
                 "--config", str(config)]) == 2
    assert "no imap account named 'home'" in capsys.readouterr().err


def test_auth_gmail_refuses_an_account_of_another_kind(config, capsys) -> None:
    assert main(["auth", "gmail", "--account", "work", "--client-secrets", "x.json",
                 "--config", str(config)]) == 2
    assert "no gmail account named 'work'" in capsys.readouterr().err


def test_auth_gmail_explains_a_bad_client_secrets_file(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "config.toml"
    path.write_text("""
[user]
name = "Thandi Nkosi"
email = "thandi@example.org"
timezone = "Africa/Johannesburg"

[[accounts]]
name = "mail"
provider = "gmail"
""")
    secrets = tmp_path / "secrets.json"
    secrets.write_text("{not json")
    assert main(["auth", "gmail", "--account", "mail", "--client-secrets", str(secrets),
                 "--no-browser", "--config", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Desktop app" in err and str(secrets) in err


def test_auth_outlook_needs_a_client_id(tmp_path, capsys) -> None:
    path = tmp_path / "config.toml"
    path.write_text("""
[user]
name = "Thandi Nkosi"
email = "thandi@example.org"
timezone = "Africa/Johannesburg"

[[accounts]]
name = "office"
provider = "outlook"
token_command = "echo token"
""")
    assert main(["auth", "outlook", "--account", "office", "--device-code",
                 "--config", str(path)]) == 2
    assert "--client-id" in capsys.readouterr().err
    assert main(["auth", "outlook", "--account", "nope", "--config", str(path)]) == 2
    assert "no outlook account named 'nope'" in capsys.readouterr().err
