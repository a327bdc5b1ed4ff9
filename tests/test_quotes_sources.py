"""Reported speech and organisation speakers as news writes them, one composed article per rule.

Like ``test_quotes_patterns.py``: invented people, bodies and places; each test checks only what its
rule decides (whether words are a quote, whose, and of which kind).
"""

from __future__ import annotations

from functools import partial

import quote_helpers
from quote_helpers import find, not_quoted, speaker

quotes_of = partial(quote_helpers.quotes_of, headline="Harbour plan divides town")


# -- names ---------------------------------------------------------------------------------------
def test_an_owner_before_a_name_is_no_part_of_it():
    qs = quotes_of(
        """Dunmore's Lena Okafor denied that the club had broken any rule. The row came before Dunmore's Premiership fixture with Kelso. "We have nothing to hide," she said."""
    )
    assert speaker(qs, "the club had broken any rule") == "Lena Okafor"
    assert speaker(qs, "nothing to hide") == "Lena Okafor"


def test_a_party_word_before_a_name_is_no_part_of_it():
    qs = quotes_of(
        """Public borrowing fell again last year.

Under Mr Hale's rules, borrowing must fall each year. The chancellor said the rules had worked.

Conservative Mark Ellery asked Mr Hale whether the figures had been changed. Fellow Tory Ruth Ingram said the plan was "a fiction"."""
    )
    assert speaker(qs, "the rules had worked") == "Hale"
    assert speaker(qs, "whether the figures had been changed") == "Mark Ellery"
    assert speaker(qs, "the plan was") == "Ruth Ingram"


def test_a_kind_of_body_before_its_name_opening_a_sentence():
    qs = quotes_of("""Bookmaker Fennick Bet said it would keep taking bets on the final.""")
    assert speaker(qs, "keep taking bets") == "Fennick Bet"


def test_a_person_from_a_body_is_the_person():
    qs = quotes_of(
        """Ines Moreau from the Harbour Trust said the quay was unsafe. Later Mr Dorr from Lakeside Research said the repairs would take a year."""
    )
    assert speaker(qs, "the quay was unsafe") == "Ines Moreau"
    assert speaker(qs, "the repairs would take a year") == "Dorr"


def test_a_peer_s_place_is_part_of_his_name():
    qs = quotes_of(
        """Lord Hale of Dunmore, who led the review, said: "The rules are out of date." Lord Hale later said the board should act. Ms Reed said Lord Hale was right."""
    )
    assert {q.speaker for q in qs} == {"Lord Hale of Dunmore", "Reed"}
    assert speaker(qs, "the board should act") == "Lord Hale of Dunmore"


def test_a_knight_called_by_his_first_name_is_the_knight_named_in_full():
    qs = quotes_of(
        """Former health minister Sir Alan Pruett has stood down. Sir Alan said the decision had been hard. "I leave with no regrets," he said."""
    )
    assert speaker(qs, "the decision had been hard") == "Alan Pruett"
    assert speaker(qs, "no regrets") == "Alan Pruett"


def test_a_first_initial_is_part_of_the_full_name():
    qs = quotes_of(
        """Games designer K. Varga said the new console was quieter. Later Mr Varga said it would sell well. Engineer T Holm said the chips ran cool, and Mr Holm added that prices would fall. A Lakeside spokesman said sales were strong."""
    )
    assert speaker(qs, "the new console was quieter") == "K. Varga"
    assert speaker(qs, "it would sell well") == "K. Varga"
    assert speaker(qs, "the chips ran cool") == "T Holm"
    assert speaker(qs, "prices would fall") == "T Holm"
    assert speaker(qs, "sales were strong") == "a Lakeside spokesman"
    qs = quotes_of("""He starred in a film about Malcolm X. Ann Reyes said he had been kind.""")
    assert speaker(qs, "he had been kind") == "Ann Reyes"


def test_a_capitalised_title_ending_in_an_occupation_is_no_part_of_the_name():
    qs = quotes_of(
        """Dunmore Post Political Editor Ruth Kane said the figures looked bad. Ms Kane added that ministers were worried. Actress Minnie Vale Driver said she was delighted."""
    )
    assert speaker(qs, "the figures looked bad") == "Ruth Kane"
    assert speaker(qs, "ministers were worried") == "Ruth Kane"
    assert speaker(qs, "she was delighted") == "Minnie Vale Driver"


def test_a_club_s_name_is_no_person_and_its_short_form_no_surname():
    qs = quotes_of(
        """Sean Moran is ready to commit his long-term future to Dunmore City after turning his career around.

He was once dropped by City boss Ian Lowe but has since responded with strong displays. Early talks have taken place and the defender said: "I want to stay here." """
    )
    assert speaker(qs, "I want to stay here") == "Sean Moran"


# -- organisations and unnamed sources -----------------------------------------------------------
def test_a_plural_of_people_speaks_as_a_group_not_as_the_person_named_before():
    qs = quotes_of(
        """Harbour minister Tom Hale lost the appeal on Monday. The law lords said his ban on night fishing was unlawful."""
    )
    assert speaker(qs, "his ban on night fishing was unlawful") == "the law lords"


def test_a_body_named_with_a_lower_case_word_and_its_pronoun():
    qs = quotes_of(
        """The Association of Welsh farmers warned that feed prices would double. It said smaller farms would suffer most."""
    )
    assert speaker(qs, "feed prices would double") == "the Association of Welsh farmers"
    assert speaker(qs, "smaller farms would suffer") == "the Association of Welsh farmers"


def test_a_body_with_its_acronym_and_a_relative_clause():
    qs = quotes_of(
        """The plan is backed by the Road Haulage Forum (RHF), who say lorries wait too long at the port."""
    )
    assert "Road Haulage Forum" in speaker(qs, "lorries wait too long")


def test_a_spokesman_for_a_body_described_by_a_relative_clause():
    qs = quotes_of(
        """A spokesman for the Guild of Bakers (GoB) which represents small shops said the tax was unfair. "Bakeries will close," he said."""
    )
    assert speaker(qs, "the tax was unfair") == "a spokesman for the Guild of Bakers"
    assert speaker(qs, "Bakeries will close") == "a spokesman for the Guild of Bakers"


def test_on_the_inside_a_body_name():
    qs = quotes_of("""A spokesman for the Summit on the Future of Cities said the deadline would hold.""")
    assert "Summit on the Future of Cities" in speaker(qs, "the deadline would hold")


def test_the_same_unnamed_source_named_again_with_its_body():
    qs = quotes_of(
        """A Riverside Zoo spokeswoman said the bears were healthy. Riverside Zoo's spokeswoman said: "The enclosure will reopen on Friday." """
    )
    assert speaker(qs, "The enclosure will reopen") == "a Riverside Zoo spokeswoman"


def test_a_source_first_named_where_it_does_not_speak_keeps_that_name():
    qs = quotes_of(
        """A Riverside Zoo spokeswoman was "confident" the bears were healthy. Riverside Zoo's spokeswoman said: "The enclosure will reopen on Friday."

Ken Holt opened the fair. The mayor's spokesman set out Mr Holt's view on the fees. Mr Holt's spokesman said the budget was final."""
    )
    assert speaker(qs, "The enclosure will reopen") == "a Riverside Zoo spokeswoman"
    assert speaker(qs, "the budget was final") == "the mayor's spokesman"


def test_a_band_is_a_body_with_its_own_spokesman():
    qs = quotes_of(
        """Rock band Velvet Owl have cancelled two concerts. The singer was ill, said a Velvet Owl spokesman. The band's spokesman said the tour would resume in May."""
    )
    assert speaker(qs, "the tour would resume") == "a Velvet Owl spokesman"


def test_a_body_itself_warned():
    qs = quotes_of("""The regulator itself has warned that fares could rise by a tenth.""")
    assert speaker(qs, "fares could rise") == "the regulator"


def test_a_newspaper_reported():
    qs = quotes_of(
        """Grain stocks are likely to run short by spring, the Valley Courier reported. The mill reported profits of £5m."""
    )
    assert "Valley Courier" in speaker(qs, "Grain stocks are likely to run short")
    assert not_quoted(qs, "profits of £5m")


# -- reported speech -----------------------------------------------------------------------------
def test_a_ruling_is_what_a_jury_or_tribunal_says():
    qs = quotes_of(
        """A jury ruled that the harbour master had lied. The harbour board broke its lease, the tribunal has ruled. The mayor ruled out a new vote."""
    )
    assert speaker(qs, "the harbour master had lied") == "a jury"
    assert speaker(qs, "The harbour board broke its lease") == "the tribunal"
    assert not_quoted(qs, "a new vote")


def test_coordinated_speech_verbs_each_report_their_own_clause():
    qs = quotes_of(
        """The agency said that most ports supported the change and stressed that money was available to help them."""
    )
    assert find(qs, "most ports supported the change").text == "most ports supported the change"
    assert speaker(qs, "money was available") == "the agency"


def test_plain_verbs_after_plural_subjects():
    qs = quotes_of(
        """Supporters of the plan claim it will cut traffic. It will also bring jobs to the coast, advocates argue. A city council claim accusing the port of delay was dropped. The mayor refused to deny the report."""
    )
    assert speaker(qs, "it will cut traffic") == "Supporters of the plan"
    assert speaker(qs, "bring jobs to the coast") == "advocates"
    assert not_quoted(qs, "accusing the port of delay")
    assert not_quoted(qs, "the report")


def test_a_speaker_after_the_verb_closing_a_long_sentence():
    qs = quotes_of(
        """Many of the valley's farms, such as Hollin and Greave, do not insure their crops against floods, said a local insurance broker."""
    )
    assert speaker(qs, "do not insure their crops") == "a local insurance broker"


def test_a_cue_inside_the_sentence_with_words_on_both_sides():
    qs = quotes_of(
        """Delays like these happen, said Ravi Patel, because the depots share one network. Two thirds of homes now have broadband, the survey said, and half of them a fast line."""
    )
    assert speaker(qs, "Delays like these happen") == "Ravi Patel"
    assert speaker(qs, "because the depots share one network") == "Ravi Patel"
    assert speaker(qs, "Two thirds of homes") == "the survey"
    assert speaker(qs, "and half of them a fast line") == "the survey"


def test_a_speech_verb_the_speaker_goes_on_with_after_the_cue_reports_the_words_after_it():
    # "The truck market is improving, Kelco said, but warned that it was not gaining …": the words after
    # the cue are those "warned" reports, without "but warned that".
    qs = quotes_of("""The truck market is improving, Kelco said, but warned that it was not gaining since most trade was in containers.""")
    assert find(qs, "not gaining").text == "it was not gaining since most trade was in containers"
    assert speaker(qs, "not gaining") == "Kelco"


def test_a_time_phrase_before_a_cue_with_its_own_object_is_no_speech():
    # "Less than four years after the new car was launched, Kelco has announced £100m of new investment.":
    # the cue has its own object, and the words before it are only a span of time or a clause of time,
    # the article's own; they are no words of Kelco's (but "If …, they could face a fine, the agency
    # reported the regulator as saying" has a main clause before the cue, which is the words).
    qs = quotes_of("""Less than four years after the new car was launched, Kelco has announced £100m of new investment. Soon after the plant opened, Kelco announced a new model.""")
    assert not_quoted(qs, "new car was launched")
    assert not_quoted(qs, "plant opened")
    qs = quotes_of("""If the men are found guilty, they could face a fine, the agency reported the regulator as saying.""")
    assert find(qs, "could face a fine").text == "If the men are found guilty, they could face a fine"


def test_a_backshifted_sentence_goes_on_with_reported_speech():
    qs = quotes_of(
        """Engineer Paul Varga said the bridge needed repairs. As a result, it was closing to lorries until May.

Councillor Dana Ruiz said the bill was too high. Her remarks did not please Mayor Tom Ashe."""
    )
    q = find(qs, "it was closing to lorries")
    assert (q.speaker, q.kind) == ("Paul Varga", "reported")
    assert not_quoted(qs, "did not please")


def test_a_backshifted_past_perfect_goes_on_with_reported_speech():
    qs = quotes_of(
        """Dunmore Mining said it was making progress at its pits. It had introduced new shift patterns and a safety review.

The firm said output rose in May. It had been hit by a strike in March."""
    )
    q = find(qs, "It had introduced new shift patterns")
    assert (q.speaker, q.kind) == ("Dunmore Mining", "reported")
    assert not_quoted(qs, "hit by a strike")  # a passive: the article's own report


def test_a_backshifted_sentence_may_open_with_a_short_fronted_phrase():
    qs = quotes_of(
        """Games chief Ray Lane said the console had to be easy to use. To this end the firm was building chat into the machine. For players this focus on ease of use would mean one simple menu.

Ms Ode said the pubs had to be closed. "They cannot go on like this," she said. Under Dunmore's plan, the closure orders would be used only with the council's consent."""
    )
    assert speaker(qs, "the firm was building chat") == "Ray Lane"
    assert speaker(qs, "one simple menu") == "Ray Lane"
    assert not_quoted(qs, "closure orders would be used")  # the article's own account of a plan


def test_a_backshifted_sentence_about_a_thing_named_after_the_goes_on():
    qs = quotes_of(
        """Games chief Ray Lane said the console had to be easy to use. The Zonebox would also support online play.

Pop star Lia Renn said she had loved the tour. The Kelso Arena was sold out for a week."""
    )
    assert speaker(qs, "would also support online play") == "Ray Lane"
    assert not_quoted(qs, "was sold out")  # a passive: the article's own report


def test_a_fronted_date_before_the_reported_clause():
    qs = quotes_of("""The inquiry's report says on 3 May the minister met the developers.""")
    assert "the minister met the developers" in find(qs, "the minister met the developers").text


def test_noun_phrases_after_speech_verbs_are_no_quotes():
    qs = quotes_of(
        """Mayor Lidia Sorel reiterated calls for an inquiry into the port. The union has denied the claims, made in a leaked memo. Councillor Joe Amis repeated his party's calls for a vote. Residents saw figures which revealed how the money was spent. Harbour pilots asked for a meeting to make sure ships could dock. The town continued to be divided."""
    )
    assert not_quoted(qs, "an inquiry into the port")
    assert not_quoted(qs, "made in a leaked memo")
    assert not_quoted(qs, "a vote")
    assert not_quoted(qs, "how the money was spent")
    assert not_quoted(qs, "a meeting")
    assert not_quoted(qs, "to be divided")


def test_he_goes_on_through_a_sentence_with_no_quote():
    qs = quotes_of(
        """Athlete Tom Brisco says he will run in the spring meetings. He has confirmed his place in the final in Leeds, where he will meet another member of the relay team, Jon Hale. He added: "I feel stronger than last year." """
    )
    assert speaker(qs, "I feel stronger") == "Tom Brisco"


def test_he_goes_on_through_a_sentence_that_names_someone_else():
    qs = quotes_of(
        """Union leader Tom Brisco said the talks had stalled. He did not think Mr Hale wanted a strike. But he warned that members would walk out in May."""
    )
    assert speaker(qs, "members would walk out") == "Tom Brisco"


def test_the_committee_is_the_one_named_before_that_never_spoke():
    qs = quotes_of(
        """The farm subsidy plan was questioned by the Select Committee on Rural Affairs. In a report published in May the cross-party committee said the scheme was unfair to tenants."""
    )
    assert speaker(qs, "the scheme was unfair") == "Select Committee on Rural Affairs"


def test_it_after_a_report_that_heads_a_sentence_is_the_report():
    qs = quotes_of(
        """The Hale Institute warned that taxes must rise. Earlier this month, accountancy firm Reed & Cole said the forecasts were too rosy. Other than its warning on taxes, the Hale Institute report was upbeat about trade. It said growth would pick up in the spring."""
    )
    assert speaker(qs, "growth would pick up") == "the Hale Institute report"
    assert speaker(qs, "taxes must rise") == "Hale Institute"


def test_they_in_a_clause_hanging_on_the_main_one_is_its_subject():
    qs = quotes_of(
        """The council said the parking plan would start in May. Shop owners had opposed the plan as they said it would drive buyers away."""
    )
    assert speaker(qs, "drive buyers away") == "Shop owners"


def test_speech_nobody_in_the_article_owns():
    qs = quotes_of(
        """Coach Ada Lind has denied reports that she will leave the club in May. There had been newspaper speculation that the board wanted a change. Lind's claims that the squad was united were repeated. Northfield reports that ticket sales have doubled."""
    )
    q = find(qs, "she will leave the club")
    assert (q.speaker, q.kind) == ("reports", "reported")
    assert speaker(qs, "the board wanted a change") == "newspaper speculation"
    assert speaker(qs, "the squad was united") == "Ada Lind"
    assert not_quoted(qs, "ticket sales have doubled") or speaker(qs, "ticket sales have doubled") != "reports"


def test_more_speech_nobody_in_the_article_owns():
    qs = quotes_of(
        """The store is fighting plans amid allegations it forces rivals out of business. Two men pleaded guilty to charges that they sold fake tickets. The fair has received criticism that it has become too commercial. The charges are quite low."""
    )
    for words in ("it forces rivals out of business", "they sold fake tickets", "it has become too commercial"):
        q = find(qs, words)
        assert (q.text, q.kind) == (words, "reported")
    assert not_quoted(qs, "quite low")


def test_speech_nobody_owns_with_no_that_before_its_clause():
    qs = quotes_of(
        """The fare cut has prompted speculation other ferry firms will be forced to follow. There was speculation the two mayors were trying to outdo each other. Ms Hart joined calls for an inquiry into claims Lord Hale's letter to the council was written by an aide. The speculation the firm has faced is unfair."""
    )
    for words in (
        "other ferry firms will be forced to follow",
        "the two mayors were trying to outdo each other",
        "Lord Hale's letter to the council was written by an aide",
    ):
        q = find(qs, words)
        assert (q.text, q.kind) == (words, "reported")
        assert q.speaker in {"speculation", "claims"}
    # the noun with a relative clause after it ("the speculation (that) the firm has faced") is no speech
    assert not_quoted(qs, "the firm has faced")


def test_a_pronoun_opening_an_article_that_lost_its_name():
    qs = quotes_of(
        """Budget talks resume today

But he denied that he was ruling out a cut in fuel duty. Mr Ross said the tax system needed reform.

Treasury minister Alan Ross has faced calls from his party to act."""
    )
    assert speaker(qs, "ruling out a cut in fuel duty") == "Alan Ross"


def test_a_pronoun_deep_in_an_article_never_reaches_forward():
    qs = quotes_of(
        """The harbour opened a new berth this week.

Ferries will use it from June. Crews were trained over the winter. "The berth is the best on the coast," he told the paper. Captain Rosa Vane will take the first sailing."""
    )
    assert not any(q.speaker == "Rosa Vane" for q in qs if "best on the coast" in q.text)


def test_an_acronym_is_no_pronoun_in_a_subject():
    qs = quotes_of("""The US government rejected the charges, saying it had followed every rule.""")
    assert speaker(qs, "it had followed every rule") == "the US government"


def test_an_unnamed_woman_is_not_the_article_s_star():
    qs = quotes_of(
        """Singer Rafe Colton is being sued by a woman over a concert in Leeds. The woman said she was pushed from the stage. Colton said the claim was false."""
    )
    assert speaker(qs, "she was pushed from the stage") == "the woman"
    assert speaker(qs, "the claim was false") == "Rafe Colton"


def test_are_also_accused_names_no_speaker():
    qs = quotes_of("""All five directors, along with two others, are also accused of breaking safety laws.""")
    assert not_quoted(qs, "breaking safety laws")


def test_an_adverb_between_subject_and_verb():
    qs = quotes_of("""Councillor Nora Quist separately said she had voted against the sale.""")
    assert speaker(qs, "she had voted against the sale") == "Nora Quist"


def test_that_as_a_determiner_after_denied():
    qs = quotes_of(
        """Minister Carl Foy was quoted as saying the port was "finished". Mr Foy directly denied that quote on Monday."""
    )
    assert not_quoted(qs, "quote on Monday")


def test_called_for_a_noun_with_to_is_no_complement():
    qs = quotes_of(
        """Councillor Ivo Mares also called for a change to the parking rules. He urged the council to act before winter."""
    )
    assert not_quoted(qs, "a change to the parking rules")
    assert speaker(qs, "the council to act before winter") == "Ivo Mares"


def test_an_emphatic_do_before_a_plain_speech_verb():
    qs = quotes_of("""Coach Elin Dahl did, however, admit that the team had lost its way.""")
    assert speaker(qs, "the team had lost its way") == "Elin Dahl"


def test_a_quote_its_cue_opened_is_not_closed_by_the_next_sentence():
    qs = quotes_of(
        """A new book by writer Rob Tully says mayor Ann Grey told her deputy: "I will never trust you again." Ms Grey firmly denied that remark on Monday. She insisted the two worked well together."""
    )
    assert speaker(qs, "the two worked well together") == "Ann Grey"


def test_a_person_after_a_fronted_adverbial_and_an_aside():
    qs = quotes_of(
        """After the vote, union treasurer Owen Pryce, of Neath, said it was vital that fees stayed low."""
    )
    q = find(qs, "vital that fees stayed low")
    assert q.speaker == "Owen Pryce"
    assert q.text.startswith("it was vital")


def test_events_and_places_are_no_people_for_a_pronoun():
    qs = quotes_of(
        """Runner Tom Akers will race at the Glasgow Grand Prix after the Rome Marathon. "I feel strong again," he said."""
    )
    assert speaker(qs, "I feel strong again") == "Tom Akers"


def test_a_quoted_fragment_ending_a_reported_sentence_before_its_cue():
    qs = quotes_of(
        """The council will have to raise rents if it wants to keep its "balanced budget", a report suggests. Repairs could cost a fraction of the "millions spent on the old pier," said surveyor Ana Ruiz."""
    )
    q = find(qs, "balanced budget")
    assert (q.speaker, q.kind) == ("a report", "reported")
    assert q.text.startswith("The council will have to raise rents")
    assert find(qs, "Repairs could cost").speaker == "Ana Ruiz"


def test_forecasts_and_estimates_report_what_was_said():
    qs = quotes_of(
        """Investment bank Halden Read has forecast that exports will grow by a tenth. Analyst Jo Marsh estimates that prices will fall. Growth beat IMF forecasts again this year."""
    )
    assert speaker(qs, "exports will grow") == "Halden Read"
    assert speaker(qs, "prices will fall") == "Jo Marsh"
    assert not_quoted(qs, "again this year")


def test_an_ampersand_inside_a_firm_s_name():
    qs = quotes_of("""Accountancy firm Baines & Carter said that the forecasts were too optimistic.""")
    assert speaker(qs, "the forecasts were too optimistic") == "Baines & Carter"


def test_a_plural_kind_of_body_as_a_sentence_subject():
    qs = quotes_of("""Airlines have attacked the new rules, saying they could push fares higher.""")
    assert speaker(qs, "they could push fares higher") == "Airlines"


def test_a_surname_that_is_also_a_month():
    qs = quotes_of(
        """Shadow minister Helen May, speaking on radio, told listeners that the plans were "thin". She said a new government would "start again"."""
    )
    assert speaker(qs, "the plans were") == "Helen May"
    assert speaker(qs, "a new government would") == "Helen May"


def test_a_backshifted_sentence_with_quoted_fragments_goes_on():
    qs = quotes_of(
        """Judges rarely use jail, as it was seen as a "last resort", a court spokesman said. The aim of the new law was to give a "middle range" of penalties."""
    )
    q = find(qs, "The aim of the new law")
    assert (q.speaker, q.kind) == ("a court spokesman", "reported")


def test_a_subject_pronoun_after_warned_opens_the_clause():
    qs = quotes_of(
        """Bakery chain Dunloe Foods had a difficult year. It also warned it might have to restate its results. The firm said sales had fallen in the spring, and warned it might need to borrow more money."""
    )
    assert speaker(qs, "it might have to restate its results") == "Dunloe Foods"
    assert find(qs, "it might need to borrow more money").kind == "reported"


def test_alleging_reports_what_was_said():
    qs = quotes_of(
        """During the strike, the union sued the port alleging that the new shifts broke its contract. Governor Paul Tarrant has rejected any pay rise, alleging this would ruin the port's finances."""
    )
    assert find(qs, "the new shifts broke its contract").kind == "reported"
    assert speaker(qs, "this would ruin the port") == "Paul Tarrant"


def test_a_phrase_between_the_verb_and_that():
    qs = quotes_of(
        """Farmer Rhys Cole claimed in the Valley Gazette that a council officer had lied to him. Ana Ruiz said in an interview with the Herald that the plan would fail."""
    )
    assert find(qs, "a council officer had lied to him").speaker == "Rhys Cole"
    assert find(qs, "the plan would fail").text == "the plan would fail"


def test_a_speech_verb_in_an_aside_before_said_and_a_colon():
    qs = quotes_of(
        """Rhys Cole was freed last month. Mr Cole, who insists he does not feel angry, said: "I have lost two years of my life." """
    )
    assert speaker(qs, "he does not feel angry") == "Rhys Cole"
    q = find(qs, "I have lost two years")
    assert (q.speaker, q.kind) == ("Rhys Cole", "direct")


def test_a_share_of_those_asked_with_a_plain_verb():
    qs = quotes_of("""Firms that move abroad are not driven by cost alone. Half of them argue that workers abroad offer better skills.""")
    q = find(qs, "workers abroad offer better skills")
    assert (q.speaker, q.kind) == ("Half of them", "reported")


def test_a_poll_and_the_shares_of_those_it_asked_speak():
    qs = quotes_of(
        """Seven out of 10 drivers do not trust speed cameras, a new poll conducted for the paper suggests.

And 64% of the 2,000 drivers quizzed by Pollmark said the cameras did not cut accidents. Some 58% said fines were too high, while 41% said they never saw the signs. Just under a third of respondents (31%) said cameras should be scrapped altogether."""
    )
    assert speaker(qs, "drivers do not trust speed cameras") == "a new poll conducted for the paper"
    assert speaker(qs, "the cameras did not cut accidents") == "64% of the 2,000 drivers quizzed by Pollmark"
    assert find(qs, "fines were too high").text == "fines were too high"
    assert speaker(qs, "fines were too high") == "Some 58%"
    assert speaker(qs, "they never saw the signs") == "41%"
    assert speaker(qs, "cameras should be scrapped") == "Just under a third of respondents (31%)"


def test_a_claim_noun_with_a_clause_and_no_that():
    qs = quotes_of("""The coach doubted Dale Hart's claims he had torn a hamstring in the heats.""")
    assert speaker(qs, "he had torn a hamstring") == "Dale Hart"


def test_admitted_with_a_gerund_clause():
    qs = quotes_of(
        """Kay Dale was banned in May and has admitted taking the stimulant. Tom Reed denied wrongdoing in the case. He denied having met the agent in Paris."""
    )
    assert speaker(qs, "taking the stimulant") == "Kay Dale"
    assert find(qs, "having met the agent").kind == "reported"
    assert not_quoted(qs, "wrongdoing in the case")


def test_an_acronym_whose_lower_case_is_only_in_a_web_address():
    qs = quotes_of(
        """The fake page copies the Flood Relief Board site at www.frb.org.uk. However, FRB has no link with the page and says it has contacted the police."""
    )
    assert speaker(qs, "it has contacted the police") == "Flood Relief Board"  # spelled out, as it was first named


def test_a_surname_or_first_name_that_is_also_a_common_word():
    qs = quotes_of(
        """Banned runner Nina White says she knew the pills were illegal. Later White said her coach had lied to her. But she added: "It was my own decision."

Chief executive Bill Garrow said profits would fall. "We have a strong case," Mr Garrow said. The Finance Bill was passed on Monday."""
    )
    assert speaker(qs, "she knew the pills were illegal") == "Nina White"
    assert speaker(qs, "her coach had lied") == "Nina White"
    assert speaker(qs, "my own decision") == "Nina White"
    assert speaker(qs, "profits would fall") == "Bill Garrow"
    assert speaker(qs, "a strong case") == "Bill Garrow"


def test_two_bodies_one_with_its_kind_and_a_title_with_and():
    qs = quotes_of(
        """Shops got a lift from bargain hunters but trading then slowed, the Traders Guild and accountants Moray Hale said.

"A quiet month is the best way to rebuild stock," Fenwick Retail sales and marketing manager Lia Ortiz said."""
    )
    assert find(qs, "trading then slowed").speaker == "Traders Guild and accountants Moray Hale"
    assert speaker(qs, "the best way to rebuild stock") == "Lia Ortiz"


def test_according_to_a_source_that_runs_on_to_the_comma():
    qs = quotes_of("""And according to Bureau of Farm Statistics data, milk output in March fell to a ten-year low.""")
    q = find(qs, "milk output in March")
    assert q.speaker == "Bureau of Farm Statistics data"
    assert q.text.startswith("milk output")


def test_more_shares_of_those_a_poll_asked():
    qs = quotes_of(
        """More than half (55%) of the respondents said they feared the tags would track them. Fifty nine percent of people said they worried about their data. The remaining 33% said they could not live without the cards."""
    )
    assert speaker(qs, "feared the tags") == "More than half (55%) of the respondents"
    assert speaker(qs, "worried about their data") == "Fifty nine percent of people"
    assert speaker(qs, "could not live without") == "the remaining 33%"


def test_a_closing_cue_after_a_clause_with_a_bracketed_acronym():
    qs = quotes_of("""Shoppers are worried about radio tracking (RFT) tags in stores, a survey says.""")
    q = find(qs, "Shoppers are worried")
    assert q.speaker == "a survey"
    assert q.text.endswith("tags in stores")


def test_a_kind_of_body_with_the_before_its_name():
    qs = quotes_of("""Rising fuel costs are hitting small factories hard, business lobby group the Makers Council says.""")
    assert speaker(qs, "Rising fuel costs") == "Makers Council"


def test_a_closing_clause_with_a_present_tense_verb():
    qs = quotes_of("""A file attached to the e-mail contains the worm, the Cyber Unit said.""")
    assert speaker(qs, "contains the worm") == "Cyber Unit"


def test_a_family_speaks_and_a_sheriff_in_a_relative_clause():
    qs = quotes_of(
        """Fiddler Joe Tarrow has died in Memphis at the age of 88, his family has said.

The singer filmed a video in his cell, angering a sheriff who says he was tricked into letting the crew in."""
    )
    assert speaker(qs, "has died in Memphis") == "his family"
    assert speaker(qs, "he was tricked into letting") == "a sheriff"


def test_against_inside_a_group_s_name():
    qs = quotes_of("""But local group Parents Against Speeding said the road should be closed at night.""")
    assert speaker(qs, "the road should be closed") == "Parents Against Speeding"


def test_a_reflexive_before_an_aside_cue_and_a_middle_initial():
    qs = quotes_of(
        """The latest to speak has been Governor Carl J Brandt himself, who told the summit in Lima that he would halve the deficit. Mr Brandt said the plan was on course."""
    )
    assert speaker(qs, "he would halve the deficit") == "Carl J Brandt"
    assert speaker(qs, "the plan was on course") == "Carl J Brandt"


def test_predicted_with_a_noun_phrase_and_claims_as_a_noun():
    qs = quotes_of(
        """Mr Dale had been selling stock and had predicted a slump in the market. No charges were brought over these claims.

Some 95% of insurance claims were for storms last year. Mr Hale claims he was misled by the bank."""
    )
    assert not_quoted(qs, "a slump in the market")
    assert not_quoted(qs, "No charges were brought")
    assert not_quoted(qs, "were for storms")
    assert speaker(qs, "he was misled by the bank") == "Hale"


def test_a_number_of_people_speaking_together():
    qs = quotes_of(
        """A number of large Dunloe shareholders were unhappy with the decision, saying that the offer undervalued the company."""
    )
    assert speaker(qs, "the offer undervalued the company") == "a number of large Dunloe shareholders"


def test_a_name_and_title_before_an_aside_title_with_and():
    qs = quotes_of(
        """Ross Vane, PTV president and veteran campaigner said: "The channel is selling violence to children." A book written by Ann Ruiz QC, a member of Lisle Chambers, says the minister warned the cabinet that the plan was unlawful."""
    )
    assert speaker(qs, "selling violence to children") == "Ross Vane"
    assert speaker(qs, "the minister warned the cabinet") == "Ann Ruiz"


def test_the_company_is_the_firm_named_by_its_shares_or_an_appositive():
    qs = quotes_of(
        """Shares in Dunloe Foods have fallen on Wall Street after the firm revealed a loss.

The company warned the move would cut its profits by a tenth. It also warned it might have to restate its results. Dunloe said errors had forced the move.

Shares in Moray Oil, a UK oil firm, fell 18% after a poor drilling update. The company said tests had shown no finds in its fields."""
    )
    assert speaker(qs, "cut its profits by a tenth") == "Dunloe Foods"
    assert speaker(qs, "restate its results") == "Dunloe Foods"
    assert speaker(qs, "tests had shown no finds") == "Moray Oil"
    assert speaker(qs, "errors had forced the move") == "Dunloe Foods"  # the firm by the first word of its name


def test_a_games_maker_named_as_a_person_stays_a_person():
    qs = quotes_of(
        """Leading British games maker Tom Avery has been made an OBE.

The head of Leeds-based Hollin Studios was given the honour for services to games. Mr Avery said he was surprised. "I never guessed I would get this," he said."""
    )
    assert speaker(qs, "I never guessed").endswith("Avery")  # not the studio he heads


def test_a_closing_cue_after_a_clause_in_the_past_tense():
    qs = quotes_of(
        """Protesters in a number of towns blocked roads and overturned cars, newspapers including El Diario reported."""
    )
    assert speaker(qs, "blocked roads") == "El Diario"


def test_a_station_with_a_number_research_and_a_corporation_speak():
    qs = quotes_of(
        """Radio 9 said the new show would not try to replace the old host. The corporation said the show aims to reach a wider audience.

Small firms ignore the risk of floods until it is too late, new research says. The plot of the novel is laughable, a clergyman has said."""
    )
    assert speaker(qs, "would not try to replace") == "Radio 9"
    assert speaker(qs, "aims to reach a wider audience") == "the corporation"
    assert speaker(qs, "ignore the risk of floods") == "new research"
    assert find(qs, "The plot of the novel").kind == "reported"


def test_speech_with_no_agent():
    qs = quotes_of(
        """A British sailor held abroad for two years plans to sue the navy, it is reported.

Police found the pair handling unsealed ballots in a warehouse, the hearing was told. Ms Vale was told her suspension was a result of "careless" remarks. Drivers are being told to avoid the bridge until Monday. Despite being told he had failed she went on to pass the test. He was told off by the coach."""
    )
    for words in ("plans to sue the navy", "handling unsealed ballots", "her suspension was a result", "to avoid the bridge"):
        q = find(qs, words)
        assert (q.speaker, q.kind) == ("unattributed", "reported")
    assert find(qs, "plans to sue the navy").text.startswith("A British sailor")
    assert not_quoted(qs, "she went on to pass")
    assert not_quoted(qs, "off by the coach")


def test_a_new_subject_after_while_in_a_with_phrase():
    qs = quotes_of(
        """Both states turned down the loan, with Tarvia keeping up its payments while Osland said it would rather rely on its own funds."""
    )
    assert speaker(qs, "rather rely on its own funds") == "Osland"


def test_a_closing_cue_with_the_audience_told():
    qs = quotes_of(
        """The region is drawing huge foreign investment in media, analysts told the Daily Ledger New Media and Broadcasting Conference last week."""
    )
    q = find(qs, "drawing huge foreign investment")
    assert (q.speaker, q.kind) == ("analysts", "reported")


def test_speech_nouns_without_that():
    qs = quotes_of(
        """The chancellor's closest ally has denied suggestions there will be a tax cut in March. The premier backed the plan amid opposition claims he was too hopeful about growth. Mr Hale defended the posters amid Tory claims the posters were "plainly offensive"."""
    )
    assert find(qs, "there will be a tax cut").kind == "reported"
    assert find(qs, "he was too hopeful about growth").speaker == "opposition claims"
    assert find(qs, "the posters were").speaker == "Tory claims"


def test_the_opposition_and_a_band_s_drummer_speak():
    qs = quotes_of(
        """Recent elections were called flawed and the opposition claimed there was widespread vote rigging.

"Bands should struggle a bit before they succeed," singer Gary Lowe and drummer Jon Keel said."""
    )
    assert speaker(qs, "widespread vote rigging") == "the opposition"
    assert find(qs, "Bands should struggle").kind == "direct"


def test_warned_a_named_side_will_is_a_clause():
    qs = quotes_of("""Captain Tane Rua has warned the British and Irish Lions will be his hardest opponents yet.""")
    assert find(qs, "will be his hardest opponents").text.startswith("the British and Irish Lions")


def test_an_inverted_cue_with_its_comma_left_out():
    qs = quotes_of(
        """Other pressures are making banks turn to new systems said Dora Quist, head of research firm Till Data.

She said many machines will have to be upgraded this year. After the meeting ended Mr Lee said John Marr, the chairman, was wrong."""
    )
    q = find(qs, "making banks turn to new systems")
    assert (q.speaker, q.kind) == ("Dora Quist", "reported")
    assert speaker(qs, "many machines will have to be upgraded") == "Dora Quist"
    assert speaker(qs, "the chairman, was wrong") == "Lee"


def test_have_long_denied_and_an_agent_after_the_words():
    qs = quotes_of(
        """The Tarns have long denied their ancestors ignored the treaty. Westfold was unavailable for comment.

Winger Harry Kell may not be fit until March, claims his agent."""
    )
    assert speaker(qs, "their ancestors ignored the treaty") == "Tarns"
    assert not_quoted(qs, "unavailable for comment")
    assert speaker(qs, "may not be fit until March") == "his agent"


def test_a_subject_after_but_before_an_aside():
    qs = quotes_of(
        """The south is a member, but Osland, which holds the north, had previously insisted it would not bow to demands."""
    )
    assert speaker(qs, "it would not bow to demands") == "Osland"


def test_a_pair_speaks_and_more_agentless_cues():
    qs = quotes_of(
        """Singer Dax ended his feud with his protege as the pair said they wanted to set a good example.

Gadget sales will keep growing into next year, delegates at the largest trade show, in Reno, have been told. Users are warned never to open files from strangers."""
    )
    assert speaker(qs, "set a good example") == "the pair"
    assert speaker(qs, "Gadget sales will keep growing") == "unattributed"
    assert speaker(qs, "never to open files") == "unattributed"
    qs = quotes_of("""Staff pretended to be ill and jeered at the managers, researchers from Carlow College were told.""")
    assert speaker(qs, "Staff pretended to be ill") == "unattributed"


def test_a_plural_subject_in_capitals_with_a_plain_verb_after_but():
    qs = quotes_of("""Mr Hale said the plan would work but some MPs argue the costs are too high.""")
    assert find(qs, "the plan would work").text == "the plan would work"
    q = find(qs, "the costs are too high")
    assert (q.speaker.endswith("MPs"), q.kind) == (True, "reported")


def test_who_was_asked_to_do_something_is_an_agentless_request():
    qs = quotes_of(
        """Several players have been asked to appear before the panel. Members, who were asked to vote for a logo, chose the red one. One of them was asked to leave the club by its owner in May."""
    )
    q = find(qs, "to appear before the panel")
    assert (q.speaker, q.kind) == ("unattributed", "reported")
    assert find(qs, "to vote for a logo").text == "to vote for a logo"
    assert not_quoted(qs, "to leave the club")


def test_a_closing_cue_followed_by_a_time_or_place_phrase():
    qs = quotes_of(
        """Lord Benn gave an interview to a weekly magazine. The reason was that it would have weakened the case for the dam, Lord Benn said in his magazine interview, which was conducted by its editor."""
    )
    q = find(qs, "weakened the case for the dam")
    assert (q.speaker, q.kind) == ("Lord Benn", "reported")


def test_praised_someone_for_something():
    qs = quotes_of(
        """But Lord Fenn praised his minister for an "excellent job". Ann Lee praised the plan. The coach was praised by fans for his "calm"."""
    )
    q = find(qs, "excellent job")
    assert (q.speaker, q.kind) == ("Lord Fenn", "reported")
    assert not_quoted(qs, "the plan")
    assert speaker(qs, "calm") == "fans"


def test_a_closing_cue_after_understood_that_and_a_fragment():
    qs = quotes_of(
        """Tom Hale met the president. He understood that "the best hope of peace lies in the spread of trade", Mr Hale told the Gazette newspaper."""
    )
    assert speaker(qs, "the best hope of peace") == "Tom Hale"


def test_no_backshift_into_narration_about_a_named_person_or_a_firm_not_commenting():
    qs = quotes_of(
        """Singer Merle Dane died on Monday. He wrote hits for many stars, his manager said. Dane had heart surgery in 2004 and was also ill with cancer.

The firm said sales fell in the spring. However, the company was unavailable to comment on why it had delayed the news."""
    )
    assert not_quoted(qs, "had heart surgery")
    assert not_quoted(qs, "unavailable to comment")


def test_a_body_introduced_by_its_kind_never_becomes_a_person():
    qs = quotes_of(
        """The state is in a row with water firm Aguas Norte, owned by Veolo.

Minister Julio Vidal said the state would not pay. Aguas Norte told the newspaper Clarin it would not accept any change. Yet he added that he did not like to guess."""
    )
    assert speaker(qs, "it would not accept any change") == "Aguas Norte"
    assert speaker(qs, "he did not like to guess") == "Julio Vidal"


def test_a_coordinated_speech_verb_keeps_the_subject_after_a_fronted_place():
    qs = quotes_of(
        """Speaking in Port Alden, Mr Julio Vidal later denied any tariff rise and insisted that investment was at the centre of the talks."""
    )
    assert speaker(qs, "investment was at the centre") == "Julio Vidal"


def test_a_name_after_the_outlet_told_opens_the_clause():
    qs = quotes_of("""Lewis Hale, a lawyer, told the Daily Ledger website Ford did not deserve any credit for his plea.""")
    assert find(qs, "did not deserve any credit").text.startswith("Ford did not")


def test_subjects_with_an_aside_an_owner_or_a_topic():
    qs = quotes_of(
        """Actress Gena Rowe died in Hove on Saturday morning, her agent said.

A senior barrister who has resigned in protest over the new laws says the system is giving the country a bad name. A leading expert on the Tarvian economy says that the tax plan smacks of desperation. Tessa Lord spoke on Monday. Ms Lord's deputy, Rick Cabot, said the government had been cautious."""
    )
    assert speaker(qs, "Gena Rowe died in Hove") == "her agent"
    assert find(qs, "giving the country a bad name").kind == "reported"
    assert speaker(qs, "smacks of desperation") == "a leading expert on the Tarvian economy"
    assert speaker(qs, "the government had been cautious") == "Rick Cabot"


def test_a_phrase_then_a_pronoun_clause_and_cues_followed_by_as():
    qs = quotes_of(
        """Scott Tull admitted to jurors he was willing to commit fraud. President Luis Mota promised to cut unemployment when he was elected two years ago. Actress Ima Stone won the prize, adding to a list of awards she has won for the role.

Sales are expected to fall next year, Fenix said this week, as it leaves the rental market. A change of course is needed if the country is to prosper, the shadow chancellor said as the conference began."""
    )
    assert speaker(qs, "willing to commit fraud") == "Scott Tull"
    assert not_quoted(qs, "he was elected two years ago")
    assert not_quoted(qs, "she has won for the role")
    assert speaker(qs, "Sales are expected to fall") == "Fenix"
    assert find(qs, "A change of course is needed").kind == "reported"


def test_a_name_before_its_title_with_the():
    qs = quotes_of(
        """"What happens here today we will see next year," Adam Hume, the Daily Ledger's futurologist told the BBC News website."""
    )
    q = find(qs, "What happens here today")
    assert (q.speaker, q.kind) == ("Adam Hume", "direct")


def test_commented_plural_people_and_a_surname_that_is_a_month():
    qs = quotes_of(
        """Guitarist Brian May will tour in April. May said: "The band is rising again from the ashes."

"Skype has spread the word about net phones," commented Broadreach chief executive Magnus Lowe. It was hard to say the inquiry had been open, the judges said. His choice will disappoint some senior party members, who say the party needs him. Sadly comments such as his will make people angry."""
    )
    assert speaker(qs, "rising again from the ashes") == "Brian May"
    assert speaker(qs, "spread the word about net phones") == "Magnus Lowe"
    assert speaker(qs, "the inquiry had been open") == "the judges"
    assert speaker(qs, "the party needs him") == "some senior party members"
    assert not_quoted(qs, "such as his")


def test_documents_speak_and_long_closing_clauses():
    qs = quotes_of(
        """The lawsuit says the singer's drink was spiked at the party. The Commons motion says "any takeover would harm the club's supporters".

The odds now favour a further rise in rates at the next meeting in early February, economists said. On the subject of the club captain and his future, Parry revealed. More recent studies have suggested support for the party has been falling."""
    )
    assert speaker(qs, "drink was spiked") == "the lawsuit"
    assert find(qs, "any takeover would harm").speaker == "the Commons motion"
    assert speaker(qs, "The odds now favour") == "economists"
    assert not_quoted(qs, "the club captain and his future")
    assert speaker(qs, "support for the party has been falling") == "More recent studies"


def test_a_time_phrase_between_subject_and_verb_and_others_speaking():
    qs = quotes_of(
        """Adrian Hilton was sacked. Mr Hilton on Tuesday said he was considering legal action. Bank chief Tessa Marr said earlier this month it would cut 1,900 jobs. Many suggested that the industry needed to embrace file-sharing. Mr Fox said being able to close bars for a day did not make an impact."""
    )
    assert speaker(qs, "considering legal action") == "Adrian Hilton"
    assert find(qs, "it would cut 1,900 jobs").text.startswith("it would")
    assert speaker(qs, "needed to embrace") == "many"
    assert find(qs, "being able to close bars").kind == "reported"


def test_more_poll_shares_and_a_website_told_and_parents_warned():
    qs = quotes_of(
        """A total of 53% of those polled said they had sympathy for him. But nearly half those surveyed said he should return. An average of 44% of respondents said the economy was getting worse.

Details of the plan were agreed at a meeting on Sunday, the Daily Ledger website was told. In one area 800 parents were warned they would receive a fine."""
    )
    assert speaker(qs, "had sympathy for him") == "a total of 53% of those polled"
    assert speaker(qs, "he should return") == "nearly half those surveyed"
    assert speaker(qs, "the economy was getting worse") == "an average of 44% of respondents"
    assert speaker(qs, "Details of the plan were agreed") == "unattributed"
    assert speaker(qs, "they would receive a fine") == "unattributed"


def test_an_initial_and_a_body_before_a_relative_clause():
    qs = quotes_of(
        """Charles A Blixt, vice-president of Reyn Tobacco, said the ruling "transforms" the case. Last year MAB, which opposed the war, urged voters not to back the party."""
    )
    assert speaker(qs, "the ruling") == "Charles A Blixt"
    assert speaker(qs, "voters not to back the party") == "MAB"


def test_more_subjects_a_survey_of_thousands_and_a_firm_with_s():
    qs = quotes_of(
        """Former boss Tom Eade was directly involved in the fraud, his closest associate has told a US court. A spokesman for one US shop said it expected the device to sell out. Most big firms are optimistic about their prospects, a survey of 1,300 bosses suggests. Fenwick's said a merger would create a global player. Violent games should carry larger warnings, the trade and industry secretary has said. The Council of Lenders and the Savers Association all said lending was slowing."""
    )
    assert speaker(qs, "directly involved in the fraud") == "his closest associate"
    assert speaker(qs, "sell out") == "a spokesman for one US shop"
    assert speaker(qs, "Most big firms are optimistic") == "a survey of 1,300 bosses"
    assert speaker(qs, "a merger would create") == "Fenwick"
    assert find(qs, "Violent games should carry").kind == "reported"
    assert find(qs, "lending was slowing").kind == "reported"


def test_a_modal_after_an_inner_cue_and_times_after_the_verb():
    qs = quotes_of(
        """This, said Mr Sloan, should make the system safer. The brewer Fenn Ales said last summer that it was not looking to expand. Rook Games has said in the past it markets its games responsibly. Kai Tane and Piri Wiremu both added tries to the side's tally before the whistle."""
    )
    assert find(qs, "should make the system safer").speaker == "Sloan"
    assert find(qs, "not looking to expand").text.startswith("it was")
    assert speaker(qs, "markets its games responsibly") == "Rook Games"
    assert not_quoted(qs, "tries to the side")


def test_added_that_with_a_to_further_on_still_reports_a_clause():
    # "The paper added that most of the taxes claimed are linked to the firm's exports": a clause after
    # "added" (its "that", or a verb of its own) is words said, even with "to the" a few words on; only
    # a plain object before it is a thing added ("added tries to the side's tally").
    qs = quotes_of(
        """The Kelso Herald reported that tax officials made the demand last year. The paper added that most of the taxes claimed are linked to the firm's exports. Tom Vane added two tries to the side's tally."""
    )
    assert speaker(qs, "linked to the firm's exports") == "Kelso Herald"
    assert not_quoted(qs, "tries to the side")


def test_added_with_a_count_of_things_as_its_object_says_nothing():
    qs = quotes_of(
        """Kelso beat Dunmore 30-10. Fly-half Ian Kerr added four conversions as Kelso stayed top. The firm's chief Ann Lowe added two plants would close next year."""
    )
    assert not_quoted(qs, "four conversions")
    assert speaker(qs, "two plants would close") == "Ann Lowe"


def test_it_finds_a_body_the_article_opens_with_or_cites():
    qs = quotes_of(
        """Pomona has taken more legal action to stop leaks of its new products.

The computer giant has sued three men for putting its software online. It said two versions of the system were leaked in October. Pomona said the men had broken the law.

Stars are joining the project, according to reports in the Hollywood Ledger trade newspaper. It said scripts have been commissioned for a new series."""
    )
    assert speaker(qs, "two versions of the system") == "Pomona"
    assert speaker(qs, "scripts have been commissioned") == "reports in the Hollywood Ledger trade newspaper"


def test_a_surname_or_first_name_opening_a_sentence_is_no_body():
    qs = quotes_of(
        """Tony Blair spoke on Monday. Blair has said the plan was right for its time. Anil Ambani left the board. Anil has said the firm lost its way."""
    )
    assert speaker(qs, "the plan was right") == "Tony Blair"
    assert speaker(qs, "the firm lost its way") == "Anil Ambani"


def test_some_of_those_and_someone_speak():
    qs = quotes_of(
        """Some of those who were banned protested their innocence online and said they were being punished for what others did. One e-mail came from someone who claimed that he had lost his parents in the flood."""
    )
    assert speaker(qs, "they were being punished") == "some of those"
    assert speaker(qs, "he had lost his parents") == "someone"


def test_a_title_before_the_article_names_its_holder():
    qs = quotes_of(
        """Tom Mubo claimed he was beaten in the camp. The home secretary said he would not be launching an inquiry. Later Home Secretary Carl Clement told the radio: "I am not organising an inquiry." """
    )
    assert speaker(qs, "he would not be launching an inquiry") == "Carl Clement"


def test_an_adverb_between_the_auxiliary_and_the_speech_verb():
    qs = quotes_of(
        """The harbour board has always insisted the sale was lawful but local traders argued it was rushed."""
    )
    assert find(qs, "the sale was lawful").text == "the sale was lawful"  # the clause stops before the next cue
    assert speaker(qs, "the sale was lawful") == "the harbour board"
    assert speaker(qs, "it was rushed") == "local traders"


def test_joked_and_tipped_are_speech_verbs():
    qs = quotes_of(
        """Dana Moss, a film critic, saw every film. Five of the seven critics tipped Lena Voss to win best actress. Ms Moss joked: "I have not slept since Christmas." """
    )
    assert find(qs, "Lena Voss to win").kind == "reported"
    assert speaker(qs, "I have not slept") == "Dana Moss"


def test_a_clause_stops_where_another_speakers_cue_begins_after_but():
    qs = quotes_of(
        """Port police claimed Mr Hale ran the ring but his lawyer, Ruth Amis, told the court it was a laughable idea."""
    )
    claimed = find(qs, "Mr Hale ran the ring")
    assert claimed.text == "Mr Hale ran the ring" and claimed.speaker == "Port police"
    assert speaker(qs, "it was a laughable idea") == "Ruth Amis"


def test_a_participle_clause_before_the_subject_is_not_the_speaker():
    qs = quotes_of(
        """Singer Mia Lund arrived late. Waving to the crowd in the rain, the singer signed autographs and joked: "I should have brought a coat." """
    )
    assert speaker(qs, "I should have brought a coat") == "Mia Lund"


def test_an_acronym_is_the_body_the_article_spelled_out():
    qs = quotes_of(
        """The Coastal Fishing Alliance (CFA) met on Friday. The CFA said catches had fallen by a third."""
    )
    assert speaker(qs, "catches had fallen") == "Coastal Fishing Alliance"


def test_a_short_form_is_the_body_the_article_named_in_full():
    qs = quotes_of(
        """Officers of the Dunmore Metropolitan Police searched the harbour on Friday. The Met said two boats had been seized."""
    )
    assert speaker(qs, "two boats had been seized") == "Dunmore Metropolitan Police"


def test_the_country_firm_is_the_firm_the_article_introduced():
    qs = quotes_of(
        """Brelco, the software maker, is hiring. The Dutch firm says it wants to double its staff."""
    )
    assert speaker(qs, "it wants to double its staff") == "Brelco"


def test_he_is_not_the_man_the_words_before_the_cue_name():
    qs = quotes_of(
        """Liberal leader Tom Hale welcomed the result. Mr Ford's first task was to cut the deficit, he said."""
    )
    assert speaker(qs, "first task was to cut the deficit") == "Tom Hale"


def test_with_someone_saying():
    qs = quotes_of("""Shares fell across Europe, with traders saying that profits were likely to slow.""")
    assert speaker(qs, "profits were likely to slow") == "traders"


def test_a_reporter_of_a_paper_in_a_city():
    qs = quotes_of(
        """Rival bids were dropped. But the Herald's Nina Kolar in Riga says most voters believe the sale is now certain."""
    )
    assert speaker(qs, "most voters believe") == "Nina Kolar"


def test_a_full_name_before_a_possessive_title_is_the_surnames_owner():
    qs = quotes_of(
        """The film of Ada Brill's Silver Winter Tales is being made. Brill has denied her books are bleak."""
    )
    assert speaker(qs, "her books are bleak") == "Ada Brill"


def test_a_noun_of_one_sex_after_a_name_gives_the_persons_sex():
    qs = quotes_of(
        """With stage star Vera Lune nominated for best actress, hopes are high. Lune is also the choice of Tom Gale, a magazine editor. He predicted it would be close."""
    )
    assert speaker(qs, "it would be close") == "Tom Gale"


def test_the_same_pronoun_again_in_a_sentence_is_the_same_person():
    qs = quotes_of(
        """Tom Gale edits Screen Weekly. While he tipped Joe Pike to win, he predicted it would be close. "Everything can flip," he told the BBC."""
    )
    assert speaker(qs, "it would be close") == "Tom Gale"
    assert speaker(qs, "Everything can flip") == "Tom Gale"


def test_described_as_pledged_to_and_called_on_a_day():
    qs = quotes_of(
        """Mayor Ana Ruiz has described the sale as a betrayal of the port - and the Herald's Tom Vale in Lisbon says most traders agree. Ms Ruiz has pledged to block the deal. Councillor Ben Ode on Friday called her "reckless"."""
    )
    assert find(qs, "the sale as a betrayal").text == "the sale as a betrayal of the port"
    assert speaker(qs, "the sale as a betrayal") == "Ana Ruiz"
    assert speaker(qs, "most traders agree") == "Tom Vale"
    assert find(qs, "to block the deal").speaker == "Ana Ruiz"
    assert speaker(qs, "reckless") == "Ben Ode"


def test_a_promise_not_to_act_is_reported_speech_too():
    qs = quotes_of(
        """Mayor Tom Hale broke the promise he made in 2001, during which he had pledged not to raise council tax. The harbour party vowed never to sell the pier. Ms Reed promised not only lower fares but a new pier."""
    )
    q = find(qs, "not to raise council tax")
    assert (q.text, q.speaker, q.kind) == ("not to raise council tax", "Tom Hale", "reported")
    assert find(qs, "never to sell the pier").text == "never to sell the pier"
    # "not only …" opens no infinitive
    assert not_quoted(qs, "lower fares")


def test_the_firm_is_the_group_the_article_named():
    qs = quotes_of(
        """Land owned by the Harlow Group will be taken. The Harlow Group said it had not been told. The firm insisted it had obeyed the law."""
    )
    assert speaker(qs, "it had obeyed the law") == "Harlow Group"


def test_backshifted_words_after_a_direct_quote_go_on_with_its_speaker():
    qs = quotes_of(
        """Analyst Rob Tain said the risk was small. "There is no cause for alarm," he said. Risks of infection were small because the networks were closed. The bets were not taken."""
    )
    assert speaker(qs, "Risks of infection were small") == "Rob Tain"
    assert not_quoted(qs, "The bets were not taken")  # a passive: the article's own report


def test_a_market_is_no_person_and_she_is_the_director():
    qs = quotes_of(
        """His views were echoed by Ana Kell, director of the festival's sister event, the Riverside Film Market. "We have been careful," she said."""
    )
    assert speaker(qs, "We have been careful") == "Ana Kell"


def test_an_object_pronoun_says_nothing_of_the_subjects_sex():
    qs = quotes_of(
        """Star Lena Vos has failed a test, minister Paul Dree said. Before Dree named her, Vos said: "I am not worried." Dree said the result was sent on Friday. He conceded Vos might have taken a medicine."""
    )
    assert speaker(qs, "Vos might have taken a medicine") == "Paul Dree"


def test_a_title_nobody_holds_yet_is_the_person_just_named():
    qs = quotes_of(
        """Tom Hale attacked the plans, saying they were absurd. Mr Hale spoke for an hour. Rob Dunn has addressed the conference in private. The Chancellor said the plans would cost billions."""
    )
    assert speaker(qs, "the plans would cost billions") == "Rob Dunn"


def test_a_clause_stops_before_and_promised_and_some_analysts_predict():
    qs = quotes_of(
        """Former civil service chief Lord Hale has attacked the cabinet, accusing it of being obsessed with headlines. Brelco described the step as a new era and promised more patents would be freed. Brelco has said it wants to be first to market and some analysts predict that its console will be out in May."""
    )
    assert speaker(qs, "it of being obsessed") == "Lord Hale"
    assert find(qs, "the step as a new era").text == "the step as a new era"
    assert speaker(qs, "more patents would be freed") == "Brelco"
    assert find(qs, "it wants to be first").text == "it wants to be first to market"
    assert speaker(qs, "its console will be out") == "some analysts"


def test_names_with_an_apostrophe_or_a_particle_and_misspelt_surnames():
    qs = quotes_of(
        """The head of a Roman Catholic group, Dolphy D'Souza, was angry. Mr D'Souza says the film is offensive. Dutch coach Henk Ten Cate said nothing. "It is pathetic," Ten Cate said later. Agent Brian Hassell spoke too. "He wants to stay," said Hassel."""
    )
    assert speaker(qs, "the film is offensive") == "Dolphy D'Souza"
    assert speaker(qs, "It is pathetic") == "Henk Ten Cate"
    assert speaker(qs, "He wants to stay") == "Brian Hassell"


def test_a_person_of_a_body_introduced_by_what_it_is():
    qs = quotes_of(
        """"The vision is a compelling one," said Paul Hofheinz of the Lisbon Council, a Brussels-based citizen action group."""
    )
    assert speaker(qs, "The vision is a compelling one") == "Paul Hofheinz"


def test_someones_agent_is_the_person_named_next():
    qs = quotes_of(
        """Rivaldo's agent has confirmed that the player wants talks with the club.

Tom Bale says no offer has been made. The agent also stressed that nothing should be read into the visit."""
    )
    assert speaker(qs, "the player wants talks") == "Tom Bale"
    assert speaker(qs, "nothing should be read into") == "Tom Bale"


def test_a_concession_after_the_cue_is_the_articles_and_a_noun_is_no_cue():
    qs = quotes_of(
        """Tory leader Tom Hale spoke in Leeds. The plans would cut numbers sharply, he said, although he could not give a figure. Mr Hale said the scheme would smash the gangs. There would be a yearly limit and all claims would be heard abroad."""
    )
    assert find(qs, "would cut numbers sharply").speaker == "Tom Hale"
    assert not_quoted(qs, "he could not give a figure")
    assert speaker(qs, "There would be a yearly limit") == "Tom Hale"  # "claims" is a noun there, not a cue


def test_agreed_alleged_intimated_and_dismissed_as():
    qs = quotes_of(
        """Midfielder Ray Dunn agreed that it was not like his old manager to protest. Coach Ian Moss intimated that the referee had been swayed. Local farmers say the land is used. They also allege that the survey was wrong. Campaigner Eva Roth dismissed the plan as insubstantial."""
    )
    assert speaker(qs, "it was not like his old manager") == "Ray Dunn"
    assert speaker(qs, "the referee had been swayed") == "Ian Moss"
    assert find(qs, "the survey was wrong").kind == "reported"
    assert find(qs, "the plan as insubstantial").speaker == "Eva Roth"


def test_a_clause_stops_before_despite_saying_and_when_he_told():
    qs = quotes_of(
        """Chancellor Rob Dunn spoke in Leeds. But he denied that he was ruling out the euro despite saying the tests were not met. He denied wanting to lead the party until May, when he told the radio he would stand."""
    )
    assert find(qs, "ruling out the euro").text == "he was ruling out the euro"
    assert find(qs, "wanting to lead the party").text == "wanting to lead the party until May"


def test_accuse_and_revealed_which():
    qs = quotes_of(
        """Unions accuse Brelco of paying staff less than its rivals. The panel also revealed which films they would like to win. The plan was weak, Lord Hale said in his interview, which was recorded on Monday."""
    )
    assert find(qs, "Brelco of paying staff").speaker == "Unions"
    assert find(qs, "which films they would like to win").kind == "reported"
    assert not_quoted(qs, "which was recorded on Monday")
    assert speaker(qs, "The plan was weak") == "Lord Hale"


def test_initials_a_cardinal_and_an_archbishop_of_a_city():
    qs = quotes_of(
        """DJ Jason King, known to listeners as JK, takes over the show. "It is an institution," says JK. The Archbishop of Westminster, Cardinal Cormac Murphy O'Connor, spoke on Monday. Cardinal O'Connor claimed the party had changed. Later the Archbishop of Leeds told the BBC the church wanted reflection."""
    )
    assert speaker(qs, "It is an institution") == "Jason King"
    assert speaker(qs, "the party had changed") == "Cormac Murphy O'Connor"
    assert speaker(qs, "the church wanted reflection") != "Leeds"  # a title of a place, not a person named Leeds


def test_told_is_never_inverted():
    qs = quotes_of("""Ann Roe, one of the so-called "new intake", told researchers: "I remember the jeers." """)
    assert all(q.speaker != "researchers" for q in qs)


def test_blamed_x_on_y_and_adding_a_thing_is_no_speech():
    qs = quotes_of(
        """Brelco reported weak sales. It blamed the poor results on a wet summer. The hosts take over on Sunday, adding news and celebrity interviews. The show then upset viewers by adding the singer's former mother-in-law to the house on Monday."""
    )
    assert find(qs, "the poor results on a wet summer").speaker == "Brelco"
    assert not_quoted(qs, "news and celebrity interviews")
    assert not_quoted(qs, "former mother-in-law")


def test_a_clause_stops_before_telling():
    qs = quotes_of("""Minister Ann Vale denied activists had forced the changes, telling the BBC the plans were old.""")
    assert find(qs, "activists had forced the changes").text == "activists had forced the changes"


def test_passive_reporting_verbs_with_an_infinitive_have_no_named_source():
    qs = quotes_of(
        """Other donors are also reported to have pledged cash, while the Treasury said it was examining the bill.

Brelco, the firm originally tipped to buy the mill, was barred from the sale. Among those said to have doubts about the deal were two directors. The head of the board widely reported to have resigned in May is still in post.

It was being stressed to BBC Sport that the striker would prefer to stay. The striker said to reporters that he was happy. The coach claimed to have seen the video."""
    )
    for words, text in (
        ("to have pledged cash", "to have pledged cash"),
        ("to buy the mill", "to buy the mill"),
        ("to have doubts", "to have doubts about the deal"),
        ("to have resigned", "to have resigned in May"),
        ("the striker would prefer to stay", "the striker would prefer to stay"),
    ):
        q = find(qs, words)
        assert (q.text, q.speaker, q.kind) == (text, "unattributed", "reported")
    assert speaker(qs, "it was examining the bill") == "Treasury"
    assert speaker(qs, "he was happy") == "the striker"
    assert all(q.speaker != "unattributed" for q in qs if "seen the video" in q.text)


def test_what_someone_is_alleged_to_have_said_is_their_reported_speech():
    qs = quotes_of(
        """The harbour trust has dropped its chairman, Tom Wexley.

Mr Wexley is alleged to have said that ferry staff should be "paid in fish". He is understood to have told colleagues he would quit. Other towns are reported to have pledged cash."""
    )
    q = find(qs, "ferry staff should be")
    assert (q.text, q.speaker, q.kind) == ('ferry staff should be "paid in fish"', "Tom Wexley", "reported")
    q = find(qs, "he would quit")
    assert (q.text, q.speaker) == ("he would quit", "Tom Wexley")
    # a passive infinitive that is no speech verb stays the words of nobody named
    q = find(qs, "to have pledged cash")
    assert (q.text, q.speaker) == ("to have pledged cash", "unattributed")


def test_the_company_is_the_firm_the_report_is_about_not_one_named_in_passing():
    qs = quotes_of(
        """Drinks giant Brelco is to merge its two boards after a poor year. Brelco said sales fell. Brelco, which owns Fizzo, will name a new chief.

Brelco is not alone. Oil giant Norvane last year dismantled its dual structure. "It was the right step," said Tom Ash, an analyst.

The company said the changes would speed up decisions."""
    )
    assert speaker(qs, "the changes would speed up decisions") == "Brelco"


def test_a_body_the_opening_leaves_unnamed_is_the_one_named_speaking_next():
    qs = quotes_of(
        """Thousands of weavers will lose their jobs under new trade rules, a charity has warned.

The Trade Council (TC) is to end its quota deal in January. Aid Now condemned the move, saying it would cost a million jobs.

A report suggests that prices will fall. The charity said the poorest would suffer most."""
    )
    assert speaker(qs, "Thousands of weavers will lose their jobs") == "Aid Now"
    assert speaker(qs, "the poorest would suffer most") == "Aid Now"
    assert speaker(qs, "prices will fall") == "a report"


def test_a_peer_keeps_his_title_beside_the_same_word_in_lower_case():
    qs = quotes_of(
        """The changes were not a ploy, the lord chancellor has said.

Lord Falconer said it was fair to criticise the timing. He said the bill was sound."""
    )
    assert {q.speaker for q in qs} == {"Lord Falconer"}


def test_a_title_with_and_is_one_persons_title():
    qs = quotes_of("""Trade and Industry Secretary Patricia Hewitt said nobody would be forced to work longer. Ms Hewitt added that the plan was fair.""")
    assert speaker(qs, "nobody would be forced") == "Patricia Hewitt"
    assert speaker(qs, "the plan was fair") == "Patricia Hewitt"


def test_a_title_listing_with_and_before_a_name_is_one_persons_title():
    qs = quotes_of(
        """Carers will get more money. Minister for Children, Young People and Families Ruth Kell said the plans were fair. Tom Ash and Lia Renn said they were pleased."""
    )
    assert speaker(qs, "the plans were fair") == "Ruth Kell"
    assert speaker(qs, "they were pleased") == "Tom Ash and Lia Renn"


def test_a_fronted_adverb_before_an_inverted_cue_is_no_speaker():
    qs = quotes_of("""Andrew Pell said firms were at risk. Often, said Mr Pell, the data was hidden in old drafts.""")
    assert find(qs, "the data was hidden").speaker == "Andrew Pell"


def test_a_party_or_a_paper_is_no_person_a_pronoun_can_mean():
    qs = quotes_of(
        """Anne Toll of the Hollywood Reporter said the film was "moving". "It makes grown men cry," she said.

Mr Kennedy urged students to vote. He underlined Lib Dem plans to scrap fees. He said: "Fees put students off." """
    )
    assert speaker(qs, "grown men cry") == "Anne Toll"
    assert speaker(qs, "Fees put students off") == "Kennedy"


def test_an_aside_after_an_inverted_cue_may_hold_a_relative_clause():
    qs = quotes_of("""Leaked files include contract terms and deals for key customers, said Andrew Pell, European boss of Docshare which commissioned the research.""")
    q = find(qs, "Leaked files include contract terms")
    assert (q.speaker, q.text) == ("Andrew Pell", "Leaked files include contract terms and deals for key customers")
    assert not_quoted(qs, "European boss")


def test_a_name_and_a_colon_open_a_quote_in_a_list_of_reactions():
    qs = quotes_of(
        """Rovers won 2-0 at home.

- Rovers boss Mark Hale: "It was a fantastic performance by us."

"The boy Ronaldo is a fantastic player."

- City coach Ann Bury: "We were second best." """
    )
    assert speaker(qs, "fantastic performance") == "Mark Hale"
    assert speaker(qs, "The boy Ronaldo") == "Mark Hale"
    assert speaker(qs, "second best") == "Ann Bury"
    assert all(q.kind == "direct" for q in qs)


def test_a_name_and_a_colon_open_a_quote_on_a_line_no_blank_line_parts_from_the_last():
    # "…” ⏎ - City coach Ann Bury: “…”": a reaction on a new line with no blank line before it is still
    # the next speaker's, not a continuation of the last.
    qs = quotes_of(
        """Rovers won 2-0 at home.

- Rovers boss Mark Hale: "It was a fantastic performance by us. "The boy Ronaldo is a fantastic player." \n - City coach Ann Bury: "We were second best. "We must do better on Saturday." KEY STATS \n - ROVERS are unbeaten in six games."""
    )
    assert speaker(qs, "The boy Ronaldo") == "Mark Hale"
    assert speaker(qs, "second best") == "Ann Bury"
    assert speaker(qs, "better on Saturday") == "Ann Bury"


def test_a_body_named_as_a_sentence_subject_is_what_it_means():
    qs = quotes_of(
        """The government said workers would not be forced to retire.

The British Chambers of Trade welcomed the latest proposal. "This move is the best of both worlds," it said."""
    )
    assert "Chambers of Trade" in speaker(qs, "the best of both worlds")


def test_a_name_with_a_nickname_in_it_and_the_nickname_alone_are_one_person():
    qs = quotes_of(
        """Ahmed 'Dodo' Farag has made another apology to the fans.

The 21-year-old told reporters that he was sorry. Dodo said: "There is not much to say." Coach Marco Lenti said he was pleased."""
    )
    assert speaker(qs, "he was sorry") == "Ahmed 'Dodo' Farag"
    assert speaker(qs, "not much to say") == "Ahmed 'Dodo' Farag"
    assert speaker(qs, "he was pleased") == "Marco Lenti"
    assert not_quoted(qs, "Dodo")


def test_a_description_nobody_holds_is_the_person_just_speaking():
    qs = quotes_of(
        """Festival director Craig Pratt said stars had flown in despite the disaster. Pratt said the event would go on. Guests include Jeremy Irving.

Irving, whose film is in competition, said he had wondered whether to come. "I questioned whether I should come," the British actor said."""
    )
    assert speaker(qs, "I questioned whether I should come") == "Jeremy Irving"


def test_a_passive_accusation_is_reported_speech_by_its_agent_if_named():
    qs = quotes_of(
        """Ministers have been accused of panic in offering changes to the bill.

Balco has been accused by the Anti-Doping Agency (ADA) of being the source of the steroid."""
    )
    q = find(qs, "panic in offering changes")
    assert (q.speaker, q.kind) == ("unattributed", "reported")
    assert speaker(qs, "being the source of the steroid") == "Anti-Doping Agency"


def test_according_to_with_no_comma_before_the_clause():
    qs = quotes_of(
        """According to statistics 50% of all muggings involve mobiles. According to Mr Pell the minister said: "I will stand down." """
    )
    q = find(qs, "50% of all muggings")
    assert (q.text, q.speaker) == ("50% of all muggings involve mobiles", "statistics")
    assert find(qs, "I will stand down").kind == "direct"


def test_a_quote_after_a_sentence_about_someone_new_is_theirs():
    qs = quotes_of(
        """Children minister Mary Hale said new plans would be fair. "It is a good plan," Ms Hale said.

Fostering Trust executive director Robert Tapp criticised the existing system. "There is just no logic to it. "And with a shortage of carers, it is not sustainable." The charity wants a weekly payment."""
    )
    assert speaker(qs, "It is a good plan") == "Mary Hale"
    assert speaker(qs, "There is just no logic") == "Robert Tapp"
    assert speaker(qs, "it is not sustainable") == "Robert Tapp"


def test_verbs_of_speech_with_a_plain_object_are_no_speech():
    qs = quotes_of(
        """Rafael Nadal continued his run of fine form to reach the semi-finals. Ireland conceded a penalty close to their own line. Ireland maintained their unbeaten record.

Wasp tells the story of a single mother living on the breadline. Coach Mark Hale conceded the plan had failed. He maintained that the team would recover."""
    )
    assert [q.text for q in qs] == ["the plan had failed", "the team would recover"]


def test_any_verb_closing_the_sentence_after_a_quote_names_its_speaker():
    qs = quotes_of(
        """Lawyer Reid Wein questioned David Mays. "Not that I am aware of," Mr Mays replied. "Did you ever know him to make an entry?" Mr Wein pressed. "I doubt it," she smiled."""
    )
    assert speaker(qs, "Not that I am aware of") == "David Mays"
    assert speaker(qs, "Did you ever know him") == "Reid Wein"


def test_questioned_whether_asks_and_questioned_someone_does_not():
    qs = quotes_of("""Some analysts questioned whether the bank had overpaid for the deal. Police questioned the driver for six hours.""")
    assert speaker(qs, "whether the bank had overpaid") == "Some analysts"
    assert not_quoted(qs, "the driver")


def test_the_firm_is_the_company_named_by_its_name_alone():
    qs = quotes_of(
        """Norvane's finance chief Judith Boyd is to quit. Norvane has been hit by a scandal over its reserves.

In a statement the firm said she was leaving by mutual agreement."""
    )
    assert speaker(qs, "she was leaving by mutual agreement") == "Norvane"


def test_a_publication_reports_the_words_before_it():
    qs = quotes_of(
        """Harbour fees have doubled since 2001, the Coastal Gazette reports. The Westport Herald reports that two ferry firms are in talks."""
    )
    assert speaker(qs, "Harbour fees have doubled since 2001").removeprefix("the ") == "Coastal Gazette"
    assert speaker(qs, "two ferry firms are in talks").lower().removeprefix("the ") == "westport herald"


def test_a_name_opening_the_article_that_its_takes_up_is_a_body():
    qs = quotes_of(
        """Westport Sea Lines is cutting its winter fares by half to win back passengers.

The carrier said bookings had fallen by a third since May."""
    )
    assert speaker(qs, "bookings had fallen by a third") == "Westport Sea Lines"
    qs = quotes_of(
        """Carla Mendes has defended the council and its record on housing.

Mendes said the budget was fair."""
    )
    assert speaker(qs, "the budget was fair") == "Carla Mendes"  # her surname alone: a person


def test_a_body_introduced_as_one_stays_one_after_an_opening_word():
    qs = quotes_of(
        """Shares in Halvers Pharma have fallen after investment firm Corvex opposed its bid for a rival.

The Halvers Pharma board was ready to pay too much, Corvex said. Halvers Pharma said Corvex would not change its plans. "We are sure the deal is right for our shareholders," it said."""
    )
    assert speaker(qs, "the deal is right for our shareholders") == "Halvers Pharma"


def test_a_name_before_shares_is_a_body_the_club_takes_up():
    qs = quotes_of(
        """Carlton United's board has agreed to talks with US investor Dale Marsh.

In a statement, the club said it would let Mr Marsh see its accounts. But it said it still opposed his plans. Carlton United shares closed 2p lower on Friday."""
    )
    assert speaker(qs, "it would let Mr Marsh see its accounts") == "Carlton United"
    assert speaker(qs, "it still opposed his plans") == "Carlton United"


def test_sources_within_a_body_speak_as_such():
    qs = quotes_of(
        """The Greens backed the harbour plan on Monday.

Sources within the party told the paper the vote had been close."""
    )
    assert speaker(qs, "the vote had been close").lower() == "sources within the party"


def test_a_name_before_spokesman_and_a_name_is_a_body():
    qs = quotes_of(
        """A bookmaker has stopped taking bets on a talent show after claiming the result had leaked.

Morton Hill made the move after a run of large bets on Friday. "This was no lucky guess," Morton Hill spokesman Dan Pryce said.

The bookmaker said its staff had spotted the pattern."""
    )
    assert speaker(qs, "the result had leaked") == "Morton Hill"
    assert speaker(qs, "its staff had spotted the pattern") == "Morton Hill"
    assert speaker(qs, "no lucky guess") == "Dan Pryce"
    qs = quotes_of(
        """The singer Dina Moss has cancelled her tour.

"She is resting at home," Dina Moss spokesman Ed Carr said. Ms Moss said she hoped to be back on stage in May."""
    )
    assert speaker(qs, "she hoped to be back on stage") == "Dina Moss"  # "Ms Moss": a person


def test_a_name_ending_in_societies_is_a_body():
    qs = quotes_of(
        """Flood aid is slow to arrive in the valley.

The Federation of Sailing Clubs and Rowing Societies said it was seeking £2m for repairs."""
    )
    assert speaker(qs, "it was seeking £2m").removeprefix("the ") == "Federation of Sailing Clubs and Rowing Societies"


def test_the_charity_with_a_modifier_is_the_body_named_before():
    qs = quotes_of(
        """Winter shelters are full across the county.

The Kelso Shelter Trust said it needed £2m for new beds. "Nobody should sleep outside this winter," the housing charity said."""
    )
    assert speaker(qs, "Nobody should sleep outside").removeprefix("the ") == "Kelso Shelter Trust"


def test_a_one_word_body_that_it_takes_up_in_the_next_sentence():
    qs = quotes_of(
        """A pilot says he has been sacked by Zeta Airlines over his blog. A Zeta spokesman declined to comment. A lawyer in the US said the case was unusual.

Zeta has been hit by rising fuel costs. It has said it needs to cut 600 jobs.""",
        headline="Pilot sacked over blog",
    )
    assert speaker(qs, "needs to cut 600 jobs") == "Zeta"


def test_a_name_before_a_possessive_title_with_no_closing_comma_speaks():
    qs = quotes_of(
        """Arden Foods made the announcement during a call to analysts. Jo Dent, Arden's finance chief said profits would rise by the end of the year.""",
        headline="Arden upbeat",
    )
    assert speaker(qs, "profits would rise") == "Jo Dent"


def test_a_study_called_by_another_research_noun_is_the_one_described_before():
    qs = quotes_of(
        """Most drivers in Elmford ignore the new speed limit, a survey by the council revealed. The report warns that accidents will rise.

"We will put up more signs," said road safety officer Tia Blake. The research found that few drivers knew of the limit. The study said fines alone would not work.""",
        headline="Drivers ignore limit",
    )
    assert speaker(qs, "accidents will rise") == "a survey by the council"
    assert speaker(qs, "fines alone would not work") == "a survey by the council"
    qs = quotes_of(
        """Eight in 10 tenants in Elmford pay too much rent, a new poll conducted for the Courier suggests.

But according to the Courier poll, most would not move. The Harlow report, however, said rents were falling.""",
        headline="Rents too high",
    )
    assert speaker(qs, "most would not move") == "a new poll conducted for the Courier"
    assert "Harlow" in speaker(qs, "rents were falling")  # a name the first one did not have: another report


def test_a_survey_the_opening_leaves_undescribed_is_the_one_described_next():
    qs = quotes_of(
        """One in five shoppers in Elmford now buys groceries online, according to a survey.

The research by the Elmford Traders Guild found that most of them are over 40.""",
        headline="Shoppers go online",
    )
    assert speaker(qs, "buys groceries online") == "the research by the Elmford Traders Guild"


def test_a_relative_named_in_apposition_heads_the_sentence_and_speaks_next():
    qs = quotes_of(
        """Trade in Elm Street has been slow. "We had ten customers all week," said cafe owner Jo Marr. Her partner, Tom Ash, blames the roadworks outside. "Nobody can park within a mile of us."

"It was a quiet month," said Ms Marr. She thanked her partner, Tom Ash, for keeping the books. "Without him we would have closed." """,
        headline="Cafe hit by roadworks",
    )
    assert speaker(qs, "Nobody can park") == "Tom Ash"
    assert speaker(qs, "Without him we would have closed") == "Jo Marr"  # the partner is her object, not a subject


def test_a_backshifted_sentence_after_then_goes_on():
    qs = quotes_of(
        """Shop owner Sam Okoro said he would open a second shop in the spring. Then, he would like to sell his bread to hotels.

The shop opened in 2001. Then, the street was closed for a year."""
    )
    q = find(qs, "he would like to sell his bread")
    assert (q.speaker, q.kind) == ("Sam Okoro", "reported")
    assert not_quoted(qs, "the street was closed")  # no quote before it: the article's own story


def test_a_backshifted_sentence_after_a_condition_goes_on():
    qs = quotes_of(
        """The Elmford Rovers board said it had received an approach from a buyer. Should the approach become a firm offer, it would be put to shareholders.

The club was sold in 1998. If the deal had failed, the ground was due to close."""
    )
    q = find(qs, "it would be put to shareholders")
    assert (q.speaker.removeprefix("the "), q.kind) == ("Elmford Rovers board", "reported")
    assert not_quoted(qs, "the ground was due to close")  # no quote before it: the article's own story


def test_a_name_after_an_opening_phrase_with_no_comma_heads_the_sentence():
    qs = quotes_of(
        """Health minister Rob Kerr has defended the hospital's chief, Paul Gantry.

On Monday's radio programme Mr Kerr was asked why Mr Gantry had kept his job. He replied: "He has done nothing wrong."

In a letter to Mr Kerr Mr Gantry offered to step down. He said: "I will go if asked." """,
        headline="Minister backs hospital chief",
    )
    assert speaker(qs, "He has done nothing wrong") == "Rob Kerr"
    assert speaker(qs, "I will go if asked") == "Paul Gantry"  # "to Mr Kerr": no verb after his name


def test_a_party_label_before_a_knight_with_an_aside_still_names_the_speaker():
    qs = quotes_of(
        """The Elmford clinic will close in May, Health Secretary Ann Vale said on Monday.

Tory MP Sir Hugh Penrose, who chairs the health committee, said that when Ms Vale had announced the closure she gave no reason. He added his committee would call her to explain.""",
        headline="Clinic to close",
    )
    assert speaker(qs, "she gave no reason") == "Hugh Penrose"
    assert speaker(qs, "his committee would call her") == "Hugh Penrose"


def test_a_source_quoting_someone_as_saying_gives_the_words_to_the_one_quoted():
    qs = quotes_of(
        """Talks on the Kelso terminal stalled on Monday. "The price is simply too low," the Dunmore Gazette quoted port chairman Oren Castillo as saying. The paper also quoted him as saying: "We will keep the cranes idle."

Wire service Norpress quoted one dock worker as saying the pay offer was an insult.

Castillo was later quoted in a trade journal as saying the terminal would stay open."""
    )
    assert speaker(qs, "simply too low") == "Oren Castillo"
    assert find(qs, "simply too low").kind == "direct"
    assert speaker(qs, "the pay offer was an insult") == "one dock worker"
    assert speaker(qs, "keep the cranes idle") == "Oren Castillo"
    assert speaker(qs, "the terminal would stay open") == "Oren Castillo"


def test_words_describing_a_speaker_after_the_verb_are_the_cues_not_the_quotes():
    qs = quotes_of(
        """Shop owner Priya Nandi said footfall had halved since the works began. "We cannot last another winter like this," said one trader questioned by the Kelso Echo."""
    )
    assert speaker(qs, "another winter like this") == "one trader"
    assert not_quoted(qs, "questioned by the Kelso Echo")


def test_a_study_that_found_something_is_no_more_of_the_last_speaker():
    qs = quotes_of(
        """Researcher Ilse Marten said the figures were the worst on record. The study found that households were cutting back. Researchers found that fuel was the biggest worry."""
    )
    assert speaker(qs, "the worst on record") == "Ilse Marten"
    assert not any(q.speaker == "Ilse Marten" for q in qs if "households were cutting back" in q.text or "fuel was" in q.text)


def test_the_singular_of_a_group_of_people_speaks_as_one_person():
    qs = quotes_of(
        """Fans queued overnight for the final. "I have waited twenty years for this," one fan said. A supporter who travelled from Dunmore said the tickets cost too much."""
    )
    assert speaker(qs, "waited twenty years") == "one fan"
    assert speaker(qs, "the tickets cost too much") == "a supporter"


def test_a_new_subject_after_but_is_no_aside_about_the_person_before():
    qs = quotes_of(
        """Osei has been here before. This will not come as news to Osei, a lifelong Kelso coach, but his quiet determination suggests he is ready for the vote."""
    )
    assert not_quoted(qs, "he is ready for the vote")


def test_according_to_a_source_with_an_aside_or_a_release_date():
    qs = quotes_of(
        """According to Fenwick Partners, which cut its forecast in May, rents in Ashby will fall. Sales of bikes rose by 4%, according to figures released on Monday.

According to figures also published on Friday, sales of tents were flat. Sales of boats fell, according to The Globe on Sunday."""
    )
    assert speaker(qs, "rents in Ashby will fall") == "Fenwick Partners"
    assert not_quoted(qs, "cut its forecast")
    assert speaker(qs, "Sales of bikes rose") == "figures"  # (not the day they came out)
    assert speaker(qs, "sales of tents were flat") == "figures"
    assert speaker(qs, "Sales of boats fell") == "Globe on Sunday"  # a title keeps its "on Sunday"


def test_a_name_after_relation_of_in_an_apposition_is_not_the_subject_a_pronoun_takes():
    qs = quotes_of(
        """Ben Lake, from Ashby, has been freed after two years in jail.

Mo Lake, father of Ben, thanked the town for its support. He added: "We are very happy."

Ann Roe, the head of the Roe family, thanked her lawyers. She said: "It is over." """
    )
    assert speaker(qs, "We are very happy") == "Mo Lake"
    assert speaker(qs, "It is over") == "Ann Roe"


def test_a_title_without_a_determiner_before_a_name_in_apposition_is_that_persons():
    qs = quotes_of(
        """Kestrel Air is to stop its flights to Ashby. "It was a hard choice," said Kestrel director of planning, Tom Hale.

"Demand has fallen," said Acme spokeswoman, Ann Roe. "The town needs a bus," said Ben Lake, Ashby."""
    )
    assert speaker(qs, "It was a hard choice") == "Tom Hale"
    assert speaker(qs, "Demand has fallen") == "Ann Roe"
    assert speaker(qs, "The town needs a bus") == "Ben Lake"  # a name first keeps its own name


def test_a_person_the_quoted_words_name_is_not_the_pronoun_cue_speaker():
    qs = quotes_of(
        """Tom Hale praised his side after the win. Ben Lake scored twice. "They kicked Lake all game," he said.

Ann Roe ran the vote. Kay Dunn lost her seat. She said: "Dunn will be back."

Ben Lake scored again on Sunday. "I am happy," he said."""
    )
    assert speaker(qs, "They kicked Lake all game") == "Tom Hale"
    assert speaker(qs, "Dunn will be back") == "Ann Roe"
    assert speaker(qs, "I am happy") == "Ben Lake"  # (the words do not name him)


def test_a_name_that_owns_a_film_or_book_is_still_a_person():
    qs = quotes_of(
        """Dora Venn's film Salt Roads leads the nominations. Venn, who was shortlisted twice before for Grey Harbour and Blue Meadow, told reporters the news was "a shock". He said: "We never expected this." The Harbour Road films are shown nightly."""
    )
    assert speaker(qs, "the news was") == "Dora Venn"
    assert speaker(qs, "We never expected this") == "Dora Venn"


def test_a_first_word_met_before_a_longer_name_is_no_first_name_of_it():
    qs = quotes_of(
        """Kelvo was busy building a portal, said analyst Tom Brant. Kelvo has changed since then. "It made a big mistake," he said. Kelvo Messenger will come to mobiles.

Rock singer Dan Harte will tour again. His wife Moira, who manages the band, agreed. "He is ready," she said. Moira Harte has run the tour office since 2001."""
    )
    assert speaker(qs, "a big mistake") == "Tom Brant"
    assert speaker(qs, "He is ready") == "Moira Harte"


def test_he_prefers_a_person_to_a_capitalised_phrase_named_in_passing():
    qs = quotes_of(
        """Sir Alec Dunmore will coach the Northern side at Twickenham. "I am looking forward to it," he said. It will be a chance for Dunmore to test his options before naming his British and Irish Lions touring party. "The game will be a great spectacle," he said."""
    )
    assert speaker(qs, "a great spectacle") == "Alec Dunmore"


def test_a_relative_named_by_first_name_is_not_a_stranger_named_in_full_later():
    qs = quotes_of(
        """Party leader Ed Hale spoke for an hour. The speech had been introduced by his son Nick, a trainee vicar, who praised his father's honesty. "He has always meant what he said," he said. Outside, the mood was upbeat. "It has been a great few weeks," said politics student Nick Vale."""
    )
    assert speaker(qs, "always meant what he said") != "Nick Vale"
    assert speaker(qs, "a great few weeks") == "Nick Vale"


def test_a_players_position_before_the_name_is_no_part_of_it():
    qs = quotes_of(
        """Scrum-half Tom Ashby admitted his passing had let the side down. "It was not good enough," Ashby said. Keeper Ola Brandt said the defence had been poor."""
    )
    assert speaker(qs, "let the side down") == "Tom Ashby"
    assert speaker(qs, "not good enough") == "Tom Ashby"
    assert speaker(qs, "the defence had been poor") == "Ola Brandt"


def test_an_owner_named_before_the_subject_is_not_who_he_stands_for():
    qs = quotes_of(
        """Rovers manager Ian Hale said his side had been poor. "We were poor," he said. But Hale's Bayern counterpart Dieter Roth was in no mood to celebrate either. He said: "I am far from happy."

Finance chief Mark Dunn said his plans were sound. But Mr Dunn's former adviser Paul Kerr said the figures did not add up. He added: "There is a hole in these plans." """
    )
    assert speaker(qs, "We were poor") == "Ian Hale"
    assert speaker(qs, "far from happy") == "Dieter Roth"
    assert speaker(qs, "a hole in these plans") == "Paul Kerr"


def test_an_age_between_a_name_and_its_relative_clause_is_no_speaker():
    qs = quotes_of(
        """The award went to singer Ann Roe, 49, who told the Kelso Echo she had not expected to win. Some 1,300 fans, who had queued all night, cheered."""
    )
    assert speaker(qs, "had not expected to win") == "Ann Roe"
    assert not_quoted(qs, "queued all night")


def test_a_quantity_of_people_after_an_opening_adverb_is_the_speaker():
    qs = quotes_of(
        """Jobless figures fell in May. Nevertheless, some analysts say that unemployment could rise again. Rights groups, senior officers and many MPs say the law should change."""
    )
    assert speaker(qs, "unemployment could rise again") == "some analysts"
    assert speaker(qs, "the law should change") != "MPs"


def test_a_bare_quantity_of_people_speaks():
    qs = quotes_of(
        """Voters in Kelso were angry over the closure, with many saying it was "unjustified". Similarly, some were saying that the mayor had refused to meet them."""
    )
    assert speaker(qs, "unjustified") == "many"
    assert speaker(qs, "the mayor had refused") == "some"


def test_a_relative_named_by_first_name_only_is_a_person():
    qs = quotes_of(
        """Singer Tom Edwards vanished in 1995. His parents Graham and Sherry Edwards flew to Spain. Edwards' sister Rachel made an emotional appeal. "We love him very much," she said.

Rock star Ozzy Burns will tour again. His wife Sharon, who manages him, agreed. "He is ready," she said. Sharon Burns has run the tour office since 2001."""
    )
    assert speaker(qs, "We love him very much") == "Rachel"
    assert speaker(qs, "He is ready") == "Sharon Burns"


def test_a_name_with_the_inside_it_after_of_stays_in_the_speakers_phrase():
    qs = quotes_of(
        """Ashby council is to close its youth club. Ann Roe of Save the Ponies said there were grave concerns.

On Monday the Commission said the club had broken no rules."""
    )
    assert speaker(qs, "there were grave concerns") == "Ann Roe"  # (not "the Ponies")
    assert speaker(qs, "the club had broken no rules") == "Commission"  # (a day before "the" is no name)


def test_exchanges_breweries_bands_minutes_and_complaints_speak_as_bodies():
    qs = quotes_of(
        """The Ashby Stock Exchange has rejected a bid. Last week, the group turned down an offer from Kestrel, claiming that it undervalued the business. The Ashby exchange said it would talk to other bidders. The Dutch bourse said it may be prepared to pay in cash.

Brewing giant Hopco is to buy a rival. The Leeds-based brewery said it would own 90% of the shares.

The Bank of Ashby kept rates on hold. The minutes added: "Some members felt a rise might be needed."

Kestrel owns 20% of the club, and Rovers' statement to the stock exchange said: "The board has noted the speculation." """
    )
    assert speaker(qs, "it undervalued the business") == "Ashby Stock Exchange"  # (an exchange is a business: "the group")
    assert speaker(qs, "it would talk to other bidders") == "Ashby Stock Exchange"
    assert speaker(qs, "it may be prepared to pay in cash") == "the Dutch bourse"
    assert speaker(qs, "it would own 90% of the shares") == "Hopco"
    assert speaker(qs, "Some members felt a rise") == "the minutes"
    assert speaker(qs, "The board has noted the speculation") == "Rovers' statement to the stock exchange"  # (not the exchange it went to)
    qs = quotes_of(
        """Rock band Fumblers have cancelled their tour after a fight. The band said they were victims of an attack. The complaint said a guard had hit the drummer."""
    )
    assert speaker(qs, "they were victims of an attack") == "Fumblers"
    assert speaker(qs, "a guard had hit the drummer") == "the complaint"


def test_an_irregular_past_verb_ends_the_subject_a_later_and_said_goes_back_to():
    qs = quotes_of(
        """The tribunal upheld Ms Roe's claim of bullying on certain issues, but said it found no evidence of a cover-up.

Ben Lake and Kay Dunn missed a test. The pair withdrew from the race after the test but claimed they had been hurt in a crash."""
    )
    assert speaker(qs, "it found no evidence of a cover-up") == "the tribunal"  # (not Ms Roe)
    assert speaker(qs, "they had been hurt in a crash") == "the pair"


def test_a_year_after_in_is_no_share_of_a_poll_and_employers_speak():
    qs = quotes_of(
        """Ann Roe worked for a bank for 17 years. But in 2003 the bank said she had no future there. In 2004 her employers told her she would be moved to Leeds.

A poll of Ashby voters was published on Monday. Two in three voters say the bridge should be rebuilt."""
    )
    assert speaker(qs, "she had no future there") == "the bank"  # (not "But in 2003 the bank")
    assert speaker(qs, "she would be moved to Leeds") == "her employers"
    assert speaker(qs, "the bridge should be rebuilt") == "Two in three voters"


def test_a_plural_in_ies_of_a_kind_of_body_heads_the_speakers_phrase():
    qs = quotes_of(
        """Ashby council is to cull its geese. Bird charities have reacted with anger, saying the cull is cruel.

Aid agencies have reacted with alarm, saying the new rules will cost lives."""
    )
    assert speaker(qs, "the cull is cruel") == "Bird charities"  # (not "Bird")
    assert speaker(qs, "the new rules will cost lives") == "Aid agencies"


def test_an_unnamed_body_in_the_opening_is_the_one_whose_spokesman_speaks_next():
    # "A Fair Vote spokesman said" names the body as speaking; the one word before a person's title
    # ("Local councillor Ann Roe") is no body, and a pronoun opening a sentence is nobody's name.
    qs = quotes_of(
        """Acme's choice of candidate proves the need for change, says a rights group.

Local councillor Ann Roe was selected for Eastham. An Operation Fair Vote spokesman said they wanted to meet Bob Lee."""
    )
    assert speaker(qs, "proves the need for change") == "Operation Fair Vote"
    qs = quotes_of(
        """Acme's choice of candidate proves the need for change, says a rights group.

Local councillor Ann Roe was selected for Eastham. She said she was glad to stand."""
    )
    assert speaker(qs, "proves the need for change") not in {"Local", "She"}
    assert speaker(qs, "glad to stand") == "Ann Roe"


def test_a_title_and_name_after_a_body_and_its_acronym_speak():
    # "(KRU)" closes the body's name; the chairman after it is the subject, not the body.
    qs = quotes_of(
        """But the Kelso Rugby Union (KRU) chairman Tom Hale has called for the city to host a final. The Border Football Association (BFA) said it had yet to receive a bid."""
    )
    assert speaker(qs, "the city to host a final") == "Tom Hale"
    assert speaker(qs, "yet to receive a bid") == "Border Football Association"


def test_a_region_named_by_the_compass_is_no_person():
    # "the Middle East", "the North East": regions, so "He" goes back to the chairman.
    qs = quotes_of(
        """Club chairman Tom Hale spoke to reporters on Monday. Talks go on with an investor from the Middle East. He said: "We are close to a deal."

Union leader Ann Roe met members on Friday. The vote in the North East is close. She said: "We can win." Singer Kanye West arrived later. "It is a great town," West said."""
    )
    assert speaker(qs, "close to a deal") == "Tom Hale"
    assert speaker(qs, "We can win") == "Ann Roe"
    assert speaker(qs, "great town") == "Kanye West"


def test_he_passes_over_capitalised_things_named_in_passing_to_the_earlier_subject():
    qs = quotes_of(
        """Critic Tom Dale said he was unhappy with the film. It is spoken in an ancient Middle Eastern tongue.

"Nobody will follow it," he said.

Striker Rob Vane has told the BBC he is happy in Spain. But the 25-year-old, who has spent much of his time on the bench in La Liga, did not rule out a return at some stage. "I'm pleased with my start," he told BBC Radio."""
    )
    assert speaker(qs, "Nobody will follow it") == "Tom Dale"  # (not "Middle Eastern")
    assert speaker(qs, "pleased with my start") == "Rob Vane"  # (not "La Liga")


def test_he_keeps_a_person_named_in_apposition_close_by():
    qs = quotes_of(
        """Ken Tate spent months in jail. The firm is run by an administrator, Enrico Dalla, who has sued 80 banks. He has alleged that the banks knew of the losses."""
    )
    assert speaker(qs, "the banks knew of the losses") == "Enrico Dalla"  # (not Ken Tate)


def test_a_name_in_the_of_phrase_after_a_persons_name_does_not_head_the_sentence():
    qs = quotes_of(
        """Ashby council has delayed the bypass again. But Tom Dale of the Campaign for Safer Roads urged the council to act. "It is a disgrace," he said."""
    )
    assert speaker(qs, "It is a disgrace") == "Tom Dale"  # (not "Safer Roads")


def test_wrote_with_a_plain_noun_phrase_reports_no_words():
    qs = quotes_of(
        """Tom Dale is a composer from Ashby. In 1990 he wrote the songs for the film. He also wrote an account of his years in the army.

Ann Roe is a columnist. She wrote the council was wasting money on the bridge."""
    )
    assert not_quoted(qs, "the songs for the film")
    assert not_quoted(qs, "an account of his years")
    assert speaker(qs, "the council was wasting money") == "Ann Roe"  # (a clause still is)


def test_went_on_with_a_plain_noun_phrase_reports_no_words():
    qs = quotes_of(
        """Holt Games makes a handheld console. The Holt Pocket went on sale in Ashby on Sunday.

Tom Dale is a film-maker. He said the film was fun. He went on: "It was hard work.\""""
    )
    assert not_quoted(qs, "sale in Ashby")
    assert speaker(qs, "It was hard work.") == "Tom Dale"  # (a colon and quoted words still are)


def test_a_relative_noun_ending_the_headline_gives_no_gender_to_the_name_below_it():
    # The headline's last word ("daughter") is on another line than "Labour MP Tom Hale": he stays a man,
    # so "He said" is his, not the woman's named between.
    qs = quotes_of(
        """Labour MP Tom Hale has spoken of his joy. Jo Bell, 36, wrote to his office last year. Mr Hale said: "I was shocked." He said his first thought was that it was a set-up.""",
        headline="MP's joy at long lost daughter",
    )
    assert speaker(qs, "his first thought") == "Tom Hale"


def test_a_relative_in_apposition_says_she_is_a_woman():
    # "Ann Roe, the singer's stepsister," is a woman, though "Roe" later names her brother ("his
    # fame"): "she said" is hers, not the man's quoted before.
    qs = quotes_of(
        """"We never made a deal," said Tom Hale, head of the parks office. Ann Roe, the singer's stepsister, said the family still hoped for a memorial. "It would mean a lot," she said. Roe died in 1970 at the height of his fame."""
    )
    assert speaker(qs, "It would mean a lot") == "Ann Roe"


def test_she_goes_to_the_woman_the_article_names_before_a_man_it_says_nothing_of():
    # Neither heads the sentence; Ann Roe is a daughter, Tom Hale, named nearer, of no known sex.
    qs = quotes_of(
        """The eulogy, read by Ann Roe, the daughter of the late actor, was written by the poet Tom Hale. "It was his finest hour," she said."""
    )
    assert speaker(qs, "his finest hour") == "Ann Roe"


def test_a_knight_called_by_his_first_name_as_an_owner_is_still_the_knight():
    # "Sir Ian's comments" is Sir Ian Hale's, so the later "Sir Ian told" is his too, not a new "Ian".
    qs = quotes_of(
        """Sir Ian Hale said terror groups would remember Madrid. Asked about Sir Ian's comments, Tony Hale said he agreed. Sir Ian told a meeting it would be "unwise" to speculate."""
    )
    assert speaker(qs, "unwise") == "Ian Hale"


def test_unnamed_sources_with_a_prepositional_phrase_are_the_speaker():
    # "Sources close to Mr Hale said", "officials in Ashby said": the unnamed sources speak, not the
    # person or place after the preposition; a body's name that opens the same way stays a name.
    qs = quotes_of(
        """Tom Hale is a Tory candidate in Ashby. Sources close to Mr Hale said he would stand again. Floods hit the valley on Monday. Shocked health officials in Ashby said the damage was severe. Sources within the Ashby Party told the BBC the leader would quit. Friends of the Earth said the plan was wrong."""
    )
    assert speaker(qs, "he would stand again") == "Sources close to Mr Hale"
    assert speaker(qs, "the damage was severe") == "Shocked health officials in Ashby"
    assert speaker(qs, "the leader would quit") == "Sources within the Ashby Party"
    assert speaker(qs, "the plan was wrong") == "Friends of the Earth"


def test_a_bodys_name_runs_on_past_of():
    # "The National Association of Probation Officers said": one body, not "Probation Officers"; a
    # person named before "of" is still the speaker.
    qs = quotes_of(
        """Probation Officers in Ashby are angry. The National Association of Probation Officers said the plan would fail. The European Court of Human Rights ruled that the two activists should have had legal aid. Detective Inspector Tom Hale of Kelso Police said the man was armed."""
    )
    assert speaker(qs, "the plan would fail") == "National Association of Probation Officers"
    assert speaker(qs, "should have had legal aid") == "European Court of Human Rights"
    assert speaker(qs, "the man was armed") == "Tom Hale"


def test_an_unnamed_person_from_a_place_is_the_speaker():
    # "The unnamed woman from Ashby says", "A legal expert in the US said": the person, not the place
    # after the preposition; as an object before "which" the name is the rival itself.
    qs = quotes_of(
        """A woman is suing Kelso Print. The unnamed woman from Ashby says that a chip inside the cartridge is faulty. A legal expert in the US speculated that the case would fail. Kelso has not said what the system will cost but it already has a rival in Ashby Soft, which argues that its service is cheaper."""
    )
    assert speaker(qs, "a chip inside") == "the unnamed woman from Ashby"
    assert speaker(qs, "the case would fail") == "a legal expert in the US"
    assert speaker(qs, "its service is cheaper") == "Ashby Soft"


def test_it_is_predicted_that_is_a_forecast_nobody_is_named_for():
    # "It is predicted that …" reports a forecast with no agent, as "it has been claimed that …" does;
    # "it is thought that …" is cognition and stays no quote.
    qs = quotes_of(
        """Sales of radios rose by a tenth last year. It is predicted that there would be two million sets in use by 2010. It is thought that most will be digital."""
    )
    q = find(qs, "two million sets")
    assert q.speaker == "unattributed" and q.text == "there would be two million sets in use by 2010"
    assert not_quoted(qs, "most will be digital")


def test_a_speech_verb_fronted_before_its_speaker_and_a_colon():
    # "Said Ms Roe: “…”": the verb opens the sentence, the speaker follows it, the quote the colon;
    # "Said" is no part of the speaker's name, and "Said to be …" opens no quote.
    qs = quotes_of(
        """The film was made by Ann Roe in Kelso. Said Ms Roe: "It was hard work, but we loved it." Said to be worth £5m, the film opens on Friday. Tom Hale was delighted. Said Hale: "It was a great day." """
    )
    q = find(qs, "It was hard work")
    assert q.speaker == "Ann Roe" and q.kind == "direct"
    assert speaker(qs, "It was a great day") == "Tom Hale"
    assert not_quoted(qs, "worth £5m")


def test_a_clergy_title_names_the_person():
    # "The archbishop added:", "The cardinal said": a title for the churchman named before, like "the
    # minister", not the last speaker.
    qs = quotes_of(
        """Archbishop Ann Roe told the BBC: "It is wrong." Tom Hale told MPs that talks had failed. The archbishop added: "We must pray for peace." Cardinal Jo Bell spoke later. The cardinal said the new year should bring peace."""
    )
    assert speaker(qs, "We must pray") == "Ann Roe"
    assert speaker(qs, "the new year should bring") == "Jo Bell"
    assert speaker(qs, "talks had failed") == "Tom Hale"
    # someone named at the head of a sentence inside the quote before is not who the title stands for
    qs = quotes_of(
        """The Bishop of Kelso, Dr Tom Hale, spoke on Sunday. The Bishop said: "Theories are fun. "Jo Bell is the best writer I know." The story was true, according to the Bishop."""
    )
    assert speaker(qs, "The story was true") == "Tom Hale"


def test_a_capitalised_title_with_and_is_the_person_named_next():
    # "the Trade and Industry Secretary has said" in the opening line: the person who holds the post,
    # named next, not a body called "Trade and Industry Secretary".
    qs = quotes_of(
        """Plans to extend leave should be in the manifesto, the Trade and Industry Secretary has said.\n\nAnn Roe said the cost was being evaluated."""
    )
    assert speaker(qs, "Plans to extend leave") == "Ann Roe"


def test_an_office_of_a_post_is_a_body():
    # "the Office of the Deputy Prime Minister has said": a department named after a post, not the
    # person the article names next.
    qs = quotes_of(
        """House prices fell in May, the Office of the Deputy Prime Minister (ODPM) has said.\n\n"The market is slowing," said Tom Hale, at Kelso Bank."""
    )
    assert speaker(qs, "House prices fell") == "Office of the Deputy Prime Minister"
    assert speaker(qs, "The market is slowing") == "Tom Hale"


def test_an_mp_in_capitals_is_a_person_noun():
    # "a senior Tory MP has said" in the opening line: "MP" is a person noun written in capitals, so
    # the MP is the person named next, not a body called "Tory MP"; later, "A Labour MP said" is an
    # unnamed MP.
    qs = quotes_of(
        """The plan is lazy, a senior Tory MP has said.\n\nCommittee chairman Tom Hale was giving his reaction to a report. A Labour MP said the vote was close."""
    )
    assert speaker(qs, "The plan is lazy") == "Tom Hale"
    assert speaker(qs, "the vote was close") == "a Labour MP"


def test_a_post_after_the_name_with_no_closing_comma():
    # '"…," Mr Roe, Arden's chief executive said.' / '"…," Ann Lee, KDA director said.': the comma
    # that would close the aside is left out; the name before it speaks, not a title-holder of the
    # firm named in the post, and the quote stays a direct one.
    qs = quotes_of(
        """Ben Roe runs Arden. "The regulator should change, and change now," Mr Roe, Arden's chief executive said. "We are encouraged by the plan," Ann Lee, KDA director said. "It is late," Tom Hale, the firm's spokesman told reporters."""
    )
    q = find(qs, "The regulator should change")
    assert (q.speaker, q.kind, q.text) == ("Ben Roe", "direct", "The regulator should change, and change now")
    q = find(qs, "We are encouraged")
    assert (q.speaker, q.kind) == ("Ann Lee", "direct")
    assert speaker(qs, "It is late") == "Tom Hale"


def test_it_after_a_sentence_about_a_report_is_the_report():
    # "The report was drawn up by two committees. It said …": "It" opening the next sentence is the
    # report the sentence before is about, though the report has not spoken yet, not the last
    # speaker; a body named in a sentence between keeps its own "It".
    qs = quotes_of(
        """But in a written reply, the council said it would invite observers. The report was drawn up by two committees of MPs. It said that there was a strong case for change. It also said the rules were out of date.\n\nAcme makes cars. Acme said costs were rising. It said prices would go up."""
    )
    assert speaker(qs, "strong case for change") == "the report"
    assert speaker(qs, "rules were out of date") == "the report"
    assert speaker(qs, "it would invite observers") == "the council"
    assert speaker(qs, "prices would go up") == "Acme"


def test_a_title_with_a_ranking_prefix_is_the_person_given_it():
    # "Tory co-chairman Liam Fox … The Tory co-chairman attacked …": "co-chairman" is a chairman, a
    # title the article gave Dr Fox, so the role nominal is him, not a body called "Tory".
    qs = quotes_of(
        """Tory co-chairman Tom Hale was speaking in Leeds. Dr Hale told the BBC it was a lie. Ann Roe said little. The Tory co-chairman attacked the pledges as "vacuous" and said the premier was worried about the vote."""
    )
    assert speaker(qs, "vacuous") == "Tom Hale"
    assert speaker(qs, "the premier was worried") == "Tom Hale"


def test_a_body_s_post_holder_in_the_opening_is_the_person_named_next():
    # "…, its co-chairman has said." in the opening line: the title of the body's post-holder, like
    # "the party chairman", is the person the article names next; later, "Its chairman said" with
    # nobody given the title is not whoever was named nearby.
    qs = quotes_of(
        """The party would deal kindly with any request to rejoin, its co-chairman has said.\n\nDr Tom Hale told the BBC there was no place for spite."""
    )
    assert speaker(qs, "deal kindly with any request") == "Tom Hale"
    qs = quotes_of("""Acme makes cars in Kelso. Tom Hale works there. Its chairman said sales were up.""")
    assert speaker(qs, "sales were up") != "Tom Hale"


def test_a_whole_quotation_before_according_to_is_a_direct_quote():
    # '"…," according to X' (also with a relative clause on X): the quoted sentence is X's, a direct
    # quote inside its marks, not the last speaker's and not reported words with the marks in them.
    qs = quotes_of(
        """The firms have pledged to drop the songs. "The industry will work with the artists," according to media strategist Tom Hale, who advises the labels.\n\nSales will rise, according to Ann Roe, who runs the shop."""
    )
    q = find(qs, "The industry will work")
    assert (q.speaker, q.kind, q.text) == ("Tom Hale", "direct", "The industry will work with the artists")
    assert speaker(qs, "Sales will rise") == "Ann Roe"
    assert speaker(qs, "to drop the songs") == "the firms"


def test_the_agent_of_a_passive_before_who_said_is_the_speaker():
    # "the claim was denied by Kelso spokesman, who said: …": the agent after "by" speaks, not a phrase
    # "denied by Kelso spokesman"; "a report published by Ofcom" keeps its participle.
    qs = quotes_of(
        """But the claim was denied by Kelso spokesman, who said: "His accusations are empty." The plan was firmly rejected by Tom Hale, who said the cost was too high."""
    )
    assert speaker(qs, "His accusations are empty") == "Kelso spokesman"
    assert find(qs, "His accusations are empty").cue == "Kelso spokesman said"
    assert speaker(qs, "the cost was too high") == "Tom Hale"


def test_a_body_named_with_the_before_its_appositive_is_it():
    # "The Free Code Foundation, a civil rights watchdog, is …": the body's name after its article is a
    # body, so "it said" in the next sentence is the foundation.
    qs = quotes_of(
        """The Free Code Foundation, a civil rights watchdog, is also defending Bolt. The case raises a question of critical importance at the border between copyright and innovation, it said."""
    )
    assert speaker(qs, "The case raises a question") == "Free Code Foundation"


def test_the_agent_after_passively_quoted_words_says_them():
    # 'was dismissed as "ridiculous" by Justice Tom Hale', 'has been branded "reckless" by the Kelso
    # Party': the agent named after the words says them; with no agent the words stay nobody's, and a
    # nickname ('dubbed "the Hammer" by fans') is no quote of the fans'.
    qs = quotes_of(
        """But this argument was dismissed as "ridiculous" by Justice Tom Hale. The plan has been branded "reckless" by the Kelso Party. The scheme was described as "a mess". The boxer was dubbed "the Hammer" by fans."""
    )
    assert speaker(qs, "ridiculous") == "Tom Hale"
    assert speaker(qs, "reckless") == "Kelso Party"
    assert speaker(qs, "a mess") == "unattributed"
    assert not_quoted(qs, "the Hammer")


def test_a_title_the_article_gives_someone_is_theirs():
    # "Tom Hale says … The prime minister is trying …": the article gives Tom Hale a title, so "the
    # chancellor" later is not him but the other politician it names.
    qs = quotes_of(
        """Tom Hale says the manifesto will be bold.\n\nThe prime minister is trying to draw a line under talk of a rift with Jim Roe. Mr Roe is touring Africa this week.\n\nOn Wednesday Mr Hale denied Mr Roe made that remark, and before he left on Tuesday the chancellor told reporters: "Of course I trust the prime minister." Writing in the Kelso Herald, Mr Roe set out his plans. "Full employment is our aim," he wrote."""
    )
    assert speaker(qs, "Of course I trust") == "Jim Roe"
    assert speaker(qs, "the manifesto will be bold") == "Tom Hale"
    assert speaker(qs, "Full employment") == "Jim Roe"


def test_a_participle_opening_comes_before_the_subject():
    # "Writing in the Kelso Herald, Mr Roe set out …": the participial phrase opens the sentence, whose
    # subject Mr Roe is then introduced to speak the quote that follows, not the last speaker.
    qs = quotes_of(
        """Ann Roe said the plan was sound. Writing in the Kelso Herald, Tom Hale set out his view of the plan. "It is a good start but no more," is how he ends."""
    )
    assert speaker(qs, "It is a good start") == "Tom Hale"


def test_they_after_a_group_heading_a_sentence_is_that_group():
    # "Judges at the High Court have been hearing evidence. … They also said that …": the group of
    # people heading the sentence, with no cue of its own, is who "they" stands for when a sentence
    # soon after opens with it; things ("Rumours about a takeover") speak no words.
    qs = quotes_of(
        """Judges at the High Court have been hearing evidence for and against the networks.\n\nThe court will decide whether the firms are to blame. They also said that the firms had some responsibility.\n\nRumours about a takeover boosted Kelso's shares on Friday. They added an extra 6% to 27p in late trading."""
    )
    assert speaker(qs, "the firms had some responsibility") == "judges at the High Court"
    assert not_quoted(qs, "an extra 6%")


def test_a_name_with_the_particle_den_or_du_is_one_name():
    # "Nick van den Berg", "Jo du Toit": a lower-case particle inside a name joins its parts, so the
    # speaker is the whole name (not "Berg of Kelso Bank", then "Nick van" for "he").
    qs = quotes_of(
        """Analyst Nick van den Berg of Kelso Bank said the results were "modest". "Sales are flat," he said. Coach Jo du Toit said the side was tired."""
    )
    assert speaker(qs, "the results were") == "Nick van den Berg"
    assert speaker(qs, "Sales are flat") == "Nick van den Berg"
    assert speaker(qs, "the side was tired") == "Jo du Toit"


def test_a_report_closing_the_sentence_holds_the_speech_nested_in_it():
    # "Kelso said 900 boats were lost, the Kelso Times reported.": nested speech is the outermost
    # speaker's, so the paper reports the whole clause; the one it quotes still speaks there, so a
    # later "he" is still theirs.
    qs = quotes_of(
        """Tom Hale said the deal was done, the Kelso Times reported on Monday. "It was fine," he said."""
    )
    assert speaker(qs, "Tom Hale said the deal was done") == "Kelso Times"
    assert speaker(qs, "It was fine") == "Tom Hale"
    # a report that does not close the sentence on its own ("as … reported in May") holds nothing
    qs = quotes_of("""Tom Hale said the deal was done, as the Kelso Times reported in May.""")
    assert speaker(qs, "the deal was done") == "Tom Hale"


def test_an_age_makes_a_description_a_person_whatever_its_noun():
    # "The 41-year-old chart-topper told …", "the 27-year-old Austrian said": the age marks a person
    # the article has named, though "chart-topper" is no listed person noun and "Austrian" is no body;
    # a name after the age stays that name.
    qs = quotes_of(
        """Singer Tom Vale has said that a new album is his last.\n\nThe 41-year-old chart-topper told reporters in Paris that he wanted to rest."""
    )
    assert speaker(qs, "he wanted to rest") == "Tom Vale"
    qs = quotes_of(
        """Striker Hans Moser was fined on Sunday by his club. "I have acted correctly," the 27-year-old Austrian said."""
    )
    assert speaker(qs, "I have acted correctly") == "Hans Moser"
    qs = quotes_of(
        """Striker Hans Moser praised Jo Bell. "I would be keen to leave," admitted the 28-year-old Bell."""
    )
    assert speaker(qs, "I would be keen to leave") == "Jo Bell"


def test_a_seat_joining_two_places_with_and_is_still_a_seat():
    # "the Tory MP for Hull and Leeds North admitted": the seat's name joins two places with "and";
    # the MP is the one the article named, not a body called "Tory MP for Hull and Leeds North".
    qs = quotes_of(
        """Former minister Tony Reed said the bill was "costly". But the Tory MP for Hull and Leeds North admitted the plan "cannot work"."""
    )
    assert speaker(qs, "the plan") == "Tony Reed"
    # a minister sits as an MP: "the MP" is the minister the sentence before is about, not the one
    # named most often
    qs = quotes_of(
        """Courts minister Ann Roe said the bill was fair. Ms Roe said it was "overdue". Roe added that the courts would cope. Former Cabinet minister Tom Hale said the bill was "costly". But the Tory MP for Hull and Leeds North admitted the plan "cannot work"."""
    )
    assert speaker(qs, "the plan") == "Tom Hale"


def test_a_name_opening_a_hanging_clause_keeps_its_title_as_an_aside():
    # "He spoke as Sir Ed Lane, CBI director general, warned …": the clause after "as" opens with the
    # name; the title between commas is an aside about him, not the speaker.
    qs = quotes_of(
        """Tom Hale said there would be no spree. He was speaking as Sir Ed Lane, CBI director general, said any extra cash should go on skills."""
    )
    assert speaker(qs, "any extra cash should go") == "Ed Lane"
    # "Some, such as Ann Roe, said": an example of those speaking, not the subject
    qs = quotes_of("""Some, such as 83-year-old Ann Roe, said they would rather go to jail.""")
    assert speaker(qs, "rather go to jail") != "Ann Roe"


def test_the_pm_is_the_prime_minister():
    # "The PM insisted …": the abbreviated title stands for the prime minister the article names,
    # not a body called "PM" (nor one called "Prime Minister").
    qs = quotes_of(
        """Prime Minister Tony Reed said the bill was "costly". The PM insisted nothing would derail the campaign."""
    )
    assert speaker(qs, "nothing would derail") == "Tony Reed"
    qs = quotes_of(
        """Labour MPs have criticised Tony Reed and Ann Roe amid reports of a rift.\n\nThe PM insisted nothing would derail the campaign."""
    )
    assert speaker(qs, "nothing would derail") == "Tony Reed"


def test_a_lower_case_portfolio_joined_by_and_is_one_title():
    # "…, the work and pensions minister has said.": two portfolio words joined by "and", then the
    # post, make one title (the person named next), not "pensions minister" cut off after "and".
    qs = quotes_of(
        """The "belief that age is a barrier" to work needs to be "dropped", the work and pensions minister has said.\n\nThis was why the government was acting, Tom Hale said."""
    )
    assert speaker(qs, "to work needs to be") == "Tom Hale"
    # a second person after "and the …" stays apart: "the staff and the finance minister" is two
    qs = quotes_of("""Ann Roe met the staff. The staff and the finance minister said the plan was fair.""")
    assert find(qs, "the plan was fair").cue == "the finance minister said"


def test_a_participle_phrase_after_the_subject_describes_it():
    # "Lawyers acting for the men said …", "A man being held without charge told the court …": the
    # participle phrase describes the subject, who speaks (not "the men", nor nobody).
    qs = quotes_of("""Lawyers acting for the men said they would appeal against the ruling.""")
    assert speaker(qs, "they would appeal") == "Lawyers"
    qs = quotes_of("""On Monday, a man being held without charge told the court he was innocent.""")
    assert speaker(qs, "he was innocent") == "a man"
    # a fronted phrase with a participle is no subject: "In a statement detailing …, Kelso Bank said"
    qs = quotes_of("""In a statement detailing the losses Kelso Bank said the system had failed.""")
    assert speaker(qs, "the system had failed") == "Kelso Bank"
    # "Experts studying the seas … have forecast more storms of the kind which …": a noun phrase with its
    # relative clause is no reported clause
    qs = quotes_of("""Experts studying the seas off Kelso have forecast more severe weather of the type which caused havoc last month.""")
    assert not_quoted(qs, "severe weather")


def test_who_spoke_of_the_title_does_not_hold_it():
    # "Ann Roe said the chancellor had failed": whoever speaks of "the chancellor" as somebody else
    # is not the chancellor a later cue names, though she heads the sentence before it.
    qs = quotes_of(
        """Tom Hale delivered his budget on Monday. Critics attacked it. Ann Roe said the chancellor had failed to act. The chancellor said his plans were sound."""
    )
    assert speaker(qs, "had failed to act") == "Ann Roe"
    assert speaker(qs, "his plans were sound") == "Tom Hale"
    # ("the home secretary" in her words leaves her the foreign secretary)
    qs = quotes_of(
        """Ann Roe has attacked the court. "The judges are wrong to blame the home secretary," she said. The foreign secretary insisted it was for Parliament to decide."""
    )
    assert speaker(qs, "it was for Parliament to decide") == "Ann Roe"


def test_developers_proponents_advocates_and_promoters_are_people():
    # "its developers say", "Other proponents of the bill said": nouns for people who speak as a
    # group, under the phrase the article gives them, not the person it named last.
    qs = quotes_of(
        """Ann Roe runs the Kelso ferry. "It is busy," she said. The app can also book seats, its developers say. Other proponents of the scheme said it was a fair deal. So far, the harbour programme promoters say the trial has gone well. Privacy advocates argue the data is at risk."""
    )
    assert speaker(qs, "The app can also book seats") == "its developers"
    assert speaker(qs, "it was a fair deal") == "Other proponents of the scheme"
    assert speaker(qs, "the trial has gone well") == "the harbour programme promoters"
    assert speaker(qs, "the data is at risk") == "Privacy advocates"


def test_he_after_an_unnamed_source_heading_the_sentence_before():
    # "But a spokeswoman for the port defended the rules. She said …": the unnamed source heading the
    # sentence before is who "she" is, though she had not spoken yet (not the last speaker).
    qs = quotes_of(
        """Chairwoman Ann Roe said the rules were unfair. But a spokeswoman for the Kelso Port Authority defended the rules. She said they were fair to every boat owner."""
    )
    assert speaker(qs, "the rules were unfair") == "Ann Roe"
    assert speaker(qs, "fair to every boat owner") == "a spokeswoman for the Kelso Port Authority"


def test_an_owner_in_the_subjects_aside_does_not_head_the_sentence():
    # "Ann Kujda, Tom's younger sister, describes …": the possessive inside her aside only says whose
    # sister she is, so "she" in the next sentence is Ann, not Tom.
    qs = quotes_of(
        """Tom Kujda plays in a band. "It is loud," said Kujda. Ann Kujda, Tom's younger sister and a fellow band member, describes a concert as noise. "I make music with beats," she said."""
    )
    assert speaker(qs, "It is loud") == "Tom Kujda"
    assert speaker(qs, "I make music with beats") == "Ann Kujda"


def test_a_participle_after_an_owner_and_the_aside_naming_the_subject():
    # "Ann's uncle, Lewis Hale, told …, saying: …": the sentence is about the uncle the aside names,
    # so the participle's words are his, not the owner's before him.
    qs = quotes_of(
        """Ann Roe's killer, Tom Ford, pleaded guilty. Ann's uncle, Lewis Hale, told the paper that Ford deserved no credit, saying: "Nothing is worth five years off a sentence." """
    )
    assert speaker(qs, "Ford deserved no credit") == "Lewis Hale"
    assert speaker(qs, "Nothing is worth five years") == "Lewis Hale"


def test_somebody_the_titles_holder_has_is_not_the_holder():
    # "The actor's friend Ben Hale told …": Hale is named as the actor's friend, so "the actor" in the
    # next sentence is not him, though he heads the sentence before.
    qs = quotes_of(
        """Film star Tom Ray is said to have turned down the role. The actor's friend Ben Hale told a magazine that Ray's agent had urged him to read the novel. The actor refused, throwing the book away and saying: "I will not do it." """
    )
    assert speaker(qs, "urged him to read") == "Ben Hale"
    assert speaker(qs, "I will not do it") == "Tom Ray"


def test_a_cue_that_gave_a_quoted_phrase_its_speaker_heads_the_pronoun_chain():
    # "… the mayor hailed her deputy's “brilliant” work. And she claimed …": the cue of a quoted phrase
    # in narration names who "she" is next, not a speaker before it.
    qs = quotes_of(
        """Mayor Ann Roe defended the budget. Jo Bell accused her of "a shabby trick" and said the plan was a sign of panic. At the launch, the mayor hailed her deputy's "brilliant" work. And she claimed the council would save £3m."""
    )
    assert speaker(qs, "brilliant") == "Ann Roe"
    assert speaker(qs, "the council would save") == "Ann Roe"


def test_police_ranks_are_titles_and_person_nouns():
    # "Kelso Chief Constable Alan Webb told …": the rank is a title, not part of his name; "the chief
    # constable added" is the officer the article gave that rank, and "A chief constable has …" in the
    # opening line the one it names next.
    qs = quotes_of(
        """A chief constable has backed late licensing, saying police could cope with the change.

Kelso Chief Constable Alan Webb told the BBC the law would be enforced. The chief constable added that hunts would not be broken up."""
    )
    assert speaker(qs, "the law would be enforced") == "Alan Webb"
    assert speaker(qs, "hunts would not be broken up") == "Alan Webb"
    assert speaker(qs, "police could cope") == "Alan Webb"


def test_a_person_then_where_they_are_is_the_speaker():
    # "correspondent Tom Hale at Ashby on Moor Top in the West Country said": the places after the
    # name, each after "in", "at" or "on", say where the speaker is; "West Country" is no person.
    qs = quotes_of(
        """BBC correspondent Tom Hale at Ashby on Moor Top in the West Country said 2,000 people had turned out."""
    )
    assert speaker(qs, "2,000 people") == "Tom Hale"


def test_he_passes_a_place_named_in_passing_to_the_speaker_before():
    # "Tom Hale insists … The French star played at the Nou Park in 2000. “…,” he told BBC Sport.":
    # a capitalised place after "the" is named in passing; "he" is the speaker of the sentence before,
    # though the article has not yet given his sex.
    qs = quotes_of(
        """Tom Hale insists there is no chance of a repeat.\n\nThe French star was part of the side crushed 5-1 at the Nou Park in 2000. "Things will be different," he told BBC Sport."""
    )
    assert speaker(qs, "Things will be different") == "Tom Hale"


def test_a_body_named_after_the_verb_runs_on_past_of():
    # "…, says the Institute of Public Policy Research (IPPR).", "said a Department of Trade
    # spokeswoman": a body's name after the verb runs on past "of", as it does before the verb; a
    # person's "of" still ends their name ("said Tom Hale of the EIU").
    qs = quotes_of(
        """Online forums could build trust, says the Institute of Public Policy Research (IPPR). "Rates will rise," said a Department of Trade spokeswoman. The plan is bad, said Tom Hale of the EIU."""
    )
    assert speaker(qs, "build trust") == "Institute of Public Policy Research"
    assert speaker(qs, "Rates will rise") == "a Department of Trade spokeswoman"
    assert speaker(qs, "The plan is bad") == "Tom Hale"


def test_his_own_title_in_the_opening_is_the_person_named_next():
    # "…, his closest associate has told a court." / "…, claims his agent.": somebody's own associate
    # or agent in the opening line is the person the next paragraph quotes by name, else the first
    # person it names who is not named in the opening sentence itself; "his family" stays a group.
    qs = quotes_of(
        """Former boss Tom Hale was involved in the fraud, his closest associate has told a US court.

Giving evidence against Mr Hale, ex-finance chief Ed Low implicated his colleague in the scandal."""
    )
    assert speaker(qs, "involved in the fraud") == "Ed Low"
    qs = quotes_of(
        """Kelso winger Jim Bell may not recover until March, claims his agent.

Bell had hoped to play against Ashby United on Monday. But Dan Cole said: "He is hurt."
"""
    )
    assert speaker(qs, "may not recover") == "Dan Cole"
    qs = quotes_of(
        """Singer Jim Bell has died at the age of 93, his family has said.

Bell recorded the theme for Ashby Hills in the 1960s."""
    )
    assert speaker(qs, "has died") == "his family"


def test_a_title_with_of_before_the_named_holder_is_no_name():
    # "Director of Public Prosecutions, Tom Reed QC, who sits on the board, said": the last word of the
    # title's own phrase ("Prosecutions") is no surname; the holder is the person named after it.
    qs = quotes_of(
        """Director of Public Prosecutions, Tom Reed QC, who sits on the panel, said the rule is set down by parliament. Chancellor of the Exchequer, Jo Bell, said the cost was small."""
    )
    assert speaker(qs, "the rule is set down") == "Tom Reed"
    assert speaker(qs, "the cost was small") == "Jo Bell"


def test_a_past_participle_phrase_after_the_subject_describes_it():
    # "A nurse sacked over remarks on her blog says …", "A city report issued on Tuesday on behalf of
    # a panel said …": the participle and its phrase describe the subject, which ends before them (not
    # "her blog", not "a panel"); "The firm collapsed in 2002 and prosecutors claim …" is a clause of
    # its own, then a new subject.
    qs = quotes_of(
        """A nurse sacked over remarks on her blog says she had no warning.\n\nA city report issued on Tuesday on behalf of a panel said that 500 jobs had gone. The Kelso bank collapsed in 2002 and prosecutors claim losses were hidden."""
    )
    assert speaker(qs, "she had no warning") == "a nurse"
    assert speaker(qs, "500 jobs had gone") == "a city report"
    assert speaker(qs, "losses were hidden") == "prosecutors"


def test_quoted_words_in_a_relative_clause_leave_the_subject_before_it():
    # "Mr Cole, who has called the plan a “farce” at the summit, has already said X": the quoted words
    # sit inside the relative clause that describes the subject, so the main verb's subject is still
    # the one before the clause, as it is with no quotation marks.
    qs = quotes_of(
        """Mr Cole, who has described the plan as a "farce" on the world stage, has already said reform would be one of his priorities. Ms Roe, who argues the deal was a "good one", has said the vote could be held in May."""
    )
    assert speaker(qs, "reform would be one") == "Cole"
    assert speaker(qs, "the vote could be held") == "Roe"


def test_a_name_particle_is_no_fifth_name():
    # "President Luiz Inacio Lula da Silva": four names and a particle are one person's name, without
    # the title (a run of five names is still no person).
    qs = quotes_of(
        """President Joao Carlos Vieira da Costa promised to cut taxes. Mr da Costa said the plan was fair."""
    )
    assert speaker(qs, "to cut taxes") == "Joao Carlos Vieira da Costa"
    assert speaker(qs, "the plan was fair") == "Joao Carlos Vieira da Costa"


def test_quoted_words_in_a_participle_phrase_leave_the_subject_before_it():
    # "A nurse suspended over “rude remarks” on her blog - a web diary - says …": the quoted words
    # and the dashed aside are inside the participle phrase that describes the subject; the nurse is
    # the woman the article names next.
    qs = quotes_of(
        """A US nurse suspended over "rude remarks" on her blog - a web diary - says she has been fired.\n\nAnn Roe, known as the Sky Nurse, wrote a diary. She was suspended in May."""
    )
    assert speaker(qs, "she has been fired") == "Ann Roe"


def test_more_person_nouns_and_a_work_named_after_its_kind():
    # "attendant", "assistant", "consultant", "steward" … are person nouns, so "A US airline attendant
    # … says" and "The legal assistant said" are people: the woman the article names next, and the man
    # the sentence before is about. A name right after the work it titles ("its programme Fear
    # Factor.") is the work's, not a person who could be "the legal assistant".
    qs = quotes_of(
        """A US airline attendant says she has been fired.\n\nAnn Roe, known as the Sky Queen, wrote a blog."""
    )
    assert speaker(qs, "she has been fired") == "Ann Roe"
    qs = quotes_of(
        """A TV network is being sued by a viewer who says he was disgusted by the show.\n\nTom Hale is taking action against NBC over its programme Fear Factor. He said the show made him ill. The legal assistant said NBC was "sending the wrong message"."""
    )
    assert speaker(qs, "sending the wrong message") == "Tom Hale"


def test_the_subject_of_a_gerund_after_despite_speaks():
    # "The news comes despite his allies saying …": the phrase between "despite" (or "amid",
    # "following", as "with") and the participle is who speaks, not the sentence's subject with it.
    qs = quotes_of(
        """Tom Hale was sacked on Monday. The news comes despite his allies saying they had enough support to hold a vote. Prices rose, with investors saying they feared inflation."""
    )
    assert speaker(qs, "enough support") == "his allies"
    assert speaker(qs, "feared inflation") == "investors"


def test_late_or_early_before_a_time_opens_an_adverbial():
    # "Late last year, marketing company Ashco, one of the leading …, warned that X": "Late last year"
    # is when, not the subject; the subject is the body named after it.
    qs = quotes_of(
        """Late last year, marketing company Ashco, one of the leading providers of online advertising, warned that some of its business would be sold. Early on Monday, Tom Hale said the deal was off."""
    )
    assert speaker(qs, "some of its business") == "Ashco"
    assert speaker(qs, "the deal was off") == "Tom Hale"


def test_speaker_is_a_title():
    # "Speaker Tom Hale revealed …", "Deputy Speaker Ann Roe agreed …": the Commons Speaker's post is a
    # title before the name, not part of it; "the Speaker said" is then the one who holds it.
    qs = quotes_of(
        """Speaker Tom Hale revealed some MPs had been using phones in debates. Deputy Speaker Ann Roe agreed it was "of concern". Later the Speaker said the rules would change."""
    )
    assert speaker(qs, "using phones") == "Tom Hale"
    assert speaker(qs, "of concern") == "Ann Roe"
    assert speaker(qs, "the rules would change") == "Tom Hale"


def test_a_champion_is_the_person_the_article_is_about():
    # "The double Olympic champion said": what a person has won names them as a title does (the
    # runner the sentence before is about), and whatever else the article calls them ("team member
    # Ann Roe … said the European champion"); "the two-time champion" is not another champion the
    # article named for the word alone.
    qs = quotes_of(
        """Olympic champion Tom Ash won in Oslo on Sunday.\n\nBritish team member Ann Roe ran too. She said the team was happy. "It was a great race," said the European cross-country champion.\n\nMia Lund set a record in Rome. The world indoor champion said: "I felt strong." "I will be back," said the two-time champion."""
    )
    assert speaker(qs, "It was a great race") == "Ann Roe"
    assert speaker(qs, "I felt strong") == "Mia Lund"
    assert speaker(qs, "I will be back") == "Mia Lund"
    # "nine-times champion Dermot Vale … the athlete told": the win is no title that stops him being
    # the athlete.
    qs = quotes_of(
        """Meanwhile, nine-times champion Dermot Vale will not race in Kelso. An injury crisis in the club led to Vale being entered but the athlete told reporters on Friday that he would not be running."""
    )
    assert speaker(qs, "he would not be running") == "Dermot Vale"


def test_some_of_those_questioned_are_a_polls_respondents():
    # "Many of those questioned said …": the share of a poll's respondents speaks under the phrase the
    # article gives it, with the participle that says they were polled.
    qs = quotes_of(
        """A survey of 900 Kelso voters was published on Monday. Many of those questioned said they wanted a new bridge. Some of those polled said the council was slow."""
    )
    assert speaker(qs, "they wanted a new bridge") == "many of those questioned"
    assert speaker(qs, "the council was slow") == "some of those polled"


def test_which_after_a_body_named_inside_a_longer_phrase():
    # "an investigation by the UK's Office of Fair Trading (OFT), which said …": "which" stands for
    # the body named right before it, not for the phrase that ends with its name.
    qs = quotes_of(
        """The market has been the subject of an investigation by the UK's Office of Fair Trading (OFT), which said in a 2002 report that retailers needed to act.\n\nIt was praised in a study by the Kelso Institute for Rural Affairs, which said the plan was sound."""
    )
    assert speaker(qs, "retailers needed to act") == "Office of Fair Trading"
    assert speaker(qs, "the plan was sound") == "Kelso Institute for Rural Affairs"


def test_the_organisation_is_the_body_just_named():
    # "The RAC welcomed the news … But the organisation urged …": "the organisation" is a body named by
    # its own name in that sentence or the one before; further back any body might be one.
    qs = quotes_of(
        """Fuel duty was frozen on Thursday. The RAC welcomed the news, calling it a gift for motorists. But the organisation urged drivers to shop around.\n\nThe tax was cut in 2001. Prices rose in May. The organisation said drivers should buy less."""
    )
    assert speaker(qs, "drivers to shop around") == "RAC"
    assert speaker(qs, "drivers should buy less") == "the organisation"


def test_its_co_chairman_is_the_person_named_next():
    # "…, its co-chairman has said." in the opening line: a title with "its" (a body's post), written
    # with "co-", is the person the article names next, who holds it ("Tory co-chairman Tom Hale …
    # The Tory co-chairman attacked …" later); "According to its lawyer, Ann Roe of Kelso Chambers, …"
    # is the person the appositive names.
    qs = quotes_of(
        """The Kelso Party would deal "kindly" with any bid by Lord Vane to rejoin, its co-chairman has said.\n\nDr Tom Hale told BBC One there was no place for spite. The Tory co-chairman attacked the plans as "vacuous".\n\nAccording to its lawyer, Ann Roe of Kelso Chambers, the claim is based on that figure."""
    )
    assert speaker(qs, "would deal") == "Tom Hale"
    assert speaker(qs, "vacuous") == "Tom Hale"
    assert speaker(qs, "the claim is based on that figure") == "Ann Roe"


def test_speaker_is_a_title_before_a_name():
    # "Deputy Speaker Ann Roe agreed …": the Commons post is a title, not the first word of her name.
    qs = quotes_of(
        """MPs raised the matter on Monday. Deputy Speaker Ann Roe agreed it was "of concern". Speaker Tom Hale later said the men had used a forged letter."""
    )
    assert speaker(qs, "of concern") == "Ann Roe"
    assert speaker(qs, "forged letter") == "Tom Hale"


def test_an_advert_speaks_and_proponents_are_people():
    # "“…!” the advert said" / "the adverts say …": an advert speaks as such, like a statement or a
    # letter; "Other proponents of the bill said …" are people, as "opponents" are.
    qs = quotes_of(
        """Fans paid for a full-page advert in Kelso on Monday. "Captain Vale needs your help!" the advert said. It also urged supporters to join a rally.\n\nOther proponents of the bill said it was a good compromise."""
    )
    assert speaker(qs, "needs your help") == "the advert"
    assert speaker(qs, "supporters to join a rally") == "the advert"
    assert speaker(qs, "a good compromise") == "Other proponents of the bill"


def test_a_relative_with_a_pronoun_owner_is_the_relative():
    # "his son said": the son, never the man "his" points to; the one the article named as his son
    # ("Mr Vance's son Peter"), one named right after the cue ("said his wife, Sheila"), else the son
    # as the article calls him.
    qs = quotes_of(
        """The tapes were made by engineer Tom Vance. "We could use the money," Mr Vance's son Peter, 57, said. Mr Vance, who died in 1994, made two tapes. "He called them his spare tapes," his son said."""
    )
    assert speaker(qs, "his spare tapes") == "Peter"
    qs = quotes_of("""The tapes were made by engineer Tom Vance. Mr Vance, who died in 1994, made two tapes. "He called them his spare tapes," his son said.""")
    assert speaker(qs, "his spare tapes") == "his son"
    qs = quotes_of("""The novelist Arthur Hale died on Monday. He suffered a stroke in May. "He had a wonderful life," said his wife, Sheila.""")
    assert speaker(qs, "a wonderful life") == "Sheila"
    # (a family is no relative named by a family noun: it speaks as the article calls it)
    qs = quotes_of("""The singer Ann Roe died on Monday. "She was brave," her family said.""")
    assert speaker(qs, "She was brave") == "her family"


def test_a_title_with_a_pronoun_owner_is_not_the_owner():
    # "his lawyer said": the one whose lawyer he is is the person "his" stands for, never the lawyer;
    # with nobody given the title, the lawyer as the article calls him.
    qs = quotes_of("""Singer Tom Hale was granted bail on charges of robbery. But his lawyer said the charges were false.""")
    assert speaker(qs, "the charges were false") == "his lawyer"
    # in the opening line, the person named next who is not the owner (not "Ms Roe" herself)
    qs = quotes_of(
        """Chancellor Ann Roe will meet her spending rule "with room to spare", according to her former chief economic adviser.\n\nFormerly one of Ms Roe's closest aides, Jim Ross hinted at a giveaway."""
    )
    assert speaker(qs, "will meet her spending rule") == "Jim Ross"
    # (but not someone the owner's own sentence names in passing; a person the next paragraph quotes by
    # name would be the agent: see test_his_own_title_in_the_opening_is_the_person_named_next)
    qs = quotes_of(
        """Winger Tom Hale may miss the final, claims his agent.\n\nHale, 26, had hoped to play against Kelso Rovers on Saturday. But the club said: "He is fit." """
    )
    assert speaker(qs, "may miss the final") == "his agent"


def test_a_described_relative_with_a_pronoun_owner_is_the_relative():
    # "His British-born wife, Joan, suggested …", "said his eldest son": words describing the relative
    # leave them the relative, not the man "his" points to.
    qs = quotes_of("""Tom Hale was a writer. His British-born wife, Joan, suggested he should write a novel.""")
    assert speaker(qs, "he should write a novel") == "Joan"
    qs = quotes_of("""Tom Hale was a writer. "He worked hard," said his eldest son.""")
    assert speaker(qs, "He worked hard") == "his eldest son"


def test_a_title_with_its_seat_is_the_person_just_spoken_of():
    # "The MP for Kelso Marsh claimed …", "the Tory MP for Kelso and North Dunmore admitted …": the seat
    # is news about someone already in the story; with nobody given that title, the person the
    # sentence before is about (not a body called "MP for Kelso Marsh", not the place).
    qs = quotes_of(
        """Ann Roe, the culture secretary, backed the bill. Meanwhile Labour backbencher Jim Ross mocked the plan. The MP for Kelso Marsh claimed the law would encourage crime."""
    )
    assert speaker(qs, "the law would encourage crime") == "Jim Ross"
    qs = quotes_of(
        """Former minister Tom Hale said the bill was wrong. But the Tory MP for Kelso and North Dunmore admitted there were problems."""
    )
    assert speaker(qs, "there were problems") == "Tom Hale"


def test_a_relative_with_a_named_owner_is_the_relative_the_article_names():
    # "Mr Hale's father, Azmat, said …", "Tom Vale's mother has said … His mother Ann Vale told …": the
    # relative the article names by that family noun, right after the cue or later, not the phrase.
    qs = quotes_of(
        """Moazzam Hale and Jim Ross were freed. Mr Hale's father, Azmat, said he would see his son. Later Azmat Hale said he was worried."""
    )
    assert speaker(qs, "he would see his son") == "Azmat Hale"
    qs = quotes_of(
        """Singer Tom Vale denies the charges. Meanwhile Tom Vale's mother has said she is certain her son is innocent. His mother Ann Vale told a TV network that he loved children."""
    )
    assert speaker(qs, "she is certain") == "Ann Vale"
    # (with no relative named, the relative as the article calls them)
    qs = quotes_of("""Singer Tom Vale denies the charges. Tom Vale's mother has said she is certain her son is innocent.""")
    assert speaker(qs, "she is certain") == "Tom Vale's mother"


def test_a_participle_after_a_possessive_subject_goes_back_to_the_person_named():
    # "Kelso magazine's editor Tom Hale said …, adding that …": a noun in the possessive ("magazine's")
    # is part of the subject's noun phrase, so the participle is Tom Hale's, not the magazine's; a title
    # with no name after it ("The party's leader") stays as it is.
    qs = quotes_of(
        """Kelso magazine's editor Tom Hale said the film had a chance, adding that it would win two awards."""
    )
    assert speaker(qs, "it would win two awards") == "Tom Hale"
    qs = quotes_of("""The party's leader said the plan was dead, adding that it would fail.""")
    assert speaker(qs, "it would fail") == "the party's leader"


def test_the_one_quoted_speaks_with_or_without_as():
    # "The Kelso Herald quoted Mr Hale telling a meeting …": like "quoted Mr Hale as telling …", the
    # one quoted is the speaker, not the paper that quoted him; the pronoun cues after it go on with him.
    qs = quotes_of(
        """Tom Hale spoke in Kelso on Monday. The Kelso Herald quoted Mr Hale telling a meeting he wanted more ferries. "We need them now," he said.\n\nThe Kelso Herald said the harbour was busy."""
    )
    assert speaker(qs, "he wanted more ferries") == "Tom Hale"
    assert speaker(qs, "We need them now") == "Tom Hale"
    assert speaker(qs, "the harbour was busy") == "Kelso Herald"


def test_a_body_named_with_for_is_the_whole_name():
    # "The Institute for Kelso Studies said …", "the Bank of Arden's warning that …": a body's name runs
    # on past "for" (as past "of"); the capitalised words after it are no person or body of their own.
    qs = quotes_of(
        """The Institute for Kelso Studies said that taxes would have to rise by 2008. It added that public spending would fall next year.\n\nTom Hale pointed to the Bank of Arden's warning that prices will rise this year. The Commission for Rural Affairs said farm incomes had fallen sharply."""
    )
    assert speaker(qs, "taxes would have to rise") == "Institute for Kelso Studies"
    assert speaker(qs, "spending would fall") == "Institute for Kelso Studies"
    assert speaker(qs, "prices will rise this year") == "Bank of Arden"
    assert speaker(qs, "farm incomes had fallen") == "Commission for Rural Affairs"


def test_a_concessive_clause_ends_at_the_main_clause():
    # "Although the firm said X, observers said Y": the cue's clause hangs on the main one, so its
    # words end at the comma before the main clause's subject and verb (which may speak itself); a
    # comma inside the reported words ("the plan, approved in May, is flawed") does not end them.
    qs = quotes_of(
        """Although the firm's statement said it would watch developments closely, observers said they thought it would quit the deal.\n\nWhile Ann Roe has suggested a merged firm would be run from Kelso, the mayor of Arden has raised concerns about jobs. Although critics say the plan, approved in May, is badly flawed, it has gone ahead."""
    )
    assert find(qs, "watch developments").text == "it would watch developments closely"
    assert speaker(qs, "would quit the deal") == "observers"
    assert find(qs, "merged firm").text == "a merged firm would be run from Kelso"
    assert speaker(qs, "merged firm") == "Ann Roe"
    assert find(qs, "approved in May").text == "the plan, approved in May, is badly flawed"
    assert not_quoted(qs, "raised concerns")


def test_a_description_that_goes_on_speaking_is_the_last_speaker():
    # "“…,” added the 30-year-old", "the charity's director added": a verb of going on speaking with a
    # description nobody was given as a title is whoever was quoted last (not somebody merely named
    # in between, nor the person the article names most); a description that does not fit them
    # ("the actress") is somebody else.
    qs = quotes_of(
        """Tom Hale is being urged by campaigners to double aid. Some 45 million children will die, Kelso Aid says. The call comes as Tom Hale prepares to chair the summit, and Tom Hale has promised action. "This scandal must stop," Kelso Aid's Ben Roe said.\n\n"The poorest are paying with their lives," the charity's director added.\n\n"It is more bitter against them," defender Jim Vale told the paper. "There is an edge." Last year, Kelso lost 2-0 at Old Trafford, which ended a long run.\n\n"It had a big impact on us," added the 30-year-old."""
    )
    assert speaker(qs, "paying with their lives") == "Ben Roe"
    assert speaker(qs, "a big impact on us") == "Jim Vale"


def test_a_body_is_mentioned_again_by_its_initials():
    # "The Kelso Securities Commission … The KSC unveiled two settlements, one for firms that were
    # part of rival bank Arden … In both cases, it said …": the initials mention the commission as
    # the subject before "it", so "it" is the commission, not the bank named in passing.
    qs = quotes_of(
        """Five Arden Bank units will pay $5m to settle a share trading inquiry. The Kelso Securities Commission said it had also brought fraud charges against two former executives.\n\nThe KSC unveiled two separate settlements, one covering the bank's own units, and another for firms that were part of rival bank Vale at the time. In both cases, it said there had been secret deals to trade fund shares."""
    )
    assert speaker(qs, "secret deals") == "Kelso Securities Commission"


def test_they_after_a_group_of_people_headed_by_a_source_noun():
    # "Appeal court law lords ruled against … They said …": a plural source noun ("lords", "MPs", with a
    # body after it in lower case: "The MPs on the committee") heading
    # the sentence is who "they" stands for next, as nouns for people ("judges") already are; a plural
    # that is no group of people or bodies ("Sales of the new cars rose") stands for nobody.
    qs = quotes_of(
        """Appeal court law lords ruled against the detention rules last week. They said it was wrong to hold suspects without trial.\n\nThe MPs on the committee visited the Kelso site in March. They said the works were late.\n\nSales of the new cars rose sharply. They said nothing."""
    )
    assert speaker(qs, "wrong to hold suspects") == "Appeal court law lords"
    assert speaker(qs, "the works were late") == "the MPs on the committee"
    assert not_quoted(qs, "nothing")


def test_a_couple_is_they():
    # "The couple … claimed … They said …": two people named as one ("couple", "pair", "duo") are
    # "they", not "he" or "she"; "He said" after them is still the man named since.
    qs = quotes_of(
        """The couple, who married in Kelso last year, claimed staff took photos of them. They said they allowed the pictures to be taken for a private album.\n\nThe pair said they wanted to be good role models. Tom Hale, their coach, was pleased. He said they had worked hard."""
    )
    assert speaker(qs, "private album") == "the couple"
    assert speaker(qs, "good role models") == "the pair"
    assert speaker(qs, "worked hard") == "Tom Hale"


def test_a_document_keeps_its_on_phrase():
    # "“…,” a statement on her website said.": the "on" phrase after a document is its own (where it
    # was posted, what it is about), so the statement speaks, not "her website"; a person's "on"
    # phrase is not read that way ("Tom Hale went on holiday. He said …").
    qs = quotes_of(
        """"Ann Roe had planned to play in Kelso," a statement on her website said. "She has decided against it."\n\nA report on the experiment said pupils had learnt more.\n\nTom Hale went on holiday. He said the break had helped."""
    )
    assert speaker(qs, "planned to play in Kelso") == "a statement on her website"
    assert speaker(qs, "decided against it") == "a statement on her website"
    assert speaker(qs, "pupils had learnt more") == "a report on the experiment"
    assert speaker(qs, "the break had helped") == "Tom Hale"


def test_a_plural_body_noun_is_the_bodies_named_together():
    # "Shares in Sony, Elan and Tavex Pharma fell … The three firms said …": a plural noun for bodies
    # is the bodies last named together, never one of them alone (it was Elan, the one the article
    # names most); bodies named together as a speaker before are "the companies" too. People named
    # together ("Tom Hale and Ann Roe, the founders") are no firms: the phrase stays as it is.
    qs = quotes_of(
        """Shares in Sony, Elan and Tavex Pharma fell sharply on Monday after trials of their drug were halted. Elan saw its shares lose 40%. The three firms said the halt was a precaution."""
    )
    assert speaker(qs, "a precaution") == "Sony, Elan and Tavex Pharma"
    qs = quotes_of("""In Kelso, Dalton Motors and Vey Cars said they would merge. The companies said the deal would save money.""")
    assert speaker(qs, "save money") == "Dalton Motors and Vey Cars"
    qs = quotes_of("""Tom Hale and Ann Roe, the founders of Vey Cars, were pleased. She praised the staff. The firms said the deal would save money.""")
    assert speaker(qs, "save money") == "the firms"


def test_a_body_and_where_it_is_speaks_not_the_place():
    # "Unions for Acme staff in Leeds have said", "The Kelso Housing Office (KHO) in Leeds said": the
    # group or body before "in" speaks, not the place after it; in "has a rival in Ashco, which argues"
    # Ashco is the rival and speaks.
    qs = quotes_of(
        """Unions for Acme staff in Leeds have said that 300 jobs would go. The Kelso Housing Office (KHO) in Leeds said it had taken over the scheme.\n\nThe firm has a rival in Ashco, which argues that its own plan is cheaper."""
    )
    assert speaker(qs, "300 jobs would go") == "Unions for Acme staff"
    assert speaker(qs, "taken over the scheme") == "Kelso Housing Office"
    assert speaker(qs, "its own plan is cheaper") == "Ashco"


def test_a_name_after_a_preposition_in_an_appositive_is_not_the_speaker():
    # "Acme Holdings, the operator of Kelso's Ashby Dam, has said …": the body named first speaks; the
    # name in the appositive is what the operator runs, after "of", not a person.
    qs = quotes_of("""Acme Holdings, the operator of Kelso's Ashby Dam, has said its profits doubled in 2004.""")
    assert speaker(qs, "its profits doubled") == "Acme Holdings"


def test_a_company_designator_ends_a_body_s_name_not_a_person_s():
    # "Acme Motor", "Kelso Electronics", "Ashby Pictures": a run that ends in a word companies name
    # themselves with is a body, so "it" later in the article can be it (not a person called "Acme
    # Motor", whom only "he" could stand for).
    qs = quotes_of(
        """Acme Motor has announced a new plant in Kelso.\n\nThe company did not give details of its investment but it said the new plant would produce 1,000 cars a year. Kelso Electronics has said it would buy parts. It said the deal was worth $5m."""
    )
    assert speaker(qs, "would produce 1,000 cars") == "Acme Motor"
    assert speaker(qs, "the deal was worth") == "Kelso Electronics"


def test_a_person_the_quote_names_is_not_introduced_to_speak_it():
    # "Kelso forward Tom Ash looks certain to get the call. “… and Tom Ash is an outstanding player …”":
    # quoted words that name the person the sentence before is about speak of them, so they go on
    # with the last speaker; without the name they are that person's.
    qs = quotes_of(
        """Ann Roe said: "We will pick the best side."\n\nAnd Kelso forward Tom Ash looks certain to get the call. "I took lessons from the last tour. "Every player is judged on merit and Tom Ash is an outstanding player."\n\nAnd Ashby forward Bob Ray looks certain to get the call too. "I am fit and ready to play."\n"""
    )
    assert speaker(qs, "I took lessons") == "Ann Roe"
    assert speaker(qs, "Tom Ash is an outstanding player") == "Ann Roe"
    assert speaker(qs, "I am fit and ready") == "Bob Ray"


def test_a_fronting_preposition_is_no_part_of_a_name():
    # "Despite Ashco manager Tom Ash's role, …", "Although Kelso Foods said …": a preposition or
    # conjunction opening the sentence is not a first name, so "Despite Ashco" is nobody "he" can be.
    qs = quotes_of(
        """Ann Roe, a lecturer at Kelso University, said the scheme was flawed. Despite Ashco administrator Tom's role in the plan, the basic design came from a firm in Leeds. "The design is poor," she said. Dr Bob Ray also studied it. Despite Ashco rules, moderators kept files clean. "There is a tension here," he said."""
    )
    assert speaker(qs, "There is a tension here") == "Bob Ray"


def test_a_name_after_of_is_not_the_subject_an_age_stands_for():
    # "The star of Green Door and Blue Sky said …": the films named after "of" are what the subject is
    # the star of, not who heads the sentence, so "The 67-year-old also said" goes back to the speaker
    # (Ann Roe), not to the last capitalised pair; a title with "of" before the name still heads it.
    qs = quotes_of(
        """Hollywood legend Ann Roe has hit out at films. The star of Green Door and Blue Sky said films were "poor". The 67-year-old also said she stopped working."""
    )
    assert speaker(qs, "films were") == "Ann Roe"
    assert speaker(qs, "she stopped working") == "Ann Roe"
    qs = quotes_of("""Secretary of State Tom Hale visited Kelso on Monday. The 50-year-old said the visit went well.""")
    assert speaker(qs, "the visit went well") == "Tom Hale"


def test_a_body_set_off_by_commas_after_its_kind_is_never_a_person():
    # "The world's biggest toy firm, Kelso Roe, has …": a name set off after "firm" is the firm's, so
    # "Kelso Roe employs 5,000 people" later is the firm again, not a person of that name, and "the
    # company said" is Kelso Roe's.
    qs = quotes_of(
        """The world's biggest toy firm, Kelso Roe, has reported a rise in profits.\n\nKelso said it was confident. "We are happy," said chief executive Tom Vale.\n\nThe rise had been expected by analysts after the company said in December that sales were weak. Kelso Roe employs 5,000 people."""
    )
    assert speaker(qs, "sales were weak") == "Kelso Roe"
    assert speaker(qs, "We are happy") == "Tom Vale"


def test_a_post_in_a_named_body_is_the_speaker_named_next():
    # "Responding to the plans, the chairman of the Kelso Traders Association … said … Ann Roe said:
    # …": a body's post held by nobody named so far is the person whose name opens the next sentence
    # as a speaker, not the party leader the article has named most; one given another title is not.
    qs = quotes_of(
        """Party leader Tom Hale said the new role would replace police boards. He said the office would not replace the chief constable. The Lib Dems said the plan was risky.\n\nResponding to the plans, the chairman of the Kelso Traders Association, which represents shopkeepers, said it was essential to act.\n\nAnn Roe said: "It is a disgrace." """
    )
    assert speaker(qs, "essential to act") == "Ann Roe"
    qs = quotes_of(
        """Party leader Tom Hale said the new role would replace police boards. He said the office would not replace the chief constable.\n\nResponding to the plans, the chairman of the Kelso Traders Association said it was essential to act.\n\nMayor Ann Roe said: "It is a disgrace." """
    )
    assert speaker(qs, "essential to act") != "Ann Roe"


def test_a_run_on_piece_goes_with_the_cue_after_the_run():
    # 'Tom Hale pushed a linesman. "He was sent off. "We do not know more," said a league statement.':
    # the piece run together with the next is one quote with it, the statement's, not the person the
    # sentence before is about; with a full stop closing the run (no cue after it) or a cue that only
    # describes somebody ("says the presenter") the introduced person keeps it.
    qs = quotes_of(
        """Tom Hale, 20, pushed a linesman in the defeat. "He was sent off for violent conduct but we do not know more. "We do not know how many red cards he was shown," said a league statement."""
    )
    assert speaker(qs, "He was sent off") == "a league statement"
    assert speaker(qs, "how many red cards") == "a league statement"
    qs = quotes_of(
        """Club director Ann Roe criticised the rules. "There is no logic to the system. "It is not a fair way to treat players." The league plans a review."""
    )
    assert speaker(qs, "no logic") == "Ann Roe"


def test_a_bare_title_nobody_holds_is_the_speaker_quoted_next():
    # "The minister said … “…,” Tom Kelso told …": a title nobody named holds, with nobody
    # named in its sentence or the one before, is the person the next sentence quotes by name (after
    # the quoted words), not whoever the article named most; with somebody named just before ("after
    # criticism by Tom Hale. The Kelso coach said …") it is still them.
    qs = quotes_of(
        """Betty Roe has said the upper house needs its own Speaker.\n\nBaroness Roe said she believed reforms had no clear outcome. "Now we have to take care of it," she told the BBC. In 1999 the party removed most peers. That was billed as the first stage of reform. The minister said further reforms could be unveiled soon.\n\n"We need to look very carefully at the Lords," Tom Kelso told the BBC."""
    )
    assert speaker(qs, "further reforms") == "Tom Kelso"
    qs = quotes_of("""A referee has defended his handling of the cup final.\n\nThe referee spoke after criticism by Tom Hale. The Kelso coach said his side were robbed. "I am satisfied," Ed Low told the BBC.""")
    assert speaker(qs, "his side were robbed") == "Tom Hale"


def test_a_stretch_of_recent_time_before_the_verb_is_no_speaker():
    # "Speeches made by Kelso Council in recent months said …", "Tom Hale over the past few weeks has
    # said …": a time phrase before the verb is when, never who; the speaker is the name before it.
    qs = quotes_of(
        """Speeches made by Kelso Council in recent months said that new rules might be an option. Tom Hale over the past few weeks has said he would quit."""
    )
    assert speaker(qs, "new rules might be") == "Kelso Council"
    assert speaker(qs, "he would quit") == "Tom Hale"


def test_a_passive_with_an_adverb_or_an_irregular_participle_is_narration():
    # "“We are sorry,” she said. They were all jailed for theft.", "The case was heard by a panel …":
    # a passive is the article's own account of what was done, also with an adverb before the
    # participle or a participle not in -ed/-en; after a modal "cut" is the verb itself.
    qs = quotes_of(
        """"We are sorry that it happened," said Ann Roe. They were all jailed for theft on weak evidence.

Kelso Council said the rules were unfair. The case was heard by a panel of five judges. The appeal was later dropped by the firm.

Tom Hale said the party had a plan. The party would cut taxes for the low paid."""
    )
    assert not_quoted(qs, "were all jailed")
    assert not_quoted(qs, "was heard by a panel")
    assert not_quoted(qs, "was later dropped")
    assert speaker(qs, "would cut taxes") == "Tom Hale"


def test_a_plain_past_after_unshifted_reported_words_is_narration():
    # "Ann Roe said output will rise at the plant. The firm had hoped to sell it.": the reported words
    # stay in the speaker's future, so the plain past after them shifts nothing back and is the
    # article's own account; after backshifted words ("would rise") it goes on, and so it does when
    # it keeps the speaker's present ("This was because the game does not rely on words").
    qs = quotes_of("""Output at the plant will rise to a million units, said chief executive Ann Roe. The firm had hoped to sell the plant in 2003.""")
    assert not_quoted(qs, "The firm had hoped")
    qs = quotes_of("""Chief executive Ann Roe said output would rise to a million units. The firm had hired staff to sell the plant's goods.""")
    assert speaker(qs, "The firm had hired staff") == "Ann Roe"
    qs = quotes_of("""Games, said Tom Hale, may help pupils learn. This was because the game does not rely on words alone.""")
    assert speaker(qs, "the game does not rely") == "Tom Hale"


def test_nothing_goes_on_from_a_participle_on_a_sentence_of_narration():
    # "Tom Hale spent four days in hospital, claiming he had been hurt in a crash. It was the demand
    # of the league that …": the participle gives words only to its own clause when the sentence it
    # hangs on is the article's narration; after "Ann Roe said …, adding …" a backshifted sentence
    # still goes on.
    qs = quotes_of("""Tom Hale then spent four days in a hospital, claiming he had been hurt in a crash. It was the demand of the league that led to the hearing.""")
    assert speaker(qs, "he had been hurt") == "Tom Hale"
    assert not_quoted(qs, "demand of the league")
    qs = quotes_of("""Ann Roe said the plan was fair, adding that it had wide support. It would also cut costs for the council.""")
    assert speaker(qs, "It would also cut costs") == "Ann Roe"


def test_a_thing_named_after_the_in_a_plain_past_is_narration():
    # '"We will win," said Ann Roe. The Harbour Bill was entering its second reading.': a thing's name
    # heading a plain past is the article's account of it; with a modal it may be the speaker's plan
    # for it ("The Zonebox would also support online play").
    qs = quotes_of(
        """Minister Ann Roe said the reform was overdue. The Harbour Reform Bill was entering its second reading on Monday.

"He was a fine actor," said archivist Tom Hale. The Rovers were one of the great bands of the decade."""
    )
    assert not_quoted(qs, "was entering its second reading")
    assert not_quoted(qs, "one of the great bands")
    qs = quotes_of("""Games chief Ray Lane said the console had to be easy to use. The Zonebox would also support online play.""")
    assert speaker(qs, "would also support online play") == "Ray Lane"


def test_nothing_goes_on_from_a_cue_in_the_present_perfect():
    # "Kelso Air has repeatedly denied that the loan is state aid. The inquiry could take a year.": a
    # present-perfect cue sums up a stand taken over time, no one occasion of speech, so not even a
    # modal goes on with it (after "Kelso Air said" it does).
    qs = quotes_of("""The Kelso government and Kelso Air have repeatedly denied that the loan is state aid. The inquiry could take up to a year.""")
    assert not_quoted(qs, "The inquiry could take")
    qs = quotes_of("""Kelso Air said that the loan was no state aid. The inquiry could take up to a year.""")
    assert speaker(qs, "The inquiry could take") == "Kelso Air"


def test_what_somebody_had_expected_is_no_continuation():
    # "Ann Roe said the index rose to 55. Analysts had expected it to reach 57.": what was expected or
    # hoped is a state of mind the article reports (cognition, no speech), not more of Ann Roe's words;
    # "It had hired 50 staff" still goes on.
    qs = quotes_of("""Economist Ann Roe said the index rose to 55 in May. Analysts had expected the figure to reach 57.""")
    assert not_quoted(qs, "Analysts had expected")
    qs = quotes_of("""Economist Ann Roe said the firm was doing well. It had hired 50 staff in May.""")
    assert speaker(qs, "It had hired 50 staff") == "Ann Roe"


def test_speech_nobody_owns_with_no_that_past_tense_or_modal():
    # "rejected allegations he pressured the referee …", "reports Ms Roe was planning …", "speculation
    # the mayor might resign", "claims its ticket office has broken …": the clause after the bare noun
    # opens with a pronoun or a noun phrase (a name, or a determiner and a few words), then a past tense
    # with its object or any finite verb.
    qs = quotes_of(
        """Coach Ann Roe rejected allegations she pressured the referee to change the result. Tom Hale would not discuss reports the club repaid £2m to a former owner. Mr Hale played down reports Ms Roe was planning a move abroad. There was speculation the mayor might resign. The club is being investigated over claims its ticket office has broken the rules. The league is looking into allegations Kelso officials tapped up a young striker. The row began amid claims he made in a radio interview. The mayor dismissed reports he told Ms Roe he would quit."""
    )
    for words, noun in (
        ("she pressured the referee to change the result", "allegations"),
        ("the club repaid £2m to a former owner", "reports"),
        ("Ms Roe was planning a move abroad", "reports"),
        ("the mayor might resign", "speculation"),
        ("its ticket office has broken the rules", "claims"),
        ("Kelso officials tapped up a young striker", "allegations"),
    ):
        q = find(qs, words)
        assert (q.text, q.speaker, q.kind) == (words, noun, "reported")
    # a relative clause on the noun ("the claims he made in …") is no speech
    assert not_quoted(qs, "he made in a radio interview")
    # a speech verb after the pronoun reports its own speaker's words, as the labels have it
    assert all(q.speaker != "reports" for q in qs if "he would quit" in q.text)


def test_a_speech_noun_with_its_source_after_from_or_by():
    # "shrugged off claims from Tory leader Ann Roe that …", "rejected a plea by Lord Hale that …": the
    # source after "from"/"by" owns the clause, as "Ann Roe's claim that …" does.
    qs = quotes_of(
        """Mayor Tom Hale shrugged off claims from Tory leader Ann Roe that he ran a "lazy council". In May the council rejected a plea by current council leader Lord Hale that the mayor should be directly elected. Ann Roe has said a claim by Tom Hale that the plan is unfair shows his panic."""
    )
    q = find(qs, "he ran a")
    assert (q.speaker, q.kind) == ("Ann Roe", "reported")
    assert speaker(qs, "the mayor should be directly elected") == "Lord Hale"
    # inside somebody's reported words the noun's clause stays theirs (nested speech is labelled once)
    assert speaker(qs, "the plan is unfair") == "Ann Roe"


def test_reports_in_a_paper_that_are_the_papers_after_a_preposition():
    # "quit after reports in a newspaper that he attended a rally": "reports" right after a
    # preposition is the noun, no verb with the sentence's subject as its speaker; the paper the
    # reports are in, named or not, says the words.
    qs = quotes_of(
        """Tom Vane, who had been chosen to fight the Kelso seat, quit after reports in a newspaper that he attended a rally. Ann Roe stood down after reports in the Kelso Post that she had lied about her age."""
    )
    assert speaker(qs, "he attended a rally") == "a newspaper"
    assert speaker(qs, "she had lied about her age") == "Kelso Post"


def test_a_report_in_a_paper_heads_its_verb_with_no_that():
    # "But another report in the Kelso Herald claims Mr Vane is …": a report with the paper it is in
    # is the subject of "claims", also before a clause with no "that"; the paper speaks (not a noun
    # "Herald claims").
    qs = quotes_of(
        """Tom Vane will run the campaign, aides say. But another report in the Kelso Herald claims Mr Vane is unwilling to give up his seat."""
    )
    assert speaker(qs, "unwilling to give up") == "Kelso Herald"


def test_a_report_with_a_participle_of_speech_says_the_words():
    # "has denied a report claiming he warned …": a reduced relative on the report ("a report (that
    # is) claiming …"); the report says the words, not the one who denies it. A story the article
    # names no other way speaks as such.
    qs = quotes_of(
        """The party's campaign chief Tom Hale has denied a report claiming he warned Ann Roe the party could not win in May. The inquiry followed a Kelso Radio story claiming the council "sexed up" its housing figures. Ann Roe said the plan was bad, saying it would fail."""
    )
    q = find(qs, "he warned Ann Roe")
    assert (q.text, q.speaker, q.kind) == ("he warned Ann Roe the party could not win in May", "a report", "reported")
    assert speaker(qs, "sexed up") == "a Kelso Radio story"
    assert speaker(qs, "it would fail") == "Ann Roe"


def test_the_verb_opening_a_speech_nouns_clause_is_its_own():
    # "accusations that the vote on the new rules has been rigged": with no verb before it in the
    # clause, a passive or perfect after a long subject is the clause's own verb, not the sentence's
    # (which follows the clause's own: "speculation that Tom Hale had been sacked was denied").
    qs = quotes_of(
        """There have been accusations that the vote on the new parking rules has been rigged. Mr Lane laughed off suggestions that his seat in the town of Kelso had been at risk saying it was "one of the safest". Ann Roe's claim that the former manager of the club had been sacked was strongly denied."""
    )
    assert find(qs, "the vote on the new parking rules").text == "the vote on the new parking rules has been rigged"
    # (his own words after "saying" are his, not the suggestions')
    assert find(qs, "his seat in the town").text == "his seat in the town of Kelso had been at risk"
    assert speaker(qs, "one of the safest") == "Lane"
    assert find(qs, "the former manager").text == "the former manager of the club had been sacked"


def test_claims_or_reports_after_a_verb_of_answering_them_is_a_noun():
    # "The club denied claims that …", "refused to discuss weekend newspaper reports that …": the
    # object of a verb of answering them, nobody's words ("claims" is no verb whose subject runs back
    # over "The club denied"); with a determiner before it the -ed word is an adjective ("The dismissed
    # worker claims …").
    qs = quotes_of(
        """The club denied claims that its manager Tom Hale had been sacked. Dr Lane refused to discuss weekend newspaper reports that the party had repaid £5m to Lord Tyne. The dismissed worker claims the firm owes him money."""
    )
    assert speaker(qs, "its manager Tom Hale had been sacked") == "claims"
    assert speaker(qs, "the party had repaid £5m") == "newspaper reports"
    assert speaker(qs, "the firm owes him money") == "the dismissed worker"


def test_a_relative_that_after_a_speech_noun_opens_no_words():
    # "denied reports that appeared in the local paper": "that" with a verb right after it is a
    # relative pronoun on the noun; nobody's words follow (and the denial has no clause either).
    qs = quotes_of(
        """The firm denied reports that appeared in the local paper. The mayor dismissed claims that were made by rivals. There was speculation that increased spending would follow. Ann Roe denied reports that the shop was for sale."""
    )
    assert not_quoted(qs, "appeared in the local paper")
    assert not_quoted(qs, "were made by rivals")
    assert speaker(qs, "increased spending would follow") == "speculation"
    assert speaker(qs, "the shop was for sale") == "reports"


def test_a_place_is_not_short_for_a_name_with_its_people_word():
    # "India said …" after "the Indian Ocean": a short form stands for a longer name ("the Met" for the
    # Dunmore Metropolitan Police), but "Indian" is the word for India's people, not India spelled out.
    qs = quotes_of(
        """The storm hit the Indian Ocean coast and the Korean Peninsula. Thailand kept up its payments while India said it would rely on its own resources. Korea said it would ask for help.\n\nOfficers of the Dunmore Metropolitan Police made ten arrests. The Met said it would act."""
    )
    assert speaker(qs, "rely on its own resources") == "India"
    assert speaker(qs, "ask for help") == "Korea"
    assert speaker(qs, "it would act") == "Dunmore Metropolitan Police"


def test_a_participle_after_an_appositive_title_ends_it():
    # '"…," said Ann Roe, Kelso attorney general announcing the lawsuit …': the title is "Kelso attorney
    # general", so "The Kelso attorney general said …" before it is hers, not the person named next.
    qs = quotes_of(
        """Kelso has sued two men.\n\nThe Kelso attorney general said the men had broken three laws.\n\nThe suit was filed against Tom Hale, a student, and Bob Ray of Leeds. "Spam must be stopped," said Ann Roe, Kelso attorney general announcing the lawsuit against both men. "Spam is a plague.\""""
    )
    assert speaker(qs, "broken three laws") == "Ann Roe"
    assert speaker(qs, "Spam is a plague.") == "Ann Roe"


def test_a_body_named_for_its_purpose_makes_no_person():
    # "the Commission for Racial Equality", "the Office of Fair Trading": the body's kind goes on into
    # what it is for; "Racial Equality" is no person for "the mayor" to stand for.
    qs = quotes_of(
        """A complaint was made by the Commission for Racial Equality about the remarks.\n\nThe mayor said the remarks were a joke.\n\nThe Office of Fair Trading has opened an inquiry. The minister said the inquiry was welcome."""
    )
    assert speaker(qs, "the remarks were a joke") == "the mayor"
    assert speaker(qs, "the inquiry was welcome") == "the minister"
    qs = quotes_of("""Bank of England Governor Alan Vey said rates would stay on hold.""")
    assert speaker(qs, "rates would stay on hold") == "Alan Vey"


def test_two_people_with_titles_joined_by_and_speak_together():
    # "Lord Justice Hale and Mr Justice Roe ruled that …": an honorific after "and" opens a second
    # person, so the two speak as one, and "They said" goes on with them; "Trade and Industry Secretary
    # Ann Roe" is still one person whose title has an "and".
    qs = quotes_of(
        """Kelso lawyers argued the area was outside the rules. But Lord Justice Hale and Mr Justice Roe ruled that the rules could extend to a prison. The other cases had to fail, they said.\n\nTrade and Industry Secretary Ann Vey said the plan was sound."""
    )
    assert speaker(qs, "extend to a prison") == "Lord Justice Hale and Mr Justice Roe"
    assert speaker(qs, "other cases had to fail") == "Lord Justice Hale and Mr Justice Roe"
    assert speaker(qs, "the plan was sound") == "Ann Vey"


def test_a_closing_inverted_cue_holds_the_speech_it_reports():
    # "The lawyer who had represented Mr Ray had said the rules were fair, said Mr Hale.": the cue that
    # closes the sentence is the outermost speaker's, nested speech and all, as "…, Mr Hale said." is;
    # "He said" after it goes on with him, not with the man the lawyer represented.
    qs = quotes_of(
        """Tom Hale is the home secretary. The lawyer who had represented Mr Bob Ray had said the rules were fair, said Mr Hale. He said: "The law is clear.\""""
    )
    q = find(qs, "the rules were fair")
    assert q.speaker == "Tom Hale"
    assert q.text == "The lawyer who had represented Mr Bob Ray had said the rules were fair"
    assert speaker(qs, "The law is clear.") == "Tom Hale"


def test_initials_spell_the_body_not_its_possessive():
    # "the Kelso Trade Union's ban … the KTU said": the initials stand for the body, named without the
    # possessive it had in one phrase, when the article names it plain elsewhere too.
    qs = quotes_of(
        """Moves to lift the Kelso Trade Union's ban on overtime have been condemned. The Kelso Trade Union code is weak.\n\nIn December, the KTU said it was not ready to lift the ban."""
    )
    assert speaker(qs, "not ready to lift the ban") == "Kelso Trade Union"


def test_a_bodys_own_post_is_the_speaker_named_next_also_after_a_quote():
    # "… the Kelso Council's planning chief made it clear that … “…,” said Ann Roe.": a post the
    # body owns, held by nobody named so far, is the person named for the first time in the next
    # sentence, also when that sentence is quoted words with her name after the verb; not the person
    # quoted just before. Somebody named earlier in the next sentence's cue is no one new: the
    # post-holder is not taken for them.
    qs = quotes_of(
        """Tom Hale of the traders' group spoke first. "We will not accept the new harbour fees," he said. And the Kelso Council's planning chief, made it clear that a deal was needed. "I welcome the talks with traders," said Ann Roe."""
    )
    assert speaker(qs, "a deal was needed") == "Ann Roe"
    assert speaker(qs, "harbour fees") == "Tom Hale"
    qs = quotes_of(
        """Tom Hale of the traders' group spoke first, with Ann Roe beside him. "We will not accept the new harbour fees," he said. And the Kelso Council's planning chief, made it clear that a deal was needed. "I welcome the talks with traders," said Ann Roe."""
    )
    assert speaker(qs, "a deal was needed") != "Ann Roe"


def test_there_are_warnings_that_reports_the_whole_clause_with_no_source():
    # "There are also warnings that X", "there have been accusations that X": a speech noun that
    # is what there is speaks for nobody named, over the whole clause (its own verbs included: the
    # noun is no subject of a verb to come); "warnings" only with its "that" ("warnings of floods"
    # say nothing).
    qs = quotes_of(
        """Council tax will rise by 4%. There are also warnings that unless funding to councils is increased in the next few years then services may have to be cut. There have been accusations that the process to set the budget has been rushed. The Met Office issued warnings of floods."""
    )
    assert find(qs, "unless funding to councils").text == "unless funding to councils is increased in the next few years then services may have to be cut"
    assert find(qs, "the process to set the budget").text == "the process to set the budget has been rushed"
    assert not_quoted(qs, "floods")


def test_somebodys_associate_in_the_opening_is_the_person_named_next():
    # "A close associate of former Kelso boss Tom Hale has told a court …. Ben Low … Mr Low said …":
    # somebody's own associate, aide or agent left unnamed in the opening sentence is the person the
    # next paragraph names as a speaker (never the one they belong to), as "Juninho's agent" is; with
    # nobody else named there, the description stands.
    qs = quotes_of(
        """A close associate of former Kelso boss Tom Hale has told a court that fraud charges against him are "false".\n\nBen Low has been on trial alongside Mr Hale since June. Mr Low said there were "absurd contradictions" in the case."""
    )
    assert speaker(qs, "fraud charges") == "Ben Low"
    qs = quotes_of("""An aide of former Kelso boss Tom Hale has said the harbour plan is dead.\n\nMr Hale said nothing on Monday.""")
    assert speaker(qs, "the harbour plan is dead") == "an aide of former Kelso boss Tom Hale"


def test_a_sentence_after_speech_goes_on_only_without_a_view_or_narration_of_its_own():
    # A backshifted sentence goes on with the speaker before it, but not one whose subject pronoun has
    # a main clause before it ("Critics fear it could …": the critics' own view), not one whose "had"
    # owns something ("The bill had a rough ride"), and not after words said in narration's relative
    # clause ("… came from someone who claimed X. The trick was old.").
    qs = quotes_of(
        """Ministers said the plans would protect patients. Critics fear it could allow abuse.\n\nRovers said the league had ignored the club. The bill had a rough ride in the council.\n\nThe mail came from someone who claimed that he had won a prize. The trick was very similar to older frauds.\n\nAnn Roe said the club had been sold. It was planning to resell the ground."""
    )
    assert not_quoted(qs, "Critics fear")
    assert not_quoted(qs, "a rough ride")
    assert not_quoted(qs, "very similar to older frauds")
    assert speaker(qs, "planning to resell the ground") == "Ann Roe"


def test_an_office_a_cue_gives_is_kept_for_later_titles():
    # "… unveiled by Tom Hale. The home secretary said … The prime minister said …": the office a cue
    # gives someone named without a title is theirs, so another office later is somebody else; a
    # bare "the leader" (a guess) or somebody named only after the cue keeps nothing.
    qs = quotes_of(
        """New police rules were unveiled by Tom Hale on Monday. The home secretary said targets would be set. Mr Hale was later joined by Ann Roe at a school in Kelso. The prime minister said the plan was a good one."""
    )
    assert speaker(qs, "targets would be set") == "Tom Hale"
    assert speaker(qs, "the plan was a good one") == "Ann Roe"
    qs = quotes_of(
        """Kelso has sued two firms. The state attorney general said the firms broke the law. The suit names Tom Hale, a student, and Ann Roe. "Spam must stop," said Ed Low, the attorney general. The attorney general alleges that the firms sent a million e-mails."""
    )
    assert speaker(qs, "sent a million") != "Tom Hale"


def test_our_correspondent_is_the_bbc_person_named_last():
    # "BBC correspondent Ann Vey said … Talks will go on, our correspondent added.": the newsroom's
    # own correspondent is the one of its people the article named last; with none named, the phrase
    # stands as it is.
    qs = quotes_of(
        """Unions will ballot members on a strike. BBC labour correspondent Ann Vey said the unions were a strong force. The Kelso branch is the largest. Talks with ministers would go on for weeks, our correspondent added."""
    )
    assert speaker(qs, "go on for weeks") == "Ann Vey"
    qs = quotes_of(
        """Unions will ballot members on a strike, Tom Hale said. Talks with ministers would go on for weeks, our correspondent added."""
    )
    assert speaker(qs, "go on for weeks") == "our correspondent"


def test_a_body_ranked_in_a_place_is_the_one_reported_on():
    # "Shares in Kelco Motors fell … The UK's biggest carmaker said …": a body described by its rank in
    # a place is the body the article is reporting on, as "the firm" is; a person so ranked ("the UK's
    # top judge") is not a body.
    qs = quotes_of(
        """Shares in Kelco Motors fell after the group reported a loss.\n\nThe UK's biggest carmaker said strikes had cut output. Its rival Brix Cars said sales were flat.\n\nThe UK's top judge said the case was closed."""
    )
    assert speaker(qs, "strikes had cut output") == "Kelco Motors"
    assert speaker(qs, "the case was closed") != "Kelco Motors"


def test_a_playing_position_before_a_name_is_a_title():
    # "Wing Ed Low says …", "Kelso centre Ed Low is delighted …": a player's position before the name
    # is a title (not part of the name), and the player it introduces heads the sentence, so a
    # description next ("the 21-year-old said") is them, not the coach quoted before.
    qs = quotes_of("""Wing Ed Low says Kelso can win the title. "We can win," said Low.""")
    assert speaker(qs, "Kelso can win") == "Ed Low"
    qs = quotes_of(
        """Kelso coach Tom Hale believes his team will win. "We will go with fear," said the coach.\n\nMeanwhile, Leeds centre Ed Low is delighted to get a call-up. "It is incredible," the 21-year-old said."""
    )
    assert speaker(qs, "It is incredible") == "Ed Low"
    assert speaker(qs, "go with fear") == "Tom Hale"


def test_a_winner_or_a_youngster_is_a_person_description():
    # "The Oscar winner said …", "“…,” said the youngster": nouns for what somebody has won or is
    # (winner, nominee, finalist, youngster, newcomer, debutant, …) describe a person the article
    # has named, like "the champion".
    qs = quotes_of(
        """Film director Tom Hale has said it will be years before he starts work on a new film.\n\nThe Oscar winner said on a visit to Kelso there was a wish to make it."""
    )
    assert speaker(qs, "a wish to make it") == "Tom Hale"
    qs = quotes_of(
        """Leeds coach Tom Hale named his squad. "We are ready," he said.\n\nAnn Roe, 19, is delighted to get a call-up. "It is incredible," the youngster said."""
    )
    assert speaker(qs, "It is incredible") == "Ann Roe"


def test_a_lone_surname_that_heads_its_sentence_takes_the_pronoun():
    # "Tom Hale won … Ivanov admitted he was under pressure. “…,” he said": a surname the article never
    # gives in full, taken for a body's name, is who "he" stands for when nobody else is close by and
    # its own sentence speaks of it as "he"; a one-word body with no such pronoun keeps nothing.
    qs = quotes_of(
        """Tom Hale won his match in Melbourne on Monday.\n\nIvanov admitted he was under pressure after his long run. "They are used to me winning," he said."""
    )
    assert speaker(qs, "used to me winning") == "Ivanov"
    qs = quotes_of(
        """Leeds chairman Tom Hale spoke to fans on Monday.\n\nKelco recently announced debts of £6m, but the bank confirmed the loan. "We will find funds," he said."""
    )
    assert speaker(qs, "We will find funds") == "Tom Hale"


def test_a_body_in_apposition_with_an_owner_before_its_kind_is_a_body():
    # "Kelso Roe, Britain's third-biggest lender, has …": an appositive whose determiner is an owner
    # ("Britain's", "the world's") introduces a body as "a UK lender" does, so "the bank said" is
    # Kelso Roe's; an opening adverb before the comma is no name.
    qs = quotes_of("""Kelso Roe, Britain's third-biggest lender, has cut 500 jobs. The bank said the cuts would save £20m a year.""")
    assert speaker(qs, "would save") == "Kelso Roe"
    qs = quotes_of("""Hale Foods, the world's biggest pasta company, made a loss. The company said the strong pound had hurt sales.""")
    assert speaker(qs, "strong pound") == "Hale Foods"
    qs = quotes_of("""Meanwhile, Kelso's budget airline, which flies to Spain, made a loss. The airline said the weather had hurt sales.""")
    assert speaker(qs, "weather") != "Meanwhile"
    qs = quotes_of("""Kelso Roe, Ruritania's third-biggest lender, has cut 500 jobs, the firm said. Later the central bank said it expected growth of 6%.""")
    assert speaker(qs, "growth of 6%") == "the central bank"


def test_the_firm_is_the_business_named_most_whether_introduced_or_not():
    # "Kelsomatic said … car maker Haleworks, in which Kelsomatic owns a stake, … The firm said": a firm
    # the article names by its own name only counts as much as one it introduced by its kind; the one
    # named most is "the firm".
    qs = quotes_of(
        """Kelsomatic has sold more cars than ever. Kelsomatic said its sales rose 8% last year. Japanese car maker Haleworks, in which Kelsomatic owns a stake, also did well.\n\nThe firm said it expected margins to fall in 2005."""
    )
    assert speaker(qs, "margins to fall") == "Kelsomatic"
    qs = quotes_of(
        """Japanese car maker Haleworks has sold more cars than ever. Haleworks said its sales rose 8% last year, helped by Kelsomatic.\n\nThe firm said it expected margins to fall in 2005."""
    )
    assert speaker(qs, "margins to fall") == "Haleworks"


def test_a_name_before_a_kind_of_body_says_which_body():
    # "according to the Reuters news agency", "the NBC network claimed": a name between "the" and the
    # kind is the body's own, not a firm the article introduced; a nationality only describes one
    # ("The German firm said" is still the firm introduced).
    qs = quotes_of(
        """Kelso Motors and Hale Cars are in talks. Kelso Motors says Hale Cars must buy the unit. The meeting is due on Friday, according to the Reuters news agency."""
    )
    assert speaker(qs, "due on Friday") == "the Reuters news agency"
    qs = quotes_of(
        """Kelso Motors, a UK firm, made a loss. The German firm said its sales had fallen sharply in Europe."""
    )
    assert speaker(qs, "fallen sharply") == "Kelso Motors"
    qs = quotes_of(
        """Kelso Coal, a UK firm, made a loss. The South Yorkshire company said it hoped to return to profit in 2006."""
    )
    assert speaker(qs, "return to profit") == "Kelso Coal"


def test_a_one_word_name_that_its_takes_up_is_a_body_before_it_speaks():
    # "Strong sales helped Kelsomatic boost its profits. … The firm said … Kelsomatic said …": a one-word
    # name that speaks at a sentence's head and that "its" takes up right after it elsewhere is a body
    # from the start, so "the firm" before its own cue is it; a person's pronoun between keeps a person.
    qs = quotes_of(
        """Strong sales abroad helped Kelsomatic boost its profits by 40% in 2004.\n\nThe firm said demand outside Europe lifted its results. Chairman Tom Hale said 2004 had been a great year. Kelsomatic said the outlook was stable."""
    )
    assert speaker(qs, "lifted its results") == "Kelsomatic"
    qs = quotes_of(
        """Singer Ronaldo Vey has left the band.\n\nThe band said the split was friendly. Vey said he would sing alone, and Vey thanked his fans for its support."""
    )
    assert speaker(qs, "sing alone") == "Ronaldo Vey"


def test_one_of_a_kind_of_bodies_in_apposition_is_a_body():
    # "Kelso Telecom, one of the world's largest fixed and mobile phone operators, saw …": one of a kind of
    # bodies in the plural introduces a body as "a phone operator" does, so "the firm said" is it; one of
    # a kind of people ("club owners") makes no body.
    qs = quotes_of("""Kelso Telecom, one of the world's largest fixed and mobile phone operators, saw its sales rise 2%. The firm said it had met its main objectives.""")
    assert speaker(qs, "main objectives") == "Kelso Telecom"
    qs = quotes_of("""Tom Hale, one of the country's best known football club owners, has died. The club said it would hold a minute's silence.""")
    assert speaker(qs, "minute's silence") != "Tom Hale"


def test_a_company_introduced_by_a_trade_noun_is_the_firm():
    # "Ruritanian drugmaker Kelso Roe", "jet fuel supplier Hale Oil", "internet portal Roeweb": a noun for a
    # kind of business before a name introduces a body as "bank Kelso Roe" does, so "the firm said" is it.
    qs = quotes_of("""Profits at Ruritanian drugmaker Kelso Roe fell 90% as costs rose.\n\nThe firm said its profits were 40m rupees for the quarter.""")
    assert speaker(qs, "40m rupees") == "Kelso Roe"
    qs = quotes_of("""Jet fuel supplier Hale Oil has offered to repay its creditors.\n\nThe firm said it hoped to pay $100m now.""")
    assert speaker(qs, "hoped to pay") == "Hale Oil"
    qs = quotes_of("""Sales rose at German carmaker Kelso Motors last year.\n\nThe company said sales totalled 3.9 million units.""")
    assert speaker(qs, "3.9 million") == "Kelso Motors"
    qs = quotes_of("""Internet portal Roeweb has made a screensaver. The net firm estimates that spammers could pay more.""")
    assert speaker(qs, "spammers could pay") == "Roeweb"


def test_a_name_ending_in_a_company_suffix_is_a_body():
    # "The Kelso Gorges Project Corp is refusing …": "Corp", "Inc", "plc" end a company's name, so a name
    # ending in one that opens a sentence as its subject is a body that "it denied" can find.
    qs = quotes_of(
        """The Kelso Gorges Project Corp is refusing to obey a government order, the state press has said.\n\nThe Kelso News said the company may pay a fine. The Kelso Gorges Project Corp could now face a fine. Last week, it denied that its projects broke the rules."""
    )
    assert speaker(qs, "broke the rules") == "Kelso Gorges Project Corp"


def test_a_business_ranked_in_the_world_is_the_one_the_article_names():
    # "The UK's biggest mortgage lender said …": a rank in a country or the world describes a business
    # the article names (the firm named most), however many words it takes.
    qs = quotes_of(
        """UK house prices rose by 1.1% in December, the Kelso Bank has said.\n\nThe UK's biggest mortgage lender said prices rose 15.1% over the whole of 2004."""
    )
    assert speaker(qs, "15.1%") == "Kelso Bank"


def test_they_is_a_plural_body_heading_the_sentence_before():
    # "The Kelso Greens want to …. They say …": a body named in the plural (or a kind of bodies with the
    # members it names: "Major carmakers including Kelco and Brixo have …") heading the sentence before,
    # with no cue of its own, is who "they" stands for, not a plural speaker quoted further back.
    qs = quotes_of(
        """The Kelso Tories say the poll tax is fair. They want to keep it.\n\nThe Kelso Greens want to scrap the poll tax and bring in a land tax. They say the poll tax is the most unfair tax in the county."""
    )
    assert speaker(qs, "most unfair tax") == "Kelso Greens"
    qs = quotes_of(
        """Economists predict growth will slow next year. Major carmakers including Kelco, Brixo and Haleworks have spent the year in talks with unions. They have also warned there are more job cuts to come."""
    )
    assert speaker(qs, "more job cuts") == "Major carmakers including Kelco, Brixo and Haleworks"
    qs = quotes_of(
        """Economists predict growth will slow next year. The Kelso Greens have unveiled a plan for the town. Inevitably they insist there is no need to raise taxes."""
    )
    assert speaker(qs, "no need to raise") == "Kelso Greens"
    # a plain present verb after a common noun is no sign: "The firms want …" leaves "they" to the speaker
    qs = quotes_of(
        """Kelco and Brixo are working on a common format. The firms want a system that stops piracy. It could confuse users, experts warned. They say there are no guarantees the system will work."""
    )
    assert speaker(qs, "no guarantees") == "experts"


def test_they_is_never_one_document_when_a_group_fits():
    # "The report said …, MPs said. Instead they called for …": "they" is the MPs, never the one report
    # (a document is "it"); with no body or group to take it, the document still keeps the words.
    qs = quotes_of(
        """The committee published its report on Thursday. The report said fines for voters would be hard to enforce. It said rebates were likely to be seen as "gimmicks", MPs said. Instead they called for "imaginative campaigns" to boost interest."""
    )
    assert speaker(qs, "imaginative campaigns") == "MPs"
    qs = quotes_of("""The Kelso report was published on Monday. The report said sales would fall. They also said prices would rise.""")
    assert speaker(qs, "prices would rise") == "the Kelso report"


def test_a_body_the_opening_describes_by_its_kind_is_the_one_named_next_as_speaking():
    # "…, the elections watchdog has said. … the Kelso Commission says …": the opening paragraph's body
    # described by its kind alone, or its country's ("the UK's financial watchdog"), is the body the next
    # paragraph names as speaking, as "a charity has warned" is, and "the watchdog" later is it too.
    qs = quotes_of(
        """Voters face a confusing ballot, the elections watchdog has said.\n\nIn its report, the Kelso Commission says the forms are too long. All voters should get a leaflet, says the watchdog."""
    )
    assert speaker(qs, "confusing ballot") == "Kelso Commission"
    assert speaker(qs, "get a leaflet") == "Kelso Commission"
    qs = quotes_of("""Banks must cut their charges, the UK's financial watchdog has announced.\n\nThe Kelso Authority said fees were too high.""")
    assert speaker(qs, "cut their charges") == "Kelso Authority"
    # a firm is no commission named first; a government is no body named after it; a name opening the
    # paragraph without speaking ("Independent schools were …") is nobody's
    qs = quotes_of(
        """The regulator is looking at deals in Haleco shares, the firm has said.\n\nThe Kelso Trade Commission has asked for details of the deals. Haleco has said it is helping the inquiry."""
    )
    assert speaker(qs, "looking at deals") == "Haleco"
    qs = quotes_of("""Taxes will rise next year, the government has announced.\n\nThe Kelso Commission said wages should rise.""")
    assert speaker(qs, "Taxes will rise") == "the government"
    qs = quotes_of("""Schools must teach more history, says the education watchdog.\n\nIndependent schools were criticised by the Kelso inspector, Tom Hale.""")
    assert speaker(qs, "teach more history") == "the education watchdog"


def test_one_of_two_bodies_introduced_together_is_itself():
    # "Cable firms Kelco and Brixo have …. Kelco said …": the two names introduced together by their kind
    # make one plural body, but a later cue naming one of them is that one alone, not both.
    qs = quotes_of("""Cable firms Kelco and Brixo have both launched film services. Kelco said it had not ruled out a recorder. Brixo said it would wait.""")
    assert speaker(qs, "ruled out a recorder") == "Kelco"
    assert speaker(qs, "it would wait") == "Brixo"


def test_they_after_there_are_those_who_is_those_people():
    # "…, although there are those who believe this could be the year. They would argue that …": the
    # people the sentence only says exist are who "they" stands for next, not a group quoted before.
    qs = quotes_of(
        """The other parties will still insist the Greens are no hopers.\n\nLabour fears that voters may switch. Mr Roe will not talk about a breakthrough, although there are those who believe this could be the year. They would argue that the Greens may replace the Tories."""
    )
    assert speaker(qs, "may replace the Tories") == "those who believe"


def test_the_firm_is_the_body_that_spoke_in_the_sentence_before():
    # "Absco said it was close to a deal with Barco. But the group said …": the body that spoke in the
    # sentence before, not one its words name after it; a body named in the cue's own sentence before
    # it is still the one ("Kelco's response … the club said").
    qs = quotes_of(
        """Kelso's biggest bank Absco has said it is still in talks with UK bank Barco over a stake.\n\nIn November, Absco said it was close to striking a deal with Barco. But the group said Barco is still waiting for approval from regulators."""
    )
    assert speaker(qs, "still waiting for approval") == "Absco"
    qs = quotes_of(
        """Football club Kelso United has received a new bid from Tom Hale.\n\nRival club Hale City has asked fans not to protest at its ground.\n\nKelso United's response comes as little surprise. "Any board must consider a real offer," the club said in its statement."""
    )
    assert speaker(qs, "consider a real offer") == "Kelso United"


def test_a_one_word_name_heading_headline_and_article_is_a_body():
    # "Kelsosoft debuts security tools | Kelsosoft is releasing tools …": the one word heading both the
    # headline and the article is the body the story is about (people come with full names), so "It
    # said" later is Kelsosoft's, not a firm named in passing in between.
    body = (
        "Kelsosoft is releasing tools that clean up computers harbouring viruses.\n\n"
        "The program will be updated monthly. Research by technology firms Haleware and Roebyte revealed that 90% of machines have spyware. "
        "Before now Kelsosoft has left the market to specialist firms. It said that its cleaning program would not stop machines being infected."
    )
    qs = quotes_of(body, headline="Kelsosoft debuts security tools")
    assert speaker(qs, "cleaning program") == "Kelsosoft"


def test_a_body_whose_name_has_an_and_is_one_body():
    # "The Food and Drug Administration said … It added …": one word and the rest of a body's name
    # joined by "and" are one body, which "it" takes up; two bodies or people so joined stay a pair.
    qs = quotes_of("""The Food and Drug Administration said the drug was safe. It added that doctors should watch for side effects.""")
    assert speaker(qs, "watch for side effects") == "Food and Drug Administration"
    qs = quotes_of(
        """The government has set a growth target of 5%. "Conditions are likely to remain unfavourable," the Finance and Economy Ministry said in a statement.\n\nIt blamed "continuing uncertainties such as oil prices"."""
    )
    assert speaker(qs, "continuing uncertainties") == "Finance and Economy Ministry"
    qs = quotes_of("""Kelso Bank and Hale Bank said rates would rise. They added that loans would cost more.""")
    assert speaker(qs, "loans would cost more") == "Kelso Bank and Hale Bank"


def test_a_body_introduced_at_a_sentence_end_leaves_the_full_stop_out():
    # "… by US magazine Kelso PC.": the full stop after a name ending in capitals closes the sentence;
    # it is no part of the name "the magazine" later stands for.
    qs = quotes_of(
        """The Kelso 100 has been chosen as the greatest gadget of all time, by US magazine Kelso PC.\n\nThe laptop was chosen because it was stylish, said the magazine."""
    )
    assert speaker(qs, "it was stylish") == "Kelso PC"


def test_two_people_each_with_a_calling_speak_together():
    # "singer Tom Lee and drummer Ann Roe said", "Gibb and his Kelso Films partner Ann Roe said": two
    # people named with a calling or relation before each name say the words together (as "Tom Lee and
    # Ann Roe said" does), and "they" is both; an "and" inside a show's title is no pair.
    qs = quotes_of('''The band won twice. "We are very happy," singer Tom Lee and drummer Ann Roe said. "It has been hard," they added.''')
    assert speaker(qs, "very happy") == "Tom Lee and Ann Roe"
    assert speaker(qs, "has been hard") == "Tom Lee and Ann Roe"
    qs = quotes_of("""Tom Gibb made the film. Gibb and his Kelso Films partner Ann Roe said they would not be campaigning for the prize.""")
    assert speaker(qs, "campaigning for the prize") == "Tom Gibb and Ann Roe"
    qs = quotes_of("""The show won. Fools and Horses star Tom Lee criticised British TV for being "too safe".""")
    assert speaker(qs, "too safe") == "Tom Lee"


def test_two_named_people_heading_a_sentence_are_they_next():
    # "Tom Lee and Ann Roe are trying to end the row. Along with their aides, they are insisting …": two
    # people the article has named, heading a sentence with no quote of its own (or only a speech verb
    # that reported nothing: "are warning of the dangers"), are who "they" in the next sentences stands for.
    qs = quotes_of("""Tom Lee and Ann Roe are desperately trying to end the row. Along with many colleagues, they are insisting their only aim is to win the vote.""")
    assert speaker(qs, "their only aim") == "Tom Lee and Ann Roe"
    qs = quotes_of(
        """Tom Lee spoke first. Ben Roe spoke next. Meanwhile health minister Tom Lee and Labour peer Ben Roe are warning of the dangers. And they have both warned the rival camps to stop fighting."""
    )
    assert speaker(qs, "rival camps to stop") == "Tom Lee and Ben Roe"
    # a body and a person are no pair of people
    qs = quotes_of("""Tom Lee and the Kelso Party are trying to end the row. Along with many colleagues, they are insisting their only aim is to win the vote.""")
    assert not any(q.speaker == "Tom Lee and Kelso Party" for q in qs)


def test_a_name_used_alone_before_a_longer_name_is_no_first_name_of_it():
    # "Pear has taken legal action … against members of the Pear Developer Connection … Pear said": a
    # one-word name the article used on its own before the longer name came is itself, not the first
    # name of the longer one; a first name after a family noun ("His wife Ann, …") still is the person
    # named in full later.
    qs = quotes_of(
        """Pear has taken more legal action to stop online leaks of its products. It is the second time in two weeks Pear has taken legal action. The action was against members of the Pear Developer Connection, a group of programmers which sees test versions. "Members receive advance copies under strict agreements," Pear said in a statement."""
    )
    assert speaker(qs, "advance copies") == "Pear"
    qs = quotes_of("""Tom Roe was robbed at home. His wife Ann, who called the police, was asleep. At a press conference, Ann Roe gave details of the theft. A watch Ann said was unique was also taken.""")
    assert speaker(qs, "was unique") == "Ann Roe"


def test_a_figure_in_the_singular_is_a_person():
    # "…, a leading industry figure has said. Tom Lee, the head of Kelso Records, told …": a figure in
    # some field is a person (the one the article names next, as a title is); "figures which revealed …"
    # and "according to figures released on Tuesday" are numbers, no speaker.
    qs = quotes_of(
        """The Ruritanian music business is "in the state of a zombie" because it has failed to respond to piracy, a leading industry figure has said.\n\nTom Lee, the head of Kelso Records until last year, told the BBC that the industry was struggling."""
    )
    assert speaker(qs, "state of a zombie") == "Tom Lee"
    qs = quotes_of("""The show was popular. The channel published figures which revealed how viewers were voting.""")
    assert not_quoted(qs, "how viewers were voting")


def test_two_people_with_callings_the_first_after_its_body_speak_together():
    # '"…," Kelso Bank chief executive Tom Lee and finance director Ann Roe said in a letter.': the first
    # person's calling may open with the body's name; both say the words (and what follows in the letter).
    qs = quotes_of(
        '''The bank apologised on Friday. "We all know it was wrong," Kelso Bank chief executive Tom Lee and finance director Ann Roe said in a letter to staff. "There is no excuse."'''
    )
    assert speaker(qs, "We all know") == "Tom Lee and Ann Roe"
    assert speaker(qs, "no excuse") == "Tom Lee and Ann Roe"


def test_an_unnamed_body_with_adjectives_is_the_one_the_next_paragraph_opens_with():
    # "A British farming group has criticised …, claiming …" then "The Kelso Farmers Union has
    # complained to the watchdog.": a body the opening sentence leaves unnamed, with a few adjectives
    # before its noun, is the one the next paragraph opens with, its "The" no part of the name.
    qs = quotes_of(
        """A British farming group has criticised the new series of a TV drama, claiming it portrays farmers unfairly.\n\nThe Kelso Farmers Union has complained to the watchdog. It says the programme breaches the guidelines."""
    )
    assert speaker(qs, "portrays farmers unfairly") == "Kelso Farmers Union"
    assert speaker(qs, "breaches the guidelines") == "Kelso Farmers Union"
    # (a nationality after "a" goes on to the noun: not a body called "British")
    qs = quotes_of("""A British farming group has criticised the plan, saying it will fail.""")
    assert speaker(qs, "it will fail") == "a British farming group"


def test_a_body_named_before_a_speech_noun_owns_its_words():
    # "hit back at Labour claims he had used …", "amid Tory claims the ads were …": the capitalised body
    # before a speech noun nobody else owns is its source, named as the article names it (a party's
    # adjective by its members' plural when the article uses it: "the Tories"); a word that names no
    # body the article knows stays with the noun.
    qs = quotes_of("""Labour attacked the Tory leader. But he hit back at Labour claims he had used his family as a "human shield".""")
    assert speaker(qs, "human shield") == "Labour"
    qs = quotes_of("""The Tories attacked the posters. Mr Lee defended the posters amid Tory claims the ads were nothing short of "sly".""")
    assert speaker(qs, "nothing short of") == "Tories"
    qs = quotes_of("""He spoke on Monday. But he hit back at Kelso claims he had used his family as a "human shield".""")
    assert speaker(qs, "human shield") == "Kelso claims"


def test_where_a_body_is_based_is_no_part_of_its_name():
    # "Paris-based Kelsonext said …", "The Florida-based Roe group said …": where a body is based
    # describes it; its name is what follows (a body with no name keeps the whole phrase).
    qs = quotes_of("""Paris-based Kelsonext said it is interested in bidding for the exchange. Kelsonext said any offer was likely to be in cash.""")
    assert speaker(qs, "interested in bidding") == "Kelsonext"
    assert speaker(qs, "likely to be in cash") == "Kelsonext"
    qs = quotes_of("""Tom Lee sold the label to a US firm. The Florida-based Roe group, which also runs shops, said it planned to expand the brand.""")
    assert speaker(qs, "expand the brand") == "the Roe group"
    qs = quotes_of("""Sales of the game were banned. The Paris-based pressure group said it planned to appeal.""")
    assert speaker(qs, "planned to appeal") == "the Paris-based pressure group"


def test_the_club_is_a_two_word_name_never_treated_as_a_person():
    # "Ann Roe will not travel for Dynamo Kelso's match. The club said …": a name of two words named
    # more than once, with no title, calling or sex and never called by its last word alone, was taken
    # for a person's; with no body named, "the club" / "the firm" is it. Not a person called by surname,
    # nor one named once only, nor one of two such names.
    qs = quotes_of("""Striker Ann Roe will not travel for Dynamo Kelso's match on Friday.\n\nThe German club said the player had hurt her back. A Dynamo spokesman said she would be fit soon.""")
    assert speaker(qs, "hurt her back") == "Dynamo Kelso"
    qs = quotes_of("""Tom Hale has made a bid for Kelso Borsa. Kelso Borsa turned it down. The exchange said the bid was too low.""")
    assert speaker(qs, "too low") == "Kelso Borsa"
    qs = quotes_of("""The deal was agreed with Tom Hale on Monday. Hale was pleased.\n\nThe firm said the deal was good.""")
    assert speaker(qs, "deal was good") != "Tom Hale"
    qs = quotes_of("""Ann Roe worked for a bank for 17 years. But in 2003 the bank said she had no future there.""")
    assert speaker(qs, "no future there") != "Ann Roe"
    qs = quotes_of("""Striker Ann Roe will miss the match between Dynamo Kelso and Lokomotiv Dunmore on Friday. Dynamo Kelso and Lokomotiv Dunmore meet again in May.\n\nThe club said the player had hurt her back.""")
    assert speaker(qs, "hurt her back") not in {"Dynamo Kelso", "Lokomotiv Dunmore"}


def test_a_sentence_stop_after_a_word_in_capitals_ends_a_name():
    # "… listed in the UK. Tom Hale said …": the full stop after "UK" ends the sentence, so "UK." is no
    # title of Tom Hale's, and a body named last in a sentence keeps no stop ("Kelso PC."); an initial
    # and a dotted short form keep theirs ("George W. Hale", "the U.S. Army").
    qs = quotes_of("""Shares in Kelso Foods will be listed in the UK. Tom Hale said the listing was good news.""")
    q = find(qs, "good news")
    assert (q.speaker, q.role) == ("Tom Hale", None)
    qs = quotes_of("""The laptop was chosen as the best gadget by US magazine Kelso PC.\n\n"We included only items that were mobile," said the magazine.""")
    assert speaker(qs, "only items") == "Kelso PC"
    qs = quotes_of("""George W. Hale said he was ready. The U.S. Army said it was ready too.""")
    assert speaker(qs, "he was ready") == "George W. Hale"
    assert speaker(qs, "ready too") == "U.S. Army"


def test_an_ampersand_between_capitals_is_inside_the_name():
    # "S&P said …", "said M&S": an ampersand between capitals joins one short name, which the name it
    # stands for spells out ("Kelso & Poor's", "Marks & Dunmore"), not a name "P" or "S" of its own;
    # with no such name the short form stands as it is. ("R&B star Ann Roe" is still Ann Roe.)
    qs = quotes_of("""Ratings agency Kelso & Poor's cut its rating. K&P said the debt was too high.""")
    assert speaker(qs, "too high") == "Kelso & Poor's"
    qs = quotes_of("""Profits rose at Marks & Dunmore. "Sales were good," said M&D.""")
    assert speaker(qs, "Sales were good") == "Marks & Dunmore"
    qs = quotes_of("""The rating was cut on Monday. K&P said the debt was too high. R&B star Ann Roe said she was sad.""")
    assert speaker(qs, "too high") == "K&P"
    assert speaker(qs, "she was sad") == "Ann Roe"


def test_a_post_with_its_field_after_of_ends_the_body_before_it():
    # "Kelso Sharks director of rugby Tom Hale …": a post that names its field after "of" still only
    # qualifies the person after it, so the club's name is no person of its own for "he" to find.
    qs = quotes_of("""Kelso Sharks director of rugby Tom Hale has re-opened the debate.\n\n"It is an important game," he told the Kelso Herald.""")
    assert speaker(qs, "important game") == "Tom Hale"


def test_an_appositive_with_a_plural_owner_or_a_place_after_introduces_a_body():
    # "Kelso Amro, the Netherlands' largest bank, …" (an owner ending in a bare apostrophe) and "…, the
    # largest bank in the Netherlands, …" (the place after the kind) introduce a bank as "the UK's largest
    # bank" does, so "The bank said" is it.
    qs = quotes_of("""Kelso Amro, the Netherlands' largest bank, is to cut 2,850 jobs.\n\nThe bank said it was on course for a rise in income.""")
    assert speaker(qs, "rise in income") == "Kelso Amro"
    qs = quotes_of("""Kelso Amro, the largest bank in the Netherlands, is to cut 2,850 jobs.\n\nThe bank said it was on course for a rise in income.""")
    assert speaker(qs, "rise in income") == "Kelso Amro"


def test_the_paper_is_the_newspaper_the_article_quotes():
    # "According to the Kelso Times, … The newspaper said …", "… the Kelso Times reported. … the paper
    # said": "the paper" / "the newspaper" is the body introduced as either ("The Kelso Mirror newspaper
    # said … The paper said"), else the one whose name is a newspaper's; not a report it ran.
    qs = quotes_of("""According to the Kelso Times, the exchange will adopt a charm offensive. The newspaper said the bid was low.""")
    assert speaker(qs, "bid was low") == "Kelso Times"
    qs = quotes_of("""The IMF is to cut its growth forecast, the Kelso Times reported.\n\nThe IMF has also revised eurozone forecasts, the paper said.""")
    assert speaker(qs, "eurozone forecasts") == "Kelso Times"
    qs = quotes_of("""The Kelso Mirror newspaper said on Tuesday it had been handed a dossier. The paper said the visit was secret.""")
    assert speaker(qs, "visit was secret") == speaker(qs, "handed a dossier")
    qs = quotes_of("""The Dunmore Herald said on Sunday the club was for sale. However, the Dunmore Herald report added that the owner was undecided. The newspaper also claimed the price was £5m.""")
    assert speaker(qs, "price was") == "Dunmore Herald"


def test_an_owner_in_the_opening_phrase_is_not_the_title_cue():
    # "After Dynamo's 3-0 win at Roma, the England skipper admitted …": the club owning the win in the
    # opening phrase is no subject, so the skipper is the person the sentence before is about; an owner
    # in the sentence's own words still may be ("… for Tom Hale' new sitcom, the comedian has told the BBC").
    qs = quotes_of("""Tom Hale expressed his relief at Dynamo Kelso's passage to the knockout phase.\n\nAfter Dynamo's 3-0 win at Roma, the England skipper admitted another bad season would not be tolerated.""")
    assert speaker(qs, "another bad season") == "Tom Hale"
    qs = quotes_of("""Hollywood actors Ann Roe and Bob Ray have signed up for Tom Hale' new sitcom, the comedian has told the BBC.""")
    assert speaker(qs, "have signed up") == "Tom Hale"


def test_the_body_a_post_is_held_for_is_not_the_subject_he_means():
    # "Tom Dale, UK economist for Kelso Economics, said …. However, he stressed …": the body named after
    # "economist for" or "analyst at" in a person's apposition only says where the post is held; the
    # person heading the sentence is the one "he" goes back to, even when the body's name could be a
    # person's.
    qs = quotes_of(
        """The surplus remained steady. Tom Dale, UK economist for Kelso Economics, said the figures were better. However, he stressed that the outlook was poor. "The trend remains weak," he said."""
    )
    assert speaker(qs, "outlook was poor") == "Tom Dale"
    assert speaker(qs, "trend remains weak") == "Tom Dale"
    qs = quotes_of("""The surplus remained steady. Tom Dale, an analyst at Kelso Economics, said the figures were better. However, he stressed that the outlook was poor.""")
    assert speaker(qs, "outlook was poor") == "Tom Dale"
    # (a person named after "for" with no post before it still heads a sentence of their own)
    qs = quotes_of("""The vote was close. Earlier, Ann Roe spoke for Tom Hale. Tom Hale said the result was fair. He said he would serve the town.""")
    assert speaker(qs, "serve the town") == "Tom Hale"


def test_it_after_a_report_heading_a_sentence_behind_a_connective():
    # "But a recent report from Hale Research reflects the battle firms face. It said …": a report heading
    # the sentence before, after a connective and with its verb in the present, is what "It said" means,
    # not the body the article quoted earlier.
    qs = quotes_of(
        """Sales of phones rose, the Kelso Phone Association said. It said 32% of phones could send pictures. But a recent report from Hale Research reflects the battle firms face. It said that 36% of users had never sent a picture."""
    )
    assert speaker(qs, "36% of users") == "Hale Research"
    assert speaker(qs, "32% of phones") == "Kelso Phone Association"
    qs = quotes_of(
        """Sales of phones rose, the Kelso Phone Association said. A report from Hale Research shows the battle firms face. It said that 36% of users had never sent a picture."""
    )
    assert speaker(qs, "36% of users") == "Hale Research"
    # (a sentence about something else in between leaves "It" to the body)
    qs = quotes_of(
        """Sales of phones rose, the Kelso Phone Association said. But the market slows down in winter. It said that 36% of users had never sent a picture."""
    )
    assert speaker(qs, "36% of users") == "Kelso Phone Association"


def test_it_with_no_body_known_is_the_name_heading_a_sentence_before():
    # "Intel filed a brief with the court. …, it said.": a one-word company name the article never
    # introduces is no body the cast knows, so "it" found nobody and the quote was lost; the capitalised
    # name heading one of the two sentences before as its verb's subject is the body meant (past a
    # sentence that calls it by a description: "The computer giant has sued …").
    qs = quotes_of("""Kelso filed a brief with the court this month. Asking firms to police their users would stifle growth, it said.""")
    assert speaker(qs, "stifle growth") == "Kelso"
    qs = quotes_of("""Kelso has taken more legal action to stop leaks of its products.\n\nThe computer giant has sued three men for leaking its software. It said two versions of the software were put onto the net.""")
    assert speaker(qs, "two versions") == "Kelso"
    # (a person called by surname, or a country, heading the sentence is no "it")
    qs = quotes_of("""Tom Hale runs the Kelso Mill. Hale has taken legal action to stop leaks. It said two versions of the software were put onto the net.""")
    assert not any(q.speaker == "Hale" or q.speaker == "Tom Hale" for q in qs if "two versions" in q.text)
    qs = quotes_of("""Japan is trying to clean up its banks. It has already pumped $45bn into two of them. Profits were 7bn yuan, the bank said.""")
    assert speaker(qs, "7bn yuan") != "Japan"


def test_he_with_nobody_else_is_the_one_word_name_that_spoke_just_before():
    # "Zarko said that only a Windows version was in development. There were no plans for a Mac
    # version. He said …": a one-word name is taken for a body, so "he" found nobody and the quote was
    # lost; with no person in the article, the one-word name that spoke up to three sentences back is him.
    qs = quotes_of(
        """A hacker who goes by the nickname Zarko is preparing new software. Zarko said that only a Windows version was in development. There were no plans for a Mac version. He said that costs would be paid for by adverts in the program."""
    )
    assert speaker(qs, "paid for by adverts") == "Zarko"


def test_they_later_in_its_sentence_is_the_plural_subject_there():
    # "Ruritanian prosecutors are forcing the sale …, which they claim is owed by Kelso Oil", "Phone firms
    # refuse to pay because they say …": a "they" in a later clause of its own sentence goes back to the
    # plural group that is the subject there, not to a body named sentences before.
    qs = quotes_of(
        """Kelso Oil has asked a court for protection. Ruritanian prosecutors are forcing the sale of its main unit to pay a tax bill, which they claim is owed by Kelso Oil."""
    )
    assert speaker(qs, "owed by Kelso Oil") == "Ruritanian prosecutors"
    qs = quotes_of(
        """Phone users are not warned about scams, according to the regulator Kelcom. It has received 45,000 complaints. Phone firms refuse to pay compensation because they say calls must be paid for."""
    )
    assert speaker(qs, "calls must be paid for") == "Phone firms"
    # (not the group named in the words before a closing cue)
    qs = quotes_of("""Kelso Bank said the euro would rise. Ruritanian officials were talking up the euro, they said.""")
    assert speaker(qs, "talking up the euro") != "Ruritanian officials"


def test_it_after_shares_in_a_firm_is_the_firm_not_the_shares():
    # "Shares in UK drugs firm Kelso Pharma closed down 19% after it said …", "Signs that it was in trouble
    # emerged in August, when it warned …": a plural common noun with its complement heads the sentence;
    # it is no body, so "it" in the clause after is the firm its "in" names (after its kind, not the
    # country before it), or else the body the article has been about.
    qs = quotes_of(
        """Kelso Pharma makes drugs for the elderly. Rival Hale Labs also fell. Shares in UK drugs firm Kelso Pharma closed down 19% on Monday, after it said a partner was set to pull out of a deal."""
    )
    assert speaker(qs, "pull out of a deal") == "Kelso Pharma"
    qs = quotes_of("""Kelso Games needed deals with publishers. Signs that it was in trouble emerged in August, when it warned it was heading for losses.""")
    assert speaker(qs, "heading for losses") == "Kelso Games"
    qs = quotes_of("""Shares in Kelso Group fell as much as 19% after it said it would make a loss.""")
    assert speaker(qs, "make a loss") == "Kelso Group"


def test_a_country_before_a_body_and_its_kind_only_describes_it():
    # "UK advertising giant Kelso has posted larger profits and predicted that it will …": the country
    # opening the subject describes the body named after its kind ("giant"), which is the speaker, and
    # so what "it" later goes back to.
    qs = quotes_of(
        """UK advertising giant Kelso has posted larger profits and predicted that it will outperform the market. Revenues were £4bn while the firm's margins were 14%, which it said could reach 15% by 2006."""
    )
    assert speaker(qs, "outperform the market") == "Kelso"
    assert speaker(qs, "could reach 15%") == "Kelso"


def test_human_in_a_body_name_says_nothing_of_a_persons_sex():
    # "Ann Lee, from human rights group Kelso Watch, joined calls …. She said: …": "human" ends like
    # "chairman" but is no man; Ann Lee was taken for a man, so "She said" went to the man named before.
    qs = quotes_of(
        """Tom Hale also backed the plan. He said the proof would have to be high. Ann Lee, from human rights group Kelso Watch, joined calls for the change. She said: "The rule of law is no game." """
    )
    assert speaker(qs, "rule of law") == "Ann Lee"
    assert speaker(qs, "proof would have to be high") == "Tom Hale"


def test_whom_a_he_said_cue_gave_words_to_is_a_man_from_then_on():
    # "Robin Vale backed the plan. He said …. … his row with Kim Storer, the Leeds voter who heckled him.
    # “…,” she told him.": the "He said" cue made Robin Vale a man, so the later "she" is not his; it
    # goes to the woman named since, though the article never gave his sex otherwise.
    qs = quotes_of(
        """Robin Vale backed the plan on Monday. He said the cost of the scheme was too high. He must remember his row with Kim Storer, the Leeds voter who heckled him in 2001. "All you do is walk around, you do nothing to help," she told him."""
    )
    assert speaker(qs, "cost of the scheme") == "Robin Vale"
    assert speaker(qs, "walk around") == "Kim Storer"


def test_it_or_they_after_a_sentence_headed_by_the_body_called_by_its_kind():
    # "The singer's record label Hale Music has withdrawn the video. The label believed the name was made
    # up until it received the complaint. It has said …": the "It" (or a body's "They") opening a sentence
    # is the body the sentence before opens with as "the label", not the school the article quoted first.
    body = """Kelso Hall School says it is named in the video. The singer's record label Hale Music has withdrawn the video. The label believed the school name was made up until {p} received the complaint. {P} said the reference to the school was unintentional."""
    qs = quotes_of(body.format(p="it", P="It has"))
    assert speaker(qs, "reference to the school") == "Hale Music"
    qs = quotes_of(body.format(p="they", P="They have"))
    assert speaker(qs, "reference to the school") == "Hale Music"
    # (a sentence before headed by anything else changes nothing: the rules before decide)
    qs = quotes_of(
        """Kelso Hall School says it is named in the video. The singer's record label Hale Music has withdrawn the video. The video was shot in May. It has said the reference to the school was unintentional."""
    )
    assert speaker(qs, "reference to the school") == "Kelso Hall School"


def test_a_peer_by_title_and_surname_is_the_person_named_in_full_before():
    # "Ann Roe has said … Baroness Roe, who …, said …", "Tom Hale said … Lord Hale added": a peer's
    # title with the surname of a person the article has already named in full is that person; a peer
    # named by title first keeps the title, and a peer of the other sex is somebody else (his wife), as
    # is a peer introduced with a post of his own.
    qs = quotes_of(
        """Ann Roe has said the council needs a new leader.\n\nBaroness Roe, who was the first woman to be mayor, said she believed the plan had failed. "It is time for change," she said. Lady Roe said the vote had been close."""
    )
    assert speaker(qs, "the plan had failed") == "Ann Roe"
    assert speaker(qs, "It is time for change") == "Ann Roe"
    assert speaker(qs, "the vote had been close") == "Ann Roe"
    qs = quotes_of("""Lord Hale said the bill was flawed. Later Tom Hale told MPs it was "wrong".""")
    assert speaker(qs, "the bill was flawed") == "Lord Hale"
    qs = quotes_of("""Tom Hale said he was pleased with his new book. Lady Hale said she was not.""")
    assert speaker(qs, "he was pleased") == "Tom Hale"
    assert speaker(qs, "she was not") == "Lady Hale"
    # a peer introduced with a post of his own is somebody new
    qs = quotes_of("""Mayor Tom Hale said the budget was fair. Council leader Lord Hale said it was not.""")
    assert speaker(qs, "it was not") == "Lord Hale"


def test_a_peers_title_word_in_a_post_says_its_holder_is_a_man():
    # "the lord chancellor warned …" after only a woman has been named: the post's "lord" says its
    # holder is a man, so it is not her but the man the article names next ("Lord Hale told …").
    qs = quotes_of(
        """Ann Roe has said she wants the council to have its own speaker.\n\nMs Roe, who was the first woman to be mayor, said she believed the plan had failed. "We have to take care of it ourselves," she told Kelso Radio. In 1999 the council lost half its seats. The lord chancellor warned further reforms could come in the spring.\n\n"We need to look at it," Lord Hale told the BBC."""
    )
    assert speaker(qs, "further reforms could come") == "Lord Hale"
    assert speaker(qs, "she wants the council") == "Ann Roe"


def test_she_far_from_any_name_is_the_woman_named_after_an_unmarked_subject():
    # "…, argues columnist Tom Bell. … my girlfriend Ann, a writer … Of course, she readily admits, …":
    # a "she" with nobody named in its sentence or the one before goes to the woman named nearest
    # before it, not to the columnist of the opening line whose sex the article never gives; a woman
    # named as the object in the subject's own sentence still gives way to that subject.
    qs = quotes_of(
        """Working from home is now normal for many, argues columnist Tom Bell.\n\nI rarely go to an office. I can work at the house of my girlfriend Ann, a children's writer, in Kelso. But last week her cable modem broke.\n\nThe engineer came five days later. She could not send her pictures. Of course, she readily admits, she could have used the library."""
    )
    assert speaker(qs, "she could have used the library") == "Ann"
    assert speaker(qs, "Working from home") == "Tom Bell"
    qs = quotes_of(
        """Jo Roe lost to Ann Vey in an exhibition match in Kelso for her second defeat in two days.\n\nAnd the champion, who has been ill, faces a tough defence. "I will be heading there with a lot of questions," she said."""
    )
    assert speaker(qs, "a lot of questions") == "Jo Roe"


def test_team_is_no_part_of_a_persons_name():
    # "a regular on Does the Team Think?, a quiz show": "Team Think" is a title's words, not a person's
    # name, so it is nobody a later "she said" can stand for.
    qs = quotes_of(
        """Veteran broadcaster Alan Mibble has died aged 88.\n\nHe was a regular on Does the Team Think?, a quiz show. Host Jane Orrin said he was "kind". "He was a gentleman," she said."""
    )
    assert speaker(qs, "He was a gentleman") == "Jane Orrin"


def test_a_broadcaster_with_a_word_for_people_is_a_person():
    # "comedian and broadcaster Alan Mibble", "his friend and fellow broadcaster Tom Pell … Mr Pell
    # said": a noun for a body and a person alike is the person's calling when a word for people goes
    # with it or the article calls the name "Mr …", so the surname alone is that person; "public
    # broadcaster Kelso Vision" stays a body.
    qs = quotes_of(
        """Veteran comedian and broadcaster Alan Mibble has died aged 88.\n\nIn 1990, Mibble said he had made "a fortune". The show was praised by his friend and fellow broadcaster Tom Pell. "It was fun," Mr Pell said."""
    )
    assert speaker(qs, "a fortune") == "Alan Mibble"
    assert speaker(qs, "It was fun") == "Tom Pell"
    qs = quotes_of("""Public broadcaster Kelso Vision said it would show the match. The broadcaster said ratings were up.""")
    assert speaker(qs, "ratings were up") == "Kelso Vision"


def test_an_acronym_spelled_out_by_a_possessive_that_owns_a_name():
    # "the Kelso Football Association's Cup Code … The KFA said …": the body an acronym stands for is
    # the name without the possessive when the possessive owns a name after it, though the article
    # never names the body plain.
    qs = quotes_of("""Clubs broke the Kelso Football Association's Cup Code last year. The KFA said the clubs would be fined.""")
    assert speaker(qs, "the clubs would be fined") == "Kelso Football Association"


def test_a_passive_naming_with_its_agent_after_the_quoted_words():
    # "was called “…” by the judge", "were labelled a “…” by the Tories who said …", "was called the “…”
    # by the film's director Ann Roe": the agent after the quoted words said them; a description of the
    # agent that the passive's own subject would answer to is not that subject, and the agent keeps a
    # relative clause that only describes it. "what is called an “A” item" with nobody calling it so is
    # a name.
    qs = quotes_of(
        """Tom Ash, who made £2,000 a month from the trade, was called "one of the worst thieves in Kelso" by the judge. The posters were labelled a "big mistake" by the Tories who said the campaign had failed. Ben Roe starred in the film, and he was called the "fifth child of the cast" by the film's director Ann Roe."""
    )
    assert speaker(qs, "one of the worst thieves") == "the judge"
    assert speaker(qs, "big mistake") == "Tories"
    assert speaker(qs, "fifth child of the cast") == "Ann Roe"
    qs = quotes_of(
        """The band were later described as "a wild card" by scouts who saw them live. The plan goes through as what is called an "A" item."""
    )
    assert speaker(qs, "a wild card") == "scouts who saw them live"
    assert not_quoted(qs, "A")


def test_a_bodys_name_owning_a_persons_full_name_is_that_person():
    # "Fox TV's Bill Oakes said …", "Deutsche Bank's Bill Oakes said …": a person's full name after a
    # body's possessive is the speaker, not the whole phrase.
    qs = quotes_of("""Fox TV's Bill Oakes said he would be "watching". But Ann Roe accused Oakes of creating a fuss.""")
    assert speaker(qs, "he would be") == "Bill Oakes"
    qs = quotes_of("""Deutsche Bank's Bill Oakes said profits would rise.""")
    assert speaker(qs, "profits would rise") == "Bill Oakes"


def test_an_agentless_cue_with_an_adverb_or_joined_on_with_but():
    # "It has long been reported that …", "…, but it has frequently been reported that …": an adverb of
    # how long or how often inside the agentless cue, and the cue opening a clause joined on with "but"
    # or "although", still report words nobody is named for.
    qs = quotes_of("""Kelso shares rose on Monday. It has long been reported that Tom Hale intends to buy the firm.""")
    q = find(qs, "intends to buy the firm")
    assert (q.speaker, q.kind) == ("unattributed", "reported")
    qs = quotes_of("""Tom Hale joined Kelso from Leeds for £5m in 2004, but it has frequently been reported that he is homesick.""")
    q = find(qs, "he is homesick")
    assert (q.speaker, q.kind, q.text) == ("unattributed", "reported", "he is homesick")


def test_a_closing_cue_after_a_subject_with_an_aside_and_a_past_verb():
    # "The Kelso Museum, scene of the first murder, recently gave permission …, showbusiness paper Variety
    # reported.": the subject's aside ends at a comma, and the clause goes on with a verb in the past, so
    # the phrase before the closing verb is its speaker (not the subject the aside describes); a name
    # with its aside right before the verb stays the speaker.
    qs = quotes_of(
        """The Kelso Museum, scene of the murder in the novel, recently gave permission for filming to take place there, showbusiness newspaper Variety reported."""
    )
    q = find(qs, "gave permission for filming")
    assert (q.speaker, q.kind) == ("Variety", "reported")
    qs = quotes_of("""Tom Hale, director of the Kelso Trust, told the BBC that the plan was flawed.""")
    assert speaker(qs, "the plan was flawed") == "Tom Hale"


def test_countries_the_press_and_a_management_speak_as_bodies():
    # "The world's richest countries have said …", "…, the Ruritanian state press has said.", "Kelso
    # Airways management has said …": states, the press and a firm's management are bodies that speak
    # under the phrase the article gives them; a share of people in some countries is the poll's
    # ("a majority in 14 countries said"), and "according to … press reports" is a source, not a verb.
    qs = quotes_of("""The world's richest countries have said they want to increase the amount of aid they give.""")
    assert speaker(qs, "increase the amount of aid") == "the world's richest countries"
    qs = quotes_of("""The Kelso Dam Corp is refusing to obey a government order, the Ruritanian state press has said.""")
    assert speaker(qs, "refusing to obey") == "the Ruritanian state press"
    qs = quotes_of("""Kelso Airways management has said it may need to sell assets.""")
    assert speaker(qs, "sell assets") == "Kelso Airways management"
    qs = quotes_of("""Asked about their own outlook, a majority in 14 countries said they were positive about the future.""")
    assert speaker(qs, "positive about the future") == "a majority in 14 countries"
    qs = quotes_of("""Meanwhile, according to Ruritanian state press reports, Kelso Auto is in talks to take a 20% stake in the firm.""")
    assert find(qs, "in talks to take").cue == "according to Ruritanian state press reports"


def test_a_description_after_a_named_source_of_according_to_is_no_part_of_the_words():
    # "According to Pat Roe, president of Kelso Energy, work will begin …": the description set off after
    # the named source says who they are; the words start after it (a clause there stays the words:
    # "According to Mr Hale, research suggests that …").
    qs = quotes_of("""According to Pat Roe, president of Kelso Energy, work on the pipeline will begin in 2005.""")
    q = find(qs, "pipeline")
    assert (q.speaker, q.text) == ("Pat Roe", "work on the pipeline will begin in 2005")
    qs = quotes_of("""According to Mr Hale, research suggests that people like the idea of huge libraries of music.""")
    assert find(qs, "libraries").text == "research suggests that people like the idea of huge libraries of music"


def test_a_speech_noun_the_subject_gives_or_makes_is_its_speech():
    # "Ann Roe has dropped hints that …", "Tom Hale made a prediction that …": a speech noun as the object
    # of a verb of giving or making is the subject's own speech act; "denied claims that …" are somebody
    # else's.
    qs = quotes_of("""Since her double gold in Kelso, Ann Roe has increasingly dropped hints that her ambition on the track has begun to wilt.""")
    q = find(qs, "ambition on the track")
    assert (q.speaker, q.kind, q.text) == ("Ann Roe", "reported", "her ambition on the track has begun to wilt")
    qs = quotes_of("""Tom Hale made a prediction that 20 million households would have broadband by 2008.""")
    assert speaker(qs, "20 million households") == "Tom Hale"
    qs = quotes_of("""Tom Hale denied claims that he had broken the rules.""")
    assert speaker(qs, "broken the rules") != "Tom Hale"


def test_a_closing_cue_after_a_clause_holding_a_quoted_fragment():
    # 'Kelso bosses have held "friendly" talks with the Hale group, its chief has said.': quoted words
    # inside the clause do not cut it, so the phrase after its last comma is the speaker (not the words
    # after the quote); a comma right after the quote leaves the name after it the speaker.
    qs = quotes_of("""Kelso bosses have held "constructive and friendly" talks with the Hale Stock Exchange (HSE), its chief has said.""")
    q = find(qs, "talks with the Hale")
    assert (q.kind, q.cue) == ("reported", "its chief has said")
    qs = quotes_of("""Prince Tom should see "the results of the symbol he chose to wear", Rabbi Ben Hale, founder of the Kelso Centre said.""")
    assert speaker(qs, "chose to wear") == "Ben Hale"


def test_a_speaker_phrase_that_joins_its_words_with_and():
    # "…, a committee of MPs and peers has warned.", "…, the Commons science and technology committee
    # added.": a phrase after the last comma that opens with a determiner and joins its words with "and"
    # is one speaker, not the words after the "and"; the last items of a list stay apart ("many coders,
    # designers, games makers and animators argue").
    qs = quotes_of("""Deaths in custody have reached "shocking" levels, a committee of MPs and peers has warned.""")
    q = find(qs, "Deaths in custody")
    assert (q.speaker, q.kind) == ("a committee of MPs and peers", "reported")
    qs = quotes_of("""There was a crisis in the recruitment of statisticians, the Commons science and technology committee added.""")
    assert speaker(qs, "recruitment of statisticians") == "the Commons science and technology committee"
    qs = quotes_of("""Art and technology have long worked together, and many coders, designers, games makers and animators argue that what they create is art.""")
    assert find(qs, "what they create").cue == "animators argue"


def test_an_agentless_cue_with_when_or_where_it_was_said():
    # "It was announced last July that …", "…, it was claimed in court.": a time or a court between the
    # agentless verb and its words (or after it, closing the sentence) leaves the words nobody's named.
    qs = quotes_of("""It was announced last July that three Kelso quangos would be brought under council control.""")
    q = find(qs, "three Kelso quangos")
    assert (q.speaker, q.kind) == ("unattributed", "reported")
    qs = quotes_of("""The former head of Kelso Health overstated earnings to boost the share price, it was claimed in court.""")
    assert speaker(qs, "overstated earnings") == "unattributed"


def test_a_place_after_a_post_for_the_is_no_person():
    # "Jo Vale, an MEP for the West Riding, quit …. He said …": the capitalised words after "MEP for the"
    # name the seat the post is over, not a person the post is given to, so "he" is Jo Vale.
    qs = quotes_of("""Jo Vale, an MEP for the West Riding, quit the party in May. He said on Friday he hoped to return by the spring.""")
    assert speaker(qs, "hoped to return") == "Jo Vale"
    qs = quotes_of("""Ann Roe, a councillor for the Isle of Kell, lost her seat. She said she would stand again.""")
    assert speaker(qs, "stand again") == "Ann Roe"
    # (a name after the post's own words is still the person's)
    qs = quotes_of("""The plan won praise, said Kell's Chancellor of the Exchequer Tom Hale. Mr Hale said it would cut debt.""")
    assert speaker(qs, "cut debt") == "Tom Hale"


def test_it_that_speaks_is_the_body_heading_a_sentence_before():
    # "Kelcorp filed a brief with the court. … Asking firms to police their products would stifle
    # innovation, it said.": with no body that has spoken yet, the "it" of a cue is the body heading its
    # own sentence before it ("… estates which it says are idle") or one of the two sentences before.
    qs = quotes_of("""Judges at the Kelso High Court heard the case on Monday. Kelcorp filed a brief with the court last month. It summed up the mood of many firms. Asking firms to police their products would stifle innovation, it said.""")
    assert speaker(qs, "stifle innovation") == "Kelcorp"
    qs = quotes_of("""Officials in Kell said that farms would be seized. The government is cracking down on large estates, which it says are lying idle.""")
    assert speaker(qs, "lying idle") == "the government"
    # (no body: "There was an outcry", a person's name, a business the article names elsewhere)
    qs = quotes_of("""There was an outcry when the plans were published. It had suggested judges should cut sentences by a third.""")
    assert not_quoted(qs, "cut sentences") or speaker(qs, "cut sentences") != "There"
    qs = quotes_of("""Tom Hale is suing the bank. The US firm is thought to be offering $2bn. It has argued the deal was void.""")
    assert not_quoted(qs, "deal was void") or speaker(qs, "deal was void") != "the US firm"


def test_it_after_a_firms_shares_is_the_firm():
    # "Shares in Kelso drugs firm Kelpharm closed down 19%, after it said …": "it" in the clause after the
    # main one is the body whose shares (profits, sales) head the sentence, not "Shares"; a noun with its
    # own clause ("Signs that it was in trouble emerged …") names no body at all.
    qs = quotes_of("""Shares in Kelso drugs firm Kelpharm closed down 19% on Monday, after it said a partner would pull out of a deal.""")
    assert speaker(qs, "pull out of a deal") == "Kelpharm"
    qs = quotes_of("""- Shares in Kelso drugs firm Kelpharm closed down 19% on Monday, after it said a partner would pull out of a deal.""")
    assert speaker(qs, "pull out of a deal") == "Kelpharm"
    qs = quotes_of("""Kelso games maker Kelgames has cut 100 jobs. Signs that it was in trouble emerged in August, when it warned it was heading for losses.""")
    assert speaker(qs, "heading for losses") == "Kelgames"


def test_a_cue_after_a_clause_with_a_relative_aside_has_its_own_subject():
    # "Hale, whose nomination was for Big Film, died at his home in Kell, a spokesman said.": after the
    # relative clause the subject's own verb ("died") follows, so the clause ends at the last comma and
    # "a spokesman" is who said it, not Hale with an aside.
    qs = quotes_of("""Actor Tom Hale has died aged 85.\n\nHale, whose only nomination was for Big Film, died at his home in Kell, Ruritania, a spokesman said.""")
    assert speaker(qs, "died at his home") == "a spokesman"
    qs = quotes_of("""The Kel chip, which will drive the new console, will run ten times faster than today's chips, its designers have said.""")
    assert speaker(qs, "ten times faster") == "its designers"
    # (an aside with no verb after the relative clause leaves the name the subject)
    qs = quotes_of("""Tom Hale, whose firm makes games, a former banker, said he would stay.""")
    assert speaker(qs, "would stay") == "Tom Hale"


def test_a_body_with_a_phrase_after_it_closes_the_sentence_as_its_speaker():
    # "Kelco is to close its plant, unions at the Kelso carmaker have said.": the body's noun before
    # "at the …" is the subject, so the whole phrase is the cue's, and the words before its comma are theirs.
    qs = quotes_of("""Kelco is to stop making engines at its Kell plant, unions at the Kelso carmaker have said.""")
    assert speaker(qs, "stop making engines") == "unions at the Kelso carmaker"
    # (a person before the phrase is still the person: "a spokesman for the Kelso Mall")
    qs = quotes_of("""The mall will open on Sunday, a spokesman for the Kelso Mall said.""")
    assert speaker(qs, "will open on Sunday") == "a spokesman for the Kelso Mall"


def test_a_leading_figure_is_a_person_but_figures_are_numbers():
    # "…, a senior government figure has warned." opening an article is the person it names next, as "a
    # former minister" is; "figures" in the plural stay numbers ("according to figures released …").
    qs = quotes_of("""Kell's energy industry needs to be opened up, a senior government figure has warned.\n\nEconomy minister Tom Gref told a newspaper that state control of oil was wrong.""")
    assert speaker(qs, "needs to be opened up") == "Tom Gref"
    qs = quotes_of("""Tom Hale spoke on Monday. Prices will rise by 5%, according to figures released by the Kelso Bureau on Monday.""")
    assert speaker(qs, "Prices will rise") != "Tom Hale"


def test_a_committee_named_by_a_portfolio_with_and_is_one_body():
    # "…, the Commons science and technology committee added.": two lower-case words joined by "and"
    # before a body's noun are the portfolio it oversees, so the subject is the whole committee (not
    # "technology committee"), and the words before its comma are found.
    qs = quotes_of("""There was a crisis in the hiring of statisticians, the Commons science and technology committee added.""")
    assert speaker(qs, "crisis in the hiring") == "the Commons science and technology committee"
    qs = quotes_of("""Tom Hale was suspended after the Kelso standards and privileges committee said his conduct had fallen short.""")
    assert speaker(qs, "conduct had fallen short") == "the Kelso standards and privileges committee"


def test_he_after_a_one_word_name_that_spoke_is_that_name():
    # "… the man who goes by the nickname Kelvo …. Kelvo said that …. There were no plans …. He said that
    # …": a one-word name no sentence gives a sex, taken for a body, is still who "he" stands for when it
    # spoke a few sentences before and nobody else is named.
    qs = quotes_of(
        """Now the man behind the site, who goes by the nickname Kelvo, is writing new software. Kelvo said that only a Windows version was being written. There were no plans for other versions. The tool is being tested. He said that the costs would be paid for by adverts."""
    )
    assert speaker(qs, "paid for by adverts") == "Kelvo"
    # (a person named since is still the one "he" stands for)
    qs = quotes_of("""Kelvo is a web firm. Kelvo said that only a Windows version was being written. Its boss Tom Hale agreed. He said that the costs would be paid for by adverts.""")
    assert speaker(qs, "paid for by adverts") == "Tom Hale"


def test_a_post_with_its_portfolio_after_for_is_the_name_after_it():
    # '"…," the minister for civil aviation Ravi Dutt said.': a post's portfolio after "for" belongs to
    # the post, so the full name after it is the speaker (not somebody named earlier); a post after "for"
    # with no name ("a spokesman for the council said") is still an unnamed source.
    qs = quotes_of("""Ann Roe wants to start an airline. "The old days of flying are over," the minister for civil aviation Tom Hale said earlier.""")
    assert speaker(qs, "old days of flying") == "Tom Hale"
    qs = quotes_of("""Ann Roe wants to start an airline. The shadow spokesman for transport Tom Hale said: "The plan will fail." """)
    assert speaker(qs, "plan will fail") == "Tom Hale"
    qs = quotes_of("""Ann Roe wants to start an airline. "The plan will fail," a spokesman for the council said.""")
    assert speaker(qs, "plan will fail") == "a spokesman for the council"


def test_a_body_introduced_by_its_kind_heads_its_sentence_for_it():
    # "German investment bank Boxco Bank has challenged the right of Tanco to …. In a filing, it said …":
    # a body introduced by its kind ("investment bank", "budget airline") is still the subject of its
    # sentence, so "it" in the next one is that body, not the one named after it that speaks later.
    body = """German investment bank Boxco Bank has challenged the right of Tanco to claim bankruptcy protection in the US.\n\nIn a court filing on Tuesday, it said the rival firm has few ties to Texas. Tanco has said it will seek damages."""
    qs = quotes_of(body, headline="Boxco attacks Tanco case")
    assert speaker(qs, "few ties to Texas") == "Boxco Bank"
    # (not a phrase about the body: "Shares in oil firm Tanco fell" leaves Tanco no subject)
    qs = quotes_of("""Tanco is a big firm. Shares in oil firm Lanco fell sharply on Monday. It said the fall was temporary. Lanco has said it will recover.""")
    assert speaker(qs, "fall was temporary") != "Tanco"


def test_a_separate_report_is_not_the_name_of_the_first_one():
    # "Shoppers want coffee, says a report. … A separate report by Kelso Research forecasts …": a report
    # the article marks as separate (another, a second, the previous one) is a different piece of
    # research, so it does not name the bare "a report" of the opening sentence.
    qs = quotes_of(
        """Shoppers want coffee rather than tea, says a report.\n\nOnly 13% of Britons want tea. The report concluded that coffee was likely to grow. A separate report by Kelso Research forecasts that the coffee market will grow to 8m euros."""
    )
    assert "separate" not in speaker(qs, "Shoppers want coffee")
    assert "separate" not in speaker(qs, "coffee was likely to grow")
    # (a report described next without such a word is still the opening one's name)
    qs = quotes_of("""Shoppers want coffee rather than tea, says a report.\n\nThe report by Kelso Research found only 13% of Britons want tea.""")
    assert speaker(qs, "Shoppers want coffee") != "a report"


def test_an_approximate_share_of_those_asked_speaks():
    # "Barely 5% of those questioned said they wanted …": a poll's share with a word that makes it
    # approximate ("barely", "roughly", "at least") speaks as the respondents, as "about 40%" does.
    qs = quotes_of("""A survey of 1,000 adults was published on Monday. Barely 5% of those questioned said they wanted a coffee machine at work.""")
    assert speaker(qs, "coffee machine at work") == "Barely 5% of those questioned"
    qs = quotes_of("""A survey of 1,000 adults was published on Monday. Roughly half of those asked said they would pay more for green power.""")
    assert speaker(qs, "pay more for green power") == "Roughly half of those asked"


def test_it_after_a_fronted_clause_is_that_clauses_body():
    # "Although the Kelso Council officially still backs the “green belt” policy, it has indicated that
    # …": "it" heading the main clause after a fronted clause of concession or time is the body that
    # heads that clause, even when the article never had it speak before.
    qs = quotes_of("""House prices rose again in May.\n\nAlthough the Kelso Council officially still backs the "green belt" policy, it has tacitly indicated that it would be happy if the rule lapsed.""")
    assert speaker(qs, "happy if the rule lapsed") == "Kelso Council"
    # (a plural or a person heading the clause is not an "it")
    qs = quotes_of("""House prices rose again in May.\n\nAlthough shares in the firm rose, it has indicated that it would cut jobs.""")
    assert not any(q.speaker.startswith("shares") for q in qs)


def test_the_regulator_is_a_public_body_never_the_firm_it_watches():
    # "The financial regulator said Kelso Mae must …": a regulator or watchdog is the commission,
    # authority or office the article named, never the firm it watches however often that one is
    # named; with no such body named, the phrase stands as the article gives it.
    qs = quotes_of("""Traders at lender Kelso Mae face an inquiry. Kelso Mae sold bonds in a few minutes. Kelso Mae bought them back later. The Kell Standards Authority was told of the deal. Now the watchdog has said it has found evidence of market abuse.""")
    assert speaker(qs, "found evidence") == "Kell Standards Authority"
    qs = quotes_of("""Traders at lender Kelso Mae face an inquiry. Kelso Mae sold bonds in a few minutes. Kelso Mae bought them back later. Now the German regulator has said it has found evidence of market abuse.""")
    assert speaker(qs, "found evidence") == "the German regulator"


def test_a_group_placed_behind_or_near_a_thing_is_the_subject():
    # "The developers behind the system claim it is a break-through": a plural noun for people placed by
    # a thing ("behind", "near", "across" …) heads the subject, as "developers of the system" does; a
    # single "man behind the site" who goes by a nickname is still the one "he" stands for.
    qs = quotes_of("""Kelso has a new database. The developers behind the system claim it is a break-through in the way data is stored.""")
    assert speaker(qs, "break-through") == "the developers behind the system"
    qs = quotes_of(
        """Now the man behind the site, who goes by the nickname Kelvo, is writing new software. Kelvo said that only a Windows version was being written. There were no plans for other versions. The tool is being tested. He said that the costs would be paid for by adverts."""
    )
    assert speaker(qs, "paid for by adverts") == "Kelvo"


def test_and_that_goes_on_only_right_after_reported_speech():
    # "Kelco said X. But that is …" goes on with Kelco's words; with sentences of the article's own
    # between, "But that is the kind of problem fans can live with" is the article's remark.
    qs = quotes_of("""Kelco said it had signed a deal with Bigco. Prices will fall in May. The only catch is the wait. But that is the kind of problem most fans can live with.""")
    assert not_quoted(qs, "problem most fans")
    qs = quotes_of("""Kelco said it had signed a deal with Bigco. But that would only help if prices fell.""")
    assert speaker(qs, "only help if prices fell") == "Kelco"


def test_complain_in_its_plain_form_is_a_speech_verb():
    # "Some critics complain that …" reports the critics' words, as "complained that" does; the plain
    # form after "not" is no statement, and "complain about X" has no words.
    qs = quotes_of("""The new film opens on Friday. But some critics complain that the remake does not match the original.""")
    assert speaker(qs, "does not match the original") == "some critics"
    qs = quotes_of("""The new film opens on Friday. Neighbours complain about the noise every week. Fans did not complain that the seats were hard.""")
    assert not_quoted(qs, "noise") and not_quoted(qs, "seats were hard")


def test_an_aside_with_speech_ends_before_an_irregular_past_main_verb():
    # "Bigco, which recently revealed that it would cut jobs, hit a yearly high.": the relative clause
    # the cue sits in ends at the comma before the sentence's own verb, an irregular past as much as a
    # regular one ("…, rallied").
    qs = quotes_of("""Shares in Bigco, which recently revealed that it would cut 200 jobs, hit a yearly high on Monday.""")
    assert find(qs, "cut 200 jobs").text == "it would cut 200 jobs"
    qs = quotes_of("""Tom Hale, who said he would quit the club, made his last appearance in May.""")
    assert find(qs, "quit the club").text == "he would quit the club"


def test_a_speaker_keen_to_say_something_says_it():
    # "She was at pains to point out that …", "The council was keen to stress earlier this week that
    # …": an adjective of willingness before the verb's plain form leaves the subject saying it, as "is
    # expected to say" does (not "refused to say", nor "keen to add the title to her collection").
    qs = quotes_of("""Ann Roe met the mayor on Monday. She was at pains to point out that she attended in a private capacity.""")
    assert speaker(qs, "private capacity") == "Ann Roe"
    qs = quotes_of("""The council backed the levy. It was keen to stress earlier this week that any new tax should not hurt shops.""")
    assert speaker(qs, "should not hurt shops") == "the council"
    qs = quotes_of("""Ann Roe met the mayor on Monday. She is keen to add the title to her collection. She refused to say whether she would stand.""")
    assert not_quoted(qs, "her collection") and not_quoted(qs, "would stand")


def test_an_agentless_opening_cue_may_drop_that():
    # "It has been reported they could be questioned …": with no "that", a subject and its finite verb
    # open the words nobody is named for; "It is announced every six months" reports nothing.
    qs = quotes_of("""The aides will appear before the committee. It has been reported they could be questioned about the prince's spending.""")
    assert speaker(qs, "could be questioned") == "unattributed"
    qs = quotes_of("""The Kell index is watched closely. It is announced every six months and is worked out by the bureau.""")
    assert not_quoted(qs, "every six months")


def test_an_occupation_written_as_a_title_is_no_part_of_the_name():
    # "Songwriter Tom Hale has backed the scheme. … Hale said" is Tom Hale's, as "Singer Tom Hale"
    # is; so is "said Treasurer Peter Cole".
    qs = quotes_of("""Songwriter Tom Hale has backed the scheme. At a debate in Kell, Hale said: "It is important." The economy grew by 2%, said Treasurer Peter Cole.""")
    assert speaker(qs, "It is important") == "Tom Hale"
    assert speaker(qs, "economy grew") == "Peter Cole"


def test_a_time_may_stand_between_a_speech_verb_or_noun_and_its_that():
    # "announced earlier in January that …", "issued a warning earlier in the week that …": when the
    # words were said stands between the cue and "that", as "said on Monday that …" does.
    qs = quotes_of("""Kelco makes phones. Its boss Ann Roe announced earlier in January that it was closing two of its shops.""")
    assert speaker(qs, "closing two of its shops") == "Ann Roe"
    qs = quotes_of("""The show opens in Kell. Its director Ann Roe issued a warning earlier in the week that the show was unsuitable for young children.""")
    assert find(qs, "unsuitable for young children").text == "the show was unsuitable for young children"


def test_a_cue_between_commas_after_a_whole_clause_says_that_clause():
    # "Prices have risen 2% this year, Halifax said, and if …", "…, he added, and a few old hands", "…, the
    # group said, with …": a cue set between commas after a clause of its own reports that clause, even
    # when what follows the cue is no clause it could report.
    qs = quotes_of("""Kelso Bank is a lender. House prices have risen 2% this year, Kelso Bank said, and if this pace persists, prices would rise by 5% next year.""")
    assert speaker(qs, "House prices have risen 2%") == "Kelso Bank"
    assert speaker(qs, "if this pace persists") == "Kelso Bank"
    qs = quotes_of("""Tom Hale runs the awards. There were many new entrants this year, he added, and a few that had won before.""")
    assert speaker(qs, "many new entrants") == "Tom Hale"
    qs = quotes_of("""The Kelso Group is a publisher. Sales were up 10% year-on-year, the group said, with overall revenues expected to rise 5%.""")
    assert find(qs, "Sales were up").text == "Sales were up 10% year-on-year"
    # (not a fronted clause the cue's words go on from, nor a cue inside a dash aside)
    qs = quotes_of("""Tom Hale runs the awards. Because the votes were counted twice, he said, the result was delayed by a week.""")
    assert not_quoted(qs, "votes were counted")
    qs = quotes_of("""Tom Hale runs the awards. The gap between the two clubs was so narrow - as shown, he claimed, by the late goal - that only his side could win.""")
    assert not_quoted(qs, "as shown")
    qs = quotes_of("""Tom Hale runs the awards. The whole plan will fail within a year, he said, and walked out of the hall in a hurry.""")
    assert not_quoted(qs, "walked out")


def test_letters_after_a_name_and_its_comma_are_the_persons():
    # "Deputy Judge Tom Hale, QC told the hearing …": the post-nominal letters set off by a comma
    # belong to the name before them; the person speaks, not a body called "QC".
    qs = quotes_of("""Deputy High Court Judge Tom Hale, QC told the hearing the case could have serious consequences.""")
    assert speaker(qs, "serious consequences") == "Tom Hale"


def test_a_nationality_noun_before_a_full_name_is_no_first_name():
    # "Swede Lars Holm said …", "Americans Tom Hale and Rob Keel …": a nationality noun (singular or
    # plural) before a full name says where the person is from, so the speaker is "Lars Holm".
    qs = quotes_of("""Kelso won the final. Swede Lars Holm said he was tired. "It was hard," he said.""")
    assert speaker(qs, "he was tired") == "Lars Holm"
    assert speaker(qs, "It was hard") == "Lars Holm"
    qs = quotes_of("""Top seeds Americans Tom Hale and Rob Keel went through. "I am not playing well," Hale said.""")
    assert speaker(qs, "not playing well") == "Tom Hale"
    # (a name that opens with a nationality word of its own stays whole when only two words long)
    qs = quotes_of("""The talks ended. "It is late," said German Roe.""")
    assert speaker(qs, "It is late") == "German Roe"


def test_treasurer_and_comptroller_are_titles_before_a_name():
    # "said Treasurer Tom Hale", "State Comptroller Ann Roe said": the office before a full name is
    # a title, so the speaker is the person's name alone.
    qs = quotes_of("""The deal closed. "We are happy," said Treasurer Tom Hale.""")
    assert speaker(qs, "We are happy") == "Tom Hale"
    qs = quotes_of("""The fund grew. Kelso State Comptroller Ann Roe said no deal had been made.""")
    assert speaker(qs, "no deal had been made") == "Ann Roe"
    # (the lower-case office still heads an unnamed speaker)
    qs = quotes_of("""The club treasurer said the books were balanced.""")
    assert speaker(qs, "books were balanced") == "the club treasurer"


def test_a_comma_list_inside_a_body_name_is_not_a_break():
    # "the Department for Roads, Rail and Ports said": the comma between capitalised words joined by
    # "and" after "for"/"of" lists what the body is for; it is no aside cutting the subject short.
    qs = quotes_of("""The fee is due. A spokesman for the Department for Roads, Rail and Ports said there were no plans to sell the line.\n\nHe added that a new law would be needed.""")
    assert speaker(qs, "no plans to sell") == "a spokesman for the Department for Roads, Rail and Ports"
    assert speaker(qs, "new law would be needed") == "a spokesman for the Department for Roads, Rail and Ports"
    qs = quotes_of("""A Ministry of Roads, Rail and Ports spokeswoman said: "We are aware of the problems." """)
    assert speaker(qs, "aware of the problems") == "a Ministry of Roads, Rail and Ports spokeswoman"
    # (a person's name before an aside stays the subject)
    qs = quotes_of("""Tom Hale, of Kelso, Ross and Partners, said the fee would rise.""")
    assert speaker(qs, "fee would rise") == "Tom Hale"


def test_a_body_name_with_and_inside_after_the_verb_is_whole():
    # "according to the Kelso Travel and Leisure Council": capitalised words joined by "and" whose
    # last run ends in a body's word are one name, not "Kelso Travel".
    qs = quotes_of("""Arrivals will fall by 5%, according to the Kelso Travel and Leisure Council.""")
    assert speaker(qs, "Arrivals will fall") == "Kelso Travel and Leisure Council"
    qs = quotes_of("""Arrivals will fall by 5%, said the Kelso Travel and Leisure Council.""")
    assert speaker(qs, "Arrivals will fall") == "Kelso Travel and Leisure Council"
    # (two bodies, each with its own noun, or two people, stay apart)
    qs = quotes_of("""Arrivals will fall, according to the Kelso Council and Ross Trust.""")
    assert speaker(qs, "Arrivals will fall") == "Kelso Council"
    qs = quotes_of("""Arrivals will fall, according to Tom Hale and Ann Roe.""")
    assert speaker(qs, "Arrivals will fall") == "Tom Hale"


def test_according_to_a_spokesman_for_a_body_quoted_in_a_paper():
    # "…, according to a spokesman for the steel regulator quoted in the Kelso Post.": "the" after
    # "for" goes on with the source (no clause opens there), and the participle after the body's noun
    # describes the source; the speaker is the whole "a spokesman for the steel regulator".
    qs = quotes_of("""Ruritania already has enough steel capacity, according to a spokesman for the steel industry regulator quoted in the Kelso Post.""")
    assert speaker(qs, "enough steel capacity") == "a spokesman for the steel industry regulator"
    # (a report's author after a participle is still found, and a clause after the source still opens)
    qs = quotes_of("""Prices will rise, according to a report published by the Kelso Bureau.""")
    assert speaker(qs, "Prices will rise") == "Kelso Bureau"
    qs = quotes_of("""According to a spokesman for the firm the plan has failed.""")
    assert find(qs, "the plan has failed").text == "the plan has failed"


def test_a_person_noun_for_a_lower_case_group_or_portfolio():
    # "Lawyers for news groups said …": a person's noun "for" whom they act, in lower case, is one
    # speaker (not "news groups"); "the minister for civil aviation Raj Patel said" is the person named
    # after the portfolio (not an unnamed source, nor someone named before).
    qs = quotes_of("""Kelso Radio said the show would end. Lawyers for news groups said the ban was unlawful.""")
    assert speaker(qs, "ban was unlawful") == "Lawyers for news groups"
    qs = quotes_of("""Beer magnate Tom Hale set up an airline. "The days of flying being only for the rich are over," the minister for civil aviation Raj Patel said earlier.""")
    assert speaker(qs, "days of flying") == "Raj Patel"
    # (a spokesman for a person named with their calling speaks for them: he is not that person)
    qs = quotes_of("""A spokesman for singer Tom Hale said the tour was off.""")
    assert speaker(qs, "tour was off") == "a spokesman for singer Tom Hale"


def test_one_is_no_part_of_a_persons_name():
    # "… aired on Kelso One … Kelso denied that …": "One" is a number word, like "Two", so "Kelso One"
    # is no person whose first name "Kelso" would stand for; the speaker is "Kelso".
    qs = quotes_of("""The show moves to Kelso One next year. Kelso denied that the deal was over.""")
    assert speaker(qs, "deal was over") == "Kelso"
    qs = quotes_of("""One analyst said the deal was over.""")
    assert speaker(qs, "deal was over") == "One analyst"


def test_a_body_name_keeps_no_plural_possessive_apostrophe():
    # "A survey by Pay Data Services' (PDS) said … PDS said": the apostrophe after the final "s" marks
    # the possessive; the body is "Pay Data Services".
    qs = quotes_of("""A survey of 280 schemes by Pay Data Services' (PDS) said costs had risen. Firms are struggling, PDS said.""")
    assert speaker(qs, "Firms are struggling") == "Pay Data Services"


def test_without_inside_a_body_name_keeps_the_name_whole():
    # "A spokesman for Writers Without Frontiers said …": a capitalised "Without" between capitalised
    # words is part of the body's name, as "Against" is ("Citizens Against Crime"), not where it ends.
    qs = quotes_of("""Tom Hale was jailed. A spokesman for Writers Without Frontiers said the sentence was harsh.""")
    assert speaker(qs, "sentence was harsh") == "a spokesman for Writers Without Frontiers"
    qs = quotes_of("""Tom Hale was jailed. Writers Without Frontiers said the sentence was harsh.""")
    assert speaker(qs, "sentence was harsh") == "Writers Without Frontiers"


def test_a_body_introduced_as_an_owner_drops_the_possessive():
    # "record company KelsoBMG's new campaign. It has called it "…"": the body introduced by its kind
    # owns what follows; its name is "KelsoBMG" (no body's name ends in "'s" before a lower-case word
    # that is no verb, where the article gives the name only there).
    qs = quotes_of("""The single is part of his record company KelsoBMG's new campaign. It has called it "the most ambitious campaign in the history of the industry".""")
    assert speaker(qs, "most ambitious campaign") == "KelsoBMG"
    qs = quotes_of("""Hale earned more than any other star in US magazine Rolling Drum's annual list. The magazine reported that he earned $5m.""")
    assert speaker(qs, "he earned $5m") == "Rolling Drum"


def test_a_kind_of_body_opening_the_sentence_is_no_part_of_its_name():
    # "Distributor Kelso Pictures said …": the kind of body, capitalised only because it opens the
    # sentence, says what the body is; the speaker is "Kelso Pictures". A name that keeps the word
    # mid-sentence too ("… founded Group Kelsotep. Group Kelsotep said") keeps it.
    qs = quotes_of("""The film is a hit. Distributor Kelso Pictures said it would open in May.""")
    assert speaker(qs, "open in May") == "Kelso Pictures"
    qs = quotes_of("""Tom Hale founded Group Kelsotep. Group Kelsotep said it would sue.""")
    assert speaker(qs, "would sue") == "Group Kelsotep"


def test_a_public_body_kind_is_the_one_body_that_just_spoke():
    # "…, according to the Kelso Society. …, the non-partisan charity said.": "the charity", "the
    # think-tank", "the watchdog" with no body introduced as one is the one body that spoke in the
    # sentence before, though its name ends in a kind of its own ("Society", "Office", "Research").
    qs = quotes_of("""Parties should fix a date for a debate, according to the Kelso Society.\n\nIt would then be up to the leaders to take part, the non-partisan charity said.""")
    assert speaker(qs, "up to the leaders") == "Kelso Society"
    qs = quotes_of("""Kelso schemes could build trust, says the Institute of Kelso Policy Research (IKPR).\n\nExisting services are a good model, says the think-tank.""")
    assert speaker(qs, "good model") == "Institute of Kelso Policy Research"
    qs = quotes_of("""The Kelso Budget Office says it expects a further fall. But the fiscal watchdog notes the falls will help exporters.""")
    assert speaker(qs, "help exporters") == "Kelso Budget Office"
    # (not a body that only spoke further back, with another published since)
    qs = quotes_of("""The Kelso Society said the plan was bad.\n\nThe Hale Budget Office has published its figures. The fiscal watchdog said the deficit would grow.""")
    assert speaker(qs, "deficit would grow") != "Kelso Society"


def test_a_description_by_a_kindred_calling_is_the_person_given_the_other():
    # "Actor and comedian Tom Hale … The 40-year-old comic has promised …", "said Ann Roe, computer games
    # specialist … added the Kelso-born researcher": two words for one person's work (comedian and comic; a
    # specialist, expert, researcher, academic or scientist) fit each other as the same word would.
    qs = quotes_of(
        """Actor and comedian Tom Hale will host the event, which will be broadcast live. "We are ready," producer Ann Roe told reporters. She also played down fears that Hale, who is known for strong language, might cause a row. The 40-year-old comic has already promised not to swear on air during the show."""
    )
    assert speaker(qs, "not to swear") == "Tom Hale"
    qs = quotes_of(
        """"When I started, I thought it would take decades," said Ann Roe, computer games specialist at Kelso University. "I must admit that I was surprised," added the Kelso-born researcher."""
    )
    assert speaker(qs, "I was surprised") == "Ann Roe"


def test_a_person_picked_out_by_what_they_are_in_is_that_person():
    # "The judge in the case, which lasted seven days, said that …": the head is the person noun before
    # "in the <noun>" (not "case"), so the words are found; nobody given the title is known to be them,
    # so they stand as the article calls them, not the person the sentence before is about.
    qs = quotes_of("""Tom Vey was jailed on Tuesday. The judge in the case, which lasted seven days, said that a heavy penalty was called for.""")
    assert speaker(qs, "heavy penalty") == "the judge in the case"
    qs = quotes_of("""Judge Ann Roe sentenced Tom Vey on Tuesday. The judge in the case said that a heavy penalty was called for.""")
    assert speaker(qs, "heavy penalty") == "Ann Roe"
    # (a body so described keeps its name: "a rival in Hale" is Hale)
    qs = quotes_of("""Kelso has a rival in Hale, which argues its service is cheaper.""")
    assert speaker(qs, "service is cheaper") == "Hale"


def test_a_party_or_place_given_with_a_name_is_no_post_that_rules_out_a_title():
    # "Labour's Mr Tom Lee … The mayor accused …", "Tory Jim Fox said … The party co-chairman said …":
    # a party or place written before a name says what side the person is on, not what post they hold,
    # so a title nobody holds may still be theirs (not someone named once in passing with no title).
    qs = quotes_of(
        """Labour's Mr Tom Lee faces a probe. Deputy Mayor Ann Roe told the BBC's Politics Show she believed he would say sorry. The Prime Minister Jim Bell is among those who have called for an apology.\n\nThe mayor accused Tim Cole of "doorstepping" him."""
    )
    assert speaker(qs, "Tim Cole of") == "Tom Lee"
    # (an office of someone else's still rules them out: the deputy mayor is not "the mayor")
    assert speaker(qs, "Tim Cole of") != "Ann Roe"


def test_a_post_after_a_name_with_no_closing_comma_is_an_aside():
    # "…, but Tom Hale, president of the networks division at the firm says that: …", "Ann Roe, economist
    # at Kelso Insight said …": a post and the body it is in, after a name that opens its clause, with
    # no comma to close it, is an aside about the name; the body at its end is no speaker.
    qs = quotes_of("""Kelso plans may be more than a user needs today, but Tom Hale, president of the mobile networks division at the firm says that: "By the time the next network comes, we will be ready." """)
    assert speaker(qs, "next network comes") == "Tom Hale"
    qs = quotes_of("""Rates rose again in May. However, Ann Roe, a fund manager at Kelso Trustees said taking the stake was a step to a takeover.""")
    assert speaker(qs, "taking the stake") == "Ann Roe"
    # (a post with its article, as before)
    qs = quotes_of("""The deal is off, Tom Hale, the director of the Kelso Fund said.""")
    assert speaker(qs, "deal is off") == "Tom Hale"


def test_a_business_is_no_regulator_watchdog_union_or_charity():
    # "Traders at banking giant Kelco face a probe … the German regulator has said …": with no body
    # introduced as a regulator, "the regulator" is not a body the article made known as a business
    # (a giant, a bank, a firm); a body named by its own name only still may be ("the club").
    qs = quotes_of(
        """Traders at US banking giant Kelco face a probe in Germany over a bond deal.\n\nThe deal saw the sale of bonds in a few minutes. The move was criticised at the time, and now the German regulator has said it has found evidence of market abuse."""
    )
    assert speaker(qs, "evidence of market abuse") != "Kelco"
    qs = quotes_of("""Kelso Rovers shares fell 5% on Monday. The club said it would allow Tom Hale to study its books.""")
    assert speaker(qs, "study its books") == "Kelso Rovers"


def test_a_broker_introduces_a_firm():
    # "insurance broker Kelso & McLennan": a broker named so is a firm, so "The insurer said …" and "the
    # company said …" are it; an owner's 's after the name belongs to what follows ("broker Kelso &
    # McLennan's share deals" is Kelso & McLennan).
    qs = quotes_of("""Up to 2,500 jobs are to go at US insurance broker Kelso & McLennan in a shake up.\n\nThe insurer said the cuts were part of a drive to save money.""")
    assert speaker(qs, "drive to save money") == "Kelso & McLennan"
    qs = quotes_of("""The regulator is looking at share deals by insurance broker Kelso & McLennan's staff, the firm has said.""")
    assert speaker(qs, "looking at share deals") == "Kelso & McLennan"
    # (a broker named with a person's name and "he" stays a person)
    qs = quotes_of("""Broker Tom Hale said shares would rise. "It is a good time," he said.""")
    assert speaker(qs, "good time") == "Tom Hale"


def test_a_man_from_a_place_is_the_person_named():
    # "“…,” says the Kelso man": a man or woman described by where they are from is somebody the article
    # has named, as "the Russian" is; a bare "the woman" is still somebody it does not name, and a person
    # shown to be of the other sex is never it.
    qs = quotes_of("""Tom Hale should be paralysed.\n\nHe says so himself as he recalls the crash. "I was in a lot of pain," says the Kelso man. "But I was thinking I could still race." """)
    assert speaker(qs, "a lot of pain") == "Tom Hale"
    qs = quotes_of("""A woman was hurt in the crash. "I was in a lot of pain," says the woman.""")
    assert speaker(qs, "a lot of pain") == "the woman"
    qs = quotes_of("""Ann Roe met her coach. She said the race was hard. "I was in pain," said the Kelso man.""")
    assert speaker(qs, "I was in pain") != "Ann Roe"


def test_the_organisation_may_be_a_body_introduced_by_its_kind():
    # "human rights watchdog Kelso Watch … A spokesman for Kelso Watch … “…,” the organisation said": any
    # body is an organisation, also one the article introduced as a watchdog, union or charity (not a book
    # or a report).
    qs = quotes_of(
        """The sentence was condemned by human rights watchdog Kelso Watch.\n\nA spokesman for Kelso Watch, which tracks press freedom, called the sentence "harsh". "The authorities are trying to make an example of him," the organisation said in a statement."""
    )
    assert speaker(qs, "make an example of him") == "Kelso Watch"


def test_a_body_given_as_an_example_in_a_list_is_not_the_firm_of_the_next_sentence():
    # "Among its creditors are banks such as Barings and oil firm Dalco Energy. … the firm said": a body
    # named as an example is not what "the firm" takes up; the firm the article is about is.
    body = """Fuel supplier Kelco Oil has offered to repay its creditors. The firm said it hoped to pay $100m now.
Among the creditors are banks such as Barings and South Korean firm Dalco Energy. Of the payment, the firm said it would pay $30m itself."""
    assert speaker(quotes_of(body), "pay $30m itself") == "Kelco Oil"
    # (a firm named in the sentence before, not as an example, is still the one taken up)
    body = """Fuel supplier Kelco Oil has offered to repay its creditors. The firm said it hoped to pay $100m now.
Its largest creditor is South Korean firm Dalco Energy. Of the payment, the firm said it would accept $30m."""
    assert speaker(quotes_of(body), "accept $30m") == "Dalco Energy"


def test_a_name_in_apposition_before_the_verb_is_its_subject_not_words_split_by_a_speaker():
    # "His mother, Ann, said her son's friend, Bob Lane, had copied the film": the name set off after a
    # noun for a person heads the sentence and says the words after the verb; "her son's friend, Bob
    # Lane" is who the words are about, not a speaker after the verb (also past a dashed aside).
    qs = quotes_of("""Tom Lane was hurt in May. His mother, Ann, said her son's friend, Bob Rowe, had copied the film.""")
    q = find(qs, "had copied the film")
    assert q.speaker == "Ann" and q.text.startswith("her son's friend")
    qs = quotes_of("""Tom Lane was hurt in May. His mother, Ann, said her son's friend, Bob Rowe, 17 - who was jailed in June - had copied the film.""")
    assert speaker(qs, "had copied the film") == "Ann"
    # (a phrase before the verb that is no person's name is still split from its words by the speaker)
    qs = quotes_of("""Tom Hale runs Kelco. One of the drawbacks of the game, said Mr Hale, was its price.""")
    assert speaker(qs, "was its price") == "Tom Hale"


def test_a_spokesman_called_by_the_bodys_initials_is_the_one_introduced_with_its_full_name():
    # "A spokesman for the Kelso Trade Association (KTA) said … The KTA spokesman said …": the body's
    # initials spell the name the spokesman was introduced with, so it is the same unnamed source; a
    # spokesman for another body is not.
    body = """A spokesman for the Kelso Trade Association (KTA) said prices would rise. A spokesman for the Kelso Dairy Board said they would fall. The KTA spokesman said they would hold."""
    qs = quotes_of(body)
    assert speaker(qs, "they would hold") == "a spokesman for the Kelso Trade Association"
    assert speaker(qs, "they would fall") == "a spokesman for the Kelso Dairy Board"
    qs = quotes_of("""A spokesman for the Kelso Dairy Board said they would fall. The KTA spokesman said they would hold.""")
    assert speaker(qs, "they would hold") == "the KTA spokesman"


def test_a_description_given_by_nobody_named_is_unattributed():
    # "Its game has been described as a game that adds …": a description somebody unnamed gave; a
    # suspect's description ("is described as white, aged 30") is nobody's words.
    qs = quotes_of("""Kelco makes games. Its new game has been described as a game that adds a few modern touches to the genre.""")
    q = find(qs, "adds a few modern touches")
    assert q.speaker == "unattributed" and q.text.startswith("as a game")
    qs = quotes_of("""Police want to trace a man. He is described as white, aged 30 to 40, with a ginger beard.""")
    assert not_quoted(qs, "ginger beard")


def test_a_plural_subject_speculates_or_reports_in_the_plain_form():
    # "Anti-virus firms speculate that …", "Some users in Kelso also report that …": plain forms of
    # speech verbs after a plural subject; "report" only after a plural noun, not as the noun after a
    # modifier ("The Kelso report looked at …").
    qs = quotes_of("""The Zorb virus spreads by e-mail. Anti-virus firms speculate that its many languages help it spread.""")
    assert speaker(qs, "its many languages help it spread") == "Anti-virus firms"
    qs = quotes_of("""The site is blocked abroad. Some web users in Kelso also report that they can still browse the site.""")
    assert speaker(qs, "they can still browse the site") == "Some web users"
    qs = quotes_of("""Broadband use is growing fast. The Kelso report looked at how people use the net.""")
    assert not_quoted(qs, "how people use the net")


def test_a_plain_plural_noun_with_its_own_cue_after_and_ends_the_clause():
    # "The ministry said the economy grew by 9.5% and experts say the picture remains strong": the
    # experts speak for themselves; "… and that previous claims of …" is no new speaker.
    qs = quotes_of("""Trade grew fast. The ministry said Kelso's economy grew by 9.5% in 2004 and experts say the overall picture remains strong.""")
    assert find(qs, "grew by 9.5%").text == "Kelso's economy grew by 9.5% in 2004"
    assert speaker(qs, "the overall picture remains strong") == "experts"


def test_a_statement_read_after_the_quote_speaks_it():
    # '"…," read a statement from the firm.': the written statement is the speaker (as "the statement
    # said" is), not whoever spoke before it.
    qs = quotes_of(
        """Kelco adverts were spotted on the network, said Tom Hale of Kelso Research. "It is typical," he added. "We have investigated this matter and believe a partner placed the advert," read a statement from the discount phone firm."""
    )
    assert speaker(qs, "a partner placed the advert") == "a statement from the discount phone firm"


def test_people_or_firms_asked_by_a_newsroom_speak_as_the_article_names_them():
    # "Companies contacted by the BBC said …", "firms contacted by the Kelso Post insist that …": those
    # asked speak under the whole phrase, not the newsroom that asked them (a plain form after them too).
    qs = quotes_of(
        """Ads appear on the network. Companies contacted by the BBC said they were not aware of it. Meanwhile firms contacted by the Kelso Post insist that they did not know where their ads appeared."""
    )
    assert speaker(qs, "they were not aware of it") == "Companies contacted by the BBC"
    assert speaker(qs, "where their ads appeared") == "firms contacted by the Kelso Post"


def test_an_office_written_in_capitals_is_a_person_noun():
    # "The MEP said …", "The MSP added …": an office written in capital initials, like "MP", is a title
    # for the person the article has named, not a body called "MEP".
    qs = quotes_of(
        """Former newsreader Tom Hale has quit the Kelso Party.\n\nThe MEP said he was ashamed to have joined it.\n\nDunmore MSP Ann Roe stayed. The MSP said that the party would survive."""
    )
    assert speaker(qs, "ashamed to have joined") == "Tom Hale"
    assert speaker(qs, "the party would survive") == "Ann Roe"


def test_a_former_calling_does_not_clash_with_a_title_held_now():
    # "Kelso coach Tom Hale … said the former England winger", "Ben Vale, a candidate for …, has quit.
    # The former teacher confirmed …": what somebody used to be is no rival to the title the article
    # gives them now, so the description is the person the sentence before is about.
    qs = quotes_of(
        """Dunmore have named a new coach.\n\nAnn Roe, the club's chairman, praised the board. Kelso coach Tom Hale will take over in May. "I am thrilled to be here," said the former England winger.\n\nBen Vale, a candidate for the Kelso Party, has quit. The former teacher confirmed he had attended a rival's meeting."""
    )
    assert speaker(qs, "thrilled to be here") == "Tom Hale"
    assert speaker(qs, "attended a rival's meeting") == "Ben Vale"


def test_a_country_before_a_name_matches_the_same_country_in_a_description():
    # "England forward Tom Hale … the England striker said": the country the article gives with the name
    # counts as it does in a title ("England" and "English" fold to one key), so the description is him,
    # not the person named most.
    qs = quotes_of(
        """Kelso have signed England forward Tom Hale from Dunmore. Club chairman Ann Roe said the deal was done. Ms Roe said fans would be pleased.\n\nSpeculation had linked Hale with a move home, but the England striker said he was happy in Kelso."""
    )
    assert speaker(qs, "he was happy in Kelso") == "Tom Hale"


def test_a_man_described_by_his_club_with_more_words_before_it_is_a_person_named():
    # "The 22-cap Dunmore man says …": "man" after a club or place, with more words before it, is a person
    # the article has named, as "the Waterford man" is, not an unnamed source.
    qs = quotes_of(
        """Kelso have named Ben Vale as their new captain.\n\nCoach Tom Hale believes the 24-year-old is ready for the job. Hale praised Vale's work as vice-captain last season. The 22-cap Dunmore man says the honour came as a surprise."""
    )
    assert speaker(qs, "the honour came as a surprise") == "Ben Vale"


def test_a_speaker_in_a_relative_clause_is_inside_the_sentence_a_closing_cue_reports():
    # "Changes which critics claim would allow … were not a ploy, the transport secretary has said.": the
    # closing cue reports the whole sentence; "critics claim" only speaks inside its relative clause.
    qs = quotes_of(
        """Changes to a bill which critics claim would allow tolls "by the back door" were not a ploy, the transport secretary has said.\n\nTom Hale told MPs the changes were fair."""
    )
    q = find(qs, "were not a ploy")
    assert q.speaker == "Tom Hale" and q.text.startswith("Changes to a bill")


def test_a_first_name_spelt_one_letter_differently_is_the_person_already_named():
    # "Viktor Vasko … Victor Vasko … Mr Vasko … He says …": the same surname after a first name spelt
    # one letter differently is the person the article named first, under the first spelling.
    qs = quotes_of(
        """Viktor Vasko, 50, says he has been betrayed by the Kelso authorities.\n\n"They took what Victor Vasko had and left him in the cold," said Ann Roe, a historian.\n\nMr Vasko joined the army in 1970. He says he was promised a pension."""
    )
    assert speaker(qs, "he was promised a pension") == "Viktor Vasko"


def test_a_calling_behind_a_named_work_is_a_person_not_the_work():
    # '"…," said the director behind Kelso Nights and Blue Door.': the director the article has named,
    # known by his films, not a speaker called "Kelso Nights"; "He added" is him too.
    qs = quotes_of(
        """Director Tom Hale's new film has flopped at the US box office.\n\nCritic Ann Roe called it dull. In Oslo, Hale said he hoped Europe would like it better. "Europeans see me differently," said the director behind Kelso Nights and Blue Door. He added that the film was hard to make."""
    )
    assert speaker(qs, "Europeans see me differently") == "Tom Hale"
    assert speaker(qs, "the film was hard to make") == "Tom Hale"


def test_a_participle_after_a_cue_and_its_object_is_the_cues_speaker():
    # 'Ms Roe "made the accounting decisions," he told the court, saying …': the participle goes on from
    # the cue before it, past what the verb is said to (no verb of its own), not from the name that opens
    # the sentence.
    qs = quotes_of(
        """Former Kelco boss Tom Hale has given evidence at his fraud trial.\n\nSpeaking in court, Mr Hale rejected claims he pressured finance chief Ann Roe to falsify the accounts. Ms Roe "made the accounting decisions," he told the court, saying his finance chief had a keen grasp of the numbers."""
    )
    assert speaker(qs, "a keen grasp of the numbers") == "Tom Hale"


def test_a_boss_is_a_manager_or_a_chief():
    # "Magpies manager Tom Hale … The Toon boss vowed …": a football club's boss is its manager (as a
    # firm's is its chief), so the description fits him, not the player the article named more.
    qs = quotes_of(
        """Kelso striker Ben Vale is set to join Dunmore.\n\nThe Welsh striker has rejected a move to Ashby after falling out with Magpies manager Tom Hale. The Toon boss vowed Vale would not play again after a row over training."""
    )
    assert speaker(qs, "would not play again") == "Tom Hale"


def test_a_title_nobody_outside_reported_words_fits_is_one_those_words_named():
    # "Home Secretary Tom Hale has vowed to press on … despite a call … from Ann Roe. The Kelso Party leader
    # said …": nobody named outside the reported words fits "leader" (Tom Hale holds another office), so
    # it is the person those words named, not the home secretary.
    qs = quotes_of(
        """New Home Secretary Tom Hale has vowed to press on with ID cards despite a call for him to "think again" from Ann Roe.\n\nThe Kelso Party leader said the resignation of Mr Hale's predecessor was a chance to pause. But Mr Hale said he had always backed the plans."""
    )
    assert speaker(qs, "a chance to pause") == "Ann Roe"
    assert speaker(qs, "he had always backed the plans") == "Tom Hale"


def test_a_name_after_its_own_title_in_apposition_to_a_description_speaks():
    # "The prosecution's star witness, former KelCom finance chief Tom Hale, has said …", "The club's new
    # manager, former England striker Carl Moss, told …": the titled name set off by commas is who the
    # description is, not an aside to pass over.
    qs = quotes_of(
        """Lawyers for Ann Roe have called their first witness.\n\nMs Roe also said the board met rarely. The prosecution's star witness, former KelCom finance chief Tom Hale, has said that Ms Roe ordered the changes. The club's new manager, former England striker Carl Moss, told reporters he was delighted."""
    )
    assert speaker(qs, "Ms Roe ordered the changes") == "Tom Hale"
    assert speaker(qs, "he was delighted") == "Carl Moss"


def test_a_noun_phrase_after_said_with_its_own_verb_opens_the_words_not_the_cue():
    # "The guidance published on Tuesday, said the police had a duty …": "the police" is the subject of
    # what was said (its verb follows), not a speaker after the verb, as "it" would be.
    qs = quotes_of(
        """Police chief Tom Hale backed the new rules.\n\nThe guidance published on Tuesday, said the police had a duty to investigate all incidents."""
    )
    assert not_quoted(qs, "The guidance published")
    assert not any(q.speaker == "Tom Hale" and "a duty to investigate" in q.text for q in qs)


def test_a_womans_first_name_rules_her_out_for_he():
    # "said Karen Walsh … '…,' he said": a first name only women bear rules her out for "he", so it
    # goes to the man named since; and "Mrs Hale" is not her husband Mark Hale.
    body = """A new mouse helps people with shaky hands. "We are delighted that it has been made," said Karen Walsh, from the Kelso Tremor Trust.

The mouse is the work of Kelco researcher Tom Vane, who built it after seeing his uncle struggle. "I knew there must be a way to help him.

"More people will need it as they age," he said."""
    assert speaker(quotes_of(body), "More people will need it") == "Tom Vane"
    qs = quotes_of("""Mark Hale is the party leader. His wife has joined him on the campaign trail. Mrs Hale has also appeared beside her husband on chat shows. In an interview she said she often teased her husband.""")
    assert speaker(qs, "she often teased") != "Mark Hale"


def test_words_left_open_at_a_paragraphs_end_are_said_by_the_cue_of_the_next():
    # 'The mouse is the work of Tom Vane … “I knew there must be a way. ¶ “…,” he said.': quoted
    # words with no cue left open at a paragraph's end go on into the next paragraph, whose cue names
    # who says them (not Karen Walsh, who spoke last before them).
    body = """A new mouse helps people with shaky hands. "We are delighted that it has been made," said Karen Walsh, from the Kelso Tremor Trust.

The mouse is the work of Kelco researcher Tom Vane, who built it after seeing his uncle struggle. "I knew there must be a way to help him.

"More people will need it as they age," he said."""
    assert speaker(quotes_of(body), "I knew there must be a way") == "Tom Vane"


def test_a_pair_heading_a_sentence_with_a_time_before_its_verb_is_they_said():
    # "Tom Lee and Ann Roe on Thursday launched plans … They say …": the pair the sentence before is
    # about is who "they" stands for, a time between them and their verb or not, and also when "they"
    # opens a cue of its own (not Kelso MPs, named before them).
    body = """Kelso MPs unveiled a poster on Wednesday. Party leader Tom Lee and frontbencher Ann Roe on Thursday launched new plans to cut quangos. They say the government is spending too much."""
    assert speaker(quotes_of(body), "the government is spending too much") == "Tom Lee and Ann Roe"


def test_it_after_a_public_body_called_by_its_kind_heading_a_sentence():
    # "The commission, an independent body of judges, lawyers and experts, had been asked … But it
    # said …": the body the sentence before opens with, called by its kind after a description set off
    # by commas, is "it" (not the Kelso Office, which spoke before).
    body = """In its report, the Kelso Law Commission said it had found wide support for change. But the Kelso Office said the rules would stay. The commission, an independent body of judges, lawyers and experts, had been asked to consider reforms. But it said its proposals would not work without a wider review."""
    assert speaker(quotes_of(body), "its proposals would not work") == "Kelso Law Commission"


def test_a_body_ranked_in_the_world_is_the_one_named_close_by():
    # "The world's second biggest insurer said …": a body described by its rank in the world is the
    # one the article reports on, though its two-word name was taken for a person's; "it" is then that
    # body too.
    body = """Storms made 2004 the costliest year on record for insurers, according to Kelso Re. The world's second biggest insurer said claims reached $42bn. "2004 reinforces the trend," said Kelso Re. Packed cities were partly to blame for the rise in claims, it said."""
    qs = quotes_of(body)
    assert speaker(qs, "claims reached $42bn") == "Kelso Re"
    assert speaker(qs, "Packed cities were partly to blame") == "Kelso Re"


def test_it_after_a_study_whose_source_is_set_off_by_commas():
    # "The study, from the Kelso Institute, does not praise … But it argues …": the study heading the
    # sentence before, its source set off by commas, is "it" (not the firm named after its verb).
    body = """Jailing bosses ought to be bad for business. The study, from the Kelso Institute, does not praise the handling of oil firm Halvex. But it argues that tougher tax policing has helped all firms."""
    assert speaker(quotes_of(body), "tougher tax policing") == "the study"


def test_it_after_the_opposition_heading_a_sentence_with_an_irregular_verb():
    # "The opposition also made capital from the figures. It said …": the body the sentence before
    # opens with, as "the opposition" (its verb an irregular past), is "it", not the agency that spoke
    # before.
    body = """The Kelso Labour Agency said the jobless total had reached five million. The opposition also made political capital from the figures. It said a further two million people were on job schemes."""
    assert speaker(quotes_of(body), "a further two million") == "the opposition"


def test_a_womans_first_name_outweighs_a_he_after_her_name():
    # "His assistant, Alice Vane, said that he looked like a gangster. …, she added, …": the "he" after
    # her name is somebody else, so it teaches nothing against her first name, and "she" is hers (not
    # the writer named before, whose first name says nothing).
    body = """Writer Budd Kern told the magazine that the star had warmed to the role. His assistant, Alice Vane, said that he looked like a gangster. Every time she went to see Tom Hale from then on, she added, he was wearing a different moustache."""
    assert speaker(quotes_of(body), "he was wearing a different moustache") == "Alice Vane"


def test_a_lone_person_noun_qualifying_a_noun_is_no_speaker():
    # "… a stronger economy than official estimates, Ms Vale said": "official" qualifies "estimates",
    # no verb, so it names no speaker, and the "she" after is Ms Vale.
    body = """The economy grew faster than the 0.4% reported, according to deputy governor Ann Vale. Business surveys suggest a stronger economy than official estimates, Ms Vale said. Other surveys show a slowdown in house prices, she pointed out."""
    qs = quotes_of(body)
    assert speaker(qs, "Other surveys show a slowdown") == "Ann Vale"
    assert speaker(qs, "than official estimates") == "Ann Vale"


def test_a_nationality_heading_a_sentence_is_the_person_before_for_she():
    # "Ann Kibet has decided she is fit. The Kenyan was unsure if she would recover from her tussle
    # with Jo Vane … But she has declared …": the nationality heading the sentence is the runner named
    # before, so "she" is her, not the rival named after it.
    body = """Ann Kibet has decided she is fit enough to run in next month's race. The Kenyan was initially unsure if she would recover from her tussle with Jo Vane in the New York Marathon. But she has declared herself up to the task."""
    assert speaker(quotes_of(body), "herself up to the task") == "Ann Kibet"


def test_two_bodies_joined_by_and_speak_together():
    # "Labour and the Kelso Greens say …": two bodies named by their own names, joined by "and" as
    # the subject, speak together as the article names them (not the second alone); a leading "But"
    # is no part of the name.
    body = """The Tories unveiled £35bn of savings on Monday. Labour and the Kelso Greens say the party's sums do not add up. But the Kelso Party and the Tories say the issue should be decided locally."""
    qs = quotes_of(body)
    assert speaker(qs, "sums do not add up") == "Labour and the Kelso Greens"
    assert speaker(qs, "decided locally") == "the Kelso Party and the Tories"


def test_a_person_with_a_mans_first_name_is_never_it():
    # "Tom Hale founded Argonaut in 1982. … In August it warned …": a sentence headed by a person
    # whose first name is a man's is no body for "it", though the article says nothing else of him.
    body = """Tom Hale founded Argonaut in 1982. But, like all developers, Argonaut needed a constant flow of deals. In August it warned that losses would grow."""
    qs = quotes_of(body)
    assert all(q.speaker != "Tom Hale" for q in qs if "losses would grow" in q.text)


def test_it_after_a_body_heading_a_sentence_after_a_fronted_like_phrase():
    # "But, like all developers, Argonaut needed deals. In August it warned …": the body heading the
    # sentence before, after a fronted "like …" phrase, is "it".
    body = """Tom Hale founded Argonaut in 1982. But, like all developers, Argonaut needed a constant flow of deals. In August it warned that losses would grow."""
    assert speaker(quotes_of(body), "losses would grow") == "Argonaut"


def test_it_is_a_two_word_name_taken_for_a_person_that_just_spoke():
    # "…, according to Kelso Daily. …, Kelso Daily said. …, it added.": with no body known, a
    # two-word name named twice close by that was taken for a person's is the body "it" stands for.
    body = """The film took $14m in its first weekend, according to Kelso Daily. Its takings represented 1.1 million admissions, Kelso Daily said. The record may stand for years, it added."""
    assert speaker(quotes_of(body), "The record may stand for years") == "Kelso Daily"


def test_two_initials_before_a_surname_with_a_calling_in_apposition_are_a_person():
    # "JF Vane, spokesman for e-mail firm Kelco, said …": two initials run together before a surname,
    # with a calling in apposition or an occupation before them, name a person, so "he said" after is
    # him (not Bob Hale, who spoke before).
    body = """Bob Hale, of Kelso Research, said search was vital. JF Vane, spokesman for e-mail software firm Kelco said firms were starting to see how important e-mail was. "The key thing is being able to manage all this information," he said."""
    assert speaker(quotes_of(body), "The key thing is being able") == "JF Vane"
    body = """Bob Hale, of Kelso Research, said search was vital. Also search is key, said author JF Vane. "The key thing is being able to manage all this information," he said."""
    assert speaker(quotes_of(body), "The key thing is being able") == "JF Vane"


def test_the_rt_rev_is_a_title_not_part_of_the_name():
    # "the Rt Rev Tom Vane said … Rt Rev Vane argued …": a clergyman's style is a title like "Dr", so
    # both quotes are Tom Vane's under one canonical name.
    body = """The Bishop of Kelso, the Rt Rev Tom Vane, said it would separate the state from the church. Rt Rev Vane argued such a state would be less tolerant."""
    qs = quotes_of(body)
    assert speaker(qs, "separate the state") == "Tom Vane"
    assert speaker(qs, "less tolerant") == "Tom Vane"


def test_according_to_a_source_run_into_a_share_that_says_something():
    # "According to Kelso Research 40% of homes say it helps them …": no comma after the source, whose
    # words open at the share; the share's own "say" is nested inside them.
    body = """Downloads are rising. According to Kelso Research 40% of homes with broadband say it helps them pick programmes."""
    q = find(quotes_of(body), "helps them pick")
    assert q.speaker == "Kelso Research" and q.text.startswith("40% of homes")


def test_a_name_only_ever_given_after_the_is_no_he():
    # "… interest from the Dunmore Ospreys. The Ospreys are keen on him, but …, he admitted …": a
    # capitalised name the article only gives after "the" is a team's or a body's, never the person
    # "he" stands for, though a "he" follows it.
    body = """Wales hooker Tom Vane is likely to stay with Kelso despite interest from the Dunmore Ospreys.

The Ospreys are keen on the 32-year-old, but he would rather stay where he is. Although he played for the Ospreys last season, he admitted that he was angry with the way he was treated. "It was very hard," Vane said at the time."""
    assert speaker(quotes_of(body), "angry with the way") == "Tom Vane"


def test_a_submission_and_guidance_speak_as_documents():
    # "The 36-page submission also urges the government to …", "…, the guidance said.": a submission
    # and guidance speak as a report does, under the name the article gives them. Inside a sentence a
    # closing "Mr Hale said." reports, they stay his words, also when those end in a quoted fragment;
    # and "which" after "in its submission" is the submission, not the longer phrase before it.
    body = """The Kelso Union said action was needed. The 36-page submission also urges the government to examine support for industry.

Using force was the best evidence of acting lawfully, the guidance said. Council leader Tom Hale spoke next. Official guidance said files should only go if they served "no current purpose", Mr Hale said.

Kelco filed a brief with the court. It summed up the view of many tech firms in its submission which states that its products "are only tools"."""
    qs = quotes_of(body)
    assert speaker(qs, "examine support for industry") == "the 36-page submission"
    assert speaker(qs, "evidence of acting lawfully") == "the guidance"
    assert speaker(qs, "no current purpose") == "Tom Hale"
    assert all(q.speaker != "many tech firms in its submission" for q in qs)


def test_there_is_a_thing_which_says_names_no_speaker():
    # "There is guidance which suggests the uniform cannot be used …": a relative clause on a noun
    # that "there is" says exists gives it no words of its own to speak.
    qs = quotes_of("""Ann Roe runs the blog. There is guidance which suggests the company uniform cannot be used without approval.""")
    assert not_quoted(qs, "uniform cannot be used")


def test_forecast_and_predicted_to_report_an_unnamed_source():
    # "Profit had been forecast to be £4m", "Spending is predicted to grow by 3%": a forecast nobody is
    # named for, the infinitive on, as "is tipped to" is; not inside what somebody found or said ("The
    # Kelso Union also found spending is forecast to rise …" is no forecast of its own).
    body = """Kelco made £5m last year. Profit had been forecast to be £4m for the year. Spending is predicted to grow by 3% in the spring. The Kelso Union also found spending on training is forecast to rise next year."""
    qs = quotes_of(body)
    q = find(qs, "to be £4m")
    assert (q.speaker, q.kind) == ("unattributed", "reported")
    assert speaker(qs, "to grow by 3%") == "unattributed"
    assert all(q.speaker != "unattributed" for q in qs if "rise next year" in q.text)


def test_a_festival_speaks_as_a_body():
    # "The festival praises him for his “sensational start” …": a festival speaks as a body does,
    # the one the article named ("the Kelso Film Festival").
    body = """Actor Tom Hale is to be honoured at the Kelso Film Festival. The festival praises him for his "sensational start" in films and his "many roles" since."""
    assert speaker(quotes_of(body), "sensational start") == "Kelso Film Festival"


def test_a_body_name_with_and_shortened_in_brackets_is_one_body():
    # "Drivers Against Tolls and Charges (Datc) has claimed … , it warned.": a name with "and" that
    # the article shortens in brackets right after it is one body, which "it" can stand for.
    body = """Some motoring groups have expressed concern about the scheme. At least one group - Drivers Against Tolls and Charges (Datc) - has claimed that the cameras could be used to track cars. Every journey in the city could be logged and kept for years, it warned."""
    qs = quotes_of(body)
    assert speaker(qs, "cameras could be used") == "Drivers Against Tolls and Charges"
    assert speaker(qs, "could be logged") == "Drivers Against Tolls and Charges"


def test_he_heading_the_sentence_before_with_names_only_in_passing_is_the_last_speaker():
    # "Now he fears … after eight players, including captain Ben Hale, were away. “…,” he added.": the
    # "he" heading the sentence before, with nobody named there but in passing after it, is the same
    # person as this "he": the last to speak, not the captain named in the list.
    body = """"That's not good for the game," Kelso coach Tom Vane argues. It is an issue he has taken up before.

Now he fears it could derail the club's hopes after eight players, including captain Ben Hale and fly-half Jim Roe, were away with their countries. "We're in the quarter-finals, it's always better to play at home," he added."""
    assert speaker(quotes_of(body), "always better to play at home") == "Tom Vane"


def test_he_after_a_sentence_headed_by_a_persons_own_spokesman_is_the_spokesman():
    # "On Monday, Tom Hale's official spokesman declined to say … He said: “…”": "he" opening the next
    # sentence is the spokesman heading this one, not his master named in the possessive.
    body = """Pension ages for civil servants will rise to 65, the Cabinet Office said. On Monday, Tom Hale's official spokesman declined to say whether the prime minister backed the plans. He said: "What's important is that there's a process going on." """
    assert speaker(quotes_of(body), "a process going on") == "Tom Hale's official spokesman"


def test_an_age_and_a_club_before_a_calling_heading_a_sentence_is_the_person_named():
    # "The 24-year-old Reds skipper spoke out ahead of … at home to Borussia Kelsen, which he will
    # miss. “…,” he told …": the description with a club's name between age and calling, and an
    # irregular past verb, is the person named before, and so is "he" (not "Borussia Kelsen", taken
    # for a person).
    body = """Tom Vane has admitted that Kelso have little chance of winning the cup this season.

The 24-year-old Reds skipper spoke out ahead of Tuesday's first leg at home to Borussia Kelsen, which he will miss through suspension. "Let's be realistic, there are some fantastic teams left," he told BBC Radio Five Live."""
    assert speaker(quotes_of(body), "fantastic teams left") == "Tom Vane"


def test_she_after_a_one_word_name_that_spoke_just_before_and_has_a_she_of_its_own():
    # "Vasko revealed she had finished the novel. … said Kelco's Robin Ridge. … Vasko has already revealed
    # that …. And she added that …": the one-word name that spoke in the sentence before, taken for a
    # body but going on to a "she" of its own, is the woman, not Robin Ridge quoted further back.
    body = """Thousands of readers placed orders for the sixth book. Vasko revealed she had finished the novel on Tuesday. "The fact that the book is already number one shows how excited readers are," said Kelco's Robin Ridge.

The book follows a young wizard's sixth year at school. Vasko has already revealed that the prince is neither of the heroes. And she added that the opening chapter had been brewing in her mind for 13 years."""
    assert speaker(quotes_of(body), "brewing in her mind") == "Vasko"


def test_the_writer_is_the_novelist_the_article_named():
    # "Novelist Tom Hale … The writer was known for his research … “…,” he once said": "novelist",
    # "author" and "writer" name one calling, so the description heading the sentence is Tom Hale,
    # and so is "he" (not the actor named last).
    body = """Novelist Tom Hale, who has died at the age of 84, was known for his page-turners. His first book was later spoofed in a comedy starring Ben Vane.

The writer was known for his painstaking research into the professions around which each novel was centred. "I have never been able to write quickly or easily," he once said."""
    assert speaker(quotes_of(body), "write quickly or easily") == "Tom Hale"


def test_a_nationality_heading_a_sentence_is_a_one_word_name_taken_for_a_body():
    # "Vasko said he was … The Russian hit himself on the head … “…,” he said": the nationality is
    # the one-word name heading the sentence before (taken for a body's name), a person from then on,
    # and so is "he" (not the opponent named in full).
    body = """Andre Hale put in an erratic display before edging into the fourth round with victory over Tom Dent. The 34-year-old American made a poor start.

Kolya Ancic looked set to push Vasko all the way when he took the second set but Vasko raised his game to sink the Croatian. Vasko said he was trying to keep his temper under control at this year's tournament. The Russian hit himself on the head repeatedly in one outburst but was otherwise calm. "I try to stay calm because if you go crazy you might never come back," he said."""
    assert speaker(quotes_of(body), "I try to stay calm") == "Vasko"


def test_he_passes_over_names_after_a_preposition_to_the_man_the_article_is_about():
    # "Vane's future … However, good displays against West Ashby and Carlow Rovers have impressed the
    # fans. “…,” he said": names after "against" (and the next after "and") are things named in passing,
    # so "he" is the man heading a sentence before, whose first name is a man's; so after "the Serious
    # Organised Crime …" (a bill's name).
    qs = quotes_of("""Kelso have rejected a bid from Dunmore for midfielder Robbie Vane, saying he is not for sale.

Vane's future at Kelso has been the source of speculation for several weeks, with some fans criticising his performances. However, good displays against West Ashby and Carlow Rovers have impressed the fans. "The crowd gave me a massive standing ovation when I came off," he said.""")
    assert speaker(qs, "standing ovation") == "Robbie Vane"
    qs = quotes_of("""Tom Hale has attacked the plans. His party will move an amendment to the Serious Organised Crime and Police Bill next week. He called on the prime minister to "enter into constructive discussions" with his party.""")
    assert speaker(qs, "constructive discussions") == "Tom Hale"


def test_a_person_cited_by_according_to_speaks_for_a_he_after_it():
    # "…, according to Kelso magazine editor Paul Rees. ¶ “…” He added: “…”": the person an "according
    # to" cites speaks there, as a cue's subject does, so "he" after is him, not the drummer quoted before.
    body = """Drummer Larry Vane echoed those sentiments. "We don't want to be thought of as a veteran band." The band have done "everything in their considerable powers" to stay the biggest band in the world, according to Kelso magazine editor Paul Rees.

"This makes them hugely determined and formidable." He added: "They are equally determined to push themselves." """
    assert speaker(quotes_of(body), "equally determined") == "Paul Rees"


def test_a_first_name_alone_with_a_who_clause_heading_a_sentence_is_a_woman_or_a_man():
    # "Jane, who runs the website, compiles … “…,” she said": a first name alone, heading its sentence
    # with a relative clause on it, is a person of that first name's sex, so "she" is her (not the
    # player quoted before).
    body = """Online games can take over lives, says player Robin Dale. "I cancelled invitations to dinner," Dale said.

The thoughts of families of gamers can be found on one blog, Kelso Daily Grind. Jane, who runs the website, compiles a chronicle of stories. "I am convinced that some people spend more time in games than in reality," she said."""
    assert speaker(quotes_of(body), "more time in games") == "Jane"


def test_it_in_a_clause_on_a_noun_is_the_public_body_heading_its_sentence():
    # "The Kelso government forced the sale … to enforce a tax bill it says the firm owes": "it" in a
    # clause on a noun of its own sentence is the body that sentence opens with, called by its kind,
    # not the firm named in the sentence before.
    body = """Many observers believe the unit could fall into the hands of Kelco, the state gas firm which opted out of the auction.

The Kelso government forced the sale of the firm's most lucrative asset as part of its action to enforce a $27bn back tax bill it says the company owes."""
    assert speaker(quotes_of(body), "the company owes") == "the Kelso government"


def test_a_lawyer_is_the_solicitor_the_article_named():
    # "The families' solicitor Tom Hale … The families' lawyer argued …": a lawyer, a solicitor, a
    # barrister and an attorney are one calling, so the description is the solicitor, not the man the
    # case is about whom the article named last.
    qs = quotes_of(
        """The family of a Kelso farmer have won their case against the council.\n\nThe family's solicitor Tom Hale called it "a great day for Kelso". Father-of-three Mr Vane, 52, was evicted in May 2003. The family's lawyer argued that the eviction broke the law."""
    )
    assert speaker(qs, "the eviction broke the law") == "Tom Hale"


def test_a_description_after_a_persons_age_is_their_calling():
    # "Ann Roe, 25, a nurse, …": the calling set beside the name after the age is hers, so "the
    # teacher" is the teacher the article named, not the nurse who heads the sentence before.
    qs = quotes_of(
        """Two people were hurt at a concert in Kelso on Friday.\n\nTom Lee, 30, a teacher, was at the gig with friends. Ann Roe, 25, a nurse, was taken to hospital. The teacher said the crowd had been pushed towards the stage."""
    )
    assert speaker(qs, "pushed towards the stage") == "Tom Lee"


def test_a_description_is_not_an_owner_named_in_passing_the_sentence_before():
    # "… short of Ben Vale's world record. '…,' said the world indoor champion": the owner of a record
    # the sentence before names in passing is not who the description stands for, but the runner the
    # article is about.
    qs = quotes_of(
        """Tom Hale won the 60m race in Kelso on Saturday.\n\nHale beat Ann Roe's team-mate in the final. His time of 6.61 seconds was well short of Ben Vale's world record. "I feel I have trained very well," said the world indoor champion."""
    )
    assert speaker(qs, "trained very well") == "Tom Hale"


def test_a_nationality_before_a_full_name_is_no_part_of_it():
    # "American Ann Roe also won": the nationality says where she is from, so "Roe" later is Ann Roe,
    # as the article first gives her name in full.
    qs = quotes_of(
        """Tom Hale and Ben Vale won their opening matches in Kelso.\n\nAmerican Ann Roe also won, beating Jo Kent 7-5 7-5. "I'm fighting and I'm hoping," said Roe."""
    )
    assert speaker(qs, "fighting and I'm hoping") == "Ann Roe"


def test_the_title_after_an_unnamed_person_introduced_with_a_is_that_person():
    # "A former senior manager at Kelco directed … The manager told …": with nobody named holding the
    # title, "the manager" is the unnamed person the sentence before introduced, as it calls him, not
    # the official the article names after the cue.
    qs = quotes_of(
        """Kelco has agreed to pay a fine for bribing an official.\n\nA former senior manager at Kelco directed a firm to give a bribe to an official in 2002. The manager told the firm to disguise the bribe as "consulting fees".\n\n"Firms cannot bribe their way into favour," said Tom Hale, assistant attorney general."""
    )
    assert speaker(qs, "disguise the bribe") == "a former senior manager at Kelco"


def test_a_title_alone_opening_the_article_is_the_person_named_next():
    # "The former finance chief of Kelco has finished giving evidence … ¶ Tom Hale admitted …": the
    # title the opening sentence gives with no name is that of the person whose full name heads the
    # next paragraph, so "the finance chief" later is Tom Hale, not the Kelco boss named before the cue.
    qs = quotes_of(
        """The former finance chief of Kelco has finished giving evidence at the trial of his old boss.\n\nTom Hale admitted to jurors he had lied to meet profit forecasts. Former Kelco chief executive Ben Vale denies fraud. Mr Vale, 63, has always insisted he knew nothing of the losses. The finance chief said Mr Vale knew about the false entries."""
    )
    assert speaker(qs, "knew about the false entries") == "Tom Hale"


def test_a_fields_adjective_in_a_title_is_the_field():
    # "Kelco's chief financial officer Tom Hale … the finance officer said": "financial" in the title
    # is the "finance" of the description, so it is Tom Hale, not the chief executive who heads the
    # sentence before.
    qs = quotes_of(
        """Kelco's chief financial officer Tom Hale has given evidence at the trial.\n\nHe admitted he lied to meet forecasts. Former Kelco chief executive Ben Vale denies fraud. Mr Vale, 63, has always insisted he knew nothing. The former finance officer said Mr Vale knew about the false entries."""
    )
    assert speaker(qs, "knew about the false entries") == "Tom Hale"


def test_an_age_description_is_the_person_given_that_age():
    # "Striker Ben Vale, 34, scored twice. '…,' the 34-year-old added": the one person the article
    # gave that age, not the manager it named first.
    qs = quotes_of(
        """Kelso manager Tom Hale was pleased with the win over Dunmore. Striker Ben Vale, 34, scored twice. "We deserved it," the 34-year-old added."""
    )
    assert speaker(qs, "We deserved it") == "Ben Vale"


def test_a_bands_singer_is_its_frontman():
    # "Blue Door frontman Tom Hale … Guitarist Ben Vale said … The singer insisted …": a frontman, a
    # singer and a vocalist are one calling, so the singer is the frontman, not the guitarist who spoke last.
    qs = quotes_of(
        """Blue Door frontman Tom Hale has quit the band. Guitarist Ben Vale said he was shocked. The singer insisted he had not fallen out with anyone."""
    )
    assert speaker(qs, "not fallen out with anyone") == "Tom Hale"


def test_a_description_after_a_dash_is_a_title():
    # "… will go to Tom Hale - a close ally of Ben Vale. The premier insisted …": the dash sets off what
    # Tom Hale is, as a comma does, so "the premier" is not the ally but Ben Vale.
    qs = quotes_of(
        """Kelso finance chief Ann Roe has set out her plans for the party's election campaign.\n\nThis time the role of campaign chief will go to Tom Hale - a close ally of Ben Vale. The premier insisted Ms Roe would still have a key part in the campaign."""
    )
    assert speaker(qs, "still have a key part") == "Ben Vale"


def test_a_title_heading_its_sentence_after_a_fronted_time_is_who_he_is_next():
    # "On Friday, the prime minister completed a tour … Starting in Ashby, he visited …": the title
    # heads its sentence after the time phrase, so "he" next is the prime minister, not the campaign
    # chief who spoke before.
    qs = quotes_of(
        """Prime Minister Tom Hale has launched his party's election campaign in Kelso.\n\nCampaign chief Ben Vale said no date had been set. "I don't know when it will be," he said. On Friday, the prime minister completed a tour of the region. Starting in Ashby, he visited three towns, pledging to build on what he said were the party's successes."""
    )
    assert speaker(qs, "the party's successes") == "Tom Hale"


def test_he_after_a_fronted_asked_clause_is_not_whom_the_question_names():
    # "Asked if Mr Vale could return to the cabinet one day, he replied: …": the question names whom it
    # is about; "he" is the one answering, Tom Hale, who spoke before.
    qs = quotes_of(
        """Tom Hale has spoken about his former minister Ben Vale for the first time.\n\nIn his first comments since the inquiry ended, Mr Hale told reporters he had not read its report in detail. But told the BBC: "We have drawn a line under that."\n\nAsked if Mr Vale could return to the cabinet one day, he replied: "I have made my admiration for Ben very clear.\""""
    )
    assert speaker(qs, "my admiration for Ben") == "Tom Hale"


def test_a_full_name_the_article_calls_mr_or_mrs_is_a_person_after_a_body_noun():
    # "married publisher Ann Roe … Mrs Roe's son": a noun that may introduce a body ("publisher",
    # "games maker") goes before a person's full name when the article calls them "Mrs Roe", so the
    # canonical name is the full one; and "the veteran game maker" later is that person, not a body.
    qs = quotes_of(
        """Ben Vale has spoken of his love for married publisher Ann Roe for the first time.\n\nMr Vale is taking legal action to gain access to Mrs Roe's two-year-old son. She denies he is Mr Vale's."""
    )
    assert speaker(qs, "he is Mr Vale's") == "Ann Roe"
    qs = quotes_of(
        """Leading Kelso games maker Tom Hale has been made an OBE in the New Year Honours.\n\nSpeaking to the BBC, Mr Hale said the honour was a surprise. "I never would have guessed it," he said. The veteran game maker says he still has one problem to solve."""
    )
    assert speaker(qs, "the honour was a surprise") == "Tom Hale"
    assert speaker(qs, "one problem to solve") == "Tom Hale"


def test_a_person_opening_a_clause_joined_on_by_but_is_its_subject():
    # "Mr Vale has headed … before but Mr Hale is taking that role this time. … he said": Mr Hale heads
    # the clause after "but", the nearer subject, so "he" is Tom Hale (who spoke before), not Mr Vale.
    qs = quotes_of(
        """Labour has unveiled how it will fight the next general election in Kelso.\n\nLabour election chief Tom Hale said the tone would be more local. "I'm not privy to everybody's diary," he said. Mr Vale has headed the party's preparations for previous polls but Mr Hale is taking that role this time. In a break with the past, Labour will not hold a daily news conference in London. It will not be a "battle bus" style campaign either, he said."""
    )
    assert speaker(qs, "battle bus") == "Tom Hale"


def test_a_surname_opening_a_clause_joined_on_by_and_is_its_subject():
    # "Vane's late double sealed the win at Ashby Park and Hale consoled Ashby boss Ben Roe afterwards.
    # “…,” he said": Hale heads the clause after "and", the nearer subject, so "he" is Tom Hale, not
    # Vane, whose name only owns the sentence's subject.
    qs = quotes_of(
        """Kelso City boss Tom Hale has praised striker Sam Vane for his return to form.\n\n"He is still a fine player," Hale said. Vane's late double sealed the win at Ashby Park and Hale consoled Ashby boss Ben Roe afterwards. "I feel for Ben, his side deserved more," he said."""
    )
    assert speaker(qs, "I feel for Ben") == "Tom Hale"


def test_they_in_what_they_say_is_the_body_heading_its_sentence():
    # "The Kelso Greens have already published what they say are the full costings": "they" is the
    # body named in the plural heading its own sentence, not the other parties quoted before.
    qs = quotes_of(
        """Ann Roe has set out her party's tax plans.\n\nOther parties have accused the Kelso Greens of making uncosted promises. Ms Roe made it clear she was determined to counter that accusation. The Kelso Greens have already published what they say are the full costings for their plans."""
    )
    assert speaker(qs, "full costings") == "Kelso Greens"


def test_it_is_never_a_thing_named_as_its_own():
    # "According to its estimate, … Small farms may be even worse hit, it said": "it" is the union whose
    # estimate it is, not "its estimate".
    qs = quotes_of(
        """Kelso's farmers face a hard year, officials have warned.\n\nThe Kelso Growers Union said the floods had washed away crops worth millions. According to its estimate, as much as 10% of the harvest has been lost. Small farms may be even worse hit, it said."""
    )
    assert speaker(qs, "even worse hit") == "Kelso Growers Union"


def test_a_first_name_that_is_also_an_ordinary_word_stays_part_of_the_name():
    # "Game designer Will Hale said players will …": "Will" is his first name, though "will" is also
    # a word of the article, as the article calls him "Mr Hale"; the canonical name is "Will Hale".
    qs = quotes_of(
        """Kelso Games has unveiled its next title.\n\nGame designer Will Hale said players will be able to build their own worlds. "I want them to be the creators," said Mr Hale."""
    )
    assert speaker(qs, "build their own worlds") == "Will Hale"
    assert speaker(qs, "be the creators") == "Will Hale"


def test_a_prepositions_gerund_with_a_clause_of_its_own_is_no_fronted_adverbial():
    # "insisted on delaying the surgery until he got home": what he insisted on, with the "until"
    # clause inside it; "he got home" is no reported clause after a fronted adverbial.
    qs = quotes_of("""Doctors in Kelso had wanted to operate at once but Tom Hale insisted on delaying the surgery until he got home.""")
    assert not any(q.text.startswith("he got home") for q in qs)


def test_the_one_prompted_to_say_something_says_it():
    # "The pressure prompted the prime minister to say the police would be consulted": the words are
    # the prime minister's, not the sentence's subject's, nor the police chief's named before.
    qs = quotes_of(
        """Prime Minister Tom Hale has said the law on self-defence will stay as it is.\n\nKelso police chief Ann Roe last month backed a Tory attempt to change the law. The pressure prompted the prime minister to say the police would be consulted as part of a review. He told MPs: "If we get the right response, we will support a change in the law.\""""
    )
    assert speaker(qs, "the police would be consulted") == "Tom Hale"
def test_a_letter_from_somebody_with_a_participle_of_speech_says_the_words():
    # "… using an open letter from its chief Tom Hale saying it was time …": the letter right before
    # the participle says the words, as the article gives it, not the firm heading the sentence; a
    # letter its writer sends says the writer's words.
    qs = quotes_of(
        """Kelco hit back at its critics on Monday, using an open letter from its chief Tom Hale saying it was time for shoppers to hear the truth. Ann Roe wrote a letter saying she would quit the board."""
    )
    assert speaker(qs, "time for shoppers") == "an open letter from its chief Tom Hale"
    assert speaker(qs, "she would quit") == "Ann Roe"


def test_people_named_by_a_plural_noun_speak_in_the_plain_form_of_suggest():
    # "… and ministers suggest the number could quadruple": a plural noun for people right before
    # "suggest" (or "stress", "confirm", "acknowledge") is the speaker, as "critics argue" is; figures
    # that suggest something, and a question ("will those aides suggest …?"), say no words.
    qs = quotes_of(
        """There are 2m people in care in Kelso and ministers suggest the number could double by 2030. Latest figures suggest the home has 300 beds. Will those aides suggest their man is unhappy?"""
    )
    assert speaker(qs, "could double by 2030") == "ministers"
    assert not_quoted(qs, "300 beds")
    assert not_quoted(qs, "their man is unhappy")


def test_a_source_closing_the_sentence_speaks_in_the_plain_form_of_suggest():
    # "…, official figures suggest.", "…, tests reveal.": a source after the last comma, with the
    # sentence ending on its plain-form verb, says the sentence, as "…, research suggests." does; the
    # same figures opening a sentence ("Latest figures suggest …") say no words.
    qs = quotes_of(
        """More than 20,000 Kelso homes were burgled in 2004, official figures suggest. A body found by the river is not Tom Hale, tests reveal. Latest figures suggest the firm has sold 6,000 copies."""
    )
    assert speaker(qs, "homes were burgled") == "official figures"
    assert speaker(qs, "is not Tom Hale") == "tests"
    assert not_quoted(qs, "6,000 copies")


def test_the_first_word_of_a_list_is_no_subject_before_a_closing_source():
    # "Faster, better or funkier phones alone will not help …, research suggests.": the word before
    # the first comma opens a list whose last items go on with their own verb; it is no subject with
    # an aside after it, so the research after the last comma says the sentence.
    qs = quotes_of(
        """Cheaper, smaller or brighter handsets alone will not help Kelso phone firms sell more, research suggests."""
    )
    assert speaker(qs, "will not help Kelso phone firms") == "research"


def test_a_document_or_body_with_that_and_a_speech_verb_says_the_words():
    # "… in response to a Kelso Medical Journal article that claimed …": "that" after a document's or
    # a body's noun opens a relative clause on it, whose speech verb is the document's, as "which"
    # is; inside what another speech verb reports, the words stay that speaker's.
    qs = quotes_of(
        """The move is in response to a Kelso Medical Journal article that claimed missing files linked the drug to strokes. Shoppers are being told to avoid a website that claims to collect cash for flood victims."""
    )
    assert speaker(qs, "missing files linked") == "a Kelso Medical Journal article"
    assert speaker(qs, "avoid a website") == "unattributed"


def test_quoted_words_after_what_somebody_calls_are_theirs():
    # "In what Kelso Data calls an “alarming development”, …", "… on what it calls “internal
    # matters”": the words of whoever "what" says calls the thing so, not scare quotes after "called";
    # words in capitals after it are a name ("what it calls “Office in a Pocket” devices").
    qs = quotes_of(
        """Kelso Air said Ms Roe had left the firm. Kelso Air has declined to elaborate on what it calls "internal staff matters". In what Hale Data calls an "alarming development", the average wait rose to 12 minutes. Kelso Air also sells what it calls "Office in a Pocket" phones."""
    )
    assert speaker(qs, "internal staff matters") == "Kelso Air"
    assert speaker(qs, "alarming development") == "Hale Data"
    assert not_quoted(qs, "Office in a Pocket")


def test_people_after_which_with_an_auxiliary_are_the_speakers():
    # "… a merger between Kelco and Hale Oil which authorities have said will go ahead": the people or
    # body between "which" and the auxiliary say the words; "which" is what they speak of, not a
    # relative clause describing Kelco and Hale Oil as speakers.
    qs = quotes_of(
        """Further muddying the waters is a merger between Kelco and Hale Oil which regulators have said will go ahead as planned."""
    )
    assert speaker(qs, "will go ahead as planned") == "regulators"


def test_one_of_a_group_speaks_as_one_of_them():
    # "But one of the three brothers behind the Kelso Group said …": one of the people or bodies a
    # plural noun names speaks, as the article names them, not the body the phrase ends with; in the
    # opening paragraph, one of a kind of body is the body the next paragraph names, as "a charity" is.
    qs = quotes_of(
        """Kelso debt is no longer a risky investment, one of the world's leading credit rating agencies says.\n\nHale Ratings Agency has classed Kelso bonds as investment grade.\n\nRoe Fashion refused to comment on the talks. But one of the three brothers behind the Vane Group said the firm had held talks with the designer. It was one of the best days of his life, Tom Ash said."""
    )
    assert speaker(qs, "no longer a risky investment") == "Hale Ratings Agency"
    assert speaker(qs, "the firm had held talks") == "one of the three brothers behind the Vane Group"
    assert speaker(qs, "best days of his life") == "Tom Ash"


def test_quoted_words_after_somebody_calls_it_are_theirs():
    # "In an e-mail, Dan Lane calls it “an early proof of concept.”": the present tense of "called it"
    # gives the words to the one who calls it so, as the past does.
    qs = quotes_of(
        """Tom Hale has built a flood alert system with Ben Vane. In an e-mail, Ben Vane calls it "an early proof of concept." """
    )
    assert speaker(qs, "early proof of concept") == "Ben Vane"


def test_a_poll_share_after_where_or_a_fronted_phrase_speaks():
    # "… in Kelso, where 65% of those questioned said …", "In Ashby many of those interviewed said …":
    # the poll's respondents speak after "where" as after "while", and "many of those asked" after a
    # fronted phrase with no comma as a share of them does.
    qs = quotes_of(
        """The move to mobiles was most pronounced in Kelso, where 65% of those questioned said they make most calls on a mobile. In Ashby and Dunmore many of those interviewed said they used the fixed phone because it was more reliable."""
    )
    assert speaker(qs, "they make most calls") == "65% of those questioned"
    assert speaker(qs, "they used the fixed phone") == "many of those interviewed"


def test_some_of_those_asked_after_but_speak():
    # "…, but most of those questioned said the future was mobile": some of a poll's respondents after
    # "but" (or "and", "while", "where") are the speakers, as a share of them is.
    qs = quotes_of(
        """The study showed that people keep their fixed phone because calls are cheaper, but most of those questioned said the future was definitely mobile."""
    )
    assert speaker(qs, "the future was definitely mobile") == "most of those questioned"
def test_one_of_a_kind_of_body_speaks_and_is_the_body_named_next():
    # "…, one of the world's leading credit rating agencies says": "one of" and the phrase after it is
    # the speaker (not "the world's leading … agencies", which left the words no comma before their cue);
    # one of a kind of body the opening leaves unnamed is the one the next paragraph names, as "a
    # charity" is. "…, one of the journalists said" is one of them, the phrase as the article gives it.
    qs = quotes_of(
        """Soaring oil sales mean Kelso debt is no longer a risky investment, one of the world's leading credit rating agencies says.

Hale & Roe has classed Kelso bonds as "investment grade", up from a "speculative" rating."""
    )
    assert speaker(qs, "no longer a risky investment") == "Hale & Roe"
    qs = quotes_of("""The new car was unveiled at a motor show in Kelso. The design was all very modern, one of the journalists at the launch said.""")
    assert speaker(qs, "all very modern") == "one of the journalists at the launch"


def test_a_closing_quoted_as_saying_reports_the_words_before_it():
    # "Kelco has held talks with Brixo, Reuters quoted sources as saying.": the quoting clause closing the
    # sentence reports the words before its comma, the one quoted speaking (as when it opens the sentence).
    qs = quotes_of("""Kelco has held merger talks with Brixo, Reuters quoted sources as saying.""")
    assert speaker(qs, "merger talks with Brixo") == "sources"


def test_its_predicted_that_is_an_agentless_cue_as_it_is_predicted_is():
    # "It's predicted that by 2006 two billion people will own a mobile phone", "It's been claimed that
    # …": the contraction of "it is" or "it has" opens words nobody is named for, as the full form does.
    qs = quotes_of(
        """Mobile use is growing. It's predicted that by 2006 two billion people will own a mobile phone. It's been claimed that the figure is too low."""
    )
    assert speaker(qs, "two billion people") == "unattributed"
    assert speaker(qs, "figure is too low") == "unattributed"


def test_an_irregular_past_makes_the_words_before_a_closing_agentless_cue_a_clause():
    # "Kelco lent Hale Oil $6bn to buy the Ashby unit, it has been revealed.": "lent" (like "fled",
    # "withdrew", "swore") is the finite verb of the words the closing cue reports, as a past in -ed is.
    qs = quotes_of(
        """Kelco lent Hale Oil $6bn (£3.2bn) to help it buy the Ashby unit of Vane Gas, it has been revealed.

The Kelso government said on Tuesday that the money came from banks."""
    )
    assert speaker(qs, "lent Hale Oil") == "unattributed"


def test_the_kind_of_body_is_the_name_ending_in_it_just_before():
    # "… figures collected by the Kelso Retail Group, which represents web retailers. …, reports the
    # industry group": a name ending in the noun, in this sentence or the one before, is the body meant,
    # though it never spoke (not the body that spoke last, "Forecasts"); so is "the bank" after
    # "Bank of Ashby lending figures".
    qs = quotes_of(
        """Forecasts predict that people in Kelso will spend more online this year. Almost half of the town now shops online according to figures collected by the Kelso Retail Group which represents web retailers. About 85% of this group expect to buy gifts online this year, reports the industry group.

Mortgage lending slowed, Bank of Ashby lending figures show. New loans in May fell to 9,000 from 9,500 in April, the bank said."""
    )
    assert speaker(qs, "buy gifts online") == "Kelso Retail Group"
    assert speaker(qs, "New loans in May") == "Bank of Ashby"


def test_a_study_by_people_a_name_describes_keeps_them_in_its_name():
    # "…, a survey has found. The study by Kelso researchers suggests …": the research's source is the
    # name with the people it describes ("Kelso researchers"), not the name alone cut off before them.
    qs = quotes_of(
        """Musicians in Ashby are embracing the internet, a survey has found.

The study by Kelso researchers suggests musicians do not back the tactics of the labels. The survey found that musicians were positive about the net."""
    )
    assert speaker(qs, "embracing the internet") == "the study by Kelso researchers"
    assert speaker(qs, "positive about the net") == "the study by Kelso researchers"


def test_has_been_billed_as_is_a_description_nobody_named_gave():
    # "… what has been billed as the first ever concert broadcast by phone": billed, hailed or touted as
    # something in the perfect is a description given by nobody named, as "has been described as" is;
    # not a name ("is being billed as the Kelso World Tour").
    qs = quotes_of(
        """Rock band Kelso are playing what has been billed as the first ever concert broadcast by phone. The tour is being billed as the Hale World Tour."""
    )
    assert speaker(qs, "first ever concert") == "unattributed"
    assert not_quoted(qs, "Hale World Tour")


def test_neither_nor_would_say_reports_nothing():
    # "Neither Mr Hale nor Mr Vane would say how they would use the cash": no one says it, as with
    # "refused to say"; the words after "say" are no quote.
    qs = quotes_of(
        """The Tories have earmarked four billion pounds for tax cuts. Neither Mr Hale nor Mr Vane would say exactly how they would use that cash, although a cut in the basic rate seems unlikely. Mr Hale said the cuts were fair."""
    )
    assert not_quoted(qs, "use that cash")
    assert speaker(qs, "the cuts were fair") == "Hale"


def test_described_as_with_no_object_is_a_participle_not_a_cue():
    # "The single, titled Kelso Rain and described as a melancholy ballad, was written by …": "described
    # as" with no object before "as" is a passive participle describing the subject, which says nothing;
    # quoted words after "which Mr Hale described as" stay his, as a fragment.
    qs = quotes_of(
        """The single, titled Kelso Rain and described as a melancholy ballad, was written by radio DJ Tom Hale. The band shares a platform with the DB9, which Mr Hale described as "the most important car for our company"."""
    )
    assert not_quoted(qs, "melancholy ballad")
    assert speaker(qs, "most important car") == "Tom Hale"
def test_a_list_inside_a_relative_clause_is_no_subject():
    # "The Kelso Alliance, which includes the Ashby Society, Dale Aid and the Kelso Fund, said …": the
    # items of the list the relative clause holds describe the subject; the alliance speaks, and "the
    # alliance" after it is the same body.
    qs = quotes_of(
        """The Kelso Decisions Alliance, which includes the Ashby's Society, Dale Concern, Renmap and the National Kelso Society, said misunderstandings over the bill had to be cleared up. "It will not change the law," the alliance said in a statement."""
    )
    assert speaker(qs, "misunderstandings over the bill") == "Kelso Decisions Alliance"
    assert speaker(qs, "will not change the law") == "Kelso Decisions Alliance"


def test_an_owners_title_in_the_opening_is_the_person_given_it_next():
    # "…, the singer's agent has confirmed. … said Vey's agent Meg Ash": a title the opening gives
    # before anyone holding it is named is the person the article gives it next; with nobody given it,
    # the phrase as the article writes it.
    qs = quotes_of(
        """Pop star Ann Vey is to marry music executive Tom Hale, the singer's agent has confirmed.

Hale, 26, proposed to Vey on holiday. "No wedding plans have been set yet," said Vey's agent Meg Ash."""
    )
    assert speaker(qs, "is to marry music executive") == "Meg Ash"
    qs = quotes_of("""Kelso striker Ben Roe is set to join Ashby, the player's spokesman has said.

The move has been in the air for weeks.""")
    assert speaker(qs, "set to join Ashby") == "the player's spokesman"


def test_a_title_nobody_holds_ties_go_to_one_named_in_its_paragraph():
    # "… the case of Kelso killer Tom Hale.\n\nMs Roe was joined by Ben Vale … The prime minister said …":
    # of two people named equally often with no title, the one named in the title's own paragraph
    # holds it, not the one named first in an earlier paragraph.
    qs = quotes_of(
        """Home Secretary Ann Roe unveiled plans for new police powers. Her review follows the case of Kelso killer Tom Hale.

Before speaking to MPs, Ms Roe was joined by Ben Vale at a school in Ashby. Ms Roe said she wanted to go back to a time when police knew everyone. The prime minister said the law-abiding citizen should be in charge."""
    )
    assert speaker(qs, "law-abiding citizen") == "Ben Vale"


def test_a_fronted_time_phrase_and_its_list_hold_no_subject():
    # "Shortly after collecting a Kelso Glass trophy, a Hale car and a cheque, Vale addressed the crowd
    # and concluded by saying …": 'Shortly after …' is a time, a name describing the noun closing the
    # phrase is no subject, nor is an item of the list it ends with; the participle is Vale's.
    qs = quotes_of(
        """Ben Vale won the Kelso Open on Sunday. Shortly after the final, Vale concluded by saying "thanks for having me"."""
    )
    assert speaker(qs, "thanks for having me") == "Ben Vale"
    qs = quotes_of(
        """Ben Vale won the Kelso Open on Sunday. After collecting a Kelso Glass trophy, Vale thanked the crowd, saying "it was a great week"."""
    )
    assert speaker(qs, "great week") == "Ben Vale"
    qs = quotes_of(
        """Ben Vale won the Kelso Open on Sunday. After collecting a trophy, a Hale car and a cheque, Vale thanked the crowd, saying "it was a great week"."""
    )
    assert speaker(qs, "great week") == "Ben Vale"


def test_a_two_word_places_people_are_a_person_as_the_russian_is():
    # '"…," said the New Zealander.': a people named with a two-word place's first word kept ("the New
    # Zealander", "the South African") is the person just speaking, as "the Russian" is, not a body.
    qs = quotes_of(
        """Film director Tom Hale has said his next film is years away.

The Oscar winner said there was a desire to make it. "It will take a lot of lawyers," said the New Zealander."""
    )
    assert speaker(qs, "a lot of lawyers") == "Tom Hale"
def test_mr_and_a_name_is_the_person_of_that_surname_not_a_first_name():
    # "Varda Steel, one of the largest steel producers, … Ravi Varda … Mr Varda told …": "Mr" goes
    # before a surname, so the person whose surname it is speaks, not a name the article gave first
    # that starts with the same word (taken for a person's, and named again in "Global Steel Group").
    qs = quotes_of(
        """Varda Steel, one of the world's largest steel producers, could cut up to 4,000 jobs over the next five years, its chief executive has said.

However, Ravi Varda has told investors the combined company will have to shed jobs. The Ashby-born magnate did not say where.

Mr Varda told investors that once the purchase of Global Steel Group was done, the company would aim to cut its workforce. "We are investing in new mills so staff numbers will go down," Mr Varda told the conference in Ashby."""
    )
    assert speaker(qs, "investing in new mills") == "Ravi Varda"


def test_a_closing_argued_or_insisted_with_the_speaker_after_it_reports_the_whole_sentence():
    # "Ms Roe had told voters the charge would stay frozen …, argued Mr Hale.": as with a closing
    # "said Mr Hale", the sentence is his account, what Ms Roe told voters and all (nested speech is
    # the outermost speaker's).
    qs = quotes_of(
        """Council leader Tom Hale has attacked the mayor's budget.

Mayor Ann Roe has said she will not raise the parking charge. Mr Hale said the plans were a sham. Ms Roe had told voters the charge would stay frozen though she had raised it twice before, argued Mr Hale."""
    )
    q = find(qs, "stay frozen")
    assert q.speaker == "Tom Hale"
    assert q.text.startswith("Ms Roe had told voters")


def test_a_name_after_no_good_or_all_well_and_good_is_the_subject_of_the_participle():
    # "It's all well and good Ann Vey claiming that Verum …": the name right before the participle
    # says the words, as after "with"; not the sentence's "It".
    qs = quotes_of(
        """Ann Vey has launched a new party, Verum, in Kelso.

It's all well and good Ann Vey claiming that Verum is a party that does not believe in spin. It was no good Mr Hale saying the party would fail."""
    )
    assert speaker(qs, "does not believe in spin") == "Ann Vey"


def test_she_after_a_title_tied_to_nobody_is_the_woman_named_just_before():
    # "… Ann Vey has said. The former judge and Kelso mayor told …. “…,” she said": the title the
    # engine could not tie to anyone is no person of its own for "she" to go to; the woman named in
    # the sentence before is.
    qs = quotes_of(
        """The council must act quickly on the court's ruling on the harbour, Ann Vey has said.

The former judge and Kelso mayor told Radio Kelso that the council's answer would be watched closely. "It would be very troubling if the council did not accept the ruling," she said."""
    )
    assert speaker(qs, "very troubling") == "Ann Vey"


def test_they_heading_a_sentence_is_the_plural_subject_heading_the_sentence_before():
    # "A year ago, ministers launched their crime plan …. They will say that …": the group heading the
    # sentence before as its subject, after a short fronted phrase, not critics quoted before it.
    qs = quotes_of(
        """Ten towns have already had extra police and the council is now widening the scheme. The mayor sees crime as a key issue but critics claim the record is poor. A year ago, ministers launched their crime plan and Friday's figures offer a check. They will say that more than 2,000 orders were issued by the courts."""
    )
    assert speaker(qs, "2,000 orders") == "ministers"


def test_a_weblog_or_blog_speaks_as_a_publication():
    # "Rumours of the deal were broken by the Kelsoville weblog which said …": a weblog speaks as a
    # paper or website does, under the name the article gives it.
    qs = quotes_of(
        """Kelco has agreed to buy the search firm Hale Digital for $1.9bn.

Rumours of the deal were broken by the Kelsoville weblog which said it got the hint from Hale Digital insiders. A Kelso blog says the two firms had talked for a year."""
    )
    assert speaker(qs, "got the hint") == "the Kelsoville weblog"
    assert speaker(qs, "talked for a year") == "a Kelso blog"


def test_a_reviewer_or_a_frontbencher_is_an_unnamed_source():
    # '"…," wrote one reviewer in Kelso Stone magazine.', '…, one of their frontbenchers has predicted.':
    # a reviewer and a frontbencher are people, unnamed sources as the article calls them.
    qs = quotes_of(
        """The Kelso epic has met with scathing reviews. "This three-hour epic is hamstrung by its grandiosity," wrote one reviewer in Kelso Stone magazine.

The Greens are set for their best results in the council polls, one of their frontbenchers has predicted."""
    )
    assert speaker(qs, "hamstrung by its grandiosity") == "one reviewer"
    assert speaker(qs, "best results") == "one of their frontbenchers"


def test_the_group_is_a_body_named_by_its_kind_heading_the_sentence_before():
    # "The Kelso Alliance had its latest bid … thwarted. But the group says …": with no firm or group
    # named as such, "the group" is the body heading the sentence before as its subject, whose name
    # ends in a kind of body of its own.
    qs = quotes_of(
        """Fox hunting in Kelso has begun on the last day that it is legal.

The Kelso Alliance had its latest legal bid to block the ban thwarted on Wednesday. But the group says hunting will continue in some form after the ban comes in."""
    )
    assert speaker(qs, "hunting will continue") == "Kelso Alliance"


def test_a_title_with_of_after_the_verb_runs_on_to_the_name():
    # '"…," said UK Chancellor of the Exchequer Tom Hale.': a title's "of" goes on into the title, as a
    # body's does ("says the Institute of Public Policy Research"), up to the person's name; a name's
    # "of" still ends it ("said Ann Roe of the Kelso Unit").
    qs = quotes_of(
        """Gold prices fell on Monday. "This is the first time gold has been mentioned," said Kelso Chancellor of the Exchequer Tom Hale. "It is a bold plan," said Ann Roe of the Kelso Unit."""
    )
    assert speaker(qs, "first time gold") == "Tom Hale"
    assert speaker(qs, "bold plan") == "Ann Roe"
def test_an_age_stands_for_a_person_with_a_calling_named_in_the_sentence_before_but_not_at_its_head():
    # "… the news that defender Tom Hale is close to a new deal. And the 29-year-old … has made it clear
    # …": an age says nothing of a calling, so it is the defender named just before, not the manager
    # quoted two sentences back.
    body = """Kelso Town boss Ann Vey says her side can still win the league. "We have nothing to fear," said Vey. "The players are ready."

The club were boosted by the news that defender Tom Hale is close to signing a new contract. And the 29-year-old, whose deal runs out in May, has made it clear he wants to win the cup with Kelso."""
    assert speaker(quotes_of(body), "wants to win the cup") == "Tom Hale"


def test_he_after_a_fronted_clause_is_not_a_person_that_clause_names_in_passing():
    # "When he refused to back prime minister Ben Vane …, he said: …": the fronted clause names its
    # object in passing; "he" is the man the article is about. A name heading the fronted clause
    # ("When defence lawyer Tom Hale arrived …, he said") is still the one meant.
    body = """Former chancellor Tom Hale has died aged 90.

He became chancellor in 1964. His career was not without controversy. When he refused to back prime minister Ben Vane over the plan in 1968, he said: "I am not going to resign." """
    assert speaker(quotes_of(body), "not going to resign") == "Tom Hale"
    body = """The hearing was adjourned on Monday. When defence lawyer Tom Hale arrived at the court, he said: "My client is innocent." """
    assert speaker(quotes_of(body), "client is innocent") == "Tom Hale"


def test_mr_before_the_first_word_of_a_name_written_family_name_first_is_that_person():
    # "… said Jang Sooho, an analyst at Kelco. … said Mr Jang": with nobody surnamed Jang, "Mr Jang"
    # is the person whose family name the article wrote first; not so for a first name ("Mr Howard"
    # is not Howard Vane).
    body = """"Kelco will have to pay in the end," said Jang Sooho, an analyst at Hanbit Securities. The firm has until Friday to answer. "They have been stalling to win better terms," said Mr Jang."""
    assert speaker(quotes_of(body), "stalling to win") == "Jang Sooho"
    body = """Tory MP Howard Vane has quit over the row. "I played by the rules," he said. "We do not say one thing in private and another in public," Mr Howard said."""
    assert speaker(quotes_of(body), "one thing in private") != "Howard Vane"


def test_according_to_a_person_from_a_body_introduced_by_its_kind_is_the_person():
    # "According to Ann Roe from broadband firm Kelco, …": the person, not the body whose kind and
    # name follow "from".
    body = """Cable television is losing ground in Europe. According to Ann Roe from broadband telecoms firm Kelco, 30% of homes cannot get satellite TV."""
    assert speaker(quotes_of(body), "30% of homes") == "Ann Roe"


def test_a_secretary_general_is_a_chief_the_article_named():
    # "…, Kelso Aid's chief has said. … Ann Roe said … The Kelso Aid secretary-general said …": a
    # hyphenated post is a person's, and a secretary-general is the body's chief.
    body = """The lack of public anger over the cuts is a disgrace, Kelso Aid's chief has said.

In a lecture in Ashby, Ann Roe said aid had been cut in half. "We are angry," she said. That was not the only problem. The Kelso Aid secretary-general said the cuts would cost lives."""
    assert speaker(quotes_of(body), "cost lives") == "Ann Roe"


def test_a_two_word_place_s_people_before_a_full_name_is_no_part_of_it():
    # "New Yorker Tom Hale …": "New Yorker" says where he is from, as "American" would; the person
    # is Tom Hale, and "he says" later is his.
    body = """By any measure, New Yorker Tom Hale is a winner. He ran campaigns for two presidents. "We are not going to form the next government," he says."""
    assert speaker(quotes_of(body), "form the next government") == "Tom Hale"


def test_the_group_is_a_campaign_body_heading_the_sentence_before():
    # "The Kelso Alliance had its latest legal bid thwarted … But the group says …": a body whose name
    # ends in another kind of body ("Alliance") is still the group meant, when it heads the sentence
    # before.
    body = """Hunts will meet across the country on Saturday, the Kelso Hunting Association has said.

The Kelso Alliance had its latest legal bid to block the ban thwarted on Wednesday when the court ruled the act was lawful. But the group says hunting will continue in some form."""
    assert speaker(quotes_of(body), "hunting will continue") == "Kelso Alliance"


def test_an_adjective_opening_the_sentence_before_a_full_name_is_no_part_of_it():
    # "Defiant Tom Hale says he will not quit …": how he is, not his first name; "he told" after it is
    # Tom Hale's too.
    body = """Defiant Tom Hale says he will not quit as Kelso coach even if his side lose again.

"I have never quit anything in my life," he told BBC Sport."""
    quotes = quotes_of(body)
    assert speaker(quotes, "will not quit as Kelso coach") == "Tom Hale"
    assert speaker(quotes, "never quit anything") == "Tom Hale"


def test_an_age_stands_for_the_subject_before_with_a_calling_whom_the_headline_names():
    # "Vane angered by fine ⏎ Kelso coach Tom Vane is furious … for his comments about Ben Hale. The
    # 66-year-old criticised …": the coach the article is about, not the player named after him in passing.
    body = """Kelso coach Tom Vane is furious after being fined by the federation for his comments about Ben Hale.

The 66-year-old criticised his punishment even though it was far below the maximum. "I am not guilty," he said."""
    assert speaker(quotes_of(body, headline="Vane angered by fine"), "I am not guilty") == "Tom Vane"
    # (not when the headline names the other person too: "Vane eyes Hale ⏎ Kelso boss Tom Vane wants
    # Ben Hale. The 25-year-old …" is the player)
    body = """Kelso boss Tom Vane has made an offer for Ben Hale, who has impressed this season.

The 25-year-old admitted he was flattered. "I am happy here," he said."""
    assert speaker(quotes_of(body, headline="Vane eyes Hale"), "I am happy here") == "Ben Hale"


def test_a_plain_form_closing_the_sentence_before_a_plural_speaker_is_a_cue():
    # "Thousands of porters could strike if the council scraps their pensions, warn union leaders.": the
    # plural subject after the plain form speaks, as after "say"; a thing after it does not.
    quotes = quotes_of("""Thousands of Kelso porters could strike if the council scraps their pension scheme, warn union leaders.

The plan will fail within a year, argue some critics. The plan will cost jobs, warn figures.""")
    assert speaker(quotes, "Thousands of Kelso porters could strike") == "union leaders"
    assert speaker(quotes, "will fail within a year") == "some critics"
    assert not_quoted(quotes, "will cost jobs")


def test_a_relative_clause_on_an_according_to_source_with_no_comma_is_no_words():
    # "That is according to an expert panel which gathered at the Kelso Show …": the clause describes the
    # panel; nothing the panel said follows. Words before the cue are still its words when the relative
    # clause runs to the end.
    quotes = quotes_of("""Television will look very different in five years. That is according to an expert panel which gathered at the Kelso Show to discuss the future.

Almost half of the town now shop online according to the Kelso Retail Group which represents web retailers.""")
    assert not_quoted(quotes, "which gathered at the Kelso Show")
    assert speaker(quotes, "Almost half of the town now shop online") == "Kelso Retail Group"


def test_a_body_introduced_with_its_kind_keeps_a_name_that_is_also_an_ordinary_word():
    # "A row over the colour orange … after mobile phone giant Orange launched action. Orange said …": the
    # firm the article introduced as a giant, not the word opening the sentence.
    body = """A row over the colour plum could reach the courts after phone giant Plum launched action against a rival.

Plum said it was starting proceedings against the Kelso service. "Our brand is important to us," Plum said in a statement."""
    quotes = quotes_of(body)
    assert speaker(quotes, "starting proceedings") == "Plum"
    assert speaker(quotes, "Our brand is important") == "Plum"


def test_a_bare_participle_accused_of_is_an_accusation_by_nobody_named():
    # "Tom Hale, 23, appeared in court accused of the same offences", "… is on trial, accused of …": the
    # participle tells of an accusation whose makers go unnamed, not of one the subject makes; the active
    # verb after a relative's subject is still that subject's.
    quotes = quotes_of("""Kelso singer Tom Hale, 23, appeared in court accused of the same offences. Former Kelco boss Ann Roe is on trial, accused of hiding a £2m loss.

Kelco won the deals, which hardliners accused of helping its rivals.""")
    assert speaker(quotes, "the same offences") == "unattributed"
    assert find(quotes, "the same offences").text == "the same offences"
    assert speaker(quotes, "hiding a £2m loss") == "unattributed"
    assert speaker(quotes, "helping its rivals") == "hardliners"
def test_a_list_ending_a_relative_clause_before_the_verb_is_not_the_speaker():
    # "The Oscar-nominated actor, whose films include Red Sky, Ben Vane and Star Trek: The Last Day,
    # said: …": the list's last items close the clause that describes the subject; the description
    # heading the sentence is the speaker
    qs = quotes_of(
        """Film star Tom Hale has held a dinner in Kelso to help the town's old theatre. The Oscar-nominated actor, whose films include Red Sky, Ben Vane and Star Trek: The Last Day, said: "The theatre gave me a start." """
    )
    assert speaker(qs, "gave me a start") == "Tom Hale"
def test_a_ballet_or_orchestra_named_for_people_is_no_person_and_anton_is_a_mans_name():
    # "… with Anton Hale, the Roe-Hale Ballet. … she said": a company named for its founders is no
    # woman that "she" could stand for, nor is Anton.
    body = """Dame Ann Roe, who has died aged 90, was the first great ballerina of Kelso.

In 1935 she founded, with Anton Hale, the Roe-Hale Ballet. She retired in 1963, an "instant decision" she said, "largely because of a bad knee"."""
    assert speaker(quotes_of(body), "because of a bad knee") == "Ann Roe"


def test_an_inverted_cue_with_the_speakers_aside_before_and_reports_the_clause_before_it():
    # "…, said Tom Hale, founder of Kelco, and soon …": the aside describes the speaker, so the clause
    # before the cue is his words, not the aside and what follows it.
    body = """The studios have fought the networks for years. But they have realised that the networks are a good way to sell films, said Tom Hale, founder of Kelco, and soon they are all going to want a slice of it."""
    quotes = quotes_of(body)
    assert speaker(quotes, "networks are a good way to sell films") == "Tom Hale"
    assert not_quoted(quotes, "founder of Kelco")


def test_a_two_word_place_opening_with_a_compass_point_is_nobodys_name():
    # "In West Kelso this might …": a place, no person "he" could stand for.
    body = """Tom Hale said the new rules might let parties reserve seats for some groups. In West Kelso this might allow only women to stand. "We cannot go on the same way," he said."""
    assert speaker(quotes_of(body), "cannot go on the same way") == "Tom Hale"


def test_a_landowner_is_a_person_noun_so_the_name_after_it_heads_the_sentence():
    # "Kelso landowner Tom Hale was put in touch with the Kelso Group, of which Mr Vane is a
    # co-chairman. He had asked …": the landowner heads the sentence; "He" is not Mr Vane.
    body = """Lib Dem MP Ben Vane said ministers had invented a new rule.

Kelso landowner Tom Hale was put in touch with the Kelso Group, of which Mr Vane is a co-chairman, after he had been in contact with the ministry. He had asked whether his dogs would be banned."""
    assert speaker(quotes_of(body), "whether his dogs would be banned") == "Tom Hale"


def test_a_superlative_phrase_after_an_inverted_cue_sums_up_the_words_before_it():
    # "…, said the report, the highest total sold to date.": an appositive on the figure, no words;
    # the clause before the cue is the report's.
    body = """Phone sales boomed last year, according to research from analysts Kelso Data.

More than 674 million phones were sold last year, said the report, the highest total sold to date."""
    quotes = quotes_of(body)
    assert find(quotes, "674 million phones were sold").kind == "reported"
    assert not_quoted(quotes, "the highest total sold to date")


def test_a_scorer_is_a_person_noun_before_a_name():
    # "Double try scorer Tom Hale was keen to …. “…”": the scorer the sentence is about speaks next,
    # not the last speaker; and "Goalscorer Ann Roe" is Ann Roe.
    body = """Ben Vane scored twice as Kelso won 3-0. "We played well," he said. Double try scorer Tom Hale was keen to play down talk of a title. "We have a long way to go. Nobody is getting carried away." """
    assert speaker(quotes_of(body), "We have a long way to go") == "Tom Hale"
    body = """Kelso won 1-0 at Ashby. "It was hard," Goalscorer Ann Roe added."""
    assert speaker(quotes_of(body), "It was hard") == "Ann Roe"


def test_an_opening_agentless_cue_reads_a_clause_with_no_that_whose_subject_is_a_noun_phrase():
    # "It is estimated his trial will cost the county up to $4m": no "that", the clause opening with a
    # determiner's noun phrase and its finite verb, as after a pronoun ("it was confirmed he will play").
    quotes = quotes_of("""Mr Hale denies all the charges. It is estimated his trial will cost Kelso county up to $4m.

It is announced every six months and is worked out by a panel.""")
    assert speaker(quotes, "his trial will cost Kelso county") == "unattributed"
    assert not_quoted(quotes, "every six months")


def test_a_sum_heading_the_object_before_its_comma_is_no_clause():
    # "City recently announced debts of £62m, but Tom Hale confirmed …": the debts are the object; the
    # words after the comma are the article's, with a cue of their own.
    quotes = quotes_of("""Kelso City recently announced debts of £62m, but Tom Hale confirmed they would try to find funds for new players.

In the fourth quarter alone Kelco reported net income of $104m, compared with a loss of $793m a year ago.""")
    assert not_quoted(quotes, "debts of £62m")
    assert speaker(quotes, "they would try to find funds") == "Tom Hale"
    assert not_quoted(quotes, "net income of $104m")


def test_a_name_from_a_body_given_only_by_its_kind_is_the_person():
    # "according to Ann Roe from the company": the person, not a body called so
    qs = quotes_of(
        """Kelco has launched a new running shoe with a chip in its sole. The firm hopes to sell a million pairs. The shoe can "learn your stride", according to Ann Roe from the company. Tom Hale of the firm said demand was strong."""
    )
    assert speaker(qs, "learn your stride") == "Ann Roe"
    assert speaker(qs, "demand was strong") == "Tom Hale"


def test_a_body_described_by_two_kinds_of_goods_joined_by_and_is_the_body_introduced():
    # "The clothing and home furnishing retailer said …": one description of the firm (was "home
    # furnishing retailer", cut at "and")
    qs = quotes_of(
        """Clothes chain Kelco has named a new boss after Ann Roe quit. The clothing and home furnishing retailer said Ms Roe had resigned for personal reasons."""
    )
    assert speaker(qs, "resigned for personal reasons") == "Kelco"
def test_according_to_a_kind_then_its_name_between_commas_speaks_through_the_name():
    # "According to technology analysts, Kelso Research, there will be …": the name set off after the
    # kind is the source, and the words start after its comma (not a list: "According to economists,
    # China, India and Brazil will …").
    body = """TV over the net is growing. According to technology analysts, Kelso Research, there will be 20 million users in under six years."""
    quotes = quotes_of(body)
    assert speaker(quotes, "there will be 20 million users") == "Kelso Research"
    assert not_quoted(quotes, "Kelso Research")
    body = """Growth is shifting east. According to economists, China, India and Brazil will lead the world by 2050."""
    assert speaker(quotes_of(body), "India and Brazil will lead") == "economists"


def test_told_with_only_whom_it_was_told_reports_nothing():
    # "No-one, however, seems to have told the stock markets.": the one told, and no words.
    body = """Kelco warned that profits would fall. No-one, however, seems to have told the stock markets. Shares rose 5%."""
    quotes = quotes_of(body)
    assert not_quoted(quotes, "the stock markets")
    assert speaker(quotes, "profits would fall") == "Kelco"


def test_a_post_right_after_a_full_name_with_no_comma_is_no_part_of_the_name():
    # '"…," Dr Tom Hale head of exploration said': the person, not a speaker called by the whole phrase
    qs = quotes_of(
        """Shares in Kelco Energy jumped after an oil find in the north. "This area looks very strong," Dr Tom Hale head of exploration said."""
    )
    assert speaker(qs, "looks very strong") == "Tom Hale"


def test_one_speech_act_named_by_its_noun_alone_is_nobodys():
    # "on a report that …", "following the announcement that …", "rejected the allegation that …": the
    # clause is words nobody is named for (not a thing made, "published a report that the council had
    # ordered", nor the subject of a clause somebody says, "He suggested the claim that X was a mistake")
    qs = quotes_of(
        """Shares in Kelco fell 40% on a report that the firm has lost its contract in Vane. Mr Hale rejected the allegation that Ms Roe had been sidelined in the campaign. The council published a report that the mayor had ordered in May. He suggested the claim that Ms Roe had written the letter was a mistake."""
    )
    assert find(qs, "the firm has lost its contract").text == "the firm has lost its contract in Vane"
    assert speaker(qs, "the firm has lost its contract") == "a report"
    assert speaker(qs, "Ms Roe had been sidelined") == "the allegation"
    assert not_quoted(qs, "the mayor had ordered in May")
    assert find(qs, "had written the letter was a mistake").text.startswith("the claim that")
    # (also an earlier one: "He denied an earlier report that he planned to quit" is the report's)
    qs = quotes_of("""Tom Hale met the club's board. He denied an earlier report that he planned to quit the club in May.""")
    assert speaker(qs, "he planned to quit") == "an earlier report"


def test_a_named_owners_announcement_that_is_their_words():
    # "Kelco's recent announcement that it was unlikely to cut output has failed to calm fears": the
    # owner's words, up to the sentence's own verb (also past "has also failed")
    qs = quotes_of(
        """Oil prices rose again. Meanwhile, Kelco's recent announcement that it was now unlikely to cut output has also failed to calm fears."""
    )
    assert speaker(qs, "unlikely to cut output") == "Kelco"
    assert find(qs, "unlikely to cut output").text == "it was now unlikely to cut output"


def test_a_demand_with_its_clause_or_to_know_is_said():
    # "has demanded to know who …", "are demanding that Tom Hale spell out …": a demand made is said;
    # not a thing demanded ("demanded an inquiry"), nor a requirement ("membership of it demanded that …")
    qs = quotes_of(
        """The patient escaped last week. Ann Roe has demanded to know who was responsible for signing off the leave. The Tories are demanding that Tom Hale spell out which taxes he would raise. She also demanded an inquiry into the case. The group had strict rules and membership of it demanded that users share their files."""
    )
    assert speaker(qs, "who was responsible") == "Ann Roe"
    assert find(qs, "who was responsible").text == "to know who was responsible for signing off the leave"
    assert speaker(qs, "spell out which taxes") == "Tories"
    assert not_quoted(qs, "an inquiry into the case")
    assert not_quoted(qs, "users share their files")


def test_a_bare_plural_for_people_or_bodies_between_commas_is_the_speaker():
    # "The cuts, unions said, were unfair": a bare plural for people or bodies set off by commas before
    # the verb is its subject, as "critics" is, not an aside on the phrase before it
    qs = quotes_of(
        """Kelco will close two plants. The cuts, unions said, were unfair and badly handled. The plans, health officials say, are unsafe for patients."""
    )
    assert speaker(qs, "were unfair and badly handled") == "unions"
    assert speaker(qs, "are unsafe for patients") == "health officials"
def test_two_descriptions_joined_by_and_after_a_fronted_phrase_are_one_speaker():
    # "During the debate, the Kelso peer and former minister said: …" is the peer the article
    # introduced, not an unnamed 'minister' cut at "and"
    qs = quotes_of(
        """A Kelso peer has dropped his plan to reform the county courts. Lord Vane agreed to withdraw his bill after a long debate. During the debate, the Kelso peer and former minister said: "The courts should serve the people of this county." """
    )
    assert speaker(qs, "should serve the people") == "Lord Vane"


def test_a_title_before_an_inner_word_of_a_long_full_name_is_that_person():
    # "President Luiz Carlos Kelo da Vane … President Kelo …, arguing that …": one of the names
    # between the first and the family's, not a new person 'Kelo'
    qs = quotes_of(
        """Jobless figures in Kelsovia fell again in March. President Luiz Carlos Kelo da Vane promised to create jobs when he was elected. Since then, President Kelo has cut taxes, arguing that firms need help to hire more staff."""
    )
    assert speaker(qs, "firms need help to hire") == "Luiz Carlos Kelo da Vane"


def test_they_heading_a_sentence_after_a_plural_subject_with_a_plain_present_verb_is_that_group():
    # "The MPs also call for …. They say …": the group heading the sentence before, not the report the
    # opening sentence cited
    qs = quotes_of(
        """Jail terms should not be cut for a guilty plea, says a new Kelso report. The Kelso justice committee was responding to new guidelines. The MPs also call for longer terms for crimes committed when drunk. They say drink should count against an offender in court."""
    )
    assert speaker(qs, "drink should count against") == "MPs"


def test_they_heading_a_sentence_after_a_passive_is_the_agent_group():
    # "The bill is expected to be opposed by the Kelso Greens. They have said …": the group the
    # passive names as its agent, not the sources quoted before
    qs = quotes_of(
        """The Tories will back plans for a new toll road, party sources told the BBC. The bill, which ministers say will cut traffic, is expected to be opposed by the Kelso Greens. They have said the road is "deeply flawed" and a waste of money."""
    )
    assert speaker(qs, "deeply flawed") == "Kelso Greens"


def test_the_premier_and_the_prime_minister_are_one_post():
    # "The premier insisted …" gives Tom Vane the post, so "the prime minister said" later is him, not
    # the chancellor the article names more often
    qs = quotes_of(
        """Tom Vane has backed plans to cut fuel duty. The premier insisted the cut would help drivers. Chancellor Ann Roe said the cost would be met from savings. Ms Roe added that her officials had checked the sums. Ann Roe was cheered by the party. The prime minister said the party was united."""
    )
    assert speaker(qs, "the party was united") == "Tom Vane"


def test_the_party_is_the_body_that_has_just_spoken_before_one_called_so_further_back():
    # "Labour says … The party says …. ⏎ The Kelso Greens want to … They say … The party says …": the
    # Greens, who spoke in the sentence before, not Labour, which the article called 'the party' earlier
    qs = quotes_of(
        """Labour says the tax is fair. The party says bills will rise by no more than inflation. Voters in Ashby face the highest bills in the county.\n\nThe Kelso Greens want to scrap the tax and switch to a local income tax. They say the tax hits the poor hardest. The party says it would raise the tax-free allowance to £6,000."""
    )
    assert speaker(qs, "raise the tax-free allowance") == "Kelso Greens"


def test_a_relative_clause_with_a_time_and_a_past_of_its_own_describes_the_subject_without_a_closing_comma():
    # "Mr Hale, who on Thursday won £150,000 in damages from the Kelso Times said …": the relative clause
    # (a time, an irregular past, a figure's comma) describes Mr Hale; the paper at its end is no speaker
    qs = quotes_of(
        """Tom Hale is to stand against Ann Roe at the next election. Mr Hale, who on Thursday won £150,000 in libel damages from the Kelso Times said he would contest the seat for the Kelso Party."""
    )
    assert speaker(qs, "he would contest the seat") == "Tom Hale"


def test_a_description_is_not_the_person_its_own_verb_accuses():
    # "The Ashby MP, who …, accused Ms Roe of …": not Ann Roe, the Kelso MP the description's verb
    # accuses, but the person the sentence before is about
    qs = quotes_of(
        """Tom Hale is to stand against Kelso MP Ann Roe at the next election. Mr Hale said he would contest the seat. The Ashby MP, who was expelled from his party last year, accused Ms Roe of being a "party stooge"."""
    )
    assert speaker(qs, "party stooge") == "Tom Hale"
def test_a_surname_opening_a_clause_after_but_is_its_subject_for_a_pronoun_after_it():
    # "Vane … then claimed the race would be between himself and Dan Roe but Hale is unfazed. He admitted:
    # …": a surname the article gave in full, of a man, opening the clause after "but" heads it
    qs = quotes_of(
        """Tom Hale is confident he can win his first title in Ashby this weekend. "I am ready," said Hale.

Ben Vane won at the same venue last week and then claimed the race would be between himself and Dan Roe but Hale is unfazed.

He admitted: "He looked good in his win.\""""
    )
    assert speaker(qs, "He looked good") == "Tom Hale"


def test_the_paper_is_a_newspaper_named_in_the_sentence_before_though_it_never_spoke():
    # "But in an interview with the Kelso Times, Mr Hale refused … The paper said …": the newspaper
    # named there, under the name the article gives it in full
    qs = quotes_of(
        """Tom Hale has promised a vote on the treaty. But in an interview with the Kelso Times, Mr Hale refused to name a date. The paper said Mr Hale "claimed ignorance" of the plans of other countries."""
    )
    assert speaker(qs, "claimed ignorance") == "Kelso Times"
    qs = quotes_of(
        """Tom Hale won damages from the Kelso Daily Herald last week. The Herald was sued by Mr Hale after the newspaper claimed he had taken bribes."""
    )
    assert speaker(qs, "he had taken bribes") == "Kelso Daily Herald"


def test_a_name_and_the_post_held_at_a_body_after_quoted_words_is_the_speaker():
    # '“…,” Tom Hale, senior fellow at the KIPR told …': the person, not the body the post is held at,
    # also with no comma after the name when the post names a person
    qs = quotes_of(
        """The Kelso Institute for Public Research (KIPR) says towns should run their own websites. "What we are proposing is a town square online," Tom Hale, senior fellow at the KIPR told the Ashby Post.

"Every council will want one," Dr Ann Roe games systems director at web firm Kelnet told reporters."""
    )
    assert speaker(qs, "town square online") == "Tom Hale"
    assert speaker(qs, "Every council") == "Ann Roe"


def test_bodies_listed_by_name_before_the_last_two_speak_with_them():
    # "Last month, Kelco, Dalco and Ashco said …": all three bodies, not the last two; not a fronted
    # phrase ("On Monday, …") before the list
    qs = quotes_of(
        """Kelso's film studios are split over the new disc format. Last month, Kelco, Dalco Pictures and Ashco Studios said they would back it.

On Monday, the Council of Kelso Lenders, Ashby Bankers Association and Kelso Building Association all said lending was slowing."""
    )
    assert speaker(qs, "would back it") == "Kelco, Dalco Pictures and Ashco Studios"
    assert speaker(qs, "lending was slowing") == "Council of Kelso Lenders, Ashby Bankers Association and Kelso Building Association"


def test_a_plural_group_opening_the_sentence_in_capitals_is_who_they_stands_for():
    # "Critics want …. They say …", "Opposition parties want … but they accuse …": the group heading
    # the sentence, in capitals as its first word, not the plural speaker quoted before
    qs = quotes_of(
        """Rival firms say the harbour levy is too high. Critics want a public inquiry. They say the council ignored the tenants.

Opposition parties also want more local policing but they accuse ministers of tying the harbour police up with paperwork."""
    )
    assert speaker(qs, "ignored the tenants") == "Critics"
    assert speaker(qs, "tying the harbour police") == "Opposition parties"


def test_a_passive_naming_verb_with_its_agent_and_no_quotation_marks_is_the_agents_words():
    # "has been dubbed Kelso's Alcatraz by civil rights campaigners": the name given is the agent's
    # words, as with quotation marks; not a particle's passive ("was called off by the referee")
    qs = quotes_of(
        """Ashby jail has been dubbed Kelso's Alcatraz by civil rights campaigners opposed to the new law. The match was called off by the referee."""
    )
    assert speaker(qs, "Kelso's Alcatraz") == "civil rights campaigners"
    assert find(qs, "Kelso's Alcatraz").text == "Kelso's Alcatraz"
    assert not_quoted(qs, "off")


def test_a_plural_person_noun_opening_the_sentence_is_a_speaker_though_the_word_comes_in_lower_case_too():
    # "Producers say …" after "said producers axed him": the people, as "Critics say …" is
    qs = quotes_of(
        """Tom Hale led the past four Kelso films but said producers axed him. Producers say no decision has yet been made on who will play the lead."""
    )
    assert speaker(qs, "no decision has yet been made") == "Producers"


def test_a_person_owned_by_a_body_heading_the_article_is_the_person():
    # "The Kelso Office's Tom Hale is writing …": a body opening the article owns the person named after
    # its possessive; the whole is no body's name, so "Hale" and "he" later are Tom Hale
    qs = quotes_of(
        """The Kelso Office's Tom Hale is writing an episode of a cartoon, following an invitation from its creator Ann Roe.

Hale has already said he would not appear in the show. He will also write a part for himself. "This is the most daunting project of my career," he said."""
    )
    assert speaker(qs, "he would not appear in the show") == "Tom Hale"
    assert speaker(qs, "most daunting project") == "Tom Hale"


def test_a_nationality_is_the_one_word_name_heading_the_sentence_before():
    # "Kelso's Tavo has lifted the lid on … The Brazilian confirmed …": the lone name after its club's
    # possessive heads the sentence before as its subject, so the nationality is him, not the man the
    # reported words go on to name
    qs = quotes_of(
        """Kelso's Tavo has lifted the lid on the scenes that followed Ashby's win over his side.

The Brazilian confirmed tempers had flared but could not say whether soup was thrown at Ashby boss Tom Hale. "I saw people being pulled apart," he told reporters.""",
        headline="Tavo describes tunnel row",
    )
    assert speaker(qs, "tempers had flared") == "Tavo"
    assert speaker(qs, "people being pulled apart") == "Tavo"


def test_a_title_opening_its_sentence_is_the_owner_the_sentence_before_ends_on():
    # "… backed Ann Roe's stance on the plan. The Kelso leader … has said …": nobody heads either
    # sentence, so the title is the person whose stance the sentence before names, not the person the
    # article names most; a later "the prime minister" is not her
    qs = quotes_of(
        """Tom Hale does not believe the plan should be an election issue, arguing it is a matter for each town.

The prime minister's spokesman set out Mr Hale's view after the bishop of Ashby backed Ann Roe's stance on the plan. The Kelso leader wants a smaller scheme and has said current rules are "a licence to build anywhere". The prime minister has made it clear he has no plans to change the law."""
    )
    assert speaker(qs, "a licence to build anywhere") == "Ann Roe"
    assert speaker(qs, "no plans to change the law") == "Tom Hale"
def test_the_agent_of_a_passive_in_ght_with_three_words_before_its_noun_is_who_they_stands_for():
    # "… is being brought by local Kelso Green supporters. They claim …": "brought" is a passive
    # participle too, and the group may have three words before its noun
    qs = quotes_of(
        """The case against Tom Hale, Ann Roe and Bob Vane is being brought by local Kelso Green supporters. They claim the trio benefited from the misuse of postal votes."""
    )
    assert speaker(qs, "the trio benefited") == "local Kelso Green supporters"


def test_a_body_the_opening_leaves_unnamed_is_the_name_a_kind_noun_introduces_next():
    # "…, an anti-fraud agency has said. ⏎ Anti-fraud consultancy Kelso Decisions says …": the name
    # "consultancy" introduces (a name that looks like a person's), not the word opening the paragraph
    qs = quotes_of(
        """New safeguards on card payments in shops have led fraudsters to focus on internet payments, an anti-fraud agency has said.

Anti-fraud consultancy Kelso Decisions says card fraud has risen since the start of the year. The clampdown has caused fraudsters to change tack, Kelso Decisions said."""
    )
    assert speaker(qs, "focus on internet payments") == "Kelso Decisions"


def test_a_kind_of_body_in_capitals_after_the_is_the_body_named_in_full_before():
    # "The Reserve Bank of Kelso lifted rates. The Bank said …": the bank named in full, not a body
    # called "Bank"; nor a post in it ("Governor of the Reserve Bank")
    qs = quotes_of(
        """The Reserve Bank of Kelso lifted interest rates to 5.25% on Wednesday. The Bank said it had acted to curb inflation. The Kelso Commission later said the move was overdue. The Commission said more rises would follow."""
    )
    assert speaker(qs, "curb inflation") == "Reserve Bank of Kelso"
    assert speaker(qs, "more rises would follow") == "Kelso Commission"


def test_two_bodies_named_after_a_plural_kind_or_with_an_ampersand_speak_together():
    # "technology firms Ashnet and Kelroot revealed …", "Kelso & Wireless and Dalco have announced …":
    # both bodies, not the last one
    qs = quotes_of(
        """A study by technology firms Ashnet and Kelroot revealed that spyware was on most home computers. Kelso & Wireless and Dalco have announced they are investing millions in the harbour network."""
    )
    assert speaker(qs, "spyware was on most") == "Ashnet and Kelroot"
    assert speaker(qs, "investing millions") == "Kelso & Wireless and Dalco"


def test_a_name_a_fronted_phrase_gives_as_the_title_holders_own_is_not_the_title_holder():
    # "The former finance chief … has admitted … ⏎ Speaking at the trial of his former boss Tom Hale,
    # Jim Ross said …": 'his' is the finance chief's, so the boss is somebody else
    qs = quotes_of(
        """The former finance chief at Kelso shipping firm Ashco has admitted before an Ashby court that he hid losses from the board.

Speaking at the trial of his former boss Tom Hale, Jim Ross said he lied to cover the hole in the accounts. Mr Hale denies fraud."""
    )
    assert speaker(qs, "hid losses from the board") == "Jim Ross"


def test_people_charged_with_a_misdeed_are_accused_by_nobody_named():
    # "Six managers … were charged with covering up …": a charge with its gerund is an accusation,
    # each charge of others joined by "and" its own; not a post's duty nor a unit's task
    qs = quotes_of(
        """Six managers from Ashco Motors were charged with covering up defects in their vans and two bankers from the Kelso bank were charged with hiding bad loans. The Speaker is charged with keeping order in the chamber. The unit was charged with drawing up new rules."""
    )
    assert find(qs, "covering up defects").speaker == "unattributed"
    assert find(qs, "covering up defects").text == "covering up defects in their vans"
    assert find(qs, "hiding bad loans").speaker == "unattributed"
    assert not_quoted(qs, "keeping order")
    assert not_quoted(qs, "drawing up")


def test_the_report_is_one_described_before_by_a_body_called_by_its_kind():
    # "A report by the government's finance watchdog says … The report said …": the report the
    # article described, though its source is a body called by its kind with words before it
    qs = quotes_of(
        """A report by the council's spending watchdog says the sale of the old pier failed. The report said too many parties were involved in the talks."""
    )
    assert speaker(qs, "too many parties") == "a report by the council's spending watchdog"
def test_a_name_introduced_as_a_club_is_the_club_not_a_person_elsewhere():
    # "Shares in football club Dynamo Kelso slipped … Dynamo Kelso also will get loans … The club
    # said …": the name "club" introduces is a body wherever it comes, so "the club" takes it up
    qs = quotes_of(
        """Shares in struggling football club Dynamo Kelso slipped on Monday despite a rescue deal.

Dynamo Kelso also will get short-term loans to help pay salaries. The club said it was in a difficult financial situation.""",
        headline="Rescue hope for Dynamo Kelso",
    )
    assert speaker(qs, "difficult financial situation") == "Dynamo Kelso"


def test_a_name_before_spokeswoman_and_a_comma_is_the_body_the_company_stands_for():
    # "said Kelsoft spokeswoman, Ann Roe. … The company says …": the name before "spokeswoman" is a
    # body, with a comma before the spokeswoman's own name too
    qs = quotes_of(
        """The latest version of a web browser lets people control it by voice. "We want the best web for everyone," said Kelsoft spokeswoman, Ann Roe.

Pages can now fit the width of the screen. The company says the feature will also suit anyone using Kelsoft on handheld devices."""
    )
    assert speaker(qs, "best web for everyone") == "Ann Roe"
    assert speaker(qs, "also suit anyone") == "Kelsoft"


def test_the_club_or_the_band_with_none_known_is_the_name_written_before_a_post():
    # "Tom Hale will be unveiled as the new Kelso Rovers manager. The club have confirmed …", "Kelsotones
    # singer Ann Roe was fined … The band said …": the name before the post, never registered as anybody's
    qs = quotes_of(
        """Tom Hale will be unveiled as the new Kelso Rovers manager on Tuesday. The club have confirmed that the former coach will succeed Bob Vane."""
    )
    assert speaker(qs, "will succeed Bob Vane") == "Kelso Rovers"
    qs = quotes_of(
        """Kelsotones singer Ann Roe has been fined after a fight in a hotel. Roe was arrested along with two others. The band said they were victims of an attack."""
    )
    assert speaker(qs, "victims of an attack") == "Kelsotones"
