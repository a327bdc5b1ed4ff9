"""What a quoted person is, in the article's words where it names them: the title written before the
name ("BP chief executive Lord Browne", "Bank of England governor Mervyn King", "Work and Pensions
Secretary Alan Johnson") or the description set beside it ("Vince Cable, the party's Treasury
spokesman, said", "said Ann Roe, chief economist at Kelso Bank"). A quote carries it as its
``role``, so a reader sees who the speaker is ("— Mervyn King, Bank of England governor").

The quote reader keeps the capitalised titles it resolves speakers by ("US Secretary of State");
this fills in the rest: a speaker it gives no title, or a title it cut short at "and" ("Industry
Secretary" of "Trade and Industry Secretary Patricia Hewitt").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .lexical import IRREGULAR
from .names import HONORIFIC_ALT, HONORIFICS, HONOURS, PEERAGE, ORG_NOUNS, PERSON_NOUNS, PERSON_TITLES, POSITIONS, RANKS, ROLE_WORDS
from .types import Quote

# Nouns a title or a description can end in: jobs and offices ("executive", "governor", "coach",
# "spokesman", "striker"), not words for anybody ("man", "fan", "resident") nor plurals ("MPs").
_ANYBODY = set(
    """man woman men women boy girl couple teenager pensioner figure family pair duo someone somebody fan
    supporter worker voter parent shopper passenger employee local neighbour villager relative ally colleague
    customer user viewer listener reader victim survivor witness resident source sources police staff
    suspect defendant claimant applicant participant member associate peer rival opponent friend""".split()
)
_ALL_NOUNS = PERSON_NOUNS | PERSON_TITLES | POSITIONS
ROLE_HEADS = {w for w in _ALL_NOUNS if not (w.endswith("s") and (w[:-1] in _ALL_NOUNS or w[:-2] in _ALL_NOUNS))} - _ANYBODY - HONORIFICS - PEERAGE

# Words that never belong to a title: articles, pronouns, prepositions (but "of", "for" and "and":
# "Bank of England governor", "Work and Pensions Secretary"), auxiliaries, adverbs of time.
_FUNCTION = set(
    """the a an this that these those his her its their our my your who which whose where when while as at
    by from in into on onto to with without after before since until over under about against between
    through during is was are were be been being has have had will would can could should may might must
    do does did said says told added not no also but or nor so then than there here yesterday today
    tonight now just only even still already later earlier meanwhile however he she it they we i you
    him them us me one speaking yet although though because whereas if unless once indeed elsewhere overall
    finally""".split()
)
# Lower-case words ending in -s or -ing that qualify a title ("pensions minister", "sales director",
# "managing director"); other such words are more often verbs ("replaces finance director Ann Roe").
_TITLE_S_ING = {"pensions", "sales", "operations", "communications", "sports", "games", "news", "arts", "markets",
                "managing", "operating", "acting", "marketing", "outgoing", "incoming", "governing", "presiding", "ruling",
                "banking", "planning", "publishing", "training", "sitting", "visiting", "leading", "founding"}
_WORD = re.compile(r"\w[\w’'&.-]*")


def _is_head(word: str) -> bool:
    return word.lower().rstrip(".") in ROLE_HEADS


def _is_title_word(low: str) -> bool:
    return low in ROLE_WORDS or low in PERSON_NOUNS or low in RANKS or low in ORG_NOUNS


def _qualifies(low: str, next_word: str) -> bool:
    """Whether a lower-case word can qualify the title words after it: a title word, or a noun or
    adjective before a lower-case title word ("work and pensions minister", "counterterrorism chief");
    "of" and "for" only between capitalised words ("Bank of England governor", not "the withdrawal
    of tycoon Tom Hale")."""
    if low in {"of", "for"}:
        return next_word[0].isupper()
    if low == "and":
        return True
    if low in _FUNCTION:
        return False
    if _is_title_word(low) or low in _TITLE_S_ING:
        return True
    if low in IRREGULAR or re.search(r"(?:ed|ing|ly|(?<!ic)s)$", low):
        return False  # (but "economics spokesman", "athletics coach")
    return next_word[0].islower()


def _named_before(words: list[tuple[str, int]], pos: int) -> bool:
    """Whether the two words before the one at ``pos`` are a name (two capitalised words, neither
    a title word): "… Tom Hale and …"."""
    i = next(i for i, (_, p) in enumerate(words) if p == pos)
    before = [w for w, _ in words[max(0, i - 2) : i]]
    return len(before) == 2 and all(w[0].isupper() and not _is_title_word(w.lower()) for w in before)


def _title_before(text: str, start: int) -> str | None:
    """The title right before a name that starts at ``start``: a run of capitalised words and
    lower-case title words, within its sentence, that ends in a job ("BP chief executive", "national
    coach", "Bank of England governor") or in a job and what it is of ("minister of sport"); None
    when the words before the name end in no such job."""
    left = text[max(0, start - 160) : start]
    left = left[max(left.rfind(c) for c in ".!?:;()“”\"\n") + 1 :]
    words = [(m.group(), m.start()) for m in _WORD.finditer(left)]
    if not words:
        return None
    last, at = words[-1]
    if not re.fullmatch(r",?\s+", left[at + len(last) :]):
        return None  # "Kelso's Ann Roe", "told Ann Roe"; "its chief executive, Ann Roe," counts
    head = len(words) - 1
    if not _is_head(last):  # "Spain's minister of sport Ana Ruiz", "head of research Tom Hale"
        of = [j for j in range(max(1, len(words) - 3), len(words) - 1) if words[j][0] in {"of", "for"}]
        if not of or not _is_head(words[of[0] - 1][0]) or any(w.lower() in _FUNCTION or not w.islower() for w, _ in words[of[0] + 1 :]):
            return None
        head = of[0] - 1
    run = [words[head]]
    for word, pos in reversed(words[:head]):
        low = word.lower()
        gap = left[pos + len(word) : run[0][1]]
        listed = gap == ", " and word[0].isupper() and run[0][0][0].isupper() and any(w == "and" for w, _ in run)
        if not (gap.isspace() or listed) or len(run) == 8:
            break  # a comma or a dash ends the title ("Speaking on Monday, coach Tom Hale"), unless
            # it lists what an office covers ("Culture, Media and Sport Secretary Ann Roe")
        if not word[0].isalpha():
            break  # "in 2003 and President Ann Roe"
        common = word.islower() or pos == words[0][1] and not word.isupper() and (low in _FUNCTION or re.search(rf"\b{re.escape(low)}\b", text))
        if common and not _qualifies(low, run[0][0]) or run[0][0] in {"of", "for"} and not word[0].isupper():
            break  # "But", "Yesterday", "told": no word of a title, whether or not it opens the sentence
        if low == "and" and _named_before(words, pos):
            break  # "Defence Secretary Tom Hale and Prime Minister Ann Roe": another person's title
        run.insert(0, (word, pos))
    while run[0][0].lower() in {"and", "of", "for"}:
        run.pop(0)
    return left[run[0][1] : at + len(last)]


# A description set beside the name (after its honours: "Tom Hale MP, Labour's health spokesman, said"), up
# to the next comma or bracket or a speech verb: ", the party's Treasury spokesman,", ", chief
# economist at Kelso Bank," (not ", 45,", ", who chairs …", ", said …").
_BESIDE = re.compile(
    rf"(?:\s+(?:{'|'.join(sorted(HONOURS))}))?,\s+(?P<d>[^,;:()“”\"!?]{{2,90}}?)"
    r"(?=\s*(?:[,;:()“”\"!?]|\.(?:\s|$)|$)|\s+(?:said|says|told|tells|added|adds|who|which|whose|that)\b)"
)
_NOT_A_DESCRIPTION = re.compile(
    r"(?:who|which|whose|where|when|that|said|says|told|adds?|added|and|but|he|she|it|they|according|also|"
    r"however|speaking|meanwhile|in|on|at|after|before|while|as|if|is|was|has|had)\b",
    re.I,
)


def _description_after(text: str, end: int) -> str | None:
    """The description set beside a name that ends at ``end``, if it ends in a job ("chief economist
    at Kelso Bank", "the party's Treasury spokesman")."""
    m = _BESIDE.match(text, end)
    if not m or _NOT_A_DESCRIPTION.match(m.group("d")):
        return None
    desc = m.group("d").strip()
    return desc if _ends_in_job(desc) else None


# Words a description may hold before its head beyond the nouns and adjectives: its determiner.
_DESCRIPTION_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their"}


def _ends_in_job(desc: str) -> bool:
    """Whether a description's head, its last word before any preposition, is a job ("chief
    economist at Kelso Bank", "A spokesman for Kelco"), with no verb or other function word in it."""
    words = _WORD.findall(re.split(r"\s(?:of|at|for|in|with|to|from|on)\s", desc, maxsplit=1)[0])
    return bool(words) and _is_head(words[-1]) and not any(w.lower() in _FUNCTION - _DESCRIPTION_DETERMINERS for w in words)


def _description_before(text: str, start: int, end: int) -> str | None:
    """A description that opens the sentence and is set off by commas before the name ("The
    Herald's correspondent in Kelso, Ann Roe, said", "A spokesman for Kelco, Tom Hale, told"), if it
    ends in a job as a description after the name must."""
    if not re.match(r"\s*,", text[end : end + 3]):
        return None
    left = text[max(0, start - 120) : start]
    cut = max(left.rfind(c) for c in ".!?:;()“”\"\n")
    m = re.fullmatch(r"\s*(?P<d>(?:The|A|An|[A-Z][\w’'&.-]*(?:’s|'s))\s[^,]{2,100}?),\s+", left[cut + 1 :])
    if not m:
        return None
    desc = m.group("d")
    return desc if _ends_in_job(desc) else None


def role_of(text: str, name: str) -> str | None:
    """The title or description the article gives ``name`` where it names them in full (the first
    mention that has one)."""
    pattern = re.compile(rf"(?<![\w-])(?:(?:{HONORIFIC_ALT})\.?\s+)?{re.escape(name)}(?![\w-])")
    for m in pattern.finditer(text):
        found = _title_before(text, m.start()) or _description_after(text, m.end()) or _description_before(text, m.start(), m.end())
        if found:
            return found
    return None


_JOB_HEADS = ROLE_HEADS - POSITIONS


def _names_a_job(role: str) -> bool:
    """Whether a title holds a word for a job ("Mr Justice" a judge's); a playing position ("centre",
    "wing") only alone, as in "Centre Tom Hale" (not "Foreign Policy Centre")."""
    words = [w.lower().rstrip(".") for w in _WORD.findall(role)]
    return any(w in _JOB_HEADS or w == "justice" for w in words) or len(words) == 1 and words[0] in POSITIONS


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def with_roles(text: str, quotes: list[Quote], people: list[str]) -> list[Quote]:
    """``quotes`` with the role of each person who speaks filled in from the article where the
    quote reader gave none, or gave one the article writes longer ("Trade and Industry Secretary"
    for "Industry Secretary"), and without one that holds no word for a job."""
    persons = set(people)
    found: dict[str, str | None] = {}
    out = []
    for q in quotes:
        if q.speaker in persons:
            if q.speaker not in found:
                found[q.speaker] = role_of(text, q.speaker)
            role = found[q.speaker]
            if role and (q.role is None or _ARTICLE.sub("", role) != q.role and role.endswith(" " + q.role)):
                q = replace(q, role=role)
            elif q.role is not None and not _names_a_job(q.role):
                q = replace(q, role=None)  # "Malcolm X." or "Tunisian-born" before a name is no title
        out.append(q)
    return out
