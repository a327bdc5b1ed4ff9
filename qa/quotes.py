"""Find the quotes of a whole article and resolve who said them.

Three kinds, as news writes them:

* **block**: a paragraph of speech followed by a line of its own naming the speaker
  ("US Secretary of State Antony Blinken"); that line is the cue and belongs to the quote;
* **direct**: words in quotation marks that a cue introduces or follows (``“…,” said Blinken``,
  ``He added: “…”``), including the multi-paragraph convention (an opening mark on each paragraph,
  the closing one only on the last) and quotes that continue the previous speaker;
* **reported**: "Blinken said (that) …", "according to …", and clauses mixing reported words with a
  quoted fragment ("said the plan was “a careful first step”").

Quoted words with no speech cue (“free trade” agreement, the so-called “Green Deal”) are not quotes.
The whole article is read at once so that "he", "the secretary of state" or "Blinken" resolve to the
one canonical person (see ``speakers.Cast``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .corpus import Article
from .speakers import CAP_RUN, PERSON_NOUNS, Cast, Entity, split_title_name
from .text import Paragraph, paragraph_spans, sentence_spans
from .types import Quote, QuoteKind

SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|stated|states|noted|notes|explained|explains|warned|warns|"
    "argued|argues|claimed|claims|insisted|insists|denied|denies|admitted|admits|urged|urges|"
    "confirmed|confirms|reiterated|reiterates|stressed|stresses|emphasised|emphasized|emphasises|"
    "emphasizes|announced|announces|acknowledged|acknowledges|suggested|suggests|predicted|predicts|"
    "revealed|reveals|vowed|vows|promised|promises|pledged|pledges|declared|declares|maintained|"
    "maintains|conceded|concedes|asked|asks|replied|replies|answered|answers|wrote|writes|tweeted|"
    "remarked|observed|recalled|recalls|contended|contends|countered|responded|continued|"
    "went on|pointed out|points out|made it clear|makes it clear|spoke|speaks"
)
_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
_PRONOUN = r"(?:he|she|they|it|He|She|They|It)"
_AUX = r"(?:\s+(?:also|later|then|further|again|previously|has|had|have|would|once|earlier|repeatedly))*"
# "said the minister, Jack Smith" / "said Blinken" / "he said" / "the secretary of state added".
_NOMINAL = r"(?:(?:the|a|an|his|her|their|its|The|A|An|His|Her|Their|Its)\s+[^\s,.;:!?“”\"]+(?:\s+[^\s,.;:!?“”\"]+){0,6})"
_SUBJECT = rf"(?:{_PRONOUN}|{CAP_RUN.pattern}|{_NOMINAL})"
_POST_CUE = re.compile(
    rf"\s*,?\s*(?:(?P<v1>{SPEECH_VERBS})\s+(?P<s1>{_SUBJECT})(?:,\s+(?P<name>{CAP_RUN.pattern}))?"
    rf"|(?P<s2>{_SUBJECT}){_AUX}\s+(?P<v2>{SPEECH_VERBS}))\b"
)
_ACCORDING = re.compile(rf"\b[Aa]ccording to\s+(?P<s>{_SUBJECT})")
_OPEN, _CLOSE = "“«", "”»"
_SCARE_BEFORE = re.compile(
    r"(?:so-called|so called|dubbed|called|termed|known as|nicknamed|titled|entitled|branded|labell?ed)\s*$",
    re.I,
)
_CLAUSE_START = re.compile(r"\s*(?:that\s+)?")
_TOLD_OBJECT = re.compile(r"\s*(?:[^\s,.;:“”\"]+\s+){0,4}?(?:that\b|:)\s*")


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
    paragraphs = paragraph_spans(text, article.body_start)
    cast = Cast(text, article.body_start)
    quotes: list[Quote] = []
    attribution: dict[int, int] = {}

    # Block quotes first: their paragraphs are speech as a whole, and their lines are no narration.
    for prev, line in zip(paragraphs, paragraphs[1:]):
        if prev.number in attribution.values():
            continue
        found = _attribution_line(cast, text[line.start : line.end], line.start)
        if found and _looks_like_speech(text[prev.start : prev.end]):
            ent, role = found
            s, e = _strip_marks(text, prev.start, prev.end)
            cast.note(line.start, ent)
            quotes.append(_quote(text, s, e, ent, role or ent.role, "block", text[line.start : line.end]))
            attribution[prev.number] = line.number
    skip = set(attribution) | set(attribution.values())

    last: Quote | None = None  # the latest direct quote, for continuations
    open_chain: Quote | None = None  # a multi-paragraph quote still open at its paragraph's end
    for para in paragraphs:
        if para.number in skip:
            last = open_chain = None
            continue
        spans = _quote_marks(text, para)
        sentences = sentence_spans(text, para.start, para.end)
        used_verbs: set[int] = set()
        for qs, qe, closed in spans:
            sent = next((s for s in sentences if s[0] <= qs < s[1]), (para.start, para.end))
            sent_end = next((s[1] for s in sentences if s[0] <= qe <= s[1]), para.end)
            q = _direct_or_mixed(cast, text, para, sent, sent_end, qs, qe, closed, used_verbs)
            if q is None and open_chain is not None and qs - 1 == para.start:
                q = _continuing(text, qs, qe, open_chain)
            if q is None and last is not None and _starts_sentence(text, qs, sentences) and _n_words(text[qs:qe]) >= 4:
                q = _continuing(text, qs, qe, last)
            if q is None:
                continue
            quotes.append(q)
            if q.kind == "direct":
                last = q
            open_chain = q if (not closed and q.kind == "direct") else None
        quotes.extend(_reported(cast, text, sentences, spans, used_verbs))
    quotes.sort(key=lambda q: q.start)
    people = [e.name for e in cast.entities if e.kind == "person"]
    return QuoteAnalysis(_dedupe(quotes), attribution, paragraphs, people)


# -- block quotes ---------------------------------------------------------------------------------
def _attribution_line(cast: Cast, line: str, pos: int) -> tuple[Entity, str | None] | None:
    """A short line that only names a speaker: "US Secretary of State Antony Blinken",
    "Antony Blinken, US Secretary of State", "— Jane Doe, chief economist"."""
    line = line.strip().lstrip("—–-― ").strip()
    if not line or len(line.split()) > 14 or line[-1] in ".!?:;\"”" or _VERB.search(line):
        return None
    head, _, tail = line.partition(",")
    role, name, _ = split_title_name(head.strip())
    if name is None:
        return None
    ent = cast.by_name(name, pos) or cast.by_name(head.strip(), pos)
    if ent is None:
        return None
    return ent, (role or tail.strip() or None)


def _looks_like_speech(para: str) -> bool:
    return _n_words(para) >= 6 and para.rstrip()[-1:] in ".!?”\"’"


# -- quotation marks ------------------------------------------------------------------------------
def _quote_marks(text: str, para: Paragraph) -> list[tuple[int, int, bool]]:
    """Spans inside double quotation marks in one paragraph: (start, end, closed). A quote still
    open at the paragraph's end runs to the end (the multi-paragraph convention)."""
    spans: list[tuple[int, int, bool]] = []
    opened: int | None = None
    for i in range(para.start, para.end):
        c = text[i]
        if c == '"':
            before = text[i - 1] if i > para.start else " "
            c = _OPEN[0] if (before.isspace() or before in "([—–-/") and opened is None else _CLOSE[0]
        if c in _OPEN:
            opened = i + 1
        elif c in _CLOSE and opened is not None:
            spans.append((opened, i, True))
            opened = None
    if opened is not None and para.end - opened > 1:
        spans.append((opened, para.end, False))
    return spans


def _direct_or_mixed(cast, text, para, sent, sent_end, qs, qe, closed, used_verbs) -> Quote | None:
    inner_s, inner_e = _trim_inner(text, qs, qe)
    if inner_s >= inner_e:
        return None
    before = text[sent[0] : qs - 1]
    # Cue after the closing mark: “…,” said Blinken. / “…,” he added.
    if closed:
        m = _POST_CUE.match(text, qe + 1, min(sent_end + 80, para.end))
        if m:
            subject = m.group("name") or m.group("s1") or m.group("s2")
            sub_pos = m.start("name") if m.group("name") else m.start("s1") if m.group("s1") else m.start("s2")
            ent = _resolve(cast, subject, sub_pos)
            if ent is not None:
                verb_pos = m.start("v1") if m.group("v1") else m.start("v2")
                used_verbs.add(verb_pos)
                return _quote(text, inner_s, inner_e, ent, ent.role, "direct", m.group().strip(" ,"))
    # Cue before the opening mark, in the same sentence.
    verbs = [v for v in _VERB.finditer(text, sent[0], qs) if v.start() not in used_verbs]
    if not verbs or _SCARE_BEFORE.search(before):
        return None
    v = verbs[-1]
    subject, sub_pos = _subject_before(text, sent[0], v.start())
    ent = _resolve(cast, subject, sub_pos) if subject else None
    if ent is None:
        return None
    used_verbs.add(v.start())
    cue = text[sub_pos : v.end()]
    between = text[v.end() : qs - 1]
    # "said: “…”", "said, “…”", "told reporters: “…”" introduce the quote itself.
    if re.fullmatch(r"\s*[:,]?\s*", between) or re.fullmatch(r"(?:\s+[^\s“”\"]+){1,6}\s*:\s*", between):
        return _quote(text, inner_s, inner_e, ent, ent.role, "direct", cue)
    # Reported words with a quoted fragment: the whole clause after the verb is the quote.
    cs = v.end() + _CLAUSE_START.match(text, v.end()).end() - v.end()
    ce = _sentence_end(text, max(sent_end, qe + (1 if closed else 0)))
    return _quote(text, cs, ce, ent, ent.role, "reported", cue)


def _reported(cast, text, sentences, spans, used_verbs) -> list[Quote]:
    """Reported speech with no quotation marks: "X said (that) …", "according to X, …"."""
    out: list[Quote] = []
    inside = lambda pos: any(s <= pos < e for s, e, _ in spans)
    for ss, se in sentences:
        for v in _VERB.finditer(text, ss, se):
            if v.start() in used_verbs or inside(v.start()) or any(s < se and e > ss and s < v.start() for s, e, _ in spans):
                continue
            subject, sub_pos = _subject_before(text, ss, v.start())
            ent = _resolve(cast, subject, sub_pos) if subject else None
            if ent is None:
                continue
            rest = text[v.end() : se]
            skip = (_TOLD_OBJECT.match(rest) if v.group() in {"told", "tells"} else None) or _CLAUSE_START.match(rest)
            cs = v.end() + skip.end()
            ce = _sentence_end(text, se)
            if _n_words(text[cs:ce]) >= 3 and text[cs : cs + 1] not in ",.;:":
                used_verbs.add(v.start())
                out.append(_quote(text, cs, ce, ent, ent.role, "reported", text[sub_pos : v.end()]))
        for m in _ACCORDING.finditer(text, ss, se):
            ent = _resolve(cast, m.group("s"), m.start("s"))
            if ent is None:
                continue
            after = text[m.end() : se].lstrip(" ,")
            if _n_words(after) >= 3:
                cs = se - len(text[m.end() : se].lstrip(" ,"))
                out.append(_quote(text, cs, _sentence_end(text, se), ent, ent.role, "reported", m.group().strip()))
            elif _n_words(text[ss : m.start()]) >= 3:
                ce = m.start()
                while ce > ss and text[ce - 1] in " ,":
                    ce -= 1
                out.append(_quote(text, ss, ce, ent, ent.role, "reported", m.group().strip()))
    return out


# -- subjects and speakers ------------------------------------------------------------------------
def _subject_before(text: str, floor: int, verb: int) -> tuple[str | None, int]:
    """The noun phrase that says the verb at ``verb``: the words after the last clause boundary."""
    left = text[floor:verb]
    left = re.sub(rf"{_AUX}\s*$", "", left)
    cut = max(left.rfind(ch) for ch in ",;:(”“\"—–")
    chunk = left[cut + 1 :]
    stripped = chunk.strip()
    if not stripped:
        return None, verb
    m = re.search(rf"(?:^|\s)({_PRONOUN})$", stripped)
    if m:
        return m.group(1), floor + cut + 1 + chunk.rindex(m.group(1))
    caps = list(CAP_RUN.finditer(stripped))
    if caps and caps[-1].end() == len(stripped):
        c = caps[-1]
        return c.group(), floor + cut + 1 + (len(chunk) - len(chunk.lstrip())) + c.start()
    m = re.search(rf"{_NOMINAL}$", stripped)
    if m and len(stripped.split()) <= 9:
        start_in = stripped.find(m.group())
        return m.group(), floor + cut + 1 + (len(chunk) - len(chunk.lstrip())) + start_in
    return None, verb


def _resolve(cast: Cast, subject: str | None, pos: int) -> Entity | None:
    if not subject:
        return None
    s = subject.strip()
    if re.fullmatch(_PRONOUN, s):
        return cast.by_pronoun(s, pos)
    if s[0].isupper() and not re.match(r"(?:The|A|An|His|Her|Their|Its)\s", s):
        ent = cast.by_name(s, pos)
        if ent is not None:
            return ent
        role, name, _ = split_title_name(s)
        if name is None and len(s.split()) <= 5:  # "Downing Street", "The White House"
            return cast.add_org(s, pos)
        return None
    ent = cast.by_nominal(s, pos)
    if ent is not None:
        return ent
    head = re.findall(r"[\w’'-]+", s.lower())[-1]
    if head in PERSON_NOUNS or head in {"ministry", "government", "statement", "report", "paper", "company", "firm"}:
        return cast.add_org(s[0].lower() + s[1:] if s[:2] in {"A ", "An"} else s, pos)
    return None


def _continuing(text: str, qs: int, qe: int, previous: Quote) -> Quote:
    """Quoted words with no cue of their own that carry on ``previous``'s speaker."""
    s, e = _trim_inner(text, qs, qe)
    return Quote(text[s:e], previous.speaker, previous.role, "direct", previous.cue, s, e)


# -- small helpers --------------------------------------------------------------------------------
def _quote(text: str, s: int, e: int, ent: Entity, role: str | None, kind: QuoteKind, cue: str) -> Quote:
    return Quote(text[s:e], ent.name, role, kind, " ".join(cue.split()), s, e)


def _strip_marks(text: str, s: int, e: int) -> tuple[int, int]:
    if text[s] in _OPEN + '"' and text[e - 1] in _CLOSE + '"':
        return _trim_inner(text, s + 1, e - 1)
    return s, e


def _trim_inner(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    return s, e


def _sentence_end(text: str, se: int) -> int:
    """End of a sentence's content: drop the final stop unless a closing quotation mark follows it."""
    while se > 0 and text[se - 1].isspace():
        se -= 1
    if se > 0 and text[se - 1] in ".!?":
        se -= 1
    return se


def _starts_sentence(text: str, qs: int, sentences: list[tuple[int, int]]) -> bool:
    return any(s == qs - 1 for s, _ in sentences)


def _n_words(s: str) -> int:
    return len(re.findall(r"\w+", s))


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    out: list[Quote] = []
    for q in quotes:
        if out and q.start < out[-1].end:
            if q.end - q.start > out[-1].end - out[-1].start:
                out[-1] = q
            continue
        out.append(q)
    return out
