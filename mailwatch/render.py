"""Turn an application into draft text: context building, sandboxed rendering, linting.

Templates are user-editable files, and the values poured into them come partly from
mail written by strangers (company names, display names). So the rules are:

* mail content reaches a template only as *data* in the context, never as template
  source, and the context holds only plain strings, ints, lists and dicts, so a template
  cannot call methods on our objects;
* rendering runs in Jinja's `SandboxedEnvironment` with `StrictUndefined`, so a typo in a
  user template fails loudly instead of leaving a hole in a draft;
* every rendered text is linted before it may become a draft: a draft with
  "Hi ," or "[Company]" in it is worse than no draft at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypedDict
from zoneinfo import ZoneInfo

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from .model import Application, Interview, InterviewRound, Person, Stage
from .names import clean_line, parse_name
from .settings import Config, ProfileConfig

#: Template file names by short name (the short names are the `ActionKind` values).
TEMPLATES: dict[str, str] = {
    "thank_you": "thank_you.txt.j2",
    "follow_up": "follow_up.txt.j2",
    "feedback_request": "feedback_request.txt.j2",
    "call_script": "call_script.txt.j2",
    "linkedin_note": "linkedin_note.txt.j2",
}

LINKEDIN_LIMIT = 300  # LinkedIn refuses longer connection notes
MIN_CHARS = 40  # shorter than this is never a useful draft, whatever the template

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


class TemplateProblem(ValueError):
    """A template could not be rendered into a usable draft; `problems` says why."""

    def __init__(self, name: str, problems: list[str]) -> None:
        self.name = name
        self.problems = list(problems)
        super().__init__(f"template {name}: " + "; ".join(self.problems))


class TemplateContext(TypedDict):
    """What every template may use. Only plain data: see the module docstring."""

    action: str
    user: dict[str, str | None]
    profile: dict[str, Any]
    company: str | None
    position: str | None
    recipient: dict[str, str | None]
    interviewers: list[str]
    interview: dict[str, str | None]
    follow_up_number: int
    compact: bool


# ----------------------------------------------------------------- context


def _fragment(text: str) -> str | None:
    """A profile phrase ready to be embedded mid-sentence (no final full stop)."""
    line = clean_line(text)
    return line.rstrip(" .") or None if line else None


def _verb_phrase(text: str) -> str | None:
    """A highlight ready to follow "I ": "Led the move" -> "led the move", "AWS ..." kept."""
    phrase = _fragment(text)
    if phrase and len(phrase) > 1 and phrase[0].isupper() and phrase[1].islower():
        phrase = phrase[0].lower() + phrase[1:]
    return phrase


def _join_and(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _profile(profile: ProfileConfig) -> dict[str, Any]:
    skills = [s for s in (clean_line(x) for x in profile.skills) if s]
    highlights = [h for h in (_verb_phrase(x) for x in profile.highlights) if h]
    signoff = (clean_line(profile.signoff) or "").rstrip(" ,") or "Kind regards"
    return {
        "summary": _fragment(profile.summary),
        "highlights": highlights,
        "skills": skills,
        "skills_text": _join_and(skills[:3]) or None,  # at most three reads naturally
        "signoff": signoff,
        "phone": clean_line(profile.phone),
    }


def _zone_label(moment: datetime) -> str:
    """"SAST", "CET"; numeric abbreviations like "+04" become "UTC+04"."""
    label = moment.tzname() or ""
    if not label or label[0] in "+-":
        return "UTC" + label
    return label


def _interview_data(interview: Interview | None, config: Config) -> dict[str, str | None]:
    if interview is None:
        return {"date_text": None, "time_text": None, "weekday": None, "date_iso": None}
    local = interview.start.astimezone(config.user.tz)  # the user's zone, not the invite's
    weekday = _DAYS[local.weekday()]
    return {
        "date_text": f"{weekday}, {local.day} {_MONTHS[local.month - 1]}",
        "time_text": f"{local:%H:%M} {_zone_label(local)}",
        "weekday": weekday,
        "date_iso": local.date().isoformat(),
    }


def _pick_round(app: Application, round_index: int) -> InterviewRound | None:
    """The round the draft is about; out of range means the latest one still standing."""
    if 0 <= round_index < len(app.rounds):
        return app.rounds[round_index]
    active = app.active_rounds or app.rounds
    return active[-1] if active else None


def _recipient(person: Person | None) -> dict[str, str | None]:
    parsed = parse_name(person.name if person else None)
    return {
        "name": parsed.display if parsed else None,
        "first_name": parsed.first if parsed else None,
        "email": clean_line(person.email) if person else None,
        "greeting": parsed.greeting if parsed else "Hello,",
    }


def build_context(app: Application, action_kind: str, recipient: Person | None,
                  config: Config, *, round_index: int = 0,
                  follow_up_number: int = 1) -> TemplateContext:
    """Everything a template may say about this application, as plain data.

    `recipient=None` means nobody is known by name: the greeting becomes "Hello,".
    `round_index` indexes `app.rounds`; when it is out of range the latest active round
    is used, so a follow-up always mentions the most recent interview.
    """
    chosen = _pick_round(app, round_index)
    interview = chosen.interview if chosen else None
    user = parse_name(config.user.name)
    interviewers = []
    for person in interview.interviewers if interview else ():
        parsed = parse_name(person.name)
        if parsed and parsed.display not in interviewers:
            interviewers.append(parsed.display)
    company = clean_line(app.company) or clean_line(interview.company if interview else None)
    position = clean_line(app.position) or clean_line(interview.position if interview else None)
    return {
        "action": str(action_kind),
        "user": {
            "name": user.display if user else clean_line(config.user.name),
            "first_name": (user.first or user.display) if user else clean_line(config.user.name),
            "email": clean_line(config.user.email),
        },
        "profile": _profile(config.profile),
        "company": company,
        "position": position,
        "recipient": _recipient(recipient),
        "interviewers": interviewers,
        "interview": _interview_data(interview, config),
        "follow_up_number": max(1, int(follow_up_number)),
        "compact": False,
    }


# ----------------------------------------------------------------- rendering


def _builtin_source(name: str) -> tuple[str, str, Any] | None:
    resource = resources.files("mailwatch.templates").joinpath(name)
    if not resource.is_file():
        return None
    return resource.read_text(encoding="utf-8"), f"<built-in {name}>", lambda: True


def _none_to_empty(value: object) -> object:
    # A missing optional value prints as nothing, which the lint then sees ("Hi ,"),
    # instead of the word "None" slipping into a draft.
    return "" if value is None else value


@lru_cache(maxsize=8)
def _environment(templates_dir: Path | None) -> SandboxedEnvironment:
    loaders: list[jinja2.BaseLoader] = []
    if templates_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(templates_dir.expanduser())))
    loaders.append(jinja2.FunctionLoader(_builtin_source))
    return SandboxedEnvironment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # plain text: escaping would corrupt "&" and quotes
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_none_to_empty,
    )


def template_file(name: str) -> str:
    """"thank_you" -> "thank_you.txt.j2"; a full file name is returned unchanged."""
    name = str(name)
    return name if name.endswith(".j2") else TEMPLATES.get(name, name + ".txt.j2")


def normalise(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, exactly one final newline."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


def _render_once(template: jinja2.Template, context: dict[str, Any]) -> str:
    return normalise(template.render(context))


def _shorten(value: Any, limit: int) -> Any:
    if not isinstance(value, str) or len(value) <= limit:
        return value
    cut = value[: limit - 1].rsplit(" ", 1)[0] if " " in value[: limit - 1] else value[: limit - 1]
    return cut.rstrip(" ,.;:-") + "…"


def _linkedin_attempts(context: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Ever shorter versions of the context, for a note that must fit in 300 characters."""
    yield context
    yield {**context, "compact": True}
    for limit in (60, 40, 24):
        recipient = dict(context.get("recipient") or {})
        if len(recipient.get("greeting") or "") > limit:
            recipient.update(greeting="Hello,", first_name=None, name=None)
        user = dict(context.get("user") or {})
        user["name"] = _shorten(user.get("first_name") or user.get("name"), limit)
        user["first_name"] = _shorten(user.get("first_name"), limit)
        yield {**context, "compact": True, "recipient": recipient, "user": user,
               "company": _shorten(context.get("company"), limit),
               "position": _shorten(context.get("position"), limit)}
    # Last resort: let the template fall back to its generic wording.
    yield {**context, "compact": True, "company": None, "position": None,
           "recipient": {"name": None, "first_name": None, "email": None,
                         "greeting": "Hello,"},
           "user": {**(context.get("user") or {}), "name": _shorten(
               (context.get("user") or {}).get("first_name"), 24)}}


def render(name: str, context: dict[str, Any], *, templates_dir: Path | None = None) -> str:
    """Render template `name` ("thank_you" or "thank_you.txt.j2") and lint the result.

    A file of the same name in `templates_dir` overrides the built-in. Raises
    `TemplateProblem` for Jinja errors and for lint problems, never returns a bad draft.
    """
    filename = template_file(name)
    env = _environment(Path(templates_dir) if templates_dir is not None else None)
    context = {"compact": False, **context}
    try:
        template = env.get_template(filename)
        if filename == TEMPLATES["linkedin_note"]:
            for attempt in _linkedin_attempts(context):
                text = _render_once(template, attempt)
                if len(text) <= LINKEDIN_LIMIT:
                    context = attempt
                    break
        else:
            text = _render_once(template, context)
    except jinja2.TemplateNotFound as exc:
        raise TemplateProblem(filename, [f"no such template: {exc.name}"]) from exc
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateProblem(filename, [f"syntax error on line {exc.lineno}: {exc.message}"]
                              ) from exc
    except jinja2.exceptions.SecurityError as exc:
        raise TemplateProblem(filename, [f"not allowed in a template: {exc}"]) from exc
    except jinja2.UndefinedError as exc:
        raise TemplateProblem(filename, [f"unknown variable: {exc.message}"]) from exc
    except jinja2.TemplateError as exc:
        raise TemplateProblem(filename, [f"template error: {exc}"]) from exc
    except (TypeError, ValueError, ArithmeticError, LookupError, AttributeError) as exc:
        # Only user templates can get here (e.g. `{{ 1 + "a" }}`); name the file.
        raise TemplateProblem(filename, [f"{exc.__class__.__name__}: {exc}"]) from exc
    problems = lint(text, name=filename, data=_strings(context))
    if problems:
        raise TemplateProblem(filename, problems)
    return text


# ----------------------------------------------------------------- lint

_PLACEHOLDERS = (
    re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}"),
    re.compile(r"\[(?:your |the |first |last |company |job )?(?:name|company|position|role|"
               r"title|date|time|interviewer|recipient)(?: name)?\]", re.IGNORECASE),
    re.compile(r"<(?:your[ _])?(?:first[ _])?(?:name|company|position|role|date)>",
               re.IGNORECASE),
    re.compile(r"XXX|\bTODO\b|\bFIXME\b|\bTBD\b"),
)
_EMPTY_GREETING = re.compile(
    r"^[ \t]*(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|day))[ \t]+,|dear[ \t]*,|"
    r"(?:hi|hello|hey|dear)[ \t]+(?:none|null|undefined)[ \t]*,)",
    re.IGNORECASE | re.MULTILINE)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def lint(text: str, *, name: str, data: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Problems that make `text` unfit to be a draft; empty when it is fine.

    `data` are the context values the text was rendered from: a value that itself looks
    like a placeholder (a company literally named "{{ 7*7 }}") is the sender's text, shown
    as is, and must not be mistaken for a hole left by the template.
    """
    problems: list[str] = []
    masked = text
    for value in sorted({v for v in data if v}, key=len, reverse=True):
        if any(p.search(value) for p in _PLACEHOLDERS):
            masked = masked.replace(value, "«value»")
    for pattern in _PLACEHOLDERS:
        found = sorted({m.group(0) for m in pattern.finditer(masked)})
        if found:
            problems.append("unfilled placeholder: " + ", ".join(repr(f) for f in found))
    for match in _EMPTY_GREETING.finditer(masked):
        problems.append(f"empty greeting: {match.group(0).strip()!r}")
    if len(text.strip()) < MIN_CHARS:
        problems.append(f"text too short ({len(text.strip())} characters)")
    if template_file(name) == TEMPLATES["linkedin_note"] and len(text) > LINKEDIN_LIMIT:
        problems.append(f"LinkedIn note is {len(text)} characters; LinkedIn allows "
                        f"{LINKEDIN_LIMIT}")
    return problems


# ----------------------------------------------------------------- subjects

_REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|sv|antw|odp)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*",
                           re.IGNORECASE)


def subject_for_reply(original: str) -> str:
    """"Re: <original>" without stacking prefixes; safe to put in a header as is."""
    subject = " ".join((original or "").replace("\0", " ").split())  # CR/LF/tabs -> space
    while True:
        stripped = _REPLY_PREFIX.sub("", subject, count=1)
        if stripped == subject:
            break
        subject = stripped
    return f"Re: {subject or 'Our conversation'}"


# ----------------------------------------------------------------- self-check


def render_check(config: Config) -> list[str]:
    """Render every template against a sample application; return the problems found.

    Meant for `mailwatch check`: a broken user template is reported at start-up, not
    discovered when a draft is due.
    """
    problems: list[str] = []
    if config.templates_dir is not None:
        folder = Path(config.templates_dir).expanduser()
        if not folder.is_dir():
            return [f"templates dir {folder} is not a directory"]
        known = set(TEMPLATES.values()) | {
            template_file(f) for f in _set_files(_rule_sets(config), folder)}
        for path in sorted(folder.glob("*.j2")):
            if path.name not in known:
                problems.append(f"{path.name}: not a template mailwatch uses "
                                f"(expected one of: {', '.join(sorted(known))})")
    app = _sample_application()
    recipients = (app.rounds[0].interview.interviewers[0], None)
    for short in (*TEMPLATES, *_set_files(_rule_sets(config), config.templates_dir)):
        kind = next((k for k in TEMPLATES if short.endswith("_" + k)), short)
        for recipient in recipients:
            for number in (1, 2) if kind == "follow_up" else (1,):
                context = build_context(app, kind, recipient, config, follow_up_number=number)
                try:
                    render(short, dict(context), templates_dir=config.templates_dir)
                except TemplateProblem as exc:
                    who = "named recipient" if recipient else "unknown recipient"
                    line = f"{exc.name} ({who}, follow-up {number}): " + "; ".join(exc.problems)
                    if line not in problems:
                        problems.append(line)
    return problems


def _rule_sets(config: Config) -> list[str]:
    return sorted({r.template for r in config.rules if r.template})


def _set_files(sets: list[str], folder: Path | None) -> list[str]:
    """The files of [[rules]] template sets that exist ("formal_thank_you"); a set may
    leave kinds out, which then use the default template."""
    if folder is None:
        return []
    return [f"{s}_{k}" for s in sets for k in ("thank_you", "follow_up", "feedback_request")
            if (Path(folder).expanduser() / template_file(f"{s}_{k}")).is_file()]


def _sample_application() -> Application:
    """An invented application with every field filled, for `render_check`."""
    start = datetime(2026, 11, 12, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    interview = Interview(
        start=start, end=start + timedelta(hours=1), timezone="Europe/Berlin",
        interviewers=(Person("Maria Santos", "maria@example.net"),
                      Person("Dr. Jon Berg", "jon@example.net")),
        company="Example Works", position="Data Analyst")
    return Application(id="sample", account="sample", company="Example Works",
                       position="Data Analyst", contact=Person("Maria Santos",
                                                                "maria@example.net"),
                       stage=Stage.INTERVIEWED, rounds=(InterviewRound(interview),))
