"""Run one command and report its peak RSS: ``python -m benchmarks.rss_probe CMD...``.

Why a separate, slim process: on Linux a child's ``ru_maxrss`` starts from the memory
image it was forked from and survives ``execve``, so a cycle launched straight from the
benchmark process (which may hold a freshly generated 100k mailbox) would report the
parent's size. This probe imports almost nothing, launches the command, and reads the
command's own ``ru_maxrss`` from ``os.wait4`` (the per-child form of
``getrusage(RUSAGE_CHILDREN)``). It prints one JSON line: maxrss_kb, seconds, returncode,
and the last line the command printed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time


def main(argv: list[str]) -> int:
    started = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert child.stdout is not None
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    lines = output.decode("utf-8", "replace").strip().splitlines()
    print(json.dumps({"maxrss_kb": usage.ru_maxrss, "seconds": time.perf_counter() - started,
                      "returncode": child.returncode, "last_line": lines[-1] if lines else "",
                      "output": lines[-20:] if child.returncode else []}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
