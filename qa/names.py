"""Names and titles: the words that make a person's name, a title, a body or an unnamed source.

``parse_person("US Secretary of State Antony Blinken")`` gives ``("US Secretary of State", "Antony
Blinken", None)``; the word lists say which capitalised words can be names (``NON_NAME``), which
make titles (``ROLE_WORDS``), which nouns head a person (``PERSON_NOUNS``), a body (``ORG_NOUNS``)
or an unnamed source (``SOURCE_HEADS``). ``speakers.Cast`` resolves mentions with them.
"""

from __future__ import annotations

import re


HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "mx"}
# The honorifics patterns write before a surname ("Mr Hill", "Lord Ash"), as a regex alternation.
HONORIFIC_ALT = "Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady"


_FEMALE = {"mrs", "ms", "miss", "dame", "lady", "baroness"}


# Peers keep their title as their name when no first name follows: "Lord Goldsmith".
PEERAGE = {"lord", "lady", "baroness", "baron", "earl", "viscount"}


# Honours and offices written after a name ("Ann Roe, QC", "Tom Hale MP"), and the suffixes that
# also follow it.
HONOURS = {"MP", "MEP", "MSP", "AM", "QC", "KC", "OBE", "MBE", "CBE"}
_POST_NOMINALS = HONOURS | {"Jr", "Sr"}


NAME_PARTICLES = {"de", "da", "del", "della", "van", "von", "der", "den", "ten", "ter", "du", "bin", "al", "le", "la", "di", "dos"}


# Words that make up titles: "US Secretary of State", "Deputy Prime Minister", "Chief Executive".
ROLE_WORDS = set(
    """speaker secretary minister president vice prime foreign deputy chief executive officer director general
    attorney chancellor senator sen governor gov mayor ambassador envoy spokesman spokeswoman
    spokesperson representative rep congressman congresswoman chairman chairwoman chair ceo cfo coo
    founder leader head commissioner judge justice king queen prince princess pope sheikh emir
    state defence defense finance interior home health trade treasury economy education labour labor
    energy transport environment culture affairs external national security adviser advisor
    coach manager captain economist analyst professor councillor cllr mp mep colonel admiral
    lieutenant commander sergeant inspector detective superintendent constable brigadier commodore corporal
    sheriff marshal supt sgt insp bishop archbishop cardinal rabbi imam rev revd reverend rt
    reverend crown first opposition shadow junior senior acting interim former new top chief
    of for the and white house party media culture sport sports digital business industry agriculture
    development international relations public works justice immigration economic chairperson
    commerce department minister-president premier vice-president under solicitor
    co-chairman co-chairwoman co-chair co-founder co-leader vice-chairman vice-chairwoman
    treasurer comptroller auditor""".split()
) | HONORIFICS | {"baroness", "baron", "earl", "viscount"}


# Title words that name a person on their own ("Minister", "Coach"), not just qualify a title.
PERSON_TITLES = ROLE_WORDS - set(
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
RANKS = {"deputy", "vice", "under", "assistant", "shadow", "junior", "acting", "interim"}


# Nationalities and countries fold to one key, so "the US’ top official" matches "US Secretary of State".
_COUNTRY = {
    "us": "us", "u.s": "us", "u.s.": "us", "america": "us", "american": "us", "states": "us",
    "united": "", "uk": "uk", "britain": "uk", "british": "uk", "kingdom": "uk", "england": "uk",
    "english": "uk", "eu": "eu", "european": "eu", "europe": "eu", "un": "un",
}


# Capitalised words that never belong to a person's name.
NON_NAME = set(
    """the a an in on at for of to and but or if as by with from this that these those it its
    despite although though unlike amid amidst following during without whilst unless until
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
    team festival awards award prize cup championship stadium hospital school college academy museum
    one two three four five six seven eight nine ten hundred thousand million
    scotland wales ireland france germany spain italy china india japan russia africa asia australia
    canada brazil mexico iran iraq israel london paris washington brussels
    tory tories conservative democrat republican liberal unionist nationalist socialist communist lib dem dems
    ukip snp reporter tribune courier bulletin
    services administration monopoly industries systems technologies communications partners aid relief world
    motor motors airways energy electric electronics telecom telecommunications networks pictures software
    financial entertainment pharmaceuticals petroleum chemicals computers
    lanka arabia zealand korea society societies forum federation los las angeles york francisco vegas hong kong
    central island square airport station city county united rovers wanderers athletic albion rangers marathon olympics games open grand prix bowl league trophy tournament derby
    market markets exchange film films theatre gallery studios records magazine commons
    ballet ballets opera orchestra choir philharmonic
    catholic catholics protestant muslim muslims christians jewish hindu sikh buddhist anglican""".split()
)


# Heads of a nominal that names a person ("the chancellor", "a spokesman", "the 74-year-old comedian").
PERSON_NOUNS = set(
    """official officials spokesman spokeswoman spokesperson minister secretary president leader
    chancellor diplomat envoy ambassador officer executive chief director chairman chairwoman chair
    mayor governor senator aide adviser advisor source sources analyst economist expert lawyer
    prosecutor judge manager coach captain player star singer actor actress founder
    boss head premier politician mp mep msp representative negotiator journalist editor correspondent
    comedian presenter host author writer blogger campaigner striker midfielder defender goalkeeper
    international veteran chief-executive secretary-general director-general attorney general solicitor commissioner inspector detective
    constable superintendent sergeant brigadier
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
    advisers advisors allies colleagues rivals opponents backbenchers peers delegates engineer architect
    farmer builder photographer lecturer man woman men women boy girl couple teenager pensioner sheriff
    figure family shareholders respondents agent pair duo backbencher associate associates someone somebody academic academics futurologist specialist columnist clergyman priest vicar pastor cleric bishop archbishop cardinal rabbi imam drummer guitarist bassist frontman vocalist
    magistrate coroner lords juror jurors councillor councillors lawmaker lawmakers legislator legislators
    auditor auditors trustee trustees historian historians candidate candidates treasurer comptroller
    fan supporter worker voter parent shopper passenger employee local neighbour villager relative ally
    colleague commentator critic delegate demonstrator eyewitness firefighter insider investigator investor
    medic paramedic observer opponent peer pundit rescuer respondent rival shareholder strategist
    customer customers user users viewer viewers listener listeners reader readers counterpart counterparts
    developer developers proponent proponents advocate advocates promoter promoters
    attendant steward stewardess assistant consultant accountant applicant participant servant claimant
    immigrant migrant tenant sergeant lieutenant
    winner nominee finalist semi-finalist youngster newcomer debutant rookie contender challenger
    champion medallist chart-topper co-chairman co-chairwoman co-chair co-founder co-leader vice-chairman vice-chairwoman
    songwriter songwriters composer composers lyricist conductor pianist violinist cellist saxophonist trumpeter
    painter sculptor playwright dramatist screenwriter scriptwriter film-maker filmmaker choreographer illustrator
    cartoonist animator biographer treasurer comptroller registrar headteacher headmaster headmistress
    reviewer reviewers frontbencher frontbenchers landowner landowners landlord landlords homeowner homeowners
    shopkeeper shopkeepers publican publicans scorer scorers goalscorer goalscorers""".split()
)  # (what a person has won: "The double Olympic champion said"; an occupation written as a title:
# "Songwriter Guy Hale, who …, has backed the scheme", "said Treasurer Peter Cole"; a critic or an MP
# by another name: "wrote one reviewer in Kelso Stone magazine", "one of their frontbenchers has predicted")


# A player's position written before the name like a title ("Fly-half Ann Roe", "Keeper Tom Ash"); a
# description the article uses for a player ("the Sale full-back") is left to the surrounding text.
POSITIONS = set(
    """keeper fly-half scrum-half full-back flanker hooker prop left-back right-back centre-back centre-half
    playmaker wing centre lock""".split()
)


# Heads of a nominal that names a body ("the government", "the paper", "the firms").
ORG_NOUNS = set(
    """government ministry department administration company firm group party paper newspaper book
    report statement study survey poll research corporation opposition document documents filing motion lawsuit
    suit letter petition memo communique studies brewer carmaker supermarket drugmaker watchdog regulator union council committee association agency
    commission court board bank club alliance coalition executive organisation organization
    think-tank institute website magazine firms companies groups body team side charity network
    broadcaster channel station agency authority authorities inquiry panel campaign consortium
    operator retailer airline carrier manufacturer maker makers giant industry office bookmaker insurer
    reinsurer lender publisher federation foundation forum society jury tribunal
    exchange bourse subsidiary brewery band complaint minutes employer
    advert supplier conglomerate distributor portal automaker label
    countries nations press management submission guidance festival article weblog blog""".split()
)  # (states and the press speak as bodies too: "The world's richest countries have said …", "the
# Chinese state press has said", "Kelso Airways management has said …"; a weblog speaks as a paper
# does: "the Kelsoville weblog which said it got the hint from insiders")


# Nouns that introduce a body by name: "investment firm Grant Samuel", "a new book, Brown's Britain".
INTRODUCING = set(
    """firm firms company companies group body book paper newspaper magazine website bank charity agency
    watchdog regulator retailer airline carrier manufacturer maker makers giant party union club broadcaster
    channel station network consortium alliance coalition publisher insurer lender chain operator bookmaker
    reinsurer band carmaker automaker drugmaker brewer supplier provider conglomerate distributor portal
    label broker""".split()
)  # ("German carmaker Kelso Motors", "jet fuel supplier Hale Oil", "record label Roe Records", "insurance
# broker Kelso & Hale" (a firm: "The insurer said …" is it); "provider" is
# no head of a body of its own: "Internet service providers have long claimed …" are no speaking body)
# The nouns as one regex alternation, longest first ("carmaker" before "car").
INTRODUCING_ALT = "|".join(sorted(INTRODUCING, key=len, reverse=True))


# Relations are no titles: "his wife Sharon" does not make Sharon anything but a person.
RELATIONS = {"wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "partner", "friend"}


NAME_TOKEN = r"(?:(?:[A-Z][’'](?=[A-Z]))?[A-Z][a-zà-ÿ]*[A-Z]?[a-zà-ÿ]+(?:-[A-Z][’'][A-Z][a-zà-ÿ]+|[-’'][A-Z]?[a-zà-ÿ]+)*)"  # (also "O'Neill", "D'Souza", "Murphy-O'Connor")


# A word's own full stop stays with it after an initial or a dotted short form ("J.", "U.S."), never after a
# word in capitals ("… listed in the UK. Tom Hale said …": the sentence's stop, not part of a name "UK. Tom
# Hale" for the person to take "UK." as a title) nor after a lower-case letter. An ampersand between capitals
# is inside the word ("S&P said", "AT&T"), not between two names.
_CAP_TOKEN = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Gov|Rep|Lt|Col|Sgt|St)\.|[A-Z][\w’'-]*(?:&[A-Z][\w’'-]*)*(?:\.[A-Z])*\.?(?<![a-z]\.)(?<![A-Z0-9’'-][A-Z0-9]\.))"


# A run of capitalised words on one line, allowing lower-case "of"/"the"/particles between them
# (every particle a name may hold: "Nick van den Berg", "Jo du Toit", "Ada della Rosa"), of at most
# MAX_RUN_WORDS words. Names in news are shorter (eight words at most across the 2,225 BBC News
# articles); unbounded, every pattern that starts with a run was quadratic in the length of a long
# one (an article of 3,000 capitalised words in a row took 54 s to read for quotes).
MAX_RUN_WORDS = 12
CAP_RUN = re.compile(
    rf"{_CAP_TOKEN}(?:[ \t]+(?:(?:of|for|the|de|da|del|della|van|von|der|den|ter|du|bin|al|le|la|di|dos|&)[ \t]+)*{_CAP_TOKEN}){{0,{MAX_RUN_WORDS - 1}}}"
)


_CONNECTOR = re.compile(r"[ \t]+(?:of|for|the)(?:[ \t]+(?:of|for|the))*[ \t]+")


POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")


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


# A capitalised compound whose later parts are lower case ("Film-maker", "Man-of-the-match",
# "Fifteen-year-old", "Paris-based"); a double-barrelled name capitalises each part ("Betts-Green").
_DESCRIBING_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+")


def is_described(token: str) -> bool:
    """Is ``token`` a compound that describes the name after it ("Film-maker Spike Lee", "Man-of-the-match
    Duff") rather than a part of that name (not "Ross-van Dorp": a surname with its particle)?"""
    return _DESCRIBING_COMPOUND.fullmatch(token) is not None and token.split("-")[-1] not in NAME_PARTICLES


def _is_name_token(token: str) -> bool:
    t = POSSESSIVE.sub("", token)
    if token.lower() in NAME_PARTICLES:
        return True
    return bool(re.fullmatch(NAME_TOKEN, t)) and not _is_role_token(t) and norm(t) not in NON_NAME


# Words that count the people after "of": "a number of shareholders", "a group of MPs".
_QUANTITY_HEADS = {"number", "group", "majority", "minority", "handful", "couple", "lot", "dozens", "hundreds", "thousands", "host"}
# Words that pick some of them out: "one of the agencies", "some of the analysts".
QUANTIFIERS = {"one", "some", "many", "most", "all", "each", "several", "few", "two", "three", "four", "five", "none"}


def nominal_head(words: list[str]) -> str:
    """The head noun of a description: "the secretary of state" → "secretary", "the new health
    minister for Wales" → "minister"."""
    lowered = [norm(w) for w in words]
    for i, w in enumerate(lowered[1:], 1):
        if w == "of" and (lowered[i - 1] in _QUANTITY_HEADS or (i == 1 and lowered[0] in QUANTIFIERS)):
            continue  # "a number of large shareholders", "one of the big shareholders" → "shareholders"
        if w in {"of", "for", "at", "on"} and words[i - 1][:1].islower() and lowered[i - 1] not in {"the", "a", "an", "his", "her", "their", "its"}:
            if i >= 3 and lowered[i - 1].endswith("ed") and words[i - 2][:1].islower():
                return lowered[i - 2]  # "a poll conducted for the BBC" → "poll"
            return lowered[i - 1]
        if w in PLACING_PREPS and lowered[i - 1].endswith("s") and words[i - 1][:1].islower():
            return lowered[i - 1]  # "the developers behind the system", "residents near the site": a group placed by a thing
        if w == "behind" and words[i - 1][:1].islower() and lowered[i - 1] in PERSON_NOUNS - {"man", "woman"}:
            # "the director behind Kelso Nights": one person, known by their work (not the work's name; "the
            # man behind the site" stays a phrase of its own, as "the man" does)
            return lowered[i - 1]
        if (
            w == "in" and words[i - 1][:1].islower() and lowered[i - 1] in PERSON_NOUNS and not lowered[i - 1].endswith("s")
            and all(x[:1].islower() for x in words[i + 1 :])
        ):
            # "the judge in the case", "the officer in charge": one person, picked out by what they are in
            # (not "a rival in Kelso", a body so described)
            return lowered[i - 1]
    return lowered[-1]


# Prepositions that place a group of people by a thing ("developers behind the system", "residents near
# the site", "workers across the industry"): after a plural noun for people the phrase is still the subject's.
PLACING_PREPS = {"behind", "near", "across", "around", "among", "inside", "outside", "within", "throughout"}


def split_title_name(run: str) -> tuple[str | None, str | None, bool | None]:
    """Split a capitalised run into (role, name, female): "US Secretary of State Antony Blinken"
    → ("US Secretary of State", "Antony Blinken", None). Name is None when the run is no person."""
    tokens = run.split()
    i = len(tokens)
    # The name is the trailing tokens that are not title words (particles allowed inside).
    while i > 0 and (norm(tokens[i - 1]) not in ROLE_WORDS or tokens[i - 1].lower() in NAME_PARTICLES):
        if not re.fullmatch(NAME_TOKEN, tokens[i - 1]) and tokens[i - 1].lower() not in NAME_PARTICLES:
            break
        i -= 1
    name_tokens = tokens[i:]
    while name_tokens and name_tokens[0].lower() in NAME_PARTICLES:
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


_MONTH_NAMES = {"may", "june", "april", "august"}
# Title or common words that are also surnames after a first name ("Kelli White", "Don King") and
# first names before a surname ("Chief executive Bill Gammell"; not "the Finance Bill").
_SURNAME_WORDS = _MONTH_NAMES | {"white", "king", "bishop", "judge"}
_FIRST_NAME_WORDS = {"bill", "june", "april"}


# The points of the compass and the words that make regions of them ("North East", "Middle East").
_COMPASS_POINTS = {"north", "south", "east", "west"}
_COMPASS = _COMPASS_POINTS | {"northern", "southern", "eastern", "western", "middle", "far", "near", "central", "mid"} | {
    f"{a}-{b}" for a in ("north", "south") for b in ("east", "west")
}


def parse_person(run: str) -> tuple[str | None, str | None, bool | None]:
    """Like ``split_title_name`` but stricter about what a person's name is: honorifics and peers
    ("Lord Goldsmith"), post-nominals ("Frank Field MP"), possessives ("McConnell's"), no place or
    body words ("Chalfont St Peter", "Intelligence Unit"), and nothing owned ("the BBC's Talking
    Point"). Returns (role, name, female); name is None when the run names no person."""
    tokens = run.split()
    if tokens and tokens[-1].rstrip(".,") in _POST_NOMINALS and len(tokens) > 2:
        tokens = tokens[:-1]
    tokens = [t.rstrip(",") for t in tokens]
    if tokens and POSSESSIVE.search(tokens[-1]):
        tokens[-1] = POSSESSIVE.sub("", tokens[-1])
    if len(tokens) >= 4 and tokens[-2] == "of" and norm(tokens[-4]) in PEERAGE and _is_name_token(tokens[-3]) and _is_name_token(tokens[-1]):
        # "Lord Faulkner of Worcester": a peer's place is part of his name
        role, name, female = parse_person(" ".join(tokens[:-2]))
        return (role, f"{name} of {tokens[-1]}", female) if name else (None, None, None)
    i = len(tokens)
    if len(tokens) >= 2 and norm(tokens[-1]) in _SURNAME_WORDS and (_is_name_token(tokens[-2]) and norm(tokens[-2]) not in NOT_ROLE or norm(tokens[-2]) in HONORIFICS):
        i -= 1  # "Theresa May", "Kelli White": a surname that is also a month or a title word, after a first name
    initial = lambda k: re.fullmatch(r"[A-Z]\.?", tokens[k]) is not None and k >= 1 and _is_name_token(tokens[k - 1]) and k + 2 == len(tokens)
    while i > 0 and (_is_name_token(tokens[i - 1]) or initial(i - 1)) and not (i < len(tokens) and POSSESSIVE.search(tokens[i - 1])):
        i -= 1  # "Arsenal's Patrick Vieira", "Tottenham's Premiership": a name never runs through an owner; "George W Bush"
    # "K. Varga", "T Holm", "J.K. Lane": initials for a first name (not the article "A" or "I"); not
    # after a name, where "X." ends a sentence ("a film about Malcolm X. Ann Reyes said …").
    while 0 < i < len(tokens) and re.fullmatch(r"(?:[A-Z]\.)+|[B-HJ-Z]", tokens[i - 1]) and not (
        i > 1 and _is_name_token(tokens[i - 2]) and not POSSESSIVE.search(tokens[i - 2])
    ):
        i -= 1
    if i == len(tokens) - 1 and i > 0 and norm(tokens[i - 1]) in _FIRST_NAME_WORDS and (i == 1 or _is_role_token(tokens[i - 2])) and not country_key(tokens[-1]):
        i -= 1  # "Chief executive Bill Gammell": a first name that is also a common noun
    name = tokens[i:]
    while name and name[0] in NAME_PARTICLES:  # "de Gaulle" is Gaulle's; "Ten Cate" is a surname
        name = name[1:]
    pre = tokens[:i]
    if len(name) > 1 and not pre and name[0] in {"Said", "Says", "Added", "Adds"}:
        name = name[1:]  # "Said Hale: “…”": a speech verb fronted before its speaker opens the run
    # "Singer Dora Falk": a leading word that names an occupation describes the person;
    # "Bookmaker Ladbrokes": one that names a kind of body introduces no person at all.
    while len(name) > 2 and (norm(name[0]) in PERSON_NOUNS | POSITIONS or is_described(name[0])) or len(name) > 1 and norm(name[0]) in INTRODUCING:
        pre, name = pre + name[:1], name[1:]
    # "Political Correspondent Ruth Kane": a capitalised occupation ends a title, whatever words before it.
    job = max((j for j in range(len(name) - 2) if norm(name[j]) in PERSON_NOUNS), default=None)
    if job is not None:
        pre, name = pre + name[: job + 1], name[job + 1 :]
    female: bool | None = None
    honorific = None
    if pre and norm(pre[-1]) in HONORIFICS | PEERAGE:
        honorific = norm(pre[-1])
        female = honorific in _FEMALE if honorific not in {"dr", "prof", "mx", "sir", "lord", "lady"} else (
            True if honorific == "lady" else False if honorific in {"sir", "lord"} else None
        )
        if honorific in PEERAGE and len(name) == 1:
            name = [pre[-1].rstrip(".")] + name
        pre = pre[:-1]
    if len(name) > 2 and country_key(name[0]) and not any(country_key(t) for t in name[1:]):
        name = name[1:]  # "American Serena Williams", "English Tom Hale": a nationality before a full name is no part of it
    if not name or len([t for t in name if t not in NAME_PARTICLES]) > 4 or any(country_key(t) for t in name):  # ("Luiz Inacio Lula da Silva": a particle is no fifth name)
        return None, None, None
    if all(norm(t) in _COMPASS for t in name) and any(norm(t).split("-")[-1] in _COMPASS_POINTS for t in name):
        return None, None, None  # "the North East", "the Middle East": a region, not a person
    if pre and (pre[-1].lower() == "of" or pre[-1] == "for"):
        return None, None, None  # "Archbishop of Cardiff", "Mayor of London", "MP for Ashby": a place, not a name
    if len(pre) >= 2 and pre[-1] == "the" and pre[-2] in {"of", "for"}:
        # "an MEP for the West Riding": the capitalised words after "for the" / "of the" name what the
        # post is over; a name follows only when more words come ("Chancellor of the Exchequer Gordon
        # Brown" is Gordon Brown: a first name and a surname, the rest the post's)
        if len(name) < 3:
            return None, None, None
        pre, name = pre + name[:-2], name[-2:]
    if honorific is None and len(name) == 1 and any(t in {"of", "for"} for t in pre):
        # "Director of Public Prosecutions", "Chancellor of the Exchequer": the last word closes the
        # title's own phrase (what the post is over), not a surname after it
        return None, None, None
    if honorific is None and len(name) == 1 and any(POSSESSIVE.search(t) and not country_key(t) for t in pre):
        return None, None, None  # "Mr Brown's International Finance Facility"
    # The role is the words before the name, less a sentence's opening words: "Wednesday Prime
    # Minister" → "Prime Minister", "But Fire Chief" → "Fire Chief".
    role_tokens = list(pre)
    while role_tokens and (role_tokens[0].lower() in NOT_ROLE or norm(role_tokens[0]) in NOT_ROLE):
        role_tokens = role_tokens[1:]
    if honorific is not None and not any(_is_role_token(t) and norm(t) not in RANKS for t in role_tokens):
        role_tokens = []  # "in California Mr Torvalds", "Under Mr Brown's rules": no title
    role = " ".join(role_tokens) or None
    if len(name) == 1 and honorific is None and not any(norm(t) in PERSON_TITLES for t in role_tokens):
        return None, None, None  # a lone capitalised word is no evidence of a person ("National Statistics")
    return role, " ".join(name), female


# Nouns that a capitalised name can qualify: "the Talking Point programme", "the Clean Air plan".
_THINGS = set(
    """programme program show series newspaper paper magazine website site book film album song plan scheme
    index report campaign project fund award prize trophy cup event festival conference summit agreement deal
    law act bill policy strategy initiative system software service channel station brand label""".split()
)


THING_ALT = "|".join(sorted(_THINGS, key=len, reverse=True))


BUSINESS = {
    "firm", "company", "maker", "manufacturer", "retailer", "operator", "giant", "carrier", "airline", "bank",
    "insurer", "lender", "publisher", "chain", "broadcaster", "group", "exchange", "brewery",
    "carmaker", "automaker", "drugmaker", "brewer", "supplier", "provider", "conglomerate", "distributor", "portal",
    "label", "broker",
}


RELATION_GENDER = {
    **dict.fromkeys("mother wife daughter sister girlfriend widow grandmother aunt niece actress".split(), True),
    **dict.fromkeys("father husband son brother boyfriend widower grandfather uncle nephew".split(), False),
}


# Person nouns only in the singular: "a leading industry figure has said" is somebody, "figures
# released on Tuesday" are numbers.
SINGULAR_PERSON_NOUNS = {"figure"}


def is_person_head(head: str) -> bool:
    """Does a description with this head noun name a person ("minister", "analysts", "the
    61-year-old", "the mother-of-nine", "the Russian")?"""
    return head in DEMONYMS or (
        head in PERSON_NOUNS or re.sub(r"ies$", "y", head) in PERSON_NOUNS or bool(re.fullmatch(r"\d+-year-old", head))
        or (len(head) > 5 and head.endswith("s") and head[:-1] in PERSON_NOUNS - SINGULAR_PERSON_NOUNS)  # "judges", "coaches"
        or head.split("-")[0] in PERSON_NOUNS | set(RELATION_GENDER)
        or unprefixed(head) in PERSON_NOUNS  # "its co-chairman", "the vice-president"
    )


def unprefixed(noun: str) -> str:
    """A title without the prefix that ranks it: "co-chairman" → "chairman", "vice-president" →
    "president" (the same kind of person, for looking the noun up)."""
    return re.sub(r"^(?:co|vice|deputy|joint|ex)-(?=[a-z])", "", noun)


# Common first names that are one sex's only, for a person the article names in full without Mr or
# Ms ("Karen Walsh, from the foundation, said …" is a "she"). Names given to both sexes (Chris, Jan,
# Kelly, Kim, Lee, Hilary, Robin, Jean, Andrea, Terry, Jo, Sam, Alex) are in neither list.
_FEMALE_FIRST_NAMES = set(
    "abigail agnes alice alison amanda amy anastasia angela angelina anita ann anna anne annie barbara beatrice "
    "belinda beth betty beverley brenda bridget carol carole caroline catherine cathy charlotte "
    "christina christine claire clara clare claudia denise diana diane donna dorothy edith eileen elaine eleanor "
    "elena elizabeth ellen emily emma erica fiona frances gemma geraldine gillian gloria harriet hayley "
    "hazel heather helen helena ingrid irene isabel jacqueline jacqui jane janet janice jennifer jenny jessica "
    "jill joan joanna joanne josephine judith judy julia julie justine karen kate katherine kathryn kathy katie "
    "kirsty laura lesley linda lisa liz lorraine louise lucy lynne maggie margaret maria marie "
    "martha martina mary maureen melanie michelle monica nancy natalia natalie nicola nicole nina olivia "
    "patricia paula pauline penny rachel rebecca rosemary ruth sally samantha sandra sarah sharon "
    "sheila shirley sophie stephanie sue susan suzanne svetlana tatiana tessa theresa tracey valerie vanessa "
    "victoria wendy yvonne zoe".split()
)
_MALE_FIRST_NAMES = set(
    "adam alan alastair albert alexander alfred alistair andre andrew andy angus anthony anton antony arnold "
    "arthur barry ben benjamin bernard bill bob brad brian bruce carl charles charlie christopher clive "
    "colin craig damien daniel danny darren david dean dennis derek dominic donald douglas duncan edward "
    "eric frank fred gareth gary gavin geoff geoffrey george gerald gerhard gerry gordon graham greg gregory "
    "harold harry henry howard hugh iain ian jack jacques james jamie jason jeff jeremy jim jimmy joe john "
    "jonathan jonny jose joseph keith ken kenneth kevin larry lawrence leonard luke malcolm mark martin "
    "matt matthew michael mick mike neil nicholas nick nigel norman oliver patrick paul peter phil philip ralph "
    "raymond richard rob robbie robert roger ronald roy rupert russell ryan scott sean simon stephen "
    "steve steven stuart ted thomas tim timothy tom tony trevor vincent vladimir walter wayne "
    "will william".split()
)


def sex_of_first_name(name: str) -> bool | None:
    """True for a woman's first name heading a full name ("Karen Walsh"), False for a man's, else None."""
    words = name.split()
    if len(words) < 2:
        return None
    return sex_of_given_name(words[0])


def sex_of_given_name(word: str) -> bool | None:
    """True for a woman's first name ("Karen"), False for a man's, else None."""
    first = word.lower()
    return True if first in _FEMALE_FIRST_NAMES else False if first in _MALE_FIRST_NAMES else None


def gender_of_noun(noun: str) -> bool | None:
    """"spokeswoman", "actress", "mother-of-nine" → True; "chairman", "father" → False."""
    first = noun.split("-")[0]
    if first in RELATION_GENDER:
        return RELATION_GENDER[first]
    if first.endswith("woman") or first.endswith("ess") and first not in {"witness", "boss", "press"}:
        return True
    if first.endswith("man") and not first.endswith("human"):
        return False  # ("human rights group" says nothing of anybody's sex)
    return None


ADVERBS = {
    "meanwhile", "however", "also", "still", "indeed", "instead", "yet", "so", "then", "now", "later", "earlier",
    "rival", "fellow",
}


# "Russian Dmitriy Bogdanov", "Dutchman Arnoud Okken": a nationality before a full name.
DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|man|woman)")


CONNECTORS = {"of", "for", "the", "and", "a", "an"}


NOT_ROLE = set(
    """of the and for a an but so yet however meanwhile also then now later earlier last this next on in at
    when while whilst although though whereas unless because after before as if by with from to monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december""".split()
)


def split_run(start: int, run: str) -> list[tuple[int, str]]:
    """Cut a capitalised run where "of"/"for"/"the" follows a name rather than a title word:
    "Stuart Hensel of the Economist Intelligence Unit" → "Stuart Hensel", "Economist Intelligence Unit";
    "Secretary of State" stays whole."""
    parts: list[tuple[int, str]] = []
    pos = 0
    for m in _CONNECTOR.finditer(run):
        before = run[pos : m.start()].split()
        peer = len(before) == 2 and norm(before[0]) in PEERAGE and m.group().strip() == "of"  # "Lord Faulkner of Worcester"
        # "the Commission for Racial Equality", "the Office of Fair Trading": a body's kind in its own
        # name goes on into what the body is for, which is no person ("Racial Equality")
        body = bool(before) and before[-1][:1].isupper() and norm(before[-1]) in ORG_NOUNS and norm(before[-1]) not in ROLE_WORDS
        if before and not _is_role_token(before[-1]) and norm(before[-1]) not in {"lord", "lady"} and not peer and not body:
            parts.append((start + pos, run[pos : m.start()]))
            pos = m.end()
    parts.append((start + pos, run[pos:]))
    return parts


SOURCE_HEADS_PLURAL = {"officials", "sources", "analysts", "experts", "critics", "police", "staff", "fans"}


# "the city's top official" is its mayor: the titles that head an institution.
GENERIC_HEADS = {"official", "boss", "chief", "head", "leader", "figure"}


INSTITUTION_HEADS = {
    "city": ("mayor",), "town": ("mayor",), "council": ("leader", "mayor"), "club": ("manager", "chairman"),
    "team": ("manager", "coach", "captain"), "company": ("executive", "chief", "ceo", "chairman"),
    "firm": ("executive", "chief", "ceo", "chairman"), "union": ("leader", "secretary", "president"),
    "party": ("leader",), "country": ("president", "prime"), "government": ("prime", "president", "minister"),
    "hospital": ("executive", "chief"), "school": ("head", "headteacher", "principal"),
}


# Unnamed sources: "a spokesman", "officials", "the Trafford Centre spokeswoman" are reported as named.
SOURCE_HEAD_WORDS = {
    "spokesman", "spokeswoman", "spokesperson", "source", "sources", "official", "officials", "aide",
    "aides", "insider", "insiders", "analysts", "experts", "critics", "economists", "observers",
    "police", "witnesses", "residents", "ministers", "correspondents", "campaigners", "activists",
    "officers", "executives", "lawyers", "directors", "bosses", "mps", "members", "doctors", "nurses",
    "teachers", "scientists", "researchers", "investors", "traders", "workers", "staff", "fans", "supporters",
    "neighbours", "shoppers", "passengers", "voters", "parents", "farmers", "villagers", "locals", "leaders",
    "employees", "firefighters", "rescuers", "medics", "paramedics", "diplomats", "negotiators", "prosecutors",
    "investigators", "inspectors", "organisers", "protesters", "demonstrators", "eyewitnesses", "survivors",
    "relatives", "families", "commentators", "pundits", "strategists", "advisers", "advisors", "allies",
    "colleagues", "rivals", "opponents", "backbenchers", "peers", "delegates", "family", "shareholders", "respondents",
    "agent", "pair", "duo", "associate", "associates",
    # bodies of people that speak as one ("the law lords said", "jurors told the court")
    "lords", "jurors", "councillors", "lawmakers", "legislators", "auditors", "trustees", "historians",
    "developers", "proponents", "advocates", "promoters",
}


SOURCE_HEADS = frozenset(SOURCE_HEAD_WORDS)


# Words for one piece of research and its findings: a news story calls the same study by several of
# them ("a survey by the firm revealed … The report warns … The research revealed").
DOCUMENT_NOUNS = frozenset({"report", "survey", "study", "research", "poll"})
