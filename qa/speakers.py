"""Who is who in an article: people (and organisations) with one canonical name each.

A person enters the article once in full, usually with a title ("Foreign Minister Alvaro Leyva",
"Antony Blinken, the secretary of state") and is then called by surname, "Mr Blinken", a role
nominal ("the secretary of state") or a pronoun. ``Cast`` collects the full mentions in one pass and
then resolves any later way of naming someone back to the entity, by position in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "mx"}
_FEMALE = {"mrs", "ms", "miss", "dame", "lady"}
_PARTICLES = {"de", "da", "del", "della", "van", "von", "der", "bin", "al", "le", "la", "di", "dos"}

# Words that make up titles: "US Secretary of State", "Deputy Prime Minister", "Chief Executive".
ROLE_WORDS = set(
    """secretary minister president vice prime foreign deputy chief executive officer director general
    attorney chancellor senator sen governor gov mayor ambassador envoy spokesman spokeswoman
    spokesperson representative rep congressman congresswoman chairman chairwoman chair ceo cfo coo
    founder leader head commissioner judge justice king queen prince princess pope sheikh emir
    state defence defense finance interior home health trade treasury economy education labour labor
    energy transport environment culture affairs external national security adviser advisor
    coach manager captain economist analyst professor councillor cllr mp mep colonel admiral
    lieutenant commander sergeant inspector detective superintendent bishop archbishop rabbi imam
    reverend crown first opposition shadow junior senior acting interim former new top chief
    of for the and white house party media culture sport sports digital business industry agriculture
    development international relations public works justice immigration economic chairperson
    commerce department minister-president premier vice-president""".split()
) | HONORIFICS
# Nationalities and countries fold to one key, so "the US’ top official" matches "US Secretary of State".
_COUNTRY = {
    "us": "us", "u.s": "us", "u.s.": "us", "america": "us", "american": "us", "states": "us",
    "united": "", "uk": "uk", "britain": "uk", "british": "uk", "kingdom": "uk", "england": "uk",
    "english": "uk", "eu": "eu", "european": "eu", "europe": "eu", "un": "un",
}
_COUNTRY_SUFFIXES = ("ian", "ean", "an", "ese", "ish", "i", "ic")
NON_NAME = set(
    """the a an in on at for of to and but or if as by with from this that these those it its
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december government ministry department party council union
    agreement dialogue bank street house office commission court news group inc ltd university
    committee association federation league club company corporation service agency institute
    police army force parliament congress senate assembly board organisation organization network
    times post journal week day year today yesterday tomorrow mr mrs ms dr last next""".split()
)
PERSON_NOUNS = set(
    """official officials spokesman spokeswoman spokesperson minister secretary president leader
    chancellor diplomat envoy ambassador officer executive chief director chairman chairwoman chair
    mayor governor senator aide adviser advisor source sources analyst economist expert lawyer
    prosecutor judge manager coach captain player star singer actor actress director founder boss
    head premier politician mp spokesperson representative negotiator""".split()
)

NAME_TOKEN = r"(?:[A-Z][a-zà-ÿ]*[A-Z]?[a-zà-ÿ]+(?:[-’'][A-Z]?[a-zà-ÿ]+)*)"
# A run of capitalised words, allowing lower-case "of"/"the"/particles between them.
_CAP_TOKEN = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Gov|Rep|Lt|Col|Sgt|St)\.|[A-Z][\w’'-]*(?:\.[A-Z])*\.?(?<![a-z]\.))"
# A run of capitalised words on one line, allowing lower-case "of"/"the"/particles between them.
CAP_RUN = re.compile(
    rf"{_CAP_TOKEN}(?:[ \t]+(?:(?:of|for|the|de|da|del|van|von|der|bin|al|le|la|di|dos)[ \t]+)*{_CAP_TOKEN})*"
)


def norm(word: str) -> str:
    return word.lower().strip(".,;:’'").removesuffix("’s").removesuffix("'s").rstrip("’'")


def country_key(word: str) -> str | None:
    w = norm(word)
    if w in _COUNTRY:
        return _COUNTRY[w] or None
    return None


@dataclass
class Entity:
    name: str
    kind: str = "person"  # or "org"
    roles: list[str] = field(default_factory=list)
    female: bool | None = None

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def role(self) -> str | None:
        """The title the article gives most often (ties: the first), without a leading article."""
        if not self.roles:
            return None
        return max(self.roles, key=lambda r: (self.roles.count(r), -self.roles.index(r)))

    def role_keys(self) -> set[str]:
        keys: set[str] = set()
        for r in self.roles:
            for w in r.split():
                keys.add(country_key(w) or norm(w))
        return keys


def split_title_name(run: str) -> tuple[str | None, str | None, bool | None]:
    """Split a capitalised run into (role, name, female): "US Secretary of State Antony Blinken"
    → ("US Secretary of State", "Antony Blinken", None). Name is None when the run is no person."""
    tokens = run.split()
    i = len(tokens)
    # The name is the trailing tokens that are not title words (particles allowed inside).
    while i > 0 and (norm(tokens[i - 1]) not in ROLE_WORDS or tokens[i - 1].lower() in _PARTICLES):
        if not re.fullmatch(NAME_TOKEN, tokens[i - 1]) and tokens[i - 1].lower() not in _PARTICLES:
            break
        i -= 1
    name_tokens = tokens[i:]
    while name_tokens and name_tokens[0].lower() in _PARTICLES:
        name_tokens = name_tokens[1:]
    role_tokens = tokens[:i]
    if role_tokens and role_tokens[0].lower() in {"the", "a", "an"}:
        role_tokens = role_tokens[1:]
    female = None
    if role_tokens and norm(role_tokens[-1]) in HONORIFICS:
        female = norm(role_tokens[-1]) in _FEMALE
        role_tokens = role_tokens[:-1]
    if not name_tokens or len(name_tokens) > 4:
        return None, None, None
    if any(norm(t) in NON_NAME or country_key(t) for t in name_tokens):
        return None, None, None
    role = " ".join(role_tokens) or None
    if len(name_tokens) == 1 and not role and female is None:
        return None, None, None  # a lone capitalised word is no evidence of a person
    return role, " ".join(name_tokens), female


class Cast:
    """The people of one article and every place they are mentioned."""

    def __init__(self, text: str, body_start: int = 0) -> None:
        self.text = text
        self.entities: list[Entity] = []
        self._mentions: list[tuple[int, Entity]] = []
        self._collect(body_start)

    # -- building ---------------------------------------------------------------------------
    def _collect(self, body_start: int) -> None:
        full: list[tuple[int, str, str | None, bool | None]] = []
        lower_words = set(re.findall(r"\b[a-z][a-z’'-]+\b", self.text))
        for m in CAP_RUN.finditer(self.text, body_start):
            role, name, female = split_title_name(m.group())
            # "Meanwhile Antony Blinken": a leading word the article also writes in lower case
            # is an ordinary word that happens to start the sentence.
            while name and len(name.split()) > 1 and name.split()[0].lower() in lower_words:
                name = name.split(" ", 1)[1]
            if name and (len(name.split()) >= 2 or role or female is not None):
                full.append((m.start(), name, role, female))
        for pos, name, role, female in full:
            ent = self._entity_for(name, create=len(name.split()) >= 2)
            if ent is None:
                continue
            if role:
                ent.roles.append(role)
            if female is not None:
                ent.female = female
        # Every later mention by full name, surname or "Mr Surname" is a mention of the entity.
        for ent in self.entities:
            for alias in {ent.name, ent.surname}:
                for m in re.finditer(rf"\b{re.escape(alias)}\b", self.text):
                    self._mentions.append((m.start(), ent))
        self._mentions.sort(key=lambda pm: pm[0])
        self._positions = [p for p, _ in self._mentions]
        self._learn_genders()

    def _learn_genders(self) -> None:
        """Guess "he" or "she" for each person from the pronouns that follow their mentions
        (up to the next person mentioned, within the paragraph): "Elena Sarr said her side ..."."""
        votes: dict[int, list[int]] = {}
        for (pos, ent), nxt in zip(self._mentions, self._mentions[1:] + [(len(self.text), None)]):
            if ent.kind != "person" or ent.female is not None:
                continue
            end = min(nxt[0], pos + 200, self.text.find("\n\n", pos) % (len(self.text) + 1) or len(self.text))
            window = self.text[pos:end]
            he = len(re.findall(r"\b(?:he|his|him|himself)\b", window, re.I))
            she = len(re.findall(r"\b(?:she|her|hers|herself)\b", window, re.I))
            tally = votes.setdefault(id(ent), [0, 0])
            tally[0] += he
            tally[1] += she
        for ent in self.entities:
            he, she = votes.get(id(ent), (0, 0))
            if ent.female is None and he != she and max(he, she) >= 2 * min(he, she) + 1:
                ent.female = she > he

    def _entity_for(self, name: str, create: bool) -> Entity | None:
        for ent in self.entities:
            if ent.name == name:
                return ent
        surname = name.split()[-1]
        if len(name.split()) == 1:
            same = [e for e in self.entities if e.surname == surname]
            if same:
                return same[-1]
        if not create:
            return None
        ent = Entity(name)
        self.entities.append(ent)
        return ent

    def add_org(self, name: str, pos: int) -> Entity:
        for ent in self.entities:
            if ent.name == name:
                return ent
        ent = Entity(name, kind="org")
        self.entities.append(ent)
        self.note(pos, ent)
        return ent

    def note(self, pos: int, ent: Entity) -> None:
        """Record that ``ent`` is mentioned (or speaks) at ``pos``, for later pronouns."""
        i = bisect_right(self._positions, pos)
        self._positions.insert(i, pos)
        self._mentions.insert(i, (pos, ent))

    # -- resolving --------------------------------------------------------------------------
    def by_name(self, surface: str, pos: int) -> Entity | None:
        """A capitalised run naming someone: full name, surname, "Mr X", "Minister X Y"."""
        role, name, female = split_title_name(surface)
        if name is None:
            toks = surface.split()
            if len(toks) == 1 and re.fullmatch(NAME_TOKEN, toks[0]) and norm(toks[0]) not in NON_NAME:
                name = toks[0]
            else:
                return None
        if name in {e.name for e in self.entities}:
            return next(e for e in self.entities if e.name == name)
        surname = name.split()[-1]
        candidates = [e for e in self.entities if e.kind == "person" and e.surname == surname]
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]
        return self.nearest(pos, lambda e: e in candidates) or candidates[0]

    def nearest(self, pos: int, fits=lambda e: True) -> Entity | None:
        i = bisect_right(self._positions, pos) - 1
        while i >= 0:
            ent = self._mentions[i][1]
            if fits(ent):
                return ent
            i -= 1
        return None

    def by_pronoun(self, pronoun: str, pos: int) -> Entity | None:
        p = pronoun.lower()
        if p in {"he", "him", "his"}:
            return self.nearest(pos, lambda e: e.kind == "person" and e.female is not True)
        if p in {"she", "her"}:
            return self.nearest(pos, lambda e: e.kind == "person" and e.female is not False)
        if p in {"it", "its"}:
            return self.nearest(pos, lambda e: e.kind == "org")
        return self.nearest(pos)

    def by_nominal(self, phrase: str, pos: int) -> Entity | None:
        """A description like "the secretary of state" or "the US’ top foreign policy official":
        the person whose title shares its head noun or country scores best; ties go to the nearest."""
        words = [w for w in re.findall(r"[\w.’'-]+", phrase)]
        if not words or words[0].lower() in {"a", "an", "one", "another"}:
            return None  # "a Treasury spokesman" is somebody the article does not name
        words = words[1:] if words[0].lower() in {"the", "his", "her", "their", "its"} else words
        if not words:
            return None
        lowered = [norm(w) for w in words]
        head = lowered[lowered.index("of") - 1] if "of" in lowered[1:] else lowered[-1]
        countries = {k for w in words if (k := country_key(w))}
        modifiers = {w for w in lowered if w not in {"of", "the", head} and not country_key(w)}
        best: tuple[float, int] | None = None
        chosen: Entity | None = None
        for ent in self.entities:
            if ent.kind != "person" or not ent.roles:
                continue
            keys = ent.role_keys()
            score = 3.0 * (head in keys) + 2.0 * len(countries & keys) + 0.5 * len(modifiers & keys)
            if score < 2.0:
                continue
            last = self._last_pos(ent, pos)
            recency = -(pos - last) if last is not None else -len(self.text)
            if best is None or (score, recency) > best:
                best, chosen = (score, recency), ent
        return chosen

    def _last_pos(self, ent: Entity, pos: int) -> int | None:
        """Where ``ent`` was last mentioned at or before ``pos``, if at all."""
        for i in range(bisect_right(self._positions, pos) - 1, -1, -1):
            if self._mentions[i][1] is ent:
                return self._mentions[i][0]
        return None
