"""One account whose login fails never stops the others, and `status` says what failed."""

from __future__ import annotations

import json

from mailwatch.cli import main
from tests.providers import dovecot as fixtures

from .conftest import invitation
from .harness import at

dovecot_server = fixtures.dovecot_server
dovecot = fixtures.dovecot


def test_refused_imap_login_is_reported_and_the_maildir_account_still_drafts(
        box, dovecot, capsys, caplog):
    wrong = "not-the-password"
    box.extra_config = f"""
[[accounts]]
name = "work"
provider = "imap"
host = "{dovecot.host}"
port = {dovecot.port}
security = "none"
username = "{dovecot.username}"
password_command = "printf '%s' '{wrong}'"
"""
    box.write_config()
    box.deliver(invitation())
    assert box.run(at("2026-11-05 12:05")) == 1  # one account failed
    assert box.kinds() == ["thank_you", "thank_you"]  # the other one did its work
    logged = caplog.text
    assert "account work" in logged and "refused" in logged and wrong not in logged
    capsys.readouterr()

    assert main(["status", "--json", "--config", str(box.config)]) == 0
    accounts = {a["name"]: a for a in json.loads(capsys.readouterr().out)["accounts"]}
    assert accounts["personal"]["last_error"] is None
    assert "refused" in accounts["work"]["last_error"]
    assert wrong not in accounts["work"]["last_error"]
