"""Whether a sentence gives what a question asks for: a name, date, place, number or measure of the
question's kind (``holds_answer_type``, ``type_match``), the date grain asked for (``exact_when``),
a word for what a "how many" question counts, a role next to a person's name, the doer after "by",
a number before the thing counted, or the opposite of a word the question asks about
(``says_the_opposite``). Sentence-side helpers of ``qa/answer.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .index import Index
from .lexical import tokenize
from .names import DEMONYMS, PERSON_NOUNS, ROLE_WORDS
from .question import ASKED_NOUN_END, MEASURES, MONTHS, ROLE_EQUALS, WEEKDAYS, WHEN_GRAIN, Question
from .quote_patterns import IRREGULAR_PAST
from .speakers import CAP_RUN, split_title_name

# A century in words: "the early nineteenth century", "the twenty-first century".
_CENTURY_WORDS = (
    r"(?:(?:twenty|thirty)-?\s?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)"
)
_DATE = re.compile(
    # a year or a decade ("the 1990s"), a century ("the 19th century", "the nineteenth century"), a
    # date before the present or the era ("~11,600 BP", "500 BC", "AD 79"), a weekday or month, or a
    # word for a time
    rf"\b(?:\d{{4}}s?|\d{{1,2}}(?:st|nd|rd|th)[ -]centur(?:y|ies)|{_CENTURY_WORDS}[ -]centur(?:y|ies)|\d[\d,.]*\s?(?:BP|BC|BCE)|(?:AD|CE)\s?\d{{1,4}}|{WEEKDAYS}|{MONTHS}|"
    r"yesterday|today|tomorrow|tonight|overnight|week|weekend|month|year|decade|century|spring|summer|autumn|winter|season|"
    # a time counted back ("66 million years ago") or a war that dates it ("after World War II")
    r"(?:years|months|weeks|days|decades|centuries)\s+ago|World\s+War\s+(?:I{1,2}|One|Two|[12])|(?:First|Second)\s+World\s+War)\b"
)
# A digit after a letter is part of a name ("MP3", "G8"), not a number.
_NUMBER = re.compile(r"(?<![^\W\d_])(?:\d[\d,.]*\d|\d)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|dozen)\b", re.I)
_AMOUNT = re.compile(r"[$€£¥]|(?<![^\W\d_])\d|\b(?:hundreds?|thousands?|millions?|billions?|trillions?|percent|per cent|half|quarter|third|double|twice)\b", re.I)
# How much, without a number: "over half", "a third", "twice", "ten times their own weight".
_FRACTION_OR_MULTIPLE = re.compile(
    r"\b(?:half|quarter|third|double|twice|(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|many) times)\b", re.I
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_PLACE = re.compile(
    r"\b(?:in|at|from|to|near|inside|outside|on|within|across|throughout|through|along|around|into|between|beyond)\s+(?:the\s+)?"
    rf"(?!(?:{WEEKDAYS}|{MONTHS})\b)([A-Z][\w’'-]+)|"
    # a common place: "after spotting him in a pub", "at their farmhouse", "at the party's London HQ"
    r"\b(?:in|at|inside|outside|near|on|off)\s+(?:a|an|the|his|her|their|its|our|my)\s+(?:[A-Za-z’'-]+\s+){0,2}?"
    r"(pub|bar|club|hotel|restaurant|cafe|school|hospital|church|park|garden|house|home|flat|studio|farmhouse|"
    r"stadium|prison|shop|village|town|city|airport|station|museum|theatre|cinema|university|college|kitchen|library|"
    r"island|beach|coast|farm|ship|boat|street|road|square|camp|base|factory|plant|refinery|office|headquarters|HQ|"
    r"court|centre|center|arena|hall|market|port|harbour|harbor|border|estate|palace|castle|cathedral|mine|warehouse)\b|"
    # a kind of place with no determiner: "by land and sea", "in rural areas", "to global markets",
    # or a word that says where by itself ("abroad")
    r"\b(?:in|at|to|into|across|by|on|from|over)\s+(?:[a-z-]+\s+)?(areas|regions|markets|countries|cities|towns|villages|"
    r"communities|land|sea|air)\b|\b(abroad|overseas|offshore|nationwide|worldwide)\b|"
    # a place made an adjective: "a Geneva-based company", "the London-born singer"
    r"(?<=[\w,] )([A-Z][\w’']+)-(?:based|born|headquartered|registered|listed)\b"
)


def exact_when(question: str, sentence: str) -> bool:
    """A "which day of the week / what year / which month" question whose sentence gives just that."""
    return any(asks.search(question) and gives.search(sentence) and not gives.search(question) for asks, gives in WHEN_GRAIN)


# "When will the trial end?", "When is the report due?": a time still to come, which a sentence
# about what has happened does not give ("… began testimony on Friday"); "due to" a thing is
# "because of" ("rose due to a cold winter"), "due to" a verb a time to come ("due to meet").
_ASKS_FUTURE = re.compile(r"^\s*when\s+(?:will|shall|(?:is|are)\b.*\b(?:due|expected|set|scheduled|planned|to\s+be)\b)", re.I)
_SPEAKS_OF_FUTURE = re.compile(
    r"\b(?:will|would|shall|[a-z]+[’']ll|"
    r"due(?!\s+to\s+(?:a|an|the|its|his|her|their|this|that|these|those|[a-z]+(?:ing|ion|ions|ness|ment|ments|ity|ies|s))\b)|"
    r"expect(?:s|ed|ing)?|set\s+to|to\s+be|plans?|planned|planning|scheduled|intends?|"
    r"(?:hopes?|hoping|aims?|aiming)\s+to|next|later|"
    r"forthcoming|upcoming|coming|soon|from\s+now|until|by\s+the\s+end|in\s+(?:the\s+)?(?:future|spring|summer|autumn|winter))\b",
    re.I,
)


def future_unmet(question: str, sentence: str) -> bool:
    """A question about when something will happen whose sentence speaks of no time to come."""
    return bool(_ASKS_FUTURE.match(question)) and not _SPEAKS_OF_FUTURE.search(sentence)


_DEMONYM_PLURAL = re.compile(r"\b[A-Z][a-z]+(?:ians|eans|ans|ese)\b")  # "Americans", "Chinese"
# Units a sentence may write another way ("sq mi", "km2").
_UNITS = {"mile", "ton", "kilometr", "metr", "meter", "feet", "foot", "pound", "kilogram", "gram", "litr", "liter",
          "gallon", "acr", "hectar", "inch", "yard", "km"}
# Words that count people, beside the occupations and groups of ``PERSON_NOUNS`` and demonyms.
_PEOPLE_WORDS = frozenset(tokenize(
    "people persons individuals inhabitants citizens adults children users visitors crew members workers employees "
    "customers consumers viewers listeners readers fans spectators patients students pupils victims refugees migrants "
    "immigrants casualties soldiers troops civilians dead deaths killed injured wounded unmanned population"
)) | frozenset(tokenize(" ".join(PERSON_NOUNS | DEMONYMS)))


def count_of_something_else(index: Index, q: Question, best: int) -> bool:
    """A "how many NOUN" question whose answer sentence has no word for the noun ("How many barrels
    a day?" answered by a sentence counting dollars): forms by the first four letters of the stem
    ("casinos" for "casino", "gigatons" for "tons"); people by any word for people ("30,000
    inhabitants", "22 million Americans"); units are not checked."""
    if not q.counted or q.counted in _UNITS:
        return False
    tokens = index.sentence_bm25.tokens(best)
    if q.counted in {"peopl", "person"}:
        return not (set(tokens) & _PEOPLE_WORDS or _DEMONYM_PLURAL.search(index.sentence_text(best)))
    return not any(q.counted[:4] in t for t in tokens)


# Words and their opposites. A question that asks about "the lowest court" is not answered by a
# sentence on "the highest court" (SQuAD 2.0 makes a fifth of its unanswerable questions this way).
# Left out: words a paraphrase swaps for their opposite freely, relations read from either end
# ("before" / "after", "north of" / "south of", "above" / "below", "imports" / "exports", "won" /
# "lost", "started" / "ended", "allowed" / "banned"), and words with other senses ("old", "light",
# "long", "left", "big" and "small" in "how big").
_OPPOSITE_PAIRS = (
    "first last, largest smallest, biggest smallest, most least, more less, more fewer, highest lowest, "
    "higher lower, high low, earliest latest, oldest youngest, older younger, longest shortest, longer shorter, "
    "increase decrease, increased decreased, increases decreases, increase reduce, increased reduced, "
    "rise fall, rose fell, best worst, better worse, strongest weakest, stronger weaker, strong weak, "
    "maximum minimum, major minor, positive negative, success failure, successful unsuccessful, "
    "accept reject, accepted rejected, include exclude, included excluded, public private, "
    "northern southern, eastern western, upper lower, inner outer, internal external, domestic foreign, "
    "ancient modern, legal illegal, agree disagree, support oppose, supported opposed, rich poor, hot cold, "
    "wet dry, true false, same different, common rare, majority minority, male female, men women, "
    "boys girls, natural artificial, wide narrow, widest narrowest, deep shallow, deepest shallowest, "
    "cheap expensive, "
    "richest poorest, wealthiest poorest, fastest slowest, hottest coldest, warmest coldest, easiest hardest, "
    "heaviest lightest, tallest shortest, thickest thinnest, nearest farthest, closest farthest, "
    "richer poorer, faster slower, hotter colder, warmer colder, easier harder, heavier lighter, taller shorter, "
    "easy difficult, safe dangerous, offensive defensive, senior junior, upstream downstream, input output, "
    "permanent temporary, direct indirect, formal informal, official unofficial, voluntary compulsory, "
    "visible invisible, possible impossible, likely unlikely, popular unpopular, "
    "father mother, son daughter, sons daughters, brother sister, brothers sisters, husband wife, king queen, "
    "prince princess, uncle aunt, grandfather grandmother"
)
OPPOSITES: dict[str, frozenset[str]] = {}
for _pair in _OPPOSITE_PAIRS.split(", "):
    _a, _b = _pair.split()
    OPPOSITES[_a] = OPPOSITES.get(_a, frozenset()) | {_b}
    OPPOSITES[_b] = OPPOSITES.get(_b, frozenset()) | {_a}
_WORD = re.compile(r"[a-z]+")
_HOW_MEASURE = re.compile(r"\bhow ([a-z]+)")
# "last" that is no end of a series: the one before this in the calendar ("last October", "last
# year") or "most recently" before a verb ("since he last played", "when did she last win?"); but
# after a determiner it is an end ("the last week of the season", "did the last train leave").
_LAST = re.compile(r"(?:\b([\w’'-]+)\s+)?\blast\s+(?=([\w’'-]+))", re.I)
_CALENDAR = re.compile(rf"(?:{WEEKDAYS}|{MONTHS}|week|weekend|month|year|season|night|spring|summer|autumn|winter)$", re.I)
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "our", "my", "your"}


def _ends_only(text: str) -> str:
    """``text`` without the words "last" that are no end of a series."""

    def drop(m: re.Match) -> str:
        before, after = (m.group(1) or "").lower(), m.group(2).lower()
        if before in _DETERMINERS:
            return m.group()
        past = after.endswith("ed") or after in IRREGULAR_PAST
        did = re.search(r"\bdid\s+(?:[\w’'-]+\s+){0,3}$", text[: m.start(0) + len(m.group(1) or "") + 1], re.I)
        if _CALENDAR.match(after) or past or did:
            return m.group(1) + " " if m.group(1) else ""
        return m.group()

    return _LAST.sub(drop, text)


def says_the_opposite(question: str, sentence: str) -> tuple[str, str] | None:
    """A word of the question and its opposite, when the sentence has the opposite and not the word
    ("What is the lowest court?" and "… is the highest court"). The word after "how" asks for a
    measure, not one end of it ("How high is the tower?" is answered by "a low tower of 20 m")."""
    asked = _ends_only(question).lower()
    words = set(_WORD.findall(asked)) - set(_HOW_MEASURE.findall(asked))
    said = set(_WORD.findall(_ends_only(sentence).lower()))
    for word in sorted(words & OPPOSITES.keys()):
        if word in said:
            continue
        opposite = next((o for o in sorted(OPPOSITES[word]) if o in said and o not in words), None)
        if opposite:
            return word, opposite
    return None


def type_match(q: Question, text: str) -> float:
    if q.kind == "when":
        # "Which day of the week …?" is answered by a weekday, "In what year …?" by a year.
        grain = next((gives for asks, gives in WHEN_GRAIN if asks.search(q.text)), _DATE)
        return float(bool(grain.search(text)))
    if q.kind == "number":
        return float(bool(_NUMBER.search(text)))
    if q.kind in {"who", "where"}:
        return float(holds_answer_type(q, text))
    if q.kind in MEASURES:
        return float(bool(MEASURES[q.kind][1].search(text)))
    if q.kind == "title":
        return float(_titled(q.people, text))
    if q.kind == "identity":
        return float(introduces(q.people, text))
    return 0.0


def _titled(people: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` gives one of ``people`` a title before their name ("Foreign Minister Alvaro
    Leyva")."""
    for m in CAP_RUN.finditer(text):
        role, name, _ = split_title_name(m.group())
        if role and name and any(p in name.split() for p in people):
            return True
    return False


# Words for what someone is: a job, a title or a kind of person.
_DESCRIBING = frozenset(PERSON_NOUNS | ROLE_WORDS) - {"and", "of", "for", "the"}


def introduces(people: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` says who one of ``people`` is: a title, job or owner right before the name
    ("Foreign Minister Alvaro Leyva", "chief executive Steven Theede", "Chelsea's William Gallas"),
    or a description after it ("Gerhard Romen, head of market development at Nokia", "Tony Banks,
    Labour MP for West Ham", "Ann Roe, 43, a teacher", "Ann Roe (Labour)")."""
    if _titled(people, text):
        return True
    for person in people:
        for m in re.finditer(rf"\b{re.escape(person)}\b", text):
            before = re.findall(r"[\w’'-]+", text[max(0, m.start() - 40) : m.start()])
            given = [w for w in before if w[0].isupper()]  # a first name between: "manager Jose Mourinho"
            job = before[: len(before) - len(given[-1:])] if given and before[-1] == given[-1] else before
            if job and (job[-1].lower() in _DESCRIBING or re.fullmatch(r"[A-Z][\w&.-]*[’']s", job[-1])):
                return True
            after = text[m.end() :]
            if re.match(r"\s+\([A-Z]|,?\s+who\s+(?:is|was)\b", after):
                return True
            described = re.match(r",\s+(?:\d{1,3},\s+)?((?:[\w’'&.-]+\s+){0,4}?[\w’'&.-]+)(?=\s+(?:of|at|for|in|with|from|and)\b|[,.;:]|$)", after)
            if described and any(w.lower().strip("’'") in _DESCRIBING for w in described.group(1).split()):
                return True
    return False


# "Which company bought …?", "Which bank lent …?", "Which firms have been suspended …?": a body asked
# for by what it is, which its name answers (the noun followed by a verb or a preposition: not "Which
# company's shares …?"; not "What body …?", "What group of scientists …?", answered by a kind).
_WHICH_BODY = re.compile(
    r"\s*which\s+(?:[\w-]+\s+){0,2}?(?:compan(?:y|ies)|firms?|banks?|organi[sz]ations?|bod(?:y|ies)|agenc(?:y|ies)|"
    r"charit(?:y|ies)|teams?|clubs?|part(?:y|ies)|unions?|networks?|broadcasters?|newspapers?|airlines?|retailers?|"
    r"manufacturers?|carmakers?|publishers?|labels?|institutions?|universit(?:y|ies))" + ASKED_NOUN_END
)


# A money question about a price, which "is free" answers ("How much do tickets cost?"), not about a
# sum earned, lost, raised or spent ("How much money does the firm lose to piracy?").
_ASKS_PRICE = re.compile(r"\b(?:cost|costs|price|prices|priced|fee|fees|charge|charges|charged|pay|pays|paid|sell|sells|sold|retail|retails|tickets?)\b")


# "How large / big / tall / wide / heavy is X?" asks for a size, which a number gives ("discounts of up to
# 50%", "5,500 km2", "twice the size"), not a sentence that only names the thing.
_HOW_BIG = re.compile(r"\bhow (?:large|big|tall|wide|heavy)\b")


def holds_answer_type(q: Question, text: str) -> bool:
    """A who/when/where/how-many question (or one asking for an age, a share, a duration or an
    amount of money) is answered only by a sentence holding a name, date, place, number or such
    measure that the question itself does not already contain; a "how many" question by a count, not
    only a sum of money or a share ("How many people work there?" is not answered by "£300m")."""
    asked = _words(q.text)
    new = lambda items: any(any(t not in asked for t in item) for item in items)
    if not q.kind and _WHICH_BODY.match(q.text.lower()):  # "Which company …?": a name, as "who" asks
        return new(_answer_items("who", text))
    if not q.kind and _HOW_BIG.search(q.text.lower()):  # "How large are the discounts?": a measure
        return new(_answer_items("number", text)) or bool(_FRACTION_OR_MULTIPLE.search(text))
    if not q.kind or q.kind == "title":  # a title may be said in many ways: no check
        return True
    if q.kind == "identity":  # who someone is may be said in many ways too: it only ranks and adds confidence
        return True
    if q.kind == "money" and not _ASKS_PRICE.search(q.text.lower()):  # being free is a price, not a sum earned or lost
        return new(item for item in _answer_items(q.kind, text) if "free" not in item and item[:2] != ("at", "no"))
    if q.kind in {"who", "when", "where", *MEASURES}:
        return new(_answer_items(q.kind, text))
    if re.search(r"\bhow many years\b", q.text.lower()):
        return bool(_NUMBER.search(text))
    if re.search(r"\bhow much\b", q.text.lower()):
        if not (_AMOUNT.search(text) or _FRACTION_OR_MULTIPLE.search(text)):
            return False  # an amount, not a count: "two countries" does not say how much aid
        if new(tuple((m.group().lower(),) for m in _FRACTION_OR_MULTIPLE.finditer(text))):
            return True
    if re.search(r"\bhow many\b", q.text.lower()) and q.counted not in _MONEY_COUNTED:
        # a number that looks like a year counts before what is counted ("attended by 2000 guests")
        return new(_answer_items("count", text)) or bool(q.counted) and any(
            m.group(1) not in asked for m in re.finditer(rf"\b((?:1[89]|20)\d\d)\s+(?:[\w-]+\s+)?[\w-]*{re.escape(q.counted)}", text, re.I)
        )
    return new(_answer_items("number", text))


# What "how many" may count in money ("How many dollars …?"): there a sum answers.
_MONEY_COUNTED = frozenset(tokenize("dollars pounds euros pence cents yen yuan roubles rubles francs rupees pesos"))


def _money_or_share(text: str, m: re.Match) -> bool:
    """Whether the number ``m`` is a sum of money ("£300m") or a share ("58%", "31 per cent")."""
    return text[: m.start()].rstrip()[-1:] in {"$", "€", "£", "¥"} or bool(re.match(r"\s?(?:%|per ?cent\b|percent\b)", text[m.end() :], re.I))


@lru_cache(maxsize=1024)
def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[\w’'-]+", text.lower()))


@lru_cache(maxsize=1 << 16)
def _answer_items(kind: str, text: str) -> tuple[tuple[str, ...], ...]:
    """The names (each as its lower-cased words), dates, places or numbers (not years) a sentence
    holds; cached, as the same candidate sentences come up question after question."""
    if kind == "who":
        return tuple(tuple(n.lower().split()) for n in proper_names(text))
    if kind == "when":
        found = (m.group() for m in _DATE.finditer(text))
    elif kind == "where":
        found = (next(g for g in m.groups() if g) for m in _PLACE.finditer(text))
    elif kind in MEASURES:  # each measure as its words: "26-year-old", "59 %", "two thirds"
        return tuple(tuple(re.findall(r"[\w’'-]+", m.group().lower())) for m in MEASURES[kind][1].finditer(text))
    elif kind == "count":  # a count: no sum of money ("£300m") and no share ("58%")
        found = (m.group() for m in _NUMBER.finditer(text) if not _YEAR.fullmatch(m.group()) and not _money_or_share(text, m))
    else:
        found = (m.group() for m in _NUMBER.finditer(text) if not _YEAR.fullmatch(m.group()))
    return tuple((f.lower(),) for f in found)


@lru_cache(maxsize=1 << 14)
def role_by_name(role: str, text: str) -> float:
    """1 when ``role`` (or its plural, or a word news uses for it: ``ROLE_EQUALS``) stands next to
    a person's name in ``text``: before it ("president Satoru Iwata", "deputy, Richard Caborn",
    "(coach) Peter Lundgren") or after it ("Richard Caborn, her deputy", "Tom Meighan, the band's
    frontman", "Satoru Iwata, who is Nintendo's president")."""
    stems = [re.escape(r[:-1]) + "(?:y|ies)" if r.endswith("y") else re.escape(r) + "(?:s|es)?" for r in (role, *ROLE_EQUALS.get(role, ()))]
    for m in re.finditer(rf"\b(?:{'|'.join(stems)})\b", text, re.I):
        after = re.match(rf"\)?,?\s+({CAP_RUN.pattern})", text[m.end() :])
        if after and split_title_name(after.group(1))[1]:
            return 1.0
        before = re.search(
            rf"({CAP_RUN.pattern})(?:,\s+|,?\s+(?:who\s+)?(?:is|was|became|becomes|has been|had been|remains)\s+)"
            r"(?:(?:the|a|an|his|her|its|their)\s+)?(?:\S+[’']s?\s+)?(?:[\w-]+\s+){0,2}$",
            text[: m.start()],
        )
        if before and split_title_name(before.group(1))[1]:
            return 1.0
    return 0.0


_BY_NAME = re.compile(r"\b([\w-]+)\s+(by\s+(?:[\w’'-]+[\s,]+){0,3}[\w’'-]+)")


def agent_after(terms: frozenset[str], text: str) -> float:
    """1 when one of ``terms`` is followed by "by" and a name in ``text``: the doer of what a
    who-question asks about ("Who directed Kisna?": "Directed by Bollywood veteran Subhash Ghai")."""
    for m in _BY_NAME.finditer(text):
        if set(tokenize(m.group(1))) & terms and proper_names(m.group(2)):  # "by" opens it: a name after is no opening word
            return 1.0
    return 0.0


@lru_cache(maxsize=1 << 14)
def number_before(term: str, text: str) -> float:
    """1 when a number stands before a word ending in the term ``term`` in ``text``, up to three
    words between ("1,000 people", "2.8 million DS consoles", "eight regional casinos", "1.5
    gigatons" for tons)."""
    for m in _NUMBER.finditer(text):
        if _YEAR.fullmatch(m.group()):
            continue
        after = re.findall(r"[\w’'-]+", text[m.end() : m.end() + 60])[:4]
        if any(t.endswith(term) for w in after for t in tokenize(w)):  # "1.5 gigatons" counts tons
            return 1.0
    return 0.0


# The pronoun "I" (and "I'm", "I've" …): capitalised, but no name.
_FIRST_PERSON = re.compile(r"I(?:[’'](?:m|d|ve|ll))?")


def proper_names(text: str) -> list[str]:
    """Who can answer "who": people ("Carl Clump", the name without its title), and bodies and
    groups named by a capitalised run ("Pew Internet", "the Salvation Army", "Apacs"), but not a
    lone capitalised word opening the sentence ("The", "However") unless "who" describes it
    ("Gravesen, who replaced Zidane, …")."""
    out = []
    for m in CAP_RUN.finditer(text):
        if _FIRST_PERSON.fullmatch(m.group()):
            continue  # "I" is who speaks, not a name ("… that I was named to play")
        name = split_title_name(m.group())[1]
        opens = not text[: m.start()].strip(" “”\"'‘’([")
        if name:
            out.append(name)
        elif len(m.group().split()) > 1 or not opens or re.match(r",\s+who\b", text[m.end() :]):
            out.append(m.group())
    return out
