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
from bisect import bisect_right
from dataclasses import dataclass, field

from .text import paragraph_spans, sentence_spans

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "mx"}
_FEMALE = {"mrs", "ms", "miss", "dame", "lady", "baroness"}
# Peers keep their title as their name when no first name follows: "Lord Goldsmith".
_PEERAGE = {"lord", "lady", "baroness", "baron", "earl", "viscount"}
_POST_NOMINALS = {"MP", "MEP", "MSP", "AM", "QC", "KC", "Jr", "Sr", "OBE", "MBE", "CBE"}
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
    commerce department minister-president premier vice-president under solicitor""".split()
) | HONORIFICS | {"baroness", "baron", "earl", "viscount"}
# Title words that name a person on their own ("Minister", "Coach"), not just qualify a title.
_PERSON_TITLES = ROLE_WORDS - set(
    """state defence defense finance interior home health trade treasury economy education labour labor energy
    transport environment culture affairs external national security of for the and white house party media
    sport sports digital business industry agriculture development international relations public works
    justice immigration economic commerce department first opposition shadow junior senior acting interim
    former new top crown vice deputy foreign prime under""".split()
)
# "the Russian", "the Frenchman": a nationality that stands for a person the article has named.
DEMONYMS = set(
    """american briton englishman scot scotsman welshman irishman frenchman frenchwoman german italian spaniard
    dutchman belgian austrian swede norwegian dane finn russian ukrainian pole czech hungarian romanian
    bulgarian serb croat greek turk israeli iranian iraqi indian pakistani australian canadian brazilian
    argentine argentinian mexican chilean colombian kenyan nigerian egyptian portuguese zimbabwean jamaican
    ethiopian moroccan cameroonian ghanaian senegalese ivorian chinese japanese korean afghan saudi syrian
    lebanese palestinian jordanian algerian tunisian uruguayan peruvian venezuelan cuban
    swiss""".split()
)
# Rank words: "the prime minister" is not the Deputy Prime Minister.
_RANKS = {"deputy", "vice", "under", "assistant", "shadow", "junior", "acting", "interim"}
# Nationalities and countries fold to one key, so "the US’ top official" matches "US Secretary of State".
_COUNTRY = {
    "us": "us", "u.s": "us", "u.s.": "us", "america": "us", "american": "us", "states": "us",
    "united": "", "uk": "uk", "britain": "uk", "british": "uk", "kingdom": "uk", "england": "uk",
    "english": "uk", "eu": "eu", "european": "eu", "europe": "eu", "un": "un",
}
# Capitalised words that never belong to a person's name.
NON_NAME = set(
    """the a an in on at for of to and but or if as by with from this that these those it its
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december government ministry department party council union
    agreement dialogue bank street house office commission court news group inc ltd university
    committee association federation league club company corporation service agency institute
    police army force parliament congress senate assembly board organisation organization network
    times post journal week day year today yesterday tomorrow mr mrs ms dr last next plan act bill treaty
    strategy scheme initiative project facility index report review deal summit conference off up out down
    my your our you we me us no not all what why how
    st unit inquiry foundation research centre center chambers programme program valley airlines
    airline securities resources holdings consortium telegraph chronicle herald gazette mail guardian
    independent observer express radio television tv online website alliance coalition democrats
    republicans conservatives liberals socialists greens tories labour authority executive trust fund
    festival awards award prize cup championship stadium hospital school college academy museum
    two three four five six seven eight nine ten hundred thousand million
    scotland wales ireland france germany spain italy china india japan russia africa asia australia
    canada brazil mexico iran iraq israel london paris washington brussels""".split()
)
# Heads of a nominal that names a person ("the chancellor", "a spokesman", "the 74-year-old comedian").
PERSON_NOUNS = set(
    """official officials spokesman spokeswoman spokesperson minister secretary president leader
    chancellor diplomat envoy ambassador officer executive chief director chairman chairwoman chair
    mayor governor senator aide adviser advisor source sources analyst economist expert lawyer
    prosecutor judge manager coach captain player star singer actor actress founder
    boss head premier politician mp representative negotiator journalist editor correspondent
    comedian presenter host author writer blogger campaigner striker midfielder defender goalkeeper
    international veteran chief-executive attorney general solicitor commissioner inspector detective
    organiser organizer member mps ministers analysts experts critics economists observers officers
    campaigners activists residents witnesses aides insiders executives lawyers directors bosses
    police doctors nurses teachers scientists researchers correspondents investors traders performer musician
    artist rapper dancer chef designer athlete runner swimmer cyclist driver boxer golfer winger forward doctor
    surgeon nurse teacher pupil student scientist researcher professor novelist poet producer broadcaster
    victim survivor witness resident owner entrepreneur businessman businesswoman tycoon billionaire
    campaigner activist protester soldier commander pilot skipper barrister defendant suspect comic
    trader dealer broker banker footballer cricketer batsman bowler jockey trainer chairperson governor workers staff fans supporters
    neighbours shoppers passengers voters parents farmers villagers locals leaders employees firefighters
    rescuers medics paramedics diplomats negotiators prosecutors investigators inspectors organisers
    protesters demonstrators eyewitnesses survivors relatives families commentators pundits strategists
    advisers advisors allies colleagues rivals opponents backbenchers peers delegates""".split()
)
# Heads of a nominal that names a body ("the government", "the paper", "the firms").
ORG_NOUNS = set(
    """government ministry department administration company firm group party paper newspaper book
    report statement study survey watchdog regulator union council committee association agency
    commission court board bank club alliance coalition executive organisation organization
    think-tank institute website magazine firms companies groups body team side charity network
    broadcaster channel station agency authority authorities inquiry panel campaign consortium
    operator retailer airline carrier manufacturer maker makers giant industry""".split()
)
# Nouns that introduce a body by name: "investment firm Grant Samuel", "a new book, Brown's Britain".
_INTRODUCING = set(
    """firm firms company companies group body book paper newspaper magazine website bank charity agency
    watchdog regulator retailer airline carrier manufacturer maker makers giant party union club broadcaster
    channel station network consortium alliance coalition publisher insurer lender chain operator""".split()
)
# Relations are no titles: "his wife Sharon" does not make Sharon anything but a person.
_RELATIONS = {"wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "partner", "friend"}

NAME_TOKEN = r"(?:[A-Z][a-zà-ÿ]*[A-Z]?[a-zà-ÿ]+(?:[-’'][A-Z]?[a-zà-ÿ]+)*)"
_CAP_TOKEN = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Gov|Rep|Lt|Col|Sgt|St)\.|[A-Z][\w’'-]*(?:\.[A-Z])*\.?(?<![a-z]\.))"
# A run of capitalised words on one line, allowing lower-case "of"/"the"/particles between them.
CAP_RUN = re.compile(
    rf"{_CAP_TOKEN}(?:[ \t]+(?:(?:of|for|the|de|da|del|van|von|der|bin|al|le|la|di|dos)[ \t]+)*{_CAP_TOKEN})*"
)
_CONNECTOR = re.compile(r"[ \t]+(?:of|for|the)(?:[ \t]+(?:of|for|the))*[ \t]+")
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")


def norm(word: str) -> str:
    return word.lower().strip(".,;:’'").removesuffix("’s").removesuffix("'s").rstrip("’'")


def country_key(word: str) -> str | None:
    w = norm(word)
    if w in _COUNTRY:
        return _COUNTRY[w] or None
    return None


def _is_role_token(token: str) -> bool:
    w = norm(token)
    return w in ROLE_WORDS or ("-" in w and all(p in ROLE_WORDS for p in w.split("-")))


def _is_name_token(token: str) -> bool:
    t = _POSSESSIVE.sub("", token)
    if token.lower() in _PARTICLES:
        return True
    return bool(re.fullmatch(NAME_TOKEN, t)) and not _is_role_token(t) and norm(t) not in NON_NAME


@dataclass
class Entity:
    name: str
    kind: str = "person"  # or "org"
    roles: list[str] = field(default_factory=list)
    female: bool | None = None
    descriptors: set[str] = field(default_factory=set)  # "chancellor", "analyst": lower-case titles
    keyed: list[tuple[int, set[str]]] = field(default_factory=list)  # (where given, title words)
    aliases: set[str] = field(default_factory=set)  # an organisation's nouns: "firm", "book"
    plural: bool = False

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def role(self) -> str | None:
        """The title the article gives most often (ties: the first), without a leading article."""
        if not self.roles:
            return None
        return max(self.roles, key=lambda r: (self.roles.count(r), -self.roles.index(r)))

    def role_keys(self, before: int | None = None) -> set[str]:
        """Words of the titles and descriptions the article gives (those given before ``before``)."""
        keys: set[str] = set()
        for pos, words in self.keyed:
            if before is None or pos < before:
                keys |= words
        return keys


def nominal_head(words: list[str]) -> str:
    """The head noun of a description: "the secretary of state" → "secretary", "the new health
    minister for Wales" → "minister"."""
    lowered = [norm(w) for w in words]
    for i, w in enumerate(lowered[1:], 1):
        if w in {"of", "for", "at"} and words[i - 1][:1].islower() and lowered[i - 1] not in {"the", "a", "an", "his", "her", "their", "its"}:
            return lowered[i - 1]
    return lowered[-1]


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


def parse_person(run: str) -> tuple[str | None, str | None, bool | None]:
    """Like ``split_title_name`` but stricter about what a person's name is: honorifics and peers
    ("Lord Goldsmith"), post-nominals ("Frank Field MP"), possessives ("McConnell's"), no place or
    body words ("Chalfont St Peter", "Intelligence Unit"), and nothing owned ("the BBC's Talking
    Point"). Returns (role, name, female); name is None when the run names no person."""
    tokens = run.split()
    if tokens and tokens[-1].rstrip(".,") in _POST_NOMINALS and len(tokens) > 2:
        tokens = tokens[:-1]
    tokens = [t.rstrip(",") for t in tokens]
    if tokens and _POSSESSIVE.search(tokens[-1]):
        tokens[-1] = _POSSESSIVE.sub("", tokens[-1])
    i = len(tokens)
    while i > 0 and _is_name_token(tokens[i - 1]):
        i -= 1
    name = tokens[i:]
    while name and name[0].lower() in _PARTICLES:
        name = name[1:]
    pre = tokens[:i]
    # "Singer Dora Falk": a leading word that names an occupation describes the person.
    while len(name) > 2 and norm(name[0]) in PERSON_NOUNS:
        pre, name = pre + name[:1], name[1:]
    female: bool | None = None
    honorific = None
    if pre and norm(pre[-1]) in HONORIFICS | _PEERAGE:
        honorific = norm(pre[-1])
        female = honorific in _FEMALE if honorific not in {"dr", "prof", "mx", "sir", "lord", "lady"} else (
            True if honorific == "lady" else False if honorific in {"sir", "lord"} else None
        )
        if honorific in _PEERAGE and len(name) == 1:
            name = [pre[-1].rstrip(".")] + name
        pre = pre[:-1]
    if not name or len(name) > 4 or any(country_key(t) for t in name):
        return None, None, None
    if honorific is None and len(name) == 1 and any(_POSSESSIVE.search(t) and not country_key(t) for t in pre):
        return None, None, None  # "Mr Brown's International Finance Facility"
    # The role is the words before the name, less a sentence's opening words: "Wednesday Prime
    # Minister" → "Prime Minister", "But Fire Chief" → "Fire Chief".
    role_tokens = list(pre)
    while role_tokens and (role_tokens[0].lower() in _NOT_ROLE or norm(role_tokens[0]) in _NOT_ROLE):
        role_tokens = role_tokens[1:]
    if honorific is not None and not any(_is_role_token(t) for t in role_tokens):
        role_tokens = []  # "in California Mr Torvalds": a place before the name, not a title
    role = " ".join(role_tokens) or None
    if len(name) == 1 and honorific is None and not any(norm(t) in _PERSON_TITLES for t in role_tokens):
        return None, None, None  # a lone capitalised word is no evidence of a person ("National Statistics")
    return role, " ".join(name), female


# Nouns that a capitalised name can qualify: "the Talking Point programme", "the Clean Air plan".
_THINGS = set(
    """programme program show series newspaper paper magazine website site book film album song plan scheme
    index report campaign project fund award prize trophy cup event festival conference summit agreement deal
    law act bill policy strategy initiative system software service channel station brand label""".split()
)
_THING_ALT = "|".join(sorted(_THINGS, key=len, reverse=True))
_BUSINESS = {
    "firm", "company", "maker", "manufacturer", "retailer", "operator", "giant", "carrier", "airline", "bank",
    "insurer", "lender", "publisher", "chain", "broadcaster", "group",
}
_RELATION_GENDER = {
    **dict.fromkeys("mother wife daughter sister girlfriend widow grandmother aunt niece actress".split(), True),
    **dict.fromkeys("father husband son brother boyfriend widower grandfather uncle nephew".split(), False),
}
def is_person_head(head: str) -> bool:
    """Does a description with this head noun name a person ("minister", "analysts", "the
    61-year-old", "the mother-of-nine", "the Russian")?"""
    return head in DEMONYMS or (
        head in PERSON_NOUNS or re.sub(r"ies$", "y", head) in PERSON_NOUNS or bool(re.fullmatch(r"\d+-year-old", head))
        or head.split("-")[0] in PERSON_NOUNS | set(_RELATION_GENDER)
    )


def _gender_of_noun(noun: str) -> bool | None:
    """"spokeswoman", "actress", "mother-of-nine" → True; "chairman", "father" → False."""
    first = noun.split("-")[0]
    if first in _RELATION_GENDER:
        return _RELATION_GENDER[first]
    if first.endswith("woman") or first.endswith("ess") and first not in {"witness", "boss", "press"}:
        return True
    if first.endswith("man"):
        return False
    return None


_ADVERBS = {
    "meanwhile", "however", "also", "still", "indeed", "instead", "yet", "so", "then", "now", "later", "earlier",
    "rival", "fellow",
}
# "Russian Dmitriy Bogdanov", "Dutchman Arnoud Okken": a nationality before a full name.
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|man|woman)")
_CONNECTORS = {"of", "for", "the", "and", "a", "an"}
_NOT_ROLE = set(
    """of the and for a an but so yet however meanwhile also then now later earlier last this next on in at
    when while after before as if by with from to monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december""".split()
)


def _mask_quotes(text: str) -> str:
    """``text`` with the words inside double quotation marks blanked (same length)."""
    return re.sub(r"“[^”\n]*”|\"[^\"\n]*\"", lambda m: " " * len(m.group()), text)


def _after_capital(text: str, pos: int) -> bool:
    m = re.search(r"([\w’'-]+)\s+$", text[max(0, pos - 30) : pos])
    return bool(m and m.group(1)[0].isupper() and norm(m.group(1)) not in NON_NAME | _NOT_ROLE)


def _split_run(start: int, run: str) -> list[tuple[int, str]]:
    """Cut a capitalised run where "of"/"for"/"the" follows a name rather than a title word:
    "Stuart Hensel of the Economist Intelligence Unit" → "Stuart Hensel", "Economist Intelligence Unit";
    "Secretary of State" stays whole."""
    parts: list[tuple[int, str]] = []
    pos = 0
    for m in _CONNECTOR.finditer(run):
        before = run[pos : m.start()].split()
        if before and not _is_role_token(before[-1]) and norm(before[-1]) not in {"lord", "lady"}:
            parts.append((start + pos, run[pos : m.start()]))
            pos = m.end()
    parts.append((start + pos, run[pos:]))
    return parts


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
)
_DESCRIBING = {"the", "a", "an", "his", "her", "their", "its", "and", "of", "for", "former", "fellow", "new", "top", "senior"}


def _describes(word: str, ent: Entity) -> bool:
    """Can ``word`` stand in the title or description before ``ent``'s name?"""
    if word.endswith("ing") and word.lower() not in _DESCRIBING:
        return False  # "Describing Mr Jackson as …": a clause, not a title
    return (
        word[0].isupper() or word[0].isdigit() or word.lower() in _DESCRIBING or norm(word) in ent.descriptors
        or norm(word) in ROLE_WORDS or norm(word) in PERSON_NOUNS or "-" in word
    )


class Cast:
    """The people of one article and every place they are mentioned."""

    def __init__(self, text: str, body_start: int = 0) -> None:
        self.text = text
        self.body_start = body_start
        self.entities: list[Entity] = []
        self._mentions: list[Mention] = []
        self._positions: list[int] = []
        self._excluded: list[tuple[int, int]] = []  # sorted
        self._reach: list[int] | None = None
        self._sentence_starts = [0] + [s for p in paragraph_spans(text, body_start) for s, _ in sentence_spans(text, p.start, p.end)]
        self._collect(body_start)

    # -- building ---------------------------------------------------------------------------
    def _collect(self, body_start: int) -> None:
        text = self.text
        full: list[tuple[int, int, str, str | None, bool | None]] = []
        lower_words = set(re.findall(r"\b[a-z][a-z’'-]+\b", text))
        org_runs = self._introduced_orgs(body_start)
        for m in CAP_RUN.finditer(text, body_start):
            # "Port Alden coach Viktor Hale": a name that only qualifies the person after it.
            between = re.match(r"((?:\s+[a-z][\w-]*){1,3})\s+[A-Z]", text[m.end() : m.end() + 60])
            titles = between.group(1).split() if between else []
            if titles and all((w in ROLE_WORDS or w in PERSON_NOUNS) and w not in _CONNECTORS for w in titles):
                nxt = CAP_RUN.search(text, m.end())
                if nxt and parse_person(nxt.group())[1] and not parse_person(m.group())[2]:
                    continue
            # "the BBC's Talking Point programme": a name that qualifies a thing is no person.
            if re.match(rf"\s+(?:{_THING_ALT})\b", text[m.end() : m.end() + 30]):
                continue
            for start, surface in _split_run(m.start(), m.group()):
                if any(s <= start < e for s, e, _ in org_runs):
                    continue
                role, name, female = parse_person(surface)
                # "Meanwhile Antony Blinken": a leading word the article also writes in lower case
                # is an ordinary word that happens to start the sentence.
                while name and len(name.split()) > 1 and (
                    name.split()[0].lower() in lower_words or name.split()[0].lower() in _NOT_ROLE | _ADVERBS
                    or (len(name.split()) > 2 and _DEMONYM.fullmatch(name.split()[0]))
                ):
                    name = name.split(" ", 1)[1]
                known = False
                occupation = re.search(r"\b([a-z]+)[ \t]+$", text[max(0, start - 30) : start])
                if name is None and " " not in surface.strip() and occupation:
                    occupation = occupation.group(1)
                    token = _POSSESSIVE.sub("", surface.strip())
                    if (
                        occupation in PERSON_NOUNS and occupation not in _SOURCE_HEADS_PLURAL
                        and re.fullmatch(r"[A-Z][\w-]+", token) and norm(token) not in NON_NAME and token.lower() not in lower_words
                    ):
                        name, known = token, True  # "Rap star Jay-Z", "singer Madonna"
                        female = _gender_of_noun(occupation)
                if name and (len(name.split()) >= 2 or role or female is not None or known):
                    full.append((start, start + len(surface), name, role, female))
        # Full names first, then "Mr Hensel" / "Minister Leyva" attach to them (or stand alone).
        for multi in (True, False):
            for start, end, name, role, female in full:
                if (len(name.split()) >= 2) != multi:
                    continue
                ambiguous = not multi and sum(
                    e.kind == "person" and e.surname == name and (female is None or e.female in (None, female)) for e in self.entities
                ) > 1
                ent = self._entity_for(name, create=True, pos=start, female=female)
                if ambiguous:
                    female = None  # "Mr Jackson" with a Michael and a Katherine Jackson: say nothing of either
                relation = re.search(r"\b([a-z]+)\s+$", text[max(0, start - 20) : start])
                if female is None and relation and relation.group(1) in _RELATION_GENDER:
                    female = _RELATION_GENDER[relation.group(1)]  # "his mother Katherine Jackson"
                keys = self._descriptors(start, end)
                if role:
                    ent.roles.append(role)
                    for w in role.split():
                        keys.add(country_key(w) or norm(w))
                        keys.update(norm(w).split("-"))
                if female is not None and ent.female is None:
                    ent.female = female
                ent.descriptors |= keys
                ent.keyed.append((start, keys))
        for s, e, name in org_runs:
            org = self.add_org(name, s)
            org.aliases |= self._org_alias(s)
        self._register_mentions()
        self._learn_genders()

    def _introduced_orgs(self, body_start: int) -> list[tuple[int, int, str]]:
        """Bodies the article introduces by what they are: "investment firm Grant Samuel",
        "Technology firms Sony, Philips and Samsung", "a new book, Brown's Britain,"."""
        out: list[tuple[int, int, str]] = []
        run = rf"{CAP_RUN.pattern}"
        nouns = "|".join(sorted(_INTRODUCING, key=len, reverse=True))
        pat = re.compile(
            rf"\b(?P<noun>{nouns})(?:,)?\s+(?P<name>{run}(?:(?:,\s+{run})*,?\s+and\s+{run})?)(?=[\s,.;:])"
        )
        for m in pat.finditer(self.text, body_start):
            name = m.group("name")
            if re.match(r"(?:The|A|An|His|Her|Its|Their|But|And|In|On|At)\b", name):
                continue
            if m.group().find(",") != -1 and m.group().find(",") < m.start("name") - m.start():
                # "a new book, Brown's Britain," only when a comma closes the appositive too.
                after = self.text[m.end("name") : m.end("name") + 1]
                if after != ",":
                    continue
            out.append((m.start("name"), m.end("name"), name.rstrip(",")))
        return out

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
        nearest = norm(tokens[-1]) if tokens else ""
        if nearest in ROLE_WORDS or nearest in PERSON_NOUNS or nearest.rstrip("s") in PERSON_NOUNS:
            for w in reversed(tokens):
                if not re.fullmatch(r"[\w’'-]+", w) or w.lower() in _DESCRIPTOR_STOP or w.lower() in _RELATIONS:
                    break
                if _LOWER_WORD.fullmatch(w) or w[0].isupper():
                    words.add(norm(w))
        m = re.match(r",\s+(?!who\b|which\b|whose\b)(?:(?:a|an|the)\s+)?((?:[\w’'-]+\s+){0,5}?[\w’'-]+)(?=\s+(?:of|at|for|in|from|and)\b|,|\.)", self.text[end : end + 80])
        if m:
            words.update(norm(w) for w in m.group(1).split() if _LOWER_WORD.fullmatch(w))
        return {w for w in words if w not in _DESCRIPTOR_STOP}

    def _register_mentions(self) -> None:
        """Every mention by full name, "Mr Surname", surname or a first name only this person has.
        A surname two people share goes to the one last named in full (or by first name)."""
        text = self.text
        people = [e for e in self.entities if e.kind == "person"]
        firsts: dict[str, list[Entity]] = {}
        for e in people:
            if len(e.name.split()) >= 2 and norm(e.name.split()[0]) not in _PEERAGE:
                firsts.setdefault(e.name.split()[0], []).append(e)
        found: list[tuple[int, int, str, list[Entity]]] = []
        for e in people:
            # not inside a longer name: "Def Jam" in "The Island Def Jam Music Group"
            found += [(m.start(), m.end(), "full", [e]) for m in re.finditer(rf"\b{re.escape(e.name)}\b(?!\s+[A-Z][a-z])", text)]
        for first, ents in firsts.items():
            if len(ents) == 1:
                # "Ozzy gave her", "his wife Sharon", but not "the Two Ronnies star"
                alone = rf"(?<![A-Z][\w’'-] )(?<![A-Z][\w’'-]{{2}} )\b{re.escape(first)}\b(?!\s+[A-Z])"
                found += [(m.start(), m.end(), "full", ents) for m in re.finditer(alone, text) if not _after_capital(text, m.start())]
        by_surname: dict[str, list[Entity]] = {}
        for e in people:
            by_surname.setdefault(e.surname, []).append(e)
        for surname, ents in by_surname.items():
            found += [(m.start(), m.end(), "surname", ents) for m in re.finditer(rf"\b{re.escape(surname)}\b", text)]
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
                for m in re.finditer(rf"\b{re.escape(ent.name)}", text):
                    self._mentions.append(Mention(m.start(), m.end(), ent))
        self._mentions.sort(key=lambda m: m.pos)
        self._positions = [m.pos for m in self._mentions]

    def _first_pos(self, ent: Entity) -> int:
        m = re.search(rf"\b{re.escape(ent.name)}\b", self.text[self.body_start :])
        return self.body_start + m.start() if m else len(self.text)

    def _learn_genders(self) -> None:
        """Guess "he" or "she" for each person from the pronouns that follow their mentions (up to
        the next person mentioned, within the sentence, outside quotation marks): "Elena Sarr said
        her side ...". A subject pronoun counts twice: "gave her" says less than "she said"."""
        text = _mask_quotes(self.text)
        votes: dict[int, list[int]] = {}
        mentions = [m for m in self._mentions if m.ent.kind == "person"]
        for m, nxt in zip(mentions, mentions[1:] + [None]):
            if m.ent.female is not None or self._possessive(m):
                continue  # "X's mother said she …" says nothing of X
            i = bisect_right(self._sentence_starts, m.pos)
            sentence_end = self._sentence_starts[i] if i < len(self._sentence_starts) else len(text)
            end = min(nxt.pos if nxt else len(text), sentence_end, text.find("\n\n", m.pos) % (len(text) + 1) or len(text))
            window = text[m.pos : end]
            he = 2 * len(re.findall(r"\bhe\b", window, re.I)) + len(re.findall(r"\b(?:his|him|himself)\b", window, re.I))
            she = 2 * len(re.findall(r"\bshe\b", window, re.I)) + len(re.findall(r"\b(?:her|hers|herself)\b", window, re.I))
            tally = votes.setdefault(id(m.ent), [0, 0])
            tally[0] += he
            tally[1] += she
        for ent in self.entities:
            he, she = votes.get(id(ent), (0, 0))
            if ent.female is None and he != she and max(he, she) >= 2 * min(he, she) + 1:
                ent.female = she > he

    def _entity_for(self, name: str, create: bool, pos: int | None = None, female: bool | None = None) -> Entity | None:
        for ent in self.entities:
            if ent.name == name:
                return ent
        surname = name.split()[-1]
        if len(name.split()) == 1:
            same = [e for e in self.entities if e.kind == "person" and e.surname == surname]
            if female is not None:  # "Mr Jackson" is not his mother, Katherine Jackson
                same = [e for e in same if e.female in (None, female)] or same
            if len(same) > 1 and pos is not None:
                named_before = [(self.text.rfind(e.name, 0, pos), e) for e in same]
                return max(named_before, key=lambda pe: pe[0])[1]
            if same:
                return same[0]
        if not create:
            return None
        ent = Entity(name)
        self.entities.append(ent)
        return ent

    def add_org(self, name: str, pos: int, plural: bool = False) -> Entity:
        for ent in self.entities:
            if ent.name == name or (ent.kind == "org" and ent.name.lower() == name.lower()):
                self.note(pos, ent)
                return ent
        ent = Entity(name, kind="org", plural=plural)
        self.entities.append(ent)
        self.note(pos, ent)
        return ent

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

    def set_sentences(self, starts: list[int]) -> None:
        """Sentence starts that keep each quote whole (the analyser's), for pronoun distances."""
        self._sentence_starts = sorted({0, *starts})

    def exclude(self, start: int, end: int) -> None:
        """Words someone says: people named there are spoken about, not speaking."""
        i = bisect_right(self._excluded, (start, end))
        self._excluded.insert(i, (start, end))
        self._reach = None

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
        surface = _POSSESSIVE.sub("", surface.strip())
        for ent in self.entities:
            if ent.name == surface:
                return ent
        role, name, female = parse_person(surface)
        if name is None:
            toks = surface.split()
            if len(toks) == 1 and re.fullmatch(NAME_TOKEN, toks[0]) and norm(toks[0]) not in NON_NAME:
                name = toks[0]
            else:
                return None
        for ent in self.entities:
            if ent.name == name:
                return ent
        surname = name.split()[-1]
        candidates = [e for e in self.entities if e.kind == "person" and (e.surname == surname or e.name.split()[0] == name)]
        if len(name.split()) > 1:
            candidates = [e for e in candidates if e.name.split()[0] == name.split()[0]] or candidates
        if female is not None:  # "Mr Jackson", "Mrs Jackson"
            candidates = [e for e in candidates if e.female in (None, female)] or candidates
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

    def _is_subject(self, i: int) -> bool:
        """A cue speaker, or someone named at the head of their sentence (after its opening
        adverbial and the titles that introduce them): "At a dinner, former president Nelson
        Mandela backed …" but not "The claims about Lord Falconer …"."""
        m = self._mentions[i]
        if m.cue:
            return True
        prefix = self.text[self._sentence_start(m.pos) : m.pos]
        # after an opening adverbial ("At a dinner on Friday, …"), not after a noun phrase and its aside
        variants = [prefix] + ([prefix.split(",", 1)[1]] if "," in prefix and _FRONTED.match(prefix) else [])
        for v in variants:
            v = _OPENING.sub("", v.strip(" \"“”‘’'"))
            if all(_describes(w, m.ent) for w in re.findall(r"[\w’'.-]+", v)):
                return True
        return False

    def _possessive(self, m: Mention) -> bool:
        return bool(re.match(r"(?:’s|'s|’|')(?:\s|$)", self.text[m.end : m.end + 3])) and m.end > m.pos

    def by_pronoun(self, pronoun: str, pos: int) -> Entity | None:
        """The entity "he", "she", "it" or "they" stands for at ``pos``: a subject of this or the
        previous sentence, else the nearest fitting entity there, else the nearest earlier subject.
        Someone whose gender the article makes known beats someone it does not."""
        p = pronoun.lower()
        if p in {"he", "him", "his"}:
            fits = lambda e: e.kind in {"person", "source"} and e.female is not True
        elif p in {"she", "her"}:
            fits = lambda e: e.kind in {"person", "source"} and e.female is not False
        elif p in {"it", "its"}:
            fits = lambda e: e.kind == "org" and not e.plural
        else:  # they: a body or a group of people
            fits = lambda e: e.kind == "org"
        known = (lambda e: e.female is not None) if p in {"he", "him", "his", "she", "her"} else (lambda e: True)
        here = self._sentence_index(pos)
        near: list[tuple[Entity, bool]] = []  # this and the previous sentence, nearest first
        far_subjects: list[Entity] = []
        fallback: Entity | None = None
        for i in range(bisect_right(self._positions, pos) - 1, -1, -1):
            m = self._mentions[i]
            if m.pos >= pos or not fits(m.ent) or self._is_excluded(m.pos) or (self._possessive(m) and not self._is_subject(i)):
                continue
            if here - self._sentence_index(m.pos) <= 1:
                near.append((m.ent, self._is_subject(i)))
                continue
            if near:
                break
            fallback = fallback or m.ent
            if self._is_subject(i):
                far_subjects.append(m.ent)
                if known(m.ent) or len(far_subjects) > 3:
                    break
        subjects = [e for e, subj in near if subj]
        if subjects:
            return subjects[0] if known(subjects[0]) else next((e for e in subjects if known(e)), subjects[0])
        if near:
            return near[0][0]
        return far_subjects[0] if far_subjects else fallback

    def by_alias(self, noun: str, pos: int) -> Entity | None:
        """"the firm", "the book": the nearest body the article introduced as one ("the company"
        for a firm introduced as a "software maker")."""
        if noun in _BUSINESS:
            return self.nearest(pos, lambda e: e.kind == "org" and bool(e.aliases & _BUSINESS))
        return self.nearest(pos, lambda e: e.kind == "org" and noun in e.aliases)

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
        head = nominal_head(words)
        gender = _gender_of_noun(head)
        if head in DEMONYMS and len(words) == 1:
            # "Kuznetsova says … The Russian said …": the person just speaking.
            for i in range(bisect_right(self._positions, pos) - 1, -1, -1):
                m = self._mentions[i]
                if m.ent.kind == "person" and not self._is_excluded(m.pos) and self._is_subject(i):
                    return m.ent
        if re.fullmatch(r"\d+-year-old", head) or head.split("-")[0] in _RELATION_GENDER or (head in DEMONYMS and len(words) == 1):
            head = "person"  # "the 61-year-old", "the mother-of-nine", "the Russian": somebody already named
        countries = {k for w in words if (k := country_key(w))}
        modifiers = {w for w in lowered if w not in {"of", "the", head} and not country_key(w)}
        # "the attorney general" is not the Solicitor General; "the US’ top foreign policy official" may
        # be the Secretary of State (only a title's own words must match).
        titled = {w for w in modifiers if w in ROLE_WORDS and w not in {"top", "new", "former", "senior"}} if head in ROLE_WORDS else set()
        heads = {head} | {h for w in modifiers for h in _INSTITUTION_HEADS.get(w, ())} if head in _GENERIC_HEADS else {head}
        best: tuple[float, int] | None = None
        chosen: Entity | None = None
        for ent in self.entities:
            if ent.kind != "person":
                continue
            keys = ent.role_keys(pos)
            if not keys:
                continue
            if (_RANKS & keys) - set(lowered) or titled - keys:
                continue  # "the prime minister" is not the Deputy Prime Minister
            score = 3.0 * bool(heads & keys) + 2.0 * len(countries & keys) + 0.5 * len(modifiers & keys)
            if score < 2.0:
                continue
            last = self._last_pos(ent, pos)
            recency = -(pos - last) if last is not None else -len(self.text)
            if best is None or (score, recency) > best:
                best, chosen = (score, recency), ent
        if chosen is not None or (head not in PERSON_NOUNS and head != "person") or head in _SOURCE_HEADS or not fallback:
            return chosen
        return self._most_named(pos, head, gender, after=pos + len(phrase))

    def _most_named(self, pos: int, head: str, female: bool | None = None, after: int | None = None) -> Entity | None:
        """The person named most often before ``pos`` (ties: the first named) whose own titles do not
        contradict ``head``; if nobody is named yet, the next person the article names."""
        counts: dict[int, int] = {}
        first: dict[int, int] = {}
        for m in self._mentions:
            if m.ent.kind != "person" or m.pos >= pos or self._is_excluded(m.pos):
                continue
            counts[id(m.ent)] = counts.get(id(m.ent), 0) + 1
            first.setdefault(id(m.ent), m.pos)
        titled = head in ROLE_WORDS
        people = [e for e in self.entities if e.kind == "person" and id(e) in counts and (female is None or e.female in (None, female))]
        fitting = [e for e in people if not (titled and e.role_keys(pos) - _RELATIONS and head not in e.role_keys(pos))]
        pool = fitting or people
        if pool:
            return max(pool, key=lambda e: (counts[id(e)], -first[id(e)]))
        later = [m for m in self._mentions if m.pos >= (after or pos) and m.ent.kind == "person"]
        return later[0].ent if later else None

    def _last_pos(self, ent: Entity, pos: int) -> int | None:
        """Where ``ent`` was last mentioned at or before ``pos``, if at all."""
        for i in range(bisect_right(self._positions, pos) - 1, -1, -1):
            if self._mentions[i].ent is ent:
                return self._mentions[i].pos
        return None


_SOURCE_HEADS_PLURAL = {"officials", "sources", "analysts", "experts", "critics", "police", "staff", "fans"}
# "the city's top official" is its mayor: the titles that head an institution.
_GENERIC_HEADS = {"official", "boss", "chief", "head", "leader", "figure"}
_INSTITUTION_HEADS = {
    "city": ("mayor",), "town": ("mayor",), "council": ("leader", "mayor"), "club": ("manager", "chairman"),
    "team": ("manager", "coach", "captain"), "company": ("executive", "chief", "ceo", "chairman"),
    "firm": ("executive", "chief", "ceo", "chairman"), "union": ("leader", "secretary", "president"),
    "party": ("leader",), "country": ("president", "prime"), "government": ("prime", "president", "minister"),
    "hospital": ("executive", "chief"), "school": ("head", "headteacher", "principal"),
}
# Unnamed sources: "a spokesman", "officials", "the Trafford Centre spokeswoman" are reported as named.
_SOURCE_HEADS = {
    "spokesman", "spokeswoman", "spokesperson", "source", "sources", "official", "officials", "aide",
    "aides", "insider", "insiders", "analysts", "experts", "critics", "economists", "observers",
    "police", "witnesses", "residents", "ministers", "correspondents", "campaigners", "activists",
    "officers", "executives", "lawyers", "directors", "bosses", "mps", "members", "doctors", "nurses",
    "teachers", "scientists", "researchers", "investors", "traders", "workers", "staff", "fans", "supporters",
    "neighbours", "shoppers", "passengers", "voters", "parents", "farmers", "villagers", "locals", "leaders",
    "employees", "firefighters", "rescuers", "medics", "paramedics", "diplomats", "negotiators", "prosecutors",
    "investigators", "inspectors", "organisers", "protesters", "demonstrators", "eyewitnesses", "survivors",
    "relatives", "families", "commentators", "pundits", "strategists", "advisers", "advisors", "allies",
    "colleagues", "rivals", "opponents", "backbenchers", "peers", "delegates",
}
SOURCE_HEADS = frozenset(_SOURCE_HEADS)
