"""The chat page as people and programs use it: the real server on a free port, its /ask API through
gradio_client, and the page in a real headless Chromium driven by Playwright.

One server is shared by the whole module (it loads the model once); it serves a copy of corpus/
with its own index folder, so uploads here never touch the repository's corpus.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
from pathlib import Path

import pytest

from conftest import Server, running_app

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
START_TIMEOUT = 300  # seconds; the first start builds the index of the copied corpus
ANSWER_TIMEOUT = 60_000  # milliseconds

QUESTION = "What did Blinken say about migration?"
UNANSWERABLE = "What did Blinken say about tariffs on Venezuelan oil?"
SPEAKER = "Antony Blinken"

HOSTILE_ARTICLE = """Harbour town opens lighthouse museum <script>window.__pwned=1</script>

The town of Port Ellery opened its lighthouse museum on Saturday, after a two-year restoration of \
the old keeper's cottage. <img src=x onerror="window.__pwned=1">

"Every child in the county should climb this tower at least once," said the museum's director, Maria Keane.

The restoration cost 2.4 million euros, most of it raised by local fishing families.

Visitors can see the original lamp, which was made in Birmingham in 1874 and still turns every night.

Template markers stay text: ${window.__pwned=1} {{window.__pwned}} [a link](javascript:window.__pwned=1) *not bold*
"""


def _load_app_module():
    spec = importlib.util.spec_from_file_location("article_qa_app", ROOT / "app.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------------------------
# Formatting, without a server


def test_escape_leaves_no_markup() -> None:
    app = _load_app_module()
    hostile = '<script>alert(1)</script><img src=x onerror="x()"> [link](javascript:x) ${x} {{y}} *b*'
    out = app.esc(hostile)
    for ch in "<>\"'[]{}$*`":
        assert ch not in out
    assert app.esc("a\nb") == "a<br>b"


def test_highlight_marks_answer_and_speaker() -> None:
    app = _load_app_module()
    text = "He said: <b>no</b>. Then he left."
    html = app.highlight(text, 100, [(109, 118, "qa-said", '<span class="qa-who">Ann</span>'),
                                     (100, 119, "qa-hit", "")])
    assert "<b>" not in html and "&#60;b&#62;no" in html
    assert html.count("<mark>") >= 1 and html.index('<span class="qa-who">Ann</span>') > html.index("no&#60;")
    assert html.endswith("Then he left.")


def test_paragraph_labels() -> None:
    app = _load_app_module()
    assert app.paragraphs_label([5]) == "paragraph 5"
    assert app.paragraphs_label((5, 6, 7)) == "paragraphs 5–7"
    assert app.paragraphs_label((2, 5)) == "paragraphs 2, 5"


def test_pasted_article_name() -> None:
    app = _load_app_module()
    assert app.slug_name("Blinken in Bogota: talks open\n\nBody") == "blinken-in-bogota-talks-open.txt"
    assert app.slug_name("<script>\n") == "script.txt"
    assert app.slug_name("!!!") == "article.txt"
    assert app.slug_name("Blinken in Bogotá") == "blinken-in-bogota.txt"
    assert app.slug_name("Zoë Ångström wins") == "zoe-angstrom-wins.txt"
    # Headlines in other scripts name their files too, not all "article.txt" (the second one clashed).
    assert app.slug_name("Нові новини України\n\nТекст") == "нові-новини-україни.txt"
    assert app.slug_name("北京举行会议") == "北京举行会议.txt"


def test_options_fall_back_to_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    app = _load_app_module()
    monkeypatch.setenv("QA_PORT", "8123")
    monkeypatch.setenv("QA_CORPUS", "elsewhere")
    args = app.parse_args([])
    assert (args.host, args.port, args.corpus, args.index) == ("127.0.0.1", 8123, "elsewhere", "index")
    assert app.parse_args(["--port", "9000"]).port == 9000


def test_empty_environment_variables_count_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    # As for the library's settings: "QA_CORPUS=" must not make the current folder the corpus.
    app = _load_app_module()
    for name in ("QA_HOST", "QA_PORT", "QA_CORPUS", "QA_INDEX"):
        monkeypatch.setenv(name, "")
    args = app.parse_args([])
    assert (args.host, args.port, args.corpus, args.index) == ("127.0.0.1", 7860, "corpus", "index")


@pytest.mark.parametrize("port", ["abc", "99999", "0", "-5"])
def test_a_bad_port_is_a_usage_error_not_a_traceback(monkeypatch: pytest.MonkeyPatch, capsys, port: str) -> None:
    app = _load_app_module()
    monkeypatch.setenv("QA_PORT", port)
    with pytest.raises(SystemExit) as info:
        app.parse_args([])
    assert info.value.code == 2
    monkeypatch.delenv("QA_PORT")
    with pytest.raises(SystemExit):
        app.parse_args(["--port", port])
    err = capsys.readouterr().err
    assert "Traceback" not in err and "is not a port number" in err.splitlines()[-1]


def test_a_port_in_use_exits_2_with_one_error_line(monkeypatch: pytest.MonkeyPatch, capsys, tmp_path: Path) -> None:
    from conftest import FakeEmbedder

    from qa import QA
    from qa.settings import Settings

    app = _load_app_module()
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    qa = QA(corpus_dir=corpus, index_dir=tmp_path / "index", embedder=FakeEmbedder(), settings=Settings(min_answer_score=0.0))
    monkeypatch.setattr(app, "load", lambda corpus, index: qa)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code = app.main(["--port", str(port)])
    assert code == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[-1].startswith("error: cannot serve on") and str(port) in lines[-1] and "--port" in lines[-1]
    assert not any("Traceback" in line for line in lines)


# --------------------------------------------------------------------------------------------
# The real server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    with running_app(tmp_path_factory.mktemp("app"), START_TIMEOUT) as running:
        yield running


def test_server_logs_loading_and_address(server: Server) -> None:
    text = server.log.read_text()
    assert "loading the index" in text and "index ready: 1 article(s)" in text
    assert "loading the model" in text and "model ready" in text
    assert f"Running on {server.url}" in text


@pytest.fixture(scope="module")
def client(server: Server):
    from gradio_client import Client

    return Client(server.url, verbose=False)


def test_api_answers_with_speaker(client, server: Server) -> None:
    result = client.predict(QUESTION, api_name="/ask")
    assert isinstance(result, dict)
    assert result["question"] == QUESTION and result["found"] is True
    answer = result["answer"]
    assert "migration" in answer["text"].lower()
    assert answer["quote"] is not None and answer["quote"]["speaker"] == SPEAKER
    text = (server.corpus / f"{answer['article']}.txt").read_text(encoding="utf-8")
    assert text[answer["start"]:answer["end"]] == answer["text"]
    assert result["passages"] and {"article", "paragraphs", "score", "quotes", "text"} <= set(result["passages"][0])


def test_api_says_when_the_article_does_not(client) -> None:
    result = client.predict(UNANSWERABLE, api_name="/ask")
    assert result["found"] is False
    assert result["answer"] is None
    assert result["passages"], "the nearest passages are still given"


def test_api_refuses_an_empty_question(client) -> None:
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError):
        client.predict("   ", api_name="/ask")


# --------------------------------------------------------------------------------------------
# In a real browser


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium, or .ci/install-browser.sh)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright package is missing (pip install playwright)")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser, server: Server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server.url)
    page.wait_for_selector("#qa-question textarea", timeout=30_000)
    yield page
    context.close()
    assert not errors, f"errors in the page: {errors}"


def ask(page, question: str) -> str:
    """Type a question, press Enter, wait for its reply; return the reply's text."""
    replies = page.locator("#qa-chat .qa-reply")
    before = replies.count()
    box = page.locator("#qa-question textarea")
    box.fill(question)
    box.press("Enter")
    page.wait_for_function(
        "n => document.querySelectorAll('#qa-chat .qa-reply').length > n", arg=before, timeout=ANSWER_TIMEOUT)
    return replies.nth(before).inner_text()


def pwned(page) -> bool:
    return page.evaluate("typeof window.__pwned !== 'undefined'")


def save_screenshot(page, name: str) -> Path:
    artifacts = ROOT / "artifacts"
    artifacts.mkdir(exist_ok=True)
    page.evaluate("document.fonts.ready")
    page.wait_for_timeout(300)
    path = artifacts / name
    page.screenshot(path=str(path), full_page=True)
    return path


@pytest.mark.browser
def test_browser_answer_with_speaker_and_followups(page) -> None:
    reply = ask(page, QUESTION)
    assert "migration" in reply.lower()
    assert f"— {SPEAKER}" in reply, reply
    # The article beside the chat shows the answer highlighted, with its speaker.
    assert page.locator("#qa-article mark").count() >= 1
    assert SPEAKER in page.locator("#qa-article .qa-who-hit").inner_text()
    # Sources: open the collapsible part and find the answer highlighted in its passage.
    page.get_by_text("Sources", exact=True).last.click()
    sources = page.locator("#qa-chat .qa-sources").last
    sources.wait_for(state="visible")
    assert sources.locator("mark").count() >= 1
    assert "relevance" in sources.inner_text() and "paragraph" in sources.inner_text()
    shot = save_screenshot(page, "chat.png")
    if os.environ.get("QA_UPDATE_SCREENSHOT"):  # refresh the README's picture on purpose only
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copyfile(shot, ROOT / "docs" / "screenshot.png")

    reply = ask(page, "What else did he say?")
    assert "asked as: What else did Blinken say?" in reply, reply
    assert f"— {SPEAKER}" in reply, reply

    reply = ask(page, "Who said that?")
    assert f"That was {SPEAKER}" in reply, reply

    reply = ask(page, UNANSWERABLE)
    assert "The article doesn't say." in reply
    assert page.get_by_text("Nearest passages", exact=True).count() >= 1
    save_screenshot(page, "chat-followups.png")

    page.locator("#qa-clear").click()
    page.wait_for_function("document.querySelectorAll('#qa-chat .qa-reply').length === 0", timeout=10_000)


@pytest.mark.browser
def test_browser_example_question_is_asked(page) -> None:
    examples = page.locator("#qa-examples button")
    examples.first.wait_for(state="visible")  # the page may still be rendering
    assert examples.count() >= 2
    first = examples.first.inner_text()
    assert SPEAKER.split()[-1] in first, first  # derived from the corpus's speakers
    examples.first.click()
    page.wait_for_selector("#qa-chat .qa-reply", timeout=ANSWER_TIMEOUT)
    assert page.locator("#qa-chat .qa-question").first.inner_text().strip() == first.strip()


@pytest.mark.browser
def test_browser_question_markup_is_text(page) -> None:
    question = 'What did <img src=x onerror="window.__pwned=1"> <b>say</b>?'
    ask(page, question)
    assert page.locator("#qa-chat .qa-question").last.inner_text().strip() == question
    assert page.locator("#qa-chat img").count() == 0
    assert not pwned(page)


@pytest.mark.browser
def test_browser_upload_hostile_article_then_ask_about_it(page, server: Server) -> None:
    page.locator("#qa-add").get_by_text("Add an article").first.click()
    file_input = page.locator("#qa-upload input[type=file]")
    file_input.wait_for(state="attached")

    # Refused: too large, with a clear message.
    big = b"Big\n\n" + b"word " * 220_000
    file_input.set_input_files(files=[{"name": "big.txt", "mimeType": "text/plain", "buffer": big}])
    page.wait_for_selector("#qa-add-status .qa-error", timeout=ANSWER_TIMEOUT)
    refusal = page.locator("#qa-add-status").inner_text()
    assert "big.txt" in refusal and "limited to 1,000,000 bytes" in refusal, refusal
    assert not (server.corpus / "big.txt").exists()

    file_input.set_input_files(files=[{"name": "lighthouse.txt", "mimeType": "text/plain",
                                       "buffer": HOSTILE_ARTICLE.encode()}])
    page.wait_for_selector("#qa-add-status .qa-ok", timeout=ANSWER_TIMEOUT)
    assert (server.corpus / "lighthouse.txt").read_text(encoding="utf-8") == HOSTILE_ARTICLE
    panel = page.locator("#qa-article").inner_text()
    assert "<script>window.__pwned=1</script>" in panel
    assert '<img src=x onerror="window.__pwned=1">' in panel
    assert "${window.__pwned=1} {{window.__pwned}} [a link](javascript:window.__pwned=1) *not bold*" in panel
    assert page.locator("#qa-article a, #qa-article em").count() == 0
    assert page.locator("#qa-article img, #qa-article script").count() == 0
    # Two articles now: a picker (shown by the same update as the status, maybe a frame later).
    page.locator("#qa-picker").wait_for(state="visible", timeout=ANSWER_TIMEOUT)
    assert not pwned(page)

    reply = ask(page, "How much did the restoration cost?")
    assert "2.4 million euros" in reply, reply
    assert "Harbour town opens lighthouse museum <script>" in reply
    assert page.locator("#qa-article mark").inner_text().count("2.4 million euros") == 1
    reply = ask(page, "When did Port Ellery open its lighthouse museum?")
    assert "Saturday" in reply, reply
    assert page.locator("#qa-chat img, #qa-chat script").count() == 0
    assert not pwned(page)
    save_screenshot(page, "upload.png")

    # Pasting: a refused name says why; an accepted article is added and shown.
    page.locator("#qa-paste textarea").fill("Council backs new bridge\n\nThe council voted 7-2 for the bridge.")
    page.locator("#qa-name textarea").fill("bridge.pdf")
    page.locator("#qa-add-btn").click()
    page.wait_for_function(
        "() => (document.querySelector('#qa-add-status') || {}).innerText?.includes('bridge.pdf')", timeout=ANSWER_TIMEOUT)
    assert "only .txt and .md" in page.locator("#qa-add-status").inner_text()
    page.locator("#qa-name textarea").fill("")
    page.locator("#qa-add-btn").click()
    page.wait_for_function(
        "() => (document.querySelector('#qa-add-status') || {}).innerText?.includes('Council backs new bridge')",
        timeout=ANSWER_TIMEOUT)
    assert (server.corpus / "council-backs-new-bridge.txt").exists()
    assert "Council backs new bridge" in page.locator("#qa-article").inner_text()

    # A fresh page lists the new article too, and still runs nothing from it.
    page.reload()
    page.wait_for_selector("#qa-question textarea")
    page.wait_for_timeout(500)
    assert not pwned(page)
