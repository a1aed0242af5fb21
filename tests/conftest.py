"""Every process the suite starts shares one regex cache (`mailwatch.rx_cache`) in the
temporary directory, not the user's cache directory: the suite leaves nothing in $HOME, and
its dozens of `mailwatch` subprocesses start in under a second instead of about eight."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from mailwatch.rx_cache import ENV

os.environ.setdefault(ENV, str(Path(tempfile.gettempdir()) / "mailwatch-test-rx-cache"))
