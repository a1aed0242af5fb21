"""Nineteenth session: rules from 74NN's misses, read once 73NN had joined the corpus
(written in my own words, not the batch's)."""

from __future__ import annotations

from datetime import date

from mailfactory import detected

from mailwatch.extract import classify as c
from mailwatch.extract.deadline import find_deadline
from mailwatch.model import Kind


def test_a_french_jury_line_is_the_panel_not_jury_duty() -> None:
    d = detected("Bonjour Madame Nkosi,\n\nNous avons le plaisir de vous convoquer à un entretien "
                 "pour le poste de Chargée de Clientèle.\n\nDate : mardi 17 novembre 2026\n"
                 "Heure : 10h00\nJury : M. Karim Tazi (Directeur Commercial) et Mme Nadia "
                 "Berrada (RH)\n\nBien cordialement,\nLeila Amrani\nRessources Humaines",
                 subject="Convocation à un entretien - Chargée de Clientèle",
                 sender="Leila Amrani <l.amrani@atlasbank.example>",
                 date="Mon, 09 Nov 2026 09:00:00 +0100")
    assert d.kind is Kind.INTERVIEW_INVITATION
    from mailwatch.extract.notjob import strongly_not_job
    assert strongly_not_job("Your jury summons: report to the courthouse on Monday at 8:30.")


def test_german_and_vietnamese_rejections() -> None:
    assert c.REJECTION.search("Leider haben wir uns entschieden, die Stelle mit einer anderen "
                              "Kandidatin zu besetzen.")
    assert c.REJECTION.search("Wir haben beschlossen, die Position anderweitig zu besetzen.")
    assert c.REJECTION.search("Chúng tôi rất tiếc phải báo rằng hồ sơ của bạn chưa phù hợp với "
                              "vị trí này.")
    assert not c.REJECTION.search("Wir möchten die Stelle bis März besetzen.")


def test_the_end_of_a_named_month_in_russian() -> None:
    said = find_deadline("Решение по вакансии мы примем до конца апреля.", date(2027, 3, 9), "DMY")
    assert said is not None and said[0] == date(2027, 4, 30)


def test_if_your_availability_changed_is_no_request() -> None:
    d = detected("Hola Thandi:\n\nGracias por la entrevista para el puesto de Analista de "
                 "Compras. Tu postulación sigue en evaluación y te comunicaremos la decisión "
                 "final la próxima semana. Si tu disponibilidad ha cambiado, cuéntanos.\n\n"
                 "Saludos,\nEquipo de Selección", subject="Actualización de tu postulación",
                 sender="Selección <seleccion@andina.example>")
    assert d.kind is Kind.STATUS_UPDATE
    assert c.ASK.search("¿Nos indicas tu disponibilidad para la próxima semana?")
