"""Find the quotes of a whole article and resolve who said them.

Three kinds, as news writes them:

* **block**: a paragraph of speech followed by a line of its own naming the speaker
  ("US Secretary of State Antony Blinken"); that line is the cue and belongs to the quote;
* **direct**: words in quotation marks that a cue introduces or follows (``“…,” said Blinken``,
  ``He added: “…”``, ``"…," said the minister, Jack Smith``), including the multi-paragraph
  convention (an opening mark on each paragraph, the closing one only on the last, also when the
  paragraphs are run together on one line), quoted words that go on with no cue of their own
  (they continue the last speaker), a speaker's quoted phrase inside narration (``admitted
  "big challenges"``, ``described by Sharon as "…"``), and a match report's list of reactions
  (``- Rovers boss Mark Hale: "…"``);
* **reported**: "Blinken said (that) …", "…, he said.", "according to …", "accused him of …",
  "…, saying …", clauses mixing reported words with a quoted fragment ("said the plan was
  “a careful first step”"), and what nobody named or a "by" agent says ("it has been claimed
  that …", "are reported to have …", "has been accused by X of …").

Quoted words with no speech cue (“free trade” agreement, the so-called “Green Deal”, a title) are
not quotes; nor is anything in the headline. The whole article is read at once so that "he", "the
secretary of state" or "Blinken" resolve to the one canonical person (see ``speakers.Cast``);
organisations and unnamed sources ("Downing Street", "a Treasury spokesman", "the paper") speak
under the name the article gives them. Nested quotation marks stay inside the outer quote, whose
speaker they keep.

The rules live in small modules: ``quote_patterns`` (speech verbs and the shared patterns),
``quote_marks`` (quotation marks and sentences), ``noun_phrases`` (the words that name a speaker),
``quote_cues`` (cues and their speakers), ``direct_quotes``, ``reported_speech``, ``block_quotes``
and ``quote_clauses`` (span helpers); this module reads an article with them, paragraph by
paragraph and sentence by sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass, replace

from .block_quotes import attribution_line, looks_like_speech
from .corpus import Article
from .direct_quotes import DirectReader, continuing, follows, introduces
from .quote_clauses import GOES_ON, clause_end, dedupe, has_verb, n_words, quote, span_or_none, strip_marks, subject_before_cue, trim_inner
from .quote_cues import CueReader, Cue, cue_text
from .quote_marks import Mark, double_apostrophes, paragraph_quote_marks, paragraph_sentences
from .noun_phrases import as_named, singular, source
from .quote_patterns import COMPLEMENT, IRREGULAR_PAST, TIME_PHRASE, LIGHT_VERB_NOUN, MAIN_AFTER_COMMA, NOT_NP, NOUN_CLAUSE_END, NP_DETS, PARTICIPLE, PRONOUN, SOURCED_NOUN, SOURCELESS_NOUN, SPEECH_NOUN, FINITE_AFTER_THAT, THINKING_VERB, VERB, SPEECH_VERBS, ZERO_THAT_SUBJECT
from .reported_speech import UNATTRIBUTED, ReportedReader
from .names import CAP_RUN, DEMONYMS, SOURCE_HEADS, parse_person
from .speakers import ORG_NOUNS, PERSON_NOUNS, RANKINGS, ROLE_WORDS, Cast, Entity, norm
from .text import Paragraph, paragraph_spans
from .roles import with_roles
from .types import Quote, QuoteKind

__all__ = ["SPEECH_VERBS", "QuoteAnalysis", "analyze", "find_quotes"]

# The longest sentence whose speech verbs are read: the longest across the 2,225 BBC News articles has
# 1,902 characters.
MAX_SENTENCE_CHARS = 5000

# Words that open a sentence with a phrase, not as its subject: "Following claims that …", "Amid
# reports that …" (and a gerund before the sentence's own subject and verb: "Addressing claims that
# …, Mr Hale told …"; not "Manning claims that …").
_FRONTING_WORDS = {"following", "amid", "despite", "after", "over", "about", "with"}


# A participle with a capital opening a sentence ("Praising Kelso for its efforts, she said …").
_OPENING_PARTICIPLE = re.compile(r"\s*(?:(?:But|And|Yet|So),?\s+)?(?P<v>[A-Z][a-z]+ing)\s")


@dataclass(frozen=True)
class _Word:
    """A word read as a match of the verb list (for a capitalised participle the list reads in lower
    case): its text and where it starts."""

    word: str
    at: int

    def group(self) -> str:
        return self.word

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.at + len(self.word)


# A paragraph that opens with a name and a colon before quoted words, no verb: "- Blackburn boss
# Mark Hughes: “…”".
_NAME_COLON = re.compile(r"(?:[-–•*]\s*)?(?P<np>[A-Z][^:;.“”\"]{1,80}?)\s*:\s*[“\"]")
_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*(?=[-–•*]\s*[A-Z])")
# A speech verb fronted before its speaker and a colon at the start of a sentence ("Said Mr Hale: “…”").
# (also a speaker with an article or a lower-case title first: "Said the Kelso report: …", "Said coach
# Tom Hale: …")
_FRONTED_VERB_COLON = re.compile(r"(?P<v>Said|Says|Added|Adds)\s+(?P<np>(?:(?:the|a|an|[a-z][\w-]*)\s+){0,2}[A-Z][^:;.“”\"]{0,60}?)\s*:\s*[“\"]")
# A sentence that is about a person and gives their words after a colon, with no speech verb: "Hale
# was at a loss to explain it: “…”", "Drummer Tom Hale echoed those views: “…”". Not words the person
# was asked or shown ("Hale was asked: “…”", "a poster reading: “…”", "under the headline: “…”").
_SUBJECT_COLON = re.compile(r"[^:;“”\"]*?(?<!\basked)(?<!\btold)(?<!\bread)(?<!\breads)(?<!\breading)(?<!\bheadline)(?<!\btitled)(?<!\bquestion)\s*:\s*(?=[“\"])")
# A speaker and a past-tense verb closing the sentence after a quote ("…?” Mr Wein pressed."), and
# the same as the next "sentence" when the split came after the question mark.
# The verb may be in the present, as a feature tells it ("“…,” he laughs.", "“…,” smiles one broker.").
_CLOSING_VERB = re.compile(
    r"\s*(?P<np>he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?P<v>[a-z]+ed|[a-z]{3,}[^s\W]s)\s*[.!?]?\s*$"
)
_NEXT_CLOSING_VERB = re.compile(_CLOSING_VERB.pattern.removesuffix(r"\s*[.!?]?\s*$") + r"\s*[.!?](?=\s|$)")
# The same verb before the speaker's name: "“…,” agreed Cram.", "“…,” enthused Ms Ray."
_CLOSING_VERB_BEFORE = re.compile(
    r"\s*(?P<v>[a-z]+ed|[a-z]{3,}[^s\W]s)\s+(?P<np>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}|(?:the|a|an|one)\s+(?:[\w’'-]+\s+){0,3}[a-z][\w-]*)\s*[.!?]?\s*$"
)
# A written statement's wording: "“…,” read a statement from the firm." (the statement speaks)
_READ_STATEMENT = re.compile(
    r"\s*(?P<v>read)\s+(?P<np>(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?(?:statement|letter|message|note|e-?mail)"
    r"(?:\s+(?:from|by|of|on\s+behalf\s+of)\s+[^,.;:“”\"]{1,60})?)\s*[.!?]?\s*$"
)
# A description heading a sentence as its subject: "The confident 23-year-old is undaunted …", "The
# world number two was taken to three sets …", after a connective and with a place the person is
# from: "But the 25-year-old Dubliner insisted …"; also a nationality alone: "The Kenyan was unsure …";
# a club or country between the age and the calling, and an irregular past: "The 24-year-old Reds
# skipper spoke out …"; after a fronted time or place: "On Friday, the prime minister completed a tour
# … Starting in Ashby, he visited …" is the prime minister, not the campaign chief quoted before.
_DESCRIBED_SUBJECT = re.compile(
    rf"\s*(?:(?:But|And|Yet|So|However|Still),?\s+(?=the\b))?(?:(?:On|In|At|Last|Earlier|Later|After|During)\b[^,.;:“”\"]{{0,40}},\s+(?=the\b))?(?P<np>[Tt]he\s+(?:[a-z\d][\w-]*\s+){{0,3}}?(?:(?<=-year-old\s)[A-Z][a-z]+\s+(?=[a-z]))?(?P<head>\d+-year-old|number\s+(?:{'|'.join(RANKINGS)})|[a-z]+|(?<=[Tt]he\s)[A-Z][a-z]+))"
    rf"(?:\s+[A-Z][a-z]+(?=\s+[a-z]+ed\b))?\s+(?:is|was|has|had|will|would|[a-z]+ed|{'|'.join(sorted(IRREGULAR_PAST))})\b"
)
# A document as the subject of a sentence that quotes nobody, after any opening clause ("Other than
# its warning, the Hale report was upbeat."): "it" in the next sentence may be the document.
_DOCUMENT_SUBJECT = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][”\"]\s))(?:[^,.!?\n“”\"]{0,80},\s+)?(?P<np>[Tt]he\s+(?:[\w’'-]+\s+){0,3}?(?P<head>report|study|survey|statement|review|research))"
    r"\s+(?:is|was|has|had|will|would|[a-z]+ed)\b"
)
# A group of people or bodies heading a sentence as its subject, with no cue of its own ("Judges at the
# High Court have been hearing evidence.", "The two Japanese companies will collaborate …"), when one
# of the next two sentences opens with "They": that is them. The head may be in capitals ("The MPs
# visited …") and the body after it in lower case ("The MPs on the committee …").
_GROUP_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Yet|So|However|Meanwhile|Now),?\s+)?(?P<np>(?:[\w’'-]+\s+){0,4}?(?P<head>[A-Za-z][a-z]*s|[A-Z]{2,}s)"
    r"(?:\s+(?:at|of|from|in|for|on)\s+(?:(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*|the\s+[a-z][\w-]+))?"
    # the members it names in an aside: "Major carmakers including Kelco, Brixo and Haleworks have …"
    r"(?:,?\s+(?:including|such\s+as)\s+[A-Z][\w’'&-]*(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w’'&-]*)*,?)?)"
    r"\s+(?:(?:have|has|had|are|were|will|would|could|can|may|must|should)\s+(?:not\s+)?(?:been\s+)?[a-z]+|[a-z]+ed"
    # a plain present verb of the plural, only after a body's own name ("The Kelso Greens want to …")
    r"|(?P<present>want|plan|hope|intend|propose|oppose|back|support|favour|reject)(?=\s))\b"
)
# A body named in the plural, or bodies joined by "and", as the whole subject ("The Kelso Greens",
# "Labour and the Kelso Greens"): a capitalised plural head after a capitalised word or "the" (a
# capital opening the sentence is no sign of a name: "Shares rose"), never a lone plural.
_NAMED_GROUP = re.compile(r"(?:(?:[Tt]he|[A-Z][\w’'-]*)\s+(?:(?:and|the)\s+)*)+[A-Z][a-z]+s")
# People a sentence only says exist, as the ones who think something ("…, although there are those who
# believe this could be the year. They would argue that …"): who "they" stands for next.
_THERE_ARE_THOSE = re.compile(r"\b[Tt]here\s+(?:are|were)\s+(?P<np>(?:those|some|many|others)\s+who\s+[a-z]+)\b")
# "They" opening one of the next sentences, also after a sentence adverb ("Inevitably they insist …")
_THEY_NEXT = re.compile(r"\s*(?:(?:But|And|So|Yet|However|Now|Instead|[A-Z][a-z]+ly),?\s+)?[Tt]hey\b")
# Two people named heading a sentence as its subject, with no cue of its own ("Tom Lee and Ann Roe are
# trying to end the row.", "Health minister Tom Lee and Labour peer Lord Roe have been working …"): the
# pair, a verb after it (an auxiliary or a past tense, an adverb allowed before it).
_PAIR_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Yet|So|However|Meanwhile|Now),?\s+)?(?P<np>(?:[A-Za-z][\w’'-]*\s+){1,7}?and\s+(?:[\w’'-]+\s+){1,5}?)"
    # (a time between them and the verb: "Tom Lee and Ann Roe on Thursday launched …")
    rf"(?:{TIME_PHRASE}\s+)?(?:(?:also|both|now|still|[a-z]+ly)\s+)?(?:(?:have|has|had|are|were|will|would)\s+|[a-z]+ed\b)"
)
# "they" as the subject of one of the next two sentences, at its start or after a fronted phrase and
# its comma ("Along with their colleagues, they are insisting …", "And they have both warned …", also a cue of its own: "They say …").
_THEY_SUBJECT = re.compile(r"\s*(?:(?:But|And|So|Yet|However|Now|Meanwhile),?\s+)?(?:[^.!?;:“”\"]{1,80},\s+)?[Tt]hey\s+")
# An unnamed source with its body as the subject of a sentence that quotes nobody ("But a spokesman for
# the ministry defended the plan."): "he" or "she" in the next sentence may be them. The article, up to
# three lower-case words, the head, its body; then the verb, after an adverb.
_BODY_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Yet|So|However|Meanwhile),?\s+)?(?P<np>[Aa]n?\s+(?:[a-z][\w-]*\s+){0,3}?(?P<head>[a-z][\w-]*)"
    r"\s+(?:for|of|at)\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:of\s+)?[A-Z][\w’'&-]*){0,4})"
    r"\s+(?:(?:also|now|then|later|still|again|[a-z]+ly)\s+)?(?!said\b|says\b|say\b|told\b)[a-z]+\b(?![’'-])"
)
# The same with a person's or a body's own spokesman or aide, after a fronted time ("On Monday, Tom
# Hale's official spokesman declined to say …", "The minister's aide refused to comment"; the singular
# SOURCE_HEADS one person can have).
_OWNED_SOURCE_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Yet|So|However|Meanwhile),?\s+)?(?:(?:On|In|At|Last|Earlier|Later)\b[^,.;:“”\"]{0,40},\s+)?"
    r"(?P<np>(?:[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*)(?:’s|'s)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>spokes(?:man|woman|person)|aide|adviser|advisor|agent))"
    r"\s+(?:(?:also|now|then|later|still|again|[a-z]+ly)\s+)?(?!said\b|says\b|say\b|told\b)[a-z]+\b(?![’'-])"
)
# A sentence opening with a subject pronoun ("But he did not think …"), after its connectives.
_PRONOUN_SUBJECT = re.compile(rf"\s*(?:(?:But|And|So|Yet|However|Still|Instead),?\s+)?(?P<pro>{PRONOUN})\s+(?!said|says)[a-z]")


# A cue right after a quote's closing mark: '“…,” said a league statement.', '“…,” the DJ says.'
_CUE_AFTER = re.compile(rf"[\s,]*(?:[^\s.!?“”\"]+\s+){{0,6}}?(?:{SPEECH_VERBS})\b")


@dataclass(frozen=True)
class QuoteAnalysis:
    """Quotes of an article plus the paragraphs that only attribute a block quote (never passages
    of their own), keyed by the number of the quote paragraph they belong to."""

    quotes: list[Quote]
    attribution_lines: dict[int, int]  # quote paragraph number -> attribution paragraph number
    paragraphs: list[Paragraph]
    people: list[str]  # canonical names of everyone the article names, quoted or not


def find_quotes(article: Article) -> list[Quote]:
    """All quotes of an article, in text order, each with its resolved speaker."""
    return analyze(article).quotes


def analyze(article: Article) -> QuoteAnalysis:
    text = article.text
    if "''" in text and (marked := _as_double_marks(text)) != text:
        # ''We gave him a chance,'' said Tom Lee: read in a copy of the same length whose pairs of
        # apostrophes are double quotation marks; each quote's words are the article's own again.
        found = _Analyzer(replace(article, text=marked)).run()
        return replace(found, quotes=[replace(q, text=text[q.start : q.end]) for q in found.quotes])
    return _Analyzer(article).run()


# Two apostrophes typed for a double quotation mark: one opening words ("… row. ''A law firm will")
# or closing them ("… are,'' said Tom Lee"), not a run of three or more.
_TWO_APOSTROPHES = re.compile(r"(?<!')''(?!')")


def _as_double_marks(text: str) -> str:
    """``text`` with each pair of apostrophes standing for a double quotation mark made one, and a
    space for the other apostrophe so every offset stays: ' "' opening words, '" ' closing them."""
    out = list(text)
    for m in _TWO_APOSTROPHES.finditer(text):
        before = text[m.start() - 1] if m.start() > 0 else "\n"
        after = text[m.end()] if m.end() < len(text) else "\n"
        if (before.isspace() or before in "([") and not after.isspace():
            out[m.start() : m.end()] = [" ", '"']
        elif not before.isspace() and (after.isspace() or after in ".,;:!?)"):
            out[m.start() : m.end()] = ['"', " "]
    return "".join(out)


class _Analyzer(CueReader, ReportedReader, DirectReader):
    def __init__(self, article: Article) -> None:
        self.original = article.text
        self.text = double_apostrophes(article.text)  # ("''We won,'' he said": the marks as one)
        self.paragraphs = paragraph_spans(self.text, article.body_start)
        self.cast = Cast(self.text, article.body_start)
        self.quotes: list[Quote] = []
        self.quote_starts: list[int] = []  # where the quotes start, in order (for "is there a quote between …")
        self.last: Quote | None = None  # the latest quote, for continuations
        self.last_para = -1
        self.pending: Quote | None = None  # "X told reporters:" closing a paragraph: the quote is next
        self.sourceless: set[int] = set()  # starts of quotes nobody in the article owns ("reports that …")
        self.deferred: dict[int, Quote] = {}  # this paragraph's mark index -> the last quote it goes on with, if no cue names somebody new
        self.open_tail: Quote | None = None  # quoted words with no cue left open at a paragraph's end, given to the last speaker

    def run(self) -> QuoteAnalysis:
        text, cast = self.text, self.cast
        attribution: dict[int, int] = {}
        # Block quotes first: their paragraphs are speech as a whole, and their lines are no narration.
        for prev, line in zip(self.paragraphs, self.paragraphs[1:]):
            if prev.number in attribution.values():
                continue
            found = attribution_line(cast, text[line.start : line.end], line.start)
            if found and looks_like_speech(text[prev.start : prev.end]):
                ent, role = found
                s, e = strip_marks(text, prev.start, prev.end)
                cast.note(line.start, ent, cue=True)
                cast.exclude(prev.start, prev.end)
                self.quotes.append(quote(text, s, e, ent, role or ent.role, "block", text[line.start : line.end]))
                insort(self.quote_starts, s)
                attribution[prev.number] = line.number
        skip = set(attribution) | set(attribution.values())
        marks = {p.number: self._repair(paragraph_quote_marks(text, p)) for p in self.paragraphs if p.number not in skip}
        for ms in marks.values():
            for m in ms:
                cast.exclude(m.start, m.end)
        self.sentences = {p.number: paragraph_sentences(text, p, marks.get(p.number, [])) for p in self.paragraphs}
        self.spans = sorted(span for ss in self.sentences.values() for span in ss)  # every sentence, in order
        self.starts = [s for s, _ in self.spans]
        cast.set_sentences(self.starts)
        chain: Quote | None = None  # a quote left open at the end of the previous paragraph
        for para in self.paragraphs:
            if para.number in skip:
                self.last = chain = self.pending = None
                continue
            pending, self.pending = self.pending, None
            chain = self._paragraph(para, marks[para.number], chain or pending)
        quotes = sorted(self.quotes, key=lambda q: q.start)
        if text != self.original:  # (the words as the article writes them, apostrophes and all)
            quotes = [replace(q, text=self.original[q.start : q.end]) for q in quotes]
        people = [e.name for e in cast.entities if e.kind == "person"]
        return QuoteAnalysis(with_roles(self.original, dedupe(quotes), people), attribution, self.paragraphs, people)

    # -- one paragraph ------------------------------------------------------------------------
    def _paragraph(self, para: Paragraph, marks: list[Mark], chain: Quote | None) -> Quote | None:
        text = self.text
        assigned: dict[int, Quote] = {}  # mark index -> its quote
        self.deferred = {}
        tail, self.open_tail = self.open_tail, None
        chain_start = bool(marks) and marks[0].start - 1 == para.start
        first = 0
        for s, e in self.sentences[para.number]:
            while first < len(marks) and marks[first].start - 1 < s:
                first += 1
            last = first
            while last < len(marks) and marks[last].start - 1 < e:
                last += 1
            inside = list(range(first, last))
            self._sentence(para, s, e, marks, inside, assigned, chain)
            chain = None
        # Run-together quotes ("A. "B. "C.") belong to the speaker of the piece that has a cue.
        for i, m in enumerate(marks):
            if i in assigned or not (i > 0 and not marks[i - 1].closed and i - 1 in assigned):
                continue
            assigned[i] = self._add(continuing(text, m, assigned[i - 1]))
        for i in range(len(marks) - 2, -1, -1):
            m = marks[i]
            if i not in assigned and not m.closed and i + 1 in assigned and assigned[i + 1].kind == "direct":
                assigned[i] = self._add(continuing(text, m, assigned[i + 1]))
        for i, prev in self.deferred.items():
            if i not in assigned:
                assigned[i] = self._add(continuing(text, marks[i], prev))
        if tail is not None and chain_start and 0 in assigned and assigned[0].speaker != tail.speaker and tail in self.quotes:
            # 'Kelco's device is the work of Tom Vane. “I knew there had to be a way. ¶ “It is simple,”
            # he said.': words left open at a paragraph's end go on into the next one, so the cue there
            # names who says them, not the last speaker before them
            self.quotes[self.quotes.index(tail)] = replace(tail, speaker=assigned[0].speaker, role=assigned[0].role, cue=assigned[0].cue)
        if marks and not marks[-1].closed and len(marks) - 1 in assigned:
            return assigned[len(marks) - 1]
        return None

    def _reports_sentence(self, c: Cue, closer: Cue, e: int) -> bool:
        """Does ``closer`` ("…, Reuters reported.") report the whole sentence in which ``c`` speaks
        ("Malaysia said 900 boats were lost, Reuters reported.")? Nested speech is the outermost
        speaker's: a publication's report that closes the sentence holds the speech it reports."""
        text = self.text
        if closer.ent is None or closer.ent is c.ent or c.inverted:
            return False
        ends = lambda at: re.fullmatch(r"\s*[.!?]?\s*", text[at:e]) is not None  # nothing but the full stop after
        if closer.inverted:
            # "Ann Roe had said the rules were fair, said Mr Hale.": a speaker's cue after the verb closes
            # the sentence, so what Ann Roe said is his account (as "…, Mr Hale said." already is); also
            # "argued" or "insisted": "Ms Roe had told voters the charge would stay frozen, argued Mr Hale."
            return (
                closer.verb in {"said", "says", "added", "adds", "argued", "argues", "insisted", "insists"} and closer.verb_start > c.verb_end
                and re.search(r",\s*$", text[c.verb_end : closer.verb_start]) is not None and ends(closer.subj_end)
            )
        if closer.start <= c.verb_end:
            return False
        between = text[c.verb_end : closer.start]
        if closer.verb in {"said", "says", "added", "adds"} and re.search(r"[”\"],\s*$", between) and ends(closer.verb_end):
            # "Kelso guidance said files should go if they served “no purpose”, Mr Hale said.": a closing
            # "X said." reports the sentence whose words end in a quoted fragment too, as it does one whose
            # words end in plain ones
            return True
        if (
            closer.verb in {"said", "says"} and re.search(r",\s*$", between) and ends(closer.verb_end)
            and re.search(r"\b(?:which|that|who)\s+$", text[max(0, c.subj_start - 8) : c.subj_start]) is not None
        ):
            # "Changes which critics claim would allow tolls were not a ploy, the minister has said.": a
            # speaker in a relative clause speaks inside the sentence that the closing cue reports
            return True
        return (
            closer.verb in {"reported", "reports"} and re.search(r",\s*$", between) is not None
            and re.fullmatch(r"(?:\s+(?:on|last|this|earlier)\s+\w+)?\s*[.!?]?\s*", text[closer.verb_end : e]) is not None
        )

    def _subject_before(self, pos: int, s: int, q: Quote) -> tuple[int, int] | None:
        """"The main problem, according to Ms Ng, was the cost.": words after an "according to" inside
        the sentence that open with a verb go on from the subject before the cue, which is the
        source's words too (as with "The problem, she said, was …")."""
        text = self.text
        if q.start <= pos or not GOES_ON.match(q.text):
            return None
        be = pos
        while be > s and text[be - 1] == " ":
            be -= 1
        if be <= s or text[be - 1] != ",":
            return None
        return subject_before_cue(text, s, be - 1)

    @staticmethod
    def _group(m: re.Match) -> bool:
        """Is a sentence's subject a group of people or bodies ("judges at the court", "the two
        Japanese companies", "law lords", a plural source noun), not things ("Rumours about the deal") or
        a clause ("Fans who saw it")?"""
        head = m.group("head").lower()
        words = m.group("np").split()
        if _NAMED_GROUP.fullmatch(m.group("np")):
            return True
        if m.group("present"):
            return False  # "The firms want to …": a plain verb only after a body's own name, as above
        if not (singular(head) in PERSON_NOUNS or head in ORG_NOUNS or singular(head) in ORG_NOUNS or head in SOURCE_HEADS):
            return False
        before = words[: [w.lower() for w in words].index(head)] if head in (w.lower() for w in words) else []
        return not any(w.lower() in NOT_NP - NP_DETS for w in before)

    def _they_next(self, e: int) -> bool:
        """Does one of the two sentences after the one ending at ``e`` open with "They"?"""
        k = bisect_left(self.starts, e)
        return any(_THEY_NEXT.match(self.text, a) for a in self.starts[k : k + 2])

    def _body_of(self, word: str, pos: int) -> Entity | None:
        """The body a capitalised word before a speech noun stands for, as the article names it
        elsewhere: "Tory claims" are the Tories', "Labour suggestions" Labour's (a party's adjective is
        its members' plural: "Conservative" → "the Conservatives"); None if the article names no such body."""
        plural = re.sub(r"y$", "ie", word) + "s"
        for form in (plural, word):
            ent = self.cast.by_name(form, pos)
            if ent is not None and ent.kind == "org":
                return ent
            if form == plural and re.search(rf"\b[Tt]he\s+{re.escape(plural)}\b", self.text):
                return self.cast.add_org(f"the {plural}", pos, plural=True)
        return None

    def _they_subject(self, e: int) -> bool:
        """Is "they" the subject of one of the two sentences after the one ending at ``e``?"""
        k = bisect_left(self.starts, e)
        return any(_THEY_SUBJECT.match(self.text, a) for a in self.starts[k : k + 2])

    def _pair_of(self, np: str, pos: int) -> Entity | None:
        """The two people a ``_PAIR_SUBJECT`` phrase names, as one entity: each a person the article
        has named (by full name or surname), with or without a calling before the name."""
        first, second = np.split(" and ", 1) if " and " in np else (np, "")
        people = []
        for half in (first, second):
            run = list(CAP_RUN.finditer(half))
            if not run or run[-1].end() != len(half.rstrip()):
                return None
            name = parse_person(run[-1].group())[1] or run[-1].group()  # ("Health Secretary Tom Lee": the name)
            ent = self.cast.by_name(name, pos)
            if ent is None or ent.kind != "person" or (name not in {ent.name, ent.surname} and not name.endswith(" " + ent.surname)):
                return None
            people.append(ent)
        if people[0] is people[1]:
            return None
        return self.cast.add_org(f"{people[0].name} and {people[1].name}", pos, plural=True)

    def _new_body(self, body: re.Match[str]) -> Entity | None:
        """The unnamed source a ``_BODY_SUBJECT`` match names with its body ("a spokesman for the Home
        Office"); None for anything else."""
        np = body.group("np")
        head = norm(body.group("head"))
        owned = body.re is _OWNED_SOURCE_SUBJECT
        if (np.split()[0].lower() not in {"a", "an"} and not owned) or head not in SOURCE_HEADS or head.endswith("s"):
            return None
        # kept out of the cast's names: only "he" or "she" goes on with it, while a later cue's own
        # phrase still names its speaker as the article gives it there
        name = as_named(np)
        known = next((ent for ent in self.cast.entities if ent.name == name), None)
        female = True if head.endswith("woman") else False if head.endswith("man") else None
        return known or Entity(name, kind="source", female=female)

    def _add(self, q: Quote, keep: tuple[int, int] | None = None) -> Quote:
        """Record ``q``; people named in reported words are spoken about, not speaking, except the
        speaker and verb ``keep`` of speech nested there ("Malaysia said …, Reuters reported.")."""
        if not q.text.strip():
            return q  # quotation marks round nothing
        self.quotes.append(q)
        insort(self.quote_starts, q.start)
        self.cast.said(q.start, q.speaker, q.text)
        if q.kind == "reported":
            if keep is not None and q.start <= keep[0] < keep[1] <= q.end:
                self.cast.exclude(q.start, keep[0])
                self.cast.exclude(keep[1], q.end)
            else:
                self.cast.exclude(q.start, q.end)
        return q

    def _sentence(self, para, s, e, marks, inside, assigned, chain) -> None:
        text, cast = self.text, self.cast
        spans = [(marks[i].start - 1, marks[i].outer_end) for i in inside]
        in_mark = lambda pos: any(a <= pos < b for a, b in spans)
        desc = _DESCRIBED_SUBJECT.match(text, s, e)
        described = desc is not None and (
            desc.group("head") in PERSON_NOUNS or re.search(r"-year-old|number", desc.group("head")) is not None or desc.group("head").lower() in DEMONYMS
        )
        if described:
            # "… Henson, who can expect the spotlight. The confident 23-year-old is undaunted. “…,” he
            # said": the description is the person it stands for, and "he" after it (in this sentence
            # too: "The 30-year-old actor crossed a bridge which he said was …") is them too.
            ent = cast.by_nominal(desc.group("np"), desc.start("np"))
            if ent is not None and ent.kind == "person":
                cast.note(desc.start("np"), ent)
                if desc.group("head") in ROLE_WORDS and not ent.role_keys(desc.start("np")):
                    # "Tom Hale says … The prime minister is trying …": the title the article gives
                    # someone it named without one is theirs, so "the chancellor" later is somebody else
                    ent.keyed.append((desc.start("np"), {norm(w) for w in desc.group("np").split()[1:] if norm(w) in ROLE_WORDS}))
        cues: list[Cue] = []
        # (a "sentence" longer than any in news is text with no sentence ends: its speech verbs are not
        # read, as reading each of them costs the sentence's length)
        readable = e - s <= MAX_SENTENCE_CHARS
        opening = _OPENING_PARTICIPLE.match(text, s, e) if readable else None
        if opening is not None and COMPLEMENT.get(opening.group("v").lower()) is not None:
            # "Praising Kelso and Carlow for their efforts, she said: …": a speech participle with an
            # object and a complement opens the sentence (the verb list reads it only in lower case)
            cue = self._cue(_Word(opening.group("v").lower(), opening.start("v")), s, e, spans, cues)
            if cue is not None:
                cues.append(cue)
        for v in VERB.finditer(text, s, e) if readable else ():
            if in_mark(v.start()):
                continue
            cue = self._cue(v, s, e, spans, cues)
            if cue is not None:
                cues.append(cue)
        if not cues and readable and (colon := self._colon_cue(s, e, spans)) is not None:
            cues.append(colon)  # "Her conclusion was simple: …"
        thinking: set[int] = set()  # cues of a verb of thinking: they report only quoted words
        for v in THINKING_VERB.finditer(text, s, e) if readable else ():
            if not in_mark(v.start()) and any(a > v.end() for a, _ in spans) and (cue := self._cue(v, s, e, spans, cues)) is not None:
                thinking.add(len(cues))
                cues.append(cue)
        for i in inside:
            # "“Did you ever know him to?” Mr Weingarten pressed.": a verb of no speech list closing
            # the sentence right after the quote still says who spoke it.
            m = marks[i]
            after = None
            if m.closed and text[m.end - 1 : m.end] in {",", "?", "!"}:
                after = _CLOSING_VERB.match(text, m.outer_end, e) or _CLOSING_VERB_BEFORE.match(text, m.outer_end, e) or _READ_STATEMENT.match(text, m.outer_end, e)
            if after is None and m.closed and text[m.end - 1 : m.end] in {"?", "!"} and not text[m.outer_end : e].strip():
                after = _NEXT_CLOSING_VERB.match(text, e, para.end)  # (split after “…?”: the cue is the next "sentence")
            if after and not any(c.start >= m.outer_end for c in cues):
                ent = self._resolve(after.group("np"), after.start("np"))
                if ent is not None:
                    cues.append(Cue(after.group("v"), after.start("v"), after.end("v"), ent, after.start("np"), after.end("np"), after.re is not _CLOSING_VERB))
        line = _LINE_BREAK.search(text, s, e)
        if not cues and (s == para.start or line) and (named := _NAME_COLON.match(text, s if s == para.start else line.end(), e)):
            # "- Blackburn boss Mark Hughes: “…”" (a match report's list of reactions): a person's
            # name and a colon open the quote, also on a line of its own that no blank line parts from
            # the last reaction ("…” ⏎ - Kelso boss Tom Vane: “…”").
            ent = self._resolve(named.group("np"), named.start("np"))
            if ent is not None and ent.kind == "person":
                cues.append(Cue(":", named.end("np"), named.end("np"), ent, named.start("np"), named.end("np"), False))
        if not cues and (fronted := _FRONTED_VERB_COLON.match(text, s, e)):
            # "Tom Hale was delighted. Said Hale: “It was a great day.”": the verb fronted before its
            # speaker (a capital "Said" the verb list does not match) opens the quote after the colon.
            ent = self._resolve(fronted.group("np"), fronted.start("np"))
            if ent is not None:
                cues.append(Cue(fronted.group("v"), fronted.start("v"), fronted.end("v"), ent, fronted.start("np"), fronted.end("np"), True))
        if not cues and (lead := _SUBJECT_COLON.match(text, s, e)) is not None and any(marks[i].start <= lead.end() + 1 for i in inside):
            # "Osbourne was at a loss to explain its popularity: “I suppose …”": the person the
            # sentence is about speaks the words its colon opens.
            # (a speech verb there is a cue of its own, even one this reader turned down)
            subj = self._sentence_subject(s, lead.end(), spans) if VERB.search(text, s, lead.end()) is None else None
            if subj is not None and subj[0].kind == "person":
                colon = text.rindex(":", s, lead.end())
                cues.append(Cue(":", colon, colon, subj[0], subj[1], colon, False))
        taken: list[tuple[int, int]] = []  # reported spans made in this sentence
        used: set[int] = set()  # cues that attributed something
        closing: set[int] = set()  # cues that attributed the quote before them (“…,” she said)
        nested: dict[int, tuple[int, int]] = {}  # a closing report's cue -> the speaker and verb nested in its words

        # 1. Quoted words right after a cue ("X said: “…”") or right before one (“…,” said X).
        for i in inside:
            m = marks[i]
            for k, c in enumerate(cues):
                if c.ent is None or k in thinking:
                    continue
                intro = introduces(text, c, m, e)
                if intro or follows(text, m, c, s, marks):
                    assigned[i] = self._add(quote(text, *trim_inner(text, m.start, m.end), c.ent, c.ent.role, "direct", cue_text(text, c)))
                    used.add(k)
                    if not intro:
                        closing.add(k)
                    break
        # 2. Reported speech: the clause after the verb, or the sentence before a closing cue.
        for k, c in enumerate(cues):
            if c.ent is None or any(a <= c.verb_start < b for a, b in taken):
                continue
            if k in used and k not in closing and not PARTICIPLE.search(c.verb):
                continue
            closer = next((k2 for k2 in range(k + 1, len(cues)) if self._reports_sentence(c, cues[k2], e)), None)
            if closer is not None:
                # "Malaysia said 900 boats were lost, the Kelso Times reported.": the paper's, nested
                # speech and all; Malaysia still speaks there, for a "he" or "it" later
                nested[closer] = (c.subj_start, c.verb_end)
                continue
            span = self._reported_span(c, s, e, spans, cues, after_only=k in closing)
            if span is None:
                continue
            cs, ce = span
            colon_quote = self._quote_after_clause(cs, ce, marks, inside)
            if colon_quote is not None:
                ce = colon_quote[0]  # "said the mayor had shown he could win back voters: “…”"
            marks_in = [i for i in inside if cs <= marks[i].start - 1 and marks[i].end <= ce + 1]
            if any(i in assigned for i in marks_in) or (k in thinking and not marks_in):
                continue
            whole = [i for i in marks_in if trim_inner(text, marks[i].start, marks[i].end) == trim_inner(text, cs, ce) or (marks[i].start - 1 <= cs and ce <= marks[i].outer_end)]
            kind: QuoteKind = "direct" if whole else "reported"
            if whole:
                cs, ce = trim_inner(text, marks[whole[0]].start, marks[whole[0]].end)
            q = self._add(quote(text, cs, ce, c.ent, c.ent.role, kind, cue_text(text, c)), keep=nested.get(k))
            for i in marks_in:
                assigned[i] = q
            taken.append((cs, ce))
            used.add(k)
            if colon_quote is not None and kind == "reported" and colon_quote[1] not in assigned:
                m = marks[colon_quote[1]]  # the quote the reported words open is the speaker's too
                assigned[colon_quote[1]] = self._add(quote(text, *trim_inner(text, m.start, m.end), c.ent, c.ent.role, "direct", cue_text(text, c)))
            other = self._other_side(c, (cs, ce), s, e) if kind == "reported" else None
            if other is not None and not any(a < other[1] and other[0] < b for a, b in spans):
                self._add(quote(text, *other, c.ent, c.ent.role, "reported", cue_text(text, c)))
                taken.append(other)
        def noun_clause_end(start: int) -> re.Match | None:
            # where a speech noun's "that" clause ends: at its own verb ("that Souness had lied", "that
            # the draw for the cup has been delayed"), not at one the clause has no verb before
            end = NOUN_CLAUSE_END.search(text, start, e)
            if end and (n_words(text[start : end.start()]) <= 3 or not has_verb(text[start : end.start()])):
                end = NOUN_CLAUSE_END.search(text, end.end(), e)
            return end

        def take(q: Quote, span: tuple[int, int]) -> None:
            # the span is taken, and so are the quotation marks inside it: the quote's own words
            taken.append(span)
            for i in inside:
                if span[0] <= marks[i].start - 1 and marks[i].end <= span[1] + 1:
                    assigned[i] = q

        # 3. "according to X"
        for m in re.finditer(r"\b[Aa]ccording to\b", text[s:e]):
            pos = s + m.start()
            if in_mark(pos) or any(a <= pos < b for a, b in taken):
                continue
            if text[pos] == "A" and re.search(r"[\w,]\s+[A-Z][\w’'-]*\s+$", text[s:pos]):
                continue  # "new sitcom, The World According to Bex, penned by …": a capital inside a title's name
            q = self._according(pos, s, e, spans)
            if q is not None:
                self._add(q)
                taken.append((q.start, q.end))
                # "…, according to Kelso editor Paul Rees. ¶ “…” He added: …": the source speaks here, as
                # the subject of a speech verb does, for a pronoun after it
                named = next((m for m in cast.mentions_between(pos, pos + len(q.cue or "")) if m.ent.name == q.speaker), None)
                if named is not None and named.ent.kind == "person":  # (a body's "it" has rules of its own)
                    cast.note(named.pos, named.ent, cue=True)
                subject = self._subject_before(pos, s, q)
                if subject is not None:
                    # "The problem, according to Mr Lane, is not Iraq.": the subject before the cue too
                    self._add(Quote(text[subject[0] : subject[1]], q.speaker, q.role, "reported", q.cue, *subject))
                    taken.append(subject)
                for i in inside:
                    if q.start <= marks[i].start and marks[i].end <= q.end + 1:
                        assigned[i] = q
        # 3b. "Bellamy's claim that …", "his warning that …", "claims from Ann Roe that …"
        for m in [*SPEECH_NOUN.finditer(text, s, e), *SOURCED_NOUN.finditer(text, s, e)]:
            if in_mark(m.start()) or any(a <= m.start() < b for a, b in taken):
                continue
            who = "who" if m.group("who") else "pro"
            ent = self._resolve({"his": "he", "her": "she", "their": "they", "its": "it"}.get(m.group(who).lower(), m.group(who)), m.start(who))
            end = noun_clause_end(m.end())
            span = span_or_none(text, m.end(), end.start() if end else e) if ent is not None else None
            if span is not None and n_words(text[span[0] : span[1]]) >= 3:
                q = self._add(quote(text, *span, ent, ent.role, "reported", m.group().rstrip().removesuffix(" that") if m.re is SOURCED_NOUN else m.group().removesuffix(" that")))
                take(q, span)
        # 3b''. "Ann Roe has dropped hints that …", "made a prediction that …": the subject's words.
        for m in LIGHT_VERB_NOUN.finditer(text, s, e):
            if in_mark(m.start()) or any(a <= m.start() < b for a, b in taken):
                continue
            subj = self._sentence_subject(s, m.start(), spans)
            end = noun_clause_end(m.end())
            span = span_or_none(text, m.end(), end.start() if end else clause_end(text, m.end(), e)) if subj is not None else None
            if span is not None and n_words(text[span[0] : span[1]]) >= 3 and has_verb(text[span[0] : span[1]]):
                ent = subj[0]
                q = self._add(quote(text, *span, ent, ent.role, "reported", " ".join(text[subj[1] : m.end()].split()).removesuffix(" that")))
                take(q, span)
        # 3b'. "denied reports that …", "newspaper speculation that …": the words, under the noun.
        for m in SOURCELESS_NOUN.finditer(text, s, e):
            if in_mark(m.start()) or any(a <= m.start() < b for a, b in taken):
                continue
            if re.search(r"(?:’s|'s|s’|s'|\b(?:the|a|his|her|their|its|my|our|your|The|A|His|Her|Their|Its))\s+$", text[max(s, m.start() - 8) : m.start()]):
                continue  # "Bellamy's claims that …", "the claims that …": somebody's, or the article's own
            if m.group("np") in {"reports", "claims"} and re.search(r"\b(?:[A-Z][\w&.-]*|he|she|it|they|we|who|which)\s+$", text[max(s, m.start() - 30) : m.start()]):
                continue  # "BT reports that …", "but he claims the banks knew": a verb with its subject
            if re.match(r"(?:the|an?)\s", m.group("np")) and re.search(r"\b(?:publish(?:ed|es)?|issu(?:ed|es?)|releas(?:ed|es?)|wr(?:o|i)te|written|produc(?:ed|es?)|compiled|commissioned|prepared|made|makes?|gave|gives?|received|receives?|read|seen|saw)\s+$", text[s : m.start()]):
                continue  # "It published a report that the council had ordered": a thing made, whose "that" is a relative pronoun
            if re.match(r"(?:the|an?)\s", m.group("np")) and (said := re.search(rf"\b(?:{SPEECH_VERBS})\s+$", text[s : m.start()])) and not re.match(r"den(?:y|ies|ied|ying)\b", said.group()):
                continue  # "He suggested the claim that X was a mistake": the subject of the clause he said
            lead = m.group("np").split()[0]
            # "Following claims that X, Mr Hale was asked …", "Addressing claims that X, she said …": the
            # noun opens a fronted phrase whose clause ends at the comma before the sentence's subject
            fronted = m.start() == s and len(m.group("np").split()) > 1 and (lead.lower() in _FRONTING_WORDS or (lead.endswith("ing") and MAIN_AFTER_COMMA.search(text, m.end(), e) is not None))
            if lead[0].isupper() and (m.start() == s or lead.lower() in {"reports", "claims"}) and not fronted:
                continue  # "Reports that …" opening a sentence is its subject, not a source
            end = NOUN_CLAUSE_END.search(text, m.end(), e)
            if re.search(r"\b[Tt]here\s+(?:are|were|is|was|ha(?:ve|s)\s+been)\s+(?:[a-z]+\s+){0,4}$", text[s : m.start()]):
                # "There are also warnings that unless funding is increased services may be cut.": the
                # noun is what there is, no subject of a verb to come; its clause runs to the end
                end = None
            subject = ZERO_THAT_SUBJECT.match(text, m.end(), e)
            if end and (n_words(text[m.end() : end.start()]) <= 3 or (subject is not None and end.start() == subject.end()) or not has_verb(text[m.end() : end.start()])):
                end = NOUN_CLAUSE_END.search(text, end.end(), e)  # (the verb right after "claims Lord Hale's letter …" is its own)
            ce = clause_end(text, m.end(), end.start() if end else e)
            if fronted and (main := MAIN_AFTER_COMMA.search(text, m.end(), e)) is not None:
                ce = min(ce, main.start())
            if (said := re.search(r"\s+(?:saying|adding)\s+(?:that\s+)?[a-z]", text[m.end() : ce])) is not None:
                ce = m.end() + said.start()  # "laughed off suggestions that his seat was at risk saying it was safe": his own words follow
            span = span_or_none(text, m.end(), ce)
            if span is not None and n_words(text[span[0] : span[1]]) >= 3:
                name = m.group("np").split()[-1] if fronted else m.group("np") if not lead[0].isupper() or m.start() > s else m.group("np").lower()
                if lead[0].isupper() and m.start() > s and len(m.group("np").split()) > 1 and (body := self._body_of(lead, m.start())) is not None:
                    name = body.name  # "amid Tory claims the ads were …": the Tories' words, as the article names them
                q = self._add(Quote(text[span[0] : span[1]], name, None, "reported", m.group().removesuffix(" that ").strip(), *span))
                self.sourceless.add(q.start)
                taken.append(span)
        # 3b''. "…, it has been claimed.", "the court was told …", "X was told her job was …": speech with no agent.
        for span, cue, agent in self._agentless(s, e, spans):
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            by = self._resolve(*agent) if agent else None
            who, role = (by.name, by.role) if by is not None else (UNATTRIBUTED, None)
            q = self._add(Quote(text[span[0] : span[1]], who, role, "reported", cue, *span))
            self.sourceless.add(q.start)
            take(q, span)
        # 3c. "And that …" right after reported speech goes on with it (only right after it: "Kelco
        # said it had a deal. Prices will fall. The catch is small. But that is a problem fans can live
        # with." is the article's own remark on what it said last).
        opening = re.match(r"(?:And|But|Also)\s+that\s+", text[s:e])
        last = self.last
        if opening and not taken and last is not None and last.kind == "reported" and self.last_para == para.number and self._right_after_last(para, s):
            # ("But that did not happen": "that" is the subject there, and the sentence is the words)
            cs = s if re.match(FINITE_AFTER_THAT, text[s + opening.end() : e]) else s + opening.end()
            span = span_or_none(text, cs, clause_end(text, cs, e))
            if span is not None:
                q = self._add(Quote(text[span[0] : span[1]], last.speaker, last.role, "reported", last.cue, *span))
                taken.append(span)
                for i in inside:
                    assigned[i] = q
        # 3d. A backshifted sentence right after reported speech, with no cue of its own, goes on with it.
        fragments = all(marks[i].start - 1 > s and marks[i].closed and n_words(text[marks[i].start : marks[i].end]) <= 8 for i in inside)
        if not taken and fragments and not any(c.ent is not None for c in cues):
            span = self._backshifted(para, s, e)
            if span is not None and last is not None:
                q = self._add(Quote(text[span[0] : span[1]], last.speaker, last.role, "reported", last.cue, *span))
                taken.append(span)
                for i in inside:
                    assigned[i] = q  # "… to provide a “medium range” of penalties": fragments of it
        # 4. Quoted words left over: a speaker's phrase in narration, or more words of the last speaker.
        for i in inside:
            if i in assigned:
                continue
            m = marks[i]
            if any(a <= m.start < b for a, b in taken):
                continue
            q = self._fragment(m, s, cues, taken)
            if q is not None:
                # "… the prime minister hailed his chancellor's “brilliant” performance. And he claimed …":
                # the cue that gave the phrase its speaker names who "he" is next, as any cue does
                used.update(k for k, c in enumerate(cues) if c.ent is not None and c.ent.name == q.speaker and cue_text(text, c) == q.cue)
            if q is None and (intro := self._introduced(m, s, para, marks)) is not None:
                # "Director Robert Tapsfield criticised the system. “There is no logic …”": the
                # person the sentence before is about speaks next, not the last speaker.
                qs, qe = trim_inner(text, m.start, m.end)
                q = Quote(text[qs:qe], intro.ent.name, intro.ent.role, "direct", text[intro.pos : intro.end], qs, qe)
                closing = next((k for k in range(i + 1, len(marks)) if marks[k].closed), None)
                after = _CUE_AFTER.match(text, marks[closing].outer_end) if closing is not None and text[marks[closing].end - 1 : marks[closing].end] in {",", "?", "!"} else None
                if not m.closed and after is not None and not re.search(r"\b[Tt]he\s", after.group() + text[after.end() : after.end() + 5]):
                    # 'Tom Hale pushed a linesman. “He was sent off. “We do not know more,” said a league
                    # statement.': a piece run together with the next is one quote with it, whose cue
                    # after its closing comma names its speaker (with none there, as when a full stop
                    # closes it, it is the person the sentence before is about; so it is when the cue
                    # only describes somebody: 'Ann Roe, a presenter, thinks … “A. “B,” says the DJ.').
                    self.deferred[i] = q
                    continue
            elif q is None and self._continues(m, s, para, chain, marks, i):
                prev = chain if (chain is not None and m.start - 1 == para.start) else self.last
                if prev is self.last and not m.closed and i + 1 < len(marks):
                    # “A. “B,” said Ann Roe.: a piece run together with the next is one quote with it,
                    # whose cue may name somebody new; only failing that does it go on with the last speaker.
                    self.deferred[i] = prev
                    continue
                q = continuing(text, m, prev)
                if prev is self.last and not m.closed and i + 1 == len(marks) and m.end == para.end:
                    self.open_tail = q  # (the next paragraph's cue may name who says it)
            if q is not None:
                assigned[i] = self._add(q)
        # "… told reporters outside the main entrance:" ends the paragraph: the quote opens the next.
        if e == para.end and text[e - 1] == ":" and not inside:
            c = next((c for c in reversed(cues) if c.ent is not None and not any(a <= c.verb_start < b for a, b in taken)), None)
            if c is not None:
                self.pending = Quote("", c.ent.name, c.ent.role, "direct", cue_text(text, c), e, e)
                used.add(cues.index(c))
        if not cues and not described and (doc := _DOCUMENT_SUBJECT.search(text, s, e)) is not None:
            # "… the Hale report was upbeat. It said …": the report, not the body its name holds (noted
            # at its head, after that body's own mention).
            ent = self._resolve(doc.group("np"), doc.start("np"))
            if ent is not None and ent.kind == "org":
                cast.note(doc.start("head"), ent)
        elif not cues and not described and (group := _GROUP_SUBJECT.match(text, s, e)) is not None and self._group(group) and self._they_next(e):
            # "Judges at the High Court have been hearing evidence. … They also said that …": the group
            # heading the sentence is who "they" stands for next, as the article names it
            np, head = as_named(group.group("np")), group.group("head").lower()
            if _NAMED_GROUP.fullmatch(np) and np.startswith(("the ", "The ")):
                np = np[4:]  # "The Kelso Greens want …": named as the body's own name is ("Kelso Greens said")
            if np.split()[0].lower() == head:
                np = np[0].lower() + np[1:]  # "Judges at the High Court" opening the sentence: "judges at …"
            cast.note(group.start("np"), source(cast, np, group.start("np"), head))
        elif not cues and not described and (those := _THERE_ARE_THOSE.search(text, s, e)) is not None and self._they_next(e):
            # "… there are those who believe this could be the year. They would argue …": those people,
            # not a group the article quoted sentences before
            cast.note(those.start("np"), source(cast, those.group("np"), those.start("np"), "others"))
        elif (
            not used and not described and (pair := _PAIR_SUBJECT.match(text, s, e)) is not None and self._they_subject(e)
            and (ent := self._pair_of(pair.group("np").strip(), pair.start("np"))) is not None
        ):
            # "Tom Lee and Ann Roe are trying to end the row. Along with their aides, they are insisting
            # the row is over": the pair heading the sentence is who "they" stands for next (also when
            # its verb is a speech verb that reported nothing: "… are warning of the dangers")
            cast.note(pair.start("np"), ent)
        elif (
            not cues and not described and (body := _BODY_SUBJECT.match(text, s, e) or _OWNED_SOURCE_SUBJECT.match(text, s, e)) is not None
            and re.match(r"\s*(?:He|She)\s", text[e : e + 5]) and (ent := self._new_body(body)) is not None
        ):
            # "Ann Roe said the plan was bad. But a spokesman for the ministry defended it. He said …": "he"
            # opening the next sentence is the spokesman, this one's subject, though he had not spoken
            # (only then: a later "the ministry spokesman said" is left to its own phrase); so is "On
            # Monday, Tom Hale's official spokesman declined to say … He said …", not Tom Hale.
            cast.note(body.start("np"), ent)
        elif not cues and not described and (pro := _PRONOUN_SUBJECT.match(text, s, e)) is not None:
            # "Tia Ray said … He did not think Mr Law meant it. But he warned that …": a sentence that
            # opens with "he" and names someone else goes on about the same person, so "he" after it
            # is still them, not the one it names.
            ent = cast.by_pronoun(pro.group("pro"), pro.start("pro"))
            if ent is not None:
                cast.note(pro.start("pro"), ent)
        for k, c in enumerate(cues):
            if k in used and c.ent is not None:
                cast.note(c.subj_start, c.ent, cue=True)
                if c.ent.kind == "person" and c.ent.female is None and (sex := re.fullmatch(r"[Hh]e|[Ss]he", text[c.subj_start : c.subj_end])):
                    # "Tom Lane backed the plan. He said …": whom a "he said" or "she said" cue gave its
                    # words to is known as a man or a woman from then on, so a later "she said" does not
                    # go back to him
                    c.ent.female = sex.group().lower() == "she"
            elif c.ent is not None and re.fullmatch(PRONOUN, text[c.subj_start : c.subj_end]):
                cast.note(c.subj_start, c.ent)  # "He has confirmed his place …": the chain of "he" goes on
        mine = [q for q in self.quotes if s <= q.start < e and q.start not in self.sourceless]
        if mine:
            self.last = max(mine, key=lambda q: q.start)
            self.last_para = para.number
