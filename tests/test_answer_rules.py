"""Decision rules of the answer scorer on a composed article (fake embedder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FakeEmbedder
from qa import QA
from qa.answer import _anchors_missing
from qa.answer_types import exact_when, says_the_opposite
from qa.question import analyse_question
from qa.settings import Settings

ARTICLE = """Title: Harbour to reopen

Mayor Ana Ruiz said on Tuesday that the harbour would reopen in 2027, after repairs to the sea wall.

Councillor Tom Baker said the budget for the city's schools had doubled since 2019.

The Port Authority said ferries to Porto would resume in May.
"""


@pytest.fixture
def harbour(tmp_path: Path) -> QA:
    qa = _engine(tmp_path, harbour=ARTICLE)
    qa.build()
    return qa


def _sentence(qa: QA, words: str) -> int:
    return next(i for i in range(len(qa.index.sentences)) if words in qa.index.sentence_text(i))


def _engine(tmp_path: Path, index: str = "index", **articles: str) -> QA:
    """An engine over the given articles (file stem → text): fake embedder, no confidence floor."""
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    for stem, text in articles.items():
        (corpus / f"{stem}.txt").write_text(text, encoding="utf-8")
    return QA(corpus, tmp_path / index, embedder=FakeEmbedder(), settings=Settings(min_answer_score=0.0))


def _question(qa: QA, question: str):
    return analyse_question(qa.index, question, qa.embedder.encode([question])[0])


def _column(qa: QA, q, name: str) -> dict[str, float]:
    """Each candidate sentence's text → its value of feature ``name``."""
    from qa import answer as scorer

    cand, feats = scorer.features(qa.index, q, scorer.search_passages(qa.index, q.vector, q.search_tokens, 8))
    return {qa.index.sentence_text(i): float(feats[j, scorer.FEATURES.index(name)]) for j, i in enumerate(cand)}


@pytest.mark.parametrize(
    "question, missing",
    [
        ("When will the harbour reopen, according to Ana Ruiz?", []),
        ("When will the harbour reopen, according to Ruiz?", []),
        ("What did Tom Baker say about the harbour?", ["Baker"]),  # named elsewhere, not here
        ("What happens to the harbour in 2027?", []),
        ("What happens to the harbour in 2031?", ["2031"]),
        ("What happened to the harbour in 2019?", ["2019"]),  # only the other paragraph has 2019
        ("When will the harbour reopen in Lisbon?", []),  # no article names Lisbon: an unknown name
        ("When will the harbour reopen, according to the Port Authority?", ["Port Authority"]),
        ("When will ferries leave the harbour for Porto?", ["Porto"]),
        ("When will Mayor Ana Ruiz's harbour reopen?", []),  # a title and a person's name are theirs
        ("When will the MP3 harbour reopen for G8 ships?", []),  # digits inside a word are no number
        ("When will the harbour reopen, 2,027 days on?", ["2,027"]),
    ],
)
def test_people_numbers_and_names_the_answer_passage_never_mentions(harbour: QA, question: str, missing: list[str]) -> None:
    index = harbour.index
    q = _question(harbour, question)
    assert _anchors_missing(index, q, _sentence(harbour, "harbour would reopen")) == missing


LEAD = """Title: Stage news

The musical Harbour Lights, directed by Ana Ruiz, opens in Lisbon in 2027.

The show, set on a small island, follows a fisherman and his daughter.

Critics in Porto praised its songs.
"""


@pytest.mark.parametrize(
    "question, missing",
    [
        ("Where is Harbour Lights set?", []),  # the lead names the musical the article is about
        ("Where is the musical Ana Ruiz directed set?", []),  # and its director
        ("Where is the show set, according to the critics in Porto?", ["Porto"]),  # not the lead: another paragraph
        ("Where is the show that opens in 2027 set?", ["2027"]),  # a number must be in the passage itself
    ],
)
def test_the_article_s_lead_says_what_every_passage_is_about(tmp_path: Path, question: str, missing: list[str]) -> None:
    qa = _engine(tmp_path, stage=LEAD)
    qa.build()
    assert _anchors_missing(qa.index, _question(qa, question), _sentence(qa, "small island")) == missing


RACE = """Title: Harbour Race 4

Crews from nine nations sailed in the race.

The winning crew, led by Ana Ruiz, finished in ten hours.
"""


@pytest.mark.parametrize(
    "question, missing",
    [
        ("Who led the winning crew at Harbour Race 4?", []),  # a number ending a name: the title holds it
        ("Who led the winning crew at Harbour Race 5?", ["5"]),
        ("Who led the winning crew on May 4?", ["4"]),  # a day of a month is no name's number
        ("Who led the winning crew in 4 hours?", ["4"]),
    ],
)
def test_a_number_ending_a_name_is_held_by_the_title(tmp_path: Path, question: str, missing: list[str]) -> None:
    qa = _engine(tmp_path, race=RACE)
    qa.build()
    assert _anchors_missing(qa.index, _question(qa, question), _sentence(qa, "winning crew")) == missing


def test_what_the_article_says_of_a_speaker_where_it_names_them_is_theirs(tmp_path: Path) -> None:
    qa = _engine(
        tmp_path,
        film=(
            "Film news\n\nStudios opened offices in London and Paris.\n\n"
            "\u201cCinema has gone global,\u201d says Tara Adams, editor of film journal Trade Guide.\n\n"
            "\u201cIt is the box office that decides,\u201d says Adams.\n\n"
            "\u201cIt is the critics who decide,\u201d says Ben Ross, a director.\n"
        ),
    )
    index = qa.index
    question = "According to the Trade Guide editor, what decides?"
    q = _question(qa, question)
    assert _anchors_missing(index, q, _sentence(qa, "box office")) == []  # Adams is that editor
    assert _anchors_missing(index, q, _sentence(qa, "critics who")) == ["Trade Guide"]


def test_a_question_about_someone_the_best_passage_does_not_name_is_declined(harbour: QA) -> None:
    question = "When would the harbour reopen after repairs to the sea wall, said Tom Baker?"
    (answer, candidates), = harbour.candidates([question])
    assert "harbour would reopen" in candidates[0].text  # the best sentence is about Ana Ruiz's harbour
    assert not answer.found and answer.answer is None
    assert answer.passages  # the nearest text is still shown
    assert harbour.ask(question.replace("Tom Baker", "Ana Ruiz")).found


@pytest.mark.parametrize(
    "question, found",
    [
        ("What did the councillor say had doubled for the city's schools?", True),
        ("What did the councillor say had not doubled for the city's schools?", False),
        ("What hasn’t doubled for the city's schools, said the councillor?", False),
    ],
)
def test_a_negated_question_needs_a_sentence_that_negates(harbour: QA, question: str, found: bool) -> None:
    (answer, candidates), = harbour.candidates([question])
    assert "budget for the city's schools had doubled" in candidates[0].text
    assert answer.found is found


def test_a_negated_question_is_answered_by_a_sentence_of_refusal(tmp_path: Path) -> None:
    qa = _engine(
        tmp_path,
        vote=(
            "Title: Vote\n\nThe council voted on the harbour plan on Monday.\n\n"
            "Two councillors refused to vote on the harbour plan, citing its cost.\n"
        ),
    )
    answer = qa.ask("Why did two councillors not vote on the harbour plan?")
    assert answer.found and "refused" in answer.answer.text


def test_a_capital_standing_for_its_country_is_not_an_unknown_name(harbour: QA, tmp_path: Path) -> None:
    from qa.places import same_place

    assert {"Colombia", "Bogotá", "Colombian"} <= same_place("bogotá")
    assert same_place("Atlantis") == frozenset()
    (tmp_path / "c2").mkdir()
    (tmp_path / "c2" / "talks.txt").write_text(
        "Title: Talks\n\nThe US and Colombia agreed to fight drug trafficking together.\n", encoding="utf-8"
    )
    qa = QA(tmp_path / "c2", tmp_path / "i2", embedder=FakeEmbedder())
    index = qa.index
    ask = lambda text: analyse_question(index, text, qa.embedder.encode([text])[0]).unknown_names
    assert ask("What did Washington and Bogotá agree?") == []
    assert ask("What did Moscow and Bogotá agree?") == ["Moscow"]  # Russia is not in the article
    assert ask("What did Lisbon say?") == ["Lisbon"]


HOW_MUCH = "How much aid does the US send each year?"
WHO = "Who carried out the harbour survey?"
HOW_OLD = "How old is the harbour master?"
HOW_LONG = "How long did the repairs take?"


@pytest.mark.parametrize(
    "question, kind, sentence, holds",
    [
        (HOW_MUCH, "number", "The two countries signed the deal.", False),  # a count is not an amount
        (HOW_MUCH, "number", "The US sends $450m in aid each year.", True),
        (HOW_MUCH, "number", "Aid rose by 12 percent.", True),
        (HOW_MUCH, "number", "Aid doubled to several billion dollars.", True),
        ("How many boats use the harbour?", "number", "About 40 boats use it.", True),
        ("How many boats use the harbour?", "number", "Boats from the G8 summit use it.", False),  # "8" is in a name
        (HOW_MUCH, "number", "Sales of MP3 players grew.", False),
        # who: a person (title dropped) or a named body, not the word that opens the sentence
        (WHO, "who", "A study by the Pew Research Center found that most adults own one.", True),
        (WHO, "who", "The survey was carried out by Apacs last year.", True),
        (WHO, "who", "Councillor Tom Baker carried out the survey.", True),
        (WHO, "who", "However, the survey was carried out last year.", False),
        (WHO, "who", "“The survey was carried out last year,” he said.", False),
        (WHO, "who", "The Harbour survey was carried out last year.", False),  # all of it is in the question
        (WHO, "who", "Okafor, who runs the harbour, carried out the survey.", True),  # "who" makes the opening word a name
        (WHO, "who", "Meanwhile, the survey was carried out by hand.", False),
        ("Which harbour manager carried out the survey?", "who", "Harbour master Ada Okafor carried it out.", True),  # a person by what they are
        ("Which harbour manager carried out the survey?", "who", "The harbour survey was carried out by hand.", False),
        ("What actress opened the harbour?", "who", "The harbour was opened by Ana Ruiz.", True),
        ("What official reason was given for the survey?", "", "The harbour survey was carried out by hand.", True),  # "official" of a reason: no type
        ("What drove residents to the harbour?", "", "The harbour survey was carried out by hand.", True),  # no person asked for
        ("Which harbour official opened the survey?", "who", "The harbour survey was opened by Ana Ruiz.", True),
        (HOW_OLD, "age", "The 61-year-old has run the harbour since 2001.", True),
        (HOW_OLD, "age", "The harbour master has run it since 2001.", False),
        (HOW_OLD, "age", "The harbour master, 61, has run it since 2001.", True),  # news style: the age between commas
        (HOW_OLD, "age", "Boats came in 2001, 12, and 40 at a time.", False),
        ("What share of the budget goes to the harbour?", "share", "The harbour takes 12% of it.", True),
        ("What percentage of boats use the harbour?", "share", "One in five boats use it.", True),
        ("What proportion of the wall was repaired?", "share", "The wall was repaired in 2026.", False),
        (HOW_LONG, "duration", "The repairs took 18 months.", True),
        ("How long is the sea wall?", "duration", "The wall runs for 2.5 km along the bay.", True),
        (HOW_LONG, "duration", "The repairs were costly.", False),
        (HOW_LONG, "duration", "The two-day repairs were costly.", True),
        # money: a currency sign or a named currency, not any number
        ("How much did the repairs cost?", "money", "The repairs cost £9.3bn.", True),
        ("How much did the port earn last year?", "money", "It earned 260.75bn roubles.", True),
        ("What is the price of a ferry ticket?", "money", "A ticket costs 149 euros.", True),
        ("What does a ticket sell for in Porto?", "money", "Tickets sell for five dollars there.", True),
        ("How much does it cost to visit the harbour?", "money", "Entry is free, but booking is needed.", True),
        ("How much did the repairs cost?", "money", "The repairs took 18 months and 40 workers.", False),
        ("What fine will the port pay?", "money", "The port will pay a £9,000 fine.", True),  # a money noun after "what"
        ("What fine will the port pay?", "money", "The port will pay a fine for the spill.", False),
        ("What is the price of a ferry ticket?", "money", "Some 2,000 tickets were sold.", False),
        ("How much aid does the US send?", "number", "Aid rose by 12 percent.", True),  # not only money
        # where: a named place, or a common one ("in a pub"), not just any preposition
        ("Where did the band meet its guitarist?", "where", "They met him in Leicester.", True),
        ("Where did the band meet its guitarist?", "where", "They hired him after spotting him in a pub.", True),
        ("Where did the band meet its guitarist?", "where", "They met him in a hurry in 2003.", False),
        ("Where is the story set?", "where", "The musical, set on a small Greek island, tells the story.", True),  # on, two words before
        ("Where is the story set?", "where", "The musical, set on a small budget, tells the story.", False),
        ("Where will patrols be stepped up?", "where", "They will step up patrols by land and sea.", True),  # no determiner
        ("Where should the goods be sold?", "where", "Farmers want to sell to global markets.", True),
        ("Where do the players train?", "where", "They train abroad in the winter.", True),
        ("Where do the players train?", "where", "They train by themselves in the winter.", False),
        ("Where is the company based?", "where", "He bought it through a Geneva-based company.", True),
        ("Where is the company based?", "where", "Land-based firms bought it.", False),  # a capital only by opening the sentence
        ("Where is the harbour school?", "where", "It keeps a site on the University campus.", True),
        ("Where did the band meet its guitarist?", "where", "They met him within the Church choir.", True),
        ("Where did the band meet its guitarist?", "where", "They met him on Monday.", False),  # a day, not a place
        # dates beyond a year and a month: a decade, a century, a date before the present or the era
        ("When did the harbour get busy again?", "when", "It has been busy again since the 1990s.", True),
        ("When did the harbour first open?", "when", "It opened 300 years ago.", True),  # a time counted back
        ("When did the harbour first open?", "when", "It opened after World War II.", True),  # a war that dates it
        ("When did the harbour first open?", "when", "It opened after the Second World War.", True),
        ("When did the harbour first open?", "when", "It has opened for many years.", False),  # how long, not when
        ("In what century was the harbour built?", "when", "It was built in the early 19th century.", True),
        ("In what century was the harbour built?", "when", "It was built a century ago.", False),  # "century" is the question's
        ("In what century was the harbour built?", "when", "It was built in the early nineteenth century.", True),  # in words
        ("When was the first sea wall built?", "when", "The first wall dates from about 500 BC.", True),
        ("When did the harbour reopen?", "when", "It reopened during the summer.", True),  # a season or a part of the day
        ("When did the harbour reopen?", "when", "It reopened overnight.", True),
        ("When did the harbour reopen?", "when", "It reopened after the repairs.", False),
        ("When did the bay freeze over?", "when", "The bay froze over about 13,000 BP.", True),
        (HOW_OLD, "age", "He took over the harbour at age 38.", True),
        ("How old are the harbour's oldest stones?", "age", "The oldest stones were laid about 2,000 years ago.", True),  # a time counted back
        ("How old are the harbour's oldest stones?", "age", "The oldest stones were laid by the Romans.", False),
        ("How long ago was the bay formed?", "duration", "The bay formed around a billion years ago.", True),
        # how much: a fraction or a multiple says it too
        (HOW_MUCH, "number", "The US sends ten times as much aid as Spain.", True),
        ("How much of the budget goes to the harbour?", "number", "Over half of it goes to the harbour.", True),
        (HOW_MUCH, "number", "At times the US sends aid.", False),
        # score: a result of a match, not a year range or a number alone
        ("What was the final score of the harbour regatta?", "score", "The home crew won the regatta 3-0.", True),
        ("By what score did Porto beat the home crew?", "score", "Porto thrashed them 6-0 6-3 6-2 at the harbour.", True),
        ("What was the score of the regatta final?", "score", "Porto won it 20–18 after extra time.", True),
        ("What was the score of the regatta final?", "score", "Porto won the 2004-05 regatta final.", False),
        ("What was the score of the regatta final?", "score", "Porto won the final by 12 lengths.", False),
        # where: a common place after a possessive ("the party's London HQ")
        ("Where will the mayor hold her news conferences?", "where", "She will hold them at the party's London HQ every morning.", True),
        ("Where will the mayor hold her news conferences?", "where", "She will hold them at the council\u2019s main office.", True),
        # who: the pronoun "I" is capitalised but names no one
        ("Who won the regatta final?", "who", "\u201cI was surprised that I was picked for the final,\u201d he said.", False),
        ("Who won the regatta final?", "who", "\u201cI\u2019m proud of the crew,\u201d said Tom Hale after the final.", True),
        # how many: a count, not a sum of money or a share
        ("How many people work at the harbour?", "number", "Some 450 people work at the harbour.", True),
        ("How many people work at the harbour?", "number", "The harbour was valued at £300m.", False),
        ("How many votes did the mayor win?", "number", "The mayor won 31% of the vote.", False),
        ("How many votes did the mayor win?", "number", "The mayor won 31 per cent of the vote.", False),
        ("How many dollars did the harbour cost?", "number", "The harbour cost $300m.", True),  # money counted in money
        ("How many guests attended the harbour dinner?", "number", "The dinner was attended by 2000 guests.", True),  # no year
        ("How many guests attended the harbour dinner?", "number", "The dinner was first held in 2000.", False),
        ("How much aid does the US send?", "number", "The US sends $300m in aid.", True),  # how much: an amount
        # being free answers a price, not a sum lost or raised
        ("How much money does the port lose to theft each year?", "money", "Stolen goods will be replaced for free.", False),
        ("How much does a ferry ticket cost?", "money", "Ferry tickets are free for children.", True),
        # a budget is an amount of money
        ("What was the budget of the harbour works?", "money", "The works were given $40m.", True),
        ("What was the budget of the harbour works?", "money", "The works were praised by the mayor.", False),
        # how long: a span told by its end
        ("How long has the harbour fair been held?", "duration", "The fair has been held since 2003.", True),
        ("How long did the harbour fair last?", "duration", "The fair went on until the second quarter of the 19th century.", True),
        ("How long has the harbour fair been held?", "duration", "The fair has been held since the mayor's election.", False),
        ("How long will the harbour deal last?", "duration", "The deal will hold until the end of the current council.", True),
        # how large / big …: a size, which a number gives
        ("How large are the discounts for ferry users?", "", "Ferry users get discounts of up to 40%.", True),
        ("How large are the discounts for ferry users?", "", "The port offers discounts to ferry users.", False),
        ("How big is the new harbour?", "", "The new harbour is twice the size of the old one.", True),
        # which company / bank / firms + verb: a name, as "who" asks
        ("Which company runs the ferries?", "", "Ferries are run by Atlantic Lines.", True),
        ("Which company runs the ferries?", "", "A private company runs the ferries.", False),
        ("Which firms have been fined?", "", "At least ten firms have been fined.", False),
        ("Which bank lent the harbour money?", "", "The harbour borrowed from Banco Sul.", True),
        ("What body runs the harbour?", "", "The city government runs the harbour.", True),  # "what body": a kind answers
    ],
)
def test_a_typed_question_needs_an_answer_of_its_type(harbour: QA, question: str, kind: str, sentence: str, holds: bool) -> None:
    from qa.answer_types import holds_answer_type

    q = _question(harbour, question)
    assert q.kind == kind
    assert holds_answer_type(q, sentence) is holds


def test_a_country_and_its_people_are_one_term(tmp_path: Path) -> None:
    from qa.question import _alike
    from qa.places import country_words

    assert country_words("Spanish") == {"Spain", "Spaniards", "Spanish"}
    assert country_words("Madrid") == set()  # a capital is not the country's words
    assert "US" not in country_words("American")  # lower-cased, "us" is an English word
    assert _alike("Who coaches the Spanish team?") == {"spanish": {"spain", "spaniard"}}
    assert _alike("What did Colombia's minister say?") == {"colombia": {"colombian"}}
    assert _alike("Who coaches the team?") == {}

    qa = _engine(
        tmp_path,
        cup=(
            "Cup final\n\nThe coach of Spain, Jordi Arrese, rested two players.\n\nThe coach of the home team was happy.\n"
        ),
    )
    question = "What did the Spanish coach do?"
    q = _question(qa, question)
    cover = {text.split(",")[0]: value for text, value in _column(qa, q, "sentence_cover").items()}
    # "Spain" counts for "Spanish": that sentence holds both of the question's terms, the other one.
    assert cover["The coach of Spain"] == pytest.approx(1.0)
    assert 0 < cover["The coach of the home team was happy."] < 1


@pytest.mark.parametrize(
    "question, prefers",
    [
        ("What did Ana Ruiz say about the harbour?", True),
        ("What does Ruiz think of the sea wall?", True),
        ("How did Ana Ruiz describe the repairs?", True),
        ("Which councillor did Ana Ruiz meet?", False),  # about her, not her words
        ("When will the harbour Ana Ruiz runs reopen?", False),
        ("What was Ruiz's criticism of the repairs?", True),
        ("What did the mayor say about the harbour?", True),  # a title only she holds among the quoted
        ("When will the harbour reopen, according to Ruiz?", True),  # her account of it
        ("According to Ana Ruiz, when will the harbour reopen?", True),
    ],
)
def test_a_named_speakers_quotes_are_preferred_only_for_their_words(tmp_path: Path, question: str, prefers: bool) -> None:
    qa = _engine(
        tmp_path,
        harbour='Harbour to reopen\n\n"The harbour will reopen in 2027," said Mayor Ana Ruiz.\n',
    )
    q = _question(qa, question)
    assert q.speaker == ("Ana Ruiz" if prefers else None)


@pytest.mark.parametrize(
    "question, speaker, unquoted",
    [
        ("What did Tom Baker say in response to Ruiz's plan?", None, "Baker"),  # the subject, not the other name
        ("What did Ana Ruiz say about Tom Baker?", "Ana Ruiz", None),
        ("What was Ruiz's criticism of Tom Baker?", "Ana Ruiz", None),  # no subject: any quoted name
    ],
)
def test_whose_words_a_question_asks_for_is_its_subject(tmp_path: Path, question: str, speaker, unquoted) -> None:
    qa = _engine(
        tmp_path,
        harbour="Harbour to reopen\n\n\u201cThe harbour will reopen in 2027,\u201d said Mayor Ana Ruiz. She met Councillor Tom Baker on Monday.\n",
    )
    q = _question(qa, question)
    assert (q.speaker, q.unquoted_person) == (speaker, unquoted)
    assert qa.ask(question).found is (unquoted is None)


def test_the_person_a_speakers_words_are_about_stays_in_the_cover(tmp_path: Path) -> None:
    qa = _engine(
        tmp_path,
        harbour=(
            "Harbour to reopen\n\n"
            "\u201cThe harbour will reopen in 2027,\u201d said Mayor Ana Ruiz. \u201cTom Baker has worked hard for it,\u201d she said.\n"
        ),
    )
    q = _question(qa, "What did Ana Ruiz say about Tom Baker?")
    cover = _column(qa, q, "sentence_cover")
    baker = next(v for t, v in cover.items() if "Tom Baker has worked" in t)
    reopen = next(v for t, v in cover.items() if "will reopen" in t)
    assert baker > reopen  # "Baker" counts: the words are about him; "Ruiz" does not: they are hers


def test_a_title_stands_for_the_one_quoted_person_who_holds_it(tmp_path: Path) -> None:
    qa = _engine(
        tmp_path,
        talks=(
            "Talks\n\n\u201cWe are glad,\u201d said Shadow Foreign Secretary Mia Holt.\n\n"
            "\u201cWe will go,\u201d said Minister Tom Hale.\n\n\u201cWe will not,\u201d said Minister Ada Lind.\n"
        ),
    )
    aliases = qa.index.speaker_aliases()
    assert aliases["shadow foreign secretary"] == "Mia Holt"
    assert "minister" not in aliases  # two quoted people hold it
    assert aliases["hale"] == "Tom Hale"


def test_the_person_a_question_names_picks_the_article_not_the_sentence(tmp_path: Path) -> None:
    qa = _engine(
        tmp_path,
        harbour=(
            "Harbour plans\n\nMayor Ana Ruiz met the union on Monday. \u201cThe harbour wall will be rebuilt,\u201d she said.\n\n"
            "Ruiz also opened a school.\n"
        ),
    )
    q = _question(qa, "What did Ruiz say about the harbour wall?")
    assert q.people == ("Ruiz",)
    cover = _column(qa, q, "sentence_cover")
    by_start = lambda words: next(value for text, value in cover.items() if text.startswith(words))
    # Her name, rare in a large corpus, would outweigh "harbour" and "wall"; the answer says "she".
    assert by_start("Ruiz also") == 0.0 and by_start("Mayor Ana Ruiz") == 0.0
    assert by_start("\u201cThe harbour") == pytest.approx(1.0)


def test_a_title_in_the_question_picks_the_article_like_the_name_it_stands_for(tmp_path: Path) -> None:
    qa = _engine(
        tmp_path,
        budget=(
            "Budget talks\n\nFinance Minister Ana Ruiz met the union leader, Tom Baker, on Monday.\n\n"
            "\u201cThe budget will be cut,\u201d said Finance Minister Ana Ruiz.\n\n"
            "Later the finance minister opened a school.\n"
        ),
    )
    q = _question(qa, "Which union official did the finance minister sit down with?")
    assert q.titled == ("Ana Ruiz", frozenset({"financ", "minist"}))
    assert q.people == ()  # not a name the answer's passage must hold
    cover = _column(qa, q, "sentence_cover")
    by_start = lambda words: next(value for text, value in cover.items() if text.startswith(words))
    # The title's words would favour any sentence repeating the title over the one that answers.
    assert by_start("Later the finance minister") == 0.0
    assert by_start("Finance Minister Ana Ruiz met") > 0.0  # "union"
    # "Who is the finance minister?" asks for the name: the title stays a term to match.
    assert _question(qa, "Who is the finance minister?").titled is None
    assert _question(qa, "Which finance minister opened a school?").titled is None  # so does "Which X …?"
    # A question about someone's words is already about that speaker.
    assert _question(qa, "What did the finance minister say about the budget?").titled is None


def test_a_term_and_its_equals_weigh_as_one_term(harbour: QA) -> None:
    bm25 = harbour.index.sentence_bm25
    assert bm25.idf("harbour", "harbour") == bm25.idf("harbour")
    assert bm25.idf("harbour", "councillor") < min(bm25.idf("harbour"), bm25.idf("councillor"))  # held more widely
    assert bm25.idf("harbour", "nosuchword") == bm25.idf("harbour")


def test_the_asked_speakers_words_raise_the_confidence_and_others_words_lower_it(tmp_path: Path) -> None:
    from dataclasses import replace

    from qa.answer import rank

    qa = _engine(
        tmp_path,
        harbour=(
            'Harbour to reopen\n\n"The harbour will reopen in 2027," said Mayor Ana Ruiz.\n\n'
            '"The harbour will cost too much," said Councillor Tom Baker.\n'
        ),
    )
    index = qa.index
    q = _question(qa, "What did Ana Ruiz say about the harbour?")
    assert q.speaker == "Ana Ruiz"
    asked, unasked = rank(index, q, 8).confidence, rank(index, replace(q, speaker=None), 8).confidence
    assert asked[_sentence(qa, "reopen in 2027")] > unasked[_sentence(qa, "reopen in 2027")]
    assert asked[_sentence(qa, "cost too much")] < unasked[_sentence(qa, "cost too much")]
    # Her words on something else the question does not ask about add nothing.
    q = _question(qa, "What did Ruiz say about the ferries?")
    asked, unasked = rank(index, q, 8).confidence, rank(index, replace(q, speaker=None), 8).confidence
    assert asked[_sentence(qa, "reopen in 2027")] == pytest.approx(unasked[_sentence(qa, "reopen in 2027")])


def test_a_question_about_someone_is_answered_from_an_article_that_names_them(tmp_path: Path) -> None:
    from qa.answer import rank

    qa = _engine(
        tmp_path,
        ruiz="Harbour news\n\nMayor Ana Ruiz said the works would end soon.\n",
        plans="Harbour plans\n\nThe harbour will reopen: the old harbour reopens when the harbour works end.\n",
    )
    index = qa.index
    question = "When will the harbour reopen, according to Ruiz?"
    q = _question(qa, question)
    assert q.people == ("Ruiz",)
    ranking = rank(index, q, 8)
    article = lambda i: index.articles[index.sentence_article[i]].id
    assert article(max(ranking.score, key=ranking.score.get)) == "plans"  # scores alone prefer the other article
    assert article(ranking.order[0]) == "ruiz"


@pytest.mark.parametrize(
    "question, speaker",
    [
        ("What did Ana Ruiz say about the harbour?", "Ana Ruiz"),
        ("What did Ana Ruiz think of the sea wall?", "Ana Ruiz"),
        # hearsay about her, in the passive: what others say of her, not her words
        ("Which harbour is Ana Ruiz said to admire?", None),
        ("When was Ana Ruiz thought to have reopened the harbour?", None),
        ("What has Ana Ruiz said to the council about the harbour?", "Ana Ruiz"),  # "said to" someone: her words
    ],
)
def test_hearsay_about_someone_asks_for_no_one_s_words(harbour: QA, question: str, speaker: str | None) -> None:
    q = _question(harbour, question)
    assert q.speaker == speaker
    assert q.unquoted_person is None  # nor is it declined as the words of someone never quoted


def test_a_name_the_question_gives_chooses_the_article_too(tmp_path: Path) -> None:
    from qa.answer import rank

    qa = _engine(
        tmp_path,
        takings="Box office\n\nCinemas said films took much more money at the box office last year.\n",
        nightfall="Screenwriter dies\n\nAna Ruiz, who wrote the horror film Nightfall, has died.\n\nMade in Spain for $300,000, it took $47m.\n",
    )
    index = qa.index
    article = lambda i: index.articles[index.sentence_article[i]].id
    q = _question(qa, "How much money did Nightfall take at the box office?")
    assert list(q.things) == ["Nightfall"]
    ranking = rank(index, q, 8)
    assert article(max(ranking.score, key=ranking.score.get)) != "nightfall"  # scores alone prefer another article
    assert article(ranking.order[0]) == "nightfall"
    # a country is the setting many articles share, not what picks one out
    q = _question(qa, "How much money did films take at the box office in Spain?")
    ranking = rank(index, q, 8)
    assert article(ranking.order[0]) == article(max(ranking.score, key=ranking.score.get)) == "takings"


def test_the_fast_feature_path_fills_every_weighted_column(harbour: QA) -> None:
    import numpy as np

    from qa import answer as scorer

    index = harbour.index
    question = "When did Mayor Ana Ruiz say the harbour would reopen?"
    q = _question(harbour, question)
    hits = scorer.search_passages(index, q.vector, q.tokens, 8)
    cand, fast = scorer.features(index, q, hits)
    cand_all, full = scorer.features(index, q, hits, every=True)
    used = (scorer.RANK_WEIGHTS != 0) | (scorer.CONFIDENCE != 0)
    assert cand == cand_all and len(cand) >= 2
    assert np.array_equal(fast[:, used], full[:, used])
    assert full[:, ~used].any()  # the rest is really computed when asked for


@pytest.mark.parametrize(
    "question, role, owner",
    [
        ("Who is Ana Ruiz's deputy?", "deputy", [{"ruiz"}]),  # a person by her surname
        ("Who is Tessa Jowell's deputy?", "deputy", [{"tessa"}, {"jowel"}]),  # no article names her
        ("Who is the band's frontman?", "frontman", [{"band"}]),
        ("Who is the president of Colombia?", "president", [{"colombia", "colombian"}]),
        ("Who was the leader of the harbour board in 2019?", "leader", [{"harbour"}, {"board"}]),
        ("Who carried out the harbour survey?", None, None),
        ("Who heads the Dundee United board?", "head", [{"dunde"}, {"unit"}]),  # a verb naming the role; whose by the name in it
        ("Who founded the Port Authority?", "founder", [{"port"}, {"author"}]),
        ("Who led the harbour talks?", None, None),  # an event, not a role
    ],
)
def test_a_who_question_about_a_role_names_the_role_and_whose_it_is(harbour: QA, question: str, role, owner) -> None:
    q = _question(harbour, question)
    assert q.role == (None if role is None else (role, tuple(frozenset(o) for o in owner)))


@pytest.mark.parametrize(
    "sentence, by_name",
    [
        ("Ms Jowell's deputy, Richard Caborn, said so.", True),
        ("Nintendo president Satoru Iwata said so.", True),
        ("Richard Caborn, her deputy, said so.", True),
        ("Satoru Iwata, who is the firm's president, said so.", True),
        ("The deputies of the minister said so.", False),  # no name next to the role
        ("\u201cIf (deputy) Richard Caborn stays, we win.\u201d", True),
        ("Her deputy said Nintendo would wait.", False),  # a lone capitalised word is no person
    ],
)
def test_a_role_next_to_a_persons_name(sentence: str, by_name: bool) -> None:
    from qa.answer_types import role_by_name

    role = "president" if "president" in sentence else "deputy"
    assert role_by_name(role, sentence) == float(by_name)


@pytest.mark.parametrize(
    "role, sentence",
    [
        ("boss", "Nintendo president Satoru Iwata said so."),
        ("frontman", "Kasabian's singer Tom Meighan said so."),
        ("head", "Dundee United chairman Eddie Thompson said so."),
        ("coach", "Richard Caborn, her manager, said so."),
    ],
)
def test_a_role_is_found_under_the_words_news_uses_for_it(role: str, sentence: str) -> None:
    from qa.answer_types import role_by_name

    assert role_by_name(role, sentence) == 1.0
    assert role_by_name("deputy", sentence) == 0.0


@pytest.mark.parametrize(
    "question, sentence, agent",
    [
        ("Who directed Kisna?", "Directed by Bollywood veteran Subhash Ghai, the film is set in 1857.", 1.0),
        ("Who commissioned the tapestry?", "It was commissioned by Odo, the Bishop of Bayeux.", 1.0),
        ("Who first proposed the tax?", "The tax, proposed by the Treasury, was dropped.", 1.0),
        ("Who directed Kisna?", "The film was shot by night in Mumbai.", 0.0),  # no name after "by"
        ("Who directed Kisna?", "It was produced by Subhash Ghai.", 0.0),  # another doing
        ("Who is the director of Kisna?", "Directed by Subhash Ghai, it opens in May.", 0.0),  # no verb asked: a role question
    ],
)
def test_the_doer_a_who_question_asks_for_stands_after_by(question: str, sentence: str, agent: float) -> None:
    from qa.answer_types import agent_after
    from qa.lexical import tokenize
    from qa.question import WHO_VERB

    verb = WHO_VERB.match(question)
    terms = frozenset(tokenize(verb.group(1))) if verb else frozenset()
    assert agent_after(terms, sentence) == agent


def test_a_role_in_a_quote_belongs_to_its_speaker(tmp_path: Path) -> None:
    qa = _engine(
        tmp_path,
        tennis=(
            "Lind eyes Paris\n\nAda Lind won the title on Sunday. \u201cIf (coach) Tom Hale stays with me, I can win again,\u201d "
            "Lind said.\n\nHer rival Mia Berg thanked coach Omar Diaz for the season.\n"
        ),
    )
    question = "Who is Lind's coach?"
    q = _question(qa, question)
    column = _column(qa, q, "role_name")
    role_name = lambda words: next(value for text, value in column.items() if words in text)
    # "me" is Ada Lind, who says it; Omar Diaz is a coach, but not hers.
    assert role_name("Tom Hale") == 1.0 and role_name("Omar Diaz") == 0.0
    assert "Tom Hale" in qa.ask(question).answer.text


def test_its_role_says_whose_after_a_sentence_naming_the_owner(tmp_path: Path) -> None:
    qa = _engine(
        tmp_path,
        claim=(
            "Harbour claim\n\nHarbour Ltd has sued the city for its losses. According to its Lisbon lawyer, Rosa Lima, "
            "the claim is sound.\n\nThe city's lawyer, Ben Ross, disagreed. Its rival Porto Ltd hired a lawyer, Ana Vale.\n"
        ),
    )
    q = _question(qa, "Who is acting as Harbour Ltd's lawyer?")
    column = _column(qa, q, "role_name")
    role_name = lambda words: next(value for text, value in column.items() if words in text)
    # "its" is Harbour Ltd, named in the sentence before; Ben Ross is the city's; Ana Vale is Porto Ltd's
    # (after a sentence that does not name Harbour Ltd).
    assert role_name("Rosa Lima") == 1.0
    assert role_name("Ben Ross") == 0.0 and role_name("Ana Vale") == 0.0


def test_a_role_next_to_a_name_ranks_first_when_the_sentence_says_whose(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    from qa import answer as scorer

    qa = _engine(
        tmp_path,
        port=(
            "Port board\n\nThe Port Board said the port's deputy role and the port's deputy pay would be reviewed by Porto.\n\n"
            "At the port, the deputy, Richard Caborn, spoke.\n\n"
            "The council's deputy, Maria Lopes, spoke.\n"
        ),
    )
    index = qa.index
    question = "Who is the port's deputy?"
    q = _question(qa, question)
    role_name = {text[:10]: value for text, value in _column(qa, q, "role_name").items()}
    # Maria Lopes is a deputy too, but the sentence does not say she is the port's.
    assert role_name == {"The Port B": 0.0, "At the por": 1.0, "The counci": 0.0}
    first = lambda: index.sentence_text(scorer.rank(index, q, 8).order[0])
    assert "Richard Caborn" in first()
    weights = scorer.RANK_WEIGHTS.copy()
    weights[scorer.FEATURES.index("role_name")] = 0.0
    monkeypatch.setattr(scorer, "RANK_WEIGHTS", np.asarray(weights))
    assert "Port Board" in first()  # the sentence with more of the question's words, without the rule


@pytest.mark.parametrize(
    "question, counted",
    [
        ("How many new casinos will be allowed?", "casino"),
        ("How many DS consoles does Nintendo expect to sell?", "consol"),  # not the name before it
        ("How many Panthers defense players were selected?", "player"),
        ("How many people took part in the survey?", "peopl"),
        ("How many tons of carbon does the forest store?", "ton"),
        ("How many more students from England will enrol?", "student"),
        ("When will the harbour reopen?", None),
    ],
)
def test_what_a_how_many_question_counts(question: str, counted: str | None) -> None:
    from qa.question import _counted

    assert _counted(question) == counted


@pytest.mark.parametrize(
    "term, sentence, before",
    [
        ("peopl", "Nearly two thirds of the 1,000 people interviewed used it.", True),
        ("consol", "More than 2.8 million DS consoles have been sold.", True),
        ("casino", "The plan allows eight regional casinos.", True),
        ("ton", "The Amazon absorbs 1.5 gigatons of carbon a year.", True),  # a close form
        ("casino", "The number of new casinos was limited in 2005.", False),  # a year is no count
        ("casino", "The casino opened with 24 tables.", False),  # the number counts something else
    ],
)
def test_a_number_before_the_thing_counted(term: str, sentence: str, before: bool) -> None:
    from qa.answer_types import number_before

    assert number_before(term, sentence) == float(before)


@pytest.mark.parametrize(
    "question, sentence, other",
    [
        ("How many barrels does the port handle each day?", "300 ships", True),  # counts something else
        ("How many ships does the port handle each year?", "300 ships", False),
        ("How many people work at the port?", "40 workers", False),  # a word for people
        ("How many people visited the port?", "Americans", False),  # so is a people's name
        ("How many people work at the port?", "300 ships", True),
        ("How many miles long is the sea wall?", "3 km", False),  # units may be written another way
        ("How much did the wall cost?", "300 ships", False),  # not a "how many" question
    ],
)
def test_a_count_of_something_else_does_not_answer_how_many(tmp_path: Path, question: str, sentence: str, other: bool) -> None:
    from qa.answer_types import count_of_something_else

    qa = _engine(
        tmp_path,
        port=(
            "Port news\n\nThe port handles 300 ships a year. It employs 40 workers. "
            "Some 2,000 Americans visited it in May. The sea wall is 3 km long.\n"
        ),
    )
    q = _question(qa, question)
    assert count_of_something_else(qa.index, q, _sentence(qa, sentence)) is other


def test_the_counted_feature_marks_the_sentence_counting_the_thing_asked(tmp_path: Path) -> None:
    from qa import answer as scorer

    qa = _engine(
        tmp_path,
        ferries=(
            "Ferries\n\nThe ferries to Porto will sail from the harbour in 2027, with 40 crew.\n\n"
            "Ten ferries will sail to Porto each week.\n"
        ),
    )
    question = "How many ferries will sail to Porto?"
    q = _question(qa, question)
    assert q.counted == "ferri"
    counted = {text[:12]: value for text, value in _column(qa, q, "counted").items()}
    assert counted == {"The ferries ": 0.0, "Ten ferries ": 1.0}
    assert scorer.RANK_WEIGHTS[scorer.FEATURES.index("counted")] > 0


def test_a_place_and_its_adjective_are_one_name(tmp_path: Path) -> None:
    qa = _engine(
        tmp_path,
        launch=(
            "Console launch\n\nThe console will launch in Europe on 11 March.\n\n"
            "Asian sales were strong, the firm said.\n"
        ),
    )
    index = qa.index
    best = _sentence(qa, "launch in Europe")
    ask = lambda text: _anchors_missing(index, analyse_question(index, text, qa.embedder.encode([text])[0]), best)
    assert ask("When will European gamers get the console?") == []
    assert ask("When will the console launch in Europe?") == []
    assert ask("When will Asian gamers get the console?") == ["Asian"]  # named in the other paragraph only
    qa = _engine(tmp_path, "i2", launch="Console launch\n\nEuropean gamers will get the console on 11 March.\n\nSales in Asia were strong.\n")
    text = "When will the console reach Europe?"
    assert _anchors_missing(qa.index, analyse_question(qa.index, text, qa.embedder.encode([text])[0]), _sentence(qa, "European gamers")) == []


@pytest.mark.parametrize(
    "question, found",
    [
        ("Who is Ana Ruiz's deputy?", False),  # no article names a deputy
        ("Who is the mayor of the city?", True),  # "Mayor Ana Ruiz"
        ("Who is the city's chief?", False),  # nor a chief, a head, a boss or a president
    ],
)
def test_a_role_no_article_names_is_not_answered(harbour: QA, question: str, found: bool) -> None:
    assert harbour.ask(question).found is found


def test_a_role_only_another_article_names_is_not_answered(tmp_path: Path) -> None:
    qa = _engine(
        tmp_path,
        harbour=ARTICLE,
        port="Port news\n\nThe port's deputy, Leo Silva, said the ferries would return.\n",
    )
    assert not qa.ask("Who is Ana Ruiz's deputy?").found  # her article names no deputy; the port's is another's
    assert qa.ask("Who is the port's deputy?").found


def test_a_role_named_in_other_words_is_answered(tmp_path: Path) -> None:
    qa = _engine(tmp_path, port="Port news\n\nPort chairman Leo Silva said the ferries would return.\n")
    assert not qa.index.mentions("boss")
    answer = qa.ask("Who is the port's boss?")
    assert answer.found and "Leo Silva" in answer.answer.text


@pytest.mark.parametrize(
    "question, sentence, match",
    [
        ("What post does Ruiz hold?", "The talks were led by Mayor Ana Ruiz.", 1.0),  # a title before her name
        ("What post does Ruiz hold?", "Ruiz met Tom Baker on Monday.", 0.0),
        ("What is Ana Ruiz's job?", "The talks were led by Mayor Ana Ruiz.", 1.0),
    ],
)
def test_a_question_for_someones_title_ranks_a_title_before_their_name(harbour: QA, question: str, sentence: str, match: float) -> None:
    from qa.answer_types import holds_answer_type, type_match

    q = _question(harbour, question)
    assert q.kind == "title" and "Ruiz" in q.people
    assert type_match(q, sentence) == match
    assert holds_answer_type(q, sentence)  # a title is said in many ways: ranking only, never a decline


@pytest.mark.parametrize(
    "question, sentence, match",
    [
        ("On which day of the week did the talks begin?", "The talks began on Monday.", 1.0),
        ("On which day of the week did the talks begin?", "The talks were first held in 2016.", 0.0),  # a date, not a weekday
        ("In what year did the talks begin?", "The talks were first held in 2016.", 1.0),
        ("When did the talks begin?", "The talks were first held in 2016.", 1.0),  # any date
    ],
)
def test_a_when_question_ranks_the_grain_it_asks_for(harbour: QA, question: str, sentence: str, match: float) -> None:
    from qa.answer_types import type_match

    q = _question(harbour, question)
    assert type_match(q, sentence) == match


@pytest.mark.parametrize(
    "question, sentence, exact",
    [
        ("Which day of the week did they meet?", "They met on Monday in Bogotá.", True),
        ("In what year will the harbour reopen?", "The harbour would reopen in 2027.", True),
        ("Which month was the deal signed?", "The deal was signed in March.", True),
        ("Which day of the week did they meet?", "They met last week.", False),
        ("What year did the 2019 budget double?", "The budget doubled since 2019.", False),  # the year is the question's own
        ("When will the harbour reopen?", "The harbour would reopen in 2027.", False),  # no grain asked for
    ],
)
def test_a_date_of_the_grain_asked_for(question: str, sentence: str, exact: bool) -> None:
    assert exact_when(question, sentence) is exact


BRIDGE = """Title: River crossings

Engineers rebuilt the bridge after the flood of 1990. Today, it is called the Iron Span.

Tourists call the old tower the Needle. The bridge keeps its tolls.

Its name came from the ironworks upstream.
"""


def test_the_sentence_before_lends_its_words(tmp_path: Path) -> None:
    """ "Today, it is called the Iron Span." answers a question whose other words ("bridge",
    "rebuilt", "flood") only the sentence before it holds; across a paragraph break the sentence
    before lends half as much, and a word the sentence holds itself is not counted twice."""
    qa = _engine(tmp_path, bridge=BRIDGE)
    qa.build()
    column = _column(qa, _question(qa, "What is the bridge rebuilt after the flood called?"), "context_cover")
    lent = column["Today, it is called the Iron Span."]
    assert lent > 0.5
    assert column["Engineers rebuilt the bridge after the flood of 1990."] == 0.0  # the title holds none of them
    assert column["Tourists call the old tower the Needle."] == 0.0  # "called" is its own; the rest is not before it
    # "bridge" is its own word; "called" comes from the sentence before, in its paragraph
    assert 0.0 < column["The bridge keeps its tolls."] < lent
    # the paragraph before ends with "The bridge keeps its tolls.": half of "bridge"
    assert column["Its name came from the ironworks upstream."] == pytest.approx(_share(qa, "bridge") / 2)


def _share(qa: QA, term: str, question: str = "What is the bridge rebuilt after the flood called?") -> float:
    """The share of the question's IDF weight that ``term`` carries."""
    q = _question(qa, question)
    from qa.lexical import tokenize

    weights = {t: qa.index.sentence_bm25.idf(t) for t in set(q.tokens)}
    return weights[tokenize(term)[0]] / sum(weights.values())


FERRIES = """Title: Ferries return

Nine ferries will sail from the harbour in May, the port said, a hundred years after the first.

The tenth season of the regatta opens in June.
"""


@pytest.mark.parametrize(
    "question, missing",
    [
        ("When will 9 ferries sail from the harbour?", []),  # "Nine ferries"
        ("When will 8 ferries sail from the harbour?", ["8"]),
        ("When will 19 ferries sail from the harbour?", ["19"]),  # "nine" is not nineteen
        ("What happened 100 years after the ferries first sailed?", []),  # "a hundred years"
    ],
)
def test_a_number_in_figures_is_held_by_its_word(tmp_path: Path, question: str, missing: list[str]) -> None:
    qa = _engine(tmp_path, ferries=FERRIES)
    qa.build()
    assert _anchors_missing(qa.index, _question(qa, question), _sentence(qa, "Nine ferries")) == missing


def test_a_number_in_words_or_figures_covers_the_other(tmp_path: Path) -> None:
    qa = _engine(tmp_path, ferries=FERRIES)
    qa.build()
    q = _question(qa, "When does the 10th season of the regatta open, with 9 ferries?")
    assert q.alike["10th"] == {"tenth"} and q.alike["9"] == {"nine"}
    column = _column(qa, q, "sentence_cover")
    assert column["The tenth season of the regatta opens in June."] > 0.5  # "10th" found as "tenth"
    assert column["Nine ferries will sail from the harbour in May, the port said, a hundred years after the first."] > 0.0  # "9" as "Nine"
    assert "one" not in _question(qa, "Which one of the ferries sails first?").alike  # "one of the …" is seldom a count


def test_an_event_s_name_is_no_person(tmp_path: Path) -> None:
    """ "Super Bowl", "League Cup": the last word of an event is no surname, so the question names a
    thing the passage must mention, not a person the article must name."""
    qa = _engine(tmp_path, final="Title: Cup final\n\nAna Ruiz sang before the Super Bowl and the Harbour League final.\n")
    qa.build()
    for question, event in (("Who sang at the Super Bowl?", "Super Bowl"), ("Who sang before the Harbour League final?", "Harbour League")):
        q = _question(qa, question)
        assert q.people == () and event in q.things


def test_a_name_with_a_particle_is_one_name(tmp_path: Path) -> None:
    """ "Theo van Gogh": his first name is no thing of its own that the answer's passage must
    repeat when it calls him "Mr van Gogh"."""
    qa = _engine(
        tmp_path,
        film=(
            "Title: Film maker killed\n\nThe harbour city mourned a film maker.\n\n"
            "Theo van Gogh was killed on Tuesday.\n\n"
            "A daily newspaper, De Post, printed a photograph of Mr van Gogh taken with a phone.\n"
        ),
    )
    qa.build()
    q = _question(qa, "Which newspaper printed a photograph of Theo van Gogh?")
    assert "Theo" not in q.things
    assert _anchors_missing(qa.index, q, _sentence(qa, "De Post")) == []


def test_a_day_or_a_compound_s_lower_case_part_is_no_thing(harbour: QA) -> None:
    """The names a question gives that the answer's passage must mention leave out days and months
    ("Saturday's regatta") and the lower-case part of a compound ("Porto-bound" is "Porto")."""
    assert "Saturday" not in _question(harbour, "When will Saturday's ferries leave the harbour?").things
    assert "May" not in _question(harbour, "Where do the ferries go in May?").things
    things = _question(harbour, "When will the Porto-bound ferries resume?").things
    assert "Porto" in things and "Porto-bound" not in things


@pytest.mark.parametrize(
    "question, missing",
    [
        ("Why was the harbour rebuilt in the 1990's?", []),  # "the 1990s"
        ("Why was the harbour rebuilt in 1990?", []),  # a year of that decade, as the question says it
        ("Why was the harbour rebuilt in 1980?", ["1980"]),
    ],
)
def test_a_year_is_held_by_its_decade(tmp_path: Path, question: str, missing: list[str]) -> None:
    qa = _engine(tmp_path, rebuilt="Title: Rebuilt\n\nThe harbour was rebuilt in the 1990s after the storms.\n")
    qa.build()
    assert _anchors_missing(qa.index, _question(qa, question), _sentence(qa, "rebuilt in the 1990s")) == missing


@pytest.mark.parametrize("plural, singular", [("MPs", "MP"), ("DVDs", "DVD"), ("the CDs'", "CD")])
def test_an_acronym_s_plural_is_its_term(plural: str, singular: str) -> None:
    """The stemmer has no vowel to stem "MPs" or "DVDs" by; the acronym is the term either way."""
    from qa.lexical import tokenize

    assert tokenize(plural) == tokenize(singular)
    assert tokenize("Mrs Jones") == ["mrs", "jone"]  # a capital and lower-case "s" is no acronym


@pytest.mark.parametrize(
    "irregular, regular",
    [("They met on Monday", "they meet on monday"), ("sales rose", "sales rise"), ("it sold", "it sells"), ("women", "woman"), ("had begun", "begins")],
)
def test_an_irregular_form_is_the_term_of_its_regular_ones(irregular: str, regular: str) -> None:
    """"When did they meet?" is asked of a sentence saying "met": the stemmer alone keeps them apart."""
    from qa.lexical import tokenize

    assert tokenize(irregular) == tokenize(regular)


def test_a_number_with_thousands_separators_is_one_term() -> None:
    from qa.lexical import tokenize

    assert tokenize("1,000 fans and 2,500,000 euros") == tokenize("1000 fans and 2500000 euros")
    assert tokenize("rooms 3, 4 and 12,34") == ["room", "3", "4", "12", "34"]  # a list, not a number


def test_words_an_irregular_form_shares_with_another_word_keep_their_own_term() -> None:
    from qa.lexical import tokenize

    assert tokenize("she won't") == []  # "won" of "won't" is no win
    assert tokenize("founded") == ["found"] != tokenize("found")  # to found a firm is not to find it
    assert tokenize("left") == ["left"]  # a side as often as a past


@pytest.mark.parametrize(
    "question, sentence, opposite",
    [
        ("What is the lowest court of the union?", "The Court of Justice is the highest court of the union.", ("lowest", "highest")),
        ("Which tax rose in 2004?", "Fuel duty fell in 2004.", ("rose", "fell")),
        ("What are the least known complexity resources?", "Time and space are the most well-known resources.", ("least", "most")),
        ("Who was the king's father?", "The king's mother was Ada of Lorne.", ("father", "mother")),
        ("Which is the richest district?", "Eastfield is the poorest district.", ("richest", "poorest")),
        # the sentence has the word itself too, or the question has both
        ("What is the lowest court?", "The highest court overrules the lowest court.", None),
        ("Was the first or the last train late?", "The last train was late.", None),
        # a measure asked with "how" has no opposite
        ("How high is the wall?", "The wall is low: only 2 metres.", None),
        ("Which team won the final?", "Leeds lost the final to York.", None),  # read from either end
        # "last" of the calendar or "most recently" is no end of a series
        ("When did she give her first speech?", "She made her debut speech last October.", None),
        ("What was the first album?", "Their last album sold well last year.", ("first", "last")),
        ("How long is it since Ruiz last played a match?", "It was her first match for two months.", None),
        ("When did Ruiz last win a match?", "It was her first win in two months.", None),
        ("Who won the last match?", "Ruiz won the first match.", ("last", "first")),
        ("When did the last ferry leave?", "The first ferry left at six.", ("last", "first")),  # after a determiner: an end
        ("What happened in the last week of the season?", "The first week of the season was wet.", ("last", "first")),
    ],
)
def test_the_opposite_of_a_word_the_question_asks_about(question: str, sentence: str, opposite) -> None:
    assert says_the_opposite(question, sentence) == opposite


def test_a_sentence_saying_the_opposite_does_not_answer(tmp_path: Path) -> None:
    qa = _engine(tmp_path, budget="Title: Budget\n\nCouncillor Tom Baker said the budget for the city's schools rose in 2019.\n")
    (kept, top), (dropped, top2) = qa.candidates(["Which budget rose in 2019?", "Which budget fell in 2019?"])
    assert "schools rose in 2019" in top[0].text and kept.found
    assert "schools rose in 2019" in top2[0].text and not dropped.found


def test_a_quote_opening_on_this_does_not_take_the_narration_before_it(tmp_path: Path) -> None:
    article = (
        "Title: Ferry firm sold\n\n"
        "Porto Lines sold its ferry arm to Kelso Marine. It has total assets of $9bn. "
        "\u201cThis deal gives Kelso a route to the islands,\u201d said Ines Duarte, an analyst at Brightwater. "
        "The ferries were built in 2001. This fleet will be replaced by 2030.\n"
    )
    qa = _engine(tmp_path, ferry=article)
    qa.build()
    quote = qa.ask("What did the Brightwater analyst say about the deal?", k=1).answer
    assert quote.text.startswith("\u201cThis deal gives Kelso") and "total assets" not in quote.text
    narration = qa.ask("When will the fleet be replaced?", k=1).answer
    assert narration.text == "The ferries were built in 2001. This fleet will be replaced by 2030."  # narration leans back


def test_a_sentence_opening_on_but_and_a_new_name_stands_alone_with_its_own_speaker(tmp_path: Path) -> None:
    article = (
        "Title: Ferry row\n\n"
        "\u201cWe will keep the ferries running,\u201d said union leader Ruth Alder. "
        "But councillor Omar Said said the ferries would soon stop. But it was too late for the islands.\n"
    )
    qa = _engine(tmp_path, ferry=article)
    qa.build()
    answer = qa.ask("Which councillor said the ferries would soon stop?", k=1).answer
    assert answer.text == "But councillor Omar Said said the ferries would soon stop."
    assert answer.quote is not None and answer.quote.speaker == "Omar Said"
    late = qa.ask("Why was it too late for the islands?", k=1).answer
    assert late.text.endswith("But it was too late for the islands.") and late.text.startswith("But councillor")  # "But it" leans back
    assert late.quote is None or late.quote.start >= article.index("But it")  # the answer sentence's quote, if any


@pytest.mark.parametrize(
    "text, says",
    [
        ("The port is busy, said Ana Ruiz, head of planning at the harbour board.", True),  # a description after the name
        ("Councillor Tom Baker, Labour member for Porto, said so.", True),
        ("\u201cWe are ready,\u201d said chief executive Ana Ruiz.", True),  # a lower-case job right before the name
        ("Harbour's Ana Ruiz spoke first.", True),  # an owner before it
        ("Ana Ruiz (Labour) spoke first.", True),
        ("Ruiz said the port was busy.", False),
        ("Ruiz, and then Baker, spoke.", False),
        ("The port is busy, said Ruiz, who added that it would grow.", False),
    ],
)
def test_what_says_who_someone_is(text: str, says: bool) -> None:
    from qa.answer_types import introduces

    assert introduces(("Ruiz", "Baker"), text) is says


def test_who_is_a_person_asks_where_the_article_says_who_they_are(tmp_path: Path) -> None:
    article = (
        "Title: Harbour to reopen\n\n"
        "The harbour will reopen in 2027 after repairs to the sea wall. "
        "\u201cThe wall is finally safe,\u201d said Ana Ruiz, head of planning at the harbour board. "
        "Ruiz said ferries to Porto would resume in May.\n"
    )
    qa = QA(tmp_path / "corpus", tmp_path / "index", embedder=FakeEmbedder(), settings=Settings(min_answer_score=0.99))
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "harbour.txt").write_text(article, encoding="utf-8")
    assert _question(qa, "Who is Ana Ruiz?").kind == "identity"
    assert _question(qa, "Who is the mayor?").kind == "who"
    assert _question(qa, "Who is Tom Baker?").kind == "who"  # no such person in the articles
    answer = qa.ask("Who is Ana Ruiz?")
    assert answer.found and "head of planning" in answer.answer.text  # found below the floor: it says who she is
    assert not qa.ask("Who is Tom Baker?").found


@pytest.mark.parametrize(
    "question, sentence, unmet",
    [
        ("When will the trial end?", "The trial began on Friday in Moscow.", True),  # what happened gives no time to come
        ("When will the trial end?", "The trial is expected to end in May.", False),
        ("When will the trial end?", "The verdict will come next week.", False),
        ("When will power return?", "Engineers expect to restore it by Sunday evening.", False),
        ("When is the report due?", "The report was published in 2004.", True),
        ("When did the trial end?", "The trial ended on Friday.", False),  # not a question about the future
        ("When is the board next due to meet?", "Fares rose due to a combination of cold weather and strikes.", True),  # because of
        ("When is the board next due to meet?", "Fares rose due to rising fuel costs.", True),
        ("When is the board next due to meet?", "The board is due to meet in May.", False),  # due to + a verb
    ],
)
def test_a_when_will_question_needs_a_time_to_come(question: str, sentence: str, unmet: bool) -> None:
    from qa.answer_types import future_unmet

    assert future_unmet(question, sentence) is unmet


@pytest.mark.parametrize(
    "question, spelt",
    [
        ("What did the Port Authorify say?", "What did the Port Authority say?"),  # a letter changed
        ("What did Ana Ruis say?", "What did Ana Ruis say?"),  # too short to tell a slip from another name
        ("When will ferries reach Protu?", "When will ferries reach Protu?"),  # four letters: left alone
        ("When did Councillor Bakre speak?", "When did Councillor Baker speak?"),  # two letters swapped
        ("Is the Harbur open?", "Is the Harbour open?"),  # a letter dropped
        ("Where do the Bakers live?", "Where do the Bakers live?"),  # a letter at the end makes another word
        ("Where is Haker from?", "Where is Haker from?"),  # ... and so does a first letter
    ],
)
def test_a_misspelt_name_is_read_as_the_name_one_slip_away(harbour: QA, question: str, spelt: str) -> None:
    from qa.question import correct_names

    assert correct_names(harbour.index, question) == spelt


def test_a_misspelt_name_finds_the_answer_and_the_question_is_kept_as_asked(harbour: QA) -> None:
    answer = harbour.ask("What did Councillor Tom Bakre say about schools?")
    assert answer.question == "What did Councillor Tom Bakre say about schools?"
    assert answer.found and "Tom Baker said the budget" in answer.answer.text
