"""Small helpers on reported clauses and quote spans: where a clause ends, whether it is one,
and the trimming every quote span goes through.
"""

from __future__ import annotations

import re

from .quote_patterns import (
    CLAUSE_OPENERS,
    CLOSE,
    CONTENT_OK,
    COORD_STOP,
    IRREGULAR_PAST,
    LEADING,
    MODAL_STOP,
    NEW_CUE,
    NOT_NP,
    NP_DETS,
    OBJECT_ALT,
    OBJECT_WORDS,
    OPEN,
    PARTICIPLE_STOP,
    PREPOSITIONS,
)
from .speakers import Entity
from .types import Quote, QuoteKind


# The words after a cue that interrupts its sentence go on from the subject before it: "The main
# problem, she said, was the cost."
GOES_ON = re.compile(r"(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must)\s")


def subject_before_cue(text: str, s: int, comma: int) -> tuple[int, int] | None:
    """The subject a cue interrupts, from the sentence start ``s`` (past "But", "However, " …) to
    the ``comma`` before the cue: one to twelve words without quotation marks, else None."""
    lead = LEADING.match(text, s, comma)
    start = lead.end() if lead else s
    if re.search(r"[“”\"]", text[start:comma]) or not 1 <= n_words(text[start:comma]) <= 12:
        return None
    if re.search(r"\b(?:that|which|who)\s*$", text[start:comma]):
        return None  # "A fine PC that, according to Ms Ng, has …": the cue is inside a relative clause, not after a subject
    return start, comma


def clause_end(text: str, start: int, e: int, one_person: bool = False) -> int:
    """Where reported words end: the sentence end, or before "…, but did not …", "… and said …"
    (a verb phrase coordinated with the speech verb) or "…, adding …". With ``one_person`` speaking,
    a plural verb after "and" ("Ms Roe said the plans were weak and were unfair") cannot be hers: it
    goes on with the reported clause's own plural subject."""
    end = e
    modal = MODAL_STOP.search(text, start, e)
    if modal and not has_verb(text[start : modal.start()]) and not _in_quoted(text, start, modal.start(), e):
        end = modal.start()  # "admitted fraud and will testify": the object had no clause to go on with
    for pat in (COORD_STOP, PARTICIPLE_STOP, NEW_CUE):
        # (not inside the speaker's own quoted words: 'noted the star "was required to and did
        # employ doctors"' goes on to the closing mark)
        plural = lambda x: pat is COORD_STOP and one_person and re.fullmatch(r",?\s+(?:and|but)\s+(?:(?:also|then|later|still|yet)\s+)?(?:were|are|have)", x.group()) is not None
        same_tense = lambda x: pat is COORD_STOP and _aux_goes_on(text, start, x)
        # "say it has both violated state aid rules and threatened competition": the "and" of "both … and"
        # joins two verbs of the reported clause, not the speaker's own act
        both = lambda x: pat is COORD_STOP and re.match(r"\s+and\b", x.group()) is not None and re.search(r"\bboth\s+[^,;:]+$", text[start : x.start()]) is not None
        m = next((x for x in pat.finditer(text, start, e) if not _in_quoted(text, start, x.start(), e) and not plural(x) and not same_tense(x) and not both(x)), None)
        if m and m.start() < end and n_words(text[start : m.start()]) >= 1:
            end = m.start()
    return _sentence_end(text, end)


# The tense of an auxiliary or modal: "past" for a backshifted clause, "present" for one that is not;
# "may", "might", "must" and "should" fit either.
_AUX_TENSE = {
    "is": "present", "are": "present", "has": "present", "have": "present", "will": "present", "can": "present",
    "does": "present", "do": "present", "was": "past", "were": "past", "had": "past", "would": "past",
    "could": "past", "did": "past",
}
_CLAUSE_VERB = re.compile(
    r"\b(?:(?P<aux>is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do)"
    r"|(?P<past>(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)[a-z]{3,}ed|rose|fell|grew|saw|took|made|went|came|gave|got|won|lost|sold|paid|"
    r"met|held|led|brought|bought|thought|found|became|began|ran|spoke|told|felt|kept|left|knew|wrote|spent|built))\b"
)
# The speaker's own acts on an object after the words: praise, and what they went on to do
_SPEAKER_ACTS = {"praised", "welcomed", "thanked", "congratulated", "hailed", "defended", "tribute", "attacked", "ordered", "offered", "confirmed", "accepted"}
_SINGULAR_AUX = {"is", "was", "has"}
_PLURAL_AUX = {"are", "were", "have"}


def _aux_goes_on(text: str, start: int, coord: re.Match[str]) -> bool:
    """Does "and"/"but" with an auxiliary or modal after it (``coord``) go on with the reported
    clause at ``start`` rather than with the speech verb? It does when the clause's own first verb
    has the auxiliary's tense and number: "Ann Roe said the plan was weak and was unlikely to pass",
    "Kelso says it is growing and will hire", "said it had closed a plant and had cut jobs", "said
    the cuts would hurt and could cost jobs". A clause in another tense or number leaves the verb to
    the speaker's own sentence: "admitted his side were lucky but is still unhappy", "said he would
    retire but has released an album", "says the fees are too high, and had gone to court"; so does
    "did" ("said X, but did not believe Y") and a complement with no verb ("accused him of cheating
    and was fined")."""
    aux = re.search(r"[a-z]+$", coord.group()).group()
    if aux in _SPEAKER_ACTS:
        # "said the crowd cheered and praised the team": a verb of praise (or another such act) after a
        # clause whose own verb is a plain past may be that clause's subject's too (not after "will
        # have", "was", or no verb)
        first = _CLAUSE_VERB.search(text, start, coord.start())
        return first is not None and first.group("past") is not None
    if aux == "did":
        return _did_not_goes_on(text, start, coord)
    if aux not in _AUX_TENSE:
        return False
    if re.search(r"\b(?:then|later)\s+\w+$", coord.group()) or re.match(r"\s+(?:not\s+)?(?:later|since|subsequently|then)\b", text[coord.end() :]):
        return False  # "said the plan was weak and was later sacked": narration after the words, not in them
    if re.match(r"\s+(?:\w+ly\s+)?(?:said|told|added|claimed|warned|insisted|argued|admitted|denied|announced|confirmed|stressed|revealed)\b", text[coord.end() :]):
        return False  # "said sales had risen and has publicly said …": the speaker speaks again
    first = _CLAUSE_VERB.search(text, start, coord.start())
    if first is None:
        return False
    if _verb_goes_on(first, aux):
        return True
    # "says the project works because PCs are now cheap and have built-in sound": the verb after "and"
    # goes on with the subordinate clause right before it, in the same tense and number as its verb
    subs = list(re.finditer(r"\b(?:because|since|as|when|if|while|whereas|although|though|which|who)\s+(?:[\w’'-]+\s+){1,4}?(?P<aux>is|are|was|were|has|have|had)\b", text[start : coord.start()]))
    sub = subs[-1] if subs else None
    if sub is None or "," in text[start + sub.end() : coord.start()]:
        return False
    verb = sub.group("aux")
    return _AUX_TENSE[verb] == _AUX_TENSE[aux] and not ((verb in _SINGULAR_AUX) != (aux in _SINGULAR_AUX))


def _verb_goes_on(first: re.Match[str], aux: str) -> bool:
    """Does the auxiliary ``aux`` after "and" / "but" fit the reported clause's first verb ``first`` in
    tense and number?"""
    verb = first.group()
    if first.group("aux") is None:
        tense = "past"  # "said sales rose and were expected to …"
    elif verb in {"may", "might", "must", "should"}:
        return True  # "said the remarks may have been rude but were not racist"
    else:
        tense = _AUX_TENSE[verb]
    if tense != _AUX_TENSE[aux]:
        return False
    if (verb in _SINGULAR_AUX and aux in _PLURAL_AUX) or (verb in _PLURAL_AUX and aux in _SINGULAR_AUX):
        return False  # "saying his side are ready, and has named the team": another subject
    # "forecast the bid would succeed and was more concerned with …": a modal's clause does not go
    # on with a plain "was" or "had" (but "had cut jobs and would close a plant" does)
    return not (verb in {"would", "could", "will", "can"} and aux not in {"would", "could", "will", "can"})


# What a speaker, not the reported clause's subject, does not do after speaking: "said the talks had
# failed but did not rule out a strike", "… and did not elaborate", "…, but did not believe …".
_SPEAKER_DID_NOT = re.compile(
    r"(?:\s+not|n[’']t)\s+(?:(?:want|wish)\s+to\s+)?(?:say|comment|elaborate|give|specify|name|reveal|disclose|explain|rule|confirm|deny|"
    r"respond|reply|answer|identify|provide|offer|mention|discuss|go\s+into|believe|think|expect|accept|know\s+(?:when|how|why|if|whether|what)|return)\b"
)


def _did_not_goes_on(text: str, start: int, coord: re.Match[str]) -> bool:
    """Does "and did not …" (``coord`` ends at "did") go on with the reported clause at ``start``? It
    does when the clause is backshifted with a plain past verb and what follows is not the speaker's
    own act: "Ann Roe said the trust was rich and did not need to cut wards", "said the plan was
    flawed and did not follow the rules". A clause with a modal leaves it to the speaker ("said it
    would appeal and did not expect …"), and so do a comma before it ("said he was angry, but did not
    blame the referee"), "did so" and the speaker's own silence ("… and did not rule out a strike")."""
    after = text[coord.end() :]
    if coord.group().startswith(","):
        return False  # "said he was angry, but did not blame the referee": the comma sets the speaker's own act apart
    if not re.match(r"(?:\s+not|n[’']t)\s", after) or _SPEAKER_DID_NOT.match(after):
        return False
    if re.search(r"\b(?:then|later)\s+did$", coord.group()):
        return False
    first = _CLAUSE_VERB.search(text, start, coord.start())
    if first is None:
        return False
    verb = first.group()
    return first.group("aux") is None or verb in {"was", "were", "had"}


def _in_quoted(text: str, start: int, pos: int, e: int) -> bool:
    """Is ``pos`` inside a quoted fragment opened after ``start`` and closed before ``e``? (An inch
    mark, '5\' 10"', opens nothing; a mark left unclosed in the sentence proves nothing.)"""
    marks = lambda chunk: len(re.findall(r'(?<!\d)"', chunk))
    if marks(text[start:e]) % 2 == 0 and marks(text[start:pos]) % 2 == 1:
        return True
    chunk = text[start:pos]
    return chunk.count("“") > chunk.count("”") and "”" in text[pos:e]


# A number spelled out, as a quantity opens: "three million people", "forty firms".
_CARDINAL_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+(?:dozen|hundred|thousand|million))"


def clause_ok(text: str, cs: int, ce: int, after_that: bool = False) -> bool:
    """Do the words at ``cs`` open a reported clause (not "to the BBC", not one word)?"""
    # (a name and a verb in the past are a clause of two words: "saying Gallas overreacted")
    two = re.match(r"(?:it|he|she|they|we|I)\s|[A-Z][a-z]+\s+[a-z]{3,}ed[.!?]?$", text[cs:ce].strip())
    if text[cs : cs + 1] in ":;,." or n_words(text[cs:ce]) < (2 if two else 3):
        return False
    if text[cs : cs + 1] in "“\"‘'" or after_that:
        return True
    first = re.match(r"[\w’'-]+", text[cs:ce])
    if first is None:
        # "said £2bn savings had been made": a sum of money opens the clause's subject
        return re.match(r"[£$€]\d", text[cs:ce]) is not None and has_verb(text[cs:ce])
    if first.group().isupper() and len(first.group()) > 1:
        return True  # "US firms added …" (not the pronoun "us")
    w = first.group().lower()
    if re.match(r"as\s+(?:many|much|few|little)\s+as\s+\S", text[cs:ce], re.I):
        return True  # "said as many as 300 firms may be checked": a quantity opens the clause's subject
    if w in _FRONTING and _fronted_clause(text[cs:ce]):
        return True  # "said as both parties planned cuts, they should accept …": the main clause is past the comma
    if w == "when" and re.search(r"\b(?:said|says|added|adds)\s+$", text[max(0, cs - 8) : cs]) and not _fronted_clause(text[cs:ce]):
        return False  # '"…," he said when his peerage was announced': when it was said (no main clause after a comma)
    lead = _TIME_LEAD.match(text, cs, ce)
    if lead is not None and has_verb(text[lead.end() : ce]):
        return True  # "said after seven years the party had changed": a time phrase, then the clause's subject and verb
    # "The Kelso Greens say in the northern towns, the race is close": right after the speech verb, a
    # phrase set off by its comma and then a clause of its own (not "said Tom Hale of Kelso Films, a …")
    fronted = re.match(r"[^,;:“”\"]{1,60},\s+(?=(?:the|a|an|his|her|its|their|it|he|she|they|we|there)\s)", text[cs:ce])
    right_after = re.search(r"\b(?:say|says|said|add|adds|added|argue|argues|argued|insist|insists|insisted|warn|warns|warned|claim|claims|claimed)\s+$", text[max(0, cs - 10) : cs])
    if right_after and w in PREPOSITIONS - {"of", "from"} and fronted and not has_verb(fronted.group()) and has_verb(text[cs + fronted.end() : ce]):
        return True
    if w in PREPOSITIONS:
        # "about 8,500 vehicles", "over 100 people", "about three million people": a quantity, not a
        # place or a topic (not "about one of them": "one" is a pronoun as often as a number)
        return bool(re.match(rf"(?:about|over|around|under|up to|at least|at most|more than|less than|fewer than|nearly|almost)\s+(?:[\d£$€]|{_CARDINAL_WORD}\s)", text[cs:ce]))
    if w.endswith("ly") and re.match(r"[\w’'-]+\s+(?:against|for|about|on|over|with|by)\s", text[cs:ce]):
        return False  # "argued vociferously against the move", "spoke warmly about the club", "responded quickly by scoring": how, not what
    if w == "now" and has_verb(text[cs + len(w) : ce]):
        return True  # "However, he said, now 45% of users send pictures": "now" opens the clause, as "today" does
    if w == "who" and _WHO_SUBJECT.match(text, cs, ce) and re.search(r"\b(?:said|says|added|adds|argued|argues|insisted|insists|stressed|stresses)\s+$", text[max(0, cs - 12) : cs]):
        return True  # "said who ran the scheme was not the issue": a free relative is the clause's subject
    if w == "which" and re.search(r",\s*$", text[max(0, cs - 3) : cs]):
        return False  # "…, said X in his interview, which was conducted by …": a relative clause
    return w not in NOT_NP or w in CLAUSE_OPENERS


# "who ran the scheme was not the issue": a free relative with its own verb, then the clause's verb
_WHO_SUBJECT = re.compile(
    r"who\s+[a-z][\w’'-]*\s+[^,;:“”\"]*?\s"
    r"(?:is|was|were|are|has|had|will|would)\s+(?:not\s+|never\s+)?\w"
)


# Subordinators (and prepositions that are subordinators too) that may open a reported clause with a
# clause of their own before its main one: "said as both parties planned cuts, they should accept a
# drop", "said once Britain had opted in, it could not opt out" (as "said if …" and "said while …" do).
_FRONTING = {"as", "once", "since", "after", "before", "until", "whilst", "whereas"}
# (a "then" may stand for the comma: "said once Britain had opted in then it could not opt out"; so
# may the dash closing an aside: "said as both parties planned cuts - Labour of 8,000 and the Tories
# of 10,000 - they should accept a drop")
_FRONTED = re.compile(
    r"(?:as|once|since|after|before|until|whilst|whereas|when)\s+([^,;:“”\"]+?)(?:,\s+|\s+then\s+|\s+[-–]\s+(?:[^,;:“”\"-]|,(?=\d))+\s+[-–]\s+)"
    r"((?:it|he|she|they|we|I|there|this|the|a|an|his|her|its|their|[A-Z][\w’'-]*)\s[^;:]+)",
    re.I,
)


# A time phrase opening a reported clause before its subject (no comma needed): "said after seven years
# the party had changed", "said by the time pupils reach 16, it is too late", "However, he said, now 45%
# of people use …" (not "said during an interview …", "will say, before arguing …": when it was said).
_TIME_LEAD = re.compile(
    r"(?:(?:now|today|currently|already|increasingly)\s+"
    r"|(?:after|before|since|until)\s+(?:(?![a-z]+ing\s)[\w’'%-]+\s+){1,4}?"
    r"|by\s+the\s+time\s+[^,;:“”\"]{1,80}?,?\s+"
    r"|over\s+the\s+(?:next|past|last|coming)\s+(?:[\w-]+\s+){1,2}?)"
    r"(?=(?:it|he|she|they|we|there|the|a|an|his|her|its|their|this|these|those|[A-Z][\w’'-]*|\d[\w.,%]*)\s)"
)


def _fronted_clause(chunk: str) -> bool:
    """Is ``chunk`` a subordinate clause (with its own verb, not "after the meeting" or "as he left
    the court") followed by a comma and a main clause with a subject and a verb?"""
    m = _FRONTED.match(chunk)
    if m is None or not has_verb(m.group(1)) or len(m.group(1).split()) < 2:
        return False
    main = m.group(2)
    return has_verb(main) and not re.match(r"(?:and|but|or|adding|saying|said)\b", main)


# Words after which a verb is no longer the predicate of the noun phrase before them: a subordinate
# or relative clause ("answered his critics as he scored", "recalls the crash which ended his
# season"), not the clause a speech verb reports.
_LINKERS = {"as", "when", "after", "before", "while", "whilst", "because", "if", "until", "since", "unless", "who", "which", "whom", "whose", "where"}


def _object_then_linker(head: str) -> bool:
    """Does ``head`` (opening with a determiner) reach its first verb only past a linker, so that it is a
    noun phrase with a clause of its own, not a subject and its verb? "his current form and repeats
    the times …", "the eulogy delivered by …" (a participle with its agent) count too; "the experienced
    Bob Tan" has an adjective, not a verb."""
    words = re.findall(r"[\w’'-]+", head)
    for i, w in enumerate(words):
        lw = w.lower()
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if lw in _LINKERS:
            if lw in {"who", "which", "whom", "whose"}:
                # "reported the deal which lifts its shares was done": a verb past the relative clause's
                # own (the word right after the pronoun, or its first verb), with no linker between, is
                # the reported clause's
                rest = words[i + 1 :]
                own = 0 if rest and re.search(r"(?:s|ed)$", rest[0]) else next((k for k, v in enumerate(rest) if has_verb(v)), len(rest))
                for v in rest[own + 1 :]:
                    if v.lower() in _LINKERS or v.lower() in {"and", "but", "or"}:
                        break
                    if has_verb(v):
                        return False
                return True
            if lw == "as" and not re.match(r"(?:he|she|it|they|we|I|the|a|an|his|her|its|their|[A-Z])", words[i + 1] if i + 1 < len(words) else ""):
                continue  # "reported a third shareholder as opposed to the deal": a complement, no clause
            return True
        if lw in {"and", "but", "or"} and nxt and (
            has_verb(nxt) or (nxt.endswith("s") and i + 2 < len(words) and words[i + 2].lower() in NP_DETS)
            or nxt in {"he", "she", "it", "they", "we", "I"}  # "wrote the software and they control …": a clause of its own
        ):
            return True  # a verb phrase coordinated with the speech verb's: "maintains his form and repeats the times"
        if i > 0 and words[i - 1].lower() in NP_DETS:
            continue  # "the experienced …": an adjective
        if lw == "plans" and nxt != "to":
            continue  # "their support for the government plans on Monday": the verb takes "to", the noun anything else
        if has_verb(w):
            return w.endswith("ed") and nxt == "by"
    # "the full scale of his planned tax cuts": no verb past its adjectives, a noun phrase only
    return True


# Plural nouns that ``has_verb`` reads as verbs in -s ("the firm plans to …").
_PLURAL_NOUN_VERBS = {"plans", "hopes", "needs", "works", "shows", "looks", "means"}


def bare_object(text: str, cs: int, ce: int) -> bool:
    """"confirmed the news on Monday", "denied the charges": a noun phrase, not what was said."""
    chunk = text[cs:ce]
    first = chunk.split(" ", 1)[0].lower()
    head = chunk.split(",", 1)[0]  # "denied the claims, made in a new book …": an aside after the object
    if re.search(r"[“”\"]", chunk):
        return False
    # "made a hash of claiming it as the ball bounced into touch": an object pronoun with a linker or a
    # preposition right after it is no clause's subject (a subject "it" has its verb next: "claimed it was")
    second = re.match(r"\S+\s+([a-z]+)", chunk)
    if first in {"it", "them", "him"} and second and (second.group(1) in _LINKERS or second.group(1) in PREPOSITIONS):
        return True
    if first in _PLURAL_NOUN_VERBS:
        # "announced plans to cut 1,000 jobs", "unveiled plans for a new store": the word right after the
        # verb is no clause's verb (a clause opens with its subject), so a plural noun that is also a verb
        # in -s heads the object; a verb after it is the clause's ("announced plans would be shelved")
        rest = head[len(first) :]
        return not has_verb(rest) or _object_then_linker(rest)
    if has_verb(head):
        # (also "forecast more severe weather of the type which caused havoc": a quantity word opens
        # the object, whose verb is its relative clause's)
        return (first in NP_DETS or first in {"more", "further", "fresh"}) and _object_then_linker(head)
    if not has_verb(chunk):
        # "reported profits of £5m", "reiterated calls for an inquiry": no clause at all (but "claimed
        # he cannot afford it" is one: a subject pronoun opens a clause)
        return first not in {"he", "she", "it", "they", "we", "i", "you", "there"}
    # "announced its deal with Kelso, which ran to 2009, would end in 2006", "confirmed its chairman, finance
    # chief and company secretary were all in custody": a finite verb right after an aside or a list that
    # the comma opened is the clause's own, whose subject the object only seemed to be
    if re.search(r",\s+(?:(?:which|who)\s+[^,;:]+,|(?:[\w’'-]+\s+){1,5}?and\s+(?:[\w’'-]+\s+){1,4}?)\s*(?:were|was|would|will|is|are|could|had|has)\s", chunk):
        return False
    # "confirmed the news on Monday", "added only 146,000 jobs in January"; also a sum the object gives
    # before its comma, when the clause after the comma is the article's own ("City announced debts of
    # £62m, but Tom Hale confirmed …", "Kelco reported net income of $104m, compared with …")
    amount = re.match(r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+of\s+(?:(?:about|around|nearly|almost|over|some|more\s+than|up\s+to)\s+)?[£$€]?\d[\d,.]*(?:bn|m|%)?\s*$", head)
    return first in NP_DETS or first in {"only", "just", "some", "about", "nearly", "almost", "more", "another"} or first[:1].isdigit() or amount is not None


# A subject pronoun and a word in -s is a verb in the present, whatever the verb: "It represents a
# leap", "She plays the lead" (the word list below cannot name every verb); not in a relative clause
# inside a noun phrase ("added what it calls smart folders").
_PRONOUN_VERB = re.compile(r"(?<!\bwhat\s)(?<!\bwhich\s)(?<!\bthat\s)\b(?:[Ii]t|[Hh]e|[Ss]he)\s+(?:(?:also|still|now|only|already|often)\s+)?[a-z]{2,}[^s\W]s\b")


# "they" and "we" are only ever subjects, so the word after them (past an adverb) is a verb in the
# present whatever its ending: "As people become familiar with it, they tend to spend more".
_PLURAL_PRONOUN_VERB = re.compile(
    r"(?<!\bwhat\s)(?<!\bwhich\s)(?<!\bthat\s)\b(?:[Tt]hey|[Ww]e)\s+(?:(?:also|still|now|only|already|often|just|really|never|always|all|both)\s+)?"
    r"(?!(?:themselves|ourselves|all|both)\b)[a-z]{2,}\b"
)

# Irregular pasts that are no plain form or noun as well ("hit", "cut", "let", "bore" are).
_IRREGULAR_PAST_ONLY = "|".join(sorted(IRREGULAR_PAST - {"hit", "cut", "let", "set", "put", "bore"}))


def has_verb(chunk: str) -> bool:
    if _PRONOUN_VERB.search(chunk) or _PLURAL_PRONOUN_VERB.search(chunk):
        return True
    return bool(re.search(
        r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do|took|made|"
        r"went|came|gave|got|put|left|spoke|told|felt|kept|began|ran|saw|won|lost|sold|paid|met|rose|fell|grew|"
        r"held|led|brought|bought|thought|found|became|set|said|need|needs|want|wants|remain|remains|seem|seems|"
        r"mean|means|take|takes|make|makes|go|goes|work|works|look|looks|get|gets|come|comes|becomes|show|"
        r"shows|face|faces|lack|lacks|expect|expects|plan|plans|hope|hopes|believe|believes|know|knows|"
        r"contains|includes|appears|continues|depends|involves|allows|requires|provides|gives|keeps|puts|sells|grows|"
        r"include|contain|involve|allow|require|provide|exist|exists|suggest|indicate|indicates|"
        r"brings|buys|thinks|affects|reaches|reduces|fails|owns|employs|operates|understood|knew|wrote|heard|meant|sent|"
        r"spent|built|broke|chose|drew|threw|struck|fought|taught|caught|sought|lies|lay|stood|died|won|fell)\b"
        # (an irregular past: "Kelco lent Hale Oil $6bn to buy the unit, it has been revealed.")
        rf"|\b(?:{_IRREGULAR_PAST_ONLY})\b"
        # a word in -ed, but not the end of a compound adjective ("a UK-listed company", "state-owned
        # banks"); a verb with a prefix still counts ("re-opened", "co-founded")
        r"|(?<![\w’']-)\b[a-z]+ed\b|\b(?:re|co|pre)-[a-z]+ed\b",
        chunk,
    ))


# A pronoun's or a one-word name's clause joined on by ", and" or "but" (COORD_STOP reads the verb
# with no subject): "…, and he gave …", "… but McIlroy is unfazed".
_PRONOUN_CLAUSE = re.compile(
    r"(?:,\s+and|,?\s+but|\s+[-–—]\s+(?:and|but))\s+(?:(?P<pronoun>he|she|it)|they|(?:(?:Mr|Mrs|Ms|Dr)\s+)?[A-Z][\w’'-]+)\s+(?:(?:also|then|later|still|now)\s+)?"
    # (after "he", "she" or "it" a word in -s is a verb in the present: "- but he wants to stay")
    rf"(?:(?P<present>is|are|has|have|(?(pronoun)[a-z]{{2,}}[^s\W]s|(?!)))|(?P<past>(?!(?:need|exceed|succeed|proceed)ed\b)[a-z]{{3,}}ed|{_IRREGULAR_PAST_ONLY}))\b"
)


def narration_after(text: str, start: int, e: int, present_cue: bool) -> int | None:
    """Where a pronoun's clause in another tense than the reported words at ``start`` begins, before
    ``e``: the article's own narration, no more of the words. A plain past after words in the present
    ("is at pains to point out that his interest goes beyond a stunt, and he gave a glowing tribute to
    …"), or the present after words a past cue backshifted or put in the plain past ("insisted he did
    not know the date, but it is widely expected to be 5 May", "suggesting the party planned cuts - but
    he wants to stay"; not under "says": "says it would expect … but it has legal advice")."""
    # "protested his innocence - and on Sunday blamed …", "described it as the “be all and end all” - and
    # rumours persist …": after words with no verb of their own (an object and its complement) a dash
    # with "and" or "but" opens the article's own clause (not the closing dash of an aside: "Marsh -
    # the biggest broker - and other firms may have …", nor an aside's opening one: "revealed his red
    # card - and the media storm - had been …")
    for m in re.finditer(r"\s[-–—]\s+(?:and|but)\s", text[start:e]):
        words = text[start : start + m.start()]
        if not re.search(r"\s[-–—]\s", text[start:e].replace(m.group(), " ", 1)) and not has_verb(words) and not _in_quoted(text, start, start + m.start(), e):
            return start + m.start()
        break
    # "Analysts have questioned whether a US court has any say, while Moscow officials have dismissed …",
    # "The Tories claim they can cut taxes, while Labour has offered £22bn savings": a contrast after
    # "while" with a subject of its own in the present perfect is the article's account of the other
    # side (not one in parallel with words in the perfect: "claim rich Americans have cut back, while
    # poorer ones have reined in spending")
    contrast = re.search(r",\s+(?:while|whereas)\s+(?:[\w’'-]+\s+){1,4}?(?:has|have)\s+(?:also\s+|already\s+)?[a-z]+(?:ed|en)\b", text[start:e])
    if contrast and not re.search(r"\b(?:has|have)\s+(?!(?:to|a|an|the|no|any|some|its|their|his|her|been)\b)[a-z]+\b", text[start : start + contrast.start()]) and not _in_quoted(text, start, start + contrast.start(), e):
        return start + contrast.start()
    # "…, a charge the company denies", "…, a claim denied by the chancellor": the article naming the
    # words as a claim that another party rejects is no more of them
    denied = re.search(
        r"(?:,|\s[-–—])\s+(?:a|an|the)\s+(?:claim|charge|allegation|accusation|suggestion|assertion)s?\s+(?:(?:which|that)\s+)?(?:[\w’'-]+\s+){0,4}?"
        r"(?:denies|denied|deny|rejects|rejected|reject|disputes|disputed|dispute|refutes|refuted|refute|dismisses|dismissed|dismiss)\b",
        text[start:e],
    )
    if denied and not _in_quoted(text, start, start + denied.start(), e):
        return start + denied.start()
    for m in _PRONOUN_CLAUSE.finditer(text, start, e):
        if _in_quoted(text, start, m.start(), e):
            continue
        words = text[start : m.start()]
        past_words = re.search(rf"\b(?:was|were|had|did|would|could|[a-z]{{3,}}ed|{_IRREGULAR_PAST_ONLY})\b", words)
        if m.group("past") and past_words is None and re.search(r"\b(?:is|are|has|have|will|can|[a-z]+[^s\W]s)\b", words):
            return m.start()
        first = _CLAUSE_VERB.search(text, start, m.start())
        if m.group("present") and not present_cue and first is not None and (first.group("aux") in {"was", "were", "had", "did", "would", "could"} or first.group("past") is not None):
            return m.start()
    return None


def skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def span_or_none(text: str, cs: int, ce: int) -> tuple[int, int] | None:
    ce = _sentence_end(text, ce)
    # A dash set off by spaces is punctuation, not a word: "said prices were too high - but did
    # not …" ends at "high", the dash before the coordinated verb left out.
    while ce > cs and (text[ce - 1] in " ,;:" or (text[ce - 1] in "-–—" and text[ce - 2 : ce - 1] == " ")):
        ce -= 1
    if ce - cs < 2 or n_words(text[cs:ce]) < 2 or not CONTENT_OK.match(text[cs : cs + 1]):
        return None
    return cs, ce


def quote(text: str, s: int, e: int, ent: Entity, role: str | None, kind: QuoteKind, cue: str) -> Quote:
    return Quote(text[s:e], ent.name, role, kind, " ".join(cue.split()), s, e)


def strip_marks(text: str, s: int, e: int) -> tuple[int, int]:
    if text[s] in OPEN + '"' and text[e - 1] in CLOSE + '"':
        return trim_inner(text, s + 1, e - 1)
    return s, e


def trim_inner(text: str, s: int, e: int) -> tuple[int, int]:
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


def n_words(s: str) -> int:
    return len(re.findall(r"\w+", s))


def dedupe(quotes: list[Quote]) -> list[Quote]:
    out: list[Quote] = []
    for q in quotes:
        if out and q.start < out[-1].end:
            if q.end - q.start > out[-1].end - out[-1].start:
                out[-1] = q
            continue
        out.append(q)
    return out


# Finite verbs and modals that may follow a subject pronoun: "warned it would", "told you were".
_FINITE = r"would|will|could|can|might|may|must|should|shall|was|were|is|are|had|has|have|did|does|do|[a-z]+ed"


def object_end(text: str, pos: int, limit: int) -> int | None:
    """End of the person or outlet told: "told him", "told BBC Radio 4's Today programme",
    "told reporters", "told an investors' conference in Kiev"."""
    rest = text[pos:limit]
    if re.match(rf"\s+(?:it|you)\s+(?:{_FINITE})\b", rest):
        return None  # "warned it might have to …": the pronoun is the reported clause's subject
    m = re.match(r"\s+(?:him|her|them|us|me|you|it)\b", rest)
    if m:
        return pos + m.end()
    # A programme's name may hold "at" and, after the station's possessive, "the": "told BBC Radio
    # 4's the World at One his worry was …" (not "told the BBC the minister was …": that "the" opens
    # the clause).
    m = re.match(
        r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?:[A-Z0-9][\w’'.&-]*|with|(?:and|of|for|on|at)(?=\s+[A-Z])|(?:(?<=’s\s)|(?<='s\s))the(?=\s+[A-Z]))\s+){0,8}(?:[A-Z0-9][\w’'.&-]*)(?:(?:\s+(?:"
        + OBJECT_ALT
        + r")\b){1,2}(?P<named>(?:\s+[A-Z][\w’'.&-]*){0,3}))?(?:\s+in\s+[A-Z]\w+)?",  # "the Argentine newspaper Clarin", "Reuters news agency"
        rest,
    )
    if m and m.group().strip() not in {"the", "a", "an"}:
        if m.group("named") is None and re.match(rf"\s+(?:{_FINITE}|not)\b", rest[m.end() :]):
            # "told the BBC Kelso were unlikely to win", "told the Daily Post Mr Hale would lead …": a
            # run of names right before the clause's verb holds the clause's subject too, from a title
            # or from the name after an outlet's initials (not "told BBC Radio she was …": the outlet's
            # own service)
            run = m.group().strip()
            inner = re.search(r"\s(?=(?:Mr|Mrs|Ms|Dr|Sir)\s)", run) or next(
                (x for x in re.finditer(r"\b[A-Z]{2,4}(\s)([A-Z][a-z]+)", run) if x.group(2).lower() not in OBJECT_WORDS), None
            )
            if inner:
                return pos + len(m.group()) - len(m.group().lstrip()) + inner.start(1 if inner.lastindex else 0)
        if m.group("named") and (re.match(rf"\s+(?:{_FINITE}|not)\b", rest[m.end() :]) or re.search(r"(?:’s|'s)$", m.group("named"))):
            return pos + m.start("named")  # "told the BBC News website Ford did not …": the name opens the clause
            # (so does an owner: "told Reuters news agency Kelso's offer was …")
        return pos + m.end()
    m = re.match(
        r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w’'-]+\s+){0,3}(?:" + OBJECT_ALT + r")\b(?:\s+in\s+[A-Z]\w+)?",
        rest,
    )
    if m:
        # "told news agency Reuters such a move …", "told business newspaper Le Monde the plan …": the
        # outlet's name after its kind is who was told (not "told news agencies Kelso would …": a name
        # with its verb right after it opens the clause)
        named = re.match(r"(?:\s+[A-Z][\w’'.&-]*){1,3}(?=\s+[a-z])", rest[m.end() :])
        verb_next = named is not None and re.match(rf"\s+(?:{_FINITE}|not|cannot|[a-z]+n[’']t|[a-z]{{2,}}[^s\W]s)\b", rest[m.end() + named.end() :])
        if named and not verb_next and not re.search(r"(?:’s|'s)$", named.group()):
            return pos + m.end() + named.end()
        return pos + m.end()
    return None
