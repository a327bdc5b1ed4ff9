"""Command line: ``python -m qa ask "QUESTION" [--json]`` and ``python -m qa build``.

A thin shell over the library: parse, call, print. Any ``QAError`` becomes one line on stderr and
exit code 2.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys

from .engine import QA
from .errors import QAError
from .types import Answer


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s", stream=sys.stderr)
    try:
        qa = QA(corpus_dir=args.corpus, index_dir=args.index, model=args.model)
        if args.command == "build":
            return _build(qa, args.force)
        answer = qa.ask(args.question, k=args.k)
    except QAError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    try:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2) if args.json else format_answer(answer))
    except BrokenPipeError:  # `python -m qa ask ... | head`
        sys.stderr.close()
    return 0


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--corpus", metavar="DIR", help="folder of .txt/.md articles (default: corpus, or $QA_CORPUS)")
    common.add_argument("--index", metavar="DIR", help="index folder (default: index, or $QA_INDEX)")
    common.add_argument("--model", metavar="NAME", help="embedding model: the default all-MiniLM-L6-v2 or a local folder")
    common.add_argument("-v", "--verbose", action="store_true", help="log what is loaded and built")
    parser = argparse.ArgumentParser(prog="python -m qa", description="Ask questions of news articles.")
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", parents=[common], help="answer a question from the articles")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print the JSON contract instead of text")
    ask.add_argument("-k", type=int, default=None, metavar="N", help="passages to return (default 3)")
    build = sub.add_parser("build", parents=[common], help="build or update the index")
    build.add_argument("--force", action="store_true", help="re-embed every article")
    return parser


def _build(qa: QA, force: bool) -> int:
    from tqdm import tqdm

    bar = tqdm(total=0, unit="article", desc="embedding", file=sys.stderr, disable=None)

    def progress(done: int, total: int, what: str) -> None:
        bar.total = total
        bar.n = done
        bar.refresh()

    report = qa.build(progress=progress, force=force)
    bar.close()
    print(
        f"index: {report.articles} articles ({report.embedded} embedded, {report.reused} unchanged), "
        f"{report.passages} passages, {report.sentences} sentences in {report.seconds:.1f} s "
        f"→ {qa.settings.index_dir}"
    )
    return 0


def format_answer(answer: Answer) -> str:
    """Plain-text rendering: the answer, who said it, where it is, then the sources."""
    lines = []
    a = answer.answer
    if a is None:
        lines.append("The article doesn't say.")
    else:
        lines.append(a.shown())
        who = f"— {a.quote.speaker}" + (f", {a.quote.role}" if a.quote.role else "") + f" ({a.quote.kind} quote)" if a.quote else "(the article's own reporting)"
        lines.append(f"   {who}")
        lines.append(f"   {a.title} · paragraph {a.paragraph} · score {a.score:.2f}")
    if answer.passages:
        lines.append("")
        lines.append("Nearest passages:" if a is None else "Sources:")
        for p in answer.passages:
            paras = ", ".join(map(str, p.paragraphs))
            text = " ".join(p.text.split())
            lines.append(f"  [{p.score:.2f}] {p.title} ¶{paras}: {text[:160]}{'…' if len(text) > 160 else ''}")
    return "\n".join(lines)
