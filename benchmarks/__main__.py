"""Print every benchmark's result in one table, with the machine described."""

from __future__ import annotations

import os
import platform

from . import scan_speed


def main() -> None:
    print(f"machine: {platform.machine()}, {os.cpu_count()} core(s), "
          f"Python {platform.python_version()}, {platform.platform()}")
    print(f"{'benchmark':<28} {'result':>14}  {'target':>10}  note")
    scan = scan_speed.measure()
    ok = "ok" if scan["per_second"] >= 1000 else "MISS"
    print(f"{'scan throughput':<28} {scan['per_second']:>10.0f} msg/s  {'>= 1000':>10}  "
          f"{ok}; {scan['corpus_files']} corpus messages, one core")


if __name__ == "__main__":
    main()
