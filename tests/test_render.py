"""Templates, context, lint and subjects: a draft must never embarrass its user."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mailwatch.model import Application, Interview, InterviewRound, Person, Stage
from mailwatch.names import parse_name
from mailwatch.render import (
    LINKEDIN_LIMIT,
    TEMPLATES,
    TemplateProblem,
    build_context,
    lint,
    render,
    render_check,
    subject_for_reply,
)
from mailwatch.settings import Config, ProfileConfig, UserConfig

BERLIN = ZoneInfo("Europe/Berlin")
MARIA = Person("Maria Santos", "maria@acme.example")
FULL = ProfileConfig(
    summary="six years building data pipelines for retail and fintech teams",
    highlights=("Led the move of our reporting stack to streaming.",),
    skills=("Python", "SQL", "Apache Kafka", "dbt"),
    signoff="Warm regards,",
    phone="+27 82 555 0100",
)
EMPTY = ProfileConfig()


def _config(profile: ProfileConfig = FULL, templates_dir: Path | None = None) -> Config:
    user = UserConfig("Thandi Nkosi", "thandi@example.org", timezone="Africa/Johannesburg")
    return Config(user=user, profile=profile, templates_dir=templates_dir)


def _app(company: str | None = "Acme Analytics", position: str | None = "Data Analyst",
         interviewers: tuple[Person, ...] = (MARIA,), rounds: bool = True) -> Application:
    start = datetime(2026, 11, 12, 11, 0, tzinfo=BERLIN)  # Thursday, 12:00 in Johannesburg
    interview = Interview(start=start, end=start + timedelta(hours=1), timezone="Europe/Berlin",
                          interviewers=interviewers, company=company, position=position)
    return Application(id="app1", account="demo", company=company, position=position,
                       contact=MARIA, stage=Stage.INTERVIEWED,
                       rounds=(InterviewRound(interview),) if rounds else ())


def _render(name: str, app: Application | None = None, recipient: Person | None = MARIA,
            config: Config | None = None, **kw: int) -> str:
    config = config or _config()
    context = build_context(app or _app(), name, recipient, config, **kw)
    return render(name, dict(context), templates_dir=config.templates_dir)


def _well_formed(text: str) -> None:
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert "\n\n\n" not in text
    assert all(line == line.rstrip() for line in text.splitlines())
    assert "None" not in text
    assert lint(text, name="x") == []


# ----------------------------------------------------------------- every template


@pytest.mark.parametrize("name", list(TEMPLATES))
@pytest.mark.parametrize("profile", [FULL, EMPTY], ids=["full-profile", "empty-profile"])
@pytest.mark.parametrize("recipient", [MARIA, None, Person(None, "hr@acme.example"),
                                       Person("Talent Acquisition Team", "jobs@acme.example")],
                         ids=["named", "none", "nameless", "shared-mailbox"])
@pytest.mark.parametrize("known", [True, False], ids=["with-details", "bare"])
def test_every_template_renders(name: str, profile: ProfileConfig, recipient: Person | None,
                                known: bool) -> None:
    app = _app() if known else _app(company=None, position=None, interviewers=(), rounds=False)
    text = _render(name, app, recipient, _config(profile))
    _well_formed(text)
    if name != "call_script":
        greeting = "Hi Maria," if recipient is MARIA else "Hello,"
        assert text.startswith(greeting)
    if name == "linkedin_note":
        assert len(text) <= LINKEDIN_LIMIT
    else:
        assert "Thandi Nkosi" in text
    if known and name != "call_script":
        assert "Data Analyst" in text and "Acme Analytics" in text


def test_thank_you_content() -> None:
    text = _render("thank_you")
    assert text.startswith("Hi Maria,\n\nThank you")
    assert "on Thursday" in text
    assert "six years building data pipelines" in text
    assert "For example, I led the move" in text  # capital "Led" lowered after "I"
    assert text.rstrip().endswith("Warm regards,\nThandi Nkosi\n+27 82 555 0100")


def test_thank_you_without_profile_says_nothing_about_fit() -> None:
    text = _render("thank_you", config=_config(EMPTY))
    assert "background" not in text and "experience" not in text
    assert "Kind regards,\nThandi Nkosi" in text


def test_thank_you_with_only_skills() -> None:
    text = _render("thank_you", config=_config(ProfileConfig(skills=("Python", "SQL"))))
    assert "Python and SQL" in text


def test_thank_you_without_company_uses_neutral_wording() -> None:
    text = _render("thank_you", _app(company=None))
    assert "joining your team" in text


def test_follow_ups_differ_and_mention_the_interview() -> None:
    first = _render("follow_up", follow_up_number=1)
    second = _render("follow_up", follow_up_number=2)
    assert first != second
    for text in (first, second):
        assert "Data Analyst" in text and "Thursday, 12 November" in text
        assert "Acme Analytics" in text
    assert "follow up" in first and "once more" in second


def test_feedback_request_asks_for_feedback() -> None:
    text = _render("feedback_request")
    assert "feedback" in text and "stay in touch" in text


def test_call_script_has_time_in_users_zone_and_contact() -> None:
    text = _render("call_script")
    assert "Thursday, 12 November, 12:00 SAST" in text
    assert "+27 82 555 0100" in text and "Maria Santos" in text


# ----------------------------------------------------------------- context


def test_context_is_plain_data() -> None:
    context = build_context(_app(), "thank_you", MARIA, _config())

    def check(value: object) -> None:
        if isinstance(value, dict):
            assert all(isinstance(k, str) for k in value)
            for v in value.values():
                check(v)
        elif isinstance(value, list):
            for v in value:
                check(v)
        else:
            assert value is None or type(value) in (str, int, bool), repr(value)

    check(context)
    assert context["interview"] == {"date_text": "Thursday, 12 November",
                                    "time_text": "12:00 SAST", "weekday": "Thursday",
                                    "date_iso": "2026-11-12"}
    assert context["recipient"]["greeting"] == "Hi Maria,"
    assert context["user"]["first_name"] == "Thandi"
    assert context["profile"]["skills_text"] == "Python, SQL and Apache Kafka"
    assert context["profile"]["signoff"] == "Warm regards"


def test_context_round_index_out_of_range_uses_latest_round() -> None:
    app = _app()
    later = Interview(start=datetime(2026, 11, 20, 9, 0, tzinfo=BERLIN))
    app = app.with_(rounds=(*app.rounds, InterviewRound(later)))
    assert build_context(app, "follow_up", None, _config(), round_index=9)[
        "interview"]["weekday"] == "Friday"
    assert build_context(app, "thank_you", None, _config(), round_index=0)[
        "interview"]["weekday"] == "Thursday"


@pytest.mark.parametrize("raw, greeting, first", [
    ("Maria Santos", "Hi Maria,", "Maria"),
    ("Dr. Anna Keller", "Dear Dr. Keller,", "Anna"),
    ("Prof. Dr. Hans van der Berg", "Dear Prof. van der Berg,", "Hans"),
    ("Ms. Keller", "Dear Ms. Keller,", None),
    ("Mr. Jon Berg", "Hi Jon,", "Jon"),
    ("Keller, Anna", "Hi Anna,", "Anna"),
    ("de Vries, Ruben", "Hi Ruben,", "Ruben"),
    ("Anna Keller, PhD", "Hi Anna,", "Anna"),
    ("ANNA KELLER", "Hi Anna,", "Anna"),
    ("Maria Santos | Acme", "Hi Maria,", "Maria"),
    ("Anne-Marie Dupont (she/her)", "Hi Anne-Marie,", "Anne-Marie"),
    ("J. Smith", "Dear J. Smith,", None),
])
def test_names(raw: str, greeting: str, first: str | None) -> None:
    parsed = parse_name(raw)
    assert parsed is not None
    assert (parsed.greeting, parsed.first) == (greeting, first)


@pytest.mark.parametrize("raw", [None, "", "  ", "Talent Team", "Acme Careers",
                                 "maria@acme.example", "{{ config }}", "<script>x</script>"])
def test_not_a_name(raw: str | None) -> None:
    assert parse_name(raw) is None


# ----------------------------------------------------------------- safety


@pytest.mark.parametrize("name", list(TEMPLATES))
def test_mail_content_stays_literal(name: str) -> None:
    app = _app(company="{{ 7*7 }} <script>alert(1)</script>",
               position="{% for x in range(3) %}X{% endfor %} [Company] TODO")
    text = _render(name, app, Person("{{ config.__class__ }}", "x@acme.example"))
    assert "49" not in text and "XXX" not in text
    if name == "linkedin_note":
        assert "{{ 7*7 }}" in text or "{{ 7*7 }} <script>" in text
    else:
        assert "{{ 7*7 }} <script>alert(1)</script>" in text
        assert "{% for x in range(3) %}X{% endfor %} [Company] TODO" in text
    assert text.startswith("Hello,") or name == "call_script"


def test_multiline_values_are_flattened() -> None:
    text = _render("thank_you", _app(company="Acme\r\nBcc: evil@example.com"))
    assert "joining Acme Bcc: evil@example.com." in text


def test_sandbox_blocks_unsafe_user_templates(tmp_path: Path) -> None:
    (tmp_path / "thank_you.txt.j2").write_text(
        "Hello,\n{{ ''.__class__.__mro__[1].__subclasses__() }} and enough text here.\n")
    with pytest.raises(TemplateProblem) as info:
        _render("thank_you", config=_config(templates_dir=tmp_path))
    assert "thank_you.txt.j2" in str(info.value)


@pytest.mark.parametrize("source, fragment", [
    ("Hi {{ recipient.nickname }}, thanks for everything we talked about.\n", "unknown"),
    ("Hi {{ recipient.first_name }, thanks for everything we talked about.\n", "syntax"),
    ("Hi {% if %}, thanks for everything we talked about today.\n", "syntax"),
    ("Dear [Name], thank you for the interview about the [Position] role.\n", "placeholder"),
    ("Hi {{ recipient.email and '' }}, thanks for the great conversation today.\n",
     "empty greeting"),
    ("Thanks!\n", "too short"),
])
def test_broken_user_templates_raise(tmp_path: Path, source: str, fragment: str) -> None:
    (tmp_path / "thank_you.txt.j2").write_text(source)
    with pytest.raises(TemplateProblem) as info:
        _render("thank_you", config=_config(templates_dir=tmp_path))
    assert isinstance(info.value, ValueError)
    assert info.value.name == "thank_you.txt.j2"
    assert fragment in str(info.value)


def test_user_override_wins_and_others_stay_builtin(tmp_path: Path) -> None:
    (tmp_path / "follow_up.txt.j2").write_text(
        "{{ recipient.greeting }}\n\nMy own words about {{ position }}, number "
        "{{ follow_up_number }}.\n\n{{ user.name }}\n")
    config = _config(templates_dir=tmp_path)
    assert _render("follow_up", config=config) == (
        "Hi Maria,\n\nMy own words about Data Analyst, number 1.\n\nThandi Nkosi\n")
    assert "Thank you for taking the time" in _render("thank_you", config=config)


# ----------------------------------------------------------------- lint


@pytest.mark.parametrize("text", [
    "Hi {{ name }},\n\nThank you for the interview last week, it was great.\n",
    "Hi [Name],\n\nThank you for the interview last week, it was great.\n",
    "Hi Maria,\n\nThank you for the interview at [Company] last week, it was great.\n",
    "Hi <name>,\n\nThank you for the interview last week, it was great to meet.\n",
    "Hi Maria,\n\nThank you for the interview XXX last week, it was great.\n",
    "Hi Maria,\n\nTODO: say something nice about the interview last week.\n",
    "Hi Maria,\n\n{% if x %}Thank you for the interview last week, it was great.\n",
])
def test_lint_finds_placeholders(text: str) -> None:
    assert any("placeholder" in p for p in lint(text, name="thank_you"))


@pytest.mark.parametrize("greeting", ["Hi ,", "Dear ,", "Hello ,", "Dear,", "Hi None,",
                                      "  hello   ,"])
def test_lint_finds_empty_greetings(greeting: str) -> None:
    text = f"{greeting}\n\nThank you for the interview last week, it was great to meet you.\n"
    assert any("empty greeting" in p for p in lint(text, name="thank_you"))


def test_lint_accepts_good_text_and_data_that_looks_like_code() -> None:
    good = "Hello,\n\nThank you for the interview at {{ 7*7 }} last week, it was great.\n"
    assert lint(good, name="thank_you", data=["{{ 7*7 }}"]) == []
    assert lint(good, name="thank_you") != []


def test_lint_linkedin_limit() -> None:
    assert any("300" in p for p in lint("Hi Maria, " + "a" * 300, name="linkedin_note"))
    assert lint("Hi Maria, " + "a" * 200, name="thank_you") == []


# ----------------------------------------------------------------- LinkedIn


@pytest.mark.parametrize("company, position, person", [
    ("Acme", "Data Analyst", MARIA),
    ("The International Consolidated Logistics and Maritime Freight Forwarding "
     "Company of Southern Africa and the Indian Ocean Islands (Pty) Ltd", "Senior Principal "
     "Staff Data Platform Engineering Architect for Regional Analytics and Reporting", MARIA),
    ("A" * 500, "B" * 500, Person("Bartholomew-Maximilian " * 5 + "Smith", "x@y.example")),
    ("Acme " * 100, None, None),
])
def test_linkedin_note_always_fits(company: str, position: str | None,
                                   person: Person | None) -> None:
    text = _render("linkedin_note", _app(company=company, position=position), person)
    assert len(text) <= LINKEDIN_LIMIT
    assert lint(text, name="linkedin_note") == []


def test_linkedin_override_that_cannot_fit_fails(tmp_path: Path) -> None:
    (tmp_path / "linkedin_note.txt.j2").write_text("Hello, " + "very long words " * 30 + "\n")
    with pytest.raises(TemplateProblem, match="300"):
        _render("linkedin_note", config=_config(templates_dir=tmp_path))


# ----------------------------------------------------------------- subjects


@pytest.mark.parametrize("original, expected", [
    ("Interview", "Re: Interview"),
    ("Re: Interview", "Re: Interview"),
    ("RE: Re: Interview", "Re: Interview"),
    ("re:re:Interview", "Re: Interview"),
    ("Aw: Interview", "Re: Interview"),
    ("AW: RE: Sv: Interview", "Re: Interview"),
    ("Re[2]: Interview", "Re: Interview"),
    ("RE : Interview", "Re: Interview"),
    ("Fwd: Interview", "Re: Fwd: Interview"),
    ("Interview re: your application", "Re: Interview re: your application"),
    ("Regarding the interview", "Re: Regarding the interview"),
    ("", "Re: Our conversation"),
    ("Re: ", "Re: Our conversation"),
    ("Interview\r\nBcc: evil@example.com", "Re: Interview Bcc: evil@example.com"),
    ("  Interview\tinvitation  ", "Re: Interview invitation"),
])
def test_subject_for_reply(original: str, expected: str) -> None:
    result = subject_for_reply(original)
    assert result == expected
    assert "\r" not in result and "\n" not in result


# ----------------------------------------------------------------- self-check


def test_render_check_clean_for_builtins() -> None:
    assert render_check(_config()) == []
    assert render_check(_config(EMPTY)) == []


def test_render_check_reports_broken_and_unknown_files(tmp_path: Path) -> None:
    (tmp_path / "follow_up.txt.j2").write_text("Hi {{ recipient.first_name }},\n\n"
                                               "Any news about {{ postion }}? Thanks a lot.\n")
    (tmp_path / "thankyou.txt.j2").write_text("Hello\n")
    problems = render_check(_config(templates_dir=tmp_path))
    assert any(p.startswith("thankyou.txt.j2") for p in problems)
    assert any(p.startswith("follow_up.txt.j2") and "postion" in p for p in problems)
    assert not any(p.startswith("thank_you.txt.j2") for p in problems)
