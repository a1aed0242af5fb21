"""First sync of a 10k mailbox over IMAP, against Dovecot on loopback.

What a new user waits for on day one: every header triaged, the job mail and whatever
triage lets through fetched whole, facts stored, drafts made. Measured here: the wall
time of that first `run --once` cycle, the bytes read from the socket, IMAP round trips,
and the share of messages whose whole body was downloaded (`CycleReport.fetched`, one per
BODY.PEEK[] answer). `why` replays triage on the generated messages to say which rule let
each fetched message through, so a miss can be traced to a rule.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path

from mailwatch.providers import peek
from mailwatch.providers.base import HeaderInfo, MessageRef

from mailwatch.config import load_config
from mailwatch.cycle import _Index, _read_head

from . import dovecot, mailgen
from .common import Row, cycle, imap_traffic, megabytes, write_config
from .context import Bench

SIZE = 10_000
TARGET_S = 30.0
TARGET_SHARE = 0.05


def why(size: int, seed: int, config_path: Path) -> Counter[str]:
    """Triage's reason for every message of the mailbox, as a first cycle sees them
    (nothing tracked yet): "too old", "passed over", or the rule that fetches it."""
    config = load_config(config_path)
    oldest = mailgen.NOW - timedelta(days=config.timing.lookback_days)
    index = _Index([])
    reasons: Counter[str] = Counter()
    for mail in mailgen.generate(size, seed):
        info = HeaderInfo(MessageRef("x", mail.folder), peek.header_block(mail.raw),
                          peek.has_calendar_marker(mail.raw))
        head = _read_head(info, index, config, oldest)
        if head is None:
            reasons["too old"] += 1
        elif not head.worth:
            reasons["passed over"] += 1
        else:
            reasons[f"{head.why} [{mail.kind}]"] += 1
    return reasons


def run(bench: Bench) -> list[Row]:
    name = f"IMAP first sync, {bench.size_label(SIZE)}"
    try:
        server = bench.dovecot()
    except dovecot.Unavailable as exc:
        return [Row(name, "skipped", f"<= {TARGET_S:.0f} s", None, str(exc))]
    source, stats = mailgen.cached_maildir(SIZE, bench.seed)
    bench.say(f"IMAP first sync: loading {SIZE} messages into Dovecot")
    user = dovecot.load(server, source)
    indexed = dovecot.warm(user)
    config = write_config(bench.work / "imap-sync", "imap", **user.options())
    bench.say("IMAP first sync: running the first cycle")
    with imap_traffic() as traffic:
        seconds, report = cycle(config, mailgen.NOW)
    share = report.fetched / SIZE
    commands = Counter(traffic.commands)
    reasons = why(SIZE, bench.seed, config)
    in_window = SIZE - reasons["too old"]
    fetched_reasons = sorted(((n, r) for r, n in reasons.items()
                              if r not in ("too old", "passed over")), reverse=True)
    top = "; ".join(f"{r}: {n / SIZE:.1%}" for n, r in fetched_reasons[:6])
    return [
        Row(name + ": time", f"{seconds:.1f} s", f"<= {TARGET_S:.0f} s", seconds <= TARGET_S,
            f"{len(traffic.commands)} round trips: {commands['EXAMINE']} EXAMINE "
            f"({traffic.seconds['EXAMINE']:.1f} s), {commands['UID']} UID FETCH/SEARCH "
            f"({traffic.seconds['UID']:.1f} s); Dovecot indexed beforehand in "
            f"{indexed:.2f} s"),
        Row(name + ": bytes fetched", megabytes(traffic.bytes_in), "", None,
            f"read from the socket, of a {megabytes(stats['bytes'])} mailbox; "
            f"{megabytes(traffic.bytes_out)} sent"),
        Row(name + ": full bodies", f"{share:.1%}", f"<= {TARGET_SHARE:.0%}",
            share <= TARGET_SHARE,
            f"{report.fetched} of {SIZE} messages ({report.fetched / max(in_window, 1):.1%} "
            f"of the {in_window} inside the look-back window); {report.stored} kept, "
            f"{len(report.apps)} applications, {len(report.act.created)} drafts; "
            f"triage reasons: {top}"),
    ]
