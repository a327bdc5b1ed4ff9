"""Follow-up questions: a conversation remembers its answers, so "he" and "Who said that?" work.

    chat = Conversation(qa)
    chat.ask("What did Blinken say about migration?")   # .answer.quote.speaker == "Antony Blinken"
    chat.ask("What else did he say?")       # asks "What else did Antony Blinken say?"
    chat.ask("Who said that?")              # answered from the last answer, no search

The rewriting is a pure function (``resolve_followup``) so it can be tested on its own; the
conversation only decides which earlier answer a follow-up refers to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from collections.abc import Callable, Sequence
from typing import Literal, Protocol

from .types import Answer, Passage, Quote, Span

TurnKind = Literal["search", "followup", "speaker"]

# Pronouns that stand for a person, and what replaces them: the name, or the name's possessive.
_SUBJECT_OBJECT = {"he", "she", "they", "him", "them"}
_POSSESSIVE = {"his", "their", "hers", "theirs"}
_PRONOUN_RE = re.compile(r"\b(he|she|they|him|her|them|his|hers|their|theirs)\b", re.IGNORECASE)
# "her" is possessive before a noun ("her view") and an object before these ("ask her about").
_AFTER_OBJECT_HER = {
    "about", "to", "for", "that", "this", "so", "and", "or", "but", "with", "at", "on", "in", "of",
    "from", "as", "when", "if", "because", "say", "said", "mean", "think", "again", "there", "then",
}
# Words that start a question, not names: a capitalised one of these is no antecedent.
_NOT_NAMES = {
    "what", "who", "whom", "whose", "why", "how", "when", "where", "which", "did", "does", "do",
    "is", "are", "was", "were", "can", "could", "would", "should", "will", "has", "have", "had",
    "and", "but", "so", "then", "tell", "i", "according",
}
_WHO_SAID_THAT_RE = re.compile(
    r"^\s*(?:and\s+|so\s+|ok(?:ay)?,?\s+)?(?:"
    r"who\s+(?:said|says|say|wrote|writes|told\s+(?:us|them)|is\s+(?:speaking|talking|quoted)"
    r"|was\s+(?:speaking|talking|quoted)|is\s+that|was\s+that)(?:\s+(?:that|this|it|those\s+words))?"
    r"|whose\s+(?:words|quote)\s+(?:are|is|were|was)\s+(?:those|these|that|this)"
    r"|who\s+is\s+the\s+speaker|who(?:'s|\s+is)\s+speaking"
    r")\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_ELSE_RE = re.compile(r"\b(else|other|another|more|besides|also)\b", re.IGNORECASE)
# A follow-up about what someone says or thinks wants an answer in that person's words.
_SPEECH_RE = re.compile(
    r"\b(say|says|said|saying|think|thinks|thought|believe|believes|mean|means|meant|argue|argues|argued|"
    r"add|adds|added|tell|tells|told|claim|claims|claimed|warn|warns|warned|want|wants|wanted|"
    r"promise|promised|stress|stressed|view|views|opinion|position)\b",
    re.IGNORECASE,
)
_ENDS_ON_THAT_RE = re.compile(r"\b(that|this|so|it)\s*[?.!]*\s*$", re.IGNORECASE)
_NAME_SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}
# Passages searched for something a speaker said that the conversation has not given yet.
_WIDER_K = 20


class Asker(Protocol):
    """What a conversation needs of the engine: ``QA.ask``."""

    def ask(self, question: str, k: int | None = None) -> Answer: ...


def is_who_said_that(question: str) -> bool:
    """True for "Who said that?" and its close variants, which ask about the last answer."""
    return bool(_WHO_SAID_THAT_RE.match(question))


def last_speaker(answers: list[Answer] | tuple[Answer, ...]) -> Quote | None:
    """The quote of the most recent answer that was speech, or None."""
    for answer in reversed(answers):
        if answer.found and answer.answer is not None and answer.answer.quote is not None:
            return answer.answer.quote
    return None


def reference_name(speaker: str) -> str:
    """How a news article refers to a person after the first mention: the surname.

    >>> reference_name("Antony Blinken"), reference_name("Martin Luther King Jr."), reference_name("the ministry")
    ('Blinken', 'King', 'the ministry')
    """
    words = [w for w in speaker.split() if w.rstrip(".,") not in _NAME_SUFFIXES]
    if len(words) >= 2 and all(w[:1].isupper() for w in words):
        return words[-1]
    return speaker


def resolve_followup(question: str, speaker: str | None, topic: str | None = None) -> str:
    """Put the speaker's name in place of the personal pronouns of a follow-up question, and,
    when the question ends on "that" (what was just said), the topic of the last answer.

    Only pronouns with no name before them in the question are replaced, since a name that comes
    first is the likelier antecedent ("What did Leyva say after he met Blinken?"). The name is
    the surname, as articles use it after the first mention ("Blinken said ...").

    >>> resolve_followup("What else did he say?", "Antony Blinken")
    'What else did Blinken say?'
    >>> resolve_followup("Why does he think that?", "Antony Blinken", "migration")
    'Why does Blinken think that about migration?'
    >>> resolve_followup("What is her view on trade?", "Ada Lovelace")
    "What is Lovelace's view on trade?"
    """
    if not speaker or not question:
        return question
    name = reference_name(speaker)
    out: list[str] = []
    pos = 0
    for m in _PRONOUN_RE.finditer(question):
        if _names_before(question[: m.start()]):
            break
        word = m.group(1).lower()
        if word in _SUBJECT_OBJECT:
            sub = name
        elif word in _POSSESSIVE:
            sub = _possessive(name)
        else:  # "her": possessive before a noun, else an object
            following = re.match(r"\s+([A-Za-z]+)", question[m.end():])
            is_object = following is None or following.group(1).lower() in _AFTER_OBJECT_HER
            sub = name if is_object else _possessive(name)
        out.append(question[pos : m.start()])
        out.append(sub)
        pos = m.end()
    if pos == 0:
        return question
    out.append(question[pos:])
    rewritten = "".join(out)
    end = _ENDS_ON_THAT_RE.search(rewritten)
    if topic and end and topic.lower() not in rewritten.lower():
        rewritten = f"{rewritten[: end.end(1)]} about {topic}{rewritten[end.end(1):]}"
    return rewritten


def _names_before(text: str) -> bool:
    """Whether ``text`` holds a capitalised word that is not a question word (a likely name)."""
    for m in re.finditer(r"\b[A-Z][\w-]*", text):
        if m.group().lower() not in _NOT_NAMES:
            return True
    return False


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


@dataclass(frozen=True)
class Turn:
    """One exchange. ``asked`` is the question sent to the engine (after rewriting), or None when
    the answer came from the conversation itself; ``kind`` says which of the three it was."""

    question: str
    asked: str | None
    answer: Answer
    kind: TurnKind


class Conversation:
    """A chat over the articles: asks the engine, resolving follow-ups against earlier answers.

    ``qa`` is anything with ``ask(question, k=None) -> Answer`` (a loaded ``QA``).
    """

    def __init__(self, qa: Asker, k: int | None = None):
        self.qa = qa
        self.k = k
        self.turns: list[Turn] = []

    @property
    def last(self) -> Turn | None:
        return self.turns[-1] if self.turns else None

    def clear(self) -> None:
        self.turns.clear()

    def ask(self, question: str) -> Answer:
        """Answer ``question`` in the light of the earlier turns; the turn is kept in ``turns``."""
        answers = [t.answer for t in self.turns]
        previous = next((a for a in reversed(answers) if a.found and a.answer), None)
        if previous is not None and is_who_said_that(question):
            answer = Answer(question, True, previous.answer, previous.passages)
            return self._keep(Turn(question, None, answer, "speaker"))
        quote = last_speaker(answers)
        topics = quote_topics(previous.answer.text) if previous is not None and previous.answer else []
        asked = resolve_followup(question, quote.speaker if quote else None, topics[0] if topics else None)
        answer = self.qa.ask(asked, k=self.k)
        if asked != question and quote is not None and (_ELSE_RE.search(question) or _SPEECH_RE.search(question)):
            answer = self._in_their_words(answer, quote.speaker, asked)
        kind: TurnKind = "followup" if asked != question else "search"
        return self._keep(Turn(question, asked, answer, kind))

    def _keep(self, turn: Turn) -> Answer:
        self.turns.append(turn)
        return turn.answer

    def _in_their_words(self, answer: Answer, speaker: str, asked: str) -> Answer:
        """For "what else did he say" or "why does he think that": the answer should be something
        the speaker said that this conversation has not given yet. When the engine's answer is not
        (narration, a repeat, or none at all), take the best-ranked such quote of its passages, or
        of a wider search's when those hold none (the third "what else" has used up the nearest)."""
        given = [(t.answer.answer.article, t.answer.answer.start, t.answer.answer.end)
                 for t in self.turns if t.answer.found and t.answer.answer]

        def wanted(span: Span) -> bool:
            return span.quote is not None and span.quote.speaker == speaker and not _overlaps_any(span, given)

        if answer.found and answer.answer is not None and wanted(answer.answer):
            return answer
        for search in (answer, None):
            passages = search.passages if search is not None else self.qa.ask(asked, k=_WIDER_K).passages
            for passage in passages:
                for quote in passage.quotes:
                    span = _span_of_quote(passage, quote)
                    if wanted(span):
                        known = any((p.article, p.start) == (passage.article, passage.start) for p in answer.passages)
                        shown = answer.passages if known else (passage, *answer.passages[:-1])
                        return replace(answer, found=True, answer=span, passages=shown)
        return answer


def _overlaps_any(span: Span, given: list[tuple[str, int, int]]) -> bool:
    return any(span.article == a and span.start < e and s < span.end for a, s, e in given)


def _span_of_quote(passage: Passage, quote: Quote) -> Span:
    """A Span for the quote's words, with the paragraph of the passage it lies in."""
    before = passage.text[: max(0, quote.start - passage.start)]
    breaks = len(re.findall(r"\n\s*\n", before))
    paragraphs = passage.paragraphs or (0,)
    paragraph = paragraphs[min(breaks, len(paragraphs) - 1)]
    return Span(quote.text, passage.article, passage.title, paragraph, quote.start, quote.end,
                passage.score, quote)


# Nouns that make a good "say about ..." topic often end like this ("migration", "agreement").
_NOUN_END_RE = re.compile(r"(?:tion|sion|ment|ity|ance|ence|ism|ure|ics|cy)$")
_WORD_RE = re.compile(r"(?<![\w’'-])[a-z][a-z-]{4,}(?![\w’'-])")  # lower-case: no names, no sentence starts
_DULL_TOPICS = {
    "government", "governments", "statement", "comment", "moment", "question", "position", "situation",
    "condition", "conditions", "community", "communities", "opportunity", "ability", "majority",
    "conference", "division", "difference", "experience", "importance", "presence", "sequence",
    "nature", "future", "pressure", "structure", "measure", "measures", "procedure", "agency",
    "about", "above", "across", "after", "again", "against", "along", "already", "also", "although",
    "among", "another", "around", "because", "before", "being", "below", "between", "could", "during",
    "every", "first", "further", "going", "great", "having", "their", "there", "these", "thing", "things",
    "those", "three", "through", "today", "under", "until", "where", "which", "while", "whole", "would",
    "should", "might", "other", "others", "people", "really", "right", "since", "still", "taken", "takes",
    "think", "there", "years", "world", "always", "never", "something", "nothing", "everything",
    "anything", "everyone", "someone", "including", "according", "actually", "together", "without",
    "within", "toward", "towards", "whether", "rather", "though", "means", "make", "makes", "making",
    "made", "want", "wants", "need", "needs", "know", "knows", "continue", "sure", "important",
}


_DETERMINER_RE = re.compile(
    r"\b(?:the|a|an|our|their|its|his|her|this|that|these|those|of|for|on|about|new|more|any|no)\s+$", re.I)
_ADJECTIVE_RE = re.compile(r"(?:ful|ous|ive|ble|ical|less)$")


def quote_topics(text: str, context: str = "") -> list[str]:
    """Words of a quote that could name its subject, best first.

    Nouns by their ending ("migration") rank first, then words after a determiner ("the rules"),
    then words the article (``context``) repeats; names, adjectives, and "-ly", "-ed", "-ing"
    words used once are left out.

    >>> quote_topics("Colombia is showing the way that migration can be an opportunity for farmers.")
    ['migration', 'farmers']
    """
    counts: dict[str, int] = {}
    for word in _WORD_RE.findall(context or text):
        counts[word] = counts.get(word, 0) + 1
    ranked: list[tuple[int, int, str]] = []
    seen_words: set[str] = set()
    credit = -1  # where a word after a determiner and a modifier starts
    for order, m in enumerate(_WORD_RE.finditer(text)):
        word = m.group()
        if word in seen_words or word in _DULL_TOPICS:
            continue
        seen_words.add(word)
        repeated = counts.get(word, 1) >= 2
        if word.endswith("ly") or (re.search(r"(?:ed|ing)$", word) and not repeated):
            continue
        if _NOUN_END_RE.search(word):
            score = 3
        elif _ADJECTIVE_RE.search(word):
            continue
        elif _DETERMINER_RE.search(text[: m.start()]) or credit == m.start():
            after = re.match(r"\s+([a-z][a-z-]{4,})(?![\w’'-])", text[m.end():])
            if after and after.group(1) not in _DULL_TOPICS and not re.search(r"(?:ed|ing|ly)$", after.group(1)):
                credit = m.end() + after.start(1)  # "a holistic approach": the noun comes next
                continue
            score = 2
        elif repeated:
            score = 1
        else:
            continue
        ranked.append((-(score * 10 + min(counts.get(word, 1), 4)), order, word))
    return [word for _, _, word in sorted(ranked)]


def suggest_questions(
    articles: Sequence[tuple[str, str, Sequence[Quote]]],
    limit: int = 6,
    answerable: Callable[[str], bool] | None = None,
) -> list[str]:
    """Example questions for a corpus given as ``(title, text, quotes)`` per article:
    "What did <speaker> say about <topic>?" for its speakers, most quoted first, a new quote and
    topic each time, then one question per article title to fill up to ``limit``. With
    ``answerable`` (e.g. ``lambda q: qa.ask(q).found``) only questions it accepts are suggested.

    >>> text = "Talks open\\n\\nOn migration, “managed migration can be an opportunity,” he said."
    >>> quote = Quote("managed migration can be an opportunity,", "Antony Blinken", None, "direct", "he said", 27, 68)
    >>> suggest_questions([("Talks open", text, [quote])], limit=2)
    ['What did Blinken say about migration?', 'What is “Talks open” about?']
    """
    ok = answerable or (lambda question: True)
    by_speaker: dict[str, list[tuple[Quote, str]]] = {}
    for _, text, quotes in articles:
        for quote in quotes:
            by_speaker.setdefault(quote.speaker, []).append((quote, text))
    speakers = sorted(by_speaker, key=lambda s: -len(by_speaker[s]))
    titles = [title for title, _, _ in articles]
    room = limit - min(len(titles), limit // 3)  # keep some places for the articles themselves
    questions: list[str] = []
    used: set[str] = set()
    cursor = dict.fromkeys(speakers, 0)
    # Round-robin over speakers so one talkative speaker cannot fill every place.
    while len(questions) < room:
        grew = False
        for speaker in speakers:
            if len(questions) >= room:
                break
            quotes = by_speaker[speaker]
            short = reference_name(speaker)
            while cursor[speaker] < len(quotes):
                quote, text = quotes[cursor[speaker]]
                cursor[speaker] += 1
                for topic in (t for t in quote_topics(quote.text, text) if t not in used):
                    question = f"What did {short} say about {topic}?"
                    if ok(question):
                        used.add(topic)
                        questions.append(question)
                        break
                else:
                    continue
                grew = True
                break
            else:
                question = f"What did {short} say?"
                if not any(q.startswith(question[:-1]) for q in questions) and ok(question):
                    questions.append(question)
                    grew = True
        if not grew:
            break
    for title in titles:
        if len(questions) >= limit:
            break
        question = f"What is “{title}” about?"
        if ok(question):
            questions.append(question)
    return questions
