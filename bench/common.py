"""What every benchmark shares: where the evaluation data is, how results are written, and
the machine they were measured on."""

from __future__ import annotations

import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
RESULTS_DIR = REPO / "bench" / "results"
README = REPO / "README.md"


class BenchDataError(SystemExit):
    """The evaluation data is not where the benchmark looks for it."""


def data_dir() -> Path:
    """The shared evaluation data, read in place: ``$QA_BENCH_DATA`` or ``../shared/data``."""
    path = Path(os.environ.get("QA_BENCH_DATA") or REPO.parent / "shared" / "data")
    if not path.is_dir():
        raise BenchDataError(
            f"evaluation data not found at {path}: set QA_BENCH_DATA to the folder that holds "
            "squad2_dev_cs224n/, xquad_en/, bbc_news/ and ag_news/"
        )
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def machine() -> dict[str, Any]:
    """Enough about the run to compare results later."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        commit = ""
    return {
        "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "commit": commit,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
    }


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation; NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _cell(value: Any) -> str:
    if isinstance(value, float):
        if value != value:  # NaN
            return "–"
        return f"{value:.3f}" if abs(value) < 100 else f"{value:,.0f}"
    return str(value).replace("|", "\\|")


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def write_results(
    name: str,
    title: str,
    table: str,
    data: dict[str, Any],
    *,
    notes: str = "",
    quick: bool = False,
) -> Path:
    """Write ``bench/results/NAME.json`` and ``NAME.md`` (``NAME-quick.*`` for quick runs) and,
    for full runs, replace the README's table between ``<!-- bench:NAME -->`` and
    ``<!-- /bench:NAME -->``. Returns the Markdown file."""
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stem = f"{name}-quick" if quick else name
    meta = machine()
    payload = {"benchmark": name, "quick": quick, "machine": meta, **data}
    json_path = RESULTS_DIR / f"{stem}.json"
    _atomic_write(json_path, json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    body = table.strip() + "\n"
    if notes:
        body += "\n" + notes.strip() + "\n"
    stamp = f"\n_{meta['date']}, commit {meta['commit'] or '?'}, {meta['cpus']} CPUs, `python -m bench {name}{' --quick' if quick else ''}`_\n"
    md_path = RESULTS_DIR / f"{stem}.md"
    _atomic_write(md_path, f"### {title}\n\n{body}{stamp}")
    if not quick:
        update_readme(name, body + stamp)
    print(f"\n### {title}\n\n{body}", flush=True)
    print(f"written: {json_path.relative_to(REPO)}, {md_path.relative_to(REPO)}", flush=True)
    return md_path


def update_readme(name: str, body: str) -> bool:
    """Replace the text between the README's markers for ``name``; False if it has none."""
    if not README.exists():
        return False
    text = README.read_text(encoding="utf-8")
    pattern = re.compile(
        rf"(<!-- bench:{re.escape(name)} -->\n).*?(<!-- /bench:{re.escape(name)} -->)", re.S
    )
    if not pattern.search(text):
        return False
    new = pattern.sub(lambda m: m.group(1) + body.strip() + "\n" + m.group(2), text)
    _atomic_write(README, new)
    return True


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def save_figure(fig: Any, path: Path) -> Path:
    """Write a matplotlib figure as a PNG (laid out, parent folders made) and free it."""
    import matplotlib.pyplot as plt

    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def log(*parts: Any) -> None:
    print(*parts, file=sys.stderr, flush=True)
