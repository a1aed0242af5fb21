"""The config the last real cycle ran with, kept beside the state database.

Why: `mailwatch plan` should show what an edit to the config file will change before the
daemon applies it. The daemon applies a file when it (re)loads it, so the plan under the
file as it is now is compared with the plan under the text the last cycle ran with. That
text is recorded here after every cycle that wrote to the mailbox (never by a dry run).

The copy holds whatever the config holds, so it gets the state's protection: 0600, in the
state's own folder, written whole or not at all.
"""

from __future__ import annotations

import logging
import os
import tomllib
from pathlib import Path

from .config import ConfigError, parse_config, state_path
from .settings import Config

log = logging.getLogger(__name__)


def applied_path(config: Config) -> Path:
    state = state_path(config)
    return state.with_name(state.name + ".applied.toml")


def remember(config: Config) -> None:
    """Record `config` as applied (no-op when it is already, or was not read from a file)."""
    if config.text is None:
        return
    path = applied_path(config)
    try:
        if path.exists() and path.read_text(encoding="utf-8") == config.text:
            return
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(config.text)
        os.replace(tmp, path)
    except OSError as exc:  # only `plan`'s comparison suffers: never fail a cycle on it
        log.warning("could not record the applied config at %s: %s", path, exc.strerror)


def recall(config: Config) -> Config | None:
    """The config the last cycle ran with; None if no cycle has run or it cannot be read."""
    path = applied_path(config)
    try:
        text = path.read_text(encoding="utf-8")
        return parse_config(tomllib.loads(text), path)
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ConfigError) as exc:
        log.warning("ignoring the recorded applied config %s: %s", path, exc)
        return None
