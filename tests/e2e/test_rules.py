"""`[[rules]]` in the config change what is drafted, through `run --once --now`; editing
them never duplicates a draft and withdraws only mailwatch's own unedited ones."""

from __future__ import annotations

import json

import pytest

from mailwatch.cli import main

from .conftest import PIETER, RECRUITER, invitation
from .harness import at, message


def rules(box, text: str) -> None:
    box.extra_config = text
    box.write_config()


def test_ignore_drafts_nothing_for_that_company(box) -> None:
    rules(box, '[[rules]]\ncompany = "greenleaf analytics"\nignore = true\n')
    box.deliver(invitation())
    box.run(at("2026-11-05 12:05"))
    assert box.drafts() == []


def test_a_rule_for_another_company_changes_nothing(box) -> None:
    rules(box, '[[rules]]\ncompany = "Other Corp"\nignore = true\n')
    box.deliver(invitation())
    box.run(at("2026-11-05 12:05"))
    assert box.kinds() == ["thank_you", "thank_you"]


def test_thank_you_false_keeps_the_follow_ups(box) -> None:
    rules(box, '[[rules]]\nsender = "@greenleaf.co.za"\nthank_you = false\n')
    box.deliver(invitation())
    box.run(at("2026-11-05 12:05"))
    assert box.drafts() == []
    box.run(at("2026-11-12 09:05"))
    assert box.kinds() == ["follow_up"]


def test_follow_ups_zero_and_one(box) -> None:
    rules(box, '[[rules]]\nsubject = "data engineer"\nfollow_ups = 1\n')
    box.deliver(invitation())
    box.run(at("2026-11-05 12:05"))
    box.send_drafts()
    box.run(at("2026-11-12 09:05"))
    assert box.kinds() == ["follow_up"]
    box.send_drafts()
    box.run(at("2026-11-19 09:05"))
    assert box.drafts() == []  # the second follow-up is switched off


def test_to_sends_the_follow_up_to_the_recruiter_address_given(box) -> None:
    rules(box, '[[rules]]\ncompany = "Greenleaf Analytics"\nto = "talent@greenleaf.co.za"\n')
    box.deliver(invitation())
    box.run(at("2026-11-05 12:05"))
    box.send_drafts()
    box.run(at("2026-11-12 09:05"))
    (draft,) = box.drafts()
    assert str(draft["To"]) == "talent@greenleaf.co.za"


def test_changing_to_after_a_draft_exists_does_not_duplicate_it(box) -> None:
    box.deliver(invitation())
    box.run(at("2026-11-05 12:05"))
    box.send_drafts()
    box.run(at("2026-11-12 09:05"))
    assert [str(d["To"]) for d in box.drafts()] == [f"{RECRUITER[0]} <{RECRUITER[1]}>"]
    rules(box, '[[rules]]\ncompany = "Greenleaf Analytics"\nto = "talent@greenleaf.co.za"\n')
    box.run(at("2026-11-12 10:00"))
    assert [str(d["To"]) for d in box.drafts()] == [f"{RECRUITER[0]} <{RECRUITER[1]}>"]


def test_switching_off_withdraws_our_unedited_pending_drafts_only(box) -> None:
    box.deliver(invitation())
    box.run(at("2026-11-05 12:05"))
    drafts = box.drafts()
    assert len(drafts) == 2
    edited = next(d for d in drafts if PIETER[1] in str(d["To"]))
    edited.set_content(edited.get_content() + "\nP.S. I enjoyed the whiteboard part.\n")
    edited.path.write_bytes(edited.as_bytes())  # the user edits the draft in their client
    rules(box, '[[rules]]\ncompany = "Greenleaf Analytics"\nthank_you = false\n')
    box.run(at("2026-11-05 12:30"))
    left = box.drafts()
    assert [str(d["To"]) for d in left] == [str(edited["To"])]  # yours stays, ours goes
    rules(box, "")
    box.run(at("2026-11-05 13:00"))
    assert len(box.drafts()) == 1  # turning it back on resurrects nothing


def test_template_set_is_used(box, tmp_path) -> None:
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "formal_thank_you.txt.j2").write_text(
        "Dear {{ recipient.name or 'Sir or Madam' }},\n\nThank you for the interview.\n\n"
        "Yours faithfully,\n{{ user.name }}\n")
    rules(box, f'[templates]\ndir = "{folder}"\n\n[[rules]]\ncompany = "Greenleaf Analytics"\n'
               'template = "formal"\n')
    box.deliver(invitation())
    box.run(at("2026-11-05 12:05"))
    bodies = [d.get_content() for d in box.drafts()]
    assert bodies and all("Yours faithfully" in b for b in bodies)


@pytest.mark.parametrize("text,problem", [
    ('[[rules]]\nignore = true\n', "needs at least one of company, sender, subject"),
    ('[[rules]]\ncompany = "A"\nfollow_ups = 11\n', "rules[0].follow_ups"),
    ('[[rules]]\nsender = "greenleaf"\n', "rules[0].sender"),
    ('[[rules]]\ncompany = "A"\nignor = true\n', "did you mean 'ignore'"),
    ('[[rules]]\ncompany = "A"\ntemplate = "formal"\n', "needs [templates] dir"),
])
def test_bad_rules_are_listed_and_exit_2(box, capsys, text, problem) -> None:
    rules(box, text)
    assert main(["check", "--config", str(box.config)]) == 2
    assert problem in capsys.readouterr().err


def test_a_country_public_holiday_is_no_business_day(box) -> None:
    # Interview Wed 9 Dec 2026; a week later is 16 Dec, South Africa's Day of Reconciliation.
    box.timing = {"country": "ZA"}
    box.write_config()
    box.deliver(invitation(start=at("2026-12-09 10:00"), end=at("2026-12-09 11:00"),
                           sent=at("2026-12-01 09:00")))
    box.run(at("2026-12-09 12:05"))
    box.send_drafts()
    box.run(at("2026-12-16 09:05"))
    assert box.drafts() == []
    box.run(at("2026-12-17 09:05"))
    assert box.kinds() == ["follow_up"]


def test_an_unknown_country_is_a_config_problem(box, capsys) -> None:
    box.timing = {"country": "XX"}
    box.write_config()
    assert main(["check", "--config", str(box.config)]) == 2
    assert "timing.country" in capsys.readouterr().err


@pytest.mark.parametrize("detection", [
    '[detection]\nignore_senders = ["@greenleaf.co.za"]\n',
    '[detection]\nignore_phrases = ["Greenleaf Analytics"]\n',
])
def test_detection_ignore_lists_keep_mail_out(box, detection, capsys) -> None:
    rules(box, detection)
    box.deliver(invitation())
    box.run(at("2026-11-05 12:05"))
    assert box.drafts() == []
    assert "ignored:" in capsys.readouterr().out


def test_ignore_senders_must_be_addresses(box, capsys) -> None:
    rules(box, '[detection]\nignore_senders = ["greenleaf"]\n')
    assert main(["check", "--config", str(box.config)]) == 2
    assert "detection.ignore_senders" in capsys.readouterr().err


# --- [detection] additions: the user's own interview words, senders and ATS domains ------

#: An invitation in the employer's own word, none of ours: no "interview", no "meeting".
OWN_WORD = message(
    sender=PIETER, subject="Fika, Thursday",
    body="Hi Thandi,\n\nWe would love to have you over for a fika on "
         "Thursday 5 November at 10:00 SAST at our Rosebank office. Aisha Patel and I will "
         "be there.\n\nPieter van Wyk\nGreenleaf Analytics\n",
    date=at("2026-11-02 10:00"))
#: A meeting from the employer that never says what it is about.
UNSAID = message(
    sender=PIETER, subject="Thursday",
    body="Hi Thandi,\n\nAisha Patel and I would like to meet you on Thursday 5 November at "
         "10:00 SAST at our Rosebank office, to talk about the platform work.\n\n"
         "Pieter van Wyk\nGreenleaf Analytics\n",
    date=at("2026-11-02 10:00"))


@pytest.mark.parametrize("mail,detection", [
    (OWN_WORD, '[detection]\ninterview_phrases = ["Fika"]\n'),
    (UNSAID, '[detection]\ninterview_senders = ["@greenleaf.co.za"]\n'),
])
def test_interview_phrases_and_senders_make_it_interview_mail(box, mail, detection) -> None:
    box.deliver(mail)
    box.run(at("2026-11-05 12:05"))
    assert box.drafts() == []  # not recognised on our own words
    rules(box, detection)
    box.deliver(message(sender=mail_sender(mail), subject=str(mail["Subject"]),
                        body=mail.get_content(), date=at("2026-11-02 10:00")))
    box.run(at("2026-11-05 12:10"))
    # a thank-you to Pieter (Aisha's address is not in the mail)
    assert [str(d["To"]) for d in box.drafts()] == [f"{PIETER[0]} <{PIETER[1]}>"]


def mail_sender(mail) -> tuple[str, str]:
    (address,) = mail["From"].addresses
    return address.display_name, address.addr_spec


#: A scheduling service nobody has heard of, with a subject that says nothing.
ATS_NOTICE = message(
    sender=("Greenleaf Analytics", "noreply-7731@beamloop.example"),
    subject="Thursday 10:00, Rosebank office",
    body="Hi Thandi,\n\nYour interview for the Data Engineer role at Greenleaf Analytics is "
         "booked for Thursday 5 November at 10:00 SAST. You will meet Pieter van Wyk "
         "(pieter@greenleaf.co.za).\n\nThe Greenleaf hiring team\n",
    date=at("2026-11-02 10:00"))


def test_ats_domains_are_fetched(box, capsys) -> None:
    box.deliver(ATS_NOTICE)
    box.run(at("2026-11-05 12:05"))
    assert box.drafts() == []  # its headers show no sign of job mail: never fetched
    rules(box, '[detection]\nats_domains = ["beamloop.example"]\n')
    box.deliver(message(sender=mail_sender(ATS_NOTICE), subject=str(ATS_NOTICE["Subject"]),
                        body=ATS_NOTICE.get_content(), date=at("2026-11-02 10:05")))
    box.run(at("2026-11-05 12:10"))
    assert [str(d["To"]) for d in box.drafts()] == [f"{PIETER[0]} <{PIETER[1]}>"]


def test_ats_domains_never_name_the_employer(box, tmp_path, capsys) -> None:
    notice = message(
        sender=("Beamloop", "noreply-7731@beamloop.example"), subject="Interview booked",
        body="Hi Thandi,\n\nYour interview is booked for Thursday 5 November at 10:00 SAST."
             "\n", date=at("2026-11-02 10:00"))
    path = tmp_path / "notice.eml"
    path.write_bytes(notice.as_bytes())

    def company() -> str | None:
        assert main(["scan", "--json", "--config", str(box.config), str(path)]) == 0
        return json.loads(capsys.readouterr().out)["interview"]["company"]

    box.write_config()
    assert company() == "Beamloop"
    rules(box, '[detection]\nats_domains = ["@beamloop.example"]\n')
    assert company() is None


@pytest.mark.parametrize("text,problem", [
    ('[detection]\ninterview_senders = ["greenleaf.co.za"]\n', "detection.interview_senders"),
    ('[detection]\ninterview_phrases = ["hr"]\n', "too short"),
    ('[detection]\nats_domains = ["jo@beamloop.example"]\n', "detection.ats_domains"),
    ('[detection]\nats_domains = ["beamloop"]\n', "detection.ats_domains"),
    ('[detection]\nats_domain = ["beamloop.example"]\n', "did you mean 'ats_domains'"),
])
def test_bad_detection_lists_are_listed_and_exit_2(box, capsys, text, problem) -> None:
    rules(box, text)
    assert main(["check", "--config", str(box.config)]) == 2
    assert problem in capsys.readouterr().err


# --- `plan`: what an edit of the file will change, before it applies ----------------------

def plan(box, capsys, *extra: str) -> str:
    capsys.readouterr()
    assert main(["plan", "--now", at("2026-11-06 09:00").isoformat(),
                 "--config", str(box.config), *extra]) == 0
    return capsys.readouterr().out


def test_plan_lists_what_an_edit_adds_moves_readdresses_withdraws_and_drops(box, capsys
                                                                            ) -> None:
    box.timing = {"max_follow_ups": 1}
    box.write_config()
    assert "No cycle has run with a config yet" in plan(box, capsys)
    box.deliver(invitation())
    box.run(at("2026-11-05 12:05"))  # two thank-yous made; this config is now applied
    assert box.kinds() == ["thank_you", "thank_you"]
    assert "No changes from the config the last cycle ran with." in plan(box, capsys)

    box.timing = {"max_follow_ups": 2, "follow_up_days": 5}
    rules(box, '[[rules]]\ncompany = "Greenleaf Analytics"\nthank_you = false\n'
               'to = "talent@greenleaf.co.za"\n')
    out = plan(box, capsys)
    changes = out[out.index("Changes from the config the last cycle ran with"):]
    assert "- withdraw  thank_you to Pieter van Wyk" in changes
    assert "- withdraw  thank_you to Aisha Patel" in changes
    assert "~ move      follow_up #1 to talent@greenleaf.co.za: Thu 12 Nov 09:00 SAST -> " \
           "Tue 10 Nov 09:00 SAST" in changes
    assert f"~ readdress follow_up #1: to {RECRUITER[0]} -> to talent@greenleaf.co.za" in changes
    assert "+ add       follow_up #2 to talent@greenleaf.co.za" in changes
    assert box.kinds() == ["thank_you", "thank_you"]  # plan wrote nothing

    box.run(at("2026-11-05 12:10"))  # the edit applies: both unedited thank-yous go
    assert box.drafts() == []
    assert "No changes from the config the last cycle ran with." in plan(box, capsys)

    rules(box, '[[rules]]\ncompany = "Greenleaf Analytics"\nthank_you = false\n'
               'to = "talent@greenleaf.co.za"\nfollow_ups = 1\n')
    assert "- drop      follow_up #2 to talent@greenleaf.co.za (was due " in plan(box, capsys)


def test_plan_against_another_file(box, capsys, tmp_path) -> None:
    box.deliver(invitation())
    box.write_config()
    box.run(at("2026-11-05 09:00"))  # read before the interview: nothing due yet
    other = tmp_path / "other.toml"
    other.write_text(box.config.read_text() + '\n[[rules]]\ncompany = "Greenleaf '
                     'Analytics"\nignore = true\n')
    out = plan(box, capsys, "--against", str(other))
    assert f"Changes from {other}" in out
    assert "+ add       thank_you to Pieter van Wyk" in out


# --- [detection] date_order and [profile], through run --once --now -----------------------

NUMERIC_DATE = message(
    sender=PIETER, subject="Interview: Data Engineer at Greenleaf Analytics",
    body="Hi Thandi,\n\nYour interview for the Data Engineer role is confirmed for "
         "11/12/2026 at 10:00 with me.\n\nPieter van Wyk\nGreenleaf Analytics\n",
    date=at("2026-11-02 10:00"))


@pytest.mark.parametrize("order,drafted_on_12_nov", [("auto", False), ("MDY", True)])
def test_date_order_decides_a_numeric_date(box, order, drafted_on_12_nov) -> None:
    rules(box, f'[detection]\ndate_order = "{order}"\n')  # auto: a .co.za sender, 11 Dec
    box.deliver(NUMERIC_DATE)
    box.run(at("2026-11-12 12:05"))
    assert box.kinds() == (["thank_you"] if drafted_on_12_nov else [])
    if not drafted_on_12_nov:
        box.run(at("2026-12-11 12:05"))
        assert box.kinds() == ["thank_you"]


def test_profile_is_what_the_drafts_say_about_you(box) -> None:
    box.write_config()
    text = box.config.read_text().replace("[profile]\n", '[profile]\nsignoff = "Warm wishes"\n'
                                          'highlights = ["built a settlement pipeline"]\n')
    box.config.write_text(text)
    box.deliver(invitation())
    box.run(at("2026-11-05 12:05"))
    bodies = [d.get_content() for d in box.drafts()]
    assert bodies and all("Warm wishes" in b for b in bodies)
    assert any("settlement pipeline" in b for b in bodies)
