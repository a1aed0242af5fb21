"""`pip install .` must ship mailwatch.providers and the templates, and no top-level
`providers` package (DESIGN.md: that name must never reach site-packages)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory) -> list[str]:
    out = tmp_path_factory.mktemp("wheel")
    build = tmp_path_factory.mktemp("build")
    source = build / "src"  # a copy, so no stale build/ or egg-info of the checkout leaks in
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".venv", "build", "*.egg-info", ".git", "__pycache__", ".*_cache"))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "-w",
            str(out),
            str(source),
        ],
        check=True,
        cwd=build,
        capture_output=True,
    )
    (whl,) = out.glob("mailwatch-*.whl")
    return zipfile.ZipFile(whl).namelist()


def test_wheel_maps_providers_and_templates_inside_the_package(wheel_names):
    assert "mailwatch/providers/base.py" in wheel_names
    assert "mailwatch/providers/maildir.py" in wheel_names
    for name in ("thank_you", "follow_up", "feedback_request", "call_script", "linkedin_note"):
        assert f"mailwatch/templates/{name}.txt.j2" in wheel_names
    assert "mailwatch/templates/config.example.toml" in wheel_names
    assert "mailwatch/extract/kind_model.json.gz" in wheel_names  # (the kind model's data)
    assert "mailwatch/extract/people_model.json.gz" in wheel_names  # (the people model's)
    assert "mailwatch/extract/role_model.json.gz" in wheel_names  # (the role model's)


def test_no_top_level_providers_or_tests(wheel_names):
    tops = {n.split("/")[0] for n in wheel_names if not n.split("/")[0].endswith(".dist-info")}
    assert tops == {"mailwatch"}
