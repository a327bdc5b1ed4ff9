"""The noun phrase that names a speaker, read back from a speech verb ("the finance minister
said"), forward from a clause start ("Souness dropped …") or after an inverted verb ("said
Stuart Hensel of the EIU").
"""

from __future__ import annotations

import re

from .names import (
    DEMONYM,
    DEMONYMS,
    DOCUMENT_NOUNS,
    SINGULAR_PERSON_NOUNS,
    CAP_RUN,
    HONORIFIC_ALT,
    INTRODUCING,
    POSSESSIVE,
    ORG_NOUNS,
    PERSON_NOUNS,
    PERSON_TITLES,
    RELATIONS,
    PLACING_PREPS,
    QUANTIFIERS,
    ROLE_WORDS,
    split_run,
    is_person_head,
    nominal_head,
    NON_NAME,
    norm,
    parse_person,
)
from .quote_clauses import has_verb
from .quote_patterns import (
    ADVERBIAL_START,
    ASKED_ALT,
    CLOSE_TO,
    DETERMINERS,
    FRONTED_SHARE,
    IRREGULAR_PAST,
    LEADING,
    LY_NOUNS,
    NOT_NP,
    NP_DETS,
    NP_PREPS,
    ONE_OF,
    PRONOUN,
    SHARE,
    TIME_PHRASE,
    TIME_WORDS,
    TRAIL_AUX,
    VERB,
)
from .speakers import Cast, Entity


def _np_words(chunk: str) -> list[tuple[str, int]]:
    return [(m.group(), m.start()) for m in re.finditer(r"[\w’'.&-]+", chunk)]


# Forms of "be" before a passive participle.
_BE = {"is", "are", "was", "were", "be", "been", "being"}


# Bodies named by the portfolio they oversee: "the Commons science and technology committee", "the
# trade and industry department".
_PORTFOLIO_BODIES = {"committee", "department", "ministry", "council", "commission", "board", "panel", "agency"}


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
        if lw == "the" and i >= 2 and i < len(words) and words[i][0][:1].isupper() and words[i - 2][0].islower() and (
            norm(words[i - 2][0]) in ORG_NOUNS or norm(words[i - 2][0]) in INTRODUCING
        ):
            i -= 1
            continue  # "business lobby group the CBI": a kind of body before its name
        if (
            lw == "the" and 3 <= i < len(words) and words[i][0][:1].isupper() and words[i - 2][0][:1].isupper()
            and words[i - 2][0].lower() not in NP_DETS and words[i - 3][0] in NP_PREPS
        ):
            i -= 1
            continue  # "Ann Roe of Save the Children said": a name with "the" inside it, not its last words
        if w == "A" and i > 1 and i < len(words) and words[i][0][:1].isupper() and words[i - 2][0][:1].isupper() and words[i - 2][0].lower() not in NP_DETS:
            i -= 1
            continue  # "Charles A Blixt": an initial, not the article
        if lw in NP_DETS:
            before_prep = words[i - 3][0] if i >= 3 else ""
            det_led = i >= 4 and words[i - 4][0].lower() in NP_DETS  # "a motion by the defence lawyers"
            # "a poll conducted for the BBC", "a report published by the council": a participle after the head
            det_led = det_led or (i >= 4 and before_prep.lower().endswith("ed") and (norm(words[i - 4][0]) in ORG_NOUNS or is_person_head(norm(words[i - 4][0]))))
            prep = words[i - 2][0].lower() if i >= 3 else ""
            # (also after a body's noun: "unions at the Italian carmaker have said", "reports from the
            # capital say": the body or report is the subject, the phrase after it says whose)
            body = i >= 3 and prep in {"at", "of", "from", "in"} and any(
                n in ORG_NOUNS | DOCUMENT_NOUNS for n in (norm(before_prep), singular(norm(before_prep)))
            )
            if i >= 3 and (prep in NP_PREPS or (prep == "on" and (before_prep[:1].isupper() or is_person_head(norm(before_prep))))) and (is_person_head(norm(before_prep)) or before_prep[:1].isupper() or det_led or body):
                i -= 1
                continue  # "a spokeswoman for the Riverside Mall": the article inside the phrase
            if i >= 3 and prep in PLACING_PREPS and before_prep.endswith("s") and is_person_head(norm(before_prep)):
                # "The developers behind the system claim", "Residents near the site say": people placed by
                # what they stand behind or near are the subject, not the thing
                i -= 1
                continue
            if prep == "to" and norm(before_prep) in _ADDRESSED_DOCUMENTS:
                i -= 1
                continue  # "United's statement to the stock exchange said": the document says it
            if prep == "on" and norm(before_prep) in _DOCUMENTS_ON:
                i -= 1
                continue  # "a statement on her website said": the document, not where it was posted
            if prep == "of" and before_prep.lower() in QUANTIFIERS and (i < 4 or words[i - 4][0].lower() not in QUANTIFIERS):
                # "…, one of the world's leading rating agencies says": the one of them speaks (not "all
                # three of the main parties", whose count is no part of the phrase)
                i -= 1
                continue
            i -= 1
            break
        if lw in PLACING_PREPS and i >= 2 and i < len(words) and words[i - 2][0].endswith("s") and is_person_head(norm(words[i - 2][0])):
            pass  # "residents near Kelso Airport"
        elif lw in NP_PREPS and i < len(words):
            nxt = words[i][0]
            # (a post's portfolio after "for" belongs to the post: "the minister for civil aviation Ravi
            # Sen said"; so does whom a person's noun acts for: "Lawyers for news groups said",
            # "campaigners for animal welfare say")
            acting_for = lw == "for" and i >= 2 and words[i - 2][0][:1].isalpha() and is_person_head(norm(words[i - 2][0]))
            if not (lw == "of" or nxt[0].isupper() or nxt.lower() in NP_DETS | QUANTIFIERS or acting_for):  # "a spokesman for one US shop"
                break
            if lw == "by" and i >= 3 and re.fullmatch(r"[a-z]+(?:ed|en)", words[i - 2][0]) and (
                words[i - 3][0].lower() in _BE or (i >= 4 and words[i - 3][0].endswith("ly") and words[i - 4][0].lower() in _BE)
            ):
                break  # "the claim was denied by UKIP spokesman, who said": the agent of a passive, not "a report published by X"
        elif (lw in {"and", "to", "against"} or (lw == "without" and w[0].isupper())) and i < len(words) and i > 1 and words[i - 2][0][0].isupper() and (
            words[i][0][0].isupper() or (lw == "and" and _kind_before_name(words, i))
        ):
            pass  # "Plaid Cymru and the Liberal Democrats", "Committee to Protect Bloggers", "Citizens Against Crime", "the BRC and accountants KPMG", "Writers Without Frontiers"
        elif lw == "to" and i > 1 and i < len(words) and norm(words[i - 2][0]) in _ADDRESSED_DOCUMENTS:
            pass  # "a letter to shareholders said": the document says it, not the people it went to
        elif lw == "on" and i > 1 and i < len(words) and norm(words[i - 2][0]) in _DOCUMENTS_ON:
            pass  # "a report on the experiment said": what the document is about, or where it is posted
        elif (
            lw == "and" and 3 <= i < len(words) and words[i][0].islower() and words[i - 2][0].islower() and words[i - 3][0][:1].isupper()
            and words[-1][0][:1].isupper()
            and any(norm(x) in PERSON_NOUNS or norm(x) in ROLE_WORDS - {"and", "of", "for", "the"} for x, _ in words[i:])
        ):
            pass  # "Music Choice music and marketing manager Simon George", "Acme's sales and marketing director"
        elif lw == "and" and 2 <= i < len(words) and words[i][0].islower() and words[i - 2][0].islower() and norm(words[i][0]) in ROLE_WORDS and norm(words[i - 2][0]) in ROLE_WORDS:
            pass  # "the trade and industry secretary"
        elif (
            lw == "and" and 3 <= i < len(words) and len(words) - i <= 3 and words[i][0].islower() and words[i][0] not in NP_DETS and words[i - 2][0].islower()
            and (words[i - 3][0].lower() in {"the", "his", "her", "its", "their"} or (words[i - 3][0][:1].isupper() and norm(words[-1][0]) in _PORTFOLIO_BODIES))
            and words[-1][0].islower() and (norm(words[-1][0]) in PERSON_TITLES or norm(words[-1][0]) in _PORTFOLIO_BODIES or norm(words[-1][0]) in INTRODUCING)
        ):
            # "the work and pensions minister": a portfolio of two words joined by "and", then the post;
            # or the body that has it ("the Commons science and technology committee said"), or a firm's
            # kind after the goods it deals in ("the clothing and home furnishing retailer said")
            pass
        elif lw == "and" and 2 <= i == len(words) - 1 and all(one_person_noun(words[k][0]) for k in (i - 2, i)):
            pass  # "the feminist writer and broadcaster": one person's two callings
        elif (
            lw == "on" and i + 1 < len(words) and i > 1 and (words[i - 2][0][0].isupper() or is_person_head(norm(words[i - 2][0])))
            and (words[i][0][0].isupper() or (words[i][0] == "the" and words[i + 1][0][0].isupper()))
        ):
            pass  # "the World Summit on the Information Society"
        elif (lw in NOT_NP and not (w.isupper() and len(w) > 1) and not (lw in {"may", "will"} and w[0].isupper() and i > 1 and words[i - 2][0][0].isupper())) or (
            lw.endswith("ly") and not w[0].isupper() and len(lw) > 4 and lw not in LY_NOUNS
        ):  # ("Theresa May" is a name, "may" is not)
            break  # ("the US" is a name, "us" is not)
        if len(words) - i >= 16:
            break
        i -= 1
        if lw in {"some", "many", "several", "few"} and i > 0 and words[i - 1][0].islower() and words[i - 1][0] not in NP_DETS:
            break  # "will disappoint some senior members": a quantifier opens the phrase
    np_words = words[i:]
    # Drop leading time adverbials and prepositions: "Last month Australia's …", "on Wednesday Prime …".
    while np_words and (np_words[0][0].lower() in NP_PREPS | {"last", "this", "next", "on", "in"} or norm(np_words[0][0]) in TIME_WORDS):
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
        # "correspondent Tom Hale at Ashby on Dartmoor in the West Country": the last run is where the
        # person named before the prepositions is, not the speaker
        placed = next((r for r in runs[:-1] if re.fullmatch(_PLACES_AFTER, np[r.end() : run.start()]) and len((parse_person(r.group())[1] or "").split()) > 1), None)
        if placed is not None:
            lead = np[: placed.start()].split()
            if any(w in {"in", "at", "on", "during", "with", "after", "before"} for w in lead):
                return placed.group(), s + placed.start()
            return np[: placed.end()], s
        if any(w in {"in", "at", "on", "during", "with", "after", "before"} for w in lead):
            return run.group(), s + run.start()
    head = head_noun(np.split())
    if len(np_words) <= 2 and re.fullmatch(r"(?:[a-z]+\s)?[a-z]{3,}[^sui]s", np) and np_words[0][0] not in NP_DETS | NOT_NP:
        return np, s  # "lenders have said", "estate agents said": a group the article does not name
    if np.lower() in {"some", "many", "most", "several"}:
        return np, s  # "Similarly, some were pointing out …": people, as the subject of a speech verb
    if not (any(w[0].isupper() for w, _ in np_words) or is_person_head(head) or head in ORG_NOUNS or singular(head) in ORG_NOUNS):
        return None
    return np, s


# The places after a person's name, each after "in", "at" or "on", up to the last one's name.
_PLACES_AFTER = r"(?:\s+(?:in|at|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)*\s+(?:in|at|on)\s+(?:the\s+)?"


# Documents addressed to somebody: "a statement to the stock exchange", "a letter to shareholders".
_ADDRESSED_DOCUMENTS = {"statement", "letter", "submission", "memo", "note", "filing", "message"}
# Documents with an "on" phrase after them that is theirs: where they are posted ("a statement on her
# website") or what they are about ("a report on the experiment").
_DOCUMENTS_ON = _ADDRESSED_DOCUMENTS | DOCUMENT_NOUNS


def singular(noun: str) -> str:
    """"charities" → "charity", "agencies" → "agency", "firms" → "firm": a plural's singular, to look
    the noun up among the kinds of body or person."""
    return noun[:-3] + "y" if noun.endswith("ies") and len(noun) > 4 else noun.rstrip("s")


def one_person_noun(word: str) -> bool:
    """Is ``word`` a lower-case singular noun for a person ("writer", "actress"; not "officials")?"""
    w = norm(word)
    return word.islower() and w in PERSON_NOUNS and not (w.endswith("s") and w[:-1] in PERSON_NOUNS)


def _kind_before_name(words: list[tuple[str, int]], i: int) -> bool:
    """Is ``words[i]`` a lower-case kind of body or people right before a name ("accountants KPMG")?"""
    if i + 1 >= len(words) or not words[i][0].islower() or not words[i + 1][0][:1].isupper():
        return False
    w = norm(words[i][0])
    return w in ORG_NOUNS or singular(w) in ORG_NOUNS or is_person_head(w) or is_person_head(w.rstrip("s")) or w.endswith(("ants", "ers", "ists"))


# A subject with a reduced relative clause after it: "a nurse sacked over …", "the report issued on …".
_REDUCED_RELATIVE = re.compile(
    r"\s*(?P<np>(?:[Aa]n?|[Tt]he)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*)\s+"
    r"(?P<part>[a-z]{3,}ed|held|made|sent|caught|taken|given|shown|seen|written|chosen|known|brought|bought|sold|paid|kept|left|hit|cut|put|set|beaten|built|spent)"
    r"(?:\s+(?P<prep>(?:over|for|in|after|at|from|with|on|to|under|by|during|into|since|outside|inside|near|last|this|earlier)\s)[^,;:]*|\s*)"
)  # (the participle may end the phrase once its time is stripped: "released [on Friday]")


_TRAIL_ASIDE = re.compile(r",\s*(?:however|though|too|meanwhile|indeed|in turn|for (?:his|her|its|their) part),\s*$")


# How far before its verb a speaker's phrase is looked for. The longest stretch of a sentence before a
# speech verb across the 2,225 BBC News articles is 387 characters; a "sentence" of thousands (text
# with no full stops) would make reading each of its cues cost its whole length.
SUBJECT_REACH = 1000


def np_before(text: str, floor: int, verb: int) -> tuple[str, int] | None:
    """The noun phrase that says the verb at ``verb``: "Blinken said", "the finance minister said",
    "Curt Hopkins, director of the Committee, told", "the Scottish National Party which accused"."""
    floor = max(floor, verb - SUBJECT_REACH)
    np = _np_before(text, floor, verb)
    # "A nurse sacked over remarks on her blog says", "A US report issued on Tuesday on behalf of a
    # panel said": a participle with its phrase after the subject's noun describes the subject, which
    # ends before it (not "her blog", not "a panel"); a phrase found whole is kept ("a poll conducted
    # for the BBC").
    reduced = reduced_subject(text, floor, verb)
    if reduced is None or (np is not None and np[1] < reduced[2] and not np[0].endswith(reduced[3])):
        return np
    if norm(reduced[0].split()[-1]) in DOCUMENT_NOUNS and np is not None and reduced[4]:
        return np  # "a survey published on Monday by Ashco said": the study is named by its author, as before
    return reduced[0], reduced[1]


def reduced_subject(text: str, floor: int, verb: int) -> tuple[str, int, int, str, bool] | None:
    """The subject of the verb at ``verb`` when a participle phrase describes it: "A nurse sacked over
    “rude remarks” on her blog - a web diary - says" → "A nurse". Returns the phrase, where it starts
    and ends, the participle, and whether the phrase names an agent ("by …")."""
    left = text[floor:verb]
    stripped = TRAIL_AUX.sub("", left)
    while stripped != left:
        left, stripped = stripped, TRAIL_AUX.sub("", stripped)
    left = re.sub(r"\s[—–-]\s[^—–,;:“”\"]{1,40}\s[—–-]\s*$", " ", left)  # "… on her blog - a web diary -": an aside on the phrase
    cut = max([0] + [x.end() for x in re.finditer(r"(?<!\d),|,(?!\d)|[;:(]|\s[—–-]\s|\)", left)])
    reduced = _REDUCED_RELATIVE.fullmatch(left, cut)
    if reduced is None:
        return None
    rest = left[reduced.end("part") if reduced.group("prep") is None else reduced.end("prep") :]
    bare = re.sub(r"[“\"][^“”\"]*[”\"]", " ", rest)  # (quoted words name no verb of the sentence's)
    if has_verb(reduced.group("np")) or has_verb(bare) or re.search(r"\b(?:and|but|or|while|whereas|as|when|after|before|because|who|which|that)\s", bare):
        return None  # "The firm collapsed in 2002 and prosecutors claim": a clause of its own, then a new subject
    head = norm(reduced.group("np").split()[-1])
    if not (is_person_head(head) or head in ORG_NOUNS or singular(head) in ORG_NOUNS or head in DOCUMENT_NOUNS):
        return None
    return reduced.group("np"), floor + reduced.start("np"), floor + reduced.end("np"), reduced.group("part"), re.search(r"\bby\s", bare) is not None


def one_of_group(rest: str) -> str | None:
    """The plural noun for people or bodies that the words after "one of the" name, before any
    preposition or verb ("world's leading credit rating agencies", "three brothers behind the Kelso
    Group"), else None ("one of the best days of his life")."""
    words = re.split(r"\s+(?:of|for|at|in|behind|from|on|with|who|which|that)\s", rest.strip())[0].split()
    plural = next((w for w in words if re.fullmatch(r"[a-z][\w-]*s", w)), None)
    if plural is None or has_verb(" ".join(words)):
        return None
    head = singular(norm(plural))
    return plural if is_person_head(norm(plural)) or is_person_head(head) or head in ORG_NOUNS or head in RELATIONS else None


# A relative clause with a verb of its own running up to the speech verb: "a spokesman for Kelco which
# represents the industry said", "The host who also presents Kelso Tonight said"; also after a time and
# with a past of its own, a figure's comma being no comma ("Mr Hale, who on Thursday won £150,000 in
# damages from the Kelso Times said …").
_RELATIVE_AFTER_SUBJECT = re.compile(
    rf"\s+(?:which|who)\s+(?:(?:also|now|still|once|previously|currently|recently|later|already|formerly|first|then|{TIME_PHRASE})\s+)?"
    rf"(?:[a-z]+s|[a-z]+ed|{'|'.join(sorted(IRREGULAR_PAST))})\b(?:[^,;:“”\"]|(?<=\d),(?=\d))*$"
)


def _np_before(text: str, floor: int, verb: int) -> tuple[str, int] | None:
    left = text[floor:verb]
    stripped = TRAIL_AUX.sub("", _TRAIL_ASIDE.sub(" ", left))
    while stripped != left:  # "He did, however, admit", "Mr Smith has since said"
        left = stripped
        stripped = TRAIL_AUX.sub("", _TRAIL_ASIDE.sub(" ", left))
    m = re.search(rf"(?:^|[\s,(—–-])({PRONOUN})\s*$", left)
    if m:
        return m.group(1), floor + m.start(1)
    share = SHARE.search(left) if not re.match(r"(?!says\b)[a-z]+s\b", text[verb : verb + 12]) else None  # (not "95% of claims …")
    if share is None and ADVERBIAL_START.match(left) and (fronted := FRONTED_SHARE.search(left)) is not None and not has_verb(left[: fronted.start()]):
        share = fronted  # "In the UK 69% of those questioned said": a fronted phrase before the share, no comma
    if share:
        return share.group("np"), floor + share.start("np")  # "some 87% said": a share of those asked
    # (or some of them, after a conjunction: "…, but most of those questioned said …")
    some = re.search(rf"\b(?:but|and|while|where)\s+(?P<np>(?:many|most|some|several)\s+of\s+(?:those|the\s+[^,;:“”\"]{{1,60}}?)\s+(?:{ASKED_ALT}))\s*$", left)
    if some:
        return some.group("np"), floor + some.start("np")
    one = ONE_OF.search(left)
    if one and one_of_group(one.group("rest")) is not None:
        return one.group("np"), floor + one.start("np")  # "…, one of the leading rating agencies says"
    end = floor + len(left.rstrip())
    # "a spokesman for the Association of Payment and Clearing Services (Apacs) which represents the
    # UK's payments industry said": the relative clause describes the subject, which ends before it.
    # (an adverb may come before the relative clause's verb: "The host who also presents Kelso Tonight said")
    described = _RELATIVE_AFTER_SUBJECT.search(text[floor:end])
    # (not when all that follows "which" is people or bodies and an auxiliary, the verb's own subject: "a
    # merger between Kelco and Hale which authorities have said will go ahead" is the authorities')
    if described and (own := re.fullmatch(r"\s+(?:which|who)\s+(?P<noun>[a-z]+s)\s*", described.group())) and (
        is_person_head(norm(own.group("noun"))) or singular(norm(own.group("noun"))) in ORG_NOUNS
    ) and re.fullmatch(r"\s+(?:have|had)\s+", text[end:verb]):
        described = None
    before_who = re.search(r"(\S+)\s*$", text[floor : floor + described.start()]) if described else None
    if described and (re.search(r"[A-Z)]\S*\s*$", text[floor : floor + described.start()]) or (before_who and is_person_head(norm(before_who.group(1))))):
        end = floor + described.start()
    close = CLOSE_TO.search(text, floor, end)
    if close:
        return close.group().strip(), close.start() + len(close.group()) - len(close.group().lstrip())
    rel = re.search(r",?\s+(?:which|who)\s*$", text[floor:end])
    # (so does "that" after a body's, a document's or a person's noun: "a Kelso Medical Journal
    # article that claimed …", "a group that says …"; after any other word it opens a clause, and inside
    # what a speech verb before it reports it is that speaker's: "are being told to avoid a website
    # that claims …")
    that = re.search(r"(?<=\s)(?P<head>[a-z][\w-]*)\s+that\s*$", text[floor:end]) if rel is None else None
    if that and not VERB.search(text, floor, floor + that.start()) and (
        norm(that.group("head")) in ORG_NOUNS or singular(norm(that.group("head"))) in ORG_NOUNS or is_person_head(norm(that.group("head")))
    ):
        rel = re.search(r"\s+that\s*$", text[floor:end])
    if rel:
        end = floor + rel.start()
    if rel:
        age = re.search(r",\s+\d{1,3}\s*$", text[floor:end])
        if age:
            end = floor + age.start()  # "… for Ann Roe, 49, who told …": the person, not her age
    refl = re.search(r"\s+(?:himself|herself|itself|themselves)\s*$", text[floor:end])
    if refl:
        end = floor + refl.start()  # "… has been President Jim Hale himself, who told …"
    # (also with where the body is: "the Kelso Housing Office (KHO) in Leeds said")
    acronym = re.search(r"\s*\([A-Z][A-Za-z]{1,7}\)(?:\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?\s*$", text[floor:end])
    if acronym:
        end = floor + acronym.start()  # "the Music Managers' Forum (MMF), who say": the name itself
    if rel and "which" in rel.group():
        # "an investigation by the UK's Office of Fair Trading (OFT), which concluded …": "which" stands
        # for the body named right before it, not the longer phrase that body's name ends
        body = re.search(r"(?:(?:by|of|from|at|for|with)\s+|(?:’s|'s)\s+)(?P<name>(?:the\s+)?[A-Z][\w&.-]*(?:\s+(?:(?:of|for|on|and|&)(?:\s+the)?\s+)?[A-Z][\w&.-]*)*)\s*$", text[floor:end])
        if body and re.search(r"[a-z]", text[floor : floor + body.start()]) and re.search(r"\s(?:of|for|on|and|&)\s", body.group("name")):
            return body.group("name"), floor + body.start("name")
        # "… summed up the view of many firms in the submission which states …": "which" right after a
        # document or body in a phrase after a preposition stands for it, not for the longer phrase; one
        # named by its owner ("in its submission which …") is the owner's, whom this phrase does not name
        doc = re.search(r"\s(?:in|of|from|by|with|for)\s+(?P<np>(?P<det>its|his|her|their|the|a|an)\s+(?:[\w-]+\s+){0,2}?(?P<head>[a-z][\w-]*))\s*$", text[floor:end])
        if doc and "," not in rel.group() and (norm(doc.group("head")) in DOCUMENT_NOUNS or norm(doc.group("head")) in ORG_NOUNS):
            return (doc.group("np"), floor + doc.start("np")) if doc.group("det") in {"the", "a", "an"} else None
    if rel and re.search(r"\b[Tt]here\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:[\w-]+\s+){0,3}[\w-]+\s*$", text[floor:end]):
        return None  # "There is guidance which suggests …": a thing said to exist, no speaker of the clause
    if rel:
        thing = re.search(r"(?:^|\s)([a-z][\w-]*)\s*$", text[floor:end])
        plural_thing = thing is not None and thing.group(1).endswith("s") and norm(thing.group(1)).rstrip("s") in SINGULAR_PERSON_NOUNS  # "figures which revealed"
        if "which" in rel.group() and "," not in rel.group() and thing and (norm(thing.group(1)).rstrip("s") not in ORG_NOUNS | PERSON_NOUNS or plural_thing):
            return None  # "figures which revealed …": "which" stands for a thing, not a speaker
    # Comma- or dash-separated segments back to the clause start.
    # (nor the comma of a list of capitalised words inside a body's name: "the Department for Culture,
    # Media and Sport said", "A Ministry of Roads, Rail and Ports spokesman said")
    listed = [x.end() for x in re.finditer(r"\b[A-Z][\w’'-]*\s+(?:of|for)\s+[A-Z][\w’'-]*(?=,\s+[A-Z][\w’'-]*\s+(?:and|&)\s+[A-Z])", text[floor:end])]
    cuts = [floor] + [floor + x.end() for x in re.finditer(r"(?<!\d),|,(?!\d)|[;:(]|\s[—–-]\s|\)", text[floor:end]) if x.start() not in listed]  # (not "1,300 bosses")
    segments = list(zip(cuts, cuts[1:] + [end]))
    last_a, last_b = segments[-1]
    # "Lawyers acting for the men said", "A man being held without charge told the court": a
    # participle phrase after the subject describes it; the speaker is the noun phrase before it,
    # not the last words of the phrase.
    described_by = _PARTICIPLE_AFTER_SUBJECT.match(text, last_a, last_b)
    if described_by is not None and not has_verb(described_by.group("np")) and not ADVERBIAL_START.match(described_by.group("np")):
        words = described_by.group("np").split()
        head = head_noun(words)
        if is_person_head(head) or head in ORG_NOUNS or singular(head) in ORG_NOUNS:
            return described_by.group("np"), described_by.start("np")
    cand = _np_tail(text, last_a, last_b) if text[last_a:last_b].strip() else None
    # "…, a committee of MPs and peers has warned", "…, the Commons science and technology committee
    # added", "…, the joint report from the Kelso Agency and the Hale Fund said": a phrase that opens
    # with a determiner or a lower-case word and joins its words with "and" is one speaker, not the
    # words after the "and"
    whole = text[last_a:last_b]
    lead = len(whole) - len(whole.lstrip(" ,;:(—–-"))
    if (
        cand is not None and cand[1] > last_a + lead and re.fullmatch(r"[^,;:“”\"()]*?\s(?:and|&)\s+", text[last_a + lead : cand[1]])
        and re.match(r"(?:an?|the|[a-z][\w-]*)\s", whole[lead:]) and not re.match(r"(?:and|but|or|while|whereas|as|if|when|because)\s", whole[lead:])
        and not has_verb(whole) and not ADVERBIAL_START.match(whole[lead:].capitalize())
        # (not the last items of a list: "many coders, designers, games makers and animators argue")
        and (len(segments) < 2 or has_verb(text[segments[-2][0] : segments[-2][1]]) or len(text[segments[-2][0] : segments[-2][1]].split()) > 3
             # (nor after a fronted phrase: "During the debate, the Kelso peer and former minister said")
             or (len(segments) == 2 and ADVERBIAL_START.match(text[segments[0][0] : segments[0][1]]) is not None))
    ):
        cand = whole[lead:].rstrip(), last_a + lead
    if re.match(r"\s*(?:from|of|at|with|for)\s", text[last_a:last_b]) and not (
        cand is not None and re.search(r"\b(?:while|whereas|but|although|though)\s+$", text[last_a : cand[1]])
    ):  # (but "…, with Thailand paying while India said": a new subject after "while")
        cand = None  # "Jeff Joseph, from the Consumer Electronics Association (CEA) told": a phrase about the subject
    # "The Kelso Rugby Union (KRU) chairman Tom Hale said": the acronym closes the body's name, not an
    # aside; the title and name after it are the subject.
    if cand is not None and re.search(r"\([A-Z][A-Za-z]{1,7}\)$", text[floor:last_a]) and re.match(r"\s*[a-z]", text[last_a:last_b]):
        runs = CAP_RUN.findall(cand[0])
        if runs and cand[0].rstrip().endswith(runs[-1]) and len(runs[-1].split()) > 1 and parse_person(runs[-1])[1] == runs[-1] and not POSSESSIVE.search(runs[-1]):
            return cand
    owned = lambda w: w[:1].isupper() and POSSESSIVE.search(w) is not None  # "Arden's finance chief"
    # (or a body's acronym before the post: "Ann Roe, KDA director said")
    acronym_post = lambda ws: len(ws) == 2 and re.fullmatch(r"[A-Z]{2,8}", ws[0]) is not None
    if cand is not None and len(segments) >= 2 and (cand[0].split()[0].lower() in {"the", "a", "an"} or owned(cand[0].split()[0]) or acronym_post(cand[0].split())) and is_person_head(head_noun(cand[0].split())):
        prev_a, prev_b = segments[-2]
        name = text[prev_a:prev_b].strip(" ,;:")
        person = parse_person(name)[1]
        # (the name may keep its honorific: "Mr Roe, Arden's chief executive said")
        if person is not None and ((person == name and len(name.split()) > 1) or re.fullmatch(rf"(?:{HONORIFIC_ALT})\.?\s+{re.escape(person)}", name)):
            return name, prev_a + text[prev_a:prev_b].index(name)  # "Adam Hume, the BBC's futurologist told", "Jo Dent, Arden's finance chief said": the name
    # "Tom Hale, president of the networks division at the firm says": a post with the body it is in,
    # after a name, with no comma to close it, is an aside about the name; the body at its end is no subject
    post_of = re.match(r"(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*)\s+(?:of|at|for)\s", whole[lead:])
    if cand is not None and len(segments) >= 2 and post_of and is_person_head(norm(post_of.group("head"))) and cand[1] > last_a + lead + post_of.start("head"):
        prev_a, prev_b = segments[-2]
        prev = text[prev_a:prev_b].rstrip(" ,;:")
        # (the name opens its clause: "But Tom Hale, …", "…, but Tom Hale, …"; not "Kelso hired Tom Hale, …")
        opened = re.fullmatch(r"(?P<lead>\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et|However|Meanwhile|Now|while|whereas),?\s+)?)(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+)", prev)
        if opened and parse_person(opened.group("name"))[1] == opened.group("name"):
            return opened.group("name"), prev_a + opened.start("name")
    # "Nevertheless, some analysts say …": a quantity of people is a subject of its own, not an aside
    # (but "Rights groups, top officers and many MPs say": the last of a list)
    quantity = cand is not None and cand[0].split()[0] in {"some", "many", "most", "several", "others"} and not re.search(r"\band\s+$", text[last_a : cand[1]])
    if cand is not None and (not _appositive(cand[0]) or quantity or _titled_name(cand[0])):
        return cand
    if cand is None and re.match(r"\s*(?:but|and|yet|while|whereas)\s+(?:his|her|its|their|the|this|these|those|such)\s+[a-z]", text[last_a:last_b]):
        return None  # "…, a lifelong fan, but his quiet determination suggests": a new subject, no speaker
    # "Shoppers are worried about radio ID (RFID) tags, a survey says": the sentence opens with a clause
    # of its own, so the phrase before the verb is its subject, not an aside about an earlier one.
    first_a, first_b = segments[0]
    opening_clause = text[first_a:first_b].strip(" ,;:(")
    # (a past participle with its phrase is no verb: "A book published by X, a member of Y, says")
    finite = has_verb(re.sub(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+[a-z]+ed\s+(?:by|in|at|on|for|with|from|to|under|into|during|after)\b", " ", opening_clause))
    if cand is not None and len(segments) > 1 and finite and not ADVERBIAL_START.match(opening_clause) and not re.search(r"\b(?:who|which|whose)\b", text[first_a:last_a]):
        return cand
    # "Kelso Steel, a big steel maker, could cut 400 jobs, its chief executive has said": the clause
    # whose verb follows an aside ends at the last comma too, so the phrase after it is the subject.
    if cand is not None and len(segments) > 2 and not ADVERBIAL_START.match(opening_clause) and not has_verb(opening_clause) and not re.search(r"\b(?:who|which|whose)\b", text[first_a:last_a]):
        a, b = segments[-2]
        if has_verb(text[a:b]) and re.match(r"\s*(?:will|would|could|can|may|might|must|should|is|are|was|were|has|have|had)\s", text[a:b]):
            return cand
        # (or a verb in the past, after an adverb: "The Kelso Museum, scene of the first murder, recently
        # gave permission for filming, showbusiness paper Variety reported.")
        past = re.match(r"\s*(?:(?:also|then|later|recently|\w+ly)\s+)?(?P<verb>[a-z]+ed|[a-z]+)\s+(?!by\b)", text[a:b])
        if past is not None and (past.group("verb").endswith("ed") or past.group("verb") in IRREGULAR_PAST) and not re.search(r"[“”\"]", text[a:b]):
            return cand
    # "Hale, whose nomination was for Big Film, died at his home in Kell, a spokesman said": after a
    # relative clause set off by commas the subject's own verb opens a later segment, so the clause
    # ends at the last comma and the phrase after it is the cue's subject.
    if cand is not None and len(segments) > 3 and not has_verb(opening_clause) and re.match(r"\s*(?:who|which|whose)\s", text[segments[1][0] : segments[1][1]]):
        verb = rf"\s*(?:(?:also|then|later|now|still)\s+)?(?:will|would|could|can|may|might|must|should|is|are|was|were|has|have|had|[a-z]{{2,}}ed|{'|'.join(sorted(IRREGULAR_PAST))})\s"
        if any(re.match(verb, text[a:b]) for a, b in segments[2:-1]):
            return cand
    # "Curt Hopkins, director of the Committee, told": the first segment that is a noun phrase
    # on its own is the subject; the rest describe it.
    found = []
    opening = True  # nothing but adverbials so far: the next segment opens the clause
    for k, (a, b) in enumerate(segments[:-1]):
        # Only asides may stand between a subject and its verb: no clause of their own
        # ("Called Speegle, it has the look of …, with the added …" names no speaker).
        between = [text[x:y].strip() for x, y in segments[k + 1 :]]
        if any(has_verb(seg) and re.match(r"(?:it|he|she|they|we|I|there|this)\b", seg, re.I) for seg in between):
            continue
        # (nor is the first word of a list whose last items and noun go on with a verb of their own:
        # "Faster, better or funkier phones alone will not help, research suggests" is no "Faster")
        if between and re.match(r"[\w’'-]+\s+(?:or|and)\s", between[0]) and has_verb(between[0]):
            continue
        seg = text[a:b]
        # (nor an item of a list that a relative clause before it holds: "The Kelso Alliance, which
        # includes the Ashby Society, Dale Aid and the Kelso Fund, said …" is the alliance, not Dale Aid)
        if (
            k >= 2 and any(re.match(r"\s*(?:which|who)\s+[a-z]", text[x:y]) for x, y in segments[1:k])
            and re.search(r"\s(?:and|or)\s", text[segments[-2][0] : segments[-2][1]]) and not any(has_verb(s) for s in [seg.strip(), *between[:-1]])
        ):
            continue
        core_end = a + len(seg.rstrip(" ,;:(—–-)"))
        lead = LEADING.match(seg) or re.match(r"\s*(?:but|and|yet|while|whereas)\s+", seg)  # "…, but Turkey, which …, insisted"
        a2 = a + (lead.end() if lead else len(seg) - len(seg.lstrip()))
        if a2 >= core_end:
            continue
        if ADVERBIAL_START.match(text[a2:core_end]):
            # "After the announcement WLGA finance spokesman Bob Wellington, of Torfaen, said": the
            # person the adverbial leads up to.
            tail = _np_tail(text, a2, core_end)
            runs = list(CAP_RUN.finditer(tail[0])) if tail else []
            if tail and runs and runs[-1].end() == len(tail[0]) and parse_person(runs[-1].group())[1] and len(runs[-1].group().split()) > 1:
                found.append((runs[-1].group(), tail[1] + runs[-1].start()))
            elif tail and runs and runs[-1].end() == len(tail[0]) and k + 1 < len(segments) and re.match(r"\s*(?:which|who)\b", text[segments[k + 1][0] : segments[k + 1][1]]):
                found.append((runs[-1].group(), tail[1] + runs[-1].start()))  # "Last year MAB, which opposed the war, urged"
            continue
        np = _np_tail(text, a2, core_end)
        # An aside never opens the clause: "A local official, who asked not to be named, said".
        # (the phrase may keep only the name after capitalised titles: "Lib Dem Sir Archy Hale, who …, said")
        whole = np is not None and (
            np[1] == a2 or (re.fullmatch(r"(?:[A-Z][\w’'-]*\s+)+", text[a2 : np[1]]) is not None and re.match(rf"(?:{HONORIFIC_ALT}|Baroness|Prof)\.?\s", np[0]) is not None)
            # "He spoke as Sir Ed Lane, CBI director general, warned …": a clause that hangs on the
            # main one opens with the name, its title an aside after it
            or (re.search(r"\b(?<!such )(?:as|while|whilst|whereas|when|after|before|because|since|although|though)\s+$", text[a2 : np[1]]) is not None and parse_person(np[0])[1] is not None and len(parse_person(np[0])[1].split()) > 1)
        )
        # ("The club's new manager, former England striker Tom Hale, said": a name after its own
        # lower-case title, in apposition, is the subject's name)
        if whole and (not _appositive(np[0]) or opening or _titled_name(np[0])):
            found.append(np)
        opening = False
    # "The new President, Viktor Yushchenko, has said": the name rather than the title.
    named = [
        np for np in found
        if any(not all(_is_title_word(w) or w.lower() in QUANTIFIERS for w in r.group().split()) for r in CAP_RUN.finditer(np[0]) if r.group().lower() not in DETERMINERS)
    ]
    people = [
        np for np in named
        if parse_person(CAP_RUN.findall(np[0])[-1])[1] and np[0].rstrip().endswith(CAP_RUN.findall(np[0])[-1]) and not POSSESSIVE.search(CAP_RUN.findall(np[0])[-1])
        and not re.search(r"\b(?:of|for|at|from|in|with|by)\s+(?:the\s+)?$", np[0].rstrip()[: -len(CAP_RUN.findall(np[0])[-1])])
    ]  # (not "Ms Jowell's deputy, Richard Caborn, said": the owner is no speaker; nor "Acme Power, the
    # operator of Kelso's Ashby Dam, said": a name after a preposition is what the phrase is about)
    return (people or named or found or [cand])[0]


def _is_title_word(word: str) -> bool:
    return norm(word) in ROLE_WORDS


head_noun = nominal_head


# A subject (determiner or plural noun first), then a participle and its phrase, up to the verb:
# "the legal team for two suspects being held without trial", "Residents living near the site".
_PARTICIPLE_AFTER_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|However|Meanwhile|Now),?\s+)?(?P<np>(?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Mm]any|[Tt]wo|[Tt]hree|[Ss]everal|[Oo]ther)\s+)?(?:[\w’'-]+\s+){0,6}?[\w’'-]+?)"
    r"\s+(?:being\s+[a-z]+(?:ed|en|eld|ept|ought)|(?!(?:during|according|including|regarding|concerning|following)\b)[a-z]{3,}ing)"
    r"\s+(?:for|near|outside|inside|at|in|on|from|with|without|to|by|under|around|behind|over|the|a|an|his|her|their|its)\b[^,;:“”\"]*$"
)


def _titled_name(np: str) -> bool:
    """"former minister Tom Hale", "chief economist Ann Roe": lower-case title words and a person's
    full name after them name the subject itself, no aside about an earlier one ("The market, former
    minister Tom Hale said, has no morality"; not "director of the Committee")."""
    # (a nationality, a party or a firm may qualify the title: "former British government minister Tom
    # Hale", "former KelCom finance chief Ann Roe")
    m = re.fullmatch(rf"(?P<title>(?:[a-z][\w-]*\s+|[A-Z][a-z]+(?:[A-Z][a-z]+)?\s+(?=[a-z])){{1,5}})(?P<name>{CAP_RUN.pattern})", np.strip())
    if m is None or re.search(r"\b(?:of|at|for|from|in|with|by|to|and|or|the|a|an)\s", m.group("title")):
        return False
    last = norm(m.group("title").split()[-1])
    person = parse_person(m.group("name"))[1]
    return (last in ROLE_WORDS or is_person_head(last)) and person == m.group("name") and len(person.split()) > 1


def _appositive(np: str) -> bool:
    """"director of the Committee", "an executive at Xstrata": words that describe a subject."""
    words = np.split()
    first = words[0]
    # (a bare plural for people or bodies is a subject of its own: "The cuts, unions say, are unfair",
    # "The plans, health officials said, were …", as "critics" is)
    group = len(words) <= 2 and all(w.islower() for w in words) and re.fullmatch(r"[a-z][\w-]*s", words[-1]) is not None and (
        is_person_head(norm(words[-1])) or singular(norm(words[-1])) in ORG_NOUNS
    )
    return not group and ((first[0].islower() and first not in {"the", "both", "police", "experts", "analysts", "critics"}) or first in {"a", "an"})


def np_forward(text: str, start: int, limit: int) -> tuple[str, int] | None:
    """The noun phrase that opens a clause: "Souness", "The government", "G7 ministers",
    "Oxfam senior policy adviser Max Lawson" (up to its verb)."""
    words = _np_words(text[start:limit])
    if not words or words[0][1] > 2:
        return None
    if re.fullmatch(PRONOUN, words[0][0]):
        return words[0][0], start + words[0][1]
    taken: list[tuple[str, int]] = []
    for w, off in words:
        lw = w.lower()
        if taken and text[start + taken[-1][1] + len(taken[-1][0]) : start + off].strip():
            break  # punctuation between words
        if lw in NOT_NP and not (lw in {"and", "to"} and taken and taken[-1][0][0].isupper()) and not (w.isupper() and len(w) > 1):
            break
        if lw in NP_PREPS and lw != "of" and not (taken and taken[-1][0][:1].islower()):
            break
        if taken and w[0].islower():
            prev_cap = taken[-1][0][0].isupper() and taken[-1][0].lower() not in ROLE_WORDS  # (not "Former civil service chief")
            # (nor a nationality after "a": "A British farming group has …" goes on to its noun)
            prev_cap = prev_cap and not (len(taken) >= 2 and taken[-2][0].lower() in {"a", "an"} and (norm(taken[-1][0]) in DEMONYMS or DEMONYM.fullmatch(taken[-1][0]) is not None))
            # (a noun in the possessive is a noun still: "Kelso magazine's editor Tom Hale said …, adding …")
            lw = re.sub(r"(?:’s|'s)$", "", lw)
            known = lw in PERSON_NOUNS or lw in ORG_NOUNS or singular(lw) in PERSON_NOUNS | ORG_NOUNS or lw in ROLE_WORDS
            verbish = (lw.endswith(("ed", "ly")) and "-" not in lw) or (prev_cap and not known) or lw in IRREGULAR_PAST
            if verbish and taken[-1][0].lower() not in NP_DETS:
                break
            # "The Tory leader supports a cut and has said …": after a singular person or body noun, a
            # word in -s that is no noun of either kind is the verb
            singular_head = taken[-1][0][:1].islower() and not taken[-1][0].endswith("s") and norm(taken[-1][0]) in PERSON_NOUNS | ORG_NOUNS
            if singular_head and not known and re.fullmatch(r"[a-z]+[^su']s", w):
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
    head = head_noun([w for w, _ in taken])
    if not (any(w[0].isupper() for w, _ in taken) or head in PERSON_NOUNS or head in ORG_NOUNS or singular(head) in ORG_NOUNS):
        return None
    return text[s:e], s


# Nouns for a body that speaks itself (not a document, whose "published by X" names its author).
_SPEAKING_BODIES = INTRODUCING - {"book", "paper", "newspaper", "magazine", "website"}


# The words a body's own name ends in ("the Kelso Travel and Leisure Council", "the Hale Internet and
# Civic Life Project").
_BODY_NAME_ENDS = ORG_NOUNS | {"project", "institute", "centre", "center", "council", "trust", "fund", "office", "programme", "organisation", "organization", "society"}


def _named_with_and(text: str, s: int, taken: list[tuple[str, int]], off: int, limit: int) -> bool:
    """Does the "and" at ``s + off`` join two parts of one body's name: "according to the World Travel
    and Leisure Council" (capitalised words on both sides, after "the", the run after it ending in a
    body's word, the part before it none of its own: not "Kelso Council and Ross Trust")?"""
    if len(taken) < 2 or taken[0][0].lower() != "the" or not all(w[:1].isupper() for w, _ in taken[1:]):
        return False
    if norm(taken[-1][0]) in _BODY_NAME_ENDS or norm(taken[-1][0]) in NON_NAME:
        return False
    after = CAP_RUN.match(text, s + off + 4, limit)
    return after is not None and " of " not in after.group() and norm(after.group().split()[-1]) in _BODY_NAME_ENDS and not re.match(r"(?:The|A|An)\b", after.group())


def np_after(text: str, pos: int, limit: int) -> tuple[str, int] | None:
    """The speaker named after the verb: "said Blinken", "said Stuart Hensel of the EIU",
    "said Daiwa Securities analyst Mark Pervan", "said the minister, Jack Smith"."""
    rest = text[pos:limit]
    m = re.match(r"\s+", rest)
    if not m:
        return None
    s = pos + m.end()
    p = re.match(rf"{PRONOUN}\b", text[s:limit])
    if p:
        return p.group(), s
    words = _np_words(text[s:limit])
    taken: list[tuple[str, int]] = []
    for w, off in words:
        lw = w.lower()
        if taken and text[s + taken[-1][1] + len(taken[-1][0]) : s + off].strip():
            break
        if lw in NP_PREPS and taken and taken[-1][0][0].isupper() and taken[-1][0].lower() not in DETERMINERS and not (
            lw == "of" and (norm(taken[-1][0]) in ORG_NOUNS - {"executive"} or norm(taken[-1][0]) in ROLE_WORDS)
            and re.match(r"\s+(?:the\s+)?[A-Z]", text[s + off + 2 : limit])
        ):
            break  # (but "says the Institute of Public Policy Research": a body's name runs on past "of", and
            # a title's too: "said UK Chancellor of the Exchequer Gordon Brown")
        if lw == "and" and _named_with_and(text, s, taken, off, limit):
            taken.append((w, off))
            continue
        if lw in {"at", "in", "on", "outside", "during", "after", "before", "when", "while", "as", "who", "which", "to", "and", "but", "that", "with", "from", "about", "over"}:
            break
        if lw in NOT_NP and lw not in DETERMINERS and not (w.isupper() and len(w) > 1):
            break
        bare = lw.rstrip(".,;:!?")
        if taken and taken[-1][0][0].isupper() and w[0].islower() and (
            bare in TIME_WORDS | {"afterwards", "afterward", "tonight", "tomorrow", "too"} or (bare.endswith("ly") and len(bare) > 4 and bare not in LY_NOUNS)
        ):
            break  # "said Nadal afterwards", "said Ms Ray quietly": the name ends before its adverb
        if taken and w[0].islower() and bare.endswith("ed") and "-" not in bare and (is_person_head(norm(taken[-1][0])) or norm(taken[-1][0]) in _SPEAKING_BODIES):
            break  # "said one musician questioned by the BBC": the person, not the words describing them
            # (or a body: "according to a spokesman for the steel regulator quoted in the Kelso Post")
        taken.append((w, off))
        if len(taken) >= 9:
            break
    while taken and taken[-1][0].lower() in DETERMINERS | {"of", "for"}:
        taken.pop()
    if not taken:
        return None
    e = s + taken[-1][1] + len(taken[-1][0])
    np = text[s:e].rstrip(".")
    if not np:  # "According to ." names no one
        return None
    # "points out former Olympian and BBC pundit Steve Cram": two titles of the person named last.
    both = re.match(rf"\s+and\s+(?:[\w’'-]+\s+){{0,4}}?(?P<name>{CAP_RUN.pattern})(?=\s*[,.;:]|\s*$)", text[e:limit])
    if both and " " not in (parse_person(np)[1] or "") and " " in (parse_person(both.group("name"))[1] or ""):
        return both.group("name"), e + both.start("name")
    # "said the minister, Jack Smith": the name in apposition is the speaker.
    appo = re.match(rf",\s+({CAP_RUN.pattern})(?=\s*[,.;:]|\s*$)", text[e:limit])
    if appo and np.split()[0].lower() in DETERMINERS and parse_person(appo.group(1))[1]:
        return appo.group(1), e + appo.start(1)
    # "said Kestrel director of planning, Tom Hale", "said Acme spokeswoman, Ann Roe": a title with
    # no determiner (a role noun in it, no name of its own) before a full name is that person's too.
    if appo and parse_person(np)[1] is None and any(w.islower() and norm(w) in PERSON_NOUNS for w in np.split()):
        full = parse_person(appo.group(1))[1]
        if full is not None and len(full.split()) > 1:
            return appo.group(1), e + appo.start(1)
    return np, s


def split_run_parts(run: str) -> list[tuple[int, str]]:
    return split_run(0, run)


def as_named(np: str) -> str:
    """An unnamed source or body as the article names it, without a sentence-initial capital."""
    np = np.strip()
    first, _, rest = np.partition(" ")
    if first in {"The", "A", "An", "Both"} and rest:
        return first.lower() + " " + rest if first != "Both" else rest
    return np


def source(cast: Cast, name: str, pos: int, head: str) -> Entity:
    """An unnamed speaker as the article names it: "a spokesman" (he), "analysts" (they)."""
    # (two or three people named as one: "The couple claimed … They said …" is the couple)
    plural = head.endswith("s") and head not in {"boss", "police"} or head in {"police", "couple", "pair", "duo", "trio"}
    ent = cast.add_org(name, pos, plural=plural)
    if not plural and ent.kind == "org":
        ent.kind = "source"
        ent.female = True if head.endswith("woman") else False if head.endswith("man") else None
    return ent
