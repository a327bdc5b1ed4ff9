"""The Article QA chat page: ask questions about the articles in a browser.

    python app.py [--host 127.0.0.1] [--port 7860] [--corpus corpus] [--index index]

Environment variables QA_HOST, QA_PORT, QA_CORPUS and QA_INDEX are used when an option is not
given. The model and the index load once, at start. Besides the page, the server offers a named
API endpoint, ``/ask``, that returns the JSON contract of ``Answer.to_dict()``:

    from gradio_client import Client
    Client("http://127.0.0.1:7860/").predict("What did Blinken say about migration?", api_name="/ask")

This file only formats: every answer comes from ``qa``. All text that reaches the page (articles,
questions, answers) goes through ``esc`` first, so an article's markup shows as text.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

import gradio as gr

from qa import QA, Answer, Passage, QAError, Quote
from qa.conversation import Conversation, Turn, suggest_questions
from qa.corpus import Article
from qa.errors import CorpusError
from qa.quotes import find_quotes

log = logging.getLogger("article-qa")

# The server's queue: each event (a question from the page, one from the API, ...) answers this
# many requests at once; at most QUEUE_SIZE wait, and further ones are told the server is busy, so
# a burst cannot pile up without bound. Uploads are indexed one at a time.
CONCURRENCY = 4
QUEUE_SIZE = 64

# --------------------------------------------------------------------------------------------
# Escaping and highlighting (pure functions of text and offsets)

# Besides HTML's own characters, markdown's and the template engine's are made entities too, so
# no article text can turn into a link, emphasis or a template expression.
_ENTITIES = str.maketrans({c: f"&#{ord(c)};" for c in "&<>\"'`$*_[]\\{}|~#=!"})


def esc(text: str) -> str:
    """Text as inert HTML: every special character an entity, newlines as <br>."""
    return text.translate(_ENTITIES).replace("\r", "").replace("\n", "<br>")


def paragraphs_label(numbers: tuple[int, ...] | list[int]) -> str:
    nums = sorted(set(numbers))
    if not nums:
        return ""
    if len(nums) == 1:
        return f"paragraph {nums[0]}"
    if nums == list(range(nums[0], nums[-1] + 1)):
        return f"paragraphs {nums[0]}–{nums[-1]}"
    return "paragraphs " + ", ".join(map(str, nums))


_KIND = {"block": "block quote", "direct": "direct quote", "reported": "reported speech"}


def highlight(text: str, offset: int, layers: list[tuple[int, int, str, str]]) -> str:
    """Escape ``text`` (which starts at ``offset`` of its article) with ``layers`` marked.

    A layer is ``(start, end, css_class, badge)`` in article offsets; the answer layer (class
    "qa-hit") is wrapped in <mark>; a non-empty badge (already escaped) follows the layer's end.
    """
    end_all = offset + len(text)
    cuts = {offset, end_all}
    for start, end, _, _ in layers:
        cuts.update(c for c in (start, end) if offset < c < end_all)
    cuts_sorted = sorted(cuts)
    out: list[str] = []
    for a, b in zip(cuts_sorted, cuts_sorted[1:]):
        classes = [cls for s, e, cls, _ in layers if s <= a and b <= e]
        piece = esc(text[a - offset : b - offset])
        if classes:
            piece = f'<span class="{" ".join(classes)}">{piece}</span>'
        if "qa-hit" in classes:
            piece = f"<mark>{piece}</mark>"
        out.append(piece)
        out.extend(badge for s, e, _, badge in layers if e == b and badge)
    return "".join(out)


def who(speaker: str, role: str | None) -> str:
    return esc(speaker + (f", {role}" if role else ""))


def passage_layers(passage: Passage, answer: Answer | None) -> list[tuple[int, int, str, str]]:
    layers = [
        (q.start, q.end, "qa-said", f'<span class="qa-who" title="{who(q.speaker, q.role)}">'
                                    f"{esc(q.speaker)}</span>")
        for q in passage.quotes
    ]
    span = answer.answer if answer and answer.found else None
    if span is not None and span.article == passage.article:
        layers.append((span.start, span.end, "qa-hit", ""))
    return layers


# --------------------------------------------------------------------------------------------
# Chat messages


def attribution(answer: Answer) -> str:
    span = answer.answer
    assert span is not None
    if span.quote is None:
        return f"(the article's own reporting) · {paragraphs_label([span.paragraph])}"
    q = span.quote
    kind = _KIND.get(q.kind, q.kind)
    return f"— {q.speaker}{', ' + q.role if q.role else ''} · {kind} · {paragraphs_label([span.paragraph])}"


def answer_body(answer: Answer) -> str:
    span = answer.answer
    assert span is not None
    if span.quote is not None:
        said = f'<blockquote class="qa-quote">{esc(span.shown())}</blockquote>'
    else:
        said = f'<p class="qa-text">{esc(span.text)}</p>'
    return (
        f'{said}<div class="qa-attribution">{esc(attribution(answer))}</div>'
        f'<div class="qa-meta">from “{esc(span.title)}” · confidence {span.score:.2f}</div>'
    )


def reply_html(turn: Turn) -> str:
    """The main assistant message for one turn."""
    answer = turn.answer
    parts = ['<div class="qa-reply">']
    if turn.kind == "speaker" and answer.answer is not None:
        q = answer.answer.quote
        if q is not None:
            parts.append(f'<p>That was <b>{esc(q.speaker)}</b>{esc(", " + q.role if q.role else "")}:</p>')
        else:
            parts.append("<p>Nobody is quoted there: it is the article&#39;s own reporting.</p>")
        parts.append(answer_body(answer))
    elif answer.found and answer.answer is not None:
        parts.append(answer_body(answer))
    else:
        parts.append('<p class="qa-none">The article doesn&#39;t say.</p>')
        if answer.passages:
            parts.append('<div class="qa-meta">The nearest passages are under “Nearest passages”.</div>')
    if turn.kind == "followup" and turn.asked:
        parts.append(f'<div class="qa-asked">asked as: {esc(turn.asked)}</div>')
    parts.append("</div>")
    return "".join(parts)


def sources_html(answer: Answer) -> str:
    items = []
    for n, p in enumerate(answer.passages, 1):
        head = f"{n}. “{esc(p.title)}” · {esc(paragraphs_label(p.paragraphs))} · relevance {p.score:.2f}"
        speakers = sorted({q.speaker for q in p.quotes})
        said = f' · quotes: {esc(", ".join(speakers))}' if speakers else ""
        items.append(
            f'<div class="qa-src"><div class="qa-src-head">{head}{said}</div>'
            f'<div class="qa-src-text">{highlight(p.text, p.start, passage_layers(p, answer))}</div></div>'
        )
    return '<div class="qa-sources">' + "".join(items) + "</div>"


def turn_messages(turn: Turn) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = [
        {"role": "user", "content": f'<div class="qa-question">{esc(turn.question)}</div>'},
        {"role": "assistant", "content": reply_html(turn)},
    ]
    if turn.answer.passages and turn.kind != "speaker":
        title = "Sources" if turn.answer.found else "Nearest passages"
        messages.append({"role": "assistant", "content": sources_html(turn.answer),
                         "metadata": {"title": title, "status": "done"}})
    return messages


# --------------------------------------------------------------------------------------------
# The article panel


def article_html(qa: QA, article_id: str | None, answer: Answer | None = None) -> str:
    article = next((a for a in qa.articles if a.id == article_id), None)
    if article is None:
        return '<div class="qa-article"><p>No article.</p></div>'
    # Every quote is underlined; the answer is marked, with its speaker (or narration) beside it.
    layers: list[tuple[int, int, str, str]] = [
        (q.start, q.end, "qa-said", "") for q in quotes_of(article)
    ]
    if answer is not None:
        for p in answer.passages:
            if p.article == article.id:
                layers.append((p.start, p.end, "qa-near", ""))
        span = answer.answer if answer.found else None
        if span is not None and span.article == article.id:
            badge = (f'<span class="qa-who qa-who-hit">{who(span.quote.speaker, span.quote.role)}</span>'
                     if span.quote else '<span class="qa-who qa-who-hit">the article&#39;s own reporting</span>')
            layers.append((span.start, span.end, "qa-hit", badge))
    body_start = max(0, min(article.body_start, len(article.text)))
    head = article.text[:body_start].strip() or article.title
    return (
        f'<div class="qa-article"><h3 class="qa-article-title">{esc(head)}</h3>'
        f'<div class="qa-article-file">{esc(Path(article.path).name)}</div>'
        f'<div class="qa-article-body">{highlight(article.text[body_start:], body_start, layers)}</div></div>'
    )


_QUOTES_SEEN: dict[tuple[str, str], list[Quote]] = {}


def quotes_of(article: Article) -> list[Quote]:
    """The article's quotes, as the engine finds them; cached per article text."""
    key = (article.id, article.sha256)
    if key not in _QUOTES_SEEN:
        _QUOTES_SEEN[key] = find_quotes(article)
    return _QUOTES_SEEN[key]


def article_choices(qa: QA) -> list[tuple[str, str]]:
    return [(a.title, a.id) for a in qa.articles]


# --------------------------------------------------------------------------------------------
# The page

CSS = """
#qa-chat .qa-quote { margin: 0 0 .3em 0; padding: .2em .8em; border-left: 4px solid #f59e0b;
  font-style: italic; font-size: 1.05em; }
#qa-chat .qa-attribution { font-weight: 600; font-size: .95em; }
#qa-chat .qa-meta, #qa-chat .qa-asked, .qa-article-file { color: #6b7280; font-size: .85em; }
#qa-chat .qa-src { margin-bottom: .8em; }
#qa-chat .qa-src-head { font-weight: 600; font-size: .9em; }
#qa-chat .qa-src-text { font-size: .9em; }
.qa-said { text-decoration: underline dotted #f59e0b; text-underline-offset: 3px; }
.qa-who { display: inline-block; margin-left: .3em; padding: 0 .4em; border-radius: .6em;
  background: #fef3c7; color: #92400e; font-size: .75em; font-style: normal; font-weight: 600; }
.qa-who-hit { background: #f59e0b; color: white; }
mark { background: #fde68a; color: inherit; padding: 0; }
.qa-near { background: #f3f4f6; }
mark .qa-near { background: transparent; }
.qa-article-body { max-height: 62vh; overflow-y: auto; line-height: 1.55; padding-right: .5em; }
.qa-article-title { margin: 0 0 .2em 0; }
"""

# System fonts: nothing to fetch, and the same letters in every weight.
THEME = gr.themes.Default(
    font=["ui-sans-serif", "system-ui", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "Liberation Sans",
          "DejaVu Sans", "sans-serif"],
    font_mono=["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "Liberation Mono", "monospace"],
)

SCROLL_TO_MARK = """() => { setTimeout(() => {
  const m = document.querySelector('#qa-article mark');
  const box = m && m.closest('.qa-article-body');
  if (box) box.scrollTop = m.offsetTop - box.offsetTop - box.clientHeight / 3;
}, 50); }"""


def slug_name(text: str) -> str:
    """A file name from an article's first line: "Blinken in Bogotá" -> "blinken-in-bogota.txt"."""
    first = next((line for line in text.splitlines() if line.strip()), "article")
    # Accents on Latin letters go ("á" → "a"); letters of other scripts stay as they are ("ї"), so a
    # Ukrainian or Chinese headline names its file too.
    plain = "".join(_latin_base(c) for c in unicodedata.normalize("NFC", first.lower()))
    slug = re.sub(r"[\W_]+", "-", plain).strip("-")[:60].strip("-")
    return (slug or "article") + ".txt"


def _latin_base(c: str) -> str:
    decomposed = unicodedata.normalize("NFKD", c)
    return "".join(x for x in decomposed if x.isascii()) if decomposed[:1].isascii() else c


def read_upload(path: str | Path, limit: int) -> bytes:
    """An uploaded file's bytes; one larger than ``limit`` is refused before it is read."""
    name = Path(path).name
    try:
        size = os.stat(path).st_size
        if size <= limit:
            with open(path, "rb") as f:
                data = f.read(limit + 1)  # never more than the limit, even from a file still growing
            size = len(data)
    except OSError as e:
        raise CorpusError(f"{name}: the upload cannot be read ({e.strerror}); upload it again") from None
    if size > limit:
        raise CorpusError(f"{name} is {size:,} bytes; articles are limited to {limit:,} bytes")
    return data


def build_page(qa: QA) -> gr.Blocks:
    suggested: dict[tuple, list[list[str]]] = {}

    def examples() -> list[list[str]]:
        """Questions from the corpus's speakers and titles that the engine answers; per corpus state."""
        articles = qa.articles[:200]
        key = tuple((a.id, a.sha256) for a in articles)
        def answerable(question: str) -> bool:
            try:
                return qa.ask(question).found
            except QAError:  # e.g. a title too long to ask about
                return False

        if key not in suggested:
            questions = suggest_questions([(a.title, a.text, quotes_of(a)) for a in articles],
                                          limit=8, answerable=answerable)
            suggested.clear()
            suggested[key] = [[q] for q in questions]
        return suggested[key]

    def first_article() -> str | None:
        return qa.articles[0].id if qa.articles else None

    with gr.Blocks(title="Article QA", analytics_enabled=False) as demo:
        conv = gr.State(None)
        gr.Markdown(
            "# Article QA\nAsk about the news articles. Every answer is a sentence quoted verbatim "
            "from an article, with who said it; when the articles don't say, neither does this page."
        )
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                chat = gr.Chatbot(
                    elem_id="qa-chat", label="Chat", show_label=False, height=560, latex_delimiters=[],
                    feedback_options=None, buttons=["copy"], layout="bubble",
                    placeholder="Ask a question below, or pick an example.",
                )
                with gr.Row():
                    box = gr.Textbox(
                        elem_id="qa-question", show_label=False, scale=6, autofocus=True,
                        placeholder="Ask a question about the articles (Enter to ask)",
                    )
                    ask_btn = gr.Button("Ask", variant="primary", scale=1, min_width=80)
                    clear_btn = gr.Button("Clear", scale=1, min_width=80, elem_id="qa-clear")
                ex = gr.Dataset(label="Example questions", components=["textbox"], samples=examples(),
                                elem_id="qa-examples", samples_per_page=8)
            with gr.Column(scale=2):
                picker = gr.Dropdown(choices=article_choices(qa), value=first_article(), label="Article",
                                     visible=len(qa.articles) > 1, elem_id="qa-picker", interactive=True)
                panel = gr.HTML(article_html(qa, first_article()), elem_id="qa-article")
        with gr.Accordion("Add an article", open=False, elem_id="qa-add"):
            gr.Markdown(
                f"Upload a `.txt` or `.md` file, or paste the text (first line: the title). Up to "
                f"{qa.settings.max_article_bytes // 1_000_000 or 1} MB of UTF-8 text; only the new "
                "article is indexed."
            )
            with gr.Row():
                upload = gr.File(label="Upload .txt / .md", file_types=[".txt", ".md"], type="filepath",
                                 elem_id="qa-upload", scale=1)
                with gr.Column(scale=2):
                    pasted = gr.Textbox(label="…or paste the article", lines=6, elem_id="qa-paste")
                    name = gr.Textbox(label="File name (optional)", placeholder="my-article.txt",
                                      elem_id="qa-name")
                    add_btn = gr.Button("Add pasted article", elem_id="qa-add-btn")
            status = gr.HTML(elem_id="qa-add-status")

        def respond(question: str, history: list, conversation: Conversation | None, current: str | None):
            conversation = conversation or Conversation(qa)
            question = (question or "").strip()
            if not question:
                return "", history, conversation, gr.update(), gr.update()
            try:
                conversation.ask(question)
            except QAError as err:
                history = history + [
                    {"role": "user", "content": f'<div class="qa-question">{esc(question)}</div>'},
                    {"role": "assistant", "content": f'<div class="qa-reply"><p class="qa-error">{esc(str(err))}</p></div>'},
                ]
                return "", history, conversation, gr.update(), gr.update()
            turn = conversation.turns[-1]
            answer = turn.answer
            shown = answer.answer.article if answer.found and answer.answer else (
                answer.passages[0].article if answer.passages else current)
            return ("", history + turn_messages(turn), conversation,
                    gr.update(value=shown), article_html(qa, shown, answer))

        def last_answer(conversation: Conversation | None) -> Answer | None:
            return conversation.last.answer if conversation and conversation.last else None

        def show_article(article_id: str, conversation: Conversation | None):
            return article_html(qa, article_id, last_answer(conversation))

        def clear(current: str | None):
            return [], None, "", article_html(qa, current)

        def pick_example(sample: list[str]) -> str:
            return sample[0] if sample else ""

        def add(file: str | None, text: str | bytes, filename: str, progress=gr.Progress()):
            def report(done: int, total: int, what: str) -> None:
                progress((done, total), desc=what)

            try:
                if file:
                    filename = Path(file).name
                    text = read_upload(file, qa.settings.max_article_bytes)  # the engine checks type and encoding
                else:
                    if not (text or "").strip():
                        raise CorpusError("Paste an article's text or upload a .txt or .md file first")
                    filename = (filename or "").strip() or slug_name(text)
                    if not Path(filename).suffix:
                        filename += ".txt"
                progress((0, 1), desc="indexing")
                article = qa.add_article(filename, text, progress=report)
            except QAError as err:
                return (f'<p class="qa-error">Not added: {esc(str(err))}</p>', gr.update(), gr.update(),
                        gr.update(), None, gr.update(), gr.update())
            log.info("added %s (%s)", article.path, article.title)
            message = (f'<p class="qa-ok">Added “{esc(article.title)}” ({esc(Path(article.path).name)}). '
                       "Ask about it in the chat.</p>")
            return (message, gr.update(choices=article_choices(qa), value=article.id, visible=len(qa.articles) > 1),
                    article_html(qa, article.id), gr.Dataset(samples=examples()), None, "", "")

        def refresh():
            return (gr.update(choices=article_choices(qa), value=first_article(), visible=len(qa.articles) > 1),
                    article_html(qa, first_article()), gr.Dataset(samples=examples()))

        # The page's own events stay out of the API; the API is /ask alone.
        ui = dict(api_visibility="private")
        ask_io = dict(inputs=[box, chat, conv, picker], outputs=[box, chat, conv, picker, panel], **ui)
        box.submit(respond, **ask_io).then(None, js=SCROLL_TO_MARK)
        ask_btn.click(respond, **ask_io).then(None, js=SCROLL_TO_MARK)
        ex.click(pick_example, inputs=[ex], outputs=[box], queue=False, **ui).then(
            respond, **ask_io).then(None, js=SCROLL_TO_MARK)
        clear_btn.click(clear, inputs=[picker], outputs=[chat, conv, box, panel], queue=False, **ui)
        chat.clear(clear, inputs=[picker], outputs=[chat, conv, box, panel], queue=False, **ui)
        picker.input(show_article, inputs=[picker, conv], outputs=[panel], **ui)
        add_io = dict(outputs=[status, picker, panel, ex, upload, pasted, name], concurrency_limit=1,
                      concurrency_id="add", **ui)
        upload.upload(add, inputs=[upload, pasted, name], **add_io)
        add_btn.click(lambda text, filename, progress=gr.Progress(): add(None, text, filename, progress),
                      inputs=[pasted, name], **add_io)
        demo.load(refresh, outputs=[picker, panel, ex], queue=False, **ui)

        def ask(question: str) -> dict:
            """Answer a question from the articles. Returns the JSON contract: question, found,
            answer (text, article, title, paragraph, start, end, score, quote), passages."""
            try:
                return qa.ask(question).to_dict()
            except QAError as err:
                raise gr.Error(str(err)) from None

        gr.api(ask, api_name="ask")
    return demo


# --------------------------------------------------------------------------------------------
# Start-up


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    env = os.environ
    parser = argparse.ArgumentParser(description="Serve the Article QA chat page.")
    parser.add_argument("--host", default=env.get("QA_HOST") or "127.0.0.1",
                        help="address to listen on (default 127.0.0.1, this machine only; env QA_HOST)")
    parser.add_argument("--port", type=_port, default=env.get("QA_PORT") or "7860",
                        help="port (default 7860; env QA_PORT)")
    parser.add_argument("--corpus", default=env.get("QA_CORPUS") or "corpus",
                        help="folder of .txt/.md articles (default corpus; env QA_CORPUS)")
    parser.add_argument("--index", default=env.get("QA_INDEX") or "index",
                        help="index folder, built on first use (default index; env QA_INDEX)")
    return parser.parse_args(argv)


def _port(value: str) -> int:
    """A TCP port number from the command line or QA_PORT (argparse applies it to the default too)."""
    try:
        port = int(value)
    except ValueError:
        port = -1
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number; give one from 1 to 65535 (--port or QA_PORT)")
    return port


def load(corpus: str, index: str) -> QA:
    """Load the index (building what is missing) and the model, once, logging each step."""
    qa = QA(corpus_dir=corpus, index_dir=index)
    last: dict[str, Any] = {"what": None, "at": 0.0}

    def progress(done: int, total: int, what: str) -> None:
        now = time.monotonic()
        if what != last["what"] or done >= total or now - last["at"] > 2:
            log.info("  %s: %d/%d", what, done, total)
            last.update(what=what, at=now)

    started = time.monotonic()
    log.info("loading the index (corpus %s, index %s)", corpus, index)
    qa.load(progress=progress)
    log.info("index ready: %d article(s) in %.1f s", len(qa.articles), time.monotonic() - started)
    started = time.monotonic()
    log.info("loading the model %s", qa.settings.model)
    qa.embedder.encode(["warm-up"])  # the model loads on first use: make that now, not at the first question
    log.info("model ready in %.1f s", time.monotonic() - started)
    return qa


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    args = parse_args(argv)
    try:
        qa = load(args.corpus, args.index)
    except QAError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    demo = build_page(qa)
    demo.queue(default_concurrency_limit=CONCURRENCY, max_size=QUEUE_SIZE)
    try:
        demo.launch(server_name=args.host, server_port=args.port, share=False, css=CSS, theme=THEME,
                    prevent_thread_lock=True, quiet=True, show_error=True, ssr_mode=False,
                    max_file_size=4 * max(qa.settings.max_article_bytes, 1))
    except OSError as err:  # the port is taken, or the host is no address of this machine
        reason = " ".join(str(err.strerror or err).split(". ")[0].split())
        print(f"error: cannot serve on {args.host}:{args.port} ({reason}); choose another --port or --host", file=sys.stderr)
        return 2
    host = "127.0.0.1" if args.host in ("0.0.0.0", "::", "") else args.host
    url = f"http://{host}:{args.port}/"
    log.info("Article QA is serving at %s", url)
    print(f"Running on {url}", flush=True)
    try:
        demo.block_thread()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
