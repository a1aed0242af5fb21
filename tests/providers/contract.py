"""The provider contract: one suite every provider runs (vdirsyncer's StorageTests idea).

A provider's test module subclasses `ProviderContract`, defines the `provider` fixture (a
fresh, empty mailbox) and implements the hooks below that stand for the outside world:
mail arriving, and the user editing, sending or deleting a draft in their mail client.
Everything else, and every guarantee the daemon relies on, is tested here once, so
memory, Maildir, IMAP, Gmail and Outlook cannot drift apart.
"""

from __future__ import annotations

import io
import json
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

import pytest
from mailwatch.providers import mime, peek
from mailwatch.providers.base import (
    MARKER_HEADER,
    CursorInvalid,
    Draft,
    DraftRef,
    DraftState,
    MessageRef,
    NotFound,
    Provider,
    ProviderError,
    ReadOnlyError,
    body_hash,
)

USER = "Thandi Nkosi <thandi@example.org>"
RECRUITER = "Lerato Mokoena <lerato@greenleaf.example>"
LONG_ID = "CAKx" + "7" * 90 + "@mail.gmail.com"  # longer than a header line


def make_message(
    subject: str,
    *,
    msgid: str,
    sender: str = RECRUITER,
    to: str = USER,
    body: str = "Hello,\n\nSee you on Thursday.\n",
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = "Mon, 02 Nov 2026 10:00:00 +0200"
    msg["Message-ID"] = f"<{msgid}>"
    if in_reply_to:
        msg["In-Reply-To"] = f"<{in_reply_to}>"
    if references:
        msg["References"] = " ".join(f"<{r}>" for r in references)
    msg.set_content(body)
    return msg.as_bytes()


ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
    "UID:gl-1@greenleaf.example\r\nDTSTART:20261105T080000Z\r\n"
    "DTEND:20261105T090000Z\r\nSUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def make_calendar_message(msgid: str, *, how: str) -> bytes:
    """An invitation whose calendar part is base64-encoded, so only MIME structure (not
    the text ``BEGIN:VCALENDAR``) can reveal it: an inline text/calendar alternative, or
    an ``invite.ics`` attachment typed application/octet-stream."""
    msg = parse(make_message("Catch-up", msgid=msgid))
    if how == "alternative":
        msg.add_alternative(ICS, subtype="calendar", params={"method": "REQUEST"},
                            cte="base64")
    else:
        msg.add_attachment(ICS.encode(), maintype="application", subtype="octet-stream",
                           filename="invite.ics")
    return msg.as_bytes()


def make_draft(action_id: str = "a1b2c3", **changes: Any) -> Draft:
    fields: dict[str, Any] = {
        "action_id": action_id,
        "from_": USER,
        "to": (RECRUITER,),
        "subject": "Re: Interview: Data Engineer at Greenleaf",
        "body": "Dear Lerato,\n\nThank you for your time today.\n\nKind regards,\nThandi\n",
        "in_reply_to": "invite-1@greenleaf.example",
        "references": ("root-0@greenleaf.example", "invite-1@greenleaf.example"),
    }
    fields.update(changes)
    return Draft(**fields)


def parse(raw: bytes) -> EmailMessage:
    return BytesParser(policy=policy.default).parsebytes(raw)  # type: ignore[return-value]


def roundtrip(cursor: Any) -> Any:
    """Cursors are stored as JSON; the suite always hands them back that way."""
    return json.loads(json.dumps(cursor))


class ProviderContract:
    # -- what a provider's test module supplies ---------------------------------------

    @pytest.fixture
    def provider(self) -> Provider:
        raise NotImplementedError

    def deliver(self, provider: Provider, raw: bytes, folder: str = "inbox") -> None:
        """Mail arriving in "inbox", or the user sending mail ("sent")."""
        raise NotImplementedError

    def vanish(self, provider: Provider, ref: MessageRef) -> None:
        """The user deleting a message."""
        raise NotImplementedError

    def draft_bytes(self, provider: Provider, ref: str) -> bytes:
        """The stored bytes of a draft, read behind the provider's back."""
        raise NotImplementedError

    def user_edit(self, provider: Provider, ref: DraftRef, body: str) -> None:
        raise NotImplementedError

    def user_send(self, provider: Provider, ref: DraftRef) -> None:
        raise NotImplementedError

    def user_delete(self, provider: Provider, ref: DraftRef) -> None:
        raise NotImplementedError

    def add_foreign_draft(self, provider: Provider, raw: bytes) -> str:
        """A draft the user wrote themselves; returns its ref."""
        raise NotImplementedError

    def snapshot(self, provider: Provider) -> Any:
        """Everything stored, to prove an operation wrote nothing."""
        raise NotImplementedError

    # -- helpers -----------------------------------------------------------------------

    def msgids(self, provider: Provider, refs: list[MessageRef]) -> list[str]:
        fetched = dict(provider.fetch(refs))
        return [str(parse(fetched[r])["Message-ID"]).strip("<>") for r in refs if r in fetched]

    # -- reading -----------------------------------------------------------------------

    def test_initial_changes_lists_inbox_and_sent(self, provider: Provider) -> None:
        self.deliver(provider, make_message("Interview invitation", msgid="in@x"))
        self.deliver(provider, make_message("Re: invitation", msgid="out@x", sender=USER), "sent")
        refs, cursor = provider.changes(None)
        pairs = zip((r.folder for r in refs), self.msgids(provider, refs), strict=True)
        assert sorted(pairs) == [("inbox", "in@x"), ("sent", "out@x")]
        json.dumps(cursor)  # a cursor must be storable as JSON

    def test_changes_are_oldest_first(self, provider: Provider) -> None:
        for n in range(4):
            self.deliver(provider, make_message(f"Mail {n}", msgid=f"m{n}@x"))
        refs, _ = provider.changes(None)
        assert self.msgids(provider, refs) == ["m0@x", "m1@x", "m2@x", "m3@x"]

    def test_cursor_returns_only_what_is_new(self, provider: Provider) -> None:
        self.deliver(provider, make_message("First", msgid="first@x"))
        _, c1 = provider.changes(None)
        assert provider.changes(roundtrip(c1))[0] == []
        assert provider.changes(roundtrip(c1))[0] == []  # the same cursor twice
        self.deliver(provider, make_message("Second", msgid="second@x"))
        refs, c2 = provider.changes(roundtrip(c1))
        assert self.msgids(provider, refs) == ["second@x"]
        refs, c3 = provider.changes(roundtrip(c2))
        assert refs == []
        assert provider.changes(roundtrip(c3))[0] == []  # idle stays idle

    @pytest.mark.parametrize("cursor", [{"foreign": 1}, "garbage", [1, 2], 10**12])
    def test_foreign_cursor_is_invalid(self, provider: Provider, cursor: Any) -> None:
        with pytest.raises(CursorInvalid):
            provider.changes(cursor)

    def test_fetch_returns_exact_bytes(self, provider: Provider) -> None:
        raw = make_message("Gespräch am Donnerstag", msgid="de@x", body="Grüße\n")
        self.deliver(provider, raw)
        refs, _ = provider.changes(None)
        assert [data for _, data in provider.fetch(refs)] == [raw]

    def test_fetch_skips_vanished_and_unknown_refs(self, provider: Provider) -> None:
        self.deliver(provider, make_message("Gone", msgid="gone@x"))
        self.deliver(provider, make_message("Kept", msgid="kept@x"))
        refs, _ = provider.changes(None)
        self.vanish(provider, refs[0])
        bogus = [MessageRef("inbox:no-such-message"), MessageRef("inbox:../../etc/passwd")]
        got = list(provider.fetch([*refs, *bogus]))
        assert [ref for ref, _ in got] == [refs[1]]

    def test_fetch_headers_returns_each_header_block_and_skips_vanished(
        self, provider: Provider
    ) -> None:
        raws = [make_message("Gone", msgid="gone@x"),
                make_message("Grüße aus Köln", msgid="kept@x", body="Grüße\n"),
                make_message("Re: Mine", msgid="mine@x", sender=USER)]
        self.deliver(provider, raws[0])
        self.deliver(provider, raws[1])
        self.deliver(provider, raws[2], "sent")
        refs, _ = provider.changes(None)
        by_id = {str(parse(r)["Message-ID"]).strip("<>"): r for r in raws}
        raw_of = dict(zip(refs, (by_id[i] for i in self.msgids(provider, refs)), strict=True))
        gone = next(ref for ref, raw in raw_of.items() if raw == raws[0])
        self.vanish(provider, gone)
        bogus = [MessageRef("inbox:no-such-message"), MessageRef("inbox:../../etc/passwd")]
        got = list(provider.fetch_headers([*refs, *bogus]))
        assert [info.ref for info in got] == [ref for ref in refs if ref != gone]
        assert [info.headers for info in got] == [peek.header_block(raw_of[i.ref]) for i in got]
        assert all(i.headers.startswith(b"From: ") and not i.headers.endswith(b"\n\n")
                   for i in got)

    @pytest.mark.parametrize("how", ["alternative", "attachment"])
    def test_fetch_headers_tells_calendar_mail_from_plain_mail(
        self, provider: Provider, how: str
    ) -> None:
        self.deliver(provider, make_message("Hello", msgid="plain@x"))
        self.deliver(provider, make_calendar_message("ics@x", how=how))
        refs, _ = provider.changes(None)
        plain, invite = list(provider.fetch_headers(refs))
        assert plain.has_calendar in (False, None)  # None: this provider cannot tell
        assert invite.has_calendar is True

    def test_fetch_headers_changes_nothing(self, provider: Provider) -> None:
        """Triage reads every new message: it must never mark one as read (IMAP \\Seen)."""
        self.deliver(provider, make_calendar_message("ics@x", how="attachment"))
        refs, _ = provider.changes(None)
        before = self.snapshot(provider)
        assert len(list(provider.fetch_headers(refs))) == 1
        assert self.snapshot(provider) == before

    # -- drafts ------------------------------------------------------------------------

    def test_created_draft_is_found_by_action(self, provider: Provider) -> None:
        draft = make_draft()
        ref = provider.create_draft(draft)
        assert ref.action_id == draft.action_id
        assert ref.body_hash == body_hash(draft.body)
        assert provider.find_drafts(draft.action_id) == [ref]
        assert provider.find_drafts("someone-else") == []

    def test_find_drafts_matches_the_action_exactly(self, provider: Provider) -> None:
        ref = provider.create_draft(make_draft("a1"))
        provider.create_draft(make_draft("a10"))
        assert provider.find_drafts("a1") == [ref]

    def test_lost_ref_after_crash_finds_exactly_one_draft(self, provider: Provider) -> None:
        """Regression guard for duplicated drafts: the draft was written, the process died
        before the ref was committed; reconciliation must find exactly that one draft."""
        provider.create_draft(make_draft("crashy"))
        found = provider.find_drafts("crashy")
        assert len(found) == 1
        assert provider.draft_state(found[0]) == DraftState.EXISTS

    def test_markers_round_trip(self, provider: Provider) -> None:
        ref = provider.create_draft(make_draft("a1b2c3"))
        msg = parse(self.draft_bytes(provider, ref.ref))
        assert str(msg["Message-ID"]) == "<mw.a1b2c3@mailwatch>"
        assert str(msg[MARKER_HEADER]) == "a1b2c3"

    def test_threading_headers_are_exactly_as_given(self, provider: Provider) -> None:
        draft = make_draft(in_reply_to=LONG_ID, references=("root@greenleaf.example", LONG_ID))
        msg = parse(self.draft_bytes(provider, provider.create_draft(draft).ref))
        assert str(msg["In-Reply-To"]) == f"<{LONG_ID}>"
        assert str(msg["References"]).split() == ["<root@greenleaf.example>", f"<{LONG_ID}>"]
        assert str(msg["Subject"]) == draft.subject
        assert [a.addr_spec for a in msg["To"].addresses] == ["lerato@greenleaf.example"]
        assert msg.get_content_type() == "text/plain"

    def test_non_ascii_headers_and_body_round_trip(self, provider: Provider) -> None:
        draft = make_draft(
            to=("Jörg Müller <joerg@example.de>", '"Doe, Jane" <jane@example.com>'),
            subject="Vielen Dank für das Gespräch – Jörg",
            body="Lieber Jörg,\r\n\r\nvielen Dank!\r\n" + "ß" * 1200 + "\n",
        )
        ref = provider.create_draft(draft)
        raw = self.draft_bytes(provider, ref.ref)
        mime.read_header_block(io.BytesIO(raw)).decode("ascii")  # headers stay 7-bit clean
        msg = parse(raw)
        assert str(msg["Subject"]) == draft.subject
        assert [a.display_name for a in msg["To"].addresses] == ["Jörg Müller", "Doe, Jane"]
        assert body_hash(mime.draft_body_text(raw)) == ref.body_hash == body_hash(draft.body)

    def test_draft_state_exists_edited_sent(self, provider: Provider) -> None:
        ref = provider.create_draft(make_draft())
        assert provider.draft_state(ref) == DraftState.EXISTS
        self.user_edit(provider, ref, "Dear Lerato,\n\nThanks so much!\n")
        assert provider.draft_state(ref) == DraftState.EDITED
        self.user_send(provider, ref)
        assert provider.draft_state(ref) == DraftState.SENT

    def test_draft_state_gone_after_user_deletes(self, provider: Provider) -> None:
        ref = provider.create_draft(make_draft())
        self.user_delete(provider, ref)
        assert provider.draft_state(ref) == DraftState.GONE
        assert provider.find_drafts(ref.action_id) == []

    def test_delete_draft_removes_only_ours(self, provider: Provider) -> None:
        mine = provider.create_draft(make_draft("mine"))
        other = provider.create_draft(make_draft("other"))
        foreign_raw = make_message("My own draft", msgid="own@example.org", sender=USER)
        foreign = self.add_foreign_draft(provider, foreign_raw)
        with pytest.raises(ProviderError) as refused:
            provider.delete_draft(DraftRef(foreign, "mine", ""))
        assert not isinstance(refused.value, NotFound)
        provider.delete_draft(mine)
        assert provider.find_drafts("mine") == []
        assert provider.find_drafts("other") == [other]
        assert self.draft_bytes(provider, foreign) == foreign_raw

    def test_delete_missing_draft_raises_not_found(self, provider: Provider) -> None:
        ref = provider.create_draft(make_draft())
        self.user_delete(provider, ref)
        with pytest.raises(NotFound):
            provider.delete_draft(ref)

    def test_drafts_never_appear_in_changes(self, provider: Provider) -> None:
        self.deliver(provider, make_message("Invitation", msgid="inv@x"))
        _, cursor = provider.changes(None)
        provider.create_draft(make_draft())
        assert provider.changes(roundtrip(cursor))[0] == []
        refs, _ = provider.changes(None)
        assert self.msgids(provider, refs) == ["inv@x"]

    def test_read_only_refuses_writes_and_writes_nothing(self, provider: Provider) -> None:
        existing = provider.create_draft(make_draft("existing"))
        provider.read_only = True
        before = self.snapshot(provider)
        with pytest.raises(ReadOnlyError):
            provider.create_draft(make_draft("new"))
        with pytest.raises(ReadOnlyError):
            provider.delete_draft(existing)
        assert self.snapshot(provider) == before
        assert provider.find_drafts("existing") == [existing]

    @pytest.mark.parametrize(
        "changes",
        [
            {"subject": "Thanks\r\nBcc: spy@evil.example"},
            {"subject": "Thanks\nBcc: spy@evil.example"},
            {"subject": "Thanks\x00"},
            {"to": ("Lerato\r\nBcc: spy@evil.example <lerato@greenleaf.example>",)},
            {"from_": "Thandi <thandi@example.org>\nBcc: spy@evil.example"},
            {"cc": ("x@example.org\rBcc: spy@evil.example",)},
            {"in_reply_to": "id@x>\r\nBcc: <spy@evil.example"},
            {"references": ("id@x\nBcc: spy@evil.example",)},
            {"action_id": "a1\r\nBcc: spy@evil.example"},
        ],
    )
    def test_header_injection_is_refused_and_writes_nothing(
        self, provider: Provider, changes: dict[str, Any]
    ) -> None:
        before = self.snapshot(provider)
        with pytest.raises(ValueError):
            provider.create_draft(make_draft(**{"action_id": "inject", **changes}))
        assert self.snapshot(provider) == before
        assert provider.find_drafts("inject") == []
