"""Find the quotes of a whole article and resolve who said them.

Three kinds, as news writes them:

* **block**: a paragraph of speech followed by a line of its own naming the speaker
  ("US Secretary of State Antony Blinken"); that line is the cue and belongs to the quote;
* **direct**: words in quotation marks that a cue introduces or follows (``“…,” said Blinken``,
  ``He added: “…”``, ``"…," said the minister, Jack Smith``), including the multi-paragraph
  convention (an opening mark on each paragraph, the closing one only on the last, also when the
  paragraphs are run together on one line), quoted words that go on with no cue of their own
  (they continue the last speaker), and a speaker's quoted phrase inside narration (``admitted
  "big challenges"``, ``described by Sharon as "…"``);
* **reported**: "Blinken said (that) …", "…, he said.", "according to …", "accused him of …",
  "…, saying …", and clauses mixing reported words with a quoted fragment ("said the plan was
  “a careful first step”").

Quoted words with no speech cue (“free trade” agreement, the so-called “Green Deal”, a title) are
not quotes; nor is anything in the headline. The whole article is read at once so that "he", "the
secretary of state" or "Blinken" resolve to the one canonical person (see ``speakers.Cast``);
organisations and unnamed sources ("Downing Street", "a Treasury spokesman", "the paper") speak
under the name the article gives them. Nested quotation marks stay inside the outer quote, whose
speaker they keep.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .corpus import Article
from .speakers import (
    CAP_RUN,
    ORG_NOUNS,
    PERSON_NOUNS,
    ROLE_WORDS,
    SOURCE_HEADS,
    Cast,
    Entity,
    _split_run,
    nominal_head,
    norm,
    parse_person,
    split_title_name,
    is_person_head,
    DEMONYMS,
    _PERSON_TITLES,
)
from .text import Paragraph, _is_abbreviation, paragraph_spans
from .types import Quote, QuoteKind

# Verbs that take what was said as a clause ("said (that) …") or as quoted words.
SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|stated|states|noted|notes|explained|explains|warned|warns|"
    "argued|argues|claimed|claims|insisted|insists|denied|denies|admitted|admits|urged|urges|"
    "confirmed|confirms|reiterated|reiterates|stressed|stresses|emphasised|emphasized|emphasises|"
    "emphasizes|announced|announces|acknowledged|acknowledges|suggested|suggests|predicted|predicts|"
    "revealed|reveals|vowed|vows|promised|promises|pledged|pledges|declared|declares|maintained|"
    "maintains|conceded|concedes|asked|asks|replied|replies|answered|answers|wrote|writes|tweeted|"
    "remarked|observed|recalled|recalls|contended|contends|countered|responded|continued|"
    "complained|complains|speculated|speculates|asserted|asserts|alleged|alleges|disclosed|"
    "cautioned|protested|accused|accuses|criticised|criticized|criticises|criticizes|slated|"
    "went on|pointed out|points out|made it clear|makes it clear|spoke|speaks|"
    "saying|adding|claiming|arguing|warning|insisting|stressing|noting|explaining|denying|"
    "admitting|accusing|urging|asking|telling|suggesting|declaring|confirming|announcing|"
    "calling on|calling for|called on|called for|calls on|calls for|criticise|criticize|called|"
    "expressed (?:his |her |their |its )?(?:doubts?|concerns?|fears?|hopes?|confidence|anger|frustration|surprise|regret)|"
    "is quoted as saying|was quoted as saying|branded|labelled|labeled|dubbed"
)
_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
# verb -> the word that opens its complement: "accused him of …", "urged them to …".
_COMPLEMENT = {
    "accused": "of", "accuses": "of", "accusing": "of", "urged": "to", "urges": "to", "urging": "to",
    "asked": "to", "asks": "to", "asking": "to", "criticised": "for", "criticized": "for",
    "criticises": "for", "criticizes": "for", "criticise": "for", "criticize": "for", "slated": "for",
    "calling on": "to", "calling for": "to", "called on": "to", "called for": "to", "calls on": "to",
    "calls for": "to",
}
# Verbs as likely to take a plain noun phrase ("confirmed the news") as a clause.
_NP_OBJECT_VERBS = {
    "confirmed", "confirms", "denied", "denies", "announced", "announces", "revealed", "reveals", "admitted",
    "admits", "acknowledged", "acknowledges", "promised", "promises", "pledged", "pledges", "added", "adds",
}
_TOLD = {"told", "tells", "telling", "warned", "warns", "warning"}
# Verbs that only introduce a quoted phrase (no clause): "criticise “…”", "expressed her anger at …".
_FRAGMENT_ONLY = {"criticise", "criticize", "went on", "continued", "responded", "countered"}
_PARTICIPLE = re.compile(r"ing$")
_PRONOUN = r"(?:he|she|they|it|He|She|They|It)"
_PRONOUN_PAT = r"(?:he|she|they|it)\s+"
_OPEN, _CLOSE = "“«", "”»"
_SCARE_BEFORE = re.compile(
    r"(?:so-called|so called|dubbed|called|termed|known as|nicknamed|titled|entitled|branded|labell?ed|deemed|named)\s*$",
    re.I,
)
_AUX_WORDS = (
    "has|have|had|also|later|then|further|again|previously|would|will|once|earlier|repeatedly|"
    "initially|now|only|still|just|recently|subsequently|reportedly|apparently|publicly|privately|"
    "firmly|strongly|immediately|originally|already|never|did|does|do|is|are|was|were|today|yesterday|"
    "goes on to|went on to|go on to|has gone on to"
)
_TRAIL_AUX = re.compile(rf"(?:\s+(?:{_AUX_WORDS}))+\s*$")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|be|being)(?:\s+\w+ly)?\s*$")
_PASSIVE_VERBS = {"said", "told", "claimed", "urged", "accused", "asked", "warned", "alleged", "criticised", "criticized", "denied", "reported", "promised", "stated", "announced", "confirmed", "slated"}
_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "both", "this", "that", "these", "those"}
# Words that end a noun phrase when reading backwards from a verb (or forwards from a clause start).
_NOT_NP = set(
    """and but or nor so yet that which who whom whose when where while whilst after before because as if
    whether although though than then how what why to with by on into onto over under about against
    between through during without within upon via per not no also has have had is are was were be been
    being will would can could may might must should shall do does did said says told added it he she they
    we i you me him them us there here just only even still again however meanwhile instead later earlier
    now once already never always initially repeatedly previously""".split()
)
_NP_PREPS = {"of", "for", "at", "in", "from", "by"}
# "a source close to the talks", "people close to the minister"
_CLOSE_TO = re.compile(
    r"(?<![\w’'-])(?:(?:an?|the|one|two|several)\s+)?(?:[\w-]+\s+){0,2}?(?:sources?|aides?|friends?|allies|ally|people|figures?|insiders?)"
    r"\s+close\s+to\s+[^,.;:“”\"]+?\s*$"
)
_ORG_LEADERS = {"rival", "fellow", "former", "but", "and", "meanwhile", "however", "also", "then"}
_QUANTIFIERS = {"one", "some", "many", "most", "all", "each", "several", "few", "two", "three", "four", "five", "none"}
_NP_DETS = {"the", "a", "an", "his", "her", "their", "its", "both"}
# Words that may open a reported clause although they cannot be part of a noun phrase.
_CLAUSE_OPENERS = {
    "it", "he", "she", "they", "we", "i", "you", "there", "that", "how", "what", "why", "whether", "if", "when",
    "no", "not", "even", "only", "just", "while", "although", "though", "because", "unless",
    # "the allegations which he said had been made …", "a watch Sharon said was one of only 10 made"
    "was", "were", "is", "are", "had", "has", "have", "would", "could", "will",
}
_PREPOSITIONS = set(
    """outside inside at in on to for from with by about over during ahead near behind across among under of
    after before since until into onto upon via through throughout against without within beyond""".split()
)
_LEADING = re.compile(
    r"^\s*(?:(?:But|And|So|Yet|However|Meanwhile|Instead|Later|Earlier|Now|Also|Then|Still|Indeed|Already)\b,?\s+)+"
)
_ADVERBIAL_START = re.compile(
    r"^\s*(?:In|On|At|After|During|Asked|Speaking|Reminded|Although|Though|When|While|Whilst|Since|Despite|"
    r"Following|Last|This|Earlier|Later|Before|As|If|Unlike|Like|With|Without|For|From|Under|Over|By|Once|Even|"
    r"Already|Still|Separately|Elsewhere|Overall|Instead|Meanwhile|However)\b"
)
_TIME_WORDS = set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december week month year night morning afternoon evening weekend day
    today yesterday""".split()
)
_AFTER_VERB = re.compile(
    r"(?:\s+(?:on|last|this|earlier|later)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening|weekend)"
    r"|\s+in\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|letter|speech|report|response|briefing|article|column|blog|message|note|email|submission)"
    r"|\s+(?:publicly|privately|repeatedly|also|again|later|recently|yesterday|today|firmly|strongly|previously|openly|bluntly)\b)*"
)
_OBJECT_NOUNS = set(
    """programme program show newspaper paper website site conference reporters journalists mps delegates
    audience committee parliament radio station channel magazine inquiry hearing crowd members supporters media press
    students pupils colleagues staff investors analysts listeners viewers readers agency news council
    court jury meeting summit rally congress senate assembly gathering interviewer""".split()
)
_IRREGULAR_PAST = set(
    """wrote said told spoke went came gave took made got put left felt kept began ran saw won lost sold paid met
    rose fell grew held led brought bought thought found became set sent hit cut let meant stood sat drew threw
    knew struck fought chose broke built caught taught""".split()
)
_OBJECT_ALT = "|".join(sorted(_OBJECT_NOUNS, key=len, reverse=True))
_CONTENT_OK = re.compile(r"[\w“\"‘'(£$€]")
_COORD_STOP = re.compile(
    r",?\s+(?:and|but)\s+(?:(?:also|then|later|still|yet)\s+)?(?:(?:was|were|did|has|had|have|is|are|would|will|could)\b"
    rf"|(?:demanded|called|refused|rejected|dismissed|criticised|criticized|threatened|vowed|declined|walked|left|resigned|believes|believed|thinks|thought|said|added|told|insisted|warned|urged|claimed|argued|denied|admitted|accused|says|adds|insists|warns|claims)\b"
    rf"|(?:calling|saying|adding|claiming|urging|accusing|insisting|warning|arguing|demanding)\b)"
)
# "…, Bellamy insisted …": a new speaker's cue after a comma ends the clause before it.
_NEW_CUE = re.compile(
    rf",\s+(?:{_PRONOUN_PAT}|(?:[A-Z][\w’'-]*\s+){{1,3}})(?:also\s+|later\s+|then\s+)?(?:said|says|insisted|insists|added|adds|warned|warns|argued|argues|claimed|claims|told|tells|admitted|admits|denied|denies)\b"
)
# "Bellamy's claim that …": a possessive speech noun and its clause.
_SPEECH_NOUN = re.compile(
    r"(?:(?P<who>\b(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+?)(?:’s|'s|’|')|(?P<pro>\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)))\s+"
    r"(?:claims?|assertions?|allegations?|insistence|suggestions?|warnings?|admission|argument|accusations?)\s+that\s+"
)
# A noun clause ends where the sentence's own verb starts: "… to the bust-up was strongly denied".
_NOUN_CLAUSE_END = re.compile(r"\s+(?:was|were|is|are|has been|have been|had been|has|have|had)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b")
_INNER_STOP = re.compile(r"[.!?](?=\s+[A-Z])")
_THIRD_PERSON_CUE = re.compile(
    r"\s+(?P<who>(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
    r"(?:,[^,.;:“”\"]{1,80}(?:,[^,.;:“”\"]{1,80}){0,3},)?\s+(?:said|says|told|added|insisted|warned|argued|claimed)\b"
)
_PARTICIPLE_STOP = re.compile(r",\s+(?:saying|adding|claiming|arguing|warning|insisting|stressing|noting|explaining|accusing|urging|calling)\b")


@dataclass(frozen=True)
class QuoteAnalysis:
    """Quotes of an article plus the paragraphs that only attribute a block quote (never passages
    of their own), keyed by the number of the quote paragraph they belong to."""

    quotes: list[Quote]
    attribution_lines: dict[int, int]  # quote paragraph number -> attribution paragraph number
    paragraphs: list[Paragraph]
    people: list[str]  # canonical names of everyone the article names, quoted or not


@dataclass(frozen=True)
class _Mark:
    """Words inside one pair of double quotation marks: ``start``/``end`` is the inside,
    ``closed`` is False when the quote runs on with no closing mark (multi-paragraph convention)."""

    start: int
    end: int
    closed: bool

    @property
    def outer_end(self) -> int:
        return self.end + 1 if self.closed else self.end


@dataclass
class _Cue:
    verb: str
    verb_start: int
    verb_end: int
    ent: Entity | None
    subj_start: int
    subj_end: int
    inverted: bool  # "said Blinken": the speaker follows the verb

    @property
    def start(self) -> int:
        return min(self.subj_start, self.verb_start)

    @property
    def end(self) -> int:
        return max(self.subj_end, self.verb_end)


def find_quotes(article: Article) -> list[Quote]:
    """All quotes of an article, in text order, each with its resolved speaker."""
    return analyze(article).quotes


def analyze(article: Article) -> QuoteAnalysis:
    return _Analyzer(article).run()


class _Analyzer:
    def __init__(self, article: Article) -> None:
        self.text = article.text
        self.paragraphs = paragraph_spans(self.text, article.body_start)
        self.cast = Cast(self.text, article.body_start)
        self.quotes: list[Quote] = []
        self.last: Quote | None = None  # the latest quote, for continuations
        self.last_para = -1
        self.pending: Quote | None = None  # "X told reporters:" closing a paragraph: the quote is next

    def run(self) -> QuoteAnalysis:
        text, cast = self.text, self.cast
        attribution: dict[int, int] = {}
        # Block quotes first: their paragraphs are speech as a whole, and their lines are no narration.
        for prev, line in zip(self.paragraphs, self.paragraphs[1:]):
            if prev.number in attribution.values():
                continue
            found = _attribution_line(cast, text[line.start : line.end], line.start)
            if found and _looks_like_speech(text[prev.start : prev.end]):
                ent, role = found
                s, e = _strip_marks(text, prev.start, prev.end)
                cast.note(line.start, ent, cue=True)
                cast.exclude(prev.start, prev.end)
                self.quotes.append(_quote(text, s, e, ent, role or ent.role, "block", text[line.start : line.end]))
                attribution[prev.number] = line.number
        skip = set(attribution) | set(attribution.values())
        marks = {p.number: self._repair(_quote_marks(text, p)) for p in self.paragraphs if p.number not in skip}
        for ms in marks.values():
            for m in ms:
                cast.exclude(m.start, m.end)
        self.sentences = {p.number: _sentences(text, p, marks.get(p.number, [])) for p in self.paragraphs}
        cast.set_sentences([s for ss in self.sentences.values() for s, _ in ss])
        chain: Quote | None = None  # a quote left open at the end of the previous paragraph
        for para in self.paragraphs:
            if para.number in skip:
                self.last = chain = self.pending = None
                continue
            pending, self.pending = self.pending, None
            chain = self._paragraph(para, marks[para.number], chain or pending)
        quotes = sorted(self.quotes, key=lambda q: q.start)
        people = [e.name for e in cast.entities if e.kind == "person"]
        return QuoteAnalysis(_dedupe(quotes), attribution, self.paragraphs, people)

    # -- one paragraph ------------------------------------------------------------------------
    def _paragraph(self, para: Paragraph, marks: list[_Mark], chain: Quote | None) -> Quote | None:
        text = self.text
        assigned: dict[int, Quote] = {}  # mark index -> its quote
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
            assigned[i] = self._add(_continuing(text, m, assigned[i - 1]))
        for i in range(len(marks) - 2, -1, -1):
            m = marks[i]
            if i not in assigned and not m.closed and i + 1 in assigned and assigned[i + 1].kind == "direct":
                assigned[i] = self._add(_continuing(text, m, assigned[i + 1]))
        if marks and not marks[-1].closed and len(marks) - 1 in assigned:
            return assigned[len(marks) - 1]
        return None

    def _add(self, q: Quote) -> Quote:
        if not q.text.strip():
            return q  # quotation marks round nothing
        self.quotes.append(q)
        if q.kind == "reported":
            self.cast.exclude(q.start, q.end)
        return q

    def _sentence(self, para, s, e, marks, inside, assigned, chain) -> None:
        text, cast = self.text, self.cast
        spans = [(marks[i].start - 1, marks[i].outer_end) for i in inside]
        in_mark = lambda pos: any(a <= pos < b for a, b in spans)
        cues: list[_Cue] = []
        for v in _VERB.finditer(text, s, e):
            if in_mark(v.start()):
                continue
            cue = self._cue(v, s, e, spans, cues)
            if cue is not None:
                cues.append(cue)
        taken: list[tuple[int, int]] = []  # reported spans made in this sentence
        used: set[int] = set()  # cues that attributed something
        closing: set[int] = set()  # cues that attributed the quote before them (“…,” she said)

        # 1. Quoted words right after a cue ("X said: “…”") or right before one (“…,” said X).
        for i in inside:
            m = marks[i]
            for k, c in enumerate(cues):
                if c.ent is None:
                    continue
                intro = _introduces(text, c, m, e)
                if intro or _follows(text, m, c, s, marks):
                    assigned[i] = self._add(_quote(text, *_trim_inner(text, m.start, m.end), c.ent, c.ent.role, "direct", _cue_text(text, c)))
                    used.add(k)
                    if not intro:
                        closing.add(k)
                    break
        # 2. Reported speech: the clause after the verb, or the sentence before a closing cue.
        for k, c in enumerate(cues):
            if c.ent is None or any(a <= c.verb_start < b for a, b in taken):
                continue
            if k in used and k not in closing and not _PARTICIPLE.search(c.verb):
                continue
            span = self._reported_span(c, s, e, spans, cues, after_only=k in closing)
            if span is None:
                continue
            cs, ce = span
            marks_in = [i for i in inside if cs <= marks[i].start - 1 and marks[i].end <= ce + 1]
            if any(i in assigned for i in marks_in):
                continue
            whole = [i for i in marks_in if _trim_inner(text, marks[i].start, marks[i].end) == _trim_inner(text, cs, ce) or (marks[i].start - 1 <= cs and ce <= marks[i].outer_end)]
            kind: QuoteKind = "direct" if whole else "reported"
            if whole:
                cs, ce = _trim_inner(text, marks[whole[0]].start, marks[whole[0]].end)
            q = self._add(_quote(text, cs, ce, c.ent, c.ent.role, kind, _cue_text(text, c)))
            for i in marks_in:
                assigned[i] = q
            taken.append((cs, ce))
            used.add(k)
        # 3. "according to X"
        for m in re.finditer(r"\b[Aa]ccording to\b", text[s:e]):
            pos = s + m.start()
            if in_mark(pos) or any(a <= pos < b for a, b in taken):
                continue
            q = self._according(pos, s, e, spans)
            if q is not None:
                self._add(q)
                taken.append((q.start, q.end))
                for i in inside:
                    if q.start <= marks[i].start and marks[i].end <= q.end + 1:
                        assigned[i] = q
        # 3b. "Bellamy's claim that …", "his warning that …"
        for m in _SPEECH_NOUN.finditer(text, s, e):
            if in_mark(m.start()) or any(a <= m.start() < b for a, b in taken):
                continue
            who = "who" if m.group("who") else "pro"
            ent = self._resolve({"his": "he", "her": "she", "their": "they", "its": "it"}.get(m.group(who).lower(), m.group(who)), m.start(who))
            end = _NOUN_CLAUSE_END.search(text, m.end(), e)
            if end and _n_words(text[m.end() : end.start()]) <= 3:  # the clause's own verb: "that Souness had lied"
                end = _NOUN_CLAUSE_END.search(text, end.end(), e)
            span = _span_or_none(text, m.end(), end.start() if end else e) if ent is not None else None
            if span is not None and _n_words(text[span[0] : span[1]]) >= 3:
                q = self._add(_quote(text, *span, ent, ent.role, "reported", m.group().removesuffix(" that")))
                taken.append(span)
                for i in inside:
                    if span[0] <= marks[i].start - 1 and marks[i].end <= span[1] + 1:
                        assigned[i] = q
        # 3c. "And that …" right after reported speech goes on with it.
        opening = re.match(r"(?:And|But|Also)\s+that\s+", text[s:e])
        last = self.last
        if opening and not taken and last is not None and last.kind == "reported" and self.last_para == para.number:
            span = _span_or_none(text, s + opening.end(), _clause_end(text, s + opening.end(), e))
            if span is not None:
                q = self._add(Quote(text[span[0] : span[1]], last.speaker, last.role, "reported", last.cue, *span))
                taken.append(span)
                for i in inside:
                    assigned[i] = q
        # 4. Quoted words left over: a speaker's phrase in narration, or more words of the last speaker.
        for i in inside:
            if i in assigned:
                continue
            m = marks[i]
            if any(a <= m.start < b for a, b in taken):
                continue
            q = self._fragment(m, s, cues, taken)
            if q is None and self._continues(m, s, para, chain, marks, i):
                prev = chain if (chain is not None and m.start - 1 == para.start) else self.last
                q = _continuing(text, m, prev)
            if q is not None:
                assigned[i] = self._add(q)
        # "… told reporters outside the main entrance:" ends the paragraph: the quote opens the next.
        if e == para.end and text[e - 1] == ":" and not inside:
            c = next((c for c in reversed(cues) if c.ent is not None and not any(a <= c.verb_start < b for a, b in taken)), None)
            if c is not None:
                self.pending = Quote("", c.ent.name, c.ent.role, "direct", _cue_text(text, c), e, e)
                used.add(cues.index(c))
        for k, c in enumerate(cues):
            if k in used and c.ent is not None:
                cast.note(c.subj_start, c.ent, cue=True)
        mine = [q for q in self.quotes if s <= q.start < e]
        if mine:
            self.last = max(mine, key=lambda q: q.start)
            self.last_para = para.number

    # -- cues -----------------------------------------------------------------------------------
    def _cue(self, v: re.Match, s: int, e: int, spans, cues: list[_Cue]) -> _Cue | None:
        text = self.text
        verb = v.group()
        floor = max([s] + [b for a, b in spans if b <= v.start()])
        left = text[floor : v.start()]
        if verb in _PASSIVE_VERBS and _PASSIVE.search(left):
            return None  # "was told", "it has been claimed": nobody is named as the speaker
        if re.search(r"\b(?:the|a|an|its|their|his|her)\s*$", left, re.I):
            return None  # "with the added feature": an adjective
        participle = bool(_PARTICIPLE.search(verb.split()[0])) and not verb.startswith(("is ", "was "))
        progressive = participle and re.search(r"\b(?:is|are|was|were)\s*$", left)
        if participle and not progressive:
            # "…, saying …" / "by claiming …": the speaker is the subject of the sentence.
            subj = self._sentence_subject(s, v.start(), spans)
            return _Cue(verb, v.start(), v.end(), subj[0], v.start(), v.start(), False) if subj else None
        np = None
        if not re.fullmatch(r"[\s,;:]*", left):
            np = _np_before(text, floor, v.start())
        if np is None and (re.fullmatch(r"[\s,;:]*", left) or re.search(r"[,;]\s*$", left)):
            # Inverted: “…,” said X / …, said Stuart Hensel of the EIU. / Instead, said X, …
            after = _np_after(text, v.end(), e)
            if after is not None:
                ent = self._resolve(*after)
                if ent is not None:
                    return _Cue(verb, v.start(), v.end(), ent, after[1], after[1] + len(after[0]), True)
        if np is not None:
            ent = self._resolve(*np)
            if ent is not None:
                return _Cue(verb, v.start(), v.end(), ent, np[1], np[1] + len(np[0]), False)
        # "… and said …", "… but insisted …", "… replied: “…”": the subject of the clause before.
        if re.search(r"\b(?:and|but|then)\s*$", left) or (np is None and re.match(r"\s*:", text[v.end() :])):
            prev = next((c for c in reversed(cues) if c.ent is not None), None)
            if prev is not None:
                return _Cue(verb, v.start(), v.end(), prev.ent, v.start(), v.start(), False)
            subj = self._sentence_subject(s, v.start(), spans)
            if subj is not None:
                return _Cue(verb, v.start(), v.end(), subj[0], v.start(), v.start(), False)
        return None

    def _sentence_subject(self, s: int, limit: int, spans) -> tuple[Entity, int, str] | None:
        """The subject of the sentence's main clause: "Souness dropped Bellamy …, claiming …"."""
        text = self.text
        floor = max([s] + [b for a, b in spans if b <= limit])
        if floor > s and not re.fullmatch(r"[\s,]*", text[floor:limit]):
            pass
        seg_start = s
        while seg_start < limit:
            if any(a <= seg_start < b for a, b in spans):
                seg_start = next(b for a, b in spans if a <= seg_start < b)
                continue
            chunk = text[seg_start:limit]
            lead = _LEADING.match(chunk)
            off = lead.end() if lead else len(chunk) - len(chunk.lstrip(" ,"))
            comma = chunk.find(",", off)
            if _ADVERBIAL_START.match(chunk[off:]):
                if comma == -1:
                    return None
                seg_start += comma + 1
                continue
            np = _np_forward(text, seg_start + off, limit)
            if np is not None:
                ent = self._resolve(np[0], np[1])
                if ent is not None:
                    return ent, np[1], np[0]
            if comma == -1:
                return None
            seg_start += comma + 1
        return None

    def _resolve(self, np: str, pos: int) -> Entity | None:
        """The entity a noun phrase names: a pronoun, a person, a role nominal, a body or an unnamed
        source (the last two as the article names them)."""
        cast = self.cast
        s = np.strip().rstrip(".")
        if re.fullmatch(_PRONOUN, s):
            return cast.by_pronoun(s, pos)
        lead_word = re.match(r"(\S+)\s+(?=\S)", s)
        while lead_word and lead_word.group(1).lower() in _ORG_LEADERS:  # "Rival Sony"
            pos += lead_word.end()
            s = s[lead_word.end() :]
            lead_word = re.match(r"(\S+)\s+(?=\S)", s)
        words = s.split()
        if not words:
            return None
        lead = words[0].lower()
        head = _head(words)
        # "a spokesman for Manchester's Trafford Centre": an unnamed source with its body.
        pp = re.match(r"(?:\S+\s+){0,4}?(?P<head>[a-z][\w-]*)\s+(?:for|of|at|from|with|close\s+to)\s+\S", s)
        if pp and lead in {"a", "an", "the"} and norm(pp.group("head")) in SOURCE_HEADS:
            return _source(cast, _as_named(s), pos, norm(pp.group("head")))
        # "both Plaid Cymru and the Liberal Democrats", "The Conservatives and Liberal Democrats"
        if re.search(r"\band\b", s) and words[-1][0].isupper() and all(w[0].isupper() or w in {"and", "the", "both", "Both"} for w in words):
            name = " ".join(words[1:]) if lead in {"both", "the"} else s
            return cast.add_org(name.rstrip(","), pos, plural=True)
        if len(words) == 2 and lead == "the" and norm(words[1]) in DEMONYMS:
            return cast.by_nominal(s, pos) or _source(cast, _as_named(s), pos, "person")  # "The Russian said"
        runs = [m for m in CAP_RUN.finditer(s) if m.group().lower() not in _DETERMINERS]
        if lead == "the" and runs and runs[-1].end() == len(s) and norm(words[-1]) in _PERSON_TITLES - {"executive"} and not parse_person(runs[-1].group())[1]:
            ent = cast.by_nominal(s, pos)  # "The Indonesian Economics Minister explained …"
            if ent is not None:
                return ent
        if len(words) == 1 and len(runs) == 1 and head not in PERSON_NOUNS | ORG_NOUNS and re.search(rf"\b{re.escape(s.lower())}\b", self.text):
            return None  # "Shops all over the UK …": an ordinary word that opens the sentence
        nominal = lead in _NP_DETS and (head in PERSON_NOUNS or head in ORG_NOUNS) and not words[words.index(next(w for w in words if norm(w) == head)) if any(norm(w) == head for w in words) else -1][0].isupper()
        if runs and runs[-1].end() == len(s) and not nominal:
            run = runs[-1]
            # "Detective Inspector Paul Miller of Thames Valley Police": the person, not the force.
            for part_pos, part in _split_run_parts(run.group()):
                ent = cast.by_name(part, pos + run.start() + part_pos)
                if ent is None:
                    r, person, female = parse_person(part)
                    if person is not None and len(person.split()) > 1 and lead not in _NP_DETS:
                        ent = cast.add_person(person, pos + run.start() + part_pos, r, female)
                if ent is not None:
                    return ent
            if lead in {"the", "a", "an"} or (s[0].isupper() and lead not in _DETERMINERS and runs[0].start() == 0 and len(runs) == 1):
                # "The month-old Committee to Protect Bloggers'", "the Regent Street Association", "Ofcom"
                first = next((i for i, w in enumerate(words) if w[0].isupper() and w.lower() not in _DETERMINERS), len(words) - 1)
                name = re.sub(r"(?:’s|'s|’|')$", "", " ".join(words[first:]))
                role, person, female = parse_person(name)
                if person is not None and lead not in {"the", "a", "an"}:
                    return cast.add_person(person, pos + run.start(), role, female)
                return cast.add_org(name, pos)
            role, person, female = parse_person(run.group())
            if person is not None:
                return cast.add_person(person, pos + run.start(), role, female)
            org = re.sub(r"(?:’s|'s|’|')$", "", run.group()).split()
            while len(org) > 1 and org[0].lower() in _ORG_LEADERS:
                org = org[1:]  # "Rival Sony"
            return cast.add_org(" ".join(org), pos)
        if len(words) <= 2 and re.fullmatch(r"(?:[a-z]+\s)?[a-z]{3,}[^sui]s", s) and lead not in _NP_DETS | _NOT_NP and not _has_verb(s):
            return _source(cast, s, pos, words[-1])  # "lenders have said", "estate agents said"
        if (
            len(words) >= 2 and words[-1][:1].islower() and re.fullmatch(r"[a-z]+[^s]s", words[-1])
            and all(w[:1].isupper() for w in words[:-1]) and head not in ORG_NOUNS and not _has_verb(words[-1])
        ):
            return _source(cast, s, pos, head)  # "Labour strategists", "Tory MPs": a group the article names
        if head in ORG_NOUNS or head.rstrip("s") in ORG_NOUNS:
            if lead == "the" and len(words) == 2:
                ent = cast.by_alias(head, pos)
                if ent is not None:
                    return ent
            return cast.add_org(_as_named(s), pos, plural=head not in ORG_NOUNS or head.endswith("ies"))
        if lead == "the" and len(words) == 2 and head in SOURCE_HEADS:
            # "A Labour source told the paper … the source said": the one introduced before
            earlier = cast.nearest(pos, lambda e: e.kind in {"source", "org"} and re.search(rf"\b{re.escape(words[1])}\b", e.name) is not None)
            if earlier is not None:
                return earlier
        if is_person_head(head):
            if lead in {"the", "his", "her", "their"} and head not in SOURCE_HEADS - {"official", "spokesman", "spokeswoman", "spokesperson"}:
                # A title the article has given; in the opening paragraph, the person it names next
                # ("…, says the boss of the federation. … Federation boss Vassilli Sevastis told …").
                ent = cast.by_nominal(s, pos, fallback=False) or self._named_next(s, pos, head) or cast.by_nominal(s, pos)
                if ent is not None:
                    return ent
            possessive = re.match(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:’s|'s|’|')\s", s)  # "Kostas Kenteris' lawyer"
            named = self._named_next(s, pos, head) if lead in {"a", "an"} or possessive else None
            return named or _source(cast, _as_named(s), pos, head)
        return None

    def _named_next(self, np: str, pos: int, head: str) -> Entity | None:
        """"A former Home Office minister has called for … Barbara Roche said …": a title (not a
        spokesman or a source) in the article's first paragraph is the person named right after."""
        if head in SOURCE_HEADS or not (head in ROLE_WORDS or is_person_head(head)) or not self.paragraphs or pos >= self.paragraphs[0].end:
            return None
        nxt = self.paragraphs[1] if len(self.paragraphs) > 1 else None
        if nxt is None:
            return None
        first = self.sentences[nxt.number][0] if self.sentences.get(nxt.number) else (nxt.start, nxt.end)
        for m in CAP_RUN.finditer(self.text, first[0], first[1]):
            ent = self.cast.by_name(m.group(), m.start())
            if ent is not None and ent.kind == "person":
                return ent
        return None

    # -- what was said --------------------------------------------------------------------------
    def _reported_span(self, c: _Cue, s: int, e: int, spans, cues: list[_Cue], after_only: bool = False) -> tuple[int, int] | None:
        """The reported words of a cue: the clause after the verb ("said (that) …", "told X …",
        "accused him of …"), or, when the cue closes the sentence, the words before it."""
        text = self.text
        if c.verb in {"spoke", "speaks", "branded", "labelled", "labeled", "dubbed", "called"}:
            return None  # "spoke to reporters:", "branded it “tasteless”": only quoted words follow
        start = c.end if c.inverted else c.verb_end
        rest_end = _clause_end(text, start, e)
        if re.search(r",\s*(?:who|which)\s+(?:\w+\s+)?$", text[s : c.verb_start]):
            # "Jay-Z, who said he would retire, will become …": the aside ends at the main clause
            main = re.search(rf",\s+(?:{_AUX_WORDS}|[a-z]+ed)\b", text[start:rest_end])
            if main:
                rest_end = start + main.start()
        pos = start + _AFTER_VERB.match(text, start).end() - start
        comp = _COMPLEMENT.get(c.verb)
        if comp is not None:
            # "accused him of …", "urged the finance chiefs to …": object and complement
            # (not "who asked not to be named").
            if re.match(r"\s+(?:not|to)\b", text[pos:rest_end]):
                return None
            if re.match(rf"\s+(?:[^\s.;:]+\s+){{0,16}}?{comp}\s+\S", text[pos:rest_end]):
                return _span_or_none(text, _skip_space(text, pos), rest_end)
            if c.verb not in {"asked", "asks", "asking"}:
                return None
        that = re.match(r"\s+(?:[^\s,.;:“”\"]+\s+){1,10}?that\s+", text[pos:rest_end]) if c.verb in _TOLD else None
        if that and not _has_verb(that.group()[: -len("that ")]):
            pos += that.end() - len("that ")  # "told US TV network Fox News on Sunday that …"
        elif c.verb in _TOLD:
            obj_end = _object_end(text, pos, rest_end)
            if obj_end is not None:
                after = text[obj_end:rest_end]
                if re.match(r"\s+to\s+\w", after):
                    return _span_or_none(text, _skip_space(text, pos), rest_end)
                if re.match(r"\s*:", after) or text[rest_end : rest_end + 1] == ":":
                    return None
                pos = obj_end
        opener = re.match(r"\s*,?\s*(?:(that)\s+)?", text[pos:rest_end])
        cs = pos + opener.end()
        # "said during his 22 years in Parliament he had seen …": the clause after the adverbial
        fronted = re.match(r"(?:during|in|at|on|after|before|since|over|throughout|following)\s+[^,;:“”\"]{1,60}?,?\s+(?=(?:he|she|it|they|we|I|there)\s)", text[cs:rest_end])
        if fronted and _has_verb(text[cs + fronted.end() : rest_end]):
            cs += fronted.end()
        bare = c.verb in _NP_OBJECT_VERBS and not opener.group(1) and _bare_object(text, cs, rest_end)
        relative = c.inverted and re.match(r"\s+(?:that|who|which)\s", text[start:rest_end])
        if relative:
            pass  # "says the boss of the body that cleared them": the clause describes the speaker
        elif c.inverted and text[start:cs].strip() == "," and not _has_verb(text[cs:rest_end]):
            pass  # "…, said Jason Stilwell, a manager at the county office.": an aside, not words
        elif after_only:
            # “…,” he said in response to … / said Henrik Dahl, chairman of …: no second quote
            if text[start:cs].strip() or not _has_verb(text[cs:rest_end]) or not _clause_ok(text, cs, rest_end):
                return None
            return _span_or_none(text, cs, rest_end)
        elif _clause_ok(text, cs, rest_end, after_that=bool(opener.group(1))) and not bare:
            return _span_or_none(text, cs, rest_end)
        # "…, he said." / "…, said Stuart Hensel of the EIU.": the words before the cue.
        be = c.start
        while be > s and text[be - 1] == " ":
            be -= 1
        if be == c.start and not c.inverted or be <= s or text[be - 1] != ",":
            return None
        be -= 1
        if _n_words(text[s:be]) < 3 or re.fullmatch(r"[“\"][^“”\"]*[”\"]", text[s:be].strip()):
            return None
        # Only a cue that closes its sentence ("…, he said in response.") has its words before it;
        # and those words are a clause, not the speaker's title ("The union's leader, Bea Carr, warned of …").
        rest = text[c.end : e]
        aside = (re.match(r",\s+", rest) and not _has_verb(rest)) or (c.inverted and re.match(r"\s+(?:that|who|which)\s", rest))
        if re.search(r"[“”\"]", rest) or (_n_words(rest) > 6 and not aside) or not _has_verb(text[s:be]):
            return None
        return s, be

    def _according(self, pos: int, s: int, e: int, spans) -> Quote | None:
        """"according to X, …" / "…, according to X, a hydrologist." / "According to a new book,
        Brown's Britain, …": the words on the side that is a clause."""
        text = self.text
        np = _np_after(text, pos + len("according to"), e)
        if np is None:
            return None
        np_end = np[1] + len(np[0])
        named = re.match(rf",\s+({CAP_RUN.pattern}),", text[np_end:e])
        if named and np[0].split()[0].lower() in {"a", "an", "the"}:
            np = named.group(1), np_end + named.start(1)
            np_end = np[1] + len(np[0]) + 1
        ent = self._resolve(*np) or self.cast.add_org(_as_named(np[0]), np[1], plural=np[0].endswith("s"))
        cue = text[pos : np[1] + len(np[0])]
        be = pos
        while be > s and text[be - 1] in " ,":
            be -= 1
        before = text[s:be]
        tail = re.match(r",\s+[^,;:]*?(?=[,;:]|[.!?]?$)", text[np_end:e])
        appositive = tail is None or re.match(r",\s+(?:a|an|the)\s", tail.group()) or not _has_verb(tail.group())
        closes = tail is None and not text[np_end:e].strip(" .!?") or (
            tail is not None and appositive and not text[np_end + tail.end() : e].strip(" .!?")
        )  # "…, according to John Houlihan, editor of the magazine."
        if _n_words(before) >= 3 and ((_has_verb(before) and appositive) or closes):
            return _quote(text, s, be, ent, ent.role, "reported", cue)
        cs = np_end + re.match(r"[\s,]*", text[np_end:e]).end()
        ce = _clause_end(text, cs, e)
        if not _clause_ok(text, cs, ce):
            return None
        span = _span_or_none(text, cs, ce)
        return _quote(text, span[0], span[1], ent, ent.role, "reported", cue) if span else None

    def _repair(self, marks: list[_Mark]) -> list[_Mark]:
        """A quote that never closes (a typo) and runs on into narration with its own cue ("… having
        one. Mr Hopkins said that …") ends before that sentence."""
        out: list[_Mark] = []
        for m in marks:
            if not m.closed:
                for b in _INNER_STOP.finditer(self.text, m.start, m.end):
                    cue = _THIRD_PERSON_CUE.match(self.text, b.end(), m.end)
                    if cue and self.cast.by_name(cue.group("who"), cue.start("who")) is not None:
                        end = b.start() + 1
                        m = _Mark(m.start, end, False)
                        break
            out.append(m)
        return out

    def _fragment(self, m: _Mark, s: int, cues: list[_Cue], taken) -> Quote | None:
        """A speaker's quoted phrase inside narration: ``admitted “big challenges”``,
        ``described by Sharon as “…”``, ``called him “a disgrace”``."""
        text = self.text
        before = text[s : m.start - 1]
        naming = re.search(r"\b(called|branded|labell?ed|dubbed)\s+(?:him|her|them|it|[A-Z][\w’'-]+)\s*$", before)
        if _SCARE_BEFORE.search(before) and not (naming and any(c.verb == naming.group(1) and c.ent is not None for c in cues) or re.search(r"\bcalled\s+(?:him|her|them|it|\w+)\s*$", before)):
            return None  # "the so-called …", "a group known as …": a name, not somebody's words
        agent = re.search(
            r"\b(?:praised|described|criticised|criticized|condemned|hailed|attacked|accused|branded|labelled|quoted|slammed)\s+by\s+(?P<np>[^,.;:“”\"]{1,60}?)\s+(?:as|for|of)\s+(?:[^,.;:“”\"]{0,40}\s)?$",
            before,
        )
        if agent:
            np = agent.group("np")
            pos = s + agent.start("np")
            ent = self._resolve(np, pos) or self.cast.add_org(_as_named(np), pos, plural=np.endswith("s"))
            return _quote(text, *_trim_inner(text, m.start, m.end), ent, ent.role, "direct", agent.group().strip())
        called = re.search(r"(?P<np>\b[A-Z][\w’'-]+|\b(?:he|she|they))\s+(?:had\s+|has\s+)?called\s+(?:him|her|them|it|[A-Z][\w’'-]+)\s*$", before)
        if called:
            ent = self._resolve(called.group("np"), s + called.start("np"))
            if ent is not None:
                return _quote(text, *_trim_inner(text, m.start, m.end), ent, ent.role, "direct", called.group().strip())
        for c in reversed(cues):
            if c.ent is None or c.verb_end > m.start or any(a <= c.verb_start < b for a, b in taken):
                continue
            between = text[c.verb_end : m.start - 1]
            if _n_words(between) > 12 or re.search(r"[;:]|\b(?:and|but)\s+(?:was|were|did|had|has)\b", between):
                return None
            return _quote(text, *_trim_inner(text, m.start, m.end), c.ent, c.ent.role, "direct", _cue_text(text, c))
        return None

    def _continues(self, m: _Mark, s: int, para: Paragraph, chain, marks, i) -> bool:
        """Quoted words with no cue that carry on the last speaker: a sentence (or paragraph) that
        opens with a quotation mark right after someone spoke."""
        text = self.text
        if chain is not None and m.start - 1 == para.start:
            return True
        if self.last is None or self.last_para < para.number - 1:
            return False
        opens_sentence = m.start - 1 == s or (i > 0 and not marks[i - 1].closed and marks[i - 1].end <= m.start)
        if not opens_sentence:
            return False
        words = _n_words(text[m.start : m.end])
        return words >= 4 or (words >= 2 and text[m.start : m.end].rstrip("’' ")[-1:] in ".!?")


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


# -- quotation marks and sentences ----------------------------------------------------------------
def _quote_marks(text: str, para: Paragraph) -> list[_Mark]:
    """Spans inside double quotation marks in one paragraph. A quote still open when the next one
    opens, or at the paragraph's end, ends there unclosed (the multi-paragraph convention, also when
    its paragraphs are run together on one line). A short quoted word inside an open quote
    ('going to "fake" an injury') is nested and stays part of it."""
    marks: list[_Mark] = []
    opened: int | None = None
    i = para.start
    while i < para.end:
        c = text[i]
        if c == '"':
            before = text[i - 1] if i > para.start else " "
            after = text[i + 1] if i + 1 < para.end else " "
            if before.isspace() or before in "([{—–-/" or i == para.start:
                kind = "open" if not after.isspace() or opened is None else "close"
            elif after.isspace() or after in ".,;:!?)]}—–-’'" or i + 1 == para.end:
                kind = "close"
            else:
                kind = "close" if opened is not None else "open"
            if kind == "open" and opened is not None:
                nxt = text.find('"', i + 1, para.end)
                inner = text[i + 1 : nxt] if nxt != -1 else ""
                if nxt != -1 and _n_words(inner) <= 4 and not re.search(r"[.!?]", inner) and re.match(r"\s*[a-z]", text[nxt + 1 : nxt + 4]):
                    i = nxt + 1  # nested: skip the inner pair
                    continue
        elif c in _OPEN:
            kind = "open"
        elif c in _CLOSE:
            kind = "close"
        else:
            i += 1
            continue
        if kind == "open" and opened is None:
            # A nickname inside a name (Antonio "LA" Reid) is no quote.
            nick = re.match(r"[\"“]([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)[\"”]\s+[A-Z]", text[i : i + 40])
            if nick and re.search(r"[A-Z][\w’'-]+\s$", text[max(para.start, i - 30) : i]):
                i += len(nick.group(1)) + 2
                continue
        if kind == "open":
            if opened is not None:
                end = i
                while end > opened and text[end - 1].isspace():
                    end -= 1
                if end > opened:
                    marks.append(_Mark(opened, end, False))
            opened = i + 1
        elif opened is not None:
            marks.append(_Mark(opened, i, True))
            opened = None
        i += 1
    if opened is not None and para.end - opened > 1:
        marks.append(_Mark(opened, para.end, False))
    return [m for m in marks if text[m.start : m.end].strip()]


_STOP = re.compile(r"[.!?…]+(?=\s+[(\[“‘\"'«A-Z0-9])")


def _sentences(text: str, para: Paragraph, marks: list[_Mark]) -> list[tuple[int, int]]:
    """Sentences of a paragraph with each quote kept whole: a stop inside quotation marks ends the
    sentence only when the quote ends there and no cue ("…?” she asked) follows it."""
    bounds: list[int] = []
    starts = [m.start - 1 for m in marks]  # marks are in order and do not overlap
    for m in _STOP.finditer(text, para.start, para.end):
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and m.start() < marks[k].outer_end:
            continue
        if m.group().startswith(".") and _is_abbreviation(text, m.start(), para.start):
            continue
        bounds.append(m.end())
    for mk in marks:
        if not mk.closed:
            if mk.end < para.end:
                bounds.append(mk.end)
            continue
        inner = text[mk.start : mk.end].rstrip("’' ")
        after = text[mk.outer_end : para.end]
        if inner[-1:] in ".!?" and re.match(r"\s+[“\"A-Z0-9]", after):
            cue = re.match(r"\s+([^.!?“”\":]{0,80})(?:[.!?,]|$)", after)
            if cue and not re.match(r"\s+[“\"]", after) and _closing_cue(cue.group(1)):
                continue
            bounds.append(mk.outer_end)
    out: list[tuple[int, int]] = []
    pos = para.start
    for b in sorted(set(bounds)):
        if pos < b <= para.end:
            out.append((pos, b))
            pos = b
    out.append((pos, para.end))
    trimmed = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            trimmed.append((s, e))
    return trimmed


def _closing_cue(words: str) -> bool:
    """Is ``words`` (after “…?”) the cue that closes the quote ("Mr Smith asked", "asked opposition
    leader Mark Olsen") rather than a new sentence ("The council said it was investigating")?"""
    v = _VERB.search(words)
    if v is None or _n_words(words) > 10:
        return False
    rest = words[v.end() :]
    if _has_verb(rest):
        return False
    return _n_words(rest) <= (7 if not words[: v.start()].strip() else 4)


def _introduces(text: str, c: _Cue, m: _Mark, e: int) -> bool:
    """``X said: “…”``, ``X told BBC News: “…”``, ``said Mr Hopkins, “…”``, ``added that “…”.``:
    the cue opens the quote."""
    if c.end > m.start - 1:
        return False
    between = text[c.end : m.start - 1]
    if re.fullmatch(r"\s*[:,]\s*", between) or re.fullmatch(r"(?:\s+[^\s“”\"]+){1,8}?\s*:\s*", between):
        return True
    ends_sentence = re.fullmatch(r"[\s.!?’']*", text[m.outer_end : e]) is not None
    return ends_sentence and bool(re.fullmatch(r"\s+(?:that\s+)?", between)) and _n_words(text[m.start : m.end]) >= 3


def _follows(text: str, m: _Mark, c: _Cue, s: int, marks: list[_Mark]) -> bool:
    """``“…,” said X`` / ``“…,” X said``: the cue comes right after the closing mark of a quote
    that opens its clause (not ``called him “a disgrace”, Wenger added: “…”``)."""
    if not m.closed or c.start < m.outer_end or not re.fullmatch(r"[\s,]*", text[m.outer_end : c.start]):
        return False
    return not re.match(r"[^.!?“”\"]*:\s*[“\"]", text[c.end :])  # not when it introduces the next quote


def _clause_end(text: str, start: int, e: int) -> int:
    """Where reported words end: the sentence end, or before "…, but did not …", "… and said …"
    (a verb phrase coordinated with the speech verb) or "…, adding …"."""
    end = e
    for pat in (_COORD_STOP, _PARTICIPLE_STOP, _NEW_CUE):
        m = pat.search(text, start, e)
        if m and m.start() < end and _n_words(text[start : m.start()]) >= 1:
            end = m.start()
    return _sentence_end(text, end)


def _clause_ok(text: str, cs: int, ce: int, after_that: bool = False) -> bool:
    """Do the words at ``cs`` open a reported clause (not "to the BBC", not one word)?"""
    if text[cs : cs + 1] in ":;,." or _n_words(text[cs:ce]) < (2 if re.match(r"(?:it|he|she|they|we|I)\s", text[cs:ce]) else 3):
        return False
    if text[cs : cs + 1] in "“\"‘'" or after_that:
        return True
    first = re.match(r"[\w’'-]+", text[cs:ce])
    if first is None:
        return False
    if first.group().isupper() and len(first.group()) > 1:
        return True  # "US firms added …" (not the pronoun "us")
    w = first.group().lower()
    if w in _PREPOSITIONS:
        # "about 8,500 vehicles", "over 100 people": a quantity, not a place
        return bool(re.match(r"(?:about|over|around|under|up to|at least|at most|more than|less than|fewer than|nearly|almost)\s+[\d£$€]", text[cs:ce]))
    return w not in _NOT_NP or w in _CLAUSE_OPENERS


def _bare_object(text: str, cs: int, ce: int) -> bool:
    """"confirmed the news on Monday", "denied the charges": a noun phrase, not what was said."""
    chunk = text[cs:ce]
    first = chunk.split(" ", 1)[0].lower()
    if _has_verb(chunk) or re.search(r"[“”\"]", chunk):
        return False
    # "confirmed the news on Monday", "added only 146,000 jobs in January"
    return first in _NP_DETS or first in {"only", "just", "some", "about", "nearly", "almost", "more", "another"} or first[:1].isdigit()


def _has_verb(chunk: str) -> bool:
    return bool(re.search(
        r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do|took|made|"
        r"went|came|gave|got|put|left|spoke|told|felt|kept|began|ran|saw|won|lost|sold|paid|met|rose|fell|grew|"
        r"held|led|brought|bought|thought|found|became|set|said|need|needs|want|wants|remain|remains|seem|seems|"
        r"mean|means|take|takes|make|makes|go|goes|work|works|look|looks|get|gets|come|comes|becomes|show|"
        r"shows|face|faces|lack|lacks|expect|expects|plan|plans|hope|hopes|believe|believes|know|knows)\b|\b[a-z]+ed\b",
        chunk,
    ))


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _source(cast: Cast, name: str, pos: int, head: str) -> Entity:
    """An unnamed speaker as the article names it: "a spokesman" (he), "analysts" (they)."""
    plural = head.endswith("s") and head not in {"boss", "police"} or head == "police"
    ent = cast.add_org(name, pos, plural=plural)
    if not plural and ent.kind == "org":
        ent.kind = "source"
        ent.female = True if head.endswith("woman") else False if head.endswith("man") else None
    return ent


def _object_end(text: str, pos: int, limit: int) -> int | None:
    """End of the person or outlet told: "told him", "told BBC Radio 4's Today programme",
    "told reporters", "told an investors' conference in Kiev"."""
    rest = text[pos:limit]
    m = re.match(r"\s+(?:him|her|them|us|me|you|it)\b", rest)
    if m:
        return pos + m.end()
    m = re.match(
        r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?:[A-Z0-9][\w’'.&-]*|with)\s+){0,6}(?:[A-Z0-9][\w’'.&-]*)(?:\s+(?:"
        + _OBJECT_ALT
        + r")\b)?(?:\s+in\s+[A-Z]\w+)?",
        rest,
    )
    if m and m.group().strip() not in {"the", "a", "an"}:
        return pos + m.end()
    m = re.match(
        r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w’'-]+\s+){0,3}(?:" + _OBJECT_ALT + r")\b(?:\s+in\s+[A-Z]\w+)?",
        rest,
    )
    if m:
        return pos + m.end()
    return None


# -- noun phrases ---------------------------------------------------------------------------------
def _np_words(chunk: str) -> list[tuple[str, int]]:
    return [(m.group(), m.start()) for m in re.finditer(r"[\w’'.&-]+", chunk)]


def _np_tail(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The noun phrase that ends at ``end`` (reading back from a verb), or None."""
    chunk = text[start:end]
    words = _np_words(chunk)
    if not words:
        return None
    if re.search(r"[\w’'.]\s*$", chunk) is None:
        return None
    i = len(words)
    while i > 0:
        w, _ = words[i - 1]
        lw = w.lower()
        if lw in _NP_DETS:
            before_prep = words[i - 3][0] if i >= 3 else ""
            det_led = i >= 4 and words[i - 4][0].lower() in _NP_DETS  # "a motion by the defence lawyers"
            if i >= 3 and words[i - 2][0].lower() in _NP_PREPS and (is_person_head(norm(before_prep)) or before_prep[:1].isupper() or det_led):
                i -= 1
                continue  # "a spokeswoman for the Riverside Mall": the article inside the phrase
            i -= 1
            break
        if lw in _NP_PREPS and i < len(words):
            nxt = words[i][0]
            if not (lw == "of" or nxt[0].isupper() or nxt.lower() in _NP_DETS):
                break
        elif lw in {"and", "to"} and i < len(words) and words[i][0][0].isupper() and i > 1 and words[i - 2][0][0].isupper():
            pass  # "Plaid Cymru and the Liberal Democrats", "Committee to Protect Bloggers"
        elif (lw in _NOT_NP and not (w.isupper() and len(w) > 1)) or (lw.endswith("ly") and not w[0].isupper() and len(lw) > 4):
            break  # ("the US" is a name, "us" is not)
        if len(words) - i >= 16:
            break
        i -= 1
    np_words = words[i:]
    # Drop leading time adverbials and prepositions: "Last month Australia's …", "on Wednesday Prime …".
    while np_words and (np_words[0][0].lower() in _NP_PREPS | {"last", "this", "next", "on", "in"} or norm(np_words[0][0]) in _TIME_WORDS):
        np_words = np_words[1:]
    while np_words and np_words[0][0].lower() in {"of", "for", "at", "in", "from", "and"}:
        np_words = np_words[1:]
    if not np_words:
        return None
    s = start + np_words[0][1]
    np = text[s:end].strip()
    if not np:
        return None
    # "In a panel discussion at a Linux summit in California Mr Torvalds": only the name.
    runs = list(CAP_RUN.finditer(np))
    if runs and runs[-1].end() == len(np) and parse_person(runs[-1].group())[1]:
        run = runs[-1]
        honorific = re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Baroness|Prof)\.?\s", run.group())
        lead = np[: run.start()].split()
        if honorific and honorific.start() > 0:
            return np[run.start() + honorific.start() :], s + run.start() + honorific.start()
        if any(w in {"in", "at", "on", "during", "with", "after", "before"} for w in lead):
            return run.group(), s + run.start()
    head = _head(np.split())
    if len(np_words) <= 2 and re.fullmatch(r"(?:[a-z]+\s)?[a-z]{3,}[^sui]s", np) and np_words[0][0] not in _NP_DETS | _NOT_NP:
        return np, s  # "lenders have said", "estate agents said": a group the article does not name
    if not (any(w[0].isupper() for w, _ in np_words) or is_person_head(head) or head in ORG_NOUNS or head.rstrip("s") in ORG_NOUNS):
        return None
    return np, s


def _np_before(text: str, floor: int, verb: int) -> tuple[str, int] | None:
    """The noun phrase that says the verb at ``verb``: "Blinken said", "the finance minister said",
    "Curt Hopkins, director of the Committee, told", "the Scottish National Party which accused"."""
    left = text[floor:verb]
    stripped = _TRAIL_AUX.sub("", left)
    while stripped != left:
        left = stripped
        stripped = _TRAIL_AUX.sub("", left)
    m = re.search(rf"(?:^|[\s,(—–-])({_PRONOUN})\s*$", left)
    if m:
        return m.group(1), floor + m.start(1)
    end = floor + len(left.rstrip())
    close = _CLOSE_TO.search(text, floor, end)
    if close:
        return close.group().strip(), close.start() + len(close.group()) - len(close.group().lstrip())
    rel = re.search(r",?\s+(?:which|who)\s*$", text[floor:end])
    if rel:
        end = floor + rel.start()
    # Comma- or dash-separated segments back to the clause start.
    cuts = [floor] + [floor + x.end() for x in re.finditer(r"[,;:(]|\s[—–-]\s|\)", text[floor:end])]
    segments = list(zip(cuts, cuts[1:] + [end]))
    last_a, last_b = segments[-1]
    cand = _np_tail(text, last_a, last_b) if text[last_a:last_b].strip() else None
    if cand is not None and not _appositive(cand[0]):
        return cand
    # "Curt Hopkins, director of the Committee, told": the first segment that is a noun phrase
    # on its own is the subject; the rest describe it.
    found = []
    for k, (a, b) in enumerate(segments[:-1]):
        # Only asides may stand between a subject and its verb: no clause of their own
        # ("Called Speegle, it has the look of …, with the added …" names no speaker).
        between = [text[x:y].strip() for x, y in segments[k + 1 :]]
        if any(_has_verb(seg) and re.match(r"(?:it|he|she|they|we|I|there|this)\b", seg, re.I) for seg in between):
            continue
        seg = text[a:b]
        core_end = a + len(seg.rstrip(" ,;:(—–-)"))
        lead = _LEADING.match(seg)
        a2 = a + (lead.end() if lead else len(seg) - len(seg.lstrip()))
        if a2 >= core_end or _ADVERBIAL_START.match(text[a2:core_end]):
            continue
        np = _np_tail(text, a2, core_end)
        # An aside never opens the clause: "A local official, who asked not to be named, said".
        if np is not None and np[1] == a2 and (not _appositive(np[0]) or (a, b) == segments[0]):
            found.append(np)
    # "The new President, Viktor Yushchenko, has said": the name rather than the title.
    named = [
        np for np in found
        if any(not all(_is_title_word(w) or w.lower() in _QUANTIFIERS for w in r.group().split()) for r in CAP_RUN.finditer(np[0]) if r.group().lower() not in _DETERMINERS)
    ]
    people = [np for np in named if parse_person(CAP_RUN.findall(np[0])[-1])[1]]
    return (people or named or found or [cand])[0]


def _is_title_word(word: str) -> bool:
    return norm(word) in ROLE_WORDS


_head = nominal_head


def _appositive(np: str) -> bool:
    """"director of the Committee", "an executive at Xstrata": words that describe a subject."""
    first = np.split()[0]
    return (first[0].islower() and first not in {"the", "both", "police", "experts", "analysts", "critics"}) or first in {"a", "an"}


def _np_forward(text: str, start: int, limit: int) -> tuple[str, int] | None:
    """The noun phrase that opens a clause: "Souness", "The government", "G7 ministers",
    "Oxfam senior policy adviser Max Lawson" (up to its verb)."""
    words = _np_words(text[start:limit])
    if not words or words[0][1] > 2:
        return None
    if re.fullmatch(_PRONOUN, words[0][0]):
        return words[0][0], start + words[0][1]
    taken: list[tuple[str, int]] = []
    for w, off in words:
        lw = w.lower()
        if taken and text[start + taken[-1][1] + len(taken[-1][0]) : start + off].strip():
            break  # punctuation between words
        if lw in _NOT_NP and not (lw in {"and", "to"} and taken and taken[-1][0][0].isupper()):
            break
        if lw in _NP_PREPS and lw != "of" and not (taken and taken[-1][0][:1].islower()):
            break
        if taken and w[0].islower():
            prev_cap = taken[-1][0][0].isupper()
            known = lw in PERSON_NOUNS or lw in ORG_NOUNS or lw.rstrip("s") in PERSON_NOUNS | ORG_NOUNS or lw in ROLE_WORDS
            verbish = (lw.endswith(("ed", "ly")) and "-" not in lw) or (prev_cap and not known) or lw in _IRREGULAR_PAST
            if verbish and taken[-1][0].lower() not in _NP_DETS:
                break
        taken.append((w, off))
        if len(taken) >= 9:
            break
    while taken and taken[-1][0].lower() in {"of", "and", "the", "to", "for", "at", "in", "from"}:
        taken.pop()
    if not taken:
        return None
    # "Oxfam senior policy adviser Max Lawson": a name ends the phrase when one comes after titles.
    s = start + taken[0][1]
    e = start + taken[-1][1] + len(taken[-1][0])
    head = _head([w for w, _ in taken])
    if not (any(w[0].isupper() for w, _ in taken) or head in PERSON_NOUNS or head in ORG_NOUNS or head.rstrip("s") in ORG_NOUNS):
        return None
    return text[s:e], s


def _np_after(text: str, pos: int, limit: int) -> tuple[str, int] | None:
    """The speaker named after the verb: "said Blinken", "said Stuart Hensel of the EIU",
    "said Daiwa Securities analyst Mark Pervan", "said the minister, Jack Smith"."""
    rest = text[pos:limit]
    m = re.match(r"\s+", rest)
    if not m:
        return None
    s = pos + m.end()
    p = re.match(rf"{_PRONOUN}\b", text[s:limit])
    if p:
        return p.group(), s
    words = _np_words(text[s:limit])
    taken: list[tuple[str, int]] = []
    for w, off in words:
        lw = w.lower()
        if taken and text[s + taken[-1][1] + len(taken[-1][0]) : s + off].strip():
            break
        if lw in _NP_PREPS and taken and taken[-1][0][0].isupper() and taken[-1][0].lower() not in _DETERMINERS:
            break
        if lw in {"at", "in", "on", "outside", "during", "after", "before", "when", "while", "as", "who", "which", "to", "and", "but", "that", "with", "from", "about", "over"}:
            break
        if lw in _NOT_NP and lw not in _DETERMINERS and not (w.isupper() and len(w) > 1):
            break
        taken.append((w, off))
        if len(taken) >= 9:
            break
    while taken and taken[-1][0].lower() in _DETERMINERS | {"of", "for"}:
        taken.pop()
    if not taken:
        return None
    e = s + taken[-1][1] + len(taken[-1][0])
    np = text[s:e].rstrip(".")
    # "said the minister, Jack Smith": the name in apposition is the speaker.
    appo = re.match(rf",\s+({CAP_RUN.pattern})(?=\s*[,.;:]|\s*$)", text[e:limit])
    if appo and np.split()[0].lower() in _DETERMINERS and parse_person(appo.group(1))[1]:
        return appo.group(1), e + appo.start(1)
    return np, s


def _split_run_parts(run: str) -> list[tuple[int, str]]:
    return _split_run(0, run)


def _as_named(np: str) -> str:
    """An unnamed source or body as the article names it, without a sentence-initial capital."""
    np = np.strip()
    first, _, rest = np.partition(" ")
    if first in {"The", "A", "An", "Both"} and rest:
        return first.lower() + " " + rest if first != "Both" else rest
    return np


# -- small helpers --------------------------------------------------------------------------------
def _continuing(text: str, m: _Mark, previous: Quote) -> Quote:
    """Quoted words with no cue of their own that carry on ``previous``'s speaker."""
    s, e = _trim_inner(text, m.start, m.end)
    return Quote(text[s:e], previous.speaker, previous.role, "direct", previous.cue, s, e)


def _cue_text(text: str, c: _Cue) -> str:
    """The attributing words; a subject kept apart from its verb by an aside is joined to it
    ("Grace Lindqvist, a union representative …, told" → "Grace Lindqvist told")."""
    if not c.inverted and c.subj_end < c.verb_start and re.search(r"[,(—–]", text[c.subj_end : c.verb_start]):
        return " ".join(f"{text[c.subj_start : c.subj_end]} {text[c.verb_start : c.verb_end]}".split())
    return " ".join(text[c.start : c.end].split())


def _span_or_none(text: str, cs: int, ce: int) -> tuple[int, int] | None:
    ce = _sentence_end(text, ce)
    while ce > cs and text[ce - 1] in " ,;:":
        ce -= 1
    if ce - cs < 2 or _n_words(text[cs:ce]) < 2 or not _CONTENT_OK.match(text[cs : cs + 1]):
        return None
    return cs, ce


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
