"""The vocabulary of quote attribution: speech verbs and the patterns around them.

Verbs that report speech, the words that end a reported clause or a noun phrase, and the
regular expressions the readers in ``quotes``, ``quote_cues``, ``reported_speech`` and
``direct_quotes`` share.
"""

from __future__ import annotations

import re


# Verbs that take what was said as a clause ("said (that) …") or as quoted words.
SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|reported|reports|report|forecast|forecasts|estimated|estimates|estimate|claim|argue|insist|warn|admit|deny|predict|maintain|concede|stated|states|noted|notes|explained|explains|warned|warns|"
    "argued|argues|claimed|claims|insisted|insists|denied|denies|admitted|admits|urged|urges|accuse|"
    "confirmed|confirms|reiterated|reiterates|stressed|stresses|emphasised|emphasized|emphasises|"
    "emphasizes|announced|announces|acknowledged|acknowledges|suggested|suggests|predicted|predicts|"
    "revealed|reveals|vowed|vows|promised|promises|pledged|pledges|declared|declares|proclaimed|proclaims|maintained|"
    "maintains|conceded|concedes|asked|asks|replied|replies|answered|answers|wrote|writes|tweeted|"
    "remarked|commented|observed|recalled|recalls|contended|contends|contend|countered|responded|continued|"
    "complained|complains|complain|speculated|speculates|speculate|asserted|asserts|alleged|alleges|disclosed|"
    "cautioned|protested|accused|accuses|criticised|criticized|criticises|criticizes|slated|praised|praises|praising|"
    # (thanks given for something: "thanked fans for enduring “rubbish gigs”"; not "thanks", a noun as often)
    "thanked|thanking|"
    "went on|pointed out|points out|pointing out|point out|made it clear|makes it clear|spoke|speaks|"
    "saying|adding|claiming|arguing|warning|insisting|stressing|noting|explaining|denying|"
    "admitting|accusing|urging|asking|telling|suggesting|declaring|confirming|announcing|alleging|"
    "complaining|joking|predicting|"
    # plain forms a speaker's "did" stresses (EMPHATIC_ONLY): "Mr Roe did stress that the club …"
    "stress|acknowledge|suggest|confirm|reveal|add|"
    "calling on|calling for|called on|called for|calls on|calls for|criticise|criticize|called|"
    # (an appeal against a ruling goes to court, and an "appeals court" is one: no speech; "appealed
    # for calm", "appealed to fans to stay away" are)
    r"appealed(?!\s+against\b)|appealing(?!\s+against\b)|appeals(?!\s+(?:against|court|courts|judge|judges|panel|tribunal|hearing|process)\b)|"
    "pleaded with|pleads with|pleading with|"
    "expressed (?:his |her |their |its )?(?:doubts?|concerns?|fears?|hopes?|confidence|anger|frustration|surprise|regret)|"
    "is quoted as saying|was quoted as saying|is reported as saying|was reported as saying|branded|labelled|labeled|dubbed|"
    # the perfect of the same passive ("…, Tom Hale has been reported as saying.")
    "(?:has|have|had) been (?:quoted|reported) as saying|"
    # a participle of naming speaks after a comma or "by" ("…, branding the plan “a stealth tax”"), not
    # as a progressive, which names a product ("the firm is branding its phones “Kelso”")
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?:branding|labelling|labeling|dubbing|calling)|"
    "joked|jokes|quipped|quips|boasted|boasts|tipped|tips|described|describes|describing|blamed|blames|blaming|attributed|attributes|billed|"
    "questioned|queried|questioning|querying|"
    "agreed that|agrees that|agree that|"
    r"(?:agreed|agrees|agree)(?=\s+(?:he|she|they|it|there|we|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:was|were|is|are|had|has|have|would|could|should|will|can|might|must)\b)|"
    # A ruling is what a court, jury or panel says: "the jury ruled that …", "…, the court has ruled."
    # (not "ruled out", "ruled in favour of", "ruled on the case")
    r"(?:ruled|rules)(?=\s+that\b|\s*[.,;])|"
    # and its clause with no "that", or "that" after a time ("the High Court last month ruled the act
    # was valid", "A Kelso court ruled in 2003 that …"; not "ruled the country and was loved", "was
    # ruled to have crossed", "ruled out")
    # (or a date: "The commission ruled on 30 July, 2002 that …")
    r"ruled(?=\s+(?:in\s+\d{4}|on\s+[A-Z]\w+|on\s+\d{1,2}\s+[A-Z][a-z]+(?:,?\s+\d{4})?|last\s+\w+|earlier\s+this\s+\w+)\s+that\b"
    r"|\s+(?!(?:to|out|in|on|against|over|by|with|for|from|at|as|and|or|but|him|her|them|it|himself|herself|itself)\b)(?:(?!(?:and|but|or|who|which|while)\b)[\w’'-]+\s+){1,4}?(?:could|would|should|must|was|were|had|is|are|did|can|will|may|might|has|have)\b)|"
    # (a hint is said: "the coach hinted he may be back early"; not "hints", as often the noun)
    "hinted|hinting|"
    "intimated|intimates|recommended|recommends|alleges|allege|likened|likens|"
    # what a speaker lets be known without stating it is reported as what they said ("Ann Roe has
    # indicated she wants the rebate to end", "Tom Hale hinted that the winger could be fit")
    "indicated|indicates|indicating|hinted|hinting|signalled|signaled|signalling|signaling|"
    # like "told", who was assured or reminded, then the words ("Tom Hale assured MPs that 90% of the bill
    # was about regulation", "reminded MPs that …")
    "assured|assures|reminded|reminds|"
    "dismissed|dismisses|condemned|condemns|condemning|attacked|attacks|slammed|slams|hailed|hails|"
    # what a piece of research found is what it says ("…, a new study has found"); a cue reader keeps
    # "found" and "finds" only with a study for their subject (FINDING_VERBS); "concluded" is also a
    # closing remark ("He concluded: “…”", "the report concludes that …")
    "found|finds|concluded|concludes|"
    # a demand made is said, with its clause or to know something ("The Tories are demanding that Tom
    # Hale spell out …", "Ann Roe has demanded to know who signed off the leave"; not "demanded an inquiry")
    r"(?:demanded|demanding|demand)(?=\s+(?:that|to\s+know)\b)"
)


# Verbs that report speech only when a study, report or inquiry is their subject: "a survey by Kelso
# found that most users …" (not "police found a body"). "Concluded" is anyone's closing remark too
# ("She concludes: “…”"), so it is a speech verb of its own ("concluded a deal" a plain object).
FINDING_VERBS = {"found", "finds"}
# The nouns for a piece of research that may be their subject.
STUDY_NOUNS = {"report", "survey", "study", "research", "poll", "review", "inquiry", "investigation", "audit", "analysis"}


VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
# Verbs of thinking: speech only when their clause quotes the speaker's words ("Ray believes the band
# could be “the next big thing”"; not "Ray believes the band could win"), and so is a forecast's "expects"
# ("It expected 2005 to be a “year of change” …"; not "It also expected prices to rise").
THINKING_VERB = re.compile(r"\b(?:believes|believed|thinks|thought|fears|feared|expects|expected)\b")
# Verbs that take no person as their object: after "…, said" a noun phrase is the speaker.
NO_OBJECT = {
    "said", "says", "added", "adds", "explained", "noted", "insisted", "argued", "claimed", "stressed", "admitted",
    "wrote", "writes", "suggested", "observed", "remarked", "declared", "maintained", "conceded", "cautioned",
    "claims", "insists", "argues", "admits", "explains", "notes", "stresses", "maintains", "concedes", "warns",
    "commented", "say", "concluded", "concludes",
}
# Verbs in their plain form: "critics argue …", but not "refused to say".
BASE_FORMS = {"say", "contend", "claim", "argue", "insist", "warn", "admit", "deny", "predict", "maintain", "concede", "allege", "agree that", "accuse", "point out", "estimate", "complain", "speculate", "report"}
# (a forecast in the plain form is its plural subject's words too: "Security firms estimate that about
# 1m websites …", "experts estimate it will take a decade"; not "to estimate the cost", "an estimate";
# so is a complaint: "some critics complain that the remakes fall short")
# Plain forms that are a cue only after "did"/"does"/"do" ("Tom Hale did stress that …", "the firm did
# acknowledge that …"): with a plural subject they are as often the data's ("figures suggest …") or no
# speech at all ("to add to the pressure").
EMPHATIC_ONLY = {"stress", "acknowledge", "suggest", "confirm", "reveal", "add"}


# verb -> the word that opens its complement: "accused him of …", "urged them to …".
COMPLEMENT = {
    "accused": "of", "accuses": "of", "accusing": "of", "accuse": "of", "urged": "to", "urges": "to", "urging": "to",
    "asked": "to", "asks": "to", "asking": "to", "criticised": "for", "criticized": "for",
    "criticises": "for", "criticizes": "for", "criticise": "for", "criticize": "for", "slated": "for",
    "praised": "for", "praises": "for", "praising": "for", "thanked": "for", "thanking": "for", "blamed": "(?:on|for)", "blames": "(?:on|for)", "blaming": "(?:on|for)", "attributed": "to", "attributes": "to", "tipped": "to", "tips": "to", "described": "as", "describes": "as",
    "describing": "as", "billed": "as", "likened": "to", "likens": "to", "dismissed": "as", "dismisses": "as",
    "calling on": "to", "calling for": "to", "called on": "to", "called for": "to", "calls on": "to",
    "calls for": "to", "appealed": "to", "appeals": "to", "appealing": "to", "pleaded with": "to", "pleads with": "to",
    "pleading with": "to", "recommended": "to", "recommends": "to",
}


# Verbs as likely to take a plain noun phrase ("confirmed the news") as a clause.
NP_OBJECT_VERBS = {
    "confirmed", "confirms", "denied", "denies", "announced", "announces", "revealed", "reveals", "admitted",
    # and their participles ("…, announcing his departure from the band", "…, confirming a slowdown")
    "announcing", "confirming", "revealing",
    "admits", "acknowledged", "acknowledges", "promised", "promises", "pledged", "pledges", "added", "adds", "adding",
    "reported", "reiterated", "reiterates", "countered", "forecast", "forecasts", "estimated", "estimates",
    "predicted", "predicts", "predict", "predicting", "continued", "continues", "conceded", "concedes", "maintained", "maintains",
    "recommended", "recommends",  # "recommended a pay rise": no words of the speaker
    "confirm", "reveal", "acknowledge", "add",  # (plain forms after "did": "did confirm the deal")
    "pointing out", "pointed out", "points out", "point out",  # "pointing out the mistake": no words of the speaker
    "wrote", "writes",  # "wrote the songs for the film": a thing written, not words reported
    "concluded", "concludes",  # "concluded a deal with Sony": a thing done, not words
    "stressed", "stresses", "emphasised", "emphasises", "emphasized", "emphasizes",  # "stressed the importance of …": a topic, no words
    "stressing", "emphasising", "emphasizing",  # (and as participles: "…, stressing the city's strong rules")
    # a prize, a question or a memory taken, not words: "Kelso claimed their first win", "she answered
    # questions from readers", "he recalls the day which changed his life", "a tackle denying a try"
    "claimed", "answered", "answers", "recalled", "recalls", "denying",
    # (and its participle: "Kelso won in Ayr, claiming the title", "Yukos is claiming $2bn in damages";
    # not "claims"/"claim", whose clause with no "that" often opens with a noun phrase and an aside:
    # "Critics claim the law, which …, is unfair")
    "claiming",
    # a thing explained, no words: "explained his reasons to voters", "…, explaining the move"
    "explained", "explains", "explaining",
    "found", "finds",  # "the study found a link between …": a finding named, no clause
    "indicated", "indicates", "indicating", "hinted", "hinting",  # "indicated his support", "hinted at a return": no words
    "signalled", "signaled", "signalling", "signaling",  # "signalled the strongest growth yet": a thing shown
    # the plain forms after a modal or a plural subject: "hopes the console will maintain the firm's
    # lead", "firms confirm the figures" (a thing kept or confirmed, no words)
    "confirm", "deny", "announce", "reveal", "admit", "acknowledge", "promise", "pledge", "reiterate", "concede",
    "maintain", "recommend", "estimate",
}


# What before "accused of" makes it the active verb, someone's accusation, not a bare participle: a
# relative's subject ("which critics accused of …") or an auxiliary ("banks it had accused of …").
ACCUSER_BEFORE = re.compile(r"(?:\b(?:which|that|whom|who)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+|\b(?:had|has|have|having))\s*$")
TOLD = {"told", "tells", "telling", "warned", "warns", "warning", "assured", "assures", "reminded", "reminds"}


# Verbs after which only quoted words are the speaker's, never a clause: "spoke to reporters:",
# "branded it “tasteless”", "condemned the vote as a “shambles”", "attacked the “rushed” plan".
PHRASE_ONLY = {
    "spoke", "speaks", "branded", "labelled", "labeled", "dubbed", "called", "condemned", "condemns", "condemning",
    "attacked", "attacks", "slammed", "slams", "hailed", "hails",
    "branding", "labelling", "labeling", "dubbing", "calling",  # "…, calling it a “disgrace”"
}


PARTICIPLE = re.compile(r"ing$")


PRONOUN = r"(?:he|she|they|it|He|She|They|It)"


_PRONOUN_PAT = r"(?:he|she|they|it)\s+"


OPEN, CLOSE = "“«", "”»"


SCARE_BEFORE = re.compile(
    r"(?:so-called|so called|dubbed|called|termed|known as|nicknamed|titled|entitled|branded|labell?ed|deemed|named)\s*$"
    # (also with an article before the name: "Ann Roe and Tom Hale, from Kelso, dubbed the “Kelso Two”, were …")
    r"|\b(?:dubbed|nicknamed|termed|titled|entitled|named|known\s+as)\s+(?:the|a|an)\s*$"
    # (a slogan or motto set off as its noun's apposition: "wore the bid slogan, “Back the Bid”, on her shorts")
    r"|\b(?:slogan|motto|catchphrase|tagline)s?,?\s*$",
    re.I,
)


# An occasion taken to say something, before the speech verb: "Mr Hale used a speech to say …", "took the
# opportunity to warn …", "went so far as to suggest …": the subject says it.
USED_TO_SAY = (
    r"(?:used|uses|use|using)\s+(?:the|a|an|his|her|its|their|this|that)\s+(?:[\w’'-]+\s+){0,3}?to"
    r"|took\s+the\s+(?:opportunity|chance)\s+to|(?:went|goes|go)\s+so\s+far\s+as\s+to"
)


AUX_WORDS = (
    "has|have|had|also|later|then|further|again|previously|would|will|once|earlier|repeatedly|"
    "initially|now|only|still|just|recently|subsequently|reportedly|apparently|publicly|privately|"
    "firmly|strongly|immediately|originally|already|never|did|does|do|is|are|was|were|today|yesterday|"
    "always|consistently|often|even|"
    "goes on to|went on to|go on to|has gone on to|continued to|continues to|continue to|continuing to|itself|himself|herself|themselves|long|since|all|both|"
    # a speech announced before it is made is its speaker's ("Mr Hale is expected to say that …")
    "expected to|likely to|due to|set to|"
    # and so is one its speaker is eager to make ("She was at pains to point out that …", "The EU was
    # keen to stress that …")
    "keen to|quick to|careful to|anxious to|eager to|at pains to|"
    + USED_TO_SAY
)
# The same, as what stands before a plain form that still speaks ("is expected to say", "was keen to
# point out"; not "refused to say").
SPEAKS_TO = r"(?:is|are|was|were)\s+(?:also\s+)?(?:expected|likely|due|set|keen|quick|careful|anxious|eager|at\s+pains)\s+to"


# A "that" followed straight by a finite verb is the clause's subject (a demonstrative), not the
# conjunction: "Mr Lane said that could take years" reports "that could take years" (a conjunction
# needs a subject after it: "said that prices could rise").
FINITE_AFTER_THAT = (
    r"(?:is|was|were|are|has|had|have|will|would|could|can|may|might|must|should|meant|means|did|does|"
    r"isn[’']t|wasn[’']t|won[’']t|wouldn[’']t|couldn[’']t|hasn[’']t|hadn[’']t|didn[’']t|doesn[’']t)\b"
)


# Nouns that end like adverbs: "his family said", "the assembly said".
LY_NOUNS = {"family", "assembly", "supply", "rally", "monopoly", "ally", "reply", "anomaly"}


# (a season or weekend too, a time with two words before it, and a stretch of recent time or the past,
# never a speaker: "A Kelco poll this summer suggested", "The firm earlier this week said", "speeches by
# Kelso Council in recent months said …", "Kelso has in the past said …")
TIME_PHRASE = (
    r"(?:(?:on|last|this|earlier|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening|weekend|summer|spring|autumn|winter)"
    r"|(?:earlier|later)\s+(?:this|last)\s+(?:week|month|year)"
    r"|(?:in|over|during)\s+(?:recent|the\s+(?:past|last)(?:\s+(?:few|two|three|several))?)\s+(?:days|weeks|months|years)"
    r"|in\s+the\s+past)"  # "Kelso has in the past said …"
)
# (also a connective without its commas: "Mr Hale meanwhile told the BBC: …")
TRAIL_AUX = re.compile(rf"(?:\s+(?:{AUX_WORDS}|{TIME_PHRASE}|meanwhile|however|(?!(?:{'|'.join(sorted(LY_NOUNS))})\b)[a-z]{{3,}}ly))+\s*$")  # "Mr Smith separately said", "Mr Hilton on Tuesday said"


# (an adverb of how often between: "was twice denied his chance", "were again told to wait")
PASSIVE = re.compile(r"\b(?:is|are|was|were|been|be|being)(?:\s+(?:\w+ly|also|now|still|further|then|often|twice|again|once|never|later|since|even))?\s*$")


PASSIVE_VERBS = {"indicated", "hinted", "signalled", "signaled", "assured", "reminded", "concluded", "hailed", "branded", "labelled", "labeled", "dubbed", "attacked", "slammed", "recommended", "declared", "proclaimed", "revealed", "suggested", "predicted", "acknowledged", "admitted", "questioned", "condemned", "described", "billed", "tipped", "dismissed", "likened", "blamed", "attributed", "forecast", "estimated", "said", "told", "claimed", "urged", "accused", "asked", "warned", "alleged", "criticised", "criticized", "denied", "reported", "promised", "stated", "announced", "confirmed", "slated", "praised", "thanked"}


DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "both", "this", "that", "these", "those"}


# Words that end a noun phrase when reading backwards from a verb (or forwards from a clause start).
NOT_NP = set(
    """and but or nor so yet that which who whom whose when where while whilst after before because as if until unless
    whether although though than then how what why to with by on into onto over under about against
    between through during without within upon via per not no also has have had is are was were be been
    being will would can could may might must should shall do does did said says told added it he she they
    we i you me him them us there here just only even still again however meanwhile instead later earlier
    now once already never always initially repeatedly previously""".split()
)


NP_PREPS = {"of", "for", "at", "in", "from", "by"}


# "a source close to the talks", "people close to the minister", "sources within the party"
CLOSE_TO = re.compile(
    r"(?<![\w’'-])(?:(?:an?|the|one|two|several)\s+)?(?:[\w-]+\s+){0,2}?(?:sources?|aides?|friends?|allies|ally|people|figures?|insiders?)"
    r"\s+(?:close\s+to|familiar\s+with|within|inside)\s+[^,.;:“”\"]+?\s*$",  # ("sources familiar with the talks said")
    re.I,
)


ORG_LEADERS = {"rival", "fellow", "former", "but", "and", "meanwhile", "however", "also", "then"}


NP_DETS = {"the", "a", "an", "his", "her", "their", "its", "both"}


# Words that may open a reported clause although they cannot be part of a noun phrase.
CLAUSE_OPENERS = {
    "it", "he", "she", "they", "we", "i", "you", "there", "that", "how", "what", "why", "whether", "if", "when", "which",
    "no", "not", "even", "only", "just", "while", "although", "though", "because", "unless",
    # "the allegations which he said had been made …", "a watch Sharon said was one of only 10 made"
    "was", "were", "is", "are", "had", "has", "have", "would", "could", "will",
    "being", "having",  # "said being able to close bars did not …"
    "should", "might", "may", "must", "can",  # "This, said Sloncek, should make …"
}


PREPOSITIONS = set(
    """outside inside at in on to for from with by about over during ahead near behind across among under of
    after before since until into onto upon via through throughout against without within beyond""".split()
)


LEADING = re.compile(
    r"^\s*(?:(?:But|And|So|Yet|However|Meanwhile|Instead|Later|Earlier|Now|Also|Then|Still|Indeed|Already)\b,?\s+)+"
)


ADVERBIAL_START = re.compile(
    r"^\s*(?:In|On|At|After|During|Asked|Speaking|Reminded|Although|Though|When|While|Whilst|Since|Despite|"
    r"Following|Last|This|Earlier|Later|Before|As|If|Unlike|Like|With|Without|For|From|Under|Over|By|Once|Even|"
    r"Already|Still|Separately|Elsewhere|Overall|Instead|Meanwhile|However|Amid|Throughout|Ahead(?=\s+of\b)|Prior(?=\s+to\b)|"
    r"(?:Shortly|Soon|Immediately|Just|Moments|Minutes|Hours|Days|Weeks|Months)(?=\s+(?:after|before)\b)|"  # "Shortly after the final, Vale …"
    r"(?:Late|Early)(?=\s+(?:last|this|next|on|in|yesterday|today|tomorrow|that|the)\b))\b"  # "Late last year, …": a time, not a subject
)


TIME_WORDS = set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december week month year night morning afternoon evening weekend day
    today yesterday""".split()
)


# (a time in the possessive is the clause's own: "said this year's event would be bigger")
AFTER_VERB = re.compile(
    r"(?:\s+(?:on|last|this|earlier|later)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening|weekend)(?![’']s\b)"
    r"|\s+(?:earlier|later)\s+(?:this|last|next)\s+(?:week|month|year)(?![’']s\b)"
    # ("announced earlier in January that …", "said earlier in the day that …", "said earlier that …")
    r"|\s+(?:earlier|later)\s+in\s+(?:the\s+(?:day|week|month|year)|January|February|March|April|May|June|July|August|September|October|November|December)\b(?![’']s\b)"
    r"|\s+earlier(?=\s+that\s)"
    # (a date, its year after a comma too: "announced on 3 March, 2004 that …")
    r"|\s+on\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+\d{4})?(?=\s+that\b)"
    r"|\s+(?:last|this)\s+(?:summer|spring|autumn|winter)(?![’']s\b)|\s+in\s+the\s+past"
    r"|\s+in\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|letter|speech|report|response|briefing|article|column|blog|message|note|email|submission)"
    r"|\s+(?:publicly|privately|repeatedly|also|again|later|recently|yesterday|today|firmly|strongly|previously|openly|bluntly)\b)*"
)


_OBJECT_NOUNS = set(
    """programme program show newspaper paper website site conference reporters journalists mps delegates
    audience committee parliament radio station channel magazine inquiry hearing crowd members supporters media press
    students pupils colleagues staff investors analysts listeners viewers readers agency news council
    court jury meeting summit rally congress senate assembly gathering interviewer
    voters fans shareholders customers workers employees parents""".split()
)


IRREGULAR_PAST = set(
    """wrote said told spoke went came gave took made got put left felt kept began ran saw won lost sold paid met
    rose fell grew held led brought bought thought found became set sent hit cut let meant stood sat drew threw
    knew struck fought chose broke built caught taught upheld withheld withdrew undertook understood oversaw
    overtook underwent overcame foresaw mistook forgave forgot froze stole swore tore wore woke sang sank rang
    shook sought spent dealt drove flew fled heard hid laid lent swept slept wept rode strode stuck clung
    swung bore""".split()
)


OBJECT_ALT = "|".join(sorted(_OBJECT_NOUNS, key=len, reverse=True))
# The same nouns, and the names of an outlet's services, as words after its initials ("BBC Radio",
# "BBC Sport", "ITV News"): part of the outlet told, not the subject of the clause after it.
OBJECT_WORDS = _OBJECT_NOUNS | {"sport", "online", "world", "tv", "breakfast", "scotland", "wales", "london"}


CONTENT_OK = re.compile(r"[\w“\"‘'(£$€]")


# (Not a modal: "warned prices were too high and could fall", "said it had no plans but would
# listen": a modal has no tense of its own to match the speech verb's, and goes on with the reported
# clause's subject, as a verb in the same tense as "said" does not; MODAL_STOP below.)
COORD_STOP = re.compile(
    r",?\s+(?:and|but)\s+(?:(?:also|then|later|still|yet)\s+)?(?:(?:was|were|did|has|had|have|is|are)\b"
    r"|(?:demanded|called|refused|rejected|dismissed|criticised|criticized|threatened|vowed|declined|walked|left|resigned|believes|believed|thinks|thought|said|added|told|insisted|warned|urged|claimed|argued|denied|admitted|accused|says|adds|insists|warns|claims"
    r"|stressed|emphasised|emphasized|noted|suggested|acknowledged|conceded|maintained|announced|revealed|predicted|explained|stresses|emphasises|notes"
    r"|promised|pledged|vowed|described|appealed|pleaded|asked|recommended|recommends|questioned|queried|reminded|assured"
    # (a verb of praise, the speaker's act on an object: "insisted Mr Hale will have a key role, and praised
    # his handling of the economy"; the caller lets a clause whose own verb is a plain past go on with it)
    r"|praised|welcomed|thanked|congratulated|hailed|defended|paid\s+tribute"
    # (and what the speaker went on to do about it: "said he was "deeply concerned" and ordered an
    # inquiry", "said the plans would fail and attacked the Tories", "said it had no comment but
    # confirmed the show was filmed there"; the same check as for praise)
    r"|attacked|ordered|offered|confirmed|accepted"
    # (a joke or a hint is said too: "said she hoped to meet him but joked that “…”", "said the aim was
    # to keep it and hinted that a merger was likely")
    r"|joked|quipped|hinted|boasted|confessed"
    # (and the plain forms after a plural speaker, a clause of their own after them: "Critics say the sums
    # do not add up and claim it would cut services", "revealed few details but say it has the potential
    # to …"; not "is doing what it can to monitor fraud and warn people": an infinitive goes on)
    r"|(?:say|claim|argue|insist|warn|deny|admit|predict)(?=\s+(?:that|it|he|she|they|we|there)\b))\b"
    r"|(?:calling|saying|adding|claiming|urging|accusing|insisting|warning|arguing|demanding)\b)"
)


# "admitted fraud and will testify", "went on to claim the Cup, and would …": a modal after an
# object with no verb of its own goes on with the speech verb's subject (the caller checks the verb).
MODAL_STOP = re.compile(r",?\s+(?:and|but)\s+(?:(?:also|then|later|still|yet)\s+)?(?:would|will|could)\b")


# "…, Bellamy insisted …", "…, while 92% said …", "… but his lawyer, Antony Townsden, told …", "… but some MPs argue …", "… - and
# the BBC's Sarah Rainsford says …": a new speaker's cue after a comma, "but" or "and" ends the clause
# before it.
_NEW_CUE_VERB = (
    r"(?:also\s+|later\s+|then\s+)?(?:said|says|insisted|insists|added|adds|warned|warns|argued|argues|claimed|claims|told|tells|"
    r"admitted|admits|denied|denies|predicted|predicts|predict|countered|replied|responded|maintained|maintains|say|argue|insist|warn|"
    # (not "reports", "urges", "stresses": nouns as often as verbs)
    r"criticised|criticized|criticises|criticizes|urged|stressed|suggested|suggests|reported|accused|accuses)\b"
)
NEW_CUE = re.compile(
    rf",\s+(?:{_PRONOUN_PAT}|(?:[A-Z][\w’'-]*\s+){{1,5}}|(?:while|whereas)\s+(?:[\w%’'-]+\s+){{1,4}}){_NEW_CUE_VERB}"
    # "… no deals while Mr Brown says …", "… too late while the Lib Dems say …": "while" opens a clause
    # with a speaker of its own, comma or not
    rf"|(?<=[\w”\"])\s+(?:while|whereas)\s+(?:(?:the|Mr|Mrs|Ms|Dr|Sir)\s+)?(?:[A-Z][\w’'-]*\s+){{1,3}}{_NEW_CUE_VERB}"
    # "…, although Ann Roe admitted she was …": a concession with a named speaker of its own
    rf"|,\s+(?:although|though)\s+(?:(?:the|Mr|Mrs|Ms|Dr|Sir)\s+)?(?:[A-Z][\w’'-]*\s+){{1,3}}{_NEW_CUE_VERB}"
    # (or the speaker again, by a pronoun: "…, although it warned that trading would stay tough", "… - though
    # he acknowledged the leaders were busy": the concession is a cue of its own; so is the speaker's own
    # recognition or praise: "…, though he recognised that makers would profit", "…, although she praised …")
    rf"|(?:,|\s+[-–—])\s+(?:although|though)\s+{_PRONOUN_PAT}(?:{_NEW_CUE_VERB}|acknowledged|acknowledges|conceded|concedes|recognised|recognises|recognized|recognizes|accepted|accepts|praised|praises)"
    rf"|\s+and\s+(?:some|many|most|other|several|rival|fellow)\s+(?:[\w’'-]+\s+){{0,2}}{_NEW_CUE_VERB}"  # "… and some analysts predict …"
    # "…, while others fear it will hurt small firms", "…, although some speculate that …": others' view
    # (a verb of thinking too) set against the words ends them
    rf"|,\s+(?:while|whereas|although|though)\s+(?:others|some|many|most)\s+(?:(?:also|still)\s+)?(?:fear|feel|believe|think|speculate|suspect|worry|doubt|{_NEW_CUE_VERB})"
    # "… grew by 9.5% and experts say …": a plain plural noun (and any adjective) with a cue of its own
    # (not "… and that previous claims of …": a noun in -s is no verb here, nor "previous" a noun)
    r"|(?<=[\w”\"%])\s+and\s+(?!(?:that|the|this|these|those|its|his|her|their)\b)(?:[a-z][\w-]*\s+)?[a-z][\w-]*(?<!ou)[^s\W’']s"
    r"\s+(?:also\s+)?(?:say|said|warn|warned|argue|argued|insist|insisted|predict|predicted|believe|told|added|admit|admitted)\b"
    rf"|(?<=[\w”\"%])\s+and\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){{1,3}}{_NEW_CUE_VERB}"  # "… rose 0.8% and Kelso reported …": a named speaker of its own
    # "… the system was flawed and all three of the main parties have said …": a subject of its own and a
    # speech verb in the perfect
    r"|(?<=[\w”\"%])\s+and\s+(?:all|both|each|some|many|most|several|the|other)\s+(?:[\w’'-]+\s+){0,5}?(?:has|have)\s+(?:also\s+)?(?:said|claimed|warned|insisted|argued|admitted|told|stressed|suggested)\b"
    # (not a passive with no agent: "… but people had to be told if data was kept" names nobody who
    # speaks; "… but the move was criticised by analysts" does)
    rf"|(?:,?\s+but|(?:,|\s+[-–—])\s+and)\s+(?:{_PRONOUN_PAT}|(?:(?:the|his|her|their|its)\s+)?[\w’'-]+(?:\s+[\w’'-]+){{0,5}}(?:,\s+(?:[A-Z][\w’'-]*\s+){{0,2}}[A-Z][\w’'-]*,)?\s+)(?:(?<!\bbe\s)(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s){_NEW_CUE_VERB}|{_NEW_CUE_VERB}(?=\s+by\b))"
    # "…, a new documentary has revealed.", "…, a witness has told jurors.": a cue in the perfect closing
    # the sentence (a few words at most after it) is its own speaker's
    r"|,\s+(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+){0,4}(?:has|have)\s+(?:revealed|said|reported|claimed|told|warned|found|suggested|confirmed|announced)\b(?=(?:\s+[\w’'-]+){0,2}\s*[.!?]?\s*$)"
)


# "Bellamy's claim that …": a possessive speech noun and its clause. The owner's name may run on past
# "of"/"for" ("the Bank of England's warning that …" is the bank's, not England's).
SPEECH_NOUN = re.compile(
    # (a named owner's also with a word on when or how it was made between: "Opec's recent announcement
    # that …", "Kelco's separate announcement that …")
    r"(?:(?P<who>\b(?:[A-Z][\w’'-]+\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,3}[A-Z][\w’'-]+?)(?:’s|'s|’|')(?:\s+(?:recent|latest|earlier|separate|repeated|public|renewed|original))?"
    r"|(?P<pro>\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)))\s+"
    r"(?:(?:claims?|assertions?|allegations?|insistence|suggestions?|warnings?|admission|argument|accusations?)"
    r"(?:\s+that\s+|\s+(?=(?:he|she|they|it|we|I)\s+(?:had|has|have|was|were|would|could|will|is|are|did)\b))"  # "his claims he had …"
    # "Tony Reed's promise that MPs would …", "Kelso's denials that it was involved": nouns of other
    # speech acts, only with "that" ("half his promises he will keep" is no clause of them)
    r"|(?:promises?|pledges?|assurances?|denials?|predictions?|announcement)\s+that\s+"
    # "Mr Hale's view was that …", "her argument is that …": what the owner's stand was, given as a clause
    r"|(?:view|argument|position|message|point|contention|response|answer|explanation)\s+(?:is|was)\s+that\s+)"
)


# "shrugged off claims from Tory leader Ann Roe that …", "rejected a plea by Lord Hale that …": a
# speech noun with its source after "from" or "by" (a name, with any title before it) and its clause.
# (a report also "in" the paper that carries it, which may go unnamed: "quit after reports in a
# newspaper that he attended a rally")
SOURCED_NOUN = re.compile(
    r"\b(?:(?:claims?|allegations?|accusations?|suggestions?|warnings?|assurances?|promises?|pledges?|pleas?|insistence|admission|denials?|predictions?)"
    r"\s+(?:from|by)|reports?\s+in)\s+(?P<who>(?:[A-Za-z][\w’'-]*\s+){0,4}?(?:[A-Z][\w’'-]+|(?:news)?papers?|magazines?))\s+that\s+"
)


# "Ann Roe has dropped hints that her ambition has begun to wilt", "Tom Hale made a prediction that
# sales would double": a speech noun as the object of a verb of giving or making is the subject's speech
# act, its clause the subject's words (not "denied claims that …", whose claims are somebody else's).
LIGHT_VERB_NOUN = re.compile(
    r"\b(?:dropped|dropping|made|making|gave|giving|given|issued|issuing|voiced)\s+(?:(?:a|an|the|repeated|strong|clear|broad|heavy|several|fresh|further|new|public)\s+){0,2}"
    r"(?:hints?|assurances?|warnings?|promises?|pledges?|predictions?|suggestions?)"
    # (a time between the noun and its clause: "issued a warning earlier in the week that …")
    r"(?:\s+(?:(?:earlier|later)\s+(?:this|last|in\s+the)|on|last|this)\s+(?:day|week|month|year|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"\s+that\s+(?!" + FINITE_AFTER_THAT + r")"
)


# "has denied a report claiming he warned …", "followed a BBC story saying …": a report or story with
# a participle of speech right after it (a reduced relative on it) says the words; the one who denies
# or follows it does not. So does a book, letter, e-mail or memo, also with a few words that describe
# it and with whom it is from ("despite a new book saying he …", "an open letter from its chief Tom
# Hale saying it was time …"); the group ``written`` marks these, which their writer's own verb may
# have sent out instead ("Tom Hale wrote a letter saying …", handled by the caller).
REPORT_SAYING = re.compile(
    r"(?P<np>\b(?:[Aa]n?|[Tt]he)\s+(?:(?:[A-Z][\w’'&-]*|new|open|recent|latest|leaked|internal|separate)\s+){0,3}"
    r"(?:reports?|stor(?:y|ies)|articles?|(?P<written>(?:books?|letters?|e-?mails?|memos?)(?:\s+from\s+(?:[\w’'&.-]+\s+){0,4}?[A-Z][\w’'&.-]*)?)))"
    r"\s+(?=(?:claiming|saying|suggesting|alleging|stating)\b)"
)


# The subject of a clause that follows its noun with no "that": "speculation the pair were …",
# "speculation other firms will …", "claims Lord Hale's letter was …" (a determiner or a name, a
# few words, then the clause's verb).
_ZERO_THAT_SUBJECT = (
    r"(?:(?:the|other|some|many|most|several|rival|a|an|its|his|her|their)\s+(?:[A-Za-z][\w-]*\s+){0,3}[a-z][\w-]*"
    r"|(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*(?:(?:’s|'s)\s+[a-z][\w-]*(?:\s+(?:to|of|in|for)\s+(?:the\s+)?[\w-]+)?|\s+[a-z]+s(?=\s+[a-z]+ed\b))?)"
)
# A past tense with an object after it is the clause's verb ("allegations he pressured the auditors",
# "reports the party repaid £5m"); one with a preposition, a time or nothing after it is a relative
# clause on the noun ("the claims he made in his book", "reports the firm published last week").
# (Not a speech verb: "dismissed reports he told Ann Roe he would quit" is his own words, reported.)
_PAST_TENSE = r"(?!(?:told|said|warned|claimed|admitted|denied|insisted|suggested|argued|promised|urged|added|asked|accused|threatened|revealed|confirmed|announced|predicted|agreed)\b)(?:[a-z][\w-]*ed|told|made|paid|repaid|gave|took|knew|sold|met|held|kept|left|broke|wrote|spent|won|lost|sent|bought|brought|sought|stole|hid|led|ran|threw)"
_NOT_OBJECT = (
    r"(?:in|on|at|to|for|with|by|from|about|over|against|into|of|as|after|before|during|since|until|under|through"
    r"|(?:up|out|off)(?!\s+(?:[A-Z]|(?:the|a|an|his|her|its|their)\b))|last|this|that|yesterday|earlier|recently|today|and|but|or|was|were|is|are|had|has|have|would|will|could|[a-z]+ly)\b"
)
_ZERO_THAT_VERB = rf"(?:(?:was|were|would|could|will|is|are|had|has|have|may|might|can|should|must)\b|{_PAST_TENSE}\s+(?!{_NOT_OBJECT})[\w£$])"


ZERO_THAT_SUBJECT = re.compile(_ZERO_THAT_SUBJECT + rf"(?=\s+{_ZERO_THAT_VERB})")


# "denied reports that …", "amid newspaper speculation that …", "amid allegations it forces …", "pleaded
# guilty to charges that …": speech nobody in the article owns.
SOURCELESS_NOUN = re.compile(
    r"(?<![’'])\b(?P<np>(?:(?:newspaper|press|media|opposition|recent|earlier|persistent|fresh|renewed|widespread|(?!(?:The|A|An|His|Her|Their|Its)\b)[A-Z][a-z]+)\s+)?"
    r"(?:reports|speculation|rumou?rs|accusations|allegations|suggestions|claims|(?:criticism|charges|warnings)(?=\s+that\s))"
    # (or one such act with its article, after a word of the sentence: "on a report that the firm has lost
    # the contract", "following the announcement that the event will …", "rejected the allegation that
    # …"; the sentence's subject opening it, "The claim that … is false", is the article's own)
    r"|(?<=[a-z]\s)(?:the|a|an)\s+(?:(?:newspaper|press|media|weekend|recent|fresh|earlier|previous|latest)\s+){0,2}(?:announcement|report|claim|suggestion|allegation|accusation|rumou?r)(?=\s+that\s))"
    # ("denied reports that appeared in the local paper": "that" with a verb right after it is a relative
    # pronoun on the noun, no clause of what was said; so is a speech verb: "a report that said …")
    r"(?:\s+that\s+(?!" + FINITE_AFTER_THAT + r"|[a-z]+ed\s+(?:in|on|at|by|from|last|this|earlier|recently|overnight|the|a|an)\b|(?:said|says|showed|shows|found|finds|suggested|suggests|claimed|claims|warned|warns|revealed|reveals|stated|states)\b)"
    r"|\s+(?=(?:he|she|they|it|we|there)\s+(?:had|has|have|was|were|would|could|will|is|are|did|may|might|can|should|must)\b|(?:he|she|it)\s+(?!(?:is|was|has|does|this|us|its|as)\b)[a-z]{2,}s\b"
    rf"|(?:he|she|they|it|we)\s+{_PAST_TENSE}\s+(?!{_NOT_OBJECT})[\w£$])"  # "allegations he pressured the auditors"
    r"|(?:(?<=claims)|(?<=allegations)|(?<=accusations)|(?<=speculation)|(?<=rumours)|(?<=rumors)|(?<=reports)|(?<=suggestions))\s+(?=" + _ZERO_THAT_SUBJECT + rf"\s+{_ZERO_THAT_VERB}))"  # "suggestions there will be …", "claims the ads were …", "reports a merger has been agreed"
)
# The sentence's own subject and verb after a comma, past a fronted phrase: "Addressing claims that
# …, Mr Hale told …", "…, he said …".
MAIN_AFTER_COMMA = re.compile(
    r",\s+(?:(?:[A-Z][\w’'-]*\s+){1,3}|(?:he|she|they|it|we)\s+)(?:\w+ly\s+)?(?:was|were|is|are|has|had|have|will|would|said|says|told|tells|[a-z]+ed)\b"
)


# A noun clause ends where the sentence's own verb starts: "… to the bust-up was strongly denied".
NOUN_CLAUSE_END = re.compile(r"\s+(?:was|were|is|are|has been|have been|had been|has|have|had)\s+(?:(?:\w+ly|also|already)\s+)?\w+(?:ed|en)\b")


INNER_STOP = re.compile(r"[.!?](?=\s+[A-Z])")


THIRD_PERSON_CUE = re.compile(
    r"\s+(?P<who>(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
    r"(?:,[^,.;:“”\"]{1,80}(?:,[^,.;:“”\"]{1,80}){0,3},)?\s+(?:said|says|told|added|insisted|warned|argued|claimed)\b"
)


PARTICIPLE_STOP = re.compile(
    r",\s+(?:saying|adding|claiming|arguing|warning|insisting|stressing|noting|explaining|accusing|urging|calling|alleging|telling|complaining|joking|predicting|pointing\s+out)\b"
    r"|\s+(?:despite|after|before|while)\s+(?:saying|claiming|insisting|admitting|denying|telling|warning)\b"  # "… despite saying …"
    r"|(?<=[a-z])(?<!\bas)\s+(?:saying|adding|warning|insisting|arguing)\s+that\b"  # "… for its products saying that …": the comma left out (not "quoted as saying")
    r"|(?<=[a-z])\s+(?:branding|labelling|labeling|dubbing|describing)\s+(?:it|them|him|her)\b"  # "… opposed the plans branding them …"
    r"|,\s+(?:when|after|before|as)\s+(?:he|she|they|it)\s+(?:told|said|added|claimed|insisted|warned)\b"  # "…, when he told BBC One …"
)


# The participles of asking people, for those a poll or a newsroom asked: "those questioned", "companies
# contacted by the BBC".
ASKED_ALT = "questioned|polled|asked|surveyed|interviewed|quizzed|contacted|consulted|approached"


# A share of the people a poll asked, speaking: "87% of the 1,000 adults quizzed said", "some 87% said",
# "a majority in 14 countries said",
# "just under three-quarters of respondents (73%) said", "two in three voters say", "the remaining 33% said",
# with any word that makes the share approximate ("Barely 5% of those asked said", "Roughly half said",
# "nearly two thirds - 65% - of the 1,000 people interviewed said").
_SHARE_LEAD = r"(?:(?:[Tt]he\s+(?:remaining|other)|[Aa]\s+further|[Aa]\s+total\s+of|[Aa]n\s+average\s+of|[Aa]nother|[Ss]ome|[Jj]ust(?:\s+(?:under|over))?|[Nn]early|[Bb]arely|[Rr]oughly|[Aa]pproximately|[Ff]ully|[Aa]t\s+least|[Cc]lose\s+to|[Uu]p\s+to|[Ww]ell\s+(?:over|under)|[Aa]lmost|[Aa]bout|[Aa]round|[Oo]nly|[Mm]ore\s+than|[Ff]ewer\s+than|[Ll]ess\s+than|[Oo]ver|[Uu]nder)\s+)?"
_SHARE_CORE = (
    r"(?:\d+(?:\.\d+)?%|(?:\d+|[A-Z]?[a-z]+(?:[\s-][a-z]+)?)\s+per\s*cent|(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|\d+)\s+(?:in|out\s+of)\s+(?:\d+|ten|five|three|four)"
    # (a fraction written with a space too: "two thirds", "three quarters")
    r"|(?:[Hh]alf|[Oo]ne[\s-]third|[Tt]wo[\s-]thirds|[Oo]ne[\s-]quarter|[Tt]hree[\s-]quarters|[Aa]\s+(?:third|quarter|fifth)|[Aa]\s+(?:majority|minority)))"
)
# Its figure may follow as an aside, after the whole phrase ("More than two-thirds of those asked, 68%,
# said") or after a number of them ("A small number, 17%, said": a count given as a share).
_SHARE_COUNT = r"[Aa]\s+(?:small|large|tiny|growing|significant|sizeable)\s+(?:number|proportion|share)(?:\s+of\s+[^,;:“”\"]{1,60}?)?,\s*\d+(?:\.\d+)?%,"
_SHARE_NP = (
    rf"{_SHARE_LEAD}{_SHARE_CORE}(?:\s*\(\d+%\)|,\s*\d+%,|\s+[-–—]\s+\d+(?:\.\d+)?%\s+[-–—])?(?:\s+[a-z][\w-]*){{0,2}}(?:\s+(?:{ASKED_ALT}))?(?:\s+(?:of|in)\s+(?:[^,;:“”\"]|,(?=\d)){{1,80}}?)?(?:\s*\(\d+%\)|,\s*\d+(?:\.\d+)?%,)?|{_SHARE_COUNT}"
)
SHARE = re.compile(
    rf"(?:^|(?<=[,;(])\s*|(?<=\band\s)|(?<=\bAnd\s)|(?<=\bbut\s)|(?<=\bBut\s)|(?<=\bwhile\s)|(?<=\bWhile\s)|(?<=\bwhere\s)"
    rf"|(?<=\bthough\s)|(?<=\balthough\s)|(?<=\bwhereas\s)|(?<=\bwhilst\s)|(?<=\bHowever\s)|(?<=\bYet\s))(?P<np>{_SHARE_NP})\s*$"
)  # (also in a clause on a place: "… in Kelso, where 65% of those questioned said …"; and in a clause of
# concession: "Most were happy, though nearly a quarter said they had struggled", "However 60% said …";
# not one of reason, which may be the words of whoever the sentence quotes: "The makers suggest X
# because a quarter said Y")
# One of a group of people or bodies, speaking: "one of the world's leading credit rating agencies
# says", "But one of the three brothers behind the Kelso Group said" (the group's plural noun among the
# first words after "of", before any preposition: the caller checks it).
ONE_OF = re.compile(
    r"(?:^|(?<=[\s,(—–-]))(?P<np>[Oo]ne\s+of\s+(?:the|its|their|his|her|[A-Z][\w’'-]*(?:’s|'s))\s+(?P<rest>[^,;:“”\"()]{1,80}?))\s*$"
)


# The same share after a fronted phrase with no comma ("In the UK 69% of those questioned said …",
# "Despite this liking for search sites half of those questioned said …", "In the US many of those
# interviewed said …"): only the share of those asked, "of" and its people, so that a quantity is no
# speaker ("fell by half said …").
FRONTED_SHARE = re.compile(
    rf"(?<=\s)(?P<np>(?:{_SHARE_LEAD}{_SHARE_CORE}|many|most|some|several)\s+of\s+(?:those|the\s+[^,;:“”\"]{{1,60}}?)\s+(?:{ASKED_ALT}))\s*$"
)

