"""Who is who in an article: people (and organisations) with one canonical name each.

A person enters the article once in full, usually with a title ("Foreign Minister Alvaro Leyva",
"Antony Blinken, the secretary of state") and is then called by surname, "Mr Blinken", a first name
("Ozzy"), a role nominal ("the secretary of state") or a pronoun. ``Cast`` collects the full
mentions in one pass and then resolves any later way of naming someone back to the entity, by
position in the text. Organisations ("Downing Street", "the paper") enter when they speak, or when
the article introduces them ("investment firm Grant Samuel", "a new book, Brown's Britain").

Pronouns resolve to the nearest earlier entity of the right kind and gender that stands as a
subject (the first one named in its sentence, or a speaker), skipping anyone named inside quoted or
reported words: in ``Sarr said that Mensah had earned a place. "…," she said`` Mensah is spoken
about, not speaking.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from .names import (
    DOCUMENT_NOUNS,
    CAP_RUN,
    DEMONYMS,
    HONORIFIC_ALT,
    NAME_TOKEN,
    NON_NAME,
    ORG_NOUNS,
    PERSON_NOUNS,
    POSITIONS,
    ROLE_WORDS,
    SOURCE_HEADS,
    ADVERBS,
    BUSINESS,
    CONNECTORS,
    DEMONYM,
    GENERIC_HEADS,
    INSTITUTION_HEADS,
    INTRODUCING,
    INTRODUCING_ALT,
    NOT_ROLE,
    PEERAGE,
    POSSESSIVE,
    RANKS,
    RELATIONS,
    RELATION_GENDER,
    SOURCE_HEAD_WORDS,
    SOURCE_HEADS_PLURAL,
    THING_ALT,
    gender_of_noun,
    sex_of_first_name,
    sex_of_given_name,
    split_run,
    country_key,
    is_described,
    is_person_head,
    nominal_head,
    norm,
    parse_person,
    split_title_name,
    unprefixed,
)
from .text import paragraph_spans, sentence_spans

# The name vocabulary is re-exported: callers read it from here as well as from ``names``.
__all__ = ["Cast", "Entity", "Mention", "CAP_RUN", "DEMONYMS", "ORG_NOUNS", "PERSON_NOUNS", "ROLE_WORDS", "SOURCE_HEADS", "country_key", "is_person_head", "nominal_head", "norm", "parse_person", "split_title_name"]


@dataclass
class Entity:
    name: str
    kind: str = "person"  # or "org"
    roles: list[str] = field(default_factory=list)
    female: bool | None = None
    # the sex a first name gives ("Karen Walsh"): it rules out "he" or "she" but, unlike ``female``,
    # which the article's own words give, is no reason to prefer the person over others
    name_female: bool | None = None
    descriptors: set[str] = field(default_factory=set)  # "chancellor", "analyst": lower-case titles
    keyed: list[tuple[int, set[str]]] = field(default_factory=list)  # (where given, title words)
    aliases: set[str] = field(default_factory=set)  # an organisation's nouns ("firm", "book"); a person's nickname ("Mido")
    plural: bool = False
    age: str | None = None  # "34-year-old" for "Ben Vale, 34, …"
    introduced_as: str | None = None  # "maker" for a person the article introduces as "games maker Tom Hale"

    @property
    def surname(self) -> str:
        words = self.name.split()
        if len(words) == 4 and words[2] == "of" and norm(words[0]) in PEERAGE:
            return words[1]  # "Lord Faulkner of Worcester" is "Lord Faulkner", "Faulkner"
        return words[-1]

    @property
    def role(self) -> str | None:
        """The title the article gives most often (ties: the first), without a leading article."""
        if not self.roles:
            return None
        counts = Counter(self.roles)  # in order of first use: max keeps the first of equal counts
        return max(counts, key=counts.__getitem__)

    def role_keys(self, before: int | None = None) -> set[str]:
        """Words of the titles and descriptions the article gives (those given before ``before``)."""
        keys: set[str] = set()
        for pos, words in self.keyed:
            if before is None or pos < before:
                keys |= words
        # (a premier is the prime minister: "The premier insisted …" is who "the prime minister" later is)
        if "premier" in keys:
            keys |= {"prime", "minister"}
        elif {"prime", "minister"} <= keys:
            keys.add("premier")
        return keys


def _mask_quotes(text: str) -> str:
    """``text`` with the words inside double quotation marks blanked (same length). (An opening mark
    is matched only up to the next one: a line of marks that never close is read once, not once
    from each mark.)"""
    return re.sub(r"“[^“”\n]*”|\"[^\"\n]*\"", lambda m: " " * len(m.group()), text)


def _after_capital(text: str, pos: int) -> bool:
    m = re.search(r"([\w’'-]+)\s+$", text[max(0, pos - 30) : pos])
    return bool(m and m.group(1)[0].isupper() and norm(m.group(1)) not in NON_NAME | NOT_ROLE)


# Around a name found as a whole word (``word_spans``): a capitalised word after it ("Def Jam" in "Def
# Jam Music Group"), a short capitalised word before it ("Two Ronnies"), a knight's title before it.
_CAPITAL_WORD_NEXT = re.compile(r"\s+[A-Z][a-z]")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_SHORT_CAPITAL_BEFORE = re.compile(r"(?:[A-Z][\w’'-]|[A-Z][\w’'-]{2}) $")
_KNIGHTED = re.compile(r"\b(?:Sir|Dame)\s+([\w’'-]+?)(?:’s|'s|’|')?\W*$")
_KNIGHT_BEFORE = re.compile(r"(?<!\w)(?:Sir|Dame) $")


def word_spans(text: str, word: str, start: int = 0, end: int | None = None, whole: bool = True) -> Iterator[tuple[int, int]]:
    """Where ``word`` stands in ``text`` as a whole word, as ``re.finditer(rf"\\b{re.escape(word)}\\b")``
    would find it (with ``whole`` false, only where a word starts with it: ``rf"\\b{re.escape(word)}"``),
    without compiling a pattern per name (an article names dozens, and compiling them pushes the
    module's own patterns out of ``re``'s cache)."""
    end = len(text) if end is None else end
    word_char = lambda c: c.isalnum() or c == "_"
    i = text.find(word, start, end)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not (word_char(text[i - 1]) and word_char(word[0]))) and (not whole or j >= len(text) or not (word_char(text[j]) and word_char(word[-1]))):
            yield i, j
            i = text.find(word, j, end)
        else:
            i = text.find(word, i + 1, end)


def _after_relation(text: str, pos: int) -> bool:
    """Does a family noun come just before ``pos`` ("his wife Sharon", "her son Tom")?"""
    m = re.search(r"\b([a-z]+)\s+$", text[max(0, pos - 20) : pos])
    return bool(m and (m.group(1) in RELATIONS or m.group(1) in RELATION_GENDER))


@dataclass
class Mention:
    pos: int
    end: int
    ent: Entity
    cue: bool = False  # the entity speaks here (a resolved quote cue)
    distinct: bool = False  # named so that nobody else fits: full name, own first name, a cue


_DESCRIPTOR_STOP = set(
    """the a an and or but of in on at to by with from for as that which who said says told his her
    their its is was were are has had have be been will would when after before while also""".split()
)


_LOWER_WORD = re.compile(r"[a-z][\w-]*")


_OPENING = re.compile(
    r"^(?:(?:but|and|so|yet|however|meanwhile|instead|later|earlier|now|also|then|still|indeed|even)\b,?\s*)*"
    r"(?:(?:on|in|at|last|this|next|earlier|later)\s+(?:this\s+|last\s+|next\s+)?(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|week|month|year|night|morning|afternoon|evening|weekend)\b,?\s*)?",
    re.I,
)


_FRONTED = re.compile(
    r"\s*[\"“]?(?:In|On|At|After|Before|During|Later|Earlier|Meanwhile|However|Speaking|Asked|Reminded|Although|Though|"
    r"When|While|Since|Despite|Following|Last|This|As|If|Unlike|Like|With|Without|For|From|Under|Over|By|Once|Even|"
    r"Already|Still|Separately|Elsewhere|Overall|Instead|But|And|So|Yet|One of|Now|Then|Also)\b"
    r"|\s*[\"“]?[A-Z][a-z]{3,}ing\s+(?:in|on|at|to|for|from|about|after|before|during)\b"  # "Writing in the Guardian, Mr Hale outlined …"
)


# Posts held in parliament: whoever holds one is an MP too ("Former Cabinet minister Tom Hale … the
# Tory MP for Ashby").
_IN_PARLIAMENT = {"minister", "secretary", "chancellor", "backbencher", "whip", "mp"}


# Heads of a description anybody may fit, whatever else the article calls them ("the man", "the star",
# "the performer" for a singer).
_ANYONE = {"person", "man", "woman", "boy", "girl", "someone", "somebody", "star", "veteran", "international", "member", "associate", "performer", "artist", "champion", "medallist", "winner", "nominee", "finalist", "semi-finalist", "youngster", "newcomer", "debutant", "rookie", "contender", "challenger"}
# What a person has won, not what they do: it stands beside any calling ("the champion" may be the
# sprinter or the singer the article named).
_ACHIEVED = {"champion", "medallist", "winner", "nominee", "finalist", "semi-finalist"}


# Callings that name one another: "comedian Tom Hale … the 40-year-old comic", "Ann Roe, a games
# specialist at Kelso University … added the Kelso-born researcher" (one person's work, two words for it).
_KIN_CALLINGS = [
    {"comedian", "comic"},
    {"specialist", "expert", "researcher", "academic", "scientist"},
    {"boss", "manager"},  # "Magpies manager Graeme Souness … The Toon boss vowed …"
    {"boss", "chief"},  # "Kelco chief executive Ann Roe … the Kelco boss said"
    {"chief", "secretary-general", "director-general"},  # "Kelco Aid's chief has said … Ann Roe … The Kelco Aid secretary-general said …"
    {"novelist", "author", "writer"},  # "Novelist Tom Hale … The writer was known for his research"
    {"lawyer", "solicitor", "barrister", "attorney"},  # "The family's solicitor Tom Hale … The family's lawyer argued …"
    {"singer", "frontman", "frontwoman", "vocalist"},  # "Blue Door frontman Tom Hale … The singer insisted …"
]


# "the world number one", "the British number two": a ranking that describes a player.
RANKINGS = ("one", "two", "three", "four", "five", "1", "2", "3", "4", "5")


# A participle opening a sentence ("Praising Jo Bell for her work, she said …"), not a first name.
_PARTICIPLE_OPENING = re.compile(r"[A-Z][a-z]{3,}ing")


# A phrase or clause fronted before a sentence's subject: "When he refused to back …, he said",
# "Responding to criticism from …, he insisted", "After talks with …, she said"; and the opening of
# such a clause up to its own subject ("When Tom Hale arrived, …").
_FRONTING_LEAD = r"[\"“]?(?:(?:And|But|So|Yet|However|Then|Later|Earlier),?\s+)?"
_SUBORDINATORS = r"[Ww]hen|[Ww]hile|[Aa]fter|[Bb]efore|[Aa]s|[Aa]lthough|[Tt]hough|[Ss]ince|[Oo]nce|[Ii]f|[Bb]ecause|[Uu]ntil"
_FRONTED_PHRASE = re.compile(
    rf"{_FRONTING_LEAD}(?:{_SUBORDINATORS}|"
    r"[Dd]espite|[Ff]ollowing|[Dd]uring|[Ww]ith|[Ww]ithout|[Uu]nlike|[Ll]ike|[Ii]n|[Oo]n|[Aa]t|[Uu]nder|[Oo]ver|[Bb]y|[Ff]or|[Ff]rom|[a-zA-Z][a-z]{2,}ing)\s"
)
_FRONTED_CLAUSE = re.compile(rf"{_FRONTING_LEAD}(?P<sub>(?:{_SUBORDINATORS})\s+)(?:[\w’'.-]+\s+){{0,4}}?")
# An opening prepositional phrase with no comma after it: "On Monday's radio programme Mr Hale was …".
_UNPUNCTUATED_OPENING = re.compile(r"[\"“]?(?:On|In|At|During|After|Before|Speaking\s+(?:on|at|to|in))\s+[^,;:.!?“”\"]{1,60}?\s+")
_VERB_AFTER_NAME = re.compile(r"\s+(?:(?:also|later|then)\s+)?(?:was|is|were|are|has|had|will|would|said|says|told|[a-z]+ed)\b")


# A verb right after a sentence's opening name, making the name its subject ("Apple has taken …",
# "Intel filed …", "Kelso is the latest …").
_BODY_VERB = re.compile(r"\s+(?:(?:also|has|have|had|is|was)\s+)?(?:has|have|had|is|was|will|would|[a-z]{3,}ed)\b")
# A plural group as the subject of a verb: "Kelso prosecutors are forcing …", "MPs bombarded …",
# "Phone firms refuse …" (its head a word for people who speak, or for businesses and courts).
_GROUP_HEADS = sorted({w for w in SOURCE_HEAD_WORDS if w.endswith("s") and w not in {"police", "lords"}} | {
    "companies", "firms", "courts", "groups", "unions", "councils", "banks", "retailers", "operators", "parties", "mps", "MPs"})
# (also opening the sentence in capitals: "Critics want more policing. They say …", "Opposition parties …")
_GROUP_HEADS_CAPITALISED = [w[0].upper() + w[1:] for w in _GROUP_HEADS if w[0].islower() and w != "mps"]
_PLURAL_SUBJECT = re.compile(
    rf"(?<![\w’'-])(?P<np>(?:(?!(?:{'|'.join(sorted(_DESCRIPTOR_STOP))}|only|then|so|now|[a-z]+ly|[a-z]+ed)\b)(?:[A-Z][\w-]*|[a-z][\w-]*)\s+){{0,2}}?(?:{'|'.join(_GROUP_HEADS + _GROUP_HEADS_CAPITALISED)}))"
    r"\s+(?:(?:also|now|still|have|had|are|were|had\s+been|have\s+been)\s+)?(?:are|were|have|had|[a-z]{3,}ed|refuse|say|claim|argue|insist|want|fear|believe"
    # (a plain present of calling for, warning or urging: "The MPs also call for tougher sentences. They say …")
    r"|call|warn|urge|demand|recommend|predict|suggest|accept|admit|deny|expect|accuse|criticise|reject|oppose|welcome|propose)\b"
)
# The agent of a passive verb, a group of people or bodies: "… is expected to be opposed by the Kelso
# Greens", "… has been heard by two lower courts".
_PASSIVE_AGENT = re.compile(
    rf"\b(?:be|been|being|is|are|was|were)\s+(?:[a-z]+ly\s+)?[a-z]{{3,}}(?:ed|en|wn|rd|ght)\s+by\s+(?:the\s+)?"
    rf"(?P<np>(?:(?:[A-Z][\w’'-]*|[a-z][\w-]*)\s+){{0,3}}?(?:[A-Z][a-z]+s|{'|'.join(_GROUP_HEADS)}))\b"
)
# The person a verb of accusing, urging or praising addresses right after a subject (and its aside set
# off by commas): "…, accused Ms Roe of …", "… has urged Tom Hale to …".
_ADDRESSED = re.compile(
    r"(?:,[^,.;:“”\"]{1,120},)?\s+(?:(?:has|had|also|then|later)\s+)*(?:accused|urged|criticised|attacked|praised|blamed|condemned|challenged|thanked|congratulated)"
    r"\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\b"
)
# A body named in the plural heading its sentence as the subject of a verb: "The Kelso Greens have …".
_NAMED_PLURAL_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Yet|So|However|Meanwhile),?\s+)?(?:[Tt]he\s+)?(?P<np>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][a-z]+s)\s+(?:(?:also|now|still|already|have|had|are|were)\s+)*(?:[a-z]{3,}ed|are|were)\b"
)
# Another plural named after the group, which "they" could stand for: "Police questioned two men after they …".
_OTHER_PLURAL = re.compile(
    r"\b(?:the|these|those|two|three|four|five|six|several|some|many|other|their|its|his|her)\s+(?:[a-z-]+\s+)?(?!(?:as|was|has|his|this|its|thus|is|us)\b)[a-z]{2,}[^s\W]s\b"
)
# Capitalised words opening a sentence that name no body.
_NOT_A_BODY = {"It", "He", "She", "They", "We", "I", "This", "That", "These", "Those", "There", "The", "A", "An", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady", "In", "On", "At", "After", "Before", "When", "While", "If", "As"}


# An opening sentence whose subject is a person called by a title alone: "The former finance chief of
# Kelco has …", "A former Home Office minister has called …" (up to the verb).
_OPENING_TITLE = re.compile(
    r"(?:The|A|An)\s+(?P<title>(?:[\w’'-]+\s+){0,5}?(?P<head>[a-z][\w-]*))(?:\s+(?:of|at|for|in)\s+(?:[\w’'&-]+\s+){0,5}?[\w’'&-]+?)?"
    r"\s+(?:has|have|had|is|was|will|says|said|[a-z]{3,}ed)\b"
)


# An age as a description: "the 34-year-old".
_AGE = re.compile(r"\d+-year-old")


# Offices written after a name: "Ben Hale MP", "Ann Cole QC".
_OFFICES = {"MP", "MEP", "MSP", "AM", "QC", "KC"}


_DESCRIBING = {"the", "a", "an", "his", "her", "their", "its", "and", "of", "for", "former", "fellow", "new", "top", "senior"}


def _describes(word: str, ent: Entity) -> bool:
    """Can ``word`` stand in the title or description before ``ent``'s name?"""
    if word.endswith("ing") and word.lower() not in _DESCRIBING:
        return False  # "Describing Mr Jackson as …": a clause, not a title
    return (
        word[0].isupper() or word[0].isdigit() or word.lower() in _DESCRIBING or norm(word) in ent.descriptors
        or norm(word) in ROLE_WORDS or norm(word) in PERSON_NOUNS or norm(word) in POSITIONS or "-" in word
        # "His friend, Saxon Hale, blames …", "Her husband Tom Ash said": a relative named in apposition
        or norm(word) in RELATIONS or norm(word) in RELATION_GENDER
    )


_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
_SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "&"}
_DAYS_AND_MONTHS = set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april june july august
    september october november december""".split()
)
# A run of capitalised words that may hold small words ("International Federation of the Red Cross").
# What a place's name grows into as the word for its people ("India" -> "Indian", "Korea" -> "Korean",
# "Iraq" -> "Iraqi", "Japan" -> "Japanese"): "India said …" is India, not the "Indian Ocean" named before.
_DEMONYM_ENDING = re.compile(r"n|an|ian|i|ese|ish")
_CAPITAL_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:(?:of|the|and|for|on|in|&)\s+)*[A-Z][\w’'-]*)+")


def _shortening(short: str, run: str) -> str | None:
    """The name in capitalised ``run`` that ``short`` shortens ("Dunmore Metropolitan Police" for
    "Met"): a part of several words, one of which (other than a body's common noun) starts with it."""
    for part in re.split(r"(?:’s|'s|’|')(?:\s+|$)", run):  # "Sony's PlayStation": two names
        words = part.split()
        while len(words) > 2 and is_person_head(norm(words[0])) and words[1] in _SMALL_WORDS:
            words = words[1:]  # "Officers of the Dunmore Police": the police
        while words and words[0] in _SMALL_WORDS:
            words = words[1:]
        if len(words) > 1 and any(
            w.startswith(short) and len(w) > len(short) and norm(w) not in ORG_NOUNS and not _DEMONYM_ENDING.fullmatch(w[len(short) :])
            for w in words
        ):
            return " ".join(words)
    return None


def _split_possessive(start: int, run: str) -> list[tuple[int, str]]:
    """"Philip Pullman's His Dark Materials" → "Philip Pullman's", "His Dark Materials": a
    possessive ends a name (but not a country's or body's before a title: "Britain's Foreign
    Secretary Jack Straw")."""
    out, cut = [], 0
    for m in re.finditer(r"[’']s?\s+(?=([A-Z][\w-]*))", run):
        if norm(m.group(1)) in ROLE_WORDS:
            continue
        out.append((start + cut, run[cut : m.end()].rstrip()))
        cut = m.end()
    out.append((start + cut, run[cut:]))
    return out


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter added, dropped or changed: "Hassell", "Hassel", "Hassall"."""
    if a == b or abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


# Kinds of body "the <noun>" may take up for a body the article named by its own name only ("the
# club", "the union"; not "the book", "the paper": things, not the body).
_BODY_KINDS = INTRODUCING - {"book", "paper", "newspaper", "magazine", "website", "channel", "station", "network"}
# Nouns for a body that oversees others, and the heads of the public bodies' names they may stand for
# ("the Kell Securities Commission … the regulator", "the Kelso Standards Authority … the watchdog").
_OVERSEERS = {"regulator", "watchdog"}
PUBLIC_BODY_HEADS = {"commission", "authority", "office", "agency", "board", "bureau", "department", "ministry", "administration", "council", "inspectorate", "committee"}
# Kinds of body no business is: a firm the article introduced as one is never "the regulator".
_NO_BUSINESS = {"regulator", "watchdog", "union", "charity"}
# Kinds any body outside trade may be called by ("the think-tank", "the non-partisan charity", "the
# fiscal watchdog"): which one is meant is the body that has just spoken, whatever its name ends in.
_PUBLIC_BODY_KINDS = {"organisation", "organization", "charity", "think-tank", "watchdog"}
# Words a newspaper's own name is made of ("the Kelso Times", "Kelso Daily News", "the Sunday Kelso
# Telegraph"): a body so named is the one "the paper" stands for.
_NEWSPAPER_NAME_WORDS = {
    "Times", "News", "Post", "Journal", "Mirror", "Telegraph", "Guardian", "Independent", "Observer", "Herald",
    "Express", "Mail", "Sun", "Standard", "Gazette", "Tribune", "Chronicle", "Star", "Record", "Echo",
    "Inquirer", "Globe", "Courier", "Examiner", "Daily", "Zeitung",
}
_NICKNAMED = re.compile(r"\b(?P<first>[A-Z][\w-]+)\s+['‘\"“](?P<nick>[A-Z][\w-]+)['’\"”]\s+(?P<last>[A-Z][\w-]+)\b")
# Words that make a capitalised name a body's ("the British Chambers of Commerce", "the Kelso Power Corp").
_BODY_WORDS = ORG_NOUNS | {"chambers", "institute", "confederation", "centre", "center", "trust", "fund", "office", "department", "corp", "inc", "plc", "ltd", "llc"}
# Honorifics before a surname ("Mr Hill"), and the words a capitalised run may open with that make it
# no body's name ("The", "His", "But", "Mr" …).
_NO_BODY_START = re.compile(rf"(?:The|A|An|His|Her|Its|Their|But|And|In|On|At|{HONORIFIC_ALT})\b")
# Not right after a possessive: "Carlton United shares", not "Mr Marsh’s shares".
_NOT_AFTER_POSSESSIVE = r"(?<!’s)(?<!'s)(?<![’'])"
# A capitalised name opening a sentence as its subject ("The Institute of Directors has …").
_NAMED_BODY = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?]\s))The\s+(?P<name>[A-Z][\w&’'-]*(?:\s+(?:(?:of|for|and|&)\s+)?(?:the\s+)?[A-Z][\w&’'-]*)*)"
    r"\s+(?:has|have|had|is|was|will|would|says|[a-z]+ed)\b"
)


def _name_head(name: str) -> str:
    """The word that says what a body is: its name's last word, or the one before "of", "on" or
    "for" ("the Joint Committee on Human Rights" is a committee)."""
    return re.split(r"\s+(?:of|on|for)\s+", name, maxsplit=1)[0].split()[-1].lower()


# A document's own words for itself: "they" never stands for one.
_ONE_DOCUMENT = DOCUMENT_NOUNS | {"statement"}
# First words of two-word places whose people keep them: "the New Zealander", "the South African".
PLACE_FIRST_WORDS = {"New", "South", "North", "East", "West", "Northern", "Southern", "Eastern", "Western", "Sri", "Saudi", "Costa", "Puerto"}

# Title words of one sex inside a post's name: "the lord chancellor", "the lady mayoress".
_TITLE_SEX = {"lord": False, "lady": True, "baroness": True, "baron": False, "earl": False, "viscount": False, "king": False, "queen": True, "prince": False, "princess": True, "duke": False, "duchess": True}


class Cast:
    """The people of one article and every place they are mentioned."""

    def __init__(self, text: str, body_start: int = 0) -> None:
        self.text = text
        self.body_start = body_start
        self.entities: list[Entity] = []
        self._mentions: list[Mention] = []
        self._positions: list[int] = []
        self._runs: dict[int, list[tuple[int, int, str]]] = {}  # capitalised runs from a start (see _first_run)
        self._run_hits: dict[tuple[tuple[str, str], int], tuple[int, str] | None] = {}
        self._excluded: list[tuple[int, int]] = []  # sorted
        self._reach: list[int] | None = None
        self._said: list[tuple[int, str, str]] = []  # (where, speaker's name, words) of each quote so far
        self._the_names: dict[int, bool] = {}  # per entity: named only after "the" (see _the_name)
        self._sentence_starts = [0] + [s for p in paragraph_spans(text, body_start) for s, _ in sentence_spans(text, p.start, p.end)]
        self._collect(body_start)

    # -- building ---------------------------------------------------------------------------
    def _collect(self, body_start: int) -> None:
        text = self.text
        full: list[tuple[int, int, str, str | None, bool | None]] = []
        kin: set[int] = set()  # where a relative is named by first name only
        lower_words = set(re.findall(r"\b[a-z][a-z’'-]+\b", text))
        org_runs = self._introduced_orgs(body_start)
        # A body the article introduces as a business or the like is never a person elsewhere ("water firm
        # Aguas Argentinas … Aguas Argentinas told …"; not "games maker Peter Molyneux", "website Ford"),
        # also when set off by commas after its kind ("The world's biggest toy firm, Kelso Roe, has …"), and a
        # club ("football club Dynamo Kelso … Dynamo Kelso will get loans … The club said …").
        kind_before = lambda start: (re.search(r"\b([a-z]+),?[ \t]+$", text[max(0, start - 20) : start]) or [None, ""])[1]
        org_names = {name for start, _, name in org_runs if start in self._kind_alias or kind_before(start) in BUSINESS | {"charity", "agency", "watchdog", "regulator", "union", "bank", "band", "club"}}
        # "Will Hale, senior fellow at Kelso, told … said Mr Hale": a first name that is also an ordinary
        # word ("Will", "Mark", "Bill") before a surname the article calls "Mr …" is the person's own
        given_name = lambda name: (
            len(name.split()) == 2 and sex_of_given_name(name.split()[0]) is not None
            and name.split()[1] in self._honoured
        )
        for m in CAP_RUN.finditer(text, body_start):
            # "Port Alden coach Viktor Hale": a name that only qualifies the person after it.
            between = re.match(r"((?:\s+[a-z][\w-]*){1,3})\s+[A-Z]", text[m.end() : m.end() + 60])
            titles = between.group(1).split() if between else []
            # (a post may name its field after "of": "Dunmore Sharks director of rugby Tom Hale")
            post = titles[:1] if len(titles) == 3 and titles[1] == "of" else titles
            if post and all((w in ROLE_WORDS or w in PERSON_NOUNS) and w not in CONNECTORS for w in post):
                nxt = CAP_RUN.search(text, m.end())
                if nxt and parse_person(nxt.group())[1] and not parse_person(m.group())[2]:
                    continue
            # "the BBC's Talking Point programme", "the Harry Potter films": a name that qualifies a thing is no person
            # (but one that owns it may be: "Ann Roe's film" is hers).
            if re.match(rf"\s+(?:{THING_ALT})s?\b", text[m.end() : m.end() + 30]) and not POSSESSIVE.search(m.group()):
                continue
            # "NBC over its programme Fear Factor.", "the film Ray, a portrait of …": a name right after a
            # work it titles, with the phrase ending there, is the work's name, not a person's
            if re.search(r"\b(?:its|his|her|their|the|new|latest|hit)\s+(?:programme|program|show|series|film|movie|album|single|song|book|novel|play|magazine|website|channel)\s+$", text[max(0, m.start() - 30) : m.start()]) and re.match(r"\s*(?:[.,;:)]|\s[—–-]\s|$)", text[m.end() : m.end() + 3]):
                continue
            for start, surface in (part for p in split_run(m.start(), m.group()) for part in _split_possessive(*p)):
                bare = POSSESSIVE.sub("", surface.strip())
                if any(s <= start < e for s, e, _ in org_runs) or any(o == bare or o.startswith(bare + " ") for o in org_names):
                    continue  # (the body again: "Shares in Krispy Kreme Doughnuts … Krispy Kreme said")
                role, name, female = parse_person(surface)
                # "Meanwhile Antony Blinken": a leading word the article also writes in lower case
                # is an ordinary word that happens to start the sentence.
                # ("Lord Falconer", "Lord Ash of Leigh" stay whole even beside "the lord chancellor": a peer's title is his name.)
                while name and len(name.split()) > 1 and not (len(name.split()) in (2, 4) and name.split()[0].lower() in PEERAGE) and (
                    (name.split()[0].lower() in lower_words and not given_name(name)) or name.split()[0].lower() in NOT_ROLE | ADVERBS
                    or (len(name.split()) > 2 and DEMONYM.fullmatch(name.split()[0]))
                    # "New Yorker Dick Morris", "South African Ann Roe": a place of two words names its
                    # people with its first word kept; the pair is no part of the name
                    or (
                        len(name.split()) > 2 and re.fullmatch(r"[A-Z][a-z]+(?:er|an)", name.split()[0]) is not None
                        and re.search(rf"(?:^|\s)(?:{'|'.join(PLACE_FIRST_WORDS)})\s+{re.escape(name.split()[0])}\s", surface) is not None
                    )
                    # "Swede Lars Holm", "Americans Tom Hale and …": a nationality noun (one or several)
                    # before a full name says where the person is from; it is no first name
                    or (len(name.split()) > 2 and (norm(name.split()[0]) in DEMONYMS or norm(name.split()[0]).removesuffix("s") in DEMONYMS))
                    # "Man-of-the-match Duff explained …": a compound that describes, not a first name
                    or is_described(name.split()[0])
                    # "Defiant Tom Hale says …": an adjective opening the sentence before a first name is
                    # how he is, not his name
                    or (
                        len(name.split()) > 2 and surface.startswith(name) and re.search(r"(?:^|[.!?][”\"]?\s+|\n\s*)[“\"]?$", text[max(0, start - 4) : start]) is not None
                        and re.fullmatch(r"[A-Z][a-z]+(?:ant|ent|ive|ous|ful|less|ed|ic)", name.split()[0]) is not None
                        and sex_of_given_name(name.split()[0]) is None and sex_of_given_name(name.split()[1]) is not None
                    )
                    or (_PARTICIPLE_OPENING.fullmatch(name.split()[0]) and surface.startswith(name) and self._opens_sentence(start))
                ):
                    name = name.split(" ", 1)[1]
                if name and len(name.split()) == 2 and name.split()[0] in PLACE_FIRST_WORDS and not role and not given_name(name):
                    # "For example in West Kelso, this …", "North Kelso landowner Tom Hale", "a South African
                    # financier": a place of two words (or its people) is nobody's name
                    continue
                if name and any(o == name or (" " in o and name.endswith(" " + o)) for o in org_names):
                    continue  # the body again once an opening word is dropped: "Meanwhile Halvers Pharma", "Another Halvers Pharma"
                known = False
                occupation = re.search(r"\b([a-z]+)[ \t]+$", text[max(0, start - 30) : start])
                if name is None and " " not in surface.strip() and occupation:
                    occupation = occupation.group(1)
                    token = POSSESSIVE.sub("", surface.strip())
                    if (
                        occupation in PERSON_NOUNS and occupation not in SOURCE_HEADS_PLURAL
                        and re.fullmatch(r"[A-Z][\w-]+", token) and norm(token) not in NON_NAME and token.lower() not in lower_words
                    ):
                        name, known = token, True  # "Rap star Jay-Z", "singer Madonna"
                        female = gender_of_noun(occupation)
                    elif occupation in RELATION_GENDER and re.fullmatch(NAME_TOKEN, token) and norm(token) not in NON_NAME and token.lower() not in lower_words:
                        name, known = token, True  # "his wife Sharon", "Edwards' sister Rachel": a relative by first name
                        female = RELATION_GENDER[occupation]
                        kin.add(start)
                initialled = re.fullmatch(r"[A-Z]{2} [A-Z][a-z][\w’'-]*", bare)
                if name is None and initialled:
                    # "author JK Hale", "JF Vane, spokesman for Kelco, said": two initials run together
                    # before a surname are a person's name when an occupation goes before it or a calling
                    # in apposition after it (alone they may be a body's: "JD Kelso estimates")
                    before_word = (re.search(r"\b([a-z]+)[ \t]+$", text[max(0, start - 30) : start]) or [None, ""])[1]
                    apposed = re.match(r",[ \t]+(?:(?:the|a|an)[ \t]+)?(?:[\w’'&-]+[ \t]+){0,3}?([a-z]+)\b", text[start + len(bare) : start + len(bare) + 80])
                    if (before_word in PERSON_NOUNS and before_word not in SOURCE_HEADS_PLURAL) or (apposed and apposed.group(1) in PERSON_NOUNS and apposed.group(1) not in SOURCE_HEADS_PLURAL):
                        name, known = bare, True
                if (
                    name is None and " " not in bare and (given := sex_of_given_name(bare)) is not None and self._opens_sentence(start)
                    and re.match(r",[ \t]+who\b", text[start + len(bare) : start + len(bare) + 8]) and bare.lower() not in lower_words
                ):
                    # "Jane, who runs the website, compiles …": a first name alone, heading its sentence
                    # with a relative clause on it, is a person introduced by first name
                    name, known, female = bare, True, given
                relative = re.match(r"(?:’s|'s)\s+([a-z]+)\b", text[start + len(bare) : start + len(bare) + 20])
                if name is None and " " not in bare and relative and (relative.group(1) in RELATIONS or relative.group(1) in RELATION_GENDER):
                    # "Juninho's father": a lone name with a family is a person's (a body has none)
                    if re.fullmatch(NAME_TOKEN, bare) and norm(bare) not in NON_NAME and bare.lower() not in lower_words:
                        name, known = bare, True
                if name and (len(name.split()) >= 2 or role or female is not None or known):
                    full.append((start, start + len(surface), name, role, female))
        # "Ahmed 'Mido' Hossam": a name with a nickname in it, the whole as the article gives it; the
        # nickname alone ("Mido said") is the same person.
        for m in _NICKNAMED.finditer(text, body_start):
            if norm(m.group("first")) in NON_NAME or norm(m.group("last")) in NON_NAME:
                continue
            ent = self._entity_for(m.group(), create=True, pos=m.start())
            ent.aliases.add(m.group("nick"))
        # Full names first, then "Mr Hensel" / "Minister Leyva" attach to them (or stand alone).
        for multi in (True, False):
            for start, end, name, role, female in full:
                if (len(name.split()) >= 2) != multi:
                    continue
                ambiguous = not multi and sum(
                    e.kind == "person" and e.surname == name and (female is None or e.female in (None, female)) for e in self.entities
                ) > 1
                # "Sir Alan" after "Sir Alan Pruett": a knight or dame is called by the first name.
                # (also as an owner: "Asked about Sir Alan's comments")
                knighted = not multi and (k := _KNIGHTED.search(text, start, end)) is not None and k.group(1) == name
                # "Ozzy Osbourne … His wife Sharon … Sharon Osbourne": the relative is the one of that
                # first name in a family already named (not "his son Nick" and a stranger "Nick Vale")
                family = [
                    e for e in self.entities
                    if start in kin and e.kind == "person" and len(e.name.split()) >= 2 and e.name.split()[0] == name
                    and re.search(rf"\b{re.escape(e.surname)}\b", text[:start])
                ]
                # "Kim Yungmin, an equity strategist at Kelco, … said Mr Kim": "Mr", "Mrs", "Ms" or "Dr"
                # before the first word of a name the article gave in full, with nobody of that surname,
                # is that person, whose family name comes first (as in Korean and Chinese names; not a
                # first name: "Mr Howard" is no Howard Flight)
                family_first = [
                    e for e in self.entities
                    if not multi and re.match(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s", text[start:end]) and e.kind == "person"
                    and len(e.name.split()) in (2, 3) and e.name.split()[0] == name and sex_of_given_name(name) is None
                    and not any(o.kind == "person" and o.surname == name for o in self.entities)
                ]
                if len(family_first) == 1:
                    family = family_first
                if not family and not multi and (role or re.match(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s", text[start:end])) and (inner := self._inner_name(name)) is not None:
                    family = [inner]  # "President Kelo" for Luiz Carlos Kelo da Vane
                ent = family[0] if len(family) == 1 else self._entity_for(name, create=True, pos=start, female=female, first_name=knighted)
                if ambiguous:
                    female = None  # "Mr Jackson" with a Michael and a Katherine Jackson: say nothing of either
                # (on the name's own line: a headline that ends "… long lost daughter" says nothing of
                # the "Labour MP Tom Hale" who opens the body)
                relation = re.search(r"\b([a-z]+)[ \t]+$", text[max(0, start - 20) : start])
                if female is None and relation and relation.group(1) in RELATION_GENDER:
                    female = RELATION_GENDER[relation.group(1)]  # "his mother Katherine Jackson"
                # "Ann Roe, the daughter of the late singer, …", "Ann Roe, the boxer's stepsister, …": a
                # relative in apposition says which
                kinship = re.match(r",[ \t]+(?:the|his|her|their|its)[ \t]+(?:[\w-]+(?:’s|'s|’|')[ \t]+)?(?:step|half-)?([a-z]+)\b", text[end : end + 80])
                if female is None and kinship and kinship.group(1) in RELATION_GENDER:
                    female = RELATION_GENDER[kinship.group(1)]
                keys = self._descriptors(start, end)
                if start in self._introduced_as:
                    ent.introduced_as = norm(self._introduced_as[start])
                ages = {k for k in keys if _AGE.fullmatch(k)}
                if ages:
                    keys -= ages  # (an age is no title: kept apart)
                    ent.age = ages.pop()
                if text[start:end].split()[-1] in _OFFICES:
                    keys.add(norm(text[start:end].split()[-1]))  # "Ben Hale MP" is an MP
                if role:
                    ent.roles.append(role)
                    for w in role.split():
                        keys.add(country_key(w) or norm(w))
                        keys.update(norm(w).split("-"))
                if female is not None and ent.female is None:
                    ent.female = female
                if ent.name_female is None:
                    ent.name_female = sex_of_first_name(name)
                ent.descriptors |= keys
                ent.keyed.append((start, keys))
        for s, e, name in org_runs:
            org = self.add_org(name, s)
            org.aliases |= self._org_alias(s) | self._kind_alias.get(s, set())
        self._register_mentions()
        self._learn_genders()
        self._join_peers()
        self._key_opening_description(body_start)

    def _key_opening_description(self, body_start: int) -> None:
        """"The former finance chief of Kelco has finished giving evidence … ¶ Tom Hale admitted …": a
        person the opening sentence calls by a title alone, with no name, is the one whose full name,
        given no title of its own, heads the next paragraph; the title is theirs ("the former finance
        officer" later is Tom Hale, not the Kelco boss named with another title)."""
        text = self.text
        end = text.find("\n", body_start)
        if end == -1:
            return
        opening = _OPENING_TITLE.match(text, body_start, end)
        head = norm(opening.group("head")) if opening else ""
        if opening is None or head in SOURCE_HEADS or not (is_person_head(head) or head in ROLE_WORDS):
            return  # (not "A Kelco spokeswoman was …": a source the article leaves unnamed)
        nxt = re.compile(r"\s*").match(text, end).end()
        run = CAP_RUN.match(text, nxt)
        if run is None or not re.match(r"(?:,[^,.;:“”\"]{1,80},)?\s+(?:(?:has|had|also)\s+)?(?:is|was|says|said|told|[a-z]{3,}ed)\b", text[run.end() : run.end() + 100]):
            return
        role, name, _ = parse_person(run.group())
        ent = self.by_name(run.group(), nxt) if name and len(name.split()) >= 2 and not role else None
        if ent is None or ent.kind != "person" or ent.role_keys() or self._first_pos(ent) < nxt:
            return
        words = re.findall(r"[\w’'-]+", opening.group("title"))
        ent.keyed.append((nxt, {k for w in words if (k := country_key(w) or (norm(w) if _LOWER_WORD.fullmatch(w) and w not in _DESCRIPTOR_STOP else None))}))

    def _join_peers(self) -> None:
        """"Betty Roe has said … Baroness Roe, who …, said …": a peer called by title and surname after
        the article has named a person of that surname in full (and of the title's sex, as far as the
        article tells) is that person, whose full name is the canonical one; a peer named by title
        first ("Lord Hale … Tom Hale told …") keeps the title, as the article gave it first."""
        for peer in [e for e in self.entities if e.kind == "person"]:
            words = peer.name.split()
            if len(words) != 2 or norm(words[0]) not in PEERAGE:
                continue
            female = norm(words[0]) in {"lady", "baroness"}
            first = self._first_pos(peer)
            named = [
                e for e in self.entities
                if e is not peer and e.kind == "person" and len(e.name.split()) >= 2 and norm(e.name.split()[0]) not in PEERAGE
                and e.surname == words[1] and e.female in (None, female) and self._first_pos(e) < first
            ]
            if len(named) != 1:
                continue
            full = named[0]
            # (not "Mayor Tom Hale … a plea by council leader Lord Hale": a peer introduced with a post of
            # his own is somebody new, unless the full name carries the title too: "Baroness Ann Roe")
            post = re.search(r"\b([a-z][\w-]*)[ \t]+$", self.text[max(0, first - 30) : first])
            if post and (norm(post.group(1)) in ROLE_WORDS or is_person_head(norm(post.group(1)))) and not re.search(
                rf"\b{re.escape(words[0])}\s+{re.escape(full.name)}\b", self.text
            ):
                continue
            full.aliases.add(peer.name)
            full.roles += peer.roles
            full.descriptors |= peer.descriptors
            full.keyed += peer.keyed
            if full.female is None:
                full.female = female
            for m in self._mentions:
                if m.ent is peer:
                    m.ent = full
            self.entities.remove(peer)

    def _introduced_orgs(self, body_start: int) -> list[tuple[int, int, str]]:
        """Bodies the article introduces by what they are: "investment firm Grant Samuel",
        "Technology firms Sony, Philips and Samsung", "a new book, Brown's Britain,"."""
        out: list[tuple[int, int, str]] = []
        self._introduced_as: dict[int, str] = {}
        # the surnames the article writes after "Mr", "Mrs", "Dr" …, read once ("Mr Hale's" gives "Hale")
        self._honoured: set[str] = {
            POSSESSIVE.sub("", h.group(1)) for h in re.finditer(rf"\b(?:{HONORIFIC_ALT})\.?\s+([A-Z][\w’'-]*)", self.text)
        }
        run = rf"{CAP_RUN.pattern}"
        nouns = INTRODUCING_ALT
        capitalised = "|".join(n.capitalize() for n in INTRODUCING_ALT.split("|"))
        # The noun opens the sentence too: "Bookmaker Ladbrokes said …".
        pat = re.compile(
            rf"(?:\b(?P<noun>{nouns})|(?:(?<=^)|(?<=\n)|(?<=[.!?]\s))(?:{capitalised}))(?:,)?\s+"
            rf"(?P<name>{run}(?:(?:,\s+{run})*,?\s+and\s+{run})?)(?=[\s,.;:])"
        )
        for m in pat.finditer(self.text, body_start):
            name = m.group("name")
            if _NO_BODY_START.match(name) or re.match(r"Prof\b", name):
                continue  # (not "… told the BBC News website Mr Molyneux …": a person)
            if m.group("noun") and self.text[m.start() - 1 : m.start()] == "-" and len((parse_person(name)[1] or "").split()) > 1:
                continue  # "Film-maker Jo Bell": the end of a compound for a person, before a person's full name (not "Car-maker Honda")
            if m.group("noun") in PERSON_NOUNS and len((parse_person(name)[1] or "").split()) > 1 and (
                re.search(r"\b(?:fellow|veteran)\s+$", self.text[max(0, m.start() - 10) : m.start()])
                or ((joined := re.search(r"\b([a-z]+)\s+and\s+$", self.text[max(0, m.start() - 30) : m.start()])) is not None and norm(joined.group(1)) in PERSON_NOUNS)
                or re.search(rf"\b(?:{HONORIFIC_ALT})\.?\s+{re.escape(name.split()[-1])}\b", self.text)
            ):
                # "his friend and fellow broadcaster Tom Pell … Mr Pell said", "comedian and broadcaster Al
                # Mibble": a noun for a body and a person alike ("broadcaster") is the person's calling when a
                # word for people goes with it or the article calls the name "Mr …"
                continue
            if len((parse_person(name)[1] or "").split()) > 1 and name.split()[-1] in self._honoured:
                # "married publisher Ann Roe … Mrs Roe's son", "defence group Kelco Tom Hale is to leave … Mr
                # Hale said": a full name the article calls "Mr …" or "Mrs …" is a person's, whatever noun
                # goes before it (a body's name before theirs is their title), whom that noun then stands
                # for ("games maker Tom Hale … The veteran game maker says …")
                if m.group("noun") and name == parse_person(name)[1]:
                    self._introduced_as[m.start("name")] = m.group("noun")
                continue
            if m.group().find(",") != -1 and m.group().find(",") < m.start("name") - m.start():
                # "a new book, Brown's Britain," only when a comma closes the appositive too.
                after = self.text[m.end("name") : m.end("name") + 1]
                if after != ",":
                    continue
                # "The head of a Catholic group, Dolphy D'Souza, …": the head is named, not the group
                head_of = re.search(r"\b([a-z]+)\s+of\s+(?:[\w’'-]+\s+){0,4}$", self.text[max(0, m.start() - 60) : m.start()])
                if head_of and is_person_head(norm(head_of.group(1))) and parse_person(name.rstrip(","))[1]:
                    continue
            name = name.rstrip(",")
            # (only a name the article gives nowhere else: "Kelso Group … agency Kelso's withdrawal" is the
            # group it already knows, left to be found as that; or a name of several words owning a thing
            # named in lower case: "broker Kelso & Hale's share deals")
            if POSSESSIVE.search(name) and (
                (self._owner_only(name) and len(re.findall(rf"(?<![\w-]){re.escape(POSSESSIVE.sub('', name))}(?![\w-])", self.text)) == 1)
                or (" " in name and re.match(r"\s+[a-z]", self.text[m.end("name") : m.end("name") + 2]))
            ):
                name = POSSESSIVE.sub("", name)  # "record company KelsoBMG's new campaign": the company owns it
            if re.search(r"\b[A-Z]{2,}\.$", name):
                name = name[:-1]  # "by US magazine Kelso PC.": the sentence's full stop, not part of the name
            out.append((m.start("name"), m.start("name") + len(name), name))
        # "Shares in Krispy Kreme Doughnuts fell …", "Carlton United shares closed 2p lower",
        # "Cairn Energy, a UK oil firm, …": a company named as one by its shares (a name written
        # before "shares" without a possessive: a person’s holding is "Mr Marsh’s shares") or by an
        # appositive after its name.
        self._kind_alias: dict[int, set[str]] = {}
        moved = r"have|has|had|were|was|are|is|rose|fell|closed|jumped|slumped|plunged|dropped|surged|climbed|gained|lost|slid|ended|and"
        shares = re.compile(rf"\b[Ss]hares\s+in\s+(?P<name>{run})(?=\s*[,.;:]|\s+(?:{moved})\b)")
        own_shares = re.compile(rf"(?P<name>{run}){_NOT_AFTER_POSSESSIVE}\s+shares\s+(?:{moved})\b")
        # (the appositive's determiner may be an owner: "RHB, Malaysia's third-biggest lender, …",
        # "Kelso Foods, the world's biggest pasta firm, …", "Kelso Amro, the Netherlands' largest bank, …";
        # and the place may come after the kind: "Kelso Wines, the largest wine maker in Ruritania, …")
        appositive = re.compile(
            rf"(?P<name>{run}),\s+(?:a|an|the|(?P<owner>(?:the\s+)?[A-Z]?[\w-]+(?:’s|'s|(?<=s)’|(?<=s)')))\s+(?:[\w&-]+\s+){{0,3}}?(?P<noun>{nouns})"
            rf"(?=\s*[,.;:]|\s+(?:that|which|whose|and|with|based)\b|\s+in\s+(?:the\s+)?[A-Z][\w-]*\s*[,.;:])"
        )
        # "Kelso Telecom, one of the world's largest telecoms and internet service providers, saw …": one
        # of a kind of bodies, in the plural
        plural = {re.sub(r"y$", "ie", n) + "s": n for n in INTRODUCING if not n.endswith("s")}
        one_of = re.compile(
            rf"(?P<name>{run}),\s+one\s+of\s+(?:the|(?P<owner>(?:the\s+)?[A-Z]?[\w-]+(?:’s|'s)))\s+(?:[\w&-]+\s+){{0,5}}?"
            rf"(?P<noun>{'|'.join(sorted(plural, key=len, reverse=True))})(?=\s*[,.;:]|\s+(?:that|which|whose|with|based)\b)"
        )
        lower_words = set(re.findall(r"\b[a-z][a-z’'-]+\b", self.text))
        for pat2 in (shares, own_shares, appositive, one_of):
            for m in pat2.finditer(self.text, body_start):
                name = POSSESSIVE.sub("", m.group("name"))
                start = m.start("name")
                lead = re.match(r"The\s+(?=[A-Z])", name) if pat2 is appositive or pat2 is one_of else None
                if lead and not _NO_BODY_START.match(name[lead.end() :]):
                    # "The Free Code Foundation, a civil rights watchdog, is …": the body's name after its article
                    start, name = start + lead.end(), name[lead.end() :]
                if _NO_BODY_START.match(name):
                    continue
                if (pat2 is one_of or pat2 is appositive and m.group("owner")) and (
                    name.split()[0].lower() in NOT_ROLE | ADVERBS or _PARTICIPLE_OPENING.fullmatch(name.split()[0])
                    or (" " not in name and name.lower() in lower_words)
                ):
                    continue  # "Meanwhile, United's budget airline, …", "Combining SMFG, Japan's third-biggest lender, …": an opening word, not a name
                of = re.match(r"(.+?)\s+(?:of|at|from)\s+(?:the\s+)?(?=[A-Z])", name)
                if of and parse_person(of.group(1))[1]:
                    # "Paul Hofheinz of the Lisbon Council, a citizen action group": the body is the council
                    start, name = start + of.end(), name[of.end() :]
                if any(a <= start < b for a, b, _ in out):
                    continue
                out.append((start, start + len(name), name))
                self._kind_alias[start] = {m.group("noun") if pat2 is appositive else plural[m.group("noun")] if pat2 is one_of else "company"}
        # "Morton Hill spokesman Dan Pryce said": a name written before "spokesman" and the
        # spokesman's own name speaks for a body (a person's spokesman is "Mr Blair's spokesman"),
        # unless the article also calls it "Mr Hill"; a comma may come before the name ("said Kelsoft
        # spokeswoman, Ann Roe. … The company says …").
        spoken_for = re.compile(rf"(?P<name>{run}){_NOT_AFTER_POSSESSIVE}\s+spokes(?:man|woman|person),?\s+(?={CAP_RUN.pattern})")
        for m in spoken_for.finditer(self.text, body_start):
            name, start = m.group("name"), m.start("name")
            if _NO_BODY_START.match(name) or any(a <= start < b for a, b, _ in out):
                continue
            if re.search(rf"\b(?:{HONORIFIC_ALT})\.?\s+{re.escape(name.split()[-1])}\b", self.text):
                continue
            out.append((start, start + len(name), name))
            self._kind_alias[start] = set()
        # "The British Chambers of Commerce welcomed …", "The Institute of Directors has …": a body's
        # name, with a word for a body in it, opening a sentence as its subject (so "it" can find it).
        for m in _NAMED_BODY.finditer(self.text, body_start):
            name, start = m.group("name"), m.start("name")
            if len(name.split()) < 2 or not any(norm(w) in _BODY_WORDS for w in name.split()) or any(a <= start < b for a, b, _ in out):
                continue
            owned = re.match(r".+?(?:’s|'s)\s+(?P<rest>[A-Z].*)", name)
            if owned and len(owned.group("rest").split()) > 1 and parse_person(owned.group("rest"))[1] == owned.group("rest") and not any(norm(w) in _BODY_WORDS for w in owned.group("rest").split()):
                continue  # "The Kelso Office's Tom Hale is writing …": the body only owns the person named after it
            out.append((start, start + len(name), name))
            self._kind_alias[start] = set()
        # "Apple has taken more legal action …": a one-word name opening a sentence, never a person and
        # never written in lower case, is a body the article is about (so "it" can find it).
        opener = re.compile(r"(?:(?<=^)|(?<=\n)|(?<=[.!?]\s))(?P<name>[A-Z][\w&-]+)\s+(?:has|have|had|is|was|will|would|plans|says|said|announced|reported|warned)\b")
        in_a_name: dict[str, bool] = {}
        for m in opener.finditer(self.text, body_start):
            name, start = m.group("name"), m.start("name")
            if name.lower() in lower_words or norm(name) in NON_NAME or name.lower() in NOT_ROLE or parse_person(name)[1] or any(
                a <= start < b or o.startswith(name + " ") for a, b, o in out
            ):
                continue
            if not name.isupper() and not re.search(r"[a-z][A-Z]", name) and self.text.count(name) < 2:
                continue  # one mention only: too little to go on
            if name not in in_a_name:  # (once per name: each check reads the whole text)
                in_a_name[name] = any(norm(w.group(1) or "").rstrip("s") not in _BODY_WORDS for w in re.finditer(rf"\b(?!(?:A|An|The)\b)[A-Z][\w’'-]*[ \t]+{re.escape(name)}\b|\b{re.escape(name)}[ \t]+([A-Z][\w’'-]*)", self.text))
            if in_a_name[name]:
                continue  # "Blair has …" after "Tony Blair" or "Mr Blair", "Anil has …" before "Anil Ambani": a person (not "A Zeta spokesman", "Zeta Airlines")
            if name.lower() in {"he", "she", "it", "they", "we", "this", "that", "there", "these", "those"}:
                continue
            # (or, for a body the article is about, named in its headline or opening paragraph, one that "its"
            # takes up right after it in another sentence, with no person's pronoun between: "Strong sales
            # helped Kelsomatic boost its profits. … Kelsomatic said …"; not a rival named further down)
            lede_end = self.text.find("\n\n", body_start + 1)
            its_elsewhere = re.search(rf"\b{re.escape(name)}\b", self.text[: lede_end if lede_end > 0 else len(self.text)]) and re.search(
                rf"\b{re.escape(name)}\b(?![’'])(?:(?!\b(?:he|she|his|her|him|they|their)\b)[^.!?\n]){{0,60}}\bits\b", self.text[body_start:]
            )
            # (or the one word heading both the headline and the article: "Kelsosoft debuts security tools |
            # Kelsosoft is releasing tools …", a body the story is about, as people come with full names)
            lede_start = body_start + len(self.text[body_start:]) - len(self.text[body_start:].lstrip())
            headed = start == lede_start and re.search(rf"\b{re.escape(name)}\b", self.text[:body_start])
            if not re.match(r"[^.!?]{0,80}\bits?\b|[^.!?]*[.!?]\s+It\s+[a-z]", self.text[m.end() :]) and its_elsewhere is None and not headed:
                continue  # only a name its own sentence or the next calls "its" or "it": "Apple has taken action to stop leaks of its …"
            out.append((start, start + len(name), name))
            self._kind_alias[start] = set()
        # "Delta Air Lines is cutting fares … to ensure its survival.": a name of several words opening
        # the article as the subject that "its" takes up in the same sentence is a body, not a person,
        # unless the article also uses its last word alone, as a surname is ("Mr Lines", "Lines said").
        lede = re.match(
            rf"\s*(?P<name>{run})(?:’s|'s)?\s+(?:[a-z]+\s+)?(?:has|have|had|is|was|are|were|will|would|plans|says|said)\b[^.!?\n]{{0,160}}?\bits\b",
            self.text[body_start:],
        )
        if lede:
            name, start = POSSESSIVE.sub("", lede.group("name")), body_start + lede.start("name")
            words = name.split()
            surname_alone = any(
                not re.search(r"(?:^|[A-Z][\w’'-]*[ \t]+)$", self.text[max(0, m.start() - 30) : m.start()])
                or re.search(rf"\b(?:{HONORIFIC_ALT})\.?[ \t]+$", self.text[max(0, m.start() - 8) : m.start()])
                for m in re.finditer(rf"\b{re.escape(words[-1])}\b", self.text)
            )
            if len(words) > 1 and not surname_alone and not _NO_BODY_START.match(name) and not any(
                a <= start < b for a, b, _ in out
            ):
                out.append((start, start + len(name), name))
                self._kind_alias[start] = set()
        return out

    def _owner_only(self, name: str) -> bool:
        """Is ``name``'s possessive ending only ever an owner's, before a lower-case word that is no verb
        ("US magazine Rolling Drum's annual list", "record company KelsoBMG's new campaign"), never part
        of the body's name, as in "Kelbury's said" or "Kelbury's shares fell"?"""
        from .quote_clauses import has_verb  # (here: that module reads this one)

        after = [m.group(1) for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?:\s+([^\s]+)|$)", self.text)]
        return bool(after) and all(w is not None and re.fullmatch(r"[a-z][a-z-]*[^s\W]", w) is not None and not has_verb(w) for w in after)

    def _opens_sentence(self, pos: int) -> bool:
        """Does ``pos`` start a sentence (after any opening quotation mark)?"""
        return not self.text[max(0, pos - 3) : pos].strip(" “\"") or bool(re.search(r"[.!?:][”\"]?\s+[“\"]?$", self.text[max(0, pos - 4) : pos]))

    def _org_alias(self, pos: int) -> set[str]:
        before = self.text[max(0, pos - 40) : pos].rstrip(" ,")
        m = re.search(r"([a-z][\w-]*)$", before)
        return {m.group(1)} if m and m.group(1) in ORG_NOUNS else set()

    def _descriptors(self, start: int, end: int) -> set[str]:
        """Lower-case title words around a full mention: "UK chancellor Gordon Brown", "Jack Law,
        chief executive of ...", "Ian Fogg, broadband analyst at ..."."""
        words: set[str] = set()
        before = self.text[max(self.body_start, start - 60) : start]
        tokens = re.findall(r"[\w’'-]+|[^\w\s]", before)[-5:]
        nearest = unprefixed(norm(tokens[-1])) if tokens else ""  # ("Tory co-chairman Liam Fox": a chairman)
        if nearest in ROLE_WORDS or nearest in PERSON_NOUNS or nearest.rstrip("s") in PERSON_NOUNS:
            for w in reversed(tokens):
                if not re.fullmatch(r"[\w’'-]+", w) or w.lower() in _DESCRIPTOR_STOP or w.lower() in RELATIONS:
                    break
                if _LOWER_WORD.fullmatch(w) or w[0].isupper():
                    words |= {norm(w), unprefixed(norm(w))}
        # (not "Ann Vey, herself nominated for …" or "Ann Vey, was greeted by …", "… in La Liga, did not rule
        # out a return": no title; a participle after the title ends it: "Ann Vey, Kelso attorney general
        # announcing the case"; an age before the description is skipped: "Tom Hale, 28, a hotel porter")
        # (a dash sets a description off as a comma does: "… will go to Tom Hale - a close ally of Ben
        # Vale. The premier insisted …" is not Tom Hale, an ally, but Ben Vale)
        m = re.match(r"(?:,\s+\d{1,3}(?=,))?(?:,|\s+-)\s+(?!who\b|which\b|whose\b|(?:him|her|them)sel(?:f|ves)\b|(?:was|is|were|are|has|had|have|will|would|did|does|do|could|can|should|may|might|must|not)\b)(?:(?:a|an|the)\s+)?((?:[\w’'-]+\s+){0,5}?[\w’'-]+)(?=\s+(?:of|at|for|in|from|and)\b|,|\.|\s+[a-z]{3,}ing\s+(?:the|a|an|his|her|its|their|that)\s)", self.text[end : end + 80])
        if m:
            words.update(norm(w) for w in m.group(1).split() if _LOWER_WORD.fullmatch(w))
        age = re.match(r",\s+(\d{1,3}),", self.text[end : end + 8])
        if age:
            words.add(f"{age.group(1)}-year-old")  # "Ben Vale, 34, scored twice": "the 34-year-old" later
        # (a country folds to its key, as in a title: "England forward Tom Hale" is "the England striker",
        # "the English forward")
        return {w for w in words if w not in _DESCRIPTOR_STOP} | {k for w in words if (k := country_key(w))}

    def _register_mentions(self) -> None:
        """Every mention by full name, "Mr Surname", surname or a first name only this person has.
        A surname two people share goes to the one last named in full (or by first name)."""
        text = self.text
        people = [e for e in self.entities if e.kind == "person"]
        firsts: dict[str, list[Entity]] = {}
        for e in people:
            if len(e.name.split()) >= 2 and norm(e.name.split()[0]) not in PEERAGE:
                firsts.setdefault(e.name.split()[0], []).append(e)
        found: list[tuple[int, int, str, list[Entity]]] = []
        for e in people:
            # not inside a longer name: "Def Jam" in "The Island Def Jam Music Group"
            found += [(a, b, "full", [e]) for a, b in word_spans(text, e.name) if not _CAPITAL_WORD_NEXT.match(text, b)]
            for nick in e.aliases:  # a nickname on its own
                found += [(m.start(), m.end(), "full", [e]) for m in re.finditer(rf"(?<!['‘\"“]){re.escape(nick)}\b(?!['’\"”])", text)]
        for first, ents in firsts.items():
            if len(ents) == 1:
                # "Ozzy gave her", "his wife Sharon", but not "the Two Ronnies star"
                alone = [(a, b) for a, b in word_spans(text, first) if not _SHORT_CAPITAL_BEFORE.search(text, max(0, a - 4), a) and not _CAPITAL_NEXT.match(text, b)]
                # Not before the full name ("Celtic Park … Celtic said", "Yahoo Messenger … Yahoo has"), unless a
                # relative of a family already named is introduced by it ("Ozzy Osbourne … His wife Sharon …
                # Sharon Osbourne"; not "Ed Hale … his son Nick" before "student Nick Vale").
                introduced = self._first_pos(ents[0])
                found += [
                    (a, b, "full", ents) for a, b in alone
                    if not _after_capital(text, a)
                    and (a >= introduced or (_after_relation(text, a) and next(word_spans(text, ents[0].surname, 0, a), None) is not None))
                ]
                # "Sir Alan" for Sir Alan Pruett
                found += [(a, b, "full", ents) for a, b in word_spans(text, first) if _KNIGHT_BEFORE.search(text, max(0, a - 6), a) and not _CAPITAL_NEXT.match(text, b)]
        by_surname: dict[str, list[Entity]] = {}
        for e in people:
            by_surname.setdefault(e.surname, []).append(e)
        for surname, ents in by_surname.items():
            found += [(a, b, "surname", ents) for a, b in word_spans(text, surname)]
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        last_full: dict[int, int] = {}
        covered_to = -1
        for s, e, how, ents in found:
            if s < covered_to:
                continue
            covered_to = e
            if len(ents) == 1:
                ent = ents[0]
            else:
                honorific = re.search(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$", text[max(0, s - 6) : s])
                if honorific:  # "Mr Jackson" is a man
                    female = honorific.group(1) != "Mr"
                    ents = [x for x in ents if x.female in (None, female)] or ents
                ent = max(ents, key=lambda x: (last_full.get(id(x), -1), -self._first_pos(x)))
            if how == "full":
                last_full[id(ent)] = s
            self._mentions.append(Mention(s, e, ent, distinct=how == "full" or len(ents) == 1))
        for ent in self.entities:
            if ent.kind == "org":
                for a, b in word_spans(text, ent.name, whole=False):
                    self._mentions.append(Mention(a, b, ent))
                self._mentions += self._by_initials(ent)
        self._mentions.sort(key=lambda m: m.pos)
        self._positions = [m.pos for m in self._mentions]

    def _by_initials(self, ent: Entity) -> list[Mention]:
        """"The Kelso Securities Commission … The KSC unveiled two settlements. … it said": a body
        mentioned again by the initials of its name (three letters or more), once named in full."""
        initials = "".join(w[0] for w in ent.name.split() if w not in _SMALL_WORDS and w[0].isupper())
        if len(initials) < 3 or len(ent.name.split()) < 3:
            return []
        first = self._first_pos(ent)
        return [
            Mention(a, b, ent) for a, b in word_spans(self.text, initials)
            if self.text[b : b + 1] != "-" and a > first and self._spelled_out(initials, a) == ent.name
        ]

    def _first_pos(self, ent: Entity) -> int:
        return next((a for a, _ in word_spans(self.text, ent.name, self.body_start)), len(self.text))

    def named_before(self, ent: Entity, pos: int) -> bool:
        """Has the article named ``ent`` in full before ``pos``?"""
        return self._first_pos(ent) < pos

    def _learn_genders(self) -> None:
        """Guess "he" or "she" for each person from the pronouns that follow their mentions (up to
        the next person mentioned, within the sentence, outside quotation marks): "Elena Sarr said
        her side ...". A subject pronoun counts twice: "gave her" says less than "she said"."""
        text = _mask_quotes(self.text)
        votes: dict[int, list[int]] = {}
        mentions = [m for m in self._mentions if m.ent.kind == "person"]
        breaks = [b.start() for b in re.finditer(r"(?=\n\n)", text)]  # where paragraphs end, in order
        for m, nxt in zip(mentions, mentions[1:] + [None]):
            if m.ent.female is not None or self._possessive(m):
                continue  # "X's mother said she …" says nothing of X
            i = bisect_right(self._sentence_starts, m.pos)
            sentence_end = self._sentence_starts[i] if i < len(self._sentence_starts) else len(text)
            b = bisect_left(breaks, m.pos)
            end = min(nxt.pos if nxt else len(text), sentence_end, breaks[b] if b < len(breaks) and breaks[b] else len(text))
            window = text[m.pos : end]
            # An object ("Eerdekens identified her", "sacked him") is somebody else than the subject.
            he = 2 * len(re.findall(r"\bhe\b", window, re.I)) + len(re.findall(r"\b(?:his|himself)\b", window, re.I))
            she = 2 * len(re.findall(r"\bshe\b", window, re.I)) + len(re.findall(r"\b(?:her(?=\s+[a-z])(?!\s+(?:to|for|with|from|in|on|at|by|as|and|that|of|about)\b)|hers|herself)\b", window, re.I))
            # "Imelda Staunton, nominated for best actress": a noun of one sex, nobody's ("his wife")
            for noun in re.finditer(r"(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )\b(actress|actor|[a-z]+(?:wo)?man)\b", window[len(m.ent.name) :]):
                sex = gender_of_noun(noun.group(1))
                he += sex is False
                she += sex is True
            tally = votes.setdefault(id(m.ent), [0, 0])
            tally[0] += he
            tally[1] += she
        for ent in self.entities:
            he, she = votes.get(id(ent), (0, 0))
            # (never against a first name only one sex bears: "Ann Roe said that he looked tired" is
            # about somebody else)
            if ent.female is None and he != she and max(he, she) >= 2 * min(he, she) + 1 and ent.name_female in (None, she > he):
                ent.female = she > he

    def _entity_for(self, name: str, create: bool, pos: int | None = None, female: bool | None = None, first_name: bool = False) -> Entity | None:
        for ent in self.entities:
            if ent.name == name:
                return ent
        surname = name.split()[-1]
        if first_name:
            knights = [e for e in self.entities if e.kind == "person" and len(e.name.split()) >= 2 and e.name.split()[0] == name]
            if len(knights) == 1:
                return knights[0]
        if len(name.split()) == 1:
            same = [e for e in self.entities if e.kind == "person" and e.surname == surname]
            if female is not None:  # "Mr Jackson" is not his mother, Katherine Jackson
                # (nor "Mrs Hale" her husband Mark Hale)
                same = [e for e in same if e.name_female in (None, female)]
                same = [e for e in same if e.female in (None, female)] or same
            if len(same) > 1 and pos is not None:
                named_before = [(self.text.rfind(e.name, 0, pos), e) for e in same]
                return max(named_before, key=lambda pe: pe[0])[1]
            if same:
                return same[0]
        else:  # "Ten Cate" for Henk Ten Cate: a surname of two words
            longer = [e for e in self.entities if e.kind == "person" and (e.name.endswith(" " + name) or e.name.startswith(name + " of "))]
            if len(longer) == 1:
                return longer[0]
            # "Viktor Makarov … Victor Makarov": the same surname after a first name spelt one letter
            # differently is the person already named, as the article first spelt them
            first = name.split()[0]
            respelt = [
                e for e in self.entities
                if e.kind == "person" and len(e.name.split()) == len(name.split()) and e.surname == surname
                and len(first) >= 4 and _one_letter_apart(e.name.split()[0], first) and e.name.split()[1:-1] == name.split()[1:-1]
            ]
            if len(respelt) == 1:
                return respelt[0]
        if not create:
            return None
        ent = Entity(name)
        self.entities.append(ent)
        return ent

    def add_org(self, name: str, pos: int, plural: bool = False) -> Entity:
        if _ACRONYM.fullmatch(name):
            name = self._spelled_out(name, pos) or name  # "the WTO said" → the World Tourism Organisation
        elif re.fullmatch(r"[A-Z][a-z]{2,}", name):
            name = self._shortened(name, pos) or name  # "the Met said" → the Dunmore Metropolitan Police
        # "A survey by Pay Data Services' (PDS) said … PDS said": a bare apostrophe after a final "s"
        # marks the plural possessive; no body's name ends in one
        name = re.sub(r"(?<=[A-Za-z]s)[’']$", "", name)
        for ent in self.entities:
            if ent.name == name or (ent.kind == "org" and ent.name.lower() == name.lower()):
                self.note(pos, ent)
                return ent
        ent = Entity(name, kind="org", plural=plural)
        head = name.split()[-1].lower()
        if head in ORG_NOUNS and " " in name:
            ent.aliases.add(head)  # "the Vestey Group … the group", and so "the firm"
        self.entities.append(ent)
        self.note(pos, ent)
        for m in self._by_initials(ent):  # (a body first met at a cue: its initials elsewhere are it too)
            if m.pos != pos:
                i = bisect_right(self._positions, m.pos)
                self._positions.insert(i, m.pos)
                self._mentions.insert(i, m)
        return ent

    def spelled_out(self, acronym: str, pos: int) -> str | None:
        """The name an acronym stands for, as the article gives it before ``pos`` (None if it gives none)."""
        return self._spelled_out(acronym, pos)

    def _spelled_out(self, acronym: str, pos: int) -> str | None:
        """The name an acronym stands for, as the article gives it before ``pos`` ("World Tourism
        Organisation" for WTO, "Electronic Arts" for EA): the first capitalised run whose words'
        initials spell it, small words ("of", "the", "and") left out."""
        want = acronym.replace("&", "")
        return self._first_run(("acronym", want), 0, pos, lambda run: self._spelling(want, run))

    def _spelling(self, want: str, run: str) -> str | None:
        """The words of capitalised ``run`` whose initials spell ``want``, if any."""
        words = run.split()
        for i, first in enumerate(words):
            if first in _SMALL_WORDS:
                continue
            initials = ""
            for j in range(i, len(words)):
                if words[j].lower() in _DAYS_AND_MONTHS:
                    break  # "Ms Furse on Thursday" spells no "FT": a name, then when
                if words[j] not in _SMALL_WORDS:
                    initials += words[j][0].upper()
                    if initials == want and j > i:
                        name = " ".join(words[i : j + 1])
                        # "the European Union's ban … the EU said": the body, not its possessive, when
                        # the article also names it plain or the possessive owns a name after it ("the
                        # European Union's Stability Pact"; "Standard & Poor's" keeps its 's)
                        bare = re.sub(r"(?:’s|'s|’|')$", "", name)
                        if bare != name and (re.search(rf"\b{re.escape(bare)}(?![\w’'])", self.text) or j < len(words) - 1):
                            return bare
                        return name
                if not want.startswith(initials):
                    break
        return None

    def _shortened(self, short: str, pos: int) -> str | None:
        """The body a one-word short form stands for, as the article names it in full before ``pos``
        ("Dunmore Metropolitan Police" for "the Met"): the first capitalised run of several words, one of whose
        words (other than a body's common noun: "Bank", "Group") starts with the short form and is longer."""
        return self._first_run(("short", short), self.body_start, pos, lambda run: _shortening(short, run))

    def _first_run(self, key: tuple[str, str], lo: int, pos: int, read: Callable[[str], str | None]) -> str | None:
        """What ``read`` finds in the first capitalised run of ``text[lo:pos]`` it finds anything in.
        The runs from ``lo`` and, for each ``key``, the runs ``read`` finds something in are listed
        once, so an article that uses an acronym a thousand times is not read a thousand times."""
        if lo not in self._runs:
            self._runs[lo] = [(m.start(), m.end(), m.group()) for m in _CAPITAL_RUN.finditer(self.text, lo)]
        runs = self._runs[lo]
        k = bisect_left(runs, (pos,)) - 1  # the last run starting before pos
        if k >= 0 and runs[k][1] > pos:  # cut short at pos, it may read otherwise: read as it is cut
            return next((found for m in _CAPITAL_RUN.finditer(self.text, lo, pos) if (found := read(m.group())) is not None), None)
        if (key, lo) not in self._run_hits:
            self._run_hits[key, lo] = next(((start, found) for start, _, run in runs if (found := read(run)) is not None), None)
        hit = self._run_hits[key, lo]
        return hit[1] if hit is not None and hit[0] < pos else None

    def add_person(self, name: str, pos: int, role: str | None = None, female: bool | None = None) -> Entity:
        """Someone the first pass missed (named only where they speak)."""
        ent = self._entity_for(name, create=True)
        if role and role not in ent.roles:
            ent.roles.append(role)
        if ent.female is None:
            ent.female = female
        self.note(pos, ent)
        return ent

    def note(self, pos: int, ent: Entity, cue: bool = False) -> None:
        """Record that ``ent`` is mentioned (or speaks, ``cue``) at ``pos``, for later pronouns."""
        i = bisect_right(self._positions, pos)
        self._positions.insert(i, pos)
        self._mentions.insert(i, Mention(pos, pos, ent, cue, distinct=True))

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """The mentions recorded from ``start`` up to ``end``."""
        return self._mentions[bisect_left(self._positions, start) : bisect_left(self._positions, end)]

    def set_sentences(self, starts: list[int]) -> None:
        """Sentence starts that keep each quote whole (the analyser's), for pronoun distances."""
        self._sentence_starts = sorted({0, *starts})

    def exclude(self, start: int, end: int) -> None:
        """Words someone says: people named there are spoken about, not speaking."""
        i = bisect_right(self._excluded, (start, end))
        self._excluded.insert(i, (start, end))
        self._reach = None

    def said(self, pos: int, speaker: str, words: str) -> None:
        """Record a quote found at ``pos``: ``speaker`` said ``words``."""
        self._said.append((pos, speaker, words))

    def last_speaker(self, pos: int, phrase: str) -> Entity | None:
        """The person whose quote came last before ``pos``, no more than a paragraph back, if the
        description ``phrase`` may stand for them ("“…,” said Ann Roe. … “…,” added the 30-year-old")."""
        before = [(p, who) for p, who, _ in self._said if p < pos]
        if not before:
            return None
        where, who = max(before)
        paragraphs = [p.start for p in paragraph_spans(self.text, self.body_start)]
        here = bisect_right(paragraphs, pos)
        if here - bisect_right(paragraphs, where) > 1:
            return None
        ent = next((e for e in self.entities if e.kind == "person" and e.name == who), None)
        words = [w for w in re.findall(r"[\w.’'-]+", phrase)][1:]
        if ent is None or not words:
            return None
        head = nominal_head(words)
        if re.fullmatch(r"\d+-year-old", head) or head in DEMONYMS:
            head = "person"
        modifiers = {norm(w) for w in words if norm(w) not in {"of", "the", head} and not country_key(w)}
        gender = gender_of_noun(head)
        if gender not in (None, ent.female) or not self._fits(ent, pos, head, modifiers, strict=False):
            return None
        return ent

    def _speaks_of(self, ent: Entity, title: str, pos: int) -> bool:
        """Has ``ent`` spoken, before ``pos``, of "the <title>" as somebody else ("Ann Roe said the
        chancellor had failed" makes her no chancellor; "the home secretary" leaves her a foreign
        secretary), or been named as somebody the title's holder has ("the actor's friend Ben Hale")?"""
        # (the patterns, built per title, only when there is something to search: see word_spans)
        said = [words for p, who, words in self._said if p < pos and who == ent.name]
        if said:
            of = re.compile(rf"\bthe\s+{re.escape(title)}\b", re.I)
            if any(of.search(words) for words in said):
                return True
        # "The actor's friend Ben Hale told …": named as somebody the title's holder has, not as the holder
        mentions = [m for m in self._mentions if m.ent is ent and m.pos < pos]
        if not mentions:
            return False
        owner = re.compile(rf"\bthe\s+{re.escape(title)}(?:’s|'s|’|')\s+(?:[a-z][\w-]*\s+){{1,3}}$", re.I)
        return any(owner.search(self.text, max(0, m.pos - 60), m.pos) for m in mentions)

    def _is_excluded(self, pos: int) -> bool:
        if self._reach is None:  # furthest end among spans starting at or before each start
            reach, far = [], -1
            for _, e in self._excluded:
                far = max(far, e)
                reach.append(far)
            self._reach = reach
        i = bisect_right(self._excluded, (pos, float("inf"))) - 1
        return i >= 0 and self._reach[i] > pos

    # -- resolving --------------------------------------------------------------------------
    def by_name(self, surface: str, pos: int) -> Entity | None:
        """A capitalised run naming someone: full name, surname, "Mr X", "Minister X Y", "Ozzy"."""
        surface = POSSESSIVE.sub("", surface.strip())
        owned = re.fullmatch(r"(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*(?:’s|'s|’|')\s+(?P<rest>[A-Z][^’']*(?:[’'][A-Z][^’']*)*)", surface)
        if owned is not None and " " in owned.group("rest") and (ent := self.by_name(owned.group("rest"), pos)) is not None and ent.kind == "person" and " " in ent.name:
            return ent  # "Fox TV's Bill Oakes said": the person a body's name before him qualifies, not the phrase
        if re.fullmatch(r"[A-Z]{2,3}", surface):
            # "JK" for Jason King: a person's initials
            initials = [e for e in self.entities if e.kind == "person" and len(e.name.split()) > 1 and "".join(w[0] for w in e.name.split()) == surface]
            if len(initials) == 1:
                return initials[0]
        for ent in self.entities:
            if ent.name == surface or (ent.kind == "person" and surface in ent.aliases):
                return ent  # (a nickname: "Mido" for Ahmed 'Mido' Hossam)
        for ent in self.entities:
            if ent.kind == "org" and ent.aliases and ent.name.startswith(surface + " ") and not ent.name.startswith(surface + " and "):
                # "Krispy Kreme" for the firm introduced as "Krispy Kreme Doughnuts" (not "Kelco" for the
                # two firms introduced together as "cable firms Kelco and Brixo")
                return ent
        role, name, female = parse_person(surface)
        if name is None:
            toks = surface.split()
            if len(toks) == 1 and re.fullmatch(NAME_TOKEN, toks[0]) and norm(toks[0]) not in NON_NAME:
                name = toks[0]
            elif len(toks) == 1 and (same := [e for e in self.entities if e.kind == "person" and len(e.name.split()) > 1 and e.surname == toks[0]]):
                return same[0] if len(same) == 1 else None  # "May said": Brian May, whose surname is also a month
            else:
                return None
        for ent in self.entities:
            if ent.name == name:
                return ent
        surname = name.split()[-1]
        candidates = [e for e in self.entities if e.kind == "person" and (e.surname == surname or (e.name.split()[0] == name and not self._named_before(name, e.name)))]
        if len(name.split()) > 1:
            candidates = [e for e in candidates if e.name.split()[0] == name.split()[0]] or candidates
        if female is not None:  # "Mr Jackson", "Mrs Jackson"
            candidates = [e for e in candidates if e.female in (None, female)] or candidates
            # "Mr", "Mrs", "Ms" go before a surname, never a first name: "Varda Steel, one of the largest
            # steel producers, … Ravi Varda … Mr Varda told …" is Ravi Varda, not the name the article gave
            # first and took for a person's
            if re.match(r"(?:Mr|Mrs|Ms|Miss)\.?\s", surface):  # (not "Sir Alex", "Lord …")
                candidates = [e for e in candidates if e.surname == surname] or candidates
        if not candidates and len(surname) >= 5:
            # "Hassel" or "Hassall" for Brian Hassell: a surname misspelt by one letter
            candidates = [e for e in self.entities if e.kind == "person" and " " in e.name and _one_letter_apart(e.surname, surname)]
            candidates = candidates if len(candidates) == 1 else []
        if not candidates and (inner := self._inner_name(name)) is not None:
            candidates = [inner]  # "President Kelo" for Luiz Carlos Kelo da Vane
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]
        # Two people share the surname: the one last named unmistakably (in full, or speaking).
        i = bisect_right(self._positions, pos) - 1
        while i >= 0:
            m = self._mentions[i]
            if m.distinct and m.ent in candidates and m.pos < pos:
                return m.ent
            i -= 1
        return min(candidates, key=self._first_pos)

    def _inner_name(self, name: str) -> Entity | None:
        """The one person whose full name of four words or more holds ``name`` between its first word
        and its last, with nobody having it for a surname ("Luiz Carlos Kelo da Vane … President Kelo
        said": one of the names a person of Portuguese or Spanish naming is known by; not a particle,
        "da")."""
        if " " in name or not name[:1].isupper() or any(e.kind == "person" and e.surname == name for e in self.entities):
            return None
        found = [e for e in self.entities if e.kind == "person" and len(e.name.split()) >= 4 and name in e.name.split()[1:-1]]
        return found[0] if len(found) == 1 else None

    def _named_before(self, short: str, long: str) -> bool:
        """Does the article name ``short`` on its own before it first names ``long``, which starts with
        it? "Kelso has taken legal action … against members of the Kelso Developer Club … Kelso said":
        Kelso was itself before the longer name came, so it is no first name of it."""
        # (in the body: a headline's "Serena wins" comes before "Serena Williams" and is her; and a
        # first name after a family noun is a person's: "His wife Sharon, …", "his father, Azmat, said")
        first_long = self.text.find(long, self.body_start)
        if first_long < 0:
            return False
        alone = re.compile(rf"(?<![\w-]){re.escape(short)}(?![\w-])(?!\s+{re.escape(long[len(short):].strip())})")
        return any(not _after_relation(self.text.replace(",", " "), m.start()) for m in alone.finditer(self.text, self.body_start, first_long))

    def nearest(self, pos: int, fits=lambda e: True) -> Entity | None:
        i = bisect_right(self._positions, pos) - 1
        while i >= 0:
            ent = self._mentions[i].ent
            if fits(ent):
                return ent
            i -= 1
        return None

    def _sentence_start(self, pos: int) -> int:
        return self._sentence_starts[max(0, bisect_right(self._sentence_starts, pos) - 1)]

    def _sentence_index(self, pos: int) -> int:
        return bisect_right(self._sentence_starts, pos) - 1

    def subject_between(self, start: int, end: int) -> Mention | None:
        """The person a sentence running from ``start`` to ``end`` is about: named at its head (after
        its opening adverbial and titles), as "Fostering Network director Robert Tapsfield
        criticised the system." is about Robert Tapsfield."""
        for i in range(bisect_right(self._positions, start - 1), bisect_right(self._positions, end - 1)):
            m = self._mentions[i]
            if m.ent.kind != "person" or m.end <= m.pos:
                continue
            prefix = self.text[self._sentence_start(m.pos) : m.pos]
            # its titles: capitalised words (a body's name) and words for a role
            titles = all(w[0].isupper() or norm(w) in ROLE_WORDS or norm(w) in PERSON_NOUNS or w in {"the", "a", "an"} for w in re.findall(r"[\w’'.-]+", prefix))
            if self._is_subject(i) or (titles and "," not in prefix):
                return m
            return None  # somebody else heads the sentence
        return None

    def subject_before(self, pos: int) -> Entity | None:
        """The person the sentence before the one at ``pos`` is about, if it heads it with one."""
        i = self._sentence_index(pos)
        if i < 1:
            return None
        m = self.subject_between(self._sentence_starts[i - 1], self._sentence_starts[i])
        return m.ent if m is not None else None

    def _is_subject(self, i: int) -> bool:
        """A cue speaker, or someone named at the head of their sentence (after its opening
        adverbial and the titles that introduce them): "At a dinner, former president Nelson
        Mandela backed …" but not "The claims about Lord Falconer …"."""
        m = self._mentions[i]
        if m.cue:
            return True
        prefix = self.text[self._sentence_start(m.pos) : m.pos]
        if re.search(r"\w,\s+(?:[\w’'-]+\s+){1,4}?of\s+$", prefix):
            return False  # "Mo Lake, father of Ben, thanked …": the one the apposition relates them to
        # "Tom Dale, UK economist for Kelso Economics, said …", "Ann Roe, an analyst at Hale Research,
        # said …": the body a post is held for or at, in the apposition of a person heading the sentence
        post = re.search(r"\w,\s+((?:[\w’'-]+\s+){1,4}?)(?:for|at)\s+$", prefix)
        if post and any(norm(w) in PERSON_NOUNS or norm(w) in ROLE_WORDS for w in post.group(1).split()):
            return False
        if re.search(r"\b[a-z]+\s+of\s+(?:(?:[A-Z][\w’'-]*\s+)+and\s+)?$", prefix):
            return False  # "The star of Green Door and Blue Sky said …": what the subject is of, not the subject
        start = self._sentence_start(m.pos)
        for j in range(i - 1, -1, -1):
            n = self._mentions[j]
            if n.pos < start:
                break
            if n.ent is not m.ent and n.ent.kind == "person" and n.end > n.pos and re.fullmatch(
                r"\s+(?:of|at|from)\s+(?:(?:[A-Z][\w’'-]*|of|for|the|and|on|in|&)\s+)*", self.text[n.end : m.pos]
            ):
                return False  # "Tom Dale of the Campaign for Safer Roads urged …": Tom Dale heads it
            if n.ent is not m.ent and n.ent.kind == "person" and n.end > n.pos and self._possessive(m) and re.fullmatch(r",\s+", self.text[n.end : m.pos]):
                return False  # "Ann Kujda, Tom's younger sister, describes …": Ann heads it, Tom's only owns her aside
        # after an opening adverbial ("At a dinner on Friday, …"), not after a noun phrase and its aside
        variants = [prefix] + ([prefix.split(",", 1)[1]] if "," in prefix and _FRONTED.match(prefix) else [])
        for v in variants:
            v = _OPENING.sub("", v.strip(" \"“”‘’'"))
            if all(_describes(w, m.ent) for w in re.findall(r"[\w’'.-]+", v)):
                return True
            # "German investment bank Kelso Bank has challenged …", "Budget airline Air Tanco said …": a body
            # introduced by its kind, the words before that noun saying what kind (its trade, its country;
            # not an owner: "The singer's record label Hale Music" is left to the rules above)
            kind = re.fullmatch(r"(?:(?:the|a|an)\s+)?((?:[\w’'-]+\s+){0,3})([a-z][\w-]*)\s*", v, re.I)
            if (
                kind is not None and m.ent.kind == "org" and norm(kind.group(2)) in INTRODUCING
                and not any(w.lower() in _DESCRIPTOR_STOP or w.endswith(("ed", "ing", "ly", "’s", "'s")) for w in kind.group(1).split())
            ):
                return True
        # "Mr Vale has headed the campaign before but Mr Hale is taking that role this time": a person
        # (named in full or with a title) opening a main clause joined on by "but" (or "while",
        # "whereas"), its verb right after the name
        # So is one opening a clause joined on by "and" after a clause of its own, by a surname the
        # article gave in full before: "Fowler's late double won the game and Keegan praised his
        # striker afterwards" (not "Tom Hale and Ann Roe said", a pair).
        joined = re.search(rf"(?:,|\s)\s*(?P<conj>but|while|whereas|and)\s+(?P<hon>(?:{HONORIFIC_ALT})\.?\s+)?$", prefix)
        if (
            joined is not None and _VERB_AFTER_NAME.match(self.text, m.end) is not None
            and (joined.group("conj") != "and" or re.search(r"\b(?:[a-z]{2,}ed|was|were|had|has|is|are)\s", prefix[: joined.start()]))
            and (
                joined.group("hon") or " " in self.text[m.pos : m.end] or (joined.group("conj") == "and" and m.ent.kind == "person" and " " in m.ent.name)
                # (after "but", a surname the article gave in full for a person it gives a sex: "Vane claimed
                # the race was his but Hale is unfazed. He admitted: …")
                or (m.ent.kind == "person" and " " in m.ent.name and m.ent.female is not None)
            )
        ):
            return True
        # "On that day's radio programme Mr Hale was asked …": an opening phrase with no comma after it
        # and no verb in it, then the name and its verb
        return _UNPUNCTUATED_OPENING.fullmatch(prefix) is not None and not re.search(r"\b[a-z]+ed\b", prefix) and _VERB_AFTER_NAME.match(self.text, m.end) is not None

    def _possessive(self, m: Mention) -> bool:
        return bool(re.match(r"(?:’s|'s|’|')(?:\s|$)", self.text[m.end : m.end + 3])) and m.end > m.pos

    def _quote_at(self, pos: int) -> str | None:
        """The quoted words a pronoun cue at ``pos`` belongs to: a quote closing just before it
        ('"…," he said') or one its colon opens ('He said: "…"')."""
        i = bisect_right(self._excluded, (pos, float("inf")))
        text = self.text
        if i > 0 and (b := self._excluded[i - 1][1]) and re.fullmatch(r"[\s,.!?”\"’']*", text[b:pos]) and re.search(r"[”\"]", text[b - 1 : pos]):
            return text[self._excluded[i - 1][0] : b]  # (a quotation mark closes it: not reported words)
        if i < len(self._excluded) and (a := self._excluded[i][0]) and re.fullmatch(r"\w+\s+[a-z]+(?:\s+[\w’'-]+){0,4}?\s*:\s*[“\"]?", text[pos:a]) and re.search(r"[“\"]", text[a - 1 : a + 1]):
            return text[a : self._excluded[i][1]]
        return None

    def by_pronoun(self, pronoun: str, pos: int) -> Entity | None:
        """The entity "he", "she", "it" or "they" stands for at ``pos``: a subject of this or the
        previous sentence, else the nearest fitting entity there, else the nearest earlier subject.
        Someone whose gender the article makes known beats someone it does not. "They" is a document
        only when no body or group fits at all."""
        found = self._by_pronoun(pronoun, pos, documents=False)
        if found is not None and not re.match(r"(?:[Aa]n?|[Oo]ne)\s", found.name) and pronoun.lower() in {"she", "her"} and found.female is None and found.name_female is not True and (found.name[:1].islower() or parse_person(found.name)[1] is None):
            # "The government must act, Ann Vey has said. The former judge and Kelso mayor told the BBC
            # … “…,” she said": a "she" after a title the article ties to nobody goes to a woman it makes
            # known as one (by a title or her first name) up to three sentences back; not after an
            # unnamed source ("a spokesperson … She added", whose sex the pronoun gives)
            here = self._sentence_index(pos)
            for i in range(bisect_right(self._positions, pos) - 1, -1, -1):
                m = self._mentions[i]
                if here - self._sentence_index(m.pos) > 3:
                    break
                if m.pos < pos and m.ent.kind == "person" and (m.ent.female is True or (m.ent.female is None and m.ent.name_female is True)) and not self._is_excluded(m.pos):
                    return m.ent
        if found is None and pronoun.lower() not in {"he", "him", "his", "she", "her", "it", "its"}:
            found = self._by_pronoun(pronoun, pos, documents=True)
        return found

    def _by_pronoun(self, pronoun: str, pos: int, documents: bool) -> Entity | None:
        p = pronoun.lower()
        if p in {"he", "him", "his"}:
            fits = lambda e: e.kind in {"person", "source"} and e.female is not True and (e.female is False or e.name_female is not True) and not self._the_name(e)
        elif p in {"she", "her"}:
            fits = lambda e: e.kind in {"person", "source"} and e.female is not False and (e.female is True or e.name_female is not False) and not self._the_name(e)
        elif p in {"it", "its"}:
            # (never a thing named as its own: "According to its estimate, … it said" is the body)
            fits = lambda e: e.kind == "org" and not e.plural and not e.name.startswith(("its ", "Its "))
        else:  # they: a body or a group of people, never one document
            # ("The report said fines were unfair, MPs said. Instead they called for …" is the MPs')
            fits = lambda e: e.kind == "org" and (documents or e.plural or norm(e.name.split()[-1]) not in _ONE_DOCUMENT)
        known = (lambda e: e.female is not None) if p in {"he", "him", "his", "she", "her"} else (lambda e: True)
        here = self._sentence_index(pos)
        # "Mr Bush's first task was to …, he said.": whoever the words before the cue name is not
        # the one saying them.
        start = self._sentence_start(pos)
        closing = re.match(r"\w+\s+[a-z]+(?:\s+[\w’'-]+){0,4}?\s*[.,;!?]", self.text[pos : pos + 80])  # "he said.", "she told the BBC,"
        content = start if closing and re.search(r"\w.*[,”\"]\s*$", self.text[start:pos]) else pos
        if p == "they" and content == pos and (group := self._plural_subject(pos) or self._plural_subject_before(pos)) is not None:
            return group
        # '"They kicked Reyes all game," he said.': a person the cue's own quoted words name is
        # spoken about, not speaking (unless nobody else fits).
        spoken = self._quote_at(pos)
        spoken_of = lambda e: e.kind == "person" and spoken is not None and next(word_spans(spoken, e.surname), None) is not None
        # "Asked if Mr Hale could return to the cabinet, he replied: …": whoever the question the
        # sentence opens with names is what was asked about, not the one answering
        asked = re.match(r"\s*(?:(?:But|And|When)\s+)?[Aa]sked\s+(?:if|whether|about|what|why|how|when|who)\b[^,.;:“”\"]*,\s+", self.text[start:pos])
        asked_end = start + asked.end() if asked is not None and start + asked.end() == pos else start
        # "Responding to criticism from pundit Tom Hale, he insisted …", "When he refused to back Ann
        # Roe over the plan, he said: …": a phrase or clause fronted before the pronoun that heads its
        # sentence names its objects in passing; only a name heading a fronted clause may be the one
        # the pronoun stands for ("When Tom Hale arrived, he said …")
        fronted_end = pos if content == pos and _FRONTED_PHRASE.match(self.text, start, pos) and re.search(r",\s*$", self.text[start:pos]) else start
        heads_clause = lambda m: (lead := _FRONTED_CLAUSE.fullmatch(self.text, start, m.pos)) is not None and all(
            w[0].isupper() or norm(w) in ROLE_WORDS or norm(w) in PERSON_NOUNS or w.lower() in {"the", "a", "an"} for w in self.text[lead.end("sub") : m.pos].split()
        )
        near: list[tuple[Entity, bool]] = []  # this and the previous sentence, nearest first
        near_mentions: list[tuple[Mention, bool]] = []
        far_subjects: list[Entity] = []
        fallback: Entity | None = None
        fallback_pos = far_pos = 0  # where the fallback and the first far subject are named
        named_inside: Entity | None = None
        passed: Entity | None = None  # a known subject further back, past phrases named in passing
        bare = lambda e: not (known(e) or e.roles or e.descriptors)
        # (also after "against", "at" or "over", and inside or after another capitalised run: "good
        # displays against Kelso Town and Ashby United", "an amendment to the Serious Organised Crime Bill")
        thing = lambda m: re.search(
            r"\b(?:the|an?|in|against|at|over)\s+(?:[a-z][\w-]*\s+)?(?:[A-Z][\w’'-]*\s+){0,3}?(?:and\s+)?$", self.text[max(0, m.pos - 40) : m.pos]
        ) is not None
        lone: Entity | None = None  # a one-word name heading this or the previous sentence, taken for a body
        lone_cue: Entity | None = None  # a one-word name taken for a body that spoke up to three sentences back
        lone_cue_pos = 0
        for i in range(bisect_right(self._positions, pos) - 1, -1, -1):
            m = self._mentions[i]
            if (
                lone is None and p in {"he", "him", "his", "she", "her"} and m.pos < content and here - self._sentence_index(m.pos) <= 1
                and self._lone_name(m.ent) and not self._is_excluded(m.pos) and self._is_subject(i) and self._gendered_after(m, p)
            ):
                lone = m.ent
            if (
                lone_cue is None and p in {"he", "him", "his", "she", "her"} and m.cue and m.pos < content
                and here - self._sentence_index(m.pos) <= 3 and self._lone_name(m.ent)
            ):
                lone_cue, lone_cue_pos = m.ent, m.pos
            if m.pos >= pos or not fits(m.ent) or self._is_excluded(m.pos) or (self._possessive(m) and not self._is_subject(i)) or m.pos >= content or start <= m.pos < asked_end:
                continue
            if start <= m.pos < fronted_end and not heads_clause(m):
                continue
            if spoken_of(m.ent):
                named_inside = named_inside or m.ent
                continue
            if here - self._sentence_index(m.pos) <= 1:
                subject = self._is_subject(i)
                if subject and self._possessive(m) and any(
                    self._sentence_index(n.pos) == self._sentence_index(m.pos) and n.pos > m.pos and n.ent is not m.ent and s
                    for n, s in near_mentions
                ):
                    # "Hale's Bayern counterpart Dieter Roth was in no mood …": the owner only qualifies
                    # the subject named after him
                    subject = False
                near.append((m.ent, subject))
                near_mentions.append((m, subject))
                continue
            if near:
                if p not in {"he", "him", "his", "she", "her"} or any(subj or not bare(n.ent) or not thing(n) for n, subj in near_mentions):
                    break
                # Only capitalised phrases named in passing close by, as things after an article or "in" ("It
                # is spoken in an old Middle Eastern tongue.", "… on the bench in La Liga."; not "its boss,
                # Ann Roe,"): "he" is the person an earlier sentence is about, whose sex the article gives.
                if here - self._sentence_index(m.pos) > 3:
                    break
                if self._is_subject(i) and (known(m.ent) or m.ent.name_female is not None or (m.cue and m.ent.kind == "person")):
                    passed = m.ent  # (or one whose first name gives it, or one the article has quoted: a speaker is no place)
                    break
                continue
            if fallback is None:
                fallback, fallback_pos = m.ent, m.pos
            if self._is_subject(i):
                if not far_subjects:
                    far_pos = m.pos
                far_subjects.append(m.ent)
                if known(m.ent) or len(far_subjects) > 3:
                    break
        if not near and lone is not None:
            # "Andre Agassi won … Safin said he was calm. “…,” he said": with nobody else close by, a
            # surname the article never gives in full heads the sentence as a person, though it was
            # taken for a body's name
            return lone
        subjects = [e for e, subj in near if subj]
        if subjects:
            return subjects[0] if known(subjects[0]) else next((e for e in subjects if known(e)), subjects[0])
        if near and p in {"he", "him", "his", "she", "her"} and here >= 1:
            # "“…,” Tom Hale argues. … Now he fears it could derail the club's hopes after players, including
            # captain Tom Vane, were away. “…,” he added.": a "he" heading the sentence before, with nobody
            # named there but in passing after it, is the same person as this one: the last to speak, up to
            # three sentences before it
            prev = self._sentence_starts[here - 1]
            window = self.text[prev : min(pos, prev + 60)]
            opening = window.lstrip(" \"“”‘’'")
            lead = prev + len(window) - len(opening) + _OPENING.match(opening).end()  # (the connectives and time first)
            opener = re.match(r"(he|she)\b", self.text[lead : lead + 4], re.I)
            if opener is not None and opener.group(1).lower() == ("she" if p in {"she", "her"} else "he") and all(m.pos > lead for m, _ in near_mentions if m.pos >= prev):
                for i in range(bisect_right(self._positions, lead) - 1, -1, -1):
                    m = self._mentions[i]
                    if self._sentence_index(lead) - self._sentence_index(m.pos) > 3:
                        break
                    if m.cue and m.ent.kind == "person" and fits(m.ent):
                        return m.ent
        if near:
            # "… a chance for Woodward to unveil his Red Lions squad. “…,” he said": a capitalised phrase
            # with no title, description or gender of its own gives way to a person the article gives one.
            # A "she" goes to a woman the article makes known as one before anybody it says nothing of:
            # "Ann Roe, the singer's daughter, recalled the song written by Tom Hale. “…,” she said" is
            # Ann Roe's (a "he" keeps the nearest: men go unmarked far more often).
            if p in {"she", "her"} and (woman := next((e for e, _ in near if e.female is True), None)) is not None:
                return woman
            return next((e for e, _ in near if not bare(e)), passed or near[0][0])
        if (
            lone_cue is not None and here - self._sentence_index(lone_cue_pos) <= 1
            and any(self._gendered_after(n, p) for n in self._mentions if n.ent is lone_cue and n.pos < pos)
        ):
            # "Rowling revealed she had finished the book. … said Amazon's Robin Terrell. … Rowling has
            # already revealed that …. And she added that …": nobody fits close by, so the one-word name
            # that spoke in the sentence before, taken for a body but going on to a "she" of its own
            # elsewhere, is the person, before anyone named further back
            return lone_cue
        if far_subjects or fallback:
            # (a "she" far from any name goes to the woman named nearest before a subject the article
            # says nothing of: "… my girlfriend Ann, a writer … She could not work. Of course, she
            # admits, …" is Ann, not the writer of the column named in its opening line)
            # (but not over a subject of the same sentence: "Jo Roe lost to Ann Vey …. “…,” she said")
            if (
                p in {"she", "her"} and fallback is not None and fallback.female is True and not any(e.female is True for e in far_subjects)
                and (not far_subjects or self._sentence_index(fallback_pos) > self._sentence_index(far_pos))
            ):
                return fallback
            return far_subjects[0] if far_subjects else fallback
        if named_inside is not None:
            return named_inside
        if lone_cue is not None:
            # "Sloncek said that only a Windows version was in development. There were no plans for a
            # Mac version. He said …": nobody in the article fits "he", so the one-word name that spoke
            # just before, taken for a body, is the person
            return lone_cue
        if p == "it":
            # No body known yet: "Intel filed a brief with the court. …, it said." - a name heading this
            # sentence or one of the two before as the subject of its verb is the body "it" means; else
            # a name close by that was taken for a person's but is never treated as one ("…, according
            # to trade paper Kelso Daily. …, Kelso Daily said. …, it added.").
            found = self._body_heading(pos)
            if found is None and (found := self._body_taken_for_person(pos)) is not None:
                found.kind = "org"
            return found
        # Nobody named before: an article whose opening lost its name ("But he denied that … Mr
        # Brown said …") means the person it names next.
        if p not in {"he", "him", "his", "she", "her"} or self._sentence_index(pos) - self._sentence_index(self.body_start) > 1:
            return None
        return next((m.ent for m in self._mentions if pos < m.pos < pos + 400 and fits(m.ent) and m.ent.kind == "person"), None)

    def _the_name(self, ent: Entity) -> bool:
        """Is ``ent`` a capitalised name the article only ever gives after "the" ("interest from the
        Kelso Ospreys … The Ospreys are keen"): a team's or a body's, which no "he" or "she" stands for?"""
        if ent.kind != "person" or ent.roles:
            return False
        key = id(ent)
        if key not in self._the_names:
            at = [m.pos for m in self._mentions if m.ent is ent]
            self._the_names[key] = bool(at) and all(re.search(r"\b[Tt]he\s+$", self.text[max(0, a - 4) : a]) for a in at)
        return self._the_names[key]

    def _plural_subject(self, pos: int) -> Entity | None:
        """The group of people or bodies a "they" later in its own sentence goes back to: a plural noun
        phrase that is the subject of a verb there, with no other plural named in between ("Kelso
        prosecutors are forcing the sale …, which they claim is owed", "Phone firms refuse to pay
        because they say …", "after MPs bombarded the minister with requests as they complained …")."""
        start = self._sentence_start(pos)
        before = self.text[start:pos]
        found = None
        for m in _PLURAL_SUBJECT.finditer(before):
            found = m
        # (also a body named in the plural heading the sentence: "The Greens have published what they
        # say are the full costings" is the Greens')
        named = _NAMED_PLURAL_SUBJECT.match(before) if found is None else None
        if named is not None and not self._is_excluded(start + named.start("np")) and re.search(r"\bwhat\s+$", before) and not _OTHER_PLURAL.search(before, named.end("np")):
            return self.by_name(named.group("np"), start + named.start("np")) or self.add_org(named.group("np"), start + named.start("np"), plural=True)
        if found is None or self._is_excluded(start + found.start()) or _OTHER_PLURAL.search(before, found.end("np")):
            return None
        if not re.search(r"(?:,|\b(?:because|as|which|who|that|when|after|while|and|but|since|although|though|what))\s+$", before):
            return None  # ("Critics fear they …": a "they" right after its own verb is another clause's subject)
        return self.add_org(found.group("np"), start + found.start("np"), plural=True)

    def _plural_subject_before(self, pos: int) -> Entity | None:
        """The group a "They" heading its sentence goes back to: the plural noun phrase that heads the
        sentence before as the subject of its verb, after at most a short fronted phrase ("A year ago,
        ministers launched their plan …. They will say that …" is the ministers', not critics quoted
        before)."""
        here = self._sentence_index(pos)
        start = self._sentence_start(pos)
        if here < 1 or not re.fullmatch(r"\s*(?:(?:But|And|Yet|So|However|Now),?\s+)?", self.text[start:pos]):
            return None
        prev = self._sentence_starts[here - 1]
        before = self.text[prev:start]
        lead = re.match(r"\s*(?:(?:But|And|Yet|So|However|Now|Meanwhile),?\s+)?(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,5},\s+)?(?:[Tt]he\s+)?", before)
        found = _PLURAL_SUBJECT.match(before, lead.end())
        if found is None or found.start("np") != lead.end() or self._is_excluded(prev + found.start()):
            # "The bill is expected to be opposed by the Kelso Greens. They have said …", "The case was
            # heard by two lower courts. They ruled …": with no plural heading it, the group the sentence
            # before names as the agent of its passive verb (the only plural named after it)
            agents = list(_PASSIVE_AGENT.finditer(before, lead.end()))
            if len(agents) != 1 or re.match(r"\s*(?:[A-Z][\w’'-]*\s+){0,3}?[A-Z][a-z]+s\s", before[lead.end() :]) or _OTHER_PLURAL.search(before, agents[0].end("np")):
                return None
            found = agents[0]
        np = found.group("np")
        known = next((e for e in self.entities if e.kind == "org" and e.name.lower() in {np.lower(), f"the {np.lower()}"}), None)
        return known or self.add_org(np, prev + found.start("np"), plural=True)

    def _body_heading(self, pos: int) -> Entity | None:
        """The body one of the two sentences before ``pos`` opens with as the subject of its verb, named
        by capitalised words that are nobody's known name ("Kelso has taken more legal action", "Hale
        Life is the latest shareholder to …", "Kelso filed a brief"); a sentence opening with anything
        else ("The computer giant has sued …") is passed over."""
        here = self._sentence_index(pos)
        for k in range(here - 1, max(-1, here - 3), -1):
            start = self._sentence_starts[k]
            if start < self.body_start:
                break
            head = re.match(r"(?:(?:But|And|Meanwhile|However|Now|Yet),?\s+)?", self.text[start:pos])
            run = CAP_RUN.match(self.text, start + head.end(), pos)
            if run is None or not _BODY_VERB.match(self.text, run.end(), pos):
                continue
            name = POSSESSIVE.sub("", run.group())
            if name.split()[0] in _NOT_A_BODY or norm(name.split()[0]) in ROLE_WORDS | PERSON_NOUNS or name.endswith("ing"):
                continue  # ("It has …", "Mr Hale has …", "Chairman Tom Hale has …")
            if any(country_key(w) for w in name.split()) or (" " not in name and norm(name) in NON_NAME):
                continue  # "China is trying to …", "Britain has …": a place the article is about, not a body that speaks
            known = next((e for e in self.entities if e.name == name), None)
            by_surname = self.by_name(name, run.start())
            if by_surname is not None and by_surname.kind == "person" and by_surname.surname == name:
                continue  # "Wilson has …": a person called by surname
            if known is not None and known.kind == "person" and (known.female is not None or known.name_female is not None or known.roles or known.descriptors):
                continue  # a person the article says something of, or whose first name is a man's or woman's, is no "it"
            # (not registered as a body of the article: only this pronoun is taken to mean it, and
            # "the bank" or "Wilson" elsewhere go on meaning whom they meant)
            return known if known is not None else Entity(name, kind="org")
        return None

    def _gendered_after(self, m: Mention, pronoun: str) -> bool:
        """Does the sentence ``m`` heads go on to a pronoun of the same sex as ``pronoun`` ("Safin
        said he was calm", "Ann, a mother of two, said she …"), with no "of" before the name (not
        "the singer of Because the Night told … her")?"""
        start = self._sentence_start(m.pos)
        if re.search(r"\bof\b", self.text[start : m.pos]):
            return False
        i = bisect_right(self._sentence_starts, m.pos)
        end = self._sentence_starts[i] if i < len(self._sentence_starts) else len(self.text)
        words = r"he|his|him|himself" if pronoun in {"he", "him", "his"} else r"she|her|herself"
        return re.search(rf"\b(?:{words})\b", self.text[m.pos : end], re.I) is not None

    def _lone_name(self, ent: Entity) -> bool:
        """Is ``ent`` a body known only by one capitalised word that is no common word ("Safin",
        "Sloncek"; not "Police", "City" or "IBM"), which may as well be a person's surname?"""
        return (
            ent.kind == "org" and not ent.plural and not ent.aliases and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", ent.name) is not None
            and norm(ent.name) not in ORG_NOUNS and re.search(rf"\b{re.escape(ent.name.lower())}\b", self.text) is None
        )

    def by_alias(self, noun: str, pos: int) -> Entity | None:
        """"the firm", "the book": the nearest body the article introduced as one ("the company"
        for a firm introduced as a "software maker")."""
        # a body named by its own name only ("Shell"), not introduced as any other kind of thing
        own_name = lambda e: e.kind == "org" and not e.plural and e.name[:1].isupper() and not (e.aliases - BUSINESS) and norm(e.name.split()[-1]) not in ORG_NOUNS
        if noun in BUSINESS:
            # "… figures collected by the Kelso Retail Group, which represents web retailers. …, reports the
            # industry group": a name ending in the noun, in this sentence or the one before, is the body
            # meant, though it never spoke nor was introduced as one
            start = max(self.body_start, self._sentence_starts[max(0, self._sentence_index(pos) - 1)])
            named = [m for m in _CAPITAL_RUN.finditer(self.text, start, pos) if _name_head(POSSESSIVE.sub("", m.group())) == noun]
            if named:
                name = re.sub(r"^(?:The|A|An)\s+", "", POSSESSIVE.sub("", named[-1].group()))
                return self.add_org(name, named[-1].start() + len(POSSESSIVE.sub("", named[-1].group())) - len(name))
            # … or a firm named by its own name only ("Shell … the firm said"), when its name is a proper
            # name: whichever of them the article names most (a report on Kelsomatic that mentions "car
            # maker Haleworks, in which Kelsomatic owns a stake" once is Kelsomatic's)
            ent = self._salient(pos, lambda e: e.kind == "org" and bool(e.aliases & BUSINESS) or own_name(e))
            if ent is None and noun == "group":
                # "The Kelso Alliance had its bid to block the ban thwarted. But the group says …": a body
                # whose name ends in a kind of its own, heading the sentence before as its subject
                return self._kind_named_heading(pos)
            return ent if ent is not None else self._body_taken_for_person(pos)
        ent = self._salient(pos, lambda e: e.kind == "org" and noun in e.aliases)
        if ent is not None and noun in _BODY_KINDS and not self._named_near(ent, pos):
            # "Labour says … The party says …. The Kelso Greens want to … They say … The party says …": a
            # body that has just spoken, named by its own name only, before one the article called so
            # further back
            spoken = self._body_just_spoken(pos, named_plural=True)
            if spoken is not None and spoken is not ent:
                return spoken
        if ent is None and noun in {"paper", "newspaper"}:
            # "The Kelso Mirror newspaper said … The paper said", "According to the Kelso Times, … The
            # newspaper said": a body introduced as either, else one whose name is a newspaper's
            ent = self._salient(pos, lambda e: e.kind == "org" and bool(e.aliases & {"paper", "newspaper"})) or self._salient(
                pos, lambda e: e.kind == "org" and not e.plural and e.name.split()[-1][:1].isupper() and any(w in _NEWSPAPER_NAME_WORDS for w in e.name.split())
            )  # (not "the Kelso Times report": a report the paper ran)
            if ent is None:
                # "The Kelso Herald was sued by Mr Hale after the newspaper claimed …": a newspaper's name in
                # this sentence or the one before, though it never spoke (the last one there)
                start = max(self.body_start, self._sentence_starts[max(0, self._sentence_index(pos) - 1)])
                named = [
                    m for m in _CAPITAL_RUN.finditer(self.text, start, pos)
                    if m.group().split()[-1] in _NEWSPAPER_NAME_WORDS and not POSSESSIVE.search(m.group())
                ]
                if named:
                    # (under the name as the article gives it in full, when it gives one paper so named: "the
                    # Kelso Daily Herald … The Herald was sued"; not "the New York Times" for "The Times")
                    short = re.sub(r"^(?:The|A|An)\s+", "", named[-1].group())
                    fuller = {n for r in _CAPITAL_RUN.finditer(self.text, self.body_start, named[-1].start()) if (n := re.sub(r"^(?:The|A|An)\s+", "", r.group())).endswith(" " + short)}
                    name = fuller.pop() if len(fuller) == 1 else short
                    ent = self.by_name(name, named[-1].start()) or self.add_org(name, named[-1].end() - len(short))
        if ent is None and noun in {"organisation", "organization"}:
            # "The RAC welcomed the news … But the organisation urged …": a body named by its own name in
            # this sentence or the one before (no further: any body is an organisation)
            # (also one introduced as a kind of body: "human rights watchdog Kelso Watch … A spokesman for
            # Kelso Watch said … “…,” the organisation said"; not a book or report)
            body = lambda e: own_name(e) or (e.kind == "org" and not e.plural and e.name[:1].isupper() and bool(e.aliases) and not e.aliases - _BODY_KINDS - BUSINESS)
            i = bisect_right(self._positions, pos) - 1
            while i >= 0 and not (body(self._mentions[i].ent) and self._mentions[i].pos < pos):
                i -= 1
            if i >= 0 and self._sentence_index(pos) - self._sentence_index(self._mentions[i].pos) <= 1:
                return self._mentions[i].ent
        if ent is None and noun in _PUBLIC_BODY_KINDS:
            ent = self._body_just_spoken(pos)
        if ent is None and noun in _BODY_KINDS and noun.endswith("s") and re.sub(r"ies$", "y", noun).rstrip("s") in INTRODUCING:
            # "Shares in Elan and Tavex Pharma fell … The companies said …": a plural noun for bodies is
            # the bodies the article last named together, never one of them alone
            return self._named_together(pos)
        if ent is None and noun in _OVERSEERS:
            # "Kelso Mae was admonished by the Kell Securities Commission … The financial regulator said
            # Kelso Mae must raise capital": a regulator is a public body the article named, never the
            # firm it watches, however often that one is named; else the phrase stands as it is
            ent = self._salient(pos, lambda e: e.kind == "org" and not e.plural and norm(e.name.split()[-1]) in PUBLIC_BODY_HEADS)
            if ent is not None:
                ent.aliases.add(noun)
            return ent
        if ent is None and noun in _BODY_KINDS:
            # "Carlton United shares closed … the club said": with no body introduced as a club so
            # far, the body named by its own name that the article names most; "the club" is it from
            # now on (not a club the article introduces later).
            # (a body the article made known as a business is no regulator, watchdog, union or charity:
            # "Traders at banking giant Kelco face a probe … the German regulator has said …"; a club may be)
            kind_fits = (lambda e: own_name(e) and not e.aliases & BUSINESS) if noun in _NO_BUSINESS else own_name
            ent = self._salient(pos, kind_fits)
            if ent is not None:
                ent.aliases.add(noun)
            elif noun == "club":
                ent = self._body_taken_for_person(pos)
            if ent is None and noun in {"club", "band"}:
                ent = self._name_before_post(pos)
        if ent is None:
            # "… questioned by the Joint Committee on Human Rights. … the committee stated": the last
            # name before ``pos`` that says it is one, though it never spoke or was introduced
            named = [m for m in _CAPITAL_RUN.finditer(self.text, self.body_start, pos) if _name_head(m.group()) == noun]
            if named:
                name = re.sub(r"^(?:The|A|An)\s+", "", named[-1].group())
                ent = self.add_org(name, named[-1].start() + len(named[-1].group()) - len(name))
        return ent

    def _name_before_post(self, pos: int) -> Entity | None:
        """"Tom Hale will be the new Kelso Rovers manager. The club have confirmed …", "Kelsotones singer
        Ann Roe was fined … The band said …": with no club or band known, the name written before a
        word for a person's post or calling (never taken for anybody's name) in this sentence or the one
        before, else in the article's opening sentence, when one name only is so written there."""
        here = self._sentence_index(pos)
        near = max(self.body_start, self._sentence_starts[max(0, here - 1)])
        i = bisect_right(self._sentence_starts, self.body_start)
        lede_end = self._sentence_starts[i] if i < len(self._sentence_starts) else pos
        for start, end in ((near, pos), (self.body_start, min(lede_end, pos))):
            names = set()
            for m in CAP_RUN.finditer(self.text, start, end):
                post = re.match(r"[ \t]+([a-z]+)\b", self.text[m.end() : m.end() + 20])
                name = m.group()
                if (
                    post and post.group(1) in PERSON_NOUNS and post.group(1) not in CONNECTORS and not POSSESSIVE.search(name)
                    and not _NO_BODY_START.match(name) and not any(e.name == name or e.surname == name for e in self.entities)
                    and not country_key(name.split()[0])  # (not "the American billionaire")
                ):
                    names.add((name, m.start()))
            if len({n for n, _ in names}) == 1:
                name, at = names.pop()
                return self.add_org(name, at)
            if names:
                return None
        return None

    def _kind_named_heading(self, pos: int) -> Entity | None:
        """The body whose name ends in a kind of body ("the Kelso Alliance", "Ashby Society") that heads
        the sentence before ``pos`` as the subject of its verb, if any."""
        here = self._sentence_index(pos)
        if here < 1 or self._sentence_starts[here - 1] < self.body_start:
            return None
        start = self._sentence_starts[here - 1]
        head = re.match(r"(?:(?:But|And|Meanwhile|However|Now|Yet),?\s+)?(?:The\s+)?", self.text[start:pos])
        run = CAP_RUN.match(self.text, start + head.end(), pos)
        if run is None or not _BODY_VERB.match(self.text, run.end(), pos):
            return None
        name = POSSESSIVE.sub("", run.group())
        if len(name.split()) < 2 or norm(name.split()[-1]) not in ORG_NOUNS or name.split()[0] in _NOT_A_BODY:
            return None
        return self.by_name(name, run.start()) or self.add_org(name, run.start())

    def _named_near(self, ent: Entity, pos: int) -> bool:
        """Is ``ent`` named in the sentence of ``pos`` (before it) or the one before?"""
        here = self._sentence_index(pos)
        for i in range(bisect_right(self._positions, pos) - 1, -1, -1):
            m = self._mentions[i]
            if here - self._sentence_index(m.pos) > 1:
                return False
            if m.ent is ent and m.pos < pos:
                return True
        return False

    def _body_just_spoken(self, pos: int, named_plural: bool = False) -> Entity | None:
        """The one body named in this sentence and the one before ``pos``, when it spoke there: "…,
        according to the Kelso Society. …, the non-partisan charity said." is the Kelso Society's, though
        its name ends in a kind of its own ("Society", "Office", "Research"); not when another body is
        named there too, nor a body introduced as another kind of thing ("the book Kelso Lives")."""
        here = self._sentence_index(pos)
        bodies: list[Mention] = []
        for i in range(bisect_right(self._positions, pos) - 1, -1, -1):
            m = self._mentions[i]
            if here - self._sentence_index(m.pos) > 1:
                break
            if m.ent.kind == "org" and m.pos < pos:
                bodies.append(m)
        if not bodies or any(m.ent is not bodies[0].ent for m in bodies):
            return None
        ent = bodies[0].ent
        if (ent.plural and not named_plural) or not ent.name[:1].isupper() or ent.aliases - BUSINESS - {norm(ent.name.split()[-1])}:
            return None
        spoke = any(m.cue for m in bodies) or any(
            who == ent.name and q < pos and here - self._sentence_index(q) <= 1 for q, who, _ in self._said
        )
        return ent if spoke else None

    def _body_taken_for_person(self, pos: int) -> Entity | None:
        """With no body named before ``pos``, "the club" / "the firm" is a name of two words or more in
        this sentence or the one before that was taken for a person's but that the article never treats
        as one: no title, calling or sex, never its last word alone nor "Mr …" ("Ann Roe will not travel
        for Dynamo Kelso's match. The club said …"; a person named twice is called by surname the
        second time), and not in quotation marks, named more than once. The one named most; None on a tie
        (which of two clubs is meant is not known). ("the group", "the party": too many bodies go by
        names the article never registers, "Labour", "the Tories".)"""
        def unproven(e: Entity) -> bool:
            return (
                e.kind == "person" and e.female is None and not e.roles and not e.aliases and len(e.name.split()) >= 2
                and not any((w in ROLE_WORDS or w in PERSON_NOUNS) and w not in ADVERBS for w in e.descriptors)
                and norm(e.name.split()[0]) not in PEERAGE
            )
        counts: dict[int, int] = {}
        ents: dict[int, Entity] = {}
        for m in self._mentions:
            if m.end <= m.pos or not unproven(m.ent):
                continue  # (only where the text names it: not where a cue was resolved to it)
            if self.text[m.pos : m.end] == m.ent.surname:
                counts[id(m.ent)] = -1_000  # called by surname: a person
            counts[id(m.ent)] = counts.get(id(m.ent), 0) + 1
            ents[id(m.ent)] = m.ent
        here = self._sentence_index(pos)
        before = {
            id(m.ent) for m in self._mentions[: bisect_right(self._positions, pos)]
            if id(m.ent) in counts and m.pos < pos and here - self._sentence_index(m.pos) <= 1 and not self._is_excluded(m.pos)
            and not re.search(r"[\"“‘']$", self.text[max(0, m.pos - 1) : m.pos])
        }
        # (named once only, it may as well be a person named in passing: "Ann Roe worked for a bank.")
        ranked = sorted((counts[k] for k in before if counts[k] > 1), reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
            return None
        return next(ents[k] for k in before if counts[k] == ranked[0])

    def body_in_view(self, pos: int) -> Entity | None:
        """The body named by a proper name in this sentence or the one before ``pos``, else the one the
        article has named most so far ("the UK's biggest lender" in a report on Kelco is Kelco); with
        none, a name close by that was taken for a person's but is never treated as one ("…, said Kelso
        Re. … The world's second biggest insurer said …")."""
        ent = self._salient(pos, lambda e: e.kind == "org" and not e.plural and e.name[:1].isupper())
        if ent is None and (ent := self._body_taken_for_person(pos)) is not None:
            ent.kind = "org"  # (so "it" is the body from now on: "… biggest insurer said X. Y, it said.")
        return ent

    def _named_together(self, pos: int) -> Entity | None:
        """The bodies last named together before ``pos`` ("Elan and Tavex Pharma", "Dalton Motors,
        Vey Cars and Ashco"), as one plural body; None if the last such names are anybody's but
        bodies' (people's: "Tom Hale and Ann Roe")."""
        # bodies named together as a cue's speaker before ("Dalton Motors and Vey Cars said …"), unless
        # others are named together since
        i = bisect_right(self._positions, pos) - 1
        while i >= 0 and not ((e := self._mentions[i].ent).kind == "org" and e.plural and " and " in e.name and e.name[:1].isupper()):
            i -= 1
        spoke = (self._mentions[i].pos, self._mentions[i].ent) if i >= 0 else (-1, None)
        lower_words = set(re.findall(r"\b[a-z][a-z’'-]+\b", self.text))
        for m in reversed(list(_CAPITAL_RUN.finditer(self.text, self.body_start, pos))):
            if m.start() <= spoke[0]:
                break
            lead = re.match(r"([A-Z][a-z]+)\s+(?:in|of|for|on)\s+", m.group())
            start = m.start() + (lead.end() if lead and lead.group(1).lower() in lower_words else 0)
            while (listed := re.search(r"(?<![\w’'-])([A-Z][\w&’'-]*)(?:[ \t]+[A-Z][\w&’'-]*)*,[ \t]+$", self.text[max(self.body_start, start - 60) : start])) is not None:
                if listed.group(1).lower() in lower_words:
                    break  # (not "In Kelso, Dalton Motors and Vey Cars": an opening phrase)
                start -= len(listed.group())  # "Sony, IBM and Toshiba": the names listed before the "and"
            run = self.text[start : m.end()]  # (not "Shares in": a common word opening the sentence)
            parts = [p.strip() for p in re.split(r",\s+|\s+and\s+", run) if p.strip()]
            if " and " not in run or len(parts) < 2 or any(p in _SMALL_WORDS or p[:1].islower() for p in parts):
                continue
            ents = [self.by_name(p, start) for p in parts]
            if any(e is not None and e.kind == "person" and (e.female is not None or e.roles or e.descriptors) for e in ents):
                return None  # people the article describes as such: "Tom Hale and Ann Roe, the founders"
            if not any(e is not None and e.kind == "org" for e in ents):
                continue  # ("Trade and Industry", "Food and Drug Administration": one name)
            # (a body's name of two words may pass for a person's: "Elan and Tavex Pharma")
            return self.add_org(run, start, plural=True)
        return spoke[1]

    def _salient(self, pos: int, fits) -> Entity | None:
        """The fitting entity named in this sentence or the one before, else the one the article has
        named most before ``pos`` ("the company" in a report on Unilever that mentions Shell once, two
        sentences back, is Unilever); ties go to the nearest."""
        i = bisect_right(self._positions, pos) - 1
        # (a body given as an example in a list is not what a later "the firm" takes up: "Its creditors
        # include banks such as Barco, as well as oil firm Dalco. … the firm said" is the body the
        # article is about, the one it names most)
        while i >= 0 and (not fits(self._mentions[i].ent) or self._exemplified(self._mentions[i].pos)):
            i -= 1
        here = self._sentence_index(pos)
        if i >= 0 and here - self._sentence_index(self._mentions[i].pos) == 1:
            # "Absco said it was close to a deal with Barco. But the group said …": in the sentence
            # before, the body that spoke there rather than one its words name (one named in the cue's
            # own sentence before it is still the nearest: "Kelco's response … the club said"); a
            # common noun heading its sentence ("Analysts said …") is no body's name
            j = i
            while j >= 0 and self._sentence_index((m := self._mentions[j]).pos) == here - 1:
                if fits(m.ent) and m.cue and norm(m.ent.name) not in PERSON_NOUNS | SOURCE_HEADS:
                    return m.ent
                j -= 1
        if i >= 0 and here - self._sentence_index(self._mentions[i].pos) <= 1:
            return self._mentions[i].ent
        seen: dict[int, tuple[int, int, Entity]] = {}  # id → (mentions so far, last position, entity)
        for m in self._mentions[: bisect_right(self._positions, pos)]:
            if fits(m.ent):
                n = seen.get(id(m.ent), (0, 0, m.ent))[0]
                seen[id(m.ent)] = (n + 1, m.pos, m.ent)
        return max(seen.values(), key=lambda v: v[:2])[2] if seen else None

    def _exemplified(self, pos: int) -> bool:
        """Is the name at ``pos`` one of a list of examples ("such as Barco and Dalco", "including
        Dalco"), with no verb between the list's opening and it?"""
        before = self.text[self._sentence_start(pos) : pos]
        listed = re.search(r"\b(?:such\s+as|including)\s+([^.;:]*)$", before)
        return listed is not None and not re.search(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|[a-z]{3,}ed)\b", listed.group(1))

    def relative(self, noun: str, pos: int, end: int, later: bool = False) -> Entity | None:
        """"“…,” his son said": the relative the article named by that family noun, never the person
        "his" points to (whose son he is). Named right after the cue ("said his wife, Sheila"), else
        the last one introduced by the noun before ``pos`` ("Mr Vance's son Peter", "his wife Sheila");
        None when the article names no such relative (the cue's own words then stand for them)."""
        female = RELATION_GENDER.get(noun)
        after = re.match(rf",[ \t]+({NAME_TOKEN}(?:[ \t]+{NAME_TOKEN})?)(?=[,.;]|$)", self.text[end : end + 40])
        if after and norm(after.group(1).split()[0]) not in NON_NAME:
            name = after.group(1)
            return self.by_name(name, end) or self.add_person(name, end + after.start(1), None, female)
        introduced = lambda m: m.ent.kind == "person" and m.end > m.pos and re.search(rf"\b{noun},?[ \t]+$", self.text[max(0, m.pos - 20) : m.pos])
        for i in range(bisect_right(self._positions, pos) - 1, -1, -1):
            if introduced(self._mentions[i]):
                return self._mentions[i].ent
        if later:  # (with ``later``, also the first one the article introduces so after ``pos``)
            return next((m.ent for m in self._mentions[bisect_right(self._positions, end) :] if introduced(m)), None)
        return None

    def by_nominal(self, phrase: str, pos: int, fallback: bool = True) -> Entity | None:
        """A description like "the secretary of state" or "the US’ top foreign policy official":
        the person whose title shares its head noun or country scores best; ties go to the nearest.
        With no such title, a description of a person ("the 74-year-old comedian") is the person
        the article has named most so far among those with no other title."""
        words = [w for w in re.findall(r"[\w.’'-]+", phrase)]
        if not words or words[0].lower() in {"a", "an", "one", "another"}:
            return None  # "a Treasury spokesman" is somebody the article does not name
        words = words[1:] if words[0].lower() in {"the", "his", "her", "their", "its"} else words
        if not words:
            return None
        lowered = [norm(w) for w in words]
        title = " ".join(w.lower() for w in words)  # "foreign secretary"
        head = nominal_head(words)
        gender = gender_of_noun(head)
        if gender is None:
            # "the lord chancellor", "the lord mayor": a peer's title word in the post says who holds it (a
            # man), not an owner ("the queen's private secretary" says nothing)
            sexed = {_TITLE_SEX[norm(w)] for w in words[: max(0, len(words) - 1)] if norm(w) in _TITLE_SEX and not POSSESSIVE.search(w)}
            gender = sexed.pop() if len(sexed) == 1 else None
        # (a place of two words names its people with its first word kept: "the New Zealander", "the
        # South African", as "the Russian")
        demonym = (head in DEMONYMS and len(words) == 1) or (
            len(words) == 2 and words[0] in PLACE_FIRST_WORDS and re.fullmatch(r"[A-Z][a-z]+(?:an|er)", words[1]) is not None
        )
        if demonym:
            # "Kuznetsova says … The Russian said …": the person just speaking.
            for i in range(bisect_right(self._positions, pos) - 1, -1, -1):
                m = self._mentions[i]
                if m.ent.kind == "person" and not self._is_excluded(m.pos) and self._is_subject(i):
                    return m.ent
                if self._lone_name(m.ent) and not self._is_excluded(m.pos) and self._is_subject(i):
                    # "Kelso's Edu has lifted the lid on … The Brazilian confirmed …": a one-word name taken
                    # for a body is the person a nationality stands for, and a person from then on
                    m.ent.kind = "person"
                    return m.ent
            # … also when the name was never taken for anything: "Kelso's Edu has lifted the lid on … The
            # Brazilian confirmed …", a one-word name (after its club's or country's possessive) heading the
            # sentence before as the subject of its verb, never written in lower case
            here = self._sentence_index(pos)
            if here >= 1 and self._sentence_starts[here - 1] >= self.body_start:
                prev = self._sentence_starts[here - 1]
                lone = re.match(r"\s*(?:[A-Z][\w-]*(?:’s|'s|’|')\s+)?(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=\s)", self.text[prev:pos])
                if (
                    lone is not None and _VERB_AFTER_NAME.match(self.text, prev + lone.end()) and norm(lone.group("name")) not in NON_NAME
                    and not re.search(rf"\b{re.escape(lone.group('name').lower())}\b", self.text) and self.by_name(lone.group("name"), prev + lone.start("name")) is None
                ):
                    return self.add_person(lone.group("name"), prev + lone.start("name"))
        age = head if _AGE.fullmatch(head) else None
        if age:
            # "Ben Vale, 34, scored twice. '…,' the 34-year-old added": the one person the article gave that age
            aged = [e for e in self.entities if e.kind == "person" and e.age == head]
            if len(aged) == 1:
                return aged[0]
        ranked = len(lowered) > 1 and lowered[-2] == "number" and head in RANKINGS  # "the world number one"
        if re.fullmatch(r"\d+-year-old", head) or head.split("-")[0] in RELATION_GENDER or demonym or ranked:
            head = "person"  # "the 61-year-old", "the mother-of-nine", "the Russian", "the world number two": somebody already named
        countries = {k for w in words if (k := country_key(w))}
        modifiers = {w for w in lowered if w not in {"of", "the", head} and not country_key(w)}
        # "the attorney general" is not the Solicitor General; "the US’ top foreign policy official" may
        # be the Secretary of State (only a title's own words must match).
        titled = {w for w in modifiers if w in ROLE_WORDS and w not in {"top", "new", "former", "senior"}} if head in ROLE_WORDS else set()
        heads = {head} | {h for w in modifiers for h in INSTITUTION_HEADS.get(w, ())} if head in GENERIC_HEADS else {head}
        # (a kindred calling names the same work: "Novelist Tom Hale … The writer was known for …", "the
        # family's solicitor Tom Hale … the family's lawyer")
        heads |= {k for kin in _KIN_CALLINGS if head in kin for k in kin}
        best: tuple[float, int] | None = None
        chosen: Entity | None = None
        # "The Kelso MP, who …, accused Ms Roe of …": whom the description's own verb accuses, urges or
        # praises is not who the description stands for
        target = _ADDRESSED.match(self.text, pos + len(phrase))
        for ent in self.entities:
            if ent.kind != "person":
                continue
            keys = ent.role_keys(pos)
            if not keys:
                continue
            if target is not None and target.group("name") in {ent.surname, ent.name}:
                continue
            # (a field's adjective is the field: "chief financial officer" is "the finance officer")
            if (RANKS & keys) - set(lowered) or {w for w in titled - keys if w.removesuffix("e") + "ial" not in keys}:
                continue  # "the prime minister" is not the Deputy Prime Minister
            score = 3.0 * bool(heads & keys) + 2.0 * len(countries & keys) + 0.5 * len(modifiers & keys)
            if score < 2.0 or (head in _ACHIEVED and not modifiers & keys):
                # (a sport has many champions: "the two-time champion" is not "Olympic champion Tom Ash"
                # for the word alone)
                continue
            last = self._last_pos(ent, pos)
            recency = -(pos - last) if last is not None else -len(self.text)
            if best is None or (score, recency) > best:
                best, chosen = (score, recency), ent
        if chosen is None and head in ROLE_WORDS and titled:
            # "The home secretary said …" before "Home Secretary Charles Clarke told …": the one person the
            # article gives that whole title later.
            later = [ent for ent in self.entities if ent.kind == "person" and head in ent.role_keys() and titled <= ent.role_keys() and not (RANKS & ent.role_keys()) - set(lowered)]
            if len(later) == 1:
                return later[0]
        if chosen is not None or (head not in PERSON_NOUNS and head != "person") or head in SOURCE_HEAD_WORDS or not fallback:
            return chosen
        if head in ROLE_WORDS or head in PERSON_NOUNS or head == "person":
            # "Gordon Brown has addressed the conference. The Chancellor said …": a title nobody holds
            # yet is the person the sentence before is about; so is a description ("Irons … said he
            # had wondered … “…,” the British actor said"). With nobody at the head of either sentence,
            # the person an aside there describes, else the one named last ("… in the shape of Ann
            # Vey, who plays a witch. The 14-year-old said …"; not "… the likes of Tom Ash.").
            here = self._sentence_index(pos)
            nearest: Entity | None = None
            described: Entity | None = None
            speaker: Entity | None = None  # who spoke last, up to a sentence further back
            owner: Entity | None = None  # the last person named, as an owner, in the sentence before
            last_seen = False
            opens = not self.text[self._sentence_start(pos) : pos].strip()  # (the description heads its sentence)
            for i in range(bisect_right(self._positions, pos) - 1, -1, -1):
                m = self._mentions[i]
                if opens and not last_seen and m.pos < pos and m.ent.kind == "person" and here - self._sentence_index(m.pos) == 1 and self._possessive(m):
                    owner = m.ent
                last_seen = last_seen or (m.pos < pos and m.ent.kind == "person")
                if here - self._sentence_index(m.pos) > 1:
                    if here - self._sentence_index(m.pos) > 2:
                        break
                    if m.cue and speaker is None and m.ent.kind == "person" and self._fits(m.ent, pos, head, modifiers, strict=False) and gender in (None, m.ent.female) and not self._speaks_of(m.ent, title, pos):
                        speaker = m.ent
                    continue
                # (not someone whose own words spoke of "the chancellor": "Ann Roe said the chancellor had
                # failed. The chancellor insisted …" is somebody else)
                if (
                    self._possessive(m) and self._sentence_index(m.pos) == here and _FRONTED.match(self.text, self._sentence_start(m.pos), m.pos)
                    and "," in self.text[m.end : pos]
                ):
                    continue  # "After Kelso's 3-0 win, the skipper admitted …": the owner of a thing in the opening phrase
                if m.pos >= pos or m.ent.kind != "person" or gender not in (None, m.ent.female) or self._speaks_of(m.ent, title, pos):
                    continue
                subject = self._is_subject(i)
                # (an age, a ranking or a relation says nothing of the calling of somebody the sentence
                # names but not at its head: "… the news that defender Tom Hale is to sign a new deal. And
                # the 30-year-old has made it clear …" is Tom Hale, not the manager quoted before; not
                # somebody the article gave another age)
                loose = head == "person" and (age is None or m.ent.age in (None, age)) and (
                    not subject
                    # (or the subject of the sentence before whom the headline names, the one the article
                    # is about, and nobody else that sentence names: "Kelso angered by fine ⏎ Spain coach Tom
                    # Kelso is furious … The 66-year-old criticised …" is the coach, not a player named after
                    # him in passing)
                    or (self._in_headline(m.ent) and not any(
                        n.ent is not m.ent and n.ent.kind == "person" and self._in_headline(n.ent)
                        for n in self._mentions[bisect_left(self._positions, self._sentence_starts[max(0, here - 1)]) : bisect_left(self._positions, self._sentence_starts[here])]
                    ))
                )
                if self._fits(m.ent, pos, head, modifiers, strict=not loose):
                    if subject and not self._is_excluded(m.pos):
                        # (not someone who heads a sentence inside the quote before: '"Jo Bell is the
                        # best writer I know." …, according to the bishop.' is the bishop who said it)
                        return m.ent
                    if head not in ROLE_WORDS and not self._is_excluded(m.pos) and not (self._possessive(m) and self._sentence_index(m.pos) < here):
                        # (not an owner in passing: "… short of American Tom Hale's world record. 'I feel
                        # good,' said the world champion" is whom the article is about)
                        nearest = nearest or m.ent
                        if m.end > m.pos and re.match(r",\s+[a-z]", self.text[m.end : m.end + 3]):
                            described = m.ent
            if described or nearest:
                # "“…,” said Reyes. The film tells of a trip to meet Kit Moran. The 40-year-old actor …":
                # somebody merely named in passing is not who the description stands for
                return described or speaker or nearest
            if owner is not None and head in ROLE_WORDS and self._fits(owner, pos, head, modifiers, strict=True) and gender in (None, owner.female):
                # "… backed Ann Roe's stance on abortion. The Kelso leader has said …": with nobody heading
                # either sentence, a title opening its sentence is the person the one before ends on, whose
                # stance, plan or words it names, not the one the article names most; the title is theirs
                # from then on ("… The prime minister has made it clear …" is somebody else)
                owner.keyed.append((pos, {head} | modifiers))
                return owner
        return self._most_named(pos, head, gender, after=pos + len(phrase), modifiers=modifiers, title=title)

    @staticmethod
    def _fits(ent: Entity, pos: int, head: str, modifiers: set[str], strict: bool) -> bool:
        """May a description with this head noun and modifiers stand for ``ent``, given the titles the
        article gave them before ``pos``? Someone given none, or one sharing a word with it ("Former civil
        service chief Lord Butler … the former cabinet secretary"); with ``strict`` nobody else, else
        anyone but a person given another title, or another occupation for an occupation ("PR expert Ann
        Kite" is not "the singer"; "rock star Ozzy Osbourne" may be)."""
        keys = ent.role_keys(pos) - RELATIONS
        if head in _ACHIEVED:
            return True  # "team member Ann Roe … said the European champion": whatever else they are
        if head not in keys and keys & _ACHIEVED:
            # "nine-times champion Ann Roe … the athlete told": a champion has a calling too (the
            # words that describe the win are no title)
            keys = keys & (ROLE_WORDS | PERSON_NOUNS) - _ACHIEVED
        if RANKS & keys - modifiers:
            return False  # "the prime minister" is not the Deputy Prime Minister
        if not keys or head in keys or modifiers & keys - {"new", "top", "senior"}:
            return True
        if any(w == "former" or w.startswith("ex-") for w in modifiers | {head}):
            # "Kelso coach Tom Hale … said the former England winger", "Tom Hale, a candidate for the
            # Kelso Party, … The former teacher confirmed …": what somebody used to be, which the title the
            # article gives them now does not rule out
            return True
        if any(head in kin and keys & kin for kin in _KIN_CALLINGS):
            return True
        if head == "mp" and keys & _IN_PARLIAMENT:
            return True  # "Former Cabinet minister Tom Hale … the MP for Ashby": a minister sits as an MP
        if not strict and not keys & (PERSON_NOUNS | POSITIONS):
            return True  # "Labour's Mr Lee … The mayor said …": a party or place says what side, not what post
        if strict or head in ROLE_WORDS:
            return False
        return head not in PERSON_NOUNS or head in _ANYONE or not keys & PERSON_NOUNS - _ANYONE

    def _most_named(self, pos: int, head: str, female: bool | None = None, after: int | None = None, modifiers: set[str] = frozenset(), title: str = "") -> Entity | None:
        """The person named most often before ``pos`` (ties: one named in its paragraph, then the first named) whose own titles do not
        contradict ``head``; if nobody is named yet, the next person the article names."""
        counts: dict[int, int] = {}
        first: dict[int, int] = {}
        quoted: dict[int, int] = {}  # people named so far only in somebody's words
        for m in self._mentions:
            if m.ent.kind != "person" or m.pos >= pos:
                continue
            if self._is_excluded(m.pos):
                quoted.setdefault(id(m.ent), m.pos)
                continue
            counts[id(m.ent)] = counts.get(id(m.ent), 0) + 1
            first.setdefault(id(m.ent), m.pos)
        person = lambda e: e.kind == "person" and (female is None or e.female in (None, female)) and not (title and self._speaks_of(e, title, pos))
        people = [e for e in self.entities if id(e) in counts and person(e)]
        fitting = [e for e in people if self._fits(e, pos, head, modifiers, strict=False)]
        if not fitting and head in ROLE_WORDS:
            # "Home Secretary Tom Hale vowed to press on despite a call from Ann Roe. The Lib Dem leader
            # said …": with nobody named outside reported words fitting the title, the one fitting it
            # whom somebody's reported words named first, before a person who holds another title
            # (in reported words, not a direct quote)
            heard = [
                e for e in self.entities
                if id(e) in quoted and id(e) not in counts and person(e) and self._fits(e, pos, head, modifiers, strict=False) and not self._inside_marks(quoted[id(e)])
            ]
            if heard:
                return min(heard, key=lambda e: quoted[id(e)])
        pool = fitting or people
        if pool:
            # (ties: one named in the description's own paragraph before one named only earlier:
            # "… the case of Kelso killer Tom Hale.\n\nMs Roe was joined by Ben Vale … The prime minister
            # said …" is Ben Vale)
            para = self.text.rfind("\n", 0, pos) + 1
            here = {id(m.ent) for m in self._mentions[bisect_left(self._positions, para) : bisect_left(self._positions, pos)] if m.end > m.pos and not self._is_excluded(m.pos)}
            return max(pool, key=lambda e: (counts[id(e)], id(e) in here, -first[id(e)]))
        later = [m for m in self._mentions if m.pos >= (after or pos) and m.ent.kind == "person"]
        return later[0].ent if later else None

    def _in_headline(self, ent: Entity) -> bool:
        """Does the headline name ``ent`` (by surname)?"""
        return re.search(rf"\b{re.escape(ent.surname)}\b", self.text[: self.body_start]) is not None

    def _inside_marks(self, pos: int) -> bool:
        """Is ``pos`` inside quotation marks opened earlier in its paragraph?"""
        start = self.text.rfind("\n", 0, pos) + 1
        before = self.text[start:pos]
        return before.count("“") > before.count("”") or before.count('"') % 2 == 1

    def _last_pos(self, ent: Entity, pos: int) -> int | None:
        """Where ``ent`` was last mentioned at or before ``pos``, if at all."""
        for i in range(bisect_right(self._positions, pos) - 1, -1, -1):
            if self._mentions[i].ent is ent:
                return self._mentions[i].pos
        return None
