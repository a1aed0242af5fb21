from __future__ import annotations

import tomllib
from datetime import date, time
from pathlib import Path

import pytest

from mailwatch.cli import main
from mailwatch.config import ConfigError, load_config, parse_config
from mailwatch.settings import TimingConfig

ROOT = Path(__file__).resolve().parents[1]


def _minimal(tmp_path: Path, **extra) -> dict:
    maildir = tmp_path / "Mail"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    raw = {
        "user": {
            "name": "Thandi Nkosi",
            "email": "Thandi@Example.org",
            "timezone": "Africa/Johannesburg",
        },
        "accounts": [{"name": "personal", "provider": "maildir", "path": str(maildir)}],
    }
    raw.update(extra)
    return raw


def test_example_config_is_valid_and_documents_every_timing_key(tmp_path):
    text = (ROOT / "config.example.toml").read_text()
    raw = tomllib.loads(text)
    raw["accounts"][0]["path"] = str(tmp_path)  # the example's path need not exist here
    for sub in ("cur", "new", "tmp"):
        (tmp_path / sub).mkdir()
    config = parse_config(raw)
    assert config.user.timezone == "Africa/Johannesburg"
    for name in TimingConfig.__dataclass_fields__:
        assert f"\n{name} = " in text, f"timing.{name} is not documented"


def test_packaged_starter_config_is_the_example():
    assert (ROOT / "templates" / "config.example.toml").read_text() == (
        ROOT / "config.example.toml"
    ).read_text()


def test_defaults_match_product_rules(tmp_path):
    config = parse_config(_minimal(tmp_path))
    t = config.timing
    assert (
        t.thank_you_delay_minutes,
        t.thank_you_window_hours,
        t.follow_up_days,
        t.max_follow_ups,
        t.follow_up_spacing_days,
        t.lookback_days,
    ) == (60, 24, 7, 2, 7, 60)
    assert (t.send_window_start, t.send_days, t.catch_up) == (time(9), (0, 1, 2, 3, 4), False)
    assert config.user.email == "thandi@example.org"


def test_timing_values_are_parsed(tmp_path):
    raw = _minimal(
        tmp_path,
        timing={
            "send_days": ["Mon", "wed"],
            "holidays": [date(2026, 12, 25)],
            "send_window_start": "08:30",
        },
    )
    t = parse_config(raw).timing
    assert t.send_days == (0, 2)
    assert t.holidays == (date(2026, 12, 25),)
    assert t.send_window_start == time(8, 30)


def test_every_problem_is_reported_with_its_key(tmp_path):
    raw = _minimal(
        tmp_path, timing={"send_window_start": "nine", "send_days": ["funday"]}, colour={"x": 1}
    )
    raw["user"]["timezone"] = "Europe/Atlantis"
    raw["accounts"].append(
        {"name": "personal", "provider": "maildir", "path": str(tmp_path / "missing")}
    )
    with pytest.raises(ConfigError) as exc:
        parse_config(raw)
    text = "\n".join(exc.value.problems)
    for key in (
        "timing.send_window_start",
        "timing.send_days",
        "colour",
        "user.timezone",
        "accounts[1].name",
        "accounts[1].path",
    ):
        assert key in text, key


def test_missing_file_says_how_to_create_one(tmp_path):
    with pytest.raises(ConfigError) as exc:
        load_config(tmp_path / "nope.toml")
    assert "mailwatch init" in exc.value.problems[0]


def test_invalid_toml_exits_2(tmp_path, capsys):
    cfg = tmp_path / "c.toml"
    cfg.write_text("[user\nname=")
    assert main(["plan", "--config", str(cfg)]) == 2
    assert "not valid TOML" in capsys.readouterr().err


def test_init_writes_a_config_and_refuses_to_overwrite(tmp_path, capsys):
    target = tmp_path / "conf" / "config.toml"
    assert main(["init", "--config", str(target)]) == 0
    assert target.read_text() == (ROOT / "config.example.toml").read_text()
    assert target.stat().st_mode & 0o077 == 0
    assert main(["init", "--config", str(target)]) == 2
    assert "not overwriting" in capsys.readouterr().err


def test_config_env_variable_is_used(tmp_path, monkeypatch, capsys):
    target = tmp_path / "env.toml"
    monkeypatch.setenv("MAILWATCH_CONFIG", str(target))
    assert main(["init"]) == 0
    assert target.exists()


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("init", "run", "plan", "status", "scan", "demo"):
        assert command in out
