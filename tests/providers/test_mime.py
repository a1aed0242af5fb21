"""Draft bytes: a table of what must hold for every provider that stores RFC 5322."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from mailwatch.providers import mime

from tests.providers.contract import LONG_ID, make_draft, parse

NOW = datetime(2026, 11, 5, 12, 0, tzinfo=UTC)


def test_many_long_references_fold_without_encoding() -> None:
    refs = tuple(f"{i}.{LONG_ID}" for i in range(12))
    raw = mime.build_draft_bytes(make_draft(references=refs), date=NOW)
    head = mime.read_header_block(io.BytesIO(raw)).decode("ascii")
    assert "=?" not in head  # no RFC 2047 encoded-word anywhere near a message id
    assert str(parse(raw)["References"]).split() == [f"<{r}>" for r in refs]


def test_crlf_for_the_wire() -> None:
    raw = mime.build_draft_bytes(make_draft(), date=NOW, linesep="\r\n")
    assert b"\r\n\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")


def test_required_headers() -> None:
    msg = parse(mime.build_draft_bytes(make_draft("x1"), date=NOW))
    assert msg["MIME-Version"] == "1.0"
    assert msg.get_content_type() == "text/plain"
    assert msg.get_content_charset() == "utf-8"
    assert msg["Date"].datetime == NOW
    assert str(msg["Message-ID"]) == "<mw.x1@mailwatch>"


@pytest.mark.parametrize(
    "changes",
    [
        {"to": ("not an address",)},
        {"to": ("a@b, c@d",)},  # one entry must be one address
        {"in_reply_to": "<bracketed@x>"},
        {"references": ("two ids@x",)},
        {"action_id": "a b"},
        {"body": "nul\x00"},
    ],
)
def test_refused_drafts(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        mime.build_draft_bytes(make_draft(**changes), date=NOW)  # type: ignore[arg-type]


def test_naive_date_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        mime.build_draft_bytes(make_draft(), date=datetime(2026, 11, 5, 12, 0))


def test_html_only_draft_reads_as_empty_text() -> None:
    msg = parse(mime.build_draft_bytes(make_draft(), date=NOW))
    msg.set_content("<p>rewritten</p>", subtype="html")
    assert mime.draft_body_text(msg.as_bytes()) == ""


def test_thread_root() -> None:
    raw = mime.build_draft_bytes(make_draft(), date=NOW)
    headers = mime.parse_headers(mime.read_header_block(io.BytesIO(raw)))
    assert mime.thread_root(headers) == "root-0@greenleaf.example"
    assert mime.marker_action(headers) == "a1b2c3"
