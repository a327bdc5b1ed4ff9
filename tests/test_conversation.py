"""Follow-up questions: pronoun rewriting, "Who said that?", "What else did he say?". Fast: a fake engine."""

from __future__ import annotations

import pytest

from qa.conversation import (
    Conversation,
    is_who_said_that,
    last_speaker,
    quote_topics,
    reference_name,
    resolve_followup,
    suggest_questions,
)
from qa.types import Answer, Passage, Quote, Span

TEXT = (
    "Talks open\n\n"
    "Colombia is showing the way that migration can be an opportunity.\n\n"
    "US Secretary of State Antony Blinken\n\n"
    "We have to tackle the root causes of insecurity, like corruption.\n\n"
    "US Secretary of State Antony Blinken\n\n"
    "The talks last two days.\n"
)


def _at(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


def _quote(fragment: str, speaker: str = "Antony Blinken", role: str | None = "US Secretary of State") -> Quote:
    start, end = _at(fragment)
    return Quote(fragment, speaker, role, "block", speaker, start, end)


MIGRATION = _quote("Colombia is showing the way that migration can be an opportunity.")
CAUSES = _quote("We have to tackle the root causes of insecurity, like corruption.")
P1 = Passage("talks", "Talks open", (1, 2), _at(MIGRATION.text)[0], _at("Antony Blinken")[1],
             TEXT[_at(MIGRATION.text)[0]:_at("Antony Blinken")[1]], (MIGRATION,), 0.9)
P3_START = _at(CAUSES.text)[0]
P3 = Passage("talks", "Talks open", (3, 4), P3_START, P3_START + len(CAUSES.text), CAUSES.text, (CAUSES,), 0.5)
NARRATION = "The talks last two days."


def _span(quote: Quote | None, text: str, paragraph: int) -> Span:
    start, end = _at(text)
    return Span(text, "talks", "Talks open", paragraph, start, end, 0.8, quote)


class FakeQA:
    """Answers from a table keyed by question words; records what it was asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def ask(self, question: str, k: int | None = None) -> Answer:
        self.asked.append(question)
        q = question.lower()
        if "migration" in q or "blinken" in q:
            return Answer(question, True, _span(MIGRATION, MIGRATION.text, 1), (P1, P3))
        if "how long" in q:
            return Answer(question, True, _span(None, NARRATION, 5), (P3,))
        return Answer(question, False, None, (P3,))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What else did he say?", "What else did Blinken say?"),
        ("Why does he think that?", "Why does Blinken think that?"),
        ("What did she say about trade?", "What did Blinken say about trade?"),
        ("Did they mention drugs?", "Did Blinken mention drugs?"),
        ("What did reporters ask him?", "What did reporters ask Blinken?"),
        ("What did they ask her about?", "What did Blinken ask Blinken about?"),
        ("What is his view on trade?", "What is Blinken's view on trade?"),
        ("What is her view on trade?", "What is Blinken's view on trade?"),
        ("HE said what?", "Blinken said what?"),
        ("What did Leyva say after he met Blinken?", "What did Leyva say after he met Blinken?"),
        ("Where are the talks?", "Where are the talks?"),
        ("Is there a theme here?", "Is there a theme here?"),  # "he" only as a whole word
    ],
)
def test_resolve_followup(question: str, expected: str) -> None:
    assert resolve_followup(question, "Antony Blinken") == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Why does he think that?", "Why does Blinken think that about migration?"),
        ("Why does she think so", "Why does Blinken think so about migration"),
        ("What did he say about migration?", "What did Blinken say about migration?"),
        ("What else did he say?", "What else did Blinken say?"),  # not about "that"
        ("Why is that?", "Why is that?"),  # no pronoun: not a follow-up about the speaker
    ],
)
def test_resolve_followup_about_that_adds_the_topic(question: str, expected: str) -> None:
    assert resolve_followup(question, "Antony Blinken", "migration") == expected


def test_reference_name_is_the_surname_of_a_person() -> None:
    assert reference_name("Antony Blinken") == "Blinken"
    assert reference_name("Alvaro Leyva") == "Leyva"
    assert reference_name("Martin Luther King Jr.") == "King"
    assert reference_name("Okafor") == "Okafor"
    assert reference_name("the health ministry") == "the health ministry"


def test_resolve_followup_without_speaker_leaves_question() -> None:
    assert resolve_followup("What else did he say?", None) == "What else did he say?"
    assert resolve_followup("", "Antony Blinken") == ""


def test_possessive_of_name_ending_in_s() -> None:
    assert resolve_followup("What is his role?", "Gustavo Petros") == "What is Petros' role?"


@pytest.mark.parametrize("question", ["Who said that?", "who said it", "Who says that?!", "And who said that?",
                                      "Whose words are those?", "Who is speaking?", "  who was that ?"])
def test_who_said_that_matches(question: str) -> None:
    assert is_who_said_that(question)


@pytest.mark.parametrize("question", ["Who said that migration is an opportunity?", "Who is Blinken?",
                                      "What did he say?", "Who said the talks last two days?"])
def test_who_said_that_does_not_match_real_questions(question: str) -> None:
    assert not is_who_said_that(question)


def test_followup_resolves_he_to_last_speaker() -> None:
    fake = FakeQA()
    chat = Conversation(fake)
    first = chat.ask("What did Blinken say about migration?")
    assert first.answer is not None and first.answer.quote is MIGRATION
    why = chat.ask("Why does he think that?")
    assert fake.asked[-1] == "Why does Blinken think that about migration?"
    assert chat.last is not None and chat.last.kind == "followup"
    assert chat.last.asked == "Why does Blinken think that about migration?"
    # Asked why he thinks so, the answer is in his words, and not the one just given.
    assert why.answer is not None and why.answer.quote == CAUSES


def test_what_else_gives_another_quote_of_the_same_speaker() -> None:
    fake = FakeQA()
    chat = Conversation(fake)
    chat.ask("What did Blinken say about migration?")
    again = chat.ask("What else did he say?")
    assert fake.asked[-1] == "What else did Blinken say?"
    assert again.found and again.answer is not None
    assert again.answer.text == CAUSES.text
    assert again.answer.quote == CAUSES
    assert again.answer.paragraph == 3
    assert TEXT[again.answer.start:again.answer.end] == again.answer.text


def test_what_else_when_the_engine_finds_nothing() -> None:
    class Shy(FakeQA):
        def ask(self, question: str, k: int | None = None) -> Answer:
            if "else" in question:
                self.asked.append(question)
                return Answer(question, False, None, (P1, P3))
            return super().ask(question, k)

    chat = Conversation(Shy())
    chat.ask("What did Blinken say about migration?")
    again = chat.ask("What else did he say?")
    assert again.found and again.answer is not None and again.answer.quote == CAUSES


def test_what_else_looks_further_when_the_nearest_passages_are_used_up() -> None:
    class Narrow(FakeQA):
        def ask(self, question: str, k: int | None = None) -> Answer:
            self.asked.append(question)
            # The nearest passage holds only what was already given; the other quote ranks lower.
            passages = (P1, P3) if k is not None and k > 3 else (P1,)
            return Answer(question, True, _span(MIGRATION, MIGRATION.text, 1), passages)

    chat = Conversation(Narrow())
    chat.ask("What did Blinken say about migration?")
    again = chat.ask("What else did he say?")
    assert again.found and again.answer is not None and again.answer.quote == CAUSES
    assert P3 in again.passages and len(again.passages) == 1


def test_what_else_with_nothing_new_stays_unanswered() -> None:
    class Shy(FakeQA):
        def ask(self, question: str, k: int | None = None) -> Answer:
            if "else" in question:
                return Answer(question, False, None, (P1,))
            return super().ask(question, k)

    chat = Conversation(Shy())
    chat.ask("What did Blinken say about migration?")
    assert not chat.ask("What else did he say?").found


def test_who_said_that_answers_from_last_answer_without_search() -> None:
    fake = FakeQA()
    chat = Conversation(fake)
    chat.ask("What did Blinken say about migration?")
    n = len(fake.asked)
    who = chat.ask("Who said that?")
    assert len(fake.asked) == n  # no retrieval
    assert who.question == "Who said that?"
    assert who.answer is not None and who.answer.quote is not None
    assert (who.answer.quote.speaker, who.answer.quote.role) == ("Antony Blinken", "US Secretary of State")
    assert chat.last is not None and chat.last.kind == "speaker" and chat.last.asked is None


def test_who_said_that_after_narration_has_no_speaker() -> None:
    chat = Conversation(FakeQA())
    chat.ask("How long do the talks last?")
    who = chat.ask("Who said that?")
    assert who.found and who.answer is not None and who.answer.quote is None


def test_who_said_that_with_no_history_is_asked() -> None:
    fake = FakeQA()
    answer = Conversation(fake).ask("Who said that?")
    assert fake.asked == ["Who said that?"] and not answer.found


def test_pronoun_survives_an_unanswered_turn() -> None:
    fake = FakeQA()
    chat = Conversation(fake)
    chat.ask("What did Blinken say about migration?")
    chat.ask("What about tariffs on oil?")  # not found
    chat.ask("What else did he say?")
    assert fake.asked[-1] == "What else did Blinken say?"


def test_clear_forgets_the_speaker() -> None:
    fake = FakeQA()
    chat = Conversation(fake)
    chat.ask("What did Blinken say about migration?")
    chat.clear()
    chat.ask("What else did he say?")
    assert fake.asked[-1] == "What else did he say?"
    assert last_speaker([t.answer for t in chat.turns]) is None


def test_quote_topics_prefer_nouns_and_what_the_article_repeats() -> None:
    assert quote_topics(MIGRATION.text) == ["migration"]  # "opportunity" is too general
    assert quote_topics(CAUSES.text) == ["insecurity", "corruption"]  # verbs and plain words stay out
    context = "The corruption case. " + CAUSES.text + " And corruption again."
    assert quote_topics(CAUSES.text, context)[0] == "corruption"
    assert quote_topics("Colombia and Colombia again") == []  # names are no topics


def test_suggestions_take_a_new_quote_and_topic_each_time() -> None:
    questions = suggest_questions([("Talks open", TEXT, [MIGRATION, CAUSES])], limit=4)
    assert questions == ["What did Blinken say about migration?", "What did Blinken say about insecurity?",
                         "What is “Talks open” about?"]


def test_suggestions_share_places_between_speakers() -> None:
    other = Quote("The border reopening matters to farmers.", "Alvaro Leyva", "Foreign Minister", "direct",
                  "said Leyva", 0, 40)
    questions = suggest_questions([("Talks open", TEXT, [MIGRATION, CAUSES, other])], limit=4)
    assert questions[:2] == ["What did Blinken say about migration?", "What did Leyva say about border?"]


def test_suggestions_keep_only_answerable_questions() -> None:
    asked: list[str] = []

    def answerable(question: str) -> bool:
        asked.append(question)
        return "migration" not in question

    questions = suggest_questions([("Talks open", TEXT, [MIGRATION, CAUSES])], limit=4, answerable=answerable)
    # One question per quote: the migration quote has no other topic, so it gives none.
    assert questions == ["What did Blinken say about insecurity?", "What is “Talks open” about?"]
    assert "What did Blinken say about migration?" in asked


def test_suggestions_without_quotes_use_titles() -> None:
    assert suggest_questions([("A", "A\n\ntext", []), ("B", "B\n\ntext", [])]) == [
        "What is “A” about?", "What is “B” about?"]


def test_followup_about_his_words_prefers_his_quote_to_narration() -> None:
    class Narrator(FakeQA):
        def ask(self, question: str, k: int | None = None) -> Answer:
            if "else" in question:
                self.asked.append(question)
                return Answer(question, True, _span(None, NARRATION, 5), (P1, P3))
            return super().ask(question, k)

    chat = Conversation(Narrator())
    chat.ask("What did Blinken say about migration?")
    assert chat.ask("What else did he say?").answer.quote == CAUSES


def test_followup_not_about_words_keeps_the_engines_answer() -> None:
    class Narrator(FakeQA):
        def ask(self, question: str, k: int | None = None) -> Answer:
            if "long" in question:
                self.asked.append(question)
                return Answer(question, True, _span(None, NARRATION, 5), (P1, P3))
            return super().ask(question, k)

    chat = Conversation(Narrator())
    chat.ask("What did Blinken say about migration?")
    answer = chat.ask("How long was he there?")
    assert chat.last.asked == "How long was Blinken there?"
    assert answer.answer is not None and answer.answer.quote is None
