"""Pure helpers of the Outlook provider: options, refs, the cursor, markers, OData strings.

Kept apart from `outlook.py` for the same reason as `imap_refs.py`: everything that reads
values coming back from the config, the store or the server (a cursor written by an older
version, a ref, an action id spliced into an OData ``$filter``) is a plain function here,
readable and testable without HTTP.
"""

from __future__ import annotations

import re
from email.utils import getaddresses
from typing import Any
from urllib.parse import quote, urlsplit

from mailwatch.providers.base import CursorInvalid, is_loopback, marker_message_id, unknown_keys

OPTIONS = (
    "client_id",
    "tenant",
    "username",
    "token_cache",
    "token_command",
    "graph_endpoint",
    "lookback_days",
    "calendar",
)
DEFAULT_ENDPOINT = "https://graph.microsoft.com/v1.0"
#: The first scan reads this many days back unless `lookback_days` says otherwise; keep it
#: at least `[timing] lookback_days` (whose default it matches).
DEFAULT_LOOKBACK_DAYS = 60
CURSOR_VERSION = 1
#: Logical role -> Graph well-known folder name.
ROLE_FOLDERS = {"inbox": "inbox", "sent": "sentitems"}
#: The single-value extended property (a MAPI named string property in our own property
#: set) that marks a draft as ours. Unlike internet headers it can be filtered on.
MARKER_PROPERTY = "String {6f1b7c52-3d0a-4e8e-9c57-5a2f0d8e4b91} Name MailwatchAction"
#: Set on a createReply draft, with the marker, when the message it answers was unread:
#: ``unread:<graph id of that message>``. Exchange may mark a message read when a reply to
#: it is drafted; the provider puts it back to unread after the PATCH, and then sets this
#: to `RESTORED`. A process killed (or a PATCH failing) in between leaves it set on the
#: draft itself, so whoever finds the draft again can finish the restore
#: (`OutlookProvider.find_drafts`): nothing else the provider keeps survives the crash.
#: In the marker's property set: one GUID is all the namespace mailwatch claims.
RESTORE_PROPERTY = "String {6f1b7c52-3d0a-4e8e-9c57-5a2f0d8e4b91} Name MailwatchRestoreUnread"
RESTORE_PENDING = "unread:"
#: The value once restored: Graph documents no way to remove an extended property from a
#: message, only to set one, and this can never read as a pending restore.
RESTORED = "done:"
ACTION_ID_RE = re.compile(r"^[A-Za-z0-9._=+-]{1,200}$")  # as mime.build_draft_bytes allows
#: Graph ids are base64 variants; anything else (a path, a stray ref) names nothing.
GRAPH_ID_RE = re.compile(r"^[A-Za-z0-9+/=_-]{1,512}$")
_GUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
GUID_RE = re.compile(rf"^{_GUID}$")
TENANT_RE = re.compile(
    rf"^(common|organizations|consumers|{_GUID}|[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$")
SECRET_KEYS = ("access_token", "refresh_token", "client_secret", "password", "token")


# ------------------------------------------------------------------ options



def endpoint_problem(value: Any) -> str | None:
    """Why `graph_endpoint` is unusable, or None. Plain http would send the bearer token
    in clear text, so it is accepted only for a loopback host (a local fake or proxy)."""
    if not isinstance(value, str) or not value.strip():
        return "must be a URL such as https://graph.microsoft.com/v1.0"
    parts = urlsplit(value.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        return "must be an http(s) URL such as https://graph.microsoft.com/v1.0"
    if parts.query or parts.fragment:
        return "must not carry a query or fragment"
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        return f"plain http would send your access token in clear text; only a loopback " \
               f"host may use it, not {parts.hostname!r}"
    return None


def option_problems(options: dict[str, Any]) -> list[tuple[str, str]]:
    """(key, problem) pairs for an outlook account; see `OutlookProvider.config_problems`."""
    problems = [(key, "secrets never go in the config file: sign in with `mailwatch auth "
                      "outlook --account NAME`, or use token_command") if key in SECRET_KEYS
                else (key, problem)
                for key, problem in unknown_keys(options, OPTIONS, "an outlook")]
    command = options.get("token_command")
    if command is not None and (not isinstance(command, str) or not command.strip()):
        problems.append(("token_command", "must be a non-empty shell command"))
    client_id = options.get("client_id")
    if client_id is None and command is None:
        problems.append(("client_id", "missing: the Application (client) ID of your app "
                                      "registration, or set token_command"))
    elif client_id is not None and not (isinstance(client_id, str) and GUID_RE.match(client_id)):
        problems.append(("client_id", "must be the Application (client) ID, a GUID like "
                                      "00000000-0000-0000-0000-000000000000"))
    tenant = options.get("tenant")
    if tenant is not None and not (isinstance(tenant, str) and TENANT_RE.match(tenant)):
        problems.append(("tenant", 'must be "common", "organizations", "consumers", a tenant '
                                   "GUID or a domain such as contoso.onmicrosoft.com"))
    username = options.get("username")
    if username is not None and not (isinstance(username, str) and "@" in username
                                     and username.strip() == username):
        problems.append(("username", "must be the mailbox address you sign in with"))
    cache = options.get("token_cache")
    if cache is not None and (not isinstance(cache, str) or not cache.strip()):
        problems.append(("token_cache", "must be a file path"))
    if "graph_endpoint" in options:
        why = endpoint_problem(options["graph_endpoint"])
        if why:
            problems.append(("graph_endpoint", why))
    if not isinstance(options.get("calendar", False), bool):
        problems.append(("calendar", "must be true (also read calendar events, with the "
                                     "Calendars.Read permission) or false"))
    days = options.get("lookback_days")
    if days is not None and not (type(days) is int and 1 <= days <= 3650):
        problems.append(("lookback_days", "must be a whole number of days from 1 to 3650"))
    return problems


# ------------------------------------------------------------------ refs and the cursor


def parse_ref(ref: str) -> tuple[str, str] | None:
    """``"inbox:<graph id>"`` -> (role, id); None for anything else (refs come from the
    store, and must never become a path of their own in a URL)."""
    role, sep, graph_id = ref.partition(":")
    if sep and role in ROLE_FOLDERS and GRAPH_ID_RE.match(graph_id):
        return role, graph_id
    return None


def id_path(graph_id: str) -> str:
    """A Graph id as one URL path segment (ids may hold ``/`` and ``+``)."""
    return quote(graph_id, safe="")


def load_cursor(cursor: Any | None, endpoint: str) -> dict[str, str]:
    """Role -> stored deltaLink. Links must point at the configured endpoint: a cursor from
    another endpoint (or a forged one) would otherwise send the token elsewhere."""
    if cursor is None:
        return {}
    if not (isinstance(cursor, dict) and cursor.get("v") == CURSOR_VERSION
            and isinstance(cursor.get("delta"), dict)):
        raise CursorInvalid(f"not an Outlook cursor: {cursor!r:.80}")
    links: dict[str, str] = {}
    for role, link in cursor["delta"].items():
        if role not in ROLE_FOLDERS or not isinstance(link, str) \
                or not link.startswith(endpoint.rstrip("/") + "/"):
            raise CursorInvalid(f"not an Outlook cursor entry: {role!r:.20}={link!r:.80}")
        links[role] = link
    return links


def dump_cursor(links: dict[str, str]) -> dict[str, Any]:
    return {"v": CURSOR_VERSION, "delta": dict(links)}


# ------------------------------------------------------------------ OData and markers


def odata_string(value: str) -> str:
    """A quoted OData string literal (a single quote is doubled)."""
    return "'" + value.replace("'", "''") + "'"


def marker_filter(action_id: str) -> str:
    return ("singleValueExtendedProperties/Any(ep: ep/id eq "
            f"{odata_string(MARKER_PROPERTY)} and ep/value eq {odata_string(action_id)})")


def message_id_filter(message_id: str) -> str:
    """Filter on ``internetMessageId``, which Graph stores with its angle brackets."""
    return f"internetMessageId eq {odata_string('<' + message_id + '>')}"


MARKER_EXPAND = f"singleValueExtendedProperties($filter=id eq {odata_string(MARKER_PROPERTY)})"
#: One property per $expand, the form Graph documents (``$filter=id eq '…'``).
RESTORE_EXPAND = f"singleValueExtendedProperties($filter=id eq {odata_string(RESTORE_PROPERTY)})"


def restore_owed(item: dict[str, Any]) -> str | None:
    """The Graph id of the message whose unread state the draft `item` (read with
    `RESTORE_EXPAND`) still owes, or None. The value is the server's to return, so it
    is used only when it is a well-formed Graph id."""
    for prop in item.get("singleValueExtendedProperties") or ():
        if isinstance(prop, dict) and str(prop.get("id", "")).lower() == RESTORE_PROPERTY.lower():
            value = prop.get("value")
            if isinstance(value, str) and value.startswith(RESTORE_PENDING):
                graph_id = value[len(RESTORE_PENDING):]
                return graph_id if GRAPH_ID_RE.match(graph_id) else None
    return None


def carries(item: dict[str, Any], action_id: str) -> bool:
    """Whether a message (read with `MARKER_EXPAND`) is the draft of `action_id`. The
    server's filter on a property value is case-insensitive, so every hit is confirmed."""
    if item.get("internetMessageId") == f"<{marker_message_id(action_id)}>":
        return True
    for prop in item.get("singleValueExtendedProperties") or ():
        if isinstance(prop, dict) and str(prop.get("id", "")).lower() == MARKER_PROPERTY.lower() \
                and prop.get("value") == action_id:
            return True
    return False


def recipients(values: tuple[str, ...]) -> list[dict[str, Any]]:
    """Formatted addresses (already checked by `mime.build_draft_bytes`) -> Graph recipients."""
    out = []
    for value in values:
        pairs = getaddresses([value])
        if len(pairs) != 1 or "@" not in pairs[0][1]:
            raise ValueError(f"not one address: {value[:60]!r}")
        name, address = pairs[0]
        entry: dict[str, Any] = {"address": address}
        if name:
            entry["name"] = name
        out.append({"emailAddress": entry})
    return out
