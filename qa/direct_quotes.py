"""Direct quotes: quoted words a cue opens or closes, a speaker's quoted phrase inside narration,
and quoted words that carry on the last speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .noun_phrases import as_named
from .quote_clauses import has_verb, n_words, quote, trim_inner
from .quote_cues import ArticleState, Cue, cue_text
from .quote_marks import Mark
from .quote_patterns import INNER_STOP, PRONOUN, SCARE_BEFORE, THIRD_PERSON_CUE, VERB
from .reported_speech import UNATTRIBUTED
from .speakers import Mention
from .text import Paragraph
from .types import Quote


# "was hailed for his", "were labelled a", "has been described as", "was called the": a passive speech
# act whose subject is who the words are about.
_PASSIVE_FRAGMENT = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:(?:\w+ly|later|also|once|often|since|then|even)\s+)?(?P<verb>hailed|praised|branded|labell?ed|dubbed|called|described|critici[sz]ed|condemned|attacked|slammed|dismissed)"
    r"\s+(?:(?:as|for)\s+)?(?:(?:a|an|the|his|her|its|their|being)\s+)?$"
)
# "what he called", "what Kelso Data calls an", "what they describe as a": a speaker calling the thing
# that the quoted words after it name.
_WHAT_CALLED = re.compile(
    r"\bwhat\s+(?P<np>he|she|they|it|[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})\s+(?:(?:has|had|have)\s+)?"
    r"(?:called|calls|call|termed|terms|described\s+as|describes\s+as|describe\s+as|dubbed|branded|labell?ed|referred\s+to\s+as|refers\s+to\s+as)\s+(?:(?:an?|the)\s+)?$"
)

# The agent after a passive's quoted words, up to the end of its phrase: "… “reckless” and “wrong” by the
# Kelso Rights Group (KRG).", "… by union leader Tom Hale on Monday", "… by the Tories, who said …" (also
# before the agent's own speech in a relative clause with no comma: "… by the Tories who said …"; a
# relative clause that only describes the agent stays with it: "by scouts who saw them live").
_BY_AGENT = re.compile(
    r"(?:\s*(?:,|and|or)\s*[“\"][^“”\"]*[”\"])*\s+by\s+(?P<np>[^,.;:“”\"()]{1,60}?)"
    r"(?=\s*(?:[,.;:(]|$)|\s+(?:in|on|at|after|over|last|this|during|when|because|for)\s"
    r"|\s+(?:who|which)\s+(?:[a-z]+ly\s+|also\s+)?(?:said|says|added|argued|claimed|warned|told|insisted|accused|called)\b)"
)


def _any_in(ordered: list, lo: int, hi: int, key=None) -> bool:
    """Whether an item of ``ordered`` (sorted by ``key``) lies in ``[lo, hi)``, by bisection."""
    i = bisect_left(ordered, lo, key=key)
    return i < len(ordered) and (ordered[i] if key is None else key(ordered[i])) < hi


def introduces(text: str, c: Cue, m: Mark, e: int) -> bool:
    """``X said: “…”``, ``X told BBC News: “…”``, ``said Mr Hopkins, “…”``, ``added that “…”.``:
    the cue opens the quote."""
    if c.end > m.start - 1:
        return False
    between = text[c.end : m.start - 1]
    if re.fullmatch(r"\s*[:,]\s*", between):
        return True
    if re.fullmatch(r"(?:\s+[^\s“”\"]+){1,8}?\s*:\s*", between) and not VERB.search(between):
        return True  # (not "X, who insists he is not bitter, said: “…”": the later verb opens it)
    ends_sentence = re.fullmatch(r"[\s.!?’']*", text[m.outer_end : e]) is not None
    return ends_sentence and bool(re.fullmatch(r"\s+(?:that\s+)?", between)) and n_words(text[m.start : m.end]) >= 3


def follows(text: str, m: Mark, c: Cue, s: int, marks: list[Mark]) -> bool:
    """``“…,” said X`` / ``“…,” X said``: the cue comes right after the closing mark of a quote
    that opens its clause (not ``called him “a disgrace”, Wenger added: “…”``)."""
    if not m.closed or c.start < m.outer_end or not re.fullmatch(r"[\s,]*", text[m.outer_end : c.start]):
        return False
    if re.search(r"[\w)]\s*$", text[s : m.start - 1]) and not re.search(r"[:—–-]\s*$", text[s : m.start - 1]):
        return False  # "… breaking its “golden rule”, a report suggests": a fragment of reported words
    if text[m.start : m.end].rstrip("’' ")[-1:] == "." and text[c.start : c.start + 1].isupper() and (
        re.match(r"\s+that\s", text[c.end :]) or has_verb(re.split(r"[.!?](?:\s|$)", text[c.end :], maxsplit=1)[0])
    ):
        return False  # "“… as in the past weeks.” Economists say that …": a new sentence with words of its own
    return not re.match(r"[^.!?“”\"]*:\s*[“\"]", text[c.end :])  # not when it introduces the next quote


def continuing(text: str, m: Mark, previous: Quote) -> Quote:
    """Quoted words with no cue of their own that carry on ``previous``'s speaker."""
    s, e = trim_inner(text, m.start, m.end)
    return Quote(text[s:e], previous.speaker, previous.role, "direct", previous.cue, s, e)


# A sentence of narration inside a quote left open: a third-person speaker and a speech verb opening it
# ("He said that …", "All companies said they …") or closing it ("…, he said."), or a turn to another
# speaker ("Meanwhile, Kelso FA spokesman Tom Hale … said …"), with no first or second person in it.
_PRONOUN_NARRATION = re.compile(
    r"\s*(?:(?:He|She|(?:All|Most|Many|Some|Both)\s+(?:the\s+)?[a-z]+s)\s+(?:also\s+|later\s+)?(?:said|added|told|insisted|accepted|argued|claimed|warned)\s+(?:that\s+)?[a-z]"
    r"|[^“”\"]*,\s+(?:he|she)\s+(?:said|added)\.\s*$"
    r"|\s*(?:Meanwhile|Elsewhere),\s+[^“”\"]*\b(?:said|says|told|added)\b)"
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|we|we're|we've|us|our|you|your)\b|\b(?:We|You|My|Our)\b")


class DirectReader(ArticleState):
    """Quoted words with no cue right beside them (mixed into the analyzer)."""

    def _repair(self, marks: list[Mark]) -> list[Mark]:
        """A quote that never closes (a typo) and runs on into narration with its own cue ("… having
        one. Mr Hopkins said that …") ends before that sentence; so does one that runs on to a cue
        and a colon opening the next quote ("… for a second. Club boss Ian Roe said: “…”")."""
        out: list[Mark] = []
        for m in marks:
            if not m.closed:
                stops = list(INNER_STOP.finditer(self.text, m.start, m.end))
                for k, b in enumerate(stops):
                    cue = THIRD_PERSON_CUE.match(self.text, b.end(), m.end)
                    sentence = self.text[b.end() : stops[k + 1].start() + 1 if k + 1 < len(stops) else m.end]
                    if (cue and (self.cast.by_name(cue.group("who"), cue.start("who")) is not None or not _FIRST_PERSON.search(sentence))) or _PRONOUN_NARRATION.match(sentence) and not _FIRST_PERSON.search(sentence):
                        # (or "He said that police should …", "He accepted that …, he said.": a speaker's
                        # own words in the third person with no "I" or "we" in them are narration)
                        end = b.start() + 1
                        m = Mark(m.start, end, False)
                        break
                else:
                    last = self.text[stops[-1].end() : m.end] if stops else ""
                    # (longer when a person the article named speaks there: "In reference to his
                    # family on the stage with him, Mr Milburn said:")
                    named = (cue := THIRD_PERSON_CUE.search(last)) is not None and self.cast.by_name(cue.group("who"), stops[-1].end() + cue.start("who")) is not None
                    if last.rstrip().endswith(":") and VERB.search(last) and (n_words(last) <= 12 or named and not _FIRST_PERSON.search(last)):
                        m = Mark(m.start, stops[-1].start() + 1, False)
            out.append(m)
        return out

    def _fragment(self, m: Mark, s: int, cues: list[Cue], taken) -> Quote | None:
        """A speaker's quoted phrase inside narration: ``admitted “big challenges”``,
        ``described by Sharon as “…”``, ``called him “a disgrace”``."""
        text = self.text
        before = text[s : m.start - 1]
        # "Her remarks were described as “reckless” and “wrong” by the Kelso Rights Group", "was branded
        # “a shambles” by Tom Hale": the words are the agent's (each fragment before the "by" the same one's)
        passive_by = _PASSIVE_FRAGMENT.search(re.sub(r"(?:[“\"][^“”\"]*[”\"]\s*(?:,|and|or)\s*)+$", "", before))
        title = all(w[:1].isupper() for w in re.findall(r"[\w’'-]+", text[m.start : m.end]))  # "dubbed “Kelso Steel” by its founder": a name
        nickname = passive_by is not None and passive_by.group("verb") == "dubbed"  # "dubbed “the Hammer” by fans"
        by_agent = _BY_AGENT.match(text, m.outer_end) if passive_by and not title and not nickname else None
        if by_agent and not re.fullmatch(PRONOUN, by_agent.group("np")):
            np, pos = by_agent.group("np"), by_agent.start("np")
            ent = self._resolve(np, pos)
            subject = self.cast.subject_between(s, m.start)
            if ent is not None and subject is not None and subject.ent is ent and not re.search(r"[A-Z]", np):
                # "Tom Ash … was called “one of the worst” by the judge": the agent of the passive is never its
                # subject, so a description nobody else answers to speaks as the article names it
                ent = None
            ent = ent or self.cast.add_org(as_named(np), pos, plural=np.endswith("s"))
            return quote(text, *trim_inner(text, m.start, m.end), ent, ent.role, "direct", passive_by.group().strip() + " … by " + np)
        # "attacked what he called “a shambles”", "In what Kelso Data calls an “alarming development”":
        # the words of whoever "what" says calls the thing so (not "what is called an “A” item", nor a
        # name in capitals: "what it calls “Office in a Pocket” devices")
        what = _WHAT_CALLED.search(before)
        named = all(w[:1].isupper() for w in re.findall(r"[\w’'-]{4,}", text[m.start : m.end]))
        if what and not named and (ent := self._resolve(what.group("np"), s + what.start("np"))) is not None:
            return quote(text, *trim_inner(text, m.start, m.end), ent, ent.role, "direct", what.group().strip())
        if all(w[:1].isupper() for w in re.findall(r"[\w’'-]{4,}", text[m.start : m.end])) and n_words(text[m.start : m.end]) >= 2 and re.search(r"\b(?:described|billed|touted|hailed)\s+as\s*$", before):
            return None  # "performances on the show described as “A Concert of Hope”": a name in capitals, no one's words
        naming = re.search(r"\b(called|branded|labell?ed|dubbed)\s+(?:him|her|them|it|[A-Z][\w’'-]+)\s*$", before)
        if SCARE_BEFORE.search(before) and not (naming and any(c.verb == naming.group(1) and c.ent is not None for c in cues) or re.search(r"\bcalled\s+(?:him|her|them|it|\w+)\s*$", before)):
            return None  # "the so-called …", "a group known as …": a name, not somebody's words
        agent = re.search(
            r"\b(?:praised|described|criticised|criticized|condemned|hailed|attacked|accused|branded|labelled|quoted|slammed)\s+by\s+(?P<np>[^,.;:“”\"]{1,60}?)\s+(?:as|for|of)\s+(?:[^,.;:“”\"]{0,40}\s)?$",
            before,
        )
        if agent:
            np = agent.group("np")
            pos = s + agent.start("np")
            ent = self._resolve(np, pos) or self.cast.add_org(as_named(np), pos, plural=np.endswith("s"))
            return quote(text, *trim_inner(text, m.start, m.end), ent, ent.role, "direct", agent.group().strip())
        passive = _PASSIVE_FRAGMENT.search(before)
        if passive and passive.group("verb") == "called":
            passive = None  # "what is called an “A” item": a name, unless somebody is named as calling it so
        if passive and not re.match(r"(?:\s*(?:,|and|or)\s*[“\"][^“”\"]*[”\"])*\s+by\s", text[m.outer_end :]):
            # "was hailed for his “…”", "has been described as “…”": the one praised or blamed is no
            # speaker, and nobody is named as one (a "by" after the words names somebody the article
            # may only name in full later: left alone).
            qs, qe = trim_inner(text, m.start, m.end)
            self.sourceless.add(qs)
            return Quote(text[qs:qe], UNATTRIBUTED, None, "direct", passive.group().strip(), qs, qe)
        called = re.search(
            r"(?P<np>\b[A-Z][\w’'-]+|\b(?:he|she|they))(?:,?\s+(?:on|last|this|earlier)\s+[A-Z]?[a-z]+)?\s+(?:had\s+|has\s+)?(?:called|calls)\s+(?:him|her|them|it|[A-Z][\w’'-]+)\s*$",
            before,
        )  # (also "the party chairman, Liam Fox, on Saturday called him …", and in the present: "In an
        # e-mail, Dan Lane calls it “an early proof of concept.”")
        if called:
            ent = self._resolve(called.group("np"), s + called.start("np"))
            if ent is not None:
                return quote(text, *trim_inner(text, m.start, m.end), ent, ent.role, "direct", called.group().strip())
        for c in reversed(cues):
            if c.ent is None or c.verb_end > m.start or any(a <= c.verb_start < b for a, b in taken):
                continue
            between = text[c.verb_end : m.start - 1]
            if n_words(between) > 12 or re.search(r"[;:]|\b(?:and|but)\s+(?:was|were|did|had|has)\b", between):
                return None
            return quote(text, *trim_inner(text, m.start, m.end), c.ent, c.ent.role, "direct", cue_text(text, c))
        return None

    def _introduced(self, m: Mark, s: int, para: Paragraph, marks: list[Mark]) -> Mention | None:
        """A quote opening its sentence right after a sentence of the same paragraph that quotes
        nobody and is about someone who is not the last speaker: that person, introduced to speak."""
        if m.start - 1 != s or s <= para.start:
            return None
        sents = self.sentences.get(para.number, [])  # in order: the one before is found by bisection
        k = bisect_left(sents, (s,))
        prev = sents[k - 1][0] if k else None
        if prev is None or _any_in(self.quote_starts, prev, s) or _any_in(marks, prev, s, key=lambda k: k.start):
            return None
        intro = self.cast.subject_between(prev, s)
        if intro is None or (self.last is not None and self.last.speaker == intro.ent.name):
            return None
        # '… Tom Ash looks certain to get the call. “… and Tom Ash is an outstanding player …”': the quote
        # (with the pieces run together after it) speaks of them by name, so it is not theirs
        k = marks.index(m)
        while k + 1 < len(marks) and not marks[k].closed:
            k += 1
        words = self.text[m.start : marks[k].end]
        if intro.ent.kind == "person" and " " in intro.ent.name and re.search(rf"\b{re.escape(intro.ent.name)}\b", words):
            return None
        return intro

    def _continues(self, m: Mark, s: int, para: Paragraph, chain, marks, i) -> bool:
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
        words = n_words(text[m.start : m.end])
        return words >= 4 or (words >= 2 and text[m.start : m.end].rstrip("’' ")[-1:] in ".!?")
