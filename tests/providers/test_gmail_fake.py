"""The fake Gmail refuses what Gmail refuses: without these, a lenient fake could let a
provider bug pass every other Gmail test. Requests go through google-api-python-client
(or bare httplib2 where the library itself would stop a bad request first)."""

from __future__ import annotations

import base64
import json
from typing import Any

import google_auth_httplib2
import httplib2
import pytest
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError
from googleapiclient.http import BatchHttpRequest

from tests.fakes.gmail_api import FakeGmail
from tests.fakes.gmail_fixtures import fake
from tests.providers.contract import make_message

__all__ = ["fake"]


def service(fake: FakeGmail, token: str | None = None) -> Any:
    http = google_auth_httplib2.AuthorizedHttp(Credentials(token or fake.token),
                                               http=httplib2.Http(timeout=10))
    return build("gmail", "v1", http=http, static_discovery=True,
                 client_options={"api_endpoint": fake.url}).users()


def status_of(call: Any) -> int:
    with pytest.raises(HttpError) as caught:
        call.execute()
    return caught.value.resp.status


def raw_get(fake: FakeGmail, path: str, token: str | None = None) -> tuple[int, Any]:
    headers = {"authorization": f"Bearer {token or fake.token}"}
    resp, body = httplib2.Http(timeout=10).request(fake.url + path, headers=headers)
    return resp.status, json.loads(body or b"null")


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode()


def test_unknown_and_mistyped_query_parameters_are_400(fake) -> None:
    assert raw_get(fake, "gmail/v1/users/me/messages?maxResults=10")[0] == 200
    status, body = raw_get(fake, "gmail/v1/users/me/messages?maxresults=10")
    assert status == 400 and "maxresults" in body["error"]["message"]
    assert raw_get(fake, "gmail/v1/users/me/messages?maxResults=ten")[0] == 400
    assert raw_get(fake, "gmail/v1/users/me/messages/abc?format=everything")[0] == 400
    assert raw_get(fake, "gmail/v1/users/me/history?startHistoryId=latest")[0] == 400
    assert raw_get(fake, "gmail/v1/users/me/messages?fields=messages")[0] == 400


def test_unknown_body_fields_and_bad_base64_are_400(fake) -> None:
    users = service(fake)
    raw = b64(make_message("Hi", msgid="d@x"))
    assert status_of(users.drafts().create(
        userId="me", body={"message": {"raw": raw, "threadID": "abc"}})) == 400
    assert status_of(users.drafts().create(
        userId="me", body={"message": {"raw": "not base64!"}})) == 400
    assert status_of(users.drafts().create(userId="me", body={"message": {}})) == 400
    assert status_of(users.drafts().create(
        userId="me", body={"message": {"raw": raw, "sizeEstimate": "big"}})) == 400
    assert users.drafts().create(userId="me", body={"message": {"raw": raw}}).execute()["id"]


def test_missing_or_unknown_tokens_are_401(fake) -> None:
    assert raw_get(fake, "gmail/v1/users/me/profile", token="ya29.forged")[0] == 401
    resp, _ = httplib2.Http(timeout=10).request(fake.url + "gmail/v1/users/me/profile")
    assert resp.status == 401 and "Bearer" in resp["www-authenticate"]
    old = fake.token
    fake.rotate_token()
    assert raw_get(fake, "gmail/v1/users/me/profile", token=old)[0] == 401


def test_search_refuses_operators_it_does_not_implement(fake) -> None:
    users = service(fake)
    assert status_of(users.messages().list(userId="me", q="from:lerato")) == 400
    assert status_of(users.messages().list(userId="me", q='"exact phrase"')) == 400
    assert status_of(users.messages().list(userId="me", q="newer_than:3w")) == 400
    users.messages().list(userId="me", q="newer_than:3d -in:chats in:sent").execute()


def test_batches_of_more_than_fifty_are_400(fake) -> None:
    users = service(fake)
    http = users.messages().list(userId="me").http
    for size, expected in ((50, None), (51, 400)):
        batch = BatchHttpRequest(batch_uri=fake.url + "batch")
        for _ in range(size):
            batch.add(users.getProfile(userId="me"))
        if expected is None:
            batch.execute(http=http)
        else:
            with pytest.raises(HttpError) as caught:
                batch.execute(http=http)
            assert caught.value.resp.status == expected
    assert fake.batch_sizes == [50]


def test_history_older_than_what_is_kept_is_404(fake) -> None:
    users = service(fake)
    start = users.getProfile(userId="me").execute()["historyId"]
    fake.deliver(make_message("Hi", msgid="h@x"))
    assert users.history().list(userId="me", startHistoryId=start).execute()["history"]
    fake.expire_history()
    assert status_of(users.history().list(userId="me", startHistoryId=start)) == 404


def test_delivered_replies_join_a_thread_only_when_the_subject_matches(fake) -> None:
    first = fake.deliver(make_message("Interview", msgid="a@x"))
    same = fake.deliver(make_message("Re: interview", msgid="b@x", in_reply_to="a@x"))
    other = fake.deliver(make_message("Lunch?", msgid="c@x", in_reply_to="a@x"))
    threads = {mid: fake.box.messages[mid].thread_id for mid in (first, same, other)}
    assert threads == {first: first, same: first, other: other}


def test_strict_threading_refuses_what_gmail_would_silently_split(fake) -> None:
    first = fake.deliver(make_message("Interview", msgid="a@x"))
    users = service(fake)
    unrelated = b64(make_message("Re: Interview", msgid="d@x", in_reply_to="zzz@x"))
    body = {"message": {"raw": unrelated, "threadId": first}}
    assert status_of(users.drafts().create(userId="me", body=body)) == 400
    renamed = b64(make_message("Re: Something else", msgid="e@x", in_reply_to="a@x"))
    assert status_of(users.drafts().create(
        userId="me", body={"message": {"raw": renamed, "threadId": first}})) == 400
    fitting = b64(make_message("Re: Interview", msgid="f@x", in_reply_to="a@x"))
    made = users.drafts().create(userId="me", body={"message": {"raw": fitting,
                                                                "threadId": first}}).execute()
    assert made["message"]["threadId"] == first


def test_lax_mode_behaves_like_gmail_and_starts_a_new_thread() -> None:
    lax = FakeGmail(strict=False).start()
    try:
        first = lax.deliver(make_message("Interview", msgid="a@x"))
        raw = b64(make_message("Re: Something else", msgid="e@x", in_reply_to="a@x"))
        made = service(lax).drafts().create(
            userId="me", body={"message": {"raw": raw, "threadId": first}}).execute()
        assert made["message"]["threadId"] != first
    finally:
        lax.stop()


def test_mail_is_served_with_crlf_whatever_it_was_delivered_with(fake) -> None:
    mid = fake.deliver(b"From: a@x\nSubject: lf\n\nbody\n")
    got = service(fake).messages().get(userId="me", id=mid, format="raw").execute()
    assert base64.urlsafe_b64decode(got["raw"]) == b"From: a@x\r\nSubject: lf\r\n\r\nbody\r\n"
