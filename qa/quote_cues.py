"""Cues: the speech verb with the words that name its speaker, resolved to one entity."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .names import (
    BUSINESS,
    CAP_RUN,
    DEMONYMS,
    DOCUMENT_NOUNS,
    HONORIFICS,
    HONORIFIC_ALT,
    HONOURS,
    INTRODUCING,
    INTRODUCING_ALT,
    ORG_NOUNS,
    PERSON_NOUNS,
    ROLE_WORDS,
    SOURCE_HEADS,
    PERSON_TITLES,
    POSSESSIVE,
    RELATIONS,
    RELATION_GENDER,
    DEMONYM,
    NON_NAME,
    country_key,
    is_described,
    is_person_head,
    norm,
    parse_person,
)
from .noun_phrases import as_named, head_noun, np_after, one_of_group, one_person_noun, np_before, np_forward, reduced_subject, singular, source, split_run_parts
from .quote_clauses import has_verb
from .quote_patterns import (
    ACCUSER_BEFORE,
    IRREGULAR_PAST,
    FINDING_VERBS,
    ASKED_ALT,
    STUDY_NOUNS,
    AUX_WORDS,
    SPEAKS_TO,
    USED_TO_SAY,
    MAIN_AFTER_COMMA,
    BASE_FORMS,
    EMPHATIC_ONLY,
    NO_OBJECT,
    ADVERBIAL_START,
    DETERMINERS,
    LEADING,
    NOT_NP,
    NP_DETS,
    ORG_LEADERS,
    PARTICIPLE,
    PASSIVE,
    PASSIVE_VERBS,
    PRONOUN,
    REPORT_SAYING,
    ONE_OF,
    SHARE,
    SPEECH_VERBS,
    THINKING_VERB,
    VERB,
    ZERO_THAT_SUBJECT,
)
from .speakers import PLACE_FIRST_WORDS, PUBLIC_BODY_HEADS, Cast, Entity, word_spans
from .text import Paragraph
from .types import Quote


@dataclass
class Cue:
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


def cue_text(text: str, c: Cue) -> str:
    """The attributing words; a subject kept apart from its verb by an aside is joined to it
    ("Grace Lindqvist, a union representative …, told" → "Grace Lindqvist told")."""
    if not c.inverted and c.subj_end < c.verb_start and re.search(r"[,(—–]", text[c.subj_end : c.verb_start]):
        return " ".join(f"{text[c.subj_start : c.subj_end]} {text[c.verb_start : c.verb_end]}".split())
    if not c.inverted and c.subj_start > c.verb_end:
        return " ".join(f"{text[c.subj_start : c.subj_end]} {text[c.verb_start : c.verb_end].lower()}".split())  # "Praising …, she" → "she praising"
    return " ".join(text[c.start : c.end].split())


_AUX_WORDS_ALT = rf"(?:{AUX_WORDS})"
# "Shivering in a long dress, the actress …": a participle clause before the subject (not "Reading
# manager Steve Coppell", "Beijing has …": only a participle with its preposition or object after it).
_FRONTED_PARTICIPLE = re.compile(
    r"[A-Z][a-z]+ing\s+(?:in|on|at|to|with|from|for|about|over|under|through|after|before|into|onto|across|up|out|off|down|back|forward|ahead|"
    r"a|an|the|his|her|their|its|this|that|these|those)\b"
)
# A participle's phrase up to its closing comma, quoted words and all ("Describing her son as “a good
# person”, …").
_PHRASE_TO_COMMA = re.compile(r"(?:[^,“”\"]|[“\"][^“”\"]*[”\"])*?,\s+")
# A speech participle that may follow reported words with no comma before it: "saying that …",
# "branding them …".
_UNMARKED_PARTICIPLE = re.compile(r"(?:saying|adding|warning|insisting|arguing)\s+that\b|(?:branding|labelling|labeling|dubbing|describing)\s+(?:it|them|him|her)\b")
# "is alleged to have", "was understood to have": a report of what the subject did, by nobody named.
_HEARSAY = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:(?:also|widely|now)\s+)?(?:alleged|reported|reputed|said|understood|believed|thought|known|rumou?red)\s+to\s+have\s*$"
)
# "Her conclusion was simple: …", "Mr Hale's answer was blunt: …", "On one point Ms Vale was very
# clear: …": a sentence that announces what someone said and gives it after a colon. The speaker owns
# the verdict, or is the subject that was clear (not "The result was clear: …": nobody speaks).
_VERDICT = r"(?:conclusion|message|verdict|advice|answer|reply|response|view|argument|point|warning|explanation|prediction|diagnosis|recommendation)"
_DEGREE = r"(?:(?:very|quite|equally|just\s+as|perfectly|absolutely)\s+)?"
_COLON_STATEMENT = re.compile(
    rf"(?:(?P<pro>\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))|(?P<who>\b(?:[A-Z][\w’'-]+\s+){{0,3}}[A-Z][\w’'-]+?)(?:’s|'s))\s+(?:[a-z]+\s+)?{_VERDICT}"
    # (the verdict may name who it was for, and a quotation after the colon needs no adjective: "His
    # message to the chancellor was: “…”")
    rf"(?:\s+(?:to|for)\s+[^:,.;“”\"]{{1,40}}?)?"
    rf"\s+(?:was|is)(?:\s+{_DEGREE}(?:simple|clear|blunt|stark|plain|unequivocal|straightforward|unambiguous|short|emphatic)\s*(?=:)|\s*(?=:\s*[“\"]))"
    rf"|(?P<subj>\b(?:[Hh]e|[Ss]he|[Tt]hey|(?:(?:{HONORIFIC_ALT})\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?))\s+(?:was|is|were|are)\s+{_DEGREE}"
    r"(?:clear|adamant|blunt|emphatic|unequivocal|categorical|firm|insistent|explicit|frank)\s*(?=:)"
    # "For Tom Hale, this is progress: “…”": the person a sentence opens "for", then a colon before quoted words
    rf"|(?<![\w,] )\bFor\s+(?P<forwho>(?:(?:{HONORIFIC_ALT})\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),\s+[^:.;“”\"]{{3,60}}?(?=:\s*[“\"])"
)
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they", "its": "it"}
# What somebody may be prompted to state: "The pressure prompted the prime minister to say …", "led the
# firm to warn …".
_PROMPTED_STATEMENTS = {"say", "warn", "argue", "claim", "insist", "admit", "announce", "declare", "concede", "deny", "predict", "maintain", "contend"}
# A piece of research named with its source: "a survey by the firm", "a new poll conducted for the
# BBC", "the research by the Taxi Drivers Association and Pointsec", "a World Bank report".
_DOC_ALT = "|".join(sorted(DOCUMENT_NOUNS))
_BODY_NAME = r"[A-Z][\w&’'-]*(?:\s+(?:(?:of|for|and|&|the|on)\s+)*[A-Z][\w&’'-]*)*"
# (the people a name describes are part of the research's source: "The study by US researchers, …")
_PEOPLE_ALT = "|".join(sorted(w for w in PERSON_NOUNS if w.endswith("s") and not w.endswith("ss")))
_DESCRIBED_DOCUMENT = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:(?:{_DOC_ALT})\s+(?:(?:conducted|carried\s+out|commissioned|published|released|compiled)\s+)?"
    rf"(?:by|for|from)\s+(?:(?:the\s+)?{_BODY_NAME}(?:\s+(?:{_PEOPLE_ALT})\b)?|the\s+(?:(?:[A-Z][\w’'-]*|[a-z][\w-]*(?:’s|'s))\s+)?(?:[a-z][\w-]*\s+){{0,2}}?[a-z]+\b)|{_BODY_NAME}\s+(?:{_DOC_ALT})\b)"
)  # (its source may be a body called by its kind, with a name or owner and words before the kind: "a
# report by the government's finance watchdog", "a study by the Kelso health board")
# A piece of research the article sets apart from one it has already mentioned.
_OTHER_DOCUMENT = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:separate|second|third|further|different|rival|earlier|previous|later|other)\b")
# "The label believed …", "But the firm has …": a sentence opening with a body called by its kind, as
# the subject of a verb; also a public body ("The commission, an independent panel of judges, had been
# asked …"), after a description set off by commas.
_IRREGULAR_PAST_ALT = "|".join(sorted(IRREGULAR_PAST, key=len, reverse=True))
_PUBLIC_BODY_ALT = "|".join(sorted(PUBLIC_BODY_HEADS | {"government", "opposition"}))
_BODY_NOUN_SUBJECT = re.compile(
    rf"(?:(?:But|And|However,|Yet|Meanwhile,)\s+)?[Tt]he\s+(?:[a-z-]+\s+)?(?P<noun>{INTRODUCING_ALT}|{_PUBLIC_BODY_ALT})"
    r"(?:,\s+(?:an?|the)\s+[^.;:!?“”\"]{1,100}?,)?"
    rf"\s+(?:also\s+|later\s+|then\s+)?(?:was|is|has|had|will|would|[a-z]{{3,}}ed|[a-z]{{2,}}[^s\W]s|{_IRREGULAR_PAST_ALT})\b"
)
# A plural common noun opening a sentence with its complement ("Shares in Kelso fell …", "Signs that it
# was in trouble emerged …", "Sales of the drug rose …"), after an optional dash or connective.
_COMMON_PLURAL_SUBJECT = re.compile(r"[\s\-–—]*(?:(?:But|And|Meanwhile|However),?\s+)?[A-Z][a-z]+s\s+(in|that|of|at|for|about|over)\s+")
# A report, survey or study heading its sentence as the subject of a verb: "Thursday's report was
# drawn up by …", "The survey also looked at …", "A study by the council found …"; also after a
# connective and with a verb in the present ("But a recent report from Kelso Research reflects …"), its
# source set off by commas or not ("The study, from the Kelso Institute, does not …").
_DOCUMENT_SUBJECT = re.compile(
    r"(?:(?:But|And|Yet|However,|Meanwhile,)\s+)?"
    rf"(?P<np>(?:[Tt]he|[Aa]n?|[Tt]his|[A-Z][\w-]*(?:’s|'s))\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOC_ALT})(?:\s+(?:by|from|for|of)\s+[^,.;:“”\"]{{1,60}}?)?)"
    r"(?:,\s+(?:by|from|for|of)\s+[^,.;:“”\"]{1,60}?,)?"
    r"\s+(?:also\s+)?(?:was|is|has|had|[a-z]+ed|[a-z]{2,}[^s\W]s)\b"
)
# A body heading a sentence as its subject, after its connective or opening phrase and before any aside:
# "Intel filed a document …", "The government is cracking down …", "GM, whose own operations are
# losing money, no longer wants …". A name (capitalised, after up to four words that introduce it) or
# "the" and a noun; then its verb.
_BODY_HEADING = re.compile(
    r"\s*(?:(?:But|And|Yet|So|However|Meanwhile|Now|Instead),?\s+)?(?:(?:In|On|At|Last|Earlier|After|During|[Ll]ike|[Uu]nlike)\b[^,.;:“”\"]{0,50},\s+)?"
    r"(?P<np>(?:[Tt]he\s+)?(?:[\w&’'.-]+\s+){0,4}?(?:[A-Z][\w&’'.-]*|[a-z][\w-]*))"
    r"(?:,\s+(?:(?:whose|which|a|an|the)\s[^.;:“”\"]{1,100}?|however|meanwhile|though|too),)?"
    r"\s+(?:(?:also|now|then|later|still|again|no\s+longer|[a-z]+ly)\s+)?"
    r"(?:is|was|has|have|had|will|would|could|can|may|must|should|does|did|[a-z]{3,}ed|[a-z]{2,}s)\b(?!\s+(?:said|says|told|added)\b)"
)
# Bodies listed by name, each followed by a comma, at the start of a clause (the sentence's, or after a
# fronted phrase and its comma): "Last month, Kelco, Dalco and …".
_LISTED_BODIES = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=,\s)|(?<=\n))(?P<items>(?:(?:the\s+)?{CAP_RUN.pattern},\s+){{1,4}})"
)
# After quoted words, a person's full name and the post they hold at a body, right before the verb, with
# no comma closing the post: '“…,” Tom Hale, senior fellow at the KIPR told …', '“…,” Dr Ann Roe games
# director at media firm Kelnet told …'.
_NAME_WITH_POST = re.compile(
    r"[,?!][”\"]\s+(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir)\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?:(?P<comma>,)\s+|\s+)"
    r"(?P<post>(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,4}?(?P<noun>[a-z][\w-]*)\s+(?:at|of|for|from|with)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}"
    r"[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}\s+)"
)
# A clause of concession or time fronted before the main clause's pronoun: "Although the White House
# backs the “strong dollar” policy, " (its subject is what the pronoun goes on about).
_FRONTED_CLAUSE = re.compile(r"\s*(?:Although|Though|While|Whilst|When|As|Since|Because|Once|After|Before)\s+(?P<clause>[^,;:]+),\s*")
# A piece of research as a subject: "a new study", "the report", "An inquiry commissioned by …",
# "A recent survey by Kelso" (its noun among its first words, before any name or preposition).
_STUDY = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+)?(?:(?!(?:of|by|for|from|in|on|at|an?|the)\s)[a-z][\w-]*\s+){0,3}?"
    rf"(?:{'|'.join(sorted(STUDY_NOUNS))})\b"
)
# The same research heading the sentence's subject, however long the phrase after its noun ("The poll of
# 20,000 people in 20 countries found …", "The Mail on Sunday survey found …", "By contrast last year's
# survey found …"): its noun among the subject's first words, after any name or owner.
_STUDY_SUBJECT = re.compile(
    r"(?:(?:By\s+contrast|However|But|And|Meanwhile|Separately|Now),?\s+)?"
    r"(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+)?(?:(?:[A-Z][\w’'&.-]*(?:\s+on)?|(?!(?:of|by|for|from|in|on|at|an?|the)\s)[a-z][\w’'-]*)\s+){0,4}?"
    rf"(?:{'|'.join(sorted(STUDY_NOUNS))})\b"
)
# Bodies that examine or judge, whose findings are what they say: "The commission found …".
_EXAMINERS = {
    "commission", "committee", "court", "panel", "tribunal", "jury", "watchdog", "regulator", "ombudsman", "coroner",
    "auditor", "auditors", "inspectors", "investigators", "mps", "judge", "judges",
}
# Speech verbs in -s that are also plural nouns: "Asian states could stop lending", "Initial reports
# suggested …", "expert tips were given": a finite verb, "such as" or a relative pronoun right after the
# word shows it is the subject's noun, not the verb (a verb in -s is not followed by a plural verb;
# but "the sum which he claims was lost": after a pronoun it is the verb, with its subject gapped).
_PLURAL_NOUN_VERB = re.compile(r"(?:states|claims|reports|estimates|forecasts|notes|promises|pledges|vows|tips|appeals|answers|replies)")
_NOUN_FOLLOWS = re.compile(
    r"(?:’|')?\s+(?:(?:are|were|have|had|will|would|could|can|may|might|must|should|do|did)\b|such\s+as\b|(?:which|who)\s)"
    r"|\s+(?:also\s+)?(?:suggested|claim|claimed|say|said|warn|warned)\b|(?:’|')\s"  # (verbs that make a cue of their own)
    r"|\s+[a-z]{3,}ed\s+by\b"  # ("…, claims denied by Labour": the noun with a participle and its agent)
)


# Words after "added" that open a clause before a "to" ("The paper added that most of the taxes are
# linked to the firm's exports", "added the plant would be sold to a rival"): words said, not a thing
# added to something ("added tries to the All Blacks' tally").
_CLAUSE_BEFORE_TO = re.compile(r"\s+that\s|.*?\b(?:is|are|was|were|has|have|had|will|would|could|should|might|must|may|can)\s")


# A participle after a plain plural noun (or "those") that opens a reduced relative, the sentence's
# own verb coming after it: "The fees claimed in 2003 exceeded …" (past a short phrase, a verb in
# -ed), "new rules announced which meant …" (a relative clause on the rules), "29% of those asked
# only shop online": things or people described, not a speaker and what it said.
_REDUCED_RELATIVE = re.compile(
    r"\s+(?:(?:in|on|at|by|for|during|since|from|over|under)\s+(?:[\w’'-]+\s+){1,4}?(?P<verb>[a-z]{3,}ed)\s+(?!that\b)"
    r"|(?:which|who)\s+(?P<rel>[a-z]+)\b)"
)
# An aside after a speaker named after the verb, with more of the sentence after it: ", chief economist
# at Kelso Bank, …" (a description: lower case or an article first, no verb).
# (not before a linker, which joins a clause of the article's own or more of the description: "…,
# and prices rose", "…, who was speaking in London", "…, adding …")
_SPEAKER_ASIDE = re.compile(
    r",\s+(?P<aside>(?:an?\s+|the\s+)?[a-z][^,;:.!?“”\"()]{2,90}?),\s+"
    r"(?!(?:and|but|or|nor|yet|so|who|which|whose|whom|where|when|while|whilst|whereas|as|because|since|although|though|after|before|if|unless|until|[a-z]+ing)\b)(?=\S)"
)

# "…, said Tom Hale, founder of Kelco, and soon they will all want a share.": the speaker's aside
# closed by a comma before "and" or "but" that opens a clause of its own (its verb is checked by the
# caller) belongs to the cue too; the words before the cue are the speaker's.
_SPEAKER_ASIDE_THEN_CLAUSE = re.compile(r",\s+(?P<aside>(?:an?\s+|the\s+)?[a-z][^,;:.!?“”\"()]{2,90}?),\s+(?:and|but)\s+(?=\S)")


# A description right after a quote's closing comma, with the speaker's name in apposition after it:
# '“…,” the firm's chief executive, Ann Roe, told …' (the name's own comma before it).
_DESCRIPTION_BEFORE = re.compile(r",[\"”]\s+(?P<desc>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w&.-]*(?:’s|'s))\s+[^,;:“”\"]{2,60}?),\s+$")


# A body described by its rank in a place: "the UK's biggest mortgage lender", "Europe's second-largest
# carmaker", "the world's leading coal producer" (a capitalised owner or the world, country or nation,
# a superlative, up to two more words).
_RANKED_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*|(?<=[Tt]he\s)(?:world|country|nation))(?:’s|'s|’)\s+(?:(?:second|third|fourth|fifth|2nd|3rd)[\s-])?"
    r"(?:biggest|largest|leading|top|oldest|main|dominant)\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z][\w-]*)"
)
# Nouns for what a firm does that are not body nouns of their own: "the biggest coal producer".
_TRADE_NOUNS = {"producer", "supplier", "exporter", "importer", "employer", "provider", "distributor", "miner", "grocer", "builder"}
# People the article describes without naming: "a woman who claimed …", "the man said".
_PLAIN_PEOPLE = {"man", "woman", "men", "women", "boy", "girl", "couple", "teenager", "pensioner"}


# What a post's phrase must hold for "the chairman of X" and "X's chairman" (``_post_named_after``).
_OF_WORD = re.compile(r"\sof\s", re.I)
_POSSESSIVE_S = re.compile(r"[’']s\s", re.I)
# Somebody's own people, named or not: "a close associate of Tom Hale", "an aide to Ann Roe".
_OWN_PEOPLE = {"associate", "aide", "agent", "adviser", "advisor"}


# The newsroom's own people: "our correspondent", "our political editor".
_NEWS_STAFF = {"correspondent", "reporter", "editor"}
# One of the BBC's people named with it: "BBC correspondent Ann Vey", "the BBC's Ann Vey in Kelso",
# "our labour correspondent Ann Vey".
_OWN_REPORTER = re.compile(r"(?:\bBBC(?:’s|'s)?|\b[Oo]ur)\s+(?:[a-z][\w-]*\s+){0,3}?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)")


# Nouns for several people at once: "his family has said" is no one person named next.
_GROUP_NOUNS = {"family", "pair", "duo", "couple"}
# Verbs of going on speaking: "“…,” added the 30-year-old" is whoever was quoted just before.
_CONTINUING = {"added", "adds", "continued", "continues", "went on", "goes on"}
# A name saying something: "Ed Low said", "said Ed Low".
_NAMED_SPEAKER = re.compile(
    rf"(?P<np>{CAP_RUN.pattern})\s+(?:has\s+|had\s+)?(?:said|says|told|tells|added|explained|insisted)\b"
)
# A name given as someone's own by a possessive pronoun: "his former boss Tom Hale".
_OWNED_BY_PRONOUN = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+){1,3}$")
# Quoted words, then a name after the verb: '"We will act," said Ann Roe.'
_QUOTE_THEN_NAMED = re.compile(
    rf"[“\"][^“”\"]{{5,400}}?,?[”\"]\s+(?:said|says|added|adds)\s+(?P<np>{CAP_RUN.pattern})\s*[,.]"
)


class ArticleState:
    """What the analyzer's readers share: the article, its people, paragraphs and sentences, and
    the last quote found (for continuations and pronouns)."""

    text: str
    cast: Cast
    paragraphs: list[Paragraph]
    sentences: dict[int, list[tuple[int, int]]]
    spans: list[tuple[int, int]]  # every sentence of the article, in order
    last: Quote | None
    last_para: int
    _continuing: bool = False  # (the cue being read has a verb of going on speaking)


# An "it" that stands for nothing, only announcing the clause after it: "It is understood that …",
# "It was thought the board …".
_EMPTY_IT = re.compile(
    r"It\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:also|widely|now|generally)\s+)?"
    r"(?:understood|thought|believed|expected|known|reported|said|claimed|rumou?red|likely|unlikely|clear|possible|probable)\s+(?:that\s+)?(?=[a-zA-Z])"
)


def _scare_quote(text: str, s: int, a: int, b: int, verb: int) -> bool:
    """Are the quotation marks at ``a``..``b`` a few words inside an aside on the subject of the verb
    at ``verb`` ('Tom Hale, a "maverick" MP, said', 'The group, dubbed "the rebels" by the press,
    said'), not quoted speech before its cue? A word stands right before them in the sentence, words
    with no punctuation of their own go on after them, and the aside closes with a comma or a dash
    right before the verb (not '"like a dream," said Mr Hale', not '"good progress" say those …')."""
    before = text[s:a].rstrip()
    inner = text[a:b].strip("“”\"' ")
    return (
        before != "" and before[-1].isalpha() and re.match(r"[ \t]+[\w£$€]", text[b:verb]) is not None
        and re.search(r"(?:,|\s[-–—])\s*$", text[b:verb]) is not None
        and not re.search(r"[,.!?;:]$", inner) and len(re.findall(r"[\w’'-]+", inner)) <= 4
    )


# After a speech verb whose subject follows "who" or "what", a pronoun and a form of "be" with nothing
# after them but the clause's end: the idiom of identity ("… whether a user is who they say they are
# when they are online", "the firm checks each caller is who he says he is."), whose gap is the "who";
# not "the man, who police say was armed, fled", which reports that he was armed.
_IDENTITY_AFTER = re.compile(
    r"[ \t]+(?:he|she|they|it|we|you|I)[ \t]+(?:is|are|was|were|am|’s|'s|’re|'re)(?=[ \t]*(?:[.,;:!?”\"]|$)|[ \t]+(?:when|whenever|if|and|but|or|because|online)\b)"
)


class CueReader(ArticleState):
    """Finds the cues of a sentence and resolves the speakers they name (mixed into the analyzer)."""

    # -- cues -----------------------------------------------------------------------------------
    def _cue(self, v: re.Match, s: int, e: int, spans, cues: list[Cue]) -> Cue | None:
        # (a verb of going on speaking, for the speaker a description stands for)
        self._continuing = v.group() in _CONTINUING
        try:
            c = self._read_cue(v, s, e, spans, cues)
        finally:
            self._continuing = False
        if c is not None and c.ent is not None and c.ent.kind == "org" and not c.inverted:
            # '“…,” Tom Hale, senior fellow at the KIPR told the BBC.', '“…,” Dr Ann Roe games director at
            # media firm Kelnet told reporters.': after the quoted words the whole stretch before the verb
            # is the subject, a person and the post the article gives them (its closing comma left out),
            # not the body that post is held at
            person = self._named_with_post(s, c)
            if person is not None:
                return person
        return c

    def _named_with_post(self, s: int, c: Cue) -> Cue | None:
        m = _NAME_WITH_POST.search(self.text, s, c.verb_start)
        if m is None or m.end() != c.verb_start or not (c.subj_start >= m.start("post") or c.ent.name.split()[-1] in m.group("post").split()):
            return None  # (the body taken for the speaker is the one the post names)
        if m.group("comma") is None and not is_person_head(norm(m.group("noun"))):
            return None  # (with no comma the post must name a person: "Dr Ann Roe games director at …")
        ent = self._resolve(m.group("name"), m.start("name"))
        if ent is None or ent.kind != "person" or parse_person(m.group("name"))[1] is None:
            return None
        return Cue(c.verb, c.verb_start, c.verb_end, ent, m.start("name"), m.end("name"), False)

    def _read_cue(self, v: re.Match, s: int, e: int, spans, cues: list[Cue]) -> Cue | None:
        text = self.text
        verb = v.group()
        floor = max([s] + [b for a, b in spans if b <= v.start() and not _scare_quote(text, s, a, b, v.start())])
        left = text[floor : v.start()]
        if verb in PASSIVE_VERBS and PASSIVE.search(left):
            return None  # "was told", "it has been claimed": nobody is named as the speaker
        if verb == "accused" and re.match(r"\s+of\s", text[v.end() : e]) and not ACCUSER_BEFORE.search(left):
            # "Tom Hale, 23, appeared in court accused of the same offences", "men held for three years,
            # accused of links to the gang": a passive participle with nobody's accusation (not "the banks
            # it had accused of …", "which critics accused of …", whose object is the relative's)
            return None
        if verb == "asked" and re.search(r"\w,\s*$", left) and re.match(
            r"\s+(?:about|whether|if|what|why|how|when|who)\b[^,;:“”\"]*,\s+(?:said|says|told|replied|insisted|added|admitted|argued|answered)\b", text[v.end() : e]
        ):
            return None  # "Tom Hale, asked about the remark by reporters, said …": the aside's passive, the cue after it
        if re.search(r"\b(?:[Ww]ho|[Ww]hat|[Ww]hoever|[Ww]hatever)\s+(?:[\w’'-]+\s+){1,3}$", left) and _IDENTITY_AFTER.match(text, v.end(), e):
            return None  # "… whether a user is who they say they are when they are online": who somebody is, no speech
        if verb == "said" and re.search(r"(?:^|[\s,;:“\"])[Hh]aving\s+$", left) and re.match(r"\s+(?:that|this|all\s+that)\s*,", text[v.end() : e]):
            return None  # "Having said that, Mark is looking sharper.": a connective ("even so"), no speech
        if verb.startswith("demand") and re.search(r"\b(?:of|for|to|with|from|by|in|on|at)\s+it\s*$", left):
            return None  # "membership of it demanded that users share files": a requirement of the thing, no speaker
        if THINKING_VERB.fullmatch(verb) and PASSIVE.search(left):
            # "The Tories are thought likely to …", "It is believed the deal …": what others think of
            # the subject, who thinks nothing
            return None
        if verb in FINDING_VERBS:
            # "…, a new study has found", "An inquiry commissioned by the club found that …": research
            # speaks through its findings, and so does a body that examines or judges ("The commission found
            # the most common approach is …", "the committee's MPs found …"); anyone else who finds
            # something does not speak ("police found a body")
            np = np_before(text, floor, v.start())
            # (not a body whose finding somebody else reports: "The office said auditors had found “…”" is
            # the office's words)
            nested = np is not None and re.search(rf"\b(?:{SPEECH_VERBS})\s+(?:that\s+)?$", text[floor : np[1]]) is not None
            examiner = np is not None and norm(head_noun(np[0].split())) in _EXAMINERS and not nested
            # "The survey was carried out in May. It also found that …": "it" standing for the research
            # (or the examining body) speaks through its findings as its noun does
            # (in a clause of place, time or condition only with "that": "Where it finds holes, it will
            # set standards" is no finding reported)
            hanging = re.search(r"\b(?:[Ww]here|[Ww]hen|[Ii]f|[Uu]nless|[Uu]ntil|[Oo]nce|[Aa]s|[Aa]fter|[Bb]efore|[Bb]ecause|[Ss]ince)\s+$", text[floor : np[1]]) if np is not None else None
            if np is not None and not nested and np[0].strip().lower() == "it" and (not hanging or re.match(r"\s+that\b", text[v.end() : e])) and (ent := self._resolve(np[0], np[1])) is not None and ent.kind == "org":
                examiner = _STUDY.search(ent.name) is not None or norm(head_noun(ent.name.split())) in _EXAMINERS
            if np is None or not (_STUDY.match(np[0]) or examiner):
                whole = _STUDY_SUBJECT.match(text, floor, v.start())
                rest = re.sub(r"(?:\s+(?:has|have|had|also|now|recently|previously|already))*\s*$", "", text[whole.end() : v.start()]) if whole is not None else ""
                if nested or whole is None or has_verb(rest) or re.search(r",\s|[;:“”\"]", rest):
                    return None
                if re.match(r"(?:(?:By\s+contrast|However|But|And|Meanwhile|Separately|Now),?\s+)?(?:last|this|next)\s+(?:year|month|week)(?:’s|'s)\s", text[whole.start() : whole.end()]):
                    # "By contrast last year's survey found …": an earlier study the article sets against its
                    # own is left alone, or "the survey" after it would stand for the old one
                    return None
                # the whole phrase is the speaker, as the article names it (not "20 countries" ending it)
                lead = re.match(r"(?:(?:By\s+contrast|However|But|And|Meanwhile|Separately|Now),?\s+)?", text[whole.start() : whole.end()]).end()
                at = whole.start() + lead
                ent = self._resolve(text[at : whole.end()] + rest, at)
                return Cue(verb, v.start(), v.end(), ent, at, whole.end() + len(rest), False) if ent is not None else None
        hearsay = _HEARSAY.search(left)
        if hearsay:
            # "Mr Hale is alleged to have said that …", "She is understood to have told colleagues …":
            # the article reports hearsay of what the subject said; the subject is the speaker.
            np = np_before(text, floor, floor + hearsay.start())
            ent = self._resolve(*np) if np is not None else None
            return Cue(verb, v.start(), v.end(), ent, np[1], np[1] + len(np[0]), False) if ent is not None else None
        if re.search(r"\b(?:the|a|an|its|their|his|her)\s*$", left, re.I):
            return None  # "with the added feature": an adjective
        if verb.endswith("ed") and (re.search(r"\bthose\s*$", left) or (
            re.search(r"\b[a-z]{3,}s\s*$", left) and (rel := _REDUCED_RELATIVE.match(text, v.end(), e)) is not None and (rel.group("verb") or has_verb(rel.group("rel")))
        ) or (re.search(r",\s+(?:[a-z]+\s+)?[a-z]{3,}s\s*$", left) and re.match(r"\s+by\s", text[v.end() : e]))):
            # (also a plural noun's participle with its agent set off after a comma: "…, claims denied by Labour.")
            return None  # "The fees claimed in 2003 exceeded …", "those asked": a reduced relative
        if _PLURAL_NOUN_VERB.fullmatch(verb) and _NOUN_FOLLOWS.match(text, v.end()) and not re.search(rf"\b{PRONOUN}\s*$", left):
            return None  # "EU member states are failing to …": the plural noun, not "states"
        if re.search(r"\w(?:’s|'s|s’|s')\s*$", left) and not (
            verb in {"said", "says", "told", "tells", "added", "adds", "warned", "warns", "insisted", "argued", "admitted", "denied"}
            and re.search(r"(?:^|[\s,])[A-Z][\w&-]*(?:’s|'s)\s*$", left)
        ):
            return None  # "his party's calls for …": a noun (but "Foster's said …" is a firm's name)
        if verb == "estimate" and re.search(r"\b(?:the|a|an|its|their|his|her|this|that|one)\s+(?:[\w’'-]+\s+){0,2}$", left, re.I) and not re.search(
            r"(?<!ou)(?<!s)(?<!i)(?<!u)s\s+$", left
        ):
            # "A previous estimate, contained in …, suggested": the noun, after its article and any
            # adjective (but "The companies estimate that …": a plural subject)
            return None
        # (a statement, not a complaint: "led 12 viewers to complain" tells of their reaction)
        prompted = re.search(r"\b(?:prompted|prompting|led|leading|forced|forcing|persuaded)\s+(?P<np>(?:(?!to\b)[\w’'-]+\s+){1,5}?)to\s*$", left) if verb in _PROMPTED_STATEMENTS else None
        if prompted is not None and not re.match(r"(?:it|him|her|them|us|me)\s*$", prompted.group("np")):
            # "The pressure prompted the prime minister to say the police would be consulted": the one
            # prompted to speak says the words, not the sentence's subject
            at = floor + prompted.start("np")
            ent = self._resolve(prompted.group("np").strip(), at)
            if ent is not None:
                return Cue(verb, v.start(), v.end(), ent, at, at + len(prompted.group("np").rstrip()), False)
        if verb in BASE_FORMS and re.search(r"\b(?:to|not)\s*$", left) and not re.search(
            rf"\b(?:(?:went|goes|go|gone|going)\s+on\s+to|continu(?:ed|es|e|ing)\s+to|{SPEAKS_TO}|{USED_TO_SAY})\s*$", left
        ):
            return None  # "refused to say", "did not deny": no statement is reported (but "went on to say",
            # "continued to warn", "is continuing to insist", "used a speech to say": the subject says it; and "is expected to say
            # that …", a speech announced before it is made, as "will say" is)
        if verb in BASE_FORMS and re.search(r"(?:^|[.,;]\s+|\b(?:[Bb]ut|[Aa]nd)\s+)[Nn]either\s+[^.;:“”\"]{1,80}?\s+nor\s+[^.;:“”\"]{1,80}?\s+(?:would|will|could|can|did|does|do)\s*$", left):
            return None  # "Neither Mr Hale nor Mr Vane would say how they would use the cash": nobody says it
        if verb in {"thanked", "thanking"} and re.search(r",\s+and\s*$", left):
            return None  # "… attended with his mother, Ann, and thanked her for …": the subject's verb, not Ann's
        if verb.startswith("agree") and re.search(r"\b(?:if|unless|once|when|whether)\s+(?:[\w’'-]+\s+){1,3}$", left, re.I):
            return None  # "if the judge agrees she could …": a condition, not a statement
        if re.search(r"\b(?:if|unless|whether)\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,2}$", left, re.I) and re.match(r"\s+that\b", text[v.end() :]):
            return None  # "But if the judge rules that the firms are …": a condition, not what anybody said
        emphatic = re.search(r"\b(?:did|does|do|will|would|could|can|may|might|must|should)\b(?:,[^,]*,)?\s*$", left)  # "He did, however, admit"
        # (but people, named by a plural noun right before the verb, speak in the plain form too:
        # "ministers suggest the number could quadruple", "Some analysts stress that …"; not "will those
        # aides suggest …", a question)
        people = re.search(r"(?<![\w’'-])(?P<noun>[a-z][\w-]*s)(?:\s+(?:also|now|still|often|too))?\s+$", left) if verb != "add" else None
        people_say = people is not None and is_person_head(norm(people.group("noun"))) and not re.search(
            r"\b(?:will|would|could|can|may|might|must|should|shall|to|do|does|did)\s+(?:[\w’'-]+\s+){0,3}$", left[: people.start()] + " ", re.I
        )
        # (nor does anything that closes the sentence as its source: "Civil servants have stepped up the
        # shredding, figures compiled by the Tories suggest.", as "…, research suggests." does)
        closing = verb != "add" and re.match(r"\s*[.;]", text[v.end() : v.end() + 2]) is not None and re.search(r",\s+[^,;:“”\"]{2,70}$", left) is not None
        if verb in EMPHATIC_ONLY and not people_say and not closing and not re.search(rf"\b(?:did|does|do)\b(?:,[^,]*,)?\s*$|\b{SPEAKS_TO}\s*$", left):
            return None  # "figures suggest …", "to add to the pressure": only "did stress that …" speaks
        joined = re.search(r"\b(?:and|but)\s*$", left) is not None and any(c.ent is not None for c in cues)  # "… say X and claim Y": the same speakers
        # (the plural subject may come after the verb when it closes the sentence, as after "say": "Many
        # will strike if the scheme goes, warn union leaders.", "…, claim some critics.")
        closing_people = re.search(r",\s*$", left) is not None and (
            after := re.match(r"\s+(?:(?:the|some|many|most|other|several|senior|leading|local)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*s)\s*[.!?]", text[v.end() : e + 1])
        ) is not None and is_person_head(norm(after.group("noun")))
        if verb in BASE_FORMS and verb != "say" and not emphatic and not joined and not closing_people and not re.search(rf"(?:\b(?:[Tt]hey|[Ww]e|I|[Yy]ou)|[a-z]s|\b[A-Z]+s|[a-z]s\s+(?:of|for|in|at|from|behind|near|across|around|among|inside|outside|within|throughout)\s+[^,;:]{{1,40}}|[a-z]s\s+(?:{ASKED_ALT})\s+by\s+[^,;:]{{1,40}}|\b(?:police|staff|people|men|women|children|pair|duo|trio|couple|family)|\b{_AUX_WORDS_ALT}"
            # (or a subject and an aside between commas: "The men, elected in May, deny …", "Certain
            # broadcasters, like Kelso TV, claim …", "Labour, needless to say, claim …")
            rf"|[\w’'-],\s+[^,;:“”\"]{{2,60}},)\s*$", left) and not SHARE.search(left):
            return None  # "A US government claim …": a plain form needs a plural subject ("critics claim", "some MPs argue", "half of them argue", "They claim" opening a sentence)
        if verb == "report" and not re.search(
            r"(?:\b[Tt]hey|(?<![\w’'-])[a-z][\w-]*[^s\W’']s(?:\s+(?:in|from|at|across|around|outside)\s+[^,;:“”\"]{1,40}?)?)(?:\s+(?:also|now|still|often|too))?\s*$", left
        ):
            return None  # "Some users in Canada also report that …", "Firms report …"; the noun is as
            # often a plain form's lookalike: "a press report that …", "The Demos report looked at …"
        if verb in {"added", "adds", "adding"} and (
            re.match(r"\s+to\s", text[v.end() :])
            or ((obj := re.match(r"(?:\s+[\w’'%.-]+){1,8}\s+to\s+(?:the|his|her|their|its|a)\s", text[v.end() :])) is not None and not _CLAUSE_BEFORE_TO.match(obj.group()))
        ):
            return None  # "adding to a growing list of awards", "added tries to the All Blacks' tally": nothing said
        if verb in {"added", "adds"} and re.match(
            r"\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)\s+[a-z]+s\b(?!\s+(?:would|will|were|are|had|have|could|should|might|may|must)\b)", text[v.end() :]
        ):
            return None  # "Ian Kerr added four conversions as …": a count of things as its object (not "added two plants would close")
        if verb in {"added", "adds"} and (amount := re.match(r"\s+(?:[£$€]\d[\d,.]*(?:bn|m|k)?|\d[\d,.]*(?:%|p|bn|m)(?=[\s,.;]))", text[v.end() : e])) and not has_verb(text[v.end() + amount.end() : e]):
            return None  # "he added 1.28p per litre", "shares added 5.3% to 740 yen": an amount as its object (not "added 20% of staff would go")
        if re.match(r"\s+(?:(?:nothing|little|anything|something|everything)\s+(?:about|of|on|to|for|over)|(?:more|much|less)\s+(?:about|on|over))\b", text[v.end() : e]):
            return None  # "Ministers said nothing about supporting the dollar", "This said more about …": no words reported
        if verb in {"continued", "continues", "went on", "goes on"} and re.match(r"\s+to\b", text[v.end() :]):
            return None  # "Iraq continued to be …": going on, not speaking
        if verb in {"went on", "goes on"} and re.match(r"\s+[\w(]", text[v.end() :]):
            return None  # "it went on sale in May", "went on the offensive": speech goes on only before a
            # colon or a quote ("She went on: …"), or after the words ("…, he went on.")
        participle = bool(PARTICIPLE.search(verb.split()[0])) and not verb.startswith(("is ", "was "))
        progressive = participle and re.search(r"\b(?:is|are|was|were)\s*$", left)
        if participle and not progressive:
            # "Reuters quoted one trader as saying …", "the paper quoted him as saying": the one quoted
            # said it, not the sentence's subject.
            # ("Anelka was quoted in a French newspaper as saying": the subject, as the passive goes; "as"
            # may be left out: "It quoted a spokesman for the fund complaining that …")
            quoted = re.search(r"(?P<passive>\b(?:is|was|were|are|been|being)\s+)?\bquoted\s+(?P<np>[^,;:“”\"]{1,80}?)\s+(?:as\s+)?$", left)
            if quoted is not None:
                if quoted.group("passive"):
                    qe = floor + quoted.start()
                    np = np_before(text, floor, qe)
                else:
                    qs, qe = floor + quoted.start("np"), floor + quoted.end("np")
                    obj = {"him": "he", "her": "she", "them": "they"}.get(quoted.group("np"))
                    np = (obj, qs) if obj else np_before(text, qs, qe)
                ent = self._resolve(*np) if np is not None else None
                if ent is not None:  # (the cue runs from the clause's start: "Reuters quoted … as saying")
                    # (from the quoting clause's own subject when it closes the sentence: "Kelco has held
                    # talks, Reuters quoted sources as saying." reports the words before it)
                    quoter = np_before(text, floor, floor + quoted.start()) if not quoted.group("passive") else np
                    at = quoter[1] if quoter is not None else floor + len(left) - len(left.lstrip(" ,"))
                    return Cue(verb, v.start(), v.end(), ent, at, qe, False)
            # "…, with investors saying …": the speaker is the noun phrase after "with".
            # (also the subject of a gerund after "despite", "amid", "following", and after "it is no good"
            # or "all well and good": "It's all well and good Ann Vey claiming that Verum …" is Ann Vey's)
            with_np = re.search(r"(?:\b(?:[Ww]ith|[Dd]espite|[Aa]mid|[Ff]ollowing)|\b(?:no|and)\s+good)\s+((?:[\w’'%-]+\s+){0,5})$", left)
            if with_np and with_np.group(1).strip():
                ent = self._resolve(with_np.group(1).strip(), floor + with_np.start(1))
                if ent is not None:
                    return Cue(verb, v.start(), v.end(), ent, floor + with_np.start(1), v.start(), False)
            # "has denied a report claiming he warned …": the report right before the participle says it
            report = next((r for r in REPORT_SAYING.finditer(text, max(floor, v.start() - 80), v.end()) if r.end() == v.start()), None)
            if report is not None and report.group("written") and re.search(r"\b(?:wr[io]tes?|written|writing|sen[dt]s?|sending|issu(?:es?|ed|ing)|publish(?:es|ed|ing)?|releas(?:es?|ed|ing)|post(?:s|ed|ing)?|penn?(?:ed|s)?|sign(?:s|ed|ing)?|deliver(?:s|ed|ing)?)\s+(?:(?:out|off|in|up)\s+)?$", text[max(floor, report.start() - 30) : report.start()]):
                report = None  # "Tom Hale sent a letter saying …": the writer's words, as "said in a letter" are
            if report is not None:
                # (a story the article gives no other name: "a BBC story" speaks as such)
                # (one from somebody is the document as the article gives it, not its writer: "an open
                # letter from its boss Tom Hale")
                from_writer = report.group("written") is not None and " from " in report.group("written")
                ent = (None if from_writer else self._resolve(report.group("np"), report.start("np"))) or source(self.cast, as_named(report.group("np")), report.start("np"), report.group("np").split(" from ")[0].split()[-1])
                return Cue(verb, v.start(), v.end(), ent, report.start("np"), report.end("np"), False)
            # "…, he said, adding that …": the speaker of the cue the participle follows, also past an
            # appositive that describes a speaker named after the verb ("said Nadia Petrov, a lecturer
            # at Kelso Law School, adding that …").
            appositive = lambda c, gap: c.inverted and (a := re.fullmatch(r"\s*,\s*([^,;:“”\"]{1,80}),\s*", gap)) is not None and not has_verb(a.group(1))
            # (and past what a cue's verb is followed by, with no verb of its own: "Mr Hale “made the
            # decisions,” he told the court, saying …", "she said on Friday, adding …")
            addressed = lambda c, gap: not c.inverted and re.fullmatch(r"\s+[^,;:“”\"]{1,50},\s*", gap) is not None and not has_verb(gap)
            cue_before = next((c for c in reversed(cues) if c.ent is not None and (re.fullmatch(r"\s*,?\s*", text[c.end : v.start()]) or appositive(c, text[c.end : v.start()]) or addressed(c, text[c.end : v.start()]))), None)
            if cue_before is not None:
                return Cue(verb, v.start(), v.end(), cue_before.ent, v.start(), v.start(), False)
            # "The party suspended a candidate for allegedly suggesting …": who is punished or blamed
            # for saying something said it, not the subject.
            blamed = re.search(r"\b[a-z]+ed\s+(?P<np>(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+for\s+(?:[a-z]+ly\s+)?$", left)
            if blamed is not None and (ent := self._resolve(blamed.group("np"), floor + blamed.start("np"))) is not None:
                return Cue(verb, v.start(), v.end(), ent, floor + blamed.start("np"), floor + blamed.end("np"), False)
            # "Ms Roe said she opposed the plans branding them “regressive”", "… for its products saying
            # that …": a participle after the reported words with its comma left out is the speaker's
            # whose cue opened those words (not after a preposition: "… left after saying he was tired")
            unmarked = (w := re.search(r"\b([a-z]+)\s+$", left)) is not None and w.group(1) not in {"as", "after", "before", "despite", "while", "by", "for", "without", "on", "in"}
            prev = next((c for c in reversed(cues) if c.ent is not None and c.end <= v.start()), None)
            if unmarked and prev is not None and _UNMARKED_PARTICIPLE.match(text, v.start()):
                return Cue(verb, v.start(), v.end(), prev.ent, v.start(), v.start(), False)
            # "Praising Kelso and Carlow for their efforts, she said: …", "Describing her son as “a good
            # person”, his mother said …": a participle opening the sentence is the speaker's whose
            # speech verb heads the main clause after its phrase's comma
            if re.fullmatch(r"\s*(?:(?:But|And|Yet|So),?\s+)?", text[s : v.start()]):
                phrase = _PHRASE_TO_COMMA.match(text, v.end(), e)  # (past any quoted words in it)
                comma = phrase.end() - v.end() if phrase is not None else None
                main = VERB.search(text, v.end() + comma, e) if comma is not None else None
                np = np_before(text, v.end() + comma, main.start()) if main is not None else None
                ent = self._resolve(*np) if np is not None and text[v.end() + comma : np[1]].strip() == "" else None
                if ent is not None:
                    return Cue(verb, v.start(), v.end(), ent, np[1], np[1] + len(np[0]), False)
            # "…, saying …" / "by claiming …": the speaker is the subject of the sentence.
            subj = self._sentence_subject(s, v.start(), spans)
            return Cue(verb, v.start(), v.end(), subj[0], v.start(), v.start(), False) if subj else None
        if _PLURAL_NOUN_VERB.fullmatch(verb) and re.search(r"\b[Aa]ccording\s+to\s+[^,;:“”\"]*$", left):
            return None  # "according to Chinese state press reports, …": the noun that ends the source
        if verb in {"forecasts", "estimates", "claims", "calls for", "calls on"} and re.search(
            r"\b(?:of|to|in|on|for|with|by|from|at|than)\s+(?:the\s+)?(?:[A-Z][\w&.-]*\s+){1,3}$", left
        ) and not (
            # (but a piece of research with its author is the verb's subject: "A separate report by Kelso
            # forecasts that the market will grow", "a study from Tanco estimates that …"; so is a report
            # with the paper it is in, also before a clause with no "that": "But another report in the
            # Kelso Herald claims Mr Vane is unwilling to …")
            re.search(rf"\b(?:{_DOC_ALT}|analysis|review)\s+(?:by|from|for|in)\s+(?:the\s+)?(?:[A-Z][\w&.-]*\s+){{1,3}}$", left)
            and (re.match(r"\s+that\s", text[v.end() :]) or ZERO_THAT_SUBJECT.match(text, v.end() + 1, e) is not None)
        ):
            return None  # "ahead of IMF forecasts": a noun after a preposition, not a verb
        if verb == "rules" and re.search(r"\b(?:[Uu]nder|[Aa]gainst|[Ww]ithin|breach(?:es|ed)?(?:\s+of)?|break(?:s|ing)?|broke)\s+(?:the\s+|its\s+|their\s+)?(?:[\w()&’'.-]+\s+){0,5}$", left):
            return None  # "Under IAAF rules, the athletes could …", "broke Kelso Football Association (KFA) rules": the noun
        if verb in {"forecasts", "estimates", "claims", "reports", "warnings", "calls for"} and (
            re.search(r"\b(?:[Aa]mid|[Dd]espite|[Ff]ollowing|[Oo]ver|[Aa]bout)\s+(?:[\w-]+\s+){0,2}$", left)
            # (right after any other preposition too: "quit after reports in a newspaper that he …")
            or re.search(r"\b(?:after|before|since|with|by|from|of|on|to|against|behind)\s+$", left, re.I)
            or (re.fullmatch(r"\s*[A-Z][a-z]+ing\s+", left) and MAIN_AFTER_COMMA.search(text, v.end(), e) is not None)
        ):
            return None  # "amid opposition claims he was …", "Addressing claims that …": a noun after a preposition or gerund
        if verb in {"claims", "reports"} and re.search(
            r"(?<![Tt]he\s)(?<![Aa]\s)(?<![Aa]n\s)\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?"
            r"|confirm(?:s|ed|ing)?|discuss(?:es|ed|ing)?|investigat(?:e|es|ed|ing)|address(?:es|ed|ing)?)\s+(?:[a-z][\w-]*\s+){0,2}$",
            left,
        ):
            return None  # "The club denied claims that …", "refused to discuss weekend newspaper reports that …": the object of a verb of answering them
        if verb in {"forecasts", "estimates", "claims", "reports", "warns", "promises"} and re.match(r"\s+(?:were|was|are|is|have|had|will|would)\b", text[v.end() :]):
            return None  # "95% of insurance claims were for …": the noun, then the sentence's verb
        np = None
        prev = next((c for c in reversed(cues) if c.ent is not None), None)
        if prev is not None and re.search(rf"\b(?:and|but)(?:\s+{_AUX_WORDS_ALT})*\s*$", left):
            return Cue(verb, v.start(), v.end(), prev.ent, v.start(), v.start(), False)  # "X denied … and insisted …"
        # (also after quoted words that close the clause with no comma: '2004 was a “stellar year” said
        # Tom Hale, head of …')
        marked = re.search(r"[a-z][”\"]\s+$", text[s : v.start()]) is not None and not left.strip() and has_verb(text[s : v.start()])
        if verb in {"said", "says", "added", "adds"} and (marked or re.search(r"[a-z]\s+$", left) and has_verb(left) and not re.search(rf"\b{PRONOUN}\s+$", left)):
            # "… making banks turn to Windows said Dominic Hirsch, managing director of …": the comma
            # before an inverted cue left out; only a person's full name after the verb makes it one.
            before = np_before(text, floor, v.start()) if not marked else None
            words_before = before[0].split() if before is not None else []
            subject = before is not None and (
                parse_person(before[0])[1] is not None or is_person_head(head_noun(words_before)) or head_noun(words_before) in ORG_NOUNS
                or singular(head_noun(words_before)) in ORG_NOUNS or self.cast.by_name(before[0], before[1]) is not None
            )  # (not "After the vote Mr Lee said John Smith, the chairman, was wrong")
            after = np_after(text, v.end(), e) if not subject else None
            person = parse_person(after[0])[1] if after is not None else None
            # (the name may follow a title: "… a political issue said MP Tom Hale, the party's spokesman")
            titled = person is not None and after[0].endswith(" " + person) and all(w[0].isupper() for w in after[0][: -len(person)].split())
            if person is not None and len(person.split()) > 1 and (after[0] == person or titled) and re.match(r"\s*(?:,|[.!?]?\s*$)", text[after[1] + len(after[0]) : e]):
                ent = self._resolve(*after)
                if ent is not None and ent.kind == "person":
                    return Cue(verb, v.start(), v.end(), ent, after[1], after[1] + len(after[0]), True)
        # "His mother, Ann, said her son's friend, Bob Lane, had …", "… Bob Lane - who was jailed - had
        # …": a person's name in apposition to a noun for a person, before the verb, is its subject;
        # the words after the verb are what was said, not a speaker named after it
        apposed = (appositive := re.search(rf"\b([a-z][\w-]*),\s*({CAP_RUN.pattern})\s*,\s*$", left)) is not None and (
            is_person_head(norm(appositive.group(1))) or ((named := self._resolve(appositive.group(2), floor + appositive.start(2))) is not None and named.kind == "person")
        )
        if re.search(r"\S[,;]\s*$", left) and verb in NO_OBJECT and not apposed:
            # "…, do not buy insurance for these disasters, said a US-based insurance expert.": a
            # speaker after the verb, with nothing after it but an aside, is the subject.
            after = np_after(text, v.end(), e)
            rest = text[after[1] + len(after[0]) : e] if after is not None else ""
            aside = re.fullmatch(r"(?:,[^“”\"]*)?[\s.!?]*", rest) and not has_verb(re.split(r"\s(?:who|which|whose)\s", rest)[0])  # (its relative clause aside)
            goes_on = re.match(r",\s+(?:because|and|but|as|since|although|though|so|while|whereas)\b", rest)  # "…, said X, because …"
            if after is not None and (aside or goes_on) and not re.fullmatch(PRONOUN, after[0]):
                ent = self._resolve(*after)
                if ent is not None:
                    return Cue(verb, v.start(), v.end(), ent, after[1], after[1] + len(after[0]), True)
        if not re.fullmatch(r"[\s,;:]*", left):
            np = np_before(text, floor, v.start())
            fragment = next((a for a, b in spans if b == floor), None)
            comma = left.rfind(",")
            if (
                np is not None and fragment is not None and fragment > s and comma > 0 and not has_verb(left[:comma]) and not re.match(r"\s*,", left)
                and has_verb(text[s:fragment]) and not re.search(r"[,;:]", text[s:fragment]) and floor - fragment < 80
            ):
                # 'Kelso bosses have held "friendly" talks with the Hale group, its chief has said.': quoted
                # words inside the clause, not before the cue; the clause runs from the sentence start, so
                # the phrase after its last comma is the speaker, not the words after the quote (a comma
                # right after the quote leaves it the words' end: '… "…", Rabbi Tom Hale, founder of X, said')
                np = np_before(text, s, v.start()) or np
            last = re.search(r"(?:^|[\s,(])([A-Z][a-z]+)\s*$", left)
            if np is None and last and (known := self.cast.by_name(last.group(1), floor + last.start(1))) is not None and known.kind == "person":
                np = last.group(1), floor + last.start(1)  # "May said:": a surname that is also a word
            if (
                np is not None and np[1] == floor and re.fullmatch(r"[A-Z][a-z]+", np[0]) and re.fullmatch(r",\s*", text[np[1] + len(np[0]) : v.start()])
                and self.cast.by_name(np[0], np[1]) is None and norm(np[0]) not in ORG_NOUNS | PERSON_NOUNS
            ):
                np = None  # "Often, said Mr Pearson, …": a fronted adverb, the speaker after the verb
        if (
            np is not None and np[1] > s and re.search(r",\s*$", left)
            and (listed := re.search(r",\s+(?:who|whose)\s+[^,;“”\"]+,[^;“”\"]*$", text[s : np[1]])) is not None
            and re.search(r"(?:,|\band)\s*$", text[s : np[1]]) is not None
        ):
            # "The Oscar-nominated actor, whose films include Red Sky, Ben Vane and Star Trek, said: …": the
            # phrase before the verb ends a list inside the relative clause that describes the subject,
            # which stands before it (not "Ben Vane and Star Trek")
            np = np_before(text, s, s + listed.start()) or np
        if np is None and floor > s and re.search(r",\s+(?:who|which)\s", text[s:floor]) and re.fullmatch(rf"[^,;:“”\"]*,\s*(?:{_AUX_WORDS_ALT}\s+)*", left):
            # "Mr Cole, who has called the plan a “farce” at the summit, has said …": the quoted words
            # are inside the relative clause that describes the subject, which stands before it
            np = np_before(text, s, v.start())
        if np is None and floor > s and (described := reduced_subject(text, s, v.start())) is not None:
            # "A nurse sacked over “rude remarks” on her blog says …": the quoted words are inside the
            # participle phrase that describes the subject
            np = described[:2]
        if np is None and verb not in {"told", "tells", "telling", "thanked", "thanking"} and (re.fullmatch(r"[\s,;:]*", left) or re.search(r"[,;]\s*$", left)):
            # Inverted: “…,” said X / …, said Stuart Hensel of the EIU. / Instead, said X, … (never
            # "told X" or "thanked X": X is who heard it or was thanked)
            after = np_after(text, v.end(), e)
            if after is not None and re.fullmatch(PRONOUN, after[0]) and re.search(r"\w", left) and re.match(r"\s+\w", text[after[1] + len(after[0]) : e]):
                after = None  # "…, of Torfaen, said it was vital …": the pronoun opens the clause
            elif after is not None and re.match(r"\s+(?:was|were|is|are|had|has|have|would|could|will|should|may|might|must|can)\b", text[after[1] + len(after[0]) : e]):
                after = None  # "The guidance, published on Tuesday, said the police had a duty …": so does a noun phrase with its verb
            if after is not None:
                ent = self._resolve(*after)
                if ent is not None:
                    end = after[1] + len(after[0])
                    # "…,” said one musician quoted by the report.": the words describing the speaker
                    # belong to the cue, not to what was said.
                    described = re.match(r"\s+[a-z]+ed\s+(?:by|in|for|at|on|from|outside)\b[^,;:!?“”\"]*?(?=[.!?]?\s*$)", text[end:e])
                    # "Already, said Ann Roe, chief economist at Kelso Bank, the plan is failing.": the
                    # aside that describes the speaker belongs to the cue too, and the words go on after it
                    aside = _SPEAKER_ASIDE.match(text, end, e)
                    if described is None and aside is not None and not has_verb(aside.group("aside")) and has_verb(text[aside.end() : e]):
                        return Cue(verb, v.start(), v.end(), ent, after[1], aside.end("aside"), True)
                    then = _SPEAKER_ASIDE_THEN_CLAUSE.match(text, end, e)
                    if described is None and then is not None and not has_verb(then.group("aside")) and has_verb(text[then.end() : e]) and re.search(r"\w,\s*$", left):
                        return Cue(verb, v.start(), v.end(), ent, after[1], then.end("aside"), True)
                    return Cue(verb, v.start(), v.end(), ent, after[1], end + (described.end() if described else 0), True)
        if np is not None and np[0] in HONOURS and (named := re.search(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+(?=,\s*$)", text[floor : np[1]])):
            # "Judge Tom Hale, QC told the hearing …": letters after a name and its comma are the
            # person's, who is the subject (not a body called "QC")
            np = np_before(text, floor, floor + named.end()) or np
        split = (
            np is not None and verb not in {"told", "tells", "telling"} and re.search(r"\w\s*,\s*$", left) is not None
            and np[1] + len(np[0]) >= floor + len(left.rstrip(" ,")) and not re.fullmatch(PRONOUN, np[0].strip()) and not apposed
        )
        if split and (after := np_after(text, v.end(), e)) is not None and not re.fullmatch(PRONOUN, after[0]) and (after[0][:1].isupper() or after[0].split()[0] in {"the", "a", "an"}):
            # "One of the drawbacks of the game, said Mr Hale, was …", "The ministers' comments, said Ann
            # Roe of Kelso Bank, were …": a phrase, a comma, a speaker after the verb (and where they
            # are from), a comma and a finite verb: the phrase is the subject of the words, split from
            # them by the speaker, whatever it names
            end = after[1] + len(after[0])
            where = re.match(r"\s+(?:of|at|from|for)\s+[^,;:“”\"]{1,60}(?=,)", text[end:e])
            goes_on = re.match(r",\s+(?:(?:also|still)\s+)?(?:was|were|is|are|would|could|will|had|has|have|should|might|may|can|must)\b", text[end + (where.end() if where else 0) : e])
            if goes_on is not None and (ent := self._resolve(*after)) is not None:
                return Cue(verb, v.start(), v.end(), ent, after[1], end + (where.end() if where else 0), True)
        if np is not None and np[0].strip() + "s" in PERSON_NOUNS and re.search(r"(?<![\w’'-])(?!(?:the|a|an|and|or)\s)[a-z]+\s+$", text[max(0, np[1] - 20) : np[1]]):
            # "… a stronger economy than official estimates, Ms Lee said": a lone singular person noun
            # after an ordinary word, with no article, is no subject ("official" qualifies the noun
            # after it, which is no verb)
            return None
        if np is not None:
            # "But while he tipped Swank to win, he predicted …": a pronoun again in the same sentence
            # is the same person, not someone named in between.
            again = re.fullmatch(PRONOUN, np[0].strip()) and next(
                (c for c in reversed(cues) if c.ent is not None and text[c.subj_start : c.subj_end].lower() == np[0].strip().lower()), None
            )
            ent = again.ent if again else self._subordinate_pronoun(np, s, spans) or self._resolve(*np)
            # "Lee and his business partner Ann Roe said": the phrase found is the second person only;
            # with a name and "and" opening the clause before it, both speak
            first = re.fullmatch(rf"[\s,“”\"]*(?P<first>(?:[A-Z][\w&.-]*\s+){{0,3}}?(?:[a-z][\w-]*\s+){{0,3}}?{CAP_RUN.pattern})\s+and\s+", text[floor : np[1]])
            if ent is not None and ent.kind == "person" and first is not None and (pair := self._named_pair(text[floor + first.start("first") : np[1] + len(np[0])], np[1])) is not None:
                return Cue(verb, v.start(), v.end(), pair, floor + first.start("first"), np[1] + len(np[0]), False)
            if (
                ent is not None and ent.kind == "org" and first is not None
                and (bodies := self._named_bodies(text[floor + first.start("first") : np[1] + len(np[0])], np[1], ent)) is not None
            ):
                return Cue(verb, v.start(), v.end(), bodies, floor + first.start("first"), np[1] + len(np[0]), False)
            if ent is not None and ent.kind == "org" and " and " in np[0] and (listed := self._bodies_listed_before(np, s)) is not None:
                return Cue(verb, v.start(), v.end(), listed[0], listed[1], np[1] + len(np[0]), False)
            if ent is not None:
                # '“…,” the firm's chief executive, Ann Roe, told the BBC': the description the name
                # stands in apposition to opens the cue, right after the quote it closes
                described = _DESCRIPTION_BEFORE.search(text, max(0, np[1] - 80), np[1])
                if described is not None and ent.kind == "person" and not has_verb(described.group("desc")):
                    return Cue(verb, v.start(), v.end(), ent, described.start("desc"), np[1] + len(np[0]), False)
                return Cue(verb, v.start(), v.end(), ent, np[1], np[1] + len(np[0]), False)
            if verb not in {"told", "tells", "telling"} and re.search(r"\w\s*,\s*$", left) and np[1] + len(np[0]) >= floor + len(left.rstrip(" ,")):
                # "The tone of the campaign, said Mr Milburn, would be …": the phrase before the verb
                # names no speaker; it is the subject of the words, split from them by the speaker
                # named after the verb
                after = np_after(text, v.end(), e)
                if after is not None and not re.fullmatch(PRONOUN, after[0]) and re.match(r"\s*,", text[after[1] + len(after[0]) : e]):
                    ent = self._resolve(*after)
                    if ent is not None:
                        end = after[1] + len(after[0])
                        aside = _SPEAKER_ASIDE.match(text, end, e)
                        if aside is not None and not has_verb(aside.group("aside")) and has_verb(text[aside.end() : e]):
                            end = aside.end("aside")
                        return Cue(verb, v.start(), v.end(), ent, after[1], end, True)
        # "… and said …", "… but insisted …", "… replied: “…”": the subject of the clause before.
        if re.search(rf"\b(?:and|but|then)(?:\s+{_AUX_WORDS_ALT})*\s*$", left) or (np is None and re.match(r"\s*:", text[v.end() :])):
            prev = next((c for c in reversed(cues) if c.ent is not None), None)
            if prev is not None:
                return Cue(verb, v.start(), v.end(), prev.ent, v.start(), v.start(), False)
            subj = self._sentence_subject(s, v.start(), spans)
            if subj is not None:
                return Cue(verb, v.start(), v.end(), subj[0], v.start(), v.start(), False)
        return None

    def _colon_cue(self, s: int, e: int, spans) -> Cue | None:
        """"Her conclusion was simple: too many targets will be missed." / "Ms Vale was very clear:
        “…”": the colon opens what the owner of the verdict, or the subject that was clear, said
        (a cue whose verb is the colon, like a name and a colon before quoted words)."""
        m = _COLON_STATEMENT.search(self.text, s, e)
        if m is None or any(a <= m.start() < b for a, b in spans):
            return None
        group = next(g for g in ("pro", "who", "subj", "forwho") if m.group(g))
        who = _POSSESSIVE_PRONOUN[m.group(group).lower()] if group == "pro" else m.group(group)
        ent = self._resolve(who, m.start(group))
        if ent is None:
            return None
        return Cue(":", m.end(), m.end(), ent, m.start(group), m.end(), False)

    def _subordinate_pronoun(self, np: tuple[str, int], s: int, spans) -> Entity | None:
        """"Business leaders opposed the plan as they said it was costly": "they" (or "it") in a clause
        that hangs on the main one is that clause's subject when it is a body or a group."""
        pro = np[0].strip().lower()
        if pro not in {"they", "it"} or not re.search(r"\b(?:as|because|since|when|while|after|although|though)\s+$", self.text[s : np[1]]):
            return None
        if (common := _COMMON_PLURAL_SUBJECT.match(self.text, s)) is not None:
            # "Shares in UK drugs firm Kelso Pharma fell 19% after it said …", "Signs that it was in trouble
            # emerged when it warned …": a plural common noun with its complement heads the sentence, no
            # body that could speak; "it" is the body its "in", "of" or "at" names, else the one the
            # article has been about
            if pro == "it" and common.group(1) in {"in", "of", "at"} and (owner := np_forward(self.text, common.end(), np[1])) is not None:
                # (the name after its kind: "UK drugs firm Kelso Pharma" is Kelso Pharma, not the UK)
                segment = re.match(r"[^,;:.%“”\"]*", self.text[common.end() : np[1]]).group()
                kind_before = lambda m: (re.search(r"\b([a-z]+)\s+$", segment[: m.start()]) or [None, ""])[1]
                named = next((m for m in CAP_RUN.finditer(segment) if kind_before(m) in INTRODUCING), None)
                if named is not None:
                    owner = (named.group(), common.end() + named.start())
                ent = self._resolve(*owner) if owner[0].strip()[:1].isupper() or owner[0].startswith(("the ", "The ")) else None
                if ent is not None and ent.kind == "org" and not ent.plural:
                    return ent
            return None
        subj = self._sentence_subject(s, np[1], spans)
        if subj is None or subj[1] >= np[1] or subj[0].kind not in {"org", "source"} or subj[0].plural != (pro == "they"):
            return None
        return subj[0]

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
            lead = LEADING.match(chunk)
            off = lead.end() if lead else len(chunk) - len(chunk.lstrip(" ,"))
            # "It is understood that the board met and asked him to stay": an "it" that only announces the
            # clause after it is nobody; the subject is the clause's own
            empty_it = _EMPTY_IT.match(chunk, off)
            if empty_it is not None:
                off = empty_it.end()
            comma = chunk.find(",", off)
            if ADVERBIAL_START.match(chunk[off:]) or _FRONTED_PARTICIPLE.match(chunk[off:]):
                # "During his speech Mr Lane took …": a short phrase of lower-case words with no comma
                # after it, then the person the sentence is about.
                bare = re.match(r"[A-Z][a-z]+(?:\s+[a-z][\w’'-]*){1,4}\s+(?=[A-Z])", chunk[off:])
                if bare is not None and (comma == -1 or off + bare.end() < comma):
                    np = np_forward(text, seg_start + off + bare.end(), limit)
                    # (not a name that only describes the noun closing the phrase: "After collecting a
                    # Kelso Glass trophy, Vale thanked …")
                    noun = re.match(r"\s+([a-z][\w-]*),", text[np[1] + len(np[0]) : limit]) if np is not None else None
                    if noun is not None and not noun.group(1).endswith("ed") and noun.group(1) not in IRREGULAR_PAST:
                        np = None
                    ent = self._resolve(np[0], np[1]) if np is not None else None
                    if ent is not None and ent.kind == "person":
                        return ent, np[1], np[0]
                if comma == -1:
                    return None
                seg_start += comma + 1
                # (and the items of a list it ends with: "After collecting a trophy, a Kelso car and a
                # cheque, Vale thanked …")
                listed = re.match(r"(?:\s*an?\s[^,;:“”\"]*,)*[^,;:“”\"]*\sand\s[^,;:“”\"]*,", text[seg_start:limit])
                if listed is not None and not has_verb(listed.group()):
                    seg_start += listed.end()
                continue
            np = np_forward(text, seg_start + off, limit)
            if np is not None and (country_key(np[0]) or DEMONYM.fullmatch(np[0]) or norm(np[0]) in DEMONYMS):
                # "UK advertising giant Kelso has posted …": the country only describes the body named
                # after its kind, which is the subject
                kind = re.match(rf"\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{INTRODUCING_ALT})\s+(?=[A-Z])", text[np[1] + len(np[0]) : limit])
                named = CAP_RUN.match(text, np[1] + len(np[0]) + kind.end(), limit) if kind is not None else None
                if named is not None:
                    np = (named.group(), named.start())
            owned = re.match(r"\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*,\s+", text[np[1] + len(np[0]) :]) if np is not None and POSSESSIVE.search(np[0]) else None
            if owned is not None:
                # "Ann's uncle, Lewis Hale, told the BBC …, saying …": the one the aside names, not the
                # owner before it
                named = np_forward(text, np[1] + len(np[0]) + owned.end(), limit)
                ent = self._resolve(named[0], named[1]) if named is not None else None
                if ent is not None and ent.kind == "person":
                    return ent, named[1], named[0]
            if np is not None:
                ent = self._resolve(np[0], np[1])
                if ent is not None:
                    return ent, np[1], np[0]
            if comma == -1:
                return None
            seg_start += comma + 1
        return None

    def _sentence_before_opening(self, pos: int) -> tuple[int, int] | None:
        """The span of the sentence before the one ``pos`` opens (after a connective: "But it said"),
        in the same paragraph; None when ``pos`` opens no sentence or its paragraph's first."""
        text = self.text
        for sents in self.sentences.values():
            k = next((i for i, (a, b) in enumerate(sents) if a <= pos < b), None)
            if k is None:
                continue
            if k == 0 or not re.fullmatch(r"(?:(?:But|And|However,|Yet)\s+)?", text[sents[k][0] : pos]):
                return None
            return sents[k - 1]
        return None

    def _document_before(self, pos: int) -> Entity | None:
        """"Thursday's report was drawn up by two committees. It said …": an "It" opening its sentence
        is the report, survey or study the sentence before (in the same paragraph) is about, though that
        one reported nothing (not a body named in passing there, not the last speaker)."""
        before = self._sentence_before_opening(pos)
        m = _DOCUMENT_SUBJECT.match(self.text, *before) if before is not None else None
        return self._resolve(m.group("np"), m.start("np")) if m is not None else None

    def _body_noun_before(self, pos: int) -> Entity | None:
        """"The label believed the name was made up until it received the complaint. It has said …": an
        "It" (or a body's "They") opening its sentence is the body the sentence before (in the same
        paragraph) opens with as "the firm", "the label" or "the club", as the article introduced it."""
        before = self._sentence_before_opening(pos)
        m = _BODY_NOUN_SUBJECT.match(self.text, *before) if before is not None else None
        if m is None:
            return None
        noun = m.group("noun")
        ent = self.cast.by_alias(noun, m.start("noun")) if noun in INTRODUCING else self._resolve(f"the {noun}", m.start("noun"))
        # (a public body may go by the noun alone: "The opposition made capital from the figures. It said …")
        return ent if ent is not None and ent.kind == "org" and (ent.name[:1].isupper() or noun not in INTRODUCING) else None

    def _public_body_heading(self, pos: int) -> Entity | None:
        """"The Russian government forced the sale … to enforce a tax bill it says the firm owes": an "it"
        in a clause on a noun of its own sentence (with "which" or "that", or none) is the public body
        that sentence opens with, called by its kind ("the government", "the Kelso commission"), before
        any body named in the sentence before."""
        k = bisect_right(self.starts, pos) - 1
        if k < 0:
            return None
        a = self.spans[k][0]
        if not re.search(r"(?:\b(?:which|that)|[a-z]{3,})\s+$", self.text[a:pos]):
            return None
        m = _BODY_HEADING.match(self.text, a, pos)
        if m is None:
            return None
        words = m.group("np").split()
        if words[0].lower() != "the" or len(words) > 3 or words[-1] not in ORG_NOUNS or words[-1] in BUSINESS or words[-1].endswith("s"):
            return None
        ent = self._resolve(m.group("np"), m.start("np"))
        return ent if ent is not None and ent.kind == "org" and not ent.plural else None

    def _body_subject_near(self, pos: int) -> Entity | None:
        """"Intel filed a document with the court. … It said …", "The government is cracking down on
        estates which it says are idle": an "it" that speaks, when no body has spoken yet, is the one
        heading its own sentence before it, else one of the two sentences before (past sentences that
        "it" heads); never a person, a group or a thing."""
        k = bisect_right(self.starts, pos) - 1
        if k < 0:
            return None
        for j in range(k, max(-1, k - 3), -1):
            a, b = self.spans[j]
            inner = j == k
            # "Although the White House backs the plan, it has indicated that …": "it" heading the main
            # clause after a fronted clause of concession or time is that clause's subject
            fronted = _FRONTED_CLAUSE.fullmatch(self.text, a, pos) if inner else None
            if fronted is not None:
                m = _BODY_HEADING.match(self.text, fronted.start("clause"), fronted.end("clause"))
                np = re.sub(r"\s+[a-z]{3,}ly$", "", m.group("np")) if m is not None else ""  # ("the White House officially still backs")
                named = m is not None and (np[:1].isupper() or np.split()[0] == "the")  # (a name or "the …", no "shares")
                if named and not re.fullmatch(PRONOUN, np) and parse_person(np)[1] is None and not np.endswith("s"):
                    ent = self._resolve(np, m.start("np"))
                    if ent is not None and ent.kind == "org" and not ent.plural:
                        return ent
            if inner and not re.search(r"\b(?:which|that|as|after|when|because|but|and|since|while|what)\s+$", self.text[a:pos]):
                continue  # "Asking firms to … would stifle innovation, it said.": the words said, not who said them
            m = _BODY_HEADING.match(self.text, a, min(b, pos))
            if m is None:
                if inner:
                    return None  # "Market leader Nintendo, however, is releasing a console that it says …": its own subject or nobody
                continue
            if re.fullmatch(PRONOUN, m.group("np")):
                continue  # "It summed up the mood …": the same body going on
            np = m.group("np")
            words = np.split()
            if words[0].lower() in {"there", "here", "this", "that", "these", "those", "such", "what"}:
                return None  # "There was an outcry when the council …": no subject named
            if words[-1][:1].islower():
                # "the government", "the council" name the body as the article gives it; "the US firm",
                # "the computer giant" stand for a business named elsewhere, which is not found here
                if words[0].lower() != "the" or len(words) > 3 or words[-1] not in ORG_NOUNS or words[-1] in BUSINESS or words[-1].endswith("s"):
                    return None
            elif parse_person(np)[1] is not None or words[-1].endswith("s"):
                return None  # a person's name, or a plural ("Barclays"): not an "it" (nor to be added as one)
            ent = self._resolve(np, m.start("np"))
            return ent if ent is not None and ent.kind == "org" and not ent.plural else None
        return None

    def _resolve(self, np: str, pos: int) -> Entity | None:
        """The entity a noun phrase names: a pronoun, a person, a role nominal, a body or an unnamed
        source (the last two as the article names them)."""
        cast = self.cast
        s = np.strip().rstrip(".")
        if re.fullmatch(PRONOUN, s):
            if s.lower() == "it" and (doc := self._document_before(pos)) is not None:
                return doc
            if s.lower() in {"it", "they"} and (body := self._body_noun_before(pos)) is not None:
                return body
            if s.lower() == "it" and (own := self._public_body_heading(pos)) is not None:
                return own
            ent = cast.by_pronoun(s, pos)
            if ent is None and s.lower() == "it":
                ent = self._body_subject_near(pos)
            return ent
        # "The Reserve Bank of Kelso raised rates. … The Bank said …": a kind of body in capitals after
        # "the" is the body the article named in full with that word before (not a body called "Bank")
        kind_only = re.fullmatch(r"[Tt]he\s+([A-Z][a-z]+)", s)
        if kind_only is not None and norm(kind_only.group(1)) in ORG_NOUNS and (body := self._named_in_full(kind_only.group(1), pos)) is not None:
            return body
        # "the BBC's Sarah Rainsford in Moscow": the person, not where they are
        located = re.fullmatch(r"(?P<np>.*?(?P<name>[A-Z][\w’'-]*\s+[A-Z][\w’'-]*))\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", s)
        if located and (person := parse_person(located.group("name"))[1]) is not None and len(person.split()) > 1:
            s = located.group("np")
        if re.fullmatch(r"(?:[A-Z][\w&.-]*\s+)+\d{1,2}", s) and not parse_person(s.rsplit(" ", 1)[0])[1]:
            return cast.add_org(s, pos)  # "Radio 1", "Channel 4": a station
        one = ONE_OF.fullmatch(s)
        if one and (group := one_of_group(one.group("rest"))) is not None:
            # "one of the three brothers behind the Kelso Group said": one of them, as the article names
            # them, not the body the phrase ends with; one of a kind of body the opening paragraph leaves
            # unnamed is the body the next one names, as "a charity" is ("…, one of the leading rating
            # agencies says. ¶ Kelso Ratings has classed …")
            body = self._body_named_next(singular(norm(group)), pos) if singular(norm(group)) in INTRODUCING - {"book"} else None
            return body or source(cast, s[0].lower() + s[1:], pos, singular(norm(group)))
        share = SHARE.search(s)
        if share and share.start("np") == 0:
            return source(cast, as_named(s).rstrip(","), pos, "people")  # "87% of those asked said": the poll's respondents ("A majority, 52%, said": without the comma after its figure)
        # "Paris-based Euronext", "the Florida-based Roe group", "UK-based research firm Kelso": where a
        # body is based describes it and is no part of its name (when a name follows)
        based = re.match(r"(?P<det>[Tt]he\s+|[Aa]\s+)?(?:[A-Z][\w.]*\s+)*[A-Z][\w.]*-based\s+(?=(?:[a-z][\w-]*\s+){0,2}[A-Z])", s)
        if based is not None:
            # (its article stays: "the Roe group" is the Roe Group the article named)
            pos += based.end() - len(based.group("det") or "")
            s = (based.group("det") or "") + s[based.end() :]
        # "Distributor Kelso Pictures said": a word for a kind of body capitalised only because it opens
        # the sentence (the article never writes it with the name elsewhere) says what the body is; it
        # is no part of the name ("Group Kelsotep" written so mid-sentence too keeps it)
        kind = re.match(r"([A-Z][a-z-]+)\s+(?=[A-Z])", s)
        if kind and norm(kind.group(1)) in INTRODUCING and all(
            re.search(r"(?:^|\n|[.!?][”\"]?\s)\s*$", self.text[max(0, m.start() - 3) : m.start()]) for m in re.finditer(re.escape(s), self.text)
        ):
            pos += kind.end()
            s = s[kind.end() :]
        lead_word = re.match(r"(\S+)\s+(?=\S)", s)
        while lead_word and lead_word.group(1).lower() in ORG_LEADERS:  # "Rival Sony"
            pos += lead_word.end()
            s = s[lead_word.end() :]
            lead_word = re.match(r"(\S+)\s+(?=\S)", s)
        words = s.split()
        if not words:
            return None
        lead = words[0].lower()
        head = head_noun(words)
        # "the minister for civil aviation Raj Patel said", "its spokesman for health Ann Roe": a person's
        # noun with the portfolio it is "for" (in lower case), then the person's full name, is that person
        # (the portfolio is no body, the title no unnamed source).
        portfolio = re.fullmatch(rf"(?:(?:the|a|an|its|his|her|their)\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?P<head>[a-z][\w-]*)\s+(?:for|of)\s+(?:(?!(?:the|a|an|its|his|her|their)\s)[a-z][\w-]*\s+){{1,3}}(?P<name>{CAP_RUN.pattern})", s)
        # (not "a spokesman for singer Tom Hale": a person's noun before the name is the named one's own
        # calling, whose spokesman speaks)
        served = portfolio is not None and is_person_head(norm(s[: portfolio.start("name")].split()[-1]))
        if portfolio and not served and is_person_head(norm(portfolio.group("head"))) and parse_person(portfolio.group("name"))[1] == portfolio.group("name") and len(portfolio.group("name").split()) > 1:
            named = portfolio.group("name")
            at = pos + portfolio.start("name")
            return cast.by_name(named, at) or cast.add_person(named, at, s[: portfolio.start("name")].strip(), None)
        # "Companies contacted by the BBC said", "Analysts questioned by Reuters said": people or bodies a
        # newsroom or a poll asked speak as the article names them, not whoever asked them.
        asked = re.match(rf"(?:(?:the|some|many|most|other|several)\s+)?(?:[a-z][\w-]*\s+)?(?P<head>[a-z][\w-]*s)\s+(?:{ASKED_ALT})\s+by\s+\S", s, re.I)
        if asked and ((h := singular(norm(asked.group("head")))) in ORG_NOUNS or is_person_head(h)):
            return source(cast, as_named(s), pos, norm(asked.group("head")))
        # "a spokesman for Manchester's Trafford Centre": an unnamed source with its body.
        pp = re.match(r"(?:\S+\s+){0,4}?(?P<head>[a-z][\w-]*)\s+(?:for|of|at|from|with|close\s+to)\s+\S", s)
        # (not a post with its portfolio before the holder's full name: "the minister for civil aviation
        # Ravi Sen said" is Ravi Sen)
        holder = parse_person(s)[1] if " for " in s and lead not in {"a", "an"} else None  # (not "a spokesman for Commissioner Tom Hale")
        if holder is not None and (len(holder.split()) < 2 or not s.endswith(holder)):
            holder = None
        if pp and lead in {"a", "an", "the"} and norm(pp.group("head")) in SOURCE_HEADS and holder is None:
            # "A close associate of former Kelso boss Tom Hale has told a court …. Ben Low has been on
            # trial alongside Mr Hale …": somebody's own associate, agent or aide, unnamed in the opening
            # sentence, is the person the article names next (not the one they belong to), as
            # "Juninho's agent" is
            owner = next((m for m in reversed(list(CAP_RUN.finditer(s, pp.end("head"))))), None)  # (the last name: "of former Kelso boss Tom Hale")
            owner_ent = cast.by_name(owner.group(), pos + owner.start()) if owner is not None and lead in {"a", "an"} and norm(pp.group("head")) in _OWN_PEOPLE else None
            if owner_ent is not None and owner_ent.kind == "person":
                ent = self._named_next(s, pos, norm(pp.group("head")), owned=True, other_than=owner_ent)
                if ent is not None:
                    return ent
            return source(cast, as_named(s), pos, norm(pp.group("head")))
        # "The unnamed woman from Kelso says", "a legal expert in the US said": somebody unnamed and where
        # they are from, not the place or body after the preposition (a title there is left to the
        # person the article gives it: "the Labour MP for Ashby"). Only as the clause's subject: in "it
        # has a rival in Kelso, which argues" Kelso is the rival.
        opens = pos == 0 or re.search(r"(?:[.!?:;”\"]\s*|\n\s*|\b(?:But|And|Yet|However,)\s+)$", self.text[max(0, pos - 20) : pos]) is not None
        placed = opens and re.match(r"(?:[a-z][\w-]*\s+){0,3}?(?P<head>[a-z][\w-]*)\s+(?:from|in|at|behind)\s+(?:the\s+)?[A-Z]", s[len(words[0]) + 1 :]) if len(words) > 2 else None
        if placed and lead in {"a", "an", "the"} and is_person_head(norm(placed.group("head"))) and norm(placed.group("head")) not in PERSON_TITLES:
            return source(cast, as_named(s), pos, norm(placed.group("head")))
        # "Sources close to Mr Hale said", "health officials in Kelso said", "sources within the party
        # told": unnamed sources with no article, and where they are; not the person or place named after
        # the preposition.
        bare_pp = re.match(r"(?:[\w-]+\s+)?(?:[a-z][\w-]*\s+)?(?P<head>[a-z][\w-]*s)\s+(?:close\s+to|familiar\s+with|within|inside|in|at|from|for|of)\s+\S", s, re.I)
        if bare_pp and lead not in DETERMINERS and norm(bare_pp.group("head")) in SOURCE_HEADS and norm(words[0]) not in ORG_NOUNS:
            return source(cast, s, pos, norm(bare_pp.group("head")))
        # "The Kelso Housing Office in Leeds said", "Unions for Acme staff in Leeds have said", "Police in
        # Kelso said": a body or group and where it is, not the place (the words before "in" end in a
        # name or a person or body noun). Only as the clause's subject or a cited source: in "it has a
        # rival in Kelso, which argues" Kelso is the rival.
        located_body = re.fullmatch(r"(?P<np>(?:\S+\s+)*?(?P<last>\S+))\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", s)
        cited = re.search(r"\b[Aa]ccording\s+to\s+$", self.text[max(0, pos - 20) : pos]) is not None
        if located_body and (opens or cited) and (
            located_body.group("last")[0].isupper()
            or (w := norm(located_body.group("last"))) in ORG_NOUNS or singular(w) in ORG_NOUNS or w in PERSON_NOUNS or singular(w) in PERSON_NOUNS
        ):
            s = located_body.group("np")
            words = s.split()
            lead, head = words[0].lower(), head_noun(words)
        # "both Plaid Cymru and the Liberal Democrats", "The Conservatives and Liberal Democrats"
        kind_after_and = lambda k: k > 0 and words[k - 1] == "and" and k + 1 < len(words) and words[k + 1][0].isupper()  # "and accountants KPMG"
        title_and = parse_person(s) if re.search(r"\band\b", s) else (None, None, None)
        # (not "Lord Justice Rix and Mr Justice Fox ruled": an honorific after "and" opens a second person)
        second = re.search(r"\band\s+(\w+)", s)
        if title_and[1] is not None and title_and[0] and " and " in title_and[0] and norm(title_and[0].split()[-1]) in ROLE_WORDS and not (second and norm(second.group(1)) in HONORIFICS):
            # "Trade and Industry Secretary Patricia Hewitt": one person whose title has an "and"
            return cast.by_name(title_and[1], pos) or cast.add_person(title_and[1], pos, title_and[0], title_and[2])
        if lead == "the" and norm(words[-1]) in PERSON_TITLES and norm(words[-2]) in ROLE_WORDS and words[-1][0].isupper() and re.search(r"\band\b", s):
            # "the Trade and Industry Secretary has said": a capitalised title with "and" is the person
            # who holds it (named with it, or next), not a body
            ent = cast.by_nominal(s, pos)
            if ent is not None:
                return ent
        if re.search(r"\band\b", s) and words[-1][0].isupper() and all(w[0].isupper() or w in {"and", "the", "both", "Both"} or kind_after_and(k) for k, w in enumerate(words)):
            name = " ".join(words[1:]) if lead in {"both", "the"} else s
            # "Richards and Yelling agree": people the article has named, each by their full name
            parts = [p.split() for p in re.split(r",\s*|\s+and\s+", name.rstrip(",")) if p]
            # "Minister for Children, Young People and Families Ruth Kell": a capitalised title with "and",
            # then her name (not "accountants Moray Hale": a body introduced by its kind)
            last = " ".join(parts[-1])
            titled = next((e for e in cast.entities if e.kind == "person" and " " in e.name and last.endswith(" " + e.name) and last[0].isupper()), None)
            if len(parts) > 1 and titled is not None:
                return titled
            people = [cast.by_name(" ".join(p), pos) for p in parts]
            if len(parts) > 1 and all(
                e is not None and e.kind == "person" and " ".join(p[1:] if norm(p[0]) in HONORIFICS else p) in {e.name, e.surname}
                for p, e in zip(parts, people)
            ):
                name = ", ".join(e.name for e in people[:-1]) + " and " + people[-1].name
            # "the Finance and Economy Ministry", "the Food and Drug Administration": one body whose name
            # has an "and", when one word before it names no one and the body noun ends the name
            one = (
                len(parts) == 2 and len(parts[0]) == 1 and norm(parts[-1][-1]) in ORG_NOUNS and not parts[-1][-1].endswith("s")
                and norm(parts[0][0]) not in ORG_NOUNS and people[0] is None and parse_person(parts[0][0])[1] is None
            )
            # "Consumers Against Tolls and Charges (Catch) said": a name the article shortens in
            # brackets right after it is one body's, "and" and all
            bracketed = self.text.startswith(s, pos) and re.match(r"\s*\([A-Z][\w&-]*\)", self.text[pos + len(s) : pos + len(s) + 40])
            return cast.add_org(name.rstrip(","), pos, plural=not (one or bracketed))
        if " and " in s and (pair := self._named_pair(s, pos)) is not None:
            return pair
        if " and " in s and (bodies := self._listed_bodies(s, pos)) is not None:
            return bodies
        if re.fullmatch(r"[Tt]he\s+PM", s):
            s, words, lead, head = "the prime minister", ["the", "prime", "minister"], "the", "minister"  # "The PM insisted": the title, abbreviated
        aged = re.fullmatch(r"(?P<age>the\s+\d{1,3}-year-old)\s+(?P<noun>[\w-]+)", s, re.I)
        if aged and (norm(aged.group("noun")) in DEMONYMS or (aged.group("noun").islower() and not is_person_head(norm(aged.group("noun"))))):
            # "the 27-year-old Austrian", "the 41-year-old chart-topper": an age makes the phrase a
            # person the article has named, whatever noun follows (not a body called "Austrian"); a
            # nationality is the person it stands for ("the Austrian"), another noun one of any calling
            # (but "the 28-year-old Hale" is Hale)
            noun = aged.group("noun")
            ent = cast.by_nominal("the " + noun if norm(noun) in DEMONYMS else aged.group("age"), pos)
            if ent is not None:
                return ent
        if lead == "the" and (len(words) == 2 and norm(words[1]) in DEMONYMS or len(words) == 3 and words[1] in PLACE_FIRST_WORDS and re.fullmatch(r"[A-Z][a-z]+(?:an|er)", words[2])):
            return cast.by_nominal(s, pos) or source(cast, as_named(s), pos, "person")  # "The Russian said", "said the New Zealander"
        runs = [m for m in CAP_RUN.finditer(s) if m.group().lower() not in DETERMINERS]
        # (or a body given only by its kind: "according to Ann Roe from the company", "Tom Hale of the firm said")
        of_kind = len(runs) == 1 and (kind := re.fullmatch(r"\s+(?:from|at|with|of)\s+the\s+(?:[a-z][\w-]*\s+){0,2}(?P<kind>[a-z]+)", s[runs[0].end() :])) is not None and kind.group("kind") in ORG_NOUNS
        # (or the post right after the name with no comma: "Dr Tom Hale head of exploration said")
        posted = len(runs) == 1 and (post := re.fullmatch(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?P<post>[a-z]+)(?:\s+of\s+[a-z]+(?:\s+[a-z]+){0,2})?", s[runs[0].end() :])) is not None and norm(post.group("post")) in PERSON_TITLES - {"spokesman", "spokeswoman", "spokesperson"}
        # (a person's full name only, nobody's possession: not "Mr Blair's official spokesman", "South African archbishop")
        posted = posted and not re.match(r"(?:the|a|an)\s", s, re.I) and not POSSESSIVE.search(runs[0].group()) and len((parse_person(runs[0].group())[1] or "").split()) > 1 and not DEMONYM.fullmatch(runs[0].group().split()[0])
        of_kind = of_kind or posted
        if runs and runs[0].start() == 0 and (of_kind or len(runs) >= 2 and re.fullmatch(r"\s+(?:from|at|with|of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}", s[runs[0].end() : runs[1].start()])):
            # "Nigel McCune from the Musicians' Union", "Mr Hirsch from Retail Banking Research",
            # "Paul Hofheinz of the Lisbon Council", with the body's kind before its name: "Ann Roe from
            # broadband firm Kelco"
            ent = cast.by_name(runs[0].group(), pos)
            if ent is None:
                role, person, female = parse_person(runs[0].group())
                ent = cast.add_person(person, pos, role, female) if person is not None and len(person.split()) > 1 else None
            if ent is not None and ent.kind == "person":
                return ent
        seat = re.fullmatch(r"(?P<title>[Tt]he\s+(?:[\w’'-]+\s+)*?(?P<head>[\w’'-]+))\s+for\s+[A-Z][\w’'-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w’'-]*)*", s)
        if seat and norm(seat.group("head")) in PERSON_TITLES:
            # "the Labour MP for Ashby": the MP the article has named, not the place (also a seat of two
            # places: "The MP for Kelso and Dunmore said"). The seat is news about someone already in
            # the story: with nobody given the title, the person the sentence before is about ("Labour
            # backbencher Tom Hale mocked the plan. The MP for Kelso said …").
            title = seat.group("title")
            ent = cast.by_nominal(title, pos, fallback=False) or cast.subject_before(pos) or cast.by_nominal(title, pos)
            if ent is not None:
                return ent
        # "the Office of the Deputy Prime Minister (ODPM) has said": a body named after a post, not
        # the person who holds it
        office_of = re.match(r"[Tt]he\s+(?:[A-Z][\w’'&.-]*\s+)*?(?P<kind>[A-Z][a-z]+)\s+of\s", s)
        if office_of and norm(office_of.group("kind")) in ORG_NOUNS - {"executive"}:
            pass
        elif lead == "the" and runs and runs[-1].end() == len(s) and norm(words[-1]) in PERSON_TITLES - {"executive"} and not parse_person(runs[-1].group())[1]:
            ent = cast.by_nominal(s, pos)  # "The Indonesian Economics Minister explained …"
            if ent is not None:
                return ent
        # "Shops all over the UK …": an ordinary word that opens the sentence (not an acronym, "DEC", whose
        # lower-case form is only part of a web address: "www.dec.org.uk")
        acronym = s.isupper() and len(s) > 1
        surname = len(words) == 1 and any(e.kind == "person" and len(e.name.split()) > 1 and e.surname == s for e in cast.entities)  # "Read said" for Chris Read
        # (but a body the article introduced with its kind keeps its name even when the word is also an
        # ordinary one: "… after mobile phone giant Orange launched action. Orange said …", beside "the
        # colour orange")
        introduced = len(words) == 1 and (known := cast.by_name(s, pos)) is not None and known.kind == "org" and bool(known.aliases)
        # (a plural of a person noun is people too: "Producers say …", though "producers" is in the text)
        if len(words) == 1 and len(runs) == 1 and not is_person_head(head) and head not in ORG_NOUNS and singular(head) not in ORG_NOUNS and not acronym and not surname and not introduced and any(word_spans(self.text, s.lower())):
            return None
        if s in {"Many", "Some", "Others", "Most", "Several", "many", "some", "others", "most", "several"}:
            return source(cast, s.lower(), pos, "people")  # "Many suggested that …", "Others said …", "Similarly, some said …"
        if re.fullmatch(rf"(?:[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Ff]ew|Others|Two|Three)\s+of\s+(?:those|them|the\s+[a-z][\w-]*s)(?:\s+(?:{ASKED_ALT}))?", s):
            # "Some of those who were banned … said", "many of those questioned said": a poll's respondents
            return source(cast, s[0].lower() + s[1:], pos, "people")
        # "The National Association of Probation Officers said", "the European Court of Human Rights
        # ruled", "the Institute for Fiscal Studies said": a body's name runs on past "of" or "for"; the
        # words after it are no body (nor person) of their own.
        body = re.fullmatch(r"(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w’'&.-]*\s+)*?(?P<kind>[A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.-]*|of|and|the|for))*)", s)
        if body and norm(body.group("kind")) in ORG_NOUNS - {"executive"} and not s.endswith(("’s", "'s")):
            return cast.by_name(body.group("name"), pos) or cast.add_org(body.group("name"), pos)
        head_word = words[words.index(next(w for w in words if norm(w) == head)) if any(norm(w) == head for w in words) else -1]
        # ("a senior Tory MP has said", "The MEP said": a person noun written in capitals, not a body's name)
        nominal = lead in NP_DETS and (head in PERSON_NOUNS or head in ORG_NOUNS) and (not head_word[0].isupper() or re.fullmatch(r"[A-Z]{2,3}s?", head_word) is not None) and holder is None
        if runs and runs[-1].end() == len(s) and not nominal:
            run = runs[-1]
            # "Detective Inspector Paul Miller of Thames Valley Police": the person, not the force.
            for part_pos, part in split_run_parts(run.group()):
                ent = cast.by_name(part, pos + run.start() + part_pos)
                if ent is None:
                    r, person, female = parse_person(part)
                    if person is not None and len(person.split()) > 1 and lead not in NP_DETS:
                        ent = cast.add_person(person, pos + run.start() + part_pos, r, female)
                if ent is not None:
                    return ent
            if lead in {"the", "a", "an"} or (s[0].isupper() and lead not in DETERMINERS and runs[0].start() == 0 and len(runs) == 1):
                # "The month-old Committee to Protect Bloggers'", "the Regent Street Association", "Ofcom"
                first = next((i for i, w in enumerate(words) if w[0].isupper() and w.lower() not in DETERMINERS), len(words) - 1)
                name = re.sub(r"(?:’s|'s|’|')$", "", " ".join(words[first:]))
                role, person, female = parse_person(name)
                if person is not None and lead not in {"the", "a", "an"}:
                    return cast.add_person(person, pos + run.start(), role, female)
                return cast.add_org(name, pos)
            role, person, female = parse_person(run.group())
            if person is not None:
                return cast.add_person(person, pos + run.start(), role, female)
            org = re.sub(r"(?:’s|'s|’|')$", "", run.group()).split()
            while len(org) > 1 and org[0].lower() in ORG_LEADERS:
                org = org[1:]  # "Rival Sony"
            return cast.add_org(" ".join(org), pos)
        if len(words) <= 2 and re.fullmatch(r"(?:[a-z]+\s)?[a-z]{3,}[^sui]s", s) and lead not in NP_DETS | NOT_NP and not has_verb(s):
            return source(cast, s, pos, words[-1])  # "lenders have said", "estate agents said"
        if (
            len(words) >= 2 and words[-1][:1].islower() and re.fullmatch(r"[a-z]+[^s]s", words[-1])
            and all(w[:1].isupper() for w in words[:-1]) and head not in ORG_NOUNS and not has_verb(words[-1])
        ):
            return source(cast, s, pos, head)  # "Labour strategists", "Tory MPs": a group the article names
        body_of = re.match(r"(?:the\s+)?([A-Za-z]+)\s+of\s", s, re.I)
        if body_of and norm(body_of.group(1)) in ORG_NOUNS and words[-1][:1].islower():
            return cast.add_org(as_named(s), pos)  # "the Association of Welsh farmers": one association
        if re.match(r"[A-Z][a-z]+s\s+(?:of|for|from|at|in)\s", s) and is_person_head(norm(words[0])):
            return source(cast, s, pos, norm(words[0]))  # "Supporters of the plan claim …"
        if head in DOCUMENT_NOUNS and lead in {"the", "a", "an"} and norm(words[-1]) == head and len(words) <= 4:
            ent = self._document(words, pos)
            if ent is not None:
                return ent
        ranked = _RANKED_BODY.fullmatch(s)
        if ranked and (norm(ranked.group("noun")) in ORG_NOUNS or norm(ranked.group("noun")) in _TRADE_NOUNS):
            # "Kelco saw its profits fall, but the UK's biggest carmaker says …": a body described by
            # its rank in a place is the one the article is reporting on (named in this sentence or
            # the one before, else named most), as "the firm" is
            ent = cast.body_in_view(pos)
            if ent is not None:
                return ent
        # "the writer and broadcaster": one person's two callings, though a broadcaster may be a body too
        callings = len(words) >= 3 and words[-2] == "and" and one_person_noun(words[-3]) and one_person_noun(words[-1])
        if (head in ORG_NOUNS or singular(head) in ORG_NOUNS) and not callings:  # ("parties", "charities" too)
            # "the firm", "the US firm", "the games company", "the aid agency", "the cross-party
            # committee" (not "the Kok report": a name of its own): the body the article introduced as one
            described = head in BUSINESS | INTRODUCING or all(w.islower() for w in words[1:])
            if lead == "the" and all(w.islower() for w in words[1:]) and (maker := next((e for e in cast.entities if e.kind == "person" and e.introduced_as == head), None)) is not None:
                # "games maker Tom Hale … Mr Hale said … The veteran game maker says …": the person the
                # article introduced by that noun, not a body
                return maker
            if lead == "the" and head == "bank" and "central" in (w.lower() for w in words):
                # "RHB, Malaysia's third-biggest lender, … the central bank said": a country's central bank is
                # no lender the article introduced, only one it named a central bank
                ent = next((e for e in reversed(cast.entities) if e.kind == "org" and "central bank" in e.name.lower()), None)
                return ent or cast.add_org(as_named(s), pos)
            # "the Reuters news agency", "the NBC network": a name before the kind says which body it is, not
            # one the article introduced as an agency (a nationality, country or place only describes it:
            # "the German firm", "the US bank", "the French group", "the Paris-based group", "the South
            # Kelso company", "the High Street retailer"; an owner makes it the owner's: "the Kelso
            # Commission's report")
            named = [
                w for w in words[1:-1] if w[:1].isupper() and not country_key(w) and not is_described(w)
                and norm(w) not in DEMONYMS and not DEMONYM.fullmatch(w) and not re.search(r"(?:an|i|ch)$", w)
            ]
            placed = any(norm(w) in NON_NAME or norm(w) in {"north", "south", "east", "west"} for w in named)
            if lead == "the" and named and not placed and not any(POSSESSIVE.search(w) for w in words) and head in INTRODUCING and norm(words[-1]) == head and len(words) <= 5:
                ent = cast.by_name(" ".join(named), pos)
                return ent if ent is not None and ent.kind == "org" else cast.add_org(as_named(s), pos)
            # (two kinds of goods joined by "and" make one description: "the clothing and home furnishing retailer")
            paired = len(words) <= 7 and "and" in words[2:-2] and all(w.islower() for w in words[1:])
            if lead == "the" and (len(words) == 2 or ((len(words) <= 4 or paired) and norm(words[-1]) == head and described)):
                ent = cast.by_alias(head, pos)
                if ent is not None:
                    return ent
            if lead in {"a", "an"} and len(words) <= 5 and head in INTRODUCING - {"book"}:
                ent = self._body_named_next(head, pos)
                if ent is not None:
                    return ent
            if lead == "one" and words[1] == "of" and len(words) <= 9 and singular(head) in INTRODUCING - {"book"}:
                # "…, one of the world's leading rating agencies says. ¶ Kelso Ratings has classed …": one
                # of a kind of body, left unnamed as "a charity" is, is the one the next paragraph names
                ent = self._body_named_next(singular(head), pos)
                if ent is not None:
                    return ent
            if (
                lead == "the" and head in INTRODUCING - {"book"} and norm(words[-1]) == head and len(words) <= 5
                and all(w.islower() or (POSSESSIVE.search(w) and country_key(POSSESSIVE.sub("", w))) for w in words[1:-1])
            ):
                # "…, the elections watchdog has said. The Kelso Commission says …", "the UK's financial
                # watchdog has announced …": the opening paragraph's body described by its kind alone (or
                # its country's) is the one the next paragraph names as speaking, as "a charity" is
                ent = self._body_named_next(head, pos, speaking=True)
                if ent is not None:
                    return ent
            of_head = re.match(r"(?:the\s+)?([A-Za-z]+)\s+of\s", s, re.I)
            if of_head and norm(of_head.group(1)) in ORG_NOUNS:
                head = norm(of_head.group(1))  # "the Association of British insurers": one association
            return cast.add_org(as_named(s), pos, plural=head not in ORG_NOUNS or head.endswith("ies"))
        if lead == "the" and len(words) == 2 and head in SOURCE_HEADS:
            # "A Labour source told the paper … the source said": the one introduced before
            earlier = cast.nearest(pos, lambda e: e.kind in {"source", "org"} and re.search(rf"\b{re.escape(words[1])}\b", e.name) is not None)
            if earlier is not None:
                return earlier
        if lead == "the" and len(words) == 2 and head in SOURCE_HEADS:
            # "Juninho's agent … Brian Hassell … The agent also stressed": the person given that title
            titled = next((e for e in reversed(cast.entities) if e.kind == "person" and head in e.role_keys(pos)), None)
            if titled is not None:
                cast.note(pos, titled)
                return titled
        if (
            lead == "the" and len(words) >= 3 and POSSESSIVE.search(words[-2]) and head in SOURCE_HEADS and not head.endswith("s")
            and self.paragraphs and pos < self.paragraphs[0].end
        ):
            # "Ann Vey is to marry Tom Hale, the singer's agent has confirmed. … said Vey's agent Joe
            # Ash": a title the opening gives before anyone holding it is named is the person the
            # article gives it next
            titled = min(
                (e for e in cast.entities if e.kind == "person" and head in e.role_keys() and cast.named_before(e, len(cast.text)) and not cast.named_before(e, pos)),
                key=cast._first_pos, default=None,
            )
            if titled is not None:
                cast.note(pos, titled)
                return titled
        if head in SOURCE_HEADS and not head.endswith("s") and (lead == "the" or re.match(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:’s|'s)\s", s)):
            # "a Big Brother spokeswoman … Big Brother's spokeswoman said", "the Bat spokeswoman":
            # the one the article introduced with the same body.
            body = {norm(w) for w in words if w[:1].isupper() and w.lower() not in DETERMINERS}
            # (the body may be called by its short name: "a spokesman for the Kelso Trade Association
            # (KTA) … the KTA spokesman", the words of its full name then)
            short = POSSESSIVE.sub("", " ".join(w for w in words if w[:1].isupper() and w.lower() not in DETERMINERS))
            full = cast.spelled_out(short, pos) if re.fullmatch(r"[A-Z][A-Z&]{2,5}", short) else None
            named = {norm(w) for w in full.split() if w[:1].isupper()} if full is not None else None  # (not "of", "for")
            earlier = cast.nearest(pos, lambda e: e.kind == "source" and re.search(rf"\b{re.escape(head)}\b", e.name.lower()) is not None and bool(body) and (
                body <= {norm(w) for w in e.name.split()} or (named is not None and named <= {norm(w) for w in e.name.split()})
            ))
            if earlier is None and norm(words[-1]) == head:
                earlier = self._first_source(" ".join(w for w in words[:-1] if w.lower() not in DETERMINERS), head, pos)
            if earlier is not None:
                return earlier
        if lead in {"his", "her", "their"} and (norm(words[-1]) in RELATIONS or norm(words[-1]) in RELATION_GENDER) and all(w.islower() or "-" in w for w in words[1:-1]):
            # "Mr Vance, who died in 1994, made two tapes. “…,” his son said": the son, not Mr Vance whom
            # "his" points to; the one the article named as his son, else "his son" as it stands (also
            # described: "His British-born wife, Joan, suggested …").
            return cast.relative(norm(words[-1]), pos, pos + len(s)) or source(cast, s, pos, norm(words[-1]))
        owned_kin = re.fullmatch(r"(?:(?:Mr|Mrs|Ms|Dr)\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:’s|'s|’|')\s+(?:[a-z][\w-]*\s+)*(?P<noun>[a-z]+)", s)
        if owned_kin and (owned_kin.group("noun") in RELATIONS or owned_kin.group("noun") in RELATION_GENDER):
            # "Mr Begg's father, Azmat, said …", "Michael Jackson's mother has said … His mother Katherine
            # Jackson told …": the relative the article names by that family noun, before or after.
            ent = cast.relative(owned_kin.group("noun"), pos, pos + len(s), later=True)
            if ent is not None:
                return ent
        if lead == "our" and len(words) <= 4 and norm(words[-1]) in _NEWS_STAFF:
            # "BBC correspondent Ann Vey said … Talks will go on, our correspondent added.": the
            # newsroom's own correspondent is the one of its people the article named last
            ent = self._own_reporter(pos)
            if ent is not None:
                return ent
        if head in {"man", "woman"} and lead == "the" and 3 <= len(words) <= 5 and words[-2][:1].isupper() and not POSSESSIVE.search(words[-2]):
            # "“…,” says the Waterford man", "The 22-cap Kelso man says …": a person the article has named,
            # described by where they are from or play, as "the Russian" is (not "the woman", somebody it
            # does not name)
            ent = cast.by_nominal(s, pos)
            if ent is not None and ent.female in (None, head == "woman"):  # (never one the article has shown to be of the other sex)
                return ent
        if head in _PLAIN_PEOPLE:
            # "a woman who claimed … The woman said": somebody the article does not name, not its star
            earlier = cast.nearest(pos, lambda e: e.kind == "source" and e.name.split()[-1].lower() == head) if lead == "the" else None
            return earlier or source(cast, as_named(s), pos, head)
        if is_person_head(head):
            if lead in {"his", "her"} and not head.endswith("s") and head not in {"family", "staff", "pair", "duo"}:
                # "Mr Hale was bailed. But his lawyer said …", "…, according to his former economic
                # adviser": the one whose lawyer he is is the person "his" stands for, never the
                # lawyer. The one the article gives the title, else (in the opening paragraph) the
                # person named next but the owner, else the lawyer as the article calls him.
                owner = cast.by_pronoun(lead, pos)
                ent = cast.by_nominal(s, pos, fallback=False)
                ent = ent if ent is not owner else None
                return ent or self._named_next(s, pos, head, owned=True, other_than=owner) or source(cast, s, pos, head)
            if lead in {"the", "his", "her", "their"} and head not in SOURCE_HEADS - {"official", "spokesman", "spokeswoman", "spokesperson"}:
                # A title the article has given; in the opening paragraph, the person it names next
                # ("…, says the boss of the federation. … Federation boss Vassilli Sevastis told …").
                # A description that goes on speaking ("“…,” added the 30-year-old", "the charity's
                # director added") is whoever was quoted last, when it fits them.
                # ("the judge in the case", "the officer in charge": a person picked out by what they are
                # in, whom nobody given the title and nobody merely named before is known to be; the
                # phrase stands as the article gives it)
                picked = re.fullmatch(r"the\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+in\s+(?:the\s+)?[a-z][\w-]*", s, re.I) is not None
                ent = (
                    cast.by_nominal(s, pos, fallback=False) or (self._continuing and cast.last_speaker(pos, s)) or self._named_next(s, pos, head)
                    or self._post_named_after(s, pos, head) or (self._introduced_unnamed(pos, head) if lead == "the" else None) or (None if picked else cast.by_nominal(s, pos))
                )
                if ent is not None:
                    office = {norm(w) for w in words[1:] if norm(w) in ROLE_WORDS}
                    if lead == "the" and ent.kind == "person" and head in ROLE_WORDS and len(office) > 1 and not ent.role_keys(pos) and cast.named_before(ent, pos):
                        # "… unveiled by Tom Hale. The home secretary said …": the office a cue gives
                        # someone the article named without a title is theirs, so a later "the prime
                        # minister said" is somebody else (as if the article had written "Home
                        # Secretary Tom Hale"). Only an office of its own ("home secretary", "chief
                        # executive"), not a bare "the leader" or "the Tory leader", which may as well
                        # be a guess at whoever the article names most; nor somebody named only
                        # later, a guess at who holds it ("The attorney general said … Tom Hale, a
                        # student, was sued")
                        ent.keyed.append((pos, office))
                    return ent
            if lead == "its" and head not in SOURCE_HEADS:
                # "…, its co-chairman has said. Dr Liam Fox told …": a body's post-holder is the person
                # given that title, or in the opening paragraph the person named next (never merely
                # someone named nearby: the body's chairman may go unnamed).
                ent = cast.by_nominal(s, pos, fallback=False) or self._named_next(s, pos, head)
                if ent is not None:
                    return ent
            # "Kostas Kenteris' lawyer", "his closest associate": somebody's own, named next in the opening
            possessive = re.match(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:’s|'s|’|')\s", s) or (lead in {"his", "her", "their"} and one_person_noun(head) and head not in _GROUP_NOUNS)
            named = self._named_next(s, pos, head, bool(possessive)) if lead in {"a", "an"} or possessive else None
            return named or source(cast, as_named(s), pos, head)
        return None

    def _bodies_listed_before(self, np: tuple[str, int], s: int) -> tuple[Entity, int] | None:
        """"Last month, Kelco, Dalco and Ashco said …", "the Council of Kelso Lenders, Ashby Bankers
        Association and Kelso Societies Association all said …": bodies named by their own names before
        the last two, each set off by a comma from the clause's start, speak with them (one entity for
        all, as the article names them); not a fronted phrase ("In Kelso, Dalco and Ashco said")."""
        listed = _LISTED_BODIES.search(self.text, s, np[1])
        if listed is None or listed.end() != np[1]:
            return None
        start = listed.start("items")
        items = [i for i in listed.group("items").split(",") if i.strip()]
        while items and items[0].split()[0] not in {"the", "The"} and norm(items[0].split()[0]) in NON_NAME | {"yesterday", "today", "tonight"}:
            start += len(items.pop(0)) + 1  # "On Monday, Kelco, …": a fronted phrase, no body
        if not items:
            return None
        for item in (i.strip() for i in items):
            if any(country_key(w) is not None for w in item.split()):
                return None  # (places: "Kelso, Ashby and Dalby said")
            ent = self._resolve(item, start)
            if ent is None or ent.kind != "org":
                return None
        start += len(self.text[start:]) - len(re.sub(r"^\s*(?:[Tt]he\s+)?", "", self.text[start:]))
        whole = self.text[start : np[1] + len(np[0])]
        return self.cast.add_org(as_named(whole), start, plural=True), start

    def _named_in_full(self, word: str, pos: int) -> Entity | None:
        """The body whose name of two words or more holds ``word`` ("Bank"), named last before ``pos``
        ("the Reserve Bank of Kelso", "Bank of Kelso figures"), if any; not a post in it ("Governor of
        the Reserve Bank")."""
        found = None
        for m in CAP_RUN.finditer(self.text, self.cast.body_start, pos):
            words = re.sub(r"^(?:The|A|An)\s+", "", POSSESSIVE.sub("", m.group())).split()
            if word in words and len(words) > 1:
                found = m
        if found is None:
            return None
        name = re.sub(r"^(?:The|A|An)\s+", "", POSSESSIVE.sub("", found.group()))
        lead = name.split()[0]
        if norm(lead) in ROLE_WORDS or norm(lead) in PERSON_NOUNS or parse_person(name)[1] is not None and name.split()[-1] != word and "of" not in name.split():
            return None
        known = self.cast.by_name(name, found.start())
        if known is not None:
            return known if known.kind == "org" else None
        return self.cast.add_org(name, found.end() - len(name))

    def _listed_bodies(self, s: str, pos: int) -> Entity | None:
        """"Kelso & Wireless and Dalco have announced", "technology firms Ashnet and Kelroot revealed",
        "Kelso of Fraser, Marks & Dalby and Big Kelco all said": bodies each named by its own name, in a
        list closed by "and", speak together under the list (after any plural kind before it); not
        when any of them is a person or no body."""
        kind = re.match(rf"(?:(?:[a-z][\w-]*|[A-Z][\w-]*)\s+){{0,2}}?(?:{INTRODUCING_ALT})\s+(?=[A-Z])", s)
        listed = s[kind.end() :] if kind is not None and kind.group().split()[-1].endswith("s") else s
        if kind is None and not s[:1].isupper():
            return None
        head, _, last = listed.rpartition(" and ")
        items = [i.strip() for i in head.split(",")] + [last.strip()]
        if len(items) < 2 or not all(re.fullmatch(CAP_RUN.pattern, i) and not re.search(r"\s(?:of|for|the|on|in)\s", f" {i} ") for i in items):
            return None  # (not one name holding "and": "The Institute of Kelso and Dalby Studies")
        at = pos + len(s) - len(listed)
        for item in items:
            ent = self.cast.by_name(item, at)
            if ent is not None and ent.kind != "org" or ent is None and (len(item.split()) > 1 and parse_person(item)[1] is not None and not re.search(r"[&]|\s(?:of|for|and)\s", item) or country_key(item.split()[0]) is not None):
                return None
        return self.cast.add_org(as_named(listed), at, plural=True)

    def _named_bodies(self, s: str, pos: int, second: Entity) -> Entity | None:
        """"Labour and the Tories have attacked …", "Kelco and Hale Motors said …": two bodies named by
        their own names speak together, as the article names them (one entity for both, who "they" then
        stands for); not a person and a body, nor one body named twice."""
        s = re.sub(r"^(?:But|And|Yet|So|Now|Meanwhile),?\s+", "", s.strip())  # ("But the SNP and the Tories say …")
        halves = s.split(" and ")
        if len(halves) != 2 or not re.fullmatch(rf"(?:[Tt]he\s+|Both\s+)?{CAP_RUN.pattern}", halves[0].strip()):
            return None
        first = self._resolve(halves[0].strip(), pos - len(s))
        if first is None or first.kind != "org" or first is second or not first.name[:1].isupper() or not second.name[:1].isupper():
            return None
        return self.cast.add_org(as_named(s), pos - len(halves[1]) - len(halves[0]) - 5, plural=True)

    def _named_pair(self, s: str, pos: int) -> Entity | None:
        """"singer Tom Lee and drummer Ann Roe said", "Lee and his business partner Ann Roe said": two
        people, each named with a calling or relation before the name, speak together, as "Tom Lee and
        Ann Roe said" does (one entity for both, who "they" then stands for). Each name must be a
        person's: one the article has named, or a first name and surname; "Tom Lee and the Kelso Party
        said", "his wife and Ann Roe's lawyer said" are no pair."""
        halves = s.split(" and ")
        if len(halves) != 2:
            return None
        people: list[Entity] = []
        described = False
        for k, half in enumerate(halves):
            # a calling before the name ends in a lower-case word ("drummer", "his Icon Films partner")
            m = re.fullmatch(rf"(?:(?P<desc>(?:[\w’'&.-]+\s+){{0,5}}?[a-z][\w-]*)\s+)?(?P<name>{CAP_RUN.pattern})", half.strip().rstrip(","))
            if m is None or (m.group("desc") and POSSESSIVE.search(m.group("desc").split()[-1])):
                return None
            name = m.group("name")
            if m.group("desc"):
                described = True
                if k == 0 and norm(m.group("desc").split()[0]) in DETERMINERS:
                    return None  # "the singer Tom Lee": leave a determiner's phrase to the rules for one person
            if k == 1 and m.group("desc") and not m.group("desc")[0].islower():
                return None  # "Only Fools and Horses star Tom Lee": the "and" is inside a title's name
            # (the first may open with its body's name: "Kelso Bank chief executive Tom Lee and …")
            role, person, female = parse_person(name)
            ent = self.cast.by_name(name, pos)
            # (someone new to the article needs a calling before the name: "Only Fools" is no person)
            if ent is None and m.group("desc") and person is not None and role is None and len(person.split()) > 1:
                ent = self.cast.add_person(person, pos, None, female)
            if ent is None or ent.kind != "person" or name not in {ent.name, ent.surname} | ent.aliases and not name.endswith(" " + ent.surname):
                return None
            people.append(ent)
        if not described or people[0] is people[1]:
            return None
        return self.cast.add_org(f"{people[0].name} and {people[1].name}", pos, plural=True)

    def _document(self, words: list[str], pos: int) -> Entity | None:
        """"A survey by the firm revealed … The report warns …", "a new poll conducted for the BBC
        suggests … according to the BBC poll": a piece of research called by a bare noun (and any
        name the article gave it) is the one described before with its source, whichever of report,
        survey, study, research or poll it was called there. One called "a survey" before any is
        described is the one described next ("…, according to a survey. A study by the Pew Center
        found …")."""
        named = {norm(w) for w in words[1:-1] if w[:1].isupper()}  # "the BBC poll": the BBC's
        fits = lambda e: e.kind == "org" and _DESCRIBED_DOCUMENT.fullmatch(e.name) is not None and named <= {norm(w) for w in e.name.split()}
        earlier = self.cast.nearest(pos, fits)
        if earlier is not None or words[0].lower() not in {"a", "an"} or len(words) > 3:
            return earlier
        # (not one the article marks as another piece of research: "…, says a report. … A separate report
        # by Kelso forecasts …" is a second report, not the first one's name)
        later = next(
            (d for d in _DESCRIBED_DOCUMENT.finditer(self.text, pos + len(" ".join(words))) if not _OTHER_DOCUMENT.match(d.group())), None
        )
        return self.cast.add_org(as_named(later.group()), pos) if later is not None else None

    def _own_reporter(self, pos: int) -> Entity | None:
        """The last person before ``pos`` the article names as the BBC's ("BBC correspondent Ann Vey",
        "the BBC's Ann Vey in Kelso"), if any (not a programme: "BBC Radio Kelso")."""
        found: Entity | None = None
        for m in _OWN_REPORTER.finditer(self.text, self.cast.body_start, pos):
            ent = self.cast.by_name(m.group("name"), m.start("name"))
            if ent is not None and ent.kind == "person":
                found = ent
        return found

    def _first_source(self, owner: str, head: str, pos: int) -> Entity | None:
        """"an REM spokesman … the band's spokesman", "the prime minister's spokesman … Mr Blair's
        spokesman": the first "<owner> spokesman" before ``pos`` whose owner is the same body or
        person (or has the same capitalised words), whether or not they spoke there."""
        key = self._owner_key(owner, pos)
        if key == (None, frozenset()):
            return None
        word = r"(?!(?:the|a|an|The|A|An)\b)[\w’'&-]+"
        for m in re.compile(rf"\b{re.escape(head)}\b").finditer(self.text, self.cast.body_start, pos):
            before = self.text[max(0, m.start() - 60) : m.start()]
            np = re.search(rf"(?:\b(?:[Aa]n?|[Tt]he)\s+(?:{word}\s+){{1,4}}|(?<![\w’'-])(?:[A-Z][\w’'&-]*\s+){{0,3}}[A-Z][\w’'&-]*(?:’s|'s|’|')\s+)$", before)
            if np is None:
                continue
            own = re.sub(r"^(?:[Aa]n?|[Tt]he)\s+", "", np.group()).strip()
            then = self._owner_key(own, m.start() - len(before) + np.start())
            if (key[0] is not None and then[0] is key[0]) or (key[1] and then[1] == key[1]):
                return source(self.cast, as_named(np.group() + head), pos, head)
        return None

    def _owner_key(self, owner: str, pos: int) -> tuple[Entity | None, frozenset[str]]:
        """Whose source "<owner> spokesman" is: the body or person the owner words name, if known
        ("the band", "Mr Blair", "the prime minister"), and their capitalised words."""
        owner = POSSESSIVE.sub("", owner.strip())
        words = owner.split()
        if not words:
            return None, frozenset()
        cast = self.cast
        if words[0][0].isupper():
            ent = cast.by_name(owner, pos)
        elif len(words) == 1 and words[0] in ORG_NOUNS | INTRODUCING:
            ent = cast.by_alias(words[0], pos)
        else:
            ent = cast.by_nominal("the " + owner, pos)
        return ent, frozenset(norm(w) for w in words if w[0].isupper())

    def _body_named_next(self, head: str, pos: int, speaking: bool = False) -> Entity | None:
        """"…, a charity has warned. … Christian Aid condemned the move, saying …": a body the opening
        paragraph leaves unnamed is the one the next paragraph names as speaking (or, failing that,
        names at its very start: "A bookmaker has stopped taking bets … William Hill made the move";
        not when ``speaking`` asks for a speaker only). A firm is never a body whose name says it is
        another kind ("the firm has said. The Kelso Trade Commission has asked …")."""
        if not self.paragraphs or pos >= self.paragraphs[0].end or len(self.paragraphs) < 2:
            return None
        nxt = self.paragraphs[1]
        opening = None
        for m in CAP_RUN.finditer(self.text, nxt.start, nxt.end):
            name, start = m.group(), m.start()
            # "An Operation Black Vote spokesman said": a name before "spokesman" is a body's
            spoken_for = re.match(r"\s+spokes(?:man|woman|person)\b", self.text[m.end() :]) is not None
            det = re.match(r"(?:An?|The)\s+(?=[A-Z])", name)
            if det and (spoken_for or det.group().startswith("The")):
                # (and "The Kelso Commission says …": a body's name after its article)
                name, start = name[det.end() :], start + det.end()
            known = self.cast.by_name(name, start)
            # (but a name the article gives nothing a person has, after a lower-case noun for no person,
            # is what that noun introduces: "Anti-fraud consultancy Kelso Decisions says …" is a body, not a person)
            bare = known is None or (known.kind == "person" and not known.roles and not known.descriptors and known.female is None and known.name_female is None)
            kind = re.search(r"(?:^|\s)([a-z][\w-]*)\s+$", self.text[nxt.start : start]) if bare else None
            introduced = kind is not None and not is_person_head(norm(kind.group(1))) and norm(kind.group(1)) not in DETERMINERS | RELATIONS
            if name.split()[0].lower() in DETERMINERS | {"he", "she", "it", "they", "we", "i"} or (
                not spoken_for and not introduced and (known.kind == "person" if known is not None else parse_person(name)[1] is not None)
            ):
                continue  # a sentence's first word, or a person (not a body the article knows: "Morton Hill")
            if head in BUSINESS - {"group"} and norm(name.split()[-1]) in ORG_NOUNS - BUSINESS:
                continue  # "the firm": not "the Kelso Trade Commission", a body of another kind (a "group" may be a union)
            after = self.text[m.end() : nxt.end]
            # (its spokesman speaking names it as well: "A Fair Vote spokesman said they …")
            if re.match(rf"(?:\s+\([A-Z]+\))?(?:’s|'s)?(?:\s+spokes(?:man|woman|person))?\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?(?:{SPEECH_VERBS})\b|[^.]{{0,60}}?,\s+saying\b", after):
                ent = self.cast.add_org(name, start)
                break
            # (not the one word before a person's title and name: "Local councillor Ann Roe was …")
            titled = re.match(rf"\s+([a-z]+)\s+({CAP_RUN.pattern})", after)
            if titled and " " not in name and is_person_head(norm(titled.group(1))) and parse_person(titled.group(2))[1] is not None:
                continue
            if opening is None and not speaking and start == nxt.start and re.match(r"\s+[a-z]", after):
                opening = name
        else:
            if opening is None:
                return None
            ent = self.cast.add_org(opening, nxt.start)
        ent.aliases.add(head)  # so "the bookmaker" later is it too
        return ent

    def _post_named_after(self, np: str, pos: int, head: str) -> Entity | None:
        """"Responding to the plans, the chairman of the Kelso Traders Association said … Ann Roe said:
        …": a post in a body the article names, held by nobody it has named so far, is the person whose
        name opens the next sentence as a speaker (given no other title), not whoever it named most."""
        # (also a bare title with no holder: "The lord chancellor hinted … “…,” Lord Falconer told …")
        bare = head in ROLE_WORDS and re.fullmatch(rf"the\s+(?:[a-z][\w-]*\s+){{0,2}}?{re.escape(head)}", np, re.I) is not None
        # (each pattern is built for its head only when the phrase can hold it: built per title, they
        # would push the modules' own patterns out of re's cache)
        of_body = _OF_WORD.search(np) and re.fullmatch(rf"(?:the|its)\s+(?:[a-z][\w-]*\s+){{0,2}}?{re.escape(head)}\s+of\s+(?:the\s+)?[A-Z].*", np, re.I)
        # (also a body's own post: "the Kelso Council's planning chief said …")
        owned = _POSSESSIVE_S.search(np) and re.fullmatch(rf"(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+)*[A-Z][\w’'&.-]*(?:’s|'s)\s+(?:[a-z][\w-]*\s+){{0,3}}?{re.escape(head)}", np, re.I)
        if not bare and not of_body and not owned:
            return None
        spans = self.spans
        here = next((b for a, b in spans if a <= pos < b), None)
        nxt = next(((a, b) for a, b in spans if here is not None and a >= here), None)
        if nxt is None:
            return None
        if bare:
            # (only with nobody named in the cue's sentence or the one before: "… after criticism by Matt
            # Williams. The Scotland coach said …" is Matt Williams, whoever speaks next)
            k = next((i for i, (a, b) in enumerate(spans) if a <= pos < b), 0)
            before = spans[k - 1][0] if k > 0 else spans[k][0]
            if any((e := self.cast.by_name(c.group(), c.start())) is not None and e.kind == "person" for c in CAP_RUN.finditer(self.text, before, pos)):
                return None
        m = _NAMED_SPEAKER.match(self.text, nxt[0] + len(self.text[nxt[0] : nxt[1]]) - len(self.text[nxt[0] : nxt[1]].lstrip()))
        if m is None and bare:
            # the name of the cue after the next sentence's quoted words: "“…,” Lord Falconer told …"
            q = re.match(r"\s*[“\"][^“”\"]+[”\"],?\s+", self.text[nxt[0] : nxt[1]])
            m = _NAMED_SPEAKER.match(self.text, nxt[0] + q.end()) if q is not None else None
        if m is None:
            # 'The Kelso Council's planning chief made it clear that … "We will act," said Ann Roe.': the
            # post-holder's words go on in the next sentence, under the name of somebody the article
            # names there for the first time
            m = _QUOTE_THEN_NAMED.match(self.text, nxt[0] + len(self.text[nxt[0] : nxt[1]]) - len(self.text[nxt[0] : nxt[1]].lstrip()), nxt[1])
            first = self.cast.by_name(m.group("np"), m.start("np")) if m is not None else None
            if first is None or self.cast._first_pos(first) < nxt[0]:
                return None
        ent = self.cast.by_name(m.group("np"), m.start("np")) if m is not None else None
        if ent is None or ent.kind != "person" or (ent.role_keys(m.end("np")) - {head}):
            return None
        ent.keyed.append((pos, {head}))  # so "the chairman" later is them too
        return ent

    def _introduced_unnamed(self, pos: int, head: str) -> Entity | None:
        """"A former manager at Kelco told a supplier to pay a bribe. The manager told …": a person
        one of the two sentences before introduces at its head with "a" and no name, by the same head
        noun and a verb straight after, is who "the <head>" stands for (nobody given that title being
        named), as the article first calls them."""
        k = bisect_right(self.starts, pos) - 1
        if k < 0 or pos >= self.spans[k][1]:
            return None
        for a, b in reversed(self.spans[max(0, k - 2) : k]):
            lead = len(self.text[a:b]) - len(self.text[a:b].lstrip())
            m = re.match(
                rf"(?:A|An)\s+(?:[a-z][\w-]*\s+){{0,3}}?{re.escape(head)}(?:\s+(?:at|of|for|from|with)\s+(?:the\s+)?[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){{0,3}})?(?=\s+(?:has\s+|had\s+|was\s+|is\s+)?[a-z]{{3,}}ed\b)",
                self.text[a + lead : b],
            )
            if m is not None:
                return source(self.cast, as_named(m.group()), a + lead, head)
        return None

    def _named_next(self, np: str, pos: int, head: str, owned: bool = False, other_than: Entity | None = None) -> Entity | None:
        """"A former Home Office minister has called for … Barbara Roche said …": a title (not a
        spokesman or a source, unless someone's own: "Juninho's agent") in the article's first
        paragraph is the person named right after."""
        if (head in SOURCE_HEADS and not owned) or not (head in ROLE_WORDS or is_person_head(head)) or not self.paragraphs or pos >= self.paragraphs[0].end:
            return None
        nxt = self.paragraphs[1] if len(self.paragraphs) > 1 else None
        if nxt is None:
            return None
        first = self.sentences[nxt.number][0] if self.sentences.get(nxt.number) else (nxt.start, nxt.end)
        # (not somebody the cue's own sentence names: "Tom Hale was involved, his associate has told a
        # court. … Giving evidence against Mr Hale, Ed Low …" is Ed Low)
        here = next(((a, b) for a, b in self.sentences.get(self.paragraphs[0].number, []) if a <= pos < b), (pos, pos))
        named_here = {id(e) for m in CAP_RUN.finditer(self.text, here[0], here[1]) if (e := self.cast.by_name(m.group(), m.start())) is not None}
        if owned:
            # somebody's own adviser or agent is the one the next paragraph quotes by name ("But Ed Low
            # said: …"), if it does
            for m in _NAMED_SPEAKER.finditer(self.text, nxt.start, nxt.end):
                ent = self.cast.by_name(m.group("np"), m.start("np"))
                if ent is not None and ent.kind == "person" and id(ent) not in named_here and ent is not other_than:
                    ent.keyed.append((pos, {head}))
                    return ent
        owner_seen = False
        for m in CAP_RUN.finditer(self.text, first[0], first[1]):
            ent = self.cast.by_name(m.group(), m.start())
            if ent is not None and ent is other_than:
                owner_seen = True  # "Giving evidence at the trial of Mr Hale, his ex-deputy Jim Ross told …"
                continue
            # somebody a fronted phrase gives as the title-holder's own ("Speaking at the trial of his
            # former boss Tom Hale, Jim Ross said …": 'his' is the title-holder's) is someone else
            if ent is not None and "," not in self.text[first[0] : m.start()] and _OWNED_BY_PRONOUN.search(self.text, first[0], m.start()):
                owner_seen = True
                continue
            # after the owner, only the person the main clause opens with (not "Kewell had hoped to play
            # against Bayer Leverkusen"): after a comma and any title, before the verb
            if owner_seen and not (
                re.search(r",\s+(?:[\w’'-]+\s+){0,3}$", self.text[first[0] : m.start()]) and re.match(r"\s+(?:(?:has|had|also)\s+)?(?:said|says|told|[a-z]+ed)\b", self.text[m.end() :])
            ):
                continue
            if ent is not None and ent.kind == "person" and id(ent) not in named_here:
                ent.keyed.append((pos, {head}))  # so "the agent" later is them too
                return ent
        return None
