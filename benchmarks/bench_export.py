"""Export timings and peak memory: the sample map and a generated 40-stage x 12-lane, 2,500-card map.

    .venv/bin/python benchmarks/bench_export.py            # every case, each in its own process
    .venv/bin/python benchmarks/bench_export.py --case sample-a3-pdf

Each case runs in a fresh child process so its peak RSS (resource.getrusage ru_maxrss, which sees
Qt's C++ allocations that tracemalloc cannot) belongs to that case alone. "base" is the RSS after
loading the map and building its scene, before exporting.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CASES = {
    "sample-a3-pdf": ("sample", "pdf", dict(page_size="A3", landscape=True)),
    "sample-2x-png": ("sample", "png", dict(scale=2.0)),
    "sample-svg": ("sample", "svg", {}),
    "sample-slides-pdf": ("sample", "pdf", dict(page_size="Slide16x9", pdf_layout="per_stage")),
    "big-a3-pdf": ("big", "pdf", dict(page_size="A3", landscape=True)),
    "big-300dpi-png": ("big", "png", dict(dpi=300.0)),
    "big-poster-pdf": ("big", "pdf", dict(page_size="A3", landscape=True, pdf_layout="tiles")),
    "big-slides-pdf": ("big", "pdf", dict(page_size="Slide16x9", pdf_layout="per_stage")),
    "sample-pptx": ("sample", "pptx", {}),
    "big-pptx": ("big", "pptx", {}),
}


def big_journey(stages: int = 40, lanes: int = 12, cards: int = 2500):
    """A large generated map: every lane kind that holds cards, texts of varied length."""
    from cjm_desktop.model import Card, Journey, Lane, LaneKind, Stage

    rng = random.Random(7)
    kinds = [k for k in LaneKind if k not in (LaneKind.EMOTIONS, LaneKind.METRICS, LaneKind.IMAGES)]
    words = (
        "customer checkout delivery parcel support review price compare basket account mobile "
        "store e-mail courier refund loyalty search filter photo size return chat"
    ).split()
    journey = Journey(title="Generated map: 40 stages, 12 lanes, 2,500 cards")
    journey.stages = [Stage(f"s{i}", f"Stage {i + 1}") for i in range(stages)]
    journey.lanes = [Lane(f"l{j}", kinds[j % len(kinds)], f"Lane {j + 1}") for j in range(lanes)]
    for n in range(cards):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(3, 18)))
        journey.cards.append(
            Card(f"c{n}", f"l{rng.randrange(lanes)}", f"s{rng.randrange(stages)}", text=text)
        )
    return journey


def run_case(name: str) -> dict:
    """Run one case in this process and measure it."""
    from cjm_desktop.export.cli import ensure_app

    ensure_app()
    from cjm_desktop.export.options import ExportOptions
    from cjm_desktop.export.render import scene_for
    from cjm_desktop.export.run import export_file
    from cjm_desktop.io.mapfile.cjm_file import load_map
    from cjm_desktop.paths import sample_map_path

    which, fmt, extra = CASES[name]
    started = time.perf_counter()
    journey = load_map(sample_map_path()) if which == "sample" else big_journey()
    _doc, scene = scene_for(journey)
    built = time.perf_counter() - started
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"{name}.{fmt}"
        started = time.perf_counter()
        what = export_file(scene, out, ExportOptions(format=fmt, **extra))
        seconds = time.perf_counter() - started
        size = out.stat().st_size
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "case": name,
        "export_s": round(seconds, 3),
        "scene_s": round(built, 3),
        "result": what,
        "file_mb": round(size / 1e6, 2),
        "base_rss_mb": round(base / 1024),
        "peak_rss_mb": round(peak / 1024),
        "cards": len(journey.cards),
    }


def main() -> int:
    """Run the chosen cases (default: all), each in a child process, and print a table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--case", choices=sorted(CASES), action="append")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_case(args.case[0])))
        return 0
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    print(
        f"{'case':20} {'export s':>9} {'scene s':>8} {'peak RSS':>9} {'base RSS':>9} {'file MB':>8}  result"
    )
    for name in args.case or CASES:
        done = subprocess.run(
            [sys.executable, __file__, "--child", "--case", name], capture_output=True, text=True, env=env
        )
        if done.returncode:
            print(f"{name:20} FAILED: {done.stderr.strip()[-400:]}")
            continue
        r = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"{r['case']:20} {r['export_s']:9.3f} {r['scene_s']:8.3f} {r['peak_rss_mb']:7d}MB "
            f"{r['base_rss_mb']:7d}MB {r['file_mb']:8.2f}  {r['result']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
