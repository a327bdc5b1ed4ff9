"""What a quoted person is (``Quote.role``), in the article's words: the title written before the name
or the description set beside it. Composed articles; each test checks the role only."""

from __future__ import annotations

from quote_helpers import find, quotes_of

from qa.roles import role_of


def _role(body: str, words: str) -> str | None:
    return find(quotes_of(body), words).role


def test_a_lower_case_title_before_the_name() -> None:
    body = 'Kelso Bank chief executive Ann Roe said profits had doubled. "It was a fine year," she added.'
    assert _role(body, "profits had doubled") == "Kelso Bank chief executive"
    assert _role(body, "fine year") == "Kelso Bank chief executive"  # every quote of hers


def test_a_description_beside_the_name() -> None:
    body = (
        'Tom Hale, chief economist at Harbour Securities, said rates would rise. '
        '"Nobody should be surprised," said Ben Vale, the party\u2019s transport spokesman.'
    )
    assert _role(body, "rates would rise") == "chief economist at Harbour Securities"
    assert _role(body, "Nobody should be surprised") == "the party\u2019s transport spokesman"


def test_a_description_after_honours_or_ending_the_sentence_or_before_a_relative_clause() -> None:
    assert _role("Tom Hale MP, Labour\u2019s health spokesman, said the vote was safe.", "vote was safe") == "Labour\u2019s health spokesman"
    assert _role("Demand was strong, said Ann Roe, Kelso Motors\u2019 sales director.", "Demand was strong") == "Kelso Motors\u2019 sales director"
    body = "Ann Roe, head of research at Kelso Bank who joined in May, said rates would fall."
    assert _role(body, "rates would fall") == "head of research at Kelso Bank"


def test_a_title_with_and_or_of_and_a_job_of_something() -> None:
    assert _role("Work and Pensions Secretary Ann Roe said the scheme would end.", "scheme would end") == "Work and Pensions Secretary"
    assert _role("Bank of Kelso governor Tom Hale said inflation was low.", "inflation was low") == "Bank of Kelso governor"
    assert _role("Later, Kelso\u2019s minister of sport Ana Ruiz said the stadium was safe.", "stadium was safe") == "Kelso\u2019s minister of sport"


def test_no_role_from_words_that_are_no_title() -> None:
    # not a sentence's first word, a verb, an age, a relative clause, or another person's title
    assert _role("But striker Tom Hale said he would stay.", "would stay") == "striker"
    assert _role("The fans cheered as Tom Hale said he would stay.", "would stay") is None
    assert _role("Tom Hale, 45, said he would stay.", "would stay") is None
    assert _role("Tom Hale, who joined in May, said he would stay.", "would stay") is None
    assert _role("It followed the withdrawal of tycoon Tom Hale, who said he was tired.", "was tired") == "tycoon"
    text = "Defence Secretary Ann Roe and Prime Minister Tom Hale met. Tom Hale said the talks went well."
    assert role_of(text, "Tom Hale") == "Prime Minister"


def test_a_title_the_quote_reader_cut_short_is_given_whole() -> None:
    body = "Trade and Industry Secretary Ann Roe said the plan was fair."
    assert _role(body, "plan was fair") == "Trade and Industry Secretary"


def test_bodies_get_no_role() -> None:
    body = "Harbour Securities chief executive Ann Roe spoke first. Kelso Bank said that profits had risen by 5%."
    assert find(quotes_of(body), "profits had risen").role is None


def test_an_office_listing_what_it_covers_and_an_ics_word_stay_whole() -> None:
    body = "Culture, Media and Sport Secretary Ann Roe said the licence fee would stay."
    assert _role(body, "licence fee would stay") == "Culture, Media and Sport Secretary"
    body = "Kelso Party economics spokesman Tom Hale said taxes would rise."
    assert _role(body, "taxes would rise") == "Kelso Party economics spokesman"
    assert _role("Rates rose in 2003 and President Ann Roe said that growth was slow.", "growth was slow") == "President"


def test_words_before_a_name_that_name_no_job_are_no_role() -> None:
    # the quote reader's capitalised run before a name: a place adjective, a ranking, a body
    assert _role("Frankfurt-based Tom Hale said the bid was fair.", "bid was fair") is None
    assert _role("In a speech to the Kelso Policy Centre Tom Hale said the plan was fair.", "plan was fair") is None
    assert _role("Mr Justice Hale said the ruling stood.", "ruling stood") == "Mr Justice"


def test_a_description_opening_the_sentence_before_the_name() -> None:
    body = "The Herald\u2019s correspondent in Kelso, Ann Roe, said the count was slow."
    assert _role(body, "count was slow") == "The Herald\u2019s correspondent in Kelso"
    body = "A spokesman for Kelco, Tom Hale, said that the plant would close."
    assert _role(body, "plant would close") == "A spokesman for Kelco"
    assert _role("In Kelso, Tom Hale said the plant would close.", "plant would close") is None
