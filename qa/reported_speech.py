"""Reported speech: the clause a cue reports ("said (that) …", "accused him of …", "…, he
said.") and "according to X".
"""

from __future__ import annotations

import re

from .names import CAP_RUN, ORG_NOUNS, PERSON_NOUNS, SOURCE_HEADS, is_person_head, norm, parse_person
from .noun_phrases import as_named, head_noun, np_after, singular
from .quote_clauses import (
    GOES_ON,
    bare_object,
    clause_end,
    clause_ok,
    has_verb,
    narration_after,
    n_words,
    object_end,
    quote,
    skip_space,
    span_or_none,
    subject_before_cue,
    trim_inner,
)
from .quote_cues import ArticleState, Cue, cue_text
from .speakers import PLACE_FIRST_WORDS, word_spans
from .quote_patterns import BASE_FORMS, IRREGULAR_PAST, STUDY_NOUNS, SPEECH_VERBS, ADVERBIAL_START, AFTER_VERB, PARTICIPLE_STOP, PHRASE_ONLY, SOURCELESS_NOUN, AUX_WORDS, COMPLEMENT, NP_OBJECT_VERBS, PRONOUN, FINITE_AFTER_THAT, REPORT_SAYING, PREPOSITIONS, TOLD, VERB, ACCUSER_BEFORE
from .text import Paragraph
from .types import Quote


_SUBORDINATE = r"(?:because|since|although|though|as|while|whereas|so that)\b"
# A sentence that opens with a subordinate or participle clause ("Because …, ", "Unless …", "Having …",
# "Speaking …"), whose words before a cue are no clause the speaker says on its own.
_FRONTED_CLAUSE = re.compile(r"\s*(?:(?:But|And|Yet|So)\s+)?(?:Because|Unless|Until|Whether|Had|Were|Should|Having|Being)\b")


def _mid_sentence(text: str, word: str) -> bool:
    """Does ``word`` stand somewhere after a lower-case word or a comma and a space ("… about Halo"), as
    ``re.search(rf"[a-z,]\\s+{word}\\b", text)`` would find, with no pattern compiled per word?"""
    for i, _ in word_spans(text, word):
        k = i
        while k > 0 and text[k - 1].isspace():
            k -= 1
        if k < i and k > 0 and ("a" <= text[k - 1] <= "z" or text[k - 1] == ","):
            return True
    return False


_IRREGULAR_ALT = "|".join(sorted(IRREGULAR_PAST))


# A sentence that opens with a concessive clause, the speaker its subject: "Although Ann Roe said …,",
# "But while the firm has suggested …,".
_CONCESSIVE_OPENING = re.compile(r"\s*[“\"]?(?:(?:But|And|Yet)\s+)?(?:[Aa]lthough|[Tt]hough|[Ww]hile|[Ww]hilst|[Ww]hereas|[Ee]ven\s+(?:though|if))\s+[^,;:“”\"]+$")
# The main clause after such an opening: a comma, its subject (a pronoun, or a noun phrase of a few
# words, not a relative or a conjunction) and a finite verb.
_MAIN_CLAUSE_AFTER = re.compile(
    r",\s+(?!(?:which|who|whom|whose|where|when|and|but|or|as|if|that|is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|not)\b)(?:[\w’'-]+\s+){0,4}?[\w’'-]+(?:,\s+(?:who|which)\s[^,;:]+,)?\s+"
    r"(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|should|said|says|say|told|thought|thinks|believes|remains?|[a-z]+ed)\b"
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_RELEASED = r"(?:released|published|compiled|issued)"
_FRONTED_DATE = (
    rf"(?:on|in|by|since|until)\s+(?:\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})(?:\s+\d{{1,4}})?|\d{{4}}|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b,?\s+(?=[A-Za-z])"
)


# When or where the words were said, between the verb (and whom it told) and a clause with a subject of
# its own: "told BBC Sport earlier this week he was confident …", "said last week the firm would …",
# "told the hearing at the Kelso Institute the case could have …" (a place phrase only before a
# subject with an article and a finite verb within a few words; not "said at least 111 of the bodies
# had …", a quantity).
_WHEN_TOLD = re.compile(
    rf"(?:(?:earlier|later)(?:\s+(?:this|last|in\s+the)\s+(?:week|month|year|season|weekend|day))?|(?:last|this)\s+(?:week|month|year|season|weekend|{_DAYS})|yesterday|on\s+(?:{_DAYS}))"
    r",?\s+(?=(?:he|she|it|they|we|I|there|the|a|an|his|her|its|their|[A-Z][\w’'-]*)\s)"
    r"|(?:at|in|during)\s+(?=the\s|a\s|an\s|his\s|her\s|its\s|their\s|[A-Z])[^,;:“”\"]{1,60}?\s+(?=(?:the|a|an|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:is|are|was|were|had|has|have|would|could|will|can|should|might|must|may)\s)"
)


# Where or when a cue set between commas was spoken, up to its closing comma: "…, she said in a speech
# at the Kelso Show, …", "…, he said on Monday, …", "…, he told reporters outside the court, …".
_CUE_PLACE = re.compile(r"(?:in|at|on|to|during|after|before|with|from|outside|last|this|earlier|later|yesterday|today)\b[^,;:“”\"]{0,80},\s+(?=\S)")


# "claimed in the Observer that …", "said in an interview with the Herald that …": a prepositional
# phrase between a speech verb and its "that" (not "that" opening a relative clause: "that was …").
_PP_THAT = re.compile(
    r"\s+(?:in|on|to|at|with|during|before|after|via|through|from|of)\s+(?:[^\s,.;:“”\"]+\s+){1,10}?"
    r"(?:that\s+(?!(?:was|were|is|are|has|had|have|will|would|can|could|may|might)\b)|(?=(?:he|she|they|we|I)\s+(?:was|were|had|would|could|did|is|are|has|have|will)\b))"
)  # (also "admitted to jurors he was willing …")


# Speech verbs that take what was said as a gerund clause ("admitted taking …"), and -ing words that
# are nouns there ("denied wrongdoing in the case").
_GERUND_VERBS = {"admitted", "admits", "admit", "admitting", "denied", "denies", "deny", "denying", "recommended", "recommends", "recalled", "recalls"}  # ("recommends putting …", "recalled seeing him play")
_ING_NOUNS = {
    "wrongdoing", "nothing", "anything", "something", "everything", "morning", "evening", "building", "funding",
    "spending", "pricing", "ruling", "meeting", "hearing", "offering", "listing", "training", "timing", "thing",
    "ceiling", "ring", "king", "spring", "string", "bring", "sibling", "feeling", "warning", "saying", "finding",
}


# "asked for the troops to be pulled out", "appealed for them to be freed": a request that someone be
# or do something (not "appealed for public help to find …": what is asked for is help).
_FOR_TO = re.compile(r"\s+for\s+(?=(?:him|her|them|it|us|me)\s+to\s+[a-z]|(?:[^\s.;:,“”\"]+\s+){1,6}?to\s+be\s+[a-z]+(?:ed|en|n|t)\b)")


# Verbs of letting something be known ("has indicated", "hinted"): their words are a clause after
# "that", or one with no "that" that opens with its subject and a finite verb ("indicated he wants
# the rebate to end", "hinted the Tories might go …"); a noun phrase after them is no words
# ("indicated her support for the plan").
_LETS_KNOW = {"indicated", "indicates", "indicating", "hinted", "hinting", "signalled", "signaled", "signalling", "signaling"}
_ZERO_THAT_CLAUSE = re.compile(
    r"(?:he|she|it|they|we|I|there|(?:the|a|an|his|her|its|their|this|that|these|those)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*|\d[\w.,%]*(?:\s+[a-z]+)?)"
    r"\s+(?:(?:also|still|now|only|already|not|never|really)\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|wants|intends|planned|intended|wanted|needed)\b"
)


# Verbs with an object and an infinitive that take a clause too: "asked the minister to resign" and
# "asked whether …"; "recommended users to update" and "recommended (that) the board have a say".
_RECOMMENDS = {"recommended", "recommends"}
_CLAUSE_TOO = {"asked", "asks", "asking"} | _RECOMMENDS


# Verbs whose "to" opens what something is compared or put down to, not an infinitive: "likened the
# plan to the way …", "attributed the fall to a drop in …".
_LIKENS = {"likened", "likens", "attributed", "attributes"}


# Verbs of promising and claiming, whose infinitive is what was promised or claimed: "pledged to clamp
# down on …", "which claims to represent 5% of the shares".
_INFINITIVE_VERBS = {"pledged", "pledges", "promised", "promises", "vowed", "vows", "claimed", "claims", "claim", "demanded", "demanding", "demand"}


# The speaker of words an agentless cue reports ("it has been claimed", "the court was told").
UNATTRIBUTED = "unattributed"
_AGENTLESS_CLOSING = re.compile(
    # (the verbs an opening "It has been … that" reads too: "…, it has been confirmed.", "…, it was announced.")
    r",\s+(?P<cue>it\s+(?:is|was|has\s+been|had\s+been)\s+(?:claimed|reported|alleged|suggested|said|announced|confirmed|revealed|disclosed|predicted|estimated)"
    r"|(?:the\s+)?(?:court|hearing|jury|inquiry|tribunal|inquest|trial|committee|meeting)\s+(?:was|has\s+been|had\s+been|were)\s+told"
    r"|[a-z][\w’'-]*(?:\s+[\w’'-]+){0,7}?(?:,[^,.;:“”\"]{1,40},)?\s+(?:(?:have|has|had)\s+been|were)\s+told"
    r"|the\s+(?:[A-Z][\w’'-]*\s+){1,4}(?:[a-z]+\s+)?(?:was|were|has\s+been|had\s+been)\s+told)"  # "…, the BBC News website was told."  # "…, delegates at the show, in Las Vegas, have been told.", "…, researchers from Carlow College were told."
    r"(?:\s+(?:on|last|this)\s+\w+|\s+in\s+(?:court|parliament|the\s+Commons))?\s*[.!?]?\s*$"
)
# (an adverb of how long or how often may stand in the verb: "It has long been claimed that …", "it was
# initially reported that …", "It has frequently been suggested that …"; and "It's" for "it is" or "it
# has": "It's predicted that …", "It's been claimed that …")
_AGENTLESS_ADVERB = r"(?:(?:long|also|often|repeatedly|frequently|previously|initially|originally|variously|since)\s+)?"
_AGENTLESS_OPENING = re.compile(
    rf"(?:(?:But|And|Now|Meanwhile|However),?\s+)?(?P<cue>[Ii]t(?:\s+(?:is|was|has\s+{_AGENTLESS_ADVERB}been|had\s+{_AGENTLESS_ADVERB}been|is\s+being|was\s+being)|[’']s(?:\s+{_AGENTLESS_ADVERB}been)?)\s+{_AGENTLESS_ADVERB}"
    r"(?:claimed|reported|alleged|suggested|said|stressed|emphasi[sz]ed|argued|announced|confirmed|revealed|rumou?red|predicted|estimated)"
    r"(?:\s+to\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?)"
    # (a time between the verb and "that": "It was announced last July that …"; no "that" when a
    # subject and its finite verb open the clause: "It has been reported they could be questioned …",
    # "it was confirmed he will play on Saturday", "It is estimated his trial will cost …", not "It is
    # announced every six months")
    r"(?:\s+(?:last|this|earlier|on|in|yesterday|today)(?:\s+(?:this\s+)?[A-Za-z]+)?)?\s+(?:that\s+|(?=(?:he|she|it|they|we|there|(?:the|his|her|its|their|these|those)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*)\s+(?:(?:also|still|now|only|already|not|never)\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should)\b))"
)
# What may stand before an opening agentless cue in its sentence: a short time ("Last month it was
# announced that …", "On Monday, it was confirmed that …", "By the end of 2006, it is estimated that …")
# or a conjunction whose clause the cue opens ("… has been in doubt since it was announced that …", "…
# after it was revealed that …").
_BEFORE_AGENTLESS = re.compile(
    r"(?:(?:But|And|Now|Meanwhile|However),?\s+)?(?:(?:Last|Earlier|This|On|In)\s+(?:this\s+)?[A-Za-z]+,?\s+"
    r"|By\s+the\s+(?:end|middle|start)\s+of\s+(?:the\s+|this\s+|next\s+)?[A-Za-z0-9]+,?\s+)?"
    r"|.*\b(?:since|after|when|until|before|because|as)\s+"
)  # "It was being stressed to BBC Sport that …"; "It is predicted that sales will double": a forecast
# nobody is named for, as "analysts predicted that …" is theirs, and so is "It is estimated that 50% of
# users will …" (not "it is thought / expected that": cognition, no speech).
# The same cue opening a clause joined on to the sentence's first ("Hale joined the club in 2004, but it
# has frequently been reported that he is homesick", "…, although it was initially reported that …"):
# what nobody is named for, to the end of the sentence (not after "since", "after" or "when", which
# date an event: "after it was revealed that he had failed a test").
_AGENTLESS_JOINED = re.compile(r"(?:,\s+|\s+)(?:but|and|although|though|while|whereas)\s+(?=it\s)")
# "Other countries are reported to have pledged cash", "the company originally tipped to buy the
# unit", "viewers are said to tune in", "Profit had been forecast to be £4m": what an unnamed source
# says of someone or something, the infinitive on.
# Without "is / are / was …" before it the participle opens a reduced relative ("those reported to
# have doubts were …"), whose words stop before the sentence's own verb.
_PASSIVE_INFINITIVE = re.compile(
    r"\b(?P<aux>(?:is|are|was|were|been|being)\s+)?(?:(?:also|widely|originally|now|still|once|reportedly)\s+)?"
    r"(?P<verb>reported|said|tipped|rumou?red|alleged|claimed|forecast|predicted)\s+(?=to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|our|my|your|him|them|me|us|be\s+(?:told|asked))\b)[a-z])"
)
_MAIN_VERB = re.compile(r"\s+(?:is|are|was|were|will|would)\s+")
# "Ministers have been accused of panic …", "Balco has been accused by the US Anti-Doping Agency
# (USADA) of being …": an accusation, by whoever the "by" names (else nobody named).
_PASSIVE_ACCUSED = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?accused\s+(?:by\s+(?P<agent>[^,.;:()“”\"]{2,80}?)(?:\s+\([^()]{1,20}\))?\s+)?of\s+(?=[a-z])"
)
# "Three managers were charged with covering up defects", "Ashby have been charged with failing to
# control their fans": a charge with its gerund is an accusation by nobody named too (not a task given
# to a unit: "The division was charged with drawing up a plan"; nor a post's duty, given in the simple
# present or past of its one holder: "The Speaker is charged with keeping order").
_PASSIVE_CHARGED = re.compile(r"\b(?:were|are|been|being)\s+(?:(?:also|formally|jointly|now)\s+)?charged\s+with\s+(?=[a-z]+ing\s)")
_AND_CHARGED = re.compile(r",?\s+and\s+(?=(?:[\w’'-]+\s+){1,8}?(?:were|are|was|is|have\s+been|has\s+been)\s+(?:also\s+)?charged\b)")
_UNIT_SUBJECT = re.compile(r"\s*(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?P<head>[a-z][\w-]*)\s+(?:(?:has|have|had)\s+)?")
# "Tom Hale appeared in court accused of robbery", "individuals accused of sharing films", "…, accused of
# links to the gang": the bare participle is an accusation by nobody named too (not the active verb after
# a relative's subject or an auxiliary: "which critics accused of …", "banks it had accused of …").
_PARTICIPLE_ACCUSED = re.compile(r"(?:(?<=[a-z]s)|(?<=,)|(?<=\bcourt))\s+accused\s+of\s+(?=[a-z])")
# "Painkiller has been described as a game that …": a description given by nobody named (the span from
# "as"). Only the perfect: "is described as white, aged 30" is a suspect's description and "is often
# described as 2.5G technology" a term's definition, nobody's words; and a passive "billed as" names
# nobody either ("The fair is being billed as the biggest in the north").
# So is one a promoter gave, nobody named: "Kelso are playing what has been billed as the first ever
# concert broadcast by phone", "has been hailed as a breakthrough".
_PASSIVE_DESCRIBED = re.compile(r"\bbeen\s+(?:(?:widely|variously|also|often)\s+)?(?:described|billed|hailed|touted)\s+(?=as\s+(?!(?:the\s+)?[A-Z]))")
# "The pension system has been branded inadequate and too complex by a leading think-tank", "Ashby jail
# has been dubbed Kelso's Alcatraz by civil rights campaigners opposed to …": a name or a verdict given
# with no quotation marks, by whoever the "by" names (the complement is the words; quoted ones are read
# as direct quotes). Not a particle ("was called off by the referee") nor a longer clause.
_PASSIVE_NAMED_BY = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:(?:widely|also|once|later|variously)\s+)?(?:branded|labell?ed|dubbed|described\s+as)\s+"
    r"(?!(?:off|in|up|out|for|on|to|back|into|by)\b)(?P<what>[^,.;:()“”\"]{2,60}?)\s+by\s+"
    r"(?P<agent>(?:(?:the|a|an|some|many|its|his|her|their)\s+)?(?:[\w’'&-]+\s+){0,4}?[\w’'&-]+)"
    r"(?=\s*[.,;:]|\s+(?:who|which|that|opposed|in|at|on|over|after|for|during)\b)"
)
_PASSIVE_TOLD = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:(?:twice|again|once|also|later|then|\w+ly)\s+)?(?:told\s+(?:that\s+)?(?!by\b|off\b|of\b|about\b|so\b)|(?:warned|urged|advised|asked)\s+(?=(?:not\s+|never\s+)?to\s)"
    r"|warned\s+(?:that\s+)?(?=(?:he|she|they|it|we)\s+(?:would|could|might|will|was|were|had|faced|must)\b))"
)  # (warned, urged, advised and asked only with "to": "users are warned never to open …", "fans were asked to stay away")


# A colon that opens quoted words, and a finite clause before it: "said the mayor had shown he could
# win back voters: “…”" (not "told researchers of the hostility she met: “…”": no clause of its own).
_QUOTE_AFTER_COLON = re.compile(r":\s*[“\"]")
_FINITE_CLAUSE = re.compile(r"(?:that\s+)?(?:[\w’'-]+\s+){0,6}?(?:is|are|was|were|had|has|have|would|could|will|can|should|might|must|did|does|do)\b")


# Data and who gives it: what "according to" cites, as against a rule or measure it means "by" ("sorted
# according to their value").
_DATA_NOUNS = {"figures", "data", "statistics", "estimates", "reports", "records", "results", "sources", "calculations"}


def _SPEAKING_SOURCE(src: str) -> bool:
    """Can ``src``, after an "according to" with no comma before it, be someone or something that
    speaks: a name, a person, body, source or document, or data ("according to new data", "according
    to an expert", "according to those present"), not "the laws of physics" or "their value"?"""
    words = re.split(r"\s+(?:of|for|from|at|in|by|on|with|devised|set|laid)\s", src.strip())[0].split()
    if not words or any(w[:1].isupper() for w in src.split()) or words[0].lower() == "those":
        return True
    head = norm(head_noun(words))
    return head in _DATA_NOUNS or is_person_head(head) or head in PERSON_NOUNS or singular(head) in ORG_NOUNS | PERSON_NOUNS or head in ORG_NOUNS or head in SOURCE_HEADS


# "X should not be speaker, he said, and should be chosen from either House.": after the cue, "and"
# with a backshifted verb (its subject pronoun first, or none) goes on with the speaker's words, as a
# "but" does (not "…, he said, and left the room": narration).
# A noun phrase with a superlative summing up what was just said ("…, said the report, the highest
# total sold to date"): an appositive, no clause of words.
_SUPERLATIVE_APPOSITIVE = re.compile(r"(?:the|its|their)\s+(?:[a-z]+est|most|least|first|only|biggest)\s")


_AND_GOES_ON = re.compile(
    r",\s+and\s+(?:(?:he|she|it|they|we|there)\s+)?(?:also\s+)?(?:would|should|could|was|were|had|has|have|is|are|will|might|must|may|can)\b"
)


# A span of time before or after an event opening the sentence: "Less than four years after the Mini was
# launched, …", "Two days before the vote, …".
_TIME_AFTER = re.compile(
    r"\s*(?:(?:Less|More|Fewer)\s+than\s+|(?:Only|Just|Barely|Some|About|Nearly|Almost)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+few|several|A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several)\s+"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\s+(?:after|before|since|later|earlier|ago)\b"
)


# A clause of time, condition or concession opening the sentence: "Soon after the car was launched, …".
_SUBORDINATE_OPENING = re.compile(r"\s*(?:(?:Shortly|Soon|Immediately|Just|Only|Even)\s+)?(?:After|Before|When|While|Whilst|Although|Though|Since|Once|Until|Unless|If|after|before)\b")


# A passive after a backshifted "was" is the article's account of what was done, also with an adverb
# before the participle or an irregular participle: "They were all jailed …", "The motion was later
# dropped.", "The case was heard by a panel …", "It had already been sold." (not "was set to": a plan;
# and after a modal "cut" or "put" is the verb itself: "The party would cut taxes").
_PASSIVE_ADVERB = r"(?:(?:all|also|both|later|then|now|still|once|first|never|already|eventually|initially|subsequently|\w+ly)\s+)?"
_PASSIVE_PARTICIPLES = "|".join(
    sorted((IRREGULAR_PAST - {"set", "sat", "stood", "let", "went", "came", "gave", "took", "began", "ran", "saw", "rose", "fell", "grew", "drew", "threw", "knew", "chose", "broke", "became", "wrote", "spoke", "got"})
           | {"shown", "known", "grown", "drawn", "thrown", "blown", "flown", "done", "born", "sworn", "torn", "worn", "hung", "spun"})
)


# Reported words left in the tense the speaker used (a present or future auxiliary, none in the past;
# or "now" with no verb shifted back: "now 45% of users send pictures").
_UNSHIFTED = re.compile(r"\b(?:is|are|has|have|will|shall|can|may|does|do|now)\b")
_SHIFTED = re.compile(r"\b(?:was|were|had|did|would|could|might|should|needed)\b")


# A cue in the present perfect: "has claimed", "have repeatedly denied".
_PERFECT_CUE = re.compile(rf"\b(?:has|have)\s+(?:(?:\w+ly|also|already|long|now)\s+)?(?:{SPEECH_VERBS})$")


def _present_cue(cue: str) -> bool:
    """Does ``cue`` shift no tense back: a speech verb in the present, after its speaker or before it
    ("Tom Hale says", "analysts say", "she readily admits", "says the watchdog"), in the present
    perfect ("has claimed", "Kelso groups have repeatedly denied"), or no verb at all ("according to
    the figures")? Only a past cue ("said", "had said") makes "was" the backshift of "is"."""
    if re.match(r"[Aa]ccording\s+to\b", cue):
        return True
    words = cue.split()
    if not words:
        return False
    k = len(words) - 1 if VERB.fullmatch(words[-1]) else 0 if VERB.fullmatch(words[0]) else None
    if k is None:
        return False
    verb, before = words[k], [w.lower() for w in words[max(0, k - 2) : k]]
    if before and (before[-1] in {"has", "have"} or (len(before) == 2 and before[0] in {"has", "have"} and re.fullmatch(r"\w+ly|also|already|long|now", before[1]))):
        return True  # "have repeatedly claimed"
    if before and before[-1] in {"to", "not", "did", "does", "do", "would", "will", "could", "can", "may", "might", "must", "should"}:
        return False
    return (verb.endswith("s") and not verb.endswith("ss")) or verb in BASE_FORMS  # "admits", "analysts say"


# "… reported / quoted the regulator as saying": the object of the cue is its speaker, the words before it theirs.
_AS_SAYING = re.compile(r"[ \t]+(?:[\w’'.-]+[ \t]+){1,6}?as[ \t]+(?:saying|telling|stating|adding|warning|claiming)\b")


class ReportedReader(ArticleState):
    """Finds the words a cue reports (mixed into the analyzer)."""

    # -- what was said --------------------------------------------------------------------------
    def _reported_span(self, c: Cue, s: int, e: int, spans, cues: list[Cue], after_only: bool = False) -> tuple[int, int] | None:
        """The reported words of a cue: the clause after the verb ("said (that) …", "told X …",
        "accused him of …"), or, when the cue closes the sentence, the words before it."""
        text = self.text
        if c.verb in PHRASE_ONLY:
            return None  # only quoted words follow
        if c.verb in {"questioned", "queried", "questioning", "querying"} and not re.match(r"\s+(?:whether|why|if|how|what)\b", text[c.verb_end : e]):
            return None  # "questioned whether …" asks; "police questioned the man" does not speak
        if c.verb in TOLD and not c.inverted and re.match(r"\s+(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:story|stories|tale|tales|history)\b", text[c.verb_end : e]):
            return None  # "the film tells the story of a single mother": a plot, not speech
        start = c.end if c.inverted else c.verb_end
        if c.verb == ":":
            start = text.index(":", start) + 1  # "Her verdict was simple: …": the words after the colon
        rest_end = clause_end(text, start, e, one_person=c.ent is not None and c.ent.kind in {"person", "source"} and not c.ent.plural)
        if (narr := narration_after(text, start, rest_end, _present_cue(cue_text(text, c)))) is not None:
            rest_end = narr  # "…, and he gave a glowing tribute to …": the article's narration after the words
        if re.search(r"\bwhat\s+$", text[s : c.start]) and not c.inverted:
            # "another of what critics claim depicted Tom Hale as a villain, prompted accusations of …", "published
            # what they say are the full costings and Ann Roe's speech did not …": the words of a free relative
            # are its predicate only; the sentence's own clause goes on after it
            rel_end = re.search(
                rf",\s+(?:[a-z]{{3,}}ed|{_IRREGULAR_ALT})\b|\s+and\s+(?:[\w’'-]+\s+){{1,4}}?(?:did|does|is|are|was|were|has|have|had|will|would)\b",
                text[start:rest_end],
            )
            if rel_end and not re.search(r"[“\"]", text[start : start + rel_end.start()]):
                rest_end = start + rel_end.start()
        if not c.inverted and c.subj_start > c.verb_end and (comma := text.rfind(",", c.verb_end, c.subj_start)) != -1:
            rest_end = min(rest_end, comma)  # "Describing her son as “a good person”, his mother said …": up to the speaker's clause
        if re.search(r",\s*(?:who|which)\s+(?:\w+\s+){0,5}$", text[s : c.verb_start]):
            # "Jay-Z, who said he would retire, will become …": the aside ends at the main clause
            # (a modal opens the main clause too: "Roe, who says she is innocent, could lose her medals";
            # also past a time phrase: "Kelco, which last month forecast record sales, said …", "Kelco,
            # which has in the past predicted a fall, said …"; and an irregular past: "Kelco, which
            # recently revealed that it would cut jobs, hit a yearly high")
            main = re.search(rf",\s+(?:{AUX_WORDS}|could|can|may|might|must|should|[a-z]+ed|{SPEECH_VERBS}|{_IRREGULAR_ALT})\b", text[start:rest_end])  # (or "…, said: …")
            if main:
                rest_end = start + main.start()
        if _CONCESSIVE_OPENING.match(text, s, c.verb_start) and not c.inverted:
            # "Although the firm said it would wait, analysts said it would quit.", "While Ann Roe has
            # suggested X, the mayor has raised concerns …": the cue's clause hangs on the main one,
            # so the reported words end at the comma before the main clause's subject and verb
            main = _MAIN_CLAUSE_AFTER.search(text, start, rest_end)
            if main:
                rest_end = main.start()
        pos = start + AFTER_VERB.match(text, start).end() - start
        if c.verb in _INFINITIVE_VERBS and re.match(r"\s+(?:(?:not|never)\s+)?to\s+[a-z]", text[pos:rest_end]):
            # "pledged to clamp down on …" (not "… when he was elected": when the promise was made)
            adverbial = re.search(r",?\s+(?:when|if|after|before|while|as|because|since|until)\s", text[pos:rest_end])
            return span_or_none(text, skip_space(text, pos), pos + adverbial.start() if adverbial else rest_end)
        comp = COMPLEMENT.get(c.verb)
        if comp is not None and c.verb in _CLAUSE_TOO and re.match(r"\s+that\s", text[pos:rest_end]):
            comp = None  # "recommends that firms cut tariffs to boost trade": a clause, whose "to" is its own
        if comp is not None:
            # "accused him of …", "urged the finance chiefs to …": object and complement
            # (not "who asked not to be named").
            requested = _FOR_TO.match(text, pos, rest_end) if comp == "to" else None
            if requested:
                return span_or_none(text, requested.end(), rest_end)  # "asked for the troops to be pulled out"
            if re.match(r"\s+(?:not|to|for)\b", text[pos:rest_end]):
                return None  # "who asked not to be named", "asked for a statement"
            if comp == "as" and re.match(r"\s+as\s", text[pos:rest_end]):
                return None  # "The song, titled Kelso Rain and described as a ballad, was …": no object, a passive participle
            # "urged the chiefs to act" (not "called for a change to the law": no infinitive)
            infinitive = r"(?!(?:the|a|an|his|her|their|its|this|that|these|those|my|our|your|[A-Z]\w*|\d\S*)\b)" if comp == "to" and c.verb not in _LIKENS else ""
            counted = c.verb in _RECOMMENDS and re.match(r"\s+(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|further)\s)", text[pos:rest_end])
            # (not a "for" inside a topic "over" opens: "criticised Kelso over the issue of equal pay for
            # women" gives what the criticism is about, no complement)
            if not counted and (obj := re.match(rf"\s+(?:[^\s.;:]+\s+){{0,16}}?{comp}\s+{infinitive}\S", text[pos:rest_end])) and not (comp != "over" and re.search(r"\sover\s", obj.group())):
                # (not "recommended 15 ways to protect punters": things counted, with their purpose)
                return span_or_none(text, skip_space(text, pos), rest_end)
            if re.match(r"\s+(?:[^\s,.;:“”\"]+\s+){1,4}?for\s", text[pos:rest_end]) and not has_verb(text[pos:rest_end]):
                return None  # "asked Congress for more funds": a thing requested, no words said
            if c.verb not in _CLAUSE_TOO:
                return None
        # ("warned about e-mails that are circulating": a "that" before its verb opens a relative clause)
        that = re.match(rf"\s+(?:[^\s,.;:“”\"]+\s+){{1,10}}?that\s+(?!{FINITE_AFTER_THAT})", text[pos:rest_end]) if c.verb in TOLD else _PP_THAT.match(text[pos:rest_end])
        with_that = bool(that) and that.group().rstrip().endswith("that")
        if that and not with_that and (
            re.search(r"\b(?:when|if|because|as|while|until|since|although|though|unless|where|before|after)\s", that.group()[4:])
            or re.match(r"\s+to\s+(?!(?:the|a|an|his|her|their|its|my|our|him|them|us|me|reporters|jurors|journalists)\b)[a-z]", that.group())
        ):
            that = None  # (not "promised to reduce unemployment when he was elected")
        if that and not has_verb(that.group()[: -len("that ")] if with_that else that.group()):
            # "told US TV network Fox News on Sunday that …", "claimed in the Observer that …"
            pos += that.end() - (len("that ") if with_that else 0)
        elif c.verb in TOLD:
            obj_end = object_end(text, pos, rest_end)
            if obj_end is not None and re.match(r"\s+(?:will|would|could|can|might|may|must|should|was|were|is|are|had|has|have)\b", text[obj_end:rest_end]):
                obj_end = None  # "warned the British and Irish Lions will be …": the subject of the clause, not the one told
            if obj_end is not None:
                after = text[obj_end:rest_end]
                if re.match(r"\s+(?:(?:not|never)\s+)?to\s+\w", after):  # (also "warned him not to …": the one told, then the complement)
                    return span_or_none(text, skip_space(text, pos), rest_end)
                if re.match(r"\s*:", after) or text[rest_end : rest_end + 1] == ":":
                    return None
                pos = obj_end
        if (
            c.verb in {"told", "tells", "tell", "telling"} and not c.inverted and not text[s : c.start].strip(" “\"")
            and not re.search(r"[“”\":,]|\s(?:of|about|that|to|how|what|why|whether|if)\s", text[pos:rest_end]) and not has_verb(text[pos:rest_end])
        ):
            return None  # "No-one seems to have told the stock markets.": whom, and nothing told
        sourceless = SOURCELESS_NOUN.match(text, skip_space(text, pos))
        if sourceless and re.match(r"(?:the|an?)\s", sourceless.group("np")) and not c.verb.startswith("den"):
            sourceless = None  # "He suggested the claim that X was a mistake": the subject of the clause he said (but "denied a claim that …")
        if sourceless or REPORT_SAYING.match(text, skip_space(text, pos)):
            return None  # "denied reports that …", "denied a report claiming …": the reports' words, not the speaker's
        if re.match(r"(?:(?:newspaper|press|media)\s+)?(?:reports|claims|rumou?rs|allegations|suggestions|accusations|speculation)\s+that\s", text[skip_space(text, pos) : rest_end]):
            return None  # "denied reports that appeared in the local paper": a noun with its relative clause, no words
        # (not "said that could take years": there "that" is the clause's subject). A comma after the
        # conjunction opens an aside the clause starts with: "admitted that, had he known, he would
        # have quit" reports "had he known, he would have quit" (not "acknowledges that, but …").
        opener = re.match(rf"\s*,?\s*(?:(that)(?:,\s+(?=[a-z])(?!(?:and|but|or|too)\b)|\s+(?!{FINITE_AFTER_THAT})))?", text[pos:rest_end])
        cs = pos + opener.end()
        # "said during his 22 years in Parliament he had seen …": the clause after the adverbial
        fronted = re.match(
            r"(?:during|in|at|on|after|before|since|over|throughout|following|by)\s+[^,;:“”\"]{1,60}?,?\s+(?=(?:he|she|it|they|we|I|there)\s)",
            text[cs:rest_end],
        ) or re.match(_FRONTED_DATE, text[cs:rest_end]) or _WHEN_TOLD.match(text[cs:rest_end])  # "says on 13 March Lord Goldsmith met …"
        # (after "that" the adverbial is the clause's own: "said that in 1970 the firm agreed …",
        # "said that at no time had it occurred to them …")
        # (not a preposition's gerund with a clause of its own: "insisted on delaying the surgery until he
        # got home" says what he insisted on, not that he got home)
        if fronted and re.match(r"[a-z]+\s+[a-z]+ing\b[^,;:“”\"]*\b(?:until|unless|because|if|when|while|so)\s", fronted.group()):
            fronted = None
        if fronted and has_verb(text[cs + fronted.end() : rest_end]) and not opener.group(1):
            cs += fronted.end()
        # "The job of firms now, she said in a speech at the Kelso Show, was to …": a cue set inside its
        # sentence between commas may say where or when, up to its closing comma; the words go on after it
        where = _CUE_PLACE.match(text, cs, rest_end)
        if where and not c.inverted and not opener.group(1) and re.search(r",\s*$", text[s : c.start]) and not has_verb(where.group()):
            cs = where.end()
        # "denied that quote on Wednesday": a "that" with no clause after it is a determiner
        that_np = opener.group(1) and n_words(text[cs:rest_end]) <= 4 and not has_verb(text[cs:rest_end])
        # "admitted to falsifying the accounts": "to" before the gerund clause is no part of it
        to_gerund = re.match(r"to\s+(?=([a-z]+ing)\s+\w)", text[cs:rest_end]) if c.verb in {"admitted", "admits", "admit", "admitting"} and not opener.group(1) else None
        if to_gerund and to_gerund.group(1) not in _ING_NOUNS:
            cs += to_gerund.end()
        # "has admitted taking the drug", "denied having met him": a gerund clause, not a noun phrase
        gerund = c.verb in _GERUND_VERBS and not opener.group(1) and re.match(r"([a-z]+ing)\s+\w", text[cs:rest_end]) is not None and re.match(r"[a-z]+", text[cs:rest_end]).group() not in _ING_NOUNS
        bare = c.verb in NP_OBJECT_VERBS and (not opener.group(1) or that_np) and bare_object(text, cs, rest_end) and not gerund
        # "The commission found support for the idea of grading fines so that the penalty reflected …": a
        # finding's noun with its own "that" clause is the thing found, no clause of the finder's
        found_np = re.match(r"([a-z][\w-]*\s+(?:for|of|in|on|to|with|from|between)\s[^,;:“”\"]*?)\s(?:so\s+)?that\s", text[cs:rest_end])
        bare = bare or (c.verb in {"found", "finds"} and not opener.group(1) and found_np is not None and not has_verb(found_np.group(1)))
        if c.verb in _LETS_KNOW and not opener.group(1) and not _ZERO_THAT_CLAUSE.match(text, cs, rest_end):
            bare = True  # "indicated her support for the plan", "hinted at a deal": what is shown, no words
        if re.search(r"\b(?:expected|likely|due|set)\s+to\s+$", text[max(s, c.verb_start - 20) : c.verb_start]) and not opener.group(1) and not _ZERO_THAT_CLAUSE.match(text, cs, rest_end):
            bare = True  # "is due to say more next week": a speech to come reports only a clause it will make
        # "Ann Roe, who wrote the authorised biography of the king", "wrote the score for a musical based
        # on a novel": what was written is a thing; its words in -ed are adjectives and participles of
        # the noun phrase, not a verb of a clause (but "wrote the plan was doomed": a clause)
        bare = bare or (
            c.verb in {"wrote", "writes"} and not opener.group(1) and re.match(r"(?:the|a|an|his|her|their|its)\s", text[cs:rest_end]) is not None
            and not has_verb(re.sub(r"\b[a-z]+ed\b", " ", text[cs:rest_end]))
        )
        relative = c.inverted and re.match(r"\s+(?:that|who|which)\s", text[start:rest_end])
        # "Trade would grow, he said, adding that the quay would open in May.": a participle right after
        # the cue says the next words; the cue's own words are the ones before it.
        # (also with the comma left out: "…, he said adding that …")
        participle_next = PARTICIPLE_STOP.match(text, c.end, e) is not None or re.match(r"\s+(?:adding|saying)\s+(?:that\s+)?[a-z]", text[c.end : e]) is not None
        if relative:
            pass  # "says the boss of the body that cleared them": the clause describes the speaker
        elif c.inverted and text[start:cs].strip() == "," and not has_verb(re.split(r"\s(?:who|which|whose)\s", text[cs:rest_end])[0]) and not re.match(_SUBORDINATE, text[cs:rest_end]):
            pass  # "…, said Jason Stilwell, a manager at the county office (which …)": an aside, not words
        elif c.inverted and text[start:cs].strip() == "," and _SUPERLATIVE_APPOSITIVE.match(text, cs, rest_end) and not re.search(rf"\b(?:{AUX_WORDS}|could|can|may|might|must|should)\b", text[cs:rest_end]):
            pass  # "More than 674 million phones were sold, said the report, the highest total sold to date.": the words sum up, no words
        elif after_only:
            # “…,” he said in response to … / said Henrik Dahl, chairman of …: no second quote
            if text[start:cs].strip() or not has_verb(text[cs:rest_end]) or not clause_ok(text, cs, rest_end):
                return None
            return span_or_none(text, cs, rest_end)
        elif clause_ok(text, cs, rest_end, after_that=bool(opener.group(1))) and not bare and not participle_next and not (
            # "The plans would help, he said, although he could not predict a figure.": the words are
            # before the cue; the concession after it is the article's
            re.match(r"(?:although|though|whereas)\s", text[cs:rest_end]) and re.search(r",\s*$", text[s : c.start]) and has_verb(text[s : c.start])
        ):
            return span_or_none(text, cs, rest_end)
        if c.verb.endswith("ing") and not c.inverted and c.subj_start == c.verb_start:
            # "The service will launch free to start with, adding pay channels later.": a participle
            # whose speaker is the sentence's subject follows that subject's own clause, the article's
            # account of what it does; with nothing said after it, nothing is reported
            return None
        if (
            bare
            and not c.inverted
            and re.match(r"[ \t]+(?!(?:on|in|at|last|this|earlier|later|yesterday|today|to|during|after|before|from|with|for|by|over|recently|also|again|now|then)\b)[a-z]", text[c.end : rest_end])
            and not _AS_SAYING.match(text[c.end : rest_end])
        ):
            # "As profits fell, Kelco announced a review of its costs.": a verb with its own object says
            # what was announced; a fronted clause before it is no words of the speaker's (but "…, the
            # firm confirmed on Monday." closes its words, and so does "…, the agency reported the
            # regulator as saying.", whose object is the one who said them)
            return None
        # "…, he said." / "…, said Stuart Hensel of the EIU.": the words before the cue.
        be = c.start
        while be > s and text[be - 1] == " ":
            be -= 1
        closing_mark = be > s + 1 and text[be - 1] in "”\"" and text[be - 2] == ","  # "… a fraction of the “billions …,” said X"
        # "… turn to Windows said Dominic Hirsch" (or '… a “stellar year” said Tom Hale': the span ends at the mark)
        bare_inverted = c.inverted and c.verb_start > s and (text[be - 1].isalnum() or (text[be - 1] in "”\"" and text[be - 2].isalnum()))
        if be == c.start and not c.inverted or be <= s or (text[be - 1] != "," and not closing_mark and not bare_inverted):
            return None
        if not bare_inverted:
            be -= 1
        titled = re.search(r",\s+(?:his|her|its|their|the)\s+(?:[a-z][\w’'-]*\s+){0,3}(?P<head>[a-z][\w-]*)$", text[s:be])
        if titled and not c.inverted and c.subj_start == c.start and is_person_head(titled.group("head")) and n_words(text[s : s + titled.start()]) >= 3:
            # "The woman waited two years to sue, her lawyer, Tom Hale, said.": a title set before the
            # speaker's name between commas is theirs, not the end of the reported words
            be = s + titled.start()
        # '“It will be hard.” It was a reality, she said.': quoted words closing with their own stop before
        # the clause are a sentence of their own (more of a quote), not the start of the reported words
        whole = re.match(r"\s*[“\"][^“”\"]*[.!?][”\"]\s+(?=[A-Z])", text[s:be])
        if whole:
            s += whole.end()
        if n_words(text[s:be]) < 3 or re.fullmatch(r"[“\"][^“”\"]*[”\"]", text[s:be].strip()):
            return None
        # Only a cue that closes its sentence ("…, he said in response.") has its words before it;
        # and those words are a clause, not the speaker's title ("The union's leader, Bea Carr, warned of …").
        rest = text[c.end : e]
        # ("…, said Mr Hale, but he did not think …": a clause of its own after the cue)
        aside = (re.match(r",\s+", rest) and not has_verb(re.split(r"\s(?:who|which|whose)\s", rest)[0])) or re.match(r",\s+(?:although|though|whereas|but)\s", rest) or _AND_GOES_ON.match(rest) or (c.inverted and re.match(r"\s+(?:that|who|which)\s", rest)) or (
            re.match(r"\s+(?:(?:this|last|on|earlier)\s+\w+\s*,\s+)?(?:after|before|when|while|during|in|at|on|as)\b", rest) and not re.search(r"\bthat\b", rest)
        )  # (also "…, Fiat said this week, as it exits …")  # "…, the Tory leader said after mockingly welcoming …", "…, Lord Butler said in his Spectator interview, which …"
        told_whom = c.verb in TOLD and (oe := object_end(text, c.end, e)) is not None and (
            re.fullmatch(r"(?:\s+(?:on|last|this|earlier|later)\s+\w+|\s+(?:yesterday|today))?\s*[.!?]?\s*", text[oe:e])
            # (or where it was said, with no verb of its own: "…, Kelcorp told an audience at the games
            # show in Kell last year."; or the article's concession after a comma: "…, Mr Roe told
            # reporters, although he would not say by how much.")
            or (re.fullmatch(r"\s+(?:at|in|on|during|outside|after)\s[^,;:“”\"]{1,80}?[.!?]?\s*", text[oe:e]) and not has_verb(text[oe:e]))
            or re.match(r",\s+(?:although|though|but)\s", text[oe:e])
        )  # "…, analysts told the Financial Times New Media Conference last week."
        long_clause = n_words(text[s:be]) >= 10 and not ADVERBIAL_START.match(text[s:be]) and not re.match(r"\s*(?:On|In|At|For|About|Of)\b", text[s:be])
        # "Prices rose 2% this year, Halifax said, and if the pace holds, they will …", "There were many
        # new entrants, he added, and a few old hands", "Sales were up, the group said, with …": a cue set
        # between commas after a whole clause of its own says that clause, whatever goes on after it
        # (its words after the cue took nothing here; a fronted "If …"/"When …" clause is no such clause)
        parenthetical = (
            # (a cue with its speaker after the verb only before "and" or "but": "…, said the report, and an
            # estimated 20,000 were …"; not "…, said Tom Hale, chairman of …")
            (not c.inverted or re.match(r",\s+(?:and|but)\s", rest) is not None)
            and re.match(r",\s+[\w(£$€]", rest) is not None and has_verb(text[s:be]) and n_words(text[s:be]) >= 4
            and not ADVERBIAL_START.match(text[s:be]) and not _FRONTED_CLAUSE.match(text, s, be)
            # (not a cue inside a dash aside: "The gap was so narrow - as shown, he said, by the polls - that …")
            and not re.search(r"\s[-–—]\s[^-–—]*$", text[s:be])
            # (nor one whose verb goes on with another past verb, the article's narration: "The plan will
            # fail, he said, and left the room.")
            and not ((went_on := re.match(r",\s+(?:and|but)\s+(?:then\s+|later\s+)?([a-z]+)\b", rest)) and (went_on.group(1).endswith("ed") or went_on.group(1) in IRREGULAR_PAST))
        )
        # (quoted words in a relative clause on the speaker are its own: "Hale could hardly stand, said
        # a Kelso spokesman, who added he is now “resting”.")
        quoted_after = re.search(r"[“”\"]", re.split(r",\s+(?:who|which)\s", rest, maxsplit=1)[0] if c.inverted else rest)
        if (quoted_after and not participle_next) or (n_words(rest) > 6 and not aside and not told_whom and not participle_next and not parenthetical) or not (has_verb(text[s:be]) or long_clause):
            return None
        if re.match(r"\s+[\w£$€]", rest) and not aside and not told_whom and "," not in text[s:be] and (_TIME_AFTER.match(text, s, be) or _SUBORDINATE_OPENING.match(text, s, be)):
            # "Less than four years after the Mini was launched, Kelco has announced £100m of investment.":
            # a cue with its own object after it has no words before it when they are only a time phrase
            # or a clause of time or concession opening the sentence (no main clause of their own after a
            # comma, as in "If they are found guilty, they could face jail, Reuters reported BaFin as saying")
            return None
        return s, be

    def _quote_after_clause(self, cs: int, ce: int, marks, inside: list[int]) -> tuple[int, int] | None:
        """"Ms Bell said the mayor had shown he could win back voters: “I think …”": reported words that
        end in a colon opening the speaker's quoted words (not "says she was told: “…”", whose own
        cue opens the quote). Returns where the reported words end and the index of that quote."""
        text = self.text
        colon = _QUOTE_AFTER_COLON.search(text, cs, ce)
        if colon is None or VERB.search(text, cs, colon.start()) or not _FINITE_CLAUSE.match(text, cs, colon.start()):
            return None
        opened = next((i for i in inside if marks[i].start - 1 == colon.end() - 1), None)
        return (colon.start(), opened) if opened is not None else None

    def _agentless(self, s: int, e: int, spans) -> list[tuple[tuple[int, int], str, tuple[str, int] | None]]:
        """Speech whose cue names nobody: "X, it has been claimed." / "X, the court was told." (the
        words before the cue) and "Ms Lee was told her job was at risk" / "Users are being told to
        avoid the site" (the clause or complement after "told"). Each comes with the agent a
        "by" names, if any (its words and where they start)."""
        text = self.text
        out: list[tuple[tuple[int, int], str, tuple[str, int] | None]] = []
        if any(a < e and s < b and (a <= s or n_words(text[a:b]) > 8) for a, b in spans):
            return out  # quoted words (more than a fragment) have cues of their own
        opening = next((m for m in _AGENTLESS_OPENING.finditer(text, s, e) if _BEFORE_AGENTLESS.fullmatch(text, s, m.start("cue"))), None)
        if opening is None:
            opening = next((o for j in _AGENTLESS_JOINED.finditer(text, s, e) if (o := _AGENTLESS_OPENING.match(text, j.end(), e)) is not None), None)
        if opening:
            span = span_or_none(text, opening.end(), clause_end(text, opening.end(), e))
            if span is not None and n_words(text[span[0] : span[1]]) >= 3:
                out.append((span, " ".join(opening.group("cue").split()), None))
        closing = _AGENTLESS_CLOSING.search(text, s, e)
        if closing and n_words(text[s : closing.start()]) >= 4 and has_verb(text[s : closing.start()]):
            span = span_or_none(text, s, closing.start())
            if span is not None:
                out.append((span, " ".join(closing.group("cue").split()), None))
        for m in _PASSIVE_INFINITIVE.finditer(text, s, e):
            if m.group("aux") is None and (
                m.group("verb") in {"claimed", "alleged"}
                or (m.group("verb") == "said" and not re.match(r"to\s+(?:have|be)\b", text[m.end() :]))
                or not re.search(r"(?:[a-z]|,)\s+(?:\w+\s+)?$", text[max(s, m.start() - 30) : m.start()])
            ):
                continue  # "He said to reporters …", "claimed to have seen it": active, the speaker named
            if m.group("verb") in {"forecast", "predicted"} and re.search(rf"\b(?:{SPEECH_VERBS}|found|finds)\b", text[s : m.start()]):
                continue  # "The CBI also found spending is forecast to rise": inside what somebody says or finds
            cs = m.end()
            ce = clause_end(text, cs, e)
            if m.group("aux") is None:
                main = _MAIN_VERB.search(text, re.match(r"to\s+\S+", text[cs:]).end() + cs, ce)
                if main and n_words(text[cs : main.start()]) >= 3:
                    ce = main.start()
            span = span_or_none(text, cs, ce)
            if span is not None and n_words(text[span[0] : span[1]]) >= 3:
                out.append((span, " ".join(m.group().split()), None))
        for m in _PASSIVE_ACCUSED.finditer(text, s, e):
            span = span_or_none(text, m.end(), clause_end(text, m.end(), e))
            if span is not None and n_words(text[span[0] : span[1]]) >= 2:
                agent = (m.group("agent"), m.start("agent")) if m.group("agent") else None
                out.append((span, " ".join(text[m.start() : m.end()].split()).removesuffix(" of"), agent))
        for m in _PASSIVE_CHARGED.finditer(text, s, e):
            unit = _UNIT_SUBJECT.fullmatch(text, s, m.start())
            if unit and not (is_person_head(unit.group("head")) or unit.group("head") in PERSON_NOUNS):
                continue
            ce = clause_end(text, m.end(), e)
            # (a charge of others joined on by "and" is its own: "… were charged with covering up defects
            # and three bankers were charged with …")
            if (other := _AND_CHARGED.search(text, m.end(), ce)) is not None:
                ce = other.start()
            span = span_or_none(text, m.end(), ce)
            if span is not None and n_words(text[span[0] : span[1]]) >= 2:
                out.append((span, " ".join(text[m.start() : m.end()].split()).removesuffix(" with"), None))
        for m in _PARTICIPLE_ACCUSED.finditer(text, s, e):
            if ACCUSER_BEFORE.search(text, s, m.start()) or re.search(r"\b(?:was|were|is|are|been|being)\s*$", text[s : m.start()]):
                continue  # the active verb, or the passive read above
            span = span_or_none(text, m.end(), clause_end(text, m.end(), e))
            if span is not None and n_words(text[span[0] : span[1]]) >= 2:
                out.append((span, "accused", None))
        for m in _PASSIVE_DESCRIBED.finditer(text, s, e):
            ce = clause_end(text, m.end(), e)
            if re.search(r"[“”\"]|\sby\s+(?:the|a|an|his|her|their|its|some|many|[A-Z])", text[m.end() : ce]):
                continue  # quoted words, or an agent named after them, have cues of their own
            span = span_or_none(text, m.end(), ce)
            if span is not None and n_words(text[span[0] : span[1]]) >= 3:
                out.append((span, " ".join(text[m.start() : m.end()].split()), None))
        for m in _PASSIVE_NAMED_BY.finditer(text, s, e):
            if has_verb(m.group("what")) or " by " in m.group("what") or not 1 <= n_words(m.group("what")) <= 10:
                continue
            span = span_or_none(text, m.start("what"), m.end("what"))
            if span is not None:
                out.append((span, " ".join(text[m.start() : m.end()].split()), (m.group("agent"), m.start("agent"))))
        for m in _PASSIVE_TOLD.finditer(text, s, e):
            if re.search(r"\b(?:[Dd]espite|[Aa]fter|[Bb]efore|[Ww]ithout|[Oo]n|[Ss]ince|[Uu]pon|[Ww]hile|[Ww]hen)\s+$", text[max(s, m.start() - 10) : m.start()]):
                continue  # "Despite being told he was … she found …": a fronted clause whose end is unmarked
            cs = m.end()
            ce = clause_end(text, cs, e)
            if re.search(r",\s*(?:who|which)\s+$", text[s : m.start()]) and (aside_end := text.find(",", cs, ce)) != -1:
                ce = aside_end  # "Members, who were asked to vote for a logo, chose …": the relative clause only
            rest = text[cs:ce]
            if re.match(r"(?:(?:not|never)\s+)?to\s+(?:[\w-]+\s+){1,3}by\s+(?:the|a|an|his|her|their|its)\s", rest):
                continue  # "was asked to stop blogging by his company": somebody named, after the words
            if re.match(r"(?:(?:not|never)\s+)?to\s+[a-z]", rest) or (has_verb(rest) and clause_ok(text, cs, ce, after_that=m.group().rstrip().endswith("that"))):
                span = span_or_none(text, cs, ce)
                if span is not None and n_words(text[span[0] : span[1]]) >= 3:
                    out.append((span, " ".join(m.group().split()).removesuffix(" that"), None))
        return out

    def _sentence_before(self, para: Paragraph, s: int) -> tuple[int, int] | None:
        """The sentence before the one starting at ``s`` in its paragraph, if any."""
        sentences = self.sentences[para.number]
        k = next((i for i, (a, _) in enumerate(sentences) if a == s), 0)
        return sentences[k - 1] if k > 0 else None

    def _right_after_last(self, para: Paragraph, s: int) -> bool:
        """Did the last quote fill the sentence just before the one starting at ``s`` (running to its
        end, or up to a closing cue: "…, he said.")?"""
        last, before = self.last, self._sentence_before(para, s)
        if last is None or before is None:
            return False
        ps, pe = before
        tail = self.text[last.end : pe]  # the quote ran to the end of its sentence, or up to a closing cue
        return ps <= last.start and (n_words(tail) == 0 or (n_words(tail) <= 6 and VERB.search(tail) is not None))

    def _backshifted(self, para: Paragraph, s: int, e: int) -> tuple[int, int] | None:
        """``Mr Hensel said X. As a result, it was planning to resell …``: a sentence that goes on in
        the reported speech's tense (was, would, had, did …) right after a quote, reported or direct
        ("“…,” he said."), that ran to the end of the sentence before, in the same paragraph, is more
        of what that speaker said."""
        text, last = self.text, self.last
        if last is None or last.kind not in {"reported", "direct"} or self.last_para != para.number:
            return None
        if re.search(r"\b(?:who|which)\s+(?:[a-z]+\s+){0,2}[a-z]+$", last.cue or ""):
            return None  # "… came from someone who claimed X. The con was old.": speech inside narration's relative clause
        if not self._right_after_last(para, s):
            return None
        ps = self._sentence_before(para, s)[0]
        if re.search(r"\b(?:thanked|thanking|praised|praises|praising)$", last.cue or ""):
            # "Laura Kelso thanked Ms Roe for her services. Its shares were down 8%.": thanks or praise for
            # something is an act, no account of words that the next sentence could go on with
            return None
        if _PERFECT_CUE.search(last.cue or ""):
            # "Kelso groups have repeatedly denied that the loan is state aid. The inquiry could take a
            # year.": a cue in the present perfect sums up a stand taken over time, no one occasion of
            # speech that the next sentence could go on with
            return None
        cue_at = text.rfind(last.cue, ps, last.start) if last.cue else -1
        if re.match(r"[“\"]?In\s+(?:19|20)\d\d,?\s", text[ps : ps + 12]) and re.search(r"\b(?:this|last|next)\s+(?:year|season|month|week)\b", text[s:e]):
            # "In 2003, Hale said he had never won. There were few other winners this year.": words
            # recalled from a year gone by, then the article back at this year, its own account again
            return None
        if re.fullmatch(r"[a-z]+ing", last.cue or "") and cue_at != -1 and not any(m.group() != last.cue for m in VERB.finditer(text, ps, cue_at)):
            # "The pair spent four days in hospital, claiming they had been hurt. It was the IOC that …":
            # a participle on a sentence of narration (no speech verb of its own) gives words only to
            # that clause; what follows is the article's again (not after "Ann Roe said …, adding …")
            return None
        body = text[s:e]
        bare = re.sub(r"[“\"][^“”\"]*[”\"]", " ", body)
        if any(not re.search(r"\b(?:all|the|his|her|their|its|these|those|such|of|any|some|many|no|other)\s+$", bare[: m.start()]) for m in VERB.finditer(bare)):
            return None  # a cue of its own (not "all claims would be processed": a noun)
        lead = re.match(r"(?:(?:But|And|So|Yet|However|Instead|Also|As a result|In addition|Otherwise|Then),?\s+)?", body)
        clause = body[lead.end() :]
        if re.search(r",\s+(?:[\w’'-]+\s+){1,5}(?:believes|believe|thinks|think|fears|fear|hopes|hope|expects|expect)\s*[.!?]?$", clause):
            return None  # "Sound use of the cash could cut poverty, the government believes.": somebody's view, named at its close
        if re.search(r"\b(?:(?:un)?available (?:for|to) comment|(?:declined|refused) to comment|could not be reached)\b", clause):
            return None  # "Disney was unavailable for comment": the article's own report
        if re.match(r"(?:he|she|they|it|we)\s+(?:was|were)\s+(?:speaking|talking|writing|commenting|responding)\b", clause, re.I):
            return None  # "They were speaking before the Kelso show.": the article's own account of the occasion
        if re.match(r"not\s+(?:everyone|everybody|all)\s+(?:was|were|is|are|had|has|have)\b", clause, re.I):
            return None  # "But not everyone was as supportive.": the article turning to other views
        if re.match(r"(?:In|During)\s+(?:19|20)\d\d,?\s+(?:[\w’'%-]+\s+){0,5}?(?:was|were)\b", clause):
            return None  # "In 2003 the figure was 29%.": a year dates a fact of its own past, no backshifted speech (not "In 2006 sales would …")
        first = CAP_RUN.match(clause)
        if first and (ent := self.cast.by_name(first.group(), s + lead.end())) is not None and ent.kind == "person":
            return None  # "Kilgore had heart surgery in 2004": the article's own narration about a person it names
        word = re.match(r"[A-Z][a-z]+\b", clause)
        if word and word.group() not in {"This", "That", "These", "Those", "There", "It", "They", "He", "She", "We", "Such", "Any", "All", "Each", "Both"} and _mid_sentence(
            self.text, word.group()
        ) and not any(word_spans(self.text, word.group().lower())):
            return None  # "Halo was unusually immersive": a thing's own name (capitalised mid-sentence, never in lower case) is the article's narration about it
        # The subject is no new name: a pronoun, a lower-case noun phrase ("the rules", "it") or a
        # thing's name after "the" ("The Zonebox would also support …", no person's); its verb
        # no passive ("The bets were not taken", "It had been hit"), but a past perfect is the
        # backshift of what was done ("It had introduced new shifts").
        # (a place of two words is nobody, unless the article knows it as someone: "He would continue the
        # campaign when he contested a seat in the East Midlands." goes on with the speaker)
        place = lambda run: len(run.split()) == 2 and run.split()[0] in PLACE_FIRST_WORDS
        if any((parse_person(m.group())[1] and not place(m.group())) or self.cast.by_name(m.group(), s + m.start()) for m in CAP_RUN.finditer(body, lead.end()) if m.start() > lead.end()):
            return None  # somebody named: the article's own narration about them
        # "A study by Kelso found that X. The survey did not ask teenagers …": the speaker called by its
        # own noun is the article talking about it, not the speaker going on
        own = re.match(r"(?:the|this|that)\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?", clause, re.I)
        said_by = set(re.findall(r"[a-z][\w-]*", re.split(r"\s(?:by|for|of|from|at|in|with|on)\s", last.cue or "")[0]))  # (the speaker's own head: not "the firm" after "a spokesman for the firm")
        if own and any(w in said_by or (w in STUDY_NOUNS and said_by & STUDY_NOUNS) for w in own.groups() if w):
            return None
        # "Should it become a firm offer, it would be …": a condition the speaker sets before the subject
        condition = re.match(r"(?:Should|Were|Had|If|Unless)\s+[^,.;:“”\"]{1,80},\s+(?:then\s+)?", clause)
        if condition is not None:
            clause = clause[condition.end() :]
        # ("had" before "a" owns, it does not shift back: "The bill had a rough ride")
        subject = re.compile(
            r"(?:(?:it|they|this|that|there)|(?:(?:the|such|these|those|any|all)\s+)?[a-z][\w-]*(?:\s+(?:of\s+)?(?!(?:that|has|have)\b)[a-z][\w-]*){0,3}|the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+"
            rf"(?:(?:was|were)\s+(?!(?:not\s+)?{_PASSIVE_ADVERB}(?:\w+ed|been|\w+en|{_PASSIVE_PARTICIPLES})\b)|(?:would|could|might|did|should|needed)\s+(?!(?:not\s+)?(?:\w+ed|been|\w+en)\b)"
            rf"|had\s+(?!(?:not\s+)?{_PASSIVE_ADVERB}been\b))",
        )
        # A short fronted phrase of common words before the subject: "To this end the firm was
        # building …", "For players this menu would mean …", "Then, he would like …" (not "Under
        # Acpo's plan, the orders would be …": the article's own account of a body's plan).
        starts = [0]
        if re.match(r"(?:To|For|As|In|At|On|With|By|Under|After|Since|Then)\b", clause):
            starts += [m.end() for m in re.finditer(r"[\w-]+,?\s+", clause[:40])][:3]
            starts = [k for k in starts if not re.search(r"\s[A-Z]", clause[:k])]
        found = next((m for k in starts if (m := subject.match(clause[k:][:1].lower() + clause[k + 1 :])) is not None), None)
        if found is None:
            return None
        if re.search(r"\b(?:fear|fears|believe|believes|think|thinks|expect|expects|hope|hopes|worry|worries|feel|feels|suspect|suspects|doubt|doubts)\s", found.group()):
            return None  # "Critics fear it could …": a cue of other people's own, not more of the speaker's words
        if re.match(r"(?:the|a|an)\s", found.group(), re.I) and re.search(r"\bhad\s+$", found.group()) and re.match(r"(?:a|an)\s", clause[found.end() :]):
            return None  # "The proposed law had a troubled passage": a thing's history told by the article, not a backshifted perfect
        if re.search(r"\bhad\s+$", found.group()) and re.match(rf"(?:not\s+)?{_PASSIVE_ADVERB}(?:expected|hoped|thought|believed|feared|anticipated)\b", found.string[found.end() :]):
            # "Ann Roe said the index rose to 55. Analysts had expected it to reach 57.": what somebody
            # had expected or hoped is a state of mind the article reports, no words of the speaker's
            return None
        if re.match(r"the\s+[A-Z]", found.group()) and re.search(r"\b(?:was|were|did|had)\s+\S*$", found.group()):
            # "The Kelso Arena Bill was entering its second reading.", "The Doors were one of the great
            # bands.": a thing's name in a plain past is the article's account of it (with a modal it may
            # be the speaker's plan for it: "The Zonebox would also support online play")
            return None
        words = found.group().lower().split()[:-1]
        if len(words) >= 2 and words[-1] in {"it", "he", "she", "they", "we"} and not all(w.endswith("ly") or w in {"nevertheless", "however", "still", "now", "then", "so", "instead"} for w in words[:-1]):
            return None  # "Critics fear it could …": a subject pronoun right before the verb has a main clause before it, someone's own view
        # After a cue in the present ("Tom Hale says sales will fall.") no tense is shifted back: a
        # plain past ("Profit was up 4%.") is the article's own account; a modal ("It could mean …")
        # may still go on with the speaker. Words the speaker put in the past themselves ("But, says Ann
        # Roe, it was not the car itself that changed lives. It was all that came with it.") may go on
        # in it; with no verb of the speaker's ("according to the figures") nothing does.
        if _present_cue(last.cue or "") and re.search(r"\b(?:was|were|did|had|needed)\s+\S*$", found.group()) and (
            re.match(r"[Aa]ccording\s+to\b", last.cue or "") or not re.search(r"\b(?:was|were|had|did)(?:n[’']t)?\b", last.text)
        ):
            return None
        # So after reported words the speaker's cue left in the present or future ("Ann Roe said sales
        # will rise. There were no details of the plan."): "were" shifts nothing back there (unless the
        # sentence keeps the speaker's present too: "This was because the game does not rely on words").
        if (
            last.kind == "reported" and re.search(r"\b(?:was|were|did|had|needed)\s+\S*$", found.group())
            and _UNSHIFTED.search(last.text) and not _SHIFTED.search(last.text) and not _UNSHIFTED.search(body)
        ):
            return None
        return span_or_none(text, s, e)

    def _other_side(self, c: Cue, span: tuple[int, int], s: int, e: int) -> tuple[int, int] | None:
        """A cue inside its sentence with words of the speaker on both sides: "X, Mr Cook said, because
        Y." / "X, the report said, and Y.": the side ``span`` did not take, when it goes on with a
        conjunction after the cue (or the cue follows such a clause)."""
        text = self.text
        conj = r"(?:because|and|but|as|since|although|though|so|while|whereas)\b"
        be = c.start
        while be > s and text[be - 1] == " ":
            be -= 1
        if be <= s or text[be - 1] != ",":
            return None
        before = (s, be - 1)
        after = re.match(rf",\s+((?!although|though|whereas){conj}[^“”\"]*)$", text[c.end : e])  # (a concession after the cue is the article's)
        if span[0] >= c.end and GOES_ON.match(text, span[0]):
            # "The main problem, she said, was the cost.": words after the cue with no subject of their
            # own go on from the subject before it, which is the speaker's too.
            subject = subject_before_cue(text, s, be - 1)
            if subject is None:
                return None
            if re.fullmatch(r"[A-Z]\w*", text[subject[0] : subject[1]]):
                return subject  # "This, she warns, is a risk."
            return span_or_none(text, *subject)
        if span[0] >= c.end and re.match(conj, text[span[0] : span[0] + 12]) and not re.search(r"\bthat\b", text[c.end : span[0]]):
            # (not "claiming that, as a result, Y": an aside after the conjunction "that" opens Y)
            if n_words(text[s : be - 1]) < 3 or (ADVERBIAL_START.match(text[s:be]) and not has_verb(text[s:be])) or re.search(r"[“”\"]", text[s:be]):
                return None
            return span_or_none(text, *before)
        # (not "…, said Mr Hale, but he did not think Y": what he thinks is no quote; nor what somebody
        # else named there expects: "…, analysts said, and the company expects approval in May")
        thinker = rf"(?:{PRONOUN}|(?:the|a|an|its|his|her|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,2}})"
        thinks = after is not None and re.match(
            rf"{conj}\s+{thinker}\s+(?:(?:did|does|do|was|is)(?:\s+not|n[’']t)\s+|also\s+|still\s+)?(?:think|believe|expect|hope|fear)(?:s|ed)?\b|{conj}\s+{thinker}\s+thought\b",
            after.group(1),
        )
        if span[1] <= c.start and after is not None and n_words(after.group(1)) >= 3 and not thinks:
            # "The truck market is improving, Kelco said, but warned that it was not benefiting …": a speech
            # verb the speaker goes on with reports the words after it, not its own "but warned that"
            again = re.match(rf"(?:and|but)\s+(?:also\s+)?(?:{SPEECH_VERBS})\s+(?:that\s+)?(?=[a-z“\"])", after.group(1))
            return span_or_none(text, c.end + after.start(1) + (again.end() if again else 0), e)
        return None

    def _according(self, pos: int, s: int, e: int, spans) -> Quote | None:
        """"according to X, …" / "…, according to X, a hydrologist." / "According to a new book,
        Brown's Britain, …": the words on the side that is a clause."""
        text = self.text
        np = np_after(text, pos + len("according to"), e)
        if np is None:
            return None
        np_end = np[1] + len(np[0])
        # "According to statistics 50% of all muggings involve mobiles": no comma after the source,
        # whose phrase then ran into the clause (split before its number or determiner)
        # (not a determiner after a preposition, which goes on with the source: "according to a spokesman
        # for the steel regulator quoted in the Kelso Post")
        run_on = re.search(r"(?<!\sfor)(?<!\sof)(?<!\sat)(?<!\sfrom)(?<!\sby)(?<!\swith)\s(?=\d|(?:most|many|some|all|the|a|an|more|nearly|almost|about|over|only|half)\s)", np[0])
        rest = text[np[1] + run_on.end() : e] if run_on else ""
        # (a share is never part of a source's name: "According to Kelso Research 40% of homes use …"
        # opens the clause at the number, whatever its verb)
        share = run_on is not None and re.match(r"\d[\d.,]*(?:%|\s+per\s*cent)\s+of\s", rest) is not None
        # (a share's own speech verb is nested in the source's words: "According to Kelso Research 40% of
        # homes say it helps them …")
        if run_on and not re.match(r"\s*,", text[np_end:e]) and (has_verb(rest) or share) and (share or not re.search(rf"\b(?:{SPEECH_VERBS})\b", rest)):
            np = np[0][: run_on.start()], np[1]
            np_end = np[1] + len(np[0])
        # "According to calculations presented to the Senate by Dr Lee in May, …", "According to the
        # Hazards Research and Information Center at Kelso University, …": a source that opens the
        # sentence runs on to its comma when the words before it are a description with no verb of its
        # own (a participle describing the data is not one)
        gap = re.match(r"\s+(?:(?:of|for|from|at|in|by|on|with|to|and|&)\s|[a-z]+ed\s+(?:by|to|for|in|on|at|from)\s)[^,;:“”\"]{1,120}(?=,)", text[np_end:e])
        after_gap = skip_space(text, np_end + gap.end() + 1) if gap else e
        if (
            gap and not share and not text[s:pos].strip(" “\"") and n_words(np[0] + gap.group()) <= 16
            and not has_verb(re.sub(r"\b[a-z]+ed\b", "", gap.group())) and clause_ok(text, after_gap, clause_end(text, after_gap, e))
        ):
            np = np[0] + gap.group(), np[1]
            np_end += len(gap.group())
        # "according to Office for National Statistics data, …": the source runs on to the comma
        ext = re.match(
            r"\s+(?:(?:of|for|from|at|in|by|on|with)\s|(?:data|figures|statistics|research|estimates|forecasts)\b)[^,.;:“”\"]{0,80}?(?=,|[.!?]?\s*$)", text[np_end:e]
        )  # (or to the end: "…, according to reports in the Hollywood Reporter trade newspaper.")
        if ext and n_words(ext.group()) <= 8 and not has_verb(ext.group()) and not re.match(r"\s+(?:and|but|or|who|which|that)\b", ext.group()):
            np = np[0] + ext.group(), np[1]
            np_end += len(ext.group())
        # "According to a lawyer, Ann Roe, …", "According to its Paris lawyer, Ann Roe of Kelso Chambers, …":
        # the person the appositive names (and where they are from)
        named = re.match(rf",\s+({CAP_RUN.pattern})(?:\s+(?:of|from|at)\s+[A-Z][^,;:“”\"]{{0,60}})?,", text[np_end:e])
        # (so after a kind of speaker with no article, its name set off by commas before the clause:
        # "According to technology analysts, Kelso Research, there will be …", "According to figures
        # gathered by industry watchdog, Kelcom, the growth means …"; not a list: "According to
        # economists, China, India and Brazil will …")
        kind = named is not None and norm(np[0].split()[-1]) in ORG_NOUNS | PERSON_NOUNS and re.match(r"\s*[a-z]", text[np_end + named.end() : e]) is not None
        if named and (np[0].split()[0].lower() in {"a", "an", "the", "its", "his", "her", "their"} or kind):
            np, np_end = (named.group(1), np_end + named.start(1)), np_end + named.end()
        # "according to figures released on Monday": the source is the figures; the day says when and
        # the bare participle what was done with them (but "released by the BBC" names who, and "The
        # Mail on Sunday" is a title)
        src = np[0]
        when = re.search(rf"\s+(?:on|last|this|earlier|in)\s+(?:{_DAYS}|{_MONTHS}|week|month|year|\d{{4}})$", src)
        if when and not re.search(r"[A-Z][\w’'-]*\s+on\s+Sunday$", src):
            src = src[: when.start()]
        src = re.sub(rf"\s+(?:also\s+)?{_RELEASED}$", "", src)
        if re.search(r"[\w%]\s*$", text[s:pos]) and not _SPEAKING_SOURCE(src):
            return None  # "put in 24 groups according to their voting intention", "moves according to the laws of physics": by, not from
        ent = self._resolve(src, np[1]) or self.cast.add_org(as_named(src), np[1], plural=src.endswith("s"))
        cue = text[pos : np[1] + len(np[0])]
        be = pos
        while be > s and text[be - 1] in " ,":
            be -= 1
        before = text[s:be]
        tail = re.match(r",\s+[^,;:]*?(?=[,;:]|[.!?]?$)", text[np_end:e])
        # (a relative clause on the source describes it too: "…, according to Tom Hale, who advises the firm.")
        appositive = tail is None or re.match(r",\s+(?:a|an|the|who|which)\s", tail.group()) or not has_verb(tail.group())
        # (so does one with no comma that runs to the end: "…, according to the Kelso Group which
        # represents retailers.")
        closes = tail is None and (not text[np_end:e].strip(" .!?") or re.match(r"\s+(?:which|who|whose)\s[^,;:“”\"]*$", text[np_end:e]) is not None) or (
            tail is not None and appositive and not text[np_end + tail.end() : e].strip(" .!?")
        )  # "…, according to John Houlihan, editor of the magazine."
        # "Sales rose, according to the firm, although profits fell.": a clause joined on after the
        # cue is the article's own; the words are the clause before it
        joined = re.match(r",\s+(?:although|though|but|while|whereas|and|as|with)\s", text[np_end:e]) is not None
        # '"The plan will work," according to Tom Hale.': a whole quotation before the cue is the
        # source's own words, a direct quote inside its marks (not reported words with the marks in)
        if re.fullmatch(r"[“\"][^“”\"]+[”\"]", before) and n_words(before) >= 2 and (appositive or joined or closes):
            return quote(text, *trim_inner(text, s + 1, be - 1), ent, ent.role, "direct", cue)
        if n_words(before) >= 3 and ((has_verb(before) and (appositive or joined)) or closes):
            return quote(text, s, be, ent, ent.role, "reported", cue)
        # "According to Fenwick, which cut its forecast, rents …", "According to figures also released
        # on Monday, sales …": what is said about the source comes before the clause
        aside = re.match(rf",\s+(?:which|who)\s+[^,;:“”\"]{{1,120}},|\s+(?:also\s+)?{_RELEASED}\s+[^,;:“”\"]{{1,80}},", text[np_end:e])
        # "According to Pat Roe, president of Kelso Energy, work will begin …": the description set off
        # after a named source is the source's, not the start of its words
        described = re.match(r",\s+(?P<desc>(?:(?:the|a|an)\s+)?[A-Za-z][\w’'-]*(?:\s+[\w’'&.-]+){0,8}?)\s*,\s+", text[np_end:e]) if not aside else None
        if (
            described and re.match(r"[A-Z]", np[0]) and parse_person(np[0])[1] is not None and not has_verb(described.group("desc"))
            and re.search(r"\s(?:of|at|for|with|from)\s", described.group("desc")) and described.group("desc").split()[0].lower() not in PREPOSITIONS
        ):
            aside = described
        if aside:
            np_end += aside.end()
        elif re.match(r"\s+(?:which|who|whose)\s", text[np_end:e]):
            return None  # "That is according to an expert panel which met in Kelso to …": a relative clause
            # on the source with no comma describes it; no words of the source's follow
        cs = np_end + re.match(r"[\s,]*", text[np_end:e]).end()
        # "According to the opposition parties, however, it is …": an adverb set off before the clause
        cs += re.match(r"(?:(?:however|meanwhile|though|too|also|instead|in\s+turn|of\s+course|in\s+fact),\s+)?", text[cs:e]).end()
        # "there was evidence, according to Ashco, that sales were slowing": the clause after "that"
        cs += re.match(rf"(?:that\s+(?!{FINITE_AFTER_THAT}))?", text[cs:e]).end()
        ce = clause_end(text, cs, e)
        if not clause_ok(text, cs, ce):
            # "According to the FT, in its latest meeting Acme will adopt …": an adverbial phrase opens
            # the clause after the source's comma; its subject and verb follow (the span keeps the
            # phrase, as the source's words)
            fronted = "," in text[np_end:cs] and re.match(r"(?:in|on|at|during|after|before|for|over|under|since|despite)\s+(?:[\w’'-]+\s+){0,5}?(?=[A-Z][\w’'-]*\s|(?:the|it|he|she|they)\s)", text[cs:ce])
            if not fronted or has_verb(fronted.group()) or not clause_ok(text, cs + fronted.end(), ce) or not has_verb(text[cs + fronted.end() : ce]):
                return None
        span = span_or_none(text, cs, ce)
        return quote(text, span[0], span[1], ent, ent.role, "reported", cue) if span else None
